"""Situations 1657-1662 (seeded; rerun gives the same files)."""
from lib import Sit, sensors, same_incidents

S = sensors()


def pos(sid):
    return (S[sid]["lon"], S[sid]["lat"])


def first(s, label):
    return [i for i in s.items if i["truth"] == label][0]["key"]


# ---------------------------------------------------------------- 1657
def s1657():
    s = Sit(1657, "transit_hub_bus_fire_ring_road_jam", "2016-10-07 17:30", 1657)
    s.description = ("週五傍晚尖峰，水湳轉運中心客運月台一輛國道客運引擎室起火。消防到場撲滅、旅客疏散、轉運中心停車場暫停進出、"
                     "環中路二段慢車道封閉；火警造成的車潮沿環中路、經貿路、中清路、凱旋路回堵近兩小時，交通局與警方改道、指揮交通。"
                     "壅塞車陣中環中路中清路口又發生一起追撞。背景：路燈陳情、維護中的車輛偵測器。")
    H = pos("SN-FA-001")
    fa = s.dev("fire_alarm", "SN-FA-001", "alarm", 0.0, 4, "水湳轉運中心 月台層 第5區 偵熱探測器動作", "fire")
    s.cctv("SN-CCTV-003", "smoke", 0.90, 1.0, 6, "影像分析：畫面東側冒出濃煙", "fire", pos=(120.6529, 24.1973))
    s.call("fire_smoke", s.near(*H, 30, 150), 1.3, 50, "轉運站有一台客運車頭在冒火", "fire")
    k = s.f119("fire", s.near(*H, 5, 25), 2.0, 12, "水湳轉運中心客運車輛火警，派遣水湳分隊", "fire")
    s.call("fire_smoke", s.near(*H, 50, 200), 2.2, 60, "環中路上看到轉運中心那邊好大的黑煙", "fire")
    s.call("fire_smoke", s.near(*H, 30, 120), 3.0, 45, "轉運站月台火災，大家都往外跑", "fire")
    s.police("fire_report", "Severe", s.near(*H, 10, 50), 4.0, 30, "水湳轉運中心客運起火，員警到場疏散旅客", "fire")
    s.call("fire_smoke", s.near(*H, 80, 250), 4.5, 70, "是不是轉運中心火災？我在環中路塞住了", "fire")
    s.call("fire_smoke", s.near(*H, 30, 150), 5.5, 55, "客運月台火燒車，煙很大", "fire")
    s.f119("fire", s.near(*H, 5, 25), 8.0, 12, "到場，客運引擎室起火，射水中", "fire", status="on_scene", follows=k)
    cl = s.police("road_closure", "Moderate", (120.6525, 24.1978), 10.0, 35, "環中路二段轉運中心前慢車道封閉，供消防車作業", "fire")
    s.dev("parking", "SN-PK-001", "closed", 12.0, 30, "水湳轉運中心停車場 暫停開放", "fire")
    s.rule("SN-VD-HUANZHONG-02", "congestion", None, 14.0, 60, "環中路車輛偵測器2 平均車速降至13 km/h", "jam", alt="fire", severity="Moderate")
    s.f119("ambulance", s.near(*H, 5, 25), 15.0, 15, "客運司機手部灼傷送醫", "fire")
    s.rule("SN-VD-JINGMAO-01", "congestion", None, 16.0, 60, "經貿路車輛偵測器1 平均車速降至15 km/h", "jam", alt="fire", severity="Moderate")
    s.rule("SN-VD-HUANZHONG-03", "congestion", None, 18.0, 60, "環中路車輛偵測器3 平均車速降至12 km/h", "jam", alt="fire", severity="Moderate")
    s.police("other", "Moderate", (120.6540, 24.1982), 20.0, 40, "轉運中心火警，客運及市區公車改經經貿路、黎明路進出", "jam", alt="fire")
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.64, 22.0, 8, "影像分析：路口車輛停滯", "jam", alt="fire")
    s.rule("SN-VD-HUANZHONG-02", "congestion", None, 24.0, 60, "環中路車輛偵測器2 平均車速降至6 km/h", "jam", alt="fire", severity="Severe")
    s.call("traffic_accident", (120.6504, 24.1975), 25.0, 90, "環中路塞爆了，前面到底發生什麼事，車子都不動", "jam", alt="fire")
    s.police("crowd_control", "Minor", s.near(*H, 20, 80), 26.0, 40, "滯留旅客約200人於轉運中心外廣場，協助分流", "fire")
    s.police("other", "Moderate", (120.6536, 24.1985), 27.0, 40, "環中路經貿路口派員指揮交通", "jam", alt="fire")
    s.rule("SN-VD-ZHONGQING-01", "congestion", None, 28.0, 60, "中清路車輛偵測器1 平均車速降至14 km/h", "jam", alt="fire", severity="Moderate")
    s.rule("SN-VD-KAIXUAN-01", "congestion", None, 30.0, 60, "凱旋路車輛偵測器1 平均車速降至16 km/h", "jam", alt="fire", severity="Moderate")
    s.call("crowding", s.near(*H, 30, 120), 31.0, 80, "轉運站外面擠滿等車的人，客運都不知道在哪裡上車", "fire")
    ca = s.cctv("SN-CCTV-008", "accident", 0.86, 35.0, 6, "影像分析：車陣中兩車追撞", "rear_end")
    s.police("accident", "Minor", (120.6571, 24.1987), 37.0, 40, "環中路中清路口回堵車陣中自小客追撞，無人受傷", "rear_end")
    s.call("traffic_accident", (120.6566, 24.1985), 38.0, 80, "中清環中路口又有車追撞，擋住一個車道", "rear_end")
    s.call("streetlight", (120.6493, 24.1925), 40.0, 120, "黎明路有兩盞路燈閃爍", None)
    s.call("other", (120.6558, 24.1960), 45.0, 90, "經貿路塞到不行，可不可以派人指揮交通", "jam", alt="fire")
    s.dev("status", "SN-VD-HUANZHONG-04", "offline", 50.0, 3, "環中路車輛偵測器4 計畫性維護", None, reason="maintenance")
    s.dev("fire_alarm", "SN-FA-001", "normal", 70.0, 4, "水湳轉運中心 受信總機 復歸", "fire")
    s.police("road_reopened", "Minor", (120.6571, 24.1987), 58.0, 40, "追撞車輛移至路邊，中清環中路口恢復通行", "rear_end")
    s.police("road_reopened", "Minor", (120.6525, 24.1978), 80.0, 40, "環中路二段慢車道恢復通行", "fire", follows=cl)
    s.f119("fire", s.near(*H, 5, 25), 90.0, 15, "火災調查完畢，收隊", "fire", status="closed", follows=k)
    s.dev("parking", "SN-PK-001", "full", 95.0, 30, "水湳轉運中心停車場 重新開放 汽車 剩餘0", "jam", alt="fire")
    s.rule("SN-VD-HUANZHONG-02", "congestion", None, 105.0, 60, "環中路車輛偵測器2 平均車速 22 km/h 仍低於常態", "jam", alt="fire", severity="Minor")
    s.add("alert", "rule", "traffic", "cleared", "Minor", pos("SN-VD-HUANZHONG-02"), 118.0, 60, "環中路車輛偵測器2 車速恢復", "jam", alt="fire", sensor="SN-VD-HUANZHONG-02")
    s.incident("fire", "fire", "轉運中心客運引擎室火警：撲滅、司機送醫、旅客疏散分流、停車場暫停、慢車道封閉到恢復", fa)
    s.incident("jam", "traffic", "火警引起的環中路/經貿路/中清路/凱旋路回堵：交通局改道與員警指揮交通，到車速恢復", first(s, "jam"))
    s.incident("rear_end", "traffic", "回堵車陣中環中路中清路口自小客追撞（無人受傷）", ca)
    s.alternative("另一位協調員認為火警引起的回堵由火警案一起指揮（同一個前進指揮所），不另開交通案；車陣中的追撞仍是另一件。",
                  same_incidents(s, drop=("jam",)))
    s.notes = ["主讀法：回堵由交通控制中心的另一組人追到車速恢復（火警收隊後還塞了半小時），所以是一件獨立的交通案。",
               "『前面到底發生什麼事』的 1999 來電類別是 traffic_accident，但內容是回堵，不是車禍。",
               "追撞在車陣中、與火警有因果但有自己的員警與排除：兩種讀法都獨立。"]
    return s.write()


