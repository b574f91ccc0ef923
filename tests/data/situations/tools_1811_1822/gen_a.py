"""Situations 1811-1816: the issue's first six themes."""
from datetime import timedelta as td
from lib import Sit, utc, scatter, offset, sensors

S = sensors()


def at(sid):
    return S[sid]["lon"], S[sid]["lat"]


def s1811():
    s = Sit(1811, "collision_and_hall_fire_jingmao_liming", 181101)
    T0 = utc("2016-06-04T17:38")
    T = lambda m: T0 + td(minutes=m)
    J = at("SN-SIG-005")  # 經貿路二段/黎明路三段
    H = at("SN-FA-002")   # 會展中心A棟, ~130 m south of the junction
    r = s.rng
    s.sensor("parking", "SN-PK-002", "full", T(-25), None, text="經貿六停車場 車位已滿")
    s.c1999("streetlight", *scatter(r, *at("SN-FA-005"), 20, 80), T(-12), "智慧營運塔旁人行道路燈一盞不亮，燈桿編號XT-20931", None)
    a1 = s.cctv("SN-CCTV-005", "accident", T(0), "ACC", 0.83, "經貿路二段/黎明路三段 路口偵測疑似碰撞")
    f1 = s.sensor("fire_alarm", "SN-FA-002", "alarm", T(0.8), "FIRE", text="會展中心A棟 2F 餐飲區 偵煙探測器動作")
    s.c1999("traffic_accident", *scatter(r, *J, 10, 50), T(1.5), "經貿路黎明路口兩台車相撞，一台機車倒地", "ACC")
    p1 = s.police("injury_accident", "Moderate", *offset(*J, 8, -5), T(3), "經貿路二段與黎明路三段口 汽機車碰撞，機車騎士受傷，請派救護車", "ACC")
    s.f119("ambulance", *offset(*J, 8, -5), T(3.5), "經貿路二段/黎明路三段 車禍 機車騎士 意識清楚 左腿開放性骨折", "ACC")
    s.c1999("fire_smoke", *scatter(r, *H, 30, 90), T(4), "會展中心A館二樓有煙跑出來，警報一直響", "FIRE")
    s.f119("fire", *H, T(4.5), "臺中國際會展中心A棟 2樓餐飲區 火警 油鍋起火", "FIRE")
    s.c1999("other", *scatter(r, *J, 60, 140), T(5), "黎明路這邊又是車禍又有消防車，到底哪裡失火？路口塞住了", "ACC", alt="FIRE")
    s.rule("SN-VD-JINGMAO-01", "congestion", T(6), "ACC", "Moderate", "經貿路車輛偵測器1 車速下降 平均 12 km/h")
    s.c1999("fire_smoke", *scatter(r, *H, 40, 120), T(6.5), "會展中心那邊有焦味，人都往外跑", "FIRE")
    s.police("fire_report", "Moderate", *offset(*H, -15, 10), T(7), "會展中心A棟人員疏散中，員警協助管制出入口", "FIRE")
    s.cctv("SN-CCTV-005", "stalled_vehicle", T(7.5), "ACC", 0.71, "經貿路二段/黎明路三段 內側車道車輛停滯")
    s.c1999("traffic_accident", *scatter(r, *J, 20, 70), T(8), "黎明路口車禍，機車騎士躺在地上", "ACC")
    s.f119("ambulance", *offset(*J, 8, -5), T(9), "救護車到達 經貿路黎明路口", "ACC", status="on_scene")
    s.f119("fire", *H, T(10), "會展中心A棟 消防車到達 火勢侷限於廚房排油煙管", "FIRE", status="on_scene")
    s.sensor("parking", "SN-PK-006", "closed", T(11), "FIRE", text="會展中心停車場 入口暫停開放", alt=None)
    s.c1999("illegal_parking", *scatter(r, *at("SN-PK-002"), 50, 200), T(13), "經貿六路旁紅線停滿車", None)
    s.police("accident", "Minor", *offset(*J, 10, -5), T(24), "經貿黎明路口事故車輛已移置路邊，恢復雙向通行", "ACC", follows=p1["key"])
    s.f119("fire", *H, T(31), "會展中心A棟 火勢撲滅 排煙中", "FIRE", status="returning")
    s.sensor("fire_alarm", "SN-FA-002", "normal", T(38), "FIRE", text="會展中心A棟 火警受信總機 復歸")
    s.c1999("noise", *scatter(r, *at("SN-FA-004"), 100, 300), T(40), "綠美圖旁邊工地晚上還在施工很吵", None)
    s.write("Two jobs at once 130 m apart: a motorcycle collision at 經貿路二段/黎明路三段 and a kitchen fire in 會展中心A棟. Tests keeping two simultaneous incidents apart when they are close.",
            [("ACC", "traffic", "汽機車碰撞 經貿路二段/黎明路三段，騎士骨折送醫", a1["key"]),
             ("FIRE", "fire", "會展中心A棟2F餐飲區油鍋起火，疏散", f1["key"])],
            alternative=("The caller who sees both fire engines and the crash, and the closure of the convention car park, could be read with the other job: the vague caller as the fire's, the car-park closure as an effect no one dispatches.",
                         [("ACC", "traffic", "汽機車碰撞", a1["key"]), ("FIRE", "fire", "會展中心A棟廚房火警", f1["key"])]))


