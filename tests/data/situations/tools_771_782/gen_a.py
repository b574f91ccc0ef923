"""Situations 771-776."""
from lib import *


def s771():
    s = Sit(771, "one_cell_two_underpasses", "2026-05-21",
            "一個雷雨胞同時淹了兩個相距約3.5公里的地下道（中清環中、臺灣大道環中）：兩件獨立的淹水案，雨量警報遍地但本身不成案。", 7711)
    A, B = "zq_underpass", "tb_underpass"
    s.rain("rg2a", "SN-RG-002", "大雨", "15:05", 1)
    s.rain("c0a", "C0F9T0", "豪雨", "15:08", 2)
    s.rain("rg1a", "SN-RG-001", "大雨", "15:10", 1)
    s.panel("fa6", "SN-FA-006", "fault", "15:11", 0.5, "2F 偵煙探測器迴路斷線", None)
    s.call("lamp", "streetlight", JM_LM, "15:12", 4, "經貿路黎明路口有一盞路燈一直閃，麻煩派人來修", None)
    s.flood("fl10a", "SN-FL-010", "16-30", "15:16", 1, B)
    s.flood("fl6a", "SN-FL-006", "16-30", "15:18", 1, A)
    s.rain("rg2b", "SN-RG-002", "豪雨", "15:20", 1)
    s.f119("r1", "rescue", off(ZQ_HZ, 15, -40), "15:21", 1, "中清路環中路口地下道積水，自小客車拋錨，駕駛受困車內", A)
    s.cctv("cc9", "SN-CCTV-009", "flooding", 0.74, "15:21", 0.5, "路面積水", B)
    s.call("c1", "flooding", ZQ_HZ, "15:22", 3, "中清路環中路那個地下道整個淹起來了，有車子開進去熄火，還有人一直往裡面開", A, dmin=60, dmax=250)
    s.cctv("cc8", "SN-CCTV-008", "stalled_vehicle", 0.81, "15:24", 0.5, "地下道內車輛停滯", A)
    s.flood("fl10b", "SN-FL-010", ">30", "15:24", 1, B)
    s.police("p1", "stalled_vehicle", "Moderate", off(ZQ_HZ, 10, -35), "15:25", 9,
             "中清環中地下道積水約40公分，自小客車1輛熄火，駕駛已自行脫困，請求拖吊", A)
    s.flood("fl6b", "SN-FL-006", ">30", "15:26", 1, A)
    s.call("c2", "flooding", TB_HZ, "15:28", 4, "臺灣大道往環中路的地下道淹水了，機車騎不過去，大家都在迴轉", B, dmin=80, dmax=280)
    s.congestion("vdh3", "SN-VD-HUANZHONG-03", "15:30", 1, A)
    s.police("p2", "flooding_report", "Severe", off(TB_HZ, 120, 90), "15:33", 14,
             "臺灣大道環中路口地下道積水逾30公分，已派員管制", B)
    s.congestion("vdz1", "SN-VD-ZHONGQING-01", "15:34", 1, A)
    s.police("p3", "road_closure", "Moderate", off(ZQ_HZ, -20, 30), "15:35", 6, "中清環中地下道雙向封閉，車輛改行平面道路", A)
    s.dup("c1", 18)
    s.congestion("vdh4", "SN-VD-HUANZHONG-04", "15:40", 1, B)
    s.call("park", "illegal_parking", JM_HZ, "15:40", 6, "轉運站旁邊紅線一直有車臨停接人，公車都進不去", None)
    s.status("vdk2off", "SN-VD-KAIXUAN-02", "offline", "15:50", 0.2, None)
    s.status("vdk2on", "SN-VD-KAIXUAN-02", "online", "15:53", 0.2, None)
    s.call("c3", "flooding", TB_HZ, "16:20", 5, "臺灣大道環中路那個地下道現在還不能走嗎？要繞好遠", B, dmin=100, dmax=300)
    s.call("c4", "flooding", ZQ_HZ, "16:35", 3, "一個多小時前打過，中清環中的地下道到現在還封著，水到底退了沒", A, dmin=100, dmax=300, follows="c1")
    s.cleared("fl10c", "SN-FL-010", "16:40", 1, B)
    s.cleared("fl6c", "SN-FL-006", "16:50", 1, A)
    s.congestion("vdl1", "SN-VD-LIMING-01", "17:40", 1, None, sev="Minor")
    s.incident(A, "flood", "中清路/環中路地下道淹水逾30公分，車輛熄火、119到場、警方封閉地下道，後方回堵。", "fl6a")
    s.incident(B, "flood", "臺灣大道/環中路口地下道淹水逾30公分，警方管制，環中路回堵。", "fl10a")
    s.notes = "兩地下道相距約3.5公里、同一雨胞同時發生，各自派工；雨量警報、面板故障、路燈、違停、VD斷線與傍晚車多皆為背景。"
    s.write()


