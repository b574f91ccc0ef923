"""Situations 1311-1316."""
from lib import Sit, P, same


def s1311():
    s = Sit(1311, "popmusic_concert_pickpocket", "2026-03-14",
            "週六晚間臺中流行影音中心演唱會（有許可）散場人潮、違停與噪音；同時段數百公尺內另有扒竊、機車事故與階梯跌倒三件獨立案件。")
    pe = s.add("planned_event", "police", "concert", "18:30", "pop", "臺中流行影音中心戶外演唱會，預估入場2萬人，散場時段凱旋路、中科路實施人車分流管制。",
               "A", arrival="-72:00", ends="22:30", radius_m=600)
    s.sensor("parking", "SN-PK-005", "full", "17:45", "中央公園地下停車場(南) 車位已滿", "A")
    s.sensor("parking", "SN-PK-004", "full", "18:05", "中央公園地下停車場(北) 車位已滿", "A")
    s.add("1999", "citizen", "illegal_parking", "19:10", s.near("pop", 250), "凱旋路靠流行影音中心那邊整排機車停在人行道跟紅線上，行人要走到車道，請派員取締。", "A")
    s.add("1999", "citizen", "illegal_parking", "19:40", s.near("pop", 300), "中科路慢車道被演唱會的車併排停滿，公車進不去站。", "A")
    s.sensor("rule", "SN-VD-KAIXUAN-02", "congestion", "22:32", "凱旋路車輛偵測器2 車速下降，平均時速 8 km/h", "A", sev="Moderate")
    s.sensor("rule", "SN-VD-ZHONGKE-01", "congestion", "22:36", "中科路車輛偵測器1 車速下降，平均時速 11 km/h", "A", sev="Moderate")
    cc = s.add("incident", "police", "crowd_control", "22:35", s.near("pop", 80), "第六分局：演唱會散場，影音中心東側出口人潮回堵至凱旋路，已加派警力疏導，請交通局調整號誌時相。", "A", sev="Moderate")
    s.add("1999", "citizen", "noise", "22:50", s.near("eco_a", 150), "演唱會結束了外面還是一直有人大聲唱歌喊叫，機車催油門，住戶無法休息。", "A", truth_alt=None)
    s.add("1999", "citizen", "noise", "23:20", s.near("eco_a", 200), "散場後路邊一群年輕人在喝酒喧嘩，已經快半夜了。", "A", truth_alt=None)
    # B pickpocket
    th = s.add("incident", "police", "theft", "22:41", s.near("pop", 150), "民眾報案於影音中心東側出口排隊時遭扒竊手機及皮夾，嫌犯著黑色帽T往經貿路方向逃逸，已通報巡邏車攔查。", "B", sev="Moderate")
    s.add("1999", "citizen", "other", "22:44", s.near("pop", 200), "我朋友在散場的時候手機被偷，我們現在在凱旋路跟中科路中間的人行道，警察在哪裡？", "B")
    s.add("incident", "police", "theft", "23:05", s.near("pop", 400), "續報：扒竊嫌犯於經貿路一段附近查獲，起出手機兩支，帶回偵辦。", "B", sev="Minor", follows=th)
    # C scooter crash
    c1 = s.sensor("cctv", "SN-CCTV-007", "stalled_vehicle", "22:58", "黎明路三段/凱旋路 路口偵測車輛停滯", "C", confidence=0.71)
    c2 = s.add("1999", "citizen", "traffic_accident", "22:59", s.near("j_lm_kx", 60), "黎明路凱旋路口機車跟轎車擦撞，有人倒在地上，我剛從演唱會走出來看到的。", "C")
    c3 = s.add("119", "fire", "ambulance", "23:00", s.near("j_lm_kx", 20), "黎明路三段與凱旋路口 機車事故 1人受傷 意識清楚 派遣黎明分隊救護車", "C")
    s.add("incident", "police", "injury_accident", "23:06", s.near("j_lm_kx", 20), "黎明路三段與凱旋路口機車與自小客擦撞，機車騎士右腿擦傷，已送醫，現場處理中佔用內側車道。", "C", sev="Moderate")
    s.add("119", "fire", "ambulance", "23:21", s.near("j_lm_kx", 20), "傷患已送往澄清醫院", "C", status="returning", follows=c3, key=c3 + "-r")
    # D fall on stairs at venue
    d1 = s.add("119", "fire", "ambulance", "21:47", s.near("pop", 40), "臺中流行影音中心 觀眾於看台階梯跌倒 頭部撕裂傷 派遣救護車", "D")
    s.add("1999", "citizen", "other", "21:52", s.near("pop", 60), "演唱會裡面有一個阿姨從樓梯摔下來流血，工作人員說救護車來了但是人太多進不來。", "D", truth_alt="A")
    # background
    s.add("1999", "citizen", "streetlight", "20:15", s.near("wrc", 200), "敦化路靠污水廠那邊有三盞路燈不亮。", None)
    s.add("1999", "citizen", "illegal_parking", "19:55", s.near("cmu", 200), "中國醫藥大學水湳校區門口有車長時間停在黃線。", None)
    s.sensor("rule", "SN-VD-HUANZHONG-04", "congestion", "18:20", "環中路車輛偵測器4 車速下降，平均時速 22 km/h", None, sev="Minor")
    s.add("1999", "citizen", "other", "20:40", s.near("tower", 150), "營運塔旁邊人行道地磚鬆動。", None)
    s.add("1999", "citizen", "streetlight", "22:10", s.near("fcu", 250), "逢甲水湳校區旁邊路燈閃爍。", None)
    s.dup(cc, 3)
    s.dup(c2, 95)
    s.inc("A", "crowd", "流行影音中心演唱會（許可）：停車場滿、違停、散場人潮與車流回堵、散場噪音", cc)
    s.inc("B", "public_safety", "散場出口扒竊，嫌犯後續查獲", th)
    s.inc("C", "traffic", "黎明路三段/凱旋路口機車與轎車擦撞，1人輕傷送醫", c2)
    s.inc("D", "rescue", "場內觀眾階梯跌倒頭部受傷，救護車送醫", d1)
    s.alternative("散場後住宅區的喧嘩噪音可視為環保／一般勤務，不算演唱會人潮事件；場內跌倒的民眾電話只提到救護車進不來，也可讀為人潮管理問題。",
                  same(s.incidents))
    s.write()