def s1812():
    s = Sit(1812, "flood_spreading_along_jingmao", 181202)
    T0 = utc("2016-06-12T15:10")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    road = [(120.65685, 24.19247), (120.6580, 24.1883), (120.6592, 24.184), (120.65985, 24.178), (120.6605, 24.1725)]
    s.rule("SN-RG-001", "heavy_rain", T(-20), "FLOOD", "Moderate", "中央公園雨量站 時雨量 46 mm 達大雨標準", level="大雨", alt=None)
    s.rule("C0F9T0", "heavy_rain", T(-15), None, "Moderate", "西屯站 時雨量 41 mm 達大雨標準", level="大雨")
    s.c1999("blocked_drain", *scatter(r, *road[1], 10, 40), T(-8), "經貿路二段水溝蓋被落葉塞住，水排不掉", "FLOOD")
    f1 = s.flood("SN-FL-008", "1-15", T(0), "FLOOD")
    s.c1999("flooding", *scatter(r, *road[2], 20, 60), T(6), "經貿路低窪處開始積水，快到腳踝", "FLOOD")
    s.rule("SN-WL-003", "water_level", T(9), "FLOOD", "Moderate", "水湳區域排水經貿路水位 達三級警戒", level="3")
    s.rule("SN-RG-001", "heavy_rain", T(10), "FLOOD", "Severe", "中央公園雨量站 3小時累積 108 mm 達豪雨標準", level="豪雨", alt=None)
    s.flood("SN-FL-008", "16-30", T(16), "FLOOD")
    p1 = s.police("flooding_report", "Moderate", *road[2], T(18), "經貿路二段近中央公園段 道路積水約20公分，機車熄火", "FLOOD")
    s.c1999("flooding", *scatter(r, *road[1], 10, 50), T(22), "經貿路往北那段也積水了，車子開過去水花很大", "FLOOD")
    s.c1999("streetlight", *scatter(r, 120.6455, 24.1925, 10, 60), T(25), "黎明路一段路燈閃爍", None)
    s.cctv("SN-CCTV-006", "flooding", T(29), "FLOOD", 0.68, "經貿路二段/經貿七路 路面積水")
    s.flood("SN-FL-008", ">30", T(34), "FLOOD")
    s.rule("SN-VD-JINGMAO-02", "congestion", T(36), "FLOOD", "Moderate", "經貿路車輛偵測器2 車速 9 km/h")
    s.c1999("flooding", *scatter(r, *road[3], 10, 50), T(41), "經貿路往中平路方向路邊積水，水一直往南流", "FLOOD", alt="FLOOD_S")
    s.rule("SN-WL-003", "water_level", T(44), "FLOOD", "Severe", "水湳區域排水經貿路水位 達二級警戒", level="2")
    s.police("road_closure", "Severe", *road[2], T(47), "經貿路二段(經貿七路至中平路) 積水過深 雙向封閉", "FLOOD", follows=p1["key"])
    s.c1999("flooding", *scatter(r, *road[3], 10, 50), T(52), "生態住宅B區前面經貿路積水，地下室車道進水", "FLOOD", alt="FLOOD_S")
    s.c1999("illegal_parking", *scatter(r, 120.6528, 24.1972, 40, 150), T(55), "轉運站前臨停車輛擋住公車", None)
    s.c1999("flooding", *scatter(r, *road[4], 10, 60), T(61), "經貿路中平路口淹水了，機車過不去", "FLOOD", alt="FLOOD_S")
    s.cctv("SN-CCTV-011", "flooding", T(63), "FLOOD", 0.74, "經貿路/中平路 路口積水", alt="FLOOD_S")
    fs = s.police("flooding_report", "Moderate", *road[4], T(66), "經貿路與中平路口 積水約25公分，員警現場指揮", "FLOOD", alt="FLOOD_S")
    s.sensor("signal", "SN-SIG-011", "fault", T(70), "FLOOD", text="經貿路/中平路 號誌 控制器故障(進水)", alt="FLOOD_S")
    s.c1999("flooding", *scatter(r, *road[4], 30, 100), T(74), "中平路靠經貿路這邊水淹到人行道", "FLOOD", alt="FLOOD_S")
    s.rule("SN-VD-ZHONGPING-02", "congestion", T(78), "FLOOD", "Moderate", "中平路車輛偵測器2 車速 11 km/h", alt="FLOOD_S")
    s.c1999("flooding", *scatter(r, *road[3], 10, 60), T(83), "經貿路水還沒退，排水溝在冒水", "FLOOD", alt="FLOOD_S")
    s.flood("SN-FL-008", "16-30", T(92), "FLOOD")
    s.rule("SN-WL-003", "water_level_falling", T(98), "FLOOD", "Minor", "水湳區域排水經貿路水位 回降至三級以下")
    s.sensor("signal", "SN-SIG-011", "restored", T(105), "FLOOD", text="經貿路/中平路 號誌 恢復正常", alt="FLOOD_S")
    s.police("road_reopened", "Minor", *road[2], T(112), "經貿路二段積水退去 解除封閉", "FLOOD", follows=p1["key"])
    s.rule("SN-FL-008", "cleared", T(118), "FLOOD", "Minor", "經貿路低窪處 淹水警戒解除")
    s.write("Afternoon cloudburst: water rises at the 經貿路 low point and spreads north to 經貿七路 and south to 中平路 over about 90 minutes, with a closure and a drowned signal. Tests growing one flood along a road.",
            [("FLOOD", "flood", "經貿路二段(經貿七路至中平路)道路積淹水，封路", f1["key"])],
            alternative=("The south end at 中平路 is 1.2 km from the first sensor and got its own officer; a coordinator short of crews may open it as a second job (中平路口 積水與號誌故障). The rain alerts are area-wide and could be read as background.",
                         [("FLOOD", "flood", "經貿路二段低窪處積淹水", f1["key"]),
                          ("FLOOD_S", "flood", "經貿路/中平路口積水、號誌進水", fs["key"])]))