# ---------------------------------------------------------------- 1658
def s1658():
    s = Sit(1658, "jingmao_twin_rear_ends_240m", "2016-05-20 08:10", 1658)
    s.description = ("週五早上上班時間，經貿路二段同一方向兩起幾乎一樣的汽機車碰撞，相距約 240 m、相隔 6 分鐘："
                     "A 在黎明路三段口，B 在會展中心 B館門口。兩邊都有 1999、警方 A2 類報告、119 救護與監視器事件，"
                     "民眾位置散布到兩案之間。背景：會展中心停車場滿場、B館總機迴路異常。")
    A = pos("SN-SIG-005")
    B = (120.6561, 24.1939)
    s.dev("parking", "SN-PK-006", "full", -5.0, 30, "會展中心停車場 汽車 剩餘0（展覽進場）", None)
    ca = s.cctv("SN-CCTV-005", "accident", 0.87, 0.0, 6, "影像分析：路口汽機車碰撞", "A")
    s.call("traffic_accident", s.near(*A, 20, 100), 0.7, 60, "經貿黎明路口汽車撞到機車", "A")
    pa = s.police("injury_accident", "Moderate", s.near(*A, 5, 25), 2.5, 35, "經貿路二段黎明路三段口A2類，自小客與機車碰撞，機車騎士受傷", "A")
    aa = s.f119("ambulance", s.near(*A, 5, 25), 3.0, 15, "經貿黎明路口車禍，騎士手部擦傷", "A")
    s.call("traffic_accident", s.near(*A, 40, 150), 4.0, 70, "黎明路口車禍，機車倒在斑馬線上", "A")
    cb = s.cctv("SN-CCTV-006", "accident", 0.79, 6.0, 6, "影像分析：北側路段車輛碰撞", "B", pos=(120.6560, 24.1937))
    s.call("traffic_accident", s.near(*B, 20, 100), 6.5, 55, "會展中心門口汽車撞機車，有人受傷", "B")
    s.call("traffic_accident", (120.6555, 24.1948), 7.5, 65, "經貿路上又一台車禍，剛剛才一起現在又一起", "B", alt="A")
    s.rule("SN-VD-JINGMAO-01", "congestion", None, 8.0, 60, "經貿路車輛偵測器1 平均車速降至14 km/h", "A", severity="Moderate")
    pb = s.police("injury_accident", "Moderate", s.near(*B, 5, 25), 8.5, 35, "經貿路二段會展中心B館前A2類，自小客與機車碰撞，一人受傷", "B")
    s.f119("ambulance", s.near(*A, 5, 25), 9.0, 15, "到場", "A", status="on_scene", follows=aa)
    ab = s.f119("ambulance", s.near(*B, 5, 25), 9.5, 15, "經貿路會展中心前車禍，一人腳部受傷", "B")
    s.call("traffic_accident", s.near(*B, 40, 160), 10.0, 75, "會展B館前面車禍，公車停不進站", "B")
    s.call("traffic_accident", s.near(*A, 60, 200), 11.0, 70, "經貿路黎明路口有車禍，警察還沒到嗎", "A")
    s.f119("ambulance", s.near(*B, 5, 25), 15.0, 15, "到場", "B", status="on_scene", follows=ab)
    s.cctv("SN-CCTV-005", "stalled_vehicle", 0.70, 16.0, 6, "影像分析：路口車輛停滯", "A")
    s.dev("fire_alarm", "SN-FA-003", "fault", 20.0, 4, "會展中心B棟 受信總機 第8迴路斷線", None)
    s.f119("ambulance", s.near(*A, 5, 25), 24.0, 20, "騎士拒絕送醫，返隊", "A", status="returning", follows=aa)
    s.f119("ambulance", s.near(*B, 5, 25), 29.0, 20, "傷者送醫，返隊", "B", status="returning", follows=ab)
    s.police("road_reopened", "Minor", s.near(*A, 5, 25), 33.0, 35, "黎明路口事故排除，恢復通行", "A", follows=pa)
    s.police("road_reopened", "Minor", s.near(*B, 5, 25), 41.0, 35, "會展中心前事故排除，恢復通行", "B", follows=pb)
    s.incident("A", "traffic", "經貿路二段/黎明路三段口汽機車碰撞（騎士輕傷拒送醫）", ca)
    s.incident("B", "traffic", "經貿路二段會展中心B館前汽機車碰撞（一人送醫）", pb)
    s.alternative("『又一台車禍』的來電者位置在兩案之間、未說地標；另一位協調員會把它算給 A（先發生、較有名的路口）。",
                  same_incidents(s))
    s.notes = ["兩案類別、嚴重度、來源組合幾乎相同，只差 240 m 與 6 分鐘：是兩組員警、兩台救護車，兩件。",
               "B 的監視器事件先到，但信心 0.79、位置在兩案之間；協調員等 B 的警方報告（明講會展中心B館前）才確定是第二件。",
               "經貿路車輛偵測器1 在 A 北方 100 m：歸 A。"]
    return s.write()


