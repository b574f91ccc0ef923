"""Situations 1357..1362 (seeded; rerun to regenerate)."""
from lib import Situation, inc


def s1357():
    s = Situation(1357, "jingmao_sinkhole_night_watch", 1357, "2016-07-18")
    s.description = ("午後雷雨後，21:50 經貿路三段(生態住宅A區前)路面坍陷，下方自來水管破裂，整夜監看擴大，"
                     "隔日清晨緊急搶修到第三天傍晚復通；期間影音中心鬥毆、環中路車禍。")
    S = "S"
    s1 = s.add("1999", "road_damage", s.t("21:50"), "經貿路三段路面凹下去一個洞，大概一公尺", S,
               where=s.near("eco_a", 80, 160, 250))
    pr = s.add("incident", "road_collapse", s.t("22:05"), "經貿路三段生態住宅A區前路面坍陷約1.5公尺，深約1公尺", S,
               where=s.near("eco_a", 40, 70, 270), severity="Severe")
    rc = s.add("incident", "road_closure", s.t("22:10"), "經貿路三段南向封閉，北向單線雙向通行", S,
               where=s.near("eco_a", 40, 90, 270), severity="Moderate")
    s.add("rule", "congestion", s.t("22:12"), "經貿路車輛偵測器2 平均車速 15 km/h", S, sensor="SN-VD-JINGMAO-02",
          severity="Moderate")
    wpos = s.near("eco_a", 10, 50)
    wo = s.add("1999", "water_outage", s.t("22:31"), "生態住宅A區突然沒水", S, where=wpos,
               truth_alt="W")
    s.add("incident", "road_collapse", s.t("22:42"), "坑洞擴大至約3公尺，下方自來水管破裂湧水", S,
          where=s.near("eco_a", 40, 70, 270), severity="Severe", follows=pr)
    d = s.add("incident", "public_disturbance", s.t("23:05"), "流行影音中心散場後兩群人鬥毆，約6人", "D",
              where=s.near("pop_music", 30, 120), severity="Moderate")
    s.add("rule", "flood_depth", s.t("23:20"), "經貿路低窪處 淹水 9 cm", S, sensor="SN-FL-008", level="1-15", truth_alt="W")
    s.add("1999", "streetlight", s.t("23:50"), "中科路一盞路燈不亮", None, where=s.near("pop_music", 300, 500, 330))
    a = s.add("incident", "accident", s.t("00:15", day=1), "環中路二段台74線口 機車自摔，騎士輕傷", "A",
              where=s.near("j_74_huanzhong", 20, 70), severity="Minor")
    s.add("cctv", "stalled_vehicle", s.t("00:14", day=1), "車輛停滯", "A", sensor="SN-CCTV-001", confidence=0.66)
    s.add("incident", "road_collapse", s.t("00:40", day=1), "坑洞持續擴大，加派人員整夜監看，自來水公司已關閥", S,
          where=s.near("eco_a", 40, 70, 270), severity="Severe", follows=pr)
    s.add("1999", "noise", s.t("01:30", day=1), "樓下在搶修，抽水機很吵", S, where=s.near("eco_a", 30, 100))
    s.add("fire_alarm", "fault", s.t("02:10", day=1), "消防水箱低水位", S, sensor="SN-FA-011", truth_alt="W")
    s.add("1999", "noise", s.t("02:40", day=1), "河南路有人飆車", None, where=s.near("henan_carpark", 200, 500))
    s.add("rule", "flood_depth", s.t("03:00", day=1), "經貿路低窪處 淹水 18 cm", S, sensor="SN-FL-008", level="16-30",
          truth_alt="W")
    s.add("status", "offline", s.t("03:40", day=1), "通訊中斷", None, sensor="SN-RG-003", reason="comms_lost")
    s.add("planned_event", "road_works", s.t("05:00", day=1), "經貿路三段坍陷緊急修復(含自來水管)", S,
          where=s.near("eco_a", 40, 70, 270), issued=s.t("04:32", day=1), ends=s.t("18:00", day=2), radius_m=200)
    s.add("1999", "other", s.t("06:35", day=1), "經貿路封了，上班要怎麼繞？", S, where=s.near("eco_b", 300, 600, 180))
    s.add("rule", "congestion", s.t("07:40", day=1), "經貿路車輛偵測器2 平均車速 8 km/h", S, sensor="SN-VD-JINGMAO-02",
          severity="Moderate")
    s.add("rule", "congestion", s.t("08:30", day=1), "中科路車輛偵測器1 平均車速 14 km/h", S, sensor="SN-VD-ZHONGKE-01",
          severity="Minor", truth_alt=None)
    s.add("1999", "water_outage", s.t("15:00", day=1), "已恢復供水", S, where=wpos, follows=wo, status="結案", truth_alt="W")
    s.add("fire_alarm", "normal", s.t("15:20", day=1), "復歸", S, sensor="SN-FA-011", truth_alt="W")
    s.add("rule", "congestion", s.t("17:50", day=1), "經貿路車輛偵測器2 平均車速 12 km/h", S, sensor="SN-VD-JINGMAO-02",
          severity="Moderate")
    s.add("incident", "road_reopened", s.t("17:30", day=2), "經貿路三段修復完成，恢復雙向通行", S,
          where=s.near("eco_a", 40, 90, 270), severity="Minor", follows=rc)
    s.incident(S, "infrastructure", "經貿路三段路面坍陷：整夜監看、管破湧水、緊急修復至第三天 17:30 復通", s1)
    s.incident("D", "public_safety", "影音中心散場鬥毆", d)
    s.incident("A", "traffic", "台74線口機車自摔", a)
    s.alternative("自來水管破裂、停水、低窪處積水與消防水箱低水位可視為自來水公司的另一件搶修",
                  [inc(S, "infrastructure", "經貿路三段坍陷", s1), inc("W", "infrastructure", "自來水管破裂與停水", wo),
                   inc("D", "public_safety", "鬥毆", d), inc("A", "traffic", "機車自摔", a)])
    s.write()


