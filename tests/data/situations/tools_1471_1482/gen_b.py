"""Situations 1477-1482. Run: python3 gen_b.py (seeded: the output is stable)."""
from lib import Situation, place, sensor_pt, off, junction

M = 60


# =====================================================================================
def s1477():
    s = Situation(1477, "eco_block_b_night_fire", (2026, 1, 20), "生態住宅B區深夜住宅火警，煙飄至A區觸發警報")
    s.description = (
        "Tuesday 20 January 2026, 02:10 at night. A flat on the 5th floor of eco-residential block B (96 homes, "
        "敦化路一段) catches fire; the stairwell fills with smoke and a couple is trapped on a 7th-floor balcony. "
        "119 sends four engines and two ladders; the police close 敦化路一段 for the appliances and the block is "
        "evacuated; two people are treated for smoke and an evacuee with chest pain is taken to hospital. A "
        "south wind carries the smoke 280 m to block A, whose lobby detector trips at 02:28 and whose residents call "
        "asking whether to leave; a crew from the fire checks it and resets it. The fire is out at 03:20. "
        "Unrelated, at 03:10 an 82-year-old woman in block A falls at home (ambulance), and at 03:31 a drunk driver "
        "hits the median at 環中路/中科路. Around it: street-racing noise, a detector's link flapping, a lamp out.")
    b = place("eco_block_b")
    a = place("eco_block_a")
    unit = off(b, 5, 8)
    j3 = sensor_pt("SN-SIG-003")

    s.c1999("noise", off(junction("jingmao", "huanzhong"), 200, 60), "01:55", "環中路又有人在飆車，排氣管很大聲，吵到睡不著", None)
    s.status("SN-VD-ZHONGPING-02", "offline", "02:00", "中平路車輛偵測器2 離線：通訊中斷", None, reason="comms_lost")
    s.panel("SN-FA-012", "alarm", "02:11:30", "B區 5F 梯廳 偵煙式探測器動作（第5迴路）", "block_b_fire")
    s.panel("SN-FA-012", "alarm", "02:12:05", "B區 5F 住戶 偵熱式探測器動作（第6迴路）", "block_b_fire")
    s.c1999("fire_smoke", off(b, 60, -30), "02:13", "生態住宅B區五樓有人家裡失火，窗戶一直冒火，我們住對面，趕快來", "block_b_fire",
            delay=90)
    f = s.f119("fire", unit, "02:13:30",
               "水湳生態住宅B區（敦化路一段）5樓住宅火警，疑有民眾受困。派遣北屯分隊、水湳分隊、松竹分隊，水箱車4、雲梯車2、救護車3",
               "block_b_fire", delay=30)
    s.dup(f, 30)
    s.c1999("fire_smoke", off(b, -150, 40), "02:18", "經貿路上看到那邊大樓一直冒很多煙，還有火光，消防車來了嗎", "block_b_fire",
            delay=4 * M)
    s.c1999("fire_smoke", b, "02:16", "我住B區7樓，樓梯都是煙下不去，我跟我先生在陽台，快來救我們", "block_b_fire", delay=2 * M)
    s.status("SN-VD-ZHONGPING-02", "online", "02:19", "中平路車輛偵測器2 恢復連線", None)
    s.f119("fire", unit, "02:20", "北屯分隊到場，5樓1戶全面燃燒，7樓陽台2人受困，架設雲梯搶救，佈線進攻", "block_b_fire",
           status="on_scene", follows=f, delay=40)
    s.police("fire_report", "Severe", b, "02:22", "生態住宅B區火警，警網到場協助疏散住戶及交通管制", "block_b_fire", delay=10 * M)
    clo = s.police("road_closure", "Moderate", off(b, 0, 60), "02:25", "敦化路一段（經貿路至B區前）封閉，供救災車輛停放",
                   "block_b_fire", delay=9 * M)
    ev = s.police("evacuation", "Severe", off(b, -80, 0), "02:27", "B區住戶約150人疏散至一樓中庭及中央公園東側", "block_b_fire",
                  delay=12 * M)
    # block A's lobby detector: its panel clock runs 2.5 minutes fast
    s.panel("SN-FA-011", "alarm", "02:28", "A區 1F 大廳 偵煙式探測器動作（第2迴路）", "block_b_fire", alt="block_a_alarm",
            skew=150)
    a_call = s.c1999("other", off(a, -10, 15), "02:31", "我住A區，我們大樓警報在響，外面都是燒焦味，要不要下樓？是我們這棟嗎",
            "block_b_fire", alt="block_a_alarm", delay=3 * M)
    s.f119("ambulance", unit, "02:34", "B區火警受困住戶2名吸入性嗆傷，送中國醫藥大學附設醫院", "block_b_fire", delay=40)
    s.f119("ambulance", off(b, -80, 0), "02:40", "B區疏散住戶，70歲男性胸悶不適，送醫", "block_b_fire", delay=50)
    chk = s.f119("fire", a, "02:43", "B區火場指揮官分派水湳分隊水箱車1輛至生態住宅A區查看火警警報", "block_b_fire",
                 alt="block_a_alarm", delay=30, status="dispatched", follows=f)
    s.f119("fire", a, "02:50", "A區查看：B區火災煙霧經大廳外氣口飄入，A區無起火，警報復歸，車輛歸建B區火場", "block_b_fire",
           alt="block_a_alarm", status="on_scene", follows=chk, delay=60)
    s.panel("SN-FA-011", "normal", "02:52", "A區 系統復歸", "block_b_fire", alt="block_a_alarm", skew=150)
    s.f119("fire", unit, "02:55", "火勢控制，受困2人已由雲梯救出，持續搜索及殘火處理", "block_b_fire", status="on_scene", follows=f)
    s.c1999("other", off(b, 30, 90), "03:05", "敦化路怎麼封起來了，我要出門上班車子開不出去", "block_b_fire", delay=4 * M)

    # unrelated fall at home in block A
    fall = s.f119("ambulance", off(a, 5, 5), "03:10", "生態住宅A區8樓，82歲女性在家中跌倒，髖部疼痛無法起身（非火警相關）",
                  "block_a_fall", delay=45)
    s.f119("fire", unit, "03:20", "火勢撲滅，殘火處理完畢，起火戶燒損約30平方公尺", "block_b_fire", status="on_scene", follows=f)
    s.f119("ambulance", off(a, 5, 5), "03:28", "患者送中國醫藥大學附設醫院", "block_a_fall", status="returning", follows=fall)

    # drunk driver at 環中路/中科路
    s.cctv("SN-CCTV-003", "stalled_vehicle", 0.81, "03:31", "路口東側分隔島旁車輛停滯", "zhongke_median_crash")
    s.c1999("traffic_accident", off(j3, 20, 10), "03:33", "環中路中科路口有台車撞上分隔島，車頭冒煙，人還在車上", "zhongke_median_crash",
            delay=2 * M)
    d1 = s.f119("ambulance", j3, "03:34", "環中路二段中科路口自小客車自撞分隔島，駕駛意識清楚，頭部擦傷", "zhongke_median_crash", delay=40)
    s.panel("SN-FA-012", "fault", "03:40", "B區 第6迴路 斷線", "block_b_fire")
    s.c1999("streetlight", off(junction("zhongke", "liming"), 30, -80), "03:40", "中科路影音中心那段有一支路燈不亮，晚上很暗", None)
    s.police("accident", "Moderate", j3, "03:45", "環中路二段/中科路口自小客車自撞分隔島，駕駛酒測值0.42 mg/L，車輛已拖吊",
             "zhongke_median_crash", delay=18 * M)
    s.police("road_reopened", "Minor", off(b, 0, 60), "04:05", "敦化路一段恢復通行", "block_b_fire", delay=8 * M, follows=clo)
    s.police("other", "Minor", off(b, -80, 0), "04:15", "除5樓起火戶及同層2戶外，B區住戶返回家中；起火原因待火調", "block_b_fire",
             delay=11 * M, follows=ev)
    s.f119("fire", unit, "04:20", "各分隊返隊，留守1車", "block_b_fire", status="returning", follows=f)

    s.incident("block_b_fire", "fire",
               "The fire on block B's 5th floor: its panel, callers, 119's appliances and the ladder rescue, the two "
               "smoke-inhalation casualties and the evacuee with chest pain, the closure of 敦化路一段, the evacuation, "
               "and block A's lobby alarm and worried residents (the fire's smoke; the fire's own crew checked it).", f)
    s.incident("block_a_fall", "rescue",
               "An 82-year-old woman's fall at home in block A, nothing to do with the fire (119 says so).", fall)
    s.incident("zhongke_median_crash", "traffic",
               "A drunk driver into the median at 環中路/中科路 (the caller's 'smoke' is a crumpled bonnet). Unrelated.", d1)
    s.alternative(
        "A fire alarm in another building is another address: a coordinator may log block A's alarm as a job of its "
        "own until the crew's check shows it was the fire's smoke.",
        [{"label": "block_a_alarm", "type": "fire",
          "description": "Block A's lobby alarm and its residents' call, checked by a crew and reset.",
          "sufficient_evidence_key": a_call}])
    s.notes.append("Block A's panel clock runs 2.5 minutes fast. 119's first dispatch is delivered twice. The crew sent to "
                   "block A is dispatched as an update of the fire's case (follows it).")
    return s


