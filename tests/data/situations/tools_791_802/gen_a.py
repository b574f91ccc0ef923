"""Situations 791-796 (event days and weekends, part A)."""
from lib import Sit, S, P, off

def s791():
    s = Sit(791, "concert_popmusic_ill_and_pickpocket", "2026-03-14", 791,
            "週六晚間臺中流行影音中心演唱會：入場人潮溢出、停車場滿、凱旋路違停與壅塞（一件人潮任務），場內民眾暈倒送醫與散場扒竊各為獨立案件。")
    pm = P["popmusic"]
    s.add("permit", "planned_event", "concert", pm, "19:00", 0,
          "臺中流行影音中心戶外廣場演唱會，預估入場12,000人，17時起凱旋路、中科路周邊交通疏導。", "C1",
          ends="22:00", arrival="2026-03-10 15:20")
    s.add("vdh1-off", "status", "offline", None, "15:02", 0.5, "設備離線", None, sensor="SN-VD-HENAN-01")
    s.add("vdh1-alert", "rule", "sensor_offline", None, "15:05", 0.3, "河南路車輛偵測器1 超過預期回報間隔未回傳", None,
          severity="Minor", sensor="SN-VD-HENAN-01")
    s.add("vdh1-on", "status", "online", None, "15:09", 0.5, "設備恢復連線", None, sensor="SN-VD-HENAN-01")
    s.add("fa9-fault", "fire_alarm", "fault", None, "16:05", 0.2, "逢甲大學水湳校區 2F 探測器迴路斷線", None, sensor="SN-FA-009")
    s.add("fa9-normal", "fire_alarm", "normal", None, "16:50", 0.2, "逢甲大學水湳校區 迴路故障復歸", None, sensor="SN-FA-009")
    s.add("zq2-cong", "rule", "congestion", None, "17:30", 1, "中清路車輛偵測器2 平均車速18 km/h，佔有率42%", None,
          severity="Minor", sensor="SN-VD-ZHONGQING-02")
    s.add("pk4-full", "parking", "full", None, "17:42", 1, "中央公園地下停車場(北) 汽車位已滿 0/450", "C1",
          sensor="SN-PK-004", skew=-9)
    s.add("kx2-cong", "rule", "congestion", None, "18:05", 1, "凱旋路車輛偵測器2 平均車速14 km/h，佔有率55%", "C1",
          severity="Moderate", sensor="SN-VD-KAIXUAN-02")
    s.add("zk1-cong", "rule", "congestion", None, "18:20", 1, "中科路車輛偵測器1 平均車速16 km/h，佔有率49%", "C1",
          severity="Moderate", sensor="SN-VD-ZHONGKE-01")
    s.add("park-1", "1999", "illegal_parking", off(pm, -70, 160), "18:25", 4,
          "凱旋路上整排車子停在紅線上，還有並排停車，公車都過不去", "C1")
    s.add("light", "1999", "streetlight", off(P["j_liming_kaixuan"], 90, 30), "18:35", 6,
          "黎明路三段靠近凱旋路口那一支路燈不亮，燈桿編號XT-05512", None)
    s.add("crowd-ctl", "incident", "crowd_control", off(pm, 30, -20), "18:40", 6,
          "流行影音中心入場人潮排至凱旋路人行道，部分溢至車道，增派警力疏導。", "C1", severity="Moderate")
    s.dup("crowd-ctl", 3)
    s.add("park-2", "1999", "illegal_parking", off(pm, 190, 110), "18:50", 5,
          "中科路這邊路邊都停滿了，連公車站都有車停", "C1")
    s.add("crowd-1999", "1999", "crowding", off(pm, -120, 60), "18:55", 3,
          "影音中心外面人擠到馬路上了，車子開不過去，很危險", "C1")
    s.add("amb", "119", "ambulance", off(pm, 35, 25), "20:42", 1,
          "流行影音中心演唱會場內女性民眾暈倒，意識清醒，派救護車", "R1")
    s.dup("amb", 2)
    s.add("med", "incident", "medical", off(pm, 30, 30), "20:45", 13,
          "影音中心搖滾區一名女子身體不適倒地，已由119送醫。", "R1", severity="Moderate")
    s.add("theft", "incident", "theft", off(pm, -60, -40), "21:35", 12,
          "散場時民眾報案手機遭竊，疑遭扒竊，受理中。", "P1", severity="Minor")
    s.add("theft-1999", "1999", "other", off(pm, -240, -90), "21:50", 4,
          "我在演唱會手機被偷了，要去哪裡報案？", "P1")
    s.add("kx2-cong2", "rule", "congestion", None, "22:12", 1, "凱旋路車輛偵測器2 平均車速11 km/h，佔有率61%", "C1",
          severity="Moderate", sensor="SN-VD-KAIXUAN-02")
    s.add("noise", "1999", "noise", off(pm, -290, 40), "22:20", 5,
          "都十點多了外面還在放音樂，很吵，睡不著", "C1")
    s.add("water", "1999", "other", off(P["park_mid"], 30, 0), "14:10", 3, "中央公園的飲水機壞了都沒有水", None)
    s.inc("C1", "crowd", "演唱會入場與散場人潮：人行道溢出、停車場滿、凱旋路／中科路違停與壅塞、散場後音樂擾鄰", "crowd-ctl")
    s.inc("R1", "rescue", "場內女性民眾暈倒，119送醫", "amb")
    s.inc("P1", "public_safety", "散場時手機遭扒竊報案", "theft")
    s.notes = "停車場時鐘慢9分鐘（observed 早於實際）。噪音申訴在散場後，來源即演唱會，歸入人潮任務。"
    s.write()

