"""Situations 1471-1476. Run: python3 gen_a.py (seeded: the output is stable)."""
from lib import Situation, place, sensor_pt, off, junction

M = 60  # seconds in a minute, for delays


# =====================================================================================
def s1471():
    s = Situation(1471, "convention_hall_fire", (2026, 3, 14), "會展中心A棟卸貨區火警，煙入B棟，展場疏散")
    s.description = (
        "Saturday 14 March 2026, afternoon, during a three-day travel fair at the convention centre. "
        "At 14:07 packaging on pallets catches fire in hall A's loading dock; smoke is drawn into hall B's "
        "air intakes and trips its panel; both halls are evacuated (about 2,500 people) to the lawn north "
        "of Central Park; the police close 經貿路二段 between 環中路 and 經貿七路 for the fire engines and "
        "the convention car park is shut, which jams 經貿路 and 環中路. A 7-year-old girl is separated from "
        "her mother in the evacuation and found 30 minutes later. At 14:41 a scooter and a car collide at "
        "黎明路三段/凱旋路, 800 m west, on the detour. Around it: the fair's permit, full car parks, "
        "illegal parking of fair visitors, a weekend slow-down, a rain gauge flapping, a streetlight call.")
    hall_a, hall_b = place("convention_hall_a"), place("convention_hall_b")
    dock = off(hall_a, -25, 30)          # hall A's loading dock, north side
    lawn = off(place("museumbrary"), -80, -120)
    jl = junction("jingmao", "liming")
    lk = junction("kaixuan", "liming")

    # ---- background before the fire
    s.permit("exhibition", place("convention_centre"), "2026-03-13 10:00", "2026-03-15 18:00", "2026-03-02 10:15",
             "2026台中國際旅展（臺中國際會展中心A、B棟），每日10:00-18:00，預估每日入場1.5萬人次，主辦單位派交管人員12名",
             None, radius_m=350)
    s.parking("SN-PK-002", "full", "13:05", "經貿六停車場 汽車剩餘格位0，顯示「滿」", None)
    s.status("SN-RG-002", "offline", "13:12", "水湳轉運中心雨量站 離線（電池電壓低）", None, reason="battery_low")
    s.parking("SN-PK-006", "full", "13:20", "臺中國際會展中心停車場 汽車格位已滿", None)
    s.status("SN-RG-002", "online", "13:31", "水湳轉運中心雨量站 恢復連線", None)
    s.c1999("illegal_parking", off(jl, 20, -15), "13:32",
            "經貿路二段黎明路口附近一堆車停紅線，都是去看展的，公車很難靠站，請派人來開單", None, delay=3 * M)
    s.rule("SN-VD-LIMING-01", "congestion", "13:40", "黎明路車輛偵測器1 平均車速 14 km/h，佔有率 52%（假日車流）", None)
    s.c1999("streetlight", off(junction("jingmao", "zhongping"), 120, 30), "13:50",
            "中平路經貿路口往東第三支路燈，白天到現在都一直亮著，浪費電", None)

    # ---- F: the fire in hall A's loading dock
    a1 = s.panel("SN-FA-002", "alarm", "14:07:12", "A棟 1F 卸貨區 偵煙式探測器動作（第3迴路）", "hall_a_fire")
    s.dup(a1, 35)
    s.panel("SN-FA-002", "alarm", "14:08:05", "A棟 1F 卸貨區 偵煙式探測器動作（第4迴路）", "hall_a_fire")
    s.cctv("SN-CCTV-005", "smoke", 0.71, "14:08:40", "影像分析：畫面南側建物上方出現灰黑色煙霧", "hall_a_fire")
    s.c1999("fire_smoke", off(place("jingmao6_car_park"), 5, -10), "14:09:10",
            "我在經貿六停車場，會展中心後面在冒黑煙，很大，好像有東西燒起來了", "hall_a_fire", delay=150)
    f = s.f119("fire", dock, "14:09:30",
               "臺中國際會展中心A棟1樓卸貨區火警，棧板貨物燃燒冒煙。派遣水湳分隊、西屯分隊、文心分隊，水箱車3、雲梯車1、救護車1",
               "hall_a_fire", delay=40)
    s.c1999("fire_smoke", hall_a, "14:10:20",
            "我在展場裡面，警報一直響，廣播叫大家往外走，後面那邊有燒焦味，是火災嗎", "hall_a_fire", delay=4 * M)
    s.police("fire_report", "Severe", dock, "14:11", "會展中心A棟卸貨區火警，本所警網到場協助疏散及交通管制，消防已出動",
             "hall_a_fire", delay=9 * M)
    s.f119("fire", dock, "14:14:50", "水湳分隊到場，卸貨區棧板及包材燃燒，火勢中等，展場人員疏散中，出水搶救",
           "hall_a_fire", status="on_scene", follows=f, delay=50)
    # hall B: smoke drawn into its air intakes; its panel clock runs 3 minutes slow
    s.panel("SN-FA-003", "alarm", "14:16:30", "B棟 2F 展場 偵煙式探測器動作（第7迴路）", "hall_a_fire", skew=-180)
    s.panel("SN-FA-003", "alarm", "14:17:10", "B棟 2F 空調機房 偵煙式探測器動作（第9迴路）", "hall_a_fire", skew=-180)
    clo = s.police("road_closure", "Severe", off(jl, 40, -120), "14:18",
                   "經貿路二段（環中路至經貿七路）雙向封閉，供消防車輛進出及停放，車輛請改道中科路", "hall_a_fire", delay=7 * M)
    s.police("evacuation", "Moderate", hall_b, "14:19",
             "會展中心A、B棟展場人員約2,500人疏散至中央公園北側草坪，現場派員引導", "hall_a_fire", delay=11 * M)
    s.parking("SN-PK-006", "closed", "14:20", "臺中國際會展中心停車場 入口暫停開放（火警）", "hall_a_fire", delay=30)
    s.cctv("SN-CCTV-005", "crowding", 0.82, "14:21:30", "人群聚集：路口西南側人行道大量行人往南移動", "hall_a_fire")
    s.c1999("crowding", off(jl, 30, -40), "14:22",
            "會展中心外面人超多，大家都擠在經貿路上，車子都過不去，有沒有人在管", "hall_a_fire", delay=5 * M)
    s.rule("SN-VD-JINGMAO-01", "congestion", "14:24", "經貿路車輛偵測器1 平均車速 6 km/h，佔有率 81%", "hall_a_fire")
    s.panel("SN-FA-002", "fault", "14:25", "A棟 第3迴路 斷線", "hall_a_fire")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "14:26", "環中路車輛偵測器3 平均車速 17 km/h，佔有率 63%", "hall_a_fire")
    amb = s.f119("ambulance", dock, "14:29",
                 "會展中心A棟卸貨區，工作人員1名吸入濃煙，意識清楚，送中國醫藥大學附設醫院", "hall_a_fire", delay=45)
    s.dup(amb, 70)
    s.f119("fire", dock, "14:33", "火勢已控制，持續殘火處理及排煙，B棟無延燒", "hall_a_fire", status="on_scene",
           follows=f, delay=60)
    s.c1999("fire_smoke", off(place("eco_block_a"), 10, 20), "14:35",
            "從家裡陽台看到北邊會展那邊一直冒煙，是不是火災？要不要關窗戶", "hall_a_fire", delay=6 * M)
    s.panel("SN-FA-003", "normal", "14:45", "B棟 系統復歸", "hall_a_fire", skew=-180)
    s.police("crowd_control", "Moderate", lawn, "15:05",
             "疏散民眾於中央公園北側草坪集結，部分民眾詢問何時可返回展場，現場維持秩序", "hall_a_fire", delay=12 * M)
    s.f119("fire", dock, "15:20", "火勢撲滅，西屯、文心分隊返隊，水湳分隊留守監控", "hall_a_fire", status="returning",
           follows=f)
    s.panel("SN-FA-002", "normal", "15:34", "A棟 系統復歸", "hall_a_fire")
    s.police("road_reopened", "Minor", off(jl, 40, -120), "15:40", "經貿路二段恢復雙向通行", "hall_a_fire",
             delay=8 * M, follows=clo)
    s.police("crowd_control", "Minor", hall_b, "15:45", "B棟展場經消防確認安全重新開放，民眾陸續返回，A棟暫停開放",
             "hall_a_fire", delay=14 * M)
    s.f119("fire", dock, "15:55", "案件結案", "hall_a_fire", status="closed", follows=f)

    # ---- M: the girl lost in the evacuation
    lost = s.c1999("missing_person", lawn, "14:34",
                   "我女兒7歲，剛剛會展中心疏散的時候走散了，穿粉紅色外套綁馬尾，我在公園北邊草地找不到她",
                   "lost_girl", alt="hall_a_fire", delay=2 * M)
    mp = s.police("missing_person", "Moderate", lawn, "14:38",
                  "協尋7歲女童，粉紅色外套、綁馬尾，會展中心疏散時與母親走散，已通報線上警網", "lost_girl",
                  alt="hall_a_fire", delay=6 * M)
    s.police("missing_person", "Minor", place("museumbrary"), "15:02", "女童於綠美圖1樓服務台尋獲，已交還母親",
             "lost_girl", alt="hall_a_fire", delay=9 * M, follows=mp)

    # ---- C: scooter and car at 黎明路三段/凱旋路
    s.cctv("SN-CCTV-007", "stalled_vehicle", 0.64, "14:41", "路口中央有機車倒地停滯", "liming_kaixuan_crash")
    s.c1999("traffic_accident", off(lk, 15, -10), "14:42", "黎明路凱旋路口機車跟轎車擦撞，有人倒在地上", "liming_kaixuan_crash",
            delay=3 * M)
    c119 = s.f119("ambulance", lk, "14:43", "黎明路三段與凱旋路口機車事故，1人腳部受傷", "liming_kaixuan_crash", delay=50)
    s.police("injury_accident", "Moderate", lk, "14:44",
             "黎明路三段/凱旋路口 機車與自小客車擦撞，機車騎士腿部擦傷送醫，車輛已移至路邊", "liming_kaixuan_crash",
             delay=14 * M)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "14:48", "凱旋路車輛偵測器1 平均車速 11 km/h，佔有率 58%", "liming_kaixuan_crash")

    # ---- more background
    s.c1999("illegal_parking", off(place("convention_centre"), 150, 60), "15:15",
            "會展中心旁邊經貿七路兩邊都停滿車，還有人停在消防車位", None)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "15:30", "環中路車輛偵測器2 平均車速 19 km/h（假日車流）", None)

    s.incident("hall_a_fire", "fire",
               "Fire in hall A's loading dock: hall A and hall B panels (B's smoke came in through its air intakes), "
               "the CCTV smoke, 119's case and ambulance for a worker, the callers, the evacuation of both halls and "
               "the crowd on the lawn, the closure of 經貿路二段, the convention car park shut and the queues on 經貿路 "
               "and 環中路 it caused. One job under the fire bureau's command.", f)
    s.incident("lost_girl", "rescue",
               "A 7-year-old girl separated from her mother during the evacuation; a police search, found at 15:02. "
               "A search of its own: its own officers and its own end.", lost)
    s.incident("liming_kaixuan_crash", "traffic",
               "Scooter and car at 黎明路三段/凱旋路, one rider hurt; ambulance and police. On the detour but caused "
               "by nothing the fire did that a coordinator would act on: a separate job.", c119)
    s.alternative(
        "A coordinator may hold the lost girl inside the fire's evacuation: the people counted out of the halls are "
        "the fire's incident commander's, and the girl was found among them.",
        [])
    s.notes.append("Hall B's panel clock runs 3 minutes slow (observed 3 min before the real time). "
                   "The 119 ambulance case and hall A's first alarm are each delivered twice.")
    return s


