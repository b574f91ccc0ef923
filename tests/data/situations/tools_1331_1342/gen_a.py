"""Situations 1331..1336 (seeded; rerun to regenerate)."""
from lib import Sit, inc, iso, offset, SENSORS
import datetime as dt

made = []


def s1331():
    S = Sit(1331, "henan_crash_and_carpark_car_fire", "2026-04-14 07:40")
    J = S.sp("SN-SIG-010")  # 河南路/中平路
    PK = S.sp("SN-PK-003")  # 河南路停車場, ~430 m NE of the junction
    # crash C at the junction
    c1 = S.rep("1999", "traffic_accident", S.near(*J, 40, 120), 8, "C", "河南路中平路口機車跟汽車擦撞，有人倒在地上")
    S.cctv("SN-CCTV-010", "accident", 8.5, "C", "路口偵測到車輛碰撞", 0.74, delay=50)
    p1 = S.rep("incident", "injury_accident", offset(*J, 12, -8), 11, "C", "河南路二段與中平路口 汽機車碰撞 機車騎士受傷", "Moderate")
    S.rep("119", "ambulance", offset(*J, 12, -8), 11.5, "C", "河南路中平路口車禍 一名騎士腿部受傷", units=["西屯分隊救護車"])
    S.cctv("SN-CCTV-010", "stalled_vehicle", 12, "C", "路口內車輛停滯", 0.66)
    S.rule("SN-VD-HENAN-02", "congestion", 16, "C", "河南路車輛偵測器2 平均車速降至 12 km/h")
    S.rule("SN-VD-ZHONGPING-01", "congestion", 19, "C", "中平路車輛偵測器1 平均車速降至 15 km/h")
    S.rep("1999", "traffic_accident", S.near(*J, 150, 400), 21, "C", "中平路往河南路塞住了，前面好像有車禍")
    S.rep("incident", "other", offset(*J, 12, -8), 52, "C", "事故車輛已拖離，河南路中平路口恢復通行", "Minor", follows=p1["key"])
    # car fire F in the car park
    f1 = S.rep("1999", "fire_smoke", S.near(*PK, 60, 200), 10, "F", "河南路停車場裡面有一台車在冒黑煙")
    S.dev("parking", "SN-PK-003", "closed", 14, "F", "停車場入口暫停開放")
    f2 = S.rep("119", "fire", offset(*PK, 20, 10), 12, "F", "河南路停車場 車輛火警 引擎室起火", units=["西屯分隊水箱車", "西屯分隊水庫車"])
    S.rep("1999", "fire_smoke", S.near(*PK, 200, 450), 13, "F", "河南路那邊一直冒煙，是不是火災")
    S.rep("1999", "fire_smoke", S.near(*J, 30, 90), 15, "F", "我在河南路中平路口看到停車場方向有濃煙",
          truth_alt="C")
    S.rep("119", "fire", offset(*PK, 20, 10), 19, "F", "已到場，車輛火勢控制中", status="on_scene", follows=f2["key"])
    S.rep("119", "fire", offset(*PK, 20, 10), 48, "F", "火勢撲滅 無人受傷", status="closed", follows=f2["key"])
    S.dev("parking", "SN-PK-003", "empty", 95, None, "停車場車位恢復開放")  # operator's later state, routine
    # background
    S.rep("1999", "illegal_parking", S.near(*J, 300, 700), 3, None, "中平路上有車停在紅線上")
    S.rep("1999", "streetlight", S.near(*PK, 300, 600), 30, None, "河南路三段編號XT-04421路燈白天也亮著")
    S.rep("1999", "noise", S.near(*J, 500, 900), 58, None, "工地一早就在打樁，很吵")
    S.rule("SN-VD-HUANZHONG-04", "congestion", 25, None, "環中路車輛偵測器4 尖峰車多 車速 18 km/h")
    S.write("Weekday morning 07:40-09:15. A scooter and a car collide at 河南路/中平路 at 07:48; four minutes later "
            "a car's engine catches fire inside 河南路停車場, about 430 m to the north-east. Two jobs at the same "
            "time a few hundred metres apart.",
            [inc("C", "traffic", "scooter/car injury collision at 河南路/中平路 with its queue", p1["key"]),
             inc("F", "fire", "car fire inside 河南路停車場", f2["key"])],
            {"why": "a caller standing at the crash junction reports the car park's smoke; one could file the call "
                    "with the crash where it was made",
             "incidents": [inc("C", "traffic", "crash, including the call made from the junction", p1["key"]),
                           inc("F", "fire", "car fire", f2["key"])]})
    return S


