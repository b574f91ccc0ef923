"""Situations 2151-2156 (first half)."""
from lib import Sit, same_incidents


def s2151():
    s = Sit(2151, "transit_hub_rush", "2026-03-18 17:20", 215101,
            "週三傍晚下班尖峰，水湳轉運中心與環中路一帶同一個小時內有四件互不相干的事："
            "國道客運月台一位七旬婦人昏倒送醫；市區公車月台有旅客手機遭扒竊，嫌犯往經貿六停車場方向走，"
            "由巡邏員警在經貿路二段攔查；中科路環中路口一輛自小客撞倒機車騎士後沒有停車，沿環中路往東開，"
            "十幾分鐘後在中清路環中路口被攔停；轉運中心機車停車場入口柵欄機卡住，機車排到經貿路上。"
            "轉運中心停車場滿位、路燈、違停與街頭藝人噪音屬於平日背景。")
    # A: elderly woman collapses at the intercity bus platform
    a1 = s.c1999("rescue", 11.2, "hub", "轉運站國道客運月台有一個阿嬤突然倒下去，叫她都沒反應，有人打119了嗎？", "A", r=25)
    a2 = s.f119("ambulance", 12.0, "hub", "水湳轉運中心國道客運月台，七旬女性突然倒地，意識不清，呼吸微弱。", "A")
    s.f119("ambulance", 19.5, "hub", "救護車到達現場，傷病患意識恢復，血壓偏低，準備後送。", "A", status="on_scene", follows=a2)
    s.f119("ambulance", 31.0, "hub", "傷病患送往中國醫藥大學附設醫院，救護車返隊。", "A", status="returning", follows=a2)
    # B: pickpocketing at the city-bus platform; suspect walks off towards 經貿六停車場
    b1 = s.police("theft", 25.0, (120.6531, 24.1971), "民眾報案於水湳轉運中心市區公車月台候車時手機遭扒竊，嫌犯男性約30歲，黑色外套，往經貿路方向步行離開。", "Moderate", "B")
    s.c1999("other", 27.5, "hub", "我剛剛在轉運站等公車手機被偷了，警察要我打這支電話登記，小偷往停車場那邊走。", "B", r=30, delay=(600, 900))
    s.police("theft", 44.0, "jm6_pk", "巡邏員警於經貿六停車場旁經貿路二段攔查疑似扒竊嫌犯，起出被害人手機一支，帶回派出所。", "Moderate", "B", r=25, follows=b1)
    # C: hit-and-run at 中科路/環中路二段, the car drives on east to 中清路
    c1 = s.cctv("SN-CCTV-003", "stalled_vehicle", 32.0, 0.71, "中科路/環中路二段 路口監視器：路口內機車倒地停滯", "C")
    c2 = s.c1999("traffic_accident", 32.6, "zhongke_huanzhong", "中科路環中路口一台白色轎車撞到機車，騎士倒在地上，轎車沒停直接往中清路方向開走了！", "C", r=45, dup=35)
    c3 = s.f119("ambulance", 33.5, "zhongke_huanzhong", "中科路環中路二段口，車禍，機車騎士1名倒地，左腿疑似骨折。", "C")
    c4 = s.police("injury_accident", 36.0, "zhongke_huanzhong", "中科路與環中路二段口自小客擦撞機車，機車騎士受傷送醫，肇事白色自小客逃逸，往東行駛，車牌末兩碼疑為58。", "Moderate", "C")
    s.c1999("traffic_accident", 34.0, (120.6510, 24.1975), "環中路中科路口那邊有車禍，車道都塞住了，白色車子撞完就跑了。", "C", r=40)
    s.f119("ambulance", 40.0, "zhongke_huanzhong", "到達現場，傷者意識清楚，左小腿開放性傷口，後送中國醫藥大學附設醫院。", "C", status="on_scene", follows=c3)
    s.rule("SN-VD-HUANZHONG-02", "congestion", 38.0, "環中路車輛偵測器2 車速降至 12 km/h，占有率 61%。", "C")
    c9 = s.police("injury_accident", 52.0, "zhongqing_huanzhong", "中清路環中路口攔停涉嫌肇事逃逸白色自小客，車頭右側擦痕，駕駛酒測值0.32毫克，移送偵辦。", "Moderate", "C", alt="C2", follows=c4)
    s.cctv("SN-CCTV-008", "stalled_vehicle", 51.5, 0.63, "中清路/環中路 路口監視器：外側車道車輛停滯", "C", alt="C2")
    # D: scooter car-park barrier stuck, queue onto 經貿路
    d1 = s.c1999("other", 46.0, (120.6533, 24.1969), "轉運中心機車停車場入口柵欄卡住不會開，機車排到經貿路上了，很危險。", "D", r=30)
    s.c1999("illegal_parking", 49.0, (120.6538, 24.1965), "轉運中心機車入口那邊機車都停在慢車道上等，柵欄好像壞了，根本進不去。", "D", r=35)
    s.police("other", 55.0, (120.6534, 24.1968), "轉運中心機車停車場入口柵欄機故障，機車回堵經貿路二段，派員疏導並通知管理單位。", "Minor", "D")
    s.c1999("other", 71.0, (120.6533, 24.1969), "剛剛打過了，停車場柵欄現在已經修好了，謝謝。", "D", r=30)
    # background
    s.parking("SN-PK-001", "full", 8.0, "水湳轉運中心停車場 汽車車位已滿")
    s.c1999("noise", 14.0, (120.6524, 24.1978), "轉運站廣場有街頭藝人音響開很大聲，每天這個時間都這樣。", None, r=30)
    s.c1999("streetlight", 21.0, (120.6505, 24.1947), "黎明路三段靠近凱旋路有一盞路燈不亮，燈桿編號 XT-10482。", None, r=20)
    s.rule("SN-VD-HUANZHONG-04", "congestion", 17.0, "環中路車輛偵測器4 車速降至 18 km/h，占有率 48%。")
    s.c1999("illegal_parking", 58.0, (120.6555, 24.1952), "經貿路二段會展中心前面紅線一整排車在等人，公車都靠不了站。", None, r=40)
    s.status("SN-RG-002", "offline", 40.0, "水湳轉運中心雨量站 通訊中斷", reason="comms_lost")
    s.status("SN-RG-002", "online", 47.0, "水湳轉運中心雨量站 恢復連線")
    s.parking("SN-PK-002", "full", 62.0, "經貿六停車場 汽車車位已滿")
    s.c1999("other", 66.0, "hub", "請問轉運中心往高鐵的客運最後一班是幾點？", None, r=20)
    s.incident("A", "rescue", "國道客運月台七旬婦人昏倒，119救護送醫。", a2)
    s.incident("B", "public_safety", "市區公車月台手機扒竊，嫌犯步行往經貿六停車場，於經貿路二段被攔查。", b1)
    s.incident("C", "traffic", "中科路環中路口自小客撞機車後逃逸，沿環中路東行，於中清路環中路口被攔停（含119救護與回堵）。", c3)
    s.incident("D", "infrastructure", "轉運中心機車停車場入口柵欄機故障，機車回堵經貿路二段。", d1)
    s.alternative(
        "肇逃車輛在 500 公尺外的中清路環中路口被另一組巡邏員警攔停並做酒測，協調員也可能把攔停與酒駕移送當作另一件警察勤務，與路口車禍現場（救護、回堵）分開開案。",
        same_incidents(s.incidents, changes={"C": {"description": "中科路環中路口自小客撞機車後逃逸：路口現場、119救護與回堵。"}},
                       add=[{"label": "C2", "type": "public_safety",
                                         "description": "中清路環中路口攔停肇逃車輛、酒測移送。",
                                         "sufficient_evidence_key": c9}]))
    return s


