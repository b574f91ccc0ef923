"""Situations 651-656."""
from lib import Sit, spos

def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}

# ---------------------------------------------------------------- 651
def s651():
    # Weekday morning rush 07:38 local = 23:38Z previous day. Two injury crashes 4 min apart on 凱旋路,
    # one at 環中路二段 junction, one at 黎明路三段 junction (~330 m south).
    s = Sit(651, "twin_crashes_kaixuan_morning", "2026-03-09T23:30:00Z")
    A = spos("SN-SIG-002"); B = spos("SN-SIG-007")
    # background first
    s.rule("vd-hz1", "SN-VD-HUANZHONG-01", "congestion", 1, truth=None, text="環中路尖峰車速下降 平均28km/h")
    s.dev("pk1", "parking", "SN-PK-001", "full", 3, truth=None, text="水湳轉運中心停車場 汽車位已滿")
    s.call("bg-light", "streetlight", 120.6501, 24.1890, -300, None, "凱旋路路燈編號XT-08812不亮，已經兩天了", keyed=310)
    # crash A
    s.dev("cA", "cctv", "SN-CCTV-002", "accident", 8.2, truth="A", text="路口偵測碰撞事件", confidence=0.71)
    s.ev("pA", "incident", "police", "injury_accident", "Moderate", A[0] + 0.0001, A[1] - 0.0001, 9, 1.5, "A",
         "凱旋路與環中路二段口 機車與自小客擦撞 機車騎士倒地 意識清楚 已通報119", unit="第六分局西屯派出所")
    s.ev("fA", "119", "fire", "ambulance", "Unknown", A[0] + 0.0002, A[1] - 0.0001, 9.8, 0.4, "A",
         "凱旋路環中路口 車禍 一名傷患 派遣西屯分隊救護車")
    s.call("cA1", "traffic_accident", A[0], A[1], 8.5, "A", "環中路凱旋路口有機車跟汽車撞到，人躺在地上", keyed=4.5)
    s.call("cA2", "traffic_accident", A[0], A[1], 9.1, "A", "凱旋路口車禍 機車倒在路中間", keyed=6.2)
    # crash B: 4 minutes later, 330 m south
    s.ev("pB", "incident", "police", "injury_accident", "Moderate", B[0] - 0.0001, B[1] + 0.0001, 12.5, 2.1, "B",
         "黎明路三段與凱旋路口 自小客左轉未禮讓直行機車 騎士腿部受傷 請求救護", unit="第六分局西屯派出所")
    s.dev("cB", "cctv", "SN-CCTV-007", "accident", 12.4, truth="B", text="路口偵測碰撞事件", confidence=0.64)
    s.ev("fB", "119", "fire", "ambulance", "Unknown", B[0], B[1] + 0.0001, 14.0, 0.3, "B",
         "黎明路凱旋路口 車禍 一名傷患腿部開放性傷口 派遣救護車")
    s.call("cB1", "traffic_accident", B[0], B[1], 12.8, "B", "黎明路凱旋路那邊又一台機車被撞", keyed=5.0)
    s.call("cB2", "traffic_accident", A[0], A[1], 13.5, "B", "凱旋路上又有車禍，在前面一點黎明路那邊", keyed=7.3, lo=120, hi=200)
    # the queue: congestion on 凱旋路 detectors is the crashes' effect
    s.rule("vd-kx1", "SN-VD-KAIXUAN-01", "congestion", 15, truth="A", text="凱旋路車速驟降 平均9km/h 佔有率62%")
    s.rule("vd-lm1", "SN-VD-LIMING-01", "congestion", 18, truth="B", text="黎明路車速下降 平均14km/h")
    s.rule("vd-hz2", "SN-VD-HUANZHONG-02", "congestion", 17, truth="A", text="環中路二段車速下降 平均15km/h")
    s.dup("pA", 0.5)
    s.ev("pA2", "incident", "police", "injury_accident", "Moderate", A[0] + 0.0001, A[1] - 0.0001, 24, 1.2, "A",
         "續報：傷者已由救護車送醫 現場車輛移置路邊 外側車道恢復通行", unit="第六分局西屯派出所", follows="pA")
    s.ev("fA2", "119", "fire", "ambulance", "Unknown", A[0] + 0.0002, A[1] - 0.0001, 20, 0.4, "A",
         "救護車到達現場 傷患送往中國醫藥大學附設醫院", follows="fA")
    s.ev("fB2", "119", "fire", "ambulance", "Unknown", B[0], B[1] + 0.0001, 23, 0.5, "B",
         "救護車到達 傷患送往臺中榮總", follows="fB")
    s.ev("pB2", "incident", "police", "injury_accident", "Moderate", B[0] - 0.0001, B[1] + 0.0001, 31, 4.5, "B",
         "續報：肇事自小客駕駛酒測值0 已製作筆錄 車輛拖離", unit="第六分局西屯派出所", follows="pB")
    s.call("cB3", "traffic_accident", B[0], B[1], 16, "B", "黎明路口有人受傷，救護車還沒來嗎", keyed=4)
    s.dup("cA1", 3)
    # unrelated small things on the same morning
    s.ev("p-park", "incident", "police", "stalled_vehicle", "Minor", 120.6538, 24.1812, 20, 2, None,
         "中科路南段 自小客拋錨於路邊停車格外 已請車主聯絡拖吊", unit="第六分局西屯派出所")
    s.call("bg-park", "illegal_parking", 120.6551, 24.1953, 26, None, "經貿六停車場出口有車違停擋住出口")
    s.rule("vd-zq1", "SN-VD-ZHONGQING-01", "congestion", 10, truth=None, text="中清路尖峰車速下降 平均22km/h")
    s.dev("kx-sig", "signal", "SN-SIG-007", "fault", 13.1, truth="B", text="號誌控制器通訊中斷")
    s.dev("kx-sig2", "signal", "SN-SIG-007", "restored", 19.0, truth="B", text="號誌恢復正常")
    s.rule("vd-kx1c", "SN-VD-KAIXUAN-01", "cleared", 44, truth="A", sev="Minor", text="凱旋路車速恢復")
    s.call("cA3", "traffic_accident", A[0], A[1], 28, "A", "剛剛凱旋路環中路口的車禍車子移走了沒？我要過去", keyed=3)
    s.rule("vd-hz4", "SN-VD-HUANZHONG-04", "congestion", 30, truth=None, text="環中路尖峰車速下降 平均31km/h")
    n = s.write("週一早上尖峰，凱旋路上相隔四分鐘、約330公尺的兩起機車受傷車禍，各自有救護車與警方處理。",
        [inc("A", "traffic", "凱旋路/環中路二段口 機車與自小客擦撞 一人受傷", "pA"),
         inc("B", "traffic", "黎明路三段/凱旋路口 左轉未禮讓 機車騎士受傷", "pB")],
        alt={"why": "兩起車禍在同一條凱旋路上相隔四分鐘、約330公尺；有調度員會把第二起視為第一起壅塞車陣中的二次事故，開成同一件交通案。", "map": {"B": "A"},
             "incidents": [inc("A", "traffic", "凱旋路連續兩起受傷車禍（含二次事故）", "pA")]})
    return n

