"""Seeded generator of situations 1011-1022. Run: cd tools_1011_1022 && python3 gen.py
Each situation is a function; edit it and re-run: the output is identical for identical code."""
import sys

from lib import Situation, SENSORS, road_point
from routine import routine

S = SENSORS


def pos_of(sid):
    return (S[sid]["lon"], S[sid]["lat"])


# ---------------------------------------------------------------------------
def s1011():
    s = Situation(1011, "two_jobs_zhongke_popmusic", "2026-03-18 10:00")
    s.description = ("平日上午，中科路（流行影音中心北側約 400 m）機車與轎車碰撞、騎士受傷；幾乎同時，"
                     "臺中流行影音中心 B1 機電室配電盤短路冒煙。兩件事相距約 400 m、時間重疊，"
                     "救護車與消防車都在中科路一帶，部分民眾同時看到兩邊。")
    crash = (120.65331, 24.1885)
    fa = "SN-FA-006"
    # --- A: injury crash on Zhongke Rd
    a1 = s.add("1999", "traffic_accident", 12.4, "A", "中科路靠流行影音中心北邊這裡，機車跟轎車撞到，騎士倒在地上沒起來",
               pos=s.near(*crash, 30, 120))
    s.add("1999", "traffic_accident", 13.1, "A", "中科路有車禍，有人受傷躺在路上，快叫救護車", pos=s.near(*crash, 60, 200))
    f1 = s.add("119", "ambulance", 13.3, "A", "西屯區中科路（臺中流行影音中心北側）機車與自小客車碰撞，一人受傷倒地，派遣救護車",
               pos=s.near(*crash, 0, 15))
    p1 = s.add("incident", "injury_accident", 14.0, "A", "中科路A2類交通事故，機車騎士受傷倒地，已通報119，派員前往處理",
               pos=s.near(*crash, 0, 20), sev="Moderate")
    s.add("rule", "congestion", 16.0, "A", "中科路車輛偵測器1 平均車速降至 12 km/h，車流壅塞", sensor="SN-VD-ZHONGKE-01",
          sev="Moderate")
    s.add("1999", "traffic_accident", 18.0, "A", "中科路上車禍的車子停在車道中間，後面開始塞了", pos=s.near(*crash, 100, 260))
    s.add("119", "ambulance", 21.5, "A", "救護車到達現場，騎士意識清楚，左小腿疑似骨折", pos=(f1["lon"], f1["lat"]),
          status="on_scene", follows=f1["key"])
    s.add("incident", "injury_accident", 33.0, "A", "騎士送醫，兩車已拍照定位，等待拖吊移置", pos=(p1["lon"], p1["lat"]),
          sev="Minor", follows=p1["key"])
    s.add("119", "ambulance", 36.0, "A", "傷者送往醫院，救護車返隊", pos=(f1["lon"], f1["lat"]), status="returning",
          follows=f1["key"])
    s.add("incident", "road_reopened", 55.0, "A", "中科路事故車輛已移除，恢復通行", pos=(p1["lon"], p1["lat"]), sev="Minor",
          follows=p1["key"])
    s.add("rule", "cleared", 58.0, "A", "中科路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-ZHONGKE-01")
    # --- B: electrical-room fire at the Pop Music Center
    b1 = s.add("fire_alarm", "alarm", 15.0, "B", "臺中流行影音中心 B1 機電室 偵煙探測器動作（第3迴路）", sensor=fa)
    b2 = s.add("fire_alarm", "alarm", 16.4, "B", "臺中流行影音中心 B1 電氣室 偵煙探測器動作（第4迴路）", sensor=fa)
    b3 = s.add("1999", "fire_smoke", 17.0, "B", "流行影音中心後門那邊在冒白煙，有燒焦的味道", pos=s.at(fa, 40, 140))
    f2 = s.add("119", "fire", 17.6, "B", "西屯區臺中流行影音中心 B1 機電室冒煙，派遣水湳分隊及救護車", pos=s.at(fa, 0, 20))
    s.add("1999", "fire_smoke", 19.4, "B", "我在中科路這邊，看到影音中心那棟有煙冒出來，路口也有救護車",
          pos=(120.65318, 24.18720))
    s.add("1999", "fire_smoke", 20.2, "B", "影音中心的警鈴一直響，員工都跑出來了，好像是地下室在冒煙", pos=s.at(fa, 60, 200))
    s.add("incident", "fire_report", 21.0, "B", "臺中流行影音中心機電室冒煙，館內人員疏散中，消防隊前往", pos=s.at(fa, 0, 30),
          sev="Moderate")
    s.add("119", "fire", 23.2, "B", "消防車到達現場", pos=(f2["lon"], f2["lat"]), status="on_scene", follows=f2["key"])
    s.add("incident", "evacuation", 24.0, "B", "流行影音中心員工及排練人員約40人疏散至館外廣場，無人受傷", pos=s.at(fa, 30, 90),
          sev="Minor")
    s.add("119", "fire", 31.0, "B", "B1 配電盤短路起火，已以滅火器撲滅，排煙中，無人受傷", pos=(f2["lon"], f2["lat"]),
          status="on_scene", follows=f2["key"])
    s.add("fire_alarm", "normal", 48.0, "B", "臺中流行影音中心 受信總機復歸", sensor=fa)
    s.add("119", "fire", 52.0, "B", "現場處理完畢，交由館方及台電檢修，人車返隊", pos=(f2["lon"], f2["lat"]),
          status="returning", follows=f2["key"])
    # --- background
    routine(s, [3, 8, 26, 35, 44, 61, 70])
    s.add("cctv", "stalled_vehicle", 27.0, None, "路口車輛停滯（公車停靠）", sensor="SN-CCTV-003", confidence=0.41)
    s.bg_flap("SN-PK-005", 30.0, 160)
    s.bg_congestion("SN-VD-HUANZHONG-04", 5.0, 14.0, text="環中路車輛偵測器4 平均車速下降（臺灣大道方向車多）")
    s.incident("A", "traffic", "中科路機車與轎車碰撞，騎士受傷送醫，車輛占用車道（警察、救護）", a1)
    s.incident("B", "fire", "臺中流行影音中心 B1 機電室配電盤短路冒煙，人員疏散，消防撲滅", b3)
    s.notes = ["兩件事約 400 m、時間重疊；站在中科路的民眾（19.4 分）同時提到煙與救護車，依其所報（煙）歸 B。",
               "中科路 VD 壅塞在消防車到場前即開始，歸車禍 A。",
               "面板第一次動作尚不足以開案（館方常有誤報），加上民眾看到冒煙即足夠。"]
    return s


