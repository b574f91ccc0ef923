"""Situations 1337..1342 (seeded; rerun to regenerate)."""
from lib import Sit, inc, iso, offset, SENSORS
import datetime as dt


def s1337():
    S = Sit(1337, "reclamation_fire_jams_zhongping", "2026-05-20 16:30")
    FA = S.sp("SN-FA-008")
    al = S.dev("fire_alarm", "SN-FA-008", "alarm", 2, "F", "污泥處理機房 偵熱探測器動作")
    f = S.rep("119", "fire", offset(*FA, -30, -20), 5, "F", "水湳水資源回收中心 污泥脫水機房火警", units=["水湳分隊", "北屯分隊", "化學車"])
    S.cctv("SN-CCTV-011", "smoke", 6, "F", "畫面北側大量煙霧", 0.86)
    for t, txt in ((4, "水資源回收中心冒很大的黑煙"), (7, "中平路旁邊工廠失火了嗎，好多煙"), (9, "中國醫大這邊看到濃煙，味道很臭"),
                   (12, "經貿路往南看整片黑煙"), (16, "回收中心火災，消防車在路上")):
        S.rep("1999", "fire_smoke", S.near(*FA, 80, 650), t, "F", txt)
    S.rep("119", "fire", offset(*FA, -30, -20), 13, "F", "到場 機房內火勢 佈線搶救", status="on_scene", follows=f["key"])
    rc = S.rep("incident", "road_closure", (120.6585, 24.1731), 20, "F", "中平路 經貿路至河南路段 消防水線橫越 雙向封閉", "Severe")
    # the jam the closure causes
    jam = []
    for t, sid, txt in ((24, "SN-VD-ZHONGPING-02", "中平路車輛偵測器2 平均車速 6 km/h"),
                        (28, "SN-VD-ZHONGPING-01", "中平路車輛偵測器1 平均車速 9 km/h"),
                        (33, "SN-VD-HENAN-02", "河南路車輛偵測器2 平均車速 11 km/h"),
                        (41, "SN-VD-HENAN-01", "河南路車輛偵測器1 平均車速 14 km/h")):
        jam.append(S.rule(sid, "congestion", t, "F", txt, truth_alt="J"))
    S.cctv("SN-CCTV-010", "stalled_vehicle", 35, "F", "路口車輛停滯 回堵", 0.58, truth_alt="J")
    S.rep("1999", "other", S.near(120.648, 24.169, 50, 300), 45, "F", "河南路整條塞死，中平路為什麼封起來？", truth_alt="J")
    S.rep("1999", "other", S.near(120.667, 24.1757, 50, 300), 52, "F", "中平路東段完全不能動，請派人指揮交通", truth_alt="J")
    # a rear-end collision in the queue: its own job
    J = S.sp("SN-SIG-010")
    c = S.rep("incident", "accident", offset(*J, 30, 25), 47, "C", "河南路中平路口 回堵車陣中兩車追撞 無人受傷", "Minor")
    S.rep("1999", "traffic_accident", S.near(*J, 60, 200), 48, "C", "河南路這邊又撞車了，在塞車的車陣裡")
    S.rep("incident", "other", offset(*J, 30, 25), 78, "C", "追撞車輛已移置路邊 處理完畢", "Minor", follows=c["key"])
    S.rep("119", "fire", offset(*FA, -30, -20), 118, "F", "火勢撲滅", status="on_scene", follows=f["key"])
    S.rep("119", "fire", offset(*FA, -30, -20), 152, "F", "殘火處理完畢 收隊", status="closed", follows=f["key"])
    S.rep("incident", "road_reopened", (120.6585, 24.1731), 160, "F", "中平路水線收回 恢復通行", "Minor", follows=rc["key"], truth_alt="J")
    S.rule("SN-VD-ZHONGPING-02", "cleared", 171, "F", "中平路車輛偵測器2 車速恢復", truth_alt="J")
    S.dev("fire_alarm", "SN-FA-008", "normal", 165, "F", "受信總機復歸")
    # background
    S.rule("SN-VD-HUANZHONG-03", "congestion", 30, None, "環中路車輛偵測器3 下班尖峰 車速 17 km/h")
    S.dev("parking", "SN-PK-003", "full", 35, None, "河南路停車場 車位已滿")
    S.rep("1999", "streetlight", S.near(120.656, 24.19, 0, 200), 70, None, "綠美圖附近路燈不亮")
    S.rep("1999", "noise", S.near(120.644, 24.19, 0, 300), 95, None, "KTV 很吵")
    S.write("Weekday late afternoon 16:30-19:30. A fire in the sludge-dewatering room of the 水湳 water reclamation "
            "centre (16:32). Hose lines across 中平路 force police to close it; the closure jams 中平路 and 河南路 for "
            "2 hours, and in the queue at 河南路/中平路 two cars rear-end each other (17:17).",
            [inc("F", "fire", "reclamation centre fire, with the 中平路 closure and the jam it causes", al["key"]),
             inc("C", "traffic", "rear-end collision in the queue at 河南路/中平路", c["key"])],
            {"why": "the traffic control of the jam may be dispatched to the traffic police as its own job",
             "incidents": [inc("F", "fire", "reclamation centre fire", al["key"]),
                           inc("J", "traffic", "jam on 中平路/河南路 from the closure", jam[0]["key"]),
                           inc("C", "traffic", "rear-end collision", c["key"])]})
    return S


