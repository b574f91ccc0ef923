"""Situations 1371..1376 (seeded; rerun to regenerate)."""
from lib import Sit, offset

RESULTS = []


def s1371():
    S = Sit(1371, "typhoon_night_two_floods_two_trees", "2016-09-27")
    LK = (120.6475, 24.193)        # 黎明路凱旋路口 low point
    HN = (120.6528, 24.1742)       # 河南路 low point
    ZK = (120.6534, 24.1885)       # 中科路 beside the park, tree
    JM = (120.6576, 24.1900)       # 經貿路二段 in front of 綠美圖, tree
    # background: the storm itself
    S.rule("R-C0F9T0-2010", "C0F9T0", "heavy_rain", None, "20:10", level="豪雨", dups=(3,))
    S.rule("R-RG001-2020", "SN-RG-001", "heavy_rain", None, "20:20", level="大雨")
    S.rule("R-RG002-2100", "SN-RG-002", "heavy_rain", None, "21:00", level="豪雨")
    S.rule("R-FL001-2130", "SN-FL-001", "flood_depth", None, "21:30", level="1-15")
    S.rule("R-WL001-2210", "SN-WL-001", "water_level", None, "22:10", level="3")
    S.add("1999-1050927-0311", "1999", "other", None, "21:40", S.near(LK, 900, 200),
          text="颱風很大，隔壁工地鐵皮一直被吹得砰砰響，怕會飛出來")
    S.add("1999-1050927-0340", "1999", "streetlight", None, "22:30", (120.6612, 24.1968),
          text="經貿路二段靠中清路那邊有一盞路燈不亮，燈桿編號看不清楚")
    S.rule("R-VDHZ04-2250", "SN-VD-HUANZHONG-04", "congestion", None, "22:50", sev="Minor")
    # F1 flood at 黎明路/凱旋路
    S.rule("R-FL009-2148", "SN-FL-009", "flood_depth", "F1", "21:48", level="16-30")
    c1 = S.add("1999-1050927-0318", "1999", "flooding", "F1", "21:55", offset(*LK, 250, 40), delay=5,
               text="黎明路凱旋路口整個淹起來了，機車騎不過去，有人牽車在水裡走")
    S.add("CCTV-007-2202", "cctv", "flooding", "F1", "22:02", "SN-CCTV-007", conf=0.81)
    S.add("PD-0927-1702", "incident", "flooding_report", "F1", "22:15", offset(*LK, 40, 300), sev="Moderate",
          text="黎明路三段凱旋路口積水約30公分，持續上升", delay=9)
    S.rule("R-FL009-2220", "SN-FL-009", "flood_depth", "F1", "22:20", level=">30")
    S.add("1999-1050927-0335", "1999", "flooding", "F1", "22:24", S.near(LK, 420),
          text="凱旋路那邊淹水很嚴重，另外我家前面黎明路的路樹也斷了一根樹枝，不過沒擋到路")
    S.add("1999-1050927-0337", "1999", "flooding", "F1", "22:30", offset(*LK, 250, 40), follows=c1["key"],
          text="剛剛打過了，水越來越深，已經到小腿了，還沒看到人來")
    cl = S.add("PD-0927-1711", "incident", "road_closure", "F1", "22:35", offset(*LK, 60, 120), sev="Severe",
               text="黎明路三段凱旋路口積水逾40公分，封閉黎明路往凱旋路方向，請改道環中路")
    S.rule("R-VDKX01-2240", "SN-VD-KAIXUAN-01", "congestion", "F1", "22:40", sev="Moderate", alt=None)
    S.add("PD-0928-0105", "incident", "road_reopened", "F1", "+1 02:10", offset(*LK, 60, 120), sev="Minor",
          follows=cl["key"], text="黎明路三段凱旋路口積水已退，解除封閉，恢復通行", delay=12)
    # F2 flood at 河南路 low point / car park
    S.rule("R-FL007-2205", "SN-FL-007", "flood_depth", "F2", "22:05", level="16-30")
    S.add("1999-1050927-0338", "1999", "flooding", "F2", "22:25", offset(*HN, 130, 200),
          text="河南路二段靠中平路這邊水已經淹到人行道上了")
    S.add("1999-1050927-0346", "1999", "flooding", "F2", "22:40", offset(*HN, 520, 250),
          text="我住文華路這邊，剛剛經過河南路停車場看到車子都泡在水裡")
    S.add("PK-003-2250", "parking", "closed", "F2", "22:50", "SN-PK-003", text="入口積水，暫停開放")
    S.rule("R-FL007-2300", "SN-FL-007", "flood_depth", "F2", "23:00", level=">30", dups=(0.4,))
    S.add("PD-0927-1740", "incident", "flooding_report", "F2", "23:10", offset(*HN, 50, 30), sev="Severe",
          text="河南路停車場前積水約40公分，已通報水利局抽水機")
    # T1 fallen tree 中科路
    S.add("1999-1050927-0351", "1999", "fallen_tree", "T1", "22:47", offset(*ZK, 80, 270),
          text="中科路靠中央公園這邊路樹倒了，擋住外側兩個車道")
    S.rule("R-VDZK01-2300", "SN-VD-ZHONGKE-01", "congestion", "T1", "23:00", sev="Minor", alt=None)
    S.add("PD-0927-1745", "incident", "fallen_object", "T1", "23:05", offset(*ZK, 20, 90), sev="Moderate",
          text="中科路路樹倒塌占用外側車道，已放置三角錐，通報養工處")
    S.add("1999-1050927-0360", "1999", "fallen_tree", "T1", "23:20", offset(*ZK, 600, 280),
          text="從我家陽台看到中科路那邊有一棵大樹倒在路上，車子都在繞")
    # T2 fallen tree 經貿路 at 綠美圖
    S.add("1999-1050928-0007", "1999", "fallen_tree", "T2", "+1 00:40", offset(*JM, 150, 60),
          text="綠美圖前面經貿路上有樹倒了，還壓到一台停在路邊的機車")
    S.add("PD-0928-0031", "incident", "fallen_object", "T2", "+1 01:05", offset(*JM, 15, 180), sev="Moderate",
          text="經貿路二段綠美圖前路樹倒塌，壓毀機車一輛，無人受傷，占用慢車道")
    S.add("1999-1050928-0012", "1999", "fallen_tree", "T2", "+1 01:15", offset(*JM, 330, 200), delay=25,
          text="經貿路往中清路方向有樹倒在慢車道")
    S.add("1999-1050928-0020", "1999", "other", None, "+1 01:50", S.near(JM, 700),
          text="請問明天颱風假還有沒有放？垃圾車會不會來？")
    inc = [("F1", "flood", "黎明路三段/凱旋路口低窪處積淹水，警方封路至翌日02:10", "1999-1050927-0318"),
           ("F2", "flood", "河南路停車場前低窪處淹水，停車場關閉，需抽水", "R-FL007-2205"),
           ("T1", "traffic", "中科路中央公園側路樹倒塌占用兩車道", "1999-1050927-0351"),
           ("T2", "traffic", "經貿路二段綠美圖前路樹倒塌壓毀機車", "1999-1050928-0007")]
    RESULTS.append(S.write(
        "梅姬颱風夜(2016-09-27 20:00至翌日02:30)：兩處淹水、兩處路樹倒塌同時發生", inc,
        ("車輛偵測器的壅塞可能只是颱風夜的一般車慢，不一定是封路造成", inc),
        "F2 以感測器 16-30 cm 即開案：停車場低窪處在颱風夜達此深度已需派抽水機。"))


