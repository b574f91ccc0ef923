"""Situations 1291-1296."""
from lib import Sit, inc, PLACES, write_readme  # noqa


def s1291():
    s = Sit(1291, "jingmao_flood_two_bands", "2026-06-14")
    t = s.t
    s.rain("r1", "SN-RG-001", "大雨", t("13:40"), "中央公園雨量站 時雨量 46 毫米，達大雨標準", None)
    s.flood("fl1", "SN-FL-008", "1-15", t("14:05"), 9, "A")
    s.c1999("c1", "flooding", t("14:12"), s.near("jingmao_low", 80), "經貿路靠近生態住宅這段水淹到腳踝，水溝排不掉，機車騎過去會噴水", "A", arr=t("14:41"))
    s.c1999("c2", "illegal_parking", t("14:20"), s.near("hub", 70), "轉運中心門口紅線一直有車違停，公車進不去", None)
    s.flood("fl2", "SN-FL-008", "16-30", t("14:35"), 21, "A")
    s.wl("w1", "SN-WL-003", "3", t("14:40"), 1.46, "A")
    s.police("p1", "flooding_report", "Moderate", t("14:50"), s.near("jingmao_low", 40), "經貿路二段低窪路段積水約20公分，多輛機車熄火，已派員現場管制", "A")
    s.c1999("c3", "blocked_drain", t("15:05"), s.near("jingmao_low", 120), "經貿路水溝蓋被落葉和垃圾塞住，水都退不下去", "A")
    s.police("p2", "accident", "Minor", t("15:30"), s.near("zhongping_mid", 30), "中平路近經貿路口兩部自小客車擦撞，無人受傷，雙方自行和解中", "B")
    s.c1999("c4", "traffic_accident", t("15:33"), s.near("zhongping_mid", 60), "中平路有兩台車撞在一起停在內線，後面車子要繞", "B")
    s.dup("p2", 95)
    s.c1999("c5", "fallen_tree", t("16:02"), s.near("kaixuan_mid", 60), "凱旋路人行道旁的樹被風吹倒一半，樹枝壓到機車道", "C")
    s.police("p3", "fallen_object", "Moderate", t("16:15"), s.near("kaixuan_mid", 30), "凱旋路路樹傾倒佔用外側車道，通知養工處派員清除", "C")
    s.police("p4", "flooding_report", "Minor", t("16:20"), s.near("jingmao_low", 40), "經貿路二段積水已退，恢復通行，警力撤離", "A", follows="p1")
    s.sensor("sg1", "signal", "SN-SIG-007", "fault", t("18:00"), "號誌控制器通訊異常", None)
    s.sensor("sg2", "signal", "SN-SIG-007", "restored", t("18:02"), "號誌控制器恢復正常", None)
    s.rain("r2", "C0F9T0", "豪雨", t("18:30"), "西屯站 3小時累積雨量 104 毫米，達豪雨標準", None)
    s.sensor("pk1", "parking", "SN-PK-006", "full", t("18:40"), "臺中國際會展中心停車場 汽車位已滿", None)
    s.flood("fl3", "SN-FL-008", "1-15", t("19:05"), 12, "A", alt="A2")
    s.flood("fl4", "SN-FL-008", ">30", t("19:40"), 34, "A", alt="A2")
    s.wl("w2", "SN-WL-003", "2", t("19:45"), 1.83, "A", alt="A2")
    s.c1999("c6", "flooding", t("19:50"), s.near("jingmao_low", 90), "又淹了！下午才退，現在比下午還深，汽車都開不過去", "A", alt="A2")
    s.sensor("vd1", "rule", "SN-VD-JINGMAO-02", "congestion", t("19:52"), "經貿路車輛偵測器2 平均車速降至 11 km/h", "A", sev="Moderate", alt="A2")
    s.police("p5", "stalled_vehicle", "Severe", t("20:05"), s.near("jingmao_low", 30), "經貿路低窪處一輛自小客車涉水熄火，駕駛受困車內，請求消防支援", "A", alt="A2", follows="p1")
    s.f119("f1", "rescue", t("20:08"), s.near("jingmao_low", 30), "西屯區經貿路二段 車輛受困積水 1人", "A", alt="A2")
    s.dup("f1", 40)
    s.f119("f1b", "rescue", t("20:21"), (s.keys["f1"]["lon"], s.keys["f1"]["lat"]), "救援人車到場，受困駕駛已脫困", "A", alt="A2", status="on_scene", follows="f1")
    s.police("p6", "road_closure", "Moderate", t("20:15"), s.near("jingmao_low", 60), "經貿路二段（中平路至經貿七路間）因積水封閉，車輛請改道中科路", "A", alt="A2")
    s.c1999("c7", "noise", t("21:30"), s.near("eco_a", 80), "樓下有人在唱KTV很大聲", None)
    s.write(
        "A June plum-rain Saturday: the 經貿路 low point floods with the first rain band, recedes and the road is reopened, then floods deeper with the evening band; a driver is trapped. A fender-bender on 中平路 and a fallen tree on 凱旋路 happen between the bands.",
        [inc("A", "flood", "經貿路二段低窪處積水 14:05-16:20 退水，19:05 再淹至 30 公分以上，20:05 車輛受困、20:15 封路", "p1"),
         inc("B", "traffic", "中平路近經貿路口 15:30 兩車擦撞", "p2"),
         inc("C", "traffic", "凱旋路路樹傾倒佔用車道 16:02", "p3")],
        {"why": "The police reopened the road at 16:20 and left; the evening rise is a new dispatch with a rescue, which some coordinators open as a new incident A2.",
         "incidents": [inc("A", "flood", "經貿路低窪積水（午後第一波）", "p1"), inc("A2", "flood", "經貿路低窪再度積水、車輛受困（晚間第二波）", "fl4"),
                       inc("B", "traffic", "中平路擦撞", "p2"), inc("C", "traffic", "凱旋路路樹傾倒", "p3")]},
        {"when": "2026-06-14 (Sat), 13:40-21:30 local",
         "background": "two rain-class alerts (regional, no job), a signal comms blip restored in two minutes, a full car park, an illegal-parking and a karaoke noise call; the first flood call arrived 29 min late; the police report p2 and 119 case f1 are delivered twice."})


