"""Situations 1891-1896 (seeded)."""
from lib import Sit, J, pos, lerp, SENSORS, first_key


def s1891():
    s = Sit(1891, "two_crashes_150m_huanzhong", 18910, "2026-03-18 07:50")
    A, B = J["zhongke_huanzhong"], J["jingmao_huanzhong"]
    s.description = ("早上尖峰，環中路二段兩起車禍同時發生，相距約150公尺：中科路口右轉車與機車碰撞、騎士受傷（A）；"
                     "經貿路口公車追撞自小客、無人受傷但占用車道（B）。")
    a1 = s.cctv("SN-CCTV-003", "accident", 0.82, 0.3, "A", "路口偵測疑似車輛碰撞", alt="AB")
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.77, 1.4, "B", "內側車道車輛停滯", alt="AB")
    c1 = s.call("traffic_accident", s.scatter(A, 20, 90), 0.6, "A", "環中路中科路口機車跟轎車撞到，騎士倒在地上沒起來", alt="AB")
    s.call("traffic_accident", s.scatter(A, 50, 200), 1.0, "A", "中科路口車禍，有人受傷，拜託快叫救護車", alt="AB")
    f1 = s.f119("ambulance", A, 1.5, "A", "西屯區環中路二段/中科路口 車禍 機車騎士左腿疑骨折", alt="AB")
    s.call("traffic_accident", s.scatter(B, 20, 120), 1.8, "B", "經貿路口公車撞到前面的小客車，車子卡在路中間", alt="AB")
    p1 = s.police("injury_accident", "Moderate", A, 2.2, "A", "環中路二段與中科路口，右轉自小客與直行機車碰撞，機車騎士受傷，已通報救護", alt="AB")
    s.call("other", s.scatter(lerp(A, B, 0.5), 30, 250), 3.0, "A", "環中路這邊出車禍了，有人躺在地上", alt="AB")
    p2 = s.police("accident", "Minor", B, 4.0, "B", "環中路二段與經貿路口，市區公車追撞自小客車，無人受傷，自小客占用內側車道待拖吊", alt="AB")
    s.call("traffic_accident", s.scatter(B, 100, 400), 4.5, "B", "環中路靠近經貿路那邊公車好像撞車了，整排車都停住", alt="AB")
    s.cctv("SN-CCTV-003", "stalled_vehicle", 0.71, 3.0, "A", "路口車輛停滯", alt="AB")
    s.call("fallen_object", s.scatter(B, 10, 80), 6.0, "B", "經貿路口地上有一灘油還有碎片，機車騎過去會滑", alt="AB")
    s.alert("SN-VD-HUANZHONG-02", "congestion", 8.0, "A", "環中路車輛偵測器2 東向平均車速 14 km/h，車流壅塞", severity="Moderate", alt="AB")
    s.alert("SN-VD-JINGMAO-01", "congestion", 9.0, "B", "經貿路車輛偵測器1 北向平均車速 11 km/h，車流壅塞", severity="Moderate", alt="AB")
    s.f119("ambulance", A, 9.0, "A", "救護車到達現場", status="on_scene", follows=f1["key"], alt="AB")
    s.alert("SN-VD-HUANZHONG-03", "congestion", 10.5, "B", "環中路車輛偵測器3 西向平均車速 16 km/h，車流壅塞", severity="Minor", alt="AB")
    s.call("traffic_accident", s.scatter(lerp(A, B, 0.5), 300, 700), 12.0, "B", "環中路往西塞到中清路了，前面是不是公車出事", alt="AB")
    s.police("other", "Minor", B, 18.0, "B", "拖吊車到場，路口油漬已請清潔隊處理", follows=[p2["key"]], alt="AB")
    s.f119("ambulance", A, 24.0, "A", "傷者送往中國醫藥大學附設醫院", status="returning", follows=f1["key"], alt="AB")
    s.police("road_reopened", "Minor", A, 33.0, "A", "中科路口事故車輛已移除，恢復通行", follows=[p1["key"]], alt="AB")
    s.police("road_reopened", "Minor", B, 36.0, "B", "經貿路口事故排除，內側車道恢復通行", follows=[p2["key"]], alt="AB")
    s.alert("SN-VD-HUANZHONG-02", "cleared", 40.0, "A", "環中路車輛偵測器2 車速回復，壅塞解除", alt="AB")
    s.alert("SN-VD-HUANZHONG-03", "cleared", 44.0, "B", "環中路車輛偵測器3 車速回復，壅塞解除", alt="AB")
    # background
    s.parking("SN-PK-001", "full", 5.0, None, "汽車格已滿")
    s.call("streetlight", s.scatter(J["liming_kaixuan"], 50, 300), 7.0, None, "黎明路這邊有一盞路燈白天一直亮著")
    s.call("illegal_parking", s.scatter(J["jingmao_jm7"], 50, 300), 14.0, None, "經貿七路口有貨車違停在紅線上卸貨")
    s.call("road_damage", s.scatter(J["hwy74_huanzhong"], 100, 400), 20.0, None, "環中路靠台74線那邊有一個坑洞")
    s.incident("A", "traffic", "中科路口 右轉車撞機車，騎士受傷送醫", c1["key"])
    s.incident("B", "traffic", "經貿路口 公車追撞自小客，無人受傷，占用車道、油漬", p2["key"])
    s.alt = {"why": "兩起事故相距約150公尺、同一時間、同一條路，分局可能只派一組警力同時處理兩處，視為一件工作。",
             "incidents": [{"label": "AB", "type": "traffic", "description": "環中路二段中科路口至經貿路口兩起車禍，一組警力處理",
                            "sufficient_evidence_key": a1["key"]}]}
    s.notes = ("A有人受傷需救護，B只需拖吊與清油漬，調度上是兩件。位置模糊的民眾來電依內容（有人倒地→A、公車→B）歸屬。"
               "西側偵測器（中科路口西方）的壅塞歸A，東側及經貿路北向的壅塞歸B。")
    return s.write()


