"""Situations 1257-1262 (a cascade, then five traps for a grouping by distance and time alone).
Seeded; run from tools/. Also writes README_1251-1262.md from all twelve."""
from lib import Sit, SENSORS, inc, build_readme

# ---------------------------------------------------------------- 1257
def s1257():
    s = Sit(1257, "reclamation_fire_traffic_cascade", "2026-10-08")
    W = (120.659, 24.1765); ZJ = (120.660456, 24.173644)
    a1 = s.add("fire_alarm", "alarm", "16:48", "水湳水資源回收中心 火警受信總機 污泥乾燥機房 第2區 偵熱探測器動作", "A", sensor="SN-FA-008")
    f1 = s.add("119", "fire", "16:50", "北屯區 水湳水資源回收中心 污泥乾燥機房火警 出動水箱車3、化學車1、救護車1", "A", where=W, scatter=30)
    s.add("1999", "fire_smoke", "16:52", "中平路旁邊污水廠在冒黑煙", "A", where=(120.6595, 24.1745), scatter=120)
    s.add("cctv", "smoke", "16:54", "畫面東北側偵測到煙霧", "A", sensor="SN-CCTV-011", conf=0.82)
    s.add("1999", "fire_smoke", "16:56", "經貿路跟中平路口整片煙，味道很臭", "A", where=ZJ, scatter=120)
    s.add("incident", "fire_report", "16:58", "水湳水資源回收中心火警 濃煙飄向中平路 派員交管", "A", where=W, scatter=60, sev="Severe")
    s.add("119", "hazmat", "17:04", "水資源回收中心火警 機房旁次氯酸鈉儲槽 派遣毒化災應變隊確認", "A", where=W, scatter=30)
    rc = s.add("incident", "road_closure", "17:08", "中平路 經貿路至東光園路段 濃煙影響視線 雙向封閉", "A", where=(120.6630, 24.1745), scatter=80, sev="Severe")
    g1 = s.add("rule", "congestion", "17:14", "中平路車輛偵測器2 平均車速降至 6 km/h", "A", sensor="SN-VD-ZHONGPING-02", truth_alt="B")
    s.add("rule", "congestion", "17:22", "經貿路車輛偵測器2 平均車速降至 8 km/h", "A", sensor="SN-VD-JINGMAO-02", truth_alt="B")
    s.add("cctv", "stalled_vehicle", "17:25", "路口車輛回堵停滯", "A", sensor="SN-CCTV-011", conf=0.69, truth_alt="B")
    s.add("1999", "other", "17:31", "中平路封起來了，經貿路整條塞死，下班回不了家", "A", where=(120.6594, 24.1800), scatter=150, truth_alt="B")
    s.add("rule", "congestion", "17:38", "河南路車輛偵測器2 平均車速降至 9 km/h", "A", sensor="SN-VD-HENAN-02", truth_alt="B")
    s.add("rule", "congestion", "17:41", "中平路車輛偵測器1 平均車速降至 7 km/h", "A", sensor="SN-VD-ZHONGPING-01", truth_alt="B")
    s.add("incident", "road_closure", "17:45", "經貿路三段往南 敦化路口 改道分流至中清路", "A", where=(120.6596, 24.1812), scatter=60, truth_alt="B")
    s.add("119", "fire", "17:20", "水資源回收中心 第一梯次到場 機房局部燃燒 儲槽無洩漏", "A", where=W, scatter=30, status="on_scene", follows=f1, delay=900)
    ra = s.add("incident", "accident", "17:52", "河南路二段往南 中平路口前 回堵車陣自小客追撞 無人受傷", "C", where=(120.6492, 24.1722), scatter=50, sev="Minor")
    s.add("1999", "traffic_accident", "17:54", "河南路塞車又追撞，兩台車停在內車道", "C", where=(120.6495, 24.1720), scatter=80)
    s.add("cctv", "stalled_vehicle", "17:55", "車道車輛停滯", "C", sensor="SN-CCTV-010", conf=0.74)
    s.add("fire_alarm", "normal", "18:05", "水湳水資源回收中心 火警受信總機 第2區 復歸", "A", sensor="SN-FA-008")
    s.add("119", "fire", "18:12", "水資源回收中心火警 火勢撲滅 收隊", "A", where=W, scatter=30, status="returning", follows=f1)
    s.add("incident", "road_closure", "18:20", "中平路煙霧散去 解除封閉 恢復通行", "A", where=(120.6630, 24.1745), scatter=80, sev="Minor", follows=rc)
    # background
    s.add("1999", "streetlight", "16:45", "凱旋路 路燈編號 XT-06611 不亮", None, where=(120.6500, 24.1900), scatter=60)
    s.add("parking", "full", "17:30", "經貿六停車場 汽車格位已滿", None, sensor="SN-PK-002")
    s.add("fire_alarm", "fault", "17:02", "中國醫藥大學水湳校區 火警受信總機 第6區 迴路異常", None, sensor="SN-FA-010")
    s.add("rule", "congestion", "17:50", "環中路車輛偵測器3 平均車速降至 18 km/h", None, sensor="SN-VD-HUANZHONG-03")
    s.add("1999", "noise", "18:10", "黎明路 夜間施工噪音", None, where=(120.6520, 24.1945), scatter=100)
    s.add("1999", "blocked_drain", "17:15", "崇德路旁邊水溝有臭味堵住", None, where=(120.6700, 24.1850), scatter=150)
    s.dup(a1, 3); s.dup(g1, 60)
    s.write("An October rush hour: a fire in the sludge dryer room of the 水湳 water reclamation centre sends smoke over "
            "中平路; the police close 中平路, and the queue spreads up 經貿路 and west to 河南路 (1 km). One job, the fire "
            "with its closure and queues; a rear-end crash in the queue on 河南路 is its own small job.",
            [inc("A", "fire", "Fire at the water reclamation centre, 16:48-18:20, with the 中平路 closure and the queues it caused", a1),
             inc("C", "traffic", "Rear-end crash in the queue on 河南路 before 中平路, 17:52", ra)],
            alternative={"why": "A traffic coordinator would run the queue and diversions as a traffic job of their own (B), beside the fire; the crash in the queue stays separate.",
                         "incidents": [inc("A", "fire", "Fire at the water reclamation centre and the smoke closure", a1),
                                       inc("B", "traffic", "Queues and diversions on 中平路, 經貿路 and 河南路 caused by the closure", g1),
                                       inc("C", "traffic", "Rear-end crash in the queue on 河南路", ra)]},
            readme={"happens": "A: fire at FA-008 (16:48), 119 fire and hazmat check of a hypochlorite tank, CCTV-011 smoke, police close 中平路 (17:08), congestion at ZHONGPING-02, JINGMAO-02, HENAN-02, ZHONGPING-01 and a diversion at 經貿路/敦化路, reopened 18:20. C: rear-end crash in the queue on 河南路 (17:52, police, 1999, CCTV-010).",
                    "background": "a dark streetlight, a full car park, a loop fault at CMU's panel, a slow-down on 環中路, works noise, a smelly drain.",
                    "debatable": "the queues and diversions: part of the fire's job, or a traffic job B."})