# =====================================================================================
def s1472():
    s = Situation(1472, "feeder_trip_dark_signals_flood", (2026, 5, 22), "豪雨中饋線跳脫，中平路號誌熄滅，抽水站停擺河南路淹水")
    s.description = (
        "Friday 22 May 2026, a plum-rain evening. Heavy rain from 17:00. At 18:04 a Taipower feeder serving the "
        "south of the zone trips: the signals at 河南路/中平路 and 經貿路/中平路 go dark, the cameras and vehicle "
        "detectors in those two cabinets lose mains power, the CMU campus and the water reclamation centre run "
        "on batteries, and the stormwater pump beside the 河南路 car park stops. From 18:20 河南路's low point "
        "floods (9, 22, 36 cm); a car stalls with its driver in it, the car park is shut and the road closed. "
        "Power returns 19:38; the water drains by 20:20. Separately a tree falls across a lane of 凱旋路 at "
        "18:25. Around it: rain alerts, detention ponds filling as designed, rush-hour slow-downs, a blocked "
        "drain, a flickering lamp, a flood sensor's link flapping in the north-west.")
    j10, j11 = sensor_pt("SN-SIG-010"), sensor_pt("SN-SIG-011")
    low = sensor_pt("SN-FL-007")
    pk3 = place("henan_car_park")
    tree = off(sensor_pt("SN-VD-KAIXUAN-02"), -30, 60)

    # ---- background rain and rush hour
    s.rule("C0F9T0", "heavy_rain", "17:20", "西屯站 時雨量 46.5 mm，達大雨標準", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", "17:30", "中央公園雨量站 時雨量 52.0 mm，達大雨標準", None, level="大雨")
    s.c1999("blocked_drain", off(junction("zhongke", "liming"), -60, -10), "17:35",
            "黎明路三段水溝蓋被落葉塞住，雨水排不下去，路邊積水", None)
    s.rule("SN-FL-003", "flood_depth", "17:40", "中央公園滯洪池3 水深 12 cm", None, level="1-15")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "17:45", "環中路車輛偵測器2 平均車速 13 km/h，佔有率 66%", None)
    s.rule("SN-FL-005", "flood_depth", "17:50", "中央公園滯洪池5 水深 14 cm", None, level="1-15")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "18:00", "環中路車輛偵測器1 平均車速 16 km/h，佔有率 61%", None)

    # ---- the feeder trips
    sg10 = s.signal("SN-SIG-010", "fault", "18:04:20", "河南路/中平路 號誌控制器主電源異常，號誌熄滅", "zhongping_dark_signals",
                    alt="south_feeder_outage")
    s.status("SN-CCTV-010", "offline", "18:04:25", "河南路/中平路 路口監視器 離線：市電中斷", "south_feeder_outage",
             reason="mains_power_lost", gateway="TB-CAB-010")
    s.status("SN-VD-HENAN-02", "offline", "18:04:30", "河南路車輛偵測器2 離線：市電中斷", "south_feeder_outage",
             reason="mains_power_lost")
    s.status("SN-VD-ZHONGPING-01", "offline", "18:04:31", "中平路車輛偵測器1 離線：市電中斷", "south_feeder_outage",
             reason="mains_power_lost")
    s.signal("SN-SIG-011", "fault", "18:04:40", "經貿路/中平路 號誌控制器主電源異常，號誌熄滅", "zhongping_dark_signals",
             alt="south_feeder_outage")
    s.status("SN-CCTV-011", "offline", "18:04:50", "經貿路/中平路 路口監視器 離線：市電中斷", "south_feeder_outage",
             reason="mains_power_lost")
    fa10 = s.panel("SN-FA-010", "fault", "18:05:02", "中國醫藥大學水湳校區 主電源斷電，改由蓄電池供電", "south_feeder_outage")
    s.panel("SN-FA-008", "fault", "18:05:10", "水湳水資源回收中心 主電源失電，緊急發電機啟動", "south_feeder_outage")
    po1 = s.c1999("power_outage", off(j11, -80, -40), "18:07", "中平路這邊整排店都停電了，路口紅綠燈也不亮", "south_feeder_outage",
                  delay=3 * M)
    s.dup(po1, 65)
    s.c1999("traffic_signal", off(j10, 20, 15), "18:08", "河南路中平路口紅綠燈全暗，車子亂鑽，下大雨很危險", "zhongping_dark_signals",
            alt="south_feeder_outage", delay=4 * M)
    s.c1999("power_outage", off(j11, -110, -150), "18:09", "家裡突然停電，外面路燈也都不亮，是跳電還是台電的問題",
            "south_feeder_outage", delay=5 * M)
    s.rule("SN-VD-HENAN-02", "sensor_offline", "18:09:30", "河南路車輛偵測器2 超過5分鐘未回傳資料", "south_feeder_outage")
    s.rule("SN-VD-ZHONGPING-01", "sensor_offline", "18:09:40", "中平路車輛偵測器1 超過5分鐘未回傳資料", "south_feeder_outage")
    tsf = s.police("traffic_signal_fault", "Moderate", j10, "18:12",
                   "河南路/中平路口、經貿路/中平路口號誌停電熄滅，已派員於兩路口指揮交通", "zhongping_dark_signals",
                   alt="south_feeder_outage", delay=10 * M)
    s.c1999("power_outage", off(place("cmu_campus"), -60, 40), "18:15",
            "台電什麼時候會來電？中國醫大水湳校區這邊停電十幾分鐘了，宿舍全黑", "south_feeder_outage", delay=2 * M)

    # ---- the 河南路 low point floods (its pump is on the same feeder)
    s.rule("SN-FL-007", "flood_depth", "18:20", "河南路低窪處 淹水深度 9 cm", "henan_flood", alt="south_feeder_outage", level="1-15")
    # T: tree on 凱旋路
    t1 = s.c1999("fallen_tree", tree, "18:25", "凱旋路靠近影音中心那邊有一棵路樹倒下來，壓到一個車道，車子要閃", "kaixuan_tree",
                 delay=2 * M)
    tr = s.police("fallen_object", "Moderate", tree, "18:31", "凱旋路（流行影音中心旁）路樹倒塌佔用外側車道，已放置警示設施",
                  "kaixuan_tree", delay=9 * M)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "18:34", "凱旋路車輛偵測器2 平均車速 12 km/h，佔有率 64%", "kaixuan_tree")
    w2 = s.rule("SN-FL-007", "flood_depth", "18:38", "河南路低窪處 淹水深度 22 cm", "henan_flood", alt="south_feeder_outage", level="16-30")
    s.c1999("flooding", off(pk3, 10, 5), "18:41", "河南路停車場前面淹水，快淹到車子輪胎一半了，旁邊抽水站好像沒在動",
            "henan_flood", alt="south_feeder_outage", delay=4 * M)
    s.parking("SN-PK-003", "closed", "18:45", "河南路停車場 入口淹水暫停開放", "henan_flood", alt="south_feeder_outage", delay=40)
    s.police("flooding_report", "Moderate", off(low, -40, -20), "18:50",
             "河南路近中平路段積水約30公分，車輛涉水緩行，已通報水利局", "henan_flood", alt="south_feeder_outage", delay=8 * M)
    s.rule("SN-FL-007", "flood_depth", "18:55", "河南路低窪處 淹水深度 36 cm", "henan_flood", alt="south_feeder_outage", level=">30")
    rsc = s.f119("rescue", off(pk3, 15, 0), "18:58", "河南路停車場前自小客車涉水熄火，駕駛受困車內，水深及膝，請求救援",
                 "henan_flood", alt="south_feeder_outage", delay=35)
    hc = s.police("road_closure", "Severe", off(low, -60, -40), "19:00", "河南路（中平路至河南路停車場段）積水封閉，請改道中平路",
                  "henan_flood", alt="south_feeder_outage", delay=6 * M)
    s.f119("rescue", off(pk3, 15, 0), "19:05", "駕駛已救出，無受傷，車輛留置待拖吊", "henan_flood", alt="south_feeder_outage",
           status="on_scene", follows=rsc)
    s.status("SN-FL-009", "offline", "19:00", "黎明路凱旋路口低窪處淹水感測器 離線：通訊中斷", None, reason="comms_lost")
    s.status("SN-FL-009", "online", "19:06", "黎明路凱旋路口低窪處淹水感測器 恢復連線", None)
    s.rule("SN-VD-HENAN-01", "congestion", "19:10", "河南路車輛偵測器1 平均車速 9 km/h，佔有率 70%", "henan_flood", alt="south_feeder_outage")
    s.c1999("flooding", off(low, -120, -90), "19:12", "水利局的抽水機什麼時候會來？河南路整段都是水，機車都不敢過",
            "henan_flood", alt="south_feeder_outage", delay=3 * M)
    s.police("flooding_report", "Moderate", off(pk3, 10, 5), "19:20", "水利局移動式抽水機到場抽水", "henan_flood", alt="south_feeder_outage",
             delay=7 * M)
    s.police("fallen_object", "Minor", tree, "19:30", "路樹已由建設局養工處移除，凱旋路恢復通行", "kaixuan_tree",
             delay=5 * M, follows=tr)
    s.c1999("streetlight", off(junction("zhongke", "liming"), 40, 5), "19:32", "黎明路中科路口一支路燈一閃一閃的", None)

    # ---- power back
    s.signal("SN-SIG-010", "restored", "19:38:05", "河南路/中平路 號誌恢復正常", "zhongping_dark_signals", alt="south_feeder_outage")
    s.signal("SN-SIG-011", "restored", "19:38:09", "經貿路/中平路 號誌恢復正常", "zhongping_dark_signals", alt="south_feeder_outage")
    s.status("SN-CCTV-010", "online", "19:38:20", "河南路/中平路 路口監視器 恢復連線", "south_feeder_outage")
    s.status("SN-CCTV-011", "online", "19:38:22", "經貿路/中平路 路口監視器 恢復連線", "south_feeder_outage")
    s.status("SN-VD-HENAN-02", "online", "19:38:40", "河南路車輛偵測器2 恢復連線", "south_feeder_outage")
    s.status("SN-VD-ZHONGPING-01", "online", "19:38:41", "中平路車輛偵測器1 恢復連線", "south_feeder_outage")
    s.panel("SN-FA-010", "normal", "19:39", "中國醫藥大學水湳校區 主電源恢復，系統復歸", "south_feeder_outage")
    s.panel("SN-FA-008", "normal", "19:39:30", "水湳水資源回收中心 主電源恢復，系統復歸", "south_feeder_outage")
    s.police("other", "Minor", j11, "19:45", "台電完成饋線復電，中平路一帶恢復供電；號誌恢復，警力撤離",
             "zhongping_dark_signals", alt="south_feeder_outage", delay=10 * M, follows=tsf)
    s.rule("SN-FL-007", "flood_depth", "20:05", "河南路低窪處 淹水深度 18 cm（下降中）", "henan_flood", alt="south_feeder_outage", level="16-30")
    s.rule("SN-FL-007", "cleared", "20:20", "河南路低窪處 淹水深度降至 3 cm，警戒解除", "henan_flood", alt="south_feeder_outage")
    s.police("road_reopened", "Minor", off(low, -60, -40), "20:25", "河南路積水已退，恢復通行", "henan_flood", alt="south_feeder_outage",
              delay=9 * M, follows=hc)

    s.incident("south_feeder_outage", "infrastructure",
               "The feeder trip: the two cabinets' cameras and detectors on mains loss, the CMU campus and water "
               "reclamation centre on batteries, residents and shops without power. Taipower's job, followed by the "
               "center until power returns at 19:38. Open once devices at three sites report mains lost within a "
               "minute.", fa10)
    s.incident("zhongping_dark_signals", "traffic",
               "Signals dark at 河南路/中平路 and 經貿路/中平路 in heavy rain at rush hour: one traffic-police job "
               "for the two junctions on 中平路 until the signals come back. Kept apart from the outage: another "
               "agency, another task.", sg10)
    s.incident("henan_flood", "flood",
               "河南路's low point floods after its pump stopped: the depth alerts, the callers, the car park shut, "
               "the car stalled with its driver (rescued at the flood: the flood's), the closure and its queue, the "
               "water bureau's mobile pump. The flood is its own job (pumps, closure, rescue) although the power cut "
               "caused it.", w2)
    s.incident("kaixuan_tree", "traffic",
               "A tree down across a lane of 凱旋路 by the pop music centre, and the slow-down beside it. Unrelated.", t1)
    s.alternative(
        "A coordinator may run the power cut as one job with everything it caused: the dark junctions end when "
        "power returns, and the flood at 河南路 is the stopped pump's (no pump, no drainage; power back, water gone). "
        "Only the tree stays apart.",
        [{"label": "south_feeder_outage", "type": "infrastructure",
          "description": "The feeder trip and everything it caused: the devices on mains loss, the homes without power, "
                         "the dark signals on 中平路 and the flood at 河南路's stopped pump, one job until power returns "
                         "and the water drains.",
          "sufficient_evidence_key": sg10}])
    s.notes.append("The stormwater pump beside the 河南路 car park has no device of its own on the feeds: its stop is known only from the rising water and a caller.")
    return s


