"""Situations 2037-2042 (roads and devices, part B). Seeded, stable output."""
from lib import Situation, pos, off, lerp, dist


def first_key(s, pred):
    return [it["key"] for _, _, it in sorted(s.items, key=lambda x: (x[0], x[1])) if pred(it)][0]


# ---------------------------------------------------------------- 2037
def s2037():
    s = Situation(2037, "henan_night_works", "2025-08-19", 2037)
    WC = (120.6465, 24.1665)
    J10 = pos("SN-SIG-010")
    DR = off(J10, 330, -20)
    WK = off(WC, -40, -60)
    s.description = ("河南路二段中平路至臺灣大道夜間管線施工（許可 22:00-05:00，後變更延到 06:00），封閉內側車道，河南中平路口號誌改為閃光。"
                     "23:30 中平路距施工區端點（河南中平路口）約 330 公尺處酒駕撞路邊停車；02:10 一輛貨車擦撞施工區內的施工人員與警示燈車。"
                     "背景：河南路停車場設備故障離線、路燈閃爍陳情。")
    p1 = s.add("planned_event", "road_works", WC, "22:00", -2 * 86400 - 8 * 3600,
               "河南路二段（中平路至臺灣大道）夜間自來水管線施工 封閉內側車道", "W", ends=s.t("05:00", 1), radius_m=450)
    s.add("planned_event", "road_works", WC, "22:00", -30 * 60,
          "河南路二段夜間管線施工 變更：施工延長至翌日 06:00", "W", ends=s.t("06:00", 1),
          radius_m=450, permit_status="amended", follows=p1)
    s.add("signal", "fault", "SN-SIG-010", "22:05", 10, "河南路/中平路 號誌閃爍異常", "W", alt="SG")
    s.cong("SN-VD-HENAN-01", "22:15", 60, 21, "W", sev="Minor")
    s.add("1999", "noise", (120.6452, 24.1651), "22:30", 200, "河南路半夜施工機具很吵，吵到不能睡", "W")
    s.add("1999", "traffic_signal", off(J10, 20, -25), "22:40", 300, "河南路中平路口號誌一直閃黃燈，是壞掉了嗎", "W", alt="SG")
    s.add("1999", "streetlight", (120.6448, 24.1631), "22:55", 400, "河南路有一盞路燈一直閃", None)
    d1 = s.add("1999", "traffic_accident", off(DR, 20, 10), "23:31", 80, "中平路有台車撞到路邊停的車，駕駛好像喝醉了", "D")
    s.add("incident", "accident", DR, "23:33", 600, "中平路 自小客車撞擊路邊停放車輛 駕駛酒測值超標 無人受傷", "D", "Minor")
    s.status("SN-PK-003", "offline", "23:50", 5, None, reason="device_fault")
    # next-day part
    s.offline_alert("SN-PK-003", s.t("00:10", 1), 30, None)
    s.add("incident", "road_reopened", DR, s.t("00:20", 1), 300, "中平路酒駕事故車已拖離 恢復通行", "D", "Minor")
    k1 = s.add("119", "ambulance", off(WC, -40, -60), s.t("02:10", 1), 25, "河南路二段施工區 施工人員遭貨車擦撞 腿部受傷", "K", alt="W")
    s.add("1999", "traffic_accident", off(WK, 25, 15), s.t("02:11", 1), 100, "河南路施工的地方有貨車撞到警示燈車跟工人", "K", alt="W")
    s.add("incident", "injury_accident", WK, s.t("02:12", 1), 540, "河南路二段施工區 大貨車擦撞施工警示車及施工人員 1人受傷", "K", "Severe", alt="W")
    s.cong("SN-VD-HENAN-01", s.t("02:20", 1), 60, 9, "K", alt="W")
    s.add("incident", "road_closure", WK, s.t("02:50", 1), 300, "河南路二段雙向封閉 事故處理", "K", "Moderate", alt="W")
    s.add("119", "ambulance", WK, s.t("02:58", 1), 20, "傷者送醫 返隊", "K", status="returning", follows=k1, alt="W")
    s.add("incident", "road_reopened", WK, s.t("04:00", 1), 300, "河南路二段事故排除 恢復施工區外車道通行", "K", "Minor", alt="W")
    s.add("signal", "restored", "SN-SIG-010", s.t("05:40", 1), 10, "河南路/中平路 號誌恢復正常", "W", alt="SG")
    s.add("rule", "cleared", "SN-VD-HENAN-01", s.t("05:55", 1), 60, "河南路車輛偵測器1 車速恢復", "W", "Minor")
    s.incident("W", "planned_event", "河南路二段夜間管線施工：車道縮減、號誌閃光、噪音陳情", p1)
    s.incident("D", "traffic", "中平路酒駕撞擊路邊停放車輛，距施工區端點約 330 公尺", d1)
    s.incident("K", "traffic", "河南路二段施工區內貨車擦撞警示車與施工人員，1 人受傷", k1)
    sg = first_key(s, lambda it: it.get("truth_alt") == "SG")
    s.alt = {"why": "施工區內的撞擊可讀成施工案件的一部分（同一處、同一廠商與管制）；路口號誌閃光若未知是施工所設，也可讀成獨立的號誌故障。",
             "incidents": [dict(s.incidents[0]), dict(s.incidents[1]),
                           {"label": "SG", "type": "traffic", "description": "河南中平路口號誌閃光異常", "sufficient_evidence_key": sg}]}
    s.notes = ("施工本身是計畫事件，其回堵、噪音、號誌閃光都歸施工。施工區內的撞人事故有傷者、救護、另一份事故報告，是另一件；"
               "酒駕事故在中平路、施工區端點 330 公尺外，與施工無關。許可在兩天前送達（arrival 早於 observed）。")
    return s


