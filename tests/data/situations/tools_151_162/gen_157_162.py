"""Situations 157-162."""
from lib import Sit, P, BG_DAY, BG_NIGHT


def s157():
    s = Sit(157, "cascade_reclamation_fire_queue_crash", "2026-04-02",
            "平日上午水湳水資源回收中心污泥乾燥機房起火，大量黑煙橫越經貿路三段與中平路，經貿路封閉供救災；"
            "封閉造成中平路往西回堵，10:58 回堵車陣中（火場東方約 700 m）自小客車追撞機車（二次事故）。")
    s.inc("F", "fire", "水湳水資源回收中心污泥乾燥機房火警，含經貿路三段封閉與其回堵", "a01")
    s.inc("C", "traffic", "中平路回堵車陣中自小客車追撞機車，騎士擦傷（火警封路引發的二次事故）", "f05")
    s.add("a01", "fire_alarm", "alarm", None, None, "10:21:15", 0.1, "火警受信總機：污泥處理棟 2F 第 6 區 偵煙式探測器動作", "F", sensor="SN-FA-008")
    s.add("a02", "fire_alarm", "alarm", None, None, "10:22:30", 0.1, "火警受信總機：污泥處理棟 2F 第 7 區 定溫式探測器動作", "F", sensor="SN-FA-008")
    s.add("f01", "119", "fire", None, P["回收中心"], "10:23", 0.5,
          "受理報案：北屯區水湳水資源回收中心污泥乾燥機房起火，冒出大量黑煙。派遣北屯分隊、西屯分隊、第三救災救護大隊，水箱車 5 輛、化學車 1 輛、救護車 1 輛。", "F")
    s.add("c01", "cctv", "smoke", None, None, "10:24", 0.5, "影像分析：畫面北側大量煙霧", "F", sensor="SN-CCTV-011", conf=0.88)
    calls = [("中國醫水湳", "民眾來電：中國醫水湳校區這邊看到北邊很大的黑煙，教室窗戶要關嗎？"),
             ("經貿中平", "民眾來電：經貿路中平路口整片黑煙，開車看不到前面。"),
             ("河南低窪", "民眾來電：河南路這邊看到東邊冒黑煙，好像是污水廠那邊失火。"),
             ("生態B", "民眾來電：敦化路社區聞到很臭的燒焦味，黑煙一直飄過來。"),
             ("中平路東", "民眾來電：中平路上看到回收中心在冒黑煙，有火光。"),
             ("公園南", "民眾來電：中央公園南邊天空都是黑煙，是哪裡火災？")]
    for i, (pl, tx) in enumerate(calls):
        s.add(f"q{i + 1:02d}", "1999", "fire_smoke", None, s.jitter(P[pl], 60), f"10:{24 + i * 2}:{(i * 23) % 60:02d}", 3 + i, tx, "F")
    s.add("p01", "incident", "fire_report", "Severe", P["回收中心"], "10:30", 3, "水湳水資源回收中心火警，濃煙影響經貿路三段視線，員警到場管制。", "F")
    s.add("f02", "119", "fire", None, P["回收中心"], "10:31", 1, "第一梯次到達現場：污泥乾燥機房 2 樓燃燒中，無人員受困，廠內人員已疏散。", "F", follows="f01")
    s.add("p02", "incident", "road_closure", "Severe", P["經貿路南段"], "10:38", 3, "經貿路三段（中平路至敦化路）雙向封閉，請改道中清路、河南路。", "F", follows="p01")
    s.rule("r01", "SN-VD-JINGMAO-02", "congestion", "10:45", 1, "經貿路車輛偵測器2 平均車速 6 km/h，占有率 72%，車流壅塞", "F")
    s.rule("r02", "SN-VD-ZHONGPING-02", "congestion", "10:50", 1, "中平路車輛偵測器2 平均車速 14 km/h，占有率 58%，車流壅塞", "F")
    s.add("c02", "cctv", "stalled_vehicle", None, None, "10:52", 0.5, "影像分析：車輛停滯，中平路往西車道回堵", "F", sensor="SN-CCTV-011", conf=0.70)
    s.add("x01", "fire_alarm", "fault", None, None, "10:55", 0.1, "受信總機 設備故障：第 2 迴路接地異常", None, sensor="SN-FA-010")
    s.add("p04", "incident", "injury_accident", "Moderate", P["中平路東"], "10:58", 4,
          "中平路往經貿路方向回堵車陣中，自小客車追撞機車，騎士手腳擦傷，已通報119。", "C")
    s.add("f05", "119", "ambulance", None, P["中平路東"], "11:00", 1, "受理報案：北屯區中平路交通事故 1 人擦傷，派遣北屯分隊救護車 1 輛。", "C")
    s.add("q10", "1999", "traffic_accident", None, s.jitter(P["中平路東"], 50), "11:00", 8, "民眾來電：中平路塞車塞到又撞在一起，機車倒在車道上。", "C")
    s.rule("r05", "SN-VD-ZHONGPING-02", "congestion", "11:06", 1, "中平路車輛偵測器2 平均車速 4 km/h，占有率 80%，車流嚴重壅塞", "C", sev="Severe", alt="F")
    s.add("f06", "119", "ambulance", None, P["中平路東"], "11:14", 3, "傷者擦傷，現場包紮後自行就醫。", "C", follows="f05")
    s.add("f03", "119", "fire", None, P["回收中心"], "11:20", 1, "火勢控制，持續射水降溫，煙量減少。", "F", follows="f01")
    s.add("p05", "incident", "injury_accident", "Minor", P["中平路東"], "11:30", 10, "中平路追撞案現場排除，車流緩慢通行。", "C", follows="p04")
    s.add("f04", "119", "fire", None, P["回收中心"], "12:05", 1, "火勢撲滅，燒損污泥乾燥機 1 座，無人傷亡。", "F", follows="f01")
    s.add("a03", "fire_alarm", "normal", None, None, "12:10", 0.1, "火警受信總機復歸", "F", sensor="SN-FA-008")
    s.add("p03", "incident", "road_closure", "Minor", P["經貿路南段"], "12:25", 8, "經貿路三段解除封閉，恢復雙向通行。", "F", follows="p02")
    s.background(5, "10:15", "12:30", BG_DAY)
    s.alternative("The queue crash is a consequence of the fire's road closure; a coordinator running the fire's traffic management "
                  "may keep it inside the fire job rather than open a second one.",
                  [("F", "fire", "水湳水資源回收中心火警（含封路、回堵與回堵中的追撞）", "a01")])
    for it in s.items:
        if it["truth"] == "C":
            it["truth_alt"] = "F"
    s.notes.append("The CMU panel fault (x01) 300 m from the fire is a wiring fault, not an alarm: null. "
                   "The queue cameras and VDs far from the site belong to the fire (their cause).")
    return s


