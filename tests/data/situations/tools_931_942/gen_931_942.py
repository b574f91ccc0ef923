#!/usr/bin/env python3
"""Seeded generator of situations 931-942 ("a representative fortnight in the zone").
Run: cd tools_931_942 && python3 gen_931_942.py && python3 validate.py"""
from datetime import timedelta

from lib931 import P, SENSORS, Sit, along

JINGMAO = [(120.65685, 24.19247), (120.6592, 24.184), (120.6605, 24.1725)]  # 經貿路 from 經貿七路 south


# ------------------------------------------------------------------------------------------------
def s931():
    s = Sit(931, "two_jobs_on_liming_road", "2026-06-02")
    s.description = ("Tuesday morning rush. 07:52 a car turning left hits a scooter at 黎明路三段/凱旋路 "
                     "(rider injured, lane blocked). 07:58, about 335 m east on 黎明路三段, an elderly man "
                     "collapses at the bus stop by the Liming detector. Two unrelated jobs on the same road at once, "
                     "plus routine rush-hour slow-downs and 1999 cases.")
    C, M = "crash_liming_kaixuan", "collapse_liming_bus_stop"
    s.congestion("SN-VD-HUANZHONG-04", "07:35", None, 24, 38)
    s.add("1999", "streetlight", "07:41", None, at=s.near("fcu", 0, 80),
          text="民眾反映逢甲水湳校區旁人行道路燈白天一直亮著，請派員檢修。")
    c1 = s.add("cctv", "accident", "07:52:20", C, sensor="SN-CCTV-007", confidence=0.81,
               at=s.near("liming_kaixuan", 5, 20))
    c2 = s.add("1999", "traffic_accident", "07:53", C, at=s.near("liming_kaixuan", 20, 90),
               text="民眾來電：凱旋路和黎明路口汽車撞機車，騎士倒在地上還沒起來，請趕快派救護車。")
    a1 = s.add("119", "ambulance", "07:53:40", C, at=P["liming_kaixuan"], delay=20,
          text="黎明路三段與凱旋路口 車禍 機車騎士1名意識清楚 左腳疑似骨折", units=["西屯分隊 救護車91"])
    p1 = s.add("incident", "traffic_accident", "07:55", C, at=s.near("liming_kaixuan", 0, 15), severity="Moderate",
               unit="第六分局黎明派出所", text="黎明路三段與凱旋路口汽機車碰撞，1人受傷，占用內側車道，員警到場管制。")
    s.add("1999", "traffic_accident", "07:56", C, at=s.near("liming_kaixuan", 150, 400),
          text="民眾反映凱旋路往環中路方向車流不動，前面好像有車禍。")
    s.congestion("SN-VD-KAIXUAN-01", "07:57", C, 14, 52, severity="Moderate")
    m1 = s.add("1999", "rescue", "07:58", M, at=s.near("liming_bus", 0, 25),
               text="民眾來電：黎明路三段公車站有一位阿伯突然倒下，叫不太醒，旁邊有人在幫忙。")
    s.add("1999", "other", "07:59", M, at=s.near("liming_bus", 30, 120),
          text="黎明路上公車站那邊圍一群人，好像有人昏倒，不知道有沒有人叫救護車？")
    a2 = s.add("119", "ambulance", "07:59:30", M, at=P["liming_bus"], delay=15, severity="Unknown",
          text="黎明路三段公車站 OHCA疑似 男性約75歲 路人CPR中", units=["西屯分隊 救護車92"])
    s.add("119", "ambulance", "08:01", C, at=P["liming_kaixuan"], status="on_scene", follows=a1,
          text="救護車91到達 黎明/凱旋 車禍現場")
    s.add("incident", "medical", "08:02", M, at=s.near("liming_bus", 0, 20), severity="Severe",
          unit="第六分局黎明派出所", text="黎明路三段公車站旁男子路倒，無呼吸，民眾CPR中，已通報119。")
    s.add("119", "ambulance", "08:04", M, at=P["liming_bus"], status="on_scene", follows=a2,
          text="救護車92到達 接手CPR AED使用中")
    s.congestion("SN-VD-LIMING-01", "08:05", None, 22, 41, truth_alt=C)
    s.add("1999", "illegal_parking", "08:06", None, at=s.near("jingmao_liming", 20, 120),
          text="民眾檢舉經貿路二段人行道上機車亂停，擋住輪椅通行。")
    s.add("cctv", "stalled_vehicle", "08:07", C, sensor="SN-CCTV-007", confidence=0.66,
          at=s.near("liming_kaixuan", 5, 20))
    s.add("incident", "traffic_accident", "08:10", C, at=P["liming_kaixuan"], severity="Minor",
          unit="第六分局黎明派出所", follows=[p1],
          text="傷者已送醫，肇事車輛移至路旁，車道恢復通行，現場處理中。")
    s.add("119", "ambulance", "08:12", M, at=P["liming_bus"], status="returning", follows=a2,
          text="送往中國醫藥大學附設醫院 途中恢復自主循環")
    s.add("119", "ambulance", "08:14", C, at=P["liming_kaixuan"], status="returning", follows=a1,
          text="傷者送往澄清醫院中港院區")
    s.cleared("SN-VD-KAIXUAN-01", "08:22", C, "車流壅塞")
    s.congestion("SN-VD-ZHONGPING-01", "08:18", None, 23, 36)
    s.add("1999", "noise", "08:25", None, at=s.near("eco_a", 40, 150),
          text="民眾反映經貿路三段工地一早七點多就在敲打，噪音很大。")
    s.incident(C, "traffic", "Car-scooter collision at 黎明路三段/凱旋路, rider injured, lane blocked ~20 min", c2)
    s.incident(M, "rescue", "Elderly man collapsed (cardiac arrest) at the 黎明路三段 bus stop", m1)
    s.alt = {"why": "The 黎明路 detector slows at 08:05, between the two sites during the crash; one coordinator "
                    "puts it on the crash (queue spilling east), another reads it as the normal morning rush.",
             "incidents": list(s.incidents)}
    s.notes = "sufficient for the crash: the first citizen call naming the junction and an injured rider (the CCTV accident alone, at 0.81, would be checked first)."
    return s


