"""Situations 691-696 (roads and traffic, first half)."""
from lib import Sit, J, spos, offset, road_pt, inc, MISSING

def s691():
    s = Sit(691, "huanzhong_rush_two_crashes_and_queue_crash", "2026-03-17 17:40")
    A = offset(J["凱旋環中"], 150, 40)          # eastbound lanes, 150 m east of 凱旋路
    A2 = offset(A, -300, -330)                   # in A's eastbound queue, back toward 臺灣大道 side
    B = J["中科環中"]
    # background before anything happens
    s.dev("parking", "SN-PK-001", "full", -12, "水湳轉運中心停車場 汽車格位已滿", delay=0.3)
    s.alert("SN-VD-JINGMAO-01", "congestion", "Minor", -8, "經貿路車輛偵測器1 平均車速 24 km/h，尖峰車多")
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Minor", -5, "環中路車輛偵測器2 平均車速 26 km/h")
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Minor", -3, "中清路車輛偵測器1 平均車速 22 km/h")
    # A: three-car rear-end east of 凱旋路
    a1 = s.police("accident", "Moderate", s.near(A, 0, 20), 2, "環中路二段東向近凱旋路口 三車追撞，一人頸部不適，占用內側及中線車道", "A", delay=1.5)
    s.dev("cctv", "SN-CCTV-002", "stalled_vehicle", 2.5, "凱旋路/環中路二段 偵測車輛停滯 東向", "A", confidence=0.78)
    s.c1999("traffic_accident", s.near(A, 40, 150), 3, "環中路凱旋路口東向好幾台車撞在一起，車子都停在路中間", "A")
    f1 = s.f119("ambulance", s.near(A, 0, 15), 5, "環中路二段凱旋路口 車禍 一名女性駕駛頸部疼痛 派遣救護車", "A")
    s.police("road_closure", "Minor", s.near(A, 0, 20), 9, "環中路東向內側兩車道暫時封閉，待拖吊，請改道", "A", follows=[a1["key"]])
    s.alert("SN-VD-HUANZHONG-01", "congestion", "Moderate", 10, "環中路車輛偵測器1 東向平均車速 14 km/h", "A")
    # B: car vs scooter at 中科路 junction
    s.dev("cctv", "SN-CCTV-003", "stalled_vehicle", 6.2, "中科路/環中路二段 偵測車輛停滯 路口中央", "B", confidence=0.64)
    b1 = s.c1999("traffic_accident", s.near(B, 40, 120), 6.5, "中科路口汽車跟機車擦撞，騎士倒地沒有起來", "B", delay=4.0)
    fb = s.f119("ambulance", s.near(B, 0, 15), 7, "環中路二段與中科路口 汽機車事故 機車騎士倒地 意識清楚 左腳疑骨折", "B")
    s.dup(fb, 1.2)
    s.police("injury_accident", "Moderate", s.near(B, 0, 15), 8, "中科路與環中路二段口 自小客左轉與直行機車碰撞 騎士受傷送醫", "B", delay=2.0)
    s.c1999("traffic_accident", s.near(B, 60, 200), 8.5, "經貿路環中路那邊有車禍，救護車要進來", "B", alt=MISSING)
    s.f119("ambulance", s.near(B, 0, 15), 15, "到達現場 騎士送往中國醫藥大學附設醫院", "B", follows=fb["key"], status="on_scene")
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Severe", 13, "環中路車輛偵測器2 平均車速 8 km/h", "A", alt="B")
    # A2: secondary crash in A's queue
    s.c1999("traffic_accident", s.near(A2, 30, 120), 17.5, "環中路往北屯方向又撞了，前面塞車後面煞不住", "A", alt="A2")
    a2 = s.police("accident", "Minor", s.near(A2, 0, 15), 19, "環中路二段東向 前方事故回堵 自小客追撞前車 無人受傷 需拖吊", "A", alt="A2")
    s.f119("ambulance", s.near(A, 0, 15), 16, "到達現場 傷者拒絕送醫", "A", follows=f1["key"], status="on_scene")
    s.police("accident", "Minor", s.near(A, 0, 20), 38, "環中路凱旋路口三車事故車輛已拖離，車道恢復通行", "A", follows=[a1["key"]])
    s.alert("SN-VD-HUANZHONG-01", "cleared", "Minor", 44, "環中路車輛偵測器1 車速回升 31 km/h", "A")
    # background during the evening
    s.police("accident", "Minor", s.near(J["經貿黎明"], 10, 60), 12, "經貿路二段黎明路口 兩車擦撞 無人受傷 雙方已自行和解離去", None)
    s.c1999("illegal_parking", s.near(J["經貿環中"], 80, 200), 14, "轉運中心門口一直有車並排臨停，影響公車進出", None)
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Moderate", 20, "中清路車輛偵測器1 平均車速 17 km/h", None)
    s.c1999("streetlight", s.near(spos("SN-PK-002"), 50, 150), 25, "經貿六停車場旁一盞路燈不亮，燈桿編號 XT-20418", None)
    s.dev("parking", "SN-PK-006", "full", 27, "臺中國際會展中心停車場 汽車格位已滿", None)
    s.c1999("noise", s.near(spos("SN-FA-011"), 30, 120), 33, "社區旁邊改裝車一直催油門很吵", None)
    s.alert("SN-VD-KAIXUAN-01", "congestion", "Minor", 35, "凱旋路車輛偵測器1 平均車速 25 km/h", None)
    s.alert("SN-VD-ZHONGQING-01", "cleared", "Minor", 52, "中清路車輛偵測器1 車速回升", None)
    s.c1999("other", s.near(J["中科環中"], 100, 250), 60, "剛剛中科路口車禍那邊路上有碎片，怕機車滑倒", "B", alt=None)
    stem, n = s.write(
        "平日晚尖峰，環中路二段凱旋路口東向三車追撞（A），四分鐘後約480公尺外的中科路口發生汽機車事故（B）；A的回堵車陣中又發生追撞。",
        [inc("A", "traffic", "環中路凱旋路口三車追撞、封閉內側車道及其回堵（含回堵車陣中的二次追撞）", a1["key"]),
         inc("B", "traffic", "環中路中科路口汽機車事故，騎士受傷送醫", fb["key"])],
        {"why": "回堵車陣中的二次追撞由另一組警力處理，也可開成獨立案件；偵測器2的嚴重壅塞同時受兩起事故影響；事後碎片通報可視為路面清理雜項。",
         "incidents": [inc("A", "traffic", "環中路凱旋路口三車追撞與封閉", a1["key"]),
                       inc("A2", "traffic", "A回堵車陣中的二次追撞", a2["key"]),
                       inc("B", "traffic", "環中路中科路口汽機車事故", fb["key"])]},
        "背景：尖峰例行壅塞、轉運中心停車場滿、就地和解的擦撞、違停、路燈、噪音。")
    return stem, n

