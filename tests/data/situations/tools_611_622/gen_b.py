"""Situations 617..622 (seeded; rerun reproduces the files byte for byte)."""
from lib import Sit, LM, S, off

PARK_GW = ["SN-FL-001", "SN-WL-001", "SN-FL-002", "SN-RG-001", "SN-FL-003", "SN-FL-004", "SN-WL-002", "SN-FL-005"]


def s617():
    s = Sit(617, "typhoon_park_gateway_offline", "2026-07-28 20:00", 61701,
            "颱風夜，中央公園內 8 個水文感測器（5 個滯洪池淹水計、2 個水位計、1 個雨量計）在 40 秒內同時離線：共用的公園閘道器斷線。"
            "同一晚：中清環中地下道積水封閉、公園北側步道淹水、中科路路樹倒塌擋住兩車道。")
    G = "gateway_park"
    s.rule("heavy_rain", "SN-RG-001", 0, "Severe", level="豪雨", text="中央公園雨量站 3 小時累積 118 mm")
    s.rule("heavy_rain", "SN-RG-002", 5, "Severe", level="豪雨", text="水湳轉運中心雨量站 3 小時累積 112 mm")
    s.c1999("streetlight", 7, (120.64950, 24.19250), "凱旋路有一盞路燈被風吹到歪掉 還亮著")
    offs = []
    for i, sid in enumerate(PARK_GW):
        offs.append(s.sens("status", "offline", sid, 14 + i * 5 / 60.0, "通訊中斷", delay=2 + i % 3, truth=G, alt=None))
    for i, sid in enumerate(PARK_GW):
        s.rule("sensor_offline", sid, 24.5 + i * 0.2, "Minor", text="超過 10 分鐘未回傳資料",
               delay=30 + i, truth=G, alt=None)
    s.rule("heavy_rain", "C0F9T0", 30, "Extreme", level="大豪雨", text="西屯 24 小時累積 365 mm")
    U = S("SN-FL-006")
    u1 = s.rule("flood_depth", "SN-FL-006", 35, "Moderate", level="16-30", text="中清環中路口地下道 淹水深度 24 cm", truth="underpass")
    s.c1999("flooding", 38, off(*U, 60, 40), "中清路環中路那個地下道淹水了 有車還在往下開", truth="underpass")
    s.cam("flooding", "SN-CCTV-008", 40, 0.81, truth="underpass")
    p1 = s.c1999("flooding", 45, (120.65580, 24.18720), "中央公園滯洪池的水滿到步道上了 水一直往停車場入口流", truth="park_overflow")
    s.rule("flood_depth", "SN-FL-006", 50, "Severe", level=">30", text="中清環中路口地下道 淹水深度 41 cm", truth="underpass")
    cl = s.police("road_closure", 52, off(*U, -30, -20), "Severe", "中清環中地下道 積水逾30公分 雙向封閉 車輛改道平面", truth="underpass")
    s.rule("congestion", "SN-VD-ZHONGQING-01", 55, "Moderate", text="中清路車輛偵測器1 往南 平均車速 10 km/h", truth="underpass")
    s.rule("congestion", "SN-VD-HUANZHONG-03", 58, "Moderate", text="環中路車輛偵測器3 往東 平均車速 12 km/h", truth="underpass")
    s.police("flooding_report", 60, (120.65600, 24.18750), "Moderate", "中央公園北側步道積水約30公分 地下停車場入口擋水板已放 拉封鎖線", truth="park_overflow")
    s.f119("rescue", 62, off(*U, 10, -40), "中清環中地下道 自小客熄火 駕駛1人受困 已救出", truth="underpass")
    t1 = s.c1999("fallen_tree", 70, (120.65340, 24.18800), "中科路影音中心這邊 路樹倒下來擋住兩個車道 車子要繞過去", truth="tree_zhongke")
    s.c1999("other", 72, (120.65950, 24.19300), "營運塔那邊的招牌被吹得一直搖 會不會掉下來")
    s.police("fallen_object", 78, (120.65335, 24.18790), "Moderate", "中科路近流行影音中心 路樹倒塌 佔用內外側車道 已擺設警示 通報建設局", truth="tree_zhongke")
    s.rule("congestion", "SN-VD-ZHONGKE-01", 80, "Moderate", text="中科路車輛偵測器1 往北 平均車速 9 km/h", truth="tree_zhongke")
    s.sens("status", "offline", "SN-VD-HENAN-01", 66, "資料未回傳")
    s.sens("status", "online", "SN-VD-HENAN-01", 68)
    s.c1999("fallen_tree", 85, (120.65500, 24.18100), "公園南邊倒了好幾棵小樹 步道上都是樹枝 沒有擋到馬路")
    for i, sid in enumerate(PARK_GW):
        s.sens("status", "online", sid, 101 + i * 4 / 60.0, delay=2 + i % 3, truth=G, alt=None)
    s.rule("flood_depth", "SN-FL-002", 102, "Moderate", level="16-30", text="中央公園滯洪池2 淹水深度 27 cm", truth="park_overflow")
    s.rule("water_level", "SN-WL-001", 102.2, "Severe", level="2", text="中央公園北滯洪池水位 2.62 m 達二級警戒", truth="park_overflow")
    s.police("fallen_object", 110, (120.65335, 24.18790), "Minor", "中科路倒樹已由養工處移除 恢復通行", truth="tree_zhongke")
    s.police("road_closure", 125, off(*U, -30, -20), "Minor", "中清環中地下道 抽水完成 恢復通行", follows=cl["key"], truth="underpass")
    s.c1999("other", 118, (120.64800, 24.18500), "停電了嗎 我們這邊電燈一閃一閃的")
    s.incident(G, "infrastructure", "中央公園感測閘道器颱風夜斷線：8 個滯洪池、水位與雨量感測器 20:14 同時離線約 87 分鐘，公園內水情失明，需通報維護。", offs[3])
    s.incident("underpass", "flood", "中清環中路口地下道積水逾 40 cm，封閉雙向、一車受困救出，中清路與環中路回堵。", u1)
    s.incident("park_overflow", "flood", "中央公園北側滯洪池滿溢至步道與地下停車場入口，拉封鎖線；感測器恢復連線後確認二級警戒。", p1)
    s.incident("tree_zhongke", "traffic", "中科路近流行影音中心路樹倒塌，佔用兩車道，約 40 分鐘後移除。", t1)
    s.alternative("多個設備同時離線在颱風夜常見，有的中心只把它交給維護單位、不在事件面板開案：閘道器的 24 筆離線、逾時與恢復全列背景。",
                  [s.inc_copy("underpass"), s.inc_copy("park_overflow"), s.inc_copy("tree_zhongke")])
    s.notes = ("主解讀把同時離線當作一件基礎設施案（infrastructure），第 4 個設備在 50 秒內離線時已可判定是共用閘道器而非個別故障。"
               "公園滯洪池滿溢的 1999 是閘道器斷線期間唯一的水情來源。雨量警報為天氣背景。公園南側倒小樹未擋道路，屬公園維護，列背景。")
    return s