# ------------------------------------------------------------------------------------------------
def s932():
    s = Sit(932, "jingmao_road_flood_90min", "2026-06-03")
    s.description = ("Plum-rain front, Wednesday afternoon. From 15:10 to about 16:50 water gathers at the 經貿路 low "
                     "point and spreads north along 經貿路 towards 經貿七路 and south towards 中平路; the drainage "
                     "channel along 經貿路 rises to level 2; the south park car park shuts its gate; a car stalls in "
                     "the water with its driver. Evidence from sensors, CCTV, police, 1999, 119 and the car park. "
                     "One flood job along the road; a separate small job: a branch down on 河南路.")
    F, T = "flood_jingmao_road", "branch_down_henan_road"
    s.rain("C0F9T0", "14:58", None, "大雨", 42)
    s.rain("SN-RG-001", "15:04", None, "大雨", 48)
    s.rain("SN-RG-002", "15:09", None, "大雨", 44)
    f1 = s.flood("SN-FL-008", "15:12", F, 6)
    s.add("1999", "flooding", "15:16", F, at=s.near("jingmao_low", 20, 120),
          text="民眾反映經貿路三段靠近敦化路這邊路面積水，水溝來不及排。")
    s.add("1999", "blocked_drain", "15:19", F, at=s.near(along(JINGMAO, 0.45), 10, 80),
          text="經貿路三段水溝蓋被落葉塞住，水一直冒出來。")
    f18 = s.flood("SN-FL-008", "15:22", F, 18)
    s.water("SN-WL-003", "15:24", F, "3", 1.46)
    s.add("cctv", "flooding", "15:27", F, sensor="SN-CCTV-006", confidence=0.62, at=s.near("jingmao_7th", 20, 80))
    s.add("1999", "flooding", "15:29", F, at=s.near(along(JINGMAO, 0.3), 30, 200),
          text="經貿路往綠美圖那段外側車道都是水，機車騎過去水花很高。")
    s.water("SN-WL-002", "15:31", None, "3", 2.08, truth_alt=F)
    s.rain("SN-RG-001", "15:34", None, "豪雨", 71)
    p1 = s.add("incident", "flooding_report", "15:36", F, at=s.near("jingmao_low", 0, 40), severity="Moderate",
               unit="第五分局水湳派出所", text="經貿路三段敦化路口積水約20公分，外側兩車道無法通行，請水利局派員。")
    s.congestion("SN-VD-JINGMAO-02", "15:38", F, 17, 47, severity="Moderate")
    s.add("1999", "flooding", "15:40", F, at=s.near("eco_b", 30, 150),
          text="我住生態住宅B區，門口敦化路整條都淹水了，車子開不出去。")
    s.add("1999", "flooding", "15:41", F, at=s.near("jingmao_low", 400, 700),
          text="民眾反映中平路往經貿路那邊積水很深，公車繞道。")
    s.flood("SN-FL-008", "15:44", F, 27)
    t1 = s.add("1999", "fallen_tree", "15:45", T, at=s.near((120.6475, 24.1665), 10, 60),
          text="河南路二段行道樹樹枝被風吹斷掉在慢車道上，機車要閃到快車道。")
    s.add("parking", "closed", "15:47", F, sensor="SN-PK-005", text="中央公園地下停車場(南) 入口積水，暫停開放車輛進場")
    s.add("cctv", "flooding", "15:50", F, sensor="SN-CCTV-011", confidence=0.71, at=s.near("jingmao_zhongping", 30, 100))
    tp = s.add("incident", "fallen_object", "15:52", T, at=s.near((120.6475, 24.1665), 0, 30), severity="Minor",
          unit="第六分局", text="河南路二段斷落樹枝占用慢車道，已放置警示，通知建設局清除。")
    w2 = s.water("SN-WL-003", "15:54", F, "2", 1.83)
    r1 = s.add("119", "rescue", "15:56", F, at=s.near("jingmao_low", 0, 40), severity="Unknown",
          text="經貿路三段積水 自小客車熄火受困1人 出動救助", units=["水湳分隊 救助器材車"])
    s.add("1999", "flooding", "15:57", F, at=s.near("jingmao_low", 50, 300),
          text="經貿路有一台車卡在水裡，裡面好像有人，水快到車門了！")
    s.flood("SN-FL-008", "15:58", F, 34)
    s.add("incident", "road_closure", "16:00", F, at=s.near(along(JINGMAO, 0.55), 0, 30), severity="Moderate",
          unit="第五分局水湳派出所", follows=[p1],
          text="經貿路三段（經貿七路至中平路）雙向封閉，車輛改道中科路、敦化路。")
    s.congestion("SN-VD-ZHONGQING-02", "16:03", F, 19, 44, truth_alt=None)
    s.add("1999", "flooding", "16:04", F, at=s.near("dunhua", 60, 250),
          text="敦化路一段水淹到人行道，店家在堆沙包，請問有沒有沙包可以領？")
    s.add("1999", "blocked_drain", "16:06", F, at=s.near(along(JINGMAO, 0.7), 20, 90),
          text="經貿路靠中平路那邊側溝在倒灌，水從溝蓋冒出來。")
    s.add("119", "rescue", "16:07", F, at=P["jingmao_low"], status="on_scene", follows=r1,
          text="救助隊到場 受困駕駛已自行脫困 協助推車")
    s.add("cctv", "flooding", "16:09", F, sensor="SN-CCTV-006", confidence=0.77, at=s.near("jingmao_7th", 20, 80))
    s.add("1999", "flooding", "16:10", F, at=s.near(along(JINGMAO, 0.15), 20, 120),
          text="綠美圖前面經貿路也開始積水了，大概到腳踝。")
    s.add("1999", "other", "16:12", F, at=s.near("tower", 50, 200),
          text="請問經貿路什麼時候可以通？我要去接小孩，導航一直叫我走經貿路。")
    s.water("SN-WL-002", "16:14", None, "2", 2.55, truth_alt=F)
    s.add("incident", "flooding_report", "16:16", F, at=s.near("jingmao_7th", 0, 60), severity="Moderate",
          unit="第五分局水湳派出所", follows=[p1], text="經貿路二段經貿七路口亦有積水約10公分，已派員指揮交通。")
    s.add("119", "rescue", "16:18", F, at=P["jingmao_low"], status="returning", follows=r1,
          text="受困車輛已推離水域 無人受傷 返隊")
    s.congestion("SN-VD-JINGMAO-01", "16:19", F, 21, 39)
    s.add("1999", "flooding", "16:21", F, at=s.near("eco_a", 20, 150),
          text="生態住宅A區地下室車道入口有水流進去，管委會在擋。")
    s.rain("SN-RG-001", "16:22", None, "大雨", 46)
    s.add("1999", "noise", "16:24", None, at=s.near("fcu", 30, 200),
          text="民眾反映逢甲水湳校區旁抽水機一直響，很吵。", truth_alt=F)
    s.add("1999", "fallen_tree", "16:25", T, at=s.near((120.6475, 24.1665), 100, 300),
          text="河南路上有斷掉的樹枝還沒清，剛剛打過了還在。")
    s.flood("SN-FL-008", "16:30", F, 22)
    s.add("1999", "flooding", "16:32", F, at=s.near(along(JINGMAO, 0.8), 30, 200),
          text="中平路經貿路口水還是很多，機車都熄火。")
    s.water("SN-WL-003", "16:36", F, "3", 1.52)
    s.flood("SN-FL-008", "16:44", F, 9)
    s.add("incident", "fallen_object", "16:45", T, at=s.near((120.6475, 24.1665), 0, 30), severity="Minor",
          unit="第六分局", text="河南路二段樹枝已由養工處清除完畢。", follows=[tp])
    s.add("1999", "flooding", "16:47", F, at=s.near("jingmao_low", 30, 160), text="經貿路水有退一點了，但路上很多泥巴。")
    s.cleared("SN-FL-008", "16:52", F, "淹水")
    s.add("parking", "full", "16:55", None, sensor="SN-PK-004", text="中央公園地下停車場(北) 車位已滿", truth_alt=F)
    s.add("incident", "road_closure", "17:05", F, at=P["jingmao_low"], severity="Minor", unit="第五分局水湳派出所",
          follows=[p1], text="經貿路三段積水已退，17:05 解除封閉，恢復雙向通行。")
    s.cleared("SN-VD-JINGMAO-02", "17:08", F, "車流壅塞")
    s.incident(F, "flood", "Road flooding along 經貿路三段 (low point by 敦化路) spreading to 經貿七路 and 中平路, "
                           "road closed 16:00-17:05, a stalled car with its driver, south car park gate shut", f18)
    s.incident(T, "traffic", "Branch blown down on 河南路二段 slow lane, cleared by public works", t1)
    s.alt = {"why": "The south detention pond (SN-WL-002) reaching levels 3 and 2 is the pond storing water as designed; "
                    "one coordinator files it as context, another as part of the flood job (it is the same storm and the "
                    "same drainage). Likewise the north car park full, the 中清路 slow-down and the pump noise. "
                    "Under the alternative the pond alerts, pump noise and car park belong to the flood job.",
             "incidents": list(s.incidents)}
    s.notes = ("Heavy-rain alerts are regional context and label null under both readings. sufficient: the low-point "
               "sensor at 18 cm (16-30 band) six minutes after two citizen calls of water on 經貿路; the first 6 cm "
               "reading and the first call alone are a plum-rain puddle a coordinator would only watch.")
    return s