# ---------------------------------------------------------------- 2038
def s2038():
    s = Situation(2038, "liming_cabinet_blackout", "2025-12-03", 2038)
    J7 = pos("SN-SIG-007")
    CR = off(J7, 12, -8)
    s.description = ("傍晚黎明路凱旋路口號誌控制箱市電中斷：號誌黑燈、路口攝影機離線，附近一排路燈與店家也停電；警察到場指揮交通。"
                     "18:22 黑燈路口兩車擦撞。同時段會展停車場車位系統自身故障離線、轉運中心雨量站電池低電量。")
    s.status("SN-RG-002", "offline", "17:30", 5, None, reason="battery_low")
    s.offline_alert("SN-RG-002", "17:50", 30, None)
    s.add("parking", "full", "SN-PK-001", "17:55", 30, "水湳轉運中心停車場 車位已滿", None)
    s.status("SN-SIG-007", "offline", "18:05", 5, "X", reason="mains_power_lost")
    s.status("SN-CCTV-007", "offline", "18:05:20", 5, "X", reason="mains_power_lost")
    x1 = s.add("signal", "fault", "SN-SIG-007", "18:05:30", 40, "黎明路三段/凱旋路 號誌黑燈", "X")
    s.add("1999", "traffic_signal", off(J7, -30, 20), "18:08", 120, "黎明路凱旋路口紅綠燈全暗，車子都不知道怎麼走", "X")
    s.add("1999", "streetlight", off(J7, 120, 40), "18:10", 180, "黎明路這邊整排路燈都不亮", "X")
    s.offline_alert("SN-CCTV-007", "18:15", 30, "X")
    s.add("1999", "power_outage", off(J7, 60, -120), "18:16", 240, "凱旋路上這幾間店都停電了", "X")
    s.add("incident", "traffic_signal_fault", J7, "18:18", 300, "黎明路凱旋路口號誌黑燈 派員指揮交通 通報台電", "X", "Moderate")
    s.cong("SN-VD-LIMING-01", "18:20", 60, 17, "X")
    c1 = s.add("incident", "accident", CR, "18:22", 420, "黎明路凱旋路口 號誌黑燈 兩車路口擦撞 無人受傷", "C", "Minor", alt="X")
    s.add("1999", "traffic_accident", off(CR, 20, 15), "18:23", 100, "黎明路凱旋路口兩台車撞到，紅綠燈都不亮", "C", alt="X")
    s.cong("SN-VD-KAIXUAN-01", "18:26", 60, 20, "X", sev="Minor")
    s.status("SN-PK-006", "offline", "18:40", 5, None, reason="device_fault", alt="X")
    s.offline_alert("SN-PK-006", "18:58", 30, None, alt="X")
    s.add("incident", "road_reopened", CR, "18:55", 300, "黎明路凱旋路口擦撞車輛已移置", "C", "Minor", alt="X")
    s.add("1999", "noise", (120.6597, 24.1830), "19:10", 200, "生態住宅樓下有人在唱卡拉OK", None)
    s.status("SN-SIG-007", "online", "19:42", 5, "X")
    s.add("signal", "restored", "SN-SIG-007", "19:42:30", 20, "黎明路三段/凱旋路 號誌恢復正常", "X")
    s.status("SN-CCTV-007", "online", "19:43", 5, "X")
    s.add("rule", "cleared", "SN-VD-LIMING-01", "19:58", 60, "黎明路車輛偵測器1 車速恢復", "X", "Minor")
    s.status("SN-PK-006", "online", "21:05", 5, None, alt="X")
    s.incident("X", "infrastructure", "黎明路凱旋路口一帶市電中斷：號誌黑燈、攝影機離線、路燈與店家停電，派員指揮交通", x1)
    s.incident("C", "traffic", "黎明路凱旋路口黑燈期間兩車擦撞，無人受傷", c1)
    s.alt = {"why": "路口擦撞由在場指揮交通的員警當場處理，可讀成停電案件的一部分；會展停車場在 580 公尺外同時段離線，也可讀成同一次停電。",
             "incidents": [dict(s.incidents[0])]}
    s.notes = ("同一個控制箱的號誌與攝影機都以市電中斷離線，加上路燈與店家停電，是同一件設施停電。"
               "會展停車場回報的是設備故障（device_fault），與市電無關；雨量站電池低電量更是維修單。")
    return s


