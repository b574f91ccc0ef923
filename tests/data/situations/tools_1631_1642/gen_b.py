"""Situations 1637-1642 (author oD): permits, 119 cases and device statuses over a night or a day."""
import datetime as dt
from lib import Situation, case119, permit, case1999, police, status, sig, ruled

D = dt.timedelta


def s1637():
    s = Situation(1637, "eco_b_fire_rekindle_beside_works", "2026-01-14",
                  "深夜生態住宅B區住宅火警：疏散、封路、吸入濃煙送醫、面板主電源切斷；清晨同址復燃；同夜經貿路三段刨鋪施工；A區面板無關故障。")
    s.story = ("At 02:11 the panel of eco-residential block B went into alarm and callers saw black smoke from a 7th-floor flat. "
               "119 sent engines and an ambulance for a resident who inhaled smoke; the police closed 敦化路一段 and about "
               "60 residents were evacuated; the crew cut the fire zone's mains, which the panel reported as a fault. The case "
               "was closed at 03:40 and the road reopened, but at 05:35 the panel alarmed again and 119 dispatched a rekindle. "
               "The same night a resurfacing permit on 經貿路三段 slowed traffic, block A's panel reported a weak battery and "
               "a CMU dorm student was taken to hospital with stomach pain.")
    permit(s, "PE-1150105-0009", "road_works", (120.6594, 24.183), s.t("22:00", -1), s.t("05:00"), s.t("10:00", -9), None,
           "經貿路三段 路面刨除加鋪，夜間分段封閉單向一車道", radius=400,
           versions=[("amended", s.t("15:00", -2), s.t("23:00", -1), s.t("05:00"), None, 400, "變更：開工時間改為23:00")])
    ruled(s, "SN-VD-JINGMAO-02", "congestion", s.t("00:32"), 40, None, text="經貿路車輛偵測器2 平均車速 16 km/h")
    F = "eco_b_fire"
    a1 = sig(s, "SN-FA-012", "fire_alarm", "alarm", s.t("02:11:20"), 3, F, text="7F 住戶 偵煙探測器動作")
    case1999(s, "1999-1150114-00008", "fire_smoke", s.near("eco_b", 60), s.t("02:12"), 50, F,
             "敦化路一段那棟住宅大樓冒很多黑煙，有看到火光")
    c = case119(s, "F1150114-0011", "fire", "eco_b",
                [("dispatched", s.t("02:13"), 20, "水湳生態住宅B區 7樓住宅火警，疑似有人受困"),
                 ("on_scene", s.t("02:19"), 35, "第一車抵達，7樓窗口冒出火煙"),
                 ("returning", s.t("03:21"), 60, "火勢撲滅，殘火處理完畢，返隊"),
                 ("closed", s.t("03:41"), 200, None)], F, "", severity="Severe")
    s.dup(a1, 170)
    case1999(s, "1999-1150114-00010", "fire_smoke", s.near("eco_b", 80), s.t("02:16"), 70, F, "經貿路這邊聞到很重的燒焦味，B區大樓有火")
    police(s, "TCPD-0114-0009", "road_closure", "eco_b", s.t("02:21"), 200, F, "敦化路一段封閉，供消防車輛作業")
    case119(s, "F1150114-0012", "ambulance", "eco_b",
            [("dispatched", s.t("02:24"), 20, "水湳生態住宅B區 住戶吸入濃煙，意識清楚"), ("on_scene", s.t("02:31"), 30, None),
             ("returning", s.t("02:49"), 40, "送中國醫藥大學附設醫院"), ("closed", s.t("03:32"), 200, None)], F, "")
    police(s, "TCPD-0114-0011", "evacuation", (120.6594, 24.1818), s.t("02:25"), 240, F, "B區住戶約60人疏散至經貿路側騎樓")
    sig(s, "SN-FA-012", "fire_alarm", "fault", s.t("02:30"), 5, F, text="火警區域主電源切斷，警報迴路異常")
    ruled(s, "SN-VD-JINGMAO-02", "congestion", s.t("02:36"), 40, None, text="經貿路車輛偵測器2 平均車速 8 km/h", alt=F)
    sig(s, "SN-FA-011", "fire_alarm", "fault", s.t("02:41"), 5, None, text="預備電源電壓不足")
    police(s, "TCPD-0114-0014", "evacuation", (120.6594, 24.1818), s.t("03:35"), 120, F, "住戶已返回住處，7樓起火戶暫不得進入",
           severity="Minor", follows="TCPD-0114-0011")
    sig(s, "SN-FA-012", "fire_alarm", "normal", s.t("03:46"), 5, F, text="火警受信總機復歸")
    police(s, "TCPD-0114-0016", "road_reopened", "eco_b", s.t("03:52"), 120, F, "敦化路一段解除封閉，恢復通行",
           severity="Minor", follows="TCPD-0114-0009")
    A = "cmu_dorm_ambulance"
    case119(s, "F1150114-0019", "ambulance", "cmu",
            [("dispatched", s.t("04:10"), 20, "中國醫藥大學水湳校區宿舍 學生腹部劇痛"), ("on_scene", s.t("04:18"), 30, None),
             ("returning", s.t("04:35"), 40, "送中國醫藥大學附設醫院"), ("closed", s.t("05:05"), 200, None)], A, "")
    a2 = sig(s, "SN-FA-012", "fire_alarm", "alarm", s.t("05:35:05"), 3, F, text="7F 住戶 偵煙探測器動作", alt="eco_b_rekindle")
    case119(s, "F1150114-0024", "rekindle", "eco_b",
            [("dispatched", s.t("05:36"), 20, "水湳生態住宅B區 7樓同址復燃"), ("on_scene", s.t("05:42"), 30, None),
             ("returning", s.t("06:11"), 60, "復燃處理完畢，留守人員監控"), ("closed", s.t("06:42"), 200, None)], F, "",
            severity="Moderate", alt="eco_b_rekindle", follows="F1150114-0011")
    case1999(s, "1999-1150114-00021", "fire_smoke", s.near("eco_b", 60), s.t("05:38"), 60, F, "剛剛那棟B區大樓又在冒煙了",
             alt="eco_b_rekindle")
    sig(s, "SN-FA-012", "fire_alarm", "normal", s.t("06:20"), 5, F, text="火警受信總機復歸", alt="eco_b_rekindle")
    s.background_traffic(4, s.t("22:30", -1), 8, "1637")
    s.inc(F, "fire", "B區7樓住宅火警含復燃：119火災與復燃、救護、封路、疏散、面板", a1["key"])
    s.inc(A, "rescue", "中國醫大宿舍學生急病送醫", "F1150114-0019")
    s.alternative("復燃在原案結案後近兩小時才發生，消防局另立案號：視為一件新的火災工作；封路期間經貿路車慢算火警影響",
                  add=[("eco_b_rekindle", "fire", "B區同址復燃", a2["key"])])
    s.debatable = ["The rekindle: same fire in the truth (same flat, follows the first case), a new job in the alternative "
                   "because the first was closed 1 h 54 min earlier.",
                   "The 02:36 slow-down on 經貿路 inside the resurfacing permit: works in the truth, the fire's closure in the "
                   "alternative. Block A's weak-battery fault 300 m north is background in both."]
    return s