def s618():
    s = Sit(618, "cascade_truck_fire_huanzhong", "2026-06-29 17:20", 61801,
            "平日傍晚尖峰，環中路二段往西近凱旋路口一輛貨車車斗起火，封閉內側車道，往西車流回堵約 500 m 到中科路口；"
            "起火後 23 分鐘在回堵車陣尾端發生三車追撞（一人輕傷）。起火與回堵是一件火災案，追撞是另一件交通案（替代解讀：併成一件連鎖事件）。")
    F = (120.64850, 24.19690)
    K = (120.65300, 24.19820)
    s.c1999("streetlight", 1, (120.65700, 24.19500), "經貿路路燈一盞不亮")
    s.rule("congestion", "SN-VD-HUANZHONG-01", 2, "Minor", text="環中路車輛偵測器1 往北 平均車速 27 km/h（尖峰）")
    sm = s.cam("smoke", "SN-CCTV-002", 5, 0.88, truth="truck_fire")
    c1 = s.c1999("fire_smoke", 6, off(*F, 40, 30), "環中路凱旋路口有一台貨車在燒 黑煙很大", delay=75, truth="truck_fire")
    s.cam("stalled_vehicle", "SN-CCTV-002", 6.5, 0.79, truth="truck_fire")
    f1 = s.f119("fire", 7, F, "環中路二段往西近凱旋路 貨車車斗起火 出動西屯分隊", delay=20, truth="truck_fire")
    s.c1999("fire_smoke", 8, off(*F, -70, -40), "台74下來環中路這邊有車子燒起來", truth="truck_fire")
    s.police("fire_report", 10, F, "Severe", "環中路二段往西凱旋路口 貨車起火 駕駛已自行下車 無人受傷", truth="truck_fire")
    s.c1999("fire_smoke", 12, (120.64700, 24.19400), "黎明路這邊都是燒塑膠的味道 外面在燒什麼", truth="truck_fire")
    s.rule("congestion", "SN-VD-HUANZHONG-02", 12, "Moderate", text="環中路車輛偵測器2 往西 平均車速 7 km/h", truth="truck_fire")
    cl = s.police("road_closure", 14, off(*F, 30, 10), "Severe", "環中路二段往西 凱旋路口前 封閉內側二車道 供消防車作業", truth="truck_fire")
    s.f119("fire", 15, F, "到達現場 貨車車斗載運紙箱起火 射水中", follows=f1["key"], truth="truck_fire")
    s.cam("stalled_vehicle", "SN-CCTV-003", 20, 0.72, truth="truck_fire")
    # crash in the queue
    ka = s.cam("accident", "SN-CCTV-003", 28, 0.70, truth="crash_queue", alt="truck_fire")
    k1 = s.c1999("traffic_accident", 29, off(*K, 20, 15), "環中路中科路口 塞車塞到追撞 三台車撞在一起", truth="crash_queue", alt="truck_fire")
    ka2 = s.f119("ambulance", 31, K, "環中路二段近中科路 三車追撞 一人頸部不適", delay=25, truth="crash_queue", alt="truck_fire")
    s.f119("fire", 32, F, "火勢撲滅 無人受傷 待拖吊", follows=f1["key"], truth="truck_fire")
    kp = s.police("accident", 36, K, "Moderate", "環中路二段往西中科路口 三車追撞 一人輕傷送醫 因前方貨車火警回堵所致", truth="crash_queue", alt="truck_fire")
    s.rule("congestion", "SN-VD-HUANZHONG-03", 40, "Moderate", text="環中路車輛偵測器3 往西 平均車速 9 km/h", truth="crash_queue", alt="truck_fire")
    s.c1999("other", 42, (120.65500, 24.19900), "環中路整條塞住 到底前面發生什麼事", truth="crash_queue", alt="truck_fire")
    s.sens("parking", "full", "SN-PK-001", 25, "車位已滿")
    s.police("accident", 58, K, "Minor", "中科路口追撞車輛已移置 恢復通行", follows=kp["key"], truth="crash_queue", alt="truck_fire")
    s.police("road_closure", 62, off(*F, 30, 10), "Minor", "起火貨車拖離 環中路往西恢復通行", follows=cl["key"], truth="truck_fire")
    s.rule("cleared", "SN-VD-HUANZHONG-02", 70, "Minor", text="環中路車輛偵測器2 車速恢復", truth="truck_fire")
    s.sens("status", "offline", "SN-CCTV-001", 45, "資料未回傳")
    s.sens("status", "online", "SN-CCTV-001", 46)
    s.c1999("noise", 50, (120.65100, 24.18200), "逢甲水湳校區那邊施工到晚上")
    s.c1999("illegal_parking", 55, (120.65450, 24.19580), "經貿六停車場外面臨停一排")
    s.rule("congestion", "SN-VD-LIMING-01", 30, "Minor", text="黎明路車輛偵測器1 往西 平均車速 23 km/h（尖峰）")
    s.incident("truck_fire", "fire", "環中路二段往西近凱旋路口貨車車斗（紙箱）起火，封閉內側兩車道，往西回堵至中科路口，約 40 分鐘後拖離。", f1)
    s.incident("crash_queue", "traffic", "貨車火警回堵車陣尾端（環中路二段中科路口，火點東方約 470 m）三車追撞，一人輕傷送醫。", ka2)
    s.alternative("追撞由火警回堵造成（警方報告也這樣寫），有的協調員把它當成同一連鎖事件的一部分，在火災案下加派救護與警力，不另開案。",
                  [s.inc_copy("truck_fire")])
    s.notes = "17:58 起環中路偵測器3 的往西回堵在追撞點下游之外，已超出貨車回堵的長度，主解讀判給追撞案。"
    return s


