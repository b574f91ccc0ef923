"""Situations 411-416: typhoon night of 2026-09-16 and storm of 2026-10-02/03 (part A)."""
from lib import Sit, same_incidents


def s411():
    s = Sit(411, "typhoon_night_jingmao_two_floods", "2026-09-16",
            "颱風夜，經貿路上兩處積淹水：三段低窪處（感測器 SN-FL-008）與約 1 公里外的經貿路/中平路口；"
            "後者的號誌因進水熄滅。中央公園滯洪池照設計蓄水（感測器讀數高但非事件）。")
    s.rain("21:00", "C0F9T0", 48.5, "大雨", None)
    s.rain("21:04", "SN-RG-001", 61.0, "大雨", None)
    s.wl("21:10", "SN-WL-001", 2.08, "3", None)
    s.flood("21:20", "SN-FL-008", 12, "F1")
    s.add("21:31", "1999", "flooding", "F1",
          "民眾來電：經貿路三段靠近敦化路那邊水一直漲，路邊水溝在往外冒水，機車騎過去水花噴到膝蓋。", at="經貿敦化")
    k = s.flood("21:35", "SN-FL-008", 24, "F1")
    s.flood("21:38", "SN-FL-002", 36, None, text="中央公園滯洪池2 淹水深度 36 cm（>30 cm）（滯洪池蓄水中）")
    s.add("21:40", "1999", "noise", None,
          "樓上住戶從九點多一直在敲敲打打，說是在釘窗戶防颱，但都快十點了小孩睡不著。", at="生態A")
    s.add("21:44", "incident", "flooding_report", "F1",
          "經貿路三段近敦化路口積水約 30 公分，外側車道無法通行，已擺設三角錐警示。", at="經貿低窪", sev="Moderate")
    s.add("21:47", "1999", "other", "F1",
          "民眾詢問：我現在在中清路上，要回經貿路三段的家，那邊車子還過得去嗎？我開的是小台的車。", at="中清中段")
    f2a = s.add("21:50", "cctv", "flooding", "F2", "經貿路/中平路口 影像分析：路面大面積積水",
                sensor="SN-CCTV-011", conf=0.71)
    f2 = s.add("21:52", "1999", "flooding", "F2",
               "中平路跟經貿路口整個變成水池啦，有一台機車熄火停在路中間，騎士用牽的。", at="經貿中平")
    s.rain("21:55", "C0F9T0", 52.0, "豪雨", None, text="雨量站 C0F9T0 西屯 3 小時累積 112.5 mm，達豪雨標準")
    sig = s.add("21:58", "signal", "fault", "SIG", "號誌控制器回報異常：全燈熄滅", sensor="SN-SIG-011",
                alt="F2")
    s.add("22:02", "1999", "other", "SIG",
          "經貿路中平路那個紅綠燈整個不會亮了，水又那麼深，大家亂開很危險，快派人來。", at="經貿中平", alt="F2")
    s.flood("22:05", "SN-FL-008", 38, "F1", dup=[45])
    s.add("22:06", "incident", "stalled_vehicle", "F2",
          "經貿路與中平路口一部自小客車涉水熄火，駕駛已離開車輛，待拖吊。", at="經貿中平", sev="Moderate")
    s.add("22:10", "1999", "other", "F1",
          "剛剛有打過，經貿路那邊水又更高了，現在淹到人行道上了，店家都在搬東西。", at="經貿低窪")
    s.add("22:12", "incident", "road_closure", "F1",
          "經貿路三段（敦化路口至經貿七路）雙向封閉，車輛請改道中清路。", at="經貿低窪", sev="Severe")
    s.cong("22:15", "SN-VD-JINGMAO-02", 9, 71, "F1")
    s.cong("22:19", "SN-VD-ZHONGQING-02", 14, 58, "F1", alt=None)
    s.add("22:20", "1999", "streetlight", None,
          "黎明路三段有一支路燈一閃一閃的，燈桿編號 XT-04417。", at="黎明中段")
    s.wl("22:24", "SN-WL-003", 1.52, "3", "F1")
    s.add("22:30", "1999", "flooding", "F2",
          "我家在中平路上，水已經淹到騎樓了，再淹就進屋裡了，我們要不要先去哪裡避難？", at="中平東")
    s.add("22:33", "cctv", "stalled_vehicle", "F2", "經貿路/中平路口 影像分析：車輛靜止於路口中央",
          sensor="SN-CCTV-011", conf=0.64)
    s.add("22:40", "119", "ambulance", None, "生態住宅 A 區住戶，八旬老翁在家中跌倒，頭部撕裂傷。", at="生態A")
    s.add("22:41", "1999", "other", None, "請問明天到底要不要上班？市府公告了沒有？")
    s.wl("22:45", "SN-WL-003", 1.85, "2", "F1")
    s.add("22:50", "incident", "flooding_report", "F2",
          "經貿路中平路口積水約 40 公分，已請水利局派抽水機，現場員警交管中。", at="經貿中平", sev="Severe")
    s.add("22:55", "1999", "other", "F1",
          "我住經貿路三段，車停在路邊，水已經淹到車門了，現在可以移去哪裡？公園地下停車場可以停嗎？", at="經貿低窪")
    s.add("23:02", "1999", "illegal_parking", None,
          "有人把車停在我家車庫門口紅線上，打電話也找不到車主。", at="凱旋中段")
    s.add("23:05", "1999", "flooding", "F2",
          "中平路經貿路口那台車還卡在水裡，後面車子一直按喇叭，根本過不去。", at="經貿中平")
    s.add("23:10", "parking", "full", None, "中央公園地下停車場(北) 汽車位已滿 0/450",
          sensor="SN-PK-004", alt="F1")
    s.add("23:15", "1999", "other", "SIG", "經貿中平那個燈到底什麼時候會修好？", at="經貿中平", alt="F2")
    s.flood("23:20", "SN-FL-008", 41, "F1")
    s.add("23:30", "incident", "traffic_signal_fault", "SIG",
          "經貿路/中平路口號誌熄滅，員警現場指揮交通，已通報交通局。", at="經貿中平", sev="Moderate", alt="F2")
    s.rain("23:40", "SN-RG-002", 44.5, "大雨", None)
    s.add("23:44", "cctv", "crowding", None, "經貿路二段/環中路二段 影像分析：人群聚集", sensor="SN-CCTV-004",
          conf=0.41)
    s.wl("23:48", "SN-WL-001", 2.55, "2", None)
    s.flood("1/00:10", "SN-FL-008", 33, "F1")
    s.add("1/00:20", "1999", "other", "F1",
          "我住經貿路三段巷子裡，一樓已經開始進水了，哪裡可以拿沙包？", at="經貿敦化")
    s.add("1/00:35", "status", "offline", None, "離線（comms_lost）", sensor="SN-FL-007")
    s.flood("1/00:50", "SN-FL-008", 22, "F1")
    s.add("1/01:05", "1999", "other", "F1",
          "經貿路那邊封路封到什麼時候？我要去接上大夜班的老婆，繞中清路會不會比較快？", at="中清VD2")
    s.add("1/01:20", "signal", "restored", "SIG", "號誌恢復正常運作", sensor="SN-SIG-011", alt="F2")
    s.add("1/01:25", "incident", "flooding_report", "F2",
          "經貿路中平路口積水已退，熄火車輛拖離，路口恢復通行。", at="經貿中平", sev="Minor")
    s.flood("1/01:40", "SN-FL-008", 9, "F1")
    s.add("1/02:00", "incident", "road_closure", "F1",
          "經貿路三段解除封閉，恢復雙向通行，路面仍有泥沙。", at="經貿低窪", sev="Minor")
    s.add("1/02:10", "1999", "other", None, "外面有招牌被吹下來，在我們大樓前面晃，明天再請人處理就好，先登記。",
          at="影音中心")
    s.incident("F1", "flood", "經貿路三段低窪處（敦化路口附近）積淹水，封路約 4 小時", k)
    s.incident("F2", "flood", "經貿路/中平路口積淹水，車輛熄火受困", f2)
    s.incident("SIG", "traffic", "經貿路/中平路口號誌進水熄滅（交通局修復、員警指揮）", sig)
    s.alternative("號誌是因路口淹水熄滅，協調員可能併入同一路口的淹水案一次派遣；中清路車速下降可能只是颱風夜車流，"
                  "而公園停車場滿位可視為經貿路居民移車避水的結果。",
                  same_incidents(s, drop=("SIG",)))
    return s


