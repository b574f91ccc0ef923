"""Seeded generator of situations 1071-1082. `python3 gen.py` rewrites every file;
`python3 gen.py 1075` only that one. Same code, same output (seeded per situation)."""
import sys

from lib import Situation, P, dist_m  # noqa: F401


# ------------------------------------------------------------------ 1071
def s1071():
    S = Situation(1071, "two_crashes_huanzhong", "2026-03-17", 1071,
                  "週二晚尖峰，環中路二段相鄰兩個路口（中科路口、經貿路口，相距約150 m）6分鐘內各發生一起車禍，方向相反、車輛不同、各需派員處理。")
    # background before
    S.cong("SN-VD-ZHONGQING-01", "17:33", 21, 38, None, dirn="南", extra="（尖峰時段）")
    S.cong("SN-VD-KAIXUAN-01", "17:36", 19, 41, None, dirn="北", extra="（尖峰時段）")
    S.routine("17:30", avoid=["環中中科", "環中經貿"])
    S.routine("17:38", avoid=["環中中科", "環中經貿"])
    S.panel("SN-FA-008", "fault", "17:35", "設備故障：第3迴路探測器斷線", None)
    # A: scooter vs car, eastbound, 中科路口
    S.cctv("SN-CCTV-003", "accident", "17:41:20", 0.81, "偵測到路口事故，東向車道車輛停止", "A_zhongke")
    a1 = S.citizen("traffic_accident", "環中中科", "17:41:50",
                   "環中路二段中科路口機車跟轎車相撞，騎士倒在地上沒有動，請快派救護車！", "A_zhongke", r=90)
    a119 = S.c119("ambulance", "環中中科", "17:42:30", "西屯區環中路二段與中科路口 車禍 機車騎士倒地 意識不清 派遣水湳分隊救護車1輛",
                  "A_zhongke")
    S.citizen("traffic_accident", "環中中科", "17:43:10", "中科路口那邊有車禍，往東的車道被擋住，有人躺在地上", "A_zhongke", r=260,
              rmin=120)
    apol = S.police("injury_accident", "Moderate", "環中中科", "17:44",
                    "環中路二段與中科路口（東向）機車與自小客車碰撞，機車騎士受傷，員警前往處理並管制東向外側車道。", "A_zhongke")
    S.cctv("SN-CCTV-003", "stalled_vehicle", "17:45:10", 0.74, "東向外側車道車輛停滯", "A_zhongke")
    # B: two cars, westbound, 經貿路口
    S.cctv("SN-CCTV-004", "accident", "17:47:05", 0.77, "偵測到事故，西向內側車道兩車停止", "B_jingmao")
    S.cong("SN-VD-HUANZHONG-02", "17:48", 11, 58, "A_zhongke", dirn="東", severity="Moderate")
    b1 = S.citizen("traffic_accident", "環中經貿", "17:48:20",
                   "環中路跟經貿路口兩台轎車擦撞，停在往西的內側車道，人看起來都沒事。", "B_jingmao", r=140)
    S.citizen("traffic_accident", "轉運中心", "17:49:40", "轉運站這邊的環中路好像發生車禍，有人受傷嗎？車子都停住了", "A_zhongke",
              alt="B_jingmao", r=40)
    S.c119("ambulance", "環中中科", "17:50:10", "救護車到達現場 機車騎士 男 約30歲 左腿開放性骨折", "A_zhongke",
           status="on_scene", follows=a119["key"])
    bpol = S.police("traffic_accident", "Minor", "環中經貿", "17:51",
                    "環中路二段與經貿路二段口（西向）兩部自小客車擦撞，無人受傷，車輛佔用西向內側兩車道，員警前往排除。", "B_jingmao")
    S.citizen("traffic_accident", (120.65285, 24.19815), "17:52:30", "環中路二段這邊有車禍，車子塞很長，可以派警察來指揮嗎", "A_zhongke",
              alt="B_jingmao")
    S.citizen("traffic_accident", (120.6478, 24.1968), "17:53:40", "環中路往東整個塞住，是不是前面有車禍？我在凱旋路口動不了", "A_zhongke")
    S.cong("SN-VD-HUANZHONG-03", "17:55", 14, 52, "B_jingmao", dirn="西", severity="Moderate")
    S.cctv("SN-CCTV-004", "stalled_vehicle", "17:56:10", 0.69, "西向內側車道兩車停滯", "B_jingmao")
    S.cong("SN-VD-HUANZHONG-02", "17:58", 8, 66, "A_zhongke", dirn="東", severity="Moderate")
    S.c119("ambulance", "環中中科", "18:02:30", "傷者送中國醫藥大學附設醫院", "A_zhongke", status="returning",
           follows=a119["key"])
    S.cong("SN-VD-LIMING-01", "17:51", 22, 36, None, dirn="東", extra="（尖峰時段）")
    S.cong("SN-VD-HENAN-01", "18:04", 18, 40, None, dirn="北", extra="（尖峰時段）")
    S.cong("SN-VD-HUANZHONG-03", "18:08", 17, 47, "B_jingmao", dirn="西")
    S.police("road_reopened", "Minor", "環中經貿", "18:15", "兩車已移置路邊，環中路二段西向車道恢復通行。", "B_jingmao",
             follows=bpol["key"])
    S.police("road_reopened", "Minor", "環中中科", "18:24", "事故現場處理完畢，環中路二段東向外側車道恢復通行。", "A_zhongke",
             follows=apol["key"])
    S.c119("ambulance", "環中中科", "18:31", "案件結束", "A_zhongke", status="closed", follows=a119["key"])
    S.panel("SN-FA-008", "normal", "18:10", "復歸", None)
    S.flap("SN-CCTV-009", "17:57", 6)
    for h in ["17:58", "18:06", "18:19", "18:27"]:
        S.routine(h, avoid=["環中中科", "環中經貿", "轉運中心"])
    S.cong("SN-VD-ZHONGQING-02", "18:12", 20, 39, None, dirn="北", extra="（尖峰時段）")
    S.incident("A_zhongke", "traffic", "環中路二段中科路口東向，機車與自小客車碰撞，騎士重傷送醫；東向車道管制至18:24。",
               a1["key"])
    S.incident("B_jingmao", "traffic", "環中路二段經貿路口西向，兩部自小客車擦撞無人傷，佔用西向內側車道至18:15。", b1["key"])
    S.alternative("兩通只說『環中路二段（轉運站附近）有車禍』的1999電話位於兩路口之間，沒有提到方向或車種；另一位協調員可把它們歸到經貿路口那一起。",
                  [S.incidents[0], S.incidents[1]])
    return S


