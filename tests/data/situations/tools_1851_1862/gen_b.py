"""Situations 1857-1862 (seeded)."""
from lib import Situation, alt_list, background

EA, EB = "eco_block_a", "eco_block_b"


def s1857():
    s = Situation(1857, "pop_music_centre_concert_night", "2016-12-10 17:00",
                  "流行影音中心週六演唱會：許可、停車場滿、凱旋路中科路車流慢、違停、入場管制；場內觀眾暈倒；排隊時錢包失竊；十點後住戶噪音陳情；散場後凱旋路互毆。")
    C = "concert_crowd"
    s.add(120, "planned_event", "concert", "流行影音中心戶外演唱會，預估1.2萬人", C, "pop_music_centre", r=None,
          lag=-6 * 86400, ends=330, radius_m=500)
    s.add(60, "parking", "full", "中央公園地下停車場(北) 汽車格已滿", C, sensor="SN-PK-004")
    s.add(75, "rule", "congestion", "凱旋路車輛偵測器2 平均車速降至 11 km/h", C, sensor="SN-VD-KAIXUAN-02", sev="Moderate")
    s.add(82, "rule", "congestion", "中科路車輛偵測器1 平均車速降至 16 km/h", C, sensor="SN-VD-ZHONGKE-01", sev="Minor")
    s.add(90, "1999", "illegal_parking", "凱旋路兩側違停一整排，公車都過不去", C, "SN-VD-KAIXUAN-02", r=(30, 150))
    cc = s.add(100, "incident", "crowd_control", "流行影音中心入場人潮，凱旋路、中科路派員管制", C, "pop_music_centre", sev="Moderate", r=(30, 100))
    A = "concert_faint"
    a1 = s.add(140, "119", "ambulance", "流行影音中心演唱會觀眾1名暈倒，疑似換氣過度", A, "pop_music_centre", r=(10, 60), alt=C)
    s.add(150, "119", "ambulance", "到達現場，醫護站處置中", A, "pop_music_centre", r=(10, 60), status="on_scene", follows=a1, alt=C)
    T = "concert_theft"
    t1 = s.add(112, "incident", "theft", "歌迷排隊入場時背包內錢包遭竊", T, "pop_music_centre", sev="Minor", r=(30, 100))
    s.add(280, "1999", "noise", "演唱會太大聲，已經十點了還在響，小孩沒辦法睡", C, EA, r=(10, 60))
    s.add(290, "1999", "noise", "影音中心那邊音樂震到窗戶一直在響", C, EB, r=(10, 60))
    s.add(335, "rule", "congestion", "凱旋路車輛偵測器2 平均車速降至 9 km/h", C, sensor="SN-VD-KAIXUAN-02", sev="Moderate")
    s.add(338, "incident", "crowd_control", "散場人潮疏導，凱旋路暫時封閉外側車道", C, "SN-VD-KAIXUAN-02", sev="Minor", r=(20, 80))
    Fg = "after_show_fight"
    f1 = s.add(345, "incident", "public_disturbance", "散場後兩名男子在凱旋路口互毆", Fg, "SN-VD-KAIXUAN-02", sev="Moderate", r=(60, 120))
    s.add(348, "119", "ambulance", "凱旋路男性臉部挫傷流血", Fg, "SN-VD-KAIXUAN-02", r=(60, 120))
    s.add(360, "incident", "public_disturbance", "互毆雙方已帶回派出所", Fg, "SN-VD-KAIXUAN-02", sev="Minor", r=(60, 120), follows=f1)
    s.add(200, "status", "offline", "中央公園滯洪池1 離線", None, sensor="SN-FL-001", reason="battery_low")
    background(s, [30, 170, 250, 310])
    s.incident(C, "crowd", "演唱會人潮與車流（停車、壅塞、違停、管制、噪音）", cc)
    s.incident(A, "rescue", "演唱會觀眾暈倒", a1)
    s.incident(T, "public_safety", "排隊時錢包失竊", t1)
    s.incident(Fg, "public_safety", "散場後凱旋路互毆一人受傷", f1)
    s.notes = "滯洪池1電池低電量離線為設備保養事項，不是中心派遣的工作。"
    s.alternative("場內觀眾暈倒由演唱會現場醫護站處理，可視為人潮安全案的一部分。",
                  alt_list(s.incidents, drop=(A,)))
    s.write()


