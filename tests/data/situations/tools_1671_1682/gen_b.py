"""Situations 1677-1682: typhoon nights in the 水湳 zone (seeded; run from tools/)."""
from lib import Sit, P


def s1677():
    s = Sit(1677, "nepartak_taiwan_blvd_bus", "2016-07-08T13:00:00Z", "")
    s.story = ("Typhoon Nepartak, 21:00-00:30 local. The 臺灣大道/環中路 underpass floods fast (14 to 52 cm) and a city bus with "
               "passengers stalls inside; relatives and passengers call, 119 sends rescue units that walk 12 people out. The police "
               "close the underpass and traffic backs up on 環中路 both sides; on the detour a car rear-ends another on 環中路. The "
               "underpass sensor's modem loses its link for 40 minutes and its readings arrive late in a batch. Background: rain, a "
               "garbage-collection question, a shallow reading at 河南路.")
    U, BUS, RE = "tw_hz_underpass_flood", "tw_hz_bus_rescue", "hz_detour_rear_end"
    s.rain(0, "C0F9T0", "大雨", "西屯雨量站 時雨量 48 mm，達大雨標準")
    s.flood(6, "SN-FL-010", 14, U)
    u1 = s.flood(14, "SN-FL-010", 27, U)
    s.cctv(16, "SN-CCTV-009", "flooding", 0.77, "地下道入口積水", U, pos=(120.63232, 24.17522))
    s.off(18, "SN-FL-010", U, reason="comms_lost")
    s.call(19, "flooding", "TW_HZ", "臺灣大道往環中路的地下道整個淹起來了，水很急", U, 60, 250)
    b1 = s.call(21, "rescue", "TW_HZ", "我在公車上，公車在地下道裡面熄火了，水一直進來，車上有十幾個人", BUS, 10, 60)
    b = s.f119(22, "rescue", (120.63214, 24.17509), "臺灣大道環中路口地下道 公車熄火受困，乘客約12人", BUS,
               units=["西屯分隊 救助車", "永福分隊 救助車", "特搜 水域救援組"], dup=(15,))
    s.cctv(23, "SN-CCTV-009", "stalled_vehicle", 0.71, "地下道內大型車停滯", BUS, pos=(120.63214, 24.17509))
    s.call(24, "rescue", "TW_HZ", "我女兒搭的公車卡在臺灣大道的地下道，她打電話給我說水淹到座位了", BUS, 200, 900)
    cl = s.pol(25, "road_closure", "Extreme", (120.63225, 24.1754), "臺灣大道環中路口地下道封閉，雙向車輛改行平面道路", U)
    s.soff(26, "SN-FL-010", U)
    s.f119(30, "rescue", (120.63214, 24.17509), "到達現場，水深約 60 公分，架設救生繩", BUS, status="on_scene", follows=b)
    s.cong(31, "SN-VD-HUANZHONG-04", 12, U)
    s.cong(33, "SN-VD-HUANZHONG-01", 16, U, alt=None)
    s.f119(41, "rescue", (120.63214, 24.17509), "乘客12人及駕駛全數救出，2人輕微失溫送醫", BUS, status="returning", follows=b)
    r1 = s.pol(44, "traffic_accident", "Moderate", (120.6388, 24.1858), "環中路一段（改道車流）自小客追撞，無人受傷，佔用內側車道", RE, alt=U)
    s.call(46, "traffic_accident", "HZ_W", "環中路這邊兩台車追撞，後面塞很長", RE, 40, 150, alt=U)
    # the underpass modem comes back and delivers what it held
    for m, cm in ((22, 41), (30, 52), (38, 49), (50, 44)):
        s.flood(m, "SN-FL-010", cm, U, delay=int((59 - m) * 60 + 20))
    s.on(58.5, "SN-FL-010", U)
    s.call(52, "other", "FCU", "颱風天明天還會收垃圾嗎？", None)
    s.flood(55, "SN-FL-007", 6, None)
    s.f119(62, "rescue", (120.63214, 24.17509), "案件結束", BUS, status="closed", follows=b)
    s.pol(70, "traffic_accident", "Minor", (120.6388, 24.1858), "追撞車輛已移至路邊，恢復通行", RE, follows=r1, alt=U)
    s.flood(95, "SN-FL-010", 33, U)
    s.flood(140, "SN-FL-010", 15, U)
    s.cleared(185, "SN-FL-010", "臺灣大道環中路口地下道 淹水深度低於 5 公分，警戒解除", U)
    s.pol(200, "road_reopened", "Minor", (120.63225, 24.1754), "地下道積水退去，公車拖離，恢復通行", U, follows=cl)
    s.inc(U, "flood", "臺灣大道/環中路地下道積水 52 公分、封閉改道", u1)
    s.inc(BUS, "rescue", "公車熄火受困地下道，乘客12人救出", b1)
    s.inc(RE, "traffic", "環中路改道車流追撞", r1)
    s.alt("A police coordinator keeps the bus rescue apart (fire crews) but files the rear-end on the detour under the underpass "
          "closure that caused it, and reads the slow-down 2 km up 環中路 at detector 01 as rain, not the closure.",
          [s.incidents[0], s.incidents[1]])
    s.notes = ["The sensor's offline and online messages are the underpass's under both readings (the modem drowned with the "
               "underpass); labelled with the flood.",
               "Four flood readings arrive 9-37 minutes after they were taken (buffered by the modem): same job, late evidence.",
               "The bus camera event (a large vehicle standing in the underpass) is the rescue's.",
               "The detour crash: separate job (another unit, another place 1.4 km away) vs. consequence of the closure (alternative)."]
    s.write()


