"""Situations 397-402. Run: python3 gen_b.py (seeded, stable output)."""
from lib import Sit, SENSORS, along, near


def s397():
    s = Sit(397, "hub_fire_traffic_cascade", "2026-11-06 17:20",
            "Friday rush hour. An intercity bus's engine catches fire in bay 18 of 水湳轉運中心; smoke fills the "
            "waiting hall and the hub is evacuated. Police close the hub's access on 經貿路二段 and hold buses; the "
            "queue spreads onto 環中路, 黎明路 and the 台74 ramps for an hour. Commuters call 1999 about buses that "
            "never come and roads that do not move. A rear-end crash in the queue on 環中路 near 凱旋路 is its own job.")
    F, T, RE = "397-hub-bus-fire", "397-hub-traffic-jam", "397-rear-end-in-queue"
    r = s.rng
    fa = SENSORS["SN-FA-001"]
    s.add("fire_alarm", "alarm", 0, 6, sensor="SN-FA-001", text="1F 國道客運月台 第18車格 偵煙探測器動作", truth=F)
    s.add("fire_alarm", "alarm", 0.7, 6, sensor="SN-FA-001", text="1F 候車大廳 偵煙探測器動作", truth=F)
    s.add("1999", "fire_smoke", 1.5, 80, lon=fa["lon"], lat=fa["lat"] + 0.0002,
          text="轉運站裡面一台客運車頭在冒煙，大廳都是煙，大家都往外跑", truth=F)
    d = s.add("119", "fire", 2.2, 20, lon=fa["lon"], lat=fa["lat"],
              text="水湳轉運中心 國道客運車輛火警 大廳濃煙 出動水湳、北屯分隊 水箱車3 救護車2", truth=F)
    s.add("incident", "fire_report", 4.0, 70, lon=fa["lon"], lat=fa["lat"], severity="Severe",
          text="水湳轉運中心客運車輛起火 旅客疏散中 派員管制經貿路二段進出", truth=F)
    s.add("cctv", "smoke", 4.5, 15, sensor="SN-CCTV-004", conf=0.69, text="畫面西南方偵測煙霧", truth=F)
    s.add("1999", "fire_smoke", 5.0, 150, lon=fa["lon"] + 0.0005, lat=fa["lat"] - 0.0004,
          text="轉運站那邊冒黑煙，裡面還有人嗎？我女兒在裡面等車，電話打不通", truth=F)
    s.add("incident", "road_closure", 8.0, 60, lon=120.6538, lat=24.1978, severity="Severe",
          text="經貿路二段(環中路至黎明路)雙向封閉 轉運中心暫停車輛進出", truth=F, alt=T)
    s.add("parking", "full", 9.0, 20, sensor="SN-PK-001", text="水湳轉運中心停車場 入口關閉 可用格位0", truth=F, alt=T)
    s.add("119", "ambulance", 11.0, 20, lon=fa["lon"], lat=fa["lat"], text="轉運中心火警 旅客3名吸入煙霧 1名送醫", truth=F)
    s.add("rule", "congestion", 12.0, 40, sensor="SN-VD-JINGMAO-01", text="經貿路車輛偵測器1 平均車速 5 km/h", truth=F, alt=T)
    s.add("rule", "congestion", 14.0, 40, sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 12 km/h", truth=F, alt=T)
    s.add("1999", "other", 15.0, 120, lon=120.6550, lat=24.1960,
          text="公車怎麼都不進站？我在黎明路站等了半小時，轉運站發生什麼事？", truth=F, alt=T)
    s.add("rule", "congestion", 17.0, 40, sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 9 km/h", truth=F, alt=T)
    s.add("rule", "congestion", 19.0, 40, sensor="SN-VD-LIMING-01", text="黎明路車輛偵測器1 平均車速 11 km/h", truth=F, alt=T)
    s.add("cctv", "stalled_vehicle", 20.0, 15, sensor="SN-CCTV-003", conf=0.77, text="南向車道車輛靜止", truth=F, alt=T)
    s.add("1999", "other", 21.0, 140, lon=120.6497, lat=24.1972,
          text="環中路塞到完全不能動，是前面有什麼活動嗎？下班已經塞四十分鐘了", truth=F, alt=T)
    s.add("incident", "crowd_control", 22.0, 90, lon=fa["lon"] - 0.0003, lat=fa["lat"] + 0.0003, severity="Moderate",
          text="疏散旅客約800人聚集於轉運中心北側廣場 協助引導至臨時候車點", truth=F)
    s.add("cctv", "crowding", 23.0, 15, sensor="SN-CCTV-003", conf=0.83, text="人行道人群聚集 靜止", truth=F)
    s.add("rule", "congestion", 24.0, 40, sensor="SN-VD-KAIXUAN-01", text="凱旋路車輛偵測器1 平均車速 10 km/h", truth=F, alt=T)
    s.add("cctv", "stalled_vehicle", 25.0, 15, sensor="SN-CCTV-001", conf=0.72, text="匝道車流回堵", truth=F, alt=T)
    s.add("1999", "other", 27.0, 100, lon=120.6472, lat=24.1950,
          text="台74下來那個匝道回堵到快車道上了，很危險，可不可以派人來指揮？", truth=F, alt=T)
    X = (120.6490, 24.1969)
    kr = s.add("cctv", "stalled_vehicle", 38.0, 15, sensor="SN-CCTV-002", conf=0.86, text="東向車道兩車停止 車門開啟", truth=RE)
    s.add("1999", "traffic_accident", 38.6, 70, lon=X[0], lat=X[1],
          text="環中路凱旋路口這邊塞車又追撞了，兩台車停在中間在吵架", truth=RE)
    kp = s.add("incident", "accident", 40.0, 90, lon=X[0], lat=X[1], severity="Minor",
               text="環中路二段凱旋路口 車陣中自小客追撞 無人受傷 雙方移至路邊處理", truth=RE)
    s.add("1999", "other", 42.0, 160, lon=120.6512, lat=24.1945,
          text="導航叫我繞黎明路，結果黎明路也塞爆，可以開路肩嗎？", truth=F, alt=T)
    s.add("119", "fire", 30.0, 20, lon=fa["lon"], lat=fa["lat"], follows=d, text="車輛火警撲滅 大廳排煙中", truth=F)
    s.add("1999", "fire_smoke", 33.0, 180, lon=fa["lon"] - 0.0004, lat=fa["lat"] + 0.0001,
          text="火是不是滅了？我的行李還在候車大廳，可以回去拿嗎", truth=F)
    s.add("incident", "road_closure", 55.0, 60, lon=120.6538, lat=24.1978, severity="Minor",
          text="經貿路二段解除封閉 轉運中心恢復營運 客運依序進站", truth=F, alt=T)
    s.add("fire_alarm", "normal", 52.0, 6, sensor="SN-FA-001", text="火警受信總機復歸", truth=F)
    s.add("1999", "other", 58.0, 150, lon=120.6520, lat=24.1935,
          text="我訂的客運到底還會不會開？票要找誰退？", truth=F, alt=None)
    s.add("rule", "congestion", 64.0, 40, sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 18 km/h（回升中）", truth=F, alt=T)
    s.noise(12, -5, 75, pool=["streetlight", "illegal_parking", "pothole", "other", "panel_fault", "blip", "noise"])
    s.incident(F, "fire", "Bus engine fire in 水湳轉運中心, evacuation, hub closed; traffic cascade on the surrounding roads", d)
    s.incident(RE, "traffic", "Rear-end crash in the queue at 環中路/凱旋路, no injuries", kp)
    s.alternative("A coordinator may run the congestion as a traffic-management job of its own (traffic police "
                  "and the Transportation Bureau's signal timing) rather than inside the fire job.",
                  {T: {"label": T, "type": "traffic", "description": "Congestion around the closed hub on 環中路/經貿路/黎明路/台74 ramps",
                       "sufficient_evidence_key": None}})
    s._alt_T = T
    return s


def s398():
    s = Sit(398, "convention_fire_and_cardiac", "2026-08-15 14:00",
            "Saturday trade show at 臺中國際會展中心. At 14:10 an extension cord sets a booth alight in hall B; "
            "one minute later, in hall A (130 m away, linked by a corridor), a visitor collapses with a cardiac "
            "arrest. Smoke drifts through the corridor and trips hall A's panel too. The show itself runs "
            "normally and is background.")
    F, CA = "398-hallB-booth-fire", "398-hallA-cardiac-arrest"
    AA = "398-hallA-alarm-check"
    r = s.rng
    A, B = SENSORS["SN-FA-002"], SENSORS["SN-FA-003"]
    s.add("planned_event", "exhibition", -7200, 0, lon=120.6550, lat=24.1944, start_min=-240, ends_min=240,
          arrival_min=-7200, text="臺中國際會展中心 國際機械展 A、B館 預估每日入場3萬人次", truth=None)
    s.add("parking", "full", -60, 20, sensor="SN-PK-006", text="臺中國際會展中心停車場 汽車格位已滿", truth=None)
    s.add("fire_alarm", "alarm", 10, 6, sensor="SN-FA-003", text="B館 1F 展區 B-214 偵煙探測器動作", truth=F)
    s.add("1999", "fire_smoke", 11.0, 70, lon=B["lon"], lat=B["lat"] + 0.0001,
          text="B館有攤位在燒，延長線那邊冒火花，現在整個展區都是煙", truth=F)
    kca = s.add("119", "ambulance", 11.4, 20, lon=A["lon"], lat=A["lat"],
                text="會展中心A館 男性約60歲 突然倒地 無呼吸 現場民眾CPR中 AED已取", truth=CA)
    kf = s.add("119", "fire", 12.0, 20, lon=B["lon"], lat=B["lat"],
               text="會展中心B館 展位電線走火 濃煙 出動水湳分隊 水箱車2 雲梯車1", truth=F)
    s.add("1999", "other", 12.5, 90, lon=A["lon"], lat=A["lat"] - 0.0001,
          text="A館有一個阿伯倒下去了，有人在幫他壓胸，救護車要從哪個門進來？", truth=CA)
    s.add("fire_alarm", "alarm", 14.0, 6, sensor="SN-FA-003", text="B館 1F 展區 B-220 偵煙探測器動作", truth=F)
    ka = s.add("fire_alarm", "alarm", 14.5, 6, sensor="SN-FA-002", text="A館 1F 連通廊 偵煙探測器動作", truth=F, alt=AA)
    s.add("1999", "fire_smoke", 15.0, 130, lon=A["lon"] + 0.0002, lat=A["lat"] - 0.0002,
          text="A館這邊也開始有燒焦味，廣播叫我們往外走，可是剛剛有人倒在地上還在急救", truth=CA, alt=F)
    s.add("incident", "fire_report", 16.0, 80, lon=B["lon"], lat=B["lat"], severity="Moderate",
          text="會展中心B館展位火警 疏散B館人員約2,000人 派員於經貿路二段管制", truth=F)
    s.add("incident", "crowd_control", 19.0, 80, lon=(A["lon"] + B["lon"]) / 2, lat=(A["lat"] + B["lat"]) / 2,
          severity="Moderate", text="會展中心疏散人潮聚集於前廣場 引導遠離救護車動線", truth=F)
    s.add("119", "ambulance", 19.5, 20, lon=A["lon"], lat=A["lat"], follows=kca,
          text="A館傷患 AED電擊1次 恢復心跳 送中國醫藥大學附設醫院", truth=CA)
    s.add("1999", "fire_smoke", 21.0, 180, lon=120.6552, lat=24.1950,
          text="我在會展中心外面，看到B館側門在冒煙，有很多人跑出來，裡面是不是火災？", truth=F)
    s.add("cctv", "crowding", 22.0, 15, sensor="SN-CCTV-006", conf=0.79, text="人行道人群聚集", truth=F, alt=None)
    s.add("1999", "other", 24.0, 200, lon=120.6560, lat=24.1937,
          text="展覽還會繼續嗎？我們攤位的東西都還在裡面，什麼時候可以進去", truth=F)
    s.add("119", "ambulance", 28.0, 20, lon=B["lon"], lat=B["lat"],
          text="B館疏散時一名女性跌倒 腳踝扭傷 現場處置", truth=F)
    s.add("rule", "congestion", 30.0, 40, sensor="SN-VD-JINGMAO-01", text="經貿路車輛偵測器1 平均車速 11 km/h", truth=F, alt=None)
    s.add("119", "fire", 31.0, 20, lon=B["lon"], lat=B["lat"], follows=kf, text="B館火勢撲滅 燒損展位2個 排煙中", truth=F)
    s.add("fire_alarm", "normal", 36.0, 6, sensor="SN-FA-002", text="火警受信總機復歸", truth=F, alt=AA)
    s.add("fire_alarm", "normal", 48.0, 6, sensor="SN-FA-003", text="火警受信總機復歸", truth=F)
    s.add("1999", "noise", 55.0, 200, lon=120.6590, lat=24.1952,
          text="會展中心外面廣播一直喊，喊了快一個小時，在家裡都聽得很清楚", truth=F, alt=None)
    s.noise(9, -30, 70, pool=["streetlight", "illegal_parking", "other", "parking_full", "panel_fault", "blip"])
    s.incident(F, "fire", "Booth fire in hall B of the convention centre, hall B evacuated", kf)
    s.incident(CA, "rescue", "Visitor in cardiac arrest in hall A, CPR and AED, taken to hospital", kca)
    s.alternative("Hall A is a separate building with its own panel: a coordinator may send a crew to check the "
                  "hall A alarm as a job of its own; the hall A caller who smells burning may be counted with the fire.",
                  {AA: {"label": AA, "type": "fire", "description": "Hall A smoke alarm (smoke through the corridor), checked separately",
                        "sufficient_evidence_key": ka}})
    return s


def s399():
    s = Sit(399, "huanzhong_three_underpasses", "2026-07-26 15:40",
            "Typhoon outer rain band moving SW to NE. Within 90 minutes three low points along 環中路 flood one "
            "after another: the 臺灣大道 underpass (15:55), the 黎明路/凱旋路 low point (16:25) and the 中清路 "
            "underpass (16:50), where a car stalls. Each is closed by a different police squad and pumped "
            "separately; callers name the road but not always the spot.")
    A, B, C = "399-flood-taiwanblvd-underpass", "399-flood-liming-kaixuan", "399-flood-zhongqing-underpass"
    CORR = "399-flood-huanzhong-corridor"
    r = s.rng
    s.add("rule", "heavy_rain", 0, 40, sensor="C0F9T0", level="豪雨", text="西屯(C0F9T0) 3小時累積 112 mm，達豪雨標準", truth=None)
    s.add("rule", "heavy_rain", 8, 40, sensor="SN-RG-002", level="豪雨", text="水湳轉運中心雨量站 3小時累積 101 mm", truth=None)
    s.add("rule", "water_level", 30, 40, sensor="SN-WL-004", level="3", text="筏子溪西屯水位 97.3 m，達三級警戒", truth=None)
    # A 臺灣大道 underpass
    fa = SENSORS["SN-FL-010"]
    s.add("rule", "flood_depth", 15, 30, sensor="SN-FL-010", level="1-15", text="臺灣大道環中路口地下道 淹水深度 12 cm", truth=A)
    ka = s.add("rule", "flood_depth", 21, 30, sensor="SN-FL-010", level="16-30", text="臺灣大道環中路口地下道 淹水深度 27 cm", truth=A)
    s.add("1999", "flooding", 22, 120, lon=fa["lon"] + 0.0003, lat=fa["lat"],
          text="臺灣大道往環中路那個地下道已經積水了，有車子還硬衝進去", truth=A)
    s.add("cctv", "stalled_vehicle", 24, 15, sensor="SN-CCTV-009", conf=0.68, text="地下道入口車輛停滯", truth=A)
    s.add("incident", "road_closure", 26, 80, lon=fa["lon"], lat=fa["lat"], severity="Severe",
          text="臺灣大道環中路口地下道積水 雙向封閉 車輛改走平面", truth=A)
    s.add("rule", "flood_depth", 33, 30, sensor="SN-FL-010", level=">30", text="臺灣大道環中路口地下道 淹水深度 46 cm", truth=A)
    s.add("1999", "other", 35, 200, lon=120.6350, lat=24.1785,
          text="環中路往臺灣大道那邊是不是封了？我要去接小孩，要怎麼繞？", truth=A, alt=None)
    # B 黎明/凱旋 low point
    fb = SENSORS["SN-FL-009"]
    s.add("rule", "flood_depth", 45, 30, sensor="SN-FL-009", level="1-15", text="黎明路凱旋路口低窪處 淹水深度 9 cm", truth=B)
    s.add("1999", "flooding", 48, 140, lon=fb["lon"] + 0.0004, lat=fb["lat"] + 0.0002,
          text="黎明路凱旋路口水淹到人行道上了，騎機車的都濺到全身", truth=B)
    kb = s.add("rule", "flood_depth", 52, 30, sensor="SN-FL-009", level="16-30", text="黎明路凱旋路口低窪處 淹水深度 21 cm", truth=B)
    s.add("cctv", "stalled_vehicle", 53, 15, sensor="SN-CCTV-007", conf=0.62, text="路口車輛停滯", truth=B)
    s.add("incident", "flooding_report", 56, 90, lon=fb["lon"], lat=fb["lat"], severity="Moderate",
          text="黎明路三段凱旋路口積水約20公分 派員警戒 請水利局抽水", truth=B)
    s.add("rule", "congestion", 58, 40, sensor="SN-VD-KAIXUAN-01", text="凱旋路車輛偵測器1 平均車速 9 km/h", truth=B)
    s.add("1999", "flooding", 60, 220, lon=120.6462, lat=24.1925,
          text="環中路黎明路這邊排水溝都滿出來了，水往我們店裡面流，沙包要去哪裡領？", truth=B, alt=CORR)
    s.add("1999", "blocked_drain", 63, 260, lon=fb["lon"] - 0.0002, lat=fb["lat"] - 0.0003,
          text="凱旋路這邊的水溝蓋被樹葉整片蓋住，水都排不下去", truth=B, alt=CORR)
    # C 中清 underpass
    fc = SENSORS["SN-FL-006"]
    s.add("rule", "flood_depth", 70, 30, sensor="SN-FL-006", level="1-15", text="中清環中路口地下道 淹水深度 14 cm", truth=C)
    kc = s.add("rule", "flood_depth", 74, 30, sensor="SN-FL-006", level="16-30", text="中清環中路口地下道 淹水深度 29 cm", truth=C)
    s.add("1999", "flooding", 76, 60, lon=fc["lon"], lat=fc["lat"] - 0.0002,
          text="中清路地下道有一台車泡在水裡，駕駛爬到車頂上了！", truth=C)
    s.add("119", "rescue", 77, 20, lon=fc["lon"], lat=fc["lat"],
          text="中清路環中路口地下道 車輛受困積水 駕駛1人於車頂待援", truth=C)
    s.add("cctv", "stalled_vehicle", 77.5, 15, sensor="SN-CCTV-008", conf=0.9, text="地下道內車輛靜止", truth=C)
    s.add("incident", "road_closure", 79, 70, lon=fc["lon"], lat=fc["lat"], severity="Severe",
          text="中清路環中路口地下道封閉 救援受困車輛", truth=C)
    s.add("rule", "flood_depth", 82, 30, sensor="SN-FL-006", level=">30", text="中清環中路口地下道 淹水深度 52 cm", truth=C)
    s.add("rule", "congestion", 84, 40, sensor="SN-VD-ZHONGQING-01", text="中清路車輛偵測器1 平均車速 6 km/h", truth=C)
    s.add("rule", "congestion", 85, 40, sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 8 km/h", truth=C, alt=CORR)
    s.add("1999", "other", 88, 180, lon=120.6600, lat=24.2000,
          text="中清路南下整個不能動了，是不是又是地下道淹水？每次下大雨都這樣", truth=C)
    s.add("119", "rescue", 92, 20, lon=fc["lon"], lat=fc["lat"], text="地下道受困駕駛已救出 無傷", truth=C)
    s.add("1999", "flooding", 95, 240, lon=120.6420, lat=24.1880,
          text="環中路整條好幾個地方都在淹，到底有沒有在清水溝？繳稅是繳假的喔", truth=None, alt=CORR)
    s.add("rule", "flood_depth", 100, 30, sensor="SN-FL-010", level="1-15", text="臺灣大道環中路口地下道 淹水深度 10 cm（下降中）", truth=A)
    s.add("incident", "road_closure", 104, 70, lon=fa["lon"], lat=fa["lat"], severity="Minor",
          text="臺灣大道環中路口地下道積水退去 解除封閉", truth=A)
    s.add("rule", "flood_depth", 108, 30, sensor="SN-FL-009", level="1-15", text="黎明路凱旋路口低窪處 淹水深度 6 cm", truth=B)
    s.noise(11, -5, 115, pool=["streetlight", "illegal_parking", "other", "panel_fault", "blip", "noise"])
    s.incident(A, "flood", "臺灣大道/環中路 underpass flooded and closed", ka)
    s.incident(B, "flood", "黎明路/凱旋路 low point flooded", kb)
    s.incident(C, "flood", "中清路/環中路 underpass flooded, driver on the car roof rescued", kc)
    s._corr = CORR
    return s


def s399_alt(s):
    A, B, C = [i["label"] for i in s.incidents]
    corr = s._corr
    for it in s.items:
        if it["truth"] in (A, B, C):
            it["truth_alt"] = corr
    first = min((i for i in s.items if i.get("truth_alt") == corr), key=lambda i: i["_arr"])
    s.alternative("A coordinator facing a typhoon band may run the whole 環中路 corridor as one flood job with "
                  "one pumping and closure plan, sending crews site by site.",
                  {A: None, B: None, C: None,
                   corr: {"label": corr, "type": "flood", "description": "Flooding along 環中路 at three low points, one corridor job",
                          "sufficient_evidence_key": s.incidents[0]["sufficient_evidence_key"]}})


def s400():
    s = Sit(400, "solvent_truck_redelivery", "2026-02-10 22:30",
            "Night. A truck carrying solvent and paint drums overturns on 中清路 by the vehicle detector 2 at "
            "22:34, knocking the detector's pole; drums leak and residents smell paint. The police feed drops out "
            "22:35-23:05 and then delivers everything at once, and after a broker restart at 23:06 many items are "
            "redelivered (same key). The 1999 system's clock runs 2 min behind. At 23:20 a drunk wrong-way driver "
            "on 環中路 is stopped by police: a separate job.")
    H, W = "400-solvent-truck-zhongqing", "400-wrong-way-huanzhong"
    r = s.rng
    X = SENSORS["SN-VD-ZHONGQING-02"]
    Xp = (X["lon"] + 0.0002, X["lat"] - 0.0001)
    out_end = 36.5  # 23:06 local
    def pol(minute):
        return max(30, (out_end - minute) * 60 + r.randint(5, 40))
    ko = s.add("status", "offline", 4.1, 8, sensor="SN-VD-ZHONGQING-02", text="offline", truth=H, alt=None)
    p1 = s.add("incident", "accident", 5.0, pol(5), lon=Xp[0], lat=Xp[1], severity="Severe",
               text="中清路二段 大貨車翻覆 車上油漆溶劑桶散落 撞倒路旁設施桿", truth=H)
    h = s.add("119", "hazmat", 6.0, 20, lon=Xp[0], lat=Xp[1],
              text="中清路二段 大貨車翻覆 化學溶劑桶破損洩漏 出動化學車1 水箱車2 救護車1", truth=H)
    s.add("1999", "other", 7.0, 90, lon=Xp[0] - 0.0006, lat=Xp[1] + 0.0004, skew_s=-120,
          text="外面好大一聲碰，然後整條街都是油漆的味道，很刺鼻，是怎麼了", truth=H)
    s.add("1999", "traffic_accident", 8.0, 100, lon=Xp[0] + 0.0003, lat=Xp[1], skew_s=-120,
          text="中清路一台大卡車翻倒了，東西掉滿地，有液體一直流出來", truth=H)
    p2 = s.add("incident", "fallen_object", 9.0, pol(9), lon=Xp[0], lat=Xp[1], severity="Severe",
               text="中清路二段南下車道散落溶劑桶約30桶 占用全部車道", truth=H)
    s.add("119", "ambulance", 10.0, 20, lon=Xp[0], lat=Xp[1], text="翻覆貨車駕駛 手臂挫傷 意識清楚", truth=H)
    s.add("rule", "sensor_offline", 14.5, 30, sensor="SN-VD-ZHONGQING-02", text="中清路車輛偵測器2 超過 10 分鐘未回傳", truth=H, alt=None)
    p3 = s.add("incident", "road_closure", 12.0, pol(12), lon=Xp[0], lat=Xp[1], severity="Severe",
               text="中清路二段(經貿路至環中路)雙向封閉 處理化學品洩漏", truth=H)
    s.add("1999", "other", 13.0, 150, lon=Xp[0] - 0.0009, lat=Xp[1] + 0.0007, skew_s=-120,
          text="味道越來越重，頭暈想吐，窗戶要關起來嗎？小孩已經睡了要不要叫起來", truth=H)
    s.add("1999", "other", 16.0, 200, lon=Xp[0] + 0.0010, lat=Xp[1] - 0.0006, skew_s=-120,
          text="中清路怎麼封起來了？我要回家，只能從這裡進去", truth=H)
    s.add("rule", "congestion", 18.0, 40, sensor="SN-VD-ZHONGQING-01", text="中清路車輛偵測器1 平均車速 13 km/h", truth=H, alt=None)
    s.add("119", "hazmat", 24.0, 20, lon=Xp[0], lat=Xp[1], follows=h,
          text="洩漏已圍堵 吸附處理中 下風處300公尺住戶建議關窗", truth=H)
    s.add("1999", "other", 27.0, 180, lon=Xp[0] - 0.0012, lat=Xp[1] + 0.0009, skew_s=-120,
          text="消防局的人說要關窗，可是我們家沒有冷氣，要關多久？", truth=H)
    p4 = s.add("incident", "accident", 31.0, pol(31), lon=Xp[0], lat=Xp[1], severity="Moderate", follows=p1,
               text="貨車駕駛酒測值0 送醫 肇事原因調查中", truth=H)
    # broker restart 23:06: redelivery of earlier items
    for k in (p1, p2, h, ko):
        s.dup(k, 0)
    # the wrong-way driver
    kw = s.add("cctv", "wrong_way", 50.0, 15, sensor="SN-CCTV-008", conf=0.71, text="西向車道偵測逆向車輛", truth=W)
    s.add("1999", "other", 50.5, 60, lon=120.6610, lat=24.1990, skew_s=-120,
          text="環中路有一台車逆向開過來！差點撞到我，開很快，往中清路那邊去了", truth=W)
    kp = s.add("incident", "stalled_vehicle", 53.0, 60, lon=120.6585, lat=24.1992, severity="Moderate",
               text="環中路二段逆向自小客已攔停 駕駛酒測值0.68 依法移送", truth=W)
    s.add("incident", "road_closure", 70.0, 60, lon=Xp[0], lat=Xp[1], severity="Minor", follows=p3,
          text="中清路二段清理完成 恢復通行", truth=H)
    s.add("119", "hazmat", 72.0, 20, lon=Xp[0], lat=Xp[1], follows=h, text="現場清理完畢 移交環保局 返隊", truth=H)
    s.dup(kw, 420)
    s.add("status", "online", 170.0, 8, sensor="SN-VD-ZHONGQING-02", text="online", truth=H, alt=None)
    s.noise(11, -10, 90, pool=["streetlight", "illegal_parking", "other", "noise", "panel_fault", "blip"])
    s.incident(H, "fire", "Overturned solvent truck on 中清路二段, leaking drums, road closed (hazmat job)", h)
    s.incident(W, "traffic", "Drunk wrong-way driver on 環中路二段 stopped by police", kw)
    s.alternative("The detector knocked offline by the truck may be a maintenance ticket of its own for the "
                  "Transportation Bureau (none for the hazmat crews); the slow-down at detector 1 may be ordinary "
                  "diversion traffic.",
                  {})
    return s


def s400_fix(s):
    # redelivered items after the broker restart at 23:06 local (minute 36.5)
    import datetime as dt
    from lib import iso
    restart = s.t0 + dt.timedelta(minutes=36.5)
    # the 1999 system's clock is 2 min slow for every case, background ones included
    for it in s.items:
        if it["feed"] == "1999" and it["truth"] is None and not it.get("_skewed"):
            it["observed"] = iso(dt.datetime.strptime(it["observed"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc) - dt.timedelta(seconds=120))
            it["_skewed"] = True
    for it in s.items:
        if it.get("_dup") and it["feed"] != "cctv":
            it["_arr"] = max(restart + dt.timedelta(seconds=s.rng.randint(2, 50)), it["_arr"] + dt.timedelta(seconds=60))
            it["arrival"] = iso(it["_arr"])


def s401():
    s = Sit(401, "lantern_night_central_park", "2026-02-28 17:30",
            "Holiday lantern festival in Central Park, 18:00-22:00, some 40,000 visitors. The crowd, full car "
            "parks and slow roads form the event job; inside it, small separate jobs: a lost five-year-old, two "
            "ambulances 600 m apart, a scooter theft at the 河南路 car park, a vendor's gas cylinder leaking, and a "
            "dark signal at 經貿路/經貿七路.")
    E = "401-lantern-festival-crowd"
    LC, AN, AS, TH, GS, SG = ("401-lost-child", "401-ambulance-pond1-stairs", "401-ambulance-south-burn",
                              "401-scooter-theft-henan-carpark", "401-vendor-gas-leak", "401-signal-jingmao7")
    r = s.rng
    C = (120.6565, 24.1830)
    s.add("planned_event", "exhibition", -10080, 0, lon=C[0], lat=C[1], start_min=30, ends_min=270,
          arrival_min=-10080, text="中央公園 元宵燈會 每日18:00-22:00 預估單日4萬人次 經貿路、中科路交通管制", truth=E)
    s.add("parking", "full", 10, 20, sensor="SN-PK-004", text="中央公園地下停車場(北) 汽車格位已滿", truth=E)
    s.add("parking", "full", 18, 20, sensor="SN-PK-005", text="中央公園地下停車場(南) 汽車格位已滿", truth=E)
    s.add("parking", "full", 26, 20, sensor="SN-PK-003", text="河南路停車場 汽車格位已滿", truth=E)
    s.add("rule", "congestion", 28, 40, sensor="SN-VD-JINGMAO-02", text="經貿路車輛偵測器2 平均車速 10 km/h", truth=E)
    ke = s.add("incident", "crowd_control", 40, 80, lon=C[0], lat=C[1], severity="Moderate",
               text="燈會主燈區人潮密集 實施單向動線 經貿路五路口管制", truth=E)
    s.add("rule", "congestion", 44, 40, sensor="SN-VD-ZHONGKE-01", text="中科路車輛偵測器1 平均車速 9 km/h", truth=E)
    s.add("1999", "crowding", 52, 150, lon=C[0] + 0.0003, lat=C[1] - 0.0005,
          text="主燈那邊擠到走不動，推嬰兒車根本過不去，後面的人還一直推", truth=E)
    s.add("1999", "other", 58, 200, lon=120.6532, lat=24.1750,
          text="有沒有加開接駁車？河南路這邊排隊排到停車場外面了", truth=E)
    s.add("rule", "congestion", 61, 40, sensor="SN-VD-HENAN-02", text="河南路車輛偵測器2 平均車速 12 km/h", truth=E)
    # lost child
    kl = s.add("1999", "other", 66, 60, lon=120.6560, lat=24.1795,
               text="我女兒走丟了！五歲，綁兩個馬尾穿紅色外套，剛剛還在南邊燈區旁邊，拜託幫忙找", truth=LC)
    km = s.add("incident", "missing_person", 68, 60, lon=120.6560, lat=24.1795, severity="Moderate",
          text="燈會南區 5歲女童走失 紅色外套 通報各崗哨協尋", truth=LC)
    s.add("incident", "missing_person", 84, 60, lon=120.6572, lat=24.1812, severity="Minor", follows=km,
          text="走失女童於服務台尋獲 已交還家長", truth=LC)
    # ambulance north, pond 1 stairs
    P1 = (120.6558, 24.1880)
    ka = s.add("119", "ambulance", 75, 20, lon=P1[0], lat=P1[1],
               text="中央公園滯洪池1旁階梯 老婦人跌倒 頭部流血", truth=AN)
    s.add("1999", "other", 75.5, 100, lon=P1[0] + 0.0002, lat=P1[1],
          text="北邊那個階梯好暗，有阿嬤跌倒頭在流血，救護車進得來嗎？人好多", truth=AN)
    s.add("incident", "crowd_control", 78, 60, lon=P1[0], lat=P1[1], severity="Minor",
          text="協助救護車由敦化路側門進入 北區暫時封鎖階梯", truth=AN, alt=E)
    # gas leak at vendor
    G = (120.6572, 24.1838)
    kg = s.add("1999", "other", 90, 80, lon=G[0], lat=G[1],
               text="攤販區那邊瓦斯味好重，有一攤在煎東西，旁邊都是小孩，會不會爆炸", truth=GS)
    kh = s.add("119", "hazmat", 92, 20, lon=G[0], lat=G[1], text="燈會攤販區 疑似瓦斯外洩 出動水湳分隊檢測", truth=GS)
    s.add("incident", "crowd_control", 93, 60, lon=G[0], lat=G[1], severity="Moderate",
          text="攤販區疑似瓦斯外洩 周邊20公尺淨空", truth=GS, alt=E)
    s.add("119", "hazmat", 104, 20, lon=G[0], lat=G[1], follows=kh,
          text="攤商瓦斯桶接頭鬆脫 已關閉更換 無危險", truth=GS)
    # signal dark 經貿路/經貿七路
    ks = s.add("signal", "fault", 110, 15, sensor="SN-SIG-006", text="號誌燈頭熄滅 控制器無回應", truth=SG)
    s.add("cctv", "signal_dark", 111, 15, sensor="SN-CCTV-006", conf=0.88, text="號誌燈頭未亮", truth=SG)
    s.add("1999", "other", 114, 130, lon=120.6571, lat=24.1927,
          text="經貿路跟經貿七路口的紅綠燈全部沒亮，燈會散場的人一直在路口穿越，很恐怖", truth=SG)
    s.add("signal", "restored", 158, 15, sensor="SN-SIG-006", text="號誌恢復正常運轉", truth=SG)
    # ambulance south, sparkler burn
    P2 = (120.6558, 24.1772)
    kb = s.add("119", "ambulance", 122, 20, lon=P2[0], lat=P2[1], text="中央公園南區 男童手部燙傷 疑仙女棒", truth=AS)
    s.add("1999", "other", 123, 150, lon=P2[0] - 0.0002, lat=P2[1],
          text="南邊草地有人在玩仙女棒，剛剛一個小朋友被燙到在哭，公園不是不能玩嗎", truth=AS, alt=None)
    # scooter theft at 河南路 car park
    kt = s.add("incident", "theft", 150, 120, lon=120.6531, lat=24.1744, severity="Minor",
               text="河南路停車場 機車遭竊 車主報案 調閱監視器中", truth=TH)
    s.add("1999", "other", 152, 200, lon=120.6529, lat=24.1746,
          text="我機車停在河南路停車場不見了！這邊人這麼多都沒有人在顧嗎", truth=TH)
    s.add("1999", "noise", 175, 200, lon=120.6598, lat=24.1838,
          text="燈會的音樂跟廣播吵到現在，我們住旁邊的晚上都不用睡嗎", truth=E, alt=None)
    s.add("incident", "crowd_control", 270, 80, lon=C[0], lat=C[1], severity="Moderate",
          text="燈會散場 經貿路、中科路人車分流 接駁車加開", truth=E)
    s.add("rule", "congestion", 275, 40, sensor="SN-VD-ZHONGKE-01", text="中科路車輛偵測器1 平均車速 7 km/h", truth=E)
    s.add("cctv", "crowding", 280, 15, sensor="SN-CCTV-006", conf=0.84, text="人行道人群移動", truth=E)
    s.add("1999", "illegal_parking", 285, 200, lon=120.6590, lat=24.1870,
          text="散場車子都併排停在敦化路上等人，我們社區車道口整個被堵住", truth=E, alt=None)
    s.noise(14, 0, 300, pool=["streetlight", "pothole", "other", "panel_fault", "blip", "illegal_parking"])
    s.incident(E, "crowd", "Lantern festival crowd in Central Park: density, car parks, roads, shuttles, residents", ke)
    s.incident(LC, "rescue", "Five-year-old girl lost in the south lantern area, found after 18 min", kl)
    s.incident(AN, "rescue", "Elderly woman falls on the stairs by pond 1, head wound", ka)
    s.incident(AS, "rescue", "Boy burned by a sparkler in the south lawn", kb)
    s.incident(TH, "public_safety", "Scooter stolen from the 河南路 car park", kt)
    s.incident(GS, "fire", "Vendor's gas cylinder leaking in the food stalls", kg)
    s.incident(SG, "traffic", "Signal at 經貿路/經貿七路 dark for 48 min", ks)
    s.alternative("The event's own police and medical post may absorb the police escorts and clearances "
                  "into the crowd-control job (the separate incidents stay, minus those items).", {})
    return s


def s402():
    s = Sit(402, "feeder_trip_dark_signals_crash", "2026-10-13 05:10",
            "Before dawn a Taipower feeder trips at 05:14 along 環中路二段 between 中科路 and 經貿路: the signals "
            "at 中科路 and 經貿路 go dark, the cameras and the 經貿路 detector there drop offline with "
            "'mains_power_lost', the transit hub's fire panel switches to battery and the streetlights go out. "
            "At 05:41 two cars collide in the dark 中科路 intersection. Power is back at 06:22.")
    P, X = "402-feeder-trip-huanzhong", "402-crash-dark-zhongke"
    r = s.rng
    s.add("fire_alarm", "fault", 4.0, 8, sensor="SN-FA-001", text="主電源停電 預備電源供電中", truth=P)
    s.add("status", "offline", 4.1, 5, sensor="SN-CCTV-003", text="offline: mains_power_lost", truth=P)
    ks = s.add("signal", "fault", 4.2, 10, sensor="SN-SIG-003", text="號誌控制器失電 燈頭全暗", truth=P)
    s.add("signal", "fault", 4.3, 10, sensor="SN-SIG-004", text="號誌控制器失電 燈頭全暗", truth=P)
    s.add("status", "offline", 4.3, 5, sensor="SN-CCTV-004", text="offline: mains_power_lost", truth=P)
    s.add("status", "offline", 4.5, 5, sensor="SN-VD-JINGMAO-01", text="offline: mains_power_lost", truth=P)
    s.add("status", "offline", 4.6, 5, sensor="SN-PK-001", text="offline: mains_power_lost", truth=P)
    s.add("1999", "streetlight", 7.0, 130, lon=120.6528, lat=24.1981,
          text="環中路這一段路燈整排都暗了，連紅綠燈都不亮，黑漆漆的很危險", truth=P)
    s.add("1999", "other", 9.0, 160, lon=120.6535, lat=24.1990,
          text="是停電嗎？我們這邊整條街都沒電，便利商店也暗了", truth=P)
    s.add("incident", "traffic_signal_fault", 11.0, 70, lon=120.65217, lat=24.19785, severity="Severe",
          text="環中路二段中科路口、經貿路口號誌全暗 派員指揮交通", truth=P)
    for i, sid in enumerate(["SN-CCTV-003", "SN-CCTV-004", "SN-VD-JINGMAO-01", "SN-PK-001"]):
        s.add("rule", "sensor_offline", 15 + i * 0.4, 30, sensor=sid, text="%s 超過 10 分鐘未回傳" % SENSORS[sid]["name"], truth=P)
    s.add("1999", "other", 18.0, 200, lon=120.6520, lat=24.1975,
          text="中科路環中路口紅綠燈都沒亮，大車小車都在搶，誰來指揮一下", truth=P)
    s.add("cctv", "signal_dark", 20.0, 15, sensor="SN-CCTV-005", conf=0.55, text="遠端號誌燈頭疑似未亮", truth=P, alt=None)
    s.add("rule", "congestion", 26.0, 40, sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 16 km/h", truth=P)
    # crash at dark 中科路 intersection
    C = (120.6523, 24.1977)
    kx = s.add("1999", "traffic_accident", 31.3, 60, lon=C[0], lat=C[1],
               text="中科路口沒有紅綠燈，兩台車在路口中間撞在一起，一台整個轉了半圈", truth=X, alt=P)
    kp = s.add("incident", "injury_accident", 32.0, 80, lon=C[0], lat=C[1], severity="Moderate",
               text="環中路二段中科路口(號誌停電) 自小客與小貨車側撞 1人輕傷", truth=X, alt=P)
    s.add("119", "ambulance", 32.5, 20, lon=C[0], lat=C[1], text="環中路中科路口車禍 駕駛1人胸口疼痛", truth=X, alt=P)
    s.add("1999", "other", 36.0, 220, lon=120.6510, lat=24.1972,
          text="剛剛那個路口真的撞了，停電到底什麼時候會來？一定要等到撞死人嗎", truth=P)
    s.add("rule", "congestion", 38.0, 40, sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 18 km/h", truth=X, alt=P)
    s.add("incident", "accident", 58.0, 80, lon=C[0], lat=C[1], severity="Minor", follows=kp,
          text="事故車輛拖離 路口仍由員警指揮", truth=X, alt=P)
    # power back
    for i, sid in enumerate(["SN-CCTV-003", "SN-CCTV-004", "SN-VD-JINGMAO-01", "SN-PK-001"]):
        s.add("status", "online", 72 + i * 0.3, 5, sensor=sid, text="online", truth=P)
    s.add("signal", "restored", 72.2, 10, sensor="SN-SIG-003", text="號誌恢復正常運轉", truth=P)
    s.add("signal", "restored", 72.4, 10, sensor="SN-SIG-004", text="號誌恢復正常運轉", truth=P)
    s.add("fire_alarm", "normal", 72.5, 8, sensor="SN-FA-001", text="主電源恢復", truth=P)
    s.noise(10, -10, 90, pool=["streetlight", "pothole", "other", "panel_fault", "illegal_parking"])
    s.incident(P, "infrastructure", "Power feeder trip on 環中路二段: two dark signals, devices offline, streetlights out", ks)
    s.incident(X, "traffic", "Side collision in the dark 中科路/環中路 intersection, one injured", kp)
    s.alternative("The crash happened because the signals were dark at an intersection police were already "
                  "directing: a coordinator may handle it in the same job.",
                  {X: None})
    return s


if __name__ == "__main__":
    s = s397()
    first = min((i for i in s.items if i.get("truth_alt") == s._alt_T), key=lambda i: i["_arr"])
    s.alt["changes"][s._alt_T]["sufficient_evidence_key"] = first["key"]
    s.write()
    s398().write()
    s = s399()
    s399_alt(s)
    s.write()
    s = s400()
    s400_fix(s)
    s.write()
    s401().write()
    s402().write()
    print("gen_b: 397-402 written")
