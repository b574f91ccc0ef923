"""Situations 1237-1242: Thursday 15 (typhoon) to Sunday 18 October 2026."""
from lib import Sit, P, PLACES, offset


def s1237():
    S = Sit(1237, "typhoon_noon_feeder_trip", "2026-10-15",
            title="週四颱風日中午：北側饋線跳脫，經貿路沿線4處號誌黑燈、監視器與偵測器斷電、會展中心總機改用備電、B棟電梯困3人；黑燈路口機車事故；經貿黎明路口號誌控制器燒毀，復電後仍黑；臺灣大道環中路口另有號誌故障。")
    S.rule("11:10", "heavy_rain", "C0F9T0", "西屯雨量站 24小時雨量228毫米，達豪雨標準", None, level="豪雨")
    S.c1999("11:20", "other", S.near("eco_a", 200, 800), "颱風天垃圾車今天會來嗎？", None)
    S.c1999("11:30", "fallen_tree", offset(P("SN-FL-002"), 50, 60), "中央公園裡面有幾棵小樹倒了，倒在草地上。", None)
    # feeder trip 11:42
    s3 = S.signal("11:42:10", "SN-SIG-003", "fault", "中科路/環中路二段 號誌控制器 電源中斷", "power")
    S.signal("11:42:12", "SN-SIG-004", "fault", "經貿路二段/環中路二段 號誌控制器 電源中斷", "power")
    s5 = S.signal("11:42:15", "SN-SIG-005", "fault", "經貿路二段/黎明路三段 號誌控制器 電源中斷", "power")
    S.signal("11:42:20", "SN-SIG-006", "fault", "經貿路二段/經貿七路 號誌控制器 電源中斷", "power")
    S.status("11:42:30", "SN-CCTV-004", "offline", "經貿路二段/環中路二段 監視器 市電中斷", "power", reason="mains_power_lost")
    S.status("11:42:31", "SN-CCTV-005", "offline", "經貿路二段/黎明路三段 監視器 市電中斷", "power", reason="mains_power_lost")
    S.status("11:42:33", "SN-VD-JINGMAO-01", "offline", "經貿路車輛偵測器1 市電中斷", "power", reason="mains_power_lost")
    S.status("11:42:40", "SN-PK-002", "offline", "經貿六停車場 市電中斷", "power", reason="mains_power_lost")
    S.panel("11:42:45", "SN-FA-002", "fault", "會展中心A棟 主電源異常 切換預備電源", "power")
    S.panel("11:42:47", "SN-FA-003", "fault", "會展中心B棟 主電源異常 切換預備電源", "power")
    S.cctv("11:43:30", "SN-CCTV-003", "signal_dark", 0.91, "影像分析：中科路/環中路二段 號誌未亮", "power")
    S.cctv("11:44:10", "SN-CCTV-006", "signal_dark", 0.86, "影像分析：經貿路二段/經貿七路 號誌未亮", "power")
    S.rule("11:47:40", "sensor_offline", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 超過5分鐘未回傳資料", "power")
    t1 = S.c1999("11:48", "traffic_signal", S.near("j_zhongke_huanzhong", 20, 80),
                 "環中路中科路口紅綠燈全部不亮，車子亂成一團，快派人來指揮！", "power", delay=120)
    S.c1999("11:50", "power_outage", S.near("j_jingmao_7", 50, 250), "經貿路這邊整排店家都停電了，是颱風的關係嗎？什麼時候會來電？", "power")
    tp = S.police("11:55", "traffic_signal_fault", "Moderate", PLACES["j_jingmao_huanzhong"],
                  "經貿路二段/環中路二段、中科路口號誌停電全暗，已派員指揮交通，請台電查修。", "power", delay=200)
    S.dup(t1, 420)
    # lift
    lb = offset(PLACES["conv_b"], 20, 200)
    l1 = S.c1999("12:05", "rescue", S.near(lb, 5, 20), "會展中心B棟電梯停電卡住了，裡面有3個人出不來！", "lift", delay=80)
    lr = S.f119("12:07", "rescue", lb, "臺中國際會展中心B棟 電梯停電受困3人 派遣救助隊", "lift")
    S.f119("12:18", "rescue", lb, "抵達 以手動方式將電梯降至2樓", "lift", status="on_scene", case=lr)
    S.f119("12:40", "rescue", lb, "3人均已救出 無人受傷 結案", "lift", status="closed", case=lr)
    # crash at the dark junction
    cj = offset(PLACES["j_jingmao_liming"], 25, 130)
    cc = S.c1999("12:36", "traffic_accident", S.near(cj, 15, 60), "經貿路黎明路口紅綠燈沒亮，機車跟轎車撞了，騎士在地上！", "crash", alt="power", delay=90)
    ca = S.f119("12:37", "ambulance", cj, "經貿路二段/黎明路三段 機車與自小客車碰撞 1人受傷", "crash", alt="power")
    cp = S.police("12:40", "injury_accident", "Moderate", cj,
                  "經貿路二段/黎明路三段口 號誌停電 機車與自小客車碰撞 A2 騎士輕傷送醫，路口加派員警指揮。", "crash", alt="power", delay=200)
    S.f119("13:02", "ambulance", cj, "傷者送醫 返隊", "crash", status="returning", case=ca, alt="power")
    # separate signal fault far south-west
    g9 = S.signal("13:10", "SN-SIG-009", "fault", "臺灣大道/環中路 號誌 燈頭故障 閃爍", "sig9")
    S.cctv("13:12:20", "SN-CCTV-009", "signal_dark", 0.7, "影像分析：臺灣大道/環中路 號誌異常", "sig9")
    S.c1999("13:20", "traffic_signal", S.near("j_taiwan_huanzhong", 30, 100), "臺灣大道環中路口紅綠燈一直閃黃燈，應該是被風吹壞了。", "sig9")
    S.rule("13:00", "heavy_rain", "SN-RG-001", "中央公園雨量站 24小時雨量262毫米，達豪雨標準", None, level="豪雨")
    S.c1999("14:00", "power_outage", offset(PLACES["eco_b"], 120, 200), "敦化路一段我們社區也停電了，電梯不能用，老人家下不了樓。", "power")
    S.signal("14:30", "SN-SIG-009", "restored", "臺灣大道/環中路 號誌 恢復正常", "sig9")
    S.c1999("14:40", "other", S.near("fcu", 300, 700), "逢甲這邊網路斷掉了，是中華電信的問題嗎？", None)
    # power back 15:20
    S.signal("15:21:05", "SN-SIG-003", "restored", "中科路/環中路二段 號誌 恢復正常", "power")
    S.signal("15:21:07", "SN-SIG-004", "restored", "經貿路二段/環中路二段 號誌 恢復正常", "power")
    S.signal("15:21:12", "SN-SIG-006", "restored", "經貿路二段/經貿七路 號誌 恢復正常", "power")
    S.status("15:21:20", "SN-CCTV-004", "online", "經貿路二段/環中路二段 監視器 恢復連線", "power")
    S.status("15:21:22", "SN-CCTV-005", "online", "經貿路二段/黎明路三段 監視器 恢復連線", "power")
    S.status("15:21:25", "SN-VD-JINGMAO-01", "online", "經貿路車輛偵測器1 恢復連線", "power")
    S.status("15:21:40", "SN-PK-002", "online", "經貿六停車場 恢復連線", "power")
    S.panel("15:22:00", "SN-FA-002", "normal", "會展中心A棟 主電源恢復 復歸", "power")
    S.panel("15:22:05", "SN-FA-003", "normal", "會展中心B棟 主電源恢復 復歸", "power")
    S.c1999("15:40", "other", S.near("museum", 50, 200), "綠美圖今天有開嗎？", None)
    # the junction that stays dark
    S.cctv("16:20:30", "SN-CCTV-005", "signal_dark", 0.89, "影像分析：經貿路二段/黎明路三段 號誌未亮", "power")
    S.c1999("16:30", "traffic_signal", S.near("j_jingmao_liming", 30, 100),
            "經貿路黎明路口的紅綠燈到現在還是沒亮，別的路口都好了，下班車很多很危險。", "power")
    S.police("16:45", "traffic_signal_fault", "Moderate", PLACES["j_jingmao_liming"],
             "經貿路二段/黎明路三段 號誌控制器故障，復電後仍未恢復，派員指揮交通，通知號誌維修廠商。", "power", delay=180, follows=tp)
    S.rule("17:05", "congestion", "SN-VD-LIMING-01", "黎明路車輛偵測器1 平均車速12 km/h，低於門檻", "power")
    S.rule("17:10", "congestion", "SN-VD-HUANZHONG-01", "環中路車輛偵測器1 平均車速21 km/h，低於門檻", None)
    S.signal("17:22", "SN-SIG-005", "restored", "經貿路二段/黎明路三段 號誌 更換控制器後恢復正常", "power")
    S.status("16:50", "SN-RG-003", "offline", "北屯雨量站 通訊中斷", None, reason="comms_lost")
    S.status("17:05", "SN-RG-003", "online", "北屯雨量站 恢復連線", None)
    first_dark = min((i for i in S.items if i["feed"] == "signal" and i["truth"] == "power"), key=lambda i: i["_arr"])["key"]
    S.incident("power", "infrastructure", "北側饋線跳脫：經貿路、環中路4處號誌黑燈、設備斷電、會展中心備電、店家及社區停電；經貿黎明路口控制器燒毀，至17:22才修復。", first_dark)
    S.incident("lift", "rescue", "會展中心B棟電梯因停電困3人，消防救出。", S.earliest(l1, lr))
    S.incident("crash", "traffic", "黑燈的經貿路二段/黎明路三段口機車與自小客車碰撞，1人輕傷送醫。", cp)
    S.incidents[-1]["sufficient_evidence_key"] = S.earliest(ca, cc)
    S.incident("sig9", "traffic", "臺灣大道/環中路號誌燈頭被風吹壞閃爍（不在跳脫饋線上，另案派號誌廠商）。", g9)
    S.alternative("路口事故發生在停電黑燈路口、由同一組指揮交通的員警處理，可視為停電號誌案的一部分。",
                  [("power", "infrastructure", "北側饋線跳脫停電及其黑燈路口（含黑燈路口事故）。", first_dark)] + S.same("lift", "sig9"))
    S.notes = "一個號誌黑燈就是要派員指揮交通與派號誌廠商的案件，故取最先到達的號誌故障為開案證據（其餘三處隨即到達，顯示是停電）。"
    return S.write()


def s1238():
    S = Sit(1238, "typhoon_night_underpass_comeback", "2026-10-15",
            title="週四颱風夜：中清環中路口地下道兩度淹水（傍晚封閉、消退後深夜第二波雨帶再淹並有車闖入受困）；經貿路區域排水高水位與低窪處淹水、B區地下室進水；黎明路路樹倒塌久候未處理。")
    u = P("SN-FL-006")
    S.rule("18:05", "heavy_rain", "SN-RG-002", "轉運中心雨量站 1小時雨量55毫米，達大雨標準", None, level="大雨")
    S.rule("18:10", "heavy_rain", "C0F9T0", "西屯雨量站 24小時雨量372毫米，達大豪雨標準", None, level="大豪雨")
    tr = offset(PLACES["j_liming_kaixuan"], 260, 75)
    ta = S.c1999("18:20", "fallen_tree", S.near(tr, 10, 40), "黎明路三段有一棵路樹倒在機車道上，機車都要騎到快車道，很危險。", "tree")
    S.rule("18:35", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度11公分", "underpass", level="1-15")
    S.c1999("18:40", "other", S.near("eco_a", 100, 600), "請問明天還有放颱風假嗎？", None)
    u16 = S.rule("18:55", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度24公分", "underpass", level="16-30")
    S.c1999("19:00", "flooding", S.near(u, 30, 120), "中清路環中路的地下道淹水了，剛剛有車開進去差點出不來，快去封起來！", "underpass", delay=150)
    uc = S.police("19:05", "road_closure", "Severe", offset(u, 40, 180), "中清環中路口地下道積水，雙向封閉，車輛改行平面道路。", "underpass", delay=180)
    S.rule("19:10", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度41公分", "underpass", level=">30")
    S.rule("19:20", "congestion", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 平均車速10 km/h，低於門檻", "underpass")
    S.rule("19:25", "congestion", "SN-VD-HUANZHONG-03", "環中路車輛偵測器3 平均車速12 km/h，低於門檻", "underpass")
    S.cctv("19:28:00", "SN-CCTV-008", "flooding", 0.8, "影像分析：中清路/環中路 路面積水", "underpass")
    # Jingmao drainage
    w3 = S.rule("19:40", "water_level", "SN-WL-003", "水湳區域排水經貿路 水位1.45公尺 達三級警戒", "jingmao", level="3")
    S.rule("20:00", "flood_depth", "SN-FL-008", "經貿路低窪處 淹水深度9公分", "jingmao", level="1-15")
    S.c1999("20:05", "blocked_drain", offset(P("SN-FL-008"), 40, 300), "經貿路三段水溝蓋一直在冒水，水排不掉。", "jingmao")
    jc = S.c1999("20:10", "flooding", offset(P("SN-FL-008"), 60, 20), "經貿路三段水已經淹到人行道了，還在漲。", "jingmao")
    S.rule("20:15", "water_level", "SN-WL-003", "水湳區域排水經貿路 水位1.84公尺 達二級警戒", "jingmao", level="2")
    j16 = S.rule("20:20", "flood_depth", "SN-FL-008", "經貿路低窪處 淹水深度21公分", "jingmao", level="16-30")
    S.police("20:30", "flooding_report", "Moderate", P("SN-FL-008"), "經貿路三段低窪處積水約20公分，派員警戒，通知水利局抽水。", "jingmao", delay=200)
    S.panel("20:40:10", "SN-FA-012", "fault", "B區集合住宅 地下室 排水泵浦故障 積水", "jingmao")
    S.c1999("20:50", "flooding", offset(PLACES["eco_b"], 30, 160), "我們是水湳B區，地下室停車場進水了，車子快泡水，管委會說抽水馬達壞了！", "jingmao")
    # gateway-like drop of two cameras (background)
    S.status("21:05:00", "SN-CCTV-001", "offline", "台74線/環中路二段 監視器 離線", None)
    S.status("21:05:02", "SN-CCTV-002", "offline", "凱旋路/環中路二段 監視器 離線", None)
    S.rule("21:10", "sensor_offline", "SN-CCTV-002", "凱旋路/環中路二段 監視器 超過5分鐘未回傳", None)
    S.status("21:25:10", "SN-CCTV-001", "online", "台74線/環中路二段 監視器 恢復連線", None)
    S.status("21:25:12", "SN-CCTV-002", "online", "凱旋路/環中路二段 監視器 恢復連線", None)
    # receding
    S.rule("21:40", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度9公分（消退中）", "underpass", level="1-15")
    tb = S.c1999("21:50", "fallen_tree", S.near(tr, 10, 40),
                 "我六點多打過電話說黎明路的樹倒了，到現在還是倒在那邊，都沒有人來處理！", "tree", follows=ta)
    tpo = S.police("22:05", "fallen_object", "Moderate", tr, "黎明路三段路樹倒塌佔用機慢車道，已擺設警示燈，通知建設局夜間搶修。", "tree", delay=200)
    S.rule("22:30", "water_level", "SN-WL-003", "水湳區域排水經貿路 水位1.52公尺 三級警戒（下降中）", "jingmao", level="3")
    S.c1999("22:45", "streetlight", S.near("cmu", 100, 300), "中平路有三支路燈不亮，颱風吹壞的吧。", None)
    S.police("23:15", "road_reopened", "Minor", tr, "黎明路三段倒樹已移除，機慢車道恢復通行。", "tree", delay=200, follows=tpo)
    # the second band
    S.rule("23:20", "heavy_rain", "SN-RG-002", "轉運中心雨量站 1小時雨量61毫米，達大雨標準", None, level="大雨")
    S.rule("23:30", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度26公分", "underpass", level="16-30", alt="underpass2")
    S.rule("23:50", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度45公分", "underpass", level=">30", alt="underpass2")
    ur = S.f119("23:58", "rescue", offset(u, 30, 200), "中清環中路口地下道 自小客車熄火受困 2人 派遣救助隊", "underpass", alt="underpass2")
    S.police("+1 00:05", "other", "Severe", offset(u, 40, 180), "中清環中地下道封鎖仍在，駕駛自行移開交通錐闖入後熄火受困，已會同消防救援。", "underpass", alt="underpass2", delay=240, follows=uc)
    S.f119("+1 00:10", "rescue", offset(u, 30, 200), "抵達 涉水救出2人 無人受傷", "underpass", status="on_scene", case=ur, alt="underpass2")
    S.dup(ur, 900)
    S.f119("+1 00:50", "rescue", offset(u, 30, 200), "救助完成 結案", "underpass", status="closed", case=ur, alt="underpass2")
    S.c1999("+1 00:20", "other", S.near("hub", 300, 1200), "中清路地下道是不是又封了？我要回北屯要怎麼走？", "underpass", alt="underpass2")
    S.rule("+1 01:10", "flood_depth", "SN-FL-006", "中清環中路口地下道 淹水深度12公分（消退中）", "underpass", level="1-15", alt="underpass2")
    S.police("+1 01:40", "road_reopened", "Minor", offset(u, 40, 180), "中清環中路口地下道積水已抽除，解除封閉，恢復通行。", "underpass", alt="underpass2", delay=200, follows=uc)
    S.status("+1 01:20", "SN-RG-003", "offline", "北屯雨量站 電池電壓過低", None, reason="battery_low")
    S.incident("underpass", "flood", "中清環中路口地下道淹水：傍晚封閉，消退後深夜第二波雨帶再淹，有車闖入封鎖受困2人救出，凌晨解除封閉。", u16)
    S.incident("jingmao", "flood", "水湳區域排水經貿路段達二級警戒，經貿路三段低窪處淹水、B區集合住宅地下室泵浦故障進水。", j16)
    S.incident("tree", "traffic", "黎明路三段路樹倒塌佔用機慢車道，民眾二度來電後夜間移除。", ta)
    S.alternative("地下道積水21:40已消退到15公分以下，若調度員已結案，23:30後再淹與車輛受困是新的一案（封鎖雖未解除）。",
                  S.same("underpass", "jingmao", "tree") + [("underpass2", "flood", "地下道深夜第二次淹水與車輛受困救援。",
                                                             [i for i in S.items if i.get("truth_alt") == "underpass2" and i["feed"] == "rule"][0]["key"])])
    # underpass description in alt: the first part only
    S.alt["incidents"][0]["description"] = "中清環中路口地下道傍晚淹水與封閉（至21:40消退）。"
    S.notes = "兩支監視器同時無遺言離線20分鐘，疑為同一通訊箱斷線，屬設備閃斷背景（登錄檔未列閘道，無法以 gateway 表達）。"
    return S.write()


def s1239():
    S = Sit(1239, "after_typhoon_sinkhole_chlorine_elder", "2026-10-16",
            title="週五颱風過後：經貿路二段路面坍陷；水資源回收中心加氯設備氯氣外洩，周邊民眾聞到刺鼻味、校區疏散；失智長者走失，於綠美圖尋獲；公園內多處倒樹陳情。")
    S.parking("07:30", "SN-PK-004", "closed", "中央公園地下停車場(北) 颱風後清理 暫停開放", None)
    S.rule("07:40", "congestion", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 平均車速20 km/h，低於門檻", None)
    sk = offset(PLACES["j_jingmao_7"], 160, 165)
    s1 = S.c1999("08:05", "road_damage", S.near(sk, 5, 30), "經貿路二段路面塌了一個大洞，大概一公尺寬，很深，已經有機車差點掉進去！", "sinkhole", delay=120)
    S.cctv("08:07:30", "SN-CCTV-006", "fallen_object", 0.58, "影像分析：經貿路二段/經貿七路 路面異常物", "sinkhole")
    S.c1999("08:15", "fallen_tree", offset(P("SN-FL-002"), 40, 250), "中央公園裡面有一棵大樹倒在步道上。", None, alt="parktrees")
    skp = S.police("08:20", "road_collapse", "Severe", sk, "經貿路二段近經貿七路 路面坍陷直徑約1.2公尺，封閉內側車道，通知建設局。", "sinkhole", delay=200)
    S.police("08:25", "road_closure", "Moderate", offset(sk, 30, 0), "經貿路二段南向內側二車道封閉，車輛改行外側車道。", "sinkhole", delay=240)
    S.c1999("08:30", "road_damage", S.near(sk, 80, 250), "經貿路那個坑是不是水管破掉？旁邊一直有水冒出來。", "sinkhole")
    S.rule("08:40", "congestion", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 平均車速14 km/h，低於門檻", "sinkhole")
    S.c1999("08:50", "fallen_tree", offset(P("SN-FL-004"), 30, 90), "公園南邊滯洪池旁邊倒了兩棵樹，擋住步道。", None, alt="parktrees")
    S.c1999("08:55", "road_damage", offset(PLACES["j_henan_zhongping"], 150, 30), "河南路有個小坑洞。", None)
    S.status("09:10", "SN-VD-ZHONGPING-02", "offline", "中平路車輛偵測器2 通訊中斷", None, reason="comms_lost")
    S.status("09:22", "SN-VD-ZHONGPING-02", "online", "中平路車輛偵測器2 恢復連線", None)
    S.c1999("09:30", "fallen_tree", offset(P("SN-FL-001"), 40, 300), "公園北邊滯洪池那邊有樹倒，小朋友在旁邊玩。", None, alt="parktrees")
    # chlorine
    w = PLACES["wrc"]
    S.c1999("09:42", "gas_odor", offset(w, 480, 350), "外面突然一股很刺鼻的漂白水味，眼睛會痛，窗戶都關起來了，是哪裡外洩嗎？", "chlorine", delay=150)
    S.c1999("09:50", "gas_odor", offset(PLACES["cmu"], 30, 100), "中國醫藥大學水湳校區這邊聞到很重的氯的味道，有同學喉嚨不舒服。", "chlorine", delay=120)
    hz = S.f119("09:55", "hazmat", w, "水湳水資源回收中心 加氯設備 疑似氯氣外洩 派遣化災搶救車及西屯分隊", "chlorine")
    S.f119("10:06", "hazmat", w, "抵達 著A級防護衣進入 確認加氯機管線破裂", "chlorine", status="on_scene", case=hz)
    hp = S.police("10:05", "hazmat_report", "Severe", offset(w, 60, 320), "水資源回收中心氯氣外洩，封鎖周邊道路，勸導民眾關窗勿外出。", "chlorine", delay=200)
    S.police("10:15", "evacuation", "Severe", offset(PLACES["cmu"], 50, 0), "中國醫藥大學水湳校區第二教學大樓師生約300人疏散至北側操場。", "chlorine", delay=240)
    S.f119("10:20", "ambulance", offset(w, 30, 40), "水資源回收中心 員工2名 吸入氯氣 咳嗽胸悶 送醫", "chlorine")
    S.dup(hp, 300)
    S.c1999("10:25", "gas_odor", offset(PLACES["eco_b"], 60, 150), "B區這邊也聞到味道了，要不要撤離？", "chlorine")
    S.f119("11:40", "hazmat", w, "管線止漏完成 偵測濃度正常 結案", "chlorine", status="closed", case=hz)
    S.police("11:50", "other", "Minor", offset(PLACES["cmu"], 50, 0), "氯氣外洩處理完畢，校區師生返回教室，解除管制。", "chlorine", delay=200, follows=hp)
    # missing elder
    home = offset(PLACES["eco_b"], 150, 210)
    m1 = S.c1999("10:30", "missing_person", S.near(home, 5, 30),
                 "我爸爸82歲，有失智，早上八點多自己走出去到現在還沒回來，穿灰色夾克，住敦化路一段，拜託幫忙找！", "elder", delay=200)
    mp = S.police("10:45", "missing_person", "Moderate", home, "協尋：82歲男性失智長者，身穿灰色夾克、拖鞋，今晨自敦化路一段住處走失。", "elder", delay=4000)
    S.c1999("11:20", "other", offset(PLACES["museum"], 30, 200), "綠美圖門口有一位阿伯一直在問路，講話怪怪的，好像不知道自己要去哪裡，穿灰色外套。", "elder")
    S.police("11:40", "missing_person", "Minor", PLACES["museum"], "走失長者已於綠美圖門口尋獲，送返家屬。", "elder", delay=200, follows=mp)
    # background
    S.c1999("11:10", "streetlight", S.near("j_jingmao_zhongping", 80, 200), "中平路路燈桿被吹歪了，燈也沒亮。", None)
    S.c1999("12:00", "blocked_drain", S.near("eco_a", 100, 300), "颱風過後水溝都是落葉樹枝，麻煩清一下。", None)
    S.c1999("12:30", "fallen_tree", offset(P("SN-FL-003"), 30, 270), "中央公園中間那段還有倒樹沒有清。", None, alt="parktrees")
    S.upd1999("13:10", s1, S.near(sk, 5, 30), "road_damage", "案件回覆：建設局已到場回填搶修，預計今晚完成。", "sinkhole")
    S.incident("sinkhole", "infrastructure", "經貿路二段近經貿七路路面坍陷約1.2公尺（疑水管破裂淘空），封閉內側車道搶修。", s1)
    S.incident("chlorine", "hazmat", "水湳水資源回收中心加氯機管線破裂氯氣外洩：員工2人送醫、中國醫大校區疏散約300人。", hz)
    S.incident("elder", "rescue", "82歲失智長者自敦化路住處走失，於綠美圖門口尋獲。", m1)
    pt = [i for i in S.items if i.get("truth_alt") == "parktrees"][0]["key"]
    S.alternative("公園內四處倒樹陳情可視為同一件「颱風後公園倒樹清理」派工（公園管理處一組人），而非公園例行維護積案。",
                  S.same("sinkhole", "chlorine", "elder") + [("parktrees", "infrastructure", "中央公園內多處倒樹清理。", pt)])
    S.notes = "公園颱風後封園清理中，園內倒樹由公園管理處例行排程，不需營運中心協調；這是一個判斷。"
    return S.write()


def s1240():
    S = Sit(1240, "saturday_travel_fair_hall_b_fire", "2026-10-17",
            title="週六會展中心旅展：停車場滿、周邊回堵、違停；A館女童走失；B館美食區廚房起火、B館疏散。")
    ca = PLACES["conv_a"]
    S.permit("-14 10:00", "exhibition", "10:00", "18:00", offset(ca, 50, 90),
             "展覽許可：2026台中國際旅展，臺中國際會展中心A、B館，10:00-18:00，預估每日3萬人次。", "fair", radius=500)
    S.rule("09:50", "congestion", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 平均車速22 km/h，低於門檻", None)
    S.c1999("10:10", "streetlight", S.near("tower", 100, 300), "營運塔旁邊人行道的燈白天也亮著。", None)
    pk = S.parking("10:40", "SN-PK-006", "full", "會展中心停車場 小型車位已滿", "fair")
    S.rule("10:50", "congestion", "SN-VD-LIMING-01", "黎明路車輛偵測器1 平均車速11 km/h，低於門檻", "fair")
    S.rule("11:00", "congestion", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 平均車速13 km/h，低於門檻", "fair")
    S.parking("11:05", "SN-PK-001", "full", "水湳轉運中心停車場 小型車位已滿", "fair")
    ip = S.c1999("11:08", "illegal_parking", S.near(ca, 200, 400), "經貿路上整排車停在紅線上等停車場，外側車道都被佔住了。", "fair")
    S.police("11:10", "crowd_control", "Minor", offset(ca, 150, 250), "會展中心旅展人車眾多，經貿路、黎明路口派員疏導，停車場滿場請改停轉運中心周邊。", "fair", delay=200)
    S.cctv("11:30:40", "SN-CCTV-005", "crowding", 0.7, "影像分析：經貿路二段/黎明路三段 人群聚集", "fair")
    S.c1999("11:45", "illegal_parking", S.near(ca, 300, 600), "黎明路三段公車站被停滿了，公車停不進去。", "fair")
    S.parking("11:50", "SN-PK-002", "full", "經貿六停車場 小型車位已滿", "fair")
    S.status("12:10", "SN-PK-002", "offline", "經貿六停車場 通訊中斷", None, reason="comms_lost")
    S.status("12:21", "SN-PK-002", "online", "經貿六停車場 恢復連線", None)
    S.police("12:15", "theft", "Minor", S.near("hub", 20, 60), "轉運中心候車室 旅客手機遭竊，已受理。", None, delay=900)
    # lost girl
    lg = S.police("13:08", "missing_person", "Moderate", offset(ca, 20, 270), "協尋：5歲女童於會展中心A館與母親走失，綁雙馬尾、粉紅色洋裝。", "lostgirl", delay=1800)
    lc = S.c1999("13:10", "missing_person", S.near(ca, 10, 50), "我女兒5歲在會展中心A館不見了，粉紅色洋裝，找不到她！", "lostgirl", delay=90)
    S.police("13:32", "missing_person", "Minor", offset(ca, 20, 270), "走失女童已於A館服務台尋獲。", "lostgirl", delay=180, follows=lg)
    # hall B kitchen fire
    cb = PLACES["conv_b"]
    al = S.panel("14:20:05", "SN-FA-003", "alarm", "會展中心B棟 1F 美食區 廚房 差動式探測器動作", "fire")
    fz = S.f119("14:22", "fire", cb, "臺中國際會展中心B館美食區 廚房油鍋起火 派遣西屯、北屯分隊", "fire")
    S.c1999("14:24", "fire_smoke", S.near(cb, 80, 250), "會展中心B館那邊冒煙，裡面的人都在往外跑！", "fire")
    ev = S.police("14:26", "evacuation", "Severe", offset(cb, 40, 180), "會展中心B館展場人員及旅客疏散至經貿路側廣場，A館持續開放。", "fire", delay=200)
    S.f119("14:28", "fire", cb, "抵達 火勢侷限於廚房排油煙管 已撲滅 排煙中", "fire", status="on_scene", case=fz)
    S.cctv("14:30:20", "SN-CCTV-006", "crowding", 0.8, "影像分析：經貿路二段/經貿七路 人群聚集 停留", "fire", alt="fair")
    S.dup(al, 180)
    S.c1999("14:50", "other", S.near(cb, 2000, 3000), "我女兒在會展中心B館攤位打工，聽說失火了，她電話打不通，請問有人受傷嗎？", "fire")
    S.panel("15:05:00", "SN-FA-003", "normal", "會展中心B棟 火警受信總機 復歸", "fire")
    S.f119("15:20", "fire", cb, "排煙完成 無人受傷 結案", "fire", status="closed", case=fz)
    S.police("15:30", "other", "Minor", offset(cb, 40, 180), "會展中心B館排煙完畢，旅客返回展場，解除疏散。", "fire", delay=200, follows=ev)
    S.rule("16:00", "congestion", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 平均車速17 km/h，低於門檻", "fair")
    S.c1999("16:30", "noise", S.near(P("SN-FL-003"), 50, 200), "中央公園有人在街頭表演放很大聲的音樂。", None)
    S.rule("17:40", "congestion", "SN-VD-LIMING-01", "黎明路車輛偵測器1 平均車速10 km/h，低於門檻", "fair")
    S.parking("18:20", "SN-PK-006", "empty", "會展中心停車場 車位大量釋出", None)
    S.incident("fair", "crowd", "會展中心旅展（許可在案）人車疏導：三個停車場滿、經貿路黎明路回堵、紅線違停佔車道。", pk)
    S.incidents[-1]["sufficient_evidence_key"] = ip
    S.incident("lostgirl", "rescue", "旅展A館5歲女童走失，約20分鐘後尋獲（警方協尋紀錄晚於尋獲通報才進系統）。", lc)
    S.incident("fire", "fire", "會展中心B館美食區廚房油鍋起火延燒排油煙管，B館疏散，無人受傷。", fz)
    S.alternative("疏散出來的人潮聚集在經貿路口，可視為旅展人潮管理的一部分（由疏導旅展的員警處理），而非火災案。",
                  S.same("fair", "lostgirl", "fire"))
    S.notes = "停車場滿本身是旅展可預期的結果；紅線違停佔用車道是第一件需要派人處理的事，故為開案證據。"
    return S.write()


def s1241():
    S = Sit(1241, "saturday_night_wrong_way_fight_burning", "2026-10-17",
            title="週六深夜：一輛自小客車在環中路二段由東往西逆向，三支監視器先後偵測，終於台74線匝道口與機車對撞；逢甲外酒吧鬥毆；中平路旁空地露天燃燒；背景為改裝車噪音陳情。")
    S.c1999("21:50", "noise", S.near("j_kaixuan_huanzhong", 100, 400), "環中路又有改裝車在飆車，吵死了。", None)
    S.status("21:55", "SN-VD-HUANZHONG-02", "offline", "環中路車輛偵測器2 通訊中斷", None, reason="comms_lost")
    S.status("22:06", "SN-VD-HUANZHONG-02", "online", "環中路車輛偵測器2 恢復連線", None)
    w1 = S.cctv("22:14:05", "SN-CCTV-004", "wrong_way", 0.79, "影像分析：經貿路二段/環中路二段 車輛逆向行駛 往西", "wrongway")
    w2 = S.cctv("22:15:10", "SN-CCTV-003", "wrong_way", 0.83, "影像分析：中科路/環中路二段 車輛逆向行駛 往西", "wrongway")
    S.c1999("22:15:40", "other", S.near(PLACES["j_zhongke_huanzhong"], 100, 300), "環中路上有一台白色轎車逆向開，我差點被撞到！快叫警察！", "wrongway", delay=100)
    S.cctv("22:16:40", "SN-CCTV-002", "wrong_way", 0.88, "影像分析：凱旋路/環中路二段 車輛逆向行駛 往西", "wrongway")
    S.police("22:17", "wrong_way_driver", "Severe", PLACES["j_kaixuan_huanzhong"],
             "環中路二段往台74線方向有白色自小客車逆向行駛，通報線上巡邏車攔截。", "wrongway", delay=90)
    cr = offset(PLACES["j_74_huanzhong"], 40, 200)
    S.cctv("22:19:30", "SN-CCTV-001", "stalled_vehicle", 0.9, "影像分析：台74線/環中路二段 車輛停滯", "wrongway", alt="crash")
    a1 = S.f119("22:20:30", "ambulance", cr, "台74線環中路匝道口 自小客車與機車對撞 機車騎士重傷", "wrongway", alt="crash")
    r1 = S.f119("22:21", "rescue", cr, "台74線環中路匝道口 事故車輛駕駛受困 派遣救助隊破壞器材", "wrongway", alt="crash")
    S.c1999("22:21", "traffic_accident", S.near(cr, 30, 120), "台74下環中路那邊轎車跟機車正面撞，機車騎士飛出去了，很嚴重！", "wrongway", alt="crash")
    cp = S.police("22:24", "injury_accident", "Severe", cr,
                  "台74線環中路匝道口 逆向自小客車與機車對撞 A1/A2待確認 機車騎士重傷送醫 汽車駕駛受困 封閉匝道。", "wrongway", alt="crash", delay=200)
    S.f119("22:29", "ambulance", cr, "抵達 騎士OHCA 急救中", "wrongway", status="on_scene", case=a1, alt="crash")
    S.f119("22:31", "rescue", cr, "抵達 破壞車門救出駕駛", "wrongway", status="on_scene", case=r1, alt="crash")
    S.rule("22:35", "congestion", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 平均車速14 km/h，低於門檻", "wrongway", alt="crash")
    S.dup(cp, 600)
    S.f119("22:48", "ambulance", cr, "騎士送往榮總 返隊", "wrongway", status="returning", case=a1, alt="crash")
    S.f119("22:55", "rescue", cr, "救助完成 結案", "wrongway", status="closed", case=r1, alt="crash")
    S.police("23:40", "road_reopened", "Minor", cr, "台74線環中路匝道事故現場清理完畢，恢復通行，逆向駕駛酒測值0.68，依法移送。", "wrongway", alt="crash", delay=200, follows=cp)
    # fight outside the zone, west (bars near Feng Chia)
    fb = (120.6455, 24.1795)
    S.c1999("23:15", "noise", S.near(fb, 30, 90), "樓下酒吧外面一群人在吵架，好像打起來了，還有人拿東西。", "fight", delay=90)
    fp = S.police("23:20", "public_disturbance", "Moderate", fb, "酒吧外約6人鬥毆，派員到場，1人頭部受傷。", "fight", delay=100)
    S.f119("23:28", "ambulance", fb, "男子頭部外傷 疑遭酒瓶砸傷 送醫", "fight")
    S.police("23:55", "public_disturbance", "Minor", fb, "鬥毆3人帶回派出所偵辦。", "fight", delay=300, follows=fp)
    S.c1999("23:40", "noise", S.near("j_74_huanzhong", 200, 500), "環中路機車排氣管一直轟轟轟，一個晚上了。", None)
    # open burning
    ob = (120.6626, 24.1752)
    b1 = S.c1999("+1 00:12", "fire_smoke", S.near(ob, 20, 60), "中平路旁邊空地有人在燒東西，煙很大，火也不小。", "burning", delay=90)
    S.cctv("+1 00:14:20", "SN-CCTV-011", "smoke", 0.64, "影像分析：經貿路/中平路 煙霧", "burning")
    bz = S.f119("+1 00:18", "fire", ob, "中平路旁空地 露天燃燒 派遣北屯分隊", "burning")
    S.c1999("+1 00:20", "fire_smoke", offset(ob, 800, 330), "外面好重的燒焦味，不知道哪裡失火，我住水湳B區。", "burning")
    S.f119("+1 00:50", "fire", ob, "露天燃燒廢棄家具 已撲滅 移送環保局 結案", "burning", status="closed", case=bz)
    S.c1999("+1 00:30", "noise", S.near("j_kaixuan_huanzhong", 200, 500), "凱旋路環中路口一直有人在甩尾。", None)
    S.c1999("+1 00:40", "streetlight", S.near("fcu", 100, 300), "逢甲水湳校區外的路燈一閃一閃。", None)
    S.incident("wrongway", "traffic", "酒駕自小客車於環中路二段由經貿路往台74線逆向行駛約2公里，於台74線匝道口與機車對撞，騎士重傷、駕駛受困救出。", w2)
    S.incident("fight", "public_safety", "逢甲附近酒吧外約6人鬥毆，1人頭部受傷送醫。", fp)
    S.incident("burning", "fire", "中平路旁空地露天燃燒廢棄家具，濃煙飄至B區，消防撲滅並移送環保局。", b1)
    S.alternative("逆向行駛是一件（攔截），對撞事故是另一件（救護、救助、封閉匝道）：不同單位、不同地點（相距約1公里），調度上可分開開案。",
                  [("wrongway", "traffic", "環中路二段逆向行駛車輛攔截。", w2),
                   ("crash", "traffic", "台74線環中路匝道口對撞事故，騎士重傷、駕駛受困。", a1)] + S.same("fight", "burning"))
    S.notes = "同一輛車先逆向、後肇事：調度上一位員警追的就是這輛車，故主讀法併為一案。改裝車噪音為例行陳情。"
    return S.write()


def s1242():
    S = Sit(1242, "sunday_park_run_carpark_fire_lift", "2026-10-18",
            title="週日上午中央公園公益路跑（經貿路三段管制）：停車場滿、回堵、違停、噪音；跑者倒地OHCA；中央公園北地下停車場B2車輛起火；綠美圖電梯卡住困孩童；颱風遺留倒樹陳情。")
    park = (120.6564, 24.183)
    per = S.permit("-20 10:00", "march", "06:30", "11:00", park,
                   "活動許可：2026水湳公益路跑，中央公園及經貿路三段，06:30-11:00，預估參加者5,000人，經貿路三段06:00-11:00交通管制。",
                   "run", radius=1200)
    rc = S.police("06:20", "road_closure", "Minor", P("SN-VD-JINGMAO-02"), "經貿路三段 公益路跑交通管制，禁止車輛進入。", "run", delay=200)
    S.c1999("06:40", "noise", S.near(park, 300, 500), "一大早公園就在放音樂喊口號，禮拜天可以睡一下嗎？", "run")
    S.parking("06:50", "SN-PK-004", "full", "中央公園地下停車場(北) 小型車位已滿", "run")
    S.parking("07:00", "SN-PK-005", "full", "中央公園地下停車場(南) 小型車位已滿", "run")
    S.cctv("07:05:10", "SN-CCTV-011", "crowding", 0.66, "影像分析：經貿路/中平路 人群聚集 移動中", "run")
    g = S.rule("07:10", "congestion", "SN-VD-ZHONGQING-02", "中清路車輛偵測器2 平均車速14 km/h，低於門檻", "run")
    S.rule("07:20", "congestion", "SN-VD-ZHONGPING-02", "中平路車輛偵測器2 平均車速12 km/h，低於門檻", "run")
    ip = S.c1999("07:30", "illegal_parking", S.near("eco_b", 100, 300), "敦化路一段兩邊都停滿車，連社區車道出入口都被擋住了，我車開不出去！", "run")
    S.c1999("07:50", "fallen_tree", offset(P("SN-FL-002"), 220, 90), "敦化路公園旁邊那棵颱風吹倒的樹到現在還倒在人行道上，都沒人清。", None)
    S.status("07:55", "SN-VD-ZHONGPING-02", "offline", "中平路車輛偵測器2 通訊中斷", None, reason="comms_lost")
    S.status("08:03", "SN-VD-ZHONGPING-02", "online", "中平路車輛偵測器2 恢復連線", None)
    # runner collapse
    rp = offset(P("SN-VD-JINGMAO-02"), 150, 200)
    rc1 = S.c1999("08:24", "rescue", S.near(rp, 5, 30), "經貿路三段路跑有一個跑者倒下去了，沒有呼吸，有人在做CPR，快來！", "runner", alt="run", delay=60)
    ra = S.f119("08:25", "ambulance", rp, "經貿路三段 路跑選手倒地 疑似OHCA 旁人CPR中 派遣高級救護隊", "runner", alt="run")
    S.police("08:30", "medical", "Severe", rp, "路跑活動經貿路三段 男性跑者倒地，現場AED使用中，協助救護車進入管制區。", "runner", alt="run", delay=180)
    S.f119("08:31", "ambulance", rp, "抵達 AED電擊一次 恢復心跳", "runner", status="on_scene", case=ra, alt="run")
    S.f119("08:50", "ambulance", rp, "送往中國醫藥大學附設醫院 返隊", "runner", status="returning", case=ra, alt="run")
    # car park fire
    cpf = PLACES["park_cp"]
    S.panel("09:40:10", "SN-FA-007", "alarm", "中央公園地下停車場 B2 東側 偵煙式探測器動作", "cpfire")
    c1 = S.c1999("09:43", "fire_smoke", offset(cpf, 60, 20), "公園停車場的出風口一直冒黑煙，味道很臭，旁邊都是跑步的人！", "cpfire", delay=80)
    fz = S.f119("09:44", "fire", cpf, "中央公園地下停車場B2 車輛火警 派遣西屯、北屯分隊", "cpfire")
    S.c1999("09:46", "fire_smoke", offset(cpf, 450, 160), "我在路跑，跑道旁邊一直有黑煙冒出來，是哪裡失火？", "cpfire")
    S.parking("09:50", "SN-PK-004", "closed", "中央公園地下停車場(北) 火警 暫停開放", "cpfire")
    S.f119("09:50", "fire", cpf, "抵達 B2自小客車引擎室起火 射水中", "cpfire", status="on_scene", case=fz)
    fp = S.police("09:52", "fire_report", "Moderate", cpf, "中央公園地下停車場B2車輛起火，管制出入口，路跑路線北段改道。", "cpfire", delay=200)
    S.police("09:58", "evacuation", "Moderate", offset(cpf, 40, 0), "地下停車場內民眾約30人疏散至地面。", "cpfire", delay=240)
    S.dup(c1, 420)
    S.f119("10:25", "fire", cpf, "火勢撲滅 排煙中", "cpfire", status="returning", case=fz)
    S.panel("10:40:00", "SN-FA-007", "normal", "中央公園地下停車場 火警受信總機 復歸", "cpfire")
    S.f119("10:55", "fire", cpf, "結案 1輛自小客車燒損 無人傷亡", "cpfire", status="closed", case=fz)
    S.police("11:10", "road_reopened", "Minor", P("SN-VD-JINGMAO-02"), "公益路跑結束，經貿路三段解除管制，恢復通行。", "run", delay=200, follows=rc)
    # lift
    mu = PLACES["museum"]
    l1 = S.c1999("11:15", "rescue", S.near(mu, 5, 30), "綠美圖的電梯卡在3樓跟4樓中間，裡面有一個媽媽跟兩個小孩，小孩一直哭！", "lift", delay=70)
    lr = S.f119("11:17", "rescue", mu, "臺中綠美圖 電梯故障 受困3人（含孩童2名） 派遣救助隊", "lift")
    S.f119("11:28", "rescue", mu, "抵達 會同電梯廠商開門", "lift", status="on_scene", case=lr)
    S.f119("11:45", "rescue", mu, "3人均救出 無人受傷 結案", "lift", status="closed", case=lr)
    S.c1999("11:30", "streetlight", S.near("cmu", 100, 300), "中平路有一支路燈燈罩快掉下來了。", None)
    S.c1999("11:50", "other", S.near("hub", 100, 300), "轉運中心的廁所沒有衛生紙。", None)
    S.parking("12:10", "SN-PK-005", "empty", "中央公園地下停車場(南) 車位大量釋出", None)
    S.incident("run", "crowd", "中央公園公益路跑（許可在案）：經貿路三段管制、停車場滿、改道車流回堵、違停擋住社區出入口、清晨噪音。", ip)
    S.incident("runner", "rescue", "路跑選手於經貿路三段倒地OHCA，AED電擊後恢復心跳送醫。", S.earliest(rc1, ra))
    S.incident("cpfire", "fire", "中央公園地下停車場B2自小客車引擎室起火，停車場關閉、疏散約30人、路跑北段改道。", fz)
    S.incident("lift", "rescue", "綠美圖電梯故障困3人（含孩童2名），救出無傷。", S.earliest(l1, lr))
    S.alternative("路跑選手倒地由主辦單位醫護組與活動管制員警協助，可視為路跑活動安全案件的一部分。",
                  S.same("run", "cpfire", "lift"))
    S.notes = "颱風遺留的人行道倒樹是積案陳情（已在清理排程），不另開案；停車場火警時路跑仍進行中，但火警為獨立案件。"
    return S.write()


if __name__ == "__main__":
    for f in (s1237, s1238, s1239, s1240, s1241, s1242):
        print(*f())
