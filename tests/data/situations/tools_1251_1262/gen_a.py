"""Situations 1251-1256 (themes: two at once, spreading flood, call burst, dense evening event,
messy delivery, gateway offline). Seeded; run from tools/."""
from lib import Sit, SENSORS, inc

# ---------------------------------------------------------------- 1251
def s1251():
    s = Sit(1251, "lab_fire_and_junction_crash", "2026-03-18")
    CMU = (120.6592, 24.1735); JX = (120.650395, 24.171108)
    a1 = s.add("fire_alarm", "alarm", "10:42:10", "中國醫藥大學水湳校區 火警受信總機 第3區 4F化學實驗室 偵煙式探測器動作", "A", sensor="SN-FA-010")
    s.add("1999", "fire_smoke", "10:44", "中國醫大水湳校區實驗大樓4樓窗戶冒白煙，有學生在往外跑", "A", where=CMU, scatter=120)
    b1 = s.add("incident", "injury_accident", "10:45", "河南路二段與中平路口 機車與自小客擦撞，機車騎士倒地，意識清楚，左腿疑骨折", "B", where=JX, scatter=40, sev="Severe", delay=150)
    s.add("cctv", "stalled_vehicle", "10:45:40", "路口中央車輛停滯 超過90秒", "B", sensor="SN-CCTV-010", conf=0.83)
    f1 = s.add("119", "fire", "10:46", "西屯區經貿路一段 中國醫藥大學水湳校區 實驗室火警 出動水箱車2、水庫車1、救護車1", "A", where=CMU, scatter=30, status="dispatched", delay=40)
    s.add("1999", "traffic_accident", "10:46", "河南路中平路口車禍，有人躺在地上", "B", where=JX, scatter=90)
    s.add("119", "ambulance", "10:47", "西屯區河南路二段/中平路口 車禍 機車騎士1名受傷 派遣救護車", "B", where=JX, scatter=30, delay=35)
    s.add("1999", "fire_smoke", "10:48", "經貿路這邊看到醫大那棟有煙，味道很刺鼻", "A", where=CMU, scatter=250)
    s.add("incident", "fire_report", "10:49", "轉報119：中國醫大水湳校區實驗大樓火警，派員協助疏散及周邊交管", "A", where=CMU, scatter=50, sev="Severe")
    mix = s.add("1999", "other", "10:50", "中平路上好像有東西在冒煙，前面路口又塞住不動，不知道發生什麼事", "A", where=(120.6555, 24.1716), scatter=60, truth_alt="B")
    s.add("rule", "congestion", "10:52", "河南路車輛偵測器2 平均車速降至 8 km/h（往北）", "B", sensor="SN-VD-HENAN-02")
    s.add("rule", "congestion", "10:55", "中平路車輛偵測器1 平均車速降至 11 km/h", "B", sensor="SN-VD-ZHONGPING-01")
    s.add("119", "fire", "10:56", "中國醫大水湳校區 實驗室火警 第一梯次到場，4F實驗室局部燃燒，人員已疏散", "A", where=CMU, scatter=30, status="on_scene", follows=f1)
    s.add("incident", "road_closure", "10:58", "河南路二段往北 中平路口 內側車道暫時封閉處理事故", "B", where=JX, scatter=40)
    s.add("119", "ambulance", "11:08", "河南路中平路口 傷者送往中國醫藥大學附設醫院", "B", where=JX, scatter=30, status="returning")
    s.add("fire_alarm", "normal", "11:24", "中國醫藥大學水湳校區 火警受信總機 第3區 復歸", "A", sensor="SN-FA-010")
    s.add("119", "fire", "11:31", "中國醫大水湳校區 火勢撲滅 殘火處理完畢 收隊", "A", where=CMU, scatter=30, status="returning", follows=f1)
    s.add("incident", "road_closure", "11:20", "河南路中平路口事故車輛已移除，恢復通行", "B", where=JX, scatter=40, sev="Minor")
    # background
    s.add("1999", "streetlight", "10:41", "敦化路一段 路燈編號 XT-08812 白天一直亮著", None, where=(120.6585, 24.1800), scatter=60)
    s.add("1999", "illegal_parking", "10:58", "河南路停車場出口有車違停擋住出入", None, where=(120.6532, 24.1747), scatter=40)
    s.add("parking", "full", "11:05", "河南路停車場 汽車格位已滿", None, sensor="SN-PK-003")
    s.add("rule", "congestion", "11:02", "環中路車輛偵測器1 平均車速降至 18 km/h", None, sensor="SN-VD-HUANZHONG-01")
    s.add("1999", "road_damage", "11:15", "凱旋路靠近黎明路 柏油路面有坑洞", None, where=(120.6505, 24.1905), scatter=60)
    s.dup(a1, 4); s.dup(b1, 60)
    s.write("A weekday morning: a laboratory fire at the CMU Shuinan campus and, three minutes later and about 900 m "
            "west, an injury crash at 河南路/中平路. Two jobs at once, for two different crews.",
            [inc("A", "fire", "Laboratory fire, 4F, CMU Shuinan campus (經貿路一段), 10:42-11:31", a1),
             inc("B", "traffic", "Scooter/car injury crash at 河南路二段/中平路, 10:45-11:20, with queues on 河南路 and 中平路", b1)],
            alternative={"why": "The 10:50 1999 call on 中平路 mentions smoke and a blocked junction; a coordinator might file it with the crash (B) rather than with the fire.",
                         "incidents": [inc("A", "fire", "Laboratory fire, CMU Shuinan campus", a1),
                                       inc("B", "traffic", "Injury crash at 河南路/中平路", b1)]},
            readme={"happens": "A: lab fire at CMU Shuinan campus (FA-010 panel 10:42, 119, police, callers, out 11:31). B: scooter/car injury crash at 河南路/中平路 (10:45, CCTV-010, police, 119 ambulance, congestion on HENAN-02 and ZHONGPING-01, reopened 11:20), ~900 m apart, overlapping in time.",
                    "background": "a streetlight on by day, illegal parking and a full car park at 河南路停車場, a slow-down on 環中路, a pothole on 凱旋路.",
                    "debatable": "a 1999 caller between the two sites mentions smoke and a blocked junction: A, or B under the alternative."})

