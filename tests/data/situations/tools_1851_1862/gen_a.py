"""Situations 1851-1856 (seeded)."""
from lib import Situation, alt_list, background, junction

EA, EB = "eco_block_a", "eco_block_b"


def s1851():
    s = Situation(1851, "eco_block_a_kitchen_fire_rekindle", "2016-03-12 22:40",
                  "夜間生態住宅A區7樓廚房火警：受信總機、鄰居1999、119、警方疏散與管制；同時B區一名長者在家跌倒叫救護車；三小時後同戶復燃。")
    F = "fire_block_a"
    a1 = s.add(0, "fire_alarm", "alarm", "7樓 第3迴路 偵煙探測器動作", F, sensor="SN-FA-011")
    s.add(0.7, "fire_alarm", "alarm", "8樓 梯間 偵煙探測器動作", F, sensor="SN-FA-011")
    k1 = s.add(1.5, "1999", "fire_smoke", "生態住宅A區7樓有一戶陽台一直冒黑煙，燒焦味很重", F, EA, r=(30, 90))
    c1 = s.add(2, "119", "fire", "北屯區經貿路三段集合住宅7樓疑似廚房火警，派遣水湳分隊、文心分隊", F, EA, r=None)
    s.dup(c1, 40)
    s.add(3, "1999", "fire_smoke", "對面大樓7樓窗戶看到火光，煙往上竄", F, EA, r=(80, 160))
    s.add(3.5, "incident", "fire_report", "生態住宅A區集合住宅火警，警網到場協助交通管制", F, EA, sev="Severe", r=(10, 40))
    s.add(5, "1999", "illegal_parking", "A區旁邊消防通道停了兩台汽車，消防車進不來", F, EA, r=(20, 60))
    s.add(6, "incident", "road_closure", "經貿路三段外側車道封閉，供消防車停放作業", F, EA, sev="Moderate", r=(40, 90))
    s.add(6.5, "119", "rescue", "7樓火警住戶2人受困後陽台，請求雲梯車", F, EA, r=None, follows=c1)
    s.add(8, "119", "fire", "水湳分隊到達現場，7樓廚房火勢猛烈", F, EA, r=None, status="on_scene", follows=c1)
    s.add(9, "rule", "congestion", "經貿路車輛偵測器2 平均車速降至 14 km/h", F, sensor="SN-VD-JINGMAO-02", sev="Minor")
    R = "fall_block_b"
    r1 = s.add(9.5, "119", "ambulance", "經貿路三段(生態住宅B區)3樓80歲男性在家跌倒頭部出血（非火警相關）", R, EB, r=(5, 20))
    s.add(11, "incident", "evacuation", "A區6至8樓住戶約40人疏散至中庭", F, EA, sev="Moderate", r=(10, 40))
    s.add(14, "119", "ambulance", "A區火警住戶1名吸入濃煙，意識清楚，送中國醫藥大學附設醫院", F, EA, r=None)
    s.add(19, "119", "ambulance", "救護車到達B區跌倒傷患處", R, EB, r=None, status="on_scene", follows=r1)
    s.add(25, "fire_alarm", "normal", "7樓 第3迴路 復歸", F, sensor="SN-FA-011")
    s.add(32, "119", "fire", "火勢撲滅，殘火處理完畢，受困2人救出", F, EA, r=None, status="closed", follows=c1)
    s.add(36, "incident", "road_reopened", "經貿路三段外側車道恢復通行", F, EA, sev="Minor", r=(40, 90))
    s.add(41, "119", "ambulance", "B區跌倒傷患送醫完畢", R, EB, r=None, status="closed", follows=r1)
    background(s, [15, 28, 55, 70, 130, 160])
    s.add(90, "1999", "noise", "生態住宅B區樓上住戶半夜唱卡拉OK很吵", None, EB, r=(10, 40))
    F2 = "fire_block_a_rekindle"
    rk = s.add(196, "119", "rekindle", "經貿路三段集合住宅7樓復燃，廚房天花板冒煙", F, EA, r=None, alt=F2, follows=c1)
    s.add(196.3, "fire_alarm", "alarm", "7樓 第3迴路 偵煙探測器動作", F, sensor="SN-FA-011", alt=F2)
    s.add(198, "1999", "fire_smoke", "A區剛剛燒過那戶又在冒煙了", F, EA, r=(30, 90), alt=F2)
    s.add(205, "119", "rekindle", "到達現場，天花板夾層悶燒，已撲滅", F, EA, r=None, status="on_scene", follows=rk, alt=F2)
    s.add(212, "fire_alarm", "normal", "7樓 第3迴路 復歸", F, sensor="SN-FA-011", alt=F2)
    s.add(230, "119", "rekindle", "復燃處理完畢，留守監控", F, EA, r=None, status="closed", follows=rk, alt=F2)
    fi = s.incident(F, "fire", "生態住宅A區7樓廚房火警（含消防通道違停、車道封閉、疏散、吸入濃煙住戶與三小時後的復燃）", a1)
    s.incident(R, "rescue", "B區長者在家跌倒，與火警無關的救護", r1)
    s.alternative("復燃是三小時後的新派遣（119另開復燃案），可視為另一件工作；第一起已結案。",
                  alt_list(s.incidents, replace={F: dict(fi, description="生態住宅A區7樓廚房火警（第一次）")},
                           add=[s.incident(F2, "fire", "同戶三小時後復燃", rk, alt_only=True)]))
    s.write()


