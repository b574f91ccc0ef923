"""Situations 131-136. Run: python3 gen_a.py"""
from lib import Sit, P


def s131():
    s = Sit(131, "huanzhong_two_intersections_rush",
            "平日早上尖峰（2026-03-18 07:40-09:10），環中路二段相鄰兩個路口同時出事：台74線/環中路口號誌黑燈，"
            "約 95 公尺外凱旋路/環中路口發生機車與汽車擦撞有人受傷；數分鐘後水湳轉運中心火警總機發報（B1 餐飲區油煙）。三件各自派遣。")
    D = "2026-03-18 "
    A, B, C = "131-A", "131-B", "131-C"
    s.incident(A, "traffic", "凱旋路/環中路二段口 汽機車擦撞，機車騎士受傷送醫，外側車道阻塞約 45 分鐘")
    s.incident(B, "traffic", "台74線/環中路二段口 號誌黑燈（控制器故障），警方派員指揮交通，廠商到場修復")
    s.incident(C, "fire", "水湳轉運中心 B1 餐飲區油煙觸發火警總機，119 派車查看，確認無火勢後復歸")
    # background before
    s.add("1999", "streetlight", D + "07:31:00", "經貿路二段轉運中心前人行道路燈白天一直亮著，編號 XT-0231", None, where="轉運中心", jitter=60)
    s.cong("SN-VD-HUANZHONG-04", D + "07:38:00", 24, None, truth_alt=None)
    # B: signal dark
    s.add("signal", "fault", D + "07:44:40", "號誌控制器回報：全燈熄滅（黑燈）", B, sensor_id="SN-SIG-001", suff=True, truth_alt=A)
    s.add("cctv", "signal_dark", D + "07:45:30", "影像分析：路口號誌未亮", B, sensor_id="SN-CCTV-001", confidence=0.88, truth_alt=A)
    s.add("1999", "traffic_signal", D + "07:47:00", "環中路跟台74線那個路口紅綠燈全部不亮，車子亂鑽很危險", B, where="台74環中", truth_alt=A)
    s.add("1999", "traffic_signal", D + "07:49:00", "環中路二段往中科路方向的號誌沒有亮，請派人處理", B, where="台74環中", truth_alt=A)
    pB = s.add("incident", "traffic_signal_fault", D + "07:51:00", "台74線/環中路二段口號誌故障全暗，本分局派員到場指揮交通", B,
               where="台74環中", severity="Moderate", truth_alt=A)
    # A: crash
    s.add("cctv", "stalled_vehicle", D + "07:52:20", "影像分析：路口內車輛停滯逾 60 秒", A, sensor_id="SN-CCTV-002", confidence=0.79)
    s.add("1999", "traffic_accident", D + "07:53:00", "凱旋路口環中路這邊汽車撞到機車，騎士倒在地上", A, where="凱旋環中", suff=True)
    s.add("119", "ambulance", D + "07:53:40", "凱旋路與環中路二段口 車禍 一名機車騎士左腿疼痛無法站立，派遣救護車", A,
          where="凱旋環中", severity="Moderate")
    s.add("1999", "traffic_accident", D + "07:54:00", "環中路凱旋路口車禍，外側車道被擋住了", A, where="凱旋環中")
    s.add("1999", "traffic_accident", D + "07:55:00", "凱旋路要上環中路的地方有車禍，請快派人", A, where="凱旋環中")
    pA = s.add("incident", "injury_accident", D + "07:56:00", "凱旋路/環中路二段口 自小客車與機車擦撞，機車騎士受傷，已通報119", A,
               where="凱旋環中", severity="Moderate")
    s.cong("SN-VD-KAIXUAN-01", D + "07:58:00", 12, A)
    s.add("1999", "traffic_accident", D + "07:58:00", "環中路二段往台74方向車禍，車道回堵", A, where="凱旋環中", jitter=80)
    s.add("1999", "other", D + "08:00:00", "凱旋路口那邊又是車禍又是紅綠燈壞掉，整個塞死", A, where="黎明凱旋", jitter=120, truth_alt=A)
    # C: fire alarm
    s.add("fire_alarm", "alarm", D + "08:03:10", "B1 餐飲區 偵煙式探測器動作", C, sensor_id="SN-FA-001", suff=True)
    s.cong("SN-VD-HUANZHONG-02", D + "08:04:00", 15, A)
    s.add("119", "fire", D + "08:04:20", "水湳轉運中心 火警受信總機發報 B1 餐飲區，派遣水湳分隊查看", C, where="轉運中心", severity="Moderate")
    s.add("1999", "other", D + "08:06:00", "轉運中心警報一直響，廣播叫大家往外走，不知道發生什麼事", C, where="轉運中心")
    s.add("incident", "other", D + "08:07:00", "台74線/環中路口號誌仍全暗，員警持續指揮中，已通知交通局", B, where="台74環中",
          severity="Minor", follows=pB, truth_alt=A)
    s.add("119", "ambulance", D + "08:09:00", "傷者已送中國醫藥大學附設醫院", A, where="凱旋環中", severity="Moderate")
    s.add("parking", "full", D + "08:12:00", "小型車車位已滿", None, sensor_id="SN-PK-001")
    s.add("119", "fire", D + "08:18:00", "現場確認為餐飲區油煙觸發偵煙器，無火勢，無人受傷", C, where="轉運中心", severity="Minor")
    s.add("fire_alarm", "normal", D + "08:21:30", "火警受信總機復歸", C, sensor_id="SN-FA-001")
    s.add("1999", "illegal_parking", D + "08:24:00", "中科路轉運中心出口有車並排停車擋住公車", None, where="中科環中", jitter=80)
    s.add("incident", "other", D + "08:38:00", "凱旋路/環中路二段口事故車輛已移除，恢復通行", A, where="凱旋環中", severity="Minor", follows=pA)
    s.cleared("SN-VD-KAIXUAN-01", D + "08:41:00", "凱旋路車輛偵測器1 車速恢復", A)
    s.cleared("SN-VD-HUANZHONG-02", D + "08:47:00", "環中路車輛偵測器2 車速恢復", A)
    s.cleared("SN-VD-HUANZHONG-04", D + "08:50:00", "環中路車輛偵測器4 車速恢復", None)
    s.add("signal", "restored", D + "08:55:20", "號誌恢復正常運作", B, sensor_id="SN-SIG-001", truth_alt=A)
    s.add("1999", "noise", D + "09:02:00", "黎明路三段工地一早就在敲打", None, where="黎明凱旋", jitter=150)
    s.alternative("兩路口相距不到 100 公尺，同一時段、同一條環中路二段、由同一派出所處理；號誌黑燈 8 分鐘後旁邊路口就發生事故，"
                  "值班員也可能視為同一交通事件（黑燈造成車流混亂），開一張單。火警仍是另一件。",
                  [{"label": A, "type": "traffic", "description": "環中路二段 台74線至凱旋路口：號誌黑燈與汽機車擦撞，合併為一件交通事件"},
                   {"label": C, "type": "fire", "description": "水湳轉運中心火警總機發報（油煙）"}])
    s.notes = "VD 環中路4 的壅塞是一般尖峰車流（1.5 公里外、事故前即出現），屬背景。"
    return s.write()