def s692():
    s = Sit(692, "zhongqing_vehicle_fire_rubberneck_crash", "2026-04-08 08:05")
    F = offset(J["中清環中"], 120, -190)         # 中清路 southbound, south of 環中路
    R = offset(F, 25, 30)                          # northbound lanes opposite
    s.alert("SN-VD-HENAN-02", "congestion", "Minor", -10, "河南路車輛偵測器2 平均車速 23 km/h，上班車潮", None)
    s.alert("SN-VD-ZHONGQING-02", "congestion", "Minor", -6, "中清路車輛偵測器2 平均車速 25 km/h", None)
    c1 = s.c1999("fire_smoke", s.near(F, 40, 120), 0.5, "中清路下環中路往南那邊有一台車在冒煙，好像燒起來了", "A", delay=3.0)
    s.dev("cctv", "SN-CCTV-008", "smoke", 1.0, "中清路/環中路 影像偵測煙霧 畫面東南側", "A", confidence=0.83, skew_s=-95)
    f = s.f119("fire", s.near(F, 0, 10), 1.5, "中清路二段近環中路 自小客車輛火警 車頭起火 駕駛已自行下車", "A")
    s.c1999("fire_smoke", s.near(J["中清環中"], 100, 250), 2, "環中路那邊冒黑煙，很大一團", "A")
    p1 = s.police("fire_report", "Severe", s.near(F, 0, 15), 3, "中清路南下近環中路 自小客車火燒車，駕駛無傷，請消防支援", "A", delay=1.2)
    s.police("road_closure", "Moderate", s.near(F, 0, 30), 5, "中清路南下環中路至文昌東路段全線封閉，車輛改道環中路", "A", follows=[p1["key"]])
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Severe", 6, "中清路車輛偵測器1 南向平均車速 5 km/h", "A")
    s.f119("fire", s.near(F, 0, 10), 8, "到達現場 車頭全面燃燒 布線射水", "A", follows=f["key"], status="on_scene")
    s.alert("SN-VD-HUANZHONG-03", "congestion", "Severe", 9, "環中路車輛偵測器3 平均車速 7 km/h", "A", alt=None)
    s.c1999("fire_smoke", s.near(F, 60, 180), 9, "中清路有車燒起來，消防車過不來，後面全部塞住", "A")
    # B: rubbernecking crash on the opposite carriageway
    b1 = s.police("accident", "Minor", s.near(R, 0, 20), 14, "中清路北上近環中路 駕駛減速觀看對向火燒車遭後車追撞 無人受傷", "B", alt="A", delay=2.0)
    s.c1999("traffic_accident", s.near(R, 40, 150), 15, "中清路往北這邊也撞了，兩台車停在內線", "B", alt="A")
    s.alert("SN-VD-ZHONGQING-01", "congestion", "Severe", 16, "中清路車輛偵測器1 北向平均車速 9 km/h", "B", alt="A")
    # smoke drifts into the residential area
    s.c1999("fire_smoke", s.near(spos("SN-FA-005"), 50, 150), 18, "營運塔這邊一直聞到燒焦塑膠味，不知道哪裡來的", "A", alt=None)
    s.alert("SN-VD-JINGMAO-01", "congestion", "Moderate", 20, "經貿路車輛偵測器1 平均車速 15 km/h（中清路改道車流）", "A", alt=None)
    s.f119("fire", s.near(F, 0, 10), 23, "火勢撲滅 無人傷亡 殘火處理中", "A", follows=f["key"], status="closed")
    s.police("accident", "Minor", s.near(R, 0, 20), 30, "中清路北上追撞車輛已移至路肩，恢復通行", "B", alt="A", follows=[b1["key"]])
    s.police("road_closure", "Minor", s.near(F, 0, 30), 52, "中清路南下火燒車已拖離，路面清洗完畢，恢復通行", "A", follows=[p1["key"]])
    s.alert("SN-VD-ZHONGQING-01", "cleared", "Minor", 60, "中清路車輛偵測器1 車速回升 34 km/h", "A")
    # background
    s.dev("status", "SN-CCTV-005", "offline", 11, "經貿路二段/黎明路三段 路口監視器 離線", None)
    s.dev("status", "SN-CCTV-005", "online", 13, "經貿路二段/黎明路三段 路口監視器 連線", None)
    s.c1999("noise", s.near(spos("SN-FA-012"), 40, 150), 25, "敦化路工地一早就在敲，很吵", None)
    s.dev("parking", "SN-PK-002", "full", 28, "經貿六停車場 汽車格位已滿", None)
    s.police("accident", "Minor", s.near(J["河南中平"], 20, 80), 33, "河南路中平路口 機車與自小客輕微擦撞 無人受傷 雙方和解", None)
    s.c1999("illegal_parking", s.near(spos("SN-PK-004"), 60, 180), 40, "中央公園北側停車場出口有貨車違停", None)
    s.alert("SN-VD-HENAN-02", "cleared", "Minor", 45, "河南路車輛偵測器2 車速回升", None)
    s.c1999("other", s.near(F, 80, 200), 70, "早上中清路燒車那邊路面黑黑油油的，要不要來清一下", "A", alt=None)
    stem, n = s.write(
        "平日早上中清路南下近環中路自小客火燒車（A），南下封閉改道，煙飄向營運塔；對向北上車道有駕駛減速觀看遭追撞（B）。",
        [inc("A", "fire", "中清路南下火燒車，含封路、改道壅塞與煙味通報", f["key"]),
         inc("B", "traffic", "中清路北上看熱鬧減速引發的追撞", b1["key"])],
        {"why": "對向追撞因火燒車而起、位置相距僅數十公尺，也可併入同一案；遠處的改道壅塞與煙味通報也可只當背景。",
         "incidents": [inc("A", "fire", "中清路火燒車及其對向追撞", f["key"])]},
        "CCTV-008 的時鐘慢約95秒（observed 早於實際）。")
    return stem, n