def s1312():
    s = Sit(1312, "travel_expo_lost_child", "2026-04-19",
            "週日臺中國際會展中心國際旅展（有許可）：停車場客滿、經貿路違停與車流；A館走失孩童、B館攤位試煮觸發火警總機（119到場確認誤報）、環中路口追撞。")
    pe = s.add("planned_event", "police", "exhibition", "10:00", "conv_a", "2026台中國際旅展 於臺中國際會展中心A、B館，4/17-4/20，每日10:00-18:00，預估每日入場4萬人次。", "A", arrival="-240:00", ends="18:00", radius_m=500)
    s.sensor("parking", "SN-PK-006", "full", "10:40", "臺中國際會展中心停車場 車位已滿", "A")
    s.sensor("parking", "SN-PK-002", "full", "11:05", "經貿六停車場 車位已滿", "A")
    s.sensor("parking", "SN-PK-001", "full", "11:30", "水湳轉運中心停車場 車位已滿", "A", truth_alt=None)
    s.sensor("rule", "SN-VD-JINGMAO-01", "congestion", "11:12", "經貿路車輛偵測器1 車速下降，平均時速 9 km/h", "A", sev="Moderate")
    s.add("1999", "citizen", "illegal_parking", "11:25", s.near("pk_conv", 300), "經貿路二段會展中心前面雙排停車，還有遊覽車停在公車站。", "A")
    cr = s.sensor("cctv", "SN-CCTV-005", "crowding", "12:02", "經貿路二段/黎明路三段 路口人群聚集", "A", confidence=0.83)
    s.add("incident", "police", "crowd_control", "12:10", s.near("conv_a", 100), "會展中心A館入口排隊人潮延伸至經貿路人行道，派員執行人潮管制。", "A", sev="Minor")
    # B lost child
    b1 = s.add("incident", "police", "missing_person", "13:18", s.near("conv_a", 60), "會展中心A館民眾報案：6歲男童走失，身穿黃色上衣藍色短褲，約13:05於A館東側攤位區走散，請現場員警協尋。", "B", sev="Severe")
    s.add("1999", "citizen", "missing_person", "13:21", s.near("conv_a", 120), "我兒子在會展中心A館不見了，六歲，穿黃色衣服，拜託幫忙廣播。", "B")
    s.add("incident", "police", "missing_person", "13:52", s.near("hub", 80), "續報：走失男童於水湳轉運中心候車區尋獲，已交還家長。", "B", sev="Minor", follows=b1)
    # C fire alarm hall B, false alarm
    c1 = s.sensor("fire_alarm", "SN-FA-003", "alarm", "14:26", "臺中國際會展中心 B棟 火警受信總機 2F 展區 偵煙探測器動作", "C")
    c2 = s.add("119", "fire", "fire", "14:28", "conv_b", "臺中國際會展中心B館 火警自動警報 派遣水湳分隊", "C")
    s.add("1999", "citizen", "fire_smoke", "14:29", s.near("conv_b", 80), "會展中心B館裡面警報一直響，廣播叫大家往外走，有聞到燒焦味。", "C")
    s.add("119", "fire", "fire", "14:44", "conv_b", "現場確認為美食攤位試煮油煙觸動偵煙器，無火災，警報復歸", "C", status="closed", follows=c2, key=c2 + "-c")
    s.sensor("fire_alarm", "SN-FA-003", "normal", "14:41", "臺中國際會展中心 B棟 火警受信總機 復歸", "C")
    # D rear-end crash
    d1 = s.add("incident", "police", "accident", "15:34", s.near("j_jm_hz", 30), "經貿路二段與環中路二段口三車追撞，無人受傷，車輛佔用左轉車道，待拖吊。", "D", sev="Minor")
    s.sensor("cctv", "SN-CCTV-004", "stalled_vehicle", "15:31", "經貿路二段/環中路二段 路口偵測車輛停滯", "D", confidence=0.77)
    s.sensor("rule", "SN-VD-HUANZHONG-03", "congestion", "15:40", "環中路車輛偵測器3 車速下降，平均時速 12 km/h", "D", sev="Moderate", truth_alt="A")
    # background
    s.add("1999", "citizen", "road_damage", "10:55", s.near("eco_b", 200), "敦化路一段人孔蓋凹陷，機車經過會跳。", None)
    s.add("1999", "citizen", "streetlight", "11:40", s.near("park_south", 300), "中央公園南側步道路燈白天一直亮著。", None)
    s.add("1999", "citizen", "noise", "16:10", s.near("fcu", 300), "逢甲水湳校區旁工地假日施工很吵。", None)
    s.add("1999", "citizen", "other", "12:45", s.near("green", 150), "綠美圖前面的飲水機壞了。", None)
    s.dup(c1, 2)
    s.dup(b1, 40)
    s.inc("A", "crowd", "國際旅展（許可）：停車場客滿、經貿路違停與壅塞、A館入口人潮管制", cr)
    s.inc("B", "rescue", "A館走失6歲男童，後於轉運中心尋獲", b1)
    s.inc("C", "fire", "B館偵煙器因攤位試煮油煙動作，119到場確認誤報", c1)
    s.inc("D", "traffic", "經貿路二段/環中路二段口三車追撞", d1)
    s.alternative("轉運中心停車場滿可能是一般週日轉乘車潮而非旅展；環中路偵測器的壅塞也可能是旅展車潮而非追撞造成。",
                  same(s.incidents))
    s.write()