def s772():
    s = Sit(772, "henan_floods_twice", "2026-06-03",
            "河南路低窪處第一個雨胞淹水後退去、案件結束；兩小時內第二個雨胞又淹同一段路。", 7721)
    A, B = "henan_cell1", "henan_cell2"
    HN = pos("SN-FL-007")
    pk_start = s.t("09:00"); pk_end = s.t("17:00")
    s.permit("works", "road_works", off(JM_ZP, -300, -60), pk_start, pk_end, s.t("08:10", -2),
             "中平路人行道改善工程，半側車道縮減", None)
    s.rain("rg1a", "SN-RG-001", "大雨", "14:45", 1)
    s.flood("fl7a", "SN-FL-007", "16-30", "14:52", 1, A, alt="henan")
    s.call("c1", "flooding", HN, "14:58", 3, "河南路停車場前面淹水，水到輪胎一半了", A, dmin=30, dmax=150, alt="henan")
    s.call("d1", "blocked_drain", HN, "15:02", 4, "河南路停車場出口的水溝蓋都被樹葉塞住，水排不掉", A, dmin=40, dmax=120, alt="henan")
    s.police("p1", "flooding_report", "Moderate", off(HN, -30, 20), "15:05", 11, "河南路停車場前路段積水約20公分，車輛減速通行", A, alt="henan")
    s.call("noise", "noise", pos("SN-FL-005"), "15:30", 3, "公園旁邊有人在放很大聲的音樂，下雨天也在放", None, dmin=100, dmax=250)
    s.cleared("fl7c", "SN-FL-007", "15:48", 1, A, alt="henan")
    s.police("p2", "flooding_report", "Minor", off(HN, -25, 25), "15:55", 4, "河南路積水已退，恢復通行，員警撤離", A, alt="henan", follows="p1")
    s.call("d2", "blocked_drain", HN, "16:05", 3, "下午打過電話說河南路淹水，剛剛經過水是退了，但是那個水溝還是塞著，都是垃圾樹葉", A,
           dmin=40, dmax=150, alt="henan", follows="d1")
    s.call("clean", "環境清潔", off(HN, 150, 120), "16:10", 5, "公園旁邊人行道上好多被雨打下來的樹葉跟垃圾，走路很滑，請清潔隊來掃", None, exact=True)
    s.call("dog", "動物救援", pos("SN-PK-003"), "16:20", 6, "河南路停車場裡面有一隻小狗躲在車子底下發抖，好像是走失的", None, dmin=20, dmax=60)
    s.rain("rg1b", "SN-RG-001", "豪雨", "16:45", 1)
    s.rain("c0b", "C0F9T0", "大雨", "16:50", 2)
    s.flood("fl7d", "SN-FL-007", "16-30", "16:52", 1, B, alt="henan")
    s.call("c2", "flooding", HN, "16:58", 2, "河南路又淹了啦，比剛剛那一次還深，停車場車子出不來", B, dmin=30, dmax=200, alt="henan")
    s.wl("wl2", "SN-WL-002", "3", "17:00", 1, None)
    s.flood("fl7e", "SN-FL-007", ">30", "17:02", 1, B, alt="henan")
    s.flood("fl5", "SN-FL-005", "1-15", "17:05", 1, None)
    s.cctv("cc10", "SN-CCTV-010", "stalled_vehicle", 0.63, "17:08", 0.5, "路口車輛停滯", B, alt="henan")
    s.police("p3", "road_closure", "Severe", off(HN, -60, -40), "17:10", 7, "河南路(中平路至河南路停車場段)積水逾30公分，暫時封閉", B, alt="henan")
    s.congestion("vdhn2", "SN-VD-HENAN-02", "17:12", 1, B, alt="henan")
    s.dup("c2", 12)
    s.call("c3", "flooding", HN, "18:15", 3, "河南路到底什麼時候才會通？下午淹一次、現在又淹，水溝根本沒清", B, dmin=80, dmax=300, alt="henan")
    s.cleared("fl7f", "SN-FL-007", "18:30", 1, B, alt="henan")
    s.incident(A, "flood", "第一雨胞：河南路停車場前低窪處積水約20公分，水溝阻塞；15:48水退、警方撤離，但水溝未清。", "fl7a", also_alt=False)
    s.incident(B, "flood", "第二雨胞：同一低窪處再淹逾30公分，路段封閉、回堵至中平路口。", "fl7d", also_alt=False)
    s.incident("henan", "flood", "河南路低窪處整個下午的淹水（兩個雨胞、同一阻塞水溝）視為一案。", "fl7a", alt_only=True)
    s.alternative("第一次淹水在15:48水退、15:55警方撤離，案件可結；16:52再淹時已隔一小時，協調員多半另開新案。但同一阻塞水溝、同一路段、16:05民眾還在追水溝未清，也可視為同一案持續中。")
    s.notes = "南滯洪池第3級水位與滯洪池5的淺層淹水是滯洪池按設計蓄水，屬背景；施工許可、噪音、清潔、動物救援為背景。"
    s.write()