# =====================================================================================
def s1473():
    s = Situation(1473, "gas_main_strike_evacuation", (2026, 4, 8), "經貿路三段施工挖破天然氣管，生態住宅A區疏散")
    s.description = (
        "Wednesday 8 April 2026, morning. A permitted water-main works on 經貿路三段 in front of eco-residential "
        "block A. At 10:20 the excavator tears a medium-pressure gas main: hissing, a strong smell, 119's hazmat "
        "crews, the block's manager sounds the building alarm to get 180 households out, the police close "
        "經貿路三段 and evacuate the block to the park, the detour loads 中清路. An old resident feels unwell "
        "during the evacuation. The gas company shuts the valve at 11:00; the evacuation is lifted at 11:40 and the "
        "road reopens to one lane at 12:30. Separately a rear-end crash at 環中路/經貿路 at 10:50. A caller at the "
        "Feng Chia campus 900 m west smells gas at 10:58. Around it: the works' permit and its noise, its slow-down "
        "before the leak, a flood sensor taken down for maintenance, routine calls.")
    a = place("eco_block_a")
    dig = off(a, 30, 90)  # the trench on 經貿路三段, in front of block A
    lawn = off(place("eco_block_a"), -260, 20)  # park's east lawn
    jh = junction("jingmao", "huanzhong")

    s.permit("road_works", off(dig, 0, 10), "2026-04-06 09:00", "2026-04-17 17:00", "2026-03-30 16:20",
             "經貿路三段（敦化路至生態住宅A區前）自來水管線汰換工程，每日09:00-17:00，外側車道封閉，施工單位：台灣自來水公司第四區管理處",
             None, radius_m=150)
    s.rule("SN-VD-JINGMAO-02", "congestion", "09:30", "經貿路車輛偵測器2 平均車速 18 km/h，佔有率 48%（施工縮減車道）", None)
    s.c1999("noise", off(a, 20, 40), "09:40", "經貿路施工機具好吵，一早就在敲，家裡有小孩在睡覺", None)
    s.c1999("streetlight", off(place("cmu_campus"), -100, 60), "09:55", "中國醫大水湳校區旁邊人行道路燈不亮，編號XT-08812", None)
    s.status("SN-FL-008", "offline", "10:05", "經貿路低窪處淹水感測器 離線：定期維護", None, reason="maintenance")

    g1 = s.c1999("gas_odor", off(dig, -10, 5), "10:21",
                 "經貿路施工的地方挖到管子了，瓦斯味很重，一直嘶嘶叫，工人都跑開了", "gas_leak_block_a", delay=2 * M)
    hz = s.f119("hazmat", dig, "10:22",
                "經貿路三段施工挖斷天然氣管線，瓦斯外洩。派遣水湳分隊、北屯分隊、第三大隊毒化災處理車、救護車1",
                "gas_leak_block_a", delay=30)
    s.c1999("gas_odor", off(dig, 40, 160), "10:24", "騎車經過經貿路三段，整條路都是瓦斯味，前面工地的人在揮手叫大家不要過去",
            "gas_leak_block_a", delay=5 * M)
    s.dup(hz, 50)
    s.c1999("gas_odor", a, "10:23", "生態住宅A區這邊聞到很濃的瓦斯味，樓下在施工，要不要叫大家下樓", "gas_leak_block_a",
            delay=3 * M)
    s.police("hazmat_report", "Severe", dig, "10:26",
             "經貿路三段施工挖破中壓天然氣管線，現場瓦斯外洩，管制周邊50公尺禁止煙火，已通知欣林天然氣搶修",
             "gas_leak_block_a", delay=9 * M)
    s.f119("hazmat", dig, "10:28", "到場，管線破口約5公分持續噴氣，以水霧稀釋，請天然氣公司關閥；偵測A區1樓可燃氣體濃度偏高",
           "gas_leak_block_a", status="on_scene", follows=hz, delay=40)
    clo = s.police("road_closure", "Severe", off(dig, 0, 150), "10:30",
                   "經貿路三段（敦化路至經貿路二段）雙向封閉，車輛請改道中清路", "gas_leak_block_a", delay=8 * M)
    s.panel("SN-FA-011", "alarm", "10:31", "A區 1F 大廳 手動報警機動作", "gas_leak_block_a")
    ev = s.police("evacuation", "Severe", lawn, "10:33",
                  "生態住宅A區住戶約180戶疏散至中央公園東側草坪，逐層確認中", "gas_leak_block_a", delay=12 * M)
    s.c1999("evacuation", off(a, -40, -20), "10:35", "我們被叫下樓疏散，要在外面等多久？家裡還有老人行動不便下不來",
            "gas_leak_block_a", delay=4 * M)
    s.f119("ambulance", lawn, "10:37", "生態住宅A區疏散住戶，82歲女性呼吸不適、頭暈，送醫", "gas_leak_block_a", delay=40)
    s.rule("SN-VD-JINGMAO-02", "congestion", "10:40", "經貿路車輛偵測器2 平均車速 4 km/h，佔有率 88%", "gas_leak_block_a")
    s.rule("SN-VD-ZHONGQING-02", "congestion", "10:42", "中清路車輛偵測器2 平均車速 15 km/h，佔有率 67%", "gas_leak_block_a",
           alt=None)
    s.c1999("gas_odor", place("eco_block_b"), "10:44", "敦化路這邊也有瓦斯味，風一吹就很臭，是不是前面那個漏氣", "gas_leak_block_a",
            delay=5 * M)

    # X: rear-end crash at 環中路/經貿路
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.74, "10:50", "路口內側車道兩車停滯", "huanzhong_jingmao_crash")
    x1 = s.c1999("traffic_accident", off(jh, 20, 10), "10:52", "環中路經貿路口兩台車追撞，停在內線不動", "huanzhong_jingmao_crash",
                 delay=2 * M)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "10:56", "環中路車輛偵測器2 平均車速 16 km/h，佔有率 60%", "huanzhong_jingmao_crash")
    s.police("accident", "Minor", jh, "10:58", "環中路二段/經貿路二段口 自小客車追撞，無人受傷，已排除至路邊", "huanzhong_jingmao_crash",
             delay=15 * M)

    # the campus caller: drift of the same leak, or something of its own?
    s.c1999("gas_odor", off(place("fcu_campus"), 40, 30), "10:58",
            "我在逢甲水湳校區，教室外面聞到瓦斯的味道，不知道是不是哪裡漏", "gas_leak_block_a", alt="fcu_gas_smell", delay=6 * M)
    s.f119("hazmat", dig, "11:05", "欣林天然氣人員到場，11:00關閉上游閥門，外洩停止，持續偵測濃度；東風，下風處民眾反映有味道屬正常飄散",
           "gas_leak_block_a", status="on_scene", follows=hz, delay=50)
    s.police("other", "Moderate", dig, "11:10", "瓦斯濃度檢測下降，持續管制，住戶暫不返家", "gas_leak_block_a", delay=7 * M)
    s.panel("SN-FA-011", "normal", "11:15", "A區 系統復歸", "gas_leak_block_a")
    s.status("SN-FL-008", "online", "11:20", "經貿路低窪處淹水感測器 恢復連線（維護完成）", None)
    s.c1999("evacuation", off(lawn, 20, -10), "11:25", "可以回家了嗎？我們已經在公園等快一個小時了，很熱", "gas_leak_block_a",
            delay=3 * M)
    s.c1999("other", off(place("henan_car_park"), 0, 30), "11:30", "河南路停車場繳費機壞掉，不能找錢", None)
    s.police("other", "Minor", lawn, "11:40", "偵測無殘留瓦斯，解除疏散，A區住戶陸續返家", "gas_leak_block_a", delay=9 * M, follows=ev)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "12:05", "環中路車輛偵測器1 平均車速 19 km/h（午間車流）", None)
    s.c1999("other", place("pop_music_centre"), "12:10", "影音中心前面公園廁所沒有衛生紙", None)
    s.police("road_reopened", "Minor", off(dig, 0, 150), "12:30", "經貿路三段恢復單線雙向通行，管線修復中", "gas_leak_block_a",
             delay=6 * M, follows=clo)
    s.f119("hazmat", dig, "12:40", "案件結案", "gas_leak_block_a", status="closed", follows=hz)

    s.incident("gas_leak_block_a", "hazmat",
               "Gas main torn by the works on 經貿路三段: callers, 119's hazmat crews, the block's manual alarm, the "
               "evacuation of block A and the evacuee taken ill, the closure and the queues on 經貿路 and on the 中清路 "
               "detour, the smell drifting downwind to block B and (this reading) to the campus. One job.", hz)
    s.incident("huanzhong_jingmao_crash", "traffic",
               "Rear-end crash at 環中路/經貿路, no one hurt; camera, caller, police and the slow-down on 環中路. Unrelated.",
               x1)
    fcu = None
    for it in s.items:
        if it.get("truth_alt") == "fcu_gas_smell":
            fcu = it["key"]
    s.alternative(
        "The campus is 900 m west of the leak; natural gas rises and thins fast, and the east wind is only in 119's "
        "11:05 note: a coordinator may send a crew to check it as a leak of its own (a lab, a kitchen) rather than call "
        "it drift; and may read the "
        "中清路 slow-down as the ordinary late-morning traffic there.",
        [{"label": "fcu_gas_smell", "type": "hazmat",
          "description": "A gas smell at the Feng Chia Shuinan campus, checked as a job of its own.",
          "sufficient_evidence_key": fcu}])
    s.notes.append("The flood sensor at 經貿路's low point goes offline for maintenance 250 m from the leak: background. "
                   "The works' own slow-down before the leak is background (the permit explains it).")
    return s


