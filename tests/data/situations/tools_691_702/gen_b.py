"""Situations 697-702 (roads and traffic, second half)."""
from lib import Sit, J, spos, offset, road_pt, inc, MISSING

def s697():
    s = Sit(697, "zhongping_scooter_and_pedestrian_injuries", "2026-11-05 12:20")
    A = offset(J["河南中平"], 35, -15)
    B = offset(J["經貿中平"], -20, 10)
    s.permit("road_works", road_pt("zhongping", 0.85), -2000, -200, 300, "中平路（經貿路至皇城街）拓寬工程 09:00-17:00 外側車道封閉", None)
    s.alert("SN-VD-ZHONGPING-02", "congestion", "Minor", -10, "中平路車輛偵測器2 平均車速 23 km/h（施工縮減車道）", None)
    # A: scooter skids at 河南路/中平路, rider hurt
    s.dev("cctv", "SN-CCTV-010", "stalled_vehicle", 0.5, "河南路/中平路 偵測車輛停滯 機車倒地", "A", confidence=0.58)
    a1 = s.c1999("traffic_accident", s.near(A, 30, 100), 1, "河南路中平路口有機車騎士摔車躺在地上", "A", delay=3.0)
    fa = s.f119("ambulance", s.near(A, 0, 15), 2, "河南路中平路口 機車自摔 騎士右手骨折 意識清楚", "A")
    s.c1999("traffic_accident", s.near(A, 80, 200), 2.5, "中平路這邊好像有車禍，有人受傷", "A")
    s.police("injury_accident", "Moderate", s.near(A, 0, 15), 4, "河南路中平路口 機車閃避右轉自小客自摔 騎士受傷 右轉車輛已停留現場", "A", delay=1.5)
    s.alert("SN-VD-ZHONGPING-01", "congestion", "Moderate", 6, "中平路車輛偵測器1 平均車速 13 km/h", "A")
    s.f119("ambulance", s.near(A, 0, 15), 14, "傷者送往中國醫藥大學附設醫院", "A", follows=fa["key"], status="returning")
    # B: pedestrian hit by a turning car at 經貿路/中平路
    fb = s.f119("ambulance", s.near(B, 0, 15), 18, "經貿路中平路口 行人遭左轉車撞擊 年長女性 腿部受傷", "B")
    s.dev("cctv", "SN-CCTV-011", "stalled_vehicle", 18.2, "經貿路/中平路 偵測車輛停滯", "B", confidence=0.61)
    s.c1999("traffic_accident", s.near(B, 40, 150), 19, "經貿路口阿嬤過馬路被車撞到", "B")
    s.police("injury_accident", "Moderate", s.near(B, 0, 15), 21, "經貿路中平路口 自小客左轉未禮讓行人 行人受傷送醫", "B", delay=2.5)
    s.c1999("traffic_accident", s.near(offset(B, 300, 60), 30, 80), 20, "中平路又撞了一個，剛剛河南路那邊也有", "B")
    s.alert("SN-VD-ZHONGPING-02", "congestion", "Moderate", 25, "中平路車輛偵測器2 平均車速 12 km/h", None, alt="B")
    s.f119("ambulance", s.near(B, 0, 15), 33, "傷者送往中國醫藥大學附設醫院", "B", follows=fb["key"], status="returning")
    s.police("injury_accident", "Minor", s.near(A, 0, 15), 35, "河南路中平路口事故處理完畢 恢復通行", "A")
    s.police("injury_accident", "Minor", s.near(B, 0, 15), 48, "經貿路中平路口事故 駕駛酒測0 已製作筆錄 恢復通行", "B")
    s.alert("SN-VD-ZHONGPING-01", "cleared", "Minor", 40, "中平路車輛偵測器1 車速回升", "A")
    # background
    s.c1999("road_damage", s.near(road_pt("zhongping", 0.5), 40, 150), 8, "中平路有一個坑洞", None)
    s.dev("parking", "SN-PK-003", "full", 10, "河南路停車場 汽車格位已滿", None)
    s.c1999("illegal_parking", s.near(spos("SN-FA-010"), 40, 150), 15, "中國醫大水湳校區門口便當車停紅線", None)
    s.police("accident", "Minor", s.near(J["經貿中平"], 20, 60), 40, "經貿路中平路口 兩車輕微擦撞 無人受傷 雙方和解離去", None)
    s.c1999("noise", s.near(road_pt("zhongping", 0.85), 30, 120), 45, "中平路施工機具中午也在做，很吵", None)
    s.alert("SN-VD-ZHONGPING-02", "cleared", "Minor", 55, "中平路車輛偵測器2 車速回升", None)
    s.c1999("streetlight", s.near(road_pt("henan", 0.6), 40, 150), 60, "河南路路燈白天亮著", None)
    s.alert("SN-VD-HENAN-01", "congestion", "Minor", 30, "河南路車輛偵測器1 平均車速 26 km/h", None)
    stem, n = s.write(
        "平日中午中平路上兩起人員受傷事故：河南路口機車自摔（A），18分鐘後約1公里外經貿路口行人遭左轉車撞（B）。中平路拓寬工程施工中。",
        [inc("A", "traffic", "河南路中平路口機車自摔，騎士骨折送醫", fa["key"]),
         inc("B", "traffic", "經貿路中平路口行人遭撞送醫", fb["key"])],
        {"why": "中平路偵測器2的壅塞在施工路段，可能只是施工縮減車道，也可能是B的回堵。",
         "incidents": [inc("A", "traffic", "河南路中平路口機車自摔", fa["key"]),
                       inc("B", "traffic", "經貿路中平路口行人遭撞（含偵測器2壅塞）", fb["key"])]},
        "施工許可與其噪音、坑洞通報為背景；就地和解的擦撞為背景。")
    return stem, n

