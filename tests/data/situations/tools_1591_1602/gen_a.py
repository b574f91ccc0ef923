"""Situations 1591-1596: the typhoon's morning to early evening over 水湳 (2016-09-27, local UTC+8)."""
from lib import Sit, rain_bg, T, iso
import datetime as dt


def s1591():
    S = Sit(1591, "typhoon_morning_gusts",
            "颱風登陸前的早晨 07:00-09:30：外圍環流帶來陣風與大雨，招牌鬆脫、濕滑路面事故、排水溝堵塞，市府預防性關閉中央公園停車場，會展活動取消。")
    S.story = ("The typhoon warning is on and the outer rain bands reach 水湳 around seven. A shop sign on 黎明路三段 by 凱旋路 "
               "comes loose and lands in the lane, a car skids into another on 環中路二段 near 中科路, and residents of 生態住宅 B區 "
               "report drains on 經貿路 choked with leaves while the low-point sensor shows the first centimetres. An elderly woman "
               "falls at home in 北屯 (unrelated to the weather). The park car parks close and a weekend exhibition permit is cancelled: "
               "background for the night.")
    A = S.inc("sign_liming", "traffic", "黎明路三段近凱旋路口 招牌被強風吹落於車道")
    B = S.inc("crash_huanzhong", "traffic", "環中路二段近中科路口 濕滑路面兩車追撞，一人輕傷")
    C = S.inc("drain_jingmao", "flood", "經貿路低窪處 排水溝被落葉堵塞，開始積水")
    D = S.inc("fall_beitun", "rescue", "北屯中清路旁住家 老婦跌倒送醫（與颱風無關）")
    # permit of an exhibition, approved a week before, cancelled this morning
    k0 = S.ev("planned_event", "police", "exhibition", "conv_a", "07:00", "會展中心A館 秋季家具展 9/27-9/28", None,
              jitter=0, delay=-6 * 86400, ends=iso(T("+18:00")), radius_m=250)
    S.ev("planned_event", "police", "exhibition", "conv_a", "07:00", "會展中心A館 秋季家具展 因颱風取消", None,
         jitter=0, delay=3600 * 0 + 1500, ends=iso(T("+18:00")), radius_m=250, permit_status="cancelled", follows=k0)
    rain_bg(S, "07:04", "大雨")
    S.sensor("parking", "SN-PK-004", "closed", "07:30", "颱風期間暫停開放", None)
    S.sensor("parking", "SN-PK-005", "closed", "07:31", "颱風期間暫停開放", None)
    S.c1999("other", "xitun_home", "07:12", "請問今天西屯區有沒有停班停課？", None)
    S.c1999("環境清潔", "dunhua", "07:40", "敦化路上垃圾桶被風吹倒，垃圾散在人行道", None)
    # A: sign
    a1 = S.c1999("fallen_object", "kaixuan_liming", "07:26", "黎明路凱旋路口附近一塊招牌被風吹下來，掉在慢車道上", A)
    S.cctv("SN-CCTV-007", "fallen_object", "07:27", "偵測到車道異物", A, 0.64)
    a2 = S.police("fallen_object", "Moderate", "kaixuan_liming", "07:38", "黎明路三段近凱旋路口 招牌掉落占用外側車道，已派員排除", A)
    S.c1999("fallen_object", "kaixuan_liming", "07:35", "黎明路三段有招牌掉在路上，機車差點撞到", A)
    S.police("fallen_object", "Minor", "kaixuan_liming", "08:05", "黎明路三段招牌已移至路旁，恢復通行", A, follows=a2)
    S.suff(A, a1)
    # B: crash
    b1 = S.police("traffic_accident", "Moderate", "huanzhong_zhongke", "07:52", "環中路二段近中科路口 兩車追撞，一人頸部輕傷，路面濕滑", B, jitter=60)
    S.cctv("SN-CCTV-003", "stalled_vehicle", "07:50", "車輛停滯", B, 0.78)
    S.f119("ambulance", "huanzhong_zhongke", "07:55", "環中路二段車禍 一名男性頸部疼痛", B, jitter=60)
    S.rule("SN-VD-HUANZHONG-02", "congestion", "08:02", "環中路車輛偵測器2 車速降至 18 km/h", B, alt=None)
    S.c1999("traffic_accident", "huanzhong_zhongke", "07:58", "環中路往台74方向有車禍，塞很長", B)
    S.suff(B, b1)
    # C: drains
    c1 = S.c1999("blocked_drain", "jingmao_low", "07:48", "經貿路生態住宅B區前面水溝被葉子塞住，水排不下去", C)
    S.rule("SN-FL-008", "flood_depth", "08:10", "經貿路低窪處 淹水深度 6 cm", C, level="1-15")
    c2 = S.c1999("blocked_drain", "eco_b", "08:21", "敦化路轉經貿路的水溝蓋都被樹葉蓋住了，路邊開始積水", C)
    S.dup(c2, 95)
    S.c1999("flooding", "jingmao_low", "08:44", "經貿路這邊積水到腳踝了，拜託趕快派人清水溝", C)
    S.suff(C, c2)
    S.set_alt("The slow-down on 環中路 can be read as the whole ring road slowing in the rain, not the crash's queue.")
    # D: unrelated fall
    d1 = S.f119("ambulance", "zhongqing_mid", "08:31", "中清路住家 80歲女性跌倒 頭部擦傷", D)
    S.f119("ambulance", "zhongqing_mid", "09:02", "中清路住家 跌倒傷患已送醫", D, status="returning", follows=d1)
    S.suff(D, d1)
    # background traffic: morning commute in rain
    S.rule("SN-VD-HENAN-01", "congestion", "08:15", "河南路車輛偵測器1 車速降至 22 km/h", None)
    S.rule("SN-VD-ZHONGQING-02", "congestion", "08:22", "中清路車輛偵測器2 車速降至 20 km/h", None)
    S.c1999("streetlight", "zhongke_mid", "08:50", "中科路一盞路燈白天一直亮著", None)
    S.rule("SN-RG-002", "heavy_rain", "09:10", "水湳轉運中心雨量站雨量達大雨標準", None, level="大雨")
    S.debate("The park car parks' `closed` states and the cancelled exhibition are null: preventive, nobody is sent.", "none (no colleague would open a job)")
    S.debate("The slow-down at SN-VD-HUANZHONG-02 is joined to the crash (queue behind it).", "null: the whole ring road is slow in the rain")
    S.debate("The 經貿路 drain calls with a 6 cm reading are already a flood job (clear the grates before the peak).", "not given as an alternative: no colleague would leave choked drains before a typhoon's peak")
    return S.write()


