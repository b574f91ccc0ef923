"""Situations 2031-2036 (roads and devices, part A). Seeded, stable output."""
from lib import Situation, pos, off, lerp, dist

def alt_of(s, why, incidents):
    s.alt = {"why": why, "incidents": incidents}


# ---------------------------------------------------------------- 2031
def s2031():
    s = Situation(2031, "huanzhong_two_crashes", "2025-03-11", 2031)
    c2, c3 = pos("SN-CCTV-002"), pos("SN-CCTV-003")
    A = off(c2, 40, 8)
    B = lerp(c2, c3, 0.56)
    s.description = ("早上尖峰，環中路二段凱旋路口汽車追撞機車，騎士受傷；9 分鐘後約 230 公尺外、近中科路口，"
                     "為閃避回堵車流的貨車與轎車擦撞，停在內車道。兩起事故各自派員處理。背景：轉運中心停車場滿、"
                     "黎明路凱旋路口低窪淹水感測器電池低電量離線、違停與路燈陳情。")
    # background
    s.status("SN-FL-009", "offline", "06:48", 5, None, reason="battery_low")
    s.offline_alert("SN-FL-009", "07:08", 20, None)
    s.add("parking", "full", "SN-PK-001", "07:25", 30, "水湳轉運中心停車場 車位已滿", None)
    # crash A
    a1 = s.add("1999", "traffic_accident", off(A, 15, -10), "07:39:10", 70,
               "環中路凱旋路口汽車撞機車，騎士倒在地上，請快派救護車", "A", dups=(540,))
    a2 = s.add("119", "ambulance", A, "07:39:40", 30, "環中路二段與凱旋路口 車禍 機車騎士倒地 意識清楚 左腳疼痛", "A")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-002", "07:40:20", 15, "凱旋路/環中路二段 偵測車輛停滯", "A", confidence=0.81)
    s.add("incident", "injury_accident", A, "07:41", 420, "環中路二段凱旋路口 自小客車追撞普通重機 1人受傷送醫 外側車道受阻", "A", "Moderate")
    s.cong("SN-VD-HUANZHONG-02", "07:46", 60, 14, "A", alt="B")
    # crash B
    b1 = s.add("1999", "traffic_accident", off(B, -20, 12), "07:48:30", 90,
               "環中路往中科路那邊，前面在塞，一台貨車跟轎車擦撞停在內車道，人看起來沒事", "B")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-003", "07:49:10", 15, "中科路/環中路二段 偵測車輛停滯（西側路段）", "B", confidence=0.64)
    s.add("1999", "illegal_parking", off(c3, 10, -140), "07:51", 120, "中科路靠近環中路這邊有車停紅線，很危險", None)
    s.add("incident", "accident", B, "07:52", 660, "環中路二段近中科路口 大貨車與自小客車擦撞 無人受傷 內側車道阻塞", "B", "Minor")
    s.add("1999", "streetlight", off(pos("SN-CCTV-007"), 60, 20), "07:53", 200, "黎明路凱旋路這邊有一盞路燈白天還亮著", None)
    s.add("119", "ambulance", A, "07:55", 20, "環中路二段凱旋路口 救護車到達現場", "A", status="on_scene", follows=a2)
    s.add("cctv", "wrong_way", "SN-CCTV-001", "08:02", 15, "台74線/環中路二段 偵測逆向行駛", None, confidence=0.41)
    s.cong("SN-VD-HUANZHONG-01", "08:05", 60, 18, "A", sev="Minor")
    s.add("119", "ambulance", A, "08:14", 20, "傷者送往中國醫藥大學附設醫院", "A", status="returning", follows=a2)
    s.add("incident", "road_reopened", B, "08:24", 300, "環中路二段近中科路口 事故車已移置路邊 內側車道恢復通行", "B", "Minor")
    s.add("incident", "road_reopened", A, "08:31", 240, "環中路二段凱旋路口 事故排除 恢復通行", "A", "Minor")
    s.add("rule", "cleared", "SN-VD-HUANZHONG-02", "08:42", 60, "環中路車輛偵測器2 車速恢復", "A", "Minor", alt="B")
    s.status("SN-FL-009", "online", "09:35", 5, None)
    s.incident("A", "traffic", "環中路二段凱旋路口汽車追撞機車，騎士受傷送醫", a1)
    s.incident("B", "traffic", "環中路二段近中科路口貨車與轎車擦撞，無人傷，佔內車道", b1)
    alt_of(s, "環中路車輛偵測器2 位於兩事故之間，回堵也可能是第二起事故造成；另一讀法把偵測器2的壅塞與解除歸給 B。",
           [dict(s.incidents[0]), dict(s.incidents[1])])
    s.notes = ("兩起事故相距約 230 公尺、相隔 9 分鐘，但車輛、人員、處理都不同，是兩件案子。"
               "B 的 CCTV 由中科路口攝影機看到，位置在 215 公尺外。台74線口低信心逆向偵測與中科路紅線違停為背景。"
               "淹水感測器電池低電量是維修單，不是派遣案件。")
    return s