def s698():
    s = Sit(698, "convention_concert_letout_pedestrian_hit", "2026-12-19 21:30")
    V = spos("SN-FA-002")
    X = offset(J["經貿黎明"], 20, -25)
    pm = s.permit("concert", V, -5000, -150, 30, "臺中國際會展中心 演唱會 19:00-22:00 預估12,000人 散場時經貿路、黎明路交通管制", "A")
    s.dev("parking", "SN-PK-006", "full", -95, "臺中國際會展中心停車場 汽車格位已滿", "A", alt=None, delay=0.3)
    s.dev("parking", "SN-PK-002", "full", -80, "經貿六停車場 汽車格位已滿", "A", alt=None)
    s.c1999("noise", s.near(spos("SN-FA-005"), 80, 200), -40, "會展中心演唱會低音太大聲，家裡窗戶都在震", "A", alt=None)
    s.c1999("illegal_parking", s.near(spos("SN-PK-006"), 60, 200), -30, "會展中心旁邊紅線、人行道都停滿車", "A", alt=None)
    # let-out
    s.dev("cctv", "SN-CCTV-005", "crowding", 32, "經貿路二段/黎明路三段 人群聚集 移動中", "A", confidence=0.86)
    a1 = s.police("crowd_control", "Moderate", s.near(X, 0, 40), 33, "演唱會散場 人潮湧出經貿路黎明路口 員警封閉外側車道疏導", "A", delay=0.7)
    s.dev("cctv", "SN-CCTV-006", "crowding", 36, "經貿路二段/經貿七路 人群聚集 停留（公車候車）", "A", confidence=0.7)
    s.alert("SN-VD-JINGMAO-01", "congestion", "Severe", 37, "經貿路車輛偵測器1 平均車速 7 km/h", "A")
    s.alert("SN-VD-LIMING-01", "congestion", "Moderate", 38, "黎明路車輛偵測器1 平均車速 12 km/h", "A")
    s.c1999("crowding", s.near(X, 50, 150), 39, "散場的人走到車道上，車子跟人擠在一起很危險", "A")
    s.dev("parking", "SN-PK-001", "full", 40, "水湳轉運中心停車場 機車格位已滿", None, alt="A")
    # B: pedestrian hit by a turning car at the junction
    b1 = s.c1999("traffic_accident", s.near(X, 20, 80), 42, "經貿黎明路口有人被車撞，躺在斑馬線上", "B", alt="A", delay=2.0)
    fb = s.f119("ambulance", s.near(X, 0, 15), 42.5, "經貿路黎明路口 行人遭右轉車撞擊 男性 意識清楚 腰部疼痛", "B", alt="A")
    s.police("injury_accident", "Moderate", s.near(X, 0, 15), 44, "散場人潮中自小客右轉擦撞行人 行人受傷 駕駛留置現場", "B", alt="A", delay=1.0)
    s.f119("ambulance", s.near(X, 0, 15), 50, "傷者送往澄清醫院中港院區", "B", alt="A", follows=fb["key"], status="returning")
    s.alert("SN-VD-HUANZHONG-03", "congestion", "Moderate", 45, "環中路車輛偵測器3 平均車速 14 km/h", "A")
    s.c1999("other", s.near(J["經貿環中"], 60, 200), 50, "計程車在環中路口亂停接客，公車進不來", "A", alt=None)
    s.dev("cctv", "SN-CCTV-004", "crowding", 52, "經貿路二段/環中路二段 人群聚集 移動中", "A", confidence=0.62)
    s.police("crowd_control", "Minor", s.near(X, 0, 40), 80, "散場人潮已疏散 經貿路恢復通行", "A", follows=[a1["key"]])
    s.alert("SN-VD-JINGMAO-01", "cleared", "Minor", 85, "經貿路車輛偵測器1 車速回升", "A")
    s.alert("SN-VD-LIMING-01", "cleared", "Minor", 82, "黎明路車輛偵測器1 車速回升", "A")
    # background
    s.police("accident", "Minor", s.near(J["河南中平"], 20, 80), 10, "河南路中平路口 兩車擦撞 無人受傷 雙方和解", None)
    s.c1999("streetlight", s.near(road_pt("kaixuan", 0.6), 40, 150), 15, "凱旋路一盞路燈不亮", None)
    s.alert("SN-VD-HENAN-01", "congestion", "Minor", 20, "河南路車輛偵測器1 平均車速 25 km/h", None)
    s.c1999("noise", s.near(spos("SN-FA-011"), 40, 150), 65, "散場後一群人在社區門口聊天很吵", None, alt="A")
    s.dev("status", "SN-CCTV-006", "offline", 60, "經貿路二段/經貿七路 路口監視器 離線", None)
    s.dev("status", "SN-CCTV-006", "online", 63, "經貿路二段/經貿七路 路口監視器 連線", None)
    s.alert("SN-VD-HENAN-01", "cleared", "Minor", 40, "河南路車輛偵測器1 車速回升", None)
    stem, n = s.write(
        "週六晚會展中心演唱會22:00散場（A），人潮湧出經貿路黎明路口；散場12分鐘後有行人在路口遭右轉車撞傷（B）。",
        [inc("A", "crowd", "會展中心演唱會散場人潮與交通管制", a1["key"]),
         inc("B", "traffic", "經貿路黎明路口散場行人遭撞", fb["key"])],
        {"why": "行人事故發生在管制中的散場區內、由現場勤務員警處理，可併入散場案；散場前的停車、噪音、違停也可只當背景。",
         "incidents": [inc("A", "crowd", "會展中心散場人潮（含路口行人事故）", a1["key"])]},
        "散場前（演唱會中）的停車場滿、低音噪音、違停列入活動案；另一讀法為背景。")
    return stem, n