# ---------------------------------------------------------------- 1252
def s1252():
    s = Sit(1252, "jingmao_flood_spreading", "2026-06-09")
    r1 = s.add("rule", "heavy_rain", "15:05", "中央公園雨量站 時雨量 46.5 mm 達大雨標準", None, sensor="SN-RG-001", level="大雨", truth_alt="A")
    s.add("rule", "heavy_rain", "15:12", "北屯雨量站 時雨量 41.0 mm 達大雨標準", None, sensor="SN-RG-003", level="大雨")
    f1 = s.add("rule", "flood_depth", "15:22", "經貿路低窪處 淹水深度 6 cm", "A", sensor="SN-FL-008", level="1-15")
    c1 = s.add("1999", "flooding", "15:29", "經貿路三段靠近敦化路 路面積水，水溝在冒水", "A", where=(120.6595, 24.1828), scatter=80)
    s.add("rule", "water_level", "15:35", "水湳區域排水經貿路水位 1.45 m 達三級警戒", "A", sensor="SN-WL-003", level="3")
    s.add("1999", "blocked_drain", "15:38", "經貿路三段人行道旁水溝蓋被落葉塞住，水排不掉", "A", where=(120.6594, 24.1812), scatter=50)
    s.add("rule", "flood_depth", "15:41", "經貿路低窪處 淹水深度 19 cm", "A", sensor="SN-FL-008", level="16-30")
    s.add("1999", "flooding", "15:49", "經貿路往中平路方向 水已經淹到人行道", "A", where=(120.6593, 24.1790), scatter=80)
    s.add("rule", "water_level", "15:58", "水湳區域排水經貿路水位 1.83 m 達二級警戒", "A", sensor="SN-WL-003", level="2")
    t1 = s.add("1999", "fallen_tree", "16:01", "凱旋路靠近中科路那邊 行道樹被風吹倒，壓住一個車道", "B", where=(120.6515, 24.1860), scatter=60)
    s.add("rule", "flood_depth", "16:05", "經貿路低窪處 淹水深度 34 cm", "A", sensor="SN-FL-008", level=">30")
    s.add("1999", "flooding", "16:08", "經貿路三段 水淹到機車排氣管，機車熄火", "A", where=(120.6597, 24.1765), scatter=80)
    p1 = s.add("incident", "flooding_report", "16:12", "經貿路三段（敦化路至中平路）路面積水約30公分，車輛涉水緩行", "A", where=(120.6595, 24.1790), scatter=100, sev="Severe")
    s.add("incident", "fallen_object", "16:14", "凱旋路往南 中科路口前 路樹倒塌佔用外側車道，已通報養工處", "B", where=(120.6516, 24.1858), scatter=40)
    s.add("rule", "water_level", "16:20", "水湳區域排水經貿路水位 2.24 m 達一級警戒", "A", sensor="SN-WL-003", level="1")
    s.add("incident", "road_closure", "16:22", "經貿路三段 敦化路至中平路 雙向封閉，請改道中清路", "A", where=(120.6596, 24.1780), scatter=60, sev="Severe")
    s.add("rule", "congestion", "16:25", "經貿路車輛偵測器2 平均車速降至 7 km/h", "A", sensor="SN-VD-JINGMAO-02")
    s.add("1999", "flooding", "16:29", "中平路經貿路口 整個路口都是水", "A", where=(120.6603, 24.1738), scatter=60)
    sv = s.add("cctv", "stalled_vehicle", "16:34", "路口東側車輛停滯（疑涉水熄火）", "A", sensor="SN-CCTV-011", conf=0.71)
    rs = s.add("119", "rescue", "16:37", "西屯區經貿路/中平路口 自小客涉水熄火 車內2人受困 出動救助隊", "A", where=(120.6604, 24.1737), scatter=30, truth_alt="C")
    s.add("rule", "congestion", "16:41", "中平路車輛偵測器2 平均車速降至 9 km/h", "A", sensor="SN-VD-ZHONGPING-02")
    s.add("119", "rescue", "16:58", "經貿路/中平路口 受困2人已救出 無人受傷", "A", where=(120.6604, 24.1737), scatter=30, status="returning", truth_alt="C")
    s.add("1999", "fallen_tree", "16:20", "凱旋路的倒樹還沒人來處理，車子都在閃", "B", where=(120.6514, 24.1862), scatter=60, follows=t1, delay=300)
    s.add("rule", "flood_depth", "16:52", "經貿路低窪處 淹水深度 22 cm（水位下降）", "A", sensor="SN-FL-008", level="16-30")
    s.add("incident", "road_closure", "17:05", "經貿路三段積水已退至10公分以下，恢復雙向通行", "A", where=(120.6596, 24.1780), scatter=60, sev="Minor")
    # background
    s.add("1999", "streetlight", "15:40", "黎明路三段 路燈閃爍", None, where=(120.6470, 24.1925), scatter=80)
    s.add("parking", "full", "15:55", "水湳轉運中心停車場 汽車格位已滿", None, sensor="SN-PK-001")
    s.add("rule", "congestion", "16:48", "環中路車輛偵測器1 平均車速降至 16 km/h", None, sensor="SN-VD-HUANZHONG-01")
    s.add("1999", "noise", "16:30", "河南路停車場旁 工地雨天還在施工很吵", None, where=(120.6530, 24.1750), scatter=80)
    s.add("1999", "other", "16:05", "詢問明天垃圾車是否照常收運", None, where=(120.6450, 24.1800), scatter=200)
    s.dup(f1, 3); s.dup(p1, 45); s.dup(sv, 2)
    s.write("A June afternoon thunderstorm: water rises at the 經貿路 low point from 15:22 and spreads south along "
            "經貿路三段 to the 中平路 junction over about 90 minutes (closure, a car stalled in the water, rescue of its two "
            "occupants), while a tree blown down on 凱旋路 is a separate job.",
            [inc("A", "flood", "Flooding along 經貿路三段 from the low point near 敦化路 to the 中平路 junction, 15:22-17:05, with drainage level 1, closure and a rescue from a stalled car", p1),
             inc("B", "traffic", "Tree down across the outer lane of 凱旋路 near 中科路, 16:01 on", t1)],
            alternative={"why": "The rain-gauge alarm at the park is the cause of the flood and some coordinators file it with it; and the rescue of the two occupants, though in the flood, is a separate dispatch for the rescue team.",
                         "incidents": [inc("A", "flood", "Flooding along 經貿路三段 (with the park's heavy-rain alarm)", p1),
                                       inc("B", "traffic", "Tree down on 凱旋路", t1),
                                       inc("C", "rescue", "Two occupants trapped in a car stalled in the water at 經貿路/中平路", rs)]},
            readme={"happens": "A: flood along 經貿路三段 spreading from the FL-008 low point (15:22, 6 cm → 34 cm by 16:05) south to 經貿路/中平路 (16:29), WL-003 levels 3→2→1, 1999 calls moving south, police report and closure, congestion on JINGMAO-02 and ZHONGPING-02, a car stalled in the water (CCTV-011) and a 119 rescue, reopened 17:05. B: tree down on 凱旋路 near 中科路 (16:01, police 16:14, caller follow-up).",
                    "background": "the Beitun heavy-rain alarm, a flickering streetlight, a full car park at the hub, a slow-down on 環中路, a noise complaint, a question about rubbish collection; the park rain alarm is background under the main reading.",
                    "debatable": "the park's heavy-rain alarm (cause of A, or context) and the rescue of the stalled car's occupants (part of A, or its own rescue job C)."})

