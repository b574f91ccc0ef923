"""Situations 1391-1396 (seeded; rerun to regenerate)."""
from lib import Sit, P, off

OUT = []


def s1391():
    s = Sit(1391, "tuesday_rush_crash_and_dark_signal", "2026-03-17", 1391,
            "Tuesday morning rush: a car-scooter crash with an injured rider at 中科路/環中路二段, "
            "a dark signal at 黎明路三段/凱旋路 550 m away, an elderly pedestrian's fall near "
            "經貿路/黎明路, and the usual rush-hour slow-downs, school-run parking and a flapping detector.")
    X = P["x_zk_hz"]
    c1 = s.add("cctv", "accident", "07:52:30", "中科路/環中路二段 路口偵測疑似事故", "crash", sensor="SN-CCTV-003", confidence=0.78)
    a = s.add("1999", "traffic_accident", "07:54", "環中路中科路口機車跟轎車擦撞，有人倒在地上不動", "crash", pos=off(X, 160, 200))
    s.dup(a, 95)
    s.add("1999", "traffic_accident", "07:56", "環中路二段往凱旋路方向出車禍，車子卡在路口", "crash", pos=off(X, 380, 250))
    amb = s.add("119", "ambulance", "07:55", "環中路二段與中科路口 機車騎士倒地 疑似骨折", "crash", pos=off(X, 40, 120), sev="Moderate")
    s.add("119", "ambulance", "08:03", "救護車抵達現場", "crash", pos=off(X, 40, 120), status="on_scene", follows=amb["key"])
    s.add("rule", "congestion", "08:02", "環中路車輛偵測器2 平均車速 12 km/h", "crash", sensor="SN-VD-HUANZHONG-02", sev="Moderate", alt=None)
    pol = s.add("incident", "injury_accident", "08:05", "自小客與機車擦撞，機車騎士右腿受傷送醫，占用內側兩車道", "crash", pos=off(X, 25, 90), sev="Moderate", delay=420)
    s.add("cctv", "stalled_vehicle", "08:10", "中科路/環中路二段 車輛停滯", "crash", sensor="SN-CCTV-003", confidence=0.66)
    s.add("119", "ambulance", "08:31", "送中國醫藥大學附設醫院 返隊", "crash", pos=off(X, 40, 120), status="returning", follows=amb["key"])
    s.add("incident", "road_reopened", "08:58", "事故車輛已移置路邊，恢復通行", "crash", pos=off(X, 25, 90), sev="Minor", follows=pol["key"])
    s.incident("crash", "traffic", "Car-scooter crash at 中科路/環中路二段, rider injured, ambulance and police; two lanes blocked 07:52-08:58.", amb["key"])
    # dark signal
    sig = s.add("signal", "fault", "08:20", "號誌控制器回報故障：燈號全暗", "sig", sensor="SN-SIG-007")
    s.add("cctv", "signal_dark", "08:21", "黎明路三段/凱旋路 號誌黑燈", "sig", sensor="SN-CCTV-007", confidence=0.9)
    c = s.add("1999", "traffic_signal", "08:33", "黎明路凱旋路口紅綠燈全黑，車子亂鑽很危險", "sig", pos=off(P["x_lm_kx"], 90, 300))
    s.add("1999", "traffic_signal", "08:41", "凱旋路跟黎明路口號誌沒亮", "sig", pos=off(P["x_lm_kx"], 240, 160))
    s.dup(c, 30)
    s.add("incident", "traffic_signal_fault", "08:45", "黎明路三段凱旋路口號誌黑燈，派員手勢指揮交通", "sig", pos=P["x_lm_kx"], sev="Moderate")
    s.add("signal", "restored", "10:12", "號誌恢復正常運作", "sig", sensor="SN-SIG-007")
    s.incident("sig", "traffic", "Signal dark at 黎明路三段/凱旋路 08:20-10:12: contractor repair and an officer directing traffic.", sig["key"])
    # elderly fall
    f = s.add("1999", "rescue", "08:40", "經貿路黎明路口人行道有阿伯跌倒，額頭流血站不起來", "fall", pos=off(P["x_jm_lm"], 70, 180))
    fa = s.add("119", "ambulance", "08:43", "經貿路二段近黎明路 老翁跌倒 頭部撕裂傷", "fall", pos=off(P["x_jm_lm"], 60, 175), sev="Minor")
    s.add("119", "ambulance", "08:52", "到達現場", "fall", pos=off(P["x_jm_lm"], 60, 175), status="on_scene", follows=fa["key"])
    s.incident("fall", "rescue", "Elderly man fell on the pavement near 經貿路/黎明路, head wound, ambulance.", f["key"])
    # background
    s.add("rule", "congestion", "07:40", "河南路車輛偵測器1 平均車速 18 km/h", None, sensor="SN-VD-HENAN-01", sev="Minor")
    s.add("rule", "cleared", "08:50", "河南路車輛偵測器1 車速恢復", None, sensor="SN-VD-HENAN-01", sev="Minor")
    s.add("rule", "congestion", "08:15", "經貿路車輛偵測器1 平均車速 21 km/h", None, sensor="SN-VD-JINGMAO-01", sev="Minor")
    s.add("1999", "illegal_parking", "08:10", "經貿六停車場出口家長臨停接送小孩，擋住車道", None, pos=off(P["jm6_pk"], 60, 90))
    s.add("status", "offline", "07:58", "設備離線", None, sensor="SN-VD-LIMING-01", reason="comms_lost")
    s.add("status", "online", "08:01", "設備連線", None, sensor="SN-VD-LIMING-01")
    s.add("status", "offline", "09:05", "設備離線", None, sensor="SN-VD-LIMING-01")
    s.add("status", "online", "09:07", "設備連線", None, sensor="SN-VD-LIMING-01")
    s.add("parking", "full", "08:30", "水湳轉運中心停車場 車位已滿", None, sensor="SN-PK-001")
    s.add("1999", "streetlight", "09:20", "環中路這盞路燈白天一直亮著，很浪費電", None, pos=off(P["x_zk_hz"], 420, 60))
    s.alternative("The slow-down at 環中路 detector 2, 230 m from the crash at 08:02, is as likely the ordinary Tuesday rush as the crash's queue.", {})
    return s