# ---------------------------------------------------------------- 2039
def s2039():
    s = Situation(2039, "quiet_night_devices", "2026-01-14", 2039)
    ZQ2 = pos("SN-VD-ZHONGQING-02")
    ST = off(ZQ2, 60, 90)
    C3 = pos("SN-CCTV-003")
    MC = off(C3, -150, -25)
    s.description = ("一月乾季平靜深夜：中清環中地下道淹水感測器電池低電量、中清路車輛偵測器故障、經貿中平路口攝影機計畫性維護、區域排水水位站短暫斷訊，各自獨立；"
                     "01:40 中央公園南區現場箱斷線，南側三座滯洪池感測器、南池水位與南停車場同時離線到清晨。"
                     "03:00 中清路二段大貨車故障停在外車道；04:10 環中路近中科路口酒駕自撞分隔島。")
    s.status("SN-FL-006", "offline", "01:12", 5, None, reason="battery_low")
    s.offline_alert("SN-FL-006", "01:25", 30, None)
    gw = ["SN-FL-003", "SN-FL-004", "SN-WL-002", "SN-FL-005", "SN-PK-005"]
    keys = []
    for i, sid in enumerate(gw):
        keys.append(s.status(sid, "offline", f"01:40:{10 + i * 7:02d}", 3 + i, "G", alt=None))
    for i, sid in enumerate(gw):
        s.offline_alert(sid, f"01:{52 + i}:00", 30, "G", alt=None)
    s.status("SN-VD-ZHONGQING-02", "offline", "02:05", 5, None, reason="device_fault")
    s.offline_alert("SN-VD-ZHONGQING-02", "02:20", 30, None)
    s.status("SN-CCTV-011", "offline", "02:30", 5, None, reason="maintenance")
    t1 = s.add("incident", "stalled_vehicle", ST, "03:02", 240, "中清路二段南向外側車道 大貨車故障拋錨 已放置三角錐", "T", "Minor")
    s.add("1999", "other", off(ST, -30, 40), "03:06", 150, "中清路有台大貨車停在路中間，沒開燈，很危險", "T")
    s.status("SN-WL-003", "offline", "03:20", 5, None, reason="comms_lost")
    s.status("SN-CCTV-011", "online", "03:31", 5, None)
    s.status("SN-WL-003", "online", "03:35", 5, None)
    s.add("incident", "road_reopened", ST, "03:55", 300, "中清路二段故障貨車已拖離", "T", "Minor")
    m1 = s.add("cctv", "stalled_vehicle", "SN-CCTV-003", "04:11", 15, "中科路/環中路二段 偵測車輛停滯", "M", confidence=0.74)
    s.add("119", "ambulance", MC, "04:13", 25, "環中路二段 自小客車自撞分隔島 駕駛意識清楚 疑似酒駕", "M")
    s.add("incident", "accident", MC, "04:15", 900, "環中路二段近中科路口 自小客車自撞分隔島 駕駛酒測超標", "M", "Moderate")
    s.add("incident", "road_reopened", MC, "05:05", 300, "環中路二段自撞車輛已拖離 恢復通行", "M", "Minor")
    for i, sid in enumerate(gw):
        s.status(sid, "online", f"04:5{i}:00", 5, "G", alt=None)
    s.incident("G", "infrastructure", "中央公園南區現場箱（GW-CPS-01）斷線，南側滯洪池、南池水位、南停車場 5 具設備離線", keys[2])
    s.incident("T", "traffic", "中清路二段大貨車故障停在外車道", t1)
    s.incident("M", "traffic", "環中路二段近中科路口酒駕自撞分隔島", m1)
    s.alt = {"why": "乾季深夜南區現場箱斷線不影響任何人，值班者可能只開維修單、早上再處理，不算派遣案件。",
             "incidents": [dict(s.incidents[1]), dict(s.incidents[2])]}
    s.notes = ("同一現場箱的 5 具設備在 1 分鐘內一起離線、一起恢復，是一個原因一件工作；其他設備各自故障、電池、維護，都是單一設備的維修單（背景）。"
               "中清路偵測器故障在故障貨車附近，但早一小時、原因是設備故障，與貨車無關。")
    return s


