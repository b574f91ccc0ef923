"""Situations 737..742 (harder mixes)."""
from lib import Sit, P, off, lerp, noise_streetlight, noise_parking

PARK_GW = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]


def s737():
    s = Sit(737, "hub_bus_fire_jams_ring_road", "2025-09-19 17:05")
    hub = s.at("SN-FA-001")
    bay = off(*hub, 25, 15)
    s.rule("n01", "SN-VD-HUANZHONG-04", "congestion", "Minor", -5, 1, "環中路車輛偵測器4 平均車速 24 km/h（週五下班尖峰）", None)
    s.add("n02", "cctv", "fallen_object", -2, 0.5, "台74線/環中路二段 路面疑似掉落物", None, sid="SN-CCTV-001", conf=0.41)
    s.call("c01", "fire_smoke", 0, 2, "轉運中心裡面一台客運引擎冒煙，煙很大", "F1", bay, 20, 80)
    s.add("v01", "cctv", "smoke", 1, 0.5, "中科路/環中路二段 畫面東北側煙霧", "F1", sid="SN-CCTV-003", conf=0.71)
    s.add("a01", "fire_alarm", "alarm", 2, 0.2, "1F 客運月台 偵煙探測器動作", "F1", sid="SN-FA-001")
    s.f119("e01", "fire", 3, 0.5, "水湳轉運中心1樓客運月台大客車引擎室起火，派遣消防車4輛、救護車1輛", "F1", bay)
    s.call("c02", "fire_smoke", 4, 3, "環中路這邊看到轉運中心冒黑煙", "F1", bay, 150, 300)
    s.call("c03", "other", 6, 2, "轉運中心廣播叫大家出去，現在一堆人站在外面等車", "F1", bay, 40, 120)
    s.police("p01", "fire_report", "Severe", 9, 5, "水湳轉運中心客運月台大客車火警，旅客已疏散。", "F1", bay)
    s.add("v02", "cctv", "crowding", 10, 0.5, "經貿路二段/環中路二段 人群聚集", "F1", sid="SN-CCTV-004", conf=0.62)
    s.police("p02", "road_closure", "Moderate", 12, 6, "環中路二段往東外側車道及轉運中心出入口封閉，供消防車作業。", "F1", P["huanzhong_zhongke"], follows="p01")
    s.rule("r01", "SN-VD-HUANZHONG-02", "congestion", "Moderate", 14, 1, "環中路車輛偵測器2 平均車速 8 km/h，低於門檻", "F1")
    s.rule("r02", "SN-VD-JINGMAO-01", "congestion", "Moderate", 16, 1, "經貿路車輛偵測器1 平均車速 10 km/h，低於門檻", "F1")
    s.call("c04", "other", 19, 3, "環中路往中清路方向完全不動，前面到底發生什麼事", "F1", P["huanzhong_kaixuan"], 50, 300)
    s.add("pk1", "parking", "full", 20, 0.5, "水湳轉運中心停車場 車位已滿", "F1", sid="SN-PK-001", alt=None)
    s.rule("r03", "SN-VD-HUANZHONG-03", "congestion", "Moderate", 22, 1, "環中路車輛偵測器3 平均車速 12 km/h，低於門檻", "F1")
    s.call("c05", "fire_smoke", 23, 5, "黎明路這邊也聞得到燒塑膠的味道", "F1", P["jingmao_liming"], 50, 200)
    s.rule("r04", "SN-VD-LIMING-01", "congestion", "Moderate", 25, 1, "黎明路車輛偵測器1 平均車速 11 km/h，低於門檻", "F1")
    s.rule("r05", "SN-VD-HUANZHONG-01", "congestion", "Moderate", 30, 1, "環中路車輛偵測器1 平均車速 15 km/h，低於門檻", None, alt="F1")
    noise_parking(s, "n03", 30, s.at("SN-PK-002"), "經貿六停車場出口")
    s.add("n04", "fire_alarm", "fault", 35, 0.2, "探測器故障 3F 展廳", None, sid="SN-FA-002")
    s.f119("e02", "fire", 40, 1, "轉運中心客運火勢撲滅，無人受傷，現場排煙中", "F1", bay, follows="e01")
    s.police("n05", "stalled_vehicle", "Minor", 44, 7, "台74線往環中路匝道自小客故障停於路肩，已通知拖吊。", None, off(*P["huanzhong_t74"], -60, -40))
    noise_streetlight(s, "n06", 50, P["liming_kaixuan"], "0737-019")
    s.add("n07", "status", "offline", 55, 0.1, "臺中國際會展中心停車場 車位資料未回傳", None, sid="SN-PK-006")
    s.add("n08", "status", "online", 58, 0.1, "臺中國際會展中心停車場 恢復連線", None, sid="SN-PK-006")
    s.police("p03", "road_closure", "Minor", 70, 5, "環中路二段外側車道及轉運中心出入口恢復通行。", "F1", P["huanzhong_zhongke"], follows="p02")
    s.add("a02", "fire_alarm", "normal", 78, 0.2, "火警受信總機復歸", "F1", sid="SN-FA-001")
    for k, t in (("r01", 92), ("r02", 88), ("r03", 95), ("r04", 90)):
        sid = next(i["sensor_id"] for i in s.items if i["key"] == f"737-{k}")
        s.rule(k + "c", sid, "cleared", "Minor", t, 1, f"{sid} 車速恢復", "F1")
    s.dup("v01", 1)
    s.incident("F1", "fire", "水湳轉運中心月台大客車火警，旅客疏散，環中路/經貿路/黎明路因管制回堵", "a01")
    s.alternative("環中路車輛偵測器1 在台74線以西，週五傍晚本來就慢；但也可能是轉運中心管制的回堵延伸", [
        ("F1", "fire", "水湳轉運中心月台大客車火警及其回堵（含環中路車輛偵測器1）", "a01")])
    s.description = ("週五下班時間，水湳轉運中心月台一輛客運引擎起火：民眾電話、中科路口攝影機看到煙、受信總機動作、119派車，旅客被廣播疏散到路口。"
                     "警方封閉環中路外側車道與轉運中心出入口，環中路、經貿路、黎明路的偵測器一個接一個變慢，轉運中心停車場出不去而顯示滿位。"
                     "火勢四十分鐘撲滅，一個半小時車流恢復。這一連串壅塞都是火警的後果，一張單。台74匝道故障車、掉落物低信心、會展中心總機故障是背景。")
    s.notes = "tests: cascade fire -> closure -> congestion on four detectors; rush-hour slowdowns nearby as background"
    s.write()


