"""Situations 517-522: the typhoon night and the day after, 21:30 on 2016-09-27 to 14:00 on 2016-09-28 (local)."""
from lib import Sit, same_incidents


def s517():
    s = Sit(517, "late_night_119_rescues",
            "深夜（21:30-23:30）：119 連續受理受困救援——河南路低窪處車輛受困水中、中平路路樹砸中機車騎士、"
            "生態住宅A區地下室進水住戶受困；另有兩件居家救護與一件區外救助，屬消防例行勤務。",
            notes="居家救護（身體不適、跌倒）主讀法為背景：消防自行處理，不需中心協調；替代讀法各列一件救護事件。")
    A = "A_henan_car_trapped"
    s.rule("heavy_rain", "C0F9T0", "27 21:35", "西屯站 24 小時累積 402 mm，達大豪雨標準", level="大豪雨")
    s.rule("flood_depth", "SN-FL-007", "27 21:40", "河南路低窪處 淹水深度 26 cm", level="16-30", truth=A)
    ar = s.fire119("rescue", "henan_low", "27 21:52", "河南路低窪處 車輛受困積水，車內2人", truth=A)
    a = s.citizen("flooding", "henan_low", "27 21:50", "河南路有車子被水困住，裡面有人在叫，快點", truth=A, r=(40, 150), delay=50)
    s.rule("flood_depth", "SN-FL-007", "27 21:55", "河南路低窪處 淹水深度 39 cm", level=">30", truth=A)
    s.police("flooding_report", "Severe", "henan_low", "27 22:02", "河南路低窪處積水約45公分，車輛受困，封閉路段", truth=A)
    s.fire119("rescue", "henan_low", "27 22:20", "2人已救出，無傷", truth=A, key=ar + "#on_scene", follows=ar, r=(5, 30))
    s.rule("congestion", "SN-VD-HENAN-02", "27 22:10", "河南路車輛偵測器2 平均車速 9 km/h，壅塞", truth=A)
    # B: tree fell on a scooter rider on Zhongping Rd near Jingmao Rd
    B = "B_tree_hits_rider"
    b = s.fire119("rescue", "jingmao_zhongping", "27 22:15", "中平路近經貿路口 路樹倒塌壓到機車騎士，1人受困", truth=B,
                  r=(80, 150))
    s.police("injury_accident", "Severe", "jingmao_zhongping", "27 22:19", "中平路 路樹倒塌砸中機車，騎士受傷受困，封閉車道",
             truth=B, r=(80, 150))
    s.citizen("fallen_tree", "jingmao_zhongping", "27 22:16", "中平路樹倒下來壓到一個騎機車的人！", truth=B, r=(80, 220))
    s.device("cctv", "fallen_object", "SN-CCTV-011", "27 22:17", "路口西側大型掉落物", truth=B, confidence=0.66,
             pos=s.near("jingmao_zhongping", 70, 120))
    s.fire119("ambulance", "jingmao_zhongping", "27 22:38", "騎士已脫困，右腿骨折送中國醫大", truth=B, r=(80, 150))
    s.police("fallen_object", "Moderate", "jingmao_zhongping", "27 23:15", "中平路倒樹待建設局明早清除，已設警示錐", truth=B,
             r=(80, 150))
    # D: basement water, resident trapped, eco-residential A
    D = "D_basement_eco_a"
    d = s.fire119("rescue", "eco_a", "27 22:40", "水湳生態住宅A區 地下室進水，住戶下去移車受困", truth=D, r=(5, 30))
    s.citizen("flooding", "eco_a", "27 22:36", "我們A區地下室一直進水，有人下去牽車還沒上來", truth=D, r=(10, 60))
    s.device("fire_alarm", "fault", "SN-FA-011", "27 22:44", "B1 泵浦室 水位異常", truth=D)
    s.fire119("rescue", "eco_a", "27 23:05", "受困者已救出，協助抽水", truth=D, key=d + "#on_scene", follows=d, r=(5, 30))
    # routine ambulance runs (background under the main reading)
    e1 = s.fire119("ambulance", "cmu", "27 22:05", "中國醫藥大學水湳校區宿舍 學生呼吸困難", truth=None, alt="X_ems_dorm", r=(20, 80))
    e2 = s.fire119("ambulance", "pop_music", "27 23:10", "老人在家跌倒，頭部流血", truth=None, alt="X_ems_fall", r=(200, 400))
    s.fire119("rescue", "beitun_far", "27 22:30", "北屯區 旱溪旁 民眾受困車內", r=(100, 400))
    # background
    s.citizen("other", "eco_b", "27 21:45", "我家樓上一直漏水下來，管委會說要找你們", r=(20, 100))
    s.rule("heavy_rain", "SN-RG-003", "27 22:00", "北屯雨量站 24 小時累積 371 mm，達大豪雨標準", level="大豪雨")
    s.citizen("other", "taiping", "27 22:25", "請問明天還有放颱風假嗎", r=(100, 800))
    s.rule("water_level", "SN-WL-005", "27 22:50", "旱溪北屯水位 2.04 m，達三級警戒", level="3")
    s.status("SN-PK-003", "offline", "27 23:20", "離線 reason=comms_lost")
    s.inc(A, "flood", "河南路低窪處淹水逾30公分，車輛受困2人救出", a)
    s.inc(B, "rescue", "中平路近經貿路口路樹倒塌砸中機車騎士，受困送醫、車道封閉", b)
    s.inc(D, "flood", "生態住宅A區地下室進水，住戶移車受困救出、協助抽水", d)
    s.alternative("把每一件 119 出勤都當成一件事件：兩件居家救護各自成案。",
                  same_incidents(s, add=[
                      {"label": "X_ems_dorm", "type": "rescue", "description": "校區宿舍學生呼吸困難救護",
                       "sufficient_evidence_key": e1},
                      {"label": "X_ems_fall", "type": "rescue", "description": "老人居家跌倒救護",
                       "sufficient_evidence_key": e2}]))
    s.write()


