"""Situations 1671-1676: typhoon nights in the 水湳 zone (seeded; run from tools/)."""
from lib import Sit, P

def s1671():
    s = Sit(1671, "megi_evening_zhongqing_underpass", "2016-09-27T11:00:00Z", "")
    s.story = ("Typhoon Megi, 19:00-22:00 local. Rain builds over the zone; the 中清路/環中路 underpass fills from 8 to 46 cm, "
               "the police close it and traffic backs up on 中清路 and 環中路. A saloon that drove in stalls with its driver inside; "
               "1999 and the camera see it, 119 sends a rescue crew, who bring the driver out. Later a street tree falls across "
               "經貿路二段 by 綠美圖 and is cleared by public works. Background: rain alerts, a hotline question about school "
               "closures, a single dark streetlight, a full transit-hub car park (residents moving cars off the street), a cancelled "
               "exhibition permit, a detector that blinks off and on, rattling sheet metal.")
    A, B, C = "underpass_flood", "underpass_car_rescue", "jingmao_tree"
    p0 = s.permit(-4000, "exhibition", 900, 1500, "TICEC", 300, "臺中國際會展中心 秋季家具展（9/28 10:00-20:00）", None)
    s.rain(0, "C0F9T0", "大雨", "西屯雨量站 時雨量 42 mm，達大雨標準")
    s.rain(2, "SN-RG-002", "大雨", "水湳轉運中心雨量站 時雨量 44 mm，達大雨標準")
    s.permit(10, "exhibition", 900, 1500, "TICEC", 300, "颱風停班停課，秋季家具展 9/28 場次取消", None,
             permit_status="cancelled", follows=p0)
    s.flood(12, "SN-FL-006", 8, A, alt=A)
    s.call(20, "other", "ECO_A", "請問明天西屯區有沒有停班停課？", None)
    a22 = s.flood(24, "SN-FL-006", 22, A, dup=(45,))
    s.cctv(27, "SN-CCTV-008", "flooding", 0.81, "中清路/環中路 地下道入口路面積水", A, pos=(120.65716, 24.19876))
    s.call(29, "flooding", "ZQ_HZ", "中清路往環中路那個地下道積水很深了，車子還一直開進去，很危險", A, 40, 200)
    s.cctv(30, "SN-CCTV-008", "stalled_vehicle", 0.66, "地下道內車輛停滯", B, pos=(120.65722, 24.19882), alt=A)
    b1 = s.call(31, "rescue", "ZQ_HZ", "地下道裡面有一台白色轎車熄火卡在水裡，駕駛還在車上，水已經淹到車門了", B, 30, 120, alt=A)
    b = s.f119(32, "rescue", (120.65721, 24.19884), "中清路環中路口地下道 轎車受困積水，駕駛1人受困車內，派遣水湳分隊救助", B,
               units=["水湳分隊 救助車", "水湳分隊 水上救生組"], alt=A)
    s.flood(33, "SN-FL-006", 38, A)
    cl = s.pol(36, "road_closure", "Severe", (120.65745, 24.19915), "中清路環中路口地下道積水逾30公分，雙向封閉，員警現場管制改道", A)
    s.cong(40, "SN-VD-ZHONGQING-01", 14, A)
    s.f119(41, "rescue", (120.65721, 24.19884), "救助隊到達現場，著救生衣涉水接近受困車輛", B, status="on_scene", follows=b, alt=A)
    s.cong(44, "SN-VD-HUANZHONG-03", 11, A)
    s.pk(45, "SN-PK-001", "full", None, "水湳轉運中心停車場 汽車位已滿")
    s.flood(50, "SN-FL-006", 46, A, dup=(12,))
    s.f119(55, "rescue", (120.65721, 24.19884), "受困駕駛1人已救出，意識清楚無明顯外傷，拒絕送醫，車輛留置待拖吊", B,
           status="returning", follows=b, alt=A)
    s.rain(60, "C0F9T0", "豪雨", "西屯雨量站 3小時累積雨量 108 mm，達豪雨標準")
    c1 = s.call(62, "fallen_tree", "JM_7", "綠美圖旁邊經貿路的行道樹倒了，整棵橫在慢車道跟一個車道上", C, 30, 150)
    s.cctv(63, "SN-CCTV-006", "fallen_object", 0.72, "路口北側車道有障礙物", C, pos=(120.65668, 24.19301))
    s.rain(65, "SN-RG-001", "豪雨", "中央公園雨量站 3小時累積雨量 112 mm，達豪雨標準")
    s.f119(70, "rescue", (120.65721, 24.19884), "案件結束，人員返隊", B, status="closed", follows=b, alt=A)
    c2 = s.pol(70, "fallen_object", "Moderate", (120.65672, 24.19318), "經貿路二段近經貿七路 路樹倒塌佔用外側兩車道，已通報養工處並擺放警示", C)
    s.call(75, "fallen_tree", "JM_7", "經貿路二段有樹倒在路上，晚上很暗很危險，快點來處理", C, 40, 200)
    s.call(80, "streetlight", "ECO_A", "經貿路三段 路燈編號 XT-08812 不亮", None)
    s.call(84, "noise", "ECO_B", "對面工地的鐵皮一直被風吹得砰砰響，吵到不能睡", None)
    s.off(90, "SN-VD-LIMING-01", None, reason="comms_lost")
    s.flood(95, "SN-FL-006", 31, A)
    s.on(96, "SN-VD-LIMING-01", None)
    s.cong(100, "SN-VD-KAIXUAN-01", 24, None)
    s.pol(128, "road_reopened", "Minor", (120.65672, 24.19318), "經貿路二段倒樹已由養工處移除，恢復通行", C, follows=c2)
    s.flood(130, "SN-FL-006", 12, A)
    s.cleared(150, "SN-FL-006", "中清環中路口地下道 淹水深度低於 5 公分，警戒解除", A)
    s.pol(160, "road_reopened", "Minor", (120.65745, 24.19915), "中清路環中路口地下道積水退去，清除淤泥後恢復雙向通行", A, follows=cl)
    s.inc(A, "flood", "中清路/環中路地下道積水、封閉與改道（水利局抽水、警察局管制）", a22)
    s.inc(B, "rescue", "地下道內轎車熄火，駕駛受困，消防局救助", b1)
    s.inc(C, "traffic", "經貿路二段近經貿七路路樹倒塌佔用車道，養工處移除", c1)
    s.alt("Many coordinators run the car in the underpass as part of the underpass job: one place, one closure, the rescue "
          "crew works inside the police cordon, and the job ends when the water and the car are gone.",
          s.same(A, B) + [{"label": A, "type": "flood", "description": "地下道積水含受困車輛救助", "sufficient_evidence_key": a22}])
    s.notes = ["The 8 cm reading at 19:12 is labelled with the flood but the job opens at 22 cm (a coordinator would watch 8 cm in a "
               "typhoon, not dispatch).",
               "Rain alerts are background: they describe the storm, not a place a crew goes to.",
               "The stalled-vehicle camera event is the rescue's under the main reading, the flood's under the alternative.",
               "The full transit-hub car park is residents moving cars to shelter: no job (some would log it with the flood)."]
    s.write()