def s1392():
    s = Sit(1392, "wednesday_expo_lunchtime", "2026-04-22", 1392,
            "Wednesday machinery exhibition at the convention centre: a visitor in cardiac arrest in hall B, "
            "a pickpocket working hall A, a brief kitchen-smoke panel alarm in hall A, a fender-bender at 經貿路/經貿七路; "
            "exhibition crowds and full car parks as background.")
    s.permit("exhibition", "09:00", "18:00", 20, "2026台中國際工具機展 預估每日入場 2萬人次", None, P["conv"], 400, alt="expo")
    s.add("parking", "full", "11:05", "臺中國際會展中心停車場 車位已滿", None, sensor="SN-PK-006", alt="expo")
    s.add("parking", "full", "11:40", "經貿六停車場 車位已滿", None, sensor="SN-PK-002", alt="expo")
    cr = s.add("cctv", "crowding", "12:00", "經貿路二段/黎明路三段 人群聚集", None, sensor="SN-CCTV-005", confidence=0.7, alt="expo")
    s.add("rule", "congestion", "11:30", "經貿路車輛偵測器1 平均車速 19 km/h", None, sensor="SN-VD-JINGMAO-01", sev="Minor", alt="expo")
    # cardiac arrest
    hb = P["hall_b"]
    amb = s.add("119", "ambulance", "12:20", "會展中心B棟 男性約60歲 倒地意識不清 疑OHCA 現場人員CPR中", "ohca", pos=off(hb, 30, 40), sev="Severe")
    s.add("1999", "rescue", "12:24", "會展中心B館有人昏倒，好像沒有呼吸", "ohca", pos=off(hb, 130, 300))
    s.add("119", "ambulance", "12:27", "抵達 接手CPR AED電擊一次", "ohca", pos=off(hb, 30, 40), status="on_scene", follows=amb["key"])
    s.add("119", "ambulance", "12:49", "送醫途中", "ohca", pos=off(hb, 30, 40), status="returning", follows=amb["key"])
    s.incident("ohca", "rescue", "Visitor in cardiac arrest in hall B; staff CPR, ambulance, to hospital.", amb["key"])
    # pickpocket
    ha = P["hall_a"]
    th = s.add("incident", "theft", "13:05", "會展中心A棟展場 遊客手機及皮夾遭扒竊", "pick", pos=off(ha, 40, 250), sev="Minor", delay=600)
    s.add("1999", "other", "13:20", "會展中心裡面有扒手，我朋友錢包不見了，要加強巡邏", "pick", pos=off(ha, 200, 10))
    s.add("incident", "theft", "13:40", "A棟第二名遊客報案背包遭竊，研判同一扒竊集團，調閱監視器", "pick", pos=off(ha, 60, 200), sev="Minor", follows=th["key"], delay=500)
    s.incident("pick", "public_safety", "Pickpocketing in hall A: two victims, one police investigation.", th["key"])
    # panel alarm hall A kitchen
    pa = s.add("fire_alarm", "alarm", "12:50", "火警受信總機 A棟 B1 餐飲區 偵煙器動作", "panel_a", sensor="SN-FA-002", alt=None)
    s.add("fire_alarm", "normal", "12:53", "火警受信總機復歸", "panel_a", sensor="SN-FA-002", alt=None)
    s.incident("panel_a", "fire", "Hall A panel alarm (kitchen smoke) at lunch, reset by the venue after 3 minutes; someone must confirm it was cooking smoke.", pa["key"])
    # fender bender
    J = P["x_jm_jm7"]
    cv = s.add("cctv", "stalled_vehicle", "14:08", "經貿路二段/經貿七路 車輛停滯", "bump", sensor="SN-CCTV-006", confidence=0.74)
    b = s.add("1999", "traffic_accident", "14:12", "經貿路經貿七路口兩台車擦撞停在路中間", "bump", pos=off(J, 110, 20))
    s.add("incident", "accident", "14:20", "兩車擦撞無人受傷，已移至路邊處理", "bump", pos=off(J, 20, 0), sev="Minor")
    s.incident("bump", "traffic", "Two-car fender-bender at 經貿路/經貿七路, no injuries.", b["key"])
    # background
    ip = s.add("1999", "illegal_parking", "10:40", "經貿路上參展廠商貨車並排違停", None, pos=off(P["conv"], 250, 80))
    s.dup(ip, 240)
    s.add("1999", "illegal_parking", "11:15", "黎明路紅線停滿參觀的車", None, pos=off(P["x_jm_lm"], 300, 250))
    s.add("status", "offline", "15:00", "設備離線（定期保養）", None, sensor="SN-CCTV-006", reason="maintenance")
    s.add("status", "online", "15:40", "設備連線", None, sensor="SN-CCTV-006")
    s.add("rule", "congestion", "17:40", "經貿路車輛偵測器1 平均車速 17 km/h", None, sensor="SN-VD-JINGMAO-01", sev="Minor", alt="expo")
    s.add("1999", "noise", "16:10", "會展中心卸貨區堆高機一直響", None, pos=off(P["hall_b"], 180, 120))
    s.alternative("The exhibition's crowd and parking management can be read as one event-safety job (permit, full car parks, crowding, slow-downs), "
                  "and a 3-minute kitchen-smoke panel alarm reset by venue staff as no job at all.",
                  {"expo": {"type": "crowd", "description": "Exhibition crowd and parking management.", "sufficient_evidence_key": cr["key"]},
                   "panel_a": None})
    return s