def s619():
    s = Sit(619, "flood_henan_night", "2026-07-05 02:10", 61901,
            "深夜豪雨，河南路低窪處與河南路/中平路口積水約 100 分鐘，南滯洪池與滯洪池 5 水位上升；深夜 1999 值機人員晚 15-25 分鐘建檔，"
            "規則引擎重啟後重送一筆警報，CCTV-010 時鐘慢 2 分鐘。一件淹水案。")
    T = "flood_henan"
    F7 = S("SN-FL-007")
    X = LM["x_henan_zhongping"]
    s.rule("heavy_rain", "SN-RG-001", 0, "Moderate", level="大雨", text="中央公園雨量站 時雨量 46 mm")
    s.rule("heavy_rain", "C0F9T0", 10, "Moderate", level="大雨", text="西屯 時雨量 43 mm")
    r1 = s.rule("flood_depth", "SN-FL-007", 12, "Minor", level="1-15", text="河南路低窪處 淹水深度 11 cm", truth=T)
    s.c1999("noise", 20, (120.65600, 24.17200), "中平路有人在飆車 很吵 半夜兩點")
    c1 = s.c1999("flooding", 25, off(*F7, -60, -60), "河南路靠近中平路 水淹到輪胎一半 計程車快過不去", delay=1080, truth=T)
    r2 = s.rule("flood_depth", "SN-FL-007", 30, "Moderate", level="16-30", text="河南路低窪處 淹水深度 23 cm", truth=T)
    s.rule("water_level", "SN-WL-002", 35, "Moderate", level="3", text="中央公園南滯洪池水位 2.08 m 達三級警戒", truth=T)
    s.rule("heavy_rain", "SN-RG-001", 40, "Severe", level="豪雨", text="中央公園雨量站 3 小時累積 103 mm")
    p1 = s.police("flooding_report", 40, off(*F7, -20, -40), "Moderate", "河南路近中平路 積水約25公分 車輛減速慢行 巡邏中", truth=T)
    s.cam("flooding", "SN-CCTV-010", 45, 0.70, skew_s=-120, truth=T)
    s.c1999("flooding", 48, (120.65290, 24.17480), "河南路停車場入口在進水 車子停在地下室要怎麼辦", delay=1320, truth=T)
    s.rule("flood_depth", "SN-FL-007", 52, "Severe", level=">30", text="河南路低窪處 淹水深度 36 cm", truth=T)
    s.dup(r2, 1500)
    s.cam("stalled_vehicle", "SN-CCTV-010", 55, 0.66, skew_s=-120, truth=T)
    cl = s.police("road_closure", 58, off(*F7, -30, -60), "Severe", "河南路（中平路口至公園段）雙向封閉 積水逾30公分", truth=T)
    s.rule("water_level", "SN-WL-002", 60, "Severe", level="2", text="中央公園南滯洪池水位 2.57 m 達二級警戒", truth=T)
    s.rule("congestion", "SN-VD-HENAN-02", 60.5, "Minor", text="河南路車輛偵測器2 往北 平均車速 14 km/h（車流量低）", truth=T)
    rs = s.f119("rescue", 62, off(*X, 60, 40), "河南路近中平路 自小客熄火受困水中 駕駛已自行脫困 協助推離", truth=T)
    s.rule("congestion", "SN-VD-ZHONGPING-01", 65, "Minor", text="中平路車輛偵測器1 往東 平均車速 15 km/h（車流量低）", truth=T)
    s.c1999("flooding", 70, off(*X, -40, -30), "河南路二段 路邊機車都泡在水裡", delay=900, truth=T)
    s.rule("flood_depth", "SN-FL-005", 70, "Minor", level="1-15", text="中央公園滯洪池5 淹水深度 9 cm", truth=T)
    s.sens("signal", "fault", "SN-SIG-010", 80, truth=None, alt=T)
    s.sens("signal", "restored", "SN-SIG-010", 83, truth=None, alt=T)
    s.sens("status", "offline", "SN-VD-HENAN-01", 75, "資料未回傳")
    s.sens("status", "online", "SN-VD-HENAN-01", 77)
    s.rule("flood_depth", "SN-FL-007", 95, "Moderate", level="16-30", text="河南路低窪處 淹水深度 18 cm（下降）", truth=T)
    s.rule("water_level", "SN-WL-002", 98, "Moderate", level="3", text="中央公園南滯洪池水位 2.21 m 降至三級", truth=T)
    s.police("road_closure", 110, off(*F7, -30, -60), "Minor", "河南路積水退去 解除管制", follows=cl["key"], truth=T)
    s.rule("cleared", "SN-FL-007", 120, "Minor", text="河南路低窪處 淹水深度 2 cm 警戒解除", truth=T)
    s.c1999("streetlight", 100, (120.64900, 24.16900), "河南路路燈不亮 很暗 編號 2231", delay=1000)
    s.c1999("blocked_drain", 130, off(*F7, 30, -20), "河南路水溝蓋被垃圾塞住 昨晚淹水 請來清", delay=400, truth=T)
    s.incident(T, "flood", "深夜豪雨，河南路低窪處至河南路/中平路口積水最深 36 cm，封路約 50 分鐘、一車熄火；南滯洪池達二級警戒。", r2)
    s.alternative("河南路/中平路口號誌在積水最深時故障 3 分鐘後自行恢復：主解讀視為一般閃斷（背景）；若判斷是控制箱進水，則屬淹水案。",
                  [s.inc_copy(T)])
    s.notes = ("sufficient_evidence_key 選在淹水深度升到 16-30 cm（02:40），此時只有感測器資料；深夜的 1999 都晚 15-25 分鐘才建檔。"
               "規則引擎重啟後 16-30 cm 那筆警報以相同 key 重送（晚 25 分鐘）。雨量警報為天氣背景。")
    return s


