#!/usr/bin/env python3
"""Seeded generator for situations 171-182 (水湳 smart operations center).
Writes NNN_name.jsonl and NNN_name.truth.json into the tools folder's parent.
Run: python3 gen_171_182.py   (stdlib only; output is byte-for-byte stable)."""
import math
from datetime import datetime
from lib171 import Sit, TZ8

# reporter positions (lon, lat); sensor items use the registry instead
P = {
    "jm_lm": (120.65496, 24.19582),      # 經貿路二段/黎明路三段
    "hallA": (120.6546, 24.1948),        # 會展中心 A棟
    "hallB": (120.6556, 24.1940),        # 會展中心 B棟
    "hz_jm": (120.65345, 24.19848),      # 環中路二段/經貿路二段
    "hz_kx": (120.64766, 24.19659),      # 環中路二段/凱旋路
    "hz_zk": (120.65217, 24.19785),      # 環中路二段/中科路
    "hz_zq": (120.65724, 24.19890),      # 環中路/中清路
    "hub": (120.6528, 24.1972),          # 水湳轉運中心
    "blockA": (120.6588, 24.1840),       # 生態住宅A區 (經貿路三段)
    "blockB": (120.6591, 24.1814),       # 生態住宅B區 (敦化路一段)
    "popmusic": (120.6520, 24.1850),     # 臺中流行影音中心
    "fcu": (120.6520, 24.1790),          # 逢甲大學水湳校區
    "cmu": (120.6592, 24.1735),          # 中國醫藥大學水湳校區
    "hn_zp": (120.6503, 24.1711),        # 河南路/中平路
    "jm_zp": (120.6604, 24.1736),        # 經貿路/中平路
    "museum": (120.6570, 24.1915),       # 臺中綠美圖
    "lm_kx": (120.64904, 24.19365),      # 黎明路三段/凱旋路
    "tw_hz": (120.63188, 24.17485),      # 臺灣大道/環中路
    "jm7": (120.65685, 24.19247),        # 經貿路二段/經貿七路
}


def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ8)


# ---------------------------------------------------------------------------
def s171():
    s = Sit(171, "crash_and_hall_fire",
            "週五傍晚尖峰：經貿路二段/黎明路三段口機車與轎車碰撞，同一時間約150公尺外會展中心A棟展場攤位油鍋起火；兩件無關的事件相距很近。背景為環中路例行尖峰車流。",
            "2026-10-23 17:35")
    L, J = P["jm_lm"], P["hallA"]
    s.item(2, "rule", "congestion", "環中路車輛偵測器2 平均車速 23 km/h，佔有率 31%（尖峰時段）", None, sid="SN-VD-HUANZHONG-02", severity="Minor")
    f1 = s.item(4, "fire_alarm", "alarm", "臺中國際會展中心A棟 2F 展覽廳西側 第12區 偵煙式探測器動作", "fire_hallA", sid="SN-FA-002")
    s.item(6, "fire_alarm", "alarm", "臺中國際會展中心A棟 2F 展覽廳西側 第13區 偵煙式探測器動作", "fire_hallA", sid="SN-FA-002")
    c1 = s.item(6.2, "cctv", "stalled_vehicle", "經貿路二段/黎明路三段路口 車輛停滯於內側車道 超過90秒", "crash_liming", sid="SN-CCTV-005", conf=0.72)
    s.item(6.8, "cctv", "smoke", "畫面東南側遠處疑似煙霧", "fire_hallA", sid="SN-CCTV-005", conf=0.38, alt=None)
    s.item(7, "1999", "traffic_accident", "經貿路跟黎明路口機車跟轎車擦撞，有一個騎士倒在地上，還在動", "crash_liming", lon=L[0], lat=L[1], jitter_m=40)
    a1 = s.item(7.5, "119", "ambulance", "西屯區經貿路二段與黎明路三段口 機車與自小客車碰撞，男性騎士倒地意識清楚，左小腿疑似骨折，派遣救護車1輛", "crash_liming", lon=L[0], lat=L[1])
    f119 = s.item(8, "119", "fire", "臺中國際會展中心A棟2樓 展場餐飲攤位油炸鍋起火，現場人員以滅火器初期滅火，煙霧瀰漫，派遣水箱車3輛、救護車1輛", "fire_hallA", lon=J[0], lat=J[1])
    s.item(9, "1999", "fire_smoke", "會展中心二樓有煙一直冒出來，裡面的人都在往外跑", "fire_hallA", lon=120.6541, lat=24.1952, jitter_m=30)
    p1 = s.item(9.5, "incident", "injury_accident", "黎明派出所：經貿路二段與黎明路三段口 A2類交通事故，機車與自小客車，騎士1人受傷送醫，事故車輛佔用內側車道", "crash_liming", lon=L[0], lat=L[1], severity="Moderate")
    s.item(10.5, "incident", "fire_report", "會展中心A棟2樓火警，展場人員約300人已疏散至廣場，派員到場警戒並管制經貿路二段側門車輛進出", "fire_hallA", lon=J[0], lat=J[1], severity="Moderate")
    s.item(12, "rule", "congestion", "環中路車輛偵測器3 平均車速 21 km/h，佔有率 35%（尖峰時段）", None, sid="SN-VD-HUANZHONG-03", severity="Minor")
    s.item(14, "rule", "congestion", "經貿路車輛偵測器1 平均車速 11 km/h（平時 38 km/h），佔有率 46%", "crash_liming", sid="SN-VD-JINGMAO-01", severity="Moderate")
    s.item(15, "1999", "illegal_parking", "黎明路三段公車站旁紅線一整排違停，公車進不了站", None, lon=120.6518, lat=24.1945, jitter_m=40)
    s.item(16, "parking", "full", "臺中國際會展中心停車場 小型車位已滿", None, sid="SN-PK-006")
    s.item(18, "rule", "congestion", "中清路車輛偵測器1 平均車速 19 km/h，佔有率 33%（尖峰時段）", None, sid="SN-VD-ZHONGQING-01", severity="Minor")
    s.item(20, "1999", "traffic_accident", "黎明路口那個車禍還在處理，車子一路回堵到環中路口", "crash_liming", lon=120.6540, lat=24.1972, jitter_m=40)
    s.item(21, "status", "offline", "經貿六停車場 車位資訊設備離線 comms_lost", None, sid="SN-PK-002")
    s.item(24, "status", "online", "經貿六停車場 車位資訊設備恢復連線", None, sid="SN-PK-002")
    s.item(24.5, "119", "fire", "會展中心A棟火警 火勢已撲滅，無人受傷，現場排煙中", "fire_hallA", lon=J[0], lat=J[1], follows=f119)
    s.item(25, "1999", "streetlight", "經貿路二段 路燈編號 XT-08812 不亮", None, lon=120.6560, lat=24.1935, jitter_m=20)
    s.item(31, "fire_alarm", "normal", "臺中國際會展中心A棟 第12區 復歸", "fire_hallA", sid="SN-FA-002")
    s.item(38, "119", "ambulance", "傷者已送中國醫藥大學附設醫院，救護車返隊", "crash_liming", lon=L[0], lat=L[1], follows=a1)
    s.item(45, "incident", "accident", "經貿路二段與黎明路三段口 事故車輛已移置路旁，內側車道恢復通行", "crash_liming", lon=L[0], lat=L[1], severity="Minor", follows=p1)
    s.item(52, "rule", "cleared", "經貿路車輛偵測器1 車速恢復 36 km/h，警戒解除", "crash_liming", sid="SN-VD-JINGMAO-01")
    s.incident("crash_liming", "traffic", "經貿路二段/黎明路三段口 機車與自小客車碰撞，騎士受傷送醫，內側車道阻塞造成經貿路回堵", a1)
    s.incident("fire_hallA", "fire", "臺中國際會展中心A棟2樓展場攤位油鍋起火，初期滅火，疏散約300人", f119)
    s.alt("路口攝影機拍到的『東南側遠處煙霧』（信心0.38）是否真的是會展中心的煙，無法確定；另一讀法視為雜訊。",
          add=[], remove=[])
    s.notes = "CCTV-005 在車禍路口，同一分鐘內同時出現車輛停滯與煙霧偵測；煙霧屬會展中心火警，不屬車禍。尖峰壅塞（環中路、中清路）為例行雜訊。"
    return s


