"""Situations 237-242. Run: python3 gen_b.py (writes into the folder above)."""
from datetime import timedelta
from lib import Sit, inc, offset, along, SENSORS


def s237():
    s = Sit(237, "tower_kitchen_fire_calls", "2026-01-16", "生態住宅A區集合住宅廚房火警（大量來電）")
    A = (120.6588, 24.1840)
    B = (120.6590, 24.1815)
    n = lambda hm: s.t(hm, 1)   # after midnight
    s.add("1999", "noise", "22:58", None, "環中路一直有人在飆車，排氣管很大聲，每天晚上都這樣。", lon=120.6550, lat=24.1975, spread=80)
    s.add("status", "offline", "23:02", None, "環中路車輛偵測器4 通訊中斷 (comms_lost)", sensor="SN-VD-HUANZHONG-04")
    fa = s.add("fire_alarm", "alarm", "23:08:10", "F1", "水湳生態住宅 A區 集合住宅 12F 1203室 偵煙探測器動作", sensor="SN-FA-011")
    f1 = s.add("119", "fire", "23:09", "F1", "北屯區經貿路三段集合住宅12樓住戶廚房起火，火勢竄出窗外，派遣第一梯次。", lon=A[0], lat=A[1])
    calls = [
        ("23:09:30", "fire_smoke", "對面大樓冒很多煙，好像有火，12樓還是13樓，快點派消防車！", A, 60, "F1"),
        ("23:10", "fire_smoke", "經貿路那棟新的住宅大樓失火了啦，有火從窗戶冒出來！", A, 80, "F1"),
        ("23:10:40", "fire_smoke", "我家陽台看到對面有火光，很大，你們趕快派人。", offset(*A, 150, 40), 40, "F1"),
        ("23:11", "fire_smoke", "樓下警報一直響，整棟都是煙味，我們要不要跑？我住15樓。", A, 15, "F1"),
        ("23:11:30", "fire_smoke", "敦化路那棟大樓燒起來了，好多煙！", B, 40, "F1"),
        ("23:12", "fire_smoke", "中國醫藥大學旁邊的大樓失火，黑煙一直冒。", (120.6592, 24.1740), 60, "F1"),
        ("23:12:20", "other", "焦味很重，不知道哪裡燒起來，是不是我們這區？", offset(*A, -120, 90), 50, "F1"),
        ("23:13", "fire_smoke", "有人在陽台喊救命！12樓那邊，煙很黑。", A, 30, "F1"),
        ("23:13:40", "other", "剛剛有聽到碰一聲，是不是瓦斯爆炸？現在整個走廊都是煙。", A, 20, "F1"),
        ("23:14", "fire_smoke", "水湳那邊新蓋的社會住宅失火，我在經貿路上開車有看到。", (120.6595, 24.1860), 60, "F1"),
        ("23:15", "other", "電梯不能用，我阿嬤坐輪椅在14樓下不來，怎麼辦？", A, 15, "F1"),
        ("23:16", "illegal_parking", "大樓旁邊那條路兩邊都停滿車，消防車轉不進來，快點拖吊！", offset(*A, -60, -40), 30, "F1"),
        ("23:17", "fire_smoke", "消防車是不是開錯邊了？停在另一頭，火在經貿路這邊啦。", A, 60, "F1"),
        ("23:19", "fire_smoke", "煙飄到我們家了，窗戶關起來還是聞得到，要不要疏散？", offset(*A, 60, -260), 40, "F1"),
        ("23:21", "other", "住戶都跑到樓下中庭了，有老人家穿很少，很冷，有沒有毯子？", A, 20, "F1"),
        ("23:24", "fire_smoke", "火好像有比較小了，但是煙還是很多，往南邊飄。", offset(*A, 100, 80), 60, "F1"),
        ("23:28", "fire_smoke", "北屯經貿路那邊是不是火災？看新聞說有人受傷。", (120.6620, 24.1880), 150, "F1"),
    ]
    keys = []
    for hm, cat, text, pt, sp, tr in calls:
        keys.append(s.add("1999", cat, hm, tr, text, lon=pt[0], lat=pt[1], spread=sp))
    # gateway retries: some 1999 cases delivered twice
    s.dup(keys[1], s.t("23:13:05"))
    s.dup(keys[4], s.t("23:14:50"))
    s.dup(keys[11], s.t("23:19:30"))
    s.add("119", "fire", "23:14", "F1", "第一梯次抵達，12樓廚房火勢延燒客廳，佈水線攻擊，疏散12樓以上住戶。", lon=A[0], lat=A[1], follows=f1)
    s.add("119", "ambulance", "23:16", "F1", "經貿路三段集合住宅火警，住戶2名吸入濃煙，派救護車。", lon=A[0], lat=A[1])
    p1 = s.add("incident", "road_closure", "23:18", "F1", "經貿路三段外側車道管制，供消防雲梯車作業，違停車輛拖吊中。", lon=120.6596, lat=24.1842, severity="Moderate")
    s.add("rule", "congestion", "23:22", "F1", "經貿路車輛偵測器2 平均車速 12 km/h，佔有率 38%", sensor="SN-VD-JINGMAO-02")
    s.add("incident", "crowd_control", "23:25", "F1", "圍觀民眾聚集於中庭及經貿路人行道，協助疏導，維持救災動線。", lon=A[0], lat=A[1], severity="Minor")
    fb = s.add("fire_alarm", "alarm", "23:27", "F1", "水湳生態住宅 B區 集合住宅 3F 走廊 偵煙探測器動作", sensor="SN-FA-012", alt="F2")
    s.add("119", "fire", "23:31", "F1", "火勢控制，無人受困，搜索12、13樓完畢。", lon=A[0], lat=A[1], follows=f1)
    s.add("fire_alarm", "fault", "23:40", "F1", "水湳生態住宅 A區 集合住宅 12F 迴路斷線", sensor="SN-FA-011")
    s.add("119", "fire", "23:45", "F1", "分隊派員查看B區集合住宅警報，係A區濃煙隨風自走廊窗戶飄入觸發，B區無起火。", lon=B[0], lat=B[1], follows=f1, alt="F2")
    s.add("fire_alarm", "normal", "23:50", "F1", "水湳生態住宅 B區 集合住宅 3F 走廊 探測器復歸", sensor="SN-FA-012", alt="F2")
    s.add("119", "fire", "23:52", "F1", "火勢撲滅，殘火處理中，1戶全毀、2戶受燻，2名傷者送中國醫藥大學附設醫院。", lon=A[0], lat=A[1], follows=f1)
    # unrelated late-night scooter fall on Zhongqing Rd
    t1 = s.add("incident", "injury_accident", n("00:05"), "T1", "中清路機車自摔，騎士疑似酒駕，臉部擦傷，酒測中。", lon=120.6622, lat=24.1905, severity="Minor")
    s.add("119", "ambulance", n("00:06"), "T1", "中清路機車自摔，騎士臉部擦傷，送醫。", lon=120.6622, lat=24.1905)
    s.add("status", "online", n("00:10"), None, "環中路車輛偵測器4 恢復連線", sensor="SN-VD-HUANZHONG-04")
    s.add("1999", "streetlight", n("00:12"), None, "河南路這邊有一盞路燈一直閃，很刺眼。", lon=120.6490, lat=24.1685, spread=40)
    s.add("fire_alarm", "normal", n("00:20"), "F1", "水湳生態住宅 A區 集合住宅 受信總機復歸（12F 迴路隔離）", sensor="SN-FA-011")
    s.add("incident", "road_closure", n("00:28"), "F1", "經貿路三段管制解除，恢復通行。", lon=120.6596, lat=24.1842, severity="Minor", follows=p1)
    s.add("119", "fire", n("00:35"), "F1", "現場處理完畢，移交轄區派出所及社會局安置受災戶，各車返隊。", lon=A[0], lat=A[1], follows=f1)
    s.add("1999", "noise", n("00:38"), None, "救火救完了，但是樓下一堆人還在講話，很吵，睡不著。", lon=120.6585, lat=24.1843, spread=30, alt="F1")
    s.write(
        "週五深夜，水湳生態住宅A區（180戶）12樓住戶廚房起火，火從窗戶竄出：總機警報後半小時內湧入十多通1999來電，說法各異（敦化路、中國醫藥大學旁、社會住宅等地點錯誤），"
        "部分案件因閘道重送而重複送達。A區濃煙飄入約280公尺外B區走廊觸發警報，經消防確認無起火。另有中清路機車自摔（無關）。",
        [inc("F1", "fire", "生態住宅A區12樓廚房火警：撲滅、疏散、2人送醫、經貿路管制、圍觀疏導、B區濃煙誤觸警報、大量民眾來電。", fa),
         inc("T1", "traffic", "中清路機車自摔，騎士疑酒駕，擦傷送醫。", t1)],
        alternative={"why": "B區警報在23:27響起時尚不知原因，需另派人確認；若協調者將其開為獨立火警案件（直到23:45回報前），則B區警報是另一個 fire 事件。"
                            "散場後的聊天噪音陳情也可看作火警的餘波而非例行噪音。",
                     "incidents": [inc("F1", "fire", "生態住宅A區12樓廚房火警（不含B區警報）。", fa),
                                   inc("F2", "fire", "生態住宅B區3F走廊警報，須派員確認，後確認為煙霧飄入。", fb),
                                   inc("T1", "traffic", "中清路機車自摔。", t1)]},
        notes="三筆1999案件有重複送達（同key、同內容、不同arrival）。")