# ---------------------------------------------------------------- 1258
def s1258():
    s = Sit(1258, "henan_junction_four_jobs", "2026-08-21")
    J = (120.650395, 24.171108)
    sg = s.add("signal", "fault", "13:12", "河南路/中平路 號誌控制器 故障 黃燈閃爍", "A", sensor="SN-SIG-010")
    s.add("cctv", "signal_dark", "13:13", "路口號誌異常（閃爍）", "A", sensor="SN-CCTV-010", conf=0.77)
    s.add("1999", "traffic_signal", "13:16", "河南路中平路口紅綠燈一直閃黃燈", "A", where=J, scatter=100)
    st = s.add("cctv", "stalled_vehicle", "13:20", "河南路北向外側車道大型車停滯", "D", sensor="SN-CCTV-010", conf=0.86, truth_alt="A")
    s.add("incident", "stalled_vehicle", "13:24", "河南路二段北向 中平路口前80公尺 大貨車引擎故障拋錨 佔用外側車道 已叫拖吊", "D", where=(120.6497, 24.1705), scatter=20, sev="Minor", truth_alt="A")
    s.add("rule", "congestion", "13:26", "河南路車輛偵測器2 平均車速降至 10 km/h", "A", sensor="SN-VD-HENAN-02")
    s.add("incident", "traffic_signal_fault", "13:28", "河南路中平路口號誌故障 派員指揮 交通局維修廠商出發", "A", where=J, scatter=30)
    th = s.add("incident", "theft", "13:35", "河南路中平路口公車站 婦人遭機車騎士搶奪皮包 嫌犯往中平路東向逃逸", "B", where=(120.6508, 24.1714), scatter=20, sev="Severe")
    s.add("1999", "other", "13:37", "剛剛在河南路公車站看到有人被搶，騎機車跑掉", "B", where=(120.6508, 24.1714), scatter=60)
    s.add("rule", "congestion", "13:40", "中平路車輛偵測器1 平均車速降至 12 km/h", "A", sensor="SN-VD-ZHONGPING-01")
    am = s.add("119", "ambulance", "13:50", "西屯區河南路二段/中平路口 人行道 老翁疑中暑昏倒 派遣救護車", "C", where=(120.6500, 24.1714), scatter=20)
    s.add("1999", "other", "13:51", "路口有阿伯倒在人行道上，好像中暑", "C", where=(120.6500, 24.1714), scatter=50)
    s.add("119", "ambulance", "14:06", "河南路中平路口 中暑患者送往中山醫大附設醫院", "C", where=(120.6500, 24.1714), scatter=20, status="returning", follows=am)
    s.add("incident", "theft", "14:05", "河南路搶奪案 調閱路口監視器 嫌犯車牌已掌握", "B", where=(120.6508, 24.1714), scatter=20, follows=th)
    s.add("incident", "stalled_vehicle", "14:10", "河南路拋錨大貨車已拖離", "D", where=(120.6497, 24.1705), scatter=20, sev="Minor", truth_alt="A")
    s.add("signal", "restored", "14:22", "河南路/中平路 號誌控制器 恢復正常", "A", sensor="SN-SIG-010")
    s.add("1999", "traffic_signal", "14:00", "河南路中平路口號誌還在閃，路口很亂", "A", where=J, scatter=100)
    # background
    s.add("parking", "full", "13:30", "河南路停車場 汽車格位已滿", None, sensor="SN-PK-003")
    s.add("1999", "illegal_parking", "13:45", "中平路紅線有車違停", None, where=(120.6560, 24.1710), scatter=80)
    s.add("1999", "streetlight", "14:15", "河南路二段 路燈燈罩破損", None, where=(120.6475, 24.1685), scatter=80)
    s.add("rule", "congestion", "14:30", "環中路車輛偵測器4 平均車速降至 19 km/h", None, sensor="SN-VD-HUANZHONG-04")
    s.add("1999", "road_damage", "13:58", "中平路靠近經貿路 路面隆起", None, where=(120.6590, 24.1730), scatter=80)
    s.dup(th, 50); s.dup(sg, 3)
    s.write("A hot August afternoon at one junction, 河南路/中平路: a signal fault, a broken-down lorry 80 m before it, "
            "a bag snatch at the corner bus stop and a man collapsing from heat, all within 40 minutes and 100 m. Four "
            "jobs for four different teams (signal contractor, tow, police investigation, ambulance).",
            [inc("A", "traffic", "Signal fault at 河南路/中平路, 13:12-14:22", sg),
             inc("B", "public_safety", "Bag snatch at the corner bus stop, 13:35", th),
             inc("C", "rescue", "Elderly man collapsed from heat on the corner pavement, 13:50-14:06", am),
             inc("D", "traffic", "Lorry broken down on 河南路 northbound 80 m before the junction, 13:20-14:10", st)],
            alternative={"why": "Both the signal fault and the broken-down lorry are handled by the traffic officers already at the junction; a coordinator may run them as one traffic job.",
                         "incidents": [inc("A", "traffic", "Junction 河南路/中平路: signal fault and broken-down lorry", sg),
                                       inc("B", "public_safety", "Bag snatch at the corner bus stop", th),
                                       inc("C", "rescue", "Elderly man collapsed from heat", am)]},
            readme={"happens": "A: signal SIG-010 flashing 13:12-14:22 (CCTV-010, two 1999 calls, police control, queues on HENAN-02 and ZHONGPING-01). B: bag snatch at the bus stop 13:35 (police, witness, follow-up). C: man collapsed from heat 13:50 (119 ambulance, caller). D: lorry broken down 80 m south 13:20-14:10 (CCTV-010, police).",
                    "background": "a full car park, illegal parking and a heaved road on 中平路, a broken lamp cover, a slow-down on 環中路.",
                    "debatable": "D as its own job or part of A's junction job; the queues are filed with A in both readings."})