# ------------------------------------------------------------------ 1072
def s1072():
    S = Situation(1072, "jingmao_flood_spreading", "2026-06-02", 1072,
                  "梅雨鋒面午後豪雨，水湳區域排水在經貿路低窪處溢流，積水在90分鐘內沿經貿路由敦化路口向南到中平路口、向北到經貿七路口以北延伸約2 km；同時2.5 km外臺灣大道環中路口地下道另有一處淹水；中央公園滯洪池蓄水。")
    F, U = "F_jingmao", "U_underpass"
    S.rain("C0F9T0", "14:50", "大雨", 42)
    S.rain("SN-RG-001", "15:00", "大雨", 48)
    S.wl("SN-WL-003", "15:05", 1.46, "3", F)
    S.rain("SN-RG-002", "15:08", "大雨", 45)
    S.flood("SN-FL-008", "15:12", 9, F)
    f1 = S.citizen("flooding", "經貿低窪", "15:18", "經貿路三段靠近敦化路這邊積水到腳踝了，水溝來不及排", F, r=150)
    S.flood("SN-FL-004", "15:20", 12, None, alt=F, text="中央公園滯洪池4 淹水深度 12 cm（1-15 cm 級距）")
    S.rain("SN-RG-003", "15:20", "大雨", 41)
    S.wl("SN-WL-003", "15:22", 1.84, "2", F)
    S.flood("SN-FL-008", "15:25", 22, F)
    S.citizen("blocked_drain", "生態B", "15:28", "敦化路口的水溝蓋被落葉塞住，水一直從水溝冒出來", F, r=120)
    S.flood("SN-FL-002", "15:30", 18, None, alt=F)
    S.cong("SN-VD-JINGMAO-02", "15:33", 9, 61, F, severity="Moderate")
    S.police("flooding_report", "Moderate", "經貿低窪", "15:35", "經貿路三段低窪路段積水約20公分，機車涉水通行，員警現場警戒。", F, r=60)
    S.flood("SN-FL-008", "15:40", 34, F)
    u1 = S.flood("SN-FL-010", "15:40", 18, U)
    S.rain("SN-RG-001", "15:40", "豪雨", 61)
    S.citizen("flooding", (120.6585, 24.1875), "15:45", "經貿路往綠美圖方向這段也開始淹水了，整個車道都是水", F, r=150)
    S.wl("SN-WL-002", "15:45", 2.05, "3", None, alt=F)
    S.police("stalled_vehicle", "Moderate", (120.6594, 24.1835), "15:50", "經貿路三段一輛自小客車涉水熄火，停在內側車道，駕駛已離車。", F)
    S.citizen("flooding", "台灣大道環中", "15:50", "台灣大道環中路那個地下道淹水了，有機車騎進去熄火", U, r=200)
    S.flood("SN-FL-004", "15:50", 25, None, alt=F)
    clo = S.police("road_closure", "Severe", (120.6596, 24.1830), "15:52",
                   "經貿路三段（敦化路至中平路段）積水過深，實施雙向封閉，車輛請改道中清路。", F)
    S.flood("SN-FL-010", "15:55", 35, U)
    S.cctv("SN-CCTV-011", "flooding", "15:55", 0.72, "路面積水，北側車道水深明顯", F)
    S.cctv("SN-CCTV-009", "flooding", "15:58", 0.80, "地下道入口路面積水", U)
    S.citizen("flooding", "經貿中平", "16:00", "中平路跟經貿路口現在也淹了，公車開過去水花噴到人行道上", F, r=200)
    uc = S.police("road_closure", "Severe", "台灣大道環中", "16:02", "臺灣大道環中路口地下道積水約35公分，雙向封閉，請用路人改道平面道路。", U,
                  r=40)
    S.wl("SN-WL-003", "16:05", 2.25, "1", F)
    S.cong("SN-VD-ZHONGPING-02", "16:08", 12, 55, F, dirn="西")
    S.citizen("flooding", (120.6580, 24.1895), "16:10", "綠美圖前面的經貿路也有積水了，大約十公分，車子開很慢", F, r=150)
    S.cctv("SN-CCTV-006", "flooding", "16:15", 0.66, "路口南側路面積水", F)
    S.c119("rescue", (120.6593, 24.1790), "16:18", "北屯區經貿路三段 車輛受困積水 駕駛受困車內 派遣水湳分隊 救助", F)
    S.citizen("flooding", "經貿七路", "16:25", "經貿七路口水淹到人行道，要去會展那邊走不過去", F, r=200)
    S.flood("SN-FL-008", "16:30", 38, F)
    S.police("flooding_report", "Moderate", "經貿七路", "16:35", "經貿路二段經貿七路口積水約15公分，派員指揮交通。", F, r=50)
    S.wl("SN-WL-003", "16:40", 2.31, "1", F)
    S.citizen("flooding", (120.6570, 24.1935), "16:45", "經貿路二段往環中路方向也開始積水了，請趕快處理", F, r=100)
    S.flood("SN-FL-008", "16:55", 28, F)
    S.cleared("SN-FL-010", "17:05", "臺灣大道環中路口地下道 淹水深度降至 3 cm，警戒解除", U)
    S.police("road_reopened", "Minor", (120.6596, 24.1830), "17:10", "積水退至5公分以下，經貿路三段恢復雙向通行。", F,
             follows=clo["key"])
    S.police("road_reopened", "Minor", "台灣大道環中", "17:20", "臺灣大道環中路口地下道積水退去，恢復通行。", U, follows=uc["key"])
    S.cong("SN-VD-KAIXUAN-01", "17:05", 18, 44, None, dirn="北", extra="（尖峰時段）")
    S.flap("SN-VD-HENAN-01", "15:15", 5)
    S.citizen("公園路樹", "公園中", "16:20", "中央公園步道旁有樹枝被雨打斷掉在步道上，請派人清理", None, r=150)
    S.citizen("other", "轉運中心", "15:35", "轉運中心公車候車亭屋頂漏水，滴到候車的人", None, r=60)
    S.routine("15:02", avoid=["經貿低窪", "經貿中平", "經貿七路", "台灣大道環中"], kinds=["streetlight", "illegal_parking"])
    S.routine("16:50", avoid=["經貿低窪", "經貿中平", "經貿七路", "台灣大道環中"], kinds=["streetlight", "動物救援"])
    S.incident(F, "flood", "水湳區域排水溢流，經貿路積淹水由敦化路口低窪處向南北延伸（中平路口至經貿路二段），封路、車輛熄火與受困救助。", f1["key"])
    S.incident(U, "flood", "臺灣大道環中路口地下道積水，封閉至17:20。", u1["key"])
    S.alternative("中央公園滯洪池是設計上的蓄洪設施，蓄水本身不是案件；但水利局人員可能把滯洪池水位與經貿路排水溢流視為同一個排水系統的同一案件一起處置。",
                  [S.incidents[0], S.incidents[1]])
    return S


# ------------------------------------------------------------------ 1073
FIRE_CALLS = [
    ("fire_smoke", 80, 0, "經貿路三段那棟集合住宅7樓窗戶一直冒黑煙，好像有火光！"),
    ("fire_smoke", 120, 0, "生態住宅A區失火了，7樓還是8樓在燒，快派消防車"),
    ("fire_smoke", 200, 80, "我在中央公園散步，看到東邊大樓冒很大的黑煙"),
    ("fire_smoke", 60, 0, "我住A區5樓，走廊都是煙，警報器都沒有響！"),
    ("fire_smoke", 300, 120, "經貿路這邊一大片黑煙，是哪裡失火？"),
    ("other", 150, 40, "樓上一直有東西燒焦掉下來，陽台都是灰"),
    ("fire_smoke", 650, 400, "我在中清路上看到水湳那邊有一大柱黑煙"),
    ("fire_smoke", 250, 100, "敦化路口往北看，那棟大樓有火，煙很大"),
    ("fire_smoke", 90, 0, "A區大樓火災，有人在陽台呼救"),
    ("other", 300, 150, "消防車進不去，經貿路上有車子違停擋住"),
    ("fire_smoke", 850, 600, "從綠美圖這邊看到東南方有一大片黑煙，是不是火災？"),
    ("fire_smoke", 400, 200, "燒焦味好重，窗戶都要關起來，是哪邊在燒？"),
    ("fire_smoke", 280, 200, "我住B區，A區那邊失火，煙飄到我們這邊，要不要疏散？"),
    ("fire_smoke", 120, 40, "經貿路三段火災，有很多人跑下樓"),
    ("fire_smoke", 500, 250, "中央公園南邊這裡也看得到煙，灰都飄過來了"),
    ("other", 200, 60, "救護車要從哪邊進去？我們這邊有一個阿嬤嗆到"),
    ("fire_smoke", 160, 60, "火好像燒到隔壁戶了，窗戶在爆"),
    ("fire_smoke", 700, 450, "在中平路都聞到燒塑膠的味道"),
    ("fire_smoke", 100, 0, "我是A區管委會，7樓之3起火，消防設備今天在保養，警報沒有響"),
    ("fire_smoke", 350, 150, "經貿路三段靠中清路那邊冒煙，好多消防車"),
    ("fire_smoke", 250, 80, "煙一直往敦化路這邊飄，路上都看不清楚"),
    ("other", 400, 200, "經貿路封起來了，請問什麼時候可以通行？"),
    ("fire_smoke", 180, 60, "那棟大樓還在冒煙，火有沒有滅了？"),
    ("fire_smoke", 600, 350, "我在會展那邊往南看好大的煙，發生什麼事"),
    ("fire_smoke", 220, 80, "樓下都是消防車，我們住9樓要不要下去？"),
    ("fire_smoke", 130, 40, "經貿路三段的大樓起火，現在煙變白了"),
    ("other", 300, 100, "我們被疏散到中央公園，要等多久才可以回家？"),
    ("fire_smoke", 450, 250, "剛剛那個火災還有煙，空氣很差"),
]