# =====================================================================================
def s1474():
    s = Situation(1474, "acid_drums_huanzhong_zhongqing", (2026, 6, 3), "環中路中清路口貨車掉落鹽酸桶外洩併車禍")
    s.description = (
        "Wednesday 3 June 2026, before dawn. At 05:41 a lorry's straps break on the turn at 環中路/中清路 and "
        "eight 200-litre drums of hydrochloric acid fall; two burst and a following car hits them. One driver "
        "hurt; acrid fumes; 119's hazmat crews contain and dilute the acid with water, which runs into the "
        "中清/環中 underpass (its flood sensor reads 6-11 cm on a dry day); 環中路 eastbound and the 中清路 "
        "ramp are closed until 08:10 and the morning queue grows back along 環中路. Separately a wrong-way "
        "driver on 中科路 at 06:10 and a broken-down coach at the transit hub entrance at 07:48. Around it: "
        "street-racing noise, a rain gauge's link flapping, the morning rush in the west, a lamp out.")
    j8 = sensor_pt("SN-SIG-008")
    spill = off(j8, -35, -8)
    hub_gate = off(place("transit_hub"), -10, 20)
    j3 = sensor_pt("SN-SIG-003")

    s.c1999("noise", off(junction("jingmao", "huanzhong"), 150, 70), "05:35", "環中路一直有改裝車在飆車，很吵，每天都這樣", None)
    s.status("SN-RG-003", "offline", "05:50", "北屯雨量站 離線：通訊中斷", None, reason="comms_lost")
    s.cctv("SN-CCTV-008", "fallen_object", 0.83, "05:41:30", "路口東向車道有多個物體散落", "acid_spill")
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.76, "05:42:10", "車輛停滯於路口東向車道", "acid_spill")
    h1 = s.c1999("traffic_accident", off(j8, 15, -20), "05:43",
                 "中清環中路口有車撞到貨車掉下來的桶子，地上流一大灘液體，味道很嗆", "acid_spill", delay=2 * M)
    hz = s.f119("hazmat", spill, "05:44",
                "環中路/中清路口貨車掉落化學桶（疑似鹽酸）破裂外洩，併自小客車追撞。派遣水湳分隊、北屯分隊、毒化災處理車、救護車1",
                "acid_spill", delay=45)
    s.dup(s.f119("ambulance", spill, "05:44:30", "環中路中清路口車禍，自小客車駕駛頭部撞傷，意識清楚", "acid_spill", delay=40), 55)
    s.c1999("gas_odor", off(j8, 80, -110), "05:46", "騎車經過中清路環中路，味道很刺鼻，眼睛很痛，前面好像有東西倒在地上",
            "acid_spill", delay=3 * M)
    s.police("injury_accident", "Moderate", spill, "05:49",
             "環中路二段/中清路口 自小客車撞擊貨車掉落之化學桶，駕駛頭部輕傷送醫", "acid_spill", delay=12 * M)
    s.police("hazmat_report", "Severe", spill, "05:52",
             "貨車行經中清路口繫繩斷裂，掉落8桶鹽酸（每桶200公升），2桶破裂外洩，已通報環保局及毒化災專線", "acid_spill",
             delay=16 * M)
    s.f119("hazmat", spill, "05:53", "外洩約300公升，以吸附材圍堵，大量清水稀釋沖洗；請環保局到場", "acid_spill",
           status="on_scene", follows=hz, delay=60)
    clo = s.police("road_closure", "Severe", off(j8, -150, -20), "05:55",
                   "環中路二段東向（經貿路至中清路）及中清路南向匝道封閉，車輛請改道經貿路", "acid_spill", delay=10 * M)
    s.c1999("gas_odor", off(place("transit_hub"), 20, 15), "06:00", "在轉運站等車，環中路那邊飄過來一股很酸的味道，喉嚨很不舒服",
            "acid_spill", delay=4 * M)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "06:05", "環中路車輛偵測器3 平均車速 5 km/h，佔有率 85%", "acid_spill")
    s.status("SN-RG-003", "online", "06:05", "北屯雨量站 恢復連線", None)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "06:06", "中清路車輛偵測器1 平均車速 8 km/h，佔有率 77%", "acid_spill")

    # wrong-way driver on 中科路
    ww = s.cctv("SN-CCTV-003", "wrong_way", 0.86, "06:10", "中科路南向車道偵測到車輛逆向行駛", "zhongke_wrong_way")
    s.police("wrong_way_driver", "Moderate", off(j3, 10, -120), "06:14", "中科路南向有自小客車逆向行駛，已於黎明路口攔停，駕駛稱迷路",
             "zhongke_wrong_way", delay=6 * M)

    s.police("other", "Minor", spill, "06:25", "肇事貨車駕駛返回現場說明，貨主化工行派員到場", "acid_spill", delay=14 * M)
    s.rule("SN-FL-006", "flood_depth", "06:20", "中清環中路口地下道 淹水深度 6 cm", "acid_spill", alt=None, level="1-15")
    s.rule("SN-FL-006", "flood_depth", "06:35", "中清環中路口地下道 淹水深度 11 cm", "acid_spill", alt=None, level="1-15")
    s.c1999("other", off(junction("kaixuan", "huanzhong"), 120, 30), "06:40", "為什麼環中路封起來了？我要去上班過不去，要繞哪裡",
            "acid_spill", delay=4 * M)
    s.police("other", "Moderate", spill, "06:50", "環保局到場採樣，以蘇打灰中和處理，洩漏桶已移至路邊", "acid_spill", delay=11 * M)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "07:20", "環中路車輛偵測器1 平均車速 17 km/h（上班尖峰）", None)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "07:25", "環中路車輛偵測器2 平均車速 7 km/h，佔有率 82%", "acid_spill", alt=None)
    s.c1999("other", off(j8, 20, 10), "07:30", "地下道怎麼積水？今天又沒下雨，水是黃黃的", "acid_spill", alt=None, delay=3 * M)
    s.c1999("illegal_parking", off(place("transit_hub"), 80, -60), "07:05", "轉運站旁邊中科路有車停在公車停靠區", None)
    s.parking("SN-PK-001", "full", "07:55", "水湳轉運中心停車場 汽車格位已滿", None)
    s.c1999("streetlight", off(place("museumbrary"), 60, -20), "07:45", "綠美圖旁邊人行道有兩支路燈不亮", None)
    s.rule("SN-FL-006", "cleared", "07:40", "中清環中路口地下道 淹水深度降至 0 cm，警戒解除", "acid_spill", alt=None)

    # B: coach broken down at the hub entrance
    s.cctv("SN-CCTV-003", "stalled_vehicle", 0.72, "07:48", "路口東側車道大型車停滯", "hub_coach_breakdown")
    b1 = s.police("stalled_vehicle", "Minor", hub_gate, "07:50", "水湳轉運中心環中路進站口，國道客運故障停滯，佔用進站車道",
                  "hub_coach_breakdown", delay=7 * M)
    s.police("road_reopened", "Minor", off(j8, -150, -20), "08:10", "環中路二段東向及中清路匝道恢復通行", "acid_spill",
             delay=9 * M, follows=clo)
    s.f119("hazmat", spill, "08:15", "現場清理完畢，移交環保局後續處理", "acid_spill", status="returning", follows=hz)
    s.police("stalled_vehicle", "Minor", hub_gate, "08:20", "故障客運已拖離，進站口恢復", "hub_coach_breakdown", delay=5 * M,
             follows=b1)
    s.f119("hazmat", spill, "08:30", "案件結案", "acid_spill", status="closed", follows=hz)

    s.incident("acid_spill", "hazmat",
               "Hydrochloric acid drums off a lorry at 環中路/中清路, a car into them, one driver hurt: cameras, callers, "
               "119 hazmat and ambulance, police, the environmental bureau, the closure and its queues, and the "
               "dilution water running into the underpass (its flood sensor on a dry morning). One job.", hz)
    s.incident("zhongke_wrong_way", "traffic", "A wrong-way driver on 中科路 stopped by the police. Unrelated.", ww)
    s.incident("hub_coach_breakdown", "traffic", "A coach broken down in the transit hub's entrance lane. Unrelated.", b1)
    s.alternative(
        "A coordinator may not tie the underpass's water to the wash-down (a flood alert is the water bureau's) and "
        "may read the 07:25 slow-down 700 m west as the morning rush it coincides with: noise under that reading.",
        [])
    s.notes.append("The lorry lost the drums at 05:41; the camera saw them first. The underpass water is the fire crews' "
                   "dilution water, not rain.")
    return s


