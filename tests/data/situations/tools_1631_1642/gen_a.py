"""Situations 1631-1636 (author oD): permits and what happens inside them."""
import datetime as dt
from lib import Situation, PLACE, case119, permit, case1999, police, status, sig, ruled

D = dt.timedelta


def s1631():
    s = Situation(1631, "concert_amended_collapse_theft",
                  "2026-03-21", "流行影音中心戶外演唱會：許可延長散場時間；場內觀眾昏厥送醫、散場扒竊、鄰近路口擦撞。")
    s.story = ("A concert permit for the Pop Music Center (臺中流行影音中心) was approved eleven days ahead and amended two "
               "days before to run to 22:30 with a wider crowd-control area. On the night the car park filled, 凱旋路 slowed "
               "and neighbours phoned 1999 about the noise; a spectator collapsed and 119 took her to hospital. At "
               "dispersal a phone was pickpocketed (suspect caught at the transit hub) and two cars scraped each other at "
               "黎明路/凱旋路, 1 km north, while the crowd walked past.")
    C = "concert_crowd"
    d0 = s.t("00:00")
    permit(s, "PE-1150310-0042", "concert", "pop_music", s.t("18:30"), s.t("22:00"), s.t("10:12", -11), C,
           "臺中流行影音中心 春浪音樂祭夜場 預估入場6,000人，凱旋路側設置人潮管制區", radius=400,
           versions=[("amended", s.t("15:40", -2), s.t("18:30"), s.t("22:30"), None, 500,
                      "變更：加演延長至22:30，散場管制範圍擴大至凱旋路、中科路口")])
    sig(s, "SN-PK-004", "parking", "full", s.t("17:42"), 35, C, text="中央公園地下停車場(北) 車位已滿")
    ruled(s, "SN-VD-KAIXUAN-02", "congestion", s.t("18:06"), 40, C, text="凱旋路車輛偵測器2 平均車速 12 km/h")
    police(s, "TCPD-0321-0117", "crowd_control", "pop_music", s.t("18:20"), 120, C,
           "影音中心入場人潮湧現，凱旋路側人行道擁擠，第六分局派員6名管制", severity="Minor")
    case1999(s, "1999-1150321-00488", "noise", s.near("eco_a", 60), s.t("19:55"), 90, C,
             "對面演唱會音響太大聲，窗戶都在震，小孩睡不著",
             updates=[(s.t("21:40"), 30, "已派工", "已通報環保局派員至現場噪音稽查")])
    R = "concert_collapse"
    case119(s, "F1150321-0206", "ambulance", s.near("pop_music", 30),
            [("dispatched", s.t("20:46"), 25, "臺中流行影音中心 觀眾疑似熱衰竭昏厥，意識模糊，女性約20歲"),
             ("on_scene", s.t("20:53"), 40, "救護車抵達，患者意識恢復中"),
             ("returning", s.t("21:12"), 60, "送中國醫藥大學附設醫院，返隊"),
             ("closed", s.t("21:48"), 300, "結案")], R, "", alt=C)
    s.dup(s.items[-3], 95)  # on_scene delivered twice
    ruled(s, "SN-VD-KAIXUAN-01", "congestion", s.t("22:31"), 30, C, text="凱旋路車輛偵測器1 平均車速 9 km/h")
    ruled(s, "SN-VD-LIMING-01", "congestion", s.t("22:36"), 45, C, text="黎明路車輛偵測器1 平均車速 14 km/h")
    sig(s, "SN-CCTV-007", "cctv", "crowding", s.t("22:34"), 15, C, confidence=0.81)
    K = "liming_kaixuan_scrape"
    police(s, "TCPD-0321-0160", "accident", "J7", s.t("21:05"), 240, K,
           "黎明路三段凱旋路口 自小客與自小客擦撞，無人受傷，雙方已移至路邊", severity="Minor")
    sig(s, "SN-CCTV-007", "cctv", "stalled_vehicle", s.t("21:03"), 20, K, confidence=0.64)
    police(s, "TCPD-0321-0171", "accident", "J7", s.t("21:40"), 60, K, "黎明凱旋路口擦撞案 已完成筆錄，車輛駛離",
           severity="Minor", follows="TCPD-0321-0160")
    T = "concert_pickpocket"
    police(s, "TCPD-0321-0188", "theft", s.near("pop_music", 60), s.t("22:42"), 300, T,
           "散場時民眾手機於出口遭扒竊，被害人報案", severity="Minor")
    police(s, "TCPD-0321-0201", "theft", "transit_hub", s.t("23:28"), 180, T,
           "影音中心扒竊案 嫌犯於水湳轉運中心候車區查獲，手機尋回", severity="Minor", follows="TCPD-0321-0188")
    police(s, "TCPD-0321-0195", "crowd_control", "pop_music", s.t("22:58"), 120, C, "散場人潮疏散完畢，解除管制",
           severity="Minor", follows="TCPD-0321-0117")
    sig(s, "SN-PK-004", "parking", "empty", s.t("23:40"), 40, C, text="中央公園地下停車場(北) 車位全空")
    s.background_traffic(7, s.t("16:30"), 7, "1631")
    s.inc(C, "crowd", "演唱會人潮、車流與噪音：許可、停車、車速、管制、噪音陳情", "TCPD-0321-0117")
    s.inc(R, "rescue", "觀眾昏厥送醫(119救護全程)", "F1150321-0206")
    s.inc(K, "traffic", "黎明凱旋路口擦撞", "TCPD-0321-0160")
    s.inc(T, "public_safety", "散場扒竊及嫌犯查獲", "TCPD-0321-0188")
    s.alternative("演唱會場內的救護可視為活動本身的醫護勤務，一併列入演唱會人潮事件",
                  drop=[R])
    s.debatable = ["The spectator's ambulance is its own rescue job; a colleague who runs the event's medical post as part of "
                   "the concert job would put the 119 case into concert_crowd (truth_alt).",
                   "The theft follow-up is placed at the transit hub, 1.4 km from the venue; it is still the same case."]
    return s