def s1678():
    s = Sit(1678, "malakas_dawn_cleanup", "2016-09-17T21:30:00Z", "")
    s.story = ("Typhoon Malakas, the morning after, 05:30-09:00 local. The night shift hands over: the 中清路 underpass is still "
               "closed and drains away; the north cabinet's devices come back online; the north pond falls below warning. New "
               "jobs come with daylight: a sinkhole opens on 經貿路三段 where the water stood; the tree on 凱旋路 from the night is "
               "still there and morning traffic queues behind it; leaves block the drains at 河南路 and water stands again; the "
               "中科路/環中路 signal fails at rush hour. Background: devices back online, a works permit moved a day, litter calls.")
    UP, SK, TR, DR, SG = "zq_underpass_ending", "jingmao_sinkhole", "kaixuan_tree_still", "henan_drains", "zk_hz_signal"
    w0 = s.permit(-2000, "road_works", 120, 600, (120.6525, 24.1945), 200, "凱旋路人行道改善工程", None)
    u1 = s.flood(0, "SN-FL-006", 12, UP, alt=None)
    s.on(2, "SN-FL-001", None); s.on(2, "SN-FL-002", None); s.on(2.1, "SN-WL-001", None); s.on(2.1, "SN-RG-001", None)
    s.on(2.2, "SN-PK-004", None)
    s.wl_fall(4, "SN-WL-001", 2.31, None)
    s.permit(6, "road_works", 1560, 2040, (120.6525, 24.1945), 200, "颱風過後順延一日施工", None,
             permit_status="amended", follows=w0)
    s.flood(20, "SN-FL-006", 4, UP, alt=None)
    s.cleared(35, "SN-FL-006", "中清環中路口地下道 淹水深度低於 5 公分，警戒解除", UP, alt=None)
    k1 = s.call(38, "fallen_tree", "POP", "凱旋路那棵倒樹昨天晚上就倒了，到現在還沒有人來清，早上上班車子都塞住", TR, 40, 200)
    s.cong(44, "SN-VD-KAIXUAN-02", 11, TR)
    s.pol(48, "fallen_object", "Moderate", (120.65139, 24.18689), "凱旋路倒樹尚未清除，南下僅剩一線，派員指揮", TR)
    s.call(50, "環境清潔", "ECO_A", "颱風過後巷子裡都是落葉跟垃圾，什麼時候來清", None)
    sk1 = s.pol(55, "road_collapse", "Severe", (120.65979, 24.18271), "經貿路三段低窪處路面坍陷，直徑約1.5公尺，已圍設警示", SK)
    s.call(57, "road_damage", "JM_LOW", "經貿路三段路中間破一個大洞，昨天淹水的地方", SK, 30, 150)
    s.pol(60, "road_reopened", "Minor", (120.65745, 24.19915), "中清路環中路口地下道清淤完成，恢復通行", UP, alt=None)
    s.call(62, "road_damage", "ECO_B", "經貿路那個坑洞旁邊的柏油也一直在裂開", SK, 60, 250)
    s.pol(66, "road_closure", "Severe", (120.65979, 24.18271), "經貿路三段坍陷路段封閉南下車道，待養工處搶修", SK)
    d1 = s.flood(70, "SN-FL-007", 12, DR)
    s.call(72, "blocked_drain", "HN_LOW", "河南路停車場前面水溝被樹葉塞住，水又積起來了", DR, 30, 150)
    g1 = s.sig(80, "SN-SIG-003", "fault", SG, text="中科路/環中路二段 號誌控制器故障，黑燈")
    s.cctv(80.5, "SN-CCTV-003", "signal_dark", 0.9, "路口號誌黑燈", SG)
    s.call(84, "traffic_signal", "ZK_HZ", "中科路環中路口紅綠燈不亮，上班車流很亂", SG, 20, 120)
    s.cong(86, "SN-VD-ZHONGQING-02", 18, None)
    s.call(88, "blocked_drain", "HN_PK", "河南路那邊排水孔都是落葉，積水一直沒退", DR, 40, 200)
    s.pol(92, "traffic_signal_fault", "Moderate", (120.65205, 24.19794), "中科路/環中路二段號誌黑燈，派員指揮交通", SG)
    s.flood(100, "SN-FL-007", 17, DR)
    s.pol(118, "road_reopened", "Minor", (120.65139, 24.18689), "凱旋路倒樹清除完畢，恢復雙向通行", TR)
    s.sig(132, "SN-SIG-003", "restored", SG, text="中科路/環中路二段 號誌 廠商到場更換電源模組，恢復正常")
    s.flood(150, "SN-FL-007", 5, DR)
    s.cleared(170, "SN-FL-007", "河南路低窪處 淹水深度低於 5 公分，警戒解除", DR)
    s.inc(UP, "flood", "（夜班交接）中清環中路口地下道退水、清淤、恢復通行", u1)
    s.inc(SK, "infrastructure", "經貿路三段淹水後路面坍陷，封閉搶修", sk1)
    s.inc(TR, "traffic", "凱旋路夜間倒樹仍未清除，早上車流回堵", k1)
    s.inc(DR, "flood", "河南路落葉堵塞排水，再度積水", d1)
    s.inc(SG, "traffic", "中科路/環中路二段號誌故障（尖峰時段）", g1)
    s.alt("A day-shift coordinator who received the underpass as a closing job from the night shift does not open it again: its "
          "last readings and the reopening are a note on the night's job (background here).",
          s.same(UP))
    s.notes = ["The devices of GW-CP-N01 come back online without an offline in this stream (it was the night's): background.",
               "The north pond falling below warning is the night's job's end, background here.",
               "The underpass: kept as a job under the main reading because the closure is still in force at 05:30 and someone must "
               "reopen it; under the alternative it is the night's job.",
               "The 中清路 detector slow-down at 07:00 is morning rush hour: noise."]
    s.write()


