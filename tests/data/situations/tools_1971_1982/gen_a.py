"""Situations 1971-1976."""
from lib import Sit, SENSORS, offset, inc_of

def pos(sid):
    return SENSORS[sid]["geometry"]["coordinates"]

# ---------------------------------------------------------------- 1971
def s1971():
    s = Sit(1971, "crash_and_hall_fire_115m", "2026-03-14T03:10:00Z",
            "週六上午會展中心有展覽，經貿路二段/黎明路三段口發生兩車碰撞（一人受傷），約十分鐘後僅115公尺外的會展中心A館餐飲區油鍋起火，"
            "火警總機發報、民眾通報冒煙。兩件事地點相近、時間重疊，但為兩個不同的派遣：一個是交通事故，一個是火災。")
    s.inc("CRASH", "traffic", "經貿路二段/黎明路三段口兩車碰撞，一名機車騎士受傷送醫，佔用內側車道。")
    s.inc("HALLFIRE", "fire", "會展中心A館一樓餐飲區油鍋起火，自動撒水啟動，消防局到場撲滅，疏散部分展場民眾。")
    J = pos("SN-SIG-005")
    # background: exhibition day parking, unrelated 1999
    s.ev(-40, "parking", "full", None, sid="SN-PK-002", text="經貿六停車場 車位已滿")
    s.ev(-25, "parking", "full", None, sid="SN-PK-006", text="會展中心停車場 車位已滿")
    s.ev(-30, "1999", "illegal_parking", None, lon=120.6561, lat=24.1962, jitter=40, text="經貿六路上一排車並排停車，公車過不去", delay=6)
    # crash
    k = s.ev(0, "cctv", "accident", "CRASH", sid="SN-CCTV-005", text="路口偵測疑似車輛碰撞", confidence=0.81, delay=0.5)
    k2 = s.ev(1, "incident", "injury_accident", "CRASH", lon=J[0], lat=J[1], jitter=25, sev="Moderate",
              text="經貿路二段與黎明路三段口自小客與機車碰撞，機車騎士倒地腳部受傷", delay=3)
    s.open("CRASH", k2)
    s.ev(2, "1999", "traffic_accident", "CRASH", lon=J[0], lat=J[1], jitter=60, text="黎明路經貿路口車禍，有人躺在地上", delay=4)
    s.ev(3, "119", "ambulance", "CRASH", lon=J[0], lat=J[1], jitter=20, text="車禍 機車騎士左腿疑骨折 意識清楚", delay=1)
    s.ev(6, "rule", "congestion", "CRASH", sid="SN-VD-JINGMAO-01", sev="Moderate", text="經貿路車輛偵測器1 車速下降至 12 km/h",
         delay=1, alt="HALLFIRE")
    # fire at hall A (115 m from the junction)
    A = pos("SN-FA-002")
    kf = s.ev(11, "fire_alarm", "alarm", "HALLFIRE", sid="SN-FA-002", text="A棟 1F 餐飲區 偵煙探測器動作", delay=0.3)
    s.ev(12, "1999", "fire_smoke", "HALLFIRE", lon=A[0], lat=A[1], jitter=50, text="會展中心A館裡面有煙跑出來，大家在往外走", delay=3)
    kf2 = s.ev(12.5, "119", "fire", "HALLFIRE", lon=A[0], lat=A[1], jitter=10, text="臺中國際會展中心A棟 餐飲區油鍋起火 撒水頭動作", delay=1)
    s.open("HALLFIRE", kf2)
    s.ev(14, "cctv", "smoke", "HALLFIRE", sid="SN-CCTV-005", text="畫面東南側建物冒煙", confidence=0.64, delay=0.5)
    s.ev(15, "incident", "fire_report", "HALLFIRE", lon=A[0], lat=A[1], jitter=30, sev="Severe",
         text="會展中心A館火警，協助疏散展場人員並管制經貿路外側車道供消防車停靠", delay=4)
    s.ev(16, "1999", "fire_smoke", "HALLFIRE", lon=120.6552, lat=24.1952, jitter=60, text="會展A館旁邊一直冒白煙，是不是失火", delay=5)
    s.ev(18, "119", "fire", "HALLFIRE", lon=A[0], lat=A[1], jitter=10, text="會展中心A棟 火勢已撲滅 排煙中", status="on_scene", delay=1)
    s.ev(21, "incident", "traffic_accident", "CRASH", lon=J[0], lat=J[1], jitter=25, sev="Minor",
         text="黎明路口車禍現場處理完畢，車輛已移至路邊", follows=k2, delay=2)
    s.ev(25, "rule", "congestion", "HALLFIRE", sid="SN-VD-JINGMAO-01", sev="Moderate",
         text="經貿路車輛偵測器1 車速下降至 9 km/h", delay=1, alt="CRASH")
    s.ev(30, "119", "ambulance", "HALLFIRE", lon=A[0], lat=A[1], jitter=20, text="會展中心火場 員工一名嗆傷 送醫", delay=1)
    s.ev(55, "fire_alarm", "normal", "HALLFIRE", sid="SN-FA-002", text="A棟 火警受信總機 復歸", delay=0.3)
    s.ev(60, "119", "fire", "HALLFIRE", lon=A[0], lat=A[1], jitter=10, text="會展中心A棟 火警 收隊", status="returning", delay=1)
    s.ev(45, "1999", "noise", None, lon=120.6575, lat=24.1965, jitter=80, text="展場外面音響很大聲", delay=20)
    s.ev(70, "1999", "streetlight", None, lon=120.6505, lat=24.1905, jitter=50, text="凱旋路上一盞路燈白天還亮著", delay=30)
    s.notes = ["Why: the crash and the hall fire are 115 m and 11 minutes apart on the same corner; a coordinator sends an ambulance and a tow to one and a fire company to the other.",
               "Why: CCTV-005 (the junction camera) reports smoke: the camera is the crash's camera but the smoke is the hall's.",
               "Why: the two slow-downs at VD JINGMAO-01: the first (6 min after the crash, before the fire) is the crash's; the second (25 min, with the fire engines parked on 經貿路's outer lane) is the fire's. A coordinator could read either the other way."]
    s.set_alt("The two congestion alerts at the same detector could be read as belonging to the other job (the first to the fire's traffic control, the second to the crash's lingering queue).",
              [inc_of(s, "CRASH"), inc_of(s, "HALLFIRE")])
    s.write()