def s1632():
    s = Situation(1632, "march_cancelled_rain_crash", "2026-04-11",
                  "遊行許可延後後取消；交管仍依原案設置後撤除；少數民眾到場集結；雨中經貿黎明路口車禍與低窪積水。")
    s.story = ("A labour march from the transit hub to the convention centre was approved, pushed back an hour, then "
               "cancelled the morning of the day because of the rain warning. A traffic unit that had not heard set up the "
               "closure at 經貿路/黎明路 anyway and lifted it 25 minutes later; about thirty people still gathered. In the "
               "rain the 黎明路/凱旋路 low point ponded briefly, and at 16:20 a scooter and a car collided at 經貿路/黎明路, "
               "the march's old assembly point.")
    M = "march_leftover"
    permit(s, "PE-1150330-0077", "march", (120.6545, 24.1958), s.t("14:00"), s.t("17:00"), s.t("11:20", -12), M,
           "勞工權益遊行 水湳轉運中心集合，經環中路、經貿路二段至國際會展中心，預估2,000人", radius=900,
           versions=[("amended", s.t("18:05", -1), s.t("15:00"), s.t("18:00"), None, 900, "變更：集合時間延後至15:00"),
                     ("cancelled", s.t("09:32"), s.t("15:00"), s.t("18:00"), None, 900, "主辦單位因豪雨特報取消遊行")],
           alt=None)
    police(s, "TCPD-0411-0052", "road_closure", "J5", s.t("13:40"), 180, M,
           "經貿路二段黎明路口 依遊行計畫設置交通管制，封閉外側車道", alt=None)
    police(s, "TCPD-0411-0058", "road_reopened", "J5", s.t("14:05"), 120, M,
           "遊行已取消，撤除交管設施恢復通行", severity="Minor", follows="TCPD-0411-0052", alt=None)
    sig(s, "SN-CCTV-004", "cctv", "crowding", s.t("14:52"), 20, M, confidence=0.58, alt="gathering")
    police(s, "TCPD-0411-0066", "crowd_control", "transit_hub", s.t("15:05"), 240, M,
           "約30名民眾仍至轉運中心前集結，表達訴求後和平散去", severity="Minor", alt="gathering")
    for sid, t0, lv in [("C0F9T0", "13:00", "大雨"), ("SN-RG-002", "13:20", "大雨"), ("SN-RG-001", "13:30", "大雨")]:
        ruled(s, sid, "heavy_rain", s.t(t0), 60, None, level=lv, text="時雨量超過40毫米")
    P = "liming_kaixuan_ponding"
    ruled(s, "SN-FL-009", "flood_depth", s.t("14:10"), 45, P, level="1-15", text="淹水深度 9 cm")
    case1999(s, "1999-1150411-00311", "flooding", s.near("J7", 50), s.t("14:24"), 120, P,
             "黎明路凱旋路口積水，機車騎過去水花噴很高",
             updates=[(s.t("15:50"), 60, "結案", "水利局回報水溝已清理，積水已退")])
    ruled(s, "SN-FL-009", "cleared", s.t("15:20"), 45, P, text="淹水深度回降至 0 cm")
    X = "jingmao_liming_crash"
    sig(s, "SN-CCTV-005", "cctv", "accident", s.t("16:21"), 15, X, confidence=0.77)
    case1999(s, "1999-1150411-00342", "traffic_accident", s.near("J5", 40), s.t("16:22"), 100, X,
             "經貿路黎明路口機車跟汽車撞到，有人倒在地上")
    case119(s, "F1150411-0133", "ambulance", s.near("J5", 20),
            [("dispatched", s.t("16:23"), 30, "經貿路二段黎明路口 機車騎士倒地，左腳疑似骨折"),
             ("on_scene", s.t("16:31"), 50, None), ("returning", s.t("16:52"), 60, "送澄清醫院中港院區"),
             ("closed", s.t("17:25"), 240, None)], X, "經貿路二段黎明路口 機車騎士倒地")
    police(s, "TCPD-0411-0081", "injury_accident", "J5", s.t("16:24"), 150, X,
           "經貿路二段黎明路口 機車與自小客碰撞，騎士受傷送醫，佔用內側車道")
    ruled(s, "SN-VD-JINGMAO-01", "congestion", s.t("16:33"), 40, X, text="經貿路車輛偵測器1 平均車速 11 km/h")
    police(s, "TCPD-0411-0090", "injury_accident", "J5", s.t("17:05"), 90, X, "現場排除完畢，肇事車輛移置路旁",
           severity="Minor", follows="TCPD-0411-0081")
    s.background_traffic(7, s.t("12:00"), 6, "1632")
    s.inc(M, "crowd", "已取消遊行的殘餘工作：誤設交管與撤除、少數民眾集結", "TCPD-0411-0052")
    s.inc(P, "flood", "黎明凱旋路口低窪短暫積水", "1999-1150411-00311")
    s.inc(X, "traffic", "經貿黎明路口機車自小客碰撞，騎士送醫", "SN-CCTV-005/cctv/accident@2026-04-11T08:21:00Z")
    s.alternative("已取消的許可與短暫誤設的交管不算工作(背景)；到場集結的30人另列一個小型人潮事件",
                  drop=[M], add=[("gathering", "crowd", "取消後仍到場集結的民眾", "TCPD-0411-0066")])
    s.debatable = ["The cancelled permit, the closure set up by mistake and its lifting: truth keeps them with the gathering as "
                   "the march's leftover job; the alternative calls them background and keeps only the gathering.",
                   "The CCTV crash detection at 16:21 is the sufficient key; some would wait for the police report."]
    return s


