"""Situations 1411-1416 (o1411). Run: python3 gen_a.py"""
from lib import Situation, P, J, off, road_at, sp

BUILT = []


# ====================================================================== 1411
def s1411():
    s = Situation(1411, "two_at_once_zhongping", "2016-03-15",
                  "Two jobs at once at 經貿路/中平路: a crash and a shop fire 150 m apart")
    jz = J["jingmao_zhongping"]
    shop = road_at("zhongping", 1485, side_m=14)      # north side of 中平路, ~150 m east of the junction
    cmu = P("cmu_campus")
    # background before
    s.rule("SN-VD-HUANZHONG-01", "congestion", "17:41:00", "環中路車輛偵測器1 平均車速 18 km/h，佔有率 41%（尖峰車流）", None, severity="Minor")
    s.c1999("streetlight", "17:44:10", off(P("eco_block_a"), -40, 30), "敦化路一段靠經貿路這邊有一盞路燈一閃一閃的，燈桿號碼看不清楚", None)
    s.rule("SN-VD-HENAN-01", "congestion", "17:47:30", "河南路車輛偵測器1 平均車速 21 km/h，佔有率 37%", None, severity="Minor")
    # A: the crash
    a_cctv = s.cctv("SN-CCTV-011", "accident", "17:51:52", 0.74, "經貿路/中平路 路口偵測到疑似車輛碰撞", "A")
    a_call = s.c1999("traffic_accident", "17:52:31", off(jz, -15, 10), "經貿路跟中平路口有汽車撞到機車，騎士倒在地上不太能動，麻煩趕快派救護車", "A")
    a_amb = s.f119("ambulance", "17:53:05", off(jz, -10, 5), "中平路與經貿路口 車禍，機車騎士一名倒地，腳部疑骨折，派遣救護車一輛", "A")
    s.cctv("SN-CCTV-011", "stalled_vehicle", "17:55:40", 0.61, "經貿路/中平路 路口內車輛停滯超過 3 分鐘", "A")
    # B: the shop fire
    b_call = s.c1999("fire_smoke", "17:56:38", shop, "中平路上我們隔壁的小吃店廚房燒起來了！一直冒黑煙，老闆拿滅火器在噴", "B")
    b_fire = s.f119("fire", "17:57:14", shop, "中平路（經貿路口東側約150公尺）鐵皮小吃店廚房起火，派遣轄區分隊水箱車2輛、水庫車1輛", "B")
    s.c1999("fire_smoke", "17:57:50", off(jz, 20, -8), "路口這邊剛剛才車禍，現在旁邊又有店家在冒煙，煙飄到馬路上，是不是要叫消防車", "B")
    s.cctv("SN-CCTV-011", "smoke", "17:58:20", 0.58, "經貿路/中平路 畫面東側偵測到煙霧", "B")
    a_pol = s.police("injury_accident", "Moderate", "17:58:10", off(jz, -12, 6),
                     "轄區員警報：經貿路、中平路口自小客車左轉與普重機車碰撞，機車騎士右小腿擦挫傷送醫，事故車佔用內側車道，現場處理中", "A", delay=560)
    s.dup(a_pol, 95)
    s.f119("ambulance", "17:59:30", off(jz, -10, 5), "救護車到達現場", "A", status="on_scene", follows=a_amb["key"])
    s.c1999("fire_smoke", "17:59:55", off(cmu, 30, 40), "中國醫大水湳校區門口看過去，中平路那邊一直有黑煙，是不是失火", "B")
    s.rule("SN-VD-ZHONGPING-02", "congestion", "18:02:00", "中平路車輛偵測器2 平均車速 13 km/h，佔有率 55%", "A", severity="Moderate", alt=None)
    s.f119("fire", "18:02:40", shop, "第一梯次到場，廚房排油煙管起火，已布線射水", "B", status="on_scene", follows=b_fire["key"])
    b_pol = s.police("fire_report", "Moderate", "18:01:30", off(shop, -10, -10),
                     "轄區員警報：中平路鐵皮小吃店火警，消防車停於外側車道，員警協助交通疏導", "B", delay=760)
    b_close = s.police("road_closure", "Moderate", "18:05:10", off(jz, 40, 5),
                       "中平路經貿路口以東往東車道暫時封閉，供消防救災，車輛請改道經貿路", "B", delay=430)
    s.status("SN-VD-ZHONGKE-01", "offline", "18:05:20", "中科路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    s.c1999("fire_smoke", "18:06:30", off(shop, 60, 25), "小吃店那邊煙還是很大，我們樓上都是燒焦的味道，窗戶要不要關", "B")
    s.dup(b_close, 72)
    s.status("SN-VD-ZHONGKE-01", "online", "18:09:05", "中科路車輛偵測器1 恢復連線", None)
    s.parking("SN-PK-001", "full", "18:10:40", "水湳轉運中心停車場 小型車位已滿", None)
    s.police("theft", "Minor", "18:03:00", off(P("fcu_campus"), -30, 10), "逢甲大學水湳校區腳踏車停車棚自行車失竊，民眾到所報案，受理中", None, delay=900)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "18:14:00", "中平路車輛偵測器2 平均車速 6 km/h，佔有率 72%", "B", severity="Moderate", alt=None)
    s.c1999("other", "18:15:20", off(jz, 330, 80), "中平路怎麼封起來了？塞了快二十分鐘，前面到底發生什麼事", "B", alt=None)
    s.c1999("illegal_parking", "18:19:30", off(cmu, 10, 25), "中國醫大水湳校區門口紅線一直有車停在那邊，公車都靠不了站", None)
    s.f119("fire", "18:21:30", shop, "火勢撲滅，無人受傷，殘火處理中", "B", status="on_scene", follows=b_fire["key"], key=b_fire["key"] + "-knockdown")
    s.signal("SN-SIG-006", "fault", "18:22:10", "經貿路二段/經貿七路 號誌控制器回報異常", None)
    s.signal("SN-SIG-006", "restored", "18:24:50", "經貿路二段/經貿七路 號誌恢復正常", None)
    s.police("injury_accident", "Minor", "18:30:00", off(jz, -12, 6), "經貿路中平路口事故車輛已移置路邊，內側車道恢復通行，雙方酒測值均為零", "A", follows=a_pol["key"], delay=420)
    s.c1999("noise", "18:31:00", road_at("jingmao", 1900, side_m=20), "經貿路三段有工地到現在還在敲敲打打，很吵", None)
    s.f119("fire", "18:40:10", shop, "殘火處理完畢，人車返隊", "B", status="returning", follows=b_fire["key"])
    s.rule("SN-VD-ZHONGPING-02", "cleared", "18:44:00", "中平路車輛偵測器2 車速回升至 34 km/h，警戒解除", "B", alt=None)
    s.police("road_reopened", "Minor", "18:46:20", off(jz, 40, 5), "中平路往東車道解除封閉，恢復通行", "B", follows=b_close["key"], delay=300)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "18:48:00", "環中路車輛偵測器2 平均車速 20 km/h", None, severity="Minor")
    s.c1999("streetlight", "18:55:00", off(P("henan_car_park"), 20, -20), "河南路停車場出口那盞路燈不亮", None)
    s.f119("fire", "19:02:00", shop, "案件結案：廚房排油煙管起火，燒損約3平方公尺", "B", status="closed", follows=b_fire["key"])

    s.incident("A", "traffic", "17:51 經貿路/中平路口 自小客左轉撞機車，騎士受傷送醫，事故車佔內側車道至 18:30", [a_call, a_amb])
    s.incident("B", "fire", "17:55 中平路(經貿路口東側約150 m)鐵皮小吃店廚房火警，往東車道封閉至 18:46，19:02 結案", [b_call, b_fire])
    s.alternative("中平路車輛偵測器2 的兩次壅塞與那通抱怨封路的電話，也可讀成晚尖峰的一般車潮（偵測器在路口東邊約490 m），不算任何一件",
                  [("A", "traffic", "經貿路/中平路口 汽機車事故", [a_call, a_amb]),
                   ("B", "fire", "中平路小吃店火警", [b_call, b_fire])])
    s.description = ("晚尖峰，經貿路/中平路口 17:51 發生汽機車事故，4 分鐘後路口東側約 150 m 的小吃店廚房起火；"
                     "同一支路口攝影機先後看到事故、車輛停滯與煙霧。兩件各自派遣：救護與事故處理、消防與封路。")
    s.readme = ("Weekday evening rush (local 17:40-19:05). At 17:51 a car turning left at 經貿路/中平路 knocks down a scooter rider (A, traffic: "
                "ambulance, police accident unit, car blocking the inner lane until 18:30). At 17:55, 150 m east on 中平路, a tin-roofed eatery's kitchen "
                "catches fire (B, fire: two pumpers, the eastbound lanes closed 18:05-18:46). The junction camera SN-CCTV-011 reports the crash, the "
                "stalled car and then the smoke; a bystander at the crash calls about the smoke. Background: rush-hour slow-downs on 環中路 and 河南路, "
                "a bicycle theft reported at the FCU campus, a flapping signal at 經貿七路, a VD link flap, full hub car park, streetlight, noise and "
                "red-line parking calls near the CMU gate. Alternative reading: the two slow-downs at SN-VD-ZHONGPING-02 (490 m east) and the caller "
                "asking why the road is closed are ordinary evening traffic.")
    return s