def s1858():
    s = Situation(1858, "transit_hub_monday_morning", "2016-04-11 07:30",
                  "週一早上轉運中心：總機火警三分鐘復歸（烤箱誤觸）；乘客胸痛倒地CPR；中科路環中路機車逆向影像；行李遭竊；經貿路環中路口號誌黑燈；通勤車流與停車場滿為日常。")
    FA = "hub_panel_alarm"
    fa = s.add(0, "fire_alarm", "alarm", "2樓 商店街 偵煙探測器動作", FA, sensor="SN-FA-001", alt=None)
    s.add(3, "fire_alarm", "normal", "2樓 商店街 復歸", FA, sensor="SN-FA-001", alt=None)
    s.add(4, "incident", "other", "轉運中心站務回報2樓便利商店烤箱冒煙誤觸偵煙器，無火警", FA, "transit_hub", sev="Minor", r=(5, 30), alt=None)
    s.add(10, "rule", "congestion", "環中路車輛偵測器2 平均車速降至 22 km/h", None, sensor="SN-VD-HUANZHONG-02", sev="Minor")
    s.add(15, "parking", "full", "水湳轉運中心停車場 汽車格已滿", None, sensor="SN-PK-001")
    R = "hub_cardiac"
    r1 = s.add(25, "119", "ambulance", "水湳轉運中心候車區男性胸痛倒地，無呼吸", R, "transit_hub", r=(5, 30))
    s.dup(r1, 30)
    s.add(26, "incident", "medical", "轉運站乘客倒地，站務人員CPR中", R, "transit_hub", sev="Severe", r=(5, 30))
    s.add(27, "1999", "rescue", "轉運站有人倒下好像沒有呼吸了", R, "transit_hub", r=(10, 50))
    s.add(31, "119", "ambulance", "到達現場，AED電擊1次", R, "transit_hub", r=(5, 30), status="on_scene", follows=r1)
    s.add(50, "119", "ambulance", "恢復心跳，送中國醫藥大學附設醫院", R, "transit_hub", r=(5, 30), status="closed", follows=r1)
    W = "wrong_way_zhongke"
    w1 = s.add(40, "cctv", "wrong_way", "中科路/環中路二段 逆向行駛", W, sensor="SN-CCTV-003", confidence=0.77, alt=None)
    T = "hub_luggage_theft"
    t1 = s.add(70, "incident", "theft", "轉運中心乘客放在候車區的行李箱遭竊", T, "transit_hub", sev="Minor", r=(5, 40))
    s.add(75, "1999", "other", "在轉運站廁所遺失皮夾，想問有沒有人撿到", None, "transit_hub", r=(10, 40))
    S = "dark_signal_jingmao_huanzhong"
    sg = s.add(100, "signal", "fault", "經貿路二段/環中路二段 號誌控制器故障 黑燈", S, sensor="SN-SIG-004")
    s.add(102, "cctv", "signal_dark", "經貿路二段/環中路二段 號誌黑燈", S, sensor="SN-CCTV-004", confidence=0.9)
    s.add(104, "rule", "congestion", "經貿路車輛偵測器1 平均車速降至 10 km/h", S, sensor="SN-VD-JINGMAO-01", sev="Moderate")
    s.add(105, "1999", "traffic_signal", "經貿路環中路口紅綠燈不亮，車子亂鑽", S, "jingmao/huanzhong", r=(10, 60))
    s.add(110, "incident", "traffic_signal_fault", "經貿路環中路口號誌故障，派員指揮交通", S, "jingmao/huanzhong", sev="Moderate", r=(5, 30))
    s.add(150, "signal", "restored", "經貿路二段/環中路二段 號誌恢復正常", S, sensor="SN-SIG-004")
    background(s, [5, 60, 90, 130, 170])
    s.incident(FA, "fire", "轉運中心總機火警（查證為烤箱誤觸）", fa)
    s.incident(R, "rescue", "轉運站乘客心跳停止CPR送醫", r1)
    s.incident(W, "traffic", "中科路環中路口機車逆向", w1)
    s.incident(T, "public_safety", "候車區行李箱失竊", t1)
    s.incident(S, "traffic", "經貿路環中路口號誌黑燈", sg)
    s.alternative("三分鐘內復歸且站務確認誤觸的總機警報，以及單一次未經確認的逆向影像，有的調度員只記錄不派遣。",
                  alt_list(s.incidents, drop=(FA, W)))
    s.write()


