"""Situations 1797-1802 (blind oracle set D)."""
import os
import sys
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from lib import Sit, P, off, iso, background, inc, NOALT  # noqa: E402


def s1797():
    s = Sit(1797, "typhoon_trees_bad_pins", "2016-09-27")
    T1 = "tree_zqhz"
    T2 = "tree_kaixuan"
    s.description = ("梅姬颱風夜。20:40 中清路/環中路口一棵大路樹倒下壓住兩線車道；1999 系統把幾通電話定位在西屯區公所的預設點，"
                     "有一通把地點說成「中清路」卻在 2 km 外。21:30 凱旋路另有一棵樹倒在人行道；公園內也有斷枝（等天亮處理）。")
    k1 = s.c1999("fallen_tree", P["xitun_office"], s.t("20:42"), "中清路環中路口有一棵大樹倒下來擋住馬路，車子過不去", T1)
    k2 = s.cctv("SN-CCTV-008", "fallen_object", 0.79, s.t("20:43"), "中清路/環中路 路口監視器 路面障礙物", T1)
    k3 = s.police("fallen_object", "Severe", P["zq_hz"], s.t("20:50"), "中清環中路口 路樹倒塌壓住內側兩車道，請養工處派員", T1)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "Moderate", s.t("20:55"), "中清路車輛偵測器1 平均車速低於門檻", T1)
    s.c1999("fallen_tree", P["xitun_office"], s.t("20:58"), "中清路那邊樹倒了，剛剛打過了還是沒有人來", T1)
    s.c1999("fallen_tree", off(P["zq_hz"], 300, -1800), s.t("21:02"), "中清路上有樹倒在路中間（定位：北屯區中清路二段）", T1, alt="tree_zq_south")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Moderate", s.t("21:05"), "環中路車輛偵測器3 平均車速低於門檻", T1)
    s.police("road_closure", "Severe", P["zq_hz"], s.t("21:08"), "中清路往北內側車道封閉", T1)
    k5 = s.c1999("fallen_tree", off(P["lm_kx"], 120, -900), s.t("21:33"), "凱旋路人行道有一棵樹倒下來，擋住人行道一半", T2)
    s.police("fallen_object", "Moderate", off(P["lm_kx"], 130, -880), s.t("21:50"), "凱旋路人行道路樹倒塌 已拉警示帶", T2)
    s.c1999("公園路樹", off(P["parkcp"], -20, -300), s.t("21:55"), "中央公園裡面步道有樹枝斷掉，明天再處理就好", None, alt="park_branches")
    s.c1999("公園路樹", off(P["museum"], -60, -200), s.t("22:20"), "公園草地上很多斷枝", None, alt="park_branches")
    s.c1999("streetlight", off(P["lm_kx"], 140, -870), s.t("22:25"), "凱旋路樹倒的地方路燈也被壓歪不亮了", T2)
    s.police("road_reopened", "Minor", P["zq_hz"], s.t("23:55"), "中清環中路口倒樹移除，恢復通行", T1)
    s.rule("SN-RG-002", "heavy_rain", "Severe", s.t("19:30"), "水湳轉運中心雨量站 3小時雨量達豪雨標準", None, level="豪雨")
    s.rule("C0F9T0", "heavy_rain", "Severe", s.t("20:00"), "西屯雨量站 3小時雨量達豪雨標準", None, level="豪雨")
    s.status("SN-VD-HUANZHONG-04", "offline", s.t("22:40"), "環中路車輛偵測器4 設備離線（通訊中斷）", "vd_hz4", reason="comms_lost", alt=None)
    s.rule("SN-VD-HUANZHONG-04", "sensor_offline", "Minor", s.t("22:50"), "環中路車輛偵測器4 逾時未回傳", "vd_hz4", alt=None)
    s.status("SN-VD-HUANZHONG-04", "online", s.t("03:15", 1), "環中路車輛偵測器4 恢復連線", "vd_hz4", alt=None)
    s.police("fallen_object", "Minor", off(P["hub"], -80, 40), s.t("23:10"), "轉運中心前廣告布條被吹落，已移除", "banner_hub")
    background(s, s.t("19:00"), 300, 8, avoid=(1, 2, 6, 11))
    s.incident(T1, "traffic", "中清環中路口路樹倒塌（1999 定位失準）", k2)
    s.incident(T2, "traffic", "凱旋路人行道路樹倒塌", k5)
    s.incident("vd_hz4", "infrastructure", "環中路車輛偵測器4 颱風中斷線（天亮報修）", [i for i in s.items if i["truth"] == "vd_hz4"][0]["key"])
    s.incident("banner_hub", "traffic", "轉運中心前布條吹落", [i for i in s.items if i["truth"] == "banner_hub"][0]["key"])
    s.alt("定位在 2 km 外、說「中清路」的那通可能真的是另一棵樹（中清路很長），值班者可能另派；"
          "公園內斷枝有人會開一案給養工處；單一偵測器斷線颱風夜可能只記錄不開案。",
          {"tree_zq_south": inc("tree_zq_south", "traffic", "中清路二段疑似另一處倒樹", [i for i in s.items if i.get("truth_alt") == "tree_zq_south"][0]["key"]),
           "park_branches": inc("park_branches", "infrastructure", "中央公園內斷枝（天亮處理）", [i for i in s.items if i.get("truth_alt") == "park_branches"][0]["key"]),
           "vd_hz4": None})
    s.notes = "k1 在區公所預設點（離路口約 4 km）但文字指名路口；足夠證據是監視器 k2。"
    return s