def s1292():
    s = Sit(1292, "eco_b_fire_rekindle", "2026-01-20")
    t = s.t
    s.c1999("n1", "noise", t("01:55"), s.near("eco_a", 60), "隔壁棟有人在陽台喝酒聊天很吵", None)
    s.sensor("fa1", "fire_alarm", "SN-FA-012", "alarm", t("02:11"), "B區集合住宅 7F 偵煙探測器動作", "A")
    s.c1999("c1", "fire_smoke", t("02:13"), s.near("eco_b", 50), "B區7樓有黑煙從陽台冒出來，還有燒焦味", "A", arr=t("02:50"))
    s.f119("f1", "fire", t("02:14"), s.near("eco_b", 15), "西屯區 水湳生態住宅B區 7樓住宅火警，派遣水箱車3、雲梯車1、救護車1", "A")
    s.dup("f1", 30)
    s.f119("f1b", "fire", t("02:22"), (s.keys["f1"]["lon"], s.keys["f1"]["lat"]), "第一梯次到場，7樓一戶客廳起火，進行搜救與佈線", "A", status="on_scene", follows="f1")
    s.police("p1", "fire_report", "Severe", t("02:25"), s.near("eco_b", 40), "水湳生態住宅B區7樓火警，協助疏散住戶及交通管制", "A")
    s.police("p2", "road_closure", "Moderate", t("02:30"), s.near("eco_b", 90), "經貿路B區前消防車停放，外側車道管制", "A")
    s.f119("f2", "ambulance", t("02:40"), s.near("eco_b", 20), "住戶1人吸入濃煙，意識清楚，送中國醫藥大學附設醫院", "A")
    s.f119("b1", "ambulance", t("03:10"), s.near("cmu", 60), "中國醫藥大學水湳校區宿舍 學生劇烈腹痛", "B")
    s.f119("f1c", "fire", t("03:50"), (s.keys["f1"]["lon"], s.keys["f1"]["lat"]), "火勢撲滅，殘火處理完畢，人車返隊", "A", status="returning", follows="f1")
    s.sensor("fa2", "fire_alarm", "SN-FA-012", "normal", t("04:05"), "B區集合住宅 受信總機復歸", "A")
    s.sensor("fa3", "fire_alarm", "SN-FA-004", "fault", t("04:30"), "臺中綠美圖 第3迴路斷線", None)
    s.sensor("fa4", "fire_alarm", "SN-FA-004", "normal", t("04:52"), "臺中綠美圖 迴路恢復", None)
    s.police("c1p", "accident", "Minor", t("05:30"), s.near("jingmao_zhongping", 30), "經貿路中平路口自小客車自撞分隔島，駕駛輕微擦傷拒送醫", "C")
    s.sensor("cc1", "cctv", "SN-CCTV-011", "stalled_vehicle", t("05:28"), "路口車輛靜止超過 3 分鐘", "C", confidence=0.86)
    s.sensor("fa5", "fire_alarm", "SN-FA-012", "alarm", t("06:38"), "B區集合住宅 7F 偵煙探測器動作", "A", alt="A2")
    s.c1999("c2", "fire_smoke", t("06:41"), s.near("eco_b", 50), "同一戶又冒煙了！半夜才燒過，現在窗戶又有火光", "A", alt="A2")
    s.f119("f3", "fire", t("06:43"), s.near("eco_b", 15), "西屯區 水湳生態住宅B區 7樓 疑似復燃，派遣水箱車2", "A", alt="A2")
    s.sensor("cc2", "cctv", "SN-CCTV-006", "smoke", t("06:50"), "畫面疑似煙霧", None, confidence=0.41)
    s.f119("f3b", "fire", t("06:52"), (s.keys["f3"]["lon"], s.keys["f3"]["lat"]), "到場，天花板夾層悶燒復燃，已控制", "A", alt="A2", status="on_scene", follows="f3")
    s.police("p3", "fire_report", "Moderate", t("07:00"), s.near("eco_b", 40), "B區7樓同一戶復燃，再度管制經貿路外側車道", "A", alt="A2", follows="p1")
    s.c1999("c3", "streetlight", t("07:30"), s.near("museum", 80), "綠美圖旁邊路燈白天一直亮著", None)
    s.f119("f3c", "fire", t("08:10"), (s.keys["f3"]["lon"], s.keys["f3"]["lat"]), "殘火處理完畢，留守1車監控至火調完成", "A", alt="A2", status="closed", follows="f3")
    s.sensor("fa6", "fire_alarm", "SN-FA-012", "normal", t("08:20"), "B區集合住宅 受信總機復歸", "A", alt="A2")
    s.write(
        "A night flat fire in eco-residential block B is put out and the crews leave; at dawn it rekindles in the ceiling void of the same flat and a second 119 case is opened. Between, a student's ambulance at the CMU campus and a single-car crash at 經貿路/中平路.",
        [inc("A", "fire", "生態住宅B區7樓住宅火警 02:11，03:50 撲滅返隊，06:38 同一戶復燃，08:10 處理完畢", "f1"),
         inc("B", "rescue", "中國醫藥大學水湳校區宿舍學生腹痛 03:10", "b1"),
         inc("C", "traffic", "經貿路中平路口自小客車自撞分隔島 05:30", "c1p")],
        {"why": "The rekindle came 2.5 h after the crews left and got its own 119 case; a coordinator may open it as a new job A2 (the primary reading keeps it with the fire it belongs to: same flat, same cause, and it counts as the same fire in the bureau's records).",
         "incidents": [inc("A", "fire", "生態住宅B區7樓火警（夜間）", "f1"), inc("A2", "fire", "同一戶復燃（清晨）", "fa5"),
                       inc("B", "rescue", "宿舍學生腹痛", "b1"), inc("C", "traffic", "自撞分隔島", "c1p")]},
        {"when": "2026-01-20 (Tue), 01:55-08:20 local",
         "background": "a balcony noise call, a fire-panel loop fault and its recovery at 綠美圖, a low-confidence smoke detection by the 經貿七路 camera 1.2 km away in dawn mist, a daytime streetlight call; the first smoke call arrived 37 min late; the CCTV stall was stamped before the police report; 119 case f1 is delivered twice."})