def s238():
    s = Sit(238, "power_cut_north_hub_night", "2026-07-15", "北側轉運會展區饋線跳脫停電連鎖")
    s.add("1999", "noise", "20:40", None, "中央公園有人在放煙火，砰砰砰很大聲，小孩都嚇醒了。", lon=120.6560, lat=24.1830, spread=80)
    s.add("status", "offline", "20:43", None, "北屯雨量站 通訊中斷 (comms_lost)", sensor="SN-RG-003")
    s.add("status", "online", "20:46", None, "北屯雨量站 恢復連線", sensor="SN-RG-003")
    # the power cut at 20:51
    sig = {}
    sg5 = s.add("signal", "fault", "20:51:04", "S1", "經貿路二段/黎明路三段 號誌 燈號全熄（電源異常）", sensor="SN-SIG-005", alt="P1")
    s.add("signal", "fault", "20:51:05", "S1", "經貿路二段/環中路二段 號誌 燈號全熄（電源異常）", sensor="SN-SIG-004", alt="P1")
    s.add("signal", "fault", "20:51:07", "S1", "中科路/環中路二段 號誌 燈號全熄（電源異常）", sensor="SN-SIG-003", alt="P1")
    p_a = s.add("status", "offline", "20:51:06", "P1", "經貿六停車場 斷電 (mains_power_lost)", sensor="SN-PK-002")
    s.add("status", "offline", "20:51:06", "P1", "黎明路車輛偵測器1 斷電 (mains_power_lost)", sensor="SN-VD-LIMING-01")
    p_c = s.add("status", "offline", "20:51:08", "P1", "經貿路車輛偵測器1 斷電 (mains_power_lost)", sensor="SN-VD-JINGMAO-01")
    s.add("status", "offline", "20:51:09", "P1", "經貿路二段/黎明路三段 路口監視器 斷電 (mains_power_lost)", sensor="SN-CCTV-005")
    s.add("fire_alarm", "fault", "20:51:10", "P1", "水湳轉運中心 受信總機 主電源停電，切換預備電源，發電機啟動", sensor="SN-FA-001")
    s.add("fire_alarm", "fault", "20:51:12", "P1", "臺中國際會展中心 A棟 受信總機 市電中斷，預備電源供電中", sensor="SN-FA-002")
    s.add("fire_alarm", "fault", "20:51:15", "P1", "臺中國際會展中心 B棟 受信總機 主電源異常", sensor="SN-FA-003")
    s1 = s.add("cctv", "signal_dark", "20:51:40", "S1", "中科路/環中路二段 號誌黑燈", sensor="SN-CCTV-003", confidence=0.93, alt="P1")
    s.add("cctv", "signal_dark", "20:51:45", "S1", "經貿路二段/環中路二段 號誌黑燈", sensor="SN-CCTV-004", confidence=0.90, alt="P1")
    s.add("1999", "streetlight", "20:53", "P1", "黎明路三段整條路燈突然全部都不亮，一片漆黑，是不是停電？", lon=120.6520, lat=24.1950, spread=80)
    s.add("1999", "streetlight", "20:54", "P1", "經貿路那邊停電了嗎？路燈跟紅綠燈全部都暗了，很危險。", lon=120.6555, lat=24.1955, spread=80)
    s.add("1999", "other", "20:55", "P1", "我們這邊整區停電，台電客服一直打不通，請問什麼時候會來電？", lon=120.6540, lat=24.1960, spread=120)
    p_r = s.add("rule", "sensor_offline", "20:56:10", "P1", "經貿六停車場 超過5分鐘未回傳 (status offline: mains_power_lost)", sensor="SN-PK-002")
    s.add("rule", "sensor_offline", "20:56:10", "P1", "黎明路車輛偵測器1 超過5分鐘未回傳 (status offline: mains_power_lost)", sensor="SN-VD-LIMING-01")
    s.add("rule", "sensor_offline", "20:56:12", "P1", "經貿路車輛偵測器1 超過5分鐘未回傳 (status offline: mains_power_lost)", sensor="SN-VD-JINGMAO-01")
    r1 = s.add("119", "rescue", "20:58", "R1", "臺中國際會展中心A棟停電，電梯受困2人（展覽撤場工作人員），派遣救助隊。", lon=120.6549, lat=24.1946)
    pr = s.add("incident", "traffic_signal_fault", "20:58", "S1", "經貿路二段黎明路口號誌全滅，已派員以手勢指揮交通。", lon=120.65496, lat=24.19582, severity="Moderate", alt="P1")
    s.add("1999", "other", "21:01", "R1", "會展中心電梯卡住，有人被關在裡面，停電冷氣也沒了，裡面很熱！", lon=120.6548, lat=24.1945, spread=40)
    s.add("1999", "traffic_signal", "21:02", "S1", "環中路經貿路口紅綠燈沒亮，車子亂成一團，有人在按喇叭。", lon=120.6536, lat=24.1986, spread=40, alt="P1")
    s.add("incident", "traffic_signal_fault", "21:03", "S1", "環中路二段經貿路口及中科路口號誌停電，請求增派警力並通知號誌廠商。", lon=120.65345, lat=24.19848, severity="Moderate", follows=pr, alt="P1")
    s.add("rule", "congestion", "21:05", "S1", "環中路車輛偵測器2 平均車速 11 km/h，佔有率 55%", sensor="SN-VD-HUANZHONG-02", alt="P1")
    s.add("1999", "streetlight", "21:06", "P1", "轉運站那邊整排路燈都熄掉了，走路都看不到，很可怕。", lon=120.6530, lat=24.1968, spread=60)
    s.add("1999", "streetlight", "21:08", None, "河南路停車場前面有一盞路燈一閃一閃的，燈桿號碼 XT-40551。", lon=120.6531, lat=24.1748, spread=20)
    t1 = s.add("incident", "injury_accident", "21:12", "T1", "號誌停電期間，經貿路二段黎明路口自小客與機車碰撞，機車騎士右手腕受傷。", lon=120.6551, lat=24.1957, severity="Moderate")
    s.add("119", "ambulance", "21:13", "T1", "經貿黎明路口車禍，機車騎士手腕疑似骨折，送醫。", lon=120.6551, lat=24.1957)
    s.add("1999", "traffic_accident", "21:14", "T1", "黎明路口紅綠燈沒亮撞車了，有人倒在地上！", lon=120.6552, lat=24.1960, spread=40)
    s.add("rule", "congestion", "21:15", "S1", "環中路車輛偵測器3 平均車速 13 km/h，佔有率 49%", sensor="SN-VD-HUANZHONG-03", alt="P1")
    s.add("119", "rescue", "21:20", "R1", "會展中心電梯以手動盤車救出受困2人，無人受傷。", lon=120.6549, lat=24.1946, follows=r1)
    s.add("1999", "other", "21:24", "P1", "停電好久了，冰箱的東西會壞掉，台電到底在幹嘛？", lon=120.6560, lat=24.1950, spread=100)
    s.add("incident", "injury_accident", "21:40", "T1", "黎明路口車禍車輛移置，雙方酒測均為零，肇責待鑑定。", lon=120.6551, lat=24.1957, severity="Minor", follows=t1)
    # restoration
    s.add("status", "online", "21:57:30", "P1", "經貿六停車場 恢復供電連線", sensor="SN-PK-002")
    s.add("status", "online", "21:57:31", "P1", "黎明路車輛偵測器1 恢復連線", sensor="SN-VD-LIMING-01")
    s.add("status", "online", "21:57:33", "P1", "經貿路車輛偵測器1 恢復連線", sensor="SN-VD-JINGMAO-01")
    s.add("status", "online", "21:57:34", "P1", "經貿路二段/黎明路三段 路口監視器 恢復連線", sensor="SN-CCTV-005")
    s.add("signal", "restored", "21:58:02", "S1", "經貿路二段/黎明路三段 號誌 恢復正常", sensor="SN-SIG-005", alt="P1")
    s.add("signal", "restored", "21:58:03", "S1", "經貿路二段/環中路二段 號誌 恢復正常", sensor="SN-SIG-004", alt="P1")
    s.add("signal", "restored", "21:58:06", "S1", "中科路/環中路二段 號誌 恢復正常", sensor="SN-SIG-003", alt="P1")
    s.add("fire_alarm", "normal", "21:58:10", "P1", "水湳轉運中心 受信總機 主電源恢復", sensor="SN-FA-001")
    s.add("fire_alarm", "normal", "21:58:12", "P1", "臺中國際會展中心 A棟 受信總機 市電恢復", sensor="SN-FA-002")
    s.add("fire_alarm", "normal", "21:58:15", "P1", "臺中國際會展中心 B棟 受信總機 主電源恢復", sensor="SN-FA-003")
    s.add("incident", "traffic_signal_fault", "22:04", "S1", "各路口號誌恢復，撤除指揮警力。", lon=120.65496, lat=24.19582, severity="Minor", follows=pr, alt="P1")
    s.add("1999", "other", "22:06", "P1", "電來了，謝謝，不過下次停電可以先公告嗎？", lon=120.6540, lat=24.1960, spread=120)
    s.add("rule", "congestion", "22:15", None, "中平路車輛偵測器2 平均車速 23 km/h", sensor="SN-VD-ZHONGPING-02", severity="Minor")
    s.write(
        "夏夜20:51台電饋線跳脫，北側轉運中心、會展中心、黎明路一帶停電約67分鐘：三處號誌全熄（警察手勢指揮）、路燈全暗、多個感測設備斷電離線、"
        "火警總機改由預備電源；會展中心電梯受困2人；停電期間黑燈路口發生機車與自小客碰撞。典型連鎖：一個原因，交通、警察、消防、建設局各自的工作。",
        [inc("P1", "infrastructure", "北側區域停電：聯繫台電、路燈全暗、設備斷電離線、總機預備電源；民眾詢問來電。", p_c),
         inc("S1", "traffic", "三處路口號誌停電黑燈：警力指揮交通、通知號誌廠商、周邊回堵。", sg5),
         inc("R1", "rescue", "會展中心A棟停電電梯受困2人，救出無傷。", r1),
         inc("T1", "traffic", "黑燈路口（經貿黎明路口）機車與自小客碰撞，騎士手腕受傷送醫。", t1)],
        alternative={"why": "號誌黑燈完全是停電的結果，來電即一起恢復；有的中心把它記在同一件停電案件下、只另派警力，不另開交通案件。",
                     "incidents": [inc("P1", "infrastructure", "北側區域停電，含三處號誌黑燈與回堵。", p_c),
                                   inc("R1", "rescue", "會展中心電梯受困。", r1),
                                   inc("T1", "traffic", "黑燈路口碰撞。", t1)]},
        notes="S1 項目在另一讀法下屬 P1（truth_alt 只標在 S1 項目上）。河南路單盞路燈閃爍、北屯雨量站短暫離線、公園煙火噪音為背景。")


