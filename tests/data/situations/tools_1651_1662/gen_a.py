"""Situations 1651-1656 (seeded; rerun gives the same files)."""
from lib import Sit, sensors, same_incidents

S = sensors()


def pos(sid):
    return (S[sid]["lon"], S[sid]["lat"])


# ---------------------------------------------------------------- 1651
def s1651():
    s = Sit(1651, "museumbrary_fire_and_liming_crash", "2016-08-12 15:20", 1651)
    s.description = ("週五午後兩件事同時發生：臺中綠美圖 B1 餐飲區廚房起火（火警總機、民眾 1999、監視器煙霧、119 出勤、疏散），"
                     "三分鐘後約 520 m 外經貿路二段/黎明路三段路口汽機車碰撞有人受傷。兩組人馬各自處理到結束；背景有會展停車場滿場、"
                     "一盞白天亮著的路燈、凱旋路一件違停與一具維護中的車輛偵測器。")
    M = pos("SN-FA-004")
    fa = s.dev("fire_alarm", "SN-FA-004", "alarm", 0, 4, "綠美圖 B1 餐飲區 第12區 偵煙探測器動作", "fire")
    s.dup(fa, 31)
    k119 = s.f119("fire", s.near(*M, 10, 40), 1.8, 12, "臺中綠美圖B1餐廳廚房火警，派遣水湳分隊水箱車、救助車", "fire")
    s.call("fire_smoke", s.near(*M, 40, 160), 1.2, 50, "綠美圖地下室有煙冒出來，裡面的人在往外跑", "fire")
    s.call("fire_smoke", s.near(*M, 60, 200), 2.5, 45, "經貿路這邊看到綠美圖後面冒黑煙", "fire")
    s.cctv("SN-CCTV-006", "smoke", 0.81, 2.0, 8, "影像分析：畫面東南側建築物冒煙", "fire", pos=(120.6568, 24.1918))
    s.police("fire_report", "Moderate", s.near(*M, 20, 60), 5.5, 30, "綠美圖B1廚房火警，員警到場協助管制人車", "fire")
    s.f119("fire", s.near(*M, 10, 40), 8.0, 15, "第一車到達，B1廚房排油煙管起火，已射水", "fire", status="on_scene", follows=k119)
    s.police("evacuation", "Moderate", s.near(*M, 20, 80), 9.0, 40, "綠美圖館內民眾約300人疏散至中央公園草坪", "fire")
    s.police("road_closure", "Minor", (120.6577, 24.1925), 10.5, 35, "經貿七路靠綠美圖側車道封閉供消防車停靠", "fire")
    s.f119("ambulance", s.near(*M, 10, 50), 19.0, 20, "綠美圖火警現場餐廳員工一名吸入濃煙，送中國醫藥大學附設醫院", "fire", alt="smoke_patient")
    s.call("fire_smoke", s.near(*M, 80, 250), 14.0, 60, "請問綠美圖是不是火災？我小孩在裡面參觀聯絡不上", "fire")
    s.dev("fire_alarm", "SN-FA-004", "normal", 48.0, 5, "綠美圖 受信總機 復歸", "fire")
    s.f119("fire", s.near(*M, 10, 40), 55.0, 20, "火勢撲滅，殘火處理完畢，收隊", "fire", status="closed", follows=k119)
    # crash at Jingmao 2 / Liming 3
    J = pos("SN-SIG-005")
    c1 = s.cctv("SN-CCTV-005", "accident", 0.88, 3.0, 6, "影像分析：路口中央兩車碰撞後停止", "crash")
    s.call("traffic_accident", s.near(*J, 20, 120), 3.6, 55, "經貿路黎明路口汽車撞機車，騎士倒地不起", "crash")
    p1 = s.police("injury_accident", "Moderate", s.near(*J, 5, 30), 5.0, 25, "經貿路二段與黎明路三段口A2類事故，自小客與機車碰撞，一人受傷", "crash")
    a1 = s.f119("ambulance", s.near(*J, 5, 30), 5.5, 14, "經貿黎明路口車禍，機車騎士腿部受傷", "crash")
    s.call("traffic_accident", s.near(*J, 40, 180), 6.2, 70, "黎明路往經貿路口有車禍，車子卡在路中間", "crash")
    s.rule("SN-VD-JINGMAO-01", "congestion", None, 10.0, 60, "經貿路車輛偵測器1 平均車速降至12 km/h", "crash", severity="Moderate")
    s.cctv("SN-CCTV-005", "stalled_vehicle", 0.72, 11.5, 7, "影像分析：路口內車輛停滯超過5分鐘", "crash")
    s.f119("ambulance", s.near(*J, 5, 30), 13.0, 18, "救護車到達現場", "crash", status="on_scene", follows=a1)
    s.f119("ambulance", s.near(*J, 5, 30), 31.0, 25, "傷者送醫，返隊", "crash", status="returning", follows=a1)
    s.police("road_reopened", "Minor", s.near(*J, 5, 30), 49.0, 30, "事故車輛已移除，經貿黎明路口恢復通行", "crash", follows=p1)
    # background
    s.dev("parking", "SN-PK-006", "full", -12.0, 40, "會展中心停車場 汽車 剩餘0", None)
    s.dev("status", "SN-VD-LIMING-01", "offline", -25.0, 3, "黎明路車輛偵測器1 計畫性維護離線", None, reason="maintenance")
    s.call("streetlight", (120.6548, 24.1902), 7.0, 90, "中科路旁路燈白天一直亮著，浪費電", None)
    s.call("illegal_parking", (120.6500, 24.1902), 21.0, 80, "凱旋路有貨車違停在公車站", None)
    s.dev("status", "SN-VD-LIMING-01", "online", 62.0, 3, "黎明路車輛偵測器1 恢復連線", None)
    s.incident("fire", "fire", "綠美圖 B1 廚房火警：消防局水湳分隊到場射水、疏散、員工嗆傷送醫、收隊", fa)
    s.incident("crash", "traffic", "經貿路二段/黎明路三段 汽機車碰撞，一人受傷送醫，事故排除後恢復通行", p1)
    s.alternative("嗆傷員工的救護派遣可另開一件救護案（救護科追蹤到送醫），而非火警案的一部分。",
                  same_incidents(s, add=[{"label": "smoke_patient", "type": "rescue",
                                          "description": "綠美圖火警現場員工吸入濃煙送醫",
                                          "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "smoke_patient"][0]["key"]}]))
    s.notes = ["火警與車禍約 520 m，時間重疊 3 分鐘：必須是兩件。",
               "經貿路車輛偵測器1 的減速在車禍路口北側 100 m，歸車禍，不歸火警。",
               "家長詢問小孩的 1999 電話是火警的延伸（詢問火場內的親人），不是走失協尋。"]
    return s.write()


# ---------------------------------------------------------------- 1652
def s1652():
    s = Sit(1652, "jingmao_flood_spreads_90min", "2016-06-02 14:00", 1652)
    s.description = ("梅雨鋒面午後對流，經貿路三段低窪處先積水，90 分鐘內沿經貿路往南擴到中平路口、往北到經貿路車輛偵測器2 一帶；"
                     "區域排水水位由三級升到一級警戒。同一時段有一台車在積水中熄火、中科路一棵路樹倒在車道、"
                     "生態住宅A區一位住戶在家跌倒（與淹水無關）。雨量警報為全區背景。")
    F = pos("SN-FL-008")
    s.rule("C0F9T0", "heavy_rain", "大雨", 0.0, 30, "西屯雨量站 時雨量 42.5 mm 達大雨標準", None, alt="flood")
    s.rule("SN-RG-001", "heavy_rain", "大雨", 6.0, 30, "中央公園雨量站 時雨量 48 mm 達大雨標準", None, alt="flood")
    s.call("noise", (120.6505, 24.1905), 9.0, 120, "凱旋路工地下雨天還在施工很吵", None)
    f1 = s.rule("SN-FL-008", "flood_depth", "1-15", 12.0, 20, "經貿路低窪處 淹水深度 8 cm", "flood")
    c1 = s.call("flooding", s.near(*F, 20, 90), 15.0, 60, "經貿路三段路面積水，快淹到人行道了", "flood")
    s.rule("SN-WL-003", "water_level", "3", 20.0, 25, "水湳區域排水經貿路 水位 1.45 m 超過三級警戒", "flood")
    s.call("blocked_drain", (120.6597, 24.1812), 22.0, 75, "經貿路水溝蓋被落葉塞住，水排不下去", "flood")
    s.rule("SN-FL-008", "flood_depth", "16-30", 25.0, 20, "經貿路低窪處 淹水深度 21 cm", "flood")
    s.call("flooding", (120.6590, 24.1851), 30.0, 90, "經貿路敦化路那邊也開始積水，機車騎過去會噴", "flood")
    s.rule("SN-VD-JINGMAO-02", "congestion", None, 31.0, 60, "經貿路車輛偵測器2 平均車速降至15 km/h", "flood", severity="Moderate")
    s.rule("SN-FL-004", "flood_depth", "1-15", 35.0, 20, "中央公園滯洪池4 水深 12 cm（蓄洪）", None, alt="flood")
    s.rule("SN-WL-003", "water_level", "2", 40.0, 25, "水湳區域排水經貿路 水位 1.83 m 超過二級警戒", "flood")
    s.call("fallen_tree", (120.6537, 24.1843), 41.0, 80, "中科路有一棵行道樹倒下來擋住一個車道", "tree")
    s.police("fallen_object", "Moderate", (120.6536, 24.1840), 47.0, 45, "中科路路樹倒塌佔用外側車道，已放置三角錐，通報養工處", "tree")
    s.call("flooding", (120.6582, 24.1881), 45.0, 100, "綠美圖南邊經貿路水已經到腳踝", "flood")
    s.rule("SN-FL-008", "flood_depth", ">30", 48.0, 20, "經貿路低窪處 淹水深度 34 cm", "flood")
    s.police("flooding_report", "Moderate", s.near(*F, 10, 60), 50.0, 40, "經貿路三段積水約30公分，車輛通行困難", "flood")
    st = s.police("stalled_vehicle", "Moderate", (120.6593, 24.1821), 52.0, 35, "經貿路三段自小客於積水處熄火，駕駛受困車內", "flood", alt="stall")
    s.f119("rescue", (120.6593, 24.1821), 53.0, 15, "經貿路三段車輛泡水熄火，一人受困車內待救", "flood", alt="stall")
    rc = s.police("road_closure", "Moderate", (120.6595, 24.1830), 55.0, 40, "經貿路三段低窪路段雙向封閉，車輛改道敦化路", "flood")
    s.rule("SN-WL-003", "water_level", "1", 62.0, 25, "水湳區域排水經貿路 水位 2.24 m 超過一級警戒", "flood")
    s.call("flooding", (120.6601, 24.1776), 60.0, 80, "經貿路往中平路那段也淹了，車子開不過去", "flood")
    s.f119("ambulance", (120.6589, 24.1838), 65.0, 15, "生態住宅A區住戶在家跌倒頭部撕裂傷（非淹水相關）", "fall")
    s.f119("rescue", (120.6593, 24.1821), 66.0, 20, "受困駕駛已救出，無人受傷", "flood", alt="stall", status="closed")
    s.cctv("SN-CCTV-011", "flooding", 0.74, 70.0, 10, "影像分析：路口北側路面積水", "flood", pos=(120.6603, 24.1748))
    s.call("flooding", (120.6604, 24.1744), 75.0, 90, "中平路經貿路口積水，公車停在那邊不敢過", "flood")
    s.police("road_closure", "Moderate", (120.6602, 24.1750), 80.0, 40, "管制範圍延伸至經貿路中平路口北側", "flood", follows=rc)
    s.rule("SN-VD-ZHONGPING-02", "congestion", None, 85.0, 60, "中平路車輛偵測器2 平均車速降至11 km/h", "flood", alt=None, severity="Moderate")
    s.rule("SN-RG-001", "heavy_rain", "豪雨", 86.0, 30, "中央公園雨量站 三小時累積雨量 104 mm 達豪雨標準", None, alt="flood")
    s.call("flooding", (120.6607, 24.1739), 88.0, 70, "中平路這邊水淹到機車排氣管", "flood")
    s.call("flooding", s.near(*F, 20, 90), 95.0, 60, "剛剛打過，經貿路三段的水還沒退，什麼時候會處理", "flood", follows=c1)
    s.police("road_reopened", "Minor", (120.6602, 24.1750), 104.0, 40, "經貿路中平路口北側積水已退，恢復通行", "flood", follows=rc)
    s.add("alert", "rule", "disaster", "water_level_falling", "Minor", pos("SN-WL-003"), 110.0, 25,
          "水湳區域排水經貿路 水位回降至 1.70 m", "flood", sensor="SN-WL-003")
    s.police("road_reopened", "Minor", (120.6595, 24.1830), 124.0, 40, "經貿路三段積水已退，全線恢復通行", "flood", follows=rc)
    s.add("alert", "rule", "disaster", "cleared", "Minor", F, 130.0, 20, "經貿路低窪處 淹水解除（2 cm）", "flood", sensor="SN-FL-008")
    s.incident("flood", "flood", "經貿路三段低窪處起、沿經貿路南北擴大 90 分鐘的淹水，水利局抽水、警方封路、水退後解除", f1)
    s.incident("tree", "traffic", "中科路行道樹倒塌佔用車道（養工處移除）", s.items[[i["text"] for i in s.items].index("中科路路樹倒塌佔用外側車道，已放置三角錐，通報養工處")]["key"])
    s.incident("fall", "rescue", "生態住宅A區住戶居家跌倒送醫（非淹水）", s.items[[i["truth"] for i in s.items].index("fall")]["key"])
    s.alternative("另一位協調員會把積水中熄火受困的車輛當成一件獨立的救助/拖吊案（119 救助、警方拖吊），"
                  "並把雨量警報算進淹水案、把滯洪池4 的蓄洪讀值算進淹水案；中平路車輛偵測器2 的減速距封閉點 500 m，另一讀法當背景。",
                  same_incidents(s, add=[{"label": "stall", "type": "rescue", "description": "經貿路三段車輛泡水熄火，駕駛受困救出",
                                          "sufficient_evidence_key": st}]))
    s.notes = ["雨量警報是全區的，不是一件工作：主讀法為背景。",
               "滯洪池4 水深是設計中的蓄洪，不是道路淹水；距經貿路低窪處約 440 m。",
               "生態住宅A區跌倒距淹水點約 185 m、時間在淹水中段，119 文字明說非淹水相關：獨立救護案。",
               "經貿路車輛偵測器2 在淹水點北方 400 m：車因積水慢下來，歸淹水。"]
    return s.write()


# ---------------------------------------------------------------- 1653
CALLS_1653 = [
    ("fire_smoke", "敦化路一段生態住宅B棟有一戶陽台在燒，火很大"),
    ("fire_smoke", "B區大樓冒出好多黑煙，好像是七樓"),
    ("fire_smoke", "我住對面，看到對面大樓失火了"),
    ("fire_smoke", "生態住宅B區火災，警報一直響"),
    ("other", "請問敦化路那邊是不是火災？好多消防車的聲音"),
    ("fire_smoke", "七樓窗戶有火冒出來，有人在陽台喊救命"),
    ("fire_smoke", "水湳生態住宅那邊整棟都是煙"),
    ("gas_odor", "經貿路這邊聞到很重的燒塑膠味"),
    ("fire_smoke", "B棟火災，樓梯間都是煙下不來"),
    ("fire_smoke", "我家在B棟九樓，走廊都是煙，我們現在在家裡要怎麼辦"),
    ("fire_smoke", "敦化路有火災，消防車到了沒"),
    ("evacuation", "管理員叫我們全部下樓，現在很多人站在中庭"),
    ("fire_smoke", "住宅大樓火災，火勢好像往上燒了"),
    ("other", "剛剛打過了，B棟那邊火還在燒嗎"),
    ("fire_smoke", "從中央公園這邊看過去，那棟大樓冒火"),
    ("fire_smoke", "生態住宅B區火災，很多人跑出來"),
    ("missing_person", "我媽媽住B區七樓，電話都聯絡不到，拜託幫忙"),
    ("fire_smoke", "A區這邊也聞到煙味，窗戶要關嗎"),
    ("fire_smoke", "火災的煙飄到我們這邊，經貿路三段"),
    ("fire_smoke", "敦化路一段大樓火災，路邊停滿車消防車進不去"),
    ("fire_smoke", "是不是B棟火災？我在外面看到火光"),
    ("other", "社區火災，我們被疏散出來，請問今晚可以回去嗎"),
    ("fire_smoke", "大樓七樓火災，有人受傷嗎"),
    ("fire_smoke", "我在經貿路上開車看到旁邊大樓著火"),
    ("fire_smoke", "B區大樓火災，煙往北飄"),
    ("evacuation", "整棟撤離，有老人家走不動，需要幫忙"),
    ("fire_smoke", "火好像小了，但是煙還是很大"),
    ("fire_smoke", "敦化路那棟大樓火災還在燒嗎"),
    ("other", "我是B棟住戶，請問火災後電梯可以用嗎"),
    ("fire_smoke", "敦化路火災煙很大，小孩一直咳嗽"),
    ("fire_smoke", "生態住宅火災，現在還有消防車在"),
    ("other", "火災現場圍觀的人很多，車子都停在路中間"),
    ("fire_smoke", "B區火災，我家陽台都是灰"),
    ("fire_smoke", "剛剛那個大樓火災有沒有撲滅"),
]


def s1653():
    s = Sit(1653, "eco_block_b_fire_call_burst", "2016-11-19 22:40", 1653)
    s.description = ("週六深夜，水湳生態住宅 B區（96 戶）七樓一戶起火。25 分鐘內 1999 湧入三十多通電話（目擊、詢問、疏散、找家人），"
                     "119 出動救災、救助與救護，警方封閉敦化路一段；煙飄進 A區大廳觸發 A區總機，消防射水流到經貿路低窪處觸發淹水感測器。"
                     "同時有兩件無關的事：中國醫藥大學水湳校區學生酒醉送醫、南邊一件違停檢舉。")
    B = pos("SN-FA-012")
    fa = s.dev("fire_alarm", "SN-FA-012", "alarm", 0.0, 3, "生態住宅B區 7F 第3區 偵煙探測器動作", "fire")
    s.dup(fa, 20)
    s.call("noise", (120.6700, 24.1900), -30.0, 200, "北屯區隔壁卡拉OK太吵", None)
    k119 = s.f119("fire", s.near(*B, 5, 30), 2.0, 15, "北屯區敦化路一段住宅火警，派遣水湳、北屯分隊", "fire")
    t = 0.8
    keys = []
    for n, (cat, txt) in enumerate(CALLS_1653):
        t += s.rng.uniform(0.25, 1.1) if n < 26 else s.rng.uniform(1.5, 4.0)
        r = s.rng.choice([(30, 120), (60, 250), (100, 400)])
        keys.append(s.call(cat, s.near(*B, *r), t, s.rng.randint(40, 150), txt, "fire"))
    s.police("fire_report", "Severe", s.near(*B, 10, 50), 5.0, 30, "敦化路一段生態住宅B區七樓住宅火警，警力到場管制", "fire")
    s.dev("fire_alarm", "SN-FA-011", "alarm", 7.0, 3, "生態住宅A區 1F 大廳 偵煙探測器動作", "fire", alt="blockA")
    s.f119("fire", s.near(*B, 5, 30), 9.0, 12, "第一車到達，七樓一戶火勢猛烈，佈線搶救", "fire", status="on_scene", follows=k119)
    cl = s.police("road_closure", "Moderate", (120.6583, 24.1812), 10.0, 40, "敦化路一段經貿路至B區路段封閉，供消防車作業", "fire")
    s.f119("rescue", s.near(*B, 5, 30), 12.0, 15, "九樓住戶受困，雲梯車救出3人", "fire")
    s.police("evacuation", "Moderate", s.near(*B, 10, 60), 14.0, 40, "B區住戶約150人疏散至中央公園南側", "fire")
    s.f119("ambulance", s.near(*B, 5, 30), 18.0, 15, "住宅火警嗆傷2人送醫", "fire")
    s.f119("ambulance", s.near(*B, 5, 30), 21.0, 15, "住宅火警現場老人家不適送醫", "fire")
    s.dev("fire_alarm", "SN-FA-011", "normal", 20.0, 3, "生態住宅A區 受信總機 復歸（煙霧飄入大廳）", "fire", alt="blockA")
    s.rule("SN-VD-JINGMAO-02", "congestion", None, 20.0, 60, "經貿路車輛偵測器2 平均車速降至9 km/h", "fire", alt=None, severity="Moderate")
    s.rule("SN-FL-008", "flood_depth", "1-15", 25.0, 20, "經貿路低窪處 淹水深度 4 cm", "fire", alt=None)
    s.f119("fire", s.near(*B, 5, 30), 36.0, 15, "火勢控制", "fire", status="on_scene", follows=k119)
    s.call("illegal_parking", (120.6550, 24.1760), 40.0, 90, "中央公園南側停車場出口有車亂停", None)
    s.f119("ambulance", (120.6594, 24.1737), 44.0, 15, "中國醫藥大學水湳校區宿舍學生酒醉意識不清", "drunk")
    s.dev("fire_alarm", "SN-FA-012", "normal", 70.0, 3, "生態住宅B區 受信總機 復歸", "fire")
    s.police("road_reopened", "Minor", (120.6583, 24.1812), 92.0, 40, "敦化路一段恢復通行", "fire", follows=cl)
    s.f119("fire", s.near(*B, 5, 30), 95.0, 15, "殘火處理完畢，收隊；受困3人救出、送醫3人", "fire", status="closed", follows=k119)
    s.add("alert", "rule", "disaster", "cleared", "Minor", pos("SN-FL-008"), 80.0, 20, "經貿路低窪處 淹水解除", "fire", alt=None, sensor="SN-FL-008")
    s.incident("fire", "fire", "生態住宅B區七樓住宅火警：搶救、救出受困、疏散、送醫，一路到收隊", k119)
    s.incident("drunk", "rescue", "中國醫藥大學水湳校區學生酒醉送醫", [i for i in s.items if i["truth"] == "drunk"][0]["key"])
    s.alternative("A區總機是另一棟樓的警報：有的協調員會先開一件 A區查證案（消防確認是飄煙才結案）；"
                  "消防射水流到經貿路低窪處的淹水讀值與經貿路減速，另一讀法當背景。",
                  same_incidents(s, add=[{"label": "blockA", "type": "fire", "description": "生態住宅A區大廳偵煙動作（飄煙），查證後復歸",
                                          "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "blockA"][0]["key"]}]))
    s.notes = ["主讀法：三十多通 1999 全部是同一件火警，包括問家人、問能不能回家、圍觀車輛的電話。",
               "第一個足夠開案的是 119 派遣（總機單一探測器 + 119 確認）。總機警報本身先到，但住宅總機誤報多，協調員等第一通確認。"]
    return s.write()


# ---------------------------------------------------------------- 1654
def s1654():
    s = Sit(1654, "popmusic_christmas_concert", "2016-12-24 18:00", 1654)
    s.description = ("平安夜臺中流行影音中心戶外演唱會（核准 18:00-22:30，後變更延到 23:00），附近停車場陸續滿場、凱旋路與中科路車速下降、"
                     "違停與噪音陳情。晚會期間穿插幾件小事：會場扒竊、觀眾昏倒送醫、凱旋路北段機車擦撞、散場時小孩走失，"
                     "以及中科路環中路口一筆低信心的逆向行駛影像。")
    V = pos("SN-FA-006")
    pm = s.permit("concert", V, 0.0, 270.0, 4320, "臺中流行影音中心 平安夜戶外演唱會，預估觀眾 12,000 人", "event", radius_m=400)
    s.dev("parking", "SN-PK-004", "full", 20.0, 30, "中央公園地下停車場(北) 汽車 剩餘0", "event")
    s.rule("SN-VD-KAIXUAN-02", "congestion", None, 25.0, 60, "凱旋路車輛偵測器2 平均車速降至14 km/h", "event", severity="Moderate")
    s.call("illegal_parking", s.near(*V, 100, 300), 30.0, 90, "影音中心旁邊巷子兩邊都停滿車，救護車都進不去", "event")
    s.dev("parking", "SN-PK-005", "full", 35.0, 30, "中央公園地下停車場(南) 汽車 剩餘0", "event")
    s.rule("SN-VD-ZHONGKE-01", "congestion", None, 40.0, 60, "中科路車輛偵測器1 平均車速降至17 km/h", "event", severity="Minor")
    s.police("crowd_control", "Minor", s.near(*V, 20, 100), 45.0, 40, "流行影音中心入場人潮，派員於凱旋路口管制", "event")
    s.dev("parking", "SN-PK-003", "full", 50.0, 30, "河南路停車場 汽車 剩餘0", "event", alt=None)
    s.call("crowding", s.near(*V, 50, 200), 60.0, 100, "影音中心外面人行道擠到走不過去", "event")
    s.call("illegal_parking", s.near(*V, 150, 350), 70.0, 90, "中科路機車停在人行道上一整排", "event")
    ac = s.police("accident", "Minor", (120.6506, 24.1893), 90.0, 45, "凱旋路二機車擦撞，無人受傷，雙方自行和解", "scuff")
    s.call("traffic_accident", (120.6509, 24.1898), 88.0, 80, "凱旋路兩台機車撞在一起，倒在路上", "scuff")
    s.call("streetlight", (120.6536, 24.1830), 100.0, 120, "中科路南段有一盞路燈不亮", None)
    s.call("crowding", s.near(*V, 80, 250), 75.0, 100, "凱旋路公車站排隊的人擠到車道上", "event")
    s.call("illegal_parking", s.near(*V, 200, 400), 82.0, 110, "黃線上停滿要去看演唱會的車", "event")
    s.police("crowd_control", "Minor", s.near(*V, 20, 100), 120.0, 40, "會場周邊違停拖吊12輛", "event")
    s.call("other", s.near(*V, 100, 300), 140.0, 100, "中科路公車站人太多，公車過站不停", "event")
    s.call("illegal_parking", s.near(*V, 150, 350), 160.0, 110, "我家車庫門口被看演唱會的車擋住", "event")
    s.rule("SN-VD-ZHONGKE-01", "congestion", None, 286.0, 60, "中科路車輛偵測器1 平均車速降至9 km/h", "event", severity="Moderate")
    s.police("theft", "Minor", s.near(*V, 20, 100), 130.0, 50, "演唱會觀眾報案手機遭扒竊，調閱監視器中", "theft", alt="event")
    amb = s.f119("ambulance", s.near(*V, 20, 80), 150.0, 15, "流行影音中心演唱會觀眾昏倒，意識清楚", "faint", alt="event")
    s.permit("concert", V, 0.0, 300.0, -150, "演唱會延長至23:00結束", "event", radius_m=400, permit_status="amended", follows=pm)
    s.f119("ambulance", s.near(*V, 20, 80), 172.0, 15, "昏倒觀眾送醫，返隊", "faint", alt="event", status="returning", follows=amb)
    s.cctv("SN-CCTV-003", "wrong_way", 0.55, 180.0, 8, "影像分析：疑似機車逆向", "wrongway", alt=None)
    s.call("noise", (120.6495, 24.1842), 200.0, 120, "影音中心演唱會聲音太大，小孩睡不著", "event")
    s.call("noise", (120.6497, 24.1868), 215.0, 120, "都十點多了音樂還那麼大聲", "event")
    s.police("crowd_control", "Moderate", s.near(*V, 20, 100), 280.0, 40, "演唱會散場，人潮湧向凱旋路、中科路公車站", "event")
    mp = s.police("missing_person", "Moderate", s.near(*V, 30, 120), 285.0, 30, "散場時6歲男童與母親走散，穿紅色外套", "lost_child")
    s.call("missing_person", s.near(*V, 30, 150), 284.0, 70, "我兒子在影音中心門口走失了，六歲，紅外套", "lost_child")
    s.rule("SN-VD-KAIXUAN-02", "congestion", None, 290.0, 60, "凱旋路車輛偵測器2 平均車速降至8 km/h", "event", severity="Moderate")
    s.police("other", "Minor", s.near(*V, 30, 120), 302.0, 40, "走失男童已於服務台尋獲，交還母親", "lost_child", follows=mp)
    s.dev("parking", "SN-PK-004", "empty", 340.0, 30, "中央公園地下停車場(北) 汽車 剩餘 438", None, alt="event")
    s.incident("event", "crowd", "平安夜演唱會的人潮、停車、交通與噪音，由活動管制組從入場追到散場", pm)
    s.incident("scuff", "traffic", "凱旋路二機車擦撞（無傷）", ac)
    s.incident("theft", "public_safety", "演唱會觀眾手機遭扒竊", [i for i in s.items if i["truth"] == "theft"][0]["key"])
    s.incident("faint", "rescue", "演唱會觀眾昏倒送醫", amb)
    s.incident("wrongway", "traffic", "中科路環中路口疑似機車逆向（低信心影像，需人員查看）", [i for i in s.items if i["truth"] == "wrongway"][0]["key"])
    s.incident("lost_child", "rescue", "散場男童走失，協尋後尋獲", mp)
    alt_inc = [i for i in same_incidents(s, drop=("theft", "faint", "wrongway"))]
    s.alternative("另一位協調員把會場內的扒竊與觀眾昏倒都交給活動管制組，當成演唱會事件的一部分；"
                  "0.55 的逆向影像在 1.4 km 外無人佐證，當背景；河南路停車場滿場離會場 1.2 km，當背景；散場後北停車場清空當活動結束的證據。",
                  alt_inc)
    s.notes = ["扒竊與昏倒發生在會場內：是否為活動案的一部分是最具爭議的判斷。",
               "走失男童即使在會場也由協尋的員警追到結束：兩種讀法都獨立成案。",
               "停車場清空（empty）主讀法為背景：它不需任何人去處理。"]
    return s.write()


# ---------------------------------------------------------------- 1655
def s1655():
    s = Sit(1655, "zhongke_crash_late_dup_skewed", "2016-09-30 07:50", 1655)
    s.description = ("週五早上尖峰，中科路/環中路二段口一台貨車與兩台機車碰撞，貨車撞歪號誌桿，號誌轉黑。"
                     "資料流很亂：監視器事件重送兩次、一通 1999 重複進件、警方車機時鐘用本地時間當 UTC（observed 晚 8 小時）、"
                     "119 救護派遣的『到場』比『派遣』先到 14 分鐘。背景有雨量站斷線又恢復、轉運中心總機備用電池告警、一個單純坑洞。")
    J = pos("SN-SIG-003")
    s.dev("status", "SN-RG-002", "offline", -20.0, 2, "水湳轉運中心雨量站 通訊中斷", None, reason="comms_lost")
    c = s.cctv("SN-CCTV-003", "accident", 0.91, 0.0, 5, "影像分析：路口內多車碰撞", "crash")
    s.dup(c, 40)
    s.call("traffic_accident", s.near(*J, 30, 150), 0.8, 60, "中科路環中路口貨車撞機車，有人倒地", "crash")
    # police MDT stamps local time as UTC: observed 8 h late
    p = s.police("injury_accident", "Severe", s.near(*J, 5, 30), 2.0 + 480, -480 * 60 + 70,
                 "中科路與環中路二段口A1/A2類事故，大貨車與機車二部碰撞，二人受傷", "crash")
    s.dev("signal", "SN-SIG-003", "fault", 4.0, 6, "中科路/環中路二段 號誌 控制器無回應", "signal", alt="crash")
    s.cctv("SN-CCTV-003", "signal_dark", 0.83, 4.5, 8, "影像分析：路口號誌燈全暗", "signal", alt="crash")
    s.dup(c, 300)
    a = s.f119("ambulance", s.near(*J, 5, 30), 3.0, 840, "中科環中路口車禍二人受傷，派遣救護車二輛", "crash")
    rc = s.police("road_closure", "Moderate", s.near(*J, 10, 40), 6.0 + 480, -480 * 60 + 60,
                  "中科路往環中路方向封閉，車輛改道經貿路", "crash")
    k = s.call("traffic_accident", s.near(*J, 50, 200), 6.5, 80, "環中路中科路口車禍，大貨車橫在路口", "crash")
    s.dup(k, 45)
    s.rule("SN-VD-HUANZHONG-02", "congestion", None, 8.0, 60, "環中路車輛偵測器2 平均車速降至10 km/h", "crash", severity="Severe")
    s.f119("ambulance", s.near(*J, 5, 30), 10.0, 20, "救護車到達，傷者二名", "crash", status="on_scene", follows=a)
    s.rule("SN-VD-JINGMAO-01", "congestion", None, 12.0, 60, "經貿路車輛偵測器1 平均車速降至16 km/h", "crash", severity="Moderate")
    sc = s.call("traffic_signal", s.near(*J, 40, 150), 15.0, 70, "中科環中路口紅綠燈不亮，號誌桿被撞歪了", "signal", alt="crash")
    s.police("fallen_object", "Moderate", s.near(*J, 10, 40), 20.0 + 480, -480 * 60 + 90, "貨車貨物（鋼管）散落路面", "crash")
    s.call("road_damage", (120.6541, 24.1976), 25.0, 120, "經貿路二段慢車道有一個坑洞", None)
    s.f119("ambulance", s.near(*J, 5, 30), 30.0, 25, "傷者送中國醫藥大學附設醫院，返隊", "crash", status="returning", follows=a)
    s.dev("status", "SN-RG-002", "online", 30.0, 2, "水湳轉運中心雨量站 恢復連線", None)
    s.dev("fire_alarm", "SN-FA-001", "fault", 35.0, 4, "水湳轉運中心 受信總機 預備電源電壓不足", None)
    s.police("traffic_signal_fault", "Moderate", s.near(*J, 5, 30), 40.0 + 480, -480 * 60 + 50, "號誌桿遭撞傾斜，員警手動指揮交通，通報交通局", "signal", alt="crash")
    s.police("road_reopened", "Minor", s.near(*J, 5, 30), 75.0 + 480, -480 * 60 + 40, "事故車輛移除，中科路恢復通行", "crash", follows=rc)
    s.dev("signal", "SN-SIG-003", "restored", 140.0, 6, "中科路/環中路二段 號誌 恢復正常", "signal", alt="crash")
    s.incident("crash", "traffic", "中科路/環中路二段 貨車與二機車碰撞，二人送醫，貨物散落，封路後恢復", c)
    s.incident("signal", "infrastructure", "撞歪的號誌桿：交通局號誌廠商到場搶修，到號誌恢復為止", [i for i in s.items if i["truth"] == "signal"][0]["key"])
    s.alternative("號誌故障是車禍造成的，有的協調員不另開號誌搶修案，把它併入車禍案。",
                  same_incidents(s, drop=("signal",)))
    s.notes = ["警方報告 observed 比實際晚 8 小時（車機時鐘錯）；到達時間才是真的。",
               "119 到場 update 比派遣早 14 分鐘到；follows 指向較晚到達的派遣。",
               "監視器事故事件同 key 送了三次、1999 一通進件兩次：重複不是新證據。",
               "號誌恢復在事故後 2 小時多：主讀法號誌案由交通局追到恢復。"]
    return s.write()


# ---------------------------------------------------------------- 1656
def s1656():
    s = Sit(1656, "park_south_cabinet_offline", "2016-07-08 10:00", 1656)
    s.description = ("週五上午，中央公園南側機箱 GW-CPS-01 的光纖在人行道管線工程中被挖斷，機箱下的三個滯洪池淹水感測器、"
                     "南滯洪池水位計與南停車場在線上一起消失，約 95 分鐘後修復。同時段：河南路低窪處淹水感測器電池低電量離線、"
                     "中科路車輛偵測器故障離線、南邊滯洪池4 旁一位長者跌倒送醫；背景有北停車場滿場與一通流浪狗陳情。天氣晴。")
    g = "GW-CPS-01"
    s.permit("road_works", (120.6562, 24.1795), -60.0, 240.0, 2880, "中央公園南側人行道電信管線工程（挖掘）", None, alt="gw", radius_m=120)
    ks = []
    for n, sid in enumerate(["SN-FL-003", "SN-WL-002", "SN-FL-004", "SN-PK-005", "SN-FL-005"]):
        if sid == "SN-PK-005":
            ks.append(s.dev("status", sid, "offline", 0.2 + n * 0.1, 3, "%s 離線" % S[sid]["name"], "gw", gateway=g))
        else:
            ks.append(s.dev("status", sid, "offline", 0.2 + n * 0.1, 3, "%s 通訊中斷" % S[sid]["name"], "gw", reason="comms_lost", gateway=g))
    first_rule = None
    for n, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        k = s.rule(sid, "sensor_offline", None, 10.0 + n * 0.5, 5, "%s 超過預期時間未回傳資料" % S[sid]["name"], "gw", gateway=g)
        first_rule = first_rule or k
    s.call("other", (120.6558, 24.1786), 20.0, 120, "中央公園南側停車場門口剩餘車位看板沒有顯示", "gw", alt=None)
    s.dev("status", "SN-FL-007", "offline", 30.0, 3, "河南路低窪處 淹水感測器 電池電量低", "fl7", alt=None, reason="battery_low")
    s.f119("ambulance", (120.6576, 24.1791), 40.0, 15, "中央公園滯洪池4旁步道長者跌倒，意識清楚腳踝疼痛", "fall")
    s.call("rescue", (120.6579, 24.1788), 39.0, 60, "公園南邊步道有阿公跌倒爬不起來", "fall")
    s.rule("SN-FL-007", "sensor_offline", None, 45.0, 5, "河南路低窪處 超過預期時間未回傳資料", "fl7", alt=None)
    s.dev("status", "SN-VD-ZHONGKE-01", "offline", 50.0, 3, "中科路車輛偵測器1 設備故障", "vd", alt=None, reason="device_fault")
    s.dev("parking", "SN-PK-004", "full", 60.0, 30, "中央公園地下停車場(北) 汽車 剩餘0", None)
    s.rule("SN-VD-ZHONGKE-01", "sensor_offline", None, 62.0, 5, "中科路車輛偵測器1 超過預期時間未回傳資料", "vd", alt=None)
    s.call("動物救援", (120.6550, 24.1840), 65.0, 150, "中央公園有流浪狗群追人", None)
    s.f119("ambulance", (120.6576, 24.1791), 68.0, 20, "跌倒長者送醫，返隊", "fall", status="returning")
    for n, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        s.dev("status", sid, "online", 95.0 + n * 0.2, 3, "%s 恢復連線" % S[sid]["name"], "gw", gateway=g)
    s.dev("status", "SN-VD-ZHONGKE-01", "online", 180.0, 3, "中科路車輛偵測器1 恢復連線（更換偵測模組）", "vd", alt=None)
    s.incident("gw", "infrastructure", "中央公園南機箱 GW-CPS-01 斷線：五個設備同時離線，一張維修單追到全部恢復", ks[1])
    s.incident("fl7", "infrastructure", "河南路低窪處淹水感測器電池低電量離線（換電池）", [i for i in s.items if i["truth"] == "fl7"][0]["key"])
    s.incident("vd", "infrastructure", "中科路車輛偵測器1 設備故障離線，更換模組後恢復", [i for i in s.items if i["truth"] == "vd"][0]["key"])
    s.incident("fall", "rescue", "滯洪池4旁步道長者跌倒送醫（與機箱無關）", [i for i in s.items if i["truth"] == "fall"][0]["key"])
    s.alternative("另一位協調員只把機箱斷線當成營運中心的工作，單一設備的電池與故障交維護廠商例行處理（背景）；"
                  "並把挖斷光纖的管線工程許可算進機箱案（原因），停車看板陳情當背景。",
                  same_incidents(s, drop=("fl7", "vd")))
    s.notes = ["五個設備的 offline 幾乎同時、同一 gateway、原因 comms_lost：一件；第二筆 offline 到達時就足以判定是機箱（兩台以上同機箱）。",
               "長者跌倒在滯洪池4 旁，正好在斷線機箱的範圍內：不能因為地點相同就併入。",
               "晴天，所有淹水感測器離線不是淹水。"]
    return s.write()


if __name__ == "__main__":
    for f in (s1651, s1652, s1653, s1654, s1655, s1656):
        print(f())