def s1813():
    s = Sit(1813, "burst_of_calls_eco_block_b_fire", 181303)
    T0 = utc("2016-06-18T20:42")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    B = at("SN-FA-012")
    s.c1999("noise", *scatter(r, 120.6525, 24.1795, 20, 80), T(-30), "逢甲水湳校區旁有人放鞭炮", None)
    fa = s.sensor("fire_alarm", "SN-FA-012", "alarm", T(0), "FIRE", text="水湳生態住宅B區 7F 偵煙探測器動作")
    texts = ["生態住宅B區有一戶在冒黑煙", "經貿路這邊看到大樓窗戶有火", "B棟七樓失火了，快來", "我住A區，看到對面B區冒很大的煙",
             "水湳那邊有火災，煙很大", "中央公園散步看到大樓著火", "整條經貿路都是煙味", "大樓火警廣播一直響，大家在樓梯往下跑",
             "看到火從陽台冒出來", "我家在隔壁，黑煙飄進來了", "經貿路靠公園那棟大樓失火", "有人在陽台喊救命",
             "煙往東邊飄，整個社區都是燒焦味", "中平路這邊都看得到濃煙", "生態住宅那邊消防車還沒到嗎", "7樓火很大，窗戶玻璃爆開",
             "在回收中心旁邊看到北邊冒黑煙", "公園南邊停車場出口也聞到煙味", "大樓住戶都跑到一樓中庭", "火好像燒到8樓了"]
    first = None
    k = 0
    for i in range(38):
        m = 0.6 + i * 0.55 + r.uniform(0, 0.4)
        near = r.random() < 0.6
        lon, lat = scatter(r, *B, 15, 120) if near else scatter(r, *B, 150, 700)
        it = s.c1999("fire_smoke", lon, lat, T0 + td(minutes=m), texts[k % len(texts)], "FIRE", delay=r.randint(40, 200))
        k += 1
        if first is None:
            first = it
        if r.random() < 0.12:
            s.dup(it, T0 + td(minutes=m + 4 + r.uniform(0, 3)))
    f = s.f119("fire", *B, T(2), "水湳生態住宅B區 7樓住宅火警 有人受困", "FIRE")
    s.police("fire_report", "Severe", *offset(*B, 20, 10), T(5), "生態住宅B區住宅火警，員警封鎖經貿路外側車道", "FIRE")
    s.f119("rescue", *B, T(7), "生態住宅B區 8樓 住戶受困陽台 雲梯車救援", "FIRE")
    s.f119("fire", *B, T(9), "消防車到達 生態住宅B區", "FIRE", status="on_scene", follows=f["key"])
    s.f119("ambulance", *B, T(14), "生態住宅B區 嗆傷2人送醫", "FIRE")
    s.rule("SN-VD-JINGMAO-02", "congestion", T(15), "FIRE", "Moderate", "經貿路車輛偵測器2 車速 14 km/h", alt=None)
    wd = s.c1999("fire_smoke", *scatter(r, 120.6465, 24.1705, 20, 80), T(17), "河南路旁空地有人燒雜草，煙很嗆", "WEEDS", alt=None)
    s.c1999("streetlight", *scatter(r, 120.653, 24.19, 10, 50), T(20), "中科路路燈不亮", None)
    s.sensor("fire_alarm", "SN-FA-011", "alarm", T(21), "FIRE", text="水湳生態住宅A區 3F 偵煙探測器動作(煙飄入)")
    s.f119("fire", *B, T(44), "生態住宅B區 火勢控制", "FIRE", status="returning", follows=f["key"])
    s.sensor("fire_alarm", "SN-FA-011", "normal", T(46), "FIRE", text="水湳生態住宅A區 火警受信總機 復歸")
    s.sensor("fire_alarm", "SN-FA-012", "normal", T(70), "FIRE", text="水湳生態住宅B區 火警受信總機 復歸")
    s.write("An apartment fire in 水湳生態住宅B區 at night; some forty 1999 calls (some delivered twice) from as far as 700 m where the smoke is seen or smelled, smoke drifting into block A's detectors, and one unrelated weed-burning call 1.6 km away. Tests a burst of calls being one job.",
            [("FIRE", "fire", "生態住宅B區7樓住宅火警，有人受困", fa["key"]),
             ("WEEDS", "fire", "河南路旁空地燃燒雜草", wd["key"])],
            alternative=("Weed burning on a vacant lot is a matter for 環保局 by day, and many coordinators would log it without a job; the slow-down on 經貿路 may be read as background traffic.",
                         [("FIRE", "fire", "生態住宅B區住宅火警", fa["key"])]))