def s1073():
    S = Situation(1073, "eco_a_fire_panel_offline", "2026-11-21", 1073,
                  "週六晚上水湳生態住宅A區集合住宅7樓住宅火警；該棟火警受信總機當天下午起因保養離線，火警期間中心收不到總機訊號，只收到29通1999電話、119、警察與影像；圍觀疏散人潮中一名女童走失；公園另有人烤肉起煙。")
    F, M = "F_eco_a", "M_girl"
    S.status("SN-FA-011", "14:05", "offline", None, reason="maintenance")
    S.citizen("環境公害", "公園南", "19:12", "中央公園南邊草地有人在烤肉，煙很大都飄到步道上", None, r=120)
    S.routine("19:05", avoid=["生態A"], far=600, kinds=["streetlight", "illegal_parking", "other"])
    S.routine("19:20", avoid=["生態A"], far=600, kinds=["streetlight", "illegal_parking", "other"])
    hms = ["19:31:10", "19:32:00", "19:32:40", "19:33:20", "19:33:50", "19:34:30", "19:35:10", "19:35:40", "19:36:20",
           "19:37:30", "19:38:10", "19:39:00", "19:40:20", "19:41:00", "19:42:30", "19:43:10", "19:44:40", "19:46:00",
           "19:47:20", "19:49:00", "19:51:30", "19:53:00", "19:55:10", "19:57:40", "20:00:20", "20:04:00", "20:12:00",
           "20:25:00"]
    first = None
    for (cat, r, rmin, txt), h in zip(FIRE_CALLS, hms):
        it = S.citizen(cat, "生態A", h, txt, F, r=r, rmin=rmin)
        first = first or it
    f119 = S.c119("fire", "生態A", "19:32:20",
                  "北屯區經貿路三段 水湳生態住宅A區 7樓住宅火警 濃煙竄出 派遣水湳、北屯、西屯分隊 消防車6輛 救護車2輛", F)
    S.police("fire_report", "Severe", "生態A", "19:36", "經貿路三段集合住宅火警，員警到場協助疏散住戶及交通管制。", F, r=30)
    S.c119("fire", "生態A", "19:38", "第一梯次到場 7樓之3 火勢猛烈 佈線搶救 搜索上層住戶", F, status="on_scene", follows=f119["key"])
    fclo = S.police("road_closure", "Severe", (120.6596, 24.1838), "19:40", "經貿路三段（敦化路口至中清路方向）封閉，供消防車作業。", F)
    S.cctv("SN-CCTV-006", "smoke", "19:41", 0.58, "畫面南側遠處偵測到煙霧", F)
    S.cong("SN-VD-JINGMAO-02", "19:45", 6, 70, F, severity="Moderate")
    S.police("evacuation", "Moderate", "生態A", "19:46", "協助A區住戶約200人疏散至中央公園集結。", F, r=40)
    S.c119("ambulance", "生態A", "19:50", "住戶2人吸入濃煙 送醫 派遣救護車", F, r=30)
    S.citizen("other", "生態A", "19:48:30", "我爸媽住A區8樓，電話一直打不通，可以幫我確認他們有沒有出來嗎？", F, r=900, rmin=600)
    S.c119("fire", "生態A", "19:58", "火勢已控制 殘火處理中", F, status="on_scene", follows=f119["key"])
    m1 = S.citizen("missing_person", "公園中", "19:58:30", "我女兒6歲剛剛大家在看火災的時候走散了，穿粉紅色外套，在中央公園這邊", M, r=100)
    mp = S.police("missing_person", "Moderate", "公園中", "20:03", "中央公園疏散人群中6歲女童走失，穿粉紅色外套，協尋中。", M, r=60)
    S.police("other", "Minor", "公園北", "20:25", "走失女童已於中央公園北側尋獲，交還家屬。", M, follows=mp["key"], r=80)
    S.citizen("環境公害", "公園南", "19:52", "公園南側又有人在烤肉生火，一堆煙，請環保局來取締", None, r=150)
    S.c119("fire", "生態A", "20:40", "火勢撲滅 人員返隊", F, status="returning", follows=f119["key"])
    S.police("road_reopened", "Minor", (120.6596, 24.1838), "20:55", "火警現場處理完畢，經貿路三段恢復通行。", F, follows=fclo["key"])
    S.c119("fire", "生態A", "21:05", "案件結束 燒毀7樓之3約40平方公尺", F, status="closed", follows=f119["key"])
    S.status("SN-FA-011", "21:12", "online", None)
    S.panel("SN-FA-011", "alarm", "21:12:20", "火警：7F 偵煙探測器（連線後回報，迴路仍在動作）", F)
    S.panel("SN-FA-011", "normal", "21:40", "復歸", F)
    S.routine("20:35", avoid=["生態A", "公園中"], far=600, kinds=["streetlight", "illegal_parking", "動物救援"])
    S.routine("21:20", avoid=["生態A"], far=600, kinds=["streetlight", "illegal_parking", "動物救援"])
    S.flap("SN-PK-003", "20:15", 4)
    S.cong("SN-VD-HUANZHONG-01", "19:15", 24, 35, None, dirn="東", extra="（週末車多）")
    S.incident(F, "fire", "水湳生態住宅A區7樓之3住宅火警（總機保養離線），疏散約200人、2人嗆傷送醫，經貿路三段封閉；總機21:12恢復連線後補報火警與復歸。",
               first["key"])
    S.incident(M, "rescue", "疏散圍觀人潮中6歲女童於中央公園走失，20:25尋獲。", m1["key"])
    S.notes = "總機離線與恢復連線（status）是保養作業本身，不是火災的證據；恢復連線後補報的火警與復歸屬於火災。烤肉煙霧的兩通電話在公園南側，文字明說是烤肉。"
    return S


# ------------------------------------------------------------------ 1074
def s1074():
    S = Situation(1074, "concert_night_small_jobs", "2026-10-17", 1074,
                  "週六晚上臺中流行影音中心戶外演唱會（預估1.2萬人），場外車潮人潮與噪音；同一晚附近有幾件與演唱會無關的小案件：號誌故障、中清路車禍、走失男童、扒竊、觀眾昏倒。")
    E, G, T, C, P_, R, T2 = "E_concert", "G_signal", "T_zhongqing", "C_boy", "P_theft", "R_faint", "T2_henan"
    pe = S.permit("concert", "影音中心", ("2026-10-17", "18:30"), ("2026-10-17", "22:00"), ("2026-10-02", "10:15"),
                  "臺中流行影音中心 戶外演唱會，預估人潮12,000人，活動範圍半徑約400公尺；17:00起凱旋路、中科路部分路段交通管制。", E)
    eclo = S.police("road_closure", "Minor", "凱旋南段", "17:15", "配合流行影音中心演唱會，凱旋路（黎明路至中科路段）實施交通管制，僅供接駁車通行。", E)
    S.parking("SN-PK-004", "full", "17:32", "車位已滿", E)
    S.citizen("crowding", "影音中心", "18:15", "影音中心門口人擠人，排隊排到馬路上了，很危險", E, r=120)
    S.parking("SN-PK-003", "full", "18:25", "車位已滿", E)
    S.citizen("illegal_parking", "中科中段", "18:45", "中科路人行道被機車停滿，推娃娃車過不去", E, r=150)
    S.cong("SN-VD-KAIXUAN-02", "19:00", 14, 52, E, dirn="南")
    S.citizen("crowding", "凱旋南段", "20:00", "場外沒買票的人聚在凱旋路上聽，站到車道上了", E, r=100)
    S.police("public_disturbance", "Minor", "影音中心", "21:10", "演唱會入口黃牛與民眾口角，現場勤務員警排解完畢。", E, r=50)
    t2 = S.citizen("traffic_accident", "河南中平", "20:40", "河南路中平路口一個機車騎士自己摔倒，腳在流血", T2, r=80)
    S.c119("ambulance", "河南中平", "20:42", "西屯區河南路二段中平路口 機車自摔 騎士腳部擦傷 派遣救護車", T2, r=30)
    S.cctv("SN-CCTV-005", "crowding", "22:25", 0.74, "人群移動中，往轉運中心方向", E)
    S.citizen("crowding", "轉運中心", "22:35", "轉運中心排公車的人排到外面馬路上，公車進不來", E, r=120)
    S.police("road_reopened", "Minor", "凱旋南段", "22:50", "演唱會散場完畢，凱旋路交通管制解除，恢復通行。", E, follows=eclo["key"])
    S.routine("18:05", avoid=["影音中心", "黎明凱旋", "中清路北屯", "河南中平"], far=500)
    S.flap("SN-CCTV-003", "21:30", 5)
    S.parking("SN-PK-005", "full", "17:46", "車位已滿", E)
    S.cong("SN-VD-KAIXUAN-02", "17:50", 12, 55, E, dirn="南", severity="Moderate")
    S.cong("SN-VD-ZHONGKE-01", "18:00", 10, 58, E, dirn="南", severity="Moderate")
    S.police("crowd_control", "Moderate", "影音中心", "18:10", "影音中心入場排隊人潮延伸至凱旋路人行道，派員疏導。", E, r=80)
    g1 = S.signal("SN-SIG-007", "fault", "18:20", "閃爍異常", G)
    S.cctv("SN-CCTV-007", "signal_dark", "18:22", 0.71, "號誌燈號異常", G)
    S.police("traffic_signal_fault", "Moderate", "黎明凱旋", "18:35", "黎明路三段凱旋路口號誌閃黃，派員指揮交通，已通報交通局。", G)
    S.citizen("traffic_signal", "黎明凱旋", "18:31", "黎明路凱旋路口紅綠燈一直閃黃燈，車子都搶著過很危險", G, r=120)
    S.citizen("illegal_parking", "凱旋南段", "18:40", "凱旋路兩邊都是來看演唱會的車，雙排停車，公車過不去", E, alt=None, r=150)
    S.citizen("streetlight", "中科中段", "18:48", "中科路人行道路燈不亮，燈桿編號 XT40217", None, r=80)
    t1 = S.citizen("traffic_accident", "中清路北屯", "19:04", "中清路二段兩台車追撞，在內側車道，好像沒人受傷", T, r=120)
    S.police("traffic_accident", "Minor", "中清路北屯", "19:10", "中清路二段自小客車追撞，無人受傷，車輛移至路邊。", T, r=40)
    S.cong("SN-VD-ZHONGQING-02", "19:12", 15, 48, T, dirn="北")
    c1 = S.police("missing_person", "Moderate", "影音中心", "19:20", "演唱會入場處7歲男童與家長走散，藍色上衣，協尋中。", C, r=60)
    S.police("other", "Minor", "影音中心", "19:45", "走失男童已於服務台尋獲，交還家長。", C, follows=c1["key"], r=60)
    S.signal("SN-SIG-007", "restored", "19:32", "恢復正常", G)
    S.cctv("SN-CCTV-006", "crowding", "19:50", 0.63, "人行道人群聚集", None)
    r1 = S.c119("ambulance", "影音中心", "20:15", "流行影音中心 演唱會場內 女性觀眾昏倒 意識清楚 派遣救護車", R, alt=E, r=50)
    S.c119("ambulance", "影音中心", "20:24", "到達 患者意識清楚 疑似中暑脫水", R, alt=E, status="on_scene", follows=r1["key"])
    S.c119("ambulance", "影音中心", "20:41", "送醫", R, alt=E, status="returning", follows=r1["key"])
    S.citizen("noise", "逢甲水湳", "20:32", "演唱會音量太大，家裡窗戶都在震，已經八點半了", E, r=200)
    p1 = S.police("theft", "Minor", (120.6532, 24.1842), "21:00", "演唱會場外攤販區民眾手機遭扒竊，嫌犯往中科路方向逃逸，派員追查。", P_)
    S.citizen("other", (120.6533, 24.1846), "21:02", "剛剛有人在攤販那邊偷手機，往中科路跑了！", P_, r=60)
    S.citizen("noise", "逢甲水湳", "21:40", "又是演唱會，低音一直轟轟轟，小孩睡不著", E, r=250)
    S.cctv("SN-CCTV-007", "crowding", "22:05", 0.80, "人群移動中，往北", E)
    S.police("crowd_control", "Moderate", "黎明凱旋", "22:10", "散場人潮湧向水湳轉運中心，加派警力於黎明路凱旋路口管制。", E)
    S.cong("SN-VD-KAIXUAN-01", "22:18", 9, 63, E, dirn="北", severity="Moderate")
    S.cong("SN-VD-ZHONGKE-01", "22:15", 11, 57, E, dirn="北", severity="Moderate")
    S.parking("SN-PK-004", "empty", "23:05", "車位全空", E)
    S.routine("19:35", avoid=["影音中心", "黎明凱旋", "中清路北屯"], far=500)
    S.routine("20:50", avoid=["影音中心", "黎明凱旋", "中清路北屯"], far=500)
    S.routine("21:25", avoid=["影音中心", "黎明凱旋", "中清路北屯"], far=500)
    S.flap("SN-VD-HENAN-02", "20:05", 7)
    S.panel("SN-FA-010", "fault", "21:15", "設備故障：預備電源電壓不足", None)
    S.incident(E, "crowd", "流行影音中心演唱會的人車管制（進場、違停、噪音、散場），由許可證起即為預定的勤務。", pe["key"])
    S.incident(G, "traffic", "黎明路三段凱旋路口號誌閃爍異常（與演唱會無關的號誌故障），派員指揮、交通局維修，19:32恢復。", g1["key"])
    S.incident(T, "traffic", "中清路二段追撞，無人受傷，距會場約1.3 km。", t1["key"])
    S.incident(C, "rescue", "入場處7歲男童走失，19:45尋獲。", c1["key"])
    S.incident(P_, "public_safety", "場外攤販區手機扒竊，嫌犯逃逸。", p1["key"])
    S.incident(R, "rescue", "場內女性觀眾昏倒，119救護送醫。", r1["key"])
    S.incident(T2, "traffic", "河南路中平路口機車自摔，騎士擦傷送醫，距會場約1.6 km。", t2["key"])
    alt_inc = [i for i in S.incidents if i["label"] != R]
    S.alternative("違停檢舉可視為一般1999違停案而非演唱會勤務；場內觀眾昏倒可視為演唱會現場救護（主辦單位救護站＋119）的一部分。兩者在另一讀法中一併調整：違停成為背景，昏倒併入演唱會。",
                  alt_inc)
    S.notes = "19:50 經貿七路口監視器的人群聚集（會展中心附近，離演唱會約900 m，不在散場時段）視為背景。"
    return S