def s738():
    s = Sit(738, "two_residential_fires_300m", "2026-02-08 11:30")
    a = s.at("SN-FA-011")
    b = s.at("SN-FA-012")
    mid = lerp(a, b, 0.5)
    s.add("pe1", "planned_event", "march", 0, -1440, "中央公園健走活動，約800人，沿公園步道", None, pos=(120.6563, 24.1830), ends=150, alt="C1")
    noise_parking(s, "n01", -10, a, "經貿路三段生態住宅A區門口")
    s.add("a01", "fire_alarm", "alarm", 0, 0.2, "9F 偵煙探測器動作", "A", sid="SN-FA-011")
    s.call("ca1", "fire_smoke", 1, 3, "A區9樓廚房冒煙，煙很大，警鈴在響", "A", a, 20, 60)
    s.f119("ea1", "fire", 2, 0.5, "北屯區經貿路三段水湳生態住宅A區9樓住宅火警，派遣消防車5輛、救護車1輛", "A", a)
    s.call("ca2", "fire_smoke", 4, 2, "經貿路三段那棟大樓高樓層在冒煙", "A", a, 80, 200)
    s.police("pa1", "fire_report", "Severe", 7, 6, "經貿路三段生態住宅A區9樓住宅火警，警力到場交管。", "A", off(*a, -30, 10))
    s.rule("r01", "SN-VD-JINGMAO-02", "congestion", "Moderate", 10, 1, "經貿路車輛偵測器2 平均車速 9 km/h，低於門檻", "A", alt="B")
    s.police("pa2", "road_closure", "Moderate", 11, 7, "經貿路三段生態住宅A區前外側車道封閉供消防車作業。", "A", off(*a, 40, 20), follows="pa1")
    s.add("b01", "fire_alarm", "alarm", 14, 0.2, "B1 停車場 偵煙探測器動作", "B", sid="SN-FA-012")
    s.call("cx1", "fire_smoke", 15, 3, "生態住宅那邊又冒煙了，跟剛剛不一樣的地方", "B", mid, 60, 200, alt="A")
    s.f119("eb1", "fire", 16, 0.5, "北屯區敦化路一段水湳生態住宅B區地下停車場機車起火（疑充電中電動機車），另案派遣消防車3輛", "B", b)
    s.call("cb1", "fire_smoke", 16, 2, "B區地下室出口一直冒煙出來，好像機車燒起來", "B", b, 20, 80)
    s.call("cx2", "fire_smoke", 18, 4, "生態住宅火災，消防車在經貿路那邊", "A", mid, 50, 250, alt="B")
    s.call("cb2", "fire_smoke", 19, 3, "敦化路這邊大樓地下室冒黑煙，住戶都跑出來", "B", b, 40, 150)
    s.add("n02", "fire_alarm", "fault", 20, 0.2, "探測器迴路斷線 第2迴路", None, sid="SN-FA-008")
    s.police("pb1", "fire_report", "Severe", 22, 9, "敦化路一段生態住宅B區地下停車場機車火警，與A區火警為不同案。", "B", off(*b, 20, -20))
    s.call("cx3", "other", 24, 3, "兩棟都有消防車，到底是哪裡失火", "A", mid, 30, 120, alt="B")
    s.call("ca3", "other", 25, 2, "A區9樓那戶的鄰居還在樓上，電話打不通", "A", a, 20, 60)
    s.f119("ea2", "fire", 27, 1, "A區9樓火勢已控制，無人受傷", "A", a, follows="ea1")
    s.f119("eb2", "ambulance", 30, 1, "B區地下室救出住戶1名嗆傷，送醫", "B", b)
    s.call("cx4", "fire_smoke", 33, 6, "公園這邊都聞到燒焦的味道", None, (120.6573, 24.1830), 20, 60, alt="B")
    s.call("n03", "環境清潔", 35, 6, "經貿路垃圾一直沒收，都堆在路邊", None, P["jingmao_mid"], 50, 200)
    s.add("a02", "fire_alarm", "normal", 50, 0.2, "火警受信總機復歸", "A", sid="SN-FA-011")
    s.f119("eb3", "fire", 52, 1, "B區地下停車場火勢撲滅，燒毀機車4輛", "B", b, follows="eb1")
    s.police("pa3", "road_closure", "Minor", 60, 5, "經貿路三段外側車道恢復通行。", "A", off(*a, 40, 20), follows="pa2")
    s.add("b02", "fire_alarm", "normal", 70, 0.2, "火警受信總機復歸", "B", sid="SN-FA-012")
    s.rule("r02", "SN-VD-JINGMAO-02", "cleared", "Minor", 66, 1, "經貿路車輛偵測器2 車速恢復", "A", alt="B")
    noise_streetlight(s, "n04", 80, b, "0738-377")
    s.rule("n05", "SN-VD-ZHONGPING-02", "congestion", "Minor", 40, 1, "中平路車輛偵測器2 平均車速 27 km/h（假日車多）", None)
    s.dup("cb1", 3)
    s.dup("ea1", 1)
    s.incident("A", "fire", "生態住宅A區9樓住宅廚房火警（119第一案）", "a01")
    s.incident("B", "fire", "生態住宅B區地下停車場電動機車火警（119另案），1人嗆傷", "b01")
    s.alternative("兩棟相距約280公尺，夾在中間的模糊來電與經貿路偵測器可能歸另一案；公園裡聞到的焦味可能來自B區地下室排煙；"
                  "健走活動有許可，也可視為一張人潮監看單", [
        ("A", "fire", "生態住宅A區9樓住宅火警", "a01"),
        ("B", "fire", "生態住宅B區地下停車場機車火警，含經貿路壅塞與中間地帶來電", "b01"),
        ("C1", "crowd", "中央公園健走活動（有許可，無異狀）", "pe1")])
    s.description = ("週日中午，生態住宅A區9樓廚房起火，119派5車，經貿路三段封外側車道。十四分鐘後，約280公尺外B區地下停車場一台充電中的電動機車起火，"
                     "119另案派車，警方報告也寫明不同案。1999有些來電說得清楚是哪一棟，有些只說「生態住宅又冒煙」，站在兩棟中間打的，"
                     "按時間與位置給了最可能的一棟並標出另一讀法。兩張火警單，不可合併。公園健走、水資源回收中心總機斷線、垃圾、路燈是背景。")
    s.notes = "tests: two fires of one kind ~280 m apart, each with its own 119 dispatch; ambiguous calls between them"
    s.write()