def s158():
    s = Sit(158, "wrong_way_driver_huanzhong", "2026-02-14",
            "週六凌晨酒駕自小客車自臺灣大道口起在環中路逆向行駛約 4.5 km，沿途多支攝影機偵測，02:15 於中清路口與計程車對撞，駕駛受困。"
            "01:50 起環中路二段另有一部故障車停在外側車道（另一件工作）。")
    s.inc("W", "traffic", "環中路逆向酒駕車（移動中），終於中清路口對撞，2 人受傷", "p01")
    s.inc("S", "traffic", "環中路二段台74線匝道口前外側車道自小客車故障停放", "p10")
    s.add("p10", "incident", "stalled_vehicle", "Minor", (120.6462, 24.1950), "01:50", 3, "環中路二段台74線匝道口前，往臺灣大道方向外側車道自小客車故障，已擺放三角錐，等待拖吊。", "S")
    s.add("c10", "cctv", "stalled_vehicle", None, None, "01:52", 0.5, "影像分析：外側車道車輛停滯", "S", sensor="SN-CCTV-001", conf=0.55)
    s.add("c01", "cctv", "wrong_way", None, None, "02:11:05", 0.3, "影像分析：逆向行駛車輛（往東北）", "W", sensor="SN-CCTV-009", conf=0.72)
    s.add("p01", "incident", "wrong_way_driver", "Severe", P["臺灣大道環中"], "02:11:40", 1, "民眾報案：環中路臺灣大道口附近有一輛白色自小客車逆向往北屯方向行駛，車速很快。", "W")
    s.rule("r01", "SN-VD-HUANZHONG-04", "congestion", "02:12:20", 1, "環中路車輛偵測器4 車速異常（單車逆向），占有率 3%", "W", sev="Minor", alt=None)
    s.add("c02", "cctv", "wrong_way", None, None, "02:13:32", 0.3, "影像分析：逆向行駛車輛", "W", sensor="SN-CCTV-001", conf=0.80)
    s.add("c03", "cctv", "wrong_way", None, None, "02:13:47", 0.3, "影像分析：逆向行駛車輛", "W", sensor="SN-CCTV-002", conf=0.64)
    s.add("p02", "incident", "wrong_way_driver", "Severe", P["凱旋環中"], "02:14", 1, "巡邏車於環中路二段凱旋路口發現逆向車輛，尾隨並通報前方路口攔截。", "W", follows="p01")
    s.add("c04", "cctv", "wrong_way", None, None, "02:14:22", 0.3, "影像分析：逆向行駛車輛", "W", sensor="SN-CCTV-003", conf=0.85)
    s.add("c05", "cctv", "wrong_way", None, None, "02:14:47", 0.3, "影像分析：逆向行駛車輛", "W", sensor="SN-CCTV-004", conf=0.81)
    s.add("c06", "cctv", "stalled_vehicle", None, None, "02:15:45", 0.3, "影像分析：路口車輛停滯（兩車）", "W", sensor="SN-CCTV-008", conf=0.90, alt="K")
    s.add("p03", "incident", "injury_accident", "Severe", P["中清環中"], "02:16:30", 2, "逆向自小客車於環中路中清路口與計程車正面對撞，2 人受傷，逆向車駕駛受困。", "W", follows="p01", alt="K")
    s.add("f01", "119", "ambulance", None, P["中清環中"], "02:17", 1, "受理報案：北屯區中清路／環中路口車禍 2 人受傷，派遣北屯分隊救護車 2 輛。", "W", alt="K")
    s.add("f02", "119", "rescue", None, P["中清環中"], "02:18", 1, "駕駛受困車內，加派北屯分隊救助器材車，攜帶破壞器材。", "W", alt="K")
    s.add("p05", "incident", "road_closure", "Moderate", P["中清環中"], "02:30", 4, "環中路往中清路方向內側兩車道封閉，事故處理中。", "W", follows="p03", alt="K")
    s.add("f03", "119", "rescue", None, P["中清環中"], "02:35", 2, "受困駕駛已救出，與計程車司機分送澄清醫院、中國醫藥大學附設醫院。", "W", follows="f02", alt="K")
    s.rule("r02", "SN-VD-HUANZHONG-03", "congestion", "02:40", 1, "環中路車輛偵測器3 平均車速 15 km/h，占有率 35%，車流壅塞", "W", alt="K")
    s.add("p11", "incident", "stalled_vehicle", "Minor", (120.6462, 24.1950), "02:45", 6, "環中路二段故障車已拖離。", "S", follows="p10")
    s.add("p04", "incident", "injury_accident", "Severe", P["中清環中"], "02:50", 8, "逆向車駕駛酒測值 0.82 mg/L，依公共危險罪移送；現場清理中，預計 03:20 恢復通行。", "W", follows="p03", alt="K")
    s.background(4, "01:45", "03:00", BG_NIGHT)
    s.alternative("The collision at 中清路 can be read as a separate job (crash scene, rescue, closure) from the wrong-way pursuit, which ends there.",
                  [("W", "traffic", "環中路逆向酒駕車（追蹤至中清路口為止）", "p01"),
                   ("K", "traffic", "中清路／環中路口逆向車與計程車對撞", "p03"),
                   ("S", "traffic", "環中路二段故障車", "p10")])
    s.notes.append("r01 is a VD oddity caused by the wrong-way car at 02:12 (one car, low occupancy): truth W, but null under the alternative (a reader may "
                   "refuse to count a 3 % occupancy reading as evidence). The wrong-way car passes S (130 m from camera 001) at about 02:13:30 without touching it; both are on camera 001.")
    return s