def s412():
    s = Sit(412, "huanzhong_crashes_rain_band", "2026-07-14",
            "颱風外圍雨帶下的下班尖峰，環中路同一路廊上先後四起事故（台74線口、中科路口、臺灣大道地下道口、經貿路口），"
            "車流回堵互相重疊。")
    s.rain("16:50", "C0F9T0", 43.0, "大雨", None)
    s.add("17:22", "cctv", "stalled_vehicle", "C1", "台74線/環中路二段 影像分析：車輛靜止", sensor="SN-CCTV-001",
          conf=0.83)
    c1 = s.add("17:23", "incident", "injury_accident", "C1",
               "台74線下匝道銜接環中路二段，自小客車雨天打滑撞護欄，駕駛胸口疼痛，占用內側兩車道。",
               at="台74環中", sev="Severe")
    s.add("17:25", "119", "ambulance", "C1", "環中路二段台74線口車禍，一名駕駛胸痛，意識清楚。", at="台74環中")
    s.cong("17:30", "SN-VD-HUANZHONG-02", 11, 64, "C1")
    s.add("17:35", "1999", "other", "C1",
          "環中路往大雅方向整個卡死，從凱旋路口開始都不動，前面是發生什麼事？", at="凱旋環中")
    s.add("17:38", "1999", "illegal_parking", None, "逢甲水湳校區門口一排機車停在人行道上，雨天行人只能走馬路。",
          at="逢甲水湳")
    s.add("17:40", "cctv", "fallen_object", "C2", "中科路/環中路二段 影像分析：路面掉落物", sensor="SN-CCTV-003",
          conf=0.58)
    c2 = s.add("17:41", "1999", "traffic_accident", "C2",
               "中科路口有一台機車滑倒，騎士躺在地上，雨很大，旁邊有人在幫他撐傘。", at="中科環中")
    s.add("17:43", "119", "ambulance", "C2", "環中路中科路口機車自摔，騎士左腿疑似骨折。", at="中科環中")
    s.add("17:47", "incident", "injury_accident", "C2", "中科路口機車自摔一人受傷，已送醫，現場排除中。",
          at="中科環中", sev="Moderate")
    s.cong("17:50", "SN-VD-HUANZHONG-02", 8, 72, "C2", alt="C1")
    s.add("17:52", "signal", "fault", None, "號誌控制器回報異常：閃爍", sensor="SN-SIG-004")
    s.add("17:54", "signal", "restored", None, "號誌恢復正常運作", sensor="SN-SIG-004")
    s.add("17:58", "119", "ambulance", "C1", "台74線口傷者已送往中國醫藥大學附設醫院。", at="台74環中",
          follows=None)
    s.add("18:02", "1999", "other", "C1",
          "我剛剛打過，環中路還是塞在那邊，到底要塞多久？我小孩還在安親班等我。", at="凱旋環中")
    s.flood("18:03", "SN-FL-010", 11, None, alt="C3")
    s.add("18:05", "cctv", "stalled_vehicle", "C3", "臺灣大道/環中路 影像分析：多車靜止", sensor="SN-CCTV-009",
          conf=0.77)
    c3 = s.add("18:06", "incident", "accident", "C3",
               "臺灣大道環中路口地下道入口處三車追撞，無人受傷，地下道路面積水滑。", at="臺灣大道地下道",
               sev="Moderate")
    s.add("18:08", "1999", "traffic_accident", "C3",
          "地下道口那邊連環撞，三台車撞在一起，大家都下車在淋雨吵架。", at="臺灣大道地下道")
    s.cong("18:10", "SN-VD-HUANZHONG-04", 12, 66, "C3")
    s.add("18:12", "incident", "accident", "C1", "台74線口事故車輛已拖離，內側車道恢復通行。", at="台74環中",
          sev="Minor")
    s.add("18:14", "1999", "streetlight", None, "凱旋路上有一支路燈白天也亮著，燈號 XT-02231。", at="凱旋中段")
    s.cong("18:16", "SN-VD-HUANZHONG-01", 15, 55, "C3", alt=None)
    s.rain("18:20", "SN-RG-002", 46.0, "大雨", None)
    s.add("18:25", "1999", "other", "C3",
          "我在環中路黎明路這邊往臺灣大道方向，塞了四十分鐘動不了，前面是不是又撞車？", at="環中VD1")
    s.add("18:30", "1999", "other", "C3",
          "要去逢甲接小孩，環中路還能走嗎？還是要繞河南路？", at="環中中段", alt=None)
    s.add("18:33", "incident", "theft", None, "水湳轉運中心機車停車場機車失竊一輛，車主報案。", at="轉運中心",
          sev="Minor")
    s.flood("18:35", "SN-FL-010", 14, None, alt="C3")
    s.add("18:40", "119", "ambulance", None, "逢甲大學水湳校區學生暈倒，已恢復意識。", at="逢甲水湳")
    s.add("18:44", "incident", "accident", "C3", "地下道口追撞車輛已移至路邊處理，車流逐步恢復。",
          at="臺灣大道地下道", sev="Minor")
    c4 = s.add("18:50", "incident", "accident", "C4",
               "環中路二段經貿路口兩車擦撞，無人受傷，雙方已移至路邊。", at="經貿環中", sev="Minor")
    s.add("18:51", "cctv", "stalled_vehicle", "C4", "經貿路二段/環中路二段 影像分析：車輛靜止", sensor="SN-CCTV-004",
          conf=0.62)
    s.add("18:55", "1999", "traffic_accident", "C4",
          "經貿路環中路口兩台車擦到，停在那邊拍照，後面的車都要切車道。", at="經貿環中")
    s.cong("18:58", "SN-VD-HUANZHONG-03", 17, 49, "C4", alt=None)
    s.add("19:02", "1999", "other", None, "轉運中心的客運是不是停駛了？我買了明天早上的票要怎麼退？", at="轉運中心")
    s.add("19:10", "incident", "accident", "C4", "經貿路口擦撞雙方和解，車輛駛離。", at="經貿環中", sev="Minor")
    s.add("19:12", "1999", "other", "C2", "剛剛中科路口那個摔車的，機車還倒在路邊，要不要有人來牽走？",
          at="中科環中")
    s.rain("19:20", "C0F9T0", 40.5, "大雨", None)
    s.add("19:25", "1999", "noise", None, "隔壁工地颱風天還在抽水，馬達很吵。", at="生態B")
    s.add("19:30", "incident", "accident", "C2", "中科路口自摔機車已由家屬牽離，現場排除。", at="中科環中",
          sev="Minor")
    s.incident("C1", "traffic", "台74線下匝道/環中路二段自小客車撞護欄，一人受傷", c1)
    s.incident("C2", "traffic", "環中路中科路口機車雨天自摔，騎士骨折", c2)
    s.incident("C3", "traffic", "臺灣大道環中路口地下道入口三車追撞（路面積水）", c3)
    s.incident("C4", "traffic", "環中路經貿路口兩車擦撞，無人傷", c4)
    s.alternative("中科路口第二次回堵在台74線事故回堵範圍內，可併看成同一回堵；地下道入口淺積水（11-14 cm）可視為追撞的成因而併入 C3；"
                  "遠端偵測器與繞路詢問可能只是尖峰雨天常態車流。",
                  same_incidents(s))
    s.notes = "四起同類事故在同一路廊，間距 0.3–2.3 km，回堵範圍互相重疊；SN-SIG-004 兩分鐘內自行恢復的閃爍屬背景。"
    return s