def s1338():
    S = Sit(1338, "truck_fells_signal_jingmao7", "2026-07-07 14:15")
    J = S.sp("SN-SIG-006")
    S.cctv("SN-CCTV-006", "accident", 3, "X", "路口偵測到車輛碰撞", 0.91)
    sf = S.dev("signal", "SN-SIG-006", "fault", 3.05, "X", "號誌控制器無回應", truth_alt="S")
    S.dev("status", "SN-SIG-006", "offline", 3.1, "X", "設備故障", reason="device_fault", truth_alt="S")
    S.cctv("SN-CCTV-006", "signal_dark", 4, "X", "號誌黑燈", 0.84, truth_alt="S")
    S.rep("1999", "traffic_accident", S.near(*J, 50, 200), 6, "X", "經貿路經貿七路口貨車撞到紅綠燈桿")
    p = S.rep("incident", "injury_accident", offset(*J, 10, 10), 7, "X", "經貿路二段與經貿七路口 貨車撞倒號誌桿 駕駛受傷", "Severe")
    S.rep("119", "ambulance", offset(*J, 10, 10), 8, "X", "貨車駕駛受困駕駛座 頭部流血", units=["水湳分隊救護車", "救助隊"])
    S.rep("1999", "fallen_object", S.near(*J, 30, 120), 9, "X", "號誌桿倒在路中間")
    S.rep("1999", "traffic_signal", S.near(*J, 100, 400), 10, "X", "經貿七路口紅綠燈全黑", truth_alt="S")
    S.rep("1999", "traffic_signal", S.near(*J, 100, 400), 14, "X", "經貿路號誌不亮，車子亂開", truth_alt="S")
    S.rule("SN-VD-JINGMAO-01", "congestion", 15, "X", "經貿路車輛偵測器1 平均車速 10 km/h")
    S.rep("incident", "traffic_signal_fault", offset(*J, 10, 10), 20, "X", "經貿七路口號誌桿倒塌 派員指揮交通 通知號誌廠商", "Moderate", truth_alt="S")
    S.rep("1999", "traffic_signal", S.near(*J, 200, 500), 30, "X", "那個路口燈號還是沒有，要等多久", truth_alt="S")
    S.rep("incident", "road_reopened", offset(*J, 10, 10), 82, "X", "肇事貨車已拖離 經貿路二段恢復通行 號誌仍待修", "Minor", follows=p["key"])
    S.rep("1999", "traffic_signal", S.near(*J, 50, 300), 140, "X", "經貿七路口紅綠燈下午到現在都沒修好", truth_alt="S")
    S.dev("signal", "SN-SIG-006", "restored", 205, "X", "號誌恢復正常", truth_alt="S")
    S.dev("status", "SN-SIG-006", "online", 205.2, "X", "恢復連線", truth_alt="S")
    # an unrelated controller fault 700 m north
    K = S.sp("SN-SIG-004")
    y = S.dev("signal", "SN-SIG-004", "fault", 35, "Y", "號誌控制器異常 閃黃燈")
    S.rep("1999", "traffic_signal", S.near(*K, 40, 250), 42, "Y", "環中路經貿路口一直閃黃燈")
    S.dev("signal", "SN-SIG-004", "restored", 110, "Y", "號誌恢復正常")
    # background
    S.dev("parking", "SN-PK-002", "full", 20, None, "經貿六停車場 車位已滿")
    S.dev("fire_alarm", "SN-FA-004", "fault", 60, None, "綠美圖 迴路接地故障")
    S.rep("1999", "illegal_parking", S.near(120.6575, 24.19, 0, 200), 50, None, "綠美圖旁邊違規停車")
    S.rep("1999", "blocked_drain", S.near(120.651, 24.178, 0, 200), 95, None, "逢甲水湳校區旁水溝有垃圾堵住")
    S.write("Weekday afternoon 14:15-17:45. A truck hits and fells the signal pole at 經貿路二段/經貿七路 (14:18), "
            "driver trapped and hurt; the truck is towed by 15:37 but the signal stays dark until 17:40. At 14:50 "
            "the signal at 環中路/經貿路, 700 m north, starts flashing amber from an unrelated controller fault.",
            [inc("X", "traffic", "truck felled the signal pole at 經貿路/經貿七路: casualty, tow, signal repair", p["key"]),
             inc("Y", "infrastructure", "controller fault, flashing amber at 環中路/經貿路", y["key"])],
            {"why": "the signal's repair (the contractor's job, 2 h deadline) may be filed apart from the crash",
             "incidents": [inc("X", "traffic", "truck crash", p["key"]),
                           inc("S", "infrastructure", "felled signal at 經貿路/經貿七路 awaiting repair", sf["key"]),
                           inc("Y", "infrastructure", "controller fault 環中路/經貿路", y["key"])]})
    return S