def s1393():
    s = Sit(1393, "saturday_concert_night", "2026-05-16", 1393,
            "Saturday concert at the pop music centre 19:30-22:30: noise complaints from the eco-residential blocks, "
            "the police-managed egress on 凱旋路, a fight with a head wound after the show, and a drunk man down "
            "at the 黎明/凱旋 bus stop later.")
    pm = P["popmusic"]
    s.permit("concert", "19:30", "22:30", 30, "流行影音中心戶外廣場演唱會 預估1萬2千人", "egress", pm, 500, alt=None)
    s.add("parking", "full", "19:05", "中央公園地下停車場(北) 車位已滿", None, sensor="SN-PK-004")
    s.add("rule", "congestion", "18:50", "環中路車輛偵測器2 平均車速 22 km/h", None, sensor="SN-VD-HUANZHONG-02", sev="Minor")
    ip = s.add("1999", "illegal_parking", "19:40", "凱旋路紅線停滿看演唱會的車", None, pos=off(pm, 300, 340))
    s.add("1999", "illegal_parking", "19:55", "影音中心附近機車停在人行道上", None, pos=off(pm, 150, 200))
    n1 = s.add("1999", "noise", "21:10", "演唱會太大聲了，窗戶關著還在震", "noise", pos=off(P["eco_a"], 40, 90), alt=None)
    s.add("1999", "noise", "22:20", "生態住宅這邊音樂聲太大，小孩沒辦法睡", "noise", pos=off(P["eco_a"], 90, 200), alt=None)
    s.add("1999", "noise", "23:40", "散場後一堆機車催油門很吵", "noise", pos=off(P["eco_b"], 60, 270), alt=None)
    s.incident("noise", "public_safety", "Repeated noise complaints from the eco-residential blocks about the concert and its departing scooters: a noise check (police/environment bureau).", n1["key"])
    cc = s.add("incident", "crowd_control", "22:35", "散場人潮湧入凱旋路，派員管制路口", "egress", pos=off(pm, 80, 300), sev="Minor", alt=None)
    s.add("rule", "congestion", "22:40", "凱旋路車輛偵測器2 平均車速 8 km/h", "egress", sensor="SN-VD-KAIXUAN-02", sev="Moderate", alt=None)
    s.add("rule", "congestion", "22:50", "中科路車輛偵測器1 平均車速 11 km/h", "egress", sensor="SN-VD-ZHONGKE-01", sev="Moderate", alt=None)
    s.add("rule", "cleared", "23:35", "凱旋路車輛偵測器2 車速恢復", "egress", sensor="SN-VD-KAIXUAN-02", sev="Minor", alt=None)
    s.incident("egress", "crowd", "Concert egress on 凱旋路/中科路: police traffic management, queues until ~23:35.", cc["key"])
    # fight
    fp = off(pm, 260, 330)
    fi = s.add("incident", "public_disturbance", "22:55", "凱旋路散場後兩群人互毆，一人頭部流血", "fight", pos=fp, sev="Moderate", delay=180)
    s.add("119", "ambulance", "22:58", "凱旋路 男性頭部外傷 鬥毆", "fight", pos=off(fp, 30, 90), sev="Moderate")
    s.add("incident", "public_disturbance", "23:20", "滋事者4名帶回派出所，傷者送醫", "fight", pos=fp, sev="Minor", follows=fi["key"])
    s.incident("fight", "public_safety", "Fight between two groups after the show, one head wound: police and ambulance.", fi["key"])
    # drunk at bus stop
    X = P["x_lm_kx"]
    d = s.add("1999", "rescue", "23:30", "黎明凱旋路口公車站有人醉倒在地上叫不醒", "drunk", pos=off(X, 50, 150))
    da = s.add("119", "ambulance", "23:36", "黎明路凱旋路口公車站 男子酒醉倒臥", "drunk", pos=off(X, 40, 150), sev="Minor")
    s.add("119", "ambulance", "23:45", "到達現場 意識清楚 拒絕送醫", "drunk", pos=off(X, 40, 150), status="on_scene", follows=da["key"])
    s.incident("drunk", "rescue", "Drunk man lying at the 黎明/凱旋 bus stop, ambulance, refused transport.", d["key"])
    s.add("status", "offline", "20:30", "設備離線（電池電量低）", None, sensor="SN-PK-005", reason="battery_low")
    s.add("status", "online", "21:10", "設備連線", None, sensor="SN-PK-005")
    s.dup(ip, 600)
    s.alternative("Managing a permitted concert's egress is routine planned work, not a dispatched job, and noise complaints about a permitted concert are "
                  "forwarded to the organiser rather than acted on tonight.", {"egress": None, "noise": None})
    return s