def s1852():
    s = Situation(1852, "eco_block_b_gas_leak_and_quarrel", "2016-05-04 18:10",
                  "傍晚生態住宅B區瓦斯外洩：住戶與路人1999、119危險物品、疏散封路、一名住戶頭暈送醫；同時A區住戶停車糾紛；稍後回收中心附近的例行臭味陳情。")
    G = "gas_block_b"
    g1 = s.add(0, "1999", "gas_odor", "敦化路一段生態住宅B區一樓大廳瓦斯味很重", G, EB, r=(10, 50))
    s.add(3, "1999", "gas_odor", "B區中庭有瓦斯味，好像是從地下室飄上來", G, EB, r=(10, 50))
    h = s.add(4, "119", "hazmat", "北屯區敦化路一段集合住宅疑似瓦斯外洩，派遣水湳分隊", G, EB, r=None)
    s.add(6, "1999", "gas_odor", "走在敦化路上聞到很濃的瓦斯味", G, EB, r=(90, 170))
    s.add(9, "119", "hazmat", "到達現場，地下室瓦斯表附近測得濃度偏高", G, EB, r=None, status="on_scene", follows=h)
    s.add(10, "incident", "evacuation", "B區1至4樓住戶疏散至敦化路對面公園", G, EB, sev="Moderate", r=(10, 40))
    s.add(11, "incident", "road_closure", "敦化路一段B區前路段暫時封閉，禁止車輛進入", G, EB, sev="Moderate", r=(50, 100))
    amb = s.add(13, "119", "ambulance", "B區女性住戶頭暈噁心，疑似吸入瓦斯", G, EB, r=None, alt="gas_patient")
    P = "quarrel_block_a"
    p1 = s.add(20, "incident", "public_disturbance", "生態住宅A區住戶因停車位糾紛發生口角推擠", P, EA, sev="Minor", r=(10, 50))
    s.add(24, "1999", "noise", "A區樓下有人在吵架很大聲，好像要打起來", P, EA, r=(20, 70))
    s.add(38, "incident", "public_disturbance", "A區停車糾紛雙方已勸離，無人受傷", P, EA, sev="Minor", r=(10, 50), follows=p1)
    s.add(40, "incident", "other", "瓦斯公司關閉總閥並更換地下室管線接頭，外洩排除", G, EB, sev="Minor", r=(10, 40))
    s.add(45, "119", "hazmat", "外洩排除，現場通風完成，收隊", G, EB, r=None, status="closed", follows=h)
    s.add(50, "incident", "road_reopened", "敦化路一段恢復通行，住戶返家", G, EB, sev="Minor", r=(50, 100))
    s.add(15, "rule", "congestion", "中平路車輛偵測器2 平均車速降至 21 km/h", None, sensor="SN-VD-ZHONGPING-02", sev="Minor")
    s.add(25, "parking", "full", "水湳轉運中心停車場 汽車格已滿", None, sensor="SN-PK-001")
    s.add(72, "1999", "環境公害", "水資源回收中心附近有臭水溝味，每天傍晚都這樣", None, "water_reclamation", r=(60, 140))
    background(s, [5, 30, 58, 85, 100])
    s.incident(G, "hazmat", "生態住宅B區地下室瓦斯外洩（疏散、封路、頭暈住戶）", g1)
    s.incident(P, "public_safety", "A區停車位糾紛推擠", p1)
    s.alternative("頭暈住戶的救護可另開一件救護工作（另一組救護車、送醫），不併入瓦斯外洩。",
                  alt_list(s.incidents, add=[s.incident("gas_patient", "rescue", "吸入瓦斯頭暈的住戶送醫", amb, alt_only=True)]))
    s.write()