# ------------------------------------------------------------------------------------------------
def s933():
    s = Sit(933, "eco_block_a_fire_1999_burst", "2026-06-04")
    s.description = ("Thursday evening 19:20, a fire in a flat on the 9th floor of 水湳生態住宅 A區 集合住宅 (經貿路三段). "
                     "Black smoke is seen across the zone: the panel alarms, 119 sends engines, and 1999 gets dozens "
                     "of calls within 25 minutes from residents, passers-by on 經貿路/中清路/敦化路 and people in "
                     "the park, some naming the wrong building or road. One fire job; routine calls beside it.")
    F = "fire_eco_block_a"
    rng = s.rng
    fa = s.add("fire_alarm", "alarm", "19:21:10", F, sensor="SN-FA-011", text="9F 偵煙式探測器動作 第3迴路")
    first = s.add("1999", "fire_smoke", "19:21:40", F, at=s.near("eco_a", 10, 60),
                  text="民眾來電：生態住宅A區9樓有一戶窗戶在冒黑煙，還有看到火！")
    f119 = s.add("119", "fire", "19:22:30", F, at=P["eco_a"], severity="Severe", delay=20,
          text="北屯區經貿路三段 水湳生態住宅A區 9樓住宅火警 有火光", units=["水湳分隊", "北屯分隊", "西屯分隊 雲梯車"])
    texts = [
        ("fire_smoke", "eco_a", 20, 120, "經貿路三段那棟新大樓冒很大的黑煙，味道很重。"),
        ("fire_smoke", "eco_a", 0, 40, "我住A區8樓，樓上在燒，走廊都是煙，我們要往下跑嗎？"),
        ("fire_smoke", "park_mid", 50, 250, "在中央公園散步看到東邊有大樓失火，黑煙一直往上冒。"),
        ("fire_smoke", "eco_b", 20, 120, "生態住宅那邊失火了，煙飄到我們B區這邊。"),
        ("other", "eco_a", 100, 400, "請問經貿路那邊怎麼那麼多消防車？是不是火災？"),
        ("fire_smoke", "museumbrary", 50, 200, "綠美圖這邊看到南邊有大樓冒煙，很大一團。"),
        ("fire_smoke", "eco_a", 10, 80, "A區9樓火災，有人在陽台揮手！"),
        ("fire_smoke", (120.6622, 24.1905), 50, 300, "中清路上看到水湳那邊有房子燒起來，黑煙很大。"),
        ("fire_smoke", "dunhua", 30, 200, "敦化路這邊都是燒焦味，附近是不是有火災？"),
        ("fire_smoke", "eco_a", 0, 50, "我是A區管委會，9樓之3起火，警報在響，住戶在疏散。"),
        ("fire_smoke", "eco_a", 200, 600, "經貿路整條都是煙，看不太到前面。"),
        ("other", "eco_a", 20, 150, "我媽住生態住宅A區9樓，電話都打不通，可以幫我問一下嗎？"),
        ("fire_smoke", "jingmao_low", 30, 200, "經貿路敦化路口附近有大樓失火。"),
        ("fire_smoke", "fcu", 100, 300, "從逢甲水湳校區這邊可以看到東邊一棟大樓冒黑煙。"),
        ("fire_smoke", "eco_a", 10, 80, "大樓火災，消防車到了，可是路邊車停太多進不去。"),
        ("fire_smoke", "park_north", 100, 300, "公園北邊這裡煙好濃，小朋友一直咳嗽。"),
        ("fire_smoke", "eco_a", 30, 150, "生態住宅有火災，剛剛看到有人被抬出來。"),
        ("other", "eco_b", 50, 200, "外面一直有消防車鳴笛，發生什麼事？"),
        ("fire_smoke", "eco_a", 0, 60, "A區這邊還在燒嗎？我們住10樓，現在在中庭，可以回去拿東西嗎？"),
        ("fire_smoke", (120.6645, 24.1835), 100, 400, "北屯這邊往水湳方向看有黑煙，是哪裡失火？"),
        ("fire_smoke", "eco_a", 20, 100, "經貿路三段大樓火災，9樓整個窗戶都是火。"),
        ("fire_smoke", "tower", 50, 250, "智慧營運塔這邊看到南邊在冒煙。"),
        ("fire_smoke", "eco_a", 20, 120, "燒焦味飄進我家，窗戶要關起來嗎？我住A區隔壁棟。"),
        ("other", "eco_a", 50, 300, "請問經貿路三段封起來了嗎？我要回家。"),
        ("fire_smoke", "eco_a", 0, 80, "又一台消防車進去了，煙變白色了。"),
        ("fire_smoke", "popmusic", 100, 300, "流行影音中心這邊看到東邊好像火災。"),
        ("fire_smoke", "eco_a", 30, 150, "剛剛打過了，A區那邊還在冒煙。"),
        ("fire_smoke", "eco_a", 10, 60, "9樓的火好像滅了，但是還有煙。"),
        ("fire_smoke", "dunhua", 100, 300, "敦化路一段空氣很差，都是燒塑膠的味道。"),
        ("other", "eco_a", 20, 100, "住A區的，請問今天晚上可以回家住嗎？"),
        ("fire_smoke", (120.6622, 24.1905), 300, 700, "中清路看到的黑煙現在比較小了。"),
        ("fire_smoke", "eco_a", 40, 200, "火災現場旁邊有人在拍照擋路，消防車要倒車出不來。"),
        ("other", "jingmao_7th", 50, 200, "經貿路怎麼在塞車？前面發生什麼事？"),
        ("fire_smoke", "eco_a", 10, 60, "A區管委會回報，住戶都疏散到中庭，9樓之3屋主還沒聯絡上。"),
    ]
    t = s.lt("19:22:20")
    for i, (cat, place, r0, r1, txt) in enumerate(texts):
        t = t + timedelta(seconds=rng.randint(15, 55) if i < 20 else rng.randint(30, 90))
        s.add("1999", cat, t, F, at=s.near(place, r0, r1), text=txt)
        if i == 4:
            s.add("119", "fire", "19:27", F, at=P["eco_a"], status="on_scene", follows=f119,
                  text="水湳分隊到達 9樓住宅起火 出水搶救 搜索9、10樓")
        if i == 9:
            rc = s.add("incident", "road_closure", "19:30", F, at=s.near("eco_a", 0, 40), severity="Moderate",
                  unit="第五分局水湳派出所", text="經貿路三段火災現場前雙向管制，僅供消防車輛通行。")
            s.add("cctv", "smoke", "19:31", F, sensor="SN-CCTV-006", confidence=0.58, at=s.near("jingmao_7th", 50, 150))
        if i == 14:
            s.add("119", "ambulance", "19:36", F, at=P["eco_a"], severity="Unknown",
                  text="火災現場 住戶1名嗆傷 意識清楚 送醫", units=["水湳分隊 救護車"])
            s.congestion("SN-VD-JINGMAO-02", "19:37", F, 16, 49, severity="Moderate")
        if i == 22:
            s.add("119", "fire", "19:44", F, at=P["eco_a"], status="on_scene", follows=f119,
                  text="火勢控制 殘火處理中 無人受困")
    s.add("1999", "noise", "19:33", None, at=s.near("cmu", 30, 150), text="民眾反映中國醫藥大學水湳校區旁有人在放鞭炮。")
    s.add("1999", "streetlight", "19:38", None, at=s.near("henan_park", 20, 150),
          text="河南路停車場旁路燈編號 SN0231 不亮。")
    s.add("1999", "illegal_parking", "19:26", F, at=s.near("eco_a", 20, 100),
          text="經貿路三段路邊並排停車，消防車要過不去，請趕快來拖吊！")
    s.add("fire_alarm", "normal", "20:05", F, sensor="SN-FA-011", text="火警受信總機復歸")
    s.add("119", "fire", "20:12", F, at=P["eco_a"], status="returning", follows=f119,
          text="火勢撲滅 9樓之3燒損約20平方公尺 1人嗆傷送醫 各隊返隊 火調科留守")
    s.add("incident", "road_closure", "20:20", F, at=P["eco_a"], severity="Minor", unit="第五分局水湳派出所",
          follows=[rc], text="經貿路三段管制解除，恢復通行。")
    s.cleared("SN-VD-JINGMAO-02", "20:24", F, "車流壅塞")
    s.incident(F, "fire", "Flat fire on the 9th floor of 水湳生態住宅 A區 (180 households), one resident treated "
                          "for smoke, 經貿路三段 closed for the engines; 36 calls from around the zone", fa)
    s.notes = ("sufficient: the residential panel alarm at a 180-household block; a coordinator sends engines on it "
               "(the first call 30 s later confirms). Calls asking after a relative, when they may go home, or why the road is "
               "jammed are part of the fire job. The double-parked cars blocking engines: fire job (police tow for the fire).")
    return s