# ---------------------------------------------------------------- 1253
def s1253():
    s = Sit(1253, "eco_block_b_fire_call_burst", "2026-01-23")
    B = (120.659, 24.1815)
    a1 = s.add("fire_alarm", "alarm", "20:14:05", "水湳生態住宅 B區 集合住宅 火警受信總機 8F 第12區 偵煙探測器動作", "A", sensor="SN-FA-012")
    texts = [
        "敦化路一段那棟新大樓8樓陽台在冒火", "經貿路三段看到對面大樓有火光，很多黑煙", "我住B棟7樓，樓上有煙跑進來，走廊都是煙味",
        "中央公園散步看到東邊大樓起火", "敦化路這邊大樓失火，好像是廚房那邊", "水湳生態住宅B區著火了，趕快派消防車",
        "8樓有人在陽台喊救命", "火燒大樓，在經貿路跟敦化路那邊", "大樓冒濃煙，整條敦化路都是煙",
        "B棟火警警報一直響，住戶在往下跑", "我在公園滑板場，看到那邊大樓冒煙", "大樓火災，有火從窗戶竄出來",
        "敦化路一段靠近公園的大樓起火，已經看到火舌", "生態住宅那邊失火，煙很大", "我開車經過經貿路，右手邊大樓在燒",
        "那棟大樓8、9樓都是煙", "火警！B區集合住宅", "社區管委會通報：B棟8樓住戶廚房起火，已廣播疏散",
        "大樓失火，消防車到了沒", "敦化路煙很大看不到路", "一直有灰掉下來，是不是附近火災",
        "住戶說有老人還在9樓", "經貿路上都是煙，車子開很慢", "公園東側大樓起火，很多人圍觀",
        "大樓火災，我們在樓下集合，有人沒下來", "看到消防車進去了，但路邊停滿車",
    ]
    times = ["20:15", "20:15:40", "20:16", "20:16:30", "20:17", "20:17:20", "20:18", "20:18:30", "20:19", "20:19:30",
             "20:20", "20:20:40", "20:21", "20:22", "20:22:30", "20:23", "20:24", "20:25", "20:26", "20:27",
             "20:28", "20:29", "20:31", "20:33", "20:35", "20:38"]
    first = None
    for i, (tx, tm) in enumerate(zip(texts, times)):
        where, sc = B, 180
        if "公園" in tx:
            where, sc = (120.6565, 24.1815), 150
        if "經貿路" in tx:
            where, sc = (120.6596, 24.1830), 120
        cat = "fire_smoke"
        if "停滿車" in tx:
            cat = "illegal_parking"
        k = s.add("1999", cat, tm, tx, "A", where=where, scatter=sc)
        if first is None:
            first = k
        if i in (4, 12):
            s.dup(k, 90)
    f1 = s.add("119", "fire", "20:16", "北屯區敦化路一段 水湳生態住宅B區 8F住宅火警 出動水箱車3、雲梯車1、救護車2", "A", where=B, scatter=20, delay=30)
    s.add("incident", "fire_report", "20:19", "轉報：敦化路一段集合住宅8樓火警，派員到場交管並協助疏散", "A", where=B, scatter=40, sev="Severe")
    s.add("119", "fire", "20:24", "敦化路一段 集合住宅火警 第一梯次到場 8F一戶全面燃燒 延燒陽台", "A", where=B, scatter=20, status="on_scene", follows=f1)
    ca = s.add("fire_alarm", "alarm", "20:26", "水湳生態住宅 A區 集合住宅 火警受信總機 1F 第2區 偵煙探測器動作（排煙進氣口）", "A", sensor="SN-FA-011", truth_alt="C")
    s.add("incident", "road_closure", "20:30", "敦化路一段 經貿路至崇德路方向 管制封閉，供消防車輛作業", "A", where=(120.6598, 24.1812), scatter=40)
    s.add("119", "ambulance", "20:36", "敦化路一段火警現場 住戶2名嗆傷 送中國醫藥大學附設醫院", "A", where=B, scatter=20)
    s.add("fire_alarm", "normal", "20:44", "水湳生態住宅 A區 集合住宅 火警受信總機 1F 第2區 復歸", "A", sensor="SN-FA-011", truth_alt="C")
    s.add("119", "fire", "21:02", "敦化路一段 集合住宅火警 火勢撲滅 無人死亡 2人嗆傷送醫", "A", where=B, scatter=20, status="returning", follows=f1)
    # background
    s.add("1999", "fire_smoke", "20:33", "黎明路這邊有燒東西的味道", None, where=(120.6480, 24.1920), scatter=100, truth_alt="A")
    s.add("1999", "streetlight", "20:11", "中科路 路燈編號 XT-07731 不亮", None, where=(120.6534, 24.1880), scatter=60)
    s.add("1999", "noise", "20:40", "河南路二段 夜市攤販擴音器很吵", None, where=(120.6470, 24.1680), scatter=100)
    s.add("rule", "congestion", "20:12", "環中路車輛偵測器2 平均車速降至 19 km/h", None, sensor="SN-VD-HUANZHONG-02")
    s.add("parking", "full", "20:20", "臺中國際會展中心停車場 汽車格位已滿", None, sensor="SN-PK-006")
    s.add("1999", "illegal_parking", "20:50", "河南路停車場出口 機車違停", None, where=(120.6532, 24.1747), scatter=40)
    s.add("fire_alarm", "fault", "20:55", "中國醫藥大學水湳校區 火警受信總機 第7區 迴路斷線", None, sensor="SN-FA-010")
    s.dup(a1, 5)
    s.write("A Friday evening: a flat fire on 8F of eco-residential block B (敦化路一段). Twenty-six 1999 calls in "
            "23 minutes from residents, passers-by on 經貿路 and walkers in the park, all about the one fire; one 119 job.",
            [inc("A", "fire", "Flat fire, 8F, 水湳生態住宅 B區 (敦化路一段), 20:14-21:02, 2 smoke injuries, road closed for the appliances", a1)],
            alternative={"why": "Block A's panel went off 12 minutes later, on its ground-floor air intake; under a strict reading a separate crew must check block A (C). The far 黎明路 burning-smell call could be the same plume (A).",
                         "incidents": [inc("A", "fire", "Flat fire, block B", a1),
                                       inc("C", "fire", "Alarm in block A (smoke drawn in), to be checked", ca)]},
            readme={"happens": "A: flat fire in block B (FA-012 alarm 20:14), 26 1999 calls in 23 minutes scattered round the block, along 經貿路 and in the park (two delivered twice), 119 dispatch/on scene/out, police report and closure of 敦化路, two smoke injuries; block A's panel (FA-011) alarms at its air intake 20:26.",
                    "background": "a burning smell on 黎明路 1.3 km away, a dark streetlight, a night-market noise complaint, a slow-down on 環中路, a full car park at the convention centre, illegal parking at 河南路, a loop fault at CMU's panel.",
                    "debatable": "block A's alarm (A, or its own check C); the far burning-smell call (noise, or A)."})