def s132():
    s = Sit(132, "jingmao_flood_spreads_90min",
            "夏季午後雷陣雨（2026-07-14 15:05-17:10），水湳區域排水在經貿路三段低窪處先冒水，積水沿經貿路往南北擴散約 90 分鐘，"
            "南到經貿路/中平路口，北到經貿七路口，之後退水。同一條排水、同一條路，一件淹水事件。")
    D = "2026-07-14 "
    F = "132-F"
    s.incident(F, "flood", "經貿路三段沿線積淹水（區域排水宣洩不及），由低窪處向南北擴散約 1.9 公里，持續約 90 分鐘")
    s.add("1999", "blocked_drain", D + "14:40:00", "經貿路三段人行道水溝蓋堆滿落葉，下雨一定會積水", None, where="經貿三段低窪", jitter=80)
    s.rain("SN-RG-001", D + "15:05:00", "大雨", "中央公園雨量站 時雨量 46 毫米，達大雨標準", F, truth_alt=None)
    s.rain("C0F9T0", D + "15:10:00", "大雨", "西屯雨量站 時雨量 41 毫米，達大雨標準", None)
    s.wl("SN-WL-003", D + "15:14:00", "3", "1.46", F)
    s.flood("SN-FL-008", D + "15:18:00", 9, F)
    s.add("1999", "flooding", D + "15:22:00", "經貿路三段靠近生態住宅這邊馬路積水，快淹到人行道", F, where="經貿三段低窪", jitter=60, suff=True)
    s.flood("SN-FL-008", D + "15:28:00", 22, F)
    s.wl("SN-WL-003", D + "15:30:00", "2", "1.84", F)
    s.add("1999", "flooding", D + "15:33:00", "經貿路跟敦化路口附近積水，機車騎過去水花很大", F, where="生態住宅B", jitter=60)
    s.add("incident", "flooding_report", D + "15:36:00", "經貿路三段 低窪路段積水約 20 公分，外側車道無法通行，已通報水利局", F,
          where="經貿三段低窪", severity="Moderate")
    s.cong("SN-VD-JINGMAO-02", D + "15:38:00", 17, F)
    s.add("1999", "flooding", D + "15:41:00", "經貿路三段往中平路方向整片都是水", F, where=(120.6601, 24.1785), jitter=60)
    s.add("cctv", "stalled_vehicle", D + "15:44:00", "影像分析：路口南向車道車輛停滯", F, sensor_id="SN-CCTV-011", confidence=0.64)
    s.flood("SN-FL-008", D + "15:46:00", 34, F)
    s.add("1999", "flooding", D + "15:48:00", "中平路經貿路口積水，有汽車熄火停在路中間", F, where="經貿中平")
    s.add("incident", "stalled_vehicle", D + "15:52:00", "經貿路/中平路口 一輛自小客車涉水熄火，協助推離", F, where="經貿中平", severity="Minor")
    s.add("1999", "flooding", D + "15:55:00", "經貿路往綠美圖那段也開始積水了", F, where=(120.6583, 24.1880), jitter=60)
    s.add("1999", "noise", D + "15:57:00", "黎明路三段有人在放鞭炮", None, where="黎明凱旋", jitter=100)
    s.add("incident", "road_closure", D + "16:02:00", "經貿路三段（敦化路至中平路）南北向暫時封閉，車輛改道中科路", F,
          where="經貿三段低窪", severity="Moderate")
    s.rain("SN-RG-001", D + "16:05:00", "大雨", "中央公園雨量站 時雨量 52 毫米，持續大雨", F, truth_alt=None)
    s.add("1999", "flooding", D + "16:08:00", "經貿七路口到經貿路二段積水到腳踝", F, where="經貿七路", jitter=60)
    s.add("cctv", "stalled_vehicle", D + "16:10:00", "影像分析：車輛停滯於路口", F, sensor_id="SN-CCTV-006", confidence=0.58)
    s.add("1999", "blocked_drain", D + "16:12:00", "經貿路二段綠美圖對面水溝在倒灌冒水", F, where=(120.6578, 24.1900), jitter=40)
    s.wl("SN-WL-003", D + "16:15:00", "1", "2.24", F)
    s.add("incident", "flooding_report", D + "16:18:00", "經貿路二段/經貿七路口 積水約 15 公分，持續擴大，派員管制", F,
          where="經貿七路", severity="Moderate")
    s.cong("SN-VD-JINGMAO-01", D + "16:20:00", 21, F)
    s.add("1999", "flooding", D + "16:22:00", "經貿路中平路口水還在漲，機車都不敢過", F, where="經貿中平")
    s.add("1999", "streetlight", D + "16:25:00", "中科路中段路燈不亮，編號 XT-1187", None, where="中科路中段", jitter=60)
    s.add("1999", "flooding", D + "16:31:00", "經貿路二段往環中路那邊積水，水有點退了但還很深", F, where=(120.6565, 24.1940), jitter=50)
    s.wl("SN-WL-003", D + "16:40:00", "2", "1.90", F)
    s.flood("SN-FL-008", D + "16:44:00", 18, F)
    s.add("incident", "flooding_report", D + "16:48:00", "經貿路三段積水漸退，約 10 公分", F, where="經貿三段低窪", severity="Minor")
    s.cleared("SN-WL-003", D + "16:55:00", "水湳區域排水經貿路水位 回降至警戒值以下", F)
    s.flood("SN-FL-008", D + "17:01:00", 6, F)
    s.add("incident", "road_closure", D + "17:05:00", "經貿路三段解除封閉，恢復雙向通行", F, where="經貿三段低窪", severity="Minor")
    s.cleared("SN-FL-008", D + "17:10:00", "經貿路低窪處 水深回到 0 公分", F)
    s.cleared("SN-VD-JINGMAO-02", D + "17:12:00", "經貿路車輛偵測器2 車速恢復", F)
    s.add("1999", "road_damage", D + "17:30:00", "經貿路三段退水後路面出現坑洞", F, where="經貿三段低窪", jitter=50, truth_alt=None)
    s.alternative("北段（經貿七路口至環中路，綠美圖對面）與南段（敦化路至中平路）相距約 1.9 公里，由不同工務小隊抽水與管制，"
                  "值班員也可能開成兩件；另雨量警報與退水後的坑洞陳情被視為背景（前者是天氣、後者是建設局另案修補）。",
                  [{"label": F, "type": "flood", "description": "經貿路三段（敦化路至中平路）積淹水"},
                   {"label": "132-F2", "type": "flood", "description": "經貿路二段（綠美圖至經貿七路、環中路）積淹水"}])
    # north segment under the alternative reading
    for it in s.items:
        if it["truth"] == F and it["lat"] > 24.1872 and it["category"] not in ("heavy_rain",):
            it["truth_alt"] = "132-F2"
    return s.write()


