"""Situations 257-262 (seeded; run from this folder)."""
import datetime as dt

from lib import S, Sit, inc, iso, off


# ---------------------------------------------------------------------------
def s257():
    s = Sit(257, "morning_after_cleanup_late", "2025-08-29", 257,
            "颱風過後的早上（清理與遲到的報案）：夜裡的 1999 案件 07:30 起才整批轉來（部分重送）、夜間 119 結案紀錄晚到、"
            "一台號誌控制器時鐘慢 8 小時（把 UTC 當本地時間）、警方後續報告比原報告先到。當下的工作：臺灣大道環中地下道積水未退、"
            "敦化路倒樹（夜裡就倒，早上仍擋路，清除作業許可）、黎明路招牌掉落、凱旋環中路口號誌熄滅。"
            "背景：昨夜已結案事件的尾巴、上班尖峰、清掃落葉陳情、鋸樹噪音。")
    U, T1, T2, SG = ("257A_underpass_taiwan_blvd_residual", "257B_tree_dunhua", "257C_signboard_liming",
                     "257D_dark_signal_kaixuan_huanzhong")
    FL10 = S("SN-FL-010")
    TREE = (120.6587, 24.1802)
    BOARD = (120.6505, 24.1942)

    u1 = s.flood("SN-FL-010", "05:28", 22, U, text="臺灣大道環中路口地下道 淹水深度 22 cm（16-30 cm 級距；夜間積水未退）")
    s.dup(u1, delay=300)
    pu = s.police("road_closure", "Moderate", off(FL10, -40, -20), "05:40",
                  "臺灣大道環中路口地下道積水未退，持續封閉，請改行平面道路", U)
    # skewed signal controller: stamps UTC wall time as if it were +08:00, i.e. 8 h early
    real = s.T("06:05")
    sg = s.signal("SN-SIG-002", "fault", "06:05", "凱旋路/環中路二段 控制器重新開機失敗，號誌全暗", SG,
                  observed=iso(real - dt.timedelta(hours=8)), arrival="06:05:09")
    s.cctv("SN-CCTV-002", "signal_dark", "06:07", 0.9, "凱旋路/環中路二段口 號誌燈號未亮", SG)
    t1 = s.c1999("fallen_tree", s.jit(TREE, 20), "06:15",
                 "敦化路往河南路方向有一棵大樹倒在路中間，車子要開到對向才過得去", T1)
    t2 = s.c1999("other", s.jit(BOARD, 20), "06:20", "黎明路上有一塊很大的招牌掉在人行道，還有一半在車道上", T2, delay=100)
    s.cctv("SN-CCTV-007", "fallen_object", "06:22", 0.64, "黎明路三段/凱旋路口 東側車道疑似掉落物", T2)
    s.c1999("other", s.jit(S("SN-SIG-002"), 40), "06:25", "凱旋路環中路口紅綠燈沒亮，大家都在搶，很危險", SG)
    # police: the original report is typed late, its follow-up arrives first
    pt = s.police("fallen_object", "Moderate", TREE, "06:30",
                  "敦化路（經貿路至大鵬路間）路樹倒伏佔用兩車道，壓損路邊機車1部，已設警示", T1, arrival="07:05")
    s.police("fallen_object", "Minor", TREE, "06:50", "敦化路倒樹：養工處已派員，預計 07:30 進場清除", T1,
             follows=pt, arrival="06:52")
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-002"), "06:40",
             "環中路二段凱旋路口號誌熄滅，派員指揮交通並通報交通局", SG)
    s.c1999("flooding", s.jit(FL10, 40), "06:40", "地下道還是積水，到底要封到什麼時候，早上上班很塞", U)
    s.police("fallen_object", "Minor", BOARD, "06:45", "黎明路三段（凱旋路口東側）招牌掉落於人行道及外側車道，已設警示，通知業者", T2)
    s.cctv("SN-CCTV-009", "stalled_vehicle", "06:50", 0.7, "臺灣大道/環中路口 車輛停滯", U)
    s.planned("road_works", TREE, "07:30", "10:30", "07:00",
              "敦化路倒樹清除作業（建設局養工處），封閉外側車道", T1)
    s.c1999("other", s.jit(BOARD, 30), "07:20", "黎明路那個招牌到底有沒有人要處理，機車要閃出去很危險", T2)

    # the night's 1999 queue, forwarded at 07:32; two cases re-sent
    n1 = s.c1999("other", s.jit(S("SN-FL-006"), 30), "00:40", "中清地下道那台泡水的車還在裡面，什麼時候要拖走",
                 None, arrival="07:32:10")
    n2 = s.c1999("fallen_tree", s.jit(TREE, 30), "02:10", "敦化路有樹倒下來壓到路邊的機車，路也擋住了", T1,
                 arrival="07:32:14")
    n3 = s.c1999("streetlight", s.jit(off(TREE, 0, 40), 20), "03:20", "敦化路那邊路燈全部不亮，倒下來的樹好像把路燈壓歪了", T1,
                 arrival="07:32:20")
    s.c1999("flooding", s.jit(FL10, 30), "04:05", "臺灣大道環中路地下道淹水，車子開到一半都在倒車", U, arrival="07:32:25")
    s.c1999("noise", (120.6590, 24.1836), "04:30", "樓上陽台的鐵皮被吹到一直響，整晚沒辦法睡", None, arrival="07:32:31")
    s.cleared("SN-FL-006", "01:05", "淹水深度回降至 2 cm", None, arrival="07:35")
    s.c1999("noise", s.jit(TREE, 60), "07:40", "一大早就在鋸樹，很吵，小孩都被吵醒了", None, alt=T1)
    s.congestion("SN-VD-HUANZHONG-02", "07:45", 16, 44, None)
    s.congestion("SN-VD-HUANZHONG-04", "07:47", 12, 55, None, sev="Moderate", alt=U)
    s.f119("rescue", s.jit(TREE, 10), "03:40", "敦化路路樹倒塌壓到機車，無人受傷，現場警戒後返隊（結案）", T1, arrival="07:50")
    s.dup(n2, arrival="07:58:02")
    s.dup(n3, arrival="07:58:05")
    s.dup(n1, arrival="07:58:09")
    s.congestion("SN-VD-JINGMAO-01", "08:00", 20, 35, None)
    s.flood("SN-FL-010", "08:10", 8, U)
    s.c1999("環境清潔", (120.6545, 24.1830), "08:15", "公園旁邊一堆樹枝落葉沒人掃，人行道都不能走", None)
    s.police("fallen_object", "Minor", BOARD, "08:30", "黎明路招牌已由業者移除", T2)
    s.c1999("環境清潔", (120.6525, 24.1935), "08:35", "黎明路上到處都是樹葉跟垃圾，颱風過後都沒人清", None)
    s.cleared("SN-FL-010", "08:40", "淹水深度回降至 3 cm", U)
    s.police("road_closure", "Minor", off(FL10, -40, -20), "08:55", "臺灣大道環中路口地下道抽水完畢，恢復通車", U, follows=pu)
    s.c1999("streetlight", (120.6530, 24.1790), "09:05", "逢甲水湳校區旁邊一支路燈不亮", None)
    s.signal("SN-SIG-002", "restored", "09:15", "號誌恢復正常", SG,
             observed=iso(s.T("09:15") - dt.timedelta(hours=8)), arrival="09:15:07")
    s.police("fallen_object", "Minor", TREE, "09:40", "敦化路倒樹已清除完畢，恢復通行", T1, follows=pt)

    incidents = [
        inc(U, "flood", "臺灣大道環中路口地下道夜間積水未退（22 cm），封閉到 08:55 抽乾。", u1),
        inc(T1, "traffic", "敦化路路樹倒塌擋兩車道、壓損機車、壓歪路燈；夜間 02:10 就有人報但 07:32 才轉到；今晨清除作業許可屬此案。", t1),
        inc(T2, "traffic", "黎明路三段招牌掉落人行道及外側車道。", t2),
        inc(SG, "traffic", "凱旋路環中路口號誌熄滅（控制器時鐘慢 8 小時，observed 寫成前一天 14:05Z）。", sg),
    ]
    alt = {"why": "寬的讀法：鋸樹噪音陳情是 T1 清除作業造成的，歸 T1；環中路車輛偵測器4 的壅塞是地下道封閉後的繞道車流，歸 U。",
           "incidents": incidents}
    s.write(incidents, alt, notes="中清地下道泡水車（00:40 建立）與 FL-006 解除警戒是昨夜已結案事件的尾巴，不開新案；"
                                  "03:40 的 119 結案紀錄是同一棵敦化路倒樹。")


