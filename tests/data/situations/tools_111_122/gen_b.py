"""Situations 117-122 (oracle6). Seeded; run `python3 gen_b.py`."""
from datetime import timedelta as td

from lib import SENSORS, Situation, offset, road_point

S = SENSORS


def xy(sid):
    return S[sid]["lon"], S[sid]["lat"]


# --------------------------------------------------------------------------------------------
def s117():
    s = Situation(117, "moving_vehicle_fire_huanzhong",
                  "2026-07-03 14:00",
                  "週五午後一輛休旅車底盤冒煙仍沿環中路二段由台74線往中清路方向行駛約 1 km，停在經貿路口東側後起火；"
                  "沿途攝影機與民眾依序通報、位置一路移動；對向車道因觀看火燒車追撞；訊息有延遲、重複與亂序。")
    r = s.rng
    F = "vehicle_fire"
    stop = offset(*xy("SN-SIG-004"), 65, 8)
    s.dev("parking", "SN-PK-001", "full", s.at("14:05"), "水湳轉運中心停車場 汽車位已滿（週五返鄉）", None)
    s.citizen("illegal_parking", *offset(*xy("SN-PK-001"), 60, -50), s.at("14:09"), "轉運中心旁邊一堆車臨停接人", None)
    # the moving car, west -> east
    p1 = offset(*xy("SN-CCTV-001"), 45, 15)
    s.cctv("SN-CCTV-001", "smoke", s.at("14:21", 10), "車輛後方白煙 移動中", F, 0.41, lon=p1[0], lat=p1[1])
    kc1 = s.citizen("fire_smoke", *offset(*xy("SN-SIG-002"), -40, -70), s.at("14:22"),
                    "環中路上一台白色休旅車底盤一直冒煙，還在開，往中清路方向", F, delay=td(seconds=75))
    p2 = offset(*xy("SN-CCTV-002"), 60, 20)
    # camera 2 arrives late (after camera 3): network lag
    s.cctv("SN-CCTV-002", "smoke", s.at("14:23", 30), "車輛冒煙 移動中", F, 0.55, lon=p2[0], lat=p2[1],
           delay=td(seconds=205))
    kp = s.police("fire_report", "Moderate", *offset(*xy("SN-SIG-003"), -30, -5), s.at("14:24"),
                  "巡邏車目擊 環中路二段往東 白色休旅車冒煙行駛 鳴笛攔停中", F, delay=td(seconds=70))
    p3 = offset(*xy("SN-CCTV-003"), 70, 25)
    s.cctv("SN-CCTV-003", "smoke", s.at("14:25", 40), "車輛冒煙", F, 0.72, lon=p3[0], lat=p3[1])
    ks = s.cctv("SN-CCTV-004", "stalled_vehicle", s.at("14:26", 30), "路口東側車輛停止", F, 0.81, lon=stop[0], lat=stop[1])
    s.cctv("SN-CCTV-004", "smoke", s.at("14:27", 5), "車輛起火 濃煙", F, 0.88, lon=stop[0], lat=stop[1])
    s.dup(ks, 4)
    calls = ["車子起火了！在環中路經貿路口", "環中路有車在燒，火很大", "轉運中心外面馬路上火燒車",
             "有台車著火，駕駛有下來", "環中路燒車，黑煙很大", "中清路那邊火燒車（其實在經貿路口）"]
    first_fire_call = None
    for i, txt in enumerate(calls):
        pos = stop if i < 5 else offset(*xy("SN-SIG-008"), -20, -30)
        k = s.citizen("fire_smoke", *pos, s.at("14:27", 20 + i * 37), txt, F, scatter=0 if i == 5 else 260)
        first_fire_call = first_fire_call or k
        if i == 1:
            s.dup(k, 62)
    k119 = s.fire119("fire", *stop, s.at("14:28"), "派遣：環中路二段經貿路口東側 車輛火警 消防車2輛", F)
    s.police("fire_report", "Moderate", *stop, s.at("14:29"), "休旅車於經貿路口東側停車後引擎室起火 駕駛自行逃出無傷", F,
             follows=kp)
    kcl = s.police("road_closure", "Moderate", *offset(*stop, 40, 0), s.at("14:31"),
                   "環中路二段往東 經貿路至中清路段 封閉內側兩車道", F)
    s.rule("SN-VD-HUANZHONG-02", "congestion", s.at("14:33"), "環中路車輛偵測器2 平均車速 7 km/h，佔有率 66%", F,
           severity="Moderate")
    s.fire119("fire", *stop, s.at("14:34"), "到達現場 車輛全面燃燒 佈線射水", F, follows=k119)
    s.rule("SN-VD-HUANZHONG-03", "congestion", s.at("14:38"), "環中路車輛偵測器3 平均車速 16 km/h", F, severity="Minor")
    # rubbernecking crash in the opposite direction, 350 m east
    rc = offset(*xy("SN-SIG-008"), -90, -10)
    kr = s.cctv("SN-CCTV-008", "accident", s.at("14:44"), "往西車道兩車追撞", "rubberneck_crash", 0.6, lon=rc[0], lat=rc[1],
               truth_alt=F)
    s.police("accident", "Minor", *rc, s.at("14:47"), "環中路往西車道近中清路 兩車追撞 疑因駕駛觀看對向火燒車 無人受傷",
             "rubberneck_crash", truth_alt=F)
    s.fire119("fire", *stop, s.at("14:49"), "火勢撲滅 車輛全毀 無人傷亡 返隊", F, follows=k119)
    s.police("road_closure", "Minor", *offset(*stop, 40, 0), s.at("15:12"), "火燒車已拖離 解除車道封閉", F, follows=kcl)
    # unrelated broken scooter on 黎明路 and background
    ksc = s.police("stalled_vehicle", "Minor", *road_point("liming", 0.45), s.at("14:52"),
                   "黎明路三段 機車故障 已協助推至路邊", None, truth_alt="scooter_liming")
    s.citizen("streetlight", *road_point("kaixuan", 0.6), s.at("15:05"), "凱旋路路燈燈罩快掉了", None, scatter=60)
    s.rule("SN-VD-LIMING-01", "congestion", s.at("15:20"), "黎明路車輛偵測器1 平均車速 19 km/h", None, severity="Minor")

    s.incident(F, "fire", "行駛中車輛冒煙，沿環中路移動約 1 km 後於經貿路口東側停車起火，消防撲滅、車道封閉", kc1)
    s.incident("rubberneck_crash", "traffic", "對向車道近中清路兩車追撞（觀看火燒車），無傷", kr)
    s.alternative(
        "合併讀法：觀看火燒車引起的追撞與對向減速都算在火燒車一案；機車故障由警方順手處理，仍記為一件小案。",
        [i for i in s.incidents if i["label"] != "rubberneck_crash"] +
        [{"label": "scooter_liming", "type": "traffic", "description": "黎明路機車故障", "sufficient_evidence_key": ksc}])
    return s