# =====================================================================================
def s1475():
    s = Situation(1475, "crash_hydrant_signal_cabinet", (2026, 7, 11), "酒駕撞毀經貿七路口號誌箱及消防栓")
    s.description = (
        "Saturday 11 July 2026, late evening. A concert at the pop music centre ends at 22:30: egress traffic, "
        "double parking and, at 22:48, a brawl outside its 凱旋路 side door with one man hurt. At 23:12 a drunk "
        "driver loses control at 經貿路二段/經貿七路 and hits the signal controller cabinet and a fire hydrant: "
        "the junction's signals and camera die, the driver is trapped, the hydrant gushes across 經貿路 and "
        "the pressure drops in the blocks around; the water is shut at 00:05, the car towed and the road reopened "
        "at 00:40, but the junction stays dark until the traffic bureau's contractor sets up temporary signals "
        "at 01:10. Around it: the concert permit, its car parks and traffic, a party next door, a flood sensor's "
        "battery running low.")
    j6 = sensor_pt("SN-SIG-006")
    crash = off(j6, 12, -10)
    pop = place("pop_music_centre")
    side = off(pop, -40, 20)

    s.permit("concert", pop, "19:00", "22:30", "2026-06-20 11:00",
             "臺中流行影音中心 夏日演唱會，19:00-22:30，預估觀眾6,000人，散場時段凱旋路、中科路實施交通疏導", None, radius_m=300)
    s.parking("SN-PK-005", "full", "21:00", "中央公園地下停車場(南) 汽車格位已滿", None)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "22:35", "凱旋路車輛偵測器2 平均車速 9 km/h，佔有率 72%（散場車潮）", None)
    d1 = s.police("public_disturbance", "Moderate", side, "22:48",
                  "流行影音中心散場後，凱旋路側門口兩群民眾口角拉扯，約8人，警網到場處理", "pop_centre_brawl", delay=6 * M)
    d0 = s.c1999("other", off(side, -20, 10), "22:50", "影音中心外面有一群人在打架，有人流血了", "pop_centre_brawl", delay=2 * M)
    s.c1999("illegal_parking", off(pop, -60, 90), "22:50", "影音中心散場，凱旋路兩邊都並排停車，車子都動不了", None)
    s.f119("ambulance", side, "22:55", "流行影音中心凱旋路側，一名男子頭部遭毆傷流血，意識清楚", "pop_centre_brawl", delay=50)
    s.c1999("noise", off(place("eco_block_b"), 10, 10), "23:05", "生態住宅B區樓上在開派對，音樂很大聲，已經十一點了", None)

    # K: the crash; S: the junction's signal cabinet
    sg = s.signal("SN-SIG-006", "fault", "23:12:05", "經貿路二段/經貿七路 號誌控制器通訊中斷，狀態不明", "jingmao7_signal_out",
                  alt="jingmao7_crash")
    s.status("SN-CCTV-006", "offline", "23:12:06", "經貿路二段/經貿七路 路口監視器 離線：通訊中斷", "jingmao7_signal_out",
             alt="jingmao7_crash", reason="comms_lost", gateway="TB-CAB-006")
    k1 = s.c1999("traffic_accident", off(crash, 10, -15), "23:12:40",
                 "經貿路跟經貿七路口一台車撞到路邊，消防栓被撞斷，水一直往上噴", "jingmao7_crash", delay=2 * M)
    s.dup(k1, 40)
    s.c1999("traffic_accident", off(place("museumbrary"), 10, 20), "23:13",
            "綠美圖前面車禍，車子撞爛了，裡面的人好像受傷出不來", "jingmao7_crash", delay=3 * M)
    amb = s.f119("ambulance", crash, "23:14", "經貿路二段/經貿七路口自小客車自撞號誌箱及消防栓，駕駛受傷", "jingmao7_crash", delay=40)
    res = s.f119("rescue", crash, "23:14:30", "同案：車頭嚴重變形，駕駛受困，派遣水湳分隊救助器材車", "jingmao7_crash", delay=45)
    s.rule("SN-CCTV-006", "sensor_offline", "23:15", "經貿路二段/經貿七路 路口監視器 超過3分鐘無影像", "jingmao7_signal_out",
           alt="jingmao7_crash")
    sig_call = s.c1999("traffic_signal", off(j6, -20, 15), "23:17", "經貿路經貿七路口紅綠燈全部不亮，剛剛有車撞到", "jingmao7_signal_out",
            alt="jingmao7_crash", delay=2 * M)
    ia = s.police("injury_accident", "Severe", crash, "23:18",
                  "經貿路二段/經貿七路口 自小客車失控撞擊號誌控制箱及消防栓，駕駛受困已由消防救出送醫，疑酒駕", "jingmao7_crash",
                  delay=11 * M)
    s.police("public_disturbance", "Minor", side, "23:20", "滋事者3人已帶回派出所偵辦", "pop_centre_brawl", delay=10 * M,
             follows=d1)
    s.c1999("flooding", off(crash, 60, -30), "23:20", "經貿路水一直噴，路上淹了一層水，往營運塔那邊流", "jingmao7_crash",
            delay=4 * M)
    s.f119("rescue", crash, "23:22", "駕駛已救出，送中國醫藥大學附設醫院；消防栓斷裂持續噴水，通知自來水公司關閥", "jingmao7_crash",
           status="on_scene", follows=res, delay=60)
    clo = s.police("road_closure", "Moderate", off(j6, 20, 80), "23:25", "經貿路二段（黎明路至經貿七路）南向封閉兩線道，事故處理中",
                   "jingmao7_crash", delay=9 * M)
    s.rule("SN-VD-JINGMAO-01", "congestion", "23:30", "經貿路車輛偵測器1 平均車速 10 km/h，佔有率 55%", "jingmao7_crash")
    s.c1999("water_outage", off(place("operations_tower"), 20, 10), "23:35", "營運塔旁邊的大樓水龍頭突然變很小，是不是停水？",
            "jingmao7_crash", delay=5 * M)
    s.status("SN-FL-004", "offline", "23:40", "中央公園滯洪池4淹水感測器 離線：電池電量低", None, reason="battery_low")
    s.c1999("other", off(place("operations_tower"), -30, 60), "23:50", "經貿路那邊一直有警車跟消防車，發生什麼事？路都封起來了",
            "jingmao7_crash", delay=3 * M)
    s.c1999("water_outage", off(place("museumbrary"), 120, -60), "23:42", "我們這邊水壓很低，洗澡洗到一半水就很小，有沒有在修水管",
            "jingmao7_crash", delay=6 * M)
    s.rule("SN-FL-004", "sensor_offline", "23:52", "中央公園滯洪池4 超過20分鐘未回傳資料", None)
    tsf = s.police("traffic_signal_fault", "Moderate", j6, "23:55",
                   "經貿七路口號誌控制箱遭撞毀，號誌全暗，派員指揮交通，已通知交通局搶修", "jingmao7_signal_out",
                   alt="jingmao7_crash", delay=8 * M)
    s.dup(tsf, 95)
    s.police("other", "Moderate", crash, "24:05", "自來水公司已關閉消防栓上游閥門，停止噴水", "jingmao7_crash", delay=7 * M,
             follows=ia)
    s.police("other", "Minor", crash, "24:20", "駕駛酒測值0.68 mg/L，依公共危險罪移送", "jingmao7_crash", delay=16 * M,
             follows=ia)
    s.f119("ambulance", crash, "24:35", "案件結案", "jingmao7_crash", status="closed", follows=amb)
    s.police("road_reopened", "Minor", off(j6, 20, 80), "24:40", "事故車輛已拖離，經貿路二段恢復通行；路口號誌仍故障，維持人工指揮",
             "jingmao7_crash", delay=8 * M, follows=clo)
    s.police("other", "Minor", j6, "25:10", "交通局廠商到場，架設臨時號誌，警力撤離", "jingmao7_signal_out", alt="jingmao7_crash",
             delay=12 * M, follows=tsf)

    s.incident("jingmao7_crash", "traffic",
               "The drunk driver's crash at 經貿路二段/經貿七路: trapped driver, ambulance, the broken hydrant and the water "
               "on the road, the pressure drop in the blocks around (the same hydrant: the water company's valve ends it), "
               "the closure and its queue. One job.", k1)
    s.incident("jingmao7_signal_out", "traffic",
               "The junction's signal controller cabinet destroyed: signals dark, its camera offline, traffic police "
               "at the junction until the contractor's temporary signals at 01:10. A job of its own: another agency "
               "and it outlives the crash.", sig_call)
    s.incident("pop_centre_brawl", "public_safety",
               "A brawl outside the pop music centre's side door after the concert, one man hurt. Unrelated.", d0)
    s.alternative(
        "A coordinator may keep the dark junction with the crash that caused it: one scene, the same police at the "
        "junction, until the signals are back.",
        [{"label": "jingmao7_crash", "type": "traffic",
          "description": "The crash with everything it damaged: hydrant, water, pressure, the signal cabinet and camera.",
          "sufficient_evidence_key": k1}])
    s.notes.append("The signal controller reports a lost link at 23:12 (the car hit its cabinet); the first word that the "
                   "junction is dark is a caller's at 23:17. The police signal report is delivered twice.")
    return s