# ---------------------------------------------------------------- 2040
def s2040():
    s = Situation(2040, "rain_chain_crash_underpass", "2025-06-03", 2040)
    C4 = pos("SN-CCTV-004")
    CH = off(C4, 150, 30)
    UP = pos("SN-FL-006")
    s.description = ("梅雨鋒面傍晚豪雨。17:52 環中路二段經貿路口東側五車連環追撞，三人輕傷；約 220 公尺外的中清環中路口地下道積水由 15 公分升到 30 公分以上，"
                     "一輛轎車在地下道內熄火、駕駛受困。背景：雨量警戒、中央公園雨量站電池低電量、生態住宅水溝阻塞陳情。")
    s.add("rule", "heavy_rain", "C0F9T0", "17:20", 60, "西屯站 時雨量達大雨標準", None, "Moderate", level="大雨")
    s.add("rule", "heavy_rain", "SN-RG-002", "17:45", 60, "水湳轉運中心雨量站 時雨量達豪雨標準", None, "Severe", level="豪雨")
    c1 = s.add("1999", "traffic_accident", off(CH, -20, -10), "17:52", 60, "環中路經貿路口過去一點，五台車連環撞，下大雨看不清楚", "C")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-004", "17:52:40", 15, "經貿路二段/環中路二段 偵測車輛停滯", "C", confidence=0.86)
    s.add("119", "ambulance", CH, "17:53", 25, "環中路二段 五車連環追撞 3人輕傷", "C")
    s.add("incident", "injury_accident", CH, "17:55", 600, "環中路二段經貿路口東側 五車連環追撞 3人輕傷 佔用二車道", "C", "Moderate")
    s.cong("SN-VD-HUANZHONG-02", "17:58", 60, 10, "C")
    s.add("rule", "flood_depth", "SN-FL-006", "18:00", 60, "中清環中路口地下道 積水 1-15 公分", "U", "Minor", level="1-15")
    s.cong("SN-VD-HUANZHONG-03", "18:05", 60, 7, "C", sev="Severe", alt="U")
    s.add("rule", "flood_depth", "SN-FL-006", "18:12", 60, "中清環中路口地下道 積水 16-30 公分", "U", "Moderate", level="16-30")
    s.add("1999", "flooding", off(UP, 30, -30), "18:14", 90, "中清環中那個地下道積水很深了，還有車子在開進去", "U")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-008", "18:15", 15, "中清路/環中路 偵測車輛停滯", "U", confidence=0.6)
    s.add("1999", "blocked_drain", (120.6594, 24.1822), "18:20", 300, "生態住宅B區前面水溝蓋被落葉塞住", None)
    u1 = s.add("119", "rescue", UP, "18:22", 20, "中清路環中路口地下道 轎車熄火受困積水中 駕駛待救", "U")
    s.add("rule", "flood_depth", "SN-FL-006", "18:25", 60, "中清環中路口地下道 積水超過 30 公分", "U", "Severe", level=">30")
    s.add("incident", "stalled_vehicle", off(UP, 0, -20), "18:26", 420, "中清路地下道內自小客車積水熄火", "U", "Moderate")
    s.status("SN-RG-001", "offline", "18:30", 5, None, reason="battery_low")
    s.add("incident", "road_closure", UP, "18:35", 240, "中清路環中路口地下道封閉 車輛改道", "U", "Severe")
    s.add("119", "rescue", UP, "18:40", 20, "受困駕駛已救出 無傷", "U", status="on_scene", follows=u1)
    s.offline_alert("SN-RG-001", "18:50", 30, None)
    s.add("incident", "road_reopened", CH, "19:05", 300, "環中路二段連環追撞車輛已移置 恢復通行", "C", "Minor")
    s.add("rule", "cleared", "SN-FL-006", "19:40", 60, "中清環中路口地下道 積水退去", "U", "Minor")
    s.add("incident", "road_reopened", UP, "20:05", 300, "中清路地下道積水退去 解除封閉 恢復通行", "U", "Minor")
    s.incident("C", "traffic", "環中路二段經貿路口東側雨中五車連環追撞，3 人輕傷", c1)
    s.incident("U", "flood", "中清環中路口地下道積水超過 30 公分，轎車熄火駕駛受困", u1)
    s.alt = {"why": "環中路車輛偵測器3 就在地下道口，18:05 的壅塞也可能是地下道積水、車輛減速所致。",
             "incidents": [dict(s.incidents[0]), dict(s.incidents[1])]}
    s.notes = ("連環撞與地下道相距約 220 公尺、時間重疊，但一個是事故、一個是淹水救助，分開。地下道內熄火的車屬於淹水案。"
               "雨量警戒是天氣背景，不單獨派遣。")
    return s