# ---------------------------------------------------------------- 652
def s652():
    # Afternoon thunderstorm 15:20 local (07:20Z). Water rises at the 經貿路 low point and spreads south
    # along 經貿路 to 中平路 over about 90 minutes. A tree falls on 中科路 in the same storm.
    s = Sit(652, "flood_creeping_jingmao_afternoon", "2026-06-12T07:20:00Z")
    FL8 = (120.6596, 24.1825); J_ZP = (120.6603, 24.1738); ZP_E = (120.6640, 24.1748)
    s.rule("r-cwa", "C0F9T0", "heavy_rain", 0, 1.5, None, level="大雨", text="西屯站 1小時雨量 46.5mm")
    s.rule("r-park", "SN-RG-001", "heavy_rain", 2, 0.5, None, level="大雨", text="中央公園雨量站 1小時雨量 52.0mm")
    s.rule("fl8a", "SN-FL-008", "flood_depth", 9, 0.5, "F", level="1-15", text="經貿路低窪處 淹水深度 8cm")
    s.rule("wl3a", "SN-WL-003", "water_level", 14, 0.6, "F", level="3", text="水湳區域排水經貿路水位 1.43m 達三級警戒")
    s.call("c1", "flooding", *FL8, 17, "F", "經貿路三段靠敦化路這邊路面積水，快到腳踝了", keyed=6)
    s.rule("fl8b", "SN-FL-008", "flood_depth", 24, 0.4, "F", level="16-30", text="經貿路低窪處 淹水深度 21cm")
    s.dup("fl8b", 1.0)
    s.rule("vd-jm2", "SN-VD-JINGMAO-02", "congestion", 27, 0.5, "F", text="經貿路車速下降 平均12km/h")
    s.call("c2", "flooding", *FL8, 26, "F", "生態住宅B區門口前面經貿路整片水，機車過不去", keyed=7)
    s.ev("p1", "incident", "police", "flooding_report", "Moderate", 120.6594, 24.1829, 31, 2.5, "F",
         "經貿路三段近敦化路口 路面積水約20公分 外側車道機車熄火多部 已派員管制", unit="第五分局")
    s.rule("fl4a", "SN-FL-004", "flood_depth", 33, 0.5, "F", level="16-30", text="中央公園滯洪池4 水深 24cm")
    s.rule("wl3b", "SN-WL-003", "water_level", 38, 0.6, "F", level="2", text="水湳區域排水經貿路水位 1.84m 達二級警戒")
    s.call("c3", "blocked_drain", 120.6599, 24.1800, 40, "F", "經貿路這邊水溝蓋一直冒水出來，排不掉", keyed=5, lo=20, hi=80)
    s.call("c4", "flooding", 120.6601, 24.1785, 46, "F", "經貿路往中平路方向也開始淹了", keyed=8)
    s.rule("fl8c", "SN-FL-008", "flood_depth", 52, 0.4, "F", level=">30", text="經貿路低窪處 淹水深度 34cm")
    s.ev("p2", "incident", "police", "road_closure", "Severe", 120.6597, 24.1822, 55, 2.0, "F",
         "經貿路三段敦化路至中平路段 積水過深 雙向封閉 車輛改道中科路", unit="第五分局")
    s.dev("cc11a", "cctv", "SN-CCTV-011", "flooding", 61, truth="F", text="路面積水偵測", confidence=0.77)
    s.call("c5", "flooding", *J_ZP, 63, "F", "經貿路中平路口積水，車子開過去水花很大", keyed=9)
    s.rule("vd-zp2", "SN-VD-ZHONGPING-02", "congestion", 66, 0.5, "F", text="中平路車速下降 平均10km/h")
    s.call("c6", "flooding", *ZP_E, 72, "F", "中平路靠近經貿路那段淹水，有車子熄火卡在路中間", keyed=6)
    s.ev("p3", "incident", "police", "stalled_vehicle", "Moderate", 120.6622, 24.1741, 74, 3.0, "F",
         "中平路近經貿路口 自小客涉水熄火 已協助推離 積水約25公分", unit="第五分局", follows="p2")
    s.call("c7", "flooding", *ZP_E, 80, "F", "中平路積水還沒退，水溝都滿的", keyed=10)
    s.rule("wl3c", "SN-WL-003", "water_level", 84, 0.6, "F", level="1", text="水湳區域排水經貿路水位 2.23m 達一級警戒")
    s.call("c8", "flooding", *J_ZP, 88, "F", "經貿路中平路口還是淹，公車都停在那邊", keyed=7)
    s.rule("fl8d", "SN-FL-008", "flood_depth", 105, 0.4, "F", level="16-30", text="經貿路低窪處 淹水深度 18cm 下降中")
    s.ev("p4", "incident", "police", "road_closure", "Moderate", 120.6597, 24.1822, 118, 3.0, "F",
         "經貿路三段積水退至10公分以下 解除封閉 恢復通行", unit="第五分局", follows="p2")
    s.rule("fl8e", "SN-FL-008", "cleared", 132, 0.5, "F", sev="Minor", text="經貿路低窪處 淹水解除")
    # fallen tree on 中科路, same storm, its own job
    s.call("t1", "fallen_tree", 120.6535, 24.1850, 36, "T", "中科路公園旁邊一棵樹倒下來擋住一個車道", keyed=5, lo=20, hi=60)
    s.ev("pt", "incident", "police", "fallen_object", "Moderate", 120.6536, 24.1852, 43, 1.5, "T",
         "中科路近流行影音中心 路樹傾倒佔用內側車道 已擺放三角錐 通知養工處", unit="第六分局")
    s.rule("vd-zk", "SN-VD-ZHONGKE-01", "congestion", 45, 0.5, "T", text="中科路車速下降 平均18km/h")
    s.call("t2", "fallen_tree", 120.6535, 24.1850, 70, "T", "中科路倒樹還沒清，車子都要繞", keyed=4, lo=20, hi=80)
    # background
    s.rule("r-hub", "SN-RG-002", "heavy_rain", 4, 0.5, None, level="大雨", text="轉運中心雨量站 1小時雨量 41.0mm")
    s.rule("fl2", "SN-FL-002", "flood_depth", 48, 0.5, None, level="1-15", text="中央公園滯洪池2 水深 9cm")
    s.call("bg1", "illegal_parking", 120.6545, 24.1962, 20, None, "經貿六路違停在紅線上")
    s.call("bg2", "noise", 120.6640, 24.1890, 58, None, "鄰居裝潢一直敲牆")
    s.rule("vd-hz3", "SN-VD-HUANZHONG-03", "congestion", 95, 0.5, None, text="環中路車速下降 平均25km/h")
    s.dev("pk5", "parking", "SN-PK-005", "full", 64, truth=None, text="中央公園地下停車場(南) 汽車位已滿")
    for it in s.items:
        if it["key"] in {s.K(k) for k in ("cc11a", "c5", "vd-zp2", "c6", "p3", "c7", "c8")}:
            it["truth_alt"] = "F2"
    n = s.write("午後雷陣雨，經貿路低窪處先積水，約90分鐘內沿經貿路向南蔓延到中平路口與中平路東段；同一場雨中科路倒樹。",
        [inc("F", "flood", "經貿路三段至中平路口沿線積淹水，排水水位升至一級警戒，封路改道", "fl8b"),
         inc("T", "traffic", "中科路路樹傾倒佔用車道", "pt")],
        alt={"why": "淹水從經貿路低窪處一路延伸到中平路，相距約1公里；分區調度時可能把中平路段（CCTV-011、中平路偵測器與中平路民眾通報）另開一案。", "map": {},
             "incidents": [inc("F", "flood", "經貿路三段低窪處積淹水與封路", "fl8b"),
                           inc("F2", "flood", "經貿路中平路口與中平路東段積水", "cc11a"),
                           inc("T", "traffic", "中科路路樹傾倒佔用車道", "pt")]},
        notes="雨量警報視為天氣背景（null）。滯洪池水深在附近已有淹水案時併入該案。")
    return n

