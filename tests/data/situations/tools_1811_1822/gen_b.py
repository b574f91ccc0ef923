"""Situations 1817-1822: the cascade, and five situations written to break a grouping."""
from datetime import timedelta as td
from lib import Sit, utc, scatter, offset, sensors

S = sensors()


def at(sid):
    return S[sid]["lon"], S[sid]["lat"]


def s1817():
    s = Sit(1817, "transit_hub_fire_jams_huanzhong", 181707)
    T0 = utc("2016-06-15T17:25")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    H = at("SN-FA-001")
    s.c1999("illegal_parking", *scatter(r, 120.6575, 24.1925, 30, 100), T(-20), "經貿七路公車站前違停", None)
    fa = s.sensor("fire_alarm", "SN-FA-001", "alarm", T(0), "FIRE", text="水湳轉運中心 B1 機電室 偵煙探測器動作")
    s.c1999("fire_smoke", *scatter(r, *H, 20, 80), T(1.5), "轉運站地下室冒煙，旅客往外跑", "FIRE")
    f = s.f119("fire", *H, T(2), "水湳轉運中心 B1 機電室火警", "FIRE")
    s.cctv("SN-CCTV-003", "smoke", T(3), "FIRE", 0.72, "中科路/環中路二段 畫面南側可見濃煙")
    s.c1999("fire_smoke", *scatter(r, *H, 50, 200), T(4), "環中路這邊看到轉運中心冒黑煙", "FIRE")
    s.police("fire_report", "Severe", *offset(*H, 20, -10), T(6), "水湳轉運中心火警 旅客疏散至經貿六停車場", "FIRE")
    s.sensor("parking", "SN-PK-001", "closed", T(7), "FIRE", text="水湳轉運中心停車場 暫停開放")
    cl = s.police("road_closure", "Severe", *at("SN-SIG-003"), T(9), "環中路二段(凱旋路至經貿路) 外側車道 及 中科路北端 封閉 供消防車作業", "FIRE", alt="JAM")
    s.f119("fire", *H, T(10), "消防車 6 輛到達 轉運中心", "FIRE", status="on_scene", follows=f["key"])
    j1 = s.rule("SN-VD-HUANZHONG-02", "congestion", T(12), "FIRE", "Severe", "環中路車輛偵測器2 車速 6 km/h", alt="JAM")
    s.rule("SN-VD-JINGMAO-01", "congestion", T(14), "FIRE", "Moderate", "經貿路車輛偵測器1 車速 14 km/h", alt="JAM")
    s.rule("SN-VD-LIMING-01", "congestion", T(17), "FIRE", "Moderate", "黎明路車輛偵測器1 車速 16 km/h", alt="JAM")
    s.cctv("SN-CCTV-002", "stalled_vehicle", T(19), "FIRE", 0.69, "凱旋路/環中路二段 車輛回堵停滯", alt="JAM")
    s.c1999("other", *scatter(r, 120.6499, 24.1972, 30, 150), T(21), "環中路整個塞死了，公車都不動", "FIRE", alt="JAM")
    s.rule("SN-VD-KAIXUAN-01", "congestion", T(23), "FIRE", "Moderate", "凱旋路車輛偵測器1 車速 12 km/h", alt="JAM")
    s.f119("ambulance", *H, T(24), "轉運中心 旅客 2 名嗆傷", "FIRE")
    # a rear-end collision in the queue 700 m west: a new job, caused by the jam
    a = s.police("accident", "Moderate", *offset(*at("SN-SIG-007"), 5, 5), T(31), "黎明路三段凱旋路口 回堵車陣追撞 三車 無人傷", "REAR")
    s.cctv("SN-CCTV-007", "accident", T(30), "REAR", 0.8, "黎明路三段/凱旋路 疑似追撞")
    s.c1999("traffic_accident", *scatter(r, *at("SN-SIG-007"), 10, 60), T(33), "黎明凱旋路口連環追撞", "REAR")
    s.rule("SN-VD-HUANZHONG-03", "congestion", T(35), "FIRE", "Moderate", "環中路車輛偵測器3 車速 15 km/h", alt="JAM")
    s.c1999("streetlight", *scatter(r, 120.6596, 24.1825, 10, 40), T(38), "經貿路低窪處路燈不亮", None)
    s.f119("fire", *H, T(52), "轉運中心火勢撲滅 排煙", "FIRE", status="returning", follows=f["key"])
    s.police("road_reopened", "Minor", *at("SN-SIG-003"), T(64), "環中路二段 中科路口 解除封閉", "FIRE", follows=cl["key"], alt="JAM")
    s.police("accident", "Minor", *offset(*at("SN-SIG-007"), 5, 5), T(58), "黎明凱旋路口追撞車輛已移置", "REAR", follows=a["key"])
    s.rule("SN-VD-HUANZHONG-02", "cleared", T(78), "FIRE", "Minor", "環中路車輛偵測器2 車速恢復", alt="JAM")
    s.sensor("fire_alarm", "SN-FA-001", "normal", T(80), "FIRE", text="水湳轉運中心 火警受信總機 復歸")
    s.write("Evening peak: fire in the transit hub's plant room; the fire engines' closure of 環中路 and 中科路 backs traffic up over four detectors and two cameras, and in the queue a three-car rear-end collision at 黎明路/凱旋路. Tests a cascade (fire causing a jam, the jam causing a crash).",
            [("FIRE", "fire", "水湳轉運中心B1機電室火警與其封路回堵", fa["key"]),
             ("REAR", "traffic", "黎明路三段/凱旋路口 回堵追撞", a["key"])],
            alternative=("A coordinator may hand the closure and queue to the traffic police as a job of its own (交通疏導), the fire staying with the fire bureau.",
                         [("FIRE", "fire", "轉運中心火警", fa["key"]), ("JAM", "traffic", "環中路封路回堵疏導", cl["key"]),
                          ("REAR", "traffic", "回堵追撞", a["key"])]))


