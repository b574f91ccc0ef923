"""Situations 1297-1302."""
from lib import Sit, inc, write_readme


def s1297():
    s = Sit(1297, "expo_weekend_crowds", "2026-04-18")
    t = s.t
    s.permit("pe", "exhibition", t("10:00"), t("18:00", 1), (120.6551, 24.1944), 500, "臺中國際會展中心 2026 智慧城市展，4/18-4/19 每日 10:00-18:00，預估每日入場 3 萬人次", "A", arr=t("10:00", -10))
    s.sensor("pk1", "parking", "SN-PK-006", "full", t("10:40"), "臺中國際會展中心停車場 汽車位已滿", "A")
    s.sensor("vd1", "rule", "SN-VD-JINGMAO-01", "congestion", t("10:50"), "經貿路車輛偵測器1 平均車速降至 12 km/h", "A", sev="Moderate")
    s.sensor("pk2", "parking", "SN-PK-001", "full", t("11:00"), "水湳轉運中心停車場 汽車位已滿", "A")
    s.sensor("cc1", "cctv", "SN-CCTV-005", "crowding", t("11:10"), "路口行人聚集密度偏高", "A", confidence=0.81)
    s.c1999("c1", "illegal_parking", t("11:30"), s.near("expo_a", 120), "會展中心旁經貿路紅線停滿車，公車都靠不了站", "A", alt=None)
    s.f119("x1", "ambulance", t("13:05"), s.near("expo_b", 30), "會展中心B館 民眾昏倒，意識模糊", "C")
    s.police("p1", "crowd_control", "Moderate", t("13:30"), s.near("jingmao_liming", 40), "會展中心散場與入場人潮交會，經貿路黎明路口加派警力疏導", "A")
    s.c1999("c2", "crowding", t("14:00"), s.near("expo_a", 80), "會展中心門口排隊排到馬路上，很危險", "A")
    s.dup("c2", 300)
    s.police("b1", "missing_person", "Moderate", t("15:10"), s.near("expo_a", 20), "會展中心A館6歲男童與母親走散，著黃色上衣，廣播協尋中", "B")
    s.police("b2", "missing_person", "Minor", t("15:50"), s.near("expo_a", 20), "走失男童於A館服務台尋獲，已交還母親", "B", follows="b1")
    s.sensor("sg1", "signal", "SN-SIG-002", "fault", t("16:20"), "號誌控制器通訊異常", None)
    s.sensor("sg2", "signal", "SN-SIG-002", "restored", t("16:21"), "號誌控制器恢復正常", None)
    s.c1999("n1", "noise", t("22:00"), s.near("eco_a", 90), "會展中心晚上在拆佈展還是搬東西，很吵", None)
    s.police("d1", "accident", "Minor", t("09:20", 1), s.near("zhongke_huanzhong", 30), "環中路二段中科路口兩車擦撞，已移置路邊", "D")
    s.sensor("cc2", "cctv", "SN-CCTV-003", "stalled_vehicle", t("09:17", 1), "路口車輛靜止超過 3 分鐘", "D", confidence=0.88)
    s.sensor("pk3", "parking", "SN-PK-006", "full", t("10:30", 1), "臺中國際會展中心停車場 汽車位已滿", "A", alt="A2")
    s.sensor("vd2", "rule", "SN-VD-JINGMAO-01", "congestion", t("11:00", 1), "經貿路車輛偵測器1 平均車速降至 10 km/h", "A", sev="Moderate", alt="A2")
    s.sensor("cc3", "cctv", "SN-CCTV-005", "crowding", t("11:15", 1), "路口行人聚集密度偏高", "A", confidence=0.86, alt="A2")
    s.police("p2", "crowd_control", "Moderate", t("11:30", 1), s.near("expo_a", 60), "展覽第二日人潮，會展中心周邊持續管制", "A", alt="A2", follows="p1")
    s.sensor("so1", "rule", "SN-VD-LIMING-01", "sensor_offline", t("12:10", 1), "黎明路車輛偵測器1 超過 10 分鐘未回傳資料", None, sev="Minor")
    s.c1999("c3", "streetlight", t("19:30", 1), s.near("museum", 80), "綠美圖前面人行道路燈不亮一盞", None)
    s.write(
        "A two-day exhibition at the convention centre: both days the car parks fill, 經貿路 slows and the crowds spill onto the junction at 黎明路; a visitor faints in hall B and a boy is lost and found in hall A on day 1; a scrape at 環中路/中科路 on day 2 morning.",
        [inc("A", "crowd", "會展中心智慧城市展兩日人潮與交通（停車場滿、經貿路車速下降、路口人潮、警力疏導）", "p1"),
         inc("B", "rescue", "A館6歲男童走失 15:10，15:50 尋獲", "b1"),
         inc("C", "rescue", "B館民眾昏倒送醫 13:05", "x1"),
         inc("D", "traffic", "4/19 環中路二段中科路口擦撞", "d1")],
        {"why": "Each show day's crowd control is dispatched afresh in the morning; a coordinator may open day 2 as its own job A2. The red-line parking call may also be read as routine enforcement rather than the crowd job.",
         "incidents": [inc("A", "crowd", "展覽第一日人潮", "p1"), inc("A2", "crowd", "展覽第二日人潮", "p2"),
                       inc("B", "rescue", "男童走失", "b1"), inc("C", "rescue", "民眾昏倒", "x1"), inc("D", "traffic", "擦撞", "d1")]},
        {"when": "2026-04-18 (Sat) to 04-19 (Sun), permit received 4/8",
         "background": "a signal comms blip, a night load-out noise call, a detector offline, one lamp out; the camera at 環中/中科 saw the stall before the police report; 1999 case c2 delivered twice."})


