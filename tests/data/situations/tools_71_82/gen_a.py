"""Situations 71-76. Run: python3 gen_a.py (deterministic, seeded)."""
from __future__ import annotations

from lib import Situation, inc, pos


def s71() -> None:
    """Typhoon night: several simultaneous incidents across the zone."""
    s = Situation(71, "typhoon", "2026-08-12T14:00:00Z", 7101)  # 22:00 local
    # weather context: area-wide rain alarms, no job by themselves
    s.add("rule", "heavy_rain", 0, "西屯雨量站 1小時雨量 48.5 mm，達大雨標準", None, sensor="C0F9T0", severity="Moderate", level="大雨")
    s.add("rule", "heavy_rain", 4, "中央公園雨量站 3小時累積雨量 112 mm，達豪雨標準", None, sensor="SN-RG-001", severity="Severe", level="豪雨")
    s.add("rule", "heavy_rain", 9, "水湳轉運中心雨量站 3小時累積雨量 118 mm，達豪雨標準", None, sensor="SN-RG-002", severity="Severe", level="豪雨")
    # A: flooding at 黎明路/凱旋路 low point
    a1 = s.add("rule", "flood_depth", 12, "黎明路凱旋路口低窪處 淹水深度 22 cm", "A", sensor="SN-FL-009", severity="Moderate", level="16-30")
    lon, lat = pos("SN-FL-009")
    s.add("1999", "flooding", 15, "黎明路跟凱旋路口整片都是水，機車騎不過去", "A", lon=lon - 0.0004, lat=lat + 0.0003)
    s.add("1999", "flooding", 18, "凱旋路靠黎明路這邊水淹到人行道，水溝在倒灌", "A", lon=lon + 0.0006, lat=lat - 0.0004)
    s.add("cctv", "flooding", 19, "路口畫面偵測道路積水", "A", sensor="SN-CCTV-007", confidence=0.81)
    a5 = s.add("incident", "flooding_report", 24, "巡邏員警回報：黎明路三段與凱旋路口積水約30公分，車輛改道", "A", lon=120.6481, lat=24.1935, severity="Moderate")
    s.add("rule", "flood_depth", 31, "黎明路凱旋路口低窪處 淹水深度 36 cm", "A", sensor="SN-FL-009", severity="Severe", level=">30")
    s.add("rule", "congestion", 33, "凱旋路車輛偵測器1 平均車速 9 km/h，車流壅塞", "A", sensor="SN-VD-KAIXUAN-01", severity="Moderate", truth_alt=None)
    la, lt = s.near(lon, lat, 150)
    s.add("1999", "flooding", 40, "黎明路三段住家前面水一直漲，快進到一樓了，請趕快派抽水機", "A", lon=la, lat=lt)
    # B: 中清環中路口地下道 flooded, a car trapped
    b1 = s.add("rule", "flood_depth", 20, "中清環中路口地下道 淹水深度 41 cm", "B", sensor="SN-FL-006", severity="Severe", level=">30")
    s.add("cctv", "stalled_vehicle", 22, "地下道入口偵測車輛停滯", "B", sensor="SN-CCTV-008", confidence=0.74)
    b3 = s.add("119", "rescue", 25, "中清路環中路口地下道 自小客車受困積水中，車內2人", "B", lon=120.65731, lat=24.19872)
    s.add("incident", "road_closure", 27, "中清環中路口地下道積水，雙向封閉，請用路人改道", "B", lon=120.65720, lat=24.19895, severity="Severe")
    s.add("1999", "flooding", 29, "中清路地下道淹水有車子卡在裡面", "B", lon=120.65760, lat=24.19930)
    s.add("119", "rescue", 48, "地下道受困2人已救出，無明顯外傷", "B", lon=120.65731, lat=24.19872, follows=b3["key"])
    s.add("rule", "congestion", 35, "環中路車輛偵測器3 平均車速 11 km/h，車流壅塞", "B", sensor="SN-VD-HUANZHONG-03", severity="Moderate", truth_alt=None)
    # C: fallen tree across 凱旋路 (south of 黎明路)
    c1 = s.add("1999", "fallen_tree", 38, "凱旋路往中科路方向路樹倒下來擋住兩個車道", "C", lon=120.65080, lat=24.18930)
    s.add("incident", "fallen_object", 43, "凱旋路路樹傾倒佔用車道，已擺放交通錐，待建設局清除", "C", lon=120.65065, lat=24.18962, severity="Moderate")
    s.add("1999", "fallen_tree", 45, "凱旋路有一棵大樹倒在路中間，很危險", "C", lon=120.65110, lat=24.18880)
    s.add("rule", "congestion", 50, "凱旋路車輛偵測器2 平均車速 14 km/h，車流壅塞", "C", sensor="SN-VD-KAIXUAN-02", severity="Moderate", truth_alt=None)
    # D: power cut at 經貿路二段/黎明路三段 — signal dark and the camera loses power
    d1 = s.add("signal", "fault", 52, "號誌控制器斷電，路口號誌全暗", "D", sensor="SN-SIG-005")
    s.add("status", "offline", 52.2, "設備離線：mains_power_lost", "D", sensor="SN-CCTV-005", agency="police", truth_alt=None)
    s.add("incident", "traffic_signal_fault", 57, "經貿路二段黎明路三段口號誌不亮，派員指揮交通", "D", lon=120.65510, lat=24.19570, severity="Moderate")
    s.add("1999", "other", 58, "經貿路黎明路口紅綠燈全部不亮，車子亂成一團", "D", lon=120.65470, lat=24.19600)
    s.add("signal", "restored", 131, "號誌恢復正常運作", "D", sensor="SN-SIG-005")
    s.add("status", "online", 131.5, "設備連線", "D", sensor="SN-CCTV-005", agency="police", truth_alt=None)
    # E: north detention pond filling to warning level 2
    e1 = s.add("rule", "water_level", 26, "中央公園北滯洪池水位 2.08 m，達三級警戒", "E", sensor="SN-WL-001", severity="Moderate", level="3", truth_alt=None)
    s.add("rule", "flood_depth", 30, "中央公園滯洪池1 淹水深度 12 cm", "E", sensor="SN-FL-001", severity="Minor", level="1-15", truth_alt=None)
    e3 = s.add("rule", "water_level", 61, "中央公園北滯洪池水位 2.56 m，達二級警戒", "E", sensor="SN-WL-001", severity="Severe", level="2", truth_alt=None)
    s.add("rule", "flood_depth", 64, "中央公園滯洪池1 淹水深度 27 cm", "E", sensor="SN-FL-001", severity="Moderate", level="16-30", truth_alt=None)
    # F: roof sheeting blown onto 敦化路 by the eco-residential B block
    f1 = s.add("incident", "fallen_object", 70, "敦化路一段水湳生態住宅B區旁 鐵皮被強風吹落路面，佔用外側車道", "F", lon=120.65935, lat=24.18110, severity="Moderate")
    s.add("1999", "other", 72, "敦化路這邊有大片鐵皮被風吹到馬路上，還在飛", "F", lon=120.65960, lat=24.18140)
    # more calls as the night goes on
    s.add("1999", "flooding", 47, "黎明路凱旋路口那邊有機車泡在水裡熄火", "A", lon=lon + 0.0003, lat=lat + 0.0005)
    s.add("1999", "flooding", 53, "凱旋路黎明路口水好深，汽車也過不去了", "A", lon=lon + 0.0009, lat=lat - 0.0001)
    s.add("1999", "flooding", 33, "中清路地下道整個淹掉了，不要開進去", "B", lon=120.65690, lat=24.19850)
    s.add("incident", "road_closure", 41, "環中路往中清路地下道車流改道平面道路，派員指揮", "B", lon=120.65650, lat=24.19870, severity="Moderate")
    s.add("1999", "fallen_tree", 49, "凱旋路倒樹還沒清，車子都繞到對向車道", "C", lon=120.65040, lat=24.18990)
    s.add("incident", "traffic_signal_fault", 90, "經貿路黎明路口號誌仍未恢復，台電搶修中，持續人工指揮", "D", lon=120.65510, lat=24.19570, severity="Moderate")
    h1 = s.add("1999", "other", 84, "中清路上大樓的招牌被風吹得一直晃，快掉下來了，下面還有人走", "H", lon=120.66120, lat=24.19140)
    s.add("119", "rescue", 88, "中清路招牌鬆脫搖晃，派遣救助隊拆除", "H", lon=120.66110, lat=24.19150)
    s.add("incident", "road_closure", 92, "中清路招牌有掉落之虞，暫時封閉外側車道及人行道", "H", lon=120.66110, lat=24.19150, severity="Moderate")
    s.add("119", "rescue", 121, "招牌已拆除，解除管制", "H", lon=120.66110, lat=24.19150)
    s.add("1999", "streetlight", 101, "凱旋路好幾盞路燈都不亮", None, lon=120.64980, lat=24.19050)
    s.add("rule", "heavy_rain", 115, "水湳轉運中心雨量站 24小時累積雨量 371 mm，達大豪雨標準", None, sensor="SN-RG-002", severity="Extreme", level="大豪雨")
    # more area-wide rain
    s.add("rule", "heavy_rain", 75, "中央公園雨量站 24小時累積雨量 362 mm，達大豪雨標準", None, sensor="SN-RG-001", severity="Extreme", level="大豪雨")
    s.add("rule", "heavy_rain", 78, "北屯雨量站 3小時累積雨量 104 mm，達豪雨標準", None, sensor="SN-RG-003", severity="Severe", level="豪雨")
    # background: storm-night routine cases
    s.add("1999", "streetlight", 66, "經貿路三段路燈不亮，編號XT-18842", None, lon=120.65880, lat=24.18700)
    s.add("1999", "other", 80, "颱風天垃圾車明天會不會收？", None, lon=120.66210, lat=24.18020)
    # A continues: pump truck, then water recedes
    s.add("incident", "flooding_report", 95, "水利局移動式抽水機已抵達黎明路凱旋路口", "A", lon=120.6480, lat=24.1933, severity="Moderate", follows=a5["key"])
    s.add("rule", "flood_depth", 120, "黎明路凱旋路口低窪處 淹水深度 14 cm", "A", sensor="SN-FL-009", severity="Minor", level="1-15")
    s.add("rule", "cleared", 170, "黎明路凱旋路口低窪處 淹水警戒解除", "A", sensor="SN-FL-009", severity="Minor")
    s.add("incident", "road_closure", 175, "中清環中路口地下道積水已退，恢復通行", "B", lon=120.65720, lat=24.19895, severity="Minor")
    s.add("rule", "cleared", 168, "中清環中路口地下道 淹水警戒解除", "B", sensor="SN-FL-006", severity="Minor")
    s.add("incident", "fallen_object", 150, "凱旋路倒樹已由養工處清除，車道恢復", "C", lon=120.65065, lat=24.18962, severity="Minor")
    s.write(
        "typhoon_night",
        "颱風夜 22:00-01:00 (local): area-wide 豪雨/大豪雨 alarms and seven concurrent jobs: flooding at 黎明路/凱旋路, "
        "car trapped in the flooded 中清環中路口地下道, a fallen tree on 凱旋路, a dark signal at 經貿路二段/黎明路三段 after a power "
        "cut, the north detention pond at warning level 2, roof sheeting blown onto 敦化路, a loose sign over 中清路.",
        [inc("A", "flood", "黎明路三段/凱旋路口 low point flooded up to >30 cm; pump truck sent; recedes after ~3 h", a1["key"]),
         inc("B", "flood", "中清環中路口地下道 flooded >30 cm, a car trapped with two people (119 rescue), underpass closed", b1["key"]),
         inc("C", "traffic", "tree down across 凱旋路 south of 黎明路, two lanes blocked until cleared", c1["key"]),
         inc("D", "traffic", "power cut at 經貿路二段/黎明路三段: signal dark (camera offline too), police directs traffic", d1["key"]),
         inc("E", "flood", "中央公園北滯洪池 rising to 二級警戒 (pond 1 filling): watch and prepare pumps", e3["key"]),
         inc("F", "traffic", "roof sheeting blown onto 敦化路一段 by 水湳生態住宅 B區, lane blocked", f1["key"]),
         inc("H", "rescue", "loose shop sign swaying over 中清路, fire brigade removes it, lane closed", h1["key"])],
        {"why": "The detention pond filling is what it is built for; some coordinators only watch it and open nothing (E "
                "items -> null). Congestion at a detector and the camera's power loss are consequences a coordinator may "
                "leave unattached (null) rather than fold into the job next to them.",
         "incidents": [
             inc("A", "flood", "黎明路三段/凱旋路口 flooding", a1["key"]),
             inc("B", "flood", "中清環中路口地下道 flooded, car trapped", b1["key"]),
             inc("C", "traffic", "tree down on 凱旋路", c1["key"]),
             inc("D", "traffic", "dark signal 經貿路二段/黎明路三段", d1["key"]),
             inc("F", "traffic", "roof sheeting on 敦化路", f1["key"]),
             inc("H", "rescue", "loose sign on 中清路", h1["key"])]},
        notes="Rain alarms are area-wide weather context: null (they support every flood job but none is theirs). "
              "The 1999 trash question and the streetlight case are routine 1999 business: null.")


