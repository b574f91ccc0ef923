"""Writes the hold-out situations 31-42 (jsonl + truth.json). Run: python3 build.py

The truth in here was decided by reading each situation as a coordinator would
(see README.md); nothing here is derived from the project's code or rules.
"""
from build_lib import Situation


def s31():
    S = Situation(31, "morning_rush_three_crashes", "2026-03-17",
                  "Tuesday morning rush (07:30-08:25 local). Within ten minutes three unrelated crashes happen on three "
                  "different roads: a three-car rear-end on 環中路二段 at 中科路 (no injuries), a car-scooter crash at "
                  "河南路/中平路 (rider hurt, ambulance) and a car hitting a cyclist at 經貿路二段/經貿七路 (student hurt, "
                  "ambulance). Ordinary rush-hour slow-downs at the 中清 interchange and a double-parking complaint are "
                  "background.")
    bg1 = S.rule("congestion", "SN-VD-ZHONGQING-01", "07:31:00", "Minor",
                 "中清路車輛偵測器1 平均車速 18 km/h，車流壅塞", truth=None)
    S.c1999("07:38:20", "illegal_parking", 120.6552, 24.1950,
            "經貿路二段黎明路口有車輛併排停車，影響車流", truth=None)
    a1 = S.cctv("SN-CCTV-003", "stalled_vehicle", "07:46:40", 0.78, 120.6519, 24.1977, truth="crash_huanzhong",
                arrival="07:46:52")
    a2 = S.c1999("07:47:30", "traffic_accident", 120.6518, 24.1976,
                 "環中路二段往中清路方向、靠近中科路口，三台汽車追撞，占用內側車道", truth="crash_huanzhong",
                 arrival="07:48:40")
    a3 = S.police("07:48:10", "traffic_accident", "Minor", 120.6520, 24.1977,
                  "環中路二段與中科路口東向三車追撞，無人受傷，占用內側車道，已派員處理", truth="crash_huanzhong",
                  arrival="07:49:30")
    b1 = S.c1999("07:49:20", "traffic_accident", 120.6504, 24.1712,
                  "河南路與中平路口機車跟汽車擦撞，騎士倒在路上", truth="crash_henan", arrival="07:50:05")
    b2 = S.cctv("SN-CCTV-010", "stalled_vehicle", "07:49:50", 0.71, 120.6502, 24.1712, truth="crash_henan")
    b3 = S.f119("07:50:00", "ambulance", 120.6502, 24.1711,
                "河南路中平路口車禍，機車騎士一名腳部受傷，意識清楚，派遣救護車", truth="crash_henan",
                arrival="07:50:40")
    S.dup(b3, "07:52:10")
    S.rule("congestion", "SN-VD-HUANZHONG-02", "07:50:30", "Moderate",
           "環中路車輛偵測器2 平均車速 9 km/h，車流壅塞", truth="crash_huanzhong")
    b4 = S.police("07:51:00", "traffic_accident", "Moderate", 120.6503, 24.1711,
                  "河南路與中平路口汽機車碰撞，機車騎士一人受傷送醫，現場處理中", truth="crash_henan",
                  arrival="07:53:00")
    c1 = S.cctv("SN-CCTV-006", "stalled_vehicle", "07:53:30", 0.64, 120.6570, 24.1926, truth="crash_jingmao7")
    c2 = S.c1999("07:54:10", "traffic_accident", 120.6568, 24.1924,
                 "經貿路二段與經貿七路口，汽車左轉撞到騎腳踏車的學生", truth="crash_jingmao7", arrival="07:55:00")
    S.f119("07:55:00", "ambulance", 120.6569, 24.1925,
           "經貿路二段經貿七路口自行車與汽車碰撞，學生一名手肘擦傷", truth="crash_jingmao7", arrival="07:55:40")
    S.rule("congestion", "SN-VD-HUANZHONG-03", "07:55:40", "Minor",
           "環中路車輛偵測器3 平均車速 21 km/h，車流壅塞", truth=None, alt="crash_huanzhong")
    S.rule("congestion", "SN-VD-HENAN-02", "07:56:00", "Moderate",
           "河南路車輛偵測器2 平均車速 11 km/h，車流壅塞", truth="crash_henan")
    S.police("07:57:00", "traffic_accident", "Minor", 120.6569, 24.1925,
             "經貿路二段與經貿七路口自小客車左轉與自行車碰撞，自行車騎士輕傷", truth="crash_jingmao7",
             arrival="07:59:10")
    S.c1999("07:58:00", "traffic_accident", 120.6525, 24.1979,
            "環中路中科路口車禍，後面塞了很長", truth="crash_huanzhong")
    S.police("08:05:00", "traffic_accident", "Minor", 120.6520, 24.1977,
             "環中路二段中科路口事故車輛已移置路邊，內側車道恢復通行", truth="crash_huanzhong", follows=a3,
             arrival="08:06:30")
    S.device("fire_alarm", "SN-FA-009", "fault", "08:12:00", truth=None)
    S.police("08:20:00", "traffic_accident", "Moderate", 120.6503, 24.1711,
             "河南路中平路口傷者已送醫，肇事車輛移置完畢，現場處理完畢", truth="crash_henan", follows=b4,
             arrival="08:22:00")
    S.incident("crash_huanzhong", "traffic_accident",
               "三車追撞，環中路二段東向近中科路口，無人受傷，占用內側車道", a2)
    S.incident("crash_henan", "traffic_accident", "汽機車碰撞，河南路/中平路口，騎士受傷送醫", b1)
    S.incident("crash_jingmao7", "traffic_accident", "汽車左轉撞自行車，經貿路二段/經貿七路口，學生輕傷", c2)
    S.alternative("The 07:55 slow-down at 環中路 detector 3 (500 m east of the rear-end, downstream of it for "
                  "east-bound traffic and next to the 中清 interchange that is congested every morning) is read as "
                  "ordinary rush hour in the main reading; a coordinator who attributes every slow-down on 環中路 that "
                  "morning to the crash would attach it.",
                  [("crash_huanzhong", "traffic_accident", "三車追撞，環中路二段近中科路口（含環中路東段壅塞）", a2),
                   ("crash_henan", "traffic_accident", "汽機車碰撞，河南路/中平路口", b1),
                   ("crash_jingmao7", "traffic_accident", "汽車撞自行車，經貿路二段/經貿七路口", c2)])
    S.note("The CCTV stalled-vehicle detections come first but do not by themselves say what happened; the first "
           "report that describes a crash is taken as sufficient. The 中清路 detector-1 slow-down at 07:31 predates all "
           "crashes. The 逢甲 campus panel fault at 08:12 is equipment, not an incident.")
    return S.write()