def s518():
    s = Sit(518, "storm_peak_rain_everywhere_ponds_drainage_blind_gateway",
            "暴風雨最強時（23:30-02:00）：四個雨量站全部達大豪雨以上且一再告警；中央公園滯洪池滿到溢流；"
            "經貿路區域排水升到一級警戒並溢上經貿路低窪處；北區感測閘道斷電，一批淹水與雨量感測器同時失聯。",
            notes="閘道斷線主讀法列為一件設施事件（颱風夜失去淹水監測點要派人巡查）；替代讀法視為設備維修單，背景。")
    for when, sid, name, lvl, mm in [("27 23:35", "C0F9T0", "西屯站", "大豪雨", 418), ("27 23:40", "SN-RG-001", "中央公園雨量站", "大豪雨", 431),
                                     ("27 23:45", "SN-RG-002", "水湳轉運中心雨量站", "大豪雨", 409), ("27 23:50", "SN-RG-003", "北屯雨量站", "大豪雨", 388),
                                     ("28 00:35", "C0F9T0", "西屯站", "超大豪雨", 506), ("28 00:45", "SN-RG-001", "中央公園雨量站", "超大豪雨", 521),
                                     ("28 01:20", "SN-RG-003", "北屯雨量站", "大豪雨", 463), ("28 01:35", "C0F9T0", "西屯站", "超大豪雨", 538)]:
        s.rule("heavy_rain", sid, when, f"{name} 24 小時累積 {mm} mm，達{lvl}標準", level=lvl)
    E = "E_park_ponds_overflow"
    e = s.rule("water_level", "SN-WL-001", "27 23:55", "中央公園北滯洪池水位 2.61 m，達二級警戒", level="2", truth=E)
    s.rule("flood_depth", "SN-FL-001", "28 00:00", "中央公園滯洪池1 淹水深度 48 cm", level=">30", truth=E)
    s.rule("flood_depth", "SN-FL-002", "28 00:04", "中央公園滯洪池2 淹水深度 44 cm", level=">30", truth=E)
    s.rule("flood_depth", "SN-FL-003", "28 00:06", "中央公園滯洪池3 淹水深度 51 cm", level=">30", truth=E)
    s.rule("flood_depth", "SN-FL-004", "28 00:10", "中央公園滯洪池4 淹水深度 39 cm", level=">30", truth=E)
    s.rule("water_level", "SN-WL-002", "28 00:12", "中央公園南滯洪池水位 2.58 m，達二級警戒", level="2", truth=E)
    s.rule("water_level", "SN-WL-001", "28 00:30", "中央公園北滯洪池水位 3.04 m，達一級警戒", level="1", truth=E)
    s.citizen("flooding", "park_mid", "28 00:38", "中央公園滯洪池的水滿出來了，淹到旁邊的步道跟路邊", truth=E, r=(100, 350))
    s.police("flooding_report", "Severe", "pond_n", "28 00:50", "中央公園北滯洪池溢流至園道，已拉封鎖線", truth=E, r=(60, 160))
    s.rule("flood_depth", "SN-FL-005", "28 00:55", "中央公園滯洪池5 淹水深度 36 cm", level=">30", truth=E)
    s.rule("water_level", "SN-WL-002", "28 01:10", "中央公園南滯洪池水位 3.02 m，達一級警戒", level="1", truth=E)
    s.citizen("flooding", "park_carpark", "28 01:15", "公園地下停車場入口在進水，水從滯洪池那邊流過來", truth=E, r=(20, 80))
    # B: drainage channel on Jingmao Rd overtopping at the low point
    B = "B_jingmao_drainage"
    b = s.rule("water_level", "SN-WL-003", "27 23:58", "水湳區域排水經貿路水位 2.57 m，達二級警戒", level="2", truth=B)
    s.rule("flood_depth", "SN-FL-008", "28 00:15", "經貿路低窪處 淹水深度 21 cm", level="16-30", truth=B)
    s.rule("water_level", "SN-WL-003", "28 00:40", "水湳區域排水經貿路水位 3.06 m，達一級警戒", level="1", truth=B)
    s.rule("flood_depth", "SN-FL-008", "28 00:48", "經貿路低窪處 淹水深度 41 cm", level=">30", truth=B)
    s.citizen("flooding", "eco_b", "28 00:52", "排水溝整個滿出來，經貿路變成一條河，車子都開不過去", truth=B, r=(60, 220))
    s.police("road_closure", "Severe", "jingmao_low", "28 01:02", "經貿路（中平路至生態住宅路段）積水封閉", truth=B)
    s.citizen("flooding", "eco_b", "28 01:25", "一點前打過了，水淹到一樓門口了，有沒有抽水機", truth=B, r=(40, 150))
    # G: northern gateway lost power; several devices silent at once
    G = "G_gateway_north"
    s.status("SN-FL-006", "offline", "28 00:41:05", "離線 reason=comms_lost", truth=G, alt=None)
    s.status("SN-FL-009", "offline", "28 00:41:07", "離線 reason=comms_lost", truth=G, alt=None)
    g = s.status("SN-RG-002", "offline", "28 00:41:10", "離線 reason=comms_lost", truth=G, alt=None)
    s.status("SN-VD-KAIXUAN-01", "offline", "28 00:41:12", "離線 reason=comms_lost", truth=G, alt=None)
    s.rule("sensor_offline", "SN-FL-006", "28 00:52", "中清環中路口地下道淹水感測器 逾 10 分鐘未回傳", truth=G, alt=None)
    s.rule("sensor_offline", "SN-FL-009", "28 00:52", "黎明路凱旋路口低窪處淹水感測器 逾 10 分鐘未回傳", truth=G, alt=None)
    s.rule("sensor_offline", "SN-RG-002", "28 00:53", "水湳轉運中心雨量站 逾 10 分鐘未回傳", truth=G, alt=None)
    # background
    s.rule("water_level", "SN-WL-004", "28 00:20", "筏子溪西屯水位 2.11 m，達三級警戒", level="3")
    s.rule("water_level", "SN-WL-005", "28 00:25", "旱溪北屯水位 2.18 m，達三級警戒", level="3")
    s.citizen("other", "eco_a", "27 23:40", "明天（28號）還有停班停課嗎？", r=(50, 300))
    s.citizen("flooding", "wuri", "28 00:10", "烏日溪南路淹水，淹到大腿了", r=(200, 800))
    s.citizen("streetlight", "kaixuan_south", "28 01:30", "凱旋路一支路燈一直閃", r=(50, 200))
    s.status("SN-PK-006", "offline", "28 01:40", "離線 reason=comms_lost")
    s.status("SN-PK-006", "online", "28 01:44", "連線")
    s.inc(E, "flood", "中央公園滯洪池全數蓄滿、北池與南池達一級警戒並溢流至園道與停車場入口", e)
    s.inc(B, "flood", "水湳區域排水經貿路段達一級警戒，溢流淹經貿路低窪處逾30公分，路段封閉", b)
    s.inc(G, "infrastructure", "北區感測閘道斷電，淹水、雨量、車輛偵測器同時失聯（颱風夜失去兩個淹水監測點，需派員巡查）", g)
    s.alternative("設備離線只是維修單，不是需要中心派遣的事件；閘道失聯的項目都是背景。", same_incidents(s, drop=(G,)))
    s.write()