# ---------------------------------------------------------------------------
def s172():
    s = Sit(172, "flood_along_jingmao_90min",
            "梅雨鋒面午後強降雨：經貿路三段低窪處起淹，約90分鐘內沿經貿路往北延伸到經貿七路口、往南到中平路口；另有河南路低窪處獨立積水，以及一部自小客車受困積水的救助。滯洪池水位上升屬設計功能。",
            "2026-06-12 14:00")
    jm = lambda la: (120.6592 + (24.184 - la) * (120.6605 - 120.6592) / (24.184 - 24.1725), la) if la < 24.184 else (120.6592 + (la - 24.184) * (120.65685 - 120.6592) / (24.19247 - 24.184), la)
    s.item(0, "rule", "heavy_rain", "西屯站 1小時雨量 46.5 mm，達大雨標準", None, sid="C0F9T0", level="大雨")
    s.item(5, "rule", "heavy_rain", "中央公園雨量站 1小時雨量 52.0 mm，達大雨標準", None, sid="SN-RG-001", level="大雨")
    s.item(10, "rule", "water_level", "水湳區域排水經貿路水位 1.46 m，達三級警戒", "flood_jingmao", sid="SN-WL-003", level="3")
    s.item(12, "rule", "flood_depth", "經貿路低窪處 淹水深度 9 cm", "flood_jingmao", sid="SN-FL-008", level="1-15")
    x = jm(24.1830)
    k1 = s.item(18, "1999", "flooding", "經貿路三段靠近敦化路口，水溝整個滿出來，路面積水到腳踝", "flood_jingmao", lon=x[0], lat=x[1], jitter_m=30)
    s.item(22, "rule", "flood_depth", "經貿路低窪處 淹水深度 22 cm", "flood_jingmao", sid="SN-FL-008", level="16-30")
    s.item(25, "rule", "heavy_rain", "西屯站 3小時雨量 104.0 mm，達豪雨標準", None, sid="C0F9T0", level="豪雨")
    s.item(26, "rule", "flood_depth", "中央公園滯洪池3 水深 62 cm", None, sid="SN-FL-003", level=">30")
    s.item(28, "rule", "water_level", "水湳區域排水經貿路水位 1.83 m，達二級警戒", "flood_jingmao", sid="SN-WL-003", level="2")
    s.item(30, "status", "offline", "中央公園滯洪池5 淹水感測器離線 battery_low", None, sid="SN-FL-005")
    x = jm(24.1840)
    p1 = s.item(30.5, "incident", "flooding_report", "經貿路三段（敦化路至經貿五路）積水約20公分，多輛機車熄火，已派員指揮疏導", "flood_jingmao", lon=x[0], lat=x[1], severity="Moderate")
    s.item(33, "rule", "flood_depth", "經貿路低窪處 淹水深度 34 cm", "flood_jingmao", sid="SN-FL-008", level=">30")
    s.item(33.5, "status", "online", "中央公園滯洪池5 淹水感測器恢復連線", None, sid="SN-FL-005")
    x = jm(24.1862)
    s.item(35, "1999", "flooding", "經貿路三段靠近經貿五路，積水淹進騎樓，一樓店家已經進水", "flood_jingmao", lon=x[0], lat=x[1], jitter_m=30)
    h1 = s.item(38, "rule", "flood_depth", "河南路低窪處 淹水深度 18 cm", "flood_henan", sid="SN-FL-007", level="16-30")
    s.item(40, "rule", "congestion", "經貿路車輛偵測器2 平均車速 9 km/h，佔有率 52%", "flood_jingmao", sid="SN-VD-JINGMAO-02", severity="Moderate")
    s.item(42, "1999", "flooding", "河南路四段靠近中平路口，水淹到人行道，車子開過去浪很大", "flood_henan", lon=120.6522, lat=24.1735, jitter_m=30)
    x = jm(24.1850)
    r1 = s.item(44, "119", "rescue", "北屯區經貿路三段 自小客車涉水熄火受困，車內駕駛及一名孩童無法下車，請求救助，派遣救助隊", "rescue_car", lon=x[0], lat=x[1])
    s.item(45, "rule", "water_level", "中央公園南滯洪池水位 2.08 m，達三級警戒", None, sid="SN-WL-002", level="3")
    x = jm(24.1895)
    s.item(48, "1999", "flooding", "經貿路二段靠近綠美圖，路面開始積水，排水孔一直往上冒水", "flood_jingmao", lon=x[0], lat=x[1], jitter_m=30)
    s.item(50, "1999", "blocked_drain", "綠美圖前面經貿路邊的水溝蓋被落葉塞住，水排不下去", "flood_jingmao", lon=x[0] - 0.0003, lat=x[1] + 0.0004, jitter_m=20)
    x = jm(24.1800)
    p2 = s.item(52, "incident", "road_closure", "經貿路三段敦化路口至中平路口 積水逾30公分 雙向封閉", "flood_jingmao", lon=x[0], lat=x[1], severity="Severe")
    s.item(55, "rule", "congestion", "河南路車輛偵測器1 平均車速 26 km/h，佔有率 28%", None, sid="SN-VD-HENAN-01", severity="Minor", alt="flood_henan")
    s.item(55.5, "119", "rescue", "經貿路三段受困車輛 已將2人救出，無人受傷，車輛留置待拖吊", "rescue_car", lon=P["blockA"][0] + 0.0002, lat=24.1850, follows=r1)
    s.item(58, "cctv", "flooding", "經貿路二段/經貿七路口 路面積水 覆蓋車道線", "flood_jingmao", sid="SN-CCTV-006", conf=0.81)
    s.item(60, "1999", "flooding", "經貿路二段跟經貿七路口，水已經淹過車道線，機車不敢過", "flood_jingmao", lon=P["jm7"][0], lat=P["jm7"][1], jitter_m=40)
    s.item(63, "rule", "flood_depth", "河南路低窪處 淹水深度 31 cm", "flood_henan", sid="SN-FL-007", level=">30")
    s.item(65, "incident", "flooding_report", "河南路四段近中平路口 積水約30公分，已放置三角錐警示", "flood_henan", lon=120.6525, lat=24.1738, severity="Moderate")
    s.item(66, "rule", "heavy_rain", "水湳轉運中心雨量站 3小時雨量 112.5 mm，達豪雨標準", None, sid="SN-RG-002", level="豪雨")
    s.item(70, "rule", "water_level", "水湳區域排水經貿路水位 2.24 m，達一級警戒", "flood_jingmao", sid="SN-WL-003", level="1")
    x = jm(24.1765)
    s.item(72, "1999", "flooding", "經貿路三段往中平路那一段也淹了，中國醫藥大學水湳校區門口過不去", "flood_jingmao", lon=x[0], lat=x[1], jitter_m=30)
    s.item(75, "cctv", "flooding", "經貿路/中平路口 路面積水", "flood_jingmao", sid="SN-CCTV-011", conf=0.77)
    s.item(78, "rule", "congestion", "中平路車輛偵測器1 平均車速 14 km/h，佔有率 41%", "flood_henan", sid="SN-VD-ZHONGPING-01", severity="Moderate", alt=None)
    s.item(80, "incident", "road_closure", "經貿路封閉範圍南延至中平路口，車輛改道中平路", "flood_jingmao", lon=P["jm_zp"][0], lat=P["jm_zp"][1], severity="Severe", follows=p2)
    s.item(85, "1999", "other", "經貿路三段大樓地下室停車場進水，需要抽水機", "flood_jingmao", lon=120.6593, lat=24.1830, jitter_m=20)
    s.item(88, "1999", "streetlight", "敦化路一段 路燈編號 BT-21570 閃爍", None, lon=120.6600, lat=24.1800, jitter_m=30)
    s.item(95, "rule", "flood_depth", "經貿路低窪處 淹水深度 24 cm（退水中）", "flood_jingmao", sid="SN-FL-008", level="16-30")
    s.item(110, "rule", "cleared", "經貿路低窪處 淹水深度 4 cm，警戒解除", "flood_jingmao", sid="SN-FL-008")
    s.incident("flood_jingmao", "flood", "經貿路三段低窪處起淹，90分鐘內沿經貿路北延至經貿七路口、南延至中平路口，道路封閉、店家與地下室進水", k1)
    s.incident("flood_henan", "flood", "河南路四段近中平路低窪處積水約30公分（不同排水系統、不同路段）", h1)
    s.incident("rescue_car", "rescue", "經貿路三段自小客車涉水熄火，駕駛與孩童受困，消防救助", r1)
    s.alt("消防救助是淹水現場的一部分（同一處、同一原因），可併入經貿路淹水事件；河南路與中平路車流變慢亦可視為雨天一般車流（雜訊）或河南路淹水的影響。",
          add=[], remove=["rescue_car"])
    for it in s.items:
        if it["truth"] == "rescue_car":
            it["truth_alt"] = "flood_jingmao"
    s.notes = "雨量警戒為背景（不是派工事件）；滯洪池水深/水位上升是滯洪池的設計功能，未達一級警戒前為雜訊。"
    return s


# ---------------------------------------------------------------------------
def s173():
    s = Sit(173, "apartment_fire_call_burst",
            "週六晚間水湳生態住宅A區12樓住宅火警：火警受信總機、119、警察，以及約三十多通1999民眾來電（包含遠處看到黑煙、地址說錯的來電）；同時段300公尺外B區有一件無關的救護案件，中科路有一件機車自摔。",
            "2026-11-14 19:15")
    A = P["blockA"]
    s.item(0, "fire_alarm", "alarm", "水湳生態住宅A區 12F 住戶 第24區 偵煙式探測器動作", "fire_blockA", sid="SN-FA-011")
    s.item(1.5, "fire_alarm", "alarm", "水湳生態住宅A區 12F 梯廳 第25區 偵煙式探測器動作", "fire_blockA", sid="SN-FA-011")
    s.item(2, "1999", "fire_smoke", "經貿路三段我們大樓12樓有一戶在冒黑煙，警報一直響，大家在往樓下跑", "fire_blockA", lon=A[0], lat=A[1], jitter_m=15)
    f1 = s.item(2.5, "119", "fire", "北屯區經貿路三段 水湳生態住宅A區12樓 住宅火警，濃煙竄出，派遣水箱車4輛、雲梯車1輛、救護車2輛", "fire_blockA", lon=A[0], lat=A[1])
    s.dup(f1, 170)
    texts_near = [
        "經貿路三段有大樓失火，12樓窗戶有火光",
        "對面大樓在燒，黑煙很大，消防車到了沒？",
        "我在經貿五路，看到那棟住宅大樓冒很濃的黑煙",
        "中央公園東邊那棟大樓火災，煙一直往上衝",
        "經貿路三段那邊失火了，味道很重",
        "大樓起火，有人在陽台喊救命",
        "水湳那邊住宅大樓冒煙，請快派人",
        "經貿路上看到高樓冒黑煙，好像是生態住宅那區",
        "我家在隔壁棟，煙飄進來，窗戶都要關起來",
        "公園跑步看到東邊大樓在燒",
        "敦化路一段那邊大樓火災，很大的煙",  # 地址說錯（實為A區）
        "經貿路三段大樓火災，樓下很多人圍觀",
        "住宅大樓12樓起火，火光很明顯",
        "有大樓在燒，黑煙整片，在經貿路跟敦化路附近",
        "我朋友住那棟，說12樓失火，電梯停了",
        "經貿路三段濃煙，車子都停下來看",
        "中央公園旁邊大樓冒火",
        "煙味很重，窗戶不敢開，是哪裡失火？",
        "看到消防車往經貿路開，那棟大樓還在冒煙",
        "大樓火災，煙往北邊飄，綠美圖那邊也聞得到",
        "那棟新蓋的住宅大樓在燒，很恐怖",
        "經貿路三段有火警，路邊很多人",
        "住宅大樓起火，黑煙很大，請確認有沒有人受困",
        "經貿路三段火災，消防車進不去，路邊有車擋住",
        "住宅大樓冒黑煙，我在樓下，上面還有人沒下來",
        "看到一棟大樓十幾樓的窗戶在噴火",
        "中央公園那邊有火災，煙好大",
        "大樓失火，住戶都站在公園這邊",
    ]
    rng = s.rng
    t = 3.0
    for i, tx in enumerate(texts_near):
        t += rng.uniform(0.2, 0.9)
        cat = "other" if "煙味" in tx else "fire_smoke"
        if i == 10:
            lon, lat = 120.6597, 24.1808
        else:
            ang = rng.uniform(0, 6.283)
            r = rng.uniform(60, 450)
            lon, lat = A[0] + r * math.cos(ang) / 101000.0, A[1] + r * math.sin(ang) / 111000.0
        s.item(t, "1999", cat, tx, "fire_blockA", lon=lon, lat=lat, jitter_m=10)
    far = [
        (5.5, 120.6470, 24.1790, "我在逢甲水湳校區，看到東邊有大樓冒黑煙，很大一柱，是不是水湳生態住宅那邊？"),
        (7.2, 120.6500, 24.1968, "從環中路上看到東南方一棟高樓十幾樓有火光跟黑煙"),
        (9.8, 120.6630, 24.1900, "中清路這邊看到西南邊大樓在冒煙，是不是經貿路那邊失火？"),
        (12.4, 120.6420, 24.1800, "西屯這邊都看得到水湳那邊黑煙，是哪裡在燒？"),
    ]
    for tt, lo, la, tx in far:
        s.item(tt, "1999", "fire_smoke", tx, "fire_blockA", lon=lo, lat=la, jitter_m=20)
    s.item(4, "incident", "fire_report", "經貿路三段集合住宅12樓火警，現場濃煙，員警到場疏散住戶並管制車輛", "fire_blockA", lon=A[0], lat=A[1], severity="Severe")
    s.item(6, "cctv", "smoke", "經貿路二段/經貿七路口 畫面南方高處大量煙霧", "fire_blockA", sid="SN-CCTV-006", conf=0.64)
    s.item(9, "incident", "road_closure", "經貿路三段（敦化路至經貿五路）封閉，供消防車輛作業", "fire_blockA", lon=A[0], lat=A[1] + 0.0004, severity="Moderate")
    s.item(10, "rule", "congestion", "經貿路車輛偵測器2 平均車速 7 km/h，佔有率 58%", "fire_blockA", sid="SN-VD-JINGMAO-02", severity="Moderate")
    s.item(12, "119", "ambulance", "經貿路三段火警現場 住戶2人嗆傷，送中國醫藥大學附設醫院", "fire_blockA", lon=A[0], lat=A[1], follows=f1)
    b1 = s.item(14, "119", "ambulance", "北屯區敦化路一段 水湳生態住宅B區8樓 70歲男性胸悶、呼吸困難，有心臟病史，派遣救護車1輛", "ambulance_blockB", lon=P["blockB"][0], lat=P["blockB"][1], alt="fire_blockA")
    s.item(15, "fire_alarm", "fault", "水湳生態住宅B區 受信總機 第3迴路 斷線故障", None, sid="SN-FA-012")
    m1 = s.item(16, "incident", "accident", "中科路 機車自摔，騎士手肘擦傷，自行就醫，車輛已移至路邊", "scooter_zhongke", lon=120.6535, lat=24.1868, severity="Minor")
    s.item(22, "119", "fire", "經貿路三段住宅火警 火勢於19時36分控制", "fire_blockA", lon=A[0], lat=A[1], follows=f1)
    s.item(26, "1999", "noise", "消防車警笛一直響，小孩被吵醒", None, lon=120.6610, lat=24.1850, jitter_m=30)
    s.item(28, "1999", "streetlight", "敦化路一段 路燈編號 BT-21588 不亮", None, lon=120.6604, lat=24.1798, jitter_m=20)
    s.item(33, "119", "ambulance", "敦化路一段 患者已送醫，救護車返隊", "ambulance_blockB", lon=P["blockB"][0], lat=P["blockB"][1], follows=b1, alt="fire_blockA")
    s.item(42, "119", "fire", "經貿路三段住宅火警 火勢撲滅，殘火處理中，1戶全毀", "fire_blockA", lon=A[0], lat=A[1], follows=f1)
    s.item(47, "fire_alarm", "normal", "水湳生態住宅A區 第24區 復歸", "fire_blockA", sid="SN-FA-011")
    s.incident("fire_blockA", "fire", "水湳生態住宅A區（經貿路三段）12樓住宅火警，2人嗆傷，經貿路三段封閉", f1)
    s.incident("ambulance_blockB", "rescue", "生態住宅B區8樓70歲男性胸悶（心臟病史），與火警無關的一般救護", b1)
    s.incident("scooter_zhongke", "traffic", "中科路機車自摔，輕傷自行就醫", m1)
    s.alt("B區救護案件距火場約300公尺、時間重疊，若視為濃煙影響的傷患則併入火警事件。",
          remove=["ambulance_blockB"])
    s.notes = "1999 來電中『敦化路一段那邊大樓火災』地址說錯（B區位於敦化路一段），但描述與時間都是A區火警。消防車警笛噪音抱怨為雜訊。"
    return s