def s32():
    S = Situation(32, "bus_fire_on_the_move", "2026-05-08",
                  "Friday afternoon. An intercity bus leaves 水湳轉運中心 at about 15:02 with its engine bay smoking, "
                  "drives west along 環中路二段 past 中科路, 凱旋路 and the 台74 ramp while people report smoke at each "
                  "point, and stops burning on the 環中路 shoulder just west of the 台74 ramp (outside the zone). "
                  "Evidence positions move about 800 m along the road; it is one vehicle fire. The transit hub's panel "
                  "fault earlier is maintenance.")
    S.device("fire_alarm", "SN-FA-001", "fault", "14:40:00", truth=None)
    S.device("fire_alarm", "SN-FA-001", "normal", "14:52:00", truth=None)
    S.c1999("14:48:00", "streetlight", 120.6500, 24.1943,
            "黎明路三段路燈白天一直亮著沒關", truth=None)
    f1 = S.c1999("15:04:20", "fire_smoke", 120.6520, 24.1978,
                 "環中路二段中科路口有一台客運巴士車尾一直冒白煙，往台74線方向開走了", truth="bus_fire",
                 arrival="15:05:30")
    S.cctv("SN-CCTV-003", "smoke", "15:05:10", 0.55, 120.6515, 24.1976, truth="bus_fire")
    c2 = S.cctv("SN-CCTV-002", "smoke", "15:06:30", 0.82, 120.6476, 24.1964, truth="bus_fire")
    S.dup(c2, 30)
    f119 = S.f119("15:07:40", "fire", 120.6445, 24.1927,
                  "環中路二段台74線匝道西側路肩，大客車引擎室起火，司機表示乘客已自行下車", truth="bus_fire",
                  arrival="15:08:10")
    S.police("15:08:00", "fire_report", "Severe", 120.6447, 24.1929,
             "環中路二段近台74線匝道，行駛中大客車火燒車，乘客 23 人已疏散至路旁，請消防支援", truth="bus_fire",
             arrival="15:09:30")
    S.c1999("15:08:30", "fire_smoke", 120.6460, 24.1940,
            "環中路有一台巴士燒起來了，黑煙很大", truth="bus_fire")
    S.cctv("SN-CCTV-001", "stalled_vehicle", "15:09:00", 0.90, 120.6462, 24.1942, truth="bus_fire")
    S.cctv("SN-CCTV-001", "smoke", "15:09:30", 0.93, 120.6462, 24.1942, truth="bus_fire")
    S.rule("congestion", "SN-VD-HUANZHONG-02", "15:11:00", "Moderate",
           "環中路車輛偵測器2 平均車速 10 km/h，車流壅塞", truth="bus_fire")
    rc = S.police("15:12:00", "road_closure", "Moderate", 120.6450, 24.1932,
                  "環中路二段西向凱旋路至台74線匝道以西路段封閉外側兩車道，供消防車作業", truth="bus_fire",
                  arrival="15:13:40")
    S.c1999("15:14:00", "fire_smoke", 120.6420, 24.1900,
            "環中路那邊燒車的黑煙飄到我們社區，味道很重", truth="bus_fire")
    S.rule("congestion", "SN-VD-HUANZHONG-01", "15:15:00", "Minor",
           "環中路車輛偵測器1 平均車速 23 km/h，車流壅塞", truth="bus_fire")
    S.device("parking", "SN-PK-001", "full", "15:20:00", truth=None)
    S.f119("15:26:00", "fire", 120.6445, 24.1927,
           "環中路二段大客車火警，火勢已撲滅，無人受傷，持續降溫中", truth="bus_fire", follows=f119,
           arrival="15:26:40")
    S.police("15:40:00", "road_closure", "Minor", 120.6450, 24.1932,
             "環中路二段西向外側車道恢復通行，故障大客車待拖吊", truth="bus_fire", follows=rc, arrival="15:42:00")
    S.incident("bus_fire", "fire",
               "行駛中大客車火燒車，自水湳轉運中心出發沿環中路二段西行，停於台74線匝道西側路肩", f119)
    S.note("The first 1999 call (white smoke from a moving bus) and the first CCTV smoke detection do not yet say a "
           "vehicle is on fire nor where it will be; the 119 call with a fixed position and 起火 is the sufficient "
           "evidence. Positions run from 中科路 (120.652) to 120.6445; a grouping that insists on one point would "
           "split it. The hub car park being full on a Friday afternoon and the hub panel fault/normal are "
           "background.")
    return S.write()


def s33():
    S = Situation(33, "march_closure_disturbance", "2026-09-19",
                  "Saturday. A permitted march (14:00-16:00) gathers at the north end of 中央公園 and walks up 經貿路 "
                  "to the plaza of 臺中國際會展中心; police close 經貿路二段 for it, loudspeaker noise draws 1999 "
                  "complaints and the closure runs an hour past the permit. At 15:12 marchers and a counter-group "
                  "push and fight on the plaza; one man is hurt. The fight is a new police job with its own ambulance; "
                  "the rest is the planned event.")
    p = S.permit("14:00:00", "march", 120.6565, 24.1895,
                 "集會遊行許可：「守護中台灣空氣」遊行，14:00 中央公園北側集合，沿經貿路二段至臺中國際會展中心前廣場，"
                 "預計 16:00 結束，申請人數 3,000 人", ends="16:00:00", arrival="08:00:00", truth="march")
    S.c1999("13:20:00", "illegal_parking", 120.6540, 24.1710,
            "中平路兩側一直有車違規停車", truth=None)
    S.device("parking", "SN-PK-004", "full", "13:35:00", truth="march")
    S.cctv("SN-CCTV-006", "crowding", "13:50:00", 0.70, 120.6568, 24.1920, truth="march")
    rc = S.police("14:05:00", "road_closure", "Moderate", 120.6572, 24.1915,
                  "經貿路二段（經貿七路至黎明路段）配合集會遊行實施交通管制，車輛改道", truth="march",
                  arrival="14:06:30")
    S.rule("congestion", "SN-VD-JINGMAO-02", "14:10:00", "Minor",
           "經貿路車輛偵測器2 平均車速 19 km/h，車流壅塞", truth="march")
    S.c1999("14:20:00", "noise", 120.6585, 24.1900,
            "遊行宣傳車擴音器太大聲，家裡小孩在睡覺", truth="march")
    S.c1999("14:30:00", "streetlight", 120.6490, 24.1800,
            "凱旋路靠近逢甲水湳校區路燈故障，編號 XT-27781", truth=None)
    S.cctv("SN-CCTV-005", "crowding", "14:35:00", 0.85, 120.6548, 24.1950, truth="march")
    S.rule("congestion", "SN-VD-JINGMAO-01", "14:40:00", "Moderate",
           "經貿路車輛偵測器1 平均車速 12 km/h，車流壅塞", truth="march")
    cc = S.police("14:50:00", "crowd_control", "Minor", 120.6550, 24.1945,
                  "遊行隊伍抵達會展中心前廣場，約 2,500 人，秩序良好", truth="march", arrival="14:52:00")
    d1 = S.police("15:12:00", "public_disturbance", "Moderate", 120.6552, 24.1950,
                  "會展中心前廣場遊行民眾與反對團體發生推擠拉扯，有人動手，請求警力支援", truth="fight",
                  arrival="15:13:10", alt="march")
    S.c1999("15:13:00", "other", 120.6554, 24.1952,
            "會展中心門口有兩群人在打架", truth="fight", alt="march")
    S.cctv("SN-CCTV-005", "crowding", "15:15:00", 0.90, 120.6553, 24.1952, truth="march")
    S.f119("15:18:00", "ambulance", 120.6551, 24.1949,
           "會展中心前廣場民眾推擠衝突，一名男子頭部撕裂傷流血，派遣救護車", truth="fight", alt="march",
           arrival="15:18:40")
    S.police("15:25:00", "public_disturbance", "Moderate", 120.6552, 24.1950,
             "已將雙方隔離，帶回 2 人釐清案情，傷者送醫", truth="fight", follows=d1, alt="march",
             arrival="15:27:00")
    S.device("fire_alarm", "SN-FA-008", "fault", "15:40:00", truth=None)
    S.police("15:50:00", "crowd_control", "Minor", 120.6550, 24.1945,
             "遊行延後結束，主辦單位預計 16:40 解散", truth="march", follows=cc, arrival="15:51:30")
    S.rule("congestion", "SN-VD-LIMING-01", "16:20:00", "Moderate",
           "黎明路車輛偵測器1 平均車速 13 km/h，車流壅塞", truth="march")
    S.police("16:30:00", "road_closure", "Moderate", 120.6572, 24.1915,
             "經貿路二段交通管制延長至 17:00", truth="march", follows=rc, arrival="16:31:20")
    S.c1999("16:45:00", "noise", 120.6560, 24.1960,
            "遊行都結束了宣傳車還在會展中心前面廣播", truth="march")
    S.police("17:05:00", "road_closure", "Minor", 120.6572, 24.1915,
             "經貿路二段交通管制解除，恢復通行", truth="march", follows=rc, arrival="17:06:10")
    S.incident("march", "planned_event",
               "核准集會遊行：中央公園北側至會展中心前廣場，經貿路二段交通管制（延長至 17:00）", p)
    S.incident("fight", "public_safety", "會展中心前廣場遊行民眾與反對團體推擠鬥毆，一人頭部受傷送醫", d1)
    S.alternative("A coordinator who leaves everything that happens inside a permitted march to the march's police "
                  "detail would keep the scuffle, its ambulance and its follow-up in the march job.",
                  [("march", "planned_event", "集會遊行（含前廣場推擠衝突與傷者）", p)])
    S.note("The CCTV crowding on the plaza at 15:15 is the march crowd that was already there; it is not specific to "
           "the fight. The park car park being full at 13:35 is taken as marchers arriving (Saturday, 25 min before "
           "assembly). The overrun closure after 16:00 still belongs to the march.")
    return S.write()