def s1818():
    s = Sit(1818, "same_junction_two_crashes_apart", 181808)
    T0 = utc("2016-06-20T08:05")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    J = at("SN-SIG-008")  # 中清路/環中路
    a1 = s.cctv("SN-CCTV-008", "accident", T(0), "A1", 0.86, "中清路/環中路 路口疑似碰撞")
    p1 = s.police("accident", "Minor", *offset(*J, 8, 0), T(3), "中清環中路口 兩車擦撞 無人傷 移置路邊", "A1")
    s.c1999("traffic_accident", *scatter(r, *J, 10, 60), T(2), "中清環中路口兩台車撞在一起", "A1")
    s.rule("SN-VD-ZHONGQING-01", "congestion", T(5), "A1", "Moderate", "中清路車輛偵測器1 車速 13 km/h")
    s.police("accident", "Minor", *offset(*J, 8, 0), T(22), "中清環中路口擦撞 處理完畢", "A1", follows=p1["key"])
    s.rule("SN-VD-ZHONGQING-01", "cleared", T(28), "A1", "Minor", "中清路車輛偵測器1 車速恢復")
    s.c1999("road_damage", *scatter(r, 120.6575, 24.1955, 20, 80), T(40), "經貿路二段人孔蓋凸起", None)
    s.c1999("illegal_parking", *scatter(r, 120.6546, 24.1948, 30, 100), T(55), "會展中心旁邊卸貨車違停", None)
    # 95 minutes later, same junction, another collision: a new job
    a2 = s.cctv("SN-CCTV-008", "accident", T(95), "A2", 0.9, "中清路/環中路 路口疑似碰撞")
    s.c1999("traffic_accident", *scatter(r, *J, 10, 60), T(96), "中清路環中路口機車被撞，人受傷", "A2")
    p2 = s.police("injury_accident", "Moderate", *offset(*J, -6, 4), T(97), "中清路與環中路口 大貨車右轉撞機車 騎士受傷", "A2")
    s.f119("ambulance", *offset(*J, -6, 4), T(97.5), "中清環中路口 車禍 機車騎士 腿部擦挫傷", "A2")
    s.rule("SN-VD-HUANZHONG-03", "congestion", T(101), "A2", "Moderate", "環中路車輛偵測器3 車速 10 km/h")
    s.rule("SN-VD-ZHONGQING-01", "congestion", T(102), "A2", "Moderate", "中清路車輛偵測器1 車速 9 km/h")
    s.flood("SN-FL-006", "1-15", T(104), None, alt="A2")
    s.c1999("other", *scatter(r, *J, 20, 100), T(106), "中清環中地下道口有油漬，剛才車禍漏的", "A2")
    s.f119("ambulance", *offset(*J, -6, 4), T(112), "傷者送醫", "A2", status="returning")
    s.police("accident", "Moderate", *offset(*J, -6, 4), T(130), "中清環中路口事故現場清理完畢", "A2", follows=p2["key"])
    s.rule("SN-VD-ZHONGQING-01", "cleared", T(138), "A2", "Minor", "中清路車輛偵測器1 車速恢復")
    s.c1999("streetlight", *scatter(r, 120.6535, 24.1968, 10, 50), T(140), "轉運中心前路燈白天還亮著", None)
    s.c1999("noise", *scatter(r, 120.659, 24.199, 50, 200), T(150), "環中路大卡車一直按喇叭", None)
    s.police("theft", "Minor", *scatter(r, 120.6528, 24.1972, 20, 60), T(155), "轉運中心 旅客行李遭竊", "THEFT")
    s.write("Morning: two collisions at the same junction 中清路/環中路 95 minutes apart, the first cleared and closed before the second; the underpass sensor's brief 1-15 cm after the second (the washing of the spill?) is debatable; a luggage theft at the transit hub. Tests not merging repeat incidents at one place.",
            [("A1", "traffic", "中清環中路口 08:05 擦撞", a1["key"]),
             ("A2", "traffic", "中清環中路口 09:40 貨車撞機車", a2["key"]),
             ("THEFT", "public_safety", "轉運中心行李竊盜", s.items[-1]["key"])],
            alternative=("The underpass's 1-15 cm right after the second crash with no rain can be the fire crew washing the oil off: part of A2's scene rather than a stray reading.",
                         [("A1", "traffic", "擦撞", a1["key"]), ("A2", "traffic", "貨車撞機車", a2["key"]),
                          ("THEFT", "public_safety", "行李竊盜", s.items[-1]["key"])]))