def s792():
    s = Sit(792, "quiet_exhibition_day", "2026-03-15", 792,
            "週日會展中心工具機展：停車場滿、零星違停與車多，無需派遣的平靜展覽日。")
    ha = P["hall_a"]
    s.add("permit", "planned_event", "exhibition", off(ha, 50, -30), "09:30", 0,
          "臺中國際會展中心A、B館 國際工具機展，預估每日參觀9,000人次，周邊停車場滿場時請改搭接駁車。", None,
          ends="17:30", arrival="2026-03-09 10:00", alt="A1")
    s.add("noise", "1999", "noise", off(P["eco_a"], 60, -80), "08:10", 3, "隔壁一大早就在裝潢敲敲打打，禮拜天欸", None)
    s.add("fa3-fault", "fire_alarm", "fault", None, "10:12", 0.2, "會展中心B棟 預備電源電壓不足", None, sensor="SN-FA-003")
    s.add("fa3-normal", "fire_alarm", "normal", None, "10:40", 0.2, "會展中心B棟 故障復歸", None, sensor="SN-FA-003")
    s.add("jm1-cong", "rule", "congestion", None, "10:50", 1, "經貿路車輛偵測器1 平均車速24 km/h，佔有率33%", None,
          severity="Minor", sensor="SN-VD-JINGMAO-01", alt="A1")
    s.add("pk6-full", "parking", "full", None, "11:05", 1, "臺中國際會展中心停車場 汽車位已滿 0/800", None,
          sensor="SN-PK-006", alt="A1")
    s.dup("pk6-full", 2)
    s.add("park-1", "1999", "illegal_parking", off(P["j_jingmao_liming"], -150, 25), "11:30", 6,
          "黎明路三段人行道上停了好多機車跟汽車，推嬰兒車都過不去", None, alt="A1")
    s.add("pk2-full", "parking", "full", None, "11:40", 1, "經貿六停車場 汽車位已滿 0/220", None, sensor="SN-PK-002", alt="A1")
    s.add("park-2", "1999", "illegal_parking", off(ha, 120, 60), "12:10", 9, "會展中心對面紅線停滿車，請來拖吊", None, alt="A1")
    s.add("light", "1999", "streetlight", off(P["tower"], 80, -60), "13:20", 5, "營運塔旁邊那支路燈白天一直亮著，很浪費電", None)
    s.add("cc6-off", "status", "offline", None, "14:02", 0.5, "設備離線", None, sensor="SN-CCTV-006")
    s.add("cc6-alert", "rule", "sensor_offline", None, "14:12", 0.3, "經貿路二段/經貿七路 路口監視器 未回傳影像", None,
          severity="Minor", sensor="SN-CCTV-006")
    s.add("cc6-on", "status", "online", None, "14:30", 0.5, "設備恢復連線", None, sensor="SN-CCTV-006")
    s.add("shuttle", "1999", "other", off(P["shuttle_hub"], 40, -30), "15:10", 4,
          "會展中心展覽的接駁車班次太少，等了快半小時還沒來", None)
    s.add("lm1-cong", "rule", "congestion", None, "17:40", 1, "黎明路車輛偵測器1 平均車速22 km/h，佔有率36%", None,
          severity="Minor", sensor="SN-VD-LIMING-01", alt="A1")
    s.alternative("停車場滿加上兩通違停電話，有的值班員會開一件展覽周邊停車與交通疏導任務；多數只轉交通局例行處理。",
                  [("A1", "crowd", "展覽停車外溢：停車場滿、周邊違停與車多", "park-2")])
    s.notes = "真實解讀：展覽照許可進行，停車場滿與違停為例行案件，無需派遣任何任務。"
    s.write()