def s133():
    s = Sit(133, "eco_residential_fire_call_burst",
            "晚間（2026-01-22 19:40-21:10）水湳生態住宅 A 區集合住宅 9 樓住戶起火，濃煙從經貿路、中央公園、綠美圖一帶都看得到，"
            "1999 在 25 分鐘內湧入四十多通電話；火警總機、119、警方封路與經貿路壅塞都屬同一件火災。另有一件遠處燒金紙的陳情。")
    D = "2026-01-22 "
    F = "133-F"
    s.incident(F, "fire", "水湳生態住宅 A 區集合住宅 9 樓住宅火災（180 戶），疏散、2 人嗆傷送醫、經貿路三段封閉")
    s.add("1999", "noise", D + "19:31:00", "中央公園裡有人在放音樂很大聲", None, where="中央公園", jitter=150)
    s.add("fire_alarm", "alarm", D + "19:42:05", "9F 走廊 偵煙式探測器動作", F, sensor_id="SN-FA-011")
    s.add("fire_alarm", "alarm", D + "19:42:50", "9F 903 室 差動式探測器動作", F, sensor_id="SN-FA-011")
    s.add("119", "fire", D + "19:43:30", "水湳生態住宅A區 9樓 住宅火警 住戶報案有火光濃煙，派遣水湳、四張犁、西屯分隊", F,
          where="生態住宅A", severity="Severe", suff=True)
    places = [("生態住宅A", 40, ["經貿路三段那棟社區大樓 9 樓在冒黑煙", "我住 A 區，樓上失火了，走廊都是煙", "經貿路三段社區大樓有火光",
                                "生態住宅那邊大樓起火，煙很大", "我們大樓警報在響，9 樓有煙冒出來"]),
              ("中央公園", 150, ["在中央公園散步看到東邊大樓冒很大的黑煙", "公園旁邊大樓好像火災", "中央公園看過去有一棟樓在燒"]),
              ("綠美圖", 120, ["綠美圖外面看到南邊有濃煙", "經貿路往南看有大樓冒煙，不知道有沒有人報案"]),
              ("經貿三段低窪", 80, ["經貿路上整片煙，開車看不清楚", "經貿路三段大樓失火，消防車還沒到"]),
              ("中醫大水湳", 150, ["學校這邊看到北邊有黑煙", "中國醫藥大學旁邊看到火災的煙"]),
              ("生態住宅B", 60, ["隔壁 A 區大樓著火，我們 B 區要不要疏散", "敦化路這邊聞到很重的燒焦味"])]
    weights = [8, 4, 3, 3, 2, 3]
    t0 = s.t(D + "19:43:00")
    from datetime import timedelta
    n = 42
    for i in range(n):
        pl, jit, texts = s.rng.choices(places, weights=weights)[0]
        sec = int(25 * 60 * (i / n) ** 1.6) + s.rng.randint(0, 40)
        cat = "fire_smoke" if s.rng.random() < 0.85 else "other"
        s.add("1999", cat, t0 + timedelta(seconds=sec), s.rng.choice(texts), F, where=pl, jitter=jit,
              delay=s.rng.randint(40, 200))
    s.add("cctv", "smoke", D + "19:46:00", "影像分析：畫面北側偵測到煙霧", F, sensor_id="SN-CCTV-011", confidence=0.71)
    p1 = s.add("incident", "fire_report", D + "19:47:00", "經貿路三段生態住宅A區 9 樓火警，協助 119 管制交通及疏散住戶", F,
               where="生態住宅A", severity="Severe")
    s.add("119", "fire", D + "19:52:00", "第一梯次到場，9 樓 903 室火勢猛烈，進行佈線搶救並疏散 8 樓以上住戶", F, where="生態住宅A", severity="Severe")
    s.add("incident", "road_closure", D + "19:55:00", "經貿路三段（敦化路至中平路）雙向封閉供消防車輛作業", F, where="生態住宅A",
          severity="Moderate", follows=p1)
    s.cong("SN-VD-JINGMAO-02", D + "19:58:00", 9, F)
    s.add("119", "ambulance", D + "20:01:00", "住戶 2 名吸入濃煙，送中國醫藥大學附設醫院", F, where="生態住宅A", severity="Moderate")
    s.add("1999", "fire_smoke", D + "20:03:00", "中科路這邊聞到燒東西的味道，是不是有人燒金紙", None, where="凱旋敦化", jitter=60,
          truth_alt="133-G")
    s.cong("SN-VD-ZHONGPING-02", D + "20:05:00", 18, F, truth_alt=None)
    s.add("119", "fire", D + "20:19:00", "火勢已控制，殘火處理中", F, where="生態住宅A", severity="Moderate")
    s.add("1999", "fire_smoke", D + "20:22:00", "凱旋路敦化路口有人在路邊燒金紙，煙飄到我家", None, where="凱旋敦化", jitter=40, truth_alt="133-G")
    s.add("119", "fire", D + "20:41:00", "火勢撲滅，燒毀 903 室約 30 平方公尺，無人受困", F, where="生態住宅A", severity="Minor")
    s.add("fire_alarm", "normal", D + "20:48:00", "火警受信總機復歸", F, sensor_id="SN-FA-011")
    s.add("incident", "road_closure", D + "20:55:00", "經貿路三段解除管制", F, where="生態住宅A", severity="Minor", follows=p1)
    s.cleared("SN-VD-JINGMAO-02", D + "21:02:00", "經貿路車輛偵測器2 車速恢復", F)
    s.add("1999", "streetlight", D + "21:06:00", "敦化路一段路燈閃爍，編號 BT-2210", None, where="生態住宅B", jitter=100)
    s.alternative("中科路/凱旋敦化路口（距火場約 700 公尺）兩通燒焦味與燒金紙陳情：可讀為環保局另一件（露天燃燒）小案；"
                  "中平路 VD 壅塞可能只是晚間車流，也可能是經貿路封閉後的改道車流。",
                  [{"label": F, "type": "fire", "description": "水湳生態住宅 A 區集合住宅住宅火災"},
                   {"label": "133-G", "type": "fire", "description": "凱旋路/敦化路口路邊燒金紙煙霧陳情（環保局勸導）"}])
    s.notes = "1999 爆量來電含 other 類（民眾描述不清時的分類），全部屬同一火災；sufficient_evidence_key 取 119 受理派遣，因總機單一探頭動作尚可能是誤報。"
    return s.write()