def s1358():
    s = Situation(1358, "detention_pond_embankment_night", 1358, "2016-09-27")
    s.description = ("梅姬颱風外圍雨帶：中央公園北滯洪池水位升到二級，土堤裂縫滲水，封步道整夜監看到清晨；"
                     "地下停車場進水、車內受困救援、路樹倒塌與號誌故障為另案。")
    PD = "PD"
    s.add("rule", "heavy_rain", s.t("15:00"), "西屯站 時雨量 44 mm", None, sensor="C0F9T0", level="大雨")
    t1 = s.add("1999", "fallen_tree", s.t("16:40"), "中央公園裡步道上一棵樹倒了", "T", where=s.near("park_mid", 20, 120))
    w3 = s.add("rule", "water_level", s.t("17:30"), "中央公園北滯洪池 水位 2.06 m 三級警戒", PD, sensor="SN-WL-001",
               level="3")
    s.add("rule", "heavy_rain", s.t("18:00"), "中央公園雨量站 3小時雨量 104 mm", None, sensor="SN-RG-001", level="豪雨")
    w2 = s.add("rule", "water_level", s.t("18:20"), "中央公園北滯洪池 水位 2.58 m 二級警戒", PD, sensor="SN-WL-001",
               level="2")
    c = s.add("1999", "other", s.t("18:41"), "公園北邊滯洪池的土堤有裂縫，一直在滲水", PD, where=s.near("park_north", 150, 260, 200))
    ev = s.add("incident", "evacuation", s.t("18:55"), "封閉中央公園北側滯洪池周邊步道，疏散散步民眾", PD,
               where=s.near("park_north", 40, 100), severity="Severe")
    s.add("rule", "flood_depth", s.t("19:10"), "中央公園滯洪池1 淹水 27 cm", PD, sensor="SN-FL-001", level="16-30")
    cp = s.add("fire_alarm", "fault", s.t("19:20"), "B2 消防泵浦室進水", PD, sensor="SN-FA-007", truth_alt="CP")
    s.add("parking", "closed", s.t("19:25"), "地下停車場進水 暫停開放", PD, sensor="SN-PK-004", truth_alt="CP")
    r = s.add("119", "rescue", s.t("19:41"), "中央公園地下停車場 民眾受困車內(B2積水)，派遣救助隊", "R",
              where=s.near("park_carpark", 10, 40))
    s.add("119", "rescue", s.t("20:15"), "受困民眾1名已救出", "R", where=s.near("park_carpark", 10, 40), status="closed",
          follows=r)
    s.add("incident", "evacuation", s.t("20:30"), "土堤裂縫處已堆置沙包，持續監看", PD, where=s.near("park_north", 40, 100),
          severity="Moderate", follows=ev)
    t2 = s.add("1999", "fallen_tree", s.t("20:50"), "中科路上路樹倒下擋住兩個車道", "T2",
               where=s.near("pop_music", 150, 300, 60))
    s.add("incident", "fallen_object", s.t("21:02"), "中科路路樹倒塌阻斷內側兩車道", "T2", where=s.near("pop_music", 200, 260, 60),
          severity="Moderate")
    u = s.add("rule", "flood_depth", s.t("21:00"), "中清環中路口地下道 淹水 6 cm", None, sensor="SN-FL-006", level="1-15",
          truth_alt="U")
    sg = s.add("signal", "fault", s.t("21:30"), "號誌故障 閃爍異常", "SG", sensor="SN-SIG-002")
    s.add("cctv", "signal_dark", s.t("21:33"), "號誌黑燈", "SG", sensor="SN-CCTV-002", confidence=0.69)
    k = s.add("rule", "water_level", s.t("22:00"), "中央公園北滯洪池 水位 2.61 m 二級警戒", PD, sensor="SN-WL-001",
              level="2")
    s.dup(k, 780)
    s.add("signal", "restored", s.t("23:10"), "恢復正常", "SG", sensor="SN-SIG-002")
    s.add("status", "offline", s.t("23:20"), "通訊中斷", None, sensor="SN-FL-003", reason="comms_lost")
    s.add("rule", "water_level", s.t("23:30"), "中央公園北滯洪池 水位 2.21 m 三級警戒(下降)", PD, sensor="SN-WL-001",
          level="3")
    s.add("incident", "evacuation", s.t("02:00", day=1), "滯洪池水位下降，土堤滲水減緩，持續監看", PD,
          where=s.near("park_north", 40, 100), severity="Minor", follows=ev)
    s.add("rule", "cleared", s.t("03:40", day=1), "中央公園北滯洪池 警戒解除", PD, sensor="SN-WL-001", severity="Minor")
    s.add("incident", "road_reopened", s.t("05:30", day=1), "北滯洪池周邊步道恢復開放，土堤交由建設局後續補強", PD,
          where=s.near("park_north", 40, 100), severity="Minor", follows=ev)
    s.add("parking", "empty", s.t("06:10", day=1), "抽水完成，車輛已移出", PD, sensor="SN-PK-004", truth_alt="CP")
    s.incident(PD, "flood", "北滯洪池水位二級、土堤裂縫滲水：封步道、沙包、整夜監看到 05:30；停車場進水同一處同一件", w3)
    s.incident("R", "rescue", "地下停車場車內受困救出", r)
    s.incident("T", "infrastructure", "公園步道倒樹", t1)
    s.incident("T2", "traffic", "中科路倒樹阻斷車道", t2)
    s.incident("SG", "traffic", "凱旋環中路口號誌故障", sg)
    s.alternative("地下停車場進水可視為停車場管理單位另一件抽水工作；中清地下道6公分可視為要派員巡查",
                  [inc(PD, "flood", "北滯洪池土堤監看", w3), inc("CP", "flood", "地下停車場進水抽水", cp),
                   inc("U", "flood", "中清環中地下道積水巡查", u),
                   inc("R", "rescue", "停車場車內受困", r), inc("T", "infrastructure", "公園倒樹", t1),
                   inc("T2", "traffic", "中科路倒樹", t2), inc("SG", "traffic", "號誌故障", sg)])
    s.notes = "公園步道上的倒樹不擋路，但颱風夜仍需派員封步道清除，算一件"
    s.write()