def s693():
    s = Sit(693, "jingmao_stalled_bus_and_huanzhong_fallen_load", "2026-05-12 07:50")
    B = offset(J["經貿黎明"], 15, 40)
    L = offset(J["中清環中"], -160, 5)
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Minor", -10, "環中路車輛偵測器2 平均車速 27 km/h", None)
    s.alert("SN-VD-KAIXUAN-01", "congestion", "Minor", -4, "凱旋路車輛偵測器1 平均車速 24 km/h", None)
    # A: city bus breaks down in the junction
    s.dev("cctv", "SN-CCTV-005", "stalled_vehicle", 1, "經貿路二段/黎明路三段 偵測車輛停滯 北向外側", "A", confidence=0.91)
    a1 = s.police("stalled_vehicle", "Moderate", s.near(B, 0, 15), 3, "經貿路二段黎明路口北向 市區公車故障拋錨 占用外側及中線車道", "A", delay=1.3)
    s.c1999("traffic_accident", s.near(B, 50, 160), 4, "公車卡在黎明路口不動，大家都在鑽，很危險", "A")
    s.alert("SN-VD-JINGMAO-01", "congestion", "Severe", 7, "經貿路車輛偵測器1 北向平均車速 6 km/h", "A")
    s.c1999("other", s.near(B, 80, 200), 9, "經貿路往環中路那段怎麼完全不動，公車站那邊出事了嗎", "A")
    s.police("stalled_vehicle", "Minor", s.near(B, 0, 15), 12, "已請客運公司派車接駁乘客，拖吊車約20分鐘到場", "A", follows=[a1["key"]])
    # B: truck sheds a load of PVC pipes on 環中路 west of 中清路
    s.dev("cctv", "SN-CCTV-008", "fallen_object", 18, "中清路/環中路 偵測掉落物 西側車道", "B", confidence=0.71)
    b1 = s.c1999("traffic_accident", s.near(L, 40, 150), 18.5, "環中路上掉了一堆水管，貨車自己開走了", "B", delay=3.5)
    s.c1999("other", s.near(J["中清環中"], 60, 200), 19, "中清路口一堆PVC管散在路上，機車差點壓到", "B")
    b2 = s.police("fallen_object", "Moderate", s.near(L, 0, 20), 21, "環中路二段西向近中清路 貨車掉落PVC管多支 散落內側兩車道 派員排除", "B")
    s.alert("SN-VD-HUANZHONG-03", "congestion", "Severe", 22, "環中路車輛偵測器3 西向平均車速 9 km/h", "B")
    s.dev("cctv", "SN-CCTV-004", "stalled_vehicle", 23, "經貿路二段/環中路二段 偵測車輛停滯", "B", alt="A", confidence=0.55)
    s.c1999("other", s.near(J["經貿環中"], 40, 160), 24, "環中路經貿路口塞死了，前面好像有東西掉在路上", "B", alt="A")
    s.police("stalled_vehicle", "Minor", s.near(B, 0, 15), 31, "故障公車已拖離，經貿路北向恢復通行", "A", follows=[a1["key"]])
    s.police("fallen_object", "Minor", s.near(L, 0, 20), 36, "環中路掉落物已清除完畢；已循監視器追查貨車車號", "B", follows=[b2["key"]])
    s.alert("SN-VD-JINGMAO-01", "cleared", "Minor", 38, "經貿路車輛偵測器1 車速回升", "A")
    s.alert("SN-VD-HUANZHONG-03", "cleared", "Minor", 45, "環中路車輛偵測器3 車速回升", "B")
    # background
    s.dev("parking", "SN-PK-001", "full", 5, "水湳轉運中心停車場 機車格位已滿", None)
    s.c1999("illegal_parking", s.near(J["中科環中"], 60, 200), 14, "中科路邊早餐店前面一直有車停紅線", None)
    s.police("accident", "Minor", s.near(J["黎明凱旋"], 20, 80), 16, "黎明路凱旋路口 自小客倒車碰撞 無人受傷 當事人自行處理", None)
    s.alert("SN-VD-ZHONGPING-01", "congestion", "Minor", 20, "中平路車輛偵測器1 平均車速 22 km/h", None)
    s.c1999("streetlight", s.near(spos("SN-FA-009"), 40, 150), 27, "逢甲水湳校區旁路燈白天還亮著", None)
    s.alert("SN-VD-KAIXUAN-01", "cleared", "Minor", 30, "凱旋路車輛偵測器1 車速回升", None)
    s.c1999("road_damage", s.near(road_pt("zhongke", 0.5), 30, 120), 33, "中科路有一個坑洞，下雨會積水", None)
    s.alert("SN-VD-HUANZHONG-02", "cleared", "Minor", 40, "環中路車輛偵測器2 車速回升", None)
    s.dev("parking", "SN-PK-002", "full", 42, "經貿六停車場 汽車格位已滿", None)
    stem, n = s.write(
        "平日早尖峰，市區公車在經貿路黎明路口拋錨（A）；約20分鐘後，約420公尺外環中路近中清路有貨車掉落PVC管（B）。",
        [inc("A", "traffic", "經貿路黎明路口公車拋錨占用車道", a1["key"]),
         inc("B", "traffic", "環中路西向近中清路掉落物", b1["key"])],
        {"why": "經貿路環中路口的停滯與民眾來電位於兩案之間，可歸公車回堵而非掉落物回堵。",
         "incidents": [inc("A", "traffic", "經貿路黎明路口公車拋錨", a1["key"]),
                       inc("B", "traffic", "環中路掉落物", b1["key"])]})
    return stem, n