def s773():
    s = Sit(773, "lightning_power_dip_signals", "2026-06-10",
            "雷擊使黎明路旁變電箱冒煙、區域電壓驟降，三處號誌黑燈；同時相距不到200公尺的黎明凱旋低窪處淹水。", 7731)
    A, B, C = "signals_dark", "lk_flood", "transformer"
    XF = off(LM_KX, 210, 95)   # 黎明路三段 roadside transformer east of the junction
    FL9 = pos("SN-FL-009")
    s.panel("fa4", "SN-FA-004", "fault", "14:10", 0.5, "預備電源電壓不足", None)
    s.rain("rg2a", "SN-RG-002", "豪雨", "15:25", 1)
    s.rain("c0a", "C0F9T0", "大雨", "15:28", 3)
    s.signal("sg7", "SN-SIG-007", "fault", "15:32", 0.3, "號誌黑燈", A, alt="__same__")
    s.signal("sg2", "SN-SIG-002", "fault", "15:32:20", 0.3, "號誌黑燈", A)
    s.signal("sg1", "SN-SIG-001", "fault", "15:32:40", 0.3, "號誌黑燈", A)
    s.status("vdk1off", "SN-VD-KAIXUAN-01", "offline", "15:32", 0.2, A, alt=None)
    s.call("x1", "fire_smoke", XF, "15:33", 2, "黎明路這邊剛剛打雷，路邊那個電箱在冒煙，還有火花", C, dmin=30, dmax=90)
    s.cctv("cc7", "SN-CCTV-007", "signal_dark", 0.88, "15:33", 0.5, "號誌黑燈", A)
    s.f119("x2", "fire", XF, "15:34", 1, "黎明路三段路旁變電箱冒煙", C, exact=True)
    s.call("t1", "traffic_signal", LM_KX, "15:35", 3, "凱旋路黎明路口紅綠燈都不亮，車子亂鑽，很危險", A, dmin=30, dmax=150)
    s.police("p1", "traffic_signal_fault", "Moderate", off(LM_KX, 10, 10), "15:37", 8, "黎明路凱旋路口號誌無電，派員指揮交通", A)
    s.police("x3", "fire_report", "Moderate", off(XF, -15, 0), "15:38", 9, "黎明路三段路旁台電變電箱遭雷擊冒煙，已通報台電及消防", C)
    s.flood("fl9a", "SN-FL-009", "16-30", "15:40", 1, B)
    s.call("sl", "streetlight", off(LM_KX, 350, 120), "15:41", 4, "黎明路三段整排路燈都不亮了，天這麼暗很危險", A, exact=True, alt=None)
    s.cctv("cc7f", "SN-CCTV-007", "flooding", 0.66, "15:44", 0.5, "路面積水", B)
    s.call("f1", "flooding", FL9, "15:46", 3, "黎明路凱旋路口旁邊那個低的地方淹水了，機車熄火好幾台", B, dmin=30, dmax=120)
    s.police("p2", "stalled_vehicle", "Minor", off(FL9, 20, 15), "15:50", 10, "黎明路凱旋路口西側積水，機車2輛涉水熄火，已協助牽離", B)
    s.signal("sg2r", "SN-SIG-002", "restored", "15:51", 0.3, "恢復正常", A)
    s.signal("sg1r", "SN-SIG-001", "restored", "15:52", 0.3, "恢復正常", A)
    s.status("vdk1on", "SN-VD-KAIXUAN-01", "online", "15:55", 0.2, A, alt=None)
    s.f119("x4", "fire", XF, "15:58", 1, "現場無延燒，待台電人員處理，消防車返隊", C, exact=True)
    s.call("t2", "traffic_signal", LM_KX, "16:05", 2, "黎明路凱旋路口的紅綠燈還是沒亮，警察還在路口指揮", A, dmin=50, dmax=200, follows="t1")
    s.call("q", "other", off(KX_HZ, -120, -60), "16:12", 4, "請問明天垃圾車會不會因為下雨停收？", None, exact=True)
    s.dup("p1", 21)
    s.flood("fl9b", "SN-FL-009", "1-15", "16:20", 1, B)
    s.call("par", "illegal_parking", KX_HZ, "16:25", 5, "凱旋路環中路口有貨車一直停在公車站", None)
    s.signal("sg7r", "SN-SIG-007", "restored", "16:41", 0.3, "恢復正常", A)
    s.cleared("fl9c", "SN-FL-009", "16:45", 1, B)
    s.incident(A, "traffic", "雷擊電壓驟降：黎明凱旋、凱旋環中、台74環中三處號誌黑燈，警方指揮；黎明凱旋路口控制器故障至16:41才恢復。", "sg7")
    s.incident(B, "flood", "黎明路凱旋路口西側低窪處淹水16-30公分，機車熄火。", "fl9a")
    s.incident(C, "fire", "黎明路三段路旁變電箱遭雷擊冒煙，消防到場警戒、台電處理。", "x1")
    s.alternative("整排路燈熄滅與VD斷線雖是同一次電壓驟降，但屬路燈、設備維修的例行案件，協調員也可不併入號誌案。")
    s.notes = "綠美圖面板預備電源電壓不足（面板自身電池）、垃圾車詢問、違停、雨量警報皆為背景。"
    s.write()