def s34():
    S = Situation(34, "building_fire_many_positions", "2026-11-06",
                  "Friday night. Fire in a backstage store of 臺中流行影音中心. The panel reports at the building; the "
                  "119 caller is across 中科路; police report from the 凱旋路 entrance; residents in 十二期 (400 m west), "
                  "near the 逢甲 campus (600 m south) and in 中央公園 report smoke or a burning smell; fire engines slow "
                  "凱旋路 and 中科路. Twelve minutes in, smoke drawn into the 逢甲水湳校區 building sets its panel off; "
                  "it resets 17 minutes later.")
    S.c1999("22:30:00", "noise", 120.6500, 24.1760,
            "中平路附近有人在放鞭炮，很吵", truth=None)
    a = S.device("fire_alarm", "SN-FA-006", "alarm", "22:41:05", truth="fire_popmusic", arrival="22:41:08")
    S.dup(a, "22:46:00")
    c119 = S.f119("22:43:00", "fire", 120.6535, 24.1853,
                  "報案人在中科路對面，看到流行影音中心後方冒出濃煙", truth="fire_popmusic", arrival="22:43:20")
    S.c1999("22:44:00", "fire_smoke", 120.6487, 24.1838,
            "從家裡陽台看到水湳那邊有火光跟很濃的煙", truth="fire_popmusic")
    S.police("22:44:30", "fire_report", "Severe", 120.6509, 24.1862,
             "凱旋路流行影音中心入口，建物後台冒煙，現場員工疏散中", truth="fire_popmusic", arrival="22:46:20")
    S.rule("congestion", "SN-VD-KAIXUAN-02", "22:47:00", "Moderate",
           "凱旋路車輛偵測器2 平均車速 12 km/h，車流壅塞", truth="fire_popmusic")
    S.police("22:48:00", "road_closure", "Moderate", 120.6512, 24.1855,
             "凱旋路流行影音中心路段封閉，供消防車輛作業", truth="fire_popmusic", arrival="22:49:30")
    S.f119("22:50:00", "fire", 120.6520, 24.1850,
           "第一梯次抵達，流行影音中心後台倉庫起火，搶救中", truth="fire_popmusic", follows=c119,
           arrival="22:50:30")
    S.c1999("22:52:00", "fire_smoke", 120.6522, 24.1795,
            "逢甲水湳校區附近聞到很重的燒焦味", truth="fire_popmusic")
    fa9 = S.device("fire_alarm", "SN-FA-009", "alarm", "22:53:10", truth="alarm_fcu_campus",
                   alt="fire_popmusic")
    S.rule("congestion", "SN-VD-ZHONGKE-01", "22:55:00", "Minor",
           "中科路車輛偵測器1 平均車速 22 km/h，車流壅塞", truth="fire_popmusic")
    S.device("fire_alarm", "SN-FA-006", "fault", "22:58:00", truth="fire_popmusic")
    S.c1999("23:00:00", "fire_smoke", 120.6575, 24.1890,
            "在中央公園散步一直聞到煙味，不知道哪裡燒起來", truth="fire_popmusic")
    S.device("fire_alarm", "SN-FA-009", "normal", "23:10:00", truth="alarm_fcu_campus", alt="fire_popmusic")
    S.f119("23:20:00", "fire", 120.6520, 24.1850,
           "流行影音中心火勢已控制，無人受傷，殘火處理中", truth="fire_popmusic", follows=c119,
           arrival="23:20:40")
    S.device("fire_alarm", "SN-FA-006", "normal", "23:45:00", truth="fire_popmusic")
    S.incident("fire_popmusic", "fire", "臺中流行影音中心後台倉庫火災；各來源位置分散於建物、中科路、凱旋路及周邊", a)
    S.incident("alarm_fcu_campus", "fire",
               "逢甲大學水湳校區火警受信總機動作（疑為煙霧被吸入建物），需另派人確認，17 分鐘後復歸", fa9)
    S.alternative("The campus panel is 600 m south, downwind, and goes off 12 minutes into a fire whose smoke is "
                  "already smelled there; a coordinator who trusts that explanation treats it as part of the fire and "
                  "sends no one separately.",
                  [("fire_popmusic", "fire", "臺中流行影音中心火災（含煙霧觸發逢甲水湳校區警報）", a)])
    S.note("A panel alarm in a public building is enough to open a fire job. The panel's fault at 22:58 (fire "
           "damaging its circuits) and its normal at 23:45 belong to the fire. The firecracker complaint at 22:30 is "
           "1 km south and 11 minutes earlier: background.")
    return S.write()