def s519():
    s = Sit(519, "small_hours_underpass_pumping_and_tree_crash",
            "凌晨（02:00-04:00）：臺灣大道環中路口地下道積水兩小時，封閉抽水，中間一小時沒有新訊息，04:00 前解除；"
            "地下道北側 200 公尺環中路上路樹倒塌，03:10 一部轎車撞上倒樹；監視器時鐘慢了 7 分鐘；"
            "同一人三度檢舉鐵捲門噪音為背景。",
            notes="SN-CCTV-009 的 observed 比實際慢約 7 分鐘（設備時鐘偏差）。")
    U = "A_twblvd_underpass"
    s.rule("flood_depth", "SN-FL-010", "28 02:02", "臺灣大道環中路口地下道 淹水深度 28 cm", level="16-30", truth=U)
    u = s.rule("flood_depth", "SN-FL-010", "28 02:14", "臺灣大道環中路口地下道 淹水深度 47 cm", level=">30", truth=U)
    p = s.police("road_closure", "Severe", "twblvd_underpass", "28 02:20", "臺灣大道環中路口地下道積水，雙向封閉", truth=U)
    s.device("cctv", "flooding", "SN-CCTV-009", "28 02:24", "地下道入口積水", truth=U, confidence=0.86,
             pos=s.near("twblvd_underpass", 20, 60), observed_override="28 02:17")
    s.citizen("flooding", "twblvd_underpass", "28 02:30", "臺灣大道地下道又淹了，早上不是才淹過", truth=U, r=(80, 300))
    s.police("road_closure", "Severe", "twblvd_underpass", "28 02:38", "水利局移動式抽水機到場抽水中，持續封閉", truth=U, follows=p)
    s.rule("flood_depth", "SN-FL-010", "28 03:41", "臺灣大道環中路口地下道 淹水深度 12 cm", level="1-15", truth=U)
    s.police("road_closure", "Minor", "twblvd_underpass", "28 03:48", "地下道積水已退，清除淤泥後開放", truth=U, follows=p)
    s.rule("cleared", "SN-FL-010", "28 03:55", "臺灣大道環中路口地下道 淹水警戒解除", truth=U, severity="Minor")
    s.dup(u, 180)
    # T: tree across Huanzhong Rd north of the underpass; a car hits it
    T = "T_tree_huanzhong"
    t1 = s.police("fallen_object", "Severe", (120.6338, 24.1778), "28 02:31", "環中路（臺灣大道口北側）路樹倒塌橫躺三車道", truth=T,
                  r=(10, 40))
    s.device("cctv", "fallen_object", "SN-CCTV-009", "28 02:35", "路口北側車道大型掉落物", truth=T, confidence=0.71,
             pos=s.near((120.6338, 24.1778), 10, 40), observed_override="28 02:28")
    s.citizen("fallen_tree", (120.6338, 24.1778), "28 02:33", "環中路有樹倒在路中間，整個擋住", truth=T, r=(40, 180))
    s.rule("congestion", "SN-VD-HUANZHONG-04", "28 02:50", "環中路車輛偵測器4 平均車速 15 km/h，壅塞", truth=T, alt=None)
    c1 = s.police("accident", "Moderate", (120.6338, 24.1778), "28 03:10", "環中路 轎車撞上倒塌路樹，駕駛輕傷", truth=T,
                  alt="C_car_into_tree", r=(10, 50))
    s.fire119("ambulance", (120.6338, 24.1778), "28 03:11", "環中路 自撞路樹 駕駛1人 胸口疼痛", truth=T, alt="C_car_into_tree",
              r=(10, 50))
    s.device("cctv", "accident", "SN-CCTV-009", "28 03:12", "路口北側車輛碰撞", truth=T, alt="C_car_into_tree", confidence=0.64,
             pos=s.near((120.6338, 24.1778), 10, 40), observed_override="28 03:05")
    s.police("fallen_object", "Moderate", (120.6338, 24.1778), "28 03:52", "倒樹已鋸開移至路側，開放一線車道", truth=T, follows=t1,
             r=(10, 40))
    s.dup(c1, 240)
    # background
    s.rule("heavy_rain", "SN-RG-001", "28 02:05", "中央公園雨量站 24 小時累積 548 mm，達超大豪雨標準", level="超大豪雨")
    n1 = s.citizen("noise", "eco_b", "28 02:10", "隔壁鐵捲門被風吹得一直碰碰碰，整晚沒辦法睡", r=(20, 80))
    s.citizen("noise", "eco_b", "28 02:45", "剛剛反映過鐵捲門的聲音，還是很吵", follows=n1, r=(20, 80))
    s.citizen("noise", "eco_b", "28 03:30", "第三次打了，到底有沒有人要處理鐵捲門", follows=n1, r=(20, 80))
    s.rule("heavy_rain", "C0F9T0", "28 02:40", "西屯站 24 小時累積 551 mm，達超大豪雨標準", level="超大豪雨")
    s.citizen("other", "nantun", "28 03:00", "南屯我家後面山坡好像有土在滑，要找誰", r=(200, 800))
    s.status("SN-WL-004", "offline", "28 03:20", "離線 reason=battery_low")
    s.status("SN-WL-004", "online", "28 03:26", "連線")
    s.inc(U, "flood", "臺灣大道環中路口地下道積水逾30公分約兩小時，封閉抽水後開放", u)
    s.inc(T, "traffic", "環中路（臺灣大道口北側）路樹倒塌橫躺車道，一部轎車撞上（駕駛輕傷），鋸樹後開放一線", t1)
    s.alternative("轎車撞樹是一件獨立的交通事故（警方事故處理、救護），與倒樹清除分開。",
                  same_incidents(s, add=[{"label": "C_car_into_tree", "type": "traffic",
                                          "description": "轎車撞上倒塌路樹，駕駛輕傷", "sufficient_evidence_key": c1}]))
    s.write()


