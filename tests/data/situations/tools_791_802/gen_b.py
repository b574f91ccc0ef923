"""Situations 797-802 (event days and weekends, part B)."""
from lib import Sit, S, P, off

def s797():
    s = Sit(797, "expo_queue_ill_lift_exit_crash", "2026-04-18", 797,
            "週六會展中心動漫展：排隊人潮溢到經貿路（人潮任務）、排隊民眾昏倒、B館電梯受困、散場停車場出口擦撞。")
    ha, pk6 = P["hall_a"], S("SN-PK-006")
    exitp = off(pk6, 60, 40)
    s.add("permit", "planned_event", "exhibition", off(ha, 50, -30), "10:00", 0,
          "臺中國際會展中心A、B館 動漫展，預估單日20,000人次，建議搭乘接駁車。", "C1", ends="18:00",
          arrival="2026-04-10 16:00")
    s.add("fa5-fault", "fire_alarm", "fault", None, "09:20", 0.2, "臺灣智慧營運塔 受信總機時間異常", None, sensor="SN-FA-005")
    s.add("pk6-full", "parking", "full", None, "10:30", 1, "臺中國際會展中心停車場 汽車位已滿 0/800", "C1", sensor="SN-PK-006")
    s.add("pk1-full", "parking", "full", None, "11:00", 1, "水湳轉運中心停車場 汽車位已滿 0/614", "C1", sensor="SN-PK-001")
    s.add("park-1", "1999", "illegal_parking", off(P["j_jingmao_liming"], -180, -20), "11:10", 5,
          "黎明路三段兩邊都停滿了，還有人停在機車格跟紅線", "C1")
    s.add("pk2-full", "parking", "full", None, "11:15", 1, "經貿六停車場 汽車位已滿 0/220", "C1", sensor="SN-PK-002")
    s.add("cc5-crowd", "cctv", "crowding", None, "11:30", 1, "經貿路二段/黎明路三段 偵測人群聚集（停留）", "C1",
          sensor="SN-CCTV-005", confidence=0.82)
    s.add("ctl", "incident", "crowd_control", off(ha, 60, 80), "11:40", 6,
          "會展中心排隊人潮溢出至經貿路二段人行道及慢車道，派員疏導。", "C1", severity="Moderate")
    s.add("park-2", "1999", "illegal_parking", off(ha, 180, -90), "11:45", 8, "經貿路這邊紅線都停滿車，請派拖吊", "C1")
    s.add("crowd-1999", "1999", "crowding", off(ha, 120, 140), "11:50", 3, "會展中心排隊排到馬路上了，車子一直按喇叭", "C1")
    s.dup("crowd-1999", 4)
    s.add("ill-1999", "1999", "other", off(ha, -70, 40), "12:13", 1.5, "這邊有人倒下去了，在會展中心排隊的地方，快叫救護車", "R1")
    s.add("amb", "119", "ambulance", off(ha, -50, 60), "12:15", 1, "會展中心A館外排隊民眾昏倒，疑似中暑", "R1")
    s.add("kx1-off", "status", "offline", None, "13:02", 0.5, "設備離線", None, sensor="SN-VD-KAIXUAN-01")
    s.add("kx1-on", "status", "online", None, "13:05", 0.5, "設備恢復連線", None, sensor="SN-VD-KAIXUAN-01")
    s.add("lift", "119", "rescue", off(P["hall_b"], 10, -10), "14:30", 1, "會展中心B館電梯故障，受困2人", "R2")
    s.add("lift-out", "119", "rescue", off(P["hall_b"], 10, -10), "14:55", 1, "電梯受困民眾2人已救出，無人受傷", "R2",
          follows="lift")
    s.add("light", "1999", "streetlight", off(P["tower"], -40, 90), "15:30", 7, "營運塔前面人行道那支路燈歪一邊了", None)
    s.add("acc-1999", "1999", "traffic_accident", off(exitp, 50, 60), "16:21", 2, "會展停車場出口有車子撞在一起，後面都卡住", "T1")
    s.add("acc", "incident", "accident", exitp, "16:22", 15, "會展中心停車場出口 自小客車與自小客車擦撞，無人受傷，出口回堵。",
          "T1", severity="Minor")
    s.add("jm1-cong", "rule", "congestion", None, "16:30", 1, "經貿路車輛偵測器1 平均車速10 km/h，佔有率63%", "T1",
          severity="Moderate", sensor="SN-VD-JINGMAO-01", alt="C1")
    s.add("end", "incident", "crowd_control", off(ha, 60, 80), "17:40", 8, "展覽散場，人潮疏導完畢。", "C1", severity="Minor")
    s.inc("C1", "crowd", "動漫展排隊人潮溢到道路、三座停車場滿、周邊違停", "ctl")
    s.inc("R1", "rescue", "排隊民眾昏倒送醫", "ill-1999")
    s.inc("R2", "rescue", "B館電梯受困2人", "lift")
    s.inc("T1", "traffic", "會展停車場出口擦撞，出口回堵", "acc-1999")
    s.alternative("16:30經貿路壅塞也可能只是散場車潮，記在人潮任務下。",
                  [("C1", "crowd", "動漫展人潮與停車，含散場車潮", "ctl"), ("R1", "rescue", "排隊民眾昏倒", "ill-1999"),
                   ("R2", "rescue", "電梯受困", "lift"), ("T1", "traffic", "停車場出口擦撞", "acc-1999")])
    s.write()