def s159():
    s = Sit(159, "quiet_sunday_morning", "2026-10-18",
            "週日清晨 05:30–08:30，沒有需要派遣的事件：例行 1999 陳情、火警總機設備故障、VD 短暫離線再連線、單次車速偏低、"
            "經貿七路號誌控制器重開機 95 秒後自行恢復。")
    s.add("s01", "signal", "fault", None, None, "06:12:05", 0.2, "號誌控制器回報故障：控制器重新啟動", None, sensor="SN-SIG-006", alt="Z")
    s.add("s02", "signal", "restored", None, None, "06:13:40", 0.2, "號誌恢復正常運作", None, sensor="SN-SIG-006", alt="Z")
    s.add("o01", "status", "offline", None, None, "06:40", 0.1, "設備離線（通訊中斷）", None, sensor="SN-VD-LIMING-01")
    s.rule("x01", "SN-VD-LIMING-01", "sensor_offline", "06:43:10", 0.2, "超過 3 分鐘未回傳資料，設備離線", None, sev="Minor")
    s.add("o02", "status", "online", None, None, "06:44:30", 0.1, "設備恢復連線", None, sensor="SN-VD-LIMING-01")
    s.rule("r01", "SN-VD-HUANZHONG-01", "congestion", "07:55", 1, "環中路車輛偵測器1 平均車速 24 km/h，占有率 30%（單一週期）", None, sev="Minor")
    s.add("q01", "1999", "noise", None, s.jitter(P["公園中"], 80), "05:48", 4, "民眾來電：一大早公園裡有人在打鼓練習，吵到睡不著。", None)
    s.add("q02", "1999", "other", None, s.jitter(P["公園北"], 80), "06:20", 7, "民眾來電：公園草皮灑水器壞掉一直噴水到步道。", None)
    s.add("p01", "incident", "theft", "Minor", P["轉運中心"], "07:10", 12, "民眾報案：轉運中心自行車停車場腳踏車昨晚遭竊，受理中。", None)
    s.add("q03", "1999", "road_damage", None, s.jitter(P["黎明路西"], 60), "07:35", 9, "民眾來電：黎明路三段柏油路面裂開隆起，騎車會跳。", None)
    s.add("q04", "1999", "streetlight", None, s.jitter(P["中科路中段"], 60), "05:35", 5, "民眾來電：中科路二段路燈編號 中科-112 早上還沒熄。", None)
    s.add("a01", "fire_alarm", "fault", None, None, "06:55", 0.1, "受信總機 設備故障：定期自我測試異常（蓄電池）", None, sensor="SN-FA-006")
    s.add("q05", "1999", "fallen_tree", None, s.jitter(P["公園南"], 60), "08:05", 6, "民眾來電：公園步道旁一根大樹枝斷掉掛在樹上，怕會掉下來。", None)
    s.add("k01", "parking", "full", None, None, "08:20", 0.5, "中央公園地下停車場(北) 機車位已滿（剩餘 0/300）", None, sensor="SN-PK-004")
    s.background(8, "05:30", "08:30", BG_DAY)
    s.alternative("A signal controller reporting a fault, even for 95 s, could be opened as a traffic job and closed at once on the restore.",
                  [("Z", "traffic", "經貿路二段／經貿七路號誌控制器重開機（95 秒）", "s01")])
    s.notes.append("No incident under the main reading. Convention: routine 1999 cases handled in the owning bureau's normal queue "
                   "(streetlight, pothole, noise, parking, trees on paths), panel faults, device blips and one-cycle slow-downs are background.")
    return s