def s520():
    s = Sit(520, "dawn_aftermath_trees_signal_water",
            "清晨（04:00-07:00）：風雨漸歇，凱旋路倒樹擋路、民眾一再來電催；中央公園步道倒樹；黎明路凱旋路口號誌閃爍故障；"
            "生態住宅區因加壓馬達停電停水。停班停課詢問、區外來電、設備抖動為背景。",
            notes="公園步道倒樹不影響車流，主讀法仍列為建設局要派工的事件；替代讀法視為例行養護（背景）。")
    K = "A_tree_kaixuan"
    k1 = s.citizen("fallen_tree", "kaixuan_mid", "28 04:20", "凱旋路有兩棵樹倒在路上，車子只能走一邊", truth=K, r=(30, 120))
    k2 = s.citizen("fallen_tree", "kaixuan_mid", "28 05:05", "凱旋路倒樹擋住，天快亮了會有很多車", truth=K, r=(50, 200))
    k = s.police("fallen_object", "Moderate", "kaixuan_mid", "28 05:20", "凱旋路 路樹倒塌占用兩車道，設置警示，待建設局清除", truth=K)
    s.rule("congestion", "SN-VD-KAIXUAN-02", "28 05:40", "凱旋路車輛偵測器2 平均車速 14 km/h，壅塞", truth=K)
    s.citizen("fallen_tree", "kaixuan_mid", "28 05:50", "四點多就打了，樹還是倒在那邊，沒有人來", truth=K, follows=k1, r=(30, 120))
    s.citizen("fallen_tree", "kaixuan_mid", "28 06:40", "凱旋路樹到底什麼時候要清？我要出門上班", truth=K, follows=k1, r=(30, 120))
    s.police("fallen_object", "Minor", "kaixuan_mid", "28 06:55", "建設局到場清除中，單線通行", truth=K, follows=k)
    # P: tree across a footpath in Central Park
    PT = "B_tree_park_path"
    p1 = s.citizen("fallen_tree", "park_mid", "28 05:30", "中央公園裡面步道有一棵樹倒下來，早上運動的人過不去", truth=PT, alt=None,
                   r=(50, 200))
    p2 = s.citizen("公園路樹", "park_mid", "28 06:15", "公園步道倒樹，還有很多樹枝，很危險", truth=PT, alt=None, r=(50, 250))
    # S: signal flashing at Liming / Kaixuan
    SG = "C_signal_liming_kaixuan"
    sg = s.device("signal", "fault", "SN-SIG-007", "28 04:48", "號誌閃爍異常", truth=SG)
    s.citizen("traffic_signal", "liming_kaixuan", "28 05:10", "黎明路凱旋路口紅綠燈一直閃黃燈", truth=SG, r=(20, 100))
    s.device("cctv", "signal_dark", "SN-CCTV-007", "28 05:12", "號誌異常", truth=SG, confidence=0.6)
    s.device("signal", "restored", "SN-SIG-007", "28 06:10", "恢復正常", truth=SG)
    # W: water outage at the eco-residential blocks
    W = "D_water_outage_eco"
    w1 = s.citizen("water_outage", "eco_a", "28 05:45", "A區整棟都沒有水了，是不是停水", truth=W, r=(10, 60))
    w2 = s.citizen("water_outage", "eco_b", "28 06:05", "B區沒水，水龍頭打開都沒有，也沒看到停水公告", truth=W, r=(10, 60))
    s.device("fire_alarm", "fault", "SN-FA-012", "28 05:50", "消防加壓泵浦 電源異常", truth=W)
    s.citizen("water_outage", "eco_a", "28 06:35", "又打來問，水什麼時候會來，小孩要上學", truth=W, follows=w1, r=(10, 60))
    # background
    s.rule("heavy_rain", "SN-RG-003", "28 04:10", "北屯雨量站 24 小時累積 496 mm，達大豪雨標準", level="大豪雨")
    s.citizen("other", "cmu", "28 04:30", "今天到底要不要上班上課", r=(50, 300))
    s.citizen("fallen_tree", "fengyuan", "28 05:00", "豐原中正路樹倒了", r=(200, 800))
    s.status("SN-VD-HENAN-01", "offline", "28 05:15", "離線 reason=comms_lost")
    s.status("SN-VD-HENAN-01", "online", "28 05:18", "連線")
    s.citizen("streetlight", "henan_low", "28 05:25", "河南路一盞路燈不亮", r=(50, 250))
    s.citizen("環境清潔", "zhongping_mid", "28 06:20", "中平路人行道都是落葉跟樹枝，請派人來掃", r=(50, 250))
    s.rule("congestion", "SN-VD-HUANZHONG-02", "28 06:45", "環中路車輛偵測器2 平均車速 18 km/h，壅塞")
    s.inc(K, "traffic", "凱旋路兩棵路樹倒塌占用兩車道，民眾多次催辦，建設局清除", k2)
    s.inc(PT, "infrastructure", "中央公園步道路樹倒塌阻斷步道", p2)
    s.inc(SG, "traffic", "黎明路三段/凱旋路口號誌閃爍故障，06:10 恢復", sg)
    s.inc(W, "infrastructure", "生態住宅A、B區加壓馬達停電造成停水", w2)
    s.alternative("公園內步道倒樹不影響道路，屬公園例行養護，非中心事件。", same_incidents(s, drop=(PT,)))
    s.write()


