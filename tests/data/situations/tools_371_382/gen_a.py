"""Situations 371-376. Run: python3 gen_a.py (seeded: same bytes every time)."""
from lib import Sit, P, SENSORS, offset, along, same_incidents


def s371():
    s = Sit(371, "twin_crashes_jingmao", "2026-03-10", 371,
            "平日早上尖峰（3月，晴）。經貿路二段上兩起互不相干的車禍，相距約330公尺、相隔14分鐘："
            "環中路口的汽機車碰撞（有人受傷、救護車），以及黎明路三段口的兩車追撞（無人傷）。"
            "兩處之間的經貿路車輛偵測器壅塞無法確定屬於哪一起。另有凱旋路每日例行的早上壅塞與一般1999案件。")
    A, B = "crash_huanzhong_jingmao", "crash_jingmao_liming"
    J1, J2 = P["huanzhong_jingmao"], P["jingmao_liming"]
    # background first: the daily morning slowdown on Kaixuan Rd
    s.rule("SN-VD-KAIXUAN-01", "congestion", s.t("07:41:00"),
           "凱旋路車輛偵測器1 平均車速 17 km/h，佔有率 41%，低於壅塞門檻", None)
    s.call("illegal_parking", s.near(P["fcu"], 50, 200), s.t("07:44:10"),
           "民眾反映逢甲水湳校區側門前每天早上都有車並排臨停下客，擋到機車道，請派員取締。", None)
    # --- A: scooter vs car at Huanzhong / Jingmao
    a1 = s.cctv("SN-CCTV-004", "accident", 0.81, s.t("07:52:38"),
                "影像分析：經貿路二段/環中路二段路口偵測疑似碰撞事故，路口中央有倒地機車", A)
    a2 = s.call("traffic_accident", s.near(J1, 60, 150, 250, 60), s.t("07:53:30"),
                "民眾來電：環中路跟經貿路那個大路口有機車被汽車撞到，人躺在地上，趕快叫救護車！", A)
    a3 = s.f119("ambulance", J1, s.t("07:54:20"),
                "【救護】地點：西屯區環中路二段/經貿路二段口｜案由：車禍，機車騎士倒地，意識清楚，左腿疑似骨折｜派遣：西屯分隊 救護車91｜狀態：出勤", A)
    s.call("traffic_accident", s.near(J1, 250, 500, 80, 40), s.t("07:55:05"),
           "民眾來電：我在環中路往中清那邊開，前面路口好像出車禍，整個停住不動，有沒有人處理？", A)
    s.rule("SN-VD-HUANZHONG-03", "congestion", s.t("07:58:10"),
           "環中路車輛偵測器3 平均車速 14 km/h，佔有率 48%，低於壅塞門檻", A)
    a6 = s.police("injury_accident", "Moderate", J1, s.t("07:58:40"),
                  "第六分局交通分隊報：環中路二段與經貿路二段口，自小客車左轉與直行機車碰撞，機車騎士受傷，已由119送醫，現場佔用內側兩車道，員警疏導中。", A)
    s.f119("ambulance", J1, s.t("08:02:50"),
           "【救護】西屯分隊 救護車91 到達現場｜傷者男性約30歲，左小腿開放性骨折，生命徵象穩定", A, follows=a3["key"])
    s.rule("SN-VD-HUANZHONG-02", "congestion", s.t("08:03:30"),
           "環中路車輛偵測器2 平均車速 19 km/h，佔有率 37%，低於壅塞門檻", A)
    s.call("other", s.near(P["zhongke_huanzhong"], 20, 120), s.t("08:05:00"),
           "民眾來電詢問：中科路口到經貿路口整段環中路卡死了，是不是前面施工？要繞哪裡比較快？", A)
    s.f119("ambulance", J1, s.t("08:11:40"),
           "【救護】救護車91 送往中國醫藥大學附設醫院，離開現場", A, follows=a3["key"])
    # --- B: rear-end at Jingmao / Liming, 330 m south
    b1 = s.cctv("SN-CCTV-005", "stalled_vehicle", 0.74, s.t("08:06:15"),
                "影像分析：經貿路二段/黎明路三段路口南下內側車道兩車停滯超過90秒", B)
    b2 = s.call("traffic_accident", s.near(J2, 80, 220, 200, 80), s.t("08:07:40"),
                "民眾來電：會展中心前面那邊又一台撞了，兩台汽車追撞停在路中間，好像沒有人受傷。", B)
    s.rule("SN-VD-JINGMAO-01", "congestion", s.t("08:09:20"),
           "經貿路車輛偵測器1 平均車速 12 km/h，佔有率 52%，低於壅塞門檻", B, alt=A)
    s.call("traffic_accident", s.near(J2, 200, 400, 330, 50), s.t("08:10:30"),
           "民眾來電：經貿路那邊一早兩個車禍，到底怎麼了？我在黎明路這邊動不了，可以派警察來指揮嗎？", B, alt=A)
    s.rule("SN-VD-LIMING-01", "congestion", s.t("08:12:10"),
           "黎明路車輛偵測器1 平均車速 16 km/h，佔有率 44%，低於壅塞門檻", B)
    b6 = s.police("traffic_accident", "Minor", J2, s.t("08:15:20"),
                  "第六分局報：經貿路二段/黎明路三段口南下，自小客2部追撞，無人受傷，佔用內側車道，拍照完畢後移置路邊。", B)
    # --- follow-ups and clearing
    s.police("traffic_accident", "Minor", J1, s.t("08:24:50"),
             "續報：環中路二段/經貿路二段口肇事車輛已移置，路口恢復通行，車流仍回堵約300公尺。", A, follows=a6["key"])
    s.rule("SN-VD-KAIXUAN-01", "cleared", s.t("08:31:00"),
           "凱旋路車輛偵測器1 車速回升至 38 km/h，壅塞解除", None)
    s.police("traffic_accident", "Minor", J2, s.t("08:38:30"),
             "續報：經貿路二段/黎明路三段口事故車輛已由拖吊移離，雙方和解，車道淨空。", B, follows=b6["key"])
    s.rule("SN-VD-HUANZHONG-03", "cleared", s.t("08:41:20"),
           "環中路車輛偵測器3 車速回升至 42 km/h，壅塞解除", A)
    s.rule("SN-VD-JINGMAO-01", "cleared", s.t("08:44:00"),
           "經貿路車輛偵測器1 車速回升至 35 km/h，壅塞解除", B, alt=A)
    s.rule("SN-VD-HUANZHONG-02", "cleared", s.t("08:46:30"),
           "環中路車輛偵測器2 車速回升至 45 km/h，壅塞解除", A)
    s.rule("SN-VD-LIMING-01", "cleared", s.t("08:50:10"),
           "黎明路車輛偵測器1 車速回升至 37 km/h，壅塞解除", B)
    s.call("streetlight", s.near(P["cmu"], 100, 300), s.t("09:02:00"),
           "民眾反映：中國醫藥大學水湳校區旁人行道路燈（桿號 XT-08812）晚上不亮已經一個禮拜。", None)
    s.call("road_damage", s.near(P["henan_zhongping"], 50, 200), s.t("09:15:30"),
           "民眾反映：河南路靠中平路那邊機車道有一個坑洞，下雨會積水，騎車很危險，請修補。", None)
    s.incident(A, "traffic", "環中路二段/經貿路二段口汽機車碰撞，機車騎士骨折送醫，內側兩車道佔用，環中路雙向回堵", a2)
    s.incident(B, "traffic", "經貿路二段/黎明路三段口兩部自小客追撞，無人傷，內側車道佔用約30分鐘", b2)
    s.alternative_reading(
        "經貿路車輛偵測器1 位於兩個路口之間（距A約200公尺、距B約100公尺），早上南下車流可能是A的回堵而非B造成；"
        "那通同時提到兩起車禍的1999來電也可以歸到A。",
        same_incidents(s))
    s.notes = ("CCTV-004 的碰撞偵測（07:52:38）最早到，但只有影像分析；第一通描述有人倒地的1999（07:53:30）才足以派遣。"
               "凱旋路偵測器的壅塞是每日例行的尖峰（07:41 已出現，早於兩起事故），不屬任何事件。")
    return s.write()