def s1798():
    s = Sit(1798, "expo_power_cut_dark_junctions", "2016-11-12")
    X = "expo"
    PW = "power_north"
    D = "dark_junctions"
    L = "lift_hallA"
    s.description = ("會展中心週末展覽（10:00-18:00，許可早知）。15:05 台電饋線跳脫，北區（會展、經貿路二段兩個路口）停電 80 分鐘："
                     "經貿路/環中路、經貿路/黎明路兩個號誌全暗，會展A棟總機轉電池並回報主電源中斷，A棟電梯困 3 人。")
    kp = s.permit("exhibition", P["conv"], s.t("10:00"), s.t("18:00"), s.t("14:00", -14), "臺中國際會展中心 週末旅展 預估每日2萬人", X, radius_m=500)
    s.parking("SN-PK-006", "full", s.t("10:50"), "臺中國際會展中心停車場 車位已滿", X)
    s.parking("SN-PK-002", "full", s.t("11:20"), "經貿六停車場 車位已滿", X)
    kx = s.cctv("SN-CCTV-005", "crowding", 0.86, s.t("13:30"), "經貿路二段/黎明路三段 路口監視器 人群聚集", X)
    s.c1999("illegal_parking", off(P["conv"], 150, 80), s.t("13:45"), "會展中心旁邊路邊都是違停", X)
    k1 = s.status("SN-SIG-004", "offline", s.t("15:05:20"), "經貿路二段/環中路二段 號誌 離線（市電中斷）", D, reason="mains_power_lost", alt=PW)
    s.status("SN-CCTV-004", "offline", s.t("15:05:20"), "經貿路二段/環中路二段 路口監視器 離線（市電中斷）", D, reason="mains_power_lost", alt=PW)
    s.status("SN-SIG-005", "offline", s.t("15:05:25"), "經貿路二段/黎明路三段 號誌 離線（市電中斷）", D, reason="mains_power_lost", alt=PW)
    s.status("SN-CCTV-005", "offline", s.t("15:05:25"), "經貿路二段/黎明路三段 路口監視器 離線（市電中斷）", D, reason="mains_power_lost", alt=PW)
    s.status("SN-VD-JINGMAO-01", "offline", s.t("15:05:25"), "經貿路車輛偵測器1 離線（市電中斷）", D, reason="mains_power_lost", alt=PW)
    k2 = s.panel("SN-FA-002", "fault", s.t("15:05:40"), "臺中國際會展中心 A棟 火警受信總機 主電源停電，切換預備電源", PW)
    s.panel("SN-FA-003", "fault", s.t("15:05:45"), "臺中國際會展中心 B棟 火警受信總機 主電源停電", PW)
    s.status("SN-PK-006", "offline", s.t("15:06"), "臺中國際會展中心停車場 設備離線", PW, reason="mains_power_lost")
    k3 = s.c1999("rescue", P["hallA"], s.t("15:09"), "會展中心A館電梯停電卡住，我同事在裡面，有三個人", L)
    s.f119("rescue", P["hallA"], s.t("15:11"), "會展中心A棟 電梯受困 3 人 派遣救助隊", L)
    kd = s.c1999("traffic_signal", off(P["jm_hz"], 40, -30), s.t("15:12"), "經貿路環中路口紅綠燈全暗，車子亂鑽", D, alt=PW)
    s.police("traffic_signal_fault", "Severe", P["jm_lm"], s.t("15:15"), "經貿路黎明路口號誌全暗，派員指揮交通", D, alt=PW)
    s.police("traffic_signal_fault", "Severe", P["jm_hz"], s.t("15:18"), "經貿路環中路口號誌全暗，派員指揮交通", D, alt=PW)
    kpw = s.c1999("power_outage", off(P["tower"], 60, 30), s.t("15:14"), "營運塔旁邊大樓停電了，請問什麼時候會來電", PW)
    s.c1999("power_outage", off(P["jm6cp"], -30, 60), s.t("15:16"), "經貿路二段店家全部停電", PW)
    s.police("crowd_control", "Moderate", P["conv"], s.t("15:20"), "會展中心停電，館方疏散部分展區人潮至戶外", X, alt=PW)
    s.cctv("SN-CCTV-006", "crowding", 0.84, s.t("15:25"), "經貿路二段/經貿七路 路口監視器 人群聚集", X)
    s.f119("rescue", P["hallA"], s.t("15:34"), "會展A棟電梯受困 3 人均已救出 無傷", L, status="closed")
    s.rule("SN-VD-LIMING-01", "congestion", "Moderate", s.t("15:40"), "黎明路車輛偵測器1 平均車速低於門檻", D, alt=PW)
    s.status("SN-SIG-004", "online", s.t("16:25"), "經貿路二段/環中路二段 號誌 恢復連線", D, alt=PW)
    s.status("SN-CCTV-004", "online", s.t("16:25"), "經貿路二段/環中路二段 路口監視器 恢復連線", D, alt=PW)
    s.status("SN-SIG-005", "online", s.t("16:25:10"), "經貿路二段/黎明路三段 號誌 恢復連線", D, alt=PW)
    s.status("SN-CCTV-005", "online", s.t("16:25:10"), "經貿路二段/黎明路三段 路口監視器 恢復連線", D, alt=PW)
    s.status("SN-VD-JINGMAO-01", "online", s.t("16:25:10"), "經貿路車輛偵測器1 恢復連線", D, alt=PW)
    s.panel("SN-FA-002", "normal", s.t("16:26"), "臺中國際會展中心 A棟 火警受信總機 主電源恢復", PW)
    s.panel("SN-FA-003", "normal", s.t("16:26"), "臺中國際會展中心 B棟 火警受信總機 主電源恢復", PW)
    s.status("SN-PK-006", "online", s.t("16:27"), "臺中國際會展中心停車場 恢復連線", PW)
    s.police("crowd_control", "Moderate", P["conv"], s.t("18:05"), "展覽散場人車分流", X)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Moderate", s.t("18:15"), "環中路車輛偵測器2 平均車速低於門檻", X)
    s.dup(k1, s.t("15:09"))
    background(s, s.t("10:00"), 480, 8, avoid=(2, 4))
    s.incident(X, "crowd", "會展中心週末旅展人潮（許可已知）", kx)
    s.incident(PW, "infrastructure", "北區饋線跳脫停電（會展、經貿路二段）", k2)
    s.incident(D, "traffic", "經貿路二段兩個路口號誌全暗（停電所致）", kd)
    s.incident(L, "rescue", "會展A棟電梯停電受困 3 人", k3)
    s.alt("號誌全暗是停電的後果；值班者可能不另開交通案，把路口指揮交通算在停電案中（由同一個原因收尾）。",
          {D: None})
    s.notes = "停電期間的疏散人潮歸展覽案（alt：停電案）。"
    return s