# ------------------------------------------------------------------ 1075
def s1075():
    S = Situation(1075, "late_dup_skewed_crash", "2027-01-12", 1075,
                  "週二早上尖峰，中清路環中路口聯結車撞機車並撞歪號誌桿。證據送達混亂：119與警察系統延遲批次補送、追蹤報告早於原始報告到達、CCTV與1999重送、號誌控制器時鐘少8小時、VD閘道延遲一次補送；另有一筆前一晚的路燈案遲到。河南路另有一起拋錨。")
    X, Y = "X_zhongqing", "Y_henan"
    S.cong("SN-VD-ZHONGQING-01", "07:38", 24, 37, None, dirn="南", extra="（尖峰時段）")
    S.cong("SN-VD-HUANZHONG-02", "07:41", 22, 39, None, dirn="東", extra="（尖峰時段）")
    S.cong("SN-VD-LIMING-01", "07:44", 25, 33, None, dirn="東", extra="（尖峰時段）")
    cc = S.cctv("SN-CCTV-008", "accident", "07:48:10", 0.83, "偵測到路口事故，機車倒地", X)
    S.dup(cc, 95)
    S.signal("SN-SIG-008", "fault", "07:48:40", "黑燈（號誌桿受損）", X, obs_shift=-8 * 3600)
    x1 = S.citizen("traffic_accident", "中清環中", "07:49:30", "中清路環中路口聯結車撞到機車，騎士倒在地上，號誌桿也被撞歪了", X, r=80)
    S.dup(x1, 40)
    x119 = S.c119("ambulance", "中清環中", "07:49:10", "北屯區中清路與環中路口 聯結車與機車碰撞 機車騎士受傷 派遣救護車", X, delay=1220)
    S.dup(x119, 1290)
    xpol = S.police("injury_accident", "Severe", "中清環中", "07:50", "中清路與環中路口聯結車右轉與直行機車碰撞，機車騎士受傷，號誌桿受損黑燈，員警前往處理。", X,
                    delay=1450)
    S.cctv("SN-CCTV-008", "stalled_vehicle", "07:52", 0.70, "路口內大型車停滯", X)
    S.citizen("traffic_signal", "中清環中", "07:52:40", "中清路環中路口紅綠燈全暗，車子亂成一團", X, r=150)
    # filed the evening before (21:30), delivered with the morning backlog at 07:51:40
    S.citizen("streetlight", (120.6566, 24.1995), "21:30", "中清路環中路口附近路燈不亮，燈桿編號 BT77310", None,
              delay=37300, day="2027-01-11")
    S.c119("ambulance", "中清環中", "07:55", "到達現場 騎士右腿骨折 意識清楚", X, status="on_scene", follows=x119["key"], delay=50)
    S.police("road_closure", "Severe", "中清環中", "07:58", "中清路往北外側兩車道封閉處理事故，號誌黑燈，派員指揮。", X, follows=xpol["key"], delay=150)
    # VD gateway flush at 08:12
    for sid, h, sp, oc, d in [("SN-VD-ZHONGQING-01", "07:55", 9, 64, "北"), ("SN-VD-HUANZHONG-03", "08:00", 11, 59, "西"),
                              ("SN-VD-ZHONGQING-01", "08:05", 7, 71, "北"), ("SN-VD-HUANZHONG-03", "08:06", 10, 62, "西")]:
        it = S.cong(sid, h, sp, oc, X, dirn=d, severity="Moderate")
        it["arrival"] = "2027-01-12T00:12:%02dZ" % (int(h[-2:]) % 50 + 3)
    S.dup(S.items[-2], 4)
    y1 = S.cctv("SN-CCTV-010", "stalled_vehicle", "08:03", 0.72, "北向外側車道大型車停滯", Y)
    ypol = S.police("stalled_vehicle", "Minor", "河南中平", "08:05", "河南路二段往中平路方向一輛小貨車拋錨，佔用外側車道，已通知拖吊。", Y, r=60)
    S.cong("SN-VD-HENAN-02", "08:10", 16, 45, Y, dirn="南")
    S.c119("ambulance", "中清環中", "08:20", "傷者送醫", X, status="returning", follows=x119["key"])
    S.police("road_reopened", "Minor", "中清環中", "09:05", "事故車輛移除，中清路往北車道恢復通行，號誌仍由員警指揮。", X, follows=xpol["key"])
    S.police("other", "Minor", "河南中平", "08:40", "拋錨貨車已拖離，河南路二段恢復通行。", Y, follows=ypol["key"], r=60)
    S.signal("SN-SIG-008", "restored", "10:30", "恢復正常", X, obs_shift=-8 * 3600)
    S.routine("07:40", avoid=["中清環中", "河南中平"])
    S.routine("08:15", avoid=["中清環中", "河南中平"])
    S.routine("08:33", avoid=["中清環中", "河南中平"])
    S.flap("SN-CCTV-001", "08:22", 3)
    S.cong("SN-VD-ZHONGPING-02", "07:52", 23, 36, None, dirn="西", extra="（尖峰時段）")
    S.incident(X, "traffic", "中清路環中路口聯結車與機車碰撞、號誌桿受損黑燈；所有延遲、重送、時鐘偏移的證據都屬於它。", x1["key"])
    S.incident(Y, "traffic", "河南路二段小貨車拋錨佔用外側車道，08:40拖離。", ypol["key"])
    S.notes = ("SN-SIG-008 的 observed 比真實時間早8小時（控制器把UTC寫成+08:00），到達時間才是真的；"
               "07:38的中清路慢速為事故前的尖峰車流，不屬事故；前一晚21:30的路燈案遲到，與事故無關；"
               "VD壅塞四筆在08:12由閘道一次補送，其中一筆重送。")
    return S


# ------------------------------------------------------------------ 1076
GW = ["SN-CCTV-004", "SN-SIG-004", "SN-CCTV-005", "SN-SIG-005", "SN-VD-JINGMAO-01", "SN-CCTV-006", "SN-SIG-006",
      "SN-PK-002", "SN-VD-LIMING-01", "SN-PK-006"]