def s1892():
    s = Sit(1892, "jingmao_flood_spreads_90min", 18920, "2026-06-05 15:20")
    N, S = J["jingmao_jm7"], J["jingmao_zhongping"]
    M = pos("SN-FL-008")
    jm = lambda lat: (120.6592 + (24.184 - lat) / (24.184 - 24.1725) * (120.6605 - 120.6592), lat) if lat <= 24.184 \
        else (120.6592 + (lat - 24.184) / (24.19247 - 24.184) * (120.65685 - 120.6592), lat)
    s.description = ("梅雨鋒面午後豪雨，經貿路三段生態住宅旁低窪處先積水，90分鐘內沿經貿路向北漫延到經貿七路口（綠美圖前）、"
                     "向南到中平路口；警方分段封路，雨停後退水。同時河南路倒樹一件、河南路低窪處短暫小積水一件。")
    nor = lambda lat: "WN" if lat > 24.188 else "W"
    s.alert("SN-RG-001", "heavy_rain", 0.0, None, "中央公園雨量站 時雨量 42 mm，達大雨標準", level="大雨")
    s.alert("C0F9T0", "heavy_rain", 5.0, None, "西屯站 時雨量 48 mm，達大雨標準", level="大雨")
    w1 = s.alert("SN-FL-008", "flood_depth", 8.0, "W", "經貿路低窪處 淹水深度 9 cm", level="1-15")
    c1 = s.call("flooding", s.scatter(M, 20, 150), 12.0, "W", "經貿路三段靠生態住宅這邊水溝滿出來，路面都是水")
    s.alert("SN-WL-003", "water_level", 18.0, "W", "水湳區域排水經貿路水位 1.46 m，達三級警戒", level="3")
    s.alert("SN-RG-001", "heavy_rain", 20.0, None, "中央公園雨量站 3小時累積 205 mm，達豪雨標準", level="豪雨")
    s.alert("SN-FL-008", "flood_depth", 22.0, "W", "經貿路低窪處 淹水深度 21 cm", level="16-30")
    s.call("blocked_drain", s.scatter(jm(24.1835), 10, 60), 25.0, "W", "經貿路邊的水溝蓋被落葉塞住，水都排不下去")
    s.call("flooding", s.scatter(jm(24.1850), 30, 200), 29.0, "W", "經貿路淹到機車排氣管了，好幾台機車熄火")
    p1 = s.police("flooding_report", "Moderate", jm(24.1855), 35.0, "W", "經貿路三段北向車道積水約20公分，多輛機車熄火，請求水利局抽水")
    s.alert("SN-VD-JINGMAO-02", "congestion", 38.0, "W", "經貿路車輛偵測器2 雙向平均車速 9 km/h，車流壅塞", severity="Moderate")
    s.alert("SN-WL-003", "water_level", 40.0, "W", "水湳區域排水經貿路水位 1.83 m，達二級警戒", level="2")
    s.alert("SN-FL-008", "flood_depth", 42.0, "W", "經貿路低窪處 淹水深度 34 cm", level=">30")
    s.call("flooding", s.scatter(jm(24.1880), 30, 300), 45.0, nor(24.1880), "生態住宅A區前面經貿路變成一條河，車子開過去水花很大")
    s.police("stalled_vehicle", "Moderate", jm(24.1845), 48.0, "W", "自小客涉水熄火停於經貿路三段路中，駕駛已自行脫困，待水退後拖吊")
    pc = s.police("road_closure", "Severe", jm(24.1830), 50.0, "W", "經貿路三段（生態住宅A區至B區間）因積水雙向封閉，車輛改道")
    s.cctv("SN-CCTV-006", "flooding", 0.66, 52.0, "WN", "路口路面積水")
    s.call("flooding", s.scatter(pos("SN-FA-004"), 30, 200), 55.0, "WN", "綠美圖前面經貿路整片都是水，人行道也淹了")
    s.police("flooding_report", "Moderate", N, 60.0, "WN", "經貿路二段與經貿七路口積水漫延，深約15公分，派員現場管制")
    c_dup = s.call("flooding", s.scatter(N, 100, 400), 62.0, "WN", "經貿七路那邊也開始積水了，水一直往北邊流")
    s.dup(c_dup, 71.0)
    s.call("flooding", s.scatter(jm(24.1765), 30, 250), 65.0, "W", "經貿路靠水資源回收中心那段也淹了，大概到小腿")
    s.cctv("SN-CCTV-011", "flooding", 0.58, 70.0, "W", "路口路面積水")
    s.alert("SN-WL-003", "water_level", 72.0, "W", "水湳區域排水經貿路水位 2.24 m，達一級警戒", level="1")
    s.police("road_closure", "Severe", jm(24.1760), 75.0, "W", "經貿路封閉範圍向南延伸至中平路口", follows=[pc["key"]])
    s.call("flooding", s.scatter(S, 30, 200), 78.0, "W", "中平路經貿路口機車騎到一半熄火，水到膝蓋")
    s.alert("SN-VD-ZHONGPING-02", "congestion", 80.0, "W", "中平路車輛偵測器2 西向平均車速 12 km/h，車流壅塞", severity="Minor", alt=None)
    s.alert("SN-RG-001", "cleared", 82.0, None, "中央公園雨量站 雨勢趨緩，大雨警戒解除")
    s.call("flooding", s.scatter(jm(24.1900), 200, 900), 84.0, nor(24.19), "剛剛打過了，經貿路到現在還是淹著，什麼時候來抽水")
    s.alert("SN-FL-004", "flood_depth", 86.0, None, "中央公園滯洪池4 淹水深度 24 cm", level="16-30")
    s.alert("SN-WL-003", "water_level_falling", 98.0, "W", "水湳區域排水經貿路水位回降至 1.62 m，低於二級警戒")
    s.alert("SN-FL-008", "cleared", 104.0, "W", "經貿路低窪處 積水退去，警戒解除")
    s.police("road_reopened", "Minor", jm(24.1830), 110.0, "W", "經貿路三段積水已退，解除封閉，恢復通行", follows=[pc["key"]])
    # a fallen tree on 河南路 (its own job) and a small puddle at the 河南路 low point
    t1 = s.call("fallen_tree", s.scatter((120.6478, 24.1686), 10, 60), 31.0, "T", "河南路上路樹被風吹倒，擋住一個車道")
    s.police("fallen_object", "Moderate", (120.6480, 24.1690), 36.0, "T", "河南路二段路樹倒塌占用外側車道，已通知建設局處理")
    s.call("fallen_tree", s.scatter((120.6478, 24.1686), 50, 250), 40.0, "T", "河南路有樹倒在路上，車子都要繞")
    f7 = s.alert("SN-FL-007", "flood_depth", 58.0, "W2", "河南路低窪處 淹水深度 6 cm", level="1-15")
    s.call("flooding", s.scatter(pos("SN-FL-007"), 30, 150), 63.0, "W2", "河南路停車場門口積水，車子進出要小心")
    s.alert("SN-FL-007", "cleared", 95.0, "W2", "河南路低窪處 積水退去，警戒解除")
    s.call("streetlight", s.scatter(J["kaixuan_huanzhong"], 50, 300), 50.0, None, "凱旋路有一盞路燈一閃一閃")
    s.incident("W", "flood", "經貿路沿線淹水，由生態住宅旁低窪處向北、向南漫延，封路、抽水", w1["key"])
    s.incident("T", "traffic", "河南路二段路樹倒塌占用車道", t1["key"])
    s.incident("W2", "flood", "河南路低窪處短暫小積水（停車場門口）", f7["key"])
    # main reading: WN is W (one job)
    for it in s.items:
        if it["truth"] == "WN":
            it["truth"] = "W"
            it["truth_alt"] = "WN"
    s.alt = {"why": "北段（經貿七路口、綠美圖前）距最初積水點約1公里，可能另派一組抽水機與警力，成為獨立一件。",
             "incidents": [dict(s.incidents[0], sufficient_evidence_key=w1["key"]),
                           {"label": "WN", "type": "flood", "description": "經貿路北段（經貿七路口、綠美圖前）積水",
                            "sufficient_evidence_key": first_key(s, "WN", alt=True)},
                           s.incidents[1], s.incidents[2]]}
    s.notes = ("同一條路、同一個排水系統、同一批抽水機與封路，90分鐘內的漫延是一件淹水工作。大雨警戒本身不派工（null）；"
               "滯洪池4積水是滯洪池正常蓄洪（null）。中平路東段的壅塞是改道車流，歸W，另一讀法視為背景（null）。")
    return s.write()


