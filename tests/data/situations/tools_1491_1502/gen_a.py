"""Situations 1491-1496: typhoon night, first half of the set."""
from lib import Sit, P

def s1491():
    s = Sit(1491, "typhoon_underpass_and_limingkaixuan",
            "颱風夜 20:00-22:30。中清環中路口地下道積水，一輛自小客車受困，119 救出駕駛；警方封閉地下道。同一時段"
            "黎明路凱旋路口低窪處也積水，是另一處淹水，由另一組人處理。地下道旁的號誌因機櫃進水黑燈。")
    U, L, SG = "UP", "LK", "SIG8"
    s.rain("SN-RG-002", 0, "大雨", None)
    s.rain("C0F9T0", 5, "豪雨", None)
    a = s.flood("SN-FL-006", 18, 12, U)
    s.add("rule", "congestion", 22, None, sid="SN-VD-HUANZHONG-01", sev="Minor", text="環中路車輛偵測器1 車速下降")
    b = s.flood("SN-FL-006", 31, 28, U)
    c1 = s.c1999("flooding", "中清環中路口", 33, U, "中清路往環中路那個地下道水很深，車子還一直開進去")
    c = s.flood("SN-FL-006", 40, 45, U)
    s.cam("SN-CCTV-008", "flooding", 41, U, 0.82, text="地下道入口積水")
    r = s.d119("rescue", "中清環中地下道", 44, U, "中清路環中路口地下道自小客車受困，駕駛一人待救", sev="Severe")
    s.inc(U, "flood", "中清環中路口地下道淹水、車輛受困救援與封閉", r)
    s.c1999("flooding", "經貿環中路口", 45, U,
            "環中路經貿路那邊地下道有車卡在水裡，人好像還在車上")  # wrong street named
    s.pol("road_closure", "Severe", "中清環中路口", 49, U, "中清路環中路口地下道雙向封閉，請改道崇德路")
    s.add("119", "rescue", 52, U, place="中清環中地下道", text="到場，以救生繩救出駕駛一人，意識清楚", status="on_scene", follows=r)
    s.sig("SN-SIG-008", "fault", 54, SG, alt=U, text="號誌控制器通訊異常 黑燈")
    s.inc(SG, "traffic", "中清環中路口號誌黑燈（機櫃進水）", "1491-%03d" % s.n)
    s.cam("SN-CCTV-008", "signal_dark", 55, SG, 0.77, alt=U)
    s.c1999("traffic_signal", "中清環中路口", 58, SG, "中清路環中路口紅綠燈都不亮，很危險", alt=U)
    s.pol("traffic_signal_fault", "Moderate", "中清環中路口", 61, SG, "中清環中路口號誌故障，派員指揮交通", alt=U)
    # second flood, unrelated crew: 黎明路凱旋路口
    d = s.flood("SN-FL-009", 57, 10, L)
    e = s.flood("SN-FL-009", 68, 22, L)
    s.c1999("flooding", "黎明凱旋路口", 70, L, "黎明路跟凱旋路口整個積水，機車騎過去會熄火")
    s.inc(L, "flood", "黎明路凱旋路口低窪處積水", "1499-000")
    s.incidents[-1]["sufficient_evidence_key"] = "1491-%03d" % s.n
    s.pol("flooding_report", "Moderate", "黎明凱旋路口", 74, L, "黎明路三段凱旋路口積水約 25 公分，外側車道無法通行")
    s.pol("stalled_vehicle", "Moderate", "黎明凱旋路口", 79, L, "機車兩部於積水處熄火，已協助推離")
    s.cam("SN-CCTV-007", "stalled_vehicle", 80, L, 0.64)
    s.flood("SN-FL-009", 92, 34, L)
    s.c1999("flooding", "凱旋路中段", 95, L, "凱旋路靠黎明路那邊水淹到人行道了，水溝都滿出來")
    s.dup("1491-%03d" % (s.n), 3)
    # background
    s.c1999("streetlight", "中科路中段", 60, None, "中科路有一盞路燈一閃一閃的")
    s.c1999("illegal_parking", "經貿六停車場", 66, None, "經貿六停車場門口有車違停擋住出口")
    s.add("rule", "congestion", 75, None, sid="SN-VD-ZHONGQING-01", sev="Moderate", text="中清路車輛偵測器1 車速下降", alt=U)
    s.c1999("flooding", "中清環中路口", 90, U, "剛剛打過了，地下道那邊現在還是很多水，有沒有人在處理", follows=c1)
    s.flood("SN-FL-006", 120, 20, U)
    s.add("119", "rescue", 105, U, place="中清環中地下道", text="救援完成返隊", status="returning", follows=r)
    s.pol("road_reopened", "Minor", "中清環中路口", 148, U, "中清環中地下道水已退，恢復通行")
    s.add("rule", "cleared", 146, U, sid="SN-FL-006", sev="Minor", text="中清環中路口地下道 淹水警戒解除")
    s.sig("SN-SIG-008", "restored", 140, SG, alt=U)
    s.rain("SN-RG-001", 100, "豪雨", None)
    s.c1999("noise", "生態住宅B", 110, None, "隔壁鐵皮被風吹得一直響，很吵")
    s.alt_reading("中清環中路口的號誌黑燈與地下道淹水在同一個路口，警方封路時同一組人也在指揮交通，可視為同一件；"
                  "另一種看法則把號誌交給交通局號誌維修另開一案。",
                  {SG: None})
    s.notes = ["一通 1999 說「環中路經貿路」的地下道，其實是中清環中路口地下道（經貿環中路口沒有地下道）：歸地下道案。",
               "號誌黑燈：本解讀為獨立的 traffic 案（交通局號誌搶修），另一解讀併入地下道案。",
               "中清路偵測器的減速：本解讀當背景；另一解讀仍為背景（封路造成的排隊不需另派）。"]
    # fix congestion alt: same as truth (null) -> remove alt marker
    for it in s.items:
        if it["category"] == "congestion":
            it.pop("truth_alt", None)
    s.write()

