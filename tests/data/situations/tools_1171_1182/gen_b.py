"""Situations 1177-1182 (theme 7 and five situations a naive grouping gets wrong). Seeded."""
from datetime import timedelta
from lib import Situation, inc, offset, SENSORS

P = lambda sid: (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


# ---------------------------------------------------------------------------
def s1177():
    s = Situation(1177, "henan_carpark_fire_jam",
                  "Wednesday evening rush: a car catches fire inside the 河南路 car park and spreads to two more; engines "
                  "and the police close 河南路二段 and the 中平路 junction, and the queues spread over 河南路, 中平路 and "
                  "臺灣大道-bound traffic for an hour. Unrelated: a broken-down lorry at 臺灣大道/環中路 2.5 km away.",
                  "2026-03-18 17:05")
    F, L = "henan_carpark_fire", "taiwanblvd_stalled_lorry"
    px, py = P("SN-PK-003")
    c1 = s.add("1999", "fire_smoke", 0.0, F, "河南路停車場裡面有一台車在燒，黑煙很大，旁邊的車也快燒到了", *offset(px, py, 20, 15))
    d = s.add("119", "fire", 1.5, F, "西屯區河南路二段 河南路停車場 車輛火警，派遣西屯、水湳分隊", px, py)
    s.add("1999", "fire_smoke", 2.0, F, "河南路那邊停車場冒很大的黑煙，還有爆炸聲", *s.scatter(px, py, 150, 300))
    s.add("cctv", "smoke", 2.5, F, "河南路/中平路 偵測到煙霧", sensor="SN-CCTV-010", confidence=0.9)
    s.add("1999", "fire_smoke", 3.2, F, "中央公園南邊看到停車場那邊有火，煙往公園飄", *s.scatter(px, py, 300, 500))
    pf = s.add("incident", "fire_report", 4.0, F, "河南路停車場車輛火警，延燒鄰車，員警到場管制", px, py, severity="Severe")
    s.add("parking", "closed", 5.0, F, "河南路停車場 因火警暫停開放", sensor="SN-PK-003")
    s.add("119", "fire", 8.0, F, "河南路停車場車輛火警 到場，3輛自小客車燃燒中", px, py, status="on_scene", follows=d)
    rc = s.add("incident", "road_closure", 9.0, F, "河南路二段（中平路至停車場）雙向封閉供消防車作業，中平路口管制，請改道", *offset(px, py, -100, -200), severity="Severe")
    s.add("1999", "fire_smoke", 6.0, F, "中平路這邊聞到很臭的燒橡膠味，前面在冒煙", *s.scatter(px, py, 350, 600))
    s.add("rule", "congestion", 12.0, F, "河南路車輛偵測器2 車速降至 5 km/h", sensor="SN-VD-HENAN-02", severity="Moderate")
    s.add("rule", "congestion", 14.0, F, "中平路車輛偵測器1 東向車速降至 8 km/h", sensor="SN-VD-ZHONGPING-01", severity="Moderate")
    s.add("cctv", "crowding", 15.0, F, "河南路/中平路 人群聚集", sensor="SN-CCTV-010", confidence=0.63)
    s.add("1999", "other", 17.0, F, "河南路塞到完全不能動，前面是發生什麼事？公車卡了二十分鐘", *s.scatter(*P("SN-VD-HENAN-01"), 50, 150))
    s.add("rule", "congestion", 19.0, F, "河南路車輛偵測器1 北向車速降至 7 km/h", sensor="SN-VD-HENAN-01", severity="Moderate")
    s.add("incident", "traffic_signal_fault", 21.0, F, "河南路中平路口號誌改為手動閃黃，員警指揮疏導", *P("SN-SIG-010"), severity="Minor")
    s.add("1999", "other", 23.0, F, "中平路往河南路整條都在塞，導航說前面封路，要繞哪裡", *offset(*P("SN-VD-ZHONGPING-01"), 300, 60))
    s.add("rule", "congestion", 26.0, F, "中平路車輛偵測器2 西向車速降至 10 km/h", sensor="SN-VD-ZHONGPING-02", severity="Moderate", truth_alt=None)
    s.add("1999", "fire_smoke", 27.0, F, "河南路停車場的火滅了嗎？煙還是飄到我家", *s.scatter(px, py, 200, 400))
    s.add("incident", "fire_report", 31.0, F, "河南路停車場車輛火警已撲滅，燒毀3輛，無人傷亡", px, py, severity="Moderate", follows=pf)
    s.add("1999", "illegal_parking", 33.0, F, "中平路上好多車停在路邊看熱鬧，更塞了", *offset(*P("SN-CCTV-010"), 120, -20))
    s.add("1999", "other", 40.0, F, "剛剛打過，河南路還是塞住，封路什麼時候解除", *s.scatter(*P("SN-VD-HENAN-01"), 80, 200))
    s.add("119", "fire", 52.0, F, "河南路停車場車輛火警 殘火處理完畢返隊", px, py, status="returning", follows=d)
    s.add("incident", "road_reopened", 62.0, F, "河南路二段解除封閉，恢復雙向通行", *offset(px, py, -100, -200), severity="Minor", follows=rc)
    s.add("rule", "congestion", 70.0, F, "河南路車輛偵測器2 車速 22 km/h，仍低於常態", sensor="SN-VD-HENAN-02", severity="Minor")
    # stalled lorry
    lx, ly = P("SN-CCTV-009")
    k1 = s.add("cctv", "stalled_vehicle", 24.0, L, "臺灣大道/環中路 路口車輛停滯", sensor="SN-CCTV-009", confidence=0.77)
    k2 = s.add("incident", "stalled_vehicle", 27.0, L, "臺灣大道環中路口 大貨車故障停於外側車道，已擺放警示", *offset(lx, ly, 30, 20), severity="Moderate")
    s.add("incident", "stalled_vehicle", 58.0, L, "臺灣大道環中路口 故障大貨車已拖離", *offset(lx, ly, 30, 20), severity="Minor", follows=k2)
    s.dup(k1, 60)
    s.dup(d, 200)
    # background
    s.add("rule", "congestion", 10.0, None, "環中路車輛偵測器4 車速降至 18 km/h", sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("rule", "congestion", 20.0, None, "環中路車輛偵測器1 車速降至 21 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("rule", "congestion", 30.0, None, "中清路車輛偵測器1 車速降至 17 km/h", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("parking", "full", 25.0, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    s.add("1999", "streetlight", 35.0, None, "經貿路二段路燈 BT-06621 不亮", 120.6555, 24.1965)
    s.add("1999", "noise", 45.0, None, "黎明路三段的店家每天傍晚放音樂很大聲", 120.6535, 24.1955)
    s.add("status", "offline", 48.0, None, "中清路/環中路 路口監視器離線", sensor="SN-CCTV-008", reason="comms_lost")
    s.add("status", "online", 51.0, None, "中清路/環中路 路口監視器恢復連線", sensor="SN-CCTV-008")
    s.add("1999", "road_damage", 55.0, None, "中科路靠近黎明路有一段路面下陷，開過去會跳", 120.6530, 24.1935)
    s.add("fire_alarm", "fault", 65.0, None, "逢甲大學水湳校區 受信總機 第3迴路接地異常", sensor="SN-FA-009")
    s.incident(F, "fire", "Vehicle fire in the 河南路 car park and the traffic it causes: closure of 河南路二段, the 中平路 junction on manual flashing, slow-downs on 河南路 (both detectors) and 中平路, drivers' complaints, onlookers.", c1)
    s.incident(L, "traffic", "Broken-down lorry at 臺灣大道/環中路, 2.5 km north-west; no link with the fire.", k2)
    s.alternative("The slow-down at 中平路 detector 2 (1.3 km east, at 17:31) may be the usual evening rush rather than the fire's diversion.",
                  [inc(F, "fire", "Car park fire and its traffic, without the far 中平路 slow-down.", c1),
                   inc(L, "traffic", "Stalled lorry.", k2)])
    s.write()


# ---------------------------------------------------------------------------
def s1178():
    s = Situation(1178, "beitun_plume_seen_far",
                           "November morning with a north-east monsoon: a plastics recycling yard burns in 北屯 1 km north-east "
                           "of the zone's corner; the plume drifts south-west over the transit hub, the convention centre, the "
                           "park and the eco-residential area. Callers 0.1-3 km apart, three cameras and a detector are one "
                           "job. The transit hub's panel alarm (smoke drawn into its air intake) is checked on its own; an "
                           "asthmatic elder's ambulance is its own job.",
                           "2026-11-05 10:15")
    F, H, A = "beitun_yard_fire", "hub_smoke_alarm", "dunhua_asthma_ambulance"
    yx, yy = 120.6660, 24.2060
    c1 = s.add("1999", "fire_smoke", 0.0, F, "中清路旁邊的資源回收場失火了，燒塑膠，黑煙超大", *offset(yx, yy, 60, 80))
    d = s.add("119", "fire", 2.0, F, "北屯區 中清路旁資源回收場火警，塑膠製品燃燒，派遣北屯、水湳分隊及化災車", yx, yy)
    s.add("1999", "fire_smoke", 3.0, F, "回收場那邊一直爆炸，火好大", *offset(yx, yy, -150, 120))
    s.add("cctv", "smoke", 5.5, F, "中清路/環中路 偵測到東北方濃煙", sensor="SN-CCTV-008", confidence=0.88)
    s.add("1999", "fire_smoke", 6.0, F, "環中路中清路口這邊天空整個黑掉了", *offset(*P("SN-CCTV-008"), 40, -30))
    pf = s.add("incident", "fire_report", 9.0, F, "中清路旁資源回收場火警，濃煙往西南擴散，已派員管制", yx, yy, severity="Severe")
    s.add("119", "fire", 10.0, F, "回收場火警 到場，燃燒面積約300平方公尺", yx, yy, status="on_scene", follows=d)
    for m, (lon, lat), t in (
            (11.0, offset(*P("SN-FA-001"), 30, -40), "轉運站外面都是燒塑膠的味道，是哪裡失火"),
            (13.0, offset(*P("SN-FA-002"), -60, 20), "會展中心這邊看到東北邊有大黑煙，味道很重"),
            (15.0, offset(*P("SN-CCTV-005"), 50, 40), "經貿路黎明路這邊灰灰的，都是煙"),
            (18.0, offset(*P("SN-FA-004"), 40, -30), "綠美圖外面空氣很差，一股燒焦的塑膠味"),
            (22.0, offset(120.6565, 24.1860, 0, 0), "中央公園整個都是塑膠燒焦味，在運動的人都走了"),
            (26.0, offset(120.6610, 24.1835, 0, 0), "生態住宅這邊關窗都還聞得到燒塑膠的味道，小孩在咳嗽"),
            (31.0, offset(120.6598, 24.1900, 0, 0), "剛剛打過，煙味越來越重，到底是哪裡在燒"),
            (38.0, offset(120.6555, 24.1790, 0, 0), "公園南邊也有煙味，是不是公園裡面失火"),
            (52.0, offset(120.6590, 24.1745, 0, 0), "中平路那邊好像又有煙，還是一樣的味道"),
            (66.0, offset(120.6512, 24.1880, 0, 0), "流行影音中心這邊還是有焦味，空氣品質有沒有問題")):
        s.add("1999", "fire_smoke", m, F, t, lon, lat)
    s.add("cctv", "smoke", 15.0, F, "經貿路二段/環中路二段 偵測到煙霧", sensor="SN-CCTV-004", confidence=0.61)
    s.add("cctv", "smoke", 25.0, F, "經貿路二段/黎明路三段 偵測到煙霧", sensor="SN-CCTV-005", confidence=0.52)
    rc = s.add("incident", "road_closure", 20.0, F, "中清路北向外側車道封閉供消防車取水作業", *offset(yx, yy, -250, -150), severity="Moderate")
    s.add("rule", "congestion", 25.0, F, "中清路車輛偵測器1 北向車速降至 11 km/h", sensor="SN-VD-ZHONGQING-01", severity="Moderate")
    # transit hub alarm: smoke drawn in by the air intake
    h1 = s.add("fire_alarm", "alarm", 27.0, H, "水湳轉運中心 2樓候車大廳 偵煙探測器動作", sensor="SN-FA-001", truth_alt=F)
    h2 = s.add("1999", "other", 29.0, H, "轉運站裡面警報一直響，大家都在往外走，有聞到煙味", *offset(*P("SN-FA-001"), -20, 15), truth_alt=F)
    s.add("119", "fire", 30.0, H, "水湳轉運中心火警警報，派遣水湳分隊查看", *P("SN-FA-001"), truth_alt=F)
    s.add("incident", "fire_report", 41.0, H, "轉運中心火警警報經查為外部煙霧由空調進氣口進入，無起火", *P("SN-FA-001"), severity="Minor", truth_alt=F)
    s.add("fire_alarm", "normal", 44.0, H, "水湳轉運中心 受信總機復歸", sensor="SN-FA-001", truth_alt=F)
    # ambulance for an asthmatic elder 2.8 km away
    ax, ay = 120.6615, 24.1838
    a1 = s.add("119", "ambulance", 48.0, A, "北屯區敦化路一段 75歲男性氣喘發作，疑似吸入煙霧，呼吸困難", ax, ay)
    s.add("119", "ambulance", 58.0, A, "敦化路一段救護 送中國醫藥大學附設醫院", ax, ay, status="returning", follows=a1)
    # fire ends
    s.add("incident", "fire_report", 80.0, F, "資源回收場火勢已控制，持續灑水降溫，請民眾緊閉門窗", yx, yy, severity="Moderate", follows=pf)
    s.add("incident", "road_reopened", 118.0, F, "中清路北向外側車道恢復通行", *offset(yx, yy, -250, -150), severity="Minor", follows=rc)
    s.add("119", "fire", 125.0, F, "回收場火警 殘火處理完畢，留守1車", yx, yy, status="returning", follows=d)
    s.dup(h1, 6)
    s.dup(c1, 90)
    # background
    s.add("parking", "full", 8.0, None, "臺中國際會展中心停車場 小型車位已滿", sensor="SN-PK-006")
    s.add("1999", "illegal_parking", 35.0, None, "會展中心旁邊經貿路上違停很多，展覽期間都這樣", 120.6552, 24.1930)
    s.add("rule", "congestion", 40.0, None, "環中路車輛偵測器2 車速降至 19 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("1999", "road_damage", 45.0, None, "黎明路三段有個坑洞積沙，機車會滑", 120.6505, 24.1940)
    s.add("fire_alarm", "fault", 110.0, None, "臺中國際會展中心 B棟 受信總機 例行保養測試中", sensor="SN-FA-003")
    s.add("status", "offline", 70.0, None, "經貿路車輛偵測器1 離線", sensor="SN-VD-JINGMAO-01", reason="device_fault")
    s.add("1999", "streetlight", 95.0, None, "中科路路燈 XT-31150 燈桿歪掉", 120.6531, 24.1940)
    s.incident(F, "fire", "Plastics recycling-yard fire in 北屯, 1 km NE of the zone: 119, police, a closure on 中清路 and its slow-down, three cameras seeing the plume, and callers from the yard itself to 3 km downwind in the zone.", c1)
    s.incident(H, "fire", "Transit hub panel alarm (smoke drawn in by its air intake): a building alarm with people evacuating, checked by its own crew and found to be no fire.", h1)
    s.incident(A, "rescue", "Ambulance for a 75-year-old with asthma on 敦化路一段, 2.8 km downwind.", a1)
    s.alternative("Once the check shows the hub's alarm is the plume drawn into the building, a coordinator may fold it into the yard fire's job (no separate fire in the hub).",
                  [inc(F, "fire", "Yard fire including the hub alarm.", c1), inc(A, "rescue", "Asthma ambulance.", a1)])
    s.write()


# ---------------------------------------------------------------------------
def s1179():
    s = Situation(1179, "museumbrary_sunday_five_jobs",
                  "Mother's Day Sunday at the Taichung Green Museumbrary (綠美圖) and its corner of 經貿路: within 300 m "
                  "and two hours a kitchen-fume fire alarm with an evacuation, a visitor who falls on the stairs during it, a "
                  "child lost in the evacuation, a scooter stolen from the convention-centre car park and a small collision at "
                  "經貿路/經貿七路. Five jobs amid a big but normal Sunday crowd.",
                  "2026-05-10 13:30")
    FA, FALL, KID, TH, CR = "museum_alarm", "stairs_fall", "lost_girl", "scooter_theft", "jingmao7_collision"
    mx, my = P("SN-FA-004")
    a = s.add("fire_alarm", "alarm", 35.0, FA, "臺中綠美圖 3樓餐廳廚房 偵煙探測器動作", sensor="SN-FA-004")
    d = s.add("119", "fire", 37.0, FA, "西屯區 臺中綠美圖 火警警報，派遣水湳分隊", mx, my)
    s.add("1999", "other", 38.0, FA, "綠美圖警報一直響，廣播叫大家疏散，人很多很亂", *offset(mx, my, 40, -30))
    s.add("incident", "evacuation", 40.0, FA, "綠美圖火警警報，館方疏散館內民眾約1,500人至中央公園草坪", *offset(mx, my, 0, -80), severity="Moderate")
    f1 = s.add("119", "ambulance", 42.0, FALL, "臺中綠美圖 疏散時年長女性於樓梯跌倒，頭部撕裂傷", *offset(mx, my, 10, 10), truth_alt=FA)
    s.add("119", "fire", 44.0, FA, "綠美圖火警 到場，3樓餐廳廚房油煙誤觸，無火災", mx, my, status="on_scene", follows=d)
    k1 = s.add("1999", "missing_person", 46.0, KID, "我女兒5歲，剛剛疏散的時候在綠美圖門口走散了，穿粉紅色洋裝", *offset(mx, my, -30, -60))
    k2 = s.add("incident", "missing_person", 49.0, KID, "綠美圖疏散時 5歲女童與母親走散，粉紅色洋裝、綁馬尾，請各組協尋", *offset(mx, my, -30, -60), severity="Moderate")
    s.add("119", "ambulance", 50.0, FALL, "綠美圖救護 傷者送中國醫藥大學附設醫院縫合", *offset(mx, my, 10, 10), status="returning", follows=f1, truth_alt=FA)
    s.add("fire_alarm", "normal", 55.0, FA, "臺中綠美圖 受信總機復歸", sensor="SN-FA-004")
    s.add("incident", "evacuation", 58.0, FA, "綠美圖解除疏散，民眾陸續返館", *offset(mx, my, 0, -80), severity="Minor")
    s.add("119", "fire", 60.0, FA, "綠美圖火警 誤報，人車返隊", mx, my, status="returning", follows=d)
    s.add("incident", "missing_person", 82.0, KID, "走失女童於中央公園北側草坪尋獲，已交還母親", *offset(mx, my, -60, -220), severity="Minor", follows=k2)
    # theft at the convention-centre car park
    px, py = P("SN-PK-006")
    t1 = s.add("1999", "other", 92.0, TH, "我的機車停在會展中心停車場，回來就不見了，車牌 MKQ-2371", *offset(px, py, 20, -10))
    t2 = s.add("incident", "theft", 101.0, TH, "會展中心停車場 機車失竊，已受理報案並調閱監視器", *offset(px, py, 20, -10), severity="Minor")
    # collision at Jingmao 7th
    cx, cy = P("SN-CCTV-006")
    x1 = s.add("cctv", "stalled_vehicle", 130.0, CR, "經貿路二段/經貿七路 路口車輛停滯", sensor="SN-CCTV-006", confidence=0.7)
    x2 = s.add("1999", "traffic_accident", 131.0, CR, "經貿路經貿七路口兩台車擦撞，停在路中間吵架", *offset(cx, cy, -20, 15))
    x3 = s.add("incident", "accident", 135.0, CR, "經貿路二段經貿七路口 自小客車擦撞，無人受傷，已移置路邊", cx, cy, severity="Minor")
    s.dup(x1, 30)
    s.dup(a, 5)
    # background: a big normal Sunday
    s.add("cctv", "crowding", 15.0, None, "經貿路二段/經貿七路 人群聚集（靜止）", sensor="SN-CCTV-006", confidence=0.8)
    s.add("parking", "full", 20.0, None, "臺中國際會展中心停車場 小型車位已滿", sensor="SN-PK-006")
    s.add("parking", "full", 60.0, None, "經貿六停車場 小型車位已滿", sensor="SN-PK-002")
    s.add("rule", "congestion", 75.0, None, "經貿路車輛偵測器1 車速降至 14 km/h", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.add("cctv", "crowding", 110.0, None, "經貿路二段/經貿七路 人群聚集（移動中）", sensor="SN-CCTV-006", confidence=0.77)
    s.add("1999", "illegal_parking", 25.0, None, "經貿七路兩邊紅線都停滿車，每個假日都這樣", 120.6580, 24.1925)
    s.add("1999", "noise", 100.0, None, "綠美圖前面街頭藝人的喇叭太大聲", 120.6568, 24.1905)
    s.add("1999", "streetlight", 120.0, None, "中央公園北側步道路燈 CP-00412 燈罩破掉", 120.6560, 24.1890)
    s.add("status", "offline", 65.0, None, "中央公園滯洪池1 淹水感測器離線", sensor="SN-FL-001", reason="comms_lost")
    s.add("status", "online", 68.0, None, "中央公園滯洪池1 淹水感測器恢復連線", sensor="SN-FL-001")
    s.incident(FA, "fire", "Green Museumbrary panel alarm (kitchen fumes): 119 crew, evacuation of ~1,500 people, found to be no fire.", a)
    s.incident(FALL, "rescue", "A visitor falls on the stairs during the evacuation; ambulance to hospital.", f1)
    s.incident(KID, "rescue", "A 5-year-old girl separated from her mother in the evacuation; found on the park lawn 36 min later.", k1)
    s.incident(TH, "public_safety", "Scooter stolen from the convention-centre car park, 280 m north.", t1)
    s.incident(CR, "traffic", "Minor two-car collision at 經貿路二段/經貿七路, 120 m from the museum.", x2)
    s.alternative("The fall on the stairs happened in the evacuation and the crew on scene treated it: a coordinator may keep it inside the alarm's job.",
                  [inc(FA, "fire", "Alarm, evacuation and the fall.", a), inc(KID, "rescue", "Lost girl.", k1),
                   inc(TH, "public_safety", "Scooter theft.", t1), inc(CR, "traffic", "Jingmao 7th collision.", x2)])
    s.notes = "The lost girl is kept apart from the alarm in both readings: finding a child is a police search with its own crew and its own end, whatever caused the separation."
    s.write()


# ---------------------------------------------------------------------------
def s1180():
    s = Situation(1180, "jingmao_march_moving",
                  "Saturday morning labour march: 2,500-3,000 people assemble at the transit hub, walk south down 經貿路 "
                  "(2.7 km) and rally on the park's south lawn. Evidence moves with the march over three hours and 2.7 km: "
                  "one job. Separate: a dark signal at 中科路/環中路 near the assembly point, a push-and-shove with "
                  "counter-protesters at the rally, a marcher with heat exhaustion.",
                  "2026-04-25 08:50")
    M, SG, SC, HX = "labour_march", "zhongke_signal_dark", "rally_scuffle", "rally_heat_exhaustion"
    s.add("planned_event", "march", 10.0, M, "勞工團體遊行：09:00水湳轉運中心集合，10:00出發沿經貿路南行至中央公園南側草坪集會，預估3,000人", 120.6575, 24.1860,
          lag_s=-(10 * 60 + 3600 * 20), ends="2026-04-25 12:30", radius_m=1400)
    hx, hy = P("SN-FA-001")
    s.add("cctv", "crowding", 15.0, M, "經貿路二段/環中路二段 人群聚集（靜止）", sensor="SN-CCTV-004", confidence=0.85)
    s.add("parking", "full", 22.0, M, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001", truth_alt=None)
    c1 = s.add("incident", "crowd_control", 30.0, M, "遊行隊伍於水湳轉運中心集結，約2,500人，員警80名戒護", hx, hy, severity="Moderate")
    rc = s.add("incident", "road_closure", 45.0, M, "經貿路二段南下車道管制（環中路至黎明路），遊行隊伍通過", *offset(*P("SN-CCTV-005"), 0, 150), severity="Moderate")
    s.add("cctv", "crowding", 72.0, M, "經貿路二段/黎明路三段 人群聚集（移動中）", sensor="SN-CCTV-005", confidence=0.9)
    s.add("rule", "congestion", 74.0, M, "經貿路車輛偵測器1 車速降至 6 km/h", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("1999", "other", 76.0, M, "經貿路被遊行封住了，公車都不能走，站牌等好久", *offset(*P("SN-CCTV-005"), 40, 60))
    s.add("cctv", "crowding", 84.0, M, "經貿路二段/經貿七路 人群聚集（移動中）", sensor="SN-CCTV-006", confidence=0.88)
    s.add("incident", "crowd_control", 92.0, M, "遊行隊伍行經經貿路與綠美圖前，秩序良好", *P("SN-FA-004"), severity="Minor", follows=c1)
    s.add("1999", "noise", 96.0, M, "遊行的宣傳車喇叭太大聲了，在家裡都聽得很清楚", 120.6612, 24.1862)
    s.add("rule", "congestion", 102.0, M, "經貿路車輛偵測器2 車速降至 5 km/h", sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("1999", "illegal_parking", 105.0, M, "經貿七路停了一排遊覽車，把公車站都擋住了", 120.6578, 24.1928)
    s.add("1999", "crowding", 108.0, M, "經貿路敦化路口都是遊行的人，我過不了馬路回家", 120.6595, 24.1870)
    s.add("cctv", "crowding", 118.0, M, "經貿路/中平路 人群聚集（移動中）", sensor="SN-CCTV-011", confidence=0.9)
    s.add("rule", "congestion", 121.0, M, "中平路車輛偵測器2 車速降至 9 km/h", sensor="SN-VD-ZHONGPING-02", severity="Moderate")
    rx, ry = 120.6565, 24.1755
    s.add("incident", "crowd_control", 125.0, M, "遊行隊伍抵達中央公園南側草坪，集會開始", rx, ry, severity="Moderate", follows=c1)
    s.add("parking", "full", 128.0, M, "中央公園地下停車場(南) 小型車位已滿", sensor="SN-PK-005")
    s.add("1999", "other", 132.0, M, "中平路那邊交通管制，車都塞住了，什麼時候結束", 120.6630, 24.1745)
    # counter-protest scuffle at the rally
    q1 = s.add("incident", "public_disturbance", 145.0, SC, "集會現場 反對人士與遊行群眾發生口角推擠，已隔離雙方", *offset(rx, ry, 40, 30), severity="Moderate", truth_alt=M)
    s.add("1999", "other", 146.0, SC, "公園南邊集會那邊有人在推擠，好像要打起來了", *offset(rx, ry, 90, 60), truth_alt=M)
    s.add("incident", "public_disturbance", 158.0, SC, "集會現場推擠 已排除，1人帶回釐清", *offset(rx, ry, 40, 30), severity="Minor", follows=q1, truth_alt=M)
    # heat exhaustion
    h1 = s.add("119", "ambulance", 170.0, HX, "中央公園南側集會現場 1名男性參加者疑似熱衰竭", *offset(rx, ry, -30, 20))
    s.add("119", "ambulance", 178.0, HX, "中央公園南側救護 到場，意識清楚，補充水分後送醫", *offset(rx, ry, -30, 20), status="on_scene", follows=h1)
    s.add("incident", "crowd_control", 195.0, M, "集會結束，隊伍於中央公園南側解散", rx, ry, severity="Minor", follows=c1)
    s.add("incident", "road_reopened", 200.0, M, "經貿路、中平路交通管制解除", *offset(*P("SN-CCTV-011"), 0, 80), severity="Minor", follows=rc)
    # the dark signal near the assembly area
    gx, gy = P("SN-SIG-003")
    g1 = s.add("signal", "fault", 58.0, SG, "中科路/環中路二段 號誌黑燈", sensor="SN-SIG-003")
    s.add("cctv", "signal_dark", 59.0, SG, "中科路/環中路二段 號誌未亮", sensor="SN-CCTV-003", confidence=0.83)
    g2 = s.add("1999", "traffic_signal", 63.0, SG, "中科路環中路口紅綠燈全部不亮，車子搶著過很危險", *offset(gx, gy, 30, -25))
    s.add("incident", "traffic_signal_fault", 66.0, SG, "中科路環中路口號誌故障，已派員指揮並通報交通局", gx, gy, severity="Moderate")
    s.add("signal", "restored", 101.0, SG, "中科路/環中路二段 號誌恢復正常", sensor="SN-SIG-003")
    s.dup(g1, 240)
    s.dup(c1, 15)
    # background
    s.add("rule", "congestion", 40.0, None, "環中路車輛偵測器4 車速降至 17 km/h", sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("1999", "streetlight", 55.0, None, "河南路二段路燈 XT-17711 白天還亮著", 120.6490, 24.1705)
    s.add("1999", "fallen_tree", 88.0, None, "中央公園北邊步道有斷掉的樹枝，沒有擋到路", 120.6566, 24.1880)
    s.add("status", "offline", 110.0, None, "河南路車輛偵測器1 離線", sensor="SN-VD-HENAN-01", reason="comms_lost")
    s.add("status", "online", 113.0, None, "河南路車輛偵測器1 恢復連線", sensor="SN-VD-HENAN-01")
    s.add("1999", "other", 150.0, None, "黎明路三段的公園廁所門壞了", 120.6520, 24.1948)
    s.add("fire_alarm", "fault", 160.0, None, "臺中流行影音中心 受信總機 偵煙探測器汙損", sensor="SN-FA-006")
    s.incident(M, "crowd", "The labour march from the transit hub down 經貿路 to the park's south lawn rally: permit, police escort and closures, CCTV crowding at four successive junctions, slow-downs following the march, citizens' complaints, car parks full; 2.7 km and three hours.", c1)
    s.incident(SG, "traffic", "Dark signal at 中科路/環中路二段 (500 m from the assembly point, no link with the march): controller, CCTV, caller, police; restored 43 min later.", g2)
    s.incident(SC, "public_safety", "Push-and-shove between counter-protesters and marchers at the rally.", q1)
    s.incident(HX, "rescue", "A marcher with heat exhaustion at the rally; ambulance.", h1)
    s.alternative("The scuffle at the rally is handled by the march's own police detail and can be read as part of the march job; the transit hub car park being full on a Saturday morning may be ordinary, not the march's.",
                  [inc(M, "crowd", "March including the rally scuffle.", c1), inc(SG, "traffic", "Dark signal.", g2),
                   inc(HX, "rescue", "Heat exhaustion.", h1)])
    s.write()


# ---------------------------------------------------------------------------
def s1181():
    s = Situation(1181, "huanzhong_rush_mostly_routine",
                  "Tuesday morning rush on the north edge (環中路 between 台74線 and 中清路): a great deal of routine "
                  "evidence (recurrent slow-downs at every detector, commuter car parks full, a signal flap, a detector under "
                  "maintenance, a road-works permit on 凱旋路, routine 1999 requests) and only two jobs: a drunk wrong-way "
                  "driver off the 台74線 ramp and a mattress fallen on 環中路 at 經貿路.",
                  "2026-02-24 07:00")
    W, MT = "wrongway_hwy74", "mattress_huanzhong"
    wx, wy = P("SN-CCTV-001")
    w1 = s.add("cctv", "wrong_way", 42.0, W, "台74線/環中路二段 偵測逆向行駛車輛", sensor="SN-CCTV-001", confidence=0.83)
    w2 = s.add("1999", "other", 43.0, W, "台74線下匝道接環中路這邊有一台白色轎車逆向開上來！很危險", *offset(wx, wy, -60, 30))
    w3 = s.add("incident", "wrong_way_driver", 44.5, W, "台74線環中路匝道 白色自小客車逆向行駛，通報線上警力攔截", wx, wy, severity="Severe")
    s.add("incident", "wrong_way_driver", 56.0, W, "逆向車輛已於環中路二段攔停，駕駛酒測值0.71，依法移送", *offset(wx, wy, 300, 90), severity="Moderate", follows=w3)
    mx, my = offset(*P("SN-CCTV-004"), -120, -40)
    m1 = s.add("cctv", "fallen_object", 80.0, MT, "經貿路二段/環中路二段 偵測到路面掉落物", sensor="SN-CCTV-004", confidence=0.77)
    m2 = s.add("1999", "fallen_object", 82.0, MT, "環中路往中清路方向內側車道有一張床墊，車子都在閃", mx, my)
    m3 = s.add("incident", "fallen_object", 88.0, MT, "環中路二段經貿路口西側 內側車道床墊掉落，已派員排除", mx, my, severity="Moderate")
    s.add("incident", "road_reopened", 104.0, MT, "環中路二段掉落物已清除，內側車道恢復通行", mx, my, severity="Minor", follows=m3)
    s.add("rule", "congestion", 85.0, None, "環中路車輛偵測器3 東向車速降至 13 km/h", sensor="SN-VD-HUANZHONG-03", severity="Moderate", truth_alt=MT)
    s.dup(w1, 25)
    # routine morning: recurrent slow-downs
    for m, sid, v in ((14, "SN-VD-HUANZHONG-01", 18), (18, "SN-VD-HUANZHONG-02", 15), (22, "SN-VD-ZHONGQING-01", 14),
                      (27, "SN-VD-KAIXUAN-01", 16), (31, "SN-VD-JINGMAO-01", 17), (36, "SN-VD-HUANZHONG-04", 12),
                      (44, "SN-VD-HUANZHONG-01", 11), (52, "SN-VD-LIMING-01", 19), (63, "SN-VD-HUANZHONG-02", 13),
                      (71, "SN-VD-ZHONGQING-01", 12), (96, "SN-VD-HUANZHONG-04", 16)):
        s.add("rule", "congestion", m, None, "%s 車速降至 %d km/h（尖峰時段）" % (SENSORS[sid]["name"], v), sensor=sid,
              severity="Minor" if v > 14 else "Moderate")
    s.add("planned_event", "road_works", 120.0, None, "凱旋路一段（黎明路至環中路）人行道改善工程，09:00-16:00 封閉外側車道", *offset(*P("SN-VD-KAIXUAN-01"), 0, 0),
          lag_s=-(120 * 60 + 3600 * 15), ends="2026-02-24 16:00", radius_m=350)
    s.add("rule", "congestion", 128.0, None, "凱旋路車輛偵測器1 車速降至 15 km/h（施工路段）", sensor="SN-VD-KAIXUAN-01", severity="Minor")
    s.add("1999", "noise", 10.0, None, "凱旋路那邊一大早就在敲敲打打，不是說九點才施工嗎", *offset(*P("SN-VD-KAIXUAN-01"), 80, 40))
    s.add("parking", "full", 50.0, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    s.add("parking", "full", 65.0, None, "經貿六停車場 小型車位已滿", sensor="SN-PK-002")
    s.add("signal", "fault", 70.0, None, "凱旋路/環中路二段 號誌閃爍異常", sensor="SN-SIG-002")
    s.add("signal", "restored", 72.5, None, "凱旋路/環中路二段 號誌恢復正常", sensor="SN-SIG-002")
    s.add("status", "offline", 30.0, None, "黎明路車輛偵測器1 例行維護", sensor="SN-VD-LIMING-01", reason="maintenance")
    s.add("status", "online", 100.0, None, "黎明路車輛偵測器1 維護完成", sensor="SN-VD-LIMING-01")
    s.add("status", "offline", 20.0, None, "環中路車輛偵測器4 通訊中斷", sensor="SN-VD-HUANZHONG-04", reason="comms_lost")
    s.add("rule", "sensor_offline", 25.0, None, "環中路車輛偵測器4 逾5分鐘無資料", sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("status", "online", 26.0, None, "環中路車輛偵測器4 恢復連線", sensor="SN-VD-HUANZHONG-04")
    s.add("1999", "streetlight", 5.0, None, "環中路二段中科路口附近路燈 XT-30012 昨晚不亮", 120.6515, 24.1975)
    s.add("1999", "illegal_parking", 55.0, None, "轉運中心前面臨停接送的車停到第二車道", 120.6530, 24.1978)
    s.add("1999", "road_damage", 90.0, None, "環中路二段往台74線方向外側車道有坑洞", 120.6490, 24.1969)
    s.add("1999", "other", 110.0, None, "中清路環中路口的公車站遮雨棚破了", 120.6570, 24.1995)
    s.incident(W, "traffic", "Drunk wrong-way driver coming up the 台74線 off-ramp onto 環中路; stopped 12 min later.", w2)
    s.incident(MT, "traffic", "Mattress in the inside lane of 環中路二段 west of 經貿路; cleared 24 min later.", m2)
    s.alternative("The 環中路 detector 3 slow-down five minutes after the mattress fell may be the mattress's rather than the usual rush.",
                  [inc(W, "traffic", "Wrong-way driver.", w2), inc(MT, "traffic", "Mattress, with the detector-3 slow-down.", m2)])
    s.notes = ("Background on purpose: about three quarters of the items. The VD-HUANZHONG-04 offline/online at 07:20-07:26 is a flap.")
    s.write()


# ---------------------------------------------------------------------------
def s1182():
    s = Situation(1182, "zhongke_water_main_burst",
                  "Summer Wednesday dawn: a 600 mm water main bursts under 中科路 beside the Pop Music Center. Evidence "
                  "arrives as road damage, flooding, a sinkhole, an injured scooter rider, a flooded pump room, detector "
                  "slow-downs, a pond sensor downhill and water-outage calls up to 1.3 km away: one job of the water "
                  "company, the roads office and the police, however many categories it comes in. A garbage-truck collision "
                  "700 m north is separate.",
                  "2026-07-08 05:35")
    B, G = "zhongke_main_burst", "liming_garbage_truck"
    bx, by = 120.6534, 24.1878
    r1 = s.add("1999", "road_damage", 3.0, B, "中科路靠流行影音中心這段路面隆起裂開，有水一直冒出來", *offset(bx, by, 30, 20))
    r2 = s.add("1999", "flooding", 6.0, B, "中科路整條都是水，又沒有下雨，水是從地下冒出來的", *offset(bx, by, 10, -200))
    s.add("1999", "flooding", 9.0, B, "凱旋路跟中科路中間那邊淹水了，水往公園那邊流", *offset(bx, by, -120, -150))
    rc0 = s.add("incident", "road_collapse", 14.0, B, "中科路（流行影音中心旁）路面坍陷約2公尺見方，疑自來水管線破裂，已設置警示", bx, by, severity="Severe")
    s.add("119", "rescue", 22.0, B, "中科路坍陷處 機車騎士摔入坑洞，右手疑骨折，派遣救護", *offset(bx, by, 5, -5))
    s.add("fire_alarm", "fault", 25.0, B, "臺中流行影音中心 受信總機 消防泵浦室進水，泵浦異常", sensor="SN-FA-006")
    s.add("incident", "fallen_object", 26.0, B, "中科路坍陷處周邊路面有大量砂石沖出，機車易滑倒", *offset(bx, by, 0, -120), severity="Moderate")
    rc = s.add("incident", "road_closure", 40.0, B, "中科路（凱旋路至經貿路段）雙向封閉搶修，請改道凱旋路", *offset(bx, by, 0, 60), severity="Severe", follows=rc0)
    s.add("rule", "congestion", 50.0, B, "凱旋路車輛偵測器2 車速降至 9 km/h", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("rule", "flood_depth", 55.0, B, "中央公園滯洪池3 淹水深度 6 cm", sensor="SN-FL-003", level="1-15", truth_alt=None)
    wo = []
    for m, (lon, lat), t in ((45.0, (120.6448, 24.1852), "家裡突然停水了，也沒有看到停水公告"),
                             (52.0, (120.6470, 24.1810), "水龍頭一點水都沒有，逢甲這邊是不是停水"),
                             (61.0, (120.6495, 24.1905), "水壓很小，洗澡都沒辦法，要停多久"),
                             (78.0, (120.6430, 24.1880), "剛剛打過，還是沒有水，有沒有送水車")):
        wo.append(s.add("1999", "water_outage", m, B, t, lon, lat, truth_alt="xitun_water_outage"))
    s.add("rule", "congestion", 95.0, B, "中科路車輛偵測器1 車速降至 7 km/h", sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    s.add("1999", "other", 100.0, B, "中科路封路到什麼時候？自來水公司來了沒", *offset(bx, by, 150, 220))
    s.add("incident", "road_closure", 130.0, B, "自來水公司已關閉制水閥，開挖搶修中，中科路持續封閉", bx, by, severity="Moderate", follows=rc)
    s.dup(r2, 40)
    s.dup(rc0, 300)
    # garbage truck collision 700 m north
    gx, gy = P("SN-CCTV-007")
    g1 = s.add("cctv", "stalled_vehicle", 75.0, G, "黎明路三段/凱旋路 路口車輛停滯", sensor="SN-CCTV-007", confidence=0.79)
    g2 = s.add("incident", "accident", 79.0, G, "黎明路三段凱旋路口 垃圾車與自小客車擦撞，無人受傷", *offset(gx, gy, 10, -15), severity="Minor")
    s.add("1999", "traffic_accident", 77.0, G, "凱旋路黎明路口垃圾車跟轎車撞到了，擋住一個車道", *offset(gx, gy, 30, 20))
    s.add("incident", "accident", 104.0, G, "黎明路三段凱旋路口事故車輛已移除", *offset(gx, gy, 10, -15), severity="Minor", follows=g2)
    # background
    s.add("1999", "road_damage", 120.0, None, "凱旋路一段有坑洞，好幾個禮拜了都沒人補", 120.6512, 24.1872)
    s.add("1999", "noise", 2.0, None, "河南路早市的貨車一大早就在按喇叭", 120.6500, 24.1700)
    s.add("1999", "streetlight", 12.0, None, "中科路路燈 XT-31177 天亮了還一直亮", 120.6532, 24.1950)
    s.add("rule", "congestion", 115.0, None, "環中路車輛偵測器2 車速降至 16 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("rule", "congestion", 125.0, None, "中清路車輛偵測器1 車速降至 15 km/h", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("status", "offline", 35.0, None, "中央公園雨量站 離線", sensor="SN-RG-001", reason="comms_lost")
    s.add("status", "online", 38.0, None, "中央公園雨量站 恢復連線", sensor="SN-RG-001")
    s.add("parking", "empty", 20.0, None, "中央公園地下停車場(北) 清晨車位全空", sensor="SN-PK-004")
    s.incident(B, "infrastructure", "Water main burst under 中科路: road heave and sinkhole, water over the road and into the park, the Pop Music Center's pump room flooded, a scooter rider hurt in the hole, closure and slow-downs on 中科路 and 凱旋路, and the supply lost in the houses the main feeds.", r2)
    s.incident(G, "traffic", "Garbage truck and car collide at 黎明路三段/凱旋路, 700 m north.", g2)
    s.alternative("The water-outage calls come from houses 1-1.3 km away and name no cause: a coordinator who has not yet linked them to the main may run them as a separate water-supply job; and the 6 cm in pond 3 may be read as dew/irrigation rather than the burst's run-off.",
                  [inc(B, "infrastructure", "Water main burst without the outage calls.", r2),
                   inc("xitun_water_outage", "infrastructure", "Loss of water supply in western Xitun homes.", wo[0]),
                   inc(G, "traffic", "Garbage truck collision.", g2)])
    s.write()


if __name__ == "__main__":
    s1177()
    s1178()
    s1179()
    s1180()
    s1181()
    s1182()
