"""Situations 1791-1796 (blind oracle set D)."""
import os
import sys
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from lib import Sit, P, off, iso, background, inc, NOALT  # noqa: E402


def s1791():
    s = Sit(1791, "reclamation_smoke_plume", "2016-03-18")
    F = "fire_wrc"
    B = "alarm_ecoB"
    s.description = ("22:40 台灣時間，水湳水資源回收中心污泥乾燥棚起火。東南風把煙帶往西北，飄過生態住宅與中央公園上空；"
                     "報案者多在 0.5-1.5 km 外看到煙或聞到味道，說的是自己的位置。")
    k1 = s.c1999("fire_smoke", off(P["ecoB"], -60, 80), s.t("22:43"), "我在敦化路一段家裡陽台，看到南邊有很大的煙，不知道哪裡燒起來", F)
    k2 = s.panel("SN-FA-008", "alarm", s.t("22:41:30"), "水湳水資源回收中心 火警受信總機 污泥處理棚 偵煙動作", F, delay=210)
    k3 = s.f119("fire", P["wrc"], s.t("22:46"), "水湳水資源回收中心 污泥乾燥棚火警，派遣西屯、北屯分隊", F)
    s.c1999("fire_smoke", off(P["fcu"], -150, 50), s.t("22:47"), "逢甲水湳校區這邊整片都是煙味，東邊天空紅紅的", F)
    s.cctv("SN-CCTV-011", "smoke", 0.71, s.t("22:48"), "經貿路/中平路 路口監視器 畫面北側煙霧", F)
    s.c1999("環境公害", off(P["ecoA"], 40, 120), s.t("22:52"), "經貿路三段住宅區聞到很重的塑膠燒焦味，窗戶都要關起來", F)
    k7 = s.panel("SN-FA-012", "alarm", s.t("22:55"), "水湳生態住宅 B區 集合住宅 火警受信總機 3F 梯間偵煙器動作", F, alt=B)
    s.c1999("fire_smoke", off(P["ecoB"], 10, 20), s.t("22:57"), "我們B區大樓警鈴在響，可是樓上看起來沒有火，煙是從外面飄進來的", F, alt=B)
    s.f119("fire", P["wrc"], s.t("22:58"), "回收中心火警 第一梯次到場，污泥棚屋頂延燒中", F, status="on_scene", follows=k3)
    s.cctv("SN-CCTV-010", "smoke", 0.44, s.t("23:01"), "河南路/中平路 路口監視器 遠方煙霧", F)
    s.c1999("fire_smoke", off(P["pop"], -300, 200), s.t("23:04"), "從凱旋路看過去公園那邊上空有一團煙，是公園失火嗎", F)
    s.police("fire_report", "Moderate", P["wrc"], s.t("23:06"), "回收中心火警，派員至中平路口管制，消防車進出", F)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "Moderate", s.t("23:12"), "中平路車輛偵測器2 平均車速低於門檻", F, alt=None)
    s.police("road_closure", "Moderate", P["jm_zp"], s.t("23:14"), "經貿路往中平路方向暫時封閉，供消防車輛作業", F)
    s.c1999("環境公害", off(P["hub"], 100, 0), s.t("23:20"), "轉運站這邊也有燒東西的味道，是不是有人燒垃圾", F, alt=None)
    s.panel("SN-FA-012", "normal", s.t("23:25"), "水湳生態住宅 B區 集合住宅 火警受信總機 復歸", F, alt=B)
    s.f119("ambulance", P["wrc"], s.t("23:31"), "回收中心夜班員工一名吸入濃煙，送醫", F)
    s.f119("fire", P["wrc"], s.t("00:35", 1), "回收中心火勢撲滅，殘火處理中", F, status="returning", follows=k3)
    s.police("road_reopened", "Minor", P["jm_zp"], s.t("00:50", 1), "經貿路中平路口恢復通行", F)
    s.panel("SN-FA-008", "normal", s.t("01:05", 1), "水湳水資源回收中心 火警受信總機 復歸", F)
    s.f119("fire", P["wrc"], s.t("01:20", 1), "回收中心火警案件結案", F, status="closed", follows=k3)
    s.dup(k2, s.t("22:46:10"))
    # unrelated, close by: a patient at the CMU campus dorm
    k9 = s.f119("ambulance", off(P["cmu"], 40, -30), s.t("23:40"), "中國醫藥大學水湳校區宿舍 學生腹痛送醫（非火警相關）", "amb_cmu")
    background(s, s.t("22:00"), 200, 12)
    s.incident(F, "fire", "水資源回收中心污泥乾燥棚火警（煙流飄向西北）", k3)
    s.incident("amb_cmu", "rescue", "中國醫大水湳校區宿舍學生送醫", k9)
    s.alt("B區大樓的警報是外面飄進來的煙觸發的，但值班者也可能另開一案派員到場確認（一棟 96 戶的集合住宅警報）。"
          "遠處的車流變慢與轉運站的燒焦味也可能被視為背景。",
          {B: inc(B, "fire", "生態住宅B區火警警報（煙自外飄入，需另派員確認）", k7)})
    s.notes = "k1 先到但位置在 1 km 外，值班者要等到 119 派遣（或總機警報）才知道哪裡失火；以 119 為足夠證據。"
    return s