def s1339():
    S = Sit(1339, "zhongke_sinkhole_all_day", "2026-09-15 08:50")
    K = (120.65332, 24.18905)
    k1 = S.rep("1999", "road_damage", S.near(*K, 40, 150), 10, "K", "中科路路面下陷一個大洞，旁邊在冒水")
    S.rep("1999", "water_outage", S.near(*S.sp("SN-FA-006"), 30, 200), 25, "K", "影音中心附近突然停水了", truth_alt=None)
    S.rep("incident", "road_collapse", K, 32, "K", "中科路近敦化路 路面坍陷約2公尺 疑自來水管破裂", "Severe")
    rc = S.rep("incident", "road_closure", offset(*K, 0, 60), 40, "K", "中科路 黎明路至敦化路段雙向封閉 請改道凱旋路", "Severe")
    S.rule("SN-VD-ZHONGKE-01", "congestion", 45, "K", "中科路車輛偵測器1 平均車速 8 km/h")
    S.rule("SN-VD-KAIXUAN-02", "congestion", 62, "K", "凱旋路車輛偵測器2 改道車流 車速 13 km/h")
    S.rep("planned_event", "road_works", K, 95, "K", "中科路 自來水管搶修及路面修復", delay=-300,
          ends=iso(S.base + dt.timedelta(minutes=480)), radius_m=150)
    S.rep("1999", "road_damage", S.near(*K, 100, 400), 130, "K", "中科路那個坑還沒補好，封路很不方便")
    S.rule("SN-VD-ZHONGKE-01", "congestion", 182, "K", "中科路車輛偵測器1 午間車速 11 km/h")
    S.rep("1999", "other", S.near(*K, 200, 600), 262, "K", "中科路封到什麼時候？")
    S.rule("SN-VD-KAIXUAN-02", "congestion", 410, "K", "凱旋路車輛偵測器2 下班改道車流 車速 9 km/h")
    S.rep("incident", "road_reopened", offset(*K, 0, 60), 470, "K", "中科路坍陷修復完成 恢復雙向通行", "Minor", follows=rc["key"])
    S.rule("SN-VD-KAIXUAN-02", "cleared", 480, "K", "凱旋路車輛偵測器2 車速恢復")
    # unrelated: crash at 中科路/環中路 1 km north, at midday
    A = S.sp("SN-SIG-003")
    a = S.rep("incident", "accident", offset(*A, -10, -15), 200, "A", "中科路環中路口 自小客與機車擦撞 騎士輕傷", "Moderate")
    S.rep("1999", "traffic_accident", S.near(*A, 60, 250), 202, "A", "中科路環中路口車禍")
    S.cctv("SN-CCTV-003", "accident", 199.5, "A", "路口偵測到車輛碰撞", 0.77)
    # unrelated: pothole on 凱旋路 250 m west, afternoon
    h = S.rep("1999", "road_damage", (120.6510, 24.1880), 300, "H", "凱旋路有一個坑洞，機車經過差點摔倒")
    # background
    S.rep("1999", "noise", S.near(*K, 150, 400), 150, None, "搶修工程的機具很吵", truth_alt="K")
    S.rep("1999", "streetlight", S.near(120.645, 24.192, 0, 200), 330, None, "黎明路路燈不亮")
    S.dev("parking", "SN-PK-004", "full", 240, None, "中央公園地下停車場(北) 車位已滿")
    S.rep("1999", "illegal_parking", S.near(120.6566, 24.1885, 50, 200), 120, None, "公園停車場出口有車擋住")
    S.write("Weekday 08:50-17:00. A water main bursts under 中科路 near 敦化路 and the road caves in (about 09:00). "
            "Police close 中科路 from 09:30; emergency works run all day with detour traffic on 凱旋路; the road "
            "reopens at 16:40. Unrelated in that time: a collision at 中科路/環中路 (12:10, 1 km north) and a "
            "pothole reported on 凱旋路 (13:50, 250 m west).",
            [inc("K", "infrastructure", "sinkhole from a burst water main on 中科路: closure, works, detour, 7.5 h", k1["key"]),
             inc("A", "traffic", "collision at 中科路/環中路", a["key"]),
             inc("H", "infrastructure", "pothole on 凱旋路", h["key"])],
            {"why": "the water outage may be a separate utility matter; the works' noise complaint may be read as this job's",
             "incidents": [inc("K", "infrastructure", "sinkhole", k1["key"]), inc("A", "traffic", "collision", a["key"]),
                           inc("H", "infrastructure", "pothole", h["key"])]},
            notes="The road-works permit was issued during the job, five minutes before its start.")
    return S