def s1394():
    s = Sit(1394, "thursday_gas_and_water_main", "2026-06-11", 1394,
            "Thursday afternoon: a gas leak in eco-residential block A with an evacuation, and 200 m away "
            "a burst water main on 經貿路三段 welling up through the road; stray dogs, a flickering lamp and "
            "the evening rush in the background.")
    A = P["eco_a"]
    g = s.add("1999", "gas_odor", "15:12", "生態住宅A區地下室瓦斯味很重，大家都聞到了", "gas", pos=off(A, 60, 200))
    s.add("1999", "gas_odor", "15:15", "經貿路這邊聞到瓦斯味，不知道哪裡來的", "gas", pos=off(A, 260, 110))
    h = s.add("119", "hazmat", "15:18", "生態住宅A區集合住宅 疑似瓦斯外洩", "gas", pos=off(A, 20, 0), sev="Severe")
    s.add("119", "hazmat", "15:30", "到場 偵測地下室可燃氣體濃度偏高", "gas", pos=off(A, 20, 0), status="on_scene", follows=h["key"])
    s.add("incident", "evacuation", "15:41", "A區住戶約120人疏散至中央公園", "gas", pos=off(A, 120, 270), sev="Moderate")
    s.add("1999", "other", "15:44", "我媽住生態住宅A區，電話打不通，是不是出事了", "gas", pos=off(A, 900, 240))
    s.add("119", "hazmat", "16:50", "天然氣管線接頭洩漏 已關閉總開關 瓦斯公司接手", "gas", pos=off(A, 20, 0), status="closed", follows=h["key"])
    s.incident("gas", "hazmat", "Natural-gas leak in block A's basement: hazmat crew, ~120 residents evacuated, gas company.", g["key"])
    # water main
    M = (120.6598, 24.1822)
    s.add("1999", "water_outage", "15:40", "經貿路三段這邊突然停水", "main", pos=off(P["eco_b"], 80, 30))
    r = s.add("1999", "road_damage", "15:46", "經貿路路面一直冒水，柏油都隆起來了", "main", pos=off(M, 40, 10))
    s.add("rule", "flood_depth", "15:52", "經貿路低窪處 淹水深度 9 cm", "main", sensor="SN-FL-008", sev="Minor", level="1-15")
    fl = s.add("1999", "flooding", "16:05", "經貿路淹水了，水從地下一直湧出來", "main", pos=off(M, 150, 180))
    s.add("1999", "water_outage", "16:10", "A區也停水了", "main", pos=off(A, 30, 300))
    s.add("rule", "flood_depth", "16:20", "經貿路低窪處 淹水深度 18 cm", "main", sensor="SN-FL-008", sev="Moderate", level="16-30")
    rc = s.add("incident", "road_closure", "16:30", "經貿路三段外側車道封閉，自來水公司搶修破管", "main", pos=off(M, 20, 0), sev="Moderate")
    s.add("rule", "cleared", "18:40", "經貿路低窪處 淹水解除", "main", sensor="SN-FL-008", sev="Minor")
    s.add("incident", "road_reopened", "21:10", "破管修復完成，經貿路三段恢復通行", "main", pos=off(M, 20, 0), sev="Minor", follows=rc["key"])
    s.incident("main", "infrastructure", "Burst water main under 經貿路三段: water outage, water on the road, lane closed 16:30-21:10.", r["key"])
    # background
    s.add("rule", "congestion", "17:30", "經貿路車輛偵測器2 平均車速 16 km/h", None, sensor="SN-VD-JINGMAO-02", sev="Minor", alt="main")
    s.add("1999", "other", "14:20", "公園有三隻流浪狗追人", None, pos=off(P["pond4"], 80, 45))
    s.add("1999", "streetlight", "14:50", "敦化路一盞路燈一直閃", None, pos=off(P["eco_b"], 250, 170))
    s.add("status", "offline", "14:05", "設備離線", None, sensor="SN-WL-003", reason="comms_lost")
    s.add("status", "online", "14:09", "設備連線", None, sensor="SN-WL-003")
    s.alternative("The 17:30 slow-down at 經貿路 detector 2, 300 m from the closed lane, may be the closure's queue rather than the ordinary rush.", {})
    return s


