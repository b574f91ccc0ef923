"""Situations 497-502."""
from lib import Sit, inc, on_road, spos


def s497():
    s = Sit("497", "saturday_night_street_racing_jingmao", "2016-10-15")
    R, R2 = "R_jingmao_zhongke_street_racing", "R2_zhongke_racer_crash"
    home_a, home_b = spos("SN-FA-011"), spos("SN-FA-012")
    s.add("1051015-0402", "1999", "streetlight", "23:05", 60, None, "經貿七路人行道有一盞路燈不亮", pos=s.near(spos("SN-SIG-006"), 100))
    s.add("1051015-0409", "1999", "noise", "23:22", 70, R, "經貿路又有改裝車在飆，排氣管超大聲，吵到不能睡", pos=s.near(home_a, 60))
    s.add("1051015-0412", "1999", "noise", "23:30", 60, None, "敦化路一段大樓樓上有人在唱KTV很吵，已經十一點半了", pos=s.near(home_b, 40))
    s.add("1051015-0415", "1999", "noise", "23:38", 90, R, "每個禮拜六都這樣，中科路那邊一直有人在飆車，轟轟轟的", pos=s.near(on_road("zhongke", 0.6), 250))
    s.add("C-006-2345", "cctv", "crowding", "23:45", 20, R, "路口監視器偵測人群聚集", sid="SN-CCTV-006", pos=s.near(spos("SN-CCTV-006"), 40), conf=0.72)
    s.add("1051015-0418", "1999", "noise", "23:47", 80, R, "經貿路口好多改裝車聚在那邊還有人在圍觀，一直催油門", pos=s.near(spos("SN-SIG-006"), 120))
    s.dup("1051015-0418", 35)
    s.add("P1015-0611", "incident", "public_disturbance", "23:52", 150, R, "經貿路二段經貿七路口聚集改裝車約20輛及圍觀民眾，疑似競速，派員前往", pos=s.near(spos("SN-SIG-006"), 30), sev="Moderate")
    s.add("status-CCTV011-off", "status", "offline", "23:58", 5, None, "設備離線", sid="SN-CCTV-011")
    s.add("status-CCTV011-on", "status", "online", "23:59:40", 5, None, "設備恢復連線", sid="SN-CCTV-011")
    s.add("1051016-0003", "1999", "noise", "24:10", 80, None, "河南路那邊有人在放鞭炮", pos=s.near(spos("SN-SIG-010"), 150))
    s.add("P1015-0611-u1", "incident", "public_disturbance", "24:25", 200, R, "現場車輛已驅離，開立噪音及改裝違規罰單5張", pos=s.near(spos("SN-SIG-006"), 30), sev="Minor", follows="P1015-0611")
    pC = on_road("zhongke", 0.62)
    s.add("A105101600561", "119", "ambulance", "24:56", 30, R2, "中科路重機自撞分隔島，騎士倒地無意識", pos=s.near(pC, 40), alt=R)
    s.add("1051016-0011", "1999", "traffic_accident", "24:57", 70, R2, "中科路剛剛有人飆車摔車，躺在地上不動", pos=s.near(pC, 150), alt=R)
    s.add("P1016-0004", "incident", "injury_accident", "24:58", 360, R2, "中科路往北重機自撞分隔島，騎士傷重送醫，疑與稍早競速車群有關", pos=s.near(pC, 20), sev="Severe", alt=R)
    s.add("A105101600561-u1", "119", "ambulance", "25:12", 40, R2, "傷者送往中國醫藥大學附設醫院", pos=s.near(pC, 40), follows="A105101600561", alt=R)
    s.add("1051016-0019", "1999", "noise", "25:20", 90, R, "又來了，剛剛警察走了他們又回來飆，經貿路這邊還是很吵", pos=s.near(home_a, 80))
    s.add("P1015-0611-u2", "incident", "public_disturbance", "25:35", 180, R, "再次前往經貿路巡查，車群已散，加強巡邏", pos=s.near(spos("SN-SIG-006"), 30), sev="Minor", follows="P1015-0611")
    s.add("R-1016-0140-RG001", "rule", "sensor_offline", "25:40", 30, None, "中央公園雨量站 超過20分鐘未回傳資料", sid="SN-RG-001", sev="Minor")
    s.write("週六深夜水湳經貿路、中科路有改裝車聚集競速，生態住宅居民連續陳情噪音，警方驅離後車群又回來；凌晨一名重機騎士在中科路自撞分隔島；另有零星與飆車無關的噪音陳情。",
            [inc(R, "public_safety", "經貿路/中科路改裝車聚集競速與噪音，驅離後復返", "1051015-0415"),
             inc(R2, "traffic", "中科路重機自撞分隔島，騎士傷重", "A105101600561")],
            {"why": "摔車騎士疑為同一車群，也可把事故算進飆車事件(同一組警力處理)。",
             "incidents": [inc(R, "public_safety", "飆車事件，含中科路摔車", "1051015-0415")]},
            notes="一通飆車噪音電話只是例行陳情；第二通不同住戶、同一型態(23:38)時才足以開案。敦化路KTV與河南路鞭炮是另外的例行噪音陳情，視為背景。")