def s239():
    s = Sit(239, "dawn_truck_signal_pole_delivery", "2026-02-22", "清晨大貨車撞倒號誌桿（延遲、重複、時鐘偏移、亂序送達）")
    X = (120.657242, 24.198897)
    s.add("rule", "flood_depth", "04:20", None, "中清環中路口地下道 淹水深度 3 cm（無降雨）", sensor="SN-FL-006", level="1-15")
    s.add("1999", "noise", "04:31", None, "環中路又有人在飆車，凌晨四點多還在催油門，拜託警察來抓。", lon=120.6500, lat=24.1970, spread=100)
    s.add("status", "offline", "04:38", None, "環中路車輛偵測器3 通訊中斷 (comms_lost)", sensor="SN-VD-HUANZHONG-03")
    # the crash at 04:47; the signal controller clock is 8 h behind (UTC clock labelled +08:00)
    real = s.t("04:47:12")
    sg = s.add("signal", "fault", real, "T1", "中清路/環中路 號誌 燈頭損壞、控制器通訊異常", sensor="SN-SIG-008",
               observed=real - timedelta(hours=8), delay=6)
    cv1 = s.add("cctv", "stalled_vehicle", "04:47:30", "T1", "中清路/環中路 路口車輛停滯", sensor="SN-CCTV-008", confidence=0.88, delay=5)
    cv2 = s.add("cctv", "fallen_object", "04:47:50", "T1", "中清路/環中路 車道上有掉落物", sensor="SN-CCTV-008", confidence=0.63, delay=4)
    s.dup(cv1, s.t("04:48:40"))
    s.dup(cv2, s.t("04:49:02"))
    c1 = s.add("1999", "traffic_accident", "04:50", "T1", "中清路環中路口一台大貨車撞到紅綠燈的柱子，柱子歪一邊，燈都掉下來了，司機好像還在車上。", lon=X[0], lat=X[1], spread=30, delay=70)
    e1 = s.add("119", "rescue", "04:52", "T1", "中清路環中路口大貨車自撞號誌桿，駕駛受困駕駛座，派遣救助隊及救護車。", lon=X[0], lat=X[1], delay=12)
    # the 119 feed replays on_scene late: closed arrives before on_scene
    s.add("119", "rescue", "05:01", "T1", "救助隊抵達，以破壞器材拆除車門救出駕駛，腿部受傷送醫；現場柴油少量外洩，以砂土吸附並沖洗路面。", lon=X[0], lat=X[1], follows=e1, arrival="05:23:40")
    s.add("119", "rescue", "05:18", "T1", "現場處理完畢，移交警方，各車返隊。", lon=X[0], lat=X[1], follows=e1, arrival="05:19:30")
    # second citizen case created 05:02 but synced late; its update arrives first
    c2 = "S239-CZ-C2"
    s.add("1999", "traffic_accident", "05:10", "T1", "已派員處理（案件狀態更新：派工中）", lon=120.6568, lat=24.1980, follows=c2, delay=90, key="S239-CZ-C2U")
    s.add("1999", "traffic_accident", "05:02", "T1", "中清路那邊紅綠燈整支倒了，經過要小心，好像有人受傷。", lon=120.6568, lat=24.1980, arrival="05:25:30", key=c2)
    # police gateway: three reports arrive together 40+ minutes late
    pr = s.add("incident", "injury_accident", "04:55", "T1", "中清路與環中路口大貨車自撞號誌桿，駕駛受困經消防救出，腿部受傷，疑似疲勞駕駛。", lon=X[0], lat=X[1], severity="Severe", arrival="05:38:20")
    s.add("incident", "road_closure", "05:05", "T1", "中清路往環中路方向內側二車道封閉，待號誌桿移除。", lon=X[0], lat=X[1], severity="Moderate", arrival="05:38:21")
    s.add("incident", "injury_accident", "05:20", "T1", "駕駛酒測值0，自述打瞌睡；號誌桿倒塌壓損路面，已通知交通局號誌科。", lon=X[0], lat=X[1], severity="Moderate", follows=pr, arrival="05:38:22")
    s.dup(pr, s.t("05:39:05"))
    s.add("rule", "flood_depth", "05:30", None, "中清環中路口地下道 淹水深度 5 cm（無降雨）", sensor="SN-FL-006", level="1-15", alt="T1")
    s.add("status", "online", "05:41", None, "環中路車輛偵測器3 恢復連線", sensor="SN-VD-HUANZHONG-03")
    # VD with its clock 4 minutes ahead (observed after arrival, inside the 300 s tolerance)
    real2 = s.t("05:55")
    s.add("rule", "congestion", real2, "T1", "中清路車輛偵測器1 平均車速 14 km/h（封閉回堵）", sensor="SN-VD-ZHONGQING-01",
          observed=real2 + timedelta(minutes=4), delay=40)
    s.add("1999", "streetlight", "06:02", None, "環中路有兩盞路燈天亮了還沒關。", lon=120.6460, lat=24.1920, spread=60)
    s.add("incident", "road_closure", "06:20", "T1", "倒塌號誌桿已吊離，設置臨時號誌，中清路恢復通行。", lon=X[0], lat=X[1], severity="Minor", follows=pr, delay=100)
    s.add("signal", "restored", "06:24", "T1", "中清路/環中路 號誌 臨時號誌啟用", sensor="SN-SIG-008",
          observed=s.t("06:24") - timedelta(hours=8), delay=5)
    s.add("rule", "congestion", "06:25", None, "環中路車輛偵測器1 平均車速 25 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.write(
        "週日清晨，大貨車駕駛打瞌睡撞倒中清路環中路口號誌桿，駕駛受困救出。送達問題：號誌控制器時鐘慢8小時（UTC時間誤標+08:00）、"
        "CCTV事件重複送達、警察閘道延遲40多分鐘後整批送達（含一筆重複）、119結案訊息比到場訊息先到、1999案件的更新比案件本身先到、"
        "中清路偵測器時鐘快4分鐘。同一路口的地下道淹水感測器在無雨下本就時有低值誤報（事故前已出現）。",
        [inc("T1", "traffic", "大貨車撞倒中清路環中路口號誌桿：駕駛受困救出送醫、車道封閉、號誌桿吊離、臨時號誌。", cv1)],
        alternative={"why": "消防在05:01之後以水沖洗柴油，05:30 地下道的5 cm讀值可能是沖洗水而非感測器誤報，此讀法將它算入事故。",
                     "incidents": [inc("T1", "traffic", "大貨車撞倒號誌桿，含沖洗水造成的地下道讀值。", cv1)]},
        notes="signal 事件的 observed 是控制器自己的錯誤時間戳（比實際早8小時）；中清路偵測器 congestion 的 observed 比 arrival 晚約3分鐘（時鐘快）。"
              "S239-CZ-C2U 的 follows 指向稍後才送達的 S239-CZ-C2。")