def s1799():
    s = Sit(1799, "diesel_spill_jingmao", "2016-12-08")
    O = "spill"
    s.description = ("06:20 一輛貨車油箱破裂，從中平路口沿經貿路一路北行至環中路，漏油約 3 km；"
                     "報案從南到北陸續出現，06:48 一名機車騎士在經貿七路口的油漬滑倒。環保局與清潔隊清到 10:30。"
                     "同時河南路有一起無關的擦撞。")
    k1 = s.c1999("road_damage", off(P["jm_zp"], -20, 150), s.t("06:28"), "經貿路靠近中平路這邊路面都是油，很滑", O)
    s.c1999("gas_odor", off(P["ecoB"], 60, 10), s.t("06:33"), "經貿路三段一股柴油味，路上一條油痕", O)
    k2 = s.police("fallen_object", "Moderate", (120.6594, 24.1830), s.t("06:36"), "經貿路三段 路面大面積油漬，延伸往北，疑似車輛漏油", O)
    k3 = s.f119("hazmat", (120.6594, 24.1830), s.t("06:40"), "經貿路 車輛漏油 路面油污 派遣化學車及撒吸油棉", O)
    s.c1999("road_damage", off(P["museum"], 30, 60), s.t("06:42"), "綠美圖前經貿路上有油，機車要小心", O)
    ka = s.police("injury_accident", "Moderate", P["jm_7"], s.t("06:49"), "經貿七路口 機車騎士因路面油漬滑倒受傷", O, alt="slip_jm7")
    s.f119("ambulance", P["jm_7"], s.t("06:50"), "經貿七路口機車自摔 騎士手肘擦傷", O, alt="slip_jm7")
    s.cctv("SN-CCTV-006", "accident", 0.61, s.t("06:48:40"), "經貿路二段/經貿七路 路口監視器 偵測碰撞", O, alt="slip_jm7", delay=300)
    s.cctv("SN-CCTV-005", "fallen_object", 0.55, s.t("06:55"), "經貿路二段/黎明路三段 路口監視器 路面異物", O)
    s.c1999("road_damage", off(P["jm_hz"], 40, -40), s.t("07:02"), "環中路經貿路口地上有油，剛剛看到一台貨車一直在滴", O)
    s.police("road_closure", "Moderate", P["jm_7"], s.t("07:10"), "經貿路二段外側車道封閉清除油污", O)
    s.rule("SN-VD-JINGMAO-02", "congestion", "Moderate", s.t("07:25"), "經貿路車輛偵測器2 平均車速低於門檻", O)
    s.rule("SN-VD-JINGMAO-01", "congestion", "Moderate", s.t("07:40"), "經貿路車輛偵測器1 平均車速低於門檻", O)
    s.police("other", "Minor", off(P["zq_hz"], 600, 400), s.t("07:45"), "漏油貨車於中清路攔停，駕駛稱不知油箱破裂", O)
    s.f119("hazmat", (120.6594, 24.1830), s.t("08:30"), "經貿路油污處理中 環保局清潔隊接手", O, status="on_scene", follows=k3)
    s.c1999("環境清潔", off(P["jm_7"], 80, -50), s.t("09:10"), "經貿路撒了一堆吸油的沙子，什麼時候會清", O, alt=None)
    s.police("road_reopened", "Minor", P["jm_7"], s.t("10:30"), "經貿路油污清除完畢，恢復通行", O)
    s.f119("hazmat", (120.6594, 24.1830), s.t("10:35"), "經貿路漏油案結案", O, status="closed", follows=k3)
    kh = s.police("accident", "Minor", off(P["hn_zp"], -350, -300), s.t("07:15"), "河南路二段 兩車擦撞無人受傷", "crash_henan")
    s.rule("SN-VD-HENAN-01", "congestion", "Moderate", s.t("07:22"), "河南路車輛偵測器1 平均車速低於門檻", "crash_henan", alt=None)
    s.dup(k2, s.t("06:41"))
    background(s, s.t("06:00"), 300, 8, avoid=(10, 5, 2))
    s.incident(O, "hazmat", "貨車沿經貿路漏油約 3 km（中平路→環中路）", k2)
    s.incident("crash_henan", "traffic", "河南路二段兩車擦撞", kh)
    s.alt("經貿七路口機車滑倒有傷者、救護車與事故處理，值班者也可能另開一件交通事故（原因是漏油）。",
          {"slip_jm7": inc("slip_jm7", "traffic", "經貿七路口機車因油漬滑倒", ka)})
    s.notes = "事件沿道路延伸 3 km；首通 1999 只說路面有油，要到警方說明延伸範圍才足夠。"
    return s