def s160():
    s = Sit(160, "typhoon_night_floods", "2026-08-31",
            "颱風夜 22:00–03:00，西屯、北屯雨量站陸續達大雨、豪雨、大豪雨；中清環中地下道、臺灣大道環中地下道、黎明凱旋路口低窪處先後淹水，"
            "筏子溪、旱溪水位達警戒；中科路路樹倒塌；經貿路一帶饋線停電造成兩處號誌黑燈。")
    s.inc("U1", "flood", "中清路／環中路口地下道淹水逾 30 cm，車輛受困 1 人救出，地下道封閉", "r11")
    s.inc("U2", "flood", "臺灣大道／環中路口地下道淹水，地下道封閉", "r21")
    s.inc("U3", "flood", "黎明路三段／凱旋路口低窪處積水", "r32")
    s.inc("R1", "flood", "筏子溪西屯水位站達三級、二級警戒", "w11")
    s.inc("R2", "flood", "旱溪北屯水位站達三級警戒", "w21")
    s.inc("T", "traffic", "中科路二段路樹倒塌橫躺兩線車道", "q41")
    s.inc("D", "traffic", "經貿路一帶饋線停電，經貿七路口與黎明路口號誌黑燈", "s51")
    rains = [("C0F9T0", "22:10", "大雨", "西屯雨量站 時雨量 42.0 mm，達大雨標準"),
             ("SN-RG-001", "22:20", "大雨", "中央公園雨量站 時雨量 45.5 mm，達大雨標準"),
             ("SN-RG-002", "22:30", "大雨", "水湳轉運中心雨量站 時雨量 41.5 mm，達大雨標準"),
             ("SN-RG-003", "22:40", "大雨", "北屯雨量站 時雨量 48.0 mm，達大雨標準"),
             ("C0F9T0", "23:40", "豪雨", "西屯雨量站 3 小時累積雨量 112.5 mm，達豪雨標準"),
             ("SN-RG-001", "23:50", "豪雨", "中央公園雨量站 3 小時累積雨量 118.0 mm，達豪雨標準"),
             ("SN-RG-002", "24:10", "豪雨", "水湳轉運中心雨量站 3 小時累積雨量 104.0 mm，達豪雨標準"),
             ("SN-RG-001", "25:30", "大豪雨", "中央公園雨量站 24 小時累積雨量 356.5 mm，達大豪雨標準")]
    for i, (sid, t, lv, tx) in enumerate(rains):
        s.rule(f"rain{i + 1}", sid, "heavy_rain", t, 1, tx, None, level=lv)
    # U1
    s.rule("r10", "SN-FL-006", "flood_depth", "23:05", 1, "中清環中路口地下道 淹水深度 8 cm", "U1", level="1-15")
    s.rule("r11", "SN-FL-006", "flood_depth", "23:25", 1, "中清環中路口地下道 淹水深度 24 cm", "U1", level="16-30")
    s.rule("r12", "SN-VD-ZHONGQING-01", "congestion", "23:30", 1, "中清路車輛偵測器1 平均車速 9 km/h，占有率 48%，車流壅塞", "U1")
    s.add("q11", "1999", "flooding", None, s.jitter(P["中清環中"], 60), "23:35", 9, "民眾來電：中清路地下道積水很深，有車子開進去熄火了。", "U1")
    s.add("c11", "cctv", "stalled_vehicle", None, None, "23:40", 0.5, "影像分析：地下道入口車輛停滯", "U1", sensor="SN-CCTV-008", conf=0.69)
    s.rule("r13", "SN-FL-006", "flood_depth", "23:45", 1, "中清環中路口地下道 淹水深度 41 cm", "U1", level=">30")
    s.add("p11", "incident", "flooding_report", "Severe", P["中清環中"], "23:50", 3, "中清路環中路口地下道積水逾 40 公分，即刻封閉地下道，車輛改行平面道路。", "U1")
    s.add("f11", "119", "rescue", None, P["中清環中"], "24:05", 1, "受理報案：中清路地下道內自小客車受困 1 人。派遣北屯分隊救助器材車、橡皮艇。", "U1")
    s.add("p12", "incident", "road_closure", "Severe", P["中清環中"], "23:55", 4, "中清路地下道雙向封閉，派員於兩端管制。", "U1", follows="p11")
    s.add("f12", "119", "rescue", None, P["中清環中"], "24:25", 2, "受困民眾 1 人已救出，無受傷。", "U1", follows="f11")
    s.rule("r14", "SN-FL-006", "flood_depth", "26:10", 1, "中清環中路口地下道 淹水深度 18 cm（退水中）", "U1", level="16-30")
    s.add("p13", "incident", "road_closure", "Minor", P["中清環中"], "26:40", 10, "中清路地下道積水已抽除，02:40 開放通行。", "U1", follows="p12")
    # U2
    s.rule("r20", "SN-FL-010", "flood_depth", "23:20", 1, "臺灣大道環中路口地下道 淹水深度 11 cm", "U2", level="1-15")
    s.rule("r21", "SN-FL-010", "flood_depth", "23:50", 1, "臺灣大道環中路口地下道 淹水深度 27 cm", "U2", level="16-30")
    s.rule("r22", "SN-FL-010", "flood_depth", "24:20", 1, "臺灣大道環中路口地下道 淹水深度 38 cm", "U2", level=">30")
    s.add("c21", "cctv", "stalled_vehicle", None, None, "24:30", 0.5, "影像分析：地下道入口車輛停滯", "U2", sensor="SN-CCTV-009", conf=0.61)
    s.add("p21", "incident", "flooding_report", "Severe", P["臺灣大道環中"], "24:35", 4, "臺灣大道環中路口地下道積水，封閉地下道，車輛改行平面。", "U2")
    s.add("q21", "1999", "flooding", None, s.jitter(P["臺灣大道環中"], 80), "24:40", 12, "民眾來電：臺灣大道環中路地下道淹水，請趕快封起來。", "U2")
    # U3
    s.rule("r31", "SN-FL-009", "flood_depth", "24:10", 1, "黎明路凱旋路口低窪處 淹水深度 13 cm", "U3", level="1-15")
    s.rule("r32", "SN-FL-009", "flood_depth", "24:40", 1, "黎明路凱旋路口低窪處 淹水深度 21 cm", "U3", level="16-30")
    s.add("c31", "cctv", "stalled_vehicle", None, None, "24:45", 0.5, "影像分析：路口車輛停滯", "U3", sensor="SN-CCTV-007", conf=0.50)
    s.add("q31", "1999", "flooding", None, s.jitter(P["黎明凱旋"], 60), "24:50", 10, "民眾來電：黎明路凱旋路口積水，機車過不去，水溝在冒水。", "U3")
    # rivers
    s.rule("w11", "SN-WL-004", "water_level", "24:30", 1, "筏子溪西屯水位 97.25 m，達三級警戒", "R1", level="3")
    s.rule("w21", "SN-WL-005", "water_level", "25:00", 1, "旱溪北屯水位 111.16 m，達三級警戒", "R2", level="3")
    s.rule("w12", "SN-WL-004", "water_level", "25:20", 1, "筏子溪西屯水位 97.94 m，達二級警戒", "R1", level="2")
    # tree
    s.add("q41", "1999", "fallen_tree", None, s.jitter(P["中科路中段"], 40), "24:15", 6, "民眾來電：中科路二段路樹倒下來，橫躺在兩線車道上，車子要繞對向。", "T")
    s.add("p41", "incident", "fallen_object", "Severe", P["中科路中段"], "24:20", 4, "中科路二段路樹倒塌阻斷往北兩線車道，擺放警示，通知建設局搶修。", "T")
    s.add("p42", "incident", "fallen_object", "Minor", P["中科路中段"], "25:40", 8, "中科路二段倒樹已由建設局移除，恢復通行。", "T", follows="p41")
    # signals
    s.add("s51", "signal", "fault", None, None, "24:50:10", 0.2, "號誌控制器回報故障：市電中斷，燈號全黑", "D", sensor="SN-SIG-006")
    s.add("s52", "signal", "fault", None, None, "24:50:25", 0.2, "號誌控制器回報故障：市電中斷，燈號全黑", "D", sensor="SN-SIG-005", alt="D2")
    s.add("c51", "cctv", "signal_dark", None, None, "24:51", 0.5, "影像分析：路口號誌未亮燈", "D", sensor="SN-CCTV-006", conf=0.77)
    s.add("q51", "1999", "other", None, s.jitter(P["營運塔"], 120), "24:55", 8, "民眾來電：經貿路這一帶整片停電，家裡跟路上都黑了。", "D", alt=None)
    s.add("q52", "1999", "traffic_signal", None, s.jitter(P["經貿七路"], 40), "25:05", 7, "民眾來電：經貿路經貿七路口紅綠燈不亮，颱風天很危險。", "D")
    s.add("s53", "signal", "restored", None, None, "26:30", 0.2, "號誌恢復正常運作（市電恢復）", "D", sensor="SN-SIG-006")
    s.add("s54", "signal", "restored", None, None, "26:30:20", 0.2, "號誌恢復正常運作（市電恢復）", "D", sensor="SN-SIG-005", alt="D2")
    s.background(3, "22:00", "27:00", BG_NIGHT)
    s.alternative("The two dark signals 380 m apart can be two repair jobs (two intersections, two crews) rather than one power-outage job; "
                  "the citizen's power-cut call then belongs to no traffic job (the outage itself is 台電's).",
                  [("U1", "flood", "中清環中地下道淹水", "r11"), ("U2", "flood", "臺灣大道環中地下道淹水", "r21"),
                   ("U3", "flood", "黎明凱旋低窪處積水", "r32"), ("R1", "flood", "筏子溪水位警戒", "w11"),
                   ("R2", "flood", "旱溪水位警戒", "w21"), ("T", "traffic", "中科路路樹倒塌", "q41"),
                   ("D", "traffic", "經貿七路口號誌黑燈", "s51"), ("D2", "traffic", "經貿路黎明路口號誌黑燈", "s52")])
    s.notes.append("Rain alarms are area-wide context on a typhoon night: null (convention, no job of their own). Each underpass and low point is "
                   "opened at its 16-30 cm band (a coordinator closes an underpass at about 20 cm); U1-U3 stay separate (different crews, 1-3 km apart).")
    return s


