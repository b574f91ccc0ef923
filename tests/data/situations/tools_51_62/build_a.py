"""Situations 51-56 (hand-authored; truth from the situation, not from any software)."""
from _lib import Sit

def s51():
    s = Sit(51, "underpass_flash_flood_rescue", "2016-06-13",
            "午後雷陣雨，中清環中路口地下道短時間積水，兩車熄火受困，消防救出駕駛",
            "Convective cloudburst in the afternoon. The Zhongqing/Huanzhong underpass fills within 15 minutes; "
            "two cars drive in and stall, drivers trapped, fire bureau wades in and rescues them, police close the "
            "underpass and divert traffic to the surface road. Rain alerts, a detention pond filling as designed, "
            "shallow ponding at the Liming/Kaixuan low point and a streetlight call are background.")
    s.add("r-rg002-1550", "rule", "heavy_rain", "15:50:00", sensor="SN-RG-002", level="大雨",
          text="水湳轉運中心雨量站 時雨量 46.5 mm，達大雨標準", truth=None, alt="51-A")
    s.add("r-c0f9t0-1555", "rule", "heavy_rain", "15:55:00", sensor="C0F9T0", level="大雨",
          text="西屯測站 時雨量 41.0 mm，達大雨標準", truth=None)
    s.add("r-fl001-1600", "rule", "flood_depth", "16:00:00", sensor="SN-FL-001", level="1-15",
          text="中央公園滯洪池1 水深 12 cm", truth=None)
    s.add("r-fl006-1602", "rule", "flood_depth", "16:02:00", sensor="SN-FL-006", level="16-30",
          text="中清環中路口地下道 淹水深度 22 cm", truth="51-A")
    s.add("1999-0613-0871", "1999", "flooding", "16:04:10", pos=(120.65722, 24.19945),
          text="中清路往環中路的地下道淹水了，水很深，還有車子一直往下開", truth="51-A")
    s.add("r-vdzq01-1606", "rule", "congestion", "16:06:00", sensor="SN-VD-ZHONGQING-01", sev="Moderate",
          text="中清路車輛偵測器1 平均車速 9 km/h，佔有率 58%", truth="51-A")
    s.add("cctv-008-1608", "cctv", "stalled_vehicle", "16:08:20", sensor="SN-CCTV-008", pos=(120.65724, 24.19862),
          conf=0.81, text="地下道內車輛停滯", truth="51-A")
    s.add("1999-0613-0874", "1999", "flooding", "16:09:05", pos=(120.65735, 24.19920),
          text="地下道有兩台車泡水熄火，駕駛還坐在車上出不來，水快淹到車窗", truth="51-A")
    s.add("r-fl006-1610", "rule", "flood_depth", "16:10:00", sensor="SN-FL-006", level=">30",
          text="中清環中路口地下道 淹水深度 48 cm", truth="51-A")
    s.add("119-0613-0052", "119", "rescue", "16:10:30", pos=(120.65724, 24.19880),
          text="中清路環中路口地下道 車輛受困2輛 駕駛受困車內 派遣救助隊、水上救生", truth="51-A")
    s.add("r-fl009-1612", "rule", "flood_depth", "16:12:00", sensor="SN-FL-009", level="1-15",
          text="黎明路凱旋路口低窪處 淹水深度 9 cm", truth=None)
    s.add("P0613-0231", "incident", "stalled_vehicle", "16:12:30", pos=(120.65724, 24.19875), sev="Severe",
          text="中清路環中路口地下道積水，兩部自小客車熄火受困，已通報119", truth="51-A")
    s.add("P0613-0234", "incident", "road_closure", "16:13:40", pos=(120.65724, 24.19900), sev="Moderate",
          follows="P0613-0231", text="中清路地下道雙向封閉，車流改道環中路平面道路", truth="51-A")
    s.dup("1999-0613-0874", "16:14:02")
    s.add("r-vdhz03-1615", "rule", "congestion", "16:15:00", sensor="SN-VD-HUANZHONG-03", sev="Moderate",
          text="環中路車輛偵測器3 平均車速 12 km/h", truth="51-A")
    s.add("119-0613-0052@on_scene", "119", "rescue", "16:20:10", pos=(120.65724, 24.19880),
          follows="119-0613-0052", text="救助隊到達，涉水救出駕駛2名，無明顯外傷", truth="51-A")
    s.add("119-0613-0057", "119", "ambulance", "16:25:00", pos=(120.65730, 24.19905),
          text="地下道救出民眾1名失溫、胸悶，送中國醫藥大學附設醫院", truth="51-A")
    s.add("1999-0613-0880", "1999", "streetlight", "16:30:00", pos=(120.65610, 24.18630),
          text="經貿路中央公園旁路燈整排不亮，編號 XT-0871", truth=None)
    s.add("cctv-004-1635", "cctv", "stalled_vehicle", "16:35:40", sensor="SN-CCTV-004", conf=0.64,
          text="路口車輛停滯", truth=None, alt="51-A")
    s.add("r-fl006-1640", "rule", "flood_depth", "16:40:00", sensor="SN-FL-006", level="16-30",
          text="中清環中路口地下道 淹水深度 24 cm（退水中）", truth="51-A")
    s.add("P0613-0248", "incident", "road_closure", "16:58:00", pos=(120.65724, 24.19900), sev="Minor",
          follows="P0613-0234", text="地下道積水已退，拖吊受困車輛後恢復通車", truth="51-A")
    s.inc("51-A", "flood", "中清環中路口地下道積水、兩車受困、救出駕駛、封閉改道", "r-fl006-1602")
    s.alternative("雨量警報與地下道相距約400公尺，可視為同一場淹水事件的證據；經貿路環中路口的車輛停滯可能是涉水後熄火的車輛",
                  [("51-A", "flood", "地下道淹水事件，含鄰近雨量警報與改道路線上的熄火車", "r-fl006-1602")])
    s.notes = ("The rescue is not split from the flood: one scene, one commander, the rescue is the reason the underpass job "
               "is urgent. The pond sensor (designed to hold water) and 9 cm at the Liming low point are not jobs. "
               "1999-0613-0874 is delivered twice.")
    return s