def s798():
    s = Sit(798, "concert_two_pickpockets_and_fight", "2026-04-25", 798,
            "週六影音中心演唱會秩序良好（無人潮任務）；場內與散場時兩起扒竊、散場後公車站鬥毆。")
    pm = P["popmusic"]
    stop = off(pm, -220, 90)
    s.add("permit", "planned_event", "concert", pm, "19:30", 0, "臺中流行影音中心 室內演唱會，預估9,000人。", None,
          ends="22:00", arrival="2026-04-20 10:10")
    s.add("pk4-full", "parking", "full", None, "18:20", 1, "中央公園地下停車場(北) 汽車位已滿 0/450", None, sensor="SN-PK-004")
    s.add("kx2-cong", "rule", "congestion", None, "18:40", 1, "凱旋路車輛偵測器2 平均車速23 km/h，佔有率34%", None,
          severity="Minor", sensor="SN-VD-KAIXUAN-02")
    s.add("park", "1999", "illegal_parking", off(stop, 30, -20), "19:00", 6, "凱旋路公車站被一台白色的車擋住，公車都停不進去", None)
    s.add("sig7-f", "signal", "fault", None, "19:50", 0.3, "黎明路三段/凱旋路 號誌 閃爍異常", None, sensor="SN-SIG-007")
    s.add("sig7-r", "signal", "restored", None, "19:54", 0.3, "黎明路三段/凱旋路 號誌 恢復正常", None, sensor="SN-SIG-007")
    s.add("theft-1", "incident", "theft", off(pm, -40, 20), "20:50", 11, "演唱會場內民眾皮夾遭竊，受理報案。", "P1", severity="Minor")
    s.add("light", "1999", "streetlight", off(stop, 25, 15), "21:00", 5, "凱旋路公車站旁邊的路燈不亮，等車很暗", None)
    s.add("theft-2", "incident", "theft", off(pm, 180, -120), "21:25", 9, "散場排隊時背包遭割破，錢包遭竊。", "P1",
          severity="Minor", alt="P2")
    s.add("theft-1999", "1999", "other", off(pm, 200, -150), "21:30", 4, "剛剛在排廁所的時候錢包被偷了，包包被割一個洞", "P1",
          alt="P2")
    s.add("kx2-cong2", "rule", "congestion", None, "22:10", 1, "凱旋路車輛偵測器2 平均車速19 km/h，佔有率41%", None,
          severity="Minor", sensor="SN-VD-KAIXUAN-02")
    s.add("fight-1999", "1999", "other", off(stop, -60, 70), "22:15", 2, "公車站那邊有一群人在打架，有人流血了", "P3")
    s.add("amb", "119", "ambulance", off(stop, 5, 5), "22:20", 1, "凱旋路公車站 鬥毆受傷2人", "P3")
    s.add("fight", "incident", "public_disturbance", stop, "22:17", 13, "凱旋路公車站前散場民眾口角互毆，2人受傷。", "P3",
          severity="Moderate")
    s.dup("fight", 3)
    s.add("shout", "1999", "noise", off(pm, -300, -60), "22:40", 4, "散場的人在路邊大聲喧嘩，很吵", None)
    s.add("fight-end", "incident", "public_disturbance", stop, "22:50", 10, "滋事者已帶回派出所，現場淨空。", "P3",
          severity="Minor", follows="fight")
    s.inc("P1", "public_safety", "演唱會場內與散場時扒竊（同一手法，疑同一扒手）", "theft-1")
    s.inc("P3", "public_safety", "凱旋路公車站散場鬥毆，2人受傷", "fight-1999")
    s.alternative("兩起扒竊相隔35分鐘、相距約250公尺，也可當兩件各自受理的竊案。",
                  [("P1", "public_safety", "場內皮夾遭竊", "theft-1"), ("P2", "public_safety", "散場排隊背包割破遭竊", "theft-2"),
                   ("P3", "public_safety", "公車站鬥毆", "fight-1999")])
    s.notes = "演唱會許可、停車場滿與平常程度的車多不成任務。號誌閃爍4分鐘即恢復，為設備短暫異常。"
    s.write()

