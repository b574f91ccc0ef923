"""Situations 2117-2122 (seeded)."""
from lib import Sit, SENSORS, inc

CONV = (120.6551, 24.1944)
HALL_A = (120.6546, 24.1948)
HALL_B = (120.6556, 24.194)


def s2117():
    s = Sit(2117, "convention_day_false_alarm_and_ladder_fall", "2026-03-19", 2117,
            "週四會展中心有核准的產業展覽（09:00-18:00），上午停車場客滿、經貿路車多、入口排隊人潮。09點多B館一位參展商布展時從梯子上跌落送醫。11點A館展位煙霧機觸發偵煙器，火警總機動作，A館廣播疏散，消防局到場確認誤報。A館總機前一天的預備電源故障訊號、路燈、噪音等為例行案件。",
            "Three jobs in one building complex: the exhibition's crowd (a permitted event explaining the queues, the full car park and the slow-down), the exhibitor's fall (ambulance) and the fire alarm in hall A (fire crews sent, found a fog machine: still a job until they said so). The crowd the hall A evacuation put on the forecourt could be counted with the alarm or with the exhibition.")
    pe = s.add("planned_event", "exhibition", "09:00", "臺中國際會展中心 產業設備展，09:00-18:00，預估參觀人數 15,000 人。", "C", near=CONV, spread=(0, 5), ends="2026-03-19T10:00:00Z", radius_m=300)
    s.items[-1]["arrival"] = "2026-03-12T02:00:00Z"
    s.add("fire_alarm", "fault", "08:40", "臺中國際會展中心 B棟 火警受信總機 預備電源電壓不足", sensor="SN-FA-003", delay=5)
    s.add("rule", "congestion", "08:45", "環中路車輛偵測器3 平均車速 26 km/h，佔有率 37%", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    b1 = s.add("119", "ambulance", "09:22", "臺中國際會展中心B館，參展廠商布展時自梯子跌落約2公尺，頭部流血，意識清楚。", "B", near=HALL_B, spread=(5, 30))
    s.add("1999", "rescue", "09:21", "會展中心B館有人從梯子摔下來，頭在流血，我們已經打119了，救護車要從哪個門進來？", "B", near=HALL_B, spread=(10, 40))
    s.add("119", "ambulance", "09:31", "救護車到場，傷者頭部撕裂傷，送醫。", "B", near=HALL_B, spread=(5, 30), status="on_scene", follows=b1)
    s.add("parking", "full", "09:40", "臺中國際會展中心停車場 車位已滿", "C", sensor="SN-PK-006", delay=30)
    s.dup(f"{s.num}-PK-A{s.seq:04d}", 120)
    s.add("rule", "congestion", "09:50", "經貿路車輛偵測器1 平均車速 14 km/h，佔有率 58%", "C", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    c1 = s.add("cctv", "crowding", "10:05", "經貿路二段/黎明路三段 路口監視器 偵測到人群聚集", "C", sensor="SN-CCTV-005", confidence=0.77, motion="standing")
    s.add("1999", "crowding", "10:12", "會展中心入口排隊的人排到人行道外面，都站到慢車道上了，很危險。", "C", near=CONV, spread=(40, 120))
    s.add("1999", "illegal_parking", "10:20", "會展中心附近經貿路兩邊都是違停，車子過不去。", "C", near=CONV, spread=(100, 300))
    s.add("incident", "crowd_control", "10:30", "會展中心展覽入口人潮，派員疏導排隊動線、管制違停。", "C", near=CONV, spread=(10, 60), severity="Minor")
    a1 = s.add("fire_alarm", "alarm", "11:02:15", "臺中國際會展中心 A棟 2F展區 偵煙探測器動作", "A", sensor="SN-FA-002", delay=4)
    s.add("1999", "fire_smoke", "11:03", "會展中心A館裡面警報一直響，有一個攤位在冒煙，廣播叫大家出去。", "A", near=HALL_A, spread=(10, 60))
    h = s.add("119", "fire", "11:04", "臺中國際會展中心A棟火警受信總機動作，民眾報案展區冒煙，派遣水箱車2、雲梯車1。", "A", near=HALL_A, spread=(5, 20))
    s.add("incident", "evacuation", "11:06", "會展中心A館廣播疏散，參觀民眾約2,000人移往廣場。", "A", near=HALL_A, spread=(20, 80), severity="Moderate")
    s.add("cctv", "crowding", "11:08", "經貿路二段/黎明路三段 路口監視器 偵測到人群聚集", "A", sensor="SN-CCTV-005", confidence=0.84, motion="moving", alt="C")
    s.add("1999", "crowding", "11:10", "會展中心外面廣場一下子擠滿了人，是不是失火？", "A", near=CONV, spread=(40, 120), alt="C")
    s.add("119", "fire", "11:13", "到場確認：A館2F展位使用煙霧機造成偵煙器動作，無火警，誤報。", "A", near=HALL_A, spread=(5, 20), status="on_scene", follows=h, delay=600)
    s.add("fire_alarm", "normal", "11:19", "臺中國際會展中心 A棟 火警受信總機 復歸", "A", sensor="SN-FA-002", delay=4)
    s.add("incident", "other", "11:25", "A館誤報解除，民眾返回展場，疏散結束。", "A", near=HALL_A, spread=(10, 60), severity="Minor")
    s.add("119", "fire", "11:30", "誤報處理完畢，各車返隊。", "A", near=HALL_A, spread=(5, 20), status="returning", follows=h)
    s.add("fire_alarm", "normal", "11:45", "臺中國際會展中心 B棟 火警受信總機 復歸", sensor="SN-FA-003", delay=5)
    s.add("1999", "streetlight", "12:10", "經貿七路路燈編號XT-20211燈桿傾斜。", near=(120.6575, 24.1920), spread=(10, 60))
    s.add("1999", "noise", "13:00", "會展中心戶外舞台音響太大聲，樓上辦公室都在震。", "C", near=CONV, spread=(150, 350))
    s.add("rule", "congestion", "17:45", "經貿路車輛偵測器1 平均車速 16 km/h，佔有率 52%", "C", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("status", "offline", "14:20", "中清路車輛偵測器2 離線", sensor="SN-VD-ZHONGQING-02", reason="comms_lost")
    s.add("status", "online", "14:23", "中清路車輛偵測器2 恢復連線", sensor="SN-VD-ZHONGQING-02")
    s.incident("A", "fire", "會展中心A館火警總機動作、疏散，消防確認煙霧機誤報", a1)
    s.incident("B", "rescue", "會展中心B館參展商布展跌落受傷", b1)
    s.incident("C", "planned_event", "會展中心產業展人潮：停車場客滿、入口排隊、經貿路壅塞", c1)
    s.alternative("The crowd on the forecourt at 11:08-11:10 was the exhibition's visitors; a coordinator could leave it with the exhibition rather than with the alarm that moved it.", [
        inc("A", "fire", "會展中心A館火警誤報與疏散", a1),
        inc("B", "rescue", "B館布展跌落", b1),
        inc("C", "planned_event", "產業展人潮", c1)])
    return s


def s2118():
    PN = (120.6562, 24.1875)
    s = Sit(2118, "park_cabinet_power_loss_and_lone_battery", "2026-03-20", 2118,
            "週五。上午河南路/中平路口控制箱計畫性維護，號誌閃黃、監視器與偵測器離線，中午恢復。下午河南路低窪處淹水感測器電池電量低離線，一直沒回來。傍晚中央公園北側場站箱市電中斷，北滯洪池淹水感測器、水位計、雨量站與北停車場同時離線，公園北側步道路燈整排不亮，地下停車場火警總機回報主電源斷電，停車場柵欄打不開，台電搶修後恢復。北屯雨量站短暫斷線。",
            "The five devices of cabinet GW-CP-N01 going dark with 'mains power lost', the dark footpath lights and the car park's lost power are one power cut: one infrastructure job (Taipower and the park's maintenance). The battery at the Henan Rd flood sensor is a lone device that stays offline: a maintenance ticket someone must go to, here counted as a small infrastructure job (debatable: nobody is sent tonight). The maintenance window and the short flap are background.")
    for sid, ag in (("SN-SIG-010", "traffic"), ("SN-CCTV-010", "police"), ("SN-VD-HENAN-02", "traffic"), ("SN-VD-ZHONGPING-01", "traffic")):
        s.add("status", "offline", "09:30", f"{SENSORS[sid]['name']} 計畫性維護（TB-CAB-010）", sensor=sid, agency=ag, reason="maintenance")
    s.add("signal", "fault", "09:31", "河南路/中平路 號誌 閃黃（維護中）", sensor="SN-SIG-010")
    s.add("1999", "traffic_signal", "09:40", "河南路中平路口紅綠燈一直閃黃燈，是壞了嗎？", near=(120.650315, 24.171058), spread=(30, 100))
    s.add("signal", "restored", "11:50", "河南路/中平路 號誌 恢復正常", sensor="SN-SIG-010")
    for sid, ag in (("SN-SIG-010", "traffic"), ("SN-CCTV-010", "police"), ("SN-VD-HENAN-02", "traffic"), ("SN-VD-ZHONGPING-01", "traffic")):
        s.add("status", "online", "11:52", f"{SENSORS[sid]['name']} 恢復連線", sensor=sid, agency=ag)
    b1 = s.add("status", "offline", "15:20", "河南路低窪處 淹水感測器 電池電量低", "B", sensor="SN-FL-007", reason="battery_low", alt=None)
    s.add("rule", "sensor_offline", "15:40", "河南路低窪處 淹水感測器 逾時未回傳", "B", sensor="SN-FL-007", severity="Minor", alt=None)
    s.add("status", "offline", "16:02", "北屯雨量站 離線", sensor="SN-RG-003", reason="comms_lost")
    s.add("status", "online", "16:05", "北屯雨量站 恢復連線", sensor="SN-RG-003")
    s.add("rule", "congestion", "17:20", "凱旋路車輛偵測器2 平均車速 22 km/h，佔有率 43%", sensor="SN-VD-KAIXUAN-02", severity="Minor")
    keys = []
    for i, sid in enumerate(("SN-FL-001", "SN-WL-001", "SN-FL-002", "SN-RG-001", "SN-PK-004")):
        keys.append(s.add("status", "offline", f"17:35:{10 + 7 * i:02d}", f"{SENSORS[sid]['name']} 市電中斷", "A", sensor=sid, reason="mains_power_lost", gateway="GW-CP-N01"))
    s.add("fire_alarm", "fault", "17:36", "中央公園地下停車場 火警受信總機 主電源斷電，切換預備電源", "A", sensor="SN-FA-007", delay=5)
    for sid in ("SN-FL-001", "SN-WL-001", "SN-RG-001"):
        s.add("rule", "sensor_offline", "17:50", f"{SENSORS[sid]['name']} 逾時未回傳（市電中斷）", "A", sensor=sid, severity="Minor")
    s.add("1999", "other", "17:58", "中央公園地下停車場北邊出口柵欄打不開，繳費機也沒電，一堆車卡在裡面。", "A", near=(120.6566, 24.1885), spread=(10, 50))
    s.add("1999", "streetlight", "18:12", "中央公園北邊步道路燈整排都沒亮，一片黑，晚上散步很危險。", "A", near=PN, spread=(50, 200))
    s.dup(f"{s.num}-1999-A{s.seq:04d}", 60)
    s.add("1999", "streetlight", "18:20", "公園北側路燈全暗，連旁邊停車場入口也黑黑的。", "A", near=PN, spread=(100, 250))
    s.add("rule", "congestion", "18:05", "經貿路車輛偵測器2 平均車速 24 km/h，佔有率 39%", sensor="SN-VD-JINGMAO-02", severity="Minor")
    s.add("1999", "illegal_parking", "18:30", "敦化路公園旁邊紅線停滿車。", near=(120.6585, 24.1860), spread=(30, 120))
    for i, sid in enumerate(("SN-FL-001", "SN-WL-001", "SN-FL-002", "SN-RG-001", "SN-PK-004")):
        s.add("status", "online", f"19:05:{5 + 9 * i:02d}", f"{SENSORS[sid]['name']} 恢復連線", "A", sensor=sid)
    # the car park's clock runs four minutes fast
    s.items[-1]["observed"] = "2026-03-20T11:09:41Z"
    s.add("fire_alarm", "normal", "19:06", "中央公園地下停車場 火警受信總機 復歸（主電源恢復）", "A", sensor="SN-FA-007", delay=5)
    s.add("1999", "noise", "19:30", "公園草地有人拿喇叭唱歌。", near=(120.6560, 24.1830), spread=(30, 150))
    s.incident("A", "infrastructure", "中央公園北側場站箱 GW-CP-N01 市電中斷：北滯洪池感測器、雨量站、北停車場離線，步道路燈全暗", keys[2])
    s.incident("B", "infrastructure", "河南路低窪處淹水感測器電池電量低離線，待換電池", b1)
    s.alternative("A lone flood sensor whose battery ran low is a maintenance ticket, not a job anyone is dispatched to tonight: under this reading it is background.", [
        inc("A", "infrastructure", "中央公園北側場站箱市電中斷", keys[2])])
    return s


def s2119():
    B_BLK = (120.659, 24.1815)
    A_BLK = (120.6588, 24.184)
    CMU = (120.6592, 24.1735)
    s = Sit(2119, "stairwell_gas_and_campus_court_injury", "2026-03-23", 2119,
            "週一晚上七點半，生態住宅B區樓梯間瓦斯味很重，兩位住戶打1999，消防局派化災與救助、警察疏散3至6樓住戶，查出5樓住戶熱水器瓦斯管鬆脫，關閉總開關後通風解除。同一時段南邊中國醫藥大學水湳校區籃球場有學生打球相撞頭部流血，救護車送醫。另有住戶抱怨水資源回收中心一帶有臭水溝味（與瓦斯無關），以及路燈、狗叫、傍晚壅塞等例行案件。",
            "The gas smell is one job from the first call (a gas smell in a stairwell is enough to send the fire bureau) to the all-clear, including a neighbour in block A asking whether they must leave. The court injury 900 m south is its own ambulance job. The sewage smell by the water reclamation centre names no gas and is a routine pollution complaint.")
    s.add("rule", "congestion", "18:40", "河南路車輛偵測器2 平均車速 20 km/h，佔有率 47%", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("rule", "congestion", "18:45", "中平路車輛偵測器2 平均車速 23 km/h，佔有率 42%", sensor="SN-VD-ZHONGPING-02", severity="Minor")
    s.add("1999", "環境公害", "19:05", "水資源回收中心那邊一直有臭水溝的味道，晚上更明顯，請環保局來看。", near=(120.659, 24.1765), spread=(150, 300))
    a1 = s.add("1999", "gas_odor", "19:31", "生態住宅B區樓梯間瓦斯味很重，從4、5樓一直飄下來。", "A", near=B_BLK, spread=(5, 40))
    s.dup(a1, 20)
    s.add("1999", "gas_odor", "19:33", "我住B區6樓，整個樓梯都是瓦斯味，要不要先出去？", "A", near=B_BLK, spread=(5, 40))
    h = s.add("119", "hazmat", "19:34", "生態住宅B區樓梯間疑似瓦斯外洩，派遣水箱車1、救助隊1、化災車1，通知瓦斯公司。", "A", near=B_BLK, spread=(5, 20))
    s.add("incident", "evacuation", "19:41", "生態住宅B區3至6樓住戶約50人疏散至中庭，禁止使用電器、電梯。", "A", near=B_BLK, spread=(10, 40), severity="Moderate")
    b1 = s.add("119", "ambulance", "19:44", "中國醫藥大學水湳校區籃球場，學生打球相撞，頭部撕裂傷出血。", "B", near=CMU, spread=(40, 120))
    s.add("1999", "rescue", "19:45", "中國醫大水湳校區籃球場有同學撞到頭一直流血，我們有壓住傷口。", "B", near=CMU, spread=(40, 120))
    s.add("119", "hazmat", "19:49", "到場偵測，5樓住戶熱水器瓦斯管接頭鬆脫，已關閉瓦斯總開關，開窗通風。", "A", near=B_BLK, spread=(5, 20), status="on_scene", follows=h, delay=420)
    s.add("1999", "gas_odor", "19:52", "隔壁B棟瓦斯外洩，我們A區要不要撤離？樓下也有一點味道。", "A", near=A_BLK, spread=(5, 40))
    s.add("119", "ambulance", "19:55", "籃球場傷者已包紮，送醫縫合。", "B", near=CMU, spread=(40, 120), status="on_scene", follows=b1)
    s.add("1999", "noise", "20:05", "敦化路那邊有狗一直叫。", near=(120.6612, 24.1790), spread=(50, 200))
    s.add("status", "offline", "20:10", "經貿路車輛偵測器2 離線", sensor="SN-VD-JINGMAO-02", reason="comms_lost")
    s.add("status", "online", "20:12", "經貿路車輛偵測器2 恢復連線", sensor="SN-VD-JINGMAO-02")
    s.add("incident", "other", "20:20", "生態住宅B區瓦斯濃度偵測正常，解除疏散，住戶返家。", "A", near=B_BLK, spread=(10, 40), severity="Minor")
    s.add("119", "hazmat", "20:25", "瓦斯外洩處理完畢，瓦斯公司接手修繕，各車返隊。", "A", near=B_BLK, spread=(5, 20), status="returning", follows=h)
    s.add("1999", "streetlight", "20:40", "生態住宅旁人行道路燈編號XT-31002不亮。", near=(120.6600, 24.1825), spread=(20, 80))
    s.add("119", "ambulance", "20:30", "籃球場傷者送達醫院，返隊。", "B", near=CMU, spread=(40, 120), status="returning", follows=b1, delay=1500)
    s.add("rule", "congestion", "20:50", "中清路車輛偵測器2 平均車速 30 km/h，佔有率 30%", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.incident("A", "hazmat", "生態住宅B區樓梯間瓦斯外洩：熱水器瓦斯管鬆脫、3至6樓疏散", a1)
    s.incident("B", "rescue", "中國醫大水湳校區籃球場學生頭部撕裂傷", b1)
    return s


def s2120():
    SITE = (120.6510, 24.1962)   # building site by Zhongke/Huanzhong
    OFF = (120.6540, 24.1945)
    J6 = (120.65685, 24.19247)
    s = Sit(2120, "crane_hits_power_line", "2026-03-24", 2120,
            "週二下午兩點，中科路/環中路二段附近的大樓工地，移動式吊車吊臂碰觸高壓電線，電線冒火花斷落在工地圍籬旁，吊車操作員不敢下車；附近停電，中科路/環中路口號誌黑燈、監視器斷電，店家打1999說停電，警察到場管制、指揮交通。停電也讓旁邊一棟辦公大樓電梯卡住3人，消防救助隊救出。同時經貿路/經貿七路口發生一起輕微追撞，無人受傷。台電約一個半小時後復電。",
            "The crane strike is one job with everything its power cut darkened: the dead junction, the camera, the shops, the slow-down. The people in the lift are a separate rescue (a different crew and building), though the power cut caused it: debatable. The rear-end crash 700 m away is unrelated.")
    s.add("rule", "congestion", "13:30", "環中路車輛偵測器3 平均車速 29 km/h，佔有率 31%", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    s.add("1999", "illegal_parking", "13:40", "中科路工地外面砂石車停在人行道上。", near=SITE, spread=(40, 150))
    s.add("signal", "fault", "14:05:40", "中科路/環中路二段 號誌 故障", "A", sensor="SN-SIG-003", delay=8)
    s.add("status", "offline", "14:05:50", "中科路/環中路二段 路口監視器 市電中斷", "A", sensor="SN-CCTV-003", agency="police", reason="mains_power_lost")
    a1 = s.add("incident", "fallen_object", "14:07", "中科路環中路口旁大樓工地，吊車吊臂碰觸高壓電線，電線斷落冒火花，操作員受困駕駛室，周邊停電，現場管制勿靠近。", "A", near=SITE, spread=(5, 30), severity="Severe")
    s.add("1999", "power_outage", "14:08", "中科路這邊整排店家突然停電，外面好像有電線在冒火花。", "A", near=SITE, spread=(80, 220))
    s.dup(f"{s.num}-1999-A{s.seq:04d}", 40)
    s.add("119", "rescue", "14:09", "工地吊車碰觸高壓電線，操作員受困駕駛室，通知台電斷電，派遣救助隊、水箱車。", "A", near=SITE, spread=(5, 20))
    s.add("1999", "traffic_signal", "14:11", "中科路環中路口紅綠燈全暗，車子都不知道怎麼走。", "A", near=(120.65217, 24.19785), spread=(30, 100))
    s.add("incident", "traffic_signal_fault", "14:14", "中科路/環中路二段號誌因停電黑燈，派員指揮交通。", "A", near=(120.65217, 24.19785), spread=(5, 30), severity="Moderate")
    c1 = s.add("1999", "rescue", "14:15", "我們辦公大樓停電，電梯卡在7樓，裡面有3個人，大樓管理員打不開。", "C", near=OFF, spread=(5, 40), alt="A")
    s.add("119", "rescue", "14:18", "中科路辦公大樓停電電梯受困3人，派遣救助隊。", "C", near=OFF, spread=(5, 20), alt="A")
    s.add("rule", "congestion", "14:22", "環中路車輛偵測器2 平均車速 13 km/h，佔有率 57%", "A", sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.add("rule", "sensor_offline", "14:20", "中科路/環中路二段 路口監視器 逾時未回傳", "A", sensor="SN-CCTV-003", severity="Minor", agency="police")
    b1 = s.add("incident", "accident", "14:31", "經貿路二段/經貿七路口，自小客車追撞，無人受傷，車損輕微，已移置路邊。", "B", near=J6, spread=(5, 30), severity="Minor")
    s.add("1999", "traffic_accident", "14:30", "經貿七路口兩台車追撞，在路口吵架。", "B", near=J6, spread=(20, 70))
    s.add("cctv", "accident", "14:30:20", "經貿路二段/經貿七路 路口監視器 偵測到事故", "B", sensor="SN-CCTV-006", confidence=0.63)
    s.add("119", "rescue", "14:36", "電梯受困3人已救出，無人受傷。", "C", near=OFF, spread=(5, 20), status="closed", alt="A")
    s.add("119", "rescue", "14:48", "台電已斷電，吊車操作員安全下車，無受傷。", "A", near=SITE, spread=(5, 20), status="on_scene")
    s.add("incident", "other", "14:55", "經貿七路口追撞雙方和解，現場處理完畢。", "B", near=J6, spread=(5, 30), severity="Minor", follows=b1)
    s.add("1999", "power_outage", "15:05", "我們店停電快一個小時了，冰箱東西會壞，台電什麼時候來電？", "A", near=SITE, spread=(100, 250))
    s.add("signal", "restored", "15:38", "中科路/環中路二段 號誌 恢復正常", "A", sensor="SN-SIG-003", delay=8)
    s.add("status", "online", "15:38:20", "中科路/環中路二段 路口監視器 恢復連線", "A", sensor="SN-CCTV-003", agency="police")
    s.add("incident", "other", "15:45", "台電搶修完成復電，號誌恢復，撤除指揮警力，工地停工。", "A", near=SITE, spread=(5, 30), severity="Minor", follows=a1)
    s.add("1999", "streetlight", "16:10", "凱旋路路燈編號XT-07733燈泡閃爍。", near=(120.6500, 24.1900), spread=(20, 80))
    s.add("status", "offline", "16:20", "黎明路車輛偵測器1 離線", sensor="SN-VD-LIMING-01", reason="device_fault")
    s.add("status", "online", "16:24", "黎明路車輛偵測器1 恢復連線", sensor="SN-VD-LIMING-01")
    s.incident("A", "infrastructure", "工地吊車碰觸高壓電線：電線斷落、操作員受困、周邊停電、中科路/環中路口號誌黑燈", a1)
    s.incident("B", "traffic", "經貿路/經貿七路口輕微追撞，無人受傷", b1)
    s.incident("C", "rescue", "辦公大樓因停電電梯受困3人", c1)
    s.alternative("The lift is the power cut's doing, a block away and in the same hour: a coordinator running the outage may keep it in the crane job.", [
        inc("A", "infrastructure", "工地吊車碰觸高壓電線與停電（含電梯受困）", a1),
        inc("B", "traffic", "經貿七路口輕微追撞", b1)])
    return s


def s2121():
    HUB = (120.6528, 24.1974)
    ENT = (120.6534, 24.1982)
    s = Sit(2121, "transit_hub_morning_three_things", "2026-03-25", 2121,
            "週三早上通勤時段，水湳轉運中心：7點40分一輛市區公車在轉運中心環中路入口拋錨，擋住公車進站車道，候車人潮變多；8點多候車大廳有乘客手機被扒，警察追捕逮到嫌犯；8點20分一位長者在手扶梯跌倒頭部受傷送醫。另有轉運中心停車場平日客滿、火警總機預備電源故障訊號、雨量站短暫斷線等例行訊息。",
            "Three unrelated jobs in one building within an hour: the broken-down bus (traffic, tow), the pickpocket (public safety) and the elder's fall (ambulance). The queue of waiting passengers is debatable: the bus blocked the bays, but a Wednesday 08:00 queue at the hub is also ordinary.")
    s.add("fire_alarm", "fault", "07:30", "水湳轉運中心 火警受信總機 預備電源電壓不足", sensor="SN-FA-001", delay=5)
    a1 = s.add("cctv", "stalled_vehicle", "07:41", "經貿路二段/環中路二段 路口監視器 偵測到車輛停滯", "A", sensor="SN-CCTV-004", confidence=0.81)
    a2 = s.add("incident", "stalled_vehicle", "07:44", "水湳轉運中心環中路入口市區公車拋錨，佔用進站車道，通知客運公司拖吊。", "A", near=ENT, spread=(5, 30), severity="Moderate")
    s.add("parking", "full", "07:50", "水湳轉運中心停車場 車位已滿", sensor="SN-PK-001", delay=40)
    s.add("rule", "congestion", "07:55", "經貿路車輛偵測器1 平均車速 11 km/h，佔有率 63%", "A", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("1999", "crowding", "08:00", "轉運站公車都進不來，月台排隊的人一直增加，擠到樓梯口了。", "A", near=HUB, spread=(10, 60), alt=None)
    s.dup(f"{s.num}-1999-A{s.seq:04d}", 30)
    b1 = s.add("incident", "theft", "08:07", "水湳轉運中心候車大廳扒竊，被害人手機遭竊，嫌犯男性往環中路方向逃逸。", "B", near=HUB, spread=(5, 30), severity="Moderate", arrival="08:25")
    s.add("1999", "other", "08:09", "轉運站候車大廳有人手機被扒，小偷往外面跑了，請快派警察。", "B", near=HUB, spread=(10, 50))
    s.add("status", "offline", "08:10", "水湳轉運中心雨量站 離線", sensor="SN-RG-002", reason="comms_lost")
    s.add("status", "online", "08:14", "水湳轉運中心雨量站 恢復連線", sensor="SN-RG-002")
    s.add("incident", "theft", "08:20", "扒竊嫌犯於環中路二段人行道遭員警逮捕，贓物起獲。", "B", near=HUB, spread=(100, 250), severity="Minor", follows=b1)
    c1 = s.add("119", "ambulance", "08:21", "水湳轉運中心手扶梯，78歲女性跌倒，頭部撕裂傷，意識清楚。", "C", near=HUB, spread=(5, 30))
    s.add("1999", "rescue", "08:22", "我是轉運中心站務，手扶梯有阿嬤跌倒頭流血，已經叫救護車，手扶梯先停了。", "C", near=HUB, spread=(5, 30))
    s.add("119", "ambulance", "08:32", "救護車到場，傷者頭部傷口包紮後送醫。", "C", near=HUB, spread=(5, 30), status="on_scene", follows=c1)
    s.add("incident", "other", "08:35", "拋錨公車已拖離，轉運中心進站車道恢復通行。", "A", near=ENT, spread=(5, 30), severity="Minor", follows=a2)
    s.add("rule", "congestion", "08:40", "中清路車輛偵測器1 平均車速 25 km/h，佔有率 38%", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("fire_alarm", "normal", "08:45", "水湳轉運中心 火警受信總機 復歸", sensor="SN-FA-001", delay=5)
    s.add("1999", "illegal_parking", "08:50", "轉運中心外面計程車排班佔用慢車道。", near=HUB, spread=(60, 180))
    s.add("1999", "streetlight", "09:05", "環中路二段路燈編號XT-40017白天亮著。", near=(120.6500, 24.1972), spread=(20, 80))
    s.add("rule", "congestion", "09:10", "環中路車輛偵測器2 平均車速 27 km/h，佔有率 34%", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("1999", "環境清潔", "09:20", "轉運站廁所很髒沒人打掃。", near=HUB, spread=(10, 60))
    s.incident("A", "traffic", "轉運中心環中路入口市區公車拋錨，擋住進站車道", a1)
    s.incident("B", "public_safety", "轉運中心候車大廳扒竊，嫌犯逮捕", b1)
    s.incident("C", "rescue", "轉運中心手扶梯長者跌倒頭部撕裂傷", c1)
    s.alternative("The platform queue is the ordinary weekday rush at the hub; a coordinator may treat the caller's complaint as background.", [
        inc("A", "traffic", "轉運中心入口公車拋錨", a1),
        inc("B", "public_safety", "候車大廳扒竊", b1),
        inc("C", "rescue", "手扶梯長者跌倒", c1)])
    return s


def s2122():
    CMU = (120.6592, 24.1735)
    J11 = (120.660376, 24.173594)
    WRC = (120.659, 24.1765)
    s = Sit(2122, "ambulance_crash_near_campus", "2026-03-26", 2122,
            "週四下午四點，中國醫藥大學水湳校區一名學生上課時昏倒，救護車出動途中在經貿路/中平路口與一輛自小客車擦撞，救護人員輕傷，消防局改派另一台救護車接送學生。警察處理路口事故，中平路變塞。五點多水湳水資源回收中心火警總機動作，消防局到場確認偵煙器故障誤報。其餘為流浪狗、違停、路燈、設備閃斷等例行案件。",
            "Three jobs: the student's collapse (rescue, served by the second ambulance), the crash at the junction (traffic; the ambulance crew hurt in it are the crash's) and the panel alarm at the water reclamation centre (fire, false alarm). The 119 record that re-sends an ambulance names the crash but serves the patient, so it is the patient's.")
    s.add("1999", "動物救援", "15:40", "中國醫大水湳校區門口有小狗被車撞到躺在路邊。", near=CMU, spread=(60, 160))
    a1 = s.add("119", "ambulance", "16:05", "中國醫藥大學水湳校區教學大樓3F，男學生上課時昏倒，意識模糊。", "A", near=CMU, spread=(5, 30))
    s.add("1999", "rescue", "16:04", "我們教室有同學突然昏倒，叫他都沒反應，在中國醫大水湳校區。", "A", near=CMU, spread=(5, 40))
    b1 = s.add("incident", "injury_accident", "16:12", "經貿路/中平路口，執勤救護車與自小客車擦撞，救護人員2名輕傷，佔用路口內側車道。", "B", near=J11, spread=(5, 25), severity="Moderate")
    s.add("cctv", "accident", "16:11:30", "經貿路/中平路 路口監視器 偵測到事故", "B", sensor="SN-CCTV-011", confidence=0.74)
    s.add("1999", "traffic_accident", "16:12", "中平路經貿路口救護車跟轎車撞到了！", "B", near=J11, spread=(20, 80))
    s.dup(f"{s.num}-1999-A{s.seq:04d}", 15)
    s.add("119", "ambulance", "16:14", "原派救護車途中事故，改派第二救護車前往中國醫大水湳校區學生昏倒案。", "A", near=CMU, spread=(5, 30), follows=a1)
    s.add("119", "ambulance", "16:18", "經貿路中平路口救護車事故，救護人員2名手臂擦傷，派遣救護車評估。", "B", near=J11, spread=(5, 25))
    s.add("rule", "congestion", "16:25", "中平路車輛偵測器2 平均車速 14 km/h，佔有率 55%", "B", sensor="SN-VD-ZHONGPING-02", severity="Moderate")
    s.add("119", "ambulance", "16:24", "第二救護車到場，學生意識恢復，疑血管迷走神經性昏厥，送醫。", "A", near=CMU, spread=(5, 30), status="on_scene", follows=a1, delay=780)
    s.add("incident", "other", "16:50", "經貿路/中平路口事故車輛移置完畢，恢復通行。", "B", near=J11, spread=(5, 25), severity="Minor", follows=b1)
    s.add("status", "offline", "16:55", "中平路車輛偵測器2 離線", sensor="SN-VD-ZHONGPING-02", reason="comms_lost")
    s.add("status", "online", "16:58", "中平路車輛偵測器2 恢復連線", sensor="SN-VD-ZHONGPING-02")
    c1 = s.add("fire_alarm", "alarm", "17:12:30", "水湳水資源回收中心 B1機房 偵煙探測器動作", "C", sensor="SN-FA-008", delay=5)
    h = s.add("119", "fire", "17:13", "水湳水資源回收中心火警受信總機動作，派遣水箱車2。", "C", near=WRC, spread=(5, 25))
    s.add("119", "fire", "17:24", "到場確認B1機房偵煙探測器故障誤報，無火無煙。", "C", near=WRC, spread=(5, 25), status="on_scene", follows=h)
    s.add("fire_alarm", "normal", "17:26", "水湳水資源回收中心 火警受信總機 復歸", "C", sensor="SN-FA-008", delay=5)
    s.add("119", "fire", "17:35", "誤報處理完畢，返隊。", "C", near=WRC, spread=(5, 25), status="returning", follows=h)
    s.add("rule", "congestion", "17:40", "河南路車輛偵測器2 平均車速 21 km/h，佔有率 45%", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("1999", "illegal_parking", "17:45", "中國醫大水湳校區外面機車停在騎樓擋住輪椅。", near=CMU, spread=(30, 120))
    s.add("1999", "streetlight", "18:10", "中平路路燈編號XT-50231不亮。", near=(120.6560, 24.1712), spread=(20, 80))
    s.add("rule", "congestion", "18:00", "中平路車輛偵測器1 平均車速 24 km/h，佔有率 40%", sensor="SN-VD-ZHONGPING-01", severity="Minor")
    s.incident("A", "rescue", "中國醫大水湳校區學生上課昏倒（第二救護車送醫）", a1)
    s.incident("B", "traffic", "經貿路/中平路口救護車與自小客車擦撞，救護人員輕傷", b1)
    s.incident("C", "fire", "水湳水資源回收中心火警總機動作，偵煙器故障誤報", c1)
    return s


if __name__ == "__main__":
    for f in (s2117, s2118, s2119, s2120, s2121, s2122):
        f().write()