# ====================================================================== 1412
def s1412():
    s = Situation(1412, "flood_spreading_jingmao", "2016-06-02",
                  "A flood spreading 1 km down 經貿路 and on along 中平路 over 110 minutes")
    low = sp("SN-FL-008")
    jz = J["jingmao_zhongping"]
    ecoA = P("eco_block_a")
    mid = road_at("jingmao", 2350)
    s.rule("SN-RG-002", "heavy_rain", "15:18:00", "水湳轉運中心雨量站 時雨量 41.5 mm，達大雨標準", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", "15:21:00", "中央公園雨量站 時雨量 47.0 mm，達大雨標準", None, level="大雨")
    s.c1999("streetlight", "15:24:00", off(P("transit_hub"), 40, -30), "轉運中心外面那排路燈白天一直亮著", None)
    f1 = s.rule("SN-FL-008", "flood_depth", "15:32:00", "經貿路低窪處 淹水深度 9 公分", "F", level="1-15")
    s.dup(f1, 40)
    s.rule("SN-FL-001", "flood_depth", "15:35:00", "中央公園滯洪池1 水深 12 公分（滯洪池蓄水）", None, level="1-15")
    c1 = s.c1999("flooding", "15:38:20", off(ecoA, 25, -10), "經貿路三段生態住宅A區前面整個路面都是水，水溝蓋一直往上冒水", "F")
    s.rule("SN-WL-003", "water_level", "15:41:00", "水湳區域排水經貿路水位 1.46 公尺，達三級警戒（1.4 公尺）", "F", level="3")
    f2 = s.rule("SN-FL-008", "flood_depth", "15:47:00", "經貿路低窪處 淹水深度 22 公分", "F", level="16-30")
    p1 = s.police("flooding_report", "Moderate", "15:50:00", off(low, -10, 15),
                  "轄區員警報：經貿路三段低窪路段積水約20公分，已有機車涉水熄火，員警於現場引導", "F", delay=640)
    s.rule("SN-VD-JINGMAO-02", "congestion", "15:55:00", "經貿路車輛偵測器2 平均車速 9 km/h，佔有率 63%", "F", severity="Moderate")
    s.rule("SN-WL-003", "water_level", "15:58:00", "水湳區域排水經貿路水位 1.83 公尺，達二級警戒（1.8 公尺）", "F", level="2")
    s.c1999("fallen_tree", "16:00:30", off(P("park_car_park"), -60, -120), "中央公園裡面步道旁邊有一根大樹枝斷下來，擋到步道，沒有在馬路上", None)
    s.rule("SN-FL-002", "flood_depth", "16:01:00", "中央公園滯洪池2 水深 19 公分（滯洪池蓄水）", None, level="16-30")
    c2 = s.c1999("flooding", "16:02:10", off(jz, -30, 20), "中平路經貿路口開始淹水了，水已經到輪胎一半", "F")
    s.cctv("SN-CCTV-011", "flooding", "16:05:00", 0.70, "經貿路/中平路 路面積水", "F")
    s.rule("SN-FL-008", "flood_depth", "16:08:00", "經貿路低窪處 淹水深度 36 公分", "F", level=">30")
    clos = s.police("road_closure", "Severe", "16:10:00", mid,
                    "經貿路三段（敦化路口至中平路口）積水逾30公分，雙向封閉，請用路人改道中清路", "F", delay=380)
    s.rule("SN-FL-010", "flood_depth", "16:10:00", "臺灣大道環中路口地下道 淹水深度 7 公分", None, level="1-15")
    s.c1999("flooding", "16:14:40", off(P("cmu_campus"), 20, 30), "中國醫大水湳校區前面的經貿路變成小河了，學生都出不去", "F")
    s.rule("SN-WL-003", "water_level", "16:16:00", "水湳區域排水經貿路水位 2.24 公尺，達一級警戒（2.2 公尺）", "F", level="1")
    stall = s.police("stalled_vehicle", "Moderate", "16:19:00", off(low, 5, -40),
                     "經貿路三段低窪處自小客車涉水熄火，駕駛受困車內，已通報119", "F", alt="R", delay=260)
    resc = s.f119("rescue", "16:21:30", off(low, 5, -40), "經貿路三段 車輛受困積水，駕駛受困車內，派遣救助隊", "F", alt="R")
    s.rule("SN-VD-ZHONGPING-02", "congestion", "16:25:00", "中平路車輛偵測器2 平均車速 8 km/h，佔有率 66%", "F", severity="Moderate", alt=None)
    s.c1999("flooding", "16:28:30", road_at("zhongping", 1650, side_m=15), "中平路往東這段也淹起來了，水從經貿路那邊一直流過來", "F")
    s.f119("rescue", "16:30:10", off(low, 5, -40), "到場，駕駛已自行涉水脫困，無人受傷，協助將車輛推離", "F", status="on_scene", follows=resc["key"], alt="R")
    s.status("SN-RG-003", "offline", "16:31:00", "北屯雨量站 電池電壓過低", None, reason="battery_low")
    s.rule("SN-VD-ZHONGQING-02", "congestion", "16:35:00", "中清路車輛偵測器2 平均車速 14 km/h，佔有率 49%", "F", severity="Minor", alt=None)
    s.rule("SN-RG-001", "heavy_rain", "16:40:00", "中央公園雨量站 3小時累積雨量 104.5 mm，達豪雨標準", None, level="豪雨")
    s.rule("SN-FL-010", "cleared", "16:41:00", "臺灣大道環中路口地下道 淹水深度回降至 0 公分", None)
    s.c1999("blocked_drain", "16:45:00", off(low, -20, 30), "經貿路三段的水溝都被落葉跟垃圾塞住了，水才退不掉，請派人來清", "F")
    s.police("flooding_report", "Severe", "16:50:00", off(jz, -20, 10),
             "經貿路中平路口積水約35公分，已派員於路口管制，禁止車輛進入經貿路", "F", delay=900)
    s.cctv("SN-CCTV-011", "flooding", "16:55:00", 0.81, "經貿路/中平路 路面積水", "F")
    s.f119("rescue", "16:48:00", off(low, 5, -40), "人車返隊", "F", status="returning", follows=resc["key"], alt="R")
    s.rule("SN-FL-008", "flood_depth", "17:05:00", "經貿路低窪處 淹水深度回降至 24 公分", "F", level="16-30")
    s.rule("SN-WL-003", "water_level_falling", "17:10:00", "水湳區域排水經貿路水位回降至 1.75 公尺，低於二級警戒", "F", severity="Minor")
    s.rule("SN-FL-008", "flood_depth", "17:14:00", "經貿路低窪處 淹水深度回降至 11 公分", "F", level="1-15")
    s.c1999("illegal_parking", "17:15:00", off(P("jingmao6_car_park"), 30, 10), "經貿六停車場出口有車並排停車，車子出不去", None)
    s.rule("SN-FL-008", "cleared", "17:20:00", "經貿路低窪處 淹水深度回降至 0 公分，警戒解除", "F")
    s.police("road_reopened", "Minor", "17:25:00", mid, "經貿路三段積水退去，解除封閉恢復雙向通行", "F", follows=clos["key"], delay=480)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "17:30:00", "環中路車輛偵測器2 平均車速 17 km/h（晚尖峰）", None, severity="Minor")
    s.c1999("flooding", "17:36:00", off(ecoA, 25, -10), "剛剛打過，經貿路水是退了，可是整條路邊都是泥巴跟樹枝，機車會滑，請派清潔隊", "F")
    s.rule("SN-FL-001", "cleared", "17:40:00", "中央公園滯洪池1 水深回降", None)

    s.incident("F", "flood", "15:32-17:20 經貿路三段低窪處積水，沿經貿路往南擴及經貿路/中平路口與中平路東段；區排水位升至一級警戒，經貿路雙向封閉 16:10-17:25", [c1, f2])
    s.incident  # noqa
    s.alternative("消防救助隊為受困駕駛出動，可視為獨立的救助案件；繞道造成的中平路、中清路車流變慢也可視為一般尖峰車流",
                  [("F", "flood", "經貿路沿線淹水", [c1, f2]),
                   ("R", "rescue", "16:19 經貿路三段自小客涉水熄火，駕駛受困，119 救助隊出動（到場時已自行脫困）", [stall, resc])])
    s.description = ("午後雷雨，經貿路三段低窪處先積水，水沿經貿路往南流到中平路口再往中平路東段擴散，前後約 110 分鐘；"
                     "同一條排水系統、同一段道路，是一件淹水案（含封路、受困車輛、區排水位）。滯洪池蓄水與遠處地下道短暫積水為背景。")
    s.readme = ("Afternoon thunderstorm (local 15:18-17:40). Water first rises at the 經貿路 low point (SN-FL-008, 9 → 22 → 36 cm), the drainage "
                "level at 經貿路 (SN-WL-003) climbs through warning levels 3, 2 and 1, and over the next hour the water runs south along 經貿路 to "
                "the 中平路 junction (1999 calls, SN-CCTV-011) and then east along 中平路; police close 經貿路三段 16:10-17:25; a car stalls in the "
                "water and 119 sends a rescue crew (the driver had waded out). One job (F, flood): one road, one drainage line, one crew of the water "
                "bureau and one closure. Background: the rain-gauge alerts (weather, not a job), the Central Park detention ponds filling as designed, "
                "7 cm for half an hour in the 臺灣大道 underpass 2.7 km away, a branch on a park footpath, a low-battery rain gauge, streetlight and "
                "parking calls, evening rush on 環中路. Alternative reading: the stalled-car rescue is its own rescue job (R), and the slow-downs on "
                "中平路 and 中清路 are the rush hour.")
    return s


