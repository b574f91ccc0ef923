"""Situations 2071-2076 (seeded)."""
from lib import Situation, inc, at, bg_1999, bg_congestion, bg_flap, PLACES, road_point, between


def s2071():
    s = Situation(2071, "stolen_car_chase", "2026-04-17 22:40", 2071,
                  "深夜巡邏車在台74線環中路口發現失竊車輛，嫌車拒檢逃逸，沿環中路、凱旋路、逆向駛入黎明路，再轉經貿路南下，"
                  "最後在經貿路二段經貿七路口撞上路邊停放車輛，駕駛棄車徒步逃往綠美圖方向後被壓制，乘客受傷送醫。"
                  "同一時段中清環中路口另有一起輕微擦撞，與追緝無關。",
                  "The pursuit is one police job from the first report to the arrest: the crash is its end, the same suspects, "
                  "the same units. Cameras and callers see it at four crossings over 2 km in five minutes. "
                  "The fender-bender at 中清/環中 is another job (other cars, minor, police traffic unit).")
    A, B = "A", "B"
    bg_congestion(s, -10, "SN-VD-HUANZHONG-04")
    bg_1999(s, -6, 0)
    k0 = s.add("incident", "theft", 0, "巡邏警網於台74線環中路二段口發現失竊自小客車（白色，車牌ARK-5391），拒絕盤查加速逃逸，警車追緝中。",
               A, where="x_74_huanzhong", severity="Moderate")
    late = s.add("1999", "other", 1.2, "環中路這邊有一台白色車子開超快闖紅燈，後面警車在追，很危險。", A,
                 where=between(PLACES["x_74_huanzhong"], PLACES["x_kaixuan_huanzhong"], 0.6), delay=1100)
    s.add("cctv", "wrong_way", 2.3, "偵測逆向行駛車輛。", A, sensor="SN-CCTV-007", confidence=0.81)
    k3 = s.add("1999", "traffic_accident", 2.9, "黎明路有車逆向開很快，差點撞到我的機車，後面還有警車。", A,
               where=between(PLACES["x_liming_kaixuan"], PLACES["x_jingmao_liming"], 0.4))
    s.add("incident", "other", 3.4, "嫌車於黎明路三段凱旋路口逆向駛入黎明路往經貿路方向，持續追緝。", A,
          where="x_liming_kaixuan", severity="Moderate", follows=k0)
    s.add("cctv", "wrong_way", 4.1, "偵測逆向行駛車輛。", A, sensor="SN-CCTV-005", confidence=0.74)
    c1 = s.add("cctv", "accident", 5.0, "偵測疑似交通事故。", A, sensor="SN-CCTV-006", confidence=0.88, truth_alt="A2")
    k6 = s.add("incident", "injury_accident", 5.3, "嫌車於經貿路二段經貿七路口撞擊路邊停放車輛，駕駛下車徒步逃逸往綠美圖方向，乘客受傷卡在車內。",
               A, where="x_jingmao_7", severity="Severe", follows=k0, truth_alt="A2")
    k7 = s.add("1999", "traffic_accident", 5.4, "經貿七路口碰一聲好大聲，一台車撞爛了，裡面好像有人受傷。", A,
               where="x_jingmao_7", truth_alt="A2")
    s.dup(k7, 35)
    a1 = s.add("119", "ambulance", 6.2, "經貿路二段與經貿七路口車禍，1人受傷受困，派遣救護車及救助隊。", A,
               where="x_jingmao_7", truth_alt="A2")
    kb = s.add("incident", "accident", 8.0, "中清路環中路口兩部自小客車擦撞，無人受傷，雙方在場等候處理。", B,
          where="x_zhongqing_huanzhong", severity="Minor")
    s.add("1999", "traffic_accident", 8.6, "中清環中路口有兩台車擦撞停在路中間。", B, where="x_zhongqing_huanzhong")
    s.add("119", "ambulance", 9.5, "救護車到達經貿七路口，傷者1名已脫困。", A, where="x_jingmao_7",
          status="on_scene", follows=a1, truth_alt="A2")
    s.add("incident", "other", 11.0, "徒步逃逸之駕駛於綠美圖東側步道遭員警壓制逮捕，另1名共犯仍在逃。", A,
          where="museumbrary", severity="Moderate", follows=k0)
    s.add("cctv", "stalled_vehicle", 12.0, "偵測車輛停滯。", A, sensor="SN-CCTV-006", confidence=0.9, truth_alt="A2")
    s.add("rule", "congestion", 13.5, "經貿路車速下降，平均車速14 km/h。", A, sensor="SN-VD-JINGMAO-01",
          severity="Minor", truth_alt="A2")
    cl = s.add("incident", "road_closure", 14.0, "經貿路二段往南經貿七路口封閉內側車道，處理事故及勘驗。", A,
               where="x_jingmao_7", severity="Minor", follows=k6, truth_alt="A2")
    s.add("incident", "other", 19.0, "中清環中擦撞雙方和解，車輛已移置路旁。", B, where="x_zhongqing_huanzhong",
          severity="Minor")
    bg_1999(s, 16, 0)
    bg_flap(s, 18, "SN-CCTV-009")
    s.add("119", "ambulance", 24.0, "傷者送往中國醫藥大學附設醫院，救護車返隊。", A, where="x_jingmao_7",
          status="returning", follows=a1, truth_alt="A2")
    bg_1999(s, 27, 2)
    s.add("1999", "other", 31.0, "剛剛有警察在抓人，是不是有歹徒？我們住附近會不會有危險。", A,
          where="museumbrary", scatter=250)
    s.add("incident", "road_reopened", 48.0, "事故車輛拖離，經貿路二段恢復通行。", A, where="x_jingmao_7",
          severity="Minor", follows=cl, truth_alt="A2")
    bg_congestion(s, 50, "SN-VD-HENAN-01")
    s.incident(A, "public_safety", "失竊車輛拒檢逃逸追緝，自台74線環中路口經凱旋路、黎明路逆向至經貿路二段經貿七路口撞車，駕駛棄車逃逸後於綠美圖旁被捕（含車禍傷者救護）。", k0)
    s.incident(B, "traffic", "中清路環中路口兩車擦撞，無人受傷。", kb)
    s.alternative("The crash at 經貿七路 may be run as its own traffic job (rescue crew, tow, closure) beside the police pursuit, "
                  "which keeps the chase, the arrest and the callers who only saw the chase.",
                  [inc(A, "public_safety", "失竊車輛追緝及逮捕。", k0),
                   inc("A2", "traffic", "經貿路二段經貿七路口嫌車撞擊停放車輛，乘客受傷受困。", c1),
                   inc(B, "traffic", "中清路環中路口兩車擦撞，無人受傷。", kb)])
    s.write()