# ---------------------------------------------------------------- 1659
def s1659():
    s = Sit(1659, "park_twin_small_fires_220m", "2016-03-15 13:30", 1659)
    s.description = ("乾季午後，中央公園地下停車場內一台機車起火（總機、停車場暫停、疏散），9 分鐘後約 220 m 南邊滯洪池2 旁草地有人燒垃圾引燃雜草。"
                     "兩處都是『公園冒煙』，由同一分隊分兩車處理。背景：一通斷枝陳情、中科路小幅減速。")
    A = pos("SN-FA-007")
    B = (120.6575, 24.1862)
    fa = s.dev("fire_alarm", "SN-FA-007", "alarm", 0.0, 4, "中央公園地下停車場 B1 第4區 偵煙探測器動作", "A")
    s.call("fire_smoke", s.near(*A, 20, 100), 0.8, 50, "公園地下停車場裡面有機車燒起來", "A")
    ka = s.f119("fire", s.near(*A, 5, 20), 2.0, 12, "中央公園地下停車場機車火警，派遣水湳分隊", "A")
    s.call("fire_smoke", s.near(*A, 40, 150), 2.5, 60, "停車場出口一直冒煙出來", "A")
    s.police("fire_report", "Moderate", s.near(*A, 10, 40), 5.0, 35, "中央公園地下停車場機車起火，協助疏散", "A")
    s.dev("parking", "SN-PK-004", "closed", 6.0, 30, "中央公園地下停車場(北) 暫停開放", "A")
    s.f119("fire", s.near(*A, 5, 20), 7.0, 12, "到場，機車一部燃燒中，射水", "A", status="on_scene", follows=ka)
    s.police("evacuation", "Minor", s.near(*A, 10, 40), 8.0, 35, "停車場內民眾疏散至地面", "A")
    s.call("fire_smoke", s.near(*B, 30, 150), 9.5, 60, "公園滯洪池旁邊草地燒起來了", "B")
    s.call("fire_smoke", (120.6571, 24.1871), 10.0, 70, "公園那邊好多煙，消防車已經來了", "A", alt="B")
    s.call("fire_smoke", s.near(*B, 30, 150), 11.0, 55, "中央公園草皮著火，火在往步道燒", "B")
    kb = s.f119("fire", s.near(*B, 5, 20), 12.0, 12, "中央公園滯洪池2旁草地火警，由停車場現場分派一車前往", "B")
    s.call("fire_smoke", s.near(*B, 50, 200), 13.0, 80, "公園南邊冒黑煙，有人在燒東西", "B")
    s.f119("fire", s.near(*B, 5, 20), 15.0, 12, "到場，草地燃燒約50平方公尺", "B", status="on_scene", follows=kb)
    s.call("fire_smoke", s.near(*B, 30, 150), 16.0, 70, "敦化路這邊看到公園草地在燒", "B")
    s.police("fire_report", "Minor", s.near(*B, 10, 40), 18.0, 35, "滯洪池2旁草地火，疑似民眾燒垃圾引燃，查訪中", "B")
    s.rule("SN-VD-ZHONGKE-01", "congestion", None, 20.0, 60, "中科路車輛偵測器1 平均車速降至21 km/h", None, severity="Minor")
    s.call("公園路樹", (120.6548, 24.1810), 30.0, 150, "公園裡有一根大樹枝斷掉掛在樹上", None)
    s.dev("fire_alarm", "SN-FA-007", "normal", 40.0, 4, "中央公園地下停車場 受信總機 復歸", "A")
    s.f119("fire", s.near(*B, 5, 20), 45.0, 15, "草地火撲滅，收隊", "B", status="closed", follows=kb)
    s.f119("fire", s.near(*A, 5, 20), 50.0, 15, "機車火警撲滅，排煙完畢，收隊", "A", status="closed", follows=ka)
    s.dev("parking", "SN-PK-004", "empty", 55.0, 30, "中央公園地下停車場(北) 重新開放", "A")
    s.incident("A", "fire", "中央公園地下停車場機車火警", fa)
    s.incident("B", "fire", "滯洪池2旁草地火（燒垃圾引燃）", kb)
    s.alternative("同一分隊、同一公園、220 m、9 分鐘：有的協調員會當成一個『中央公園火警』案，由現場指揮官分兩車處理。",
                  [{"label": "A", "type": "fire", "description": "中央公園火警（地下停車場機車與滯洪池2旁草地，同一指揮）",
                    "sufficient_evidence_key": fa}])
    for it in s.items:
        if it["truth"] == "B":
            it["truth_alt"] = "A"
        elif it.get("truth_alt") == "B":
            del it["truth_alt"]  # under the merged reading there is no B: the caller is A's either way
    s.notes = ["主讀法兩件：不同起火點、不同原因、各自的出勤與收隊。",
               "『公園那邊好多煙，消防車已經來了』位置在兩處之間：時間上 B 剛開始，算 A（已有消防車的那處）；也可能是 B 的第一個目擊者——這是本情境最難的一筆（合併讀法中無此分歧）。",
               "B 的第一通 1999 單獨不足以開第二案（可能是 A 的煙）；119 分派第二車時才確定。"]
    return s.write()