def s1592():
    S = Sit(1592, "first_floods_liming",
            "09:00-11:30 颱風外圍雨帶增強：黎明路凱旋路口低窪處首先淹水並封路，中科路路樹倒塌，河南路機車自摔，中清路招牌搖搖欲墜。")
    S.story = ("Rain turns 豪雨 and the low point at 黎明路/凱旋路 floods first: the sensor climbs from 1-15 to above 30 cm in an hour, "
               "a sedan stalls in the water and the police close 黎明路 at 凱旋路. A roadside tree falls across 中科路 by the pop music centre, "
               "a scooter rider slides on 河南路 near 中平路, and a shop sign on 中清路 swings on one bolt. A tree down on a lawn in the park "
               "blocks nothing.")
    A = S.inc("flood_liming_kaixuan", "flood", "黎明路凱旋路口低窪處淹水，車輛拋錨，封閉黎明路")
    B = S.inc("tree_zhongke", "traffic", "中科路近流行影音中心 路樹倒塌橫躺車道")
    C = S.inc("scooter_henan", "traffic", "河南路近中平路口 機車自摔騎士受傷")
    D = S.inc("sign_zhongqing", "traffic", "中清路店家招牌鬆脫搖晃，恐掉落")
    rain_bg(S, "09:05", "豪雨")
    S.c1999("other", "eco_a", "09:20", "請問哪裡可以領沙包？", None)
    S.c1999("動物救援", "park_s", "09:40", "公園旁邊有一隻狗被困在雨裡一直叫", None)
    # A
    S.rule("SN-FL-009", "flood_depth", "09:18", "黎明路凱旋路口低窪處 淹水深度 9 cm", A, level="1-15")
    a1 = S.c1999("flooding", "liming_lowpoint", "09:41", "黎明路凱旋路那邊淹水了，水一直漲", A)
    a2 = S.rule("SN-FL-009", "flood_depth", "09:47", "黎明路凱旋路口低窪處 淹水深度 22 cm", A, level="16-30")
    S.cctv("SN-CCTV-007", "flooding", "09:52", "路面積水", A, 0.81)
    S.rule("SN-VD-KAIXUAN-01", "congestion", "09:58", "凱旋路車輛偵測器1 車速降至 12 km/h", A)
    S.police("flooding_report", "Moderate", "liming_lowpoint", "10:02", "黎明路三段凱旋路口積水約 30 公分，車輛涉水", A)
    S.rule("SN-FL-009", "flood_depth", "10:14", "黎明路凱旋路口低窪處 淹水深度 34 cm", A, level=">30")
    k = S.police("stalled_vehicle", "Moderate", "liming_lowpoint", "10:18", "黎明路凱旋路口一輛自小客涉水熄火，駕駛已自行下車", A, alt="stalled_liming")
    S.dup(k, 40)
    kc = S.police("road_closure", "Severe", "kaixuan_liming", "10:26", "黎明路三段凱旋路口至台74側車道 因積水封閉，請改道環中路", A)
    S.c1999("flooding", "liming_lowpoint", "10:33", "我車停在黎明路邊，水已經淹到輪胎一半了", A)
    S.c1999("flooding", "liming_lowpoint", "10:55", "剛剛打過了，黎明路還是淹水，到現在還沒有抽水機", A)
    S.suff(A, a2)
    S.alt_inc("stalled_liming", "traffic", "黎明路涉水熄火車輛（拖吊）")
    S.set_alt("The sedan stalled in the flood can be run as its own tow job (traffic) rather than part of the flood, and the tree on the park lawn as a parks job.")
    # B
    b1 = S.c1999("fallen_tree", "zhongke_mid", "10:06", "中科路影音中心前面一棵路樹倒下來，整個擋住車道", B)
    S.police("fallen_object", "Severe", "zhongke_mid", "10:15", "中科路路樹倒塌阻斷南向車道，通知建設局", B)
    S.rule("SN-VD-ZHONGKE-01", "congestion", "10:20", "中科路車輛偵測器1 車速降至 8 km/h", B)
    S.c1999("fallen_tree", "zhongke_mid", "10:12", "中科路有樹倒在路中間", B)
    S.police("fallen_object", "Minor", "zhongke_mid", "11:20", "中科路倒樹已鋸除移至路旁，恢復雙向通行", B)
    S.suff(B, b1)
    # C
    c1 = S.police("injury_accident", "Moderate", "henan_zhongping", "10:38", "河南路二段近中平路口 機車雨天自摔，騎士手臂擦挫傷", C)
    S.f119("ambulance", "henan_zhongping", "10:36", "河南路機車自摔 騎士意識清楚", C)
    S.cctv("SN-CCTV-010", "stalled_vehicle", "10:35", "車輛停滯", C, 0.55)
    S.suff(C, c1)
    # D
    d1 = S.c1999("fallen_object", "zhongqing_shop", "10:44", "中清路一間店的招牌只剩一邊掛著，風一吹一直晃，下面有人走", D)
    S.c1999("fallen_object", "zhongqing_shop", "11:03", "中清路招牌快掉下來了，很危險", D)
    S.police("other", "Moderate", "zhongqing_shop", "11:15", "中清路招牌鬆脫，已拉封鎖線，通知店家及建設局處理", D)
    S.suff(D, d1)
    # background
    S.c1999("公園路樹", "park_n", "10:28", "中央公園草地上有一棵樹倒了，沒有擋到路，請派人處理", None, alt="park_tree")
    S.alt_inc("park_tree", "infrastructure", "中央公園草地倒樹（不影響道路）")
    S.rule("SN-VD-HUANZHONG-04", "congestion", "10:50", "環中路車輛偵測器4 車速降至 25 km/h", None)
    S.c1999("streetlight", "henan_mid", "11:10", "河南路有一盞路燈在閃", None)
    S.rule("SN-RG-001", "heavy_rain", "11:05", "中央公園雨量站 3 小時累積雨量達豪雨標準", None, level="豪雨")
    S.debate("The stalled sedan is part of the 黎明路 flood job.", "its own tow job (label stalled_liming)")
    S.debate("A tree down on a park lawn is null (parks office next day).", "an infrastructure job (park_tree)")
    S.debate("The sign swinging on 中清路 is a job before it falls (police cordon).", "wait until it falls (not encoded as an alternative)")
    return S.write()