def s1633():
    s = Situation(1633, "works_window_signal_stays_dark", "2026-05-06",
                  "中清環中路口號誌控制箱汰換夜間施工(延長一小時)；施工結束後號誌仍全暗；附近環中路大貨車拋錨。")
    s.story = ("The Transportation Bureau's contractor replaced the signal cabinet at 中清路/環中路 overnight under a permit "
               "extended from 04:00 to 05:00; the cabinet's signal, camera and two detectors went offline with reason "
               "maintenance at 23:02. At 05:15 the police found the junction dark and the crew gone; 1999 got a near-miss "
               "call; officers directed traffic until the contractor returned and restored it at 06:55. Earlier, a lorry "
               "broke down on 環中路 at 中科路, 500 m west, and the underpass flood gauge at the same junction sent a "
               "battery-low status of its own.")
    J = "j8_signal_dark"
    permit(s, "PE-1150428-0120", "road_works", "J8", s.t("23:00"), s.t("04:00", 1), s.t("14:30", -8), None,
           "中清路環中路口 號誌控制箱汰換暨管線工程，夜間封閉內側車道", radius=150,
           versions=[("amended", s.t("16:05"), s.t("23:00"), s.t("05:00", 1), None, 150, "變更：施工時間延長至翌日05:00")],
           alt=J)
    for sid, sec in [("SN-SIG-008", 5), ("SN-CCTV-008", 8), ("SN-VD-HUANZHONG-03", 11), ("SN-VD-ZHONGQING-01", 12)]:
        status(s, sid, "offline", s.t("23:02") + D(seconds=sec), 3, None, reason="maintenance", alt=J)
    ruled(s, "SN-VD-HUANZHONG-03", "sensor_offline", s.t("23:17"), 10, None, text="超過預期回傳間隔未回傳", alt=J)
    ruled(s, "SN-VD-ZHONGQING-01", "sensor_offline", s.t("23:17"), 12, None, text="超過預期回傳間隔未回傳", alt=J)
    police(s, "TCPD-0506-0233", "road_closure", "J8", s.t("23:10"), 300, None, "中清環中路口號誌施工，封閉內側車道，設置交通錐",
           severity="Minor", alt=J)
    status(s, "SN-FL-006", "offline", s.t("01:04", 1), 5, None, reason="battery_low")
    ruled(s, "SN-FL-006", "sensor_offline", s.t("01:25", 1), 10, None, text="中清環中路口地下道淹水感測器 未回傳")
    Q = "j3_stalled_lorry"
    sig(s, "SN-CCTV-003", "cctv", "stalled_vehicle", s.t("02:41", 1), 12, Q, confidence=0.88)
    police(s, "TCPD-0507-0012", "stalled_vehicle", "J3", s.t("02:48", 1), 200, Q,
           "環中路二段中科路口 大貨車拋錨佔用內側車道，已放置警示")
    police(s, "TCPD-0507-0019", "stalled_vehicle", "J3", s.t("03:36", 1), 120, Q, "拋錨大貨車已拖離，恢復通行",
           severity="Minor", follows="TCPD-0507-0012")
    police(s, "TCPD-0507-0031", "traffic_signal_fault", "J8", s.t("05:15", 1), 150, J,
           "中清環中路口號誌全暗，施工單位已撤離現場，已通報交通局")
    case1999(s, "1999-1150507-00029", "traffic_signal", s.near("J8", 40), s.t("05:22", 1), 80, J,
             "中清路環中路口紅綠燈都不亮，剛剛差點撞到",
             updates=[(s.t("05:40", 1), 30, "已派工", "已通知號誌維護廠商2小時內到場"),
                      (s.t("07:12", 1), 60, "結案", "廠商回報控制箱接線完成，號誌恢復")])
    police(s, "TCPD-0507-0036", "traffic_signal_fault", "J8", s.t("06:05", 1), 120, J, "派員2名於路口指揮交通",
           severity="Minor", follows="TCPD-0507-0031")
    ruled(s, "SN-VD-HUANZHONG-02", "congestion", s.t("06:48", 1), 40, None, text="環中路車輛偵測器2 平均車速 18 km/h",
          alt=J)
    for sid, sec in [("SN-SIG-008", 0), ("SN-CCTV-008", 20), ("SN-VD-HUANZHONG-03", 35), ("SN-VD-ZHONGQING-01", 36)]:
        status(s, sid, "online", s.t("06:55", 1) + D(seconds=sec), 3, J)
    sig(s, "SN-SIG-008", "signal", "restored", s.t("06:56", 1), 5, J, text="號誌恢復正常運作")
    police(s, "TCPD-0507-0044", "road_reopened", "J8", s.t("07:05", 1), 90, J, "號誌修復，撤除施工交管，恢復通行",
           severity="Minor", follows="TCPD-0506-0233")
    status(s, "SN-FL-006", "online", s.t("10:30", 1), 5, None)
    s.background_traffic(6, s.t("21:30"), 10, "1633")
    s.inc(J, "traffic", "施工結束後中清環中路口號誌仍全暗，員警指揮交通至廠商修復", "TCPD-0507-0031")
    s.inc(Q, "traffic", "環中路中科路口大貨車拋錨", "SN-CCTV-003/cctv/stalled_vehicle@2026-05-06T18:41:00Z")
    s.alternative("同一個控制箱、同一家廠商：施工許可、維護離線、交管與施工後全暗都是同一件事(施工未復原)，晨間環中路車慢也算在內",
                  replace=[{"label": J, "type": "traffic", "description": "控制箱汰換工程自施工起至號誌修復為一件工作",
                            "sufficient_evidence_key": "TCPD-0507-0031"}])
    s.debatable = ["Maintenance-reason offlines inside the works window are planned and background in the truth; a colleague who "
                   "sees one cause (the cabinet the works did not restore) puts the whole window in the dark-signal job.",
                   "SN-FL-006 sits at the same junction but hangs on its own uplink and reported battery_low: not this job.",
                   "The 06:48 slow-down 700 m west is the morning rush in the truth, the dark junction's queue in the alternative."]
    return s