def s372():
    s = Sit(372, "jingmao_flood_corridor", "2026-06-11", 372,
            "梅雨鋒面午後豪雨（6月）。經貿路三段低窪處先積水，約90分鐘內沿經貿路向北（綠美圖前、經貿七路）與向南（中平路口）擴散，"
            "證據分布約2公里、持續約4小時；同時北端中清環中路口地下道另外淹水封閉（獨立的作業）。雨量警戒與滯洪池正常蓄水屬背景。")
    F, U = "flood_jingmao_corridor", "flood_zhongqing_underpass"
    road = [(120.65685, 24.19247), (120.6592, 24.184), (120.6605, 24.1725)]
    # rain context (background)
    s.rule("SN-RG-001", "heavy_rain", s.t("14:40:00"), "中央公園雨量站 時雨量 46.5 mm，達大雨標準", None, level="大雨")
    s.rule("SN-RG-002", "heavy_rain", s.t("14:50:00"), "水湳轉運中心雨量站 時雨量 43.0 mm，達大雨標準", None, level="大雨")
    s.rule("C0F9T0", "heavy_rain", s.t("15:00:00"), "西屯(C0F9T0) 時雨量 41.5 mm，達大雨標準", None, level="大雨")
    f1 = s.rule("SN-FL-008", "flood_depth", s.t("15:05:00"), "經貿路低窪處 淹水深度 8 cm", F, level="1-15")
    c1 = s.call("flooding", s.near((120.6594, 24.1830), 40, 150), s.t("15:11:20"),
                "民眾來電：經貿路三段這邊馬路積水已經到腳踝了，水溝都滿出來，車子開過去水花噴到人行道。", F)
    s.rule("SN-WL-003", "water_level", s.t("15:15:00"), "水湳區域排水經貿路水位 1.46 m，達三級警戒 (1.4 m)", F, level="3")
    s.call("blocked_drain", s.near((120.6597, 24.1810), 50, 180), s.t("15:19:40"),
           "民眾來電：生態住宅區這邊路邊的水溝蓋一直在冒水，像噴泉一樣，是不是水溝塞住了？", F)
    f2 = s.rule("SN-FL-008", "flood_depth", s.t("15:25:00"), "經貿路低窪處 淹水深度 21 cm", F, level="16-30")
    s.call("flooding", along(road, 0.45), s.t("15:28:10"),
           "民眾來電：經貿路跟敦化路那附近整條路都是水，機車騎過去快熄火了，要不要封路啊？", F)
    s.rule("SN-WL-003", "water_level", s.t("15:35:00"), "水湳區域排水經貿路水位 1.83 m，達二級警戒 (1.8 m)", F, level="2")
    s.rule("SN-FL-002", "flood_depth", s.t("15:38:00"), "中央公園滯洪池2 淹水深度 12 cm", None, level="1-15")
    s.call("flooding", s.near((120.6580, 24.1900), 80, 250, 270, 90), s.t("15:40:30"),
           "民眾來電：我在綠美圖門口，前面經貿路的水已經淹到人行道上來了，計程車都不敢過。", F)
    p1 = s.police("flooding_report", "Severe", (120.6596, 24.1826), s.t("15:44:50"),
                  "第五分局報：經貿路三段低窪路段積水約30公分，長約200公尺，已有機車熄火，請求水利局抽水機支援。", F)
    s.rule("SN-VD-JINGMAO-02", "congestion", s.t("15:47:40"), "經貿路車輛偵測器2 平均車速 9 km/h，佔有率 58%，低於壅塞門檻", F)
    s.rule("SN-FL-008", "flood_depth", s.t("15:50:00"), "經貿路低窪處 淹水深度 34 cm", F, level=">30")
    s.police("road_closure", "Moderate", (120.6593, 24.1845), s.t("15:52:10"),
             "第五分局報：經貿路三段（敦化路至中平路）雙向封閉，車輛改道中清路。", F, follows=p1["key"])
    s.call("flooding", along(road, 0.78), s.t("15:55:40"),
           "民眾來電：水資源回收中心門口那段也淹了，水是從北邊一直流下來的，很急。", F)
    s.rule("SN-WL-003", "water_level", s.t("15:58:00"), "水湳區域排水經貿路水位 2.24 m，達一級警戒 (2.2 m)", F, level="1")
    s.cctv("SN-CCTV-011", "flooding", 0.70, s.t("16:02:20"), "影像分析：經貿路/中平路路口路面大面積積水", F)
    s.call("flooding", s.near(P["jingmao_zhongping"], 60, 200), s.t("16:04:50"),
           "民眾來電：中平路經貿路口有一台車熄火停在水裡面，駕駛還在車上，水快到車門了！", F)
    r1 = s.f119("rescue", P["jingmao_zhongping"], s.t("16:06:10"),
                "【救助】地點：北屯區經貿路/中平路口｜案由：自小客受困積水，駕駛1人待救｜派遣：北屯分隊 救助隊、橡皮艇｜狀態：出勤", F)
    s.police("stalled_vehicle", "Moderate", P["jingmao_zhongping"], s.t("16:10:30"),
             "第五分局報：經貿路/中平路口自小客1部於積水中熄火，駕駛已下車至安全處，等候拖吊。", F)
    s.call("flooding", s.near((120.6572, 24.1880), 100, 300, 250, 60), s.t("16:14:00"),
           "民眾來電：中央公園旁邊經貿路也開始積水了，這邊之前沒淹過，地下停車場會不會進水？", F)
    s.f119("rescue", P["jingmao_zhongping"], s.t("16:17:30"),
           "【救助】北屯分隊到達，駕駛已自行脫困，無人受傷，協助推移車輛", F, follows=r1["key"])
    s.cctv("SN-CCTV-006", "flooding", 0.62, s.t("16:20:10"), "影像分析：經貿路二段/經貿七路路口慢車道積水", F)
    s.call("other", s.near(P["jingmao_jingmao7"], 150, 400, 180, 60), s.t("16:31:00"),
           "民眾來電詢問：經貿路封起來了嗎？我要去北屯，導航一直叫我走經貿路，現在要怎麼走？", F)
    s.police("flooding_report", "Moderate", (120.6582, 24.1890), s.t("16:38:20"),
             "第五分局報：經貿路三段近綠美圖段亦有積水約10公分，已派員於經貿七路口管制。", F)
    s.rule("SN-FL-008", "flood_depth", s.t("17:40:00"), "經貿路低窪處 淹水深度 24 cm", F, level="16-30")
    s.rule("SN-WL-003", "water_level", s.t("17:30:00"), "水湳區域排水經貿路水位 1.95 m，回降至二級警戒", F, level="2")
    s.police("road_closure", "Minor", (120.6593, 24.1845), s.t("17:52:40"),
             "續報：經貿路三段水位下降，開放北向一車道，南向仍封閉。", F, follows=p1["key"])
    s.call("環境清潔", s.near((120.6596, 24.1815), 50, 150), s.t("18:02:30"),
           "民眾來電：經貿路水退了，可是路面上都是泥巴跟樹葉，騎車會滑，可以派人來清嗎？", F)
    s.rule("SN-FL-008", "flood_depth", s.t("18:10:00"), "經貿路低窪處 淹水深度 9 cm", F, level="1-15")
    s.rule("SN-VD-JINGMAO-02", "cleared", s.t("18:22:00"), "經貿路車輛偵測器2 車速回升至 33 km/h，壅塞解除", F)
    s.rule("SN-FL-008", "cleared", s.t("18:40:00"), "經貿路低窪處 淹水深度 0 cm，警戒解除", F)
    s.police("road_closure", "Minor", (120.6593, 24.1845), s.t("18:44:10"),
             "續報：經貿路三段積水已退，全線恢復通車。", F, follows=p1["key"])
    # --- U: the underpass at Zhongqing / Huanzhong (north edge)
    U0 = P["zhongqing_huanzhong"]
    s.rule("SN-FL-006", "flood_depth", s.t("15:35:00"), "中清環中路口地下道 淹水深度 11 cm", U, level="1-15")
    u2 = s.rule("SN-FL-006", "flood_depth", s.t("15:50:00"), "中清環中路口地下道 淹水深度 27 cm", U, level="16-30")
    s.cctv("SN-CCTV-008", "flooding", 0.78, s.t("15:58:40"), "影像分析：中清路/環中路地下道入口路面積水", U)
    s.call("flooding", s.near(U0, 100, 350, 160, 80), s.t("16:01:30"),
           "民眾來電：中清路那個地下道淹起來了，剛剛有一台車還衝進去，裡面會不會有人卡住？", U)
    s.rule("SN-FL-006", "flood_depth", s.t("16:05:00"), "中清環中路口地下道 淹水深度 41 cm", U, level=">30")
    u5 = s.police("flooding_report", "Severe", U0, s.t("16:09:50"),
                  "第五分局報：中清路環中路口地下道積水逾40公分，已封閉地下道雙向，車內無人受困。", U)
    s.police("road_closure", "Moderate", U0, s.t("16:12:00"),
             "中清路地下道雙向封閉，車輛改行平面道路。", U, follows=u5["key"])
    s.rule("SN-VD-ZHONGQING-01", "congestion", s.t("16:15:20"), "中清路車輛偵測器1 平均車速 11 km/h，佔有率 55%，低於壅塞門檻", U)
    s.rule("SN-VD-HUANZHONG-03", "congestion", s.t("16:21:10"), "環中路車輛偵測器3 平均車速 15 km/h，佔有率 47%，低於壅塞門檻", U)
    s.call("flooding", s.near(U0, 200, 500, 0, 90), s.t("16:26:40"),
           "民眾來電：中清交流道下來那邊地下道不能走，平面道路也塞爆了，什麼時候會通？", U)
    s.rule("SN-FL-006", "flood_depth", s.t("17:35:00"), "中清環中路口地下道 淹水深度 18 cm", U, level="16-30")
    s.rule("SN-FL-006", "cleared", s.t("18:20:00"), "中清環中路口地下道 淹水深度 0 cm，警戒解除", U)
    s.police("road_closure", "Minor", U0, s.t("18:35:30"), "續報：中清路地下道抽水完畢，恢復通行。", U, follows=u5["key"])
    s.rule("SN-VD-ZHONGQING-01", "cleared", s.t("18:41:00"), "中清路車輛偵測器1 車速回升至 40 km/h，壅塞解除", U)
    s.rule("SN-VD-HUANZHONG-03", "cleared", s.t("18:47:00"), "環中路車輛偵測器3 車速回升至 44 km/h，壅塞解除", U)
    # more rain context
    s.rule("SN-RG-001", "heavy_rain", s.t("15:30:00"), "中央公園雨量站 3小時累積雨量 108 mm，達豪雨標準", None, level="豪雨")
    s.rule("SN-FL-002", "cleared", s.t("17:20:00"), "中央公園滯洪池2 淹水深度 0 cm，警戒解除", None)
    s.call("streetlight", s.near(P["cmu"], 100, 400), s.t("17:05:00"),
           "民眾反映：中國醫藥大學旁邊一盞路燈白天一直亮著，請派員檢查。", None)
    s.incident(F, "flood", "經貿路三段低窪處積淹水，沿經貿路向北（綠美圖、經貿七路）與向南（中平路口）擴散，封路、車輛受困，約4小時", f2)
    s.incident(U, "flood", "中清環中路口地下道積水逾40公分，地下道雙向封閉，周邊回堵", u2)
    s.notes = ("雨量警戒（大雨、豪雨）是兩起淹水的共同背景，本身不構成派遣，標為 null。"
               "滯洪池2的淺水（12 cm）是滯洪池正常蓄水，不是事件。"
               "經貿七路口 CCTV-006 的積水距地下道約700公尺、距經貿路低窪處約1.1公里，但位於經貿路上，屬經貿路沿線淹水。"
               "開案證據：第一筆8 cm只是注意，第二筆21 cm加上民眾來電才足以派工（15:25 那筆）。")
    return s.write()