def s35():
    S = Situation(35, "rain_drain_pond_no_flood", "2026-06-12",
                  "Friday afternoon thunderstorm over 水湳 (1 h rain above 40 mm at three gauges). The Central Park "
                  "detention ponds fill as designed (level warnings 3 then 2 at the north pond, depth on the pond "
                  "floors), a citizen worries that the park is flooding, a blocked grate on 黎明路三段 leaves a few "
                  "centimetres of water at the curb and at the 黎明/凱旋 low point, and a street tree falls into the "
                  "slow lane of 經貿路. No road floods. Only the blocked drain and the tree are jobs.")
    S.rule("heavy_rain", "SN-RG-001", "14:50:00", "Moderate", "中央公園雨量站 時雨量 46 mm，達大雨標準",
           level="大雨", truth=None)
    S.rule("heavy_rain", "C0F9T0", "14:55:00", "Moderate", "西屯雨量站 時雨量 42 mm，達大雨標準",
           level="大雨", truth=None)
    S.rule("heavy_rain", "SN-RG-002", "15:00:00", "Moderate", "水湳轉運中心雨量站 時雨量 44 mm，達大雨標準",
           level="大雨", truth=None)
    d1 = S.c1999("15:05:00", "blocked_drain", 120.6510, 24.1942,
                 "黎明路三段靠近凱旋路的水溝蓋被落葉塞住，路邊積水約 5 公分，機車經過會濺水", truth="drain_liming")
    S.rule("water_level", "SN-WL-001", "15:10:00", "Minor", "中央公園北滯洪池水位 2.05 m，達三級警戒",
           level="3", truth=None, alt="pond_watch")
    S.rule("flood_depth", "SN-FL-002", "15:12:00", "Minor", "中央公園滯洪池2 淹水深度 12 cm",
           level="1-15", truth=None, alt="pond_watch")
    d2 = S.c1999("15:18:00", "blocked_drain", 120.6508, 24.1941,
                 "黎明路凱旋路口排水孔堵住，雨水排不掉", truth="drain_liming")
    S.dup(d2, "15:20:30")
    w2 = S.rule("water_level", "SN-WL-001", "15:25:00", "Moderate", "中央公園北滯洪池水位 2.58 m，達二級警戒",
                level="2", truth=None, alt="pond_watch")
    S.rule("flood_depth", "SN-FL-001", "15:28:00", "Moderate", "中央公園滯洪池1 淹水深度 24 cm",
           level="16-30", truth=None, alt="pond_watch")
    S.c1999("15:30:00", "flooding", 120.6560, 24.1875,
            "中央公園滯洪池水好滿，旁邊步道都淹到了，是不是淹水了", truth=None, alt="pond_watch")
    S.rule("flood_depth", "SN-FL-009", "15:35:00", "Minor", "黎明路凱旋路口低窪處 淹水深度 8 cm",
           level="1-15", truth="drain_liming")
    S.rule("water_level", "SN-WL-002", "15:40:00", "Minor", "中央公園南滯洪池水位 2.10 m，達三級警戒",
           level="3", truth=None, alt="pond_watch")
    S.rule("congestion", "SN-VD-KAIXUAN-01", "15:45:00", "Minor", "凱旋路車輛偵測器1 平均車速 24 km/h，車流壅塞",
           truth=None)
    t1 = S.c1999("15:50:00", "fallen_tree", 120.6595, 24.1860,
                 "經貿路旁一棵路樹被風雨吹倒，倒在慢車道上", truth="tree_jingmao")
    S.rule("water_level", "SN-WL-003", "15:52:00", "Minor", "水湳區域排水經貿路水位 1.46 m，達三級警戒",
           level="3", truth=None)
    S.police("16:05:00", "fallen_object", "Minor", 120.6594, 24.1862,
             "經貿路慢車道路樹倒伏，已放置三角錐警示，請養工單位處理", truth="tree_jingmao", arrival="16:06:40")
    S.c1999("16:30:00", "streetlight", 120.6530, 24.1770,
            "河南路停車場旁路燈不亮，編號 XT-31205", truth=None)
    S.c1999("17:10:00", "blocked_drain", 120.6510, 24.1942,
            "已派員清除黎明路三段水溝蓋落葉，積水已退", truth="drain_liming", follows=d1, arrival="17:11:00")
    S.incident("drain_liming", "infrastructure",
               "黎明路三段近凱旋路排水孔被落葉阻塞，路邊及黎明凱旋低窪處積水數公分，派員清除", d1)
    S.incident("tree_jingmao", "infrastructure", "經貿路路樹倒伏占用慢車道，需移除", t1)
    S.alternative("A more cautious coordinator opens a flood watch on the Central Park detention ponds once the north "
                  "pond reaches warning level 2 (the pond-floor depth readings and the worried 1999 call then belong to "
                  "it) even though the ponds are doing what they were built for and no road floods.",
                  [("drain_liming", "infrastructure", "黎明路三段排水孔阻塞積水", d1),
                   ("tree_jingmao", "infrastructure", "經貿路路樹倒伏", t1),
                   ("pond_watch", "flood", "中央公園滯洪池水位上升至二級警戒，監看", w2)])
    S.note("Detention ponds filling in a storm and heavy-rain alerts are weather context, not jobs. The 8 cm at the "
           "黎明/凱旋 low point is the same blocked drainage 360 m downhill and is fixed by the same crew. The 經貿路 "
           "drainage channel at warning level 3 (the lowest) is watched but sends no one.")
    return S.write()


def s36():
    S = Situation(36, "power_cut_dark_signals_crash", "2026-01-20",
                  "Tuesday evening peak. At 18:10 a power feeder trips in the north-west of the zone: four signals "
                  "(台74/環中, 凱旋/環中, 中科/環中, 黎明/凱旋) go dark, three cameras and three vehicle detectors drop "
                  "off; shops lose power. At 18:24 two cars collide at the dark 黎明路/凱旋路 signal, one person hurt. "
                  "Power returns at 18:52. A camera at 河南/中平 that blinked offline for three minutes at 17:30 is "
                  "background.")
    S.status("SN-CCTV-010", "offline", "17:30:00", truth=None)
    S.status("SN-CCTV-010", "online", "17:33:00", truth=None)
    g2 = S.device("signal", "SN-SIG-002", "fault", "18:10:05", truth="power_cut")
    g7 = S.device("signal", "SN-SIG-007", "fault", "18:10:06", truth="power_cut")
    S.dup(g7, "18:11:30")
    S.device("signal", "SN-SIG-001", "fault", "18:10:06", truth="power_cut")
    S.device("signal", "SN-SIG-003", "fault", "18:10:07", truth="power_cut")
    o1 = S.status("SN-CCTV-002", "offline", "18:10:10", truth="power_cut", alt="devices_offline")
    S.status("SN-CCTV-007", "offline", "18:10:10", truth="power_cut", alt="devices_offline")
    S.status("SN-CCTV-001", "offline", "18:10:11", truth="power_cut", alt="devices_offline")
    S.status("SN-VD-KAIXUAN-01", "offline", "18:10:12", truth="power_cut", alt="devices_offline")
    S.cctv("SN-CCTV-003", "signal_dark", "18:11:00", 0.88, truth="power_cut")
    S.c1999("18:12:00", "traffic_signal", 120.6477, 24.1966,
            "凱旋路環中路口紅綠燈全暗，車子亂成一團", truth="power_cut")
    S.rule("sensor_offline", "SN-VD-LIMING-01", "18:13:10", "Minor", "黎明路車輛偵測器1 逾 3 分鐘未回傳資料",
           truth="power_cut", alt="devices_offline")
    S.rule("sensor_offline", "SN-VD-HUANZHONG-02", "18:13:15", "Minor", "環中路車輛偵測器2 逾 3 分鐘未回傳資料",
           truth="power_cut", alt="devices_offline")
    S.c1999("18:14:00", "other", 120.6495, 24.1932,
            "黎明路凱旋路這一帶停電，整排店家都沒電", truth="power_cut")
    S.police("18:15:00", "traffic_signal_fault", "Moderate", 120.6480, 24.1962,
             "環中路二段、凱旋路一帶多處路口號誌因停電熄滅，已派員至路口指揮交通", truth="power_cut",
             arrival="18:16:40")
    S.rule("congestion", "SN-VD-HUANZHONG-01", "18:18:00", "Moderate", "環中路車輛偵測器1 平均車速 11 km/h，車流壅塞",
           truth="power_cut")
    k1 = S.c1999("18:24:30", "traffic_accident", 120.6492, 24.1938,
                 "黎明路凱旋路口紅綠燈沒亮，兩台車在路口撞在一起", truth="crash_dark_signal", arrival="18:25:20")
    S.f119("18:25:00", "ambulance", 120.6491, 24.1937,
           "黎明路三段凱旋路口車禍，一名駕駛胸痛，派遣救護車", truth="crash_dark_signal", arrival="18:25:35")
    k3 = S.police("18:26:00", "traffic_accident", "Moderate", 120.6491, 24.1936,
                  "黎明路三段與凱旋路口號誌停電熄滅，兩車路口碰撞，一人受傷", truth="crash_dark_signal",
                  arrival="18:27:30")
    S.c1999("18:27:00", "traffic_signal", 120.6488, 24.1939,
            "黎明路凱旋路口號誌黑燈，請趕快派人", truth="power_cut")
    S.police("18:35:00", "traffic_accident", "Moderate", 120.6491, 24.1936,
             "傷者已送醫，事故車輛已拖離，路口由員警指揮", truth="crash_dark_signal", follows=k3,
             arrival="18:36:30")
    S.device("parking", "SN-PK-001", "full", "18:40:00", truth=None)
    for sid, t in (("SN-SIG-002", "18:52:01"), ("SN-SIG-001", "18:52:02"), ("SN-SIG-003", "18:52:02"),
                   ("SN-SIG-007", "18:52:03")):
        S.device("signal", sid, "restored", t, truth="power_cut")
    for sid, t in (("SN-CCTV-002", "18:52:40"), ("SN-CCTV-001", "18:52:45"), ("SN-CCTV-007", "18:52:50"),
                   ("SN-VD-KAIXUAN-01", "18:53:05")):
        S.status(sid, "online", t, truth="power_cut", alt="devices_offline")
    S.incident("power_cut", "infrastructure",
               "水湳西北區饋線跳電：四處號誌熄滅、三支監視器與三具車輛偵測器斷線，18:52 復電", g2)
    S.incident("crash_dark_signal", "traffic_accident", "黎明路三段/凱旋路口號誌熄滅時兩車碰撞，一人受傷送醫", k1)
    S.alternative("Some centres dispatch dark signals (traffic bureau contractor, police at the crossings) and dead "
                  "cameras/detectors (the devices' maintainers) as two jobs even with one cause.",
                  [("power_cut", "infrastructure", "停電致四處號誌熄滅（號誌、路口指揮）", g2),
                   ("devices_offline", "technical", "同次停電致監視器與車輛偵測器斷線", o1),
                   ("crash_dark_signal", "traffic_accident", "黎明路/凱旋路口兩車碰撞", k1)])
    S.note("The crash happened because of the dark signal but needs its own ambulance and police report, so it is its "
           "own job; the 1999 call at 18:27 about the dark signal at the crash crossing still belongs to the outage. "
           "The first signal fault is actionable on its own (contractor within 2 h), so it is sufficient.")
    return S.write()