# ---------------------------------------------------------------- 2032
def s2032():
    s = Situation(2032, "zhongqing_queue_secondary", "2025-04-18", 2032)
    J = pos("SN-SIG-008")
    A = off(J, -25, -15)
    B = lerp(J, (120.6622, 24.1905), 0.33)
    s.description = ("週五傍晚，中清路環中路口遊覽車與轎車碰撞，轎車駕駛受困；回堵車流在路口南方約 350 公尺處三車追撞，一人頸部不適。"
                     "處理期間路口攝影機自身故障離線。背景：會展停車場滿、綠美圖火警總機迴路異常、凱旋路尖峰壅塞、生態住宅噪音。")
    s.add("parking", "full", "SN-PK-006", "17:08", 30, "臺中國際會展中心停車場 車位已滿", None)
    a1 = s.add("1999", "traffic_accident", off(A, 30, -20), "17:21", 50, "中清路環中路口遊覽車跟轎車撞到，轎車車頭全毀，裡面的人好像出不來", "A")
    a2 = s.add("119", "rescue", A, "17:21:40", 25, "中清路與環中路口 車禍 轎車駕駛受困車內 需破壞器材 另1名乘客受傷", "A")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-008", "17:22", 15, "中清路/環中路 偵測車輛停滯", "A", confidence=0.88)
    s.add("incident", "injury_accident", A, "17:23", 480, "中清路環中路口 遊覽車與自小客車碰撞 1人受困 1人受傷", "A", "Severe")
    s.cong("SN-VD-ZHONGQING-01", "17:26", 60, 8, "A", sev="Severe")
    s.cong("SN-VD-HUANZHONG-03", "17:30", 60, 12, "A")
    s.add("incident", "road_closure", A, "17:33", 300, "中清路北向內側二車道封閉，請用路人改道經貿路", "A", "Moderate")
    s.add("1999", "noise", off(pos("SN-FA-011"), 30, -20), "17:35", 300, "生態住宅旁邊有人在裝潢敲打很吵", None)
    s.add("119", "rescue", A, "17:38", 20, "救助隊到達 進行破壞救援", "A", status="on_scene", follows=a2)
    b1 = s.add("1999", "traffic_accident", off(B, 40, 25), "17:44", 90, "中清路往環中路方向在塞車，後面三台車追撞，在水湳這段", "B")
    s.add("incident", "accident", B, "17:46", 720, "中清路二段北向 回堵車流三車追撞 1人頸部不適", "B", "Minor")
    s.add("119", "ambulance", off(B, 20, 10), "17:50", 25, "中清路二段 三車追撞 1名駕駛頸部不適", "B")
    s.status("SN-CCTV-008", "offline", "17:52", 5, None, reason="device_fault", alt="A")
    s.offline_alert("SN-CCTV-008", "18:02", 30, None, alt="A")
    s.cong("SN-VD-ZHONGQING-02", "18:05", 60, 15, "A")
    s.cong("SN-VD-KAIXUAN-02", "18:15", 60, 22, None, sev="Minor")
    s.add("incident", "road_reopened", B, "18:22", 400, "中清路二段追撞車輛已拖離 恢復通行", "B", "Minor")
    s.add("fire_alarm", "fault", "SN-FA-004", "18:30", 20, "臺中綠美圖 受信總機 第3迴路偵煙器異常", None)
    s.add("119", "rescue", A, "18:40", 20, "受困者救出送醫 救助隊返隊", "A", status="returning", follows=a2)
    s.add("incident", "road_reopened", A, "18:55", 300, "中清路環中路口事故排除 恢復通行", "A", "Minor")
    s.add("rule", "cleared", "SN-VD-ZHONGQING-01", "19:05", 60, "中清路車輛偵測器1 車速恢復", "A", "Minor")
    s.status("SN-CCTV-008", "online", "19:12", 5, None, alt="A")
    s.add("fire_alarm", "normal", "SN-FA-004", "19:20", 20, "臺中綠美圖 受信總機 復歸", None)
    s.incident("A", "traffic", "中清路環中路口遊覽車與轎車碰撞，駕駛受困，路口封閉二車道", a1)
    s.incident("B", "traffic", "中清路二段北向回堵車流三車追撞（二次事故），一人頸部不適", b1)
    alt_of(s, "二次事故發生在第一起事故的回堵車陣尾端，也可讀成同一個現場管制工作；路口攝影機離線也可能被讀成事故波及路口設備。",
           [{"label": "A", "type": "traffic", "description": "中清路環中路口事故與其回堵車陣內的二次追撞，一併處理",
             "sufficient_evidence_key": a1}])
    for _, _, it in s.items:
        if it["truth"] == "B":
            it["truth_alt"] = "A"
    s.notes = ("B 是二次事故：新的車輛、新的傷者、另派救護車與另一份事故報告，所以是另一件；但它在 A 的回堵車陣裡，另一讀法合併。"
               "中清路車輛偵測器2 在 1.6 公里外，回堵延伸到那裡仍是 A 的。攝影機 17:52 自身故障（device_fault），與事故無關。")
    return s