def s2152():
    s = Sit(2152, "convention_lunch_break", "2026-04-11 11:30", 215202,
            "週六「2026台中國際智慧城市展」第二天，上午場與下午場之間的午休時段，會展中心一帶同時有："
            "展覽散場人潮湧上經貿路二段、停車場客滿；B館攤位一名參展商胸痛送醫；A館外廣場餐車油鍋起火；"
            "A館一名6歲男童走失，四十分鐘後在300公尺外的轉運中心服務台被找到；會展停車場入口排隊車輛追撞。"
            "黎明路上展覽的違停可以算展覽交通的一部分，也可以當例行違停處理。")
    pe = s.permit("exhibition", "2026-04-10 09:00", "2026-04-12 18:00", "conv", 300,
                  "2026台中國際智慧城市展，臺中國際會展中心A、B館，預估每日入場3萬人次，經貿路二段周邊交通疏導。",
                  "2026-04-02 10:15", "A", title="2026台中國際智慧城市展", expected_attendance=30000)
    # A: the exhibition's lunch-time crowd
    s.parking("SN-PK-006", "full", -8.0, "臺中國際會展中心停車場 汽車車位已滿", "A")
    s.parking("SN-PK-002", "full", 16.0, "經貿六停車場 汽車車位已滿", "A")
    a1 = s.cctv("SN-CCTV-005", "crowding", 23.0, 0.82, "經貿路二段/黎明路三段 路口監視器：行人聚集，部分行人走入車道", "A", motion="moving")
    s.c1999("crowding", 31.5, (120.6549, 24.1951), "會展中心門口人超多，行人都走到車道上了，車子過不去。", "A", r=40)
    s.police("crowd_control", 35.0, (120.6550, 24.1955), "會展中心午間人潮湧出，經貿路二段人行道擁擠，行人溢入車道，增派員警疏導。", "Moderate", "A")
    s.rule("SN-VD-JINGMAO-01", "congestion", 40.0, "經貿路車輛偵測器1 車速降至 9 km/h，占有率 66%。", "A")
    s.c1999("illegal_parking", 44.0, (120.6532, 24.1949), "黎明路三段兩邊都被看展覽的車並排停滿，公車進不去。", "A", alt=None, r=60)
    s.c1999("illegal_parking", 62.0, (120.6560, 24.1962), "經貿七路人行道上停滿汽車，應該都是去會展的。", "A", alt=None, r=50)
    # B: exhibitor with chest pain in hall B
    b1 = s.c1999("rescue", 43.5, "hall_b", "會展B館B區攤位我同事突然胸痛冒冷汗，坐在地上起不來。", "B", r=15)
    b2 = s.f119("ambulance", 44.0, "hall_b", "臺中國際會展中心B館攤位區，55歲男性胸痛、冒冷汗。", "B")
    s.f119("ambulance", 51.0, "hall_b", "到達現場，疑似急性心肌梗塞，給氧後送。", "B", status="on_scene", follows=b2)
    # C: food truck fryer fire outside hall A
    c1 = s.c1999("fire_smoke", 56.5, (120.6541, 24.1952), "會展中心A館外面的餐車起火了，冒黑煙！", "C", r=30, dup=50)
    s.cctv("SN-CCTV-005", "smoke", 57.0, 0.64, "經貿路二段/黎明路三段 路口監視器：畫面西南側疑似煙霧", "C")
    c2 = s.f119("fire", 57.5, (120.6541, 24.1951), "臺中國際會展中心A館外廣場餐車火警，油鍋起火。", "C")
    s.police("fire_report", 60.0, (120.6541, 24.1951), "A館外廣場餐車起火，員警協助疏散周邊民眾並淨空消防車動線。", "Moderate", "C")
    s.f119("fire", 64.0, (120.6541, 24.1951), "到達現場，餐車油鍋起火已以滅火器撲滅，無人受傷。", "C", status="on_scene", follows=c2)
    s.f119("fire", 81.0, (120.6541, 24.1951), "現場處理完畢，餐車瓦斯鋼瓶已關閉，案件結案。", "C", status="closed", follows=c2)
    # D: 6-year-old lost in hall A, found at the transit hub desk
    d1 = s.police("missing_person", 48.0, "hall_a", "會展中心A館服務台通報6歲男童走失，身穿藍色上衣、黃色帽子，與母親在A館攤位區走散。", "Moderate", "D")
    s.c1999("missing_person", 70.0, "hub", "轉運中心服務台這邊有一個小男生說找不到媽媽，大概六七歲，穿藍色衣服戴黃帽子。", "D", r=15)
    s.police("missing_person", 77.0, "hub", "走失男童於水湳轉運中心服務台尋獲，已通知母親前往會合，案件結束。", "Minor", "D", follows=d1)
    # E: rear-end collision in the car park queue on 經貿路
    e1 = s.police("accident", 65.0, (120.6553, 24.1933), "會展停車場入口排隊車輛追撞，2車損，無人受傷，占用外側車道。", "Minor", "E")
    e0 = s.c1999("traffic_accident", 63.5, (120.6557, 24.1930), "會展停車場入口前面兩台車撞在一起，後面都卡住了。", "E", r=35)
    s.cctv("SN-CCTV-006", "stalled_vehicle", 64.0, 0.58, "經貿路二段/經貿七路 路口監視器：北向外側車道車輛停滯", "E")
    s.police("accident", 86.0, (120.6553, 24.1933), "追撞車輛已移至路邊，雙方自行和解，車道恢復。", "Minor", "E", follows=e1)
    # background
    s.c1999("streetlight", 12.0, "museum", "綠美圖前面路燈白天還亮著，浪費電。", None, r=40)
    s.c1999("noise", 25.0, (120.6532, 24.1905), "中科路工地星期六還在打樁，很吵。", None, r=50)
    s.status("SN-CCTV-001", "offline", 37.0, "台74線/環中路二段 路口監視器 通訊中斷", reason="comms_lost")
    s.status("SN-CCTV-001", "online", 45.0, "台74線/環中路二段 路口監視器 恢復連線")
    s.rule("SN-VD-HUANZHONG-01", "congestion", 52.0, "環中路車輛偵測器1 車速降至 21 km/h，占有率 41%。")
    s.c1999("other", 74.0, "conv", "請問會展中心今天展覽幾點結束？", None, r=30)
    s.incident("A", "planned_event", "智慧城市展午休人潮：經貿路二段行人溢入車道、停車場客滿、車流壅塞。", a1)
    s.incident("B", "rescue", "會展B館參展商胸痛，119救護送醫。", b2)
    s.incident("C", "fire", "A館外廣場餐車油鍋起火，已撲滅。", c2)
    s.incident("D", "rescue", "A館6歲男童走失，於水湳轉運中心服務台尋獲。", d1)
    s.incident("E", "traffic", "會展停車場入口排隊車輛追撞，占用外側車道。", e0)
    s.notes = "permit item %s arrives nine days before the situation; it explains the crowd (A)." % pe
    s.alternative(
        "黎明路與經貿七路的違停是展覽帶來的，但1999違停案會照例轉給轄區員警或交通局拖吊，協調員可能不把它們併進展覽疏導的勤務。",
        same_incidents(s.incidents))
    return s