# ---------------------------------------------------------------------------
def s1012():
    s = Situation(1012, "flood_spreading_liming", "2026-06-09 15:20")
    s.description = ("午後雷陣雨。黎明路三段與凱旋路口低窪處先積水，約 90 分鐘內沿黎明路三段向東蔓延到經貿路口，"
                     "並向北到凱旋路近環中路；警方封閉黎明路三段（凱旋路—經貿路），一輛車涉水熄火、駕駛受困。"
                     "同時中央公園滯洪池正常蓄水，公園旁樹枝被風吹斷。")
    fl = "SN-FL-009"
    jx = (120.64904, 24.19365)
    s.add("rule", "heavy_rain", 0.0, None, "西屯測站 1小時累積雨量 46.5 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    s.add("rule", "heavy_rain", 5.0, None, "水湳轉運中心雨量站 1小時累積雨量 52.0 mm，達大雨標準", sensor="SN-RG-002",
          level="大雨")
    s.add("rule", "heavy_rain", 8.0, None, "中央公園雨量站 1小時累積雨量 48.0 mm，達大雨標準", sensor="SN-RG-001", level="大雨")
    d1 = s.add("rule", "flood_depth", 10.0, "F", "黎明路凱旋路口低窪處 淹水深度 8 cm", sensor=fl, level="1-15")
    c1 = s.add("1999", "flooding", 14.0, "F", "黎明路三段靠凱旋路口積水，水已經漫到人行道了", pos=s.near(*jx, 60, 200))
    s.add("1999", "streetlight", 18.0, None, "中科路路燈白天亮著沒關，燈桿 XT-40218", pos=(120.65352, 24.18371))
    s.add("rule", "flood_depth", 20.0, "F", "黎明路凱旋路口低窪處 淹水深度 22 cm", sensor=fl, level="16-30")
    s.add("cctv", "flooding", 22.0, "F", "路口影像偵測道路積水", sensor="SN-CCTV-007", confidence=0.78)
    s.add("1999", "blocked_drain", 25.0, "F", "黎明路這邊水溝蓋都在冒水，水排不掉", pos=(120.64605, 24.19248))
    s.add("rule", "congestion", 27.0, "F", "凱旋路車輛偵測器1 平均車速降至 15 km/h", sensor="SN-VD-KAIXUAN-01",
          sev="Moderate")
    s.add("incident", "flooding_report", 30.0, "F", "黎明路三段與凱旋路口積水約20公分，有機車熄火，派員疏導交通",
          pos=s.near(*jx, 0, 30), sev="Moderate")
    s.add("rule", "flood_depth", 31.0, None, "中央公園滯洪池1 水深 12 cm（蓄洪中）", sensor="SN-FL-001", level="1-15")
    s.add("1999", "flooding", 34.0, "F", "黎明路往經貿路方向整段都是水，車子開過去水花很大", pos=(120.65148, 24.19452))
    b1 = s.add("1999", "fallen_tree", 36.0, "B", "經貿路公園旁邊的大樹枝被風吹斷，掉在人行道上擋住路",
               pos=(120.65852, 24.18610))
    s.add("rule", "flood_depth", 38.0, "F", "黎明路凱旋路口低窪處 淹水深度 34 cm", sensor=fl, level=">30")
    s.add("incident", "stalled_vehicle", 40.0, "F", "黎明路三段外側車道 自小客車涉水熄火停於路中", pos=(120.65048, 24.19418),
          sev="Moderate")
    s.add("1999", "illegal_parking", 42.0, None, "轉運中心前面有計程車並排停車", pos=(120.65304, 24.19690))
    s.add("rule", "congestion", 43.0, "F", "黎明路車輛偵測器1 平均車速降至 10 km/h", sensor="SN-VD-LIMING-01",
          sev="Moderate")
    pc = s.add("incident", "road_closure", 45.0, "F", "黎明路三段（凱旋路至經貿路段）積水過深，暫時封閉，請改道環中路",
               pos=s.near(*jx, 0, 40), sev="Moderate")
    s.add("1999", "flooding", 48.0, "F", "經貿路黎明路口這邊也開始淹了，水快到腳踝", pos=(120.65382, 24.19532))
    s.add("rule", "water_level", 50.0, None, "中央公園北滯洪池水位 2.08 m，達三級警戒（蓄洪中）", sensor="SN-WL-001",
          level="3")
    s.add("cctv", "flooding", 50.5, "F", "路口影像偵測道路積水", sensor="SN-CCTV-005", confidence=0.71)
    s.add("1999", "flooding", 52.0, "F", "凱旋路靠近環中路那段也有積水，機車騎過去很危險", pos=(120.64822, 24.19548))
    s.add("rule", "heavy_rain", 55.0, None, "西屯測站 3小時累積雨量 71.0 mm", sensor="C0F9T0", level="大雨")
    s.add("1999", "flooding", 58.0, "F", "我家地下室車道在進水，黎明路三段這邊，可以派抽水機來嗎", pos=(120.64552, 24.19221))
    r1 = s.add("119", "rescue", 60.0, "F", "西屯區黎明路三段 自小客車受困積水中，駕駛無法離開車輛，派遣救助",
               pos=(120.65041, 24.19409), truth_alt="R")
    s.bg_flap("SN-VD-HENAN-01", 61.0, 200)
    s.add("119", "rescue", 66.0, "F", "救助隊到達現場", pos=(r1["lon"], r1["lat"]), status="on_scene", follows=r1["key"],
          truth_alt="R")
    s.add("rule", "congestion", 68.0, "F", "環中路車輛偵測器2 平均車速降至 18 km/h（黎明路封閉改道車流）",
          sensor="SN-VD-HUANZHONG-02", sev="Minor")
    s.add("1999", "flooding", 70.0, "F", "剛剛打過了，黎明路凱旋路口到現在水還沒退", pos=s.near(*jx, 40, 150))
    s.add("119", "rescue", 75.0, "F", "駕駛已協助脫困，無人受傷，救助隊返隊", pos=(r1["lon"], r1["lat"]),
          status="returning", follows=r1["key"], truth_alt="R")
    s.add("rule", "flood_depth", 76.0, "F", "黎明路凱旋路口低窪處 淹水深度降至 24 cm", sensor=fl, level="16-30")
    s.add("rule", "cleared", 82.0, "F", "凱旋路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-KAIXUAN-01")
    s.add("rule", "flood_depth", 85.0, "F", "黎明路凱旋路口低窪處 淹水深度降至 11 cm", sensor=fl, level="1-15")
    s.add("incident", "road_reopened", 92.0, "F", "黎明路三段積水消退，恢復通行", pos=(pc["lon"], pc["lat"]), sev="Minor",
          follows=pc["key"])
    s.add("rule", "cleared", 95.0, "F", "黎明路凱旋路口低窪處 淹水警戒解除", sensor=fl, follows=d1["key"])
    s.add("rule", "cleared", 96.0, "F", "黎明路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-LIMING-01")
    s.add("rule", "cleared", 97.0, "F", "環中路車輛偵測器2 車速恢復，壅塞解除", sensor="SN-VD-HUANZHONG-02")
    routine(s, [64, 88])
    s.incident("F", "flood", "黎明路三段積淹水，自凱旋路口低窪處沿黎明路向東蔓延至經貿路口、向北至凱旋路近環中路，封路約 45 分鐘",
               c1)
    s.incident("B", "traffic", "經貿路中央公園旁樹枝斷落擋住人行道（建設局清除）", b1)
    s.alternative("119 救出受困駕駛可視為另一件救助派遣（消防救助隊），而不是淹水案的一部分。",
                  [("F", "flood", "黎明路三段積淹水（不含受困駕駛救助）", c1),
                   ("R", "rescue", "黎明路三段自小客車受困積水中，駕駛脫困", r1),
                   ("B", "traffic", "經貿路中央公園旁樹枝斷落擋住人行道", b1)])
    s.notes = ["大雨特報與滯洪池蓄水（滯洪池1 12 cm、北滯洪池三級）是設計中的蓄洪，協調員只監看，不派工：背景。",
               "淹水 8 cm 單一感測器不足以開案；加上民眾報案（14 分）即足夠。",
               "環中路車速下降是封路改道造成，歸淹水案。"]
    return s