def s1332():
    S = Sit(1332, "jingmao_flood_spreads_90min", "2026-06-12 15:10")
    RG = "SN-RG-001"
    a = (120.65685, 24.19247)
    b = (120.6592, 24.184)
    c = (120.6605, 24.1725)
    S.rule(RG, "heavy_rain", 0, None, "中央公園雨量站 1小時雨量 46 mm", level="大雨")
    S.rule("SN-RG-002", "heavy_rain", 8, None, "水湳轉運中心雨量站 1小時雨量 41 mm", level="大雨")
    w3 = S.rule("SN-WL-003", "water_level", 14, "F1", "水湳區域排水經貿路水位 1.45 m 超過三級警戒", level="3")
    f1 = S.rule("SN-FL-008", "flood_depth", 20, "F1", "經貿路低窪處 淹水 9 cm", level="1-15")
    S.rep("1999", "blocked_drain", S.along(b, c, 0.15, 40), 24, "F1", "經貿路三段水溝蓋一直冒水出來，排不掉")
    k1 = S.rep("1999", "flooding", S.near(*S.sp("SN-FL-008"), 60, 200), 27, "F1", "經貿路敦化路附近路面積水到腳踝")
    S.rep("incident", "flooding_report", S.along(a, b, 0.92, 10), 31, "F1", "經貿路三段近敦化路 路面積水約15公分 車行緩慢", "Moderate")
    S.rule("SN-FL-008", "flood_depth", 35, "F1", "經貿路低窪處 淹水 22 cm", level="16-30")
    S.rule(RG, "heavy_rain", 40, None, "中央公園雨量站 3小時雨量 108 mm", level="豪雨")
    S.rule("SN-VD-JINGMAO-02", "congestion", 41, "F1", "經貿路車輛偵測器2 平均車速 9 km/h")
    S.rep("1999", "flooding", S.along(b, c, 0.35, 60), 43, "F1", "經貿路往中平路方向也開始淹水了，機車過不去")
    S.rule("SN-WL-003", "water_level", 45, "F1", "水湳區域排水經貿路水位 1.85 m 超過二級警戒", level="2")
    cl = S.rep("incident", "road_closure", S.along(b, c, 0.2, 10), 50, "F1", "經貿路三段 敦化路至中平路 雙向封閉 請改道中清路", "Severe")
    S.rep("1999", "flooding", S.along(a, b, 0.6, 60), 53, "F1", "綠美圖南邊經貿路上水越來越多，車子在路中間熄火")
    S.rule("SN-FL-008", "flood_depth", 55, "F1", "經貿路低窪處 淹水 37 cm", level=">30")
    S.rep("incident", "stalled_vehicle", S.along(b, c, 0.3, 10), 58, "F1", "經貿路三段 一輛自小客車涉水熄火受困", "Moderate")
    r = S.rep("119", "rescue", S.along(b, c, 0.3, 10), 61, "F1", "經貿路三段 車輛受困水中 駕駛待救", units=["北屯分隊救助隊"],
              truth_alt="R")
    S.rep("119", "rescue", S.along(b, c, 0.3, 10), 78, "F1", "駕駛已救出 無傷", status="closed", follows=r["key"], truth_alt="R")
    S.cctv("SN-CCTV-011", "flooding", 64, "F1", "路口路面積水", 0.81)
    S.rule("SN-WL-003", "water_level", 70, "F1", "水湳區域排水經貿路水位 2.25 m 超過一級警戒", level="1")
    S.rep("1999", "flooding", S.along(b, c, 0.85, 80), 76, "F1", "中平路經貿路口淹水，水很深")
    S.rep("1999", "flooding", S.along(a, b, 0.25, 80), 88, "F1", "經貿七路口也開始有積水，排水孔在倒灌")
    S.rep("1999", "flooding", S.along(a, b, 0.3, 250), 93, "F1", "住家前面經貿路的水淹進騎樓了")
    S.rule("SN-FL-008", "flood_depth", 150, "F1", "經貿路低窪處 淹水深度降至 4 cm", level="1-15")
    S.rule("SN-FL-008", "cleared", 182, "F1", "經貿路低窪處 淹水解除")
    S.rep("incident", "road_reopened", S.along(b, c, 0.2, 10), 196, "F1", "經貿路三段積水已退 恢復通行", "Minor", follows=cl["key"])
    # second, separate flood at 黎明路/凱旋路
    g = S.rule("SN-FL-009", "flood_depth", 50, "F2", "黎明路凱旋路口低窪處 淹水 12 cm", level="1-15")
    S.rep("1999", "flooding", S.near(*S.sp("SN-FL-009"), 50, 250), 57, "F2", "黎明路凱旋路口淹水，機車騎不過去")
    S.rule("SN-FL-009", "flood_depth", 66, "F2", "黎明路凱旋路口低窪處 淹水 24 cm", level="16-30")
    S.rep("1999", "flooding", S.near(*S.sp("SN-FL-009"), 150, 500), 71, "F2", "凱旋路靠黎明路那段積水很深")
    S.rule("SN-FL-009", "cleared", 140, "F2", "黎明路凱旋路口低窪處 淹水解除")
    # a tree down across 中科路
    t1 = S.rep("1999", "fallen_tree", (120.65352, 24.18372), 38, "T", "中科路上一棵路樹倒下來擋住兩個車道")
    S.rep("incident", "fallen_object", (120.65349, 24.18355), 47, "T", "中科路 路樹倒塌 占用內側兩車道", "Moderate")
    # background: ponds filling as designed, routine calls
    S.rule("SN-WL-001", "water_level", 60, None, "中央公園北滯洪池水位 2.1 m 超過三級警戒", level="3")
    S.rule("SN-FL-003", "flood_depth", 48, None, "中央公園滯洪池3 水深 11 cm", level="1-15")
    S.rep("1999", "streetlight", S.near(120.652, 24.179, 100, 300), 84, None, "逢甲水湳校區旁邊路燈閃爍")
    S.rep("1999", "noise", S.near(120.645, 24.19, 100, 400), 20, None, "隔壁冷氣室外機很吵")
    S.write("Summer afternoon 15:10-18:30, a thunderstorm (大雨, then 豪雨). The regional drain along 經貿路 overtops: "
            "the low point by 敦化路 floods first (15:30) and the water spreads along 經貿路三段 north to 經貿七路 and "
            "south to 中平路 over about 90 minutes; police close the road, a car stalls and its driver is rescued; "
            "the road reopens at 18:26. Meanwhile 黎明路/凱旋路 floods on its own and a tree falls across 中科路.",
            [inc("F1", "flood", "經貿路三段 flooding spreading along the road, closure, stalled car rescue", k1["key"]),
             inc("F2", "flood", "separate ponding at 黎明路/凱旋路 low point", g["key"]),
             inc("T", "traffic", "tree down across 中科路", t1["key"])],
            {"why": "the fire bureau's rescue of the trapped driver may be kept as its own rescue job",
             "incidents": [inc("F1", "flood", "經貿路 flood", k1["key"]), inc("F2", "flood", "黎明路 ponding", g["key"]),
                           inc("T", "traffic", "tree", t1["key"]), inc("R", "rescue", "driver trapped in floodwater", r["key"])]},
            notes="Rain-gauge alerts and the detention pond filling are the weather and the ponds working as designed: background.")
    return S