# ---------------------------------------------------------------- 1254
def s1254():
    s = Sit(1254, "pop_center_concert_evening", "2026-04-25")
    V = (120.652, 24.185)
    pe = s.add("planned_event", "concert", "19:00", "臺中流行影音中心 戶外演唱會 預估2萬人 19:00-22:00 周邊交通管制", "A", where=V, ends="22:00", radius=450, delay=-7200)
    s.add("rule", "congestion", "18:20", "凱旋路車輛偵測器2 平均車速降至 12 km/h", "A", sensor="SN-VD-KAIXUAN-02")
    s.add("parking", "full", "18:25", "中央公園地下停車場(北) 汽車格位已滿", "A", sensor="SN-PK-004")
    s.add("parking", "full", "18:38", "中央公園地下停車場(南) 汽車格位已滿", "A", sensor="SN-PK-005")
    s.add("rule", "congestion", "18:42", "中科路車輛偵測器1 平均車速降至 9 km/h", "A", sensor="SN-VD-ZHONGKE-01")
    s.add("1999", "illegal_parking", "18:50", "凱旋路兩邊都是來聽演唱會的車併排停車", "A", where=(120.6512, 24.1840), scatter=120, truth_alt=None)
    s.add("1999", "crowding", "18:55", "流行影音中心入口排隊人潮擠到中科路車道上", "A", where=V, scatter=150)
    cc = s.add("incident", "crowd_control", "19:05", "流行影音中心入場人潮溢出至中科路 派員拉封鎖線引導", "A", where=V, scatter=100)
    amb = s.add("119", "ambulance", "20:15", "西屯區流行影音中心 演唱會觀眾1名女性昏倒 派遣救護車", "C", where=V, scatter=60, truth_alt="A")
    s.add("119", "ambulance", "20:33", "流行影音中心 昏倒觀眾送往澄清醫院中港院區", "C", where=V, scatter=60, status="returning", follows=amb, truth_alt="A")
    th = s.add("incident", "theft", "20:40", "流行影音中心西側入口 觀眾手機遭扒竊 報案人1名 嫌犯往凱旋路方向逃逸", "B", where=(120.6508, 24.1852), scatter=40)
    s.add("1999", "other", "20:52", "演唱會現場手機被偷，警察要去哪裡找", "B", where=V, scatter=150)
    s.add("1999", "noise", "21:10", "敦化路這邊演唱會音量太大，小孩睡不著", "A", where=(120.6585, 24.1840), scatter=150, truth_alt=None)
    ac = s.add("incident", "accident", "21:28", "黎明路三段凱旋路口 自小客追撞 無人受傷 車輛停於路口", "D", where=(120.64904, 24.19365), scatter=30, sev="Minor")
    cv = s.add("cctv", "stalled_vehicle", "21:27", "路口車輛停滯 2輛", "D", sensor="SN-CCTV-007", conf=0.78)
    s.add("incident", "accident", "21:50", "黎明路凱旋路口 事故車輛已移置路邊 恢復通行", "D", where=(120.64904, 24.19365), scatter=30, sev="Minor", follows=ac)
    s.add("incident", "crowd_control", "21:58", "演唱會散場 中科路、凱旋路實施人車分流管制", "A", where=V, scatter=100)
    s.add("rule", "congestion", "22:05", "凱旋路車輛偵測器2 平均車速降至 6 km/h", "A", sensor="SN-VD-KAIXUAN-02")
    s.add("1999", "crowding", "22:08", "散場人潮往轉運中心走，黎明路人行道塞爆", "A", where=(120.6525, 24.1920), scatter=150)
    s.add("rule", "congestion", "22:12", "黎明路車輛偵測器1 平均車速降至 10 km/h", "A", sensor="SN-VD-LIMING-01")
    s.add("rule", "congestion", "22:15", "中科路車輛偵測器1 平均車速降至 7 km/h", "A", sensor="SN-VD-ZHONGKE-01")
    s.add("1999", "noise", "22:40", "演唱會結束了還有人在公園喝酒喧嘩", "A", where=(120.6550, 24.1860), scatter=120, truth_alt=None)
    s.add("1999", "traffic_accident", "21:40", "黎明路凱旋路口剛剛有擦撞，車停在路中間", "D", where=(120.6493, 24.1935), scatter=80)
    # background
    s.add("1999", "streetlight", "19:30", "中央公園南邊步道 路燈不亮", None, where=(120.6560, 24.1770), scatter=100)
    s.add("fire_alarm", "fault", "19:48", "臺中綠美圖 火警受信總機 第4區 迴路異常", None, sensor="SN-FA-004")
    s.add("fire_alarm", "normal", "19:56", "臺中綠美圖 火警受信總機 第4區 復歸", None, sensor="SN-FA-004")
    s.add("rule", "congestion", "18:30", "環中路車輛偵測器4 平均車速降至 17 km/h", None, sensor="SN-VD-HUANZHONG-04")
    s.add("1999", "road_damage", "20:05", "河南路二段人孔蓋鬆動，車子壓過去很大聲", None, where=(120.6490, 24.1700), scatter=80)
    s.add("1999", "other", "21:20", "詢問公車末班車時間", None, where=(120.6530, 24.1970), scatter=100)
    s.dup(th, 120); s.dup(pe, 30)
    s.write("A Saturday evening concert at the 臺中流行影音中心: one crowd job from car parks filling to the egress, "
            "and in and around it a pickpocketing, a fan who fainted and a minor crash on 黎明路/凱旋路.",
            [inc("A", "crowd", "Concert at 臺中流行影音中心, 18:20-22:40: arrivals, full car parks, queues on 中科路, egress control, spill-over complaints", cc),
             inc("B", "public_safety", "Phone pickpocketed at the west entrance, 20:40", th),
             inc("C", "rescue", "Fan fainted inside, ambulance 20:15-20:33", amb),
             inc("D", "traffic", "Rear-end crash at 黎明路三段/凱旋路, 21:27-21:50", cv)],
            alternative={"why": "A coordinator running the event might log the fainted fan under the event's own job (the event's medical post), and treat parking and noise complaints as routine 1999 cases that belong to no job.",
                         "incidents": [inc("A", "crowd", "Concert at 臺中流行影音中心, including the fainted fan", cc),
                                       inc("B", "public_safety", "Pickpocketing at the west entrance", th),
                                       inc("D", "traffic", "Rear-end crash at 黎明路/凱旋路", cv)]},
            readme={"happens": "A: concert at the Pop Music Center 19:00-22:00 (permit, full car parks PK-004/005, congestion on KAIXUAN-02, ZHONGKE-01, LIMING-01, queues and egress control by police, noise and parking complaints). B: phone pickpocketed at 20:40. C: fan fainted at 20:15 (119 ambulance). D: rear-end crash at 黎明路/凱旋路 21:27 (CCTV-007, police, caller).",
                    "background": "a dark park path light, a fault and reset at the Museumbrary panel, a slow-down on 環中路, a loose manhole cover, a bus-timetable question.",
                    "debatable": "the fainted fan (own rescue job C, or part of the event A); the parking and noise complaints (A, or no job)."})