def s699():
    s = Sit(699, "jingmao_rain_rush_three_crashes", "2026-06-16 18:05")
    A, B, C = J["經貿環中"], offset(J["經貿黎明"], 10, -30), offset(J["經貿經貿七"], -15, 40)
    s.alert("C0F9T0", "heavy_rain", "Moderate", -25, "西屯雨量站 時雨量 45 mm 達大雨標準", None, level="大雨")
    s.alert("SN-RG-002", "heavy_rain", "Moderate", -20, "水湳轉運中心雨量站 時雨量 42 mm", None, level="大雨")
    s.alert("SN-VD-JINGMAO-01", "congestion", "Moderate", -5, "經貿路車輛偵測器1 平均車速 16 km/h，雨天車多", None)
    # A: two cars at 經貿路/環中路
    s.dev("cctv", "SN-CCTV-004", "stalled_vehicle", 3, "經貿路二段/環中路二段 偵測車輛停滯", "A", confidence=0.73)
    a1 = s.police("accident", "Minor", s.near(A, 0, 15), 4, "經貿路環中路口 雨天自小客追撞 無人受傷 占用左轉車道", "A", delay=1.5)
    s.c1999("traffic_accident", s.near(A, 40, 150), 4.5, "轉運中心前面路口兩台車撞在一起", "A")
    # B: scooter slid at 經貿路/黎明路
    fb = s.f119("ambulance", s.near(B, 0, 15), 7, "經貿路黎明路口 機車雨天打滑與自小客碰撞 騎士腿部受傷", "B")
    s.dev("cctv", "SN-CCTV-005", "stalled_vehicle", 7.3, "經貿路二段/黎明路三段 偵測車輛停滯", "B", confidence=0.66)
    s.c1999("traffic_accident", s.near(offset(A, 100, -130), 20, 60), 8, "經貿路上有車禍，好像在黎明路那邊，有機車倒在地上", "B", delay=6.0)
    s.police("injury_accident", "Moderate", s.near(B, 0, 15), 9, "經貿路黎明路口 機車與自小客碰撞 騎士受傷送醫", "B", delay=2.0)
    s.alert("SN-VD-JINGMAO-01", "congestion", "Severe", 10, "經貿路車輛偵測器1 平均車速 5 km/h", "B", alt="A")
    # C: rear-end at 經貿路/經貿七路
    s.dev("cctv", "SN-CCTV-006", "stalled_vehicle", 12, "經貿路二段/經貿七路 偵測車輛停滯", "C", confidence=0.7)
    c1 = s.c1999("traffic_accident", s.near(C, 30, 120), 12.5, "經貿路又撞了一台，綠美圖前面這邊", "C", delay=3.0)
    c2 = s.police("accident", "Moderate", s.near(C, 0, 15), 14, "經貿路經貿七路口 雨天三車追撞 一人胸口不適 占用南向兩車道", "C", delay=1.2)
    fc = s.f119("ambulance", s.near(C, 0, 15), 15, "經貿路經貿七路口 車禍 一名駕駛胸痛", "C")
    s.c1999("traffic_accident", s.near(B, 80, 220), 16, "經貿路一直撞，剛剛那邊又一起，要不要封路", "C", alt="B")
    s.f119("ambulance", s.near(B, 0, 15), 20, "騎士送往臺中榮總", "B", follows=fb["key"], status="returning")
    s.f119("ambulance", s.near(C, 0, 15), 24, "駕駛經評估拒絕送醫 返隊", "C", follows=fc["key"], status="returning")
    s.police("accident", "Minor", s.near(A, 0, 15), 22, "經貿路環中路口事故車輛自行移置路邊 和解", "A", follows=[a1["key"]])
    s.police("accident", "Minor", s.near(C, 0, 15), 40, "經貿路經貿七路口事故車輛拖離 南向恢復通行", "C", follows=[c2["key"]])
    s.police("injury_accident", "Minor", s.near(B, 0, 15), 42, "經貿路黎明路口事故處理完畢", "B")
    s.alert("SN-VD-JINGMAO-01", "cleared", "Minor", 55, "經貿路車輛偵測器1 車速回升", "B", alt="A")
    # background
    s.alert("SN-FL-009", "flood_depth", "Minor", 15, "黎明路凱旋路口低窪處 淹水深度 6 cm", None, level="1-15")
    s.alert("SN-FL-009", "cleared", "Minor", 45, "黎明路凱旋路口低窪處 淹水深度 0 cm", None)
    s.c1999("blocked_drain", s.near(road_pt("liming", 0.3), 40, 150), 18, "黎明路水溝蓋被落葉塞住，路邊積一點水", None)
    s.dev("parking", "SN-PK-001", "full", 5, "水湳轉運中心停車場 汽車格位已滿", None)
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Moderate", 8, "環中路車輛偵測器2 平均車速 15 km/h", None)
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Moderate", 12, "中清路車輛偵測器1 平均車速 16 km/h", None)
    s.police("accident", "Minor", s.near(J["黎明凱旋"], 20, 80), 28, "黎明路凱旋路口 兩車擦撞 無人受傷 雙方和解", None)
    s.c1999("streetlight", s.near(road_pt("zhongke", 0.3), 40, 150), 35, "中科路路燈一閃一閃", None)
    s.alert("SN-VD-HUANZHONG-02", "cleared", "Minor", 50, "環中路車輛偵測器2 車速回升", None)
    stem, n = s.write(
        "雨天晚尖峰，經貿路二段約750公尺內、12分鐘內連續三起事故：環中路口追撞（A）、黎明路口機車打滑受傷（B）、經貿七路口三車追撞（C）。",
        [inc("A", "traffic", "經貿路環中路口雨天追撞（無人受傷但占用車道）", a1["key"]),
         inc("B", "traffic", "經貿路黎明路口機車打滑碰撞，騎士送醫", fb["key"]),
         inc("C", "traffic", "經貿路經貿七路口三車追撞，一人胸痛", c2["key"])],
        {"why": "偵測器1位於A、B之間，嚴重壅塞可歸任一；『剛剛那邊又一起』的來電位置在B附近，也可能指B。",
         "incidents": [inc("A", "traffic", "經貿路環中路口追撞（含偵測器1壅塞）", a1["key"]),
                       inc("B", "traffic", "經貿路黎明路口機車事故", fb["key"]),
                       inc("C", "traffic", "經貿路經貿七路口三車追撞", c2["key"])]},
        "大雨特報、低窪處6公分積水、水溝阻塞為背景，未達開案。")
    return stem, n