# ---------------------------------------------------------------- 2041
def s2041():
    s = Situation(2041, "jingmao_stalled_bus_expo", "2025-10-18", 2041)
    C5, C4 = pos("SN-CCTV-005"), pos("SN-CCTV-004")
    BUS = off(C5, -10, 20)
    CAR = off(C4, 20, -25)
    HALL = (120.6550, 24.1944)
    s.description = ("週六會展中心展覽（09:00-18:00），停車場一早客滿、周邊違停、散場人潮。10:50 一輛公車在經貿路黎明路口故障佔用兩車道，"
                     "40 分鐘後北方約 280 公尺的經貿環中路口另一輛轎車沒油停在路口；一個半小時後還有市民事後陳情公車事件。背景：經貿路偵測器故障、會展 B 棟火警總機異常。")
    e1 = s.add("planned_event", "exhibition", HALL, "09:00", -5 * 86400,
               "臺中國際會展中心 秋季車展", "E", ends=s.t("18:00"), radius_m=300)
    s.add("parking", "full", "SN-PK-006", "10:20", 30, "臺中國際會展中心停車場 車位已滿", "E")
    s.add("parking", "full", "SN-PK-002", "10:45", 30, "經貿六停車場 車位已滿", "E")
    b1 = s.add("cctv", "stalled_vehicle", "SN-CCTV-005", "10:51", 15, "經貿路二段/黎明路三段 偵測車輛停滯", "B", confidence=0.84)
    s.add("incident", "stalled_vehicle", BUS, "10:54", 300, "公車於經貿路黎明路口故障拋錨 佔用兩車道", "B", "Moderate")
    s.cong("SN-VD-JINGMAO-01", "11:00", 60, 11, "B", alt="E")
    c1 = s.add("cctv", "stalled_vehicle", "SN-CCTV-004", "11:30", 15, "經貿路二段/環中路二段 偵測車輛停滯", "K", confidence=0.69, alt="B")
    s.add("incident", "stalled_vehicle", CAR, "11:36", 420, "自小客車沒油停在經貿路環中路口 已協助推離", "K", "Minor")
    s.add("incident", "road_reopened", BUS, "11:38", 300, "經貿路黎明路口故障公車已拖離 恢復通行", "B", "Minor")
    s.add("rule", "cleared", "SN-VD-JINGMAO-01", "11:50", 60, "經貿路車輛偵測器1 車速恢復", "B", "Minor", alt="E")
    s.add("1999", "illegal_parking", off(HALL, 150, 60), "12:10", 400, "會展中心旁邊經貿路兩邊都停滿違停的車", "E")
    s.add("1999", "other", off(C5, 30, 10), "12:38", 180, "早上經貿路黎明路口有一台公車壞在路中間，害我們塞很久，請公車處改善", "B", alt=None)
    s.add("fire_alarm", "fault", "SN-FA-003", "13:10", 20, "臺中國際會展中心 B棟 受信總機 偵煙器迴路斷線", None)
    s.status("SN-VD-JINGMAO-01", "offline", "13:40", 5, None, reason="device_fault")
    s.offline_alert("SN-VD-JINGMAO-01", "13:55", 30, None)
    s.add("1999", "streetlight", (120.6465, 24.1720), "14:20", 600, "河南路那邊有路燈不亮", None)
    s.add("fire_alarm", "normal", "SN-FA-003", "15:02", 20, "臺中國際會展中心 B棟 受信總機 復歸", None)
    s.add("incident", "crowd_control", HALL, "17:55", 300, "車展散場 會展中心前人潮管制 經貿路人車分流", "E", "Minor")
    s.add("parking", "empty", "SN-PK-006", "19:10", 30, "臺中國際會展中心停車場 車位全空", "E")
    s.status("SN-VD-JINGMAO-01", "online", "16:20", 5, None)
    s.incident("E", "planned_event", "會展中心秋季車展：停車場客滿、周邊違停、散場人潮管制", e1)
    s.incident("B", "traffic", "公車於經貿路黎明路口故障拋錨佔用兩車道（含事後陳情）", b1)
    s.incident("K", "traffic", "自小客車沒油停在經貿路環中路口", c1)
    s.alt = {"why": "經貿環中路口的停滯偵測在公車北方 280 公尺、公車尚未拖離，可能被讀成公車案回堵；經貿路偵測器的壅塞也可讀成展覽車潮；事後陳情可讀成不需派遣。",
             "incidents": [dict(s.incidents[0]), dict(s.incidents[1]),
                           dict(s.incidents[2], sufficient_evidence_key=first_key(s, lambda it: it["truth"] == "K" and it.get("truth_alt", "K") == "K"))]}
    s.notes = ("兩輛停滯車相距約 280 公尺、時間重疊，但是不同車、不同處理（拖吊 vs 推離），分開。公車事後陳情晚了一個半小時，仍屬公車案。"
               "經貿路偵測器 13:40 自身故障，公車早已拖離。")
    return s