def s799():
    s = Sit(799, "road_works_plate_and_dark_signal", "2026-05-02", 799,
            "週六中平路拓寬施工（許可內的車多不成任務）：施工鋼板翹起成一件交通任務；河南路中平路口號誌黑燈另一件。")
    works = (120.6570, 24.1722)
    plate = (120.6585, 24.1728)
    sig = S("SN-SIG-010")
    s.add("permit", "planned_event", "road_works", works, "08:00", 0,
          "中平路拓寬工程（經貿路至皇城街段），封閉外側車道，週六施工。", None, ends="17:00", arrival="2026-04-27 09:00")
    s.add("noise", "1999", "noise", off(P["cmu"], -120, -60), "08:20", 4, "禮拜六早上八點就在施工，很吵", None)
    s.add("zp2-cong", "rule", "congestion", None, "09:10", 1, "中平路車輛偵測器2 平均車速22 km/h，佔有率37%", None,
          severity="Minor", sensor="SN-VD-ZHONGPING-02")
    s.add("cc10-stall", "cctv", "stalled_vehicle", None, "10:00", 1, "河南路/中平路 偵測車輛停滯", None, sensor="SN-CCTV-010",
          confidence=0.52)
    s.add("park", "1999", "illegal_parking", off(P["cmu"], 40, 90), "11:30", 6, "中國醫藥大學水湳校區門口一直有車違停", None)
    s.add("plate-1999", "1999", "road_damage", off(plate, -50, 70), "14:05", 3,
          "中平路施工的鐵板翹起來了，機車壓過去很大聲，很危險", "T1")
    s.add("plate", "incident", "fallen_object", plate, "14:10", 9,
          "中平路施工路段覆蓋鋼板翹起，機車騎士險摔，通知施工單位並擺設警示。", "T1", severity="Moderate")
    s.add("cc11-obj", "cctv", "fallen_object", None, "14:12", 1, "經貿路/中平路 偵測路面掉落物", "T1", sensor="SN-CCTV-011",
          confidence=0.66)
    s.add("plate-fix", "incident", "fallen_object", plate, "15:00", 8, "施工單位已重新固定鋼板，恢復通行。", "T1", severity="Minor",
          follows="plate")
    s.add("sig10-f", "signal", "fault", None, "15:05", 0.3, "河南路/中平路 號誌 黑燈", "T2", sensor="SN-SIG-010")
    s.add("cc10-dark", "cctv", "signal_dark", None, "15:06", 1, "河南路/中平路 偵測號誌黑燈", "T2", sensor="SN-CCTV-010",
          confidence=0.9)
    s.add("sig-1999", "1999", "other", off(sig, -90, 110), "15:09", 3, "河南路中平路口紅綠燈都不亮，車子亂鑽", "T2")
    s.dup("sig-1999", 6)
    s.add("sig-pol", "incident", "traffic_signal_fault", off(sig, 10, 10), "15:15", 14, "河南路中平路口號誌黑燈，派員指揮交通。", "T2",
          severity="Moderate", skew=-5)
    s.add("zp2-cong2", "rule", "congestion", None, "16:00", 1, "中平路車輛偵測器2 平均車速20 km/h，佔有率40%", None,
          severity="Minor", sensor="SN-VD-ZHONGPING-02")
    s.add("sig10-r", "signal", "restored", None, "16:40", 0.3, "河南路/中平路 號誌 恢復正常", "T2", sensor="SN-SIG-010")
    s.add("light", "1999", "streetlight", off(P["j_henan_zhongping"], 140, 80), "18:45", 5, "河南路靠近中平路有一支路燈一直閃", None)
    s.inc("T1", "traffic", "中平路施工鋼板翹起，危及機車", "plate-1999")
    s.inc("T2", "traffic", "河南路中平路口號誌黑燈", "sig10-f")
    s.notes = "施工許可內的車多、施工噪音與低信心停滯偵測皆為背景。警方系統時鐘慢5分鐘（observed 早於實際）。"
    s.write()