def s161():
    s = Sit(161, "exhibition_hall_b_fire_evacuation", "2026-11-07",
            "週六會展中心大型展覽（09:00–18:00，預估 3 萬人次）。11:32 B 棟 1 樓餐飲攤位油鍋起火，煙飄入相連的 A 棟，B 棟廣播疏散，"
            "疏散人潮湧上經貿路黎明路口；現場以滅火器撲滅。2.5 km 外臺灣大道環中路口號誌故障為無關事件。")
    s.inc("E", "crowd", "會展中心大型展覽的人潮與交通", "e01")
    s.inc("F", "fire", "會展中心 B 棟 1 樓餐飲攤位油鍋起火及 B 棟疏散", "a01")
    s.inc("S", "traffic", "臺灣大道／環中路口號誌故障", "s01")
    s.add("e01", "planned_event", "exhibition", None, (120.655, 24.1944), "09:00", 0, "核准：臺中國際會展中心 A、B 棟國際食品暨文創展，09:00–18:00，預估 30,000 人次；範圍會展中心周邊半徑 400 公尺。", "E", ends="18:00", arr="-120:00")
    s.add("k01", "parking", "full", None, None, "10:20", 0.5, "臺中國際會展中心停車場 汽車位已滿（剩餘 0/800）", "E", sensor="SN-PK-006")
    s.add("c01", "cctv", "crowding", None, None, "10:30", 0.5, "影像分析：人群聚集（移動中）", "E", sensor="SN-CCTV-005", conf=0.72)
    s.rule("r01", "SN-VD-JINGMAO-01", "congestion", "10:35", 1, "經貿路車輛偵測器1 平均車速 13 km/h，占有率 59%，車流壅塞", "E")
    s.add("k02", "parking", "full", None, None, "10:40", 0.5, "水湳轉運中心停車場 汽車位已滿（剩餘 0/614）", "E", sensor="SN-PK-001")
    s.add("k03", "parking", "full", None, None, "10:44", 0.5, "經貿六停車場 汽車位已滿（剩餘 0/220）", "E", sensor="SN-PK-002")
    s.rule("r02", "SN-VD-LIMING-01", "congestion", "10:45", 1, "黎明路車輛偵測器1 平均車速 15 km/h，占有率 55%，車流壅塞", "E")
    s.add("s01", "signal", "fault", None, None, "10:50", 0.2, "號誌控制器回報故障：綠燈衝突偵測，轉為閃黃", "S", sensor="SN-SIG-009")
    s.add("p01", "incident", "crowd_control", "Moderate", P["經貿黎明"], "10:50", 3, "會展中心展覽人潮，經貿路二段黎明路口派員指揮行人穿越。", "E")
    s.add("q01", "1999", "illegal_parking", None, s.jitter(P["經貿黎明"], 100), "11:00", 8, "民眾來電：經貿路二段兩側違停很多，都是去看展覽的。", "E")
    s.add("p02", "incident", "traffic_signal_fault", "Moderate", P["臺灣大道環中"], "11:02", 4, "臺灣大道環中路口號誌閃黃，派員指揮交通。", "S")
    s.add("a01", "fire_alarm", "alarm", None, None, "11:32:10", 0.1, "火警受信總機：B棟 1F 第 4 區 偵煙式探測器動作（餐飲區）", "F", sensor="SN-FA-003")
    s.add("a02", "fire_alarm", "alarm", None, None, "11:33:00", 0.1, "火警受信總機：B棟 1F 第 5 區 偵煙式探測器動作", "F", sensor="SN-FA-003")
    s.add("f01", "119", "fire", None, P["會展B"], "11:34", 0.5, "受理報案：西屯區臺中國際會展中心 B 棟 1 樓餐飲攤位油鍋起火，現場人員以滅火器撲救，B 棟廣播疏散。派遣西屯分隊、北屯分隊水箱車 3 輛、救護車 1 輛。", "F")
    s.add("a03", "fire_alarm", "alarm", None, None, "11:34:30", 0.1, "火警受信總機：A棟 1F 連通廊 偵煙式探測器動作", "F", sensor="SN-FA-002")
    s.add("q02", "1999", "fire_smoke", None, s.jitter(P["會展B"], 60), "11:36", 6, "民眾來電：會展中心 B 棟冒白煙，裡面的人都在往外跑。", "F")
    s.add("p03", "incident", "fire_report", "Moderate", P["會展B"], "11:38", 3, "會展中心 B 棟餐飲區火警，員警協助疏散並管制經貿路二段。", "F")
    s.add("c02", "cctv", "crowding", None, None, "11:40", 0.5, "影像分析：人群聚集（移動中），大量人潮湧入路口", "F", sensor="SN-CCTV-005", conf=0.90, alt="E")
    s.add("f02", "119", "fire", None, P["會展B"], "11:45", 1, "消防人員到場，火勢已由現場人員撲滅，排煙中，無人受困。", "F", follows="f01")
    s.add("q03", "1999", "crowding", None, s.jitter(P["經貿黎明"], 60), "11:45", 7, "民眾來電：會展中心外面人擠人，疏散的人都站到馬路上了。", "F", alt="E")
    s.add("f03", "119", "ambulance", None, P["會展B"], "11:50", 1, "會展中心 B 棟疏散時 1 名長者跌倒頭部擦傷，救護車送醫。", "F")
    s.add("s02", "signal", "restored", None, None, "11:25", 0.2, "號誌恢復正常運作", "S", sensor="SN-SIG-009")
    s.add("a04", "fire_alarm", "normal", None, None, "12:05", 0.1, "火警受信總機復歸", "F", sensor="SN-FA-002")
    s.add("a05", "fire_alarm", "normal", None, None, "12:25", 0.1, "火警受信總機復歸", "F", sensor="SN-FA-003")
    s.add("f04", "119", "fire", None, P["會展B"], "12:30", 2, "B 棟排煙完成，經消防人員檢查後恢復開放。", "F", follows="f01")
    s.add("c03", "cctv", "crowding", None, None, "12:40", 0.5, "影像分析：人群聚集（移動中）", "E", sensor="SN-CCTV-005", conf=0.68)
    s.background(5, "10:00", "13:00", BG_DAY)
    s.alternative("The evacuees on the street are the exhibition's crowd; crowd handling stays with the event command, and the fire job is the hall itself.",
                  [("E", "crowd", "會展中心展覽人潮（含 B 棟疏散人潮）", "e01"), ("F", "fire", "會展中心 B 棟餐飲攤位油鍋起火", "a01"),
                   ("S", "traffic", "臺灣大道環中路口號誌故障", "s01")])
    s.notes.append("The A-hall panel (a03) alarms from smoke drifting through the connecting corridor: same fire.")
    return s