# ---------------------------------------------------------------------------
def s174():
    s = Sit(174, "concert_evening_small_incidents",
            "週六晚間臺中流行影音中心戶外演唱會（約15,000人，19:00–22:00）：進場與散場人潮、停車場滿、噪音與違停抱怨；同時段附近有入口手機失竊、地下停車場車窗遭破壞、觀眾昏厥送醫與河南路/中平路口機車碰撞等無關小事件。",
            "2026-08-22 17:00")
    V = P["popmusic"]
    pe = s.item(120, "planned_event", "concert", "臺中流行影音中心 戶外廣場 演唱會，預估入場15,000人，交通管制時段17:00–23:30，凱旋路、中科路部分車道管制", "concert",
                lon=V[0], lat=V[1], ends=local("2026-08-22 22:00"), arrival=local("2026-08-12 09:30"))
    s.item(120, "planned_event", "concert", "演唱會許可變更：開放入場時間提前至17:30，散場接駁車改由水湳轉運中心發車", "concert",
           lon=V[0], lat=V[1], ends=local("2026-08-22 22:00"), follows=pe, arrival=local("2026-08-19 15:10"))
    s.item(20, "parking", "full", "中央公園地下停車場(北) 小型車位已滿", "concert", sid="SN-PK-004")
    s.item(30, "rule", "congestion", "河南路車輛偵測器2 平均車速 27 km/h，佔有率 26%", None, sid="SN-VD-HENAN-02", severity="Minor")
    s.item(35, "parking", "full", "中央公園地下停車場(南) 小型車位已滿", "concert", sid="SN-PK-005")
    s.item(40, "rule", "congestion", "凱旋路車輛偵測器2 平均車速 12 km/h，佔有率 44%", "concert", sid="SN-VD-KAIXUAN-02", severity="Moderate")
    s.item(45, "cctv", "crowding", "黎明路三段/凱旋路口 大量行人往南移動", "concert", sid="SN-CCTV-007", conf=0.70)
    s.item(50, "1999", "illegal_parking", "凱旋路往影音中心那段，機車停滿人行道，人都要走到馬路上", "concert", lon=120.6512, lat=24.1880, jitter_m=50, alt=None)
    s.item(55, "rule", "congestion", "中科路車輛偵測器1 平均車速 10 km/h，佔有率 49%", "concert", sid="SN-VD-ZHONGKE-01", severity="Moderate")
    s.item(60, "incident", "crowd_control", "影音中心入口 排隊人龍延伸至凱旋路，增派警力疏導", "concert", lon=V[0], lat=V[1] + 0.0006, severity="Moderate")
    s.item(75, "1999", "crowding", "中科路這邊人行道人太多，擠到車道上，很危險", "concert", lon=120.6533, lat=24.1865, jitter_m=40)
    t1 = s.item(90, "incident", "theft", "影音中心入口安檢區 民眾手機遭竊，報案人女性22歲，已調閱監視器", "theft_entrance", lon=V[0] + 0.0002, lat=V[1] + 0.0003, severity="Minor")
    s.item(95, "1999", "noise", "演唱會聲音太大，家裡窗戶都在震", "concert", lon=120.6588, lat=24.1845, jitter_m=40)
    f1 = s.item(100, "119", "ambulance", "臺中流行影音中心 演唱會搖滾區 女性約20歲 疑似中暑昏厥，派遣救護車1輛", "faint_concert", lon=V[0], lat=V[1], alt="concert")
    c1 = s.item(105, "incident", "injury_accident", "河南路四段與中平路口 兩部機車碰撞，1人受傷，佔用路口", "crash_henan", lon=P["hn_zp"][0], lat=P["hn_zp"][1], severity="Moderate")
    s.item(106, "cctv", "stalled_vehicle", "河南路/中平路口 路口內車輛停滯", "crash_henan", sid="SN-CCTV-010", conf=0.66)
    s.item(110, "119", "ambulance", "河南路四段與中平路口 機車碰撞 1人手腳擦傷，派遣救護車", "crash_henan", lon=P["hn_zp"][0], lat=P["hn_zp"][1])
    s.item(118, "1999", "streetlight", "敦化路一段 路燈編號 BT-21602 不亮", None, lon=120.6606, lat=24.1803, jitter_m=20)
    s.item(125, "1999", "noise", "影音中心演唱會低音一直轟，吵到沒辦法睡", "concert", lon=120.6575, lat=24.1830, jitter_m=40)
    s.item(130, "status", "offline", "黎明路三段/凱旋路口監視器 離線 comms_lost", None, sid="SN-CCTV-007")
    s.item(133, "status", "online", "黎明路三段/凱旋路口監視器 恢復連線", None, sid="SN-CCTV-007")
    b1 = s.item(140, "incident", "theft", "中央公園地下停車場(南) 自小客車車窗遭破壞，車內背包失竊", "carbreakin_pk5", lon=120.6560, lat=24.1790, severity="Minor")
    s.item(150, "1999", "noise", "經貿路三段 演唱會音量過大，已經九點多了", "concert", lon=120.6592, lat=24.1838, jitter_m=40)
    s.item(160, "fire_alarm", "alarm", "逢甲大學水湳校區 1F 第4區 偵煙式探測器動作", None, sid="SN-FA-009")
    s.item(163, "fire_alarm", "normal", "逢甲大學水湳校區 第4區 復歸", None, sid="SN-FA-009")
    s.item(185, "cctv", "crowding", "中科路/環中路二段口 散場人潮湧向轉運中心", "concert", sid="SN-CCTV-003", conf=0.83)
    s.item(190, "rule", "congestion", "環中路車輛偵測器3 平均車速 13 km/h，佔有率 47%", "concert", sid="SN-VD-HUANZHONG-03", severity="Moderate")
    s.item(200, "incident", "crowd_control", "散場人潮 中科路暫時封閉外側車道供行人通行", "concert", lon=120.6532, lat=24.1900, severity="Moderate")
    s.item(215, "rule", "congestion", "凱旋路車輛偵測器1 平均車速 15 km/h，佔有率 39%", "concert", sid="SN-VD-KAIXUAN-01", severity="Moderate")
    s.item(230, "1999", "illegal_parking", "散場後敦化路一堆車並排臨停接人，公車過不去", "concert", lon=120.6598, lat=24.1860, jitter_m=40, alt=None)
    s.incident("concert", "crowd", "臺中流行影音中心演唱會（約15,000人）進散場人潮、交通與噪音管理", pe)
    s.incident("theft_entrance", "public_safety", "影音中心入口安檢區手機遭竊", t1)
    s.incident("faint_concert", "rescue", "演唱會觀眾疑中暑昏厥送醫", f1)
    s.incident("crash_henan", "traffic", "河南路四段/中平路口兩機車碰撞，1人受傷", c1)
    s.incident("carbreakin_pk5", "public_safety", "中央公園地下停車場(南)車窗遭破壞失竊（與入口手機失竊無關）", b1)
    s.alt("演唱會中的觀眾送醫可視為活動勤務的一部分（併入活動事件）；活動造成的違停抱怨也可視為環保/交通例行案件（雜訊）。",
          remove=["faint_concert"])
    s.notes = "許可於活動前10天送達，observed 為活動開始時間，ends 為結束時間；許可的範圍（area/半徑）格式無法表達。逢甲水湳校區偵煙器動作後3分鐘復歸、無其他佐證，視為誤報雜訊。"
    return s