def s1313():
    s = Sit(1313, "nye_countdown_park", "2026-12-31",
            "跨年夜中央公園跨年晚會（有許可）：道路管制、停車場滿、人潮；南側美食攤位瓦斯爐起火、午夜後轉運中心前鬥毆、醉酒民眾跌倒受傷。")
    pe = s.add("planned_event", "police", "concert", "19:00", "park_mid", "2026中央公園跨年晚會，12/31 19:00至1/1 01:00，舞台設於中央公園中段草坪，預估15萬人。", "A", arrival="-480:00", ends="25:00", radius_m=1000)
    rc = s.add("incident", "police", "road_closure", "18:00", s.near("park_north", 200), "跨年活動交通管制：經貿路一段、中科路（黎明路至河南路）18:00起封閉，僅開放接駁車通行。", "A", sev="Moderate")
    s.sensor("parking", "SN-PK-004", "full", "18:20", "中央公園地下停車場(北) 車位已滿", "A")
    s.sensor("parking", "SN-PK-005", "full", "18:35", "中央公園地下停車場(南) 車位已滿", "A")
    s.sensor("parking", "SN-PK-003", "full", "19:10", "河南路停車場 車位已滿", "A")
    s.sensor("cctv", "SN-CCTV-006", "crowding", "23:15", "經貿路二段/經貿七路 路口人群聚集", "A", confidence=0.9)
    s.sensor("rule", "SN-VD-JINGMAO-02", "congestion", "24:15", "經貿路車輛偵測器2 車速下降，平均時速 5 km/h", "A", sev="Severe")
    cc = s.add("incident", "police", "crowd_control", "24:08", s.near("park_mid", 150), "倒數結束散場，中央公園中段出口人潮擁擠，啟動分流，暫停南向出口。", "A", sev="Severe")
    s.add("1999", "citizen", "crowding", "24:20", s.near("park_mid", 300), "公園出口卡住完全動不了，有小孩在哭，拜託開其他出口。", "A")
    s.add("1999", "citizen", "illegal_parking", "21:30", s.near("eco_b", 150), "敦化路一段整條紅線停滿跨年的車，住戶車開不出去。", "A")
    # B stall fire
    b1 = s.add("1999", "citizen", "fire_smoke", "21:42", s.near("park_south", 80), "公園南邊美食區有攤位瓦斯爐起火，火很大，大家在跑。", "B")
    b2 = s.add("119", "fire", "fire", "21:43", s.near("park_south", 30), "中央公園南段美食攤位區 攤位卡式爐起火 派遣水湳、黎明分隊", "B", sev="Moderate")
    s.add("incident", "police", "fire_report", "21:45", s.near("park_south", 40), "跨年美食區攤位起火，現場員警疏散周邊民眾拉封鎖線。", "B", sev="Moderate")
    s.add("1999", "citizen", "fire_smoke", "21:44", s.near("park_south", 200), "公園那邊冒黑煙，我在河南路停車場都看得到。", "B")
    s.add("119", "fire", "fire", "21:58", s.near("park_south", 30), "攤位火勢撲滅，1名攤商手部輕微燙傷現場處置，無送醫", "B", status="on_scene", follows=b2, key=b2 + "-s")
    # C fight at hub
    c1 = s.add("incident", "police", "public_disturbance", "24:52", s.near("hub", 60), "水湳轉運中心接駁車候車處兩群人因插隊口角後互毆，約6人，請求支援。", "C", sev="Moderate")
    s.add("1999", "citizen", "other", "24:54", s.near("hub", 150), "轉運中心這邊有人打架，有人拿安全帽打人。", "C")
    s.add("119", "fire", "ambulance", "24:58", s.near("hub", 40), "水湳轉運中心 鬥毆 1人頭部挫傷 派遣救護車", "C")
    # D drunk fall
    d1 = s.add("119", "fire", "ambulance", "25:20", s.near("j_jm_jm7", 80), "經貿路二段經貿七路口 男子酒醉跌倒 頭部撕裂傷", "D")
    s.add("1999", "citizen", "other", "25:18", s.near("j_jm_jm7", 120), "經貿七路口有一個喝醉的人跌倒在人行道流很多血，叫不醒。", "D")
    # background
    s.add("1999", "citizen", "noise", "20:10", s.near("cmu", 300), "鄰居在家開派對音樂很大聲。", None)
    s.add("1999", "citizen", "streetlight", "19:30", s.near("fcu", 200), "逢甲水湳校區前路燈不亮。", None)
    s.sensor("rule", "SN-VD-HUANZHONG-01", "congestion", "20:30", "環中路車輛偵測器1 車速下降，平均時速 18 km/h", None, sev="Minor", truth_alt="A")
    s.add("1999", "citizen", "other", "22:30", s.near("tower", 300), "請問跨年接駁車最後一班幾點？", None)
    s.add("1999", "citizen", "noise", "24:05", s.near("eco_a", 100), "煙火跟音響太吵了，都快一點了還在放。", "A", truth_alt=None)
    s.dup(b1, 30)
    s.dup(cc, 5)
    s.inc("A", "crowd", "跨年晚會（許可）：交通管制、停車場滿、散場人潮擁擠與分流", cc)
    s.inc("B", "fire", "中央公園南段美食攤位卡式爐起火，攤商輕微燙傷", b2)
    s.inc("C", "public_safety", "轉運中心接駁候車處鬥毆，1人挫傷", c1)
    s.inc("D", "rescue", "經貿七路口酒醉男子跌倒頭部受傷", d1)
    s.alternative("環中路西段的車速下降可能是跨年車潮（屬A）；住宅區對煙火音響的噪音陳情在許可時段內，也可視為不需派遣的背景。",
                  same(s.incidents))
    s.write()