# --------------------------------------------------------------------------------------------
def s118():
    s = Situation(118, "lunar_new_year_park_market",
                  "2027-02-08 10:00",
                  "春節初二中央公園新春市集（預估四萬人）：停車場全滿、周邊違停、入口擁擠；市集中孩童走失、"
                  "攤位瓦斯爐起火、兩起扒竊、長者跌倒送醫；民眾多只說「公園」「市集」，位置粗略。")
    r = s.rng
    M = "market_crowd"
    park = (120.6563, 24.1830)
    s.permit("event", *park, s.at("10:00"), s.at("20:00"), s.at("09:40"),
             "許可：2027中央公園新春市集 10:00-20:00 攤位180個 預估40,000人 範圍半徑500公尺", M)
    s.dev("parking", "SN-PK-004", "full", s.at("11:18"), "中央公園地下停車場(北) 汽車位已滿", M)
    s.dev("parking", "SN-PK-005", "full", s.at("11:36"), "中央公園地下停車場(南) 汽車位已滿", M)
    s.dev("parking", "SN-PK-003", "full", s.at("12:02"), "河南路停車場 汽車位已滿", M)
    for t, pos, txt in [("11:42", road_point("henan", 0.85), "河南路兩邊都違停，車道剩一線"),
                        ("11:55", park, "公園旁邊（敦化路）紅線都停滿"),
                        ("12:20", road_point("jingmao", 0.63), "經貿路三段公車站被汽車擋住"),
                        ("12:48", road_point("zhongke", 0.85), "中科路尾端違停，救護車都過不去"),
                        ("13:30", park, "市集那邊有車子停在人行道"),
                        ("14:05", road_point("kaixuan", 0.95), "凱旋路往公園路口並排停車")]:
        s.citizen("illegal_parking", *pos, s.at(t), txt, M, scatter=120)
    s.rule("SN-VD-ZHONGKE-01", "congestion", s.at("12:08"), "中科路車輛偵測器1 平均車速 9 km/h", M)
    s.rule("SN-VD-KAIXUAN-02", "congestion", s.at("12:11"), "凱旋路車輛偵測器2 平均車速 12 km/h", M)
    kcw = s.citizen("crowding", *park, s.at("12:14"), "公園市集入口人擠人，推嬰兒車根本動不了", M, scatter=200)
    s.police("crowd_control", "Moderate", *offset(*park, 20, -380), s.at("12:31"),
             "中央公園南側入口人潮擁擠 增派警力 實施單向人流", M)
    s.citizen("crowding", *park, s.at("12:52"), "市集太擠了，有老人家差點跌倒", M, scatter=250)
    s.rule("SN-VD-HENAN-02", "congestion", s.at("13:02"), "河南路車輛偵測器2 平均車速 8 km/h", M)
    # lost child
    kl = s.citizen("other", *park, s.at("13:05"), "小孩走失！5歲男生穿紅色外套，在中央公園市集走散", "lost_child",
                   scatter=300, delay=td(seconds=70))
    kl2 = s.police("other", "Moderate", *offset(*park, 30, 60), s.at("13:09"),
                   "民眾報案 孩童走失 5歲男童 紅色外套 於市集攤位區 已廣播協尋", "lost_child")
    s.police("other", "Minor", *offset(*park, -60, 120), s.at("13:41"), "走失男童已於服務台尋獲 交還家長", "lost_child",
             follows=kl2)
    # stall fire
    sf = offset(*park, 40, -150)
    kf1 = s.citizen("fire_smoke", *sf, s.at("14:19"), "市集有攤位瓦斯爐起火！", "stall_fire", scatter=80, delay=td(seconds=60))
    for i, txt in enumerate(["公園裡面有火在燒，冒黑煙", "賣烤香腸那攤著火了", "市集失火，大家在跑"]):
        s.citizen("fire_smoke", *sf, s.at("14:20", 30 + i * 40), txt, "stall_fire", scatter=220)
    kf = s.fire119("fire", *sf, s.at("14:22"), "派遣：中央公園新春市集 攤位火警 消防車2輛 救護車1輛", "stall_fire")
    s.police("fire_report", "Moderate", *offset(*sf, 10, 10), s.at("14:24"), "市集攤位卡式瓦斯爐起火 已疏散周邊民眾", "stall_fire")
    s.fire119("fire", *sf, s.at("14:29"), "到達：火勢已由攤商以滅火器撲滅 檢查瓦斯罐", "stall_fire", follows=kf)
    s.fire119("fire", *sf, s.at("14:45"), "無人傷亡 返隊", "stall_fire", follows=kf)
    s.police("crowd_control", "Minor", *offset(*sf, 10, 10), s.at("14:26"), "火警攤位周邊拉封鎖線 人潮改道", "stall_fire",
             truth_alt=M)
    # pickpockets (two victims)
    kt1 = s.police("theft", "Minor", *offset(*park, -80, 200), s.at("15:28"), "市集北區 民眾皮夾遭扒竊", "pickpocket")
    s.dup(kt1, 420)
    s.citizen("other", *park, s.at("15:47"), "我錢包在市集被偷了，可以調監視器嗎", "pickpocket", scatter=300)
    kt2 = s.police("theft", "Minor", *offset(*park, 60, -90), s.at("16:02"), "市集美食區 手機遭竊 疑同一扒手集團", "pickpocket",
             truth_alt="pickpocket_2")
    # elderly fall
    ke = s.fire119("ambulance", *offset(*park, -20, 260), s.at("16:11"), "派遣：中央公園市集 長者跌倒 頭部撕裂傷", "elderly_fall")
    s.fire119("ambulance", *offset(*park, -20, 260), s.at("16:34"), "送醫：中國醫藥大學附設醫院", "elderly_fall", follows=ke)
    # background
    s.citizen("other", *park, s.at("13:20"), "市集流動廁所太少又很髒", None, scatter=250)
    s.citizen("noise", *offset(*xy("SN-FA-011"), 30, 20), s.at("15:10"), "公園舞台音響很大聲，住戶受不了", None, truth_alt=M)
    s.citizen("streetlight", *road_point("jingmao", 0.7), s.at("17:50"), "經貿路三段路燈不亮", None, scatter=80)
    s.rule("SN-VD-ZHONGKE-01", "congestion", s.at("17:05"), "中科路車輛偵測器1 平均車速 11 km/h（散場）", M)
    s.police("crowd_control", "Minor", *offset(*park, 20, -380), s.at("19:55"), "市集結束 人潮疏散完畢", M)

    s.incident(M, "crowd", "新春市集人潮與交通：停車場滿、違停、入口擁擠、警方單向人流", kcw)
    s.incident("lost_child", "rescue", "5歲男童走失，約35分鐘後尋獲", kl)
    s.incident("stall_fire", "fire", "攤位卡式瓦斯爐起火，攤商自行撲滅，消防到場檢查", kf1)
    s.incident("pickpocket", "public_safety", "市集扒竊（警方認為同一集團，兩名被害人）", kt1)
    s.incident("elderly_fall", "rescue", "長者跌倒頭部撕裂傷送醫", ke)
    s.alternative(
        "兩件扒竊分屬不同被害人、地點相距約 300 m，可各自成案；火警周邊的封鎖線屬人潮管制。",
        list(s.incidents) + [{"label": "pickpocket_2", "type": "public_safety",
                              "description": "市集美食區手機遭竊（另一被害人）",
                              "sufficient_evidence_key": kt2}])
    return s