# ---------------------------------------------------------------- 653
CALL_TEXTS_FIRE = [
    "敦化路這邊有大樓冒黑煙，好像是住宅", "生態住宅那邊失火了，很多煙", "我家窗戶看出去對面大樓有火光",
    "敦化路一段有燒焦味，煙很大", "經貿路三段這邊聞到很重的燒東西味道", "B區那棟大樓好像有人家裡燒起來",
    "大樓警報一直響，住戶都跑下樓了", "有火災！敦化路靠公園那邊", "中央公園旁邊的住宅冒煙，消防車來了沒",
    "樓上在冒煙，我們在中庭", "路上都是煙，騎車看不到前面", "好像是七樓還是八樓陽台在燒",
    "對面公寓火很大，有人在陽台喊", "聞到塑膠燒焦的味道，從敦化路那邊飄過來", "是不是有火災？好多煙往公園飄",
    "住宅區失火，拜託快點派人", "消防車進不去巷子，快一點", "我剛剛打過了，火還在燒",
    "水湳這邊的大樓著火，很多人在樓下", "生態住宅B棟失火，我是住戶已經逃出來了", "煙一直往我們這邊吹，要不要關窗",
    "敦化路經貿路口附近房子燒起來", "有很大的爆裂聲然後就冒煙", "公園東邊那排大樓有一間在燒",
    "火好像變小了，但是煙還很多", "我朋友住那棟，電話打不通，可以幫忙嗎", "大樓門口很多人圍觀",
    "請問敦化路那邊火災有沒有人受傷", "中國醫藥大學旁邊好像失火", "A區那棟冒煙，在經貿路三段",
]