def s2153():
    s = Sit(2153, "campus_gate_closing", "2026-05-06 16:55", 215303,
            "週三傍晚逢甲大學水湳校區下課時間，校門口（凱旋路、中科路南端）一小時內："
            "一名學生過馬路被機車擦撞後自己走掉，半小時後在北邊600公尺的流行影音中心廣場頭流血坐在地上，才由119送醫；"
            "校門口接送區兩名駕駛為搶位子推擠；中科路人行道旁行道樹斷枝壓住慢車道；"
            "校內工程館實驗室烘箱過熱冒煙觸發火警。校門口並排接送、閃爍路燈等是例行背景。")
    # A: student hit at the gate crosswalk walks off; found at the pop music centre
    a1 = s.c1999("traffic_accident", 13.0, (120.6526, 24.1806), "逢甲水湳校區門口機車撞到一個學生，學生自己爬起來走掉了，騎士還在現場。", "A", r=25)
    s.police("injury_accident", 21.0, (120.6526, 24.1806), "逢甲大學水湳校區門口機車與行人擦撞，行人自行離去，機車騎士留置現場配合調查，協尋傷者。", "Minor", "A")
    s.c1999("rescue", 45.5, "popmusic", "流行影音中心前面廣場有個年輕人坐在地上頭在流血，他說剛剛被機車撞。", "A", alt="A2", r=35)
    a4 = s.f119("ambulance", 46.5, "popmusic", "臺中流行影音中心前廣場，男大學生頭部撕裂傷，自述於逢甲水湳校區門口遭機車擦撞後步行離開。", "A", alt="A2")
    s.f119("ambulance", 53.0, "popmusic", "到達現場，傷者頭部撕裂傷約3公分，意識清楚，後送醫院。", "A", alt="A2", status="on_scene", follows=a4)
    s.police("injury_accident", 60.0, "popmusic", "先前校門口擦撞案之行人傷者已於流行影音中心前尋獲並送醫，通知肇事騎士。", "Minor", "A", alt="A2")
    # B: two drivers pushing at the pick-up lane
    b1 = s.c1999("other", 26.0, (120.6531, 24.1808), "學校門口有兩個人在打架，好像是接小孩的在搶車位，推來推去。", "B", r=30)
    b2 = s.police("public_disturbance", 28.5, (120.6530, 24.1807), "逢甲水湳校區門口接送區兩名駕駛因搶停車位發生口角推擠，派員處理。", "Minor", "B")
    s.police("public_disturbance", 41.0, (120.6530, 24.1807), "雙方已勸離，無人受傷，不提告訴。", "Minor", "B", follows=b2)
    # C: broken branch on the bike lane of 中科路
    c1 = s.c1999("fallen_tree", 34.0, (120.6536, 24.1817), "中科路靠近學校那邊路樹斷了一大根樹枝，壓在慢車道上，機車都要繞出去。", "C", r=30, dup=240)
    s.c1999("fallen_tree", 37.0, (120.6537, 24.1822), "中科路有大樹枝擋在路上，剛剛差點撞到。", "C", r=40)
    c3 = s.police("fallen_object", 42.0, (120.6536, 24.1817), "中科路南段慢車道路樹斷枝阻礙通行，擺設警示錐，通知建設局清除。", "Minor", "C")
    s.police("fallen_object", 72.0, (120.6536, 24.1817), "斷枝已由養工處清除，恢復通行。", "Minor", "C", follows=c3)
    # D: lab oven overheating, campus fire alarm
    d1 = s.panel("SN-FA-009", "alarm", 53.0, "逢甲大學水湳校區 火警受信總機 火警：工程館3F 偵煙式探測器", "D")
    d2 = s.f119("fire", 54.5, "fcu", "逢甲大學水湳校區工程館3樓實驗室冒煙，火警受信總機動作。", "D")
    s.c1999("fire_smoke", 55.0, (120.6523, 24.1795), "逢甲新校區有一棟大樓窗戶冒白煙，學生都跑出來了。", "D", r=40)
    s.f119("fire", 61.0, "fcu", "到達現場，實驗室烘箱過熱冒煙，已斷電排煙，無延燒。", "D", status="on_scene", follows=d2)
    s.panel("SN-FA-009", "normal", 69.0, "逢甲大學水湳校區 火警受信總機 復歸", "D")
    s.f119("fire", 74.0, "fcu", "現場排煙完畢，交由校方處理，結案。", "D", status="closed", follows=d2)
    # background
    s.c1999("illegal_parking", 6.0, (120.6529, 24.1810), "校門口每天放學都一堆車並排停車接人，可以派人來取締嗎？", None, r=30)
    s.c1999("streetlight", 18.0, (120.6521, 24.1835), "凱旋路南段路燈一閃一閃的，燈號 XT-20917。", None, r=20)
    s.rule("SN-VD-KAIXUAN-02", "congestion", 20.0, "凱旋路車輛偵測器2 車速降至 17 km/h，占有率 44%。")
    s.status("SN-FL-003", "offline", 30.0, "中央公園滯洪池3 電池電量低，離線", reason="battery_low")
    s.c1999("noise", 50.0, (120.6515, 24.1785), "學校旁邊社團在練鼓，從下午吵到現在。", None, r=40)
    s.c1999("other", 64.0, (120.6540, 24.1800), "中科路往學校那段的公車站牌被貼滿廣告，請清除。", None, r=30)
    s.incident("A", "traffic", "逢甲水湳校區門口機車擦撞行人，傷者自行離開，後於流行影音中心前尋獲送醫。", a1)
    s.incident("B", "public_safety", "校門口接送區兩名駕駛搶位推擠。", b2)
    s.incident("C", "traffic", "中科路南段路樹斷枝壓住慢車道。", c1)
    s.incident("D", "fire", "工程館實驗室烘箱過熱冒煙，火警受信總機動作，119到場排煙。", d1)
    s.alternative(
        "傷者離開校門口半小時後才在600公尺外被發現，119派遣的是救護、不是事故處理；協調員可能把影音中心前的傷者當成新的救護案，"
        "校門口的擦撞留給交通隊處理，兩件分開。",
        same_incidents(s.incidents, add=[{"label": "A2", "type": "rescue",
                                         "description": "流行影音中心前廣場頭部受傷的男學生，119送醫。",
                                         "sufficient_evidence_key": a4}]))
    return s