def s1492():
    s = Sit(1492, "typhoon_ponds_rising",
            "颱風夜 21:00-00:30。中央公園五座滯洪池依序蓄水上升，北池、南池水位達警戒；經貿路區域排水水位同步上升，"
            "經貿路低窪處積水。生態住宅B區地下室抽水機房進水。", )
    PD, JM, EB = "PONDS", "JINGMAO", "ECOB"
    s.rain("SN-RG-001", 60, "豪雨", None)
    k1 = s.flood("SN-FL-001", 65, 14, PD)
    s.flood("SN-FL-002", 70, 18, PD)
    w1 = s.wl("SN-WL-001", 78, "3", PD)
    s.flood("SN-FL-003", 80, 22, PD)
    s.flood("SN-FL-004", 84, 25, PD)
    w2 = s.wl("SN-WL-002", 90, "3", PD, alt="PONDS_S")
    s.flood("SN-FL-005", 93, 31, PD, alt="PONDS_S")
    s.inc(PD, "flood", "中央公園滯洪池群蓄洪：北、南池水位警戒，水利局巡查、公園管制", w1)
    s.wl("SN-WL-001", 110, "2", PD)
    s.c1999("flooding", "公園中段步道", 112, PD, "中央公園裡面的步道都被水淹掉了，還有人在裡面散步拍照")
    s.pol("crowd_control", "Minor", "北滯洪池", 118, PD, "中央公園滯洪池周邊民眾圍觀，勸離並拉封鎖線")
    s.wl("SN-WL-002", 122, "2", PD, alt="PONDS_S")
    s.flood("SN-FL-004", 125, 38, PD, alt="PONDS_S")
    s.c1999("other", "滯洪池4", 128, PD, "公園南邊那個池子水快滿到步道上面了，要不要去看一下", alt="PONDS_S")
    # regional drain / 經貿路
    j1 = s.wl("SN-WL-003", 95, "3", JM)
    j2 = s.flood("SN-FL-008", 100, 16, JM)
    s.inc(JM, "flood", "經貿路低窪處積水（水湳區域排水滿槽）", j2)
    s.wl("SN-WL-003", 115, "2", JM)
    s.flood("SN-FL-008", 119, 33, JM)
    s.c1999("flooding", "經貿路中段", 121, JM, "經貿路靠公園這段水淹到輪胎一半了")
    s.pol("flooding_report", "Severe", "經貿路低窪", 126, JM, "經貿路(生態住宅B區前)積水逾 30 公分，封閉外側車道")
    s.add("rule", "congestion", 127, JM, sid="SN-VD-JINGMAO-02", sev="Moderate", text="經貿路車輛偵測器2 車速下降", alt=None)
    s.c1999("blocked_drain", "經貿路排水", 130, JM, "經貿路旁邊的水溝蓋被樹葉塞住，水排不下去")
    s.pol("road_closure", "Severe", "經貿路低窪", 138, JM, "經貿路中平路至文心路段封閉，請改道中科路")
    # eco block B basement
    e1 = s.add("fire_alarm", "fault", 132, EB, sid="SN-FA-012", text="消防泵浦室進水 低水位異常", alt=JM)
    e2 = s.c1999("flooding", "生態住宅B", 135, EB, "我們大樓地下室在淹水，水從車道一直灌進來，管委會在抽水", alt=JM)
    s.inc(EB, "flood", "生態住宅B區地下室進水（抽水、消防泵浦室）", e2)
    s.d119("rescue", "生態住宅B", 140, EB, "生態住宅B區地下室進水，請求抽水機支援", alt=JM)
    s.c1999("power_outage", "生態住宅B", 150, EB, "地下室淹水之後整棟停電了，電梯也停了", alt=JM)
    s.add("119", "rescue", 156, EB, place="生態住宅B", text="抽水機兩部到場作業", status="on_scene", follows="1492-%03d" % (s.n - 1), alt=JM)
    # background & late
    s.c1999("streetlight", "營運塔", 100, None, "營運塔旁邊那盞路燈不亮")
    s.rain("C0F9T0", 120, "大豪雨", None)
    s.c1999("other", "會展中心", 140, None, "請問明天會展中心的展覽還有沒有開")
    s.dup(w1, 40)  # late duplicate after gateway backlog
    s.wl("SN-WL-001", 200, "3", PD)
    s.add("rule", "water_level_falling", 205, PD, sid="SN-WL-001", sev="Minor", text="中央公園北滯洪池水位回降")
    s.alt_reading("南池（GW-CPS-01 一側，滯洪池3-5以南）由另一組水利局人員巡查，可分成北池、南池兩案。",
                  {"PONDS_S": {"label": "PONDS_S", "type": "flood", "description": "中央公園南滯洪池水位警戒",
                               "sufficient_evidence_key": w2},
                   JM: {"label": JM, "type": "flood", "description": "經貿路低窪積水與生態住宅B區地下室進水（同一處排水滿槽造成）",
                        "sufficient_evidence_key": j2},
                   EB: None})
    s.notes = ["滯洪池群：本解讀一案（公園滯洪系統同一套操作），另一解讀分北池、南池（滯洪池3 依本解讀歸北池側一案，因其在 GW-CPS-01 但靠中段）。",
               "生態住宅B區地下室：本解讀獨立（社區大樓，119 抽水），另一解讀併入經貿路積水案（同一排水滿槽、同一段路）。",
               "經貿路偵測器減速：本解讀屬經貿路積水案，另一解讀為背景。"]
    s.write()