def s1298():
    s = Sit(1298, "henan_signal_fails_twice", "2026-02-10")
    t = s.t
    s.sensor("a1", "signal", "SN-SIG-010", "fault", t("06:05"), "號誌控制器故障，燈號全滅", "A")
    s.sensor("a2", "cctv", "SN-CCTV-010", "signal_dark", t("06:07"), "路口號誌燈未亮", "A", confidence=0.9)
    s.c1999("a3", "other", t("06:20"), s.near("henan_zhongping", 70), "河南路中平路口紅綠燈全部不亮，車子都亂開", "A")
    s.police("a4", "traffic_signal_fault", "Moderate", t("06:30"), s.near("henan_zhongping", 30), "河南路中平路口號誌故障，派員指揮交通並通報交通局", "A")
    s.dup("a4", 60)
    s.sensor("bg1", "parking", "SN-PK-003", "full", t("07:30"), "河南路停車場 汽車位已滿", None)
    s.sensor("a5", "rule", "SN-VD-HENAN-02", "congestion", t("07:40"), "河南路車輛偵測器2 平均車速降至 9 km/h", "A", sev="Severe")
    s.sensor("a6", "signal", "SN-SIG-010", "restored", t("08:50"), "號誌恢復正常運作", "A")
    s.sensor("d1", "fire_alarm", "SN-FA-010", "alarm", t("09:30"), "中國醫藥大學水湳校區 3F 實驗室偵煙探測器動作", "D", alt=None)
    s.sensor("d2", "fire_alarm", "SN-FA-010", "normal", t("09:36"), "現場確認為實驗加熱誤報，已復歸", "D", alt=None)
    s.sensor("bg2", "rule", "SN-VD-HENAN-01", "sensor_offline", t("10:05"), "河南路車輛偵測器1 超過 10 分鐘未回傳資料", None, sev="Minor")
    s.c1999("c1", "road_damage", t("11:00"), s.near("zhongping_mid", 60), "中平路靠近經貿路那邊有一個很大的坑洞，機車差點摔倒", "C")
    s.c1999("c2", "road_damage", t("13:10"), s.near("zhongping_mid", 60), "剛剛打過了，中平路的坑洞還是沒人來補", "C", follows="c1")
    s.c1999("bg3", "illegal_parking", t("12:20"), s.near("cmu", 100), "中國醫藥大學旁邊機車停在人行道", None)
    s.sensor("a7", "signal", "SN-SIG-010", "fault", t("14:10"), "號誌控制器故障，燈號全滅", "A", alt="A2")
    s.sensor("a8", "cctv", "SN-CCTV-010", "signal_dark", t("14:12"), "路口號誌燈未亮", "A", alt="A2", confidence=0.88)
    s.c1999("a9", "other", t("14:25"), s.near("henan_zhongping", 70), "河南路中平路口紅綠燈早上才修好又壞了", "A", alt="A2")
    s.police("b1", "injury_accident", "Moderate", t("14:40"), s.near("henan_zhongping", 25), "河南路中平路口號誌故障中，機車與自小客車路口碰撞，騎士腿部受傷", "B")
    s.f119("b2", "ambulance", t("14:42"), s.near("henan_zhongping", 25), "西屯區河南路中平路口 機車事故 1人腿部受傷", "B")
    s.dup("b2", 35)
    s.police("a10", "traffic_signal_fault", "Moderate", t("14:50"), s.near("henan_zhongping", 30), "河南路中平路口號誌再度故障，持續派員指揮", "A", alt="A2", follows="a4")
    s.c1999("bg4", "noise", t("15:30"), s.near("henan_pk", 90), "停車場有人一直按喇叭", None)
    s.sensor("a11", "signal", "SN-SIG-010", "restored", t("16:30"), "更換控制器主機板，號誌恢復正常", "A", alt="A2")
    s.sensor("bg5", "status", "SN-VD-HENAN-01", "online", t("16:40"), "車輛偵測器恢復連線", None)
    s.write(
        "The 河南路/中平路 signal controller fails at 06:05 and is repaired at 08:50, fails again at 14:10 and is fixed for good at 16:30 (new board); during the second outage a motorcycle and a car collide in the junction. A pothole on 中平路 is called in twice; a lab's smoke detector at the CMU campus goes off and is reset in six minutes.",
        [inc("A", "infrastructure", "河南路中平路口號誌故障 06:05-08:50，14:10 再度故障至 16:30 更換主機板", "a4"),
         inc("B", "traffic", "號誌故障中路口機車與自小客車碰撞，騎士受傷送醫", "b1"),
         inc("C", "infrastructure", "中平路大坑洞（兩通 1999）", "c1"),
         inc("D", "fire", "中國醫藥大學水湳校區實驗室火警受信總機動作，6 分鐘後確認誤報復歸", "d1")],
        {"why": "The afternoon failure came 5 h after the contractor closed the repair and may be logged as a new fault (A2). A panel alarm reset as a false alarm within six minutes may be read as no job at all.",
         "incidents": [inc("A", "infrastructure", "號誌故障（清晨）", "a4"), inc("A2", "infrastructure", "號誌再度故障（午後）", "a7"),
                       inc("B", "traffic", "路口碰撞", "b1"), inc("C", "infrastructure", "中平路坑洞", "c1")]},
        {"when": "2026-02-10 (Tue), 06:05-16:40 local",
         "background": "a full car park, a detector offline and back, scooters on the pavement, a horn-honking call; police report a4 and 119 case b2 delivered twice."})