def s72() -> None:
    """A large cluster of citizen calls: a smoke plume from the water reclamation centre."""
    s = Situation(72, "calls", "2026-03-18T06:10:00Z", 7202)  # 14:10 local
    fa = "SN-FA-008"
    lon, lat = pos(fa)
    a1 = s.add("fire_alarm", "alarm", 0, "水湳水資源回收中心 污泥處理棟 2F 偵煙探測器動作", "A", sensor=fa)
    a2 = s.add("119", "fire", 3, "水湳水資源回收中心 污泥乾燥機起火，冒出大量黑煙", "A", lon=lon + 0.0002, lat=lat + 0.0001, severity="Severe")
    s.add("cctv", "smoke", 4, "畫面東北方偵測濃煙", "A", sensor="SN-CCTV-011", confidence=0.88, lon=lon, lat=lat)
    texts = [
        "中國醫藥大學那邊有好大一團黑煙", "經貿路那邊冒很濃的黑煙，是不是火災", "看到水湳那邊有黑煙往上衝",
        "聞到很臭的燒焦味，煙從污水廠那邊過來", "中平路上看到前面一直冒黑煙", "是不是哪裡失火了，黑煙好大",
        "陽台都是煙味，窗戶關起來了，外面灰灰的", "水資源回收中心好像在燒", "敦化路這邊天空都黑了",
        "小孩在學校說看到黑煙很害怕，請問是哪裡火災", "黑煙往北屯這邊飄過來", "我在中央公園，南邊一直冒煙",
        "那個煙是有毒的嗎，要不要關窗", "經貿路三段有燒塑膠的味道", "有人報了嗎，污水處理廠那邊火很大",
        "煙很大，影響開車視線", "住在旁邊大樓，聞到燒焦味很重", "中平路跟經貿路口那邊黑煙", "很大的煙柱，從河南路就看得到",
        "是不是化學工廠爆炸", "家裡都是味道，老人家咳嗽", "公園南邊起火了嗎", "黑煙一直飄過來", "看到消防車過去，是哪裡火災",
        "燒焦味很重，空氣很差", "請問水湳那邊是不是失火",
        "中平路上一直有灰燼飄下來", "我在逢甲水湳校區，看到東南邊冒黑煙", "外面煙很大要不要讓小孩待在家",
        "曬的衣服都是煙味", "污水處理廠起火了，消防車到了嗎", "經貿路上空好多黑煙",
        "黑煙飄到敦化路這邊了", "是不是工廠失火，味道很刺鼻", "從環中路都看得到黑煙",
        "中醫大宿舍這邊都是燒焦味", "黑煙很大，是哪裡失火", "水湳那邊煙好大，有人受傷嗎",
        "煙飄進來了，家裡有氣喘的小孩", "請問空氣品質會不會有問題", "那團黑煙已經飄很久了",
        "燒東西的味道，窗戶關了還是聞得到", "中平路靠經貿路這邊煙很濃",
    ]
    for i, tx in enumerate(texts):
        m = 2 + i * 0.9 + s.rng.random()
        r = 300 if i % 3 else 1400  # some callers see the plume from far away
        clon, clat = s.near(lon, lat, r)
        s.add("1999", "fire_smoke" if i % 5 else "other", m, tx, "A", lon=clon, lat=clat)
    s.add("incident", "fire_report", 6, "水資源回收中心火警，員警到場管制中平路外側車道供消防車進出", "A", lon=lon - 0.0004, lat=lat - 0.0006, severity="Severe")
    s.add("119", "fire", 19, "現場火勢已控制，持續灑水降溫", "A", lon=lon + 0.0002, lat=lat + 0.0001, follows=a2["key"])
    r1 = s.add("119", "ambulance", 21, "水資源回收中心員工1名吸入濃煙，送中國醫藥大學附設醫院", "A", lon=lon + 0.0002, lat=lat + 0.0001, truth_alt="R")
    # unrelated calls arriving within the same minutes
    g1 = s.add("1999", "gas_odor", 12, "北屯區中清路這邊整條巷子都是瓦斯味，很濃", "G", lon=120.66620, lat=24.18760, truth_alt="A")
    s.add("1999", "gas_odor", 16, "中清路巷子裡瓦斯味很重，不是燒焦味，是瓦斯", "G", lon=120.66655, lat=24.18700, truth_alt="A")
    s.add("1999", "streetlight", 9, "敦化路一段路燈白天一直亮著", None, lon=120.65880, lat=24.18190)
    s.add("1999", "illegal_parking", 14, "中科路公車站前面有車子違停", None, lon=120.65360, lat=24.18300)
    s.add("fire_alarm", "normal", 40, "受信總機復歸", "A", sensor=fa)
    s.write(
        "smoke_plume_calls",
        "Afternoon fire in a sludge dryer at 水湳水資源回收中心: one panel alarm, 119, police, a camera and 26 citizen calls "
        "from up to ~1.5 km away; within the same minutes a separate gas smell off 中清路 and two routine 1999 cases.",
        [inc("A", "fire", "sludge-dryer fire at 水湳水資源回收中心 with a visible plume; every smoke/smell call is this fire", a1["key"]),
         inc("G", "fire", "gas smell in an alley off 中清路 (北屯), callers insist it is gas, not smoke: gas company + fire check", g1["key"])],
        {"why": "The gas-smell callers may be smelling the plume (downwind), so a coordinator could fold them into A; and the "
                "employee's smoke inhalation may be handled as its own ambulance job (R) rather than part of the fire.",
         "incidents": [inc("A", "fire", "sludge-dryer fire at 水湳水資源回收中心 incl. the gas-smell calls", a1["key"]),
                       inc("R", "rescue", "employee with smoke inhalation taken to hospital", r1["key"])]},
        notes="Routine streetlight and illegal-parking 1999 cases: null.")