def s774():
    s = Sit(774, "park_pond_overflows_into_carpark", "2026-06-14",
            "週日午後豪雨，中央公園北滯洪池滿溢，水沿步道流入地下停車場(北)；南側滯洪池依設計蓄水不成案。", 7741)
    A = "pond_carpark"
    PK4 = pos("SN-PK-004")
    ramp = off(PK4, -30, 25)
    s.permit("mkt", "event", off(pos("SN-FL-002"), -40, 60), s.t("10:00"), s.t("18:00"), s.t("09:00", -5),
             "中央公園週末市集，預估人潮3,000人", None)
    s.call("dbl", "illegal_parking", pos("SN-FA-004"), "14:30", 5, "綠美圖旁邊路邊一排車並排停車，公車過不去", None, dmin=60, dmax=200)
    s.rain("rg1a", "SN-RG-001", "大雨", "15:05", 1)
    s.rain("rg1b", "SN-RG-001", "豪雨", "15:15", 1)
    s.rain("rg2a", "SN-RG-002", "大雨", "15:15", 1)
    s.call("crowd", "crowding", pos("SN-FA-004"), "15:20", 4, "綠美圖門口擠滿躲雨的人，進出都很難走", None, dmin=20, dmax=80)
    s.wl("wl1a", "SN-WL-001", "3", "15:20", 1, A, alt=None)
    s.wl("wl1b", "SN-WL-001", "2", "15:35", 1, A, alt=None)
    s.flood("fl1a", "SN-FL-001", "16-30", "15:38", 1, A)
    s.wl("wl2a", "SN-WL-002", "3", "15:40", 1, None)
    s.flood("fl3", "SN-FL-003", "1-15", "15:42", 1, None)
    s.call("br", "公園路樹", off(pos("SN-FL-003"), 30, 120), "15:45", 6, "公園步道上有一根樹枝斷掉掛著，還沒掉下來，請派人處理", None, exact=True)
    s.wl("wl1c", "SN-WL-001", "1", "15:50", 1, A)
    s.flood("fl1b", "SN-FL-001", ">30", "15:52", 1, A)
    s.call("c1", "flooding", ramp, "15:55", 2, "中央公園地下停車場入口在進水，水從公園那邊一直流下來，車道都變成小河", A, dmin=20, dmax=80)
    s.flood("fl4", "SN-FL-004", "1-15", "15:58", 1, None)
    s.panel("fa7", "SN-FA-007", "fault", "16:02", 0.5, "B2泵浦室進水，排水泵浦過載", A)
    s.parking("pk4", "SN-PK-004", "16:10", 1, A)
    s.f119("amb", "ambulance", off(PK4, 10, -20), "16:15", 1, "中央公園地下停車場B2積水約50公分，1名民眾涉水取車滑倒，腳踝受傷", A)
    s.call("c2", "flooding", PK4, "16:18", 3, "我車停在公園地下停車場，現在下面淹水不能進去，要怎麼辦？", A, dmin=30, dmax=200)
    s.dup("c1", 14)
    s.call("c3", "other", PK4, "17:20", 4, "一個小時前就說停車場淹水，現在還是不能取車，有沒有人在處理", A, dmin=40, dmax=250, follows="c2")
    s.wl("wl2b", "SN-WL-002", "3", "17:25", 1, None, text="水位持平")
    s.cleared("wl1d", "SN-WL-001", "17:30", 1, A)
    s.incident(A, "flood", "北滯洪池超過一級警戒滿溢，水流入中央公園地下停車場(北)B2，泵浦過載、停車場封閉、民眾取車受傷送醫。", "wl1c")
    s.alternative("北滯洪池第3、2級水位是滯洪池依設計蓄水，尚未成案前也可視為背景；一級警戒後才屬本案。")
    s.notes = "南滯洪池第3級、滯洪池3、4的淺層積水是設計中的蓄洪；市集許可、躲雨人潮、公園斷枝、並排停車為背景。"
    s.write()