# ---------------------------------------------------------------- 1255
def s1255():
    s = Sit(1255, "taiwan_blvd_late_skewed_delivery", "2026-07-14")
    J = (120.63188, 24.17485); U = (120.6338, 24.176)
    # A: signal dark, controller stamps local time as UTC (+8 h skew)
    sg = s.add("signal", "fault", "07:42", "臺灣大道/環中路 號誌控制器 全紅閃/黑燈 故障", "A", sensor="SN-SIG-009", observed_shift=8 * 3600)
    sd = s.add("cctv", "signal_dark", "07:43:30", "路口號誌燈號偵測不到", "A", sensor="SN-CCTV-009", conf=0.91)
    c1 = s.add("1999", "traffic_signal", "07:46", "臺灣大道環中路口紅綠燈全部不亮，車子亂鑽", "A", where=J, scatter=120, delay=1500)
    s.add("incident", "traffic_signal_fault", "07:50", "臺灣大道與環中路口號誌故障 派員指揮交通 已通知交通局", "A", where=J, scatter=40)
    s.add("1999", "traffic_signal", "07:58", "臺灣大道環中路號誌還是壞的，早上上班塞爆", "A", where=J, scatter=150, follows=c1, delay=60)
    s.add("rule", "congestion", "08:00", "環中路車輛偵測器4 平均車速降至 8 km/h", "A", sensor="SN-VD-HUANZHONG-04", truth_alt="B")
    s.add("signal", "restored", "08:51", "臺灣大道/環中路 號誌控制器 恢復正常運作", "A", sensor="SN-SIG-009", observed_shift=8 * 3600)
    s.add("incident", "traffic_signal_fault", "08:55", "臺灣大道環中路口號誌已修復 撤回指揮員警", "A", where=J, scatter=40, sev="Minor")
    # B: underpass flooding; the sensor link backs up and delivers a batch late
    f1 = s.add("rule", "flood_depth", "07:35", "臺灣大道環中路口地下道 淹水深度 12 cm", "B", sensor="SN-FL-010", level="1-15", delay=1560)
    f2 = s.add("rule", "flood_depth", "07:45", "臺灣大道環中路口地下道 淹水深度 24 cm", "B", sensor="SN-FL-010", level="16-30", delay=1000)
    f3 = s.add("rule", "flood_depth", "07:55", "臺灣大道環中路口地下道 淹水深度 38 cm", "B", sensor="SN-FL-010", level=">30", delay=420)
    w1 = s.add("1999", "flooding", "07:52", "環中路地下道積水很深，有機車騎進去熄火", "B", where=U, scatter=100, delay=2400)
    s.add("1999", "flooding", "08:03", "剛剛報的地下道淹水，現在汽車也卡在裡面", "B", where=U, scatter=100, follows=w1, delay=90)
    rc = s.add("incident", "road_closure", "08:06", "環中路臺灣大道口地下道 積水封閉 車輛改走平面道路", "B", where=U, scatter=30, sev="Severe")
    s.add("cctv", "stalled_vehicle", "08:04", "地下道入口車輛停滯", "B", sensor="SN-CCTV-009", conf=0.64, delay=300)
    s.add("119", "rescue", "08:09", "西屯區環中路地下道 自小客涉水熄火 駕駛受困 出動救助隊", "B", where=U, scatter=30)
    s.add("119", "rescue", "08:31", "環中路地下道 受困駕駛已救出 無傷", "B", where=U, scatter=30, status="returning")
    s.add("rule", "flood_depth", "08:40", "臺灣大道環中路口地下道 淹水深度 14 cm（退水中）", "B", sensor="SN-FL-010", level="1-15")
    s.add("incident", "road_closure", "09:10", "環中路地下道積水已退 抽水完畢 恢復通行", "B", where=U, scatter=30, sev="Minor", follows=rc)
    s.add("rule", "heavy_rain", "07:30", "西屯雨量站 時雨量 52.0 mm 達大雨標準", None, sensor="C0F9T0", level="大雨", truth_alt="B")
    # background
    s.add("1999", "illegal_parking", "08:15", "臺灣大道三段 公車站前有車違停", None, where=(120.6260, 24.1790), scatter=80)
    s.add("1999", "streetlight", "08:20", "環中路二段 路燈白天亮著", None, where=(120.6400, 24.1870), scatter=80)
    s.add("rule", "congestion", "08:10", "河南路車輛偵測器1 平均車速降至 15 km/h", None, sensor="SN-VD-HENAN-01")
    s.add("1999", "other", "08:44", "詢問地下道何時可以通行", None, where=(120.6350, 24.1780), scatter=300, truth_alt="B")
    s.add("parking", "full", "08:30", "河南路停車場 汽車格位已滿", None, sensor="SN-PK-003")
    s.dup(rc, 40); s.dup(rc, 130); s.dup(f2, 2); s.dup(sg, 600)
    s.write("A July rush hour at 臺灣大道/環中路: the junction's signal goes dark (its controller stamps local time as "
            "UTC, eight hours off) while the underpass 250 m away floods; the flood sensor's link backs up and its "
            "alarms arrive 7-26 minutes late and out of order, a caller's follow-up arrives before the first call, "
            "and the police closure is delivered three times.",
            [inc("A", "traffic", "Dark signal at 臺灣大道/環中路, 07:42-08:55, police directing traffic", sd),
             inc("B", "flood", "Underpass at 臺灣大道/環中路 flooded, 07:35-09:10, a driver rescued", rc)],
            alternative={"why": "The queue at HUANZHONG-04 is upstream of both and may be the underpass closure's (B); the rain alarm and the citizen's question about reopening can be filed with B.",
                         "incidents": [inc("A", "traffic", "Dark signal at 臺灣大道/環中路", sd),
                                       inc("B", "flood", "Underpass flooded, with the rain alarm", rc)]},
            notes="Skew: SN-SIG-009's observed times are 8 h ahead (local clock stamped as UTC). Late: the SN-FL-010 batch (arrivals 07:56-08:02 for 07:35-07:55 readings) and the first 1999 calls (25-40 minutes in the case system).",
            readme={"happens": "A: signal SIG-009 dark 07:42-08:51 (controller clock +8 h), CCTV-009 dark signal, 1999 calls (the first late by 25 min, its follow-up earlier), police traffic control. B: underpass FL-010 flooding from 07:35 (alarms delivered late, out of order), closure delivered three times, a car stalled and its driver rescued, reopened 09:10.",
                    "background": "the 西屯 rain alarm, illegal parking, a streetlight on by day, a slow-down on 河南路, a question about the underpass, a full car park.",
                    "debatable": "the HUANZHONG-04 queue (A or B); the rain alarm and the reopening question (no job, or B)."})