def s52():
    s = Sit(52, "restaurant_gas_leak", "2016-11-18",
            "週五晚餐時段，中清路二段熱炒餐廳瓦斯管線外洩，疏散住戶、封閉外側車道；另有一起不相關的機車自摔",
            "A gas pipe leaks in a stir-fry restaurant on a dense block on Zhongqing Rd sec. 2 at dinner time. "
            "Neighbours call 1999, the fire bureau sends a hazmat unit, police evacuate and close the outer lane, "
            "two staff feel dizzy, a citizen complains that parked cars block the fire engines. The usual sewage smell "
            "near the water reclamation centre, Friday rush on Huanzhong Rd and a streetlight are background; a scooter "
            "self-crash at Liming/Kaixuan is a separate incident.")
    s.add("1999-1118-1204", "1999", "gas_odor", "18:31:00", pos=(120.66130, 24.19320),
          text="中清路二段靠環中路這邊餐廳附近瓦斯味很重", truth="52-A")
    s.add("1999-1118-1207", "1999", "gas_odor", "18:33:10", pos=(120.66110, 24.19290),
          text="我住餐廳樓上，整個樓梯間都是瓦斯味，很怕會爆炸", truth="52-A")
    s.add("119-1118-0088", "119", "hazmat", "18:34:00", pos=(120.66115, 24.19300),
          text="中清路二段熱炒餐廳瓦斯外洩 派遣化學車、救助隊，店內人員疏散中", truth="52-A")
    s.add("r-vdhz02-1835", "rule", "congestion", "18:35:00", sensor="SN-VD-HUANZHONG-02", sev="Minor",
          text="環中路車輛偵測器2 平均車速 22 km/h", truth=None)
    s.add("P1118-0412", "incident", "hazmat_report", "18:36:00", pos=(120.66115, 24.19300), sev="Severe",
          text="中清路二段餐廳瓦斯管線外洩，協助疏散周邊住戶約40人", truth="52-A")
    s.add("1999-1118-1211", "1999", "gas_odor", "18:37:20", pos=(120.66220, 24.19220),
          text="後面巷子也聞到瓦斯味，是不是哪裡漏氣", truth="52-A")
    s.add("P1118-0415", "incident", "road_closure", "18:40:00", pos=(120.66090, 24.19330), sev="Moderate",
          follows="P1118-0412", text="中清路二段（環中路口以南約300公尺）南下外側車道封閉", truth="52-A")
    s.add("r-vdzq01-1841", "rule", "congestion", "18:41:00", sensor="SN-VD-ZHONGQING-01", sev="Moderate",
          text="中清路車輛偵測器1 平均車速 11 km/h", truth="52-A", alt=None)
    s.add("119-1118-0088@on_scene", "119", "hazmat", "18:42:00", pos=(120.66115, 24.19300), follows="119-1118-0088",
          text="到場偵測可燃性氣體濃度偏高，已關閉瓦斯總開關，排風中", truth="52-A")
    s.add("1999-1118-1215", "1999", "illegal_parking", "18:43:30", pos=(120.66200, 24.19250),
          text="巷口兩邊都是違停，消防車開不進去", truth="52-A")
    s.add("119-1118-0091", "119", "ambulance", "18:45:00", pos=(120.66115, 24.19300),
          text="餐廳員工2名頭暈噁心 送醫", truth="52-A")
    s.add("1999-1118-1219", "1999", "gas_odor", "18:50:00", pos=(120.65920, 24.17700),
          text="水資源回收中心旁邊又是臭水溝味，跟平常一樣，請環保局處理", truth=None)
    s.add("P1118-0421", "incident", "traffic_accident", "18:55:00", pos=(120.64920, 24.19380), sev="Minor",
          text="黎明路三段凱旋路口 機車自撞分隔島 騎士輕傷", truth="52-B")
    s.add("1999-1118-1224", "1999", "streetlight", "19:10:00", pos=(120.65500, 24.18300),
          text="中央公園步道路燈不亮，編號 XT-1032", truth=None)
    s.add("119-1118-0088@closed", "119", "hazmat", "19:20:00", pos=(120.66115, 24.19300), follows="119-1118-0088",
          text="瓦斯公司完成管線修復，濃度歸零，解除警戒", truth="52-A")
    s.add("P1118-0430", "incident", "road_closure", "19:25:00", pos=(120.66090, 24.19330), sev="Minor",
          follows="P1118-0415", text="解除管制，中清路二段恢復通車，住戶返家", truth="52-A")
    s.inc("52-A", "hazmat", "中清路二段餐廳瓦斯外洩：疏散、封閉外側車道、2人送醫", "1999-1118-1204")
    s.inc("52-B", "traffic_accident", "黎明路凱旋路口機車自摔輕傷", "P1118-0421")
    s.alternative("中清路偵測器的壅塞可能只是週五晚間尖峰，而非封路造成",
                  [("52-A", "hazmat", "餐廳瓦斯外洩（不含中清路壅塞）", "1999-1118-1204"),
                   ("52-B", "traffic_accident", "黎明路凱旋路口機車自摔輕傷", "P1118-0421")])
    s.notes = ("The illegal-parking call is about fire engines blocked at the leak, so it belongs to 52-A. "
               "The 18:50 odour call 1.8 km south describes the usual sewage smell of the reclamation centre: not a gas leak.")
    return s