# ---------------------------------------------------------------- 1660
def s1660():
    s = Sit(1660, "zhongping_main_break_over_two_hours", "2016-04-11 06:20", 1660)
    s.description = ("週一清晨，中平路經貿路口東側地下自來水管破裂：先是一通『路面冒水』，接著停水、積水、封閉外側車道、車流變慢、"
                     "路面下陷、緊急搶修許可、搶修噪音、恢復通行，最後還有住戶追問何時來水。證據拖了兩個半小時，是同一件。"
                     "中間一位機車騎士在積水路段滑倒送醫；背景有中國醫藥大學總機測試、一盞路燈。")
    W = (120.6625, 24.1741)
    c0 = s.call("road_damage", s.near(*W, 10, 60), 0.0, 90, "中平路經貿路口東邊路面一直冒水出來", "main")
    s.call("streetlight", (120.6582, 24.1770), 5.0, 120, "經貿路靠中平路一盞路燈不亮", None)
    s.call("water_outage", (120.6615, 24.1752), 12.0, 100, "家裡突然沒有水，也沒看到停水公告", "main")
    p0 = s.police("other", "Moderate", s.near(*W, 10, 40), 25.0, 40, "中平路經貿路口東側自來水管線疑似破裂，路面積水，已通報自來水公司", "main")
    s.cctv("SN-CCTV-011", "flooding", 0.66, 30.0, 8, "影像分析：路口東側路面積水", "main", pos=(120.6612, 24.1738))
    rc = s.police("road_closure", "Moderate", s.near(*W, 5, 30), 38.0, 40, "中平路東向外側車道封閉", "main")
    s.rule("SN-VD-ZHONGPING-02", "congestion", None, 45.0, 60, "中平路車輛偵測器2 平均車速降至18 km/h", "main", severity="Moderate")
    s.call("water_outage", (120.6630, 24.1760), 55.0, 100, "我們整排都沒水，要上班了很麻煩", "main")
    s.call("water_outage", (120.6640, 24.1730), 57.0, 110, "中平路三段停水嗎？", "main")
    s.dev("fire_alarm", "SN-FA-010", "alarm", 60.0, 4, "中國醫藥大學水湳校區 定期檢修測試", None)
    s.dev("fire_alarm", "SN-FA-010", "normal", 62.0, 4, "中國醫藥大學水湳校區 測試完畢復歸", None)
    s.call("road_damage", s.near(*W, 10, 60), 62.0, 90, "中平路冒水的地方路面開始下陷了", "main")
    s.police("road_collapse", "Severe", s.near(*W, 5, 25), 70.0, 40, "破管處路面下陷約1公尺見方，擴大封閉範圍", "main")
    s.permit("road_works", W, 80.0, 300.0, -80, "自來水公司中平路破管緊急搶修（開挖）", "main", radius_m=80)
    fall = s.call("traffic_accident", (120.6608, 24.1744), 85.0, 80, "中平路積水那邊有機車滑倒，騎士坐在路邊", "fall", alt="main")
    s.f119("ambulance", (120.6608, 24.1744), 86.0, 15, "中平路機車自摔，騎士膝蓋擦傷", "fall", alt="main")
    s.call("flooding", s.near(*W, 20, 100), 100.0, 90, "中平路的水流到人行道，走路都濕", "main")
    s.call("noise", s.near(*W, 60, 150), 115.0, 120, "中平路那邊施工機具好吵", "main", alt=None)
    s.police("road_reopened", "Minor", s.near(*W, 5, 30), 140.0, 40, "中平路外側車道回填完成，恢復通行", "main", follows=rc)
    s.call("water_outage", (120.6630, 24.1760), 150.0, 100, "剛剛打過，到現在還是沒水", "main")
    s.incident("main", "infrastructure", "中平路自來水管破裂：冒水、停水、積水、封路、路面下陷、搶修到恢復通行與來水", p0)
    s.incident("fall", "traffic", "中平路積水路段機車自摔，騎士輕傷", fall)
    s.alternative("機車滑倒是破管積水造成的：另一位協調員把它併入破管案；搶修噪音陳情另一讀法當背景。",
                  same_incidents(s, drop=("fall",)))
    s.notes = ["第一通『路面冒水』只是一通陳情；警方確認破管（25 分）才開案。",
               "證據橫跨 150 分鐘：後面的停水追問仍是同一件。",
               "中國醫藥大學總機在 330 m 外、文字明說檢修測試：背景。"]
    return s.write()


