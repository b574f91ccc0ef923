"""Situations 1317-1322."""
from lib import Sit, P, same


def s1317():
    s = Sit(1317, "comic_expo_hub_bus_bay", "2026-08-22",
            "週六會展中心動漫展（有許可）：轉運中心人潮、停車場滿、違停；轉運中心公車月台公車擦撞行人；經貿路/黎明路號誌故障（與展覽無關的設備故障）；一名coser熱衰竭。")
    pe = s.add("planned_event", "police", "exhibition", "10:00", "conv_b", "2026台中動漫博覽會，會展中心A、B館，8/21-8/23 10:00-19:00，預估每日5萬人次。", "A", arrival="-300:00", ends="19:00", radius_m=600)
    s.sensor("parking", "SN-PK-006", "full", "10:15", "臺中國際會展中心停車場 車位已滿", "A")
    s.sensor("parking", "SN-PK-001", "full", "10:50", "水湳轉運中心停車場 車位已滿", "A")
    a1 = s.sensor("cctv", "SN-CCTV-003", "crowding", "11:20", "中科路/環中路二段 路口人群聚集", "A", confidence=0.81)
    a2 = s.add("incident", "police", "crowd_control", "11:30", s.near("hub", 80), "轉運中心往會展中心人行動線壅塞，接駁公車月台候車人潮溢出，派員管制。", "A", sev="Moderate")
    s.add("1999", "citizen", "illegal_parking", "12:10", s.near("pk_jm6", 200), "經貿六停車場外面路邊停滿車，還停在轉角。", "A")
    s.add("1999", "citizen", "crowding", "12:40", s.near("hub", 150), "轉運中心月台人擠人，公車進站很危險。", "A")
    s.sensor("rule", "SN-VD-LIMING-01", "congestion", "12:05", "黎明路車輛偵測器1 車速下降，平均時速 12 km/h", "A", sev="Moderate", truth_alt="C")
    # B bus clips pedestrian
    b1 = s.add("119", "fire", "ambulance", "13:02", s.near("hub", 30), "水湳轉運中心公車月台 公車進站擦撞行人 1名女性腿部受傷", "B")
    s.add("incident", "police", "injury_accident", "13:06", s.near("hub", 30), "水湳轉運中心第3月台，市區公車進站時擦撞月台邊緣候車民眾，女性左小腿受傷，公車暫停月台待處理。", "B", sev="Moderate")
    s.add("1999", "citizen", "traffic_accident", "13:04", s.near("hub", 120), "轉運中心公車撞到人了，人太多擠到月台邊緣。", "B", truth_alt="A")
    s.add("119", "fire", "ambulance", "13:25", s.near("hub", 30), "傷患送往中國醫藥大學附設醫院", "B", status="returning", follows=b1, key=b1 + "-r")
    # C signal fault
    c1 = s.sensor("signal", "SN-SIG-005", "fault", "14:10", "經貿路二段/黎明路三段 號誌控制器異常，閃黃", "C")
    s.sensor("cctv", "SN-CCTV-005", "signal_dark", "14:12", "經貿路二段/黎明路三段 號誌黑燈", "C", confidence=0.74)
    s.add("1999", "citizen", "other", "14:15", s.near("j_jm_lm", 100), "經貿路黎明路口紅綠燈都在閃黃燈，展覽散場車很多很危險。", "C")
    s.add("incident", "police", "traffic_signal_fault", "14:22", s.near("j_jm_lm", 20), "經貿路二段黎明路口號誌故障，派員手勢指揮交通，已通報交通局。", "C", sev="Moderate")
    s.sensor("signal", "SN-SIG-005", "restored", "15:35", "經貿路二段/黎明路三段 號誌恢復正常", "C")
    # D heat exhaustion (late report: written after the fact)
    d1 = s.add("119", "fire", "ambulance", "15:48", s.near("conv_b", 80), "會展中心B館外排隊區 女性角色扮演者疑似熱衰竭 意識清楚", "D")
    s.add("1999", "citizen", "other", "15:50", s.near("conv_b", 150), "B館外面排隊的地方有人昏倒，太熱了都沒遮陽。", "D", truth_alt="A")
    # background
    s.add("1999", "citizen", "streetlight", "10:30", s.near("eco_b", 250), "敦化路路燈白天亮。", None)
    s.add("1999", "citizen", "road_damage", "11:45", s.near("park_south", 300), "河南路往公園方向路面龜裂。", None)
    s.add("1999", "citizen", "noise", "16:20", s.near("cmu", 250), "中醫大水湳校區旁邊冷氣主機很吵。", None)
    s.sensor("rule", "SN-VD-HENAN-01", "congestion", "17:30", "河南路車輛偵測器1 車速下降，平均時速 19 km/h", None, sev="Minor")
    # a late police report, written an hour after the event
    s.add("incident", "police", "theft", "12:30", s.near("conv_a", 60), "補登：會展中心A館內民眾反映限定商品遭順手牽羊，攤商未提告，已協調。", None, sev="Minor", delay=4200, truth_alt="E")
    s.dup(c1, 1)
    s.dup(a2, 200)
    s.inc("A", "crowd", "動漫博覽會（許可）：停車場滿、轉運中心月台與人行動線人潮、違停", a2)
    s.inc("B", "traffic", "轉運中心第3月台公車進站擦撞候車民眾", b1)
    s.inc("C", "infrastructure", "經貿路二段/黎明路三段號誌故障閃黃，約1.5小時後修復", c1)
    s.inc("D", "rescue", "B館外排隊角色扮演者熱衰竭", d1)
    alt = same(s.incidents)
    alt.append({"label": "E", "type": "public_safety", "description": "A館攤位商品遭竊（補登），仍屬一件治安案件", "sufficient_evidence_key": [i for i in s.items if i["category"] == "theft"][0]["key"]})
    s.alternative("補登的順手牽羊案已在現場協調完畢、攤商未提告，照常理不必再派遣；但另一讀法視之為獨立治安案件。黎明路壅塞也可能是號誌故障造成（讀作C）。", alt)
    s.write()