def s620():
    s = Sit(620, "two_fires_cmu_reclaim", "2026-07-08 10:30", 62001,
            "平日上午兩起無關的火警，相距約 420 m、相差 5 分鐘：中國醫藥大學水湳校區實驗室起火（師生疏散、一人灼傷），"
            "以及北方水資源回收中心圍牆外空地雜草起火。兩處之間的報案人分不清是哪一處。")
    C = LM["cmu"]
    G = (120.65975, 24.17730)
    s.permit("road_works", -120, 420, (120.66400, 24.17500), "中平路東段 人孔蓋調降工程 佔用外側車道", days_before=3)
    s.c1999("road_damage", 1, (120.66200, 24.17450), "中平路有一個坑洞 機車經過會跳")
    fa = s.sens("fire_alarm", "alarm", "SN-FA-010", 3, "3F 實驗室 偵熱探測器動作", truth="fire_cmu")
    f1 = s.f119("fire", 4, C, "中國醫藥大學水湳校區 實驗大樓3樓 實驗室起火 校方報案 出動", delay=20, truth="fire_cmu")
    s.c1999("fire_smoke", 6, off(*C, -40, 50), "中國醫藥大學水湳那棟大樓有煙從窗戶跑出來", truth="fire_cmu")
    amb = s.c1999("fire_smoke", 8, (120.65950, 24.17520), "經貿路那邊有黑煙 好像是學校那邊", truth="fire_cmu", alt="fire_grass")
    g1 = s.c1999("fire_smoke", 9, off(*G, 30, 20), "水資源回收中心旁邊空地在燒 火很大 草都燒起來了", truth="fire_grass")
    s.c1999("fire_smoke", 11, off(*G, -50, 40), "經貿路旁邊草地起火 煙往馬路飄", truth="fire_grass")
    g2 = s.f119("fire", 12, G, "經貿路 水資源回收中心圍牆外空地 雜草火警 出動", delay=25, truth="fire_grass")
    s.police("fire_report", 12.5, C, "Moderate", "中國醫藥大學水湳校區實驗室火警 已疏散 協助管制中平路", truth="fire_cmu")
    s.f119("fire", 13, C, "到達現場 3樓實驗室通風櫃起火 搶救中", follows=f1["key"], truth="fire_cmu")
    s.police("crowd_control", 15, off(*C, 60, -40), "Moderate", "醫大校區疏散師生約四百人 集結於中平路側 派員管制", truth="fire_cmu")
    s.cam("crowding", "SN-CCTV-011", 16, 0.76, truth="fire_cmu")
    s.f119("ambulance", 18, C, "學生1名手部灼傷 送醫", truth="fire_cmu")
    s.police("fire_report", 20, G, "Minor", "水資源回收中心外空地雜草火 約50平方公尺 消防已到場", truth="fire_grass")
    s.rule("congestion", "SN-VD-ZHONGPING-02", 25, "Moderate", text="中平路車輛偵測器2 往西 平均車速 12 km/h", truth="fire_cmu")
    s.f119("fire", 30, G, "雜草火已撲滅 燒燬面積約50平方公尺 疑為菸蒂引燃", follows=g2["key"], truth="fire_grass")
    s.c1999("other", 33, (120.66000, 24.17600), "兩台消防車停在經貿路跟中平路 到底是哪裡火災", truth=None)
    s.f119("fire", 40, C, "實驗室火勢撲滅 排煙中 損失待查", follows=f1["key"], truth="fire_cmu")
    s.sens("status", "offline", "SN-CCTV-011", 45, "資料未回傳")
    s.sens("status", "online", "SN-CCTV-011", 46)
    s.c1999("illegal_parking", 48, (120.65300, 24.17450), "河南路停車場出口有人違停")
    s.sens("fire_alarm", "normal", "SN-FA-010", 55, truth="fire_cmu")
    s.c1999("streetlight", 60, (120.65500, 24.17300), "中平路路燈白天亮著")
    s.c1999("other", 70, (120.66100, 24.17400), "學校可以回去上課了嗎 我的東西還在實驗室", delay=400, truth="fire_cmu")
    s.rule("congestion", "SN-VD-HENAN-02", 50, "Minor", text="河南路車輛偵測器2 往南 平均車速 26 km/h")
    s.incident("fire_cmu", "fire", "中國醫藥大學水湳校區實驗大樓 3 樓實驗室通風櫃起火，疏散師生約四百人，一人手部灼傷。", f1)
    s.incident("fire_grass", "fire", "水資源回收中心圍牆外空地雜草火約 50 m²，疑為菸蒂引燃；距醫大火點約 420 m，無關。", g1)
    s.alternative("10:38 那通「經貿路那邊有黑煙 好像是學校」的報案人位在兩處火點之間（距醫大約 190 m、距雜草火約 230 m），"
                  "且雜草火幾乎同時起燃；主解讀依報案人自己的判斷歸醫大，也可能看到的是雜草火的煙。",
                  [s.inc_copy("fire_cmu"), s.inc_copy("fire_grass")])
    s.notes = ("雜草火的 sufficient_evidence_key 是第一通明確描述「回收中心旁空地在燒」的 1999，不是 119 派遣。"
               "10:48 詢問「到底是哪裡火災」不含任何一處的新資訊，列背景。中平路東段施工許可如期進行，為背景。")
    return s