# ---------------------------------------------------------------- 2042
def s2042():
    s = Situation(2042, "carpark_fire_exit_crash", "2026-02-20", 2042)
    FA7 = pos("SN-FA-007")
    RAMP = (120.6575, 24.1872)
    CR = (120.6588, 24.1868)
    s.description = ("晚上中央公園地下停車場 B1 機車起火，黑煙從出口冒出，停車場北區關閉。7 分鐘後一輛急著離開停車場的轎車在經貿路出口附近撞上機車，騎士頭部外傷。"
                     "20:50 生態住宅 A 區住戶烹飪觸發火警，消防查看為誤報。北滯洪池水位站在火災期間自身故障離線。")
    s.add("parking", "full", "SN-PK-001", "19:40", 30, "水湳轉運中心停車場 車位已滿", None)
    f1 = s.add("fire_alarm", "alarm", "SN-FA-007", "20:05", 10, "中央公園地下停車場 B1 偵煙器動作", "F")
    s.add("119", "fire", FA7, "20:06", 20, "中央公園地下停車場 B1 機車起火", "F")
    s.add("1999", "fire_smoke", RAMP, "20:07", 90, "中央公園停車場出口一直冒黑煙", "F", dups=(30,))
    k1 = s.add("1999", "traffic_accident", off(CR, 10, 10), "20:12", 60, "經貿路公園停車場出口附近汽車撞機車，騎士流血", "K", alt="F")
    s.add("119", "ambulance", CR, "20:12:40", 20, "經貿路二段 汽機車事故 騎士頭部外傷", "K", alt="F")
    s.add("incident", "fire_report", FA7, "20:13", 420, "中央公園地下停車場機車火警 現場管制", "F", "Moderate")
    s.add("incident", "injury_accident", CR, "20:14", 600, "經貿路二段停車場出口 自小客車駛出撞擊機車 1人受傷", "K", "Moderate", alt="F")
    s.add("parking", "closed", "SN-PK-004", "20:20", 30, "中央公園地下停車場（北） 暫停開放", "F")
    s.cong("SN-VD-JINGMAO-02", "20:25", 60, 13, "K", alt="F")
    s.status("SN-WL-001", "offline", "20:30", 5, None, reason="device_fault", alt="F")
    s.add("fire_alarm", "fault", "SN-FA-007", "20:40", 10, "中央公園地下停車場 受信總機 第2迴路斷線", "F")
    s.offline_alert("SN-WL-001", "20:50", 30, None, alt="F")
    g1 = s.add("fire_alarm", "alarm", "SN-FA-011", "20:50", 10, "水湳生態住宅 A區 集合住宅 7樓 偵煙器動作", "G")
    s.add("119", "fire", pos("SN-FA-011"), "20:51", 20, "水湳生態住宅A區 火警 派車查看", "G")
    s.add("119", "fire", pos("SN-FA-011"), "21:02", 20, "住戶烹飪油煙 誤報 返隊", "G", status="closed", follows=first_key(s, lambda it: it["truth"] == "G" and it["feed"] == "119"))
    s.add("fire_alarm", "normal", "SN-FA-011", "21:05", 10, "水湳生態住宅 A區 受信總機 復歸", "G")
    s.add("119", "fire", FA7, "21:30", 20, "停車場機車火警撲滅 燒毀機車3輛 無人傷亡", "F", status="closed",
          follows=first_key(s, lambda it: it["truth"] == "F" and it["feed"] == "119"))
    s.add("1999", "noise", (120.6560, 24.1820), "21:35", 300, "公園裡有人放音樂很大聲", None)
    s.add("incident", "road_reopened", CR, "21:10", 300, "經貿路二段事故排除 恢復通行", "K", "Minor", alt="F")
    s.add("fire_alarm", "normal", "SN-FA-007", "22:10", 10, "中央公園地下停車場 受信總機 復歸", "F")
    s.incident("F", "fire", "中央公園地下停車場 B1 機車火警，黑煙冒出，北區停車場關閉", f1)
    s.incident("K", "traffic", "經貿路二段停車場出口附近汽車撞機車，騎士頭部外傷", k1)
    s.incident("G", "fire", "水湳生態住宅 A 區烹飪油煙觸發火警，查看為誤報", g1)
    s.alt = {"why": "出口撞車的駕駛是逃離火場的人，現場在火場出口約 260 公尺，可讀成火災現場的一部分；北滯洪池水位站就在停車場上方，火災期間離線也可能被讀成火災波及。",
             "incidents": [dict(s.incidents[0]), dict(s.incidents[2])]}
    s.notes = ("撞車有自己的傷者、救護和事故處理，算另一件；生態住宅誤報在 460 公尺外、是另一棟建築，另一件。"
               "水位站回報設備故障（device_fault），不是停電或火災造成，視為背景。")
    return s


if __name__ == "__main__":
    for f in (s2037, s2038, s2039, s2040, s2041, s2042):
        print(f().write())