def s413():
    s = Sit(413, "fallen_trees_morning_after", "2026-09-17",
            "颱風過後清晨，多處路樹倒塌：中科路北段橫倒兩車道、凱旋路倒樹壓機車勾電線、黎明路三段倒樹壓公車站、"
            "中央公園步道多棵樹倒；黎明路/凱旋路口號誌被樹枝打壞。")
    s.add("05:52", "signal", "fault", "S", "號誌控制器回報異常：燈頭無回應", sensor="SN-SIG-007")
    t1 = s.add("06:10", "1999", "fallen_tree", "T1",
               "中科路往環中路方向，靠近經貿六那邊，一整棵樹倒下來橫在路上，兩個車道都擋住了。", at="中科北")
    s.add("06:14", "incident", "fallen_object", "T1", "中科路北段路樹倒塌橫跨兩車道，已擺設警示，請求建設局派員。",
          at="中科北", sev="Severe")
    s.add("06:20", "1999", "other", "S", "黎明路凱旋路口的紅綠燈歪掉了，整個燈頭垂下來，也沒在亮。", at="黎明凱旋")
    s.cong("06:31", "SN-VD-ZHONGKE-01", 13, 52, "T1")
    t2 = s.add("06:40", "1999", "fallen_tree", "T2",
               "凱旋路上一棵樹倒下來壓到路邊的機車，樹枝還勾在電線上，垂得很低，走路要很小心。", at="凱旋中段")
    s.add("06:45", "1999", "streetlight", "T2", "凱旋路那支路燈被倒下來的樹打歪了，燈桿斜一邊。", at="凱旋中段")
    s.add("06:50", "incident", "traffic_signal_fault", "S", "黎明路三段/凱旋路口號誌燈頭受損熄滅，派員指揮交通。",
          at="黎明凱旋", sev="Moderate")
    s.add("06:55", "1999", "other", None, "請問今天垃圾車會來嗎？家裡颱風天堆了很多垃圾。", at="生態B")
    t3 = s.add("07:15", "1999", "fallen_tree", "T3",
               "黎明路三段公車站那邊樹倒了，壓在候車亭上面，等車的人只能站到馬路上。", at="黎明中段")
    s.add("07:18", "1999", "other", "T1", "我早上打過了，中科路那棵樹還倒在那邊，到現在都沒人來。", at="中科北")
    s.add("07:20", "cctv", "fallen_object", "S", "黎明路三段/凱旋路 影像分析：路面掉落物", sensor="SN-CCTV-007",
          conf=0.55, alt="T3")
    s.add("07:26", "incident", "fallen_object", "T3", "黎明路三段候車亭遭倒樹壓毀，無人受傷，占用外側車道。",
          at="黎明中段", sev="Moderate")
    s.add("07:30", "1999", "other", "T3", "公車怎麼沒有停黎明路那一站？我在這裡等了半小時，上班要遲到了。",
          at="黎明中段")
    s.add("07:34", "incident", "fallen_object", "T2",
          "凱旋路倒樹壓損機車一輛，樹枝搭於電線上，已通報台電及建設局，封閉外側車道。", at="凱旋中段", sev="Moderate")
    s.add("07:40", "1999", "other", None, "颱風過後家裡一直沒水，是停水還是水管壞了？", at="生態A")
    s.add("07:45", "1999", "fallen_tree", "T2", "凱旋路那邊倒樹，我的機車被壓在下面，保險要怎麼申請？要找誰？",
          at="凱旋中段")
    s.cong("07:50", "SN-VD-KAIXUAN-02", 16, 47, "T2", alt=None)
    t4 = s.add("08:02", "1999", "fallen_tree", "T4",
               "中央公園裡面步道倒了好幾棵樹，早上來運動的人都要跨過去，有老人家差點跌倒。", at="公園中")
    s.add("08:10", "1999", "other", "T4", "公園靠滯洪池那邊的木棧道被樹壓斷了，要不要先圍起來？", at="公園南")
    s.add("08:12", "1999", "other", "T1", "中科路封起來了嗎？我要去會展中心上班，導航叫我走中科路。", at="中科南")
    s.add("08:20", "planned_event", "road_works", "T1", "颱風後路樹緊急清運：中科路北段，封閉兩車道",
          at="中科北", ends="12:00", d=-1200, alt=None)
    s.add("08:25", "1999", "noise", None, "一大早就有人在鋸樹，電鋸聲音很吵。", at="生態A")
    s.add("08:30", "signal", "fault", "S", "號誌控制器回報異常：燈頭無回應", sensor="SN-SIG-007", dup=[30])
    s.add("08:40", "1999", "other", "T3", "黎明路那個候車亭被樹壓扁了，下午小孩放學要在哪裡等公車？", at="黎明中段")
    s.add("08:55", "1999", "streetlight", None, "經貿路二段有一盞路燈不亮，編號 XT-01902。", at="經貿七路口")
    s.add("09:05", "1999", "fallen_tree", "T4", "公園兒童遊戲區旁邊的大樹斷了一半，掛在上面，很危險。", at="公園北")
    s.add("09:10", "incident", "fallen_object", "T1", "中科路倒樹已鋸除移置路邊，恢復一車道通行。", at="中科北",
          sev="Minor")
    s.add("09:20", "1999", "other", None, "我家陽台的遮雨棚被吹壞了，可以申請補助嗎？", at="生態B")
    s.add("09:35", "1999", "other", "T2", "凱旋路那個電線還垂在那裡，台電到底什麼時候來？", at="凱旋中段")
    s.add("09:50", "incident", "fallen_object", "T3", "黎明路三段倒樹清除完畢，候車亭待修。", at="黎明中段",
          sev="Minor")
    s.add("10:05", "signal", "restored", "S", "號誌恢復正常運作", sensor="SN-SIG-007")
    s.add("10:10", "1999", "other", None, "颱風過後路上好多樹葉，水溝都被塞住了，可以派人來掃嗎？（無積水）",
          at="逢甲水湳")
    s.add("10:20", "incident", "fallen_object", "T2", "凱旋路電線已由台電處理，倒樹清除，恢復通行。", at="凱旋中段",
          sev="Minor")
    s.add("10:45", "1999", "fallen_tree", "T4", "公園裡的倒樹什麼時候會清？步道還是過不去。", at="公園中")
    s.add("11:00", "incident", "fallen_object", "T1", "中科路北段清運完成，全線恢復通行。", at="中科北", sev="Minor")
    s.incident("T1", "traffic", "中科路北段倒樹橫跨兩車道（清運至 11:00）", t1)
    s.incident("T2", "traffic", "凱旋路倒樹壓機車、勾電線", t2)
    s.incident("T3", "traffic", "黎明路三段倒樹壓毀候車亭、公車過站不停", t3)
    s.incident("T4", "infrastructure", "中央公園步道多處倒樹（公園管理單位）", t4)
    s.incident("S", "traffic", "黎明路三段/凱旋路口號誌燈頭被打壞熄滅", "413-SG-001")
    s.alternative("黎明路/凱旋路口的影像掉落物可能是倒樹斷枝延伸（併 T3）；凱旋路偵測器的慢車與清運許可可能只是早晨常態與例行作業。",
                  same_incidents(s))
    return s