# ---------------------------------------------------------------------------
def s258():
    s = Sit(258, "dense_exhibition_rain_evening", "2025-05-31", 258,
            "週六傍晚，會展中心展覽散場遇雨、流行影音中心晚上有演唱會，北側樞紐 400 m 內一連串互不相干的小事件："
            "散場人潮滯留、路口追撞、轉運中心手機失竊、綠美圖長者滑倒、會展 B 館火警誤報、公車拋錨、地下道短暫積水、演唱會違停。")
    I1, I2, I3, I4, I5, I6, I7, I8 = ("258A_exhibition_exit_crowd", "258B_rear_end_jingmao_huanzhong",
                                      "258C_phone_theft_hub", "258D_slip_fall_museumbrary",
                                      "258E_false_alarm_ticec_b", "258F_stalled_bus_zhongke",
                                      "258G_underpass_minor_water", "258H_concert_parking")
    s.planned("exhibition", S("SN-FA-002"), "10:00", "18:00", "-5 09:00",
              "臺中國際會展中心 A、B館『智慧城市展』最終日，預估參觀 3.5 萬人次", I1)
    s.planned("concert", S("SN-FA-006"), "19:30", "22:00", "-3 10:00",
              "臺中流行影音中心 戶外展演空間 演唱會，預估 6,000 人", I8)
    s.rain("SN-RG-002", "16:30", "大雨", "1 小時雨量 40 mm")
    s.congestion("SN-VD-HUANZHONG-02", "16:40", 19, 37, None)
    s.parking("SN-PK-006", "17:20", "會展中心停車場 汽車位已滿（0/800）", I1)
    s.parking("SN-PK-001", "17:35", "水湳轉運中心停車場 汽車位已滿（0/614）", None)
    s.cctv("SN-CCTV-005", "crowding", "17:52", 0.81, "經貿路二段/黎明路三段 人行道人群聚集（standing）", I1)
    i1 = s.c1999("crowding", s.jit(S("SN-FA-002"), 40), "17:58", "會展中心散場大家都擠在門口躲雨，人行道根本走不過去", I1)
    s.police("crowd_control", "Moderate", off(S("SN-FA-002"), 0, 60), "18:04",
             "會展中心散場遇雨，A館出口人潮滯留於騎樓及經貿路人行道，派員疏導並協調加開接駁車", I1)
    s.cctv("SN-CCTV-005", "crowding", "18:10", 0.88, "經貿路二段/黎明路三段 人行道人群聚集（standing）", I1)
    i2 = s.police("accident", "Minor", off(S("SN-SIG-004"), -20, -15), "18:12",
                  "經貿路二段環中路口 自小客車追撞，無人受傷，車輛已移置路邊", I2)
    s.cctv("SN-CCTV-004", "accident", "18:13", 0.55, "經貿路二段/環中路二段 疑似事故", I2)
    s.congestion("SN-VD-JINGMAO-01", "18:22", 14, 46, I2)
    i4 = s.f119("ambulance", off(S("SN-FA-004"), 0, -30), "18:25", "臺中綠美圖入口 長者雨天滑倒 頭部撞傷流血 意識清楚", I4)
    s.c1999("other", s.jit(S("SN-FA-004"), 30), "18:27", "綠美圖門口有阿嬤跌倒，頭在流血，地板好滑", I4)
    s.c1999("streetlight", (120.6530, 24.1951), "18:30", "黎明路有一支路燈不亮，編號 XT-10233", None)
    i3 = s.police("theft", "Minor", off(S("SN-FA-001"), 10, -10), "18:40", "水湳轉運中心候車區 旅客手機遭竊，已調閱監視器", I3)
    s.upd119(i4, "18:45", "傷者送往澄清醫院中港院區", I4, 1)
    i5 = s.fire("SN-FA-003", "alarm", "18:50", "B館 1F 餐飲區 偵熱探測器動作", I5)
    f5 = s.f119("fire", S("SN-FA-003"), "18:51", "臺中國際會展中心 B館 火警受信總機動作；派遣水湳分隊", I5)
    s.c1999("fire_smoke", s.jit(S("SN-FA-003"), 40), "18:53", "會展中心警鈴在響，大家都在往外跑，不知道是不是火災", I5)
    s.police("theft", "Minor", off(S("SN-FA-001"), 10, -10), "18:55", "轉運中心手機竊案嫌犯已查獲，手機發還", I3, follows=i3)
    s.upd119(f5, "19:02", "現場確認為餐飲攤位蒸氣觸發，誤報，返隊", I5, 1)
    s.fire("SN-FA-003", "normal", "19:05", "復歸", I5)
    s.cctv("SN-CCTV-003", "stalled_vehicle", "19:05", 0.77, "中科路/環中路二段 車輛停滯", I6)
    i6 = s.police("stalled_vehicle", "Minor", off(S("SN-SIG-003"), 0, -20), "19:12",
                  "公車於中科路環中路口拋錨佔用內側車道，已通知客運公司拖吊", I6)
    i7 = s.flood("SN-FL-006", "19:18", 9, I7, alt=None)
    s.signal("SN-SIG-005", "fault", "19:20", "經貿路二段/黎明路三段 號誌閃爍異常", None)
    s.signal("SN-SIG-005", "restored", "19:21", "號誌恢復正常", None)
    s.status("SN-CCTV-001", "offline", "19:25", None)
    s.status("SN-CCTV-001", "online", "19:28", None)
    i8 = s.c1999("illegal_parking", (120.6532, 24.1858), "19:40", "中科路兩邊都是來看演唱會的車，雙排停車，公車都過不去", I8)
    s.police("stalled_vehicle", "Minor", off(S("SN-SIG-003"), 0, -20), "19:40", "拋錨公車已拖離，恢復通行", I6, follows=i6)
    s.c1999("illegal_parking", (120.6510, 24.1852), "19:48", "流行影音中心旁邊巷子亂停車，擋住我家車庫出不去", I8)
    s.cleared("SN-FL-006", "19:55", "淹水深度回降至 1 cm", I7, alt=None)
    s.police("crowd_control", "Minor", (120.6528, 24.1856), "20:05", "演唱會周邊交通疏導，取締違規停車並拖吊 6 部", I8)
    s.congestion("SN-VD-LIMING-01", "20:30", 21, 33, None)
    s.c1999("other", s.jit(S("SN-FA-001"), 20), "20:50", "轉運中心廁所沒有衛生紙了", None)
    s.c1999("noise", (120.6550, 24.1835), "21:10", "流行影音中心演唱會音響太大聲，小孩都睡不著", I8, alt=None)

    incidents = [
        inc(I1, "crowd", "會展散場遇雨，A 館出口與經貿路人行道人潮滯留（展覽許可、停車場滿為佐證）。民眾報人行道無法通行時成案。", i1),
        inc(I2, "traffic", "經貿路二段環中路口追撞，無人受傷。", i2),
        inc(I3, "public_safety", "轉運中心手機竊案，嫌犯查獲。", i3),
        inc(I4, "rescue", "綠美圖入口長者滑倒頭部受傷送醫。", i4),
        inc(I5, "fire", "會展 B 館火警總機動作，消防到場確認蒸氣誤報。", i5),
        inc(I6, "traffic", "公車於中科路環中路口拋錨，拖離。", i6),
        inc(I7, "flood", "中清環中地下道短暫 9 cm 積水，37 分鐘退去，無人報案：值班會開小案監看。", i7),
        inc(I8, "crowd", "演唱會周邊違規停車、公車受阻，警方疏導拖吊（演唱會許可與音量陳情為佐證）。", i8),
    ]
    alt = {"why": "嚴的讀法：地下道 9 cm、半小時退去、沒有任何報案，不構成派工；演唱會音量陳情是環保噪音案，不屬交通疏導。",
           "incidents": [x for x in incidents if x["label"] != I7]}
    s.write(incidents, alt, notes="轉運中心停車場滿是週六常態，背景。")