# ---------------------------------------------------------------- 1661
def s1661():
    s = Sit(1661, "henan_crash_police_feed_20min_late", "2016-02-05 19:10", 1661)
    s.description = ("小年夜晚上，河南路停車場出口前汽車撞倒行人。警方與 119 的資料因系統排隊晚了 15-25 分鐘才到，"
                     "到的時候正好遇上約 330 m 外河南路/中平路口號誌故障的證據（準時到）；同一時間停車場內一件車窗遭破竊盜。"
                     "背景：停車場滿場、一通違停。")
    C = (120.6522, 24.1735)
    L = pos("SN-SIG-010")
    s.dev("parking", "SN-PK-003", "full", -5.0, 30, "河南路停車場 汽車 剩餘0", None)
    c0 = s.call("traffic_accident", s.near(*C, 20, 90), 0.0, 60, "河南路停車場出口有人被車撞，躺在地上", "crash")
    p = s.police("injury_accident", "Severe", s.near(*C, 5, 25), 3.0, 20 * 60, "河南路停車場出口前A1/A2類，自小客撞行人，行人頭部受傷", "crash")
    a = s.f119("ambulance", s.near(*C, 5, 25), 4.0, 18 * 60, "河南路停車場前行人被撞，意識模糊", "crash")
    rc = s.police("road_closure", "Moderate", s.near(*C, 5, 25), 6.0, 24 * 60, "河南路往中平路方向外側車道封閉處理事故", "crash")
    s.rule("SN-VD-HENAN-02", "congestion", None, 8.0, 60, "河南路車輛偵測器2 平均車速降至12 km/h", "crash", severity="Moderate")
    s.police("other", "Moderate", s.near(*C, 5, 25), 10.0, 22 * 60, "肇事駕駛酒測值0.00，現場測繪中", "crash", follows=p)
    s.f119("ambulance", s.near(*C, 5, 25), 12.0, 16 * 60, "到場，傷者頭部撕裂傷", "crash", status="on_scene", follows=a)
    s.call("traffic_accident", s.near(*C, 40, 160), 9.0, 70, "河南路那邊車禍，救護車到了沒", "crash")
    sg = s.dev("signal", "SN-SIG-010", "fault", 15.0, 6, "河南路/中平路 號誌 閃紅異常", "signal")
    s.cctv("SN-CCTV-010", "signal_dark", 0.81, 16.0, 8, "影像分析：路口號誌異常閃爍", "signal")
    s.police("traffic_signal_fault", "Moderate", s.near(*L, 5, 25), 18.0, 22 * 60, "河南路中平路口號誌故障，派員指揮交通", "signal")
    s.call("traffic_signal", s.near(*L, 30, 120), 20.0, 60, "河南中平路口紅綠燈一直閃紅燈", "signal")
    s.rule("SN-VD-ZHONGPING-01", "congestion", None, 22.0, 60, "中平路車輛偵測器1 平均車速降至10 km/h", "signal", severity="Moderate")
    s.police("theft", "Minor", (120.6532, 24.1747), 25.0, 17 * 60, "河南路停車場內自小客車窗遭敲破，車內財物失竊", "theft")
    s.rule("SN-VD-HENAN-02", "congestion", None, 25.0, 60, "河南路車輛偵測器2 平均車速降至7 km/h", "signal", alt="crash", severity="Severe")
    s.call("illegal_parking", (120.6510, 24.1760), 30.0, 90, "河南路停車場外面一排車並排停車", None)
    s.f119("ambulance", s.near(*C, 5, 25), 40.0, 18 * 60, "傷者送醫，返隊", "crash", status="returning", follows=a)
    s.police("road_reopened", "Minor", s.near(*C, 5, 25), 55.0, 20 * 60, "事故現場排除，河南路恢復通行", "crash", follows=rc)
    s.dev("signal", "SN-SIG-010", "restored", 75.0, 6, "河南路/中平路 號誌 恢復正常", "signal")
    s.incident("crash", "traffic", "河南路停車場出口自小客撞行人，行人送醫，封閉外側車道到排除", c0)
    s.incident("signal", "traffic", "河南路/中平路口號誌閃紅故障，員警指揮交通到恢復", sg)
    s.incident("theft", "public_safety", "河南路停車場內車窗遭破竊盜", first(s, "theft"))
    s.alternative("河南路車輛偵測器2 在兩案之間（距號誌 120 m、距車禍 210 m），第二次減速也可以算給仍在封路的車禍。",
                  same_incidents(s))
    s.notes = ["車禍的第一通 1999 說『有人被車撞，躺在地上』：一通就夠開案（有人受傷）。",
               "警方/119 的報告 observed 正確但晚 16-24 分鐘才到；到的時候號誌的證據已經在了，不能因為『剛到』就併入號誌案。",
               "竊盜在停車場內、距車禍約 170 m、由另一組員警處理：獨立。"]
    return s.write()


