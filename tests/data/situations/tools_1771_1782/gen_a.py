"""Situations 1771-1776 (blind oracle, ordinary peacetime days and nights in 水湳)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from lib import Sit, P, off, inc


def s1771():
    s = Sit(1771, "junction_twice_jingmao_liming", "經貿黎明路口一早兩件：追撞後又號誌黑燈", "2016-03-08")
    J = P["j_jm_lm"]
    # background: morning rush
    s.add("07:30", "rule", "congestion", "環中路車輛偵測器2 平均車速 18 km/h，低於門檻", None, sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.add("07:34", "parking", "full", "經貿六停車場 車位已滿", None, sensor="SN-PK-002")
    s.add("07:41", "1999", "streetlight", "經貿七路人行道路燈一盞不亮，燈桿編號XT-05512", None, at=off(P["j_jm_7"], 60, -40))
    # job A: rear-end crash 07:48
    a1 = s.add("07:48:20", "cctv", "stalled_vehicle", "經貿路二段/黎明路三段 路口 車輛停滯於內側車道", "A", sensor="SN-CCTV-005", confidence=0.81)
    a2 = s.add("07:50", "incident", "accident", "經貿路二段與黎明路三段口 自小客追撞，無人受傷，占用內側車道", "A", at=off(J, -20, 15), severity="Minor", delay=140)
    s.dup(a2, 95)
    a3 = s.add("07:51", "1999", "traffic_accident", "黎明路經貿路口兩台車撞在一起停在路中間，上班車很多", "A", at=off(J, 35, -10), delay=210)
    s.add("07:53", "rule", "congestion", "經貿路車輛偵測器1 平均車速 12 km/h，佔有率 46%", "A", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("07:56", "1999", "traffic_accident", "經貿路往環中路方向回堵，前面好像有車禍", "A", at=off(J, 60, -210), delay=300, alt=None)
    s.add("08:02", "incident", "accident", "員警到場，雙方車輛已移至路邊，製作筆錄", "A", at=off(J, -20, 15), severity="Minor", follows=a2)
    s.add("08:20", "rule", "cleared", "經貿路車輛偵測器1 車速恢復 41 km/h", "A", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.add("08:25", "1999", "traffic_accident", "（案件更新）現場已排除，結案", "A", at=off(J, 35, -10), follows=a3, delay=20)
    # background between
    s.add("08:31", "rule", "congestion", "中科路車輛偵測器1 平均車速 19 km/h", None, sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    s.add("08:40", "1999", "illegal_parking", "黎明路三段 凱旋路口附近 機車停在人行道", None, at=off(P["j_lm_kx"], 40, 10))
    s.add("08:44", "fire_alarm", "fault", "臺灣智慧營運塔 受信總機 探測器迴路斷線 B1", None, sensor="SN-FA-005")
    s.add("08:51", "fire_alarm", "normal", "臺灣智慧營運塔 受信總機 迴路恢復", None, sensor="SN-FA-005")
    # debatable congestion between the two jobs
    s.add("08:58", "rule", "congestion", "經貿路車輛偵測器1 平均車速 17 km/h", "B", sensor="SN-VD-JINGMAO-01", severity="Moderate", alt=None)
    # job B: signal dark 09:04
    b1 = s.add("09:04:10", "signal", "fault", "經貿路二段/黎明路三段 號誌 控制器故障 全黑", "B", sensor="SN-SIG-005", delay=8)
    s.add("09:05", "cctv", "signal_dark", "經貿路二段/黎明路三段 號誌黑燈", "B", sensor="SN-CCTV-005", confidence=0.92)
    s.add("09:09", "1999", "traffic_signal", "經貿路黎明路口紅綠燈全部不亮，車子亂鑽很危險", "B", at=off(J, -30, 25), delay=120)
    k = s.add("09:11", "1999", "traffic_signal", "黎明路三段跟經貿路口號誌故障", "B", at=off(J, 15, 5), delay=150)
    s.add("09:14", "incident", "traffic_signal_fault", "經貿黎明路口號誌黑燈，派員手勢指揮交通", "B", at=J, severity="Moderate", delay=60)
    s.add("09:15", "rule", "congestion", "經貿路車輛偵測器1 平均車速 9 km/h", "B", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("09:31", "1999", "traffic_signal", "（案件更新）已通知號誌維修廠商，預計兩小時內到場", "B", at=off(J, 15, 5), follows=k)
    s.add("09:40", "1999", "other", "轉運中心旁人行道地磚鬆動", None, at=off(P["hub"], 40, -30))
    s.add("10:12", "1999", "traffic_signal", "（案件更新）廠商到場更換電源供應器", "B", at=off(J, 15, 5), follows=k)
    s.add("10:18", "signal", "restored", "經貿路二段/黎明路三段 號誌 恢復正常運作", "B", sensor="SN-SIG-005")
    s.add("10:26", "rule", "cleared", "經貿路車輛偵測器1 車速恢復 44 km/h", "B", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.add("10:30", "incident", "other", "經貿黎明路口號誌恢復，員警撤離", "B", at=J, severity="Minor")
    s.add("10:45", "parking", "full", "臺中國際會展中心停車場 車位已滿", None, sensor="SN-PK-006")
    s.add("11:05", "rule", "congestion", "環中路車輛偵測器3 平均車速 20 km/h", None, sensor="SN-VD-HUANZHONG-03", severity="Moderate")
    s.incident("A", "traffic", "07:48 經貿路二段/黎明路三段口自小客追撞，無人傷，08:20 排除", a1)
    s.incident("B", "traffic", "09:04 同一路口號誌控制器故障黑燈，員警指揮，10:18 修復", b1)
    s.alternative("08:58 經貿路的減速在追撞排除之後、號誌黑燈之前：可能只是尖峰尾段的車流（背景），不屬號誌事件；07:56 民眾說「好像有車禍」的回堵電話地點在路口南方 200 m，另一位同事可能只當一般壅塞抱怨",
                  [inc("A", "traffic", "07:48 追撞", a1), inc("B", "traffic", "09:04 號誌黑燈", b1)])
    s.description = ("Tuesday 2016-03-08 morning rush. At 07:48 a rear-end crash at 經貿路二段/黎明路三段 (CCTV-005, police, 1999, the VD on 經貿路), cleared 08:20. "
                     "At 09:04 the same junction's signal controller died (SIG-005, CCTV signal_dark, two 1999 callers, police directing traffic), repaired 10:18. Two jobs at one junction an hour apart. "
                     "Background: rush-hour slow-downs elsewhere, a car park full, one lamp out, a panel loop fault that clears itself, loose paving.")
    return s


def s1772():
    s = Sit(1772, "kitchen_fire_eco_a_and_crash", "生態住宅A區廚房火警，同時經貿路機車事故", "2016-04-14")
    A = P["ecoA"]
    crash = off(P["ecoA"], 45, 120)  # on 經貿路, ~130 m from the block
    s.add("18:05", "rule", "congestion", "經貿路車輛偵測器2 平均車速 21 km/h", None, sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("18:12", "1999", "noise", "中清路旁 卡拉OK 太吵", None, at=off(P["j_hz_zq"], 300, -500))
    f1 = s.add("18:41:30", "fire_alarm", "alarm", "水湳生態住宅 A區 集合住宅 7F 廚房 偵煙探測器動作", "F", sensor="SN-FA-011", delay=5)
    s.dup(f1, 40)
    s.add("18:42", "1999", "fire_smoke", "生態住宅A棟七樓窗戶冒黑煙，聞到燒焦味", "F", at=off(A, -15, 10), delay=50)
    s.add("18:43", "119", "fire", "西屯區 水湳生態住宅A區 7樓 住宅火警 派遣 水箱車2 救護車1", "F", at=A, status="dispatched", delay=20)
    c1 = s.add("18:44", "incident", "injury_accident", "經貿路 生態住宅A區前 機車與自小客碰撞，機車騎士倒地受傷", "C", at=crash, severity="Moderate", delay=90)
    s.add("18:45", "119", "ambulance", "經貿路 機車事故 一名男性 意識清楚 腿部開放性傷口", "C", at=off(crash, 10, 5), status="dispatched", delay=30)
    s.add("18:46", "1999", "fire_smoke", "經貿路這邊看到住宅大樓有煙，消防車還沒到嗎", "F", at=off(A, 90, 60), delay=140)
    s.add("18:47", "1999", "traffic_accident", "經貿路有人騎車被撞倒在地上", "C", at=off(crash, -20, 15), delay=90)
    s.add("18:49", "119", "fire", "水湳生態住宅A區 到場 7樓廚房油鍋起火 已撲滅中", "F", at=A, status="on_scene")
    s.add("18:50", "incident", "fire_report", "生態住宅A區 住宅火警 協助管制 經貿路外側車道消防車停放", "F", at=off(A, 40, 0), severity="Moderate", delay=100)
    s.add("18:51", "rule", "congestion", "經貿路車輛偵測器2 平均車速 8 km/h，佔有率 55%", "C", sensor="SN-VD-JINGMAO-02", severity="Moderate", alt="F")
    s.add("18:52", "119", "ambulance", "經貿路 機車事故 救護車到場", "C", at=off(crash, 10, 5), status="on_scene")
    s.add("18:55", "1999", "fire_smoke", "生態住宅B區也聞到燒焦味，是不是我們這棟", "F", at=P["ecoB"], delay=200)
    s.add("19:02", "119", "ambulance", "經貿路 機車事故 傷者送中國醫藥大學附設醫院", "C", at=off(crash, 10, 5), status="returning")
    s.add("19:05", "fire_alarm", "alarm", "水湳生態住宅 A區 集合住宅 7F 走廊 偵煙探測器動作", "F", sensor="SN-FA-011")
    s.add("19:10", "incident", "injury_accident", "經貿路事故 現場測繪完成 車輛移除", "C", at=crash, severity="Moderate", follows=c1)
    s.add("19:14", "119", "fire", "生態住宅A區 火勢撲滅 排煙完畢 無人受傷 一戶廚房燒損", "F", at=A, status="returning")
    s.add("19:21", "fire_alarm", "normal", "水湳生態住宅 A區 集合住宅 受信總機 復歸", "F", sensor="SN-FA-011")
    s.add("19:22", "rule", "cleared", "經貿路車輛偵測器2 車速恢復 38 km/h", "C", sensor="SN-VD-JINGMAO-02", severity="Minor", alt="F")
    s.add("19:30", "119", "fire", "生態住宅A區 火警案 結案", "F", at=A, status="closed")
    s.add("19:33", "parking", "full", "中央公園地下停車場(北) 車位已滿", None, sensor="SN-PK-004")
    s.add("19:48", "1999", "環境清潔", "中央公園北側步道 垃圾桶滿出來", None, at=off(P["parkcp"], -40, 80))
    s.add("20:10", "1999", "noise", "中清路旁 卡拉OK 還是很吵", None, at=off(P["j_hz_zq"], 300, -500))
    s.incident("F", "fire", "18:41 生態住宅A區7F廚房油鍋起火，119 撲滅，19:30 結案", f1)
    s.incident("C", "traffic", "18:44 經貿路、A區前約130 m 機車與自小客碰撞，1人送醫", c1)
    s.alternative("經貿路車輛偵測器2 的減速（18:51-19:22）可能是消防車占用外側車道造成，而非事故；兩者同時同地，另一位同事會把它歸到火警",
                  [inc("F", "fire", "廚房火警", f1), inc("C", "traffic", "機車事故", c1)])
    s.description = ("Thursday 2016-04-14 evening. At 18:41 a wok fire on the 7th floor of 水湳生態住宅 A區 (panel SN-FA-011, 1999 callers including one from block B who smells it, 119 fire through to closed, police traffic help). "
                     "Three minutes later, about 130 m away on 經貿路 in front of the block, a scooter and a car collide (police injury_accident, 119 ambulance, 1999). Two jobs at once, 130 m apart. "
                     "Background: evening karaoke noise 1 km away, a full car park, an overflowing bin.")
    return s


def s1773():
    s = Sit(1773, "water_main_burst_jingmao", "經貿路自來水管破裂，路面冒水、住戶停水", "2016-05-19")
    W = off(P["ecoB"], 70, 60)  # 經貿路 near the low point SN-FL-008
    s.add("04:50", "status", "offline", "筏子溪西屯水位站 離線", None, sensor="SN-WL-004", reason="comms_lost")
    s.add("04:58", "status", "online", "筏子溪西屯水位站 連線", None, sensor="SN-WL-004")
    w1 = s.add("05:22", "rule", "flood_depth", "經貿路低窪處 淹水深度 6 cm", "W", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("05:27", "1999", "flooding", "經貿路生態住宅B區旁路面一直冒水，沒有下雨", "W", at=off(W, -10, 5), delay=180)
    s.add("05:31", "rule", "flood_depth", "經貿路低窪處 淹水深度 19 cm", "W", sensor="SN-FL-008", severity="Moderate", level="16-30")
    w2 = s.add("05:34", "incident", "flooding_report", "經貿路 疑似自來水管破裂 路面積水約20公分 外側車道封閉", "W", at=W, severity="Moderate", delay=120)
    wo = s.add("05:40", "1999", "water_outage", "生態住宅B區 家裡水龍頭沒水", "W", at=P["ecoB"], delay=240)
    s.add("05:41", "1999", "water_outage", "經貿路住家 突然停水 水壓很低", "W", at=off(P["ecoB"], -120, 180), delay=260)
    s.add("05:44", "incident", "road_closure", "經貿路南下外側車道封閉 等待自來水公司搶修", "W", at=off(W, 0, 30), severity="Moderate")
    s.add("05:48", "fire_alarm", "fault", "水湳生態住宅 B區 集合住宅 消防水箱 低水位", "W", sensor="SN-FA-012", alt=None)
    s.add("06:02", "rule", "congestion", "經貿路車輛偵測器2 平均車速 16 km/h", "W", sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("06:05", "1999", "water_outage", "經貿路附近停水 什麼時候來水", "W", at=off(P["ecoA"], 20, 30), delay=200)
    k = s.add("06:10", "1999", "road_damage", "經貿路積水處 路面隆起裂開", "W", at=off(W, 15, -10), delay=330)
    s.add("06:18", "planned_event", "road_works", "台灣自來水公司第四區處 經貿路 DN300 管線搶修 緊急挖掘", "W", at=W, radius_m=80, ends="14:00", delay=600)
    s.add("06:25", "status", "offline", "水湳區域排水經貿路水位 離線", None, sensor="SN-WL-003", reason="battery_low")
    s.add("06:40", "rule", "flood_depth", "經貿路低窪處 淹水深度 9 cm", "W", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("06:58", "rule", "cleared", "經貿路低窪處 淹水深度 0 cm 解除", "W", sensor="SN-FL-008", severity="Minor")
    s.add("07:05", "1999", "road_damage", "（案件更新）已轉自來水公司，搶修中", "W", at=off(W, 15, -10), follows=k)
    s.add("07:30", "rule", "congestion", "環中路車輛偵測器2 平均車速 20 km/h", None, sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.add("07:42", "1999", "illegal_parking", "中科路 公車站 有車違停", None, at=off(P["j_hz_zk"], 30, -250))
    s.add("08:15", "rule", "congestion", "經貿路車輛偵測器2 平均車速 14 km/h", "W", sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("09:05", "1999", "other", "中央公園 草皮灑水器壞掉一直噴水", None, at=off(P["parkcp"], -50, -900))
    s.add("11:40", "fire_alarm", "normal", "水湳生態住宅 B區 集合住宅 消防水箱 水位恢復", "W", sensor="SN-FA-012", alt=None)
    s.add("12:50", "incident", "road_reopened", "經貿路 管線搶修完成 外側車道恢復通行", "W", at=off(W, 0, 30), severity="Minor")
    s.add("13:10", "1999", "water_outage", "（案件更新）已恢復供水", "W", at=P["ecoB"], follows=wo)
    s.add("13:20", "status", "online", "水湳區域排水經貿路水位 連線", None, sensor="SN-WL-003")
    s.incident("W", "infrastructure", "05:20 經貿路 生態住宅B區旁 DN300 自來水管破裂：路面冒水淹 19 cm、周邊停水、外側車道封閉，搶修至 12:50", w2)
    s.alternative("生態住宅B區 的消防水箱低水位故障可能被當成大樓自己的維護問題（背景），而非停水造成",
                  [inc("W", "infrastructure", "自來水管破裂", w2)])
    s.description = ("Thursday 2016-05-19 before dawn, dry weather. A water main bursts under 經貿路 beside 生態住宅 B區: the low-point flood sensor SN-FL-008 rises to 19 cm with no rain, callers report water boiling up and then no water at home, police close a lane, "
                     "the block's fire panel reports its tank low, the water company files an emergency dig permit, repair ends 12:50. One job, labelled infrastructure (a flood sensor and a flooding report, but no rain: nobody would call it a flood). "
                     "Background: two stations' link and battery status flaps, rush-hour slow-down on 環中路, a bus-stop parker, a broken park sprinkler. Sufficient: the police report at 05:34 (the first sensor reading alone, without rain, a coordinator would watch).")
    return s


def s1774():
    s = Sit(1774, "exhibition_lost_child_theft", "會展中心展覽日：走失兒童、扒竊與路倒", "2016-10-22")
    pe = s.add("09:00", "planned_event", "exhibition", "臺中國際會展中心 秋季旅展 10/22-10/23 09:00-18:00 預估2萬人次", "E", at=P["conv"], radius_m=350, ends="18:00", delay=-86400 * 3, alt=None)
    s.add("09:40", "parking", "full", "臺中國際會展中心停車場 車位已滿", "E", sensor="SN-PK-006", alt=None)
    s.add("10:05", "parking", "full", "經貿六停車場 車位已滿", "E", sensor="SN-PK-002", alt=None)
    s.add("10:12", "rule", "congestion", "經貿路車輛偵測器1 平均車速 14 km/h", "E", sensor="SN-VD-JINGMAO-01", severity="Moderate", alt=None)
    s.add("10:30", "cctv", "crowding", "經貿路二段/經貿七路 人群聚集 人行道排隊", "E", sensor="SN-CCTV-006", confidence=0.74, alt=None)
    s.add("10:55", "1999", "illegal_parking", "會展中心旁 經貿路紅線整排違停", "E", at=off(P["conv"], 120, 60), alt=None)
    s.add("11:20", "1999", "other", "中央公園 狗沒有牽繩", None, at=off(P["parkcp"], 30, -600))
    m1 = s.add("13:52", "1999", "missing_person", "我兒子在會展中心A館不見了，5歲，穿黃色外套", "M", at=P["hallA"], delay=45)
    m2 = s.add("13:58", "incident", "missing_person", "會展中心A館 協尋男童 5歲 黃色外套 藍色褲子", "M", at=P["hallA"], severity="Moderate", delay=120)
    s.dup(m2, 60)
    s.add("14:05", "cctv", "crowding", "經貿路二段/黎明路三段 人群聚集", "E", sensor="SN-CCTV-005", confidence=0.66, alt=None)
    s.add("14:10", "1999", "missing_person", "（案件更新）家長表示已請廣播協尋", "M", at=P["hallA"], follows=m1)
    s.add("14:31", "incident", "other", "協尋男童 於轉運中心候車區尋獲 交還家長", "M", at=P["hub"], severity="Minor", follows=m2, delay=240)
    t1 = s.add("15:12", "incident", "theft", "會展中心B館 民眾報案 手機及皮夾遭扒竊", "T", at=P["hallB"], severity="Minor", delay=600)
    s.add("15:40", "incident", "theft", "會展中心B館 另一名民眾 背包內錢包遭竊 同攤位區", "T", at=off(P["hallB"], 20, -10), severity="Minor", delay=500)
    r1 = s.add("16:08", "119", "ambulance", "水湳轉運中心 候車區 老翁路倒 意識不清", "R", at=off(P["hub"], 15, -5), status="dispatched")
    s.add("16:09", "incident", "medical", "轉運中心 候車區 男性約75歲 倒地 已請求救護車", "R", at=P["hub"], severity="Moderate", delay=90)
    s.add("16:14", "119", "ambulance", "水湳轉運中心 救護車到場", "R", at=off(P["hub"], 15, -5), status="on_scene")
    s.add("16:27", "119", "ambulance", "水湳轉運中心 送醫", "R", at=off(P["hub"], 15, -5), status="returning")
    s.add("17:10", "1999", "streetlight", "環中路轉運中心前路燈不亮", None, at=off(P["hub"], -60, 80))
    s.add("17:45", "rule", "congestion", "環中路車輛偵測器3 平均車速 13 km/h", "E", sensor="SN-VD-HUANZHONG-03", severity="Moderate", alt=None)
    s.add("18:05", "cctv", "crowding", "台74線/環中路二段 人群聚集", None, sensor="SN-CCTV-001", confidence=0.41)
    s.add("18:20", "parking", "empty", "臺中國際會展中心停車場 車位全空", "E", sensor="SN-PK-006", alt=None)
    s.add("18:40", "rule", "cleared", "環中路車輛偵測器3 車速恢復", "E", sensor="SN-VD-HUANZHONG-03", severity="Minor", alt=None)
    s.incident("E", "crowd", "秋季旅展（2 萬人次）：周邊停車場滿、經貿路車多、人潮與紅線違停，由會展中心與警察局交通管制跟進", pe)
    s.incident("M", "rescue", "13:52 會展中心A館 5歲男童走失，14:31 於轉運中心尋獲", m1)
    s.incident("T", "public_safety", "15:12 起 會展中心B館 兩起扒竊（同一攤位區，同一案處理）", t1)
    s.incident("R", "rescue", "16:08 轉運中心候車區 老翁路倒送醫", r1)
    s.alternative("一個核准的展覽不需要派人：另一位協調員會把許可與它帶來的停車場滿、車多、人潮、違停都視為背景，只開走失、扒竊、路倒三案",
                  [inc("M", "rescue", "走失男童", m1), inc("T", "public_safety", "扒竊", t1), inc("R", "rescue", "路倒", r1)])
    s.description = ("Saturday 2016-10-22, an autumn travel fair at the convention centre (permit filed three days earlier). The fair's effects (car parks full, slow 經貿路, crowds at the crossings, kerb parking) are one crowd job the center follows. "
                     "Inside it, separate jobs: a 5-year-old lost in hall A at 13:52 and found at the transit hub at 14:31 (a different place, the same job); two pickpocketings in hall B 28 minutes apart (one job); an old man collapsed at the transit hub at 16:08 (rescue, 160 m from where the child was found). "
                     "Background: an unleashed dog, a lamp out, a low-confidence crowd at 台74 in the evening rush.")
    s.notes = "The permit arrives three days before its start (arrival < observed). CCTV-001's 18:05 crowd is commuters at the bus stop."
    return s


def s1775():
    s = Sit(1775, "gas_leak_road_works_night", "經貿七路夜間施工挖破瓦斯管，另有超商前鬥毆", "2016-08-03")
    G = off(P["j_jm_7"], 90, -60)
    pw = s.add("20:00", "planned_event", "road_works", "經貿七路 電信管道工程 夜間施工 20:00-05:00 封閉一車道", None, at=off(P["j_jm_7"], 80, -50), radius_m=120, ends="+1 05:00", delay=-3600 * 30, alt="G")
    s.add("20:40", "rule", "congestion", "經貿路車輛偵測器1 平均車速 22 km/h", None, sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("21:30", "1999", "noise", "經貿七路 施工機具太吵", None, at=off(G, -150, 120), alt="G")
    g1 = s.add("22:34", "1999", "gas_odor", "經貿七路這邊聞到很濃的瓦斯味", "G", at=off(G, 30, 40), delay=40)
    s.add("22:36", "1999", "gas_odor", "營運塔附近 空氣中有瓦斯味", "G", at=off(P["tower"], -30, -20), delay=80)
    s.add("22:37", "119", "hazmat", "經貿七路 施工挖破中壓瓦斯管 洩漏 派遣 化學車1 水箱車2", "G", at=G, status="dispatched", delay=15)
    s.add("22:39", "incident", "hazmat_report", "經貿七路施工現場 瓦斯管線遭挖破 瓦斯外洩 請求封鎖", "G", at=off(G, 5, 5), severity="Severe", delay=100)
    s.add("22:41", "1999", "gas_odor", "綠美圖後面瓦斯味好重 會不會爆炸", "G", at=off(P["museum"], 60, 40), delay=200)
    s.add("22:44", "119", "hazmat", "經貿七路 到場 欣林天然氣 搶修人員通知中", "G", at=G, status="on_scene")
    s.add("22:46", "incident", "road_closure", "經貿路二段 經貿七路口 雙向封閉 車輛改道", "G", at=P["j_jm_7"], severity="Severe")
    s.add("22:50", "incident", "evacuation", "營運塔旁 施工工寮及超商人員 疏散", "G", at=off(G, 60, 10), severity="Moderate", delay=150)
    s.add("22:52", "rule", "congestion", "經貿路車輛偵測器1 平均車速 6 km/h", "G", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("22:55", "cctv", "crowding", "經貿路二段/經貿七路 人群聚集", "G", sensor="SN-CCTV-006", confidence=0.58, alt=None)
    s.add("23:05", "1999", "gas_odor", "（案件更新）消防局已到場處理", "G", at=off(G, 30, 40), follows=g1)
    d1 = s.add("23:41", "incident", "public_disturbance", "黎明路三段 凱旋路口 超商前 多名男子酒後互毆", "D", at=off(P["j_lm_kx"], -60, 40), severity="Moderate", delay=70)
    s.add("23:43", "1999", "noise", "凱旋路黎明路口超商前有人在吵架打架", "D", at=off(P["j_lm_kx"], -40, 50), delay=160)
    s.add("23:45", "cctv", "crowding", "黎明路三段/凱旋路 人群聚集", "D", sensor="SN-CCTV-007", confidence=0.71)
    s.add("23:49", "119", "ambulance", "黎明路凱旋路口 鬥毆 一名男子頭部撕裂傷", "D", at=off(P["j_lm_kx"], -60, 40), status="dispatched")
    s.add("23:57", "119", "ambulance", "黎明路凱旋路口 救護車到場", "D", at=off(P["j_lm_kx"], -60, 40), status="on_scene")
    s.add("+1 00:06", "incident", "public_disturbance", "鬥毆案 3人帶回派出所", "D", at=off(P["j_lm_kx"], -60, 40), severity="Moderate", follows=d1)
    s.add("+1 00:10", "119", "ambulance", "送醫", "D", at=off(P["j_lm_kx"], -60, 40), status="returning")
    s.add("+1 00:20", "119", "hazmat", "經貿七路 瓦斯管關閥完成 偵測無殘留", "G", at=G, status="returning")
    s.add("+1 00:35", "incident", "road_reopened", "經貿路二段 經貿七路口 解除封閉 恢復通行", "G", at=P["j_jm_7"], severity="Minor")
    s.add("+1 00:40", "rule", "cleared", "經貿路車輛偵測器1 車速恢復", "G", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.add("+1 00:50", "119", "hazmat", "結案", "G", at=G, status="closed")
    s.add("+1 01:30", "1999", "streetlight", "凱旋路 路燈閃爍", None, at=off(P["j_lm_kx"], 80, -300))
    s.add("+1 02:10", "status", "offline", "黎明路車輛偵測器1 離線", None, sensor="SN-VD-LIMING-01")
    s.add("+1 02:14", "status", "online", "黎明路車輛偵測器1 連線", None, sensor="SN-VD-LIMING-01")
    s.incident("G", "hazmat", "22:34 經貿七路 電信管道夜間施工挖破中壓瓦斯管：瓦斯味、119 化學車、封路、疏散，00:50 結案", g1)
    s.incident("D", "public_safety", "23:41 黎明路凱旋路口 超商前酒後鬥毆，1人送醫，3人帶回", d1)
    s.alternative("施工許可與 21:30 的施工噪音陳情本身無需派遣（本解讀：背景），但它正是洩漏的起因：另一位協調員會把它們併入瓦斯事件；22:55 路口的人群是被疏散的人，也可能只當背景",
                  [inc("G", "hazmat", "瓦斯外洩", g1), inc("D", "public_safety", "鬥毆", d1)])
    s.description = ("Wednesday 2016-08-03 night. A telecom contractor's permitted night works on 經貿七路 hit a medium-pressure gas main at 22:34: callers as far as 綠美圖 smell gas, 119 sends a hazmat unit, police close 經貿路 at 經貿七路 and send people out of a work hut and a shop; valve shut 00:20. "
                     "At 23:41 a drunken fight at a convenience store on 黎明路/凱旋路 (police, a 1999 noise call that is the fight, CCTV crowd, ambulance) is a separate job 1 km away. "
                     "I labelled the works permit and the earlier noise complaint about the works background (routine), with the alternative putting them into the leak job.")
    return s


def s1776():
    s = Sit(1776, "concert_night_pop_music", "流行影音中心演唱會夜：散場人潮、違停、凱旋路鬥毆", "2016-11-26")
    C = P["popmusic"]
    pc = s.add("18:00", "planned_event", "concert", "臺中流行影音中心 戶外演唱會 18:00-22:00 預估8000人", "K", at=C, radius_m=400, ends="22:00", delay=-86400 * 5)
    s.add("17:20", "parking", "full", "中央公園地下停車場(北) 車位已滿", "K", sensor="SN-PK-004", alt=None)
    s.add("17:35", "rule", "congestion", "凱旋路車輛偵測器2 平均車速 15 km/h", "K", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("17:50", "rule", "congestion", "中科路車輛偵測器1 平均車速 12 km/h", "K", sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    p1 = s.add("18:30", "1999", "illegal_parking", "中科路兩側 紅線違停整排 車道剩一線", "K", at=off(C, 140, 60), alt="P")
    s.add("18:42", "1999", "illegal_parking", "中科路 家門口被擋住 出不去", "K", at=off(C, 160, 120), alt="P")
    s.add("18:55", "incident", "other", "中科路 違規停車 拖吊車2輛 到場執行", "K", at=off(C, 150, 80), severity="Minor", alt="P")
    s.add("19:10", "1999", "other", "逢甲水湳校區 圖書館冷氣不冷", None, at=P["fcu"])
    s.add("20:30", "1999", "noise", "演唱會音量太大 生態住宅這邊都聽得到", "K", at=P["ecoA"], delay=60)
    s.add("21:15", "1999", "noise", "流行影音中心 音樂太大聲 小孩睡不著", "K", at=off(C, -400, 300))
    s.add("21:58", "cctv", "crowding", "黎明路三段/凱旋路 人群聚集", "K", sensor="SN-CCTV-007", confidence=0.88)
    s.add("22:05", "incident", "crowd_control", "流行影音中心 散場 凱旋路 中科路 人潮管制", "K", at=off(C, -40, 60), severity="Moderate")
    s.add("22:08", "rule", "congestion", "凱旋路車輛偵測器2 平均車速 7 km/h", "K", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    f1 = s.add("22:21", "incident", "public_disturbance", "凱旋路 流行影音中心北側 散場觀眾推擠後互毆", "F", at=off(C, -110, 210), severity="Moderate", delay=80)
    s.add("22:22", "1999", "crowding", "凱旋路有一群人在打架", "F", at=off(C, -90, 230), delay=130)
    s.add("22:25", "119", "ambulance", "凱旋路 流行影音中心旁 一名女性跌倒 手腕疑似骨折（鬥毆波及）", "F", at=off(C, -110, 200), status="dispatched")
    s.add("22:33", "119", "ambulance", "凱旋路 到場", "F", at=off(C, -110, 200), status="on_scene")
    s.add("22:40", "cctv", "crowding", "台74線/環中路二段 人群聚集", "K", sensor="SN-CCTV-001", confidence=0.55, alt=None)
    s.add("22:45", "incident", "public_disturbance", "凱旋路鬥毆 雙方和解 不提告", "F", at=off(C, -110, 210), severity="Minor", follows=f1)
    s.add("22:48", "119", "ambulance", "送醫", "F", at=off(C, -110, 200), status="returning")
    s.add("22:50", "parking", "empty", "中央公園地下停車場(北) 車位全空", "K", sensor="SN-PK-004", alt=None)
    s.add("23:02", "rule", "cleared", "凱旋路車輛偵測器2 車速恢復", "K", sensor="SN-VD-KAIXUAN-02", severity="Minor")
    s.add("23:30", "1999", "環境清潔", "流行影音中心 周邊 散場垃圾很多", None, at=off(C, 50, -50))
    th = s.add("+1 07:40", "incident", "theft", "中央公園地下停車場 民眾報案 昨晚停放機車遭竊", "S", at=P["parkcp"], severity="Minor", delay=300)
    s.add("+1 08:10", "rule", "congestion", "環中路車輛偵測器2 平均車速 19 km/h", None, sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.incident("K", "crowd", "流行影音中心 戶外演唱會 8000 人：交通、違停拖吊、音量陳情、22:00 散場管制", pc)
    s.incident("F", "public_safety", "22:21 凱旋路 散場觀眾互毆，1 名女性跌傷送醫", f1)
    s.incident("S", "public_safety", "隔日 07:40 中央公園地下停車場 機車失竊報案（昨晚）", th)
    s.alternative("中科路的違停與拖吊可以看成一件獨立的違停取締案（派拖吊車），而不是演唱會事件的一部分",
                  [inc("K", "crowd", "演唱會", pc), inc("P", "traffic", "中科路違停拖吊", p1), inc("F", "public_safety", "鬥毆", f1), inc("S", "public_safety", "機車失竊", th)])
    s.description = ("Saturday 2016-11-26, an 8,000-seat outdoor concert at 臺中流行影音中心 (permit five days ahead). One crowd job: the approach traffic, the car park, kerb parking on 中科路 and the towing it needs, residents' noise calls 400-700 m away, the 22:00 dispersal. "
                     "At 22:21 part of the leaving audience fight on 凱旋路 (police, a 1999 call filed as crowding, ambulance): a separate public-safety job inside the event's area. "
                     "The next morning a scooter stolen overnight from the park car park is reported: a job of its own. Background: a campus air-conditioner, litter, morning rush.")
    return s


if __name__ == "__main__":
    for fn in (s1771, s1772, s1773, s1774, s1775, s1776):
        sit = fn()
        n = sit.write()
        print(sit.num, sit.name, n)