def s800():
    s = Sit(800, "museumbrary_lost_child_confused_elder", "2026-05-10", 800,
            "母親節週日綠美圖特展：女童走失協尋；公園北側問路的失智老翁稍後倒地送醫。特展本身無需派遣。")
    mu, pn = P["museumbrary"], P["park_north"]
    s.add("permit", "planned_event", "exhibition", mu, "09:00", 0, "臺中綠美圖 母親節特展，預估參觀6,000人次。", None,
          ends="18:00", arrival="2026-05-04 14:00")
    s.add("fa4-fault", "fire_alarm", "fault", None, "09:40", 0.2, "臺中綠美圖 3F 探測器汙損", None, sensor="SN-FA-004")
    s.add("wc", "1999", "other", off(pn, 60, -200), "11:00", 4, "中央公園北邊廁所沒有衛生紙了", None)
    s.add("pk4-full", "parking", "full", None, "11:20", 1, "中央公園地下停車場(北) 汽車位已滿 0/450", None, sensor="SN-PK-004")
    s.add("cc6-off", "status", "offline", None, "12:30", 0.5, "設備離線", None, sensor="SN-CCTV-006")
    s.add("cc6-on", "status", "online", None, "12:41", 0.5, "設備恢復連線", None, sensor="SN-CCTV-006")
    s.add("park", "1999", "illegal_parking", off(P["j_jingmao_7"], 60, -40), "13:10", 7, "經貿七路口轉角一直有車並排停車", None)
    s.add("lost-1999", "1999", "other", off(mu, 150, 120), "14:08", 3, "我女兒在綠美圖不見了，五歲，可以幫忙廣播嗎", "R1")
    s.add("lost", "incident", "other", off(mu, 30, -20), "14:05", 9, "民眾報案：5歲女童於綠美圖2樓走失，身穿粉紅色洋裝，協尋中。", "R1",
          severity="Moderate")
    s.add("found", "incident", "other", off(mu, -20, -40), "14:40", 6, "走失女童已於綠美圖1樓服務台尋獲，交還家屬。", "R1",
          severity="Minor", follows="lost")
    s.add("elder-1999", "1999", "other", off(pn, -40, -130), "15:05", 3, "公園這邊有一個阿伯一直問路，講不清楚要去哪裡", "R2",
          alt="R3")
    s.add("amb", "119", "ambulance", off(pn, 30, -250), "15:22", 1, "中央公園北側老翁倒地，意識不清，疑似失智走失", "R2")
    s.add("med", "incident", "medical", off(pn, 25, -245), "15:25", 15, "中央公園老翁路倒送醫，已聯繫家屬。", "R2", severity="Moderate")
    s.dup("med", 2)
    s.add("light", "1999", "streetlight", off(mu, 90, 160), "18:40", 5, "綠美圖旁邊人行道的路燈不亮", None)
    s.inc("R1", "rescue", "綠美圖5歲女童走失協尋", "lost-1999")
    s.inc("R2", "rescue", "疑似失智老翁在公園北側徘徊後倒地送醫", "amb")
    s.alternative("15:05的問路電話在倒地前17分鐘、約120公尺外，當下只能派員關懷，也可記為另一件協尋。",
                  [("R1", "rescue", "女童走失", "lost-1999"), ("R2", "rescue", "老翁倒地送醫", "amb"),
                   ("R3", "rescue", "公園問路徘徊的老翁，派員關懷", "elder-1999")])
    s.write()