def s1792():
    s = Sit(1792, "hit_and_run_flight", "2016-05-07")
    H = "hitrun"
    s.description = ("01:12 臺灣大道/環中路口一輛白色轎車撞倒機車後逃逸，沿環中路往東北逃竄，在台74線口逆向，"
                     "01:19 在中清路/環中路口擦撞計程車後棄車逃逸。警方以同一案追緝。")
    k1 = s.cctv("SN-CCTV-009", "accident", 0.83, s.t("01:12:20"), "臺灣大道/環中路 路口監視器 偵測碰撞", H)
    k2 = s.police("injury_accident", "Severe", P["tb_hz"], s.t("01:13"), "臺灣大道環中路口 機車遭轎車撞倒，轎車往環中路逃逸，車號不詳", H)
    s.f119("ambulance", P["tb_hz"], s.t("01:14"), "臺灣大道環中路口 車禍一人受傷 騎士意識清楚", H)
    s.c1999("traffic_accident", off(P["tb_hz"], 90, 60), s.t("01:15"), "環中路臺灣大道口有人被撞倒，車子跑了", H)
    s.cctv("SN-CCTV-001", "wrong_way", 0.77, s.t("01:16:40"), "台74線/環中路二段 路口監視器 逆向車輛", H)
    s.police("other", "Severe", P["t74_hz"], s.t("01:17"), "肇逃白色轎車疑似於台74線環中路口逆向，通報各線巡邏車攔查", H, follows=k2)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Minor", s.t("01:18"), "環中路車輛偵測器2 車速異常", H, alt=None)
    k3 = s.cctv("SN-CCTV-008", "accident", 0.68, s.t("01:19:30"), "中清路/環中路 路口監視器 偵測碰撞", H, alt="crash_zq")
    k4 = s.police("accident", "Moderate", P["zq_hz"], s.t("01:21"), "中清環中路口 白色轎車擦撞計程車後駕駛下車徒步逃逸，疑為臺灣大道肇逃車", H, follows=k2, alt="crash_zq")
    s.c1999("traffic_accident", off(P["zq_hz"], -60, 40), s.t("01:22"), "中清路環中路口兩台車撞在一起，有一個人跑掉了", H, alt="crash_zq")
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.81, s.t("01:25"), "中清路/環中路 路口監視器 車輛停滯", H, alt="crash_zq")
    s.police("other", "Moderate", off(P["zq_hz"], 250, -150), s.t("01:40"), "於中清路旁巷弄尋獲肇逃嫌疑人，帶回偵辦", H)
    s.f119("ambulance", P["tb_hz"], s.t("01:42"), "臺灣大道車禍傷者送往醫院", H, status="returning")
    s.police("stalled_vehicle", "Minor", P["zq_hz"], s.t("02:05"), "中清環中路口 肇事車輛拖吊完成", H, alt="crash_zq")
    # separate: drunk rider fell on 河南路
    k5 = s.police("injury_accident", "Moderate", off(P["hn_zp"], -300, -250), s.t("01:50"), "河南路二段 機車自摔，騎士酒駕受傷", "fall_henan")
    s.f119("ambulance", off(P["hn_zp"], -300, -250), s.t("01:51"), "河南路二段 機車自摔一人擦傷", "fall_henan")
    background(s, s.t("00:30"), 180, 12, avoid=(3,))
    s.incident(H, "traffic", "臺灣大道環中路口肇事逃逸，逃逸車沿環中路至中清路口再擦撞棄車", k2)
    s.incident("fall_henan", "traffic", "河南路二段機車酒駕自摔", k5)
    s.alt("中清環中路口的第二次擦撞有自己的現場（計程車、拖吊、交通疏導），值班者也可能另開一案；追緝仍歸第一案。"
          "逃逸途中環中路偵測器的車速異常也可能只是背景。",
          {"crash_zq": inc("crash_zq", "traffic", "中清環中路口擦撞（肇逃車棄車）", k3)})
    s.notes = "一件會移動的案：3.3 km 內四個地點。"
    return s