def s1372():
    S = Sit(1372, "plum_rain_underpass_and_morning_crash", "2016-06-02")
    UP = (120.657242, 24.198897)   # 中清環中地下道
    T74 = (120.6472, 24.19586)
    DR = (120.6592, 24.1822)       # 經貿路/敦化路 drain
    S.rule("R-C0F9T0-0140", "C0F9T0", "heavy_rain", None, "+1 01:40", level="豪雨")
    S.rule("R-RG002-0150", "SN-RG-002", "heavy_rain", None, "+1 01:50", level="大雨")
    S.rule("R-RG002-0250", "SN-RG-002", "heavy_rain", None, "+1 02:50", level="豪雨")
    S.rule("R-FL002-0300", "SN-FL-002", "flood_depth", None, "+1 03:00", level="1-15")
    S.rule("R-WL002-0330", "SN-WL-002", "water_level", None, "+1 03:30", level="3")
    # U underpass flood, closure, car trapped, reopened after rush hour
    S.rule("R-FL006-0320", "SN-FL-006", "flood_depth", "U", "+1 03:20", level="1-15")
    S.rule("R-FL006-0350", "SN-FL-006", "flood_depth", "U", "+1 03:50", level="16-30")
    S.add("CCTV-008-0355", "cctv", "flooding", "U", "+1 03:55", "SN-CCTV-008", conf=0.77)
    S.add("PD-0603-0041", "incident", "flooding_report", "U", "+1 04:05", offset(*UP, 80, 200), sev="Moderate",
          text="中清路環中路口地下道積水中，車輛涉水通過")
    cl = S.add("PD-0603-0047", "incident", "road_closure", "U", "+1 04:20", offset(*UP, 120, 20), sev="Severe",
               text="中清路環中路口地下道積水逾50公分，雙向封閉，請改走平面道路")
    S.rule("R-FL006-0425", "SN-FL-006", "flood_depth", "U", "+1 04:25", level=">30", dups=(2,))
    S.add("CCTV-008-0431", "cctv", "stalled_vehicle", "U", "+1 04:31", "SN-CCTV-008", conf=0.88)
    r = S.add("119-1050603-0112", "119", "rescue", "U", "+1 04:38", offset(*UP, 30, 180),
              text="中清環中地下道車輛受困水中，駕駛一人受困車內")
    S.add("1999-1050603-0021", "1999", "flooding", "U", "+1 04:40", offset(*UP, 350, 320), delay=7,
          text="中清路地下道有一台車卡在水裡，封起來了嗎？")
    S.rule("R-VDZQ01-0445", "SN-VD-ZHONGQING-01", "congestion", "U", "+1 04:45", sev="Minor", alt=None)
    S.add("119-1050603-0112-s1", "119", "rescue", "U", "+1 04:49", offset(*UP, 30, 180), status="on_scene",
          follows=r["key"], text="到達現場，涉水救出駕駛，意識清楚")
    S.add("119-1050603-0112-s2", "119", "rescue", "U", "+1 05:40", offset(*UP, 30, 180), status="closed",
          follows=r["key"], text="駕駛無外傷拒送醫，車輛待拖吊")
    S.rule("R-VDHZ03-0750", "SN-VD-HUANZHONG-03", "congestion", "U", "+1 07:50", sev="Moderate", alt=None)
    S.add("PD-0603-0160", "incident", "road_reopened", "U", "+1 08:55", offset(*UP, 120, 20), sev="Minor",
          follows=cl["key"], text="中清環中地下道抽水完畢，拖離受困車輛，恢復通行")
    # D blocked drain, standing water, small tree on the pavement
    S.rule("R-FL008-0510", "SN-FL-008", "flood_depth", "D", "+1 05:10", level="1-15", alt=None)
    S.add("1999-1050603-0034", "1999", "blocked_drain", "D", "+1 05:30", offset(*DR, 90, 320),
          text="經貿路跟敦化路口水溝蓋被落葉堵住，積水一大片，旁邊還有一棵小樹倒在人行道上")
    S.add("1999-1050603-0049", "1999", "blocked_drain", "D", "+1 06:40", offset(*DR, 160, 10), delay=11,
          text="敦化路一段路口排水孔塞住了，車子經過水都潑到人行道")
    # C morning crash at 台74/環中
    S.add("CCTV-001-0742", "cctv", "accident", "C", "+1 07:42", "SN-CCTV-001", conf=0.9)
    S.add("CCTV-001-0744", "cctv", "stalled_vehicle", "C", "+1 07:44", "SN-CCTV-001", conf=0.7)
    a = S.add("119-1050603-0188", "119", "ambulance", "C", "+1 07:46", offset(*T74, 60, 150),
              text="台74線環中路口車禍，一人受傷")
    S.add("1999-1050603-0066", "1999", "traffic_accident", "C", "+1 07:48", offset(*T74, 200, 100),
          text="環中路台74線下來的地方兩台車撞在一起，路面很滑")
    S.add("PD-0603-0133", "incident", "injury_accident", "C", "+1 07:50", offset(*T74, 50, 140), sev="Moderate",
          text="台74線下環中路二段匝道口兩車追撞，一人受傷送醫，占用內側車道")
    S.rule("R-VDHZ02-0755", "SN-VD-HUANZHONG-02", "congestion", "C", "+1 07:55", sev="Moderate", alt=None)
    S.add("119-1050603-0188-s1", "119", "ambulance", "C", "+1 08:20", offset(*T74, 60, 150), status="returning",
          follows=a["key"], text="傷者送中國醫藥大學附設醫院")
    # background of the morning
    S.add("PK-001-0730", "parking", "full", None, "+1 07:30", "SN-PK-001")
    S.add("1999-1050603-0071", "1999", "illegal_parking", None, "+1 08:05", (120.6556, 24.1935),
          text="會展中心旁邊紅線一排車違停")
    S.rule("R-RG001-0400", "SN-RG-001", "heavy_rain", None, "+1 04:00", level="大雨")
    inc = [("U", "flood", "中清環中地下道積水逾50 cm，封閉，車輛受困救出，08:55 恢復通行", "R-FL006-0350"),
           ("D", "flood", "經貿路/敦化路口排水孔阻塞積水(輕微)，派養工處清疏", "1999-1050603-0034"),
           ("C", "traffic", "早上07:42 台74線環中路匝道口兩車追撞一人受傷", "CCTV-001-0742")]
    alt = [("U", "flood", "中清環中地下道淹水與封路", "R-FL006-0350"),
           ("U-R", "rescue", "地下道受困車輛駕駛救援(消防另案)", "119-1050603-0112"),
           ("D", "flood", "經貿路/敦化路口排水孔阻塞積水", "1999-1050603-0034"),
           ("C", "traffic", "台74線環中路匝道口追撞", "CCTV-001-0742")]
    for it in S.items:
        if it["key"].startswith("119-1050603-0112") or it["key"] == "CCTV-008-0431":
            it["truth_alt"] = "U-R"
    RESULTS.append(S.write(
        "梅雨夜(2016-06-03 01:30-09:00)：中清環中地下道淹水封閉、車輛受困；清晨排水孔阻塞；早上尖峰台74線追撞", inc,
        ("地下道受困車輛救援也可視為消防局另一件救助案，與淹水封路分開派遣", alt)))