def s373():
    s = Sit(373, "eco_residential_fire_burst", "2026-01-17", 373,
            "1月週六晚餐時間，東北季風。水湳生態住宅A區集合住宅7樓住宅火警：火警總機、119、警方、"
            "數十通1999來電（住戶、路人、遠處看到濃煙的人，地點說法五花八門），經貿路三段封路造成回堵（連鎖效應）。"
            "煙往西南飄，B區集合住宅的偵煙器也動作。另有一般1999案件與一件居家救護（背景）。")
    F = "fire_eco_block_a"
    A = P["eco_a"]
    f1 = s.panel("SN-FA-011", "alarm", s.t("19:38:12"), "火警受信總機：7F 住戶 703 偵煙探測器動作（第1區）", F)
    calls = [
        (0, 60, 120, "19:39:40", "fire_smoke", "民眾來電：經貿路三段那邊的大樓好像失火了，7樓窗戶在冒黑煙，有火光！"),
        (20, 80, 200, "19:40:30", "fire_smoke", "民眾來電：我住生態住宅A區，樓上警鈴一直響，走廊都是煙味，要不要跑？"),
        (300, 500, 250, "19:41:10", "fire_smoke", "民眾來電：從中央公園這邊看過去，東邊有一棟房子冒很大的煙，是不是火災？"),
        (80, 200, 180, "19:41:55", "fire_smoke", "民眾來電：敦化路這邊聞到很濃的燒焦味，抬頭看是對面那棟在燒，已經打119了嗎？"),
        (400, 800, 315, "19:42:40", "fire_smoke", "民眾來電：綠美圖那邊是不是失火了？我在經貿路上看到一大團黑煙。"),
        (50, 150, 90, "19:43:05", "fire_smoke", "民眾來電：A區7樓火很大，有人在陽台喊救命，拜託快點！"),
        (150, 400, 200, "19:43:50", "other", "民眾來電：我們家窗戶外面飄進來很多煙跟灰，是哪裡在燒東西嗎？小孩有氣喘。"),
        (600, 1000, 20, "19:44:30", "fire_smoke", "民眾來電：中清路這邊可以看到水湳那邊有火光，煙很大，消防車來了嗎？"),
        (100, 250, 0, "19:45:10", "fire_smoke", "民眾來電：經貿路三段那棟新大樓失火，消防車還沒到，人都跑到樓下了。"),
        (200, 450, 225, "19:45:50", "fire_smoke", "民眾來電：住B區的，整個社區都是煙味，是我們這棟還是隔壁？"),
        (700, 1200, 280, "19:46:40", "fire_smoke", "民眾來電：凱旋路這邊往東看一大片黑煙，是不是流行影音中心那邊在燒？"),
        (60, 180, 300, "19:47:15", "fire_smoke", "民眾來電：A區大樓火警，電梯不能用了，我阿嬤住8樓走不下來！"),
        (150, 350, 120, "19:48:00", "fire_smoke", "民眾來電：經貿路跟敦化路口那棟大樓冒火，有沒有人受困不知道，趕快派人。"),
        (900, 1500, 230, "19:49:05", "other", "民眾來電：逢甲那邊都聞得到燒塑膠的味道，是不是哪裡工廠失火？"),
        (100, 300, 45, "19:50:20", "fire_smoke", "民眾來電：消防車進不來！經貿路上都是圍觀的機車跟車子停在路邊。"),
        (250, 500, 160, "19:51:30", "fire_smoke", "民眾來電：水資源回收中心北邊那棟住宅大樓在燒，黑煙一直往我們這邊吹。"),
        (30, 100, 260, "19:52:40", "fire_smoke", "民眾來電：A區703在燒，我是隔壁702的，我們都出來了，703的人好像不在家。"),
        (500, 900, 340, "19:53:50", "fire_smoke", "民眾來電：智慧營運塔這邊看得到南邊冒煙，請問是哪裡？要不要緊？"),
        (150, 300, 210, "19:55:00", "other", "民眾來電：外面一直有消防車鳴笛，煙好大，我們社區要不要疏散？誰可以告訴我們？"),
        (400, 700, 190, "19:56:20", "fire_smoke", "民眾來電：中國醫藥大學這邊看到北邊有濃煙，還在燒嗎？"),
        (100, 300, 350, "19:58:10", "fire_smoke", "民眾來電：經貿路上都是煙，看不到前面，開車很危險。"),
        (1000, 1600, 250, "20:00:30", "other", "民眾來電：我在河南路這邊聞到很重的燒焦味，窗戶要不要關？是哪裡失火？"),
        (200, 400, 90, "20:02:00", "fire_smoke", "民眾來電：剛剛那個火災還在燒嗎？我家人住A區，電話都打不通，很擔心。"),
        (300, 600, 300, "20:04:40", "fire_smoke", "民眾來電：敦化路那邊也有煙，是不是又一間燒起來了？"),
        (50, 200, 150, "20:07:20", "fire_smoke", "民眾來電：A區的住戶都在樓下中庭，沒有人來告訴我們什麼時候可以上去。"),
        (700, 1100, 200, "20:10:30", "other", "民眾來電：公園裡都是煙味，小孩在玩，會不會有毒？"),
        (150, 350, 270, "20:14:00", "fire_smoke", "民眾來電：那棟大樓的火好像滅了，可是還在冒白煙，要不要再派人看？"),
        (250, 500, 30, "20:19:10", "fire_smoke", "民眾來電：我剛下班，經貿路三段怎麼那麼多消防車？我家是不是失火了？住A區8樓。"),
        (400, 800, 240, "20:26:00", "other", "民眾來電：現在空氣都是燒焦味，環保局可以來測一下嗎？"),
        (100, 250, 100, "20:33:30", "fire_smoke", "民眾來電：A區停車場出口被消防車擋住，我要出去，什麼時候可以移開？"),
        (800, 1300, 215, "20:41:00", "other", "民眾來電：剛剛逢甲這邊一直有煙味，現在好一點了，是哪裡燒起來？有人受傷嗎？"),
    ]
    first_call = None
    for r0, r1_, brg, hhmm, cat, text in calls:
        pt = s.near(A, r0, r1_, brg, 60) if r1_ else A
        it = s.call(cat, pt, s.t(hhmm), text, F)
        first_call = first_call or it
    d = s.f119("fire", A, s.t("19:40:05"),
               "【火災】地點：北屯區經貿路三段（水湳生態住宅A區）7樓｜案由：住宅火警，多通報案，7F冒黑煙並見火光，疑有人受困｜派遣：北屯分隊、松竹分隊、四維分隊、救護車2｜狀態：出勤", F)
    s.f119("fire", A, s.t("19:47:30"), "【火災】北屯分隊到達，7F 703室火勢猛烈，成立前進指揮所，搜救8F受困住戶", F, follows=d["key"])
    s.police("fire_report", "Severe", A, s.t("19:49:00"),
             "第五分局報：經貿路三段生態住宅A區7樓住宅火警，消防已到場，警力協助疏散住戶及周邊交通管制。", F)
    rc = s.police("road_closure", "Moderate", (120.6591, 24.1846), s.t("19:53:20"),
                  "第五分局報：經貿路三段（敦化路至經貿路三段XX巷）雙向封閉，供消防車作業，車輛改道中清路。", F)
    s.panel("SN-FA-012", "alarm", s.t("19:54:40"), "火警受信總機：1F 大廳 偵煙探測器動作（第3區）", F, alt="alarm_eco_block_b")
    s.rule("SN-VD-JINGMAO-02", "congestion", s.t("20:01:30"),
           "經貿路車輛偵測器2 平均車速 8 km/h，佔有率 61%，低於壅塞門檻", F)
    s.f119("fire", A, s.t("20:06:10"), "【火災】20:05 火勢控制，8F 受困住戶2人已救出，1人嗆傷送醫", F, follows=d["key"])
    s.f119("ambulance", A, s.t("20:08:30"),
           "【救護】地點：經貿路三段（生態住宅A區）｜案由：火場嗆傷，女性70歲，意識清楚｜派遣：北屯救護車｜狀態：出勤", F)
    s.panel("SN-FA-012", "normal", s.t("20:21:00"), "火警受信總機：復歸", F, alt="alarm_eco_block_b")
    s.f119("fire", A, s.t("20:28:50"), "【火災】20:27 火勢撲滅，燒損703室約30平方公尺，殘火處理中", F, follows=d["key"])
    s.police("road_closure", "Minor", (120.6591, 24.1846), s.t("21:12:30"),
             "續報：經貿路三段開放北向車道，南向仍供消防車停放。", F, follows=rc["key"])
    s.rule("SN-VD-JINGMAO-02", "cleared", s.t("21:18:00"), "經貿路車輛偵測器2 車速回升至 31 km/h，壅塞解除", F)
    s.panel("SN-FA-011", "normal", s.t("21:35:00"), "火警受信總機：復歸", F)
    s.f119("fire", A, s.t("21:40:20"), "【火災】各分隊返隊，火場交由轄區分局保全，案件結案", F, follows=d["key"])
    # background
    s.call("noise", s.near((120.665, 24.19), 100, 400), s.t("19:30:00"),
           "民眾反映：北屯這邊樓下卡拉OK每天唱到很晚，太吵了，請環保局來測噪音。", None)
    s.call("illegal_parking", s.near(P["pop_music"], 50, 200), s.t("20:12:00"),
           "民眾反映：凱旋路人行道上停滿機車，推嬰兒車過不去。", None)
    s.f119("ambulance", s.near(P["fcu"], 300, 700, 270, 60), s.t("20:15:40"),
           "【救護】地點：西屯區（逢甲水湳校區西側住宅）｜案由：老人在家跌倒，頭部撕裂傷｜派遣：西屯救護車｜狀態：出勤", None)
    s.call("streetlight", s.near(P["museumbrary"], 100, 300), s.t("20:48:00"),
           "民眾反映：綠美圖旁邊人行道有兩盞路燈一閃一閃的。", None)
    s.incident(F, "fire", "水湳生態住宅A區集合住宅7樓住宅火警，8樓住戶受困救出、1人嗆傷，經貿路三段封閉，大量1999來電", f1)
    s.alternative_reading(
        "B區總機1F偵煙器動作可能不是A區火煙飄入，而是B區本身需要消防另外派員確認的警報（兩棟相距約280公尺）；"
        "在此讀法下它自成一個事件。",
        same_incidents(s, add=[{"label": "alarm_eco_block_b", "type": "fire",
                                "description": "水湳生態住宅B區總機1F偵煙器動作，20分鐘後復歸（需另派員確認）",
                                "sufficient_evidence_key": None}]))
    # sufficient key for B under the alt reading: its alarm
    for _, _, it in s.items:
        if it.get("truth_alt") == "alarm_eco_block_b" and it["category"] == "alarm":
            s.alternative["incidents"][-1]["sufficient_evidence_key"] = it["key"]
    s.notes = ("住宅火警總機警報在集合住宅、又是晚餐時間，協調員立即開案（總機19:38:12）。"
               "1999 來電中有人把地點說成綠美圖、流行影音中心、水資源回收中心北邊、敦化路「又一間」，全是同一股煙。"
               "逢甲與河南路的燒焦味（1.0–1.6公里外，東北季風下風處）也是同一場火。"
               "逢甲西側的居家跌倒救護是例行救護，與火災無關，標 null。")
    return s.write()