def s240():
    s = Sit(240, "grass_fire_smoke_drift", "2026-02-05", "中平路經貿路口空地雜草火與煙霧南飄")
    G = (120.6612, 24.1746)
    s.add("1999", "streetlight", "13:30", None, "中科路那邊的路燈白天都亮著，燈桿 XT-20933。", lon=120.6536, lat=24.1860, spread=30)
    s.add("rule", "congestion", "13:35", None, "環中路車輛偵測器1 平均車速 21 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("1999", "fire_smoke", "13:44", "G1", "經貿路跟中平路那邊空地在燒草，煙很大，火也看得到，風很大喔。", lon=G[0], lat=G[1], spread=40)
    s.add("cctv", "smoke", "13:45", "G1", "經貿路/中平路 畫面東側大量煙霧", sensor="SN-CCTV-011", confidence=0.74)
    g1 = s.add("119", "fire", "13:46", "G1", "中平路與經貿路口東側空地雜草火警，面積約200平方公尺，東北風強，派遣水箱車2部。", lon=G[0], lat=G[1])
    s.add("1999", "fire_smoke", "13:52", "G1", "中平路上整片白煙，開車都看不到前面，好危險。", lon=120.6575, lat=24.1722, spread=40)
    pr = s.add("incident", "road_closure", "13:58", "G1", "中平路（經貿路至河南路段）煙霧瀰漫視線不佳，實施交通管制，車輛改道。", lon=120.6570, lat=24.1720, severity="Moderate")
    s.add("rule", "congestion", "14:00", "G1", "中平路車輛偵測器2 平均車速 9 km/h，佔有率 51%", sensor="SN-VD-ZHONGPING-02")
    s.add("119", "fire", "14:02", "G1", "第一梯次到場，火勢延燒約1公頃往西南蔓延，增派水箱車及救災車。", lon=G[0], lat=G[1], follows=g1)
    s.add("1999", "fire_smoke", "14:05", "G1", "中國醫藥大學水湳校區這邊都是煙味，教室裡面也聞得到。", lon=120.6590, lat=24.1737, spread=40)
    s.add("rule", "congestion", "14:10", "G1", "中平路車輛偵測器1 平均車速 12 km/h", sensor="SN-VD-ZHONGPING-01")
    s.add("fire_alarm", "alarm", "14:12", "G1", "中國醫藥大學水湳校區 1F 大廳 偵煙探測器動作", sensor="SN-FA-010")
    s.add("cctv", "smoke", "14:15", "G1", "河南路/中平路 畫面煙霧，能見度下降", sensor="SN-CCTV-010", confidence=0.61)
    t1 = s.add("incident", "accident", "14:18", "T1", "中平路煙霧中兩部自小客車追撞，無人受傷，車輛移置路邊。", lon=120.6550, lat=24.1709, severity="Minor", alt="G1")
    s.add("119", "fire", "14:20", "G1", "中國醫藥大學警報係外部煙霧經空調進氣口進入，非建物火警，已請校方關閉外氣。", lon=120.6592, lat=24.1735, follows=g1)
    s.add("1999", "fire_smoke", "14:21", "G1", "河南路這邊天空灰灰的，聞到燒草的味道，是哪裡失火？", lon=120.6500, lat=24.1700, spread=60)
    s.add("rule", "congestion", "14:25", "G1", "河南路車輛偵測器2 平均車速 13 km/h", sensor="SN-VD-HENAN-02")
    s.add("119", "fire", "14:30", "G1", "火勢往南延燒至中平路邊坡，派遣第二梯次，設置防火線。", lon=120.6605, lat=24.1738, follows=g1)
    s.add("1999", "noise", "14:33", None, "隔壁的狗從早上叫到現在，都沒人管。", lon=120.6470, lat=24.1900, spread=60)
    s.add("1999", "fire_smoke", "14:35", "G1", "我家晾的衣服都是煙味，窗戶關起來還是有，到底燒多久了？", lon=120.6525, lat=24.1710, spread=60)
    s.add("fire_alarm", "normal", "14:40", "G1", "中國醫藥大學水湳校區 1F 大廳 探測器復歸", sensor="SN-FA-010")
    s.add("119", "ambulance", "14:45", "G1", "雜草火現場消防隊員1名熱衰竭，現場處置後送醫。", lon=120.6605, lat=24.1740)
    f2 = s.add("1999", "fire_smoke", "14:50", "G1", "河南路那邊也有人在燒東西，煙很大，是不是另外一個火？", lon=120.6485, lat=24.1695, spread=40, alt="F2")
    s.add("status", "offline", "14:52", None, "中央公園雨量站 電池電量低 (battery_low)", sensor="SN-RG-001")
    s.add("1999", "other", "15:00", "G1", "燒草的那個人還在那邊看，是不是故意放火的？警察要不要查一下？", lon=120.6615, lat=24.1750, spread=40)
    s.add("119", "fire", "15:05", "G1", "火勢控制，延燒面積約2公頃；查看河南路民眾通報地點，為飄散煙霧，無另處火點。", lon=G[0], lat=G[1], follows=g1, alt="F2")
    s.add("1999", "fire_smoke", "15:10", "G1", "台灣大道這邊也聞得到燒東西的味道，是哪裡燒起來？", lon=120.6450, lat=24.1660, spread=80)
    s.add("incident", "road_closure", "15:20", "G1", "中平路煙霧消散，解除交通管制。", lon=120.6570, lat=24.1720, severity="Minor", follows=pr)
    s.add("119", "fire", "15:35", "G1", "雜草火撲滅，留守水箱車監控悶燒，其餘返隊；已請警方調查起火原因。", lon=G[0], lat=G[1], follows=g1)
    s.add("rule", "congestion", "15:40", None, "中清路車輛偵測器2 平均車速 22 km/h", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.write(
        "冬季乾燥強風午後，中平路經貿路口東側空地雜草起火，兩小時內延燒約2公頃，煙霧隨東北風往西南飄過中平路、中國醫藥大學、河南路到臺灣大道："
        "交通管制、偵測器回堵、校區警報（煙霧經進氣口）、消防員熱衰竭；煙中兩車追撞。河南路一通『另一處在燒』的來電查證後為飄煙。",
        [inc("G1", "fire", "中平路經貿路口空地雜草火：延燒、煙霧南飄、中平路管制、校區警報、消防員熱衰竭、縱火疑慮。", g1),
         inc("T1", "traffic", "中平路煙霧中兩車追撞，無傷，移置。", t1)],
        alternative={"why": "河南路『也有人在燒東西』的來電在14:50時無法排除是另一處火點（1.4公里外），協調者可能先另開案件派員查看；"
                            "煙中追撞也可視為雜草火管制範圍內的一部分。",
                     "incidents": [inc("G1", "fire", "雜草火案件，含煙中追撞。", g1),
                                   inc("F2", "fire", "河南路疑似另一處燃燒，派員查看後為飄煙。", f2)]},
        notes="事件移動：煙霧範圍由經貿路口→中平路→河南路→臺灣大道，持續約2小時。")


def s241():
    s = Sit(241, "elder_missing_morning_market", "2026-03-02", "水湳市場失智長者走失（沿路目擊）")
    MK = (120.6635, 24.1880)
    s.add("1999", "streetlight", "06:35", None, "經貿路天亮了路燈還亮著。", lon=120.6580, lat=24.1880, spread=60)
    s.add("1999", "illegal_parking", "06:50", None, "水湳市場旁邊中清路每天早上都並排停車，公車都開不過去。", lon=120.6630, lat=24.1888, spread=40)
    m1 = s.add("incident", "missing_person", "07:05", "M1", "家屬報案：82歲失智男性於水湳市場（中清路二段旁）走失，約06:40走散，身穿深藍色夾克、灰色長褲、戴鴨舌帽、持拐杖。", lon=MK[0], lat=MK[1], severity="Severe")
    s.add("rule", "congestion", "07:12", None, "中清路車輛偵測器2 平均車速 17 km/h（上班尖峰）", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.add("1999", "other", "07:20", "M1", "中清路上有個阿公一直沿著車道旁邊走，拿著拐杖，很危險，會不會被撞？", lon=120.6605, lat=24.1935, spread=40)
    s.add("incident", "missing_person", "07:40", "M1", "擴大協尋，調閱中清路沿線監視器，通報轄區各派出所及轉運中心站務。", lon=MK[0], lat=MK[1], severity="Severe", follows=m1)
    t1 = s.add("incident", "accident", "07:48", "T1", "水湳市場前中清路，小貨車倒車擦撞路邊機車，無人受傷。", lon=120.6640, lat=24.1868, severity="Minor")
    s.add("1999", "traffic_accident", "07:50", "T1", "市場門口貨車倒車撞到機車，機車倒在地上，車主在吵架。", lon=120.6638, lat=24.1870, spread=30)
    s.add("rule", "congestion", "07:52", None, "中清路車輛偵測器1 平均車速 15 km/h（上班尖峰）", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("1999", "other", "07:55", "M1", "經貿路環中路這邊有個老先生好像迷路了，問他住哪裡都說不清楚，我要趕上班沒辦法顧他。", lon=120.6555, lat=24.1965, spread=50)
    s.add("rule", "congestion", "08:01", None, "環中路車輛偵測器2 平均車速 19 km/h（上班尖峰）", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("incident", "missing_person", "08:10", "M1", "監視器畫面08:05顯示長者沿環中路二段往西步行，經過經貿路口。", lon=120.6545, lat=24.1983, severity="Severe", follows=m1)
    s.add("parking", "full", "08:15", None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.add("1999", "other", "08:22", "M1", "轉運站有一個阿伯坐在椅子上很久了，好像在等人，一直問現在幾點。", lon=120.6528, lat=24.1972, spread=30)
    s.add("incident", "other", "08:24", "T1", "市場前擦撞案雙方和解，機車車主自行離去。", lon=120.6640, lat=24.1868, severity="Minor", follows=t1)
    s.add("1999", "road_damage", "08:28", None, "經貿路三段有一個坑洞，機車經過很危險。", lon=120.6595, lat=24.1850, spread=40)
    e1 = s.add("119", "ambulance", "08:38", "M1", "綠美圖正門前老翁跌倒，手肘擦傷，意識清楚但答非所問。", lon=120.6568, lat=24.1908, alt="E1")
    s.add("1999", "other", "08:36", "M1", "綠美圖門口有一個阿公跌倒了，流血，有人在幫他，要叫救護車嗎？", lon=120.6570, lat=24.1910, spread=20, alt="E1")
    s.add("incident", "missing_person", "08:47", "M1", "走失長者於綠美圖正門前尋獲（先前跌倒由救護人員處置中），身分經家屬確認。", lon=120.6568, lat=24.1905, severity="Minor", follows=m1)
    s.add("119", "ambulance", "08:52", "M1", "老翁輕微擦傷及脫水，現場評估後由家屬帶回，未送醫。", lon=120.6568, lat=24.1908, follows=e1, alt="E1")
    s.add("status", "offline", "08:58", None, "旱溪北屯水位 通訊中斷 (comms_lost)", sensor="SN-WL-005")
    s.add("status", "online", "09:01", None, "旱溪北屯水位 恢復連線", sensor="SN-WL-005")
    s.add("1999", "noise", "09:05", None, "市場的宣傳車一直繞，喇叭很大聲。", lon=120.6640, lat=24.1895, spread=80)
    s.add("rule", "congestion", "09:15", None, "經貿路車輛偵測器1 平均車速 24 km/h", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.write(
        "平日清晨，82歲失智長者在水湳市場與女兒走散，兩小時內沿中清路北行、環中路西行、經過轉運站，最後在綠美圖正門前跌倒，由119處置時被警方確認身分尋獲。"
        "沿路民眾目擊來電地點各異。市場前另有小貨車倒車擦撞機車（無關）。其餘為上班尖峰、違停、路燈等背景。",
        [inc("M1", "rescue", "失智長者走失協尋：沿路目擊、監視器追蹤、在綠美圖前跌倒後尋獲。", m1),
         inc("T1", "traffic", "水湳市場前小貨車倒車擦撞機車，和解。", t1)],
        alternative={"why": "08:36–08:38 綠美圖前老翁跌倒在當下只是一件一般救護案，直到08:47才確認是走失長者；協調者在那之前會把它當成獨立的救護案件。",
                     "incidents": [inc("M1", "rescue", "失智長者走失協尋（不含跌倒救護）。", m1),
                                   inc("E1", "rescue", "綠美圖前老翁跌倒救護（事後確認為同一人）。", e1),
                                   inc("T1", "traffic", "市場前倒車擦撞。", t1)]},
        notes="事件移動：市場→中清路→環中路/經貿路→轉運站→綠美圖，約2小時。1999 跌倒來電的建立時間早於119派遣，但較晚送達。")


def s242():
    s = Sit(242, "late_night_restaurant_gas_gateway", "2026-08-29", "深夜熱炒店瓦斯外洩、公園感測閘道離線")
    R = (120.6497, 24.1703)
    n = lambda hm: s.t(hm, 1)
    s.add("1999", "illegal_parking", "22:40", None, "河南路那間熱炒店門口每天晚上都一排車停在紅線上。", lon=120.6495, lat=24.1700, spread=30)
    s.add("1999", "noise", "22:50", None, "經貿路三段樓下有人在唱KTV，都快十一點了還在唱。", lon=120.6592, lat=24.1848, spread=40)
    s.add("status", "offline", "23:05", None, "河南路車輛偵測器1 通訊中斷 (comms_lost)", sensor="SN-VD-HENAN-01")
    s.add("status", "online", "23:07", None, "河南路車輛偵測器1 恢復連線", sensor="SN-VD-HENAN-01")
    s.add("1999", "streetlight", "23:20", None, "中平路有一段路燈不亮，燈桿 XT-51207。", lon=120.6560, lat=24.1710, spread=40)
    c1 = s.add("1999", "gas_odor", "23:48", "G1", "河南路那間熱炒店好像瓦斯沒關，店都打烊了，整條騎樓都是瓦斯味！", lon=R[0], lat=R[1], spread=20)
    g1 = s.add("119", "hazmat", "23:50", "G1", "河南路二段餐廳瓦斯外洩，店家已打烊無人，騎樓瓦斯味濃，派遣救災車及救護車。", lon=R[0], lat=R[1])
    s.add("1999", "gas_odor", "23:53", "G1", "中平路這邊好臭，是不是瓦斯外洩？我要不要把家裡瓦斯關掉？", lon=120.6515, lat=24.1712, spread=40)
    s.dup(c1, s.t("23:52:30"))
    s.add("1999", "other", n("00:00"), "G1", "樓下熱炒店瓦斯外洩，我們住樓上要不要疏散？小孩在睡覺。", lon=R[0], lat=R[1], spread=15)
    s.add("119", "hazmat", n("00:01"), "G1", "到場測得騎樓可燃氣體濃度偏高，關閉瓦斯表總開關，疏散樓上住戶8人，開窗通風。", lon=R[0], lat=R[1], follows=g1)
    p1 = s.add("incident", "road_closure", n("00:02"), "G1", "河南路中平路口暫時封閉，周邊禁止煙火，疏導車輛。", lon=120.6503, lat=24.1711, severity="Moderate")
    s.add("1999", "noise", n("00:15"), None, "敦化路這邊樓下一直有人在喝酒講話，很吵。", lon=120.6588, lat=24.1818, spread=40)
    # gateway of the Central Park sensors drops at 00:30
    gw = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]
    base = s.t("00:30:02", 1)
    keys = []
    for i, sid in enumerate(gw):
        keys.append(s.add("status", "offline", base + timedelta(seconds=3 * i), "D1", "%s 通訊中斷 (comms_lost)" % SENSORS[sid]["name"], sensor=sid, delay=2))
    s.add("119", "hazmat", n("00:40"), "G1", "濃度降至安全值，疑似爐具開關未關妥，交由店家及瓦斯公司檢修，恢復住戶返家。", lon=R[0], lat=R[1], follows=g1)
    for i, sid in enumerate(gw):
        s.add("rule", "sensor_offline", base + timedelta(minutes=10, seconds=3 * i), "D1",
              "%s 超過10分鐘未回傳 (status offline: comms_lost)" % SENSORS[sid]["name"], sensor=sid, delay=30)
    s.add("incident", "road_closure", n("00:44"), "G1", "河南路中平路口解除封閉。", lon=120.6503, lat=24.1711, severity="Minor", follows=p1)
    s.add("status", "offline", n("00:50"), None, "河南路停車場 通訊中斷 (comms_lost)", sensor="SN-PK-003")
    s.add("status", "online", n("00:53"), None, "河南路停車場 恢復連線", sensor="SN-PK-003")
    s.add("1999", "noise", n("00:58"), None, "中央公園北邊有一群年輕人在喝酒大聲喧嘩，還有人在放音樂。", lon=120.6566, lat=24.1895, spread=40)
    pd = s.add("incident", "public_disturbance", n("01:05"), "P1", "中央公園北側年輕人聚集飲酒喧嘩，經員警勸導後離去。", lon=120.6566, lat=24.1893, severity="Minor", alt=None)
    # drunk driver at Taiwan Blvd / Huanzhong
    s.add("cctv", "stalled_vehicle", n("01:25"), "T1", "臺灣大道/環中路 路口車輛停滯", sensor="SN-CCTV-009", confidence=0.79)
    t1 = s.add("incident", "injury_accident", n("01:27"), "T1", "臺灣大道環中路口自小客自撞分隔島，駕駛酒測值每公升0.45毫克，輕傷，依公共危險罪移送。", lon=120.6322, lat=24.1751, severity="Moderate")
    s.add("119", "ambulance", n("01:28"), "T1", "臺灣大道環中路口自撞，駕駛額頭撕裂傷，送醫。", lon=120.6322, lat=24.1751)
    s.add("1999", "traffic_accident", n("01:31"), "T1", "台灣大道跟環中路那邊有一台車撞到分隔島，車頭都爛了。", lon=120.6325, lat=24.1752, spread=50)
    s.add("incident", "injury_accident", n("02:05"), "T1", "肇事車輛拖離，路口恢復。", lon=120.6322, lat=24.1751, severity="Minor", follows=t1)
    s.add("1999", "streetlight", n("02:10"), None, "臺灣大道往環中路那邊有一盞路燈不亮。", lon=120.6300, lat=24.1770, spread=60)
    for i, sid in enumerate(gw):
        s.add("status", "online", s.t("02:12:40", 1) + timedelta(seconds=2 * i), "D1", "%s 恢復連線（閘道重啟）" % SENSORS[sid]["name"], sensor=sid, delay=2)
    s.write(
        "週六深夜：河南路熱炒店打烊後爐具開關未關妥，騎樓瓦斯外洩，119關閥疏散樓上住戶；00:30中央公園感測閘道斷線，五個滯洪池淹水感測器、兩個水位計與雨量站同時離線近兩小時（晴天）；"
        "公園北側年輕人飲酒喧嘩經勸導離去；01:25臺灣大道環中路口酒駕自撞。其餘為KTV與喝酒噪音、路燈、違停、單一設備短暫斷線。",
        [inc("G1", "fire", "河南路熱炒店瓦斯外洩：關閥、疏散樓上住戶、路口暫時封閉。", c1),
         inc("D1", "infrastructure", "中央公園感測閘道斷線：8個防災感測器同時離線，須派維護廠商。", keys[2]),
         inc("P1", "public_safety", "中央公園北側年輕人飲酒喧嘩，員警勸導。", pd),
         inc("T1", "traffic", "臺灣大道環中路口酒駕自撞分隔島，駕駛輕傷。", t1)],
        alternative={"why": "員警勸導喧嘩是例行巡邏處置，多數中心只把它當成噪音陳情的處理結果，不另開事件。",
                     "incidents": [inc("G1", "fire", "熱炒店瓦斯外洩。", c1),
                                   inc("D1", "infrastructure", "中央公園感測閘道斷線。", keys[2]),
                                   inc("T1", "traffic", "臺灣大道環中路口酒駕自撞。", t1)]},
        notes="D1 的充分證據是第三個同時離線的設備（同一閘道、同一分鐘內三台離線即可判斷非單機異常）。河南路偵測器與停車場的單機短暫斷線為背景。")


if __name__ == "__main__":
    for fn in (s237, s238, s239, s240, s241, s242):
        fn()