def s1819():
    s = Sit(1819, "panel_alarm_and_car_fire_jingmao7", 181909)
    T0 = utc("2016-06-22T13:10")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    C = at("SN-SIG-006")  # 經貿路二段/經貿七路
    M = at("SN-FA-004")   # 綠美圖, ~115 m SE
    s.c1999("fallen_tree", *scatter(r, 120.6562, 24.186, 20, 80), T(-35), "中央公園北側步道樹枝斷掉擋路", None)
    sm = s.cctv("SN-CCTV-006", "smoke", T(0), "CAR", 0.79, "經貿路二段/經貿七路 路側車輛冒煙")
    s.c1999("fire_smoke", *offset(*C, 25, -15), T(1), "經貿七路口一台車引擎蓋在冒火", "CAR")
    s.police("fire_report", "Moderate", *offset(*C, 20, -10), T(3), "經貿路二段經貿七路口 小客車引擎起火 駕駛已下車", "CAR")
    cf = s.f119("fire", *offset(*C, 20, -10), T(3.5), "經貿路二段/經貿七路 車輛火警", "CAR")
    pa = s.sensor("fire_alarm", "SN-FA-004", "alarm", T(5), "PANEL", text="臺中綠美圖 1F 大廳 偵煙探測器動作", alt="CAR")
    s.c1999("fire_smoke", *scatter(r, *M, 20, 60), T(6), "綠美圖警報在響，館員叫大家出去", "PANEL", alt="CAR")
    s.cctv("SN-CCTV-006", "stalled_vehicle", T(7), "CAR", 0.74, "經貿路二段/經貿七路 外側車道車輛停滯")
    s.f119("fire", *M, T(8), "臺中綠美圖 火警受信總機動作 派車查看", "PANEL", alt="CAR")
    s.f119("fire", *offset(*C, 20, -10), T(11), "車輛火警 到達", "CAR", status="on_scene", follows=cf["key"])
    s.c1999("fire_smoke", *scatter(r, *C, 40, 150), T(12), "經貿路上有車燒起來，黑煙往綠美圖那邊飄", "CAR")
    s.f119("fire", *M, T(15), "綠美圖 現場無火煙 疑車輛火災煙霧由大廳外氣口吸入 探測器動作", "PANEL", status="on_scene", alt="CAR")
    s.sensor("fire_alarm", "SN-FA-004", "normal", T(19), "PANEL", text="臺中綠美圖 火警受信總機 復歸", alt="CAR")
    s.f119("fire", *M, T(20), "綠美圖 無災情 返隊", "PANEL", status="closed", alt="CAR")
    s.f119("fire", *offset(*C, 20, -10), T(24), "車輛火警 撲滅", "CAR", status="returning", follows=cf["key"])
    s.police("stalled_vehicle", "Minor", *offset(*C, 20, -10), T(40), "經貿七路口燒毀車輛等待拖吊 占用外側車道", "CAR")
    s.c1999("illegal_parking", *scatter(r, 120.6548, 24.1938, 30, 100), T(46), "會展停車場出口旁違停", None)
    s.sensor("parking", "SN-PK-006", "full", T(50), None, text="臺中國際會展中心停車場 車位已滿")
    s.c1999("noise", *scatter(r, 120.6592, 24.1735, 50, 150), T(55), "中國醫水湳校區旁工地打樁很吵", None)
    s.police("accident", "Minor", *scatter(r, 120.653, 24.1905, 10, 40), T(66), "中科路 機車自撞 輕傷自行就醫", "MOTO")
    s.write("Noon: a car's engine catches fire at 經貿路二段/經貿七路; five minutes later the 綠美圖 lobby panel 115 m away alarms and is found to have drawn in the car's smoke. Tests two fire reports side by side that a coordinator ran as two dispatches.",
            [("CAR", "fire", "經貿七路口 小客車引擎起火", sm["key"]),
             ("PANEL", "fire", "綠美圖火警受信總機動作 派車查看(煙由外吸入)", pa["key"]),
             ("MOTO", "traffic", "中科路機車自撞輕傷", s.items[-1]["key"])],
            alternative=("Once the crew finds the museumbrary alarm was the car's smoke, the two are one fire: the panel's chain is the car fire's.",
                         [("CAR", "fire", "經貿七路口車輛火警(含綠美圖探測器受煙動作)", sm["key"]),
                          ("MOTO", "traffic", "機車自撞", s.items[-1]["key"])]))