def s414():
    s = Sit(414, "zhongqing_underpass_long_night", "2026-10-02",
            "豪雨夜，中清環中路口地下道（SN-FL-006）積水 7 小時：封閉、一部車受困由消防救出，感測器最後被淹沒離線；"
            "同一條中清路往南 1 公里另有一處積水。車流轉向影響到轉運中心與北屯。")
    s.rain("21:30", "SN-RG-002", 58.0, "大雨", None)
    s.flood("21:40", "SN-FL-006", 8, "U")
    s.rain("21:50", "C0F9T0", 71.5, "豪雨", None, text="雨量站 C0F9T0 西屯 3 小時累積 118.0 mm，達豪雨標準")
    u = s.flood("22:00", "SN-FL-006", 23, "U")
    s.add("22:04", "1999", "flooding", "U", "中清路環中路口那個地下道水好深，我前面的車開下去濺起好大的水。", at="中清地下道")
    s.add("22:10", "cctv", "flooding", "U", "中清路/環中路 影像分析：路面積水", sensor="SN-CCTV-008", conf=0.8)
    s.flood("22:20", "SN-FL-006", 46, "U", dup=[20])
    s.add("22:24", "incident", "road_closure", "U", "中清環中路口地下道積水逾 40 公分，雙向封閉，車輛改走平面道路。",
          at="中清地下道", sev="Severe")
    s.cong("22:28", "SN-VD-ZHONGQING-01", 10, 70, "U")
    s.add("22:35", "119", "rescue", "U", "中清地下道一部自小客車受困，駕駛爬到車頂求救。", at="中清地下道", alt="R")
    s.add("22:38", "1999", "other", "U",
          "我兒子打給我說他在地下道裡面車子熄火，水一直進來，你們有派人去了嗎？拜託快一點！", at="中清地下道",
          alt="R")
    s.cong("22:40", "SN-VD-HUANZHONG-03", 14, 61, "U")
    s.add("22:45", "1999", "other", "U", "我十分鐘前有打，我兒子還在地下道，消防車到了沒有？", at="中清地下道", alt="R")
    s.add("22:52", "119", "rescue", "U", "地下道受困駕駛一名已救出，無外傷，車輛留置。", at="中清地下道",
          follows="414-F-001", alt="R")
    s.add("22:55", "1999", "other", None, "請問明天有沒有停班停課？", at="生態A")
    s.add("23:00", "planned_event", "road_works", None, "中清路夜間刨鋪工程因豪雨取消（原訂 23:00-05:00）",
          at="中清南", ends="1/05:00", d=-5400)
    s.cong("23:02", "SN-VD-ZHONGQING-02", 18, 52, "U", alt=None)
    s.add("23:05", "1999", "other", "U", "我要回北屯，中清路還能走嗎？地下道是不是封了？導航一直叫我開下去。",
          at="中清北")
    s.flood("23:10", "SN-FL-006", 78, "U")
    s.add("23:15", "1999", "other", "U",
          "轉運中心這邊的國道客運說不能開進來，要我們在哪裡等？站務人員也不知道。", at="轉運中心")
    s.add("23:18", "1999", "streetlight", None, "環中路有一段路燈不亮，下雨天很暗，燈號 XT-03377。", at="環中VD1")
    z = s.add("23:30", "incident", "flooding_report", "Z",
              "中清路二段近文心路口積水約 20 公分，外側車道緩行，已設警示。", at="中清中段", sev="Moderate")
    s.add("23:34", "1999", "flooding", "Z", "中清路往市區那邊靠近大樓的地方也淹了，水有半個輪胎高。", at="中清中段")
    s.add("23:40", "1999", "other", "U", "地下道裡面有一台車泡在水裡，是不是有人在裡面？", at="中清地下道")
    s.add("23:48", "119", "ambulance", None, "北屯區住宅老婦呼吸困難送醫。", at=(120.6800, 24.1920))
    s.flood("23:55", "SN-FL-006", 84, "U")
    s.add("1/00:05", "1999", "other", "Z", "中清路那邊水退了沒？我家在那附近，一樓的店明天要不要先把東西搬上去？",
          at="中清中段")
    s.add("1/00:20", "1999", "noise", None, "有人半夜在用抽水馬達抽地下室的水，整晚都很吵。", at="生態B")
    s.add("1/00:30", "incident", "flooding_report", "Z", "中清路二段積水退至 5 公分，恢復通行。", at="中清中段",
          sev="Minor")
    s.offline("1/01:10", "SN-FL-006", "U")
    s.add("1/01:12", "status", "offline", "U", "離線（device_fault）", sensor="SN-FL-006")
    s.add("1/01:30", "1999", "other", "U", "地下道什麼時候會通？我明天五點要開車去上班。", at="中清北")
    s.add("1/01:45", "incident", "road_closure", "U", "中清地下道持續封閉，抽水車作業中，水深約 60 公分。",
          at="中清地下道", sev="Severe")
    s.cong("1/02:00", "SN-VD-ZHONGQING-01", 21, 40, "U")
    s.add("1/02:20", "1999", "other", None, "我的車被拖吊了嗎？停在經貿路上不見了。", at="經貿七路口")
    s.add("1/02:45", "status", "online", "U", "連線（恢復回傳）", sensor="SN-FL-006")
    s.flood("1/02:50", "SN-FL-006", 31, "U", skew=28800)  # clock reset after the fault: local time stamped as UTC
    s.flood("1/03:30", "SN-FL-006", 12, "U", skew=28800)
    s.add("1/03:50", "incident", "stalled_vehicle", "U", "地下道受困車輛已拖離，路面清淤中。", at="中清地下道",
          sev="Minor", alt="R")
    s.flood("1/04:10", "SN-FL-006", 3, "U")
    s.add("1/04:30", "incident", "road_closure", "U", "中清環中路口地下道解除封閉，恢復通行。", at="中清地下道",
          sev="Minor")
    s.add("1/04:40", "1999", "other", "U", "地下道開了沒？我要出門了。", at="中清北")
    s.incident("U", "flood", "中清環中路口地下道積水約 7 小時，封閉、車輛受困救出、感測器淹沒離線", u)
    s.incident("Z", "flood", "中清路二段近文心路口積水（同路 1 公里外第二處）", z)
    s.alternative("受困駕駛的救援由消防局獨立派遣（救助案），協調員可另立救援案；中清路南段偵測器的慢車可能只是雨天車流。",
                  same_incidents(s, extra=[{"label": "R", "type": "rescue",
                                            "description": "地下道受困車輛駕駛救援", "sufficient_evidence_key": "414-F-001"}]))
    return s