def s37():
    S = Situation(37, "hazmat_tanker_crash", "2026-04-14",
                  "Tuesday morning on 中清路二段 east of the zone. A chemical tanker carrying sulphuric acid and a car "
                  "collide; the car's driver is trapped. Seven minutes later the overturned tanker is found leaking, "
                  "with white fumes; residents downwind smell acid; 中清路 is closed both ways and traffic spills onto "
                  "中平路. Main reading: one hazmat job (one scene, one incident commander).")
    S.c1999("10:05:00", "noise", 120.6800, 24.1900,
            "北屯這邊工地一早就在打地基，很吵", truth=None)
    p1 = S.police("10:21:00", "traffic_accident", "Severe", 120.6648, 24.1848,
                  "中清路二段南下車道化學槽車與自小客車碰撞，槽車側翻，自小客車駕駛受困", truth="tanker",
                  alt="tanker_crash", arrival="10:22:10")
    S.f119("10:21:40", "rescue", 120.6649, 24.1847,
           "中清路二段車禍，自小客車駕駛受困車內，需破壞器材", truth="tanker", alt="tanker_crash",
           arrival="10:22:15")
    S.c1999("10:22:00", "traffic_accident", 120.6652, 24.1843,
            "中清路有一台槽車跟轎車撞在一起，槽車翻倒", truth="tanker", alt="tanker_crash")
    amb = S.f119("10:23:00", "ambulance", 120.6648, 24.1848,
                 "中清路二段車禍，傷患一名受困，派遣救護車", truth="tanker", alt="tanker_crash",
                 arrival="10:23:30")
    S.rule("congestion", "SN-VD-ZHONGQING-02", "10:24:00", "Moderate",
           "中清路車輛偵測器2 平均車速 8 km/h，車流壅塞", truth="tanker", alt="tanker_crash")
    h1 = S.police("10:28:00", "hazmat_report", "Severe", 120.6648, 24.1848,
                  "側翻槽車閥門滲漏，疑為硫酸，現場有白色煙霧，請求消防局化災搶救小組", truth="tanker",
                  alt="tanker_leak", arrival="10:29:00")
    S.f119("10:29:00", "hazmat", 120.6648, 24.1848,
           "中清路二段槽車洩漏，化學災害，派遣化學災害搶救車", truth="tanker", alt="tanker_leak",
           arrival="10:29:30")
    S.c1999("10:31:00", "gas_odor", 120.6665, 24.1835,
            "家裡聞到很刺鼻的酸味，眼睛很不舒服", truth="tanker", alt="tanker_leak")
    rc = S.police("10:33:00", "road_closure", "Severe", 120.6650, 24.1855,
                  "中清路二段事故路段雙向封閉，車輛請改道", truth="tanker", alt="tanker_leak", arrival="10:34:20")
    S.rule("congestion", "SN-VD-ZHONGQING-01", "10:35:00", "Moderate",
           "中清路車輛偵測器1 平均車速 10 km/h，車流壅塞", truth="tanker", alt="tanker_leak")
    S.c1999("10:38:00", "gas_odor", 120.6680, 24.1822,
            "外面有很重的化學味，要不要關窗", truth="tanker", alt="tanker_leak")
    S.f119("10:40:00", "ambulance", 120.6648, 24.1848,
           "受困駕駛已救出，送往醫院", truth="tanker", alt="tanker_crash", follows=amb, arrival="10:40:30")
    S.rule("congestion", "SN-VD-ZHONGPING-02", "10:50:00", "Minor",
           "中平路車輛偵測器2 平均車速 20 km/h，車流壅塞", truth="tanker", alt="tanker_leak")
    S.device("fire_alarm", "SN-FA-010", "fault", "10:52:00", truth=None)
    S.police("11:30:00", "hazmat_report", "Moderate", 120.6648, 24.1848,
             "槽車洩漏已止漏，以砂土圍堵，環保局採樣中", truth="tanker", alt="tanker_leak", follows=h1,
             arrival="11:31:30")
    S.police("12:10:00", "road_closure", "Minor", 120.6650, 24.1855,
             "中清路二段恢復單線通行", truth="tanker", alt="tanker_leak", follows=rc, arrival="12:11:00")
    S.incident("tanker", "hazmat", "中清路二段化學槽車與自小客車碰撞，駕駛受困，槽車硫酸洩漏，道路封閉", p1)
    S.alternative("Some coordinators keep the crash/extrication (ambulance, rescue, police accident report) and the "
                  "chemical leak (hazmat team, environmental sampling, closure, odour complaints) as two jobs because "
                  "different units run them and the leak is found seven minutes later.",
                  [("tanker_crash", "traffic_accident", "中清路二段槽車與自小客車碰撞，駕駛受困", p1),
                   ("tanker_leak", "hazmat", "側翻槽車硫酸洩漏，化災處理與道路封閉", h1)])
    S.note("Under the alternative the first slow-down (before the closure) is the crash's, the later ones follow the "
           "closure for the leak. The 1999 noise complaint in 北屯 and the CMU panel fault are background.")
    return S.write()