def s653():
    # Wednesday 22:04 local (14:04Z): fire in an apartment in 水湳生態住宅 B區 (SN-FA-012). 1999 lights up first.
    s = Sit(653, "apartment_fire_1999_burst_night", "2026-11-18T14:00:00Z")
    fa = (120.659, 24.1815)
    n_calls = len(CALL_TEXTS_FIRE)
    for i, txt in enumerate(CALL_TEXTS_FIRE):
        obs = 4 + i * 0.9 + s.rng.uniform(0, 0.8)
        keyed = 3 + i * 0.35 + s.rng.uniform(0, 3)   # the desk falls behind during the burst
        if "中國醫藥大學" in txt:
            s.call(f"c{i:02d}", "fire_smoke", 120.6592, 24.1740, obs, "F", txt, keyed=keyed, lo=10, hi=60)
        elif "A區" in txt:
            s.call(f"c{i:02d}", "fire_smoke", 120.6588, 24.1838, obs, "F", txt, keyed=keyed, lo=10, hi=40)
        elif "消防車進不去" in txt:
            s.call(f"c{i:02d}", "illegal_parking", *fa, obs, "F", txt, keyed=keyed, lo=40, hi=90)
        else:
            s.call(f"c{i:02d}", "fire_smoke", *fa, obs, "F", txt, keyed=keyed, lo=30, hi=220)
    s.dup("c03", 0.2); s.dup("c11", 0.1); s.dup("c20", 1.5)
    s.dev("fa", "fire_alarm", "SN-FA-012", "alarm", 5.5, 0.3, "F", text="7F 偵煙式探測器動作 第3迴路")
    s.dev("fa2", "fire_alarm", "SN-FA-012", "alarm", 6.4, 0.3, "F", text="8F 偵煙式探測器動作 第4迴路")
    s.ev("f1", "119", "fire", "fire", "Unknown", 120.6591, 24.1814, 6.0, 0.5, "F",
         "北屯區敦化路一段 集合住宅火警 派遣北屯、西屯分隊 水箱車2 雲梯車1 救護車1", status="dispatched")
    s.ev("f2", "119", "fire", "fire", "Unknown", 120.6591, 24.1814, 12.5, 0.4, "F",
         "第一梯次到達現場 7樓住戶陽台起火 濃煙竄出 進行搜救", status="on_scene", follows="f1")
    s.ev("p1", "incident", "police", "fire_report", "Severe", 120.6586, 24.1812, 11, 2.0, "F",
         "敦化路一段集合住宅火警 協助疏散住戶並管制圍觀民眾", unit="第五分局")
    s.ev("p2", "incident", "police", "road_closure", "Moderate", 120.6582, 24.1818, 16, 2.5, "F",
         "敦化路一段經貿路至公園段 因火警救災暫時封閉", unit="第五分局", follows="p1")
    s.ev("f3", "119", "fire", "ambulance", "Unknown", 120.6591, 24.1814, 21, 0.5, "F",
         "火警現場 住戶一名吸入濃煙 送中國醫藥大學附設醫院", follows="f1")
    s.ev("f4", "119", "fire", "fire", "Unknown", 120.6591, 24.1814, 31, 0.5, "F",
         "火勢控制 殘火處理中", status="on_scene", follows="f1")
    s.dev("fa3", "fire_alarm", "SN-FA-012", "normal", 47, 0.3, "F", text="受信總機復歸")
    s.ev("f5", "119", "fire", "fire", "Unknown", 120.6591, 24.1814, 58, 0.5, "F",
         "火勢撲滅 燃燒面積約15平方公尺 人員返隊", status="returning", follows="f1")
    s.call("c-late", "fire_smoke", *fa, 66, "F", "剛剛火災那棟好像又有一點煙，消防隊還在嗎", keyed=4)
    # background
    s.call("bg1", "noise", 120.6625, 24.1860, 10, None, "樓下KTV很吵，都幾點了", keyed=12)
    s.call("bg2", "fire_smoke", 120.6561, 24.1772, 40, None, "公園南邊有人在燒東西，有煙", keyed=6, lo=20, hi=60)
    s.call("bg3", "streetlight", 120.6545, 24.1920, 25, None, "綠美圖旁邊路燈一閃一閃", keyed=15)
    s.rule("vd", "SN-VD-JINGMAO-02", "congestion", 20, 0.5, "F", text="經貿路車速下降 平均16km/h")
    s.dev("sig", "status", "SN-VD-ZHONGPING-02", "offline", 35, truth=None, text="設備連線逾時")
    s.dev("sig2", "status", "SN-VD-ZHONGPING-02", "online", 38, truth=None, text="設備恢復連線")
    n = s.write(f"夜間集合住宅火警：{n_calls}通1999來電（有人說錯地點、有人重撥、有人問家人），火警受信總機、119派遣與警方封路。",
        [inc("F", "fire", "水湳生態住宅B區集合住宅7樓火警，住戶疏散，一人送醫", "fa")],
        notes="說成中國醫藥大學或A區的來電是同一場火的錯誤地點；公園南邊燒東西的來電與本案無關。")
    return n