def s694():
    s = Sit(694, "liming_kaixuan_dark_junction_and_crash", "2026-06-03 20:10")
    X = J["黎明凱旋"]
    s.alert("SN-VD-LIMING-01", "congestion", "Minor", -15, "黎明路車輛偵測器1 平均車速 26 km/h", None)
    s.dev("signal", "SN-SIG-002", "fault", 2.8, "凱旋路/環中路二段 號誌 控制器異常", None)
    s.dev("signal", "SN-SIG-002", "restored", 3.6, "凱旋路/環中路二段 號誌 恢復正常", None)
    a1 = s.dev("signal", "SN-SIG-007", "fault", 0, "黎明路三段/凱旋路 號誌 燈號全熄", "A")
    s.dev("cctv", "SN-CCTV-007", "signal_dark", 1, "黎明路三段/凱旋路 號誌黑燈", "A", confidence=0.9)
    c = s.c1999("traffic_signal", s.near(X, 30, 120), 3, "黎明路凱旋路口紅綠燈全部不亮，車子都亂衝", "A", delay=5.0)
    s.dup(c, 2.0)
    s.c1999("traffic_signal", s.near(X, 60, 200), 5, "黎明路那個路口號誌壞了，沒有警察", "A")
    s.police("traffic_signal_fault", "Moderate", s.near(X, 0, 15), 6, "黎明路三段凱旋路口號誌全暗，已派員到場指揮交通，請交通局派修", "A", delay=1.5)
    s.alert("SN-VD-KAIXUAN-01", "congestion", "Moderate", 10, "凱旋路車輛偵測器1 平均車速 15 km/h", "A")
    s.c1999("traffic_signal", s.near(X, 100, 250), 12, "凱旋路靠近黎明路紅綠登不亮", "A")
    # B: crash in the dark junction before the officer got there / on a side approach
    b0 = s.c1999("traffic_accident", s.near(X, 30, 100), 21.5, "黎明凱旋路口兩台車對撞，有人流血", "B", alt="A", delay=2.0)
    fb = s.f119("ambulance", s.near(X, 0, 15), 22, "黎明路三段凱旋路口 汽車對撞 一名乘客頭部撕裂傷", "B", alt="A")
    s.police("injury_accident", "Moderate", s.near(X, 0, 15), 23, "黎明路凱旋路口號誌故障期間 自小客與自小貨路口碰撞 一人受傷", "B", alt="A")
    s.dev("cctv", "SN-CCTV-007", "stalled_vehicle", 22.5, "黎明路三段/凱旋路 偵測車輛停滯 路口中央", "B", alt="A", confidence=0.82)
    s.f119("ambulance", s.near(X, 0, 15), 35, "傷者送往澄清醫院中港院區", "B", alt="A", follows=fb["key"], status="returning")
    s.alert("SN-VD-LIMING-01", "congestion", "Severe", 26, "黎明路車輛偵測器1 平均車速 9 km/h", "A")
    s.police("traffic_signal_fault", "Minor", s.near(X, 0, 15), 48, "號誌廠商到場維修中，員警持續指揮", "A")
    s.dev("signal", "SN-SIG-007", "restored", 55, "黎明路三段/凱旋路 號誌 恢復正常", "A")
    s.police("injury_accident", "Minor", s.near(X, 0, 15), 58, "事故車輛已拖離，路口恢復通行", "B", alt="A")
    s.alert("SN-VD-KAIXUAN-01", "cleared", "Minor", 64, "凱旋路車輛偵測器1 車速回升", "A")
    # background
    s.c1999("streetlight", s.near(road_pt("liming", 0.2), 40, 150), 8, "黎明路三段一盞路燈閃爍，燈桿編號 XT-11802", None)
    s.dev("parking", "SN-PK-006", "full", 14, "臺中國際會展中心停車場 汽車格位已滿", None)
    s.c1999("noise", s.near(spos("SN-FA-011"), 40, 150), 18, "樓下燒烤店客人很吵", None)
    s.police("accident", "Minor", s.near(J["經貿經貿七"], 20, 80), 30, "經貿路經貿七路口 機車擦撞 無人受傷 雙方和解", None)
    s.alert("SN-VD-ZHONGKE-01", "congestion", "Minor", 33, "中科路車輛偵測器1 平均車速 25 km/h", None)
    s.c1999("illegal_parking", s.near(spos("SN-PK-006"), 60, 200), 40, "會展中心旁邊紅線停滿", None)
    s.dev("status", "SN-VD-LIMING-01", "offline", 70, "黎明路車輛偵測器1 離線", None)
    s.dev("status", "SN-VD-LIMING-01", "online", 76, "黎明路車輛偵測器1 連線", None)
    s.alert("SN-VD-ZHONGKE-01", "cleared", "Minor", 44, "中科路車輛偵測器1 車速回升", None)
    stem, n = s.write(
        "晚間黎明路凱旋路口號誌全暗（A），員警到場指揮；約20分鐘後同路口發生汽車對撞一人受傷（B）。凱旋環中號誌閃斷一分鐘即恢復。",
        [inc("A", "traffic", "黎明路凱旋路口號誌黑燈，派員指揮與派修", a1["key"]),
         inc("B", "traffic", "黑燈路口汽車對撞一人受傷", fb["key"])],
        {"why": "事故發生在同一黑燈路口、由同一組指揮員警處理，也可併為一案。",
         "incidents": [inc("A", "traffic", "黎明路凱旋路口號誌黑燈及路口事故", a1["key"])]},
        "SN-SIG-002 一分鐘閃斷不開案；SN-VD-LIMING-01 離線/連線為設備閃斷。")
    return stem, n