# ---------------------------------------------------------------- 2033
def s2033():
    s = Situation(2033, "moving_burning_car", "2025-07-02", 2033)
    C9 = pos("SN-CCTV-009")
    STOP = (120.6398, 24.1871)
    s.description = ("夜間一輛自小客車在臺灣大道環中路口已冒煙（路口攝影機偵測到煙霧），駕駛未停車，沿環中路北上約 1.5 公里後在環中路二段停下，引擎室起火。"
                     "同時段河南路中平路口號誌控制器故障黑燈，另案處理。背景：筏子溪水位站通訊中斷、遠處焦味陳情。")
    s.status("SN-WL-004", "offline", "21:50", 5, None, reason="comms_lost")
    s.offline_alert("SN-WL-004", "22:05", 30, None)
    s.add("cctv", "smoke", "SN-CCTV-009", "22:12", 15, "臺灣大道/環中路 偵測煙霧", "F", confidence=0.57, alt=None)
    s.add("1999", "other", (120.6362, 24.1813), "22:15", 80, "環中路上有一台車一直冒白煙，還在開，往北邊去", "F")
    f1 = s.add("119", "fire", STOP, "22:20", 25, "環中路二段 自小客車火警 引擎室起火 駕駛已下車", "F")
    s.add("1999", "fire_smoke", (120.6458, 24.1862), "22:21", 60, "從學校這邊看到環中路那邊有火光跟黑煙", "F")
    s.add("incident", "fire_report", off(STOP, 10, 10), "22:22", 360, "環中路二段北向外側車道 自小客車起火燃燒", "F", "Severe")
    s.cong("SN-VD-HUANZHONG-04", "22:25", 60, 16, "F")
    s.cong("SN-VD-HUANZHONG-01", "22:27", 60, 20, "F", sev="Minor")
    # signal fault
    g1 = s.add("signal", "fault", "SN-SIG-010", "22:30", 10, "河南路/中平路 號誌控制器故障 黑燈", "S")
    s.add("cctv", "signal_dark", "SN-CCTV-010", "22:31", 15, "河南路/中平路 偵測號誌黑燈", "S", confidence=0.77)
    s.add("119", "fire", STOP, "22:31", 20, "消防車到達 火勢撲滅中", "F", status="on_scene", follows=f1)
    s.add("1999", "traffic_signal", off(pos("SN-SIG-010"), -30, 20), "22:36", 150, "河南路中平路口紅綠燈都不亮，車子亂開", "S")
    s.status("SN-WL-004", "online", "22:40", 5, None)
    s.add("incident", "traffic_signal_fault", pos("SN-SIG-010"), "22:44", 400, "河南路中平路口號誌故障 派員指揮交通 通知廠商", "S", "Moderate")
    s.add("incident", "road_closure", STOP, "22:50", 300, "環中路二段北向外側車道管制 待拖吊燒毀車輛", "F", "Minor")
    s.add("1999", "fire_smoke", (120.6590, 24.1832), "23:05", 240, "生態住宅這邊聞到塑膠燒焦味，不知道哪裡來的", None, alt="F")
    s.add("119", "fire", STOP, "23:15", 20, "火勢撲滅 無人傷亡 返隊", "F", status="closed", follows=f1)
    s.add("incident", "road_reopened", STOP, "23:32", 300, "環中路二段燒毀車輛已拖離 恢復通行", "F", "Minor")
    s.add("signal", "restored", "SN-SIG-010", "23:41", 10, "河南路/中平路 號誌恢復正常", "S")
    s.add("1999", "noise", (120.6431, 24.1890), "23:52", 200, "環中路半夜一直有人飆車很吵", None)
    s.incident("F", "fire", "自小客車邊開邊冒煙，沿環中路北上後於環中路二段停下起火", f1)
    s.incident("S", "traffic", "河南路中平路口號誌控制器故障黑燈，派員指揮交通", g1)
    alt_of(s, "臺灣大道口的煙霧偵測在起火點南方約 1.5 公里、早 8 分鐘，當下沒人知道是同一台車，可讀成雜訊；生態住宅的焦味在 2 公里外，也可讀成這場車火的煙。",
           [dict(s.incidents[0]), dict(s.incidents[1])])
    s.notes = ("移動中的危害：證據從臺灣大道口一路到環中路二段，同一台車，一件火災。號誌黑燈與車火無關（不同路段、控制器自身故障）。")
    return s