def s1333():
    S = Sit(1333, "ecoblock_b_night_fire_calls", "2026-01-17 02:00")
    FA = S.sp("SN-FA-012")
    a = S.dev("fire_alarm", "SN-FA-012", "alarm", 4, "F", "7F 偵煙探測器動作 火警")
    f = S.rep("119", "fire", offset(*FA, 15, -10), 7, "F", "北屯區敦化路一段 生態住宅B區 7樓住宅火警", units=["北屯分隊", "水湳分隊", "雲梯車"])
    first = None
    texts = ["敦化路那邊大樓失火了，火很大", "生態住宅B區有一戶窗戶在冒火", "經貿路這邊聞到很重的燒焦味，看到濃煙",
             "我住對面，B棟七樓著火", "大樓冒黑煙，救護車來了嗎", "火災！有人在陽台呼救", "濃煙飄到我們這邊，眼睛好刺",
             "敦化路一段火警，消防車還沒到", "B區七樓火燒起來了", "有看到火光，快派人", "聽到爆炸聲，然後一直冒煙",
             "社區大樓起火，住戶都跑出來了", "我在經貿路上看到大樓著火", "生態住宅失火", "好大的煙，是哪裡失火"]
    n = 0
    calls = []
    for i in range(34):
        t = 5 + S.rng.expovariate(1 / 7.0)
        if t > 45:
            t = 45 - S.rng.random() * 10
        it = S.rep("1999", "fire_smoke", S.near(*FA, 50, 600), round(t, 2), "F", texts[i % len(texts)])
        calls.append(it)
    for it in calls[:4]:
        S.dup(it, S.rng.randint(20, 400))
    S.rep("119", "fire", offset(*FA, 15, -10), 12, "F", "第一車到場 7樓火勢猛烈", status="on_scene", follows=f["key"])
    r = S.rep("119", "rescue", offset(*FA, 10, -5), 13, "F", "8樓住戶受困陽台 請求雲梯救援", units=["雲梯車"])
    S.cctv("SN-CCTV-011", "smoke", 9, "F", "畫面北側偵測到煙霧", 0.62)
    S.rep("incident", "road_closure", offset(*FA, -60, 20), 19, "F", "敦化路一段 經貿路至中清路段 因火警封閉", "Severe")
    fa11 = S.dev("fire_alarm", "SN-FA-011", "alarm", 21, "F", "3F 梯間偵煙探測器動作", truth_alt="FA")
    S.rep("1999", "evacuation", S.near(*S.sp("SN-FA-011"), 20, 80), 27, "F", "A區也被要求撤離，煙飄過來了", truth_alt="FA")
    S.rep("119", "ambulance", offset(*FA, 10, -5), 29, "F", "住戶吸入濃煙 2名送醫", units=["北屯分隊救護車"])
    S.dev("fire_alarm", "SN-FA-011", "normal", 64, "F", "火警受信總機復歸", truth_alt="FA")
    S.rep("119", "fire", offset(*FA, 15, -10), 118, "F", "火勢撲滅 殘火處理中", status="on_scene", follows=f["key"])
    S.rep("119", "fire", offset(*FA, 15, -10), 205, "F", "殘火處理完畢 收隊", status="closed", follows=f["key"])
    S.dev("fire_alarm", "SN-FA-012", "normal", 212, "F", "火警受信總機復歸")
    S.rep("1999", "other", S.near(*FA, 100, 400), 250, "F", "昨晚火災那棟附近空氣還安全嗎？可以開窗嗎", truth_alt=None)
    # background
    S.rep("1999", "noise", (120.6605, 24.1945), 11, None, "中清路上有改裝車一直在飆車很吵")
    S.rep("incident", "theft", (120.6531, 24.1972), 26, None, "水湳轉運中心 機車遭竊", "Minor")
    S.rep("1999", "streetlight", S.near(120.6505, 24.182, 0, 200), 40, None, "凱旋路路燈不亮一盞")
    S.rule("SN-VD-ZHONGQING-02", "congestion", 33, None, "中清路車輛偵測器2 深夜施工 車速 14 km/h")
    S.write("Winter night 02:00-06:15. A flat fire on the 7th floor of 生態住宅 B區 (96 homes). Panel alarm at 02:04, "
            "119 at 02:07, and 34 citizen calls (four delivered twice) from people scattered 50-600 m around, mostly in "
            "the first 25 minutes; a resident trapped on a balcony, two taken to hospital, 敦化路 closed, the smoke "
            "sets off the stair detector of neighbouring block A whose residents are sent out. Fire out ~04:00, "
            "crews leave 05:25.",
            [inc("F", "fire", "residential fire at 生態住宅B區 with its rescue, casualties, road closure and the smoke reaching block A", a["key"])],
            {"why": "block A's panel alarm and evacuation could be dispatched as a check of block A of its own; a "
                    "next-morning question about the air is no job",
             "incidents": [inc("F", "fire", "block B fire", a["key"]),
                           inc("FA", "fire", "smoke ingress alarm and evacuation at block A", fa11["key"])]},
            notes="The panel alarm of a residential block is sufficient to open a fire job at night.")
    return S


