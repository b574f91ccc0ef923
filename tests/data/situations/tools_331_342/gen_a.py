"""Situations 331-336."""
from datetime import timedelta

from lib import Situation, P, offset, along

Q_WHY = ("Questions: a caller who only asks about a consequence of an incident he names "
         "(can I get through, when does it reopen, is the bus coming) gives the coordinator "
         "no new fact about it. The main reading files such calls under the incident they "
         "name (the coordinator answers them from that incident); this reading leaves them "
         "out as background.")


# ---------------------------------------------------------------------------
def s331():
    s = Situation(331, "typhoon_three_floods", "2026-09-14 18:00",
                  "颱風夜，豪雨 6 小時。三處互不相連的淹水：經貿路三段低窪處（持續約 4.5 小時，"
                  "排水溝水位一併上升）、河南路低窪處（機車騎士受困）、中平路經貿路口（無淹水"
                  "感測器，靠民眾、監視器與警方）。彼此相距約 0.8-1.2 km。中央公園南滯洪池水位"
                  "達二級警戒。背景：雨量警報、雨量站斷線、大量 1999 颱風詢問。")
    A, B, C, W = "flood_jingmao", "flood_henan", "flood_zhongping", "pond_south"
    jl, hl, jz = P["jingmao_low"], P["henan_low"], P["jm_zp"]
    # background rain
    s.rain("C0F9T0", 5, "大雨", 42, 118)
    s.rain("SN-RG-001", 28, "豪雨", 61, 205)
    k = s.rain("SN-RG-002", 44, "豪雨", 55, 201)
    s.dup(k, 40)
    s.rain("C0F9T0", 95, "豪雨", 68, 246)
    s.rain("SN-RG-001", 150, "大豪雨", 47, 352)
    s.status("SN-RG-003", "offline", 130, text="comms_lost")
    s.status("SN-RG-003", "online", 143)
    # --- flood A: 經貿路三段低窪處, ~4.5 h
    depth = [(35, 12), (55, 22), (75, 34), (95, 41), (115, 45), (135, 47), (160, 44),
             (185, 38), (205, 33), (225, 27), (245, 18), (262, 9)]
    a_keys = [s.flood("SN-FL-008", t, cm, A) for t, cm in depth]
    s.dup(a_keys[3], 95)
    s.cleared("SN-FL-008", 285, "經貿路低窪處 淹水深度 0 cm，警戒解除", A)
    s.wl("SN-WL-003", 70, 1.46, "3", A)
    s.wl("SN-WL-003", 100, 1.87, "2", A)
    s.wl("SN-WL-003", 200, 1.52, "3", A)
    s.cleared("SN-WL-003", 240, "水湳區域排水經貿路水位 1.31 m，低於三級警戒", A)
    c1 = s.call("blocked_drain", 40, jl, "經貿路這邊路邊的水溝已經滿出來了，水一直往馬路上漫，可不可以派人來看一下", A, r=(60, 200))
    a_suff = s.call("flooding", 48, jl, "我住生態住宅這邊，經貿路上積水已經到腳踝了，車子開過去水花噴到騎樓", A, r=(80, 250))
    s.call("other", 62, jl, "請問經貿路那邊是不是淹水了？我先生開車要從公司回來，會不會過不去啊", A, alt=None, r=(300, 900))
    s.call("flooding", 78, jl, "經貿路靠敦化路那段淹到機車排氣管了，有兩台機車熄火停在路中間推不動", A, r=(50, 200))
    p1 = s.police("flooding_report", 72, jl, "經貿路三段低窪路段積水約30公分，機車熄火多部，已派員現場警戒。", "Moderate", A)
    p2 = s.police("road_closure", 88, jl, "經貿路三段（敦化路至中平路間）雙向封閉，車輛請改道中科路。", "Severe", A, follows=p1)
    s.call("other", 96, jl, "我們社區地下室會不會淹進來啊？擋水板要不要放下來，有沒有人可以來幫忙看一下", A, r=(100, 300))
    s.call("other", 121, jl, "經貿路那邊水這麼深，公車是不是都改道了？我在站牌等快半小時都沒車", A, alt=None, r=(200, 500))
    s.call("flooding", 150, jl, "剛剛打過了，水還是沒退，我們一樓門口都是水，到底有沒有人要來抽水", A, r=(100, 250), follows=c1)
    s.police("other", 165, jl, "水利局移動式抽水機1部抵達經貿路三段，開始抽排。", "Minor", A, follows=p1)
    s.call("other", 176, jl, "我住經貿路三段，現在可以開車進去了嗎？還要等多久，我已經在外面繞一個小時了", A, alt=None, r=(400, 1100))
    s.call("other", 212, jl, "水好像退一點了，但是路上都是泥巴跟樹葉，明天早上會有人來清嗎", A, r=(80, 250))
    s.call("road_damage", 252, jl, "經貿路積水退了以後，路邊有一個水溝蓋被沖開了，晚上騎車很危險", A, r=(30, 150))
    s.police("other", 272, jl, "經貿路三段積水已退，解除封閉，恢復雙向通行。", "Minor", A, follows=p2)
    # --- flood B: 河南路低窪處
    for t, cm in [(60, 16), (80, 28), (100, 36), (128, 33), (158, 22), (188, 12)]:
        skew = s.at(t) - timedelta(hours=8) if t == 128 else None   # gateway converts local to UTC twice
        kb = s.flood("SN-FL-007", t, cm, B, observed=skew)
    s.cleared("SN-FL-007", 214, "河南路低窪處 淹水深度 0 cm，警戒解除", B)
    s.cctv("SN-CCTV-010", "flooding", 84, 0.81, truth=B)
    b_suff = s.call("flooding", 66, hl, "河南路停車場前面那段淹起來了，水到輪胎一半，車子都開很慢", B, r=(40, 180))
    s.call("other", 88, hl, "我的車停在河南路停車場，會不會泡水？要不要現在去移車", B, r=(400, 1200))
    f1 = s.f119("rescue", 104, offset(hl, 60, 200), "案類：救助｜地點：西屯區河南路二段低窪路段｜內容：機車騎士涉水熄火，人車受困水中，水深及膝｜派遣：西屯分隊 救助車1", B)
    s.f119("rescue", 116, offset(hl, 60, 200), "到場：騎士1名已協助脫困，無受傷，機車留置路旁。", B, follows=f1)
    s.police("flooding_report", 109, hl, "河南路二段低窪處積水約35公分，已放置三角錐警示，建議封閉南向車道。", "Moderate", B)
    s.call("other", 140, hl, "河南路這邊還能騎機車過嗎？我要去逢甲那邊上大夜班", B, alt=None, r=(500, 1300))
    s.call("flooding", 135, hl, "河南路靠中平路這邊路面都是水，水溝蓋在冒水", B, r=(100, 350))
    # --- flood C: 中平路/經貿路口, no flood sensor
    c_suff = s.cctv("SN-CCTV-011", "flooding", 93, 0.77, truth=C)
    s.call("flooding", 97, jz, "中平路跟經貿路口整個變成一條河，機車都在牽車", C, r=(50, 200))
    s.call("other", 104, jz, "我在中國醫藥大學水湳校區這邊，外面中平路淹水出不去，學校可以先待著嗎？公車還會來嗎", C, r=(150, 300))
    pc = s.police("flooding_report", 112, jz, "中平路與經貿路口積水約25公分，外側車道不通，派員交管。", "Moderate", C)
    s.vd("SN-VD-ZHONGPING-02", 120, 14, 52, C)
    s.call("flooding", 118, jz, "經貿路往中平路那邊，路口淹水，有一台小客車熄火卡在路口", C, r=(30, 150))
    s.call("other", 131, jz, "中平路是不是封起來了？導航一直叫我開過去，前面警察在揮", C, alt=None, r=(300, 700))
    s.vd("SN-VD-ZHONGPING-02", 150, 11, 61, C)
    s.call("flooding", 157, jz, "中平路經貿路口水還沒退，剛剛又有一台車熄火", C, r=(50, 200))
    s.cleared("SN-VD-ZHONGPING-02", 205, "中平路車輛偵測器2 平均車速 38 km/h，車流恢復", C)
    s.police("other", 198, jz, "中平路經貿路口積水消退，恢復通行。", "Minor", C, follows=pc)
    # --- detention pond south
    w_suff = s.wl("SN-WL-002", 110, 2.06, "3", W)
    s.wl("SN-WL-002", 148, 2.57, "2", W)
    s.wl("SN-WL-002", 182, 2.61, "2", W)
    s.wl("SN-WL-002", 228, 2.18, "3", W)
    s.cleared("SN-WL-002", 262, "中央公園南滯洪池水位 1.84 m，低於三級警戒", W)
    # --- background 1999
    bg = [
        (12, "other", P["eco_a"], "請問明天到底有沒有放颱風假？市政府什麼時候會公布"),
        (25, "other", P["hub"], "我在轉運中心等客運，統聯是不是停駛了？都沒有車進站"),
        (33, "other", P["fcu"], "公車還有開嗎？我在逢甲這邊要回太平，等好久了"),
        (50, "other", P["eco_b"], "我家陽台的排水孔一直往屋子裡倒灌，請問這要找誰"),
        (58, "other", P["park_mid"], "垃圾車今天晚上還會來嗎？雨這麼大"),
        (83, "other", P["museumbrary"], "外面風好大，我機車停在路邊一直晃，可以停到公園地下停車場嗎？颱風天有免費嗎"),
        (107, "streetlight", offset(P["jm_jm7"], 80, 10), "經貿路靠經貿七路這邊有一盞路燈一閃一閃的，燈號XT-0327"),
        (124, "other", P["ticec_a"], "會展中心明天的展覽還有沒有辦？"),
        (145, "other", P["eco_a"], "請問哪裡可以領沙包？我們家一樓怕淹水"),
        (170, "other", P["hub"], "轉運中心這邊有沒有地方可以讓我們等到天亮？客運都停了"),
        (196, "other", P["fcu"], "這個雨到底要下到幾點？我明天早上要搭高鐵"),
        (230, "other", P["eco_b"], "我們這邊剛剛電燈閃了一下，請問會不會停電"),
        (275, "other", P["park_mid"], "明天早上公園的步道可以去運動嗎？會不會很危險"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(50, 400))
    s.incident(A, "flood", "經貿路三段低窪處淹水（最深約 47 cm），排水溝水位同步上升，警方雙向封閉，約 4.5 小時後解除", a_suff)
    s.incident(B, "flood", "河南路二段低窪處淹水（最深約 36 cm），機車騎士受困經消防救出", b_suff)
    s.incident(C, "flood", "中平路經貿路口積水約 25 cm，無感測器，車輛熄火、車流受阻", c_suff)
    s.incident(W, "flood", "中央公園南滯洪池水位達二級警戒，需水利局巡查閘門與抽水", w_suff)
    s.alternative(Q_WHY + " The detention pond filling is also read as the pond doing its job: "
                  "monitoring, no dispatch, so its alerts are background.", drop=[W])
    for it in s.items:
        if it.get("truth") == W:
            it["truth_alt"] = None
    return s


# ---------------------------------------------------------------------------
def s332():
    s = Situation(332, "typhoon_two_fallen_trees", "2026-08-02 21:00",
                  "颱風強風夜。兩棵路樹分別倒在凱旋路（近黎明路口，壓到號誌電纜，號誌黑燈，"
                  "疑有機車騎士被壓）與中科路（近流行影音中心，雙向中斷），相距約 870 m；另有"
                  "經貿七路口鐵皮招牌被吹落路面。背景：中央公園內步道倒樹（民眾說明天處理即可）、"
                  "黎明路車輛偵測器在倒樹前短暫斷線、大量颱風詢問。")
    T1, T2, SG = "tree_kaixuan", "tree_zhongke", "sign_jingmao7"
    t1 = offset(P["liming_kaixuan"], 130, 195)      # 凱旋路, just south of 黎明路口
    t2 = (120.6537, 24.1862)                          # 中科路 near 流行影音中心
    s.rain("C0F9T0", 3, "大雨", 28, 96)
    s.rain("SN-RG-002", 40, "大雨", 33, 121)
    s.status("SN-VD-LIMING-01", "offline", 5, text="comms_lost")
    s.status("SN-VD-LIMING-01", "online", 9)
    # tree 1
    t1_suff = s.call("fallen_tree", 20, t1, "凱旋路黎明路口這邊一棵很大的樹倒下來，整個橫在馬路上，車子都過不去", T1, r=(20, 80))
    f1 = s.f119("rescue", 21, t1, "案類：救助｜地點：西屯區凱旋路/黎明路三段口｜內容：路樹倒塌，疑有機車騎士遭壓｜派遣：西屯分隊 救助車1、救護車1", T1)
    s.cctv("SN-CCTV-007", "fallen_object", 22, 0.72, truth=T1)
    sg = s.sensor("SN-SIG-007", "fault", 23, T1, "號誌控制器回報：燈態異常（全滅）", alt="signal_liming")
    s.cctv("SN-CCTV-007", "signal_dark", 24, 0.88, truth=T1, alt="signal_liming")
    s.call("other", 26, P["liming_kaixuan"], "黎明路跟凱旋路口紅綠燈都不亮了，旁邊又有樹倒在那邊，車子亂開很危險", T1, r=(30, 150))
    s.call("other", 28, t1, "樹倒下來壓到電線，電線那邊有在閃火花，你們趕快叫台電來", T1, r=(20, 100))
    p1 = s.police("fallen_object", 30, t1, "凱旋路近黎明路口路樹倒塌佔用雙向車道，路口號誌失效，派員指揮交通。", "Severe", T1)
    s.f119("rescue", 33, t1, "到場：機車騎士1名自行脫困，手部擦傷，拒絕送醫。", T1, follows=f1)
    s.call("other", 34, offset(t1, 450, 10), "我在凱旋路上，前面車子整個停住不動，是不是有樹倒？要怎麼繞", T1, alt=None, r=(0, 80))
    s.call("traffic_signal", 41, P["liming_kaixuan"], "黎明路凱旋路口號誌故障，全部黑掉", T1, r=(40, 200), alt="signal_liming")
    p2 = s.police("road_closure", 55, t1, "建設局養工處到場鋸除路樹，凱旋路南向暫時封閉。", "Moderate", T1, follows=p1)
    s.vd("SN-VD-KAIXUAN-01", 62, 13, 55, T1)
    s.call("other", 80, t1, "凱旋路那邊什麼時候可以通？我要去載在補習班的小孩", T1, alt=None, r=(500, 1200))
    s.call("other", 98, P["liming_kaixuan"], "黎明路那邊的紅綠燈還是沒亮，有警察在指揮，但是很多車不聽", T1, r=(50, 200), alt="signal_liming")
    s.police("other", 130, t1, "凱旋路倒樹清除完畢，恢復通行；路口號誌待台電復電。", "Minor", T1, follows=p2)
    s.cleared("SN-VD-KAIXUAN-01", 138, "凱旋路車輛偵測器1 平均車速 35 km/h，車流恢復", T1)
    s.sensor("SN-SIG-007", "restored", 152, T1, "號誌控制器回報：恢復正常運轉", alt="signal_liming")
    # tree 2
    t2_suff = s.call("fallen_tree", 48, t2, "中科路流行影音中心前面有一棵樹倒了，擋住整條路", T2, r=(30, 120))
    s.call("other", 51, t2, "中科路這邊有樹倒，我開車差點撞上去，好險，旁邊還有樹枝一直掉", T2, r=(20, 100))
    p3 = s.police("fallen_object", 60, t2, "中科路近流行影音中心路樹倒塌，雙向中斷，已設置警示。", "Severe", T2)
    s.vd("SN-VD-ZHONGKE-01", 66, 9, 64, T2)
    s.call("other", 72, P["zk_hz"], "導航一直叫我走中科路，中科路是不是不能走？從環中路要怎麼進去", T2, alt=None, r=(50, 300))
    s.call("other", 86, t2, "樹倒在中科路已經一個多小時了，到底有沒有人要來處理", T2, r=(100, 300))
    s.call("fallen_tree", 88, offset(t2, 60, 180), "中科路那棵倒下來的樹旁邊還有一棵也歪了，看起來快倒", T2, r=(10, 60))
    s.police("other", 142, t2, "中科路倒樹移除，恢復雙向通行，旁側傾斜路樹已由養工處扶正加固。", "Minor", T2, follows=p3)
    s.cleared("SN-VD-ZHONGKE-01", 150, "中科路車輛偵測器1 平均車速 41 km/h，車流恢復", T2)
    # sign
    sg_suff = s.cctv("SN-CCTV-006", "fallen_object", 95, 0.69, truth=SG)
    s.call("other", 96, P["jm_jm7"], "經貿七路口有一大片鐵皮招牌被風吹下來，掉在馬路上，差點砸到我的車", SG, r=(20, 100))
    ps = s.police("fallen_object", 104, P["jm_jm7"], "經貿路二段/經貿七路口鐵皮招牌掉落路面，已移置路旁，通知業者固定。", "Minor", SG)
    s.call("other", 99, P["jm_jm7"], "經貿路這邊有招牌掉下來，風還很大，旁邊的招牌也在晃，會不會再掉", SG, r=(30, 150))
    s.cctv("SN-CCTV-006", "fallen_object", 101, 0.74, truth=SG)
    s.police("other", 112, P["jm_jm7"], "經貿七路口路面障礙已排除。", "Minor", SG, follows=ps)
    # background
    bg = [
        (7, "other", P["eco_a"], "風好大，我家窗戶一直在響，會不會破掉？要貼膠帶嗎"),
        (15, "other", P["hub"], "我要去高鐵，客運還有開嗎？轉運中心這邊好像沒什麼車"),
        (36, "fallen_tree", P["park_mid"], "中央公園裡面步道有一棵樹倒了，擋住步道，沒有人受傷，明天再處理沒關係"),
        (45, "other", P["eco_b"], "請問明天要上班嗎？"),
        (57, "other", P["fcu"], "我機車停在學校旁邊被吹倒了，這個可以找誰"),
        (77, "streetlight", offset(P["jm_liming"], 120, 180), "經貿路這邊有一盞路燈不亮，燈桿上寫XT-1186"),
        (92, "other", P["museumbrary"], "颱風天公園地下停車場可以免費停嗎？"),
        (118, "other", P["eco_a"], "我們社區外面的樹一直在搖，會不會倒？可以先來修剪嗎"),
        (135, "other", P["ticec_b"], "明天會展中心的活動會不會取消？要去哪裡看公告"),
        (160, "other", P["eco_b"], "風比較小了，請問颱風走了沒？什麼時候可以出門"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(50, 400))
    s.incident(T1, "traffic", "凱旋路近黎明路口路樹倒塌，壓斷電纜、號誌黑燈，騎士輕傷，警方管制、養工處鋸除", t1_suff)
    s.incident(T2, "traffic", "中科路近流行影音中心路樹倒塌，雙向中斷約 1.5 小時", t2_suff)
    s.incident(SG, "traffic", "經貿七路口鐵皮招牌吹落路面，警方移除", sg_suff)
    s.alternative(Q_WHY + " It also reads the dark signal at 黎明凱旋路口 as its own job for the "
                  "signal contractor (it outlives the tree removal by 20 minutes).",
                  add=[("signal_liming", "traffic", "黎明路/凱旋路口號誌黑燈（倒樹壓斷電纜）", sg)])
    return s


# ---------------------------------------------------------------------------
def s333():
    s = Situation(333, "missing_elder_two_hours", "2026-11-03 17:20",
                  "平日傍晚。生態住宅 A 區一位 82 歲失智長者走失，家屬報案後兩小時內，民眾"
                  "在中央公園、綠美圖、中科路、流行影音中心、逢甲水湳校區、河南路停車場陸續"
                  "通報目擊，最後於河南路停車場旁尋獲、送醫評估。期間綠美圖另有一名 5 歲男童"
                  "與家人走散（20 分鐘後尋獲）。背景：遺失錢包、公園路燈、街頭藝人噪音、下班"
                  "尖峰的環中路車多、會展中心停車場滿。")
    E, K = "missing_elder", "lost_child"
    p0 = s.police("other", 0, P["eco_a"], "協尋：生態住宅A區住戶，男，82歲，失智，身高約165公分，灰色夾克、藍色拖鞋，約16時30分自行外出未歸，家屬報案。", "Moderate", E, jitter=0)
    s.call("other", 6, P["eco_a"], "我爸爸失智走失了，已經報警了，你們可以幫忙在公園廣播嗎？他穿灰色外套跟藍色拖鞋", E, r=(20, 80))
    s.call("other", 18, P["park_mid"], "中央公園這邊有一個阿伯一直在繞圈圈，穿拖鞋，問他住哪裡他講不清楚，是不是走失的", E, r=(50, 250))
    s.call("other", 35, P["museumbrary"], "我在綠美圖旁邊的椅子看到一個老先生，好像很冷一直發抖，穿灰色外套，要不要有人來看一下", E, r=(40, 150))
    pcc = s.police("other", 40, P["eco_a"], "協尋案：調閱監視器，長者16時52分出現於中央公園北側步道，往西行，持續搜尋。", "Moderate", E, follows=p0, jitter=0)
    s.late(pcc, 1500)   # entered late by the precinct
    s.call("other", 52, P["zk_mid"], "剛剛有個阿公問我要怎麼回經貿路，講話怪怪的，他往中科路那邊走了", E, r=(50, 200))
    s.call("other", 70, P["pop_music"], "有人在找一個老先生嗎？我在流行影音中心這邊好像有看到一個很像的在路邊走", E, r=(50, 200))
    p2 = s.police("other", 76, P["pop_music"], "協尋案：增派警力沿中科路、凱旋路、河南路搜尋，並請民間巡守隊協助。", "Moderate", E, follows=p0)
    s.late(p2, 900)   # keyed in late; the 83-min follow-up reaches the center first
    s.call("other", 61, offset(P["park_mid"], 350, 250), "公園西邊有一個老人坐在地上，旁邊沒有家人，看起來不太對勁", E, r=(20, 100))
    s.call("other", 79, P["zk_mid"], "廣播說在找一個穿灰外套的阿公，我二十分鐘前在中科路公車站有看到，他往南走", E, r=(30, 150), delay=600)
    s.police("other", 83, P["fcu"], "協尋案：巡邏車於逢甲水湳校區周邊搜尋未果，轉往河南路方向。", "Minor", E, follows=p2)
    s.call("other", 88, P["pk_henan"], "河南路停車場出口那邊有一個阿伯走在車道上，車子都要閃他，很危險", E, r=(30, 120))
    s.call("other", 97, P["fcu"], "請問那個走失的阿公找到了嗎？我剛剛在逢甲水湳校區門口看到一個很像的", E, r=(30, 200))
    p3 = s.police("other", 112, P["pk_henan"], "協尋案：長者於河南路停車場旁尋獲，意識清楚，手腳冰冷，通知家屬及119。", "Moderate", E, follows=p0)
    f1 = s.f119("ambulance", 114, offset(P["pk_henan"], 40, 300), "案類：救護｜地點：西屯區河南路停車場旁｜內容：82歲男性失智走失尋獲，疑失溫｜派遣：西屯分隊 救護車1", E)
    s.f119("ambulance", 131, offset(P["pk_henan"], 40, 300), "送醫：送往中國醫藥大學附設醫院，生命徵象穩定。", E, follows=f1)
    s.call("other", 126, P["eco_a"], "我是剛剛走失那個阿公的女兒，謝謝你們找到了，請問他被送到哪一家醫院", E, r=(20, 80))
    # lost child
    k1 = s.call("other", 45, P["museumbrary"], "我小孩在綠美圖走丟了！五歲男生，穿黃色衣服，剛剛還在一樓", K, r=(10, 60), delay=70)
    pk = s.police("other", 49, P["museumbrary"], "綠美圖1樓5歲男童與家人走散，黃色上衣，已請館方廣播並封鎖出入口協尋。", "Moderate", K)
    s.call("other", 53, P["museumbrary"], "綠美圖在廣播找一個穿黃衣服的小朋友，我剛剛在電扶梯那邊看到一個小男生自己往上走", K, r=(10, 60))
    s.call("other", 57, P["museumbrary"], "我是綠美圖的志工，館方已經在各樓層找那個小孩，警察到了嗎", K, r=(10, 60))
    s.police("other", 64, P["museumbrary"], "男童已於綠美圖3樓兒童區尋獲，交還家屬。", "Minor", K, follows=pk)
    s.call("other", 66, P["museumbrary"], "小孩找到了，謝謝，剛剛那個案子可以取消", K, r=(10, 60), follows=k1)
    # background
    bg = [
        (3, "other", P["hub"], "我錢包好像掉在轉運中心的公車上，請問要去哪裡問"),
        (22, "streetlight", offset(P["park_mid"], 150, 0), "中央公園北邊步道的路燈好幾盞都沒亮，走起來很暗"),
        (29, "noise", offset(P["park_mid"], 200, 340), "公園裡有人在表演，擴音器開很大聲，可以請他小聲一點嗎"),
        (58, "other", P["eco_b"], "我在公園撿到一支手機，要交給誰"),
        (81, "illegal_parking", offset(P["ticec_a"], 120, 90), "會展中心旁邊整排紅線都停滿車，公車進不了站"),
        (104, "other", P["park_mid"], "請問公園晚上幾點關？狗可以放繩嗎"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.vd("SN-VD-HUANZHONG-02", 8, 17, 41, None, sev="Minor")
    s.vd("SN-VD-HUANZHONG-02", 33, 14, 47, None)
    s.cleared("SN-VD-HUANZHONG-02", 95, "環中路車輛偵測器2 平均車速 36 km/h，車流恢復")
    s.sensor("SN-PK-006", "full", 15, None, "臺中國際會展中心停車場 汽車格已滿")
    s.incident(E, "rescue", "失智長者走失協尋（約 2 小時），民眾多處目擊，河南路停車場旁尋獲送醫", p0)
    s.incident(K, "rescue", "綠美圖 5 歲男童與家人走散，20 分鐘內尋獲", k1)
    return s


# ---------------------------------------------------------------------------
def s334():
    s = Situation(334, "crash_queue_1500m", "2026-10-21 18:05",
                  "平日晚尖峰。環中路二段/中清路口汽機車碰撞（騎士骨折送醫），東向內側兩車道"
                  "被佔用約 45 分鐘，車流沿環中路回堵約 1.5 km 到凱旋路、台74線口；轉運中心公車"
                  "誤點。同時經貿路二段近經貿七路一輛自小客拋錨（距事故約 700 m）。背景：臺灣"
                  "大道/環中路口每日尖峰壅塞、違停、噪音。")
    X, V = "crash_zhongqing", "stalled_jingmao"
    zq = P["zq_hz"]
    x_suff = s.cctv("SN-CCTV-008", "accident", 0, 0.83, truth=X)
    s.call("traffic_accident", 1, zq, "環中路中清路口有車禍，一台機車倒在地上，人躺著不動", X, r=(20, 120))
    f1 = s.f119("ambulance", 2, offset(zq, 30, 250), "案類：救護｜地點：北屯區環中路二段/中清路口｜內容：汽機車碰撞，機車騎士1名右腳開放性骨折，意識清楚｜派遣：北屯分隊 救護車1", X)
    p1 = s.police("injury_accident", 5, zq, "環中路二段與中清路口 A2 自小客與普重機碰撞，1人受傷，佔用東向內側兩車道。", "Severe", X)
    s.call("traffic_accident", 4, zq, "中清路環中路口車禍，救護車到了沒？", X, r=(50, 200))
    s.vd("SN-VD-HUANZHONG-03", 8, 7, 78, X)
    s.f119("ambulance", 10, offset(zq, 30, 250), "到場：傷者1名，下肢骨折，固定後送醫。", X, follows=f1)
    s.vd("SN-VD-ZHONGQING-01", 14, 12, 59, X)
    s.vd("SN-VD-HUANZHONG-02", 19, 11, 66, X)
    s.cctv("SN-CCTV-004", "stalled_vehicle", 21, 0.55, truth=X)
    s.f119("ambulance", 24, offset(zq, 30, 250), "送醫：送往中國醫藥大學附設醫院。", X, follows=f1)
    s.cctv("SN-CCTV-003", "stalled_vehicle", 27, 0.48, truth=X)
    s.call("other", 30, P["kx_hz"], "環中路怎麼塞成這樣？從凱旋路開始就完全不動，前面是發生什麼事", X, r=(30, 150))
    s.call("other", 33, P["hub"], "我要去轉運中心搭客運，環中路整個卡住，這樣會不會趕不上", X, alt=None, r=(400, 900))
    s.vd("SN-VD-HUANZHONG-01", 38, 18, 44, X, sev="Minor")
    s.call("other", 41, P["hub"], "公車都不來，我在轉運中心等了四十分鐘，是不是前面塞車？", X, alt=None, r=(20, 80))
    s.call("other", 43, P["t74_hz"], "台74下來環中路這邊塞到匝道上面了，警察可不可以來疏導", X, r=(50, 250))
    p2 = s.police("other", 47, zq, "事故車輛已移至路旁，內側車道恢復通行，車流仍回堵至凱旋路口。", "Moderate", X, follows=p1)
    s.call("other", 52, offset(zq, 1500, 60), "聽說環中路中清路口有車禍，是不是很嚴重？我老公騎機車都走那邊，電話一直打不通", X, alt=None, r=(0, 200))
    s.cleared("SN-VD-HUANZHONG-03", 58, "環中路車輛偵測器3 平均車速 31 km/h，車流恢復", X)
    s.cleared("SN-VD-ZHONGQING-01", 63, "中清路車輛偵測器1 平均車速 33 km/h，車流恢復", X)
    s.cleared("SN-VD-HUANZHONG-02", 74, "環中路車輛偵測器2 平均車速 29 km/h，車流恢復", X)
    s.cleared("SN-VD-HUANZHONG-01", 86, "環中路車輛偵測器1 平均車速 34 km/h，車流恢復", X)
    s.police("other", 80, zq, "事故處理完畢，現場清理完成，交通恢復。", "Minor", X, follows=p1)
    # stalled
    v_suff = s.cctv("SN-CCTV-006", "stalled_vehicle", 50, 0.79, truth=V)
    s.call("other", 53, P["jm_jm7"], "經貿路靠經貿七路有一台車停在外側車道閃雙黃燈，好像拋錨了，後面的車一直按喇叭", V, r=(30, 150))
    pv = s.police("stalled_vehicle", 57, P["jm_jm7"], "經貿路二段近經貿七路 自小客拋錨佔外側車道，已通知拖吊。", "Minor", V)
    s.call("other", 66, P["jm_jm7"], "經貿路那台拋錨的車還沒拖走，外側車道整個卡住，拖吊車什麼時候來", V, r=(30, 200))
    s.cctv("SN-CCTV-006", "stalled_vehicle", 71, 0.81, truth=V)
    s.police("other", 79, P["jm_jm7"], "拋錨車已拖離，外側車道恢復。", "Minor", V, follows=pv)
    # background
    s.vd("SN-VD-HUANZHONG-04", -5, 16, 48, None, sev="Minor")
    s.vd("SN-VD-HUANZHONG-04", 25, 14, 51, None)
    s.cleared("SN-VD-HUANZHONG-04", 70, "環中路車輛偵測器4 平均車速 30 km/h，車流恢復")
    bg = [
        (12, "other", P["tw_hz"], "每天這個時間臺灣大道環中路口都塞爆，號誌秒數可不可以調一下"),
        (36, "illegal_parking", offset(P["pk_jm6"], 80, 200), "經貿六停車場旁邊黃線一直有人並排停車"),
        (61, "noise", P["eco_b"], "隔壁工地晚上還在施工，很吵，可以來看一下嗎"),
        (69, "other", P["fcu"], "請問300路公車現在大概幾分鐘一班？"),
        (90, "streetlight", offset(P["jm_liming"], 90, 90), "黎明路三段有一盞路燈白天也亮著，燈號XT-0412"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.incident(X, "traffic", "環中路二段/中清路口汽機車碰撞，騎士骨折送醫，內側兩車道佔用約 45 分鐘，回堵約 1.5 km 至凱旋路、台74線口", x_suff)
    s.incident(V, "traffic", "經貿路二段近經貿七路自小客拋錨佔外側車道，拖離", v_suff)
    s.alternative(Q_WHY)
    return s


# ---------------------------------------------------------------------------
def s335():
    s = Situation(335, "smoke_seen_2km", "2026-12-10 19:40",
                  "乾冷冬夜。水湳水資源回收中心污泥處理棟起火，黑煙往北飄，2 km 外的黎明路、"
                  "中清路、逢甲、北屯都有民眾來電詢問。另：綠美圖火警總機 4 分鐘內兩次警報後"
                  "復歸（誤報）；中央公園有民眾烤肉煙大被檢舉（與火災無關）。")
    F, M = "fire_wrc", "alarm_museumbrary"
    w = P["wrc"]
    f_suff = s.sensor("SN-FA-008", "alarm", 0, F, "火警受信總機：第3區 污泥處理棟 2F 偵煙式探測器動作")
    s.sensor("SN-FA-008", "alarm", 1, F, "火警受信總機：第4區 污泥處理棟 3F 偵煙式探測器動作")
    s.call("fire_smoke", 2, offset(w, 2000, 335), "我在黎明路這邊往南看，那邊有一大片黑煙，好像在水湳那邊，是不是哪裡燒起來了", F, r=(0, 150))
    f1 = s.f119("fire", 3, w, "案類：火災｜地點：北屯區中平路 水湳水資源回收中心 污泥處理棟｜內容：廠區人員報案，建物冒濃煙｜派遣：北屯分隊、西屯分隊、特搜分隊 水箱車3 水庫車1 雲梯車1 救護車1", F)
    s.cctv("SN-CCTV-011", "smoke", 4, 0.64, truth=F)
    s.cctv("SN-CCTV-010", "smoke", 6, 0.52, truth=F)
    s.call("fire_smoke", 6, w, "中平路這邊那個污水廠在冒煙，煙很大，有聞到燒焦的味道", F, r=(150, 400))
    p1 = s.police("fire_report", 8, P["jm_zp"], "中平路經貿路口東北側 水資源回收中心冒濃煙，派員協助交通管制。", "Severe", F)
    s.call("other", 9, offset(w, 1800, 10), "中清路上看到南邊冒很大的煙，是工廠火災嗎？會不會燒過來", F, r=(0, 200))
    s.call("other", 11, offset(w, 1500, 300), "逢甲那邊都看得到煙，一直往北邊飄，那個煙有沒有毒？家裡有小孩有氣喘，窗戶要不要關", F, r=(0, 200))
    s.police("road_closure", 12, P["jm_zp"], "中平路（經貿路至崇德路段）東向管制，供消防車進出。", "Moderate", F, follows=p1)
    s.f119("fire", 15, w, "到場：污泥乾燥機起火，火勢侷限於設備區，無人受困，進行搶救。", F, follows=f1)
    s.call("other", 18, offset(w, 900, 30), "我們家這邊都是煙，好臭，像燒塑膠的味道，可不可以叫環保局來測", F, r=(0, 200))
    s.call("環境公害", 21, offset(w, 2100, 40), "北屯這邊有燒東西的臭味，是不是有人在燒垃圾", F, alt=None, r=(0, 200))
    s.call("other", 27, offset(w, 1200, 350), "請問冒煙的那邊是哪裡啊？消防車一直經過", F, r=(0, 150))
    s.f119("fire", 41, w, "控制：火勢撲滅，殘火處理中，排煙。", F, follows=f1)
    s.sensor("SN-FA-008", "normal", 56, F, "火警受信總機：全區復歸")
    s.police("other", 58, P["jm_zp"], "中平路管制解除。", "Minor", F, follows=p1)
    kc = s.f119("fire", 62, w, "結案：燒損污泥乾燥機1台，無人傷亡，原因調查中。", F, follows=f1)
    s.dup(kc, 300)
    s.call("other", 71, offset(w, 700, 20), "剛剛那個煙是什麼？現在外面還有味道，明天可以晾衣服嗎", F, r=(0, 200))
    # museumbrary false alarm burst
    m_suff = s.sensor("SN-FA-004", "alarm", 25, M, "火警受信總機：第12區 B1 機房 偵熱式探測器動作")
    s.sensor("SN-FA-004", "alarm", 26, M, "火警受信總機：第12區 B1 機房 偵熱式探測器動作（再次）")
    s.sensor("SN-FA-004", "fault", 27, M, "火警受信總機：第12區 迴路異常")
    s.call("other", 27, P["museumbrary"], "綠美圖裡面警鈴一直響，廣播叫大家往外走，是失火嗎？", M, r=(20, 80))
    s.sensor("SN-FA-004", "normal", 29, M, "火警受信總機：全區復歸")
    # BBQ smoke (background)
    s.call("other", 30, P["park_mid"], "中央公園草地那邊有人在烤肉，煙很大很嗆，公園可以烤肉嗎？", None, r=(30, 150))
    bg = [
        (14, "streetlight", offset(P["jm_liming"], 100, 180), "經貿路二段有兩盞路燈沒亮"),
        (35, "illegal_parking", offset(P["ticec_b"], 100, 80), "會展中心對面有車停在公車站"),
        (48, "noise", P["eco_a"], "樓下店家音樂開很大聲"),
        (66, "other", P["hub"], "請問轉運中心晚上最後一班往台北的車是幾點"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.vd("SN-VD-ZHONGQING-02", 2, 18, 40, None, sev="Minor")
    s.cleared("SN-VD-ZHONGQING-02", 20, "中清路車輛偵測器2 平均車速 35 km/h，車流恢復")
    s.incident(F, "fire", "水湳水資源回收中心污泥處理棟污泥乾燥機火災，濃煙往北飄，2 km 外民眾來電；中平路管制，約 1 小時結案", f_suff)
    s.incident(M, "fire", "綠美圖火警總機 B1 機房 4 分鐘內兩次警報、迴路異常後復歸，需確認是否誤報", m_suff)
    s.alternative(Q_WHY + " It also reads the 綠美圖 panel burst (alarm, fault, reset within 4 "
                  "minutes, no 119, only a visitor who heard the bell) as a panel fault for maintenance, not an incident.",
                  drop=[M])
    for it in s.items:
        if it.get("truth") == M:
            it["truth_alt"] = None
    return s


# ---------------------------------------------------------------------------
def s336():
    s = Situation(336, "typhoon_underpass_4h", "2026-07-08 20:00",
                  "颱風夜。中清環中路口地下道淹水約 4 小時（最深約 70 cm），自小客熄火受困、"
                  "地下道封閉，中清路與環中路車流回堵；路口號誌控制箱進水故障。約 1.2 km 外黎明"
                  "路凱旋路口低窪處另一處淹水。中央公園滯洪池 1 水深上升（滯洪池本來就在蓄水）。"
                  "大量 1999 詢問地下道何時開放、公車是否改道。")
    U, L = "flood_underpass_zq", "flood_liming"
    u = P["zq_hz_underpass"]
    lk = P["liming_kaixuan_low"]
    s.rain("SN-RG-002", 2, "豪雨", 72, 214)
    s.rain("C0F9T0", 20, "豪雨", 58, 230)
    k = s.rain("SN-RG-001", 64, "大豪雨", 81, 356)
    s.dup(k, 25)
    for t, cm in [(15, 8), (30, 24), (45, 41), (60, 58), (80, 66), (110, 70), (140, 62),
                  (170, 50), (200, 35), (225, 22), (245, 10)]:
        kk = s.flood("SN-FL-006", t, cm, U)
        if t == 60:
            s.dup(kk, 130)
    s.cleared("SN-FL-006", 262, "中清環中路口地下道 淹水深度 0 cm，警戒解除", U)
    u_suff = s.cctv("SN-CCTV-008", "flooding", 34, 0.90, truth=U)
    s.call("flooding", 37, u, "中清路地下道淹起來了，水很深，還有車子一直往下開", U, r=(50, 200))
    pu = s.police("road_closure", 42, u, "中清路環中路口地下道積水約40公分，雙向封閉，車輛改由平面道路通行。", "Severe", U)
    f1 = s.f119("rescue", 50, u, "案類：救助｜地點：北屯區中清路/環中路口地下道｜內容：自小客熄火受困，駕駛1人在車內｜派遣：北屯分隊 救助車1、橡皮艇1", U)
    s.cctv("SN-CCTV-008", "stalled_vehicle", 52, 0.74, truth=U)
    s.call("other", 53, u, "地下道裡面有一台車卡住了，水淹到車窗，裡面好像還有人", U, r=(30, 120))
    s.vd("SN-VD-ZHONGQING-01", 55, 9, 71, U)
    s.f119("rescue", 63, u, "到場：駕駛1人已救出，無明顯外傷，車輛留置地下道內。", U, follows=f1)
    s.vd("SN-VD-HUANZHONG-03", 60, 12, 63, U)
    s.call("other", 66, offset(u, 2200, 340), "我從大雅要回市區，中清路是不是封了？要怎麼走比較快", U, alt=None, r=(0, 300))
    s.call("other", 74, u, "導航叫我走地下道，現在到底能不能過？", U, alt=None, r=(200, 600))
    s.vd("SN-VD-HUANZHONG-02", 76, 14, 58, U)
    s.call("other", 88, P["hub"], "公車是不是不會經過中清路了？我在轉運中心等了很久", U, alt=None, r=(20, 100))
    s.call("other", 96, u, "那個地下道的抽水站到底有沒有在運轉？每次颱風都淹，年年都這樣", U, r=(100, 400))
    sg = s.sensor("SN-SIG-008", "fault", 101, U, "號誌控制器回報：控制箱異常，燈態黃閃", alt="signal_zq")
    s.call("other", 104, u, "中清環中路口紅綠燈一直閃黃燈，車子都亂搶，很危險", U, r=(50, 200), alt="signal_zq")
    s.police("other", 107, u, "中清環中路口號誌故障（控制箱進水），派員指揮交通，已通報交通局。", "Moderate", U, follows=pu, alt="signal_zq")
    s.police("other", 150, u, "水利局移動式抽水機2部於地下道口抽排，水位緩降。", "Minor", U, follows=pu)
    s.call("other", 168, u, "地下道的水退了嗎？我家就在旁邊，一樓的水還沒退", U, r=(100, 300))
    s.call("other", 232, u, "請問中清路地下道什麼時候會開？我已經在外面等兩個多小時了", U, alt=None, r=(300, 900))
    s.police("other", 268, u, "地下道積水排除、泥沙清理完畢，恢復通行。", "Minor", U, follows=pu)
    s.sensor("SN-SIG-008", "restored", 212, U, "號誌控制器回報：恢復正常運轉", alt="signal_zq")
    s.cleared("SN-VD-ZHONGQING-01", 275, "中清路車輛偵測器1 平均車速 32 km/h，車流恢復", U)
    # flood L
    for t, cm in [(70, 18), (90, 27), (110, 33), (140, 24), (170, 11)]:
        kl = s.flood("SN-FL-009", t, cm, L)
        if t == 90:
            s.late(kl, 2400)   # gateway backlog: arrives 40 min late, after the 110-min reading
    s.cleared("SN-FL-009", 186, "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除", L)
    l_suff = s.call("flooding", 86, lk, "黎明路凱旋路口這邊淹水，水到小腿，機車騎不過去", L, r=(40, 200))
    s.cctv("SN-CCTV-007", "flooding", 95, 0.70, truth=L)
    pl = s.police("flooding_report", 99, lk, "黎明路三段與凱旋路口積水約30公分，派員警戒，外側車道封閉。", "Moderate", L)
    s.call("other", 113, lk, "黎明路那邊淹水有沒有人在處理？我們騎車都要繞好遠", L, r=(200, 600))
    s.call("flooding", 124, lk, "凱旋路往黎明路這邊排水孔被樹葉塞住了，水一直退不掉", L, r=(50, 150))
    s.police("other", 178, lk, "黎明路凱旋路口積水消退，恢復通行。", "Minor", L, follows=pl)
    # ponds (background: filling as designed)
    for t, cm in [(58, 22), (96, 38), (150, 44)]:
        s.flood("SN-FL-001", t, cm, None, alt="pond_1")
    bg = [
        (8, "other", P["eco_a"], "請問明天有沒有停班停課？"),
        (26, "other", P["fcu"], "宿舍外面風很大，明天早上的課會不會停"),
        (47, "other", P["eco_b"], "停電了，請問台電電話都打不進去，你們可以幫忙問嗎"),
        (81, "other", P["museumbrary"], "綠美圖明天有開嗎？"),
        (129, "other", P["park_mid"], "中央公園那個滯洪池水好滿，會不會淹出來到我們家"),
        (190, "other", P["hub"], "客運明天早上第一班幾點會恢復？"),
        (250, "other", P["eco_a"], "請問垃圾車明天會照常來嗎"),
    ]
    for t, cat, near, text in bg:
        s.call(cat, t, near, text, None, r=(30, 300))
    s.incident(U, "flood", "中清環中路口地下道淹水約 4 小時（最深約 70 cm），車輛受困救出，地下道封閉，中清路、環中路回堵，號誌控制箱進水", u_suff)
    s.incident(L, "flood", "黎明路凱旋路口低窪處淹水（最深約 33 cm），外側車道封閉", l_suff)
    s.alternative(Q_WHY + " It also splits the flooded signal controller at 中清環中路口 into its "
                  "own job for the signal contractor, and reads the detention pond 1 depth above "
                  "30 cm as a watch incident of its own.",
                  add=[("signal_zq", "traffic", "中清環中路口號誌控制箱進水故障（黃閃）", sg),
                       ("pond_1", "flood", "中央公園滯洪池 1 水深超過 30 cm（監看）",
                        [i["key"] for i in s.items if i.get("truth_alt") == "pond_1"][1])])
    return s


if __name__ == "__main__":
    for fn in (s331, s332, s333, s334, s335, s336):
        sit = fn()
        n = sit.write()
        print(sit.num, sit.name, len(sit.incidents), n)