def s1076():
    S = Situation(1076, "north_gateway_offline", "2026-08-06", 1076,
                  "週四中午，經貿路二段人孔施工挖斷光纖，會展中心路口機櫃後的10個設備同時離線48分鐘；離線期間經貿路黎明路口（攝影機正在離線）發生車禍，恢復後攝影機與VD補送事故證據；臺灣大道路口另一台攝影機短暫斷線，與此無關。")
    G, K = "G_gateway", "K_crash"
    S.permit("road_works", (120.6553, 24.1965), ("2026-08-06", "09:00"), ("2026-08-06", "16:00"), ("2026-07-30", "15:40"),
             "經貿路二段（環中路至黎明路）人行道人孔及管線工程，外側車道縮減，半徑約150公尺。", None, alt=G)
    S.cong("SN-VD-HUANZHONG-02", "12:02", 26, 30, None, dirn="西", extra="（午間車多）")
    first4 = None
    for i, sid in enumerate(GW):
        it = S.status(sid, "12:10:%02d" % (5 + 4 * i), "offline", G, reason="comms_lost")
        if i == 3:
            first4 = it
    for i, sid in enumerate(["SN-VD-JINGMAO-01", "SN-VD-LIMING-01", "SN-PK-002", "SN-PK-006"]):
        S.offline_alert(sid, "12:13:%02d" % (10 + 12 * i), G)
    S.routine("12:15", avoid=["經貿黎明"], far=500)
    k1 = S.citizen("traffic_accident", "經貿黎明", "12:25:30", "經貿路黎明路口兩台車相撞，有一個人手在流血", K, r=100)
    k119 = S.c119("ambulance", "經貿黎明", "12:26:40", "西屯區經貿路二段與黎明路三段口 車禍 1人手部撕裂傷 派遣救護車", K)
    S.police("injury_accident", "Moderate", "經貿黎明", "12:29", "經貿路二段與黎明路三段口自小客車與休旅車碰撞，一人輕傷，員警前往處理（路口監視器離線，無法調閱）。", K)
    S.citizen("traffic_accident", "經貿黎明", "12:31", "黎明路往經貿路那邊車禍，塞住了", K, r=300, rmin=150)
    S.flap("SN-CCTV-009", "12:30", 4)
    S.c119("ambulance", "經貿黎明", "12:36", "到達 傷者手部撕裂傷 送醫", K, status="on_scene", follows=k119["key"])
    S.police("other", "Minor", (120.6553, 24.1965), "12:40", "經貿路二段人孔施工疑似挖斷光纖，已通知交通局及施工單位。", G)
    S.citizen("other", "會展A", "12:45", "會展中心前面的停車資訊看板一直顯示離線，停車場還有位子嗎？", G, alt=None, r=80)
    for i, sid in enumerate(GW):
        S.status(sid, "12:58:%02d" % (2 + 3 * i), "online", G)
    # backlog flushed after reconnection
    for sid, ev, h, conf, txt in [("SN-CCTV-005", "accident", "12:25:10", 0.79, "偵測到路口事故"),
                                  ("SN-CCTV-005", "stalled_vehicle", "12:27:30", 0.74, "路口內兩車停滯")]:
        it = S.cctv(sid, ev, h, conf, txt, K)
        it["arrival"] = "2026-08-06T04:58:%02dZ" % (40 + (3 if ev == "accident" else 7))
    it = S.cong("SN-VD-LIMING-01", "12:35", 12, 56, K, dirn="東", severity="Moderate")
    it["arrival"] = "2026-08-06T04:59:05Z"
    S.cong("SN-VD-LIMING-01", "13:01", 15, 50, K, dirn="東")
    S.police("road_reopened", "Minor", "經貿黎明", "13:10", "事故車輛移除，經貿路二段黎明路口恢復通行。", K)
    S.routine("12:50", avoid=["經貿黎明", "台灣大道環中"], far=500)
    S.routine("13:20", avoid=["經貿黎明"], far=500)
    S.routine("11:58", avoid=["經貿黎明"], far=500)
    S.panel("SN-FA-009", "fault", "13:05", "設備故障：偵煙探測器迴路異常", None)
    S.panel("SN-FA-009", "normal", "13:22", "復歸", None)
    S.cong("SN-VD-ZHONGPING-01", "12:20", 27, 29, None, dirn="東", extra="（午間車多）")
    S.incident(G, "infrastructure", "經貿路二段機櫃（光纖）斷線：10個交通與警政設備同時離線，12:58恢復。", first4["key"])
    S.incident(K, "traffic", "經貿路二段黎明路口兩車碰撞一人輕傷，發生時路口攝影機離線，事後補送的影像分析與VD壅塞屬於它。", k1["key"])
    S.alternative("施工許可證本身是排定的背景；另一位協調員會把它當作斷線的原因證據併入機櫃斷線案。民眾詢問停車看板離線，也可視為一般詢問而非斷線案證據。",
                  S.incidents[:])
    S.notes = "臺灣大道環中路口攝影機（SN-CCTV-009）12:30短暫斷線4分鐘，位於2.8 km外另一機櫃，為背景。"
    return S


# ------------------------------------------------------------------ 1077
def s1077():
    S = Situation(1077, "typhoon_tree_power_cascade", "2027-08-24", 1077,
                  "颱風外圍環流，黎明路三段路樹倒塌壓斷架空線 → 附近停電（住戶、路燈、停車場、VD、建築火警總機轉預備電源）→ 兩個路口號誌黑燈 → 智慧營運塔電梯困人 → 黑燈路口發生車禍。另有河南路招牌被吹落。")
    T, D, L, C, SB = "T_tree_power", "D_dark_signals", "L_lift", "C_crash", "S_sign"
    S.rain("C0F9T0", "16:00", "大雨", 46)
    S.rain("SN-RG-002", "16:20", "大雨", 52)
    S.rain("SN-RG-001", "16:30", "豪雨", 58)
    t1 = S.citizen("fallen_tree", (120.6520, 24.1947), "16:40:30", "黎明路三段一棵大樹倒下來壓到電線，整條路擋住了，還有火花！", T, r=60)
    S.panel("SN-FA-002", "fault", "16:40:50", "設備故障：主電源停電，切換預備電源", T)
    S.panel("SN-FA-005", "fault", "16:40:55", "設備故障：主電源停電，切換預備電源", T)
    S.status("SN-PK-002", "16:41", "offline", T, reason="mains_power_lost")
    S.status("SN-VD-LIMING-01", "16:41:05", "offline", T, reason="mains_power_lost")
    d1 = S.signal("SN-SIG-005", "fault", "16:41:10", "黑燈", D, alt=T)
    S.signal("SN-SIG-007", "fault", "16:41:15", "黑燈", D, alt=T)
    S.citizen("power_outage", (120.6545, 24.1962), "16:42", "經貿路二段這邊突然停電了，整棟都沒電", T, r=150)
    S.cctv("SN-CCTV-007", "signal_dark", "16:43", 0.90, "號誌黑燈", D, alt=T)
    S.offline_alert("SN-VD-LIMING-01", "16:44", T)
    S.cctv("SN-CCTV-005", "signal_dark", "16:44", 0.88, "號誌黑燈", D, alt=T)
    S.police("fallen_object", "Severe", (120.6520, 24.1947), "16:45", "黎明路三段路樹倒塌壓斷電線，雙向車道阻斷，已通報台電及建設局。", T)
    l1 = S.citizen("rescue", "營運塔", "16:47", "營運塔的電梯停電卡住了，我同事在裡面，兩個人出不來", L, r=40)
    S.citizen("power_outage", (120.6510, 24.1930), "16:48", "黎明路住家停電，冷氣冰箱都停了，什麼時候會來電？", T, r=200)
    S.police("road_closure", "Severe", (120.6520, 24.1947), "16:50", "黎明路三段（凱旋路至經貿路）雙向封閉，車輛改道環中路。", T)
    l119 = S.c119("rescue", "營運塔", "16:50", "臺灣智慧營運塔 停電電梯困人 2人受困 派遣水湳分隊 救助", L)
    S.citizen("power_outage", "會展A", "16:52", "會展中心附近停電，紅綠燈也不亮", T, r=200)
    S.police("traffic_signal_fault", "Moderate", "黎明凱旋", "16:55", "黎明路凱旋路口、經貿路黎明路口號誌因停電全暗，派員指揮交通。", D, alt=T)
    S.citizen("traffic_signal", "經貿黎明", "16:57", "經貿路黎明路口紅綠燈全暗，大家都不敢過", D, alt=T, r=120)
    S.cong("SN-VD-KAIXUAN-01", "17:05", 10, 60, D, alt=T, dirn="南", severity="Moderate")
    S.c119("rescue", "營運塔", "17:08", "到達 電梯停於5、6樓間 破壞器材待命", L, status="on_scene", follows=l119["key"])
    c1 = S.cctv("SN-CCTV-007", "accident", "17:20", 0.80, "偵測到路口事故", C)
    c2 = S.citizen("traffic_accident", "黎明凱旋", "17:20:50", "黎明路凱旋路口紅綠燈不亮，兩台車在路口撞到了，一個騎士受傷", C, r=90)
    c119 = S.c119("ambulance", "黎明凱旋", "17:23", "西屯區黎明路三段凱旋路口 機車與自小客車碰撞 騎士受傷 派遣救護車", C)
    S.police("injury_accident", "Moderate", "黎明凱旋", "17:24", "黎明路三段凱旋路口（號誌停電黑燈）機車與自小客車碰撞，騎士受傷送醫。", C)
    S.c119("rescue", "營運塔", "17:35", "受困者2人已救出 無傷 返隊", L, status="returning", follows=l119["key"])
    S.c119("ambulance", "黎明凱旋", "17:40", "送醫", C, status="returning", follows=c119["key"])
    s1 = S.citizen("fallen_object", (120.6495, 24.1718), "17:15", "河南路二段一塊大招牌被風吹下來掉在人行道和機車道上，差點砸到人", SB, r=80)
    S.police("fallen_object", "Moderate", (120.6495, 24.1718), "17:30", "河南路二段招牌掉落佔用機車道，已圍設警示並通知建設局移除。", SB, r=40)
    S.citizen("公園路樹", "公園南", "17:50", "中央公園南邊步道有很多小樹枝掉下來", None, r=150)
    S.citizen("streetlight", (120.6515, 24.1940), "18:40", "黎明路整排路燈都不亮，一片漆黑", T, r=150)
    S.signal("SN-SIG-005", "restored", "19:28", "恢復正常", D, alt=T)
    S.signal("SN-SIG-007", "restored", "19:29", "恢復正常", D, alt=T)
    S.status("SN-PK-002", "19:30", "online", T)
    S.status("SN-VD-LIMING-01", "19:30:20", "online", T)
    S.panel("SN-FA-002", "normal", "19:30:40", "復歸", T)
    S.panel("SN-FA-005", "normal", "19:30:45", "復歸", T)
    S.police("road_reopened", "Minor", (120.6520, 24.1947), "20:10", "倒樹移除、電線修復，黎明路三段恢復通行。", T)
    S.flap("SN-CCTV-011", "17:02", 9)
    S.routine("16:25", avoid=["黎明凱旋", "經貿黎明", "營運塔"], kinds=["illegal_parking", "動物救援", "other"], far=600)
    S.cong("SN-VD-HENAN-01", "17:35", 20, 40, None, dirn="北", extra="（尖峰時段）")
    S.incident(T, "infrastructure", "黎明路三段路樹倒塌壓斷架空線：封路、倒樹移除、台電搶修，以及它造成的停電（住戶、路燈、設備、火警總機轉預備電源）。", t1["key"])
    S.incident(D, "traffic", "停電造成黎明路凱旋路口與經貿路黎明路口號誌黑燈，員警指揮交通，19:28恢復。", d1["key"])
    S.incident(L, "rescue", "智慧營運塔停電電梯困2人，119救出無傷。", l1["key"])
    S.incident(C, "traffic", "黑燈的黎明路凱旋路口機車與自小客車碰撞，騎士受傷送醫。", c2["key"])
    S.incident(SB, "traffic", "河南路二段招牌被風吹落佔用機車道（與倒樹無關）。", s1["key"])
    S.alternative("許多中心把停電與它造成的號誌黑燈當作同一件事處理（同一原因、同一結束時間：來電即恢復），號誌黑燈併入倒樹停電案。",
                  [S.incidents[0], S.incidents[2], S.incidents[3], S.incidents[4]])
    S.notes = "黑燈路口的車禍是新的派遣（救護、事故處理），即使員警已在該路口指揮；這點另一讀法也不合併。"
    return S