def s1314():
    s = Sit(1314, "labour_day_march_sitin", "2026-05-01",
            "勞動節遊行（有許可）自水湳轉運中心沿經貿路至智慧營運塔；部分群眾未經許可於中清環中路口靜坐阻斷車道；同時中清路口公車與機車事故、遊行隊伍一人中暑。")
    pe = s.add("planned_event", "police", "march", "09:30", (120.6560, 24.1950), "五一勞動節遊行，集合水湳轉運中心，沿經貿路二段行進至臺灣智慧營運塔前廣場，預估3000人。", "A", arrival="-120:00", ends="12:30", radius_m=450)
    s.sensor("parking", "SN-PK-001", "full", "09:10", "水湳轉運中心停車場 車位已滿", "A")
    ma = s.add("incident", "police", "crowd_control", "09:45", s.near("hub", 80), "遊行隊伍由轉運中心出發，經貿路二段北向車道封閉，員警沿線戒護。", "A", sev="Minor")
    s.add("incident", "police", "road_closure", "09:40", s.near("j_jm_lm", 30), "經貿路二段（環中路至經貿七路）配合遊行暫時封閉。", "A", sev="Moderate")
    s.sensor("cctv", "SN-CCTV-005", "crowding", "09:58", "經貿路二段/黎明路三段 路口人群聚集", "A", confidence=0.88)
    s.sensor("rule", "SN-VD-JINGMAO-01", "congestion", "10:05", "經貿路車輛偵測器1 車速下降，平均時速 6 km/h", "A", sev="Moderate")
    s.add("1999", "citizen", "noise", "10:20", s.near("tower", 200), "遊行宣傳車擴音器太大聲，營運塔旁邊辦公室無法上班。", "A", truth_alt=None)
    # B sit-in no permit
    b1 = s.sensor("cctv", "SN-CCTV-008", "crowding", "11:10", "中清路/環中路 路口人群聚集", "B", confidence=0.79, truth_alt="A")
    b2 = s.add("incident", "police", "public_disturbance", "11:14", s.near("j_zq_hz", 30), "約80名民眾脫離遊行路線，於中清路環中路口靜坐，未在申請路線內，阻斷中清路南向車道，現場舉牌警告。", "B", sev="Moderate", truth_alt="A")
    s.sensor("rule", "SN-VD-ZHONGQING-01", "congestion", "11:18", "中清路車輛偵測器1 車速下降，平均時速 4 km/h", "B", sev="Severe", truth_alt="A")
    s.sensor("rule", "SN-VD-HUANZHONG-03", "congestion", "11:22", "環中路車輛偵測器3 車速下降，平均時速 9 km/h", "B", sev="Moderate", truth_alt="A")
    s.add("1999", "citizen", "crowding", "11:25", s.near("j_zq_hz", 200), "中清路跟環中路口有人坐在馬路上，公車全部卡住，要多久？", "B", truth_alt="A")
    s.add("incident", "police", "crowd_control", "12:05", s.near("j_zq_hz", 30), "續報：中清環中路口靜坐群眾經勸導於12:00撤離，車道恢復通行。", "B", sev="Minor", follows=b2, truth_alt="A")
    # C bus vs scooter
    c1 = s.add("incident", "police", "injury_accident", "11:36", s.near("j_zq_hz", 150), "中清路二段近環中路，繞道公車右轉與機車擦撞，機車騎士左手骨折疑慮，已報119。", "C", sev="Moderate")
    s.add("119", "fire", "ambulance", "11:35", s.near("j_zq_hz", 150), "中清路二段環中路口南側 公車與機車事故 1人受傷", "C")
    s.add("1999", "citizen", "traffic_accident", "11:37", s.near("j_zq_hz", 250), "我在中清路上看到公車撞到機車，就在靜坐那個路口再過去一點。", "C")
    # D heat stroke
    d1 = s.add("119", "fire", "ambulance", "10:52", s.near("tower", 60), "臺灣智慧營運塔前廣場 遊行民眾疑似中暑昏倒 派遣救護車", "D")
    s.add("incident", "police", "other", "10:50", s.near("tower", 80), "遊行終點廣場一名60多歲男性參加者暈倒，已通報119。", "D", sev="Moderate", truth_alt="A")
    # background
    s.add("1999", "citizen", "streetlight", "09:20", s.near("eco_b", 250), "敦化路一段路燈白天亮著。", None)
    s.add("1999", "citizen", "illegal_parking", "10:40", s.near("cmu", 200), "中國醫藥大學水湳校區門口機車亂停。", None)
    s.add("1999", "citizen", "road_damage", "11:50", s.near("fcu", 300), "逢甲水湳校區旁邊路面有坑洞。", None)
    s.add("1999", "citizen", "fallen_tree", "08:40", s.near("park_south", 200), "中央公園南側一棵小樹被昨晚的風吹斜了，還沒倒。", None)
    s.dup(b2, 60)
    s.dup(d1, 4)
    s.inc("A", "crowd", "勞動節遊行（許可）：經貿路封閉、人潮、壅塞與宣傳車噪音", ma)
    s.inc("B", "crowd", "未經許可的脫隊群眾於中清環中路口靜坐阻斷車道，12:00撤離", b2)
    s.inc("C", "traffic", "中清路二段繞道公車與機車擦撞，1人受傷", c1)
    s.inc("D", "rescue", "遊行終點民眾疑似中暑昏倒", d1)
    s.alternative("脫隊靜坐出自同一遊行群眾，可視為遊行勤務（A）的延伸，由同一指揮官處置；宣傳車噪音則屬許可範圍的背景。",
                  [i for i in s.incidents if i["label"] != "B"])
    s.write()