def s1593():
    S = Sit(1593, "underpass_zhongqing",
            "11:00-13:30 中清環中路口地下道積水超過 30 公分，一輛車受困、兩人爬上車頂由消防救出，地下道封閉；經貿路低窪處與排水水位上升；環中路台74側追撞；經貿路招牌砸傷騎士。")
    S.story = ("By eleven the 中清/環中 underpass fills: its sensor passes 30 cm, the camera sees water and a stopped car, and two people "
               "climb on the roof before the fire bureau brings them out. The police close the underpass; traffic backs up on 環中路 and 中清路. "
               "At the 經貿路 low point the water reaches 16-30 cm and the drainage level reaches its level 3. A rear-end crash on 環中路 by 台74 "
               "and a sign blown down onto a scooter rider on 經貿路二段 are separate jobs. One camera's clock runs an hour slow.")
    A = S.inc("underpass_flood", "flood", "中清環中路口地下道積淹水，封閉")
    B = S.inc("underpass_rescue", "rescue", "地下道內自小客受困，兩人爬上車頂，消防救出")
    C = S.inc("flood_jingmao_low", "flood", "經貿路低窪處積水 16-30 cm，區域排水達三級警戒")
    D = S.inc("crash_tw74", "traffic", "環中路二段台74線口 追撞")
    E = S.inc("sign_rider_jingmao", "rescue", "經貿路二段經貿七路口 招牌被吹落砸傷機車騎士")
    rain_bg(S, "11:02", "豪雨")
    S.c1999("other", "xitun_home", "11:15", "下午還要上班嗎？人事行政局有沒有公告", None)
    # A underpass
    S.rule("SN-FL-006", "flood_depth", "11:21", "中清環中路口地下道 淹水深度 12 cm", A, level="1-15")
    a1 = S.rule("SN-FL-006", "flood_depth", "11:38", "中清環中路口地下道 淹水深度 27 cm", A, level="16-30")
    S.cctv("SN-CCTV-008", "flooding", "11:40", "路面積水", A, 0.86)
    S.rule("SN-FL-006", "flood_depth", "11:52", "中清環中路口地下道 淹水深度 41 cm", A, level=">30")
    S.rule("SN-VD-ZHONGQING-01", "congestion", "11:58", "中清路車輛偵測器1 車速降至 6 km/h", A)
    S.rule("SN-VD-HUANZHONG-03", "congestion", "12:01", "環中路車輛偵測器3 車速降至 9 km/h", A)
    kc = S.police("road_closure", "Severe", "zhongqing_huanzhong", "12:14", "中清環中路口地下道積水封閉，雙向車輛改走平面道路", A)
    S.dup(kc, 180)
    S.c1999("flooding", "zhongqing_huanzhong", "12:20", "中清路地下道整個淹掉了，怎麼封起來了", A)
    S.c1999("flooding", "zhongqing_huanzhong", "12:47", "中清環中那邊地下道水很深，要不要抽水", A)
    S.suff(A, a1)
    # B rescue
    S.cctv("SN-CCTV-008", "stalled_vehicle", "11:55", "車輛停滯", B, 0.72, clock_err=-3600, alt=A)
    b1 = S.f119("rescue", "zhongqing_huanzhong", "11:57", "中清路地下道 自小客受困水中 2 人在車頂", B)
    S.c1999("rescue", "zhongqing_huanzhong", "11:59", "地下道有一台車卡在水裡，有人站在車頂上！", B)
    S.f119("rescue", "zhongqing_huanzhong", "12:09", "地下道受困 2 人 已救出 無人受傷", B, status="on_scene", follows=b1)
    S.f119("rescue", "zhongqing_huanzhong", "12:40", "地下道救助案 結案", B, status="closed", follows=b1)
    S.suff(B, b1)
    S.set_alt("A colleague runs the underpass rescue inside the underpass flood job: one site, one cause; and reads the 環中路 slow-down as storm traffic.")
    # C jingmao
    S.rule("SN-FL-008", "flood_depth", "11:30", "經貿路低窪處 淹水深度 14 cm", C, level="1-15")
    c1 = S.rule("SN-FL-008", "flood_depth", "12:05", "經貿路低窪處 淹水深度 19 cm", C, level="16-30")
    S.rule("SN-WL-003", "water_level", "12:12", "水湳區域排水經貿路水位 1.46 m 達三級警戒", C, level="3")
    S.c1999("flooding", "eco_b", "12:25", "生態住宅B區前面經貿路積水到小腿，汽車開過去水會噴進騎樓", C)
    S.suff(C, c1)
    # D crash
    d1 = S.police("traffic_accident", "Minor", "huanzhong_tw74", "12:32", "環中路二段台74線口 三車追撞，無人受傷，占用內側車道", D)
    S.cctv("SN-CCTV-001", "accident", "12:30", "偵測到事故", D, 0.69)
    S.rule("SN-VD-HUANZHONG-02", "congestion", "12:41", "環中路車輛偵測器2 車速降至 14 km/h", D, alt=None)
    S.police("traffic_accident", "Minor", "huanzhong_tw74", "13:05", "台74線口追撞車輛已移置，恢復通行", D, follows=d1)
    S.suff(D, d1)
    # E sign on rider
    e1 = S.f119("ambulance", "jingmao_jm7", "12:52", "經貿路二段 招牌掉落砸傷機車騎士 頭部流血", E)
    S.c1999("fallen_object", "jingmao_jm7", "12:50", "經貿路經貿七路口招牌被吹下來砸到騎機車的人！", E)
    S.police("injury_accident", "Severe", "jingmao_jm7", "13:01", "經貿路二段經貿七路口 招牌掉落砸傷騎士，送醫，現場封鎖", E)
    S.cctv("SN-CCTV-006", "fallen_object", "12:51", "偵測到車道異物", E, 0.58)
    S.suff(E, e1)
    S.rule("SN-RG-002", "heavy_rain", "13:10", "水湳轉運中心雨量站 3 小時累積達豪雨標準", None, level="豪雨")
    S.c1999("streetlight", "fcu", "13:20", "逢甲水湳校區旁路燈倒向一邊", None)
    S.debate("The underpass rescue is a job of its own (rescue), apart from the flood.", "one job with the underpass flood")
    S.debate("SN-CCTV-008's stalled-vehicle detection (clock an hour slow) is the car of the rescue.", "under the merged reading it is the flood's anyway")
    S.debate("The slow-down at SN-VD-HUANZHONG-02 is the 台74 crash's queue.", "null: storm traffic")
    S.alt_relabel(B, A)
    return S.write()