def s1820():
    s = Sit(1820, "stray_sensor_and_water_main", 182010)
    T0 = utc("2016-06-28T10:00")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    W = (120.6574, 24.1910)  # 經貿路二段 south of 經貿七路
    st = s.flood("SN-FL-009", ">30", T(0), "STRAY", alt=None)
    s.c1999("streetlight", *scatter(r, 120.6485, 24.1935, 10, 40), T(8), "黎明凱旋路口路燈白天亮著", None)
    s.flood("SN-FL-009", ">30", T(15), "STRAY", alt=None)
    s.cctv("SN-CCTV-007", "stalled_vehicle", T(18), None, 0.52, "黎明路三段/凱旋路 車輛停等")
    wm = s.c1999("flooding", *scatter(r, *W, 10, 40), T(31), "經貿路二段路面一直冒水，像噴泉", "MAIN")
    s.c1999("water_outage", *scatter(r, *at("SN-FA-005"), 20, 120), T(34), "營運塔附近大樓突然沒水", "MAIN")
    s.police("flooding_report", "Moderate", *W, T(36), "經貿路二段近經貿七路 疑似自來水管破裂 路面積水 外側車道封閉", "MAIN")
    s.c1999("road_damage", *scatter(r, *W, 5, 30), T(40), "經貿路路面被水沖出一個洞", "MAIN")
    s.cctv("SN-CCTV-006", "flooding", T(41), "MAIN", 0.63, "經貿路二段/經貿七路 路面積水")
    s.c1999("water_outage", *scatter(r, *at("SN-FA-004"), 30, 150), T(44), "綠美圖旁邊餐廳停水", "MAIN")
    s.c1999("flooding", *scatter(r, *W, 20, 80), T(47), "經貿路水淹到人行道", "MAIN")
    s.rule("SN-VD-JINGMAO-01", "congestion", T(49), "MAIN", "Moderate", "經貿路車輛偵測器1 車速 15 km/h", alt=None)
    s.c1999("water_outage", *scatter(r, *at("SN-FA-003"), 30, 150), T(55), "會展中心B館廁所沒水", "MAIN")
    s.police("road_closure", "Moderate", *W, T(62), "經貿路二段 自來水公司搶修 封閉二車道", "MAIN")
    s.permit("road_works", *W, T(70), T(300), T(66), "台灣自來水公司 經貿路二段 管線緊急搶修", "MAIN", radius_m=80, alt=None)
    s.c1999("other", *scatter(r, 120.6596, 24.1765, 20, 80), T(75), "回收中心旁邊有人亂倒廢棄物", None)
    s.c1999("illegal_parking", *scatter(r, 120.653, 24.1745, 20, 80), T(80), "河南路停車場入口違停", None)
    s.rule("SN-FL-009", "cleared", T(88), "STRAY", "Minor", "黎明路凱旋路口低窪處 淹水警戒解除", alt=None)
    s.police("road_reopened", "Minor", *W, T(290), "經貿路二段搶修完成 恢復通行", "MAIN")
    s.c1999("flooding", *scatter(r, *W, 10, 40), T(120), "經貿路水已經停了但路面還是濕的", "MAIN")
    s.write("Sunny morning: the 黎明路/凱旋路 low-point sensor reads >30 cm for 90 minutes with no rain, no caller and a camera 100 m away seeing traffic move; 30 minutes later a water main bursts 1 km east on 經貿路二段 (water on the road, taps dry, emergency works permit). Tests a flood signal that is no flood beside water that is no rain.",
            [("STRAY", "infrastructure", "SN-FL-009 晴天讀值 >30 cm 無佐證 派員查看感測器", st["key"]),
             ("MAIN", "infrastructure", "經貿路二段自來水管破裂 積水 停水 路面掏空", wm["key"])],
            alternative=("Many coordinators log a lone uncorroborated sensor reading on a dry day as a maintenance note, not a job; the works permit and the slow-down are then background.",
                         [("MAIN", "infrastructure", "經貿路二段自來水管破裂", wm["key"])]))