def s621():
    s = Sit(621, "expo_evening_hub", "2026-07-11 17:30", 62101,
            "週六晚上會展中心展覽 21:00 閉館，轉運中心候車人潮溢到經貿路；同一晚在 500 m 內：經貿路/黎明路口號誌全暗、"
            "轉運中心扒竊、經貿路二段近經貿七路汽機車事故、轉運中心前酒醉互毆。各自是一件小案。")
    Hb = LM["hub"]
    pe = s.permit("exhibition", -450, 210, LM["conv_a"], "臺中國際會展中心 動漫展 10:00-21:00 預估入場 25,000 人 轉運中心加開接駁",
                  days_before=20, truth="crowd_hub")
    s.sens("parking", "full", "SN-PK-006", 10, "車位已滿", truth="crowd_hub")
    s.c1999("illegal_parking", 25, (120.65650, 24.19300), "經貿七路兩邊都停滿 還有併排")
    sf = s.sens("signal", "fault", "SN-SIG-005", 180, truth="signal_jl")
    s.cam("signal_dark", "SN-CCTV-005", 181, 0.90, truth="signal_jl")
    s.c1999("traffic_signal", 184, (120.65520, 24.19600), "經貿路黎明路口紅綠燈全暗 車子都亂衝", truth="signal_jl")
    s.sens("parking", "full", "SN-PK-001", 190, "車位已滿", truth="crowd_hub")
    sp = s.police("traffic_signal_fault", 190.5, LM["x_jingmao_liming"], "Moderate", "經貿路/黎明路口 號誌全暗 派員指揮交通 已通報廠商", truth="signal_jl")
    s.rule("congestion", "SN-VD-LIMING-01", 195, "Moderate", text="黎明路車輛偵測器1 往東 平均車速 10 km/h", truth="signal_jl")
    s.cam("crowding", "SN-CCTV-004", 212, 0.83, truth="crowd_hub")
    s.cam("crowding", "SN-CCTV-003", 215, 0.71, truth="crowd_hub")
    cc = s.police("crowd_control", 218, off(*Hb, 40, 20), "Moderate", "轉運中心接駁車候車人潮 排隊延伸至經貿路人行道 派員疏導", truth="crowd_hub")
    s.c1999("crowding", 220, off(*Hb, 80, 60), "轉運站人超多 排到馬路上了 有人被擠到車道", truth="crowd_hub")
    s.rule("congestion", "SN-VD-HUANZHONG-02", 222, "Moderate", text="環中路車輛偵測器2 往東 平均車速 11 km/h", truth="crowd_hub")
    th = s.police("theft", 225, (120.65310, 24.19740), "Minor", "轉運中心候車區 旅客後背包內錢包遭竊 調閱監視器中", truth="theft_hub")
    X = (120.65660, 24.19310)
    ca = s.cam("accident", "SN-CCTV-006", 230, 0.76, truth="crash_j7")
    c1 = s.c1999("traffic_accident", 231, off(*X, 25, -20), "經貿路經貿七路口 汽車跟機車撞 機車騎士在地上", delay=85, truth="crash_j7")
    a1 = s.f119("ambulance", 232, X, "經貿路二段近經貿七路 汽機車碰撞 機車騎士右手骨折疑似", delay=20, truth="crash_j7")
    s.police("injury_accident", 240, X, "Moderate", "經貿路二段/經貿七路口 自小客與機車碰撞 騎士受傷送醫", truth="crash_j7")
    s.c1999("other", 240, (120.65330, 24.19700), "剛剛在轉運站錢包被偷 要去哪裡報案", truth="theft_hub")
    s.c1999("noise", 248, (120.65260, 24.19660), "轉運站前面有人在吵架 大吼大叫 好像要打起來", truth="fight_hub")
    fp = s.police("public_disturbance", 250, (120.65290, 24.19690), "Moderate", "轉運中心前廣場 兩名酒醉男子互毆 已控制 一人臉部擦傷", truth="fight_hub")
    s.sens("signal", "restored", "SN-SIG-005", 255, truth="signal_jl")
    s.police("crowd_control", 265, off(*Hb, 40, 20), "Minor", "接駁人潮消化完畢 解除管制", follows=cc["key"], truth="crowd_hub")
    s.sens("status", "offline", "SN-CCTV-001", 200, "資料未回傳")
    s.sens("status", "online", "SN-CCTV-001", 201)
    s.c1999("streetlight", 205, (120.64780, 24.19500), "凱旋路路燈有一盞一直閃")
    s.c1999("noise", 236, (120.65900, 24.19450), "會展中心外面有人在放音樂跳舞 很吵", truth=None)
    s.incident("crowd_hub", "crowd", "會展中心動漫展閉館，轉運中心接駁候車人潮溢到經貿路人行道與車道，警方疏導約 50 分鐘；停車場客滿與環中路回堵屬此案。", cc)
    s.incident("signal_jl", "traffic", "經貿路/黎明路口號誌全暗約 75 分鐘，警方指揮交通，黎明路往東回堵。", sp)
    s.incident("theft_hub", "public_safety", "轉運中心候車區旅客錢包遭竊。", th)
    s.incident("crash_j7", "traffic", "經貿路二段/經貿七路口汽機車碰撞，騎士受傷送醫；距號誌故障路口約 340 m，與號誌故障無關（此路口號誌正常）。", a1)
    s.incident("fight_hub", "public_safety", "轉運中心前廣場兩名酒醉男子互毆，已控制；與 25 分鐘前的扒竊相距約 60 m，不同人、不同事。", fp)
    s.notes = ("展覽許可與兩個停車場客滿列入人潮案（當晚確實形成疏導案）。經貿七路違停與會展中心外跳舞的噪音陳情為例行，列背景。"
               "號誌全暗的 sufficient_evidence_key 是警方到場回報：單一號誌故障訊號可能只是短暫閃斷，"
               "監視器黑燈加 1999 後已很可能，警方到場確認時確定。")
    return s