def s700():
    s = Sit(700, "zhongke_ladder_signal_flap_stalled_truck", "2026-07-22 10:30")
    L = road_pt("zhongke", 0.45)
    T = offset(J["臺灣大道環中"], 110, 150)
    s.permit("road_works", road_pt("zhongping", 0.75), -3000, -90, 390, "中平路拓寬工程 09:00-17:00 外側車道封閉", None)
    s.alert("SN-VD-ZHONGPING-02", "congestion", "Minor", -20, "中平路車輛偵測器2 平均車速 24 km/h", None)
    # A: ladder fallen on 中科路
    a0 = s.c1999("other", s.near(L, 40, 120), 0, "中科路中間有一把鋁梯，應該是貨車掉的", "A", delay=4.0)
    s.c1999("other", s.near(L, 100, 200), 1.5, "公園旁邊馬路有梯子，車子都在閃", "A", delay=7.0)
    a1 = s.police("fallen_object", "Moderate", s.near(L, 0, 15), 6, "中科路南向近中央公園 路中掉落鋁梯 派員排除", "A", delay=1.0)
    s.alert("SN-VD-ZHONGKE-01", "congestion", "Moderate", 8, "中科路車輛偵測器1 平均車速 14 km/h", "A")
    s.police("fallen_object", "Minor", s.near(L, 0, 15), 25, "中科路掉落鋁梯已移除 恢復通行", "A", follows=[a1["key"]])
    s.alert("SN-VD-ZHONGKE-01", "cleared", "Minor", 30, "中科路車輛偵測器1 車速回升", "A")
    # B: signal at 中清路/環中路 flaps, then fails
    s.dev("signal", "SN-SIG-008", "fault", 40, "中清路/環中路 號誌 控制器通訊異常", "B", alt=None)
    s.dev("signal", "SN-SIG-008", "restored", 41, "中清路/環中路 號誌 恢復正常", "B", alt=None)
    b1 = s.dev("signal", "SN-SIG-008", "fault", 48, "中清路/環中路 號誌 全紅閃", "B")
    s.dev("cctv", "SN-CCTV-008", "signal_dark", 49, "中清路/環中路 號誌異常", "B", confidence=0.67)
    s.c1999("traffic_signal", s.near(J["中清環中"], 40, 150), 52, "中清路環中路口紅綠燈一直閃紅燈，大家不知道要不要走", "B")
    s.police("traffic_signal_fault", "Moderate", s.near(J["中清環中"], 0, 15), 55, "中清路環中路口號誌閃紅 已派員指揮 通報交通局", "B", delay=1.2)
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Severe", 58, "中清路車輛偵測器1 平均車速 8 km/h", "B")
    s.alert("SN-VD-HUANZHONG-03", "congestion", "Moderate", 60, "環中路車輛偵測器3 平均車速 15 km/h", "B")
    s.c1999("traffic_signal", s.near(J["中清環中"], 80, 220), 62, "中清環中那邊號誌壞了，塞到交流道", "B")
    s.dev("signal", "SN-SIG-008", "restored", 95, "中清路/環中路 號誌 恢復正常", "B")
    s.alert("SN-VD-ZHONGQING-01", "cleared", "Minor", 105, "中清路車輛偵測器1 車速回升", "B")
    # C: gravel truck breaks down near 臺灣大道
    s.dev("cctv", "SN-CCTV-009", "stalled_vehicle", 66, "臺灣大道/環中路 偵測車輛停滯 東北側", "C", confidence=0.79)
    c1 = s.police("stalled_vehicle", "Moderate", s.near(T, 0, 15), 68, "環中路近臺灣大道 砂石車故障 占用外側兩車道 已放置警示", "C", delay=1.5)
    s.alert("SN-VD-HUANZHONG-04", "congestion", "Moderate", 72, "環中路車輛偵測器4 平均車速 16 km/h", "C", alt=None)
    s.c1999("other", s.near(T, 60, 200), 74, "環中路有一台大卡車停在路上沒打警示燈", "C")
    s.police("stalled_vehicle", "Minor", s.near(T, 0, 15), 110, "故障砂石車已由大型拖吊車拖離", "C", follows=[c1["key"]])
    # background
    s.dev("parking", "SN-PK-004", "full", 15, "中央公園地下停車場(北) 汽車格位已滿", None)
    s.c1999("streetlight", s.near(road_pt("jingmao", 0.7), 40, 150), 20, "經貿路路燈白天還亮著", None)
    s.police("accident", "Minor", s.near(J["經貿經貿七"], 20, 60), 35, "經貿路經貿七路口 兩車擦撞 無人受傷 已和解", None)
    s.c1999("illegal_parking", s.near(spos("SN-FA-004"), 40, 150), 45, "綠美圖前面遊覽車停在車道上", None)
    s.c1999("road_damage", s.near(road_pt("zhongping", 0.75), 30, 120), 80, "中平路施工路段路面不平", None)
    s.alert("SN-VD-ZHONGPING-02", "cleared", "Minor", 85, "中平路車輛偵測器2 車速回升", None)
    stem, n = s.write(
        "平日上午：中科路近中央公園路中掉落鋁梯（A）；中清路環中路口號誌先閃斷一分鐘、七分鐘後全紅閃（B）；環中路近臺灣大道砂石車故障（C）。中平路施工照常。",
        [inc("A", "traffic", "中科路掉落鋁梯", a1["key"]),
         inc("B", "traffic", "中清路環中路口號誌故障，派員指揮與派修", b1["key"]),
         inc("C", "traffic", "環中路近臺灣大道砂石車故障占用車道", c1["key"])],
        {"why": "第一次一分鐘閃斷即恢復，當下不會派工，可只當設備閃斷；偵測器4離故障車約1公里，壅塞也可能是例行車多。",
         "incidents": [inc("A", "traffic", "中科路掉落鋁梯", a1["key"]),
                       inc("B", "traffic", "中清路環中路口號誌故障", b1["key"]),
                       inc("C", "traffic", "環中路砂石車故障", c1["key"])]},
        "A的第一通1999（民眾未報確切位置）即足以派員；第二通延遲7分鐘建檔。")
    return stem, n