def s1672():
    s = Sit(1672, "megi_liming_power_cut", "2016-09-27T13:30:00Z", "")
    s.story = ("Megi, 21:30-00:30 local. A feeder along 黎明路/凱旋路 trips: the signal cabinets at 黎明路/凱旋路 (TB-CAB-007) and "
               "經貿路/黎明路 (TB-CAB-005) report mains lost, their cameras and the 經貿路 detector go dark, the liming detector "
               "too; hall A's fire panel reports mains lost; residents call 1999 about no power. Two junctions are dark and the police "
               "send officers to direct traffic. In a Liming Rd apartment two people are stuck in a lift (1999, 119 rescue). A scooter "
               "and a car collide at the dark 黎明路/凱旋路 junction (injury, ambulance). Separately water gathers at the 黎明路/凱旋路 "
               "low point to 18 cm. Power returns after about 2 h.")
    PC, LIFT, CR, FL = "liming_power_cut", "liming_lift_rescue", "lk_dark_crash", "lk_low_point_flood"
    s.rain(0, "C0F9T0", "豪雨", "西屯雨量站 3小時累積雨量 126 mm，達豪雨標準")
    o1 = s.off(4, "SN-SIG-007", PC, reason="mains_power_lost")
    s.off(4.1, "SN-CCTV-007", PC, reason="mains_power_lost")
    sf = s.sig(4.2, "SN-SIG-007", "fault", PC, text="黎明路三段/凱旋路 號誌控制器 主電源中斷，號誌黑燈")
    s.off(4.6, "SN-SIG-005", PC, reason="mains_power_lost")
    s.off(4.6, "SN-CCTV-005", PC, reason="mains_power_lost", dup=(30,))
    s.off(4.7, "SN-VD-JINGMAO-01", PC, reason="mains_power_lost")
    s.sig(4.8, "SN-SIG-005", "fault", PC, text="經貿路二段/黎明路三段 號誌控制器 主電源中斷，號誌黑燈")
    s.off(5, "SN-VD-LIMING-01", PC, reason="mains_power_lost")
    s.fa(5.5, "SN-FA-002", "fault", PC, "會展中心A棟 受信總機 主電源停電，切換預備電源")
    s.call(8, "power_outage", "LM_KX", "黎明路這邊整排都停電了，我們整棟都沒電", PC, 50, 300)
    s.call(10, "power_outage", "JM_LM", "家裡突然停電，外面路燈也全暗，是不是颱風把電線吹斷", PC, 50, 300)
    s.soff(12, "SN-VD-LIMING-01", PC)
    s.call(12, "traffic_signal", "LM_KX", "黎明路凱旋路口紅綠燈全部不亮，車子都亂鑽", PC, 20, 100)
    s.pol(15, "traffic_signal_fault", "Moderate", (120.64915, 24.19378), "黎明路三段/凱旋路口號誌停電黑燈，派員指揮交通", PC)
    s.pol(18, "traffic_signal_fault", "Moderate", (120.65486, 24.19594), "經貿路二段/黎明路三段口號誌黑燈，派員前往", PC)
    l1 = s.call(20, "rescue", "LM_KX", "黎明路三段的大樓電梯停電卡住，我媽媽跟鄰居兩個人在裡面出不來", LIFT, 80, 300)
    lift_pos = s.scatter("LM_KX", 120, 200)
    l = s.f119(21, "rescue", lift_pos, "黎明路三段 大樓電梯因停電受困2人，派遣救助", LIFT, units=["西屯分隊 救助車"])
    s.flood(22, "SN-FL-009", 9, FL, alt=FL)
    s.cctv(23, "SN-CCTV-002", "crowding", 0.41, "路口人車聚集", None)
    s.cong(25, "SN-VD-KAIXUAN-01", 13, PC)
    c1 = s.pol(31, "traffic_accident", "Severe", (120.64898, 24.19352), "黎明路凱旋路口（號誌黑燈）機車與自小客碰撞，機車騎士倒地受傷", CR)
    amb = s.f119(32, "ambulance", (120.64898, 24.19352), "黎明路凱旋路口 車禍，機車騎士1人左腿受傷", CR)
    s.call(33, "traffic_accident", "LM_KX", "紅綠燈沒亮的那個路口剛剛撞車了，有人倒在地上", CR, 30, 120)
    s.f119(34, "rescue", lift_pos, "到達現場，與管委會確認電梯位置", LIFT, status="on_scene", follows=l)
    s.flood(38, "SN-FL-009", 18, FL, dup=(25,))
    f1 = s.call(40, "flooding", "LK_LOW", "黎明路凱旋路口旁邊積水快到腳踝，水溝都滿出來", FL, 40, 180)
    s.f119(43, "ambulance", (120.64898, 24.19352), "傷者1人送往中國醫藥大學附設醫院", CR, status="returning", follows=amb)
    s.f119(47, "rescue", lift_pos, "受困2人已救出，均無受傷", LIFT, status="returning", follows=l)
    s.call(50, "power_outage", "JM_LM", "到現在還是沒電，台電什麼時候會來？家裡有老人", PC, 80, 300)
    s.call(52, "blocked_drain", "LK_LOW", "凱旋路這邊水溝蓋被樹葉塞住了，水排不下去", FL, 60, 200, alt=FL)
    s.pol(55, "traffic_accident", "Minor", (120.64898, 24.19352), "事故車輛已移置路旁，現場處理完畢", CR, follows=c1)
    s.f119(58, "rescue", lift_pos, "案件結束", LIFT, status="closed", follows=l)
    s.f119(60, "ambulance", (120.64898, 24.19352), "案件結束", CR, status="closed", follows=amb)
    s.call(64, "other", "HUB", "轉運站的客運明天早上會不會開？", None)
    s.flood(75, "SN-FL-009", 14, FL)
    s.flood(95, "SN-FL-009", 6, FL)
    s.cleared(112, "SN-FL-009", "黎明路凱旋路口低窪處 淹水深度低於 5 公分，警戒解除", FL)
    s.on(124, "SN-SIG-007", PC); s.on(124.1, "SN-CCTV-007", PC)
    s.sig(124.3, "SN-SIG-007", "restored", PC)
    s.on(124.5, "SN-SIG-005", PC); s.on(124.5, "SN-CCTV-005", PC); s.on(124.6, "SN-VD-JINGMAO-01", PC)
    s.sig(124.8, "SN-SIG-005", "restored", PC)
    s.on(125, "SN-VD-LIMING-01", PC)
    s.fa(125.2, "SN-FA-002", "normal", PC, "會展中心A棟 受信總機 主電源恢復，系統復歸")
    s.call(130, "streetlight", "ECO_B", "敦化路一段 路燈編號 BT-22031 白天也亮著", None)
    s.inc(PC, "infrastructure", "黎明路/凱旋路一帶饋線停電：兩路口號誌黑燈（員警指揮交通）、設備斷電、民眾停電（聯繫台電）", o1)
    s.inc(LIFT, "rescue", "黎明路三段大樓電梯停電受困2人", l1)
    s.inc(CR, "traffic", "黑燈路口機車與自小客碰撞，1人受傷送醫", c1)
    s.inc(FL, "flood", "黎明路/凱旋路口低窪處積水 18 公分", f1)
    alt_tr = "lm_dark_junctions"
    s.alt("A traffic desk would run the two dark junctions (officers directing traffic, the signal contractor on standby) as a job "
          "of its own, apart from the power-cut liaison with Taipower; the crash at the dark junction stays its own job.",
          s.same(PC) + [{"label": PC, "type": "infrastructure", "description": "饋線停電（設備斷電、民眾停電、台電聯繫）",
                         "sufficient_evidence_key": o1},
                        {"label": alt_tr, "type": "traffic", "description": "黎明路/凱旋路、經貿路/黎明路號誌黑燈，員警指揮交通",
                         "sufficient_evidence_key": sf}])
    for it in s.items:
        if it["truth"] == PC and (it["feed"] == "signal" or it["category"] == "traffic_signal_fault"
                                  or it["category"] == "traffic_signal" or it["category"] == "congestion"):
            it["truth_alt"] = alt_tr
    s.notes = ["The 9 cm low-point reading at 21:52 belongs to the flood job, which opens on the caller at 22:10 (18 cm plus a person there).",
               "The blocked drain call is the flood's cause at the same place: labelled with the flood.",
               "The crowding camera event at 凱旋路/環中路 (confidence 0.41, people sheltering under the overpass) is noise.",
               "Alternative: dark junctions split from the power cut (see alternative_reading); the restored signals follow them."]
    s.write()