# ---------------------------------------------------------------- 1259
def s1259():
    s = Sit(1259, "south_feeder_power_cut", "2026-05-27")
    s1 = s.add("signal", "fault", "19:08:12", "經貿路/中平路 號誌控制器 電源異常 黑燈", "A", sensor="SN-SIG-011", truth_alt="B")
    s.add("signal", "fault", "19:08:15", "河南路/中平路 號誌控制器 電源異常 黑燈", "A", sensor="SN-SIG-010", truth_alt="B")
    o1 = s.add("status", "offline", "19:08:14", "經貿路/中平路 路口監視器 市電中斷 離線", "A", sensor="SN-CCTV-011", reason="mains_power_lost")
    s.add("status", "offline", "19:08:16", "河南路/中平路 路口監視器 市電中斷 離線", "A", sensor="SN-CCTV-010", reason="mains_power_lost")
    s.add("status", "offline", "19:08:20", "河南路停車場 市電中斷 離線", "A", sensor="SN-PK-003", reason="mains_power_lost")
    s.add("status", "offline", "19:08:25", "水湳區域排水經貿路水位 市電中斷 離線", "A", sensor="SN-WL-003", reason="mains_power_lost")
    s.add("fire_alarm", "fault", "19:08:30", "中國醫藥大學水湳校區 火警受信總機 主電源停電 備用電池供電中", "A", sensor="SN-FA-010")
    s.add("fire_alarm", "fault", "19:08:40", "水湳水資源回收中心 火警受信總機 主電源停電", "A", sensor="SN-FA-008")
    fb = s.add("fire_alarm", "fault", "19:08:44", "水湳生態住宅 B區 集合住宅 火警受信總機 主電源停電 備用電池供電中", "A", sensor="SN-FA-012")
    s.add("1999", "power_outage", "19:11", "生態住宅B區整棟停電", "A", where=(120.659, 24.1815), scatter=80)
    s.add("1999", "power_outage", "19:12", "經貿路三段這邊整區停電，台電電話打不通", "A", where=(120.6595, 24.1770), scatter=150)
    s.add("1999", "streetlight", "19:14", "中平路整排路燈都不亮，一片漆黑", "A", where=(120.6560, 24.1712), scatter=200)
    lf = s.add("1999", "rescue", "19:15", "生態住宅B區電梯停電卡住，裡面有2個人", "C", where=(120.659, 24.1815), scatter=30)
    s.add("119", "rescue", "19:17", "北屯區敦化路一段 集合住宅 停電電梯受困2人 出動救助隊", "C", where=(120.659, 24.1815), scatter=20)
    s.add("incident", "traffic_signal_fault", "19:18", "中平路與經貿路口、河南路口號誌停電黑燈 兩處派員指揮交通", "A", where=(120.6555, 24.1720), scatter=100, truth_alt="B")
    s.add("1999", "traffic_signal", "19:20", "河南路中平路口紅綠燈全暗，很危險", "A", where=(120.650395, 24.171108), scatter=100, truth_alt="B")
    s.add("1999", "power_outage", "19:22", "中國醫大宿舍停電", "A", where=(120.6592, 24.1735), scatter=100)
    s.add("1999", "streetlight", "19:25", "河南路二段路燈全熄", "A", where=(120.6500, 24.1700), scatter=150)
    s.add("rule", "sensor_offline", "19:28", "經貿路/中平路 路口監視器 超過20分鐘未回報", "A", sensor="SN-CCTV-011")
    s.add("rule", "sensor_offline", "19:29", "水湳區域排水經貿路水位 超過20分鐘未回報資料", "A", sensor="SN-WL-003")
    s.add("119", "rescue", "19:36", "集合住宅電梯受困2人已救出", "C", where=(120.659, 24.1815), scatter=20, status="returning")
    s.add("signal", "restored", "20:04", "經貿路/中平路 號誌控制器 恢復正常", "A", sensor="SN-SIG-011", truth_alt="B")
    s.add("signal", "restored", "20:04:05", "河南路/中平路 號誌控制器 恢復正常", "A", sensor="SN-SIG-010", truth_alt="B")
    for d in ("SN-CCTV-011", "SN-CCTV-010", "SN-PK-003", "SN-WL-003"):
        s.add("status", "online", "20:04:20", "%s 恢復連線" % SENSORS[d]["name"], "A", sensor=d)
    s.add("fire_alarm", "normal", "20:05", "水湳生態住宅 B區 集合住宅 火警受信總機 主電源恢復", "A", sensor="SN-FA-012")
    # background
    s.add("1999", "streetlight", "19:40", "黎明路三段 路燈編號 XT-05120 不亮", None, where=(120.6510, 24.1945), scatter=60)
    s.add("1999", "noise", "19:50", "環中路 餐廳戶外音響太大聲", None, where=(120.6440, 24.1880), scatter=150)
    s.add("rule", "congestion", "19:10", "環中路車輛偵測器2 平均車速降至 17 km/h", None, sensor="SN-VD-HUANZHONG-02")
    s.add("parking", "full", "19:30", "臺中國際會展中心停車場 汽車格位已滿", None, sensor="SN-PK-006")
    s.add("1999", "other", "20:20", "詢問台電停電補償怎麼申請", None, where=(120.6590, 24.1800), scatter=200, truth_alt="A")
    s.add("fire_alarm", "fault", "19:45", "臺中綠美圖 火警受信總機 第3區 探測器汙染", None, sensor="SN-FA-004")
    s.dup(o1, 20); s.dup(lf, 75)
    s.write("A May evening: a Taipower feeder trips at 19:08 and the south of the zone goes dark, from 河南路 to 經貿路 "
            "(1.0-1.3 km apart): two junctions' signals, cameras, a car park, a water-level station, three fire panels "
            "on batteries, streetlights and homes. One job (the power cut), however far apart its pieces; the people "
            "stuck in a lift it stopped are a rescue of their own.",
            [inc("A", "infrastructure", "Power cut on the south feeder, 19:08-20:05, from 河南路 to 經貿路", fb),
             inc("C", "rescue", "Two people stuck in a lift in block B, 19:15-19:36", lf)],
            alternative={"why": "The two dark junctions need police directing traffic; a traffic coordinator may run them as a traffic job beside the power cut.",
                         "incidents": [inc("A", "infrastructure", "Power cut on the south feeder", fb),
                                       inc("B", "traffic", "Two dark junctions on 中平路 (經貿路, 河南路)", s1),
                                       inc("C", "rescue", "Two people stuck in a lift in block B", lf)]},
            readme={"happens": "A: at 19:08 within 32 s SIG-010 and SIG-011 go dark, CCTV-010/011, PK-003 and WL-003 go offline with mains_power_lost, FA-008/010/012 report mains failure; 1999 outage and all-dark streetlight calls, police at both junctions; back at 20:04. C: two people stuck in a lift in block B (19:15, 119 rescue, out 19:36).",
                    "background": "a single dark lamp on 黎明路, restaurant noise, a slow-down on 環中路, a full car park, a question about compensation, a dirty detector at the Museumbrary.",
                    "debatable": "the dark junctions (part of the power cut, or a traffic job B); the compensation question (no job, or A)."})