# ---------------------------------------------------------------------------
def s259():
    s = Sit(259, "thunderstorm_three_close_north", "2025-08-12", 259,
            "午後雷陣雨，北側環中路–黎明路–凱旋路一帶 400 m 內同時四件不相干的事：黎明凱旋低窪處淹水（車輛熄火）、"
            "黎明路行道樹倒塌、凱旋環中路口號誌遭雷擊熄滅（攝影機同時斷線）、台74下匝道雨天追撞機車。來電者常把它們混在一起。")
    F, T, SG, C = ("259A_liming_kaixuan_flood", "259B_tree_liming", "259C_dark_signal_kaixuan_huanzhong",
                   "259D_crash_t74_ramp")
    LK = S("SN-FL-009")
    TREE = (120.6495, 24.1938)
    CR = off(S("SN-SIG-001"), 20, -25)
    s.rain("SN-RG-002", "15:35", "大雨", "1 小時雨量 58 mm")
    s.congestion("SN-VD-HUANZHONG-02", "15:40", 20, 34, None)
    sg = s.signal("SN-SIG-002", "fault", "15:46:20", "凱旋路/環中路二段 雷擊後控制器無回應，號誌全暗", SG)
    s.status("SN-CCTV-002", "offline", "15:46:30", SG, reason="device_fault")
    s.status("SN-CCTV-002", "online", "15:48", SG)
    s.cctv("SN-CCTV-002", "signal_dark", "15:49", 0.86, "凱旋路/環中路二段口 號誌燈號未亮", SG)
    s.rain("C0F9T0", "15:50", "大雨", "1 小時雨量 47 mm")
    s.flood("SN-FL-009", "15:52", 12, F)
    t1 = s.c1999("fallen_tree", s.jit(TREE, 15), "15:55", "黎明路凱旋路口附近有一棵樹被風吹倒，壓在機車道上", T)
    s.cctv("SN-CCTV-007", "fallen_object", "15:57", 0.69, "黎明路三段/凱旋路口 東側車道疑似掉落物", T)
    s.c1999("other", s.jit(S("SN-SIG-002"), 40), "15:58", "環中路凱旋路口紅綠燈都不亮，車子亂開", SG)
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-002"), "16:00", "環中路二段凱旋路口號誌全暗（疑雷擊），派員指揮交通", SG)
    f1 = s.flood("SN-FL-009", "16:02", 24, F)
    s.c1999("flooding", s.jit(LK, 30), "16:04", "黎明路跟凱旋路那邊淹水了，水溝都在冒泡泡", F)
    pt = s.police("fallen_object", "Moderate", TREE, "16:05", "黎明路三段（凱旋路口東側）行道樹倒塌，佔用慢車道及外側車道", T)
    s.c1999("flooding", s.jit(S("SN-SIG-007"), 20), "16:08", "凱旋路口那邊好多水，還有一棵樹倒了，是不是一起的？", F)
    s.c1999("flooding", (120.6468, 24.1925), "16:12", "黎明路靠環中路那邊，我機車騎到一半熄火了，水到小腿", F)
    s.flood("SN-FL-009", "16:15", 37, F)
    pf = s.police("flooding_report", "Severe", LK, "16:18",
                  "黎明路凱旋路口西南側低窪處積水約35公分，自小客車1部熄火受困，駕駛已自行下車", F)
    s.police("stalled_vehicle", "Minor", off(LK, 10, 5), "16:20", "積水處熄火自小客車待拖吊", F, follows=pf)
    s.cctv("SN-CCTV-007", "flooding", "16:22", 0.62, "黎明路三段/凱旋路口 西南側車道積水", F)
    s.c1999("noise", (120.6460, 24.1905), "16:30", "打雷把隔壁的狗嚇得一直叫，叫了半小時", None)
    s.police("injury_accident", "Moderate", CR, "16:38",
                  "台74線下匝道接環中路二段 自小客車雨天打滑追撞機車，機車騎士倒地受傷", C, alt=SG)
    amb = s.f119("ambulance", CR, "16:39", "台74線下匝道環中路口 車禍 機車騎士1人受傷", C, alt=SG)
    s.c1999("traffic_accident", s.jit(S("SN-SIG-002"), 20), "16:41",
            "環中路凱旋路口紅綠燈不亮然後有車禍，有人倒在地上", C, alt=SG)
    s.cctv("SN-CCTV-001", "accident", "16:43", 0.58, "台74線/環中路二段 疑似事故", C, alt=SG)
    s.police("fallen_object", "Minor", TREE, "16:50", "黎明路倒樹已由養工處移除", T, follows=pt)
    s.status("SN-VD-KAIXUAN-01", "offline", "16:55", None)
    s.status("SN-VD-KAIXUAN-01", "online", "16:58", None)
    s.upd119(amb, "17:05", "傷者左腳擦挫傷，送往中國醫藥大學附設醫院", C, 1, alt=SG)
    s.c1999("illegal_parking", (120.6500, 24.1950), "17:10", "黎明路上有一台貨車停在公車站牌前面", None)
    s.signal("SN-SIG-002", "restored", "17:20", "號誌恢復正常", SG)
    s.flood("SN-FL-009", "17:30", 14, F)
    s.c1999("streetlight", (120.6482, 24.1948), "17:40", "凱旋路一支路燈不亮", None)
    s.cleared("SN-FL-009", "17:55", "淹水深度回降至 4 cm", F)

    incidents = [
        inc(F, "flood", "黎明凱旋路口西南側低窪處淹水 12→37 cm，自小客車熄火待拖吊。", f1),
        inc(T, "traffic", "黎明路三段行道樹倒塌（距淹水點約 220 m），佔用慢車道與外側車道。", t1),
        inc(SG, "traffic", "凱旋環中路口號誌遭雷擊熄滅（距淹水點約 400 m），同路口攝影機斷線 2 分鐘。", sg),
        inc(C, "traffic", "台74 下匝道接環中路（距熄滅號誌約 90 m）雨天追撞機車，騎士受傷；號誌正常的另一路口。", amb),
    ]
    alt = {"why": "追撞點距熄滅的凱旋環中路口不到 100 m，也可讀成號誌熄滅造成的同一件路口事件（同一組員警處理）。",
           "incidents": [x for x in incidents if x["label"] != C]}
    s.write(incidents, alt, notes="16:08 的來電同時講淹水與倒樹，主訴是淹水，歸 F。")


