"""Situations 1397-1402 (seeded; rerun to regenerate)."""
from lib import Sit, P, off


def s1397():
    s = Sit(1397, "tuesday_campus_day", "2026-11-10", 1397,
            "Tuesday on the campuses: a student faints at the CMU gym, a lab fire with a chemical spill and an "
            "evacuation at the Feng Chia Shuinan campus, and a scooter crash at 河南路/中平路 in the evening rush; "
            "school-run slow-downs, construction noise, camera maintenance and a detector fault as background.")
    C = P["cmu"]
    ca = s.add("119", "ambulance", "12:40", "中國醫藥大學水湳校區體育館 學生昏倒", "faint", pos=off(C, 80, 320), sev="Moderate")
    s.add("119", "ambulance", "12:48", "到達現場 意識恢復", "faint", pos=off(C, 80, 320), status="on_scene", follows=ca["key"])
    s.add("119", "ambulance", "13:05", "送醫 返隊", "faint", pos=off(C, 80, 320), status="returning", follows=ca["key"])
    s.incident("faint", "rescue", "Student fainted in the CMU campus gym, ambulance.", ca["key"])
    F = P["fcu"]
    al = s.add("fire_alarm", "alarm", "14:05", "火警受信總機 工學大樓3F 偵煙器動作", "lab", sensor="SN-FA-009")
    fr = s.add("119", "fire", "14:06", "逢甲大學水湳校區工學大樓 受信總機動作 學生稱實驗室有煙", "lab", pos=off(F, 30, 60), sev="Moderate")
    s.add("1999", "fire_smoke", "14:08", "逢甲水湳校區有一棟窗戶在冒白煙", "lab", pos=off(F, 350, 80))
    s.add("incident", "evacuation", "14:15", "校方疏散工學大樓師生約300人至操場", "lab", pos=off(F, 90, 200), sev="Moderate", delay=360)
    s.add("119", "fire", "14:16", "到場 3樓實驗室小火 已使用滅火器", "lab", pos=off(F, 30, 60), status="on_scene", follows=fr["key"])
    s.add("1999", "other", "14:30", "聽說逢甲水湳校區在疏散，我小孩在裡面，有沒有人受傷", "lab", pos=off(F, 1500, 250))
    s.add("119", "hazmat", "14:35", "工學大樓實驗室化學藥品瓶破裂 加派化災車", "lab", pos=off(F, 30, 60), sev="Moderate")
    s.add("fire_alarm", "normal", "15:30", "火警受信總機復歸", "lab", sensor="SN-FA-009")
    s.add("119", "fire", "15:45", "火勢撲滅 藥品清除完畢 無人傷亡", "lab", pos=off(F, 30, 60), status="closed", follows=fr["key"])
    s.incident("lab", "fire", "Small lab fire and broken chemical bottles in the engineering building, 300 evacuated, fire and hazmat crews.", al["key"])
    X = P["x_hn_zp"]
    s.add("cctv", "accident", "17:25", "河南路/中平路 偵測疑似事故", "crash", sensor="SN-CCTV-010", confidence=0.83)
    a = s.add("1999", "traffic_accident", "17:27", "河南路中平路口機車自撞，騎士倒地", "crash", pos=off(X, 130, 30))
    am = s.add("119", "ambulance", "17:28", "河南路二段與中平路口 機車騎士倒地", "crash", pos=off(X, 25, 45), sev="Moderate")
    s.add("rule", "congestion", "17:32", "河南路車輛偵測器2 平均車速 14 km/h", "crash", sensor="SN-VD-HENAN-02", sev="Moderate", alt=None)
    s.add("119", "ambulance", "17:36", "到達現場", "crash", pos=off(X, 25, 45), status="on_scene", follows=am["key"])
    s.add("incident", "injury_accident", "17:45", "機車自撞分隔島，騎士手臂骨折送醫", "crash", pos=off(X, 30, 40), sev="Moderate", delay=700)
    s.incident("crash", "traffic", "Scooter hit the median at 河南路/中平路, rider injured.", am["key"])
    # background
    s.add("rule", "congestion", "07:50", "中平路車輛偵測器1 平均車速 18 km/h", None, sensor="SN-VD-ZHONGPING-01", sev="Minor")
    s.add("rule", "cleared", "08:40", "中平路車輛偵測器1 車速恢復", None, sensor="SN-VD-ZHONGPING-01", sev="Minor")
    ip = s.add("1999", "illegal_parking", "07:45", "逢甲水湳校區門口家長並排停車", None, pos=off(F, 220, 250))
    s.dup(ip, 60)
    s.add("1999", "noise", "10:00", "校園旁工地打樁很吵", None, pos=off(F, 400, 200))
    s.add("status", "offline", "10:30", "設備離線（保養）", None, sensor="SN-CCTV-010", reason="maintenance")
    s.add("status", "online", "11:15", "設備連線", None, sensor="SN-CCTV-010")
    s.add("fire_alarm", "fault", "09:10", "火警受信總機 探測器故障", None, sensor="SN-FA-010")
    s.add("rule", "congestion", "17:50", "中平路車輛偵測器1 平均車速 20 km/h", None, sensor="SN-VD-ZHONGPING-01", sev="Minor")
    s.alternative("The 17:32 slow-down at 河南路 detector 2 is as likely the evening rush as the crash.", {})
    return s