def s374():
    s = Sit(374, "concert_evening_small_incidents", "2026-10-17", 374,
            "10月週六晚間，臺中流行影音中心演唱會（預估1.2萬人）。演唱會本身的人潮、停車、違停與散場噪音是一個活動安全事件；"
            "其間發生四件互不相干的小事件：凱旋路黎明路口機車擦撞、經貿路黎明路口號誌故障、會場扒竊、觀眾暈倒送醫。")
    C, T, S, K, R = ("concert_crowd", "theft_pop_music", "signal_liming_jingmao",
                     "crash_liming_kaixuan", "faint_pop_music")
    V = P["pop_music"]
    s.permit("concert", V, s.t("18:30"), s.t("22:30"), s.t("10:00", day=-10),
             "演唱會（臺中流行影音中心 戶外展演空間）｜主辦：○○娛樂｜預估人數12,000人｜管制範圍：凱旋路、中科路周邊半徑400公尺｜18:30入場 19:30開演 22:00散場", C)
    s.parking("SN-PK-005", s.t("17:58:00"), "中央公園地下停車場(南) 汽車剩餘 0 / 400", C)
    s.rule("SN-VD-KAIXUAN-02", "congestion", s.t("18:08:40"), "凱旋路車輛偵測器2 平均車速 13 km/h，佔有率 49%，低於壅塞門檻", C)
    s.parking("SN-PK-004", s.t("18:14:00"), "中央公園地下停車場(北) 汽車剩餘 0 / 450", C)
    s.call("illegal_parking", s.near(V, 100, 300, 300, 60), s.t("18:17:30"),
           "民眾反映：凱旋路兩邊紅線全部停滿車，還有人並排，公車過不去，警察在哪裡？", C)
    s.rule("SN-VD-ZHONGKE-01", "congestion", s.t("18:24:10"), "中科路車輛偵測器1 平均車速 15 km/h，佔有率 46%，低於壅塞門檻", C)
    c1 = s.police("crowd_control", "Moderate", (120.6523, 24.1853), s.t("18:31:20"),
                  "第六分局報：流行影音中心入口人潮大量聚集，凱旋路人行道滿溢至車道，請求增派警力執行人車分流。", C)
    s.call("crowding", s.near(V, 50, 200, 60, 90), s.t("18:36:00"),
           "民眾來電：流行影音中心門口人擠人，排隊的人都站到馬路上了，很危險，有沒有人在管？", C)
    s.call("illegal_parking", s.near((120.6534, 24.188), 50, 200), s.t("18:49:20"),
           "民眾反映：中科路雙排停車，整條只剩一個車道，我的車被擋在停車格出不來。", C)
    s.call("illegal_parking", s.near(V, 300, 600, 200, 60), s.t("19:12:40"),
           "民眾反映：我們逢甲這邊巷子被看演唱會的車停滿，住戶車子開不進來。", C)
    # K: scooter crash at Liming / Kaixuan (~960 m north)
    K0 = P["liming_kaixuan"]
    k1 = s.cctv("SN-CCTV-007", "accident", 0.70, s.t("19:24:10"), "影像分析：黎明路三段/凱旋路路口疑似碰撞事故", K)
    k2 = s.call("traffic_accident", s.near(K0, 50, 150), s.t("19:26:30"),
                "民眾來電：黎明路凱旋路口機車跟汽車擦撞，騎士自己站起來了，兩台車停在路口吵架。", K)
    k3 = s.police("traffic_accident", "Minor", K0, s.t("19:33:50"),
                  "第六分局報：黎明路三段/凱旋路口，普重機車與自小客擦撞，騎士手肘擦傷拒絕送醫，已製作筆錄。", K)
    s.call("traffic_accident", s.near(K0, 150, 350, 180, 60), s.t("19:28:40"),
           "民眾來電：凱旋路往黎明路口那邊好像有車禍，有機車倒在路中間，車子都在繞。", K)
    s.police("traffic_accident", "Minor", K0, s.t("19:52:10"), "續報：黎明路凱旋路口事故車輛已移離，路口恢復。", K, follows=k3["key"])
    # S: signal fault at Jingmao / Liming (~1.2 km NE)
    S0 = P["jingmao_liming"]
    s1 = s.signal("SN-SIG-005", "fault", s.t("20:14:40"), "號誌控制器回報：燈態異常（全紅閃）", S)
    s.cctv("SN-CCTV-005", "signal_dark", 0.83, s.t("20:15:30"), "影像分析：經貿路二段/黎明路三段號誌燈號熄滅", S)
    s2 = s.call("traffic_signal", s.near(S0, 50, 150), s.t("20:19:50"),
                "民眾來電：黎明路經貿路口紅綠燈全部不亮，車子亂鑽，差點撞到，快派人來。", S)
    s.police("traffic_signal_fault", "Moderate", S0, s.t("20:28:30"),
             "第六分局報：經貿路二段/黎明路三段號誌故障，已派員手勢指揮交通，請交通局派修。", S)
    s.signal("SN-SIG-005", "restored", s.t("21:44:00"), "號誌控制器回報：恢復正常運作", S)
    # T: pickpocketing at the venue
    t1 = s.police("theft", "Minor", (120.6524, 24.1852), s.t("20:41:30"),
                  "第六分局報：流行影音中心入口排隊區，女性民眾手機遭扒，嫌犯男性約30歲黑色上衣，往凱旋路方向逃逸。", T)
    s.police("theft", "Minor", (120.6519, 24.1849), s.t("20:46:10"),
             "第六分局報：同區另一名民眾皮夾遭竊，研判同一嫌犯，已調閱周邊監視器。", T, follows=t1["key"])
    s.call("other", s.near(V, 30, 120), s.t("20:52:20"),
           "民眾來電：我在演唱會門口手機被偷了，要去哪裡報案？現場找不到警察。", T)
    s.call("other", s.near(V, 50, 200, 0, 90), s.t("21:03:40"),
           "民眾來電：我朋友剛剛在排隊的時候包包被拉開，錢包不見了，會場有警察可以找嗎？", T)
    s.police("theft", "Minor", (120.6528, 24.1870), s.t("21:31:00"),
             "續報：扒竊嫌犯於中科路停車場旁逮捕，起出手機2支、皮夾1個。", T, follows=t1["key"])
    # R: faint inside, ambulance through the crowd
    r1 = s.f119("ambulance", V, s.t("21:08:50"),
                "【救護】地點：西屯區臺中流行影音中心 戶外展演區｜案由：女性約20歲暈倒，意識模糊｜派遣：西屯救護車｜狀態：出勤", R, alt=C)
    s.police("crowd_control", "Minor", (120.6518, 24.1848), s.t("21:12:20"),
             "第六分局報：協助救護車自凱旋路進入會場，開闢救護通道。", R, alt=C)
    s.f119("ambulance", V, s.t("21:19:40"), "【救護】到達現場，患者意識恢復，疑中暑脫水", R, alt=C, follows=r1["key"])
    s.f119("ambulance", V, s.t("21:34:00"), "【救護】送往中國醫藥大學附設醫院，離開現場", R, alt=C, follows=r1["key"])
    s.police("crowd_control", "Minor", (120.6518, 24.1848), s.t("21:36:30"),
             "續報：救護車已駛離會場，救護通道解除。", R, alt=C)
    # end of the concert
    s.police("crowd_control", "Moderate", (120.6523, 24.1853), s.t("22:04:30"),
             "第六分局報：演唱會散場，凱旋路、中科路實施人車分流，往轉運中心接駁車排班中。", C, follows=c1["key"])
    s.call("noise", s.near(V, 400, 800, 200, 80), s.t("22:07:10"),
           "民眾反映：流行影音中心的演唱會音樂太大聲了，我住逢甲這邊窗戶都在震，這個時間還不停？", C)
    s.call("crowding", s.near(V, 100, 300, 20, 60), s.t("22:13:40"),
           "民眾來電：散場的人全部擠在中科路上，車子被困住動不了，有人在拍打車窗。", C)
    s.cctv("SN-CCTV-007", "crowding", 0.68, s.t("22:16:20"), "影像分析：黎明路三段/凱旋路路口人群聚集（移動中）", C)
    s.call("noise", s.near(V, 500, 900, 120, 60), s.t("22:22:30"),
           "民眾反映：已經十點多了，外面一堆人在大聲唱歌喊叫，機車一直催油門，請警察處理。", C)
    s.rule("SN-VD-KAIXUAN-01", "congestion", s.t("22:25:30"), "凱旋路車輛偵測器1 平均車速 12 km/h，佔有率 51%，低於壅塞門檻", C)
    s.rule("SN-VD-KAIXUAN-02", "cleared", s.t("23:02:00"), "凱旋路車輛偵測器2 車速回升至 36 km/h，壅塞解除", C)
    s.rule("SN-VD-ZHONGKE-01", "cleared", s.t("23:05:30"), "中科路車輛偵測器1 車速回升至 39 km/h，壅塞解除", C)
    s.rule("SN-VD-KAIXUAN-01", "cleared", s.t("23:10:40"), "凱旋路車輛偵測器1 車速回升至 41 km/h，壅塞解除", C)
    # background
    s.call("streetlight", s.near(P["cmu"], 100, 300), s.t("19:40:00"),
           "民眾反映：中平路上有一盞路燈不亮（桿號 BT-10233）。", None)
    s.call("動物救援", s.near(P["reclamation"], 100, 300), s.t("20:58:00"),
           "民眾反映：水資源回收中心旁邊有一隻狗被車撞到躺在路邊，還活著。", None)
    s.incident(C, "crowd", "流行影音中心演唱會：入場人潮溢出車道、周邊停車場滿、違停、散場人車衝突與噪音", c1)
    s.incident(K, "traffic", "黎明路三段/凱旋路口機車與自小客擦撞，輕傷拒送醫", k2)
    s.incident(S, "traffic", "經貿路二段/黎明路三段號誌故障，員警手勢指揮，約90分鐘後修復", s1)
    s.incident(T, "public_safety", "流行影音中心入口扒竊（2名被害人），嫌犯事後逮捕", t1)
    s.incident(R, "rescue", "演唱會觀眾暈倒，救護車經人群進場送醫", r1)
    s.alternative_reading(
        "觀眾暈倒的救護可視為演唱會活動安全事件的一部分（由活動現場的警力與救護站一起處理），不另開案。",
        same_incidents(s, drop=(R,)))
    s.notes = ("演唱會許可本身不是工作；協調員在人潮溢出車道、警方請求增援時（18:31 警方報告）開案。"
               "違停與散場噪音的1999來電屬活動事件（同一個現場指揮處理）。"
               "CCTV-007 同一支攝影機先拍到擦撞（K），三小時後拍到散場人潮（C）：同一設備、不同事件。"
               "號誌故障距會場約1.2公里，與活動無關。")
    return s.write()


