"""Situations 2111-2116 (seeded)."""
from lib import Sit, SENSORS, inc

FCU = (120.652, 24.179)
GATE = (120.6537, 24.1815)


def s2111():
    s = Sit(2111, "fcu_lab_fumes_and_gate_fall", "2026-03-10", 2111,
            "週二上午十點多，逢甲大學水湳校區實驗大樓三樓化學實驗室藥品傾倒，刺激性氣味擴散，火警總機動作，消防局派化災車，校方疏散師生，兩名學生吸入不適送醫；疏散時另有一名女學生在操場昏倒。同一時間校門口中科路有學生騎機車自摔受傷。其餘為路燈、違停、流浪狗、工地噪音、偵測器斷線閃斷及事後報案的機車失竊等例行案件。",
            "The lab release is one hazmat job (fire bureau hazmat team, school evacuation, casualties from the fumes, the smell drifting to the neighbours). The scooter fall at the gate is a separate traffic job 300 m away at the same time: different cause, different crews. The fainted student during the evacuation is debatable: she was evacuated because of the release, but nothing says she breathed the fumes.")
    s.add("1999", "streetlight", "10:05", "經貿路三段近生態住宅的路燈白天一直亮著，浪費電，請處理。", near=(120.6593, 24.1832))
    s.add("1999", "illegal_parking", "10:12", "逢甲水湳校區中科路大門口紅線有汽車違停，擋到學生進出。", near=GATE, spread=(20, 60))
    s.add("status", "offline", "10:15", "凱旋路車輛偵測器2 離線", sensor="SN-VD-KAIXUAN-02", reason="comms_lost")
    s.add("status", "online", "10:18:30", "凱旋路車輛偵測器2 恢復連線", sensor="SN-VD-KAIXUAN-02")
    fa = s.add("fire_alarm", "alarm", "10:21:40", "逢甲大學水湳校區 理工實驗大樓3F 偵煙探測器動作", "A", sensor="SN-FA-009", delay=5)
    c1 = s.add("1999", "gas_odor", "10:23", "我是逢甲水湳校區的學生，實驗室有很刺鼻的味道，好多人在咳嗽，大家都往外面跑。", "A", near=FCU, spread=(30, 90))
    s.dup(c1, 45)
    h = s.add("119", "hazmat", "10:24", "逢甲大學水湳校區理工實驗大樓3F化學實驗室藥品外洩，刺激性氣味，派遣化災搶救車1、水箱車2、救護車2。", "A", near=FCU, spread=(5, 30))
    ev = s.add("incident", "evacuation", "10:29", "校方廣播疏散理工實驗大樓師生約200人至操場集合，員警協助管制大樓出入口。", "A", near=FCU, spread=(30, 80), severity="Moderate", delay=540)
    s.add("incident", "other", "10:35", "疏散完成，校方清點人數中，暫無人員受困。", "A", near=FCU, spread=(30, 80), severity="Minor", follows=ev, delay=60)
    s.add("1999", "other", "10:27", "學校一直廣播要大家離開大樓，外面來很多消防車跟救護車，到底發生什麼事？", "A", near=FCU, spread=(60, 180))
    s.add("119", "hazmat", "10:33", "化災車到達現場，著防護衣進入3F實驗室偵測。", "A", near=FCU, spread=(5, 30), status="on_scene", follows=h)
    s.add("119", "ambulance", "10:36", "實驗室學生2名吸入刺激性氣體，喉嚨灼熱、咳嗽，意識清楚，送中國醫藥大學附設醫院。", "A", near=FCU, spread=(10, 50))
    faint = s.add("119", "ambulance", "10:41", "逢甲水湳校區操場，疏散集合時一名女學生昏倒，意識已恢復，疑低血糖，送醫。", "A", near=FCU, spread=(80, 150), alt="C")
    s.add("1999", "環境公害", "10:45", "我住經貿路這邊，突然聞到很重像漂白水的味道，窗戶都要關起來，是不是哪裡在排放？", "A", near=FCU, spread=(220, 320))
    # scooter fall at the gate
    b1 = s.add("1999", "traffic_accident", "10:32", "逢甲水湳校區中科路校門口有人騎機車摔倒，躺在地上，請派救護車。", "B", near=GATE, spread=(20, 60))
    s.add("incident", "injury_accident", "10:33", "中科路逢甲水湳校區大門前，機車自摔，騎士為該校學生，手腳擦挫傷，佔用外側車道。", "B", near=GATE, spread=(5, 30), severity="Moderate")
    s.add("119", "ambulance", "10:34", "中科路逢甲大學水湳校區大門 機車事故 1傷。", "B", near=GATE, spread=(5, 30))
    s.add("119", "ambulance", "10:58", "中科路機車事故傷者已送醫，返隊。", "B", near=GATE, spread=(5, 30), status="returning", delay=900)
    s.add("1999", "動物救援", "10:40", "校區旁邊空地有一隻流浪狗腳受傷，一直在叫。", near=(120.6505, 24.1775), spread=(40, 150))
    s.add("rule", "congestion", "10:50", "河南路車輛偵測器1 平均車速 22 km/h，佔有率 38%", sensor="SN-VD-HENAN-01", severity="Minor")
    s.add("1999", "noise", "11:05", "生態住宅旁邊工地一直在打樁，吵到不行，白天也要有限度吧。", near=(120.6605, 24.1850), spread=(50, 150))
    s.add("incident", "theft", "11:10", "民眾報案：逢甲水湳校區機車停車場機車失竊，昨晚停放今早發現不見。", near=(120.6512, 24.1798), spread=(10, 40), severity="Minor")
    s.add("fire_alarm", "normal", "11:20", "逢甲大學水湳校區 火警受信總機 復歸", "A", sensor="SN-FA-009", delay=5)
    s.add("incident", "other", "11:30", "實驗大樓經消防局偵測無殘留，解除疏散，師生返回。", "A", near=FCU, spread=(30, 80), severity="Minor", follows=ev)
    s.add("119", "hazmat", "11:45", "化災處理完畢，外洩藥品已由校方回收，各車返隊。", "A", near=FCU, spread=(5, 30), status="returning", follows=h)
    s.add("rule", "congestion", "11:50", "經貿路車輛偵測器1 平均車速 25 km/h，佔有率 35%", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.incident("A", "hazmat", "逢甲水湳校區實驗大樓化學藥品外洩：刺激性氣體、疏散、吸入不適送醫", c1)
    s.incident("B", "traffic", "中科路逢甲水湳校區大門機車自摔，學生受傷送醫", b1)
    s.alternative("The student who fainted at the assembly point may be a separate ambulance job (suspected low blood sugar, 100 m from the building, no word of the fumes).", [
        inc("A", "hazmat", "逢甲水湳校區實驗大樓化學藥品外洩", c1),
        inc("B", "traffic", "中科路校門機車自摔", b1),
        inc("C", "rescue", "疏散集合時學生昏倒送醫", faint)])
    return s


def s2112():
    SCH = (120.6497, 24.1930)  # school gate on Liming Rd near Kaixuan
    s = Sit(2112, "school_gate_crash_and_dark_junction", "2026-03-11", 2112,
            "週三早上七點半上學時段，黎明路三段近凱旋路的國小校門口，一輛接送小孩的休旅車倒車撞倒一名學童，警察、救護車到場，路口監視器偵測到事故。同一時段北邊的凱旋路/環中路二段路口號誌控制箱故障，號誌黑燈、路口監視器跟著離線，交通局派廠商搶修、警察指揮交通。環中路早上本來就塞，黑燈後更塞。其餘為違停、路燈、垃圾等例行案件。",
            "Two jobs 450 m apart at the same hour: the crash at the school gate (ambulance, police) and the dead signal cabinet at Kaixuan/Huanzhong (signal contractor within 2 h, police directing traffic). The CCTV going offline with the signal is the same cabinet (TB-CAB-002) and so the same job. The Huanzhong slow-down is the morning rush; whether the dark signal made it part of that job is debatable.")
    s.add("rule", "congestion", "07:10", "環中路車輛偵測器1 平均車速 28 km/h，佔有率 33%", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("1999", "illegal_parking", "07:18", "黎明路國小門口又一排家長並排停車接送，公車都過不去。", near=SCH, spread=(20, 70))
    a1 = s.add("1999", "traffic_accident", "07:31", "國小門口有車子倒車撞到小朋友，小朋友坐在地上哭，快叫救護車！", "A", near=SCH, spread=(15, 50))
    s.dup(a1, 30)
    s.add("cctv", "accident", "07:31:20", "黎明路三段/凱旋路 路口監視器 偵測到事故", "A", sensor="SN-CCTV-007", confidence=0.71)
    s.add("119", "ambulance", "07:32", "黎明路三段國小校門口 車輛倒車撞及學童，1名學童腿部受傷。", "A", near=SCH, spread=(5, 25))
    p = s.add("incident", "injury_accident", "07:35", "黎明路三段國小校門口，自小客車倒車擦撞步行學童，學童左腿擦傷，駕駛在場，現場處理中。", "A", near=SCH, spread=(5, 25), severity="Moderate")
    s.add("1999", "traffic_accident", "07:36", "我是學校導護志工，剛才校門口車禍，小朋友意識清楚，警察已經來了。", "A", near=SCH, spread=(10, 40))
    s.add("119", "ambulance", "07:44", "救護車到場，學童左腿擦挫傷，家長陪同送醫。", "A", near=SCH, spread=(5, 25), status="on_scene")
    s.add("incident", "other", "08:05", "國小門口事故現場處理完畢，車輛已移置，恢復通行。", "A", near=SCH, spread=(5, 25), severity="Minor", follows=p, arrival="08:03:40")
    # dark junction
    b1 = s.add("signal", "fault", "07:38", "凱旋路/環中路二段 號誌 故障", "B", sensor="SN-SIG-002", delay=10)
    s.add("status", "offline", "07:38:20", "凱旋路/環中路二段 路口監視器 離線", "B", sensor="SN-CCTV-002", agency="police", reason="comms_lost")
    s.add("rule", "sensor_offline", "07:48", "凱旋路/環中路二段 路口監視器 逾時未回傳", "B", sensor="SN-CCTV-002", severity="Minor", agency="police")
    s.add("1999", "traffic_signal", "07:41", "凱旋路跟環中路口紅綠燈全部不亮，車子亂衝，很危險。", "B", near=(120.64766, 24.19659), spread=(30, 100))
    s.add("incident", "traffic_signal_fault", "07:46", "凱旋路/環中路二段路口號誌黑燈，派員到場指揮交通。", "B", near=(120.64766, 24.19659), spread=(5, 30), severity="Moderate")
    s.add("1999", "traffic_signal", "07:50", "環中路凱旋路口號誌壞了，早上上班塞爆，有沒有人來指揮？", "B", near=(120.64766, 24.19659), spread=(80, 200))
    s.add("rule", "congestion", "07:52", "環中路車輛偵測器2 平均車速 12 km/h，佔有率 61%", "B", sensor="SN-VD-HUANZHONG-02", severity="Moderate", alt=None)
    s.add("rule", "congestion", "07:55", "凱旋路車輛偵測器1 平均車速 15 km/h，佔有率 55%", "B", sensor="SN-VD-KAIXUAN-01", severity="Moderate", alt=None)
    s.add("1999", "streetlight", "07:58", "黎明路三段路燈桿編號XT-08812燈罩快掉下來了。", near=(120.6512, 24.1942), spread=(10, 60))
    s.add("signal", "restored", "09:12", "凱旋路/環中路二段 號誌 恢復正常", "B", sensor="SN-SIG-002", delay=8)
    s.add("status", "online", "09:12:30", "凱旋路/環中路二段 路口監視器 恢復連線", "B", sensor="SN-CCTV-002", agency="police")
    s.add("rule", "congestion", "08:20", "經貿路車輛偵測器1 平均車速 24 km/h，佔有率 40%", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.add("1999", "環境清潔", "08:30", "黎明路人行道上有人丟了一包垃圾，很臭。", near=(120.6480, 24.1925), spread=(30, 120))
    s.add("rule", "congestion", "08:40", "中科路車輛偵測器1 平均車速 26 km/h，佔有率 36%", sensor="SN-VD-ZHONGKE-01", severity="Minor")
    s.add("status", "offline", "08:44", "河南路車輛偵測器2 離線", sensor="SN-VD-HENAN-02", reason="comms_lost")
    s.add("status", "online", "08:46", "河南路車輛偵測器2 恢復連線", sensor="SN-VD-HENAN-02")
    s.add("incident", "other", "09:20", "凱旋路/環中路二段號誌經廠商更換控制箱電源模組後恢復，撤除指揮警力。", "B", near=(120.64766, 24.19659), spread=(5, 30), severity="Minor")
    s.add("rule", "congestion", "09:25", "環中路車輛偵測器2 平均車速 35 km/h，佔有率 26%", "B", sensor="SN-VD-HUANZHONG-02", severity="Minor", alt=None)
    s.incident("A", "traffic", "國小校門口車輛倒車撞及學童", a1)
    s.incident("B", "traffic", "凱旋路/環中路二段號誌控制箱故障：號誌黑燈、監視器離線、路口壅塞", b1)
    s.alternative("The slow-downs on Huanzhong and Kaixuan at 07:50-09:25 are the ordinary morning rush (the same detectors slow every weekday); a coordinator may leave them out of the signal job.", [
        inc("A", "traffic", "國小校門口車輛倒車撞及學童", a1),
        inc("B", "traffic", "凱旋路/環中路二段號誌控制箱故障", b1)])
    return s


def s2113():
    DAY = (120.6618, 24.1742)    # day-care centre near Jingmao/Zhongping
    FOUND = (120.6538, 24.1752)  # found near Henan Rd car park
    OFF = (120.6585, 24.1930)    # operations tower offices
    s = Sit(2113, "wandering_elder_and_office_chest_pain", "2026-03-12", 2113,
            "週四下午，中國醫藥大學水湳校區附近一間日間照顧中心，一位失智長者趁家屬接送時走失，家屬與中心報警協尋，1999 也接到家屬來電；一小時後河南路停車場旁有民眾打 1999 說有位阿伯一直問路、講不清楚要去哪裡，警察到場確認就是走失長者。同時間北邊智慧營運塔辦公室一名上班族胸痛，救護車送醫；救護車經過經貿路/中平路口。其餘為違停、噪音、路燈、偵測器閃斷及例行壅塞。",
            "The lost elder is one rescue job from the first report to the finding, even though the finding is 800 m away: a search moves. The office chest pain 2 km north is its own ambulance job. The caller near the car park never says 'missing'; only the description ties him to the search.")
    s.add("1999", "illegal_parking", "14:05", "中國醫大水湳校區旁邊巷子汽車停在消防通道。", near=(120.6595, 24.1745), spread=(30, 100))
    a1 = s.add("incident", "missing_person", "14:22", "失蹤協尋：男，82歲，失智，穿灰色夾克、藍色長褲、拖鞋，約14:00自經貿路日間照顧中心走失，身高約165公分。", "A", near=DAY, spread=(5, 30), severity="Moderate")
    m2 = s.add("1999", "missing_person", "14:25", "我爸爸有失智症，剛剛在日照中心門口一轉眼就不見了，穿灰色外套，拜託幫忙找。", "A", near=DAY, spread=(10, 40))
    s.dup(m2, 50)
    s.add("rule", "congestion", "14:30", "中平路車輛偵測器2 平均車速 27 km/h，佔有率 34%", sensor="SN-VD-ZHONGPING-02", severity="Minor")
    s.add("1999", "noise", "14:35", "經貿路那邊有店家開很大聲的音樂在促銷。", near=(120.6605, 24.1770), spread=(40, 150))
    b1 = s.add("119", "ambulance", "14:41", "臺灣智慧營運塔8F辦公室，男性約50歲胸悶胸痛、冒冷汗，派遣救護車。", "B", near=OFF, spread=(5, 30))
    s.add("1999", "rescue", "14:43", "我們公司同事突然胸口痛、一直冒冷汗，已經打119了，大樓警衛要怎麼讓救護車進來？", "B", near=OFF, spread=(10, 50))
    s.add("119", "ambulance", "14:50", "救護車到場，病患意識清楚，生命徵象穩定，送醫。", "B", near=OFF, spread=(5, 30), status="on_scene", follows=b1)
    s.add("cctv", "stalled_vehicle", "14:58", "經貿路/中平路 路口監視器 偵測到車輛停滯", sensor="SN-CCTV-011", confidence=0.52)
    s.add("119", "ambulance", "15:20", "病患已送達醫院，返隊。", "B", near=OFF, spread=(5, 30), status="returning", follows=b1, delay=600)
    s.add("incident", "missing_person", "15:05", "協尋更新：走失長者家屬提供照片，已通報轄區巡邏車及各派出所注意。", "A", near=DAY, spread=(5, 30), severity="Moderate", follows=a1)
    s.add("status", "offline", "15:10", "中平路車輛偵測器1 離線", sensor="SN-VD-ZHONGPING-01", reason="comms_lost")
    s.add("status", "online", "15:13", "中平路車輛偵測器1 恢復連線", sensor="SN-VD-ZHONGPING-01")
    s.add("1999", "streetlight", "15:15", "河南路公車站旁路燈桿被貼滿小廣告。", near=(120.6510, 24.1735), spread=(20, 80))
    c = s.add("1999", "other", "15:18", "河南路停車場旁邊有個阿伯一直問路，講不清楚要去哪裡，穿拖鞋，看起來很累，可以派人來看一下嗎？", "A", near=FOUND, spread=(10, 60))
    s.add("incident", "missing_person", "15:31", "於河南路停車場旁尋獲走失長者，精神尚可，已通知家屬前來，協尋解除。", "A", near=FOUND, spread=(5, 30), severity="Minor", follows=a1)
    s.add("119", "ambulance", "15:36", "河南路停車場旁 長者走失尋獲，疑脫水，到場評估。", "A", near=FOUND, spread=(5, 30))
    s.add("rule", "congestion", "16:55", "經貿路車輛偵測器2 平均車速 26 km/h，佔有率 37%", sensor="SN-VD-JINGMAO-02", severity="Minor")
    s.add("1999", "illegal_parking", "17:05", "經貿路日照中心前面接送車輛併排停車。", near=DAY, spread=(20, 70))
    s.add("rule", "congestion", "17:20", "河南路車輛偵測器2 平均車速 21 km/h，佔有率 44%", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("1999", "環境清潔", "17:30", "中國醫大水湳校區外人行道落葉很多堵住水溝蓋。", near=(120.6585, 24.1728), spread=(20, 90))
    s.incident("A", "rescue", "失智長者自日間照顧中心走失，一小時後於河南路停車場旁尋獲", a1)
    s.incident("B", "rescue", "智慧營運塔辦公室男性胸痛，救護車送醫", b1)
    return s


def s2114():
    DIG = (120.6594, 24.1828)   # works trench on Jingmao Rd by block B
    A_BLK = (120.6588, 24.184)
    B_BLK = (120.659, 24.1815)
    s = Sit(2114, "water_main_dug_up_on_jingmao", "2026-03-16", 2114,
            "週一上午，經貿路三段生態住宅旁的管線工程（有道路施工許可）怪手挖破自來水主管，水從路面湧出，經貿路低窪處淹水感測器升到二十幾公分，警察封閉外側車道，經貿路車流變慢；生態住宅A、B區停水，B區火警總機回報消防水箱低水位。同時A區一位長者在家中浴室跌倒，與停水無關，救護車送醫。其餘為例行案件。",
            "One cause, many effects: the burst main explains the water on the road, the flood sensor, the closure, the slow-down, the dry taps in both blocks and block B's low tank. The elder's fall at home is its own ambulance job (the ambulance text says so). The works permit, issued the week before, is the site of the burst; whether the permit belongs to the job or is background is debatable.")
    pe = s.add("planned_event", "road_works", "08:00", "經貿路三段自來水管線汰換工程，施工時間08:00-17:00，佔用外側車道。", near=DIG, spread=(0, 5), arrival="08:00", observed=s.t("08:00"), ends="2026-03-16T09:00:00Z", radius_m=150, alt="A")
    s.items[-1]["arrival"] = "2026-03-09T02:10:00Z"
    s.add("rule", "congestion", "08:05", "經貿路車輛偵測器2 平均車速 27 km/h，佔有率 35%", sensor="SN-VD-JINGMAO-02", severity="Minor")
    s.add("1999", "noise", "08:40", "經貿路施工機具一大早就很吵。", near=DIG, spread=(60, 180))
    a1 = s.add("1999", "flooding", "09:47", "經貿路施工的地方水管被挖破了，水一直從地上冒出來，整條路都是水！", "A", near=DIG, spread=(10, 60))
    s.dup(a1, 25)
    s.add("rule", "flood_depth", "09:55", "經貿路低窪處 淹水深度 12 cm", "A", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("incident", "flooding_report", "09:58", "經貿路三段管線工程挖破自來水管，路面大量積水，封閉外側車道，已通知自來水公司搶修。", "A", near=DIG, spread=(5, 30), severity="Moderate")
    s.add("incident", "road_closure", "10:02", "經貿路三段南向外側車道封閉，車輛改道中清路。", "A", near=DIG, spread=(10, 50), severity="Moderate")
    s.add("rule", "flood_depth", "10:05", "經貿路低窪處 淹水深度 21 cm", "A", sensor="SN-FL-008", severity="Moderate", level="16-30")
    s.add("rule", "congestion", "10:08", "經貿路車輛偵測器2 平均車速 9 km/h，佔有率 68%", "A", sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("1999", "water_outage", "10:06", "生態住宅A區突然沒水了，也沒看到停水公告。", "A", near=A_BLK, spread=(10, 60))
    s.add("1999", "water_outage", "10:11", "我住生態住宅B區，水龍頭都沒水，是不是外面施工挖到水管？", "A", near=B_BLK, spread=(10, 60))
    s.add("fire_alarm", "fault", "10:14", "水湳生態住宅 B區 集合住宅 火警受信總機 消防水箱水位過低", "A", sensor="SN-FA-012", delay=6)
    s.add("1999", "water_outage", "10:20", "生態住宅A區12樓沒水，家裡有老人要洗澡，什麼時候會來水？", "A", near=A_BLK, spread=(10, 60))
    b1 = s.add("119", "ambulance", "10:26", "生態住宅A區7樓，82歲女性浴室跌倒，右髖疼痛無法起身（非停水相關，跌倒時間約10點）。", "B", near=A_BLK, spread=(5, 25))
    s.add("1999", "rescue", "10:24", "我媽媽在浴室跌倒爬不起來，我已經打119了，大樓電梯可以用嗎？", "B", near=A_BLK, spread=(5, 40))
    s.add("119", "ambulance", "10:35", "救護車到場，傷患右髖疑骨折，送醫。", "B", near=A_BLK, spread=(5, 25), status="on_scene", follows=b1)
    s.add("1999", "streetlight", "10:30", "中科路往北路燈編號XT-11023不亮。", near=(120.6535, 24.1860), spread=(10, 60))
    s.add("status", "offline", "10:33", "河南路低窪處 淹水感測器 離線", sensor="SN-FL-007", reason="comms_lost")
    s.add("status", "online", "10:37", "河南路低窪處 淹水感測器 恢復連線", sensor="SN-FL-007")
    s.add("1999", "other", "10:44", "經貿路那邊為什麼封起來了？公車都不進站。", "A", near=DIG, spread=(100, 250))
    s.add("incident", "other", "11:20", "自來水公司關閉上游制水閥，路面積水漸退，開挖搶修中。", "A", near=DIG, spread=(5, 30), severity="Minor")
    s.add("rule", "flood_depth", "11:40", "經貿路低窪處 淹水深度 4 cm", "A", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("rule", "cleared", "12:10", "經貿路低窪處 淹水警戒解除", "A", sensor="SN-FL-008", severity="Minor")
    s.add("1999", "illegal_parking", "12:30", "經貿路七路口有貨車停在公車站。", near=(120.65685, 24.19247), spread=(20, 80))
    s.add("fire_alarm", "normal", "15:05", "水湳生態住宅 B區 集合住宅 火警受信總機 復歸", "A", sensor="SN-FA-012", delay=6)
    s.add("incident", "road_reopened", "15:30", "經貿路三段水管搶修完成，外側車道恢復通行。", "A", near=DIG, spread=(5, 30), severity="Minor")
    s.add("1999", "water_outage", "15:40", "生態住宅A區已經來水了，但水是黃的，可以喝嗎？", "A", near=A_BLK, spread=(10, 60))
    s.incident("A", "infrastructure", "經貿路三段管線工程挖破自來水主管：路面湧水、淹水感測器、封路壅塞、生態住宅A/B區停水", a1)
    s.incident("B", "rescue", "生態住宅A區長者浴室跌倒送醫（與停水無關）", b1)
    s.alternative("The works permit is the site of the burst: a coordinator who opens the burst from the works would put the permit in the job.", [
        inc("A", "infrastructure", "經貿路三段工程挖破自來水主管", a1),
        inc("B", "rescue", "生態住宅A區長者跌倒", b1)])
    return s


def s2115():
    A_BLK = (120.6588, 24.184)
    B_BLK = (120.659, 24.1815)
    MKT = (120.6535, 24.1760)
    s = Sit(2115, "tower_kitchen_fire_and_stuck_lift", "2026-03-17", 2115,
            "週二中午，生態住宅A區9樓住戶煮飯忘了關火，廚房起火冒煙，火警總機動作，鄰居打1999，消防局出動，住戶疏散，一位長者吸入濃煙送醫。同時南邊250公尺的生態住宅B區電梯故障卡在5、6樓之間，裡面有2人受困，消防局派救助隊。河南路停車場旁有核准的平日早市，1999有人抱怨市集噪音、違停。其餘為例行案件。",
            "Two emergencies in two neighbouring towers at the same time, different causes: a kitchen fire in A (fire job, with its evacuation and casualty) and a stuck lift in B (rescue job; the text says 電梯故障, not a power cut). The market is a permitted routine event with complaints but no crowd problem: background.")
    s.add("planned_event", "market", "06:00", "河南路停車場平日早市，06:00-12:00。", near=MKT, spread=(0, 5), ends="2026-03-17T04:00:00Z", radius_m=120, arrival="06:00")
    s.items[-1]["arrival"] = "2026-03-15T01:00:00Z"
    s.add("1999", "noise", "07:10", "河南路早市攤販擴音器叫賣很吵。", near=MKT, spread=(60, 200))
    s.add("1999", "illegal_parking", "08:20", "早市旁邊機車停滿人行道。", near=MKT, spread=(30, 100))
    s.add("rule", "congestion", "08:30", "河南路車輛偵測器2 平均車速 23 km/h，佔有率 41%", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("1999", "環境清潔", "11:50", "早市收攤後垃圾沒清，整個人行道都是菜葉。", near=MKT, spread=(30, 100))
    fa = s.add("fire_alarm", "alarm", "12:06:10", "水湳生態住宅 A區 集合住宅 9F 偵煙探測器動作", "A", sensor="SN-FA-011", delay=4)
    a1 = s.add("1999", "fire_smoke", "12:07", "生態住宅A區9樓有人家裡在冒黑煙，警報一直響，好像是廚房燒起來了！", "A", near=A_BLK, spread=(20, 80))
    s.dup(a1, 35)
    h = s.add("119", "fire", "12:08", "生態住宅A區9樓住宅火警，廚房起火，派遣水箱車3、雲梯車1、救護車1。", "A", near=A_BLK, spread=(5, 20))
    s.add("incident", "fire_report", "12:10", "經貿路三段集合住宅9樓廚房火警，員警到場管制交通、協助住戶疏散。", "A", near=A_BLK, spread=(10, 40), severity="Severe")
    s.add("incident", "evacuation", "12:14", "生態住宅A區8至10樓住戶約40人疏散至一樓中庭。", "A", near=A_BLK, spread=(10, 40), severity="Moderate")
    s.add("119", "fire", "12:16", "消防人員到場，9樓廚房火勢已控制。", "A", near=A_BLK, spread=(5, 20), status="on_scene", follows=h)
    b1 = s.add("1999", "rescue", "12:18", "生態住宅B區電梯故障卡在5樓跟6樓中間，裡面有兩個人出不來，按緊急鈴沒人回。", "B", near=B_BLK, spread=(5, 40))
    s.add("119", "rescue", "12:21", "生態住宅B區電梯故障受困2人，派遣救助隊。", "B", near=B_BLK, spread=(5, 20))
    s.add("119", "ambulance", "12:24", "生態住宅A區9樓火警，75歲男性吸入濃煙，咳嗽、喘，送醫。", "A", near=A_BLK, spread=(5, 20))
    s.add("1999", "other", "12:26", "我媽住生態住宅A區10樓，剛剛說失火了，現在電話打不通，她有沒有事？", "A", near=A_BLK, spread=(200, 600))
    s.add("119", "fire", "12:30", "9樓廚房火勢撲滅，殘火處理、排煙中。", "A", near=A_BLK, spread=(5, 20), status="on_scene", follows=h, delay=420)
    s.add("119", "rescue", "12:40", "電梯受困2人已救出，均無受傷，通知電梯保養廠商。", "B", near=B_BLK, spread=(5, 20), status="closed", delay=90)
    s.add("fire_alarm", "normal", "12:52", "水湳生態住宅 A區 集合住宅 火警受信總機 復歸", "A", sensor="SN-FA-011", delay=4)
    s.add("incident", "other", "13:05", "生態住宅A區火警處理完畢，住戶返回，9樓該戶暫不得進入。", "A", near=A_BLK, spread=(10, 40), severity="Minor")
    s.add("119", "fire", "13:10", "各車返隊。", "A", near=A_BLK, spread=(5, 20), status="returning", follows=h)
    s.add("1999", "streetlight", "13:20", "敦化路一段路燈整天亮著。", near=(120.6610, 24.1810), spread=(30, 120))
    s.add("status", "offline", "13:40", "中央公園地下停車場(南) 離線", sensor="SN-PK-005", reason="comms_lost")
    s.add("status", "online", "13:43", "中央公園地下停車場(南) 恢復連線", sensor="SN-PK-005")
    s.add("rule", "congestion", "13:50", "中清路車輛偵測器2 平均車速 29 km/h，佔有率 31%", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.incident("A", "fire", "生態住宅A區9樓廚房火警：疏散、長者吸入濃煙送醫", a1)
    s.incident("B", "rescue", "生態住宅B區電梯故障受困2人", b1)
    return s


def s2116():
    TR = (120.6536, 24.1830)   # trench on Zhongke Rd
    ST = (120.6440, 24.1890)   # stalled car on Huanzhong
    s = Sit(2116, "night_works_trench_collapse", "2026-03-18", 2116,
            "週三夜間，中科路有核准的夜間污水管線工程（22:00-05:00），同時交通局在中科路偵測器與經貿路/黎明路口控制箱做計畫性維護，設備離線。23點多有民眾抱怨夜間施工噪音。23:40環中路一輛小客車拋錨佔用車道。凌晨1點半中科路工地溝槽邊坡坍塌，一名工人下半身被土埋住，消防局救助隊以人力挖掘救出送醫，警察封閉中科路一個方向。",
            "Two jobs: the stalled car on Huanzhong (traffic, police tow) and the trench collapse (rescue; the police closure and the works permit's site belong to it). The maintenance windows and the noise complaint are background: nobody is dispatched to them.")
    s.add("planned_event", "road_works", "22:00", "中科路污水下水道管線夜間施工，22:00至翌日05:00，封閉內側車道。", near=TR, spread=(0, 5), ends="2026-03-18T21:00:00Z", radius_m=200)
    s.items[-1]["arrival"] = "2026-03-16T03:00:00Z"
    s.add("status", "offline", "22:05", "中科路車輛偵測器1 計畫性維護", sensor="SN-VD-ZHONGKE-01", reason="maintenance")
    for sid, ag in (("SN-SIG-005", "traffic"), ("SN-CCTV-005", "police"), ("SN-VD-JINGMAO-01", "traffic")):
        s.add("status", "offline", "22:10", f"{SENSORS[sid]['name']} 計畫性維護（TB-CAB-005 控制箱更換）", sensor=sid, agency=ag, reason="maintenance")
    s.add("signal", "fault", "22:11", "經貿路二段/黎明路三段 號誌 閃黃", sensor="SN-SIG-005")
    s.add("1999", "noise", "23:15", "中科路半夜還在施工，機具聲音很大，小孩都不能睡。", near=TR, spread=(100, 300))
    b1 = s.add("incident", "stalled_vehicle", "23:40", "環中路二段往南內側車道自小客車拋錨，駕駛已放置三角錐，通知拖吊。", "B", near=ST, spread=(5, 30), severity="Minor")
    s.add("1999", "other", "23:44", "環中路內線有一台車停在路中間，閃雙黃燈，晚上很暗很危險。", "B", near=ST, spread=(30, 120))
    s.add("rule", "congestion", "23:50", "環中路車輛偵測器1 平均車速 31 km/h，佔有率 22%", "B", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("incident", "other", "24:25", "環中路拋錨車已拖離，恢復通行。", "B", near=ST, spread=(5, 30), severity="Minor", follows=b1)
    s.add("signal", "restored", "24:40", "經貿路二段/黎明路三段 號誌 恢復正常", sensor="SN-SIG-005")
    for sid, ag in (("SN-SIG-005", "traffic"), ("SN-CCTV-005", "police"), ("SN-VD-JINGMAO-01", "traffic")):
        s.add("status", "online", "24:41", f"{SENSORS[sid]['name']} 恢復連線", sensor=sid, agency=ag)
    a1 = s.add("119", "rescue", "25:32", "中科路污水管線工地溝槽坍塌，1名工人下半身遭土石掩埋，派遣救助隊2、救護車1。", "A", near=TR, spread=(5, 20))
    c2 = s.add("1999", "other", "25:35", "中科路工地好像有人被埋在洞裡，工人在大叫，快點來！", "A", near=TR, spread=(20, 80))
    s.dup(c2, 20)
    s.add("incident", "road_closure", "25:41", "中科路工地溝槽坍塌救援，封閉中科路南向車道，車輛改道凱旋路。", "A", near=TR, spread=(10, 60), severity="Severe")
    s.add("119", "rescue", "25:44", "救助隊到場，以人力挖掘搭配擋土板，避免二次坍塌。", "A", near=TR, spread=(5, 20), status="on_scene", follows=a1, delay=900)
    s.add("incident", "injury_accident", "25:50", "中科路工地職災：溝槽坍塌，工人受困，已通報勞檢單位。", "A", near=TR, spread=(5, 30), severity="Severe")
    s.add("119", "ambulance", "26:25", "工地受困工人已救出，意識清楚，雙腿擦挫傷，送醫。", "A", near=TR, spread=(5, 20))
    s.add("119", "rescue", "26:50", "救援完畢，各車返隊。", "A", near=TR, spread=(5, 20), status="returning", follows=a1)
    s.add("status", "online", "27:00", "中科路車輛偵測器1 恢復連線", sensor="SN-VD-ZHONGKE-01")
    s.add("incident", "road_reopened", "27:30", "中科路南向車道恢復通行，工地停工待勞檢。", "A", near=TR, spread=(10, 60), severity="Minor")
    s.add("1999", "streetlight", "26:10", "黎明路三段一整排路燈忽明忽暗。", near=(120.6510, 24.1945), spread=(30, 150))
    s.incident("A", "rescue", "中科路夜間工地溝槽坍塌，工人受困救出送醫，封閉南向車道", a1)
    s.incident("B", "traffic", "環中路二段小客車拋錨佔用內側車道", b1)
    return s


if __name__ == "__main__":
    for f in (s2111, s2112, s2113, s2114, s2115, s2116):
        f().write()