def s1859():
    s = Situation(1859, "central_park_night_market_gas_and_oil_fire", "2016-08-20 17:30",
                  "中央公園北側週末市集：人潮與停車場滿；攤位瓦斯鋼瓶洩漏疏散；一小時後附近攤位油鍋起火（煙飄進地下停車場出入口使總機動作）、攤商燙傷；男童走失尋獲。")
    MK = "market_crowd"
    s.add(30, "planned_event", "market", "中央公園週末市集，攤位80攤", MK, "SN-PK-004", r=None, lag=-5 * 86400, ends=330, radius_m=300)
    s.add(100, "parking", "full", "中央公園地下停車場(北) 汽車格已滿", MK, sensor="SN-PK-004")
    mk = s.add(150, "1999", "crowding", "公園市集人太多，步道擠到走不動，有人推擠", MK, "SN-PK-004", r=(30, 120))
    s.add(156, "incident", "crowd_control", "中央公園市集人潮管制，入口改單向進出", MK, "SN-PK-004", sev="Moderate", r=(30, 120))
    G = "market_gas_leak"
    stall = (120.6559, 24.1877)
    g1 = s.add(170, "1999", "gas_odor", "市集攤位的瓦斯桶好像在漏，很濃的瓦斯味", G, stall, r=(5, 40))
    s.add(173, "incident", "hazmat_report", "市集攤販瓦斯鋼瓶接頭洩漏，已關閉鋼瓶", G, stall, sev="Moderate", r=(5, 20))
    h = s.add(175, "119", "hazmat", "中央公園市集攤位瓦斯鋼瓶洩漏", G, stall, r=(0, 10))
    s.add(176, "incident", "evacuation", "疏散周邊攤商及民眾約50公尺範圍", G, stall, sev="Moderate", r=(5, 20))
    s.add(185, "119", "hazmat", "到達現場，鋼瓶移至空曠處", G, stall, r=(0, 10), status="on_scene", follows=h)
    s.add(200, "119", "hazmat", "更換接頭，洩漏排除", G, stall, r=(0, 10), status="closed", follows=h)
    K = "market_lost_boy"
    k1 = s.add(205, "incident", "missing_person", "7歲男童在市集走失，穿白色上衣", K, "SN-PK-004", sev="Moderate", r=(30, 120))
    s.add(218, "incident", "missing_person", "男童於市集服務台尋獲", K, "SN-PK-004", sev="Minor", r=(30, 120), follows=k1)
    FI = "market_oil_fire"
    stall2 = (120.6564, 24.1881)
    f1 = s.add(240, "1999", "fire_smoke", "市集攤位油鍋起火，冒很大的煙", FI, stall2, r=(10, 50), alt=G)
    fc = s.add(241, "119", "fire", "中央公園市集攤位油鍋起火", FI, stall2, r=(0, 10), alt=G)
    s.add(243, "incident", "fire_report", "市集攤位火警，攤商以滅火器初期滅火中", FI, stall2, sev="Moderate", r=(5, 20), alt=G)
    s.add(244, "fire_alarm", "alarm", "B1 車道出入口 偵煙探測器動作", FI, sensor="SN-FA-007", alt=G)
    s.add(252, "119", "fire", "到達現場，火勢已撲滅", FI, stall2, r=(0, 10), status="on_scene", follows=fc, alt=G)
    s.add(256, "fire_alarm", "normal", "B1 車道出入口 復歸", FI, sensor="SN-FA-007", alt=G)
    s.add(262, "119", "ambulance", "市集攤商手部燙傷", FI, stall2, r=(0, 20), alt=G)
    s.add(270, "119", "fire", "現場安全，收隊", FI, stall2, r=(0, 10), status="closed", follows=fc, alt=G)
    s.add(290, "1999", "noise", "公園市集的樂團表演太大聲", MK, EA, r=(20, 80))
    s.add(320, "rule", "congestion", "經貿路車輛偵測器2 平均車速降至 17 km/h", MK, sensor="SN-VD-JINGMAO-02", sev="Minor")
    background(s, [20, 60, 130, 230, 300])
    s.incident(MK, "crowd", "週末市集人潮（停車場滿、推擠、管制、噪音、散場車流）", mk)
    s.incident(G, "hazmat", "攤位瓦斯鋼瓶洩漏疏散", g1)
    s.incident(K, "rescue", "市集男童走失尋獲", k1)
    s.incident(FI, "fire", "另一攤位油鍋起火（含停車場出入口總機動作、攤商燙傷）", f1)
    s.alternative("油鍋起火與瓦斯洩漏在同一排攤位、相距數十公尺，同一批消防人員處理，可視為同一件市集攤位安全事件。",
                  alt_list(s.incidents, drop=(FI,), replace={G: dict(s.incidents[1], type="fire", description="市集攤位瓦斯洩漏與油鍋起火")}))
    s.write()