# ---------------------------------------------------------------- 654
def s654():
    # Saturday concert at 臺中流行影音中心, 19:00-21:00 local (11:00Z-13:00Z). Situation 18:00-22:00 local.
    s = Sit(654, "concert_evening_small_incidents", "2026-05-16T10:00:00Z")
    V = (120.652, 24.185)
    s.ev("perm", "planned_event", "police", "concert", "Unknown", *V, 60, -4320, "C",
         "臺中流行影音中心 戶外演唱會 預估入場18,000人 凱旋路、中科路散場時段交通管制 半徑400公尺",
         ends=180, alt=None)
    s.dev("pk4", "parking", "SN-PK-004", "full", 32, truth=None, text="中央公園地下停車場(北) 汽車位已滿")
    s.rule("vd-k2a", "SN-VD-KAIXUAN-02", "congestion", 38, 0.5, None, text="凱旋路車速下降 平均17km/h")
    s.dev("pk6", "parking", "SN-PK-006", "full", 41, truth=None, text="臺中國際會展中心停車場 汽車位已滿")
    s.rule("vd-zk", "SN-VD-ZHONGKE-01", "congestion", 44, 0.5, None, text="中科路車速下降 平均15km/h")
    s.call("bg-p1", "illegal_parking", 120.6532, 24.1880, 50, None, "中科路兩邊都違停，車道剩一線", keyed=8)
    s.dev("pk5", "parking", "SN-PK-005", "full", 52, truth=None, text="中央公園地下停車場(南) 汽車位已滿")
    s.call("bg-p2", "illegal_parking", 120.6512, 24.1870, 65, None, "凱旋路人行道上停滿機車", keyed=11)
    s.ev("theft", "incident", "police", "theft", "Minor", 120.6522, 24.1848, 71, 6, None,
         "流行影音中心入口 民眾報案皮夾遭竊 已受理", unit="第六分局")
    # smoke machine trips the venue panel
    s.dev("fa1", "fire_alarm", "SN-FA-006", "alarm", 78, 0.3, "X", alt=None, text="舞台區 偵煙式探測器動作")
    s.ev("fx", "119", "fire", "fire", "Unknown", 120.652, 24.185, 79.5, 0.4, "X",
         "臺中流行影音中心 火警受信 派遣西屯分隊查看", status="dispatched", alt=None)
    s.dev("fa2", "fire_alarm", "SN-FA-006", "normal", 83, 0.3, "X", alt=None, text="受信總機復歸")
    s.ev("fx2", "119", "fire", "fire", "Unknown", 120.652, 24.185, 92, 0.4, "X",
         "到場確認為舞台煙霧機觸發偵煙器 非火災 返隊", status="returning", follows="fx", alt=None)
    # fainted spectator
    s.ev("amb", "119", "fire", "ambulance", "Unknown", 120.6517, 24.1853, 101, 0.4, "R",
         "流行影音中心搖滾區 女性觀眾昏厥 意識不清 派遣救護車", status="dispatched")
    s.ev("amb2", "119", "fire", "ambulance", "Unknown", 120.6517, 24.1853, 114, 0.4, "R",
         "患者已送往中國醫藥大學附設醫院", status="returning", follows="amb")
    # scooter crash on 中科路
    s.call("t1", "traffic_accident", 120.6532, 24.1905, 139, "T", "中科路靠近綠美圖那邊機車自己滑倒，人有爬起來", keyed=5)
    s.ev("pt", "incident", "police", "accident", "Minor", 120.6531, 24.1906, 141, 3, "T",
         "中科路北段 機車自摔 騎士擦傷拒絕送醫 佔用外側車道", unit="第六分局")
    s.ev("pt2", "incident", "police", "accident", "Minor", 120.6531, 24.1906, 155, 2, "T",
         "續報：機車已移置路邊 恢復通行", unit="第六分局", follows="pt")
    # exit surge
    s.ev("cc1", "incident", "police", "crowd_control", "Moderate", 120.6515, 24.1852, 182, 1.5, "C",
         "演唱會散場 人潮溢入凱旋路車道 請求增派警力疏導", unit="第六分局")
    s.call("c1", "crowding", *V, 183, "C", "散場人太多，大家都走到馬路上了", keyed=6)
    s.rule("vd-k2b", "SN-VD-KAIXUAN-02", "congestion", 185, 0.5, "C", text="凱旋路車速驟降 平均4km/h 佔有率71%")
    s.call("c2", "crowding", 120.6530, 24.1860, 186, "C", "中科路這邊人車爭道，很危險", keyed=7)
    s.ev("cl", "incident", "police", "road_closure", "Moderate", 120.6512, 24.1855, 190, 2, "C",
         "凱旋路中科路至黎明路段 散場人潮管制 暫時封閉20分鐘", unit="第六分局", follows="cc1")
    s.call("c3", "crowding", 120.6510, 24.1885, 192, "C", "凱旋路公車站擠滿人，公車都進不來", keyed=9)
    s.dup("cc1", 2)
    s.rule("vd-lm", "SN-VD-LIMING-01", "congestion", 195, 0.5, "C", text="黎明路車速下降 平均11km/h")
    s.ev("cl2", "incident", "police", "road_closure", "Minor", 120.6512, 24.1855, 213, 2, "C",
         "凱旋路解除管制 人潮已疏散", unit="第六分局", follows="cc1")
    # after the show: noise and small things
    s.call("n1", "noise", 120.6590, 24.1840, 200, None, "演唱會結束了外面還是很吵，一直有人大叫", keyed=10)
    s.call("n2", "noise", 120.6585, 24.1822, 206, None, "公園裡一群人在喝酒唱歌", keyed=12)
    s.call("n3", "noise", 120.6600, 24.1810, 226, None, "機車一直催油門很吵", keyed=9)
    s.call("bg-l", "streetlight", 120.6540, 24.1830, 215, None, "中科路散場的路上路燈壞了一盞", keyed=20)
    s.call("bg-o", "other", 120.6525, 24.1849, 175, None, "我在影音中心撿到一支手機要交給誰", keyed=15)
    s.rule("vd-k2c", "SN-VD-KAIXUAN-02", "cleared", 232, 0.5, "C", sev="Minor", text="凱旋路車速恢復")
    n = s.write("週六晚間流行影音中心演唱會：散場人潮溢入凱旋路需管制；期間另有煙霧機誤觸火警、觀眾昏厥送醫、中科路機車自摔，以及竊盜、違停、噪音等背景通報。",
        [inc("C", "crowd", "演唱會散場人潮溢入凱旋路，警方封路疏導（含演唱會許可）", "cc1"),
         inc("X", "fire", "流行影音中心火警受信，到場確認煙霧機誤觸", "fx"),
         inc("R", "rescue", "演唱會觀眾昏厥送醫", "amb"),
         inc("T", "traffic", "中科路機車自摔佔用車道", "pt")],
        alt={"why": "演唱會許可本身不是工作，可能只當背景；煙霧機誤觸的火警在119到場前就復歸，有的調度員只記錄不開案。", "map": {},
             "incidents": [inc("C", "crowd", "演唱會散場人潮溢入凱旋路，警方封路疏導", "cc1"),
                           inc("R", "rescue", "演唱會觀眾昏厥送醫", "amb"),
                           inc("T", "traffic", "中科路機車自摔佔用車道", "pt")]},
        notes="散場前的停車場額滿與車流壅塞是演唱會預期內的交通，屬背景。")
    return n