def s415():
    s = Sit(415, "typhoon_power_outage_east", "2026-09-16",
            "颱風夜停電：公園東側生態住宅區與經貿路沿線失電。火警總機主電源中斷、感測器斷電離線、經貿路兩個路口號誌熄滅、"
            "整排路燈全暗；A 區電梯困人、B 區一位使用製氧機的長者需送醫。")
    s.rain("22:50", "SN-RG-001", 55.0, "大雨", None)
    p = s.add("23:02", "fire_alarm", "fault", "PWR", "主電源中斷，改由預備電源供電", sensor="SN-FA-011")
    s.add("23:02:20", "fire_alarm", "fault", "PWR", "主電源中斷，改由預備電源供電", sensor="SN-FA-012")
    s.add("23:03", "status", "offline", "PWR", "離線（mains_power_lost）", sensor="SN-WL-003")
    s.add("23:03:30", "status", "offline", "PWR", "離線（mains_power_lost）", sensor="SN-VD-JINGMAO-02")
    sg = s.add("23:04", "signal", "fault", "SIGS", "號誌控制器斷電", sensor="SN-SIG-006", alt="PWR")
    s.add("23:05", "signal", "fault", "SIGS", "號誌控制器斷電", sensor="SN-SIG-011", alt="PWR")
    e = s.add("23:08", "119", "rescue", "E", "生態住宅 A 區電梯停電困 2 人（母子），無不適。", at="生態A")
    s.add("23:10", "1999", "streetlight", "PWR", "經貿路三段整條路燈都不亮，一片漆黑，連住家也都沒電。", at="經貿低窪")
    s.add("23:12", "1999", "other", "PWR", "我們這一區整個停電了，台電電話打不進去，請問電什麼時候會來？", at="生態B")
    s.add("23:14", "1999", "other", "E", "我老婆跟小孩被關在電梯裡面，在 A 區 3 棟，拜託快點！", at="生態A")
    s.add("23:16", "incident", "traffic_signal_fault", "SIGS", "經貿路二段/經貿七路口號誌全暗，派員指揮。",
          at="經貿七路口", sev="Moderate", alt="PWR")
    o = s.add("23:20", "1999", "other", "O",
              "我爸爸在家裡用製氧機，停電機器停了，備用的氧氣瓶只剩一點點，他現在喘得很厲害。", at="生態B")
    s.add("23:22", "119", "ambulance", "O", "生態住宅 B 區八旬長者居家用氧中斷，呼吸喘，送醫。", at="生態B")
    s.add("23:25", "1999", "noise", None, "對面有人開發電機，聲音超大，還有廢氣飄過來。", at="生態A")
    s.add("23:30", "1999", "other", "SIGS", "經貿路跟中平路口紅綠燈沒亮，大家搶著過，剛剛差點撞到。", at="經貿中平",
          alt="PWR")
    s.add("23:34", "119", "rescue", "E", "A 區電梯受困 2 人已救出。", at="生態A", follows=e)
    s.add("23:40", "1999", "other", "PWR", "又是我，還是沒電，冰箱裡的東西都要壞了，台電到底有沒有在修？", at="生態B")
    s.add("23:45", "1999", "other", None, "請問停電的話，路上的監視器也會斷嗎？我只是好奇。")
    s.offline("23:48", "SN-FL-008", "PWR", why="超過 30 分鐘未回傳資料（最後一筆 23:02）")
    s.add("23:50", "incident", "traffic_signal_fault", "SIGS", "經貿路中平路口號誌全暗，現場交管。", at="經貿中平",
          sev="Moderate", alt="PWR")
    s.add("23:58", "1999", "other", "PWR", "敦化路這邊也停電，住戶說大樓抽水馬達沒電，地下室會不會淹？",
          at="生態B")
    s.add("1/00:05", "cctv", "signal_dark", "SIGS", "經貿路二段/經貿七路 影像分析：號誌黑燈", sensor="SN-CCTV-006",
          conf=0.9, alt="PWR")
    s.add("1/00:12", "1999", "other", None, "公園那邊的狗一直叫，是不是有人被困在裡面？（已確認為流浪犬）",
          at="公園中")
    s.add("1/00:20", "1999", "other", "PWR", "請問停電多久可以申請補償？冰箱的東西壞了誰要賠？", at="生態A")
    s.add("1/00:35", "status", "offline", None, "離線（battery_low）", sensor="SN-RG-003")
    s.add("1/00:45", "1999", "streetlight", "PWR", "經貿路三段到中平路整排路燈都熄了，騎車完全看不到路面的坑。",
          at="經貿敦化")
    s.add("1/01:10", "119", "ambulance", "O", "B 區長者已送達醫院，血氧回穩。", at="生態B", follows="415-F-002")
    s.add("1/01:30", "1999", "other", "PWR", "剛剛有問過，現在到底幾點會來電？", at="生態B")
    s.add("1/02:05", "status", "online", "PWR", "連線（市電恢復）", sensor="SN-WL-003")
    s.add("1/02:05:30", "status", "online", "PWR", "連線（市電恢復）", sensor="SN-VD-JINGMAO-02")
    s.add("1/02:06", "fire_alarm", "normal", "PWR", "主電源恢復", sensor="SN-FA-011")
    s.add("1/02:06:10", "fire_alarm", "normal", "PWR", "主電源恢復", sensor="SN-FA-012")
    s.add("1/02:07", "signal", "restored", "SIGS", "號誌恢復正常運作", sensor="SN-SIG-006", alt="PWR")
    s.add("1/02:08", "signal", "restored", "SIGS", "號誌恢復正常運作", sensor="SN-SIG-011", alt="PWR")
    s.add("1/02:15", "1999", "other", "PWR", "來電了，謝謝，可是我們這排路燈還是沒亮。", at="生態B")
    s.add("1/02:30", "1999", "illegal_parking", None, "有人把車停在消防通道上，說是怕淹水移過來的。", at="生態A")
    s.incident("PWR", "infrastructure", "公園東側生態住宅區與經貿路沿線停電約 3 小時（台電搶修、住戶關懷）", p)
    s.incident("SIGS", "traffic", "停電造成經貿路兩路口號誌熄滅，派員指揮交通", sg)
    s.incident("E", "rescue", "生態住宅 A 區電梯停電受困 2 人", e)
    s.incident("O", "rescue", "生態住宅 B 區居家用氧長者因停電送醫", o)
    s.alternative("號誌熄滅是同一停電的結果，協調員可能只開一個停電案、一併派員處理路口。",
                  same_incidents(s, drop=("SIGS",)))
    return s