def s1860():
    s = Situation(1860, "cmu_lab_chemical_release", "2016-06-07 10:15",
                  "中國醫藥大學水湳校區實驗室化學藥品打翻：總機、119危險物品、刺鼻味陳情、師生疏散聚集路口、學生眼睛刺痛送醫；河南路中平路口車禍；下午校內電梯受困。")
    H = "cmu_chemical"
    s.add(0, "fire_alarm", "alarm", "實驗大樓3樓 偵煙探測器動作", H, sensor="SN-FA-010")
    h = s.add(3, "119", "hazmat", "中國醫藥大學水湳校區實驗室化學藥品打翻，刺激性氣味", H, "cmu_campus", r=(10, 40))
    s.add(4, "1999", "gas_odor", "中國醫大水湳校區附近聞到刺鼻的味道，眼睛很痛", H, "cmu_campus", r=(80, 200))
    s.add(6, "incident", "evacuation", "實驗大樓師生約200人疏散至戶外", H, "cmu_campus", sev="Moderate", r=(10, 40))
    s.add(8, "cctv", "crowding", "經貿路/中平路 人群聚集", H, sensor="SN-CCTV-011", confidence=0.66, alt=None)
    s.add(10, "119", "hazmat", "到達現場，化災車偵測中", H, "cmu_campus", r=(10, 40), status="on_scene", follows=h)
    s.add(12, "119", "ambulance", "學生2名眼睛刺痛、咳嗽", H, "cmu_campus", r=(10, 40))
    s.add(14, "119", "ambulance", "另1名學生呼吸不適", H, "cmu_campus", r=(10, 40))
    s.add(20, "1999", "環境公害", "水資源回收中心這邊聞到怪怪的刺鼻味", H, "water_reclamation", r=(40, 120), alt=None)
    AC = "henan_zhongping_crash"
    ac = s.add(30, "incident", "injury_accident", "河南路中平路口機車與自行車擦撞，自行車騎士受傷", AC, "henan/zhongping", sev="Moderate", r=(5, 30))
    s.add(31, "119", "ambulance", "河南路中平路口車禍1人受傷", AC, "henan/zhongping", r=(5, 30))
    s.add(33, "cctv", "stalled_vehicle", "河南路/中平路 車輛停滯", AC, sensor="SN-CCTV-010", confidence=0.71)
    s.add(38, "rule", "congestion", "河南路車輛偵測器2 平均車速降至 13 km/h", AC, sensor="SN-VD-HENAN-02", sev="Minor")
    s.add(40, "fire_alarm", "normal", "實驗大樓3樓 復歸", H, sensor="SN-FA-010")
    s.add(60, "119", "hazmat", "化學災害處理完畢，實驗室持續通風", H, "cmu_campus", r=(10, 40), status="closed", follows=h)
    s.add(62, "incident", "other", "疏散師生返回大樓", H, "cmu_campus", sev="Minor", r=(10, 40))
    L = "cmu_lift"
    l1 = s.add(150, "119", "rescue", "中國醫藥大學水湳校區教學大樓電梯故障，1人受困", L, "cmu_campus", r=(20, 80))
    s.add(165, "119", "rescue", "受困者已救出", L, "cmu_campus", r=(20, 80), status="closed", follows=l1)
    s.add(90, "1999", "illegal_parking", "中國醫大水湳校區門口機車亂停", None, "cmu_campus", r=(60, 150))
    background(s, [25, 75, 120, 180])
    s.incident(H, "hazmat", "實驗室化學藥品外洩（疏散、學生送醫）", h)
    s.incident(AC, "traffic", "河南路中平路口機車自行車擦撞", ac)
    s.incident(L, "rescue", "教學大樓電梯受困", l1)
    s.notes = "總機偵煙動作在化學外洩中先到，但一個偵煙點不足以判斷；119危險物品派遣才足以開案。"
    s.alternative("路口人群聚集影像與回收中心附近的臭味陳情可能與化學外洩無關（例行聚集、回收中心例行臭味）。",
                  alt_list(s.incidents))
    s.write()