# ---------------------------------------------------------------------------
def s260():
    s = Sit(260, "typhoon_rivers_drainage", "2025-10-03", 260,
            "颱風豪雨白天：筏子溪、旱溪水位依序達三級→二級（筏子溪到一級）、沿岸勸導撤離；水湳區域排水經貿路段三級→一級警戒並溢流，"
            "經貿路三段低窪處淹水、社區地下室進水；臺灣大道環中地下道淹水，小貨車受困、駕駛爬上車頂被救出。演唱會因颱風取消。")
    R1, R2, D, D1, D2, U, U2 = ("260A_fazi_river", "260B_han_river", "260C_jingmao_drainage_flood",
                                "260C1_drainage_overtopping", "260C2_jingmao_street_flood",
                                "260D_underpass_taiwan_blvd", "260D2_underpass_rescue")
    FL8, FL10 = S("SN-FL-008"), S("SN-FL-010")
    s.planned("concert", S("SN-FA-006"), "19:00", "22:00", "09:10",
              "臺中流行影音中心 演唱會（已核准）— 因颱風取消（cancelled）", None)
    s.rain("C0F9T0", "08:00", "豪雨", "3 小時累積雨量 126 mm")
    s.rain("SN-RG-001", "09:30", "豪雨", "3 小時累積雨量 133 mm")
    r1 = s.wlevel("SN-WL-004", "10:20", 3, 97.35, R1)
    s.rain("C0F9T0", "11:00", "大豪雨", "24 小時累積雨量 388 mm")
    r2 = s.wlevel("SN-WL-005", "11:10", 3, 111.25, R2)
    s.wlevel("SN-WL-004", "11:40", 2, 98.02, R1)
    s.c1999("other", (120.6210, 24.1712), "11:55", "筏子溪水好高，快淹到堤防上面了，我們住河邊的要不要撤", R1)
    s.c1999("other", (120.6540, 24.1830), "12:00", "颱風天明天到底要不要上班上課？", None)
    s.police("road_closure", "Moderate", (120.6215, 24.1705), "12:10",
             "筏子溪西屯段河川高水位，封閉河濱道路及高灘地停車場，勸導民眾遠離河堤", R1)
    s.status("SN-RG-003", "offline", "12:15", None)
    s.status("SN-RG-003", "online", "12:19", None)
    s.rain("SN-RG-003", "12:30", "大豪雨", "24 小時累積雨量 361 mm")
    d1 = s.wlevel("SN-WL-003", "12:40", 3, 1.45, D, alt=D1)
    s.wlevel("SN-WL-005", "12:50", 2, 111.9, R2)
    s.c1999("other", (120.6940, 24.1862), "13:05", "旱溪那邊水很急，橋下的便道已經淹了", R2)
    s.wlevel("SN-WL-004", "13:10", 1, 98.71, R1)
    s.wlevel("SN-WL-003", "13:20", 2, 1.86, D, alt=D1)
    s.police("other", "Severe", (120.6225, 24.1720), "13:25",
             "筏子溪沿岸低窪住戶勸導撤離 12 戶 30 人至里活動中心安置", R1)
    d2 = s.flood("SN-FL-008", "13:30", 18, D, alt=D2)
    s.c1999("flooding", s.jit(FL8, 40), "13:35", "經貿路旁邊的排水溝滿出來了，水一直漫到路上", D, alt=D2)
    s.c1999("flooding", s.jit(off(FL8, 0, 200), 40), "13:42", "經貿路淹水，車子都開很慢，有的在迴轉", D, alt=D2)
    s.flood("SN-FL-008", "13:50", 34, D, alt=D2)
    s.police("flooding_report", "Severe", FL8, "13:55",
             "經貿路三段低窪處積水約35公分，區域排水溢堤，封閉經貿路三段", D, alt=D2)
    s.police("road_closure", "Severe", off(FL8, 0, 140), "13:57", "經貿路三段（敦化路至大鵬路）雙向封閉", D, alt=D2)
    s.congestion("SN-VD-JINGMAO-02", "14:10", 7, 60, D, sev="Moderate", alt=D2)
    s.wlevel("SN-WL-003", "14:20", 1, 2.23, D, alt=D1)
    s.flood("SN-FL-010", "14:25", 14, U)
    s.c1999("other", s.jit(S("SN-FA-012"), 20), "14:30", "我們社區地下室開始進水了，管委會在放沙包，可以派抽水機來嗎", D, alt=D2)
    u1 = s.flood("SN-FL-010", "14:33", 29, U)
    s.wlevel("SN-WL-005", "14:35", 2, 111.95, R2,
             text="旱溪北屯水位 111.95 m，持續維持二級警戒（111.8 m）")
    s.flood("SN-FL-010", "14:41", 41, U)
    s.cctv("SN-CCTV-009", "flooding", "14:43", 0.74, "臺灣大道/環中路口 地下道車道積水", U)
    ur = s.f119("rescue", FL10, "14:45", "臺灣大道環中路口地下道 小貨車涉水熄火，駕駛受困爬上車頂；派遣西屯分隊、水上救生小組", U, alt=U2)
    s.c1999("flooding", s.jit(FL10, 40), "14:47", "臺灣大道那個地下道有一台貨車卡在水裡，司機爬到車頂上了！", U, alt=U2)
    s.police("road_closure", "Severe", off(FL10, -40, -20), "14:49", "臺灣大道環中路口地下道雙向封閉", U)
    s.c1999("flooding", off(FL10, -300, -100), "14:50", "是不是筏子溪的水淹過來了？臺灣大道那邊地下道整個淹掉了", U)
    s.upd119(ur, "15:05", "駕駛已以救生繩救出，無受傷", U, 1, alt=U2)
    s.congestion("SN-VD-HUANZHONG-04", "15:20", 10, 51, U, sev="Moderate")
    s.c1999("streetlight", (120.6525, 24.1800), "15:40", "逢甲水湳校區旁邊路燈一支不亮", None)
    s.c1999("other", (120.6570, 24.1840), "15:55", "公園裡有樹枝斷掉掉在步道上，颱風過後再清就好", None)
    s.cleared("SN-WL-005", "16:10", "水位回降至 111.0 m，低於三級警戒", R2)
    s.flood("SN-FL-010", "16:30", 18, U)
    s.cleared("SN-FL-008", "16:40", "淹水深度回降至 4 cm", D, alt=D2)
    s.cleared("SN-WL-004", "17:00", "水位回降至 97.1 m，低於三級警戒", R1)
    s.cleared("SN-WL-003", "17:10", "水位回降至 1.32 m，低於三級警戒", D, alt=D1)
    s.cleared("SN-FL-010", "17:40", "淹水深度回降至 5 cm", U)

    incidents = [
        inc(R1, "flood", "筏子溪西屯水位三級→一級警戒；封閉河濱道路、沿岸勸導撤離 12 戶。", r1),
        inc(R2, "flood", "旱溪北屯水位三級→二級警戒；橋下便道淹水。", r2),
        inc(D, "flood", "水湳區域排水經貿路段三級→一級警戒並溢堤，經貿路三段低窪處淹水 34 cm、封路、社區地下室進水：同一排水系統，同一件水利局派工。", d1),
        inc(U, "flood", "臺灣大道環中地下道淹水 41 cm，小貨車受困、駕駛由 119 救出；封閉（一個現場一件派工）。", u1),
    ]
    alt = {"why": "細分讀法：區排水位（水利局監看抽水站/閘門）與經貿路路面淹水（封路、抽水、社區）分成兩件；"
                  "地下道受困駕駛救援由 119 處理，獨立成救援案（與 251 的細分讀法一致）。",
           "incidents": [
               inc(R1, "flood", "筏子溪高水位。", r1),
               inc(R2, "flood", "旱溪高水位。", r2),
               inc(D1, "flood", "區域排水經貿路段高水位與溢堤。", d1),
               inc(D2, "flood", "經貿路三段路面淹水、封路、社區地下室進水。", d2),
               inc(U, "flood", "臺灣大道環中地下道淹水與封閉。", u1),
               inc(U2, "rescue", "地下道受困駕駛救援。", ur),
           ]}
    s.write(incidents, alt, notes="14:50 的來電以為是筏子溪淹過來（距河約 1.5 km），地點對、原因錯，屬 U。演唱會取消許可與雨量警戒是背景。")