def s1373():
    S = Sit(1373, "typhoon_power_cut_dark_signals", "2016-09-14")
    JL = (120.65496, 24.19582)
    A = (120.6588, 24.184)
    LM = (120.6455, 24.1921)
    S.rule("R-C0F9T0-2200", "C0F9T0", "heavy_rain", None, "22:00", level="大雨")
    S.rule("R-RG002-2240", "SN-RG-002", "heavy_rain", None, "22:40", level="豪雨")
    S.rule("R-WL003-2300", "SN-WL-003", "water_level", None, "23:00", level="3")
    S.add("1999-1050914-0402", "1999", "noise", None, "22:50", (120.6612, 24.1862),
          text="隔壁鐵皮屋頂被風吹得一直響，吵到睡不著")
    S.add("1999-1050915-0019", "1999", "streetlight", None, "+1 00:50", (120.6508, 24.1716),
          text="中平路靠河南路口路燈一支不亮，編號XT-20811")
    # P: power cut along 經貿路二段 north, two junctions dark
    S.add("SIG-005-2312", "signal", "fault", "P", "23:12:05", "SN-SIG-005", text="號誌控制器失電")
    S.off("ST-CCTV005-2312", "SN-CCTV-005", "P", "23:12:07", reason="mains_power_lost")
    S.add("SIG-006-2313", "signal", "fault", "P", "23:12:40", "SN-SIG-006", text="號誌控制器失電")
    S.add("FA-002-2313", "fire_alarm", "fault", "P", "23:13", "SN-FA-002", alt=None,
          text="主電源停電，備用電池供電中")
    S.add("CCTV-006-2314", "cctv", "signal_dark", "P", "23:14", "SN-CCTV-006", conf=0.93)
    S.add("FA-005-2314", "fire_alarm", "fault", "P", "23:14", "SN-FA-005", alt=None,
          text="市電中斷，切換緊急電源")
    S.add("1999-1050914-0420", "1999", "power_outage", "P", "23:25", offset(*JL, 300, 120),
          text="經貿路這邊整排都停電了，路口紅綠燈也都不亮，車子亂開很危險")
    S.add("PD-0914-2210", "incident", "traffic_signal_fault", "P", "23:30", offset(*JL, 30, 200), sev="Severe",
          text="經貿路二段黎明路口、經貿七路口號誌全暗，已派員以手勢指揮交通")
    S.add("1999-1050914-0431", "1999", "traffic_signal", "P", "23:41", offset(*JL, 520, 160), delay=9,
          text="經貿七路口紅綠燈黑掉了，颱風天沒有燈很可怕")
    S.add("SIG-006-0240", "signal", "restored", "P", "+1 02:40", "SN-SIG-006")
    S.add("SIG-005-0255", "signal", "restored", "P", "+1 02:55", "SN-SIG-005")
    S.on("ST-CCTV005-0256", "SN-CCTV-005", "P", "+1 02:56")
    # T: tree across 黎明路 near 環中路
    t = S.add("1999-1050914-0447", "1999", "fallen_tree", "T", "23:50", offset(*LM, 70, 30),
              text="黎明路三段靠環中路那邊路樹整棵倒下來，整個車道擋住")
    S.rule("R-VDHZ01-0000", "SN-VD-HUANZHONG-01", "congestion", "T", "+1 00:00", sev="Minor", alt=None)
    S.add("PD-0914-2240", "incident", "fallen_object", "T", "+1 00:05", offset(*LM, 15, 250), sev="Moderate",
          text="黎明路三段近環中路路樹倒塌，雙向車道受阻，已通報養工處")
    S.add("1999-1050915-0031", "1999", "fallen_tree", "T", "+1 01:10", offset(*LM, 70, 30), follows=t["key"],
          text="一個多小時前打過，黎明路那棵倒掉的樹還是沒人來處理")
    # FI: fire in eco-residential block A
    S.add("FA-011-0021", "fire_alarm", "alarm", "FI", "+1 00:21", "SN-FA-011", text="7F 偵煙探測器動作")
    f = S.add("119-1050915-0042", "119", "fire", "FI", "+1 00:24", offset(*A, 10, 0),
              text="水湳生態住宅A區集合住宅7樓住戶火警，疑似點蠟燭引燃窗簾")
    S.add("1999-1050915-0022", "1999", "fire_smoke", "FI", "+1 00:26", offset(*A, 210, 300),
          text="經貿路三段那棟新大樓有一戶冒黑煙，窗戶有火光")
    S.add("119-1050915-0042-s1", "119", "fire", "FI", "+1 00:31", offset(*A, 10, 0), status="on_scene",
          follows=f["key"], text="到達現場，7樓一戶起火，進行搶救")
    S.add("PD-0915-0009", "incident", "fire_report", "FI", "+1 00:40", offset(*A, 40, 100), sev="Severe",
          text="經貿路三段集合住宅火警，協助管制經貿路外側車道")
    S.add("119-1050915-0047", "119", "ambulance", "FI", "+1 00:45", offset(*A, 10, 0),
          text="火警現場一名住戶吸入濃煙，送醫")
    S.add("FA-011-0120", "fire_alarm", "normal", "FI", "+1 01:20", "SN-FA-011")
    S.add("119-1050915-0042-s2", "119", "fire", "FI", "+1 01:30", offset(*A, 10, 0), status="closed",
          follows=f["key"], text="火勢撲滅，燒損面積約8平方公尺")
    inc = [("P", "infrastructure", "經貿路二段北段停電，黎明路口及經貿七路口號誌全暗，警方指揮交通至02:55", "SIG-005-2312"),
           ("T", "traffic", "黎明路三段近環中路路樹倒塌阻斷雙向", "1999-1050914-0447"),
           ("FI", "fire", "水湳生態住宅A區7樓住戶火警，一人嗆傷", "FA-011-0021")]
    RESULTS.append(S.write(
        "莫蘭蒂颱風夜(2016-09-14 22:00至翌日03:00)：經貿路停電號誌全暗、路樹倒塌、集合住宅火警", inc,
        ("會展中心A棟與營運塔火警總機的停電故障訊號可視為大樓自己切換備援電源，不需派遣，屬背景", inc),
        "兩個黑燈路口同一停電原因、同一組交通警力與台電搶修，算一件。"))