def s1299():
    s = Sit(1299, "concert_storm_exit", "2026-08-15")
    t = s.t
    mpos = (120.652, 24.185)
    s.permit("pe", "concert", t("19:00"), t("22:00"), mpos, 300, "臺中流行影音中心 戶外演唱會，預估 1 萬 2 千人，散場經凱旋路、中科路", "A", arr=t("09:00", -14))
    s.sensor("pk1", "parking", "SN-PK-004", "full", t("17:50"), "中央公園地下停車場(北) 汽車位已滿", "A")
    s.sensor("vd1", "rule", "SN-VD-KAIXUAN-02", "congestion", t("18:30"), "凱旋路車輛偵測器2 平均車速降至 11 km/h", "A", sev="Moderate")
    s.sensor("pk2", "parking", "SN-PK-005", "full", t("18:35"), "中央公園地下停車場(南) 汽車位已滿", "A")
    s.c1999("bg1", "streetlight", t("19:10"), s.near("fcu", 100), "逢甲水湳校區旁邊路燈不亮", None)
    s.rain("r1", "SN-RG-002", "大雨", t("20:30"), "水湳轉運中心雨量站 時雨量 48 毫米，達大雨標準", None)
    s.flood("f1", "SN-FL-009", "1-15", t("20:50"), 9, "B")
    s.flood("f2", "SN-FL-009", "16-30", t("21:15"), 19, "B")
    s.c1999("f3", "flooding", t("21:20"), s.near("liming_low", 80), "黎明路凱旋路口那邊積水，機車騎過去水到排氣管", "B")
    s.dup("f3", 180)
    s.police("f4", "flooding_report", "Moderate", t("21:35"), s.near("liming_low", 40), "黎明路凱旋路口低窪處積水約20公分，派員警戒", "B")
    s.sensor("bg2", "cctv", "SN-CCTV-002", "wrong_way", t("21:40"), "疑似逆向車輛", None, confidence=0.32)
    s.police("p1", "crowd_control", "Moderate", t("22:05"), s.near(mpos, 80), "演唱會散場人潮湧入凱旋路，加派警力分流", "A")
    s.c1999("c1", "crowding", t("22:15"), s.near(mpos, 150), "散場人好多，凱旋路人行道走不動，大家都走到車道上", "A")
    s.sensor("vd2", "rule", "SN-VD-KAIXUAN-02", "congestion", t("22:20"), "凱旋路車輛偵測器2 平均車速降至 5 km/h", "A", sev="Severe")
    s.police("c2", "injury_accident", "Moderate", t("22:40"), s.near("kaixuan_mid", 60), "凱旋路散場人潮中機車擦撞行人，行人腳踝受傷", "C", alt="A")
    s.f119("c3", "ambulance", t("22:43"), s.near("kaixuan_mid", 60), "西屯區凱旋路 行人遭機車擦撞 腳踝受傷", "C", alt="A")
    s.c1999("n1", "noise", t("21:50"), s.near("eco_a", 150), "流行音樂中心演唱會太大聲，窗戶關起來還聽得到", "A", alt=None, arr=t("22:48"))
    s.flood("f5", "SN-FL-009", "1-15", t("22:50"), 6, "B")
    s.police("f6", "flooding_report", "Minor", t("23:05"), s.near("liming_low", 40), "黎明路凱旋路口積水已退", "B", follows="f4")
    s.sensor("pk3", "parking", "SN-PK-004", "empty", t("23:30"), "中央公園地下停車場(北) 車輛已大致離場", None)
    s.c1999("bg3", "other", t("23:20"), s.near("hub", 80), "轉運中心最後一班公車幾點", None)
    s.write(
        "A summer evening concert at the pop music centre (19:00-22:00, 12,000 people) with a thunderstorm in the middle: the 黎明路/凱旋路 low point floods to 19 cm and recedes by 23:05; at the exit the crowd spills onto 凱旋路 and a scooter hits a pedestrian.",
        [inc("A", "crowd", "流行影音中心演唱會人潮（停車場滿、凱旋路車速下降、散場分流、音量抱怨）", "p1"),
         inc("B", "flood", "黎明路凱旋路口低窪處積水 20:50-23:05", "f2"),
         inc("C", "traffic", "散場時凱旋路機車擦撞行人，送醫", "c2")],
        {"why": "The injury in the exit crowd may be handled as part of the concert's crowd job (the event's own medical and police on site); the noise call may be read as no job for the center.",
         "incidents": [inc("A", "crowd", "演唱會人潮與散場（含擦撞）", "p1"), inc("B", "flood", "黎明凱旋路口積水", "f2")]},
        {"when": "2026-08-15 (Sat), 17:50-23:30 local",
         "background": "an unlit lamp, a rain-class alert, a low-confidence wrong-way detection, the car park emptying after the show, a bus-timetable question; the noise call arrived 58 min late; 1999 case f3 delivered twice."})