def s134():
    s = Sit(134, "pop_music_center_concert_evening",
            "週六晚間（2026-05-16 17:30-23:00）臺中流行影音中心戶外演唱會（許可 18:30-22:00，預估 2 萬人）。"
            "人潮、停車場滿位、違停與噪音陳情屬演唱會人潮管理一件；同時周邊另有散場時黎明路/凱旋路口追撞、扒竊與觀眾中暑送醫等小事件各自處理。")
    D = "2026-05-16 "
    C, T, X, R = "134-C", "134-T", "134-X", "134-R"
    s.incident(C, "crowd", "臺中流行影音中心演唱會人潮與交通疏導（入場、散場、停車、違停、噪音）")
    s.incident(T, "traffic", "黎明路三段/凱旋路口散場時段汽車追撞，無人受傷，外側車道阻塞")
    s.incident(X, "public_safety", "演唱會入口排隊區扒竊（手機、皮夾遭竊），警方受理")
    s.incident(R, "rescue", "觀眾於搖滾區不適昏倒，119 救護送醫")
    s.add("planned_event", "concert", D + "18:30:00", "臺中流行影音中心戶外廣場演唱會，預估入場 20,000 人，周邊實施交通管制", C,
          where="影音中心", arrival="2026-05-02 10:00:00", ends=D + "22:00:00", jitter=0, suff=True)
    s.add("1999", "illegal_parking", D + "17:35:00", "凱旋路兩邊紅線都停滿車，公車進不了站", C, where="凱旋敦化", jitter=80)
    s.add("parking", "full", D + "17:48:00", "小型車車位已滿", C, sensor_id="SN-PK-005")
    s.add("cctv", "crowding", D + "18:02:00", "影像分析：人群聚集，密度上升", C, sensor_id="SN-CCTV-010", confidence=0.62, truth_alt=None)
    s.add("parking", "full", D + "18:05:00", "小型車車位已滿", C, sensor_id="SN-PK-004")
    s.add("incident", "crowd_control", D + "18:10:00", "流行影音中心入口人潮排隊至中科路，派員疏導", C, where="影音中心", severity="Moderate")
    s.cong("SN-VD-KAIXUAN-02", D + "18:12:00", 14, C)
    s.cong("SN-VD-ZHONGKE-01", D + "18:15:00", 16, C)
    s.add("1999", "crowding", D + "18:20:00", "影音中心入口人擠人，沒有人在管", C, where="影音中心")
    s.add("fire_alarm", "fault", D + "18:24:00", "受信總機 回路 3 斷線故障", None, sensor_id="SN-FA-006", truth_alt=None)
    s.add("incident", "theft", D + "18:41:00", "影音中心入口排隊區民眾手機遭竊，另一名民眾皮夾失竊，受理報案", X, where="影音中心",
          severity="Minor", suff=True)
    s.add("1999", "other", D + "18:47:00", "排隊的時候手機被偷了，要去哪裡報案", X, where="影音中心")
    s.add("1999", "noise", D + "18:55:00", "演唱會試音很大聲，家裡小孩被吵醒", C, where="逢甲水湳", jitter=120)
    s.add("1999", "illegal_parking", D + "19:05:00", "中科路機車停滿人行道", C, where="中科路中段", jitter=80)
    s.add("1999", "streetlight", D + "19:12:00", "河南路中平路口路燈不亮", None, where="河南中平", jitter=60)
    s.add("119", "ambulance", D + "19:38:00", "流行影音中心 搖滾區 女性觀眾約 20 歲昏倒，意識模糊，派遣救護車", R,
          where="影音中心", severity="Moderate", suff=True)
    s.add("incident", "other", D + "19:40:00", "協助 119 救護車進入演唱會場區", R, where="影音中心", severity="Minor", truth_alt=C)
    s.add("1999", "noise", D + "20:10:00", "演唱會音量太大，已經快九點還在唱", C, where="生態住宅B", jitter=100)
    s.add("119", "ambulance", D + "19:58:00", "傷病患送澄清醫院中港院區，疑似中暑", R, where="影音中心", severity="Minor")
    s.add("1999", "noise", D + "21:15:00", "敦化路這邊還是很吵，請環保局來測噪音", C, where="生態住宅B", jitter=100)
    s.add("cctv", "crowding", D + "21:58:00", "影像分析：人群聚集（移動中）", C, sensor_id="SN-CCTV-007", confidence=0.55, truth_alt=None)
    s.add("incident", "crowd_control", D + "22:02:00", "演唱會散場，凱旋路、中科路人車分流管制", C, where="影音中心", severity="Moderate")
    s.cong("SN-VD-KAIXUAN-02", D + "22:05:00", 8, C)
    s.add("cctv", "stalled_vehicle", D + "22:09:00", "影像分析：車輛停滯", T, sensor_id="SN-CCTV-007", confidence=0.52, truth_alt=C)
    s.add("1999", "traffic_accident", D + "22:11:00", "黎明路凱旋路口兩台車追撞，擋在路中間", T, where="黎明凱旋", suff=True)
    s.add("incident", "accident", D + "22:14:00", "黎明路三段/凱旋路口 自小客車追撞，無人受傷，雙方自行和解中", T, where="黎明凱旋", severity="Minor")
    s.cong("SN-VD-ZHONGKE-01", D + "22:16:00", 10, C)
    s.cong("SN-VD-KAIXUAN-01", D + "22:17:00", 12, T, truth_alt=C)
    s.add("1999", "crowding", D + "22:20:00", "散場人潮走到馬路上，車子根本過不去", C, where="凱旋敦化", jitter=100)
    s.add("1999", "traffic_accident", D + "22:22:00", "凱旋路往環中路那邊有車禍，整條塞住", T, where="黎明凱旋", jitter=60)
    s.add("incident", "accident", D + "22:40:00", "黎明路/凱旋路口事故車輛已駛離", T, where="黎明凱旋", severity="Minor")
    s.cleared("SN-VD-KAIXUAN-02", D + "22:48:00", "凱旋路車輛偵測器2 車速恢復", C)
    s.add("1999", "illegal_parking", D + "22:50:00", "散場後還有一堆車停在黎明路紅線", C, where="黎明凱旋", jitter=100, truth_alt=None)
    s.cleared("SN-VD-ZHONGKE-01", D + "22:55:00", "中科路車輛偵測器1 車速恢復", C)
    s.cleared("SN-VD-KAIXUAN-01", D + "22:44:00", "凱旋路車輛偵測器1 車速恢復", T, truth_alt=C)
    s.alternative("救護送醫可視為演唱會醫護站的例行事務（併入人潮事件）；追撞點北側凱旋路 VD 的壅塞可能是散場車流而非追撞；"
                  "遠處路口的 CCTV 人群聚集與散場後較遠的違停，也可能只是週六夜晚常態。",
                  [{"label": C, "type": "crowd", "description": "演唱會人潮與交通疏導（含救護協助）"},
                   {"label": T, "type": "traffic", "description": "黎明路/凱旋路口追撞"},
                   {"label": X, "type": "public_safety", "description": "入口排隊區扒竊"}])
    # under the alternative the rescue merges into the crowd job
    for it in s.items:
        if it["truth"] == R:
            it["truth_alt"] = C
    s.notes = "入口扒竊用 public_safety（詞彙表的證據角色有此類型，事件類型表沒有），見 vocabulary_needed_131-142.md。FA-006 回路故障不是火警。"
    return s.write()