# ------------------------------------------------------------------ 1078
def s1078():
    S = Situation(1078, "expo_alarm_and_collapse", "2026-04-25", 1078,
                  "週六會展中心自行車展：A棟火警總機因舞台煙霧機誤動作，5分鐘內復歸、119確認誤報；幾分鐘後同一棟展場內一位長者倒地無呼吸心跳，119救護。同一棟、同一時間、同一消防局，卻是兩件事；展覽人車本身另為一件勤務。")
    E, A, M = "E_expo", "A_false_alarm", "M_ohca"
    pe = S.permit("exhibition", "會展A", ("2026-04-25", "09:00"), ("2026-04-25", "18:00"), ("2026-04-10", "11:20"),
                  "2026台中國際自行車展，臺中國際會展中心A、B棟，預估每日參觀人數20,000人，範圍半徑約300公尺。", E)
    S.parking("SN-PK-006", "full", "09:40", "車位已滿", E)
    S.police("crowd_control", "Minor", "會展A", "10:00", "會展中心入口排隊人潮延伸至經貿路人行道，派員疏導。", E, r=60)
    S.cctv("SN-CCTV-005", "crowding", "10:02", 0.78, "人行道人群聚集（停留）", E)
    S.parking("SN-PK-002", "full", "10:10", "車位已滿", E)
    S.cong("SN-VD-LIMING-01", "10:12", 14, 50, E, dirn="東")
    a1 = S.panel("SN-FA-002", "alarm", "10:18", "火警：2F 展場 偵煙探測器動作", A, alt=None)
    a119 = S.c119("fire", "會展A", "10:19", "臺中國際會展中心A棟 火警受信總機動作 派遣水湳分隊確認", A, alt=None)
    S.panel("SN-FA-002", "normal", "10:23", "復歸（現場人員確認舞台煙霧機觸發偵煙探測器）", A, alt=None)
    m119 = S.c119("ambulance", "會展A", "10:24", "臺中國際會展中心A棟 展場內 70歲男性倒地 無呼吸心跳 派遣高級救護隊", M, r=30)
    S.citizen("rescue", "會展A", "10:25", "會展中心A館有一位阿伯倒在地上沒反應，有人在做CPR，救護車到了沒？", M, r=60)
    S.c119("fire", "會展A", "10:26", "現場確認為舞台煙霧機誤觸，無火警 返隊", A, alt=None, status="closed", follows=a119["key"])
    S.police("medical", "Severe", "會展A", "10:27", "會展中心A棟展場民眾倒地，員警協助淨空救護車動線。", M, r=40)
    S.c119("ambulance", "會展A", "10:31", "到達 CPR中 AED已電擊1次", M, status="on_scene", follows=m119["key"])
    S.c119("ambulance", "會展A", "10:48", "恢復自發性循環 送中國醫藥大學附設醫院", M, status="returning", follows=m119["key"])
    S.citizen("illegal_parking", (120.6535, 24.1950), "10:40", "會展中心旁黎明路兩邊都違停，車道剩一線", E, r=120)
    S.cong("SN-VD-JINGMAO-01", "11:05", 13, 52, E, dirn="南")
    S.cctv("SN-CCTV-004", "crowding", "11:20", 0.66, "人群聚集", E)
    S.parking("SN-PK-001", "full", "11:30", "車位已滿", E)
    for h in ["09:50", "10:35", "11:10", "11:45"]:
        S.routine(h, avoid=["會展A", "會展B", "經貿黎明"], far=500)
    S.flap("SN-VD-ZHONGQING-02", "10:50", 5)
    S.panel("SN-FA-008", "fault", "11:15", "設備故障：第2迴路短路", None)
    S.panel("SN-FA-008", "normal", "11:40", "復歸", None)
    S.citizen("crowding", "會展B", "11:35", "會展中心B館入口人很多，電扶梯前面擠成一團", E, r=60)
    S.routine("12:05", avoid=["會展A", "會展B", "經貿黎明"], far=500)
    S.cong("SN-VD-HENAN-01", "11:50", 24, 33, None, dirn="北", extra="（假日車多）")
    S.incident(E, "crowd", "自行車展的人車勤務（停車場滿、排隊人潮、違停、周邊車流）。", pe["key"])
    S.incident(A, "fire", "A棟火警總機動作，119出勤確認為舞台煙霧機誤觸，10:26結案。", a1["key"])
    S.incident(M, "rescue", "A棟展場70歲男性到院前心肺停止，CPR、AED後送醫。", m119["key"])
    S.alternative("5分鐘內復歸且現場說明原因的總機動作，有些中心只記錄不立案（背景）。", [S.incidents[0], S.incidents[2]])
    return S


