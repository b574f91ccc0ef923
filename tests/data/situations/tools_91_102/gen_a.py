"""Situations 91-96 (oracle5). Run: python3 gen_a.py"""
from datetime import timedelta
from lib import Situation, SENSORS, ROADS, along, offset


def S(sid):
    return (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


def plus(dt, **kw):
    return dt + timedelta(**kw)


# ---------------------------------------------------------------- 91
def s91():
    s = Situation(91, "three_crashes_kaixuan_liming", "2026-03-17", 9101,
                  "平日早上尖峰，凱旋路與黎明路三段一帶 30 分鐘內三起互不相關的交通事故，相距 250-330 公尺；"
                  "其中一位民眾把第二起的位置報成第一起的路口。")
    A = (120.64904, 24.19365)          # 黎明路三段/凱旋路
    B = offset(A[0], A[1], 60, -255)   # 凱旋路, 250 m south
    C = (120.6522, 24.1948)            # 黎明路三段 near VD-LIMING-01, ~330 m east
    # background before
    s.rule("congestion", "SN-VD-HUANZHONG-02", "07:41", "環中路車輛偵測器2 平均車速 18 km/h，低於門檻（上班尖峰）", None)
    s.c1999("streetlight", s.scatter(*offset(A[0], A[1], -40, -120), 0, 30), "07:44",
            "凱旋路近黎明路口路燈整晚不亮，請派員維修。", None)
    # A: car vs scooter, injury
    a1 = s.cctv("accident", "SN-CCTV-007", "07:52:20", 0.81, "黎明路三段/凱旋路 路口偵測疑似事故（汽機車碰撞）", "A1")
    a2 = s.c1999("traffic_accident", s.scatter(*A, 20, 60), "07:52:50",
                 "黎明路凱旋路口汽車跟機車撞到，騎士倒在地上。", "A1")
    fa = s.f119("ambulance", s.scatter(*A, 5, 25), "07:53:30",
                "西屯區黎明路三段與凱旋路口 汽機車事故 一人受傷 派遣救護車", "A1", key="91-F-A")
    s.c1999("traffic_accident", s.scatter(*A, 40, 120), "07:54:10",
            "黎明路口車禍，機車騎士好像腳受傷，交通有點亂。", "A1")
    pa = s.police("injury_accident", "Moderate", s.scatter(*A, 0, 15), "07:57",
                  "第六分局：黎明路三段/凱旋路口 自小客與機車碰撞 機車騎士左腿擦挫傷 員警到場處理", "A1",
                  key="91-PR-A")
    s.rule("congestion", "SN-VD-KAIXUAN-01", "07:58", "凱旋路車輛偵測器1 平均車速 12 km/h，佔有率 46%", "A1")
    # B: rear-end, minor, 250 m south; one caller names the wrong intersection
    b1 = s.c1999("traffic_accident", s.scatter(*offset(B[0], B[1], -20, 90), 0, 40), "07:58:40",
                 "凱旋路黎明路口附近兩台車追撞，停在路中間。", "B1", truth_alt="A1")
    s.f119("ambulance", A, "08:01:10", "救護車到達現場，傷者意識清楚，送往中國醫藥大學附設醫院",
           "A1", key="91-F-A2", follows="91-F-A")
    s.rule("congestion", "SN-VD-LIMING-01", "08:03", "黎明路車輛偵測器1 平均車速 15 km/h（往凱旋路方向回堵）", "A1")
    b2 = s.police("accident", "Minor", s.scatter(*B, 0, 15), "08:05",
                  "第六分局：凱旋路（黎明路三段以南約 250 公尺）自小客追撞 無人受傷 佔用內側車道", "B1",
                  key="91-PR-B")
    s.c1999("traffic_accident", s.scatter(*B, 30, 90), "08:06:30",
            "凱旋路往南內側車道有車禍車停著，後面一直按喇叭。", "B1")
    s.c1999("illegal_parking", s.scatter(*offset(A[0], A[1], 150, 50), 0, 40), "08:10",
            "黎明路三段有貨車併排臨停卸貨。", None)
    # C: scooter self-fall, 330 m east on Liming Rd
    c1 = s.f119("ambulance", s.scatter(*C, 0, 20), "08:20:30",
                "西屯區黎明路三段 機車自摔 騎士頭部擦傷 派遣救護車", "C1", key="91-F-C")
    c2 = s.c1999("traffic_accident", s.scatter(*C, 20, 80), "08:21:40",
                 "黎明路上有機車自己滑倒，人坐在路邊。", "C1")
    s.rule("congestion", "SN-VD-LIMING-01", "08:24", "黎明路車輛偵測器1 平均車速 17 km/h", "C1", truth_alt="A1")
    s.police("traffic_accident", "Minor", s.scatter(*C, 0, 15), "08:26",
             "第六分局：黎明路三段 機車自摔 騎士輕傷 已送醫", "C1", key="91-PR-C")
    b3 = s.police("accident", "Minor", B, "08:25", "凱旋路追撞 雙方已和解 車輛移置路邊 恢復通行", "B1",
                  follows="91-PR-B", key="91-PR-B2")
    s.f119("ambulance", C, "08:29", "傷者拒絕送醫 救護車返隊", "C1", key="91-F-C2", follows="91-F-C")
    s.police("injury_accident", "Moderate", A, "08:34", "黎明路三段/凱旋路口事故 現場處理完畢 車輛已拖離", "A1",
             follows="91-PR-A", key="91-PR-A2")
    s.f119("ambulance", A, "08:36", "救護車返隊", "A1", key="91-F-A3", follows="91-F-A")
    dup = s.items[[i["key"] for i in s.items].index(a2["key"])]
    s.dup(dup, "07:55:40")
    s.c1999("noise", s.scatter(*offset(C[0], C[1], 200, 150), 0, 50), "08:40",
            "黎明路三段工地一早就在敲打，很吵。", None)
    s.rule("congestion", "SN-VD-KAIXUAN-02", "08:42", "凱旋路車輛偵測器2 平均車速 22 km/h（尖峰）", None)
    s.incident("A1", "traffic", "黎明路三段/凱旋路口 汽機車碰撞，機車騎士受傷送醫，回堵至凱旋路及黎明路", fa["key"])
    s.incident("B1", "traffic", "凱旋路黎明路以南約 250 公尺 自小客追撞，無人受傷，和解後移置", b2["key"])
    s.incident("C1", "traffic", "黎明路三段（近車輛偵測器1）機車自摔，輕傷", c1["key"])
    s.alternative(
        "第一通報 B1 的民眾把地點說成『黎明路凱旋路口』，協調員在警方報告到達前可能把它當成 A1 的重複通報；"
        "08:24 黎明路回堵也可能仍是 A1 的尾巴。",
        [dict(i) for i in s.incidents[:1]] +
        [{"label": "B1", "type": "traffic", "description": s.incidents[1]["description"],
          "sufficient_evidence_key": b2["key"]}, dict(s.incidents[2])])
    return s


# ---------------------------------------------------------------- 92
def s92():
    s = Situation(92, "jingmao_flood_spreads_north", "2026-06-02", 9202,
                  "梅雨鋒面午後豪雨，經貿路三段低窪處起淹，積水在 2 小時內沿經貿路往北擴散到經貿七路；"
                  "另有中清路一處小積水、一起閃避積水的追撞，滯洪池照設計蓄水。")
    J = ROADS["jingmao"]
    low = S("SN-FL-008")
    def jm(lat_target):
        # point on Jingmao Rd near given latitude
        best = min((abs(along(J, f / 200.0)[1] - lat_target), f / 200.0) for f in range(201))
        return along(J, best[1])
    s.rule("heavy_rain", "C0F9T0", "14:10", "西屯雨量站 時雨量 46 mm，達大雨標準", None, level="大雨", truth_alt="F1")
    s.rule("heavy_rain", "SN-RG-001", "14:20", "中央公園雨量站 時雨量 52 mm，達大雨標準", None, level="大雨", truth_alt="F1")
    s.rule("water_level", "SN-WL-003", "14:35", "水湳區域排水經貿路水位 1.46 m，達三級警戒", "F1", level="3")
    s.c1999("blocked_drain", s.scatter(*jm(24.1815), 10, 60), "14:40",
            "經貿路三段水溝蓋一直冒水，落葉塞住了。", "F1")
    f_open = s.c1999("flooding", s.scatter(*jm(24.1822), 10, 80), "14:48",
                     "經貿路三段低窪那邊積水到腳踝，還在漲。", "F1")
    s.rule("flood_depth", "SN-FL-008", "14:55", "經貿路低窪處 淹水深度 12 cm", "F1", level="1-15")
    s.rule("flood_depth", "SN-FL-002", "15:00", "中央公園滯洪池2 水深 22 cm（滯洪池蓄水）", None, level="16-30", truth_alt="F1")
    s.rule("water_level", "SN-WL-003", "15:05", "水湳區域排水經貿路水位 1.84 m，達二級警戒", "F1", level="2")
    s.rule("flood_depth", "SN-FL-008", "15:10", "經貿路低窪處 淹水深度 24 cm", "F1", level="16-30")
    pf = s.police("flooding_report", "Moderate", s.scatter(*jm(24.1835), 0, 30), "15:12",
                  "第五分局：經貿路三段積水約 20 公分 車輛減速通行 員警現場警戒", "F1", key="92-PR-F")
    s.rule("congestion", "SN-VD-JINGMAO-02", "15:15", "經貿路車輛偵測器2 平均車速 9 km/h", "F1")
    s.c1999("flooding", s.scatter(*jm(24.1855), 10, 120), "15:18", "敦化路口往經貿路那段也開始積水了。", "F1")
    s.rule("water_level", "SN-WL-002", "15:20", "中央公園南滯洪池水位 2.04 m，達三級警戒（滯洪池蓄水中）", None, level="3", truth_alt="F1")
    s.rule("heavy_rain", "SN-RG-001", "15:22", "中央公園雨量站 3 小時累積雨量 118 mm，達豪雨標準", None, level="豪雨", truth_alt="F1")
    # F2: small flood on Zhongqing Rd (Beitun), 500 m east
    Z = (120.6642, 24.1870)
    f2 = s.c1999("flooding", s.scatter(*Z, 10, 50), "15:24", "北屯區中清路這邊騎樓前積水，機車過去會噴水。", "F2", truth_alt="F1")
    s.rule("flood_depth", "SN-FL-004", "15:30", "中央公園滯洪池4 水深 34 cm（滯洪池蓄水）", None, level=">30", truth_alt="F1")
    s.rule("flood_depth", "SN-FL-008", "15:35", "經貿路低窪處 淹水深度 36 cm", "F1", level=">30")
    sv = s.police("stalled_vehicle", "Severe", s.scatter(*jm(24.1829), 0, 20), "15:38",
                  "第五分局：經貿路三段 自小客涉水熄火 駕駛受困車內 請求消防支援", "F1", key="92-PR-SV")
    s.f119("rescue", s.scatter(*jm(24.1829), 0, 20), "15:40",
           "北屯區經貿路三段 車輛受困積水 派遣救助隊", "F1", key="92-F-R")
    s.c1999("flooding", s.scatter(*Z, 30, 90), "15:41", "中清路水溝水滿出來了。", "F2", truth_alt="F1")
    s.rule("water_level", "SN-WL-001", "15:42", "中央公園北滯洪池水位 2.08 m，達三級警戒（滯洪池蓄水中）", None, level="3", truth_alt="F1")
    s.rule("water_level", "SN-WL-003", "15:45", "水湳區域排水經貿路水位 2.25 m，達一級警戒", "F1", level="1")
    s.police("flooding_report", "Minor", s.scatter(*Z, 0, 30), "15:47",
             "第五分局：中清路二段 積水約 5 公分 持續觀察", "F2", truth_alt="F1")
    s.c1999("flooding", s.scatter(*jm(24.1872), 20, 150), "15:50", "經貿路靠園道那邊整片都是水，車子開很慢。", "F1")
    s.f119("rescue", jm(24.1829), "15:52", "受困駕駛已救出 無人受傷", "F1", key="92-F-R2", follows="92-F-R")
    s.rule("congestion", "SN-VD-ZHONGQING-02", "15:55", "中清路車輛偵測器2 平均車速 19 km/h", None, truth_alt="F1")
    s.cctv("flooding", "SN-CCTV-006", "16:00", 0.71, "經貿路二段/經貿七路 以南路面積水", "F1",
           at=offset(120.65685, 24.19247, 30, -150))
    rc = s.police("road_closure", "Severe", jm(24.1860), "16:05",
                  "第五分局：經貿路三段（經貿七路至敦化路）雙向暫時封閉 請用路人改道", "F1", key="92-PR-RC")
    s.c1999("flooding", s.scatter(*jm(24.1900), 20, 120), "16:10", "綠美圖前面經貿路也有積水了。", "F1")
    s.c1999("flooding", s.scatter(*jm(24.1910), 60, 250), "16:12", "經貿七路那裡淹水，公車改道了嗎？", "F1")
    t1 = s.police("accident", "Minor", s.scatter(120.65685, 24.19247, 0, 20), "16:15",
                  "第五分局：經貿路二段/經貿七路口 自小客閃避積水遭後車追撞 無人受傷", "T1", truth_alt="F1",
                  key="92-PR-T")
    s.cctv("accident", "SN-CCTV-006", "16:16", 0.66, "經貿路二段/經貿七路 路口偵測事故", "T1", truth_alt="F1")
    s.c1999("traffic_accident", s.scatter(120.65685, 24.19247, 20, 80), "16:19", "經貿七路口有兩台車撞在一起，旁邊都是水。", "T1", truth_alt="F1")
    s.rule("congestion", "SN-VD-JINGMAO-01", "16:30", "經貿路車輛偵測器1 平均車速 11 km/h（封路改道）", "F1")
    s.police("accident", "Minor", (120.65685, 24.19247), "16:42", "經貿七路口追撞 已拖離 恢復通行", "T1", truth_alt="F1",
             follows="92-PR-T")
    s.c1999("flooding", s.scatter(*jm(24.1840), 20, 80), "16:45", "雨停了但水還沒退，地下室會不會淹？", "F1")
    s.rule("cleared", "SN-WL-003", "17:10", "水湳區域排水經貿路水位 1.32 m，解除警戒", "F1", severity="Unknown")
    s.rule("cleared", "SN-FL-008", "17:30", "經貿路低窪處 淹水深度 3 cm，解除", "F1", severity="Unknown")
    s.police("road_closure", "Minor", jm(24.1860), "17:35", "經貿路三段積水退去 解除封閉 恢復通行", "F1", follows="92-PR-RC")
    s.c1999("fallen_tree", s.scatter(120.6562, 24.1830, 0, 80), "17:40", "中央公園步道有一棵小樹倒了，沒擋到路。", None)
    s.c1999("streetlight", s.scatter(120.6585, 24.1790, 0, 80), "17:55", "敦化路一段路燈閃爍。", None)
    s.incident("F1", "flood", "經貿路三段低窪處起淹，區排水位升至一級警戒，積水沿經貿路往北擴散至經貿七路，"
               "一車涉水受困救出、道路封閉約 1.5 小時", f_open["key"])
    s.incident("F2", "flood", "北屯區中清路二段局部積水約 5 公分（另一排水系統）", f2["key"])
    s.incident("T1", "traffic", "經貿路二段/經貿七路口閃避積水追撞，無人受傷", t1["key"])
    s.alternative(
        "同一場豪雨下，協調員可能把全區淹水當成一件（水利局一個應變案），雨量與滯洪池蓄水告警、中清路積水、"
        "因積水造成的追撞都併入 F1。",
        [{"label": "F1", "type": "flood", "description": "水湳全區豪雨積淹水（含中清路、滯洪池、閃避積水追撞）",
          "sufficient_evidence_key": f_open["key"]}])
    return s


# ---------------------------------------------------------------- 93
SMOKE_TEXTS = [
    "西邊有很大的黑煙，不知道哪裡失火。", "看到漢翔那邊冒黑煙，很濃。", "黎明路往西看整片黑煙，是工廠火災嗎？",
    "中央公園這邊就看得到黑煙，味道很重。", "凱旋路附近工廠失火，火很大。", "逢甲那邊好像有東西在燒，黑煙一直冒。",
    "家裡窗戶看出去有濃煙，在西屯那一帶。", "空氣有燒塑膠的味道，外面都是煙。", "有工廠起火，黑煙飄到我們社區。",
    "黑煙好大，有人報了嗎？", "環中路上就看得到一柱黑煙。", "會展中心那邊往南看有濃煙。",
]


def s93():
    s = Situation(93, "factory_fire_smoke_burst", "2026-11-20", 9303,
                  "東北季風乾燥的上午，園區西側（西屯區，凱旋路以西）一處工廠火災，黑煙在數公里外可見，"
                  "40 分鐘內湧入數十通 1999；同時北屯中清路旁有人燒垃圾，另有一通空氣異味。")
    FIRE = (120.6462, 24.1868)
    BURN = (120.6640, 24.1905)
    first = s.c1999("fire_smoke", s.scatter(*FIRE, 40, 120), "10:38:20", "凱旋路旁邊工廠冒黑煙，好像有火。", "F1")
    f119 = s.f119("fire", s.scatter(*FIRE, 0, 30), "10:39:30",
                  "西屯區凱旋路以西 鐵皮工廠火警 濃煙 派遣第三救災救護大隊", "F1", key="93-F-1")
    # the burst: 44 calls over 40 minutes, callers 100 m - 2.5 km
    t0 = s.t("10:39")
    for n in range(44):
        obs = plus(t0, seconds=int(n * 52 + s.rng.randint(0, 40)))
        if n % 5 == 0:
            at = s.scatter(*FIRE, 60, 300)
        elif n % 5 in (1, 2):
            at = s.scatter(*FIRE, 300, 1200)
        else:
            at = s.scatter(*FIRE, 1200, 2500)
        cat = "fire_smoke" if n % 11 != 7 else "other"
        txt = s.rng.choice(SMOKE_TEXTS) if cat == "fire_smoke" else "外面好臭，空氣很差，眼睛刺痛，請環保局查一下。"
        it = s.c1999(cat, at, obs, txt, "F1", truth_alt=None if cat == "other" else "F1")
        if cat == "fire_smoke":
            del it["truth_alt"]
        if n in (6, 19):
            s.dup(it, plus(obs, minutes=3))
    s.cctv("smoke", "SN-CCTV-007", "10:41", 0.66, "黎明路三段/凱旋路 攝影機畫面西南方向偵測煙霧", "F1")
    s.police("fire_report", "Severe", s.scatter(*FIRE, 0, 40), "10:45",
             "第六分局：凱旋路以西工廠火警 火勢猛烈 員警協助疏散周邊工廠人員", "F1", key="93-PR-1")
    s.f119("fire", FIRE, "10:47", "第一梯次到達現場 鐵皮廠房全面燃燒 請求增援", "F1", follows="93-F-1", key="93-F-1b")
    s.cctv("smoke", "SN-CCTV-002", "10:48", 0.48, "凱旋路/環中路二段 畫面偵測煙霧（估計位置）", "F1",
           at=offset(FIRE[0], FIRE[1], 80, 150))
    s.panel("alarm", "SN-FA-009", "10:50", "逢甲大學水湳校區 3F 偵煙式探測器動作", "F1", truth_alt=None)
    s.f119("hazmat", s.scatter(*FIRE, 0, 20), "10:52", "廠內存放化學溶劑 派遣化災搶救車", "F1", key="93-F-2")
    rc = s.police("road_closure", "Moderate", offset(120.651, 24.188, 0, -100), "10:58",
                  "第六分局：凱旋路（黎明路三段至中科路段）實施交通管制 消防車進出", "F1", key="93-PR-RC",
                  truth_alt="T1")
    s.rule("congestion", "SN-VD-KAIXUAN-02", "11:00", "凱旋路車輛偵測器2 平均車速 8 km/h", "F1", truth_alt="T1")
    s.panel("normal", "SN-FA-009", "11:02", "逢甲大學水湳校區 受信總機復歸（校警確認為外部煙霧飄入）", "F1", truth_alt=None)
    # F2: someone burning rubbish in Beitun, 1.8 km east
    b1 = s.c1999("fire_smoke", s.scatter(*BURN, 20, 60), "11:05", "中清路旁空地有人在燒垃圾，白煙一直飄過來。", "F2")
    s.rule("congestion", "SN-VD-HUANZHONG-01", "11:05", "環中路車輛偵測器1 平均車速 14 km/h", "F1", truth_alt="T1")
    s.rule("congestion", "SN-VD-KAIXUAN-01", "11:10", "凱旋路車輛偵測器1 平均車速 10 km/h", "F1", truth_alt="T1")
    b2 = s.c1999("fire_smoke", s.scatter(*BURN, 30, 100), "11:09", "北屯這邊有人燒東西，煙很臭。", "F2")
    fb = s.f119("fire", s.scatter(*BURN, 0, 20), "11:12", "北屯區中清路二段旁空地 燃燒雜草垃圾 派遣分隊", "F2", key="93-F-3")
    s.f119("fire", BURN, "11:31", "空地雜草火已撲滅 返隊 告發行為人", "F2", key="93-F-3b", follows="93-F-3")
    s.c1999("streetlight", s.scatter(120.6575, 24.1800, 0, 100), "11:15", "敦化路路燈白天亮著沒關。", None)
    s.f119("fire", FIRE, "11:40", "火勢控制 持續殘火處理", "F1", follows="93-F-1", key="93-F-1c")
    s.police("road_closure", "Minor", offset(120.651, 24.188, 0, -100), "12:10", "凱旋路交通管制解除", "F1",
             follows="93-PR-RC", truth_alt="T1")
    s.f119("fire", FIRE, "12:40", "火勢撲滅 無人傷亡 返隊", "F1", follows="93-F-1", key="93-F-1d")
    s.c1999("noise", s.scatter(120.6600, 24.1830, 0, 100), "12:20", "社區旁邊施工噪音。", None)
    s.incident("F1", "fire", "凱旋路以西鐵皮工廠火災，濃煙數公里外可見，1999 大量通報，化災車出動，"
               "凱旋路交通管制，煙霧飄入逢甲水湳校區觸動探測器", f119["key"])
    s.incident("F2", "fire", "北屯區中清路旁空地燃燒雜草垃圾（白煙），分隊撲滅", b1["key"])
    alt = [dict(s.incidents[0]), dict(s.incidents[1]),
           {"label": "T1", "type": "traffic", "description": "凱旋路交通管制與周邊回堵（另開交通案）",
            "sufficient_evidence_key": rc["key"]}]
    s.alternative("火災造成的交通管制與回堵可由交通局另開一案；逢甲校區探測器動作與空氣異味 1999 可能被視為背景。", alt)
    return s


# ---------------------------------------------------------------- 94
def s94():
    s = Situation(94, "evening_concert_pop_centre", "2026-08-15", 9404,
                  "週六晚間臺中流行影音中心戶外演唱會（18:00-22:30），人潮、停車場滿、回堵與噪音陳情；"
                  "300 公尺內另有機車事故、扒竊、觀眾昏倒與散場鬥毆。")
    V = (120.6520, 24.1850)
    pe = s.permit("concert", V, "18:00", "22:30", "16:30",
                  "許可：臺中流行影音中心戶外演唱會 18:00-22:30，預估 12,000 人，管制半徑 400 公尺", "C1")
    s.rule("congestion", "SN-VD-KAIXUAN-02", "18:12", "凱旋路車輛偵測器2 平均車速 13 km/h", "C1")
    s.parking("SN-PK-004", "18:20", "中央公園地下停車場(北) 汽車位已滿", "C1")
    s.rule("congestion", "SN-VD-ZHONGKE-01", "18:25", "中科路車輛偵測器1 平均車速 16 km/h", "C1")
    pc = s.police("crowd_control", "Moderate", s.scatter(*V, 0, 40), "18:30",
                  "第六分局：影音中心入場人潮 於凱旋路側設置人行管制", "C1", key="94-PR-C")
    s.parking("SN-PK-005", "18:40", "中央公園地下停車場(南) 汽車位已滿", "C1")
    for i, tm in enumerate(["18:48", "19:02", "19:30", "20:05"]):
        s.c1999("illegal_parking", s.scatter(*V, 120, 400), tm,
                ["凱旋路人行道停滿機車，走不過去。", "中科路兩邊都違停，車道只剩一線。",
                 "演唱會的車停在我家車庫前。", "紅線上停一整排，請來拖吊。"][i], "C1", truth_alt=None)
    s.panel("fault", "SN-FA-006", "19:05", "臺中流行影音中心 受信總機 迴路故障（第 3 迴路斷線）", None)
    T = offset(V[0], V[1], -150, 240)  # 凱旋路 ~280 m north
    t1 = s.police("accident", "Minor", s.scatter(*T, 0, 20), "19:20",
                  "第六分局：凱旋路 機車與自小客擦撞 騎士輕傷", "T1", key="94-PR-T")
    s.c1999("traffic_accident", s.scatter(*T, 20, 80), "19:21", "凱旋路有機車被撞，人還在地上。", "T1")
    s.f119("ambulance", T, "19:22", "西屯區凱旋路 機車事故 派遣救護車", "T1", key="94-F-T")
    s.f119("ambulance", T, "19:48", "傷者送往澄清醫院 返隊", "T1", key="94-F-T2", follows="94-F-T")
    s.panel("normal", "SN-FA-006", "19:40", "臺中流行影音中心 受信總機 故障排除 復歸", None)
    for i, tm in enumerate(["20:30", "21:05", "21:45"]):
        s.c1999("noise", s.scatter(*offset(V[0], V[1], -450, 50), 0, 200), tm,
                ["演唱會音量太大，家裡窗戶都在震。", "都快十點了還這麼吵，小孩睡不著。", "低音太重，請環保局來測噪音。"][i],
                "C1", truth_alt=None)
    p1 = s.police("theft", "Minor", s.scatter(*V, 0, 60), "20:50", "第六分局：觀眾報案手機於搖滾區遭扒竊", "P1",
                  truth_alt="C1", key="94-PR-P")
    r1 = s.f119("ambulance", s.scatter(*V, 0, 50), "21:10", "影音中心戶外區 觀眾疑似中暑昏倒 派遣救護車", "R1",
                truth_alt="C1", key="94-F-R")
    s.f119("ambulance", V, "21:32", "患者意識恢復 送往中國醫藥大學附設醫院", "R1", truth_alt="C1", key="94-F-R2",
           follows="94-F-R")
    s.rule("congestion", "SN-VD-KAIXUAN-02", "22:20", "凱旋路車輛偵測器2 平均車速 7 km/h（散場）", "C1")
    s.police("crowd_control", "Moderate", s.scatter(*V, 0, 40), "22:22", "散場人潮 凱旋路、中科路人車分流管制", "C1",
             follows="94-PR-C")
    s.c1999("crowding", s.scatter(*V, 50, 200), "22:25", "散場的人全擠到車道上，很危險。", "C1")
    s.rule("congestion", "SN-VD-ZHONGKE-01", "22:28", "中科路車輛偵測器1 平均車速 9 km/h", "C1")
    D = (120.6535, 24.1857)
    p2 = s.police("public_disturbance", "Moderate", s.scatter(*D, 0, 20), "22:36",
                  "第六分局：中科路 散場觀眾與黃牛糾紛 互毆 兩人輕傷 帶回派出所", "P2", truth_alt="C1", key="94-PR-D")
    s.c1999("noise", s.scatter(*D, 30, 100), "22:34", "中科路有人在吵架打架，大吼大叫。", "P2", truth_alt="C1")
    s.police("crowd_control", "Minor", V, "23:05", "人潮疏散完畢 解除管制", "C1", follows="94-PR-C")
    s.c1999("streetlight", s.scatter(120.6530, 24.1800, 0, 80), "22:50", "中科路往南路燈壞兩盞。", None)
    s.incident("C1", "crowd", "臺中流行影音中心戶外演唱會（許可 18:00-22:30），入場與散場人潮、停車場滿、"
               "凱旋路/中科路回堵、違停與噪音陳情", pe["key"])
    s.incident("T1", "traffic", "凱旋路（會場北約 280 公尺）機車與自小客擦撞，騎士輕傷送醫", t1["key"])
    s.incident("P1", "public_safety", "搖滾區觀眾手機遭扒竊", p1["key"])
    s.incident("R1", "rescue", "觀眾中暑昏倒送醫", r1["key"])
    s.incident("P2", "public_safety", "散場後中科路黃牛糾紛互毆", p2["key"])
    s.alternative(
        "活動現場的扒竊、昏倒、鬥毆可能全由活動安全案統一處理（同一指揮所），違停與噪音陳情則可能當作例行 1999 不併案。",
        [dict(s.incidents[0]), dict(s.incidents[1])])
    return s


# ---------------------------------------------------------------- 95
def s95():
    s = Situation(95, "museumbrary_fire_late_skewed", "2026-04-09", 9505,
                  "綠美圖一樓餐飲區小火警與 110 公尺外經貿七路號誌黑燈同時發生；"
                  "交通與警政資料延遲 20 多分鐘、119 狀態亂序、面板與 1999 重送、一台攝影機時鐘多了 8 小時。")
    FA = S("SN-FA-004")
    SG = (120.65685, 24.19247)
    # S1 signal dark (traffic feed batch later delayed)
    sg = s.signal("fault", "SN-SIG-006", "15:05:10", "經貿路二段/經貿七路 號誌控制器 電源異常 黑燈", "S1", delay_s=8)
    s.cctv("signal_dark", "SN-CCTV-006", "15:06", 0.90, "經貿路二段/經貿七路 號誌黑燈", "S1")
    s.c1999("traffic_signal", s.scatter(*SG, 20, 80), "15:12", "經貿七路口紅綠燈全暗，車子亂鑽。", "S1")
    ps = s.police("traffic_signal_fault", "Moderate", s.scatter(*SG, 0, 15), "15:15",
                  "第五分局：經貿路二段/經貿七路口號誌故障 派員指揮交通", "S1", key="95-PR-S", arrival="15:38")
    s.police("traffic_signal_fault", "Minor", SG, "15:24", "員警已到場以手勢指揮", "S1", follows="95-PR-S",
             arrival="15:25", key="95-PR-S2")
    # F1 kitchen fire in the Museumbrary
    a = s.panel("alarm", "SN-FA-004", "15:21:10", "臺中綠美圖 1F 餐飲區 偵熱式探測器動作", "F1", delay_s=5)
    s.dup(a, "15:21:40")
    s.dup(a, "15:26:00")
    c = s.c1999("fire_smoke", s.scatter(*FA, 10, 60), "15:22:00", "綠美圖一樓咖啡廳冒煙，大家在往外跑。", "F1",
                arrival="15:25:00")
    s.dup(c, "15:25:50")
    # camera clock set to local time but stamped UTC: observed 8 h ahead
    cam = s.add("cctv", "smoke", "Unknown", FA[0], FA[1], s.t("23:22:00"), arrival=s.t("15:22:20"),
                sensor_id="SN-CCTV-006", text="經貿七路攝影機 東南方建物出口偵測煙霧（設備時鐘誤差）", truth="F1",
                confidence=0.62)
    cam["lon"], cam["lat"] = round(FA[0] + 0.0001, 6), round(FA[1], 6)
    d = s.f119("fire", s.scatter(*FA, 0, 20), "15:23", "西屯區臺中綠美圖 1F 餐飲區火警 派遣 2 車", "F1",
               key="95-F-1", arrival="15:41")
    s.f119("fire", FA, "15:30", "到達現場 廚房排油煙管起火 已使用滅火器初期撲滅", "F1", key="95-F-1b",
           follows="95-F-1", arrival="15:33")
    s.cctv("crowding", "SN-CCTV-006", "15:27", 0.70, "綠美圖前廣場 疏散人群聚集", "F1", truth_alt=None,
           at=offset(FA[0], FA[1], -40, 30))
    s.police("fire_report", "Moderate", s.scatter(*FA, 0, 30), "15:28", "第五分局：綠美圖火警 協助疏散 管制經貿路側車道",
             "F1", key="95-PR-F", arrival="15:52")
    # 1999 createdAt stamped 3 min behind
    s.c1999("fire_smoke", s.scatter(*FA, 50, 200), "15:26", "綠美圖那邊有消防車，有濃煙嗎？", "F1", arrival="15:32")
    s.rule("congestion", "SN-VD-JINGMAO-01", "15:40", "經貿路車輛偵測器1 平均車速 14 km/h", "S1", truth_alt="F1")
    s.panel("normal", "SN-FA-004", "15:50", "臺中綠美圖 受信總機 復歸", "F1")
    r = s.signal("restored", "SN-SIG-006", "15:55", "經貿路二段/經貿七路 號誌恢復正常運作", "S1", arrival="16:19")
    s.dup(r, "16:19:30")
    s.c1999("fire_smoke", s.scatter(*FA, 100, 300), "15:36:00", "消防車停在經貿路，綠美圖是不是失火？", "F1",
            arrival="15:34:10")
    s.c1999("other", s.scatter(*FA, 0, 40), "16:00", "在綠美圖疏散時遺失一個藍色背包，請協尋。", None)
    s.police("traffic_signal_fault", "Minor", SG, "16:02", "號誌恢復 員警撤離", "S1", follows="95-PR-S", arrival="16:24")
    s.f119("fire", FA, "16:20", "殘火處理完畢 無人傷亡 返隊", "F1", key="95-F-1c", follows="95-F-1", arrival="16:21")
    s.c1999("illegal_parking", s.scatter(120.6560, 24.1935, 0, 80), "16:30", "經貿七路轉角常常有車違停。", None)
    s.incident("S1", "traffic", "經貿路二段/經貿七路口號誌電源異常黑燈約 50 分鐘，員警手勢指揮", sg["key"])
    s.incident("F1", "fire", "臺中綠美圖 1F 餐飲區廚房排油煙管起火，初期撲滅，人員疏散", a["key"])
    s.alternative(
        "經貿路車輛偵測器1 的回堵可歸因於消防車停靠經貿路（F1）而非黑燈；廣場疏散人群也可能不算入火警案。",
        [dict(i) for i in s.incidents])
    s.notes = ("95-CV-002 的 observed 比實際晚 8 小時（攝影機以當地時間標 UTC）。95-PR-S2 追蹤 95-PR-S，卻早 13 分鐘到達；"
               "95-F-1b（到場）比 95-F-1（派遣）早到。15:36 的 1999 案件 createdAt 比到達時間晚約 2 分鐘（來源時鐘偏快）。")
    return s


# ---------------------------------------------------------------- 96
def s96():
    s = Situation(96, "park_gateway_outage_carpark_fire", "2026-07-21", 9606,
                  "中央公園一段饋線跳電，公園內感測器閘道離線，十多個設備同時斷線；停電期間中央公園地下停車場(北) "
                  "一輛車起火。北屯一支車輛偵測器剛好也單獨斷線。")
    park = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-WL-001", "SN-FL-004", "SN-RG-001",
            "SN-WL-002", "SN-FL-005", "SN-PK-004", "SN-PK-005"]
    t0 = s.t("19:12:00")
    sts = []
    for i, sid in enumerate(park):
        sts.append(s.status("offline", sid, plus(t0, seconds=4 * i + s.rng.randint(0, 3)),
                            "%s 離線（comms_lost，閘道無回應）" % SENSORS[sid]["name"], "G1",
                            truth_alt="F1" if sid == "SN-PK-004" else "G1"))
        if sid != "SN-PK-004":
            del sts[-1]["truth_alt"]
    s.panel("fault", "SN-FA-007", "19:13", "中央公園地下停車場 受信總機 主電源異常 切換備用電池", "G1", truth_alt=None)
    for i, tm in enumerate(["19:18", "19:21", "19:26"]):
        s.c1999("streetlight", s.scatter(120.6564, 24.1840, 50, 500), tm,
                ["中央公園路燈整片全暗。", "公園步道沒燈很危險。", "敦化路靠公園那側路燈都不亮。"][i], "G1", truth_alt=None)
    for i, sid in enumerate([x for x in park if SENSORS[x]["kind"] != "parking"]):
        s.rule("sensor_offline", sid, plus(t0, minutes=20, seconds=10 * i),
               "%s 超過 20 分鐘無資料" % SENSORS[sid]["name"], "G1")
    s.status("offline", "SN-VD-ZHONGQING-02", "19:30", "中清路車輛偵測器2 離線（comms_lost）", None, truth_alt="G1")
    CP = S("SN-PK-004")
    fa = s.panel("alarm", "SN-FA-007", "19:41", "中央公園地下停車場 B1 北區 偵煙式探測器動作", "F1")
    for i, tm in enumerate(["19:42", "19:43", "19:45", "19:49"]):
        s.c1999("fire_smoke", s.scatter(*CP, 40, 250), tm,
                ["公園停車場出口一直冒煙！", "地下停車場有燒焦味，煙從通風口出來。", "停車場裡面好像有車子燒起來。",
                 "公園北邊有黑煙，停電又冒煙。"][i], "F1")
    f = s.f119("fire", s.scatter(*CP, 0, 20), "19:44", "北屯區中央公園地下停車場(北) B1 車輛火警 派遣 3 車", "F1",
               key="96-F-1")
    s.police("fire_report", "Moderate", s.scatter(*CP, 0, 40), "19:50", "第五分局：中央公園地下停車場車輛火警 管制出入口", "F1")
    s.f119("fire", CP, "19:52", "到達現場 B1 自小客車引擎室起火 排煙中", "F1", key="96-F-1b", follows="96-F-1")
    t1 = s.t("20:05")
    for i, sid in enumerate(park[:5]):
        s.status("online", sid, plus(t1, seconds=6 * i), "%s 恢復連線" % SENSORS[sid]["name"], "G1")
    s.f119("fire", CP, "20:15", "火勢撲滅 無人受傷 持續排煙", "F1", key="96-F-1c", follows="96-F-1")
    s.status("online", "SN-VD-ZHONGQING-02", "20:22", "中清路車輛偵測器2 恢復連線", None, truth_alt="G1")
    t2 = s.t("20:30")
    for i, sid in enumerate(park[5:]):
        if sid == "SN-PK-004":
            continue
        s.status("online", sid, plus(t2, seconds=5 * i), "%s 恢復連線" % SENSORS[sid]["name"], "G1")
    s.panel("normal", "SN-FA-007", "20:40", "中央公園地下停車場 受信總機 復歸（市電恢復）", "F1", truth_alt="G1")
    s.f119("fire", CP, "20:45", "排煙完成 返隊", "F1", key="96-F-1d", follows="96-F-1")
    s.status("online", "SN-PK-004", "21:30", "中央公園地下停車場(北) 恢復連線（火場旁通訊線更換）", "G1", truth_alt="F1")
    s.c1999("noise", s.scatter(120.6600, 24.1880, 0, 150), "21:00", "公園有人放音樂跳舞到很晚。", None)
    s.incident("G1", "infrastructure", "中央公園饋線停電，公園感測器閘道離線（淹水、水位、雨量、停車場共 10 具），"
               "路燈全暗、停車場消防總機切換備援電源；20:05 至 21:30 分批恢復", sts[2]["key"])
    s.incident("F1", "fire", "停電期間中央公園地下停車場(北) B1 自小客車引擎室起火，撲滅無人傷", fa["key"])
    s.alternative(
        "停車場(北) 的設備斷線拖到 21:30 是火場燒斷通訊線所致，可歸火警案；面板復歸是市電恢復，可歸停電案；"
        "北屯車輛偵測器單獨斷線也可能被併進同一停電；路燈與面板電源異常也可能只當背景。",
        [dict(i) for i in s.incidents])
    return s


if __name__ == "__main__":
    for fn in (s91, s92, s93, s94, s95, s96):
        sit = fn()
        print(*sit.write())