def s135():
    s = Sit(135, "late_duplicate_skewed_delivery",
            "上班時段（2026-04-09 08:20-10:00）經貿路二段/黎明路三段口追撞事故，以及約 300 公尺外中科路（環中路口南側）路樹倒塌擋道；"
            "資料傳遞很亂：警方報案晚 40 分鐘到、後續報告比原報告先到、CCTV 事件重複送達、一台 VD 時鐘慢 1 小時、"
            "一筆 1999 案件的時間戳記把本地時間當 UTC（快 8 小時）。")
    D = "2026-04-09 "
    A, B = "135-A", "135-B"
    s.incident(A, "traffic", "經貿路二段/黎明路三段口 三車追撞，一人輕傷，內側兩車道阻塞")
    s.incident(B, "traffic", "中科路（環中路口以南約 150 公尺）路樹倒塌橫躺北向車道，建設局派員移除")
    s.add("1999", "streetlight", D + "08:14:00", "黎明路三段路燈白天亮著", None, where="黎明凱旋", jitter=80)
    c1 = s.add("cctv", "stalled_vehicle", D + "08:22:10", "影像分析：路口內多部車輛停滯", A, sensor_id="SN-CCTV-005", confidence=0.81)
    s.dup(c1, D + "08:22:25")
    s.dup(c1, D + "08:31:02")
    # police original report: observed 08:24, arrives 09:04 (gateway queue)
    p1 = s.add("incident", "accident", D + "08:24:00", "經貿路二段/黎明路三段口 三車追撞，一人頸部疼痛，內側車道阻塞", A,
               where="經貿黎明", severity="Moderate", arrival=D + "09:04:30")
    s.add("1999", "traffic_accident", D + "08:25:00", "經貿路黎明路口三台車撞在一起", A, where="經貿黎明", suff=True)
    s.add("119", "ambulance", D + "08:27:00", "經貿路二段黎明路口 車禍 一名駕駛頸部疼痛，派遣救護", A, where="經貿黎明", severity="Moderate")
    # VD with a clock 1 h slow: observed stamped 07:29 though it happened 08:29
    s.cong("SN-VD-JINGMAO-01", D + "07:29:00", 11, A, arrival=D + "08:29:20")
    s.add("1999", "traffic_accident", D + "08:30:00", "經貿路二段往環中路方向車禍回堵到經貿七路", A, where="經貿七路", jitter=60)
    # follow-up arrives before its original (p1 arrives 09:04)
    s.add("incident", "accident", D + "08:50:00", "續報：傷者已由救護車送醫，事故車輛拖吊中", A, where="經貿黎明", severity="Minor",
          follows=p1, arrival=D + "08:51:10")
    s.add("cctv", "fallen_object", D + "08:36:00", "影像分析：北向車道偵測到大型障礙物", B, sensor_id="SN-CCTV-003", confidence=0.69)
    s.dup(s.items[-1]["key"], D + "08:36:40")
    # 1999 case stamped local-as-UTC: observed +8 h
    s.add("1999", "fallen_tree", D + "16:38:00", "中科路往環中路方向有一棵路樹倒下來擋住整個車道", B, where=(120.6523, 24.1965),
          jitter=30, arrival=D + "08:39:30", suff=True)
    s.add("incident", "fallen_object", D + "08:44:00", "中科路北向（環中路口南側）路樹倒塌阻斷車道，已通報建設局養工處", B, where=(120.6523, 24.1965),
          severity="Moderate", arrival=D + "08:46:00")
    s.add("1999", "fallen_tree", D + "08:47:00", "中科路樹倒了，車子要繞到對向車道很危險", B, where=(120.6523, 24.1965), jitter=30)
    s.dup(s.items[-1]["key"], D + "08:52:00")
    s.add("parking", "full", D + "08:55:00", "小型車車位已滿", None, sensor_id="SN-PK-002")
    s.cong("SN-VD-ZHONGKE-01", D + "08:58:00", 22, B, truth_alt=None)
    # late arrival of an early CCTV item (observed 08:23, arrives 09:20)
    s.add("cctv", "stalled_vehicle", D + "08:23:30", "影像分析：車輛停滯", A, sensor_id="SN-CCTV-006", confidence=0.48, arrival=D + "09:20:00")
    s.add("incident", "accident", D + "09:15:00", "經貿路二段/黎明路三段口 事故排除，恢復通行", A, where="經貿黎明", severity="Minor", follows=p1)
    s.cleared("SN-VD-JINGMAO-01", D + "08:22:00", "經貿路車輛偵測器1 車速恢復", A, arrival=D + "09:22:15")
    s.add("incident", "fallen_object", D + "09:40:00", "中科路倒樹已清除，恢復通行", B, where=(120.6523, 24.1965), severity="Minor")
    s.add("1999", "illegal_parking", D + "09:44:00", "會展中心旁邊卸貨車違停", None, where="會展A", jitter=80)
    s.add("status", "offline", D + "09:50:00", "設備離線（通訊中斷）", None, sensor_id="SN-PK-002", severity="Unknown")
    s.add("status", "online", D + "09:53:00", "設備恢復連線", None, sensor_id="SN-PK-002", severity="Unknown")
    s.alternative("中科路 VD（在倒樹南方約 1.1 公里）的降速，可能是北向車流被倒樹擋住的回堵，也可能只是上班車流與會展中心進場車潮。",
                  [{"label": A, "type": "traffic", "description": "經貿路二段/黎明路三段口三車追撞"},
                   {"label": B, "type": "traffic", "description": "中科路路樹倒塌"}])
    s.notes = ("時間錯誤是刻意的：SN-VD-JINGMAO-01 的 observed 慢 1 小時（07:29/08:22 實為 08:29/09:22）；一筆 1999 倒樹案 observed 快 8 小時"
               "（本地時間被當成 UTC）；警方原始報案 observed 08:24 卻 09:04 才到，續報（follows 原報案）08:51 先到；"
               "CCTV-006 的停滯事件延遲近 1 小時到達；CCTV-005、CCTV-003 與一筆 1999 案件重複送達（同 key，只有 arrival 不同）。")
    return s.write()