def s162():
    s = Sit(162, "vocab_gaps_watermain_gas_missing_child", "2026-12-01",
            "晴天平日下午：14:03 中科路二段自來水管破裂湧水、路面下陷，水流入中央公園滯洪池 3，附近社區停水；"
            "15:08 河南路二段施工挖破天然氣管（瓦斯外洩）；15:28 中央公園 5 歲男童走失。三者詞彙表都說不好（見 vocabulary_needed_151-162.md）。")
    s.inc("W", "infrastructure", "中科路二段自來水管線破裂：路面湧水、下陷、封閉外側車道、附近停水", "p01")
    s.inc("H", "hazmat", "河南路二段施工挖破中壓天然氣管，瓦斯外洩，疏散店家", "f21")
    s.inc("M", "rescue", "中央公園 5 歲男童走失協尋（16:05 尋獲）", "q31")
    s.add("q01", "1999", "other", None, s.jitter(P["中科路南段"], 40), "14:05", 6, "民眾來電：中科路二段路面一直冒水出來，好像自來水管破了，路面積水一大片。", "W")
    s.add("q02", "1999", "flooding", None, s.jitter(P["中科路南段"], 60), "14:12", 8, "民眾來電：今天沒下雨，中科路卻淹水，水還一直往公園流。", "W")
    s.add("p01", "incident", "road_closure", "Moderate", P["中科路南段"], "14:25", 3, "中科路二段自來水管線破裂，路面湧水，封閉往南外側車道，已通知台水第四區管理處搶修。", "W")
    s.add("q03", "1999", "other", None, s.jitter(P["生態B"], 100), "14:30", 10, "民眾來電：家裡水龍頭突然沒水，社區也沒有公告。", "W", alt=None)
    s.rule("r01", "SN-VD-ZHONGKE-01", "congestion", "14:35", 1, "中科路車輛偵測器1 平均車速 16 km/h，占有率 50%，車流壅塞", "W")
    s.add("q04", "1999", "road_damage", None, s.jitter(P["中科路南段"], 30), "14:40", 7, "民眾來電：中科路冒水的地方路面下陷一個洞，大概一公尺寬。", "W")
    s.rule("r02", "SN-FL-003", "flood_depth", "14:50", 1, "中央公園滯洪池3 淹水深度 7 cm", "W", level="1-15")
    s.add("p02", "incident", "road_collapse", "Moderate", P["中科路南段"], "14:55", 4, "中科路二段路面坍陷約 1 公尺，已圍設警示，封閉範圍擴大至內側車道。", "W", follows="p01")
    # gas
    s.add("q21", "1999", "other", None, s.jitter(P["河南低窪"], 60), "15:08", 6, "民眾來電：河南路二段附近聞到很濃的瓦斯味，路邊有工程在挖。", "H")
    s.add("f21", "119", "hazmat", None, P["河南低窪"], "15:12", 1, "受理報案：西屯區河南路二段疑似瓦斯外洩。派遣西屯分隊水箱車 1 輛、化學車 1 輛，通知欣林天然氣搶修。", "H")
    s.add("q22", "1999", "other", None, s.jitter(P["河南低窪"], 100), "15:15", 8, "民眾來電：河南路店裡都是瓦斯味，要不要先出去？", "H")
    s.add("p21", "incident", "road_closure", "Moderate", P["河南低窪"], "15:25", 3, "河南路二段瓦斯外洩，封閉中平路至公園南口路段，疏散周邊店家。", "H")
    s.add("f22", "119", "hazmat", None, P["河南低窪"], "15:50", 2, "確認為施工挖破中壓天然氣管，已關閉上游閥門，持續偵測。", "H", follows="f21")
    s.add("f23", "119", "hazmat", None, P["河南低窪"], "16:20", 2, "偵測無殘留氣體，解除管制，施工單位依法查處。", "H", follows="f21")
    s.add("p22", "incident", "road_closure", "Minor", P["河南低窪"], "16:25", 5, "河南路二段解除封閉，恢復通行。", "H", follows="p21")
    # missing child
    s.add("q31", "1999", "other", None, s.jitter(P["公園中"], 60), "15:30", 4, "民眾來電：小孩在中央公園走失，5 歲男童，穿黃色上衣、藍色短褲。", "M")
    s.add("p31", "incident", "other", "Moderate", P["公園中"], "15:34", 3, "中央公園 5 歲男童走失，家長報案，調閱公園監視器並廣播協尋。", "M")
    s.add("p32", "incident", "other", "Minor", P["公園北"], "16:05", 4, "走失男童已於公園北側遊戲場尋獲，交還家屬。", "M", follows="p31")
    s.add("p03", "incident", "road_closure", "Minor", P["中科路南段"], "16:40", 6, "台水搶修完成並回填路面，中科路二段恢復通行。", "W", follows="p01")
    s.add("q05", "1999", "other", None, s.jitter(P["生態B"], 100), "16:45", 9, "案件更新：台水公司表示管線修復，17:00 前恢復供水。", "W", follows="q03", alt=None)
    s.background(5, "14:00", "17:00", BG_DAY)
    s.alternative("The water outage calls name no place on the road and no vocabulary word; a reader may keep them as separate 台水 customer "
                  "cases, outside the operations job.",
                  [("W", "infrastructure", "中科路二段自來水管線破裂", "p01"), ("H", "hazmat", "河南路二段瓦斯外洩", "f21"),
                   ("M", "rescue", "中央公園男童走失", "q31")])
    s.notes.append("The flood sensor in pond 3 (r02) fires on a dry day: the water is from the main, so it belongs to W, not to a flood.")
    return s


if __name__ == "__main__":
    for f in (s157, s158, s159, s160, s161, s162):
        print(*f().write())