def s416():
    s = Sit(416, "south_park_floods_next_day", "2026-10-03",
            "豪雨第二天下午再一波強降雨：南滯洪池水位到一級警戒、河南路低窪處（SN-FL-007）淹水封路、約 400 公尺外的中平路"
            "另一處積水；河南路停車場入口淹水。")
    s.rain("12:40", "C0F9T0", 66.0, "大雨", None)
    s.rain("12:45", "SN-RG-001", 74.5, "豪雨", None, text="雨量站 SN-RG-001 中央公園雨量站 3 小時累積 131.0 mm，達豪雨標準")
    s.wl("12:50", "SN-WL-002", 2.06, "3", "P")
    s.add("12:52", "1999", "other", None, "請問今天下午還有沒有颱風假？公司說要看市府公告。")
    s.flood("13:00", "SN-FL-007", 14, "H")
    s.add("13:08", "1999", "other", "H", "河南路那邊又開始淹了，跟昨天一樣，水從水溝蓋冒出來。", at="河南低窪")
    h = s.flood("13:15", "SN-FL-007", 27, "H")
    s.wl("13:20", "SN-WL-002", 2.58, "2", "P")
    s.add("13:22", "cctv", "flooding", "Z", "河南路/中平路 影像分析：路面積水", sensor="SN-CCTV-010", conf=0.66,
          alt="H")
    s.add("13:25", "incident", "flooding_report", "H", "河南路近停車場入口積水約 30 公分，機車無法通行。",
          at="河南低窪", sev="Moderate")
    s.add("13:28", "1999", "flooding", "H",
          "河南路停車場門口淹水，我的車在裡面開不出來，水已經快到排氣管了，我要怎麼辦？", at="河南低窪")
    z = s.add("13:35", "1999", "flooding", "Z",
              "中平路靠近河南路那一段也淹起來了，水大概到小腿，有幾台機車在牽車。", at="中平中段", alt="H")
    s.flood("13:40", "SN-FL-007", 39, "H", dup=[60])
    s.add("13:42", "incident", "road_closure", "H", "河南路（中平路至停車場段）封閉，車輛改道。", at="河南低窪",
          sev="Severe")
    s.add("13:45", "parking", "full", "H", "河南路停車場 汽車位已滿 0/300（入口關閉）", sensor="SN-PK-003")
    pk = s.wl("13:50", "SN-WL-002", 3.04, "1", "P")
    s.add("13:52", "1999", "other", "P", "公園南邊那個滯洪池水好滿，都快溢到步道上了，會不會淹出來？", at="公園南")
    s.cong("13:55", "SN-VD-HENAN-02", 12, 63, "H")
    s.add("14:00", "incident", "flooding_report", "Z", "中平路近河南路口積水約 25 公分，外側車道不通。",
          at="中平中段", sev="Moderate", alt="H")
    s.add("14:05", "1999", "other", None, "路口有人在發傳單，雨這麼大還站在馬路上。", at="河南中平")
    s.add("14:08", "cctv", "crowding", None, "河南路/中平路 影像分析：人群聚集", sensor="SN-CCTV-010", conf=0.38)
    s.add("14:10", "1999", "other", "H",
          "我要去逢甲水湳校區上課，河南路那邊封路了，還有別的路可以進去嗎？", at="河南VD2")
    s.add("14:15", "incident", "flooding_report", "P", "中央公園南滯洪池水位接近溢流，水利局人員到場監看，管制步道。",
          at="公園南", sev="Severe")
    s.add("14:20", "1999", "flooding", "Z", "中平路那邊淹水，我家騎樓的機車要不要牽去高一點的地方？", at="中平中段",
          alt="H")
    s.add("14:25", "1999", "streetlight", None, "中平路有兩盞路燈白天一直亮，XT-05510、XT-05511。", at="中平東")
    s.cong("14:30", "SN-VD-ZHONGPING-01", 15, 55, "Z", alt="H")
    s.add("14:35", "1999", "other", "H", "剛剛打過那個，河南路停車場的車還是開不出來，水有退嗎？", at="河南低窪")
    s.add("14:40", "119", "ambulance", None, "中國醫藥大學水湳校區學生於樓梯滑倒扭傷。", at="中醫水湳")
    s.flood("14:45", "SN-FL-007", 43, "H")
    s.add("14:50", "1999", "other", "P", "公園裡的滯洪池是不是有人要來放水？附近的住戶很擔心。", at="公園南")
    s.add("15:00", "1999", "other", "H", "河南路的水什麼時候會退？我下班要回家，我住河南路巷子裡面。", at="河南VD2")
    s.wl("15:10", "SN-WL-002", 2.91, "2", "P")
    s.add("15:20", "1999", "noise", None, "隔壁在用高壓水柱洗騎樓，很吵，水還噴到我家。", at="生態B")
    s.add("15:30", "incident", "flooding_report", "Z", "中平路積水已退，恢復通行。", at="中平中段", sev="Minor",
          alt="H")
    s.flood("15:45", "SN-FL-007", 26, "H")
    s.add("15:50", "1999", "other", "H", "我上一通說的河南路停車場，現在車可以開出來了嗎？", at="河南低窪")
    s.wl("16:00", "SN-WL-002", 2.44, "3", "P")
    s.flood("16:20", "SN-FL-007", 11, "H")
    s.add("16:30", "1999", "blocked_drain", None, "我們巷口水溝被樹葉塞住，下雨就積一點水，不嚴重，麻煩清一下。",
          at="逢甲水湳")
    s.add("16:40", "incident", "road_closure", "H", "河南路解除封閉，停車場入口恢復進出。", at="河南低窪", sev="Minor")
    s.add("16:45", "parking", "full", None, "水湳轉運中心停車場 汽車位已滿 0/614", sensor="SN-PK-001")
    s.add("17:00", "incident", "flooding_report", "P", "南滯洪池水位回降至三級以下，解除步道管制。", at="公園南",
          sev="Minor")
    s.add("17:20", "1999", "other", None, "公園南邊步道很多泥巴，明天可以派人來清嗎？", at="公園南", alt="P")
    s.incident("H", "flood", "河南路低窪處（停車場入口）淹水封路約 3.5 小時", h)
    s.incident("Z", "flood", "中平路近河南路口積水（約 400 m 外另一處）", z)
    s.incident("P", "flood", "中央公園南滯洪池達一級警戒、接近溢流，步道管制", pk)
    s.alternative("河南路與中平路兩處積水相距約 400 公尺、同一時段、同一排水系統，協調員可能當成一個南區淹水案派遣；"
                  "事後步道清泥可視為滯洪池案的收尾。",
                  same_incidents(s, drop=("Z",)))
    s.notes = "P 的三級、二級警戒在一級之前即標為 P（同一池的上升過程），開案證據為一級警戒。轉運中心停車場滿位為背景。"
    return s


if __name__ == "__main__":
    for f in (s411, s412, s413, s414, s415, s416):
        sit = f()
        print(*sit.write())