# ---------------------------------------------------------------- 655
def s655():
    # Tuesday 02:33 local (18:33Z): a car hits the signal pole at 河南路/中平路. The junction camera's NVR
    # stamps local time as UTC (+8 h); the police report is keyed late and its follow-up arrives first.
    s = Sit(655, "night_crash_henan_skewed_late", "2026-09-21T18:20:00Z")
    J = spos("SN-SIG-010")
    from datetime import timedelta
    skew = timedelta(hours=8)
    s.dev("vd-h1off", "status", "SN-VD-HENAN-01", "offline", 2, truth=None, text="設備連線逾時")
    s.dev("vd-h1on", "status", "SN-VD-HENAN-01", "online", 5, truth=None, text="設備恢復連線")
    s.call("bg-n", "noise", 120.6470, 24.1690, 4, None, "河南路一直有人飆車，很吵睡不著", keyed=7)
    s.dev("cc-a", "cctv", "SN-CCTV-010", "accident", 13.2, 0.4, "A", text="路口偵測碰撞事件", confidence=0.82,
          obs_dt=s.at(13.2) + skew)
    s.dev("sig", "signal", "SN-SIG-010", "fault", 13.3, 0.3, "A", alt="S", text="號誌燈桿受撞 燈頭無顯示")
    s.dev("cc-s", "cctv", "SN-CCTV-010", "stalled_vehicle", 13.9, 0.4, "A", text="路口車輛停滯", confidence=0.9,
          obs_dt=s.at(13.9) + skew)
    s.dup("cc-s", 0.05)
    s.ev("f1", "119", "fire", "ambulance", "Unknown", J[0] + 0.0001, J[1] + 0.0001, 15.5, 0.5, "A",
         "河南路中平路口 自小客撞擊號誌桿 駕駛受困 派遣救護車及救助器材車", status="dispatched")
    s.dup("f1", 0.3); s.dup("f1", 2.0)
    s.dev("cc-d", "cctv", "SN-CCTV-010", "signal_dark", 15.0, 0.4, "A", alt="S", text="號誌無顯示", confidence=0.74,
          obs_dt=s.at(15.0) + skew)
    s.call("c1", "traffic_accident", *J, 14.5, "A", "河南路中平路口一台車撞到紅綠燈的柱子，車頭都爛了", keyed=9)
    s.ev("f2", "119", "fire", "rescue", "Unknown", J[0] + 0.0001, J[1] + 0.0001, 22, 0.5, "A",
         "到達現場 破壞車門救出駕駛 送醫", status="on_scene", follows="f1")
    # police: report keyed at 36, its follow-up keyed at 31 (arrives first)
    s.ev("p1", "incident", "police", "injury_accident", "Severe", J[0] - 0.00005, J[1], 17, 19, "A",
         "河南路與中平路口 自小客自撞號誌燈桿 駕駛一人受傷受困 疑酒駕", unit="第六分局")
    s.ev("p2", "incident", "police", "road_closure", "Moderate", J[0] - 0.00005, J[1], 25, 6, "A",
         "續報：河南路往中平路方向外側二車道封閉 等待拖吊及號誌搶修", unit="第六分局", follows="p1")
    s.call("c2", "traffic_signal", *J, 27, "A", "河南路中平路口紅綠燈都不亮，車子亂開", keyed=11, alt="S")
    s.rule("vd-zp1", "SN-VD-ZHONGPING-01", "congestion", 30, 0.5, "A", sev="Minor", text="中平路車速下降 平均19km/h")
    s.dup("p2", 4)
    s.ev("p3", "incident", "police", "injury_accident", "Severe", J[0] - 0.00005, J[1], 58, 3, "A",
         "續報：駕駛酒測值0.62mg/L 依法移送 車輛已拖離 外側車道恢復 號誌仍故障派員指揮", unit="第六分局",
         follows="p1")
    s.dev("sig2", "signal", "SN-SIG-010", "restored", 104, 0.3, "A", alt="S", text="號誌恢復正常（臨時燈頭）")
    s.dev("cc-x", "cctv", "SN-CCTV-010", "stalled_vehicle", 49, 0.4, "A", text="路口車輛停滯", confidence=0.66,
          obs_dt=s.at(49) + skew)
    # background
    s.ev("pd", "incident", "police", "public_disturbance", "Minor", 120.6655, 24.1750, 40, 5, None,
         "中平路熱炒店前 酒客口角 已到場勸離", unit="第五分局")
    s.call("bg-l", "streetlight", 120.6490, 24.1700, 44, None, "河南路路燈編號XT-21033不亮", keyed=14)
    s.rule("vd-h2off", "SN-VD-HENAN-02", "sensor_offline", 60, 0.5, None, text="河南路車輛偵測器2 逾時未回報")
    s.dev("vd-h2on", "status", "SN-VD-HENAN-02", "online", 63, truth=None, text="設備恢復連線")
    s.call("bg-o", "other", 120.6520, 24.1730, 70, None, "河南路停車場門口有流浪狗一直叫", keyed=13)
    s.call("c3", "traffic_signal", *J, 80, "A", "中平路河南路口號誌還是壞的，警察在指揮", keyed=8, alt="S")
    s.call("c4", "traffic_accident", *J, 19, "A", "河南路那邊車禍，有人卡在車裡", keyed=16, lo=80, hi=200)
    s.dup("c4", 6)
    n = s.write("凌晨河南路/中平路口自小客撞號誌桿：路口監視器的時間戳記比實際快8小時，警方報案晚19分鐘才鍵入、續報先到，119派遣重複送達，號誌故障到早上才修復。",
        [inc("A", "traffic", "河南路/中平路口自撞號誌桿受傷車禍，駕駛受困，號誌損壞", "cc-a")],
        alt={"why": "號誌桿被撞後號誌故障由交通局搶修，時間長於車禍處理；有的調度員會另開一件號誌搶修工作。", "map": {},
             "incidents": [inc("A", "traffic", "河南路/中平路口自撞號誌桿受傷車禍", "cc-a"),
                           inc("S", "infrastructure", "河南路/中平路口號誌燈桿受撞故障搶修", "sig")]},
        notes="SN-CCTV-010 的 observed 為NVR將本地時間當UTC寫入（+8小時），arrival 為真實到達時間。")
    return n