def s38():
    S = Situation(38, "missing_child_exhibition", "2026-08-15",
                  "Saturday, second day of an anime/comic exhibition at 臺中國際會展中心. Car parks fill, crowds and "
                  "slow-downs around the hall. At 13:12 a 6-year-old boy is reported missing in hall B; he is found "
                  "crying in front of 臺中綠美圖 (about 350 m away) at 13:50. At 13:20 a phone is stolen in hall A. The "
                  "hall-B panel reports a fault at noon.")
    p = S.permit("10:00:00", "exhibition", 120.6550, 24.1944,
                 "2026 臺中國際動漫博覽會，臺中國際會展中心 A、B 棟，10:00-18:00，預估每日入場 4 萬人次",
                 ends="18:00:00", arrival="08:30:00", truth="expo")
    S.device("parking", "SN-PK-006", "full", "10:20:00", truth="expo")
    S.device("parking", "SN-PK-001", "full", "10:45:00", truth="expo")
    S.cctv("SN-CCTV-005", "crowding", "11:00:00", 0.80, 120.6548, 24.1950, truth="expo")
    S.rule("congestion", "SN-VD-JINGMAO-01", "11:10:00", "Minor", "經貿路車輛偵測器1 平均車速 20 km/h，車流壅塞",
           truth="expo")
    S.c1999("11:30:00", "illegal_parking", 120.6525, 24.1948,
            "會展中心附近黎明路兩側違停很多，公車過不去", truth="expo")
    S.device("fire_alarm", "SN-FA-003", "fault", "12:02:00", truth=None)
    S.c1999("12:15:00", "noise", 120.6590, 24.1735,
            "中平路那邊道路施工機具很吵", truth=None)
    m1 = S.police("13:12:00", "other", "Moderate", 120.6556, 24.1941,
                  "會展中心 B 棟展場內 6 歲男童走失，身穿黃色上衣、藍色短褲，家長報案協尋", truth="missing_child",
                  alt="expo", arrival="13:13:30")
    th = S.police("13:20:00", "theft", "Minor", 120.6545, 24.1950,
                  "會展中心 A 棟展場內民眾手機遭竊，報案人已製作筆錄", truth="theft_hall_a", alt="expo",
                  arrival="13:22:00")
    S.cctv("SN-CCTV-006", "crowding", "13:25:00", 0.75, 120.6566, 24.1928, truth="expo")
    S.police("13:30:00", "other", "Moderate", 120.6556, 24.1941,
             "已通報展場廣播及各出入口，擴大搜尋範圍至綠美圖及中央公園", truth="missing_child", alt="expo",
             follows=m1, arrival="13:31:10")
    S.police("13:41:00", "other", "Minor", 120.6568, 24.1913,
             "綠美圖前發現一名哭泣男童，穿黃色上衣，疑似走失，暫時安置於服務台", truth="missing_child", alt="expo",
             arrival="13:43:00")
    S.police("13:50:00", "other", "Minor", 120.6568, 24.1913,
             "走失男童已於綠美圖服務台尋獲，交還家長", truth="missing_child", alt="expo", follows=m1,
             arrival="13:51:30")
    S.rule("congestion", "SN-VD-LIMING-01", "14:30:00", "Minor", "黎明路車輛偵測器1 平均車速 22 km/h，車流壅塞",
           truth="expo")
    S.c1999("15:00:00", "crowding", 120.6552, 24.1946,
            "會展中心出口人太多，擠到走不出去", truth="expo")
    S.police("17:40:00", "crowd_control", "Minor", 120.6560, 24.1935,
             "動漫展散場人潮，經貿路二段派員疏導", truth="expo", arrival="17:41:30")
    S.rule("congestion", "SN-VD-JINGMAO-01", "18:05:00", "Moderate", "經貿路車輛偵測器1 平均車速 13 km/h，車流壅塞",
           truth="expo")
    S.incident("expo", "planned_event", "臺中國際動漫博覽會：停車場滿場、人潮、周邊壅塞與違停、散場疏導", p)
    S.incident("missing_child", "public_safety", "會展中心 B 棟 6 歲男童走失，於綠美圖前尋獲", m1)
    S.incident("theft_hall_a", "public_safety", "會展中心 A 棟展場手機遭竊", th)
    S.alternative("If the exhibition's police detail owns everything that happens inside the event, the lost child "
                  "and the theft are handled within the event job rather than opened separately.",
                  [("expo", "planned_event", "臺中國際動漫博覽會（含走失兒童與竊盜案件）", p)])
    S.note("The patrol's report at 13:41 in front of 綠美圖 (350 m away, no 'follows') is the same child and belongs "
           "to the missing-child incident. The hall-B panel fault is equipment. The theft and the missing child are "
           "separate: different people, different halls, different follow-up.")
    return S.write()


def s39():
    S = Situation(39, "night_noise_cluster_racing", "2026-07-10",
                  "Friday night at 經貿六停車場 / 經貿路二段-黎明路三段. From 22:10 citizens call 1999 about revving "
                  "modified motorbikes and cars, a car meet blocking the car-park exit and loud music; the camera sees a "
                  "crowd; police find about 30 modified vehicles, disperse them, and have to come back at 00:35. A "
                  "broken streetlight (before) and litter left behind (next morning) at the same place, and a "
                  "renovation-noise complaint 2.5 km south, are not part of it.")
    S.c1999("21:50:00", "streetlight", 120.6549, 24.1953,
            "經貿六停車場旁路燈不亮，編號 XT-19044", truth=None)
    S.c1999("22:10:00", "noise", 120.6552, 24.1960,
            "經貿路二段一直有改裝機車在催油門，很吵", truth="street_racing", alt=None)
    S.c1999("22:35:00", "illegal_parking", 120.6547, 24.1954,
            "一群改裝車停在經貿六停車場出口聚集，擋住出口", truth="street_racing", alt=None)
    n2 = S.c1999("22:40:00", "noise", 120.6556, 24.1962,
                 "黎明路經貿路口整晚有人飆車，排氣管聲音很大", truth="street_racing", alt=None)
    S.dup(n2, "22:44:10")
    S.device("parking", "SN-PK-002", "full", "22:50:00", truth="street_racing")
    S.c1999("23:05:00", "noise", 120.6548, 24.1957,
            "經貿路二段停車場一群年輕人聚集放很大聲的音樂", truth="street_racing", alt=None)
    S.cctv("SN-CCTV-005", "crowding", "23:12:00", 0.66, 120.6550, 24.1955, truth="street_racing")
    pr = S.police("23:18:00", "public_disturbance", "Moderate", 120.6550, 24.1957,
                  "經貿路二段經貿六停車場前約 30 輛改裝車聚集，疑似飆車，派員前往驅離", truth="street_racing",
                  arrival="23:19:40")
    S.cctv("SN-CCTV-005", "wrong_way", "23:25:00", 0.58, 120.6553, 24.1962, truth="street_racing")
    S.police("23:40:00", "public_disturbance", "Minor", 120.6550, 24.1957,
             "改裝車已驅離，告發噪音車輛 6 件", truth="street_racing", follows=pr, arrival="23:41:30")
    S.c1999("24:20:00", "noise", 120.6555, 24.1961,
            "又回來了，經貿路又在飆車", truth="street_racing", alt=None)
    S.police("24:35:00", "public_disturbance", "Moderate", 120.6550, 24.1957,
             "飆車族再度於經貿六停車場聚集，第二次驅離並於路口設置攔檢點", truth="street_racing", follows=pr,
             arrival="24:36:50")
    S.c1999("25:10:00", "noise", 120.6590, 24.1733,
            "樓上住戶半夜在裝潢敲打，吵得睡不著", truth=None)
    S.c1999("32:15:00", "other", 120.6549, 24.1955,
            "經貿六停車場一地垃圾、飲料罐，應該是昨晚聚會留下的", truth=None)
    S.incident("street_racing", "public_safety",
               "經貿六停車場／經貿路二段改裝車聚集飆車、噪音，警方兩度驅離", n2)
    S.alternative("Noise and parking complaints go to the environmental bureau / traffic bureau as routine 1999 cases; "
                  "a coordinator who keeps them out opens the job only on the police report and counts the camera, "
                  "car-park and police items only.",
                  [("street_racing", "public_safety", "經貿六停車場改裝車聚集飆車，警方驅離", pr)])
    S.note("Main reading: one noise call is routine, but a second independent caller at the same spot naming 飆車 is "
           "enough to open a public-safety job. The streetlight (before), the litter (next morning, the job is over) "
           "and the renovation noise far south are background.")
    return S.write()