def s1315():
    s = Sit(1315, "graduation_shower_ramp", "2026-06-13",
            "週六逢甲大學水湳校區畢業典禮（校內活動，無道路使用許可）車潮與違停；午後雷陣雨：河南路低窪處積水、中央公園南停車場入口坡道積水；校門口家長雨中滑倒。")
    s.sensor("rule", "SN-VD-ZHONGKE-01", "congestion", "09:20", "中科路車輛偵測器1 車速下降，平均時速 10 km/h", "A", sev="Moderate")
    a1 = s.add("1999", "citizen", "illegal_parking", "09:25", s.near("fcu", 200), "逢甲水湳校區畢業典禮，校門口中科路兩邊都雙排停車，送花的攤販佔用人行道。", "A")
    s.add("1999", "citizen", "illegal_parking", "09:50", s.near("fcu", 300), "校區旁邊巷子被家長的車堵住，我家車庫出不去。", "A")
    a2 = s.add("incident", "police", "crowd_control", "09:40", s.near("fcu", 100), "逢甲水湳校區畢業典禮，校門口家長車輛回堵中科路，派員疏導並取締違停。", "A", sev="Minor")
    s.add("1999", "citizen", "crowding", "11:55", s.near("fcu", 150), "典禮結束大家都在校門口拍照，人行道完全走不過去。", "A")
    s.add("1999", "citizen", "noise", "10:30", s.near("fcu", 350), "畢業典禮音響很大聲。", "A", truth_alt=None)
    # rain
    r1 = s.sensor("rule", "SN-RG-001", "heavy_rain", "14:10", "中央公園雨量站 時雨量 52 mm，達大雨標準", None, sev="Moderate", level="大雨", truth_alt="B")
    s.sensor("rule", "SN-RG-002", "heavy_rain", "14:20", "水湳轉運中心雨量站 時雨量 45 mm，達大雨標準", None, sev="Moderate", level="大雨")
    b1 = s.sensor("rule", "SN-FL-007", "flood_depth", "14:32", "河南路低窪處 淹水深度 18 cm", "B", sev="Moderate", level="16-30")
    s.add("1999", "citizen", "flooding", "14:36", s.near((120.6528, 24.1742), 120), "河南路靠停車場那邊積水到輪胎一半，機車熄火。", "B")
    s.add("incident", "police", "flooding_report", "14:45", s.near((120.6528, 24.1742), 60), "河南路近中央公園南段路面積水約20公分，已擺設警示錐。", "B", sev="Moderate")
    c1 = s.add("1999", "citizen", "flooding", "14:40", s.near("pk_park_s", 60), "中央公園南邊地下停車場入口的坡道水一直往下灌，排水溝滿了，車子不敢下去。", "C", truth_alt="B")
    s.add("1999", "citizen", "blocked_drain", "14:48", s.near("pk_park_s", 80), "停車場入口截水溝被落葉塞住。", "C", truth_alt="B")
    s.add("incident", "police", "flooding_report", "14:55", s.near("pk_park_s", 40), "中央公園地下停車場(南)入口坡道積水，管理員已暫停車輛進入。", "C", sev="Moderate", truth_alt="B")
    s.sensor("parking", "SN-PK-005", "closed", "14:52", "中央公園地下停車場(南) 入口暫停開放（坡道積水）", "C", truth_alt="B")
    s.sensor("rule", "SN-FL-007", "flood_depth", "15:20", "河南路低窪處 淹水深度 8 cm", "B", sev="Minor", level="1-15")
    # D fall
    d1 = s.add("119", "fire", "ambulance", "14:25", s.near("fcu", 50), "逢甲大學水湳校區正門 女性家長雨中滑倒 疑似腳踝骨折", "D")
    s.add("1999", "citizen", "other", "14:27", s.near("fcu", 100), "校門口有媽媽滑倒站不起來，下大雨。", "D")
    # background
    s.sensor("rule", "SN-FL-003", "flood_depth", "14:35", "中央公園滯洪池3 淹水深度 12 cm", None, sev="Minor", level="1-15")
    s.add("1999", "citizen", "streetlight", "12:30", s.near("eco_a", 200), "經貿路三段路燈燈罩破裂。", None)
    s.add("1999", "citizen", "other", "13:00", s.near("green", 200), "綠美圖旁邊公廁沒有衛生紙。", None)
    s.dup(b1, 600)
    s.dup(a1, 20)
    s.inc("A", "crowd", "逢甲水湳校區畢業典禮（無道路許可）：車潮、違停、校門口人潮", a2)
    s.inc("B", "flood", "河南路低窪處路面積水約20公分", b1)
    s.inc("C", "flood", "中央公園地下停車場(南)入口坡道積水，停車場暫停進入", c1)
    s.inc("D", "rescue", "校門口家長雨中滑倒受傷", d1)
    s.alternative("河南路低窪處與南停車場坡道相距數百公尺、同一場雨同一排水系統，水利局可能派同一組抽水機處置，視為一件積淹水事件；中央公園雨量站的大雨警報亦併入。",
                  [i for i in s.incidents if i["label"] != "C"])
    s.notes = "滯洪池3 的淺水深度是滯洪池設計上的正常蓄水，列為背景；轉運中心雨量站大雨警報為區域性降雨，不單獨派遣。"
    s.write()