def s1293():
    s = Sit(1293, "kaixuan_works_three_days", "2026-03-09")
    t = s.t
    wpos = (120.6515, 24.1862)
    s.permit("pw", "road_works", t("09:00"), t("17:00", 2), wpos, 400, "凱旋路（黎明路至中科路段）管線汰換工程，3/9-3/11 每日 09:00-17:00 外側車道封閉，夜間鋪設鐵板", "A", arr=t("15:00", -3))
    s.sensor("pk1", "parking", "SN-PK-001", "full", t("08:00"), "水湳轉運中心停車場 汽車位已滿", None)
    s.sensor("vd1", "rule", "SN-VD-KAIXUAN-02", "congestion", t("09:35"), "凱旋路車輛偵測器2 平均車速降至 14 km/h", "A", sev="Moderate")
    s.police("p1", "injury_accident", "Moderate", t("11:20"), s.near(wpos, 60), "凱旋路施工路段機車閃避施工圍籬與自小客車擦撞，騎士手部擦傷", "B")
    s.f119("f1", "ambulance", t("11:23"), s.near(wpos, 60), "西屯區凱旋路 機車事故 1人手部擦傷", "B")
    s.dup("f1", 25)
    s.sensor("vd2", "rule", "SN-VD-KAIXUAN-02", "congestion", t("17:40"), "凱旋路車輛偵測器2 平均車速降至 9 km/h", "A", sev="Moderate")
    s.c1999("c1", "streetlight", t("19:00"), s.near("zhongke_mid", 80), "中科路公園旁邊有一盞路燈一直閃", None)
    s.c1999("c2", "road_damage", t("20:10"), s.near(wpos, 80), "凱旋路施工的鐵板沒固定好，車子壓過去碰碰很大聲，也怕機車滑倒", "A")
    s.c1999("c3", "noise", t("23:20"), s.near(wpos, 120), "凱旋路半夜還在施工打路面，吵到不能睡", "A", alt=None)
    s.sensor("vd3", "rule", "SN-VD-HUANZHONG-03", "congestion", t("08:20", 1), "環中路車輛偵測器3 平均車速降至 18 km/h", None, sev="Minor")
    s.sensor("vd4", "rule", "SN-VD-KAIXUAN-02", "congestion", t("08:10", 1), "凱旋路車輛偵測器2 平均車速降至 12 km/h", "A", sev="Moderate")
    s.police("d1", "theft", "Minor", t("10:00", 1), s.near("expo_a", 60), "會展中心停車場機車遭竊，車主報案", "D")
    s.c1999("c4", "illegal_parking", t("11:40", 1), s.near("music", 80), "流行影音中心旁邊人行道停滿機車", None)
    s.police("p2", "fallen_object", "Moderate", t("14:20", 1), s.near(wpos, 50), "凱旋路施工區交通錐及圍籬被風吹倒，佔用內側車道，已通知施工廠商", "A")
    s.police("p3", "accident", "Minor", t("17:55", 1), s.near(wpos, 70), "凱旋路施工縮減車道處兩車追撞，無人受傷", "C")
    s.c1999("c5", "traffic_accident", t("17:58", 1), s.near(wpos, 90), "凱旋路施工那邊有車子追撞，整條塞住", "C", arr=t("18:31", 1))
    s.sensor("vd5", "rule", "SN-VD-KAIXUAN-02", "congestion", t("18:02", 1), "凱旋路車輛偵測器2 平均車速降至 6 km/h", "C", sev="Severe", alt="A")
    s.dup("p3", 70)
    s.c1999("c6", "noise", t("22:50", 1), s.near(wpos, 100), "又來了，凱旋路晚上鋪鐵板一直鏗鏗鏘鏘", "A", alt=None)
    s.police("p4", "road_reopened", "Minor", t("17:20", 2), s.near(wpos, 40), "凱旋路管線工程完工，施工圍籬撤除，恢復通行", "A")
    s.write(
        "Three days of pipe works on 凱旋路 (permit 3/9-3/11, outer lane closed by day, steel plates at night): slow-downs each peak, a loose plate, night noise, a barrier blown into the lane; a motorcycle crash in the works zone on day 1 and a rear-end crash at the lane drop on day 2, each its own dispatch; a motorcycle theft at the convention centre car park.",
        [inc("A", "traffic", "凱旋路管線工程三日（許可、尖峰車速下降、鐵板鬆動、夜間噪音、圍籬倒入車道、完工恢復通行）", "pw"),
         inc("B", "traffic", "3/9 11:20 施工路段機車擦撞，騎士擦傷送醫", "p1"),
         inc("C", "traffic", "3/10 17:55 施工縮減車道處追撞，車流回堵", "p3"),
         inc("D", "public_safety", "3/10 會展中心停車場機車遭竊", "d1")],
        {"why": "Night-noise calls about works under permit may be read as no job for the center (the environmental bureau's, or the permit's terms); and the slow-down right after the day-2 crash may be read as the works' usual peak queue.",
         "incidents": [inc("A", "traffic", "凱旋路管線工程", "pw"), inc("B", "traffic", "施工路段機車擦撞", "p1"),
                       inc("C", "traffic", "施工縮減車道追撞", "p3"), inc("D", "public_safety", "停車場機車遭竊", "d1")]},
        {"when": "2026-03-09 (Mon) to 2026-03-11 (Wed), permit received 3/6",
         "background": "a full transit-hub car park, the normal morning queue on 環中路, a flickering streetlight and parked scooters; the day-2 crash call arrived 33 min late; 119 case f1 and police report p3 are delivered twice."})