# ====================================================================== 1413
def s1413():
    s = Situation(1413, "call_burst_fire_eco_b", "2016-01-20",
                  "Dozens of citizen calls about one apartment fire at 生態住宅B區, seen from 2 km away")
    b = P("eco_block_b")
    a = P("eco_block_a")
    F = "FIRE"
    rng = s.rng
    s.c1999("streetlight", "21:02:00", off(P("transit_hub"), -80, 10), "轉運中心前面公車站的路燈不亮，晚上等車很暗", None)
    s.rule("SN-VD-HUANZHONG-04", "congestion", "21:04:00", "環中路車輛偵測器4 平均車速 22 km/h", None, severity="Minor")
    s.c1999("環境清潔", "21:07:00", road_at("liming", 900, side_m=25), "黎明路三段這邊今天垃圾車沒有來，垃圾堆在路邊", None)
    pa = s.panel("SN-FA-012", "alarm", "21:11:32", "生態住宅B區 7F 偵煙式探測器動作，地址 703", F)
    pa2 = s.panel("SN-FA-012", "alarm", "21:12:05", "生態住宅B區 7F、8F 多區偵煙器動作", F)
    first = s.c1999("fire_smoke", "21:12:20", off(b, 5, 5), "我們住的B區大樓七樓在燒！樓梯間都是煙，我們現在往下跑", F, delay=95)
    fire = s.f119("fire", "21:12:45", off(b, 0, 0), "北屯區敦化路一段 生態住宅B區集合住宅7樓火警，有人受困可能，派遣轄區及鄰近分隊水箱車4、水庫車2、雲梯車1、救護車2", F)
    # the burst: (time, where, category, text)
    calls = [
        ("21:13:10", off(b, 30, 20), "fire_smoke", "對面那棟大樓七樓窗戶一直噴火出來，很大很大"),
        ("21:13:40", off(a, 10, -20), "fire_smoke", "我在生態住宅A區，看到南邊那棟著火了，黑煙一直往我們這邊飄"),
        ("21:14:05", off(b, -40, -30), "fire_smoke", "敦化路這邊有大樓失火，已經有聽到消防車的聲音了嗎"),
        ("21:14:30", road_at("zhongqing", 3200, side_m=20), "fire_smoke", "中清路上往水湳那邊看，有很大一團黑煙，是不是哪裡失火了"),
        ("21:14:50", off(b, 20, 40), "fire_smoke", "B區住戶，我家在五樓，上面一直有東西掉下來，我們要不要出去"),
        ("21:15:20", off(P("cmu_campus"), 0, 40), "fire_smoke", "中國醫大水湳校區宿舍這邊看到北邊有火光，很大"),
        ("21:15:45", off(b, 60, -10), "fire_smoke", "經貿路三段這邊一整片煙，看不太到路"),
        ("21:15:05", off(b, -25, 50), "fire_smoke", "我住B區三樓，走廊都是煙，門打不開要怎麼辦"),
        ("21:16:40", road_at("jingmao", 1500, side_m=-20), "fire_smoke", "經貿路上往南開，前面好像有房子燒起來，很多消防車"),
        ("21:16:10", off(P("transit_hub"), 30, 30), "fire_smoke", "我在轉運站等車，往南邊看天空是紅的，好像有大火"),
        ("21:16:30", off(P("henan_car_park"), 0, 20), "fire_smoke", "河南路停車場這邊看過去，中央公園後面那邊在燒房子"),
        ("21:16:55", off(J["liming_kaixuan"], 40, -20), "fire_smoke", "黎明路這邊也看得到，中央公園那邊有火光，快點派人"),
        ("21:17:20", (120.6455, 24.1785), "fire_smoke", "我住逢甲這邊，頂樓看到水湳那裡冒很大的煙，是不是會展中心失火"),
        ("21:17:40", off(b, -10, 15), "fire_smoke", "七樓有人在陽台喊救命！"),
        ("21:18:00", off(a, -20, 0), "fire_smoke", "A區這邊煙味好重，窗戶要不要關起來，會不會燒過來"),
        ("21:18:15", off(P("museumbrary"), 0, -30), "fire_smoke", "綠美圖這邊看得到南邊在冒煙，是公園裡面失火嗎"),
        ("21:18:30", road_at("huanzhong", 3700, side_m=-30), "fire_smoke", "我開車在環中路上，南邊有一大片黑煙往上冒"),
        ("21:18:50", off(P("water_reclamation"), 20, 40), "fire_smoke", "水資源回收中心這邊值班，看到北邊住宅大樓失火"),
        ("21:19:10", off(b, 80, 30), "fire_smoke", "大樓火災，很多住戶穿睡衣站在外面"),
        ("21:19:40", road_at("jingmao", 2100, side_m=25), "fire_smoke", "經貿路上整條都是煙，機車騎過去眼睛好痛"),
        ("21:20:05", off(P("fcu_campus"), -20, 10), "fire_smoke", "逢甲水湳校區這邊看到東邊有火，大概在公園對面"),
        ("21:20:30", off(b, 5, -35), "fire_smoke", "消防車來了但是敦化路上都是停在路邊的車，卡住進不去"),
        ("21:20:50", off(b, 45, 25), "fire_smoke", "剛剛有聽到砰一聲，好像是冷氣室外機還是瓦斯桶爆掉"),
        ("21:21:00", road_at("zhongqing", 3000, side_m=-20), "fire_smoke", "中清路二段這邊煙飄過來了，整條都是燒塑膠的味道"),
        ("21:21:40", off(P("operations_tower"), 10, -20), "fire_smoke", "在智慧營運塔加班，從窗戶看到南邊住宅區大火"),
        ("21:22:10", off(b, -50, 40), "fire_smoke", "B區八樓好像也燒起來了"),
        ("21:22:45", off(J["jingmao_zhongping"], -10, 20), "fire_smoke", "中平路經貿路口這邊往北看整片天空都是煙"),
        ("21:23:20", off(a, 30, 10), "fire_smoke", "我媽媽住B區七樓，打電話都沒接，拜託幫我確認她有沒有出來"),
        ("21:23:50", (120.6615, 24.1790), "fire_smoke", "我家在中清路跟經貿路中間，煙很濃，陽台都是黑黑的灰"),
        ("21:24:00", off(P("pop_music_centre"), 30, 0), "fire_smoke", "凱旋路這邊看得到東邊有火光，很多消防車往那邊開"),
        ("21:24:40", off(b, 40, -40), "fire_smoke", "B區的住戶都被叫下來了，有老人家走不動"),
        ("21:25:10", (120.6640, 24.1905), "fire_smoke", "中清路跟敦化路那邊看到很濃的煙，請問是哪裡失火"),
        ("21:26:00", off(b, -80, -60), "fire_smoke", "公園旁邊那棟新大樓在燒，現在火好像小一點了"),
        ("21:27:10", off(P("park_car_park"), 20, -10), "fire_smoke", "中央公園地下停車場出口這邊都是煙味，是停車場失火嗎"),
        ("21:27:50", off(P("convention_centre"), 20, -20), "fire_smoke", "會展中心停車場這邊往南看有一大片火光"),
        ("21:28:30", off(a, 0, 30), "fire_smoke", "煙一直灌進我們家，小孩在咳嗽，我們要不要去外面"),
        ("21:29:40", road_at("zhongping", 1900, side_m=20), "fire_smoke", "中平路東邊這裡也聞得到燒焦味"),
        ("21:31:00", off(b, 15, 15), "fire_smoke", "剛剛打過了，七樓那戶還在冒煙，雲梯車在架了"),
        ("21:33:00", off(b, -30, -10), "fire_smoke", "我們家的狗還關在B區七樓，拜託消防隊幫忙"),
        ("21:33:20", (120.6480, 24.1720), "fire_smoke", "河南路這邊天空紅紅的，是水湳那邊失火嗎"),
        ("21:36:00", off(a, -40, 20), "fire_smoke", "請問B區火災現在怎樣了，我們A區要不要疏散"),
        ("21:39:30", off(b, 120, 10), "fire_smoke", "經貿路三段很多人停下來看火災，車子都停在路中間"),
        ("21:44:00", road_at("zhongqing", 3400, side_m=30), "fire_smoke", "中清路上煙味還是很重，什麼時候會好"),
        ("21:52:00", off(b, 20, -20), "fire_smoke", "火好像滅了，可是還是很多煙，我們可以回去拿東西嗎"),
    ]
    keys = []
    for t, pos, cat, text in calls:
        keys.append(s.c1999(cat, t, pos, text, F))
    # a couple of true duplicates in the 1999 feed burst
    s.dup(keys[5], 35)
    s.dup(keys[17], 60)
    s.rule("SN-VD-JINGMAO-02", "congestion", "21:18:00", "經貿路車輛偵測器2 平均車速 6 km/h，佔有率 70%", F, severity="Moderate")
    s.cctv("SN-CCTV-011", "smoke", "21:16:00", 0.52, "經貿路/中平路 畫面北側遠方偵測到煙霧", F)
    s.f119("fire", "21:19:20", b, "第一梯次到場，7樓一戶火勢猛烈竄出窗外，進行搜救及射水", F, status="on_scene", follows=fire["key"])
    pf = s.police("fire_report", "Severe", "21:17:00", off(b, -20, -20), "轄區員警報：敦化路一段生態住宅B區7樓火警，員警到場協助疏散住戶及交通管制", F, delay=600)
    pc = s.police("road_closure", "Severe", "21:24:00", road_at("jingmao", 2050), "經貿路三段(敦化路口前後)及敦化路一段封閉，供消防車輛停放救災", F, delay=540)
    s.dup(pc, 120)
    s.police("evacuation", "Severe", "21:26:00", off(b, 30, -20), "生態住宅B區全棟住戶疏散至中央公園側廣場，約150人，里長協助清點", F, delay=720)
    s.f119("ambulance", "21:34:00", off(b, 30, -20), "生態住宅B區火警現場 住戶2名吸入濃煙 送醫", F)
    s.police("crowd_control", "Moderate", "21:40:00", off(b, 90, 20), "火警現場外圍圍觀民眾約百人並有車輛臨停，派員管制淨空", F, delay=660)
    # separate: rubbernecker crash on 中清路
    cr_call = s.c1999("traffic_accident", "21:35:30", road_at("zhongqing", 3050, side_m=15), "中清路上兩台車追撞，應該是在看那邊的火災，沒有人受傷但是車停在路中間", "C")
    s.rule("SN-VD-ZHONGQING-02", "congestion", "21:37:00", "中清路車輛偵測器2 平均車速 11 km/h，佔有率 52%", "C")
    cr_pol = s.police("accident", "Minor", "21:38:00", road_at("zhongqing", 3050, side_m=10), "中清路二段自小客兩車追撞，無人受傷，車輛已移置路邊，現場處理中", "C", delay=840)
    s.c1999("illegal_parking", "21:42:00", road_at("jingmao", 2200, side_m=-15), "經貿路三段路邊一堆人把車子停下來看火災，還停在消防栓前面", F)
    s.c1999("water_outage", "21:48:00", off(J["liming_kaixuan"], -60, -30), "黎明路這邊停水了，有公告說今天晚上管線工程嗎？", None)
    s.f119("fire", "22:04:00", b, "火勢控制，搜索完畢無人受困，殘火處理中", F, status="on_scene", follows=fire["key"], key=fire["key"] + "-control")
    s.status("SN-RG-003", "offline", "22:14:00", "北屯雨量站 通訊中斷", None, reason="comms_lost")
    s.status("SN-RG-003", "online", "22:18:30", "北屯雨量站 恢復連線", None)
    s.c1999("noise", "22:28:00", off(P("eco_block_a"), -150, 80), "消防車一直鳴笛，現在還在按喇叭，很吵", None)
    s.c1999("other", "22:36:00", road_at("zhongqing", 2850, side_m=40), "中清路這邊現在還是有燒塑膠的味道很重，是有人在燒垃圾嗎", F, alt=None)
    s.police("accident", "Minor", "22:05:00", road_at("zhongqing", 3050, side_m=10), "中清路追撞案雙方和解，現場排除完畢", "C", follows=cr_pol["key"], delay=600)
    s.panel("SN-FA-012", "normal", "22:48:10", "生態住宅B區 火警受信總機復歸", F)
    s.f119("fire", "22:50:00", b, "殘火處理完畢，部分人車返隊，留守水箱車1輛", F, status="returning", follows=fire["key"])
    s.police("road_reopened", "Minor", "23:02:00", road_at("jingmao", 2050), "經貿路三段、敦化路一段解除封閉，恢復通行", F, follows=pc["key"], delay=360)
    s.f119("fire", "23:05:00", b, "案件結案：7樓一戶全燒，8樓一戶部分燻黑，住戶2名嗆傷送醫", F, status="closed", follows=fire["key"])
    s.rule("SN-VD-JINGMAO-02", "cleared", "23:06:00", "經貿路車輛偵測器2 車速回升，警戒解除", F)

    s.incident(F, "fire", "21:11 生態住宅B區（北屯區敦化路一段）7樓住宅火警，延燒8樓，全棟疏散，經貿路三段與敦化路一段封閉，23:05 結案；民眾來電四十餘通，來自 2 km 範圍", [pa2, fire, first])
    s.incident("C", "traffic", "21:35 中清路二段兩車追撞（看火災分心），無人受傷，22:05 排除", cr_call)
    s.alternative("火滅後一小時中清路那通「燒塑膠味」電話，可能是別處燒垃圾，不一定是這場火的餘煙",
                  [(F, "fire", "生態住宅B區住宅火警", [pa2, fire, first]),
                   ("C", "traffic", "中清路兩車追撞", cr_call)])
    s.description = ("冬夜 21:11 生態住宅B區 7 樓火警，濃煙與火光從 2 km 外都看得到；40 分鐘內 1999 湧入四十餘通電話，"
                     "來電者多在遠處、描述不精確（說是會展中心、中央公園、停車場）。全部是同一件火警；另有一件中清路看火災分心的追撞。")
    s.readme = ("Winter night (local 21:02-23:06). At 21:11 a flat on the 7th floor of eco-residential block B (SN-FA-012) burns; the fire "
                "reaches the 8th floor, the block is evacuated, 經貿路三段 and 敦化路 are closed for the appliances. Within 40 minutes 44 1999 calls "
                "arrive, two of them delivered twice, from callers up to 2 km away (逢甲, 河南路, 轉運站, 環中路, 中清路) who name the wrong place (會展中心, "
                "停車場, 中央公園) or ask about relatives or whether to close their windows: all one job (FIRE), with the panel, 119's case and its "
                "updates, the police closure, evacuation and crowd control, a distant camera seeing the plume, and the slow-down on 經貿路. A separate "
                "job C (traffic): two cars rear-end each other on 中清路二段 while watching the fire. Background: streetlight, a missed garbage "
                "collection and a scheduled water cut on 黎明路, a siren noise complaint, a rain gauge's link flap, an evening slow-down on 環中路. Alternative reading: the 22:36 call about a smell of burning "
                "plastic on 中清路, an hour after the knock-down, may be someone else's burning, not the fire's smoke.")
    return s