def s1318():
    s = Sit(1318, "national_day_park_festival", "2026-10-10",
            "國慶日中央公園音樂祭（有許可）：停車場滿、違停、人潮；失智長者走失（稍後在園區外尋獲）、主舞台前兩名民眾先後不適送醫、餐車區口角推擠、空拍機墜落。")
    pe = s.add("planned_event", "police", "concert", "13:00", "park_north", "國慶中央公園音樂祭，10/10 13:00-21:30，主舞台設於中央公園北段草坪，餐車區位於綠美圖南側，預估6萬人。", "A", arrival="-200:00", ends="21:30", radius_m=700)
    s.sensor("parking", "SN-PK-004", "full", "13:30", "中央公園地下停車場(北) 車位已滿", "A")
    s.sensor("parking", "SN-PK-005", "full", "14:05", "中央公園地下停車場(南) 車位已滿", "A")
    s.add("1999", "citizen", "illegal_parking", "15:00", s.near("eco_a", 200), "經貿路三段住宅區門口被音樂祭的車堵住。", "A")
    a1 = s.add("incident", "police", "crowd_control", "18:40", s.near("park_north", 100), "音樂祭主舞台區人潮飽和，暫停北側入口入場。", "A", sev="Moderate")
    s.sensor("cctv", "SN-CCTV-006", "crowding", "18:45", "經貿路二段/經貿七路 路口人群聚集", "A", confidence=0.86)
    s.add("1999", "citizen", "noise", "20:50", s.near("eco_a", 250), "音樂祭低音太重，窗戶一直震。", "A", truth_alt=None)
    # B lost elder, skewed clock on a 1999 tablet? -> police report stamped with an unsynchronised handheld
    b1 = s.add("1999", "citizen", "missing_person", "15:20", s.near("park_north", 200), "我爸爸有失智症，78歲，穿格子襯衫戴漁夫帽，在音樂祭人太多走散了，手機沒帶。", "B")
    b2 = s.add("incident", "police", "missing_person", "15:28", s.near("park_north", 150), "受理協尋：78歲失智男性於中央公園北段走失，已通報各出入口及接駁站。", "B", sev="Severe", skew_s=-3600)
    s.add("incident", "police", "missing_person", "17:05", s.near("j_zq_hz", 200), "續報：走失長者於中清路環中路口附近由超商店員發現，已聯繫家屬接回。", "B", sev="Minor", follows=b2)
    # C two unwell people at main stage
    c1 = s.add("119", "fire", "ambulance", "19:12", s.near("park_north", 60), "中央公園主舞台前 女性民眾呼吸急促昏倒 派遣救護車", "C")
    c2 = s.add("119", "fire", "ambulance", "19:31", s.near("park_north", 70), "中央公園主舞台前 男性民眾被擠倒胸痛 派遣救護車", "E", truth_alt="C")
    s.add("1999", "citizen", "other", "19:14", s.near("park_north", 150), "舞台前面有人昏倒了，救護車在哪個門？", "C")
    # D scuffle at food trucks
    d1 = s.add("incident", "police", "public_disturbance", "17:40", s.near("green", 200), "綠美圖南側餐車區兩組民眾排隊糾紛推擠，已到場隔開，無人受傷。", "D", sev="Minor")
    s.add("1999", "citizen", "other", "17:38", s.near("green", 250), "餐車那邊有人在吵架推來推去，快打起來了。", "D")
    # F drone down
    f1 = s.add("1999", "citizen", "fallen_object", "16:25", s.near("park_mid", 100), "有一台空拍機掉下來砸到草地，差一點打到小孩。", "F", truth_alt=None)
    s.add("incident", "police", "fallen_object", "16:35", s.near("park_mid", 80), "中央公園中段空拍機墜落，無人受傷，已查獲操作者，違反活動禁飛規定，移送民航局。", "F", sev="Minor", truth_alt=None)
    # background
    s.add("1999", "citizen", "streetlight", "18:10", s.near("fcu", 250), "逢甲水湳校區旁路燈不亮。", None)
    s.add("1999", "citizen", "road_damage", "14:30", s.near("wrc", 250), "污水廠旁邊人行道磚翹起來。", None)
    s.sensor("rule", "SN-VD-HENAN-02", "congestion", "20:00", "河南路車輛偵測器2 車速下降，平均時速 24 km/h", None, sev="Minor", truth_alt="A")
    s.add("1999", "citizen", "other", "16:00", s.near("hub", 150), "轉運中心廁所排很長。", None)
    s.dup(b1, 45)
    s.dup(c1, 3)
    s.inc("A", "crowd", "國慶音樂祭（許可）：停車場滿、違停、主舞台人潮飽和暫停入場", a1)
    s.inc("B", "rescue", "78歲失智長者於音樂祭走失，後在中清環中路口尋獲（警方手持裝置時鐘慢1小時）", b1)
    s.inc("C", "rescue", "主舞台前女性民眾昏倒送醫", c1)
    s.inc("E", "rescue", "主舞台前男性民眾被擠倒胸痛送醫（第二位傷患）", c2)
    s.inc("D", "public_safety", "餐車區排隊糾紛推擠", d1)
    s.inc("F", "public_safety", "空拍機違規墜落，查獲操作者", f1)
    alt = [i for i in s.incidents if i["label"] not in ("E", "F")]
    s.alternative("主舞台前19分鐘內兩名傷患，現場救護站可能當成同一個醫療勤務；空拍機墜落無人受傷、操作者已查獲，可視為不需派遣的背景；河南路車速下降也可能是散場車潮。", alt)
    s.write()