def s1793():
    s = Sit(1793, "labour_march_route", "2016-05-01")
    M = "march"
    W = "works_liming"
    s.description = ("勞動節遊行（許可 4/27 送達）：14:00 由河南路停車場出發，經中科路北行至會展中心，17:00 結束，約 3,000 人。"
                     "同時黎明路三段有既定的人行道施工。15:20 黎明路/凱旋路口另有一起與遊行無關的機車擦撞。")
    kp = s.permit("march", (120.6533, 24.1860), s.t("14:00"), s.t("17:00"), s.t("10:00", -4),
                  "五一勞動節遊行 河南路停車場→中科路→會展中心，預估3,000人", M, radius_m=1300)
    kw = s.permit("road_works", off(P["lm_kx"], 250, 90), s.t("09:00", -2), s.t("18:00", 3), s.t("15:00", -6),
                  "黎明路三段人行道改善工程 占用慢車道", W, radius_m=150)
    s.police("road_closure", "Moderate", P["henancp"], s.t("13:40"), "遊行集結，河南路停車場周邊交通管制", M)
    s.parking("SN-PK-003", "full", s.t("13:45"), "河南路停車場 車位已滿", M)
    k1 = s.cctv("SN-CCTV-010", "crowding", 0.88, s.t("14:05"), "河南路/中平路 路口監視器 人群聚集", M)
    s.rule("SN-VD-HENAN-02", "congestion", "Moderate", s.t("14:10"), "河南路車輛偵測器2 平均車速低於門檻", M)
    s.c1999("noise", off(P["fcu"], 100, 0), s.t("14:25"), "中科路上遊行宣傳車喇叭很大聲", M)
    s.rule("SN-VD-ZHONGKE-01", "congestion", "Moderate", s.t("14:40"), "中科路車輛偵測器1 平均車速低於門檻", M)
    s.police("crowd_control", "Moderate", (120.6535, 24.1870), s.t("14:45"), "遊行隊伍行經中科路，分段管制", M)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "Minor", s.t("14:55"), "凱旋路車輛偵測器2 車速下降", M, alt=None)
    s.c1999("illegal_parking", off(P["pop"], 80, 60), s.t("15:05"), "影音中心旁邊一排遊覽車併排停車", M)
    kw2 = s.rule("SN-VD-LIMING-01", "congestion", "Moderate", s.t("15:10"), "黎明路車輛偵測器1 平均車速低於門檻", W, alt=M)
    ka = s.police("injury_accident", "Moderate", P["lm_kx"], s.t("15:21"), "黎明路凱旋路口 機車與轎車擦撞，一人受傷", "crash_lmkx")
    s.cctv("SN-CCTV-007", "accident", 0.74, s.t("15:20:30"), "黎明路三段/凱旋路 路口監視器 偵測碰撞", "crash_lmkx", delay=180)
    s.f119("ambulance", P["lm_kx"], s.t("15:23"), "黎明路凱旋路口車禍 一人腳傷", "crash_lmkx")
    s.cctv("SN-CCTV-005", "crowding", 0.9, s.t("15:40"), "經貿路二段/黎明路三段 路口監視器 人群聚集", M)
    s.c1999("crowding", off(P["conv"], -50, -80), s.t("15:50"), "會展中心前面人好多，走不過去", M)
    s.parking("SN-PK-006", "full", s.t("15:55"), "臺中國際會展中心停車場 車位已滿", M)
    s.cctv("SN-CCTV-005", "crowding", 0.93, s.t("16:10"), "經貿路二段/黎明路三段 路口監視器 人群聚集", M)
    kd = s.police("public_disturbance", "Moderate", off(P["conv"], 30, -40), s.t("16:25"), "會展中心前遊行群眾與路人發生口角推擠，員警排解", M, alt="scuffle")
    kwr = s.c1999("road_damage", off(P["lm_kx"], 260, 80), s.t("16:30"), "黎明路施工圍籬倒下來佔到車道", W)
    s.police("road_reopened", "Minor", (120.6535, 24.1870), s.t("17:20"), "遊行結束，中科路恢復通行", M)
    s.cctv("SN-CCTV-007", "fallen_object", 0.52, s.t("16:33"), "黎明路三段/凱旋路 路口監視器 路面異物", W)
    background(s, s.t("13:00"), 300, 10, avoid=(1, 4, 2))
    s.incident(M, "crowd", "勞動節遊行（河南路停車場→中科路→會展中心）", k1)
    s.incident(W, "traffic", "黎明路三段人行道工程（既定施工，圍籬倒塌佔道）", kw2)
    s.incident("crash_lmkx", "traffic", "黎明路凱旋路口機車擦撞（與遊行無關）", ka)
    s.alt("會展中心前的推擠可以視為遊行勤務的一部分，也可能另開治安案件；黎明路偵測器的壅塞可能是遊行散場車流而非施工。",
          {"scuffle": inc("scuffle", "public_safety", "會展中心前口角推擠", kd),
           W: inc(W, "traffic", "黎明路三段人行道工程（既定施工，圍籬倒塌佔道）", kwr)})
    s.notes = "遊行許可本身在 4 天前送達，標為遊行案；施工許可標為施工案。凱旋路偵測器的輕微車速下降可能只是假日車流。"
    return s