# ---------------------------------------------------------------- 656
def s656():
    # Typhoon outer band, 03:05 local (19:05Z). 河南路 low point floods; the field gateway serving the
    # south park sensors loses power 32 min in and comes back after 46 min with a backfill.
    s = Sit(656, "gateway_offline_henan_flood", "2026-08-27T19:05:00Z")
    LP = (120.6528, 24.1742)
    s.rule("r1", "SN-RG-001", "heavy_rain", 0, 0.5, None, level="豪雨", text="中央公園雨量站 3小時雨量 108mm")
    s.rule("r2", "C0F9T0", "heavy_rain", 2, 1.5, None, level="豪雨", text="西屯站 3小時雨量 101.5mm")
    s.rule("fl7a", "SN-FL-007", "flood_depth", 6, 0.4, "F", level="1-15", text="河南路低窪處 淹水深度 12cm")
    s.rule("wl2a", "SN-WL-002", "water_level", 13, 0.5, "F", level="3", text="中央公園南滯洪池水位 2.06m 達三級警戒")
    s.rule("fl5a", "SN-FL-005", "flood_depth", 17, 0.4, "F", level="16-30", text="中央公園滯洪池5 水深 27cm")
    s.rule("fl7b", "SN-FL-007", "flood_depth", 21, 0.4, "F", level="16-30", text="河南路低窪處 淹水深度 23cm")
    s.call("c1", "flooding", *LP, 24, "F", "河南路靠停車場這邊淹水，水一直漲", keyed=6)
    # gateway loses power
    gw = ["SN-FL-007", "SN-FL-005", "SN-WL-002", "SN-FL-004"]
    for i, sid in enumerate(gw):
        s.dev(f"off{i}", "status", sid, "offline", 32 + i * 0.1, 0.2, "G", text="閘道器無回應 最後心跳逾時")
    for i, sid in enumerate(gw):
        s.rule(f"soff{i}", sid, "sensor_offline", 42.5 + i * 0.1, 0.3, "G", text="逾時未回報（超過10分鐘）")
    s.call("lamp", "streetlight", 120.6535, 24.1760, 34, "G", "河南路公園那段整排路燈都不亮了", keyed=9)
    s.call("c2", "flooding", *LP, 36, "F", "河南路停車場出口淹到輪胎一半", keyed=7)
    s.ev("p1", "incident", "police", "flooding_report", "Severe", 120.6526, 24.1744, 44, 2, "F",
         "河南路近中央公園南端 積水約35公分 車輛熄火 請求支援", unit="第六分局")
    s.rule("vd-h2", "SN-VD-HENAN-02", "congestion", 47, 0.5, "F", sev="Minor", text="河南路車速下降 平均14km/h")
    s.call("c3", "flooding", 120.6515, 24.1730, 49, "F", "河南路淹水，有一台車卡在水裡，裡面好像有人", keyed=5)
    s.ev("p2", "incident", "police", "road_closure", "Severe", 120.6522, 24.1735, 53, 2, "F",
         "河南路中平路至公園段 積水封閉 雙向改道", unit="第六分局", follows="p1")
    s.ev("f1", "119", "fire", "rescue", "Unknown", 120.6518, 24.1732, 55, 0.5, "F",
         "河南路 車輛受困積水 駕駛一人 派遣救助隊 橡皮艇", status="dispatched")
    s.ev("f2", "119", "fire", "rescue", "Unknown", 120.6518, 24.1732, 68, 0.5, "F",
         "駕駛已救出 無受傷", status="on_scene", follows="f1")
    s.dev("pk3", "parking", "SN-PK-003", "full", 60, truth=None, text="河南路停車場 汽車位已滿")
    # gateway back at 78 with a backfill of what it could not send
    for i, sid in enumerate(gw):
        s.dev(f"on{i}", "status", sid, "online", 78 + i * 0.1, 0.2, "G", text="閘道器恢復連線 補傳資料")
    s.add("bf1", "alert", "rule", "disaster", "flood_depth", "Severe", 120.6528, 24.1742, 40, 79.0, "F",
          sensor_id="SN-FL-007", level=">30", text="河南路低窪處 淹水深度 38cm（補傳）")
    s.add("bf2", "alert", "rule", "disaster", "water_level", "Severe", 120.6566, 24.1775, 45, 79.2, "F",
          sensor_id="SN-WL-002", level="2", text="中央公園南滯洪池水位 2.58m 達二級警戒（補傳）")
    s.add("bf3", "alert", "rule", "disaster", "flood_depth", "Severe", 120.6528, 24.1742, 70, 79.3, "F",
          sensor_id="SN-FL-007", level=">30", text="河南路低窪處 淹水深度 33cm（補傳）")
    s.dup("bf1", 0.4)
    s.rule("fl7c", "SN-FL-007", "flood_depth", 95, 0.4, "F", level="16-30", text="河南路低窪處 淹水深度 19cm 下降中")
    s.ev("p3", "incident", "police", "road_closure", "Moderate", 120.6522, 24.1735, 121, 3, "F",
         "河南路積水已退 解除封閉", unit="第六分局", follows="p1")
    s.rule("fl7d", "SN-FL-007", "cleared", 133, 0.4, "F", sev="Minor", text="河南路低窪處 淹水解除")
    # background
    s.rule("rg3off", "SN-RG-003", "sensor_offline", 50, 0.3, None, text="北屯雨量站 逾時未回報")
    s.dev("rg3on", "status", "SN-RG-003", "online", 64, truth=None, text="設備恢復連線")
    s.call("bg-t", "fallen_tree", 120.6700, 24.1930, 58, None, "北屯這邊巷子口招牌被吹掉在地上", keyed=10)
    s.call("bg-d", "blocked_drain", 120.6650, 24.1880, 70, None, "家門口水溝有落葉堵住", keyed=12)
    n = s.write("颱風外圍環流凌晨豪雨，河南路低窪處淹水並有車輛受困；淹水期間南側公園感測器所在的閘道器斷電離線46分鐘，恢復後補傳離線期間讀值。",
        [inc("F", "flood", "河南路中央公園南端積淹水，車輛受困救出，封路", "fl7b"),
         inc("G", "infrastructure", "公園南區感測閘道器斷電離線（含同段路燈全暗）", "soff0")],
        alt={"why": "閘道器離線很可能是淹水或同區停電造成，離線期間淹水案仍在處理；有的調度員把離線與路燈全暗當作淹水案的一部分，不另開維修工作。", "map": {"G": "F"},
             "incidents": [inc("F", "flood", "河南路積淹水與受影響的感測設備", "fl7b")]},
        notes="補傳的讀值 observed 在離線期間、arrival 在恢復連線後。")
    return n

if __name__ == "__main__":
    for f in (s651, s652, s653, s654, s655, s656):
        print(f.__name__, f())