def s622():
    s = Sit(622, "typhoon_power_outage_south", "2026-08-20 22:30", 62201,
            "颱風夜，園區南側（中平路、河南路、經貿路南段）23:02 停電約 80 分鐘：兩個路口號誌全暗、兩台監視器與兩台偵測器離線、"
            "兩個火警總機報主電源中斷、整條路燈全暗。停電期間經貿路/中平路口因號誌不亮發生車禍；北方黎明路另有路樹倒塌。")
    O = "outage_south"
    J = LM["x_jingmao_zhongping"]
    s.rule("heavy_rain", "SN-RG-001", 0, "Severe", level="豪雨", text="中央公園雨量站 3 小時累積 121 mm")
    s.c1999("other", 10, (120.65050, 24.19300), "黎明路有招牌被吹下來掉在人行道上 沒有人受傷")
    outs = []
    outs.append(s.sens("signal", "fault", "SN-SIG-011", 32, "控制器無電源", truth=O, alt="signals_dark"))
    outs.append(s.sens("signal", "fault", "SN-SIG-010", 32.1, "控制器無電源", truth=O, alt="signals_dark"))
    for sid in ["SN-CCTV-011", "SN-CCTV-010", "SN-VD-ZHONGPING-01", "SN-VD-HENAN-02"]:
        outs.append(s.sens("status", "offline", sid, 32.05, "市電中斷", truth=O))
    outs.append(s.sens("fire_alarm", "fault", "SN-FA-010", 32.2, "主電源斷電 改由備用電池供電", truth=O))
    outs.append(s.sens("fire_alarm", "fault", "SN-FA-008", 32.3, "市電中斷 備用電源供電中", truth=O))
    s.c1999("streetlight", 34, (120.65600, 24.17150), "中平路整條路燈全暗 什麼都看不到", truth=O)
    s.rule("sensor_offline", "SN-VD-ZHONGPING-01", 35.5, "Minor", text="超過 3 分鐘未回傳資料", truth=O)
    s.rule("sensor_offline", "SN-VD-HENAN-02", 35.6, "Minor", text="超過 3 分鐘未回傳資料", truth=O)
    s.c1999("other", 36, (120.65800, 24.17550), "我們這邊停電了 什麼時候會來電", truth=O)
    s.c1999("streetlight", 38, (120.65100, 24.16950), "河南路路燈都不亮 一片漆黑", truth=O)
    p1 = s.police("traffic_signal_fault", 40, LM["x_henan_zhongping"], "Moderate", "河南路/中平路口 號誌全暗 派員指揮交通", truth=O, alt="signals_dark")
    X = (120.66020, 24.17370)
    k1 = s.c1999("traffic_accident", 55, off(*X, 30, 20), "經貿路中平路口紅綠燈沒亮 兩台車撞在一起", delay=80, truth="crash_jz")
    ka = s.f119("ambulance", 56, X, "經貿路/中平路口 號誌停電 兩車碰撞 一人胸口不適", delay=25, truth="crash_jz")
    p2 = s.police("traffic_signal_fault", 60, J, "Moderate", "經貿路/中平路口 號誌全暗 事故後派員指揮", truth=O, alt="signals_dark")
    s.police("injury_accident", 65, X, "Moderate", "經貿路/中平路口 號誌停電中 自小客與自小客路口碰撞 一人受傷送醫", truth="crash_jz")
    s.c1999("other", 66, (120.65700, 24.17300), "醫大這邊停電了快一個小時 台電都打不通", truth=O)
    T1 = (120.65150, 24.19490)
    t1 = s.c1999("fallen_tree", 70, T1, "黎明路三段路樹倒在馬路上 擋住外側車道", truth="tree_liming")
    s.police("fallen_object", 78, off(*T1, 10, 0), "Moderate", "黎明路三段路樹倒塌 佔外側車道 已設警示 通報建設局", truth="tree_liming")
    s.rule("heavy_rain", "C0F9T0", 75, "Extreme", level="大豪雨", text="西屯 24 小時累積 372 mm")
    s.sens("status", "offline", "SN-PK-002", 80, "資料未回傳")
    s.sens("status", "online", "SN-PK-002", 82)
    for i, sid in enumerate(["SN-CCTV-011", "SN-CCTV-010", "SN-VD-ZHONGPING-01", "SN-VD-HENAN-02"]):
        s.sens("status", "online", sid, 112 + i * 0.05, truth=O)
    s.sens("signal", "restored", "SN-SIG-011", 112.3, truth=O, alt="signals_dark")
    s.sens("signal", "restored", "SN-SIG-010", 112.4, truth=O, alt="signals_dark")
    s.sens("fire_alarm", "normal", "SN-FA-010", 112.5, truth=O)
    s.sens("fire_alarm", "normal", "SN-FA-008", 112.6, truth=O)
    s.police("injury_accident", 95, X, "Minor", "經貿路中平路口事故車輛拖離", truth="crash_jz")
    s.police("fallen_object", 125, off(*T1, 10, 0), "Minor", "黎明路倒樹移除 恢復通行", truth="tree_liming")
    s.incident(O, "infrastructure", "颱風夜園區南側停電約 80 分鐘：河南路/中平路與經貿路/中平路號誌全暗、南側監視器與偵測器離線、兩火警總機改電池供電、路燈全暗。", sorted(outs, key=lambda i: i["arrival"])[2])
    s.incident("crash_jz", "traffic", "停電期間經貿路/中平路口號誌不亮，兩車路口碰撞，一人受傷送醫。", ka)
    s.incident("tree_liming", "traffic", "黎明路三段路樹倒塌佔外側車道，距停電區約 2.5 km。", t1)
    s.alternative("號誌全暗需要警力在路口指揮，有的中心把兩個暗燈路口當作一件交通案（signals_dark）處理，與停電的基礎設施案分開；"
                  "兩個號誌故障、恢復與兩份警方號誌報告改屬 signals_dark。",
                  [s.inc_copy(O), {"label": "signals_dark", "type": "traffic",
                                  "description": "停電造成河南路/中平路與經貿路/中平路兩路口號誌全暗，派員指揮交通。",
                                  "sufficient_evidence_key": outs[0]["key"]},
                   s.inc_copy("crash_jz"), s.inc_copy("tree_liming")])
    s.notes = ("主解讀的 sufficient_evidence_key 是停電後 3 秒內第三件設備回報：相距 1 km 的設備同時失電（號誌無電源、監視器或偵測器「市電中斷」），"
               "已足以判定是區域停電。黎明路招牌掉落在人行道、無人受傷，為背景。")
    return s


if __name__ == "__main__":
    for fn in (s617, s618, s619, s620, s621, s622):
        sit = fn()
        print(*sit.write())