FIRE_TEXTS = [
    "經貿路那邊有一棟大樓失火了，好大的煙", "生態住宅B區七樓在燒，有看到火光", "對面大樓冒黑煙，窗戶有火",
    "我家陽台看到中央公園另一邊有大樓火災", "敦化路這邊有住宅失火，煙很大", "B區那棟在燒，有人在陽台喊救命",
    "公園東邊大樓起火了，快派消防車", "整個天空都是煙，好像是生態住宅那邊", "我在中央公園散步，看到東邊大樓冒火",
    "經貿路上有一棟住宅大樓火災，路上很多人在看", "聞到很重的燒焦味，外面都是煙", "好像是回收中心那邊在冒火",
    "中央公園那邊好像失火了，很多煙", "七樓還是八樓在燒，火從窗戶竄出來", "樓上鄰居家失火了，我們已經跑下來了",
    "中清路這邊都看得到那邊在燒", "煙飄到我們這邊來了，眼睛好痛", "有沒有人報案了？B區大樓火災",
    "我朋友住在那棟，電話都聯絡不到", "那邊火很大，消防車到了沒", "大樓失火，很多住戶跑到樓下",
    "火災，經貿路三段住宅", "我在公車上看到路邊大樓冒煙", "那棟大樓陽台一直冒黑煙",
]