def s1319():
    s = Sit(1319, "park_concert_thunderstorm", "2026-07-18",
            "夏日中央公園戶外演唱會（有許可）遇午後雷雨：大雨警報、北停車場入口坡道積水與總機故障、演唱會延後人潮擠在綠美圖簷下、觀眾滑倒；河南路另有倒樹。")
    pe = s.add("planned_event", "police", "concert", "16:00", "park_north", "中央公園夏日草地音樂會，7/18 16:00-21:00，北段草坪，預估2萬人。", "A", arrival="-150:00", ends="21:00", radius_m=600)
    s.sensor("parking", "SN-PK-004", "full", "15:30", "中央公園地下停車場(北) 車位已滿", "A")
    r1 = s.sensor("rule", "SN-RG-001", "heavy_rain", "15:50", "中央公園雨量站 時雨量 61 mm，達大雨標準", None, sev="Moderate", level="大雨", truth_alt="B")
    s.sensor("rule", "SN-RG-002", "heavy_rain", "15:55", "水湳轉運中心雨量站 時雨量 48 mm，達大雨標準", None, sev="Moderate", level="大雨")
    s.sensor("rule", "SN-FL-001", "flood_depth", "16:05", "中央公園滯洪池1 淹水深度 26 cm", None, sev="Moderate", level="16-30", truth_alt="B")
    a1 = s.add("incident", "police", "crowd_control", "16:10", s.near("green", 100), "雷雨演唱會延後開演，觀眾湧入綠美圖騎樓及會展中心連通道避雨，擁擠，派員疏導。", "A", sev="Moderate")
    s.add("1999", "citizen", "crowding", "16:14", s.near("green", 150), "綠美圖門口擠滿躲雨的人，推來推去，小孩被擠到。", "A")
    s.sensor("cctv", "SN-CCTV-006", "crowding", "16:12", "經貿路二段/經貿七路 路口人群聚集", "A", confidence=0.77)
    # B flooded ramp at park car park north
    b1 = s.add("1999", "citizen", "flooding", "16:08", s.near("pk_park_n", 50), "中央公園北邊地下停車場出口坡道變成瀑布，車子開不上來。", "B")
    s.sensor("parking", "SN-PK-004", "closed", "16:15", "中央公園地下停車場(北) 入口暫停開放（坡道積水）", "B")
    s.sensor("fire_alarm", "SN-FA-007", "fault", "16:18", "中央公園地下停車場 火警受信總機 B1 迴路短路故障", "B", truth_alt="G")
    b2 = s.add("incident", "police", "flooding_report", "16:20", s.near("pk_park_n", 40), "中央公園地下停車場(北)出入口坡道積水約30公分，已封閉出入口，通報水利局抽水。", "B", sev="Severe")
    s.add("1999", "citizen", "flooding", "16:25", s.near("pk_park_n", 80), "停車場B1有積水，我的車出不去，演唱會的人都困在裡面等。", "B")
    s.sensor("fire_alarm", "SN-FA-007", "normal", "17:40", "中央公園地下停車場 火警受信總機 復歸", "B", truth_alt="G")
    # C slip
    c1 = s.add("119", "fire", "ambulance", "17:25", s.near("park_north", 80), "中央公園北段草坪 演唱會觀眾雨後滑倒 手腕變形", "C")
    s.add("1999", "citizen", "other", "17:27", s.near("park_north", 150), "草地很滑有人跌倒手斷了。", "C")
    # D fallen tree on Henan Rd
    d1 = s.add("1999", "citizen", "fallen_tree", "16:02", s.near((120.6505, 24.1715), 100), "河南路靠中平路那邊行道樹倒下來擋住兩個車道。", "D")
    s.add("incident", "police", "fallen_object", "16:12", s.near((120.6505, 24.1715), 60), "河南路近中平路口行道樹倒塌佔用外側兩車道，擺設三角錐，通報建設局。", "D", sev="Moderate")
    s.sensor("cctv", "SN-CCTV-010", "fallen_object", "16:03", "河南路/中平路 路口偵測掉落物", "D", confidence=0.66)
    # background
    s.sensor("rule", "SN-FL-003", "flood_depth", "16:20", "中央公園滯洪池3 淹水深度 14 cm", None, sev="Minor", level="1-15")
    s.add("1999", "citizen", "streetlight", "19:30", s.near("eco_b", 200), "雷雨後敦化路一盞路燈不亮。", None)
    s.add("1999", "citizen", "other", "18:10", s.near("hub", 200), "請問演唱會延後到幾點？", None, truth_alt="A")
    s.dup(b2, 10)
    s.dup(r1, 600)
    s.inc("A", "crowd", "中央公園演唱會（許可）：延後開演，觀眾擠在綠美圖與會展中心簷下避雨", a1)
    s.inc("B", "flood", "中央公園地下停車場(北)坡道積水約30公分，出入口封閉，總機迴路進水故障", b1)
    s.inc("C", "rescue", "草坪觀眾雨後滑倒手腕骨折", c1)
    s.inc("D", "traffic", "河南路近中平路口行道樹倒塌佔用車道", d1)
    alt = same(s.incidents)
    alt.append({"label": "G", "type": "infrastructure", "description": "停車場火警總機迴路故障，由消防設備廠商另案維修", "sufficient_evidence_key": [i for i in s.items if i["feed"] == "fire_alarm"][0]["key"]})
    s.alternative("總機故障也可能由設備廠商另案處理（G）；雨量站大雨警報與滯洪池1的水深是停車場積水的前兆，可併入積淹水事件B。", alt)
    s.notes = "滯洪池水深上升是設計上的滯洪，非淹水災情；此處正好在停車場旁，故留作雙讀。"
    s.write()