def s1853():
    s = Situation(1853, "convention_motor_show_day", "2016-10-22 09:30",
                  "會展中心車展週六：許可、停車場滿、人潮與車流、違停；A館男童走失後尋獲；B館兩起扒竊；A館民眾昏倒送醫；散場人潮。")
    C = "crowd_convention"
    pe = s.add(30, "planned_event", "exhibition", "2016台中國際車展 第二天，預估入場3萬人次", C, "convention_centre",
               r=None, lag=-4 * 86400, ends=510, radius_m=400)
    s.add(40, "parking", "full", "臺中國際會展中心停車場 汽車格已滿", C, sensor="SN-PK-006")
    s.add(55, "parking", "full", "經貿六停車場 汽車格已滿", C, sensor="SN-PK-002")
    cr = s.add(70, "cctv", "crowding", "經貿路二段黎明路口 人群聚集", C, sensor="SN-CCTV-005", confidence=0.82)
    s.add(75, "rule", "congestion", "經貿路車輛偵測器1 平均車速降至 12 km/h", C, sensor="SN-VD-JINGMAO-01", sev="Moderate")
    s.add(80, "1999", "crowding", "會展中心門口排隊的人塞到人行道外面，推來推去", C, "convention_centre", r=(30, 90))
    s.add(86, "incident", "crowd_control", "會展中心周邊人潮管制，經貿路二段派員指揮交通", C, "convention_centre", sev="Moderate", r=(40, 120))
    s.add(95, "1999", "illegal_parking", "經貿路二段兩側都是違停，車子排到快車道", C, "liming/jingmao", r=(30, 120), alt=None)
    M = "lost_boy_hall_a"
    m1 = s.add(120, "incident", "missing_person", "6歲男童於會展中心A館走失，穿藍色上衣、黃色球鞋", M, "convention_hall_a", sev="Moderate", r=(5, 30))
    s.add(138, "incident", "missing_person", "男童已於B館服務台尋獲，交還家屬", M, "convention_hall_b", sev="Minor", r=(5, 30), follows=m1)
    T = "pickpocket_hall_b"
    t1 = s.add(165, "incident", "theft", "民眾於會展中心B館展區手機遭扒竊", T, "convention_hall_b", sev="Minor", r=(5, 40))
    t2 = s.add(178, "incident", "theft", "另一名民眾於B館人潮中錢包遭竊，疑同一扒手", T, "convention_hall_b", sev="Minor", r=(5, 40), alt="pickpocket_hall_b_2")
    A = "faint_hall_a"
    a1 = s.add(225, "119", "ambulance", "會展中心A館展場女性昏倒，意識恢復中", A, "convention_hall_a", r=(5, 30))
    s.dup(a1, 25)
    s.add(226, "incident", "medical", "A館民眾昏倒，保全已通報119", A, "convention_hall_a", sev="Moderate", r=(5, 30))
    s.add(236, "119", "ambulance", "救護車到達A館", A, "convention_hall_a", r=(5, 30), status="on_scene", follows=a1)
    s.add(255, "119", "ambulance", "患者送往中國醫藥大學附設醫院", A, "convention_hall_a", r=(5, 30), status="closed", follows=a1)
    s.add(300, "1999", "環境清潔", "會展中心外人行道垃圾很多沒人收", None, "convention_centre", r=(40, 120))
    s.add(470, "cctv", "crowding", "經貿路二段黎明路口 人群聚集", C, sensor="SN-CCTV-005", confidence=0.74)
    s.add(480, "rule", "congestion", "黎明路車輛偵測器1 平均車速降至 15 km/h", C, sensor="SN-VD-LIMING-01", sev="Minor")
    s.add(495, "incident", "crowd_control", "散場人潮，黎明路經貿路口加派人力", C, "liming/jingmao", sev="Minor", r=(10, 40))
    background(s, [20, 110, 200, 330, 400])
    s.incident(C, "crowd", "車展人潮：停車場滿、路口聚集、車流慢、違停與兩次管制", cr)
    s.incident(M, "rescue", "A館男童走失，B館尋獲", m1)
    s.incident(T, "public_safety", "B館扒竊（兩名被害人，疑同一扒手）", t1)
    s.incident(A, "rescue", "A館民眾昏倒送醫", a1)
    s.notes = "許可本身在人潮出現前不是一件工作；開案依據為路口人群聚集影像。"
    s.alternative("兩起扒竊各自報案可各開一件；經貿路違停為例行1999交通違規，不屬人潮案。",
                  alt_list(s.incidents, replace={T: dict(s.incidents[2], description="B館手機遭扒竊")},
                           add=[s.incident("pickpocket_hall_b_2", "public_safety", "B館錢包遭竊", t2, alt_only=True)]))
    s.write()