def s1634():
    s = Situation(1634, "expo_hall_b_booth_fire", "2026-06-19",
                  "國際會展中心食品展(許可延長晚間時段)第二天：停車場滿、車流回堵；B棟攤位油鍋起火，疏散兩千人；A棟面板預備電源故障。")
    s.story = ("A four-day food-equipment exhibition at the convention centre had its evening hours extended by amendment. On "
               "day two the centre's car park and the 經貿六 overflow filled and 經貿路 backed up. At 13:42 hall B's panel "
               "went into alarm: a booth's fryer had caught fire; 119 sent engines and an ambulance for a burnt exhibitor, "
               "the police evacuated about 2,000 people to the plaza and the camera at 經貿七路 saw them. The fire was out "
               "by 14:05; hall A's panel later reported a battery fault that had nothing to do with it.")
    E = "expo_traffic"
    permit(s, "PE-1150601-0211", "exhibition", "convention", s.t("10:00", -1), s.t("18:00", 2), s.t("09:50", -18), E,
           "臺中國際食品暨設備展 6/18-6/21 每日10:00-18:00，預估每日3萬人次", radius=350,
           versions=[("amended", s.t("17:20", -2), s.t("10:00", -1), s.t("18:00", 2), None, 450,
                      "變更：6/19、6/20延長至20:00，增設經貿六停車場為臨時停車區")], alt=None)
    sig(s, "SN-PK-006", "parking", "full", s.t("10:31"), 40, E, text="會展中心停車場 車位已滿", alt=None)
    sig(s, "SN-PK-002", "parking", "full", s.t("10:52"), 40, E, text="經貿六停車場 車位已滿", alt=None)
    ruled(s, "SN-VD-JINGMAO-01", "congestion", s.t("11:02"), 30, E, text="經貿路車輛偵測器1 平均車速 13 km/h", alt=None)
    police(s, "TCPD-0619-0071", "crowd_control", "convention", s.t("11:10"), 200, E,
           "會展中心周邊車流管制，經貿路二段往會展停車場車輛回堵至黎明路", severity="Minor", alt=None)
    F = "hall_b_booth_fire"
    fa = sig(s, "SN-FA-003", "fire_alarm", "alarm", s.t("13:42:10"), 4, F, text="B棟 1F 展場 偵煙探測器動作")
    case119(s, "F1150619-0092", "fire", "hall_b",
            [("dispatched", s.t("13:43"), 20, "臺中國際會展中心B棟 展場攤位油鍋起火，現場人員以滅火器搶救中"),
             ("on_scene", s.t("13:50"), 30, "第一車抵達，火勢局限於攤位"),
             ("returning", s.t("14:36"), 60, "火勢撲滅，殘火處理完畢返隊"),
             ("closed", s.t("15:30"), 400, None)], F, "", severity="Moderate")
    s.dup(fa, 70)
    case1999(s, "1999-1150619-00402", "fire_smoke", s.near("hall_b", 50), s.t("13:45"), 60, F,
             "會展中心B館裡面有煙，大家都在往外跑")
    police(s, "TCPD-0619-0098", "evacuation", "hall_b", s.t("13:47"), 150, F, "B棟展場疏散約2,000人至戶外廣場")
    sig(s, "SN-CCTV-006", "cctv", "crowding", s.t("13:49"), 10, F, confidence=0.9)
    case119(s, "F1150619-0095", "ambulance", "hall_b",
            [("dispatched", s.t("13:58"), 20, "會展中心B棟 攤商右手燙傷"), ("on_scene", s.t("14:04"), 30, None),
             ("returning", s.t("14:16"), 40, "送中國醫藥大學附設醫院"), ("closed", s.t("14:52"), 200, None)], F, "")
    police(s, "TCPD-0619-0104", "evacuation", "hall_b", s.t("14:08"), 120, F, "火勢已撲滅，B棟暫停開放，民眾於A棟及廣場候場",
           severity="Minor", follows="TCPD-0619-0098")
    sig(s, "SN-FA-003", "fire_alarm", "normal", s.t("14:21"), 5, F, text="火警受信總機復歸")
    sig(s, "SN-FA-002", "fire_alarm", "fault", s.t("16:12"), 5, None, text="預備電源電壓不足")
    police(s, "TCPD-0619-0130", "crowd_control", "convention", s.t("19:58"), 120, E, "展覽晚間場結束，車流疏導完畢",
           severity="Minor", follows="TCPD-0619-0071", alt=None)
    s.background_traffic(7, s.t("09:00"), 10, "1634")
    s.inc(E, "crowd", "展覽人潮車流：停車場滿、經貿路回堵、員警疏導", "TCPD-0619-0071")
    s.inc(F, "fire", "B棟攤位油鍋火警、疏散、燙傷送醫", "SN-FA-003/fire_alarm/alarm@2026-06-19T05:42:10Z")
    s.alternative("許可內可預期的停車與車流是展覽既有交通維持計畫的範圍(主辦單位自備交管人員)，中心不另開工作", drop=[E])
    s.debatable = ["Expected parking and queueing of a permitted exhibition: a job in the truth (officers sent), background "
                   "in the alternative.",
                   "The crowd the 經貿七路 camera sees at 13:49 is the evacuees, so the fire's, in both readings, although "
                   "the exhibition's permit area covers it.",
                   "The burnt exhibitor's ambulance is kept with the fire in both readings."]
    return s