# ---------------------------------------------------------------------------
def s175():
    s = Sit(175, "truck_spill_messy_delivery",
            "週一早上尖峰：大貨車於環中路二段/經貿路口撞倒號誌桿並翻覆，柴油外洩；回堵造成凱旋路口追撞（次生事故）；同時臺灣大道/環中路口號誌全暗。資料送達混亂：警方報告晚28分鐘、後續報告先於原報告到達、119案件重複送達、監視器時鐘慢9分鐘、一筆1999時間戳誤差8小時、偵測器資料批次補傳。",
            "2026-03-09 07:50")
    X = P["hz_jm"]
    s.item(-5, "rule", "congestion", "河南路車輛偵測器1 平均車速 22 km/h，佔有率 34%（尖峰時段）", None, sid="SN-VD-HENAN-01", severity="Minor")
    a1 = s.item(2, "119", "rescue", "西屯區環中路二段與經貿路口 大貨車翻覆，駕駛受困車內，派遣救助隊、救護車", "truck_hz", lon=X[0], lat=X[1])
    s.dup(a1, 40)
    s.dup(a1, 300)
    p1 = s.item(3, "incident", "injury_accident", "環中路二段與經貿路口 大貨車自撞號誌桿後翻覆，駕駛受傷受困，貨車油箱破裂漏油，佔用往東全部車道", "truck_hz", lon=X[0], lat=X[1], severity="Severe", arrival=31)
    s.item(3.5, "signal", "fault", "經貿路二段/環中路二段 號誌控制器通訊中斷 燈號異常", "truck_hz", sid="SN-SIG-004")
    s.item(5, "cctv", "stalled_vehicle", "經貿路二段/環中路二段口 大型車輛橫躺車道", "truck_hz", sid="SN-CCTV-004", conf=0.88, obs_shift_s=-540)
    v1 = s.item(6, "rule", "congestion", "環中路車輛偵測器3 平均車速 8 km/h，佔有率 61%", "truck_hz", sid="SN-VD-HUANZHONG-03", severity="Moderate", arrival=48)
    s.item(7, "1999", "traffic_accident", "環中路經貿路口大貨車翻覆，油漏滿地，機車不要騎過來", "truck_hz", lon=X[0] - 0.0004, lat=X[1] - 0.0002, jitter_m=30, obs_shift_s=-28800)
    h1 = s.item(9, "119", "hazmat", "環中路二段與經貿路口 翻覆貨車柴油外洩約200公升，派遣化學車及吸油棉", "truck_hz", lon=X[0], lat=X[1], follows=a1)
    s.item(12, "rule", "congestion", "環中路車輛偵測器2 平均車速 6 km/h，佔有率 66%", "truck_hz", sid="SN-VD-HUANZHONG-02", severity="Moderate")
    pc = s.item(14, "incident", "road_closure", "環中路二段往東 凱旋路口至經貿路口封閉，車輛改道黎明路", "truck_hz", lon=X[0] - 0.002, lat=X[1] - 0.0007, severity="Severe", follows=p1, arrival=20)
    s.item(16, "rule", "congestion", "環中路車輛偵測器3 平均車速 4 km/h，佔有率 72%", "truck_hz", sid="SN-VD-HUANZHONG-03", severity="Moderate", arrival=48.2)
    q1 = s.item(18, "incident", "accident", "環中路二段與凱旋路口 往東車流回堵，自小客車追撞2車，無人受傷", "rearend_kaixuan", lon=P["hz_kx"][0], lat=P["hz_kx"][1], severity="Minor", alt="truck_hz")
    s.item(18.5, "cctv", "stalled_vehicle", "凱旋路/環中路二段口 車輛停滯", "rearend_kaixuan", sid="SN-CCTV-002", conf=0.74, alt="truck_hz")
    s.item(20, "1999", "illegal_parking", "黎明路三段早上臨停卸貨，佔住機車道", None, lon=120.6510, lat=24.1942, jitter_m=40)
    s.item(22, "rule", "congestion", "中清路車輛偵測器2 平均車速 21 km/h，佔有率 30%（尖峰時段）", None, sid="SN-VD-ZHONGQING-02", severity="Minor")
    g1 = s.item(25, "signal", "fault", "臺灣大道/環中路 號誌 燈號全暗", "signal_taiwan", sid="SN-SIG-009")
    g2 = s.item(26, "cctv", "signal_dark", "臺灣大道/環中路口 號誌燈不亮", "signal_taiwan", sid="SN-CCTV-009", conf=0.91)
    s.dup(g2, 25)
    s.item(27, "1999", "other", "臺灣大道環中路口紅綠燈全部暗掉，車子亂開", "signal_taiwan", lon=P["tw_hz"][0], lat=P["tw_hz"][1], jitter_m=40)
    s.item(30, "incident", "traffic_signal_fault", "臺灣大道與環中路口 號誌故障，派員手勢指揮", "signal_taiwan", lon=P["tw_hz"][0], lat=P["tw_hz"][1], severity="Moderate")
    s.item(40, "119", "rescue", "環中路二段與經貿路口 受困駕駛已救出，送中國醫藥大學附設醫院", "truck_hz", lon=X[0], lat=X[1], follows=a1, obs_shift_s=-28800)
    s.item(55, "119", "hazmat", "柴油外洩已吸附完成，交由環保局清理路面", "truck_hz", lon=X[0], lat=X[1], follows=h1)
    s.item(80, "signal", "restored", "臺灣大道/環中路 號誌恢復正常", "signal_taiwan", sid="SN-SIG-009")
    s.item(95, "incident", "road_closure", "翻覆貨車吊離，環中路二段往東恢復通行", "truck_hz", lon=X[0], lat=X[1], severity="Minor", follows=p1)
    s.item(100, "signal", "restored", "經貿路二段/環中路二段 號誌恢復正常（臨時號誌桿）", "truck_hz", sid="SN-SIG-004")
    s.dup(v1, 3600)
    s.incident("truck_hz", "traffic", "環中路二段/經貿路口大貨車撞號誌桿翻覆，駕駛受困，柴油外洩約200公升，往東封閉", a1)
    s.incident("rearend_kaixuan", "traffic", "事故回堵車流尾端（凱旋路口）自小客車追撞，無人受傷", q1)
    s.incident("signal_taiwan", "traffic", "臺灣大道/環中路口號誌全暗（與貨車事故無關，約3公里外）", g2)
    s.alt("回堵尾端的追撞是主事故造成的次生事故，可視為同一個現場勤務（併入貨車事故）。",
          remove=["rearend_kaixuan"])
    s.notes = ("送達問題：%s 警方報告延遲28分鐘到達，且其後續報告 %s 先到；119 救助案 %s 重複送達3次；" % (p1, pc, a1) +
               "CCTV-004 時鐘慢9分鐘；一筆1999與一筆119後續的 observed 比真實時間早8小時（時區重複換算）；"
               "偵測器3的兩筆壅塞警戒於48分鐘後批次補傳，其中一筆1小時後再重送一次。")
    return s


# ---------------------------------------------------------------------------
def s176():
    s = Sit(176, "north_hub_gateway_offline",
            "週二凌晨水湳轉運中心一帶的感測器閘道通訊中斷：多個不同種類的設備在一分鐘內同時離線，約95分鐘後恢復。期間轉運中心前有機車騎士倒地（感測器看不到），逢甲水湳校區旁有酒醉滋事；另有單一偵測器短暫斷線與水資源回收中心的計畫性維護。",
            "2026-05-19 02:10")
    gw = [("SN-RG-002", 0.0), ("SN-FL-006", 0.2), ("SN-PK-001", 0.3), ("SN-VD-JINGMAO-01", 0.35),
          ("SN-FA-001", 0.5), ("SN-VD-HUANZHONG-03", 0.6), ("SN-CCTV-004", 0.7), ("SN-PK-002", 0.8),
          ("SN-VD-LIMING-01", 0.9)]
    names = {"SN-RG-002": "水湳轉運中心雨量站", "SN-FL-006": "中清環中路口地下道淹水感測器", "SN-PK-001": "水湳轉運中心停車場",
             "SN-VD-JINGMAO-01": "經貿路車輛偵測器1", "SN-FA-001": "水湳轉運中心火警受信總機", "SN-VD-HUANZHONG-03": "環中路車輛偵測器3",
             "SN-CCTV-004": "經貿路二段/環中路二段口監視器", "SN-PK-002": "經貿六停車場", "SN-VD-LIMING-01": "黎明路車輛偵測器1"}
    s.item(-10, "status", "offline", "水湳水資源回收中心火警受信總機 離線 maintenance（計畫性維護 02:00–04:00）", None, sid="SN-FA-008")
    keys = []
    for sid, t in gw:
        keys.append(s.item(t, "status", "offline", names[sid] + " 離線 comms_lost", "gateway_hub", sid=sid, delay=3))
    for sid, t in gw:
        if sid in ("SN-FA-001", "SN-CCTV-004"):
            continue
        s.item(t + 10.5, "rule", "sensor_offline", names[sid] + " 超過預期回報間隔未回報（status offline: comms_lost）", "gateway_hub", sid=sid)
    s.item(20, "status", "offline", "河南路車輛偵測器2 離線 comms_lost", None, sid="SN-VD-HENAN-02")
    s.item(23, "status", "online", "河南路車輛偵測器2 恢復連線", None, sid="SN-VD-HENAN-02")
    r0 = s.item(38, "1999", "traffic_accident", "環中路二段轉運中心前面，有一台機車倒在路邊，人躺在地上不太動", "rider_down_hub", lon=120.6531, lat=24.1981, jitter_m=20)
    r1 = s.item(40, "119", "ambulance", "西屯區環中路二段 水湳轉運中心前 機車騎士倒地，疑自摔，意識模糊，派遣救護車1輛", "rider_down_hub", lon=120.6531, lat=24.1981)
    s.item(47, "incident", "injury_accident", "環中路二段轉運中心前 機車自摔，騎士頭部受傷送醫，酒測值待測", "rider_down_hub", lon=120.6531, lat=24.1981, severity="Moderate")
    d1 = s.item(52, "incident", "public_disturbance", "逢甲大學水湳校區旁 酒醉男子大聲喧嘩並與路人發生口角，員警到場處理", "drunk_fcu", lon=P["fcu"][0] - 0.0005, lat=P["fcu"][1] + 0.0004, severity="Minor")
    s.item(55, "1999", "noise", "中平路那邊半夜還在施工，機具很吵", None, lon=120.6560, lat=24.1712, jitter_m=40)
    s.item(70, "1999", "streetlight", "黎明路三段 路燈編號 XT-08977 不亮", None, lon=120.6525, lat=24.1950, jitter_m=20)
    for sid, t in gw:
        s.item(95 + t, "status", "online", names[sid] + " 恢復連線", "gateway_hub", sid=sid, delay=4)
    s.item(96.5, "fire_alarm", "fault", "水湳轉運中心 受信總機 通訊中斷紀錄（02:10–03:45）", "gateway_hub", sid="SN-FA-001")
    s.item(110, "status", "online", "水湳水資源回收中心火警受信總機 恢復連線（維護完成）", None, sid="SN-FA-008")
    s.incident("gateway_hub", "infrastructure", "水湳轉運中心一帶感測器閘道通訊中斷，9個設備同時離線約95分鐘（需派維護廠商）", keys[2])
    s.incident("rider_down_hub", "rescue", "環中路二段轉運中心前機車騎士自摔倒地、頭部受傷（發生在感測器失聯區內，感測器無資料）", r1)
    s.incident("drunk_fcu", "public_safety", "逢甲水湳校區旁酒醉男子滋事", d1)
    s.notes = "閘道事件以第3個同區設備離線為開案時點；單一偵測器3分鐘斷線與計畫性維護離線為雜訊。騎士倒地事件類型可視為 rescue 或 traffic，兩者皆可。"
    return s