def s739():
    s = Sit(739, "henan_flood_and_queue_crash", "2025-06-02 17:10")
    fl = s.at("SN-FL-007")
    hz = P["henan_zhongping"]
    q = off(*s.at("SN-VD-HENAN-01"), 30, 35)
    s.rule("w01", "SN-RG-001", "heavy_rain", "Moderate", 0, 1, "中央公園雨量站 時雨量 52 mm，達大雨標準", None, level="大雨")
    s.rule("n01", "SN-VD-ZHONGPING-02", "congestion", "Minor", 2, 1, "中平路車輛偵測器2 平均車速 23 km/h（下班尖峰）", None)
    s.flood("r01", "SN-FL-007", "1-15", 5, 1, "F1", "河南路低窪處")
    s.call("c01", "blocked_drain", 8, 4, "河南路停車場旁邊水溝被落葉塞住，水排不下去", "F1", fl, 20, 60)
    s.call("c02", "flooding", 10, 3, "河南路快到中平路那邊積水，車子開過去會噴水", "F1", fl, 50, 200)
    s.call("c03", "flooding", 18, 5, "河南路停車場門口淹水了，車開不出來", "F1", s.at("SN-PK-003"), 20, 60)
    s.flood("r02", "SN-FL-007", "16-30", 20, 1, "F1", "河南路低窪處")
    s.rule("r03", "SN-VD-HENAN-02", "congestion", "Moderate", 22, 1, "河南路車輛偵測器2 平均車速 10 km/h，低於門檻", "F1")
    s.police("p01", "flooding_report", "Moderate", 25, 10, "河南路二段近中平路口積水約25公分，已派員警戒。", "F1", off(*hz, 60, 40))
    s.add("v01", "cctv", "flooding", 28, 0.5, "河南路/中平路口 路面積水", "F1", sid="SN-CCTV-010", conf=0.77)
    s.rule("r04", "SN-VD-ZHONGPING-01", "congestion", "Moderate", 30, 1, "中平路車輛偵測器1 平均車速 12 km/h，低於門檻", "F1")
    s.rule("w02", "C0F9T0", "heavy_rain", "Severe", 32, 2, "西屯 3小時累積 108 mm，達豪雨標準", None, level="豪雨")
    s.add("v02", "cctv", "stalled_vehicle", 35, 0.5, "河南路/中平路口 車輛停滯", "F1", sid="SN-CCTV-010", conf=0.83)
    s.rule("r05", "SN-VD-HENAN-01", "congestion", "Moderate", 36, 1, "河南路車輛偵測器1 平均車速 9 km/h，低於門檻", "F1")
    s.flood("r06", "SN-FL-007", ">30", 40, 1, "F1", "河南路低窪處")
    s.police("p02", "road_closure", "Severe", 42, 6, "河南路二段往中平路方向封閉，車輛迴轉改道。", "F1", off(*hz, 60, 40), follows="p01")
    s.police("p03", "stalled_vehicle", "Moderate", 44, 8, "河南路/中平路口自小客涉水熄火，已協助推離。", "F1", off(*hz, 20, 15))
    s.add("pk0", "status", "offline", 45, 0.1, "河南路停車場 車位資料未回傳", "F1", sid="SN-PK-003", alt=None)
    # crash at the tail of the queue, ~500 m south-west of the junction, ~900 m from the low point
    s.call("t01", "traffic_accident", 52, 2, "河南路往中平路方向塞車，後面一台車撞上來，兩台車停在內車道", "T1", q, 20, 100)
    s.police("t02", "accident", "Minor", 55, 12, "河南路二段（河南路車輛偵測器1附近）自小客2車追撞，無人受傷，已拍照移置。", "T1", q)
    s.rule("r07", "SN-VD-HENAN-01", "congestion", "Severe", 58, 1, "河南路車輛偵測器1 平均車速 3 km/h，低於門檻", "F1", alt="T1")
    s.call("t03", "other", 60, 4, "河南路塞到不行，前面有車禍又淹水", "T1", q, 150, 300, alt="F1")
    noise_parking(s, "n02", 65, s.at("SN-PK-003"), "河南路停車場對面")
    s.add("n03", "fire_alarm", "fault", 70, 0.2, "預備電源電壓不足", None, sid="SN-FA-010")
    s.call("n04", "公園路樹", 75, 6, "中央公園南邊步道有樹枝斷掉掉在草地上", None, (120.6560, 24.1770), 10, 60)
    s.add("n05", "status", "offline", 80, 0.1, "經貿六停車場 車位資料未回傳", None, sid="SN-PK-002")
    s.add("n06", "status", "online", 83, 0.1, "經貿六停車場 恢復連線", None, sid="SN-PK-002")
    s.police("t04", "accident", "Minor", 85, 4, "河南路追撞事故車輛已駛離。", "T1", q, follows="t02")
    s.flood("r08", "SN-FL-007", "1-15", 110, 1, "F1", "河南路低窪處")
    s.add("pk1", "status", "online", 118, 0.1, "河南路停車場 恢復連線", "F1", sid="SN-PK-003", alt=None)
    s.rule("r09", "SN-FL-007", "cleared", "Minor", 140, 1, "河南路低窪處 淹水解除", "F1")
    s.police("p04", "road_closure", "Minor", 145, 5, "河南路二段解除管制。", "F1", off(*hz, 60, 40), follows="p02")
    s.call("c04", "flooding", 150, 7, "河南路水退了，但是水溝還是塞住的，下次下雨又會淹", "F1", fl, 20, 80)
    noise_streetlight(s, "n07", 155, P["henan_sw"], "0739-502")
    s.dup("r02", 1)
    s.dup("t01", 10)
    s.incident("F1", "flood", "河南路低窪處至河南路/中平路口淹水，封路、車輛涉水熄火，回堵至河南路西南段", "r02")
    s.incident("T1", "traffic", "河南路淹水回堵車陣尾端2車追撞", "t01")
    s.alternative("追撞後河南路車輛偵測器1更慢，可算追撞；車陣中「車禍又淹水」的來電也可算淹水；停車場設備離線也可能只是例行斷線", [
        ("F1", "flood", "河南路淹水（不含停車場設備離線）", "r02"),
        ("T1", "traffic", "河南路回堵車陣2車追撞，含其後偵測器1壅塞", "t01")])
    s.description = ("梅雨季週一傍晚，河南路低窪處水溝被落葉堵住，淹水感測器從1-15一路升到超過30公分，河南路停車場門口淹水、設備斷線，"
                     "路口攝影機看到積水與熄火車，警方封路改道。車陣往西南回堵到河南路車輛偵測器1，在距路口約五百公尺處兩台車追撞：回堵是淹水的後果，"
                     "但追撞要另派員警處理，是另一張單。下班尖峰中平路慢、CMU總機電池、公園樹枝、經貿六停車場閃斷、路燈是背景。")
    s.notes = "tests: flood plus a separate crash in the flood's queue ~500 m from the flooded junction"
    s.write()