# ---------------------------------------------------------------- 2034
def s2034():
    s = Situation(2034, "jingmao_fallen_pipes", "2025-05-20", 2034)
    C6 = pos("SN-CCTV-006")
    S_END = (120.6592, 24.184)
    P = lambda m: lerp(C6, S_END, m / dist(C6, S_END))
    C5 = pos("SN-CCTV-005")
    BR = off(C5, -130, -45)
    s.description = ("午後一輛貨車在經貿路二段南向掉落鷹架鋼管，散落經貿七路口以南約 300 公尺；一名機車騎士壓到鋼管摔車擦傷。"
                     "半小時後黎明路近經貿路口有樹枝被風吹落佔用車道，另案清除。背景：智慧營運塔火警總機預備電源電壓不足、經貿六停車場滿、中科路坑洞陳情。")
    s.add("fire_alarm", "fault", "SN-FA-005", "13:50", 20, "臺灣智慧營運塔 受信總機 預備電源電壓不足", None)
    s.add("cctv", "fallen_object", "SN-CCTV-006", "14:02", 15, "經貿路二段/經貿七路 偵測路面掉落物", "P", confidence=0.72)
    p1 = s.add("1999", "fallen_object", P(150), "14:04", 70, "經貿路往南有很多鐵管掉在路上，車子都在閃", "P")
    s.add("incident", "fallen_object", P(120), "14:05", 300, "經貿路二段南向 貨車掉落鷹架鋼管 散落約200公尺", "P", "Moderate")
    s.add("1999", "fallen_object", P(290), "14:07", 90, "經貿路快到中科路那邊路上還有鐵管", "P", dups=(15,))
    amb = s.add("119", "ambulance", P(265), "14:09", 25, "經貿路二段 機車騎士壓到路面鐵管摔車 手臂擦傷", "P", alt="R")
    s.add("119", "ambulance", P(265), "14:31", 20, "騎士擦傷 現場包紮 拒絕送醫 返隊", "P", status="returning", follows=amb, alt="R")
    s.add("1999", "公園路樹", (120.6560, 24.1860), "14:12", 900, "中央公園裡面有樹枝斷掉掛在步道上方", None)
    s.add("1999", "traffic_accident", P(255), "14:10", 120, "經貿路有機車壓到鐵管摔倒了", "P", alt="R")
    s.cong("SN-VD-JINGMAO-01", "14:15", 60, 17, "P")
    s.add("parking", "full", "SN-PK-002", "14:16", 30, "經貿六停車場 車位已滿", None)
    s.add("incident", "road_closure", P(150), "14:20", 240, "經貿路二段南向封閉 清除散落鋼管", "P", "Moderate")
    s.add("incident", "injury_accident", P(265), "14:12", 1200, "經貿路二段 普通重機壓到掉落物自摔 1人輕傷", "P", "Minor", alt="R")
    b1 = s.add("1999", "fallen_tree", BR, "14:30", 80, "黎明路靠經貿路這邊一根很大的樹枝被風吹下來擋住一個車道", "T")
    s.add("cctv", "fallen_object", "SN-CCTV-005", "14:33", 15, "經貿路二段/黎明路三段 偵測路面掉落物", "T", confidence=0.38, alt="P")
    s.add("incident", "fallen_object", BR, "14:40", 600, "黎明路三段 路樹枝幹吹落 佔用外側車道 通知建設局", "T", "Minor")
    s.add("1999", "road_damage", (120.6534, 24.1880), "14:45", 300, "中科路有一個坑洞", None)
    s.add("incident", "road_reopened", P(150), "14:55", 300, "經貿路二段南向鋼管清除完畢 恢復通行", "P", "Minor")
    s.add("incident", "other", P(100), "15:05", 900, "掉落鋼管之貨車司機返回現場說明 已製單告發", "P", "Minor")
    s.add("1999", "fallen_tree", off(BR, 25, 10), "14:36", 120, "黎明路三段有樹倒在路上，車子要繞過去", "T")
    s.add("incident", "road_reopened", BR, "15:20", 600, "黎明路三段樹枝清除 恢復通行", "T", "Minor")
    s.add("rule", "cleared", "SN-VD-JINGMAO-01", "15:08", 60, "經貿路車輛偵測器1 車速恢復", "P", "Minor")
    s.add("fire_alarm", "normal", "SN-FA-005", "15:30", 20, "臺灣智慧營運塔 受信總機 復歸", None)
    s.incident("P", "traffic", "經貿路二段南向貨車掉落鋼管散落約 300 公尺，含一名騎士壓到鋼管摔車", p1)
    s.incident("T", "traffic", "黎明路三段近經貿路口樹枝吹落佔用車道", b1)
    alt_of(s, "騎士壓到鋼管摔車有自己的救護與事故報告，可讀成另一件救護/事故；經貿黎明路口攝影機的低信心掉落物偵測在鋼管北方約 400 公尺，也可能讀成鋼管案。",
           [dict(s.incidents[0], description="經貿路二段南向貨車掉落鋼管散落約 300 公尺"), dict(s.incidents[1]),
            {"label": "R", "type": "traffic", "description": "機車騎士壓到鋼管摔車擦傷", "sufficient_evidence_key": None}])
    # sufficient key of R under alt: the 119 ambulance
    r_key = [it["key"] for _, _, it in s.items if it.get("truth_alt") == "R" and it["feed"] == "119"][0]
    s.alt["incidents"][2]["sufficient_evidence_key"] = r_key
    s.notes = ("摔車是掉落物造成的後果，同一處、同一組清除與管制人員，算同一件。樹枝在另一條路、另一個原因，另案。"
               "營運塔火警總機的預備電源告警是設備自身問題。")
    return s