def s1374():
    S = Sit(1374, "plum_rain_ponds_drainage_river", "2016-06-01")
    NP = (120.6562, 24.188)
    EB = (120.659, 24.1815)
    FZ = (120.62, 24.17)
    S.rule("R-RG001-1500", "SN-RG-001", "heavy_rain", None, "15:00", level="大雨")
    S.rule("R-C0F9T0-1530", "C0F9T0", "heavy_rain", None, "15:30", level="豪雨", dups=(1.5,))
    S.rule("R-RG001-1600", "SN-RG-001", "heavy_rain", None, "16:00", level="豪雨")
    S.rule("R-FL003-1620", "SN-FL-003", "flood_depth", None, "16:20", level="1-15")
    S.rule("R-FL004-1625", "SN-FL-004", "flood_depth", None, "16:25", level="1-15")
    S.rule("R-FL005-1640", "SN-FL-005", "flood_depth", None, "16:40", level="16-30")
    S.rule("R-WL002-1700", "SN-WL-002", "water_level", None, "17:00", level="3")
    S.rule("R-FL002-1710", "SN-FL-002", "flood_depth", None, "17:10", level="16-30", alt="P1")
    S.add("1999-1050601-0510", "1999", "illegal_parking", None, "17:20", (120.6649, 24.1752),
          text="中平路有車停在公車站牌前面")
    S.rule("R-VDZP02-1830", "SN-VD-ZHONGPING-02", "congestion", None, "18:30", sev="Minor")
    # P1 north detention pond over its banks
    S.rule("R-WL001-1610", "SN-WL-001", "water_level", "P1", "16:10", level="3", alt=None)
    S.rule("R-WL001-1650", "SN-WL-001", "water_level", "P1", "16:50", level="2")
    S.rule("R-FL001-1720", "SN-FL-001", "flood_depth", "P1", "17:20", level=">30")
    S.rule("R-WL001-1730", "SN-WL-001", "water_level", "P1", "17:30", level="1", dups=(0.2, 5))
    S.add("1999-1050601-0522", "1999", "flooding", "P1", "17:35", offset(*NP, 300, 290),
          text="中央公園北邊滯洪池的水滿出來了，漫到人行道跟中科路上")
    S.add("PK-004-1740", "parking", "closed", "P1", "17:40", "SN-PK-004", text="入口進水，暫停開放")
    S.add("FA-007-1750", "fire_alarm", "fault", "P1", "17:50", "SN-FA-007", text="B2機房進水，迴路接地異常")
    S.add("PD-0601-1402", "incident", "flooding_report", "P1", "17:55", offset(*NP, 180, 260), sev="Severe",
          text="中央公園北側滯洪池溢流，中科路靠公園側積水約25公分")
    S.add("PD-0601-1415", "incident", "road_closure", "P1", "18:10", offset(*NP, 260, 250), sev="Severe",
          text="中科路(經貿五路至環中路段)靠公園側兩車道封閉，地下停車場入口管制")
    S.add("1999-1050601-0561", "1999", "flooding", "P1", "18:40", offset(*NP, 550, 330), delay=14,
          text="我在會展中心那邊，聽說公園停車場淹水，車子還在裡面，可以進去開出來嗎")
    # P2 regional drainage at 經貿路 / 敦化路
    S.rule("R-WL003-1705", "SN-WL-003", "water_level", "P2", "17:05", level="2")
    S.rule("R-FL008-1715", "SN-FL-008", "flood_depth", "P2", "17:15", level="16-30")
    S.rule("R-FL008-1745", "SN-FL-008", "flood_depth", "P2", "17:45", level=">30")
    S.add("PD-0601-1405", "incident", "flooding_report", "P2", "18:00", offset(*EB, 120, 20), sev="Severe",
          text="經貿路三段敦化路口排水溢流，積水約35公分")
    S.rule("R-WL003-1800", "SN-WL-003", "water_level", "P2", "18:00", level="1")
    S.add("1999-1050601-0548", "1999", "flooding", "P2", "18:05", offset(*EB, 40, 180),
          text="敦化路一段我們社區地下室開始進水，大排的水倒灌進來")
    S.add("119-1050601-0301", "119", "rescue", "P2", "18:20", offset(*EB, 20, 180),
          text="水湳生態住宅B區地下室進水，請求抽水支援")
    S.add("1999-1050601-0570", "1999", "flooding", "P2", "18:50", offset(*EB, 380, 120),
          text="經貿路靠敦化路那邊大水溝滿了，水都冒到馬路上")
    # R Fazi river rising (outside the zone)
    S.rule("R-WL004-1830", "SN-WL-004", "water_level", "R", "18:30", level="3", alt=None)
    S.rule("R-WL004-1940", "SN-WL-004", "water_level", "R", "19:40", level="2")
    S.add("PD-0601-1520", "incident", "evacuation", "R", "20:00", offset(*FZ, 150, 30), sev="Severe",
          text="筏子溪西屯路段水位達二級警戒，勸離河濱公園及堤防內人員")
    S.add("1999-1050601-0602", "1999", "other", "R", "20:10", offset(*FZ, 400, 70), delay=6,
          text="筏子溪水好高好急，河堤下面還有人在釣魚，請派人去叫他們上來")
    inc = [("P1", "flood", "中央公園北滯洪池水位達一級並溢流至中科路與地下停車場，封路", "R-WL001-1650"),
           ("P2", "flood", "水湳區域排水經貿路段溢流，經貿路/敦化路淹水，社區地下室進水", "R-WL003-1705"),
           ("R", "flood", "筏子溪西屯段水位二級警戒，勸離河濱人員", "R-WL004-1940")]
    RESULTS.append(S.write(
        "梅雨午後至夜間(2016-06-01 15:00-20:30)：北滯洪池溢流、區域排水溢流、筏子溪水位上升", inc,
        ("滯洪池2的16-30 cm也可視為北滯洪池溢流同一件；滯洪池與河川的第三級警戒單獨時只是監看，不入案", inc),
        "滯洪池蓄水(1-15 cm 或第三級)是設計中的正常運作，屬背景；溢出池外影響道路或建物才成案。"))