def s1638():
    s = Situation(1638, "anime_expo_lost_boy_stalled_shuttle", "2026-11-21",
                  "動漫博覽會(許可增設接駁區)：入場人潮；A館男童走失後於B館尋獲；經貿黎明路口接駁公車拋錨(路口攝影機時鐘慢8小時)；場內昏倒送醫。")
    s.story = ("Day two of an anime expo at the convention centre, whose permit was amended to add the 經貿六 car park as a "
               "shuttle stop. Queues reached 黎明路 and the car parks filled. A six-year-old was reported lost in hall A by "
               "police and by his mother on 1999, and found at hall B's desk 33 minutes later. A shuttle bus broke down at "
               "經貿路/黎明路; the camera there keeps UTC on its clock and stamps it as local time (its times are 8 h behind) and one police report "
               "arrived twice. A visitor fainted in hall A in the afternoon.")
    E = "expo_crowd"
    permit(s, "PE-1151102-0450", "exhibition", "convention", s.t("10:00", -1), s.t("19:00", 1), s.t("16:20", -19), E,
           "臺中國際動漫博覽會 11/20-11/22 10:00-19:00，預估每日4萬人次", radius=400,
           versions=[("amended", s.t("10:45", -3), s.t("10:00", -1), s.t("19:00", 1), None, 500,
                      "變更：增設經貿六停車場為接駁區，管制範圍擴大")])
    wrong = -D(hours=8)  # the camera runs on UTC but stamps it as local time: 8 h behind
    sig(s, "SN-PK-006", "parking", "full", s.t("09:41"), 40, E, text="會展中心停車場 車位已滿")
    sig(s, "SN-PK-002", "parking", "full", s.t("10:08"), 40, E, text="經貿六停車場 車位已滿")
    sig(s, "SN-CCTV-005", "cctv", "crowding", s.t("10:20"), 20, E, confidence=0.86, observed=s.t("10:20") + wrong)
    ruled(s, "SN-VD-JINGMAO-01", "congestion", s.t("10:31"), 30, E, text="經貿路車輛偵測器1 平均車速 9 km/h")
    ruled(s, "SN-VD-LIMING-01", "congestion", s.t("10:36"), 30, E, text="黎明路車輛偵測器1 平均車速 12 km/h")
    police(s, "TCPD-1121-0055", "crowd_control", "convention", s.t("10:45"), 200, E, "動漫展入場排隊人潮延伸至黎明路三段，派員疏導",
           severity="Minor")
    B = "lost_boy"
    police(s, "TCPD-1121-0071", "missing_person", "hall_a", s.t("11:52"), 150, B,
           "會展中心A館 6歲男童與母親走失，身穿黃色上衣、藍色短褲")
    case1999(s, "1999-1151121-00233", "missing_person", s.near("hall_a", 30), s.t("11:56"), 90, B, "我兒子在會展中心A館不見了，6歲，穿黃色衣服",
             updates=[(s.t("12:30"), 40, "結案", "警方通知已尋獲")])
    police(s, "TCPD-1121-0078", "missing_person", "hall_b", s.t("12:25"), 120, B, "走失男童於B館服務台尋獲，已交還母親",
           severity="Minor", follows="TCPD-1121-0071")
    S = "j5_stalled_shuttle"
    c1 = sig(s, "SN-CCTV-005", "cctv", "stalled_vehicle", s.t("12:31"), 20, S, confidence=0.91, observed=s.t("12:31") + wrong)
    p = police(s, "TCPD-1121-0083", "stalled_vehicle", "J5", s.t("12:38"), 150, S,
               "接駁公車故障停於經貿路二段黎明路口內側車道，等待拖吊")
    s.dup(p, 260)
    case1999(s, "1999-1151121-00251", "other", s.near("J5", 40), s.t("12:44"), 100, S, "公車停在路口不動，後面都塞住了")
    police(s, "TCPD-1121-0096", "stalled_vehicle", "J5", s.t("13:22"), 120, S, "故障接駁公車拖離，恢復通行",
           severity="Minor", follows="TCPD-1121-0083")
    R = "expo_faint"
    case119(s, "F1151121-0150", "ambulance", s.near("hall_a", 20),
            [("dispatched", s.t("14:02"), 25, "國際會展中心A棟 展場內女子昏倒，意識清楚"), ("on_scene", s.t("14:09"), 30, None),
             ("returning", s.t("14:27"), 40, "送澄清醫院中港院區"), ("closed", s.t("15:01"), 200, None)], R, "", alt=E)
    sig(s, "SN-CCTV-004", "cctv", "crowding", s.t("18:52"), 20, E, confidence=0.79)
    ruled(s, "SN-VD-HUANZHONG-03", "congestion", s.t("19:05"), 30, E, text="環中路車輛偵測器3 平均車速 15 km/h")
    police(s, "TCPD-1121-0140", "crowd_control", "transit_hub", s.t("19:15"), 150, E, "散場人潮往轉運中心，候車區派員疏導",
           severity="Minor", follows="TCPD-1121-0055")
    s.background_traffic(7, s.t("08:30"), 11, "1638")
    s.inc(E, "crowd", "動漫展入場與散場人潮、停車與車流", "TCPD-1121-0055")
    s.inc(B, "rescue", "A館男童走失，B館尋獲", "TCPD-1121-0071")
    s.inc(S, "traffic", "經貿黎明路口接駁公車拋錨", c1["key"])
    s.inc(R, "rescue", "A館女子昏倒送醫", "F1151121-0150")
    s.alternative("場內昏倒屬活動醫護，併入展覽人潮工作", drop=[R])
    s.notes = ["SN-CCTV-005 keeps UTC on its clock and labels it local time: its `observed` is 8 h before the real time (arrival is right)."]
    s.debatable = ["The fainting visitor: own rescue job in the truth, the expo's event medical in the alternative.",
                   "The stalled shuttle is the expo's shuttle, but a breakdown at a junction is a traffic job in both readings."]
    return s