def s793():
    s = Sit(793, "march_rerouted_past_crash", "2026-03-21", 793,
            "週六遊行經貿路路線遇經貿路黎明路口車禍，警方改道中科路；車禍與遊行為兩件任務。")
    pn = P["park_north"]
    jl = P["j_jingmao_liming"]
    crash = off(jl, 10, -35)
    s.add("permit", "planned_event", "march", pn, "09:30", 0,
          "遊行：中央公園北側集合→經貿路二段→黎明路三段→水湳轉運中心解散，預估3,000人，沿線分段交管。", "C1",
          ends="11:30", arrival="2026-03-16 14:00")
    s.add("light", "1999", "streetlight", off(P["eco_b"], -40, 70), "07:50", 8, "敦化路這邊路燈白天還亮著", None)
    s.add("vh4-off", "status", "offline", None, "08:12", 0.5, "設備離線", None, sensor="SN-VD-HUANZHONG-04")
    s.add("vh4-on", "status", "online", None, "08:16", 0.5, "設備恢復連線", None, sensor="SN-VD-HUANZHONG-04")
    s.add("park-0", "1999", "illegal_parking", off(P["eco_b"], 60, -120), "08:40", 5, "經貿路三段有貨車停在路口轉角很久了", None)
    s.add("gather", "incident", "crowd_control", off(pn, 20, 30), "09:05", 5,
          "遊行隊伍於中央公園北側集結，約2,000人，經貿路二段分段管制。", "C1", severity="Minor")
    s.add("cc5-stall", "cctv", "stalled_vehicle", None, "09:49", 1, "經貿路二段/黎明路三段 偵測車輛停滯", "T1",
          sensor="SN-CCTV-005", confidence=0.83)
    s.dup("cc5-stall", 1)
    s.add("acc-1999", "1999", "traffic_accident", off(crash, -60, 50), "09:51", 2,
          "經貿路黎明路口有車禍，機車倒在地上，有人受傷", "T1")
    s.add("amb", "119", "ambulance", off(crash, 5, 5), "09:53", 1, "經貿路二段黎明路口車禍，機車騎士一人受傷", "T1")
    s.add("acc-1999b", "1999", "traffic_accident", off(crash, 150, -140), "09:56", 3,
          "黎明路那邊撞車了，車子卡在路中間", "T1")
    s.add("jm1-cong", "rule", "congestion", None, "10:00", 1, "經貿路車輛偵測器1 平均車速9 km/h，佔有率68%", "T1",
          severity="Moderate", sensor="SN-VD-JINGMAO-01")
    s.add("acc", "incident", "injury_accident", crash, "09:50", 12,
          "經貿路二段與黎明路三段口 自小客車與機車碰撞，機車騎士受傷送醫，車輛占用內側車道。", "T1", severity="Moderate")
    s.add("reroute", "incident", "road_closure", (120.6530, 24.1905), "10:05", 4,
          "因經貿路二段黎明路口事故處理，遊行改道中科路北行至環中路，中科路北向車道暫時封閉。", "C1", severity="Moderate",
          alt="T1")
    s.add("lm1-cong", "rule", "congestion", None, "10:30", 1, "黎明路車輛偵測器1 平均車速12 km/h，佔有率58%", "C1",
          severity="Moderate", sensor="SN-VD-LIMING-01", alt="T1")
    s.add("cc3-crowd", "cctv", "crowding", None, "10:40", 1, "中科路/環中路二段 偵測人群聚集（移動中）", "C1",
          sensor="SN-CCTV-003", confidence=0.77)
    s.add("acc-clear", "incident", "injury_accident", crash, "10:50", 15,
          "事故車輛已移除，經貿路二段恢復通行。", "T1", severity="Minor", follows="acc")
    s.add("end", "incident", "crowd_control", off(P["hub"], 30, -20), "11:35", 6,
          "遊行隊伍抵達水湳轉運中心解散，交管解除。", "C1", severity="Minor")
    s.add("litter", "1999", "other", off(P["hub"], -80, 60), "12:30", 5, "轉運中心前面遊行結束後地上很多垃圾，請派人清", None)
    s.inc("C1", "crowd", "遊行隊伍護送與交管，因事故改道中科路", "gather")
    s.inc("T1", "traffic", "經貿路二段黎明路口汽機車碰撞，一人受傷", "acc-1999")
    s.alternative("改道封路與黎明路壅塞是事故處理造成的，也可記在車禍任務下。",
                  [("C1", "crowd", "遊行隊伍護送與交管", "gather"),
                   ("T1", "traffic", "經貿路二段黎明路口車禍，含遊行改道封路與黎明路回堵", "acc-1999")])
    s.notes = "遊行後清潔需求為環保局例行案件，不屬任務。"
    s.write()