def s1375():
    S = Sit(1375, "typhoon_morning_fallen_trees_callers", "2016-07-08")
    HN = (120.6515, 24.1728)
    KX = (120.6515, 24.1860)
    PK = (120.6562, 24.1835)
    ZQ = (120.6635, 24.1880)
    HZ = (120.6468, 24.1952)
    S.rule("R-C0F9T0-0600", "C0F9T0", "heavy_rain", None, "06:00", level="大雨")
    S.rule("R-FL009-0610", "SN-FL-009", "flood_depth", None, "06:10", level="1-15")
    S.add("1999-1050708-0230", "1999", "streetlight", None, "07:20", (120.6581, 24.1962),
          text="經貿路二段有兩盞路燈白天還亮著")
    S.add("1999-1050708-0266", "1999", "other", None, "08:40", (120.6612, 24.1790),
          text="颱風過後落葉跟垃圾堆在巷子口，請清潔隊來清")
    S.add("PK-002-0900", "parking", "full", None, "09:00", "SN-PK-002")
    # T4 環中路 near 台74 (police first)
    S.add("CCTV-001-0603", "cctv", "fallen_object", "T4", "06:03", "SN-CCTV-001", conf=0.74)
    S.add("PD-0708-0311", "incident", "fallen_object", "T4", "06:05", offset(*HZ, 20, 100), sev="Moderate",
          text="環中路二段往台74線方向路樹倒塌，占用內側車道")
    S.add("1999-1050708-0188", "1999", "fallen_tree", "T4", "06:20", offset(*HZ, 260, 150),
          text="環中路靠台74那邊有棵樹倒在快車道")
    # T1 河南路, a caller describing two things (tree and the lamp it struck)
    S.add("1999-1050708-0185", "1999", "fallen_tree", "T1", "06:12", offset(*HN, 60, 300),
          text="河南路二段路樹倒塌壓到路燈，路燈也歪掉不亮了")
    S.add("PD-0708-0320", "incident", "fallen_object", "T1", "06:30", offset(*HN, 10, 90), sev="Moderate",
          text="河南路二段路樹倒塌壓倒路燈桿，占用一車道")
    S.rule("R-VDHN02-0640", "SN-VD-HENAN-02", "congestion", "T1", "06:40", sev="Minor", alt=None)
    S.add("1999-1050708-0214", "1999", "streetlight", "T1", "07:05", offset(*HN, 140, 60), alt=None,
          text="河南路停車場旁邊路燈桿歪了，燈也不亮")
    # T2 凱旋路 near the pop music centre, far caller first, calls again
    c = S.add("1999-1050708-0197", "1999", "fallen_tree", "T2", "06:45", offset(*KX, 450, 250),
              text="從我家看出去，凱旋路流行影音中心那邊有大樹倒在馬路上")
    S.add("1999-1050708-0205", "1999", "fallen_tree", "T2", "07:02", offset(*KX, 40, 180),
          text="凱旋路二段樹倒了擋住三個車道，機車都騎上人行道")
    S.rule("R-VDKX02-0710", "SN-VD-KAIXUAN-02", "congestion", "T2", "07:10", sev="Moderate", alt=None)
    S.add("PD-0708-0344", "incident", "fallen_object", "T2", "07:15", offset(*KX, 15, 0), sev="Severe",
          text="凱旋路二段流行影音中心前路樹倒塌，占用三車道，交管中")
    S.add("1999-1050708-0221", "1999", "fallen_tree", "T2", "07:40", offset(*KX, 450, 250), follows=c["key"],
          text="七點前就打過了，凱旋路那棵樹還沒人處理")
    # T3 tree across a park path
    S.add("1999-1050708-0219", "1999", "fallen_tree", "T3", "07:30", offset(*PK, 50, 200),
          text="中央公園滯洪池旁邊步道有大樹倒了，擋住整條步道，有人在跨過去")
    S.add("1999-1050708-0240", "1999", "fallen_tree", "T3", "08:05", offset(*PK, 120, 0), delay=18,
          text="公園裡面步道樹倒，小孩子在爬，很危險")
    # S signboard down on 中清路
    S.add("1999-1050708-0255", "1999", "fallen_object", "S", "08:10", offset(*ZQ, 30, 90),
          text="中清路上廣告招牌被吹下來掉在機車道，很大一片")
    S.add("1999-1050708-0258", "1999", "fallen_object", "S", "08:15", offset(*ZQ, 320, 300), alt=None,
          text="中清路那邊有鐵皮掉在路上")
    S.add("PD-0708-0402", "incident", "fallen_object", "S", "08:20", offset(*ZQ, 10, 180), sev="Moderate",
          text="中清路二段招牌掉落占用機車道，已移至路邊，通知建管處")
    inc = [("T1", "traffic", "河南路二段路樹倒塌壓倒路燈桿", "1999-1050708-0185"),
           ("T2", "traffic", "凱旋路二段流行影音中心前路樹倒塌占三車道", "1999-1050708-0205"),
           ("T3", "traffic", "中央公園滯洪池旁步道路樹倒塌(公園管理，無道路影響)", "1999-1050708-0219"),
           ("T4", "traffic", "環中路二段往台74線方向路樹倒塌", "PD-0708-0311"),
           ("S", "traffic", "中清路二段招牌掉落機車道", "1999-1050708-0255")]
    alt_inc = [i for i in inc if i[0] != "T3"]
    for it in S.items:
        if it["truth"] == "T3":
            it["truth_alt"] = None
    RESULTS.append(S.write(
        "尼伯特颱風過後早晨(2016-07-08 06:00-09:30)：多處路樹倒塌與招牌掉落，民眾重複來電、遠處來電", inc,
        ("公園內步道倒樹不影響道路，公園管理處日後處理，不屬於指揮中心派遣案；路燈來電與中清路鐵皮來電可能另有其事", alt_inc)))