def s375():
    s = Sit(375, "zhongqing_crash_late_feed", "2026-11-25", 375,
            "11月週三深夜，中清交流道下中清路/環中路口聯結車與兩部自小客碰撞（重傷）。"
            "警方終端機批次上傳延遲約40分鐘、CCTV錄影主機時鐘慢11分鐘、1999一案重複送達、119的到場更新比出勤先到、"
            "續報比原報先到。同一段時間中清路南方約370公尺另一起酒駕自撞分隔島（反向車道、不同派遣），其警方報告也延遲45分鐘。")
    A, B = "crash_zhongqing_huanzhong", "dui_crash_zhongqing_south"
    A0 = P["zhongqing_huanzhong"]
    B0 = (120.6590, 24.1960)
    skew = 11 * 60  # CCTV-008 recorder clock 11 min slow
    import datetime as dt
    slow = dt.timedelta(seconds=skew)
    a1 = s.cctv("SN-CCTV-008", "accident", 0.86, s.t("22:41:30") - slow,
                "影像分析：中清路/環中路路口偵測碰撞事故，多車停滯", A, arrival=s.t("22:41:41"))
    s.dup(a1, s.t("22:42:05"))
    a2 = s.call("traffic_accident", s.near(A0, 80, 200, 200, 60), s.t("22:43:00"),
                "民眾來電：中清交流道下來那個路口，一台大貨車跟兩台車撞在一起，有一台車整個變形，裡面的人好像出不來！", A)
    a3 = s.f119("ambulance", A0, s.t("22:44:10"),
                "【救護】地點：北屯區中清路二段/環中路口｜案由：車禍，聯結車與自小客2部碰撞，1人受困車內，意識不清｜派遣：北屯救護車、松竹分隊救助隊｜狀態：出勤",
                A, arrival=s.t("23:05:30"))  # dispatch record delivered 21 min late
    a4 = s.call("traffic_accident", s.near(A0, 150, 350, 330, 60), s.t("22:46:00"),
                "民眾來電：環中路往中清路口前面出車禍，地上都是碎片跟油，車子都停住了。", A, arrival=s.t("22:46:12"))
    s.dup(a4, s.t("22:52:40"))
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.79, s.t("22:44:20") - slow,
           "影像分析：中清路/環中路路口車輛停滯（3部）", A, arrival=s.t("22:44:31"))
    s.rule("SN-VD-ZHONGQING-01", "congestion", s.t("22:48:30"), "中清路車輛偵測器1 平均車速 6 km/h，佔有率 63%，低於壅塞門檻", A)
    s.call("traffic_accident", s.near(A0, 300, 600, 20, 40), s.t("22:49:50"),
           "民眾來電：國道下中清交流道整個回堵到匝道上了，是不是前面出事？", A)
    s.rule("SN-VD-HUANZHONG-03", "congestion", s.t("22:50:40"), "環中路車輛偵測器3 平均車速 10 km/h，佔有率 55%，低於壅塞門檻", A)
    s.f119("ambulance", A0, s.t("22:52:20"), "【救護】救護車到達現場，破壞器材救出受困駕駛，重傷", A, follows=a3["key"],
           arrival=s.t("22:52:35"))
    pa = s.police("injury_accident", "Severe", A0, s.t("22:55:10"),
                  "第五分局報：中清路二段/環中路口，聯結車與自小客2部碰撞，1人重傷送醫，2人輕傷，佔用中清路南下全部車道，請求交通大隊支援。",
                  A, arrival=s.t("23:36:20"))
    s.call("traffic_accident", s.near(A0, 100, 300, 150, 60), s.t("23:02:10"),
           "民眾來電：剛剛打過了，中清路口那個車禍現在還是塞，警察到了沒有？", A, follows=a2["key"])
    pr = s.police("road_closure", "Moderate", A0, s.t("23:10:00"),
                  "第五分局報：中清路南下（環中路口）封閉，車輛由環中路改道，待拖吊聯結車。", A, follows=pa["key"],
                  arrival=s.t("23:37:05"))
    s.f119("ambulance", A0, s.t("23:20:00"), "【救護】重傷者送往中國醫藥大學附設醫院，離開現場", A, follows=a3["key"],
           arrival=s.t("23:20:15"))
    s.police("injury_accident", "Moderate", A0, s.t("23:25:30"),
             "續報：中清路/環中路口重傷者已送醫，現場測繪中，聯結車拖吊車預計23:50到場。", A, follows=pa["key"],
             arrival=s.t("23:26:40"))  # follow-up on time, original still in the late batch
    s.police("road_closure", "Minor", A0, s.t("24:18:00"),
             "續報：聯結車已拖離，路面油污清除，中清路南下恢復通車。", A, follows=pa["key"], arrival=s.t("24:19:10"))
    s.rule("SN-VD-ZHONGQING-01", "cleared", s.t("24:25:00"), "中清路車輛偵測器1 車速回升至 44 km/h，壅塞解除", A)
    s.rule("SN-VD-HUANZHONG-03", "cleared", s.t("24:31:10"), "環中路車輛偵測器3 車速回升至 47 km/h，壅塞解除", A)
    # B: DUI self-crash into the median, northbound, 370 m south
    b1 = s.call("traffic_accident", s.near(B0, 60, 200, 120, 60), s.t("23:18:40"),
                "民眾來電：中清路往北這邊有一台白色的車自己撞上分隔島，車頭冒煙，駕駛好像喝醉了下來走來走去。", B)
    b2 = s.f119("ambulance", B0, s.t("23:20:30"),
                "【救護】地點：北屯區中清路二段（環中路口南方約350公尺）北上車道｜案由：自小客自撞分隔島，駕駛1人頭部擦傷｜派遣：松竹救護車｜狀態：出勤",
                B, arrival=s.t("23:21:00"))
    s.call("traffic_accident", s.near(B0, 150, 300, 200, 60), s.t("23:23:10"),
           "民眾來電：中清路又一個車禍，這次是往北的車道，車停在內側車道上沒有警示。", B)
    pb = s.police("traffic_accident", "Moderate", B0, s.t("23:31:40"),
                  "第五分局報：中清路二段北上內側車道，自小客自撞分隔島，駕駛酒測值0.62mg/L，依公共危險罪移送，車輛佔用內側車道。",
                  B, arrival=s.t("24:16:50"))
    s.f119("ambulance", B0, s.t("23:29:00"), "【救護】到達現場，駕駛拒絕送醫，救護車返隊", B, follows=b2["key"], arrival=s.t("23:29:20"))
    s.police("traffic_accident", "Minor", B0, s.t("24:05:00"), "續報：中清路北上自撞車輛已拖離。", B, follows=pb["key"],
             arrival=s.t("24:21:30"))
    # background
    s.status("SN-VD-ZHONGQING-02", "offline", s.t("22:35:00"), "設備離線（通訊中斷）", None, arrival=s.t("22:36:30"))
    s.status("SN-VD-ZHONGQING-02", "online", s.t("22:39:10"), "設備連線", None, arrival=s.t("22:39:15"))
    s.call("noise", s.near((120.668, 24.19), 100, 400), s.t("23:40:00"),
           "民眾反映：北屯這邊有人在改裝車的排氣管一直催，每天半夜都這樣。", None)
    s.call("streetlight", s.near(P["museumbrary"], 100, 300), s.t("23:55:00"),
           "民眾反映：綠美圖旁邊步道的路燈壞了一盞（桿號 XT-09120），很暗。", None)
    s.incident(A, "traffic", "中清路/環中路口聯結車與兩部自小客碰撞，1人受困重傷，中清路南下封閉約80分鐘", a2)
    s.incident(B, "traffic", "中清路北上（環中路口南方約370公尺）酒駕自撞分隔島，駕駛輕傷拒送醫", b1)
    s.notes = ("時間陷阱：CCTV-008 的 observed 比實際慢11分鐘（22:30:30 代表 22:41:30），且偵測事件重複送達一次；"
               "1999 案件 " + a4["key"] + " 重複送達；119 出勤紀錄延遲21分鐘送達，比它的到場更新晚到；"
               "警方 " + pa["key"] + " 延遲約41分鐘，其續報比它先到；B 的警方報告延遲45分鐘，與A的延遲報告混在同一批到達。"
               "B 發生在 A 的回堵範圍附近，但在反向車道、由不同單位處理，是另一個工作。")
    return s.write()