def s1861():
    s = Situation(1861, "quiet_weeknight_shift", "2016-02-16 00:30",
                  "平日深夜班：大多是例行陳情與設備狀態；經貿路醉倒路旁送醫；經貿路中平路口號誌故障閃黃；機車失竊；排水水位站斷線數小時；清晨黎明路樹枝掉落車道。")
    for m in [5, 25, 45, 70, 95, 140, 175, 230, 270, 320]:
        background(s, [m])
    s.add(15, "1999", "noise", "生態住宅B區旁邊的狗一直叫", None, EB, r=(30, 120))
    s.add(60, "1999", "noise", "樓上住戶半夜在搬家具", None, EA, r=(10, 50))
    R = "drunk_jingmao"
    r1 = s.add(40, "incident", "medical", "經貿路三段民眾醉倒路旁，已通報119", R, "SN-VD-JINGMAO-02", sev="Minor", r=(30, 120))
    s.add(42, "119", "ambulance", "經貿路三段路倒男性", R, "SN-VD-JINGMAO-02", r=(30, 120))
    s.add(150, "status", "offline", "中平路車輛偵測器2 離線", None, sensor="SN-VD-ZHONGPING-02", reason="comms_lost")
    s.add(153, "status", "online", "中平路車輛偵測器2 恢復連線", None, sensor="SN-VD-ZHONGPING-02")
    S = "signal_jingmao_zhongping"
    sg = s.add(120, "signal", "fault", "經貿路/中平路 號誌控制器異常 閃黃", S, sensor="SN-SIG-011")
    s.add(300, "signal", "restored", "經貿路/中平路 號誌恢復正常", S, sensor="SN-SIG-011")
    s.add(135, "1999", "traffic_signal", "經貿路中平路口紅綠燈一直閃黃燈", S, "jingmao/zhongping", r=(10, 60))
    T = "scooter_theft_block_a"
    t1 = s.add(200, "incident", "theft", "經貿路三段騎樓機車遭竊", T, EA, sev="Minor", r=(50, 150))
    D = "wl003_offline"
    d1 = s.add(230, "status", "offline", "水湳區域排水經貿路水位 離線", D, sensor="SN-WL-003", reason="comms_lost", alt=None)
    s.add(260, "rule", "sensor_offline", "水湳區域排水經貿路水位 超過30分鐘未回傳", D, sensor="SN-WL-003", sev="Minor", alt=None)
    s.add(380, "status", "online", "水湳區域排水經貿路水位 恢復連線", D, sensor="SN-WL-003", alt=None)
    O = "branch_liming"
    o1 = s.add(340, "1999", "fallen_tree", "黎明路三段有很大的樹枝掉在機車道上", O, "liming/jingmao", r=(80, 200))
    s.add(352, "incident", "fallen_object", "黎明路三段樹枝橫躺機車道，已擺放三角錐", O, "liming/jingmao", sev="Minor", r=(80, 200))
    s.add(345, "rule", "congestion", "環中路車輛偵測器3 平均車速降至 28 km/h", None, sensor="SN-VD-HUANZHONG-03", sev="Minor")
    s.incident(R, "rescue", "經貿路醉倒路旁送醫", r1)
    s.incident(S, "traffic", "經貿路中平路口號誌閃黃故障", sg)
    s.incident(T, "public_safety", "騎樓機車失竊", t1)
    s.incident(D, "infrastructure", "排水水位站斷線兩個半小時（派維護）", d1)
    s.incident(O, "traffic", "黎明路樹枝掉落機車道", o1)
    s.notes = "號誌故障在深夜即為一件工作：黑燈與閃黃都要派號誌廠商。"
    s.alternative("無雨的深夜單一水位站斷線，有的調度員只開維修單不當作中心工作。",
                  alt_list(s.incidents, drop=(D,)))
    s.write()