def s40():
    S = Situation(40, "earthquake_small_reports", "2026-02-24",
                  "Tuesday 14:03 a magnitude 5.8 earthquake (intensity 4 in Taichung) shakes the zone. In the next "
                  "hour: two fire panels go into alarm and reset within two minutes, a signal goes dark for six minutes, "
                  "a panel reports a fault; four people are stuck in a lift in 臺灣智慧營運塔; the convention centre "
                  "evacuates 1,500 people to its plaza; a gas smell in a flat east of the park; a water main bursts "
                  "on 經貿路 150 m away (outages, water on the road); a shop sign falls on 黎明路三段; a crack opens "
                  "on 中科路; a hoarding panel lands in a lane at 環中路/中科路. Each needs its own crew.")
    fa2 = S.device("fire_alarm", "SN-FA-002", "alarm", "14:03:20", truth=None, alt="panel_conv_a")
    fa4 = S.device("fire_alarm", "SN-FA-004", "alarm", "14:03:25", truth=None, alt="panel_museumbrary")
    S.device("fire_alarm", "SN-FA-007", "fault", "14:03:30", truth=None)
    s6 = S.device("signal", "SN-SIG-006", "fault", "14:03:40", truth=None, alt="signal_jingmao7")
    S.device("fire_alarm", "SN-FA-002", "normal", "14:05:00", truth=None, alt="panel_conv_a")
    S.device("fire_alarm", "SN-FA-004", "normal", "14:05:30", truth=None, alt="panel_museumbrary")
    el = S.f119("14:06:00", "rescue", 120.6585, 24.1930,
                "臺灣智慧營運塔地震後電梯停擺，約 4 人受困", truth="lift_tower", arrival="14:06:30")
    S.cctv("SN-CCTV-006", "crowding", "14:07:00", 0.82, 120.6562, 24.1932, truth="evacuation_conv")
    g1 = S.c1999("14:08:00", "gas_odor", 120.6598, 24.1800,
                 "地震後家裡廚房有瓦斯味，已經把總開關關掉了", truth="gas_leak")
    S.device("signal", "SN-SIG-006", "restored", "14:09:30", truth=None, alt="signal_jingmao7")
    sg = S.police("14:10:00", "fallen_object", "Minor", 120.6500, 24.1940,
                  "黎明路三段店家招牌受地震震落，掉落人行道，無人受傷，已圍起警戒", truth="sign_liming",
                  arrival="14:11:40")
    cr = S.c1999("14:11:00", "road_damage", 120.6535, 24.1870,
                 "中科路路面出現裂縫，大概兩公尺長", truth="crack_zhongke")
    ev = S.police("14:12:00", "crowd_control", "Minor", 120.6552, 24.1942,
                  "會展中心展場地震後疏散，約 1,500 人聚集於前廣場，派員維持秩序", truth="evacuation_conv",
                  arrival="14:13:30")
    gh = S.f119("14:13:00", "hazmat", 120.6598, 24.1800,
                "經貿路旁住宅瓦斯外洩，派遣消防車前往", truth="gas_leak", arrival="14:13:40")
    w1 = S.c1999("14:14:00", "water_outage", 120.6600, 24.1785,
                 "家裡突然沒有水", truth="water_main")
    S.c1999("14:16:00", "other", 120.6570, 24.1900,
            "剛剛地震好大，想問今天會不會停班停課", truth=None)
    S.c1999("14:18:00", "water_outage", 120.6605, 24.1770,
            "整棟大樓都停水了", truth="water_main")
    S.police("14:20:00", "crowd_control", "Minor", 120.6552, 24.1942,
             "會展中心結構初步檢查完成，民眾陸續返回展場", truth="evacuation_conv", follows=ev, arrival="14:21:30")
    wm = S.c1999("14:20:00", "road_damage", 120.6602, 24.1790,
                 "經貿路路面一直有水冒出來，水流到馬路上", truth="water_main")
    S.f119("14:25:00", "rescue", 120.6585, 24.1930,
           "智慧營運塔電梯受困民眾已全數救出，無人受傷", truth="lift_tower", follows=el, arrival="14:25:30")
    db1 = S.cctv("SN-CCTV-003", "fallen_object", "14:30:00", 0.60, 120.6521, 24.1975, truth="debris_huanzhong")
    db2 = S.police("14:34:00", "fallen_object", "Moderate", 120.6520, 24.1976,
                   "環中路二段中科路口有工地圍籬板掉落，占用外側車道", truth="debris_huanzhong", arrival="14:35:40")
    S.f119("14:40:00", "hazmat", 120.6598, 24.1800,
           "住宅瓦斯管線接頭鬆脫，已關閉並通知瓦斯公司處理", truth="gas_leak", follows=gh, arrival="14:40:30")
    S.c1999("15:10:00", "water_outage", 120.6600, 24.1785,
            "自來水公司已派員搶修經貿路破管，預計 18:00 恢復供水", truth="water_main", follows=w1,
            arrival="15:11:00")
    S.incident("lift_tower", "rescue", "臺灣智慧營運塔電梯受困 4 人", el)
    S.incident("evacuation_conv", "crowd", "會展中心地震疏散，約 1,500 人聚集前廣場", ev)
    S.incident("gas_leak", "hazmat", "經貿路旁住宅瓦斯外洩（管線接頭鬆脫）", g1)
    S.incident("water_main", "infrastructure", "經貿路自來水管破裂，周邊停水、路面冒水", wm)
    S.incident("sign_liming", "public_safety", "黎明路三段店家招牌掉落人行道", sg)
    S.incident("crack_zhongke", "infrastructure", "中科路路面裂縫約 2 公尺", cr)
    S.incident("debris_huanzhong", "infrastructure", "環中路二段中科路口工地圍籬板掉落占用車道", db2)
    S.alternative("A cautious coordinator opens a check for every automatic alarm during the quake (each panel alarm "
                  "is a fire check until someone on site confirms, the dark signal is a contractor call) even though "
                  "they reset within minutes.",
                  [("lift_tower", "rescue", "智慧營運塔電梯受困", el),
                   ("evacuation_conv", "crowd", "會展中心疏散人潮", ev),
                   ("gas_leak", "hazmat", "住宅瓦斯外洩", g1),
                   ("water_main", "infrastructure", "經貿路自來水管破裂", wm),
                   ("sign_liming", "public_safety", "黎明路三段招牌掉落", sg),
                   ("crack_zhongke", "infrastructure", "中科路路面裂縫", cr),
                   ("debris_huanzhong", "infrastructure", "環中路圍籬板掉落", db2),
                   ("panel_conv_a", "fire", "會展中心 A 棟火警總機地震誤動作，確認", fa2),
                   ("panel_museumbrary", "fire", "綠美圖火警總機地震誤動作，確認", fa4),
                   ("signal_jingmao7", "technical", "經貿路二段/經貿七路號誌短暫熄滅", s6)])
    S.note("The water-main burst (street) and the gas smell (inside a flat) are 150 m apart and minutes apart but "
           "need different crews: two incidents. The first water-outage call alone does not say a pipe burst "
           "(could be a building pump losing power), the water gushing on 經貿路 does. The camera's fallen-object "
           "detection at 0.60 is confirmed by police four minutes later. The question about school closures is not a "
           "job.")
    return S.write()