# ---------------------------------------------------------------- 1972
def s1972():
    s = Sit(1972, "jingmao_flood_spreads_90min", "2026-06-02T07:30:00Z",
            "午後雷雨，西屯雨量站與中央公園雨量站發布豪雨。經貿路三段低窪處先積水，九十分鐘內積水沿經貿路由南往北擴大到經貿七路口，"
            "區域排水水位升到一級警戒。另外約一公里外的河南路低窪處也積水，由另一組抽水機處理。一輛自小客在經貿路積水中熄火，駕駛受困由消防救出。")
    s.inc("JINGMAO", "flood", "經貿路（中平路口至經貿七路口）沿線積淹水，區域排水水位一級，需抽水機與封路。")
    s.inc("HENAN", "flood", "河南路低窪處積水 16-30 公分，另派抽水機。")
    s.inc("CARTRAP", "rescue", "經貿路三段積水中自小客熄火，駕駛受困車內，消防救助。")
    # rain context: background
    s.ev(-30, "rule", "heavy_rain", None, sid="C0F9T0", sev="Moderate", level="大雨", text="西屯 1 小時雨量 45 mm")
    s.ev(-10, "rule", "heavy_rain", None, sid="SN-RG-001", sev="Severe", level="豪雨", text="中央公園雨量站 24 小時累積雨量 210 mm")
    s.ev(20, "rule", "heavy_rain", None, sid="SN-RG-002", sev="Severe", level="豪雨", text="水湳轉運中心雨量站 豪雨")
    # Jingmao flood along the road, south -> north
    k = s.ev(0, "rule", "flood_depth", "JINGMAO", sid="SN-FL-008", sev="Minor", level="1-15", text="經貿路低窪處 淹水 8 cm")
    s.ev(5, "rule", "water_level", "JINGMAO", sid="SN-WL-003", sev="Moderate", level="3", text="水湳區域排水經貿路 三級警戒")
    k = s.ev(12, "rule", "flood_depth", "JINGMAO", sid="SN-FL-008", sev="Moderate", level="16-30", text="經貿路低窪處 淹水 22 cm")
    s.open("JINGMAO", k)
    s.ev(15, "1999", "flooding", "JINGMAO", lon=120.6594, lat=24.1812, jitter=50, text="經貿路三段生態住宅前面路口積水快到輪胎一半", delay=4)
    s.ev(22, "incident", "flooding_report", "JINGMAO", lon=120.6599, lat=24.1790, jitter=40, sev="Moderate",
         text="經貿路三段近敦化路積水約20公分，機車勿行", delay=3)
    s.ev(30, "rule", "water_level", "JINGMAO", sid="SN-WL-003", sev="Severe", level="2", text="水湳區域排水經貿路 二級警戒")
    s.ev(34, "1999", "blocked_drain", "JINGMAO", lon=120.6590, lat=24.1845, jitter=40, text="經貿路水溝蓋一直冒水出來", delay=6)
    s.ev(38, "rule", "congestion", "JINGMAO", sid="SN-VD-JINGMAO-02", sev="Moderate", text="經貿路車輛偵測器2 車速 15 km/h")
    s.ev(40, "1999", "flooding", "JINGMAO", lon=120.6584, lat=24.1868, jitter=50, text="經貿路往綠美圖那段也開始淹了", delay=5)
    s.ev(45, "rule", "flood_depth", "JINGMAO", sid="SN-FL-008", sev="Severe", level=">30", text="經貿路低窪處 淹水 34 cm")
    s.ev(48, "incident", "road_closure", "JINGMAO", lon=120.6597, lat=24.1830, jitter=30, sev="Severe",
         text="經貿路三段（敦化路至中平路）積水封閉，車輛請改道中清路", delay=2)
    s.ev(55, "rule", "water_level", "JINGMAO", sid="SN-WL-003", sev="Extreme", level="1", text="水湳區域排水經貿路 一級警戒")
    s.ev(62, "1999", "flooding", "JINGMAO", lon=120.6575, lat=24.1900, jitter=50, text="經貿路綠美圖前面積水二十公分，騎不過去", delay=7)
    s.ev(70, "cctv", "flooding", "JINGMAO", sid="SN-CCTV-006", text="路面積水", confidence=0.72, delay=0.5)
    s.ev(75, "1999", "flooding", "JINGMAO", lon=120.6570, lat=24.1922, jitter=40, text="經貿七路口整個路口都是水", delay=9)
    s.ev(80, "incident", "flooding_report", "JINGMAO", lon=120.6568, lat=24.1925, jitter=30, sev="Moderate",
         text="經貿路二段經貿七路口積水約15公分，派員管制", delay=3)
    s.ev(88, "1999", "flooding", "JINGMAO", lon=120.6600, lat=24.1800, jitter=60, text="剛剛打過，經貿路這邊還是淹，抽水機什麼時候來", delay=4)
    s.ev(95, "rule", "cleared", "JINGMAO", sid="SN-FL-008", sev="Minor", text="經貿路低窪處 淹水解除")
    s.ev(120, "incident", "road_reopened", "JINGMAO", lon=120.6597, lat=24.1830, jitter=30, sev="Minor",
         text="經貿路三段積水已退，恢復通行", delay=3)
    # trapped car in the flood water
    C = (120.6597, 24.1822)
    kc = s.ev(50, "119", "rescue", "CARTRAP", lon=C[0], lat=C[1], jitter=20, text="經貿路三段積水 自小客熄火 駕駛受困車內", delay=1, alt="JINGMAO")
    s.open("CARTRAP", kc)
    s.ev(51, "1999", "other", "CARTRAP", lon=C[0], lat=C[1], jitter=40, text="有台車卡在水裡，裡面還有人在拍窗戶", delay=6, alt="JINGMAO")
    s.ev(66, "119", "rescue", "CARTRAP", lon=C[0], lat=C[1], jitter=20, text="受困駕駛已救出 無外傷", status="closed", delay=1, alt="JINGMAO")
    # Henan Rd low point
    kh = s.ev(25, "rule", "flood_depth", "HENAN", sid="SN-FL-007", sev="Minor", level="1-15", text="河南路低窪處 淹水 10 cm")
    kh = s.ev(41, "rule", "flood_depth", "HENAN", sid="SN-FL-007", sev="Moderate", level="16-30", text="河南路低窪處 淹水 21 cm")
    s.open("HENAN", kh)
    s.ev(44, "1999", "flooding", "HENAN", lon=120.6522, lat=24.1738, jitter=60, text="河南路停車場出口那邊淹水", delay=8)
    s.ev(58, "parking", "closed", "HENAN", sid="SN-PK-003", text="河南路停車場 暫停開放")
    s.ev(110, "rule", "cleared", "HENAN", sid="SN-FL-007", sev="Minor", text="河南路低窪處 淹水解除")
    # background
    s.ev(35, "1999", "fallen_tree", None, lon=120.6480, lat=24.1910, jitter=50, text="黎明路人行道一棵小樹倒在人行道上，沒有擋到車道", delay=15)
    s.ev(60, "rule", "flood_depth", None, sid="SN-FL-003", sev="Minor", level="1-15", text="中央公園滯洪池3 水深 12 cm",
         alt="JINGMAO")
    s.notes = ["Why: the Jingmao flood is one job that moves: sensor at the low point first, then calls 300 m, 700 m and 1.1 km further north over 90 minutes; one pump crew and one closure follow it.",
               "Why: Henan Rd low point is 1.0 km away on another road and basin; it gets its own pump truck.",
               "Why: the trapped driver is a fire-bureau rescue dispatched on its own; under the alternative it is part of the flood job.",
               "Why: detention pond 3 filling is what a pond is for (null); under the alternative it is evidence of the same rain flood."]
    s.set_alt("A coordinator running one flood board may book the trapped car and the pond as part of the Jingmao flood.",
              [inc_of(s, "JINGMAO"), inc_of(s, "HENAN")])
    s.write()