# ---------------------------------------------------------------- 1662
def s1662():
    s = Sit(1662, "tower_false_alarm_vs_museumbrary_kitchen_fire", "2016-01-20 11:00", 1662)
    s.description = ("平日上午，臺灣智慧營運塔 3F 施工粉塵觸發偵煙、總機自動通報 119；3 分鐘後約 225 m 外綠美圖餐廳廚房真的起火。"
                     "兩個總機警報幾乎同時、相距 215 m，一個是誤報、一個是真火警。背景：會展中心展覽與停車場滿場。")
    T = pos("SN-FA-005")
    M = pos("SN-FA-004")
    s.permit("exhibition", pos("SN-PK-006"), -120.0, 480.0, 10080, "臺中國際會展中心 工具機展", None, radius_m=250)
    ft = s.dev("fire_alarm", "SN-FA-005", "alarm", 0.0, 4, "臺灣智慧營運塔 3F 第2區 偵煙探測器動作", "tower", alt=None)
    kt = s.f119("fire", s.near(*T, 5, 20), 1.0, 360, "臺灣智慧營運塔火警自動通報，派遣水湳分隊", "tower", alt=None)
    s.dev("fire_alarm", "SN-FA-005", "alarm", 1.5, 4, "臺灣智慧營運塔 3F 第3區 偵煙探測器動作", "tower", alt=None)
    s.call("other", s.near(*T, 30, 120), 2.0, 80, "營運塔警報一直響，大家不知道要不要下樓", "tower", alt=None)
    fm = s.dev("fire_alarm", "SN-FA-004", "alarm", 3.0, 4, "綠美圖 1F 餐廳 第7區 偵熱探測器動作", "museum")
    s.dup(fm, 25)
    s.dev("fire_alarm", "SN-FA-005", "normal", 4.0, 4, "臺灣智慧營運塔 受信總機 人工復歸", "tower", alt=None)
    s.call("fire_smoke", s.near(*M, 30, 120), 4.0, 60, "綠美圖餐廳廚房冒煙，有人在喊失火", "museum")
    s.cctv("SN-CCTV-006", "smoke", 0.84, 5.0, 8, "影像分析：畫面東南側建築冒煙", "museum", pos=(120.6567, 24.1918))
    s.call("fire_smoke", (120.6578, 24.1923), 5.5, 70, "經貿路上有大樓冒煙，好像是綠美圖還是營運塔", "museum")
    km = s.f119("fire", s.near(*M, 5, 20), 6.0, 12, "臺中綠美圖餐廳廚房火警，加派第二車", "museum")
    s.call("fire_smoke", s.near(*M, 40, 150), 7.5, 65, "綠美圖裡面都是煙，我們從側門出來了", "museum")
    s.police("evacuation", "Moderate", s.near(*M, 10, 50), 9.0, 40, "綠美圖館內民眾疏散至館外", "museum")
    s.f119("fire", s.near(*M, 5, 20), 11.0, 12, "到場，廚房油鍋起火已撲滅，排煙中", "museum", status="on_scene", follows=km)
    s.f119("fire", s.near(*T, 5, 20), 12.0, 20, "營運塔現場查無火警，施工粉塵誤觸偵煙探測器", "tower", alt=None, status="closed", follows=kt)
    s.f119("ambulance", s.near(*M, 5, 20), 14.0, 15, "綠美圖火警廚師手部燙傷送醫", "museum")
    s.police("other", "Minor", s.near(*T, 10, 40), 15.0, 40, "營運塔火警為誤報，已解除", "tower", alt=None)
    s.dev("parking", "SN-PK-006", "full", 30.0, 30, "會展中心停車場 汽車 剩餘0", None)
    s.dev("fire_alarm", "SN-FA-004", "normal", 55.0, 4, "綠美圖 受信總機 復歸", "museum")
    s.f119("fire", s.near(*M, 5, 20), 70.0, 15, "綠美圖火警排煙完畢，收隊", "museum", status="closed", follows=km)
    s.incident("tower", "fire", "營運塔偵煙動作自動通報 119：出勤查證為施工粉塵誤報後結案", ft)
    s.incident("museum", "fire", "綠美圖餐廳廚房油鍋火警：撲滅、疏散、廚師燙傷送醫、收隊", fm)
    s.alternative("營運塔是誤報：另一位協調員不把它算成一件工作（119 自己出勤查證結案），全部當背景。",
                  same_incidents(s, drop=("tower",)))
    s.notes = ["兩個總機相距 225 m、相隔 3 分鐘：營運塔的 119 自動通報晚 6 分鐘才到，剛好落在綠美圖的證據之間。",
               "綠美圖的足夠證據是總機警報本身：公共建築偵熱探測器動作、且已有另一案在附近，協調員會立刻派人確認——主讀法以總機警報為準。",
               "『好像是綠美圖還是營運塔』的來電：煙是真的，只有綠美圖在燒，歸綠美圖。"]
    return s.write()


if __name__ == "__main__":
    for f in (s1657, s1658, s1659, s1660, s1661, s1662):
        print(f())