def s801():
    s = Sit(801, "march_manual_signal_stalled_car", "2026-05-24", 801,
            "週日環中路遊行：封閉車道、沿線人群、分流壅塞與警方手動管制造成的號誌閃爍皆屬遊行任務；中清路拋錨車另一件。")
    s.add("permit", "planned_event", "march", P["hub"], "09:00", 0,
          "遊行：水湳轉運中心出發，沿環中路二段西行至台74線口解散，預估2,500人。", "C1", ends="11:00",
          arrival="2026-05-18 15:30")
    s.add("mic", "1999", "noise", off(P["hub"], 120, -90), "07:40", 5, "轉運中心那邊一大早有人在試麥克風，很吵", "C1")
    s.add("tree", "1999", "fallen_tree", off(P["park_mid"], 40, 100), "08:30", 9, "中央公園裡面有一棵小樹倒在草地上", None)
    s.add("close", "incident", "road_closure", off(P["j_jingmao_huanzhong"], -60, -20), "08:50", 6,
          "遊行通過，環中路二段經貿路至台74線段西向車道封閉。", "C1", severity="Moderate")
    s.add("cc4-crowd", "cctv", "crowding", None, "09:05", 1, "經貿路二段/環中路二段 偵測人群聚集（移動中）", "C1",
          sensor="SN-CCTV-004", confidence=0.8)
    s.add("vh2-cong", "rule", "congestion", None, "09:15", 1, "環中路車輛偵測器2 平均車速12 km/h，佔有率60%", "C1",
          severity="Moderate", sensor="SN-VD-HUANZHONG-02")
    s.add("cc3-crowd", "cctv", "crowding", None, "09:25", 1, "中科路/環中路二段 偵測人群聚集（移動中）", "C1",
          sensor="SN-CCTV-003", confidence=0.78)
    s.add("vh1-cong", "rule", "congestion", None, "09:40", 1, "環中路車輛偵測器1 平均車速17 km/h，佔有率48%", "C1",
          severity="Moderate", sensor="SN-VD-HUANZHONG-01")
    s.add("sig2-f", "signal", "fault", None, "09:42", 0.3, "凱旋路/環中路二段 號誌 閃爍異常", "C1", sensor="SN-SIG-002", alt="S1")
    s.add("manual", "incident", "crowd_control", off(P["j_kaixuan_huanzhong"], 15, -10), "09:44", 11,
          "遊行隊伍通過凱旋路口，號誌改手動管制。", "C1", severity="Minor")
    s.add("cc2-crowd", "cctv", "crowding", None, "09:45", 1, "凱旋路/環中路二段 偵測人群聚集（移動中）", "C1",
          sensor="SN-CCTV-002", confidence=0.84)
    s.dup("cc2-crowd", 2)
    s.add("cc9-off", "status", "offline", None, "10:02", 0.5, "設備離線", None, sensor="SN-CCTV-009")
    s.add("cc9-on", "status", "online", None, "10:09", 0.5, "設備恢復連線", None, sensor="SN-CCTV-009")
    s.add("sig2-r", "signal", "restored", None, "10:20", 0.3, "凱旋路/環中路二段 號誌 恢復正常", "C1", sensor="SN-SIG-002", alt="S1")
    s.add("cc8-stall", "cctv", "stalled_vehicle", None, "10:28", 1, "中清路/環中路 偵測車輛停滯", "T1", sensor="SN-CCTV-008",
          confidence=0.81)
    s.add("stall", "incident", "stalled_vehicle", off(S("SN-VD-ZHONGQING-01"), -30, 40), "10:30", 9,
          "中清路南向外側車道自小客車拋錨，已通知拖吊。", "T1", severity="Minor")
    s.add("stall-end", "incident", "stalled_vehicle", off(S("SN-VD-ZHONGQING-01"), -30, 40), "11:05", 7,
          "拋錨車輛已拖離。", "T1", severity="Minor", follows="stall")
    s.add("end", "incident", "crowd_control", off(P["j_74_huanzhong"], 20, 20), "11:10", 6,
          "遊行於台74線口解散，封閉路段恢復通行。", "C1", severity="Minor")
    s.add("light", "1999", "streetlight", off(P["j_jingmao_7"], -70, 50), "19:20", 6, "經貿七路那邊有一支路燈不亮", None)
    s.inc("C1", "crowd", "環中路遊行護送：封路、沿線人群、分流壅塞、凱旋路口手動管制", "close")
    s.inc("T1", "traffic", "中清路南向拋錨車", "stall")
    s.alternative("號誌主機只回報閃爍異常；若值班員未對照警方手動管制的紀錄，會另開號誌故障派修。",
                  [("C1", "crowd", "環中路遊行護送", "close"), ("S1", "traffic", "凱旋路口號誌閃爍異常派修", "sig2-f"),
                   ("T1", "traffic", "中清路拋錨車", "stall")])
    s.notes = "公園草地內倒下的小樹不在道路上，為公園例行維護。"
    s.write()