# ====================================================================== 1414
def s1414():
    s = Situation(1414, "concert_evening_small_jobs", "2016-10-08",
                  "A 9,000-seat concert at 流行影音中心 with five small unrelated jobs around it")
    v = P("pop_music_centre")
    kx = road_at("kaixuan", 1380)
    pm = s.permit("concert", None, "19:30", "22:00", v,
                  "臺中流行影音中心 戶外演唱會，預估觀眾 9,000 人，凱旋路側設排隊區，散場時段凱旋路、中科路交通管制", "CROWD",
                  radius_m=500, issued_date="2016-10-03 10:20", key="PMT-1051003-214")
    s.permit("concert", "16:05", "19:30", "22:30", v,
             "變更：演出延長至22:30，散場管制時段順延", "CROWD", radius_m=500, permit_status="amended",
             follows=pm["key"], key=pm["key"] + "-amended")
    s.rule("SN-VD-HUANZHONG-04", "congestion", "18:10:00", "環中路車輛偵測器4 平均車速 19 km/h", None, severity="Minor")
    s.parking("SN-PK-004", "full", "18:42:00", "中央公園地下停車場(北) 小型車位已滿", None, alt="CROWD")
    s.parking("SN-PK-005", "full", "19:04:00", "中央公園地下停車場(南) 小型車位已滿", None, alt="CROWD")
    q = s.police("crowd_control", "Minor", "19:00:00", off(v, -60, 40), "流行影音中心凱旋路入口排隊人潮延伸至人行道外，派員設置動線", "CROWD", delay=420)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "19:12:00", "凱旋路車輛偵測器2 平均車速 10 km/h，佔有率 58%", "CROWD", severity="Moderate")
    s.cctv("SN-CCTV-007", "crowding", "19:25:00", 0.58, "黎明路三段/凱旋路 路口人群聚集（停留）", "CROWD")
    s.c1999("streetlight", "19:45:00", road_at("liming", 700, side_m=20), "黎明路三段往凱旋路這邊有一盞路燈不亮", None)
    al = s.panel("SN-FA-004", "alarm", "20:01:10", "臺中綠美圖 2F 偵煙式探測器動作", "ALARM", alt=None)
    s.panel("SN-FA-004", "normal", "20:06:40", "臺中綠美圖 火警受信總機復歸（現場確認為咖啡機蒸氣）", "ALARM", alt=None)
    s.c1999("illegal_parking", "20:15:00", off(kx, 20, 80), "凱旋路兩邊都停滿車，連紅線跟公車站都停，公車進不來", "CROWD", alt=None)
    s.c1999("other", "20:30:00", off(P("pop_music_centre"), -50, 60), "演唱會門口有黃牛一直在兜售門票", None)
    s.status("SN-CCTV-007", "offline", "20:20:00", "黎明路三段/凱旋路 路口監視器 連線中斷", None, reason="comms_lost")
    s.status("SN-CCTV-007", "online", "20:24:10", "黎明路三段/凱旋路 路口監視器 恢復連線", None)
    th = s.police("theft", "Minor", "20:38:00", off(v, 40, -20), "流行影音中心觀眾區當場查獲扒竊現行犯一名，被害人手機已尋回，帶回偵辦", "THEFT", delay=780)
    med = s.f119("ambulance", "20:51:00", off(v, 10, 30), "流行影音中心演唱會場內 女性觀眾1名昏倒，意識清楚，派遣救護車", "MED", alt="CROWD")
    s.f119("ambulance", "21:02:00", off(v, 10, 30), "送醫途中，疑似中暑脫水", "MED", status="returning", follows=med["key"], alt="CROWD")
    s.c1999("noise", "21:30:00", off(P("eco_block_a"), 0, 20), "演唱會音樂太大聲了，我們在生態住宅這邊窗戶關起來都聽得到，小孩睡不著", "CROWD", alt=None)
    s.c1999("noise", "21:41:00", (120.6478, 24.1862), "鄰居養的狗從下午一直叫到現在", None)
    ch = s.police("missing_person", "Moderate", "21:50:00", off(v, -20, 120), "7歲男童於流行影音中心北側出口與家人走散，身穿黃色上衣，請各巡邏員警協尋", "CHILD", delay=300)
    s.cctv("SN-CCTV-007", "crowding", "22:09:00", 0.77, "黎明路三段/凱旋路 路口人群聚集（移動中）", "CROWD")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "22:05:00", "凱旋路車輛偵測器2 平均車速 7 km/h，佔有率 69%", "CROWD", severity="Moderate")
    s.rule("SN-VD-ZHONGKE-01", "congestion", "22:08:00", "中科路車輛偵測器1 平均車速 9 km/h，佔有率 61%", "CROWD", severity="Moderate")
    s.c1999("crowding", "22:12:00", off(kx, -10, 150), "散場的人都走到車道上了，車子在人群裡面鑽，很危險", "CROWD")
    s.c1999("crowding", "22:30:00", off(P("transit_hub"), -20, -20), "轉運站一大堆看完演唱會的人，公車根本擠不上去，也沒有人在排隊", "CROWD")
    cr = s.police("accident", "Minor", "22:15:00", road_at("zhongke", 1430, side_m=8), "中科路（流行影音中心旁）散場車潮兩車擦撞，無人受傷，佔用一車道", "CRASH", alt="CROWD", delay=540)
    s.police("crowd_control", "Moderate", "22:18:00", off(kx, 0, 100), "散場人潮約8,000人，凱旋路北向車道封閉供行人通行至22:50", "CROWD", delay=360)
    s.police("missing_person", "Minor", "22:21:00", off(v, -20, 120), "走失男童已於凱旋路便利商店尋獲，交還家屬", "CHILD", follows=ch["key"], delay=420)
    s.police("accident", "Minor", "22:40:00", road_at("zhongke", 1430, side_m=8), "中科路擦撞車輛已移置，雙方自行和解", "CRASH", alt="CROWD", follows=cr["key"], delay=300)
    s.c1999("other", "22:45:00", off(v, 60, -40), "演唱會散場後人行道上都是垃圾跟飲料杯", None)
    s.rule("SN-VD-KAIXUAN-02", "cleared", "22:58:00", "凱旋路車輛偵測器2 車速回升，警戒解除", "CROWD")
    s.police("road_reopened", "Minor", "22:52:00", off(kx, 0, 100), "凱旋路北向車道解除管制，恢復通行", "CROWD", delay=600)
    s.parking("SN-PK-004", "empty", "23:15:00", "中央公園地下停車場(北) 車輛已大致駛離", None, alt="CROWD")
    s.c1999("noise", "23:20:00", (120.6562, 24.1826), "公園裡面有一群年輕人散場後還在唱歌喝酒", None)

    s.incident("CROWD", "crowd", "19:00-22:58 流行影音中心演唱會人潮：入場排隊、散場8,000人步行上車道、凱旋路北向封閉、周邊違停與音量抱怨", q)
    s.incident("ALARM", "fire", "20:01 綠美圖 2F 偵煙器動作，6分鐘後復歸（咖啡機蒸氣），需電話確認", al)
    s.incident("THEFT", "public_safety", "20:38 場內扒竊現行犯", th)
    s.incident("MED", "rescue", "20:51 場內觀眾昏倒，119 救護送醫", med)
    s.incident("CHILD", "rescue", "21:50 7歲男童散場時走失，22:21 尋獲", ch)
    s.incident("CRASH", "traffic", "22:15 中科路散場車潮兩車擦撞，無人受傷", cr)
    s.alternative("演唱會現場的救護與散場車潮中的擦撞，可由活動的勤務指揮一併處理；停車場滿位也歸活動；綠美圖的誤報6分鐘內復歸、當時不會派遣；違停與音量抱怨為一般案件",
                  [("CROWD", "crowd", "演唱會人潮（含場內救護、散場擦撞、停車場滿位）", q),
                   ("THEFT", "public_safety", "場內扒竊", th),
                   ("CHILD", "rescue", "男童走失", ch)])
    s.description = ("週六晚間流行影音中心 9,000 人演唱會（許可半徑 500 m，演出延長至 22:30）。活動本身的人潮管理是一件；"
                     "同一時段、同一範圍內另有五件各自派遣的小案：綠美圖偵煙誤報、扒竊現行犯、觀眾昏倒、男童走失、散場擦撞。")
    s.readme = ("Saturday concert at the pop music centre (local 18:10-23:20; permit issued five days earlier and amended that afternoon to end at "
                "22:30, radius 500 m). CROWD (crowd): entry queue, slow-downs on 凱旋路 and 中科路, the dispersal of 8,000 people walking in the "
                "carriageway, a closure of 凱旋路 northbound, parking on red lines and a noise complaint from the eco-residential blocks. In the same "
                "hours, in and around the permit's 500 m, five small separate jobs: ALARM (fire: a smoke detector at 綠美圖 900 m away, reset in "
                "6 minutes, coffee steam), THEFT (public safety: a pickpocket caught), MED (rescue: a spectator fainted, 119 ambulance), CHILD (rescue: a 7-year-old "
                "lost at the exit, found 31 minutes later) and CRASH (traffic: a scrape in the leaving traffic on 中科路). Background: full car "
                "parks, a camera link flap, a dark streetlight, a ticket tout, a barking dog, litter after the show, late singing in the park. Alternative reading: "
                "the ambulance, the scrape and the full car parks are the event's own (its command post handles them), and the six-minute false "
                "alarm at 綠美圖 is no dispatch at all.")
    return s