# ---------------------------------------------------------------- 1256
def s1256():
    s = Sit(1256, "south_park_cabinet_offline", "2026-02-03")
    devs = ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]
    keys = {}
    for i, d in enumerate(devs):
        tm = "02:14:%02d" % (5 + i * 7)
        reason = "comms_lost" if d != "SN-PK-005" else None
        keys[d] = s.add("status", "offline", tm, "%s 連線中斷" % SENSORS[d]["name"], "A", sensor=d, reason=reason)
    first_alert = None
    for i, d in enumerate(devs):
        tm = "02:%02d" % (34 + i)
        k = s.add("rule", "sensor_offline", tm, "%s 超過20分鐘未回報資料" % SENSORS[d]["name"], "A", sensor=d)
        first_alert = first_alert or k
    s.add("rule", "sensor_offline", "03:34", "北屯雨量站 超過60分鐘未回報資料", "B", sensor="SN-RG-003")
    b1 = s.add("status", "offline", "03:31", "北屯雨量站 電池電壓過低 離線", "B", sensor="SN-RG-003", reason="battery_low")
    c1 = s.add("fire_alarm", "fault", "02:47", "水湳水資源回收中心 火警受信總機 第5區 探測器迴路斷線", "C", sensor="SN-FA-008", truth_alt=None)
    s.add("status", "offline", "03:00", "河南路車輛偵測器2 計畫維護 暫停回報", None, sensor="SN-VD-HENAN-02", reason="maintenance")
    s.add("planned_event", "road_works", "01:00", "河南路二段 管線維修 夜間施工 01:00-05:00 外側車道封閉", None, where=(120.6512, 24.1718), ends="05:00", radius=150, delay=-1800)
    s.add("status", "online", "05:05", "河南路車輛偵測器2 恢復連線", None, sensor="SN-VD-HENAN-02")
    for i, d in enumerate(devs):
        tm = "05:52:%02d" % (10 + i * 6)
        s.add("status", "online", tm, "%s 恢復連線" % SENSORS[d]["name"], "A", sensor=d)
    s.add("fire_alarm", "normal", "06:10", "水湳水資源回收中心 火警受信總機 第5區 復歸", "C", sensor="SN-FA-008", truth_alt=None)
    s.add("status", "online", "06:22", "北屯雨量站 更換電池 恢復連線", "B", sensor="SN-RG-003")
    # background
    s.add("1999", "noise", "02:55", "環中路有人飆車，排氣管很吵", None, where=(120.6430, 24.1890), scatter=200)
    s.add("1999", "streetlight", "03:20", "中平路 路燈編號 XT-09120 不亮", None, where=(120.6560, 24.1707), scatter=60)
    s.add("rule", "congestion", "05:40", "環中路車輛偵測器3 平均車速降至 20 km/h（施工車輛）", None, sensor="SN-VD-HUANZHONG-03")
    s.dup(keys["SN-FL-004"], 15); s.dup(b1, 8)
    s.write("A winter night: at 02:14 the five devices in the south of Central Park (ponds 3-5, the south pond level, "
            "the south car park) drop off within 30 seconds, one field cabinet's link; one job for the maintenance "
            "contractor until they return at 05:52. A rain gauge 3 km away dies of a flat battery (its own job) and "
            "a loop fault at the water reclamation centre's panel is a third, small one.",
            [inc("A", "infrastructure", "Field link of the south Central Park devices lost (FL-003/004/005, WL-002, PK-005), 02:14-05:52", keys["SN-FL-004"]),
             inc("B", "infrastructure", "Beitun rain gauge offline, battery low, 03:31-06:22", b1),
             inc("C", "infrastructure", "Detector loop fault at the water reclamation centre's fire panel, 02:47-06:10", c1)],
            alternative={"why": "A loop fault that resets by itself is often logged and left to the building's own maintenance, no job for the center.",
                         "incidents": [inc("A", "infrastructure", "Field link of the south Central Park devices lost", keys["SN-FL-004"]),
                                       inc("B", "infrastructure", "Beitun rain gauge offline, battery low", b1)]},
            notes="The registry names no gateway for these devices, so the items carry no `gateway` field; the shared cabinet is visible only through the near-simultaneous comms_lost statuses.",
            readme={"happens": "A: five devices in the south park go offline within 30 s at 02:14 (comms_lost; the car park's last will has no reason), offline alarms 02:34-02:38, back at 05:52. B: the Beitun rain gauge offline with a low battery 03:31, back 06:22. C: a loop fault at FA-008 02:47, reset 06:10.",
                    "background": "a planned detector maintenance on HENAN-02 under a road-works permit, a racing-noise complaint, a dark streetlight, a slow-down by works vehicles.",
                    "debatable": "C (a small job, or no job)."})


if __name__ == "__main__":
    for f in (s1251, s1252, s1253, s1254, s1255, s1256):
        f()