def s1679():
    s = Sit(1679, "meranti_fazi_river", "2016-09-14T16:00:00Z", "")
    s.story = ("Typhoon Meranti, 00:00-04:00 local. West of the zone the 筏子溪 station climbs through levels 3, 2 and 1; the police "
               "evacuate riverside houses in 西屯 and residents call 1999. A man who went to check his plot by the river is cut off "
               "on a dyke; 119 reaches him by boat. Nearer the zone, the 臺灣大道/環中路 underpass gathers 22 cm and the camera sees "
               "water. The 旱溪 station east reaches level 3 and falls back. Background: rain, a kennel's dogs, a question about "
               "shelters.")
    FZ, MAN, TU = "fazi_river_high", "fazi_dyke_rescue", "tw_hz_underpass_water"
    s.rain(0, "C0F9T0", "大豪雨", "西屯雨量站 24小時累積雨量 356 mm，達大豪雨標準")
    s.wl(5, "SN-WL-004", "3", 97.31, FZ)
    hw = s.wl(12, "SN-WL-005", "3", 111.16, None, alt="han_river_watch")
    z1 = s.wl(28, "SN-WL-004", "2", 97.95, FZ, dup=(50,))
    s.call(31, "flooding", "FAZI", "筏子溪的水好高，快要滿到堤防上面了，我們要不要撤離？", FZ, 100, 400)
    s.flood(33, "SN-FL-010", 9, TU)
    s.pol(37, "evacuation", "Severe", (120.6215, 24.1712), "筏子溪沿岸低窪住戶勸導撤離至西屯區收容所", FZ)
    s.call(40, "other", "FAZI", "收容所在哪裡？老人家可以帶狗去嗎？", FZ, 150, 500, alt=None)
    m1 = s.call(44, "rescue", "FAZI", "我先生去河邊看田，現在被困在堤防上，水把路淹掉了回不來", MAN, 150, 400)
    m = s.f119(45, "rescue", (120.61855, 24.16912), "筏子溪堤防 民眾1人受困，派遣救助及橡皮艇", MAN, units=["西屯分隊 救助車", "橡皮艇"])
    s.wl(47, "SN-WL-004", "1", 98.64, FZ)
    t1 = s.flood(50, "SN-FL-010", 22, TU)
    s.cctv(52, "SN-CCTV-009", "flooding", 0.69, "地下道入口積水", TU, pos=(120.63232, 24.17522))
    s.call(54, "動物救援", "FAZI", "河邊的狗舍有好幾隻狗被關著，水快淹進去", None, 200, 500)
    s.f119(58, "rescue", (120.61855, 24.16912), "到達現場，以橡皮艇接近", MAN, status="on_scene", follows=m)
    s.pol(60, "evacuation", "Severe", (120.6228, 24.1725), "筏子溪一級警戒，沿岸 38 戶 81 人完成撤離", FZ)
    s.pol(62, "road_closure", "Moderate", (120.63225, 24.1754), "臺灣大道環中路口地下道積水，暫時封閉", TU)
    s.f119(71, "rescue", (120.61855, 24.16912), "受困民眾1人救出，失溫送醫", MAN, status="returning", follows=m)
    s.wl_fall(80, "SN-WL-005", 111.02, None, alt="han_river_watch")
    s.f119(90, "rescue", (120.61855, 24.16912), "案件結束", MAN, status="closed", follows=m)
    s.flood(96, "SN-FL-010", 11, TU)
    s.cleared(130, "SN-FL-010", "臺灣大道環中路口地下道 淹水深度低於 5 公分，警戒解除", TU)
    s.pol(134, "road_reopened", "Minor", (120.63225, 24.1754), "臺灣大道環中路口地下道恢復通行", TU)
    s.wl_fall(170, "SN-WL-004", 97.05, FZ)
    s.inc(FZ, "flood", "筏子溪水位達一級警戒，沿岸住戶撤離", z1)
    s.inc(MAN, "rescue", "筏子溪堤防受困民眾以橡皮艇救出", m1)
    s.inc(TU, "flood", "臺灣大道/環中路地下道積水 22 公分，暫時封閉", t1)
    s.alt("A water-bureau coordinator opens a watch job for 旱溪 at level 3 (it is a river station, and rivers rise fast).",
          s.incidents + [{"label": "han_river_watch", "type": "flood", "description": "旱溪水位三級警戒監看",
                          "sufficient_evidence_key": hw}])
    s.notes = ["The river station is 3.5 km west of the zone: the center still runs it (the zone's west roads drain to it).",
               "The shelter question names the evacuation: labelled with the river job, background under the alternative.",
               "The kennel call is background (animal rescue is outside the center's jobs that night)."]
    s.write()