def s1395():
    s = Sit(1395, "monday_night_dark_park", "2026-09-21", 1395,
            "Monday night: a whole row of Central Park path lights out, a scooter stolen at the south car park exit, "
            "a false smoke-detector alarm in the park's underground car park answered by a crew, and a campus panel that keeps "
            "flapping between fault and normal.")
    l1 = s.add("1999", "streetlight", "19:20", "中央公園步道整排路燈都不亮", "lights", pos=off(P["park_mid"], 60, 270))
    s.add("1999", "streetlight", "19:45", "滯洪池3旁邊一片漆黑，晚上散步很危險", "lights", pos=off(P["pond3"], 70, 240))
    s.add("1999", "streetlight", "20:30", "公園南段整條步道沒燈", "lights", pos=off(P["pond4"], 90, 200), skew=-420)
    s.add("incident", "other", "21:10", "巡邏發現中央公園中南段路燈全暗，通報建設局", "lights", pos=off(P["pond3"], 100, 180), sev="Minor")
    s.incident("lights", "infrastructure", "One lighting circuit of the Central Park path dark from ~19:00 (three callers over 800 m of path, a patrol).", l1["key"])
    pk = (120.6560, 24.1790)
    t = s.add("incident", "theft", "21:40", "機車停放於中央公園地下停車場(南)出口旁遭竊", "theft", pos=off(pk, 40, 90), sev="Minor", delay=900)
    s.add("1999", "other", "21:55", "我的機車在公園停車場出口被偷了，那邊路燈都不亮", "theft", pos=off(pk, 60, 90))
    s.incident("theft", "public_safety", "Scooter stolen at the south car park exit.", t["key"])
    a = s.add("fire_alarm", "alarm", "22:05", "火警受信總機 B2 車道 偵煙器動作", "panel", sensor="SN-FA-007")
    f = s.add("119", "fire", "22:06", "中央公園地下停車場 火警受信總機動作", "panel", pos=off(P["parkcar"], 15, 0), sev="Moderate")
    s.add("fire_alarm", "normal", "22:12", "火警受信總機復歸", "panel", sensor="SN-FA-007")
    s.add("119", "fire", "22:14", "到場查看", "panel", pos=off(P["parkcar"], 15, 0), status="on_scene", follows=f["key"])
    s.add("119", "fire", "22:25", "查無火警 偵煙器因清潔作業粉塵誤報", "panel", pos=off(P["parkcar"], 15, 0), status="closed", follows=f["key"])
    s.incident("panel", "fire", "Panel alarm in the park's underground car park; crew dispatched, dust from cleaning, false alarm.", a["key"])
    # background
    for hh, st in (("20:10", "fault"), ("20:12", "normal"), ("23:30", "fault"), ("23:31", "normal")):
        s.add("fire_alarm", st, hh, "火警受信總機 迴路斷線" if st == "fault" else "火警受信總機復歸", None, sensor="SN-FA-009")
    s.add("1999", "noise", "22:40", "公園有人開音響跳舞到現在", None, pos=off(P["eco_b"], 120, 260))
    s.add("status", "offline", "20:00", "設備離線（電池電量低）", None, sensor="SN-RG-001", reason="battery_low")
    s.add("parking", "empty", "23:00", "中央公園地下停車場(北) 車位全空", None, sensor="SN-PK-004")
    ip = s.add("1999", "illegal_parking", "19:05", "敦化路公園旁邊汽車停在自行車道上", None, pos=off(P["park_mid"], 350, 90))
    s.dup(ip, 180)
    return s


