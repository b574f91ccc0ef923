"""Situations 437-442. Run: python3 gen_b.py"""
from lib import Situation, bg_1999, bg_panel_fault, bg_flap, bg_congestion, bg_many


def s437():
    s = Situation(437, "afternoon_shower_underpass", "2026-07-21",
                  "週二午後雷陣雨(大雨等級)：滯洪池按設計蓄水(背景)；雷擊造成中清環中路口局部停電，號誌全暗、地下道抽水機失電，"
                  "地下道積水超過30公分，一部轎車涉水熄火2人受困；黎明凱旋低窪處水溝被垃圾堵住積水；敦化路斷枝。"
                  "背景：雨量警戒、滯洪池水位、另一處地下道輕微積水、雨量站斷線、家中陽台積水、尖峰壅塞。")
    bg_congestion(s, "15:05:00", "SN-VD-HUANZHONG-04", 29, 31, peak=False)
    bg_1999(s, "15:10:00", "streetlight", "經貿七路口")
    s.ev("15:35:00", "rule", "heavy_rain", None, "時雨量 46 mm，達大雨標準", sensor="SN-RG-002", level="大雨")
    s.ev("15:40:00", "rule", "heavy_rain", None, "時雨量 42 mm，達大雨標準", sensor="SN-RG-001", level="大雨")
    u1 = s.ev("15:42:00", "rule", "flood_depth", "U", "淹水深度 12 cm", sensor="SN-FL-006", level="1-15")
    s.ev("15:45:00", "rule", "heavy_rain", None, "時雨量 41 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    g1 = s.ev("15:47:20", "signal", "fault", "U", "控制器失電 燈號全暗", sensor="SN-SIG-008", alt="G")
    s.ev("15:47:22", "status", "offline", "U", "status offline: mains_power_lost", sensor="SN-CCTV-008", alt="G")
    s.ev("15:50:00", "rule", "flood_depth", None, "淹水深度 24 cm (滯洪池蓄洪)", sensor="SN-FL-001", level="16-30")
    s.ev("15:50:00", "rule", "flood_depth", None, "淹水深度 11 cm (滯洪池蓄洪)", sensor="SN-FL-003", level="1-15")
    u2 = s.ev("15:52:00", "rule", "flood_depth", "U", "淹水深度 27 cm", sensor="SN-FL-006", level="16-30")
    s.ev("15:52:20", "rule", "sensor_offline", "U", "中清路/環中路 路口監視器 離線超過5分鐘 (mains_power_lost)", sensor="SN-CCTV-008", alt="G")
    l1 = s.ev("15:55:00", "rule", "flood_depth", "L", "淹水深度 9 cm", sensor="SN-FL-009", level="1-15", alt=None)
    g2 = s.ev("15:55:30", "1999", "traffic_signal", "U", "中清路環中路口紅綠燈全部沒亮，雨又大，大家都亂開", at="中清環中口", jitter=50, alt="G")
    s.ev("15:58:00", "rule", "flood_depth", None, "淹水深度 6 cm", sensor="SN-FL-010", level="1-15")
    s.ev("16:00:00", "rule", "flood_depth", "U", "淹水深度 38 cm", sensor="SN-FL-006", level=">30")
    s.ev("16:00:00", "rule", "flood_depth", None, "淹水深度 19 cm (滯洪池蓄洪)", sensor="SN-FL-005", level="16-30")
    r1 = s.ev("16:01:10", "119", "rescue", "U", "中清路環中路口地下道 轎車涉水熄火 車內駕駛及乘客共2人受困 水深及車門", at="中清環中口", jitter=20)
    s.ev("16:02:00", "rule", "water_level", None, "北滯洪池水位 2.12 m，超過三級警戒 2.0 m", sensor="SN-WL-001", level="3")
    rc = s.ev("16:03:30", "incident", "road_closure", "U", "中清路地下道積水 雙向封閉 禁止車輛進入", at="中清環中口", jitter=20, sev="Severe")
    c1 = s.ev("16:05:10", "1999", "flooding", "U", "地下道淹水了，有一台車卡在裡面，水快到車門了，人還在車上", at="中清環中口", jitter=40)
    s.ev("16:06:40", "1999", "flooding", "U", "中清路那個地下道又淹了，每次下雨都這樣，抽水機是不是又沒在動", at="中清環中口", jitter=80)
    s.dup(c1, 72)
    l2 = s.ev("16:08:20", "1999", "blocked_drain", "L", "黎明路凱旋路口的水溝被垃圾跟落葉塞住了，水都排不掉，已經積到人行道", at="黎明凱旋口", jitter=30, alt=None)
    s.ev("16:10:00", "incident", "road_closure", "U", "地下道抽水站停電 已通知台電及水利局調派移動式抽水機", at="中清環中口", jitter=20, sev="Moderate", follows=rc)
    s.ev("16:12:00", "rule", "flood_depth", "L", "淹水深度 17 cm", sensor="SN-FL-009", level="16-30", alt=None)
    s.ev("16:12:30", "rule", "water_level", None, "南滯洪池水位 2.05 m，超過三級警戒 2.0 m", sensor="SN-WL-002", level="3")
    s.ev("16:14:00", "1999", "other", None, "雨太大我家陽台排水孔積水倒灌進客廳了，怎麼辦", at="生態住宅A", jitter=150)
    s.ev("16:15:30", "119", "rescue", "U", "受困2人已救出 無人受傷 車輛待拖吊", at="中清環中口", jitter=20, follows=r1)
    s.ev("16:20:00", "rule", "congestion", "U", "平均車速 8 km/h，佔有率 66%", sensor="SN-VD-ZHONGQING-01", sev="Moderate")
    bg_flap(s, "16:18:00", "16:40:00", "SN-RG-003")
    t1 = s.ev("16:25:10", "1999", "fallen_tree", "T", "敦化路公園旁邊有一根很大的樹枝被雨打斷，掉在機車道上，機車都要閃到快車道", at="敦化路公園東", jitter=40)
    s.ev("16:28:00", "parking", "full", None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.ev("16:35:00", "incident", "fallen_object", "T", "敦化路一段機車道斷枝 已協助移至路旁 通知養工處清運", at="敦化路公園東", jitter=30, sev="Minor", follows=t1)
    s.ev("16:38:00", "1999", "blocked_drain", "L", "黎明路那邊積水還沒退，清潔隊可以來清一下水溝嗎", at="黎明凱旋口", jitter=60, alt=None)
    s.ev("16:45:00", "1999", "noise", None, "樓下的抽水馬達一直響，是不是壞掉了", at="經貿路三段", jitter=200)
    s.ev("16:50:00", "rule", "flood_depth", "U", "淹水深度 14 cm", sensor="SN-FL-006", level="1-15")
    s.ev("16:58:00", "signal", "restored", "U", "恢復正常運轉", sensor="SN-SIG-008", alt="G")
    s.ev("16:58:03", "status", "online", "U", "status online", sensor="SN-CCTV-008", alt="G")
    bg_congestion(s, "17:10:00", "SN-VD-HUANZHONG-03", 19, 45)
    s.ev("17:12:00", "rule", "flood_depth", "L", "淹水深度 4 cm", sensor="SN-FL-009", level="1-15", alt=None)
    s.ev("17:20:00", "incident", "road_closure", "U", "中清路地下道積水已退 恢復通行", at="中清環中口", jitter=20, sev="Minor")
    bg_1999(s, "17:25:00", "parking", "轉運中心")
    bg_many(s, [("15:15:00", "other", "逢甲水湳"), ("15:28:00", "noise", "河南路停車場"), ("16:52:00", "streetlight", "中平路東段"),
                ("17:02:00", "other", "會展A")])
    bg_congestion(s, "17:28:00", "SN-VD-HUANZHONG-02", 17, 48)
    s.incident("U", "flood", "中清環中路口雷擊局部停電：號誌全暗、地下道抽水失電，地下道積水>30cm，轎車涉水熄火2人受困；封閉地下道、119救援、移動抽水機", u2)
    s.incident("L", "flood", "黎明凱旋低窪處水溝被垃圾堵塞積水至人行道，清溝", l2)
    s.incident("T", "traffic", "敦化路機車道斷枝，移除清運", t1)
    s.alternative("(1) 暗燈號誌與監視器失電可另開號誌維修工作(交通局廠商2小時到場)，不併入地下道救援；"
                  "(2) 黎明凱旋低窪處積水不到20公分，協調員可能只轉1999例行清溝，不開事件。",
                  [s.incidents[0], s.incidents[2],
                   {"label": "G", "type": "traffic", "description": "中清環中路口號誌失電全暗", "sufficient_evidence_key": g2}])
    s.notes = "滯洪池(SN-FL-001/003/005、SN-WL-001/002)蓄洪是設計功能，雨量警戒是區域天氣資訊，皆為背景。SN-FL-010 另一地下道6公分無人通報，背景。"
    return s


def s438():
    s = Situation(438, "wind_gust_fallen_tree", "2026-08-11",
                  "週二午後陣風：敦化路公園旁一棵大樟樹倒塌橫躺馬路、壓到停放車輛並扯斷路燈線(入夜後整排不亮)；河南路停車場出口斷枝；"
                  "河南中平路口號誌燈頭被吹歪。背景：雨量警戒、滯洪池、監視器斷線、陽台鐵皮、總機故障。")
    s.ev("14:40:00", "rule", "heavy_rain", None, "時雨量 40 mm，達大雨標準", sensor="SN-RG-001", level="大雨")
    bg_1999(s, "14:45:00", "noise", "凱旋路中段")
    t1 = s.ev("14:55:10", "1999", "fallen_tree", "T", "敦化路公園旁邊一棵大樹倒下來，整棵橫在馬路上，還壓到一台停在路邊的車", at="敦化路公園東", jitter=30)
    s.ev("14:57:00", "1999", "fallen_tree", "T", "大樹倒了把路燈的電線也扯斷了，線掉在地上，會不會有電啊，小孩要放學了", at="敦化路公園東", jitter=40)
    t3 = s.ev("14:58:30", "incident", "fallen_object", "T", "敦化路一段(經貿路至中央公園)路樹倒塌阻斷雙向車道 壓損自小客車1部 現場無人受傷", at="敦化路公園東", jitter=20, sev="Severe")
    r1 = s.ev("15:00:20", "119", "rescue", "T", "敦化路 路樹倒塌壓到車輛 確認車內有無人員", at="敦化路公園東", jitter=20)
    c1 = s.ev("15:02:00", "signal", "fault", "C", "燈頭角度異常 北向紅燈不亮", sensor="SN-SIG-010")
    bg_flap(s, "15:05:00", "15:09:20", "SN-CCTV-010")
    s.ev("15:06:00", "rule", "flood_depth", None, "淹水深度 8 cm (滯洪池蓄洪)", sensor="SN-FL-002", level="1-15")
    b1 = s.ev("15:10:20", "1999", "fallen_tree", "B", "河南路停車場出口那邊樹枝斷掉，擋住一半車道，車子出不去", at="河南路停車場", jitter=30)
    s.ev("15:12:00", "119", "rescue", "T", "車內無人 協助養工處鋸除樹幹", at="敦化路公園東", jitter=20, follows=r1)
    c2 = s.ev("15:15:10", "1999", "traffic_signal", "C", "河南路中平路口的紅綠燈被風吹轉向了，往北開的根本看不到燈", at="河南中平口", jitter=30)
    s.dup(c2, 90)
    s.ev("15:20:00", "rule", "congestion", "T", "平均車速 12 km/h，佔有率 58%", sensor="SN-VD-JINGMAO-02", sev="Moderate")
    s.ev("15:22:00", "1999", "other", None, "我家頂樓的鐵皮被風吹得一直啪啪響，好像快掀起來了，可以找人來看嗎", at="生態住宅B", jitter=80)
    s.ev("15:25:40", "incident", "fallen_object", "B", "河南路停車場出口斷枝 員警已移至路旁", at="河南路停車場", jitter=20, sev="Minor")
    s.ev("15:30:00", "incident", "traffic_signal_fault", "C", "河南路中平路口號誌燈頭偏移 派員指揮 通知號誌廠商", at="河南中平口", jitter=10, sev="Moderate")
    bg_panel_fault(s, "15:33:00", "SN-FA-012", text="偵煙探測器 3F-05 故障")
    s.ev("15:45:00", "incident", "fallen_object", "T", "樹幹已鋸除移至路旁 恢復單線通行 壓損車輛車主已到場", at="敦化路公園東", jitter=20, sev="Moderate", follows=t3)
    s.ev("16:20:00", "signal", "restored", "C", "燈頭校正完成 恢復正常", sensor="SN-SIG-010")
    bg_1999(s, "16:30:00", "parking", "中科路中段")
    bg_congestion(s, "17:35:00", "SN-VD-HUANZHONG-02", 20, 43)
    bg_1999(s, "18:20:00", "streetlight", "河南路停車場")
    s.ev("18:52:00", "1999", "streetlight", "T", "敦化路公園那邊一整排路燈都沒亮，就是下午樹倒的那段，很暗", at="敦化路公園東", jitter=60, alt="S")
    s.ev("19:05:00", "1999", "streetlight", "T", "公園東邊的路燈整條都黑的，走路都看不到", at="中央公園中段", jitter=120, alt="S")
    bg_1999(s, "19:10:00", "noise", "經貿路三段")
    s.incident("T", "traffic", "敦化路公園旁大樹倒塌阻斷車道、壓損車輛、扯斷路燈線；養工處鋸除清運、119確認無人受困", t1)
    s.incident("B", "traffic", "河南路停車場出口斷枝擋住半車道，員警移除", b1)
    s.incident("C", "traffic", "河南中平路口號誌燈頭被風吹歪，北向看不到紅燈，廠商校正", c2)
    s.alternative("入夜後整排路燈不亮是路燈維修工作(養工處路燈班)，協調員可能另開一張，不併入倒樹清運。",
                  [s.incidents[0], s.incidents[1], s.incidents[2],
                   {"label": "S", "type": "infrastructure", "description": "敦化路公園段路燈線被倒樹扯斷，整排不亮", "sufficient_evidence_key": "PLACEHOLDER"}])
    for i in s.items:
        if i.get("truth_alt") == "S":
            s.alt["incidents"][3]["sufficient_evidence_key"] = i["key"]
            break
    s.notes = "C 的號誌故障由控制器先報(15:02)，1999確認後才足以派遣(慣例：控制器自報後可能自行恢復)。SN-CCTV-010 通訊斷線與燈頭被吹歪同路口，但原因為通訊，背景。"
    return s


def s439():
    s = Situation(439, "exhibition_saturday", "2026-10-17",
                  "週六會展中心自行車展(許可)：停車場滿、展覽車潮、監視器人群、違停陳情都是預期中的背景。事件：A棟入口排隊人潮溢到經貿路車道(警方疏導)、"
                  "B棟展場一名男性昏倒(119)、8分鐘後同棟煙霧機觸發火警(119出勤，非火災)、A棟扒竊報案。一通遺失錢包的電話是失物招領。")
    s.ev("2026-10-16 09:30:00", "planned_event", "exhibition", None, "2026臺中國際自行車展 10/16-10/18 每日09:30-18:00 預估每日入場3萬人次 經貿路二段臨停管制",
         at="會展A", jitter=0, ends="2026-10-18T10:00:00Z", delay=-86400 * 6)
    bg_congestion(s, "10:05:00", "SN-VD-JINGMAO-01", 14, 55, peak=False)
    s.ev("10:15:00", "parking", "full", None, "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    s.ev("10:20:00", "cctv", "crowding", None, "經貿路二段/黎明路三段 人群聚集", sensor="SN-CCTV-005", conf=0.81)
    s.ev("10:24:00", "1999", "illegal_parking", None, "經貿路兩邊違停到只剩一個車道，都是去看展的", at="經貿黎明口", jitter=150)
    bg_congestion(s, "10:30:00", "SN-VD-LIMING-01", 16, 52, peak=False)
    s.ev("10:35:00", "1999", "other", None, "請問會展中心的接駁車在哪裡搭？轉運中心這邊找不到站牌", at="轉運中心", jitter=40)
    s.ev("10:40:00", "parking", "full", None, "經貿六停車場 汽車位已滿", sensor="SN-PK-002")
    s.ev("10:46:00", "cctv", "crowding", None, "經貿路二段/經貿七路 人群聚集", sensor="SN-CCTV-006", conf=0.77)
    q1 = s.ev("10:50:20", "1999", "crowding", "Q", "會展中心排隊的人排到馬路上了，車子從旁邊擦過去，很危險，都沒人管", at="會展A", jitter=40, alt=None)
    s.ev("11:00:00", "parking", "full", None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.ev("11:01:00", "cctv", "crowding", "Q", "經貿路二段/黎明路三段 人群聚集", sensor="SN-CCTV-005", conf=0.88, alt=None)
    q2 = s.ev("11:05:30", "incident", "crowd_control", "Q", "會展中心A棟入口排隊人潮溢出至經貿路二段車道 派員疏導 請主辦單位加開入口", at="會展A", jitter=30, sev="Moderate", alt=None)
    s.ev("11:10:00", "1999", "illegal_parking", None, "黎明路三段人行道停滿機車，行人只能走到馬路上", at="黎明路三段東", jitter=100)
    bg_flap(s, "11:15:00", "11:19:40", "SN-CCTV-006")
    s.ev("11:32:00", "incident", "crowd_control", "Q", "主辦單位已加開B棟入口 排隊人潮退回人行道 解除疏導", at="會展A", jitter=30, sev="Minor", follows=q2, alt=None)
    bg_panel_fault(s, "11:40:00", "SN-FA-002", text="第3迴路斷線")
    s.ev("11:50:00", "1999", "noise", None, "展場外面攤販的大聲公一直重複廣告，住旁邊很吵", at="會展B", jitter=200)
    bg_congestion(s, "12:00:00", "SN-VD-HUANZHONG-03", 18, 49, peak=False)
    h1 = s.ev("12:10:10", "119", "ambulance", "H", "臺中國際會展中心B棟 展場內 一名男性昏倒 意識不清", at="會展B", jitter=15)
    s.ev("12:12:30", "1999", "other", "H", "展場裡面有人昏倒了，救護車要從哪個門進來？我們在B館靠近舞台這邊", at="會展B", jitter=20)
    f1 = s.ev("12:18:10", "fire_alarm", "alarm", "F", "B棟 2F 展位區 偵煙探測器動作", sensor="SN-FA-003", alt=None)
    f2 = s.ev("12:19:20", "119", "fire", "F", "臺中國際會展中心B棟 火警自動警報 派遣", at="會展B", jitter=10, alt=None)
    s.dup(f1, 25)
    s.ev("12:25:00", "119", "ambulance", "H", "昏倒男性恢復意識 送臺中榮總", at="會展B", jitter=15, follows=h1)
    s.ev("12:27:30", "119", "fire", "F", "攤商舞台使用煙霧機觸發偵煙探測器 非火災 已請主辦單位停用", at="會展B", jitter=10, follows=f2, alt=None)
    s.ev("12:30:00", "fire_alarm", "normal", "F", "復歸", sensor="SN-FA-003", alt=None)
    s.ev("12:40:00", "cctv", "crowding", None, "經貿路二段/環中路二段 人群聚集", sensor="SN-CCTV-004", conf=0.6)
    bg_1999(s, "12:50:00", "streetlight", "河南路停車場")
    p1 = s.ev("13:05:20", "incident", "theft", "P", "會展中心A棟 民眾報案手機及錢包遭竊 疑於人潮中遭扒竊", at="會展A", jitter=20, sev="Minor")
    s.ev("13:15:00", "1999", "other", None, "轉運中心停車場也滿了，附近還有哪裡可以停車？", at="轉運中心", jitter=40)
    s.ev("13:20:00", "incident", "theft", "P", "調閱展場監視器中 提醒主辦單位廣播防扒", at="會展A", jitter=20, sev="Minor", follows=p1)
    s.ev("13:40:30", "1999", "other", None, "我在會展中心掉了錢包，裡面有身分證跟健保卡，可以幫我問失物招領嗎", at="會展A", jitter=30, alt="P")
    bg_1999(s, "13:55:00", "other", "中央公園中段")
    s.ev("14:05:00", "cctv", "crowding", None, "經貿路二段/黎明路三段 人群聚集", sensor="SN-CCTV-005", conf=0.74)
    bg_congestion(s, "14:20:00", "SN-VD-JINGMAO-01", 15, 54, peak=False)
    s.ev("14:30:00", "1999", "illegal_parking", None, "經貿七路有遊覽車並排停車下客，後面的車都過不去", at="經貿七路口", jitter=60)
    bg_1999(s, "14:45:00", "noise", "生態住宅A")
    bg_many(s, [("10:12:00", "parking", "經貿七路口"), ("11:25:00", "streetlight", "黎明路三段東"), ("12:05:00", "other", "轉運中心"),
                ("13:30:00", "parking", "會展B"), ("14:10:00", "other", "中科路中段"), ("14:50:00", "streetlight", "中平路東段")])
    s.ev("12:55:00", "parking", "full", None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.ev("13:45:00", "cctv", "crowding", None, "經貿路二段/經貿七路 人群聚集", sensor="SN-CCTV-006", conf=0.71)
    bg_flap(s, "13:50:00", "14:25:00", "SN-FL-006", reason="battery_low")
    bg_congestion(s, "14:40:00", "SN-VD-JINGMAO-02", 19, 44, peak=False)
    s.incident("Q", "crowd", "會展中心A棟入口排隊人潮溢出經貿路車道，警方疏導、主辦單位加開入口", q2)
    s.incident("H", "rescue", "會展中心B棟展場男性昏倒，119送醫", h1)
    s.incident("F", "fire", "會展中心B棟煙霧機觸發火警自動警報，119出勤確認非火災", f2)
    s.incident("P", "public_safety", "會展中心A棟民眾遭扒竊手機錢包", p1)
    s.alternative("(1) 排隊人潮是許可活動的主辦單位自行管理範圍，協調員可能不開事件；(2) 煙霧機誤報經119確認後可視為沒有事件；"
                  "(3) 遺失錢包的人可能也是扒竊受害者。",
                  [s.incidents[1], s.incidents[3]])
    s.notes = "展覽期間的停車場滿、人群偵測(信心0.6-0.81)、違停與接駁詢問都是預期的背景；只有人潮溢到車道並由警方出勤時才是工作。"
    return s


def s440():
    s = Situation(440, "chlorine_reclamation", "2026-01-20",
                  "週二上午，水湳水資源回收中心加藥間藥劑誤混產生氯氣：員工按手動報警機、119危險物品、下風處中國醫藥大學學生不適送醫、警方封路；"
                  "同一時間150公尺外經貿中平路口機車自撞，兩批救護車相距很近。背景：事故前一通例行的污水臭味陳情、中國醫大總機蓄電池故障、水位站斷線、尖峰壅塞。")
    bg_congestion(s, "08:50:00", "SN-VD-ZHONGPING-02", 22, 40)
    s.ev("08:55:00", "1999", "other", None, "水資源回收中心那邊常常有一股臭水溝的味道，早上特別明顯，可以請他們改善嗎", at="回收中心", jitter=150)
    bg_1999(s, "09:00:00", "streetlight", "經貿七路口")
    bg_panel_fault(s, "09:05:00", "SN-FA-010", text="主機蓄電池異常，請檢查")
    h0 = s.ev("09:13:10", "fire_alarm", "alarm", "H", "加藥間 手動報警機動作", sensor="SN-FA-008")
    h1 = s.ev("09:14:20", "119", "hazmat", "H", "水湳水資源回收中心 加藥間藥劑誤混產生氯氣 2名員工嗆傷 派遣危險物品搶救及救護", at="回收中心", jitter=15, delay=140)
    s.ev("09:15:00", "119", "hazmat", "H", "化學車出動 通報環保局毒災應變隊", at="回收中心", jitter=15, follows=h1, delay=30)
    s.dup(h1, 50)
    s.ev("09:20:30", "1999", "gas_odor", "H", "中國醫藥大學水湳校區這邊有很刺鼻的味道，像漂白水，好多同學喉嚨痛在咳嗽", at="中國醫大水湳", jitter=40)
    s.ev("09:22:10", "incident", "hazmat_report", "H", "水資源回收中心氯氣外洩 封鎖周邊200公尺 經貿路三段往南車道管制", at="回收中心", jitter=30, sev="Severe")
    s.ev("09:25:00", "incident", "road_closure", "H", "經貿路(敦化路至中平路)往南封閉 請改道中科路", at=(120.6598, 24.1770), jitter=30, sev="Moderate")
    s.ev("09:27:30", "119", "ambulance", "H", "中國醫藥大學水湳校區 學生3名吸入刺激性氣體 呼吸不適", at="中國醫大水湳", jitter=20, alt="R2")
    x1 = s.ev("09:29:10", "cctv", "stalled_vehicle", "X", "經貿路/中平路口 車輛停滯", sensor="SN-CCTV-011", conf=0.7)
    x2 = s.ev("09:29:40", "incident", "injury_accident", "X", "經貿路中平路口 機車自撞分隔島 騎士頭部受傷 意識模糊", at="經貿中平口", jitter=15, sev="Moderate")
    s.ev("09:30:30", "119", "ambulance", "X", "經貿路中平路口 機車事故 1人受傷", at="經貿中平口", jitter=15)
    s.ev("09:31:50", "1999", "traffic_accident", "X", "中平路跟經貿路口有人騎車摔倒躺在地上，安全帽都飛出去了", at="經貿中平口", jitter=40)
    s.ev("09:35:00", "119", "hazmat", "H", "已止漏 持續偵測氯氣濃度 下風處校區師生室內待命", at="回收中心", jitter=15, follows=h1)
    bg_flap(s, "09:36:00", "10:02:00", "SN-WL-003")
    s.ev("09:40:20", "1999", "other", "H", "學校廣播叫我們不要出教室，窗戶都要關，到底發生什麼事，會不會有毒", at="中國醫大水湳", jitter=40)
    s.ev("09:40:00", "rule", "congestion", "H", "平均車速 10 km/h，佔有率 60%", sensor="SN-VD-JINGMAO-02", sev="Moderate")
    s.ev("09:44:00", "119", "ambulance", "X", "騎士送中國醫藥大學附設醫院", at="經貿中平口", jitter=15)
    s.ev("09:50:00", "119", "ambulance", "H", "學生3名送醫 症狀輕微", at="中國醫大水湳", jitter=20, alt="R2")
    s.ev("09:58:00", "incident", "injury_accident", "X", "經貿中平路口事故現場處理完畢 疑路面濕滑自撞", at="經貿中平口", jitter=15, sev="Minor", follows=x2)
    bg_1999(s, "10:05:00", "parking", "逢甲水湳")
    s.ev("10:20:00", "fire_alarm", "normal", "H", "復歸", sensor="SN-FA-008")
    s.ev("10:30:00", "incident", "road_closure", "H", "氯氣濃度已低於偵測下限 經貿路恢復通行", at=(120.6598, 24.1770), jitter=30, sev="Minor")
    bg_1999(s, "10:35:00", "noise", "黎明路三段東")
    bg_congestion(s, "10:40:00", "SN-VD-HUANZHONG-01", 30, 28, peak=False)
    bg_1999(s, "10:50:00", "other", "會展A")
    # the second ambulance update must follow its dispatch
    amb = [i for i in s.items if i["feed"] == "119" and i["category"] == "ambulance"]
    amb_x = next(i["key"] for i in amb if "機車事故" in i["text"])
    amb_h = next(i["key"] for i in amb if "吸入" in i["text"])
    for i in s.items:
        if i["text"] == "騎士送中國醫藥大學附設醫院":
            i["follows"] = amb_x
        if i["text"] == "學生3名送醫 症狀輕微":
            i["follows"] = amb_h
    s.incident("H", "hazmat", "水資源回收中心加藥間氯氣外洩：員工嗆傷、下風處校區學生不適送醫、封路、環保局毒災應變", h1)
    s.incident("X", "traffic", "經貿中平路口機車自撞分隔島，騎士頭部受傷送醫", x2)
    s.alternative("中國醫大學生送醫可能被另開一個救護工作(不同地點、不同救護車)。",
                  [s.incidents[0], s.incidents[1],
                   {"label": "R2", "type": "rescue", "description": "中國醫大水湳校區學生吸入刺激性氣體送醫", "sufficient_evidence_key": "PLACEHOLDER"}])
    s.alt["incidents"][2]["sufficient_evidence_key"] = amb_h
    s.notes = "08:55 的臭味陳情早於外洩，是例行環境陳情(背景)。SN-FA-010 蓄電池異常與事件無關。手動報警機單獨不足以開立，119危險物品出勤才足夠。"
    return s


def s441():
    s = Situation(441, "planned_outage_overrun", "2026-11-05",
                  "週四深夜，台電計畫性停電(許可 01:00-05:00，生態住宅區饋線汰換)：區內設備依預期離線(背景)。02:14 一位用製氧機的長者因停電呼吸喘送醫。"
                  "05:00 多數設備復電，但中平路/經貿路南段一段饋線未能送電：A區住宅、經貿中平路口號誌與監視器持續無電，到早上尖峰才由1999與警方發現。"
                  "監視器復電後時鐘重置(慢8小時)。")
    s.ev("2026-11-06 01:00:00", "planned_event", "road_works", None,
         "台電計畫性停電 水湳生態住宅區(經貿路三段、敦化路一段、中平路東段) 11/6 01:00-05:00 饋線汰換工程 區內號誌改由警方注意",
         at="經貿路三段", jitter=0, ends="2026-11-05T21:00:00Z", delay=-86400 * 7)
    bg_1999(s, "23:40:00", "noise", "凱旋路中段")
    o1 = s.ev("+1 01:00:20", "signal", "fault", "O", "市電中斷 燈號全暗", sensor="SN-SIG-011", alt=None)
    s.ev("+1 01:00:21", "status", "offline", "O", "status offline: mains_power_lost", sensor="SN-CCTV-011", alt=None)
    s.ev("+1 01:00:22", "fire_alarm", "fault", "O", "主電源停電 蓄電池供電中", sensor="SN-FA-011", alt=None)
    s.ev("+1 01:00:23", "fire_alarm", "fault", None, "市電中斷", sensor="SN-FA-012")
    s.ev("+1 01:00:24", "fire_alarm", "fault", None, "主電源停電", sensor="SN-FA-010")
    s.ev("+1 01:00:25", "status", "offline", None, "status offline: mains_power_lost", sensor="SN-FL-008")
    s.ev("+1 01:00:26", "status", "offline", None, "status offline: mains_power_lost", sensor="SN-WL-003")
    s.ev("+1 01:05:21", "rule", "sensor_offline", "O", "經貿路/中平路 路口監視器 離線超過5分鐘 (mains_power_lost)", sensor="SN-CCTV-011", alt=None)
    s.ev("+1 01:05:25", "rule", "sensor_offline", None, "經貿路低窪處 淹水感測器 離線超過5分鐘 (mains_power_lost)", sensor="SN-FL-008")
    s.ev("+1 01:05:26", "rule", "sensor_offline", None, "水湳區域排水經貿路水位 離線超過5分鐘 (mains_power_lost)", sensor="SN-WL-003")
    m1 = s.ev("+1 02:10:30", "1999", "other", "M", "我爸爸晚上要用製氧機，停電了備用電池快沒電，他現在喘得很厲害，拜託幫忙", at="生態住宅B", jitter=20)
    m2 = s.ev("+1 02:14:00", "119", "ambulance", "M", "水湳生態住宅B區 82歲男性 居家氧氣製造機停電 呼吸喘 血氧偏低", at="生態住宅B", jitter=15)
    s.ev("+1 02:31:00", "119", "ambulance", "M", "已給氧 送中國醫藥大學附設醫院", at="生態住宅B", jitter=15, follows=m2)
    s.ev("+1 03:20:00", "1999", "noise", None, "台電施工那台發電機好吵，半夜三點耶", at="經貿路三段", jitter=100)
    bg_flap(s, "+1 03:45:00", "+1 03:49:30", "SN-VD-HENAN-01")
    s.ev("+1 04:52:00", "fire_alarm", "normal", None, "市電恢復", sensor="SN-FA-012")
    s.ev("+1 04:53:00", "fire_alarm", "normal", None, "主電源恢復 復歸", sensor="SN-FA-010")
    s.ev("+1 04:55:00", "status", "online", None, "status online", sensor="SN-FL-008")
    s.ev("+1 04:55:10", "status", "online", None, "status online", sensor="SN-WL-003")
    bg_1999(s, "+1 05:20:00", "noise", "生態住宅A")
    o2 = s.ev("+1 05:40:10", "1999", "streetlight", "O", "經貿路三段的路燈到現在整排都還沒亮，不是說五點就會來電嗎", at="經貿路三段", jitter=100)
    bg_1999(s, "+1 05:55:00", "parking", "中平路東段")
    s.ev("+1 06:05:00", "1999", "other", "O", "A區到現在還沒有電，電梯不能用，大家要出門上班，台電不是說五點會好", at="生態住宅A", jitter=20)
    s.ev("+1 06:08:00", "1999", "other", "O", "我們這棟停電停到現在，冰箱的東西都退冰了，到底什麼時候來電", at="生態住宅A", jitter=40)
    p1 = s.ev("+1 06:20:30", "incident", "traffic_signal_fault", "O", "經貿路中平路口號誌全暗 上班車流增加 派員指揮交通", at="經貿中平口", jitter=10, sev="Moderate", alt="S")
    s.ev("+1 06:30:00", "rule", "congestion", "O", "平均車速 14 km/h，佔有率 51%", sensor="SN-VD-ZHONGPING-02", sev="Moderate", alt="S")
    k = s.ev("+1 06:35:10", "1999", "traffic_signal", "O", "中平路經貿路口紅綠燈都沒亮，剛剛差點跟對面左轉的撞到", at="經貿中平口", jitter=40, alt="S")
    s.dup(k, 130)
    s.ev("+1 06:52:00", "status", "online", "O", "status online", sensor="SN-CCTV-011", observed_shift=-8 * 3600)
    s.ev("+1 06:52:30", "signal", "restored", "O", "市電恢復 恢復正常運轉", sensor="SN-SIG-011", alt="S")
    s.ev("+1 06:53:00", "fire_alarm", "normal", "O", "主電源恢復", sensor="SN-FA-011")
    s.ev("+1 07:00:00", "incident", "traffic_signal_fault", "O", "號誌已恢復 撤除指揮", at="經貿中平口", jitter=10, sev="Minor", follows=p1, alt="S")
    bg_congestion(s, "+1 07:20:00", "SN-VD-HUANZHONG-03", 19, 46)
    bg_1999(s, "+1 07:30:00", "streetlight", "凱旋路中段")
    s.incident("O", "infrastructure", "計畫停電後中平路/經貿路南段饋線未能送電：A區住宅停電、經貿中平路口號誌全暗、監視器離線；台電搶修、警察指揮", o2)
    s.incident("M", "rescue", "生態住宅B區用製氧機長者因停電呼吸喘，119送醫", m1)
    s.alternative("(1) 01:00 的離線/全暗在當時是計畫停電的預期現象，協調員可能只把05:00之後的回報算進未復電事件；"
                  "(2) 暗燈路口可另開號誌/交通指揮工作。",
                  [{"label": "O", "type": "infrastructure", "description": "計畫停電逾時未復電(住宅)", "sufficient_evidence_key": o2},
                   s.incidents[1],
                   {"label": "S", "type": "traffic", "description": "經貿中平路口號誌全暗(未復電)，警方指揮", "sufficient_evidence_key": p1}])
    s.notes = "SN-CCTV-011 復電時時鐘重置，06:52 的 online 狀態 observed 慢8小時。計畫停電期間已復電的設備(SN-FA-012、SN-FA-010、SN-FL-008、SN-WL-003)為背景。"
    return s


def s442():
    s = Situation(442, "concert_night", "2026-12-19",
                  "週六晚上臺中流行影音中心演唱會(許可 19:00-22:00，1.2萬人)：停車場滿、入場車潮、違停、音量陳情、散場人潮管制都是預期背景。"
                  "事件：公園地下停車場電梯受困3人、機車失竊、散場時中科路兩群人酒後鬥毆、黎明凱旋路口號誌卡在全紅。")
    s.ev("2026-12-19 19:00:00", "planned_event", "concert", None, "臺中流行影音中心 年終演唱會 19:00-22:00 預估1.2萬人 凱旋路、中科路散場交通管制",
         at="流行影音中心", jitter=0, ends="2026-12-19T14:00:00Z", delay=-86400 * 10)
    bg_congestion(s, "17:30:00", "SN-VD-HUANZHONG-01", 21, 40)
    s.ev("17:40:00", "parking", "full", None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.ev("17:52:00", "1999", "illegal_parking", None, "凱旋路兩邊都是違停，看演唱會的車停到紅線上", at="凱旋路中段", jitter=120)
    bg_flap(s, "17:58:00", "18:02:30", "SN-CCTV-001")
    s.ev("18:10:00", "parking", "full", None, "中央公園地下停車場(南) 汽車位已滿", sensor="SN-PK-005")
    s.ev("18:20:00", "rule", "congestion", None, "平均車速 12 km/h，佔有率 58%（演唱會入場）", sensor="SN-VD-KAIXUAN-02", sev="Minor")
    s.ev("18:25:00", "rule", "congestion", None, "平均車速 15 km/h，佔有率 50%", sensor="SN-VD-ZHONGKE-01", sev="Minor")
    s.ev("18:31:00", "1999", "illegal_parking", None, "中科路公車站牌前面停滿機車，公車靠不了站", at="中科路中段", jitter=100)
    s.ev("18:40:00", "1999", "crowding", None, "流行影音中心外面排隊的人好多，人行道都走不過去", at="流行影音中心", jitter=60)
    bg_1999(s, "18:45:00", "streetlight", "河南路停車場")
    s.ev("18:50:00", "parking", "full", None, "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    l1 = s.ev("19:50:10", "119", "rescue", "L", "中央公園地下停車場 電梯故障停止 3人受困", at="公園停車場北", jitter=15)
    s.ev("19:51:00", "fire_alarm", "fault", "L", "第2迴路 電梯機房 電源異常", sensor="SN-FA-007", alt=None)
    s.ev("19:52:20", "1999", "other", "L", "停車場的電梯卡住了，我們三個被關在裡面，按緊急鈕都沒人回，手機快沒訊號", at="公園停車場北", jitter=15)
    s.ev("20:05:00", "1999", "noise", None, "演唱會的聲音好大，我家窗戶都在震，小孩明天要考試", at="生態住宅A", jitter=150)
    s.ev("20:10:30", "119", "rescue", "L", "受困3人已救出 無人受傷 電梯停用待廠商檢修", at="公園停車場北", jitter=15, follows=l1)
    bg_panel_fault(s, "20:15:00", "SN-FA-006", text="B1 發電機室 預備電源電壓不足")
    s.ev("20:30:00", "1999", "noise", None, "流行影音中心那邊低音一直咚咚咚，在家都聽得到", at="凱旋路中段", jitter=200)
    bg_1999(s, "20:45:00", "other", "中科路中段")
    k1 = s.ev("21:05:20", "1999", "other", "K", "我的機車停在公園停車場機車格，出來就不見了，車牌 MKT-6032", at="公園停車場北", jitter=30)
    s.ev("21:15:00", "fire_alarm", "normal", "L", "電梯機房 電源恢復 復歸", sensor="SN-FA-007", alt=None)
    k2 = s.ev("21:40:10", "incident", "theft", "K", "中央公園地下停車場(北) 機車失竊報案 調閱停車場監視器", at="公園停車場北", jitter=20, sev="Minor")
    q1 = s.ev("22:05:00", "incident", "crowd_control", None, "流行影音中心散場 凱旋路、中科路人車分流管制 依計畫執行", at="流行影音中心", jitter=40, sev="Minor", alt="Q")
    s.ev("22:08:00", "rule", "congestion", None, "平均車速 7 km/h，佔有率 70%（散場）", sensor="SN-VD-KAIXUAN-02", sev="Moderate", alt="Q")
    s.ev("22:10:00", "1999", "crowding", None, "散場人太多，公車站擠到站不下，公車也都不停", at="中科路中段", jitter=60, alt="Q")
    e1 = s.ev("22:15:10", "signal", "fault", "E", "控制器故障 燈號卡在全紅", sensor="SN-SIG-007")
    s.dup(e1, 48)
    d1 = s.ev("22:18:30", "incident", "public_disturbance", "D", "中科路 散場人潮中兩群人酒後口角互毆 約6人 派員制止", at="中科路中段", jitter=40, sev="Moderate")
    s.ev("22:19:40", "1999", "crowding", "D", "中科路那邊有人在打架，一群人圍著看，有人拿安全帽在打", at="中科路中段", jitter=50)
    e2 = s.ev("22:21:00", "1999", "traffic_signal", "E", "凱旋路黎明路口紅燈一直不會換，四個方向都紅燈，車子都卡住了", at="黎明凱旋口", jitter=30)
    s.ev("22:24:10", "119", "ambulance", "D", "中科路 鬥毆 1名男性頭部受傷流血", at="中科路中段", jitter=30)
    s.ev("22:25:00", "rule", "congestion", "E", "平均車速 5 km/h，佔有率 78%", sensor="SN-VD-KAIXUAN-01", sev="Moderate", alt="Q")
    s.ev("22:26:30", "cctv", "crowding", None, "黎明路三段/凱旋路 人群聚集", sensor="SN-CCTV-007", conf=0.69, alt="Q")
    s.ev("22:30:10", "incident", "traffic_signal_fault", "E", "黎明路凱旋路口號誌故障全紅 派員手動指揮散場車流 通知廠商", at="黎明凱旋口", jitter=10, sev="Moderate")
    s.ev("22:40:00", "incident", "public_disturbance", "D", "鬥毆雙方4人帶回派出所 傷者送醫", at="中科路中段", jitter=40, sev="Minor", follows=d1)
    s.ev("22:45:00", "1999", "noise", None, "散場的人在巷子裡大聲唱歌喧嘩，都快十一點了", at="凱旋路中段", jitter=150)
    s.ev("22:50:00", "incident", "crowd_control", None, "散場人潮已疏散 解除管制", at="流行影音中心", jitter=40, sev="Minor", follows=q1, alt="Q")
    s.ev("22:55:00", "1999", "illegal_parking", None, "演唱會結束了凱旋路還是一堆車並排等人", at="凱旋路中段", jitter=120)
    s.ev("23:20:00", "signal", "restored", "E", "廠商重置控制器 恢復正常", sensor="SN-SIG-007")
    s.ev("23:22:00", "incident", "traffic_signal_fault", "E", "號誌恢復 撤除指揮", at="黎明凱旋口", jitter=10, sev="Minor")
    bg_1999(s, "23:25:00", "streetlight", "黎明路三段東")
    bg_many(s, [("17:35:00", "other", "轉運中心"), ("18:05:00", "parking", "流行影音中心"), ("19:20:00", "noise", "流行影音中心"),
                ("19:40:00", "other", "生態住宅B"), ("21:20:00", "streetlight", "經貿七路口"), ("21:50:00", "parking", "凱旋路中段"),
                ("23:05:00", "noise", "中科路中段")])
    s.ev("19:05:00", "parking", "full", None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.ev("19:10:00", "cctv", "crowding", None, "黎明路三段/凱旋路 人群聚集", sensor="SN-CCTV-007", conf=0.55)
    bg_panel_fault(s, "20:50:00", "SN-FA-009", restore_hms="21:30:00", text="第5迴路接地異常")
    bg_flap(s, "21:00:00", "21:04:30", "SN-VD-LIMING-01")
    s.ev("22:12:00", "rule", "congestion", None, "平均車速 9 km/h，佔有率 66%（散場）", sensor="SN-VD-ZHONGKE-01", sev="Moderate", alt="Q")
    s.ev("22:35:00", "cctv", "crowding", None, "中科路/環中路二段 人群聚集", sensor="SN-CCTV-003", conf=0.48)
    s.incident("L", "rescue", "中央公園地下停車場電梯故障3人受困，119救出", l1)
    s.incident("K", "public_safety", "中央公園地下停車場機車失竊", k2)
    s.incident("E", "traffic", "黎明凱旋路口號誌控制器故障卡全紅，散場時警方手動指揮、廠商重置", e2)
    s.incident("D", "public_safety", "散場人潮中中科路兩群人酒後鬥毆，1人頭部受傷送醫", d1)
    s.alternative("散場人潮管制可視為一個人潮事件(警方出勤、車站擁擠、凱旋路壅塞)，而非許可活動的例行背景；"
                  "停車場總機的電梯機房電源異常可能與電梯受困無關(例行故障)。",
                  [s.incidents[0], s.incidents[1], s.incidents[2], s.incidents[3],
                   {"label": "Q", "type": "crowd", "description": "演唱會散場人潮與車流管制", "sufficient_evidence_key": q1}])
    s.notes = "1999 的機車失竊由1999轉警方，警方受理(21:40)才足以開立。22:25 黎明凱旋附近壅塞主要因號誌卡全紅(E)。"
    return s


if __name__ == "__main__":
    for f in (s437, s438, s439, s440, s441, s442):
        sit = f()
        print(sit.write(), len(sit.items))