def s136():
    s = Sit(136, "central_park_gateway_offline",
            "凌晨毛毛雨（2026-11-03 01:30-05:00），中央公園機房不斷電系統故障，公園內感測閘道器斷線：5 個滯洪池淹水感測器、"
            "2 個滯洪池水位計與公園雨量站同時離線約 2 小時，公園北側路燈也一起熄滅。同時段河南路低窪處有小積水（感測器不在該閘道器上），"
            "環中路有一輛拋錨大貨車。")
    D = "2026-11-03 "
    G, F, V = "136-G", "136-F", "136-V"
    s.incident(G, "infrastructure", "中央公園感測閘道器與路燈電源中斷（UPS 故障），通報維護廠商與建設局")
    s.incident(F, "flood", "河南路低窪處積水約 10 公分，水溝阻塞，通報水利局清疏")
    s.incident(V, "traffic", "環中路二段（中科路口東側）大貨車拋錨佔用外側車道")
    gw = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]
    from datetime import timedelta
    t0 = s.t(D + "01:52:00")
    for i, sid in enumerate(gw):
        s.add("status", "offline", t0 + timedelta(seconds=3 * i), "閘道器回報：設備離線（失去市電）", G, sensor_id=sid,
              delay=4 + i, truth_alt=None, suff=(i == 0))
    for i, sid in enumerate(gw):
        s.add("rule", "sensor_offline", t0 + timedelta(minutes=10, seconds=3 * i), "設備超過預期回報間隔未回報資料", G,
              sensor_id=sid, severity="Minor", delay=15, truth_alt=None)
    s.add("1999", "streetlight", D + "02:05:00", "中央公園北邊步道路燈全部不亮，一片黑", G, where="公園北停車場", jitter=100, truth_alt=None)
    s.add("1999", "streetlight", D + "02:21:00", "公園裡面路燈都暗掉了，晚上走很危險", G, where="中央公園", jitter=120, truth_alt=None)
    s.add("1999", "noise", D + "02:30:00", "黎明路有改裝車一直催油門", None, where="黎明凱旋", jitter=150)
    s.add("cctv", "stalled_vehicle", D + "02:44:00", "影像分析：外側車道車輛停滯逾 5 分鐘", V, sensor_id="SN-CCTV-003", confidence=0.86)
    s.add("incident", "stalled_vehicle", D + "02:51:00", "環中路二段中科路口東側 大貨車拋錨佔外側車道，已擺放警示", V, where=(120.6532, 24.1982),
          severity="Moderate", suff=True)
    s.add("1999", "flooding", D + "03:05:00", "河南路靠停車場那邊積水，大概 10 公分", F, where="河南低窪", jitter=40)
    s.flood("SN-FL-007", D + "03:08:00", 11, F, suff=True)
    s.add("1999", "blocked_drain", D + "03:10:00", "河南路水溝被落葉塞住，水都排不掉", F, where="河南低窪", jitter=40)
    s.flood("SN-FL-007", D + "03:30:00", 13, F)
    s.add("fire_alarm", "fault", D + "03:34:00", "受信總機 主電源異常，切換備用電源", G, sensor_id="SN-FA-007", truth_alt=None)
    s.add("incident", "stalled_vehicle", D + "03:40:00", "環中路拋錨大貨車已由拖吊車拖離", V, where=(120.6532, 24.1982), severity="Minor")
    s.flood("SN-FL-007", D + "04:05:00", 7, F)
    s.cleared("SN-FL-007", D + "04:20:00", "河南路低窪處 水深回到 0 公分", F)
    t1 = s.t(D + "03:58:00")
    for i, sid in enumerate(gw):
        s.add("status", "online", t1 + timedelta(seconds=5 * i), "設備恢復連線", G, sensor_id=sid, delay=6, truth_alt=None)
    s.add("fire_alarm", "normal", D + "04:01:00", "受信總機 主電源恢復", G, sensor_id="SN-FA-007", truth_alt=None)
    s.add("status", "offline", D + "04:30:00", "設備離線（通訊中斷）", None, sensor_id="SN-VD-HENAN-02")
    s.add("status", "online", D + "04:31:30", "設備恢復連線", None, sensor_id="SN-VD-HENAN-02")
    s.alternative("閘道器斷線與路燈熄滅是維護工單，不是要派遣的事件：值班員可能只轉給維護廠商而不開事件，此時這些項目都是背景。",
                  [{"label": F, "type": "flood", "description": "河南路低窪處積水"},
                   {"label": V, "type": "traffic", "description": "環中路大貨車拋錨"}])
    s.notes = ("閘道器斷線期間公園內沒有任何淹水讀數，不代表公園沒有積水，但也沒有任何證據顯示有；河南路積水由不在該閘道器上的 SN-FL-007 與民眾回報確認。"
               "類型 infrastructure 取自詞彙表證據角色欄位（事件類型表沒有），見 vocabulary_needed_131-142.md。")
    return s.write()


if __name__ == "__main__":
    for f in (s131, s132, s133, s134, s135, s136):
        print("wrote", f())