def s41():
    S = Situation(41, "zone_edge_crash_both_sides", "2026-10-05",
                  "Monday evening peak at 中清路/環中路, on the zone's north-east corner and on the 西屯/北屯 boundary "
                  "(環中路二段 west of 中清路, 環中路一段 east of it). A semi-trailer turning right hits a scooter; the "
                  "rider is badly hurt. Callers, 119 and two police units report from both sides with different "
                  "addresses and districts. 24 minutes later three cars rear-end each other in the queue on 中清路 "
                  "450 m north, outside the zone. A slow-down at 17:35, before the crash, is ordinary peak traffic.")
    S.rule("congestion", "SN-VD-ZHONGQING-01", "17:35:00", "Minor", "中清路車輛偵測器1 平均車速 19 km/h，車流壅塞",
           truth=None)
    S.cctv("SN-CCTV-008", "stalled_vehicle", "17:41:10", 0.72, 120.6576, 24.1991, truth="crash_edge")
    x1 = S.c1999("17:41:50", "traffic_accident", 120.6584, 24.1986,
                 "北屯區環中路一段與中清路口，聯結車右轉撞到機車，騎士倒地不動", truth="crash_edge",
                 arrival="17:42:40")
    amb = S.f119("17:42:30", "ambulance", 120.6580, 24.1990,
                 "北屯區環中路一段中清路口車禍，機車騎士一名，意識不清", truth="crash_edge", arrival="17:43:00")
    S.dup(amb, "17:44:05")
    p1 = S.police("17:43:00", "traffic_accident", "Severe", 120.6566, 24.1988,
                  "西屯區環中路二段與中清路口，聯結車與機車碰撞，機車騎士重傷", truth="crash_edge",
                  arrival="17:44:30")
    S.police("17:45:00", "traffic_accident", "Severe", 120.6579, 24.1993,
             "北屯區中清路與環中路一段口，大貨車與機車事故，本所已派員到場協助", truth="crash_edge",
             arrival="17:46:50")
    S.rule("congestion", "SN-VD-HUANZHONG-03", "17:46:00", "Moderate", "環中路車輛偵測器3 平均車速 9 km/h，車流壅塞",
           truth="crash_edge")
    S.c1999("17:47:00", "traffic_accident", 120.6560, 24.1995,
            "環中路中清路口車禍，外側車道都堵住了", truth="crash_edge")
    S.rule("congestion", "SN-VD-ZHONGQING-01", "17:50:00", "Severe", "中清路車輛偵測器1 平均車速 6 km/h，車流壅塞",
           truth="crash_edge")
    S.police("17:52:00", "road_closure", "Moderate", 120.6568, 24.1989,
             "環中路二段東向往中清路右轉車道封閉，事故處理中", truth="crash_edge", arrival="17:53:20")
    S.c1999("17:55:00", "streetlight", 120.6590, 24.1975,
            "中清路靠近環中路的路燈一閃一閃", truth=None)
    s1 = S.police("18:05:00", "traffic_accident", "Minor", 120.6546, 24.2035,
                  "中清路往市區方向（南下）、環中路口北側約 450 公尺，回堵車流中三車追撞，無人受傷", truth="rear_end_queue",
                  alt="crash_edge", arrival="18:06:40")
    S.c1999("18:07:00", "traffic_accident", 120.6548, 24.2030,
            "中清路南下往環中路塞車，又有車追撞", truth="rear_end_queue", alt="crash_edge")
    S.device("parking", "SN-PK-001", "full", "18:10:00", truth=None)
    S.f119("18:15:00", "ambulance", 120.6580, 24.1990,
           "機車騎士已送往醫院急救", truth="crash_edge", follows=amb, arrival="18:15:30")
    S.police("18:20:00", "traffic_accident", "Minor", 120.6546, 24.2035,
             "追撞車輛已移至路肩，雙方自行和解", truth="rear_end_queue", alt="crash_edge", follows=s1,
             arrival="18:21:40")
    S.police("18:40:00", "traffic_accident", "Moderate", 120.6566, 24.1988,
             "環中路中清路口事故現場處理完畢，車道恢復通行", truth="crash_edge", follows=p1, arrival="18:41:30")
    S.incident("crash_edge", "traffic_accident",
               "中清路/環中路口（西屯北屯交界、園區東北角）聯結車右轉撞機車，騎士重傷", x1)
    S.incident("rear_end_queue", "traffic_accident", "中清路環中路口北側 450 m 回堵車流三車追撞，無人受傷", s1)
    S.alternative("The rear-end collision happened in the queue caused by the first crash; a coordinator could let the "
                  "officers already at the intersection take it as part of the same job.",
                  [("crash_edge", "traffic_accident", "中清路/環中路口事故（含回堵追撞）", x1)])
    S.note("Two police units (one per district) report the same crash without 'follows'; they are one incident. "
           "Reported positions spread 250 m across the district boundary at lon 120.657. The flickering streetlight "
           "and the transit-hub car park being full are background.")
    return S.write()


def s42():
    S = Situation(42, "late_police_followups", "2026-12-11",
                  "Friday night. A white SUV hits a pedestrian on 河南路 near 中平路 and drives off (about 20:58; the 1999 "
                  "case system stamps it 21:02 because its clock runs about four minutes fast). Police "
                  "follow-ups are typed up late and reach the centre about 40 minutes after they were stamped: the "
                  "lane closure for evidence, the suspect vehicle found at the 中央公園 south car park exit (where a "
                  "scooter theft was reported meanwhile), the driver's breath test, the reopening.")
    S.c1999("20:40:00", "noise", 120.6580, 24.1770,
            "樓下餐廳排風機一直很吵", truth=None, arrival="20:37:10")
    h1 = S.c1999("21:02:30", "traffic_accident", 120.6516, 24.1722,
                 "河南路停車場附近有人被車撞倒，車子直接開走了", truth="hit_and_run", arrival="20:59:40")
    S.f119("21:03:00", "ambulance", 120.6515, 24.1721,
           "河南路近中平路，行人遭撞倒地，頭部流血，派遣救護車", truth="hit_and_run", arrival="21:03:30")
    p1 = S.police("21:05:00", "traffic_accident", "Severe", 120.6515, 24.1721,
                  "河南路與中平路口附近，自小客車撞擊行人後逃逸，白色休旅車，車號不明", truth="hit_and_run",
                  arrival="21:06:00")
    S.dup(p1, "21:09:20")
    S.cctv("SN-CCTV-010", "stalled_vehicle", "21:07:00", 0.52, 120.6512, 24.1718, truth="hit_and_run")
    S.c1999("21:09:00", "traffic_accident", 120.6518, 24.1723,
            "河南路有行人被撞，肇事車是白色休旅車，往北開走了", truth="hit_and_run", arrival="21:05:40")
    S.police("21:10:00", "road_closure", "Minor", 120.6515, 24.1721,
             "河南路南向外側車道封閉，員警採證中", truth="hit_and_run", follows=p1, arrival="21:50:10")
    t1 = S.police("21:15:00", "theft", "Minor", 120.6560, 24.1790,
                  "中央公園地下停車場（南）出口附近，機車遭竊", truth="scooter_theft", arrival="21:17:00")
    S.rule("congestion", "SN-VD-HENAN-02", "21:20:00", "Minor", "河南路車輛偵測器2 平均車速 18 km/h，車流壅塞",
           truth="hit_and_run")
    S.device("parking", "SN-PK-003", "full", "21:30:00", truth=None)
    S.police("21:22:00", "traffic_accident", "Moderate", 120.6561, 24.1792,
             "肇逃白色休旅車於中央公園地下停車場（南）出口尋獲，車頭有撞擊痕跡，駕駛不在車上", truth="hit_and_run",
             follows=p1, arrival="22:02:30")
    S.police("21:35:00", "theft", "Minor", 120.6560, 24.1790,
             "已調閱停車場出入口監視器，失竊機車車牌已通報協尋", truth="scooter_theft", follows=t1,
             arrival="21:38:00")
    S.f119("21:40:00", "ambulance", 120.6515, 24.1721,
           "傷者已送醫，生命徵象穩定", truth="hit_and_run", arrival="21:40:40")
    S.police("21:45:00", "traffic_accident", "Moderate", 120.6515, 24.1721,
             "肇事駕駛到案說明，酒測值 0.45 mg/L，依法移送", truth="hit_and_run", follows=p1, arrival="22:25:10")
    S.device("fire_alarm", "SN-FA-010", "fault", "22:10:00", truth=None)
    S.police("22:30:00", "road_closure", "Minor", 120.6515, 24.1721,
             "河南路採證完畢，車道恢復通行", truth="hit_and_run", follows=p1, arrival="23:10:30")
    S.incident("hit_and_run", "traffic_accident", "河南路近中平路行人遭自小客車撞擊後肇逃；嫌疑車於中央公園南停車場尋獲", h1)
    S.incident("scooter_theft", "public_safety", "中央公園地下停車場（南）出口機車遭竊", t1)
    S.note("The 1999 items are stamped about 4 minutes ahead of the centre's clock (observed later than arrival). "
           "Police follow-ups are stamped at the time of the action but arrive ~40 min later; the one about the "
           "suspect vehicle carries the theft's position but follows the hit-and-run report. The 119 update at 21:40 "
           "has no 'follows' but is about the same patient. The CCTV stalled-vehicle at 21:07 is the stopped "
           "ambulance/police cars. The car park being full and the CMU panel fault are background.")
    return S.write()


if __name__ == "__main__":
    for fn in (s31, s32, s33, s34, s35, s36, s37, s38, s39, s40, s41, s42):
        print("wrote", fn())
