"""Situations 1197-1202 (seeded; run from anywhere)."""
from lib import Situation, P, offset


def near(s, place, r1=10, r2=80):
    pt = P[place] if isinstance(place, str) else place
    return offset(pt, s.rng, r1, r2)


def s1197():
    s = Situation(1197, "sunday_works_overrun_and_pallets", (2026, 5, 31), (5, 30), 1197,
                  "Sunday morning: night resurfacing on Henan Rd overruns its permit; pallets fall on Huanzhong Rd")
    s.description = ("週日05:30-09:30。河南路二段近中平路夜間刨鋪工程許可至06:00，逾時至08:20 才撤除，造成河南路、中平路壅塞；"
                     "07:15 環中路二段/中科路口貨車掉落棧板佔用內側車道。公園晨間音樂、路燈、偵測器維護為背景。")
    W, O = "works_henan_overrun", "pallets_huanzhong"
    works = (120.6508, 24.1716)
    pe = s.add("planned_event", "road_works", 0, W, "河南路二段（中平路至西屯路段）夜間路面刨除加鋪，封閉內側車道，05/30 23:00 至 05/31 06:00",
               pt=works, delay=0, ends="2026-05-30T22:00:00Z", radius_m=150, observed_shift_s=-(6 * 60 + 30) * 60)
    s.add("1999", "noise", 12, W, "河南路半夜施工到現在還在吵，機具聲音很大", pt=offset(works, s.rng, 80, 300))
    s.add("1999", "streetlight", 21, None, "河南路停車場旁邊的路燈不亮", pt=near(s, "henan_lowpoint", 30, 150))
    s.add("status", "offline", 30, None, "筏子溪西屯水位站 例行維護", sensor="SN-WL-004", reason="maintenance")
    s.add("rule", "sensor_offline", 42, None, "筏子溪西屯水位站 超過 10 分鐘未回傳", sensor="SN-WL-004", severity="Minor")
    s.add("rule", "congestion", 68, W, "河南路車輛偵測器2 平均車速降至 14 km/h，占有率 48%", sensor="SN-VD-HENAN-02", severity="Moderate")
    s.add("1999", "noise", 75, None, "中央公園早上跳舞的音樂開太大聲", pt=near(s, "park_south", 30, 200))
    w1 = s.add("1999", "road_damage", 80, W, "河南路二段施工到早上了還沒收，只剩一個車道，圍籬也倒在路上", pt=offset(works, s.rng, 20, 120))
    s.add("status", "online", 84, None, "筏子溪西屯水位站 維護完成", sensor="SN-WL-004")
    wp = s.add("incident", "road_closure", 93, W, "河南路二段往中平路方向施工逾時未撤除，內側車道仍封閉，已聯繫建設局及施工廠商", pt=offset(works, s.rng, 0, 30), severity="Minor")
    s.add("rule", "congestion", 98, W, "中平路車輛偵測器1 平均車速降至 16 km/h", sensor="SN-VD-ZHONGPING-01", severity="Minor")
    s.add("cctv", "stalled_vehicle", 104, W, "河南路/中平路口 車輛停滯", sensor="SN-CCTV-010", confidence=0.52)
    s.add("cctv", "fallen_object", 105.2, O, "中科路/環中路二段 路面掉落物", sensor="SN-CCTV-003", confidence=0.81)
    o1 = s.add("1999", "other", 107.5, O, "環中路二段中科路口有好幾塊木頭棧板掉在路中間，很危險", pt=near(s, "zhongke_huanzhong", 30, 200))
    op = s.add("incident", "fallen_object", 111, O, "環中路二段中科路口往東方向有木棧板掉落，佔用內側車道，員警到場排除", pt=near(s, "zhongke_huanzhong", 0, 30), severity="Moderate")
    s.dup(o1, 200)
    s.add("rule", "congestion", 115, O, "環中路車輛偵測器2 平均車速降至 20 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("1999", "road_damage", 118, W, "河南路施工的鐵板沒有蓋好，機車騎過去會滑", pt=offset(works, s.rng, 20, 150))
    s.add("incident", "road_closure", 124, W, "施工廠商到場，預計30分鐘內撤除", pt=offset(works, s.rng, 0, 30), severity="Minor", follows=wp)
    s.add("incident", "fallen_object", 134, O, "掉落物已清除，找到貨車駕駛補綁貨物", pt=near(s, "zhongke_huanzhong", 0, 30), severity="Minor", follows=op)
    s.add("1999", "illegal_parking", 140, None, "經貿路二段早餐店前面每天都雙排停車", pt=near(s, "jingmao_liming", 30, 200))
    s.add("rule", "congestion", 146, W, "河南路車輛偵測器1 平均車速降至 18 km/h", sensor="SN-VD-HENAN-01", severity="Minor", truth_alt=None)
    s.add("incident", "road_reopened", 170, W, "河南路二段施工圍籬已撤除，恢復雙向通行", pt=offset(works, s.rng, 0, 30), severity="Minor", follows=wp)
    s.add("1999", "other", 188, None, "中央公園廁所沒有衛生紙", pt=near(s, "park_mid", 20, 200))
    s.add("1999", "streetlight", 203, None, "經貿五路路燈白天還亮著", pt=near(s, "dunhua_jingmao5", 30, 150))
    s.add("rule", "congestion", 222, None, "環中路車輛偵測器1 平均車速降至 24 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.incident(W, "infrastructure", "河南路二段夜間刨鋪工程逾許可時間未撤，封閉車道造成壅塞，至08:20 撤除", w1)
    s.incident(O, "traffic", "07:15 環中路二段/中科路口貨車掉落木棧板佔用內側車道", op)
    s.alternative("河南路車輛偵測器1 在工區西南方約600公尺，其壅塞可能與工程無關（週日早晨市場車流）。")
    return s


def s1198():
    s = Situation(1198, "monday_rain_rush_underpass_and_crash", (2026, 6, 1), (17, 0), 1198,
                  "Monday evening rush in a downpour: water in the Zhongqing/Huanzhong underpass, an injury crash at Hwy 74")
    s.description = ("週一17:00-19:30 下班尖峰遇大雨。17:35 起中清路/環中路口地下道積水至約25公分，員警封閉地下道，19:05 退水恢復；"
                     "17:40 環中路二段/台74線口雨中追撞，一人受傷送醫。兩地相距約1公里，兩案。大雨警示與例行壅塞為背景。")
    U, K = "underpass_zhongqing", "crash_hwy74"
    s.add("rule", "congestion", 8, None, "凱旋路車輛偵測器1 平均車速降至 18 km/h", sensor="SN-VD-KAIXUAN-01", severity="Minor")
    s.add("1999", "streetlight", 14, None, "黎明路三段路燈閃爍", pt=near(s, "liming_kaixuan", 100, 300))
    s.add("rule", "heavy_rain", 24, None, "水湳轉運中心雨量站 時雨量 45 mm，達大雨標準", sensor="SN-RG-002", severity="Moderate", level="大雨")
    s.add("rule", "heavy_rain", 29, None, "西屯雨量站 時雨量 41 mm，達大雨標準", sensor="C0F9T0", severity="Moderate", level="大雨")
    s.add("rule", "flood_depth", 35, U, "中清環中路口地下道 淹水深度 12 cm", sensor="SN-FL-006", severity="Minor", level="1-15")
    s.add("cctv", "stalled_vehicle", 40.3, K, "台74線/環中路二段 車輛停滯於路口", sensor="SN-CCTV-001", confidence=0.77)
    k1 = s.add("1999", "traffic_accident", 41, K, "環中路台74線下來的路口兩台車追撞，有人受傷坐在地上", pt=near(s, "hwy74_huanzhong", 20, 150))
    ka = s.add("119", "ambulance", 43, K, "環中路二段與台74線口車禍，一人受傷，派遣西屯分隊救護車", pt=near(s, "hwy74_huanzhong", 0, 20), status="dispatched")
    s.add("parking", "full", 44, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    kp = s.add("incident", "injury_accident", 47, K, "環中路二段與台74線平面道路口自小客車追撞，一名駕駛頸部不適，路面濕滑", pt=near(s, "hwy74_huanzhong", 0, 25), severity="Moderate")
    s.add("rule", "flood_depth", 49.5, U, "中清環中路口地下道 淹水深度 24 cm", sensor="SN-FL-006", severity="Moderate", level="16-30")
    s.add("119", "ambulance", 50, K, "救護車到場，傷者頸部疼痛，固定後送醫", pt=near(s, "hwy74_huanzhong", 0, 20), status="on_scene", follows=ka)
    u1 = s.add("1999", "flooding", 51.5, U, "中清路環中路那個地下道淹水了，有機車在裡面熄火推不出來", pt=near(s, "zhongqing_huanzhong", 30, 150))
    s.add("cctv", "stalled_vehicle", 53, U, "中清路/環中路口 車輛停滯", sensor="SN-CCTV-008", confidence=0.69)
    s.add("rule", "congestion", 55, K, "環中路車輛偵測器2 平均車速降至 9 km/h", sensor="SN-VD-HUANZHONG-02", severity="Moderate", truth_alt=None)
    up = s.add("incident", "flooding_report", 56, U, "中清路環中路口地下道積水約25公分，已派員於兩端封閉地下道", pt=near(s, "zhongqing_huanzhong", 0, 40), severity="Moderate")
    s.add("incident", "road_closure", 58, U, "中清路地下道雙向封閉，車輛改行平面道路", pt=near(s, "zhongqing_huanzhong", 0, 40), severity="Moderate", follows=up)
    s.dup(u1, 180)
    s.add("rule", "congestion", 60, U, "中清路車輛偵測器1 平均車速降至 8 km/h，占有率 71%", sensor="SN-VD-ZHONGQING-01", severity="Moderate")
    s.add("rule", "congestion", 62, U, "環中路車輛偵測器3 平均車速降至 11 km/h", sensor="SN-VD-HUANZHONG-03", severity="Moderate", truth_alt=None)
    s.add("1999", "flooding", 64, U, "地下道封起來了，要繞到哪裡？中清路整個塞住", pt=near(s, "zhongqing_huanzhong", 200, 700))
    s.add("119", "ambulance", 66, K, "傷者送往臺中榮總", pt=near(s, "hwy74_huanzhong", 0, 20), status="returning", follows=ka)
    s.add("incident", "injury_accident", 74, K, "事故車輛已拖離，環中路恢復通行", pt=near(s, "hwy74_huanzhong", 0, 25), severity="Minor", follows=kp)
    s.add("status", "offline", 80, None, "黎明路凱旋路口低窪處 淹水感測器 通訊中斷", sensor="SN-FL-009", reason="comms_lost")
    s.add("1999", "blocked_drain", 89, None, "河南路停車場旁邊的水溝蓋堵住了，路邊有點積水", pt=near(s, "henan_lowpoint", 20, 100))
    s.add("status", "online", 95, None, "黎明路凱旋路口低窪處 淹水感測器 恢復連線", sensor="SN-FL-009")
    s.add("rule", "flood_depth", 110, U, "中清環中路口地下道 淹水深度降至 9 cm", sensor="SN-FL-006", severity="Minor", level="1-15")
    s.add("incident", "road_reopened", 125, U, "地下道積水已退，抽水完畢，恢復通行", pt=near(s, "zhongqing_huanzhong", 0, 40), severity="Minor", follows=up)
    s.add("rule", "congestion", 131, None, "黎明路車輛偵測器1 平均車速降至 21 km/h", sensor="SN-VD-LIMING-01", severity="Minor")
    s.add("1999", "illegal_parking", 140, None, "中科路公車站前面有車違停", pt=near(s, "zhongke_huanzhong", 100, 400))
    s.incident(U, "flood", "17:35 起中清路/環中路口地下道積水至約25公分，機車熄火，封閉地下道至19:05", u1)
    s.incident(K, "traffic", "17:40 環中路二段/台74線口雨中追撞，一名駕駛受傷送醫", k1)
    s.alternative("尖峰時段環中路2、3 偵測器的壅塞也可讀為每日例行壅塞（雨天更嚴重），不屬任一案。")
    return s


def s1199():
    s = Situation(1199, "tuesday_park_morning", (2026, 6, 2), (8, 40), 1199,
                  "Tuesday morning in Central Park: a walker collapses, a scooter stolen from the south car park, a flashing signal")
    s.description = ("週二08:40-11:10。09:25 中央公園滯洪池3旁步道老翁倒地送醫；09:45 中央公園地下停車場(南)機車失竊；"
                     "10:20 經貿路/中平路口號誌閃爍異常至11:00 修復。水資源回收中心總機保養、公園垃圾與路燈陳情為背景。")
    M, T, S = "collapse_park", "scooter_theft_park_s", "signal_jingmao_zhongping"
    s.add("rule", "congestion", 2, None, "環中路車輛偵測器1 平均車速降至 20 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("1999", "streetlight", 9, None, "中央公園裡的智慧路燈早上還亮著，浪費電", pt=near(s, "park_mid", 50, 300))
    s.add("fire_alarm", "fault", 20, None, "定期保養測試中 第2迴路 故障訊號", sensor="SN-FA-008")
    s.add("1999", "other", 31, None, "中央公園南邊垃圾桶都滿出來了", pt=near(s, "park_south", 20, 150))
    m1 = s.add("119", "ambulance", 45.5, M, "中央公園滯洪池3旁步道一名約70歲男性倒地，意識不清，派遣救護車", pt=near(s, "park_mid", 0, 30), status="dispatched")
    s.add("1999", "other", 47, M, "中央公園步道有一個阿伯昏倒，已經打119了，請幫忙叫人來", pt=near(s, "park_mid", 10, 60))
    s.dup(m1, 45)
    s.add("119", "ambulance", 54, M, "救護車到場，患者恢復意識，疑似低血糖", pt=near(s, "park_mid", 0, 30), status="on_scene", follows=m1)
    s.add("incident", "medical", 55, M, "中央公園步道民眾路倒，員警協助引導救護車進入園區", pt=near(s, "park_mid", 0, 40), severity="Minor")
    s.add("fire_alarm", "normal", 60, None, "保養完成 復歸", sensor="SN-FA-008")
    t1 = s.add("1999", "other", 64, T, "我早上停在中央公園南邊地下停車場的機車不見了", pt=near(s, "park_carpark_s", 0, 40))
    s.add("119", "ambulance", 68, M, "患者送往中國醫藥大學附設醫院", pt=near(s, "park_mid", 0, 30), status="returning", follows=m1)
    tp = s.add("incident", "theft", 71, T, "中央公園地下停車場(南)機車停車區一部普通重型機車遭竊，已受理報案", pt=near(s, "park_carpark_s", 0, 30), severity="Minor")
    s.add("cctv", "crowding", 78, None, "經貿路二段/經貿七路 行人聚集（校外教學團體）", sensor="SN-CCTV-006", confidence=0.45)
    s.add("1999", "noise", 86, None, "公園旁邊的工地一直在敲打", pt=near(s, "eco_b", 30, 200))
    sf = s.add("signal", "fault", 100, S, "號誌控制器異常，黃燈閃爍", sensor="SN-SIG-011")
    s.add("1999", "traffic_signal", 107, S, "經貿路中平路口紅綠燈一直閃黃燈，車子都不敢過", pt=near(s, "jingmao_zhongping", 20, 120))
    s.add("rule", "congestion", 110, S, "中平路車輛偵測器2 平均車速降至 19 km/h", sensor="SN-VD-ZHONGPING-02", severity="Minor", truth_alt=None)
    s.add("incident", "traffic_signal_fault", 114, S, "經貿路/中平路口號誌閃爍異常，員警到場指揮交通，已通報交通局", pt=near(s, "jingmao_zhongping", 0, 30), severity="Minor")
    s.add("incident", "theft", 120, T, "調閱停車場出入口監視器，竊嫌09:40 牽車離開", pt=near(s, "park_carpark_s", 0, 30), severity="Minor", follows=tp)
    s.add("1999", "other", 126, None, "中央公園裡有人騎腳踏車速度很快，差點撞到小孩", pt=near(s, "park_north", 50, 300))
    s.add("signal", "restored", 140, S, "號誌恢復正常運作", sensor="SN-SIG-011")
    s.add("1999", "streetlight", 146, None, "河南路二段路燈燈桿鏽蝕", pt=near(s, "henan_zhongping", 50, 250))
    s.add("119", "ambulance", 90, M, "救護任務結束", pt=near(s, "park_mid", 0, 30), status="closed", follows=m1)
    s.add("1999", "traffic_signal", 103, S, "中平路跟經貿路口號誌在閃，好像壞了", pt=near(s, "cmu_campus", 30, 200))
    s.add("incident", "traffic_signal_fault", 131, S, "交通局維修廠商到場檢修號誌控制器", pt=near(s, "jingmao_zhongping", 0, 30), severity="Minor")
    s.add("1999", "other", 96, T, "我是剛剛機車被偷的人，想問警察有沒有找到", pt=near(s, "park_carpark_s", 300, 900), follows=t1)
    s.add("incident", "medical", 62, M, "救護車已將患者送醫，員警離開現場", pt=near(s, "park_mid", 0, 40), severity="Minor")
    s.incident(M, "rescue", "09:25 中央公園滯洪池3旁步道約70歲男性倒地，救護送醫", m1)
    s.incident(T, "public_safety", "09:45 中央公園地下停車場(南)機車遭竊", t1)
    s.incident(S, "traffic", "10:20 經貿路/中平路口號誌閃爍異常，員警指揮，11:00 修復", sf)
    s.alternative("中平路車輛偵測器2 距路口約450公尺，緩慢車流可能與號誌無關（上午例行車流）。")
    return s


def s1200():
    s = Situation(1200, "wednesday_night_carpark_fire_and_fight", (2026, 6, 3), (20, 40), 1200,
                  "Wednesday night: a car fire in the Central Park north car park, a drunken fight at the Henan Rd car park")
    s.description = ("週三20:40-23:30。21:32 中央公園地下停車場(北)B1車輛起火，總機、民眾、119、警方，停車場暫停開放；"
                     "22:50 河南路停車場旁數名酒客鬥毆，一人頭部受傷送醫（同一案）。飆車噪音、路燈、監視器故障為背景。")
    F, D = "car_fire_carpark_n", "fight_henan_carpark"
    s.add("1999", "noise", 12, None, "環中路二段改裝車排氣管很吵，每天晚上都這樣", pt=near(s, "kaixuan_huanzhong", 100, 500))
    s.add("1999", "streetlight", 19, None, "中央公園北側步道有一段路燈全部不亮", pt=near(s, "park_north", 30, 200))
    s.add("status", "offline", 31, None, "臺灣大道/環中路 路口監視器 設備故障", sensor="SN-CCTV-009", reason="device_fault")
    s.add("rule", "sensor_offline", 34, None, "臺灣大道/環中路 路口監視器 離線", sensor="SN-CCTV-009", severity="Minor")
    fa = s.add("fire_alarm", "alarm", 52, F, "B1 車道 差動式偵熱探測器動作 第7迴路", sensor="SN-FA-007")
    f1 = s.add("1999", "fire_smoke", 54, F, "中央公園地下停車場入口一直冒白煙，有燒塑膠的味道", pt=near(s, "park_carpark_n", 20, 80))
    fd = s.add("119", "fire", 55, F, "西屯區 中央公園地下停車場(北) B1 車輛火警，派遣消防車4輛", pt=near(s, "park_carpark_n", 0, 15), status="dispatched")
    s.dup(f1, 150)
    s.add("1999", "fire_smoke", 58, F, "從經貿路這邊看公園那邊好像有東西在燒，煙很大", pt=near(s, "park_carpark_n", 500, 800))
    s.add("parking", "closed", 60, F, "中央公園地下停車場(北) 暫停開放", sensor="SN-PK-004")
    s.add("119", "fire", 61, F, "第一梯次到場，B1一輛自小客車引擎室起火，無人受困", pt=near(s, "park_carpark_n", 0, 15), status="on_scene", follows=fd)
    s.add("incident", "fire_report", 62, F, "中央公園地下停車場(北)車輛火警，管制出入口，疏散停車場內民眾", pt=near(s, "park_carpark_n", 0, 40), severity="Moderate")
    s.add("rule", "congestion", 66, F, "中科路車輛偵測器1 平均車速降至 18 km/h", sensor="SN-VD-ZHONGKE-01", severity="Minor", truth_alt=None)
    s.add("119", "fire", 78, F, "火勢撲滅，排煙中", pt=near(s, "park_carpark_n", 0, 15), status="on_scene", follows=fd)
    s.add("1999", "illegal_parking", 84, None, "經貿路二段公車站有車違停", pt=near(s, "jingmao_7th", 30, 200))
    s.add("119", "fire", 100, F, "排煙完畢，人車返隊", pt=near(s, "park_carpark_n", 0, 15), status="returning", follows=fd)
    s.add("fire_alarm", "normal", 104, F, "火警受信總機 復歸", sensor="SN-FA-007")
    s.add("cctv", "wrong_way", 110, None, "經貿路二段/環中路二段 疑似逆向車輛", sensor="SN-CCTV-004", confidence=0.38)
    s.add("incident", "fire_report", 116, F, "停車場排煙完畢，恢復開放，肇因待鑑定", pt=near(s, "park_carpark_n", 0, 40), severity="Minor")
    d1 = s.add("1999", "noise", 126, D, "河南路停車場那邊一群人喝酒在大吵大叫，好像要打起來", pt=near(s, "henan_lowpoint", 30, 150))
    dp = s.add("incident", "public_disturbance", 131, D, "河南路二段停車場旁數名男子酒後鬥毆，派遣警力到場", pt=near(s, "henan_lowpoint", 0, 40), severity="Moderate")
    s.add("status", "online", 134, None, "臺灣大道/環中路 路口監視器 恢復", sensor="SN-CCTV-009")
    da = s.add("119", "ambulance", 138, D, "河南路停車場旁一名男子頭部撕裂傷，派遣救護車", pt=near(s, "henan_lowpoint", 0, 30), status="dispatched")
    s.add("incident", "public_disturbance", 144, D, "當事人4名帶回派出所，傷者由救護車送醫", pt=near(s, "henan_lowpoint", 0, 40), severity="Minor", follows=dp)
    s.add("119", "ambulance", 150, D, "傷者送往澄清醫院中港院區", pt=near(s, "henan_lowpoint", 0, 30), status="returning", follows=da)
    s.add("1999", "streetlight", 158, None, "中平路路燈不亮", pt=near(s, "jingmao_zhongping", 50, 250))
    s.add("1999", "other", 164, None, "經貿七路有一隻受傷的狗在路邊", pt=near(s, "jingmao_7th", 30, 200))
    s.incident(F, "fire", "21:32 中央公園地下停車場(北)B1 自小客車引擎室起火，停車場暫停開放、撲滅排煙", fd)
    s.incident(D, "public_safety", "22:50 河南路停車場旁酒後鬥毆，一人頭部受傷送醫", dp)
    s.alternative("鬥毆傷者的救護派遣可視為另一件救護案。",
                  add=[{"label": "fight_casualty", "type": "rescue", "description": "鬥毆傷者送醫", "sufficient_evidence_key": da}])
    for it in s.items:
        if it["key"] == da or it.get("follows") == da:
            it["truth_alt"] = "fight_casualty"
    return s


def s1201():
    s = Situation(1201, "thursday_dawn_downpour", (2026, 6, 4), (4, 0), 1201,
                  "Thursday dawn downpour (豪雨): Henan Rd low point flooded with a car trapped, Liming/Kaixuan low point, drainage high at Jingmao Rd")
    s.description = ("週四04:00-08:00 梅雨鋒面豪雨。河南路低窪處積水超過30公分、車道封閉、一部轎車受困由消防救出、河南路停車場入口關閉；"
                     "黎明路/凱旋路口低窪處積水約20公分（約2.3公里外，另案）；水湳區域排水經貿路段水位達二級警戒並溢至經貿路低窪處（另案）。"
                     "雨量警示、滯洪池蓄水、感測器斷線為背景。")
    H, L, J = "flood_henan_low", "flood_liming_kaixuan", "drainage_jingmao"
    s.add("rule", "heavy_rain", 8, None, "西屯雨量站 時雨量 44 mm，達大雨標準", sensor="C0F9T0", severity="Moderate", level="大雨")
    s.add("rule", "heavy_rain", 27, None, "北屯雨量站 時雨量 41 mm，達大雨標準", sensor="SN-RG-003", severity="Moderate", level="大雨")
    s.add("rule", "flood_depth", 38, None, "中央公園滯洪池3 淹水深度 12 cm", sensor="SN-FL-003", severity="Minor", level="1-15")
    s.add("rule", "flood_depth", 44, H, "河南路低窪處 淹水深度 11 cm", sensor="SN-FL-007", severity="Minor", level="1-15")
    s.add("rule", "heavy_rain", 50, None, "中央公園雨量站 3小時累積雨量 104 mm，達豪雨標準", sensor="SN-RG-001", severity="Severe", level="豪雨")
    s.add("rule", "water_level", 54, J, "水湳區域排水經貿路水位 1.45 m，達三級警戒", sensor="SN-WL-003", severity="Moderate", level="3")
    h1 = s.add("rule", "flood_depth", 60, H, "河南路低窪處 淹水深度 23 cm", sensor="SN-FL-007", severity="Moderate", level="16-30")
    s.add("1999", "flooding", 62, H, "河南路二段整條路都是水，快淹到小腿了", pt=near(s, "henan_lowpoint", 30, 200))
    s.add("rule", "flood_depth", 65, L, "黎明路凱旋路口低窪處 淹水深度 10 cm", sensor="SN-FL-009", severity="Minor", level="1-15")
    s.add("rule", "flood_depth", 70, None, "中央公園滯洪池5 淹水深度 19 cm", sensor="SN-FL-005", severity="Moderate", level="16-30")
    s.add("rule", "flood_depth", 74, J, "經貿路低窪處 淹水深度 9 cm", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("rule", "flood_depth", 79, H, "河南路低窪處 淹水深度 34 cm", sensor="SN-FL-007", severity="Severe", level=">30")
    hp = s.add("incident", "flooding_report", 83, H, "河南路二段低窪路段積水逾30公分，已封閉雙向車道，請水利局派抽水機", pt=near(s, "henan_lowpoint", 0, 40), severity="Severe", delay=960)
    j1 = s.add("rule", "water_level", 85, J, "水湳區域排水經貿路水位 1.84 m，達二級警戒", sensor="SN-WL-003", severity="Severe", level="2")
    s.add("incident", "road_closure", 86, H, "河南路二段（中平路至河南路停車場）雙向封閉，車輛改道中平路", pt=near(s, "henan_lowpoint", 0, 60), severity="Moderate", follows=hp)
    s.add("parking", "closed", 88, H, "河南路停車場 入口積水暫停進場", sensor="SN-PK-003")
    l1 = s.add("rule", "flood_depth", 90, L, "黎明路凱旋路口低窪處 淹水深度 19 cm", sensor="SN-FL-009", severity="Moderate", level="16-30", delay=1260)
    r1 = s.add("119", "rescue", 92, H, "河南路二段積水路段一部自小客車熄火受困，駕駛無法下車，派遣救助隊", pt=near(s, "henan_lowpoint", 0, 50), status="dispatched", truth_alt="car_trapped_henan")
    s.add("incident", "stalled_vehicle", 95, H, "河南路積水中自小客車熄火，駕駛受困車內，已通報消防", pt=near(s, "henan_lowpoint", 0, 50), severity="Moderate", truth_alt="car_trapped_henan")
    l2 = s.add("1999", "flooding", 96, L, "黎明路凱旋路口積水，機車騎不過去，很多人在推車", pt=near(s, "liming_kaixuan", 20, 150))
    s.add("cctv", "stalled_vehicle", 97, L, "黎明路三段/凱旋路口 車輛停滯", sensor="SN-CCTV-007", confidence=0.58)
    s.add("1999", "blocked_drain", 99, J, "經貿路三段旁邊的排水溝滿了，水一直往路面溢出來", pt=near(s, "jingmao_lowpoint", 20, 150))
    s.add("119", "rescue", 101, H, "救助隊到場，受困駕駛已救出，無人受傷", pt=near(s, "henan_lowpoint", 0, 50), status="on_scene", follows=r1, truth_alt="car_trapped_henan")
    s.add("incident", "flooding_report", 104, L, "黎明路三段凱旋路口積水約20公分，機車熄火多部，派員指揮", pt=near(s, "liming_kaixuan", 0, 40), severity="Moderate")
    s.add("status", "offline", 108, None, "中央公園滯洪池5 通訊中斷", sensor="SN-FL-005", reason="comms_lost")
    s.add("1999", "flooding", 112, H, "我住河南路停車場附近，一樓車庫進水了", pt=near(s, "henan_lowpoint", 80, 300))
    s.add("119", "rescue", 114, H, "救助任務完成，返隊", pt=near(s, "henan_lowpoint", 0, 50), status="returning", follows=r1, truth_alt="car_trapped_henan")
    s.add("rule", "sensor_offline", 122, None, "中央公園滯洪池5 淹水感測器 超過 10 分鐘未回傳", sensor="SN-FL-005", severity="Minor")
    s.add("rule", "water_level", 130, J, "水湳區域排水經貿路水位 1.62 m，回降至三級警戒", sensor="SN-WL-003", severity="Moderate", level="3")
    s.add("rule", "congestion", 148, H, "河南路車輛偵測器2 平均車速降至 12 km/h（改道車流）", sensor="SN-VD-HENAN-02", severity="Moderate", truth_alt=None)
    s.add("rule", "flood_depth", 150, L, "黎明路凱旋路口低窪處 淹水深度降至 7 cm", sensor="SN-FL-009", severity="Minor", level="1-15")
    s.add("status", "online", 158, None, "中央公園滯洪池5 恢復連線", sensor="SN-FL-005")
    s.add("incident", "flooding_report", 162, L, "黎明路凱旋路口積水已退", pt=near(s, "liming_kaixuan", 0, 40), severity="Minor")
    s.add("rule", "flood_depth", 168, H, "河南路低窪處 淹水深度降至 18 cm", sensor="SN-FL-007", severity="Moderate", level="16-30")
    s.add("1999", "streetlight", 176, None, "敦化路一段路燈淹水後不亮", pt=near(s, "eco_b", 50, 250))
    s.add("rule", "congestion", 192, None, "環中路車輛偵測器1 平均車速降至 17 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("rule", "flood_depth", 198, H, "河南路低窪處 淹水深度降至 6 cm", sensor="SN-FL-007", severity="Minor", level="1-15")
    s.add("1999", "other", 205, None, "中央公園步道很多落葉和斷枝，請派人清", pt=near(s, "park_mid", 30, 300))
    s.add("parking", "full", 212, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    s.add("incident", "road_reopened", 216, H, "河南路二段積水退去，解除封閉，恢復通行", pt=near(s, "henan_lowpoint", 0, 60), severity="Minor", follows=hp)
    s.add("rule", "congestion", 228, None, "凱旋路車輛偵測器1 平均車速降至 19 km/h", sensor="SN-VD-KAIXUAN-01", severity="Minor")
    s.add("1999", "flooding", 66, H, "河南路這邊淹水了，汽車開過去浪很大，店家門口進水", pt=near(s, "henan_lowpoint", 50, 250))
    s.add("1999", "flooding", 72, H, "河南路停車場前面水很深，機車都泡在水裡", pt=near(s, "park_carpark_s", 300, 500))
    s.add("1999", "flooding", 81, H, "逢甲校區旁邊河南路淹到膝蓋了，不要開進去", pt=near(s, "fcu_campus", 100, 400))
    s.add("rule", "flood_depth", 94, H, "河南路低窪處 淹水深度 38 cm", sensor="SN-FL-007", severity="Severe", level=">30")
    s.add("incident", "flooding_report", 120, H, "水利局移動式抽水機到場抽水", pt=near(s, "henan_lowpoint", 0, 40), severity="Moderate", follows=hp)
    s.add("1999", "flooding", 126, H, "河南路淹水何時會退？我要出門上班", pt=near(s, "henan_zhongping", 100, 500))
    s.add("rule", "flood_depth", 106, L, "黎明路凱旋路口低窪處 淹水深度 22 cm", sensor="SN-FL-009", severity="Moderate", level="16-30")
    s.add("1999", "flooding", 109, L, "凱旋路靠黎明路那邊積水，有機車熄火倒在路邊", pt=near(s, "liming_kaixuan", 30, 250))
    s.add("rule", "congestion", 112, L, "凱旋路車輛偵測器1 平均車速降至 13 km/h", sensor="SN-VD-KAIXUAN-01", severity="Moderate", truth_alt=None)
    s.add("rule", "flood_depth", 103, J, "經貿路低窪處 淹水深度 16 cm", sensor="SN-FL-008", severity="Moderate", level="16-30")
    s.add("1999", "flooding", 107, J, "經貿路三段排水溝的水滿到路面上，車子經過會濺起來", pt=near(s, "eco_b", 30, 200))
    s.add("incident", "flooding_report", 115, J, "經貿路三段區域排水滿溢，路面積水約15公分，已通報水利局", pt=near(s, "jingmao_lowpoint", 0, 60), severity="Minor")
    s.add("rule", "flood_depth", 145, J, "經貿路低窪處 淹水深度降至 7 cm", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("rule", "water_level", 175, J, "水湳區域排水經貿路水位 1.52 m，三級警戒", sensor="SN-WL-003", severity="Moderate", level="3")
    s.add("rule", "flood_depth", 84, None, "中央公園滯洪池4 淹水深度 14 cm", sensor="SN-FL-004", severity="Minor", level="1-15")
    s.add("rule", "flood_depth", 96, None, "中央公園滯洪池2 淹水深度 12 cm", sensor="SN-FL-002", severity="Minor", level="1-15")
    s.add("1999", "other", 140, None, "請問今天學校有沒有停課？", pt=near(s, "eco_a", 100, 600))
    s.add("1999", "streetlight", 185, None, "中平路路燈有兩盞不亮", pt=near(s, "jingmao_zhongping", 50, 250))
    s.add("rule", "congestion", 215, None, "環中路車輛偵測器2 平均車速降至 18 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.incident(H, "flood", "河南路低窪處積水至34公分：封閉車道、停車場入口關閉、民宅車庫進水、轎車受困救出", h1)
    s.incident(L, "flood", "黎明路/凱旋路口低窪處積水約20公分，機車熄火", l2)
    s.incident(J, "flood", "水湳區域排水經貿路段水位達二級警戒，溢至經貿路低窪處", j1)
    s.alternative("受困轎車的救助是消防局另派的救助案，而非河南路積水案本身。",
                  add=[{"label": "car_trapped_henan", "type": "rescue", "description": "河南路積水中轎車熄火駕駛受困，消防救出",
                        "sufficient_evidence_key": r1}])
    return s


def s1202():
    s = Situation(1202, "friday_windy_afternoon", (2026, 6, 5), (15, 10), 1202,
                  "Windy Friday afternoon: a three-car scrape at Jingmao/Liming, hoarding blown onto Jingmao Rd, an elderly fall at home")
    s.description = ("週五15:10-17:30 晴朗有陣風。15:40 經貿路二段/黎明路三段口三車擦撞；16:05 經貿路三段工地圍籬被風吹倒在車道上；"
                     "16:50 生態住宅B區一名八旬老婦在家跌倒送醫。放學與週五下班車流、停車場滿位、綠美圖總機電源異常為背景。")
    K, H, E = "scrape_jingmao_liming", "hoarding_jingmao", "elder_fall_eco_b"
    hoard = (120.6580, 24.1890)
    s.add("rule", "congestion", 12, None, "中平路車輛偵測器2 平均車速降至 18 km/h（放學車流）", sensor="SN-VD-ZHONGPING-02", severity="Minor")
    s.add("fire_alarm", "fault", 24, None, "主電源異常，切換備用電池", sensor="SN-FA-004")
    s.add("cctv", "stalled_vehicle", 30.3, K, "經貿路二段/黎明路三段 車輛停滯於路口", sensor="SN-CCTV-005", confidence=0.8)
    k1 = s.add("1999", "traffic_accident", 32, K, "經貿路黎明路口三台車擦撞，卡在路口中間", pt=near(s, "jingmao_liming", 20, 120))
    s.add("fire_alarm", "normal", 33, None, "主電源恢復 復歸", sensor="SN-FA-004")
    kp = s.add("incident", "accident", 37, K, "經貿路二段與黎明路三段口三車擦撞，無人受傷，員警到場處理", pt=near(s, "jingmao_liming", 0, 25), severity="Minor")
    s.add("rule", "congestion", 40, K, "經貿路車輛偵測器1 平均車速降至 11 km/h", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("rule", "congestion", 45, K, "黎明路車輛偵測器1 平均車速降至 15 km/h", sensor="SN-VD-LIMING-01", severity="Minor", truth_alt=None)
    s.dup(k1, 420)
    h1 = s.add("1999", "fallen_object", 56, H, "經貿路三段工地圍籬被風吹倒，倒在馬路上擋住一個車道", pt=offset(hoard, s.rng, 20, 100))
    s.add("1999", "fallen_object", 59, H, "綠美圖南邊經貿路上有鐵皮圍籬倒下來，差點砸到機車", pt=offset(hoard, s.rng, 100, 350))
    hp = s.add("incident", "fallen_object", 62, H, "經貿路三段工地圍籬倒伏佔用外側車道，已通知工地負責人", pt=offset(hoard, s.rng, 0, 30), severity="Moderate")
    s.add("rule", "congestion", 66, H, "經貿路車輛偵測器2 平均車速降至 16 km/h", sensor="SN-VD-JINGMAO-02", severity="Minor", truth_alt=None)
    s.add("incident", "accident", 70, K, "三車已移置路旁，恢復通行", pt=near(s, "jingmao_liming", 0, 25), severity="Minor", follows=kp)
    s.add("status", "offline", 78, None, "經貿六停車場 資料設備維護", sensor="SN-PK-002", reason="maintenance")
    s.add("1999", "streetlight", 85, None, "黎明路三段路燈燈桿有一個燈罩快掉下來", pt=near(s, "liming_kaixuan", 50, 250))
    s.add("incident", "fallen_object", 95, H, "圍籬已由工地人員扶正固定，恢復通行", pt=offset(hoard, s.rng, 0, 30), severity="Minor", follows=hp)
    e1 = s.add("119", "ambulance", 100, E, "北屯區敦化路一段 水湳生態住宅B區 一名八旬老婦在家中跌倒無法起身，派遣救護車", pt=near(s, "eco_b", 0, 20), status="dispatched")
    s.add("status", "online", 104, None, "經貿六停車場 維護完成", sensor="SN-PK-002")
    s.add("119", "ambulance", 108, E, "救護車到場，疑似髖部骨折", pt=near(s, "eco_b", 0, 20), status="on_scene", follows=e1)
    s.add("parking", "full", 111, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    s.add("rule", "congestion", 118, None, "環中路車輛偵測器1 平均車速降至 16 km/h", sensor="SN-VD-HUANZHONG-01", severity="Moderate")
    s.add("119", "ambulance", 124, E, "患者送往中國醫藥大學附設醫院", pt=near(s, "eco_b", 0, 20), status="returning", follows=e1)
    s.add("1999", "illegal_parking", 129, None, "中平路中國醫藥大學門口接送的車違停", pt=near(s, "cmu_campus", 30, 200))
    s.add("rule", "congestion", 135, None, "環中路車輛偵測器2 平均車速降至 18 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("incident", "accident", 42, K, "交通分隊到場測繪，經貿路二段往北暫時縮減一車道", pt=near(s, "jingmao_liming", 0, 25), severity="Minor", follows=kp)
    s.add("1999", "traffic_accident", 35, K, "會展中心前面路口三台車撞在一起，有沒有人受傷不知道", pt=near(s, "conv_a", 50, 250))
    s.add("1999", "fallen_object", 64, H, "經貿路上的圍籬還倒在那邊，公車差點擦到", pt=offset(hoard, s.rng, 40, 200))
    s.add("119", "ambulance", 140, E, "救護任務結束", pt=near(s, "eco_b", 0, 20), status="closed", follows=e1)
    s.incident(K, "traffic", "15:40 經貿路二段/黎明路三段口三車擦撞，無人受傷", k1)
    s.incident(H, "traffic", "16:05 經貿路三段工地圍籬被陣風吹倒佔用外側車道", h1)
    s.incident(E, "rescue", "16:50 生態住宅B區八旬老婦在家跌倒，救護送醫", e1)
    s.alternative("週五下午黎明路1、經貿路2 偵測器的壅塞可能是例行車流，而非擦撞或圍籬造成。")
    return s


if __name__ == "__main__":
    for f in (s1197, s1198, s1199, s1200, s1201, s1202):
        f().write()