def s1294():
    s = Sit(1294, "north_power_cut_cascade", "2026-07-22")
    t = s.t
    s.rain("r1", "SN-RG-002", "大雨", t("15:20"), "水湳轉運中心雨量站 時雨量 52 毫米，達大雨標準", None)
    for k, sid, m in (("sg1", "SN-SIG-004", "15:42"), ("sg2", "SN-SIG-005", "15:42:30"), ("sg3", "SN-SIG-008", "15:43")):
        s.sensor(k, "signal", sid, "fault", t(m), "號誌控制器電源中斷，燈號熄滅", "A", alt="S")
    s.sensor("cc1", "cctv", "SN-CCTV-005", "signal_dark", t("15:29"), "路口號誌燈未亮", "A", alt="S", confidence=0.92, arr=t("15:44:10"))
    s.sensor("st1", "status", "SN-PK-001", "offline", t("15:42"), "停車場管理系統離線", "A", reason="mains_power_lost")
    s.sensor("st2", "status", "SN-CCTV-004", "offline", t("15:42:20"), "攝影機離線", "A", reason="mains_power_lost")
    s.sensor("fa1", "fire_alarm", "SN-FA-001", "fault", t("15:43"), "主電源停電，預備電源供電中", "A")
    s.c1999("c1", "power_outage", t("15:48"), s.near("hub", 70), "轉運中心整棟停電，手扶梯都停了", "A")
    s.c1999("c2", "power_outage", t("15:52"), s.near("tower", 90), "營運塔這邊也停電，經貿路兩邊店家都沒電", "A")
    s.police("p1", "traffic_signal_fault", "Moderate", t("15:55"), s.near("jingmao_liming", 30), "經貿路黎明路口、經貿路環中路口號誌全暗，派員指揮交通", "A", alt="S")
    s.dup("p1", 50)
    s.flood("fl1", "SN-FL-006", "1-15", t("16:05"), 11, "B")
    s.police("c3p", "injury_accident", "Moderate", t("16:12"), s.near("jingmao_liming", 25), "經貿路黎明路口號誌停電，兩部自小客車於路口碰撞，1人頸部不適", "C")
    s.f119("f1", "ambulance", t("16:14"), s.near("jingmao_liming", 25), "西屯區經貿路黎明路口 車禍 1人頸部疼痛", "C")
    s.sensor("vd1", "rule", "SN-VD-JINGMAO-01", "congestion", t("16:20"), "經貿路車輛偵測器1 平均車速降至 8 km/h", "C", sev="Severe", alt="S")
    s.flood("fl2", "SN-FL-006", "16-30", t("16:25"), 24, "B")
    s.c1999("c4", "flooding", t("16:30"), s.near("zhongqing_huanzhong", 80), "中清路地下道抽水站好像沒在動，水越來越深，有車還在往下開", "B")
    s.sensor("cc2", "cctv", "SN-CCTV-002", "wrong_way", t("16:33"), "疑似逆向車輛", None, confidence=0.35)
    s.police("p2", "road_closure", "Severe", t("16:40"), s.near("zhongqing_huanzhong", 40), "中清環中路口地下道積水封閉，車輛改行平面道路", "B")
    s.flood("fl3", "SN-FL-006", ">30", t("16:50"), 38, "B")
    s.police("p3", "flooding_report", "Severe", t("16:55"), s.near("zhongqing_huanzhong", 40), "地下道抽水機因停電未運轉，積水約40公分，水利局調派移動式抽水機", "B", follows="p2")
    s.c1999("d1", "fallen_tree", t("17:20"), s.near("henan_pk", 60), "河南路停車場旁的行道樹被雷雨打斷，擋住出口", "D")
    s.c1999("c5", "noise", t("17:25"), s.near("eco_a", 60), "社區發電機很吵", None)
    for k, sid, m in (("sg4", "SN-SIG-004", "17:31"), ("sg5", "SN-SIG-005", "17:31:20"), ("sg6", "SN-SIG-008", "17:32")):
        s.sensor(k, "signal", sid, "restored", t(m), "號誌恢復供電，運作正常", "A", alt="S")
    s.sensor("st3", "status", "SN-PK-001", "online", t("17:33"), "停車場管理系統恢復連線", "A")
    s.sensor("fa2", "fire_alarm", "SN-FA-001", "normal", t("17:34"), "主電源恢復", "A")
    s.flood("fl4", "SN-FL-006", "1-15", t("17:50"), 8, "B")
    s.sensor("pk2", "parking", "SN-PK-006", "full", t("18:10"), "臺中國際會展中心停車場 汽車位已滿", None)
    s.write(
        "A summer thunderstorm cuts the mains in the north hub 15:42-17:31: three junction signals go dark, the transit hub and the car park system lose power, the 中清環中 underpass pump stops and the underpass floods to 38 cm and is closed; a crash at the dark 經貿路/黎明路 junction; a tree down at the 河南路 car park.",
        [inc("A", "infrastructure", "水湳北側停電 15:42-17:31（號誌全暗、轉運中心及停車場系統斷電、火警總機主電源異常）", "c1"),
         inc("B", "flood", "中清環中路口地下道抽水機停電，積水至 38 公分封閉，17:50 退水", "fl2"),
         inc("C", "traffic", "經貿路黎明路口號誌停電中兩車碰撞，1人送醫", "c3p"),
         inc("D", "traffic", "河南路停車場旁行道樹倒塌擋住出口", "d1")],
        {"why": "The dark junctions are a traffic job of their own (police directing traffic, signal contractor) that a coordinator may dispatch separately from the power cut; under that reading the signals, the camera's dark-signal detection, the police fault report and the queue form S.",
         "incidents": [inc("A", "infrastructure", "北側停電", "c1"), inc("S", "traffic", "停電號誌全暗路口", "p1"),
                       inc("B", "flood", "地下道積水", "fl2"), inc("C", "traffic", "號誌停電路口碰撞", "c3p"), inc("D", "traffic", "行道樹倒塌", "d1")]},
        {"when": "2026-07-22 (Wed), 15:20-18:10 local",
         "background": "a rain-class alert, a low-confidence wrong-way detection, a generator-noise call and a full convention car park; the 經貿/黎明 camera's clock runs 13 min slow (stamped 15:29, arrived 15:44); police report p1 delivered twice."})