def s1680():
    s = Sit(1680, "megi_huanzhong_feeder_dark", "2016-09-27T17:10:00Z", "")
    s.story = ("Megi, 01:10-04:00 local. A feeder along 環中路二段 trips: the cabinets at 台74線, 凱旋路, 中科路 and 經貿路 report "
               "mains lost, their signals go dark and their cameras offline; the transit hub's panel and car park lose mains. People "
               "call about dark lights and no power; the police send officers to the two busiest junctions. At 中科路 a car and a "
               "scooter collide in the dark junction (ambulance). The transit-hub rain gauge's battery runs low 90 minutes later. "
               "Power returns at 03:40. Background: rain, a shallow underpass reading, a caller with a leaking window.")
    PC, CR = "huanzhong_feeder_cut", "zk_hz_dark_crash"
    s.rain(0, "SN-RG-002", "豪雨", "水湳轉運中心雨量站 3小時累積雨量 121 mm，達豪雨標準")
    firsts = []
    for i, sid in enumerate(("001", "002", "003", "004")):
        firsts.append(s.off(3 + i * 0.05, "SN-SIG-" + sid, PC, reason="mains_power_lost"))
        s.off(3.01 + i * 0.05, "SN-CCTV-" + sid, PC, reason="mains_power_lost")
        firsts.append(s.sig(3.1 + i * 0.05, "SN-SIG-" + sid, "fault", PC))
    s.off(3.05, "SN-VD-KAIXUAN-01", PC, reason="mains_power_lost")
    s.off(3.2, "SN-PK-001", PC, reason="mains_power_lost")
    s.fa(3.3, "SN-FA-001", "fault", PC, "水湳轉運中心 受信總機 市電中斷，預備電源供電中", dup=(8,))
    s.call(7, "streetlight", "KX_HZ", "環中路整排路燈都不亮，一片漆黑", PC, 50, 300)
    s.call(9, "traffic_signal", "ZK_HZ", "環中路中科路口紅綠燈全暗", PC, 20, 150)
    s.call(10, "power_outage", "HUB", "轉運站附近的住家整個停電", PC, 100, 400)
    s.pol(14, "traffic_signal_fault", "Severe", (120.65229, 24.19776), "環中路二段（台74線至經貿路）四處路口號誌停電黑燈，派員於中科路、經貿路口指揮", PC)
    s.flood(16, "SN-FL-006", 5, None)
    c1 = s.pol(22, "traffic_accident", "Severe", (120.65208, 24.19792), "中科路/環中路二段口（號誌黑燈）自小客與機車碰撞，機車騎士受傷", CR)
    a = s.f119(22.5, "ambulance", (120.65208, 24.19792), "中科路環中路口 車禍 1人受傷", CR)
    s.call(23, "traffic_accident", "ZK_HZ", "中科路口撞車了，紅綠燈都沒亮", CR, 20, 120)
    s.f119(30, "ambulance", (120.65208, 24.19792), "到達現場", CR, status="on_scene", follows=a)
    s.call(33, "power_outage", "KX_HZ", "凱旋路環中路這邊停電已經半個小時了", PC, 100, 400)
    s.f119(41, "ambulance", (120.65208, 24.19792), "騎士右腳骨折送醫", CR, status="returning", follows=a)
    s.call(45, "other", "ZK_MID", "颱風把窗戶吹得一直漏水，可以來幫忙嗎", None)
    s.pol(52, "traffic_accident", "Minor", (120.65208, 24.19792), "事故處理完畢，車輛拖離", CR, follows=c1)
    s.f119(55, "ambulance", (120.65208, 24.19792), "案件結束", CR, status="closed", follows=a)
    s.off(93, "SN-RG-002", PC, reason="battery_low", alt=None)
    for i, sid in enumerate(("001", "002", "003", "004")):
        s.on(150 + i * 0.1, "SN-SIG-" + sid, PC); s.on(150.02 + i * 0.1, "SN-CCTV-" + sid, PC)
        s.sig(150.2 + i * 0.1, "SN-SIG-" + sid, "restored", PC)
    s.on(150.1, "SN-VD-KAIXUAN-01", PC); s.on(150.3, "SN-PK-001", PC)
    s.fa(150.5, "SN-FA-001", "normal", PC, "水湳轉運中心 受信總機 市電恢復，復歸")
    s.on(161, "SN-RG-002", PC, alt=None)
    s.inc(PC, "infrastructure", "環中路二段饋線停電：四路口號誌黑燈（員警指揮）、路燈、轉運中心與設備斷電", firsts[0])
    s.inc(CR, "traffic", "中科路/環中路二段黑燈路口車禍，騎士骨折送醫", c1)
    s.alt("A traffic desk runs the four dark junctions as its own job (officers, contractor), the power cut as the liaison job "
          "with Taipower; a maintenance desk reads the rain gauge's battery as its own ticket (background to the center).",
          [s.incidents[1], {"label": PC, "type": "infrastructure", "description": "饋線停電（設備、路燈、住戶）", "sufficient_evidence_key": firsts[0]},
           {"label": "hz_dark_junctions", "type": "traffic", "description": "環中路二段四路口號誌黑燈，員警指揮",
            "sufficient_evidence_key": firsts[1]}])
    for it in s.items:
        if it["truth"] == PC and (it["feed"] == "signal" or it["category"] in ("traffic_signal", "traffic_signal_fault")):
            it["truth_alt"] = "hz_dark_junctions"
    s.notes = ["The rain gauge's battery_low is the power cut's consequence (its mains went 90 min earlier); a colleague would "
               "leave it to the maintenance list.",
               "The streetlight call says the whole row is dark: read as the power cut, not a lamp ticket.",
               "The crash at the dark junction is a job of its own (an accident unit, an ambulance) under both readings."]
    s.write()