def s1594():
    S = Sit(1594, "ponds_and_campus_fire",
            "13:00-15:30 颱風登陸前後：中央公園滯洪池蓄水上升，南池水位達二級並有水溢到步道；凱旋路倒樹壓車；逢甲水湳校區實驗室電線走火；地下道持續封閉；環中路鐵皮掉落。")
    S.story = ("The park's detention ponds do what they were built for and fill. The north pond stays below level 2; the south pond reaches level 2 "
               "and a walker reports water spilling from pond 4 onto the path towards 經貿路. A tree falls on 凱旋路 onto a parked car, "
               "and in the rain a short circuit starts a fire in a laboratory of the Feng Chia Shuinan campus: alarm, 119, students sent out. "
               "The 中清/環中 underpass is still closed, and 200 m from it a sheet of roofing metal lands on 環中路 - a different job.")
    A = S.inc("south_pond_overflow", "flood", "中央公園南滯洪池水位二級，池4溢流至步道與經貿路側")
    B = S.inc("tree_kaixuan", "traffic", "凱旋路倒樹壓到路邊汽車，阻斷一線車道")
    C = S.inc("fire_fcu_lab", "fire", "逢甲大學水湳校區實驗室電線走火，學生疏散")
    D = S.inc("underpass_flood_cont", "flood", "中清環中路口地下道持續淹水封閉（延續）")
    E = S.inc("roof_sheet_huanzhong", "traffic", "環中路近中清路 鐵皮被吹落路面")
    rain_bg(S, "13:03", "大豪雨")
    S.c1999("other", "eco_a", "13:30", "颱風那麼大垃圾車今天還會來嗎", None)
    # ponds, north: null (alt: its own watch job)
    S.rule("SN-FL-001", "flood_depth", "13:12", "中央公園滯洪池1 淹水深度 24 cm", None, level="16-30", alt="north_ponds")
    S.rule("SN-FL-002", "flood_depth", "13:26", "中央公園滯洪池2 淹水深度 35 cm", None, level=">30", alt="north_ponds")
    S.rule("SN-WL-001", "water_level", "13:40", "中央公園北滯洪池水位 2.08 m 達三級警戒", None, level="3", alt="north_ponds")
    S.alt_inc("north_ponds", "flood", "中央公園北滯洪池蓄水上升（監看）")
    # south
    S.rule("SN-FL-003", "flood_depth", "13:15", "中央公園滯洪池3 淹水深度 31 cm", A, level=">30", alt=None)
    S.rule("SN-FL-005", "flood_depth", "13:22", "中央公園滯洪池5 淹水深度 28 cm", A, level="16-30", alt=None)
    S.rule("SN-WL-002", "water_level", "13:35", "中央公園南滯洪池水位 2.12 m 達三級警戒", A, level="3")
    S.rule("SN-FL-004", "flood_depth", "13:50", "中央公園滯洪池4 淹水深度 44 cm", A, level=">30")
    a1 = S.rule("SN-WL-002", "water_level", "14:18", "中央公園南滯洪池水位 2.56 m 達二級警戒", A, level="2")
    a2 = S.c1999("flooding", "park_s", "14:31", "公園南邊滯洪池的水滿出來了，步道都是水，往經貿路那邊流", A)
    S.police("flooding_report", "Moderate", "park_s", "14:50", "中央公園南側滯洪池溢流，步道積水，已拉封鎖線禁止民眾進入", A)
    S.suff(A, a1)
    S.set_alt("Filling ponds are the design working: one colleague watches the north ponds as a job too; another keeps the south pond's "
              "early depth readings out until the level-2 warning.")
    # B tree
    b1 = S.c1999("fallen_tree", "kaixuan_mid", "13:44", "凱旋路一棵大樹倒下來壓到路邊停的車，車上沒人", B)
    S.police("fallen_object", "Moderate", "kaixuan_mid", "13:58", "凱旋路路樹倒塌壓損自小客，占用外側車道", B)
    S.rule("SN-VD-KAIXUAN-02", "congestion", "14:05", "凱旋路車輛偵測器2 車速降至 11 km/h", B)
    S.c1999("fallen_tree", "kaixuan_mid", "13:52", "凱旋路有樹倒了壓到車", B)
    S.suff(B, b1)
    # C fire
    c1 = S.sensor("fire_alarm", "SN-FA-009", "alarm", "14:22", "火警受信總機 3F 實驗室 偵煙器動作", C)
    c2 = S.f119("fire", "fcu", "14:25", "逢甲大學水湳校區 實驗大樓 3 樓 電線走火 冒煙", C)
    S.c1999("fire_smoke", "fcu", "14:27", "逢甲水湳校區大樓有煙冒出來，窗戶裡面有火光", C)
    S.police("evacuation", "Moderate", "fcu", "14:33", "逢甲水湳校區實驗大樓學生約 60 人疏散至體育館", C)
    S.f119("fire", "fcu", "14:36", "實驗大樓火勢控制 無人受傷", C, status="on_scene", follows=c2)
    S.sensor("fire_alarm", "SN-FA-009", "normal", "15:05", "火警受信總機復歸", C)
    S.f119("fire", "fcu", "15:12", "逢甲水湳校區火警 殘火處理完畢 返隊", C, status="returning", follows=c2)
    S.suff(C, c1)
    # D underpass continuing
    d1 = S.rule("SN-FL-006", "flood_depth", "13:10", "中清環中路口地下道 淹水深度 52 cm", D, level=">30")
    S.police("road_closure", "Severe", "zhongqing_huanzhong", "13:40", "中清環中路口地下道持續封閉，抽水機已到場", D)
    S.c1999("flooding", "zhongqing_huanzhong", "14:10", "中清路地下道到現在還是封著，什麼時候才會通", D)
    S.suff(D, d1)
    # E roof sheet
    e1 = S.police("fallen_object", "Severe", "huanzhong_east", "14:40", "環中路近中清路口 大片鐵皮被吹落路面，占兩車道", E)
    S.c1999("fallen_object", "huanzhong_east", "14:36", "環中路上有一大片鐵皮在路中間飛來飛去", E)
    S.cctv("SN-CCTV-004", "fallen_object", "14:42", "偵測到車道異物", E, 0.47)
    S.police("fallen_object", "Minor", "huanzhong_east", "15:20", "環中路鐵皮已移除", E, follows=e1)
    S.suff(E, e1)
    S.c1999("動物救援", "museumbrary", "15:00", "綠美圖前面有小鳥掉在地上", None)
    S.rule("SN-RG-001", "heavy_rain", "15:10", "中央公園雨量站 24 小時累積達大豪雨標準", None, level="大豪雨")
    S.debate("North ponds filling (SN-FL-001/002, SN-WL-001 level 3) are null: the ponds are working as built.", "a watch job of their own (north_ponds)")
    S.debate("South pond depth readings before the level-2 warning are part of the overflow job.", "null until the level-2 warning")
    S.debate("The roof sheet on 環中路 200 m from the closed underpass is its own job.", "none given (a colleague would not merge a fallen object into a flood)")
    return S.write()