def s1340():
    S = Sit(1340, "transit_hub_friday_many_small_jobs", "2026-12-18 17:20")
    H = (120.65280, 24.19740)
    S.dev("parking", "SN-PK-001", "full", 3, None, "轉運中心停車場 車位已滿")
    t = S.rep("incident", "theft", offset(*H, 25, -10), 5, "T", "水湳轉運中心候車區 旅客行李箱遭竊", "Minor")
    S.rep("1999", "other", offset(*H, 40, 5), 8, "T", "我在轉運站的行李箱被偷了")
    m0 = S.rep("1999", "rescue", offset(*H, -20, 30), 11, "M", "轉運站月台有阿伯昏倒")
    m = S.rep("119", "ambulance", offset(*H, -20, 30), 12, "M", "水湳轉運中心月台 老翁倒地 意識模糊", units=["水湳分隊救護車"])
    S.rep("119", "ambulance", offset(*H, -20, 30), 21, "M", "到場", status="on_scene", follows=m["key"])
    S.rep("119", "ambulance", offset(*H, -20, 30), 39, "M", "送醫", status="returning", follows=m["key"])
    S.cctv("SN-CCTV-003", "stalled_vehicle", 17, "B", "路口附近大型車停滯", 0.69)
    b = S.rep("incident", "stalled_vehicle", offset(*H, -40, 45), 18, "B", "客運於轉運中心出口拋錨 占用環中路外側車道", "Moderate")
    S.rule("SN-VD-HUANZHONG-02", "congestion", 25, "B", "環中路車輛偵測器2 平均車速 12 km/h", truth_alt=None)
    S.dev("fire_alarm", "SN-FA-001", "fault", 20, None, "受信總機 備用電池電壓低")
    S.cctv("SN-CCTV-004", "crowding", 30, None, "路口人群聚集", 0.55, motion="standing")
    l = S.rep("incident", "missing_person", offset(*H, 10, -20), 35, "L", "轉運中心大廳 7歲女童與母親走失 粉紅外套", "Moderate")
    S.rep("1999", "missing_person", offset(*H, 60, 10), 37, "L", "我女兒在轉運站不見了")
    S.rep("incident", "other", offset(*H, 10, -20), 58, "L", "女童已於2樓尋獲", "Minor", follows=l["key"])
    d = S.rep("incident", "public_disturbance", offset(*H, 50, -40), 44, "D", "轉運中心計程車排班區 司機糾紛 互相拉扯", "Moderate")
    S.rep("1999", "other", offset(*H, 70, -50), 46, "D", "計程車那邊有人在打架")
    S.rep("incident", "stalled_vehicle", offset(*H, -40, 45), 62, "B", "拋錨客運已拖離 車道恢復", "Minor", follows=b["key"])
    S.rep("1999", "illegal_parking", offset(*H, 120, 60), 50, None, "轉運站旁邊臨停車很多，擋到公車")
    S.rep("1999", "streetlight", S.near(*H, 200, 400), 66, None, "環中路人行道路燈不亮")
    S.write("Friday evening 17:20-18:30 at 水湳轉運中心. Within 150 m and 45 minutes, five unrelated jobs: a luggage "
            "theft (17:25), an old man collapsing on a platform (17:31), a coach broken down at the exit onto 環中路 "
            "(17:38), a lost girl (17:55, found 18:18) and a fight between taxi drivers (18:04). Full car park, a "
            "standing crowd and a panel's battery warning are routine.",
            [inc("T", "public_safety", "luggage theft at the hub", t["key"]),
             inc("M", "rescue", "old man collapsed on platform", m0["key"]),
             inc("B", "traffic", "broken-down coach blocking 環中路 lane", b["key"]),
             inc("L", "rescue", "lost 7-year-old girl", l["key"]),
             inc("D", "public_safety", "taxi-rank fight", d["key"])],
            {"why": "the 環中路 slowdown is the Friday rush as much as the coach",
             "incidents": [inc("T", "public_safety", "theft", t["key"]), inc("M", "rescue", "collapse", m0["key"]),
                           inc("B", "traffic", "coach", b["key"]), inc("L", "rescue", "lost girl", l["key"]),
                           inc("D", "public_safety", "fight", d["key"])]})
    return S