def s521():
    s = Sit(521, "morning_after_permits_collapse_stalled_car",
            "颱風隔天早上（07:00-10:00）：中科路緊急移樹施工（有核准）、會展活動取消；河南路路面坍陷；環中路/經貿路口泡水車拋錨；"
            "黎明路昨晚的倒樹仍未清、民眾再來電；上班尖峰壅塞為背景。")
    pk = s.permit("PRM-1050928-0031", "road_works", "zhongke_mid", "28 08:00", "28 12:00", -3600,
                  "中科路 颱風倒樹緊急移除工程，封閉外側車道")
    s.permit("PRM-1050915-0007", "exhibition", "expo_a", "28 09:00", "28 18:00", -7000,
             "會展中心 秋季家具展 因颱風取消（28日）")
    s.rule("congestion", "SN-VD-ZHONGKE-01", "28 08:20", "中科路車輛偵測器1 平均車速 13 km/h，壅塞")
    s.citizen("other", "zhongke_mid", "28 08:35", "中科路怎麼封起來了？在施工嗎", r=(50, 200))
    # A: road collapse on Henan Rd
    A = "A_henan_collapse"
    a1 = s.citizen("road_damage", "henan_low", "28 07:20", "河南路路面坍了一個大洞，大概一公尺寬，機車差點掉進去", truth=A, r=(30, 120))
    a = s.police("road_collapse", "Severe", "henan_low", "28 07:32", "河南路 路面坍陷約1公尺，已圍設三角錐，通報建設局", truth=A)
    s.rule("congestion", "SN-VD-HENAN-02", "28 07:50", "河南路車輛偵測器2 平均車速 11 km/h，壅塞", truth=A, alt=None)
    s.citizen("road_damage", "henan_low", "28 08:10", "河南路那個坑洞越來越大，有人圍了但晚上會看不到", truth=A, r=(40, 160))
    s.police("road_collapse", "Moderate", "henan_low", "28 09:30", "建設局到場鋪設鋼板，恢復通行", truth=A, follows=a)
    # B: flood-damaged car stalled at Huanzhong / Jingmao
    B = "B_stalled_huanzhong"
    b1 = s.device("cctv", "stalled_vehicle", "SN-CCTV-004", "28 07:42", "路口內車輛停滯", truth=B, confidence=0.83,
                  pos=s.near("jingmao_huanzhong", 10, 40))
    b = s.police("stalled_vehicle", "Moderate", "jingmao_huanzhong", "28 07:48", "環中路二段/經貿路口 泡水車熄火停在路口內車道", truth=B)
    s.rule("congestion", "SN-VD-HUANZHONG-03", "28 07:55", "環中路車輛偵測器3 平均車速 9 km/h，壅塞", truth=B, alt=None)
    s.police("stalled_vehicle", "Minor", "jingmao_huanzhong", "28 08:25", "拖吊完成", truth=B, follows=b)
    # C: last night's tree on Liming Rd still there
    C = "C_old_tree_liming"
    c1 = s.citizen("fallen_tree", "liming_west", "28 07:10", "黎明路昨晚倒的樹到現在還擋在路上，昨天晚上就打過了", truth=C, r=(30, 120))
    c2 = s.citizen("fallen_tree", "liming_west", "28 07:40", "黎明路上有樹倒在內側車道，早上車很多很危險", truth=C, r=(40, 200))
    c = s.police("fallen_object", "Moderate", "liming_west", "28 07:58", "黎明路三段 倒樹占用內側車道，請建設局儘速處理", truth=C)
    s.citizen("fallen_tree", "liming_west", "28 09:05", "黎明路的樹還沒有人來處理", truth=C, follows=c1, r=(30, 120))
    # background
    s.rule("congestion", "SN-VD-HUANZHONG-02", "28 07:35", "環中路車輛偵測器2 平均車速 16 km/h，壅塞")
    s.rule("congestion", "SN-VD-ZHONGQING-01", "28 07:45", "中清路車輛偵測器1 平均車速 15 km/h，壅塞")
    s.rule("congestion", "SN-VD-JINGMAO-02", "28 08:05", "經貿路車輛偵測器2 平均車速 18 km/h，壅塞")
    s.device("parking", "full", "SN-PK-001", "28 08:15", "車位已滿")
    s.citizen("illegal_parking", "eco_a", "28 08:40", "社區門口有車併排停車擋住出入", r=(30, 150))
    s.citizen("環境清潔", "park_mid", "28 09:10", "公園外面人行道都是爛泥跟垃圾", r=(50, 250))
    s.status("SN-FL-009", "offline", "28 09:20", "離線 reason=battery_low")
    s.citizen("other", "taiping", "28 09:40", "太平區救災物資要去哪裡領", r=(100, 800))
    s.rule("heavy_rain", "C0F9T0", "28 09:50", "西屯站 24 小時累積 380 mm，達大豪雨標準", level="大豪雨")
    s.inc(A, "infrastructure", "河南路路面坍陷約1公尺，圍設後由建設局鋪鋼板", a)
    s.inc(B, "traffic", "環中路二段/經貿路口泡水車熄火占用車道，拖吊", b)
    s.inc(C, "traffic", "黎明路三段昨夜倒樹仍占用內側車道，民眾再度來電", c2)
    s.alternative("兩處壅塞發生在上班尖峰，也可能只是一般尖峰車流；此讀法下為背景。", same_incidents(s))
    s.write()