def s794():
    s = Sit(794, "market_food_stall_fire_lost_child", "2026-03-28", 794,
            "週六中央公園文創市集：炸物攤油鍋起火（含瓦斯桶外洩、綠美圖偵煙動作），火災後男童走失；市集本身無需派遣。")
    stall = off(P["museumbrary"], -60, -250)
    s.add("permit", "planned_event", "event", off(stall, 20, 40), "15:00", 0,
          "中央公園春季文創市集，攤位120攤，預估人潮6,000人。", None, ends="22:00", arrival="2026-03-20 11:00")
    s.add("rg1-off", "status", "offline", None, "13:40", 0.5, "設備離線", None, sensor="SN-RG-001")
    s.add("rg1-alert", "rule", "sensor_offline", None, "13:52", 0.3, "中央公園雨量站 未回傳", None, severity="Minor", sensor="SN-RG-001")
    s.add("rg1-on", "status", "online", None, "14:05", 0.5, "設備恢復連線", None, sensor="SN-RG-001")
    s.add("pk4-full", "parking", "full", None, "17:20", 1, "中央公園地下停車場(北) 汽車位已滿 0/450", None, sensor="SN-PK-004")
    s.add("park", "1999", "illegal_parking", off(P["eco_a"], -20, 130), "17:45", 7, "經貿路三段一整排都違停，還停到公車站", None)
    s.add("jm2-cong", "rule", "congestion", None, "18:10", 1, "經貿路車輛偵測器2 平均車速21 km/h，佔有率38%", None,
          severity="Minor", sensor="SN-VD-JINGMAO-02")
    s.add("light", "1999", "streetlight", off(P["park_mid"], -30, 60), "18:50", 6, "中央公園步道有一段路燈不亮，很暗", None)
    s.add("fire-1", "1999", "fire_smoke", off(stall, 70, 55), "19:12", 2, "中央公園市集那邊有攤位起火，煙很大", "F1")
    s.add("fire-2", "1999", "fire_smoke", off(stall, 40, 230), "19:13", 2, "綠美圖旁邊好像燒起來了，好多煙", "F1")
    s.add("119-fire", "119", "fire", off(stall, 5, -5), "19:14", 1, "中央公園市集攤位火警，炸物攤油鍋起火，派遣水湳分隊", "F1")
    s.dup("119-fire", 1)
    s.add("fa4-alarm", "fire_alarm", "alarm", None, "19:16", 0.2, "臺中綠美圖 1F 東側 偵煙探測器動作", "F1",
          sensor="SN-FA-004", alt="F2")
    s.add("police-fire", "incident", "fire_report", off(stall, 10, 10), "19:18", 13,
          "中央公園市集炸物攤油鍋起火，波及帆布棚，疏散周邊民眾，目前無人受傷。", "F1", severity="Moderate")
    s.dup("police-fire", 6)
    s.add("119-hazmat", "119", "hazmat", off(stall, -10, 15), "19:20", 1, "市集攤位桶裝瓦斯外洩，疏散周邊攤商", "F1")
    s.add("crowd", "incident", "crowd_control", off(stall, -40, -30), "19:25", 8,
          "火警現場圍觀民眾眾多，拉封鎖線管制。", "F1", severity="Minor")
    s.add("fa4-normal", "fire_alarm", "normal", None, "19:38", 0.2, "臺中綠美圖 火警復歸", "F1", sensor="SN-FA-004", alt="F2")
    s.add("worry", "1999", "other", off(stall, -200, -150), "19:40", 3,
          "剛剛市集那邊火燒，有沒有人受傷？我朋友在那邊一直聯絡不到", "F1")
    s.add("119-out", "119", "fire", off(stall, 5, -5), "19:50", 1, "火勢撲滅，殘火處理中", "F1", follows="119-fire")
    s.add("lost", "incident", "other", off(stall, 120, -180), "20:05", 9,
          "民眾報案：6歲男童於市集走失，身穿藍色外套，協尋中。", "R1", severity="Moderate")
    s.add("lost-1999", "1999", "other", off(stall, -150, -260), "20:09", 3,
          "我小孩在中央公園市集不見了，剛剛火災大家在跑的時候走散的", "R1")
    s.add("found", "incident", "other", off(stall, 260, -320), "20:41", 7, "走失男童已於公園南側尋獲，交還家屬。", "R1",
          severity="Minor", follows="lost")
    s.add("noise", "1999", "noise", off(P["eco_a"], 40, 60), "21:40", 4, "市集的音樂太大聲了，在家裡都聽得到", None)
    s.inc("F1", "fire", "市集炸物攤油鍋起火，瓦斯桶外洩，圍觀管制，煙飄入綠美圖觸發偵煙", "fire-1")
    s.inc("R1", "rescue", "火災疏散時走散的6歲男童協尋", "lost")
    s.alternative("綠美圖偵煙動作在250公尺外的建築內，有的值班員會另派一組人員進館確認，視為另一件火警。",
                  [("F1", "fire", "市集炸物攤油鍋起火", "fire-1"),
                   ("F2", "fire", "綠美圖偵煙探測器動作，進館確認", "fa4-alarm"),
                   ("R1", "rescue", "走失男童協尋", "lost")])
    s.notes = "市集許可、停車場滿、違停與音樂噪音皆為例行，不成任務。走失通報提到火災但屬協尋任務。"
    s.write()