# ------------------------------------------------------------------ 1079
def s1079():
    S = Situation(1079, "burst_main_henan", "2026-12-09", 1079,
                  "晴天清晨，河南路二段近中平路口地下自來水管破裂：淹水感測器在沒有下雨時上升、路面冒水隆起、附近住戶停水、停車場入口積水關閉、封閉外側車道造成上班車流壅塞。類別各不相同，卻是同一件搶修；另一通遠處的停水是大樓水塔清洗。")
    W = "W_main"
    S.flood("SN-FL-007", "05:40", 6, W)
    S.flood("SN-FL-007", "05:52", 14, W)
    w1 = S.citizen("flooding", (120.6522, 24.1735), "05:58", "河南路靠近停車場這邊路面一直冒水出來，沒下雨怎麼會淹水？", W, r=80)
    S.cctv("SN-CCTV-010", "flooding", "06:05", 0.71, "畫面北側路面積水", W)
    S.citizen("water_outage", (120.6555, 24.1728), "06:10", "家裡水龍頭突然沒水了，也沒有停水通知", W, r=200)
    S.flood("SN-FL-007", "06:15", 22, W)
    S.police("flooding_report", "Moderate", (120.6515, 24.1722), "06:18", "河南路二段近中平路口路面湧水，疑似自來水管破裂，積水約20公分，已通報自來水公司。", W)
    S.citizen("water_outage", (120.6540, 24.1720), "06:20", "水壓很小，只有一點點水", W, r=200)
    S.citizen("road_damage", (120.6512, 24.1716), "06:25", "中平路靠河南路口柏油隆起裂開，水從裂縫冒出來", W, r=40)
    S.parking("SN-PK-003", "closed", "06:30", "停車場關閉：入口積水，暫停開放", W)
    S.citizen("water_outage", "中醫水湳", "06:35", "大樓停水了，沒有看到停水公告，什麼時候會有水？", W, r=150)
    clo = S.police("road_closure", "Moderate", (120.6515, 24.1722), "06:40", "河南路二段往中平路方向外側車道封閉，自來水公司搶修。", W)
    S.citizen("blocked_drain", "河南中平", "06:50", "中平路的水溝水排不掉，水一直往路上漫", W, r=100)
    S.citizen("water_outage", "中清路北屯", "07:10", "我們大樓今天水塔清洗，管理室說停水到中午，但是沒有事先通知住戶", None, r=100)
    S.cong("SN-VD-HUANZHONG-01", "07:32", 23, 36, None, dirn="東", extra="（尖峰時段）")
    S.cong("SN-VD-HENAN-02", "07:30", 8, 66, W, dirn="南", severity="Moderate")
    S.cong("SN-VD-ZHONGQING-02", "07:36", 22, 38, None, dirn="南", extra="（尖峰時段）")
    S.cong("SN-VD-ZHONGPING-01", "07:40", 11, 58, W, dirn="東", severity="Moderate")
    S.cong("SN-VD-HENAN-01", "07:42", 13, 55, W, dirn="北")
    S.citizen("other", (120.6490, 24.1690), "07:45", "河南路怎麼封起來了？上班塞很久", W, r=150)
    S.cleared("SN-FL-007", "09:30", "河南路低窪處 淹水深度降至 0 cm，警戒解除", W)
    S.police("road_reopened", "Minor", (120.6515, 24.1722), "11:00", "自來水管搶修完成，河南路二段外側車道恢復通行。", W, follows=clo["key"])
    S.citizen("water_outage", (120.6550, 24.1725), "10:20", "已經停水四個小時了，到底什麼時候會來水？", W, r=200)
    for h in ["06:55", "07:20", "08:10", "09:05", "10:40"]:
        S.routine(h, avoid=["河南中平", "河南停車場", "中醫水湳"], far=500,
                  kinds=["streetlight", "illegal_parking", "環境清潔", "動物救援", "公園路樹"])
    S.flap("SN-CCTV-002", "08:45", 6)
    S.panel("SN-FA-006", "fault", "09:50", "設備故障：探測器迴路斷線", None)
    S.panel("SN-FA-006", "normal", "10:15", "復歸", None)
    S.incident(W, "infrastructure", "河南路二段近中平路口自來水管破裂：路面湧水與隆起、周邊停水、停車場入口積水關閉、封閉車道與尖峰壅塞，一次搶修。", w1["key"])
    S.notes = "中清路二段大樓水塔清洗停水（1.8 km外、原因自述）是背景；HUANZHONG-01與ZHONGQING-02的慢速是平日尖峰。"
    return S


# ------------------------------------------------------------------ 1080
def s1080():
    S = Situation(1080, "liming_lowpoint_and_skid", "2027-05-20", 1080,
                  "午後雷陣雨，黎明路凱旋路口低窪處積水（機車涉水熄火、水溝堵塞）；同時約290 m外的凱旋路一部轎車雨天打滑自撞分隔島。兩者同時、同路、相近，卻是兩個派遣。")
    F, K = "F_lowpoint", "K_skid"
    S.rain("SN-RG-002", "16:20", "大雨", 44)
    S.rain("C0F9T0", "16:25", "大雨", 41)
    S.flood("SN-FL-009", "16:35", 11, F)
    S.flood("SN-FL-009", "16:45", 24, F)
    f1 = S.citizen("flooding", "黎明凱旋低窪", "16:47", "黎明路凱旋路口積水很深，機車都要繞道", F, r=120)
    k1 = S.citizen("traffic_accident", (120.6481, 24.1956), "16:52", "凱旋路往環中路方向，一台轎車下雨打滑撞上分隔島，駕駛好像受傷了", K, r=60)
    S.cctv("SN-CCTV-002", "accident", "16:53", 0.66, "路口南側車輛停止", K)
    S.flood("SN-FL-009", "16:55", 33, F)
    k119 = S.c119("ambulance", (120.6481, 24.1956), "16:55", "西屯區凱旋路近環中路 自小客車自撞分隔島 駕駛頭部受傷 派遣救護車", K)
    S.police("stalled_vehicle", "Minor", "黎明凱旋低窪", "16:58", "黎明路凱旋路口一輛機車涉水熄火，騎士牽車離開。", F, r=40)
    S.cong("SN-VD-KAIXUAN-01", "16:58", 9, 62, K, alt=F, dirn="北", severity="Moderate")
    kp = S.police("injury_accident", "Moderate", (120.6481, 24.1956), "17:00", "凱旋路（往環中路方向）自小客車雨天打滑自撞分隔島，駕駛輕傷，佔用內側車道。", K)
    S.cctv("SN-CCTV-007", "flooding", "17:00", 0.74, "路口西側路面積水", F)
    S.citizen("traffic_accident", (120.6478, 24.1942), "17:02", "凱旋路這邊又淹水又有車禍，整個塞住了", F, alt=K, r=60)
    S.citizen("blocked_drain", (120.6468, 24.1928), "17:05", "黎明路三段水溝蓋被垃圾堵住，水排不下去", F, r=60)
    S.c119("ambulance", (120.6481, 24.1956), "17:08", "到達 駕駛額頭撕裂傷 送醫", K, status="on_scene", follows=k119["key"])
    S.police("flooding_report", "Moderate", "黎明凱旋低窪", "17:10", "黎明路凱旋路口積水約30公分，封閉外側車道，通知水利局抽水。", F, r=30)
    S.wl("SN-WL-001", "17:10", 2.06, "3", None)
    S.police("road_reopened", "Minor", (120.6481, 24.1956), "17:30", "事故車輛已拖離，凱旋路內側車道恢復通行。", K, follows=kp["key"])
    S.cong("SN-VD-ZHONGQING-02", "17:30", 19, 42, None, dirn="南", extra="（尖峰時段）")
    S.cong("SN-VD-HENAN-01", "17:40", 18, 44, None, dirn="北", extra="（尖峰時段）")
    S.flood("SN-FL-009", "17:50", 14, F)
    S.cleared("SN-FL-009", "18:10", "黎明路凱旋路口低窪處 淹水深度降至 2 cm，警戒解除", F)
    S.panel("SN-FA-009", "fault", "16:50", "設備故障：偵煙探測器迴路異常（潮濕）", None)
    S.panel("SN-FA-009", "normal", "17:25", "復歸", None)
    for h in ["16:30", "17:15", "17:45", "18:00"]:
        S.routine(h, avoid=["黎明凱旋", "凱旋環中"], far=500, kinds=["streetlight", "illegal_parking", "動物救援", "other"])
    S.flap("SN-SIG-011", "17:20", 3)
    S.incident(F, "flood", "黎明路凱旋路口低窪處積水約30 cm，機車熄火、水溝堵塞，封閉外側車道、抽水，18:10解除。", f1["key"])
    S.incident(K, "traffic", "凱旋路（往環中路）自小客車雨天打滑自撞分隔島，駕駛受傷送醫。", k1["key"])
    S.alternative("凱旋路北向VD的壅塞位於兩者之間，可以歸車禍（就在事故點）也可以歸積水（外側車道封閉）；同時提到淹水與車禍的那通電話亦然。兩者在另一讀法中對調。",
                  S.incidents[:])
    S.notes = "中央公園北滯洪池三級警戒是滯洪池正常蓄水，距積水點約900 m，為背景。"
    return S