def s740():
    s = Sit(740, "expo_false_alarm_lost_child", "2025-11-22 09:30")
    hb = s.at("SN-FA-003")
    s.add("pe1", "planned_event", "exhibition", 30, -4320, "臺中國際會展中心 A、B館 消費性電子展，預估每日入場 30,000 人次", "C1", pos=s.at("SN-FA-002"), ends=540)
    s.call("n01", "other", 5, 5, "綠美圖旁邊工地一大早就在敲，很吵", None, s.at("SN-FA-004"), 30, 120)
    s.add("n02", "status", "offline", 30, 0.1, "經貿路二段/經貿七路 路口監視器 離線", None, sid="SN-CCTV-006")
    s.add("n03", "status", "online", 33, 0.1, "經貿路二段/經貿七路 路口監視器 恢復連線", None, sid="SN-CCTV-006")
    s.rule("r01", "SN-VD-LIMING-01", "congestion", "Moderate", 35, 1, "黎明路車輛偵測器1 平均車速 13 km/h，低於門檻", "C1", alt=None)
    s.add("n04", "fire_alarm", "fault", 50, 0.2, "預備電源電壓不足", None, sid="SN-FA-002")
    s.add("pk1", "parking", "full", 60, 0.5, "臺中國際會展中心停車場 車位已滿", "C1", sid="SN-PK-006")
    s.add("pk2", "parking", "full", 75, 0.5, "經貿六停車場 車位已滿", "C1", sid="SN-PK-002")
    s.call("c01", "illegal_parking", 80, 4, "看展的車停滿經貿路紅線，公車都過不去", "C1", P["jingmao_liming"], 30, 200, alt=None)
    s.add("v01", "cctv", "crowding", 90, 0.5, "經貿路二段/黎明路三段 人群聚集", "C1", sid="SN-CCTV-005", conf=0.69)
    s.police("p01", "crowd_control", "Moderate", 95, 6, "會展中心周邊人潮管制，經貿路二段設置行人專用時段。", "C1", off(*s.at("SN-PK-006"), 20, 10))
    s.add("w01", "cctv", "wrong_way", 120, 0.5, "經貿路二段/黎明路三段 機車逆向行駛", "T1", sid="SN-CCTV-005", conf=0.70)
    s.police("w02", "wrong_way_driver", "Minor", 124, 8, "經貿路二段機車逆向行駛，已攔停告發。", "T1", off(*P["jingmao_liming"], 30, -40))
    s.add("a01", "fire_alarm", "alarm", 160, 0.2, "B館 1F 展區 偵煙探測器動作", "F1", sid="SN-FA-003")
    s.f119("e01", "fire", 161, 1, "臺中國際會展中心B館展區火警警報，派遣消防車2輛前往確認", "F1", hb)
    s.call("f01", "fire_smoke", 162, 2, "會展中心B館警鈴在響，展場裡面有白煙，大家都往外跑", "F1", hb, 20, 80)
    s.add("v02", "cctv", "crowding", 165, 0.5, "經貿路二段/經貿七路 人群聚集", "F1", sid="SN-CCTV-006", conf=0.80, alt="C1")
    s.call("f02", "other", 166, 3, "B館廣播叫大家疏散，外面擠滿人，是真的失火嗎", "F1", hb, 50, 150)
    s.f119("e02", "fire", 180, 1, "會展中心B館現場為攤位舞台煙霧機誤觸偵煙探測器，非火災，消防車返隊", "F1", hb, follows="e01")
    s.add("a02", "fire_alarm", "normal", 182, 0.2, "火警受信總機復歸", "F1", sid="SN-FA-003")
    s.call("k01", "other", 210, 3, "我女兒在會展中心B館走失了，5歲，穿粉紅色外套，疏散的時候跟丟的", "R1", hb, 30, 150)
    s.police("k02", "other", "Moderate", 215, 7, "會展中心B館民眾報案5歲女童走失，已通知館方廣播協尋並調閱監視器。", "R1", off(*hb, -20, 10))
    noise_streetlight(s, "n05", 220, P["liming_kaixuan"], "0740-066")
    s.police("k03", "other", "Minor", 242, 5, "走失女童已於A館服務台尋獲，交還家屬。", "R1", s.at("SN-FA-002"), follows="k02")
    s.rule("n06", "SN-VD-HUANZHONG-03", "congestion", "Minor", 250, 1, "環中路車輛偵測器3 平均車速 24 km/h", None)
    s.call("n07", "動物救援", 300, 6, "中央公園北邊水池有鴨子卡在網子裡", None, s.at("SN-WL-001"), 20, 80)
    s.rule("r02", "SN-VD-JINGMAO-01", "congestion", "Moderate", 480, 1, "經貿路車輛偵測器1 平均車速 11 km/h，低於門檻", "C1")
    s.police("p02", "crowd_control", "Moderate", 482, 4, "展覽閉館散場，經貿路二段疏導人車。", "C1", off(*s.at("SN-PK-006"), 20, 10), follows="p01")
    s.rule("r03", "SN-VD-JINGMAO-01", "cleared", "Minor", 530, 1, "經貿路車輛偵測器1 車速恢復", "C1")
    s.dup("f01", 4)
    s.dup("a01", 0.2)
    s.incident("C1", "crowd", "會展中心消費性電子展人潮（停車場滿、行人管制、閉館散場）", "pe1")
    s.incident("T1", "traffic", "經貿路二段機車逆向", "w01")
    s.incident("F1", "fire", "會展中心B館火警警報（煙霧機誤觸，派車確認後為誤報），館內疏散", "a01")
    s.incident("R1", "rescue", "疏散時5歲女童走失，約半小時後尋獲", "k01")
    s.alternative("疏散人群在路口聚集也可算展覽人潮的一部分；展覽早上黎明路變慢與紅線違停可能只是平常車多", [
        ("C1", "crowd", "會展中心展覽人潮，含B館疏散人群", "pe1"),
        ("T1", "traffic", "經貿路二段機車逆向", "w01"),
        ("F1", "fire", "會展中心B館火警誤報", "a01"),
        ("R1", "rescue", "女童走失", "k01")])
    s.description = ("週六會展中心電子展，許可三天前就到。上午停車場陸續滿位，經貿路紅線停滿、路口人多，警方管制行人：一張人潮單。中午前經貿/黎明口"
                     "攝影機抓到機車逆向，員警攔停：一張小交通單。下午B館受信總機動作，119派兩車，館內疏散；結果是攤位煙霧機誤觸，但派了車就是一張火警單。"
                     "疏散時一位5歲女童走失，半小時後在A館找到：一張協尋單。A館電池不足、工地噪音、鴨子、監視器閃斷是背景。")
    s.notes = "tests: event + false fire alarm (still a job) + missing child + wrong-way inside one footprint"
    s.write()