# =====================================================================================
def s1476():
    s = Situation(1476, "sinkhole_zhongke_after_typhoon", (2026, 8, 13), "颱風過後中科路路面坍陷，配水管破管")
    s.description = (
        "Thursday 13 August 2026, the morning after a typhoon. At 06:35 the signal at 黎明路三段/凱旋路 starts "
        "flashing (wind damage); at 06:48 a tree falls across 黎明路三段 between 凱旋路 and 中科路. At 07:00 the "
        "pavement of 中科路 by the pop music centre caves in over a broken storm drain: a car's wheel drops in, "
        "the vehicle detector's loop is cut, a water main in the hole bursts and some 300 homes along 凱旋路 lose "
        "water; the northbound carriageway is closed and traffic moves to 凱旋路. Around it: drainage still high "
        "after the storm and falling, a broken branch on a park path, the morning rush, a flood sensor's link "
        "flapping, typhoon-damaged lamps.")
    hole = off(sensor_pt("SN-VD-ZHONGKE-01"), 0, 45)
    lk = junction("kaixuan", "liming")
    tree = off(lk, 150, 40)
    pop = place("pop_music_centre")

    s.status("SN-FL-009", "offline", "06:20", "黎明路凱旋路口低窪處淹水感測器 離線：通訊中斷", None, reason="comms_lost")
    s.rule("SN-WL-003", "water_level", "06:30", "水湳區域排水經貿路水位 1.52 m，達三級警戒（退水中）", None, level="3")
    sg = s.signal("SN-SIG-007", "fault", "06:35", "黎明路三段/凱旋路 號誌閃爍異常", "liming_kaixuan_signal", alt="liming_tree")
    s.c1999("traffic_signal", off(lk, -15, 10), "06:40", "黎明凱旋路口紅綠燈一直閃黃燈，颱風吹壞了吧", "liming_kaixuan_signal",
            alt="liming_tree", delay=3 * M)
    s.c1999("fallen_tree", off(place("park_car_park"), -60, -350), "06:45", "中央公園步道上有樹枝斷掉擋住步道，散步的人要繞過去", None)
    t1 = s.c1999("fallen_tree", off(tree, -10, 10), "06:50", "黎明路三段靠近凱旋路那邊，路樹倒在馬路上，兩個車道都擋住了",
                 "liming_tree", delay=2 * M)
    tr = s.police("fallen_object", "Severe", tree, "06:58", "黎明路三段（凱旋路至中科路間）路樹倒塌橫跨車道，雙向受阻，已設警示",
                  "liming_tree", delay=9 * M)
    r1 = s.c1999("road_damage", off(hole, -15, 5), "07:02",
                 "中科路靠影音中心那段，路面陷下去一個洞，大概一台機車那麼大，還在變大", "zhongke_sinkhole", delay=3 * M)
    s.cctv("SN-CCTV-007", "fallen_object", 0.58, "07:05", "路口東側車道有大型障礙物", "liming_tree")
    s.status("SN-FL-009", "online", "07:05", "黎明路凱旋路口低窪處淹水感測器 恢復連線", None)
    rc = s.police("road_collapse", "Severe", hole, "07:08",
                  "中科路（黎明路至影音中心段）北向外側車道路面坍陷，約2公尺見方、深1.5公尺，已設置交通錐", "zhongke_sinkhole",
                  delay=6 * M)
    tsf = s.police("traffic_signal_fault", "Moderate", lk, "07:10", "黎明路三段/凱旋路口號誌閃爍，已通報交通局，尖峰時段派員指揮",
                   "liming_kaixuan_signal", alt="liming_tree", delay=12 * M)
    s.status("SN-VD-ZHONGKE-01", "offline", "07:15", "中科路車輛偵測器1 離線：設備故障（線圈無訊號）", "zhongke_sinkhole",
             reason="device_fault")
    rs = s.f119("rescue", hole, "07:16", "中科路路面坍陷，一輛自小客車右前輪陷入坑洞，駕駛已自行脫困無受傷，協助吊離", "zhongke_sinkhole",
                delay=40)
    s.dup(rs, 45)
    s.rule("SN-VD-ZHONGKE-01", "sensor_offline", "07:20", "中科路車輛偵測器1 超過5分鐘未回傳資料", "zhongke_sinkhole")
    s.c1999("road_damage", off(hole, 10, -20), "07:22", "中科路有車子掉到洞裡，路好像還在塌", "zhongke_sinkhole", delay=2 * M)
    clo = s.police("road_closure", "Severe", off(hole, 10, 200), "07:25", "中科路北向封閉，南向縮減為單線，車輛請改道凱旋路",
                   "zhongke_sinkhole", delay=10 * M)
    s.c1999("water_outage", off(lk, 150, -600), "07:30", "凱旋路這邊早上七點多開始沒有水，颱風過了怎麼還停水", "zhongke_sinkhole",
            delay=5 * M)
    s.c1999("flooding", off(hole, -5, 10), "07:33", "中科路那個坑洞一直冒水出來，水流到路上", "zhongke_sinkhole", delay=3 * M)
    s.rule("SN-VD-LIMING-01", "congestion", "07:35", "黎明路車輛偵測器1 平均車速 8 km/h，佔有率 74%", "liming_tree")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "07:40", "凱旋路車輛偵測器2 平均車速 11 km/h，佔有率 69%", "zhongke_sinkhole", alt=None)
    s.c1999("water_outage", off(pop, 30, -40), "07:45", "流行影音中心附近停水，沒有看到停水公告啊", "zhongke_sinkhole", delay=4 * M)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "07:50", "環中路車輛偵測器1 平均車速 15 km/h（上班尖峰）", None)
    s.police("other", "Moderate", hole, "07:55", "自來水公司確認坑洞內DN300配水管破管，關閥搶修，周邊約300戶停水",
             "zhongke_sinkhole", delay=10 * M, follows=rc)
    s.c1999("water_outage", off(pop, -150, -200), "08:00", "我家在凱旋路，從早上就沒水，小孩要上學都沒辦法洗臉", "zhongke_sinkhole",
            delay=6 * M)
    s.c1999("streetlight", off(junction("jingmao", "liming"), 50, -40), "08:10", "經貿路黎明路口有一支路燈被颱風吹歪了", None)
    s.c1999("other", off(pop, -80, 20), "08:20", "中科路什麼時候會修好？公車都改道了，站牌等不到車", "zhongke_sinkhole", delay=3 * M)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "08:15", "環中路車輛偵測器2 平均車速 17 km/h（上班尖峰）", None)
    s.rule("SN-WL-003", "cleared", "08:30", "水湳區域排水經貿路水位 1.21 m，低於三級警戒，警戒解除", None)
    s.police("fallen_object", "Minor", tree, "08:40", "路樹已清除，黎明路三段恢復雙向通行", "liming_tree", delay=6 * M, follows=tr)
    s.signal("SN-SIG-007", "restored", "09:10", "黎明路三段/凱旋路 號誌恢復正常", "liming_kaixuan_signal", alt="liming_tree")
    s.police("other", "Minor", lk, "09:15", "號誌修復，警力撤離", "liming_kaixuan_signal", alt="liming_tree", delay=5 * M, follows=tsf)
    s.police("other", "Moderate", hole, "09:30", "建設局搶修中，坑洞回填，預計傍晚恢復通行", "zhongke_sinkhole", delay=8 * M,
             follows=clo)

    s.incident("zhongke_sinkhole", "infrastructure",
               "The sinkhole on 中科路: callers, police, the car's wheel in it (119), the detector's loop cut, the closure "
               "and the detour's queue on 凱旋路, the burst main in the hole and the homes without water. One job for the "
               "construction bureau and the water company.", r1)
    s.incident("liming_tree", "traffic",
               "A tree across both lanes of 黎明路三段; camera, callers, police, the queue on 黎明路.", t1)
    s.incident("liming_kaixuan_signal", "traffic",
               "The signal at 黎明路三段/凱旋路 flashing after the typhoon: the traffic bureau's contractor and police at "
               "rush hour.", sg)
    s.alternative(
        "The tree lies 150 m east of the flashing junction and fell in the same night; a coordinator may read the "
        "signal fault as the tree's (a cable pulled down) and run one job on 黎明路; and may leave the 凱旋路 "
        "slow-down to the morning rush.",
        [{"label": "liming_tree", "type": "traffic",
          "description": "The tree across 黎明路三段 and the flashing signal at 凱旋路 as one job on 黎明路.",
          "sufficient_evidence_key": sg}])
    return s


if __name__ == "__main__":
    for fn in (s1471, s1472, s1473, s1474, s1475, s1476):
        sit = fn()
        base, n = sit.write()
        print(f"{base}: {n} items")