def s795():
    s = Sit(795, "park_concert_overrun_exit_crash", "2026-04-04", 795,
            "週六中央公園南側草坪演唱會延長到22:30，住戶噪音申訴；散場時南停車場出口擦撞。")
    stage = (120.6562, 24.1800)
    pk5 = S("SN-PK-005")
    exitp = off(pk5, 260, -40)
    s.add("permit", "planned_event", "concert", stage, "18:00", 0,
          "中央公園南側草坪戶外演唱會，預估15,000人，經貿路、中平路周邊交通管制。", "C1", ends="21:30",
          arrival="2026-03-25 09:30")
    s.add("dog", "1999", "other", off(P["park_mid"], -50, 20), "10:30", 6, "公園草皮上很多狗大便都沒人清", None)
    s.add("sig9-f", "signal", "fault", None, "13:05", 0.3, "臺灣大道/環中路 號誌 通訊異常", None, sensor="SN-SIG-009")
    s.add("sig9-r", "signal", "restored", None, "13:11", 0.3, "臺灣大道/環中路 號誌 恢復正常", None, sensor="SN-SIG-009")
    s.add("pk5-full", "parking", "full", None, "16:40", 1, "中央公園地下停車場(南) 汽車位已滿 0/400", "C1", sensor="SN-PK-005")
    s.add("pk4-full", "parking", "full", None, "17:05", 1, "中央公園地下停車場(北) 汽車位已滿 0/450", "C1", sensor="SN-PK-004",
          skew=-12)
    s.add("ctl-in", "incident", "crowd_control", off(stage, 40, -30), "17:20", 7,
          "中央公園南側草坪演唱會入場，管制經貿路人行道及中平路公車站人潮。", "C1", severity="Moderate")
    s.add("jm2-cong", "rule", "congestion", None, "17:30", 1, "經貿路車輛偵測器2 平均車速15 km/h，佔有率52%", "C1",
          severity="Moderate", sensor="SN-VD-JINGMAO-02")
    s.add("cc11-crowd", "cctv", "crowding", None, "17:45", 1, "經貿路/中平路 偵測人群聚集（移動中）", "C1",
          sensor="SN-CCTV-011", confidence=0.71)
    s.add("park", "1999", "illegal_parking", off(P["eco_b"], 30, -40), "17:50", 5,
          "演唱會的人把車停在我們社區門口，車道都被擋住出不去", "C1")
    s.add("ww", "cctv", "wrong_way", None, "20:12", 1, "臺灣大道/環中路 偵測逆向車輛", None, sensor="SN-CCTV-009", confidence=0.41)
    s.add("noise-1", "1999", "noise", off(P["eco_b"], 50, 90), "21:50", 4, "已經超過九點半了還在唱，小孩要睡覺", "C1")
    s.add("noise-2", "1999", "noise", off(P["eco_a"], 30, -40), "22:10", 3, "公園的演唱會到底要唱到幾點？", "C1")
    s.add("noise-3", "1999", "noise", off(P["eco_b"], 55, 85), "22:25", 3, "剛剛打過了，還在吵，都沒人處理", "C1",
          follows="noise-1")
    s.add("ctl-out", "incident", "crowd_control", off(stage, 60, 20), "22:35", 6,
          "演唱會延長至22時30分結束，散場人潮疏導中。", "C1", severity="Moderate")
    s.add("acc-1999", "1999", "traffic_accident", off(exitp, -40, 45), "22:53", 2, "停車場出口兩台車撞到，大家都出不去", "T1")
    s.add("jm2-cong2", "rule", "congestion", None, "23:00", 1, "經貿路車輛偵測器2 平均車速8 km/h，佔有率71%", "C1",
          severity="Moderate", sensor="SN-VD-JINGMAO-02", alt="T1")
    s.add("acc", "incident", "accident", exitp, "22:55", 13,
          "中央公園地下停車場(南)出口 自小客車擦撞機車，無人受傷，出口車道回堵。", "T1", severity="Minor")
    s.dup("acc", 4)
    s.add("acc-clear", "incident", "accident", exitp, "23:25", 6, "事故處理完畢，出口恢復通行。", "T1", severity="Minor",
          follows="acc")
    s.inc("C1", "crowd", "演唱會入場與散場人潮、停車外溢、超時演出噪音", "ctl-in")
    s.inc("T1", "traffic", "南停車場出口汽機車擦撞，出口回堵", "acc-1999")
    s.alternative("散場後23:00經貿路的壅塞也可能是出口事故回堵所致。",
                  [("C1", "crowd", "演唱會人潮與噪音", "ctl-in"),
                   ("T1", "traffic", "南停車場出口擦撞與經貿路回堵", "acc-1999")])
    s.notes = "北停車場時鐘慢12分鐘。逆向偵測信心0.41且僅一次、遠在臺灣大道，為背景。"
    s.write()