def s695():
    s = Sit(695, "jingmao_march_closure_detour_crash", "2026-09-27 14:00")
    P = road_pt("jingmao", 0.5)
    C = offset(spos("SN-VD-ZHONGKE-01"), 10, 60)
    pm = s.permit("march", P, -2880, 0, 150, "經貿路（環中路至中平路）遊行，14:00-16:30，預估2,000人，經貿路雙向封閉，車輛改道中科路、凱旋路", "A")
    s.permit("road_works", road_pt("zhongping", 0.8), -4320, -300, 480, "中平路（經貿路至皇城街）拓寬工程 外側車道縮減", None)
    c0 = s.police("road_closure", "Moderate", s.near(J["經貿環中"], 0, 20), -5, "配合遊行活動 經貿路環中路口起封閉，改道中科路", "A", delay=0.8)
    s.police("road_closure", "Moderate", s.near(J["經貿中平"], 0, 20), -3, "經貿路中平路口封閉，員警疏導", "A")
    s.dev("cctv", "SN-CCTV-006", "crowding", 20, "經貿路二段/經貿七路 人群聚集 移動中", "A", confidence=0.77)
    s.dev("parking", "SN-PK-005", "full", 12, "中央公園地下停車場(南) 汽車格位已滿", "A", alt=None)
    s.alert("SN-VD-ZHONGKE-01", "congestion", "Moderate", 15, "中科路車輛偵測器1 平均車速 14 km/h", "A", alt=None)
    s.alert("SN-VD-KAIXUAN-02", "congestion", "Moderate", 18, "凱旋路車輛偵測器2 平均車速 16 km/h", "A", alt=None)
    s.c1999("other", s.near(J["經貿黎明"], 40, 150), 16, "經貿路怎麼封起來了，公車都不進站", "A")
    s.c1999("noise", s.near(P, 80, 200), 30, "遊行隊伍敲鑼打鼓經過很吵，小孩在睡覺", "A", alt=None)
    s.c1999("other", s.near(C, 80, 220), 32, "改道之後中科路塞爆了，要不要派人指揮", "A", alt=None)
    # B: crash in the detour traffic on 中科路
    b1 = s.police("accident", "Moderate", s.near(C, 0, 15), 35, "中科路北向 改道車流中自小客追撞機車 騎士手擦傷", "B", delay=1.5)
    s.c1999("traffic_accident", s.near(C, 40, 150), 35.5, "中科路這邊汽車撞機車，騎士坐在路邊", "B")
    fb = s.f119("ambulance", s.near(C, 0, 15), 37, "中科路近中央公園 汽機車事故 騎士手部擦傷", "B")
    s.alert("SN-VD-ZHONGKE-01", "congestion", "Severe", 39, "中科路車輛偵測器1 平均車速 6 km/h", "B", alt="A")
    s.f119("ambulance", s.near(C, 0, 15), 50, "傷者拒絕送醫 返隊", "B", follows=fb["key"], status="returning")
    s.police("accident", "Minor", s.near(C, 0, 15), 55, "中科路事故車輛已移置路邊，恢復通行", "B", follows=[b1["key"]])
    s.dev("cctv", "SN-CCTV-011", "crowding", 110, "經貿路/中平路 人群聚集 停留", "A", confidence=0.69)
    s.police("crowd_control", "Minor", s.near(J["經貿中平"], 0, 30), 125, "遊行隊伍抵達中平路口解散，員警疏導人潮", "A")
    s.police("road_closure", "Minor", s.near(J["經貿環中"], 0, 20), 158, "遊行結束，經貿路解除管制恢復通行", "A", follows=[c0["key"]])
    s.alert("SN-VD-KAIXUAN-02", "cleared", "Minor", 165, "凱旋路車輛偵測器2 車速回升", "A", alt=None)
    s.alert("SN-VD-ZHONGKE-01", "cleared", "Minor", 170, "中科路車輛偵測器1 車速回升", "A", alt=None)
    # background
    s.police("accident", "Minor", s.near(J["河南中平"], 20, 80), 45, "河南路中平路口 兩車擦撞 無人受傷 雙方和解", None)
    s.c1999("illegal_parking", s.near(spos("SN-PK-003"), 40, 150), 60, "河南路停車場入口被車擋住", None)
    s.alert("SN-VD-HUANZHONG-04", "congestion", "Minor", 70, "環中路車輛偵測器4 平均車速 27 km/h", None)
    s.c1999("streetlight", s.near(road_pt("kaixuan", 0.7), 40, 150), 90, "凱旋路一盞路燈燈罩快掉下來", None)
    s.dev("parking", "SN-PK-003", "full", 95, "河南路停車場 汽車格位已滿", None, alt="A")
    s.alert("SN-VD-HUANZHONG-04", "cleared", "Minor", 100, "環中路車輛偵測器4 車速回升", None)
    s.c1999("road_damage", s.near(road_pt("zhongping", 0.8), 40, 150), 120, "中平路施工路段鐵板翹起來，車子壓過去很大聲", None)
    stem, n = s.write(
        "週日下午經貿路遊行（A），經貿路雙向封閉，車流改道中科路與凱旋路；改道車流中於中科路發生汽機車追撞（B）。中平路拓寬工程照常施工。",
        [inc("A", "crowd", "經貿路遊行與交通管制、改道壅塞", c0["key"]),
         inc("B", "traffic", "中科路改道車流中的汽機車追撞", b1["key"])],
        {"why": "改道路線的壅塞是許可內可預期的效果，也可不歸任何案件；停車場滿同理。",
         "incidents": [inc("A", "crowd", "經貿路遊行與交通管制", c0["key"]),
                       inc("B", "traffic", "中科路追撞（含其後的嚴重壅塞）", b1["key"])]},
        "許可本身於兩天前送達；遊行的封路一開始即開案。中平路工程許可為背景。")
    return stem, n