def s1854():
    s = Situation(1854, "fcu_campus_friday_night", "2016-09-30 23:20",
                  "週五深夜逢甲水湳校區旁鬥毆（噪音陳情、酒瓶砸傷送醫）、宿舍機車失竊、河南路改裝機車競速、凌晨學生酒醉昏睡送醫。")
    D = "fight_fcu"
    d1 = s.add(0, "1999", "noise", "逢甲水湳校區旁邊一群人大聲叫囂", D, "fcu_campus", r=(60, 150))
    d2 = s.add(4, "incident", "public_disturbance", "逢甲大學水湳校區西側一群年輕人鬥毆約6人", D, "fcu_campus", sev="Moderate", r=(60, 120))
    s.add(6, "1999", "noise", "有人在打架，還有玻璃破掉的聲音", D, "fcu_campus", r=(60, 150))
    amb = s.add(7, "119", "ambulance", "男性頭部遭酒瓶砸傷流血，意識清楚", D, "fcu_campus", r=(60, 120))
    s.add(9, "incident", "public_disturbance", "現場壓制2名滋事者帶回派出所，其餘逃逸", D, "fcu_campus", sev="Moderate", r=(60, 120), follows=d2)
    s.add(13, "119", "ambulance", "到達現場處置傷患", D, "fcu_campus", r=(60, 120), status="on_scene", follows=amb)
    s.add(35, "119", "ambulance", "傷患送醫完畢", D, "fcu_campus", r=(60, 120), status="closed", follows=amb)
    TH = "scooter_theft_fcu"
    th = s.add(55, "incident", "theft", "逢甲水湳校區宿舍停車場機車遭竊，報案人為學生", TH, "fcu_campus", sev="Minor", r=(100, 200))
    s.add(60, "status", "offline", "河南路車輛偵測器2 離線", None, sensor="SN-VD-HENAN-02", reason="comms_lost")
    s.add(64, "status", "online", "河南路車輛偵測器2 恢復連線", None, sensor="SN-VD-HENAN-02")
    RC = "racing_henan"
    rc = s.add(80, "1999", "noise", "河南路上一直有改裝機車競速呼嘯，很危險", RC, "henan/zhongping", r=(50, 250), alt=None)
    s.add(92, "1999", "noise", "河南路飆車族又來了，一直來回", RC, "henan/zhongping", r=(50, 250), alt=None)
    DR = "drunk_student"
    dr = s.add(130, "119", "ambulance", "逢甲水湳校區宿舍學生酒醉昏睡叫不醒，室友報案", DR, "fcu_campus", r=(100, 200))
    s.add(142, "119", "ambulance", "到達宿舍，患者有反應", DR, "fcu_campus", r=(100, 200), status="on_scene", follows=dr)
    s.add(70, "incident", "theft", "調閱校區監視器，竊嫌騎乘失竊機車往河南路方向", TH, "fcu_campus", sev="Minor", r=(100, 200), follows=th)
    s.add(110, "incident", "other", "巡邏經過逢甲水湳校區周邊，秩序正常", None, "fcu_campus", sev="Minor", r=(100, 250))
    background(s, [20, 45, 100, 170, 220, 240])
    s.incident(D, "public_safety", "校區西側鬥毆，一人遭酒瓶砸傷送醫", d2)
    s.incident(TH, "public_safety", "宿舍停車場機車失竊", th)
    s.incident(RC, "public_safety", "河南路改裝機車競速（派巡邏取締）", rc)
    s.incident(DR, "rescue", "宿舍學生酒醉昏睡送醫", dr)
    s.notes = "鬥毆開案：第一通1999噪音僅說叫囂，警方報案說鬥毆才足以派遣。"
    s.alternative("飆車噪音陳情是1999轉警察局的例行案件，不是中心要派遣的工作。",
                  alt_list(s.incidents, drop=(RC,)))
    s.write()