# ---------------------------------------------------------------- 1260
def s1260():
    s = Sit(1260, "fengchia_workshop_rekindle", "2026-12-02")
    F = (120.652, 24.179); P = (120.652, 24.185)
    a1 = s.add("fire_alarm", "alarm", "03:25", "逢甲大學水湳校區 火警受信總機 工程實習工廠 第4區 偵煙探測器動作", "A", sensor="SN-FA-009")
    f1 = s.add("119", "fire", "03:28", "西屯區 逢甲大學水湳校區 實習工廠火警 出動水箱車2、水庫車1", "A", where=F, scatter=30)
    s.add("1999", "fire_smoke", "03:31", "中科路開車經過，看到逢甲水湳校區那邊有火光", "A", where=(120.6536, 24.1800), scatter=100)
    s.add("incident", "fire_report", "03:35", "逢甲大學水湳校區 實習工廠火警 校安人員報案 派員到場", "A", where=F, scatter=40)
    s.add("119", "fire", "03:38", "逢甲水湳校區 實習工廠 到場 屋頂隔熱層燃燒", "A", where=F, scatter=30, status="on_scene", follows=f1)
    s.add("fire_alarm", "normal", "05:05", "逢甲大學水湳校區 火警受信總機 第4區 復歸", "A", sensor="SN-FA-009")
    s.add("119", "fire", "05:10", "逢甲水湳校區 實習工廠火警 撲滅 殘火處理完畢 收隊", "A", where=F, scatter=30, status="returning", follows=f1)
    s.add("119", "fire", "05:40", "逢甲水湳校區 實習工廠火警 結案", "A", where=F, scatter=30, status="closed", follows=f1)
    # B: false alarm 700 m north
    b1 = s.add("fire_alarm", "alarm", "06:30", "臺中流行影音中心 火警受信總機 舞台區 第1區 偵煙探測器動作", "B", sensor="SN-FA-006")
    fb = s.add("119", "fire", "06:32", "西屯區 臺中流行影音中心 火警受信總機動作 派車查證", "B", where=P, scatter=30)
    s.add("fire_alarm", "normal", "06:41", "臺中流行影音中心 火警受信總機 第1區 復歸（清潔作業粉塵誤報）", "B", sensor="SN-FA-006")
    s.add("119", "fire", "06:50", "臺中流行影音中心 確認為清潔粉塵誤報 返隊", "B", where=P, scatter=30, status="returning", follows=fb)
    # A again: rekindle four hours later
    a2 = s.add("fire_alarm", "alarm", "09:41", "逢甲大學水湳校區 火警受信總機 工程實習工廠 第4區 偵煙探測器動作", "A", sensor="SN-FA-009", truth_alt="A2")
    s.add("1999", "fire_smoke", "09:43", "逢甲水湳校區昨晚燒過的那棟工廠又在冒煙", "A", where=F, scatter=100, truth_alt="A2")
    f2 = s.add("119", "fire", "09:44", "逢甲水湳校區 實習工廠 疑似復燃 出動水箱車2", "A", where=F, scatter=30, follows=f1, truth_alt="A2")
    s.add("1999", "fire_smoke", "09:45", "學校工廠屋頂冒白煙，學生都在看", "A", where=F, scatter=150, truth_alt="A2")
    s.add("1999", "fire_smoke", "09:47", "中科路這邊聞到燒焦味，逢甲那邊好像又起火", "A", where=(120.6536, 24.1810), scatter=150, truth_alt="A2")
    s.add("incident", "fire_report", "09:50", "逢甲水湳校區 實習工廠 屋頂隔熱層復燃 協助管制", "A", where=F, scatter=40, truth_alt="A2")
    s.add("119", "fire", "09:55", "實習工廠復燃 到場 拆除屋頂隔熱層澆熄", "A", where=F, scatter=30, status="on_scene", follows=f2, truth_alt="A2")
    s.add("119", "fire", "10:32", "實習工廠復燃 撲滅 收隊 交由校方警戒", "A", where=F, scatter=30, status="returning", follows=f2, truth_alt="A2")
    # background
    s.add("1999", "streetlight", "04:10", "中科路 路燈編號 XT-07702 不亮", None, where=(120.6536, 24.1850), scatter=60)
    s.add("rule", "congestion", "08:10", "凱旋路車輛偵測器2 平均車速降至 16 km/h", None, sensor="SN-VD-KAIXUAN-02")
    s.add("1999", "road_damage", "08:30", "凱旋路 人行道地磚破損", None, where=(120.6510, 24.1880), scatter=80)
    s.add("parking", "full", "09:20", "中央公園地下停車場(北) 汽車格位已滿", None, sensor="SN-PK-004")
    s.add("1999", "illegal_parking", "07:45", "中國醫大水湳校區門口 車輛違停", None, where=(120.6590, 24.1740), scatter=60)
    s.dup(a2, 5); s.dup(f1, 30)
    s.write("A December night: a fire in the roof insulation of the Feng Chia Shuinan workshop at 03:25, put out at "
            "05:10 and the case closed at 05:40; at 09:41 the same roof rekindles. A fire bureau treats a rekindle as the "
            "same fire (a 復燃), one job six hours apart; between the two, a false alarm at the Pop Music Center 700 m "
            "north is a separate, short job.",
            [inc("A", "fire", "Workshop roof fire at Feng Chia Shuinan campus, 03:25-05:40 and its rekindle 09:41-10:32", a1),
             inc("B", "fire", "False alarm (cleaning dust) at the Pop Music Center, 06:30-06:50", b1)],
            alternative={"why": "The first case was closed at 05:40; the center's records may open a new case for the rekindle (A2), linked to the first.",
                         "incidents": [inc("A", "fire", "Workshop roof fire, night", a1),
                                       inc("A2", "fire", "Rekindle of the workshop roof fire, morning", a2),
                                       inc("B", "fire", "False alarm at the Pop Music Center", b1)]},
            readme={"happens": "A: fire at FA-009 03:25 (119, police, a passing driver), out 05:10, closed 05:40; rekindle 09:41 (panel, three 1999 calls, 119 dispatch following the first, police), out 10:32. B: false alarm at FA-006 06:30-06:50 with a 119 check.",
                    "background": "a dark streetlight, a morning slow-down on 凱旋路, broken paving, a full car park, illegal parking at CMU.",
                    "debatable": "the rekindle as part of A (one fire) or a new job A2."})