def s1639():
    s = Situation(1639, "feeder_fault_dark_junctions", "2026-07-08",
                  "傍晚饋線事故：環中路兩路口號誌與攝影機、車偵器市電中斷，轉運中心面板切換預備電源、電梯受困；暗路口碰撞；台電夜間計畫停電工程因此取消。")
    s.story = ("At 19:12 a feeder fault cut mains along 環中路二段: the cabinets at 凱旋路 and 中科路 reported their signal "
               "and camera offline with mains_power_lost, a detector too, and the transit hub's panel went to battery. "
               "Callers reported the dark street, dark signals and two people stuck in the hub's lift; the police directed "
               "traffic, and at 19:40 two cars collided in the dark at 凱旋路/環中路. Taipower restored power at 20:55 and "
               "cancelled the planned maintenance outage it had permitted for that night.")
    O = "feeder_outage"
    permit(s, "PE-1150630-0270", "road_works", (120.650, 24.1965), s.t("23:00"), s.t("04:00", 1), s.t("09:30", -8), None,
           "台電 環中路二段饋線維護 計畫性停電工程", radius=600,
           versions=[("cancelled", s.t("20:31"), s.t("23:00"), s.t("04:00", 1), None, 600, "因本日傍晚饋線事故，計畫性停電工程延期")])
    first = None
    for sid, sec in [("SN-SIG-002", 4), ("SN-CCTV-002", 5), ("SN-VD-HUANZHONG-02", 6), ("SN-SIG-003", 7),
                     ("SN-CCTV-003", 7), ("SN-PK-001", 9)]:
        it = status(s, sid, "offline", s.t("19:12") + D(seconds=sec), 2, O, reason="mains_power_lost",
                    alt=("dark_junctions" if sid.startswith("SN-SIG") else "__same__"))
        if not sid.startswith("SN-SIG"):
            first = first or it
    sig(s, "SN-FA-001", "fire_alarm", "fault", s.t("19:12:20"), 4, O, text="主電源停電，切換預備電源")
    case1999(s, "1999-1150708-00377", "power_outage", s.near((120.6500, 24.1972), 80), s.t("19:15"), 60, O,
             "環中路這邊整排都停電了，店裡一片黑",
             updates=[(s.t("21:02"), 30, "結案", "台電回報已復電")])
    L = "hub_lift_trapped"
    case119(s, "F1150708-0301", "rescue", "transit_hub",
            [("dispatched", s.t("19:16"), 20, "水湳轉運中心 電梯停電困2人"), ("on_scene", s.t("19:24"), 30, None),
             ("returning", s.t("19:41"), 40, "2人已救出，無人受傷"), ("closed", s.t("20:05"), 200, None)], L, "", alt=O)
    police(s, "TCPD-0708-0180", "traffic_signal_fault", "J2", s.t("19:18"), 150, O, "凱旋環中路口號誌全暗，派員指揮交通",
           alt="dark_junctions")
    case1999(s, "1999-1150708-00381", "traffic_signal", s.near("J3", 40), s.t("19:20"), 80, O, "中科路環中路口紅綠燈不亮",
             alt="dark_junctions")
    case1999(s, "1999-1150708-00384", "streetlight", s.near((120.6505, 24.1974), 100), s.t("19:22"), 100, O,
             "環中路路燈整排都不亮")
    ruled(s, "SN-VD-HUANZHONG-01", "congestion", s.t("19:30"), 40, O, text="環中路車輛偵測器1 平均車速 13 km/h",
          alt="dark_junctions")
    ruled(s, "SN-VD-HUANZHONG-02", "sensor_offline", s.t("19:25"), 20, O, text="超過預期回傳間隔未回傳")
    ruled(s, "SN-PK-001", "sensor_offline", s.t("19:28"), 20, O, text="超過預期回傳間隔未回傳")
    X = "j2_crash_in_dark"
    police(s, "TCPD-0708-0186", "injury_accident", "J2", s.t("19:40"), 180, X, "凱旋環中路口號誌停電，兩車路口碰撞，一人頸部不適")
    case119(s, "F1150708-0309", "ambulance", "J2",
            [("dispatched", s.t("19:41"), 20, "凱旋路環中路二段口 車禍一人頸部疼痛"), ("on_scene", s.t("19:48"), 30, None),
             ("returning", s.t("20:06"), 40, "送澄清醫院中港院區"), ("closed", s.t("20:40"), 200, None)], X, "")
    case1999(s, "1999-1150708-00392", "traffic_accident", s.near("J2", 40), s.t("19:42"), 80, X, "凱旋路口紅綠燈沒亮，兩台車撞在一起")
    police(s, "TCPD-0708-0199", "injury_accident", "J2", s.t("20:20"), 100, X, "事故車輛移除，現場排除", severity="Minor",
           follows="TCPD-0708-0186")
    for sid, sec in [("SN-SIG-002", 0), ("SN-CCTV-002", 3), ("SN-VD-HUANZHONG-02", 4), ("SN-SIG-003", 5),
                     ("SN-CCTV-003", 6), ("SN-PK-001", 10)]:
        status(s, sid, "online", s.t("20:55") + D(seconds=sec), 2, O, alt=("dark_junctions" if sid.startswith("SN-SIG") else "__same__"))
    sig(s, "SN-SIG-002", "signal", "restored", s.t("20:56"), 4, O, text="號誌恢復正常運作", alt="dark_junctions")
    sig(s, "SN-SIG-003", "signal", "restored", s.t("20:56:30"), 4, O, text="號誌恢復正常運作", alt="dark_junctions")
    sig(s, "SN-FA-001", "fire_alarm", "normal", s.t("20:56"), 4, O, text="主電源恢復")
    police(s, "TCPD-0708-0204", "traffic_signal_fault", "J2", s.t("21:00"), 90, O, "號誌已恢復，撤回指揮人員",
           severity="Minor", follows="TCPD-0708-0180", alt="dark_junctions")
    s.background_traffic(5, s.t("17:30"), 5, "1639")
    s.inc(O, "infrastructure", "環中路二段饋線事故停電：號誌、攝影機、車偵器、停車場、面板，路口指揮交通", first["key"])
    s.inc(L, "rescue", "轉運中心電梯停電受困2人", "F1150708-0301")
    s.inc(X, "traffic", "凱旋環中路口停電中兩車碰撞", "TCPD-0708-0186")
    s.alternative("分工來看是兩件：台電/設施的停電工作，與交通局/警察的暗路口指揮工作；電梯受困是停電的後果，併入停電工作",
                  drop=[L], add=[("dark_junctions", "traffic", "停電號誌全暗的兩個路口", "TCPD-0708-0180")])
    s.debatable = ["One cause (the feeder) and one job in the truth; the alternative splits the dark junctions off as a traffic "
                   "job for the police and Transportation Bureau.",
                   "The lift rescue is 119's own job in the truth, the outage's consequence in the alternative.",
                   "The crash at the dark junction is its own traffic job in both; Taipower's cancelled permit is background."]
    return s