def s1376():
    S = Sit(1376, "storm_night_crash_fire_medical_flood", "2016-08-01")
    CR = (120.6505, 24.1973)
    WR = (120.659, 24.1765)
    EB = (120.659, 24.1815)
    FL = (120.6596, 24.1825)
    S.rule("R-C0F9T0-2030", "C0F9T0", "heavy_rain", None, "20:30", level="豪雨")
    S.rule("R-RG001-2100", "SN-RG-001", "heavy_rain", None, "21:00", level="豪雨")
    S.rule("R-RG003-2110", "SN-RG-003", "heavy_rain", None, "21:10", level="大雨")
    S.add("FA-004-2200", "fire_alarm", "fault", None, "22:00", "SN-FA-004", text="地下一樓迴路進水，接地異常")
    S.add("PK-006-2130", "parking", "empty", None, "21:30", "SN-PK-006")
    S.add("1999-1050801-0612", "1999", "noise", None, "23:40", (120.6472, 24.1888),
          text="樓下店家颱風天還在唱卡拉OK")
    # C crash on 環中路二段
    S.add("CCTV-002-2115", "cctv", "accident", "C", "21:15", "SN-CCTV-002", conf=0.66)
    S.add("1999-1050801-0540", "1999", "traffic_accident", "C", "21:18", offset(*CR, 150, 200),
          text="環中路二段轉運站前面機車跟汽車擦撞，騎士倒在地上")
    a = S.add("119-1050801-0233", "119", "ambulance", "C", "21:19", offset(*CR, 10, 0),
              text="環中路二段水湳轉運中心前車禍，機車騎士受傷")
    S.rule("R-VDHZ02-2120", "SN-VD-HUANZHONG-02", "congestion", "C", "21:20", sev="Moderate", alt=None)
    S.add("PD-0801-1810", "incident", "injury_accident", "C", "21:25", offset(*CR, 20, 90), sev="Moderate",
          text="環中路二段轉運中心前汽機車事故，機車騎士手腳擦傷送醫，雨天路滑")
    S.add("119-1050801-0233-s1", "119", "ambulance", "C", "21:45", offset(*CR, 10, 0), status="returning",
          follows=a["key"], text="傷者送醫")
    # FL flood 經貿路 low point near 敦化路 (long)
    S.rule("R-FL008-2230", "SN-FL-008", "flood_depth", "FL", "22:30", level="16-30")
    S.add("1999-1050801-0588", "1999", "flooding", "FL", "22:50", offset(*FL, 240, 330),
          text="經貿路三段那個低的地方又淹水了，汽車開過去水花很大")
    S.rule("R-FL008-2305", "SN-FL-008", "flood_depth", "FL", "23:05", level=">30")
    S.add("PD-0801-1902", "incident", "flooding_report", "FL", "23:15", offset(*FL, 30, 200), sev="Severe",
          text="經貿路三段敦化路口積水約35公分，外側車道不通")
    # W fire at the water reclamation centre
    S.add("FA-008-2240", "fire_alarm", "alarm", "W", "22:40", "SN-FA-008", text="配電室 偵煙探測器動作")
    w = S.add("119-1050801-0260", "119", "fire", "W", "22:44", offset(*WR, 20, 90),
              text="水湳水資源回收中心配電室冒煙，疑似電氣短路")
    S.add("1999-1050801-0592", "1999", "fire_smoke", "W", "22:50", offset(*WR, 500, 250), delay=6,
          text="經貿路南邊那個污水廠好像有冒煙，有燒焦味")
    S.add("119-1050801-0260-s1", "119", "fire", "W", "22:52", offset(*WR, 20, 90), status="on_scene",
          follows=w["key"], text="到場，配電盤燒損，已斷電")
    S.add("PD-0801-1905", "incident", "fire_report", "W", "23:00", offset(*WR, 60, 300), sev="Moderate",
          text="水資源回收中心火警，管制經貿路南段入口")
    S.add("FA-008-2350", "fire_alarm", "normal", "W", "23:50", "SN-FA-008")
    S.add("119-1050801-0260-s2", "119", "fire", "W", "+1 00:10", offset(*WR, 20, 90), status="closed",
          follows=w["key"], text="無延燒，無人受傷")
    # M medical call in eco-residential block B, ambulance blocked by water
    m = S.add("119-1050801-0271", "119", "ambulance", "M", "23:20", offset(*EB, 10, 270),
              text="水湳生態住宅B區8樓，男性60歲胸痛冒冷汗")
    S.add("1999-1050801-0601", "1999", "rescue", "M", "23:25", offset(*EB, 30, 30), alt="FL",
          text="我們叫了救護車，可是社區門口敦化路都是水，救護車說開不進來")
    S.add("119-1050801-0271-s1", "119", "ambulance", "M", "23:36", offset(*EB, 10, 270), status="on_scene",
          follows=m["key"], text="繞道敦化路一段北側進入，到達現場")
    S.add("119-1050801-0271-s2", "119", "ambulance", "M", "23:58", offset(*EB, 10, 270), status="returning",
          follows=m["key"], text="送中國醫藥大學附設醫院")
    inc = [("C", "traffic", "環中路二段轉運中心前汽機車事故一人傷", "CCTV-002-2115"),
           ("FL", "flood", "經貿路三段敦化路口低窪處淹水", "R-FL008-2230"),
           ("W", "fire", "水湳水資源回收中心配電室冒煙(電氣火警)", "FA-008-2240"),
           ("M", "rescue", "生態住宅B區男性胸痛送醫，救護車受積水阻擋繞道", "119-1050801-0271")]
    RESULTS.append(S.write(
        "尼妲颱風夜(2016-08-01 20:30至翌日00:10)：淹水中仍有車禍、電氣火警、急病送醫", inc,
        ("住戶抱怨救護車被積水擋住的來電，也可以歸到經貿路淹水案(需求是排水/交通)", inc),
        "綠美圖總機迴路進水故障：大樓自行維修，不派遣，屬背景。"))


if __name__ == "__main__":
    for f in (s1371, s1372, s1373, s1374, s1375, s1376):
        f()
    for r in RESULTS:
        print(*r)