def s2154():
    s = Sit(2154, "market_and_towers", "2026-05-17 14:50", 215404,
            "週日下午中央公園南側草地的「水湳森林市集」，旁邊就是生態住宅A、B區兩棟集合住宅。兩小時內："
            "市集人潮與停車溢到住宅區；A區12樓住戶廚房乾燒冒煙、火警總機動作、住戶自行疏散；"
            "B區電梯卡在7、8樓之間困住一位老人；市集攤商錢包被偷，嫌犯往南走，在經貿路中平路口被攔獲；"
            "離開市集的小貨車沿經貿路南下一路掉落塑膠箱與折疊桌。住戶對市集音響與違停的1999投訴可以算市集的勤務，也可以當例行案件。")
    pe = s.permit("market", "2026-05-17 10:00", "2026-05-17 18:00", (120.6565, 24.1805), 200,
                  "水湳森林市集，中央公園南側草地（滯洪池3、4之間），攤位80攤，預估人潮8,000人。",
                  "2026-05-08 15:40", "A", title="水湳森林市集", expected_attendance=8000)
    # A: market crowd and its effects
    s.parking("SN-PK-005", "full", 0.0, "中央公園地下停車場(南) 汽車車位已滿", "A")
    a1 = s.police("crowd_control", 20.0, (120.6565, 24.1808), "中央公園南側市集人潮眾多，敦化路、經貿路路口行人穿越頻繁，派員協助疏導。", "Minor", "A")
    s.c1999("noise", 35.0, "eco_b", "公園市集的音響很大聲，我們家窗戶關起來都聽得到，小孩在睡覺。", "A", alt=None, r=20)
    s.c1999("illegal_parking", 40.0, (120.6592, 24.1812), "生態住宅B區門口紅線停滿逛市集的車，我們住戶車子出不去。", "A", alt=None, r=25)
    s.c1999("noise", 72.0, "eco_a", "又是公園市集在放音樂，已經打第二次了，還是一樣大聲。", "A", alt=None, r=20)
    # B: kitchen fire, block A 12F
    b1 = s.panel("SN-FA-011", "alarm", 48.0, "水湳生態住宅 A區 集合住宅 火警受信總機 火警：12F 住戶 偵煙式探測器", "B")
    s.c1999("fire_smoke", 49.0, "eco_a", "生態住宅A區12樓有人家裡冒煙，走廊都是燒焦味，警鈴一直響。", "B", r=15, dup=90)
    b3 = s.f119("fire", 50.0, "eco_a", "北屯區經貿路三段水湳生態住宅A區12樓住宅火警，住戶通報冒煙。", "B")
    s.f119("fire", 56.5, "eco_a", "到達現場，12樓住戶廚房爐火乾燒，已關閉瓦斯排煙，無延燒。", "B", status="on_scene", follows=b3)
    s.police("evacuation", 58.0, "eco_a", "生態住宅A區住戶因火警自行疏散至一樓中庭約40人，員警協助管制。", "Moderate", "B")
    s.panel("SN-FA-011", "normal", 80.0, "水湳生態住宅 A區 集合住宅 火警受信總機 復歸", "B")
    s.f119("fire", 90.0, "eco_a", "排煙完畢，住戶返回，結案。", "B", status="closed", follows=b3)
    # C: lift stuck in block B
    c1 = s.c1999("rescue", 65.0, "eco_b", "B區2號電梯卡在7樓跟8樓中間，裡面有一個老人家，按鈴管理員說要等廠商。", "C", r=15)
    c2 = s.f119("rescue", 66.5, "eco_b", "北屯區敦化路一段水湳生態住宅B區電梯故障受困，1人。", "C")
    s.f119("rescue", 74.0, "eco_b", "到達現場，電梯停於7、8樓間。", "C", status="on_scene", follows=c2)
    s.f119("rescue", 92.0, "eco_b", "受困長者已救出，身體無礙，結案。", "C", status="closed", follows=c2)
    # D: wallet theft at the market; suspect walks south, stopped at 經貿路/中平路
    d1 = s.police("theft", 75.0, (120.6563, 24.1803), "市集攤商錢包遭竊，嫌犯男性約30歲，灰色帽T，往經貿路南方離開。", "Moderate", "D")
    s.police("theft", 96.0, "jingmao_zhongping", "巡邏員警於經貿路中平路口攔獲疑似竊嫌，起出錢包一只，帶回偵辦。", "Moderate", "D", follows=d1)
    # E: crates and folding tables dropped along 經貿路 southbound
    e1 = s.c1999("fallen_object", 100.0, (120.6594, 24.1830), "經貿路上有塑膠箱掉在車道中間，好幾個。", "E", r=30)
    s.c1999("fallen_object", 103.0, (120.6600, 24.1790), "經貿路往中平路方向路中間有一張折疊桌，車子都要閃。", "E", r=30)
    s.cctv("SN-CCTV-011", "fallen_object", 106.0, 0.66, "經貿路/中平路 路口監視器：北側車道疑似掉落物", "E")
    e4 = s.police("fallen_object", 111.0, (120.6598, 24.1785), "經貿路南下車道沿線多處掉落物（塑膠箱、折疊桌），疑為市集撤場貨車掉落，派員清除。", "Moderate", "E")
    s.police("fallen_object", 124.0, (120.6598, 24.1785), "掉落物已清除完畢，恢復通行。", "Minor", "E", follows=e4)
    # background
    s.c1999("環境清潔", 55.0, (120.6570, 24.1812), "公園南邊垃圾桶都滿出來了，請派清潔隊。", None, r=40)
    s.c1999("streetlight", 30.0, (120.6598, 24.1760), "經貿路靠近水資源回收中心有一盞路燈不亮，編號 BT-33105。", None, r=20)
    s.rule("SN-VD-ZHONGQING-02", "congestion", 60.0, "中清路車輛偵測器2 車速降至 19 km/h，占有率 45%。")
    s.status("SN-WL-003", "offline", 84.0, "水湳區域排水經貿路水位 通訊中斷", reason="comms_lost")
    s.status("SN-WL-003", "online", 91.0, "水湳區域排水經貿路水位 恢復連線")
    s.c1999("公園路樹", 108.0, "pond4", "公園滯洪池旁邊的樹枝太長了，擋到步道，請修剪。", None, r=40)
    s.incident("A", "planned_event", "水湳森林市集人潮，停車溢入住宅區，音響噪音投訴。", a1)
    s.incident("B", "fire", "生態住宅A區12樓廚房乾燒冒煙，火警總機動作，住戶疏散。", b1)
    s.incident("C", "rescue", "生態住宅B區電梯受困1名長者。", c1)
    s.incident("D", "public_safety", "市集攤商錢包遭竊，嫌犯於經貿路中平路口攔獲。", d1)
    s.incident("E", "traffic", "市集撤場貨車沿經貿路南下掉落塑膠箱、折疊桌。", e1)
    s.notes = "permit item %s: the market, the reason for A." % pe
    s.alternative(
        "住戶對市集音響與紅線違停的1999投訴照例會轉環保局與轄區派出所，不一定併入市集的疏導勤務；協調員可以把它們當作不屬於任何事件的例行案件。",
        same_incidents(s.incidents))
    return s