def s1862():
    s = Situation(1862, "followups_through_the_day", "2016-01-08 08:00",
                  "一整天的後續：早上B區自行車竊案，七小時後嫌犯到案；上午會展B館貨梯受困；傍晚A區家庭糾紛，四小時後同戶再起爭執；營運塔總機故障為設備保養；晚間例行車流。")
    T = "bike_theft_block_b"
    t1 = s.add(0, "incident", "theft", "生態住宅B區地下室自行車遭竊3輛，調閱監視器中", T, EB, sev="Minor", r=(10, 40))
    s.add(420, "incident", "theft", "B區自行車竊案嫌犯到案，起獲2輛", T, EB, sev="Minor", r=(10, 40), follows=t1)
    L = "lift_hall_b"
    l1 = s.add(180, "119", "rescue", "臺中國際會展中心B館貨梯故障，工作人員2人受困", L, "convention_hall_b", r=(5, 30))
    s.add(182, "incident", "other", "會展中心B館電梯受困，保全協助中", L, "convention_hall_b", sev="Minor", r=(5, 30))
    s.add(200, "119", "rescue", "受困2人救出，無人受傷", L, "convention_hall_b", r=(5, 30), status="closed", follows=l1)
    DV = "domestic_block_a"
    d1 = s.add(540, "incident", "public_disturbance", "A區住戶家庭糾紛，女子報案遭丈夫推倒", DV, EA, sev="Moderate", r=(5, 30))
    s.add(542, "119", "ambulance", "A區女性手臂挫傷", DV, EA, r=(5, 30))
    s.add(560, "incident", "public_disturbance", "雙方勸和，告知家暴相關權益", DV, EA, sev="Minor", r=(5, 30), follows=d1)
    d2 = s.add(780, "incident", "public_disturbance", "A區同一住戶再起爭執，男子酒後砸物", DV, EA, sev="Moderate", r=(5, 30), follows=d1, alt="domestic_block_a_2")
    s.add(783, "1999", "noise", "樓上一直摔東西吵架，早上也吵過", DV, EA, r=(5, 30), alt="domestic_block_a_2")
    s.add(795, "incident", "public_disturbance", "男子依家暴現行犯逮捕", DV, EA, sev="Moderate", r=(5, 30), follows=d2, alt="domestic_block_a_2")
    s.add(600, "rule", "congestion", "中清路車輛偵測器2 平均車速降至 19 km/h", None, sensor="SN-VD-ZHONGQING-02", sev="Minor")
    s.add(610, "parking", "full", "水湳轉運中心停車場 汽車格已滿", None, sensor="SN-PK-001")
    s.add(660, "fire_alarm", "fault", "第5迴路 斷線故障", None, sensor="SN-FA-005")
    s.add(700, "fire_alarm", "normal", "第5迴路 復歸", None, sensor="SN-FA-005")
    background(s, [30, 120, 260, 330, 480, 640, 720, 850])
    s.incident(T, "public_safety", "B區地下室自行車竊案（含嫌犯到案）", t1)
    s.incident(L, "rescue", "會展中心B館貨梯受困", l1)
    s.incident(DV, "public_safety", "A區同一住戶家庭暴力（傍晚與四小時後再起）", d1)
    s.alternative("四小時後再次報案是新的派遣（第一次已勸和結案），可另開一件。",
                  alt_list(s.incidents, add=[s.incident("domestic_block_a_2", "public_safety", "同戶再起爭執、逮捕", d2, alt_only=True)]))
    s.write()


if __name__ == "__main__":
    for f in (s1857, s1858, s1859, s1860, s1861, s1862):
        f()