def s1814():
    s = Sit(1814, "concert_night_small_incidents", 181404)
    T0 = utc("2016-06-25T19:00")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    V = at("SN-FA-006")  # 流行影音中心
    pe = s.permit("concert", *V, T(0), T(210), T(-60 * 24 * 9), "臺中流行影音中心 戶外演唱會 預估 1.5 萬人", None, radius_m=450)
    c0 = s.cctv("SN-CCTV-003", "crowding", T(-50), "CROWD", 0.66, "中科路/環中路二段 人群聚集 往南移動", motion="moving", alt=None)
    s.sensor("parking", "SN-PK-004", "full", T(-45), "CROWD", text="中央公園地下停車場(北) 車位已滿")
    jam = s.rule("SN-VD-KAIXUAN-02", "congestion", T(-40), "CROWD", "Moderate", "凱旋路車輛偵測器2 車速 15 km/h", alt="JAM")
    cr = s.c1999("crowding", *scatter(r, *V, 80, 250), T(-35), "影音中心外面人潮擠到馬路上", "CROWD")
    s.sensor("parking", "SN-PK-005", "full", T(-32), "CROWD", text="中央公園地下停車場(南) 車位已滿")
    s.rule("SN-VD-ZHONGKE-01", "congestion", T(-28), "CROWD", "Moderate", "中科路車輛偵測器1 車速 12 km/h", alt="JAM")
    s.police("crowd_control", "Moderate", *offset(*V, 60, 40), T(-25), "影音中心周邊人潮管制 中科路臨停禁止", "CROWD")
    for i in range(6):
        s.c1999("illegal_parking", *scatter(r, *V, 150, 500), T(-30 + i * 9 + r.uniform(0, 5)),
                ["凱旋路紅線停滿車", "中科路雙排停車", "巷口被車擋住出不去", "人行道停滿機車", "消防栓前面停車", "公園旁邊亂停"][i], "CROWD", alt=None)
    th = s.police("theft", "Minor", *scatter(r, *V, 20, 80), T(35), "演唱會入場區 民眾手機遭扒竊 報案", "THEFT")
    s.c1999("noise", *scatter(r, *V, 300, 600), T(40), "演唱會音量太大，家裡窗戶都在震", "CROWD", alt=None)
    med = s.f119("ambulance", *offset(*V, -40, 30), T(62), "流行影音中心 搖滾區 女性 疑似中暑昏厥", "MED")
    s.police("medical", "Moderate", *offset(*V, -40, 30), T(63), "演唱會搖滾區觀眾昏倒，救護車請由凱旋路進入", "MED")
    s.c1999("noise", *scatter(r, *V, 400, 700), T(75), "影音中心那邊太吵小孩睡不著", "CROWD", alt=None)
    s.c1999("streetlight", *scatter(r, 120.6592, 24.1805, 10, 60), T(80), "生態住宅B區旁路燈不亮", None)
    acc = s.police("accident", "Minor", 120.6507, 24.1895, T(96), "凱旋路與中科路間 散場前接送車輛擦撞 無人傷", "ACC")
    s.c1999("traffic_accident", 120.6509, 24.1893, T(98), "凱旋路兩台車擦撞在吵架", "ACC")
    s.c1999("other", *scatter(r, 120.6596, 24.176, 20, 80), T(110), "水資源回收中心附近有臭味", None)
    s.f119("ambulance", *offset(*V, -40, 30), T(70), "中暑女性 送醫", "MED", status="returning")
    s.cctv("SN-CCTV-003", "crowding", T(212), "CROWD", 0.81, "中科路/環中路二段 散場人潮 往北移動", motion="moving")
    s.rule("SN-VD-LIMING-01", "congestion", T(218), "CROWD", "Moderate", "黎明路車輛偵測器1 車速 13 km/h", alt="JAM")
    s.sensor("parking", "SN-PK-004", "empty", T(250), "CROWD", text="中央公園地下停車場(北) 車位全空")
    s.c1999("crowding", *scatter(r, 120.6528, 24.1974, 20, 100), T(225), "轉運站排隊人潮很多", "CROWD")
    s.write("A 15,000-person open-air concert at 臺中流行影音中心 (permit, crowding, full car parks, slow-downs, illegal parking, noise complaints), and inside it a pickpocket, a fainted fan and a fender-bender. Tests small unrelated jobs inside a dense event.",
            [("CROWD", "crowd", "流行影音中心演唱會人潮與交通管理", cr["key"]),
             ("THEFT", "public_safety", "演唱會入場區扒竊", th["key"]),
             ("MED", "rescue", "搖滾區觀眾中暑昏厥", med["key"]),
             ("ACC", "traffic", "凱旋路接送車輛擦撞", acc["key"])],
            alternative=("The road slow-downs can be dispatched to the traffic bureau as a job of their own (the event's traffic), and the noise and parking complaints left to 環保局/交通局 routine with no job; the early arrival crowd on 中科路 is then background.",
                         [("CROWD", "crowd", "演唱會人潮", cr["key"]), ("JAM", "traffic", "演唱會周邊車流壅塞", jam["key"]),
                          ("THEFT", "public_safety", "扒竊", th["key"]), ("MED", "rescue", "觀眾昏厥", med["key"]),
                          ("ACC", "traffic", "擦撞", acc["key"])]),
            notes="The permit (truth null) explains the crowd; it is no job itself.")


