#!/usr/bin/env python3
"""Seeded generator for situations 971-982 (standard library only).

Run:  cd tools_971_982 && python3 gen_971_982.py && python3 validate.py
The output is stable (every Sit has its own fixed random seed)."""
import copy

from sitlib import SENSORS, Sit, along, offset

S = SENSORS


def pos(sid):
    return S[sid]["lon"], S[sid]["lat"]


KAIXUAN = [(120.64766, 24.19659), (120.64904, 24.19365), (120.651, 24.188), (120.6528, 24.182)]
ZHONGKE = [(120.65217, 24.19785), (120.6532, 24.1905), (120.6538, 24.18)]
ZHONGPING = [(120.648, 24.1712), (120.6545, 24.1708), (120.66, 24.1735), (120.67, 24.176)]
JINGMAO = [(120.65345, 24.19848), (120.65496, 24.19582), (120.65685, 24.19247), (120.6592, 24.184),
           (120.6605, 24.1725)]


# ---------------------------------------------------------------------------
def s971():
    s = Sit(971, "lab_fire_and_crash_zhongping", "2016-11-08",
            "週二上午10點，中國醫藥大學水湳校區實驗大樓化學實驗室起火，同時約120公尺外的經貿路/中平路口發生汽機車事故。"
            "兩件事毫無關聯，但證據互相交錯：路口的監視器拍到校區冒煙，校門口的民眾通報的是路口車禍。")
    A = s.incident("A", "fire", "中國醫藥大學水湳校區實驗大樓3樓化學實驗室火警（排煙櫃起火），學生疏散，火勢約20分鐘撲滅")
    B = s.incident("B", "traffic", "經貿路/中平路口自小客與機車碰撞，騎士受傷送醫，佔用中平路東向內側車道")
    cmu = pos("SN-FA-010")
    jx = pos("SN-SIG-011")
    s.add("1999", "illegal_parking", "09:52", None, *offset(120.6520, 24.1735, 20, -15),
          text="河南路停車場出口旁邊有車並排停車，擋住出口")
    s.add("1999", "streetlight", "10:02", None, *offset(*jx, -260, 40),
          text="中平路靠經貿路這段路燈白天一直亮著，浪費電")
    s.add("fire_alarm", "alarm", "10:12:10", "A", sensor="SN-FA-010",
          text="實驗大樓3F 化學實驗室 偵煙探測器動作")
    A["sufficient_evidence_key"] = s.add(
        "1999", "fire_smoke", "10:13:30", "A", *s.scatter(*cmu, 30, 80),
        text="中國醫藥大學水湳校區實驗大樓三樓窗戶在冒黑煙，有燒塑膠的味道，學生在往外跑")
    f1 = s.add("119", "fire", "10:14:00", "A", *offset(*cmu, 10, 15), status="dispatched",
               text="北屯區中國醫藥大學水湳校區 實驗大樓3樓化學實驗室火警，派遣水湳、松竹分隊")
    s.add("cctv", "accident", "10:14:45", "B", sensor="SN-CCTV-011", conf=0.81)
    s.add("cctv", "smoke", "10:15:10", "A", sensor="SN-CCTV-011", conf=0.58)
    B["sufficient_evidence_key"] = s.add(
        "1999", "traffic_accident", "10:15:30", "B", *s.scatter(*jx, 10, 40),
        text="中平路經貿路口汽車跟機車擦撞，騎士倒在地上還沒起來")
    s.add("1999", "fire_smoke", "10:16:00", "A", *s.scatter(*jx, 5, 30),
          text="我在經貿路中平路口等紅燈，看到旁邊學校的大樓在冒煙，不知道有沒有人報案")
    a1 = s.add("119", "ambulance", "10:16:20", "B", *offset(*jx, 5, 5), status="dispatched",
               text="經貿路與中平路口 機車騎士倒地 意識清楚 左腳疼痛")
    s.add("incident", "injury_accident", "10:17:30", "B", *offset(*jx, 12, -6), sev="Moderate",
          text="經貿路/中平路口 自小客與機車碰撞，機車騎士受傷，事故車佔用中平路東向內側車道")
    s.add("1999", "traffic_accident", "10:19:00", "B", *s.scatter(*cmu, 20, 60),
          text="學校門口外面的路口車禍，有人躺在地上，救護車還沒來")
    s.add("119", "ambulance", "10:21:30", "B", *offset(*jx, 5, 5), status="on_scene", follows=a1,
          text="救護車抵達現場，傷者左小腿擦挫傷")
    s.add("119", "fire", "10:22:00", "A", *offset(*cmu, 10, 15), status="on_scene", follows=f1,
          text="消防車抵達，3樓實驗室有濃煙，實施搶救")
    s.add("incident", "fire_report", "10:24:00", "A", *s.scatter(*cmu, 20, 60), sev="Moderate",
          text="中國醫大水湳校區實驗室火警，學生約200人疏散至操場，員警協助校門口管制")
    s.add("rule", "congestion", "10:25:00", "B", sensor="SN-VD-ZHONGPING-02", sev="Moderate",
          text="中平路車輛偵測器2 西向平均車速降至14 km/h")
    s.add("1999", "noise", "10:30:00", None, *offset(120.6598, 24.1840, 30, 20),
          text="經貿路三段旁邊的工地一大早就在打樁，很吵")
    s.add("119", "ambulance", "10:35:00", "B", *offset(*jx, 5, 5), status="returning", follows=a1,
          text="傷者送往中國醫藥大學附設醫院")
    s.add("119", "fire", "10:41:00", "A", *offset(*cmu, 10, 15), status="returning", follows=f1,
          text="火勢於10:31撲滅，排煙櫃燒毀，無人受傷")
    s.add("fire_alarm", "normal", "10:45:00", "A", sensor="SN-FA-010", text="實驗大樓3F 探測器復歸")
    s.add("incident", "other", "10:50:00", "B", *offset(*jx, 12, -6), sev="Minor",
          text="經貿路/中平路口事故車輛已移置路旁，中平路東向車道恢復通行")
    s.notes = ("The CCTV smoke detection comes from the crash junction's camera and one 1999 smoke call is made from the "
               "junction, while one crash call is made from the campus: position alone cannot split them, the content can. "
               "The police closing report (category other) is about the crash; it carries no follows because the police "
               "report id of the first report differs in the source system (a new report).")
    return s