def s1595():
    S = Sit(1595, "power_cut_northeast",
            "15:00-17:30 強風造成饋線跳脫，園區東北側停電：經貿路沿線號誌黑燈、路口設備斷電離線、生態住宅A區停電電梯困人、居家製氧機病人；黑燈路口發生事故；河南路低窪處開始積水。")
    S.story = ("At 15:42 a feeder trips and the north-east of the zone goes dark: the signal controllers at 經貿路/黎明路, 經貿路/經貿七路 and "
               "中清路/環中路 report faults and their cabinets go offline with mains power lost, the operations tower runs on its generator and "
               "the panel of 生態住宅 A區 reports mains failure. Two residents are stuck in a lift there, and a man on oxygen at home needs help. "
               "At the dark junction of 經貿路 and 經貿七路 two cars collide. Meanwhile water gathers at the 河南路 low point.")
    A = S.inc("power_cut_ne", "infrastructure", "東北側饋線跳脫停電：號誌、監視器、偵測器斷電，生態住宅A區與營運塔停電")
    B = S.inc("lift_eco_a", "rescue", "生態住宅A區電梯因停電困 2 人")
    C = S.inc("oxygen_eco_a", "rescue", "停電致居家製氧機停止，老人呼吸喘")
    D = S.inc("crash_dark_jm7", "traffic", "經貿路經貿七路口號誌黑燈，兩車碰撞一人受傷")
    E = S.inc("flood_henan_low", "flood", "河南路低窪處開始積水")
    rain_bg(S, "15:05", "大豪雨")
    # A power cut
    t0 = T("15:42")
    sec = lambda s: t0 + dt.timedelta(seconds=s)
    a1 = S.sensor("signal", "SN-SIG-005", "fault", sec(5), "號誌控制器 主電源中斷 黑燈", A, alt="dark_signals")
    S.sensor("signal", "SN-SIG-006", "fault", sec(9), "號誌控制器 主電源中斷 黑燈", A, alt="dark_signals")
    S.sensor("signal", "SN-SIG-008", "fault", sec(14), "號誌控制器 主電源中斷 黑燈", A, alt="dark_signals")
    for j, sid in enumerate(["SN-CCTV-005", "SN-CCTV-006", "SN-CCTV-008", "SN-VD-JINGMAO-01", "SN-VD-ZHONGQING-01", "SN-VD-HUANZHONG-03"]):
        S.status(sid, "offline", sec(20 + 7 * j), A, reason="mains_power_lost")
    for j, sid in enumerate(["SN-SIG-005", "SN-SIG-006", "SN-SIG-008"]):
        S.status(sid, "offline", sec(25 + 6 * j), A, reason="mains_power_lost", alt="dark_signals")
    S.rule("SN-CCTV-005", "sensor_offline", sec(320), "經貿路二段/黎明路三段 路口監視器 離線超過 5 分鐘", A)
    S.rule("SN-VD-JINGMAO-01", "sensor_offline", sec(330), "經貿路車輛偵測器1 離線超過 5 分鐘", A)
    S.sensor("fire_alarm", "SN-FA-011", "fault", sec(40), "受信總機 主電源停電 切換預備電源", A)
    S.sensor("fire_alarm", "SN-FA-005", "fault", sec(45), "受信總機 市電中斷 發電機啟動", A)
    k = S.c1999("power_outage", "eco_a", "15:47", "生態住宅A區整棟停電了", A)
    S.c1999("power_outage", "eco_a", "15:50", "經貿路這邊整排都停電，什麼時候會來電", A)
    S.c1999("streetlight", "jingmao_liming", "16:05", "經貿路黎明路那邊路燈號誌全部都不亮", A, alt="dark_signals")
    S.police("traffic_signal_fault", "Severe", "jingmao_liming", "15:58", "經貿路黎明路口號誌停電黑燈，派員指揮交通", A, alt="dark_signals")
    S.police("traffic_signal_fault", "Severe", "zhongqing_huanzhong", "16:04", "中清環中路口號誌黑燈，已派員手勢指揮", A, alt="dark_signals")
    S.cctv("SN-CCTV-004", "signal_dark", "16:10", "號誌黑燈", A, 0.62, alt="dark_signals")
    S.c1999("power_outage", "tower", "16:20", "營運塔附近辦公室停電，電梯停了，有沒有人知道什麼時候恢復", A)
    S.suff(A, a1)
    S.alt_inc("dark_signals", "traffic", "停電黑燈路口（警察指揮交通）")
    S.set_alt("The dark junctions are the police's traffic job, run apart from the power company's outage job; the first shallow reading at 河南路 is not yet a flood.")
    # B lift
    b1 = S.c1999("rescue", "eco_a", "15:51", "生態住宅A區電梯停電卡住，我媽媽和鄰居 2 個人在裡面", B)
    S.f119("rescue", "eco_a", "15:54", "生態住宅A區 電梯困人 2 名", B)
    S.f119("rescue", "eco_a", "16:18", "電梯困人 2 名已救出 無傷", B, status="closed")
    S.suff(B, b1)
    # C oxygen
    c1 = S.c1999("rescue", "eco_a", "16:12", "停電了，我爸爸用的製氧機不能用，現在很喘，拜託幫忙", C, jitter=60)
    S.f119("ambulance", "eco_a", "16:16", "經貿路三段住家 停電製氧機停擺 78 歲男性呼吸喘", C, jitter=60)
    S.suff(C, c1)
    # D crash at dark junction
    d1 = S.police("injury_accident", "Moderate", "jingmao_jm7", "16:31", "經貿路二段經貿七路口 號誌無電，兩車路口碰撞，一人輕傷", D, alt="dark_signals")
    S.f119("ambulance", "jingmao_jm7", "16:33", "經貿路經貿七路口車禍 1 名女性胸口挫傷", D)
    S.c1999("traffic_accident", "jingmao_jm7", "16:35", "經貿七路紅綠燈沒亮，兩台車撞在一起", D)
    S.suff(D, d1)
    # E henan
    S.rule("SN-FL-007", "flood_depth", "16:40", "河南路低窪處 淹水深度 11 cm", E, level="1-15", alt=None)
    e1 = S.rule("SN-FL-007", "flood_depth", "17:12", "河南路低窪處 淹水深度 21 cm", E, level="16-30")
    S.c1999("flooding", "henan_low", "17:20", "河南路停車場前面開始淹水", E)
    S.suff(E, e1)
    # background
    S.rule("SN-VD-HENAN-01", "congestion", "16:50", "河南路車輛偵測器1 車速降至 19 km/h", None)
    S.rule("SN-VD-LIMING-01", "congestion", "16:55", "黎明路車輛偵測器1 車速降至 16 km/h", None, alt="dark_signals")
    S.c1999("other", "xitun_home", "17:05", "明天還會停班停課嗎", None)
    S.debate("Dark signals, offline cabinets and panel mains faults are one outage job (one cause).", "dark junctions as a separate police traffic job (dark_signals)")
    S.debate("The crash at a dark junction is its own traffic job.", "the police report, which names the dark signal, goes to the dark-junction job; the ambulance and the caller stay with the crash")
    S.debate("The lift and the oxygen patient are separate rescues even though both are in block A and caused by the outage.", "none given")
    S.debate("The first 11 cm reading at 河南路 is part of the flood.", "null until it deepens")
    return S.write()