# ---------------------------------------------------------------------------
def s177():
    s = Sit(177, "typhoon_night_trees_outage",
            "颱風夜：中科路兩處路樹倒塌（相距約800公尺、相隔40分鐘）、黎明路招牌掉落、臺灣大道環中路口地下道積水封閉、中央公園北滯洪池達一級警戒，以及凱旋路一帶停電造成號誌全暗。大量雨量與滯洪池警戒為背景。",
            "2026-09-03 20:00")
    s.item(0, "rule", "heavy_rain", "西屯站 24小時雨量 362.0 mm，達大豪雨標準", None, sid="C0F9T0", level="大豪雨")
    s.item(4, "rule", "heavy_rain", "中央公園雨量站 3小時雨量 128.5 mm，達豪雨標準", None, sid="SN-RG-001", level="豪雨")
    s.item(8, "rule", "flood_depth", "中央公園滯洪池1 水深 48 cm", None, sid="SN-FL-001", level=">30")
    s.item(9, "rule", "flood_depth", "中央公園滯洪池2 水深 41 cm", None, sid="SN-FL-002", level=">30")
    n1 = s.item(15, "1999", "fallen_tree", "中科路靠近環中路這邊，一棵路樹倒下來擋住兩個車道", "tree_zhongke_n", lon=120.6527, lat=24.1935, jitter_m=30)
    s.item(17, "cctv", "fallen_object", "中科路/環中路二段口 南側車道有大型障礙物", "tree_zhongke_n", sid="SN-CCTV-003", conf=0.69)
    n2 = s.item(20, "incident", "fallen_object", "中科路（環中路口南約150公尺）路樹倒塌 阻斷南下兩車道，已設置警示", "tree_zhongke_n", lon=120.6527, lat=24.1935, severity="Moderate")
    s.item(24, "rule", "flood_depth", "臺灣大道環中路口地下道 淹水深度 14 cm", "underpass_tw", sid="SN-FL-010", level="1-15")
    u1 = s.item(31, "rule", "flood_depth", "臺灣大道環中路口地下道 淹水深度 27 cm", "underpass_tw", sid="SN-FL-010", level="16-30")
    s.item(34, "rule", "water_level", "中央公園北滯洪池水位 2.54 m，達二級警戒", "pond_north", sid="SN-WL-001", level="2", alt=None)
    o1 = s.item(36, "signal", "fault", "黎明路三段/凱旋路 號誌 燈號全暗", "outage_kaixuan", sid="SN-SIG-007")
    s.item(36.3, "status", "offline", "凱旋路車輛偵測器1 離線 mains_power_lost", "outage_kaixuan", sid="SN-VD-KAIXUAN-01")
    s.item(36.4, "status", "offline", "黎明路三段/凱旋路口監視器 離線 mains_power_lost", "outage_kaixuan", sid="SN-CCTV-007")
    o2 = s.item(37, "signal", "fault", "凱旋路/環中路二段 號誌 燈號全暗", "outage_kaixuan", sid="SN-SIG-002")
    s.item(38, "incident", "road_closure", "臺灣大道環中路口地下道 積水 雙向封閉", "underpass_tw", lon=P["tw_hz"][0] + 0.0015, lat=P["tw_hz"][1] + 0.0011, severity="Severe")
    o3 = s.item(40, "1999", "streetlight", "凱旋路黎明路那一帶整排路燈都不亮，紅綠燈也暗了，附近住家好像也停電", "outage_kaixuan", lon=120.6495, lat=24.1925, jitter_m=50)
    s.item(44, "rule", "flood_depth", "臺灣大道環中路口地下道 淹水深度 46 cm", "underpass_tw", sid="SN-FL-010", level=">30")
    s.item(46, "incident", "traffic_signal_fault", "黎明路三段與凱旋路口 號誌全暗（停電），派員指揮", "outage_kaixuan", lon=P["lm_kx"][0], lat=P["lm_kx"][1], severity="Moderate", alt="signals_kaixuan")
    g1 = s.item(50, "1999", "other", "黎明路三段有店家招牌被吹下來掉在機車道上", "signboard_liming", lon=120.6520, lat=24.1947, jitter_m=20)
    s.item(52, "1999", "other", "請問哪裡可以領沙包？", None, lon=120.6610, lat=24.1840, jitter_m=60)
    s1 = s.item(55, "1999", "fallen_tree", "中科路靠近中央公園這邊又一棵樹倒了，樹幹橫在路中間", "tree_zhongke_s", lon=120.6535, lat=24.1862, jitter_m=30)
    s.item(56, "incident", "fallen_object", "黎明路三段 招牌掉落機車道，已移除至人行道", "signboard_liming", lon=120.6520, lat=24.1947, severity="Minor")
    s.item(58, "rule", "flood_depth", "中央公園滯洪池3 水深 66 cm", None, sid="SN-FL-003", level=">30")
    s2 = s.item(60, "incident", "fallen_object", "中科路（中央公園旁）路樹倒塌橫躺車道，雙向阻斷", "tree_zhongke_s", lon=120.6535, lat=24.1862, severity="Severe")
    s.item(62, "rule", "congestion", "中科路車輛偵測器1 平均車速 5 km/h，佔有率 55%", "tree_zhongke_s", sid="SN-VD-ZHONGKE-01", severity="Moderate")
    w1 = s.item(68, "rule", "water_level", "中央公園北滯洪池水位 3.04 m，達一級警戒", "pond_north", sid="SN-WL-001", level="1")
    s.item(70, "rule", "flood_depth", "中央公園滯洪池1 水深 88 cm", "pond_north", sid="SN-FL-001", level=">30", alt=None)
    s.item(74, "1999", "flooding", "中央公園北邊步道旁的滯洪池水快滿出來了，水流到步道上", "pond_north", lon=120.6560, lat=24.1890, jitter_m=30)
    s.item(80, "incident", "fallen_object", "中科路（環中路口南）倒樹已鋸除，南下一車道恢復通行", "tree_zhongke_n", lon=120.6527, lat=24.1935, severity="Minor", follows=n2)
    s.item(85, "rule", "heavy_rain", "水湳轉運中心雨量站 1小時雨量 61.0 mm，達大雨標準", None, sid="SN-RG-002", level="大雨")
    s.item(90, "1999", "streetlight", "凱旋路二段 路燈不亮（颱風停電）", "outage_kaixuan", lon=120.6505, lat=24.1895, jitter_m=40)
    s.item(95, "status", "offline", "北屯雨量站 離線 battery_low", None, sid="SN-RG-003")
    s.item(110, "rule", "flood_depth", "臺灣大道環中路口地下道 淹水深度 22 cm（退水中）", "underpass_tw", sid="SN-FL-010", level="16-30")
    s.item(130, "signal", "restored", "黎明路三段/凱旋路 號誌恢復正常", "outage_kaixuan", sid="SN-SIG-007", alt="signals_kaixuan")
    s.item(130.5, "signal", "restored", "凱旋路/環中路二段 號誌恢復正常", "outage_kaixuan", sid="SN-SIG-002", alt="signals_kaixuan")
    s.item(131, "status", "online", "凱旋路車輛偵測器1 恢復連線", "outage_kaixuan", sid="SN-VD-KAIXUAN-01")
    s.item(131.2, "status", "online", "黎明路三段/凱旋路口監視器 恢復連線", "outage_kaixuan", sid="SN-CCTV-007")
    s.item(140, "rule", "water_level", "中央公園北滯洪池水位 2.48 m，降至三級警戒以下", "pond_north", sid="SN-WL-001", level="3")
    for it in s.items:
        if it["key"] in (o1, o2):
            it["truth_alt"] = "signals_kaixuan"
    s.incident("tree_zhongke_n", "traffic", "中科路（環中路口南）路樹倒塌阻斷南下車道", n1)
    s.incident("tree_zhongke_s", "traffic", "中科路（中央公園旁）另一棵路樹倒塌雙向阻斷（相距約800公尺、晚40分鐘，另一組鋸樹人力）", s1)
    s.incident("signboard_liming", "public_safety", "黎明路三段店家招牌掉落機車道", g1)
    s.incident("underpass_tw", "flood", "臺灣大道環中路口地下道積水逾30公分，雙向封閉", u1)
    s.incident("pond_north", "flood", "中央公園北滯洪池達一級警戒，水溢流至步道（需水利局抽水/警戒）", w1)
    s.incident("outage_kaixuan", "infrastructure", "凱旋路/黎明路一帶颱風停電：兩處號誌全暗、路燈不亮、設備斷電（台電搶修與路口指揮）", o2)
    s.alt("停電造成的號誌全暗可另開交通事件（路口指揮是交通勤務，台電搶修是另一個工作）；滯洪池二級警戒與池內水深屬設計功能，可視為雜訊，直到一級警戒。",
          add=[("outage_kaixuan", "infrastructure", "凱旋路/黎明路一帶颱風停電：路燈不亮、設備斷電（台電搶修）", o3),
               ("signals_kaixuan", "traffic", "凱旋路一帶兩處號誌全暗，派員指揮", o1)],
          remove=["outage_kaixuan"])
    s.notes = "滯洪池1–3的水深警戒、雨量警戒為背景；只有北滯洪池達一級警戒並溢流才開事件。招牌掉落 1999 以 other 類別送出（1999 沒有掉落物類別，文字也不含關鍵字）。"
    return s