def s1640():
    s = Situation(1640, "bike_parade_and_chlorine_leak", "2026-09-27",
                  "自行車遊行(路線變更改走經貿路)：分段管制、人潮、噪音、騎士跌倒；同時段水資源回收中心加氯設備氯氣外洩，疏散與封路。")
    s.story = ("A bicycle parade from the Henan Rd car park to the convention centre, its route amended from 中科路 to 經貿路 "
               "three days before. Police closed 經貿路三段 in sections, residents of block A complained about whistles at "
               "08:20 and a rider fell at the finish. At 09:05 callers near the water reclamation centre smelled bleach; 119's "
               "hazmat team found a chlorine valve leaking, the police evacuated 200 m around it and closed part of 中平路 "
               "until 11:10.")
    M = "bike_parade"
    permit(s, "PE-1150910-0360", "march", (120.6535, 24.185), s.t("08:00"), s.t("11:00"), s.t("14:00", -17), M,
           "友善騎乘自行車遊行 河南路停車場出發，經中科路至國際會展中心，約1,500人", radius=1300,
           versions=[("amended", s.t("09:40", -3), s.t("08:30"), s.t("11:00"), (120.657, 24.185), 1300,
                      "變更：路線改經經貿路三段、二段，出發時間08:30")])
    police(s, "TCPD-0927-0031", "road_closure", (120.6592, 24.184), s.t("08:12"), 180, M, "經貿路三段配合自行車遊行分段管制",
           severity="Minor")
    case1999(s, "1999-1150927-00102", "noise", s.near("eco_a", 50), s.t("08:20"), 120, M, "一大早就有人在外面吹哨子放音樂，很吵")
    sig(s, "SN-CCTV-006", "cctv", "crowding", s.t("08:48"), 15, M, confidence=0.78)
    ruled(s, "SN-VD-JINGMAO-02", "congestion", s.t("08:45"), 30, M, text="經貿路車輛偵測器2 平均車速 7 km/h")
    police(s, "TCPD-0927-0047", "crowd_control", "convention", s.t("09:15"), 150, M, "遊行隊伍抵達會展中心廣場約1,500人",
           severity="Minor")
    R = "parade_rider_fall"
    case119(s, "F1150927-0081", "ambulance", s.near("convention", 40),
            [("dispatched", s.t("09:31"), 25, "國際會展中心廣場 遊行騎士跌倒，手肘擦傷"), ("on_scene", s.t("09:38"), 30, None),
             ("returning", s.t("09:52"), 40, "現場包紮，拒絕送醫"), ("closed", s.t("10:10"), 200, None)], R, "", alt=M)
    police(s, "TCPD-0927-0066", "road_reopened", (120.6592, 24.184), s.t("10:50"), 120, M, "遊行結束，經貿路三段解除管制",
           severity="Minor", follows="TCPD-0927-0031")
    H = "reclamation_chlorine"
    case1999(s, "1999-1150927-00131", "gas_odor", (120.6585, 24.1772), s.t("09:05"), 80, H,
             "水資源回收中心附近有很刺鼻的漂白水味道")
    case1999(s, "1999-1150927-00136", "gas_odor", s.near("cmu", 60), s.t("09:12"), 80, H, "校區這邊聞到怪味，眼睛刺刺的",
             updates=[(s.t("09:50"), 30, "處理中", "已通報消防局、環保局")])
    case119(s, "F1150927-0078", "hazmat", "water_reclamation",
            [("dispatched", s.t("09:15"), 20, "水湳水資源回收中心 加氯設備疑似氯氣外洩"),
             ("on_scene", s.t("09:27"), 30, "化災車抵達，偵測到氯氣，著裝進入"),
             ("returning", s.t("10:41"), 50, "閥件已關閉，外洩止漏"), ("closed", s.t("11:32"), 300, None)], H, "",
            severity="Severe")
    police(s, "TCPD-0927-0055", "evacuation", "water_reclamation", s.t("09:35"), 200, H, "回收中心周邊200公尺人員疏散")
    police(s, "TCPD-0927-0057", "road_closure", (120.6595, 24.1733), s.t("09:40"), 200, H, "中平路經貿路口至皇城街段封閉，請改道",
           follows="TCPD-0927-0055")
    sig(s, "SN-CCTV-011", "cctv", "crowding", s.t("09:44"), 15, H, confidence=0.55, alt=None)
    police(s, "TCPD-0927-0071", "road_reopened", (120.6595, 24.1733), s.t("11:10"), 120, H, "氯氣外洩排除，中平路恢復通行",
           severity="Minor", follows="TCPD-0927-0057")
    s.background_traffic(6, s.t("07:00"), 6, "1640")
    s.inc(M, "crowd", "自行車遊行：管制、人潮、噪音", "TCPD-0927-0031")
    s.inc(R, "rescue", "遊行騎士跌倒擦傷", "F1150927-0081")
    s.inc(H, "hazmat", "水資源回收中心氯氣外洩、疏散、封路", "1999-1150927-00136")
    s.alternative("騎士跌倒屬遊行醫護，併入遊行；中平路口的人群偵測信心低，視為雜訊", drop=[R])
    s.debatable = ["The rider's fall: own rescue job in the truth, the parade's in the alternative.",
                   "Two gas-smell calls from different places are sufficient in the truth (second call); some would wait for 119.",
                   "The 09:44 crowding at 經貿路/中平路 (evacuees gathering at the closure) is the leak's in the truth, noise in the alternative."]
    return s