# --------------------------------------------------------------------------------------------
def s119():
    s = Situation(119, "crash_then_fire_taiwan_blvd",
                  "2026-10-24 23:00",
                  "週六深夜臺灣大道/環中路口（園區外西南、西屯區）汽機車碰撞，肇事車引擎起火；警方後續報告比原始報告先到，"
                  "封路造成回堵又在 300 m 外追撞；消防射水流入地下道使淹水感測器在事後才告警；附近另有一起 KTV 糾紛。")
    r = s.rng
    X = "crash_fire"
    ix = xy("SN-SIG-009")
    cr = offset(*ix, 35, 25)
    kcv = s.cctv("SN-CCTV-009", "accident", s.at("23:31", 40), "路口汽機車碰撞 機車倒地", X, 0.83, lon=cr[0], lat=cr[1])
    ka = s.fire119("ambulance", *cr, s.at("23:33"), "派遣：臺灣大道環中路口 汽機車事故 機車騎士倒地 救護車1輛", X)
    # the original police report is held up 9 min in the police system; its follow-up arrives first
    kp1 = s.police("injury_accident", "Severe", *cr, s.at("23:34"),
                   "A2類 臺灣大道環中路口 小客車左轉與直行機車碰撞 機車騎士倒地意識不清", X, delay=td(minutes=9, seconds=20))
    s.cctv("SN-CCTV-009", "smoke", s.at("23:36"), "事故車輛冒煙", X, 0.77, lon=cr[0], lat=cr[1])
    kf = s.fire119("fire", *cr, s.at("23:37"), "派遣：臺灣大道環中路口 事故車輛起火 消防車2輛", X)
    s.police("injury_accident", "Severe", *cr, s.at("23:38"), "續報：肇事小客車引擎室起火 駕駛已離車 請消防支援", X,
             follows=kp1, delay=td(seconds=80))
    for i, txt in enumerate(["臺灣大道那邊車禍，車子燒起來了", "樓下路口有車在燒，有人倒在地上", "環中路口火燒車，好大的煙"]):
        s.citizen("fire_smoke", *cr, s.at("23:39", i * 130), txt, X, scatter=r.choice([120, 250, 300]))
    kcl = s.police("road_closure", "Severe", *offset(*ix, -30, 40), s.at("23:42"),
                   "臺灣大道往市區方向 環中路口 全線封閉 車流改道", X)
    s.fire119("ambulance", *cr, s.at("23:44"), "送醫：機車騎士 中國醫藥大學附設醫院", X, follows=ka)
    s.fire119("fire", *cr, s.at("23:45"), "到達：小客車引擎室燃燒 射水中", X, follows=kf)
    s.rule("SN-VD-HUANZHONG-04", "congestion", s.at("23:48"), "環中路車輛偵測器4 平均車速 9 km/h，佔有率 57%", X)
    # rear-end in the queue, 300 m south-west
    q = road_point("taiwan_blvd", 0.55)
    kq = s.police("accident", "Minor", *q, s.at("23:52"), "臺灣大道 封路回堵車陣 小貨車追撞小客車 無人受傷",
                  "queue_crash", truth_alt=X)
    s.fire119("fire", *cr, s.at("23:58"), "火勢撲滅 殘火處理", X, follows=kf)
    s.fire119("hazmat", *cr, s.at("23:51"), "派遣：事故小客車油箱破損 油料外洩 吸油棉處理", X)
    s.police("accident", "Minor", *q, s.at("d+1 00:18"), "追撞車輛已移置路肩 完成筆錄", "queue_crash", follows=kq,
             truth_alt=X)
    s.rule("SN-VD-HUANZHONG-04", "congestion", s.at("d+1 00:09"), "環中路車輛偵測器4 平均車速 12 km/h", X)
    s.citizen("road_damage", *offset(*cr, -40, 20), s.at("d+1 00:44"), "臺灣大道環中路口路面都是油，機車會滑倒", X,
              scatter=60, truth_alt=None)
    s.cctv("SN-CCTV-009", "stalled_vehicle", s.at("23:40"), "路口車輛停滯", X, 0.71, lon=cr[0], lat=cr[1])
    s.citizen("fire_smoke", *offset(*ix, 900, 400), s.at("23:47"), "環中路那邊好像有東西在燒，看到火光", X, scatter=200)
    # water from the hoses in the underpass; reported after the fact
    s.rule("SN-FL-010", "flood_depth", s.at("d+1 00:05"),
           "臺灣大道環中路口地下道 淹水深度 4 cm（無降雨）", X, level="1-15", truth_alt=None)
    s.police("other", "Minor", *offset(*xy("SN-FL-010"), 10, 0), s.at("d+1 00:12"),
             "地下道有消防射水流入 路面濕滑 已請清潔隊", X)
    # an unrelated dispute 600 m north
    kd = s.police("public_disturbance", "Moderate", *offset(*ix, 250, 560), s.at("d+1 00:21"),
                  "臺灣大道KTV門口 酒客互毆 已到場處理", "ktv_fight")
    s.citizen("noise", *offset(*ix, 220, 600), s.at("d+1 00:30"), "KTV門口有人大吼大叫", "ktv_fight", truth_alt=None)
    s.citizen("noise", *offset(*ix, -500, 300), s.at("d+1 00:36"), "半夜有改裝機車在環中路上飆車很吵", None)
    s.police("road_closure", "Minor", *offset(*ix, -30, 40), s.at("d+1 00:52"), "事故車輛拖離 路面清理完畢 解除封閉", X,
             follows=kcl)
    s.police("injury_accident", "Severe", *cr, s.at("d+1 01:05"), "騎士傷勢：多處骨折 無生命危險 肇事駕駛酒測值0", X,
             follows=kp1)
    s.rule("SN-VD-HUANZHONG-04", "congestion", s.at("23:20"), "環中路車輛偵測器4 平均車速 22 km/h", None, severity="Minor")

    s.incident(X, "traffic", "臺灣大道環中路口汽機車碰撞後肇事車起火：救護、滅火、封路，射水流入地下道", kcv)
    s.incident("queue_crash", "traffic", "封路回堵車陣內追撞（約 300 m 外），無傷", kq)
    s.incident("ktv_fight", "public_safety", "KTV門口酒客互毆", kd)
    s.alternative(
        "回堵車陣的追撞是同一事故的連鎖後果，併入主案；地下道的 4 cm 告警可能只是感測雜訊（無降雨），不算任何案的證據；"
        "路面油污陳情是事後的道路清潔派工，不屬事故案；"
        "KTV 門口吵鬧的陳情也可能另有其事，不屬鬥毆案。",
        [i for i in s.incidents if i["label"] != "queue_crash"])
    return s