def s1320():
    s = Sit(1320, "equality_march_counterprotest", "2026-10-24",
            "平權遊行（有許可）自中央公園北段沿經貿路至轉運中心；綠美圖前反對團體與遊行隊伍推擠；中清環中路口管制邊緣汽車追撞；另有攝影機時鐘偏差造成的錯序回報。")
    pe = s.add("planned_event", "police", "march", "14:00", (120.6560, 24.1915), "2026台中平權大遊行，中央公園北段集合，沿經貿路二段、環中路至水湳轉運中心解散，預估8000人。", "A", arrival="-400:00", ends="18:00", radius_m=800)
    amend = s.add("planned_event", "police", "march", "14:00", (120.6560, 24.1915), "變更：解散地點改為會展中心前廣場，路線不經環中路。", "A", arrival="-30:00", ends="17:30", radius_m=600, follows=pe)
    s.add("incident", "police", "road_closure", "13:50", s.near("j_jm_jm7", 30), "配合遊行，經貿路二段（經貿七路至環中路）雙向封閉。", "A", sev="Moderate")
    a1 = s.sensor("cctv", "SN-CCTV-006", "crowding", "14:20", "經貿路二段/經貿七路 路口人群聚集", "A", confidence=0.92)
    s.sensor("rule", "SN-VD-JINGMAO-01", "congestion", "14:30", "經貿路車輛偵測器1 車速下降，平均時速 7 km/h", "A", sev="Moderate")
    # camera with a clock 55 minutes fast
    s.sensor("cctv", "SN-CCTV-005", "crowding", "15:05", "經貿路二段/黎明路三段 路口人群聚集", "A", confidence=0.85, skew_s=3300)
    s.add("1999", "citizen", "illegal_parking", "13:30", s.near("pk_jm6", 200), "經貿六停車場外面的遊覽車停在紅線上。", "A")
    s.add("incident", "police", "road_reopened", "17:40", s.near("j_jm_jm7", 30), "遊行結束，經貿路二段恢復通行。", "A", sev="Minor")
    # B counter-protest scuffle
    b1 = s.add("incident", "police", "public_disturbance", "14:35", s.near("green", 60), "綠美圖前約30名反對團體成員持標語與遊行隊伍推擠叫囂，已派保安警力隔離。", "B", sev="Moderate", truth_alt="A")
    s.add("1999", "citizen", "other", "14:37", s.near("green", 150), "綠美圖門口兩邊的人在互罵推擠，有人被推倒。", "B", truth_alt="A")
    s.add("119", "fire", "ambulance", "14:41", s.near("green", 50), "臺中綠美圖前 推擠致1名女性跌倒擦傷", "B", truth_alt="A")
    s.add("incident", "police", "public_disturbance", "15:10", s.near("green", 60), "續報：推擠現場已隔離，帶回2名涉嫌妨害秩序者。", "B", sev="Minor", follows=b1, truth_alt="A")
    # C crash at control edge
    c1 = s.sensor("cctv", "SN-CCTV-008", "stalled_vehicle", "15:22", "中清路/環中路 路口偵測車輛停滯", "C", confidence=0.69)
    c2 = s.add("incident", "police", "accident", "15:25", s.near("j_zq_hz", 40), "中清路環中路口，往經貿路方向車輛遇管制急停遭後車追撞，2車損無人傷，移置路邊。", "C", sev="Minor")
    s.add("1999", "citizen", "traffic_accident", "15:24", s.near("j_zq_hz", 100), "中清環中路口兩台車追撞，擋在路中間。", "C")
    s.sensor("rule", "SN-VD-ZHONGQING-01", "congestion", "15:30", "中清路車輛偵測器1 車速下降，平均時速 10 km/h", "C", sev="Moderate", truth_alt="A")
    # background
    s.add("1999", "citizen", "streetlight", "12:50", s.near("park_south", 250), "公園南邊步道燈壞。", None)
    s.add("1999", "citizen", "other", "16:30", s.near("wrc", 250), "水資源中心附近有異味。", None)
    s.add("1999", "citizen", "road_damage", "13:10", s.near("eco_b", 200), "敦化路一段路面補丁不平。", None)
    s.add("1999", "citizen", "noise", "16:00", s.near("fcu", 350), "逢甲水湳校區宿舍旁有人在放音樂。", None)
    s.dup(b1, 25)
    s.dup(a1, 2)
    s.inc("A", "crowd", "平權遊行（許可，路線變更）：經貿路封閉、人潮、壅塞，17:40恢復通行", a1)
    s.inc("B", "public_safety", "綠美圖前反對團體與遊行隊伍推擠，1人擦傷，帶回2人", b1)
    s.inc("C", "traffic", "中清環中路口管制邊緣追撞，車損無人傷", c2)
    s.alternative("反對團體的推擠發生在遊行路線上，由同一保安指揮官處置，可讀為遊行勤務（A）的一部分；中清路壅塞也可能只是遊行繞道車潮。",
                  [i for i in s.incidents if i["label"] != "B"])
    s.notes = "SN-CCTV-005 的時鐘快55分鐘：observed 比實際晚，arrival 才是真實時間。"
    s.write()