# ---------------------------------------------------------------- 1261
def s1261():
    s = Sit(1261, "huanzhong_wrong_way_driver", "2026-09-12")
    w1 = s.add("cctv", "wrong_way", "02:05:20", "環中路北向內側車道 車輛逆向行駛", "A", sensor="SN-CCTV-009", conf=0.88)
    s.add("incident", "other", "02:07", "110報案：環中路臺灣大道口往北屯方向 內側車道有白色自小客逆向 請沿線警網攔查", "A", where=(120.6330, 24.1770), scatter=80, sev="Severe")
    s.add("rule", "congestion", "02:08", "環中路車輛偵測器4 車速異常 平均車速降至 22 km/h", "A", sensor="SN-VD-HUANZHONG-04", truth_alt=None)
    s.add("rule", "congestion", "02:09", "環中路車輛偵測器1 車速異常 平均車速降至 25 km/h", "A", sensor="SN-VD-HUANZHONG-01", truth_alt=None)
    s.add("cctv", "wrong_way", "02:10:30", "環中路南向 車輛逆向行駛", "A", sensor="SN-CCTV-001", conf=0.81)
    s.add("incident", "other", "02:11", "逆向自小客已過台74線 往凱旋路方向 巡邏車追趕中", "A", where=(120.6472, 24.1959), scatter=60, sev="Severe")
    s.add("cctv", "wrong_way", "02:11:40", "環中路 車輛逆向行駛", "A", sensor="SN-CCTV-002", conf=0.79)
    cr = s.add("incident", "injury_accident", "02:12", "環中路二段凱旋路口 逆向自小客與計程車對撞 計程車司機受困 逆向駕駛疑酒駕", "A", where=(120.6478, 24.1967), scatter=30, sev="Severe", truth_alt="A2")
    s.add("cctv", "stalled_vehicle", "02:12:30", "路口車輛停滯 2輛", "A", sensor="SN-CCTV-002", conf=0.9, truth_alt="A2")
    s.add("119", "rescue", "02:14", "北屯區環中路二段/凱旋路口 車禍 1人受困車內 出動救助隊", "A", where=(120.6478, 24.1967), scatter=30, truth_alt="A2")
    s.add("119", "ambulance", "02:14", "環中路凱旋路口 車禍 2人受傷 派遣救護車2", "A", where=(120.6478, 24.1967), scatter=30, truth_alt="A2")
    s.add("1999", "traffic_accident", "02:15", "環中路凱旋路口很大的撞擊聲，兩台車撞在一起", "A", where=(120.6482, 24.1962), scatter=100, truth_alt="A2")
    s.add("incident", "road_closure", "02:22", "環中路二段 凱旋路口南北向內側車道封閉 事故處理", "A", where=(120.6478, 24.1967), scatter=30, truth_alt="A2")
    s.add("rule", "congestion", "02:30", "環中路車輛偵測器2 平均車速降至 12 km/h", "A", sensor="SN-VD-HUANZHONG-02", truth_alt="A2")
    s.add("119", "rescue", "02:41", "環中路凱旋路口 受困者已救出 送中國醫藥大學附設醫院", "A", where=(120.6478, 24.1967), scatter=30, status="returning", truth_alt="A2")
    s.add("incident", "road_closure", "03:05", "環中路凱旋路口事故車輛已拖離 恢復通行", "A", where=(120.6478, 24.1967), scatter=30, sev="Minor", truth_alt="A2")
    # B: separate job, on the same road, 20 minutes later
    b1 = s.add("incident", "stalled_vehicle", "02:38", "環中路一段北向 臺灣大道口後300公尺 自小客爆胎停於外側車道", "B", where=(120.6345, 24.1780), scatter=40, sev="Minor")
    s.add("cctv", "stalled_vehicle", "02:36", "環中路北向外側車輛停滯", "B", sensor="SN-CCTV-009", conf=0.72)
    s.add("incident", "stalled_vehicle", "02:58", "環中路爆胎車輛已換胎駛離", "B", where=(120.6345, 24.1780), scatter=40, sev="Minor", follows=b1)
    # background
    s.add("1999", "noise", "01:55", "黎明路酒吧門口有人喧嘩", None, where=(120.6500, 24.1930), scatter=100)
    s.add("1999", "streetlight", "02:20", "環中路二段 路燈編號 XT-03318 不亮", None, where=(120.6420, 24.1900), scatter=60)
    s.add("parking", "full", "01:50", "水湳轉運中心停車場 機車格位已滿", None, sensor="SN-PK-001")
    s.add("1999", "illegal_parking", "02:50", "凱旋路巷口有車擋住車庫", None, where=(120.6505, 24.1895), scatter=80)
    s.add("rule", "congestion", "02:45", "中清路車輛偵測器1 平均車速降至 20 km/h（夜間施工）", None, sensor="SN-VD-ZHONGQING-01")
    s.dup(w1, 2); s.dup(cr, 70)
    s.write("A Saturday small hours: a drunk driver enters 環中路 against the traffic at 臺灣大道 (02:05) and drives "
            "3.5 km north-east, seen by three cameras, until he hits a taxi at 凱旋路 (02:12). One traffic job from the "
            "first camera to the reopening; a flat tyre on 環中路 near 臺灣大道 at 02:36 is a separate job at the "
            "place the first one began.",
            [inc("A", "traffic", "Wrong-way drunk driver on 環中路, 臺灣大道 → 凱旋路, 02:05, ending in a head-on crash at 凱旋路 02:12-03:05", w1),
             inc("B", "traffic", "Car with a flat tyre on 環中路 northbound past 臺灣大道, 02:36-02:58", b1)],
            alternative={"why": "Some centers close the wrong-way alert when the car is stopped and open the crash as a new job (A2); the detector slow-downs at 02:08-02:09 are ambiguous at night and may be noise.",
                         "incidents": [inc("A", "traffic", "Wrong-way driver on 環中路 (alert and pursuit)", w1),
                                       inc("A2", "traffic", "Head-on crash at 環中路/凱旋路", cr),
                                       inc("B", "traffic", "Flat tyre on 環中路 past 臺灣大道", b1)]},
            readme={"happens": "A: wrong-way car seen by CCTV-009 (02:05), CCTV-001 (02:10), CCTV-002 (02:11), police reports, crash with a taxi at 環中路/凱旋路 02:12 (injury, trapped driver, 119 rescue and ambulance, closure, queue at HUANZHONG-02), reopened 03:05. B: flat tyre at 臺灣大道 02:36-02:58 (CCTV-009, police).",
                    "background": "bar noise, a dark streetlight, a full scooter park, a blocked garage, a works slow-down on 中清路.",
                    "debatable": "the crash as part of A or a new job A2; the early detector slow-downs (A, or noise)."})