def s376():
    s = Sit(376, "park_gateway_offline_storm", "2026-08-14", 376,
            "8月週五午後雷陣雨。雷擊造成中央公園區IoT閘道器斷電：公園內5個淹水感測器、2個滯洪池水位計、雨量站、兩個地下停車場的車位資訊同時離線，"
            "停車場火警總機回報主電源斷電，傍晚公園步道路燈整排不亮、停車場柵欄無法開啟（同一停電/閘道器工作）。"
            "同時約1公里外黎明路凱旋路口低窪處真的積水（另一事件）。另有其他設備短暫斷線（背景）。")
    G, W = "park_gateway_down", "flood_liming_kaixuan"
    s.rule("SN-RG-002", "heavy_rain", s.t("15:20:00"), "水湳轉運中心雨量站 時雨量 52.0 mm，達大雨標準", None, level="大雨")
    s.rule("C0F9T0", "heavy_rain", s.t("15:30:00"), "西屯(C0F9T0) 時雨量 44.5 mm，達大雨標準", None, level="大雨")
    behind = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002",
              "SN-RG-001", "SN-PK-004", "SN-PK-005"]
    offs = []
    for i, sid in enumerate(behind):
        offs.append(s.status(sid, "offline", s.t("15:32:20"), "設備離線（未收到心跳，遺囑訊息）", G,
                             arrival=s.t("15:33:50") + __import__("datetime").timedelta(seconds=i * 3)))
    first = offs[3]  # four devices of the same gateway dark in the same second: enough to open
    fa = s.panel("SN-FA-007", "fault", s.t("15:32:25"), "火警受信總機：主電源斷電，切換預備電源供電中", G)
    # the center's offline rule after the expected interval has passed twice
    import datetime as dt
    for i, sid in enumerate(behind):
        iv = SENSORS[sid]["interval"]
        t = s.t("15:32:20") + dt.timedelta(seconds=2 * iv + 30 + i * 7)
        s.rule(sid, "sensor_offline", t, f"{SENSORS[sid]['name']} 超過 {2 * iv // 60} 分鐘未回傳資料", G)
    s.call("other", s.near((120.6566, 24.1885), 30, 120), s.t("16:08:30"),
           "民眾來電：中央公園地下停車場出口的柵欄不會動，繳費機也是黑的，一排車卡在出口出不去，怎麼辦？", G)
    s.call("flooding", s.near((120.6566, 24.1805), 50, 200), s.t("16:31:40"),
           "民眾來電：中央公園的滯洪池水好滿喔，步道都淹到了，會不會淹出來到外面馬路？有人在看嗎？", G, alt=None)
    s.call("other", s.near((120.656, 24.179), 30, 120), s.t("17:02:10"),
           "民眾來電：公園南邊停車場的電梯停了，我推輪椅下不去，停車場裡面燈也只剩幾盞。", G)
    sl = s.call("streetlight", s.near((120.6563, 24.1840), 50, 250), s.t("18:41:00"),
                "民眾反映：中央公園裡面步道路燈整排都沒亮，天快黑了很危險，旁邊經貿路的燈是亮的。", G)
    for i, sid in enumerate(behind):
        s.status(sid, "online", s.t("18:52:00") + dt.timedelta(seconds=i * 4), "設備連線", G, arrival=s.t("18:52:05") + dt.timedelta(seconds=i * 4))
    s.panel("SN-FA-007", "normal", s.t("18:52:30"), "火警受信總機：主電源恢復，復歸", G)
    # W: real flood at the Liming / Kaixuan low point
    W0 = (120.6475, 24.193)
    s.rule("SN-FL-009", "flood_depth", s.t("15:45:00"), "黎明路凱旋路口低窪處 淹水深度 9 cm", W, level="1-15")
    w2 = s.rule("SN-FL-009", "flood_depth", s.t("15:55:00"), "黎明路凱旋路口低窪處 淹水深度 19 cm", W, level="16-30")
    s.call("flooding", s.near(W0, 50, 200, 90, 80), s.t("15:58:10"),
           "民眾來電：黎明路凱旋路口又淹水了，每次下大雨都這樣，機車騎過去水到排氣管。", W)
    s.cctv("SN-CCTV-007", "flooding", 0.69, s.t("16:04:40"), "影像分析：黎明路三段/凱旋路路口路面積水", W)
    wp = s.police("flooding_report", "Moderate", W0, s.t("16:10:20"),
                  "第六分局報：黎明路三段/凱旋路口低窪處積水約20公分，機車多部熄火，已於路口管制，請水利局派抽水機。", W)
    s.rule("SN-VD-KAIXUAN-01", "congestion", s.t("16:15:00"), "凱旋路車輛偵測器1 平均車速 14 km/h，佔有率 46%，低於壅塞門檻", W)
    s.call("flooding", s.near(W0, 150, 400, 200, 80), s.t("16:19:30"),
           "民眾來電：凱旋路往黎明路那邊水好深，我的機車熄火了推不動，附近有沒有拖車？", W)
    s.rule("SN-FL-009", "flood_depth", s.t("16:25:00"), "黎明路凱旋路口低窪處 淹水深度 22 cm", W, level="16-30")
    s.call("blocked_drain", s.near(W0, 50, 150), s.t("16:40:00"),
           "民眾來電：黎明路這邊的水溝蓋被樹葉垃圾蓋滿了，水根本流不下去，請派人清。", W)
    s.rule("SN-FL-009", "flood_depth", s.t("16:55:00"), "黎明路凱旋路口低窪處 淹水深度 12 cm", W, level="1-15")
    s.rule("SN-FL-009", "cleared", s.t("17:15:00"), "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除", W)
    s.police("flooding_report", "Minor", W0, s.t("17:22:30"), "續報：黎明路凱旋路口積水已退，解除管制。", W, follows=wp["key"])
    s.rule("SN-VD-KAIXUAN-01", "cleared", s.t("17:30:00"), "凱旋路車輛偵測器1 車速回升至 35 km/h，壅塞解除", W)
    # background: device flaps elsewhere, routine calls
    s.status("SN-VD-HENAN-01", "offline", s.t("16:40:10"), "設備離線（通訊中斷）", None)
    s.status("SN-VD-HENAN-01", "online", s.t("16:43:30"), "設備連線", None, delay=(2, 6))
    s.status("SN-CCTV-010", "offline", s.t("17:10:00"), "設備離線（通訊中斷）", None)
    s.status("SN-CCTV-010", "online", s.t("17:12:40"), "設備連線", None, delay=(2, 6))
    s.call("illegal_parking", s.near(P["convention_a"], 50, 200), s.t("16:50:00"),
           "民眾反映：會展中心旁邊人行道有汽車停在上面，請拖吊。", None)
    s.call("公園路樹", s.near((120.6560, 24.1860), 50, 200), s.t("17:45:00"),
           "民眾反映：中央公園步道旁一棵小樹被風吹歪了，沒有擋到路，有空再來扶正。", None)
    s.incident(G, "infrastructure", "中央公園區IoT閘道器因雷擊斷電：公園淹水感測器、滯洪池水位、雨量站與停車場資訊離線約3小時20分鐘，"
                                      "停車場總機轉備電、柵欄與電梯停擺、步道路燈不亮；豪雨中公園監測中斷，需人工巡查滯洪池", first)
    s.incident(W, "flood", "黎明路三段/凱旋路口低窪處積水約20公分，機車熄火，路口管制約70分鐘", w2)
    s.alternative_reading(
        "公園滯洪池「很滿」的來電也可以當成滯洪池正常蓄水的詢問（不屬任何工作）；在本讀法中它是閘道器事件的一部分，"
        "因為感測器離線，協調員必須派人到現場看滯洪池。",
        same_incidents(s))
    s.notes = ("十個設備在同一秒離線，它們唯一共同點是公園區閘道器；這是一件工作，不是十件，也不是淹水。"
               "sensor_offline 告警在預期間隔兩倍後才出現（停車場約4.5分鐘、其他約20分鐘），比 status 晚到。"
               "黎明路凱旋路口的積水感測器（SN-FL-009）不在該閘道器後面，照常回報。"
               "河南路偵測器與河南中平路口攝影機的短暫斷線是例行的通訊抖動。")
    return s.write()


if __name__ == "__main__":
    for f in (s371, s372, s373, s374, s375, s376):
        n = f()
        print(f.__name__, n)