# =====================================================================================
def s1478():
    s = Situation(1478, "excavation_slope_slip_jingmao", (2026, 6, 15), "豪雨後會展二期工地邊坡坍滑，土石上經貿路、光纖中斷")
    s.description = (
        "Monday 15 June 2026, after a night of extremely heavy rain. At 05:52 the shored slope of the convention "
        "centre's phase-2 excavation, on the north-east corner of 經貿路二段/黎明路三段, slips: some 50 m³ of "
        "mud covers the pavement and two lanes of 經貿路, a lamp post leans, and the fibre from the junction's "
        "signal cabinet is cut, so its signal, camera and vehicle detector drop off the network (the signal keeps "
        "running on its own timing). The police close 經貿路 southbound, the 經貿六 car park beside it is shut, "
        "and at 06:40 a scooter slides on the mud. Cleared and spliced by 09:40. Around it: the night's rain "
        "alerts, the north detention pond filling, a few centimetres in the 中清/環中 underpass draining away, the "
        "morning rush, a broken bus-stop sign.")
    jl = sensor_pt("SN-SIG-005")
    slip = off(jl, 45, 50)
    mud = off(jl, 25, 35)

    s.rule("SN-RG-002", "heavy_rain", "05:10", "水湳轉運中心雨量站 3小時累積雨量 104.5 mm，達豪雨標準", None, level="豪雨")
    s.rule("C0F9T0", "heavy_rain", "05:20", "西屯站 24小時累積雨量 168 mm，達大雨標準", None, level="大雨")
    s.rule("SN-FL-001", "flood_depth", "05:30", "中央公園滯洪池1 水深 13 cm", None, level="1-15")
    s.rule("SN-WL-001", "water_level", "05:40", "中央公園北滯洪池水位 2.07 m，達三級警戒", None, level="3")
    s.status("SN-SIG-005", "offline", "05:52:10", "經貿路二段/黎明路三段 號誌控制器 離線：通訊中斷", "jingmao_slope_slip",
             alt="cab005_fibre_cut", reason="comms_lost", gateway="TB-CAB-005")
    s.status("SN-CCTV-005", "offline", "05:52:11", "經貿路二段/黎明路三段 路口監視器 離線：通訊中斷", "jingmao_slope_slip",
             alt="cab005_fibre_cut", reason="comms_lost", gateway="TB-CAB-005")
    s.status("SN-VD-JINGMAO-01", "offline", "05:52:12", "經貿路車輛偵測器1 離線：通訊中斷", "jingmao_slope_slip",
             alt="cab005_fibre_cut", reason="comms_lost", gateway="TB-CAB-005")
    fib = s.rule("SN-VD-JINGMAO-01", "sensor_offline", "05:57", "經貿路車輛偵測器1 超過5分鐘未回傳資料", "jingmao_slope_slip",
           alt="cab005_fibre_cut", gateway="TB-CAB-005")
    l1 = s.c1999("road_damage", off(mud, 10, 10), "05:58",
                 "經貿路二段黎明路口旁邊工地的土坡垮下來了，泥巴整片流到馬路上，人行道都被蓋住", "jingmao_slope_slip", delay=3 * M)
    s.rule("SN-CCTV-005", "sensor_offline", "05:58", "經貿路二段/黎明路三段 路口監視器 超過5分鐘無影像", "jingmao_slope_slip",
           alt="cab005_fibre_cut")
    fo = s.police("fallen_object", "Severe", mud, "06:03",
                  "經貿路二段（黎明路口北側）會展二期工地擋土邊坡坍滑，土石約50立方公尺堆積人行道及外側兩車道，路燈桿傾斜",
                  "jingmao_slope_slip", delay=7 * M)
    r = s.f119("rescue", slip, "06:05", "經貿路二段會展二期工地邊坡坍塌，派遣水湳分隊確認有無人員受困", "jingmao_slope_slip", delay=40)
    s.dup(r, 25)
    s.f119("rescue", slip, "06:15", "到場確認工地夜間無人施工，無人受困；邊坡仍有小規模滑落，請建設局及工地主任到場",
           "jingmao_slope_slip", status="on_scene", follows=r, delay=60)
    clo = s.police("road_closure", "Severe", off(jl, 30, 300), "06:18", "經貿路二段南向（環中路至黎明路）封閉，北向維持單線通行",
                   "jingmao_slope_slip", delay=8 * M)
    s.c1999("streetlight", off(jl, -10, 40), "06:20", "經貿路黎明路口那一整排路燈都不亮，旁邊工地好像坍了", "jingmao_slope_slip",
            delay=4 * M)
    s.rule("SN-FL-006", "flood_depth", "06:45", "中清環中路口地下道 淹水深度 8 cm", None, level="1-15")
    sc = s.c1999("traffic_accident", off(jl, 10, 12), "06:40", "經貿路黎明路口地上都是泥巴，有機車滑倒，騎士坐在路邊", "jingmao_slope_slip",
                 alt="mud_scooter_fall", delay=2 * M)
    s.f119("ambulance", off(jl, 10, 12), "06:42", "經貿路二段黎明路口機車自摔（路面泥濘），騎士手肘擦傷", "jingmao_slope_slip",
           alt="mud_scooter_fall", delay=40)
    s.c1999("flooding", off(sensor_pt("SN-FL-006"), -30, 20), "06:50", "中清路環中路地下道有積水，大概10公分，車子開過去水花很大", None)
    s.police("accident", "Minor", off(jl, 10, 12), "06:55", "機車行經經貿路二段泥濘路面自摔，騎士輕傷送醫，已加派人員於泥濘路段前引導",
             "jingmao_slope_slip", alt="mud_scooter_fall", delay=13 * M)
    s.rule("SN-VD-LIMING-01", "congestion", "07:10", "黎明路車輛偵測器1 平均車速 9 km/h，佔有率 71%", "jingmao_slope_slip")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "07:15", "環中路車輛偵測器2 平均車速 16 km/h（上班尖峰）", None)
    j2 = sensor_pt("SN-SIG-002")
    s.cctv("SN-CCTV-002", "stalled_vehicle", 0.77, "07:22", "路口東向內側車道兩車停滯", "kaixuan_huanzhong_rear_end")
    x1 = s.c1999("traffic_accident", off(j2, 30, 10), "07:23", "環中路凱旋路口追撞，三台車卡在內線，後面塞很長", "kaixuan_huanzhong_rear_end",
                 delay=3 * M)
    s.dup(x1, 50)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "07:28", "環中路車輛偵測器1 平均車速 6 km/h，佔有率 83%", "kaixuan_huanzhong_rear_end")
    s.police("accident", "Minor", j2, "07:30", "環中路二段/凱旋路口三車追撞，無人受傷，已排除至路邊", "kaixuan_huanzhong_rear_end",
             delay=17 * M)
    s.parking("SN-PK-002", "closed", "07:30", "經貿六停車場 入口因道路封閉暫停開放", "jingmao_slope_slip", delay=20)
    s.rule("SN-FL-006", "cleared", "07:30", "中清環中路口地下道 淹水深度降至 1 cm，警戒解除", None)
    s.police("other", "Moderate", mud, "08:00", "建設局及工地廠商以怪手清除土石，設置臨時擋土及鋼板；台電確認傾斜路燈桿已斷電",
             "jingmao_slope_slip", delay=9 * M, follows=fo)
    s.c1999("other", off(place("transit_hub"), 40, -10), "08:20", "轉運站前面公車站牌被颱風吹歪還沒修", None)
    s.status("SN-SIG-005", "online", "09:40:05", "經貿路二段/黎明路三段 號誌控制器 恢復連線（光纖臨時接續）", "jingmao_slope_slip",
             alt="cab005_fibre_cut")
    s.status("SN-CCTV-005", "online", "09:40:07", "經貿路二段/黎明路三段 路口監視器 恢復連線", "jingmao_slope_slip",
             alt="cab005_fibre_cut")
    s.status("SN-VD-JINGMAO-01", "online", "09:40:09", "經貿路車輛偵測器1 恢復連線", "jingmao_slope_slip", alt="cab005_fibre_cut")
    s.police("road_reopened", "Minor", off(jl, 30, 300), "09:50", "經貿路二段南向土石清除完畢，恢復一線通行", "jingmao_slope_slip",
             delay=7 * M, follows=clo)

    s.incident("jingmao_slope_slip", "infrastructure",
               "The excavation's slope slips onto 經貿路二段: mud on the road, the leaning lamp post and the dark lamps, the "
               "fibre it cut (the junction's signal, camera and detector off the network), 119's check for anyone "
               "buried, the closure, the car park shut, the queue on 黎明路, and the scooter that slid on its mud. One "
               "site, one cause, one clearance.", l1)
    s.incident("kaixuan_huanzhong_rear_end", "traffic",
               "A three-car rear-end crash at 環中路/凱旋路 in the morning rush, no one hurt, and the queue behind it. "
               "Unrelated.", x1)
    sc_alt = sc
    s.alternative(
        "Split by dispatch: the fibre repair is the traffic bureau's own work order and the scooter's fall is an "
        "injury crash with its own ambulance and police report.",
        [{"label": "cab005_fibre_cut", "type": "infrastructure",
          "description": "Cabinet TB-CAB-005's fibre cut: signal controller, camera and detector offline until spliced.",
          "sufficient_evidence_key": fib},
         {"label": "mud_scooter_fall", "type": "traffic",
          "description": "A scooter rider slid on the mud and was hurt.", "sufficient_evidence_key": sc_alt}])
    s.notes.append("The signal itself kept running on its own timing (no signal fault event): only its link was cut. "
                   "The underpass water after the night's rain is draining and stays in the 1-15 cm band: background.")
    return s