def s1815():
    s = Sit(1815, "late_dup_skewed_henan_zhongping", 181505)
    T0 = utc("2016-06-07T07:52")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    J = at("SN-SIG-010")  # 河南路/中平路
    K = at("SN-SIG-011")  # 經貿路/中平路, ~1 km east
    # the junction camera's clock runs 37 minutes behind; its events also reach the center late
    c1 = s.cctv("SN-CCTV-010", "accident", T(-37), "ACC", 0.88, "河南路/中平路 路口疑似碰撞", arrival=T(0.5))
    p1key = f"1815-POL-P1"
    p2 = s.police("road_closure", "Moderate", *offset(*J, 10, 5), T(9), "河南路中平路口 事故處理 封閉內側二車道", "ACC",
                  arrival=T(9.3), follows=p1key)
    p1 = s.police("injury_accident", "Severe", *offset(*J, 6, 4), T(1), "河南路與中平路口 小客車與機車碰撞 1人昏迷", "ACC", arrival=T(12))
    p1["key"] = p1key
    s.c1999("traffic_accident", *scatter(r, *J, 10, 60), T(1.5), "河南路中平路口車禍，有人倒在地上", "ACC", arrival=T(3))
    amb = s.f119("ambulance", *offset(*J, 6, 4), T(2.5), "河南路/中平路 車禍 OHCA? 意識不清", "ACC", arrival=T(3.2))
    s.dup(amb, T(3.9))
    s.dup(amb, T(16))
    s.cctv("SN-CCTV-010", "stalled_vehicle", T(-30), "ACC", 0.77, "河南路/中平路 車輛停滯", arrival=T(8.2))
    s.rule("SN-VD-ZHONGPING-01", "congestion", T(6), "ACC", "Moderate", "中平路車輛偵測器1 車速 8 km/h", arrival=T(6.4))
    s.rule("SN-VD-HENAN-02", "congestion", T(7), "ACC", "Moderate", "河南路車輛偵測器2 車速 10 km/h", arrival=T(7.2))
    s.c1999("illegal_parking", *scatter(r, 120.653, 24.1745, 30, 120), T(5), "河南路停車場出口有車違停", None, arrival=T(8))
    # signal at 經貿路/中平路: its 'restored' reaches the center before its 'fault' (a buffered uplink)
    sf = s.sensor("signal", "SN-SIG-011", "fault", T(14), "SIG", text="經貿路/中平路 號誌 黑燈", arrival=T(41))
    s.sensor("signal", "SN-SIG-011", "restored", T(36), "SIG", text="經貿路/中平路 號誌 恢復正常", arrival=T(37))
    sc = s.c1999("traffic_signal", *scatter(r, *K, 10, 50), T(16), "經貿路中平路口紅綠燈不亮，車子亂鑽", "SIG", arrival=T(18))
    s.dup(sc, T(18.1))
    sd = s.cctv("SN-CCTV-011", "signal_dark", T(15), "SIG", 0.9, "經貿路/中平路 號誌黑燈", arrival=T(15.5))
    s.police("traffic_signal_fault", "Moderate", *offset(*K, 5, 5), T(22), "經貿路與中平路口號誌全暗 員警手勢指揮", "SIG", arrival=T(23))
    s.c1999("road_damage", *scatter(r, 120.6545, 24.1712, 10, 40), T(25), "中平路有一個坑洞，機車差點摔", None, arrival=T(26))
    s.police("accident", "Moderate", *offset(*J, 6, 4), T(48), "河南路中平路口事故 傷者送醫 車輛拖離", "ACC", arrival=T(49), follows=p1key)
    s.police("road_reopened", "Minor", *offset(*J, 10, 5), T(55), "河南路中平路口 恢復通行", "ACC", arrival=T(57), follows=p2["key"])
    late = s.c1999("traffic_accident", *scatter(r, *J, 20, 80), T(3), "早上河南路口有車禍，到現在還是很塞(補報)", "ACC", arrival=T(95))
    s.rule("SN-VD-ZHONGPING-01", "cleared", T(60), "ACC", "Minor", "中平路車輛偵測器1 車速恢復", arrival=T(61))
    s.write("Morning rush: a severe collision at 河南路/中平路 whose camera clock runs 37 min slow, whose first police report arrives after its own follow-up, whose 119 case is delivered three times, and a 1999 case filed 90 minutes late; 1 km east a dark signal whose 'restored' arrives before its 'fault'. Tests late, duplicated, clock-skewed and out-of-order delivery.",
            [("ACC", "traffic", "河南路/中平路口 汽機車碰撞 1人昏迷", amb["key"]),
             ("SIG", "traffic", "經貿路/中平路口 號誌黑燈", sd["key"])],
            notes="The police closure's `follows` names report 1815-POL-P1, which arrives three minutes after it.")