def s1334():
    S = Sit(1334, "popmusic_concert_evening", "2026-10-24 18:00")
    V = S.sp("SN-FA-006")  # 臺中流行影音中心
    pe = S.rep("planned_event", "concert", offset(*V, 0, 0), 90, "E", "臺中流行影音中心 戶外演唱會 預估 12,000 人",
               delay=-6 * 86400, ends=iso(S.base + dt.timedelta(minutes=270)), radius_m=800)
    S.dev("fire_alarm", "SN-FA-006", "fault", 55, None, "迴路3 斷線故障")
    S.rule("SN-VD-KAIXUAN-02", "congestion", 68, "E", "凱旋路車輛偵測器2 平均車速 11 km/h")
    S.dev("parking", "SN-PK-004", "full", 74, "E", "中央公園地下停車場(北) 車位已滿")
    S.rep("incident", "crowd_control", (120.6512, 24.1868), 80, "E", "凱旋路影音中心入口 人潮管制 開放單向進場", "Minor")
    S.rep("1999", "crowding", S.near(*V, 150, 400), 94, "E", "影音中心外面人擠人，人行道都走不過去")
    S.rep("1999", "illegal_parking", (120.6519, 24.1893), 101, "E", "凱旋路兩側整排違停，看演唱會的車", truth_alt=None)
    S.rep("1999", "illegal_parking", (120.6536, 24.1912), 112, "E", "中科路紅線上停滿車", truth_alt=None)
    S.dev("parking", "SN-PK-006", "full", 104, "E", "會展中心停車場 車位已滿", truth_alt=None)
    th = S.rep("incident", "theft", S.near(*V, 20, 80), 152, "P", "影音中心草地區 觀眾手機遭扒竊", "Minor")
    S.rep("1999", "other", S.near(*V, 30, 120), 158, "P", "我的包包在演唱會場被偷了，要找誰")
    m = S.rep("119", "ambulance", S.near(*V, 20, 60), 171, "M", "影音中心演唱會 女性觀眾昏倒 意識不清", units=["水湳分隊救護車"])
    S.rep("119", "ambulance", S.near(*V, 20, 60), 190, "M", "已送醫", status="returning", follows=m["key"])
    cp = (120.65338, 24.18140)
    c = S.rep("incident", "accident", offset(*cp, 5, 5), 203, "C", "中科路 機車與自小客車擦撞 無人受傷", "Minor")
    S.rep("1999", "traffic_accident", S.near(*cp, 80, 250), 205, "C", "中科路有車禍，兩台車停在路中間")
    S.rule("SN-VD-ZHONGKE-01", "congestion", 210, "C", "中科路車輛偵測器1 平均車速 8 km/h", truth_alt="E")
    lp = (120.6501, 24.1889)
    l1 = S.rep("incident", "missing_person", lp, 256, "L", "凱旋路散場出口 6歲男童與家人走散 穿藍色上衣", "Moderate")
    S.rep("1999", "missing_person", S.near(*lp, 100, 300), 259, "L", "我兒子散場的時候走丟了，在凱旋路那邊")
    S.rep("incident", "other", lp, 281, "L", "走失男童已尋獲 交還家長", "Minor", follows=l1["key"])
    S.rule("SN-VD-KAIXUAN-02", "congestion", 268, "E", "凱旋路車輛偵測器2 散場車流 平均車速 7 km/h")
    S.cctv("SN-CCTV-007", "crowding", 274, "E", "路口人群聚集 往黎明路移動", 0.79, motion="moving")
    S.rule("SN-VD-LIMING-01", "congestion", 279, "E", "黎明路車輛偵測器1 平均車速 12 km/h")
    S.rep("1999", "noise", S.near(*S.sp("SN-FA-011"), 0, 100), 305, "E", "演唱會散場後外面還是很吵，一堆人在大聲喧嘩", truth_alt=None)
    # background
    S.rep("1999", "streetlight", S.near(120.6595, 24.175, 0, 150), 140, None, "中平路經貿路附近路燈不亮")
    S.rep("1999", "other", S.near(120.657, 24.1915, 0, 150), 230, None, "綠美圖旁邊垃圾桶滿出來")
    S.rule("SN-VD-HUANZHONG-01", "congestion", 120, None, "環中路車輛偵測器1 車速 19 km/h")
    S.write("Saturday evening 18:00-23:10: an outdoor concert at 臺中流行影音中心 (permit 19:30-22:30, 800 m, "
            "12,000 people). The crowd, parking and traffic around it are one event-safety job. Within it, small "
            "unrelated jobs: a pickpocketing (20:32), a fan who faints (20:51), a minor collision on 中科路 (21:23) "
            "and a lost boy at egress (22:16, found 22:41).",
            [inc("E", "crowd", "concert crowd and traffic management (permit, crowding, car parks full, egress)", pe["key"]),
             inc("P", "public_safety", "pickpocketed phone at the concert", th["key"]),
             inc("M", "rescue", "fan fainted, ambulance", m["key"]),
             inc("C", "traffic", "minor collision on 中科路", c["key"]),
             inc("L", "rescue", "lost 6-year-old boy at egress", l1["key"])],
            {"why": "illegal parking complaints, the convention centre car park and the late noise complaint are "
                    "routine (background) for some coordinators; the 中科路 slowdown may be the egress traffic rather "
                    "than the collision",
             "incidents": [inc("E", "crowd", "concert", pe["key"]), inc("P", "public_safety", "theft", th["key"]),
                           inc("M", "rescue", "fainting", m["key"]), inc("C", "traffic", "collision", c["key"]),
                           inc("L", "rescue", "lost boy", l1["key"])]},
            notes="The permit arrived six days ahead; its observed time is the start. The panel fault at the venue is a maintenance matter (background).")
    return S