# ---------------------------------------------------------------- 2035
def s2035():
    s = Situation(2035, "stolen_car_chase", "2025-09-06", 2035)
    C = {i: pos(f"SN-CCTV-00{i}") for i in (1, 2, 4, 5, 7)}
    CR = off(C[4], 15, -10)
    s.description = ("凌晨逢甲商圈一輛白色自小客車失竊；半小時後巡邏警察在台74線下環中路發現該車，嫌犯逆向逃逸，"
                     "沿環中路、凱旋路、黎明路逃竄，最後在經貿路環中路口撞倒號誌桿，嫌犯棄車逃逸後落網。"
                     "背景：北屯雨量站電池低電量、中平路飆車噪音、臺灣大道口低信心逆向偵測。")
    s.status("SN-RG-003", "offline", "01:02", 5, None, reason="battery_low")
    s.offline_alert("SN-RG-003", "01:25", 30, None)
    s.add("incident", "theft", (120.6462, 24.1788), "01:40", 600, "逢甲商圈 白色自小客車遭竊 車牌BQX-7731", "C", "Minor", alt="TH")
    c1 = s.add("incident", "wrong_way_driver", off(C[1], -20, -15), "02:12", 60,
               "巡邏車發現失竊車BQX-7731 於台74線下環中路 逆向逃逸 追緝中", "C", "Severe")
    s.add("cctv", "wrong_way", "SN-CCTV-001", "02:12:30", 15, "台74線/環中路二段 偵測逆向行駛", "C", confidence=0.83)
    s.add("cctv", "wrong_way", "SN-CCTV-002", "02:13:40", 15, "凱旋路/環中路二段 偵測逆向行駛", "C", confidence=0.79)
    s.add("1999", "other", (120.6491, 24.1950), "02:14", 120, "有一台白車逆向開很快，後面警車在追，差點撞到我", "C")
    s.add("cctv", "wrong_way", "SN-CCTV-007", "02:15:20", 15, "黎明路三段/凱旋路 偵測逆向行駛", "C", confidence=0.66)
    s.add("cctv", "wrong_way", "SN-CCTV-005", "02:16:50", 15, "經貿路二段/黎明路三段 偵測逆向行駛", "C", confidence=0.71)
    s.add("signal", "fault", "SN-SIG-004", "02:18:10", 10, "經貿路二段/環中路二段 號誌故障", "C", alt="SG")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-004", "02:18:30", 15, "經貿路二段/環中路二段 偵測車輛停滯", "C", confidence=0.9)
    s.add("incident", "injury_accident", CR, "02:19", 300, "失竊車於經貿路環中路口撞倒號誌桿 駕駛棄車徒步逃逸", "C", "Severe")
    s.add("119", "ambulance", CR, "02:21", 20, "經貿路與環中路口 車禍 請求救護待命 傷者不明", "C")
    s.add("1999", "noise", (120.6650, 24.1747), "02:30", 240, "中平路有人在飆車，很吵", None)
    s.add("incident", "other", (120.6545, 24.1905), "02:35", 180, "嫌犯棄車後往中科路方向逃逸 徒步搜索中", "C", "Moderate")
    s.add("1999", "traffic_signal", off(C[4], -20, 15), "02:40", 200, "經貿路環中路口紅綠燈倒了，都不亮", "C", alt="SG")
    s.add("cctv", "wrong_way", "SN-CCTV-009", "02:41", 15, "臺灣大道/環中路 偵測逆向行駛", None, confidence=0.35)
    s.add("incident", "traffic_signal_fault", C[4], "02:50", 300, "經貿路環中路口號誌桿遭撞毀 派員指揮交通 通知號誌廠商搶修", "C", "Moderate", alt="SG")
    s.add("incident", "other", pos("SN-CCTV-006"), "03:05", 200, "竊車嫌犯於經貿七路落網 BQX-7731 案偵結移送", "C", "Minor")
    s.add("signal", "restored", "SN-SIG-004", "06:32", 10, "經貿路二段/環中路二段 號誌恢復正常", "C", alt="SG")
    s.status("SN-RG-003", "online", "09:10", 5, None)
    s.incident("C", "public_order", "失竊車 BQX-7731 逆向逃逸、警方追緝，撞倒經貿環中路口號誌桿，嫌犯落網", c1)
    alt_of(s, "逢甲的失竊報案在追緝前半小時、約 2 公里外，另一讀法把它當成獨立的竊盜案；被撞倒的號誌需要廠商搶修，也可讀成另一件設施/號誌工作。",
           [dict(s.incidents[0], description="失竊車逆向逃逸追緝並撞車"),
            {"label": "TH", "type": "public_order", "description": "逢甲商圈自小客車失竊報案", "sufficient_evidence_key": None},
            {"label": "SG", "type": "infrastructure", "description": "經貿環中路口號誌桿遭撞毀搶修",
             "sufficient_evidence_key": None}])
    th = [it["key"] for _, _, it in s.items if it.get("truth_alt") == "TH"][0]
    sg = [it["key"] for _, _, it in sorted(s.items, key=lambda x: (x[0], x[1])) if it.get("truth_alt") == "SG"][0]
    s.alt["incidents"][1]["sufficient_evidence_key"] = th
    s.alt["incidents"][2]["sufficient_evidence_key"] = sg
    s.notes = ("追車是移動中的危害：五支攝影機的逆向偵測、市民來電、撞車與號誌損壞都是同一台車、同一個警方案件。"
               "失竊報案車牌與追緝同車，協調者會併案。臺灣大道口的逆向偵測在 3 公里外、信心 0.35，追緝已結束，是誤報。")
    return s