def s1800():
    s = Sit(1800, "elder_missing_long_search", "2016-02-19")
    E = "missing_elder"
    s.description = ("元宵節前夜，一位 82 歲失智長者 21:00 從生態住宅 A 區走失。家屬 22:10 報案，警方協尋六小時，"
                     "線索零星：轉運站公車司機、公園巡守員、逢甲校區警衛。03:55 在中央公園南滯洪池旁找到，送醫觀察。")
    k1 = s.police("missing_person", "Severe", P["ecoA"], s.t("22:10"), "生態住宅A區 82歲失智男性走失，身穿灰色外套，21時許離家", E)
    s.c1999("missing_person", P["ecoA"], s.t("22:15"), "我爸爸失智走失了，穿灰色外套拿拐杖，請幫忙找", E)
    s.police("missing_person", "Severe", P["hub"], s.t("22:50"), "轉運中心司機稱 21:40 有一名拿拐杖老翁在站內徘徊", E, follows=k1)
    s.c1999("other", off(P["hub"], 60, -30), s.t("23:20"), "轉運站候車區有一個老先生睡在椅子上，天氣很冷", E, alt=None)
    s.police("missing_person", "Severe", P["hub"], s.t("23:35"), "轉運站候車區老翁經查非協尋對象", None)
    s.police("missing_person", "Severe", off(P["fcu"], 0, 50), s.t("00:40", 1), "逢甲水湳校區警衛稱約 23 時看到老翁往中央公園方向走", E, follows=k1)
    s.c1999("other", off(P["museum"], 20, -80), s.t("01:15", 1), "公園裡面有人一直在喊名字，是不是在找人", E)
    s.police("missing_person", "Severe", off(P["wrc"], -200, 120), s.t("02:30", 1), "擴大搜尋中央公園南段，請求消防協助", E)
    s.f119("rescue", off(P["wrc"], -250, 100), s.t("02:35", 1), "協尋失智老人 中央公園南段 派遣搜救人員", E)
    s.f119("ambulance", (120.6560, 24.1772), s.t("03:58", 1), "中央公園南滯洪池旁 尋獲老翁 失溫送醫", E)
    s.police("missing_person", "Minor", (120.6560, 24.1772), s.t("04:05", 1), "失智老翁已尋獲，交家屬", E)
    # unrelated on the same night
    kf = s.police("public_disturbance", "Moderate", off(P["fcu"], -400, 100), s.t("23:50"), "逢甲商圈外圍酒客鬥毆", "fight_fc")
    s.f119("ambulance", off(P["fcu"], -400, 100), s.t("23:55"), "酒客鬥毆一人頭部外傷", "fight_fc")
    s.police("theft", "Minor", off(P["pop"], 100, 0), s.t("01:30", 1), "影音中心停車場車窗遭擊破", "break_in_pop")
    background(s, s.t("20:30"), 480, 12)
    s.incident(E, "rescue", "失智長者走失協尋（22:10-04:05）", k1)
    s.incident("fight_fc", "public_safety", "逢甲商圈外圍鬥毆", kf)
    s.incident("break_in_pop", "public_safety", "影音中心停車場車窗遭擊破", [i for i in s.items if i["truth"] == "break_in_pop"][0]["key"])
    s.alt("轉運站睡在椅子上的老先生，當下的值班者會當作協尋線索派員查看（本讀法）；事後查證不是他，也可視為背景。",
          {})
    s.notes = "長時間、證據稀疏，地點從生態住宅到轉運站到南端，相距 2.5 km。"
    return s