def s1295():
    s = Sit(1295, "missing_elder_found_far", "2026-11-03")
    t = s.t
    s.c1999("b1", "illegal_parking", t("08:00"), s.near("expo_b", 80), "經貿路會展中心旁邊雙排停車", None)
    s.sensor("pk1", "parking", "SN-PK-001", "full", t("08:15"), "水湳轉運中心停車場 汽車位已滿", None)
    s.police("t1", "theft", "Minor", t("08:40"), s.near("hub", 40), "轉運中心停車場自小客車車窗遭破壞，車內包包被竊", "B")
    s.police("m1", "missing_person", "Moderate", t("09:10"), s.near("eco_a", 30), "家屬報案：82歲陳姓老翁，輕度失智，今晨7點半自生態住宅A區出門未歸，著灰色夾克、藍色拖鞋", "A")
    s.dup("m1", 120)
    s.police("t2", "theft", "Minor", t("09:35"), s.near("hub", 40), "轉運中心停車場竊案，調閱停車場監視器中", "B", follows="t1")
    s.c1999("n1", "noise", t("09:50"), s.near("eco_b", 80), "B區旁邊工地一早就在敲", None)
    s.police("m2", "missing_person", "Moderate", t("10:30"), s.near("eco_a", 30), "調閱社區監視器，老翁07:41步行往中科路方向，請各巡邏線注意", "A", follows="m1")
    s.police("c1", "accident", "Minor", t("10:15"), s.near("henan_zhongping", 25), "河南路中平路口機車與自小客車擦撞，無人受傷", "C")
    s.sensor("cc1", "cctv", "SN-CCTV-010", "stalled_vehicle", t("10:13"), "路口車輛靜止超過 3 分鐘", "C", confidence=0.83)
    s.sensor("vd1", "rule", "SN-VD-HENAN-02", "congestion", t("10:20"), "河南路車輛偵測器2 平均車速降至 13 km/h", "C", sev="Moderate")
    s.sensor("so1", "rule", "SN-VD-LIMING-01", "sensor_offline", t("10:50"), "黎明路車輛偵測器1 超過 10 分鐘未回傳資料", None, sev="Minor")
    s.c1999("h1", "other", t("11:40"), s.near("henan_pk", 60), "河南路停車場這邊有位阿伯一直問路，講不清楚要去哪裡，我要趕車先走了", "A", alt=None, arr=t("12:22"))
    s.police("m3", "missing_person", "Moderate", t("12:05"), s.near("henan_pk", 200), "協尋範圍擴大至河南路、臺灣大道一帶", "A", follows="m1")
    s.sensor("cc2", "cctv", "SN-CCTV-003", "fallen_object", t("12:30"), "車道上偵測到掉落物", "D", confidence=0.77)
    s.police("d1", "fallen_object", "Minor", t("12:36"), s.near("zhongke_huanzhong", 30), "環中路二段中科路口外側車道掉落紙箱，已排除", "D")
    s.c1999("c2", "streetlight", t("12:50"), s.near("music", 90), "流行影音中心後面路燈燈罩快掉下來", None)
    s.c1999("h2", "other", t("13:05"), s.near("taiwan_huanzhong", 70), "台灣大道環中路口有個阿公坐在路邊，穿拖鞋，看起來很累，問他住哪裡都說不出來", "A")
    s.police("m4", "missing_person", "Minor", t("13:20"), s.near("taiwan_huanzhong", 30), "於臺灣大道環中路口尋獲陳姓老翁，意識清楚，已通知家屬", "A", follows="m1")
    s.f119("f1", "ambulance", t("13:25"), s.near("taiwan_huanzhong", 30), "西屯區臺灣大道環中路口 老翁疑似脫水，送醫評估", "A")
    s.sensor("so2", "status", "SN-VD-LIMING-01", "online", t("13:40"), "車輛偵測器恢復連線", None)
    s.write(
        "An 82-year-old man with dementia walks out of eco-residential block A at 07:30; the family reports at 09:10; he is seen asking the way at the 河南路 car park and found at 13:20 at 臺灣大道/環中路, 3 km away, and taken for a check-up. Meanwhile a car break-in at the transit hub, a scrape at 河南路/中平路, a box in the lane on 環中路.",
        [inc("A", "rescue", "失智老翁自生態住宅A區走失 09:10 報案，13:20 於臺灣大道環中路口尋獲送醫", "m1"),
         inc("B", "public_safety", "轉運中心停車場車窗遭破壞竊盜", "t1"),
         inc("C", "traffic", "河南路中平路口機車擦撞", "c1"),
         inc("D", "traffic", "環中路二段中科路口掉落紙箱", "d1")],
        {"why": "The 11:40 caller at the 河南路 car park describes a confused elder but not the man (no clothes, no age); a coordinator may treat it as unrelated until the search confirms it.",
         "incidents": [inc("A", "rescue", "失智老翁走失", "m1"), inc("B", "public_safety", "停車場竊盜", "t1"),
                       inc("C", "traffic", "河南路中平路口擦撞", "c1"), inc("D", "traffic", "環中路掉落物", "d1")]},
        {"when": "2026-11-03 (Tue), 08:00-13:40 local",
         "background": "double parking, a full car park, a detector offline and back, a loose lamp cover; the 河南路 sighting arrived 42 min late; the missing-person report m1 delivered twice."})