# ---------------------------------------------------------------------------
def s178():
    s = Sit(178, "wrongway_and_wandering_elder",
            "週六深夜兩件會移動的事件：一部逆向自小客車沿環中路二段由西往東行駛約1.5公里，經多支監視器與民眾通報，最後在中清路口與機車對撞；另一位失智長者從中國醫藥大學水湳校區附近住家走失，兩小時內在河南路停車場、中央公園步道被看見，最後在綠美圖前尋獲。",
            "2026-12-05 23:40")
    w1 = s.item(0, "cctv", "wrong_way", "台74線/環中路二段口 自小客車逆向往東", "wrongway_hz", sid="SN-CCTV-001", conf=0.78)
    s.item(1, "1999", "other", "環中路上有一台白色轎車逆向往中清方向開，很危險", "wrongway_hz", lon=120.6488, lat=24.1968, jitter_m=30)
    w2 = s.item(1.6, "cctv", "wrong_way", "凱旋路/環中路二段口 自小客車逆向往東", "wrongway_hz", sid="SN-CCTV-002", conf=0.84)
    s.item(3, "cctv", "wrong_way", "中科路/環中路二段口 自小客車逆向", "wrongway_hz", sid="SN-CCTV-003", conf=0.90)
    p1 = s.item(3.4, "incident", "wrong_way_driver", "環中路二段 白色自小客車逆向往東行駛，巡邏車沿線攔查中", "wrongway_hz", lon=P["hz_zk"][0], lat=P["hz_zk"][1], severity="Severe")
    s.item(4.5, "cctv", "wrong_way", "經貿路二段/環中路二段口 自小客車逆向", "wrongway_hz", sid="SN-CCTV-004", conf=0.87)
    c1 = s.item(6.2, "incident", "injury_accident", "環中路與中清路口 逆向自小客車與機車對撞，機車騎士重傷，逆向駕駛疑似酒駕已控制", "wrongway_hz", lon=P["hz_zq"][0], lat=P["hz_zq"][1], severity="Severe", follows=p1, alt="crash_zhongqing")
    s.item(6.5, "cctv", "stalled_vehicle", "中清路/環中路口 兩車停滯於路口", "wrongway_hz", sid="SN-CCTV-008", conf=0.80, alt="crash_zhongqing")
    s.item(7, "119", "ambulance", "北屯區環中路與中清路口 車禍 機車騎士重傷 意識不清，派遣救護車2輛", "wrongway_hz", lon=P["hz_zq"][0], lat=P["hz_zq"][1], alt="crash_zhongqing")
    s.item(7.4, "1999", "traffic_accident", "中清路環中路口剛剛很大一聲，車子撞在一起", "wrongway_hz", lon=120.6580, lat=24.1985, jitter_m=30, alt="crash_zhongqing")
    s.item(15, "rule", "congestion", "環中路車輛偵測器3 平均車速 12 km/h，佔有率 38%", "wrongway_hz", sid="SN-VD-HUANZHONG-03", severity="Moderate", alt="crash_zhongqing")
    # the wandering elder (started before the base time)
    m0 = s.item(-88, "1999", "other", "我爸爸有失智，晚上九點多從中國醫藥大學水湳校區附近的家走出去沒回來，穿藍色外套、灰色長褲，78歲", "elder_missing", lon=P["cmu"][0] + 0.0008, lat=P["cmu"][1] - 0.0004)
    m1 = s.item(-80, "incident", "other", "失蹤人口協尋：78歲男性，失智，21時許自北屯區住家走失，藍色外套灰色長褲", "elder_missing", lon=P["cmu"][0] + 0.0008, lat=P["cmu"][1] - 0.0004, severity="Moderate")
    s.item(-62, "1999", "other", "河南路停車場有一位阿伯穿藍色外套一直繞來繞去，好像迷路了", "elder_missing", lon=120.6530, lat=24.1748, jitter_m=20)
    s.item(-25, "1999", "other", "中央公園逢甲水湳校區那側步道，有老先生一直問路，講不清楚要去哪裡", "elder_missing", lon=120.6540, lat=24.1800, jitter_m=30)
    s.item(5, "1999", "other", "綠美圖門口有一個老人坐在地上發抖，穿藍色外套", "elder_missing", lon=P["museum"][0], lat=P["museum"][1] - 0.0003, jitter_m=15)
    s.item(12, "incident", "other", "於臺中綠美圖前廣場尋獲走失長者，通知家屬", "elder_missing", lon=P["museum"][0], lat=P["museum"][1] - 0.0003, severity="Minor", follows=m1)
    s.item(15.5, "119", "ambulance", "臺中綠美圖前 78歲失智長者 疑似失溫 意識清楚，送醫檢查", "elder_missing", lon=P["museum"][0], lat=P["museum"][1] - 0.0003)
    # noise
    s.item(-70, "1999", "noise", "逢甲水湳校區旁邊宿舍有人開派對很吵", None, lon=120.6505, lat=24.1795, jitter_m=40)
    s.item(-50, "status", "offline", "中平路車輛偵測器2 離線 comms_lost", None, sid="SN-VD-ZHONGPING-02")
    s.item(-47, "status", "online", "中平路車輛偵測器2 恢復連線", None, sid="SN-VD-ZHONGPING-02")
    s.item(-30, "fire_alarm", "fault", "臺中流行影音中心 受信總機 第2迴路 接地故障", None, sid="SN-FA-006")
    s.item(-20, "1999", "illegal_parking", "敦化路一段 有車停在消防栓前面", None, lon=120.6602, lat=24.1822, jitter_m=30)
    s.item(30, "1999", "streetlight", "經貿路二段 路燈編號 XT-08840 忽明忽暗", None, lon=120.6562, lat=24.1935, jitter_m=20)
    s.incident("wrongway_hz", "traffic", "逆向自小客車沿環中路二段由台74線口往東約1.5公里，最後於中清路口與機車對撞（騎士重傷），同一輛車、同一追緝勤務", w2)
    s.incident("elder_missing", "rescue", "78歲失智長者自中國醫藥大學水湳校區附近走失，沿河南路停車場、中央公園步道移動，於綠美圖前尋獲送醫", m0)
    s.alt("中清路口的對撞需要救護與事故處理，可另開一件交通事故事件（與逆向追緝分開）。",
          add=[("crash_zhongqing", "traffic", "環中路/中清路口逆向車與機車對撞，騎士重傷", c1)])
    s.notes = "逆向車以第二支監視器（連續兩處逆向）作為開案時點。長者走失事件最早的證據在基準時間前88分鐘，地點一路移動約2.5公里。"
    return s


# ---------------------------------------------------------------------------
def s179():
    s = Sit(179, "campus_chlorine_and_gas_leak",
            "週三上午逢甲大學水湳校區實驗室藥劑誤混產生氯氣：師生疏散、3人嗆傷、道路管制；下風處民眾陸續通報異味，最遠約1.8公里、50分鐘後。同時中清路一家餐廳後巷瓦斯管線洩漏（另一件，約1.5公里外）。",
            "2026-04-22 10:20")
    F = P["fcu"]
    s.item(0, "1999", "gas_odor", "逢甲水湳校區旁邊聞到很刺鼻的味道，像漂白水，眼睛很痛", "chlorine_fcu", lon=F[0] - 0.0006, lat=F[1] + 0.0003, jitter_m=20)
    h1 = s.item(2, "119", "hazmat", "西屯區 逢甲大學水湳校區 實驗大樓3樓化學實驗室 次氯酸鈉與酸液誤混產生氯氣，師生約120人疏散，派遣化學車、救護車", "chlorine_fcu", lon=F[0], lat=F[1])
    s.item(4, "119", "ambulance", "逢甲水湳校區 學生3人吸入性嗆傷，咳嗽、眼睛刺痛，送中國醫藥大學附設醫院", "chlorine_fcu", lon=F[0], lat=F[1], follows=h1)
    s.item(5, "incident", "hazmat_report", "逢甲大學水湳校區實驗室氯氣外洩，員警協助疏散與周邊警戒", "chlorine_fcu", lon=F[0], lat=F[1], severity="Severe")
    s.item(8, "incident", "road_closure", "中科路南段（河南路口至中央公園西側入口）暫時管制，禁止行人車輛進入", "chlorine_fcu", lon=120.6536, lat=24.1790, severity="Moderate")
    s.item(9, "rule", "congestion", "中科路車輛偵測器1 平均車速 16 km/h，佔有率 35%", "chlorine_fcu", sid="SN-VD-ZHONGKE-01", severity="Minor", alt=None)
    s.item(12, "1999", "gas_odor", "中央公園西側步道有一股怪味，很嗆", "chlorine_fcu", lon=120.6550, lat=24.1800, jitter_m=30)
    s.item(15, "1999", "gas_odor", "河南路這邊也聞到氯的味道，是不是哪裡在漏？", "chlorine_fcu", lon=P["hn_zp"][0] + 0.0008, lat=P["hn_zp"][1] + 0.0006, jitter_m=30)
    s.item(18, "1999", "環境公害", "中平路工地揚塵很大，車子都是灰", None, lon=120.6570, lat=24.1715, jitter_m=40)
    s.item(25, "1999", "other", "我小孩在逢甲水湳校區上課，學校疏散到哪裡？有沒有人受傷？", "chlorine_fcu", lon=120.6420, lat=24.1650, jitter_m=50)
    g0 = s.item(30, "1999", "gas_odor", "中清路二段餐廳後巷瓦斯味很重，好像有管子在漏", "gas_zhongqing", lon=120.6625, lat=24.1895, jitter_m=20)
    g1 = s.item(33, "119", "hazmat", "北屯區中清路二段 餐廳後巷 天然氣管線洩漏，疏散店內人員，通知欣林天然氣", "gas_zhongqing", lon=120.6625, lat=24.1895)
    s.item(35, "1999", "gas_odor", "中清路這邊瓦斯味很濃，附近店家都出來了", "gas_zhongqing", lon=120.6620, lat=24.1902, jitter_m=30)
    s.item(38, "fire_alarm", "fault", "中國醫藥大學水湳校區 受信總機 電源異常", None, sid="SN-FA-010")
    s.item(40, "1999", "streetlight", "經貿路三段 路燈編號 BT-21633 白天還亮著", None, lon=120.6594, lat=24.1812, jitter_m=20)
    s.item(45, "rule", "congestion", "中清路車輛偵測器2 平均車速 24 km/h，佔有率 27%", "gas_zhongqing", sid="SN-VD-ZHONGQING-02", severity="Minor", alt=None)
    s.item(52, "1999", "gas_odor", "河南路二段我家附近聞到像游泳池的氯味已經半小時了，窗戶都關了還是有", "chlorine_fcu", lon=120.6470, lat=24.1640, jitter_m=30)
    s.item(55, "119", "hazmat", "中清路二段瓦斯洩漏 已關斷管線閥門，欣林天然氣人員修復中", "gas_zhongqing", lon=120.6625, lat=24.1895, follows=g1)
    s.item(60, "1999", "noise", "經貿路上有車改排氣管一直催油門", None, lon=120.6585, lat=24.1870, jitter_m=40)
    s.item(72, "119", "hazmat", "逢甲水湳校區 現場偵測氯氣濃度降至0 ppm，解除管制，師生返回", "chlorine_fcu", lon=F[0], lat=F[1], follows=h1)
    s.item(75, "incident", "road_closure", "中科路南段管制解除", "chlorine_fcu", lon=120.6536, lat=24.1790, severity="Minor")
    s.item(80, "status", "offline", "河南路停車場 車位資訊設備離線 comms_lost", None, sid="SN-PK-003")
    s.item(82, "status", "online", "河南路停車場 車位資訊設備恢復連線", None, sid="SN-PK-003")
    s.incident("chlorine_fcu", "hazmat", "逢甲大學水湳校區實驗室氯氣外洩，疏散120人、3人嗆傷，中科路南段管制；下風處異味通報延伸約1.8公里", h1)
    s.incident("gas_zhongqing", "hazmat", "中清路二段餐廳後巷天然氣管線洩漏（不同地點、不同物質、不同單位處理）", g1)
    s.alt("管制造成的車流變慢可視為一般車流（雜訊）。", add=[], remove=[])
    s.notes = "最後一筆氯味通報（179 約1.8公里外、52分鐘後）仍屬校區外洩：描述（氯味、游泳池味）與時間、下風方向吻合。家長詢問電話屬同一事件。"
    return s