def s1321():
    s = Sit(1321, "campus_open_day_gas_smell", "2026-11-21",
            "週六中國醫藥大學水湳校區校慶園遊會（校內活動，無道路許可）：河南路停車場滿、違停、人潮；校門外餐車瓦斯外洩異味；校區火警總機動作（是否同一原因有爭議）；校外自行車騎士跌倒。")
    s.sensor("parking", "SN-PK-003", "full", "10:05", "河南路停車場 車位已滿", "A")
    a1 = s.add("1999", "citizen", "illegal_parking", "10:20", s.near("cmu", 200), "中國醫藥大學水湳校區園遊會，經貿路三段兩邊都違停，救護車都過不去。", "A")
    s.add("1999", "citizen", "crowding", "10:45", s.near("cmu", 120), "校門口人潮跟車子混在一起，沒有人指揮。", "A")
    a2 = s.add("incident", "police", "crowd_control", "10:50", s.near("cmu", 80), "中醫大水湳校區校慶園遊會，校門口人車交織，派員疏導並取締違停。", "A", sev="Minor")
    s.sensor("rule", "SN-VD-ZHONGPING-02", "congestion", "11:00", "中平路車輛偵測器2 車速下降，平均時速 13 km/h", "A", sev="Moderate", truth_alt=None)
    # B gas leak at food truck
    b1 = s.add("1999", "citizen", "gas_odor", "11:32", s.near("cmu", 90), "校門外餐車那邊瓦斯味很重，攤販說管子好像裂了。", "B")
    b2 = s.add("119", "fire", "hazmat", "11:34", s.near("cmu", 60), "中國醫藥大學水湳校區正門外 餐車液化石油氣管線外洩 派遣水湳分隊", "B", sev="Moderate")
    s.add("incident", "police", "crowd_control", "11:38", s.near("cmu", 70), "校門外餐車瓦斯外洩，疏散周邊30公尺民眾，禁止煙火。", "B", sev="Moderate")
    s.add("119", "fire", "hazmat", "11:55", s.near("cmu", 60), "關閉鋼瓶開關，更換管線，檢測無殘留，解除管制", "B", status="closed", follows=b2, key=b2 + "-c")
    # C fire panel at campus: alarm then normal
    c1 = s.sensor("fire_alarm", "SN-FA-010", "alarm", "11:41", "中國醫藥大學水湳校區 火警受信總機 1F 學生活動中心 偵煙探測器動作", "C", truth_alt="B")
    s.add("1999", "citizen", "fire_smoke", "11:44", s.near("cmu", 100), "學校裡面警報響了，是不是跟外面瓦斯有關？", "C", truth_alt="B")
    s.sensor("fire_alarm", "SN-FA-010", "normal", "11:58", "中國醫藥大學水湳校區 火警受信總機 復歸", "C", truth_alt="B")
    # D cyclist fall
    d1 = s.add("119", "fire", "ambulance", "13:15", s.near("j_jm_zp", 80), "經貿路中平路口 自行車騎士閃避違停車輛跌倒 頭部擦傷", "D")
    s.add("incident", "police", "injury_accident", "13:20", s.near("j_jm_zp", 40), "經貿路與中平路口自行車自摔，騎士稱閃避路邊違停車輛，頭部擦傷送醫。", "D", sev="Minor")
    s.sensor("cctv", "SN-CCTV-011", "fallen_object", "13:14", "經貿路/中平路 路口偵測掉落物", "D", confidence=0.52)
    # background
    s.add("1999", "citizen", "streetlight", "09:30", s.near("tower", 200), "營運塔前路燈故障。", None)
    s.add("1999", "citizen", "noise", "12:10", s.near("fcu", 300), "逢甲水湳校區旁有人在施工。", None)
    s.add("1999", "citizen", "other", "14:00", s.near("green", 200), "綠美圖停車費怎麼算？", None)
    s.add("1999", "citizen", "blocked_drain", "09:50", s.near("eco_a", 200), "經貿路三段水溝蓋被落葉蓋住。", None)
    s.dup(b2, 8)
    s.dup(a1, 300)
    s.inc("A", "crowd", "中醫大水湳校區校慶園遊會（無道路許可）：停車場滿、違停、校門口人車交織", a2)
    s.inc("B", "hazmat", "校門外餐車液化石油氣管線外洩，疏散30公尺，20分鐘內排除", b1)
    s.inc("C", "fire", "校區學生活動中心偵煙器動作後復歸（與外洩無直接關聯）", c1)
    s.inc("D", "traffic", "經貿路中平路口自行車騎士閃避違停跌倒", d1)
    s.alternative("校區偵煙器在外洩期間動作，可能是瓦斯飄入觸發（同一事件B）；中平路車速下降離校門約700公尺，也可能只是週末車流。",
                  [i for i in s.incidents if i["label"] != "C"])
    s.write()