def s1893():
    s = Sit(1893, "eco_block_b_fire_40_calls", 18930, "2026-01-14 21:35")
    F = pos("SN-FA-012")
    s.description = ("冬夜，生態住宅B區（96戶）7樓住宅火災，濃煙火光在公園對岸也看得到：火警受信總機、119、警方之外，"
                     "25分鐘內約四十通1999來電，來電者散在1.5公里內，有的把地點講錯（回收中心、中央公園）。"
                     "同時間中國醫大水湳校區一件與火災無關的救護。")
    fa = s.panel("SN-FA-012", "alarm", 0.0, "F", "7F 住戶區 偵煙器動作 火警")
    f1 = s.f119("fire", F, 1.2, "F", "北屯區敦化路一段 水湳生態住宅B區 7樓 住宅火警", delay=(5, 20))
    # the burst of calls
    rng = s.rng
    for i in range(38):
        t = 0.5 + min(rng.expovariate(1 / 5.0), 24.0)
        band = rng.random()
        r = (20, 200) if band < 0.2 else (200, 600) if band < 0.6 else (600, 1200) if band < 0.9 else (1200, 1800)
        cat = "fire_smoke" if rng.random() < 0.85 else "other"
        text = FIRE_TEXTS[i % len(FIRE_TEXTS)]
        c = s.call(cat, s.scatter(F, *r), t, "F", text, delay=(30, 300))
        if i in (4, 17, 29):
            s.dup(c, t + rng.uniform(6, 15))
    s.police("fire_report", "Severe", F, 5.0, "F", "生態住宅B區7樓住宅火警，火勢竄出窗外，消防隊到場前協助疏散")
    s.call("illegal_parking", s.scatter(F, 20, 80), 6.0, "F", "B區門口一排違停，消防車進不來")
    s.f119("fire", F, 8.0, "F", "第一梯次到達現場，7樓一戶全面燃燒", status="on_scene", follows=f1["key"])
    s.f119("rescue", F, 11.0, "F", "8樓住戶受困陽台，以雲梯車救援")
    s.police("evacuation", "Severe", F, 12.0, "F", "生態住宅B區住戶約60人疏散至中央公園草坪，清點中")
    s.f119("ambulance", F, 14.0, "F", "住戶吸入濃煙，意識清楚，送醫")
    s.police("road_closure", "Moderate", (120.6596, 24.1818), 15.0, "F", "經貿路三段生態住宅B區前外側車道封閉，供消防車作業")
    s.panel("SN-FA-011", "alarm", 16.0, "F", "1F 梯間 偵煙器動作", alt="A")
    s.alert("SN-VD-JINGMAO-02", "congestion", 18.0, "F", "經貿路車輛偵測器2 南向平均車速 10 km/h，車流壅塞", severity="Minor")
    s.panel("SN-FA-011", "normal", 30.0, "F", "火警復歸", alt="A")
    s.f119("fire", F, 42.0, "F", "火勢撲滅，殘火處理中", status="on_scene", follows=f1["key"])
    s.call("fire_smoke", s.scatter(F, 300, 800), 52.0, "F", "剛剛那邊失火，現在還是一直有燒焦味飄過來")
    s.call("fire_smoke", s.scatter(F, 1800, 2300), 9.0, "F", "從逢甲這邊看東邊天空一大片煙，是哪裡失火")
    s.panel("SN-FA-012", "normal", 60.0, "F", "火警復歸")
    s.f119("fire", F, 65.0, "F", "人車返隊", status="returning", follows=f1["key"])
    s.f119("fire", F, 80.0, "F", "案件結案，燃燒面積約30平方公尺，1人送醫", status="closed", follows=f1["key"], delay=(60, 300))
    # unrelated
    r1 = s.f119("ambulance", pos("SN-FA-010"), 20.0, "R", "中國醫藥大學水湳校區宿舍 學生跌倒頭部撕裂傷（非火警相關）")
    s.f119("ambulance", pos("SN-FA-010"), 31.0, "R", "送往中國醫藥大學附設醫院", status="returning", follows=r1["key"])
    s.call("noise", s.scatter(pos("SN-FA-011"), 20, 100), 10.0, None, "樓上鄰居一直在拖東西很吵")
    s.call("streetlight", s.scatter(J["jingmao_zhongping"], 50, 300), 25.0, None, "中平路有一盞路燈不亮")
    s.incident("F", "fire", "生態住宅B區7樓住宅火災，救援受困住戶、疏散、封外側車道", fa["key"])
    s.incident("R", "rescue", "中國醫大水湳校區宿舍學生跌倒受傷（與火災無關）", r1["key"])
    s.alt = {"why": "A區梯間偵煙器動作可能是煙飄入（火災的一部分），也可能需要另派人員確認A區（另一件）。",
             "incidents": [s.incidents[0], s.incidents[1],
                           {"label": "A", "type": "fire", "description": "生態住宅A區梯間偵煙器動作，另派確認",
                            "sufficient_evidence_key": first_key(s, "A", alt=True)}]}
    s.notes = ("四十通來電全部是同一場火；講錯地點（回收中心、中央公園）或遠在逢甲的來電仍然是這場火，因為他們看到的是同一道煙。"
               "違停擋住消防車、疏散、外側車道封閉、受困住戶救援、吸入濃煙送醫都是火災工作的一部分。"
               "中國醫大的救護註明非火警相關，是另一件。三通來電重複送達（同key）。")
    return s.write()