# =====================================================================================
def s1479():
    s = Situation(1479, "park_car_park_ev_fire", (2026, 10, 4), "中央公園地下停車場電動車火警，市集疏散，復燃")
    s.description = (
        "Sunday 4 October 2026, afternoon, with a weekend market on the lawn north of Central Park. At 15:20 an "
        "electric car's battery catches fire on level B2 of the park's underground car park (north); the sprinklers "
        "open, smoke pours out of the exits onto the market, 600 people are moved south, the car park is closed, a "
        "lane of 經貿路 is taken by the appliances, and smoke drawn into the Green Museumbrary's intakes trips its "
        "lobby detector. The fire is controlled by 16:20; the sprinkler tank runs low; the case is closed at 18:10. "
        "At 19:42 the battery re-ignites and the crews return. Unrelated: an 82-year-old man with dementia wanders "
        "off in the market's evacuation (found 17:05), and a minor crash at 河南路/中平路 at 17:20. Around it: the "
        "market's permit, full car parks, illegal parking, a broken slide.")
    cp = place("park_car_park")
    b2 = off(cp, 0, 5)
    exit_ = off(cp, 30, -30)
    market = off(sensor_pt("SN-PK-004"), -40, 90)
    mus = place("museumbrary")
    j10 = sensor_pt("SN-SIG-010")

    s.permit("market", market, "10:00", "18:00", "2026-09-21 14:30",
             "中央公園北側草坪 假日綠色市集，10:00-18:00，攤位約80攤，預估人潮3,000人", None, radius_m=200)
    s.parking("SN-PK-004", "full", "14:30", "中央公園地下停車場(北) 汽車格位已滿", None)
    s.c1999("illegal_parking", off(cp, 120, 40), "14:45", "經貿路公園旁邊紅線停滿車，都是去逛市集的", None)
    s.c1999("other", off(cp, -100, -250), "15:10", "公園裡面溜滑梯有一塊板子壞掉翹起來，小孩會受傷", None)
    fa7 = s.panel("SN-FA-007", "alarm", "15:21", "B2 北區 偵煙式探測器動作（第12迴路）", "car_park_ev_fire")
    s.dup(fa7, 20)
    s.panel("SN-FA-007", "alarm", "15:22", "B2 北區 自動撒水設備動作（流水檢知）", "car_park_ev_fire")
    s.c1999("fire_smoke", exit_, "15:24", "中央公園地下停車場出口一直冒黑煙出來，很臭，裡面好像有車子燒起來", "car_park_ev_fire",
            delay=2 * M)
    f = s.f119("fire", b2, "15:25",
               "中央公園地下停車場B2電動車起火。派遣水湳分隊、西屯分隊、北屯分隊，水箱車3、排煙車1、救護車1", "car_park_ev_fire", delay=35)
    s.c1999("fire_smoke", market, "15:27", "公園市集這邊都是煙，小朋友一直咳嗽，攤商在收東西", "car_park_ev_fire", delay=3 * M)
    s.parking("SN-PK-004", "closed", "15:28", "中央公園地下停車場(北) 暫停開放（火警）", "car_park_ev_fire", delay=25)
    s.police("fire_report", "Severe", exit_, "15:30", "中央公園地下停車場火警，濃煙自出入口竄出，警網到場管制", "car_park_ev_fire",
             delay=8 * M)
    s.f119("fire", b2, "15:33", "到場，B2電動車電池熱失控燃燒，延燒旁邊2車，濃煙瀰漫，排煙及射水冷卻", "car_park_ev_fire",
           status="on_scene", follows=f, delay=50)
    ev = s.police("evacuation", "Moderate", market, "15:36", "公園北側市集攤商及民眾約600人往南側疏散", "car_park_ev_fire", delay=10 * M)
    clo = s.police("road_closure", "Moderate", off(cp, 110, 0), "15:38", "經貿路二段（綠美圖至停車場出入口）外側車道封閉供消防車停放",
                   "car_park_ev_fire", delay=7 * M)
    s.panel("SN-FA-004", "alarm", "15:50", "綠美圖 1F 入口大廳 偵煙式探測器動作（第1迴路）", "car_park_ev_fire")
    s.c1999("fire_smoke", off(mus, 10, 10), "15:52", "綠美圖裡面警報響了，廣播說要往外走，外面也有很重的煙味", "car_park_ev_fire",
            delay=4 * M)
    s.rule("SN-VD-JINGMAO-02", "congestion", "16:00", "經貿路車輛偵測器2 平均車速 10 km/h，佔有率 66%", "car_park_ev_fire")
    s.panel("SN-FA-004", "normal", "16:05", "綠美圖 系統復歸", "car_park_ev_fire")

    # the elder lost in the market's evacuation
    o1 = s.c1999("missing_person", off(market, 0, -300), "16:10",
                 "我爸爸82歲有失智，剛剛市集疏散的時候走散了，穿灰色外套戴帽子，手機沒帶", "market_lost_elder", delay=2 * M)
    op = s.police("missing_person", "Moderate", off(market, 0, -300), "16:18", "協尋82歲失智男性，灰色外套、戴鴨舌帽，市集疏散時走失",
                  "market_lost_elder", delay=8 * M)
    s.f119("fire", b2, "16:20", "火勢控制，持續冷卻電池，電池箱仍有冒煙", "car_park_ev_fire", status="on_scene", follows=f)
    s.panel("SN-FA-007", "fault", "16:30", "消防水箱低水位", "car_park_ev_fire")
    s.police("other", "Moderate", exit_, "16:45", "環保局到場監測出入口空氣品質，市集提前結束", "car_park_ev_fire", delay=12 * M)
    s.police("missing_person", "Minor", place("pop_music_centre"), "17:05", "失智長者於流行影音中心前廣場尋獲，已交由家屬帶回",
             "market_lost_elder", delay=9 * M, follows=op)

    # minor crash at 河南路/中平路
    x1 = s.c1999("traffic_accident", off(j10, 20, 15), "17:20", "河南路中平路口兩台車擦撞，在路口吵架", "henan_zhongping_scrape",
                 delay=3 * M)
    s.police("accident", "Minor", j10, "17:22", "河南路/中平路口自小客車擦撞，無人受傷，雙方和解", "henan_zhongping_scrape", delay=16 * M)
    s.f119("fire", b2, "17:40", "西屯、北屯分隊返隊，水湳分隊留守監控電池溫度", "car_park_ev_fire", status="returning", follows=f)
    s.panel("SN-FA-007", "normal", "17:50", "系統復歸", "car_park_ev_fire")
    s.f119("fire", b2, "18:10", "案件結案，電動車由拖吊業者移出", "car_park_ev_fire", status="closed", follows=f)
    s.police("road_reopened", "Minor", off(cp, 110, 0), "18:20", "經貿路二段外側車道恢復通行，停車場持續關閉", "car_park_ev_fire",
             delay=6 * M, follows=clo)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "18:30", "中平路車輛偵測器2 平均車速 18 km/h（假日傍晚）", None)

    # the rekindle
    rk = s.f119("rekindle", b2, "19:42", "中央公園地下停車場B2電動車電池復燃，派遣水湳分隊、西屯分隊", "car_park_ev_fire",
                alt="ev_rekindle", follows=f, delay=35)
    s.panel("SN-FA-007", "alarm", "19:43", "B2 北區 偵煙式探測器動作（第12迴路）", "car_park_ev_fire", alt="ev_rekindle")
    s.c1999("fire_smoke", exit_, "19:46", "公園地下停車場又在冒煙了，下午不是才燒過", "car_park_ev_fire", alt="ev_rekindle", delay=3 * M)
    s.f119("rekindle", b2, "19:50", "到場，電池箱復燃，以大量射水冷卻並將車輛移至浸水槽", "car_park_ev_fire", alt="ev_rekindle",
           status="on_scene", follows=rk, delay=60)
    s.panel("SN-FA-007", "normal", "20:25", "系統復歸", "car_park_ev_fire", alt="ev_rekindle")
    s.f119("rekindle", b2, "20:30", "復燃撲滅，案件結案", "car_park_ev_fire", alt="ev_rekindle", status="closed", follows=rk)

    s.incident("car_park_ev_fire", "fire",
               "The electric car's fire on B2: the car park's panel and sprinklers, callers in the market and at the "
               "Museumbrary (smoke drawn into its intakes tripped its lobby detector), 119, the market's evacuation, the "
               "car park closed, the lane of 經貿路 and its queue, the environmental bureau's monitoring, the sprinkler "
               "tank run low, and the battery's rekindle at 19:42 (the same car, the same crews: the job reopened).", f)
    s.incident("market_lost_elder", "rescue",
               "A man with dementia lost in the market's evacuation; police search, found at 17:05.", o1)
    s.incident("henan_zhongping_scrape", "traffic", "A minor scrape at 河南路/中平路, no one hurt. Unrelated.", x1)
    s.alternative(
        "The first case was closed at 18:10 and the crews gone: a coordinator may open the 19:42 rekindle as a new job.",
        [{"label": "ev_rekindle", "type": "fire",
          "description": "The battery's rekindle at 19:42, run as a new job.", "sufficient_evidence_key": rk}])
    return s