def s696():
    s = Sit(696, "huanzhong_wrong_way_drunk_driver", "2026-02-14 02:10")
    W0 = J["台74環中"]
    X = offset(J["中科環中"], -90, -20)
    s.c1999("noise", s.near(spos("SN-FA-012"), 50, 150), -20, "對面KTV散場，一群人在路邊大聲喧嘩", None)
    s.dev("status", "SN-VD-HUANZHONG-01", "offline", -12, "環中路車輛偵測器1 離線", None)
    s.alert("SN-VD-HUANZHONG-01", "sensor_offline", "Minor", -2, "環中路車輛偵測器1 超過10分鐘未回傳", None)
    w1 = s.dev("cctv", "SN-CCTV-001", "wrong_way", 0, "台74線/環中路二段 偵測逆向行駛 自小客 往東", "A", confidence=0.88)
    s.dup(w1, 3.0)
    s.dev("cctv", "SN-CCTV-002", "wrong_way", 0.8, "凱旋路/環中路二段 偵測逆向行駛", "A", confidence=0.74)
    p1 = s.police("wrong_way_driver", "Severe", s.near(W0, 50, 200), 1.5, "民眾110報案 環中路二段西向車道有白色自小客逆向往東行駛，派巡邏車攔查", "A", delay=0.8)
    s.c1999("other", s.near(offset(W0, 250, 80), 20, 100), 2, "環中路有一台車逆向開過來，差點撞到我，好像喝醉", "A", delay=12.0)
    # the crash
    s.dev("cctv", "SN-CCTV-003", "stalled_vehicle", 5.5, "中科路/環中路二段 偵測車輛停滯", "A", confidence=0.69)
    f = s.f119("ambulance", s.near(X, 0, 15), 6, "環中路二段近中科路 逆向自小客與機車對撞 騎士意識不清", "A", alt="B")
    s.dup(f, 0.8)
    s.police("injury_accident", "Severe", s.near(X, 0, 15), 7, "環中路二段近中科路 逆向自小客撞擊機車 騎士重傷 駕駛疑酒駕 已控制", "A", alt="B", delay=1.2, follows=[p1["key"]])
    s.c1999("traffic_accident", s.near(X, 50, 180), 8, "環中路中科路那邊車禍，機車整台飛出去", "A", alt="B")
    s.f119("ambulance", s.near(X, 0, 15), 16, "騎士送往臺中榮總急救", "A", alt="B", follows=f["key"], status="returning")
    s.police("road_closure", "Moderate", s.near(X, 0, 30), 15, "環中路二段中科路口至經貿路口西向封閉 事故處理及蒐證", "A", alt="B")
    s.dev("status", "SN-VD-HUANZHONG-01", "online", 18, "環中路車輛偵測器1 連線", None)
    s.dev("status", "SN-CCTV-009", "offline", 20, "臺灣大道/環中路 路口監視器 離線", None)
    s.dev("status", "SN-CCTV-009", "online", 26, "臺灣大道/環中路 路口監視器 連線", None)
    s.police("public_disturbance", "Minor", s.near(J["河南中平"], 30, 120), 22, "河南路熱炒店外酒客口角，員警到場勸離，無人受傷", None)
    s.c1999("illegal_parking", s.near(J["黎明凱旋"], 40, 150), 30, "黎明路一台車停在公車站很久", None)
    s.police("wrong_way_driver", "Moderate", s.near(X, 0, 15), 50, "逆向駕駛酒測值0.82mg/L，依公共危險罪移送", "A", follows=[p1["key"]])
    s.police("road_closure", "Minor", s.near(X, 0, 30), 78, "事故現場清理完畢，環中路西向恢復通行", "A", alt="B")
    s.c1999("streetlight", s.near(road_pt("huanzhong", 0.55), 40, 150), 40, "環中路中科路口附近路燈不亮，事故那邊很暗", None, alt="B")
    s.c1999("noise", s.near(spos("SN-FA-011"), 50, 150), 45, "半夜救護車跟警車一直響", None)
    s.alert("SN-VD-HUANZHONG-02", "congestion", "Minor", 20, "環中路車輛偵測器2 平均車速 22 km/h（封閉車道）", "A", alt="B")
    s.c1999("other", s.near(J["經貿環中"], 60, 200), 60, "轉運中心外面有人躺在椅子上睡覺", None)
    s.police("accident", "Minor", s.near(J["經貿中平"], 20, 80), 65, "經貿路中平路口 自小客撞路邊護欄 駕駛無傷 自行離去", None)
    stem, n = s.write(
        "凌晨，台74線下環中路有自小客逆向往東（CCTV兩支、110報案），約六分鐘後在環中路近中科路與機車對撞，騎士重傷，駕駛疑酒駕。",
        [inc("A", "traffic", "環中路酒駕逆向車輛及其造成的對撞事故", w1["key"])],
        {"why": "逆向攔查與對撞事故可分為兩案：攔查案在撞擊時結案，事故由事故處理小組與救護另開案。",
         "incidents": [inc("A", "traffic", "環中路逆向駕駛（攔查、酒測移送）", w1["key"]),
                       inc("B", "traffic", "環中路近中科路逆向車撞機車重傷事故", f["key"])]},
        "事故旁路燈不亮的通報在另一讀法中可歸事故現場。1999 逆向來電延遲12分鐘才建檔。")
    return stem, n

if __name__ == "__main__":
    for fn in (s691, s692, s693, s694, s695, s696):
        print(*fn())