def s1673():
    s = Sit(1673, "megi_central_park_ponds", "2016-09-27T14:00:00Z", "")
    s.story = ("Megi, 22:00-02:30 local, the wettest hours. Central Park's north detention pond rises through warning levels 3, 2 and "
               "1; ponds 1 and 2 read deep water, the north car park's operator drives the cars out and closes the entrance. Water "
               "runs off the park's east edge onto 經貿路, the drainage station at 經貿路 reaches level 2, the 經貿路 low point reads "
               "35 cm; eco-residential block B's pump room takes water, the police move ground-floor residents out, and 119 fetches "
               "an elderly woman who cannot leave her flat. The south pond reaches level 3 only. Background: rain alerts, a dog in "
               "the rain, a caller asking about the water supply.")
    POND, JM, RES = "north_pond_high", "jingmao_eco_b_flood", "eco_b_elder_rescue"
    s.rain(0, "SN-RG-001", "豪雨", "中央公園雨量站 3小時累積雨量 131 mm，達豪雨標準")
    s.rain(3, "C0F9T0", "大豪雨", "西屯雨量站 24小時累積雨量 362 mm，達大豪雨標準")
    p1 = s.wl(6, "SN-WL-001", "3", 2.08, POND)
    s.flood(9, "SN-FL-001", 12, POND)
    s.flood(12, "SN-FL-002", 19, POND)
    s.wl(14, "SN-WL-002", "3", 2.03, POND, alt=None)
    p2 = s.wl(27, "SN-WL-001", "2", 2.56, POND, dup=(60,))
    s.flood(30, "SN-FL-001", 27, POND)
    s.pk(33, "SN-PK-004", "empty", POND, "中央公園地下停車場(北) 因應滯洪池水位上升，車輛已淨空")
    s.flood(36, "SN-FL-002", 34, POND)
    s.wl(40, "SN-WL-003", "3", 1.46, JM)
    s.pk(41, "SN-PK-004", "closed", POND, "中央公園地下停車場(北) 入口封閉，暫停開放")
    s.call(44, "動物救援", "POND_N", "公園旁邊有一隻狗一直在淋雨發抖", None)
    s.wl(48, "SN-WL-001", "1", 3.04, POND)
    s.flood(50, "SN-FL-008", 14, JM, alt=JM)
    j1 = s.call(52, "flooding", "JM_LOW", "公園的水一直往經貿路流過來，路面都是水，快淹到人行道上面了", JM, 40, 200)
    s.flood(58, "SN-FL-008", 29, JM)
    s.cctv(59, "SN-CCTV-006", "flooding", 0.58, "路口南側路面積水", JM, pos=(120.6571, 24.1916), alt=None)
    s.wl(60, "SN-WL-003", "2", 1.84, JM)
    s.fa(62, "SN-FA-012", "fault", JM, "生態住宅B區 受信總機 地下室泵浦室進水，消防泵浦故障")
    s.flood(66, "SN-FL-008", 35, JM, dup=(20, 95))
    s.pol(68, "road_closure", "Severe", (120.65948, 24.18292), "經貿路三段低窪路段積水逾30公分，封閉南下車道", JM)
    s.call(70, "flooding", "ECO_B", "我們社區地下室進水了，車子都還在下面，能不能派抽水機", JM, 30, 120)
    s.pol(74, "evacuation", "Moderate", (120.65905, 24.18148), "生態住宅B區一樓住戶協助撤離至二樓以上及會展中心收容", JM)
    r1 = s.call(76, "rescue", "ECO_B", "我奶奶一個人住一樓，腳不方便，水已經進到家裡了，她走不出來", RES, 30, 120)
    r = s.f119(78, "rescue", (120.65911, 24.18139), "敦化路一段 生態住宅B區 一樓獨居長者行動不便受困積水，派遣救助", RES,
               units=["水湳分隊 救助車", "橡皮艇1艘"])
    s.call(80, "water_outage", "ECO_A", "家裡水壓很小，是不是要停水了？", None)
    s.f119(88, "rescue", (120.65911, 24.18139), "到達現場", RES, status="on_scene", follows=r)
    s.f119(101, "rescue", (120.65911, 24.18139), "長者1人以橡皮艇救出，送往會展中心收容處", RES, status="returning", follows=r)
    s.flood(104, "SN-FL-002", 26, POND)
    s.wl_fall(118, "SN-WL-001", 2.44, POND)
    s.f119(120, "rescue", (120.65911, 24.18139), "案件結束", RES, status="closed", follows=r)
    s.flood(140, "SN-FL-008", 22, JM)
    s.wl_fall(150, "SN-WL-003", 1.32, JM)
    s.wl_fall(165, "SN-WL-002", 1.91, POND, alt=None)
    s.flood(190, "SN-FL-008", 9, JM)
    s.wl_fall(210, "SN-WL-001", 1.95, POND)
    s.inc(POND, "flood", "中央公園北滯洪池達一級警戒、池1/池2高水深、北側地下停車場淨空封閉（水利局、停管處）", p2)
    s.inc(JM, "flood", "公園溢流至經貿路三段低窪處 35 公分、區排水位二級、生態住宅B區地下室進水與一樓撤離", j1)
    s.inc(RES, "rescue", "生態住宅B區一樓獨居長者受困，以橡皮艇救出", r1)
    s.alt("A water-bureau coordinator treats the park's ponds and the water they send onto 經貿路 as one flood (one cause, one "
          "pumping plan), keeps the rescue apart, and sees the south pond at level 3 as only a watch (no job).",
          [{"label": POND, "type": "flood", "description": "中央公園滯洪池溢流至經貿路（池、區排、道路、住宅）", "sufficient_evidence_key": p2},
           s.incidents[2]])
    for it in s.items:
        if it["truth"] == JM and it.get("truth_alt", JM) == JM: it["truth_alt"] = POND
    s.notes = ["The south pond's level-3 reading and its fall are the pond job's under the main reading (the same desk watches both ponds) "
               "and background under the alternative.",
               "The 綠美圖-side camera flooding (0.58) is far from the low point; labelled with the 經貿路 flood, noise in the alternative.",
               "The pond job opens at level 2 (27 min): level 3 plus 12 cm in a pond designed to hold water is a watch.",
               "The evacuation supports the 經貿路 flood, not the rescue: the police moved residents, 119 fetched one person."]
    s.write()