def s1635():
    s = Situation(1635, "typhoon_ponds_south_cabinet_power", "2026-08-02",
                  "颱風豪雨：光影節事先取消；中央公園滯洪池蓄水、經貿路低窪淹水車輛受困；南區機櫃停電離線；經貿七路路樹倒塌。")
    s.story = ("Typhoon rain on a Sunday morning. The park's light festival had been cancelled two days before. The five "
               "detention ponds filled as designed, the south pond's level passed warning 3 then 2, while the 經貿路 low "
               "point went over 30 cm: residents called, the police closed the road and 119 pulled a driver out of a "
               "stalled car. At 07:25 the south field cabinet lost mains, taking its ponds' gauges and the south car park "
               "offline with eco-residential block B's panel on the same feeder. A tree fell at 經貿七路 at 08:10.")
    permit(s, "PE-1150720-0301", "festival", (120.6565, 24.183), s.t("18:00", -1), s.t("22:00", 1), s.t("11:00", -13),
           None, "中央公園夏日光影節 8/1-8/3 每晚18:00-22:00", radius=600,
           versions=[("cancelled", s.t("10:05", -2), s.t("18:00", -1), s.t("22:00", 1), None, 600, "颱風警報發布，活動取消")])
    for sid, t0, lv in [("C0F9T0", "03:10", "大雨"), ("SN-RG-002", "04:20", "大雨"), ("C0F9T0", "05:40", "豪雨"),
                        ("SN-RG-001", "05:50", "豪雨"), ("SN-RG-003", "06:05", "豪雨")]:
        ruled(s, sid, "heavy_rain", s.t(t0), 50, None, level=lv, text="雨量達%s標準" % lv)
    P = "park_ponds"
    for sid, t0, lv, cm in [("SN-FL-003", "05:20", "1-15", 8), ("SN-FL-004", "05:31", "1-15", 11),
                            ("SN-FL-001", "05:45", "1-15", 6), ("SN-FL-003", "06:10", "16-30", 19),
                            ("SN-FL-004", "06:20", "16-30", 24), ("SN-FL-002", "06:30", "1-15", 9),
                            ("SN-FL-005", "06:40", "16-30", 17), ("SN-FL-004", "07:00", ">30", 34)]:
        ruled(s, sid, "flood_depth", s.t(t0), 40, P, level=lv, text="滯洪池水深 %d cm" % cm,
              alt=(None if sid in ("SN-FL-001", "SN-FL-002") else "__same__"))
    ruled(s, "SN-WL-002", "water_level", s.t("06:00"), 40, P, level="3", text="南滯洪池水位 2.08 m 達三級警戒")
    ruled(s, "SN-WL-002", "water_level", s.t("06:52"), 40, P, level="2", text="南滯洪池水位 2.56 m 達二級警戒")
    L = "jingmao_low_point_flood"
    ruled(s, "SN-FL-008", "flood_depth", s.t("06:31"), 40, L, level="16-30", text="經貿路低窪處 淹水深度 22 cm")
    case1999(s, "1999-1150802-00058", "flooding", s.near("eco_b", 80), s.t("06:46"), 120, L,
             "敦化路經貿路口水淹到輪框了，車子不敢過",
             updates=[(s.t("07:20"), 30, "處理中", "已通報水利局、警察局")])
    ruled(s, "SN-FL-008", "flood_depth", s.t("07:11"), 40, L, level=">30", text="經貿路低窪處 淹水深度 38 cm")
    police(s, "TCPD-0802-0022", "flooding_report", (120.6597, 24.1828), s.t("07:05"), 200, L,
           "經貿路三段低窪路段積水約40公分", severity="Severe")
    police(s, "TCPD-0802-0024", "road_closure", (120.6597, 24.1828), s.t("07:09"), 220, L,
           "經貿路三段敦化路至中平路段封閉，請改道中清路", follows="TCPD-0802-0022")
    case119(s, "F1150802-0017", "rescue", (120.6595, 24.1824),
            [("dispatched", s.t("07:31"), 25, "經貿路三段積水路段 自小客熄火，駕駛受困車內"),
             ("on_scene", s.t("07:42"), 40, None), ("returning", s.t("08:06"), 60, "駕駛已救出，無人受傷"),
             ("closed", s.t("08:35"), 300, None)], L, "", severity="Moderate")
    C = "cps01_cabinet_power"
    for sid, sec in [("SN-FL-003", 2), ("SN-FL-004", 3), ("SN-WL-002", 3), ("SN-FL-005", 5), ("SN-PK-005", 9)]:
        status(s, sid, "offline", s.t("07:25") + D(seconds=sec), 2, C, reason="mains_power_lost", alt=P)
    sig(s, "SN-FA-012", "fire_alarm", "fault", s.t("07:25:40"), 4, C, text="主電源停電，切換預備電源", alt=P)
    for sid in ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002"]:
        ruled(s, sid, "sensor_offline", s.t("07:46"), 20, C, text="超過預期回傳間隔未回傳", alt=P)
    T = "jingmao7_fallen_tree"
    case1999(s, "1999-1150802-00071", "fallen_tree", s.near("J6", 40), s.t("08:10"), 150, T,
             "經貿七路口路樹倒下來擋住兩個車道",
             updates=[(s.t("09:50"), 30, "結案", "建設局回報路樹已移除")])
    police(s, "TCPD-0802-0031", "fallen_object", "J6", s.t("08:19"), 180, T, "經貿路二段經貿七路口 路樹倒伏佔用兩車道")
    police(s, "TCPD-0802-0040", "fallen_object", "J6", s.t("09:41"), 120, T, "倒伏路樹清除完畢，恢復通行",
           severity="Minor", follows="TCPD-0802-0031")
    for sid, sec in [("SN-FL-003", 0), ("SN-FL-004", 1), ("SN-WL-002", 2), ("SN-FL-005", 2), ("SN-PK-005", 6)]:
        status(s, sid, "online", s.t("10:41") + D(seconds=sec), 3, C, alt=P)
    sig(s, "SN-FA-012", "fire_alarm", "normal", s.t("10:42"), 4, C, text="主電源恢復", alt=P)
    ruled(s, "SN-FL-008", "cleared", s.t("10:20"), 40, L, text="經貿路低窪處 淹水深度回降至 3 cm")
    police(s, "TCPD-0802-0049", "road_reopened", (120.6597, 24.1828), s.t("10:35"), 150, L, "經貿路三段積水已退，解除封閉",
           severity="Minor", follows="TCPD-0802-0024")
    s.background_traffic(3, s.t("08:30"), 3, "1635")
    s.inc(P, "flood", "中央公園滯洪池蓄水與南池水位達二級警戒(監看)", "rule/water_level/SN-WL-002/3@2026-08-01T22:00:00Z")
    s.inc(L, "flood", "經貿路三段低窪淹水、封路、車輛受困救出", "rule/flood_depth/SN-FL-008/16-30@2026-08-01T22:31:00Z")
    s.inc(C, "infrastructure", "南區機櫃(GW-CPS-01)所在饋線停電：池區感測器與南停車場離線，B區住宅面板主電源中斷",
          "SN-FL-003/status@2026-08-01T23:25:02Z")
    s.inc(T, "traffic", "經貿七路口路樹倒塌", "1999-1150802-00071")
    s.alternative("北池只有1-15 cm，是滯洪池正常蓄水，不算；南機櫃停電是池區監測的一部分(同一件汛期工作)，不另開設施故障工作",
                  drop=[C])
    s.debatable = ["Detention ponds filling is their design; the truth still runs them as one watched flood job from warning "
                   "level 3. North ponds at 6-9 cm are noise in the alternative.",
                   "The south cabinet's power cut and block B's panel on mains-lost: its own infrastructure job in the truth "
                   "(Taipower and the contractor are called), part of the pond job in the alternative.",
                   "The 經貿路 low point is 300 m from pond 3 yet a street flood with its own closure and rescue: kept apart in both."]
    return s