def s1821():
    s = Sit(1821, "march_along_zhongke_and_fight", 182111)
    T0 = utc("2016-06-26T14:00")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    route = [(120.65217, 24.19785), (120.6527, 24.194), (120.6532, 24.1905), (120.6535, 24.185), (120.6538, 24.18)]
    pe = s.permit("march", 120.6530, 24.1889, T(0), T(150), T(-60 * 24 * 5), "環保團體遊行 中科路(環中路至中央公園南端) 約 3,000 人", None, radius_m=1000)
    mk = s.permit("market", 120.6566, 24.188, T(60), T(300), T(-60 * 24 * 3), "中央公園週末市集", None, radius_m=150)
    s.permit("market", 120.6566, 24.188, T(60), T(300), T(-60 * 20), "中央公園週末市集 因遊行撤銷", None, radius_m=150, permit_status="cancelled", follows=mk["key"])
    c1 = s.cctv("SN-CCTV-003", "crowding", T(-10), "MARCH", 0.83, "中科路/環中路二段 人群聚集", motion="standing")
    s.police("crowd_control", "Moderate", *route[0], T(-5), "遊行隊伍於中科路環中路口集結 管制車道", "MARCH")
    for i, m in enumerate([10, 25, 40, 55, 70, 85, 100]):
        pt = route[min(i // 2 + (1 if i else 0), 4)]
        s.c1999("crowding" if i % 3 else "noise", *scatter(r, *pt, 20, 120), T(m),
                ["遊行隊伍擋住中科路，公車改道", "遊行宣傳車聲音很大", "中科路人很多車過不去", "遊行隊伍走到綠美圖附近了",
                 "大聲公太吵", "遊行隊伍往中央公園南邊走", "公園南端集會人很多"][i], "MARCH")
    s.rule("SN-VD-ZHONGKE-01", "congestion", T(45), "MARCH", "Moderate", "中科路車輛偵測器1 車速 7 km/h")
    s.rule("SN-VD-KAIXUAN-02", "congestion", T(50), "MARCH", "Moderate", "凱旋路車輛偵測器2 車速 14 km/h")
    ww = s.cctv("SN-CCTV-001", "wrong_way", T(62), "WRONG", 0.87, "台74線/環中路二段 車輛逆向行駛")
    s.police("wrong_way_driver", "Severe", *at("SN-SIG-001"), T(64), "台74線匝道往環中路 小客車逆向 巡邏車攔停", "WRONG")
    fg = s.police("public_disturbance", "Moderate", *scatter(r, *route[3], 10, 40), T(78), "遊行隊伍於中科路近中央公園 與路過民眾發生拉扯 一人輕傷", "FIGHT", alt="MARCH")
    s.c1999("other", *scatter(r, *route[3], 20, 80), T(79), "遊行的人跟路人打起來了", "FIGHT", alt="MARCH")
    s.f119("ambulance", *route[3], T(82), "中科路 中央公園段 男子 頭部擦傷", "FIGHT", alt="MARCH")
    s.cctv("SN-CCTV-003", "crowding", T(120), None, 0.55, "中科路/環中路二段 人群聚集")
    s.police("road_reopened", "Minor", *route[0], T(160), "遊行結束 中科路恢復通行", "MARCH")
    s.c1999("streetlight", *scatter(r, 120.6475, 24.193, 10, 50), T(130), "黎明路路燈故障", None)
    s.write("Saturday afternoon: a permitted march of 3,000 down 中科路 (1.9 km) from 環中路 to the park's south end over two hours; a weekend market permit cancelled for it; a wrong-way driver on the 台74線 ramp; a scuffle between marchers and a passer-by. Tests a moving crowd as one job, and jobs inside and beside it.",
            [("MARCH", "crowd", "中科路遊行人潮與交通管制", c1["key"]),
             ("WRONG", "traffic", "台74線匝道逆向車", ww["key"]),
             ("FIGHT", "public_safety", "遊行隊伍與路人拉扯 一人輕傷", fg["key"])],
            alternative=("The police at the march handle the scuffle as part of the march's policing: no separate job.",
                         [("MARCH", "crowd", "中科路遊行(含拉扯)", c1["key"]), ("WRONG", "traffic", "逆向車", ww["key"])]),
            notes="The permits (truth null) explain the crowd; the market's cancelled version explains nothing.")


def s1822():
    s = Sit(1822, "wandering_elder_and_gas_odour", 182212)
    T0 = utc("2016-06-30T16:20")
    T = lambda m: T0 + td(minutes=m)
    r = s.rng
    mp = s.c1999("missing_person", *at("SN-FA-011"), T(0), "家中82歲失智父親下午走失，穿灰色外套，最後在生態住宅A區門口", "LOST")
    pm = s.police("missing_person", "Moderate", *offset(*at("SN-FA-011"), 10, 0), T(12), "失智長者走失協尋 男 82歲 灰外套 拄拐杖 自生態住宅A區", "LOST")
    s.c1999("other", *scatter(r, *at("SN-FA-008"), 20, 80), T(25), "回收中心旁邊有雞蛋臭味，是不是瓦斯外洩", "GAS")
    g = s.c1999("gas_odor", *scatter(r, *at("SN-FA-010"), 20, 60), T(33), "中國醫水湳校區實驗大樓旁瓦斯味很重", "GAS")
    s.f119("hazmat", *at("SN-FA-010"), T(36), "中國醫藥大學水湳校區 疑似氣體外洩 危險物品車出動", "GAS")
    s.police("hazmat_report", "Severe", *offset(*at("SN-FA-010"), 20, 10), T(40), "中國醫藥大學水湳校區 疑似瓦斯外洩 周邊管制 學生疏散", "GAS")
    s.police("evacuation", "Moderate", *offset(*at("SN-FA-010"), 30, 0), T(44), "中國醫水湳校區實驗大樓人員疏散至操場", "GAS")
    s.c1999("other", *scatter(r, *at("SN-FA-010"), 100, 300), T(47), "經貿路中平路口也聞到臭味", "GAS")
    s.police("missing_person", "Minor", *at("SN-FA-001"), T(58), "轉運中心站務人員稱疑似看到協尋長者往南走", "LOST", follows=pm["key"])
    s.c1999("streetlight", *scatter(r, 120.6535, 24.1968, 10, 50), T(65), "轉運中心前路燈閃爍", None)
    s.cctv("SN-CCTV-006", "crowding", T(70), None, 0.51, "經貿路二段/經貿七路 人群聚集")
    s.f119("hazmat", *at("SN-FA-010"), T(72), "實驗室氣體鋼瓶閥門洩漏 已關閉 通風中", "GAS", status="on_scene")
    s.c1999("missing_person", *scatter(r, 120.6557, 24.1868, 10, 60), T(96), "中央公園有一位老伯伯坐在椅子上好像迷路", "LOST", follows=mp["key"])
    s.f119("hazmat", *at("SN-FA-010"), T(110), "氣體濃度正常 解除管制", "GAS", status="closed")
    s.police("missing_person", "Minor", *scatter(r, 120.6557, 24.1868, 10, 40), T(118), "協尋長者於中央公園北側尋獲 由家屬帶回", "LOST", follows=pm["key"])
    s.c1999("missing_person", *at("SN-FA-011"), T(121), "已找到父親，謝謝", "LOST", follows=mp["key"])
    s.c1999("noise", *scatter(r, 120.652, 24.179, 50, 150), T(150), "逢甲水湳校區社團練鼓很吵", None)
    for i in range(3):
        s.c1999("illegal_parking", *scatter(r, 120.6538, 24.1800, 30, 200), T(20 + i * 40), ["中科路南端違停", "公園南停車場外排隊車擋路", "人行道上停機車"][i], None)
    s.write("Late afternoon: an 82-year-old with dementia walks away from eco block A; sightings at the transit hub (2.3 km north) and found in Central Park two hours later. Meanwhile a gas leak at the China Medical University campus, with an early vague 'rotten egg' call 300 m away. Tests one incident spread over km and hours beside an unrelated one.",
            [("LOST", "rescue", "失智長者走失協尋 尋獲", mp["key"]),
             ("GAS", "hazmat", "中國醫水湳校區實驗室氣體外洩 疏散", g["key"])],
            notes="The first odour call (回收中心旁 雞蛋臭味) is the leak's: the wind carried it; the sewage works smells too, so it is labelled GAS with some doubt.")


if __name__ == "__main__":
    for f in (s1817, s1818, s1819, s1820, s1821, s1822):
        f()
    print("gen_b: 1817-1822 written")