def s1674():
    s = Sit(1674, "megi_henan_south_cabinet", "2016-09-27T15:00:00Z", "")
    s.story = ("Megi, 23:00-02:00 local, south edge. The 河南路 low point floods to 41 cm, the 河南路 car park closes its gate; "
               "the signal cabinet at 河南路/中平路 takes water: the signal fails (device fault), its camera and two detectors go "
               "offline (links lost). A scooter rider falls in the water (ambulance). A driver stalls in the water by the car park and "
               "calls from the roof of the car (119 rescue). The CMU campus panel alarms: water in its detector loops, the fire crew "
               "finds no fire. The road works permit on 中平路 was suspended for the typhoon. Background: rain, a caller about a "
               "noisy generator, a detector on the east side with its own fault.")
    HN, CAB, AMB, CAR, CMU = "henan_low_flood", "hn_zp_cabinet_flooded", "henan_rider_down", "henan_car_roof_rescue", "cmu_panel_alarm"
    w0 = s.permit(-3000, "road_works", 120, 2000, (120.6575, 24.1722), 250, "中平路（經貿路至皇城街）道路拓寬工程 夜間施工", None)
    s.permit(-30, "road_works", 120, 2000, (120.6575, 24.1722), 250, "颱風警報期間暫停施工，機具已撤離", None,
             permit_status="amended", follows=w0)
    s.rain(2, "C0F9T0", "豪雨", "西屯雨量站 3小時累積雨量 118 mm，達豪雨標準")
    s.flood(5, "SN-FL-007", 11, HN)
    h1 = s.flood(15, "SN-FL-007", 24, HN)
    s.call(18, "flooding", "HN_LOW", "河南路停車場前面那段整個變成河了，機車騎過去都會熄火", HN, 30, 200)
    s.pk(20, "SN-PK-003", "closed", HN, "河南路停車場 入口積水，暫停開放")
    s.flood(24, "SN-FL-007", 41, HN, dup=(35,))
    a1 = s.pol(27, "traffic_accident", "Moderate", (120.65262, 24.17445), "河南路停車場前 機車涉水熄火，騎士跌倒於積水中", AMB, alt=AMB)
    am = s.f119(28, "ambulance", (120.65262, 24.17445), "河南路 機車騎士跌倒，手腕疼痛", AMB)
    f1 = s.sig(30, "SN-SIG-010", "fault", CAB, text="河南路/中平路 號誌控制器 異常（黃閃）")
    s.off(30.5, "SN-CCTV-010", CAB, reason="comms_lost")
    s.off(30.6, "SN-VD-HENAN-02", CAB, reason="comms_lost")
    s.off(30.6, "SN-VD-ZHONGPING-01", CAB, reason="comms_lost")
    s.off(31, "SN-SIG-010", CAB, reason="device_fault")
    s.call(34, "traffic_signal", "HN_ZP", "河南路中平路口紅綠燈一直閃黃燈，車子不知道誰先走", CAB, 20, 120)
    s.pol(36, "road_closure", "Severe", (120.6527, 24.1738), "河南路二段（停車場前）積水，封閉雙向，請改道中平路", HN)
    c1 = s.call(38, "rescue", "HN_PK", "我的車在河南路停車場旁邊熄火，水一直漲，我現在爬到車頂上", CAR, 10, 80)
    c = s.f119(39, "rescue", (120.65301, 24.17432), "河南路 自小客熄火於積水中，駕駛1人爬至車頂求援", CAR,
               units=["西屯分隊 救助車", "水上救生組"])
    s.f119(40, "ambulance", (120.65262, 24.17445), "到達現場", AMB, status="on_scene", follows=am)
    s.soff(42, "SN-VD-HENAN-02", CAB)
    s.soff(42, "SN-VD-ZHONGPING-01", CAB)
    s.f119(47, "ambulance", (120.65262, 24.17445), "傷者1人送醫", AMB, status="returning", follows=am)
    s.f119(48, "rescue", (120.65301, 24.17432), "到達現場，水深及腰", CAR, status="on_scene", follows=c)
    k1 = s.fa(52, "SN-FA-010", "alarm", CMU, "中國醫藥大學水湳校區 受信總機 火警：B1 第3區")
    s.fa(52.3, "SN-FA-010", "fault", CMU, "中國醫藥大學水湳校區 受信總機 B1 第3區 迴路異常")
    k = s.f119(53, "fire", (120.65925, 24.17352), "中國醫藥大學水湳校區 火警受信總機動作，派遣查看", CMU, units=["中平分隊 水箱車"])
    s.f119(58, "rescue", (120.65301, 24.17432), "受困駕駛已救出，無外傷", CAR, status="returning", follows=c)
    s.call(61, "noise", "CMU", "學校那邊發電機好吵，一直響", None)
    s.f119(63, "fire", (120.65925, 24.17352), "到達現場，警衛陪同檢查", CMU, status="on_scene", follows=k)
    s.f119(70, "fire", (120.65925, 24.17352), "B1 地下室滲水致偵煙器迴路進水誤動作，無火警，交由校方處理", CMU,
           status="returning", follows=k)
    s.fa(72, "SN-FA-010", "normal", CMU, "中國醫藥大學水湳校區 受信總機 復歸")
    s.off(80, "SN-VD-ZHONGPING-02", None, reason="device_fault")
    s.f119(82, "rescue", (120.65301, 24.17432), "案件結束", CAR, status="closed", follows=c)
    s.f119(84, "ambulance", (120.65262, 24.17445), "案件結束", AMB, status="closed", follows=am)
    s.flood(96, "SN-FL-007", 28, HN)
    s.flood(130, "SN-FL-007", 13, HN)
    s.cleared(165, "SN-FL-007", "河南路低窪處 淹水深度低於 5 公分，警戒解除", HN)
    s.sig(170, "SN-SIG-010", "restored", CAB, text="河南路/中平路 號誌 維修廠商更換控制器後恢復正常")
    s.on(171, "SN-CCTV-010", CAB); s.on(171, "SN-VD-HENAN-02", CAB); s.on(171.2, "SN-VD-ZHONGPING-01", CAB)
    s.on(171.4, "SN-SIG-010", CAB)
    s.inc(HN, "flood", "河南路停車場前低窪處積水 41 公分、停車場關閉、道路封閉", h1)
    s.inc(CAB, "infrastructure", "河南路/中平路口號誌箱進水：號誌黃閃、監視器與兩偵測器斷線（號誌廠商）", f1)
    s.inc(AMB, "rescue", "機車騎士涉水跌倒，送醫", a1)
    s.inc(CAR, "rescue", "自小客熄火於積水，駕駛爬至車頂，消防救出", c1)
    s.inc(CMU, "fire", "中國醫大水湳校區火警總機動作（查為迴路進水誤報）", k1)
    s.alt("A fire-bureau coordinator merges the two people in the 河南路 water into one 'Henan Rd water rescues' job (same crews, "
          "same 80 m); a traffic coordinator files the cabinet under the flood that drowned it. Both together are a second reading.",
          [s.incidents[0], s.incidents[4],
           {"label": CAR, "type": "rescue", "description": "河南路積水人員救助（騎士、受困駕駛）", "sufficient_evidence_key": a1}])
    for it in s.items:
        if it["truth"] == CAB: it["truth_alt"] = HN
        if it["truth"] == AMB: it["truth_alt"] = CAR
    s.notes = ["The CMU alarm is a false alarm but a crew was sent: labelled as a fire job, as a coordinator would have run it.",
               "The 中平路 works permit and its suspension are background (no crew on site).",
               "VD-ZHONGPING-02's device fault is on its own uplink, 1.4 km east: background (a maintenance ticket).",
               "The police accident report of the fallen rider is the rider's job."]
    s.write()