# --------------------------------------------------------------------------------------------
def s120():
    s = Situation(120, "henan_flood_twice_and_river",
                  "2026-05-22 13:00",
                  "梅雨鋒面兩波降雨、六個多小時：河南路低窪處第一波淹水 14:00-15:20 結案，"
                  "第二波 16:50 再淹更深（封路、機車騎士受困），鄰近號誌停電、中平路閃避積水自撞；"
                  "傍晚園區外筏子溪水位升到二級警戒。")
    r = s.rng
    H1, H2, RV = "henan_flood_1", "henan_flood_2", "fazi_river"
    fl = xy("SN-FL-007")
    kbd = s.citizen("blocked_drain", *offset(*fl, 60, -40), s.at("13:31"), "河南路水溝蓋被落葉蓋住了，下雨一定會淹", H1,
                    truth_alt=None)
    s.citizen("blocked_drain", *offset(*fl, 60, -40), s.at("15:05"), "案件狀態更新：已派工 水利局 清除水溝落葉", H1,
              truth_alt=None, follows=kbd)
    s.rule("C0F9T0", "heavy_rain", s.at("13:40"), "西屯站 時雨量 43 mm", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", s.at("13:44"), "中央公園雨量站 時雨量 47 mm", None, level="大雨")
    s.rule("SN-FL-007", "flood_depth", s.at("13:51"), "河南路低窪處 淹水深度 9 cm", H1, level="1-15")
    k1 = s.rule("SN-FL-007", "flood_depth", s.at("14:03"), "河南路低窪處 淹水深度 24 cm", H1, level="16-30")
    for t, pos, txt in [("14:05", road_point("henan", 0.7), "河南路淹水"),
                        ("14:09", xy("SN-SIG-010"), "河南路中平路口附近積水很深"),
                        ("14:16", road_point("henan", 0.5), "河南路二段水淹到人行道"),
                        ("14:30", xy("SN-PK-003"), "河南路停車場出口都是水")]:
        s.citizen("flooding", *pos, s.at(t), txt, H1, scatter=140)
    s.police("flooding_report", "Moderate", *offset(*fl, -20, -30), s.at("14:10"), "河南路近中平路 積水30公分 車輛回堵", H1)
    s.rule("SN-VD-HENAN-02", "congestion", s.at("14:12"), "河南路車輛偵測器2 平均車速 10 km/h", H1)
    s.cctv("SN-CCTV-010", "flooding", s.at("14:15"), "路口東北側積水", H1, 0.69, lon=fl[0] - 0.0004, lat=fl[1] - 0.0010)
    s.police("stalled_vehicle", "Minor", *offset(*fl, 15, -10), s.at("14:25"), "河南路積水處 小客車熄火 已協助推離", H1)
    s.police("flooding_report", "Minor", *offset(*fl, -20, -30), s.at("15:20"), "河南路積水已退 恢復通行", H1)
    # second wave
    s.rule("SN-RG-001", "heavy_rain", s.at("16:42"), "中央公園雨量站 3小時累積 108 mm，達豪雨標準", None, level="豪雨")
    s.rule("C0F9T0", "heavy_rain", s.at("16:48"), "西屯站 時雨量 51 mm", None, level="大雨")
    s.rule("SN-FL-007", "flood_depth", s.at("16:51"), "河南路低窪處 淹水深度 12 cm", H2, level="1-15")
    k2 = s.rule("SN-FL-007", "flood_depth", s.at("16:56"), "河南路低窪處 淹水深度 27 cm", H2, level="16-30")
    s.rule("SN-FL-007", "flood_depth", s.at("17:06"), "河南路低窪處 淹水深度 38 cm", H2, level=">30")
    for t, pos, txt in [("16:58", road_point("henan", 0.8), "河南路又淹了，比中午還深"),
                        ("17:02", xy("SN-SIG-010"), "中平路河南路口整片都是水"),
                        ("17:11", road_point("henan", 0.6), "河南路有機車倒在水裡"),
                        ("17:19", xy("SN-PK-003"), "停車場出不去，外面都淹水"),
                        ("17:34", road_point("henan", 0.4), "河南路現在可以走嗎？")]:
        s.citizen("flooding", *pos, s.at(t), txt, H2, scatter=160)
    s.police("flooding_report", "Severe", *offset(*fl, -20, -30), s.at("17:08"), "河南路低窪處積水逾40公分 有機車受困", H2)
    ks = s.dev("signal", "SN-SIG-010", "fault", s.at("17:12"), "號誌控制器 停電 全黑", "signal_henan", truth_alt=H2)
    kcl = s.police("road_closure", "Severe", *offset(*fl, -20, -30), s.at("17:15"), "河南路（中平路至停車場段）雙向封閉", H2)
    s.cctv("SN-CCTV-010", "flooding", s.at("17:16"), "路口大範圍積水", H2, 0.81, lon=fl[0] - 0.0004, lat=fl[1] - 0.0010)
    s.cctv("SN-CCTV-010", "signal_dark", s.at("17:17"), "號誌無燈號", "signal_henan", 0.77, truth_alt=H2)
    kr = s.fire119("rescue", *offset(*fl, 25, -15), s.at("17:20"), "派遣：河南路積水路段 機車騎士受困水中 救助隊1隊", H2)
    s.fire119("rescue", *offset(*fl, 25, -15), s.at("17:33"), "騎士已救出 無明顯外傷 拒絕送醫", H2, follows=kr)
    s.police("traffic_signal_fault", "Moderate", *xy("SN-SIG-010"), s.at("17:25"), "河南中平路口號誌停電 派員指揮", "signal_henan",
             truth_alt=H2)
    # ponds: designed to fill
    s.rule("SN-FL-005", "flood_depth", s.at("17:18"), "中央公園滯洪池5 淹水深度 52 cm", None, level=">30", truth_alt=H2)
    s.rule("SN-WL-002", "water_level", s.at("17:24"), "中央公園南滯洪池水位 2.12 m ≥ 三級警戒 2.0 m", None, level="3",
           truth_alt=H2)
    # crash avoiding water, 中平路 east
    kx = s.police("injury_accident", "Moderate", *road_point("zhongping", 0.55), s.at("17:31"),
                  "中平路 小客車為閃避積水路段打滑自撞路燈 駕駛輕傷", "crash_zhongping", truth_alt=H2)
    s.fire119("ambulance", *road_point("zhongping", 0.55), s.at("17:33"), "派遣：中平路 自撞 1人輕傷", "crash_zhongping",
              truth_alt=H2)
    s.dev("signal", "SN-SIG-010", "restored", s.at("18:10"), "台電復電 號誌恢復", "signal_henan", truth_alt=H2)
    s.police("road_closure", "Minor", *offset(*fl, -20, -30), s.at("18:40"), "河南路積水退去 解除封閉", H2, follows=kcl)
    # the river, 3.5 km west, outside the zone
    s.rule("SN-WL-004", "water_level", s.at("17:32"), "筏子溪西屯水位 97.31 m ≥ 三級警戒 97.2 m", RV, level="3")
    kv = s.rule("SN-WL-004", "water_level", s.at("18:06"), "筏子溪西屯水位 97.95 m ≥ 二級警戒 97.9 m", RV, level="2")
    s.citizen("other", *xy("SN-WL-004"), s.at("18:15"), "筏子溪水好高好急，河堤步道還有人在走", RV, scatter=400)
    s.police("road_closure", "Moderate", *offset(*xy("SN-WL-004"), 80, 40), s.at("18:28"), "筏子溪河濱步道 暫時封閉 勸離民眾", RV)
    s.rule("SN-WL-004", "water_level", s.at("19:10"), "筏子溪西屯水位 97.42 m（回降，仍高於三級警戒）", RV, level="3")
    # background
    s.citizen("streetlight", *road_point("kaixuan", 0.5), s.at("15:45"), "凱旋路路燈不亮", None, scatter=80)
    s.rule("SN-VD-HUANZHONG-01", "congestion", s.at("17:40"), "環中路車輛偵測器1 平均車速 17 km/h（下班雨天）", None,
           severity="Minor")

    s.incident(H1, "flood", "河南路低窪處第一波積水（24 cm），車輛熄火，15:20 退水結案", k1)
    s.incident(H2, "flood", "同一地點第二波更深積水（>30 cm），封路、消防救出受困騎士，18:40 解除", k2)
    s.incident("signal_henan", "traffic", "河南中平路口停電號誌全黑，警方指揮，復電恢復", ks)
    s.incident("crash_zhongping", "traffic", "中平路閃避積水打滑自撞，1人輕傷", kx)
    s.incident(RV, "flood", "筏子溪西屯水位達二級警戒（園區外），封閉河濱步道", kv)
    s.alternative(
        "合併讀法：第二波積水期間的號誌停電、閃避積水的自撞、滯洪池蓄滿都屬河南路第二波淹水一案；"
        "13:31 的水溝阻塞陳情是例行派工，不算淹水案。（兩波仍分為兩案：中間已解除通行。）",
        [i for i in s.incidents if i["label"] in (H1, H2, RV)])
    return s


# --------------------------------------------------------------------------------------------
def s121():
    s = Situation(121, "eco_residential_fire_skewed_clocks",
                  "2026-12-02 18:30",
                  "晚餐時段生態住宅B區（北屯區，96戶）5樓廚房火警：B區總機時鐘慢 47 分鐘；1999 系統中斷後批次補送（晚 20 分鐘以上）；"
                  "警方報告重複送達、員警手持裝置時鐘快 3 分鐘；119 到場訊息比派遣先到；"
                  "同時 280 m 外A區總機因住戶油煙誤報。")
    r = s.rng
    B, A = "blockB_fire", "blockA_alarm"
    fb = xy("SN-FA-012")
    skew = td(minutes=47)
    # panel B: stamps 47 min early
    kb = s.dev("fire_alarm", "SN-FA-012", "alarm", s.at("18:52", 10) - skew, "B區集合住宅 受信總機 5F 偵煙器/差動式探測器動作", B,
               arrival=s.at("18:52", 19))
    # 119: on_scene arrives before dispatched
    k119 = s.fire119("fire", *offset(*fb, 10, 15), s.at("18:54"), "派遣：北屯區敦化路一段 生態住宅B區 5樓住宅火警 消防車5輛 救護車2輛",
              B, arrival=s.at("19:02", 40))
    s.fire119("fire", *offset(*fb, 10, 15), s.at("19:01"), "到達現場：5樓廚房起火 濃煙竄出 進行搜救及滅火", B, follows=k119,
              arrival=s.at("19:01", 30))
    # police: device clock 3 min fast, duplicated
    kp = s.police("fire_report", "Severe", *offset(*fb, -20, 30), s.at("18:58") + td(minutes=3),
                  "敦化路一段集合住宅5樓冒出濃煙 住戶疏散中", B, arrival=s.at("18:59", 50))
    s.dup(kp, 45)
    s.dup(kp, 190)
    kcl = s.police("road_closure", "Moderate", *offset(*fb, 60, -40), s.at("19:05") + td(minutes=3),
                   "敦化路一段 火警現場前後封閉 供消防車作業", B, arrival=s.at("19:06", 30))
    s.rule("SN-VD-JINGMAO-02", "congestion", s.at("19:11"), "經貿路車輛偵測器2 平均車速 13 km/h", B, truth_alt=None)
    ka = s.fire119("ambulance", *offset(*fb, 10, 15), s.at("19:12"), "救護：住戶2人吸入濃煙 送中國醫藥大學附設醫院", B,
                   follows=k119)
    # block A: a cooking-smoke false alarm, 280 m away, correct clock
    kaa = s.dev("fire_alarm", "SN-FA-011", "alarm", s.at("19:06"), "A區集合住宅 受信總機 3F 偵煙器動作", A, truth_alt=B)
    k2 = s.fire119("fire", *xy("SN-FA-011"), s.at("19:09"), "另案派遣：生態住宅A區 火警自動警報 由B區現場分派消防車1輛查看",
                   A, truth_alt=B)
    s.fire119("fire", *xy("SN-FA-011"), s.at("19:18"), "A區查看結果：3樓住戶烹煮油煙 誤報 已復歸", A, follows=k2, truth_alt=B)
    s.dev("fire_alarm", "SN-FA-011", "normal", s.at("19:17"), "受信總機 復歸", A, truth_alt=B)
    # 1999 batch: the 1999 system was down 18:50-19:15, cases stamped at creation, delivered together
    batch = s.at("19:17", 40)
    cases = [("18:53", "fire_smoke", fb, "敦化路那棟大樓5樓在冒黑煙", B, 120),
             ("18:55", "fire_smoke", fb, "生態住宅B區失火了，有人在陽台喊救命", B, 80),
             ("18:57", "fire_smoke", fb, "經貿路這邊看到對面大樓有火光", B, 350),
             ("18:59", "streetlight", road_point("jingmao", 0.4), "經貿路二段路燈不亮", None, 60),
             ("19:01", "fire_smoke", fb, "整條敦化路都是煙", B, 200),
             ("19:04", "noise", road_point("zhongqing", 0.6), "中清路夜市攤販擴音器很吵", None, 80),
             ("19:08", "fire_smoke", xy("SN-FA-011"), "A區這邊也聞到很重的煙味，警報器一直響", B, 60),
             ("19:12", "illegal_parking", road_point("jingmao", 0.62), "經貿路三段消防車進不去，有車違停", B, 100)]
    for i, (t, cat, pos, txt, lab, sc) in enumerate(cases):
        k = s.citizen(cat, *pos, s.at(t), txt, lab, scatter=sc, arrival=batch + td(seconds=i * 3))
        if i == 2:
            s.dup(k, 600)
    s.citizen("fire_smoke", *fb, s.at("19:20"), "B區火災滅了嗎？家裡有老人", B, scatter=150)
    s.fire119("fire", *offset(*fb, 10, 15), s.at("19:34"), "火勢撲滅 燒損廚房約8平方公尺 搜救完畢", B, follows=k119)
    s.dev("fire_alarm", "SN-FA-012", "normal", s.at("19:40") - skew, "受信總機 復歸", B, arrival=s.at("19:40", 12))
    s.police("road_closure", "Minor", *offset(*fb, 60, -40), s.at("20:05") + td(minutes=3), "消防車撤離 解除封閉", B,
             follows=kcl, arrival=s.at("20:06", 40))
    # background
    s.dev("fire_alarm", "SN-FA-010", "fault", s.at("19:30"), "中國醫藥大學水湳校區 受信總機 迴路斷線", None)
    s.dev("parking", "SN-PK-005", "full", s.at("18:40"), "中央公園地下停車場(南) 汽車位已滿", None)

    s.incident(B, "fire", "生態住宅B區5樓廚房火警：疏散、2人嗆傷送醫、敦化路封閉；總機時戳慢47分鐘", kb)
    s.incident(A, "fire", "A區總機因住戶烹煮油煙誤報，消防分派一車查看後結案", kaa)
    s.alternative(
        "A區警報發生在B區火場旁、且有民眾聞到煙味，可視為B區火災的延伸（煙飄入A區），不另開案；"
        "經貿路車速下降可能只是晚間車流，不算火災證據。",
        [i for i in s.incidents if i["label"] == B])
    return s


# --------------------------------------------------------------------------------------------
def s122():
    s = Situation(122, "north_hub_rush_hour_cluster",
                  "2026-03-10 07:30",
                  "週二上班尖峰，水湳轉運中心周邊 400 m 內同時發生：經貿黎明路口機車事故、經貿環中路口追撞、"
                  "客運在轉運中心出口拋錨、中科環中路口號誌故障、轉運中心地下超商電器走火；另有例行尖峰車多。")
    r = s.rng
    A, B, C, D, E = "crash_liming", "crash_huanzhong", "bus_hub", "signal_zhongke", "hub_fire"
    # routine rush
    s.rule("SN-VD-HUANZHONG-01", "congestion", s.at("07:41"), "環中路車輛偵測器1 平均車速 18 km/h（尖峰）", None, severity="Minor")
    s.offline("SN-VD-LIMING-01", s.at("07:35"), None, reason_text="離線 maintenance")
    # A
    pa = offset(*xy("SN-SIG-005"), -12, 8)
    ka = s.cctv("SN-CCTV-005", "accident", s.at("07:48"), "路口機車與汽車碰撞", A, 0.77, lon=pa[0], lat=pa[1])
    s.dup(ka, 3)
    s.police("injury_accident", "Moderate", *pa, s.at("07:50"), "經貿路二段黎明路口 機車與小客車碰撞 騎士受傷", A)
    s.fire119("ambulance", *pa, s.at("07:51"), "派遣：經貿黎明路口 車禍 1人受傷", A)
    s.citizen("traffic_accident", *pa, s.at("07:53"), "經貿路黎明路口車禍，有人躺在地上", A, scatter=90)
    # B, 300 m north
    pb = offset(*xy("SN-SIG-004"), 15, -35)
    kb = s.police("accident", "Minor", *pb, s.at("07:55"), "經貿路二段往環中路方向 三車追撞 無人受傷 佔用兩車道", B)
    s.cctv("SN-CCTV-004", "stalled_vehicle", s.at("07:57"), "路口南側車輛停滯", B, 0.69, lon=pb[0], lat=pb[1])
    s.rule("SN-VD-JINGMAO-01", "congestion", s.at("08:02"), "經貿路車輛偵測器1 平均車速 6 km/h，佔有率 71%", B,
           severity="Moderate", truth_alt=A)
    s.citizen("traffic_accident", *offset(*pb, 0, -80), s.at("08:04"), "經貿路往環中路那邊又一起車禍，整個卡住", B, scatter=120)
    # C: bus broken down at the hub exit onto 中科路, 140 m west of B
    pc = offset(*xy("SN-SIG-003"), 25, -40)
    s.cctv("SN-CCTV-003", "stalled_vehicle", s.at("08:05"), "大型車輛停滯", C, 0.88, lon=pc[0], lat=pc[1])
    kc = s.police("stalled_vehicle", "Moderate", *pc, s.at("08:09"), "轉運中心出口（中科路）國道客運拋錨 擋住出口車道 聯絡業者拖吊", C)
    s.citizen("other", *xy("SN-PK-001"), s.at("08:11"), "客運拋錨擋住轉運中心出口，公車都出不來", C, scatter=100)
    # D: signal at 中科路/環中路 dies
    kd = s.dev("signal", "SN-SIG-003", "fault", s.at("08:20"), "號誌控制器 閃爍異常", D)
    s.citizen("traffic_signal", *offset(*xy("SN-SIG-003"), -50, 30), s.at("08:24"), "中科環中路口紅綠燈一直閃黃燈", D)
    s.cctv("SN-CCTV-003", "signal_dark", s.at("08:22"), "號誌異常", D, 0.62)
    s.police("traffic_signal_fault", "Moderate", *xy("SN-SIG-003"), s.at("08:27"), "中科路環中路口號誌閃爍 派員指揮", D)
    # E: small electrical fire in the hub's basement shop
    ke = s.dev("fire_alarm", "SN-FA-001", "alarm", s.at("08:31"), "轉運中心 受信總機 B1 商店區 偵煙器動作", E)
    s.citizen("fire_smoke", *xy("SN-FA-001"), s.at("08:32"), "轉運中心地下室超商冒煙，大家都往外跑", E, scatter=60,
              delay=td(seconds=95))
    kf = s.fire119("fire", *xy("SN-FA-001"), s.at("08:33"), "派遣：水湳轉運中心 B1 超商 火警 消防車3輛", E)
    s.police("crowd_control", "Minor", *offset(*xy("SN-FA-001"), 30, -20), s.at("08:38"), "轉運中心疏散旅客 出口管制", E)
    s.fire119("fire", *xy("SN-FA-001"), s.at("08:41"), "到達：超商冷藏櫃電線走火 已以滅火器撲滅", E, follows=kf)
    s.dev("fire_alarm", "SN-FA-001", "normal", s.at("09:02"), "受信總機 復歸", E)
    s.fire119("fire", *xy("SN-FA-001"), s.at("09:05"), "排煙完畢 無人受傷 返隊", E, follows=kf)
    # closures
    s.police("accident", "Minor", *pb, s.at("08:40"), "追撞車輛已移置 車道恢復", B, follows=kb)
    s.police("stalled_vehicle", "Minor", *pc, s.at("08:52"), "拋錨客運已拖離", C)
    s.dev("signal", "SN-SIG-003", "restored", s.at("09:06"), "號誌恢復正常", D)
    # background
    s.dev("parking", "SN-PK-001", "full", s.at("08:15"), "水湳轉運中心停車場 汽車位已滿", None)
    s.citizen("illegal_parking", *offset(*xy("SN-PK-001"), 80, 40), s.at("08:18"), "轉運中心門口臨停車很多", None)
    s.citizen("streetlight", *road_point("liming", 0.8), s.at("08:45"), "黎明路三段路燈白天還亮", None, scatter=60)
    s.rule("SN-VD-ZHONGQING-01", "congestion", s.at("08:50"), "中清路車輛偵測器1 平均車速 20 km/h", None, severity="Minor")
    s.online("SN-VD-LIMING-01", s.at("09:15"), None)

    s.incident(A, "traffic", "經貿黎明路口機車與小客車碰撞，1人受傷送醫", ka)
    s.incident(B, "traffic", "約 300 m 北、經貿路往環中路三車追撞，無傷", kb)
    s.incident(C, "traffic", "國道客運在轉運中心出口（中科路）拋錨，擋住公車出口", kc)
    s.incident(D, "traffic", "中科環中路口號誌閃爍異常，08:20-09:06", kd)
    s.incident(E, "fire", "轉運中心 B1 超商冷藏櫃電線走火，疏散旅客，撲滅無傷", ke)
    s.alternative(
        "經貿路車輛偵測器1位在兩起事故之間，其壅塞也可以歸給南邊的機車事故。",
        list(s.incidents))
    return s


if __name__ == "__main__":
    for fn in (s117, s118, s119, s120, s121, s122):
        print(fn().write())