def s1396():
    s = Sit(1396, "saturday_park_market", "2026-10-17", 1396,
            "Saturday farmers' market at the south end of Central Park: a grandmother's fall, a lost five-year-old found "
            "at the car park, a stall's camping-stove fire 150 m from the fall; full car parks, parking complaints and "
            "crowds as background.")
    M = (120.6552, 24.1762)
    s.permit("event", "08:00", "13:00", 12, "中央公園南區假日農夫市集 攤位80攤", None, M, 250)
    s.add("parking", "full", "09:05", "河南路停車場 車位已滿", None, sensor="SN-PK-003")
    s.add("parking", "full", "09:30", "中央公園地下停車場(南) 車位已滿", None, sensor="SN-PK-005")
    for hh, d, b, txt in (("09:15", 120, 220, "河南路停車場外面一排車違停"), ("09:50", 300, 250, "中平路機車停滿人行道"),
                          ("10:40", 200, 300, "河南路有車停在公車站")):
        ip = s.add("1999", "illegal_parking", hh, txt, None, pos=off(P["henan_pk"], d, b))
    s.dup(ip, 120)
    s.add("rule", "congestion", "10:00", "河南路車輛偵測器2 平均車速 17 km/h", None, sensor="SN-VD-HENAN-02", sev="Minor")
    s.add("cctv", "crowding", "10:30", "河南路/中平路 人群聚集", None, sensor="SN-CCTV-010", confidence=0.62)
    F = off(M, 60, 30)
    f = s.add("1999", "rescue", "09:40", "市集有阿嬤跌倒，頭在流血", "fall", pos=off(F, 30, 120))
    fa = s.add("119", "ambulance", "09:43", "中央公園南區市集 老婦跌倒 頭部外傷", "fall", pos=F, sev="Minor")
    s.add("119", "ambulance", "09:51", "到達現場", "fall", pos=F, status="on_scene", follows=fa["key"])
    s.add("119", "ambulance", "10:05", "送醫", "fall", pos=F, status="returning", follows=fa["key"])
    s.incident("fall", "rescue", "Elderly woman fell at the market, head wound, ambulance.", f["key"])
    mp = s.add("incident", "missing_person", "10:15", "5歲男童於市集走失，穿黃色上衣藍色短褲", "child", pos=off(M, 40, 300), sev="Moderate", delay=300)
    s.add("1999", "missing_person", "10:22", "朋友的小孩在市集不見了，五歲穿黃衣服", "child", pos=off(M, 140, 200))
    s.add("incident", "other", "10:50", "走失男童已於河南路停車場尋獲，交還家屬", "child", pos=P["henan_pk"], sev="Minor", follows=mp["key"])
    s.incident("child", "rescue", "Five-year-old lost at the market, found at 河南路停車場 35 minutes later.", mp["key"])
    S = off(F, 150, 0)
    sf = s.add("1999", "fire_smoke", "11:20", "市集攤位卡式爐起火，有黑煙", "stall", pos=off(S, 20, 90))
    fr = s.add("119", "fire", "11:22", "中央公園南區市集 攤位起火", "stall", pos=S, sev="Moderate")
    s.add("1999", "fire_smoke", "11:23", "公園那邊冒黑煙", "stall", pos=off(S, 320, 60))
    s.add("119", "fire", "11:28", "到達現場", "stall", pos=S, status="on_scene", follows=fr["key"])
    s.add("119", "fire", "11:50", "攤位卡式爐起火已撲滅 無人受傷", "stall", pos=S, status="closed", follows=fr["key"])
    s.incident("stall", "fire", "Camping-stove fire at a market stall, put out, nobody hurt.", sf["key"])
    return s


for fn in (s1391, s1392, s1393, s1394, s1395, s1396):
    print(*fn().write())