def s1296():
    s = Sit(1296, "typhoon_ponds_henan_overnight", "2026-09-16")
    t = s.t
    s.rain("r1", "SN-RG-001", "豪雨", t("21:00"), "中央公園雨量站 3小時累積雨量 112 毫米，達豪雨標準", None)
    s.sensor("pk1", "parking", "SN-PK-005", "empty", t("21:30"), "中央公園地下停車場(南) 因應颱風預防性淨空", None)
    s.wl("w1", "SN-WL-002", "3", t("22:10"), 2.05, "A")
    s.sensor("so1", "status", "SN-FL-003", "offline", t("22:40"), "淹水感測器通訊中斷", None, reason="comms_lost")
    s.flood("h1", "SN-FL-007", "1-15", t("23:30"), 10, "B", alt="A")
    s.wl("w2", "SN-WL-002", "2", t("23:40"), 2.56, "A")
    s.c1999("c1", "flooding", t("23:50"), s.near("henan_low", 90), "河南路停車場前面開始積水，水溝一直冒水出來", "B", alt="A", arr=t("00:40", 1))
    s.rain("r2", "C0F9T0", "大豪雨", t("00:10", 1), "西屯站 24小時累積雨量 362 毫米，達大豪雨標準", None)
    s.flood("p1", "SN-FL-005", "16-30", t("00:20", 1), 22, "A")
    s.flood("h2", "SN-FL-007", "16-30", t("00:30", 1), 26, "B", alt="A")
    s.police("hp1", "flooding_report", "Moderate", t("00:40", 1), s.near("henan_low", 40), "河南路低窪處積水約25公分，持續上升，派員警戒", "B", alt="A")
    s.flood("p2", "SN-FL-004", "1-15", t("00:50", 1), 7, "A")
    s.flood("p3", "SN-FL-005", ">30", t("01:10", 1), 41, "A")
    s.flood("h3", "SN-FL-007", ">30", t("01:15", 1), 36, "B", alt="A")
    s.c1999("c2", "fallen_tree", t("01:20", 1), s.near("tower", 70), "營運塔前經貿路整棵樹倒下來橫在馬路上", "C")
    s.police("hp2", "stalled_vehicle", "Severe", t("01:25", 1), s.near("henan_low", 30), "河南路停車場前一輛自小客車涉水熄火，駕駛站在車頂求援", "B", alt="A", follows="hp1")
    s.f119("f1", "rescue", t("01:30", 1), s.near("henan_low", 30), "西屯區河南路 車輛受困積水 1人，派遣救助隊", "B", alt="A")
    s.dup("f1", 45)
    s.wl("w3", "SN-WL-002", "1", t("01:30", 1), 3.04, "A")
    s.police("c3", "fallen_object", "Severe", t("01:34", 1), s.near("tower", 40), "經貿路路樹倒塌阻斷雙向車道，通知養工處", "C")
    s.police("hp3", "road_closure", "Severe", t("01:40", 1), s.near("henan_low", 60), "河南路（中平路至河南路停車場）積水封閉", "B", alt="A")
    s.f119("f1b", "rescue", t("01:52", 1), (s.keys["f1"]["lon"], s.keys["f1"]["lat"]), "受困駕駛已救出，無外傷", "B", alt="A", status="closed", follows="f1")
    s.sensor("so2", "status", "SN-FL-003", "online", t("03:15", 1), "淹水感測器恢復連線", None)
    s.c1999("c4", "other", t("05:50", 1), s.near("eco_a", 100), "颱風天明天要上班嗎？", None)
    s.police("hp4", "road_reopened", "Minor", t("06:30", 1), s.near("henan_low", 60), "河南路積水已退，解除封閉恢復通行", "B", alt="A", follows="hp3")
    s.write(
        "Typhoon night: the Central Park south detention pond fills through its three warning levels and ponds 4-5 flood as designed while the 河南路 low point just south floods to 36 cm, a driver is rescued from a stalled car and the road is closed until dawn; a tree falls across 經貿路 at the operations tower.",
        [inc("A", "flood", "中央公園南滯洪池水位三級→二級→一級（22:10-01:30），滯洪池4、5淹水", "w1"),
         inc("B", "flood", "河南路低窪處積水至 36 公分，01:25 車輛受困救援，01:40 封路至 06:30", "hp1"),
         inc("C", "traffic", "經貿路營運塔前路樹倒塌阻斷雙向車道", "c2")],
        {"why": "The 河南路 low point lies 300 m south of pond 5 and may flood because the pond is full; a coordinator may run one flood job for the south end of the park and 河南路.",
         "incidents": [inc("A", "flood", "中央公園南端滯洪池及河南路積水", "w1"), inc("C", "traffic", "經貿路路樹倒塌", "c2")]},
        {"when": "2026-09-16 (Wed) 21:00 to 09-17 06:30 local",
         "background": "two rain-class alerts, the south park car park cleared ahead of the water, a pond sensor's comms lost and back, a 'do I work tomorrow' call; the first 河南路 call arrived 50 min late; 119 case f1 delivered twice."})


if __name__ == "__main__":
    for f in (s1291, s1292, s1293, s1294, s1295, s1296):
        f()