# =====================================================================================
def s1480():
    s = Situation(1480, "north_hub_power_cut_lift", (2026, 7, 23), "盛夏午後北側饋線停電，綠美圖電梯受困，經貿路號誌熄滅")
    s.description = (
        "Thursday 23 July 2026, a 36 °C afternoon. At 14:52 the feeder serving the north of the zone fails: the "
        "Museumbrary and the operations tower go to generators, a family of three is stuck in a Museumbrary lift, "
        "the signals at 經貿路二段/黎明路三段 and 經貿路二段/經貿七路 go dark, the cameras and the detector in those "
        "cabinets lose mains, and the 經貿六 car park's barriers stop. Power returns at 16:18. Unrelated: a man "
        "collapses with heat stroke on a park path near the 河南路 car park at 15:40, and a pedestrian is clipped by "
        "a scooter at 環中路/中清路 at 16:40. Around it: a rain gauge's battery, a full car park, the evening rush, "
        "a dry drinking fountain, illegal parking.")
    j5, j6 = sensor_pt("SN-SIG-005"), sensor_pt("SN-SIG-006")
    mus, tower = place("museumbrary"), place("operations_tower")
    pk2 = place("jingmao6_car_park")
    heat = off(place("henan_car_park"), 150, 120)
    j8 = sensor_pt("SN-SIG-008")

    s.c1999("other", off(place("park_car_park"), -50, -300), "14:35", "公園飲水機都沒有水，天氣這麼熱", None)
    s.status("SN-RG-001", "offline", "14:40", "中央公園雨量站 離線：電池電量低", None, reason="battery_low")
    sg5 = s.signal("SN-SIG-005", "fault", "14:52:10", "經貿路二段/黎明路三段 號誌控制器主電源異常，號誌熄滅", "jingmao_dark_signals",
                   alt="north_feeder_outage")
    s.signal("SN-SIG-006", "fault", "14:52:12", "經貿路二段/經貿七路 號誌控制器主電源異常，號誌熄滅", "jingmao_dark_signals",
             alt="north_feeder_outage")
    s.status("SN-CCTV-005", "offline", "14:52:15", "經貿路二段/黎明路三段 路口監視器 離線：市電中斷", "north_feeder_outage",
             reason="mains_power_lost")
    s.status("SN-CCTV-006", "offline", "14:52:16", "經貿路二段/經貿七路 路口監視器 離線：市電中斷", "north_feeder_outage",
             reason="mains_power_lost")
    s.status("SN-VD-JINGMAO-01", "offline", "14:52:17", "經貿路車輛偵測器1 離線：市電中斷", "north_feeder_outage",
             reason="mains_power_lost")
    fa4 = s.panel("SN-FA-004", "fault", "14:52:30", "綠美圖 主電源斷電，緊急發電機啟動", "north_feeder_outage")
    # the tower's panel clock runs 4 minutes slow
    s.panel("SN-FA-005", "fault", "14:52:40", "臺灣智慧營運塔 主電源失電，改由發電機供電", "north_feeder_outage", skew=-240)
    l1 = s.c1999("rescue", mus, "14:54", "綠美圖電梯突然停住，我們一家三口卡在裡面，有小孩，裡面很熱", "museumbrary_lift", delay=2 * M)
    p1 = s.c1999("power_outage", off(tower, 20, 20), "14:55", "營運塔附近整區停電，冷氣都停了，什麼時候會來電", "north_feeder_outage",
                 delay=3 * M)
    lr = s.f119("rescue", mus, "14:56", "臺中綠美圖電梯停電受困3人（含幼童1名），派遣水湳分隊", "museumbrary_lift", delay=30)
    s.c1999("traffic_signal", off(j5, 15, -10), "14:57", "經貿路黎明路口紅綠燈不亮，車子都在搶，很危險", "jingmao_dark_signals",
            alt="north_feeder_outage", delay=2 * M)
    s.rule("SN-VD-JINGMAO-01", "sensor_offline", "14:57:30", "經貿路車輛偵測器1 超過5分鐘未回傳資料", "north_feeder_outage")
    s.parking("SN-PK-002", "closed", "14:58", "經貿六停車場 停電，出入口柵欄無法運作，暫停進場", "north_feeder_outage", delay=45)
    s.c1999("power_outage", off(place("convention_centre"), -30, 60), "15:00", "我在會展中心旁邊的店，停電了，要多久", "north_feeder_outage",
            delay=4 * M)
    tsf = s.police("traffic_signal_fault", "Moderate", j5, "15:02",
                   "經貿路二段/黎明路三段、經貿路二段/經貿七路口號誌停電熄滅，派員指揮交通", "jingmao_dark_signals",
                   alt="north_feeder_outage", delay=12 * M)
    s.f119("rescue", mus, "15:04", "到場，以電梯鑰匙手動開門救援中", "museumbrary_lift", status="on_scene", follows=lr, delay=45)
    s.rule("SN-VD-LIMING-01", "congestion", "15:06", "黎明路車輛偵測器1 平均車速 8 km/h，佔有率 73%", "jingmao_dark_signals",
           alt="north_feeder_outage")
    s.c1999("other", off(j6, 10, 15), "15:08", "經貿七路口沒有紅綠燈，也沒有警察，車子一直搶快", "jingmao_dark_signals",
            alt="north_feeder_outage", delay=3 * M)
    s.f119("rescue", mus, "15:10", "受困3人救出，幼童輕微脫水，送醫觀察", "museumbrary_lift", status="on_scene", follows=lr)
    s.c1999("power_outage", off(pk2, 5, -5), "15:12", "停車場出不去，柵欄都不會動，管理室也沒人", "north_feeder_outage", delay=3 * M)
    s.police("other", "Minor", j6, "15:25", "台電人員到場，饋線故障搶修中", "north_feeder_outage", delay=9 * M)
    s.parking("SN-PK-001", "full", "15:30", "水湳轉運中心停車場 汽車格位已滿", None)
    s.f119("rescue", mus, "15:35", "案件結案", "museumbrary_lift", status="closed", follows=lr)

    # heat stroke in the park
    h1 = s.f119("ambulance", heat, "15:40", "中央公園南側步道（河南路停車場附近），60歲男性疑中暑倒地，意識不清", "park_heat_stroke",
                delay=35)
    s.c1999("rescue", off(heat, 20, -10), "15:42", "公園這邊有一個阿伯倒在地上叫不醒，流很多汗", "park_heat_stroke", delay=2 * M)
    s.f119("ambulance", heat, "15:50", "到場，患者體溫偏高，降溫處置後送中國醫藥大學附設醫院", "park_heat_stroke", status="on_scene",
           follows=h1)

    # power back
    s.signal("SN-SIG-005", "restored", "16:18:05", "經貿路二段/黎明路三段 號誌恢復正常", "jingmao_dark_signals", alt="north_feeder_outage")
    s.signal("SN-SIG-006", "restored", "16:18:07", "經貿路二段/經貿七路 號誌恢復正常", "jingmao_dark_signals", alt="north_feeder_outage")
    s.status("SN-CCTV-005", "online", "16:18:20", "經貿路二段/黎明路三段 路口監視器 恢復連線", "north_feeder_outage")
    s.status("SN-CCTV-006", "online", "16:18:21", "經貿路二段/經貿七路 路口監視器 恢復連線", "north_feeder_outage")
    s.status("SN-VD-JINGMAO-01", "online", "16:18:25", "經貿路車輛偵測器1 恢復連線", "north_feeder_outage")
    s.panel("SN-FA-004", "normal", "16:19", "綠美圖 主電源恢復，系統復歸", "north_feeder_outage")
    s.panel("SN-FA-005", "normal", "16:19:30", "臺灣智慧營運塔 主電源恢復，系統復歸", "north_feeder_outage", skew=-240)
    s.police("other", "Minor", j5, "16:30", "號誌恢復正常，警力撤離", "jingmao_dark_signals", alt="north_feeder_outage", delay=7 * M,
             follows=tsf)

    # pedestrian clipped at 環中路/中清路
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.67, "16:40", "路口行人穿越道附近機車停滯", "zhongqing_pedestrian")
    x = s.f119("ambulance", j8, "16:41", "環中路中清路口行人遭機車擦撞，右手擦傷", "zhongqing_pedestrian", delay=40)
    s.dup(x, 60)
    s.c1999("traffic_accident", off(j8, -20, -15), "16:43", "中清路環中路口有機車撞到行人", "zhongqing_pedestrian", delay=2 * M)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "16:50", "環中路車輛偵測器1 平均車速 15 km/h（下班尖峰）", None)
    s.police("injury_accident", "Moderate", j8, "16:55", "環中路/中清路口機車擦撞行人，行人輕傷送醫", "zhongqing_pedestrian", delay=14 * M)
    s.c1999("illegal_parking", off(place("transit_hub"), 60, -40), "16:55", "轉運站旁邊中科路一直有車臨停接人，擋住機車道", None)
    s.status("SN-RG-001", "online", "17:05", "中央公園雨量站 恢復連線（更換電池）", None)

    s.incident("north_feeder_outage", "infrastructure",
               "The north feeder's failure: the Museumbrary and the tower on generators, cameras and the detector on mains "
               "loss, the 經貿六 car park's barriers, shops and offices without power; Taipower's job until 16:18. Open "
               "once devices at three sites report mains lost together.", fa4)
    s.incident("jingmao_dark_signals", "traffic",
               "Dark signals at 經貿路二段/黎明路三段 and 經貿路二段/經貿七路 and the queue on 黎明路: the traffic police's job.",
               sg5)
    s.incident("museumbrary_lift", "rescue",
               "A family of three stuck in a Museumbrary lift by the power cut: the fire crews' rescue, a job of its own.", l1)
    s.incident("park_heat_stroke", "rescue", "A man collapsed with heat stroke on a park path. Unrelated.", h1)
    s.incident("zhongqing_pedestrian", "traffic", "A pedestrian clipped by a scooter at 環中路/中清路. Unrelated.", x)
    s.alternative(
        "The junctions are dark because of the power cut and light again with it: a coordinator may run them inside the "
        "outage's job.",
        [{"label": "north_feeder_outage", "type": "infrastructure",
          "description": "The north feeder's failure with the dark junctions it caused.", "sufficient_evidence_key": sg5}])
    s.notes.append("The operations tower's panel clock runs 4 minutes slow. The pedestrian's ambulance case is delivered twice.")
    return s