def s1300():
    s = Sit(1300, "zhongping_works_gas_strike", "2026-05-11")
    t = s.t
    wpos = (120.6572, 24.1722)
    s.permit("pw", "road_works", t("08:30"), t("17:30", 4), wpos, 400, "中平路（經貿路至河南路段）雨水下水道工程，5/11-5/15，南側車道封閉", "A", arr=t("10:00", -5))
    s.sensor("a1", "rule", "SN-VD-ZHONGPING-01", "congestion", t("17:30"), "中平路車輛偵測器1 平均車速降至 13 km/h", "A", sev="Moderate")
    s.sensor("bg1", "fire_alarm", "SN-FA-010", "fault", t("19:20"), "中國醫藥大學水湳校區 預備電源電壓不足", None)
    s.c1999("b1", "other", t("10:40", 1), s.near(wpos, 60), "中平路施工好像挖破瓦斯管，瓦斯味很重，工人都跑開了", "B")
    s.f119("b2", "hazmat", t("10:43", 1), s.near(wpos, 20), "西屯區中平路 施工挖損瓦斯管線洩漏，派遣化災車、水箱車", "B")
    s.dup("b2", 20)
    s.police("b3", "road_closure", "Severe", t("10:55", 1), s.near(wpos, 50), "中平路瓦斯外洩，經貿路至河南路段雙向封閉", "B")
    s.police("b4", "evacuation", "Severe", t("11:05", 1), s.near("cmu", 60), "中國醫藥大學水湳校區靠中平路側大樓師生疏散", "B")
    s.f119("b5", "hazmat", t("11:00", 1), (s.keys["b2"]["lon"], s.keys["b2"]["lat"]), "到場，欣林天然氣人員關閉上游閥門中", "B", status="on_scene", follows="b2")
    s.sensor("b6", "rule", "SN-VD-ZHONGPING-01", "congestion", t("11:10", 1), "中平路車輛偵測器1 平均車速降至 6 km/h", "B", sev="Severe", alt="A")
    s.sensor("b7", "cctv", "SN-CCTV-011", "stalled_vehicle", t("11:12", 1), "路口車輛靜止超過 3 分鐘", "B", confidence=0.55, alt="A")
    s.c1999("bg2", "illegal_parking", t("12:00", 1), s.near("reclaim", 100), "水資源回收中心門口有車擋住", None)
    s.f119("b8", "hazmat", t("13:30", 1), (s.keys["b2"]["lon"], s.keys["b2"]["lat"]), "管線修復完成，偵測無殘留，人車返隊", "B", status="closed", follows="b2")
    s.police("b9", "road_reopened", "Minor", t("13:45", 1), s.near(wpos, 50), "中平路瓦斯外洩處理完畢，解除封閉（施工車道維持）", "B", follows="b3")
    s.c1999("a2", "road_damage", t("09:15", 2), s.near(wpos, 90), "中平路施工回填的地方凹下去，下雨會積水", "A")
    s.sensor("a3", "rule", "SN-VD-ZHONGPING-01", "congestion", t("17:40", 2), "中平路車輛偵測器1 平均車速降至 12 km/h", "A", sev="Moderate")
    s.c1999("bg3", "streetlight", t("20:10", 2), s.near("henan_pk", 70), "河南路停車場出口路燈不亮", None)
    s.police("c1", "accident", "Minor", t("08:15", 3), s.near(wpos, 70), "中平路施工縮減車道處兩車追撞，無人受傷", "C")
    s.sensor("c2", "cctv", "SN-CCTV-011", "stalled_vehicle", t("08:14", 3), "路口車輛靜止超過 3 分鐘", "C", confidence=0.74)
    s.c1999("a4", "noise", t("22:30", 3), s.near(wpos, 120), "中平路晚上還在用機具，吵到小孩睡不著", "A", alt=None)
    s.dup("a4", 400)
    s.police("a5", "road_reopened", "Minor", t("17:40", 4), s.near(wpos, 50), "中平路下水道工程完工，恢復通行", "A")
    s.c1999("bg4", "noise", t("21:00", 4), s.near("cmu", 120), "學生宿舍旁邊有人放鞭炮", None)
    s.write(
        "Five days of storm-drain works on 中平路 (5/11-5/15); on day 2 the excavator strikes a gas main: hazmat dispatch, the road closed both ways, the CMU campus's near buildings evacuated until the main is valved and repaired at 13:30; a rear-end crash at the lane drop on day 4; slow-downs, a sunken backfill and night noise belong to the works.",
        [inc("A", "traffic", "中平路雨水下水道工程五日（許可、尖峰車速下降、回填沉陷、夜間噪音、完工）", "pw"),
         inc("B", "hazmat", "5/12 施工挖損瓦斯管線洩漏，封路、疏散、關閥修復", "b2"),
         inc("C", "traffic", "5/14 施工縮減車道處追撞", "c1")],
        {"why": "The queue during the gas closure may be read as the works' own queue; the night-noise call may be read as no job for the center.",
         "incidents": [inc("A", "traffic", "中平路下水道工程（含封路回堵）", "pw"), inc("B", "hazmat", "瓦斯管線挖損洩漏", "b2"),
                       inc("C", "traffic", "施工縮減車道追撞", "c1")]},
        {"when": "2026-05-11 (Mon) to 05-15 (Fri), permit received 5/6",
         "background": "a panel's standby-battery fault, a blocked gate, an unlit lamp, firecrackers; 119 case b2 and 1999 case a4 delivered twice; the camera saw the day-4 stall a minute before the police report."})