# ====================================================================== 1415
def s1415():
    s = Situation(1415, "late_dup_skewed_henan", "2016-04-21",
                  "A truck overturn and a dark signal on 河南路, delivered late, twice, out of order and with a slow camera clock")
    hp = P("henan_car_park")
    truck = off(hp, -45, -45)                        # 河南路 in front of the car park, ~410 m from the junction
    hz = J["henan_zhongping"]
    SKEW = -38 * 60  # SN-CCTV-010's clock runs 38 minutes slow
    s.rule("SN-VD-ZHONGQING-02", "congestion", "09:44:00", "中清路車輛偵測器2 平均車速 20 km/h（上午車流）", None, severity="Minor")
    s.c1999("road_damage", "09:46:00", road_at("zhongping", 900, side_m=10), "中平路上有一個小坑洞，機車經過會跳一下", None)
    sig = s.signal("SN-SIG-010", "fault", "09:52:40", "河南路/中平路 號誌控制器故障，全路口黑燈", "SIG")
    s.dup(sig, 8)
    s.cctv("SN-CCTV-010", "signal_dark", "09:53:30", 0.83, "河南路/中平路 號誌黑燈", "SIG", skew_s=SKEW)
    s.status("SN-PK-002", "offline", "09:55:00", "經貿六停車場 設備維護中", None, reason="maintenance")
    sc1 = s.c1999("traffic_signal", "09:57:10", off(hz, 25, 15), "河南路中平路口紅綠燈全部不亮，大家都在搶，很危險", "SIG", delay=330)
    sp1 = s.police("traffic_signal_fault", "Moderate", "10:03:00", off(hz, 10, 5), "河南路、中平路口號誌全黑，員警到場以手勢指揮交通，已通報交通局", "SIG", delay=1140)
    s.cctv("SN-CCTV-010", "stalled_vehicle", "10:06:00", 0.55, "河南路/中平路 路口車輛停滯", "SIG", skew_s=SKEW)
    # the truck, 10:12
    t_call = s.c1999("traffic_accident", "10:12:50", off(hp, 40, -20), "河南路停車場前面一台砂石車翻車了！砂石倒滿地，司機好像卡在裡面", "TRUCK", arrival="10:51:20")
    t_119 = s.f119("rescue", "10:13:40", truck, "河南路（河南路停車場前）砂石車翻覆，駕駛受困車內，派遣救助隊及救護車", "TRUCK", delay=520)
    t_os = s.f119("rescue", "10:20:30", truck, "到場，駕駛卡於駕駛座，破壞車門救出中", "TRUCK", status="on_scene", follows=t_119["key"], delay=25)
    s.cctv("SN-CCTV-010", "stalled_vehicle", "10:16:00", 0.66, "河南路/中平路 路口車輛停滯（車流回堵）", "SIG", skew_s=SKEW, alt="TRUCK")
    t_call2 = s.c1999("traffic_accident", "10:15:30", off(hp, -30, -40), "河南路翻車，整條路都塞住了，後面的車都在迴轉", "TRUCK", arrival="10:51:20")
    s.c1999("traffic_signal", "10:18:00", off(hz, -30, -20), "剛剛打過，河南路中平路口紅綠燈到現在還是沒亮", "SIG", arrival="10:51:21")
    s.rule("SN-VD-HENAN-02", "congestion", "10:22:00", "河南路車輛偵測器2 平均車速 5 km/h，佔有率 78%", "TRUCK", severity="Severe")
    tp = s.police("injury_accident", "Severe", "10:20:00", truck, "河南路停車場前自用大貨車（砂石車）閃避機車翻覆，駕駛受困經消防救出，頭部外傷送醫，砂石散落佔用雙向車道", "TRUCK", delay=1150)
    s.dup(tp, 240)
    tc = s.police("road_closure", "Severe", "10:25:00", off(truck, -60, -60), "河南路（中平路口至河南路停車場）雙向封閉，車輛請改道中平路、凱旋路", "TRUCK", delay=480)
    s.dup(tc, 200)
    s.c1999("traffic_accident", "10:24:00", off(hp, 80, 10), "我在停車場裡面出不去，出口被翻倒的車擋住了", "TRUCK", arrival="10:51:21")
    s.parking("SN-PK-003", "closed", "10:30:00", "河南路停車場 出入口暫停開放", "TRUCK")
    oil = s.police("hazmat_report", "Moderate", "10:33:00", truck, "翻覆砂石車油箱破裂，柴油外洩約50公升，已請消防局及環保局清潔隊到場處理", "TRUCK", follows=tp["key"], delay=1150)
    s.c1999("illegal_parking", "10:36:00", off(P("fcu_campus"), -40, 20), "逢甲水湳校區門口一直有車並排，學生都要繞出來", None, arrival="10:51:22")
    s.rule("SN-VD-HENAN-01", "congestion", "10:40:00", "河南路車輛偵測器1 平均車速 9 km/h，佔有率 64%", "TRUCK", severity="Moderate")
    s.rule("SN-VD-ZHONGPING-01", "congestion", "10:42:00", "中平路車輛偵測器1 平均車速 8 km/h，佔有率 66%", "SIG", severity="Moderate", alt="TRUCK")
    s.c1999("noise", "10:38:00", off(P("cmu_campus"), 40, -30), "中國醫大旁邊工地一大早就在打樁，很吵", None, arrival="10:51:23")
    s.status("SN-PK-002", "online", "10:31:00", "經貿六停車場 恢復連線", None)
    s.f119("rescue", "10:44:00", truck, "駕駛救出送醫，現場以水線沖洗柴油，協助清除砂石", "TRUCK", status="on_scene", follows=t_119["key"], key=t_119["key"] + "-extricated", delay=55)
    s.police("traffic_signal_fault", "Minor", "10:50:00", off(hz, 10, 5), "交通局維修廠商已到場更換控制器，員警持續指揮", "SIG", follows=sp1["key"], delay=600)
    wash = s.rule("SN-FL-007", "flood_depth", "11:05:00", "河南路低窪處 淹水深度 6 公分", "TRUCK", level="1-15", alt=None)
    s.rule("SN-FL-007", "cleared", "11:25:00", "河南路低窪處 淹水深度回降至 0 公分", "TRUCK", alt=None, arrival="11:24:30")  # station clock 40 s fast
    s.f119("rescue", "11:20:00", truck, "柴油沖洗完畢，人車返隊", "TRUCK", status="returning", follows=t_119["key"])
    s.signal("SN-SIG-010", "restored", "11:34:20", "河南路/中平路 號誌恢復正常", "SIG")
    s.cctv("SN-CCTV-010", "stalled_vehicle", "11:41:00", 0.51, "河南路/中平路 路口車輛停滯", "TRUCK", skew_s=SKEW, alt="TRUCK")
    s.c1999("streetlight", "11:47:00", off(J["liming_kaixuan"], 30, 0), "黎明路凱旋路口的路燈白天一直亮著", None)
    s.parking("SN-PK-003", "full", "11:52:00", "河南路停車場 重新開放，小型車位已滿", None)
    s.police("road_reopened", "Minor", "12:02:00", off(truck, -60, -60), "河南路砂石清除完畢，解除封閉恢復雙向通行", "TRUCK", follows=tc["key"], delay=700)
    s.rule("SN-VD-HENAN-02", "cleared", "12:10:00", "河南路車輛偵測器2 車速回升，警戒解除", "TRUCK", alt="TRUCK")
    # a police follow-up that names a report delivered after it
    s.police("other", "Minor", "10:41:00", truck, "補報：外洩柴油已以吸油棉圍堵，翻覆砂石車車主已聯繫吊車，預計11:40到場", "TRUCK", follows=oil["key"], delay=130)
    s.alt_map = {"SIG": "TRUCK"}

    s.incident("TRUCK", "traffic", "10:12 河南路停車場前砂石車翻覆，駕駛受困救出，柴油外洩，河南路雙向封閉至 12:02", [t_119, t_os])
    s.incident("SIG", "traffic", "09:52-11:34 河南路/中平路口號誌控制器故障全黑，員警指揮，廠商更換控制器", sig)
    s.alternative("翻車處距黑燈路口約 410 m，同一條河南路、同一批員警做交通管制，可視為一件河南路交通事件；沖洗柴油造成的淹水感測器讀數是設備受擾不算證據",
                  [("TRUCK", "traffic", "河南路翻車與中平路口號誌黑燈，同一條路的交通事件", sig)])
    s.notes = ("SN-CCTV-010 的時鐘慢 38 分鐘：它的 observed 比實際早 38 分鐘（signal_dark 標在 09:15，實際 09:53）。1999 介接 10:13-10:50 中斷，"
               "六件案件 10:51 一次送達且順序打亂。119 的 on_scene 比派遣先到。警察報告延遲 8-19 分鐘，其中一件重送兩次；一件補報 follows 一份比它晚到的報告。"
               "SN-FL-007 的時鐘快約 30 秒。")
    s.description = ("上午河南路/中平路口號誌全黑，20 分鐘後 410 m 外河南路停車場前砂石車翻覆；資料延遲、重送、亂序、時鐘偏差。兩件交通事件。")
    s.readme = ("Weekday morning (local 09:44-12:10). SIG (traffic): at 09:52 the signal controller at 河南路/中平路 fails and the junction goes "
                "dark; police direct traffic; the contractor replaces the controller and the signal returns at 11:34. TRUCK (traffic): at 10:12, 410 m "
                "north-east on 河南路 in front of the 河南路 car park, a gravel truck overturns avoiding a scooter; the driver is cut out, diesel leaks, "
                "the car park's gate is blocked and 河南路 is closed until 12:02; the fire crew's wash water makes the low-point flood sensor read 6 cm. "
                "Delivery is the test: SN-CCTV-010's clock is 38 minutes slow; the 1999 interface stalls and delivers six cases at 10:51 in scrambled "
                "order; 119's on-scene update arrives before its dispatch; police reports are 8-19 minutes late, one delivered twice, one follow-up "
                "naming a report that reaches the center after it; the signal fault, the accident report and the closure each arrive twice. Background: a pothole, "
                "car-park maintenance, double parking at FCU, pile-driving noise, a streetlight lit by day, a full car park after reopening. "
                "Alternative reading: one traffic job for 河南路 (the same officers manage both, 410 m apart), and the wash-water flood reading as noise.")
    return s