# =====================================================================================
def s1481():
    s = Situation(1481, "crane_topples_zhongke", (2026, 11, 17), "中科路工地吊車傾倒壓車、變電箱起火、路口號誌熄滅")
    s.description = (
        "Tuesday 17 November 2026, mid-morning. At 10:05 a 50-tonne mobile crane at a building site on 中科路 just "
        "south of 環中路 tips over: its boom lies across 中科路, crushes a passing car (driver trapped, leg broken) "
        "and a ground-mounted transformer box, whose oil catches fire. The box fed the signal cabinet at "
        "環中路/中科路, 140 m north, which goes dark with its camera. 中科路 is closed; at 10:40 two cars collide in "
        "the dark junction. Taipower replaces the box and the signal returns at 12:40; the crane is lifted away and "
        "中科路 reopens at 13:10. Separately a steel plate over a trench sticks up on 黎明路 at 11:45. Around it: a "
        "noise complaint about the same site before the accident, a river station's link flapping, a full car "
        "park, illegal parking.")
    j3 = sensor_pt("SN-SIG-003")
    site = off(j3, 40, -140)
    boom = off(j3, 10, -120)
    box = off(j3, 20, -110)
    plate = off(junction("zhongke", "liming"), -120, -40)

    s.rule("SN-VD-HUANZHONG-04", "congestion", "09:30", "環中路車輛偵測器4 平均車速 18 km/h", None)
    s.c1999("noise", off(site, 20, 0), "09:40", "中科路那個工地一大早就在吊東西，很吵，而且吊車伸到馬路上面很危險", None)
    s.status("SN-WL-004", "offline", "09:50", "筏子溪西屯水位站 離線：通訊中斷", None, reason="comms_lost")
    s.cctv("SN-CCTV-003", "fallen_object", 0.79, "10:05:30", "路口南側車道有大型物體橫躺", "zhongke_crane_collapse")
    c1 = s.c1999("traffic_accident", off(site, -20, 10), "10:06", "中科路工地吊車倒下來了！壓到一台車，車裡面有人！",
                 "zhongke_crane_collapse", delay=90)
    sg = s.signal("SN-SIG-003", "fault", "10:06:30", "中科路/環中路二段 號誌控制器主電源異常，號誌熄滅", "zhongke_dark_signal")
    s.status("SN-CCTV-003", "offline", "10:06:35", "中科路/環中路二段 路口監視器 離線：市電中斷", "zhongke_dark_signal",
             reason="mains_power_lost", gateway="TB-CAB-003")
    r = s.f119("rescue", boom, "10:07", "中科路（環中路口南側）工地移動式吊車傾倒，吊臂壓毀自小客車，駕駛受困。派遣水湳分隊、西屯分隊、特搜分隊",
               "zhongke_crane_collapse", delay=30)
    s.c1999("fire_smoke", off(box, 10, 5), "10:08", "吊車倒下去把路邊的電箱壓爆了，在冒火花跟黑煙", "zhongke_crane_collapse", delay=2 * M)
    bf = s.f119("fire", box, "10:09", "同址：台電地上型變電箱遭吊臂壓毀起火，加派水箱車1", "zhongke_crane_collapse", delay=30)
    s.c1999("traffic_signal", off(j3, 10, -10), "10:10", "中科路環中路口紅綠燈都不亮了，前面好像出事", "zhongke_dark_signal", delay=3 * M)
    fo = s.police("fallen_object", "Severe", boom, "10:12", "中科路工地50噸吊車傾倒，吊臂橫跨中科路，壓毀自小客車1輛，駕駛受困",
                  "zhongke_crane_collapse", delay=8 * M)
    s.f119("rescue", boom, "10:14", "以破壞器材救出駕駛，左腿開放性骨折，送中國醫藥大學附設醫院", "zhongke_crane_collapse",
           status="on_scene", follows=r, delay=50)
    clo = s.police("road_closure", "Severe", off(j3, 20, -300), "10:15", "中科路（環中路至黎明路）雙向封閉，請改道凱旋路、經貿路",
                   "zhongke_crane_collapse", delay=10 * M)
    s.f119("fire", box, "10:17", "變電箱絕緣油起火已撲滅，待台電斷電處理", "zhongke_crane_collapse", status="on_scene", follows=bf)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "10:18", "環中路車輛偵測器2 平均車速 7 km/h，佔有率 79%", "zhongke_dark_signal")
    s.rule("SN-VD-LIMING-01", "congestion", "10:20", "黎明路車輛偵測器1 平均車速 10 km/h，佔有率 68%", "zhongke_crane_collapse")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "10:30", "凱旋路車輛偵測器2 平均車速 12 km/h，佔有率 65%", "zhongke_crane_collapse")
    tsf = s.police("traffic_signal_fault", "Moderate", j3, "10:22", "中科路/環中路口號誌停電熄滅，派員指揮交通", "zhongke_dark_signal",
                   delay=9 * M)
    s.dup(tsf, 80)
    s.c1999("other", off(site, 0, 30), "10:25", "台電什麼時候來？工地旁邊電箱燒掉了，整排路燈電箱都黑掉", "zhongke_crane_collapse",
            delay=4 * M)
    s.status("SN-WL-004", "online", "10:30", "筏子溪西屯水位站 恢復連線", None)
    y1 = s.c1999("traffic_accident", off(j3, -10, 10), "10:40", "環中路中科路口沒有紅綠燈，兩台車撞在一起了", "dark_junction_crash",
                 alt="zhongke_dark_signal", delay=2 * M)
    s.f119("ambulance", j3, "10:43", "環中路二段中科路口兩車碰撞，1人頸部不適", "dark_junction_crash", alt="zhongke_dark_signal", delay=40)
    s.police("accident", "Moderate", j3, "10:52", "環中路二段/中科路口號誌熄滅期間兩車側撞，1人輕傷送醫，車輛已移置路邊",
             "dark_junction_crash", alt="zhongke_dark_signal", delay=12 * M)
    s.police("other", "Moderate", boom, "11:00", "吊車公司調派大型吊車進場準備吊離傾倒吊車；勞檢處到場", "zhongke_crane_collapse",
             delay=10 * M, follows=fo)
    s.c1999("other", off(place("pop_music_centre"), 40, 60), "11:10", "中科路怎麼整條封起來了？要去影音中心要繞哪裡", "zhongke_crane_collapse",
            delay=5 * M)
    s.c1999("illegal_parking", off(place("transit_hub"), 50, -50), "11:15", "轉運中心對面一直有計程車停在公車站排班", None)
    s.police("other", "Moderate", box, "11:30", "台電到場斷電並更換變電箱", "zhongke_crane_collapse", delay=8 * M)
    j1 = s.c1999("fallen_object", plate, "11:45", "黎明路上有一塊施工鋪的鐵板翹起來，機車經過很危險", "liming_steel_plate", delay=3 * M)
    s.parking("SN-PK-001", "full", "12:00", "水湳轉運中心停車場 汽車格位已滿", None)
    s.signal("SN-SIG-003", "restored", "12:40", "中科路/環中路二段 號誌恢復正常", "zhongke_dark_signal")
    s.status("SN-CCTV-003", "online", "12:40:10", "中科路/環中路二段 路口監視器 恢復連線", "zhongke_dark_signal")
    s.police("other", "Minor", j3, "12:50", "號誌恢復，警力撤離", "zhongke_dark_signal", delay=6 * M, follows=tsf)
    s.police("road_reopened", "Minor", off(j3, 20, -300), "13:10", "傾倒吊車已吊離，中科路恢復雙向通行", "zhongke_crane_collapse",
             delay=7 * M, follows=clo)
    s.f119("rescue", boom, "13:20", "案件結案", "zhongke_crane_collapse", status="closed", follows=r)

    s.incident("zhongke_crane_collapse", "rescue",
               "The crane across 中科路: the trapped driver's rescue, the crushed transformer box's fire (same site, same "
               "crews), the closure of 中科路 and its queue on 黎明路, the lifting away, Taipower at the box. One job.", c1)
    s.incident("zhongke_dark_signal", "traffic",
               "The signal at 環中路/中科路 dark (its supply was the crushed box) with its camera; police direct traffic "
               "and the queue on 環中路 until 12:40: the traffic police's job at another place.", sg)
    s.incident("dark_junction_crash", "traffic",
               "Two cars collide in the dark junction, one hurt: its own ambulance and accident report.", y1)
    s.incident("liming_steel_plate", "traffic", "A trench plate sticking up on 黎明路. Unrelated.", j1)
    s.alternative(
        "The crash happened in the dark junction the police were already directing: a coordinator may keep it in the "
        "dark-signal job.",
        [])
    s.notes.append("The noise complaint about the same site at 09:40 is before the accident and is background. The "
                   "police signal report is delivered twice.")
    return s