# ------------------------------------------------------------------------------------------------
def s934():
    s = Sit(934, "convention_evening_small_jobs", "2026-06-06")
    s.description = ("Saturday: a two-day anime & games fair (動漫遊戲展) at 臺中國際會展中心, evening peak with a "
                     "stage show until 21:30, ~20,000 visitors. The car parks fill, streets slow, crowds on "
                     "經貿路/黎明路. Inside that, small unrelated jobs: a pickpocket in hall A, a visitor fainting in "
                     "hall B, a lost child, a minor rear-end crash in the car-park queue, and a busker noise call.")
    E, TH, MED, KID, CR = "fair_crowd_ticec", "pickpocket_hall_a", "faint_hall_b", "lost_child_ticec", "rear_end_queue_jingmao6"
    rng = s.rng
    pe = s.add("planned_event", "exhibition", "10:00", E, at=P["ticec_b"], delay=-6 * 86400,
               ends=s.iso(s.lt("21:30", 1)),
               text="2026臺中動漫遊戲展 6/6-6/7 10:00-21:30，6/6晚間戶外舞台演出，預估人潮每日2萬人，經貿路二段部分車道管制。")
    s.add("parking", "full", "17:05", E, sensor="SN-PK-006", text="臺中國際會展中心停車場 車位已滿")
    s.congestion("SN-VD-JINGMAO-01", "17:12", E, 18, 44)
    s.add("parking", "full", "17:20", E, sensor="SN-PK-002", text="經貿六停車場 車位已滿")
    s.congestion("SN-VD-LIMING-01", "17:26", E, 20, 42)
    s.add("1999", "illegal_parking", "17:31", E, at=s.near("jingmao_liming", 50, 250),
          text="黎明路三段紅線上停滿車，都是去會展中心的。")
    s.add("cctv", "crowding", "17:40", E, sensor="SN-CCTV-005", confidence=0.74, motion="moving",
          at=s.near("jingmao_liming", 10, 50))
    s.add("parking", "full", "17:44", E, sensor="SN-PK-001", text="水湳轉運中心停車場 車位已滿")
    s.congestion("SN-VD-HUANZHONG-03", "17:48", E, 21, 40)
    s.add("1999", "crowding", "17:52", E, at=s.near("ticec_a", 30, 150), text="會展中心門口排隊人很多，排到經貿路上。")
    s.add("incident", "crowd_control", "17:55", E, at=s.near("ticec_b", 0, 60), severity="Minor", unit="第五分局",
          text="會展中心戶外舞台周邊人潮約5000人，增派警力疏導，經貿路二段外側車道管制。")
    s.add("1999", "illegal_parking", "18:02", E, at=s.near("ticec_park", 100, 300),
          text="經貿路二段機車停到人行道上，完全不能走。")
    th1 = s.add("incident", "theft", "18:10", TH, at=s.near("ticec_a", 0, 30), severity="Minor", unit="第五分局",
                text="會展中心A館民眾報案手機於攤位排隊時遭竊，疑似扒竊，調閱館內監視器中。")
    s.add("1999", "crowding", "18:14", E, at=s.near("ticec_b", 50, 200), text="舞台前面人擠人，小孩子被擠到，主辦單位有沒有在管？")
    s.add("cctv", "crowding", "18:18", E, sensor="SN-CCTV-006", confidence=0.69, motion="standing",
          at=s.near("jingmao_7th", 20, 80))
    s.congestion("SN-VD-KAIXUAN-01", "18:20", None, 23, 36, truth_alt=E)
    md1 = s.add("119", "ambulance", "18:26", MED, at=P["ticec_b"], text="會展中心B館 女性20餘歲 昏厥 意識恢復中",
                units=["水湳分隊 救護車"])
    md0 = s.add("1999", "rescue", "18:25", MED, at=s.near("ticec_b", 0, 40), text="會展中心B館有人昏倒，館方叫了救護車，請問到了沒？")
    s.add("1999", "noise", "18:31", None, at=s.near("museumbrary", 50, 200),
          text="綠美圖前面有人在街頭表演，喇叭開很大聲。", truth_alt=E)
    k1 = s.add("1999", "missing_person", "18:36", KID, at=s.near("ticec_a", 0, 50),
               text="我兒子6歲，穿藍色皮卡丘衣服，在會展中心A館走失了，請幫忙找。")
    k2 = s.add("incident", "missing_person", "18:40", KID, at=s.near("ticec_a", 0, 30), severity="Moderate", unit="第五分局",
          text="會展中心A館男童6歲走失，藍色上衣，已請館方廣播並通報各出入口。")
    s.add("119", "ambulance", "18:41", MED, at=P["ticec_b"], status="on_scene", follows=md1, text="到達 患者意識清楚 疑似中暑")
    s.add("1999", "crowding", "18:44", E, at=s.near("hub", 30, 150), text="轉運中心公車站人好多，公車都擠不上去。")
    cr1 = s.add("incident", "traffic_accident", "18:47", CR, at=s.near("ticec_park", 120, 200), severity="Minor",
                unit="第五分局", text="經貿路二段往會展停車場排隊車陣兩車追撞，無人受傷，占用一車道。")
    s.add("1999", "traffic_accident", "18:49", CR, at=s.near("ticec_park", 100, 300),
          text="經貿路二段停車場前面兩台車擦撞，在那邊吵架，後面車都過不去。")
    s.add("cctv", "stalled_vehicle", "18:50", CR, sensor="SN-CCTV-005", confidence=0.6, at=s.near("ticec_park", 120, 180))
    s.add("119", "ambulance", "18:58", MED, at=P["ticec_b"], status="returning", follows=md1, text="患者拒絕送醫 現場休息後由家屬陪同")
    s.add("incident", "missing_person", "19:02", KID, at=P["ticec_a"], severity="Minor", unit="第五分局",
          follows=[k2], text="走失男童已於A館服務台尋獲，交還家長。")
    s.add("incident", "traffic_accident", "19:05", CR, at=P["ticec_park"], severity="Minor", unit="第五分局",
          follows=[cr1], text="追撞車輛已移置路旁，雙方和解，恢復通行。")
    s.add("1999", "illegal_parking", "19:10", E, at=s.near("jingmao_7th", 100, 300), text="經貿七路兩邊都並排停車。")
    # background crowd / traffic evidence through the evening
    t = s.lt("19:12")
    bg = [
        ("cctv", "crowding", "SN-CCTV-005", "moving"), ("rule", "congestion", "SN-VD-JINGMAO-01", None),
        ("1999", "crowding", "ticec_b", "舞台區人越來越多，出口那邊很難走。"),
        ("parking", "full", "SN-PK-006", None), ("1999", "illegal_parking", "jingmao_liming", "黎明路三段公車站被轎車占用。"),
        ("cctv", "crowding", "SN-CCTV-006", "standing"), ("rule", "congestion", "SN-VD-LIMING-01", None),
        ("1999", "noise", "eco_a", "會展中心那邊音樂好大聲，我們住經貿路三段都聽得到。"),
        ("1999", "crowding", "hub", "轉運中心排計程車的人排好長，都沒有車。"),
        ("rule", "congestion", "SN-VD-HUANZHONG-02", None),
        ("1999", "other", "ticec_a", "請問會展中心今天晚上幾點結束？交通管制到幾點？"),
        ("cctv", "crowding", "SN-CCTV-004", "moving"),
        ("1999", "illegal_parking", "zhongke_huanzhong", "中科路口轉角被車擋住，看不到來車很危險。"),
        ("rule", "congestion", "SN-VD-ZHONGQING-01", None),
        ("1999", "crowding", "jingmao_liming", "經貿路黎明路口行人穿越很多，車子都卡在路口。"),
        ("cctv", "crowding", "SN-CCTV-005", "standing"),
        ("1999", "illegal_parking", "museumbrary", "綠美圖旁邊卸貨區被私家車停滿。"),
        ("rule", "congestion", "SN-VD-JINGMAO-01", None),
        ("1999", "other", "hub", "會展中心接駁車在哪裡搭？現場沒有人指引。"),
        ("parking", "full", "SN-PK-002", None),
        ("cctv", "crowding", "SN-CCTV-006", "moving"),
        ("1999", "illegal_parking", "liming_bus", "黎明路公車站前面一排機車違停，公車靠不了站。"),
        ("1999", "crowding", "ticec_b", "舞台前面很多人坐在地上，後面的人一直往前擠，請派人維持秩序。"),
        ("rule", "congestion", "SN-VD-LIMING-01", None),
        ("1999", "noise", "tower", "營運塔這邊都聽得到會展中心的音樂跟廣播。"),
        ("cctv", "crowding", "SN-CCTV-004", "standing"),
        ("1999", "illegal_parking", "jingmao_7th", "經貿七路轉角雙黃線停車，拖吊車有沒有要來？"),
        ("rule", "congestion", "SN-VD-HUANZHONG-03", None),
        ("1999", "crowding", "jingmao_liming", "人潮擠到車道上了，很危險。"),
        ("parking", "full", "SN-PK-001", None),
        ("1999", "other", "ticec_a", "請問會展中心附近還有哪裡可以停車？"),
        ("cctv", "crowding", "SN-CCTV-005", "moving"),
        ("1999", "illegal_parking", "ticec_park", "停車場出口有人並排等人，出不去。"),
        ("rule", "congestion", "SN-VD-JINGMAO-01", None),
    ]
    for row in bg:
        t = t + timedelta(seconds=rng.randint(90, 200))
        feed = row[0]
        if feed == "cctv":
            s.add("cctv", "crowding", t, E, sensor=row[2], confidence=round(rng.uniform(0.6, 0.85), 2), motion=row[3])
        elif feed == "rule":
            s.congestion(row[2], t, E, rng.randint(14, 24), rng.randint(38, 55))
        elif feed == "parking":
            s.add("parking", "full", t, E, sensor=row[2], text="%s 車位已滿" % SENSORS[row[2]]["name"])
        else:
            s.add("1999", row[1], t, E if row[1] != "noise" else None, at=s.near(row[2], 30, 200), text=row[3],
                  **({"truth_alt": E} if row[1] == "noise" else {}))
    th2 = s.add("incident", "theft", "20:05", TH, at=s.near("ticec_a", 0, 40), severity="Minor", unit="第五分局",
                follows=[th1], text="A館扒竊案嫌犯1名於館內經保全指認，已帶回派出所。")
    s.add("1999", "other", "20:10", TH, at=s.near("ticec_a", 0, 60), text="剛剛在A館手機被偷，警察說有抓到人，我要去哪裡領回？")
    s.add("incident", "crowd_control", "21:28", E, at=P["ticec_b"], severity="Minor", unit="第五分局",
          text="戶外舞台演出結束，散場人潮往轉運中心及經貿六停車場移動，持續管制。")
    s.add("cctv", "crowding", "21:33", E, sensor="SN-CCTV-005", confidence=0.88, motion="moving",
          at=s.near("jingmao_liming", 10, 50))
    s.add("1999", "crowding", "21:37", E, at=s.near("hub", 20, 120), text="散場了，轉運中心公車站擠爆，有人被推。")
    s.congestion("SN-VD-HUANZHONG-03", "21:40", E, 15, 52, severity="Moderate")
    s.add("parking", "empty", "22:40", E, sensor="SN-PK-006", text="臺中國際會展中心停車場 車位全空")
    s.cleared("SN-VD-JINGMAO-01", "22:10", E, "車流壅塞")
    s.add("1999", "streetlight", "22:15", None, at=s.near("park_north", 20, 150),
          text="中央公園北側步道路燈一盞閃爍。")
    s.add("incident", "crowd_control", "22:30", E, at=P["ticec_b"], severity="Minor", unit="第五分局",
          text="會展中心周邊人潮已疏散，交通管制解除。")
    s.incident(E, "crowd", "Anime & games fair at the convention centre, evening stage show: crowds, full car parks, "
                           "slow streets, parking complaints; police crowd control 17:55-22:30", pe)
    s.incident(TH, "public_safety", "Phone pickpocketed in hall A; suspect held by security 20:05", th1)
    s.incident(MED, "rescue", "Visitor fainted in hall B (heat), ambulance, refused transport", md0)
    s.incident(KID, "rescue", "Six-year-old boy lost in hall A, found at the service desk after 26 min", k1)
    s.incident(CR, "traffic", "Rear-end collision in the car-park queue on 經貿路二段, no injuries, one lane 18:47-19:05", cr1)
    alt_inc = [i for i in s.incidents if i["label"] != KID]
    s.alt = {"why": "A lost child at a fair is often handled by the event's own police and the organiser's desk as part "
                    "of the event job, not dispatched separately. The noise calls (music, busker) and the 凱旋路 slow-down "
                    "may be read as event effects. Under the alternative the lost child belongs to the event job.",
             "incidents": alt_inc}
    for it in s.items:
        if it["truth"] == KID:
            it["truth_alt"] = E
    s.notes = ("The permit arrives six days earlier (its arrival is first in the file); the event incident is a planned "
               "crowd job and its sufficient evidence is the permit. Pickpocket, fainting, lost child and the queue crash "
               "are each their own dispatch (police desk, 119, search, traffic police) even though they sit inside the "
               "event's area and hours. The two 1999 crowding calls about pushing at the stage and the bus stop are event "
               "crowd management, not a crush (nobody knocked down).")
    return s