def s1359():
    s = Situation(1359, "three_day_expo_with_booth_fire", 1359, "2016-10-14")
    s.description = ("會展中心三天展覽(10/14-10/16)：每天停車場滿、違停、人潮；第二天午後B館攤位電線走火疏散，"
                     "晚上流行影音中心演唱會；第三天A館民眾昏倒。")
    E = "E"
    ex = s.add("planned_event", "exhibition", s.t("09:00"), "2016 台中國際工具機暨智慧製造展(會展中心A、B館)", E,
               where="convention", issued=s.t("14:00", day=-7), ends=s.t("18:00", day=2), radius_m=400, truth_alt="E1")
    s.add("rule", "congestion", s.t("08:10"), "環中路車輛偵測器3 平均車速 20 km/h", None, sensor="SN-VD-HUANZHONG-03",
          severity="Minor")
    e1 = s.add("rule", "congestion", s.t("09:40"), "黎明路車輛偵測器1 平均車速 12 km/h", E, sensor="SN-VD-LIMING-01",
               severity="Moderate", truth_alt="E1")
    s.add("parking", "full", s.t("10:30"), "車位已滿", E, sensor="SN-PK-006", truth_alt="E1")
    s.add("parking", "full", s.t("11:05"), "車位已滿", E, sensor="SN-PK-002", truth_alt="E1")
    s.add("1999", "illegal_parking", s.t("11:20"), "黎明路上一整排違停，公車都停不進站", E,
          where=s.near("j_jingmao_liming", 150, 350, 250), truth_alt="E1")
    s.add("cctv", "crowding", s.t("14:00"), "人群聚集", E, sensor="SN-CCTV-005", confidence=0.77, motion="moving",
          truth_alt="E1")
    s.add("1999", "streetlight", s.t("20:20"), "河南路一盞路燈不亮", None, where=s.near("henan_carpark", 100, 300))
    # day 1
    e2 = s.add("parking", "full", s.t("09:50", day=1), "車位已滿", E, sensor="SN-PK-006", truth_alt="E2")
    s.add("1999", "illegal_parking", s.t("10:40", day=1), "會展中心外面機車停滿人行道", E, where=s.near("hall_a", 80, 200),
          truth_alt="E2")
    f = s.add("fire_alarm", "alarm", s.t("13:15", day=1), "火警受信總機 B館1F展場 偵煙動作", "F", sensor="SN-FA-003")
    f119 = s.add("119", "fire", s.t("13:16", day=1), "會展中心B館 展場攤位冒煙，派遣水箱車3、救護車1", "F", where="hall_b",
                 severity="Moderate")
    s.add("1999", "fire_smoke", s.t("13:18", day=1), "B館裡面有煙，大家都在往外跑", "F", where=s.near("hall_b", 50, 150))
    s.add("incident", "evacuation", s.t("13:20", day=1), "會展中心B館全館疏散，約3000人", "F", where=s.near("hall_b", 10, 40),
          severity="Severe")
    s.add("cctv", "crowding", s.t("13:21", day=1), "人群聚集", "F", sensor="SN-CCTV-006", confidence=0.86, motion="moving",
          truth_alt="E2")
    s.add("119", "fire", s.t("13:50", day=1), "攤位延長線走火，已撲滅，無人受傷", "F", where="hall_b", status="on_scene",
          follows=f119)
    s.add("fire_alarm", "normal", s.t("14:10", day=1), "復歸", "F", sensor="SN-FA-003")
    s.add("119", "fire", s.t("14:32", day=1), "現場處理完畢，B館恢復開放", "F", where="hall_b", status="closed", follows=f119)
    c = s.add("planned_event", "concert", s.t("19:00", day=1), "流行影音中心 戶外演唱會", "C", where="pop_music",
              issued=s.t("10:00", day=-20), ends=s.t("22:00", day=1), radius_m=300)
    s.add("parking", "full", s.t("18:20", day=1), "車位已滿", "C", sensor="SN-PK-005")
    s.add("1999", "noise", s.t("21:30", day=1), "演唱會太大聲了，家裡窗戶都在震", "C", where=s.near("pop_music", 450, 700, 100))
    s.add("rule", "congestion", s.t("22:20", day=1), "凱旋路車輛偵測器2 平均車速 10 km/h", "C", sensor="SN-VD-KAIXUAN-02",
          severity="Moderate")
    s.add("1999", "illegal_parking", s.t("22:35", day=1), "影音中心附近巷子都被停滿，我的車出不去", "C",
          where=s.near("pop_music", 300, 500, 250))
    # day 2
    e3 = s.add("parking", "full", s.t("10:00", day=2), "車位已滿", E, sensor="SN-PK-006", truth_alt="E3")
    m = s.add("119", "ambulance", s.t("11:45", day=2), "會展中心A館 民眾昏倒，意識不清", "M", where=s.near("hall_a", 10, 40))
    s.add("119", "ambulance", s.t("12:20", day=2), "送醫完畢", "M", where=s.near("hall_a", 10, 40), status="closed",
          follows=m)
    s.add("cctv", "crowding", s.t("15:00", day=2), "人群聚集", E, sensor="SN-CCTV-005", confidence=0.8, motion="standing",
          truth_alt="E3")
    s.add("rule", "congestion", s.t("17:50", day=2), "經貿路車輛偵測器1 平均車速 9 km/h", E, sensor="SN-VD-JINGMAO-01",
          severity="Moderate", truth_alt="E3")
    s.add("1999", "環境清潔", s.t("18:30", day=2), "展覽結束後會展外面垃圾很多", None, where=s.near("convention", 100, 250))
    s.add("status", "offline", s.t("03:00", day=2), "設備維護", None, sensor="SN-VD-KAIXUAN-01", reason="maintenance")
    s.add("status", "online", s.t("04:10", day=2), "恢復連線", None, sensor="SN-VD-KAIXUAN-01")
    s.incident(E, "crowd", "會展中心三日展覽的人潮、停車與違停(三天一件)", ex)
    s.incident("F", "fire", "第二天 B館攤位延長線走火，全館疏散", f)
    s.incident("C", "crowd", "第二天晚上流行影音中心演唱會(噪音、停車、散場車流)", c)
    s.incident("M", "rescue", "第三天 A館民眾昏倒送醫", m)
    s.alternative("展覽每天開閉館，可視為每天一件人潮管理；疏散人潮上街也可算進展覽人潮",
                  [inc("E1", "crowd", "展覽第一天", ex), inc("E2", "crowd", "展覽第二天", e2),
                   inc("E3", "crowd", "展覽第三天", e3),
                   inc("F", "fire", "B館攤位走火", f), inc("C", "crowd", "演唱會", c), inc("M", "rescue", "A館昏倒", m)])
    s.write()