def s1316():
    s = Sit(1316, "henan_night_market_stall_fire", "2026-09-05",
            "週六河南路停車場假日夜市（有活動許可）：人潮、違停與住戶噪音陳情；攤位瓦斯桶起火、夜市內扒竊、河南路中平路口機車自撞。")
    pe = s.add("planned_event", "police", "event", "17:00", "pk_henan", "河南路停車場假日市集，每週六17:00-23:00，攤位120攤，使用停車場平面區。", "A", arrival="-600:00", ends="23:00", radius_m=300)
    s.sensor("parking", "SN-PK-005", "full", "18:20", "中央公園地下停車場(南) 車位已滿", "A", truth_alt=None)
    s.add("1999", "citizen", "illegal_parking", "18:40", s.near("pk_henan", 200), "河南路夜市旁邊機車停滿人行道跟公車站。", "A")
    a1 = s.add("1999", "citizen", "crowding", "19:30", s.near("pk_henan", 120), "夜市人太多，河南路上行人走到車道上很危險，沒有人管制。", "A")
    s.add("incident", "police", "crowd_control", "19:45", s.near("pk_henan", 80), "河南路市集人潮溢出至車道，派員設置臨時人行動線。", "A", sev="Minor")
    s.add("1999", "citizen", "noise", "21:40", s.near("eco_b", 300), "夜市攤販擴音叫賣到快十點，住戶小孩睡不著。", "A", truth_alt=None)
    s.add("1999", "citizen", "noise", "22:30", s.near((120.6560, 24.1755), 150), "河南路那邊夜市收攤很吵，一直敲鐵架。", "A", truth_alt=None)
    # B gas cylinder fire
    b1 = s.add("1999", "citizen", "fire_smoke", "20:14", s.near("pk_henan", 60), "夜市炸物攤瓦斯桶著火了，火燒到帆布！", "B")
    b2 = s.add("119", "fire", "fire", "20:15", s.near("pk_henan", 20), "河南路停車場夜市 攤位瓦斯桶起火 延燒帆布 派遣水湳、西屯分隊", "B", sev="Severe")
    s.add("incident", "police", "fire_report", "20:17", s.near("pk_henan", 30), "河南路市集攤位起火，疏散周邊攤商及民眾，河南路北向暫時封閉。", "B", sev="Severe")
    s.add("1999", "citizen", "fire_smoke", "20:16", s.near("pk_henan", 300), "從中平路看過去有濃煙跟火光，是不是夜市失火？", "B")
    s.sensor("cctv", "SN-CCTV-010", "smoke", "20:18", "河南路/中平路 路口偵測煙霧", "B", confidence=0.62)
    s.add("119", "fire", "fire", "20:31", s.near("pk_henan", 20), "火勢撲滅，燒毀攤位2個，無人傷亡", "B", status="on_scene", follows=b2, key=b2 + "-s")
    s.add("119", "fire", "fire", "20:58", s.near("pk_henan", 20), "殘火處理完畢，返隊", "B", status="returning", follows=b2, key=b2 + "-r", truth_alt="B")
    # C pickpocket
    c1 = s.add("incident", "police", "theft", "21:05", s.near("pk_henan", 80), "市集民眾報案：疏散時背包被拉開，皮夾遭竊，調閱攤商監視器中。", "C", sev="Minor")
    s.add("1999", "citizen", "other", "21:10", s.near("pk_henan", 150), "夜市失火大家跑的時候我皮夾被偷了，要去哪裡報案？", "C", truth_alt="B")
    # D scooter self-crash
    d1 = s.sensor("cctv", "SN-CCTV-010", "fallen_object", "22:12", "河南路/中平路 路口偵測掉落物", "D", confidence=0.58)
    d2 = s.add("incident", "police", "injury_accident", "22:15", s.near("j_hn_zp", 25), "河南路與中平路口機車自撞分隔島，騎士擦挫傷，車輛散落零件佔用車道。", "D", sev="Minor")
    s.add("119", "fire", "ambulance", "22:14", s.near("j_hn_zp", 25), "河南路中平路口 機車自撞 1人擦挫傷", "D")
    # background
    s.add("1999", "citizen", "streetlight", "19:05", s.near("tower", 200), "營運塔前路燈不亮兩盞。", None)
    s.add("1999", "citizen", "illegal_parking", "20:40", s.near("hub", 200), "轉運中心前計程車排班佔用車道。", None)
    s.sensor("rule", "SN-VD-HUANZHONG-02", "congestion", "18:05", "環中路車輛偵測器2 車速下降，平均時速 20 km/h", None, sev="Minor")
    s.add("1999", "citizen", "other", "17:30", s.near("green", 250), "綠美圖外面有流浪狗。", None)
    s.add("1999", "citizen", "blocked_drain", "16:50", s.near("eco_a", 200), "經貿路三段水溝有臭味。", None)
    s.dup(b2, 15)
    s.dup(d2, 120)
    s.inc("A", "crowd", "河南路假日市集（活動許可）：人潮溢出車道、違停、攤販噪音", a1)
    s.inc("B", "fire", "市集炸物攤瓦斯桶起火延燒帆布，燒毀2攤，無傷亡", b1)
    s.inc("C", "public_safety", "疏散時民眾皮夾遭竊", c1)
    s.inc("D", "traffic", "河南路中平路口機車自撞，騎士擦挫傷", d2)
    s.alternative("南停車場客滿與夜市無直接關係（公園遊客）；夜市收攤噪音屬環保局例行稽查，不是人潮事件的一部分；疏散時失竊的1999電話只問報案地點，也可讀為火警現場的一部分。",
                  same(s.incidents))
    s.write()


if __name__ == "__main__":
    for f in (s1311, s1312, s1313, s1314, s1315, s1316):
        f()