def s1596():
    S = Sit(1596, "fires_in_the_rain",
            "17:00-19:30 停電持續：生態住宅B區住戶點蠟燭引發火警；環中路凱旋路口車輛起火；河南路低窪處計程車受困；號誌仍黑燈。")
    S.story = ("The outage goes on into the evening and residents light candles. At 17:48 a candle sets a curtain alight on the fourth floor of "
               "生態住宅 B區: the panel alarms on battery, neighbours call 1999, 119 sends engines and the police close a lane of 敦化路 for them. "
               "On 環中路 by 凱旋路 a car that drove through deep water catches fire under the bonnet. At the 河南路 low point a taxi stalls "
               "in 40 cm of water with its driver inside. Callers still ask when the power comes back.")
    A = S.inc("fire_eco_b", "fire", "生態住宅B區 4 樓蠟燭引燃窗簾，住戶疏散")
    B = S.inc("car_fire_huanzhong", "fire", "環中路凱旋路口 涉水車輛引擎室起火")
    C = S.inc("power_cut_ne_cont", "infrastructure", "東北側停電持續（延續）")
    D = S.inc("taxi_henan", "rescue", "河南路低窪處計程車涉水熄火，駕駛受困")
    E = S.inc("flood_henan_cont", "flood", "河南路低窪處淹水超過 30 cm")
    rain_bg(S, "17:02", "大豪雨")
    # A
    a1 = S.sensor("fire_alarm", "SN-FA-012", "alarm", "17:48", "火警受信總機 4F 偵煙器動作（預備電源）", A)
    S.c1999("fire_smoke", "eco_b", "17:50", "生態住宅B區 4 樓有火，窗戶一直冒煙", A)
    a2 = S.f119("fire", "dunhua", "17:51", "敦化路一段 集合住宅 4 樓 火警 疑蠟燭引燃", A)
    S.dup(a2, 20)
    S.c1999("fire_smoke", "eco_b", "17:53", "停電點蠟燭燒起來了，樓上都是煙", A)
    S.police("road_closure", "Moderate", "dunhua", "17:58", "敦化路一段因火警管制外側車道供消防車使用", A)
    S.police("evacuation", "Moderate", "eco_b", "18:02", "生態住宅B區 4、5 樓住戶約 40 人疏散至一樓大廳", A)
    S.f119("fire", "dunhua", "18:06", "4 樓火勢撲滅 1 人吸入嗆傷", A, status="on_scene", follows=a2)
    S.f119("ambulance", "dunhua", "18:10", "火警現場 1 名女性吸入濃煙 送醫", A)
    S.sensor("fire_alarm", "SN-FA-012", "normal", "18:40", "火警受信總機復歸", A)
    S.f119("fire", "dunhua", "18:55", "敦化路火警 結案", A, status="closed", follows=a2)
    S.suff(A, a1)
    # B
    b1 = S.cctv("SN-CCTV-002", "smoke", "18:21", "偵測到煙霧", B, 0.77)
    b2 = S.police("fire_report", "Severe", "huanzhong_kaixuan", "18:24", "環中路二段凱旋路口 自小客引擎室起火，駕駛已逃出", B)
    S.f119("fire", "huanzhong_kaixuan", "18:23", "環中路凱旋路口 車輛火災", B)
    S.c1999("fire_smoke", "huanzhong_kaixuan", "18:25", "環中路有一台車在燒，冒黑煙", B)
    S.rule("SN-VD-HUANZHONG-02", "congestion", "18:35", "環中路車輛偵測器2 車速降至 7 km/h", B)
    S.f119("fire", "huanzhong_kaixuan", "18:52", "車輛火災撲滅 無人傷亡", B, status="returning")
    S.suff(B, b2)
    # C outage continuing
    c1 = S.c1999("power_outage", "eco_a", "17:10", "經貿路三段到現在還是沒電，台電電話都打不通", C)
    S.c1999("power_outage", "eco_b", "17:35", "敦化路這邊也停電了快兩小時", C)
    S.police("traffic_signal_fault", "Severe", "zhongqing_huanzhong", "17:40", "中清環中路口號誌仍黑燈，持續派員指揮", C)
    S.rule("SN-SIG-006", "sensor_offline", "18:00", "經貿路二段/經貿七路 號誌 離線超過 2 小時", C)
    S.c1999("streetlight", "jingmao_liming", "18:15", "經貿路整條路燈都沒亮，一片漆黑很危險", C)
    S.c1999("power_outage", "tower", "19:05", "還是沒電，冰箱裡的東西都要壞了", C, jitter=80)
    S.suff(C, c1)
    S.notes.append("The fire of 生態住宅 B區 is in the outage area; it is the fire's job, the outage stays its own.")
    # D / E henan
    S.rule("SN-FL-007", "flood_depth", "17:30", "河南路低窪處 淹水深度 29 cm", E, level="16-30")
    e1 = S.rule("SN-FL-007", "flood_depth", "18:05", "河南路低窪處 淹水深度 38 cm", E, level=">30")
    S.c1999("flooding", "henan_low", "18:12", "河南路水很深，機車都過不去", E)
    S.police("flooding_report", "Severe", "henan_low", "18:20", "河南路低窪路段積水 40 公分，勸導車輛勿進入", E)
    S.sensor("parking", "SN-PK-003", "closed", "18:25", "入口積水 暫停開放", E, alt=None)
    S.suff(E, e1)
    d1 = S.f119("rescue", "henan_low", "18:44", "河南路積水路段 計程車熄火 駕駛 1 人受困車內", D)
    S.police("stalled_vehicle", "Severe", "henan_low", "18:47", "河南路計程車涉水熄火，駕駛不敢下車，消防到場救援", D)
    S.f119("rescue", "henan_low", "19:02", "河南路受困駕駛已救出 無傷", D, status="closed", follows=d1)
    S.suff(D, d1)
    S.set_alt("The taxi rescue can be run inside the 河南路 flood job (same water, same place), and the car park closing is a car-park matter, not flood evidence.")
    S.alt_relabel(D, E)
    # background
    S.c1999("other", "xitun_home", "18:30", "颱風什麼時候會離開", None)
    S.rule("SN-VD-ZHONGPING-02", "congestion", "18:50", "中平路車輛偵測器2 車速降至 21 km/h", None)
    S.rule("SN-RG-003", "heavy_rain", "19:00", "北屯雨量站雨量達豪雨標準", None, level="豪雨")
    S.debate("The taxi rescue in the 河南路 water is a rescue job of its own.", "one job with the 河南路 flood")
    S.debate("SN-PK-003 closing its entrance for water is flood evidence.", "null: a car-park state")
    S.debate("The candle fire inside the outage area is the fire's job, not the outage's.", "none given")
    return S.write()


if __name__ == "__main__":
    for f in (s1591, s1592, s1593, s1594, s1595, s1596):
        print(f.__name__, f())