def s53():
    s = Sit(53, "vip_expo_opening_and_crashes", "2016-10-21",
            "總統出席會展中心產業展開幕，周邊維安交通管制；同一上午管制範圍外發生兩起不相關車禍",
            "A permitted exhibition opening at the convention centre with a VIP: police close Jingmao Rd sec. 2 for the "
            "motorcade, the car parks fill, a small peaceful protest group gathers. Two unrelated crashes happen on the "
            "diversion routes (Liming/Kaixuan, and Huanzhong at Zhongke). Congestion detectors between them are ambiguous.")
    s.add("PE-1021-007", "planned_event", "exhibition", "2016-10-21 09:30:00", "2016-10-14 10:00:00",
          pos=(120.65510, 24.19440), ends="2016-10-21 12:00:00",
          text="臺中國際會展中心 2016智慧城市產業展開幕典禮（總統蒞臨），會展中心周邊 09:00-12:00 交通管制，預估3,000人",
          truth="53-A")
    s.add("P1021-0101", "incident", "road_closure", "08:40:00", pos=(120.65500, 24.19580), sev="Moderate",
          text="經貿路二段（環中路至經貿七路）配合維安勤務 08:45-11:30 交通管制", truth="53-A")
    s.add("pk006-0852", "parking", "full", "08:52:00", sensor="SN-PK-006",
          text="臺中國際會展中心停車場 汽車位已滿", truth="53-A")
    s.add("r-vdjm01-0905", "rule", "congestion", "09:05:00", sensor="SN-VD-JINGMAO-01", sev="Moderate",
          text="經貿路車輛偵測器1 平均車速 8 km/h", truth="53-A")
    s.add("pk002-0910", "parking", "full", "09:10:00", sensor="SN-PK-002",
          text="經貿六停車場 汽車位已滿", truth="53-A")
    s.add("cctv-005-0912", "cctv", "crowding", "09:12:30", sensor="SN-CCTV-005", conf=0.74,
          text="路口人群聚集", truth="53-A")
    s.add("P1021-0108", "incident", "crowd_control", "09:20:00", pos=(120.65480, 24.19500), sev="Minor",
          text="會展中心入口陳情團體約30人拉布條，現場秩序平和，派員警戒", truth="53-A")
    s.add("r-vdlm01-0924", "rule", "congestion", "09:24:00", sensor="SN-VD-LIMING-01", sev="Minor",
          text="黎明路車輛偵測器1 平均車速 18 km/h", truth="53-A")
    s.add("P1021-0112", "incident", "traffic_accident", "09:31:00", pos=(120.64910, 24.19372), sev="Moderate",
          text="黎明路三段凱旋路口 兩車擦撞 1人輕傷 佔用內側車道", truth="53-B")
    s.add("cctv-007-0932", "cctv", "stalled_vehicle", "09:32:10", sensor="SN-CCTV-007", conf=0.68,
          text="路口車輛停滯", truth="53-B")
    s.add("1999-1021-0533", "1999", "traffic_accident", "09:34:00", pos=(120.64890, 24.19340),
          text="黎明路凱旋路口車禍，有人坐在路邊", truth="53-B")
    s.add("119-1021-0041", "119", "ambulance", "09:36:00", pos=(120.64910, 24.19372),
          text="黎明路三段凱旋路口車禍 1名頸部疼痛", truth="53-B")
    s.add("r-vdkx01-0940", "rule", "congestion", "09:40:00", sensor="SN-VD-KAIXUAN-01", sev="Moderate",
          text="凱旋路車輛偵測器1 平均車速 10 km/h", truth="53-B", alt="53-A")
    s.add("1999-1021-0540", "1999", "streetlight", "09:50:00", pos=(120.66050, 24.18200),
          text="經貿路路燈白天還亮著", truth=None)
    s.add("P1021-0120", "incident", "traffic_accident", "10:05:00", pos=(120.65230, 24.19800), sev="Minor",
          text="環中路二段中科路口 自小客車追撞 無人受傷 已移置路邊", truth="53-C")
    s.add("cctv-003-1006", "cctv", "stalled_vehicle", "10:06:00", sensor="SN-CCTV-003", conf=0.71,
          text="路口車輛停滯", truth="53-C")
    s.add("r-vdhz02-1008", "rule", "congestion", "10:08:00", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 平均車速 14 km/h", truth="53-C", alt="53-A")
    s.add("1999-1021-0551", "1999", "illegal_parking", "10:30:00", pos=(120.65450, 24.19500),
          text="經貿六停車場外面路邊違停一整排，都是去看展的", truth="53-A")
    s.add("P1021-0133", "incident", "road_closure", "10:50:00", pos=(120.65500, 24.19580), sev="Minor",
          follows="P1021-0101", text="維安勤務結束，經貿路二段管制解除", truth="53-A")
    s.add("cctv-005-1110", "cctv", "crowding", "11:10:00", sensor="SN-CCTV-005", conf=0.69,
          text="路口人群聚集", truth="53-A")
    s.inc("53-A", "planned_event", "會展中心開幕典禮（總統蒞臨）交通管制、停車滿場、陳情團體", "PE-1021-007")
    s.inc("53-B", "traffic_accident", "黎明路三段凱旋路口兩車擦撞1人輕傷", "P1021-0112")
    s.inc("53-C", "traffic_accident", "環中路二段中科路口追撞無人傷", "P1021-0120")
    s.alternative("凱旋路與環中路的壅塞也可能是維安管制改道車流，而非車禍造成",
                  [("53-A", "planned_event", "開幕典禮管制及其改道壅塞", "PE-1021-007"),
                   ("53-B", "traffic_accident", "黎明路凱旋路口車禍", "P1021-0112"),
                   ("53-C", "traffic_accident", "環中路中科路口追撞", "P1021-0120")])
    s.notes = ("The permit arrives a week before it starts (arrival < observed). The protest group is part of the event's "
               "crowd job; no separate public-safety incident since it stays peaceful.")
    return s


def s54():
    s = Sit(54, "lightning_twin_fires", "2016-08-09",
            "午後雷雨，雷擊造成會展中心B棟屋頂太陽能板起火與綠美圖地下電氣室冒煙（相距約310公尺），並打壞經貿七路口號誌",
            "One thunderstorm, three jobs: lightning sets the PV panels on the roof of convention hall B on fire "
            "(evacuation of ~800 people), a separate strike shorts the switch room in the basement of the Green "
            "Museumbrary 310 m away (its panel goes offline when power is cut), and the signal at Jingmao/Jingmao 7th "
            "goes dark. Two buildings, two 119 cases, two crews: two fires, not one.")
    s.add("r-rg002-1502", "rule", "heavy_rain", "15:02:00", sensor="SN-RG-002", level="大雨",
          text="水湳轉運中心雨量站 時雨量 52.0 mm，達大雨標準", truth=None)
    s.add("1999-0809-0610", "1999", "fallen_tree", "15:05:00", pos=(120.65600, 24.18000),
          text="中央公園步道樹枝被雷雨打斷擋住步道", truth=None)
    s.add("fa003-1508", "fire_alarm", "alarm", "15:08:10", sensor="SN-FA-003",
          text="B棟 屋頂層 偵煙探測器動作", truth="54-A")
    s.add("fa004-1508", "fire_alarm", "alarm", "15:08:40", sensor="SN-FA-004",
          text="地下一樓 電氣室 偵煙探測器動作", truth="54-B")
    s.add("cctv-006-1509", "cctv", "smoke", "15:09:05", sensor="SN-CCTV-006", pos=(120.65570, 24.19420), conf=0.77,
          text="偵測到煙霧", truth="54-A")
    s.dup("cctv-006-1509", "15:10:02")
    s.add("1999-0809-0614", "1999", "fire_smoke", "15:10:00", pos=(120.65620, 24.19290),
          text="剛剛打雷，會展中心屋頂太陽能板在冒黑煙", truth="54-A")
    s.add("119-0809-0120", "119", "fire", "15:11:00", pos=(120.65560, 24.19420),
          text="臺中國際會展中心B棟屋頂太陽能板起火 派遣水箱車2、雲梯車1、救護車1", truth="54-A")
    s.add("119-0809-0121", "119", "fire", "15:12:00", pos=(120.65700, 24.19130),
          text="臺中綠美圖地下一樓電氣室冒煙 派遣水箱車2", truth="54-B")
    s.add("1999-0809-0617", "1999", "fire_smoke", "15:13:00", pos=(120.65660, 24.19250),
          text="經貿七路這邊聞到燒焦味，天上有煙", truth="54-A", alt="54-B")
    s.add("sig006-1514", "signal", "fault", "15:14:00", sensor="SN-SIG-006",
          text="號誌控制器斷電，全路口熄燈", truth="54-C")
    s.add("P0809-0301", "incident", "fire_report", "15:15:00", pos=(120.65560, 24.19400), sev="Severe",
          text="會展中心B棟火警，協助疏散館內民眾約800人至經貿路", truth="54-A")
    s.add("cctv-005-1516", "cctv", "crowding", "15:16:00", sensor="SN-CCTV-005", conf=0.72,
          text="路口人群聚集", truth="54-A")
    s.add("cctv-006-1516", "cctv", "signal_dark", "15:16:30", sensor="SN-CCTV-006", conf=0.88,
          text="號誌未亮", truth="54-C")
    s.add("P0809-0304", "incident", "traffic_signal_fault", "15:18:00", pos=(120.65685, 24.19247), sev="Minor",
          text="經貿路二段經貿七路口號誌全暗，派員指揮交通", truth="54-C")
    s.add("119-0809-0120@on_scene", "119", "fire", "15:19:00", pos=(120.65560, 24.19420), follows="119-0809-0120",
          text="屋頂太陽能板約20片燃燒，出水搶救中", truth="54-A")
    s.add("fa002-1520", "fire_alarm", "alarm", "15:20:00", sensor="SN-FA-002",
          text="A棟 2F 手動報警機動作", truth="54-A")
    s.add("119-0809-0121@on_scene", "119", "fire", "15:22:00", pos=(120.65700, 24.19130), follows="119-0809-0121",
          text="電氣室配電盤遭雷擊短路冒煙，已斷電，無延燒", truth="54-B")
    s.add("st-fa004-1525", "status", "offline", "15:25:00", sensor="SN-FA-004",
          text="受信總機離線（主電源中斷）", truth="54-B")
    s.add("r-vdjm01-1530", "rule", "congestion", "15:30:00", sensor="SN-VD-JINGMAO-01", sev="Moderate",
          text="經貿路車輛偵測器1 平均車速 9 km/h", truth="54-A", alt="54-C")
    s.add("fa003-1540", "fire_alarm", "normal", "15:40:00", sensor="SN-FA-003", text="B棟 復歸", truth="54-A")
    s.add("119-0809-0120@closed", "119", "fire", "15:45:00", pos=(120.65560, 24.19420), follows="119-0809-0120",
          text="火勢撲滅，無人受傷，燒損太陽能板約20片", truth="54-A")
    s.add("sig006-1552", "signal", "restored", "15:52:00", sensor="SN-SIG-006", text="號誌恢復正常", truth="54-C")
    s.add("st-fa004-1600", "status", "online", "16:00:00", sensor="SN-FA-004", text="受信總機連線", truth="54-B")
    s.inc("54-A", "fire", "會展中心B棟屋頂太陽能板雷擊起火、疏散約800人", "fa003-1508")
    s.inc("54-B", "fire", "綠美圖地下電氣室雷擊短路冒煙、斷電", "fa004-1508")
    s.inc("54-C", "infrastructure", "經貿路二段經貿七路口號誌雷擊熄燈", "sig006-1514")
    s.alternative("經貿七路民眾聞到燒焦味的位置較靠近綠美圖；經貿路北段壅塞也可能來自號誌熄燈而非火警",
                  [("54-A", "fire", "會展中心B棟屋頂火警", "fa003-1508"),
                   ("54-B", "fire", "綠美圖電氣室冒煙", "fa004-1508"),
                   ("54-C", "infrastructure", "經貿七路口號誌熄燈", "sig006-1514")])
    s.notes = ("Panel alarms in public buildings are answered by the fire bureau every time, so each panel alarm is "
               "sufficient. The Hall A manual call point pressed during the evacuation belongs to the hall B fire. "
               "The CCTV smoke event is delivered twice. Merging 54-A and 54-B into one 'lightning' incident would be wrong "
               "(two separate buildings and crews); not offered as the alternative.")
    return s


def s55():
    s = Sit(55, "drainage_gauge_malfunction_dry_day", "2016-11-02",
            "晴天無雨，經貿路區域排水水位計讀值異常跳動觸發一級警戒，隨後離線，維修後恢復；其餘為平日背景",
            "A sunny weekday. The Shuinan drainage gauge at Jingmao Rd (SN-WL-003) reports levels that jump from "
            "nothing to alert level 3, then level 1 within ten minutes, then back to level 2, with no rain at any "
            "gauge and no flood sensor reading; it then goes offline (device fault) and comes back after maintenance. "
            "One technical incident. A scooter crash at Henan/Zhongping is separate; the rest is background.")
    s.add("r-vdhz04-0815", "rule", "congestion", "08:15:00", sensor="SN-VD-HUANZHONG-04", sev="Minor",
          text="環中路車輛偵測器4 平均車速 24 km/h", truth=None)
    s.add("1999-1102-0301", "1999", "streetlight", "09:30:00", pos=(120.64950, 24.18900),
          text="凱旋路人行道路燈閃爍", truth=None)
    s.add("r-wl003-1020", "rule", "water_level", "10:20:00", sensor="SN-WL-003", level="3",
          text="水湳區域排水經貿路水位 1.46 m，達三級警戒", truth="55-A")
    s.add("r-wl003-1030", "rule", "water_level", "10:30:00", sensor="SN-WL-003", level="1",
          text="水湳區域排水經貿路水位 2.31 m，達一級警戒", truth="55-A")
    s.add("1999-1102-0309", "1999", "blocked_drain", "10:40:00", pos=(120.65940, 24.18120),
          text="經貿路人行道的水溝蓋被落葉塞住，擔心下雨會淹水", truth=None)
    s.add("r-wl003-1052", "rule", "water_level", "10:52:00", sensor="SN-WL-003", level="2",
          text="水湳區域排水經貿路水位 1.93 m，達二級警戒", truth="55-A")
    s.add("st-wl003-1105", "status", "offline", "11:05:00", sensor="SN-WL-003",
          text="水位計離線（device_fault）", truth="55-A")
    s.add("r-wl003-1125", "rule", "sensor_offline", "11:25:00", sensor="SN-WL-003",
          text="水湳區域排水經貿路水位 超過20分鐘無資料", truth="55-A")
    s.add("P1102-0207", "incident", "traffic_accident", "11:40:00", pos=(120.65045, 24.17115), sev="Minor",
          text="河南路中平路口 機車與自小客車擦撞 無人受傷", truth="55-B")
    s.add("cctv-010-1141", "cctv", "stalled_vehicle", "11:41:00", sensor="SN-CCTV-010", conf=0.62,
          text="路口車輛停滯", truth="55-B")
    s.add("fa008-1210", "fire_alarm", "fault", "12:10:00", sensor="SN-FA-008",
          text="受信總機 第3回路斷線", truth=None)
    s.add("fa008-1211", "fire_alarm", "normal", "12:11:30", sensor="SN-FA-008", text="復歸", truth=None)
    s.add("pk005-1230", "parking", "full", "12:30:00", sensor="SN-PK-005",
          text="中央公園地下停車場(南) 汽車位已滿", truth=None)
    s.add("st-wl003-1340", "status", "online", "13:40:00", sensor="SN-WL-003",
          text="水位計恢復連線", truth="55-A")
    s.inc("55-A", "technical", "經貿路排水水位計故障：無雨卻跳至一級警戒後離線，派廠商檢修", "r-wl003-1020")
    s.inc("55-B", "traffic_accident", "河南路中平路口機車擦撞無人傷", "P1102-0207")
    s.notes = ("A coordinator must act on the first level-3 alert (someone checks the drain), so it is sufficient; the "
               "dry weather, the 0.85 m jump in ten minutes and no flood-sensor reading show it is the gauge, so the type "
               "is technical. Someone who first treats it as a possible flood would still group the same items. "
               "The blocked-drain call 150 m away is about leaves on a pavement grate, not the channel. The fire-panel "
               "fault at the reclamation centre clears in 90 s and is the building's own maintenance matter.")
    return s


def s56():
    s = Sit(56, "tower_crane_collapse", "2016-09-06",
            "經貿路二段新建工地塔式吊車倒塌，吊臂橫倒道路壓及轎車，1人受困救出、吊車司機受傷，雙向封閉數小時",
            "The boom of a tower crane on a building site on Jingmao Rd sec. 2 falls across both carriageways and "
            "crushes a car. A driver is trapped and freed, the crane operator is hurt, police close the road until the "
            "boom is removed. The site has a road-works permit from a week before. A broken-down truck 1.8 km south "
            "and the usual congestion on Huanzhong are background.")
    s.add("PE-0829-033", "planned_event", "road_works", "2016-08-30 07:00:00", "2016-08-29 10:00:00",
          pos=(120.65820, 24.18950), ends="2016-12-31 18:00:00",
          text="經貿路二段集合住宅新建工程 塔式吊車組立及吊掛作業，佔用東側外側車道", truth="56-B", alt="56-A")
    s.add("r-vdhz04-1410", "rule", "congestion", "14:10:00", sensor="SN-VD-HUANZHONG-04", sev="Minor",
          text="環中路車輛偵測器4 平均車速 23 km/h", truth=None)
    s.add("1999-0906-0722", "1999", "other", "14:21:00", pos=(120.65750, 24.18930),
          text="經貿路工地的吊車整個倒下來，壓在馬路上！", truth="56-A")
    s.add("cctv-006-1421", "cctv", "fallen_object", "14:21:30", sensor="SN-CCTV-006", pos=(120.65770, 24.18970),
          conf=0.71, text="偵測到道路掉落物", truth="56-A")
    s.add("1999-0906-0723", "1999", "traffic_accident", "14:22:00", pos=(120.65780, 24.18920),
          text="吊車砸到一台轎車，裡面好像有人", truth="56-A")
    s.add("119-0906-0140", "119", "rescue", "14:23:00", pos=(120.65770, 24.18950),
          text="經貿路二段工地塔吊倒塌壓及自小客車 1人受困 派遣救助隊、重型救助車", truth="56-A")
    s.add("P0906-0355", "incident", "fallen_object", "14:24:00", pos=(120.65770, 24.18950), sev="Severe",
          text="塔吊吊臂橫倒經貿路二段雙向車道，壓毀自小客車1輛", truth="56-A")
    s.add("119-0906-0142", "119", "ambulance", "14:25:00", pos=(120.65820, 24.18950),
          text="工地塔吊司機自駕駛室跌落受傷", truth="56-A")
    s.add("P0906-0357", "incident", "road_closure", "14:27:00", pos=(120.65700, 24.19100), sev="Severe",
          follows="P0906-0355", text="經貿路二段（經貿七路至中科路段）雙向封閉，車流改道", truth="56-A")
    s.add("r-vdjm02-1428", "rule", "congestion", "14:28:00", sensor="SN-VD-JINGMAO-02", sev="Moderate",
          text="經貿路車輛偵測器2 平均車速 6 km/h", truth="56-A")
    s.add("119-0906-0140@on_scene", "119", "rescue", "14:35:00", pos=(120.65770, 24.18950), follows="119-0906-0140",
          text="以油壓破壞器救出受困駕駛，意識清楚，送醫", truth="56-A")
    s.add("r-vdjm01-1440", "rule", "congestion", "14:40:00", sensor="SN-VD-JINGMAO-01", sev="Moderate",
          text="經貿路車輛偵測器1 平均車速 12 km/h", truth="56-A", alt=None)
    s.add("P0906-0366", "incident", "stalled_vehicle", "14:45:00", pos=(120.66040, 24.17370), sev="Minor",
          text="經貿路中平路口 大貨車拋錨 佔用外側車道，已通知拖吊", truth=None)
    s.add("1999-0906-0731", "1999", "streetlight", "15:00:00", pos=(120.65300, 24.17800),
          text="逢甲水湳校區旁路燈損壞", truth=None)
    s.add("P0906-0390", "incident", "road_closure", "16:30:00", pos=(120.65700, 24.19100), sev="Minor",
          follows="P0906-0357", text="吊臂切割移除完成，經貿路二段恢復雙向通車", truth="56-A")
    s.inc("56-A", "rescue", "經貿路二段塔吊倒塌壓車：救出受困駕駛、司機送醫、雙向封閉", "1999-0906-0722")
    s.inc("56-B", "planned_event", "工地塔吊作業佔用車道許可（事先核准）", "PE-0829-033")
    s.alternative("工地的道路施工許可就是倒塌現場，可視為同一案件的背景資料而非獨立事件；經貿路北段（800公尺外）的壅塞也可能只是平日車流",
                  [("56-A", "rescue", "塔吊倒塌事件（含該工地施工許可）", "1999-0906-0722")])
    s.notes = ("A citizen saying a crane fell on the road is enough to open. The Jingmao VD 1 queue 800 m north is "
               "attributed to the closure. The stalled truck needs only a tow and is not a coordinated job.")
    return s

SITS = [s51, s52, s53, s54, s55, s56]