def s1794():
    s = Sit(1794, "long_rain_north_pond", "2016-06-02")
    FN = "flood_park_north"
    FH = "flood_henan"
    FU = "flood_underpass"
    G = "cabinet_north"
    s.description = ("梅雨鋒面，18:00 至隔日 02:00 持續降雨。中央公園北滯洪池水位緩慢上升六小時，"
                     "21:30 北區現場機箱 GW-CP-N01 因市電中斷離線，水位資料中斷近兩小時；河南路低窪處與中清環中地下道各自積水。")
    s.rule("C0F9T0", "heavy_rain", "Moderate", s.t("18:20"), "西屯雨量站 時雨量達大雨標準", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", "Moderate", s.t("18:40"), "中央公園雨量站 時雨量達大雨標準", None, level="大雨")
    k1 = s.rule("SN-FL-001", "flood_depth", "Minor", s.t("19:05"), "中央公園滯洪池1 淹水深度 8 cm", FN, level="1-15")
    s.rule("SN-FL-002", "flood_depth", "Minor", s.t("19:40"), "中央公園滯洪池2 淹水深度 11 cm", FN, level="1-15")
    k2 = s.rule("SN-WL-001", "water_level", "Moderate", s.t("20:10"), "中央公園北滯洪池水位 達三級警戒", FN, level="3")
    s.rule("SN-FL-001", "flood_depth", "Moderate", s.t("20:45"), "中央公園滯洪池1 淹水深度 22 cm", FN, level="16-30")
    kh = s.rule("SN-FL-007", "flood_depth", "Moderate", s.t("20:50"), "河南路低窪處 淹水深度 19 cm", FH, level="16-30")
    s.c1999("flooding", off(P["henancp"], -40, -20), s.t("20:58"), "河南路停車場前面積水到腳踝，車子開過去水花很大", FH)
    s.rule("C0F9T0", "heavy_rain", "Severe", s.t("21:00"), "西屯雨量站 3小時雨量達豪雨標準", None, level="豪雨")
    kg = s.status("SN-WL-001", "offline", s.t("21:32"), "中央公園北滯洪池水位 設備離線（市電中斷）", G, reason="mains_power_lost", alt=FN)
    s.status("SN-FL-001", "offline", s.t("21:32"), "中央公園滯洪池1 設備離線（市電中斷）", G, reason="mains_power_lost", alt=FN)
    s.status("SN-FL-002", "offline", s.t("21:32"), "中央公園滯洪池2 設備離線（市電中斷）", G, reason="mains_power_lost", alt=FN)
    s.status("SN-RG-001", "offline", s.t("21:32"), "中央公園雨量站 設備離線（市電中斷）", G, reason="mains_power_lost", alt=FN)
    s.status("SN-PK-004", "offline", s.t("21:32"), "中央公園地下停車場(北) 設備離線", G, alt=FN)
    s.rule("SN-WL-001", "sensor_offline", "Minor", s.t("21:45"), "中央公園北滯洪池水位 逾時未回傳", G, alt=FN)
    kf = s.rule("SN-FL-006", "flood_depth", "Severe", s.t("22:05"), "中清環中路口地下道 淹水深度 34 cm", FU, level=">30")
    s.police("road_closure", "Severe", P["zq_hz"], s.t("22:12"), "中清環中地下道積水封閉，車輛改道環中路平面", FU)
    s.cctv("SN-CCTV-008", "flooding", 0.8, s.t("22:10"), "中清路/環中路 路口監視器 道路積水", FU)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Moderate", s.t("22:20"), "環中路車輛偵測器3 平均車速低於門檻", FU)
    s.c1999("flooding", off(P["parkcp"], 60, 40), s.t("22:30"), "公園北邊步道整片都是水，滯洪池好像滿出來了", FN)
    s.rule("SN-FL-003", "flood_depth", "Minor", s.t("22:40"), "中央公園滯洪池3 淹水深度 6 cm", FN, alt=None)
    s.police("flooding_report", "Moderate", off(P["parkcp"], 0, 80), s.t("22:55"), "巡邏經中央公園北側，滯洪池溢流至步道，拉封鎖線", FN)
    s.status("SN-WL-001", "online", s.t("23:25"), "中央公園北滯洪池水位 恢復連線", G, alt=FN)
    s.status("SN-FL-001", "online", s.t("23:25"), "中央公園滯洪池1 恢復連線", G, alt=FN)
    s.status("SN-FL-002", "online", s.t("23:26"), "中央公園滯洪池2 恢復連線", G, alt=FN)
    s.status("SN-RG-001", "online", s.t("23:26"), "中央公園雨量站 恢復連線", G, alt=FN)
    s.status("SN-PK-004", "online", s.t("23:27"), "中央公園地下停車場(北) 恢復連線", G, alt=FN)
    k3 = s.rule("SN-WL-001", "water_level", "Severe", s.t("23:30"), "中央公園北滯洪池水位 達二級警戒", FN, level="2")
    s.rule("SN-FL-001", "flood_depth", "Severe", s.t("23:31"), "中央公園滯洪池1 淹水深度 36 cm", FN, level=">30")
    s.rule("SN-FL-007", "cleared", "Minor", s.t("23:40"), "河南路低窪處 警戒解除", FH)
    s.police("road_reopened", "Minor", P["zq_hz"], s.t("00:40", 1), "中清環中地下道抽水完畢 恢復通行", FU)
    s.rule("SN-WL-001", "water_level_falling", "Moderate", s.t("01:50", 1), "中央公園北滯洪池水位 回降至三級以下", FN)
    s.rule("SN-FL-001", "cleared", "Minor", s.t("02:30", 1), "中央公園滯洪池1 警戒解除", FN)
    s.dup(k2, s.t("20:14"))
    background(s, s.t("18:00"), 480, 8, avoid=(1, 2, 6, 11))
    s.incident(FN, "flood", "中央公園北滯洪池長時間緩升、溢流至步道（18:00-02:30）", k2)
    s.incident(FH, "flood", "河南路低窪處積水", kh)
    s.incident(FU, "flood", "中清環中路口地下道積水封閉", kf)
    s.incident(G, "infrastructure", "中央公園北區現場機箱 GW-CP-N01 市電中斷（水位資料中斷）", kg)
    s.alt("機箱斷電發生在滯洪池事件中、同一批儀器，值班者可能把它當成淹水案的一部分（追資料、不另派）；"
          "另一位則照規定另派維修。滯洪池3 的輕微積水可能歸北池案或只是雨水。",
          {G: None})
    s.notes = "區域雨量警戒（西屯站、公園雨量站）是背景：不派工。k1 的 8 cm 在雨中不足以開案；三級警戒才足夠。"
    return s


def s1795():
    s = Sit(1795, "cabinet_crash_seen_upstream", "2016-08-20")
    C = "crash_jm7"
    s.description = ("03:05 一輛轎車在經貿路二段/經貿七路口失控撞上號誌控制箱 TB-CAB-006，該路口號誌與監視器同時斷線；"
                     "400 m 北邊經貿路/黎明路口的監視器看到下游車輛停滯與掉落物。交通局隔天上午才換好機箱。")
    ka = s.status("SN-SIG-006", "offline", s.t("03:05:10"), "經貿路二段/經貿七路 號誌 離線", C, reason="comms_lost", alt="cab006")
    s.status("SN-CCTV-006", "offline", s.t("03:05:10"), "經貿路二段/經貿七路 路口監視器 離線", C, reason="comms_lost", alt="cab006")
    k1 = s.cctv("SN-CCTV-005", "stalled_vehicle", 0.58, s.t("03:07"), "經貿路二段/黎明路三段 路口監視器 遠方車輛停滯", C)
    k2 = s.police("injury_accident", "Moderate", P["jm_7"], s.t("03:09"), "經貿路二段經貿七路口 自小客車自撞路口號誌箱，駕駛受傷", C)
    s.f119("ambulance", P["jm_7"], s.t("03:10"), "經貿七路口 自撞車禍 駕駛頭部撕裂傷", C)
    s.c1999("traffic_signal", off(P["jm_7"], 30, 40), s.t("03:12"), "經貿路經貿七路口紅綠燈全部不亮，旁邊有車撞到", C, alt="cab006")
    s.cctv("SN-CCTV-005", "fallen_object", 0.49, s.t("03:14"), "經貿路二段/黎明路三段 路口監視器 路面異物", C)
    s.rule("SN-SIG-006", "sensor_offline", "Minor", s.t("03:15"), "經貿路二段/經貿七路 號誌 逾時未回傳", C, alt="cab006")
    s.rule("SN-CCTV-006", "sensor_offline", "Minor", s.t("03:15"), "經貿路二段/經貿七路 路口監視器 逾時未回傳", C, alt="cab006")
    s.police("traffic_signal_fault", "Moderate", P["jm_7"], s.t("03:20"), "經貿七路口號誌箱遭撞毀，號誌全暗，派員指揮交通", C, alt="cab006")
    s.f119("ambulance", P["jm_7"], s.t("03:32"), "經貿七路口傷者送醫", C, status="returning")
    s.police("stalled_vehicle", "Minor", P["jm_7"], s.t("04:05"), "經貿七路口 肇事車拖離", C)
    s.status("SN-SIG-006", "online", s.t("10:40"), "經貿路二段/經貿七路 號誌 恢復連線", C, alt="cab006")
    s.signal("SN-SIG-006", "restored", s.t("10:41"), "經貿路二段/經貿七路 號誌 恢復正常", C, alt="cab006")
    s.status("SN-CCTV-006", "online", s.t("10:42"), "經貿路二段/經貿七路 路口監視器 恢復連線", C, alt="cab006")
    # nearby, unrelated: taxi waiting at the hub, camera sees "stalled"
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.41, s.t("03:30"), "經貿路二段/環中路二段 路口監視器 車輛停滯", None)
    s.cctv("SN-CCTV-005", "crowding", 0.38, s.t("06:10"), "經貿路二段/黎明路三段 路口監視器 人群聚集", None)
    # morning, unrelated: a fallen branch on 中科路
    kb = s.c1999("fallen_tree", off(P["zk_hz"], 60, -700), s.t("07:20"), "中科路往北快車道上有一根大樹枝擋住車道", "branch_zk")
    s.police("fallen_object", "Minor", off(P["zk_hz"], 60, -720), s.t("07:35"), "中科路樹枝移除", "branch_zk")
    s.rule("SN-VD-JINGMAO-01", "congestion", "Moderate", s.t("08:05"), "經貿路車輛偵測器1 平均車速低於門檻", C, alt=None)
    s.c1999("traffic_signal", off(P["jm_7"], -20, 10), s.t("08:10"), "經貿七路口紅綠燈到現在還是沒有亮，上班車很多很危險", C, alt="cab006")
    background(s, s.t("02:30"), 480, 10, avoid=(3,))
    s.incident(C, "traffic", "經貿七路口自撞號誌控制箱（號誌、監視器斷線至 10:40）", k2)
    s.incident("branch_zk", "traffic", "中科路樹枝佔車道", kb)
    s.alt("號誌與監視器的斷線及搶修由交通局另案處理（基礎設施），車禍本身由警察與 119 處理。",
          {"cab006": inc("cab006", "infrastructure", "TB-CAB-006 號誌控制箱毀損搶修", ka)})
    s.notes = "上游監視器 CCTV-005 的停滯與掉落物在 400 m 外，屬於本案。08:05 經貿路偵測器壅塞是上班車流加上路口全暗，可議。"
    return s