def s802():
    s = Sit(802, "expo_booth_fire_evacuation", "2026-05-30", 802,
            "週六會展中心A館美食展攤位油鍋起火，館內疏散到廣場與經貿路人行道；展覽本身與停車為背景。")
    ha = P["hall_a"]
    booth = off(ha, 15, -20)
    plaza = off(ha, 40, 110)
    s.add("permit", "planned_event", "exhibition", off(ha, 50, -30), "10:00", 0,
          "臺中國際會展中心A館 美食展，預估單日15,000人次。", None, ends="18:00", arrival="2026-05-22 10:00")
    s.add("pk6-full", "parking", "full", None, "11:00", 1, "臺中國際會展中心停車場 汽車位已滿 0/800", None, sensor="SN-PK-006")
    s.add("park", "1999", "illegal_parking", off(ha, 200, 60), "11:30", 6, "經貿路二段會展中心前面一堆車違停", None)
    s.add("vj2-off", "status", "offline", None, "12:05", 0.5, "設備離線", None, sensor="SN-VD-JINGMAO-02")
    s.add("vj2-alert", "rule", "sensor_offline", None, "12:08", 0.3, "經貿路車輛偵測器2 未回傳", None, severity="Minor",
          sensor="SN-VD-JINGMAO-02")
    s.add("vj2-on", "status", "online", None, "12:20", 0.5, "設備恢復連線", None, sensor="SN-VD-JINGMAO-02")
    s.add("fa2", "fire_alarm", "alarm", None, "13:21", 0.2, "會展中心A棟 1F 展場 偵煙探測器動作", "F1", sensor="SN-FA-002")
    s.add("119", "119", "fire", booth, "13:23", 1, "會展中心A館美食展攤位油鍋起火，派遣消防車", "F1")
    s.add("fire-1999", "1999", "fire_smoke", off(ha, 140, 150), "13:24", 2, "會展中心裡面有煙，大家都在往外跑", "F1")
    s.dup("fire-1999", 3)
    s.add("pol", "incident", "fire_report", booth, "13:25", 13,
          "A館攤位烹飪示範油鍋起火，已以滅火器撲滅，館內民眾疏散至廣場。", "F1", severity="Moderate", skew=-6)
    s.add("cc5-crowd", "cctv", "crowding", None, "13:28", 1, "經貿路二段/黎明路三段 偵測人群聚集（停留）", "F1",
          sensor="SN-CCTV-005", confidence=0.86)
    s.add("cc5-smoke", "cctv", "smoke", None, "13:30", 1, "經貿路二段/黎明路三段 偵測煙霧", "F1", sensor="SN-CCTV-005",
          confidence=0.47)
    s.add("evac", "incident", "crowd_control", plaza, "13:35", 7, "A館疏散民眾約3,000人於廣場及經貿路人行道，管制人潮。", "F1",
          severity="Moderate")
    s.add("jm1-cong", "rule", "congestion", None, "13:40", 1, "經貿路車輛偵測器1 平均車速11 km/h，佔有率59%", "F1",
          severity="Moderate", sensor="SN-VD-JINGMAO-01", alt=None)
    s.add("fa2-n", "fire_alarm", "normal", None, "13:58", 0.2, "會展中心A棟 火警復歸", "F1", sensor="SN-FA-002")
    s.add("119-out", "119", "fire", booth, "14:05", 1, "火勢已撲滅，無人受傷，館內排煙中", "F1", follows="119")
    s.add("back", "1999", "other", off(plaza, -60, 50), "14:20", 4, "剛剛會展中心是不是火災？現在可以進去了嗎", "F1")
    s.add("fa3-fault", "fire_alarm", "fault", None, "15:30", 0.2, "會展中心B棟 2F 探測器汙損", None, sensor="SN-FA-003")
    s.add("light", "1999", "streetlight", off(P["tower"], 50, 50), "19:05", 6, "營運塔旁邊那支路燈一閃一閃的", None)
    s.inc("F1", "fire", "A館美食展攤位油鍋起火，館內疏散約3,000人", "fa2")
    s.alternative("13:40經貿路壅塞可能只是展覽日平常車多，不計入火警任務。",
                  [("F1", "fire", "A館攤位油鍋起火與疏散", "fa2")])
    s.notes = "B館探測器汙損與A館火警無關（不同棟、90分鐘後）。"
    s.write()

if __name__ == "__main__":
    for f in (s797, s798, s799, s800, s801, s802):
        f()