def s1681():
    s = Sit(1681, "megi_people_in_floodwater", "2016-09-27T14:40:00Z", "")
    s.story = ("Megi, 22:40-01:30 local. Several people end up in the water at once. A man clearing leaves from a grate by the "
               "區域排水 at 經貿路 slips into the channel and is carried off; bystanders call; 119 and the police search downstream and "
               "pull him out 200 m on. At the 經貿路 low point (33 cm) a family of three climbs on their car roof. At the 黎明路/凱旋路 "
               "low point (27 cm) a scooter rider falls and cannot stand. Background: rain, a full car park, a caller asking when "
               "the water will go, a detector slow-down in rain.")
    F1, R1, R2, F2, R3 = "jingmao_low_flood", "drain_channel_man", "jingmao_car_roof_family", "lk_low_flood", "lk_rider_down"
    s.rain(0, "SN-RG-001", "大豪雨", "中央公園雨量站 24小時累積雨量 371 mm，達大豪雨標準")
    s.wl(4, "SN-WL-003", "2", 1.86, F1)
    f1 = s.flood(8, "SN-FL-008", 24, F1)
    s.flood(14, "SN-FL-009", 13, F2)
    r1 = s.call(17, "rescue", "DRAIN_JM", "有人掉進經貿路旁邊的排水溝，被水沖走了！快來！", R1, 20, 120)
    s.call(17.5, "rescue", "DRAIN_JM", "排水溝有一個男生掉下去，水很急", R1, 20, 120)
    r = s.f119(18, "rescue", (120.65994, 24.18031), "經貿路 區域排水 男子1人落水遭沖走，派遣救助、水域救援", R1,
               units=["水湳分隊 救助車", "特搜 水域救援組", "救護車"], dup=(20, 50))
    s.pol(20, "other", "Severe", (120.65994, 24.18031), "經貿路區排男子落水，員警沿下游搜尋", R1)
    s.flood(22, "SN-FL-008", 33, F1)
    r2 = s.call(25, "rescue", "JM_LOW", "我們一家三口的車在經貿路淹水的地方熄火，水一直漲，現在在車頂上", R2, 10, 60)
    rr = s.f119(26, "rescue", (120.65958, 24.18244), "經貿路三段低窪處 自小客熄火，3人於車頂待援", R2, units=["北屯分隊 救助車", "橡皮艇"])
    s.f119(27, "rescue", (120.65994, 24.18031), "到達現場，沿排水溝下游搜索", R1, status="on_scene", follows=r)
    s.flood(28, "SN-FL-009", 27, F2)
    s.call(30, "flooding", "LK_LOW", "黎明路凱旋路口水淹到膝蓋了，車子都還在開過去", F2, 40, 200)
    r3 = s.call(33, "rescue", "LK_LOW", "路口有一個騎機車的倒在水裡，好像站不起來", R3, 20, 100)
    a3 = s.f119(34, "ambulance", (120.64762, 24.19318), "黎明路凱旋路口 機車騎士倒於積水中", R3)
    s.pol(36, "road_closure", "Severe", (120.65958, 24.18244), "經貿路三段低窪路段封閉", F1)
    s.f119(37, "rescue", (120.65958, 24.18244), "到達現場", R2, status="on_scene", follows=rr)
    s.f119(41, "rescue", (120.66031, 24.17861), "落水男子於下游約200公尺處攀住欄杆，已救起，意識清楚，送醫", R1, status="returning", follows=r)
    s.pk(42, "SN-PK-002", "full", None, "經貿六停車場 汽車位已滿")
    s.f119(44, "ambulance", (120.64762, 24.19318), "傷者1人送醫，疑腳踝扭傷", R3, status="returning", follows=a3)
    s.pol(46, "road_closure", "Moderate", (120.64781, 24.1932), "黎明路凱旋路口低窪處封閉外側車道", F2)
    s.f119(50, "rescue", (120.65958, 24.18244), "3人以橡皮艇救出，無受傷", R2, status="returning", follows=rr)
    s.call(55, "other", "ECO_B", "水到底什麼時候才會退？", None)
    s.cong(58, "SN-VD-JINGMAO-02", 19, F1, alt=None)
    s.f119(60, "rescue", (120.65994, 24.18031), "案件結束", R1, status="closed", follows=r)
    s.f119(64, "rescue", (120.65958, 24.18244), "案件結束", R2, status="closed", follows=rr)
    s.f119(66, "ambulance", (120.64762, 24.19318), "案件結束", R3, status="closed", follows=a3)
    s.flood(90, "SN-FL-009", 12, F2)
    s.flood(110, "SN-FL-008", 18, F1)
    s.wl_fall(125, "SN-WL-003", 1.35, F1)
    s.cleared(150, "SN-FL-009", "黎明路凱旋路口低窪處 淹水深度低於 5 公分，警戒解除", F2)
    s.inc(F1, "flood", "經貿路三段低窪處 33 公分、區排二級、封閉", f1)
    s.inc(R1, "rescue", "男子落入區域排水遭沖走，下游救起", r1)
    s.inc(R2, "rescue", "一家三口車頂待援，橡皮艇救出", r2)
    s.inc(F2, "flood", "黎明路凱旋路口低窪處 27 公分、封閉外側車道", None)
    s.inc(R3, "rescue", "機車騎士倒於積水中，送醫", r3)
    s.alt("Some coordinators fold the people stranded at a flooded low point into that flood's job (one scene, one closure), "
          "keeping the man in the channel apart (a search downstream).",
          [s.incidents[0], s.incidents[1], s.incidents[3]])
    for it in s.items:
        if it["truth"] == R2: it["truth_alt"] = F1
        if it["truth"] == R3: it["truth_alt"] = F2
    s.notes = ["The 經貿路 detector slow-down is the flood's (traffic stopped at the closure) or noise in rain (alternative).",
               "The police 'other' report of the search is the channel rescue's.",
               "The channel rescue sits 200 m from the flooded low point: a separate job under both readings (a search, not a flood)."]
    return s