# ---------------------------------------------------------------- 1973
def s1973():
    s = Sit(1973, "eco_block_b_fire_call_burst", "2026-01-20T11:40:00Z",
            "冬夜七點四十分，生態住宅B區一戶廚房起火延燒，濃煙從高樓層冒出，周邊一公里內市民在二十分鐘內湧入四十多通1999，"
            "有的說在中科路或中清路看到東邊有煙。消防局出動多車，警方封閉敦化路一段。同時三百公尺外生態住宅A區有老人在家中跌倒叫救護車（與火災無關）。")
    s.inc("FIRE", "fire", "生態住宅B區集合住宅火災，高樓層濃煙，多車出動，有住戶嗆傷送醫，敦化路一段封閉。")
    s.inc("FALL", "rescue", "生態住宅A區住戶長者在家中跌倒，119救護送醫，非火警相關。")
    B = pos("SN-FA-012")
    k = s.ev(0, "fire_alarm", "alarm", "FIRE", sid="SN-FA-012", text="B區 12F 偵煙探測器動作", delay=0.3)
    kf = s.ev(1.5, "119", "fire", "FIRE", lon=B[0], lat=B[1], jitter=10, text="水湳生態住宅B區 12樓住宅火警 有濃煙", delay=1)
    s.open("FIRE", kf)
    texts = ["生態住宅B區那棟有一戶窗戶在冒黑煙", "敦化路這邊大樓失火了，煙很大", "我在公園散步看到東邊大樓冒煙有火光",
             "隔壁棟好像燒起來了，都是煙", "家裡聞到很重的燒焦味，外面大樓在冒煙", "中科路這邊往東看有一大片濃煙",
             "經貿路上可以看到大樓在燒，消防車來了嗎", "火災！B區高樓層有火", "我住對面，看到十幾樓有火在燒",
             "樓上在冒煙，警鈴一直響，我們要不要下樓", "煙飄到我們這邊來了，窗戶都要關起來", "中清路這裡看過去有濃煙，是哪裡火災",
             "生態住宅那邊失火了嗎", "十二樓那戶火很大", "空氣都是燒東西的味道，那棟大樓在冒煙"]
    far = {5: (120.6540, 24.1860), 11: (120.6640, 24.1850), 6: (120.6600, 24.1870)}
    for i in range(42):
        t = 1 + i * 0.45 + s.rng.uniform(0, 0.6)
        txt = texts[i % len(texts)]
        j = i % len(texts)
        if j in far:
            lon, lat = far[j]; jit = 120
        else:
            lon, lat = B; jit = 180
        s.ev(t, "1999", "fire_smoke", "FIRE", lon=lon, lat=lat, jitter=jit, text=txt, delay=2 + s.rng.uniform(0, 8))
    s.ev(4, "incident", "fire_report", "FIRE", lon=B[0], lat=B[1], jitter=30, sev="Severe", text="生態住宅B區大樓火警，派員協助疏散及交管", delay=3)
    s.ev(9, "119", "fire", "FIRE", lon=B[0], lat=B[1], jitter=10, text="生態住宅B區火警 第一梯到場 12F 濃煙 搜救中", status="on_scene", delay=1)
    s.ev(10, "incident", "road_closure", "FIRE", lon=120.6600, lat=24.1812, jitter=30, sev="Moderate", text="敦化路一段全線封閉供消防車作業，請改道經貿路", delay=2)
    s.ev(12, "rule", "congestion", "FIRE", sid="SN-VD-JINGMAO-02", sev="Moderate", text="經貿路車輛偵測器2 車速 14 km/h")
    s.ev(14, "incident", "evacuation", "FIRE", lon=B[0], lat=B[1], jitter=20, sev="Severe", text="B區住戶約80人疏散至中庭", delay=3)
    s.ev(18, "119", "ambulance", "FIRE", lon=B[0], lat=B[1], jitter=15, text="火場 住戶兩名嗆傷 送中國醫藥大學附設醫院", delay=1)
    s.ev(22, "119", "ambulance", "FIRE", lon=B[0], lat=B[1], jitter=15, text="火場 消防員一名熱衰竭", delay=1)
    s.ev(26, "1999", "other", "FIRE", lon=B[0], lat=B[1], jitter=100, text="我媽住B區12樓，電話打不通，她有沒有被救出來", delay=5)
    s.ev(48, "119", "fire", "FIRE", lon=B[0], lat=B[1], jitter=10, text="生態住宅B區火勢撲滅 殘火處理", status="on_scene", delay=1)
    s.ev(70, "fire_alarm", "normal", "FIRE", sid="SN-FA-012", text="B區 火警受信總機 復歸", delay=0.3)
    s.ev(95, "incident", "road_reopened", "FIRE", lon=120.6600, lat=24.1812, jitter=30, sev="Minor", text="敦化路一段解除封閉，恢復通車", delay=2)
    # the unrelated fall 300 m away
    A = pos("SN-FA-011")
    kk = s.ev(16, "119", "ambulance", "FALL", lon=A[0], lat=A[1], jitter=15, text="生態住宅A區 85歲男性浴室跌倒 頭部撕裂傷（非火警相關）", delay=1, alt="FIRE")
    s.open("FALL", kk)
    s.ev(17, "1999", "rescue", "FALL", lon=A[0], lat=A[1], jitter=30, text="我爸在家跌倒頭流血，救護車可以從哪裡進來，外面都是消防車", delay=3, alt="FIRE")
    # background
    s.ev(20, "1999", "環境公害", None, lon=120.6520, lat=24.1730, jitter=80, text="河南路那邊有人在燒垃圾，味道很臭", delay=10)
    s.ev(30, "1999", "noise", None, lon=120.6620, lat=24.1880, jitter=80, text="消防車鳴笛很久，可以小聲一點嗎", delay=15, alt="FIRE")
    s.ev(-30, "1999", "streetlight", None, lon=120.6550, lat=24.1800, jitter=50, text="公園步道一盞燈一閃一閃", delay=20)
    s.notes = ["Why: 42 citizen calls, some from 500-900 m away (中科路, 中清路) describing smoke seen from afar, are one fire; none is a second fire.",
               "Why: the A-block fall is 300 m from the fire, during it, in the same complex, but it says 非火警相關: a separate ambulance job. Under the alternative a coordinator who books every 119 run in the complex to the fire does so.",
               "Why: the complaint about siren noise is background (it is about the response, not a job); the alternative counts it as the fire's."]
    s.set_alt("Everything at the eco-residential complex during the fire booked to the fire job.", [inc_of(s, "FIRE")])
    s.write()