# ------------------------------------------------------------------ 1081
def s1081():
    S = Situation(1081, "wandering_elder", "2026-09-15", 1081,
                  "失智長者中午自中平路住處走失，兩小時內由家屬報案、警方協尋、中央公園與綠美圖的民眾通報（問路、坐在地上）、路倒與救護，跨越約2.3 km、五種類別，是同一件協尋；同時公園有慢跑者扭傷、綠美圖有女童走失，各自獨立。")
    E, J, Q = "E_elder", "J_jogger", "Q_girl"
    e1 = S.citizen("missing_person", (120.6580, 24.1722), "14:40",
                   "我爸爸78歲有失智，中午一點多自己出門到現在沒回來，穿藍色格子襯衫、灰色長褲，拿一支雨傘", E, r=60)
    ep = S.police("missing_person", "Moderate", "中醫水湳", "14:55",
                  "協尋：78歲男性失智長者，藍色格子襯衫、灰色長褲，持雨傘，13時30分自中平路住處走失。", E, r=50)
    S.citizen("other", "公園中", "15:20", "中央公園這邊有一個阿伯一直問路，說要去火車站，講不清楚要去哪裡", E, r=120)
    S.citizen("other", "公園中", "15:10", "中央公園有人遛狗沒有牽繩，小孩被嚇到", None, r=250)
    j1 = S.c119("ambulance", (120.6560, 24.1805), "15:35", "中央公園步道 慢跑民眾跌倒 腳踝扭傷無法行走 派遣救護車", J)
    S.c119("ambulance", (120.6560, 24.1805), "15:46", "到達 右腳踝扭傷 送醫", J, status="on_scene", follows=j1["key"])
    S.citizen("other", (120.6575, 24.1905), "15:48", "綠美圖門口有位老先生坐在地上好像很累，跟他講話都不太回應", E, r=60)
    q1 = S.police("missing_person", "Moderate", "綠美圖", "15:55", "綠美圖兒童區5歲女童與母親走散，穿黃色洋裝，協尋中。", Q, r=40)
    S.police("other", "Minor", "綠美圖", "16:02", "走失女童已於綠美圖2樓尋獲，交還母親。", Q, follows=q1["key"], r=40)
    S.police("medical", "Minor", (120.6562, 24.1925), "16:05", "經貿路二段近綠美圖民眾通報老翁路倒，員警到場，老翁意識清楚但說不出住址。", E)
    S.c119("ambulance", (120.6562, 24.1925), "16:08", "經貿路二段綠美圖旁 老人路倒 意識清楚 疑似脫水 派遣救護車", E)
    S.police("other", "Minor", (120.6562, 24.1925), "16:20", "協尋之78歲男性已於綠美圖旁尋獲，經家屬確認，送醫觀察。", E, follows=ep["key"])
    S.citizen("other", "轉運中心", "16:30", "在中央公園撿到一個皮夾，要交到哪裡？", None, r=400, rmin=200)
    S.cong("SN-VD-HENAN-01", "16:35", 20, 41, None, dirn="北", extra="（放學時段）")
    S.cong("SN-VD-ZHONGPING-01", "16:40", 22, 38, None, dirn="東", extra="（放學時段）")
    for h in ["14:20", "14:50", "15:25", "16:10", "16:45"]:
        S.routine(h, avoid=["綠美圖", "公園中"], far=400, kinds=["streetlight", "illegal_parking", "環境清潔", "road_damage"])
    S.flap("SN-PK-005", "15:05", 5)
    S.cctv("SN-CCTV-006", "crowding", "15:40", 0.55, "人群聚集", None)
    S.routine("15:50", avoid=["綠美圖", "公園中"], far=400, kinds=["streetlight", "動物救援"])
    S.routine("16:25", avoid=["綠美圖", "公園中"], far=400, kinds=["illegal_parking", "環境清潔"])
    S.panel("SN-FA-004", "fault", "14:35", "設備故障：手動報警機迴路斷線", None)
    S.panel("SN-FA-004", "normal", "15:02", "復歸", None)
    S.flap("SN-VD-ZHONGKE-01", "16:12", 4)
    S.incident(E, "rescue", "78歲失智長者走失協尋：報案、協尋通報、公園問路、綠美圖坐地、路倒救護、尋獲，同一案件。", e1["key"])
    S.incident(J, "rescue", "中央公園步道慢跑者扭傷送醫。", j1["key"])
    S.incident(Q, "rescue", "綠美圖兒童區5歲女童走失，7分鐘內尋獲。", q1["key"])
    S.alternative("路倒老人的119救護可視為另一個救護派遣（救護車處置），而非協尋案的一部分；另一讀法把警察路倒通報與119救護另立一案。",
                  S.incidents[:] + [{"label": "E2_elder_medical", "type": "rescue",
                                     "description": "綠美圖旁老人路倒的救護處置（另一讀法獨立成案）。",
                                     "sufficient_evidence_key": None}])
    for it in S.items:
        if it["truth"] == E and (it["feed"] == "119" or it["category"] == "medical"):
            it["truth_alt"] = "E2_elder_medical"
    S.alt["incidents"][-1]["sufficient_evidence_key"] = [i for i in S.items if i.get("truth_alt") == "E2_elder_medical"
                                                         and i["category"] == "medical"][0]["key"]
    return S


# ------------------------------------------------------------------ 1082
def s1082():
    S = Situation(1082, "drill_and_real_fire", "2027-03-11", 1082,
                  "逢甲大學水湳校區依許可進行年度消防演練（警報、施放煙霧），民眾誤報；演練期間約950 m外的中國醫藥大學水湳校區實驗大樓真的起火，疏散師生、化學品危害。兩處都是校園、都有總機警報、都有冒煙電話。")
    R, DR = "R_cmu_fire", "DR_drill"
    S.permit("event", "逢甲水湳", ("2027-03-11", "10:00"), ("2027-03-11", "11:30"), ("2027-03-04", "09:10"),
             "逢甲大學水湳校區年度消防演練（含警報測試、施放演練煙霧、人員疏散），範圍半徑約150公尺。", None, alt=DR)
    S.panel("SN-FA-009", "alarm", "10:05", "火警：3F 偵煙探測器動作", None, alt=DR)
    S.citizen("fire_smoke", "逢甲水湳", "10:08", "逢甲水湳校區那邊有一團白煙，警鈴一直響，是不是失火？", None, alt=DR, r=200, rmin=60)
    S.c119("fire", "逢甲水湳", "10:09", "民眾報案 逢甲大學水湳校區冒煙 經查為校方消防演練 不派遣", None, alt=DR, status="closed")
    S.citizen("fire_smoke", "逢甲水湳", "10:12", "逢甲新校區有很多學生站在外面，還有煙，發生什麼事？", None, alt=DR, r=250, rmin=100)
    S.police("other", "Minor", "逢甲水湳", "10:15", "逢甲大學水湳校區消防演練，民眾誤以為火警，現場無異狀。", None, alt=DR, r=30)
    r1 = S.panel("SN-FA-010", "alarm", "10:22", "火警：實驗大樓 4F 化學實驗室 偵煙探測器動作", R)
    r2 = S.citizen("fire_smoke", "中醫水湳", "10:24", "中國醫藥大學水湳校區實驗大樓有黑煙冒出來，有人在跑出來！", R, r=150)
    r119 = S.c119("fire", "中醫水湳", "10:25", "北屯區 中國醫藥大學水湳校區 實驗大樓4樓 實驗室火警 派遣水湳、北屯分隊 消防車4輛 救護車1輛", R)
    S.police("fire_report", "Severe", "中醫水湳", "10:27", "中國醫藥大學水湳校區實驗大樓火警，員警到場管制。", R, r=30)
    S.citizen("fire_smoke", (120.6555, 24.1765), "10:30", "公園南邊那邊好像在冒煙，不知道是哪裡，有看到消防車", R, alt=DR, r=80)
    S.c119("fire", "中醫水湳", "10:33", "到場 4樓實驗室起火 濃煙 搜索", R, status="on_scene", follows=r119["key"])
    S.police("evacuation", "Moderate", "中醫水湳", "10:35", "中國醫藥大學水湳校區實驗大樓師生約150人疏散至操場。", R, r=40)
    S.c119("hazmat", "中醫水湳", "10:38", "實驗室存放化學品 派遣毒化災搶救隊", R)
    S.panel("SN-FA-009", "normal", "10:40", "復歸", None, alt=DR)
    S.cong("SN-VD-ZHONGPING-02", "10:40", 14, 50, R, dirn="西")
    S.citizen("gas_odor", "生態B", "10:45", "聞到一股刺鼻的化學味道，是從南邊大學那邊飄過來的嗎？", R, r=150)
    S.citizen("fire_smoke", "中醫水湳", "10:50", "中國醫藥大學那邊還在冒煙，我們在中平路上要不要繞路？", R, r=300, rmin=150)
    S.c119("fire", "中醫水湳", "11:05", "火勢撲滅 排煙中 無人受傷", R, status="on_scene", follows=r119["key"])
    S.c119("fire", "中醫水湳", "11:40", "返隊", R, status="returning", follows=r119["key"])
    S.panel("SN-FA-010", "normal", "11:50", "復歸", R)
    for h in ["09:55", "10:18", "10:55", "11:25"]:
        S.routine(h, avoid=["逢甲水湳", "中醫水湳", "生態B"], far=500, kinds=["streetlight", "illegal_parking", "環境清潔", "動物救援"])
    S.flap("SN-VD-KAIXUAN-02", "10:30", 4)
    S.cong("SN-VD-HUANZHONG-02", "11:10", 26, 31, None, dirn="西", extra="（車多）")
    S.routine("11:45", avoid=["逢甲水湳", "中醫水湳", "生態B"], far=500, kinds=["streetlight", "illegal_parking"])
    S.panel("SN-FA-001", "fault", "09:40", "設備故障：預備電源電壓不足", None)
    S.incident(R, "fire", "中國醫藥大學水湳校區實驗大樓4樓實驗室火警，疏散150人、化學品危害，11:05撲滅。", r2["key"])
    S.alternative("有些中心會為許可內的演練開一筆『監看』案（回覆民眾、確認非火警），把演練相關證據歸成一案；公園南側那通看不出是哪邊的冒煙電話也可歸給演練。",
                  [S.incidents[0], {"label": DR, "type": "fire",
                                    "description": "逢甲大學水湳校區許可內的消防演練與民眾誤報（另一讀法：監看案）。",
                                    "sufficient_evidence_key": None}])
    S.alt["incidents"][1]["sufficient_evidence_key"] = [i for i in S.items if i.get("truth_alt") == DR][0]["key"]
    S.notes = "主讀法：許可內的演練不是需要派遣的案件，其總機警報、誤報電話、119不派遣紀錄與警方說明皆為背景。"
    return S


ALL = {1071: s1071, 1072: s1072, 1073: s1073, 1074: s1074, 1075: s1075, 1076: s1076, 1077: s1077, 1078: s1078,
       1079: s1079, 1080: s1080, 1081: s1081, 1082: s1082}

if __name__ == "__main__":
    which = [int(a) for a in sys.argv[1:]] or sorted(ALL)
    for n in which:
        S = ALL[n]()
        ni, nn = S.write()
        print(f"{n}_{S.name}: {ni} items, {nn} incidents" + (" (+alternative)" if S.alt else ""))