def s701():
    s = Sit(701, "huanzhong_stalled_intercity_bus_rear_ended_pothole", "2026-08-07 17:50")
    B = offset(J["經貿環中"], 120, 45)
    P = road_pt("liming", 0.25)
    s.dev("parking", "SN-PK-001", "full", -20, "水湳轉運中心停車場 汽車格位已滿", None)
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Minor", -10, "環中路車輛偵測器2 平均車速 25 km/h", None)
    s.alert("SN-VD-LIMING-01", "congestion", "Minor", -6, "黎明路車輛偵測器1 平均車速 27 km/h", None)
    # A: intercity bus stalls leaving the transit hub, then gets rear-ended
    a1 = s.police("stalled_vehicle", "Moderate", s.near(B, 0, 15), 0, "環中路二段東向近經貿路口 國道客運駛出轉運中心後故障 停於外側車道", "A", delay=1.4)
    s.dev("cctv", "SN-CCTV-004", "stalled_vehicle", 1, "經貿路二段/環中路二段 偵測車輛停滯 東向外側", "A", confidence=0.84)
    s.c1999("other", s.near(B, 40, 160), 4, "轉運中心出口一台大客車停在環中路上，後面車都要切出來", "A")
    s.alert("SN-VD-HUANZHONG-03", "congestion", "Moderate", 8, "環中路車輛偵測器3 東向平均車速 14 km/h", "A")
    s.c1999("traffic_accident", s.near(B, 30, 120), 14, "有台轎車直接撞上停在路邊的客運屁股", "A", delay=3.0)
    s.police("accident", "Moderate", s.near(B, 0, 15), 15, "自小客追撞停於外側車道之故障客運 駕駛輕傷", "A", follows=[a1["key"]], delay=1.0)
    fa = s.f119("ambulance", s.near(B, 0, 15), 15.5, "環中路二段經貿路口 自小客追撞大客車 駕駛胸口擦傷", "A")
    s.dup(fa, 0.9)
    s.alert("SN-VD-HUANZHONG-03", "congestion", "Severe", 18, "環中路車輛偵測器3 東向平均車速 6 km/h", "A")
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Moderate", 20, "環中路車輛偵測器2 平均車速 13 km/h", "A", alt=None)
    s.f119("ambulance", s.near(B, 0, 15), 27, "駕駛送往澄清醫院中港院區", "A", follows=fa["key"], status="returning")
    s.police("stalled_vehicle", "Minor", s.near(B, 0, 15), 52, "故障客運及事故車已拖離 環中路東向恢復通行", "A", follows=[a1["key"]])
    s.alert("SN-VD-HUANZHONG-03", "cleared", "Minor", 60, "環中路車輛偵測器3 車速回升", "A")
    # B: deep pothole on 黎明路 throws a scooter rider
    s.c1999("road_damage", s.near(P, 30, 100), 30, "黎明路靠近凱旋路有一個大坑洞，剛剛有機車摔倒", "B", delay=8.0)
    b1 = s.police("accident", "Minor", s.near(P, 0, 15), 32, "黎明路三段 機車騎士因路面坑洞自摔 手肘擦傷 自行就醫 請養工處派員修補", "B")
    s.c1999("road_damage", s.near(P, 60, 180), 41, "黎明路坑洞很大，晚上看不到會出事", "B")
    s.police("other", "Minor", s.near(P, 0, 15), 47, "坑洞處已放置三角錐警示 等待養工處修補", "B", follows=[b1["key"]])
    # background
    s.police("accident", "Minor", s.near(J["中清環中"], 20, 80), 10, "中清路環中路口 機車擦撞 無人受傷 雙方和解", None)
    s.c1999("illegal_parking", s.near(spos("SN-PK-001"), 50, 150), 22, "轉運中心旁一排機車停人行道", None)
    s.dev("parking", "SN-PK-002", "full", 25, "經貿六停車場 汽車格位已滿", None)
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Moderate", 26, "中清路車輛偵測器1 平均車速 18 km/h", None)
    s.c1999("noise", s.near(spos("SN-FA-012"), 40, 150), 35, "樓上在裝潢電鑽很吵", None)
    s.c1999("road_damage", s.near(road_pt("kaixuan", 0.8), 30, 120), 45, "凱旋路一個小坑洞，請有空補一下", None)
    s.dev("status", "SN-PK-002", "offline", 50, "經貿六停車場 離線", None)
    s.dev("status", "SN-PK-002", "online", 53, "經貿六停車場 連線", None)
    s.alert("SN-VD-LIMING-01", "cleared", "Minor", 40, "黎明路車輛偵測器1 車速回升", None)
    s.alert("SN-VD-ZHONGQING-01", "cleared", "Minor", 58, "中清路車輛偵測器1 車速回升", None)
    stem, n = s.write(
        "週五晚尖峰：國道客運駛出轉運中心後在環中路東向故障，15分鐘後遭自小客追撞（A）；黎明路大坑洞使機車騎士自摔（B）。",
        [inc("A", "traffic", "環中路故障客運及其遭追撞事故", a1["key"]),
         inc("B", "traffic", "黎明路坑洞致機車自摔，需警示與修補", b1["key"])],
        {"why": "偵測器2的壅塞可能是週五例行車多，不一定是客運故障回堵。",
         "incidents": [inc("A", "traffic", "環中路故障客運及其遭追撞事故", a1["key"]),
                       inc("B", "traffic", "黎明路坑洞致機車自摔", b1["key"])]},
        "撞上故障車本身的事故視為同一案（同一地點、同一障礙物）。凱旋路小坑洞為例行案件。")
    return stem, n

