"""Situations 2077-2082 (seeded)."""
from lib import Situation, inc, at, bg_1999, bg_congestion, bg_flap, PLACES, road_point, between


def s2077():
    s = Situation(2077, "wandering_elder_night", "2026-11-02 21:30", 2077,
                  "晚上九點半，生態住宅A區家屬打1999說82歲失智父親傍晚出門未歸，穿灰色外套、拿拐杖。"
                  "之後陸續有民眾在經貿路經貿七路口、黎明路看到一位阿伯一直問路、講不清楚要去哪，最後員警在水湳轉運中心候車區找到他。"
                  "其間中清路公車站有民眾說一位老先生坐很久好像不舒服；環中路另有一起車禍；號誌短暫故障又恢復。",
                  "A search is one job however far the person walks: every sighting of a confused old man that night is a lead. "
                  "The crash on 環中路 is its own traffic job. The bus-stop call is debatable (see alternative).")
    M, C = "M", "C"
    bg_1999(s, -20, 4)
    bg_1999(s, -12, 0)
    m0 = s.add("1999", "missing_person", 0, "我爸爸82歲有失智，穿灰色外套拿拐杖，傍晚六點多出門散步到現在還沒回來，手機沒帶。", M,
               where="eco_a", scatter=30)
    p0 = s.add("incident", "missing_person", 9, "水湳生態住宅A區82歲失智男性走失，灰色外套、持拐杖，身高約165公分，已通報各所協尋。", M,
               where="eco_a", severity="Moderate")
    s.add("signal", "fault", 14, "號誌控制器異常。", None, sensor="SN-SIG-006")
    s.add("signal", "restored", 16, "號誌恢復正常。", None, sensor="SN-SIG-006")
    s.add("1999", "missing_person", 33, "經貿七路口有一個阿伯一直問路，講不清楚要去哪裡，穿灰色外套。", M,
          where="x_jingmao_7", scatter=80)
    bus = s.add("1999", "rescue", 40, "中清路公車站有一個老先生坐很久，叫他都不太理人，好像不太舒服。", M,
                where=road_point("zhongqing", 0.3), scatter=60, truth_alt="R2")
    c0 = s.add("incident", "injury_accident", 44, "環中路二段中科路口機車與自小客車碰撞，機車騎士腿部擦傷。", C,
               where="x_zhongke_huanzhong", severity="Moderate")
    a1 = s.add("119", "ambulance", 45, "環中路中科路口車禍1人受傷。", C, where="x_zhongke_huanzhong")
    s.dup(a1, 25)
    s.add("incident", "missing_person", 47, "員警至經貿七路口查看未發現，沿經貿路往北搜尋。", M, where="x_jingmao_7",
          severity="Moderate", follows=p0)
    s.add("1999", "other", 52, "黎明路這邊有一個老人拿拐杖走在車道上，車子都要閃他，很危險。", M,
          where=between(PLACES["x_jingmao_liming"], PLACES["x_liming_kaixuan"], 0.3), scatter=60)
    s.add("cctv", "stalled_vehicle", 48, "偵測車輛停滯。", C, sensor="SN-CCTV-003", confidence=0.8)
    s.add("rule", "congestion", 50, "環中路車速下降，平均車速15 km/h。", C, sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("incident", "missing_person", 66, "走失長者於水湳轉運中心候車區由巡邏員警尋獲，意識清楚無外傷，通知家屬領回。", M,
          where="hub", severity="Minor", follows=p0)
    s.add("1999", "missing_person", 70, "家屬回報：爸爸已經找到了，謝謝警察。", M, where="eco_a", scatter=30, follows=m0)
    s.add("incident", "other", 62, "環中路中科路口事故車輛已移置，雙方製作筆錄。", C, where="x_zhongke_huanzhong",
          severity="Minor", follows=c0)
    bg_flap(s, 30, "SN-FL-007", "battery_low", 2)
    bg_1999(s, 57, 4)
    bg_1999(s, 75, 1)
    s.incident(M, "rescue", "生態住宅A區82歲失智長者走失，經貿七路口、黎明路陸續有人看到，於水湳轉運中心尋獲。", m0)
    s.incident(C, "traffic", "環中路二段中科路口機車與自小客車碰撞，騎士擦傷。", c0)
    s.alternative("The bus-stop caller describes neither the coat nor the cane; on the night it is an ambulance check "
                  "of an unwell old man before anyone knows it is the missing father.",
                  [inc(M, "rescue", "失智長者走失協尋。", m0),
                   inc("R2", "rescue", "中清路公車站老先生身體不適。", bus),
                   inc(C, "traffic", "環中路二段中科路口車禍。", c0)])
    s.write()


def s2078():
    s = Situation(2078, "march_along_zhongke", "2026-09-26 13:40", 2078,
                  "週六下午有一場申請核准的遊行，從河南路停車場出發，沿中科路往北走到環中路，終點在會展中心前。"
                  "路線沿途監視器偵測到移動的人群，車流變慢，民眾抱怨喇叭噪音與道路被擋；隊伍中一位民眾中暑昏倒，"
                  "終點附近遊行者與機車騎士發生拉扯。另外台74線環中路口號誌故障。",
                  "The march is a permitted event that walks 2.5 km: its crowd, slow-downs, closures and noise along the route "
                  "are one planned-event job. The fainting marcher needs an ambulance (own rescue job) and the scuffle needs "
                  "police (own public-safety job), though both could be run by the march's commander (alternative). "
                  "The signal fault is unrelated.")
    P, F, D, S = "P", "F", "D", "S"
    mid = (120.6532, 24.1860)
    pe = s.add("planned_event", "march", 20, "「還我綠地」遊行，河南路停車場集合出發，經中科路至環中路會展中心前解散。", P,
               where=mid, scatter=0, delay=-6 * 86400, ends=at(s, 200), radius_m=1400)
    s.add("planned_event", "march", 20, "遊行路線變更：終點改為會展中心B棟前廣場，時間不變。", P, where=mid, scatter=0,
          delay=-2 * 86400, ends=at(s, 200), radius_m=1400, permit_status="amended", follows=pe)
    bg_1999(s, 0, 2)
    s.add("cctv", "crowding", 22, "偵測人群聚集。", P, sensor="SN-CCTV-010", confidence=0.74, motion="moving")
    s.add("incident", "crowd_control", 28, "遊行隊伍約800人自河南路停車場出發，沿中科路北行，派員沿線管制。", P,
          where="henan_carpark", severity="Moderate")
    s.add("rule", "congestion", 30, "河南路車速下降，平均車速14 km/h。", P, sensor="SN-VD-HENAN-02", severity="Minor")
    sg = s.add("signal", "fault", 32, "號誌控制器異常，黑燈。", S, sensor="SN-SIG-001")
    s.add("cctv", "signal_dark", 33, "偵測號誌黑燈。", S, sensor="SN-CCTV-001", confidence=0.9)
    s.add("1999", "traffic_signal", 36, "台74線下來環中路口紅綠燈全部不亮，大家亂開。", S, where="x_74_huanzhong", scatter=80)
    s.add("incident", "road_closure", 40, "中科路（中平路至環中路）遊行通過期間分段封閉。", P, where=road_point("zhongke", 0.6),
          severity="Minor")
    s.add("rule", "congestion", 45, "中科路車速下降，平均車速8 km/h。", P, sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    s.add("1999", "noise", 50, "外面遊行一直用擴音器喊，很吵，家裡小孩在睡覺。", P, where="fcu", scatter=200)
    s.add("1999", "crowding", 58, "中科路整條都是人，車子過不去，是在幹嘛？", P, where=road_point("zhongke", 0.45), scatter=60)
    f0 = s.add("119", "ambulance", 64, "中科路流行影音中心前遊行民眾中暑昏倒，女性60歲。", F, where=(120.6532, 24.1862), truth_alt=P)
    s.add("incident", "medical", 65, "遊行隊伍中一名女性民眾中暑昏倒，已通報救護。", F, where=(120.6532, 24.1862),
          severity="Moderate", truth_alt=P)
    s.add("signal", "restored", 70, "號誌恢復正常。", S, sensor="SN-SIG-001")
    s.add("rule", "congestion", 72, "凱旋路車速下降，平均車速12 km/h。", P, sensor="SN-VD-KAIXUAN-02", severity="Minor")
    s.add("cctv", "crowding", 80, "偵測人群聚集。", P, sensor="SN-CCTV-003", confidence=0.82, motion="moving")
    d0 = s.add("incident", "public_disturbance", 86, "環中路二段中科路口遊行民眾與機車騎士發生口角拉扯，已分開雙方。", D,
               where="x_zhongke_huanzhong", severity="Moderate", truth_alt=P)
    s.add("1999", "other", 87, "環中路口有人吵架打起來了，遊行的跟騎機車的。", D, where="x_zhongke_huanzhong", scatter=80, truth_alt=P)
    s.add("cctv", "crowding", 92, "偵測人群聚集。", P, sensor="SN-CCTV-004", confidence=0.85, motion="standing")
    s.add("rule", "congestion", 95, "環中路車速下降，平均車速10 km/h。", P, sensor="SN-VD-HUANZHONG-03", severity="Moderate")
    k = s.add("parking", "full", 96, "停車場車位已滿。", None, sensor="SN-PK-001")
    s.dup(k, 30)
    s.add("incident", "crowd_control", 130, "遊行於會展中心B棟前解散，中科路恢復通行。", P, where="hall_b", severity="Minor")
    bg_1999(s, 100, 0)
    bg_flap(s, 110, "SN-VD-ZHONGPING-02")
    # the F item's first key for the incident
    s.incident(P, "planned_event", "核准遊行自河南路停車場沿中科路至會展中心，沿線人群移動、封路、壅塞、噪音。", pe)
    s.incident(F, "rescue", "遊行隊伍中女性民眾中暑昏倒送醫。", f0)
    s.incident(D, "public_safety", "環中路中科路口遊行民眾與機車騎士拉扯。", d0)
    s.incident(S, "traffic", "台74線環中路口號誌黑燈。", sg)
    s.alternative("A march with police on it may run the fainting marcher and the scuffle inside the march's job "
                  "(the march commander handles both with the units already there).",
                  [inc(P, "planned_event", "核准遊行，含隊伍中中暑民眾與終點口角拉扯。", pe),
                   inc(S, "traffic", "台74線環中路口號誌黑燈。", sg)])
    s.write()


def s2079():
    s = Situation(2079, "rider_walks_away_after_crash", "2026-07-08 18:15", 2079,
                  "下班尖峰，河南路中平路口機車與自小客車碰撞，機車騎士受傷後自己牽車離開，救護車到場找不到傷者。"
                  "半小時後民眾在河南路停車場看到一個年輕人頭在流血坐在機車旁，救護車再次出動，警方確認就是剛才事故的騎士。"
                  "同一時間中央公園南側步道有慢跑民眾昏倒。",
                  "The bleeding rider at the car park is the crash's patient: one traffic job that moved 450 m. "
                  "On the night, before the police link, it looks like a new rescue (alternative). "
                  "The jogger is another rescue. Slow-downs at the crossing are the crash's.")
    A, J = "A", "J"
    bg_congestion(s, -10, "SN-VD-HUANZHONG-02")
    bg_congestion(s, -6, "SN-VD-ZHONGQING-02")
    s.add("cctv", "accident", 0, "偵測疑似交通事故。", A, sensor="SN-CCTV-010", confidence=0.84)
    k1 = s.add("incident", "injury_accident", 3, "河南路中平路口機車與自小客車碰撞，機車騎士頭部受傷，救護車到場前自行牽車離開，往河南路停車場方向。", A,
               where="x_henan_zhongping", severity="Moderate")
    a1 = s.add("119", "ambulance", 4, "河南路中平路口車禍，機車騎士受傷。", A, where="x_henan_zhongping")
    s.add("1999", "traffic_accident", 4.5, "河南路中平路口機車被撞，騎士有流血。", A, where="x_henan_zhongping")
    s.add("rule", "congestion", 8, "河南路車速下降，平均車速10 km/h。", A, sensor="SN-VD-HENAN-02", severity="Moderate")
    s.add("119", "ambulance", 12, "到場未發現傷患，據稱傷者已自行離去。", A, where="x_henan_zhongping", status="closed", follows=a1)
    s.add("rule", "congestion", 13, "中平路車速下降，平均車速11 km/h。", A, sensor="SN-VD-ZHONGPING-01", severity="Minor")
    j0 = s.add("1999", "rescue", 22, "中央公園南邊步道有一個跑步的人倒在地上，叫不醒！", J, where="SN-FL-005", scatter=80)
    j1 = s.add("119", "ambulance", 23, "中央公園南側步道男性路倒，意識不清，派遣救護車。", J, where="SN-FL-005", scatter=60)
    s.dup(j1, 45)
    bg_1999(s, 26, 3)
    r0 = s.add("1999", "rescue", 35, "河南路停車場這邊有一個年輕人頭在流血，坐在機車旁邊，說剛剛跌倒。", A,
               where="henan_carpark", scatter=40, truth_alt="R")
    a2 = s.add("119", "ambulance", 37, "河南路停車場男性頭部外傷流血，派遣救護車。", A, where="henan_carpark", truth_alt="R")
    s.add("119", "ambulance", 36, "中央公園路倒患者恢復意識，送往醫院。", J, where="SN-FL-005", status="returning", follows=j1)
    s.add("119", "ambulance", 44, "救護車到場，傷者男22歲頭部撕裂傷，送醫。", A, where="henan_carpark", status="on_scene",
          follows=a2, truth_alt="R")
    s.add("incident", "injury_accident", 50, "經查河南路停車場送醫男子即河南路中平路口事故之機車騎士，續行事故處理。", A,
          where="henan_carpark", severity="Moderate", follows=k1, truth_alt="R", delay=600)
    s.add("incident", "other", 55, "河南路中平路口事故車輛已移置，恢復通行。", A, where="x_henan_zhongping", severity="Minor", follows=k1)
    bg_1999(s, 40, 2)
    bg_1999(s, 60, 5)
    bg_flap(s, 48, "SN-CCTV-011", "maintenance", 20)
    bg_congestion(s, 65, "SN-VD-LIMING-01")
    s.incident(A, "traffic", "河南路中平路口機車與自小客車碰撞，受傷騎士自行離開，之後在河南路停車場被發現送醫。", k1)
    s.incident(J, "rescue", "中央公園南側步道慢跑民眾路倒。", j0)
    s.alternative("Until the police link at minute 50 the bleeding man at the car park is a new ambulance call; a coordinator "
                  "may keep it as its own rescue job (the police's linking report then joins it).",
                  [inc(A, "traffic", "河南路中平路口機車與自小客車碰撞。", k1),
                   inc("R", "rescue", "河南路停車場男子頭部外傷送醫。", r0),
                   inc(J, "rescue", "中央公園南側步道慢跑民眾路倒。", j0)])
    s.write()


def s2080():
    s = Situation(2080, "truck_leaks_diesel", "2026-12-03 10:00", 2080,
                  "一輛貨車油箱破損，從中清路轉環中路、再轉經貿路一路漏柴油，路面留下長長一條油漬，兩名機車騎士先後滑倒；"
                  "民眾聞到柴油味，消防局派化學車，最後在經貿六停車場找到還在滴油的貨車。"
                  "同時水湳轉運中心火警受信總機發出警報，經確認為誤報。",
                  "One leaking truck, one trail, one clean-up: a hazmat job that runs 1.2 km along three roads. The two skids are "
                  "caused by the oil and handled by the same closure and clean-up (alternative: their own crash job). "
                  "The hub's panel alarm must be checked on its own (fire), even though it proves false.")
    A, F = "A", "F"
    p_zq = road_point("zhongqing", 0.2)
    bg_1999(s, -15, 0)
    bg_congestion(s, -8, "SN-VD-HENAN-01")
    k0 = s.add("1999", "fallen_object", 3, "中清路往環中路口路面有一條油漬，很滑，機車要小心。", A, where=p_zq, scatter=80)
    s.add("cctv", "fallen_object", 6, "偵測路面掉落物。", A, sensor="SN-CCTV-004", confidence=0.55)
    s.add("1999", "gas_odor", 8, "環中路這邊一股很重的柴油味，地上都是油。", A,
          where=between(PLACES["x_zhongqing_huanzhong"], PLACES["x_jingmao_huanzhong"], 0.5), scatter=60)
    k3 = s.add("incident", "accident", 9, "環中路二段經貿路口機車因路面油漬滑倒，騎士手肘擦傷。", A, where="x_jingmao_huanzhong",
               severity="Minor", truth_alt="A2")
    h = s.add("119", "hazmat", 12, "環中路、經貿路一帶路面油污，長約800公尺，派遣化學車及水箱車。", A,
              where="x_jingmao_huanzhong")
    s.add("incident", "hazmat_report", 15, "中清路、環中路二段至經貿路二段路面柴油污染，疑似車輛漏油，沿線封閉外側車道。", A,
          where=road_point("jingmao", 0.05), severity="Moderate")
    s.add("incident", "accident", 16, "中清路近環中路口第二起機車滑倒，騎士輕傷自行就醫。", A, where=p_zq, severity="Minor",
          truth_alt="A2", observed=-170)  # officer's handheld clock runs behind
    s.add("cctv", "fallen_object", 17, "偵測路面掉落物。", A, sensor="SN-CCTV-005", confidence=0.6)
    s.add("1999", "fallen_object", 18, "經貿六停車場裡面有一台貨車一直在滴油，地上一大攤。", A, where="jingmao6_carpark", scatter=30)
    cl = s.add("incident", "road_closure", 20, "環中路二段往西外側車道封閉，化學車清除油污。", A, where="x_jingmao_huanzhong",
               severity="Minor")
    s.add("rule", "congestion", 22, "環中路車速下降，平均車速9 km/h。", A, sensor="SN-VD-HUANZHONG-03", severity="Moderate")
    s.add("incident", "other", 25, "肇因貨車於經貿六停車場查獲，油箱破損，已通知業者處理並舉發。", A, where="jingmao6_carpark",
          severity="Minor", follows=k3)
    f0 = s.add("fire_alarm", "alarm", 30, "火警警報，2樓西側偵煙探測器動作。", F, sensor="SN-FA-001")
    s.add("119", "hazmat", 31, "化學車到場，以吸油棉及清潔劑處理路面油污。", A, where="x_jingmao_huanzhong",
          status="on_scene", follows=h)
    s.dup(f0, 12)
    s.add("fire_alarm", "normal", 34, "火警警報復歸，經現場確認為施工粉塵誤報。", F, sensor="SN-FA-001")
    s.add("rule", "congestion", 36, "經貿路車速下降，平均車速12 km/h。", A, sensor="SN-VD-JINGMAO-01", severity="Minor")
    bg_1999(s, 40, 3)
    bg_flap(s, 42, "SN-WL-003", "comms_lost", 6)
    s.add("119", "hazmat", 75, "油污清除完畢返隊。", A, where="x_jingmao_huanzhong", status="returning", follows=h)
    s.add("incident", "road_reopened", 78, "環中路二段油污清除，恢復通行。", A, where="x_jingmao_huanzhong", severity="Minor", follows=cl)
    bg_1999(s, 80, 1)
    bg_congestion(s, 85, "SN-VD-ZHONGPING-02")
    s.incident(A, "hazmat", "貨車油箱破損沿中清路、環中路、經貿路漏柴油約1.2公里，兩名機車騎士滑倒，化學車清除，貨車於經貿六停車場查獲。", k0)
    s.incident(F, "fire", "水湳轉運中心火警受信總機警報（查為施工粉塵誤報）。", f0)
    s.alternative("The two skids may be run as a crash job of their own (accident reports, riders' injuries) beside the spill.",
                  [inc(A, "hazmat", "貨車漏柴油沿線清除。", k0),
                   inc("A2", "traffic", "油漬造成兩起機車滑倒。", k3),
                   inc(F, "fire", "水湳轉運中心火警受信總機警報（誤報）。", f0)])
    s.write()


def s2081():
    s = Situation(2081, "grass_fire_smoke_drifts_nw", "2026-03-25 15:00", 2081,
                  "中平路經貿路口東南側空地雜草起火，南風把濃煙往西北吹，中國醫藥大學水湳校區、中央公園南側、生態住宅B區、"
                  "逢甲水湳校區的民眾陸續反映煙味很重，逢甲校區火警總機的偵煙器也被煙觸發。"
                  "同一時段生態住宅A區有一戶廚房真的起火。河南路另有一起小車禍。",
                  "Smoke reported up to 1.5 km downwind, all after the fire started and along the wind: one fire job. The FCU panel "
                  "was tripped by drifting smoke (its own text says so at reset); the alternative keeps it as its own check. "
                  "The kitchen fire in block A names a flat and a panel and is a separate fire.")
    A, B, C = "A", "B", "C"
    lot = (120.6628, 24.1718)
    bg_1999(s, -10, 1)
    bg_congestion(s, -5, "SN-VD-ZHONGQING-02")
    s.add("cctv", "smoke", 0, "偵測煙霧。", A, sensor="SN-CCTV-011", confidence=0.7)
    k1 = s.add("1999", "fire_smoke", 2, "中平路旁邊空地雜草燒起來了，火很大，煙往公園那邊飄。", A, where=lot, scatter=60)
    f1 = s.add("119", "fire", 5, "中平路經貿路口東南側空地雜草火警，派遣水箱車2。", A, where=lot)
    s.add("1999", "環境公害", 10, "中國醫藥大學水湳校區這邊空氣好嗆，都是煙味。", A, where="cmu", scatter=120)
    s.add("1999", "fire_smoke", 14, "中央公園南邊煙很大，看不到火，不知道哪裡在燒。", A, where="SN-FL-005", scatter=150)
    s.add("119", "fire", 15, "空地雜草火警到場，面積約300平方公尺，火勢延燒中。", A, where=lot, status="on_scene", follows=f1)
    s.add("incident", "fire_report", 17, "中平路經貿路口空地火警，濃煙影響視線，中平路往東車道減速管制。", A, where=lot,
          severity="Moderate")
    s.add("rule", "congestion", 19, "中平路車速下降，平均車速13 km/h。", A, sensor="SN-VD-ZHONGPING-02", severity="Minor")
    s.add("1999", "環境公害", 20, "逢甲水湳校區教室裡都是煙味，窗戶關起來還是有。", A, where="fcu", scatter=150)
    fa = s.add("fire_alarm", "alarm", 22, "火警警報，1樓東側偵煙探測器動作。", A, sensor="SN-FA-009", truth_alt="A2")
    s.dup(fa, 8)
    s.add("1999", "fire_smoke", 25, "煙一直飄進家裡，我們是生態住宅B區，窗戶都關了。", A, where="eco_b", scatter=50)
    c0 = s.add("incident", "accident", 27, "河南路近中平路口兩部機車擦撞，無人受傷。", C, where=road_point("henan", 0.85),
               severity="Minor")
    s.add("1999", "traffic_accident", 28, "河南路這邊兩台機車擦撞，停在路邊講話，車道被擋一半。", C,
          where=road_point("henan", 0.85), scatter=60)
    s.add("fire_alarm", "normal", 30, "火警警報復歸，經確認為室外煙霧飄入觸發偵煙器，現場無火警。", A, sensor="SN-FA-009",
          truth_alt="A2")
    b0 = s.add("fire_alarm", "alarm", 33, "火警警報，5樓住戶區偵煙探測器動作。", B, sensor="SN-FA-011")
    s.add("1999", "fire_smoke", 34, "生態住宅A區5樓有一戶廚房起火，鍋子燒起來，走廊都是黑煙！", B, where="eco_a", scatter=30)
    f2 = s.add("119", "fire", 35, "水湳生態住宅A區5樓住宅火警，派遣水箱車2、雲梯車1、救護車1。", B, where="eco_a")
    s.add("119", "fire", 41, "生態住宅A區火警到場，廚房起火已撲滅，無人受傷。", B, where="eco_a", status="on_scene", follows=f2)
    s.add("119", "fire", 48, "空地火勢撲滅，殘火處理中。", A, where=lot, status="on_scene", follows=f1)
    s.add("fire_alarm", "normal", 50, "火警警報復歸。", B, sensor="SN-FA-011")
    bg_1999(s, 45, 4)
    bg_flap(s, 52, "SN-RG-003")
    s.add("119", "fire", 70, "空地雜草火警結案返隊。", A, where=lot, status="returning", follows=f1)
    s.add("1999", "環境公害", 72, "剛剛打過了，煙味到現在還是有，公園這邊。", A, where="SN-FL-004", scatter=150)
    bg_congestion(s, 75, "SN-VD-KAIXUAN-01")
    s.incident(A, "fire", "中平路經貿路口東南側空地雜草火警，濃煙隨南風飄向中國醫藥大學、中央公園、生態住宅B區及逢甲水湳校區（並觸發逢甲校區偵煙器）。", k1)
    s.incident(B, "fire", "水湳生態住宅A區5樓住宅廚房起火。", b0)
    s.incident(C, "traffic", "河南路近中平路口兩部機車擦撞，無人受傷。", c0)
    s.alternative("A panel alarm in a campus building is checked on its own until someone on site says it is the outdoor smoke.",
                  [inc(A, "fire", "中平路空地雜草火警及煙霧飄散。", k1),
                   inc("A2", "fire", "逢甲水湳校區火警總機偵煙器動作（室外煙霧飄入）。", fa),
                   inc(B, "fire", "水湳生態住宅A區5樓住宅廚房起火。", b0),
                   inc(C, "traffic", "河南路近中平路口兩部機車擦撞。", c0)])
    s.write()


def s2082():
    s = Situation(2082, "wrong_way_driver_and_concert_exit", "2026-05-23 21:30", 2082,
                  "週六晚上流行影音中心演唱會散場，觀眾沿中科路走向水湳轉運中心搭車。"
                  "同一時間一名酒駕駕駛在環中路逆向行駛，台74線、凱旋路、中科路、經貿路四個路口的監視器依序偵測到，最後在中清環中路口被攔下。"
                  "黎明路凱旋路口號誌黑燈，轉運中心停車場客滿。",
                  "The wrong-way driver is one traffic job seen by four cameras in six minutes along 環中路. The concert's exit crowd "
                  "walking to the hub is the concert's (its permit explains it), though at the hub it may be watched as a crowd of its "
                  "own (alternative). The dark signal is its own traffic job.")
    P, W, S = "P", "W", "S"
    pop = PLACES["popmusic"]
    pe = s.add("planned_event", "concert", -150, "臺中流行影音中心戶外演唱會，預估觀眾8,000人，散場接駁至水湳轉運中心。", P,
               where=pop, scatter=0, delay=-7 * 86400, ends=at(s, 15), radius_m=350)
    s.add("parking", "full", -60, "停車場車位已滿。", P, sensor="SN-PK-004")
    bg_1999(s, -20, 4)
    w0 = s.add("cctv", "wrong_way", 10, "偵測逆向行駛車輛。", W, sensor="SN-CCTV-001", confidence=0.77)
    s.add("cctv", "wrong_way", 11.5, "偵測逆向行駛車輛。", W, sensor="SN-CCTV-002", confidence=0.8)
    w2 = s.add("1999", "traffic_accident", 13, "環中路有一台車逆向開過來，差點撞到，往中清路那邊去了！", W,
               where=between(PLACES["x_kaixuan_huanzhong"], PLACES["x_zhongke_huanzhong"], 0.5), scatter=60)
    s.add("cctv", "wrong_way", 13.5, "偵測逆向行駛車輛。", W, sensor="SN-CCTV-003", confidence=0.69)
    p1 = s.add("incident", "wrong_way_driver", 14.5, "環中路二段往西車道有自小客車逆向往中清路方向，通報各巡邏車攔截。", W,
               where="x_zhongke_huanzhong", severity="Severe")
    s.add("cctv", "wrong_way", 15.5, "偵測逆向行駛車輛。", W, sensor="SN-CCTV-004", confidence=0.73)
    s.add("incident", "other", 18, "逆向車輛於中清路環中路口攔停，駕駛酒測值0.62毫克，依公共危險罪移送。", W,
          where="x_zhongqing_huanzhong", severity="Moderate", follows=p1)
    s.dup(w2, 90)
    s.add("rule", "congestion", 16, "凱旋路車速下降，平均車速9 km/h。", P, sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("1999", "crowding", 18, "流行影音中心散場人好多，中科路人行道都擠到車道上了。", P, where=pop, scatter=150)
    sg = s.add("signal", "fault", 20, "號誌控制器異常，黑燈。", S, sensor="SN-SIG-007")
    s.add("cctv", "signal_dark", 21, "偵測號誌黑燈。", S, sensor="SN-CCTV-007", confidence=0.88)
    s.add("1999", "traffic_signal", 23, "黎明路凱旋路口紅綠燈不亮，散場車子很多，很亂。", S, where="x_liming_kaixuan", scatter=60)
    s.add("incident", "crowd_control", 24, "演唱會散場人潮沿中科路北行往轉運中心，派員疏導。", P,
          where=road_point("zhongke", 0.55), severity="Moderate")
    s.add("rule", "congestion", 26, "中科路車速下降，平均車速7 km/h。", P, sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    s.add("1999", "illegal_parking", 30, "影音中心旁邊凱旋路一整排機車跟汽車並排，等人接送。", P, where=pop, scatter=200)
    hub = s.add("cctv", "crowding", 38, "偵測人群聚集。", P, sensor="SN-CCTV-003", confidence=0.84, motion="moving",
                truth_alt="H")
    s.add("parking", "full", 40, "停車場車位已滿。", P, sensor="SN-PK-001", truth_alt="H")
    s.add("1999", "crowding", 44, "轉運中心排接駁車的人排到外面馬路上了，很危險。", P, where="hub", scatter=100, truth_alt="H")
    s.add("signal", "restored", 52, "號誌恢復正常。", S, sensor="SN-SIG-007")
    s.add("incident", "crowd_control", 60, "散場人潮已疏散完畢。", P, where="hub", severity="Minor", truth_alt="H")
    bg_1999(s, 35, 0)
    bg_flap(s, 47, "SN-FL-009")
    bg_congestion(s, 55, "SN-VD-HENAN-01")
    s.incident(P, "planned_event", "流行影音中心演唱會散場，人潮沿中科路往水湳轉運中心，沿途壅塞、違停、轉運中心排隊。", pe)
    s.incident(W, "traffic", "酒駕車輛於環中路逆向行駛，經台74線、凱旋路、中科路、經貿路路口，於中清環中路口攔停。", w0)
    s.incident(S, "traffic", "黎明路凱旋路口號誌黑燈。", sg)
    s.alternative("The queue at the transit hub, 1.3 km from the venue and beyond its permit's area, may be run as a crowd job "
                  "of its own (hub staff and police at the bays).",
                  [inc(P, "planned_event", "流行影音中心演唱會散場人潮。", pe),
                   inc("H", "crowd", "水湳轉運中心接駁排隊人潮溢出至馬路。", hub),
                   inc(W, "traffic", "環中路酒駕逆向車輛。", w0),
                   inc(S, "traffic", "黎明路凱旋路口號誌黑燈。", sg)])
    s.write()


if __name__ == "__main__":
    for f in (s2077, s2078, s2079, s2080, s2081, s2082):
        f()