def s1855():
    s = Situation(1855, "eco_block_a_power_cut_lift", "2016-07-18 14:20",
                  "炎熱午後生態住宅A區一帶停電：總機主電源異常、住戶停電陳情、公園北側機櫃斷電使其設備離線；A區電梯受困；獨居長者製氧機停擺送醫；台電搶修後復電。")
    PW = "power_cut_block_a"
    f1 = s.add(0, "fire_alarm", "fault", "主電源異常，已切換備用電池", PW, sensor="SN-FA-011")
    for sid in ["SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"]:
        s.add(1, "status", "offline", "設備離線", PW, sensor=sid, reason="mains_power_lost", lag=s.rnd.randint(2, 20))
    p1 = s.add(2, "1999", "power_outage", "生態住宅A區整棟停電，冷氣都停了", PW, EA, r=(10, 50))
    s.add(3, "1999", "power_outage", "經貿路三段這一帶都停電，紅綠燈好像也沒亮", PW, EA, r=(100, 200))
    L = "lift_block_a"
    l1 = s.add(4, "119", "rescue", "北屯區經貿路三段集合住宅停電電梯受困，4人受困於5、6樓間", L, EA, r=None, alt=PW)
    s.add(5, "1999", "rescue", "A區電梯卡住了，裡面有小孩在哭", L, EA, r=(5, 30), alt=PW)
    s.add(8, "1999", "power_outage", "生態住宅B區也沒電", PW, EB, r=(10, 60))
    s.add(12, "119", "rescue", "到達現場，以電梯鑰匙開啟受困電梯", L, EA, r=None, status="on_scene", follows=l1, alt=PW)
    O = "oxygen_patient"
    o1 = s.add(14, "119", "ambulance", "A區12樓獨居長者使用製氧機，停電後呼吸很喘", O, EA, r=None)
    s.add(22, "119", "ambulance", "長者送醫，生命徵象穩定", O, EA, r=None, status="closed", follows=o1)
    s.add(25, "119", "rescue", "受困4人均已救出，無人受傷", L, EA, r=None, status="closed", follows=l1, alt=PW)
    s.add(30, "incident", "other", "台電搶修車到場，經貿路三段地下電纜故障，A、B區周邊停電", PW, EA, sev="Moderate", r=(50, 120))
    s.add(31, "rule", "sensor_offline", "中央公園滯洪池2 超過30分鐘未回傳", PW, sensor="SN-FL-002", sev="Minor")
    s.add(31.5, "rule", "sensor_offline", "中央公園北滯洪池水位 超過30分鐘未回傳", PW, sensor="SN-WL-001", sev="Minor")
    for sid in ["SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"]:
        s.add(68, "status", "online", "設備恢復連線", PW, sensor=sid, lag=s.rnd.randint(2, 30))
    s.add(70, "fire_alarm", "normal", "主電源恢復", PW, sensor="SN-FA-011")
    s.add(40, "1999", "動物救援", "中央公園有隻鳥卡在網子裡", None, "SN-FL-003", r=(20, 80))
    background(s, [18, 50, 90, 110])
    s.incident(PW, "infrastructure", "A區一帶地下電纜故障停電（總機主電源、住戶、公園北側機櫃設備離線）", f1)
    s.incident(L, "rescue", "A區停電電梯受困4人", l1)
    s.incident(O, "rescue", "獨居長者製氧機停擺呼吸喘送醫", o1)
    s.notes = "停電最早的足夠證據是總機主電源異常（同時公園北側機櫃整組離線）。"
    s.alternative("電梯受困是停電造成的，有的調度員把它當作停電事件的一部分處理（同一地點、同一原因）。",
                  alt_list(s.incidents, drop=(L,)))
    s.write()