def s1816():
    s = Sit(1816, "south_cabinet_offline", 181606)
    T0 = utc("2016-06-09T02:14")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    gw = ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]
    s.c1999("noise", *scatter(r, 120.652, 24.179, 50, 150), T(-40), "逢甲水湳校區旁宿舍半夜很吵", None)
    first = None
    for i, sid in enumerate(gw):
        it = s.offline(sid, T(0), "GW", reason="mains_power_lost", arrival=T(0) + td(seconds=3 + i * 2))
        first = first or it
    for i, sid in enumerate(gw):
        if S[sid]["kind"] == "parking":
            continue
        s.rule(sid, "sensor_offline", T(10 + i * 0.5), "GW", "Minor", f"{S[sid]['name']} 超過 10 分鐘未回報")
    pw = s.c1999("power_outage", *scatter(r, 120.6575, 24.1785, 50, 200), T(6), "中央公園南邊整排路燈全暗，旁邊住家也停電", "GW", alt="POWER")
    s.c1999("streetlight", *scatter(r, 120.656, 24.1775, 20, 120), T(11), "公園南側步道路燈都不亮，伸手不見五指", "GW", alt="POWER")
    s.c1999("power_outage", *scatter(r, 120.6588, 24.1795, 30, 120), T(19), "生態住宅B區附近停電", "GW", alt="POWER")
    # a separate device: the 河南路 low-point flood sensor, its own modem, battery running down
    o7 = s.offline("SN-FL-007", T(31), "BAT", reason="battery_low")
    s.rule("SN-FL-007", "sensor_offline", T(46), "BAT", "Minor", "河南路低窪處 超過 15 分鐘未回報")
    s.rule("SN-FL-007", "flood_depth", T(28), "BAT", "Minor", "河南路低窪處 淹水深度 1-15 公分(電壓不足讀值跳動)", level="1-15", alt=None, arrival=T(29))
    s.sensor("fire_alarm", "SN-FA-008", "fault", T(8), "GW", text="水湳水資源回收中心 火警受信總機 主電源異常 切換備用電池", alt="POWER")
    s.c1999("other", *scatter(r, 120.6528, 24.1972, 20, 80), T(50), "轉運站廁所漏水", None)
    on = [s.online(sid, T(97), "GW", arrival=T(97) + td(seconds=5 + i)) for i, sid in enumerate(gw)]
    s.sensor("fire_alarm", "SN-FA-008", "normal", T(98), "GW", text="水湳水資源回收中心 火警受信總機 復歸 主電源恢復", alt="POWER")
    s.rule("SN-FL-003", "cleared", T(99), "GW", "Minor", "中央公園滯洪池3 恢復回報")
    s.write("Dry night: the park's south field cabinet GW-CPS-01 loses mains power and its five devices go offline together; callers report the streetlights and homes nearby dark; the water reclamation centre's panel switches to battery. Separately, at 河南路 a flood sensor on its own modem runs its battery down, its last reading a spurious 1-15 cm. Tests a gateway offline as one job.",
            [("GW", "infrastructure", "中央公園南側機櫃 GW-CPS-01 市電中斷，5 具設備離線", first["key"]),
             ("BAT", "infrastructure", "河南路低窪處淹水感測器 電池電量低 離線", o7["key"])],
            alternative=("The power cut that darkened the cabinet also darkened streetlights and homes: one coordinator gives the devices to the traffic/IoT maintenance contractor and the outage to 台電/建設局 as a job of its own.",
                         [("GW", "infrastructure", "GW-CPS-01 設備離線", first["key"]),
                          ("POWER", "infrastructure", "中央公園南側區域停電", pw["key"]),
                          ("BAT", "infrastructure", "SN-FL-007 電池電量低", o7["key"])]))


if __name__ == "__main__":
    for f in (s1811, s1812, s1813, s1814, s1815, s1816):
        f()
    print("gen_a: 1811-1816 written")