# ---------------------------------------------------------------- 1974
def s1974():
    s = Sit(1974, "popmusic_concert_evening", "2026-05-16T10:00:00Z",
            "週六晚上流行影音中心戶外演唱會，核准人數一萬五千人，區域停車場客滿、凱旋路與中科路車流壅塞、附近住戶噪音陳情。"
            "活動期間另有幾件小事：場邊手機遭扒竊、一名觀眾中暑昏倒、一名孩童走失、凱旋路上機車自撞。")
    s.inc("CONCERT", "crowd", "流行影音中心戶外演唱會人潮與交通管制（核准活動），含停車場客滿、壅塞、人潮管制與噪音陳情。")
    s.inc("THEFT", "public_order", "演唱會場邊手機扒竊，警方受理。")
    s.inc("FAINT", "rescue", "觀眾中暑昏倒，119救護送醫。")
    s.inc("CHILD", "rescue", "七歲男童於散場時走失，三十分鐘後尋獲。")
    s.inc("SCOOTER", "traffic", "凱旋路（影音中心南約600公尺）機車自撞，騎士擦傷。")
    P = pos("SN-FA-006")
    kp = s.ev(0, "planned_event", "concert", "CONCERT", lon=P[0], lat=P[1], text="臺中流行影音中心戶外廣場演唱會，預估人潮15,000人",
              observed=s.t(0), delay=-60 * 24 * 3, radius_m=400, ends="2026-05-16T14:30:00Z")
    s.open("CONCERT", kp)
    s.ev(-20, "parking", "full", "CONCERT", sid="SN-PK-004", text="中央公園地下停車場(北) 車位已滿")
    s.ev(5, "parking", "full", "CONCERT", sid="SN-PK-005", text="中央公園地下停車場(南) 車位已滿")
    s.ev(-10, "rule", "congestion", "CONCERT", sid="SN-VD-KAIXUAN-02", sev="Moderate", text="凱旋路車輛偵測器2 車速 11 km/h")
    s.ev(10, "rule", "congestion", "CONCERT", sid="SN-VD-ZHONGKE-01", sev="Moderate", text="中科路車輛偵測器1 車速 13 km/h")
    s.ev(15, "incident", "crowd_control", "CONCERT", lon=P[0], lat=P[1], jitter=60, sev="Moderate", text="影音中心入場人潮，中科路外側車道管制", delay=3)
    s.ev(30, "1999", "illegal_parking", "CONCERT", lon=120.6535, lat=24.1835, jitter=120, text="演唱會的車停滿中科路紅線", delay=10)
    s.ev(60, "1999", "noise", "CONCERT", lon=120.6500, lat=24.1880, jitter=150, text="演唱會音樂太大聲，家裡窗戶都在震", delay=12)
    s.ev(95, "1999", "noise", "CONCERT", lon=120.6490, lat=24.1820, jitter=150, text="都幾點了還在唱，噪音", delay=20)
    s.ev(150, "1999", "crowding", "CONCERT", lon=P[0], lat=P[1], jitter=100, text="散場人太多，人行道擠到走不動", delay=5)
    s.ev(152, "incident", "crowd_control", "CONCERT", lon=P[0], lat=P[1], jitter=60, sev="Moderate", text="散場人潮，凱旋路臨時封閉一線道疏導", delay=2)
    s.ev(155, "rule", "congestion", "CONCERT", sid="SN-VD-KAIXUAN-02", sev="Moderate", text="凱旋路車輛偵測器2 車速 8 km/h")
    # small unrelated incidents
    kt = s.ev(70, "incident", "theft", "THEFT", lon=P[0], lat=P[1], jitter=80, sev="Minor", text="演唱會場邊觀眾手機遭扒竊，報案人在服務台", delay=10)
    s.open("THEFT", kt)
    s.ev(75, "1999", "other", "THEFT", lon=P[0], lat=P[1], jitter=80, text="我手機在演唱會被偷了，要去哪裡報案", delay=12, alt="CONCERT")
    kf = s.ev(85, "119", "ambulance", "FAINT", lon=P[0], lat=P[1], jitter=50, text="影音中心演唱會 女性觀眾疑中暑昏倒", delay=1, alt="CONCERT")
    s.open("FAINT", kf)
    s.ev(110, "119", "ambulance", "FAINT", lon=P[0], lat=P[1], jitter=50, text="患者已送醫", status="closed", delay=1, alt="CONCERT")
    kc = s.ev(148, "incident", "missing_person", "CHILD", lon=P[0], lat=P[1], jitter=100, sev="Moderate", text="散場時七歲男童走失，穿藍色上衣", delay=3)
    s.open("CHILD", kc)
    s.ev(150, "1999", "missing_person", "CHILD", lon=P[0], lat=P[1], jitter=120, text="小孩走失了，在影音中心這邊", delay=4)
    s.ev(178, "incident", "missing_person", "CHILD", lon=120.6535, lat=24.1840, jitter=40, sev="Minor", text="走失男童已於中科路口尋獲，交還家屬", follows=kc, delay=3)
    J = (120.6524, 24.1800)
    ks = s.ev(120, "incident", "traffic_accident", "SCOOTER", lon=J[0], lat=J[1], jitter=40, sev="Minor", text="凱旋路近敦化路機車自撞，騎士擦傷", delay=5)
    s.open("SCOOTER", ks)
    s.ev(121, "1999", "traffic_accident", "SCOOTER", lon=J[0], lat=J[1], jitter=80, text="凱旋路有機車摔車", delay=8)
    # background
    s.ev(40, "1999", "streetlight", None, lon=120.6610, lat=24.1760, jitter=60, text="中平路一盞路燈不亮", delay=30)
    s.ev(100, "cctv", "wrong_way", None, sid="SN-CCTV-007", text="偵測逆向行駛", confidence=0.41, delay=0.5)
    s.notes = ["Why: the concert's effects (car parks full, slow-downs, crowd control, red-line parking, noise) are one job, the event's.",
               "Why: theft, a faint, a lost child and a scooter fall all happen inside or beside the event's 400 m area but each is its own dispatch (police case, ambulance, search, crash). Under the alternative a coordinator running an event desk books the faint and the theft victim's call to the event.",
               "Why: a low-confidence wrong-way detection 1.3 km north with nothing else is noise."]
    s.set_alt("Event desk reading: the faint (medical post at the venue) and the theft victim's 1999 call are handled inside the event's command post.",
              [inc_of(s, "CONCERT"), inc_of(s, "THEFT"), inc_of(s, "CHILD"), inc_of(s, "SCOOTER")])
    s.write()