def s1801():
    s = Sit(1801, "night_works_fibre_cut", "2016-04-12")
    W = "works_zq"
    FB = "fibre_cab008"
    R = "rearend_works"
    s.description = ("中清路夜間管線工程（許可 3 天前送達，23:00-05:00，後變更延至 06:00）。00:40 施工機具挖斷號誌光纖，"
                     "中清/環中路口機箱 TB-CAB-008 的號誌、監視器、兩個偵測器同時斷線。02:15 一輛轎車追撞施工區緩衝車。")
    kp = s.permit("road_works", (120.6590, 24.1960), s.t("23:00"), s.t("05:00", 1), s.t("10:00", -3),
                  "中清路二段自來水管線汰換工程 夜間封閉內側車道", W, radius_m=400, alt=None)
    s.permit("road_works", (120.6590, 24.1960), s.t("23:00"), s.t("06:00", 1), s.t("21:00"),
             "中清路二段管線工程 變更：延長至06:00", W, radius_m=400, permit_status="amended", follows=kp, alt=None)
    kw = s.rule("SN-VD-ZHONGQING-02", "congestion", "Minor", s.t("23:20"), "中清路車輛偵測器2 車速下降", W, alt=None)
    s.c1999("noise", off(P["zq_hz"], 500, -400), s.t("23:50"), "中清路半夜施工很吵，有沒有許可", W, alt=None)
    kf = s.status("SN-SIG-008", "offline", s.t("00:40:05", 1), "中清路/環中路 號誌 離線（通訊中斷）", FB, reason="comms_lost")
    s.status("SN-CCTV-008", "offline", s.t("00:40:05", 1), "中清路/環中路 路口監視器 離線（通訊中斷）", FB, reason="comms_lost")
    s.status("SN-VD-HUANZHONG-03", "offline", s.t("00:40:06", 1), "環中路車輛偵測器3 離線（通訊中斷）", FB, reason="comms_lost")
    s.status("SN-VD-ZHONGQING-01", "offline", s.t("00:40:06", 1), "中清路車輛偵測器1 離線（通訊中斷）", FB, reason="comms_lost")
    s.rule("SN-SIG-008", "sensor_offline", "Minor", s.t("00:50", 1), "中清路/環中路 號誌 逾時未回傳", FB)
    s.police("other", "Minor", P["zq_hz"], s.t("01:05", 1), "施工單位回報挖斷交通局光纖，號誌仍運作（獨立運轉）", FB)
    k2 = s.police("accident", "Moderate", (120.6600, 24.1935), s.t("02:16", 1), "中清路二段施工區 自小客車追撞施工緩衝車，駕駛輕傷", R)
    s.f119("ambulance", (120.6600, 24.1935), s.t("02:18", 1), "中清路施工區車禍 一人胸口疼痛", R)
    s.c1999("traffic_accident", off(P["zq_hz"], 300, -600), s.t("02:20", 1), "中清路施工的地方有車撞到工程車", R)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Moderate", s.t("02:25", 1), "中清路車輛偵測器2 平均車速低於門檻", R, alt=None)
    s.police("stalled_vehicle", "Minor", (120.6600, 24.1935), s.t("03:00", 1), "追撞車輛拖離", R)
    s.status("SN-SIG-008", "online", s.t("05:40", 1), "中清路/環中路 號誌 恢復連線", FB)
    s.status("SN-CCTV-008", "online", s.t("05:40", 1), "中清路/環中路 路口監視器 恢復連線", FB)
    s.status("SN-VD-HUANZHONG-03", "online", s.t("05:41", 1), "環中路車輛偵測器3 恢復連線", FB)
    s.status("SN-VD-ZHONGQING-01", "online", s.t("05:41", 1), "中清路車輛偵測器1 恢復連線", FB)
    s.police("road_reopened", "Minor", (120.6590, 24.1960), s.t("05:55", 1), "中清路施工結束，恢復通行", W, alt=None)
    # unrelated: a burglar alarm style? a fire-panel fault at the tower, routine
    s.panel("SN-FA-005", "fault", s.t("01:30", 1), "臺灣智慧營運塔 火警受信總機 預備電源電壓不足", None)
    s.status("SN-PK-003", "offline", s.t("02:00", 1), "河南路停車場 設備離線（維護）", None, reason="maintenance")
    s.status("SN-PK-003", "online", s.t("03:00", 1), "河南路停車場 恢復連線", None)
    s.dup(kf, s.t("00:44", 1))
    background(s, s.t("22:30"), 420, 8, avoid=(1,))
    s.incident(W, "traffic", "中清路二段夜間管線工程（既定，延長至 06:00）", kw)
    s.incident(FB, "infrastructure", "施工挖斷光纖，TB-CAB-008 所有設備斷線", kf)
    s.incident(R, "traffic", "中清路施工區追撞緩衝車", k2)
    s.alt("施工本身沒有需要派遣的事（許可已知、車速下降是預期中）：值班者可能不開施工案，只把噪音與恢復通行當背景；"
          "追撞後的車速下降也可能只算施工車流。",
          {W: None})
    s.notes = "施工案以許可為據，足夠證據是施工後第一筆車速下降（許可本身不需派遣）。"
    return s