def s1341():
    S = Sit(1341, "wrong_way_run_along_huanzhong", "2026-02-21 01:30")
    # unrelated flat tyre on 環中路 earlier, on the same road
    V = S.sp("SN-VD-HUANZHONG-01")
    s = S.rep("incident", "stalled_vehicle", offset(*V, 20, 25), 0, "S", "環中路一段 自小客車爆胎 停於路肩", "Minor")
    S.rep("1999", "other", S.near(*V, 80, 250), 2, "S", "環中路路肩有台車閃雙黃燈停著，沒有放三角錐")
    S.rep("incident", "other", offset(*V, 20, 25), 31, "S", "爆胎車輛已換胎駛離", "Minor", follows=s["key"])
    # the wrong-way driver: 臺灣大道 -> 環中路 north-east -> crash at 中清路
    w1 = S.cctv("SN-CCTV-009", "wrong_way", 2, "W", "偵測到逆向行駛車輛", 0.9)
    w = S.rep("incident", "wrong_way_driver", offset(*S.sp("SN-CCTV-009"), 60, 70), 3, "W", "環中路 自臺灣大道口 白色自小客車逆向往北屯方向", "Extreme")
    S.rep("1999", "other", (120.6372, 24.1829), 3.6, "W", "環中路上有一台車逆向開過來，差點撞到")
    S.cctv("SN-CCTV-001", "wrong_way", 5.0, "W", "偵測到逆向行駛車輛", 0.86)
    S.cctv("SN-CCTV-002", "wrong_way", 5.2, "W", "偵測到逆向行駛車輛", 0.81)
    S.rep("1999", "other", (120.6497, 24.1973), 5.4, "W", "凱旋路口那邊有車逆向，超危險")
    S.cctv("SN-CCTV-003", "wrong_way", 5.9, "W", "偵測到逆向行駛車輛", 0.88)
    S.cctv("SN-CCTV-004", "wrong_way", 6.1, "W", "偵測到逆向行駛車輛", 0.74)
    X = S.sp("SN-SIG-008")
    S.cctv("SN-CCTV-008", "accident", 6.6, "W", "路口偵測到車輛碰撞", 0.93, truth_alt="X")
    x = S.rep("incident", "injury_accident", offset(*X, -25, -5), 9, "W", "中清路環中路口 逆向自小客與對向車輛正面碰撞 2人受傷", "Severe", truth_alt="X")
    S.rep("119", "ambulance", offset(*X, -25, -5), 9.5, "W", "中清環中路口 兩車對撞 2人受傷 1人受困", units=["北屯分隊救護車", "救助隊"], truth_alt="X")
    S.rep("1999", "traffic_accident", S.near(*X, 100, 350), 10, "W", "中清路口剛剛砰一聲，兩台車撞在一起", truth_alt="X")
    S.rep("incident", "road_closure", offset(*X, -25, -5), 16, "W", "中清環中路口 事故處理 內側車道封閉", "Moderate", truth_alt="X")
    S.rule("SN-VD-HUANZHONG-03", "congestion", 22, "W", "環中路車輛偵測器3 平均車速 15 km/h", truth_alt="X")
    S.rep("incident", "road_reopened", offset(*X, -25, -5), 95, "W", "事故排除 中清環中路口恢復通行 逆向駕駛酒駕移送", "Minor", follows=w["key"], truth_alt="X")
    # background
    S.rep("1999", "noise", S.near(120.646, 24.1925, 100, 300), 20, None, "黎明路有改裝車在飆車，吵到睡不著")
    S.rep("1999", "streetlight", S.near(120.64, 24.1875, 50, 200), 40, None, "環中路一段路燈壞了好幾盞")
    S.rule("SN-VD-ZHONGQING-02", "congestion", 50, None, "中清路車輛偵測器2 夜間施工 車速 18 km/h")
    S.write("Saturday night 01:30-03:10. A drunk driver turns the wrong way onto 環中路 at 臺灣大道 (01:32) and runs "
            "about 3.5 km north-east past five cameras in about four minutes, ending in a head-on collision at 中清路/環中路 "
            "(01:37), two hurt. Earlier a car with a flat tyre stopped on the 環中路 shoulder on the same stretch: "
            "its own small job.",
            [inc("W", "traffic", "wrong-way drunk driver along 環中路 and the head-on crash ending it", w1["key"]),
             inc("S", "traffic", "flat tyre on 環中路 shoulder", s["key"])],
            {"why": "the head-on crash at 中清路 (ambulance, rescue, closure) may be filed as its own job after the pursuit",
             "incidents": [inc("W", "traffic", "wrong-way driver", w1["key"]),
                           inc("X", "traffic", "head-on crash at 中清路/環中路", x["key"]),
                           inc("S", "traffic", "flat tyre", s["key"])]})
    return S