def s1641():
    s = Situation(1641, "device_reasons_gateway_and_tree", "2026-04-23",
                  "平日設備狀態：淹水感測器電池低、攝影機計畫維護、車偵器故障；中央公園北區閘道通訊中斷(植栽修剪施工旁)；強風中科路路樹倒伏。")
    s.story = ("An ordinary weekday of device statuses. The 黎明路/凱旋路 flood gauge reported battery_low at 03:20; the "
               "臺灣大道 camera went down for planned maintenance; the 黎明路 detector reported a device fault. At 13:05 "
               "the park's north gateway lost its link and five devices went offline within seconds, one by last will; a "
               "tree-trimming crew under a permit was working next to the cabinet. In the afternoon wind a tree fell across "
               "中科路 beside the park.")
    W = "cpn01_gateway_down"
    permit(s, "PE-1150415-0190", "road_works", "park_car_park", s.t("09:00"), s.t("16:00"), s.t("10:30", -8), None,
           "中央公園北區 植栽修剪作業，部分步道封閉", radius=300, alt=W)
    status(s, "SN-FL-009", "offline", s.t("03:20"), 4, None, reason="battery_low", alt="fl009_battery")
    ruled(s, "SN-FL-009", "sensor_offline", s.t("03:41"), 20, None, text="黎明路凱旋路口低窪處淹水感測器 未回傳", alt="fl009_battery")
    status(s, "SN-CCTV-009", "offline", s.t("10:00"), 4, None, reason="maintenance")
    status(s, "SN-CCTV-009", "online", s.t("11:32"), 4, None)
    V = "vd_liming_fault"
    status(s, "SN-VD-LIMING-01", "offline", s.t("11:20"), 4, None, reason="device_fault", alt=V)
    ruled(s, "SN-VD-LIMING-01", "sensor_offline", s.t("11:23"), 15, None, text="超過預期回傳間隔未回傳", alt=V)
    first = None
    for sid, sec, rsn in [("SN-FL-001", 10, "comms_lost"), ("SN-FL-002", 12, "comms_lost"), ("SN-RG-001", 14, "comms_lost"),
                          ("SN-PK-004", 18, "comms_lost")]:
        it = status(s, sid, "offline", s.t("13:05") + D(seconds=sec), 3, W, reason=rsn)
        first = first or it
    # the pond level gauge's last will: no reason, published by the broker much later
    status(s, "SN-WL-001", "offline", s.t("13:05:15"), 840, W, key="SN-WL-001/status/lastwill")
    for sid, t0 in [("SN-PK-004", "13:09"), ("SN-FL-001", "13:26"), ("SN-FL-002", "13:26"), ("SN-WL-001", "13:26"),
                    ("SN-RG-001", "13:27")]:
        ruled(s, sid, "sensor_offline", s.t(t0), 20, W, text="超過預期回傳間隔未回傳")
    case1999(s, "1999-1150423-00288", "other", s.near("park_car_park", 40), s.t("13:40"), 120, None,
             "公園北區停車場入口的車位顯示看板沒有數字", alt=W)
    for sid, sec in [("SN-FL-001", 0), ("SN-FL-002", 1), ("SN-WL-001", 1), ("SN-RG-001", 2), ("SN-PK-004", 4)]:
        status(s, sid, "online", s.t("14:41") + D(seconds=sec), 3, W)
    status(s, "SN-VD-LIMING-01", "online", s.t("15:05"), 4, None, alt=V)
    T = "zhongke_fallen_tree"
    case1999(s, "1999-1150423-00301", "fallen_tree", (120.6534, 24.1872), s.t("15:40"), 100, T,
             "中科路靠中央公園這邊一棵樹倒下來擋住外側車道",
             updates=[(s.t("16:52"), 30, "結案", "建設局派員清除完畢")])
    police(s, "TCPD-0423-0121", "fallen_object", (120.6534, 24.1874), s.t("15:48"), 150, T, "中科路往北外側車道路樹倒伏")
    ruled(s, "SN-VD-ZHONGKE-01", "congestion", s.t("15:52"), 30, T, text="中科路車輛偵測器1 平均車速 14 km/h")
    police(s, "TCPD-0423-0130", "fallen_object", (120.6534, 24.1874), s.t("16:44"), 120, T, "路樹已移除，恢復通行",
           severity="Minor", follows="TCPD-0423-0121")
    status(s, "SN-FL-009", "online", s.t("16:30"), 4, None, alt="fl009_battery")
    s.background_traffic(8, s.t("07:00"), 11, "1641")
    s.inc(W, "infrastructure", "中央公園北區閘道(GW-CP-N01)通訊中斷，五具設備離線", first["key"])
    s.inc(T, "traffic", "中科路路樹倒伏", "1999-1150423-00301")
    s.alternative("每具自己故障的設備也各開一張設施故障工作(電池、車偵器)；修剪作業可能挖斷閘道線路，許可列入閘道工作；看板沒數字的陳情屬閘道",
                  add=[("fl009_battery", "infrastructure", "黎明凱旋低窪處淹水感測器電池低", "SN-FL-009/status@2026-04-22T19:20:00Z"),
                       ("vd_liming_fault", "infrastructure", "黎明路車偵器設備故障", "SN-VD-LIMING-01/status@2026-04-23T03:20:00Z")])
    s.debatable = ["Single devices with their own reason (battery_low, device_fault) are maintenance tickets, background in the "
                   "truth; jobs of their own in the alternative. The camera's planned maintenance is background in both.",
                   "The trimming permit beside the cabinet: background in the truth (the cause is not known), the gateway's in the alternative.",
                   "The 1999 call about a car-park sign showing no numbers is read as the gateway outage (PK-004 offline) only in the alternative."]
    return s


