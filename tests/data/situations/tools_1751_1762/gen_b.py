"""Situations 1757-1762 of the typhoon set (blind oracle B)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.path.insert(0, HERE)
from lib import Sit, P, off, SENSORS  # noqa: E402


def s1757():
    s = Sit(1757, "night_sensors_offline",
            "深夜：南側機櫃斷電、路口機櫃光纖中斷、南滯洪池盲測",
            "2016-09-27 22:00 to 09-28 01:00. The south detention pond (SN-WL-002) passes level 3 at 22:20. At 22:48 the park's "
            "south cabinet GW-CPS-01 loses mains and its five devices go dark; the gateway buffers and, when power returns "
            "at 00:38, flushes the readings it held (late arrivals; pond 4's logger stamps local time as UTC, eight hours "
            "off). Park wardens and residents report the south ponds over their banks meanwhile. At 23:15 the fibre of the "
            "中科路/環中路 cabinet (TB-CAB-003) is cut by a fallen branch: its signal and camera drop off the network (the "
            "signal keeps cycling on its own). The CWA 西屯 station loses its cellular link at 23:40. A detector on 環中路 "
            "reports a low battery.",
            "Jobs: the south pond (flood, every reading of it including the late ones), the south cabinet's power loss "
            "(infrastructure), the TB-CAB-003 link loss (infrastructure). The 西屯 rain gauge's lost link is a maintenance "
            "ticket on its own (infrastructure); the detector's low battery and routine calls are background. Debatable: "
            "a colleague would leave the rain gauge's link loss as background during a typhoon (no one goes out for it until "
            "the storm passes).", day=(2016, 9, 27))
    s.rain("SN-RG-001", "22:05", "豪雨", 60)
    w3 = s.alert("SN-WL-002", "water_level", "22:20", 40, "south_pond", level="3")
    s.alert("SN-FL-003", "flood_depth", "22:30", 40, "south_pond", level="16-30")
    s.alert("SN-FL-005", "flood_depth", "22:35", 40, "south_pond", level="1-15")
    s.background_1999(3, "22:00", "23:00", P["fcu_campus"])
    gw = "GW-CPS-01"
    k0 = s.status("SN-WL-002", "offline", "22:48", 4, "cabinet_s", reason="mains_power_lost", gateway=gw)
    for sid, d in (("SN-FL-003", 5), ("SN-FL-004", 5), ("SN-FL-005", 6), ("SN-PK-005", 8)):
        s.status(sid, "offline", "22:48", d, "cabinet_s", reason="mains_power_lost", gateway=gw)
    s.alert("SN-WL-002", "sensor_offline", "22:58", 30, "cabinet_s", gateway=gw)
    s.alert("SN-FL-004", "sensor_offline", "22:58", 31, "cabinet_s", gateway=gw)
    s.alert("SN-PK-005", "sensor_offline", "22:58", 33, "cabinet_s", gateway=gw)
    s.c1999("flooding", off(P["fcu_campus"], 300, 20), "23:05", 400, "中央公園南邊水池的水滿到步道上，逢甲水湳校區旁邊都是水", "south_pond")
    cab = "TB-CAB-003"
    c0 = s.status("SN-SIG-003", "offline", "23:15", 3, "cab003", reason="comms_lost", gateway=cab)
    s.status("SN-CCTV-003", "offline", "23:15", 4, "cab003", reason="comms_lost", gateway=cab)
    s.alert("SN-SIG-003", "sensor_offline", "23:25", 30, "cab003", gateway=cab)
    s.police("other", "Minor", P["zhongke_huanzhong"], "23:30", 400, "中科路環中路口 樹枝掉落扯斷路口機箱線路，號誌仍正常運作", "cab003")
    s.police("flooding_report", "Moderate", off(P["fcu_campus"], 380, -100), "23:32", 300, "中央公園南段滯洪池溢流，公園步道封閉", "south_pond")
    r0 = s.status("C0F9T0", "offline", "23:40", 5, "cwa_link", reason="comms_lost", truth_alt=None)
    s.alert("C0F9T0", "sensor_offline", "23:50", 30, "cwa_link", truth_alt=None)
    s.status("SN-VD-HUANZHONG-02", "offline", "23:45", 5, None, reason="battery_low")
    s.c1999("flooding", off(P["water_reclamation"], -200, 50), "23:55", 600, "南邊公園的水一直漫出來，會不會淹到我們家？", "south_pond")
    s.background_1999(3, "23:00", "00:30", P["cmu_campus"])
    s.status("SN-WL-002", "online", s.t("00:38", 1), 5, "cabinet_s", gateway=gw)
    for sid in ("SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-PK-005"):
        s.status(sid, "online", s.t("00:38", 1), 6, "cabinet_s", gateway=gw)
    # buffered readings flushed when the cabinet came back
    s.alert("SN-WL-002", "water_level", "23:10", 5460, "south_pond", level="2", gateway=gw)
    s.alert("SN-FL-003", "flood_depth", "23:20", 4870, "south_pond", level=">30", gateway=gw)
    s.alert("SN-FL-004", "flood_depth", "23:30", 4270, "south_pond", level="16-30", gateway=gw,
            stamp=s.t("07:30", 1))  # logger stamps local time as UTC
    s.alert("SN-WL-002", "water_level", s.t("00:45", 1), 40, "south_pond", level="2")
    s.status("SN-SIG-003", "online", s.t("00:52", 1), 3, "cab003", gateway=cab)
    s.status("SN-CCTV-003", "online", s.t("00:52", 1), 4, "cab003", gateway=cab)
    s.rain("SN-RG-001", s.t("00:50", 1), "大雨", 60)
    s.incident("south_pond", "flood", "中央公園南滯洪池達二級警戒、池 3 至 5 溢流", w3)
    s.incident("cabinet_s", "infrastructure", "中央公園南側機櫃 GW-CPS-01 市電中斷 5 部設備離線", k0)
    s.incident("cab003", "infrastructure", "中科路/環中路路口機櫃光纖中斷（號誌、監視器離線）", c0)
    s.incident("cwa_link", "infrastructure", "氣象局西屯雨量站通訊中斷", r0)
    s.alternative("During the typhoon no one is sent to a rain gauge's modem: its lost link is background.", [])
    return s


def s1758():
    s = Sit(1758, "eco_b_basement",
            "晚間：經貿路低窪處淹水、生態住宅B區地下室進水",
            "2016-09-27 19:00-22:30. The 經貿路 low point (SN-FL-008) floods from 19:10 and the regional drainage beside it "
            "(SN-WL-003) passes levels 3 and 2; drains on 敦化路 back up. From 19:50 water pours down the ramp of 生態住宅B區's "
            "basement: its panel reports water in the pump room, residents call, 119 pumps and carries out an elderly man "
            "trapped in his basement storeroom, and the police evacuate the ground floor. At 20:30 a car stalls in the water "
            "on 經貿路 and is pushed clear.",
            "Two flood jobs: the street (經貿路 low point, drainage level, blocked drains, the stalled car, the slow-down) and "
            "the block B basement (its panel, residents, 119 pumping and rescue, the evacuation). Routine calls and rain "
            "alerts are background. Debatable: one flood job for the street and the basement it drained into.")
    jm = (SENSORS["SN-FL-008"]["lon"], SENSORS["SN-FL-008"]["lat"])
    eb = P["eco_b"]
    s.rain("SN-RG-001", "19:00", "豪雨", 60)
    f1 = s.alert("SN-FL-008", "flood_depth", "19:10", 40, "jingmao_low", level="1-15")
    w3 = s.alert("SN-WL-003", "water_level", "19:15", 60, "jingmao_low", level="3")
    s.c1999("blocked_drain", off(eb, -120, 90), "19:18", 600, "敦化路一段水溝蓋冒水，水排不下去", "jingmao_low")
    f2 = s.alert("SN-FL-008", "flood_depth", "19:30", 40, "jingmao_low", level="16-30")
    s.c1999("flooding", off(jm, 20, 30), "19:33", 300, "經貿路三段淹到小腿了", "jingmao_low")
    s.alert("SN-VD-JINGMAO-02", "congestion", "19:38", 60, "jingmao_low")
    s.alert("SN-WL-003", "water_level", "19:45", 60, "jingmao_low", level="2")
    s.background_1999(3, "19:00", "20:00", P["eco_a"])
    b1 = s.dev("fire_alarm", "SN-FA-012", "fault", "19:52", 30, "eco_b_basement", "水湳生態住宅B區 受信總機 B1 消防泵浦室 進水 迴路故障",
               truth_alt="jingmao_low")
    b2 = s.c1999("flooding", off(eb, 10, -10), "19:55", 240, "生態住宅B區地下室一直進水，車道像瀑布一樣", "eco_b_basement", truth_alt="jingmao_low")
    s.c1999("flooding", off(eb, -15, 5), "19:58", 420, "我們大樓地下室淹水，機車都泡在水裡", "eco_b_basement", truth_alt="jingmao_low")
    f3 = s.e119("rescue", eb, "20:02", 50, "敦化路一段 生態住宅B區 地下室進水 長者 1 人受困儲藏室", "eco_b_basement", truth_alt="jingmao_low")
    s.dup(b2, 500)
    s.c1999("rescue", off(eb, 5, 5), "20:04", 300, "我爸爸在地下室儲藏室搬東西，水淹進去出不來", "eco_b_basement", truth_alt="jingmao_low")
    s.police("evacuation", "Moderate", eb, "20:15", 300, "生態住宅B區地下室淹水，一樓住戶暫時疏散至社區活動中心", "eco_b_basement", truth_alt="jingmao_low")
    s.e119("rescue", eb, "20:16", 60, "救助隊到場 救出受困長者 1 人 送醫觀察 並架設抽水機", "eco_b_basement", status="on_scene",
           follows=f3, truth_alt="jingmao_low")
    st = s.police("stalled_vehicle", "Moderate", off(jm, 0, -60), "20:30", 300, "經貿路三段低窪處 轎車涉水熄火，警方協助推離", "jingmao_low")
    s.alert("SN-FL-008", "flood_depth", "20:40", 40, "jingmao_low", level=">30")
    s.police("road_closure", "Moderate", off(jm, 0, 80), "20:45", 300, "經貿路三段低窪路段積水逾30公分，雙向封閉", "jingmao_low")
    s.c1999("flooding", off(eb, -200, 60), "20:50", 700, "剛剛打過了，敦化路到現在水還是沒退", "jingmao_low")
    s.background_1999(3, "20:00", "22:00", P["museumbrary"])
    s.dev("fire_alarm", "SN-FA-011", "fault", "21:05", 30, None, "水湳生態住宅A區 受信總機 預備電源電壓不足")
    s.e119("rescue", eb, "21:40", 60, "地下室抽水持續中，人員返隊", "eco_b_basement", status="returning", follows=f3, truth_alt="jingmao_low")
    s.alert("SN-FL-008", "flood_depth", "21:50", 40, "jingmao_low", level="16-30")
    s.alert("SN-WL-003", "water_level", "22:10", 60, "jingmao_low", level="3")
    s.rain("SN-RG-001", "22:00", "大雨", 60)
    s.incident("jingmao_low", "flood", "經貿路三段低窪處淹水逾30公分、區域排水二級警戒、路段封閉", f2)
    s.incident("eco_b_basement", "flood", "生態住宅B區地下室進水、長者受困救出、一樓疏散", b2)
    s.alternative("The basement took the street's water: one flood job for 經貿路 and the block it drained into.", [])
    return s


def s1759():
    s = Sit(1759, "zhongke_tree_car",
            "黃昏：中科路倒樹壓車駕駛受困、凱旋路倒樹、逢甲校區火警誤報",
            "2016-09-27 16:30-19:00, west side of the park. At 16:52 a large tree on 中科路 beside the 逢甲水湳校區 falls onto "
            "a moving car; the driver is pinned and 119 cuts him out while the police close the road. At 17:25 another tree "
            "falls across 凱旋路 by the pop music centre, 500 m away. At 17:40 the campus panel (SN-FA-009) goes into alarm; "
            "119 sends an engine that finds water in a detector head, no fire.",
            "Three jobs: the tree on the car (rescue, with the closure and slow-down), the tree on 凱旋路 (traffic) and the "
            "campus alarm (fire, followed until the crew called it a false alarm). Background: streetlight calls, rain alerts, "
            "routine calls. No alternative reading.")
    zk = off(P["fcu_campus"], 130, 350)
    s.rain("C0F9T0", "16:30", "豪雨", 200)
    s.background_1999(3, "16:30", "17:10", P["pop_music"])
    a1 = s.c1999("rescue", zk, "16:53", 120, "中科路大樹倒下來壓到一台車，司機卡在裡面", "tree_car")
    a2 = s.e119("rescue", off(zk, 10, 0), "16:54", 40, "中科路 逢甲水湳校區旁 路樹倒塌壓毀轎車 駕駛受困", "tree_car")
    s.c1999("fallen_tree", off(zk, -20, 30), "16:55", 300, "中科路樹倒了壓到車子！", "tree_car")
    s.dup(a1, 240)
    s.police("fallen_object", "Severe", zk, "17:00", 300, "中科路 路樹倒塌壓車，駕駛受困，封閉中科路雙向", "tree_car")
    s.alert("SN-VD-ZHONGKE-01", "congestion", "17:05", 60, "tree_car")
    s.e119("rescue", off(zk, 10, 0), "17:06", 60, "救助隊到場 破壞器材救出駕駛 意識清楚", "tree_car", status="on_scene", follows=a2)
    s.c1999("streetlight", off(P["fcu_campus"], -200, -100), "17:15", 900, "中科路的路燈有兩三盞不亮", None)
    kp = off(P["pop_music"], -70, 60)
    b1 = s.police("fallen_object", "Moderate", kp, "17:25", 240, "凱旋路流行影音中心旁 路樹倒塌橫跨車道", "kaixuan_tree")
    s.alert("SN-VD-KAIXUAN-02", "congestion", "17:28", 60, "kaixuan_tree")
    s.c1999("fallen_tree", off(kp, 20, -20), "17:30", 400, "凱旋路整棵樹倒在路上，車子要迴轉", "kaixuan_tree")
    s.e119("rescue", off(zk, 10, 0), "17:35", 60, "受困駕駛送醫 救助隊返隊", "tree_car", status="returning", follows=a2)
    c1 = s.dev("fire_alarm", "SN-FA-009", "alarm", "17:40", 20, "fcu_alarm", "逢甲大學水湳校區 受信總機 火警 3F 第8迴路")
    c2 = s.e119("fire", P["fcu_campus"], "17:42", 50, "逢甲大學水湳校區 火警受信總機動作 派遣車輛", "fcu_alarm")
    s.c1999("other", off(P["fcu_campus"], 30, 30), "17:44", 500, "逢甲水湳校區警鈴一直響，是不是火災？", "fcu_alarm")
    s.e119("fire", P["fcu_campus"], "17:55", 60, "到場查無火煙 探測器進水誤報", "fcu_alarm", status="closed", follows=c2)
    s.dev("fire_alarm", "SN-FA-009", "normal", "18:02", 20, "fcu_alarm", "逢甲大學水湳校區 受信總機 復歸")
    s.background_1999(3, "17:30", "18:50", P["fcu_campus"])
    s.police("fallen_object", "Minor", kp, "18:20", 300, "凱旋路倒樹已移除，恢復通行", "kaixuan_tree", follows=b1)
    s.police("road_reopened", "Minor", zk, "18:45", 300, "中科路倒樹、事故車移除，恢復通行", "tree_car")
    s.rain("C0F9T0", "18:30", "大雨", 200)
    s.incident("tree_car", "rescue", "中科路路樹倒塌壓車駕駛受困救出、道路封閉", a1)
    s.incident("kaixuan_tree", "traffic", "凱旋路流行影音中心旁路樹倒塌", b1)
    s.incident("fcu_alarm", "fire", "逢甲水湳校區火警受信總機動作（探測器進水誤報）", c2)
    return s


def s1760():
    s = Sit(1760, "call_surge_evening",
            "晚間 1999 話務爆量：黎明路凱旋路口淹水、環中路倒樹、號誌黑燈、失智長者走失",
            "2016-09-27 18:00-19:15, when 1999 took hundreds of calls across the city; this is the slice that landed in the "
            "zone's north-west. The 黎明路/凱旋路 low point (SN-FL-009) floods from 18:05 and dozens of residents call. A "
            "tree comes down on 環中路 near 凱旋路 at 18:20 and the signal at 凱旋路/環中路 goes dark at 18:35. At 18:40 a "
            "daughter reports her father with dementia walked out into the storm from their home on 黎明路. Most calls are "
            "about other things: school and office closures, rubbish, a dog, noisy sheet metal, one lamp out.",
            "Jobs: the 黎明路/凱旋路 flood, the tree on 環中路, the dark signal at 凱旋/環中 and the missing elder (rescue). "
            "Everything else is background. Debatable: the calls about water on 黎明路 some 500-700 m west of the low point "
            "could be a separate street flood.")
    lk = (SENSORS["SN-FL-009"]["lon"], SENSORS["SN-FL-009"]["lat"])
    s.rain("SN-RG-002", "18:00", "豪雨", 60)
    f1 = s.alert("SN-FL-009", "flood_depth", "18:05", 40, "liming_flood", level="16-30")
    s.alert("SN-FL-009", "flood_depth", "18:22", 40, "liming_flood", level=">30")
    s.dev("cctv", "SN-CCTV-007", "flooding", "18:10", 30, "liming_flood", "黎明路三段/凱旋路 道路積水", confidence=0.8)
    flood_txt = ["黎明路凱旋路口淹水了", "凱旋路黎明路那邊水很深，機車都熄火", "黎明路口淹到膝蓋",
                 "我家門口黎明路三段水一直漲", "凱旋路跟黎明路交叉口整個變成河", "剛剛打過了，黎明路的水還是沒退",
                 "黎明路那裡有人機車泡水在推", "請派抽水機到黎明路凱旋路口"]
    first = None
    for i in range(22):
        k = s.c1999("flooding", off(lk, s.rng.uniform(-150, 150), s.rng.uniform(-120, 120)),
                    s.t("18:08") + __import__("datetime").timedelta(seconds=150 * i), s.rng.randrange(120, 1200),
                    flood_txt[i % len(flood_txt)], "liming_flood")
        first = first or k
    wp = off(lk, -620, -240)
    for i in range(5):
        s.c1999("flooding", off(wp, s.rng.uniform(-80, 80), s.rng.uniform(-60, 60)),
                s.t("18:25") + __import__("datetime").timedelta(seconds=300 * i), s.rng.randrange(200, 1200),
                ["黎明路往西那段也淹了", "黎明路三段靠近台74那邊水溝滿出來", "黎明路西邊巷子淹水"][i % 3],
                "liming_flood", truth_alt="liming_west")
    s.c1999("blocked_drain", off(wp, 30, 20), "18:31", 700, "黎明路西段水溝被落葉塞住，水排不出去", "liming_flood", truth_alt="liming_west")
    s.police("flooding_report", "Moderate", lk, "18:30", 300, "黎明路凱旋路口積水約40公分，派員管制", "liming_flood")
    s.police("road_closure", "Moderate", off(lk, 20, 0), "18:45", 300, "黎明路三段凱旋路口低窪處封閉", "liming_flood")
    # tree on 環中路
    tp = off(P["kaixuan_huanzhong"], -180, -60)
    t1 = s.c1999("fallen_tree", tp, "18:20", 300, "環中路靠近凱旋路有大樹倒下來擋住外側車道", "hz_tree")
    for i in range(4):
        s.c1999("fallen_tree", off(tp, s.rng.uniform(-40, 40), s.rng.uniform(-40, 40)), s.t("18:22") +
                __import__("datetime").timedelta(seconds=200 * i), s.rng.randrange(200, 900),
                ["環中路倒樹", "環中路二段樹倒在路上很危險", "環中路外側車道被樹擋住"][i % 3], "hz_tree")
    s.police("fallen_object", "Moderate", tp, "18:28", 300, "環中路二段近凱旋路 路樹倒塌占用外側車道", "hz_tree")
    s.alert("SN-VD-HUANZHONG-02", "congestion", "18:30", 60, "hz_tree")
    # dark signal
    sg = s.dev("signal", "SN-SIG-002", "fault", "18:35", 15, "sig002", "凱旋路/環中路二段 號誌閃爍異常")
    for i in range(5):
        s.c1999("traffic_signal", off(P["kaixuan_huanzhong"], s.rng.uniform(-30, 30), s.rng.uniform(-30, 30)),
                s.t("18:37") + __import__("datetime").timedelta(seconds=120 * i), s.rng.randrange(200, 900),
                ["凱旋路環中路口紅綠燈不亮", "環中路凱旋路口號誌一直閃黃燈", "紅綠燈故障，環中凱旋路口"][i % 3], "sig002")
    s.police("traffic_signal_fault", "Moderate", P["kaixuan_huanzhong"], "18:45", 300, "凱旋路環中路口號誌故障，派員指揮", "sig002")
    # missing elder
    mp = off(lk, -300, 100)
    m1 = s.c1999("missing_person", mp, "18:40", 120, "我爸爸失智，剛剛趁我們不注意自己走出去，外面風雨很大，穿灰色外套", "elder")
    s.police("missing_person", "Severe", mp, "18:48", 300, "黎明路三段 失智長者 1 名 走失協尋，灰色外套，約80歲", "elder")
    s.c1999("missing_person", off(mp, 10, 10), "19:05", 300, "剛剛打過了，我爸爸還沒找到，拜託", "elder")
    # background surge
    s.background_1999(55, "18:00", "19:10", off(lk, 300, 200))
    extra_bg = [("power_outage", "我們家跳電，是不是只有我們這戶？"), ("other", "請問颱風天可以去哪裡領沙包"),
                ("other", "明天要不要上班？"), ("streetlight", "巷口路燈不亮一盞")]
    for i in range(8):
        cat, txt = extra_bg[i % 4]
        s.c1999(cat, off(lk, s.rng.uniform(-900, 900), s.rng.uniform(-900, 900)),
                s.t("18:05") + __import__("datetime").timedelta(seconds=480 * i), s.rng.randrange(300, 1500), txt, None)
    s.police("missing_person", "Minor", off(mp, 400, 150), "19:12", 180, "走失長者已於經貿六停車場騎樓下尋獲，交還家屬", "elder", follows=m1)
    s.incident("liming_flood", "flood", "黎明路/凱旋路口低窪處淹水逾30公分、封閉", f1)
    s.incident("hz_tree", "traffic", "環中路二段近凱旋路路樹倒塌", t1)
    s.incident("sig002", "traffic", "凱旋路/環中路二段號誌故障", sg)
    s.incident("elder", "rescue", "黎明路三段失智長者走失協尋", m1)
    s.alternative("The water 500-700 m west along 黎明路 near 台74 is a different street flooding from a blocked drain, "
                  "dispatched separately (a drain crew, not the pump at the junction).",
                  [{"label": "liming_west", "type": "flood", "description": "黎明路西段水溝阻塞積水",
                    "sufficient_evidence_key": None}])
    return s


def s1761():
    s = Sit(1761, "reclamation_fire_storm",
            "夜間：水資源回收中心配電室火警、中平路淹水",
            "2016-09-27 21:00-23:40, the zone's south-east edge. Rain gets into the switch room of the water reclamation "
            "centre and a panel catches fire at 21:22: its fire panel (SN-FA-008) alarms, the night shift calls 119, staff "
            "are evacuated and one operator with burns to his hand is taken to hospital. With the switch room burnt the "
            "plant's pumps stop and the drains of the streets next to it back up. Meanwhile 中平路 in front of the CMU campus "
            "floods from 21:40 and a scooter rider falls in the water there.",
            "Jobs: the reclamation centre fire (with the evacuation and the injured operator) and the 中平路 flood (with the "
            "rider's fall, closure, drainage level, slow-down). The CMU panel's battery fault and routine calls are "
            "background. Debatable: the backed-up drains by the plant (pumps stopped by the fire) could be read as the "
            "fire's consequence rather than the street flood.")
    wr, cm = P["water_reclamation"], P["cmu_campus"]
    zp = off(cm, 60, -10)
    s.rain("SN-RG-001", "21:00", "豪雨", 60)
    s.background_1999(3, "21:00", "21:30", P["eco_b"])
    a1 = s.dev("fire_alarm", "SN-FA-008", "alarm", "21:22", 20, "wr_fire", "水湳水資源回收中心 受信總機 火警 配電室")
    a2 = s.e119("fire", wr, "21:24", 40, "水湳水資源回收中心 配電室 電器火災 冒煙", "wr_fire")
    s.dup(a1, 60)
    s.c1999("fire_smoke", off(wr, 80, 60), "21:27", 300, "水資源回收中心那邊有黑煙，一股燒焦味", "wr_fire")
    s.dev("cctv", "SN-CCTV-011", "smoke", "21:28", 30, "wr_fire", "經貿路/中平路 疑似煙霧", confidence=0.58)
    s.e119("fire", wr, "21:33", 60, "消防車到場 配電盤起火 以乾粉撲滅中", "wr_fire", status="on_scene", follows=a2)
    s.police("evacuation", "Moderate", wr, "21:35", 300, "水資源回收中心夜班人員 12 名疏散至廠區大門", "wr_fire")
    s.e119("ambulance", wr, "21:38", 60, "水資源回收中心 配電室火警 員工 1 人手部灼傷 送醫", "wr_fire")
    f1 = s.alert("SN-WL-003", "water_level", "21:40", 60, "zhongping_flood", level="3")
    s.police("flooding_report", "Moderate", zp, "21:45", 300, "中平路中國醫藥大學水湳校區前積水約30公分", "zhongping_flood")
    s.c1999("flooding", off(zp, -40, 10), "21:47", 400, "中平路淹水，水都漫到人行道", "zhongping_flood")
    s.alert("SN-VD-ZHONGPING-02", "congestion", "21:55", 60, "zhongping_flood")
    s.police("injury_accident", "Minor", off(zp, 30, 0), "22:02", 300, "中平路積水處 機車騎士滑倒 1 人擦傷", "zhongping_flood")
    s.e119("ambulance", off(zp, 30, 0), "22:03", 60, "中平路 機車騎士涉水滑倒 手腳擦傷", "zhongping_flood")
    s.c1999("flooding", off(wr, -120, 140), "22:10", 500, "水資源中心旁邊巷子水溝一直倒灌出來", "zhongping_flood", truth_alt="wr_fire")
    s.c1999("blocked_drain", off(wr, -160, 100), "22:18", 700, "敦化路尾水溝倒灌，是不是抽水站沒在抽？", "zhongping_flood", truth_alt="wr_fire")
    s.police("other", "Moderate", off(wr, 20, 10), "22:25", 400, "回收中心配電室燒毀，廠內抽水機停擺，附近排水恐倒灌", "wr_fire")
    s.e119("fire", wr, "22:05", 60, "火勢撲滅 無延燒", "wr_fire", status="returning", follows=a2)
    s.alert("SN-WL-003", "water_level", "22:20", 60, "zhongping_flood", level="2")
    s.police("road_closure", "Moderate", off(zp, -80, 0), "22:30", 300, "中平路近經貿路積水路段封閉外側車道", "zhongping_flood")
    s.dev("fire_alarm", "SN-FA-010", "fault", "22:40", 30, None, "中國醫藥大學水湳校區 受信總機 預備電源電壓不足")
    s.background_1999(4, "22:00", "23:30", P["eco_b"])
    s.dev("fire_alarm", "SN-FA-008", "normal", "22:50", 20, "wr_fire", "水湳水資源回收中心 受信總機 復歸")
    s.alert("SN-WL-003", "water_level", "23:20", 60, "zhongping_flood", level="3")
    s.rain("SN-RG-001", "23:00", "大雨", 60)
    s.incident("wr_fire", "fire", "水湳水資源回收中心配電室電器火災、人員疏散、1 人灼傷", a2)
    s.incident("zhongping_flood", "flood", "中平路中國醫藥大學水湳校區前淹水、區域排水二級警戒", f1)
    s.alternative("The drains by the plant backed up because the fire stopped its pumps: those two calls are the fire's "
                  "consequence, followed with the plant.", [])
    return s


def s1762():
    s = Sit(1762, "morning_after",
            "颱風過後清晨：退水、解除封閉、倒樹搶修施工、濕滑路面車禍",
            "2016-09-28 06:00-10:00. The storm has passed. The 中清環中路口 underpass (SN-FL-006) still holds water at 06:05, "
            "is pumped dry and reopens at 07:45. The north pond (SN-WL-001) falls back below its levels. 河南路's low point "
            "(SN-FL-007) clears. The Construction Bureau files an emergency works permit to cut up the trees still lying "
            "along 經貿路二段 (08:00-12:00) and residents call about them. The 凱旋路/環中路 signal, repaired overnight, reports "
            "restored (its controller's clock still on the wrong date). At 08:20 two cars collide on the wet 環中路 at 中科路.",
            "Jobs still being followed: the underpass (flood, until its reopening), the north pond (flood, until it falls "
            "back), the 河南路 low point (flood, until cleared), the tree clearing on 經貿路 (the works permit and the calls "
            "about the trees), the signal at 凱旋/環中 (its restoration) and the new crash. Routine calls are background. "
            "Debatable: the works permit is planned work, not a job of its own; a colleague would leave it as background and "
            "keep only the calls about the trees.", day=(2016, 9, 28))
    uz = P["zhongqing_huanzhong"]
    u1 = s.alert("SN-FL-006", "flood_depth", "06:05", 40, "underpass_after", level="16-30")
    s.police("road_closure", "Moderate", uz, "06:10", 300, "中清環中路口地下道仍積水，持續封閉，抽水中", "underpass_after")
    s.alert("SN-WL-001", "water_level", "06:15", 40, "pond_after", level="2")
    s.alert("SN-FL-007", "flood_depth", "06:20", 40, "henan_after", level="1-15")
    s.c1999("flooding", off(P["henan_car_park"], -20, 0), "06:30", 600, "河南路停車場前面還有一點積水，都是泥巴", "henan_after")
    s.alert("SN-FL-006", "flood_depth", "06:40", 40, "underpass_after", level="1-15")
    s.background_1999(4, "06:00", "07:30", P["ops_tower"])
    s.alert("SN-WL-001", "water_level_falling", "07:00", 40, "pond_after", level="3", severity="Minor",
            text="中央公園北滯洪池水位 回降至三級警戒以下")
    s.alert("SN-FL-007", "cleared", "07:05", 40, "henan_after", severity="Minor")
    s.alert("SN-FL-006", "cleared", "07:20", 40, "underpass_after", severity="Minor")
    s.police("road_reopened", "Minor", uz, "07:45", 300, "中清環中路口地下道抽水完畢，恢復通行", "underpass_after")
    # trees
    tr = off(P["jingmao_jingmao7"], 60, -150)
    p1 = s.permit("road_works", off(tr, 0, -100), "08:00", "12:00", "07:35", "經貿路二段 颱風倒樹緊急清除作業 封閉外側車道",
                  "tree_clearing", radius_m=300, truth_alt=None)
    t1 = s.c1999("fallen_tree", tr, "07:10", 300, "經貿路二段人行道上還有好幾棵倒樹，行人要走到馬路上", "tree_clearing")
    s.c1999("fallen_tree", off(tr, -30, -200), "07:50", 400, "綠美圖前面倒樹還沒清，樹枝擋住一半車道", "tree_clearing")
    s.police("fallen_object", "Minor", off(tr, 0, -100), "08:10", 300, "經貿路二段倒樹清除作業中，外側車道封閉", "tree_clearing")
    # signal
    kz = P["kaixuan_huanzhong"]
    g1 = s.dev("signal", "SN-SIG-002", "restored", "07:30", 25, "sig002_after", "凱旋路/環中路二段 號誌恢復正常",
               stamp=s.t("07:30", -366))
    s.c1999("traffic_signal", off(kz, 10, 10), "06:50", 600, "凱旋路環中路口紅綠燈還是一直閃黃燈", "sig002_after")
    # crash
    cz = off(P["zhongke_huanzhong"], -40, -10)
    c1 = s.police("injury_accident", "Moderate", cz, "08:20", 240, "環中路二段中科路口 路面濕滑 兩車追撞 1 人輕傷", "crash_after")
    s.e119("ambulance", cz, "08:21", 40, "環中路中科路口 車禍 1 人輕傷", "crash_after")
    s.dev("cctv", "SN-CCTV-003", "accident", "08:21", 30, "crash_after", "中科路/環中路二段 事故", confidence=0.83)
    s.alert("SN-VD-HUANZHONG-02", "congestion", "08:30", 60, "crash_after")
    s.police("injury_accident", "Minor", cz, "09:05", 240, "環中路中科路口事故車輛已移除", "crash_after", follows=c1)
    s.background_1999(5, "07:30", "09:50", P["museumbrary"])
    s.c1999("環境清潔", off(P["eco_a"], 50, 50), "09:10", 600, "颱風過後路上很多落葉樹枝，請派清潔隊", None)
    s.status("SN-PK-004", "online", "09:00", 10, None, gateway="GW-CP-N01")
    s.police("fallen_object", "Minor", off(tr, 0, -100), "09:40", 300, "經貿路二段倒樹清除完畢，恢復通行", "tree_clearing")
    s.alert("SN-WL-001", "cleared", "09:30", 40, "pond_after", severity="Minor")
    s.incident("underpass_after", "flood", "中清環中路口地下道殘餘積水、抽水後解除封閉", u1)
    s.incident("pond_after", "flood", "中央公園北滯洪池水位回降", s.first("pond_after"))
    s.incident("henan_after", "flood", "河南路低窪處殘餘積水", s.first("henan_after"))
    s.incident("tree_clearing", "traffic", "經貿路二段倒樹緊急清除作業", t1)
    s.incident("sig002_after", "traffic", "凱旋路/環中路二段號誌故障延續至修復", s.first("sig002_after"))
    s.incident("crash_after", "traffic", "環中路中科路口濕滑追撞 1 人輕傷", c1)
    s.alternative("The emergency works permit is planned work: background, the tree job rests on the calls and the "
                  "police reports.", [])
    return s


def main():
    for f in (s1757, s1758, s1759, s1760, s1761, s1762):
        s = f()
        n = s.write()
        print(s.name, n)


if __name__ == "__main__":
    main()