def s1796():
    s = Sit(1796, "concert_kitchen_fire_skewed", "2016-10-15")
    K = "fire_pop"
    C = "concert"
    s.description = ("流行影音中心晚上演唱會（19:00-22:30，預估 6,000 人）。21:10 場館餐飲區廚房油鍋起火，延燒排煙管，"
                     "場館部分疏散。影音中心火警總機時鐘設成台灣時間卻標成 UTC（快 8 小時），其訊息的 observed 錯了。")
    kp = s.permit("concert", P["pop"], s.t("19:00"), s.t("22:30"), s.t("09:00", -10),
                  "臺中流行影音中心 戶外演唱會 預估6,000人", C, radius_m=600)
    s.parking("SN-PK-005", "full", s.t("18:20"), "中央公園地下停車場(南) 車位已滿", C)
    k1 = s.cctv("SN-CCTV-010", "crowding", 0.72, s.t("18:35"), "河南路/中平路 路口監視器 人群聚集", C)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "Moderate", s.t("18:40"), "凱旋路車輛偵測器2 平均車速低於門檻", C)
    s.police("crowd_control", "Moderate", P["pop"], s.t("18:45"), "影音中心演唱會進場，凱旋路段人車管制", C)
    s.c1999("illegal_parking", off(P["pop"], -120, 90), s.t("19:30"), "凱旋路兩邊都是違停的機車", C)
    s.c1999("noise", off(P["ecoA"], 50, 0), s.t("20:40"), "演唱會太大聲了，家裡小孩睡不著", C)
    obs_skew = iso(s.t("21:10") + timedelta(hours=8))
    k2 = s.panel("SN-FA-006", "alarm", s.t("21:10"), "臺中流行影音中心 火警受信總機 B1 餐飲區 偵熱動作", K, observed=obs_skew, delay=25)
    k3 = s.f119("fire", off(P["pop"], 40, -20), s.t("21:13"), "流行影音中心 餐飲區廚房火警 派遣西屯分隊", K)
    s.c1999("fire_smoke", off(P["pop"], 250, 150), s.t("21:15"), "影音中心那邊冒黑煙，是表演的特效還是失火", K)
    s.cctv("SN-CCTV-007", "smoke", 0.35, s.t("21:16"), "黎明路三段/凱旋路 路口監視器 遠方煙霧", K, alt=None)
    ke = s.police("evacuation", "Severe", P["pop"], s.t("21:20"), "影音中心室內區疏散觀眾至戶外廣場", K, alt=C)
    s.cctv("SN-CCTV-010", "crowding", 0.91, s.t("21:25"), "河南路/中平路 路口監視器 人群聚集", C, alt=K)
    s.f119("fire", off(P["pop"], 40, -20), s.t("21:24"), "影音中心火警 到場，排煙管延燒處理中", K, status="on_scene", follows=k3)
    kf = s.f119("ambulance", P["pop"], s.t("21:33"), "影音中心 觀眾疏散時跌倒 腳踝扭傷", C, alt=K)
    s.panel("SN-FA-006", "alarm", s.t("21:30"), "臺中流行影音中心 火警受信總機 1F 排煙管 偵煙動作", K, observed=iso(s.t("21:30") + timedelta(hours=8)))
    s.f119("fire", off(P["pop"], 40, -20), s.t("22:05"), "影音中心火勢撲滅", K, status="returning", follows=k3)
    s.panel("SN-FA-006", "normal", s.t("22:20"), "臺中流行影音中心 火警受信總機 復歸", K, observed=iso(s.t("22:20") + timedelta(hours=8)))
    s.police("crowd_control", "Moderate", P["pop"], s.t("22:35"), "演唱會散場 凱旋路中科路人車分流", C)
    s.rule("SN-VD-ZHONGKE-01", "congestion", "Moderate", s.t("22:45"), "中科路車輛偵測器1 平均車速低於門檻", C)
    s.police("road_reopened", "Minor", P["pop"], s.t("23:30"), "影音中心周邊管制解除", C)
    s.dup(k2, s.t("21:14"))
    # unrelated alarm at 綠美圖 (dust from cleaning), routine
    s.panel("SN-FA-004", "alarm", s.t("21:50"), "臺中綠美圖 火警受信總機 3F 偵煙動作", "alarm_museum", alt=None)
    s.panel("SN-FA-004", "normal", s.t("21:58"), "臺中綠美圖 火警受信總機 復歸（清潔作業粉塵誤動作）", "alarm_museum", alt=None)
    background(s, s.t("18:00"), 330, 8, avoid=(1, 2))
    s.incident(C, "crowd", "流行影音中心演唱會人潮（許可已知）", k1)
    s.incident(K, "fire", "流行影音中心餐飲區廚房火警（總機時鐘快 8 小時）", k3)
    s.incident("alarm_museum", "fire", "綠美圖 3F 偵煙動作（清潔粉塵，8 分鐘後復歸）", "%d-firealarm-%03d" % (1796, 0) )
    # fix the museum key
    s.incidents[-1]["sufficient_evidence_key"] = [i for i in s.items if i["truth"] == "alarm_museum"][0]["key"]
    s.alt("疏散與疏散時的人潮、扭傷是火警造成的，也可以算在演唱會勤務（人潮安全）中；綠美圖的誤報可能不會開案；"
          "黎明路口監視器看到的遠方煙霧信心低，可能被當背景。",
          {"alarm_museum": None})
    s.notes = "影音中心總機三筆訊息的 observed 都快 8 小時（arrival 正確）。"
    return s


if __name__ == "__main__":
    for fn in (s1791, s1792, s1793, s1794, s1795, s1796):
        s = fn()
        print(s.nn, s.name, s.write())