# ---------------------------------------------------------------------------
def s261():
    s = Sit(261, "gust_front_signboards_trees", "2025-07-30", 261,
            "午後雷陣雨陣風鋒面（伴冰雹），14:40 起幾分鐘內：環中路鐵皮屋頂掉落車道、中清路招牌砸傷機車騎士、"
            "經貿路二段路樹壓到路邊汽車、中央公園樹木遭雷擊悶燒。重送、晚到的 119 結案紀錄、攝影機因雷擊斷線。")
    RS, SB, TC, LT = ("261A_roof_sheet_huanzhong", "261B_signboard_zhongqing_injury", "261C_tree_on_car_jingmao",
                      "261D_lightning_tree_park")
    RSP = (120.6436, 24.19168)
    SBP = (120.66545, 24.1835)
    TCP = (120.65767, 24.1895)
    LTP = (120.6568, 24.1862)
    s.rain("SN-RG-001", "14:35", "大雨", "1 小時雨量 44 mm")
    s.c1999("other", (120.6560, 24.1935), "14:38", "外面在下冰雹！好大顆，打在車上砰砰響", None)
    s.status("SN-CCTV-004", "offline", "14:40", None, reason="comms_lost")
    rs = s.police("fallen_object", "Moderate", RSP, "14:41", "環中路二段（往台74方向）鐵皮屋頂被風吹落於內側車道", RS)
    s.dup(rs, delay=120)
    s.c1999("other", s.jit(RSP, 30), "14:43", "環中路上有一大片鐵皮在路中間，我差點撞到", RS)
    sb = s.f119("ambulance", SBP, "14:44", "中清路二段 招牌掉落砸傷機車騎士 頭部流血 意識清楚；派遣四張犁分隊", SB)
    s.dup(sb, delay=25)
    s.c1999("other", s.jit(SBP, 30), "14:45", "中清路有招牌掉下來砸到騎機車的人！快叫救護車", SB)
    s.c1999("other", off(S("SN-SIG-001"), 0, -30), "14:46", "台74下來那邊有鐵皮在飛，很危險", RS)
    ps = s.police("fallen_object", "Severe", SBP, "14:47",
                  "中清路二段（往北）廣告招牌掉落佔用外側兩車道，機車騎士1名受傷送醫", SB)
    s.c1999("other", s.jit(SBP, 50), "14:48", "中清路那邊招牌掉下來，路都塞住了", SB)
    tc = s.c1999("fallen_tree", s.jit(TCP, 20), "14:49", "經貿路二段有一棵樹倒下來壓到一台停在路邊的車，車裡面好像沒有人", TC)
    s.dup(tc, delay=70)
    s.rain("SN-RG-003", "14:50", "大雨", "1 小時雨量 41 mm")
    s.congestion("SN-VD-HUANZHONG-01", "14:50", 13, 47, RS, sev="Moderate")
    s.cctv("SN-CCTV-006", "fallen_object", "14:52", 0.58, "經貿路二段/經貿七路 南向車道疑似掉落物", TC)
    s.c1999("other", s.jit(SBP, 20), "14:52", "我是開店的，隔壁那家的招牌也在搖，會不會也掉下來", SB)
    s.congestion("SN-VD-ZHONGQING-02", "14:55", 9, 55, SB, sev="Moderate")
    s.status("SN-CCTV-004", "online", "14:55", None)
    s.c1999("fire_smoke", s.jit(off(LTP, 60, 20), 20), "14:58", "中央公園裡面有一棵樹被雷打到，在冒煙", LT)
    s.police("fallen_object", "Moderate", TCP, "15:00",
             "經貿路二段路樹倒塌壓損路邊停放自小客車1部，車內無人，佔用外側車道", TC)
    lf = s.f119("fire", LTP, "15:01", "中央公園 疑雷擊樹木冒煙；派遣水湳分隊", LT)
    s.upd119(sb, "15:02", "傷者送往中國醫藥大學附設醫院", SB, 1)
    s.c1999("fire_smoke", s.jit(off(LTP, -80, 40), 30), "15:04", "公園那邊有煙，是不是燒起來了", LT)
    s.c1999("fallen_tree", s.jit(TCP, 20), "15:10", "經貿七路口附近樹倒了，我的車被壓到了！！誰要賠", TC)
    s.congestion("SN-VD-HUANZHONG-03", "15:10", 22, 31, None)
    s.upd119(lf, "15:15", "到場確認樹幹焦黑悶燒，已射水撲滅", LT, 1)
    s.police("fallen_object", "Minor", RSP, "15:20", "環中路鐵皮已移除，恢復通行", RS, follows=rs)
    s.flood("SN-FL-008", "15:25", 8, None)
    s.c1999("noise", (120.6590, 24.1836), "15:30", "打雷之後一堆汽車警報器一直響", None)
    s.upd119(lf, "15:35", "現場處理完畢，返隊（結案）", LT, 2, arrival="16:20")
    s.police("fallen_object", "Minor", SBP, "15:40", "中清路招牌已由業者及建管處吊離，恢復通行", SB, follows=ps)
    s.signal("SN-SIG-008", "fault", "15:42", "中清路/環中路 號誌閃爍異常", None)
    s.signal("SN-SIG-008", "restored", "15:43", "號誌恢復正常", None)
    s.c1999("streetlight", (120.6545, 24.1790), "15:45", "公園南邊步道路燈一支不亮", None)
    s.cleared("SN-FL-008", "15:50", "淹水深度回降至 0 cm", None)

    incidents = [
        inc(RS, "traffic", "環中路二段鐵皮屋頂掉落內側車道（有民眾說成台74 匝道）。", rs),
        inc(SB, "traffic", "中清路二段招牌掉落砸傷機車騎士，佔用兩車道；鄰店招牌鬆動的陳情屬同一現場。", sb),
        inc(TC, "traffic", "經貿路二段路樹倒塌壓到路邊汽車（無人），佔用外側車道。", tc),
        inc(LT, "fire", "中央公園樹木遭雷擊悶燒，119 射水撲滅（119 派遣比 1999 來電先到）。", lf),
    ]
    s.write(incidents, notes="經貿路低窪處 8 cm、25 分鐘退去且無人報案，屬背景；CCTV-004 雷擊斷線 15 分鐘無事件，屬背景。")