def s1675():
    s = Sit(1675, "megi_wind_peak_trees", "2016-09-27T16:00:00Z", "")
    s.story = ("Megi's wind peak, 00:00-03:00 local. Trees and signs come down across the zone: a tree across 凱旋路 by the pop "
               "music centre (three callers, the police, the detector slows); a tree onto a parked car on 中科路 whose owner, "
               "checking it, is cut by glass (ambulance); an advertising hoarding across 環中路 at 台74線 (camera, police); a tree on "
               "power lines behind eco-residential block A, whose residents lose power and whose panel reports mains lost. Trees "
               "down inside Central Park off the roads are reported to 1999. Background: rain, a loose rooftop tank noise, a single "
               "dark lamp, a crowding blip.")
    KX, ZK, HZ, PW = "kaixuan_tree", "zhongke_tree_car", "hz_t74_hoarding", "eco_a_power_cut"
    s.rain(0, "C0F9T0", "大豪雨", "西屯雨量站 24小時累積雨量 388 mm，達大豪雨標準")
    k1 = s.call(6, "fallen_tree", "POP", "流行影音中心前面凱旋路有一棵大樹倒下來，整個路都擋住了", KX, 40, 200)
    s.call(8, "fallen_tree", "KX_MID", "凱旋路上樹倒了，車子過不去，有車差點撞上", KX, 40, 200)
    s.pol(14, "fallen_object", "Severe", (120.65143, 24.18675), "凱旋路（流行影音中心前）路樹倒塌阻斷南下全部車道，現場管制", KX)
    s.cong(18, "SN-VD-KAIXUAN-02", 9, KX)
    s.call(19, "fallen_tree", "POP", "凱旋路倒樹，剛剛打過了，還是沒有人來", KX, 50, 250)
    h1 = s.cctv(22, "SN-CCTV-001", "fallen_object", 0.84, "路口西側車道大型掉落物", HZ, pos=(120.64695, 24.19572))
    s.pol(26, "fallen_object", "Severe", (120.64693, 24.19568), "環中路二段/台74線口 廣告看板被風吹落橫躺內側兩車道", HZ)
    s.cong(29, "SN-VD-HUANZHONG-02", 17, HZ, alt=None)
    z1 = s.call(31, "fallen_tree", "ZK_MID", "中科路上的樹倒下來壓到我停在路邊的車", ZK, 30, 150)
    s.call(35, "power_outage", "ECO_A", "生態住宅A區這邊停電了，後面有樹倒在電線上，有火花", PW, 40, 160)
    p1 = s.fa(36, "SN-FA-011", "fault", PW, "生態住宅A區 受信總機 市電中斷，預備電源供電中")
    s.call(38, "power_outage", "ECO_A", "經貿路三段整區都沒電，電梯也停了", PW, 60, 250)
    zk = s.f119(40, "ambulance", s.scatter("ZK_MID", 20, 60), "中科路 民眾查看被倒樹壓損車輛時遭玻璃割傷手臂", ZK, alt="zk_cut_arm")
    pt = s.call(42, "公園路樹", "POND_S", "中央公園裡面好幾棵樹倒了，步道被擋住", None, 50, 300, alt="park_trees")
    s.pol(45, "fallen_object", "Moderate", s.scatter("ZK_MID", 20, 60), "中科路 路樹倒塌壓毀路邊自小客1輛，佔用外側車道", ZK)
    s.f119(50, "ambulance", s.scatter("ZK_MID", 0, 1), "傷者1人送醫", ZK, status="returning", follows=zk, alt="zk_cut_arm")
    s.call(52, "noise", "TOWER", "頂樓水塔被風吹得一直撞，聲音很大", None)
    s.cctv(54, "SN-CCTV-003", "crowding", 0.38, "路口人群聚集", None)
    s.pol(57, "other", "Moderate", (120.65881, 24.18446), "生態住宅A區後方路樹壓斷電線，已通報台電並拉封鎖線", PW)
    s.call(60, "公園路樹", "POND_N", "公園北邊步道的樹倒了，明天早上有人運動會危險", None, 50, 300, alt="park_trees")
    s.f119(62, "ambulance", s.scatter("ZK_MID", 0, 1), "案件結束", ZK, status="closed", follows=zk, alt="zk_cut_arm")
    s.call(66, "streetlight", "FCU", "逢甲水湳校區外面 路燈編號 XT-11240 不亮", None)
    s.pol(88, "road_reopened", "Minor", (120.64693, 24.19568), "環中路二段看板已移除，恢復通行", HZ)
    s.pol(102, "road_reopened", "Minor", (120.65143, 24.18675), "凱旋路倒樹已清除一半，開放一線車道通行", KX)
    s.pol(140, "road_reopened", "Minor", s.scatter("ZK_MID", 20, 60), "中科路倒樹及受損車輛移除，恢復通行", ZK)
    s.fa(161, "SN-FA-011", "normal", PW, "生態住宅A區 受信總機 市電恢復，復歸")
    s.inc(KX, "traffic", "凱旋路流行影音中心前倒樹阻斷南下車道", k1)
    s.inc(ZK, "traffic", "中科路倒樹壓車，車主割傷送醫", z1)
    s.inc(HZ, "traffic", "環中路二段/台74線口廣告看板倒落車道", h1)
    s.inc(PW, "infrastructure", "生態住宅A區後方樹倒壓斷電線，社區停電（台電、消防戒護）", p1)
    s.alt("The injured owner's ambulance is a rescue job of its own for a fire-bureau desk; a parks-minded coordinator opens one "
          "job for the trees down inside Central Park (parks office to clear before dawn).",
          s.incidents + [{"label": "zk_cut_arm", "type": "rescue", "description": "中科路車主割傷送醫", "sufficient_evidence_key": zk},
                         {"label": "park_trees", "type": "infrastructure", "description": "中央公園園內倒樹", "sufficient_evidence_key": pt}])
    s.notes = ["Trees inside the park are background under the main reading: they block no road and no one is hurt; the parks office "
               "picks them up in the morning list.",
               "The 環中路 detector slow-down near the hoarding is the hoarding's job, noise under the alternative (wind and rain slow everything).",
               "The repeat caller on 凱旋路 ('剛剛打過了') is the same tree."]
    s.write()