def s1335():
    S = Sit(1335, "huanzhong_zhongke_crash_messy_delivery", "2026-03-09 07:20")
    J = S.sp("SN-SIG-003")  # 中科路/環中路二段
    # CCTV backlog: the camera's events arrive ~31 minutes late
    S.cctv("SN-CCTV-003", "accident", 5, "C", "路口偵測到車輛碰撞", 0.83, delay=1860)
    S.cctv("SN-CCTV-003", "stalled_vehicle", 6, "C", "路口內車輛停滯", 0.71, delay=1805)
    c1 = S.rep("1999", "traffic_accident", S.near(*J, 80, 300), 6, "C", "環中路中科路口三台車追撞，塞很長")
    S.dup(c1, 95)
    # police first report keyed in late; its follow-up arrives first
    p = S.rep("incident", "injury_accident", offset(*J, -15, 5), 8, "C", "環中路二段與中科路口 三車追撞 1人頸部受傷", "Moderate", delay=1500)
    S.dup(p, 2)
    S.dup(p, 610)
    S.rep("incident", "stalled_vehicle", offset(*J, -25, 3), 20, "C", "追撞車輛待拖吊 占用外側車道", "Minor", follows=p["key"], delay=30)
    a = S.rep("119", "ambulance", offset(*J, -15, 5), 9, "C", "環中路中科路口車禍 1人受傷", units=["水湳分隊救護車"])
    S.rep("119", "ambulance", offset(*J, -15, 5), 17, "C", "到場", status="on_scene", follows=a["key"])
    S.rep("119", "ambulance", offset(*J, -15, 5), 30, "C", "送醫完畢", status="closed", follows=a["key"])
    # a caller whose phone app stamps local time as UTC (observed 8 h early), another with a clock 4 min fast
    S.rep("1999", "traffic_accident", S.near(*J, 150, 500), 11, "C", "環中路往中清方向完全不動，前面車禍", skew_s=-8 * 3600)
    S.rep("1999", "traffic_accident", S.near(*J, 200, 600), 13, "C", "中科路口車禍，警察到了沒", skew_s=240)
    S.rule("SN-VD-HUANZHONG-02", "congestion", 12, "C", "環中路車輛偵測器2 平均車速 7 km/h")
    S.rule("SN-VD-JINGMAO-01", "congestion", 16, "C", "經貿路車輛偵測器1 平均車速 13 km/h", delay=400)
    S.rep("incident", "road_reopened", offset(*J, -15, 5), 61, "C", "事故車輛已拖離 環中路二段恢復通行", "Minor", follows=p["key"])
    S.rule("SN-VD-HUANZHONG-02", "cleared", 72, "C", "環中路車輛偵測器2 車速恢復")
    # separate: wrong-way driver at 台74/環中 ~500 m west
    W = S.sp("SN-CCTV-001")
    w = S.cctv("SN-CCTV-001", "wrong_way", 33, "W", "偵測到逆向行駛車輛", 0.88, delay=900)
    w2 = S.rep("incident", "wrong_way_driver", offset(*W, 40, -30), 35, "W", "台74線下匝道往環中路 有機車逆向", "Severe")
    S.dup(w2, 45)
    S.rep("incident", "other", offset(*W, 40, -30), 44, "W", "逆向機車已攔停 駕駛酒測值超標", "Minor", follows=w2["key"])
    # background
    S.dev("parking", "SN-PK-001", "full", 25, None, "轉運中心停車場 通勤尖峰 車位已滿")
    S.dev("fire_alarm", "SN-FA-001", "fault", 40, None, "探測器迴路故障")
    S.dev("fire_alarm", "SN-FA-001", "normal", 75, None, "受信總機復歸")
    sl = S.rep("1999", "streetlight", S.near(120.6485, 24.1945, 0, 200), 3, None, "黎明路凱旋路附近路燈整夜亮到早上還沒關")
    S.dup(sl, 30)
    S.write("Monday morning rush 07:20-08:40. A three-car rear-end collision at 環中路二段/中科路 (07:25). Its "
            "evidence arrives badly: the junction camera's events 31 minutes late, the police report keyed in 25 "
            "minutes late and delivered three times (its tow follow-up arrives first), a caller's app stamps local "
            "time as UTC (8 h early), another's clock is 4 min fast. At 07:53 a drunk scooter rider goes the wrong "
            "way off the 台74 ramp 500 m west: a separate stop.",
            [inc("C", "traffic", "three-car rear-end collision at 環中路/中科路, one hurt, lane blocked until 08:21", c1["key"]),
             inc("W", "traffic", "wrong-way scooter at 台74/環中路 ramp, stopped by police", w2["key"])],
            notes="The camera's wrong-way event is also 15 min late; the police report is sufficient.")
    return S