def s1301():
    s = Sit(1301, "eco_power_cut_day", "2026-12-08")
    t = s.t
    s.sensor("a1", "fire_alarm", "SN-FA-011", "fault", t("10:02"), "主電源停電，預備電源供電中", "A")
    s.sensor("a2", "fire_alarm", "SN-FA-012", "fault", t("09:03"), "主電源停電，預備電源供電中", "A", arr=t("10:03:20"))
    s.sensor("a3", "status", "SN-FL-008", "offline", t("10:03"), "淹水感測器離線", "A", reason="mains_power_lost")
    s.sensor("a4", "status", "SN-WL-003", "offline", t("10:03:30"), "水位站離線", "A", reason="mains_power_lost")
    s.c1999("a5", "power_outage", t("10:05"), s.near("eco_a", 60), "生態住宅A區整棟停電了", "A")
    s.c1999("b1", "rescue", t("10:08"), s.near("eco_a", 20), "A區3號電梯停電困2人，我同事在裡面", "B")
    s.f119("b2", "rescue", t("10:10"), s.near("eco_a", 20), "西屯區水湳生態住宅A區 電梯受困2人", "B")
    s.dup("b2", 30)
    s.c1999("a6", "power_outage", t("10:12"), s.near("eco_b", 60), "B區也停電，經貿路對面商店也沒電", "A")
    s.f119("b3", "rescue", t("10:21"), (s.keys["b2"]["lon"], s.keys["b2"]["lat"]), "到場，手動將車廂移至平層", "B", status="on_scene", follows="b2")
    s.f119("b4", "rescue", t("10:50"), (s.keys["b2"]["lon"], s.keys["b2"]["lat"]), "受困2人已救出，均無受傷", "B", status="closed", follows="b2")
    s.c1999("a7", "water_outage", t("10:40"), s.near("eco_a", 60), "停電以後大樓水塔馬達不能打水，現在也沒水了", "A")
    s.f119("c1", "ambulance", t("11:30"), s.near("eco_b", 30), "西屯區水湳生態住宅B區 住戶停電製氧機無法使用，呼吸喘", "C")
    s.police("e1", "accident", "Minor", t("12:40"), s.near("jingmao_zhongping", 30), "經貿路中平路口兩車擦撞，無人受傷", "E")
    s.sensor("e2", "cctv", "SN-CCTV-011", "stalled_vehicle", t("12:38"), "路口車輛靜止超過 3 分鐘", "E", confidence=0.8)
    s.c1999("bg1", "illegal_parking", t("13:00"), s.near("museum", 90), "綠美圖門口有車一直停在卸貨區", None)
    s.c1999("a8", "power_outage", t("14:00"), s.near("eco_a", 60), "已經停電四個小時了，電什麼時候會來？", "A", follows="a5")
    s.sensor("bg2", "parking", "SN-PK-002", "full", t("14:20"), "經貿六停車場 汽車位已滿", None)
    s.sensor("a9", "status", "SN-FL-008", "online", t("16:12"), "淹水感測器恢復連線", "A")
    s.sensor("a10", "status", "SN-WL-003", "online", t("16:12:30"), "水位站恢復連線", "A")
    s.sensor("a11", "fire_alarm", "SN-FA-011", "normal", t("16:15"), "主電源恢復", "A")
    s.sensor("a12", "fire_alarm", "SN-FA-012", "normal", t("15:16"), "主電源恢復", "A", arr=t("16:16:20"))
    s.c1999("bg3", "noise", t("17:10"), s.near("hub", 100), "轉運中心廣播太大聲", None)
    s.c1999("d1", "streetlight", t("18:20"), s.near("jingmao_low", 100), "經貿路生態住宅這一段整排路燈都不亮，一片漆黑", "D", alt="A")
    s.c1999("d2", "streetlight", t("18:35"), s.near("eco_b", 120), "經貿路路燈全暗，下午不是已經復電了嗎", "D", alt="A")
    s.write(
        "A feeder fault cuts power to the eco-residential blocks and the 經貿路 low-point sensors from 10:02 to 16:10: the panels run on batteries, the water pumps stop, two people are stuck in a lift and rescued, an oxygen-concentrator user is taken to hospital; at dusk the 經貿路 streetlights on that stretch stay dark although power came back. A scrape at 經貿路/中平路.",
        [inc("A", "infrastructure", "生態住宅A、B區及經貿路一帶停電 10:02-16:10（火警總機主電源、感測器斷電離線、大樓停水）", "a5"),
         inc("B", "rescue", "A區電梯停電困2人，10:50 救出", "b1"),
         inc("C", "rescue", "B區住戶停電製氧機無法使用，呼吸喘送醫", "c1"),
         inc("D", "infrastructure", "復電後經貿路一整段路燈全暗 18:20", "d1"),
         inc("E", "traffic", "經貿路中平路口擦撞", "e1")],
        {"why": "The dark streetlights may be the same power cut not fully restored (the lamps' circuit never re-energised), one job with A rather than a new streetlight job.",
         "incidents": [inc("A", "infrastructure", "停電（含復電後路燈未亮）", "a5"), inc("B", "rescue", "電梯受困", "b1"),
                       inc("C", "rescue", "製氧機停擺送醫", "c1"), inc("E", "traffic", "擦撞", "e1")]},
        {"when": "2026-12-08 (Tue), 10:02-18:35 local",
         "background": "a car in the loading bay, a full car park, a loud announcement call; the B-block panel's clock is one hour slow (stamps 09:03 and 15:16, arrives 10:03 and 16:16); 119 case b2 delivered twice."})