def s1894():
    s = Sit(1894, "concert_night_small_incidents", 18940, "2026-10-17 17:30")
    V = pos("SN-FA-006")
    s.description = ("週六晚上流行影音中心演唱會（19:30-22:30，預估兩萬人）。活動本身的人潮、違停、噪音、車流是一件；"
                     "期間另有扒竊、觀眾昏倒、走失男童、凱旋路小車禍、凱旋路/環中路號誌故障、散場後鬥毆等小事件。")
    pe = s.permit("concert", V, 120, 300, "E", "2026水湳秋夜演唱會，預估入場2萬人，影音中心周邊交通管制", arr=-4320, radius_m=500)
    s.alert("SN-VD-KAIXUAN-02", "congestion", 60.0, "E", "凱旋路車輛偵測器2 南向平均車速 13 km/h，車流壅塞", severity="Moderate")
    s.alert("SN-VD-ZHONGKE-01", "congestion", 70.0, "E", "中科路車輛偵測器1 南向平均車速 15 km/h，車流壅塞", severity="Minor")
    s.call("illegal_parking", s.scatter(V, 100, 400), 80.0, "E", "凱旋路兩邊都停滿機車，人行道也停")
    s.call("crowding", s.scatter(V, 20, 150), 90.0, "E", "影音中心外面人好多，排隊排到馬路上")
    ce = s.police("crowd_control", "Moderate", V, 100.0, "E", "影音中心入口人潮排隊溢出至凱旋路人行道，增派警力疏導")
    s.parking("SN-PK-006", "full", 105.0, "E", "汽車格已滿", alt=None)
    # minor crash on 凱旋路 north
    K = (120.6500, 24.1905)
    x1 = s.cctv("SN-CCTV-007", "accident", 0.63, 110.0, "X", "路口南側疑似車輛碰撞")
    s.police("accident", "Minor", K, 113.0, "X", "凱旋路黎明路口南側，自小客與機車擦撞，無人受傷，雙方協調中")
    s.call("traffic_accident", s.scatter(K, 30, 200), 112.0, "X", "凱旋路有機車跟汽車擦撞，人看起來沒事")
    # signal fault
    g1 = s.signal("SN-SIG-002", "fault", 130.0, "S", "號誌控制器異常，黃燈閃爍")
    s.cctv("SN-CCTV-002", "signal_dark", 0.74, 131.0, "S", "號誌未正常運作")
    s.call("traffic_signal", s.scatter(J["kaixuan_huanzhong"], 30, 200), 135.0, "S", "凱旋路環中路口紅綠燈一直閃黃燈，車子亂成一團")
    s.police("traffic_signal_fault", "Moderate", J["kaixuan_huanzhong"], 140.0, "S", "凱旋路/環中路口號誌故障閃黃燈，派員指揮交通")
    s.signal("SN-SIG-002", "restored", 175.0, "S", "號誌恢復正常運轉")
    # theft
    t1 = s.call("other", s.scatter(V, 10, 80), 148.0, "P", "我的包包在入口排隊的時候被偷了，手機跟錢包都在裡面", alt="E")
    s.police("theft", "Minor", V, 152.0, "P", "影音中心入口觀眾手機、錢包遭竊，受理報案，調閱監視器", alt="E")
    # fainted
    m1 = s.f119("ambulance", V, 170.0, "M", "臺中流行影音中心 觀眾席 女性昏倒 疑過度換氣", alt="E")
    s.f119("ambulance", V, 178.0, "M", "救護車到達現場", status="on_scene", follows=m1["key"], alt="E")
    s.f119("ambulance", V, 192.0, "M", "送往中國醫藥大學附設醫院", status="returning", follows=m1["key"], alt="E")
    # lost child
    k1 = s.police("missing_person", "Moderate", s.scatter(V, 50, 120), 200.0, "K", "7歲男童於影音中心東側入口與家長走散，身穿黃色上衣", alt="E")
    s.call("missing_person", s.scatter(V, 50, 200), 198.0, "K", "我兒子不見了，七歲，穿黃色衣服，剛剛還在我旁邊", alt="E")
    s.police("other", "Minor", V, 225.0, "K", "走失男童已於服務台尋獲，交還家長", follows=[k1["key"]], alt="E")
    # event, later
    s.call("noise", s.scatter(pos("SN-FA-011"), 20, 150), 240.0, "E", "演唱會音量太大，家裡窗戶都在震")
    s.call("noise", s.scatter(pos("SN-FA-009"), 50, 300), 250.0, "E", "影音中心那邊喇叭好大聲，都已經十點了")
    s.alert("SN-VD-KAIXUAN-02", "congestion", 302.0, "E", "凱旋路車輛偵測器2 北向平均車速 8 km/h，車流壅塞", severity="Moderate")
    s.cctv("SN-CCTV-007", "crowding", 0.58, 305.0, "E", "路口行人大量聚集", motion=None)
    s.call("crowding", s.scatter(V, 100, 500), 308.0, "E", "散場人太多，凱旋路整條都是人，車子動不了")
    s.police("crowd_control", "Moderate", V, 310.0, "E", "散場人潮疏導中，凱旋路南向外側車道暫時管制", follows=[ce["key"]])
    # fight after the show
    Q = (120.6530, 24.1880)
    q1 = s.police("public_disturbance", "Moderate", Q, 330.0, "Q", "中科路旁便利商店前兩群人酒後互毆，派員前往")
    s.call("noise", s.scatter(Q, 20, 150), 328.0, "Q", "便利商店前面有人在吵架打架，很大聲")
    s.f119("ambulance", Q, 334.0, "Q", "中科路便利商店前 鬥毆 男子頭部撕裂傷")
    s.alert("SN-VD-KAIXUAN-02", "cleared", 345.0, "E", "凱旋路車輛偵測器2 車速回復，壅塞解除")
    # background
    s.parking("SN-PK-001", "full", 95.0, None, "汽車格已滿")
    s.call("streetlight", s.scatter(J["jingmao_zhongping"], 50, 300), 160.0, None, "中平路有兩盞路燈不亮")
    s.call("other", s.scatter(J["zhongke_huanzhong"], 20, 200), 260.0, None, "轉運站的公車怎麼都誤點，等了半小時")
    s.call("illegal_parking", s.scatter(J["hwy74_huanzhong"], 100, 300), 200.0, None, "環中路上有車停在公車站前面")
    s.incident("E", "crowd", "演唱會人潮、違停、噪音、進退場車流", ce["key"])
    s.incident("X", "traffic", "凱旋路黎明路口南側 小擦撞", x1["key"])
    s.incident("S", "traffic", "凱旋路/環中路口號誌故障", g1["key"])
    s.incident("P", "public_safety", "演唱會入口扒竊", t1["key"])
    s.incident("M", "rescue", "觀眾昏倒送醫", m1["key"])
    s.incident("K", "rescue", "7歲男童走失、尋獲", k1["key"])
    s.incident("Q", "public_safety", "散場後便利商店前鬥毆、一人受傷", q1["key"])
    s.alt = {"why": "場內發生的扒竊、昏倒、走失可視為演唱會現場安全工作的一部分（同一個現場指揮所處理）；會展中心停車場滿可能只是平日車流，非活動所致。",
             "incidents": [dict(s.incidents[0]), s.incidents[1], s.incidents[2], s.incidents[6]]}
    s.notes = ("許可證本身不派工，但活動開始後人潮管制是一件；人潮、違停、噪音、壅塞都是活動的影響，歸E。"
               "小車禍、號誌故障在活動範圍邊緣但各自派員；鬥毆發生在散場後，另派警力與救護。"
               "E的足夠證據是警方的人潮管制報告（許可證只是預告）。")
    return s.write()