# =====================================================================================
def s1482():
    s = Situation(1482, "underpass_flood_thunderstorm", (2026, 9, 4), "午後雷雨中清環中地下道淹水車輛受困，轉運中心地下停車場進水")
    s.description = (
        "Friday 4 September 2026, a late-afternoon thunderstorm. From 17:05 the 中清/環中 underpass floods "
        "(10, 24, 41 cm); a car stalls in it with two people who are rescued at 17:38; the underpass is closed "
        "and the queues grow on 中清路 and 環中路; its sensor drowns and drops off; the water is pumped out and the "
        "underpass reopens at 19:55. At 17:32 water pours down the ramp of the transit hub's underground car "
        "park, 450 m west, and the car park is shut. At 17:35 the wind brings a shop sign down at "
        "黎明路/凱旋路. Around it: rain alerts, the north detention pond filling as designed, the evening rush, "
        "a blocked drain, a lamp out, a river station flapping, a panel fault after a lightning surge.")
    j8 = sensor_pt("SN-SIG-008")
    up = sensor_pt("SN-FL-006")
    hub = place("transit_hub")
    ramp = off(hub, 15, -25)
    lk = junction("kaixuan", "liming")

    s.rule("SN-RG-002", "heavy_rain", "16:40", "水湳轉運中心雨量站 時雨量 58.5 mm，達大雨標準", None, level="大雨")
    s.rule("C0F9T0", "heavy_rain", "16:50", "西屯站 時雨量 44.0 mm，達大雨標準", None, level="大雨")
    s.rule("SN-FL-001", "flood_depth", "16:55", "中央公園滯洪池1 水深 14 cm", None, level="1-15")
    s.rule("SN-FL-002", "flood_depth", "16:58", "中央公園滯洪池2 水深 11 cm", None, level="1-15")
    s.rule("SN-FL-006", "flood_depth", "17:05", "中清環中路口地下道 淹水深度 10 cm", "zhongqing_underpass_flood", level="1-15")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "17:10", "環中路車輛偵測器1 平均車速 14 km/h（下班尖峰、降雨）", None)
    u2 = s.rule("SN-FL-006", "flood_depth", "17:15", "中清環中路口地下道 淹水深度 24 cm", "zhongqing_underpass_flood", level="16-30")
    s.c1999("flooding", off(up, -40, 30), "17:18", "中清路環中路口地下道淹水了，還有車子一直往裡面開", "zhongqing_underpass_flood",
            delay=3 * M)
    s.rule("SN-WL-001", "water_level", "17:20", "中央公園北滯洪池水位 2.05 m，達三級警戒", None, level="3")
    s.rule("SN-FL-006", "flood_depth", "17:24", "中清環中路口地下道 淹水深度 41 cm", "zhongqing_underpass_flood", level=">30")
    rs = s.f119("rescue", up, "17:26", "中清環中地下道自小客車熄火受困，車內2人，派遣水湳分隊、北屯分隊", "zhongqing_underpass_flood",
                delay=30)
    s.dup(rs, 40)
    s.c1999("rescue", off(up, 10, -10), "17:27", "我車子在地下道熄火了，水一直漲，快到車門了，車上還有我媽媽", "zhongqing_underpass_flood",
            delay=90)
    s.police("road_closure", "Severe", off(up, -60, 20), "17:30", "中清環中地下道雙向封閉，車輛改走平面道路", "zhongqing_underpass_flood",
             delay=6 * M)
    h1 = s.c1999("flooding", ramp, "17:32", "轉運站地下停車場入口的水一直灌進去，車道都是水，要不要把車開出來",
                 "hub_car_park_water", alt="zhongqing_underpass_flood", delay=3 * M)
    s.police("flooding_report", "Severe", up, "17:33", "中清環中地下道積水約50公分，1車受困，已通報消防救援", "zhongqing_underpass_flood",
             delay=10 * M)
    s.parking("SN-PK-001", "closed", "17:35", "水湳轉運中心停車場 入口進水，暫停進場", "hub_car_park_water", alt="zhongqing_underpass_flood",
              delay=40)
    g1 = s.c1999("fallen_object", off(lk, 12, -8), "17:35", "黎明路凱旋路口有一個大招牌被風吹下來，掉在機車道上", "liming_sign_down",
                 delay=2 * M)
    s.cctv("SN-CCTV-007", "fallen_object", 0.66, "17:36", "路口西南側機車道有大型掉落物", "liming_sign_down")
    s.f119("rescue", up, "17:38", "受困2人已救出，無受傷，車輛留置地下道", "zhongqing_underpass_flood", status="on_scene", follows=rs,
           delay=60)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "17:40", "中清路車輛偵測器1 平均車速 6 km/h，佔有率 84%", "zhongqing_underpass_flood")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "17:42", "環中路車輛偵測器3 平均車速 9 km/h，佔有率 76%", "zhongqing_underpass_flood")
    s.police("fallen_object", "Moderate", off(lk, 12, -8), "17:45", "黎明路三段/凱旋路口招牌掉落機車道，已移至路旁，通知業者處理",
             "liming_sign_down", delay=9 * M)
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.74, "17:45", "路口南側車道車輛停滯", "zhongqing_underpass_flood")
    s.police("flooding_report", "Moderate", ramp, "17:50", "水湳轉運中心地下停車場入口進水，管理單位以沙包擋水，停車場暫停進場",
             "hub_car_park_water", alt="zhongqing_underpass_flood", delay=11 * M)
    s.c1999("other", off(j8, 150, -200), "17:55", "地下道封了要怎麼去中清路？導航一直叫我走地下道", "zhongqing_underpass_flood",
            delay=4 * M)
    s.status("SN-FL-006", "offline", "18:05", "中清環中路口地下道淹水感測器 離線：設備故障", "zhongqing_underpass_flood",
             reason="device_fault")
    s.rule("SN-RG-002", "heavy_rain", "18:10", "水湳轉運中心雨量站 3小時累積雨量 101.5 mm，達豪雨標準", None, level="豪雨")
    s.panel("SN-FA-005", "fault", "18:12", "臺灣智慧營運塔 第4迴路 突波異常", None)
    s.c1999("blocked_drain", off(junction("zhongke", "liming"), 40, -30), "18:20", "黎明路中科路口水溝滿出來，路邊積水", None)
    s.police("flooding_report", "Moderate", up, "18:30", "水利局移動式抽水機到場抽水", "zhongqing_underpass_flood", delay=8 * M)
    s.status("SN-WL-005", "offline", "18:35", "旱溪北屯水位站 離線：通訊中斷", None, reason="comms_lost")
    s.status("SN-WL-005", "online", "18:48", "旱溪北屯水位站 恢復連線", None)
    s.c1999("streetlight", off(place("pop_music_centre"), -60, 50), "18:40", "影音中心旁邊凱旋路路燈不亮", None)
    s.parking("SN-PK-001", "empty", "19:05", "水湳轉運中心停車場 車輛已全數移出", "hub_car_park_water", alt="zhongqing_underpass_flood")
    s.status("SN-FL-006", "online", "19:20", "中清環中路口地下道淹水感測器 恢復連線", "zhongqing_underpass_flood")
    s.rule("SN-FL-006", "flood_depth", "19:30", "中清環中路口地下道 淹水深度 18 cm（下降中）", "zhongqing_underpass_flood",
           level="16-30")
    s.rule("SN-FL-006", "cleared", "19:50", "中清環中路口地下道 淹水深度降至 2 cm，警戒解除", "zhongqing_underpass_flood")
    s.police("road_reopened", "Minor", off(up, -60, 20), "19:55", "地下道積水已退，受困車輛拖離，恢復通行", "zhongqing_underpass_flood",
             delay=7 * M)

    s.incident("zhongqing_underpass_flood", "flood",
               "The 中清/環中 underpass floods: its sensor (until it drowns), callers, the car and its two people rescued, "
               "the closure, the queues on 中清路 and 環中路, the pump. One job.", u2)
    s.incident("hub_car_park_water", "flood",
               "Water pouring down the transit hub's car park ramp 450 m west: the hub's management and sandbags, the car "
               "park shut and emptied. A separate site and response.", h1)
    s.incident("liming_sign_down", "traffic", "A shop sign blown down onto the scooter lane at 黎明路/凱旋路.", g1)
    s.alternative(
        "Both are the same storm's water on the north edge of the zone, 450 m apart, and the water bureau answers both: "
        "a coordinator may run one flood job for them.",
        [{"label": "zhongqing_underpass_flood", "type": "flood",
          "description": "The storm's flooding on the north edge: the underpass and the transit hub's car park ramp.",
          "sufficient_evidence_key": u2}])
    s.notes.append("The tower's panel fault after a lightning surge is a maintenance matter: background.")
    return s


if __name__ == "__main__":
    for fn in (s1477, s1478, s1479, s1480, s1481, s1482):
        sit = fn()
        base, n = sit.write()
        print(f"{base}: {n} items")