def s796():
    s = Sit(796, "cancelled_concert_rain_flood", "2026-05-17", 796,
            "週日梅雨豪雨，中央公園演唱會取消；河南路低窪處積水為唯一任務。")
    stage = (120.6562, 24.1865)
    fl7 = S("SN-FL-007")
    s.add("permit", "planned_event", "concert", stage, "16:00", 0,
          "中央公園北側草坪演唱會，預估8,000人。", None, ends="21:00", arrival="2026-05-08 10:00")
    s.add("rain-1", "rule", "heavy_rain", None, "12:40", 1, "中央公園雨量站 1小時雨量42 mm，達大雨標準", None,
          severity="Moderate", sensor="SN-RG-001", level="大雨")
    s.add("cancel", "planned_event", "concert", stage, "16:00", 0,
          "因豪雨，原定今日中央公園演唱會取消。", None, ends="21:00", arrival="2026-05-17 13:05", follows="permit")
    s.add("rain-2", "rule", "heavy_rain", None, "13:10", 1, "西屯測站 1小時雨量45 mm，達大雨標準", None,
          severity="Moderate", sensor="C0F9T0", level="大雨")
    s.add("drain", "1999", "blocked_drain", off(fl7, 90, 120), "13:20", 6, "河南路這邊水溝都被落葉塞住，水排不掉", "W1", alt=None)
    s.add("fl7-1", "rule", "flood_depth", None, "13:35", 1, "河南路低窪處 淹水深度9公分", "W1", severity="Minor",
          sensor="SN-FL-007", level="1-15")
    s.add("flood-1999", "1999", "flooding", off(fl7, 70, 95), "13:58", 3, "河南路停車場前面淹水了，快到輪胎一半", "W1")
    s.dup("flood-1999", 5)
    s.add("rain-3", "rule", "heavy_rain", None, "14:00", 1, "中央公園雨量站 3小時雨量108 mm，達豪雨標準", None,
          severity="Severe", sensor="SN-RG-001", level="豪雨")
    s.add("fl7-2", "rule", "flood_depth", None, "14:05", 1, "河南路低窪處 淹水深度22公分", "W1", severity="Moderate",
          sensor="SN-FL-007", level="16-30")
    s.dup("fl7-2", 1)
    s.add("fl3-off", "status", "offline", None, "14:10", 0.5, "設備離線", None, sensor="SN-FL-003")
    s.add("police-fl", "incident", "flooding_report", off(fl7, -30, -60), "14:20", 11,
          "河南路近中平路段積水約20公分，派員管制，機車改道。", "W1", severity="Moderate", skew=7)
    s.add("hn2-cong", "rule", "congestion", None, "14:25", 1, "河南路車輛偵測器2 平均車速13 km/h，佔有率57%", "W1",
          severity="Moderate", sensor="SN-VD-HENAN-02", alt=None)
    s.add("wl2", "rule", "water_level", None, "14:30", 1, "中央公園南滯洪池水位2.1公尺，達三級警戒", "W1",
          severity="Moderate", sensor="SN-WL-002", level="3", alt=None)
    s.add("fl3-on", "status", "online", None, "14:40", 0.5, "設備恢復連線", None, sensor="SN-FL-003")
    s.add("tree", "1999", "fallen_tree", off(P["park_mid"], 20, -40), "15:05", 8, "中央公園步道有樹枝斷掉掉下來，擋住步道", None)
    s.add("who", "1999", "other", off(stage, 120, 80), "15:40", 4, "演唱會不是取消了嗎？入口怎麼還有一些人在等", None)
    s.add("light", "1999", "streetlight", off(P["eco_a"], -60, 30), "19:10", 5, "經貿路三段有兩支路燈一閃一閃的", None)
    s.add("fl7-clr", "rule", "cleared", None, "17:20", 1, "河南路低窪處 淹水解除", "W1", severity="Minor", sensor="SN-FL-007")
    s.inc("W1", "flood", "河南路低窪處積水，警方管制改道", "fl7-2")
    s.alternative("水溝阻塞是積水前的例行清溝案；河南路壅塞與南滯洪池三級警戒（滯洪池照設計蓄水）也可只當背景。",
                  [("W1", "flood", "河南路低窪處積水（僅積水本身的證據）", "fl7-2")])
    s.notes = "雨量警報為全區背景，不單獨成任務（本批慣例）。演唱會取消後，許可與取消通知皆無需派遣。"
    s.write()

if __name__ == "__main__":
    for f in (s791, s792, s793, s794, s795, s796):
        f()