def s1636():
    s = Situation(1636, "night_market_theft_fight_crash", "2026-10-10",
                  "國慶夜市(許可延長至23:00)於河南路停車場：人潮車流、違停與噪音；扒竊案後續查獲；攤商拉扯送醫；河南中平路口擦撞。")
    s.story = ("A National Day night market in the Henan Rd car park, amended to close at 23:00. The car park was closed to cars, "
               "中平路 and 河南路 slowed and callers complained of parking on red lines. Police took a pickpocketing report "
               "and followed it to an arrest; two vendors came to blows over pitch boundaries and one went to hospital; "
               "at 22:05 a scooter and a car collided at 河南路/中平路, 400 m away, and late packing-up noise reached the "
               "campus dorms.")
    M = "night_market"
    permit(s, "PE-1150925-0388", "market", "henan_car_park", s.t("16:00"), s.t("22:00"), s.t("15:10", -15), M,
           "水湳國慶夜市 河南路停車場 攤位120攤，預估人潮8,000人", radius=250,
           versions=[("amended", s.t("11:30", -2), s.t("16:00"), s.t("23:00"), None, 300, "變更：延長至23:00，管制範圍擴大至中平路口")])
    sig(s, "SN-PK-003", "parking", "closed", s.t("15:40"), 30, M, text="河南路停車場 供夜市使用暫停開放")
    ruled(s, "SN-VD-HENAN-02", "congestion", s.t("18:11"), 30, M, text="河南路車輛偵測器2 平均車速 10 km/h")
    ruled(s, "SN-VD-ZHONGPING-01", "congestion", s.t("18:16"), 35, M, text="中平路車輛偵測器1 平均車速 12 km/h")
    for i, (t0, tx) in enumerate([("18:32", "夜市附近中平路紅線都停滿車，公車進不了站"), ("18:50", "有人把車停在我家車庫門口，出不去"),
                                  ("19:41", "河南路上並排停車，整條塞住")]):
        case1999(s, "1999-1151010-%05d" % (512 + i * 7), "illegal_parking", s.near((120.6515, 24.1712), 150), s.t(t0),
                 120, M, tx, alt=None)
    police(s, "TCPD-1010-0140", "crowd_control", "henan_car_park", s.t("19:20"), 180, M,
           "夜市人潮約8,000人，中平路側人行道擁擠，派員疏導", severity="Minor")
    T = "market_pickpocket"
    police(s, "TCPD-1010-0151", "theft", s.near("henan_car_park", 40), s.t("20:05"), 400, T, "民眾於夜市攤位前遭扒竊錢包",
           severity="Minor")
    police(s, "TCPD-1010-0163", "theft", "henan_car_park", s.t("20:52"), 200, T, "調閱夜市監視器，鎖定一名男性嫌犯",
           severity="Minor", follows="TCPD-1010-0151")
    police(s, "TCPD-1010-0179", "theft", "henan_car_park", s.t("21:41"), 200, T, "扒竊嫌犯於夜市出口查獲，帶回偵辦",
           severity="Minor", follows="TCPD-1010-0151")
    V = "vendor_fight"
    police(s, "TCPD-1010-0172", "public_disturbance", s.near("henan_car_park", 30), s.t("21:15"), 150, V,
           "兩攤商因攤位界線發生口角拉扯，一人頭部流血")
    case119(s, "F1151010-0244", "ambulance", s.near("henan_car_park", 30),
            [("dispatched", s.t("21:22"), 20, "河南路停車場夜市 男子頭部撕裂傷，與人拉扯受傷"),
             ("on_scene", s.t("21:30"), 30, None), ("returning", s.t("21:51"), 45, "送中國醫藥大學附設醫院"),
             ("closed", s.t("22:33"), 300, None)], V, "")
    police(s, "TCPD-1010-0181", "public_disturbance", "henan_car_park", s.t("21:46"), 120, V, "雙方帶回派出所製作筆錄",
           severity="Minor", follows="TCPD-1010-0172")
    X = "j10_crash"
    sig(s, "SN-CCTV-010", "cctv", "accident", s.t("22:05"), 12, X, confidence=0.83)
    police(s, "TCPD-1010-0190", "accident", "J10", s.t("22:06"), 180, X, "河南路中平路口 機車與自小客碰撞，無人受傷",
           severity="Minor")
    case1999(s, "1999-1151010-00601", "traffic_accident", s.near("J10", 40), s.t("22:07"), 90, X, "河南路中平路口有車禍，機車倒在路中間")
    police(s, "TCPD-1010-0196", "accident", "J10", s.t("22:41"), 100, X, "河南中平路口事故排除", severity="Minor",
           follows="TCPD-1010-0190")
    case1999(s, "1999-1151010-00633", "noise", s.near("fcu", 60), s.t("23:18"), 120, M, "夜市收攤搬貨很吵，宿舍都聽得到",
             updates=[(s.t("23:52"), 30, "已派工", "已轉環保局")])
    police(s, "TCPD-1010-0205", "crowd_control", "henan_car_park", s.t("23:12"), 120, M, "夜市結束，人潮散去，解除管制",
           severity="Minor", follows="TCPD-1010-0140")
    sig(s, "SN-PK-003", "parking", "empty", s.t("23:58"), 30, M, text="河南路停車場 恢復開放 車位全空")
    s.background_traffic(6, s.t("16:00"), 8, "1636")
    s.inc(M, "crowd", "夜市人潮、車流、違停與收攤噪音", "TCPD-1010-0140")
    s.inc(T, "public_safety", "夜市扒竊案，嫌犯查獲", "TCPD-1010-0151")
    s.inc(V, "public_safety", "攤商拉扯傷人送醫", "TCPD-1010-0172")
    s.inc(X, "traffic", "河南中平路口擦撞", "SN-CCTV-010/cctv/accident@2026-10-10T14:05:00Z")
    s.alternative("夜市周邊違停是交通局/警察的例行取締，不屬夜市工作(背景)", replace=[])
    s.debatable = ["The three illegal-parking calls around the market: the market's job in the truth, routine enforcement "
                   "(background) in the alternative.",
                   "The fight's ambulance is the fight's job (a crime's victim), not a separate rescue."]
    return s


if __name__ == "__main__":
    for f in (s1631, s1632, s1633, s1634, s1635, s1636):
        sit = f()
        n = sit.write()
        print(sit.num, sit.short, n, "items", len(sit.incidents), "incidents")