def s498():
    s = Sit("498", "friday_evening_hub_thefts_and_fight", "2016-11-18")
    P, T2, F = "P_hub_pickpocket", "T2_henan_carpark_scooter_theft", "F_hub_taxi_fight"
    hub = spos("SN-FA-001")
    s.add("PK001-1805", "parking", "full", "18:05", 30, None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    s.cong("R-1118-1810-HZ03", "SN-VD-HUANZHONG-03", "18:10", None, 22)
    s.cong("R-1118-1815-ZQ01", "SN-VD-ZHONGQING-01", "18:15", None, 20)
    s.add("1051118-0512", "1999", "illegal_parking", "18:20", 80, None, "轉運中心外面計程車排班排到機車道上", pos=s.near(hub, 120))
    s.add("P1118-0702", "incident", "theft", "18:42", 240, P, "水湳轉運中心國道客運月台旅客手機遭扒竊，嫌犯男性約30歲，黑色外套", pos=s.near(hub, 40), sev="Minor")
    s.add("1051118-0519", "1999", "other", "18:50", 90, P, "轉運中心有個穿黑外套的人一直在排隊的人群裡擠來擠去，很可疑", pos=s.near(hub, 80))
    s.add("P1118-0709", "incident", "theft", "18:55", 180, P, "轉運中心市區公車月台民眾皮夾遭竊，被害人描述嫌犯為黑外套男子", pos=s.near(hub, 40), sev="Minor", alt="P2_hub_wallet_theft")
    s.add("status-JM01-off", "status", "offline", "19:02", 5, None, "設備離線", sid="SN-VD-JINGMAO-01")
    s.add("status-JM01-on", "status", "online", "19:06", 5, None, "設備恢復連線", sid="SN-VD-JINGMAO-01")
    s.add("P1118-0702-u1", "incident", "theft", "19:30", 300, P, "調閱監視器鎖定黑外套男子，於轉運中心二樓查獲，起出手機一支皮夾一只", pos=s.near(hub, 40), sev="Minor", follows="P1118-0702")
    s.add("1051118-0530", "1999", "streetlight", "19:45", 60, None, "經貿路二段靠黎明路那邊路燈一直閃", pos=s.near(spos("SN-SIG-005"), 120))
    s.add("P1118-0731", "incident", "theft", "20:10", 600, T2, "河南路停車場機車遭竊，車主返回發現機車不見", pos=s.near(spos("SN-PK-003"), 50), sev="Minor")
    pF = s.near(spos("SN-CCTV-004"), 120)
    s.add("1051118-0547", "1999", "other", "21:30", 70, F, "轉運中心外面有人在打架，好像有人流血", pos=s.near(pF, 100))
    s.add("C-004-2131", "cctv", "crowding", "21:31", 20, F, "路口監視器偵測人群聚集", sid="SN-CCTV-004", pos=pF, conf=0.66)
    s.add("A105111821331", "119", "ambulance", "21:33", 30, F, "水湳轉運中心前男子頭部撕裂傷，疑遭毆打", pos=s.near(pF, 40))
    s.add("P1118-0766", "incident", "public_disturbance", "21:34", 200, F, "水湳轉運中心前酒醉男子與計程車司機互毆，一人頭部流血，派員前往", pos=pF, sev="Moderate")
    s.dup("A105111821331", 60)
    s.add("P1118-0766-u1", "incident", "public_disturbance", "22:05", 180, F, "雙方帶回派出所製作筆錄，傷者送醫", pos=pF, sev="Minor", follows="P1118-0766")
    s.add("PK001-2140", "parking", "full", "21:40", 30, None, "水湳轉運中心停車場 機車位已滿", sid="SN-PK-001")
    s.write("週五晚上轉運中心人多：月台兩起扒竊(同一名黑外套嫌犯，後來查獲)；河南路停車場一起機車失竊；晚上九點半轉運中心前酒客與計程車司機互毆。其餘為尖峰壅塞、停車場滿位與例行陳情。",
            [inc(P, "public_safety", "轉運中心月台扒竊(同一嫌犯兩名被害人)", "P1118-0702"),
             inc(T2, "public_safety", "河南路停車場機車失竊", "P1118-0731"),
             inc(F, "public_safety", "轉運中心前互毆，一人受傷", "1051118-0547")],
            {"why": "兩名被害人各自報案，警方各開一案；在嫌犯查獲前也可視為兩件竊案。",
             "incidents": [inc(P, "public_safety", "國道客運月台手機遭竊", "P1118-0702"),
                           inc("P2_hub_wallet_theft", "public_safety", "市區公車月台皮夾遭竊", "P1118-0709"),
                           inc(T2, "public_safety", "同上", "P1118-0731"), inc(F, "public_safety", "同上", "1051118-0547")]})


def s499():
    s = Sit("499", "taiwan_blvd_crash_queue_and_tail_crash", "2016-12-06")
    C, C2, B = "C_taiwan_blvd_huanzhong_bus_crash", "C2_huanzhong_liming_tail_rearend", "B_henan_stalled_bus"
    pC = s.near(spos("SN-SIG-009"), 30)
    s.cong("R-1206-1730-ZQ02", "SN-VD-ZHONGQING-02", "17:30", None, 21)
    s.cong("R-1206-1740-ZP02", "SN-VD-ZHONGPING-02", "17:40", None, 23)
    s.add("C-009-1748", "cctv", "stalled_vehicle", "17:48:30", 20, C, "路口監視器偵測車輛停滯", sid="SN-CCTV-009", pos=pC, conf=0.84, observed="17:46:05")
    s.add("A105120617491", "119", "ambulance", "17:49", 30, C, "臺灣大道環中路口公車與兩部自小客碰撞，多人受傷", pos=s.near(pC, 40))
    s.add("1051206-0601", "1999", "traffic_accident", "17:50", 60, C, "臺灣大道環中路口公車撞車，好幾個人受傷", pos=s.near(pC, 150))
    s.add("P1206-0811", "incident", "injury_accident", "17:51", 240, C, "臺灣大道與環中路口市區公車與自小客二部碰撞，乘客3人輕傷，佔用臺灣大道往西內側二車道", pos=pC, sev="Severe")
    s.dup("1051206-0601", 20)
    s.add("P1206-0815", "incident", "road_closure", "17:58", 180, C, "臺灣大道往西內側二車道及環中路往南左轉車道管制，請用路人改道", pos=pC, sev="Moderate", follows="P1206-0811")
    s.add("PK001-1800", "parking", "full", "18:00", 30, None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    s.cong("R-1206-1804-HZ04", "SN-VD-HUANZHONG-04", "18:04", C, 8, sev="Severe", direction="往南")
    s.add("A105120617491-u1", "119", "ambulance", "18:06", 40, C, "3名傷者分送中國醫藥大學附設醫院、澄清醫院", pos=s.near(pC, 40), follows="A105120617491")
    s.cong("R-1206-1812-HZ01", "SN-VD-HUANZHONG-01", "18:12", C, 6, sev="Severe", direction="往南", alt=None)
    s.add("1051206-0617", "1999", "other", "18:15", 90, C, "環中路往臺灣大道方向從黎明路就開始塞，平常沒有這麼誇張", pos=s.near(on_road("huanzhong", 0.28), 200), alt=None)
    pT = s.near(on_road("huanzhong", 0.25), 30)
    s.add("1051206-0621", "1999", "traffic_accident", "18:20", 70, C2, "環中路靠黎明路這邊塞車又追撞了，兩台車停在內線", pos=s.near(pT, 120))
    s.add("P1206-0829", "incident", "accident", "18:22", 300, C2, "環中路二段往南(近黎明路)車陣中兩車追撞，無人受傷，已移置路邊", pos=pT, sev="Minor")
    pB = s.near(on_road("henan", 0.7), 20)
    s.add("P1206-0833", "incident", "stalled_vehicle", "18:30", 200, B, "河南路二段往北市區公車故障停於外側車道，等候業者處理", pos=pB, sev="Minor")
    s.cong("R-1206-1838-HN02", "SN-VD-HENAN-02", "18:38", B, 15, direction="往北")
    s.add("1051206-0633", "1999", "road_damage", "18:40", 60, None, "中平路慢車道有個坑洞", pos=s.near(on_road("zhongping", 0.5), 80))
    s.add("status-HN01-off", "status", "offline", "18:44", 5, None, "設備離線", sid="SN-VD-HENAN-01")
    s.add("status-HN01-on", "status", "online", "18:47", 5, None, "設備恢復連線", sid="SN-VD-HENAN-01")
    s.add("P1206-0833-u1", "incident", "stalled_vehicle", "19:05", 120, B, "故障公車已駛離", pos=pB, sev="Minor", follows="P1206-0833")
    s.add("P1206-0815-u1", "incident", "road_closure", "19:20", 150, C, "事故車輛移除，管制解除", pos=pC, sev="Minor", follows="P1206-0815")
    s.write("平日傍晚臺灣大道環中路口公車與自小客碰撞，警方管制車道，回堵沿環中路延伸約兩公里到黎明路；車陣尾端又發生一起追撞；河南路另有公車故障。",
            [inc(C, "traffic", "臺灣大道環中路口公車事故與車道管制，含沿環中路的遠端回堵與詢問", "A105120617491"),
             inc(C2, "traffic", "環中路近黎明路車陣尾端追撞(次生事故，另需警力處理)", "1051206-0621"),
             inc(B, "traffic", "河南路公車故障", "P1206-0833")],
            {"why": "距事故約兩公里的黎明路段壅塞與詢問電話，也可讀成尖峰背景。",
             "incidents": [inc(C, "traffic", "同上，不含遠端回堵", "A105120617491"), inc(C2, "traffic", "同上", "1051206-0621"),
                           inc(B, "traffic", "同上", "P1206-0833")]})


def s500():
    s = Sit("500", "exhibition_lane_closure_and_parking_spill", "2016-08-20")
    E, K, G = "E_convention_exhibition_traffic", "K_zhongqing_fender_bender", "G_dunhua_fallen_branch"
    venue = spos("SN-FA-002")
    s.add("PE-1050820-003", "planned_event", "exhibition", "10:00", -3 * 86400, E, "臺中國際會展中心 動漫展，預估入場人數25,000人，10:00-18:00", pos=venue, ends="18:00", alt=None)
    s.add("P0820-0101", "incident", "road_closure", "09:30", 300, E, "經貿路二段(黎明路至經貿七路)往南外側車道管制，供展覽接駁車停靠", pos=s.near(on_road("jingmao", 0.3), 40), sev="Minor", alt=None)
    s.add("1050820-0105", "1999", "streetlight", "09:40", 60, None, "中平路經貿路口那盞路燈燈罩快掉下來", pos=s.near(spos("SN-SIG-011"), 60))
    s.add("PK006-1040", "parking", "full", "10:40", 30, E, "臺中國際會展中心停車場 汽車位已滿", sid="SN-PK-006", alt=None)
    s.cong("R-0820-1050-JM01", "SN-VD-JINGMAO-01", "10:50", E, 14, direction="往南")
    s.cong("R-0820-1100-LM01", "SN-VD-LIMING-01", "11:00", E, 16)
    s.add("PK002-1105", "parking", "full", "11:05", 30, E, "經貿六停車場 汽車位已滿", sid="SN-PK-002", alt=None)
    s.add("1050820-0118", "1999", "illegal_parking", "11:10", 80, E, "會展中心附近黎明路兩邊都停滿車，紅線也停，公車過不去", pos=s.near(spos("SN-VD-LIMING-01"), 150))
    pK = s.near(on_road("zhongqing", 0.55), 30)
    s.add("1050820-0121", "1999", "traffic_accident", "11:14", 70, K, "中清路往南經貿路口前兩台車擦撞停在路中間", pos=s.near(pK, 120))
    s.add("P0820-0127", "incident", "accident", "11:16", 240, K, "中清路往南近經貿路自小客擦撞，無人受傷，已移置路邊", pos=pK, sev="Minor")
    s.add("C-006-1120", "cctv", "crowding", "11:20", 20, E, "路口監視器偵測人群聚集", sid="SN-CCTV-006", pos=s.near(spos("SN-CCTV-006"), 50), conf=0.70)
    s.add("1050820-0124", "1999", "illegal_parking", "11:22", 60, E, "經貿路機車道上停了一整排汽車，應該都是去看展的", pos=s.near(on_road("jingmao", 0.25), 100))
    s.add("P0820-0131", "incident", "crowd_control", "11:30", 180, E, "會展中心入口排隊人潮延伸至經貿七路口人行道，派員疏導並通知主辦單位", pos=s.near(venue, 60), sev="Moderate")
    s.add("1050820-0130", "1999", "illegal_parking", "11:41", 90, E, "經貿七路那邊有人把車停在斑馬線上", pos=s.near(spos("SN-SIG-006"), 80))
    s.add("status-PK002-off", "status", "offline", "12:02", 5, None, "設備離線", sid="SN-PK-002")
    s.add("status-PK002-on", "status", "online", "12:05", 5, None, "設備恢復連線", sid="SN-PK-002")
    pG = s.near(spos("SN-FA-012"), 80)
    s.add("1050820-0141", "1999", "fallen_tree", "12:30", 60, G, "敦化路一段中央公園旁邊行道樹一根大樹枝斷下來，擋住整個人行道", pos=pG)
    s.add("1050820-0141-u1", "1999", "fallen_tree", "14:05", 60, G, "建設局已派員鋸除清運(結案)", pos=pG, follows="1050820-0141")
    s.add("P0820-0131-u1", "incident", "crowd_control", "13:10", 200, E, "排隊人潮已消化，維持經貿路管制", pos=s.near(venue, 60), sev="Minor", follows="P0820-0131")
    s.add("P0820-0101-u1", "incident", "road_closure", "18:30", 200, E, "展覽結束，經貿路外側車道管制解除", pos=s.near(on_road("jingmao", 0.3), 40), sev="Minor", follows="P0820-0101", alt=None)
    s.write("週六會展中心動漫展：核准的展覽與警方預先安排的車道管制；上午停車場滿位，周邊違停與壅塞陳情，入口排隊人潮延伸到路口，警方疏導。同時中清路一件擦撞、敦化路一根斷枝擋人行道。",
            [inc(E, "crowd", "會展中心展覽的人潮與交通影響(停車場滿位、違停、壅塞、排隊人潮、車道管制)", "P0820-0131"),
             inc(K, "traffic", "中清路擦撞", "1050820-0121"),
             inc(G, "infrastructure", "敦化路行道樹斷枝擋住人行道", "1050820-0141")],
            {"why": "展覽許可、預先安排的車道管制與停車場滿位是計畫中的狀態，不是需要派遣的工作；只有實際出現的違停、壅塞與排隊人潮才是事件。",
             "incidents": [inc(E, "crowd", "展覽周邊違停、壅塞與排隊人潮", "P0820-0131"), inc(K, "traffic", "同上", "1050820-0121"),
                           inc(G, "infrastructure", "同上", "1050820-0141")]},
            notes="E 的開案點放在警方人潮疏導回報：之前的滿位與違停陳情都是展覽日預期中的現象。")


def s501():
    s = Sit("501", "ordinary_weekday_background_and_one_crash", "2016-09-21")
    K, H = "K_kaixuan_fender_bender", "H_henan_deep_pothole"
    for key, sid, at, sp in [("R-0921-0728-HZ02", "SN-VD-HUANZHONG-02", "07:28", 25), ("R-0921-0733-HZ03", "SN-VD-HUANZHONG-03", "07:33", 22),
                             ("R-0921-0736-ZQ01", "SN-VD-ZHONGQING-01", "07:36", 20), ("R-0921-0744-JM01", "SN-VD-JINGMAO-01", "07:44", 27),
                             ("R-0921-0751-HN01", "SN-VD-HENAN-01", "07:51", 23), ("R-0921-1722-HZ04", "SN-VD-HUANZHONG-04", "17:22", 21),
                             ("R-0921-1731-ZQ02", "SN-VD-ZHONGQING-02", "17:31", 19), ("R-0921-1740-ZP02", "SN-VD-ZHONGPING-02", "17:40", 24)]:
        s.cong(key, sid, at, None, sp)
    s.add("status-KX02-off1", "status", "offline", "07:12", 5, None, "設備離線", sid="SN-VD-KAIXUAN-02")
    s.add("status-KX02-on1", "status", "online", "07:15", 5, None, "設備恢復連線", sid="SN-VD-KAIXUAN-02")
    s.add("1050921-0102", "1999", "noise", "07:20", 60, None, "每天早上六點多垃圾車音樂很大聲", pos=s.near(spos("SN-FA-011"), 100))
    s.add("PK001-0810", "parking", "full", "08:10", 30, None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    s.add("1050921-0115", "1999", "streetlight", "08:30", 60, None, "黎明路三段燈桿編號XT-02291路燈不亮", pos=s.near(on_road("liming", 0.5), 60))
    s.add("status-CCTV010-off", "status", "offline", "08:50", 5, None, "設備離線：通訊中斷", sid="SN-CCTV-010")
    s.add("R-0921-0900-CCTV010", "rule", "sensor_offline", "09:00", 30, None, "河南路/中平路 路口監視器 超過10分鐘未回傳", sid="SN-CCTV-010", sev="Minor")
    s.add("status-CCTV010-on", "status", "online", "09:45", 5, None, "設備恢復連線", sid="SN-CCTV-010")
    pH = s.near(on_road("henan", 0.55), 10)
    s.add("1050921-0131", "1999", "road_damage", "10:05", 90, H, "河南路二段往中平路方向外線有個大坑洞，機車騎過去很危險", pos=s.near(pH, 60), alt=None)
    s.add("1050921-0138", "1999", "illegal_parking", "10:40", 60, None, "經貿路三段人行道上停了好幾台機車", pos=s.near(on_road("jingmao", 0.75), 80))
    s.add("1050921-0144", "1999", "road_damage", "11:40", 80, H, "河南路那個洞還沒補，剛剛看到一台機車差點摔倒", pos=s.near(pH, 80), alt=None)
    s.add("1050921-0150", "1999", "blocked_drain", "12:15", 70, None, "中科路水溝有臭味，好像很久沒清", pos=s.near(on_road("zhongke", 0.5), 80))
    s.add("C-007-1230", "cctv", "stalled_vehicle", "12:30", 15, None, "路口監視器偵測車輛停滯", sid="SN-CCTV-007", conf=0.45)
    s.add("SIG002-f-1318", "signal", "fault", "13:18:00", 10, None, "號誌控制器異常：通訊逾時", sid="SN-SIG-002")
    s.add("SIG002-r-1318", "signal", "restored", "13:18:40", 10, None, "號誌恢復正常", sid="SN-SIG-002")
    s.add("status-KX02-off2", "status", "offline", "13:40", 5, None, "設備離線", sid="SN-VD-KAIXUAN-02")
    s.add("status-KX02-on2", "status", "online", "13:42", 5, None, "設備恢復連線", sid="SN-VD-KAIXUAN-02")
    s.add("1050921-0161", "1999", "road_damage", "14:20", 60, H, "河南路二段靠近停車場那邊坑洞很深，下雨會看不到，拜託趕快補", pos=s.near(pH, 100), alt=None)
    s.add("1050921-0168", "1999", "other", "15:00", 60, None, "建議經貿路公車站增設遮雨棚", pos=s.near(on_road("jingmao", 0.45), 100))
    s.add("1050921-0131-u1", "1999", "road_damage", "16:10", 60, H, "養工處已派員冷拌料緊急填補(結案)", pos=s.near(pH, 60), follows="1050921-0131", alt=None)
    pK = s.near(on_road("kaixuan", 0.78), 20)
    s.add("1050921-0181", "1999", "traffic_accident", "16:50", 80, K, "凱旋路往南兩台車擦撞，兩個駕駛在路中間吵架，擋到一個車道", pos=s.near(pK, 100))
    s.add("P0921-0312", "incident", "accident", "16:52", 300, K, "凱旋路往南(近中科路)自小客擦撞，無人受傷，雙方已移置路邊", pos=pK, sev="Minor")
    s.add("1050921-0188", "1999", "illegal_parking", "17:55", 60, None, "河南路停車場出口有車違停擋住出入", pos=s.near(spos("SN-PK-003"), 50))
    s.add("P0921-0312-u1", "incident", "accident", "17:20", 240, K, "雙方和解，現場排除", pos=pK, sev="Minor", follows="P0921-0312")
    s.write("一個普通的平日：早晚尖峰例行壅塞、設備抖動、例行1999陳情、一個低信心的停滯偵測；真正的工作只有凱旋路一件擦撞，以及河南路同一個危險坑洞一天內三通陳情。",
            [inc(K, "traffic", "凱旋路擦撞", "1050921-0181"),
             inc(H, "infrastructure", "河南路二段危險坑洞，三通陳情，養工處緊急填補", "1050921-0144")],
            {"why": "坑洞是一般1999道路維護案件，依例行派工處理，不算營運中心要協調的事件。",
             "incidents": [inc(K, "traffic", "同上", "1050921-0181")]})


def s502():
    s = Sit("502", "three_crashes_kaixuan_corridor_holiday_eve", "2016-12-30")
    K1, K2, K3 = "K1_huanzhong_kaixuan_crash", "K2_liming_kaixuan_scooter_signal_pole", "K3_kaixuan_median_crash"
    s.cong("R-1230-1740-HZ03", "SN-VD-HUANZHONG-03", "17:40", None, 21)
    s.cong("R-1230-1745-ZQ01", "SN-VD-ZHONGQING-01", "17:45", None, 18)
    s.add("PK001-1750", "parking", "full", "17:50", 30, None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    p1 = s.near(spos("SN-SIG-002"), 25)
    s.add("C-002-1802", "cctv", "stalled_vehicle", "18:02", 15, K1, "路口監視器偵測車輛停滯", sid="SN-CCTV-002", pos=p1, conf=0.82)
    s.add("1051230-0701", "1999", "traffic_accident", "18:03", 80, K1, "凱旋路環中路口兩台車撞在路口中間", pos=s.near(p1, 120))
    s.add("P1230-0901", "incident", "accident", "18:05", 200, K1, "凱旋路與環中路口二車碰撞，無人受傷，車輛停於路口，佔用環中路往西左轉道", pos=p1, sev="Moderate")
    p2 = s.near(spos("SN-SIG-007"), 20)
    s.add("A105123018091", "119", "ambulance", "18:09", 30, K2, "黎明路凱旋路口機車自摔撞號誌桿，騎士頭部受傷", pos=s.near(p2, 40))
    s.add("C-007-1809", "cctv", "stalled_vehicle", "18:09:30", 15, K2, "路口監視器偵測車輛停滯", sid="SN-CCTV-007", pos=p2, conf=0.77)
    s.add("SIG007-f-1811", "signal", "fault", "18:11", 10, K2, "號誌控制器異常：燈號全熄", sid="SN-SIG-007")
    s.add("P1230-0907", "incident", "injury_accident", "18:10", 420, K2, "黎明路三段凱旋路口機車自摔撞擊號誌桿，騎士送醫，號誌桿受損", pos=p2, sev="Moderate")
    s.add("1051230-0709", "1999", "traffic_signal", "18:13", 70, K2, "黎明路凱旋路口紅綠燈不亮了，剛剛有人撞到燈桿", pos=s.near(p2, 80))
    s.cong("R-1230-1812-HZ02", "SN-VD-HUANZHONG-02", "18:12", K1, 9, sev="Severe", direction="往西")
    s.cong("R-1230-1814-KX01", "SN-VD-KAIXUAN-01", "18:14", K1, 10, sev="Severe", direction="往北", alt=K2)
    p3 = s.near(on_road("kaixuan", 0.72), 20)
    s.add("1051230-0712", "1999", "traffic_accident", "18:15", 60, K3, "凱旋路往北中科路口前有台車撞到安全島，卡在內線", pos=s.near(p3, 150))
    s.dup("1051230-0712", 30)
    s.add("P1230-0912", "incident", "accident", "18:17", 300, K3, "凱旋路往北(近中科路)自小客撞安全島，駕駛無礙，車輛故障停於內側車道", pos=p3, sev="Minor")
    s.cong("R-1230-1818-LM01", "SN-VD-LIMING-01", "18:18", K2, 12, direction="往西")
    s.cong("R-1230-1822-KX02", "SN-VD-KAIXUAN-02", "18:22", K3, 11, direction="往北")
    s.add("1051230-0719", "1999", "other", "18:25", 100, K1, "凱旋路往環中路整條都不動，到底怎麼了", pos=s.near(on_road("kaixuan", 0.12), 120), alt=K2)
    s.add("P1230-0914", "incident", "traffic_signal_fault", "18:26", 180, K2, "黎明路凱旋路口號誌桿受損全暗，派員指揮交通，已通報交通局", pos=p2, sev="Moderate", follows="P1230-0907")
    s.add("A105123018091-u1", "119", "ambulance", "18:27", 40, K2, "傷者送往澄清醫院", pos=s.near(p2, 40), follows="A105123018091")
    s.add("P1230-0901-u1", "incident", "accident", "18:40", 200, K1, "事故車輛移除，凱旋環中路口恢復通行", pos=p1, sev="Minor", follows="P1230-0901")
    s.add("P1230-0912-u1", "incident", "accident", "18:52", 240, K3, "故障車已拖離", pos=p3, sev="Minor", follows="P1230-0912")
    s.add("1051230-0731", "1999", "streetlight", "19:05", 60, None, "中科路燈桿XT-04120路燈不亮", pos=s.near(on_road("zhongke", 0.35), 60))
    s.add("SIG007-r-1940", "signal", "restored", "19:40", 10, K2, "號誌恢復正常", sid="SN-SIG-007")
    s.add("1051230-0740", "1999", "illegal_parking", "19:45", 60, None, "經貿路公車站前面計程車一直停著", pos=s.near(on_road("jingmao", 0.15), 60))
    s.write("跨年前的週五傍晚，凱旋路沿線十五分鐘內三起事故：凱旋環中路口二車碰撞、黎明凱旋路口機車撞號誌桿(號誌因此全暗)、凱旋路近中科路自小客撞安全島；各自回堵。",
            [inc(K1, "traffic", "凱旋路環中路口二車碰撞，環中路往西與凱旋路往北回堵", "1051230-0701"),
             inc(K2, "traffic", "黎明路凱旋路口機車撞號誌桿，騎士送醫，號誌全暗至19:40", "A105123018091"),
             inc(K3, "traffic", "凱旋路近中科路自小客撞安全島拋錨", "1051230-0712")],
            {"why": "凱旋路往北偵測器1位在K1與K2兩路口之間，那段壅塞與民眾詢問也可歸給K2(號誌全暗的路口)。",
             "incidents": [inc(K1, "traffic", "同上", "1051230-0701"), inc(K2, "traffic", "同上", "A105123018091"),
                           inc(K3, "traffic", "同上", "1051230-0712")]},
            notes="號誌全暗是K2撞桿的後果，不另開號誌故障案。")


if __name__ == "__main__":
    for f in (s497, s498, s499, s500, s501, s502):
        f()