# ------------------------------------------------------------------------------------------------
def s935():
    s = Sit(935, "late_dup_skewed_delivery", "2026-06-08")
    s.description = ("Monday morning. A crash at 中清路/環中路 (car into scooter, one injured) and, independently, "
                     "the signal at 河南路/中平路 goes dark. The feeds misbehave: the 1999 gateway delivers a batch "
                     "20-25 minutes late, the police system resends reports (QoS 1 redelivery, same key), the "
                     "中清路 camera's clock is 8 hours slow (it stamps local time as UTC), a 119 on-scene update "
                     "arrives before the dispatch it follows, and the signal controller's 'restored' arrives before "
                     "a delayed 'fault' copy.")
    C, S = "crash_zhongqing_huanzhong", "signal_dark_henan_zhongping"
    s.congestion("SN-VD-HUANZHONG-01", "07:40", None, 25, 35)
    # camera clock 8 h slow: stamps 00:0x local as if UTC -> observed 8 h early
    cam = s.add("cctv", "accident", "08:02", C, sensor="SN-CCTV-008", confidence=0.79,
                observed=s.lt("08:02") - timedelta(hours=8), at=s.near("zhongqing_huanzhong", 5, 25))
    p1 = s.add("incident", "traffic_accident", "08:05", C, at=s.near("zhongqing_huanzhong", 0, 20), severity="Moderate",
               unit="第五分局", text="中清路與環中路口自小客車與機車碰撞，機車騎士1人受傷，中清路往北內側車道封閉處理。")
    s.dup(p1, 95)
    amb = "935-119-upd"
    s.add("119", "ambulance", "08:11", C, at=P["zhongqing_huanzhong"], status="on_scene", follows="935-119-disp",
          key=amb, text="救護車到達 中清環中路口 騎士右手擦傷 意識清楚")
    s.add("119", "ambulance", "08:04", C, at=P["zhongqing_huanzhong"], key="935-119-disp", delay=11 * 60,
          text="中清路環中路口 車禍 1人受傷", units=["水湳分隊 救護車"])
    s.congestion("SN-VD-ZHONGQING-01", "08:07", C, 13, 55, severity="Moderate",
                 observed=s.lt("08:07") + timedelta(minutes=3))  # detector clock 3 min fast
    s.add("cctv", "stalled_vehicle", "08:09", C, sensor="SN-CCTV-008", confidence=0.7,
          observed=s.lt("08:09") - timedelta(hours=8), at=s.near("zhongqing_huanzhong", 5, 25))
    sg = s.add("signal", "fault", "08:14", S, sensor="SN-SIG-010", text="河南路/中平路 號誌控制器 燈號全暗")
    s.add("cctv", "signal_dark", "08:15", S, sensor="SN-CCTV-010", confidence=0.83)
    # the late 1999 batch (gateway backlog): created 08:03-08:18, delivered together ~08:33
    late = [
        ("08:03", "traffic_accident", C, "zhongqing_huanzhong", 20, 150, "中清路環中路口有車禍，有人躺在地上。"),
        ("08:06", "traffic_accident", C, "zhongqing_huanzhong", 100, 400, "民眾反映中清路往北車流回堵到水湳，前面有事故。"),
        ("08:08", "streetlight", None, "park_south", 20, 150, "中央公園南側步道路燈有3盞不亮。"),
        ("08:15", "traffic_signal", S, "henan_zhongping", 10, 80, "河南路中平路口紅綠燈全部不亮，車子互不相讓。"),
        ("08:17", "traffic_signal", S, "henan_zhongping", 50, 250, "中平路那邊紅綠燈壞了，很危險，快派人來指揮。"),
        ("08:18", "illegal_parking", None, "cmu", 30, 150, "中國醫藥大學水湳校區前紅線停車。"),
    ]
    arr0 = s.lt("08:33")
    for i, (hm, cat, tr, place, r0, r1, txt) in enumerate(late):
        t = s.lt(hm)
        s.add("1999", cat, t, tr, at=s.near(place, r0, r1), text=txt,
              delay=int((arr0 - t).total_seconds()) + i * 2)
    pol_sig = s.add("incident", "traffic_signal_fault", "08:21", S, at=s.near("henan_zhongping", 0, 20), severity="Moderate",
                    unit="第六分局", text="河南路中平路口號誌全暗，員警到場以手勢指揮，已通知交通局維修廠商。")
    s.dup(pol_sig, 60)
    s.congestion("SN-VD-HENAN-02", "08:22", S, 18, 46)
    s.add("incident", "traffic_accident", "08:25", C, at=P["zhongqing_huanzhong"], severity="Minor", unit="第五分局",
          follows=[p1], text="傷者已送醫，肇事車輛移離，中清路車道恢復通行。")
    s.add("119", "ambulance", "08:24", C, at=P["zhongqing_huanzhong"], status="returning", follows="935-119-disp",
          text="傷者送往中國醫藥大學附設醫院", delay=30)
    s.dup("935-119-disp", 30 * 60 - 11 * 60 + 40)   # redelivered dispatch long after
    rs = s.add("signal", "restored", "09:02", S, sensor="SN-SIG-010", text="河南路/中平路 號誌恢復正常運作")
    s.dup(sg, 50 * 60)  # a delayed copy of the 08:14 fault after the restore
    s.cleared("SN-VD-ZHONGQING-01", "08:40", C, "車流壅塞")
    s.add("1999", "noise", "09:05", None, at=s.near("eco_b", 30, 150), text="敦化路一段清晨垃圾車音樂太早，很吵。")
    s.add("incident", "traffic_signal_fault", "09:06", S, at=P["henan_zhongping"], severity="Minor", unit="第六分局",
          follows=[pol_sig], text="河南路中平路口號誌已修復，員警撤離。")
    s.incident(C, "traffic", "Car-scooter collision at 中清路/環中路, rider lightly injured, lane closed 08:05-08:25", p1)
    s.incident(S, "traffic", "Signal dark at 河南路/中平路 08:14-09:02, police hand control, contractor repair", sg)
    s.notes = ("Key conventions: a duplicated delivery repeats the key; the 8-hour-slow camera stamps are wrong at the "
               "source (its observed is 8 h early) and its items still belong to the crash by place and arrival; the "
               "119 on-scene update (key 935-119-upd) arrives before its dispatch; the signal's delayed fault copy "
               "arrives after the restore and must not reopen the job. sufficient for the crash: the police report "
               "(the camera accident stamped 8 h ago would be doubted first).")
    return s