# ---------------------------------------------------------------- 1975
def s1975():
    from datetime import timedelta
    s = Sit(1975, "huanzhong_crash_late_skewed", "2026-02-09T00:20:00Z",
            "週一早上八點二十分尖峰，環中路二段/中科路口發生三車追撞。資料送達很亂：監視器分析以本地時間當UTC打時間戳（快了八小時）、"
            "警方續報比初報先到、1999案件積壓三小時才送進來、多筆重複送達。同時170公尺外環中路/經貿路口號誌控制器故障黑燈，為另一件號誌維修派遣。")
    s.inc("PILEUP", "traffic", "環中路二段/中科路口三車追撞，一人輕傷，佔用兩車道。")
    s.inc("SIGDARK", "traffic", "環中路二段/經貿路二段口號誌控制器故障黑燈，交通局派修、警方指揮交通。")
    J = pos("SN-SIG-003")
    # skewed CCTV: observed stamped +8h
    kc = s.ev(0, "cctv", "accident", "PILEUP", sid="SN-CCTV-003", text="路口偵測多車碰撞", confidence=0.88, delay=0.5,
              observed=s.t(8 * 60))
    s.dup(kc, 0.1)
    s.dup(kc, 2)
    kp = s.ev(2, "incident", "injury_accident", "PILEUP", lon=J[0], lat=J[1], jitter=30, sev="Moderate",
              text="環中路二段中科路口三車追撞，一人頸部疼痛", delay=25)  # initial report arrives late
    kp2 = s.ev(12, "incident", "traffic_accident", "PILEUP", lon=J[0], lat=J[1], jitter=30, sev="Moderate",
               text="續報：環中路中科路口追撞，內側兩車道封閉，拖吊車已通知", follows=kp, delay=1)  # arrives before kp
    s.open("PILEUP", kc)
    ka = s.ev(4, "119", "ambulance", "PILEUP", lon=J[0], lat=J[1], jitter=20, text="環中路中科路口車禍 一名女性頸部疼痛", delay=1)
    s.dup(ka, 12)
    s.ev(30, "119", "ambulance", "PILEUP", lon=J[0], lat=J[1], jitter=20, text="傷者已送醫", status="closed", delay=1)
    s.ev(25, "1999", "traffic_accident", "PILEUP", lon=120.6540, lat=24.1982, jitter=60, text="剛剛打過，環中路的事故車還沒拖走", delay=200)
    k3 = s.ev(5, "rule", "congestion", "PILEUP", sid="SN-VD-HUANZHONG-02", sev="Moderate", text="環中路車輛偵測器2 車速 9 km/h", delay=1)
    s.dup(k3, 4)
    s.ev(7, "1999", "traffic_accident", "PILEUP", lon=J[0], lat=J[1], jitter=80, text="環中路中科路口好幾台車撞在一起", delay=185)
    s.ev(9, "1999", "traffic_accident", "PILEUP", lon=120.6505, lat=24.1973, jitter=60, text="環中路往西塞到不行，前面車禍", delay=190)
    s.ev(15, "cctv", "stalled_vehicle", "PILEUP", sid="SN-CCTV-003", text="路口車輛停滯", confidence=0.77, delay=0.5, observed=s.t(15 + 8 * 60))
    k6 = s.ev(20, "rule", "congestion", "PILEUP", sid="SN-VD-HUANZHONG-04", sev="Moderate",
              text="環中路車輛偵測器4 車速 18 km/h", delay=1, alt=None)
    s.ev(55, "incident", "road_reopened", "PILEUP", lon=J[0], lat=J[1], jitter=30, sev="Minor", text="環中路中科路口事故排除，恢復通行", follows=kp, delay=2)
    # signal dark 170 m east
    S4 = pos("SN-SIG-004")
    ks = s.ev(6, "signal", "fault", "SIGDARK", sid="SN-SIG-004", text="控制器故障 黑燈", delay=0.2)
    s.dup(ks, 0.5)
    s.open("SIGDARK", ks)
    s.ev(8, "cctv", "signal_dark", "SIGDARK", sid="SN-CCTV-004", text="號誌黑燈", confidence=0.9, delay=0.5, observed=s.t(8 + 8 * 60))
    s.ev(10, "1999", "traffic_signal", "SIGDARK", lon=S4[0], lat=S4[1], jitter=40, text="環中路經貿路口紅綠燈不亮", delay=170)
    s.ev(14, "incident", "traffic_signal_fault", "SIGDARK", lon=S4[0], lat=S4[1], jitter=20, sev="Moderate", text="環中路經貿路口號誌黑燈，派員指揮交通", delay=3)
    kr = s.ev(95, "signal", "restored", "SIGDARK", sid="SN-SIG-004", text="號誌恢復正常", delay=0.2)
    s.dup(kr, 30)
    # background: old queued items
    s.ev(-300, "parking", "full", None, sid="SN-PK-001", text="水湳轉運中心停車場 車位已滿", delay=320)
    s.ev(-240, "1999", "road_damage", None, lon=120.6480, lat=24.1950, jitter=60, text="凱旋路人孔蓋鬆動，車子壓過會響", delay=250)
    s.ev(40, "status", "offline", None, sid="SN-RG-002", reason="battery_low", text="水湳轉運中心雨量站 離線")
    s.ev(65, "status", "online", None, sid="SN-RG-002", text="水湳轉運中心雨量站 連線")
    s.notes = ["Why: the CCTV items say 16:20 (local time stamped as UTC); a coordinator reads them by arrival and puts them with the 08:20 pile-up.",
               "Why: the police follow-up (follows the initial report) arrives before its initial report; the 1999 calls arrive three hours late; duplicates repeat their keys.",
               "Why: the dark signal 170 m east is the same corridor and morning but a controller fault with its own repair crew: separate job.",
               "Why: the slow-down at HUANZHONG-04, 1.9 km west, is the pile-up's queue to me; under the alternative it is normal peak-hour traffic (null)."]
    s.set_alt("The far detector (HUANZHONG-04) slow-down is ordinary Monday peak traffic, not the pile-up's queue.",
              [inc_of(s, "PILEUP"), inc_of(s, "SIGDARK")])
    s.write()