def s522():
    s = Sit(522, "tail_rain_henan_again_false_alarm_loose_sign",
            "颱風尾（10:00-14:00）：西南氣流再帶來豪雨，河南路低窪處 10:40 起再度積水，中間一小時無訊息，12:30 加深後 13:40 解除；"
            "逢甲水湳校區總機因漏水誤動作；中清路建築外牆招牌鬆脫欲墜；清理噪音、垃圾、違停與區外來電為背景。",
            notes="逢甲總機的火警在當下必須出勤確認，主讀法列為火災事件；替代讀法因 6 分鐘內復歸並註明漏水誤報而視為背景。")
    s.rule("heavy_rain", "SN-RG-001", "28 10:20", "中央公園雨量站 3 小時累積 103 mm，達豪雨標準", level="豪雨")
    H = "A_henan_again"
    s.rule("flood_depth", "SN-FL-007", "28 10:40", "河南路低窪處 淹水深度 11 cm", level="1-15", truth=H)
    h1 = s.citizen("flooding", "henan_low", "28 10:55", "河南路又淹了，昨天淹完今天又來", truth=H, r=(40, 150))
    h = s.rule("flood_depth", "SN-FL-007", "28 12:30", "河南路低窪處 淹水深度 24 cm", level="16-30", truth=H)
    hp = s.police("flooding_report", "Moderate", "henan_low", "28 12:42", "河南路低窪處積水約25公分，外側車道封閉", truth=H)
    s.citizen("flooding", "henan_low", "28 12:50", "早上打過了，現在更深了", truth=H, follows=h1, r=(40, 150))
    s.rule("congestion", "SN-VD-HENAN-02", "28 12:55", "河南路車輛偵測器2 平均車速 12 km/h，壅塞", truth=H)
    s.rule("flood_depth", "SN-FL-007", "28 13:25", "河南路低窪處 淹水深度 9 cm", level="1-15", truth=H)
    s.rule("cleared", "SN-FL-007", "28 13:40", "河南路低窪處 淹水警戒解除", truth=H, severity="Minor")
    s.police("flooding_report", "Minor", "henan_low", "28 13:45", "積水已退，恢復通行", truth=H, follows=hp)
    # F: panel alarm at FCU campus from water ingress
    F = "F_fcu_panel"
    f = s.device("fire_alarm", "alarm", "SN-FA-009", "28 11:12", "火警 3F 差動式探測器動作", truth=F, alt=None)
    s.device("fire_alarm", "normal", "SN-FA-009", "28 11:18", "復歸（3F 天花板漏水，探測器誤動作）", truth=F, alt=None)
    s.fire119("fire", "fcu", "28 11:14", "逢甲大學水湳校區 火警受信總機動作，派車確認", truth=F, alt=None, r=(10, 60))
    # S: loose signboard on Zhongqing Rd
    S = "S_loose_sign_zhongqing"
    s1 = s.citizen("other", "zhongqing_mid", "28 11:30", "中清路上有一間店的招牌鬆掉了，一邊掛著在晃，下面是人行道，很危險", truth=S,
                   r=(30, 120))
    s2 = s.police("fallen_object", "Moderate", "zhongqing_mid", "28 11:48", "中清路 建物招牌鬆脫欲墜，已圍起人行道，請消防協助拆除", truth=S)
    s.fire119("rescue", "zhongqing_mid", "28 11:55", "中清路 招牌鬆脫 安全排除", truth=S, r=(20, 80))
    s.citizen("other", "zhongqing_mid", "28 12:05", "中清路那個招牌好像快掉下來了", truth=S, r=(60, 220))
    # background
    s.citizen("noise", "eco_a", "28 10:10", "一早就在鋸樹，電鋸聲很大", r=(30, 150))
    s.citizen("環境清潔", "eco_b", "28 10:30", "颱風過後社區旁邊垃圾一堆都沒人收", r=(30, 150))
    s.citizen("illegal_parking", "hub", "28 11:00", "轉運中心門口一堆車違停", r=(50, 200))
    s.rule("heavy_rain", "C0F9T0", "28 11:05", "西屯站 3 小時累積 101 mm，達豪雨標準", level="豪雨")
    s.citizen("flooding", "nantun", "28 11:40", "南屯區永春東路積水", r=(200, 600))
    s.rule("congestion", "SN-VD-ZHONGQING-02", "28 12:10", "中清路車輛偵測器2 平均車速 17 km/h，壅塞", truth=S, alt=None)
    s.status("SN-FL-009", "online", "28 12:20", "連線")
    s.citizen("other", "beitun_far", "28 12:45", "北屯我們社區還是沒電，已經一天了", r=(100, 500))
    s.rule("flood_depth", "SN-FL-003", "28 13:00", "中央公園滯洪池3 淹水深度 13 cm", level="1-15")
    s.citizen("streetlight", "kaixuan_mid", "28 13:30", "凱旋路路燈桿被吹歪了", r=(50, 200))
    s.inc(H, "flood", "河南路低窪處颱風尾再度積水（10:40-13:40，中間一小時無訊息），外側車道封閉", h)
    s.inc(F, "fire", "逢甲大學水湳校區總機火警（漏水誤動作），派車確認後復歸", f)
    s.inc(S, "public_safety", "中清路建物招牌鬆脫欲墜，圍起人行道、消防拆除", s2)
    s.alternative("總機 6 分鐘內復歸且註明漏水誤動作，119 只是例行確認：不成案；中清路 12:10 壅塞也視為一般車流。",
                  same_incidents(s, drop=(F,)))
    s.write()


if __name__ == "__main__":
    for f in (s517, s518, s519, s520, s521, s522):
        f()