# ---------------------------------------------------------------- 2036
def s2036():
    s = Situation(2036, "zhongping_diesel_trail", "2025-11-12", 2036)
    W, E = pos("SN-SIG-010"), pos("SN-SIG-011")
    M = lambda f: lerp(W, E, f)
    TRUCK = (120.6688, 24.1757)
    s.description = ("早上一輛油罐貨車油箱破損，沿中平路由河南路口往東到經貿路口漏出柴油約 1 公里，一名機車騎士在油漬上滑倒；"
                     "貨車最後在中平路東段被攔下。背景：河南路低窪淹水感測器計畫性維護離線、河南路口攝影機低信心停滯偵測、違停陳情。")
    s.status("SN-FL-007", "offline", "08:58", 5, None, reason="maintenance")
    h1 = s.add("1999", "other", M(0.4), "09:02", 90, "中平路上整條都是油，很滑，機車都在滑", "H")
    s.add("incident", "hazmat_report", M(0.5), "09:06", 300, "中平路河南路至經貿路段 路面油漬約1公里 疑似貨車漏油", "H", "Moderate")
    s.add("1999", "gas_odor", off(E, -40, -10), "09:08", 100, "中平路經貿路口有很重的柴油味", "H")
    sa = s.add("119", "ambulance", M(0.72), "09:10", 25, "中平路 機車騎士因路面油漬滑倒 膝蓋擦傷", "H", alt="SL")
    s.add("119", "ambulance", M(0.72), "09:34", 20, "傷者送醫 返隊", "H", status="returning", follows=sa, alt="SL")
    s.add("1999", "gas_odor", off(W, 35, 15), "09:13", 200, "河南路中平路口這邊柴油味很重，路面亮亮的", "H")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-011", "09:36", 15, "經貿路/中平路 偵測車輛停滯", "H", confidence=0.62)
    s.add("parking", "full", "SN-PK-003", "10:05", 30, "河南路停車場 車位已滿", None)
    s.add("1999", "traffic_accident", off(M(0.72), 15, 5), "09:11", 150, "中平路有機車滑倒，地上都是油", "H", alt="SL")
    hz = s.add("119", "hazmat", M(0.5), "09:12", 20, "中平路 路面大面積油漬 派員灑吸油材", "H")
    s.add("cctv", "stalled_vehicle", "SN-CCTV-010", "09:15", 15, "河南路/中平路 偵測車輛停滯", None, confidence=0.55, alt="H")
    s.add("incident", "road_closure", M(0.5), "09:20", 240, "中平路東向外側車道封閉 清除油漬", "H", "Moderate")
    s.offline_alert("SN-FL-007", "09:20", 30, None)
    s.cong("SN-VD-ZHONGPING-01", "09:25", 60, 12, "H")
    s.cong("SN-VD-ZHONGPING-02", "09:31", 60, 19, "H", sev="Minor")
    s.add("incident", "other", TRUCK, "09:40", 600, "肇事油罐車於中平路東段攔停 油箱破損 已通知環保局", "H", "Moderate")
    s.add("1999", "illegal_parking", off(pos("SN-PK-003"), 30, 20), "09:50", 300, "河南路停車場門口有車違停擋住出入口", None)
    s.add("incident", "road_reopened", M(0.5), "10:30", 300, "中平路油漬清除完畢 恢復通行", "H", "Minor")
    s.add("119", "hazmat", M(0.5), "10:40", 20, "油漬處理完畢 返隊", "H", status="closed", follows=hz)
    s.add("1999", "other", M(0.3), "11:15", 120, "早上中平路那邊油很多我差點滑倒，有沒有人處理", "H", alt=None)
    s.status("SN-FL-007", "online", "11:32", 5, None)
    s.add("rule", "cleared", "SN-VD-ZHONGPING-01", "10:45", 60, "中平路車輛偵測器1 車速恢復", "H", "Minor")
    s.incident("H", "hazmat", "中平路河南路至經貿路段柴油漏油約 1 公里，含騎士滑倒、攔停肇事車", h1)
    sl = [it["key"] for _, _, it in sorted(s.items, key=lambda x: (x[0], x[1])) if it.get("truth_alt") == "SL"][0]
    alt_of(s, "騎士滑倒有自己的救護派遣，可讀成另一件；河南路口攝影機低信心的停滯偵測可能是油漬上停下的車；11:15 的事後陳情可讀成不需派遣。",
           [dict(s.incidents[0]), {"label": "SL", "type": "rescue", "description": "機車騎士在中平路油漬上滑倒", "sufficient_evidence_key": sl}])
    s.notes = ("漏油是沿路的線狀危害，1 公里內的所有報告、1 公里外攔下的肇事車都是同一件。淹水感測器是計畫性維護，與漏油無關。")
    return s


if __name__ == "__main__":
    for f in (s2031, s2032, s2033, s2034, s2035, s2036):
        s = f()
        print(s.write())