def s741():
    s = Sit(741, "storm_gateway_down_liming_flood", "2025-07-28 14:20")
    fl = s.at("SN-FL-009")
    lk = s.at("SN-SIG-007")
    s.rule("w01", "SN-RG-002", "heavy_rain", "Severe", 0, 1, "水湳轉運中心雨量站 3小時累積 118 mm，達豪雨標準", None, level="豪雨")
    s.rule("w02", "SN-RG-001", "heavy_rain", "Severe", 3, 1, "中央公園雨量站 3小時累積 112 mm，達豪雨標準", None, level="豪雨")
    t = 10.0
    order = PARK_GW[:]
    s.rng.shuffle(order)
    for i, sid in enumerate(order):
        t += s.rng.uniform(0.05, 0.3)
        s.add(f"s{i+1:02d}", "status", "offline", t, 0.1 + (9 if i == 5 else 0), "閘道器連線中斷，資料未回傳", "I1", sid=sid)
    s.flood("r01", "SN-FL-009", "1-15", 12, 1, "F1", "黎明路凱旋路口低窪處")
    s.call("c01", "flooding", 15, 3, "黎明路凱旋路口那邊積水了，快到輪胎一半", "F1", fl, 30, 150)
    for i, sid in enumerate(order):
        s.rule(f"o{i+1:02d}", sid, "sensor_offline", "Minor", 20 + i * 0.2, 1, "設備超過預期回報間隔未回傳資料", "I1")
    s.flood("r02", "SN-FL-009", "16-30", 24, 1, "F1", "黎明路凱旋路口低窪處")
    s.add("v01", "cctv", "flooding", 25, 0.5, "黎明路三段/凱旋路 路面積水", "F1", sid="SN-CCTV-007", conf=0.69, skew=-3)
    s.rule("r03", "SN-VD-KAIXUAN-01", "congestion", "Moderate", 30, 1, "凱旋路車輛偵測器1 平均車速 9 km/h，低於門檻", "F1")
    # the follow-up is typed in first by a fast operator; the first case is keyed in late
    s.call("c02", "flooding", 20, 17, "黎明路靠近凱旋路整個路口都是水，機車都在牽車", "F1", fl, 40, 200)
    s.call("c03", "other", 32, 2, "我剛剛打過，黎明路凱旋路口水越來越深，怎麼都沒人來", "F1", fl, 40, 200, follows="c02")
    s.add("g01", "signal", "fault", 35, 0.3, "號誌全暗（控制箱進水）", "F1", sid="SN-SIG-007", alt="T1")
    s.add("g02", "cctv", "signal_dark", 36, 0.5, "黎明路三段/凱旋路 號誌黑燈", "F1", sid="SN-CCTV-007", conf=0.75, alt="T1", skew=-3)
    s.police("p01", "flooding_report", "Severe", 30, 16, "黎明路三段/凱旋路口積水約30公分，號誌全暗，員警到場指揮並管制。", "F1", off(*lk, -30, -20))
    s.rule("r04", "SN-VD-LIMING-01", "congestion", "Moderate", 40, 1, "黎明路車輛偵測器1 平均車速 11 km/h，低於門檻", "F1")
    s.flood("r05", "SN-FL-009", ">30", 42, 1, "F1", "黎明路凱旋路口低窪處")
    s.police("p02", "road_closure", "Severe", 45, 5, "黎明路三段凱旋路口封閉，車輛改道環中路。", "F1", off(*lk, -30, -20), follows="p01")
    park = (120.6556, 24.1823)
    s.call("k01", "flooding", 50, 4, "中央公園滯洪池水快滿出來了，旁邊步道在淹水", "F2", park, 20, 80, alt=None)
    s.add("n01", "fire_alarm", "fault", 55, 0.2, "探測器故障 2F", None, sid="SN-FA-006")
    s.call("k02", "flooding", 62, 5, "公園滯洪池旁邊步道都是水，有小朋友在玩水很危險", "F2", off(*park, 0, 250), 20, 120, alt=None)
    s.add("n02", "status", "offline", 64, 0.1, "中平路車輛偵測器1 資料未回傳", None, sid="SN-VD-ZHONGPING-01")
    s.add("n03", "status", "online", 66, 0.1, "中平路車輛偵測器1 恢復連線", None, sid="SN-VD-ZHONGPING-01")
    noise_streetlight(s, "n04", 70, P["huanzhong_zhongke"], "0741-233")
    s.add("g03", "signal", "restored", 110, 0.3, "號誌恢復正常", "F1", sid="SN-SIG-007", alt="T1")
    s.flood("r06", "SN-FL-009", "1-15", 115, 1, "F1", "黎明路凱旋路口低窪處")
    s.rule("r07", "SN-FL-009", "cleared", "Minor", 135, 1, "黎明路凱旋路口低窪處 淹水解除", "F1")
    s.police("p03", "road_closure", "Minor", 138, 6, "黎明路三段凱旋路口解除管制。", "F1", off(*lk, -30, -20), follows="p02")
    for i, sid in enumerate(order):
        s.add(f"u{i+1:02d}", "status", "online", 150 + i * 0.2, 0.1, "閘道器恢復連線", "I1", sid=sid)
    s.dup("r02", 1)
    s.dup("r05", 4)
    s.dup("c01", 11)
    s.dup("s03", 0.2)
    s.incident("I1", "infrastructure", "豪雨中中央公園感測閘道器離線（公園淹水、滯洪池水位、雨量站8具失聯）", "s03")
    s.incident("F1", "flood", "黎明路三段/凱旋路口低窪處淹水超過30公分，號誌控制箱進水全暗，封路改道", "r02")
    s.incident("F2", "flood", "中央公園滯洪池將滿、步道積水（感測器失聯，只有民眾通報）", "k02")
    s.alternative("號誌全暗可另開交通單給交通局修；滯洪池本來就會蓄水，兩通步道積水的電話在公園內，不一定要派員", [
        ("I1", "infrastructure", "中央公園感測閘道器離線", "s03"),
        ("F1", "flood", "黎明路三段/凱旋路口淹水", "r02"),
        ("T1", "traffic", "黎明路三段/凱旋路口號誌控制箱進水全暗", "g01")])
    s.description = ("颱風外圍豪雨，午後兩點多中央公園閘道器被雷擊，公園裡八個感測器同時失聯：一張設備單，且公園內已沒有感測資料。"
                     "一公里多外黎明路凱旋路口低窪處淹水感測器正常，水深一路升到超過30公分，號誌控制箱進水全暗，警方封路改道：一張淹水單。"
                     "一位民眾的第一通電話晚了十七分鐘才建檔，追問的第二通反而先到。公園內兩通電話說滯洪池快滿、步道積水，"
                     "因感測器失聯只能靠民眾，我會派人去看（另一讀法：不派）。")
    s.notes = "tests: gateway offline during a storm + a flood elsewhere + blind spot reported only by citizens; late/out-of-order/duplicates"
    s.write()