def s1676():
    s = Sit(1676, "megi_block_a_fire_missing_elder", "2016-09-27T18:00:00Z", "")
    s.story = ("Megi, 02:00-05:00 local. In eco-residential block A, water in a ground-floor switch room starts a short circuit: the "
               "panel alarms, residents call 1999 about smoke, 119 sends engines, the police move residents out; the fire is small and "
               "put out. Meanwhile a family reports a grandfather with dementia gone from their flat near 凱旋路 into the storm; the "
               "police search and an officer finds him sheltering at the transit hub. The 中清路 underpass gathers 10 cm again (a "
               "watch). Background: rain, a parked car's alarm, a caller asking about the shelter.")
    FI, MP = "eco_a_switchroom_fire", "missing_elder_kaixuan"
    s.rain(0, "SN-RG-001", "豪雨", "中央公園雨量站 3小時累積雨量 104 mm，達豪雨標準")
    f1 = s.fa(8, "SN-FA-011", "alarm", FI, "生態住宅A區 受信總機 火警：1F 配電室")
    s.call(10, "fire_smoke", "ECO_A", "我們大樓一樓有燒焦味，樓梯間都是煙，警鈴一直響", FI, 20, 80)
    f = s.f119(10.5, "fire", (120.65872, 24.18393), "經貿路三段 生態住宅A區 1樓配電室冒煙，派遣", FI,
               units=["水湳分隊 水箱車", "水湳分隊 雲梯車", "救護車"], dup=(20,))
    s.call(12, "fire_smoke", "ECO_A", "對面那棟大樓一樓好像有煙冒出來", FI, 60, 200)
    s.f119(16, "fire", (120.65872, 24.18393), "到達現場，1樓配電室電線短路冒煙", FI, status="on_scene", follows=f)
    s.pol(18, "evacuation", "Moderate", (120.65895, 24.18418), "生態住宅A區 協助住戶疏散至中庭騎樓", FI)
    m1 = s.call(21, "missing_person", "LM_KX", "我爸爸有失智症，剛剛趁我們睡覺自己開門出去了，外面風雨這麼大", MP, 100, 300)
    s.f119(26, "fire", (120.65872, 24.18393), "火勢撲滅，無人受傷，配電室泡水，交由台電及管委會處理", FI, status="returning", follows=f)
    m2 = s.pol(28, "missing_person", "Severe", (120.64921, 24.19411), "凱旋路住家 失智長者（78歲男，穿灰色外套）外出未歸，請各巡邏線協尋", MP)
    s.call(30, "other", "TICEC", "請問會展中心的收容處還可以進去嗎？", None)
    w1 = s.flood(34, "SN-FL-006", 10, None, alt="zq_underpass_watch")
    s.call(36, "noise", "ZK_MID", "樓下有台車的警報器一直響", None)
    s.fa(40, "SN-FA-011", "normal", FI, "生態住宅A區 受信總機 復歸")
    s.f119(42, "fire", (120.65872, 24.18393), "案件結束", FI, status="closed", follows=f)
    s.pol(44, "evacuation", "Minor", (120.65895, 24.18418), "生態住宅A區 住戶返回住處，一樓配電室封鎖", FI)
    s.flood(58, "SN-FL-006", 13, None, alt="zq_underpass_watch")
    s.pol(67, "missing_person", "Minor", (120.65291, 24.19733), "協尋之失智長者於水湳轉運中心騎樓尋獲，身體無恙，已通知家屬", MP, follows=m2)
    s.flood(90, "SN-FL-006", 6, None, alt="zq_underpass_watch")
    s.inc(FI, "fire", "生態住宅A區 1 樓配電室進水短路冒煙，住戶疏散", f1)
    s.inc(MP, "rescue", "失智長者風雨中走失，警方協尋，於轉運中心尋獲", m1)
    s.alt("Some coordinators open a watch job for the underpass at 10-13 cm because it was closed earlier in the night.",
          s.incidents + [{"label": "zq_underpass_watch", "type": "flood", "description": "中清環中路口地下道再度積水（監看）",
                          "sufficient_evidence_key": w1}])
    s.notes = ["The missing elder opens on the family's 1999 call: a man with dementia out in a typhoon is urgent without waiting for the police report.",
               "The underpass at 10-13 cm is background (it falls back by itself); a cautious colleague would open a watch (alternative)."]
    s.write()


if __name__ == "__main__":
    for f in (s1671, s1672, s1673, s1674, s1675, s1676):
        f()