# ------------------------------------------------------------------------------------------------
def s936():
    s = Sit(936, "north_hub_gateway_offline", "2026-06-09")
    s.description = ("Tuesday 13:32: the field network cabinet serving the north hub (transit hub, convention "
                     "centre, 環中路/經貿路 junctions) loses its uplink. Within two minutes cameras, signals, "
                     "car parks, detectors and three fire panels report offline (comms_lost / last will) and the "
                     "center's offline rules fire; back at 14:15. One infrastructure job (the cabinet/uplink). "
                     "Meanwhile an ordinary stalled car on 中清路, a planned maintenance of the 臺灣大道 camera and a "
                     "flood sensor with a low battery.")
    G, STL = "gateway_north_hub_link", "stalled_car_zhongqing"
    rng = s.rng
    s.add("status", "offline", "09:00", None, sensor="SN-CCTV-009", reason="maintenance",
          text="臺灣大道/環中路 路口監視器 例行保養離線")
    s.add("status", "online", "10:40", None, sensor="SN-CCTV-009", text="臺灣大道/環中路 路口監視器 保養完成上線")
    s.add("status", "offline", "12:50", None, sensor="SN-FL-010", reason="battery_low", text="臺灣大道環中路口地下道 淹水感測器 電池電量低",
          truth_alt="battery_fl010")
    devs = ["SN-CCTV-004", "SN-SIG-004", "SN-CCTV-003", "SN-SIG-003", "SN-PK-001", "SN-FA-001", "SN-CCTV-005",
            "SN-SIG-005", "SN-PK-002", "SN-PK-006", "SN-FA-002", "SN-FA-003", "SN-VD-JINGMAO-01", "SN-VD-LIMING-01",
            "SN-CCTV-006", "SN-SIG-006", "SN-VD-HUANZHONG-03"]
    t = s.lt("13:32:05")
    offs = []
    for i, d in enumerate(devs):
        t = t + timedelta(seconds=rng.randint(2, 9))
        if d.startswith("SN-VD"):
            continue  # detectors have no last will: only the rule fires later
        kw = {"reason": "comms_lost"} if i % 3 else {}
        k = s.add("status", "offline", t, G, sensor=d, text="設備離線" if not kw else "通訊中斷", **kw)
        offs.append(k)
    t = s.lt("13:37")
    sufficient = None
    for i, d in enumerate(devs):
        t = t + timedelta(seconds=rng.randint(3, 12))
        k = s.add("rule", "sensor_offline", t, G, sensor=d, severity="Minor", text="設備逾時未回傳資料")
        if i == 5:
            sufficient = k
    st1 = s.add("incident", "stalled_vehicle", "13:41", STL, at=s.near((120.6622, 24.1905), 0, 40), severity="Minor",
          unit="第五分局", text="中清路二段往南外側車道自小客車拋錨，已放置三角錐，等待拖吊。")
    s.add("1999", "traffic_accident", "13:43", STL, at=s.near((120.6622, 24.1905), 50, 200),
          text="中清路上有一台車停在外側車道打雙黃燈，好像故障，不是車禍，但很危險。")
    s.congestion("SN-VD-ZHONGQING-02", "13:46", STL, 22, 40)
    s.add("1999", "other", "13:50", G, at=s.near("ticec_park", 20, 120),
          text="會展中心停車場入口的車位顯示板都是黑的，繳費機也不能刷卡。")
    s.add("1999", "traffic_signal", "13:52", None, at=s.near("jingmao_huanzhong", 20, 150),
          text="環中路經貿路口紅綠燈秒數好像怪怪的，可以調長一點嗎？", truth_alt=G)
    s.add("1999", "streetlight", "13:55", None, at=s.near("henan_park", 20, 150), text="河南路停車場旁路燈白天亮著。")
    s.add("incident", "stalled_vehicle", "14:05", STL, at=s.near((120.6622, 24.1905), 0, 30),
          severity="Minor", unit="第五分局", follows=[st1],
          text="中清路二段拋錨車輛已拖離。")
    t = s.lt("14:15:10")
    for d in devs:
        t = t + timedelta(seconds=rng.randint(2, 8))
        if d.startswith("SN-VD"):
            s.cleared(d, t + timedelta(minutes=1), G, "設備離線")
            continue
        s.add("status", "online", t, G, sensor=d, text="恢復連線")
    s.add("1999", "noise", "14:30", None, at=s.near("fcu", 30, 150), text="逢甲水湳校區旁施工噪音。")
    s.incident(G, "infrastructure", "Uplink of the north-hub field cabinet lost 13:32-14:15: 17 devices offline "
                                    "(cameras, signals, car parks, detectors, three fire panels)", offs[2])
    s.incident(STL, "traffic", "Car broken down in the outer lane of 中清路二段, towed 14:05", st1)
    inc_alt = list(s.incidents) + [{"label": "battery_fl010", "type": "infrastructure",
                                    "description": "Flood sensor at the 臺灣大道 underpass offline, battery low: a maintenance ticket",
                                    "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "battery_fl010"][0]["key"]}]
    s.alt = {"why": "A single sensor offline with a low battery is a routine maintenance ticket; some centres open it as "
                    "an infrastructure job of its own (the underpass loses its flood sensor before the rain season), "
                    "others leave it to the maintenance queue. The 1999 call about the signal timing at 環中路/經貿路 "
                    "could be the cabinet's signal running on its local plan.",
             "incidents": inc_alt}
    s.notes = ("sufficient: the third offline status (about 15 s after the first): one device offline is routine, three "
               "devices of the same cabinet within seconds is the link. The planned maintenance of CCTV-009 is noise "
               "under both readings; the rule's sensor_offline alerts and the online/cleared messages belong to the "
               "gateway job.")
    return s


# ------------------------------------------------------------------------------------------------
def s937():
    s = Sit(937, "huanzhong_crash_blocks_road", "2026-06-10")
    s.description = ("Wednesday 17:40, evening rush: a small truck and two cars collide on 環中路二段 eastbound just "
                     "before 經貿路; the truck spills its load of plastic crates and diesel, a driver is trapped. "
                     "Eastbound 環中路 is closed to one lane for an hour; the queue backs up past 中科路 and 凱旋路 to "
                     "台74. 18:12 a rear-end crash in that queue at 凱旋路/環中路.")
    C, R = "truck_crash_huanzhong", "queue_rear_end_kaixuan"
    rng = s.rng
    site = (120.6522, 24.19805)  # 環中路二段 just past 中科路, towards 經貿路
    s.congestion("SN-VD-HUANZHONG-01", "17:30", None, 26, 33)
    c0 = s.add("cctv", "accident", "17:41:30", C, sensor="SN-CCTV-003", confidence=0.86, at=s.near(site, 5, 30))
    s.add("1999", "traffic_accident", "17:42", C, at=s.near(site, 20, 120),
          text="環中路往中清方向一台貨車跟兩台車撞在一起，有人卡在車裡！")
    p1 = s.add("119", "rescue", "17:42:40", C, at=site, severity="Severe", delay=15,
               text="環中路二段近中科路 三車事故 駕駛1人受困 油料外洩", units=["水湳分隊 救助器材車", "西屯分隊 救護車"])
    s.add("1999", "traffic_accident", "17:43", C, at=s.near(site, 50, 250), text="環中路中科路口那邊大車禍，路上都是箱子。")
    pol = s.add("incident", "traffic_accident", "17:45", C, at=s.near(site, 0, 20), severity="Severe", unit="第五分局",
                text="環中路二段東向（近中科路口）小貨車與2部自小客車碰撞，1人受困，貨物及柴油散落，東向僅剩1車道。")
    s.add("cctv", "fallen_object", "17:46", C, sensor="SN-CCTV-003", confidence=0.77, at=s.near(site, 10, 40))
    s.congestion("SN-VD-HUANZHONG-02", "17:48", C, 9, 68, severity="Moderate")
    s.add("incident", "road_closure", "17:50", C, at=s.near(site, 0, 30), severity="Moderate", unit="第五分局",
          follows=[pol], text="環中路二段東向自凱旋路口起外側二車道封閉，請用路人改道黎明路。")
    s.add("119", "rescue", "17:49", C, at=site, status="on_scene", follows=p1, text="救助隊到達 破壞器材救出受困駕駛 吸油棉處理油漬")
    s.add("1999", "traffic_accident", "17:52", C, at=s.near("kaixuan_huanzhong", 20, 150),
          text="環中路塞到不行，從凱旋路到中科路都不動。")
    s.add("cctv", "stalled_vehicle", "17:53", C, sensor="SN-CCTV-002", confidence=0.64, at=s.near("kaixuan_huanzhong", 5, 40))
    s.congestion("SN-VD-HUANZHONG-01", "17:55", C, 11, 61, severity="Moderate")
    s.add("1999", "other", "17:56", C, at=s.near("t74_huanzhong", 50, 300),
          text="請問環中路發生什麼事？從台74下來完全塞住。")
    s.add("1999", "traffic_accident", "17:58", C, at=s.near("jingmao_huanzhong", 30, 200),
          text="經貿路口前面車禍，地上有油，機車要小心。")
    s.add("119", "ambulance", "18:00", C, at=site, text="受困駕駛救出 胸部挫傷 送醫", units=["西屯分隊 救護車"])
    s.congestion("SN-VD-KAIXUAN-01", "18:02", C, 14, 50)
    s.add("cctv", "stalled_vehicle", "18:04", C, sensor="SN-CCTV-001", confidence=0.61, at=s.near("t74_huanzhong", 5, 40))
    s.add("1999", "illegal_parking", "18:06", None, at=s.near("hub", 50, 200), text="轉運中心前計程車違停排班。")
    s.congestion("SN-VD-LIMING-01", "18:08", C, 17, 45, truth_alt=None)
    r1 = s.add("incident", "traffic_accident", "18:12", R, at=s.near("kaixuan_huanzhong", 0, 30), severity="Minor",
               unit="第五分局", text="環中路二段凱旋路口回堵車陣中機車追撞自小客車，騎士輕傷。")
    s.add("cctv", "accident", "18:12:30", R, sensor="SN-CCTV-002", confidence=0.72, at=s.near("kaixuan_huanzhong", 5, 30))
    s.add("1999", "traffic_accident", "18:13", R, at=s.near("kaixuan_huanzhong", 30, 200),
          text="凱旋路環中路口又撞了，機車撞到前面停著的車。")
    ramb = s.add("119", "ambulance", "18:15", R, at=P["kaixuan_huanzhong"], text="凱旋環中路口 機車騎士擦傷", units=["西屯分隊 救護車93"])
    s.add("1999", "traffic_accident", "18:18", C, at=s.near("zhongke_huanzhong", 50, 300),
          text="中科路要轉環中路轉不出去，整條塞死。")
    s.add("119", "ambulance", "18:31", R, at=P["kaixuan_huanzhong"], status="closed", follows=ramb,
          text="騎士拒絕送醫 簽名結案")
    s.add("incident", "traffic_accident", "18:35", R, at=P["kaixuan_huanzhong"], severity="Minor", unit="第五分局",
          follows=[r1], text="凱旋路口追撞處理完畢，車輛移離。")
    for hm in ["18:20", "18:28", "18:36", "18:44"]:
        s.add("1999", "traffic_accident", hm, C, at=s.near(rng.choice(["kaixuan_huanzhong", "t74_huanzhong", site]), 50, 300),
              text=rng.choice(["環中路往東怎麼塞成這樣？", "環中路車禍處理好了沒？已經塞半小時。",
                               "環中路東向還是只剩一線道。", "環中路二段地上油漬很滑，請派人灑沙。"]))
    s.add("incident", "road_closure", "18:48", C, at=site, severity="Minor", unit="第五分局", follows=[pol],
          text="事故車輛及散落物清除完畢，環中路二段東向全線恢復通行。")
    s.add("119", "rescue", "18:50", C, at=site, status="returning", follows=p1, text="油漬處理完畢 返隊")
    s.cleared("SN-VD-HUANZHONG-02", "19:05", C, "車流壅塞")
    s.cleared("SN-VD-HUANZHONG-01", "19:12", C, "車流壅塞")
    s.add("1999", "noise", "19:20", None, at=s.near("eco_b", 30, 150), text="敦化路有改裝車一直催油門。")
    s.incident(C, "traffic", "Truck and two cars collide on 環中路二段 eastbound near 中科路: trapped driver rescued, "
                             "diesel and crates on the road, lanes closed 17:50-18:48, queue back to 台74", c0)
    s.incident(R, "traffic", "Secondary rear-end crash (scooter into car) in the queue at 凱旋路/環中路, rider grazed", r1)
    alt = [dict(s.incidents[0])]
    s.alt = {"why": "The second crash happened in the first crash's queue; a coordinator who runs the whole 環中路 "
                    "closure as one job (same police unit, same traffic control) folds it in. Most would dispatch it on "
                    "its own (another location, another ambulance, its own report). The 黎明路 slow-down may be the "
                    "detour or the ordinary rush.",
             "incidents": alt}
    for it in s.items:
        if it["truth"] == R:
            it["truth_alt"] = C
    s.notes = ("sufficient: the CCTV accident at 0.86 with the first call 30 s later; 119's dispatch confirms. The jam "
               "along 環中路 and the 1999 jam calls are the crash's consequences, so they belong to the crash job "
               "(no separate congestion job).")
    return s


# ------------------------------------------------------------------------------------------------
def s938():
    s = Sit(938, "thursday_crash_and_burst_main", "2026-06-11")
    s.description = ("An ordinary Thursday. Morning rush slow-downs; 10:15 a scooter skids at 河南路/中平路 (rider "
                     "hurt); 13:40 a water main bursts under 敦化路一段, water welling up, road surface lifting, the eco "
                     "blocks without water; routine streetlight and parking cases.")
    C, W = "scooter_skid_henan_zhongping", "burst_main_dunhua"
    s.congestion("SN-VD-HENAN-01", "07:48", None, 22, 37)
    s.congestion("SN-VD-HUANZHONG-02", "07:55", None, 24, 39)
    s.congestion("SN-VD-ZHONGPING-02", "08:05", None, 21, 40)
    s.add("1999", "illegal_parking", "08:40", None, at=s.near("cmu", 20, 120), text="中國醫藥大學水湳校區前公車站有車違停。")
    s.cleared("SN-VD-HENAN-01", "09:05", None, "車流壅塞")
    c1 = s.add("1999", "traffic_accident", "10:15", C, at=s.near("henan_zhongping", 10, 80),
               text="河南路中平路口機車自己滑倒，騎士坐在路邊流血。")
    ca = s.add("119", "ambulance", "10:16", C, at=P["henan_zhongping"], text="河南路中平路口 機車自摔 騎士頭部擦傷", units=["西屯分隊 救護車"])
    s.add("incident", "traffic_accident", "10:21", C, at=s.near("henan_zhongping", 0, 20), severity="Minor", unit="第六分局",
          text="河南路與中平路口機車自摔，騎士輕傷送醫，路面有砂石疑似肇因，通知清掃。")
    s.add("cctv", "fallen_object", "10:23", C, sensor="SN-CCTV-010", confidence=0.55)
    s.add("119", "ambulance", "10:35", C, at=P["henan_zhongping"], status="returning", follows=ca,
          text="送往台中榮總")
    s.add("1999", "streetlight", "11:20", None, at=s.near("park_mid", 20, 200), text="中央公園中段步道路燈編號 P1187 燈罩破裂。")
    s.add("1999", "環境清潔", "12:05", None, at=s.near("hub", 30, 150), text="轉運中心旁垃圾桶滿出來。")
    w1 = s.add("1999", "road_damage", "13:40", W, at=s.near("dunhua", 0, 50),
               text="敦化路一段路面一直冒水出來，柏油都鼓起來了，應該是水管破了。")
    s.add("1999", "water_outage", "13:52", W, at=s.near("eco_b", 10, 80), text="生態住宅B區突然沒水，也沒看到停水公告。")
    s.add("1999", "water_outage", "13:55", W, at=s.near("eco_a", 10, 100), text="我們A區水壓很小，水龍頭只有一點點。")
    s.add("incident", "road_collapse", "14:02", W, at=s.near("dunhua", 0, 30), severity="Moderate", unit="第五分局",
          text="敦化路一段路面隆起出水，疑似自來水管線破裂，已圍設警示並通知自來水公司及建設局。")
    s.add("1999", "flooding", "14:05", W, at=s.near("dunhua", 30, 150), text="敦化路上水一直流，路邊積水，是下水道的問題嗎？")
    s.add("fire_alarm", "fault", "14:10", W, sensor="SN-FA-012", text="消防水箱水位過低", truth_alt=None)
    s.add("1999", "water_outage", "14:20", W, at=s.near("eco_b", 50, 250), text="敦化路那邊停水，請問什麼時候會來水？")
    wc = s.add("incident", "road_closure", "14:30", W, at=s.near("dunhua", 0, 30), severity="Minor", unit="第五分局",
          text="敦化路一段搶修自來水管，南向車道封閉至18時。")
    s.congestion("SN-VD-JINGMAO-02", "14:45", None, 25, 34, truth_alt=W)
    s.add("1999", "noise", "16:10", None, at=s.near("eco_a", 40, 200), text="經貿路三段工地下午打樁很吵。")
    s.add("1999", "water_outage", "17:30", W, at=s.near("eco_b", 20, 100),
          text="B區來水了，但是水黃黃的。", truth_alt=W)
    s.add("incident", "road_closure", "18:10", W, at=P["dunhua"], severity="Minor", unit="第五分局", follows=[wc],
          text="敦化路一段管線搶修完成，恢復通行。")
    s.congestion("SN-VD-ZHONGQING-02", "17:45", None, 20, 41)
    s.congestion("SN-VD-KAIXUAN-02", "17:52", None, 23, 37)
    s.incident(C, "traffic", "Scooter skid on gravel at 河南路/中平路, rider to hospital, road swept", c1)
    s.incident(W, "infrastructure", "Water main burst under 敦化路一段: road heaving, water on the road, eco blocks A/B "
                                    "without water, lane closed 14:30-18:10", w1)
    s.alt = {"why": "Block B's panel 'sprinkler tank low' at 14:10 is probably the burst main (the tank cannot refill), "
                    "but a panel fault is normally a maintenance matter for the building; some coordinators leave it "
                    "out. The 經貿路 slow-down may be the 敦化路 closure's detour.",
             "incidents": list(s.incidents)}
    s.notes = "sufficient for the burst main: the first call (water welling up, asphalt heaving, a burst pipe named)."
    return s


# ------------------------------------------------------------------------------------------------
def s939():
    s = Sit(939, "friday_night_kitchen_fire_fight", "2026-06-12")
    s.description = ("Friday night. 21:05 a kitchen fire (oil pan) in a flat of 水湳生態住宅 B區, put out by the resident "
                     "before the engines arrive; 23:40 a fight outside a bar on 中科路 near 流行影音中心 after a concert "
                     "crowd leaves; noise and streetlight cases.")
    F, D = "kitchen_fire_eco_b", "fight_zhongke_road"
    s.add("1999", "noise", "20:30", None, at=s.near("popmusic", 60, 250), text="流行影音中心演唱會音響太大聲，窗戶都在震。")
    fa = s.add("fire_alarm", "alarm", "21:05:20", F, sensor="SN-FA-012", text="5F 偵煙式探測器動作 第2迴路")
    s.add("1999", "fire_smoke", "21:06", F, at=s.near("eco_b", 0, 40), text="B區5樓有人家廚房冒煙，走廊有燒焦味。")
    f119 = s.add("119", "fire", "21:06:30", F, at=P["eco_b"], severity="Moderate", text="敦化路一段 生態住宅B區5樓 廚房油鍋起火",
          units=["水湳分隊"])
    s.add("1999", "fire_smoke", "21:09", F, at=s.near("eco_b", 20, 120), text="我鄰居說火已經用滅火器滅掉了，但煙還很多。")
    s.add("119", "fire", "21:13", F, at=P["eco_b"], status="on_scene", follows=f119,
          text="到達 油鍋火已由住戶撲滅 排煙中 無人受傷")
    s.add("fire_alarm", "normal", "21:25", F, sensor="SN-FA-012", text="火警受信總機復歸")
    s.add("119", "fire", "21:32", F, at=P["eco_b"], status="returning", follows=f119, text="現場安全 返隊")
    s.add("1999", "streetlight", "21:50", None, at=s.near("kaixuan_mid", 20, 120), text="凱旋路一盞路燈不亮，編號 K0452。")
    s.add("1999", "noise", "22:35", None, at=s.near("popmusic", 100, 300), text="演唱會散場很多人在路邊喝酒大聲講話。", truth_alt=D)
    d1 = s.add("incident", "public_disturbance", "23:40", D, at=s.near((120.6532, 24.1862), 0, 30), severity="Moderate",
               unit="第五分局", text="中科路流行影音中心旁酒吧外6、7人鬥毆，1人頭部流血，員警到場壓制。")
    s.add("1999", "other", "23:41", D, at=s.near((120.6532, 24.1862), 30, 150), text="中科路這邊有一群人在打架，有人拿酒瓶，快來！")
    s.add("119", "ambulance", "23:44", D, at=(120.6532, 24.1862), text="中科路 鬥毆 男性頭部撕裂傷", units=["水湳分隊 救護車"])
    s.add("cctv", "crowding", "23:45", D, sensor="SN-CCTV-003", confidence=0.52, motion="standing",
          at=s.near("zhongke_huanzhong", 10, 60), truth_alt=None)
    s.add("incident", "public_disturbance", s.lt("00:10", 1), D, at=(120.6532, 24.1862), severity="Minor",
          unit="第五分局", follows=[d1], text="鬥毆雙方4人帶回派出所偵辦，傷者送醫。")
    s.add("1999", "streetlight", s.lt("00:20", 1), None, at=s.near("park_south", 20, 150),
          text="中央公園南邊整排路燈都不亮，晚上很暗很危險。", truth_alt="park_south_lights_out")
    s.incident(F, "fire", "Kitchen oil-pan fire on the 5th floor of eco block B, out before the engines, no injuries", fa)
    s.incident(D, "public_safety", "Fight of 6-7 people outside a bar on 中科路 after the concert, one head wound", d1)
    alt = list(s.incidents) + [{"label": "park_south_lights_out", "type": "infrastructure",
                                "description": "A whole row of park lights out (power to the row, not one lamp)",
                                "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "park_south_lights_out"][0]["key"]}]
    s.alt = {"why": "A single call about a whole row of lights out at night: most leave it to the streetlight "
                    "contractor's queue (no dispatch tonight); some open an infrastructure job (a feeder may be down, a "
                    "dark park at night is a safety matter). The 22:35 noise of drinkers may be the fight building up. "
                    "The camera crowding at 中科路/環中路 (about 1.3 km north) is most likely the concert crowd leaving.",
             "incidents": alt}
    return s


# ------------------------------------------------------------------------------------------------
def s940():
    s = Sit(940, "saturday_park_heat_and_lost_elder", "2026-06-13")
    s.description = ("Hot Saturday in Central Park. 14:20 a jogger collapses from heat by the north pond; 16:05 a family "
                     "reports their father (dementia) wandered off from the south car park; found 17:10 near 河南路. "
                     "Weekend crowds and parking as usual.")
    H, L = "heat_collapse_park_north", "lost_elder_park_south"
    s.add("parking", "full", "11:10", None, sensor="SN-PK-004", text="中央公園地下停車場(北) 車位已滿")
    s.add("1999", "illegal_parking", "11:30", None, at=s.near("park_north", 50, 200), text="公園北邊路邊紅線停滿車。")
    s.add("cctv", "crowding", "13:05", None, sensor="SN-CCTV-006", confidence=0.61, motion="moving",
          at=s.near("jingmao_7th", 10, 60))
    h1 = s.add("1999", "rescue", "14:20", H, at=s.near("park_north", 10, 80),
               text="中央公園北邊滯洪池旁邊有人跑步跑到昏倒，全身很燙，叫不太醒。")
    ha = s.add("119", "ambulance", "14:21", H, at=P["park_north"], text="中央公園北滯洪池 男性約30歲 疑似熱衰竭 意識不清",
          units=["水湳分隊 救護車"])
    s.add("1999", "other", "14:22", H, at=s.near("park_north", 60, 200), text="公園裡有人倒在步道上，有人在幫他搧風，救護車要從哪裡進去？")
    s.add("119", "ambulance", "14:29", H, at=P["park_north"], status="on_scene", follows=ha, text="到達 降溫處置 送醫")
    s.add("1999", "動物救援", "15:00", None, at=s.near("park_mid", 20, 200), text="公園裡有一隻狗被綁在樹下很久，看起來很熱。")
    l1 = s.add("1999", "missing_person", "16:05", L, at=s.near("park_south", 20, 80),
               text="我爸爸82歲有失智，剛剛在中央公園南邊停車場附近走不見了，穿灰色上衣、拿拐杖。")
    l2 = s.add("incident", "missing_person", "16:12", L, at=s.near("park_south", 0, 40), severity="Moderate", unit="第六分局",
          text="中央公園南側82歲失智男子走失，灰色上衣持拐杖，已通報巡邏車協尋。")
    s.add("1999", "other", "16:50", L, at=s.near("henan_park", 50, 150),
          text="河南路停車場旁邊有一個阿公一直問路，講不清楚要去哪裡，拿著拐杖。")
    s.add("incident", "missing_person", "17:10", L, at=s.near("henan_park", 0, 60), severity="Minor", unit="第六分局",
          follows=[l2], text="走失老翁於河南路停車場旁尋獲，已交還家屬。")
    s.add("parking", "full", "17:20", None, sensor="SN-PK-005", text="中央公園地下停車場(南) 車位已滿")
    s.add("1999", "noise", "18:40", None, at=s.near("park_mid", 50, 250), text="公園草地有人放音響跳舞很大聲。")
    s.add("1999", "streetlight", "19:15", None, at=s.near("park_north", 30, 200), text="公園北側步道一盞路燈不亮。")
    s.incident(H, "rescue", "Jogger collapsed from heat by the north detention pond, taken to hospital", h1)
    s.incident(L, "rescue", "82-year-old man with dementia wandered off near the south car park, found on 河南路 after 65 min", l1)
    return s


# ------------------------------------------------------------------------------------------------
def s941():
    s = Sit(941, "windy_friday_tree_and_bike_theft", "2026-06-05")
    s.description = ("Gusty Friday after the front. 11:30 a roadside tree falls across two lanes of 凱旋路 near "
                     "黎明路; 15:00 bicycles stolen at the transit hub's bike park; a signboard loosened on a shop "
                     "front (secured by the owner); streetlights and a pothole.")
    T, B = "tree_down_kaixuan", "bike_theft_hub"
    tpos = (120.6502, 24.1908)
    s.add("1999", "road_damage", "09:10", None, at=s.near("zhongke_mid", 30, 200), text="中科路外側車道一個坑洞，機車經過會跳。")
    t1 = s.add("1999", "fallen_tree", "11:30", T, at=s.near(tpos, 10, 60), text="凱旋路靠黎明路這段一棵行道樹倒下來，擋住兩個車道！")
    s.add("cctv", "fallen_object", "11:31", T, sensor="SN-CCTV-007", confidence=0.63, at=s.near(tpos, 20, 60))
    s.add("1999", "fallen_tree", "11:33", T, at=s.near(tpos, 100, 350), text="黎明路凱旋路口附近大樹倒了，差點砸到機車。")
    t2 = s.add("incident", "fallen_object", "11:38", T, at=s.near(tpos, 0, 20), severity="Moderate", unit="第五分局",
          text="凱旋路（黎明路口南側）路樹倒塌占用南向二車道，員警指揮交通，通知建設局養工處。")
    s.congestion("SN-VD-KAIXUAN-01", "11:42", T, 16, 48)
    s.add("1999", "other", "11:50", None, at=s.near("jingmao_7th", 30, 150),
          text="經貿七路有一間店的招牌被風吹得晃來晃去，好像快掉了。", truth_alt="loose_sign_jingmao7")
    s.add("1999", "fallen_tree", "12:10", T, at=s.near(tpos, 30, 150), text="凱旋路的樹還沒清走，剛剛打過了。")
    s.add("incident", "fallen_object", "12:55", T, at=tpos, severity="Minor", unit="第五分局", follows=[t2],
          text="凱旋路倒塌路樹已由養工處鋸除清運，恢復通行。")
    s.cleared("SN-VD-KAIXUAN-01", "13:05", T, "車流壅塞")
    s.add("1999", "other", "13:20", None, at=s.near("jingmao_7th", 30, 150), text="經貿七路那個招牌店家已經自己拆下來了。",
          truth_alt="loose_sign_jingmao7")
    b1 = s.add("incident", "theft", "15:00", B, at=s.near("hub", 0, 40), severity="Minor", unit="第五分局",
               text="水湳轉運中心自行車停車場民眾報案2輛自行車遭竊，調閱監視器。")
    s.add("1999", "other", "15:05", B, at=s.near("hub", 10, 60), text="我停在轉運中心的腳踏車不見了，鎖也被剪斷。")
    s.add("1999", "streetlight", "19:30", None, at=s.near("henan_park", 20, 150), text="河南路停車場出口路燈不亮。")
    s.add("1999", "streetlight", "19:45", None, at=s.near("fcu", 20, 150), text="逢甲水湳校區旁路燈閃爍。")
    s.incident(T, "traffic", "Roadside tree down across two lanes of 凱旋路 south of 黎明路, cleared 12:55", t1)
    s.incident(B, "public_safety", "Two bicycles stolen from the transit hub bike park", b1)
    s.alt = {"why": "A shop sign swinging in the wind could fall on the pavement: some coordinators send police or "
                    "public works to check (a job), most log it and call the owner; it was taken down by the owner 90 "
                    "minutes later.",
             "incidents": list(s.incidents) + [{"label": "loose_sign_jingmao7", "type": "public_safety",
                                                "description": "Shop sign loose in the wind on 經貿七路",
                                                "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "loose_sign_jingmao7"][0]["key"]}]}
    s.notes = ("The theft opens on the police report; the victim's 1999 call follows. Under the alternative the loose "
               "sign's type is public_safety for want of a better one (vocabulary_needed).")
    return s


# ------------------------------------------------------------------------------------------------
def s942():
    s = Sit(942, "quiet_sunday_night", "2026-06-14")
    s.description = ("Quiet Sunday night: one car broken into at the 河南路 car park; a panel fault and a detector "
                     "dropping out; a streetlight. One job.")
    K = "car_breakin_henan_carpark"
    s.add("fire_alarm", "fault", "22:10", None, sensor="SN-FA-009", text="預備電源電壓不足")
    s.add("1999", "streetlight", "22:40", None, at=s.near("jingmao_zhongping", 30, 150), text="中平路經貿路口路燈一盞不亮。")
    k1 = s.add("incident", "theft", "23:25", K, at=s.near("henan_park", 0, 30), severity="Minor", unit="第六分局",
               text="河南路停車場自小客車車窗遭敲破，車內包包失竊，員警到場採證。")
    k0 = s.add("1999", "other", "23:22", K, at=s.near("henan_park", 10, 60), text="我停在河南路停車場的車窗戶被打破了，東西被偷。")
    s.add("rule", "sensor_offline", s.lt("01:15", 1), None, sensor="SN-VD-ZHONGPING-02", severity="Minor", text="設備逾時未回傳資料")
    s.add("rule", "cleared", s.lt("01:40", 1), None, sensor="SN-VD-ZHONGPING-02", severity="Minor", text="中平路車輛偵測器2 設備離線警戒解除")
    s.add("incident", "theft", s.lt("00:30", 1), K, at=P["henan_park"], severity="Minor", unit="第六分局", follows=[k1],
          text="車輛竊盜案現場採證完畢，調閱停車場監視器。")
    s.incident(K, "public_safety", "Car window smashed and bag stolen at the 河南路 car park", k0)
    s.notes = "The victim's 1999 call (23:22) arrives before the police report and is enough to open the theft."
    return s


ALL = [s931, s932, s933, s934, s935, s936, s937, s938, s939, s940, s941, s942]

if __name__ == "__main__":
    for fn in ALL:
        print(fn().write())