# ---------------------------------------------------------------------------
def s972():
    s = Sit(972, "typhoon_flood_kaixuan", "2016-09-27",
            "梅姬颱風登陸當天下午，凱旋路/黎明路口低窪處開始積水，90分鐘內沿凱旋路向南延伸至中科路附近、向北到環中路口，"
            "最後凱旋路封閉。同一時間中科路有行道樹倒塌（另一件）。雨量警報與滯洪池水位是背景。")
    F = s.incident("F", "flood", "凱旋路（環中路至中科路段）淹水，自黎明路口低窪處擴大，車輛涉水熄火、駕駛受困，最後封路改道")
    T = s.incident("T", "traffic", "中科路近中央公園段行道樹倒塌，佔用外側兩車道，建設局清除")
    fl9 = pos("SN-FL-009")
    s.add("rule", "heavy_rain", "14:20", None, sensor="SN-RG-002", sev="Moderate", level="大雨",
          text="水湳轉運中心雨量站 時雨量 46 mm")
    s.add("rule", "heavy_rain", "14:30", None, sensor="C0F9T0", sev="Moderate", level="大雨",
          text="西屯雨量站 時雨量 52 mm")
    s.add("1999", "other", "14:35", None, *offset(120.6590, 24.1830, 40, 30),
          text="颱風天垃圾車今天晚上還會來收嗎")
    s.add("1999", "fallen_object", "14:41", None, *offset(120.6600, 24.1930, -30, 10),
          text="經貿路二段有一個大型垃圾桶被風吹到路邊，已經自己拉回人行道了，跟你們說一下")
    s.add("rule", "flood_depth", "14:58", "F", sensor="SN-FL-009", sev="Minor", level="1-15",
          text="黎明路凱旋路口低窪處 淹水深度 8 cm")
    F["sufficient_evidence_key"] = s.add(
        "1999", "flooding", "15:06", "F", *s.scatter(*along(KAIXUAN, 0.32), 10, 50),
        text="凱旋路黎明路口積水，快淹到人行道了")
    s.add("cctv", "flooding", "15:10", "F", sensor="SN-CCTV-007", conf=0.71)
    s.add("rule", "flood_depth", "15:14", "F", sensor="SN-FL-009", sev="Moderate", level="16-30",
          text="黎明路凱旋路口低窪處 淹水深度 22 cm")
    s.add("rule", "water_level", "15:15", None, sensor="SN-WL-001", sev="Moderate", level="3",
          text="中央公園北滯洪池水位 2.06 m，達三級警戒")
    s.add("1999", "flooding", "15:20", "F", *s.scatter(*along(KAIXUAN, 0.45), 10, 40),
          text="凱旋路往中科路方向這段整條都是水，機車騎過去水都到腳踏板了")
    s.add("incident", "flooding_report", "15:25", "F", *along(KAIXUAN, 0.40), sev="Moderate",
          text="凱旋路三段（黎明路至水湳路）積水約20公分，多部機車熄火")
    s.add("rule", "congestion", "15:28", "F", sensor="SN-VD-KAIXUAN-01", sev="Moderate",
          text="凱旋路車輛偵測器1 南向平均車速 11 km/h")
    s.add("1999", "blocked_drain", "15:33", "F", *s.scatter(*along(KAIXUAN, 0.50), 10, 40),
          text="凱旋路上的水溝蓋都在往上冒水，根本排不掉")
    tr = s.add("1999", "fallen_tree", "15:35", "T", *offset(120.6535, 24.1840, 25, 10),
               text="中科路靠近中央公園那邊行道樹倒下來，擋住兩個車道")
    T["sufficient_evidence_key"] = tr
    s.add("rule", "flood_depth", "15:40", "F", sensor="SN-FL-009", sev="Severe", level=">30",
          text="黎明路凱旋路口低窪處 淹水深度 34 cm")
    s.add("incident", "fallen_object", "15:41", "T", *offset(120.6535, 24.1840, 5, 0), sev="Moderate",
          text="中科路（中央公園旁）路樹倒塌佔用外側二車道，已放置三角錐")
    s.add("cctv", "stalled_vehicle", "15:42", "F", sensor="SN-CCTV-007", conf=0.66)
    rsv = s.add("incident", "stalled_vehicle", "15:45", "F", *offset(*pos("SN-CCTV-007"), -20, -15), sev="Severe",
          text="凱旋路黎明路口一部自小客涉水熄火，駕駛受困車內", alt="R")
    r1 = s.add("119", "rescue", "15:46", "F", *offset(*pos("SN-CCTV-007"), -20, -15), status="dispatched",
               text="凱旋路黎明路口 車輛受困水中 駕駛1人 派遣救助隊", alt="R")
    s.add("1999", "flooding", "15:49", "F", *s.scatter(*along(KAIXUAN, 0.85), 10, 40),
          text="凱旋路靠近中科路那邊也開始淹了，水從北邊一直流下來")
    s.add("1999", "flooding", "15:51", "F", *s.scatter(*along(KAIXUAN, 0.30), 20, 60),
          text="黎明路凱旋路口那邊有一台車泡在水裡，人好像還在裡面")
    s.add("rule", "congestion", "15:55", "F", sensor="SN-VD-KAIXUAN-02", sev="Moderate",
          text="凱旋路車輛偵測器2 北向平均車速 9 km/h")
    s.add("119", "rescue", "15:58", "F", *offset(*pos("SN-CCTV-007"), -20, -15), status="on_scene", follows=r1,
          text="救助隊抵達，涉水救出駕駛1人，無外傷", alt="R")
    s.add("incident", "road_closure", "16:00", "F", *along(KAIXUAN, 0.55), sev="Severe",
          text="凱旋路（黎明路至中科路段）雙向封閉，車輛改道環中路、中科路")
    s.add("1999", "flooding", "16:04", "F", *s.scatter(*pos("SN-SIG-002"), 10, 40),
          text="我在環中路凱旋路口，凱旋路封起來了，路口這邊也積水，環中路也塞")
    s.add("cctv", "flooding", "16:05", "F", sensor="SN-CCTV-002", conf=0.58)
    s.add("1999", "other", "16:10", "F", *offset(120.6412, 24.1802, 0, 0),
          text="我家在凱旋路三段，家人說一樓進水了，我人在外面回不去，可以請人去看一下嗎")
    s.add("1999", "streetlight", "16:12", None, *offset(120.6588, 24.1843, -40, 20),
          text="生態住宅這邊一盞路燈被風吹得一直閃")
    s.add("rule", "congestion", "16:18", "F", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 東向平均車速 13 km/h")
    s.add("1999", "flooding", "16:21", "F", *s.scatter(*along(KAIXUAN, 0.70), 10, 50),
          text="凱旋路這邊水到小腿了，店家都在堆沙包，抽水機什麼時候來")
    s.add("incident", "flooding_report", "16:25", "F", *along(KAIXUAN, 0.70), sev="Severe",
          text="凱旋路中段積水約35公分，水利局抽水機已到場")
    s.add("incident", "other", "16:30", "T", *offset(120.6535, 24.1840, 5, 0), sev="Minor",
          text="中科路倒樹已由建設局養工處清除，車道恢復通行")
    s.add("rule", "flood_depth", "16:45", "F", sensor="SN-FL-009", sev="Moderate", level="16-30",
          text="黎明路凱旋路口低窪處 淹水深度 19 cm（下降中）")
    s.add("1999", "flooding", "16:52", "F", *s.scatter(*along(KAIXUAN, 0.25), 20, 60),
          text="剛剛打過，凱旋路黎明路口水有退一點了，但還是很多泥巴")
    s.add("rule", "cleared", "17:20", "F", sensor="SN-FL-009", sev="Minor",
          text="黎明路凱旋路口低窪處 淹水深度 3 cm，警戒解除")
    s.add("incident", "other", "17:35", "F", *along(KAIXUAN, 0.55), sev="Minor",
          text="凱旋路積水已退，解除封閉，恢復雙向通行")
    s.set_alt("The trapped driver is a rescue job of its own (119 rescue crew) that some coordinators open separately "
              "from the flood (drainage, pumps, closure).",
              [F, T, {"label": "R", "type": "rescue",
                      "description": "凱旋路黎明路口自小客涉水熄火，駕駛受困車內，救助隊救出",
                      "sufficient_evidence_key": rsv}])
    s.notes = ("Rain alerts and the detention pond reaching warning level 3 are context (the pond is doing its job), "
               "not a job: truth null. The caller at 16:10 is 2 km away from the water, reporting her family's house "
               "on 凱旋路. The 1999 call at 14:41 says the object was already moved: null under both readings.")
    return s


# ---------------------------------------------------------------------------
def s973():
    s = Sit(973, "cold_wave_apartment_fire_calls", "2016-01-24",
            "霸王級寒流夜晚19:20，水湳生態住宅B區集合住宅7樓電暖器起火，火光與濃煙從周邊道路、中央公園、甚至1公里外都看得到，"
            "1999在25分鐘內湧入三十多通電話。同時有一件圍觀民眾的追撞事故與一件河南路旁的露天燃燒。")
    F = s.incident("F", "fire", "水湳生態住宅B區集合住宅7樓住宅火警（電暖器），住戶疏散、1人嗆傷送醫、敦化路一段封閉供消防車作業")
    C = s.incident("C", "traffic", "中清路上兩車因駕駛分心看火場而追撞，無人受傷，占用車道")
    O = s.incident("O", "fire", "河南路旁空地露天燃燒雜草垃圾，濃煙影響路過車輛（環保局與消防分隊處理）")
    fa = pos("SN-FA-012")
    s.add("1999", "noise", "19:08", None, *offset(*pos("SN-FA-011"), 20, 10),
          text="A區樓下有人在唱卡拉OK，很吵")
    s.add("1999", "streetlight", "19:15", None, *offset(120.6540, 24.1770, 10, 10),
          text="中央公園南邊步道有一盞路燈不亮，編號 XT-08812")
    s.add("fire_alarm", "alarm", "19:21:05", "F", sensor="SN-FA-012", text="E棟7F 住戶 偵煙探測器動作")
    s.add("fire_alarm", "alarm", "19:21:40", "F", sensor="SN-FA-012", text="E棟7F 走廊 偵熱探測器動作")
    F["sufficient_evidence_key"] = s.add(
        "1999", "fire_smoke", "19:22:00", "F", *s.scatter(*fa, 20, 60),
        text="敦化路一段的社區大樓7樓失火了，窗戶看得到火光")
    f1 = s.add("119", "fire", "19:23:00", "F", *offset(*fa, 5, 5), status="dispatched",
               text="北屯區敦化路一段 水湳生態住宅B區 7樓住宅火警，派遣水湳、松竹、四平分隊及救護車")
    # the burst
    calls = [
        ("fire_smoke", (20, 80), fa, "我住B區，樓上7樓在冒煙，警報一直響，我們要不要下樓"),
        ("fire_smoke", (100, 200), pos("SN-FA-011"), "對面那棟B區大樓燒起來了，火很大"),
        ("fire_smoke", (30, 90), fa, "敦化路這邊大樓有火光跟黑煙，快派消防車"),
        ("other", (10, 50), fa, "我媽住在那棟七樓，電話一直打不通，拜託幫我問一下"),
        ("fire_smoke", (250, 400), (120.6596, 24.1825), "經貿路三段這邊看到一棟大樓在燒，濃煙很大"),
        ("fire_smoke", (300, 500), (120.6565, 24.1830), "我在中央公園散步，東邊有一棟住宅大樓起火，煙往公園這邊飄"),
        ("fire_smoke", (30, 80), fa, "7樓陽台有火，有人在喊救命"),
        ("fire_smoke", (600, 900), (120.6622, 24.1905), "中清路上看到南邊有火光，好像是水湳那邊的大樓"),
        ("other", (40, 120), fa, "我們已經跑下來了，在樓下，消防車到了嗎"),
        ("fire_smoke", (20, 60), fa, "剛剛打過了，消防車還沒到，火越來越大"),
        ("illegal_parking", (60, 150), fa, "敦化路兩邊都是違停的車，消防車好像進不來"),
        ("fire_smoke", (900, 1300), (120.6650, 24.1750), "我在中平路這邊都看得到水湳那邊有大火，是哪裡失火"),
        ("crowding", (50, 150), fa, "很多人圍在大樓下面看，擋在路中間"),
        ("fire_smoke", (150, 300), pos("SN-FA-011"), "A區這邊都是煙味，窗戶要不要關"),
        ("other", (20, 80), fa, "我是住戶，我家的貓還在裡面，可以幫忙嗎"),
        ("fire_smoke", (400, 700), (120.6585, 24.1930), "營運塔這邊看到南邊冒很多煙"),
        ("fire_smoke", (30, 100), fa, "經貿路三段跟敦化路那邊的大樓失火"),
        ("fire_smoke", (200, 350), (120.6560, 24.1800), "中央公園旁邊的住宅區有大樓起火"),
        ("other", (500, 800), (120.6640, 24.1860), "我在中清路開車，前面的車都在慢下來看火災"),
        ("fire_smoke", (20, 60), fa, "消防車到了，可是七樓還有人沒下來"),
        ("fire_smoke", (100, 250), fa, "煙已經飄到我們這棟了，有點嗆"),
        ("other", (1500, 2500), (120.6720, 24.1860), "我朋友住水湳生態住宅，新聞說那邊失火，我聯絡不到他"),
        ("fire_smoke", (30, 90), fa, "剛剛打過，現在火好像小一點了，但煙還是很大"),
        ("noise", (150, 300), pos("SN-FA-011"), "消防車警笛一直響，可以關掉嗎，小孩被吵醒"),
        ("fire_smoke", (60, 150), fa, "我在敦化路一段，大樓起火，有人被抬出來"),
        ("other", (20, 70), fa, "住戶都在樓下很冷，有沒有地方可以讓我們待"),
        ("fire_smoke", (800, 1200), (120.6480, 24.1900), "從黎明路這邊看，東南邊有一團濃煙"),
        ("fire_smoke", (40, 120), fa, "B區的火好像撲滅了嗎？還有白煙"),
        ("other", (30, 90), fa, "我們什麼時候可以回家，外面好冷"),
    ]
    t0 = s.t("19:22:20")
    from datetime import timedelta
    for i, (cat, (rmin, rmax), centre, text) in enumerate(calls):
        obs = t0 + timedelta(seconds=int(i * 50 + s.rng.randint(0, 40)))
        truth = "F"
        if cat == "noise":
            truth = None
        s.add("1999", cat, obs, truth, *s.scatter(*centre, rmin, rmax), text=text)
    s.add("119", "fire", "19:30:00", "F", *offset(*fa, 5, 5), status="on_scene", follows=f1,
          text="第一車抵達，7樓一戶火勢猛烈，佈線搶救，進行人命搜索")
    s.add("incident", "fire_report", "19:33:00", "F", *s.scatter(*fa, 20, 50), sev="Severe",
          text="敦化路一段集合住宅火警，疏散住戶約60人，員警到場交通管制")
    C["sufficient_evidence_key"] = s.add(
        "1999", "traffic_accident", "19:34:00", "C", *offset(120.6640, 24.1862, 10, 10),
        text="中清路上兩台車追撞，前面的車停下來看火災，後面的撞上去")
    s.add("119", "ambulance", "19:36:00", "F", *offset(*fa, 5, 5), status="dispatched",
          text="敦化路一段火場 住戶1名吸入濃煙嗆傷 送醫")
    s.add("incident", "accident", "19:38:00", "C", *offset(120.6640, 24.1862, 5, 0), sev="Minor",
          text="中清路二段（近敦化路）二車追撞，無人受傷，佔用內側車道")
    s.add("rule", "congestion", "19:39:00", "F", sensor="SN-VD-JINGMAO-02", sev="Moderate",
          text="經貿路車輛偵測器2 南向平均車速 8 km/h", alt=None)
    s.add("rule", "congestion", "19:41:00", "C", sensor="SN-VD-ZHONGQING-02", sev="Moderate",
          text="中清路車輛偵測器2 南向平均車速 12 km/h", alt=None)
    O["sufficient_evidence_key"] = s.add(
        "1999", "fire_smoke", "19:42:00", "O", *offset(120.6470, 24.1665, 20, 0),
        text="河南路二段旁邊的空地有人在燒雜草跟垃圾，煙很大，車子開過去都看不到")
    s.add("incident", "road_closure", "19:45:00", "F", *offset(*fa, -80, 0), sev="Moderate",
          text="敦化路一段（經貿路至中清路間）封閉，供消防車作業")
    s.add("1999", "fire_smoke", "19:55:00", "O", *offset(120.6480, 24.1680, 0, 0),
          text="河南路那邊有人在露天燒東西，整條路都是煙，味道很臭")
    s.add("119", "fire", "19:58:00", "O", *offset(120.6470, 24.1665, 10, 0), status="dispatched",
          text="西屯區河南路二段旁空地 露天燃燒 派遣西屯分隊")
    s.add("119", "fire", "20:06:00", "F", *offset(*fa, 5, 5), status="returning", follows=f1,
          text="火勢於19:52撲滅，燒損1戶約30平方公尺，1人嗆傷送醫，殘火處理完畢")
    s.add("fire_alarm", "normal", "20:12:00", "F", sensor="SN-FA-012", text="E棟7F 探測器復歸")
    s.add("incident", "other", "20:20:00", "C", *offset(120.6640, 24.1862, 5, 0), sev="Minor",
          text="中清路追撞事故車輛已移離，恢復通行")
    s.add("119", "fire", "20:24:00", "O", *offset(120.6470, 24.1665, 10, 0), status="closed",
          text="河南路空地露天燃燒已撲滅，移請環保局處理")
    s.set_alt("The two slow-down alarms are in the fire's and the rubberneckers' area but a reader who keeps every "
              "slow-down as context on a cold-wave Sunday evening (traffic was heavy anyway) would leave them out.",
              [F, C, O])
    s.notes = ("Callers asking after relatives, a pet, shelter or when they may go home are part of the fire job "
               "(the incident commander answers them). The siren noise complaint is null: it asks for nothing to be "
               "dispatched. The fire caller at 19:42 is 1.8 km away and describes open burning, not the building fire.")
    return s


# ---------------------------------------------------------------------------
def s974():
    s = Sit(974, "pop_music_concert_night", "2016-05-21",
            "週六晚上臺中流行影音中心戶外演唱會（預估12,000人），入場與散場時周邊道路、停車場、人行道的壓力是演唱會本身的疏導工作；"
            "期間另有五件小事件：觀眾暈倒、手機失竊、男童走失、散場機車擦撞、停車場口角。")
    E = s.incident("E", "crowd", "流行影音中心演唱會入場與散場的人潮、交通與停車疏導（含周邊違停與噪音陳情）")
    R = s.incident("R", "rescue", "搖滾區女性觀眾疑似中暑暈倒，救護車送醫")
    P = s.incident("P", "public_safety", "觀眾席區手機遭竊，員警受理報案")
    M = s.incident("M", "rescue", "6歲男童於東側出口走失，約20分鐘後尋獲")
    T = s.incident("T", "traffic", "散場車流於凱旋路/黎明路口兩部機車擦撞，無人受傷")
    D = s.incident("D", "public_safety", "經貿六停車場散場後兩群人口角推擠，員警到場排解")
    pm = pos("SN-FA-006")
    s.add("planned_event", "concert", "17:30", "E", *pm, arr="2016-05-18 10:05", ends="22:30",
          text="臺中流行影音中心戶外廣場演唱會，預估12,000人，散場時段中科路、凱旋路實施交通管制")
    s.add("1999", "streetlight", "16:40", None, *offset(120.6598, 24.1760, 10, 10),
          text="中平路經貿路口附近一盞路燈不亮")
    s.add("parking", "full", "17:45", "E", sensor="SN-PK-004", text="車位已滿")
    s.add("rule", "congestion", "17:58", "E", sensor="SN-VD-ZHONGKE-01", sev="Moderate",
          text="中科路車輛偵測器1 南向平均車速 10 km/h")
    s.add("parking", "full", "18:02", "E", sensor="SN-PK-005", text="車位已滿")
    s.add("1999", "illegal_parking", "18:10", "E", *s.scatter(*along(ZHONGKE, 0.75), 20, 80),
          text="中科路兩邊紅線都停滿了，公車都過不去")
    s.add("1999", "illegal_parking", "18:18", "E", *s.scatter(*pm, 150, 300),
          text="影音中心附近巷子全部被來看演唱會的車堵住，我家車庫出不去")
    E["sufficient_evidence_key"] = s.add(
        "incident", "crowd_control", "18:25", "E", *s.scatter(*pm, 20, 80), sev="Minor",
        text="流行影音中心入場人潮，中科路側人行道實施分流管制")
    s.add("rule", "congestion", "18:31", "E", sensor="SN-VD-KAIXUAN-02", sev="Moderate",
          text="凱旋路車輛偵測器2 南向平均車速 12 km/h")
    s.add("parking", "full", "18:40", None, sensor="SN-PK-001", text="車位已滿", alt="E")
    s.add("1999", "crowding", "18:44", "E", *s.scatter(*pm, 50, 150),
          text="影音中心門口排隊的人排到馬路上了，很危險")
    s.add("1999", "illegal_parking", "18:52", "E", *s.scatter(*along(KAIXUAN, 0.85), 20, 80),
          text="凱旋路靠中科路那邊機車停到人行道上，走都不能走")
    s.add("incident", "crowd_control", "19:05", "E", *s.scatter(*pm, 20, 80), sev="Minor",
          text="入場完畢，場外人潮已紓解，維持警力於出口待命")
    s.add("1999", "noise", "19:40", "E", *s.scatter(*pos("SN-FA-011"), 10, 60),
          text="演唱會音響太大聲了，窗戶關起來都聽得到", alt=None)
    a1 = s.add("119", "ambulance", "20:05", "R", *offset(*pm, 30, 20), status="dispatched",
               text="流行影音中心搖滾區 女性約20歲 疑似中暑暈倒 意識模糊")
    R["sufficient_evidence_key"] = a1
    s.add("119", "ambulance", "20:12", "R", *offset(*pm, 30, 20), status="on_scene", follows=a1,
          text="救護人員抵達，患者意識恢復")
    s.add("1999", "noise", "20:15", "E", *s.scatter(*pos("SN-FA-012"), 10, 60),
          text="水湳那邊演唱會超吵，小孩睡不著，幾點才會結束", alt=None)
    s.add("119", "ambulance", "20:31", "R", *offset(*pm, 30, 20), status="returning", follows=a1,
          text="患者送往中國醫藥大學附設醫院")
    P["sufficient_evidence_key"] = s.add(
        "incident", "theft", "20:40", "P", *s.scatter(*pm, 10, 60), sev="Minor",
        text="觀眾報案，於觀眾席區手機遭竊，受理報案並調閱監視器")
    s.add("1999", "noise", "20:48", "E", *s.scatter(*pos("SN-FA-011"), 10, 60),
          text="第二次打了，演唱會聲音還是很大，有沒有人要管", alt=None)
    s.add("1999", "other", "20:55", None, *offset(120.6560, 24.1990, 0, 0),
          text="轉運站的客運班次查詢，請問晚上還有往台北的車嗎")
    M["sufficient_evidence_key"] = s.add(
        "incident", "missing_person", "21:15", "M", *s.scatter(*pm, 60, 120), sev="Moderate",
        text="觀眾報案，6歲男童於東側出口附近走失，穿藍色上衣、短褲")
    s.add("1999", "missing_person", "21:18", "M", *s.scatter(*pm, 100, 200),
          text="我兒子在演唱會場外不見了，六歲，藍色衣服，警察在找了嗎")
    s.add("incident", "other", "21:36", "M", *s.scatter(*pm, 60, 120), sev="Minor",
          text="走失男童已於服務台尋獲，交還家長")
    # dispersal
    s.add("incident", "crowd_control", "21:50", "E", *s.scatter(*pm, 20, 80), sev="Moderate",
          text="演唱會提前散場，中科路、凱旋路開始交通管制，人潮往轉運中心及停車場移動")
    s.add("rule", "congestion", "21:56", "E", sensor="SN-VD-KAIXUAN-02", sev="Moderate",
          text="凱旋路車輛偵測器2 北向平均車速 7 km/h")
    s.add("rule", "congestion", "22:00", "E", sensor="SN-VD-ZHONGKE-01", sev="Moderate",
          text="中科路車輛偵測器1 北向平均車速 8 km/h")
    s.add("cctv", "crowding", "22:06", "E", sensor="SN-CCTV-007", conf=0.77)
    s.add("rule", "congestion", "22:08", "E", sensor="SN-VD-KAIXUAN-01", sev="Moderate",
          text="凱旋路車輛偵測器1 北向平均車速 9 km/h")
    s.add("1999", "crowding", "22:10", "E", *s.scatter(*along(KAIXUAN, 0.6), 30, 100),
          text="散場的人走在凱旋路車道上，車子都要閃")
    s.add("1999", "illegal_parking", "22:12", "E", *s.scatter(*pm, 200, 400),
          text="散場後一堆車停在路口等人，紅線並排")
    s.add("cctv", "crowding", "22:15", "E", sensor="SN-CCTV-005", conf=0.62)
    tc = s.add("cctv", "accident", "22:24", "T", sensor="SN-CCTV-007", conf=0.69)
    T["sufficient_evidence_key"] = s.add(
        "incident", "accident", "22:27", "T", *offset(*pos("SN-SIG-007"), 15, -10), sev="Minor",
        text="凱旋路/黎明路口 散場車流兩部機車擦撞，無人受傷，已拍照移置")
    s.add("1999", "traffic_accident", "22:29", "T", *s.scatter(*pos("SN-SIG-007"), 20, 80),
          text="黎明路凱旋路口兩台機車撞在一起，人好像沒事")
    s.add("rule", "congestion", "22:31", "E", sensor="SN-VD-LIMING-01", sev="Moderate",
          text="黎明路車輛偵測器1 東向平均車速 11 km/h")
    D["sufficient_evidence_key"] = s.add(
        "incident", "public_disturbance", "22:40", "D", *offset(*pos("SN-PK-002"), 20, 10), sev="Moderate",
        text="經貿六停車場 散場後兩群人因插隊離場口角推擠，員警到場排解")
    s.add("1999", "other", "22:42", "D", *s.scatter(*pos("SN-PK-002"), 20, 80),
          text="經貿六停車場有人在打架，很多人圍著")
    s.add("parking", "empty", "23:05", "E", sensor="SN-PK-004", text="車位全空")
    s.add("incident", "crowd_control", "23:10", "E", *s.scatter(*pm, 20, 80), sev="Minor",
          text="散場完畢，解除中科路、凱旋路交通管制")
    s.add("1999", "noise", "23:20", None, *offset(120.6500, 24.1780, 0, 0),
          text="逢甲水湳校區旁邊有人在飆車，排氣管很吵")
    # the dense part of the evening: more of the event's own effects, and routine calls of the shift
    extra = [
        ("17:35", "1999", "illegal_parking", "E", along(ZHONGKE, 0.7), (30, 120), "中科路上黃線都停滿車，我要回家開不進巷子"),
        ("17:50", "1999", "crowding", "E", pm, (100, 250), "影音中心那邊人好多，人行道都走不過去"),
        ("18:05", "1999", "other", "E", along(KAIXUAN, 0.9), (20, 80), "凱旋路塞住了，是不是有活動？公車一直不來"),
        ("18:15", "1999", "illegal_parking", "E", pm, (250, 450), "生態住宅區門口被演唱會的機車擋住"),
        ("18:22", "1999", "streetlight", None, (120.6480, 24.1920), (10, 60), "黎明路有一盞路燈一直閃"),
        ("18:35", "1999", "illegal_parking", "E", along(ZHONGKE, 0.8), (20, 100), "中科路公車站被計程車佔住"),
        ("18:48", "1999", "other", None, (120.6620, 24.1900), (10, 60), "中清路的公車站牌被撞歪了，要報修"),
        ("19:00", "1999", "crowding", "E", pm, (50, 150), "票口外面推來推去，有人被擠倒，警察快來"),
        ("19:25", "1999", "noise", "E", pos("SN-FA-011"), (10, 80), "演唱會在試音，很大聲"),
        ("19:55", "1999", "other", None, (120.6530, 24.1750), (10, 60), "河南路停車場的繳費機壞了"),
        ("20:25", "1999", "noise", "E", pos("SN-FA-012"), (10, 80), "水湳那個演唱會可以叫他們小聲一點嗎"),
        ("20:35", "1999", "illegal_parking", "E", pm, (200, 400), "有車停在消防栓前面，演唱會的人"),
        ("21:05", "1999", "noise", "E", pos("SN-FA-011"), (10, 80), "演唱會的煙火好大聲，狗一直叫"),
        ("21:30", "1999", "noise", None, (120.6620, 24.1800), (10, 60), "樓上在裝潢，晚上還在鑽牆"),
        ("21:58", "1999", "crowding", "E", along(ZHONGKE, 0.75), (30, 120), "散場的人全部走在中科路車道上"),
        ("22:02", "1999", "other", "E", along(KAIXUAN, 0.8), (30, 120), "凱旋路完全不能動，警察可以指揮一下嗎"),
        ("22:04", "1999", "illegal_parking", "E", along(ZHONGKE, 0.85), (20, 100), "中科路有人並排等接人，整條都堵住"),
        ("22:09", "1999", "crowding", "E", pos("SN-PK-004"), (30, 120), "中央公園停車場出口排好長，行人跟車搶道"),
        ("22:18", "1999", "other", "E", pos("SN-PK-001"), (50, 150), "轉運站接駁車排隊的人排到環中路上了"),
        ("22:20", "1999", "noise", "E", pos("SN-FA-012"), (10, 80), "散場一堆人在樓下大聲喧嘩"),
        ("22:35", "1999", "illegal_parking", "E", pm, (150, 350), "散場後紅線還是停滿車"),
        ("22:50", "1999", "other", None, (120.6545, 24.1940), (10, 80), "會展中心前面的路面有一個坑洞，機車差點摔"),
    ]
    for hhmm, feed, cat, truth, centre, (a, b), text in extra:
        s.add(feed, cat, hhmm, truth, *s.scatter(*centre, a, b), text=text,
              **({"alt": None} if (cat == "noise" and truth == "E") else {}))
    pe = [("18:12", "incident", "crowd_control", "Minor", "中科路人行道人潮回堵，增派警力引導"),
          ("19:20", "incident", "crowd_control", "Minor", "票口推擠，有觀眾跌倒無受傷，已增設排隊動線"),
          ("22:05", "incident", "crowd_control", "Moderate", "散場人潮湧入凱旋路車道，暫時封閉凱旋路北向外側車道"),
          ("22:22", "incident", "road_closure", "Moderate", "中科路（凱旋路至敦化路）散場管制，禁止臨停")]
    for hhmm, feed, cat, sev, text in pe:
        s.add(feed, cat, hhmm, "E", *s.scatter(*pm, 30, 150), sev=sev, text=text)
    s.add("parking", "full", "17:58", "E", sensor="SN-PK-006", text="車位已滿")
    s.add("cctv", "crowding", "18:20", "E", sensor="SN-CCTV-007", conf=0.58)
    k = s.add("cctv", "crowding", "22:12", "E", sensor="SN-CCTV-002", conf=0.66)
    s.dup(k, 40)
    s.add("rule", "congestion", "22:16", "E", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 東向平均車速 13 km/h")
    s.add("rule", "congestion", "22:20", "E", sensor="SN-VD-JINGMAO-01", sev="Moderate",
          text="經貿路車輛偵測器1 北向平均車速 12 km/h")
    s.set_alt("Noise complaints about a permitted concert are a 1999/environmental-bureau matter that some coordinators "
              "would not put into the event's field job; and the transit hub's full car park (1.3 km away, Saturday "
              "evening) may belong to the concert crowd.",
              [E, R, P, M, T, D])
    s.notes = ("The permit (arriving three days early) is labelled with the event, but only the first crowd-control report "
               "makes it a job. The CCTV crowding at 22:06 and the collision at 22:24 come from the same camera: "
               "crowding is the event, the collision is its own job.")
    return s


# ---------------------------------------------------------------------------
def s975():
    s = Sit(975, "night_truck_rollover_bad_delivery", "2016-12-14",
            "凌晨1點50分，一部聯結車在中清路/環中路口撞倒號誌桿並翻覆，貨物散落。證據送達很亂：路口監視器事件重送兩次、"
            "號誌控制器時鐘慢37分鐘、另一支攝影機時鐘被重置成2016-01-01、員警的手持裝置收訊不良，第一份報告晚了45分鐘才批次上傳，"
            "比它的後續報告還晚到。同一批上傳裡還有一件1.8公里外河南路上的故障車。")
    A = s.incident("A", "traffic", "中清路/環中路口聯結車撞倒號誌桿後翻覆，駕駛受傷送醫，貨物散落，中清路南向封閉內側二車道至清晨")
    B = s.incident("B", "traffic", "河南路內側車道自小客故障停放，閃雙黃燈，拖吊移除")
    from datetime import timedelta
    skew = timedelta(minutes=-37)
    s.add("1999", "noise", "01:38", None, *offset(120.6530, 24.1990, 30, -20),
          text="環中路上又有人在飆車，排氣管超吵")
    n2 = s.add("rule", "congestion", "01:45", None, sensor="SN-VD-HENAN-01", sev="Moderate",
               text="河南路車輛偵測器1 北向平均車速 18 km/h（車流少，樣本不足）")
    cv = s.add("cctv", "accident", "01:52:10", "A", sensor="SN-CCTV-008", conf=0.88)
    s.add("signal", "fault", s.t("01:52:30") + skew, "A", sensor="SN-SIG-008", arr="01:52:50",
          text="號誌控制器 燈桿傾倒 通訊異常")
    a1 = s.add("119", "ambulance", "01:54:00", "A", *offset(*pos("SN-SIG-008"), 10, -10), status="dispatched",
               text="中清路環中路口 大貨車翻覆 駕駛受傷 受困駕駛座")
    A["sufficient_evidence_key"] = a1
    s.add("1999", "traffic_accident", "01:56:00", "A", *s.scatter(*pos("SN-SIG-008"), 30, 90),
          text="中清路環中路口一台大貨車翻了，東西掉滿地，紅綠燈也被撞倒了")
    s.dup(cv, "01:58:40")
    b1 = s.add("1999", "other", "02:02:00", "B",
               *offset(*pos("SN-VD-HENAN-02"), 30, 20),
               text="河南路上有一台車停在內車道閃雙黃燈，半夜很危險，差點撞上")
    B["sufficient_evidence_key"] = b1
    on1 = s.add("119", "ambulance", "02:03:00", "A", *offset(*pos("SN-SIG-008"), 10, -10), status="on_scene",
                follows=a1, text="救護車抵達，消防救助隊破壞車門救出駕駛，右手骨折")
    s.dup(on1, 95)
    s.add("rule", "congestion", "02:05:00", "A", sensor="SN-VD-ZHONGQING-01", sev="Moderate",
          text="中清路車輛偵測器1 南向平均車速 9 km/h")
    s.add("cctv", "fallen_object", "2016-01-01 08:07:33", "A", sensor="SN-CCTV-008", arr="02:09:20", conf=0.74)
    rc = s.add("incident", "road_closure", "02:10:00", "A", *offset(*pos("SN-SIG-008"), -20, 25), sev="Severe",
               key="975-PD-ZQ-0212", text="中清路南向（環中路口）封閉內側二車道，車輛改行外側車道")
    # the late batch: report P1 observed 01:55, arrives 02:41; its follow-up P2 arrives 02:25
    p2 = s.add("incident", "fallen_object", "02:20:00", "A", *offset(*pos("SN-SIG-008"), -15, 20), sev="Moderate",
               key="975-PD-ZQ-0214", arr="02:25:10", follows="975-PD-ZQ-0207",
               text="聯結車貨物（鋼捲）散落中清路內側車道，待大型吊車到場")
    s.add("119", "ambulance", "02:30:00", "A", *offset(*pos("SN-SIG-008"), 10, -10), status="returning",
          follows=a1, text="傷者送往中國醫藥大學附設醫院")
    p1 = s.add("incident", "injury_accident", "01:55:00", "A", *offset(*pos("SN-SIG-008"), 5, 5), sev="Severe",
               key="975-PD-ZQ-0207", arr="02:41:05",
               text="中清路/環中路口 聯結車自撞號誌桿後翻覆，駕駛受困受傷，號誌桿倒塌")
    s.add("incident", "stalled_vehicle", "02:01:00", "B", *offset(*pos("SN-VD-HENAN-02"), 15, 10), sev="Minor",
          key="975-PD-HN-0051", arr="02:41:06", text="河南路內側車道自小客故障（電瓶沒電），駕駛等待拖吊，已放置三角錐")
    s.add("1999", "noise", "02:44:00", None, *offset(120.6530, 24.1990, 30, -20),
          text="剛剛打過了，飆車的又繞回來了")
    s.add("incident", "other", "02:58:00", "B", *offset(*pos("SN-VD-HENAN-02"), 15, 10), sev="Minor",
          key="975-PD-HN-0053", follows="975-PD-HN-0051", text="河南路故障車已拖離")
    s.add("incident", "other", "04:40:00", "A", *offset(*pos("SN-SIG-008"), -15, 20), sev="Minor",
          key="975-PD-ZQ-0231", follows=p1, text="鋼捲吊離完畢，中清路南向恢復三車道通行，號誌待修")
    s.dup(p2, "04:41:00")
    s.add("signal", "restored", s.t("06:10:00") + skew, "A", sensor="SN-SIG-008", arr="06:10:25",
          text="號誌控制器 恢復正常運作（臨時桿）")
    s.notes = ("Clock skew: every SN-SIG-008 message is stamped 37 minutes slow (observed precedes the crash that caused "
               "it); the CCTV fallen-object detection carries 2016-01-01T00:07:33Z because the camera's clock reset "
               "after the impact's power dip. Duplicates: 975-CV-001 delivered twice, 975-F119-002 twice, "
               "975-PD-ZQ-0214 twice (the second in a later re-sync batch). 975-PD-ZQ-0214 arrives before the report "
               "it follows (975-PD-ZQ-0207). The 01:45 slow-down on 河南路 is a low-volume artefact before anything "
               "happened (null). The first 1999 call about the stalled car uses category other because the caller "
               "reported a hazard, not a breakdown; under vocabulary.md 1999 has no stalled-vehicle code.")
    return s


# ---------------------------------------------------------------------------
def s976():
    s = Sit(976, "park_south_gateway_comms_lost", "2016-04-12",
            "乾燥無雨的週二凌晨3點12分，中央公園南區感測閘道器斷線：同一區的滯洪池3、4、5淹水感測器、南滯洪池水位站、"
            "中央公園雨量站與南側地下停車場的車位計數器在40秒內全部離線，05:40一起恢復。另有黎明路一支淹水感測器因電池電量低離線。")
    G = s.incident("G", "infrastructure", "中央公園南區感測閘道器通訊中斷，6具設備離線約2.5小時（派維護廠商）")
    Bt = s.incident("B", "infrastructure", "黎明路凱旋路口低窪處淹水感測器電池電量低離線（例行維護工單）")
    s.add("1999", "noise", "02:50", None, *offset(120.6510, 24.1720, 20, 10),
          text="中平路那邊有人在飆車，半夜很吵")
    devices = ["SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-FL-003", "SN-RG-001", "SN-PK-005"]
    from datetime import timedelta
    t0 = s.t("03:12:04")
    keys = []
    for i, d in enumerate(devices):
        reason = "comms_lost" if i not in (2,) else None  # one last will (no reason)
        k = s.add("status", "offline", t0 + timedelta(seconds=i * 7 + s.rng.randint(0, 4)), "G", sensor=d,
                  reason=reason)
        keys.append(k)
    G["sufficient_evidence_key"] = keys[2]
    s.add("fire_alarm", "fault", "03:20", None, sensor="SN-FA-008", text="第3迴路 探測器斷線")
    for i, d in enumerate(devices):
        s.add("rule", "sensor_offline", t0 + timedelta(minutes=10 + i, seconds=s.rng.randint(0, 30)), "G",
              sensor=d, sev="Minor", text=f"{S[d]['name']} 超過預期回報間隔未回傳")
    s.add("1999", "streetlight", "03:31", None, *offset(120.6560, 24.1780, -30, 0),
          text="中央公園南側步道路燈一盞不亮，路燈編號 XT-08815")
    b = s.add("status", "offline", "03:40:12", "B", sensor="SN-FL-009", reason="battery_low", alt=None)
    Bt["sufficient_evidence_key"] = b
    s.add("rule", "sensor_offline", "03:52:30", "B", sensor="SN-FL-009", sev="Minor", alt=None,
          text="黎明路凱旋路口低窪處 超過預期回報間隔未回傳")
    t1 = s.t("05:40:11")
    for i, d in enumerate(devices):
        s.add("status", "online", t1 + timedelta(seconds=i * 3 + s.rng.randint(0, 3)), "G", sensor=d)
    s.add("1999", "illegal_parking", "06:10", None, *offset(120.6530, 24.1750, 10, 0),
          text="河南路停車場入口有貨車違停卸貨")
    s.set_alt("A single battery-low flood sensor is a routine maintenance ticket that many operations centres would not "
              "open as an incident at all (truth null).", [G])
    s.notes = ("The panel fault at the water reclamation centre (400 m away) is its own loop, the panel itself stays "
               "online: not part of the gateway, and a building contractor's routine matter (null). One device's "
               "offline is a last will without a reason. The single dark lamp in the park is routine (null).")
    return s


# ---------------------------------------------------------------------------
def s977():
    s = Sit(977, "reclamation_fire_rush_hour_jam", "2016-06-15",
            "週三早上7點35分尖峰，水湳水資源回收中心污泥乾燥機起火冒出大量黑煙，消防車沿經貿路排開，警方封閉經貿路南段，"
            "中平路與經貿路大塞車（連鎖效應）。塞車車陣中另發生一件追撞。")
    F = s.incident("F", "fire", "水湳水資源回收中心污泥乾燥機火警，濃煙飄散，經貿路南段封閉供救災，造成中平路、經貿路尖峰壅塞")
    C = s.incident("C", "traffic", "中平路西向車陣中三車追撞，1人頸部輕傷")
    wr = pos("SN-FA-008")
    s.add("1999", "illegal_parking", "07:20", None, *offset(120.6545, 24.1935, 10, 10),
          text="會展中心旁邊人行道有車停在上面")
    s.add("fire_alarm", "alarm", "07:35:20", "F", sensor="SN-FA-008", text="污泥處理棟 2F 偵熱探測器動作")
    F["sufficient_evidence_key"] = s.add(
        "1999", "fire_smoke", "07:37:00", "F", *s.scatter(*wr, 100, 250),
        text="經貿路那邊水資源回收中心冒出很大的黑煙")
    f1 = s.add("119", "fire", "07:38:00", "F", *offset(*wr, 5, 5), status="dispatched",
               text="北屯區水湳水資源回收中心 污泥乾燥機起火，派遣水湳、松竹、北屯分隊")
    s.add("cctv", "smoke", "07:38:30", "F", sensor="SN-CCTV-011", conf=0.83)
    s.add("1999", "fire_smoke", "07:40:00", "F", *s.scatter(*pos("SN-FA-010"), 50, 150),
          text="中國醫藥大學這邊都是黑煙，有一股燒焦臭味，是哪裡失火")
    s.add("1999", "fire_smoke", "07:41:00", "F", *s.scatter(*pos("SN-PK-003"), 30, 100),
          text="河南路停車場這邊看到東邊一大團黑煙")
    s.add("119", "fire", "07:46:00", "F", *offset(*wr, 5, 5), status="on_scene", follows=f1,
          text="抵達現場，污泥乾燥機及輸送帶燃燒，濃煙大，佈線搶救")
    s.add("incident", "fire_report", "07:48:00", "F", *s.scatter(*wr, 30, 80), sev="Moderate",
          text="水資源回收中心火警，消防車停放經貿路南向車道，員警到場交管")
    jrc = s.add("incident", "road_closure", "07:52:00", "F", *along(JINGMAO, 0.86), sev="Severe",
          text="經貿路（中平路至敦化路段）雙向封閉，車輛改道中清路、河南路", alt="J")
    s.add("rule", "congestion", "07:55:00", "F", sensor="SN-VD-JINGMAO-02", sev="Moderate",
          text="經貿路車輛偵測器2 南向平均車速 6 km/h", alt="J")
    s.add("rule", "congestion", "07:58:00", "F", sensor="SN-VD-ZHONGPING-02", sev="Moderate",
          text="中平路車輛偵測器2 西向平均車速 9 km/h", alt="J")
    s.add("cctv", "stalled_vehicle", "08:00:00", "F", sensor="SN-CCTV-011", conf=0.52, alt="J")
    s.add("1999", "other", "08:02:00", "F", *s.scatter(*along(ZHONGPING, 0.7), 20, 80),
          text="中平路塞到完全不能動，十分鐘才前進一百公尺，前面是怎樣", alt="J")
    s.add("rule", "congestion", "08:04:00", "F", sensor="SN-VD-ZHONGPING-01", sev="Moderate",
          text="中平路車輛偵測器1 東向平均車速 11 km/h", alt="J")
    C["sufficient_evidence_key"] = s.add(
        "1999", "traffic_accident", "08:06:00", "C", *s.scatter(*along(ZHONGPING, 0.42), 10, 40),
        text="中平路塞車，後面的車撞上來，三台車連環追撞，我脖子有點痛")
    s.add("1999", "other", "08:07:00", "F", *s.scatter(*along(JINGMAO, 0.7), 20, 80),
          text="經貿路怎麼封起來了，我要去上班，要從哪裡繞", alt="J")
    a2 = s.add("119", "ambulance", "08:09:00", "C", *along(ZHONGPING, 0.42), status="dispatched",
               text="中平路（近河南路）三車追撞 1人頸部不適")
    s.add("incident", "accident", "08:12:00", "C", *along(ZHONGPING, 0.42), sev="Minor",
          text="中平路西向三車追撞，1人輕傷，佔用內側車道")
    s.add("1999", "fire_smoke", "08:13:00", "F", *s.scatter(*pos("SN-FA-012"), 100, 300),
          text="生態住宅這邊聞到很重的燒焦味，窗戶要關嗎")
    s.add("rule", "congestion", "08:15:00", "F", sensor="SN-VD-HENAN-02", sev="Moderate",
          text="河南路車輛偵測器2 北向平均車速 12 km/h", alt="J")
    s.add("1999", "other", "08:18:00", "F", *s.scatter(*along(ZHONGPING, 0.2), 20, 80),
          text="中平路河南路這邊公車都卡住了，可不可以派人指揮交通", alt="J")
    s.add("119", "ambulance", "08:24:00", "C", *along(ZHONGPING, 0.42), status="returning", follows=a2,
          text="傷者拒絕送醫，現場簽名後離開")
    s.add("119", "fire", "08:31:00", "F", *offset(*wr, 5, 5), status="returning", follows=f1,
          text="火勢於08:22控制，殘火處理中，無人傷亡")
    s.add("incident", "other", "08:35:00", "C", *along(ZHONGPING, 0.42), sev="Minor",
          text="中平路追撞事故車輛已移置，恢復通行")
    s.add("1999", "streetlight", "08:40", None, *offset(120.6480, 24.1915, 10, 10),
          text="黎明路路燈白天還亮著")
    s.add("incident", "road_closure", "08:50:00", "F", *along(JINGMAO, 0.86), sev="Minor",
          text="經貿路南段解除封閉，恢復通行", alt="J")
    s.add("fire_alarm", "normal", "08:55:00", "F", sensor="SN-FA-008", text="污泥處理棟 探測器復歸")
    s.add("rule", "cleared", "09:05:00", "F", sensor="SN-VD-ZHONGPING-02", sev="Minor",
          text="中平路車輛偵測器2 車速恢復", alt="J")
    j = copy.deepcopy(F)
    s.set_alt("Many centres split the cascade: the fire is the fire bureau's job, the closure and the jam are a separate "
              "traffic-management job for the traffic police (opened at the closure). The rear-end crash stays its own "
              "job in both readings.",
              [j, C, {"label": "J", "type": "traffic",
                      "description": "經貿路南段因火災救災封閉，中平路、經貿路、河南路尖峰壅塞的交通疏導",
                      "sufficient_evidence_key": jrc}])
    s.notes = "The crash in the queue is a new job (ambulance, police report), not an effect to attach to the fire."
    return s


# ---------------------------------------------------------------------------
def s978():
    s = Sit(978, "museumbrary_drill_real_kitchen_fire", "2016-10-19",
            "週三下午綠美圖進行預先公告的消防演練（警報、疏散，無煙霧），演練進行中約300公尺外的會展中心B棟餐飲區油鍋起火。"
            "一位民眾甚至以為那也是演習。演練疏散時有一名民眾跌倒扭傷需要救護車。")
    R = s.incident("R", "fire", "臺中國際會展中心B棟1樓餐飲區油鍋起火，員工1人手部燙傷")
    M = s.incident("M", "rescue", "綠美圖演練疏散時民眾於樓梯跌倒扭傷，救護車送醫")
    s.add("planned_event", "event", "14:00", None, *pos("SN-FA-004"), arr="2016-10-17 09:30", ends="14:40",
          text="臺中綠美圖 自衛消防編組演練，14:00 警報鳴動、全館疏散，14:40 結束，消防局水湳分隊到場指導")
    s.add("fire_alarm", "alarm", "14:02:00", None, sensor="SN-FA-004", text="演練 全館警報鳴動")
    s.add("1999", "other", "14:04", None, *s.scatter(*pos("SN-FA-004"), 50, 150),
          text="綠美圖警鈴一直響，大家都跑出來了，是失火嗎")
    s.add("1999", "crowding", "14:07", None, *s.scatter(*pos("SN-FA-004"), 80, 150),
          text="綠美圖外面很多人站在路邊，擋到人行道")
    s.add("cctv", "crowding", "14:08", None, sensor="SN-CCTV-006", conf=0.64)
    m1 = s.add("119", "ambulance", "14:10", "M", *offset(*pos("SN-FA-004"), 20, -10), status="dispatched",
               text="臺中綠美圖 演練疏散時民眾樓梯跌倒 右腳踝扭傷")
    M["sufficient_evidence_key"] = m1
    s.add("fire_alarm", "alarm", "14:12:30", "R", sensor="SN-FA-003", text="B棟1F 餐飲區 偵熱探測器動作")
    s.add("cctv", "smoke", "14:13:40", "R", sensor="SN-CCTV-006", conf=0.55)
    R["sufficient_evidence_key"] = s.add(
        "1999", "fire_smoke", "14:14:00", "R", *s.scatter(*pos("SN-FA-003"), 40, 120),
        text="會展中心那邊也冒煙了，是不是也在演習？煙是黑色的，有燒焦味")
    r1 = s.add("119", "fire", "14:15:00", "R", *offset(*pos("SN-FA-003"), 10, 5), status="dispatched",
               text="臺中國際會展中心B棟1樓餐飲區 油鍋起火 派遣水湳分隊（演練指導人車轉派）")
    s.add("1999", "fire_smoke", "14:16", "R", *s.scatter(*pos("SN-FA-003"), 20, 80),
          text="我在會展中心B館，餐廳那邊失火了，員工在用滅火器")
    s.add("119", "ambulance", "14:18", "M", *offset(*pos("SN-FA-004"), 20, -10), status="on_scene", follows=m1,
          text="救護人員抵達綠美圖")
    s.add("119", "fire", "14:19", "R", *offset(*pos("SN-FA-003"), 10, 5), status="on_scene", follows=r1,
          text="抵達會展中心B棟，火勢已由員工以滅火器撲滅，排煙中，員工1人手部燙傷")
    s.add("119", "ambulance", "14:21", "R", *offset(*pos("SN-FA-003"), 10, 5), status="dispatched",
          text="會展中心B棟 員工手部燙傷")
    s.add("incident", "fire_report", "14:24", "R", *s.scatter(*pos("SN-FA-003"), 20, 60), sev="Minor",
          text="會展中心B棟餐飲區小火警，已撲滅，館方疏散1樓民眾")
    s.add("1999", "other", "14:25", None, *s.scatter(*pos("SN-FA-004"), 50, 150),
          text="綠美圖演習要多久，我們在外面等很久了")
    s.add("119", "ambulance", "14:32", "M", *offset(*pos("SN-FA-004"), 20, -10), status="returning", follows=m1,
          text="傷者送往中國醫藥大學附設醫院")
    s.add("fire_alarm", "normal", "14:38:00", None, sensor="SN-FA-004", text="演練結束 系統復歸")
    s.add("fire_alarm", "normal", "14:44:00", "R", sensor="SN-FA-003", text="B棟1F 餐飲區 探測器復歸")
    s.add("119", "fire", "14:50", "R", *offset(*pos("SN-FA-003"), 10, 5), status="closed", follows=r1,
          text="會展中心B棟火警處理完畢")
    s.notes = ("Drill items (permit, the Museumbrary's alarm and reset, callers and crowding outside during the drill) are "
               "null: a drill is no job. The ankle injury during the drill's evacuation is a real ambulance job. "
               "The CCTV at 經貿路/經貿七路 sits between both buildings: its crowding is the drill's evacuees, its smoke is "
               "the real kitchen fire (the drill used no smoke).")
    return s


# ---------------------------------------------------------------------------
def s979():
    s = Sit(979, "hwy74_junction_second_crash", "2016-07-08",
            "週五傍晚尖峰，台74線下匝道與環中路二段路口17:32發生機車與汽車擦撞，17:58處理完畢；18:14同一路口又發生兩部汽車追撞，"
            "是新的事故。")
    A = s.incident("A", "traffic", "17:32 台74線/環中路二段路口機車與自小客擦撞，騎士輕傷")
    B = s.incident("B", "traffic", "18:14 同路口兩部自小客追撞（與前案無關的新事故）")
    s.add("cctv", "accident", "17:32:20", "A", sensor="SN-CCTV-001", conf=0.79)
    A["sufficient_evidence_key"] = s.add(
        "1999", "traffic_accident", "17:33:30", "A", *s.scatter(*pos("SN-SIG-001"), 20, 80),
        text="台74線下來環中路口機車跟汽車擦撞，騎士坐在路邊")
    s.add("incident", "accident", "17:38", "A", *offset(*pos("SN-SIG-001"), 10, -5), sev="Minor",
          text="台74線/環中路二段路口 機車與自小客擦撞，騎士手肘擦傷，拒絕送醫")
    s.add("rule", "congestion", "17:44", "A", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 西向平均車速 14 km/h")
    s.add("incident", "other", "17:58", "A", *offset(*pos("SN-SIG-001"), 10, -5), sev="Minor",
          text="台74線/環中路口事故處理完畢，車輛已移離")
    s.add("rule", "cleared", "18:06", "A", sensor="SN-VD-HUANZHONG-02", sev="Minor", text="環中路車輛偵測器2 車速恢復")
    s.add("cctv", "accident", "18:14:10", "B", sensor="SN-CCTV-001", conf=0.84)
    B["sufficient_evidence_key"] = s.add(
        "1999", "traffic_accident", "18:15:00", "B", *s.scatter(*pos("SN-SIG-001"), 20, 80),
        text="台74環中路口又撞了，這次是兩台汽車追撞，跟剛剛不一樣")
    s.add("1999", "traffic_accident", "18:16:30", "B", *s.scatter(*pos("SN-SIG-002"), 30, 100),
          text="環中路凱旋路口附近車禍，白色休旅車撞到前面的車")
    s.add("rule", "congestion", "18:19", "B", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 西向平均車速 10 km/h")
    s.add("incident", "accident", "18:21", "B", *offset(*pos("SN-SIG-001"), -10, 8), sev="Minor",
          text="台74線/環中路二段路口 二部自小客追撞，無人受傷，佔用左轉車道")
    s.add("1999", "illegal_parking", "18:30", None, *offset(120.6555, 24.1960, 10, 10),
          text="經貿路黎明路口有車停在公車站")
    s.add("incident", "other", "18:44", "B", *offset(*pos("SN-SIG-001"), -10, 8), sev="Minor",
          text="追撞事故車輛已移離，路口恢復通行")
    s.notes = ("Same junction, same camera, 42 minutes apart, and the first crash was cleared 16 minutes before the second: "
               "two jobs. The first caller of B says so explicitly (又撞了), the second names the neighbouring junction.")
    return s


# ---------------------------------------------------------------------------
def s980():
    s = Sit(980, "summer_power_cut_jingmao", "2016-08-03",
            "炎熱的週三晚上19:42，台電饋線跳脫，經貿路北段（環中路至經貿七路）一帶停電約50分鐘：三個路口號誌黑燈、監視器與偵測器斷電離線、"
            "會展中心與營運塔火警總機報主電源停電、路燈整排熄滅。營運塔有兩人受困電梯；經貿路/黎明路黑燈路口發生碰撞。")
    P = s.incident("P", "infrastructure", "經貿路北段停電（台電饋線跳脫）：號誌黑燈、設備斷電、路燈熄滅，員警指揮交通，約50分鐘復電")
    L = s.incident("L", "rescue", "臺灣智慧營運塔電梯因停電受困2人，救助隊救出")
    C = s.incident("C", "traffic", "經貿路/黎明路口號誌黑燈時兩車碰撞，1人輕傷")
    s.add("1999", "streetlight", "19:20", None, *offset(120.6500, 24.1700, 10, 10),
          text="河南路中平路口一盞路燈在閃")
    s.add("signal", "fault", "19:42:08", "P", sensor="SN-SIG-005", text="控制器 主電源中斷 全路口黑燈")
    s.add("signal", "fault", "19:42:10", "P", sensor="SN-SIG-006", text="控制器 主電源中斷 全路口黑燈")
    s.add("status", "offline", "19:42:11", "P", sensor="SN-CCTV-005", reason="mains_power_lost")
    s.add("signal", "fault", "19:42:13", "P", sensor="SN-SIG-004", text="控制器 主電源中斷 全路口黑燈")
    s.add("status", "offline", "19:42:14", "P", sensor="SN-CCTV-006", reason="mains_power_lost")
    s.add("status", "offline", "19:42:15", "P", sensor="SN-VD-JINGMAO-01", reason="mains_power_lost")
    s.add("fire_alarm", "fault", "19:42:20", "P", sensor="SN-FA-002", text="主電源停電 切換預備電源")
    s.add("fire_alarm", "fault", "19:42:21", "P", sensor="SN-FA-003", text="主電源停電 切換預備電源")
    P["sufficient_evidence_key"] = s.add("fire_alarm", "fault", "19:42:24", "P", sensor="SN-FA-005",
                                         text="主電源停電 切換預備電源")
    s.add("status", "offline", "19:42:40", "P", sensor="SN-PK-006")
    s.add("status", "offline", "19:42:45", "P", sensor="SN-PK-002", reason="mains_power_lost")
    s.add("1999", "power_outage", "19:44", "P", *s.scatter(*pos("SN-SIG-006"), 50, 200),
          text="經貿七路這邊整區停電了，冷氣都停了")
    s.add("1999", "streetlight", "19:45", "P", *s.scatter(*along(JINGMAO, 0.2), 20, 80),
          text="經貿路二段整條路燈都不亮，一片黑")
    s.add("1999", "traffic_signal", "19:46", "P", *s.scatter(*pos("SN-SIG-005"), 20, 80),
          text="經貿路黎明路口紅綠燈全部不亮，車子亂衝很危險")
    s.add("1999", "power_outage", "19:47", "P", *s.scatter(*pos("SN-SIG-005"), 150, 350),
          text="黎明路三段停電，家裡老人在用製氧機，什麼時候會來電")
    L["sufficient_evidence_key"] = s.add(
        "1999", "rescue", "19:48", "L", *s.scatter(*pos("SN-FA-005"), 5, 30),
        text="營運塔電梯停電卡住了，我同事在裡面，兩個人")
    s.add("incident", "traffic_signal_fault", "19:50", "P", *offset(*pos("SN-SIG-005"), 10, 10), sev="Moderate",
          text="經貿路/黎明路口號誌停電黑燈，派員指揮交通")
    l1 = s.add("119", "rescue", "19:51", "L", *offset(*pos("SN-FA-005"), 10, 0), status="dispatched",
               text="臺灣智慧營運塔 電梯停電受困2人 派遣水湳分隊")
    s.add("rule", "sensor_offline", "19:52", "P", sensor="SN-CCTV-005", sev="Minor", text="經貿路二段/黎明路三段 路口監視器 離線")
    s.add("rule", "sensor_offline", "19:52:30", "P", sensor="SN-VD-JINGMAO-01", sev="Minor", text="經貿路車輛偵測器1 離線")
    s.add("rule", "congestion", "19:55", "P", sensor="SN-VD-HUANZHONG-03", sev="Moderate",
          text="環中路車輛偵測器3 西向平均車速 12 km/h", alt=None)
    s.add("1999", "streetlight", "19:56", "P", *s.scatter(*pos("SN-SIG-004"), 50, 150),
          text="環中路經貿路口那一帶路燈全熄，紅綠燈也沒亮")
    s.add("incident", "traffic_signal_fault", "19:58", "P", *offset(*pos("SN-SIG-004"), -10, 5), sev="Moderate",
          text="經貿路/環中路二段口號誌黑燈，派員指揮交通")
    s.add("119", "rescue", "19:59", "L", *offset(*pos("SN-FA-005"), 10, 0), status="on_scene", follows=l1,
          text="救助隊抵達營運塔，電梯停於6、7樓間")
    C["sufficient_evidence_key"] = s.add(
        "incident", "injury_accident", "20:03", "C", *offset(*pos("SN-SIG-005"), -12, 6), sev="Moderate",
        text="經貿路/黎明路口號誌黑燈，自小客與自小客於路口碰撞，1人輕傷", alt="P")
    c1 = s.add("119", "ambulance", "20:04", "C", *offset(*pos("SN-SIG-005"), -12, 6), status="dispatched",
               text="經貿路黎明路口車禍 1人頭部輕傷", alt="P")
    s.add("1999", "traffic_accident", "20:05", "C", *s.scatter(*pos("SN-SIG-005"), 20, 80),
          text="黎明路經貿路口紅綠燈沒亮，兩台車撞在一起", alt="P")
    s.add("1999", "power_outage", "20:08", "P", *s.scatter(*pos("SN-FA-003"), 50, 200),
          text="會展中心停電了嗎？外面黑黑的，展覽還有嗎")
    s.add("119", "rescue", "20:12", "L", *offset(*pos("SN-FA-005"), 10, 0), status="returning", follows=l1,
          text="受困2人已救出，無人受傷")
    s.add("1999", "power_outage", "20:15", "P", *s.scatter(*pos("SN-SIG-006"), 50, 250),
          text="剛剛打過了，到現在還沒來電，很熱")
    s.add("119", "ambulance", "20:19", "C", *offset(*pos("SN-SIG-005"), -12, 6), status="returning", follows=c1,
          text="傷者送往中國醫藥大學附設醫院", alt="P")
    s.add("1999", "noise", "20:20", None, *offset(120.6590, 24.1820, 20, 20),
          text="樓上一直在拖椅子，很吵")
    t = "20:33:"
    s.add("signal", "restored", t + "05", "P", sensor="SN-SIG-004")
    s.add("signal", "restored", t + "06", "P", sensor="SN-SIG-005")
    s.add("signal", "restored", t + "08", "P", sensor="SN-SIG-006")
    for i, d in enumerate(["SN-CCTV-005", "SN-CCTV-006", "SN-VD-JINGMAO-01", "SN-PK-006", "SN-PK-002"]):
        s.add("status", "online", f"20:33:{20 + i * 4}", "P", sensor=d)
    for i, d in enumerate(["SN-FA-002", "SN-FA-003", "SN-FA-005"]):
        s.add("fire_alarm", "normal", f"20:34:{10 + i * 3}", "P", sensor=d, text="主電源恢復")
    s.add("incident", "other", "20:45", "C", *offset(*pos("SN-SIG-005"), -12, 6), sev="Minor",
          text="黎明路口事故車輛移離", alt="P")
    s.add("incident", "other", "20:50", "P", *offset(*pos("SN-SIG-005"), 10, 10), sev="Minor",
          text="經貿路沿線號誌已恢復，撤除指揮警力")
    s.set_alt("The collision at the dark junction can be seen as part of the power-cut job (an officer was already "
              "directing traffic there); the lift rescue stays separate (a rescue crew's job).",
              [P, L])
    s.notes = ("Three panels reporting mains failure within 4 s is the moment the coordinator knows it is a power cut, "
               "not three devices. The car park PK-006 drops offline without a reason (last will). The 環中路 slow-down "
               "at 19:55 is west-bound, 400 m from the dark junction: likely the cut, but rush-hour traffic alone could "
               "explain it (truth_alt null).")
    return s


# ---------------------------------------------------------------------------
def s981():
    s = Sit(981, "sunny_day_burst_main_zhongke", "2016-03-02",
            "晴天的週三上午，中科路（黎明路與環中路間）自來水管破裂，水從路面湧出、順坡流到環中路口，附近住戶停水，一小時後破管處路面掏空下陷。"
            "700公尺外經貿路另有一件台水公司的管線汰換工程許可，與此無關。")
    W = s.incident("W", "infrastructure", "中科路自來水管破裂：路面湧水、住戶停水、路面下陷，封閉外側車道，自來水公司搶修")
    bm = along(ZHONGKE, 0.55)
    s.add("planned_event", "road_works", "09:00", None, *along(JINGMAO, 0.42), arr="2016-02-25 16:20", ends="2016-03-10 17:00",
          text="台灣自來水公司第四區管理處 經貿路二段（經貿七路至敦化路）汰換管線，夜間及日間部分車道縮減")
    s.add("1999", "illegal_parking", "09:40", None, *offset(120.6548, 24.1935, 10, 10),
          text="會展中心停車場出口有人並排停車")
    W["sufficient_evidence_key"] = s.add(
        "1999", "flooding", "10:21", "W", *s.scatter(*bm, 10, 40),
        text="中科路上有水一直從地上冒出來，像噴泉一樣，整個路面都是水，今天又沒下雨")
    s.add("1999", "blocked_drain", "10:24", "W", *s.scatter(*along(ZHONGKE, 0.45), 20, 60),
          text="中科路的水溝滿出來了，水一直往下流")
    s.add("incident", "flooding_report", "10:27", "W", *offset(*bm, 8, 0), sev="Moderate",
          text="中科路（黎明路與環中路間）疑似自來水管破裂，路面積水約10公分，佔用外側車道")
    s.add("1999", "water_outage", "10:30", "W", *s.scatter(*pos("SN-SIG-007"), 100, 300),
          text="家裡突然沒水了，也沒看到停水公告")
    s.add("1999", "water_outage", "10:33", "W", *s.scatter(*bm, 200, 400),
          text="黎明路三段這邊整棟都沒水，是不是停水")
    s.add("cctv", "flooding", "10:36", "W", sensor="SN-CCTV-003", conf=0.61)
    s.add("rule", "congestion", "10:41", "W", sensor="SN-VD-LIMING-01", sev="Moderate",
          text="黎明路車輛偵測器1 西向平均車速 15 km/h")
    s.add("1999", "other", "10:45", "W", *s.scatter(*bm, 300, 600),
          text="我們是附近的餐廳，沒有水沒辦法營業，自來水公司什麼時候來修")
    s.add("1999", "streetlight", "10:50", None, *offset(120.6600, 24.1800, 10, 10),
          text="經貿路三段有一盞路燈燈罩快掉下來")
    s.add("incident", "road_collapse", "11:05", "W", *offset(*bm, 8, 0), sev="Severe",
          text="中科路破管處路面下陷約1公尺見方、深約50公分，封閉外側二車道")
    s.add("incident", "road_closure", "11:07", "W", *offset(*bm, 8, 0), sev="Moderate",
          text="中科路南向外側二車道封閉，自來水公司搶修")
    s.add("1999", "road_damage", "11:20", "W", *s.scatter(*bm, 20, 60),
          text="中科路中間有一個大洞，旁邊用三角錐圍起來了")
    s.add("1999", "water_outage", "12:40", "W", *s.scatter(*bm, 200, 400),
          text="剛剛打過，到現在還是沒水，有沒有水車")
    s.add("incident", "other", "16:30", "W", *offset(*bm, 8, 0), sev="Minor",
          text="中科路破管搶修完成，路面回填，恢復通行")
    s.notes = ("Type: a coordinator dispatches the water company and public works here; the flood of the road is a "
               "consequence, so the type is infrastructure (the center may call it flood: the grouping is what is "
               "tested). The water-main works permit on 經貿路 is 700 m away on another road and of another owner "
               "schedule: null.")
    return s


# ---------------------------------------------------------------------------
def s982():
    s = Sit(982, "christmas_two_missing_persons", "2016-12-25",
            "聖誕節週日下午會展中心動漫展人潮正常。15:12一名5歲女童在A棟走失；15:20另一位家屬從北屯家中打1999說失智父親可能往轉運站去，"
            "15:35轉運中心有一位老先生一直問路。兩件協尋相距400公尺、時間重疊，但是兩件事。")
    K = s.incident("K", "rescue", "會展中心A棟動漫展5歲女童走失，約25分鐘後尋獲")
    E = s.incident("E", "rescue", "失智長者自北屯住處走失，於水湳轉運中心被發現，交還家屬")
    s.add("planned_event", "exhibition", "10:00", None, *pos("SN-FA-002"), arr="2016-12-20 14:00", ends="18:00",
          text="臺中國際會展中心A、B棟 冬季動漫展，預估每日入場25,000人")
    s.add("parking", "full", "13:50", None, sensor="SN-PK-006", text="車位已滿")
    s.add("cctv", "crowding", "14:40", None, sensor="SN-CCTV-005", conf=0.48)
    K["sufficient_evidence_key"] = s.add(
        "incident", "missing_person", "15:12", "K", *s.scatter(*pos("SN-FA-002"), 10, 40), sev="Moderate",
        text="會展中心A棟動漫展 5歲女童走失，粉紅色外套、綁馬尾")
    s.add("1999", "missing_person", "15:16", "K", *s.scatter(*pos("SN-FA-002"), 30, 100),
          text="我女兒在會展中心不見了，五歲，穿粉紅色外套，拜託幫忙廣播")
    E["sufficient_evidence_key"] = s.add(
        "1999", "missing_person", "15:20", "E", *offset(120.6720, 24.1860, 0, 0),
        text="我爸爸有失智，下午一點多自己走出門，可能往水湳轉運站那邊，穿灰色夾克")
    s.add("parking", "full", "15:25", None, sensor="SN-PK-002", text="車位已滿")
    s.add("incident", "other", "15:35", "E", *s.scatter(*pos("SN-PK-001"), 10, 40), sev="Minor",
          text="轉運中心候車室一名老先生一直問路，講不清楚要去哪，灰色夾克，員警陪同中")
    s.add("incident", "other", "15:38", "K", *s.scatter(*pos("SN-FA-002"), 10, 40), sev="Minor",
          text="走失女童於A棟服務台尋獲，已交還母親")
    s.add("1999", "illegal_parking", "15:44", None, *s.scatter(*pos("SN-PK-006"), 50, 150),
          text="會展中心旁邊的路都是違停，紅線也停")
    s.add("incident", "other", "16:05", "E", *s.scatter(*pos("SN-PK-001"), 10, 40), sev="Minor",
          text="轉運中心老先生確認為北屯報案協尋之失智長者，已聯繫家屬接回")
    s.notes = ("The exhibition itself runs normally (full car parks, a moderate crowd, some illegal parking): null, "
               "no job. The elder's 1999 call is made from home in 北屯, 1.8 km from where he is found; the police "
               "report of a confused old man at the hub joins the search (same clothes).")
    return s


ALL = [s971, s972, s973, s974, s975, s976, s977, s978, s979, s980, s981, s982]

if __name__ == "__main__":
    for fn in ALL:
        sit = fn()
        base, items = sit.write()
        print(f"{base}: {len(items)} lines")