def s1322():
    s = Sit(1322, "museumbrary_xmas_market_lift", "2026-12-19",
            "綠美圖耶誕市集（有許可）：人潮、停車場滿、違停；綠美圖電梯受困（市集觀眾）、市集內手機遭竊、經貿七路口逆向機車撞上轎車；另有一台攝影機離線。")
    pe = s.add("planned_event", "police", "exhibition", "15:00", "green", "綠美圖耶誕市集，12/19-12/20 15:00-22:00，綠美圖前廣場及園道，攤位80攤，預估2萬人。", "A", arrival="-240:00", ends="22:00", radius_m=400)
    s.sensor("parking", "SN-PK-004", "full", "16:10", "中央公園地下停車場(北) 車位已滿", "A")
    s.sensor("parking", "SN-PK-006", "full", "16:40", "臺中國際會展中心停車場 車位已滿", "A", truth_alt=None)
    s.add("1999", "citizen", "illegal_parking", "17:00", s.near("green", 250), "綠美圖旁邊園道兩側違停，消防車道也被擋住。", "A")
    a1 = s.add("incident", "police", "crowd_control", "18:30", s.near("green", 80), "耶誕市集點燈時段人潮集中綠美圖前廣場，派員設置單向動線。", "A", sev="Moderate")
    s.add("1999", "citizen", "crowding", "18:35", s.near("green", 120), "綠美圖前面擠到動不了，點燈的時候大家都停下來拍照。", "A")
    s.add("1999", "citizen", "noise", "21:45", s.near("tower", 150), "市集舞台音樂太吵。", "A", truth_alt=None)
    # B lift entrapment
    b1 = s.add("119", "fire", "rescue", "17:48", s.near("green", 20), "臺中綠美圖 電梯故障受困 6人（含孩童2名） 派遣水湳分隊", "B", sev="Moderate")
    s.add("1999", "citizen", "rescue", "17:46", s.near("green", 40), "綠美圖電梯卡在三樓跟四樓中間，我們一家人被關在裡面。", "B")
    s.add("119", "fire", "rescue", "18:20", s.near("green", 20), "受困民眾全數救出，無人受傷", "B", status="closed", follows=b1, key=b1 + "-c")
    # C theft
    c1 = s.add("incident", "police", "theft", "19:15", s.near("green", 100), "耶誕市集民眾於攤位排隊時外套口袋手機遭竊，已調閱監視器。", "C", sev="Minor")
    # D wrong-way scooter crash
    d0 = s.sensor("cctv", "SN-CCTV-006", "wrong_way", "20:05", "經貿路二段/經貿七路 路口偵測逆向行駛", "D", confidence=0.73)
    d1 = s.add("incident", "police", "injury_accident", "20:08", s.near("j_jm_jm7", 30), "經貿路二段經貿七路口機車逆向與自小客對撞，機車騎士腿部骨折疑慮。", "D", sev="Severe")
    s.add("119", "fire", "ambulance", "20:07", s.near("j_jm_jm7", 30), "經貿路二段經貿七路口 機車與汽車對撞 1人重傷", "D", sev="Severe")
    s.add("1999", "citizen", "traffic_accident", "20:09", s.near("j_jm_jm7", 150), "我剛從市集走出來，經貿七路口有機車撞車，騎士躺在地上。", "D")
    # E camera offline (device), debatable noise
    e1 = s.sensor("status", "SN-CCTV-004", "offline", "19:40", "經貿路二段/環中路二段 路口監視器 離線", "E", reason="comms_lost", truth_alt=None)
    s.sensor("rule", "SN-CCTV-004", "sensor_offline", "19:45", "SN-CCTV-004 經貿路二段/環中路二段 路口監視器 離線", "E", sev="Minor", truth_alt=None)
    s.sensor("status", "SN-CCTV-004", "online", "20:30", "經貿路二段/環中路二段 路口監視器 連線", "E", truth_alt=None)
    # background
    s.add("1999", "citizen", "streetlight", "16:20", s.near("park_south", 250), "公園南段步道路燈不亮。", None)
    s.add("1999", "citizen", "road_damage", "15:30", s.near("wrc", 200), "污水廠前面道路有坑洞。", None)
    s.add("1999", "citizen", "other", "17:20", s.near("fcu", 250), "逢甲水湳校區旁的公車站牌歪了。", None)
    s.add("1999", "citizen", "illegal_parking", "21:10", s.near("cmu", 200), "中醫大水湳校區門口有車停紅線。", None)
    s.dup(d1, 90)
    s.dup(b1, 6)
    s.inc("A", "crowd", "綠美圖耶誕市集（許可）：人潮、停車場滿、違停", a1)
    s.inc("B", "rescue", "綠美圖電梯受困6人，30分鐘救出", b1)
    s.inc("C", "public_safety", "市集排隊民眾手機遭竊", c1)
    s.inc("D", "traffic", "經貿七路口機車逆向與轎車對撞，1人重傷", d1)
    s.inc("E", "infrastructure", "經貿路/環中路口監視器通訊中斷約50分鐘後恢復", e1)
    s.alternative("監視器短暫離線後自行恢復，值班人員可能只記錄不派工（背景）；會展中心停車場滿也可能是會展中心自己的活動。",
                  [i for i in s.incidents if i["label"] != "E"])
    s.write()


if __name__ == "__main__":
    for f in (s1317, s1318, s1319, s1320, s1321, s1322):
        f()