def s1342():
    S = Sit(1342, "henan_tanker_leak_drifting_smell", "2026-11-05 10:10")
    L0 = (120.64760, 24.16830)  # 河南路二段, tanker valve
    S.rep("1999", "gas_odor", S.near(*L0, 100, 250), 4, "H", "河南路上有一台槽車在漏東西，味道很刺鼻")
    hz = S.rep("119", "hazmat", L0, 8, "H", "河南路二段 槽車閥門洩漏 疑似醋酸 請求化災車", units=["西屯分隊", "化學災害搶救車"])
    S.rep("incident", "hazmat_report", offset(*L0, 15, 10), 10, "H", "河南路二段 化學槽車洩漏 現場管制", "Severe")
    rc = S.rep("incident", "road_closure", offset(*L0, 40, 60), 18, "H", "河南路二段 中平路至臺灣大道段 雙向封閉", "Severe")
    S.rule("SN-VD-HENAN-01", "congestion", 22, "H", "河南路車輛偵測器1 平均車速 5 km/h")
    S.rule("SN-VD-HENAN-02", "congestion", 27, "H", "河南路車輛偵測器2 平均車速 9 km/h")
    # smell drifting north-east with the wind, calls far downwind
    for t, (e, n), txt in ((14, (400, 350), "中平路這邊一股酸味，是什麼外洩嗎"),
                           (21, (650, 600), "河南路停車場附近味道很重，頭有點暈"),
                           (29, (900, 900), "中央公園南邊有刺鼻的酸味"),
                           (36, (1000, 1300), "逢甲水湳校區教室裡聞得到怪味，學生不舒服")):
        S.rep("1999", "gas_odor", offset(L0[0], L0[1], e + S.rng.uniform(-60, 60), n + S.rng.uniform(-60, 60)), t, "H", txt)
    ev = S.rep("1999", "evacuation", offset(*S.sp("SN-FA-009"), 30, -20), 44, "H", "逢甲水湳校區 因異味疏散一棟教學大樓學生到戶外")
    S.rep("1999", "other", S.near(*S.sp("SN-FA-010"), 50, 200), 70, "H", "中國醫大水湳這邊空氣也很臭，有毒嗎？", truth_alt=None)
    S.rep("119", "hazmat", L0, 20, "H", "到場 洩漏閥門止漏作業", status="on_scene", follows=hz["key"])
    S.rep("119", "hazmat", L0, 168, "H", "止漏完成 除污結束 收隊", status="closed", follows=hz["key"])
    S.rep("incident", "road_reopened", offset(*L0, 40, 60), 190, "H", "河南路二段除污完成 恢復通行", "Minor", follows=rc["key"])
    # unrelated rubbish fire on 中平路
    R = (120.65400, 24.17125)
    r1 = S.rep("1999", "fire_smoke", S.near(*R, 40, 150), 31, "R", "中平路旁邊空地有人在燒垃圾，黑煙很大")
    r2 = S.rep("119", "fire", R, 33, "R", "中平路空地 雜物火警", units=["西屯分隊"])
    S.rep("1999", "gas_odor", S.near(*R, 60, 180), 35, "R", "一股燒塑膠的臭味", truth_alt="H")
    S.rep("119", "fire", R, 51, "R", "雜物火警撲滅", status="closed", follows=r2["key"])
    # background
    S.rep("1999", "noise", S.near(120.657, 24.186, 50, 300), 60, None, "公園旁邊工地噪音")
    S.rep("1999", "illegal_parking", S.near(120.655, 24.194, 50, 300), 15, None, "會展中心前面違規停車")
    S.rule("SN-VD-ZHONGQING-02", "congestion", 40, None, "中清路車輛偵測器2 車速 19 km/h")
    S.dev("fire_alarm", "SN-FA-009", "fault", 80, None, "校區受信總機 迴路斷線")
    S.write("Weekday morning 10:10-13:30. A chemical tanker's valve leaks acetic acid on 河南路二段 (10:13). With a "
            "south-westerly wind the smell drifts north-east: calls come from up to 1.6 km away, and a teaching "
            "building of Feng Chia's 水湳 campus is evacuated. At 10:40 someone burns rubbish on a lot by 中平路, "
            "a small unrelated fire in the smell's path.",
            [inc("H", "hazmat", "tanker leak on 河南路 with closure, downwind odour calls and campus evacuation", hz["key"]),
             inc("R", "fire", "rubbish fire on a lot by 中平路", r1["key"])],
            {"why": "an odour call near the rubbish fire could be the tanker's smell; a far worried call with no smell named may be no job",
             "incidents": [inc("H", "hazmat", "tanker leak", hz["key"]), inc("R", "fire", "rubbish fire", r1["key"])]})
    return S


if __name__ == "__main__":
    for fn in (s1337, s1338, s1339, s1340, s1341, s1342):
        fn()
    print("gen_b done")