def s1336():
    S = Sit(1336, "park_cabinet_offline_and_power_cut", "2026-08-03 13:00")
    GW = "SN-GW-CP-CAB01"
    park = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]
    first = None
    for i, sid in enumerate(park):
        st = S.dev("status", sid, "offline", 0.2 + i * 0.05, "G", "裝置離線", gateway=GW)
        if i == 3:
            first = st
    S.dev("status", "SN-FL-003", "offline", 0.3, "G", "通訊中斷", gateway=GW, reason="comms_lost", key="1336-status-fl003-reason")
    for i, sid in enumerate(park):
        r = S.rule(sid, "sensor_offline", 10 + i * 0.4, "G", SENSORS[sid]["name"] + " 超過回報週期未回報", gateway=GW)
    for i, sid in enumerate(park[:6]):
        S.dev("status", sid, "online", 188 + i * 0.3, "G", "裝置恢復連線", gateway=GW)
    # power cut in the south-east: the 經貿路/中平路 signal goes dark
    sig = S.dev("status", "SN-SIG-011", "offline", 40, "P", "市電中斷", reason="mains_power_lost")
    sf = S.dev("signal", "SN-SIG-011", "fault", 40.1, "P", "號誌控制器失電 黑燈", truth_alt="S")
    S.dev("fire_alarm", "SN-FA-008", "fault", 40.5, "P", "主電源 停電 切換備用電池")
    S.cctv("SN-CCTV-011", "signal_dark", 42, "P", "號誌黑燈", 0.9, truth_alt="S")
    S.rep("1999", "power_outage", S.near(*S.sp("SN-FA-010"), 50, 300), 43, "P", "中國醫大水湳校區這邊整片停電")
    S.rep("1999", "traffic_signal", S.near(*S.sp("SN-SIG-011"), 40, 200), 45, "P", "經貿路中平路口紅綠燈都不亮，很危險", truth_alt="S")
    S.rep("1999", "power_outage", S.near(120.662, 24.176, 50, 300), 48, "P", "家裡突然停電，冷氣都停了")
    S.rule("SN-VD-ZHONGPING-02", "congestion", 50, "P", "中平路車輛偵測器2 平均車速 10 km/h", truth_alt="S")
    S.rep("incident", "traffic_signal_fault", S.sp("SN-SIG-011"), 52, "P", "經貿路中平路口號誌黑燈 派員指揮交通", "Moderate", truth_alt="S")
    S.rep("1999", "traffic_signal", S.near(*S.sp("SN-SIG-011"), 100, 500), 57, "P", "中平路號誌故障，車子亂鑽", truth_alt="S")
    S.dev("signal", "SN-SIG-011", "restored", 121, "P", "號誌恢復正常", truth_alt="S")
    S.dev("status", "SN-SIG-011", "online", 121, "P", "恢復連線")
    S.dev("fire_alarm", "SN-FA-008", "normal", 123, "P", "市電恢復 受信總機復歸")
    # planned maintenance of a detector: no job
    S.dev("status", "SN-VD-HENAN-01", "offline", 20, None, "定期維護", reason="maintenance")
    S.rule("SN-VD-HENAN-01", "sensor_offline", 30, None, "河南路車輛偵測器1 未回報（維護中）")
    S.dev("status", "SN-VD-HENAN-01", "online", 95, None, "維護完成 恢復連線")
    # underpass sensor battery low: a small maintenance job
    b = S.dev("status", "SN-FL-006", "offline", 70, "B", "電池電量不足", reason="battery_low", truth_alt=None)
    S.rule("SN-FL-006", "sensor_offline", 80, "B", "中清環中路口地下道 淹水感測器離線", truth_alt=None)
    # background
    S.rep("1999", "streetlight", S.near(120.649, 24.168, 0, 200), 50, None, "河南路二段一盞路燈不亮")
    S.rep("1999", "illegal_parking", S.near(120.6528, 24.1972, 50, 200), 64, None, "轉運中心前面有車並排停車")
    S.write("Weekday afternoon 13:00-16:15. The Central Park field cabinet loses its uplink: all eight park sensors "
            "(five pond flood sensors, two pond water levels, the park rain gauge) go offline within a minute and "
            "return ~16:08. At 13:40 a mains power cut in the south-east darkens the 經貿路/中平路 signal, puts the "
            "water reclamation centre's panel on battery and leaves homes without power until 15:01. A detector's "
            "planned maintenance and a flood sensor's flat battery are also reported.",
            [inc("G", "infrastructure", "Central Park field cabinet (gateway SN-GW-CP-CAB01) uplink lost: 8 sensors offline", first["key"]),
             inc("P", "infrastructure", "mains power cut south-east: dark signal at 經貿路/中平路, homes and the reclamation centre", sf["key"]),
             inc("B", "infrastructure", "underpass flood sensor SN-FL-006 battery flat", b["key"])],
            {"why": "the dark signal with its traffic control may be dispatched as a traffic job of its own (police and "
                    "signal contractor) apart from the power company's job; a flat battery may be left to routine maintenance",
             "incidents": [inc("G", "infrastructure", "cabinet offline", first["key"]),
                           inc("P", "infrastructure", "power cut", sig["key"]),
                           inc("S", "traffic", "dark signal at 經貿路/中平路", sf["key"])]},
            notes="The gateway id is the cabinet named on the rule and status items; the registry names none.")
    return S


if __name__ == "__main__":
    for fn in (s1331, s1332, s1333, s1334, s1335, s1336):
        fn()
    print("gen_a done")