def s1895():
    s = Sit(1895, "truck_rollover_messy_delivery", 18950, "2026-08-22 09:10")
    R = (120.66495, 24.18455)
    G = J["jingmao_zhongping"]
    s.description = ("中清路貨車翻覆、鋼管散落、駕駛受傷；同時經貿路/中平路口號誌故障。送達很亂：警方報告重送三次、"
                     "後續報告比原報告先到、119資料延遲約20分鐘且到場先於派遣、1999閘道時鐘快4分鐘、"
                     "一個警方終端時鐘慢1小時、號誌恢復比故障先到、昨晚的舊案今天才送到。")
    p1 = s.police("injury_accident", "Severe", R, 2.0, "A", "中清路二段貨車翻覆，車上鋼管散落占用兩車道，駕駛受傷受困車內", arr=4.2)
    s.dup(p1, 4.7)
    s.dup(p1, 10.5)
    c1 = s.call("traffic_accident", s.scatter(R, 30, 200), 1.0, "A", "中清路有一台大貨車翻車了，鋼管掉滿地", arr=1.6, obs_skew_s=240)
    s.police("fallen_object", "Severe", lerp(R, (120.6660, 24.1825), 0.5), 3.0, "A", "翻覆貨車鋼管散落南向車道，長約50公尺，請求清除", follows=[p1["key"]], arr=3.4)
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.52, 5.0, None, "路口車輛停滯", alt="A")
    s.alert("SN-VD-ZHONGQING-02", "congestion", 6.0, "A", "中清路車輛偵測器2 南向平均車速 6 km/h，車流壅塞", severity="Moderate")
    s.call("traffic_accident", s.scatter(R, 200, 700), 7.0, "A", "中清路往南整個塞住，前面好像翻車", arr=7.9, obs_skew_s=240)
    f1 = s.f119("rescue", R, 1.5, "A", "北屯區中清路二段 大貨車翻覆 駕駛受困", arr=21.0)
    s.f119("rescue", R, 9.0, "A", "救助隊到達現場，破壞器材作業中", status="on_scene", follows=f1["key"], arr=19.5)
    s.f119("ambulance", R, 16.0, "A", "受困駕駛救出，雙腿擦挫傷，送醫", arr=22.0)
    pc = s.police("road_closure", "Severe", R, 12.0, "A", "中清路二段南向封閉，車輛改道，待吊車", arr=12.5, obs_skew_s=-3600)
    c2 = s.call("other", s.scatter(R, 300, 900), 40.0, "A", "剛剛打過了，中清路還是很塞，到底什麼時候會通", arr=41.0, obs_skew_s=240, follows=c1["key"])
    s.dup(c2, 44.0)
    s.f119("rescue", R, 30.0, "A", "人車返隊", status="returning", follows=f1["key"], arr=31.0)
    s.police("road_reopened", "Minor", R, 90.0, "A", "翻覆貨車已吊離，鋼管清除完畢，中清路二段恢復通行", follows=[pc["key"]], arr=92.0)
    s.alert("SN-VD-ZHONGQING-02", "cleared", 95.0, "A", "中清路車輛偵測器2 車速回復，壅塞解除")
    s.f119("rescue", R, 55.0, "A", "案件結案", status="closed", follows=f1["key"], arr=140.0)
    # the signal fault, its words out of order
    sf = s.signal("SN-SIG-011", "fault", 30.0, "S", "號誌控制器通訊異常，全紅閃爍", arr=47.0)
    cv = s.cctv("SN-CCTV-011", "signal_dark", 0.81, 31.0, "S", "號誌未正常顯示", arr=31.3)
    s.call("traffic_signal", s.scatter(G, 20, 200), 35.0, "S", "經貿路中平路口紅綠燈一直閃紅燈，大家都不知道怎麼走", arr=36.2, obs_skew_s=240)
    s.police("traffic_signal_fault", "Moderate", G, 38.0, "S", "經貿路/中平路口號誌閃紅，派員指揮交通", arr=39.5)
    s.signal("SN-SIG-011", "restored", 44.0, "S", "號誌恢復正常運轉", arr=45.0)
    s.dup(cv, 48.0)
    # background: a case from last night delivered now, a panel fault, a full car park
    s.call("fallen_object", s.scatter((120.6610, 24.1925), 20, 200), -14 * 60, None, "中清路上有一塊木板掉在路中間", arr=25.0)
    s.panel("SN-FA-008", "fault", 20.0, None, "探測器迴路斷線故障")
    s.parking("SN-PK-003", "full", 50.0, None, "汽車格已滿")
    s.call("streetlight", s.scatter(J["liming_kaixuan"], 50, 300), 60.0, None, "黎明路路燈白天還亮著", obs_skew_s=240)
    s.incident("A", "traffic", "中清路二段貨車翻覆、鋼管散落、駕駛受困受傷、封路", c1["key"])
    s.incident("S", "traffic", "經貿路/中平路口號誌故障", cv["key"])
    s.alt = {"why": "中清環中路口攝影機的車輛停滯（北方約1.7公里）可能是翻覆車禍回堵所致。",
             "incidents": [s.incidents[0], s.incidents[1]]}
    s.notes = ("延遲與時鐘錯誤不改變事件的歸屬：119的到場比派遣先到仍是同一案；警方封路報告的observed慢了1小時（終端時鐘），"
               "仍屬翻覆車禍；號誌的恢復比故障先到。CCTV-011的signal_dark重送一次（同key）。"
               "昨晚的掉落物案件（observed是前一晚）今天才送到，與現在的事件無關（null）。"
               "1999閘道時鐘快4分鐘，observed可能晚於arrival（在300秒容許內）。")
    return s.write()