def s1360():
    s = Situation(1360, "liming_kaixuan_signal_cabinet_two_days", 1360, "2016-04-20")
    s.description = ("黎明路三段/凱旋路口號誌控制箱故障：第一天清晨黑燈、修復後下午再壞，第二天清晨又壞，"
                     "11:00 更換控制箱到 15:05 恢復；同箱供電的低窪處淹水感測器一起斷電；路口車禍與其他另案。")
    S = "S"
    st = s.add("status", "offline", s.t("06:49"), "主電源中斷", S, sensor="SN-FL-009", reason="mains_power_lost")
    sg = s.add("signal", "fault", s.t("06:50"), "號誌故障 黑燈", S, sensor="SN-SIG-007")
    s.add("cctv", "signal_dark", s.t("06:52"), "號誌黑燈", S, sensor="SN-CCTV-007", confidence=0.9)
    s.add("1999", "traffic_signal", s.t("07:05"), "黎明路凱旋路口紅綠燈都沒亮", S, where=s.near("j_liming_kaixuan", 100, 250))
    c2 = s.add("1999", "traffic_signal", s.t("07:10"), "凱旋路那個路口號誌壞了，車子亂鑽", S,
               where=s.near("j_liming_kaixuan", 150, 400, 20))
    s.dup(c2, 300)
    s.add("rule", "congestion", s.t("07:20"), "凱旋路車輛偵測器1 平均車速 11 km/h", S, sensor="SN-VD-KAIXUAN-01",
          severity="Moderate")
    p1 = s.add("incident", "traffic_signal_fault", s.t("07:30"), "黎明路三段凱旋路口號誌黑燈，派員指揮交通，已通報廠商", S,
               where="j_liming_kaixuan", severity="Moderate")
    s.add("rule", "congestion", s.t("07:45"), "環中路車輛偵測器2 平均車速 22 km/h", None, sensor="SN-VD-HUANZHONG-02",
          severity="Minor")
    a = s.add("incident", "accident", s.t("08:15"), "黎明路凱旋路口 機車與小客車擦撞，機車騎士擦傷", "A",
              where=s.near("j_liming_kaixuan", 10, 30), severity="Minor")
    s.add("1999", "traffic_accident", s.t("08:16"), "路口號誌沒亮，剛剛有車撞到機車", "A", where=s.near("j_liming_kaixuan", 60, 120))
    s.add("119", "ambulance", s.t("08:18"), "黎明路三段凱旋路口 車禍一人擦傷", "A", where=s.near("j_liming_kaixuan", 10, 30))
    s.add("signal", "restored", s.t("09:40"), "恢復正常", S, sensor="SN-SIG-007")
    s.add("status", "online", s.t("09:41"), "恢復連線", S, sensor="SN-FL-009")
    t = s.add("incident", "theft", s.t("10:30"), "會展中心A棟展商筆電遭竊", "T", where=s.near("hall_a", 10, 60), severity="Minor")
    s.add("signal", "fault", s.t("13:20"), "號誌故障 閃爍異常", S, sensor="SN-SIG-007")
    s.add("cctv", "signal_dark", s.t("13:22"), "號誌黑燈", S, sensor="SN-CCTV-007", confidence=0.73)
    s.add("signal", "restored", s.t("14:30"), "恢復正常", S, sensor="SN-SIG-007")
    s.add("1999", "noise", s.t("19:00"), "隔壁裝潢很吵", None, where=s.near("eco_b", 100, 300))
    # day 1
    s2 = s.add("signal", "fault", s.t("06:10", day=1), "號誌故障 黑燈", S, sensor="SN-SIG-007", truth_alt="S2")
    s.add("status", "offline", s.t("06:10", day=1), "離線", S, sensor="SN-FL-009", truth_alt="S2", delay=140)
    s.add("1999", "traffic_signal", s.t("06:40", day=1), "昨天壞的紅綠燈今天又不亮了", S,
          where=s.near("j_liming_kaixuan", 80, 300), truth_alt="S2")
    s.add("incident", "traffic_signal_fault", s.t("07:00", day=1), "黎明路凱旋路口號誌再次故障，控制箱需更換，派員指揮", S,
          where="j_liming_kaixuan", severity="Moderate", follows=p1, truth_alt="S2")
    s.add("rule", "congestion", s.t("07:30", day=1), "凱旋路車輛偵測器1 平均車速 10 km/h", S, sensor="SN-VD-KAIXUAN-01",
          severity="Moderate", truth_alt="S2")
    s.add("1999", "illegal_parking", s.t("08:30", day=1), "巷口有人停車擋住車庫", None,
          where=s.near("fcu_campus", 200, 400, 300))
    s.add("planned_event", "road_works", s.t("11:00", day=1), "黎明路三段凱旋路口 號誌控制箱更換", S,
          where="j_liming_kaixuan", issued=s.t("10:30", day=1), ends=s.t("15:00", day=1), radius_m=60, truth_alt="S2")
    s.add("cctv", "wrong_way", s.t("12:00", day=1), "逆向行駛", None, sensor="SN-CCTV-001", confidence=0.55)
    s.add("signal", "restored", s.t("15:05", day=1), "恢復正常", S, sensor="SN-SIG-007", truth_alt="S2")
    s.add("status", "online", s.t("15:06", day=1), "恢復連線", S, sensor="SN-FL-009", truth_alt="S2")
    s.add("fire_alarm", "fault", s.t("16:30", day=1), "受信總機 偵煙器迴路斷線", None, sensor="SN-FA-009")
    s.incident(S, "traffic", "黎明路凱旋路口號誌控制箱反覆故障兩天，同箱供電的淹水感測器一起斷電，換箱後恢復", sg)
    s.incident("A", "traffic", "黑燈路口機車擦撞", a)
    s.incident("T", "public_safety", "會展中心筆電竊案", t)
    s.alternative("第二天清晨的故障是新的派工(前一天已修復結案)",
                  [inc(S, "traffic", "第一天號誌故障(兩次)", sg), inc("S2", "traffic", "第二天故障與換箱", s2),
                   inc("A", "traffic", "機車擦撞", a), inc("T", "public_safety", "筆電竊案", t)])
    s.notes = "SN-FL-009 與號誌在同一路口，主電源同時中斷，讀為同一個控制箱/電源迴路"
    s.write()