def s742():
    s = Sit(742, "truck_fire_queue_crash_ambulance", "2026-04-10 08:05")
    fire = (120.6555, 24.19875)         # 環中路 just west of 中清路
    crash = off(*P["zhongqing_a"], -30, 130)
    s.add("pw1", "planned_event", "road_works", 55, -1440, "中清路二段近經貿路 人行道改善工程，佔用外側車道", None, pos=off(*P["zhongqing_a"], 40, -60), ends=480)
    s.add("n01", "status", "offline", -20, 0.1, "中清路車輛偵測器1 資料未回傳", None, sid="SN-VD-ZHONGQING-01")
    s.add("n02", "status", "online", -17, 0.1, "中清路車輛偵測器1 恢復連線", None, sid="SN-VD-ZHONGQING-01")
    s.rule("n03", "SN-VD-KAIXUAN-01", "congestion", "Minor", -10, 1, "凱旋路車輛偵測器1 平均車速 25 km/h（上班尖峰）", None)
    s.add("v01", "cctv", "smoke", 0, 0.4, "中清路/環中路 畫面西側煙霧", "F1", sid="SN-CCTV-008", conf=0.78)
    s.f119("e01", "fire", 2, 0.5, "環中路二段近中清路口大貨車火燒車，派遣消防車3輛", "F1", fire)
    s.add("v02", "cctv", "stalled_vehicle", 2, 0.4, "中清路/環中路 車輛停滯", "F1", sid="SN-CCTV-008", conf=0.86)
    s.call("c01", "fire_smoke", 1, 6, "環中路上一台貨車在燒，火很大，都是黑煙", "F1", fire, 30, 150)
    s.rule("r01", "SN-VD-HUANZHONG-03", "congestion", "Severe", 5, 1, "環中路車輛偵測器3 平均車速 4 km/h，低於門檻", "F1")
    s.police("p01", "fire_report", "Severe", 6, 8, "環中路二段近中清路口大貨車火燒車，駕駛已逃出。", "F1", off(*fire, 15, -10), skew=3)
    s.f119("e02", "hazmat", 7, 1, "火燒貨車載運油漆及稀釋劑，注意危險物品，加派化學車", "F1", fire, follows="e01")
    s.rule("r02", "SN-VD-ZHONGQING-01", "congestion", "Moderate", 8, 1, "中清路車輛偵測器1 平均車速 7 km/h，低於門檻", "F1")
    s.call("c02", "fire_smoke", 8, 5, "中清路這邊看到環中路那邊冒很大的煙，很臭", "F1", fire, 200, 500)
    s.police("p02", "road_closure", "Severe", 10, 6, "環中路二段往東近中清路口全線封閉，中清路往北車輛改道。", "F1", P["huanzhong_zhongqing"], follows="p01", skew=3)
    s.rule("r03", "SN-VD-HUANZHONG-02", "congestion", "Moderate", 14, 1, "環中路車輛偵測器2 平均車速 9 km/h，低於門檻", "F1")
    s.rule("r04", "SN-VD-JINGMAO-01", "congestion", "Moderate", 18, 1, "經貿路車輛偵測器1 平均車速 12 km/h，低於門檻", "F1")
    s.call("c03", "other", 20, 4, "中清路往環中路完全不動，公車也卡住，前面到底怎麼了", "F1", P["zhongqing_a"], 100, 300)
    # secondary crash in the queue on 中清路, ~1 km south-east of the fire
    s.call("t01", "traffic_accident", 25, 3, "中清路往環中路方向塞車，機車鑽車縫撞到汽車，騎士倒在地上", "T1", crash, 20, 80)
    s.f119("t02", "ambulance", 26, 1, "中清路二段近經貿路機車與自小客碰撞，騎士受傷，派救護車", "T1", crash)
    s.police("t03", "injury_accident", "Moderate", 28, 10, "中清路二段（近經貿路）普重機與自小客擦撞，騎士輕傷送醫。", "T1", crash, skew=3)
    s.rule("r05", "SN-VD-ZHONGQING-02", "congestion", "Moderate", 30, 1, "中清路車輛偵測器2 平均車速 8 km/h，低於門檻", "F1", alt="T1")
    s.f119("e03", "fire", 35, 1, "環中路火燒車已撲滅，無人受傷，化學車警戒中", "F1", fire, follows="e01")
    s.f119("m01", "ambulance", 40, 1, "經貿路三段水湳生態住宅A區，8旬老翁在家跌倒頭部流血，派救護車", "R1", off(*s.at("SN-FA-011"), -15, 20))
    s.call("n04", "環境公害", 42, 8, "中清路工地灰塵很大，騎車經過眼睛都睜不開", None, off(*P["zhongqing_a"], 40, -60), 20, 80)
    s.add("n05", "fire_alarm", "fault", 45, 0.2, "探測器迴路斷線 5F", None, sid="SN-FA-005")
    noise_streetlight(s, "n06", 50, P["zhongqing_a"], "0742-118")
    noise_parking(s, "n07", 52, s.at("SN-PK-001"), "轉運中心前面")
    s.police("t04", "accident", "Minor", 55, 6, "中清路擦撞事故車輛已移置，恢復通行。", "T1", crash, follows="t03", skew=3)
    s.police("p03", "road_closure", "Minor", 75, 5, "環中路二段殘骸清除完畢，恢復通行。", "F1", P["huanzhong_zhongqing"], follows="p02", skew=3)
    for k, t in (("r01", 85), ("r02", 88), ("r03", 90), ("r04", 92), ("r05", 95)):
        sid = next(i["sensor_id"] for i in s.items if i["key"] == f"742-{k}")
        alt = {"alt": "T1"} if k == "r05" else {}
        s.rule(k + "c", sid, "cleared", "Minor", t, 1, f"{sid} 車速恢復", "F1", **alt)
    s.dup("v01", 2)
    s.dup("e01", 1)
    s.dup("t01", 8)
    s.incident("F1", "fire", "環中路二段近中清路口大貨車火燒車（載油漆稀釋劑），全線封閉，環中路/中清路/經貿路回堵", "e01")
    s.incident("T1", "traffic", "中清路回堵車陣中機車與自小客擦撞，騎士輕傷", "t01")
    s.incident("R1", "rescue", "生態住宅A區老翁跌倒送醫", "m01")
    s.alternative("中清路車輛偵測器2 在追撞點的更南邊，其變慢可能是追撞而非火燒車的回堵", [
        ("F1", "fire", "環中路火燒車及其回堵（不含中清路偵測器2）", "e01"),
        ("T1", "traffic", "中清路回堵車陣擦撞，含中清路偵測器2壅塞", "t01"),
        ("R1", "rescue", "生態住宅A區老翁跌倒送醫", "m01")])
    s.description = ("週五早上，一輛載油漆與稀釋劑的大貨車在環中路二段中清路口西側起火，攝影機先看到煙，119派車並加派化學車，警方全線封閉環中路往東。"
                     "回堵沿環中路往西、沿中清路往東南延伸，經貿路也慢。二十五分鐘後中清路上、約一公里外的車陣裡一台機車鑽車縫擦撞汽車，"
                     "騎士受傷：回堵是火的後果，擦撞卻要另派員警與救護，是另一張單。同一時段生態住宅A區老翁跌倒的救護又是一件。"
                     "警方終端時鐘快三分鐘；1999來電晚六分鐘建檔，比119還晚。中清路施工許可、揚塵、路燈、違停、偵測器閃斷是背景。")
    s.notes = "tests: cascade fire -> queue -> secondary crash (separate job) + unrelated ambulance; skew +3 min; hazmat follow-up"
    s.write()


if __name__ == "__main__":
    for f in (s737, s738, s739, s740, s741, s742):
        f()