def s2155():
    s = Sit(2155, "march_route", "2026-10-17 14:00", 215505,
            "週六下午一場核准的遊行，從中央公園南側出發，沿經貿路北上到會展中心廣場解散。遊行隊伍走過的路段依序出現人潮與交管；"
            "隊伍中一名60歲男性在綠美圖附近疑似中暑；綠美圖前反對團體與隊伍推擠；"
            "同一時間650公尺外黎明路凱旋路口發生一起與遊行無關的車禍；遊行尾段經貿路經貿七路口號誌黑燈。"
            "中暑的隊員可以當成遊行本身的醫護，也可以另開救護案。")
    pe = s.permit("march", "2026-10-17 14:00", "2026-10-17 16:30", (120.6568, 24.1870), 950,
                  "「還我綠地」遊行，中央公園南側集結，沿經貿路北上至會展中心廣場解散，預估1,500人，經貿路分段管制。",
                  "2026-10-09 11:00", "A", title="還我綠地遊行", expected_attendance=1500)
    s.permit("march", "2026-10-17 14:30", "2026-10-17 17:00", (120.6568, 24.1870), 950,
             "變更：集結時間改為14:30，解散時間延至17:00，路線不變。", "2026-10-15 16:20", "A",
             permit_status="amended", follows=pe, title="還我綠地遊行")
    # A: the march moving north along 經貿路
    a1 = s.police("crowd_control", 24.0, (120.6570, 24.1795), "遊行隊伍於中央公園南側集結約1,500人，準備沿經貿路北上。", "Minor", "A", dup=300)
    cl = s.police("road_closure", 48.0, (120.6592, 24.1840), "配合遊行，經貿路三段南下車道管制，車輛改道敦化路。", "Minor", "A")
    s.rule("SN-VD-JINGMAO-02", "congestion", 53.0, "經貿路車輛偵測器2 車速降至 8 km/h，占有率 58%。", "A")
    s.c1999("crowding", 62.0, (120.6595, 24.1862), "經貿路被遊行擋住，公車都不進站，要等多久？", "A", r=50)
    s.c1999("noise", 68.0, "tower", "遊行的宣傳車一直廣播，營運塔這邊辦公室都聽不到電話。", "A", r=30)
    s.cctv("SN-CCTV-006", "crowding", 80.0, 0.88, "經貿路二段/經貿七路 路口監視器：大量行人沿車道北行", "A", motion="moving")
    s.cctv("SN-CCTV-005", "crowding", 100.0, 0.86, "經貿路二段/黎明路三段 路口監視器：大量行人聚集", "A", motion="moving")
    s.rule("SN-VD-JINGMAO-01", "congestion", 96.0, "經貿路車輛偵測器1 車速降至 11 km/h，占有率 52%。", "A")
    s.police("crowd_control", 112.0, "conv", "遊行隊伍抵達會展中心廣場，主辦單位宣讀訴求後解散。", "Minor", "A")
    s.police("road_reopened", 142.0, (120.6592, 24.1840), "遊行結束，經貿路各路段解除管制，恢復通行。", "Minor", "A", follows=cl)
    # B: marcher with heat exhaustion near the Museumbrary
    b1 = s.f119("ambulance", 66.0, (120.6578, 24.1898), "經貿路綠美圖附近遊行隊伍中60歲男性疑似中暑，意識清楚，全身無力。", "B", alt="A")
    s.police("medical", 65.0, (120.6577, 24.1899), "遊行隊伍中一名民眾身體不適，已通報119。", "Minor", "B", alt="A")
    s.f119("ambulance", 72.0, (120.6578, 24.1898), "到達現場，給予降溫補充水分，後送醫院。", "B", alt="A", status="on_scene", follows=b1)
    # C: scuffle with a counter-group in front of the Museumbrary
    c1 = s.police("public_disturbance", 75.0, "museum", "綠美圖前反對團體與遊行隊伍發生推擠，員警隔離雙方。", "Moderate", "C", r=25)
    c0 = s.c1999("other", 74.0, "museum", "綠美圖前面有兩群人在吵架推來推去，快打起來了。", "C", r=40)
    s.police("public_disturbance", 95.0, "museum", "雙方已隔離，帶回2人釐清，無人受傷。", "Moderate", "C", follows=c1)
    # D: crash at 黎明路三段/凱旋路, unrelated to the march
    d1 = s.cctv("SN-CCTV-007", "stalled_vehicle", 40.0, 0.69, "黎明路三段/凱旋路 路口監視器：路口中央車輛停滯", "D")
    d2 = s.c1999("traffic_accident", 40.5, "liming_kaixuan", "黎明路凱旋路口汽車跟機車撞到，騎士躺在地上。", "D", r=40)
    d3 = s.f119("ambulance", 42.0, "liming_kaixuan", "黎明路三段凱旋路口車禍，機車騎士1名受傷。", "D")
    s.police("injury_accident", 45.0, "liming_kaixuan", "黎明路三段與凱旋路口自小客與機車碰撞，騎士右手擦挫傷送醫。", "Moderate", "D")
    # E: signal dark at 經貿路/經貿七路 near the end of the march
    e1 = s.signal("SN-SIG-006", "fault", 110.0, "經貿路二段/經貿七路 號誌 控制器故障，燈號全暗", "E")
    s.cctv("SN-CCTV-006", "signal_dark", 111.0, 0.9, "經貿路二段/經貿七路 路口監視器：號誌燈未亮", "E")
    s.c1999("traffic_signal", 116.0, "jingmao_jm7", "經貿路經貿七路口紅綠燈都不亮，遊行剛走完車很多。", "E", r=40)
    s.signal("SN-SIG-006", "restored", 165.0, "經貿路二段/經貿七路 號誌 恢復正常", "E")
    # background
    s.c1999("streetlight", 10.0, (120.6512, 24.1880), "凱旋路公園旁路燈有一盞燈罩掉了，編號 XT-20388。", None, r=20)
    s.c1999("illegal_parking", 30.0, (120.6508, 24.1935), "黎明路三段有車停在公車站前面。", None, r=40)
    s.status("SN-PK-003", "offline", 85.0, "河南路停車場 通訊中斷", reason="comms_lost")
    s.status("SN-PK-003", "online", 93.0, "河南路停車場 恢復連線")
    s.parking("SN-PK-001", "full", 120.0, "水湳轉運中心停車場 汽車車位已滿")
    s.c1999("other", 130.0, (120.6620, 24.1830), "敦化路那邊的公車改道了嗎？站牌都沒寫。", None, r=60)
    s.incident("A", "planned_event", "遊行沿經貿路北上：集結、分段管制、壅塞、會展中心解散、解除管制。", a1)
    s.incident("B", "rescue", "遊行隊伍中60歲男性疑似中暑，119送醫。", b1)
    s.incident("C", "public_safety", "綠美圖前反對團體與遊行隊伍推擠。", c0)
    s.incident("D", "traffic", "黎明路三段凱旋路口汽機車碰撞（與遊行無關）。", d3)
    s.incident("E", "traffic", "經貿路經貿七路口號誌黑燈。", e1)
    s.alternative(
        "中暑的隊員在遊行隊伍中，由遊行勤務的員警通報，主辦單位也有醫護站；協調員可以把這次救護當成遊行勤務的一部分，不另開案。",
        same_incidents(s.incidents, drop=("B",)))
    return s