def s1361():
    s = Situation(1361, "fazi_river_and_underpass_two_peaks", 1361, "2016-05-21")
    s.description = ("鋒面夜雨兩波：筏子溪西屯水位三級→二級→退→清晨再三級；臺灣大道環中路口地下道淹水封閉、"
                     "車輛受困，清晨第二波再淹，07:30 解封；環中路招牌掉落、黎明凱旋低窪處小積水。")
    s.add("rule", "heavy_rain", s.t("22:20"), "西屯站 3小時雨量 118 mm", None, sensor="C0F9T0", level="豪雨")
    o = s.add("1999", "fallen_object", s.t("22:50"), "環中路上有招牌被風吹下來掉在機車道", "O",
              where=s.near((120.642226, 24.190085), 50, 200))
    s.add("incident", "fallen_object", s.t("23:02"), "環中路機車道招牌掉落，已移除一半", "O",
          where=s.near((120.642226, 24.190085), 60, 120), severity="Minor")
    r3 = s.add("rule", "water_level", s.t("23:10"), "筏子溪西屯水位 97.31 m 三級警戒", "R", sensor="SN-WL-004", level="3")
    u1 = s.add("rule", "flood_depth", s.t("23:40"), "臺灣大道環中路口地下道 淹水 22 cm", "U", sensor="SN-FL-010",
               level="16-30")
    s.add("cctv", "flooding", s.t("23:44"), "道路積水", "U", sensor="SN-CCTV-009", confidence=0.82)
    s.add("rule", "flood_depth", s.t("00:10", day=1), "臺灣大道環中路口地下道 淹水 41 cm", "U", sensor="SN-FL-010",
          level=">30")
    uc = s.add("incident", "road_closure", s.t("00:15", day=1), "臺灣大道環中路口地下道積水封閉", "U",
               where=s.near("j_taiwan_huanzhong", 150, 220, 50), severity="Severe")
    rr = s.add("119", "rescue", s.t("00:25", day=1), "臺灣大道地下道 小客車熄火受困，駕駛1人", "U",
               where=s.near("j_taiwan_huanzhong", 180, 230, 50), truth_alt="UR")
    s.add("119", "rescue", s.t("00:58", day=1), "駕駛已救出，車輛待拖吊", "U", where=s.near("j_taiwan_huanzhong", 180, 230, 50),
          status="closed", follows=rr, truth_alt="UR")
    s.add("rule", "water_level", s.t("00:20", day=1), "筏子溪西屯水位 98.02 m 二級警戒", "R", sensor="SN-WL-004", level="2")
    s.add("incident", "other", s.t("00:40", day=1), "筏子溪沿岸巡查，河濱步道封閉", "R", where=s.near((120.62, 24.17), 100, 300),
          severity="Moderate")
    s.add("rule", "congestion", s.t("00:35", day=1), "環中路車輛偵測器4 平均車速 13 km/h", "U", sensor="SN-VD-HUANZHONG-04",
          severity="Moderate")
    lf = s.add("rule", "flood_depth", s.t("00:50", day=1), "黎明路凱旋路口低窪處 淹水 11 cm", "L", sensor="SN-FL-009",
               level="1-15", truth_alt=None)
    lc = s.add("1999", "flooding", s.t("01:05", day=1), "黎明路凱旋路口水淹到腳踝，水溝排不掉", "L",
          where=s.near("j_liming_kaixuan", 50, 150), truth_alt=None)
    s.add("rule", "cleared", s.t("01:50", day=1), "臺灣大道環中路口地下道 淹水解除", "U", sensor="SN-FL-010", severity="Minor")
    s.add("rule", "water_level", s.t("02:30", day=1), "筏子溪西屯水位 97.40 m 三級警戒(下降)", "R", sensor="SN-WL-004",
          level="3")
    s.add("status", "offline", s.t("03:15", day=1), "電池低電量", None, sensor="SN-RG-003", reason="battery_low")
    s.add("rule", "cleared", s.t("03:30", day=1), "筏子溪西屯 警戒解除", "R", sensor="SN-WL-004", severity="Minor")
    s.add("rule", "heavy_rain", s.t("04:30", day=1), "西屯站 時雨量 48 mm", None, sensor="C0F9T0", level="大雨")
    k = s.add("rule", "water_level", s.t("04:40", day=1), "筏子溪西屯水位 97.55 m 三級警戒", "R", sensor="SN-WL-004",
              level="3")
    s.dup(k, 200)
    s.add("rule", "flood_depth", s.t("05:10", day=1), "臺灣大道環中路口地下道 淹水 19 cm", "U", sensor="SN-FL-010",
          level="16-30")
    s.add("1999", "flooding", s.t("05:25", day=1), "臺灣大道那個地下道又淹水了，封起來了嗎？", "U",
          where=s.near("j_taiwan_huanzhong", 300, 600, 20))
    s.add("rule", "cleared", s.t("06:50", day=1), "臺灣大道環中路口地下道 淹水解除", "U", sensor="SN-FL-010", severity="Minor")
    s.add("incident", "road_reopened", s.t("07:30", day=1), "地下道抽水完畢，恢復通行", "U",
          where=s.near("j_taiwan_huanzhong", 150, 220, 50), severity="Minor", follows=uc)
    s.add("rule", "cleared", s.t("07:10", day=1), "筏子溪西屯 警戒解除", "R", sensor="SN-WL-004", severity="Minor")
    s.add("1999", "streetlight", s.t("06:00", day=1), "河南路一盞路燈不亮", None, where=s.near("henan_carpark", 100, 300))
    s.incident("R", "flood", "筏子溪西屯水位兩次上升(三級→二級，清晨再三級)，一件河川警戒巡查", r3)
    s.incident("U", "flood", "臺灣大道環中路口地下道淹水封閉、車輛受困，清晨再淹，07:30 解封", u1)
    s.incident("O", "traffic", "環中路招牌掉落", o)
    s.incident("L", "flood", "黎明凱旋路口低窪處小積水，派員清水溝", lc)
    s.alternative("地下道車內受困救援可算消防局另一件救助；黎明凱旋 11 cm 積水不必派遣",
                  [inc("R", "flood", "筏子溪警戒", r3), inc("U", "flood", "地下道淹水封閉", u1),
                   inc("UR", "rescue", "地下道車內受困救援", rr), inc("O", "traffic", "招牌掉落", o)])
    s.write()