# ---------------------------------------------------------------- 1262
def s1262():
    s = Sit(1262, "eco_blocks_two_alarms_and_a_fall", "2026-11-16")
    A = (120.6588, 24.184); B = (120.659, 24.1815)
    a1 = s.add("fire_alarm", "alarm", "18:12", "水湳生態住宅 A區 集合住宅 火警受信總機 5F 第8區 偵煙探測器動作", "A", sensor="SN-FA-011")
    s.add("1999", "fire_smoke", "18:13", "A區集合住宅5樓廚房起火，有黑煙從窗戶出來", "A", where=A, scatter=60)
    f1 = s.add("119", "fire", "18:14", "北屯區經貿路三段 水湳生態住宅A區 5F住宅火警 出動水箱車2、雲梯車1、救護車1", "A", where=A, scatter=20)
    b1 = s.add("fire_alarm", "alarm", "18:16", "水湳生態住宅 B區 集合住宅 火警受信總機 3F 第5區 偵煙探測器動作", "B", sensor="SN-FA-012", truth_alt="A")
    s.add("1999", "fire_smoke", "18:17", "經貿路三段大樓冒煙，消防車快來", "A", where=(120.6596, 24.1840), scatter=100)
    s.add("1999", "fire_smoke", "18:18", "B棟警報也在響，是不是兩棟都燒起來了", "B", where=B, scatter=60, truth_alt="A")
    fb = s.add("119", "fire", "18:19", "敦化路一段 水湳生態住宅B區 3F火警受信總機動作 另派水箱車1查證", "B", where=B, scatter=20, truth_alt="A")
    s.add("incident", "fire_report", "18:20", "經貿路三段集合住宅火警 派員交管 協助疏散", "A", where=A, scatter=40, sev="Severe")
    s.add("1999", "illegal_parking", "18:21", "A區大樓前消防通道被違停車輛擋住，消防車進不去", "A", where=A, scatter=40)
    s.add("119", "fire", "18:22", "A區5F廚房火警 到場 火勢侷限於廚房", "A", where=A, scatter=20, status="on_scene", follows=f1)
    s.add("fire_alarm", "normal", "18:27", "水湳生態住宅 B區 集合住宅 火警受信總機 第5區 復歸（住戶浴室蒸氣誤報）", "B", sensor="SN-FA-012", truth_alt="A")
    s.add("119", "fire", "18:31", "B區3F 查證為浴室蒸氣誤觸 無火災 返隊", "B", where=B, scatter=20, status="returning", follows=fb, truth_alt="A")
    s.add("fire_alarm", "normal", "18:48", "水湳生態住宅 A區 集合住宅 火警受信總機 第8區 復歸", "A", sensor="SN-FA-011")
    am = s.add("119", "ambulance", "18:40", "經貿路三段 水湳生態住宅A區 12F 老婦在家跌倒 頭部撕裂傷（非火警相關）", "C", where=A, scatter=20)
    s.add("119", "ambulance", "18:58", "A區12F 跌倒傷患送往中國醫藥大學附設醫院", "C", where=A, scatter=20, status="returning", follows=am)
    s.add("119", "fire", "18:55", "A區5F廚房火警 撲滅 無人受傷 收隊", "A", where=A, scatter=20, status="returning", follows=f1)
    # background
    s.add("1999", "blocked_drain", "18:30", "敦化路一段 水溝蓋堵塞有臭味", None, where=(120.6600, 24.1805), scatter=60)
    s.add("1999", "streetlight", "18:05", "中央公園東側步道 路燈不亮", None, where=(120.6580, 24.1830), scatter=60)
    s.add("rule", "congestion", "18:20", "經貿路車輛偵測器2 平均車速降至 14 km/h", None, sensor="SN-VD-JINGMAO-02", truth_alt="A")
    s.add("parking", "full", "18:35", "中央公園地下停車場(南) 汽車格位已滿", None, sensor="SN-PK-005")
    s.add("1999", "noise", "19:10", "B區樓下 卡拉OK太吵", None, where=B, scatter=50)
    s.add("1999", "other", "19:20", "請問剛剛大樓火災的住戶可以回家了嗎", None, where=A, scatter=80, truth_alt="A")
    s.dup(b1, 3); s.dup(am, 40)
    s.write("A Monday evening in the eco-residential blocks: a kitchen fire on 5F of block A (18:12); four minutes "
            "later block B's panel, 280 m south, goes off on bathroom steam and gets its own engine to check; and at "
            "18:40 an elderly woman falls in her flat on 12F of block A, nothing to do with the fire. Three jobs in "
            "280 m and 45 minutes.",
            [inc("A", "fire", "Kitchen fire on 5F of block A, 18:12-18:55", a1),
             inc("B", "fire", "Alarm in block B (bathroom steam), checked by a separate engine, 18:16-18:31", b1),
             inc("C", "rescue", "Elderly woman fallen in her flat on 12F of block A, 18:40-18:58", am)],
            alternative={"why": "Before block B was checked a coordinator would reasonably have taken its alarm for smoke from block A, and the fire bureau ran the check from the same response; under that reading B's alarm, its caller and its engine are part of A.",
                         "incidents": [inc("A", "fire", "Fire at the eco-residential blocks, including the check of block B", a1),
                                       inc("C", "rescue", "Elderly woman fallen in block A", am)]},
            readme={"happens": "A: kitchen fire at FA-011 block A 18:12 (callers, 119 dispatch and on scene, police, a blocked fire lane), out 18:55. B: FA-012 block B alarm 18:16 on bathroom steam, a caller, a separate engine to check, reset 18:27. C: 119 ambulance for a fall in block A 12F 18:40-18:58.",
                    "background": "a blocked drain, a dark park path light, an evening slow-down on 經貿路, a full car park, karaoke noise, a resident asking whether they may go home.",
                    "debatable": "B as its own job or part of A; the slow-down on 經貿路 and the resident's question (no job, or A)."})


if __name__ == "__main__":
    for f in (s1257, s1258, s1259, s1260, s1261, s1262):
        f()
    build_readme()