def s1642():
    s = Situation(1642, "nye_show_cancelled_crowd_anyway", "2026-12-31",
                  "跨年晚會許可(延長、擴大)於當天下午因強風取消；民眾仍大量湧入轉運中心；失智長者走失尋獲；中清環中路口機車自撞；綠美圖前看板被吹落。")
    s.story = ("The New Year's Eve show north of Central Park was approved in December, amended for the fireworks, and "
               "cancelled at 16:10 on the day for a strong-wind warning. Thousands came anyway: the transit hub and park "
               "car parks filled, cameras saw crowds at the hub and 經貿七路, 1999 took a crowding call that asked for "
               "extra buses. A 76-year-old with dementia was lost at the hub and found on 經貿路; a scooter crashed at "
               "中清路/環中路; the wind blew down an advertising board in front of the 綠美圖.")
    C = "nye_crowd"
    permit(s, "PE-1151201-0502", "concert", (120.6565, 24.1895), s.t("19:00"), s.t("00:30", 1), s.t("10:00", -30), C,
           "水湳跨年晚會 中央公園北側草原，預估5萬人", radius=800,
           versions=[("amended", s.t("14:20", -11), s.t("19:00"), s.t("01:00", 1), None, 900, "變更：增加午夜煙火，延長至01:00"),
                     ("cancelled", s.t("16:10"), s.t("19:00"), s.t("01:00", 1), None, 900, "強風特報，跨年晚會及煙火取消")],
           alt=None)
    sig(s, "SN-CCTV-004", "cctv", "crowding", s.t("18:31"), 20, C, confidence=0.88)
    sig(s, "SN-PK-001", "parking", "full", s.t("18:40"), 40, C, text="水湳轉運中心停車場 車位已滿")
    sig(s, "SN-PK-004", "parking", "full", s.t("18:52"), 40, C, text="中央公園地下停車場(北) 車位已滿")
    ruled(s, "SN-VD-HUANZHONG-03", "congestion", s.t("18:58"), 30, C, text="環中路車輛偵測器3 平均車速 11 km/h")
    ruled(s, "SN-VD-JINGMAO-01", "congestion", s.t("19:02"), 30, C, text="經貿路車輛偵測器1 平均車速 8 km/h")
    police(s, "TCPD-1231-0210", "crowd_control", "transit_hub", s.t("19:05"), 180, C,
           "民眾未獲知晚會取消，仍大量湧入轉運中心，派員廣播疏導")
    sig(s, "SN-CCTV-006", "cctv", "crowding", s.t("19:21"), 20, C, confidence=0.74)
    case1999(s, "1999-1151231-00701", "crowding", s.near("transit_hub", 50), s.t("19:30"), 90, C,
             "轉運站人很多很擠，公車都上不去",
             updates=[(s.t("20:10"), 30, "處理中", "已通報交通局加開公車班次")])
    L = "lost_elder"
    police(s, "TCPD-1231-0222", "missing_person", "transit_hub", s.t("19:46"), 150, L,
           "轉運中心一名76歲失智男性長者與家人走散，穿灰色外套")
    case1999(s, "1999-1151231-00709", "missing_person", s.near("transit_hub", 40), s.t("19:52"), 90, L,
             "我爸爸在轉運站走丟了，他有失智，穿灰色外套")
    police(s, "TCPD-1231-0241", "missing_person", "J6", s.t("20:41"), 150, L, "走失長者於經貿路二段經貿七路口尋獲，家屬領回",
           severity="Minor", follows="TCPD-1231-0222")
    X = "j8_scooter_crash"
    c1 = sig(s, "SN-CCTV-008", "cctv", "accident", s.t("21:10"), 15, X, confidence=0.8)
    police(s, "TCPD-1231-0255", "injury_accident", "J8", s.t("21:13"), 150, X, "中清環中路口 機車自撞分隔島，騎士受傷")
    case119(s, "F1151231-0412", "ambulance", "J8",
            [("dispatched", s.t("21:12"), 20, "中清路環中路口 機車自撞，騎士意識清楚，右腿疼痛"),
             ("on_scene", s.t("21:19"), 30, None), ("returning", s.t("21:38"), 40, "送中國醫藥大學附設醫院"),
             ("closed", s.t("22:15"), 200, None)], X, "")
    B = "museumbrary_board"
    case1999(s, "1999-1151231-00744", "fallen_object", s.near("museumbrary", 40), s.t("22:31"), 100, B,
             "綠美圖前面的廣告看板被風吹下來，倒在人行道跟慢車道上",
             updates=[(s.t("23:35"), 30, "結案", "建設局已移除看板")])
    police(s, "TCPD-1231-0270", "fallen_object", "museumbrary", s.t("22:40"), 150, B, "綠美圖前慢車道看板倒伏，已放置警示")
    police(s, "TCPD-1231-0288", "crowd_control", "transit_hub", s.t("22:45"), 150, C, "轉運中心人潮疏散完畢，解除管制",
           severity="Minor", follows="TCPD-1231-0210")
    case1999(s, "1999-1151231-00781", "noise", s.near("eco_a", 100), s.t("23:58"), 120, None, "有人在公園放鞭炮，很吵")
    s.background_traffic(6, s.t("17:00"), 7, "1642")
    s.inc(C, "crowd", "取消後仍湧入的跨年人潮：轉運中心、停車場、車流、加開公車", "SN-CCTV-004/cctv/crowding@2026-12-31T10:31:00Z")
    s.inc(L, "rescue", "轉運中心失智長者走失，經貿七路口尋獲", "TCPD-1231-0222")
    s.inc(X, "traffic", "中清環中路口機車自撞", c1["key"])
    s.inc(B, "traffic", "綠美圖前看板被風吹落", "1999-1151231-00744")
    s.alternative("已取消的許可從取消起什麼也不解釋：許可三個版本列為背景，人潮仍是一件工作", replace=[])
    s.debatable = ["The cancelled permit's versions: the crowd's cause in the truth (people came because of it), background in "
                   "the alternative. The crowd is a job under both.",
                   "The crowding camera at 18:31 is sufficient: at the hub on that night a coordinator opens at once.",
                   "The midnight firecracker noise call is background."]
    return s


if __name__ == "__main__":
    for f in (s1637, s1638, s1639, s1640, s1641, s1642):
        sit = f()
        n = sit.write()
        print(sit.num, sit.short, n, "items", len(sit.incidents), "incidents")