def s73() -> None:
    """Dense event: concert at the convention centre, small unrelated jobs within 200 m."""
    s = Situation(73, "event", "2026-10-03T09:00:00Z", 7303)  # 17:00 local
    c = (120.6551, 24.1944)
    p = s.add("planned_event", "concert", 60, "臺中國際會展中心 演唱會，預估入場 12,000 人，經貿路二段部分車道管制", "E",
              lon=c[0], lat=c[1], observed=s.t(60), delay_s=-86400 * 6, ends="2026-10-03T14:30:00Z")
    s.add("parking", "full", 5, "臺中國際會展中心停車場 汽車位已滿", "E", sensor="SN-PK-006")
    s.add("parking", "full", 18, "經貿六停車場 汽車位已滿", "E", sensor="SN-PK-002")
    s.add("cctv", "crowding", 25, "經貿路二段黎明路三段口人行道人群聚集", "E", sensor="SN-CCTV-005", confidence=0.86, motion="moving")
    e1 = s.add("incident", "crowd_control", 30, "會展中心入場人潮，經貿路二段人行道擁擠，增派警力疏導", "E", lon=120.6549, lat=24.1952, severity="Moderate")
    s.add("1999", "illegal_parking", 35, "經貿七路兩邊都是違停，演唱會的車", "E", lon=120.6572, lat=24.1928, truth_alt=None)
    s.add("rule", "congestion", 38, "經貿路車輛偵測器1 平均車速 12 km/h，車流壅塞", "E", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("cctv", "crowding", 44, "經貿路二段經貿七路口人群聚集", "E", sensor="SN-CCTV-006", confidence=0.79, motion="standing")
    # theft inside the crowd
    t1 = s.add("incident", "theft", 70, "會展中心A棟入口排隊民眾手機遭扒竊，已製作筆錄", "T", lon=120.6547, lat=24.1950, severity="Minor")
    s.add("1999", "other", 74, "排隊的時候手機被偷了，要去哪裡報案", "T", lon=120.6545, lat=24.1951)
    # fainting: ambulance
    r1 = s.add("119", "ambulance", 95, "會展中心B棟搖滾區 女性觀眾昏倒，意識模糊", "R", lon=120.6557, lat=24.1941, truth_alt="E")
    s.add("119", "ambulance", 118, "患者已送醫", "R", lon=120.6557, lat=24.1941, follows=r1["key"], truth_alt="E")
    # fender-bender at the intersection 150 m away
    k1 = s.add("incident", "accident", 102, "經貿路二段黎明路三段口 兩部自小客車擦撞，無人受傷，佔用內側車道", "K", lon=120.65502, lat=24.19578, severity="Minor")
    s.add("cctv", "stalled_vehicle", 101, "路口內車輛停滯", "K", sensor="SN-CCTV-005", confidence=0.7)
    s.add("incident", "accident", 125, "擦撞車輛已移至路邊，路口恢復通行", "K", lon=120.65502, lat=24.19578, severity="Minor", follows=k1["key"])
    # fire alarm triggered by stage haze
    f1 = s.add("fire_alarm", "alarm", 130, "A棟 1F 展演廳 偵煙探測器動作", "F", sensor="SN-FA-002", truth_alt="E")
    s.add("119", "fire", 132, "臺中國際會展中心A棟火警受信，派遣查看", "F", lon=120.6546, lat=24.1948, truth_alt="E")
    s.add("incident", "other", 137, "現場確認為舞台煙霧機觸發偵煙器，非火災，演出照常", "F", lon=120.6546, lat=24.1948, severity="Minor", truth_alt="E")
    s.add("fire_alarm", "normal", 139, "受信總機復歸", "F", sensor="SN-FA-002", truth_alt="E")
    s.add("1999", "noise", 190, "演唱會音量太大，家裡窗戶都在震", "E", lon=120.6598, lat=24.1925, truth_alt=None)
    s.add("cctv", "crowding", 332, "散場人潮湧出", "E", sensor="SN-CCTV-005", confidence=0.9, motion="moving")
    s.add("incident", "crowd_control", 335, "散場人潮，經貿路二段封閉一線車道供行人通行", "E", lon=120.6549, lat=24.1952, severity="Moderate")
    s.add("parking", "full", 200, "水湳轉運中心停車場 汽車位已滿", "E", sensor="SN-PK-001", truth_alt=None)
    s.write(
        "concert_dense",
        "Evening concert at 臺中國際會展中心 (12,000 people): car parks full, crowding, congestion; inside the crowd and "
        "within 50-200 m of each other a phone theft, a fainting, a fender-bender at 經貿路二段/黎明路三段 and a fire alarm "
        "set off by stage haze.",
        [inc("E", "crowd", "concert crowd management at the convention centre (arrival, parking, departure)", e1["key"]),
         inc("T", "public_safety", "phone pickpocketed in the entrance queue", t1["key"]),
         inc("R", "rescue", "concertgoer fainted in the standing area, taken to hospital", r1["key"]),
         inc("K", "traffic", "two-car scrape at 經貿路二段/黎明路三段, lane blocked ~20 min", k1["key"]),
         inc("F", "fire", "A棟 fire alarm from stage haze, checked by 119, false alarm", f1["key"])],
        {"why": "A coordinator running the event may fold the fainting and the haze alarm into the event job (both happened "
                "because of the concert), and leave the far illegal-parking, noise and transit-hub car park items "
                "unattached as routine background.",
         "incidents": [inc("E", "crowd", "concert incl. fainting and haze alarm", e1["key"]),
                       inc("T", "public_safety", "phone theft", t1["key"]),
                       inc("K", "traffic", "fender-bender", k1["key"])]},
        notes="The permit arrives six days ahead (arrival before everything). Its observed time is the start.")


def s74() -> None:
    """Moving incident: wrong-way car along 環中路, eastbound, and an unrelated breakdown."""
    s = Situation(74, "wrongway", "2026-05-22T17:40:00Z", 7404)  # 01:40 local
    w1 = s.add("cctv", "wrong_way", 0, "偵測車輛逆向行駛（往東）", "W", sensor="SN-CCTV-001", confidence=0.83)
    s.add("cctv", "wrong_way", 0.3, "偵測車輛逆向行駛（往東）", "W", sensor="SN-CCTV-002", confidence=0.8)
    s.add("1999", "other", 1.4, "環中路有一台白色轎車逆向開，很危險", "W", lon=120.6495, lat=24.1972)
    s.add("incident", "other", 2.5, "民眾報案環中路二段白色自小客車逆向往中清路方向，派員攔查", "W", lon=120.6500, lat=24.1973, severity="Severe")
    s.add("cctv", "wrong_way", 1.0, "偵測車輛逆向行駛（往東）", "W", sensor="SN-CCTV-003", confidence=0.86)
    s.add("cctv", "wrong_way", 1.2, "偵測車輛逆向行駛（往東）", "W", sensor="SN-CCTV-004", confidence=0.77)
    s.add("cctv", "wrong_way", 1.9, "偵測車輛逆向行駛（往東）", "W", sensor="SN-CCTV-008", confidence=0.81)
    s.add("incident", "other", 9, "逆向車輛於環中路往北屯方向攔停，駕駛酒測值超標，已移送", "W", lon=120.6650, lat=24.1975, severity="Moderate")
    # unrelated: stalled truck on 中科路, same hour
    b1 = s.add("incident", "stalled_vehicle", 4, "中科路近中央公園段 大貨車拋錨佔用外側車道", "B", lon=120.6535, lat=24.1870, severity="Minor")
    s.add("rule", "congestion", 6, "中科路車輛偵測器1 平均車速 18 km/h，車流壅塞", "B", sensor="SN-VD-ZHONGKE-01", severity="Minor", truth_alt=None)
    s.add("incident", "stalled_vehicle", 48, "拋錨大貨車已拖離", "B", lon=120.6535, lat=24.1870, severity="Minor", follows=b1["key"])
    # background: road works permit on 河南路 overnight
    s.add("planned_event", "road_works", -30, "河南路夜間管線施工，封閉外側車道 01:00-05:00", None, lon=120.6485, lat=24.1695,
          observed=s.t(-40), delay_s=-86400 * 2, ends="2026-05-22T21:00:00Z")
    s.write(
        "wrong_way_huanzhong",
        "01:40 local: a drunk driver goes the wrong way eastbound along 環中路二段 from 台74線 to 中清路 (~1.1 km), "
        "seen by five cameras in turn within two minutes and stopped 9 min later ~800 m further east. At the same time a truck breaks down on 中科路.",
        [inc("W", "traffic", "wrong-way driver moving along 環中路二段, stopped at 中清路 (one moving job)", w1["key"]),
         inc("B", "traffic", "truck broken down on 中科路, outer lane blocked", b1["key"])],
        {"why": "The slowdown on 中科路 may be read as ordinary traffic, not the breakdown's queue (null).",
         "incidents": [inc("W", "traffic", "wrong-way driver on 環中路二段", w1["key"]),
                       inc("B", "traffic", "truck broken down on 中科路", b1["key"])]},
        notes="Road-works permit is background (planned, nothing happened).")


def s75() -> None:
    """Cascade: fire at the pop music centre; police close 凱旋路, traffic queues, a bus detour."""
    s = Situation(75, "cascade", "2026-06-27T11:20:00Z", 7505)  # 19:20 local
    fa = "SN-FA-006"
    lon, lat = pos(fa)
    a1 = s.add("fire_alarm", "alarm", 0, "臺中流行影音中心 B1 機電室 偵煙探測器動作", "A", sensor=fa)
    a2 = s.add("119", "fire", 2, "臺中流行影音中心 B1 機電室冒煙，疑配電盤起火", "A", lon=lon, lat=lat, severity="Severe")
    s.add("cctv", "smoke", 3, "凱旋路側建物冒出白煙", "A", sensor="SN-CCTV-007", confidence=0.55, lon=lon - 0.0003, lat=lat + 0.0005)
    s.add("1999", "fire_smoke", 4, "流行影音中心那邊在冒煙，有消防車嗎", "A", lon=lon + 0.0008, lat=lat + 0.0004)
    s.add("incident", "fire_report", 5, "流行影音中心火警，疏散館內觀眾約300人", "A", lon=lon, lat=lat, severity="Severe")
    cr = s.add("incident", "crowd_control", 8, "疏散觀眾約300人聚集於影音中心前廣場，員警維持秩序", "A", lon=lon + 0.0002, lat=lat + 0.0003, severity="Minor", truth_alt="C")
    c1 = s.add("incident", "road_closure", 7, "凱旋路流行影音中心前 雙向封閉供消防車作業，車輛改道黎明路", "A", lon=120.6512, lat=24.1860, severity="Moderate", truth_alt="T")
    s.add("rule", "congestion", 11, "凱旋路車輛偵測器2 平均車速 6 km/h，車流壅塞", "A", sensor="SN-VD-KAIXUAN-02", severity="Moderate", truth_alt="T")
    s.add("rule", "congestion", 15, "凱旋路車輛偵測器1 平均車速 10 km/h，車流壅塞", "A", sensor="SN-VD-KAIXUAN-01", severity="Moderate", truth_alt="T")
    s.add("rule", "congestion", 19, "黎明路車輛偵測器1 平均車速 13 km/h，車流壅塞", "A", sensor="SN-VD-LIMING-01", severity="Moderate", truth_alt="T")
    s.add("1999", "other", 22, "凱旋路整條塞住，公車都不動，是怎麼了", "A", lon=120.6500, lat=24.1910, truth_alt="T")
    s.add("119", "ambulance", 14, "疏散時一名觀眾跌倒腳踝扭傷", "A", lon=lon + 0.0003, lat=lat + 0.0002, truth_alt="C")
    s.add("status", "offline", 16, "設備離線：mains_power_lost", "A", sensor="SN-VD-KAIXUAN-02", truth_alt="T")
    s.add("119", "fire", 31, "火勢撲滅，配電盤燒毀，排煙中", "A", lon=lon, lat=lat, follows=a2["key"])
    s.add("incident", "road_closure", 58, "凱旋路解除封閉，恢復雙向通行", "A", lon=120.6512, lat=24.1860, severity="Minor", follows=c1["key"], truth_alt="T")
    s.add("fire_alarm", "normal", 60, "受信總機復歸", "A", sensor=fa)
    s.write(
        "pop_centre_fire_cascade",
        "Evening electrical fire in the B1 plant room of 臺中流行影音中心: evacuation of ~300, a sprained ankle, police close "
        "凱旋路 for the engines, traffic queues on 凱旋路 and 黎明路, the nearby detector loses mains power.",
        [inc("A", "fire", "plant-room fire at 臺中流行影音中心 with its consequences (evacuation, closure, queues)", a1["key"])],
        {"why": "The traffic consequences are handled by police and the traffic bureau, not by the fire command: a coordinator "
                "may dispatch them as their own traffic job T; the evacuation crowd and the sprain may be a separate crowd job C.",
         "incidents": [inc("A", "fire", "plant-room fire", a1["key"]),
                       inc("T", "traffic", "凱旋路 closure and queues caused by the fire", c1["key"]),
                       inc("C", "crowd", "evacuated audience on the forecourt, one sprain", cr["key"])]})


def s76() -> None:
    """Delivery faults: late, duplicated, clock-skewed and out-of-order items."""
    s = Situation(76, "delivery", "2026-04-09T00:30:00Z", 7606)  # 08:30 local
    x = pos("SN-SIG-009")
    a1 = s.add("incident", "injury_accident", 0, "臺灣大道環中路口 機車與自小客車碰撞，機車騎士倒地受傷", "A", lon=x[0] + 0.0001, lat=x[1] + 0.0001, severity="Severe", delay_s=1500)  # 25 min late
    a2 = s.add("119", "ambulance", 1, "臺灣大道環中路口 車禍 機車騎士腿部開放性骨折", "A", lon=x[0] + 0.0001, lat=x[1] + 0.0001)
    d = s.add("1999", "traffic_accident", 2, "臺灣大道跟環中路口有人被撞倒在地上", "A", lon=x[0] - 0.0003, lat=x[1] + 0.0002)
    s.dup(d, 4)
    s.dup(d, 610)
    # camera clock 17 min behind
    s.add("cctv", "stalled_vehicle", 3, "路口內車輛停滯", "A", sensor="SN-CCTV-009", confidence=0.72, observed=s.t(3 - 17))
    s.add("incident", "injury_accident", 40, "傷者已送醫，事故車輛拖離，路口恢復通行", "A", lon=x[0] + 0.0001, lat=x[1] + 0.0001, severity="Minor", follows=a1["key"])
    s.add("rule", "congestion", 6, "環中路車輛偵測器4 平均車速 16 km/h，車流壅塞", "A", sensor="SN-VD-HUANZHONG-04", severity="Moderate", truth_alt=None)
    # signal fault at 河南路/中平路: restored delivered before fault; controller clock 3 h behind
    sig = "SN-SIG-010"
    g1 = s.add("signal", "fault", 10, "號誌閃爍異常", "G", sensor=sig, observed=s.t(10 - 180), delay_s=1800)  # arrives 30 min late, after its restored
    s.add("signal", "restored", 35, "號誌恢復正常", "G", sensor=sig, observed=s.t(35 - 180), delay_s=5)
    s.add("cctv", "signal_dark", 11, "路口號誌異常", "G", sensor="SN-CCTV-010", confidence=0.69)
    s.add("1999", "other", 13, "河南路中平路口紅綠燈一直閃黃燈", "G", lon=120.6499, lat=24.1714)
    s.add("incident", "traffic_signal_fault", 16, "河南路中平路口號誌故障，已通報交通局維修廠商", "G", lon=120.6503, lat=24.1712, severity="Moderate")
    pf = s.add("fire_alarm", "fault", 20, "臺中綠美圖 受信總機 迴路斷線故障", None, sensor="SN-FA-004")
    s.dup(pf, 2400)  # the panel gateway re-sends it 40 min later
    s.write(
        "late_dup_skew",
        "Morning rush: a scooter-car injury crash at 臺灣大道/環中路 whose first police report arrives 25 min late, a 1999 "
        "call delivered three times, a camera 17 min slow; a flashing signal at 河南路/中平路 whose controller clock is 3 h "
        "behind and whose 'restored' arrives before its 'fault'; a panel fault (not an alarm) delivered twice.",
        [inc("A", "traffic", "scooter-car crash with an injured rider at 臺灣大道/環中路", a2["key"]),
         inc("G", "traffic", "signal flashing at 河南路/中平路 for ~25 min", g1["key"])],
        {"why": "The slowdown at the 環中路 detector ~1.2 km north-east of the crash may be ordinary rush-hour traffic (null).",
         "incidents": [inc("A", "traffic", "scooter-car crash at 臺灣大道/環中路", a2["key"]),
                       inc("G", "traffic", "signal flashing at 河南路/中平路", g1["key"])]},
        notes="The 綠美圖 panel fault (delivered twice, same key) is null: a panel fault is a maintenance matter, not an "
              "alarm. The 1999 call's duplicates repeat its key. Observed times are as the sources stamped them.")


if __name__ == "__main__":
    for f in (s71, s72, s73, s74, s75, s76):
        f()