def s1398():
    s = Sit(1398, "friday_rush_breakdown_queue", "2026-12-04", 1398,
            "Friday evening rush: a broken-down lorry on the 台74/環中路 ramp, a three-car rear-end in its queue 250 m back, "
            "a mattress on 中清路 at the 環中路 junction; a wrong-way false positive, ordinary slow-downs and a full hub car park.")
    X = P["x_t74_hz"]
    cv = s.add("cctv", "stalled_vehicle", "17:42", "台74線/環中路二段 車輛停滯", "breakdown", sensor="SN-CCTV-001", confidence=0.88)
    s.dup(cv, 40)
    s.add("rule", "congestion", "17:44", "環中路車輛偵測器2 平均車速 13 km/h", "breakdown", sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    br = s.add("incident", "stalled_vehicle", "17:50", "台74線下環中路匝道口 小貨車拋錨占用內側車道", "breakdown", pos=off(X, 40, 30), sev="Minor")
    s.add("rule", "congestion", "17:58", "環中路車輛偵測器1 平均車速 9 km/h", "breakdown", sensor="SN-VD-HUANZHONG-01", sev="Moderate")
    s.add("incident", "stalled_vehicle", "18:35", "拋錨車已拖離，車流逐漸恢復", "breakdown", pos=off(X, 40, 30), sev="Minor", follows=br["key"])
    s.incident("breakdown", "traffic", "Broken-down lorry blocking the inner lane at the 台74/環中路 ramp, 17:42-18:35.", cv["key"])
    R = off(X, 250, 220)
    re = s.add("1999", "traffic_accident", "17:59", "環中路往台74方向塞車，三台車追撞", "rearend", pos=off(R, 60, 40), alt="breakdown")
    s.add("incident", "accident", "18:03", "三車追撞無人受傷，車輛移至路肩", "rearend", pos=R, sev="Minor", delay=540, alt="breakdown")
    s.add("cctv", "accident", "18:06", "台74線/環中路二段 偵測疑似事故", "rearend", sensor="SN-CCTV-001", confidence=0.52, alt="breakdown")
    s.incident("rearend", "traffic", "Three-car rear-end in the breakdown's queue 250 m back, no injuries.", re["key"])
    Z = P["x_zq_hz"]
    m = s.add("1999", "fallen_object", "18:20", "中清路往北快到環中路口，有床墊掉在車道上", "mattress", pos=off(Z, 180, 160))
    s.add("cctv", "fallen_object", "18:22", "中清路/環中路 掉落物", "mattress", sensor="SN-CCTV-008", confidence=0.71)
    s.add("incident", "fallen_object", "18:40", "中清路車道上床墊已移除", "mattress", pos=off(Z, 120, 170), sev="Minor")
    s.incident("mattress", "traffic", "Mattress fallen in a lane of 中清路 short of 環中路, removed by police.", m["key"])
    # background
    s.add("cctv", "wrong_way", "18:10", "經貿路二段/環中路二段 逆向行駛", None, sensor="SN-CCTV-004", confidence=0.41)
    s.add("rule", "congestion", "17:30", "經貿路車輛偵測器1 平均車速 20 km/h", None, sensor="SN-VD-JINGMAO-01", sev="Minor")
    s.add("rule", "congestion", "18:00", "中清路車輛偵測器1 平均車速 15 km/h", None, sensor="SN-VD-ZHONGQING-01", sev="Moderate", alt="mattress")
    s.add("parking", "full", "17:20", "水湳轉運中心停車場 車位已滿", None, sensor="SN-PK-001")
    s.add("status", "offline", "18:15", "設備離線", None, sensor="SN-VD-HUANZHONG-03", reason="comms_lost")
    s.add("status", "online", "18:18", "設備連線", None, sensor="SN-VD-HUANZHONG-03")
    s.add("1999", "illegal_parking", "18:45", "轉運站門口計程車排班違停", None, pos=off(P["hub"], 90, 120))
    s.alternative("The rear-end happened in the breakdown's queue and the same patrol handles both: one traffic job. "
                  "The 中清路 slow-down at 18:00 may be the mattress's (seen at 18:20) rather than the rush.",
                  {"rearend": None,
                   "mattress": {"type": "traffic", "description": "Mattress on 中清路 and its queue.", "sufficient_evidence_key": m["key"]}})
    return s


def s1399():
    s = Sit(1399, "sunday_expo_kitchen_fire", "2026-08-23", 1399,
            "Sunday travel fair at the convention centre: a kitchen fire in hall A's food court with ~4,000 people evacuated "
            "to the 經貿六 car park and two smoke-inhalation casualties; earlier a man with dementia lost at the transit hub, found "
            "at the convention car park; full car parks and queues as background.")
    s.permit("exhibition", "10:00", "18:00", 15, "台中國際旅展 預估入場5萬人次", None, P["conv"], 350)
    for hh, sid in (("11:00", "SN-PK-006"), ("11:20", "SN-PK-002"), ("12:00", "SN-PK-001")):
        s.add("parking", "full", hh, "停車場 車位已滿", None, sensor=sid)
    s.add("rule", "congestion", "11:30", "黎明路車輛偵測器1 平均車速 19 km/h", None, sensor="SN-VD-LIMING-01", sev="Minor")
    s.add("cctv", "crowding", "11:45", "經貿路二段/黎明路三段 人群聚集", None, sensor="SN-CCTV-005", confidence=0.6)
    ip = s.add("1999", "illegal_parking", "12:10", "黎明路兩邊都是違停，公車過不去", None, pos=off(P["x_jm_lm"], 350, 260))
    s.dup(ip, 300)
    H = P["hub"]
    lm = s.add("1999", "missing_person", "13:10", "阿公失智在轉運站走失，穿灰色外套拿拐杖", "elder", pos=off(H, 40, 90))
    mp = s.add("incident", "missing_person", "13:25", "78歲失智男性於水湳轉運中心走失", "elder", pos=off(H, 20, 180), sev="Moderate", delay=500)
    s.add("incident", "other", "15:55", "走失老翁已於會展中心停車場尋獲", "elder", pos=off(P["conv"], 60, 160), sev="Minor", follows=mp["key"])
    s.incident("elder", "rescue", "Man with dementia lost at the transit hub 13:10, found at the convention car park 15:55.", lm["key"])
    A = P["hall_a"]
    al = s.add("fire_alarm", "alarm", "14:32", "火警受信總機 A棟1F 餐飲區 偵熱器動作", "fire", sensor="SN-FA-002")
    fr = s.add("119", "fire", "14:33", "會展中心A棟 餐飲區廚房起火", "fire", pos=off(A, 30, 200), sev="Severe")
    s.add("1999", "fire_smoke", "14:35", "會展中心A館冒煙，大家都在往外跑", "fire", pos=off(A, 180, 20))
    s.add("cctv", "smoke", "14:36", "經貿路二段/黎明路三段 煙霧", "fire", sensor="SN-CCTV-005", confidence=0.58)
    s.add("fire_alarm", "fault", "14:37", "火警受信總機 迴路異常", "fire", sensor="SN-FA-003", alt=None)
    s.add("cctv", "crowding", "14:38", "經貿路二段/黎明路三段 人群聚集", "fire", sensor="SN-CCTV-005", confidence=0.9)
    ev = s.add("incident", "evacuation", "14:40", "A館疏散約4000人至經貿六停車場", "fire", pos=off(A, 40, 300), sev="Severe", delay=240)
    s.add("incident", "crowd_control", "14:41", "經貿路二段黎明路口人潮湧入車道，派員管制", "fire", pos=P["x_jm_lm"], sev="Moderate", delay=300)
    s.add("parking", "closed", "14:45", "消防車進入 停車場暫停開放", "fire", sensor="SN-PK-006")
    s.add("1999", "other", "14:47", "我太太在A館裡面，電話打不通", "fire", pos=off(A, 700, 30))
    s.add("119", "fire", "14:50", "到場 廚房油鍋起火 延燒排煙管", "fire", pos=off(A, 30, 200), status="on_scene", follows=fr["key"])
    s.add("119", "ambulance", "15:10", "會展中心A棟 2人嗆傷", "fire", pos=off(A, 60, 220), sev="Moderate")
    s.add("119", "fire", "15:25", "火勢撲滅 2人嗆傷送醫", "fire", pos=off(A, 30, 200), status="closed", follows=fr["key"])
    s.add("fire_alarm", "normal", "15:40", "火警受信總機復歸", "fire", sensor="SN-FA-002")
    s.add("incident", "other", "16:30", "A館排煙完成，恢復開放", "fire", pos=off(A, 40, 300), sev="Minor", follows=ev["key"])
    s.incident("fire", "fire", "Kitchen fire in hall A's food court: ~4,000 evacuated, crowd on 經貿路/黎明路, 2 smoke-inhalation casualties.", al["key"])
    s.alternative("Hall B's loop fault three minutes into hall A's fire may be an unrelated panel fault.", {})
    return s


def s1400():
    s = Sit(1400, "weeknight_car_fire_and_pole", "2026-07-08", 1400,
            "Wednesday night into Thursday: a parked car burns on 經貿路 beside the 綠美圖 (02:00) and sets off the museum's "
            "panel with its smoke; at 03:34 a drunk driver knocks down the signal at 經貿路/黎明路 (dark until 08:40, reported "
            "again by morning commuters); street-racing noise and a detector's maintenance window as background.")
    C = (120.6575, 24.1905)
    f1 = s.add("1999", "fire_smoke", "25:58", "綠美圖旁邊經貿路有一台車在燒", "carfire", pos=off(C, 200, 300))
    fr = s.add("119", "fire", "26:00", "經貿路二段近綠美圖 車輛火警", "carfire", pos=off(C, 15, 0), sev="Moderate")
    s.add("cctv", "smoke", "26:01", "經貿路二段/經貿七路 煙霧", "carfire", sensor="SN-CCTV-006", confidence=0.8)
    s.add("1999", "fire_smoke", "26:02", "營運塔這邊看到路邊車子燒起來，火很大", "carfire", pos=off(C, 120, 30))
    s.add("fire_alarm", "alarm", "26:06", "火警受信總機 1F 外氣進風口 偵煙器動作", "carfire", sensor="SN-FA-004", alt="museum")
    s.add("119", "fire", "26:09", "到場 車輛全面燃燒", "carfire", pos=off(C, 15, 0), status="on_scene", follows=fr["key"])
    rc = s.add("incident", "road_closure", "26:15", "經貿路二段南向封閉，消防車佔用車道", "carfire", pos=off(C, 30, 200), sev="Moderate")
    s.add("fire_alarm", "normal", "26:30", "火警受信總機復歸", "carfire", sensor="SN-FA-004", alt="museum")
    s.add("119", "fire", "26:40", "火勢撲滅 車輛全燒 無人受傷", "carfire", pos=off(C, 15, 0), status="closed", follows=fr["key"])
    s.add("incident", "road_reopened", "27:05", "經貿路二段恢復通行", "carfire", pos=off(C, 30, 200), sev="Minor", follows=rc["key"])
    s.incident("carfire", "fire", "Parked car burnt out on 經貿路二段 beside the 綠美圖; its smoke set off the museum's panel.", f1["key"])
    J = P["x_jm_lm"]
    sg = s.add("signal", "fault", "27:34", "號誌控制器通訊中斷 燈號全暗", "pole", sensor="SN-SIG-005", alt="signal")
    s.add("cctv", "signal_dark", "27:35", "經貿路二段/黎明路三段 號誌黑燈", "pole", sensor="SN-CCTV-005", confidence=0.93, alt="signal")
    cva = s.add("cctv", "accident", "27:35", "經貿路二段/黎明路三段 偵測疑似事故", "pole", sensor="SN-CCTV-005", confidence=0.81)
    pa = s.add("incident", "accident", "27:40", "自小客撞擊號誌桿，駕駛酒測值超標，號誌桿撞歪", "pole", pos=off(J, 20, 45), sev="Moderate", delay=600)
    s.add("119", "ambulance", "27:45", "經貿路黎明路口 自小客自撞 駕駛輕傷", "pole", pos=off(J, 20, 45), sev="Minor")
    s.add("incident", "traffic_signal_fault", "28:10", "號誌全暗，已通報號誌維修廠商", "pole", pos=J, sev="Moderate", follows=pa["key"], alt="signal")
    s.add("1999", "traffic_signal", "31:05", "經貿黎明路口紅綠燈沒亮，早上上班很危險", "pole", pos=off(J, 150, 30), alt="signal")
    s.add("1999", "traffic_signal", "31:20", "黎明路經貿路口號誌故障", "pole", pos=off(J, 300, 260), alt="signal")
    s.add("signal", "restored", "32:40", "號誌恢復正常運作", "pole", sensor="SN-SIG-005", alt="signal")
    s.incident("pole", "traffic", "Drunk driver hit the signal pole at 經貿路/黎明路, driver slightly hurt; signal dark 03:34-08:40.", sg["key"])
    # background
    n = s.add("1999", "noise", "25:20", "環中路有人飆車很吵", None, pos=off(P["x_jm_hz"], 300, 150))
    s.add("1999", "noise", "25:35", "半夜環中路改裝車一直來回", None, pos=off(P["x_zk_hz"], 250, 170))
    s.add("status", "offline", "25:00", "設備離線（保養）", None, sensor="SN-VD-JINGMAO-01", reason="maintenance")
    s.add("status", "online", "28:00", "設備連線", None, sensor="SN-VD-JINGMAO-01")
    s.add("fire_alarm", "fault", "24:40", "火警受信總機 探測器故障", None, sensor="SN-FA-005")
    s.add("fire_alarm", "normal", "24:41", "火警受信總機復歸", None, sensor="SN-FA-005")
    s.add("rule", "congestion", "31:30", "經貿路車輛偵測器1 平均車速 22 km/h", None, sensor="SN-VD-JINGMAO-01", sev="Minor", alt="signal")
    s.alternative("The dark signal is a repair job of its own once the crash is cleared (contractor, morning traffic), and the museum's panel "
                  "alarm needs its own check of the building.",
                  {"signal": {"type": "infrastructure", "description": "Signal at 經貿路/黎明路 dark after the crash, repaired by 08:40.", "sufficient_evidence_key": sg["key"]},
                   "museum": {"type": "fire", "description": "綠美圖 panel alarm from the car fire's smoke, building checked.", "sufficient_evidence_key": None}})
    # sufficient key for museum: the alarm itself
    mk = [i for i in s.items if i.get("truth_alt") == "museum"][0]["key"]
    s.alt["incidents"][-1]["sufficient_evidence_key"] = mk
    for inc in s.alt["incidents"]:
        if inc["label"] == "pole":
            inc["sufficient_evidence_key"] = cva["key"]
    return s


def s1401():
    s = Sit(1401, "thursday_power_cut_east", "2026-05-21", 1401,
            "Thursday afternoon power cut in the east of the zone 14:10-16:40: eco-residential block B and the CMU campus "
            "without power, sensors on mains going offline, the 經貿路/中平路 signal dark, two people stuck in block B's lift.")
    B = P["eco_b"]
    p1 = s.add("1999", "power_outage", "14:11", "生態住宅B區整棟停電", "power", pos=off(B, 50, 100))
    w = s.add("status", "offline", "14:12", "設備離線", "power", sensor="SN-WL-003", reason="mains_power_lost")
    s.add("status", "offline", "14:12:20", "設備離線", "power", sensor="SN-VD-ZHONGPING-02", reason="mains_power_lost")
    sg = s.add("signal", "fault", "14:13", "號誌控制器回報故障：市電中斷 燈號全暗", "power", sensor="SN-SIG-011", alt="junction")
    s.add("fire_alarm", "fault", "14:14", "火警受信總機 主電源斷電 備用電池供電中", "power", sensor="SN-FA-012")
    s.add("cctv", "signal_dark", "14:14", "經貿路/中平路 號誌黑燈", "power", sensor="SN-CCTV-011", confidence=0.88, alt="junction")
    s.add("rule", "sensor_offline", "14:15", "水湳區域排水經貿路水位 設備離線", "power", sensor="SN-WL-003", sev="Minor")
    s.add("1999", "power_outage", "14:18", "經貿路中平路附近都停電了", "power", pos=off(P["x_jm_zp"], 200, 20))
    s.add("fire_alarm", "fault", "14:20", "火警受信總機 市電中斷", "power", sensor="SN-FA-010")
    s.add("1999", "traffic_signal", "14:22", "經貿路中平路口紅綠燈不亮", "power", pos=off(P["x_jm_zp"], 90, 300), alt="junction")
    p3 = s.add("1999", "power_outage", "14:25", "中國醫藥大學水湳校區停電，實驗室冰箱怎麼辦", "power", pos=off(P["cmu"], 60, 60))
    s.dup(p3, 200)
    s.add("incident", "traffic_signal_fault", "14:30", "經貿路中平路口號誌停電，派員指揮交通", "power", pos=P["x_jm_zp"], sev="Moderate", alt="junction")
    s.add("status", "online", "16:38", "設備連線", "power", sensor="SN-WL-003")
    s.add("status", "online", "16:38:30", "設備連線", "power", sensor="SN-VD-ZHONGPING-02")
    s.add("signal", "restored", "16:40", "號誌恢復正常運作", "power", sensor="SN-SIG-011", alt="junction")
    s.add("fire_alarm", "normal", "16:42", "火警受信總機復歸", "power", sensor="SN-FA-012")
    s.add("fire_alarm", "normal", "16:45", "火警受信總機復歸", "power", sensor="SN-FA-010")
    s.incident("power", "infrastructure", "Power cut in the east of the zone 14:10-16:40: block B, CMU campus, a water-level station and a detector on mains, the 經貿路/中平路 signal.", w["key"])
    l = s.add("1999", "rescue", "14:16", "B區電梯停電卡住，裡面有人受困", "lift", pos=off(B, 30, 200))
    lr = s.add("119", "rescue", "14:19", "生態住宅B區 電梯受困 2人", "lift", pos=off(B, 10, 0), sev="Moderate")
    s.add("119", "rescue", "14:31", "到場", "lift", pos=off(B, 10, 0), status="on_scene", follows=lr["key"])
    s.add("119", "rescue", "14:52", "受困者2人已救出 無受傷", "lift", pos=off(B, 10, 0), status="closed", follows=lr["key"])
    s.incident("lift", "rescue", "Two people stuck in block B's lift by the power cut, freed by the fire crew.", l["key"])
    # background
    s.add("1999", "other", "15:30", "停電害冰箱東西都壞了，要申請賠償", None, pos=off(B, 120, 40))
    s.add("rule", "congestion", "14:40", "中平路車輛偵測器1 平均車速 19 km/h", None, sensor="SN-VD-ZHONGPING-01", sev="Minor")
    s.add("rule", "congestion", "16:50", "經貿路車輛偵測器2 平均車速 18 km/h", None, sensor="SN-VD-JINGMAO-02", sev="Minor")
    s.add("status", "offline", "15:05", "設備離線", None, sensor="SN-RG-003", reason="comms_lost")
    s.add("1999", "illegal_parking", "13:50", "敦化路有貨車停在人行道卸貨", None, pos=off(B, 400, 260))
    s.alternative("The dark junction is a traffic job of its own (an officer directing traffic) rather than part of the power cut.",
                  {"junction": {"type": "traffic", "description": "經貿路/中平路 signal dark by the power cut, officer directing traffic.", "sufficient_evidence_key": sg["key"]}})
    return s


def s1402():
    s = Sit(1402, "saturday_night_noise_and_hub", "2026-02-07", 1402,
            "Saturday night: a party in eco-residential block A keeps the neighbours up (four complaints, one police visit), a car "
            "window smashed in the 經貿六 car park, a drunk man fighting with security at the transit hub, and later a man lying "
            "unconscious in front of the hub.")
    A = P["eco_a"]
    n1 = s.add("1999", "noise", "22:15", "A區有一戶開派對，音樂很大聲", "party", pos=off(A, 50, 10))
    n2 = s.add("1999", "noise", "23:05", "生態住宅A區樓上唱歌吵到現在", "party", pos=off(A, 70, 200))
    s.add("1999", "noise", "23:50", "還是很吵，已經第三次打了", "party", pos=off(A, 50, 10))
    s.add("incident", "public_disturbance", "24:10", "員警到場勸導，住戶同意降低音量", "party", pos=off(A, 20, 90), sev="Minor", delay=900)
    s.add("1999", "noise", "25:20", "A區又開始吵了", "party", pos=off(A, 70, 200))
    s.incident("party", "public_safety", "Party noise in block A: four complaints from two households, a police visit at 00:10, noise again at 01:20.", n2["key"])
    K = P["jm6_pk"]
    c = s.add("1999", "other", "21:20", "經貿六停車場我的車玻璃被打破，包包不見了", "carbreak", pos=off(K, 40, 180))
    s.add("incident", "theft", "21:30", "經貿六停車場 自小客車窗遭擊破 財物失竊", "carbreak", pos=off(K, 30, 200), sev="Minor", delay=1200)
    s.incident("carbreak", "public_safety", "Car window smashed and a bag stolen in the 經貿六 car park.", c["key"])
    H = P["hub"]
    fi = s.add("incident", "public_disturbance", "23:40", "轉運中心候車區 酒醉男子與保全拉扯", "fight", pos=off(H, 25, 300), sev="Moderate", delay=240)
    s.add("1999", "other", "23:42", "轉運站有人在打架", "fight", pos=off(H, 150, 60))
    s.add("cctv", "crowding", "23:41", "中科路/環中路二段 人群聚集", "fight", sensor="SN-CCTV-003", confidence=0.64, alt=None)
    s.add("incident", "public_disturbance", "24:05", "酒醉男子已離開，保全無大礙", "fight", pos=off(H, 25, 300), sev="Minor", follows=fi["key"])
    s.incident("fight", "public_safety", "Drunk man scuffling with security in the hub's waiting area.", fi["key"])
    am = s.add("119", "ambulance", "24:25", "轉運中心前 男子倒臥 酒醉叫不醒", "down", pos=off(H, 60, 150), sev="Moderate", alt="fight")
    s.add("119", "ambulance", "24:33", "到場 送醫", "down", pos=off(H, 60, 150), status="on_scene", follows=am["key"], alt="fight")
    s.incident("down", "rescue", "Man lying unconscious (drunk) in front of the hub, ambulance.", am["key"])
    # background
    ip = s.add("1999", "illegal_parking", "22:00", "經貿路紅線違停一整排", None, pos=off(P["x_jm_lm"], 200, 160))
    s.dup(ip, 420)
    s.add("status", "offline", "21:00", "設備離線", None, sensor="SN-CCTV-003", reason="comms_lost")
    s.add("status", "online", "21:03", "設備連線", None, sensor="SN-CCTV-003")
    s.add("fire_alarm", "fault", "26:10", "火警受信總機 迴路斷線", None, sensor="SN-FA-001")
    s.add("fire_alarm", "normal", "26:12", "火警受信總機復歸", None, sensor="SN-FA-001")
    s.add("rule", "congestion", "21:40", "中清路車輛偵測器1 平均車速 21 km/h", None, sensor="SN-VD-ZHONGQING-01", sev="Minor")
    s.add("1999", "noise", "22:30", "公園有人放鞭炮", None, pos=off(P["park_mid"], 200, 300))
    s.alternative("The man found lying in front of the hub 45 minutes later may be the drunk man from the scuffle (same job, same patrol); "
                  "the camera's crowding at 中科/環中 may be unrelated Saturday-night loitering.",
                  {"down": None})
    return s


for fn in (s1397, s1398, s1399, s1400, s1401, s1402):
    print(*fn().write())