# ---------------------------------------------------------------------------
def s262():
    s = Sit(262, "spreading_flood_evening", "2025-06-14", 262,
            "梅雨雨帶傍晚，排水回堵：積水從河南路低窪處（18:25）沿河南路→河南中平路口→中平路→經貿中平路口擴散約 1 km、"
            "歷時約 3 小時，一件移動擴大的淹水；中平路近經貿路自小客車打滑撞路燈桿；中國醫藥大學水湳校區地下一樓進水疏散 35 人。")
    SF, CR, BE = "262A_henan_zhongping_spreading_flood", "262B_skid_crash_zhongping", "262C_campus_basement_evacuation"
    FL7 = S("SN-FL-007")
    ZPM = (120.6570, 24.17203)
    CRP = (120.6588, 24.17285)
    s.rain("C0F9T0", "17:50", "大雨", "1 小時雨量 48 mm")
    s.congestion("SN-VD-HENAN-01", "18:00", 18, 40, None)
    s.congestion("SN-VD-ZHONGPING-02", "18:10", 20, 36, None)
    s.rain("SN-RG-001", "18:20", "豪雨", "3 小時累積雨量 105 mm")
    s.flood("SN-FL-007", "18:25", 11, SF)
    sf = s.c1999("flooding", s.jit(S("SN-PK-003"), 20), "18:35", "河南路停車場出口淹水了，車子出不去", SF, delay=70)
    s.flood("SN-FL-007", "18:38", 24, SF)
    s.c1999("noise", (120.6575, 24.1760), "18:45", "隔壁在裝潢，下雨天還在敲敲打打", None)
    s.c1999("flooding", s.jit(S("SN-CCTV-010"), 30), "18:48", "河南路跟中平路口水越來越多，機車都在騎人行道", SF)
    s.cctv("SN-CCTV-010", "flooding", "18:55", 0.66, "河南路/中平路口 車道積水", SF)
    s36 = s.flood("SN-FL-007", "19:02", 36, SF)
    s.dup(s36, delay=180)
    p1 = s.police("flooding_report", "Moderate", S("SN-CCTV-010"), "19:06", "河南路中平路口積水約25公分，往中平路東向漫流", SF)
    s.c1999("illegal_parking", (120.6540, 24.1800), "19:10", "有車停在公園旁邊的消防車位", None)
    s.police("flooding_report", "Moderate", S("SN-PK-003"), "19:10", "河南路停車場出口積水，車輛約20部無法離場，派員疏導",
             SF, arrival="20:35")
    s.c1999("flooding", s.jit(ZPM, 40), "19:15", "中平路這邊也開始淹了，水從河南路那邊一直流過來", SF)
    s.police("flooding_report", "Moderate", ZPM, "19:22", "中平路（河南路至經貿路段）積水約20公分，水流往東", SF, follows=p1)
    s.wlevel("SN-WL-003", "19:28", 3, 1.44, SF)
    s.rain("SN-RG-001", "19:30", "豪雨", "24 小時累積雨量 214 mm")
    s.police("injury_accident", "Moderate", CRP, "19:35", "中平路近經貿路口 自小客車行經積水打滑撞擊路燈桿，駕駛輕傷", CR)
    ca = s.f119("ambulance", CRP, "19:36", "中平路近經貿路 自小客車撞路燈桿 駕駛1人受傷", CR)
    s.c1999("streetlight", s.jit(CRP, 15), "19:40", "中平路有一支路燈被車撞歪了，燈還一閃一閃的", CR)
    s.cctv("SN-CCTV-011", "flooding", "19:45", 0.7, "經貿路/中平路口 車道積水", SF)
    s.c1999("flooding", s.jit(S("SN-CCTV-011"), 30), "19:48", "經貿路中平路口變成一片湖，機車都在牽車", SF)
    s.fire("SN-FA-010", "fault", "19:52", "B1 機房 排水泵浦異常（疑進水）", BE, alt=SF)
    s.police("road_closure", "Moderate", (120.6560, 24.1713), "19:55", "中平路（河南路至經貿路）雙向封閉", SF)
    s.upd119(ca, "19:58", "駕駛頭部輕微擦傷，自行就醫", CR, 1)
    s.congestion("SN-VD-ZHONGPING-01", "19:58", 8, 58, SF, sev="Moderate")
    be = s.f119("rescue", S("SN-FA-010"), "20:03", "中國醫藥大學水湳校區 地下一樓進水約30公分 協助疏散師生；派遣西屯分隊", BE, alt=SF)
    s.c1999("other", s.jit(S("SN-FA-010"), 20), "20:06", "我在醫藥大學水湳校區，地下室的水一直進來，警衛叫我們上樓", BE, alt=SF)
    s.c1999("flooding", s.jit(ZPM, 60), "20:10", "中平路整條變成河了，是不是水溝堵住了", SF)
    s.c1999("blocked_drain", (120.6555, 24.1712), "20:12", "中平路的水溝蓋被落葉跟垃圾蓋住，水都排不下去", SF)
    s.status("SN-CCTV-011", "offline", "20:15", None)
    s.status("SN-CCTV-011", "online", "20:18", None)
    s.c1999("streetlight", (120.6490, 24.1680), "20:20", "河南路靠近臺灣大道那邊有一支路燈不亮", None)
    s.upd119(be, "20:25", "地下一樓人員 35 名疏散完成，抽水中", BE, 1, alt=SF)
    s.flood("SN-FL-007", "20:40", 20, SF)
    s.c1999("other", (120.6580, 24.1750), "20:50", "明天垃圾車會來嗎？", None)
    s.police("road_closure", "Minor", (120.6560, 24.1713), "21:00", "中平路積水漸退，恢復單向通行", SF)
    s.cleared("SN-FL-007", "21:20", "淹水深度回降至 4 cm", SF)
    s.fire("SN-FA-010", "normal", "21:30", "復歸", BE, alt=SF)

    incidents = [
        inc(SF, "flood", "排水回堵，積水從河南路低窪處沿河南路、中平路擴散到經貿中平路口（約 1 km、3 小時），一件移動擴大的淹水派工；晚到的停車場報告屬此案。", sf),
        inc(CR, "traffic", "中平路近經貿路自小客車積水打滑撞路燈桿，駕駛輕傷；撞歪路燈的陳情屬此案。", ca),
        inc(BE, "rescue", "中國醫藥大學水湳校區地下一樓進水，消防協助疏散 35 人、抽水。", be),
    ]
    alt = {"why": "校區地下室進水是同一波街道淹水灌入的結果，可併入擴散淹水案（水利局/消防同一組處理）。",
           "incidents": [x for x in incidents if x["label"] != BE]}
    s.write(incidents, alt, notes="18:35 的來電加上 18:25 的 11 cm 讀值已足以成案。撞車雖發生在積水路段，但需事故處理與救護，獨立成案。")


if __name__ == "__main__":
    for fn in (s257, s258, s259, s260, s261, s262):
        fn()