def s1681_done():
    s = s1681()
    # the flood at 黎明路/凱旋路 opens on the caller who sees cars driving into knee-deep water
    key = [i["key"] for i in s.items if i["feed"] == "1999" and i["category"] == "flooding"][0]
    for inc in s.incidents + s.alt_incidents:
        if inc["label"] == "lk_low_flood": inc["sufficient_evidence_key"] = key
    s.write()


def s1682():
    s = Sit(1682, "megi_midnight_backlog", "2016-09-27T16:30:00Z", "")
    s.story = ("Megi, 00:30-03:00 local, with the center's links clogged: deliveries repeat and arrive out of order. Central "
               "Park's north field cabinet (GW-CP-N01) loses its uplink: ponds 1-2, the north pond level, the park rain gauge and "
               "the north car park all go silent at once and their held readings arrive 50 minutes later, showing the north pond "
               "had reached level 2. At the water reclamation centre a generator overheats and smokes: panel alarm, a caller, 119, "
               "whose on-scene update arrives before its dispatch. The 河南路 low point floods to 31 cm. Background: repeated rain "
               "alerts, a detector slow-down, a hotline question.")
    GW, POND, WRC, HN = "cp_north_cabinet_down", "north_pond_level2", "wrc_generator_smoke", "henan_low_flood"
    s.rain(0, "SN-RG-001", "豪雨", "中央公園雨量站 3小時累積雨量 117 mm，達豪雨標準", dup=(240, 610))
    g = []
    for sid in ("SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"):
        g.append(s.off(5, sid, GW, reason="comms_lost", dup=(90,)))
    h1 = s.flood(8, "SN-FL-007", 18, HN, dup=(300,))
    for sid in ("SN-FL-001", "SN-FL-002", "SN-WL-001"):
        s.soff(20, sid, GW)
    k0 = "1682-f119"
    s.f119(27, "fire", (120.65884, 24.17668), "到達現場，發電機室冒煙，無人受困", WRC, status="on_scene", follows=k0, delay=15)
    w1 = s.fa(14, "SN-FA-008", "alarm", WRC, "水湳水資源回收中心 受信總機 火警：發電機室", delay=700, dup=(20,))
    s.f119(15, "fire", (120.65884, 24.17668), "水湳水資源回收中心 發電機室冒煙，派遣", WRC, key=k0, delay=900,
           units=["水湳分隊 水箱車", "化學車"])
    s.call(18, "fire_smoke", "WRC", "水資源回收中心那邊有黑煙一直冒出來", WRC, 80, 300)
    s.flood(24, "SN-FL-007", 31, HN, dup=(45,))
    s.call(26, "flooding", "HN_LOW", "河南路又淹了，水比剛剛更深", HN, 30, 200)
    s.pol(30, "flooding_report", "Severe", (120.65262, 24.17428), "河南路二段低窪處積水約30公分，勸導車輛改道", HN)
    s.f119(41, "fire", (120.65884, 24.17668), "發電機過熱冒煙，已斷電處理，無延燒", WRC, status="returning", follows=k0)
    s.cong(44, "SN-VD-HENAN-01", 21, None)
    s.fa(45, "SN-FA-008", "normal", WRC, "水湳水資源回收中心 受信總機 復歸")
    s.call(47, "other", "HUB", "請問轉運站明天的第一班車幾點？", None)
    # the cabinet comes back: online statuses, then the held readings with their own times
    for sid in ("SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"):
        s.on(55, sid, GW)
    p1 = s.wl(18, "SN-WL-001", "3", 2.12, POND, delay=37 * 60 + 30)
    p2 = s.wl(34, "SN-WL-001", "2", 2.61, POND, delay=21 * 60 + 40)
    s.flood(30, "SN-FL-001", 26, POND, delay=25 * 60 + 50)
    s.flood(38, "SN-FL-002", 31, POND, delay=17 * 60 + 55, dup=(60,))
    s.f119(60, "fire", (120.65884, 24.17668), "案件結束", WRC, status="closed", follows=k0)
    s.flood(80, "SN-FL-007", 16, HN)
    s.wl_fall(120, "SN-WL-001", 2.38, POND)
    s.flood(140, "SN-FL-007", 4, HN)
    s.inc(GW, "infrastructure", "中央公園北側機箱（GW-CP-N01）通訊中斷，五具設備同時離線", g[0])
    s.inc(POND, "flood", "中央公園北滯洪池二級警戒、池1/池2高水深（延遲到達）", p2)
    s.inc(WRC, "fire", "水資源回收中心發電機過熱冒煙", "1682-f119")
    s.inc(HN, "flood", "河南路低窪處積水 31 公分", h1)
    s.alt("A water-bureau coordinator reads the cabinet's silence in a storm as part of the pond job (the cabinet stands by the "
          "pond, and a pond that rises while its sensors are dark is the concern), so the two are one job.",
          [s.incidents[2], s.incidents[3],
           {"label": POND, "type": "flood", "description": "北滯洪池（含機箱斷線期間）", "sufficient_evidence_key": g[0]}])
    for it in s.items:
        if it["truth"] == GW: it["truth_alt"] = POND
    s.notes = ["The fire job is opened on 119's dispatch; the panel's alarm and the dispatch arrive 12-15 minutes late, after the "
               "on-scene update (which is the fire's all the same).",
               "Held pond readings: observed during the outage, arrived after it; the pond job opens on the level-2 reading at its arrival.",
               "Duplicated deliveries repeat every field but arrival.",
               "The 河南路 detector slow-down is 1 km from the low point, on 河南路一段: noise."]
    s.write()


if __name__ == "__main__":
    s1677(); s1678(); s1679(); s1680(); s1681_done(); s1682()