def s702():
    s = Sit(702, "quiet_morning_kaixuan_two_crashes", "2026-03-03 07:20")
    A = offset(J["黎明凱旋"], -10, -20)
    B = offset(J["凱旋環中"], 20, -40)
    for m, sid, sev, txt in [(-10, "SN-VD-HUANZHONG-02", "Minor", "環中路車輛偵測器2 平均車速 26 km/h"),
                             (0, "SN-VD-ZHONGQING-01", "Minor", "中清路車輛偵測器1 平均車速 23 km/h"),
                             (8, "SN-VD-HENAN-02", "Minor", "河南路車輛偵測器2 平均車速 24 km/h"),
                             (15, "SN-VD-JINGMAO-01", "Moderate", "經貿路車輛偵測器1 平均車速 18 km/h"),
                             (22, "SN-VD-ZHONGPING-01", "Minor", "中平路車輛偵測器1 平均車速 25 km/h")]:
        s.alert(sid, "congestion", sev, m, txt + "，上班車潮", None)
    s.dev("parking", "SN-PK-001", "full", 12, "水湳轉運中心停車場 機車格位已滿", None)
    s.police("accident", "Minor", s.near(J["經貿中平"], 20, 60), 18, "經貿路中平路口 自小客擦撞 無人受傷 雙方和解", None)
    s.dev("signal", "SN-SIG-011", "fault", 25, "經貿路/中平路 號誌 控制器通訊異常", None)
    s.dev("signal", "SN-SIG-011", "restored", 25.8, "經貿路/中平路 號誌 恢復正常", None)
    s.c1999("streetlight", s.near(road_pt("henan", 0.5), 40, 150), 28, "河南路路燈一盞不亮，燈桿編號 XT-30277", None)
    s.police("accident", "Minor", s.near(J["台74環中"], 30, 100), 33, "台74線下環中路匝道口 機車擦撞 無人受傷 當事人自行處理", None)
    s.c1999("illegal_parking", s.near(spos("SN-FA-009"), 40, 150), 38, "逢甲水湳校區門口早餐車停紅線", None)
    # A: scooter vs car with injury at 黎明路/凱旋路
    s.dev("cctv", "SN-CCTV-007", "stalled_vehicle", 50, "黎明路三段/凱旋路 偵測車輛停滯", "A", confidence=0.72)
    fa = s.f119("ambulance", s.near(A, 0, 15), 51, "黎明路凱旋路口 汽機車碰撞 機車騎士頭部擦傷 有戴安全帽", "A")
    s.c1999("traffic_accident", s.near(A, 40, 150), 51.5, "黎明路凱旋路口機車被撞倒", "A")
    a1 = s.police("injury_accident", "Moderate", s.near(A, 0, 15), 53, "黎明路凱旋路口 自小客右轉與直行機車碰撞 騎士受傷", "A", delay=1.5)
    # B: two-car crash blocking a lane 330 m north, needs a tow
    b1 = s.police("accident", "Moderate", s.near(B, 0, 15), 55, "凱旋路近環中路口南向 兩車碰撞 無人受傷 車輛無法行駛 占用內側車道 待拖吊", "B", alt=None, delay=1.0)
    s.dev("cctv", "SN-CCTV-002", "stalled_vehicle", 55.5, "凱旋路/環中路二段 偵測車輛停滯", "B", alt=None, confidence=0.8)
    s.c1999("traffic_accident", s.near(B, 60, 200), 57, "凱旋路也撞了，跟黎明路口那一起不一樣", "B", alt=None)
    s.alert("SN-VD-KAIXUAN-01", "congestion", "Severe", 58, "凱旋路車輛偵測器1 平均車速 7 km/h", "A")
    s.c1999("traffic_accident", s.near(offset(A, 90, 130), 20, 60), 59, "凱旋路塞住了，前面有車禍", "A")
    s.f119("ambulance", s.near(A, 0, 15), 64, "騎士送往臺中榮總", "A", follows=fa["key"], status="returning")
    s.police("accident", "Minor", s.near(B, 0, 15), 78, "凱旋路事故車已拖離", "B", alt=None, follows=[b1["key"]])
    s.police("injury_accident", "Minor", s.near(A, 0, 15), 80, "黎明路凱旋路口事故處理完畢", "A", follows=[a1["key"]])
    s.alert("SN-VD-KAIXUAN-01", "cleared", "Minor", 88, "凱旋路車輛偵測器1 車速回升", "A")
    # more background
    s.c1999("noise", s.near(spos("SN-FA-011"), 40, 150), 65, "清晨垃圾車倒垃圾很大聲", None)
    s.alert("SN-VD-JINGMAO-01", "cleared", "Minor", 70, "經貿路車輛偵測器1 車速回升", None)
    s.alert("SN-VD-ZHONGQING-01", "cleared", "Minor", 72, "中清路車輛偵測器1 車速回升", None)
    s.c1999("other", s.near(spos("SN-PK-006"), 40, 150), 90, "會展中心外面人行道磁磚鬆動", None)
    s.dev("parking", "SN-PK-002", "full", 95, "經貿六停車場 汽車格位已滿", None)
    stem, n = s.write(
        "平常的平日早上：例行壅塞、就地和解擦撞、號誌一分鐘閃斷；8:10黎明路凱旋路口汽機車碰撞騎士受傷（A），五分鐘後約330公尺北的凱旋路近環中路口兩車碰撞待拖吊（B）。",
        [inc("A", "traffic", "黎明路凱旋路口汽機車碰撞，騎士受傷", fa["key"]),
         inc("B", "traffic", "凱旋路近環中路口兩車碰撞占用車道待拖吊", b1["key"])],
        {"why": "B無人受傷、員警已在現場處理，部分協調員只記錄不開案。",
         "incidents": [inc("A", "traffic", "黎明路凱旋路口汽機車碰撞", fa["key"])]},
        "凱旋路偵測器1位於兩事故之間，本讀法歸A（南向回堵）。")
    return stem, n

if __name__ == "__main__":
    for fn in (s697, s698, s699, s700, s701, s702):
        print(*fn())