# ---------------------------------------------------------------------------
def s180():
    s = Sit(180, "roadworks_watermain_break",
            "週二上午中平路拓寬工程（已核准施工，每日09:00–17:00）挖斷自來水管：路面冒水、下游住戶停水、路面掏空下陷、一名機車騎士摔倒；施工本身與工區例行壅塞為背景。",
            "2026-07-07 10:15")
    W = (120.6570, 24.1722)
    pe = s.item(0, "planned_event", "road_works", "中平路（經貿路至皇城街）道路拓寬工程，每日09:00–17:00 半幅施工，雙向各縮減一車道", None,
                lon=120.6590, lat=24.1730, ends=local("2026-12-31 17:00"), arrival=local("2026-06-20 10:00"), alt="roadworks_zhongping")
    it = s.items[-1]
    it["observed"] = "2026-07-01T01:00:00Z"
    s.item(-40, "rule", "congestion", "中平路車輛偵測器2 平均車速 18 km/h，佔有率 33%（施工縮減車道）", None, sid="SN-VD-ZHONGPING-02", severity="Minor", alt="roadworks_zhongping")
    k1 = s.item(1, "1999", "flooding", "中平路施工的地方水管被挖破，水一直噴出來，整條路都是水", "watermain_zhongping", lon=W[0], lat=W[1], jitter_m=20)
    s.item(4, "1999", "water_outage", "家裡突然停水，社區也都沒水", "watermain_zhongping", lon=120.6590, lat=24.1755, jitter_m=60)
    k2 = s.item(6, "incident", "flooding_report", "中平路拓寬工區 自來水管線遭挖斷，路面大量積水，員警到場管制", "watermain_zhongping", lon=W[0], lat=W[1], severity="Moderate")
    s.item(8, "1999", "water_outage", "經貿路三段大樓停水，有沒有公告？", "watermain_zhongping", lon=120.6600, lat=24.1785, jitter_m=60)
    s.item(10, "rule", "water_level", "水湳區域排水經貿路水位 1.42 m，達三級警戒", "watermain_zhongping", sid="SN-WL-003", level="3", alt=None)
    s.item(12, "1999", "flooding", "中平路那邊水流到經貿路口了，路邊水溝滿了", "watermain_zhongping", lon=P["jm_zp"][0] - 0.0003, lat=P["jm_zp"][1] - 0.0002, jitter_m=20)
    s.item(14, "1999", "water_outage", "中國醫藥大學水湳校區宿舍停水", "watermain_zhongping", lon=P["cmu"][0], lat=P["cmu"][1], jitter_m=40)
    s.item(18, "cctv", "flooding", "經貿路/中平路口 路面積水", "watermain_zhongping", sid="SN-CCTV-011", conf=0.71)
    s.item(20, "incident", "road_collapse", "中平路工區旁 路面掏空下陷約2公尺見方，封閉往東車道", "watermain_zhongping", lon=W[0] + 0.0002, lat=W[1], severity="Severe", follows=k2)
    s.item(25, "rule", "congestion", "中平路車輛偵測器2 平均車速 8 km/h，佔有率 54%", "watermain_zhongping", sid="SN-VD-ZHONGPING-02", severity="Moderate")
    r1 = s.item(30, "119", "ambulance", "北屯區中平路 機車騎士騎經積水坑洞摔倒，手臂擦傷，派遣救護車", "watermain_zhongping", lon=W[0] + 0.0004, lat=W[1] + 0.0001, alt="rider_fall_zhongping")
    s.item(35, "1999", "road_damage", "河南路四段快車道有坑洞，騎車很危險", None, lon=120.6515, lat=24.1725, jitter_m=30)
    s.item(40, "1999", "water_outage", "敦化路一段停水了，什麼時候恢復？", "watermain_zhongping", lon=120.6605, lat=24.1795, jitter_m=40)
    s.item(45, "1999", "streetlight", "河南路四段 路燈編號 XT-07721 不亮", None, lon=120.6518, lat=24.1730, jitter_m=20)
    s.item(50, "incident", "road_closure", "中平路（經貿路至工區）往東封閉，自來水公司搶修中", "watermain_zhongping", lon=W[0], lat=W[1], severity="Moderate", follows=k2)
    s.item(55, "1999", "other", "停水到現在都沒有水車，家裡有老人", "watermain_zhongping", lon=120.6595, lat=24.1760, jitter_m=60)
    s.item(70, "signal", "fault", "經貿路/中平路 號誌 燈號異常", None, sid="SN-SIG-011")
    s.item(71, "signal", "restored", "經貿路/中平路 號誌恢復正常", None, sid="SN-SIG-011")
    s.item(90, "1999", "illegal_parking", "中平路搶修車輛停在人行道上", None, lon=120.6565, lat=24.1720, jitter_m=30, alt="watermain_zhongping")
    s.item(150, "incident", "road_closure", "中平路自來水管搶修完成，下陷路面回填，往東恢復通行", "watermain_zhongping", lon=W[0], lat=W[1], severity="Minor", follows=k2)
    s.incident("watermain_zhongping", "infrastructure", "中平路拓寬工程挖斷自來水管：路面積水、路面下陷封閉、周邊停水、機車騎士摔倒", k1)
    s.alt("施工許可本身可視為一件計畫性活動事件（含工區例行壅塞）；騎士摔倒送醫可另開救護事件；排水水位上升可能只是一般水位變化（雜訊）；搶修車違停抱怨可併入搶修事件。",
          add=[("roadworks_zhongping", "planned_event", "中平路拓寬工程（計畫性道路施工）", pe),
               ("rider_fall_zhongping", "rescue", "機車騎士騎經積水坑洞摔倒擦傷", r1)])
    s.notes = "施工許可於6月20日送達，observed 為許可期間開始（7月1日09:00），ends 為12月31日。單筆1999坑洞、路燈與號誌1分鐘閃斷為雜訊。"
    return s


# ---------------------------------------------------------------------------
def s181():
    s = Sit(181, "expo_weekend_booth_fire_lost_child",
            "週六國際動漫博覽會於會展中心A、B棟：進場人潮、停車場滿、違停；中午B棟攤位延長線過熱冒煙疏散；下午A館6歲女童走失、在綠美圖前尋獲；環中路/經貿路口入口處一件擦撞。",
            "2026-10-17 10:00")
    A, B = P["hallA"], P["hallB"]
    pe = s.item(0, "planned_event", "exhibition", "臺中國際會展中心A、B棟 國際動漫博覽會 10/16–10/19 每日10:00–18:00，預估每日入場40,000人次", "expo",
                lon=120.6551, lat=24.1944, ends=local("2026-10-19 18:00"), arrival=local("2026-10-01 14:00"))
    s.items[-1]["observed"] = "2026-10-16T02:00:00Z"
    s.item(30, "parking", "full", "臺中國際會展中心停車場 小型車位已滿", "expo", sid="SN-PK-006")
    s.item(40, "cctv", "crowding", "經貿路二段/黎明路三段口 大量行人往會展中心移動", "expo", sid="SN-CCTV-005", conf=0.74)
    s.item(45, "rule", "congestion", "經貿路車輛偵測器1 平均車速 12 km/h，佔有率 45%", "expo", sid="SN-VD-JINGMAO-01", severity="Moderate")
    s.item(60, "parking", "full", "水湳轉運中心停車場 小型車位已滿", "expo", sid="SN-PK-001")
    s.item(70, "incident", "crowd_control", "會展中心A棟入口排隊人潮延伸至經貿路二段人行道，增派警力疏導", "expo", lon=A[0], lat=A[1] + 0.0005, severity="Moderate")
    s.item(80, "1999", "illegal_parking", "黎明路三段兩邊都是違停，去動漫展的車", "expo", lon=120.6530, lat=24.1952, jitter_m=40, alt=None)
    s.item(90, "1999", "crowding", "會展中心排隊的人擠到經貿路人行道外面，推車過不去", "expo", lon=120.6552, lat=24.1953, jitter_m=30)
    c1 = s.item(120, "incident", "accident", "環中路二段與經貿路口 兩部自小客車擦撞，無人受傷，車輛佔用外側車道", "crash_hz_jm", lon=P["hz_jm"][0], lat=P["hz_jm"][1], severity="Minor")
    s.item(121, "cctv", "stalled_vehicle", "經貿路二段/環中路二段口 外側車道車輛停滯", "crash_hz_jm", sid="SN-CCTV-004", conf=0.79)
    s.item(126, "rule", "congestion", "環中路車輛偵測器3 平均車速 14 km/h，佔有率 40%", "crash_hz_jm", sid="SN-VD-HUANZHONG-03", severity="Moderate", alt="expo")
    s.item(140, "incident", "accident", "環中路二段與經貿路口擦撞車輛已移置，恢復通行", "crash_hz_jm", lon=P["hz_jm"][0], lat=P["hz_jm"][1], severity="Minor", follows=c1)
    s.item(150, "fire_alarm", "alarm", "臺中國際會展中心B棟 1F 展區 第7區 偵煙式探測器動作", "boothfire_hallB", sid="SN-FA-003")
    s.item(151, "1999", "fire_smoke", "會展中心B館有攤位在冒煙，大家都在往外跑", "boothfire_hallB", lon=B[0], lat=B[1], jitter_m=20)
    f1 = s.item(152, "119", "fire", "臺中國際會展中心B棟1樓展區 攤位延長線過熱起火冒煙，疏散展場人員，派遣水箱車2輛、救護車1輛", "boothfire_hallB", lon=B[0], lat=B[1])
    s.item(153, "cctv", "crowding", "經貿路二段/經貿七路口 大量人群由會展中心湧出", "boothfire_hallB", sid="SN-CCTV-006", conf=0.88, alt="expo")
    s.item(155, "incident", "fire_report", "會展中心B棟火警，協助疏散約2,000人，管制經貿七路側門", "boothfire_hallB", lon=B[0], lat=B[1], severity="Moderate")
    s.item(168, "119", "fire", "會展中心B棟 延長線起火已撲滅，無人受傷，排煙後恢復開放", "boothfire_hallB", lon=B[0], lat=B[1], follows=f1)
    s.item(175, "fire_alarm", "normal", "臺中國際會展中心B棟 第7區 復歸", "boothfire_hallB", sid="SN-FA-003")
    l1 = s.item(200, "1999", "other", "我女兒6歲在會展中心A館走失了，穿黃色上衣、綁兩個辮子", "lost_child", lon=A[0], lat=A[1], jitter_m=20)
    l2 = s.item(205, "incident", "other", "會展中心A館 6歲女童走失協尋，黃色上衣，已通知會場廣播", "lost_child", lon=A[0], lat=A[1], severity="Moderate")
    s.item(240, "incident", "other", "走失女童於臺中綠美圖前廣場尋獲，交還家長", "lost_child", lon=P["museum"][0], lat=P["museum"][1] - 0.0003, severity="Minor", follows=l2)
    s.item(100, "1999", "streetlight", "經貿路二段 路燈編號 XT-08855 燈罩快掉下來", None, lon=120.6565, lat=24.1930, jitter_m=20)
    s.item(110, "status", "offline", "河南路停車場 車位資訊設備離線 comms_lost", None, sid="SN-PK-003")
    s.item(112, "status", "online", "河南路停車場 車位資訊設備恢復連線", None, sid="SN-PK-003")
    s.item(130, "rule", "congestion", "河南路車輛偵測器2 平均車速 25 km/h，佔有率 27%", None, sid="SN-VD-HENAN-02", severity="Minor")
    s.item(470, "cctv", "crowding", "中科路/環中路二段口 散場人潮往轉運中心", "expo", sid="SN-CCTV-003", conf=0.81)
    s.item(480, "rule", "congestion", "環中路車輛偵測器2 平均車速 13 km/h，佔有率 43%", "expo", sid="SN-VD-HUANZHONG-02", severity="Moderate")
    s.incident("expo", "crowd", "會展中心動漫博覽會（每日約4萬人次）人潮、停車與交通管理", pe)
    s.incident("crash_hz_jm", "traffic", "環中路二段/經貿路口兩車擦撞，無人受傷", c1)
    s.incident("boothfire_hallB", "fire", "會展中心B棟攤位延長線過熱起火冒煙，疏散約2,000人", f1)
    s.incident("lost_child", "rescue", "會展中心A館6歲女童走失，40分鐘後於綠美圖前尋獲", l1)
    s.alt("B棟火警疏散的人潮（CCTV人群）也可看作展覽人潮；擦撞後的環中路壅塞也可歸因於展覽車潮；違停抱怨也可視為例行案件。",
          add=[], remove=[])
    s.notes = "展覽許可期間為10/16–10/19（多日），observed 為許可開始、ends 為結束；這是第二天。"
    return s