def s1802():
    s = Sit(1802, "grass_fire_smoke_over_roofs", "2016-01-24")
    G = "grass_fire"
    SC = "scooter_fire"
    s.description = ("乾季午後，14:20 單元八（園區東側）閒置空地雜草起火，火線延燒約 1 公頃；西風把濃煙吹向北屯，"
                     "但園區內的居民看到「屋頂上方」的煙而報案。14:50 凱旋路另有一輛機車自燃，兩件時間重疊。")
    gp = (120.6660, 24.1880)
    k1 = s.c1999("fire_smoke", off(P["ecoA"], -30, 20), s.t("14:24"), "從我家頂樓看到東邊屋頂上面有很大的白煙，往北飄", G)
    s.cctv("SN-CCTV-008", "smoke", 0.63, s.t("14:25"), "中清路/環中路 路口監視器 東南方遠處煙霧", G)
    k2 = s.f119("fire", gp, s.t("14:27"), "北屯區單元八空地 雜草火警 面積擴大中 派遣北屯、西屯分隊", G)
    s.c1999("fire_smoke", off(P["tower"], 40, 0), s.t("14:29"), "營運塔這邊看到東邊一直冒煙，有沒有人報了", G)
    s.c1999("fire_smoke", off(P["museum"], -50, 20), s.t("14:31"), "綠美圖外面一股燒草的味道", G)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Moderate", s.t("14:40"), "中清路車輛偵測器2 平均車速低於門檻", G, alt=None)
    s.police("fire_report", "Moderate", gp, s.t("14:42"), "單元八空地火燒草，派員協助交通管制", G)
    s.f119("fire", gp, s.t("14:38"), "單元八空地火警 到場 火線約百米", G, status="on_scene", follows=k2)
    ks = s.police("fire_report", "Moderate", off(P["lm_kx"], 150, -700), s.t("14:51"), "凱旋路 機車行駛中冒煙起火，騎士已離車", SC)
    s.f119("fire", off(P["lm_kx"], 150, -700), s.t("14:52"), "凱旋路 機車火警", SC)
    s.c1999("fire_smoke", off(P["lm_kx"], 100, -600), s.t("14:54"), "凱旋路這邊有黑煙，聞起來像燒塑膠", SC, alt=G)
    s.cctv("SN-CCTV-007", "smoke", 0.57, s.t("14:53"), "黎明路三段/凱旋路 路口監視器 煙霧", SC)
    s.c1999("fire_smoke", off(P["fcu"], 60, 60), s.t("14:58"), "逢甲新校區這邊天空灰灰的一直有煙", G, alt=None)
    s.f119("fire", off(P["lm_kx"], 150, -700), s.t("15:05"), "凱旋路機車火警撲滅", SC, status="returning")
    s.c1999("環境公害", (120.6700, 24.1950), s.t("15:10"), "北屯這邊都是煙，衣服都不能曬", G)
    s.panel("SN-FA-005", "alarm", s.t("15:12"), "臺灣智慧營運塔 火警受信總機 外氣引入口 偵煙動作", G, alt="alarm_tower")
    s.panel("SN-FA-005", "normal", s.t("15:20"), "臺灣智慧營運塔 火警受信總機 復歸", G, alt="alarm_tower")
    s.f119("fire", gp, s.t("16:05"), "單元八空地火勢控制", G, status="returning", follows=k2)
    s.f119("rekindle", gp, s.t("17:40"), "單元八空地 餘燼復燃", G, follows=k2)
    s.f119("fire", gp, s.t("18:10"), "單元八空地火警結案", G, status="closed", follows=k2)
    # BBQ smoke in the park, background
    s.c1999("fire_smoke", off(P["parkcp"], -30, -500), s.t("16:30"), "公園草地有人在烤肉煙很大", None)
    background(s, s.t("13:30"), 300, 10, avoid=(3,))
    s.incident(G, "fire", "單元八空地火燒草（園區外 1 km，煙越過屋頂）", k2)
    s.incident(SC, "fire", "凱旋路機車自燃", ks)
    s.alt("凱旋路那通煙味電話也可能被當成草火的煙（草火更大、先發生）；營運塔外氣引入口的偵煙警報，有人會另開一案確認；"
          "逢甲那通只說天空灰灰，可能被忽略；中清路車速下降可能只是假日車流。",
          {"alarm_tower": inc("alarm_tower", "fire", "營運塔外氣引入口偵煙動作（需確認）",
                              [i for i in s.items if i.get("truth_alt") == "alarm_tower"][0]["key"])})
    s.notes = "草火在園區外 1 km；首通 1999 的位置是報案人的家。"
    return s


if __name__ == "__main__":
    for fn in (s1797, s1798, s1799, s1800, s1801, s1802):
        s = fn()
        print(s.nn, s.name, s.write())