def s1302():
    s = Sit(1302, "fazi_river_two_day_typhoon", "2026-09-28")
    t = s.t
    s.rain("r1", "C0F9T0", "大雨", t("12:00"), "西屯站 24小時累積雨量 96 毫米，達大雨標準", None)
    s.wl("a1", "SN-WL-004", "3", t("14:20"), 97.31, "A")
    s.c1999("a2", "flooding", t("15:10"), s.near("fazi", 150), "筏子溪水好高，河堤步道已經淹到了", "A")
    s.police("a3", "road_closure", "Moderate", t("15:30"), s.near("fazi", 100), "筏子溪河堤步道及自行車道封閉，勸離民眾", "A")
    s.sensor("bg1", "status", "SN-RG-003", "offline", t("18:00"), "雨量站通訊中斷", None, reason="comms_lost")
    s.c1999("bg2", "other", t("20:30"), s.near("eco_a", 100), "颱風明天會放假嗎", None)
    s.rain("r2", "C0F9T0", "豪雨", t("21:00"), "西屯站 24小時累積雨量 228 毫米，達豪雨標準", None)
    s.c1999("c1", "fallen_tree", t("22:10"), s.near((120.6377, 24.1839), 80), "環中路往台灣大道方向有樹倒在快車道", "C")
    s.police("c2", "fallen_object", "Severe", t("22:18"), s.near((120.6377, 24.1839), 40), "環中路路樹倒塌佔用內側兩車道，通知養工處", "C")
    s.sensor("c3", "rule", "SN-VD-HUANZHONG-04", "congestion", t("22:25"), "環中路車輛偵測器4 平均車速降至 10 km/h", "C", sev="Moderate")
    s.dup("c2", 90)
    s.wl("a4", "SN-WL-004", "3", t("03:10", 1), 97.44, "A", alt="A2")
    s.rain("r3", "C0F9T0", "大豪雨", t("03:30", 1), "西屯站 24小時累積雨量 371 毫米，達大豪雨標準", None)
    s.flood("b1", "SN-FL-010", "1-15", t("04:30", 1), 12, "B")
    s.flood("b2", "SN-FL-010", "16-30", t("05:10", 1), 27, "B")
    s.wl("a5", "SN-WL-004", "2", t("05:40", 1), 97.95, "A", alt="A2")
    s.flood("b3", "SN-FL-010", ">30", t("05:50", 1), 44, "B")
    s.sensor("b4", "cctv", "SN-CCTV-009", "stalled_vehicle", t("05:55", 1), "地下道內車輛靜止", "B", confidence=0.88)
    s.police("b5", "stalled_vehicle", "Severe", t("06:00", 1), s.near("taiwan_huanzhong", 40), "臺灣大道環中路口地下道一輛貨車涉水熄火，駕駛已自行脫困", "B")
    s.police("a6", "road_closure", "Severe", t("06:00", 1), s.near("fazi", 120), "筏子溪水位達二級警戒，沿岸道路預防性封閉", "A", alt="A2", follows="a3")
    s.police("b6", "road_closure", "Severe", t("06:05", 1), s.near("taiwan_huanzhong", 60), "臺灣大道環中路口地下道積水封閉，車輛改行平面", "B")
    s.c1999("a7", "flooding", t("06:20", 1), s.near("fazi", 150), "河水快滿到堤防了，附近要不要撤離", "A", alt="A2")
    s.f119("b7", "rescue", t("06:02", 1), s.near("taiwan_huanzhong", 40), "西屯區臺灣大道環中路口地下道 車輛受困", "B", arr=t("06:31", 1))
    s.wl("a8", "SN-WL-004", "1", t("07:30", 1), 98.62, "A", alt="A2")
    s.sensor("d1", "signal", "SN-SIG-009", "fault", t("08:30", 1), "號誌燈頭受強風損壞", "D")
    s.sensor("d2", "cctv", "SN-CCTV-009", "signal_dark", t("08:32", 1), "路口號誌燈未亮", "D", confidence=0.85)
    s.sensor("bg3", "status", "SN-RG-003", "online", t("09:00", 1), "雨量站恢復連線", None)
    s.write(
        "A two-day typhoon: 筏子溪 reaches warning level 3 on the first afternoon and the riverside path is closed; overnight it rises again through levels 3, 2 and 1; the 臺灣大道/環中路 underpass floods to 44 cm with a lorry stalled in it; a tree blocks 環中路 in the first night; the wind wrecks the junction signal there on the second morning.",
        [inc("A", "flood", "筏子溪水位 9/28 14:20 三級警戒、河堤封閉，9/29 03:10 起再升至一級警戒，沿岸道路封閉", "a1"),
         inc("B", "flood", "臺灣大道環中路口地下道積水至 44 公分，貨車熄火，封閉", "b2"),
         inc("C", "traffic", "環中路路樹倒塌佔用內側兩車道", "c2"),
         inc("D", "infrastructure", "臺灣大道環中路口號誌燈頭受風損壞", "d1")],
        {"why": "The river's overnight rise may be opened as a new watch (A2) after a quiet evening, rather than the first afternoon's job carried on.",
         "incidents": [inc("A", "flood", "筏子溪第一日水位", "a1"), inc("A2", "flood", "筏子溪第二日水位上升至一級", "a5"),
                       inc("B", "flood", "地下道積水", "b2"), inc("C", "traffic", "路樹倒塌", "c2"), inc("D", "infrastructure", "號誌損壞", "d1")]},
        {"when": "2026-09-28 (Mon) 12:00 to 09-29 09:00 local",
         "background": "three rain-class alerts, a rain gauge's comms lost and back, a day-off question; 119 case b7 arrived 29 min late; police report c2 delivered twice."})


if __name__ == "__main__":
    for f in (s1297, s1298, s1299, s1300, s1301, s1302):
        f()
    write_readme()