def s775():
    s = Sit(775, "jingmao_stalled_cars_queue", "2026-05-28",
            "下班尖峰的雷雨使經貿路三段低窪處淹水，多輛車熄火受困，車陣回堵數百公尺，回堵車陣中另發生追撞。", 7751)
    A, B = "jm_flood", "rear_end"
    FL8 = pos("SN-FL-008")
    crash = off(pos("SN-VD-JINGMAO-02"), -20, 95)
    s.panel("fa12", "SN-FA-012", "fault", "13:20", 0.5, "3F 偵煙探測器故障", None)
    s.rain("rg1a", "SN-RG-001", "豪雨", "16:55", 1)
    s.rain("rg3a", "SN-RG-003", "大雨", "17:00", 1)
    s.wl("wl3a", "SN-WL-003", "3", "17:00", 1, A)
    s.flood("fl8a", "SN-FL-008", "16-30", "17:02", 1, A)
    s.call("c1", "flooding", FL8, "17:06", 2, "經貿路三段靠近生態住宅那邊積水很深，好幾台車卡在水裡", A, dmin=40, dmax=200)
    s.f119("r1", "rescue", off(FL8, 15, 10), "17:09", 1, "經貿路三段積水，自小客車內有年長者無法自行下車", A)
    s.flood("fl8b", "SN-FL-008", ">30", "17:10", 1, A)
    s.wl("wl3b", "SN-WL-003", "2", "17:12", 1, A)
    s.police("p1", "stalled_vehicle", "Severe", off(FL8, -10, 20), "17:14", 8, "經貿路三段積水約50公分，自小客車3輛、機車5輛熄火", A)
    s.congestion("vdj2", "SN-VD-JINGMAO-02", "17:15", 1, A)
    s.call("c2", "flooding", off(FL8, 0, -250), "17:20", 3, "經貿路往中平路那段也都是水，汽車過去水花噴到人行道", A, dmin=20, dmax=80)
    s.call("a1", "traffic_accident", crash, "17:22", 3, "經貿路塞車有兩台車撞在一起，擋住一線", B, dmin=20, dmax=100)
    s.police("p2", "road_closure", "Severe", off(FL8, 0, 160), "17:25", 7, "經貿路三段(敦化路口至中平路口)積水封閉，車輛改道", A)
    s.police("a2", "accident", "Minor", crash, "17:24", 9, "經貿路三段北往南車陣中追撞，2車，無人受傷，已移置路邊", B)
    s.congestion("vdz2", "SN-VD-ZHONGQING-02", "17:35", 1, None, alt=A)
    s.call("par", "illegal_parking", pos("SN-FA-012"), "17:38", 5, "敦化路生態住宅門口有車停在消防通道上", None, dmin=20, dmax=80)
    s.dup("p1", 16)
    s.call("lamp", "streetlight", off(FL8, -60, 180), "17:45", 5, "經貿路三段有一盞路燈白天也一直亮著", None, exact=True)
    s.call("c3", "flooding", FL8, "18:20", 3, "經貿路三段的水退了沒？我車子還在裡面拖不出來", A, dmin=50, dmax=250, follows="c1")
    s.cleared("fl8c", "SN-FL-008", "18:40", 1, A)
    s.wl("wl3c", "SN-WL-003", "3", "18:45", 1, A, text="水位下降")
    s.incident(A, "flood", "經貿路三段低窪處積水逾30公分，區域排水二級警戒，多車熄火、119救出年長者，路段封閉、回堵。", "fl8a")
    s.incident(B, "traffic", "回堵車陣中兩車追撞（經貿路三段北段），無人受傷。", "a1")
    s.alternative("17:35中清路VD壅塞正值下班尖峰，也可能是經貿路封閉後改道車流造成；協調員可併入淹水案。")
    s.notes = "追撞雖因回堵而起，仍為警方另一個事故處理工作；面板單一故障、違停、白天亮燈路燈為背景。"
    s.write()