def s1493():
    s = Sit(1493, "typhoon_power_cut_west",
            "颱風夜 22:00-01:00。強風吹斷饋線，黎明路、凱旋路、環中路西段一帶停電：三個路口號誌黑燈、機櫃監視器與偵測器"
            "因市電中斷離線，路燈整排熄滅。警方派員在路口指揮。凱旋路另有路樹倒塌擋住車道，影音中心電梯因停電困人。")
    PW, TR, LF = "POWER", "TREE_KX", "LIFT"
    t0 = 120
    s.rain("SN-RG-002", 110, "豪雨", None)
    a = s.sig("SN-SIG-001", "fault", t0, PW, text="號誌黑燈")
    s.off("SN-CCTV-001", t0 + 0.3, PW, reason="mains_power_lost")
    s.sig("SN-SIG-002", "fault", t0 + 0.5, PW)
    s.off("SN-CCTV-002", t0 + 0.6, PW, reason="mains_power_lost")
    s.off("SN-VD-KAIXUAN-01", t0 + 0.7, PW, reason="mains_power_lost")
    b = s.sig("SN-SIG-007", "fault", t0 + 1, PW)
    s.off("SN-CCTV-007", t0 + 1.1, PW)  # last will, no reason
    s.inc(PW, "infrastructure", "黎明/凱旋/環中路西段饋線停電：三路口號誌黑燈、設備離線、路燈熄滅，警方路口指揮", b)
    s.add("rule", "sensor_offline", t0 + 5, PW, sid="SN-VD-KAIXUAN-01", sev="Minor", text="凱旋路車輛偵測器1 資料中斷")
    s.c1999("power_outage", "黎明凱旋路口", t0 + 4, PW, "我們黎明路這邊整條停電了，什麼時候會來電")
    s.c1999("streetlight", "凱旋環中路口", t0 + 6, PW, "凱旋路環中路那邊路燈整排都不亮，一片漆黑")
    s.c1999("traffic_signal", "台74環中路口", t0 + 7, PW, "環中路下74快速道路那個路口紅綠燈不亮")
    s.c1999("traffic_signal", "中科環中路口", t0 + 9, PW,
            "環中路中科路口紅綠燈都沒有亮", alt=PW)  # caller names the wrong junction (SIG-003 was fine)
    s.pol("traffic_signal_fault", "Severe", "台74環中路口", t0 + 12, PW, "台74線環中路口、凱旋環中路口號誌全暗，派員指揮交通")
    s.pol("traffic_signal_fault", "Moderate", "黎明凱旋路口", t0 + 15, PW, "黎明凱旋路口號誌黑燈，派員指揮")
    s.add("rule", "congestion", t0 + 16, PW, sid="SN-VD-HUANZHONG-01", sev="Moderate", text="環中路車輛偵測器1 車速下降", alt=None)
    s.pol("injury_accident", "Moderate", "凱旋環中路口", t0 + 24, PW,
          "凱旋環中路口號誌黑燈，汽機車擦撞，機車騎士擦傷", alt="CRASH")
    s.d119("ambulance", "凱旋環中路口", t0 + 26, PW, "凱旋環中路口車禍，機車騎士手腳擦傷", alt="CRASH")
    # tree on 凱旋路
    tr = s.c1999("fallen_tree", "凱旋路中段", t0 + 18, TR, "凱旋路中段有一棵大樹倒下來擋住兩個車道")
    s.cam("SN-CCTV-007", "fallen_object", t0 - 30, None, 0.41)  # earlier, unrelated low-confidence branch
    tp = s.pol("fallen_object", "Severe", "凱旋路中段", t0 + 25, TR, "凱旋路(影音中心前)路樹倒塌占用內外車道，通報建設局")
    s.inc(TR, "traffic", "凱旋路中段路樹倒塌占用車道", tp)
    s.c1999("fallen_tree", "影音中心", t0 + 29, TR, "影音中心前面樹倒了，車子都要繞")
    s.pol("road_closure", "Moderate", "凱旋路中段", t0 + 33, TR, "凱旋路影音中心前北向封閉，待路樹清除")
    # lift
    l1 = s.c1999("rescue", "影音中心", t0 + 8, LF, "影音中心停電，電梯卡住，我同事在裡面出不來")
    l2 = s.d119("rescue", "影音中心", t0 + 10, LF, "流行影音中心電梯停電困 2 人")
    s.inc(LF, "rescue", "流行影音中心電梯停電受困 2 人", l1)
    s.add("fire_alarm", "fault", t0 + 3, LF, sid="SN-FA-006", text="主電源斷電 切換備用電源", alt=PW)
    s.add("119", "rescue", t0 + 30, LF, place="影音中心", text="到場，以電梯鑰匙救出 2 人，無人受傷", status="on_scene", follows=l2)
    s.add("119", "rescue", t0 + 45, LF, place="影音中心", text="案件結束", status="closed", follows=l2)
    # restoration
    s.sig("SN-SIG-001", "restored", t0 + 95, PW)
    s.on("SN-CCTV-001", t0 + 95.2, PW)
    s.sig("SN-SIG-002", "restored", t0 + 95.3, PW)
    s.on("SN-CCTV-002", t0 + 95.4, PW)
    s.sig("SN-SIG-007", "restored", t0 + 96, PW)
    s.on("SN-CCTV-007", t0 + 96.1, PW)
    s.on("SN-VD-KAIXUAN-01", t0 + 96.5, PW)
    s.c1999("power_outage", "黎明凱旋路口", t0 + 80, PW, "到現在還是沒電，已經快一個半小時了")
    # background
    s.c1999("illegal_parking", "泰安國小", t0 + 40, None, "泰安國小門口有車停紅線")
    s.off("SN-RG-003", t0 + 50, None, reason="battery_low")
    s.c1999("noise", "中科路中段", t0 + 60, None, "工地圍籬被風吹得砰砰響")
    s.alt_reading("號誌黑燈路口的車禍：本解讀屬停電案（同一路口、警方同一批人處理、起因是黑燈）；另一解讀車禍另開交通事故案。",
                  {"CRASH": {"label": "CRASH", "type": "traffic", "description": "凱旋環中路口擦撞事故",
                             "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "CRASH"][0]["key"]}})
    s.notes = ["停電造成三處號誌黑燈、設備 mains_power_lost 離線、路燈整排不亮：同一個停電案（台電搶修＋交通局＋警方路口指揮）。",
               "一通 1999 說中科環中路口號誌不亮，但 SN-SIG-003 正常：民眾說錯路口，歸停電案。",
               "影音中心火警總機『主電源斷電』：本解讀歸電梯受困案（同一棟、同一次 119 到場），另一解讀歸停電案。",
               "凱旋環中路口擦撞：本解讀歸停電案，另一解讀獨立交通事故。",
               "SN-CCTV-007 在停電前 30 分鐘的低信心掉落物：背景。"]
    s.write()

def s1494():
    s = Sit(1494, "typhoon_fallen_trees",
            "颱風夜 23:00-02:00。強風陣陣，路樹一棵棵倒：中科路、黎明路、經貿七路口各一，"
            "黎明路那棵壓到一部停著的車、車內有人受傷；中央公園裡也倒了好幾棵但沒擋到路。"
            "綠美圖外牆招牌被吹落在人行道上。")
    Z, LM, J7, SB = "TREE_ZK", "TREE_LM", "TREE_J7", "SIGN"
    t = 180
    s.rain("SN-RG-001", t - 10, "大豪雨", None)
    z1 = s.c1999("fallen_tree", "中科路中段", t, Z, "中科路靠公園那邊一棵樹倒在馬路中間，車子過不去")
    s.cam("SN-CCTV-003", "fallen_object", t + 2, Z, 0.55, alt=None, text="中科路方向疑似障礙物")
    z2 = s.pol("fallen_object", "Severe", "中科路中段", t + 6, Z, "中科路(影音中心北側)路樹倒塌阻斷南向車道")
    s.inc(Z, "traffic", "中科路路樹倒塌阻斷車道", z1)
    s.add("rule", "congestion", t + 8, Z, sid="SN-VD-ZHONGKE-01", sev="Moderate", text="中科路車輛偵測器1 車速下降")
    s.c1999("fallen_tree", "凱旋路中段", t + 9, Z,
            "凱旋路那邊有樹倒了擋住路", alt=Z)  # caller at 中科路, names 凱旋路 (parallel street, no tree there)
    # 黎明路 tree on a car with injured person
    l1 = s.c1999("fallen_tree", "黎明路中段", t + 15, LM, "黎明路樹倒下來壓到一台車，車裡好像有人")
    l2 = s.d119("rescue", "黎明路中段", t + 17, LM, "黎明路三段路樹壓車，車內一人受困", sev="Severe")
    s.inc(LM, "rescue", "黎明路路樹壓車、車內一人受困受傷", l1)
    s.pol("fallen_object", "Severe", "黎明路中段", t + 20, LM, "黎明路三段路樹倒塌壓毀自小客車，封閉東向車道")
    s.add("119", "rescue", t + 27, LM, place="黎明路中段", text="到場，破壞器材切除樹幹救出一人，頭部撕裂傷送醫", status="on_scene", follows=l2)
    s.d119("ambulance", "黎明路中段", t + 28, LM, "黎明路三段路樹壓車傷者一名送中國醫藥大學附設醫院")
    s.c1999("fallen_tree", "黎明路中段", t + 30, LM, "黎明路有樹壓到車，消防車已經來了")
    s.add("119", "rescue", t + 60, LM, place="黎明路中段", text="救助完成，樹幹交建設局移除", status="returning", follows=l2)
    # 經貿七路口 tree
    j1 = s.pol("fallen_object", "Moderate", "經貿七路口", t + 40, J7, "經貿路二段經貿七路口行道樹傾倒壓到號誌桿")
    s.inc(J7, "traffic", "經貿七路口路樹倒壓號誌桿，號誌故障", j1)
    s.sig("SN-SIG-006", "fault", t + 38, J7, text="號誌燈頭損壞 故障")
    s.cam("SN-CCTV-006", "fallen_object", t + 39, J7, 0.71)
    s.c1999("traffic_signal", "經貿七路口", t + 44, J7, "經貿路經貿七路口紅綠燈被樹壓歪了，燈也不亮")
    s.c1999("fallen_tree", "綠美圖", t + 47, J7, "綠美圖附近路口樹倒了", alt=SB)
    # signboard at 綠美圖
    b1 = s.c1999("fallen_object", "綠美圖", t + 50, SB, "綠美圖外面的大招牌被風吹下來掉在人行道上，差點砸到人")
    s.pol("fallen_object", "Moderate", "綠美圖", t + 55, SB, "綠美圖西側人行道指示招牌吹落，拉封鎖線")
    s.inc(SB, "infrastructure", "綠美圖外招牌吹落人行道", b1)
    # park trees: background (inside park, blocking nothing)
    s.c1999("fallen_tree", "公園中段步道", t + 35, None, "中央公園裡面倒了好幾棵樹，步道被擋住")
    s.c1999("公園路樹", "北滯洪池", t + 70, None, "公園滯洪池旁邊的樹枝斷了掛在上面")
    s.c1999("fallen_tree", "滯洪池4", t + 90, None, "公園南邊步道上有樹倒")
    # restorations / reopen
    s.pol("road_reopened", "Minor", "中科路中段", t + 100, Z, "中科路倒樹已移除，恢復通行")
    s.sig("SN-SIG-006", "restored", t + 150, J7)
    s.c1999("streetlight", "經貿路中段", t + 80, None, "經貿路一盞路燈歪掉了不亮")
    s.c1999("illegal_parking", "會展中心", t + 20, None, "會展中心旁邊有人把車停在人行道上躲颱風")
    s.dup(z2, 12)
    s.alt_reading("中科路監視器的低信心障礙物，另一解讀視為雜訊；「綠美圖附近路口樹倒了」可讀為招牌（說錯東西），歸招牌案。",
                  {})
    s.notes = ["每棵擋路的樹各自一案：不同路段、建設局各派一組；公園內未擋路的倒樹為背景（公園處隔天處理）。",
               "黎明路壓車：是救助案，警方的倒樹報告與 119、救護同一案。",
               "經貿七路口：倒樹壓壞號誌，樹與號誌同一案。",
               "一通說凱旋路有樹倒（實際是平行的中科路）：歸中科路案。"]
    s.write()

def s1495():
    s = Sit(1495, "typhoon_park_carpark_flood",
            "颱風夜 00:00-02:30。北滯洪池溢流，水從車道灌進中央公園地下停車場：停車場關閉、火警總機報泵浦室進水，"
            "地下二樓兩名車主回去移車受困，119 救出。南側出入口停車場（另一個出入口）預防性關閉。滯洪池同時水位警戒。")
    PK, PD = "CARPARK", "POND_N"
    t = 240
    p1 = s.wl("SN-WL-001", t, "2", PD, alt=PK)
    s.flood("SN-FL-001", t + 3, 36, PD, alt=PK)
    s.inc(PD, "flood", "中央公園北滯洪池滿槽溢流", p1)
    s.flood("SN-FL-002", t + 6, 33, PD, alt=PK)
    s.wl("SN-WL-001", t + 15, "1", PD, alt=PK)
    s.c1999("other", "北滯洪池", t + 17, PD, "公園北邊池子的水已經滿出來流到馬路了", alt=PK)
    c1 = s.add("fire_alarm", "fault", t + 20, PK, sid="SN-FA-007", text="B2 消防泵浦室進水 泵浦異常")
    c2 = s.add("parking", "closed", t + 22, PK, sid="SN-PK-004", text="入口進水 暫停開放")
    s.add("fire_alarm", "alarm", t + 24, PK, sid="SN-FA-007", text="B2 偵煙探測器動作（進水短路）")
    r1 = s.c1999("rescue", "公園地下停車場", t + 26, PK, "我跟我老公在中央公園地下停車場B2移車，水一直進來，出不去了")
    r2 = s.d119("rescue", "公園地下停車場", t + 27, PK, "中央公園地下停車場 B2 進水，民眾 2 人受困", sev="Extreme")
    s.inc(PK, "rescue", "中央公園地下停車場進水、B2 兩人受困救援", r1)
    s.pol("road_closure", "Severe", "公園地下停車場", t + 30, PK, "中央公園地下停車場出入口封閉，禁止民眾進入移車")
    s.add("119", "rescue", t + 36, PK, place="公園地下停車場", text="到場，救生艇進入 B1 坡道", status="on_scene", follows=r2)
    s.add("119", "rescue", t + 52, PK, place="公園地下停車場", text="救出 2 人，一人失溫送醫", status="on_scene", follows=r2)
    s.d119("ambulance", "公園地下停車場", t + 53, PK, "地下停車場救出民眾一名失溫送醫")
    s.c1999("flooding", "公園地下停車場", t + 40, PK, "公園地下停車場整個淹了，我的車還在裡面怎麼辦")
    s.c1999("flooding", "影音中心", t + 44, PK, "影音中心地下停車場淹水", alt=PK)  # wrong building named
    s.add("fire_alarm", "normal", t + 150, PK, sid="SN-FA-007", text="復歸")
    # south exit precautionary closure
    s.add("parking", "closed", t + 35, "CARPARK", sid="SN-PK-005", text="預防性關閉", alt=None)
    s.add("parking", "empty", t + 5, None, sid="SN-PK-006", text="會展停車場車輛已淨空")
    s.rain("SN-RG-001", t - 5, "大豪雨", None)
    s.c1999("other", "生態住宅A", t + 60, None, "請問公園停車場裡面的車淹水可以申請補助嗎")
    s.off("SN-PK-004", t + 70, PK, reason="mains_power_lost")
    s.add("119", "rescue", t + 120, PK, place="公園地下停車場", text="人員救助完畢，排水交水利局", status="closed", follows=r2)
    s.dup(c2, 25)
    s.alt_reading("水從池子灌進停車場，池子溢流與停車場進水是同一個水利局＋消防的搶救，可視為一案；南側出入口的預防性關閉可視為背景。",
                  {PD: None})
    s.notes = ["北池溢流與停車場進水：本解讀分兩案（池子是水利局的滯洪操作，停車場受困是消防救助），另一解讀一案。",
               "SN-PK-005 南側出入口預防性關閉：本解讀屬停車場案（同一座停車場，管理單位一起關），另一解讀背景。",
               "SN-FA-007 的 alarm 是進水短路造成，不是火警：歸停車場案。",
               "說「影音中心地下停車場」的來電：說錯地點（影音中心在公園西側，淹的是公園地下停車場），歸停車場案。"]
    s.write()

def s1496():
    s = Sit(1496, "typhoon_south_cabinet_dark",
            "颱風夜 01:00-03:00。中央公園南側機櫃 GW-CPS-01 停電，南池水位、滯洪池3-5 淹水計與南停車場計數器同時離線，"
            "中心失去南池的眼睛。之後 1999 與巡查回報滯洪池4 步道淹水。另有經貿中平路口監視器通訊中斷、北屯雨量站電池低、"
            "河南路偵測器計畫性維護。")
    CB, PD, CAM = "CAB_S", "POND_S", "CAM11"
    t = 300
    g = []
    for sid in ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]:
        g.append(s.off(sid, t + len(g) * 0.2, CB, reason="mains_power_lost"))
    s.inc(CB, "infrastructure", "中央公園南側機櫃 GW-CPS-01 市電中斷，五具設備離線", g[1])
    for sid in ["SN-FL-003", "SN-WL-002"]:
        s.add("rule", "sensor_offline", t + 10, CB, sid=sid, sev="Minor", gateway="GW-CPS-01", text="%s 資料中斷" % sid)
    s.dup(g[0], 6)
    s.wl("SN-WL-002", t - 20, "2", PD, alt=CB)  # last reading before it went dark
    p1 = s.c1999("flooding", "滯洪池4", t + 25, PD, "中央公園南邊池子水淹上步道了，路燈也都不亮")
    s.inc(PD, "flood", "中央公園南滯洪池滿水（機櫃停電後靠人眼巡查）", p1)
    s.pol("flooding_report", "Moderate", "滯洪池4", t + 40, PD, "巡邏發現中央公園南滯洪池水位漫上步道，已拉封鎖線")
    s.c1999("streetlight", "滯洪池3", t + 28, CB, "公園南半邊路燈整片都暗掉", alt=PD)
    s.c1999("flooding", "逢甲水湳", t + 45, PD, "逢甲水湳校區旁邊的公園池子滿了")
    # camera comms loss at 經貿中平路口 -- unrelated, own ticket
    c1 = s.off("SN-CCTV-011", t + 15, CAM, reason="comms_lost")
    s.add("rule", "sensor_offline", t + 25, CAM, sid="SN-CCTV-011", sev="Minor", text="經貿路/中平路 路口監視器 影像中斷")
    s.inc(CAM, "infrastructure", "經貿中平路口監視器通訊中斷", c1)
    s.sig("SN-SIG-011", "fault", t + 16, CAM, text="號誌控制器通訊中斷", alt="SIG11")
    s.c1999("traffic_signal", "經貿中平路口", t + 30, CAM, "經貿路中平路口紅綠燈一直閃黃燈", alt="SIG11")
    s.on("SN-CCTV-011", t + 80, CAM)
    s.sig("SN-SIG-011", "restored", t + 80.5, CAM, alt="SIG11")
    # background
    s.off("SN-RG-003", t + 5, None, reason="battery_low")
    s.off("SN-VD-HENAN-01", t + 2, None, reason="maintenance")
    s.add("rule", "sensor_offline", t + 12, None, sid="SN-VD-HENAN-01", sev="Minor", text="河南路車輛偵測器1 資料中斷（維護中）")
    s.c1999("illegal_parking", "河南路停車場", t + 50, None, "河南路停車場外面一堆車停在紅線上")
    # recovery
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        s.on(sid, t + 110 + i * 0.1, CB)
    s.wl("SN-WL-002", t + 111, "2", PD)
    s.flood("SN-FL-004", t + 111.5, 35, PD)
    s.alt_reading("經貿中平路口的號誌與監視器同掛 TB-CAB-011，本解讀一案；另一解讀號誌交號誌廠商另開一案。"
                  "南池水位的最後一筆警戒在機櫃斷電前，另一解讀併入機櫃案（同一處設備、同一組水利局人員）。",
                  {"SIG11": {"label": "SIG11", "type": "traffic", "description": "經貿中平路口號誌閃黃",
                             "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "SIG11"][0]["key"]}})
    s.notes = ["五具設備同一機櫃、同一原因（mains_power_lost）：一案，不是五案。",
               "南池淹水是另一件事（水），由巡查與民眾回報；機櫃停電只是讓中心看不見。另一解讀：路燈整片暗的來電屬淹水案的現場描述。",
               "北屯雨量站電池低、河南路偵測器計畫性維護：背景。",
               "「逢甲水湳校區旁邊的公園池子」就是南滯洪池：歸南池案。"]
    s.write()

if __name__ == "__main__":
    for f in (s1491, s1492, s1493, s1494, s1495, s1496):
        f()