def s1896():
    s = Sit(1896, "park_south_cabinet_offline", 18960, "2026-04-09 01:40")
    s.description = ("深夜，中平路管線夜間施工挖斷通訊管線，中央公園南側機櫃（GW-CPS-01）後面的五個設備同時離線（遺囑訊息，沒有原因），"
                     "約三小時後恢復。同時北側雨量站電池電量低離線；一支攝影機是計畫性維護離線。")
    south = ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]
    s.permit("road_works", (120.6570, 24.1722), -100, 200, None, "中平路（經貿路至河南路段）電信管線挖掘，夜間施工 23:00-05:00", arr=-2880, radius_m=400, alt="G")
    for i, sid in enumerate(south):
        s.status(sid, "offline", 0.1 + 0.15 * i, "G", "設備離線（遺囑訊息）", delay=(1, 30))
    s.status("SN-CCTV-006", "offline", 5.0, None, "計畫性維護，暫停影像", reason="maintenance")
    for i, sid in enumerate(south):
        s.alert(sid, "sensor_offline", 10.5 + 0.3 * i, "G", "%s 超過10分鐘未回傳資料" % SENSORS[sid]["name"],
                gateway="GW-CPS-01" if i % 2 == 0 else None)
    s.call("noise", s.scatter((120.6570, 24.1725), 50, 200), 25.0, None, "半夜在中平路挖馬路，機器聲音很吵睡不著")
    b1 = s.status("SN-RG-001", "offline", 35.0, "B", "設備離線：電池電量低", reason="battery_low", alt="G")
    s.alert("SN-RG-001", "sensor_offline", 46.0, "B", "中央公園雨量站 超過10分鐘未回傳資料", alt="G")
    s.status("SN-CCTV-006", "online", 60.0, None, "維護完成，恢復連線")
    s.call("streetlight", s.scatter(pos("SN-FL-004"), 50, 300), 75.0, None, "公園步道有一盞路燈不亮")
    s.call("other", s.scatter((120.6580, 24.1730), 50, 200), 95.0, None, "施工的車停在路口，轉彎要小心", alt="G")
    for i, sid in enumerate(reversed(south)):
        s.status(sid, "online", 182.0 + 0.4 * i, "G", "設備恢復連線", delay=(1, 40))
    for i, sid in enumerate(south):
        s.alert(sid, "cleared", 184.0 + 0.4 * i, "G", "%s 恢復回傳，離線警戒解除" % SENSORS[sid]["name"])
    s.status("SN-RG-001", "online", 300.0, "B", "更換電池後恢復連線", alt="G")
    s.alert("SN-RG-001", "cleared", 302.0, "B", "中央公園雨量站 恢復回傳，離線警戒解除", alt="G")
    # background readings of the other cabinet keep coming: a minor alert none would act on at night
    s.alert("SN-VD-ZHONGPING-02", "congestion", 40.0, None, "中平路車輛偵測器2 西向平均車速 18 km/h（施工縮減車道）", severity="Minor", alt="G")
    s.incident("G", "infrastructure", "中央公園南側機櫃GW-CPS-01通訊中斷，5個設備離線（施工挖斷管線）",
               sorted((i for i in s.items if i["truth"] == "G"), key=lambda i: i["arrival"])[2]["key"])
    s.incident("B", "infrastructure", "中央公園雨量站電池電量低離線，需換電池", b1["key"])
    s.alt = {"why": "一位維修人員夜裡到公園一趟同時處理南側機櫃與雨量站；施工許可與施工車流說明了離線原因，併入同一件。",
             "incidents": [s.incidents[0]]}
    s.notes = ("五個設備在同一分鐘內離線，都在同一個機櫃後面：一件基礎設施工作，不是五件。遺囑訊息沒有原因（reason缺）。"
               "攝影機的計畫性維護離線不派工（null）。施工噪音是1999的一般案件（null）。")
    return s.write()


if __name__ == "__main__":
    for f in (s1891, s1892, s1893, s1894, s1895, s1896):
        f()