# ---------------------------------------------------------------------------
def s1013():
    s = Situation(1013, "fire_calls_eco_block_b", "2026-11-21 20:35", seed=1013)
    s.description = ("週六晚上，水湳生態住宅 B 區集合住宅（敦化路一段）7 樓住戶廚房起火，濃煙從陽台竄出，"
                     "20 多分鐘內 1999 湧入三十多通電話，來自 A 區、中央公園、經貿路、中平路甚至中國醫藥大學水湳校區；"
                     "煙飄進 A 區梯間觸發 A 區面板。另有一件無關的中清路住家老翁跌倒救護。")
    fa = "SN-FA-012"
    bx, by = S[fa]["lon"], S[fa]["lat"]
    first = s.add("fire_alarm", "alarm", 0.0, "F", "水湳生態住宅B區 7樓 偵煙探測器動作（第7迴路）", sensor=fa)
    calls = [
        (0.8, "fire_smoke", "敦化路這棟大樓七樓有人家裡冒黑煙，警報一直響", 20, 80),
        (1.2, "fire_smoke", "B區七樓失火了！陽台都是煙", 10, 60),
        (1.6, "fire_smoke", "我住對面，看到B區有一戶在冒火", 80, 200),
        (2.0, "fire_smoke", "敦化路那邊大樓好像火災，很多黑煙", 150, 400),
        (2.3, "fire_smoke", "公園這邊看過去有一棟大樓在冒煙", 250, 500),
        (2.9, "rescue", "有人在陽台喊救命，七樓還是八樓", 20, 70),
        (3.1, "fire_smoke", "水湳生態住宅那邊火災，火很大", 300, 650),
        (3.4, "fire_smoke", "B區火警，我們已經下樓了，請快派消防車", 10, 50),
        (3.8, "fire_smoke", "經貿路這邊聞到很重的燒焦味，前面大樓在冒煙", 200, 450),
        (4.2, "fire_smoke", "是不是A區著火？我在A區樓下看到好多煙", None, None),
        (4.6, "fire_smoke", "敦化路一段集合住宅火災，看得到火光", 100, 300),
        (5.0, "other", "我媽住在B區七樓，電話一直打不通，可以幫忙看一下嗎", 300, 900),
        (5.5, "fire_smoke", "中平路這邊往北看，有大樓冒很多煙", 700, 950),
        (6.0, "fire_smoke", "大樓火災，消防車到了沒？", 50, 250),
        (6.4, "illegal_parking", "敦化路兩邊都是違停，消防車進不去！", 60, 200),
        (7.0, "fire_smoke", "火災的煙飄到我們這邊了，要不要關窗？", 300, 600),
        (7.5, "fire_smoke", "B區火災，住戶都跑到樓下了", 20, 90),
        (8.1, "fire_smoke", "剛剛打過了，火還在燒，消防車在路口", 100, 300),
        (8.8, "fire_smoke", "中國醫藥大學這邊看得到北邊有火災的煙", None, None),
        (9.5, "fire_smoke", "敦化路火災，有沒有人受傷？", 100, 400),
        (10.2, "fire_smoke", "我在公園散步，看到那棟樓七樓窗戶有火", 150, 350),
        (11.0, "fire_smoke", "好多煙，味道很嗆", 200, 500),
        (11.8, "other", "請問B區火災，我們什麼時候可以回家？", 50, 200),
        (12.5, "fire_smoke", "經貿路上看到消防車很多，大樓還在冒煙", 200, 500),
        (13.3, "fire_smoke", "A區這邊梯間都是煙味，是不是也燒起來了", None, None),
        (14.0, "fire_smoke", "那棟大樓火災有沒有控制住？", 300, 700),
        (15.2, "fire_smoke", "煙一直飄過來，家裡有小孩", 250, 600),
        (16.5, "other", "我朋友住B區八樓，聯絡不到人", 500, 1000),
        (17.8, "fire_smoke", "火好像變小了，但還是很多煙", 100, 300),
        (19.0, "fire_smoke", "敦化路那邊燒焦味很重", 300, 600),
        (21.0, "fire_smoke", "剛剛的火災還在冒白煙", 200, 500),
        (24.0, "other", "B區住戶現在在公園，有人需要毯子跟水", 150, 300),
        (27.0, "fire_smoke", "還是有燒焦味，窗戶要關多久", 300, 650),
        (33.0, "fire_smoke", "晚上那個火災還在冒煙嗎？我在經貿路", 300, 700),
    ]
    suff = None
    for m, cat, text, r0, r1 in calls:
        if r0 is None:
            if "A區" in text and "梯間" in text:
                p = s.at("SN-FA-011", 10, 50)
            elif "A區" in text:
                p = s.at("SN-FA-011", 20, 80)
            else:
                p = s.near(120.6592, 24.1735, 20, 100)
        else:
            p = s.near(bx, by, r0, r1)
        it = s.add("1999", cat, m, "F", text, pos=p)
        if suff is None:
            suff = it
    f1 = s.add("119", "fire", 1.5, "F", "北屯區敦化路一段 水湳生態住宅B區 7樓住宅火警，派遣水湳、文心分隊、救護車",
               pos=s.near(bx, by, 0, 15))
    s.add("fire_alarm", "alarm", 2.1, "F", "水湳生態住宅B區 8樓 偵煙探測器動作（第8迴路）", sensor=fa)
    s.add("incident", "fire_report", 4.0, "F", "敦化路一段集合住宅7樓火警，員警前往協助交通管制及疏散", pos=s.near(bx, by, 0, 30),
          sev="Severe")
    s.add("119", "fire", 6.2, "F", "第一車到達，7樓一戶廚房起火，濃煙往上竄，布線搶救", pos=(f1["lon"], f1["lat"]),
          status="on_scene", follows=f1["key"])
    s.add("incident", "evacuation", 8.0, "F", "B區住戶疏散至中央公園東側草地，約150人", pos=s.near(bx, by, 100, 200),
          sev="Moderate")
    pc = s.add("incident", "road_closure", 9.0, "F", "敦化路一段火警現場雙向封閉，請改道經貿路", pos=s.near(bx, by, 20, 60),
               sev="Moderate")
    s.add("rule", "congestion", 10.5, "F", "經貿路車輛偵測器2 平均車速降至 14 km/h", sensor="SN-VD-JINGMAO-02",
          sev="Moderate")
    s.add("119", "ambulance", 12.0, "F", "B區7樓住戶一名吸入濃煙，意識清楚，送醫", pos=s.near(bx, by, 0, 20))
    fa11 = s.add("fire_alarm", "alarm", 14.6, "F", "水湳生態住宅A區 3樓 梯間偵煙探測器動作", sensor="SN-FA-011",
                 truth_alt="A")
    s.add("119", "fire", 22.0, "F", "火勢已控制，持續射水降溫", pos=(f1["lon"], f1["lat"]), status="on_scene",
          follows=f1["key"])
    s.add("fire_alarm", "normal", 28.0, "F", "水湳生態住宅A區 受信總機復歸（管理員確認為B區煙霧飄入）", sensor="SN-FA-011",
          truth_alt="A")
    s.add("119", "fire", 35.0, "F", "火勢撲滅，殘火處理中，一戶全毀，無人死亡", pos=(f1["lon"], f1["lat"]),
          status="on_scene", follows=f1["key"])
    s.add("incident", "road_reopened", 50.0, "F", "敦化路一段恢復雙向通行", pos=(pc["lon"], pc["lat"]), sev="Minor",
          follows=pc["key"])
    s.add("rule", "cleared", 54.0, "F", "經貿路車輛偵測器2 車速恢復，壅塞解除", sensor="SN-VD-JINGMAO-02")
    s.add("fire_alarm", "normal", 55.0, "F", "水湳生態住宅B區 受信總機復歸", sensor=fa)
    s.add("incident", "evacuation", 60.0, "F", "疏散住戶陸續返家，僅7樓起火戶及鄰戶暫不得進入", pos=s.near(bx, by, 100, 200),
          sev="Minor")
    s.add("119", "fire", 68.0, "F", "火災現場處理完畢，交由火調科，人車返隊", pos=(f1["lon"], f1["lat"]), status="returning",
          follows=f1["key"])
    # --- unrelated rescue on Zhongqing Rd
    r = s.add("119", "ambulance", 18.0, "R", "北屯區中清路 住家 八旬老翁在家中跌倒，頭部流血，派遣救護車", pos=(120.66478, 24.18502))
    s.add("119", "ambulance", 26.0, "R", "救護車到達，傷者意識清楚", pos=(r["lon"], r["lat"]), status="on_scene",
          follows=r["key"])
    s.add("119", "ambulance", 41.0, "R", "傷者送醫完畢返隊", pos=(r["lon"], r["lat"]), status="returning", follows=r["key"])
    # --- background
    s.add("parking", "full", -10.0, None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.add("1999", "noise", 5.0, None, "經貿路晚上有人騎改裝機車一直來回飆，很吵", pos=(120.65951, 24.17752))
    routine(s, [30, 45, 62])
    s.incident("F", "fire", "水湳生態住宅B區 7樓住宅火警，住戶疏散、一人吸入濃煙送醫，敦化路一段封閉", suff)
    s.incident("R", "rescue", "中清路住家老翁跌倒頭部受傷，救護送醫", r)
    s.alternative("煙飄入 A 區觸發 A 區面板：有的協調員會另開一件『A 區面板動作』請消防查看，直到確認是 B 區煙霧飄入。",
                  [("F", "fire", "水湳生態住宅B區 7樓住宅火警", suff),
                   ("A", "fire", "水湳生態住宅A區面板動作（B區煙霧飄入）", fa11),
                   ("R", "rescue", "中清路住家老翁跌倒頭部受傷", r)])
    s.notes = ["三十多通 1999 全部是同一件火警（含問家人、問何時可回家、要毯子、違停擋消防車）。",
               "把 A 區誤認為火點的民眾、在 900 m 外中國醫藥大學看到煙的民眾，仍是同一件。",
               "面板 + 第一通住戶電話即足以開案。"]
    return s


# ---------------------------------------------------------------------------
def s1014():
    s = Situation(1014, "evening_event_park_south", "2026-10-03 17:00", seed=1014)
    s.description = ("週六晚上中央公園南側草地「水湳草地音樂節」（18:00-22:00）。停車場客滿、河南路與中平路壅塞、"
                     "民眾抱怨違停與音量；活動中男童走失、觀眾昏倒送醫、河南路停車場機車失竊，散場時中平路兩車擦撞。")
    stage = (120.6565, 24.1770)
    pe = s.add("planned_event", "concert", 60.0, None, "水湳草地音樂節，中央公園南側草地，預估人數 8,000 人，18:00-22:00",
               pos=stage, arrive=-4320.0, ends=300.0)
    p1 = s.add("parking", "full", 30.0, "E", "中央公園地下停車場(南) 汽車位已滿", sensor="SN-PK-005")
    s.add("parking", "full", 45.0, "E", "河南路停車場 汽車位已滿", sensor="SN-PK-003")
    s.add("rule", "congestion", 50.0, "E", "河南路車輛偵測器2 平均車速降至 16 km/h", sensor="SN-VD-HENAN-02", sev="Moderate")
    s.add("rule", "congestion", 55.0, "E", "中平路車輛偵測器1 平均車速降至 18 km/h", sensor="SN-VD-ZHONGPING-01", sev="Minor")
    e1 = s.add("incident", "crowd_control", 60.0, "E", "音樂節進場人潮，河南路停車場入口實施人車分道管制", pos=s.near(*stage, 100, 250),
               sev="Minor")
    s.add("cctv", "crowding", 62.0, "E", "路口人群聚集", sensor="SN-CCTV-010", confidence=0.83)
    s.add("1999", "illegal_parking", 70.0, "E", "河南路兩邊停滿車，還有人並排停，公車過不去", pos=(120.64985, 24.17098))
    s.add("1999", "noise", 90.0, "E", "公園那邊音樂太大聲了，小孩睡不著", pos=(120.65861, 24.17602))
    s.add("1999", "crowding", 120.0, "E", "河南路人行道擠滿人，推嬰兒車根本過不去", pos=(120.65228, 24.17318))
    s.add("1999", "illegal_parking", 135.0, "E", "中平路機車停到人行道上，一整排", pos=(120.65558, 24.17110))
    l1 = s.add("incident", "missing_person", 140.0, "L", "音樂節現場 5歲男童與母親走散，身穿黃色上衣、藍色短褲，請協尋",
               pos=s.near(*stage, 0, 40), sev="Moderate", truth_alt="E")
    s.add("1999", "missing_person", 143.0, "L", "我兒子在草地音樂節走丟了，五歲，穿黃色衣服", pos=s.near(*stage, 30, 120),
          truth_alt="E")
    s.add("incident", "missing_person", 162.0, "L", "走失男童已於服務台尋獲，交還家屬", pos=(l1["lon"], l1["lat"]), sev="Minor",
          follows=l1["key"], truth_alt="E")
    t1 = s.add("incident", "theft", 170.0, "T", "河南路停車場 機車遭竊，車主報案", pos=s.at("SN-PK-003", 10, 50), sev="Minor")
    s.add("1999", "noise", 180.0, "E", "又打來了，音樂到九點還是很大聲", pos=(120.65905, 24.17644))
    m0 = s.add("incident", "medical", 199.0, "M", "舞台前方民眾昏倒，已通報119，現場醫護站處理中", pos=s.near(*stage, 0, 30),
               sev="Moderate", truth_alt="E")
    m1 = s.add("119", "ambulance", 200.0, "M", "西屯區中央公園南側音樂節 女子昏倒，疑似飲酒過量，派遣救護車",
               pos=s.near(*stage, 0, 30), truth_alt="E")
    s.add("119", "ambulance", 214.0, "M", "救護車到達現場，傷者意識恢復", pos=(m1["lon"], m1["lat"]), status="on_scene",
          follows=m1["key"], truth_alt="E")
    s.add("119", "ambulance", 232.0, "M", "傷者送醫完畢返隊", pos=(m1["lon"], m1["lat"]), status="returning", follows=m1["key"],
          truth_alt="E")
    s.add("rule", "congestion", 298.0, "E", "河南路車輛偵測器2 平均車速降至 11 km/h", sensor="SN-VD-HENAN-02", sev="Moderate")
    s.add("incident", "crowd_control", 302.0, "E", "散場人潮，河南路中平路口加派警力指揮交通", pos=(120.65036, 24.17120),
          sev="Minor")
    s.add("cctv", "crowding", 305.0, "E", "路口人群聚集", sensor="SN-CCTV-010", confidence=0.88)
    s.add("rule", "congestion", 306.0, "E", "中平路車輛偵測器1 平均車速降至 9 km/h", sensor="SN-VD-ZHONGPING-01", sev="Moderate")
    c1 = s.add("incident", "accident", 312.0, "C", "中平路散場車潮中兩車擦撞，無人受傷，車輛占用外側車道", pos=(120.65262, 24.17088),
               sev="Minor")
    s.add("1999", "traffic_accident", 314.0, "C", "中平路兩台車撞到停在路中間，後面都塞住了", pos=(120.65321, 24.17121))
    s.add("incident", "road_reopened", 336.0, "C", "中平路擦撞車輛已移至路邊，恢復通行", pos=(c1["lon"], c1["lat"]),
          sev="Minor", follows=c1["key"])
    s.add("rule", "cleared", 345.0, "E", "河南路車輛偵測器2 車速恢復，壅塞解除", sensor="SN-VD-HENAN-02")
    s.add("rule", "cleared", 350.0, "E", "中平路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-ZHONGPING-01")
    # --- background
    s.add("fire_alarm", "alarm", 80.0, None, "中國醫藥大學水湳校區 火警受信總機 動作（消防設備檢修測試）", sensor="SN-FA-010")
    s.add("fire_alarm", "normal", 83.0, None, "中國醫藥大學水湳校區 受信總機復歸（檢修測試完畢）", sensor="SN-FA-010")
    s.bg_flap("SN-CCTV-006", 100.0, 240)
    s.add("1999", "streetlight", 20.0, None, "中科路一盞路燈不亮，燈桿 XT-51832", pos=(120.65361, 24.18302))
    s.add("1999", "環境清潔", 340.0, None, "音樂節散場後河南路人行道很多垃圾", pos=(120.65205, 24.17290))
    routine(s, [150, 260])
    s.incident("E", "crowd", "水湳草地音樂節進場與散場人潮、停車與交通管制（含違停、音量抱怨）", e1)
    s.incident("L", "rescue", "音樂節現場5歲男童走失，22分鐘後尋獲", l1)
    s.incident("M", "rescue", "音樂節舞台前女子昏倒，救護送醫", m0)
    s.incident("T", "public_safety", "河南路停車場機車失竊", t1)
    s.incident("C", "traffic", "散場時中平路兩車擦撞占用車道", c1)
    s.alternative("活動現場的走失兒童與昏倒觀眾，也可視為同一個活動前進指揮所處理的事，併入活動案。",
                  [("E", "crowd", "水湳草地音樂節人潮與交通管制，含現場走失兒童與昏倒觀眾", e1),
                   ("T", "public_safety", "河南路停車場機車失竊", t1),
                   ("C", "traffic", "散場時中平路兩車擦撞占用車道", c1)])
    s.notes = ["許可本身不是案件；停車場滿、壅塞只是預期效應，警方開始人潮管制（60 分）時才開案。",
               "中國醫藥大學面板動作為檢修測試，背景。散場垃圾是環保局例行清運，背景。",
               "機車失竊發生在活動停車場，但是獨立的報案，另案。"]
    return s


# ---------------------------------------------------------------------------
def s1015():
    s = Situation(1015, "late_dup_skew_west", "2027-01-14 07:40", seed=1015)
    s.description = ("平日早上尖峰。黎明路三段與凱旋路口三車追撞（一人輕傷），約 1.6 km 外逢甲大學水湳校區學生餐廳油鍋起火。"
                     "07:50-08:15 警政資料傳輸中斷，警方報案晚 20 分鐘才到且重送兩次；路口監視器時鐘慢 6 分鐘；"
                     "1999 案件批次補送、順序顛倒；119 的到場回報比派遣紀錄先到；校區面板訊息重送。")
    jx = (120.64904, 24.19365)
    fa = "SN-FA-009"
    # rush-hour background that was already there
    s.bg_congestion("SN-VD-LIMING-01", 3.0, 50.0, text="黎明路車輛偵測器1 平均車速下降（上班尖峰）")
    s.bg_congestion("SN-VD-HUANZHONG-02", 0.0, 55.0, text="環中路車輛偵測器2 平均車速下降（上班尖峰）")
    s.bg_congestion("SN-VD-JINGMAO-01", 6.0, 40.0, text="經貿路車輛偵測器1 平均車速下降（上班尖峰）")
    # --- A: rear-end crash; CCTV clock 6 min slow (observed = true - 6 min)
    cam = s.add("cctv", "stalled_vehicle", 12.3 - 6.0, "A", "路口車輛停滯（多車）", sensor="SN-CCTV-007", confidence=0.84,
                arrive=12.5)
    s.add("cctv", "stalled_vehicle", 14.0 - 6.0, "A", "路口車輛停滯（多車）", sensor="SN-CCTV-007", confidence=0.9,
          arrive=14.2)
    vd = s.add("rule", "congestion", 14.0, "A", "凱旋路車輛偵測器1 平均車速降至 8 km/h", sensor="SN-VD-KAIXUAN-01",
               sev="Moderate", arrive=24.0)  # detector batch buffered by its roadside unit
    p1 = s.add("incident", "accident", 13.0, "A", "黎明路三段與凱旋路口 三車追撞，一人頸部不適，占用兩車道", pos=s.near(*jx, 0, 25),
               sev="Moderate", arrive=36.0)
    s.dup(p1, 37.1)
    p2 = s.add("incident", "injury_accident", 16.0, "A", "追撞事故一名駕駛頸部疼痛，已通報救護車", pos=(p1["lon"], p1["lat"]),
               sev="Moderate", follows=p1["key"], arrive=36.2)
    s.dup(p2, 37.3)
    a_am = s.add("119", "ambulance", 14.5, "A", "西屯區黎明路三段凱旋路口 三車追撞，一人頸部受傷，派遣救護車",
                 pos=s.near(*jx, 0, 20), arrive=34.0)
    a_os = s.add("119", "ambulance", 21.0, "A", "救護車到達現場", pos=(a_am["lon"], a_am["lat"]), status="on_scene",
                 follows=a_am["key"], arrive=21.6)
    s.add("119", "ambulance", 33.0, "A", "傷者送醫，救護車返隊", pos=(a_am["lon"], a_am["lat"]), status="returning",
          follows=a_am["key"], arrive=34.1)
    # 1999 batch, reversed
    c1 = s.add("1999", "traffic_accident", 13.0, "A", "黎明路凱旋路口三台車撞在一起，有人坐在路邊", pos=s.near(*jx, 40, 160),
               arrive=30.6)
    s.add("1999", "traffic_accident", 15.5, "A", "凱旋路口車禍，塞到環中路了", pos=(120.64822, 24.19560), arrive=30.4)
    s.add("1999", "traffic_accident", 22.0, "A", "黎明路的車禍處理了沒？車子都動不了", pos=s.near(*jx, 150, 350), arrive=30.2)
    s.add("incident", "road_reopened", 55.0, "A", "黎明路三段凱旋路口事故車輛已拖離，恢復通行", pos=(p1["lon"], p1["lat"]),
          sev="Minor", follows=p1["key"])
    s.add("rule", "cleared", 60.0, "A", "凱旋路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-KAIXUAN-01", follows=vd["key"])
    # --- B: kitchen fire, campus cafeteria
    b1 = s.add("fire_alarm", "alarm", 25.0, "B", "逢甲大學水湳校區 學生餐廳廚房 定溫式探測器動作", sensor=fa)
    s.dup(b1, 25.8)
    b2 = s.add("1999", "fire_smoke", 26.0, "B", "逢甲水湳校區餐廳那邊在冒黑煙，學生都跑出來了", pos=s.at(fa, 50, 200), arrive=27.1)
    f2 = s.add("119", "fire", 27.0, "B", "西屯區逢甲大學水湳校區 學生餐廳廚房火警，派遣水湳分隊", pos=s.at(fa, 0, 20))
    s.add("incident", "fire_report", 29.0, "B", "逢甲大學水湳校區餐廳廚房冒煙，員警前往協助", pos=s.at(fa, 0, 30), sev="Moderate",
          arrive=36.4)
    s.add("119", "fire", 33.0, "B", "消防車到達現場", pos=(f2["lon"], f2["lat"]), status="on_scene", follows=f2["key"])
    s.add("119", "fire", 40.0, "B", "廚房油鍋起火，員工已先以滅火毯撲滅，排煙中，無人受傷", pos=(f2["lon"], f2["lat"]),
          status="returning", follows=f2["key"])
    s.add("fire_alarm", "normal", 45.0, "B", "逢甲大學水湳校區 受信總機復歸", sensor=fa)
    s.add("1999", "other", 46.0, "B", "學校餐廳火警鈴停了嗎？學生還在外面等，可以回去上課了嗎", pos=s.at(fa, 80, 250))
    # --- background: 1999 routine in the same batch, a status flap, bus-stop crowd
    s.add("1999", "streetlight", 5.0, None, "黎明路三段路燈白天還亮著，燈桿 XT-22871", pos=(120.64566, 24.19241), arrive=30.5)
    s.add("1999", "illegal_parking", 10.0, None, "經貿路公車站前有車子臨停下客，公車進不了站", pos=(120.65471, 24.19620),
          arrive=30.3)
    s.add("cctv", "crowding", 20.0, None, "路口人群聚集（公車站候車）", sensor="SN-CCTV-005", confidence=0.52)
    s.bg_flap("SN-RG-002", 18.0, 120)
    routine(s, [48, 58, 66])
    s.incident("A", "traffic", "黎明路三段與凱旋路口三車追撞，一人頸部受傷送醫，占用兩車道", a_os)
    s.incident("B", "fire", "逢甲大學水湳校區學生餐廳油鍋起火，已撲滅無人傷", b2)
    s.notes = ["監視器時鐘慢 6 分鐘：第一筆車輛停滯的 observed 比事故早，但它就是這起追撞。",
               "尖峰路口的監視器『車輛停滯』本身不足以開案；119 救護車『到達現場』的回報（21.6 分到達，比派遣紀錄早 12 分鐘）加上監視器，協調員已知道路口有傷者事故：以它為足夠。",
               "黎明路、環中路、經貿路的尖峰壅塞在事故前就開始：背景。",
               "警方報案重送（同 key）是重複交付，不是第二件事。"]
    return s


# ---------------------------------------------------------------------------
def s1016():
    s = Situation(1016, "gateway_offline_southeast", "2026-09-08 13:10", seed=1016)
    s.description = ("晴天午後。經貿路三段道路施工挖斷通訊管線，架在水湳水資源回收中心的物聯網閘道器失聯："
                     "南側滯洪池、經貿路低窪處與區域排水的 5 個水情感測器一分鐘內同時離線，回收中心火警總機對外通訊異常，"
                     "約 2.5 小時後修復。同時環中路二段有貨車拋錨；另有一支監視器計畫維護、一個 VD 短暫斷線。")
    grp = [("SN-WL-003", "comms_lost"), ("SN-FL-008", "comms_lost"), ("SN-FL-004", None), ("SN-FL-005", None),
           ("SN-WL-002", "comms_lost")]
    s.add("planned_event", "road_works", 0.0, None, "經貿路三段人行道管線工程，09:00-17:00，外側車道縮減",
          pos=(120.65958, 24.17960), arrive=-2880.0, ends=230.0)
    offs = []
    for i, (sid, why) in enumerate(grp):
        offs.append(s.add("status", "offline", 0.1 + i * 0.15, "G", "%s 連線中斷" % S[sid]["name"] if why else
                          "%s 離線（遺囑訊息）" % S[sid]["name"], sensor=sid, reason=why))
    fa8 = s.add("fire_alarm", "fault", 0.8, "G", "水湳水資源回收中心 受信總機 對外通訊異常（與消防局連線中斷）",
                sensor="SN-FA-008", truth_alt="P")
    for i, (sid, _) in enumerate(grp):
        s.add("rule", "sensor_offline", 10.5 + i * 0.2, "G", "%s 超過10分鐘未回傳資料" % S[sid]["name"], sensor=sid)
    pw = s.add("incident", "other", 22.0, "G", "經貿路三段管線工程施工時挖斷地下通訊管線，已通知電信業者搶修",
               pos=(120.65961, 24.17981), sev="Minor")
    # --- S: stalled truck on Huanzhong Rd
    st = s.add("incident", "stalled_vehicle", 40.0, "S", "環中路二段往台74線方向 大貨車拋錨，占用內側車道", pos=(120.64951, 24.19712),
               sev="Minor")
    s.add("rule", "congestion", 42.0, "S", "環中路車輛偵測器2 平均車速降至 17 km/h", sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    s.add("cctv", "stalled_vehicle", 43.5, "S", "路口附近車輛停滯", sensor="SN-CCTV-002", confidence=0.81)
    s.add("1999", "other", 46.0, "S", "環中路有一台大卡車停在內線不動，有放三角錐嗎？很危險", pos=(120.64898, 24.19695))
    s.add("incident", "road_reopened", 75.0, "S", "拋錨貨車已拖離，環中路二段恢復通行", pos=(st["lon"], st["lat"]),
          sev="Minor", follows=st["key"])
    s.add("rule", "cleared", 78.0, "S", "環中路車輛偵測器2 車速恢復，壅塞解除", sensor="SN-VD-HUANZHONG-02")
    # --- gateway back
    s.add("incident", "other", 140.0, "G", "電信業者已完成經貿路三段管線修復", pos=(pw["lon"], pw["lat"]), sev="Minor",
          follows=pw["key"])
    for i, (sid, _) in enumerate(grp):
        s.add("status", "online", 148.0 + i * 0.3, "G", "%s 恢復連線" % S[sid]["name"], sensor=sid)
    s.add("fire_alarm", "normal", 149.0, "G", "水湳水資源回收中心 受信總機 通訊恢復正常", sensor="SN-FA-008", truth_alt="P")
    for i, (sid, _) in enumerate(grp[:2]):
        s.add("rule", "cleared", 150.0 + i * 0.2, "G", "%s 恢復回傳資料" % S[sid]["name"], sensor=sid)
    # --- background
    s.add("status", "offline", 60.0, None, "臺灣大道/環中路 路口監視器 計畫性維護", sensor="SN-CCTV-009", reason="maintenance")
    s.add("status", "online", 118.0, None, "臺灣大道/環中路 路口監視器 維護完成恢復連線", sensor="SN-CCTV-009")
    s.bg_flap("SN-VD-HUANZHONG-04", 90.0, 170)
    s.add("rule", "heavy_rain", 100.0, None, "北屯雨量站 10分鐘雨量 9 mm，1小時達 41 mm（局部陣雨）", sensor="SN-RG-003",
          level="大雨")
    routine(s, [5, 17, 33, 58, 84, 103, 127, 160])
    s.incident("G", "infrastructure", "水資源回收中心閘道器因施工挖斷通訊管線失聯，5 個水情感測器及回收中心火警總機連線中斷約 2.5 小時",
               offs[2])
    s.incident("S", "traffic", "環中路二段大貨車拋錨占用內側車道", st)
    s.alternative("回收中心火警總機與消防局連線中斷，消防局會另案派員確認該棟防火監控（與水情閘道器修復是不同的工作）。",
                  [("G", "infrastructure", "水資源回收中心閘道器失聯，5 個水情感測器離線", offs[2]),
                   ("P", "infrastructure", "水湳水資源回收中心火警總機對外通訊異常", fa8),
                   ("S", "traffic", "環中路二段大貨車拋錨", st)])
    s.notes = ["一分鐘內同區 3 個以上設備同時離線即足以判定為閘道器／通訊故障並派工（第三筆離線時）。",
               "施工許可本身是計畫事件、背景；警方回報挖斷管線是閘道器案的原因，歸 G。",
               "北屯雨量站局部陣雨遠在園區東側，與離線無關，背景（晴天，離線的水情感測器不代表有淹水）。",
               "監視器計畫維護、VD 短暫斷線是背景。"]
    return s


# ---------------------------------------------------------------------------
def s1017():
    s = Situation(1017, "cascade_jingmao_zhongping", "2026-12-02 16:45", seed=1017)
    s.description = ("平日傍晚。砂石車在經貿路與中平路口轉彎撞上號誌桿：號誌全暗、油箱破裂漏柴油、旁邊一排路燈與附近住家停電，"
                     "中平路東西向回堵；38 分鐘後回堵車陣中（路口西側約 450 m）又發生機車追撞。")
    sig, cam = "SN-SIG-011", "SN-CCTV-011"
    jx = (120.660376, 24.173594)
    s.bg_congestion("SN-VD-HENAN-02", 0.0, 70.0, text="河南路車輛偵測器2 平均車速下降（下班尖峰）")
    s.bg_congestion("SN-VD-HUANZHONG-03", 20.0, 60.0, text="環中路車輛偵測器3 平均車速下降（下班尖峰）")
    s.add("signal", "fault", 5.0, "K", "經貿路/中平路 號誌控制器失去回應，路口號誌黑燈", sensor=sig)
    s.add("cctv", "stalled_vehicle", 5.2, "K", "路口車輛停滯", sensor=cam, confidence=0.88)
    s.add("cctv", "signal_dark", 5.5, "K", "號誌黑燈", sensor=cam, confidence=0.9)
    k1 = s.add("1999", "traffic_accident", 6.0, "K", "中平路經貿路口一台砂石車撞到紅綠燈的柱子，柱子歪了", pos=s.near(*jx, 40, 120))
    p1 = s.add("incident", "injury_accident", 7.0, "K", "經貿路與中平路口 大貨車撞擊號誌桿，駕駛輕傷，路口號誌全暗，派員指揮交通",
               pos=s.near(*jx, 0, 20), sev="Moderate")
    am = s.add("119", "ambulance", 8.0, "K", "北屯區經貿路中平路口 大貨車事故 駕駛頭部擦傷，派遣救護車", pos=s.near(*jx, 0, 20))
    s.add("1999", "traffic_signal", 9.0, "K", "中平路經貿路口紅綠燈全部不亮，車子亂鑽很危險", pos=s.near(*jx, 60, 200))
    s.add("rule", "congestion", 10.0, "K", "中平路車輛偵測器2 平均車速降至 9 km/h", sensor="SN-VD-ZHONGPING-02", sev="Moderate")
    s.add("1999", "streetlight", 12.0, "K", "中平路這一排路燈突然全部不亮，經貿路口那邊", pos=(120.66152, 24.17386))
    hz = s.add("119", "hazmat", 14.0, "K", "經貿路中平路口 大貨車油箱破裂，柴油外洩約20公升，派遣清除", pos=s.near(*jx, 0, 15))
    pc = s.add("incident", "road_closure", 15.0, "K", "經貿路中平路口 內側車道封閉清除油汙，請用路人減速慢行",
               pos=s.near(*jx, 0, 25), sev="Moderate")
    pw1 = s.add("1999", "power_outage", 16.0, "K", "我家突然停電，住在中平路經貿路口附近，外面好像有車撞到電桿",
                pos=(120.66118, 24.17452), truth_alt="P")
    s.add("119", "ambulance", 17.0, "K", "救護車到達，駕駛拒絕送醫", pos=(am["lon"], am["lat"]), status="on_scene",
          follows=am["key"])
    s.add("rule", "congestion", 18.0, "K", "中平路車輛偵測器1 平均車速降至 11 km/h", sensor="SN-VD-ZHONGPING-01", sev="Moderate")
    s.add("1999", "traffic_signal", 22.0, "K", "經貿路中平路口號誌壞了，有警察在指揮嗎？", pos=s.near(*jx, 100, 300))
    s.add("1999", "power_outage", 25.0, "K", "經貿路三段這邊整排停電，是不是剛剛車禍撞到", pos=(120.66021, 24.17551), truth_alt="P")
    c2 = s.add("incident", "accident", 38.0, "Q", "中平路（經貿路口西側）回堵車陣中，機車追撞自小客車，騎士擦傷",
               pos=(120.65582, 24.17182), sev="Minor", truth_alt="K")
    s.add("1999", "traffic_accident", 39.0, "Q", "中平路塞車，後面機車撞上來，騎士倒地", pos=(120.65551, 24.17204), truth_alt="K")
    q3 = s.add("119", "ambulance", 41.0, "Q", "北屯區中平路 機車追撞自小客車 騎士手部擦傷，派遣救護車", pos=(120.65574, 24.17190),
               truth_alt="K")
    s.add("119", "ambulance", 50.0, "Q", "騎士手部擦傷，拒絕送醫，返隊", pos=(q3["lon"], q3["lat"]), status="returning",
          follows=q3["key"], truth_alt="K")
    s.add("incident", "road_reopened", 58.0, "Q", "中平路追撞車輛已移至路邊", pos=(c2["lon"], c2["lat"]), sev="Minor",
          follows=c2["key"], truth_alt="K")
    s.add("119", "hazmat", 60.0, "K", "路面油汙已清除完畢，返隊", pos=(hz["lon"], hz["lat"]), status="returning",
          follows=hz["key"])
    s.add("incident", "traffic_signal_fault", 70.0, "K", "號誌維修廠商到場，台電同步搶修受損電桿", pos=(p1["lon"], p1["lat"]),
          sev="Minor", follows=p1["key"])
    s.add("incident", "road_reopened", 90.0, "K", "經貿路中平路口事故車輛拖離、車道恢復通行，仍由員警指揮", pos=(pc["lon"], pc["lat"]),
          sev="Minor", follows=pc["key"])
    s.add("rule", "cleared", 95.0, "K", "中平路車輛偵測器2 車速恢復，壅塞解除", sensor="SN-VD-ZHONGPING-02")
    s.add("rule", "cleared", 100.0, "K", "中平路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-ZHONGPING-01")
    s.add("1999", "power_outage", 120.0, "K", "中平路經貿路口附近到現在還是沒電，什麼時候會來電", pos=(120.66093, 24.17466),
          truth_alt="P")
    s.add("signal", "restored", 140.0, "K", "經貿路/中平路 號誌恢復正常運作", sensor=sig)
    # --- background
    s.add("cctv", "crowding", 30.0, None, "路口人群聚集（放學）", sensor="SN-CCTV-010", confidence=0.45)
    s.bg_flap("SN-PK-003", 44.0, 130)
    routine(s, [2, 28, 52, 80, 112])
    s.incident("K", "traffic", "經貿路中平路口大貨車撞號誌桿：號誌黑燈、柴油外洩、路燈與附近住家停電、中平路回堵", k1)
    s.incident("Q", "traffic", "中平路回堵車陣中機車追撞自小客車（路口西側約 450 m）", c2)
    s.alternative("兩種不同讀法合在一起：(1) 回堵中的追撞是主事故的連鎖，由同一組現場員警處理；"
                  "(2) 住家停電是台電的另一件搶修工作。",
                  [("K", "traffic", "經貿路中平路口大貨車撞號誌桿及其回堵（含回堵中追撞）", k1),
                   ("P", "infrastructure", "經貿路中平路口附近住家停電（台電搶修）", pw1)])
    s.notes = ["號誌黑燈 + 監視器停滯 + 第一通民眾電話（6 分）即足夠開案。",
               "河南路、環中路的下班尖峰壅塞在事故前就開始，背景；中平路兩個 VD 的壅塞是事故回堵。",
               "路燈整排熄滅是撞桿斷電，屬主事故。"]
    return s


# ---------------------------------------------------------------------------
def s1018():
    s = Situation(1018, "weekday_ordinary", "2026-04-21 07:00", seed=1018)
    s.description = ("平日。早上中清路/環中路口號誌閃黃（09:20-10:25）；中午綠美圖門口長者昏倒送醫；"
                     "下午經貿路二段大坑洞害機車騎士摔倒。背景：上下班尖峰壅塞、轉運中心停車場客滿、例行 1999、"
                     "會展中心 A 棟施工粉塵誤觸面板。")
    # rush hours
    s.bg_congestion("SN-VD-HUANZHONG-01", 35.0, 65.0, text="環中路車輛偵測器1 平均車速下降（上班尖峰）")
    s.bg_congestion("SN-VD-HUANZHONG-02", 40.0, 60.0, text="環中路車輛偵測器2 平均車速下降（上班尖峰）")
    s.bg_congestion("SN-VD-HUANZHONG-03", 45.0, 55.0, text="環中路車輛偵測器3 平均車速下降（上班尖峰）")
    s.bg_congestion("SN-VD-ZHONGQING-01", 42.0, 50.0, text="中清路車輛偵測器1 平均車速下降（上班尖峰）")
    s.add("parking", "full", 92.0, None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.bg_congestion("SN-VD-HUANZHONG-02", 630.0, 70.0, text="環中路車輛偵測器2 平均車速下降（下班尖峰）")
    s.bg_congestion("SN-VD-HENAN-02", 640.0, 55.0, text="河南路車輛偵測器2 平均車速下降（下班尖峰）")
    s.bg_congestion("SN-VD-JINGMAO-01", 650.0, 50.0, text="經貿路車輛偵測器1 平均車速下降（下班尖峰）")
    # --- S: signal flashing
    sf = s.add("signal", "fault", 140.0, "S", "中清路/環中路 號誌異常閃黃，時相錯誤", sensor="SN-SIG-008")
    s.add("1999", "traffic_signal", 146.0, "S", "中清路環中路口紅綠燈一直閃黃燈，車子很亂", pos=s.at("SN-SIG-008", 60, 200))
    s.add("rule", "congestion", 150.0, "S", "中清路車輛偵測器1 平均車速降至 16 km/h", sensor="SN-VD-ZHONGQING-01",
          sev="Minor")
    s.add("incident", "traffic_signal_fault", 155.0, "S", "中清路環中路口號誌閃黃，派員指揮交通，已通知交通局",
          pos=s.at("SN-SIG-008", 0, 25), sev="Moderate")
    s.add("signal", "restored", 205.0, "S", "中清路/環中路 號誌恢復正常運作", sensor="SN-SIG-008")
    s.add("rule", "cleared", 208.0, "S", "中清路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-ZHONGQING-01")
    # --- R: collapse at the Green Museumbrary
    gm = (120.6570, 24.1915)
    r1 = s.add("1999", "rescue", 280.0, "R", "綠美圖門口有一位阿伯倒在地上，叫他沒什麼反應", pos=s.near(*gm, 20, 80))
    ra = s.add("119", "ambulance", 281.5, "R", "西屯區臺中綠美圖大門口 男性約70歲倒地，意識不清，派遣救護車", pos=s.near(*gm, 0, 20))
    s.add("119", "ambulance", 289.0, "R", "救護車到達，館方人員已使用AED", pos=(ra["lon"], ra["lat"]), status="on_scene",
          follows=ra["key"])
    s.add("119", "ambulance", 305.0, "R", "患者恢復心跳，送往醫院", pos=(ra["lon"], ra["lat"]), status="returning",
          follows=ra["key"])
    # --- P: pothole + fall
    ph = (120.65772, 24.19050)
    p1 = s.add("1999", "road_damage", 490.0, "P", "經貿路二段往公園方向有一個大坑洞，剛剛有機車壓到摔倒", pos=s.near(*ph, 20, 90))
    s.add("incident", "injury_accident", 494.0, "P", "經貿路二段 機車自摔，騎士手肘擦傷，疑路面坑洞所致，已放置三角錐",
          pos=s.near(*ph, 0, 20), sev="Minor")
    s.add("1999", "road_damage", 530.0, "P", "經貿路那個坑洞還在，已經有人摔過了，拜託快點補", pos=s.near(*ph, 30, 120))
    s.add("incident", "other", 585.0, "P", "建設局養工處已完成經貿路二段坑洞緊急修補", pos=s.near(*ph, 0, 20), sev="Minor")
    # --- background
    fx = s.add("fire_alarm", "alarm", 425.0, None, "臺中國際會展中心 A棟 偵煙探測器動作（3F 施工區）", sensor="SN-FA-002",
               truth_alt="X")
    s.add("fire_alarm", "normal", 427.5, None, "臺中國際會展中心 A棟 受信總機復歸（施工粉塵誤動作，現場確認無火警）",
          sensor="SN-FA-002", truth_alt="X")
    s.bg_flap("SN-VD-ZHONGKE-01", 250.0, 120)
    s.bg_flap("SN-PK-002", 370.0, 300, reason="comms_lost")
    routine(s, [20, 60, 110, 175, 230, 320, 360, 410, 455, 560, 610, 700])
    s.incident("S", "traffic", "中清路/環中路口號誌閃黃約一小時（交通局維修、員警指揮）", sf)
    s.incident("R", "rescue", "綠美圖門口長者倒地，館方 AED 急救，救護送醫", r1)
    s.incident("P", "traffic", "經貿路二段大坑洞致機車騎士自摔，緊急修補", p1)
    s.alternative("有的協調員對任何火警面板動作都開案請消防確認，即使 2.5 分鐘後復歸並註明誤動作。",
                  [("S", "traffic", "中清路/環中路口號誌閃黃", sf),
                   ("R", "rescue", "綠美圖門口長者倒地送醫", r1),
                   ("P", "traffic", "經貿路二段坑洞致機車自摔", p1),
                   ("X", "fire", "會展中心 A 棟面板動作（施工粉塵誤動作）", fx)])
    s.notes = ["號誌故障訊息本身就足以派維修廠商（1999 報修 2 小時內到場的規定）。",
               "坑洞與摔車是同一件：同一個坑、同一批人處理（警察放三角錐、養工處補洞）。",
               "轉運中心停車場客滿是平日通勤常態，背景。"]
    return s


# ---------------------------------------------------------------------------
def s1019():
    s = Situation(1019, "weekend_ordinary", "2026-08-16 09:00", seed=1019)
    s.description = ("週日。會展中心有展覽、停車場客滿。上午環中路二段中科路口兩車擦撞；下午中央公園滯洪池旁 6 歲女童走失約半小時；"
                     "傍晚雷陣雨陣風吹倒敦化路一段路樹占用車道。背景：展覽人潮、綠美圖餐廳油煙誤觸面板、例行 1999。")
    s.add("planned_event", "exhibition", 60.0, None, "臺中國際會展中心 週末家具展，10:00-18:00，預估 2 萬人次",
          pos=(120.6551, 24.1944), arrive=-10080.0, ends=540.0)
    s.add("parking", "full", 110.0, None, "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    s.add("parking", "full", 300.0, None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.add("cctv", "crowding", 305.0, None, "路口人群聚集", sensor="SN-CCTV-005", confidence=0.6)
    # --- C: crash at Huanzhong/Zhongke
    c0 = s.add("cctv", "stalled_vehicle", 125.0, "C", "路口車輛停滯", sensor="SN-CCTV-003", confidence=0.86)
    c1 = s.add("incident", "accident", 127.0, "C", "環中路二段與中科路口 自小客車與休旅車擦撞，無人受傷，占用左轉車道",
               pos=s.at("SN-SIG-003", 0, 25), sev="Minor")
    s.add("rule", "congestion", 130.0, "C", "環中路車輛偵測器2 平均車速降至 19 km/h", sensor="SN-VD-HUANZHONG-02", sev="Minor")
    s.add("1999", "traffic_accident", 131.0, "C", "環中路中科路口兩台車擦撞停在路中間", pos=s.at("SN-SIG-003", 50, 200))
    s.add("incident", "road_reopened", 160.0, "C", "環中路中科路口擦撞車輛已移置路旁，恢復通行", pos=(c1["lon"], c1["lat"]),
          sev="Minor", follows=c1["key"])
    s.add("rule", "cleared", 163.0, "C", "環中路車輛偵測器2 車速恢復，壅塞解除", sensor="SN-VD-HUANZHONG-02")
    # --- K: lost child
    pond = (120.6562, 24.1870)
    k1 = s.add("1999", "missing_person", 380.0, "K", "我女兒在中央公園滯洪池旁邊走丟了，六歲，穿粉紅色洋裝", pos=s.near(*pond, 20, 100))
    k2 = s.add("incident", "missing_person", 384.0, "K", "中央公園北滯洪池周邊 6歲女童走失，粉紅洋裝、綁馬尾，請周邊員警協尋",
               pos=s.near(*pond, 0, 40), sev="Moderate")
    s.add("incident", "missing_person", 415.0, "K", "走失女童已在綠美圖一樓尋獲，交還家屬", pos=(120.65702, 24.19143), sev="Minor",
          follows=k2["key"])
    # --- T: fallen tree on Dunhua Rd
    s.add("rule", "heavy_rain", 500.0, None, "西屯測站 1小時累積雨量 42.0 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    s.add("rule", "flood_depth", 525.0, None, "中央公園滯洪池1 水深 9 cm（蓄洪中）", sensor="SN-FL-001", level="1-15")
    tr = (120.65862, 24.18452)
    t1 = s.add("1999", "fallen_tree", 510.0, "T", "敦化路一段路樹倒下來，擋住一個車道", pos=s.near(*tr, 20, 80))
    s.add("1999", "fallen_tree", 513.0, "T", "有一棵樹倒在路上，機車差點撞上去", pos=s.near(*tr, 60, 180))
    t3 = s.add("incident", "fallen_object", 520.0, "T", "敦化路一段 路樹倒塌占用外側車道，已放置警示，通知建設局",
               pos=s.near(*tr, 0, 20), sev="Moderate")
    s.add("incident", "road_reopened", 600.0, "T", "敦化路一段倒塌路樹已移除，恢復通行", pos=(t3["lon"], t3["lat"]), sev="Minor",
          follows=t3["key"])
    # --- background
    s.add("fire_alarm", "alarm", 250.0, None, "臺中綠美圖 B1 餐廳 偵煙探測器動作", sensor="SN-FA-004")
    s.add("fire_alarm", "normal", 252.0, None, "臺中綠美圖 受信總機復歸（餐廳油煙誤動作，現場確認）", sensor="SN-FA-004")
    s.add("1999", "noise", 200.0, None, "公園裡有街頭藝人音響開很大聲", pos=(120.65611, 24.18450))
    s.bg_flap("SN-CCTV-004", 430.0, 200)
    routine(s, [15, 70, 150, 230, 340, 450, 560, 640])
    s.incident("C", "traffic", "環中路二段中科路口兩車擦撞占用左轉車道", c1)
    s.incident("K", "rescue", "中央公園北滯洪池旁6歲女童走失，35分鐘後於綠美圖尋獲", k1)
    s.incident("T", "traffic", "敦化路一段路樹被陣風吹倒占用外側車道", t1)
    s.notes = ["監視器『路口車輛停滯』單獨不足以開案（公車、臨停也會觸發）；警方擦撞報案到達時足夠。",
               "展覽人潮、停車場客滿、路口人群聚集是預期中的展覽效應，沒有需要派遣的事：背景。",
               "雷陣雨與滯洪池蓄水是背景；倒樹是陣風造成，單一民眾清楚描述占用車道即足夠開案。"]
    return s


# ---------------------------------------------------------------------------
def s1020():
    s = Situation(1020, "rainy_evening", "2026-05-27 17:30", seed=1020)
    s.description = ("梅雨鋒面的平日傍晚。中清環中路口地下道積水封閉約 1.5 小時；環中路二段（西段）雨天自撞分隔島、駕駛受傷；"
                     "經貿路綠美圖至公園一段整排路燈熄滅。背景：大雨特報、滯洪池蓄水、下班尖峰、例行水溝報修。")
    up = "SN-FL-006"
    s.add("rule", "heavy_rain", 20.0, None, "西屯測站 1小時累積雨量 44.0 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    s.add("rule", "heavy_rain", 28.0, None, "水湳轉運中心雨量站 1小時累積雨量 50.5 mm，達大雨標準", sensor="SN-RG-002",
          level="大雨")
    s.add("rule", "heavy_rain", 31.0, None, "中央公園雨量站 1小時累積雨量 47.0 mm，達大雨標準", sensor="SN-RG-001", level="大雨")
    s.bg_congestion("SN-VD-ZHONGQING-01", 10.0, 50.0, text="中清路車輛偵測器1 平均車速下降（下班尖峰）")
    s.bg_congestion("SN-VD-HUANZHONG-02", 5.0, 80.0, text="環中路車輛偵測器2 平均車速下降（下班尖峰）")
    s.bg_congestion("SN-VD-JINGMAO-01", 15.0, 60.0, text="經貿路車輛偵測器1 平均車速下降（下班尖峰）")
    s.add("parking", "full", 30.0, None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    # --- U: underpass
    u1 = s.add("rule", "flood_depth", 50.0, "U", "中清環中路口地下道 淹水深度 14 cm", sensor=up, level="1-15")
    u2 = s.add("1999", "flooding", 58.0, "U", "中清路地下道積水很深，有機車騎進去熄火", pos=s.at(up, 40, 180))
    s.add("rule", "flood_depth", 62.0, "U", "中清環中路口地下道 淹水深度 26 cm", sensor=up, level="16-30")
    s.add("cctv", "flooding", 64.0, "U", "路口影像偵測道路積水", sensor="SN-CCTV-008", confidence=0.8)
    s.add("incident", "flooding_report", 66.0, "U", "中清路環中路口地下道積水約25公分，有機車受困", pos=s.at(up, 0, 30),
          sev="Moderate")
    uc = s.add("incident", "road_closure", 70.0, "U", "中清環中路口地下道積水封閉，車輛請改走平面道路", pos=s.at(up, 0, 30),
               sev="Moderate")
    s.add("rule", "congestion", 72.0, "U", "中清路車輛偵測器1 平均車速降至 9 km/h（地下道封閉）", sensor="SN-VD-ZHONGQING-01",
          sev="Moderate")
    s.add("1999", "flooding", 80.0, "U", "地下道封起來了，水什麼時候會退？", pos=s.at(up, 100, 300))
    s.add("rule", "flood_depth", 130.0, "U", "中清環中路口地下道 淹水深度降至 12 cm", sensor=up, level="1-15")
    s.add("rule", "cleared", 155.0, "U", "中清環中路口地下道 淹水警戒解除", sensor=up, follows=u1["key"])
    s.add("incident", "road_reopened", 160.0, "U", "中清環中路口地下道積水已退，恢復通行", pos=(uc["lon"], uc["lat"]), sev="Minor",
          follows=uc["key"])
    s.add("rule", "cleared", 163.0, "U", "中清路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-ZHONGQING-01")
    # --- C: crash on west Huanzhong
    cx = (120.64238, 24.19027)
    c1 = s.add("incident", "injury_accident", 95.0, "C", "環中路二段 雨天路滑，自小客車自撞分隔島，駕駛受傷", pos=s.near(*cx, 0, 30),
               sev="Moderate")
    ca = s.add("119", "ambulance", 95.5, "C", "西屯區環中路二段 自小客車自撞，駕駛胸口疼痛，派遣救護車", pos=s.near(*cx, 0, 30))
    s.add("1999", "traffic_accident", 97.0, "C", "環中路往台74那邊有車撞到分隔島，車頭都爛了", pos=s.near(*cx, 80, 250))
    s.add("rule", "congestion", 99.0, "C", "環中路車輛偵測器1 平均車速降至 14 km/h", sensor="SN-VD-HUANZHONG-01", sev="Moderate")
    s.add("119", "ambulance", 104.0, "C", "救護車到達，駕駛送醫", pos=(ca["lon"], ca["lat"]), status="on_scene", follows=ca["key"])
    s.add("incident", "road_reopened", 140.0, "C", "環中路二段自撞事故車已拖離，恢復通行", pos=(c1["lon"], c1["lat"]), sev="Minor",
          follows=c1["key"])
    s.add("rule", "cleared", 146.0, "C", "環中路車輛偵測器1 車速恢復，壅塞解除", sensor="SN-VD-HUANZHONG-01")
    # --- L: streetlights dark
    lx = (120.65835, 24.18745)
    l1 = s.add("1999", "streetlight", 140.0, "L", "經貿路公園旁整排路燈都不亮，下雨很暗看不到路", pos=s.near(*lx, 20, 120))
    s.add("1999", "streetlight", 146.0, "L", "經貿路綠美圖到公園那段路燈全部熄掉了", pos=s.near(*lx, 100, 300))
    s.add("1999", "streetlight", 163.0, "L", "剛剛打過，經貿路路燈還是都沒亮", pos=s.near(*lx, 50, 200))
    s.add("incident", "other", 175.0, "L", "經貿路二段路燈整排熄滅，疑雨水造成迴路跳脫，已通報養工處", pos=s.near(*lx, 0, 40),
          sev="Minor")
    # --- background
    s.add("rule", "water_level", 110.0, None, "中央公園北滯洪池水位 2.05 m，達三級警戒（蓄洪中）", sensor="SN-WL-001", level="3")
    s.add("rule", "flood_depth", 85.0, None, "中央公園滯洪池2 水深 11 cm（蓄洪中）", sensor="SN-FL-002", level="1-15")
    s.add("1999", "blocked_drain", 90.0, None, "巷口水溝蓋被落葉塞住，積水不深但排很慢，雨停後請來清", pos=(120.65931, 24.17948))
    s.bg_flap("SN-RG-003", 120.0, 200)
    routine(s, [40, 100, 180, 220])
    s.incident("U", "flood", "中清環中路口地下道積水封閉約 1.5 小時", u2)
    s.incident("C", "traffic", "環中路二段（西段）雨天自撞分隔島、駕駛受傷送醫", c1)
    s.incident("L", "infrastructure", "經貿路綠美圖至中央公園段整排路燈熄滅（雨天）", l1)
    s.notes = ["中清路 VD 下班尖峰壅塞（10-60 分）是背景；地下道封閉後（72 分起）的壅塞屬地下道案。",
               "地下道 14 cm 單一讀數還不足；加上民眾說機車熄火（58 分）即足夠。",
               "單一路燈不亮是例行報修；整排熄滅在雨夜是要派工的安全問題，第一通電話就說整排，即足夠。",
               "巷口水溝落葉是例行清理，民眾自己說積水不深：背景。"]
    return s


# ---------------------------------------------------------------------------
def s1021():
    s = Situation(1021, "night_shift", "2026-12-11 22:00", seed=1021)
    s.description = ("週五夜班（22:00-06:00）。23:40 中清路超商門口酒後鬥毆、一人頭部受傷；02:15 凱旋路路邊機車起火；"
                     "03:40 凱旋路/環中路口號誌黑燈至 05:20。背景：環中路二段夜間管線施工與其噪音抱怨、設備夜間維護斷線、例行 1999。")
    s.add("planned_event", "road_works", 60.0, None, "環中路二段（中科路至經貿路段）夜間路面刨鋪，23:00-05:00，封閉內側車道",
          pos=(120.65281, 24.19817), arrive=-4320.0, ends=420.0)
    s.add("rule", "congestion", 65.0, None, "環中路車輛偵測器3 平均車速降至 25 km/h（夜間施工縮減車道）", sensor="SN-VD-HUANZHONG-03",
          sev="Minor")
    s.add("1999", "noise", 170.0, None, "環中路晚上施工機具很吵，都半夜了還在刨路面", pos=(120.65420, 24.19953))
    # --- D: fight on Zhongqing Rd
    dx = (120.65872, 24.19650)
    d1 = s.add("1999", "noise", 100.0, "D", "中清路超商門口一群人喝酒大聲吵鬧，好像要打起來了", pos=s.near(*dx, 20, 90))
    d2 = s.add("incident", "public_disturbance", 104.0, "D", "中清路超商前 酒後鬥毆，一人頭部受傷，員警到場處理", pos=s.near(*dx, 0, 20),
               sev="Moderate")
    da = s.add("119", "ambulance", 105.0, "D", "北屯區中清路 超商前 鬥毆一人頭部撕裂傷，派遣救護車", pos=s.near(*dx, 0, 20))
    s.add("119", "ambulance", 118.0, "D", "傷者送醫", pos=(da["lon"], da["lat"]), status="returning", follows=da["key"])
    s.add("incident", "public_disturbance", 150.0, "D", "鬥毆雙方三人帶回派出所偵辦", pos=(d2["lon"], d2["lat"]), sev="Minor",
          follows=d2["key"])
    # --- F: scooter fire on Kaixuan Rd
    fx = (120.65052, 24.18951)
    f1 = s.add("1999", "fire_smoke", 255.0, "F", "凱旋路路邊一台機車在燒，火很大", pos=s.near(*fx, 20, 100))
    ff = s.add("119", "fire", 256.0, "F", "西屯區凱旋路 路邊機車火警，派遣水湳分隊", pos=s.near(*fx, 0, 15))
    s.add("cctv", "smoke", 257.0, "F", "偵測到煙霧", sensor="SN-CCTV-007", confidence=0.55)
    s.add("incident", "fire_report", 259.0, "F", "凱旋路路邊停放機車起火，員警到場警戒", pos=s.near(*fx, 0, 20), sev="Moderate")
    s.add("119", "fire", 263.0, "F", "消防車到達現場", pos=(ff["lon"], ff["lat"]), status="on_scene", follows=ff["key"])
    s.add("119", "fire", 272.0, "F", "機車火警已撲滅，燒毀機車一輛，無延燒，無人受傷，返隊", pos=(ff["lon"], ff["lat"]),
          status="returning", follows=ff["key"])
    # --- G: dark signal
    g1 = s.add("signal", "fault", 340.0, "G", "凱旋路/環中路二段 號誌控制器電源異常，號誌黑燈", sensor="SN-SIG-002")
    s.add("cctv", "signal_dark", 341.0, "G", "號誌黑燈", sensor="SN-CCTV-002", confidence=0.86)
    s.add("1999", "traffic_signal", 355.0, "G", "我是計程車司機，凱旋路環中路口紅綠燈全暗，半夜車速很快很危險", pos=s.at("SN-SIG-002", 40, 150))
    s.add("incident", "traffic_signal_fault", 362.0, "G", "凱旋路環中路口號誌黑燈，派員警戒，已通知交通局維修廠商",
          pos=s.at("SN-SIG-002", 0, 20), sev="Moderate")
    s.add("signal", "restored", 440.0, "G", "凱旋路/環中路二段 號誌恢復正常運作", sensor="SN-SIG-002")
    # --- background
    s.add("status", "offline", 120.0, None, "環中路車輛偵測器1 夜間維護", sensor="SN-VD-HUANZHONG-01", reason="maintenance")
    s.add("status", "online", 185.0, None, "環中路車輛偵測器1 維護完成恢復連線", sensor="SN-VD-HUANZHONG-01")
    s.bg_flap("SN-CCTV-010", 300.0, 140)
    s.bg_flap("SN-PK-004", 380.0, 90)
    s.add("fire_alarm", "fault", 210.0, None, "中央公園地下停車場 受信總機 蓄電池電壓低", sensor="SN-FA-007")
    s.add("1999", "動物救援", 230.0, None, "經貿路上有一隻狗被車撞到躺在路邊", pos=(120.65935, 24.18380))
    s.add("rule", "cleared", 425.0, None, "環中路車輛偵測器3 車速恢復，壅塞解除", sensor="SN-VD-HUANZHONG-03")
    routine(s, [15, 40, 200, 400, 460])
    s.incident("D", "public_safety", "中清路超商前酒後鬥毆，一人頭部受傷送醫，三人帶回", d1)
    s.incident("F", "fire", "凱旋路路邊機車起火，撲滅無延燒", f1)
    s.incident("G", "traffic", "凱旋路/環中路二段路口號誌黑燈約 1 小時 40 分", g1)
    s.notes = ["第一通 1999（100 分）只說『好像要打起來』、類別是噪音；深夜酒客聚集要打架，協調員會請轄區派出所去看：足以開案。",
               "夜間施工與其噪音抱怨、施工造成的車速下降，是許可內的計畫工程：背景。",
               "監視器看到煙（信心 0.55）在 470 m 外的路口，是同一台燒的機車。",
               "停車場面板蓄電池電壓低是例行設備保養，背景。"]
    return s


# ---------------------------------------------------------------------------
def s1022():
    s = Situation(1022, "holiday_lunar_new_year", "2027-02-08 10:00", seed=1022)
    s.description = ("春節初三。轉運中心、會展中心、綠美圖人潮，停車場整天客滿、環中路經貿路一帶車多。"
                     "12:30 轉運中心 82 歲失智長者走失（13:40 尋獲）；15:00 環中路/經貿路口擦撞；16:20 中央公園草地被鞭炮引燃；"
                     "18:40 生態住宅 A 區梯間瓦斯味。")
    for m, pk, name in [(30, "SN-PK-001", "水湳轉運中心停車場"), (60, "SN-PK-006", "臺中國際會展中心停車場"),
                        (180, "SN-PK-004", "中央公園地下停車場(北)"), (200, "SN-PK-002", "經貿六停車場")]:
        s.add("parking", "full", m, None, "%s 汽車位已滿" % name, sensor=pk)
    s.bg_congestion("SN-VD-JINGMAO-01", 40.0, 260.0, text="經貿路車輛偵測器1 平均車速下降（連假車潮）")
    s.bg_congestion("SN-VD-HUANZHONG-02", 70.0, 200.0, text="環中路車輛偵測器2 平均車速下降（連假車潮）")
    s.bg_congestion("SN-VD-LIMING-01", 120.0, 150.0, text="黎明路車輛偵測器1 平均車速下降（連假車潮）")
    s.add("cctv", "crowding", 150.0, None, "路口人群聚集", sensor="SN-CCTV-004", confidence=0.7)
    s.add("1999", "illegal_parking", 95.0, None, "綠美圖旁邊路口都是違停，車子轉不過去", pos=(120.65748, 24.19210))
    s.add("1999", "illegal_parking", 210.0, None, "經貿路並排停車很多，請派人取締", pos=(120.65612, 24.19391))
    s.add("1999", "noise", 365.0, None, "公園一直有人放鞭炮很吵", pos=(120.65640, 24.18610))
    # --- E: elder missing at the hub
    hub = (120.6528, 24.1972)
    e1 = s.add("incident", "missing_person", 150.0, "E", "水湳轉運中心 82歲失智女性與家人走失，身穿紅色外套、白髮，請協尋",
               pos=s.near(*hub, 0, 30), sev="Moderate")
    s.add("1999", "missing_person", 156.0, "E", "我媽媽在轉運中心不見了，她有失智，穿紅外套", pos=s.near(*hub, 30, 120))
    s.add("incident", "missing_person", 220.0, "E", "走失長者已於會展中心停車場入口尋獲，身體無恙，交還家屬", pos=(120.65482, 24.19377),
          sev="Minor", follows=e1["key"])
    # --- C: crash at Huanzhong / Jingmao
    c0 = s.add("cctv", "stalled_vehicle", 300.0, "C", "路口車輛停滯", sensor="SN-CCTV-004", confidence=0.79)
    c1 = s.add("incident", "accident", 302.0, "C", "環中路二段與經貿路口 兩車擦撞，無人受傷，占用右轉車道", pos=s.at("SN-SIG-004", 0, 25),
               sev="Minor")
    s.add("1999", "traffic_accident", 304.0, "C", "環中路經貿路口有車禍，兩台車停在路口", pos=s.at("SN-SIG-004", 60, 220))
    s.add("incident", "road_reopened", 335.0, "C", "環中路經貿路口擦撞車輛已移置，恢復通行", pos=(c1["lon"], c1["lat"]), sev="Minor",
          follows=c1["key"])
    # --- G: grass fire in Central Park
    gx = (120.65705, 24.18540)
    g1 = s.add("1999", "fire_smoke", 380.0, "G", "中央公園草地有人放鞭炮，草皮燒起來了，火在延燒", pos=s.near(*gx, 20, 80))
    s.add("1999", "fire_smoke", 381.5, "G", "公園滯洪池旁邊草地著火，冒很多煙", pos=s.near(*gx, 60, 200))
    gf = s.add("119", "fire", 382.0, "G", "西屯區中央公園 滯洪池2旁草地火警，派遣水湳分隊", pos=s.near(*gx, 0, 20))
    s.add("incident", "fire_report", 386.0, "G", "中央公園草地遭鞭炮引燃，員警到場疏散民眾", pos=s.near(*gx, 0, 30), sev="Moderate")
    s.add("119", "fire", 391.0, "G", "消防車到達現場", pos=(gf["lon"], gf["lat"]), status="on_scene", follows=gf["key"])
    s.add("119", "fire", 402.0, "G", "草地火警撲滅，燒毀面積約30平方公尺，無人受傷", pos=(gf["lon"], gf["lat"]), status="closed",
          follows=gf["key"])
    # --- H: gas smell in block A
    hx = (S["SN-FA-011"]["lon"], S["SN-FA-011"]["lat"])
    h1 = s.add("1999", "gas_odor", 520.0, "H", "A區住宅大樓樓梯間有很重的瓦斯味", pos=s.near(*hx, 10, 60))
    hh = s.add("119", "hazmat", 522.0, "H", "北屯區經貿路三段 水湳生態住宅A區 梯間瓦斯味，派遣水湳分隊", pos=s.near(*hx, 0, 15))
    s.add("119", "hazmat", 531.0, "H", "消防人員到達，偵測到瓦斯濃度偏高，疏散該層住戶", pos=(hh["lon"], hh["lat"]),
          status="on_scene", follows=hh["key"])
    s.add("119", "hazmat", 560.0, "H", "確認為 9 樓住戶瓦斯軟管鬆脫，已關閉總開關並通風，無人受傷，返隊",
          pos=(hh["lon"], hh["lat"]), status="returning", follows=hh["key"])
    # --- background
    s.bg_flap("SN-CCTV-001", 250.0, 180)
    s.add("1999", "環境清潔", 450.0, None, "公園裡到處都是鞭炮屑跟垃圾", pos=(120.65628, 24.18420))
    routine(s, [20, 115, 270, 420, 480, 590])
    s.incident("E", "rescue", "水湳轉運中心 82 歲失智長者走失，70 分鐘後尋獲", e1)
    s.incident("C", "traffic", "環中路二段與經貿路口兩車擦撞占用右轉車道", c1)
    s.incident("G", "fire", "中央公園滯洪池2旁草地遭鞭炮引燃，約 30 m² 撲滅", g1)
    s.incident("H", "hazmat", "水湳生態住宅A區瓦斯軟管鬆脫外洩，關閉總開關通風", h1)
    s.notes = ["連假整天的停車場客滿、壅塞、路口人群都是預期的節日人潮：背景。",
               "環中路/經貿路口在連假車潮中監視器『車輛停滯』不足以單獨開案；警方擦撞報案（302 分）才足夠。",
               "鞭炮噪音抱怨（365 分）在草地火前 15 分鐘、約 100 m 外：是起火原因的前兆，但本身只是例行噪音案，背景。",
               "瓦斯味一通電話即足以開案（可能的危險物品）。"]
    return s


ALL = [s1011, s1012, s1013, s1014, s1015, s1016, s1017, s1018, s1019, s1020, s1021, s1022]

if __name__ == "__main__":
    for fn in ALL:
        sit = fn()
        n, k = sit.write()
        print("%d_%s: %d items, %d incidents" % (sit.number, sit.name, n, k))