def s1856():
    s = Situation(1856, "museumbrary_lost_child_and_wandering_elder", "2016-11-13 15:00",
                  "週日下午綠美圖女童走失後尋獲；B區家屬協尋失智長者，一個多小時後民眾在中央公園發現疑似長者，警方確認送回；綠美圖外腳踏車失竊、館內癲癇發作；傍晚公園南側有人醉倒。")
    K = "lost_girl_museumbrary"
    k1 = s.add(0, "incident", "missing_person", "5歲女童於綠美圖1樓走失，穿粉紅色外套", K, "museumbrary", sev="Moderate", r=(5, 40))
    s.add(18, "incident", "missing_person", "女童於館內兒童區尋獲，已交還家屬", K, "museumbrary", sev="Minor", r=(5, 40), follows=k1)
    E = "wandering_elder"
    e1 = s.add(20, "1999", "missing_person", "家中78歲失智父親下午出門未歸，穿灰色外套，可能往中央公園方向", E, EB, r=(10, 40))
    e2 = s.add(35, "incident", "missing_person", "協尋失智長者（78歲男性，灰色外套），已通報附近警網", E, EB, sev="Moderate", r=(10, 40))
    T = "bike_theft_museumbrary"
    t1 = s.add(50, "incident", "theft", "綠美圖外自行車停車區腳踏車遭竊", T, "museumbrary", sev="Minor", r=(30, 80))
    sight = s.add(90, "1999", "other", "中央公園步道有位穿灰色外套的老先生一直繞圈，問他住哪裡說不清楚", E, "SN-FL-003", r=(20, 80), alt="elder_sighting")
    s.add(97, "incident", "missing_person", "員警前往中央公園步道查看疑似走失長者", E, "SN-FL-003", sev="Moderate", r=(20, 80), follows=e2)
    s.add(112, "incident", "missing_person", "長者身分確認，已由家屬帶回", E, "SN-FL-003", sev="Minor", r=(20, 80), follows=e2)
    A = "seizure_museumbrary"
    a1 = s.add(130, "119", "ambulance", "綠美圖2樓男性癲癇發作", A, "museumbrary", r=(5, 30))
    s.add(140, "119", "ambulance", "到達現場，患者已恢復意識", A, "museumbrary", r=(5, 30), status="on_scene", follows=a1)
    R2 = "drunk_park_south"
    r2 = s.add(200, "1999", "rescue", "公園南邊滯洪池旁有人躺著不動", R2, "SN-FL-005", r=(20, 60))
    s.add(206, "119", "ambulance", "中央公園南側滯洪池旁民眾倒地", R2, "SN-FL-005", r=(20, 60))
    s.add(214, "incident", "medical", "經查為民眾酒醉倒臥，協助送醫", R2, "SN-FL-005", sev="Minor", r=(20, 60))
    s.add(60, "parking", "full", "中央公園地下停車場(北) 汽車格已滿", None, sensor="SN-PK-004")
    s.add(75, "1999", "noise", "公園草地有人用音響放音樂很大聲", None, "SN-FL-002", r=(30, 100))
    background(s, [10, 45, 120, 160, 230])
    s.incident(K, "rescue", "綠美圖女童走失，館內尋獲", k1)
    s.incident(E, "rescue", "失智長者協尋，中央公園步道尋獲", e1)
    s.incident(T, "public_safety", "綠美圖外腳踏車失竊", t1)
    s.incident(A, "rescue", "綠美圖館內癲癇發作", a1)
    s.incident(R2, "rescue", "公園南側民眾酒醉倒臥送醫", r2)
    s.alternative("公園民眾來電時只說有位老先生迷路，調度員可能先派巡邏另開一件，確認身分後才併入協尋案。",
                  alt_list(s.incidents, add=[s.incident("elder_sighting", "rescue", "公園步道迷路老先生", sight, alt_only=True)]))
    s.write()


if __name__ == "__main__":
    for f in (s1851, s1852, s1853, s1854, s1855, s1856):
        f()