# ---------------------------------------------------------------------------
def s182():
    s = Sit(182, "weekday_morning_noise_late_report",
            "平日早上尖峰，以背景雜訊為主（例行壅塞、號誌短暫閃斷、設備斷線、例行1999）：真正的事件只有黎明路/凱旋路口號誌持續全暗、國道客運在環中路中科路口拋錨、逢甲水湳校區門口機車碰撞（警方報告晚70分鐘才送達，目擊者近三小時後才來電說碎片未清）。",
            "2026-03-24 07:00")
    for t, sid, tx in [(5, "SN-VD-HUANZHONG-01", "環中路車輛偵測器1 平均車速 24 km/h，佔有率 32%（尖峰時段）"),
                       (12, "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 平均車速 21 km/h，佔有率 36%（尖峰時段）"),
                       (18, "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 平均車速 20 km/h，佔有率 34%（尖峰時段）"),
                       (26, "SN-VD-HENAN-01", "河南路車輛偵測器1 平均車速 23 km/h，佔有率 31%（尖峰時段）"),
                       (33, "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 平均車速 22 km/h，佔有率 30%（尖峰時段）"),
                       (47, "SN-VD-HENAN-02", "河南路車輛偵測器2 平均車速 19 km/h，佔有率 37%（尖峰時段）")]:
        s.item(t, "rule", "congestion", tx, None, sid=sid, severity="Minor")
    s.item(8, "signal", "fault", "經貿路二段/黎明路三段 號誌 燈號異常", None, sid="SN-SIG-005")
    s.item(8.7, "signal", "restored", "經貿路二段/黎明路三段 號誌恢復正常", None, sid="SN-SIG-005")
    g1 = s.item(10, "signal", "fault", "黎明路三段/凱旋路 號誌 燈號全暗", "signal_lm_kx", sid="SN-SIG-007")
    g2 = s.item(14, "cctv", "signal_dark", "黎明路三段/凱旋路口 號誌燈不亮", "signal_lm_kx", sid="SN-CCTV-007", conf=0.93)
    s.item(16, "1999", "other", "黎明路凱旋路口紅綠燈不亮，上班車很多很危險", "signal_lm_kx", lon=P["lm_kx"][0], lat=P["lm_kx"][1], jitter_m=30)
    s.item(20, "incident", "traffic_signal_fault", "黎明路三段與凱旋路口 號誌全暗，派員手勢指揮，已通報交通局", "signal_lm_kx", lon=P["lm_kx"][0], lat=P["lm_kx"][1], severity="Moderate")
    s.item(22, "rule", "congestion", "凱旋路車輛偵測器1 平均車速 9 km/h，佔有率 51%", "signal_lm_kx", sid="SN-VD-KAIXUAN-01", severity="Moderate", alt=None)
    s.item(24, "status", "offline", "北屯雨量站 離線 battery_low", None, sid="SN-RG-003")
    s.item(28, "1999", "streetlight", "經貿路二段 路燈編號 XT-08866 白天還亮", None, lon=120.6558, lat=24.1940, jitter_m=20)
    s.item(30, "1999", "illegal_parking", "逢甲水湳校區旁學生機車停在紅線上", None, lon=120.6515, lat=24.1795, jitter_m=40)
    s.item(35, "1999", "noise", "中平路工地早上七點就開始打樁", None, lon=120.6575, lat=24.1716, jitter_m=40)
    b1 = s.item(40, "cctv", "stalled_vehicle", "中科路/環中路二段口 大型車停滯外側車道", "bus_stalled_hz", sid="SN-CCTV-003", conf=0.81)
    b2 = s.item(43, "incident", "stalled_vehicle", "國道客運於環中路二段中科路口拋錨，佔用往西外側車道，已通知拖吊", "bus_stalled_hz", lon=P["hz_zk"][0] + 0.0002, lat=P["hz_zk"][1], severity="Minor")
    s.item(50, "rule", "congestion", "環中路車輛偵測器2 平均車速 11 km/h，佔有率 48%", "bus_stalled_hz", sid="SN-VD-HUANZHONG-02", severity="Moderate", alt=None)
    c0 = s.item(52, "1999", "traffic_accident", "逢甲水湳校區門口兩台機車撞在一起，有學生倒地", "crash_fcu_gate", lon=P["fcu"][0] - 0.0004, lat=P["fcu"][1], jitter_m=15)
    c1 = s.item(53, "incident", "injury_accident", "逢甲大學水湳校區門口 兩機車碰撞，學生1人右腳受傷送醫，現場已排除", "crash_fcu_gate", lon=P["fcu"][0] - 0.0004, lat=P["fcu"][1], severity="Moderate", arrival=123)
    s.item(55, "119", "ambulance", "西屯區 逢甲大學水湳校區門口 機車碰撞 1人右腳疑骨折，派遣救護車", "crash_fcu_gate", lon=P["fcu"][0] - 0.0004, lat=P["fcu"][1])
    s.item(58, "1999", "blocked_drain", "敦化路一段水溝有臭味，很久沒清", None, lon=120.6602, lat=24.1805, jitter_m=30)
    s.item(60, "parking", "full", "水湳轉運中心停車場 小型車位已滿", None, sid="SN-PK-001")
    s.item(62, "fire_alarm", "fault", "中國醫藥大學水湳校區 受信總機 第5迴路 斷線故障", None, sid="SN-FA-010")
    s.item(65, "status", "offline", "中科路車輛偵測器1 離線 comms_lost", None, sid="SN-VD-ZHONGKE-01")
    s.item(67, "status", "online", "中科路車輛偵測器1 恢復連線", None, sid="SN-VD-ZHONGKE-01")
    s.item(72, "incident", "stalled_vehicle", "環中路二段中科路口拋錨客運已拖離，車道恢復", "bus_stalled_hz", lon=P["hz_zk"][0] + 0.0002, lat=P["hz_zk"][1], severity="Minor", follows=b2)
    s.item(75, "signal", "restored", "黎明路三段/凱旋路 號誌恢復正常（更換控制器電源模組）", "signal_lm_kx", sid="SN-SIG-007")
    s.item(80, "1999", "other", "路邊垃圾子母車滿出來沒人收", None, lon=120.6600, lat=24.1770, jitter_m=40)
    s.item(95, "1999", "illegal_parking", "黎明路三段公車站違停", None, lon=120.6520, lat=24.1946, jitter_m=40)
    s.item(110, "1999", "streetlight", "河南路四段 路燈編號 XT-07735 不亮", None, lon=120.6516, lat=24.1728, jitter_m=20)
    s.item(210, "1999", "road_damage", "早上八點逢甲水湳校區門口那個機車車禍，地上到現在還有很多碎片跟油漬沒清，機車會滑倒", "crash_fcu_gate", lon=P["fcu"][0] - 0.0004, lat=P["fcu"][1], jitter_m=15, alt=None)
    s.incident("signal_lm_kx", "traffic", "黎明路三段/凱旋路口號誌持續全暗約65分鐘（尖峰時段，需派員指揮與廠商到場）", g2)
    s.incident("bus_stalled_hz", "traffic", "國道客運於環中路二段中科路口拋錨佔用車道", b2)
    s.incident("crash_fcu_gate", "traffic", "逢甲水湳校區門口兩機車碰撞，學生1人受傷送醫；警方報告延遲約70分鐘送達，目擊者約3小時後通報碎片未清", c0)
    s.alt("尖峰時段的壅塞不一定由號誌或拋錨造成（可視為例行雜訊）；三小時後的碎片通報可視為一件新的路面清理案件（例行雜訊）。",
          add=[], remove=[])
    s.notes = "號誌1分鐘內自動恢復（SIG-005）為設備閃斷雜訊；SIG-007 由設備自報加監視器確認才開案。"
    return s


def main():
    stems = []
    for f in (s171, s172, s173, s174, s175, s176, s177, s178, s179, s180, s181, s182):
        s = f()
        stems.append(s.write())
    print("wrote", len(stems), "situations:", ", ".join(stems))


if __name__ == "__main__":
    main()