def s776():
    s = Sit(776, "blocked_drain_and_expo_exit", "2026-06-06",
            "週六會展中心展覽，雷雨使經貿七路口水溝阻塞積水；傍晚散場遇雨，轉運中心排班計程車人潮需警方疏導。", 7761)
    A, B, T = "j7_drain", "expo_exit", "expo_theft"
    FA2 = pos("SN-FA-002")
    s.permit("expo", "exhibition", FA2, s.t("10:00"), s.t("18:00"), s.t("10:00", -10),
             "臺中國際會展中心 國際工具機展，預估每日入場2萬人次", None)
    s.parking("pk6", "SN-PK-006", "11:20", 1, None)
    s.call("nz", "noise", FA2, "13:00", 6, "會展中心外面宣傳車一直繞，喇叭很吵", None, dmin=80, dmax=250)
    s.rain("rg2a", "SN-RG-002", "豪雨", "14:35", 1)
    s.rain("c0a", "C0F9T0", "大雨", "14:40", 2)
    s.call("d1", "blocked_drain", JM_J7, "14:50", 3, "會展中心對面經貿七路口的水溝蓋都被落葉塞住，水一直積", A, dmin=30, dmax=100)
    s.cctv("cc6", "SN-CCTV-006", "flooding", 0.58, "14:53", 0.5, "路面積水", A)
    s.call("c1", "flooding", JM_J7, "14:55", 2, "經貿路二段跟經貿七路口積水，行人過馬路都要踩水，水快淹到人行道", A, dmin=30, dmax=150)
    s.police("th", "theft", "Minor", off(FA2, 20, -10), "15:30", 20, "會展中心A館民眾手機疑遭竊，已受理", None, alt=T)
    s.call("d2", "blocked_drain", JM_J7, "15:40", 4, "經貿七路口的排水孔塞住了，雨停了水還是不退", A, dmin=40, dmax=200)
    s.call("o1", "other", JM_J7, "16:10", 3, "下午就打來說水溝塞住，怎麼到現在還沒有人來清，水都淹到人行道了", A, dmin=30, dmax=150, follows="d1")
    s.dup("d2", 9)
    s.parking("pk1", "SN-PK-001", "17:40", 1, B, alt=None)
    s.cctv("cc4", "SN-CCTV-004", "crowding", 0.7, "17:55", 0.5, "人群聚集", B)
    s.call("cr", "crowding", pos("SN-PK-001"), "18:08", 3, "轉運中心排計程車排到外面淋雨，人超多，都沒有人在管", B, dmin=30, dmax=120)
    s.police("p1", "crowd_control", "Minor", off(JM_HZ, -40, -60), "18:15", 8, "會展散場人潮，轉運中心前派員疏導", B)
    s.police("p2", "public_disturbance", "Minor", off(JM_HZ, -50, -70), "18:30", 12, "轉運中心計程車排班處民眾插隊口角，已排解", B)
    s.call("lamp", "streetlight", off(JM_J7, 60, -200), "19:10", 5, "經貿七路那邊有一盞路燈不亮", None, exact=True)
    s.incident(A, "flood", "經貿路二段/經貿七路口水溝被落葉阻塞，路口積水淹上人行道，民眾一再催促清溝。", "c1")
    s.incident(B, "crowd", "展覽散場遇雨，轉運中心計程車排班人潮擁擠，警方疏導並排解口角。", "cr")
    s.incident(T, "public_safety", "會展中心A館手機失竊（警方受理）。", "th", alt_only=True)
    s.alternative("會展失竊由轄區警方逕行受理，一般不是中心派工；但也可視為一件治安案件。轉運中心停車場滿位可能只是週六傍晚接送常態，不一定屬散場人潮。")
    s.notes = "展覽許可、上午會展停車場滿位（展覽日常態）、宣傳車噪音、單一路燈為背景。"
    s.write()


if __name__ == "__main__":
    for f in (s771, s772, s773, s774, s775, s776):
        f()