def s2072():
    s = Situation(2072, "truck_spills_gravel_huanzhong", "2026-05-06 07:45", 2072,
                  "上班尖峰，一輛載運砂石的大貨車車斗未關妥，沿環中路由臺灣大道往中清路方向一路掉落砂石，"
                  "監視器與民眾在兩公里內多處看到路面砂石，一名機車騎士在凱旋路口附近滑倒受傷；貨車最後在中清環中路口被警方攔下。"
                  "同時河南路中平路口有一輛故障車，另有尖峰車流壅塞與例行陳情。",
                  "One cause, one clean-up along one road: the spill is one job even though it stretches 2.5 km. "
                  "The scooter fell on the gravel, so the crash is part of the spill's job (same clean-up, same traffic unit). "
                  "Rush-hour slow-downs away from the spill are background; the breakdown at 河南/中平 is unrelated.")
    A, B = "A", "B"
    for m, vd in ((-12, "SN-VD-HENAN-01"), (-9, "SN-VD-ZHONGQING-02"), (-5, "SN-VD-ZHONGPING-02")):
        bg_congestion(s, m, vd)
    bg_1999(s, -4, 3)
    c0 = s.add("cctv", "fallen_object", 0, "偵測路面掉落物。", A, sensor="SN-CCTV-009", confidence=0.58)
    k1 = s.add("1999", "fallen_object", 2.0, "環中路往北屯方向路上一堆碎石，前面大卡車一直在掉東西。", A,
          where=road_point("huanzhong", 0.12), scatter=80)
    k2 = s.add("incident", "fallen_object", 3.5, "環中路二段近臺灣大道往中清方向路面散落砂石約百公尺，疑為前方砂石車掉落。", A,
               where=road_point("huanzhong", 0.18), severity="Moderate")
    s.add("rule", "congestion", 4.5, "環中路車速下降，平均車速11 km/h。", A, sensor="SN-VD-HUANZHONG-04", severity="Moderate")
    c1 = s.add("cctv", "fallen_object", 6.0, "偵測路面掉落物。", A, sensor="SN-CCTV-001", confidence=0.66,
               observed=28800)  # camera stamps local time as UTC
    s.dup(c1, 20)
    k5 = s.add("incident", "injury_accident", 7.5, "環中路二段凱旋路口前機車騎士輾過路面砂石滑倒，右手擦挫傷。", A,
               where="x_kaixuan_huanzhong", severity="Moderate", follows=k2, truth_alt="A2")
    a1 = s.add("119", "ambulance", 8.2, "環中路凱旋路口機車自摔，1人受傷。", A, where="x_kaixuan_huanzhong", truth_alt="A2")
    s.add("1999", "traffic_accident", 8.0, "凱旋路口有人騎車滑倒，地上都是石頭。", A, where="x_kaixuan_huanzhong", truth_alt="A2")
    s.add("cctv", "fallen_object", 9.5, "偵測路面掉落物。", A, sensor="SN-CCTV-003", confidence=0.71)
    s.add("rule", "congestion", 10.0, "環中路車速下降，平均車速9 km/h。", A, sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    kb = s.add("cctv", "stalled_vehicle", 11.0, "偵測車輛停滯。", B, sensor="SN-CCTV-010", confidence=0.83)
    s.add("incident", "stalled_vehicle", 12.5, "河南路中平路口自小客車拋錨占用外側車道，已通知拖吊。", B,
          where="x_henan_zhongping", severity="Minor")
    s.add("incident", "other", 13.0, "肇事砂石車於中清路環中路口攔停，車斗後門未關妥，已舉發並通知業者派員清理。", A,
          where="x_zhongqing_huanzhong", severity="Moderate", follows=k2)
    s.add("cctv", "fallen_object", 13.5, "偵測路面掉落物。", A, sensor="SN-CCTV-008", confidence=0.62)
    s.add("119", "ambulance", 15.0, "到達環中路凱旋路口，傷者輕傷拒絕送醫。", A, where="x_kaixuan_huanzhong",
          status="closed", follows=a1, truth_alt="A2")
    s.add("rule", "congestion", 14.0, "河南路車速下降，平均車速13 km/h。", B, sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("1999", "road_damage", 17.0, "環中路經貿路口附近路面都是小石頭，機車很危險，請趕快派人清。", A,
          where="x_jingmao_huanzhong", scatter=100)
    cl = s.add("incident", "road_closure", 20.0, "環中路二段往東外側車道封閉，清掃車清除散落砂石。", A,
               where=road_point("huanzhong", 0.55), severity="Minor", follows=k2)
    s.add("rule", "congestion", 21.0, "環中路車速下降，平均車速8 km/h。", A, sensor="SN-VD-HUANZHONG-03", severity="Moderate")
    bg_1999(s, 22, 1)
    s.add("incident", "other", 30.0, "河南路拋錨車已拖離。", B, where="x_henan_zhongping", severity="Minor")
    bg_congestion(s, 31, "SN-VD-LIMING-01")
    bg_flap(s, 33, "SN-PK-003", "battery_low", 5)
    bg_1999(s, 35, 6)
    s.add("1999", "road_damage", 44.0, "剛剛打過了，環中路台74那邊還有碎石沒掃乾淨。", A,
          where="x_74_huanzhong", scatter=120)
    s.add("incident", "road_reopened", 62.0, "環中路砂石清除完畢，全線恢復通行。", A, where=road_point("huanzhong", 0.55),
          severity="Minor", follows=cl)
    bg_congestion(s, 40, "SN-VD-ZHONGKE-01")
    s.incident(A, "traffic", "砂石車沿環中路（臺灣大道至中清路）沿途掉落砂石，含凱旋路口機車滑倒受傷、封閉車道清掃。", k1)
    s.incident(B, "traffic", "河南路中平路口自小客車拋錨。", kb)
    s.alternative("The scooter fall may be run as its own injury crash (ambulance, accident report) next to the spill's clean-up.",
                  [inc(A, "traffic", "砂石車沿環中路掉落砂石，清掃與封閉車道。", k1),
                   inc("A2", "traffic", "環中路凱旋路口機車輾砂石滑倒受傷。", k5),
                   inc(B, "traffic", "河南路中平路口自小客車拋錨。", kb)])
    s.write()


def s2073():
    s = Situation(2073, "burning_car_zhongke", "2026-02-11 20:15", 2073,
                  "一輛自小客車引擎起火，駕駛仍沿中科路由環中路往南行駛，路口監視器先偵測到煙霧，沿途民眾打1999說有車冒煙還在開，"
                  "車子最後停在中科路流行影音中心旁整台燃燒，消防隊到場撲滅，駕駛吸入濃煙送醫。"
                  "同一時間逢甲水湳校區南側空地有人露天燃燒雜物，是另一個火點。",
                  "A car that keeps driving while it burns is one fire: the camera at 環中路 and the callers along 中科路 "
                  "see the same car before it stops. The open burning 1 km south is another fire job (other crew, other place, "
                  "callers describe a pile, not a car). A panel fault at the convention centre is background.")
    A, B = "A", "B"
    stop = (120.6534, 24.1872)
    bg_congestion(s, -15, "SN-VD-HUANZHONG-01")
    bg_1999(s, -8, 4)
    s.add("cctv", "smoke", 0, "偵測煙霧。", A, sensor="SN-CCTV-003", confidence=0.62)
    s.add("1999", "fire_smoke", 1.5, "中科路上有一台車引擎蓋一直冒白煙，還在開，往南邊開過去了。", A,
          where=road_point("zhongke", 0.3), scatter=60)
    s.add("fire_alarm", "fault", 2.0, "迴路故障，第3迴路斷線。", None, sensor="SN-FA-002")
    k2 = s.add("1999", "fire_smoke", 3.4, "流行影音中心旁邊中科路有一台車燒起來了！火很大！", A, where=stop, scatter=70)
    f1 = s.add("119", "fire", 3.8, "中科路（臺中流行影音中心旁）車輛火警，派遣水箱車2、救護車1。", A, where=stop)
    s.add("1999", "fire_smoke", 4.0, "中科路車子起火，駕駛有出來，但煙很大。", A, where=stop, scatter=100)
    s.add("incident", "fire_report", 4.5, "中科路南向近流行影音中心自小客車起火，駕駛已離車，現場管制。", A,
          where=stop, severity="Severe")
    s.dup(k2, 50)
    s.add("rule", "congestion", 7.0, "中科路車速下降，平均車速10 km/h。", A, sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    kb = s.add("1999", "fire_smoke", 8.0, "逢甲水湳校區後面空地有人在燒東西，一大堆在燒，火星亂飛。", B,
               where=(120.6521, 24.1772), scatter=60)
    s.add("119", "fire", 9.0, "中科路車輛火警，第一梯次到場，火勢控制中。", A, where=stop, status="on_scene", follows=f1)
    s.add("1999", "fire_smoke", 9.5, "我在中科路會展那邊，剛剛看到一台車冒煙開過去，後來前面就一片火光。", A,
          where=road_point("zhongke", 0.35), scatter=80, delay=600)
    f2 = s.add("119", "fire", 10.5, "西屯區逢甲水湳校區南側空地雜物燃燒，派遣水箱車1。", B, where=(120.6521, 24.1772))
    s.add("incident", "road_closure", 11.0, "中科路南向封閉，車流改道凱旋路。", A, where=stop, severity="Moderate")
    s.add("119", "ambulance", 12.0, "中科路車輛火警，駕駛男40歲吸入性嗆傷，送醫。", A, where=stop)
    bg_1999(s, 13, 0)
    s.add("rule", "congestion", 14.0, "凱旋路車速下降，平均車速15 km/h。", A, sensor="SN-VD-KAIXUAN-02", severity="Minor")
    s.add("119", "fire", 17.0, "空地雜物火警到場，現場民眾燃燒廢棄家具，已撲滅並通報環保局。", B, where=(120.6521, 24.1772),
          status="on_scene", follows=f2)
    s.add("fire_alarm", "normal", 18.0, "迴路恢復正常。", None, sensor="SN-FA-002")
    s.add("119", "fire", 19.0, "中科路車輛火警撲滅，無延燒。", A, where=stop, status="closed", follows=f1)
    s.add("1999", "環境公害", 21.0, "空地那邊燒完還一直冒煙，味道很臭。", B, where=(120.6521, 24.1772), scatter=150)
    bg_1999(s, 23, 3)
    bg_flap(s, 25, "SN-VD-LIMING-01")
    s.add("incident", "road_reopened", 40.0, "燒毀車輛已拖離，中科路恢復通行。", A, where=stop, severity="Minor")
    bg_congestion(s, 44, "SN-VD-HENAN-02")
    s.incident(A, "fire", "行駛中自小客車引擎起火，沿中科路南行後停在流行影音中心旁燃燒，駕駛嗆傷送醫，中科路封閉。", k2)
    s.incident(B, "fire", "逢甲水湳校區南側空地露天燃燒廢棄家具。", kb)
    s.write()


def s2074():
    s = Situation(2074, "gas_main_hit_smell_drifts", "2026-01-20 14:10", 2074,
                  "經貿路二段經貿七路口附近天然氣管線汰換工程，怪手挖破中壓瓦斯管，東北季風把瓦斯味往西南吹，"
                  "綠美圖、中央公園、流行影音中心甚至逢甲水湳校區的民眾陸續打1999說聞到瓦斯味。"
                  "綠美圖疏散，經貿路封閉，瓦斯公司搶修。同時生態住宅A區有住戶家中瓦斯桶漏氣，是另一件事。",
                  "All the far smells are downwind (NE monsoon) of the broken main and start after it: one hazmat job. "
                  "The block A call is upwind-side of the plume's path, names a cylinder at home, and gets its own 119 run. "
                  "The works permit explains the works, not an incident: background.")
    A, B = "A", "B"
    site = (120.6574, 24.1918)
    s.add("planned_event", "road_works", -70, "經貿路二段（經貿七路至綠美圖段）天然氣管線汰換工程，施工時間09:00-17:00。",
          None, where=site, scatter=0, delay=-3 * 86400, ends=at(s, 170), radius_m=150)
    bg_congestion(s, -20, "SN-VD-JINGMAO-01")
    bg_1999(s, -10, 2)
    k0 = s.add("1999", "gas_odor", 1.5, "經貿路施工的地方好大一股瓦斯味，工人在喊，好像挖到管子了。", A, where=site, scatter=60)
    h = s.add("119", "hazmat", 3.0, "經貿路二段施工挖損中壓天然氣管線，瓦斯外洩，派遣化學車、水箱車及救護車。", A, where=site)
    s.add("incident", "hazmat_report", 4.5, "經貿路二段施工挖破瓦斯管，現場外洩嚴重，周邊50公尺管制。", A,
          where=site, severity="Severe")
    s.add("1999", "gas_odor", 6.0, "綠美圖這邊聞到很濃的瓦斯味，要不要緊？", A, where="museumbrary", scatter=80)
    s.add("incident", "road_closure", 7.0, "經貿路二段經貿七路至中央公園段雙向封閉。", A, where=site, severity="Moderate")
    s.add("119", "hazmat", 9.0, "化學車到場，以水霧稀釋，瓦斯公司派員關閉上游閥門中。", A, where=site,
          status="on_scene", follows=h)
    ev = s.add("incident", "evacuation", 10.0, "臺中綠美圖館內民眾疏散至東側廣場。", A, where="museumbrary", severity="Moderate")
    s.add("1999", "gas_odor", 11.0, "我在中央公園步道散步，一直聞到瓦斯味，不知道哪裡漏。", A,
          where="SN-FL-002", scatter=150)
    s.add("rule", "congestion", 12.0, "經貿路車速下降，平均車速7 km/h。", A, sensor="SN-VD-JINGMAO-01", severity="Moderate")
    kb = s.add("1999", "gas_odor", 13.0, "我家廚房瓦斯桶好像漏氣，整間都是瓦斯味，我先把窗戶打開了。", B,
               where="eco_a", scatter=40)
    s.add("1999", "gas_odor", 14.5, "流行影音中心外面有瓦斯味，是不是附近有漏氣？", A, where="popmusic", scatter=120)
    s.dup(kb, 40)
    b2 = s.add("119", "hazmat", 15.0, "水湳生態住宅A區住戶瓦斯桶漏氣，派遣救助隊。", B, where="eco_a")
    far = s.add("1999", "gas_odor", 18.0, "逢甲水湳校區這邊有一點瓦斯味，教室有同學說頭暈。", A, where="fcu", scatter=150,
                truth_alt="A2")
    s.add("1999", "gas_odor", 19.0, "公園南邊也有味道，很淡，是不是要通知誰？", A, where="SN-FL-003", scatter=150)
    s.add("119", "hazmat", 22.0, "生態住宅A區瓦斯桶調節器鬆脫，已關閉並通風，無人受傷。", B, where="eco_a",
          status="closed", follows=b2)
    bg_1999(s, 24, 0)
    s.add("119", "hazmat", 35.0, "上游閥門關閉，外洩停止，持續偵測濃度。", A, where=site, status="on_scene", follows=h)
    s.add("incident", "other", 52.0, "綠美圖經偵測無殘留瓦斯，民眾可返回館內。", A, where="museumbrary", severity="Minor",
          follows=ev)
    bg_flap(s, 40, "SN-RG-001")
    bg_congestion(s, 45, "SN-VD-KAIXUAN-02")
    s.add("incident", "road_reopened", 95.0, "經貿路二段管線修復，恢復通行。", A, where=site, severity="Minor")
    s.add("119", "hazmat", 96.0, "瓦斯外洩案件結案返隊。", A, where=site, status="returning", follows=h)
    s.incident(A, "hazmat", "經貿路二段施工挖破中壓瓦斯管，瓦斯味隨東北季風飄至綠美圖、中央公園、流行影音中心、逢甲水湳校區；綠美圖疏散、經貿路封閉。", k0)
    s.incident(B, "hazmat", "水湳生態住宅A區住戶瓦斯桶調節器鬆脫漏氣。", kb)
    s.alternative("The FCU campus call is 1.5 km from the main, with people feeling dizzy: a coordinator may send a unit "
                  "to check for a second source there before accepting it as the drift.",
                  [inc(A, "hazmat", "經貿路二段施工挖破中壓瓦斯管，瓦斯味飄散。", k0),
                   inc("A2", "hazmat", "逢甲水湳校區瓦斯味，學生頭暈，另行查察。", far),
                   inc(B, "hazmat", "水湳生態住宅A區住戶瓦斯桶漏氣。", kb)])
    s.write()


def s2075():
    s = Situation(2075, "storm_water_runs_down_jingmao", "2026-06-03 16:30", 2075,
                  "午後雷陣雨，經貿路北段的雨水排不掉，沿著經貿路往南流，先在經貿路低窪處淹起來，接著區域排水水位升高，"
                  "再往南淹到生態住宅B區地下室與經貿路中平路口。另外中清環中路口地下道積水，一輛車熄火受困。"
                  "中央公園南滯洪池水位達三級警戒，但滯洪池本來就是用來蓄水的。",
                  "The water on 經貿路 is one flood that moves south over an hour: one road, one drainage line, one pumping crew. "
                  "The underpass at 中清/環中 is a separate flood with a rescue in it (closed underpass, trapped car). "
                  "Rain alerts are regional and open nothing. The pond filling is what the pond is for; I leave it as background.")
    A, B = "A", "B"
    s.add("rule", "heavy_rain", 0, "水湳轉運中心雨量站時雨量達大雨標準。", None, sensor="SN-RG-002", severity="Moderate", level="大雨")
    s.add("rule", "heavy_rain", 4, "中央公園雨量站時雨量達大雨標準。", None, sensor="SN-RG-001", severity="Moderate", level="大雨")
    bg_congestion(s, 6, "SN-VD-HUANZHONG-02")
    b0 = s.add("rule", "flood_depth", 9, "中清環中路口地下道淹水深度16-30公分。", B, sensor="SN-FL-006", severity="Moderate", level="16-30")
    k1 = s.add("1999", "flooding", 12, "經貿路黎明路這邊水很多，整條路的水一直往南邊流下去，水溝都滿出來了。", A,
               where="x_jingmao_liming", scatter=100)
    s.add("cctv", "flooding", 13, "偵測道路積水。", B, sensor="SN-CCTV-008", confidence=0.79)
    s.add("rule", "heavy_rain", 15, "水湳轉運中心雨量站3小時雨量達豪雨標準。", None, sensor="SN-RG-002", severity="Severe", level="豪雨")
    b1 = s.add("rule", "flood_depth", 17, "中清環中路口地下道淹水深度超過30公分。", B, sensor="SN-FL-006", severity="Severe", level=">30")
    s.add("1999", "flooding", 19, "經貿七路口水淹到輪胎一半了，機車都在牽車。", A, where="x_jingmao_7", scatter=80)
    k2 = s.add("rule", "flood_depth", 20, "經貿路低窪處淹水深度1-15公分。", A, sensor="SN-FL-008", severity="Minor", level="1-15")
    r1 = s.add("119", "rescue", 22, "中清環中路口地下道車輛熄火，駕駛受困車內，派遣救助隊。", B, where="SN-FL-006", scatter=20)
    s.add("incident", "road_closure", 23, "中清環中路口地下道積水封閉，雙向禁止通行。", B, where="SN-FL-006", severity="Severe")
    w1 = s.add("rule", "water_level", 25, "水湳區域排水經貿路水位達三級警戒。", A, sensor="SN-WL-003", severity="Moderate",
               level="3", delay=780)  # backlog at the station's modem
    k3 = s.add("rule", "flood_depth", 28, "經貿路低窪處淹水深度16-30公分。", A, sensor="SN-FL-008", severity="Moderate", level="16-30")
    s.dup(k3, 15)
    pond = s.add("rule", "water_level", 30, "中央公園南滯洪池水位達三級警戒。", None, sensor="SN-WL-002", severity="Moderate", level="3",
          truth_alt="C")
    s.add("1999", "flooding", 33, "經貿路靠近生態住宅那邊水一直從北邊流下來，騎樓都淹了。", A, where=road_point("jingmao", 0.72), scatter=60)
    s.add("119", "rescue", 31, "地下道受困駕駛已救出，無受傷。", B, where="SN-FL-006", status="on_scene", follows=r1)
    k4 = s.add("rule", "flood_depth", 38, "經貿路低窪處淹水深度超過30公分。", A, sensor="SN-FL-008", severity="Severe", level=">30")
    s.add("rule", "water_level", 40, "水湳區域排水經貿路水位達二級警戒。", A, sensor="SN-WL-003", severity="Severe", level="2")
    s.add("1999", "flooding", 42, "生態住宅B區地下室停車場進水了，水從車道口灌進來。", A, where="eco_b", scatter=50)
    s.add("cctv", "flooding", 45, "偵測道路積水。", A, sensor="SN-CCTV-011", confidence=0.72)
    s.add("rule", "flood_depth", 44, "中央公園滯洪池4淹水深度16-30公分。", None, sensor="SN-FL-004", severity="Moderate",
          level="16-30", truth_alt="C")
    s.add("incident", "flooding_report", 48, "經貿路中平路口積水約20公分，車輛減速慢行。", A, where="x_jingmao_zhongping", severity="Moderate")
    s.add("incident", "road_closure", 50, "經貿路二段經貿七路至中平路段積水封閉，水利局抽水機進駐。", A,
          where=road_point("jingmao", 0.7), severity="Severe")
    s.add("rule", "congestion", 52, "經貿路車速下降，平均車速6 km/h。", A, sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("1999", "blocked_drain", 55, "凱旋路逢甲校區旁水溝蓋被樹葉塞住，水排不下去。", None, where="fcu", scatter=150)
    s.add("rule", "cleared", 70, "中清環中路口地下道淹水解除。", B, sensor="SN-FL-006", severity="Minor")
    bg_1999(s, 60, 0)
    s.add("rule", "water_level_falling", 85, "水湳區域排水經貿路水位回降至警戒以下。", A, sensor="SN-WL-003", severity="Minor")
    s.add("rule", "cleared", 95, "經貿路低窪處淹水解除。", A, sensor="SN-FL-008", severity="Minor")
    s.add("incident", "road_reopened", 100, "經貿路積水退去，恢復通行。", A, where=road_point("jingmao", 0.7), severity="Minor")
    s.add("incident", "road_reopened", 75, "中清環中地下道恢復通行。", B, where="SN-FL-006", severity="Minor")
    s.incident(A, "flood", "雨水沿經貿路由北往南流，經貿路低窪處、區域排水、生態住宅B區地下室、經貿路中平路口陸續積淹水，封閉抽水。", k1)
    s.incident(B, "flood", "中清環中路口地下道積水超過30公分，車輛熄火受困，救出後封閉。", b0)
    s.alternative("The detention pond level 3 and pond 4's depth can be read as a flood watch of its own "
                  "(someone must watch the pond in case it overflows onto 經貿路).",
                  [inc(A, "flood", "經貿路由北往南積淹水。", k1),
                   inc(B, "flood", "中清環中路口地下道積水，車輛受困。", b0),
                   inc("C", "flood", "中央公園南滯洪池水位三級警戒，監看溢流。", pond)])
    s.write()


def s2076():
    s = Situation(2076, "lost_child_at_expo", "2026-08-15 13:30", 2076,
                  "週六會展中心舉辦親子展，人潮多，停車場客滿。下午一名5歲男童在A棟走失，媽媽打1999與報警；"
                  "之後有民眾在綠美圖看到一個穿黃衣服的小男生在哭，又有人在中央公園北滯洪池邊看到小孩獨自走，最後在中央公園地下停車場北側找到。"
                  "同一時間B棟有人皮夾被扒，另一位參觀民眾身體不適送醫。",
                  "The expo's crowd is explained by its permit (planned_event job). The lost child is one search that moves: "
                  "every sighting of a small boy in yellow alone is a lead of the same search. The pickpocket and the ill visitor "
                  "are their own jobs (police; ambulance).")
    P, M, T, R = "P", "M", "T", "R"
    pe = s.add("planned_event", "exhibition", 0, "2026臺中親子博覽會，臺中國際會展中心A、B棟，預估入場2萬人次。", P,
               where=(120.6551, 24.1944), scatter=0, delay=-5 * 86400, ends=at(s, 330), radius_m=400)
    s.add("parking", "full", 5, "停車場車位已滿。", P, sensor="SN-PK-006")
    s.add("cctv", "crowding", 8, "偵測人群聚集。", P, sensor="SN-CCTV-005", confidence=0.77, motion="standing")
    s.add("parking", "full", 12, "停車場車位已滿。", P, sensor="SN-PK-002")
    s.add("rule", "congestion", 14, "經貿路車速下降，平均車速12 km/h。", P, sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.add("1999", "illegal_parking", 16, "會展中心旁邊經貿路一整排並排停車，公車都過不去。", P, where="hall_b", scatter=150)
    m0 = s.add("1999", "missing_person", 20, "我兒子5歲，穿黃色上衣藍色短褲，在會展中心A館不見了，找了十分鐘都找不到！", M,
               where="hall_a", scatter=40)
    p0 = s.add("incident", "missing_person", 24, "會展中心A棟男童走失，5歲，黃色上衣、藍色短褲，身高約110公分，已通報館方廣播協尋。", M,
               where="hall_a", severity="Moderate")
    s.dup(m0, 60)
    t0 = s.add("incident", "theft", 29, "會展中心B棟民眾皮夾遭扒竊，內有現金及證件，調閱監視器中。", T, where="hall_b", severity="Minor")
    s.add("1999", "other", 31, "我在B館皮夾被偷了，要去哪裡報案？", T, where="hall_b", scatter=60)
    s.add("cctv", "crowding", 34, "偵測人群聚集。", P, sensor="SN-CCTV-006", confidence=0.71, motion="moving")
    s.add("1999", "missing_person", 40, "綠美圖一樓門口有一個小男生，黃色衣服，一個人在哭說找不到媽媽。", M,
          where="museumbrary", scatter=60)
    s.add("incident", "missing_person", 44, "員警至綠美圖查看，男童已離開，向南往中央公園方向。", M, where="museumbrary",
          severity="Moderate", follows=p0)
    r0 = s.add("119", "ambulance", 47, "會展中心B棟女性參觀民眾頭暈噁心，疑似中暑，派遣救護車。", R, where="hall_b")
    park = s.add("1999", "missing_person", 53, "中央公園北邊滯洪池旁邊有一個小朋友自己在走，旁邊好像沒有大人。", M,
                 where="SN-FL-001", scatter=80, truth_alt=None)
    s.add("119", "ambulance", 56, "中暑民眾送往中國醫藥大學附設醫院。", R, where="hall_b", status="returning", follows=r0)
    s.add("incident", "missing_person", 63, "走失男童於中央公園地下停車場北側出入口尋獲，已交還母親。", M,
          where="park_carpark", severity="Minor", follows=p0, delay=420)
    s.add("1999", "other", 66, "剛剛打過來說小孩不見的，已經找到了，謝謝。", M, where="park_carpark", scatter=80)
    bg_1999(s, 36, 0)
    bg_1999(s, 58, 6)
    bg_flap(s, 70, "SN-CCTV-004")
    bg_congestion(s, 75, "SN-VD-HENAN-02")
    s.add("cctv", "crowding", 80, "偵測人群聚集。", P, sensor="SN-CCTV-005", confidence=0.69, motion="moving")
    s.incident(P, "planned_event", "臺中親子博覽會（會展中心A、B棟）人潮、停車場客滿、經貿路違停壅塞。", pe)
    s.incident(M, "rescue", "會展中心A棟5歲男童走失，先後在綠美圖、中央公園北滯洪池旁被看到，於中央公園地下停車場北側尋獲。", m0)
    s.incident(T, "public_safety", "會展中心B棟皮夾遭扒竊。", t0)
    s.incident(R, "rescue", "會展中心B棟參觀民眾疑似中暑送醫。", r0)
    s.alternative("The park sighting describes no clothes: it may be another child whose parents are out of sight; "
                  "under this reading it is noise and the search keeps the other leads.",
                  [inc(P, "planned_event", "臺中親子博覽會人潮。", pe),
                   inc(M, "rescue", "會展中心A棟5歲男童走失協尋。", m0),
                   inc(T, "public_safety", "會展中心B棟皮夾遭扒竊。", t0),
                   inc(R, "rescue", "會展中心B棟參觀民眾疑似中暑送醫。", r0)])
    s.write()


if __name__ == "__main__":
    for f in (s2071, s2072, s2073, s2074, s2075, s2076):
        f()
