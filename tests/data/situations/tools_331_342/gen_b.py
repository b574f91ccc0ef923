"""Situations 337-342."""
from datetime import timedelta

from lib import Situation, P, offset, along
from gen_a import Q_WHY


# ---------------------------------------------------------------------------
def s337():
    s = Situation(337, "typhoon_power_outage", "2026-09-27 22:10",
                  "颱風夜。生態住宅區一帶停電約 1 小時 40 分：兩棟集合住宅火警總機回報主電源停電、"
                  "經貿路/中平路口號誌停電、中平路車輛偵測器斷電離線、整排路燈熄滅，1999 湧入"
                  "大量停電詢問。A 區一部電梯困住 2 人（119 救出）。同時經貿路近經貿七路一棵"
                  "路樹倒塌（約 1.2 km 北）。背景：北屯區崇德路另一處停電（區外）、雨量站斷線、"
                  "颱風詢問。")
    O, R, T = "outage_eco", "elevator_eco_a", "tree_jingmao7"
    ea, eb, jz = P["eco_a"], P["eco_b"], P["jm_zp"]
    s.rain("C0F9T0", -8, "豪雨", 52, 221)
    s.rain("SN-RG-001", 35, "豪雨", 49, 248)
    o_suff = s.sensor("SN-FA-011", "fault", 0, O, "火警受信總機：主電源停電，切換預備電源供電")
    s.sensor("SN-FA-012", "fault", 0, O, "火警受信總機：主電源停電，切換預備電源供電")
    sg = s.sensor("SN-SIG-011", "fault", 1, O, "號誌控制器回報：市電中斷，燈態全滅", alt="signal_jz")
    s.status("SN-VD-ZHONGPING-02", "offline", 2, O, text="mains_power_lost")
    s.call("streetlight", 4, eb, "敦化路跟經貿路三段整排路燈全部不亮，一片漆黑", O, r=(50, 250))
    s.call("other", 5, ea, "停電了！我們這邊整區都沒電，請問什麼時候會來電？", O, r=(30, 200))
    s.cctv("SN-CCTV-011", "signal_dark", 6, 0.91, truth=O, alt="signal_jz")
    s.call("other", 8, eb, "台電電話一直打不進去，我們生態住宅這邊全部停電，你們可以幫忙問嗎", O, r=(20, 150))
    s.call("other", 11, ea, "我媽住12樓，電梯停了，她明天早上要去洗腎，沒有電要怎麼下樓", O, r=(10, 80))
    s.call("traffic_signal", 13, jz, "經貿路中平路口紅綠燈都不亮，颱風天又很暗，很危險", O, r=(40, 200), alt="signal_jz")
    s.police("traffic_signal_fault", 15, jz, "經貿路與中平路口號誌停電，派員於路口指揮交通。", "Moderate", O, alt="signal_jz")
    s.call("other", 19, eb, "冰箱裡面的東西會不會壞掉？停電這麼久有沒有補償", O, r=(50, 300))
    s.call("other", 24, ea, "社區的抽水馬達沒電，地下室會不會淹水？管委會說要找市政府", O, r=(20, 100))
    s.call("other", 31, offset(eb, 400, 150), "請問停電的範圍有多大？我要回家，中國醫藥大學那邊是不是也沒電", O, alt=None, r=(0, 150))
    s.call("other", 46, eb, "已經停電快一個小時了，到底什麼時候會來電，家裡有老人用製氧機", O, r=(30, 200))
    s.police("other", 52, jz, "台電搶修人員抵達經貿路三段，初判為饋線遭颱風吹落物搭觸跳脫。", "Minor", O)
    s.call("other", 68, ea, "剛剛打過了，還是沒電，製氧機的備用電池快沒了，可以派救護車嗎", O, r=(20, 100))
    s.call("other", 97, ea, "電來了，謝謝", O, r=(30, 200))
    s.status("SN-VD-ZHONGPING-02", "online", 98, O)
    s.sensor("SN-FA-011", "normal", 99, O, "火警受信總機：主電源恢復，全區正常")
    s.sensor("SN-FA-012", "normal", 99, O, "火警受信總機：主電源恢復，全區正常")
    s.sensor("SN-SIG-011", "restored", 100, O, "號誌控制器回報：恢復正常運轉", alt="signal_jz")
    # elevator
    f1 = s.f119("rescue", 12, ea, "案類：救助｜地點：北屯區經貿路三段 生態住宅A區｜內容：停電電梯受困，2人（含1名孩童）｜派遣：北屯分隊 救助車1", R)
    s.call("other", 14, ea, "我們大樓電梯停在8樓跟9樓中間，我先生跟小孩在裡面出不來，119一直忙線", R, r=(10, 60))
    s.f119("rescue", 22, ea, "到場：電梯停於8F、9F間，進行手動釋放。", R, follows=f1)
    s.call("other", 18, ea, "我們這棟有人被關在電梯裡，一直在敲門，消防車到了沒？", R, r=(10, 60))
    kc = s.f119("rescue", 38, ea, "結案：受困2人救出，無傷。", R, follows=f1)
    s.late(kc, 1800)
    # tree
    tr = offset(P["jm_jm7"], 90, 190)
    t_suff = s.call("fallen_tree", 30, tr, "經貿路靠經貿七路這邊有一棵樹倒下來，擋住兩個車道", T, r=(20, 100))
    s.cctv("SN-CCTV-006", "fallen_object", 31, 0.77, truth=T)
    pt = s.police("fallen_object", 39, tr, "經貿路二段近經貿七路路樹倒塌佔用內側及中間車道，已設置警示。", "Moderate", T)
    s.call("other", 44, P["ticec_a"], "經貿路有樹倒，車要怎麼開去會展中心的停車場？", T, alt=None, r=(100, 400))
    s.call("other", 58, tr, "經貿路倒樹那邊有機車騎過去差點撞到，警察只有放一個三角錐，太暗了看不到", T, r=(30, 120))
    s.police("other", 93, tr, "經貿路倒樹已由養工處移除，恢復通行。", "Minor", T, follows=pt)
    # background
    s.status("SN-RG-002", "offline", 55, text="comms_lost")
    s.status("SN-RG-002", "online", 63)
    bg = [
        (3, "other", P["hub"], "請問明天客運會不會停駛？"),
        (16, "other", offset(P["eco_b"], 3200, 80), "北屯崇德路這邊也停電了，請問是同一個原因嗎？我們這邊停了半小時"),
        (27, "other", P["fcu"], "宿舍外面風好大，明天學校有沒有停課"),
        (49, "other", P["museumbrary"], "颱風天可以叫計程車嗎？都叫不到"),
        (75, "other", P["park_mid"], "外面一直有東西被吹走的聲音，會不會有危險，要不要報警"),
        (88, "other", P["hub"], "我在轉運中心，明天早上第一班去台北的車幾點"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.incident(O, "infrastructure", "生態住宅區一帶停電約 1 小時 40 分（火警總機主電源停電、號誌全滅、路燈熄滅、車輛偵測器斷電），台電搶修、警方路口指揮", o_suff)
    s.incident(R, "rescue", "生態住宅 A 區停電致電梯受困 2 人，119 救出無傷", f1)
    s.incident(T, "traffic", "經貿路二段近經貿七路路樹倒塌佔用兩車道，約 1 小時後移除", t_suff)
    s.alternative(Q_WHY + " It also splits the dark signal at 經貿路/中平路 into its own traffic "
                  "job (police point duty and the signal contractor).",
                  add=[("signal_jz", "traffic", "經貿路/中平路口號誌停電黑燈，警方指揮交通", sg)])
    return s


# ---------------------------------------------------------------------------
def s338():
    s = Situation(338, "concert_night", "2026-05-16 17:00",
                  "週六晚間臺中流行影音中心演唱會（19:00-22:00，許可預估 1 萬人）。開演前停車場"
                  "客滿、凱旋路違停與車多，演出中住戶噪音檢舉，散場人潮湧向黎明路與公車站、警方"
                  "交管；散場時兩名觀眾口角拉扯。另有河南路二段追撞事故（約 1.3 km 外，與演唱會無關）。"
                  "背景：臺灣大道例行壅塞、單盞路燈、會展中心展覽。")
    C, X, F = "concert_pop_music", "crash_henan", "scuffle_pop_music"
    pm = P["pop_music"]
    c_suff = s.permit("concert", -4320, pm, 120, 300,
                      "臺中流行影音中心 戶外演唱會，預估入場人數10,000人，19:00-22:00，凱旋路、中科路周邊交通管制。", C)
    s.permit("exhibition", -8000, P["ticec_a"], -420, 180, "臺中國際會展中心 A館 家具展，10:00-20:00。", None)
    s.sensor("SN-PK-004", "full", 92, C, "中央公園地下停車場(北) 汽車格已滿")
    s.vd("SN-VD-KAIXUAN-02", 98, 16, 46, C, sev="Minor")
    s.sensor("SN-PK-005", "full", 108, C, "中央公園地下停車場(南) 汽車格已滿")
    s.call("illegal_parking", 112, offset(pm, 200, 330), "凱旋路兩邊都停滿了，紅線也停，連消防栓前面都停，救護車要怎麼過", C, r=(20, 150))
    s.call("other", 115, P["hub"], "請問去流行影音中心的接駁車在哪裡搭？", C, alt=None, r=(20, 100))
    s.vd("SN-VD-KAIXUAN-02", 118, 11, 62, C)
    s.call("other", 126, pm, "演唱會那邊的車都停到我們巷子裡，我家車庫出不去", C, r=(200, 500))
    s.police("crowd_control", 130, pm, "流行影音中心演唱會入場完畢，現場約9,500人，凱旋路維持單向管制。", "Minor", C)
    s.call("noise", 175, P["eco_a"], "演唱會聲音好大，我家小孩要睡覺，請問幾點會結束？", C, r=(20, 150))
    s.call("noise", 205, offset(pm, 600, 100), "低音一直在震，窗戶都在響，這個有沒有超過噪音標準", C, r=(0, 150))
    s.call("noise", 238, P["eco_b"], "已經快十點了還這麼大聲，可以請環保局來測嗎", C, r=(20, 150))
    s.call("other", 290, P["liming_kaixuan"], "演唱會散場了嗎？我要去接我女兒，車子可以停哪裡", C, alt=None, r=(100, 500))
    pc = s.police("crowd_control", 298, pm, "演唱會散場，人潮約1萬人往黎明路、中科路公車站移動，凱旋路封閉15分鐘，實施人車分流。", "Moderate", C)
    s.vd("SN-VD-KAIXUAN-02", 302, 6, 81, C)
    s.call("crowding", 306, offset(pm, 350, 10), "散場人超多，凱旋路公車站擠爆了，大家都站到馬路上", C, r=(20, 100))
    s.cctv("SN-CCTV-007", "crowding", 318, 0.66, truth=C)
    s.vd("SN-VD-LIMING-01", 322, 12, 58, C)
    s.call("other", 326, P["liming_kaixuan"], "黎明路這邊車子完全不動，是不是演唱會散場？要塞多久", C, alt=None, r=(50, 300))
    s.call("other", 334, P["hub"], "轉運中心這邊有很多看完演唱會的人在排計程車，排到外面去了", C, r=(20, 100))
    s.cleared("SN-VD-KAIXUAN-02", 352, "凱旋路車輛偵測器2 平均車速 34 km/h，車流恢復", C)
    s.cleared("SN-VD-LIMING-01", 360, "黎明路車輛偵測器1 平均車速 37 km/h，車流恢復", C)
    s.police("other", 365, pm, "散場人潮疏散完畢，凱旋路解除管制。", "Minor", C, follows=pc)
    # scuffle
    pf = s.police("public_disturbance", 310, offset(pm, 120, 20), "流行影音中心出口旁 散場觀眾2人因推擠口角拉扯，已隔離雙方。", "Moderate", F, alt=C)
    f_suff = s.call("other", 309, offset(pm, 120, 20), "流行影音中心門口有人在打架，好多人在圍觀", F, r=(10, 60), alt=C)
    s.call("other", 313, offset(pm, 150, 40), "影音中心外面有人拉扯推來推去，警察有來了，但是人好多很混亂", F, r=(10, 60), alt=C)
    s.police("other", 318, offset(pm, 120, 20), "口角現場增派2名警力，雙方已分開。", "Minor", F, follows=pf, alt=C)
    s.police("other", 331, offset(pm, 120, 20), "口角雙方和解，不提告，現場恢復秩序。", "Minor", F, follows=pf, alt=C)
    # crash on 河南路
    hx = along("henan", 0.72)
    x_suff = s.cctv("SN-CCTV-010", "accident", 200, 0.70, truth=X)
    s.call("traffic_accident", 201, hx, "河南路這邊兩台車追撞，停在路中間", X, r=(20, 120))
    px = s.police("accident", 208, hx, "河南路二段 自小客追撞 A3 無人受傷，佔用內側車道。", "Minor", X)
    s.vd("SN-VD-HENAN-02", 212, 17, 43, X, sev="Minor")
    s.police("other", 236, hx, "河南路追撞車輛已移置，恢復通行。", "Minor", X, follows=px)
    # background
    s.vd("SN-VD-HUANZHONG-04", 45, 15, 50, None)
    s.cleared("SN-VD-HUANZHONG-04", 110, "環中路車輛偵測器4 平均車速 32 km/h，車流恢復")
    s.sensor("SN-PK-006", "full", 20, None, "臺中國際會展中心停車場 汽車格已滿")
    bg = [
        (30, "other", P["ticec_b"], "家具展明天還有嗎？停車場滿了要停哪裡"),
        (140, "streetlight", offset(P["jm_jm7"], 150, 200), "經貿七路有一盞路燈一直閃，燈號XT-2207"),
        (190, "other", P["fcu"], "請問附近哪裡有藥局還開著"),
        (270, "noise", offset(P["fcu"], 200, 250), "學校附近的宵夜攤一直有人喝酒大聲喧嘩"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.incident(C, "crowd", "流行影音中心演唱會（許可 1 萬人）：開演前停車場滿、違停，演出中噪音檢舉，散場人潮與交管，約 1 小時疏散完畢", c_suff)
    s.incident(F, "public_safety", "演唱會散場出口旁 2 名觀眾口角拉扯，警方隔離、和解", f_suff)
    s.incident(X, "traffic", "河南路二段自小客追撞 A3，無人受傷，約 30 分鐘排除", x_suff)
    s.alternative(Q_WHY + " It also reads the scuffle at the exit as handled by the event's own "
                  "police detail, part of the concert incident.", drop=[F])
    return s


# ---------------------------------------------------------------------------
def s339():
    s = Situation(339, "typhoon_hub_stranded", "2026-08-22 16:30",
                  "颱風登陸前傍晚，國道客運陸續停駛，水湳轉運中心候車區滯留數百名旅客（一名"
                  "旅客暈倒送醫），轉運中心停車場客滿。約 300 m 外經貿路/黎明路口工地圍籬鐵皮被"
                  "吹倒佔用車道。入夜後黎明路凱旋路口低窪處淹水。背景：大量停班停課、客運、"
                  "高鐵詢問；雨量警報。")
    H, S, L = "hub_stranded", "fence_jm_liming", "flood_liming"
    hub = P["hub"]
    s.rain("SN-RG-002", 10, "大雨", 36, 98)
    s.rain("C0F9T0", 95, "豪雨", 57, 204)
    s.call("other", 12, hub, "統聯是不是停駛了？售票口說要等公告，到底還有沒有車", H, alt=None, r=(10, 80))
    s.call("other", 21, hub, "國光往台北的都取消了，我們一家四口卡在轉運中心，有沒有地方可以過夜", H, r=(10, 80))
    s.sensor("SN-PK-001", "full", 38, H, "水湳轉運中心停車場 汽車格已滿")
    s.call("other", 44, hub, "轉運中心裡面人好多，冷氣也不夠，很多老人家坐在地上", H, r=(10, 80))
    h_suff = s.cctv("SN-CCTV-003", "crowding", 60, 0.71, truth=H)
    s.call("crowding", 63, hub, "轉運中心候車區擠滿了人，大家都在搶最後一班車，有人在推", H, r=(10, 80))
    s.call("other", 70, P["eco_a"], "我女兒在水湳轉運中心回不來，你們有沒有安排接駁還是安置", H, alt=None, r=(20, 150))
    ph = s.police("crowd_control", 80, hub, "水湳轉運中心候車區滯留旅客約400人，派員協助疏導、維持秩序，請客運業者廣播。", "Moderate", H)
    f1 = s.f119("ambulance", 95, hub, "案類：救護｜地點：北屯區 水湳轉運中心 候車區｜內容：女性旅客約70歲暈倒，意識清楚｜派遣：北屯分隊 救護車1", H, alt="faint_hub")
    s.f119("ambulance", 111, hub, "送醫：送往中國醫藥大學附設醫院，生命徵象穩定。", H, follows=f1, alt="faint_hub")
    s.call("other", 118, hub, "有人暈倒了，救護車來了，可是還是很多人在這邊等", H, r=(10, 80))
    s.cctv("SN-CCTV-003", "crowding", 125, 0.63, truth=H)
    s.police("other", 150, hub, "社會局開設轉運中心旁臨時安置點，滯留旅客約120人移往安置，候車區秩序正常。", "Minor", H, follows=ph)
    s.call("other", 175, hub, "請問臨時安置點有提供吃的嗎？我們從中午就沒吃東西", H, r=(10, 80))
    s.police("other", 220, hub, "轉運中心滯留旅客均已安置或由家屬接回。", "Minor", H, follows=ph)
    # fence
    jl = P["jm_liming"]
    s_suff = s.cctv("SN-CCTV-005", "fallen_object", 50, 0.81, truth=S)
    s.call("other", 51, jl, "經貿路黎明路口有一大片工地的鐵皮被風吹到馬路上，差點砸到我的車", S, r=(20, 120))
    ps = s.police("fallen_object", 58, jl, "經貿路二段/黎明路口工地圍籬鐵皮倒塌，佔用外側兩車道，通知營造廠商到場。", "Moderate", S)
    s.call("other", 66, jl, "鐵皮一直被風吹起來在路上滑，很危險，工地都沒人", S, r=(20, 120))
    s.vd("SN-VD-JINGMAO-01", 72, 15, 49, S, sev="Minor")
    s.police("other", 112, jl, "工地圍籬鐵皮已由廠商拆除固定，車道恢復。", "Minor", S, follows=ps)
    s.cleared("SN-VD-JINGMAO-01", 118, "經貿路車輛偵測器1 平均車速 36 km/h，車流恢復", S)
    # flood
    lk = P["liming_kaixuan_low"]
    l_suff = None
    for t, cm in [(150, 17), (170, 29), (190, 34), (220, 26), (250, 12)]:
        k = s.flood("SN-FL-009", t, cm, L)
        if t == 170:
            l_suff = k
    s.cleared("SN-FL-009", 272, "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除", L)
    s.call("flooding", 176, lk, "黎明路凱旋路口又淹水了，每次大雨都淹", L, r=(40, 200))
    pl = s.police("flooding_report", 184, lk, "黎明路三段與凱旋路口積水約30公分，派員警戒。", "Moderate", L)
    s.cctv("SN-CCTV-007", "flooding", 187, 0.68, truth=L)
    s.call("other", 205, lk, "凱旋路那邊淹水，我的機車停在路邊會不會泡水", L, r=(100, 400))
    s.police("other", 262, lk, "黎明路凱旋路口積水消退。", "Minor", L, follows=pl)
    bg = [
        (2, "other", P["eco_b"], "市政府到底有沒有宣布明天停班停課？"),
        (18, "other", P["fcu"], "高鐵還有開嗎？我要回高雄"),
        (33, "other", P["eco_a"], "請問沙包在哪裡可以領？我們一樓去年有淹"),
        (55, "other", P["museumbrary"], "綠美圖今天幾點閉館？"),
        (88, "other", P["park_mid"], "公園裡的樹一直在搖，可以先修剪嗎"),
        (135, "other", P["eco_b"], "颱風什麼時候登陸？晚上會不會停電"),
        (160, "streetlight", offset(P["jm_jm7"], 100, 0), "經貿路有一盞路燈不亮"),
        (240, "other", P["eco_a"], "垃圾車明天會來嗎"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.incident(H, "crowd", "客運停駛，水湳轉運中心滯留旅客約 400 人，警方疏導、一名旅客暈倒送醫、社會局開設臨時安置", h_suff)
    s.incident(S, "traffic", "經貿路二段/黎明路口工地圍籬鐵皮被吹倒佔用兩車道", s_suff)
    s.incident(L, "flood", "黎明路凱旋路口低窪處淹水（最深約 34 cm）", l_suff)
    s.alternative(Q_WHY + " It also makes the fainting passenger a rescue job of its own.",
                  add=[("faint_hub", "rescue", "轉運中心旅客暈倒送醫", f1)])
    return s


# ---------------------------------------------------------------------------
def s340():
    s = Situation(340, "dry_night_water_main", "2026-03-11 21:30",
                  "無雨的平日夜晚。敦化路一段（生態住宅 B 區旁）自來水管破裂，路面冒水、積水，"
                  "經貿路低窪處淹水感測器與區域排水水位跟著上升，附近住戶停水，路面隆起；警方"
                  "封閉車道、台水搶修。約 1 km 南的經貿路/中平路口號誌黑燈（2 小時內修復）。"
                  "背景：中央公園滯洪池 1 淹水感測器誤報 10 分鐘、卡拉OK 噪音、違停、單盞路燈。")
    Wm, G = "water_main_dunhua", "signal_jingmao_zhongping"
    wm = offset(P["eco_b"], 60, 300)
    w_suff = s.call("other", 0, wm, "敦化路上有水一直從地上冒出來，像噴泉一樣，整條路都是水", Wm, r=(20, 120))
    s.call("water_outage", 9, P["eco_b"], "家裡水龍頭突然沒水了，是停水嗎？都沒有公告", Wm, r=(20, 150))
    s.flood("SN-FL-008", 14, 13, Wm, alt="flood_jingmao_low")
    s.call("other", 17, wm, "今天又沒有下雨，為什麼路上淹水？水一直流到經貿路那邊", Wm, r=(50, 250))
    pw = s.police("flooding_report", 24, wm, "敦化路一段疑自來水管破裂，路面積水約20公分，已通報台水第四區處。", "Moderate", Wm)
    s.call("water_outage", 26, P["eco_a"], "我們大樓沒水了，管委會說是外面水管破掉，什麼時候會來水", Wm, r=(20, 150))
    s.flood("SN-FL-008", 29, 24, Wm, alt="flood_jingmao_low")
    s.call("water_outage", 33, offset(P["eco_b"], 300, 160), "停水了，小孩還沒洗澡，會停到什麼時候", Wm, r=(20, 200))
    p2 = s.police("road_closure", 40, wm, "敦化路一段外側兩車道封閉，車輛改道，待台水搶修。", "Moderate", Wm, follows=pw)
    s.flood("SN-FL-008", 44, 31, Wm, alt="flood_jingmao_low")
    s.vd("SN-VD-JINGMAO-02", 50, 16, 45, Wm, sev="Minor")
    s.call("other", 52, offset(wm, 700, 0), "敦化路怎麼封起來了？我要回家要怎麼繞", Wm, alt=None, r=(0, 200))
    s.wl("SN-WL-003", 58, 1.44, "3", Wm)
    s.call("road_damage", 69, wm, "冒水那邊的路面好像隆起來，柏油都裂開了，車子壓過去會不會塌", Wm, r=(10, 80))
    s.police("other", 78, wm, "台水搶修人員到場，關閉制水閥，冒水停止，開挖搶修。", "Minor", Wm, follows=pw)
    s.flood("SN-FL-008", 88, 15, Wm, alt="flood_jingmao_low")
    s.call("water_outage", 95, P["eco_a"], "剛剛打過，還是沒水，台水說要到明天早上，那我們要去哪裡裝水", Wm, r=(20, 150))
    s.cleared("SN-WL-003", 110, "水湳區域排水經貿路水位 1.12 m，低於三級警戒", Wm)
    s.cleared("SN-FL-008", 122, "經貿路低窪處 淹水深度 0 cm，警戒解除", Wm, alt="flood_jingmao_low")
    s.cleared("SN-VD-JINGMAO-02", 131, "經貿路車輛偵測器2 平均車速 38 km/h，車流恢復", Wm)
    s.police("other", 190, wm, "敦化路一段管線搶修中，單線通行，預計明晨6時完成。", "Minor", Wm, follows=p2)
    # signal dark
    jz = P["jm_zp"]
    g_suff = s.sensor("SN-SIG-011", "fault", 35, G, "號誌控制器回報：燈態異常（全滅）")
    s.cctv("SN-CCTV-011", "signal_dark", 36, 0.86, truth=G)
    s.call("traffic_signal", 41, jz, "經貿路中平路口紅綠燈全部不亮，車子都不讓，好危險", G, r=(30, 200))
    pg = s.police("traffic_signal_fault", 47, jz, "經貿路與中平路口號誌全滅，派員指揮，已通報交通局維修廠商。", "Moderate", G)
    s.call("other", 63, jz, "中平路那個紅綠燈還是沒亮，剛剛差點撞到", G, r=(50, 200))
    s.sensor("SN-SIG-011", "restored", 121, G, "號誌控制器回報：恢復正常運轉")
    s.police("other", 124, jz, "號誌廠商更換控制器保險絲，號誌恢復，撤除路口指揮。", "Minor", G, follows=pg)
    # background
    s.flood("SN-FL-001", 20, 9, None)
    s.cleared("SN-FL-001", 31, "中央公園滯洪池1 淹水深度 0 cm，警戒解除")
    s.status("SN-VD-ZHONGKE-01", "offline", 75, text="comms_lost")
    s.status("SN-VD-ZHONGKE-01", "online", 79)
    bg = [
        (6, "noise", offset(P["eco_a"], 80, 90), "隔壁樓在唱卡拉OK唱到現在，很吵"),
        (38, "illegal_parking", offset(P["pk_jm6"], 60, 300), "經貿六停車場出口有車擋住"),
        (84, "streetlight", offset(P["jm_liming"], 200, 180), "經貿路二段有一盞路燈不亮，燈號XT-0833"),
        (101, "other", P["fcu"], "請問明天早上公車有沒有改道"),
        (140, "noise", offset(P["eco_a"], 80, 90), "剛剛打過了，樓上還在唱，都快十二點了"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(20, 200))
    s.incident(Wm, "infrastructure", "敦化路一段自來水管破裂：路面冒水積水（經貿路低窪處最深 31 cm、排水溝三級警戒），附近停水、路面隆起，警方封閉車道、台水搶修", w_suff)
    s.incident(G, "traffic", "經貿路/中平路口號誌全滅，警方指揮，約 1.5 小時修復", g_suff)
    s.alternative(Q_WHY + " It also keeps the flood sensor's readings as a flood incident of their "
                  "own (a road flood to be signed and drained, whatever its cause).",
                  add=[("flood_jingmao_low", "flood", "經貿路低窪處淹水（無雨，水管破裂所致）",
                        [i["key"] for i in s.items if i.get("truth_alt") == "flood_jingmao_low"][1])])
    return s


# ---------------------------------------------------------------------------
def s341():
    s = Situation(341, "typhoon_west_underpass_river", "2026-09-02 19:00",
                  "颱風夜。臺灣大道環中路口地下道淹水約 3 小時（車輛受困、封閉），環中路北向"
                  "回堵超過 1.5 km 到黎明路附近；筏子溪西屯段水位升到二級警戒，河濱公園與堤邊"
                  "住戶勸離（兩處相距約 1.5 km）。旱溪北屯水位短暫三級警戒後解除（無任何通報）。"
                  "背景：豪雨警報、大量颱風詢問、單盞路燈。")
    U, R = "flood_underpass_tw", "river_fazi"
    u = P["tw_hz_underpass"]
    fz = P["fazi"]
    s.rain("C0F9T0", 0, "豪雨", 63, 212)
    s.rain("SN-RG-001", 25, "豪雨", 58, 220)
    s.rain("C0F9T0", 120, "大豪雨", 71, 361)
    for t, cm in [(20, 11), (35, 27), (50, 44), (70, 61), (95, 63), (125, 52), (150, 38),
                  (170, 24), (185, 9)]:
        k = s.flood("SN-FL-010", t, cm, U)
        if t == 95:
            s.dup(k, 210)
    s.cleared("SN-FL-010", 200, "臺灣大道環中路口地下道 淹水深度 0 cm，警戒解除", U)
    s.cctv("SN-CCTV-009", "flooding", 38, 0.88, truth=U)
    u_suff = s.call("flooding", 40, u, "臺灣大道環中路那個地下道淹水了，已經有車子開下去停在裡面", U, r=(40, 200))
    pu = s.police("road_closure", 46, u, "臺灣大道與環中路口地下道積水約45公分，雙向封閉，改走平面。", "Severe", U)
    f1 = s.f119("rescue", 52, u, "案類：救助｜地點：西屯區臺灣大道/環中路口地下道｜內容：自小客涉水熄火，駕駛及乘客2人受困車頂｜派遣：西屯分隊 救助車1、橡皮艇1", U)
    s.cctv("SN-CCTV-009", "stalled_vehicle", 53, 0.69, truth=U)
    s.f119("rescue", 66, u, "到場：2人以橡皮艇救出，1人輕微失溫，救護車送醫。", U, follows=f1)
    s.vd("SN-VD-HUANZHONG-04", 60, 11, 66, U)
    s.call("other", 64, offset(u, 900, 20), "環中路往臺灣大道整個塞住，我已經二十分鐘動不到一百公尺，前面怎麼了", U, r=(0, 150))
    s.vd("SN-VD-HUANZHONG-01", 78, 13, 59, U)
    s.call("other", 84, P["liming_kaixuan"], "從黎明路上環中路就開始塞，是地下道淹水嗎？要塞到幾點", U, alt=None, r=(100, 400))
    s.call("other", 92, offset(u, 1600, 250), "我要去中港路那邊上班，臺灣大道是不是不能走了？公車會不會改道", U, alt=None, r=(0, 300))
    s.call("other", 101, u, "地下道的抽水機是不是壞了？水都沒有在退", U, r=(100, 400))
    s.police("other", 115, u, "水利局抽水機2部於地下道兩端抽排中，環中路北向回堵約1.5公里。", "Moderate", U, follows=pu)
    s.call("other", 138, u, "地下道還沒開嗎？我住在對面，整個晚上車子一直按喇叭", U, r=(100, 300))
    s.call("other", 178, u, "請問臺灣大道地下道可以通行了嗎？", U, alt=None, r=(300, 1200))
    s.cleared("SN-VD-HUANZHONG-04", 205, "環中路車輛偵測器4 平均車速 30 km/h，車流恢復", U)
    s.cleared("SN-VD-HUANZHONG-01", 208, "環中路車輛偵測器1 平均車速 36 km/h，車流恢復", U)
    s.police("other", 214, u, "地下道積水排除，清理完畢，解除封閉。", "Minor", U, follows=pu)
    # river
    r_suff = None
    for t, m, lv in [(55, 97.31, "3"), (85, 97.68, "3"), (108, 97.96, "2"), (135, 98.12, "2"),
                     (170, 97.84, "3"), (200, 97.42, "3")]:
        k = s.wl("SN-WL-004", t, m, lv, R)
        if t == 108:
            r_suff = k
    s.cleared("SN-WL-004", 232, "筏子溪西屯水位 97.05 m，低於三級警戒", R)
    s.call("other", 72, fz, "筏子溪水好高好急，快到河濱步道了，我們住堤防旁邊要不要撤離", R, r=(150, 400))
    s.call("other", 99, fz, "河濱公園停車場還有好幾台車沒開走，水已經快淹到了", R, r=(50, 200))
    pr = s.police("other", 112, fz, "筏子溪西屯段水位達二級警戒，派員巡查堤防，勸離河濱公園民眾及車輛。", "Severe", R)
    s.call("other", 126, fz, "里長廣播叫我們準備撤離，請問收容所在哪裡？可以帶狗嗎", R, r=(200, 500))
    s.police("other", 150, fz, "河濱公園車輛已全數移出，堤邊住戶12戶預防性撤離至里活動中心。", "Moderate", R, follows=pr)
    s.call("other", 196, fz, "筏子溪的水有比較退了嗎？我們什麼時候可以回家", R, alt=None, r=(300, 700))
    s.police("other", 236, fz, "筏子溪水位降至三級以下，撤離住戶返家。", "Minor", R, follows=pr)
    # Han river: brief level 3, no report
    s.wl("SN-WL-005", 140, 111.18, "3", None)
    s.cleared("SN-WL-005", 168, "旱溪北屯水位 110.92 m，低於三級警戒")
    bg = [
        (5, "other", P["eco_a"], "明天有沒有放颱風假？"),
        (30, "other", P["fcu"], "學校宿舍停電了一下又來電，這樣正常嗎"),
        (47, "other", P["hub"], "今天晚上的客運都停了嗎"),
        (110, "streetlight", offset(P["jm_liming"], 100, 270), "黎明路三段路燈有一盞不亮"),
        (145, "other", P["eco_b"], "風雨這麼大，我們要不要把車開到高的地方"),
        (188, "other", P["park_mid"], "颱風過了嗎？明天公園會開嗎"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.incident(U, "flood", "臺灣大道環中路口地下道淹水約 3 小時（最深約 63 cm），2 人受困救出，封閉，環中路回堵約 1.5 km", u_suff)
    s.incident(R, "flood", "筏子溪西屯段水位二級警戒，河濱公園勸離、堤邊 12 戶預防性撤離", r_suff)
    s.alternative(Q_WHY)
    return s


# ---------------------------------------------------------------------------
def s342():
    s = Situation(342, "late_night_scooter_fire_fight_racing", "2026-04-17 23:00",
                  "週五深夜。河南路停車場機車起火延燒 2 輛；水湳轉運中心外兩名酒醉男子互毆"
                  "（1 人頭部撕裂傷）；中科路/環中路一帶改裝車深夜飆車，住戶多次噪音檢舉，警方"
                  "攔查。背景：鄰居卡拉OK噪音、中科路車輛偵測器斷線、單盞路燈、違停。")
    F, D, Rc = "scooter_fire_henan", "fight_hub", "street_racing_zhongke"
    ph = P["pk_henan"]
    f_suff = s.call("fire_smoke", 5, ph, "河南路停車場旁邊的機車在燒，火很大，旁邊還停很多台", F, r=(20, 120))
    f1 = s.f119("fire", 6, ph, "案類：火災｜地點：西屯區河南路停車場 機車停車區｜內容：機車起火｜派遣：西屯分隊 水箱車2 救護車1", F)
    s.cctv("SN-CCTV-010", "smoke", 7, 0.58, truth=F)
    s.call("fire_smoke", 8, ph, "河南路那邊有黑煙還有爆炸聲，是不是失火", F, r=(200, 600))
    s.police("fire_report", 10, ph, "河南路停車場機車停車區機車火警，派員協助警戒。", "Moderate", F)
    s.f119("fire", 14, ph, "到場：機車1輛全燒，延燒旁側2輛，已撲滅，無人傷亡。", F, follows=f1)
    s.call("other", 25, ph, "剛剛那個碰一聲是什麼？我住在停車場對面，現在還有焦味", F, r=(100, 300))
    kc = s.f119("fire", 31, ph, "結案：燒損機車3輛，起火原因待鑑定，疑似電路問題。", F, follows=f1)
    s.late(kc, 2700)
    s.call("other", 46, ph, "我的機車停在河南路停車場，聽說有機車燒掉，是我的嗎？要找誰問", F, alt=None, r=(500, 1500))
    # fight
    hub = P["hub"]
    d_suff = s.call("other", 60, hub, "轉運中心外面有人在打架，兩個男的好像喝醉了，有一個頭在流血", D, r=(20, 100))
    pd = s.police("public_disturbance", 63, hub, "水湳轉運中心外 酒醉男子2名互毆，1人頭部撕裂傷。", "Moderate", D)
    f2 = s.f119("ambulance", 65, hub, "案類：救護｜地點：北屯區 水湳轉運中心外｜內容：鬥毆頭部撕裂傷，酒醉｜派遣：北屯分隊 救護車1", D)
    s.f119("ambulance", 80, hub, "送醫：送往中國醫藥大學附設醫院。", D, follows=f2)
    s.police("other", 86, hub, "互毆雙方帶回派出所製作筆錄。", "Minor", D, follows=pd)
    # racing
    zk = P["zk_hz"]
    rc = [
        (40, P["eco_a"], "每天半夜都有人在中科路飆車，排氣管超大聲，警察可不可以來抓"),
        (52, offset(P["zk_mid"], 200, 270), "中科路那邊一直有車在催油門，轟轟轟，吵到小孩都醒了"),
        (71, P["museumbrary"], "又在飆車了，環中路中科路口那邊，聽起來好幾台"),
        (94, offset(P["zk_mid"], 300, 90), "剛剛打過了，飆車還在繼續，都沒有警察來"),
        (133, P["eco_b"], "改裝車的聲音從中科路一路響過來，已經一點多了"),
    ]
    r_suff = None
    for t, near, text in rc:
        k = s.call("noise", t, near, text, Rc, r=(50, 300))
        if t == 52:
            r_suff = k
    pr = s.police("other", 118, zk, "中科路、環中路口 深夜改裝車聚集競速，攔查3部，告發噪音及改裝違規。", "Moderate", Rc)
    s.police("other", 150, offset(P["zk_mid"], 200, 180), "中科路巡邏未再發現競速車輛，持續加強巡邏。", "Minor", Rc, follows=pr)
    # background
    s.status("SN-VD-ZHONGKE-01", "offline", 20, text="comms_lost")
    s.status("SN-VD-ZHONGKE-01", "online", 26)
    k = s.status("SN-VD-ZHONGKE-01", "offline", 101, text="comms_lost")
    s.status("SN-VD-ZHONGKE-01", "online", 104)
    bg = [
        (2, "noise", offset(P["eco_a"], 100, 200), "樓上在唱卡拉OK，都十一點了"),
        (35, "streetlight", offset(P["jm_jm7"], 60, 90), "經貿七路路燈不亮一盞，燈號XT-2210"),
        (77, "illegal_parking", offset(P["pk_jm6"], 80, 20), "經貿路有車停在公車站一整晚"),
        (110, "noise", offset(P["eco_a"], 100, 200), "剛剛打過了，樓上還在唱歌喝酒"),
        (160, "other", P["fcu"], "請問明天早上垃圾車幾點來"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(20, 200))
    s.incident(F, "fire", "河南路停車場機車起火，延燒共 3 輛，無人傷亡", f_suff)
    s.incident(D, "public_safety", "水湳轉運中心外酒醉男子互毆，1 人頭部撕裂傷送醫", d_suff)
    s.incident(Rc, "public_safety", "中科路/環中路一帶深夜改裝車競速，住戶多次噪音檢舉，警方攔查", r_suff)
    s.alternative(Q_WHY)
    return s


if __name__ == "__main__":
    for fn in (s337, s338, s339, s340, s341, s342):
        sit = fn()
        n = sit.write()
        print(sit.num, sit.name, len(sit.incidents), n)