def s2156():
    s = Sit(2156, "cmu_gate_morning", "2026-09-23 07:20", 215606,
            "週三上班上學尖峰，中國醫藥大學水湳校區門口的經貿路中平路口：號誌控制器故障全暗，"
            "十幾分鐘後在同一路口發生汽機車碰撞；同時一位失智老翁清晨自生態住宅B區走失，一路往南被看到，最後在河南路停車場找到；"
            "中平路人行道下水管破裂冒水隆起。校區火警總機預備電源異常、校門口機車停人行道等是例行背景。"
            "黑燈路口的車禍可以併入號誌故障的路口勤務，也可以另開交通事故案。")
    # A: dark signal at 經貿路/中平路
    a1 = s.signal("SN-SIG-011", "fault", 8.0, "經貿路/中平路 號誌 控制器故障，燈號全暗", "A")
    s.cctv("SN-CCTV-011", "signal_dark", 9.0, 0.91, "經貿路/中平路 路口監視器：號誌燈未亮", "A")
    s.c1999("traffic_signal", 13.0, "jingmao_zhongping", "經貿路中平路口紅綠燈全暗，上班車很多很危險。", "A", r=40, dup=45)
    s.police("traffic_signal_fault", 20.0, "jingmao_zhongping", "經貿路中平路口號誌全暗，派員指揮交通，通知交通局維修廠商。", "Moderate", "A")
    s.rule("SN-VD-ZHONGPING-02", "congestion", 25.0, "中平路車輛偵測器2 車速降至 10 km/h，占有率 57%。", "A")
    s.c1999("traffic_signal", 31.0, (120.6596, 24.1740), "中國醫大門口那個路口紅綠燈壞了，學生過馬路很危險。", "A", r=40)
    s.signal("SN-SIG-011", "restored", 72.0, "經貿路/中平路 號誌 恢復正常", "A")
    # B: crash in the dark junction
    b1 = s.cctv("SN-CCTV-011", "accident", 27.0, 0.74, "經貿路/中平路 路口監視器：路口內車輛碰撞", "B", alt="A")
    s.c1999("traffic_accident", 27.5, "jingmao_zhongping", "經貿路中平路口紅綠燈不亮，剛剛汽車撞到機車了！", "B", alt="A", r=35)
    b3 = s.f119("ambulance", 28.5, "jingmao_zhongping", "經貿路中平路口車禍，機車騎士1名受傷。", "B", alt="A")
    s.police("injury_accident", 31.5, "jingmao_zhongping", "經貿路與中平路口（號誌故障中）自小客與機車碰撞，騎士左腳挫傷送醫。", "Moderate", "B", alt="A")
    s.f119("ambulance", 34.0, "jingmao_zhongping", "到達現場，騎士左腳挫傷，後送醫院。", "B", alt="A", status="on_scene", follows=b3)
    # C: elderly man wandering from block B, found at the Henan Rd car park
    c1 = s.police("missing_person", 15.0, "eco_b", "生態住宅B區家屬報案，82歲失智男性清晨外出未歸，身穿灰色睡衣、拖鞋。", "Moderate", "C", r=20)
    s.c1999("missing_person", 38.0, "water_rc", "水資源回收中心前面有一個阿伯穿睡衣在路邊走，問他住哪裡都講不清楚。", "C", r=40, delay=(200, 320))
    s.police("missing_person", 60.0, "henan_pk", "走失老翁於河南路停車場入口尋獲，身體無礙，家屬前往帶回。", "Minor", "C", follows=c1)
    # D: burst pipe under the pavement of 中平路
    d1 = s.c1999("road_damage", 32.0, (120.6588, 24.1731), "中平路靠近經貿路的人行道一直冒水，地磚都隆起來了。", "D", r=30)
    s.c1999("water_outage", 45.0, "cmu", "學校宿舍突然沒水，是不是外面水管破了？", "D", r=40)
    s.police("other", 48.0, (120.6588, 24.1731), "中平路人行道地下水管破裂，路面隆起積水，擺放警示設施，通知自來水公司搶修。", "Minor", "D")
    s.c1999("road_damage", 57.0, (120.6585, 24.1732), "中平路人行道冒水越來越大，都流到車道上了。", "D", r=30)
    # background
    s.panel("SN-FA-010", "fault", 5.0, "中國醫藥大學水湳校區 火警受信總機 故障：預備電源電壓不足")
    s.c1999("illegal_parking", 18.0, (120.6595, 24.1738), "中國醫水湳校區門口人行道停滿機車，行人走不過去。", None, r=30)
    s.rule("SN-VD-HENAN-01", "congestion", 22.0, "河南路車輛偵測器1 車速降至 20 km/h，占有率 43%。")
    s.c1999("streetlight", 40.0, (120.6545, 24.1712), "中平路白天路燈都還亮著。", None, r=40)
    s.parking("SN-PK-003", "full", 55.0, "河南路停車場 汽車車位已滿")
    s.c1999("other", 66.0, (120.6615, 24.1745), "中平路經貿路那邊公車站遮雨棚破了。", None, r=40)
    s.incident("A", "traffic", "經貿路中平路口號誌控制器故障全暗，員警指揮交通。", a1)
    s.incident("B", "traffic", "黑燈路口汽機車碰撞，騎士受傷送醫。", b1)
    s.incident("C", "rescue", "82歲失智老翁自生態住宅B區走失，於河南路停車場尋獲。", c1)
    s.incident("D", "infrastructure", "中平路人行道地下水管破裂，路面隆起冒水，校區停水。", d1)
    s.alternative(
        "車禍發生在號誌故障中的同一路口，現場已有指揮交通的員警，協調員可以把事故併進同一件路口勤務（事故因號誌故障而起），只開一件交通事件。",
        same_incidents(s.incidents, drop=("B",)))
    return s


if __name__ == "__main__":
    for make in (s2151, s2152, s2153, s2154, s2155, s2156):
        print(make().write())