def s1362():
    s = Situation(1362, "south_power_cut_lifts_pumps", 1362, "2016-06-14")
    s.description = ("01:50 南區停電到 06:10(小雨)：生態住宅、回收中心、中國醫大受信總機主電源異常、號誌黑燈、"
                     "區排水位站離線、路燈全暗、加壓馬達停水、A區電梯受困；03:10 A區火警(電池低壓誤報)；"
                     "經貿路低窪處因抽水停擺積水；逢甲水湳校區機車竊案。")
    P = "P"
    f1 = s.add("fire_alarm", "fault", s.t("01:50"), "主電源停電", P, sensor="SN-FA-011")
    s.add("fire_alarm", "fault", s.t("01:50", sec=4), "主電源停電", P, sensor="SN-FA-012")
    s.add("fire_alarm", "fault", s.t("01:50", sec=6), "市電中斷 發電機啟動", P, sensor="SN-FA-008")
    s.add("fire_alarm", "fault", s.t("01:50", sec=11), "主電源異常", P, sensor="SN-FA-010")
    sg = s.add("signal", "fault", s.t("01:51"), "號誌故障 黑燈", P, sensor="SN-SIG-011")
    s.add("status", "offline", s.t("01:52"), "主電源中斷", P, sensor="SN-CCTV-011", reason="mains_power_lost")
    s.add("status", "offline", s.t("01:52"), "離線", P, sensor="SN-VD-ZHONGPING-02", delay=120)
    s.add("status", "offline", s.t("01:52"), "主電源中斷", P, sensor="SN-WL-003", reason="mains_power_lost")
    s.add("rule", "sensor_offline", s.t("02:05"), "水湳區域排水經貿路水位站 離線", P, sensor="SN-WL-003")
    cpos = s.near("eco_a", 10, 60)
    c1 = s.add("1999", "power_outage", s.t("02:00"), "生態住宅A區整棟停電", P, where=cpos)
    s.dup(c1, 180)
    s.add("1999", "power_outage", s.t("02:03"), "經貿路三段這邊停電了，冷氣都停了", P, where=s.near("eco_b", 150, 350, 120))
    s.add("1999", "streetlight", s.t("02:05"), "中平路整排路燈都不亮，一片漆黑", P, where=s.near("j_jingmao_zhongping", 100, 300, 270))
    l1 = s.add("1999", "rescue", s.t("02:10"), "生態住宅A區電梯停電卡住，我媽媽一個人在裡面", "L", where=s.near("eco_a", 5, 30))
    l2 = s.add("119", "rescue", s.t("02:14"), "生態住宅A區 電梯受困1人(長者)，派遣救助隊", "L", where="eco_a")
    s.add("119", "rescue", s.t("02:55"), "受困長者已救出，無不適", "L", where="eco_a", status="closed", follows=l2)
    s.add("1999", "water_outage", s.t("02:30"), "停電後沒水，加壓馬達不動", P, where=s.near("eco_b", 10, 60))
    th = s.add("incident", "theft", s.t("02:40"), "逢甲大學水湳校區停車場機車遭竊", "T", where=s.near("fcu_campus", 40, 120),
               severity="Minor")
    fa = s.add("fire_alarm", "alarm", s.t("03:10"), "火警受信總機 火警動作", "FA", sensor="SN-FA-011", truth_alt=P)
    s.add("1999", "fire_smoke", s.t("03:12"), "A區警報一直響，沒看到煙，大家跑下樓", "FA", where=s.near("eco_a", 20, 80),
          truth_alt=P)
    f119 = s.add("119", "fire", s.t("03:12"), "生態住宅A區 火警警報，派遣水箱車2", "FA", where="eco_a", truth_alt=P, delay=2400)
    s.add("fire_alarm", "normal", s.t("03:38"), "復歸", "FA", sensor="SN-FA-011", truth_alt=P)
    s.add("119", "fire", s.t("03:41"), "備用電池低壓造成誤動作，無火警，返隊", "FA", where="eco_a", status="closed",
          follows=f119, truth_alt=P)
    j1 = s.add("rule", "flood_depth", s.t("03:20"), "經貿路低窪處 淹水 8 cm", "FJ", sensor="SN-FL-008", level="1-15",
               truth_alt=P)
    j2 = s.add("rule", "flood_depth", s.t("04:00"), "經貿路低窪處 淹水 19 cm", "FJ", sensor="SN-FL-008", level="16-30",
          truth_alt=P)
    s.add("incident", "flooding_report", s.t("04:15"), "經貿路三段低窪處積水約20公分，區排抽水站停電未運轉", "FJ",
          where=s.near("eco_b", 60, 120, 180), severity="Moderate", truth_alt=P)
    s.add("1999", "noise", s.t("04:50"), "河南路有改裝車很吵", None, where=s.near("henan_carpark", 200, 500))
    s.add("status", "offline", s.t("05:05"), "通訊中斷", None, sensor="SN-PK-003", reason="comms_lost")
    # restoration
    for sid, sec in (("SN-FA-011", 0), ("SN-FA-012", 3), ("SN-FA-008", 9), ("SN-FA-010", 15)):
        s.add("fire_alarm", "normal", s.t("06:10", sec=sec), "復歸", P, sensor=sid)
    s.add("signal", "restored", s.t("06:10", sec=20), "恢復正常", P, sensor="SN-SIG-011")
    for sid in ("SN-CCTV-011", "SN-VD-ZHONGPING-02", "SN-WL-003"):
        s.add("status", "online", s.t("06:11"), "恢復連線", P, sensor=sid)
    s.add("rule", "cleared", s.t("06:55"), "經貿路低窪處 淹水解除", "FJ", sensor="SN-FL-008", severity="Minor", truth_alt=P)
    s.add("1999", "power_outage", s.t("06:20"), "已復電，結案", P, where=cpos, follows=c1, status="結案")
    s.incident(P, "infrastructure", "南區停電 01:50-06:10：受信總機、號誌、攝影機、偵測器、水位站、路燈、加壓馬達", sg)
    s.incident("L", "rescue", "A區電梯受困長者", l1)
    s.incident("FA", "fire", "A區火警警報(電池低壓誤報)，需派車確認", fa)
    s.incident("FJ", "flood", "經貿路低窪處因抽水站停電積水", j2)
    s.incident("T", "public_safety", "逢甲水湳校區機車竊案", th)
    s.alternative("火警誤報與抽水停擺的積水都是停電的後果，可併入停電一件",
                  [inc(P, "infrastructure", "南區停電及其後果", sg), inc("L", "rescue", "電梯受困", l1),
                   inc("T", "public_safety", "機車竊案", th)])
    s.write()


if __name__ == "__main__":
    for f in (s1357, s1358, s1359, s1360, s1361, s1362):
        f()