# ====================================================================== 1416
def s1416():
    s = Situation(1416, "south_cabinet_offline_storm", "2016-07-26",
                  "Night storm: a feeder trip takes the south park cabinet, two panels and the streetlights; a tree on 中科路")
    GW = "GW-CPS-01"
    s.rule("C0F9T0", "heavy_rain", "01:52:00", "西屯雨量站 時雨量 44.0 mm，達大雨標準", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", "02:05:00", "中央公園雨量站 時雨量 51.5 mm，達大雨標準", None, level="大雨")
    st = {}
    st["FL3"] = s.status("SN-FL-003", "offline", "02:11:20", "中央公園滯洪池3 市電中斷", "POWER", reason="mains_power_lost", gateway=GW, alt="CAB")
    fa12 = s.panel("SN-FA-012", "fault", "02:11:28", "生態住宅B區 火警受信總機 主電源斷電，切換預備電源", "POWER")
    st["WL2"] = s.status("SN-WL-002", "offline", "02:11:25", "中央公園南滯洪池水位 市電中斷", "POWER", reason="mains_power_lost", gateway=GW, alt="CAB")
    st["PK5"] = s.status("SN-PK-005", "offline", "02:11:40", "中央公園地下停車場(南) 市電中斷", "POWER", reason="mains_power_lost", gateway=GW, alt="CAB")
    s.panel("SN-FA-010", "fault", "02:11:50", "中國醫藥大學水湳校區 火警受信總機 主電源異常", "POWER")
    st["FL4"] = s.status("SN-FL-004", "offline", "02:12:40", "中央公園滯洪池4 斷線", "POWER", gateway=GW, alt="CAB", delay=75)
    st["FL5"] = s.status("SN-FL-005", "offline", "02:12:55", "中央公園滯洪池5 斷線", "POWER", gateway=GW, alt="CAB", delay=80)
    pw = s.c1999("power_outage", "02:15:10", off(P("eco_block_b"), 10, 0), "剛剛打雷之後我們整棟都停電了，生態住宅B區，電梯也停了", "POWER")
    s.rule("SN-FL-001", "flood_depth", "02:18:00", "中央公園滯洪池1 水深 14 公分（滯洪池蓄水）", None, level="1-15")
    s.c1999("streetlight", "02:20:30", off(P("henan_car_park"), 30, 40), "河南路停車場旁邊到公園那一整排路燈全部都不亮，一片漆黑", "POWER")
    for sid, t, name in [("SN-FL-003", "02:31:30", "中央公園滯洪池3"), ("SN-WL-002", "02:31:40", "中央公園南滯洪池水位"),
                         ("SN-FL-004", "02:32:45", "中央公園滯洪池4"), ("SN-FL-005", "02:33:00", "中央公園滯洪池5"),
                         ("SN-PK-005", "02:35:00", "中央公園地下停車場(南)")]:
        s.rule(sid, "sensor_offline", t, "%s 超過 20 分鐘未回傳資料" % name, "POWER", gateway=GW, alt="CAB")
    s.c1999("power_outage", "02:40:00", off(P("cmu_campus"), 20, 20), "中國醫大水湳校區宿舍停電，冷氣都不會動，什麼時候會來電", "POWER")
    tree = s.c1999("fallen_tree", "02:48:20", road_at("zhongke", 1450, side_m=5), "中科路流行影音中心旁邊有一棵大樹倒在路中間，兩邊車道都擋住了，我計程車過不去", "TREE")
    s.rule("SN-WL-001", "water_level", "02:50:00", "中央公園北滯洪池水位 2.06 公尺，達三級警戒（2.0 公尺）", None, level="3")
    s.rule("SN-FL-002", "flood_depth", "02:52:00", "中央公園滯洪池2 水深 21 公分（滯洪池蓄水）", None, level="16-30")
    tp = s.police("fallen_object", "Moderate", "02:55:00", road_at("zhongke", 1450, side_m=0), "中科路（流行影音中心旁）路樹倒塌佔用雙向車道，已放置警示並通報建設局", "TREE", delay=700)
    s.status("SN-VD-LIMING-01", "offline", "03:05:10", "黎明路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    s.status("SN-VD-LIMING-01", "online", "03:09:20", "黎明路車輛偵測器1 恢復連線", None)
    s.c1999("other", "03:12:00", off(P("park_car_park"), 60, -300), "公園滯洪池旁邊有一隻狗跑不出來一直叫", None)
    s.rule("SN-WL-001", "water_level_falling", "03:20:00", "中央公園北滯洪池水位回降至 1.92 公尺", None)
    s.panel("SN-FA-012", "normal", "03:31:05", "生態住宅B區 火警受信總機 主電源恢復", "POWER")
    for sid, t, name in [("SN-FL-003", "03:31:40", "中央公園滯洪池3"), ("SN-WL-002", "03:31:45", "中央公園南滯洪池水位"),
                         ("SN-PK-005", "03:32:10", "中央公園地下停車場(南)"), ("SN-FL-004", "03:33:00", "中央公園滯洪池4")]:
        s.status(sid, "online", t, "%s 恢復連線" % name, "POWER", gateway=GW, alt="CAB")
    s.panel("SN-FA-010", "normal", "03:32:20", "中國醫藥大學水湳校區 火警受信總機 主電源恢復", "POWER")
    s.c1999("power_outage", "03:36:00", off(P("eco_block_b"), 10, 0), "剛剛打過，我們這邊電來了，可是電梯還是不會動", "POWER")
    s.rule("SN-FL-005", "sensor_offline", "04:10:00", "中央公園滯洪池5 復電後仍未回傳資料，超過 2 小時", "POWER", gateway=GW, alt="CAB")
    s.status("SN-RG-002", "offline", "04:02:00", "水湳轉運中心雨量站 電池電壓過低", None, reason="battery_low")
    s.police("road_reopened", "Minor", "04:32:00", road_at("zhongke", 1450, side_m=0), "中科路倒塌路樹已由建設局移除，恢復雙向通行", "TREE", follows=tp["key"], delay=500)
    s.rule("SN-RG-001", "cleared", "04:40:00", "中央公園雨量站 時雨量降至 3 mm，警戒解除", None)
    s.status("SN-FL-005", "online", "05:12:00", "中央公園滯洪池5 現場重啟後恢復連線", "POWER", gateway=GW, alt="CAB")

    s.incident("POWER", "infrastructure", "02:11-03:33 雷擊致中央公園南側饋線跳脫：南區機櫃 GW-CPS-01 五台設備斷線、生態住宅B區與中國醫大停電、河南路整排路燈不亮；滯洪池5 重啟後 05:12 恢復", fa12)
    s.incident("TREE", "traffic", "02:48 中科路（流行影音中心旁）路樹倒塌阻斷雙向，04:32 移除", tree)
    s.alternative("中央公園南區機櫃的設備斷線是水利局感測器維護的工單，與台電停電分開；復電後仍未回來的滯洪池5 也歸機櫃",
                  [("POWER", "infrastructure", "中央公園南側停電（住宅、校區、路燈）", fa12),
                   ("CAB", "infrastructure", "南區機櫃 GW-CPS-01 五台設備斷線", st["WL2"]),
                   ("TREE", "traffic", "中科路路樹倒塌", tree)])
    s.description = ("深夜雷雨，02:11 中央公園南側饋線跳脫：南區機櫃五台設備同時離線（三台回報市電中斷、兩台只有遺言）、生態住宅B區與中國醫大停電、"
                     "路燈整排不亮。同一場雨，中科路路樹倒塌是另一件。北側滯洪池蓄水與其他設備的短暫斷線是背景。")
    s.readme = ("Night thunderstorm (local 01:52-05:12). At 02:11 a lightning strike trips the feeder along the south of Central Park: the five "
                "devices of the south field cabinet GW-CPS-01 go offline within 95 s (three saying mains_power_lost, two by last will), the panels "
                "of eco block B and the CMU campus switch to battery, residents and a dormitory call about the power cut and a caller reports the whole "
                "row of streetlights by the 河南路 car park dark. One job (POWER, infrastructure): one cause, Taipower's repair; power returns at 03:31 "
                "but pond 5's modem stays down until a crew restarts it at 05:12. TREE (traffic): at 02:48 a tree falls across 中科路 by the pop "
                "music centre, 350-700 m from the cabinet's ponds, removed at 04:32. Background: rain alerts, the north ponds (on the other cabinet) filling and "
                "their level reaching warning level 3 as designed, a VD link flap, a low battery at the hub's rain gauge, a dog stuck by a pond. "
                "Alternative reading: the cabinet's five devices are a sensor-maintenance ticket of their own (CAB), apart from the residents' power cut.")
    return s


for fn in (s1411, s1412, s1413, s1414, s1415, s1416):
    sit = fn()
    n = sit.write()
    print(sit.stem(), n)