# ---------------------------------------------------------------- 1976
def s1976():
    s = Sit(1976, "south_cabinet_power_cut", "2026-08-11T05:05:00Z",
            "下午一點多台電饋線跳脫，中央公園南側與中平路一帶停電約兩小時：公園南機櫃（GW-CPS-01）所有設備以市電中斷離線，"
            "經貿路/中平路口號誌黑燈，住戶打1999停電、整排路燈不亮，中國醫藥大學水湳校區電梯困兩人。另有河南路一支車輛偵測器通訊中斷（與停電無關）。")
    s.inc("POWER", "infrastructure", "中平路一帶饋線停電：公園南機櫃設備離線、路燈全暗、住戶停電，通報台電並派員檢查機櫃。")
    s.inc("SIGNAL", "traffic", "停電造成經貿路/中平路口號誌黑燈，警方指揮交通。")
    s.inc("LIFT", "rescue", "中國醫藥大學水湳校區電梯停電困兩人，消防救出。")
    cps = ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]
    first = None
    for i, sid in enumerate(cps):
        k = s.ev(0.2 * i, "status", "offline", "POWER", sid=sid, reason="mains_power_lost", text=SENSORS[sid]["properties"]["name"] + " 離線 市電中斷", delay=0.1)
        first = first or k
    for i, sid in enumerate(cps[:4]):
        s.ev(10 + 0.1 * i, "rule", "sensor_offline", "POWER", sid=sid, sev="Minor", text=SENSORS[sid]["properties"]["name"] + " 超過10分鐘未回傳", delay=0.2)
    S = pos("SN-SIG-011")
    ks = s.ev(0.5, "signal", "fault", "SIGNAL", sid="SN-SIG-011", text="號誌黑燈 電源異常", delay=0.2, alt="POWER")
    s.open("SIGNAL", ks)
    s.ev(2, "cctv", "signal_dark", "SIGNAL", sid="SN-CCTV-011", text="號誌黑燈", confidence=0.86, delay=0.5, alt="POWER")
    s.ev(9, "incident", "traffic_signal_fault", "SIGNAL", lon=S[0], lat=S[1], jitter=20, sev="Moderate", text="經貿路中平路口號誌不亮，派員指揮", delay=3, alt="POWER")
    s.ev(6, "1999", "traffic_signal", "SIGNAL", lon=S[0], lat=S[1], jitter=50, text="經貿路中平路口紅綠燈全部不亮很危險", delay=5, alt="POWER")
    kp = s.ev(3, "1999", "power_outage", "POWER", lon=120.6600, lat=24.1750, jitter=150, text="我家突然停電，整條中平路好像都沒電", delay=4)
    s.open("POWER", kp)
    s.ev(5, "1999", "power_outage", "POWER", lon=120.6580, lat=24.1770, jitter=150, text="停電了，什麼時候會來電", delay=6)
    s.ev(30, "1999", "streetlight", "POWER", lon=120.6570, lat=24.1760, jitter=120, text="公園南邊整排路燈都不亮", delay=8)
    s.ev(40, "1999", "water_outage", "POWER", lon=120.6610, lat=24.1760, jitter=100, text="大樓停電之後水也沒了，馬達不能打水", delay=5)
    s.ev(3, "fire_alarm", "fault", "POWER", sid="SN-FA-010", text="主電源斷電 切換預備電源", delay=0.3)
    s.ev(4, "fire_alarm", "fault", "POWER", sid="SN-FA-008", text="主電源失電", delay=0.3)
    C = pos("SN-FA-010")
    kl = s.ev(6, "119", "rescue", "LIFT", lon=C[0], lat=C[1], jitter=20, text="中國醫藥大學水湳校區 電梯停電困2人", delay=1)
    s.open("LIFT", kl)
    s.ev(7, "1999", "rescue", "LIFT", lon=C[0], lat=C[1], jitter=40, text="電梯停電卡住，我同事在裡面", delay=4)
    s.ev(28, "119", "rescue", "LIFT", lon=C[0], lat=C[1], jitter=20, text="受困2人已救出", status="closed", delay=1)
    # restoration
    for i, sid in enumerate(cps):
        s.ev(125 + 0.3 * i, "status", "online", "POWER", sid=sid, text=SENSORS[sid]["properties"]["name"] + " 連線", delay=0.1)
    s.ev(126, "signal", "restored", "SIGNAL", sid="SN-SIG-011", text="號誌恢復正常", delay=0.2, alt="POWER")
    s.ev(127, "fire_alarm", "normal", "POWER", sid="SN-FA-010", text="主電源恢復", delay=0.3)
    # unrelated VD link loss
    s.ev(45, "status", "offline", None, sid="SN-VD-HENAN-01", reason="comms_lost", text="河南路車輛偵測器1 離線 通訊中斷", alt="VDLINK")
    s.ev(55, "rule", "sensor_offline", None, sid="SN-VD-HENAN-01", sev="Minor", text="河南路車輛偵測器1 超過10分鐘未回傳", delay=0.2, alt="VDLINK")
    # background
    s.ev(60, "1999", "noise", None, lon=120.6620, lat=24.1770, jitter=80, text="有人開發電機很吵", delay=10, alt="POWER")
    s.ev(20, "rule", "congestion", None, sid="SN-VD-ZHONGPING-02", sev="Moderate", text="中平路車輛偵測器2 車速 17 km/h", alt="SIGNAL")
    s.notes = ["Why: five devices of one cabinet going offline with mains_power_lost, two panels on battery, dark streetlights and residents' calls are one power cut: one job (Taipower + our cabinet check).",
               "Why: the dark junction is the power cut's effect but needs its own police officer directing traffic: a separate traffic job; under the alternative it is inside the power-cut job.",
               "Why: the lift entrapment is a rescue (lift + trapped), not the power company's.",
               "Why: the Henan VD's comms_lost, 1.3 km west and 45 minutes later, is a routine maintenance ticket (null); under the alternative it is an infrastructure job of its own.",
               "Why: the ZHONGPING-02 slow-down 500 m east of the dark junction: I leave it out (afternoon traffic); the alternative gives it to the dark signal."]
    s.set_alt("Strict reading: the dark junction is part of the power-cut job, the VD link loss is its own maintenance job, the slow-down is the dark junction's (now the power cut's), the generator noise is the power cut's.",
              [inc_of(s, "POWER"), inc_of(s, "LIFT"),
               {"label": "VDLINK", "type": "infrastructure", "description": "河南路車輛偵測器1通訊中斷，開維修單。"}])
    s.alt["incidents"][2]["sufficient_evidence_key"] = [i for i in s.items if i.get("truth_alt") == "VDLINK" and i["feed"] == "rule"][0]["key"]
    # SIGNAL under alt: its items go to POWER; the slow-down's alt says SIGNAL -> fix to POWER
    for i in s.items:
        if i.get("truth_alt") == "SIGNAL":
            i["truth_alt"] = "POWER"
    s.write()

if __name__ == "__main__":
    for f in (s1971, s1972, s1973, s1974, s1975, s1976):
        f()
