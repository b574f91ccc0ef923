"""Situations 1831-1836: the morning after the typhoon (2016-09-28, 05:30-13:30 local)."""
from lib import Sit, J, SENSORS, inc, same_but

P = lambda sid: (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


def s1831():
    s = Sit(1831, "dawn_underpass_draining", "颱風過境翌日清晨 05:30-07:00：中清環中地下道退水、經貿路倒樹、北滯洪池高水位。",
            "退水中的地下道仍是一案（封閉到恢復通行）；泡水車與地下道同案或分案可議；滯洪池蓄水是設計功能，是否派案可議。")
    A, B, C = "underpass_zhongqing", "tree_jingmao7", "north_pond"
    k = s.rule("05:31", "SN-FL-006", "flood_depth", "Severe", A, "中清環中路口地下道 淹水深度 42 cm（>30 cm）", level=">30")
    s.dup(k, 40)
    s.add("05:33", "incident", "road_closure", A, "中清路環中路口地下道積水未退，持續封閉雙向，員警於地下道口管制。", sev="Severe", pt=s.near(J["中清環中"], 40))
    s.add("05:36", "cctv", "flooding", A, "地下道路面積水", sid="SN-CCTV-008", confidence=0.83)
    car = s.add("05:41", "incident", "stalled_vehicle", A, "地下道內一輛自小客車昨夜涉水熄火，駕駛已自行脫困，車輛待拖吊。", sev="Minor",
                pt=s.near(P("SN-FL-006"), 25), alt="stalled_car_underpass")
    s.rule("05:52", "SN-FL-006", "flood_depth", "Moderate", A, "中清環中路口地下道 淹水深度 24 cm（16-30 cm）", level="16-30")
    s.add("06:05", "1999", "flooding", A, "中清路往環中路地下道還有水，車子開不過去，什麼時候抽乾？", pt=s.near(J["中清環中"], 120))
    s.rule("06:14", "SN-FL-006", "flood_depth", "Minor", A, "中清環中路口地下道 淹水深度 9 cm（1-15 cm）", level="1-15")
    s.add("06:22", "incident", "stalled_vehicle", A, "拖吊車到場，地下道泡水車拖離。", sev="Minor", pt=s.near(P("SN-FL-006"), 25),
          follows=car, alt="stalled_car_underpass")
    s.rule("06:38", "SN-FL-006", "cleared", "Minor", A, "中清環中路口地下道 淹水警戒解除（0 cm）")
    s.add("06:47", "incident", "road_reopened", A, "中清環中地下道積水已退、清淤完畢，06:45 恢復雙向通行。", sev="Minor", pt=s.near(J["中清環中"], 40))
    # B fallen tree
    t1 = s.add("05:44", "1999", "fallen_tree", B, "經貿路二段靠近經貿七路口，一棵大樹倒在慢車道上，機車要繞到快車道很危險。", pt=s.near(J["經貿七路口"], 60))
    s.add("05:49", "cctv", "fallen_object", B, "路口南側車道有大型障礙物", sid="SN-CCTV-006", confidence=0.71)
    t2 = s.add("05:58", "incident", "fallen_object", B, "經貿路二段/經貿七路口南側路樹倒伏占用外側車道及慢車道，已擺設交通錐，請建設局派員鋸除。", sev="Moderate", pt=s.near(J["經貿七路口"], 40))
    s.add("06:11", "1999", "fallen_tree", B, "綠美圖前面經貿路上倒了一棵樹，枝葉擋住人行道跟車道。", pt=s.near(J["經貿七路口"], 90))
    s.add("06:40", "1999", "fallen_tree", B, "經貿七路口那棵樹還倒在路上，剛剛打過了還沒有人來處理。", pt=s.near(J["經貿七路口"], 70))
    # C north pond
    c1 = s.rule("05:35", "SN-WL-001", "water_level", "Severe", C, "中央公園北滯洪池水位 達二級警戒", level="2")
    s.rule("05:38", "SN-FL-001", "flood_depth", "Severe", C, "中央公園滯洪池1 淹水深度 58 cm（>30 cm）", level=">30")
    s.rule("05:40", "SN-FL-002", "flood_depth", "Moderate", C, "中央公園滯洪池2 淹水深度 27 cm（16-30 cm）", level="16-30")
    s.add("06:20", "1999", "other", C, "中央公園北邊滯洪池水很滿，快淹到步道了，會不會滿出來？", pt=s.near(P("SN-WL-001"), 120))
    s.rule("06:52", "SN-WL-001", "water_level_falling", "Moderate", C, "中央公園北滯洪池水位 回降至三級警戒以下")
    # noise
    s.rule("05:30", "C0F9T0", "heavy_rain", "Moderate", None, "西屯雨量站 24 小時累積雨量 132 mm（大雨）", level="大雨")
    s.add("05:55", "1999", "streetlight", None, "河南路二段 0231 號路燈不亮。", pt=s.near(J["河南中平"], 200))
    s.add("06:30", "1999", "illegal_parking", None, "轉運中心旁邊紅線停了好幾台車，公車進不去。", pt=s.near(P("SN-PK-001"), 80))
    s.rule("06:55", "SN-VD-HUANZHONG-02", "congestion", "Moderate", None, "環中路車輛偵測器2 平均車速 18 km/h", )
    s.incident(A, "flood", "中清環中路口地下道退水：封閉、泡水車拖離、清淤、恢復通行（同一現場一案）", k)
    s.incident(B, "traffic", "經貿路二段/經貿七路口路樹倒伏占用車道，待鋸除", t1)
    s.incident(C, "flood", "中央公園北滯洪池二級警戒高水位，民眾擔心溢流，水利局巡查", c1)
    s.alternative("泡水車拖吊是另派拖吊的交通案；北滯洪池蓄水是滯洪池正常功能，不另派案（背景）。",
                  same_but(s.incidents, drop=[C], add=[inc("stalled_car_underpass", "traffic", "地下道泡水車待拖吊", car)]))
    for it in s.items:
        if it["truth"] == C:
            it["truth_alt"] = None
    s.write()


def s1832():
    s = Sit(1832, "power_cut_blinds_junctions", "06:30-08:00：經貿路二段一帶停電，兩個路口號誌、監視器、車輛偵測器與營運塔火警總機失電；大樓電梯受困。",
            "同一停電造成的多個設備離線與路口黑燈是一案或依路口分案可議；電梯受困為獨立救助案。")
    A, R = "power_cut_jingmao", "lift_rescue"
    a1 = s.status("06:31", "SN-SIG-006", "offline", A, "號誌控制器離線", reason="mains_power_lost")
    s.status("06:31:20", "SN-CCTV-006", "offline", A, "攝影機離線", reason="mains_power_lost")
    s.add("06:32", "signal", "fault", A, "經貿路二段/經貿七路 號誌黑燈", sid="SN-SIG-006", alt="dark_jingmao7")
    s.status("06:33", "SN-SIG-005", "offline", A, "號誌控制器離線", reason="mains_power_lost", alt="dark_liming")
    s.status("06:33:10", "SN-CCTV-005", "offline", A, "攝影機離線", reason="mains_power_lost", alt="dark_liming")
    s.status("06:33:40", "SN-VD-JINGMAO-01", "offline", A, "車輛偵測器離線", reason="mains_power_lost", alt="dark_liming")
    d5 = s.add("06:34", "signal", "fault", A, "經貿路二段/黎明路三段 號誌黑燈", sid="SN-SIG-005", alt="dark_liming")
    s.add("06:35", "fire_alarm", "fault", A, "主電源斷電，切換預備電源", sid="SN-FA-005")
    s.rule("06:36", "SN-SIG-006", "sensor_offline", "Minor", A, "經貿路二段/經貿七路 號誌 離線逾 5 分鐘", alt="dark_jingmao7")
    s.rule("06:38", "SN-VD-JINGMAO-01", "sensor_offline", "Minor", A, "經貿路車輛偵測器1 離線逾 5 分鐘", alt="dark_liming")
    s.add("06:41", "1999", "power_outage", A, "經貿路二段這邊整排都停電了，颱風過後一直沒來電。", pt=s.near(J["經貿七路口"], 150))
    s.add("06:44", "1999", "traffic_signal", A, "經貿路跟黎明路口紅綠燈不亮，車子亂鑽。", pt=s.near(J["經貿黎明"], 60), alt="dark_liming")
    s.add("06:50", "incident", "traffic_signal_fault", A, "經貿路二段/經貿七路口號誌因停電全暗，派員指揮交通。", sev="Moderate", pt=s.near(J["經貿七路口"], 30), alt="dark_jingmao7")
    s.add("06:58", "incident", "traffic_signal_fault", A, "經貿路二段/黎明路三段口號誌無電，已派員以手勢指揮。", sev="Moderate", pt=s.near(J["經貿黎明"], 30), alt="dark_liming")
    s.add("07:02", "1999", "power_outage", A, "綠美圖附近大樓停電，請問台電什麼時候會來修？", pt=s.near(P("SN-FA-004"), 120))
    s.rule("07:10", "SN-VD-LIMING-01", "congestion", "Moderate", A, "黎明路車輛偵測器1 平均車速 12 km/h", alt="dark_liming")
    s.add("07:25", "1999", "streetlight", A, "經貿路二段路燈整排都不亮，天還沒全亮很暗。", pt=s.near(J["經貿七路口"], 200))
    # lift rescue
    r1 = s.add("06:48", "119", "rescue", R, "停電電梯受困，經貿路二段大樓，受困 2 人，派遣文心分隊。", pt=s.near(J["經貿七路口"], 180), units=None)
    s.add("06:52", "1999", "rescue", R, "我同事卡在電梯裡面，大樓停電電梯停在中間。", pt=s.near(J["經貿七路口"], 180))
    s.add("07:05", "119", "rescue", R, "電梯受困 2 人已救出，無人受傷。", pt=s.near(J["經貿七路口"], 180), status="on_scene")
    s.add("07:20", "119", "rescue", R, "案件結束返隊。", pt=s.near(J["經貿七路口"], 180), status="closed")
    # noise
    s.status("06:40", "SN-RG-003", "offline", None, "雨量站電池電量低", reason="battery_low")
    s.rule("07:15", "SN-VD-HUANZHONG-01", "congestion", "Moderate", None, "環中路車輛偵測器1 平均車速 21 km/h")
    s.add("07:30", "1999", "noise", None, "隔壁一早就在用電鋸鋸樹枝，很吵。", pt=s.near(P("SN-FA-011"), 100))
    s.add("07:40", "1999", "other", None, "請問今天西屯區有停班停課嗎？", pt=s.near(J["黎明凱旋"], 300))
    s.incident(A, "infrastructure", "經貿路二段一帶停電：兩路口號誌黑燈、監視器與偵測器失電、營運塔總機斷電、居民停電（同一原因一案，台電與交通局）", "1832-003")
    s.incident(R, "rescue", "停電致大樓電梯受困 2 人，119 救出", r1)
    s.alternative("依派遣拆分：停電本身給台電一案，兩個黑燈路口各派員指揮交通各一案。",
                  [inc(A, "infrastructure", "經貿路二段一帶停電（台電）", "1832-008"),
                   inc("dark_jingmao7", "traffic", "經貿路二段/經貿七路口號誌黑燈", "1832-003"),
                   inc("dark_liming", "traffic", "經貿路二段/黎明路三段口號誌黑燈", d5),
                   inc(R, "rescue", "電梯受困", r1)])
    s.write()


def s1833():
    s = Sit(1833, "henan_flood_returns", "07:30-09:00：雨帶再來，河南路低窪處再淹、河南路停車場入口關閉；凱旋環中路口車禍；民眾再報經貿路倒樹未處理。",
            "民眾再報舊案（倒樹仍在）在本時窗內自成一案；河南路壅塞屬淹水案。")
    F, X, T = "henan_flood", "crash_kaixuan", "tree_jingmao7_still"
    s.rule("07:31", "C0F9T0", "heavy_rain", "Moderate", None, "西屯雨量站 1 小時雨量 46 mm（大雨）", level="大雨")
    s.rule("07:40", "SN-RG-001", "heavy_rain", "Moderate", None, "中央公園雨量站 1 小時雨量 42 mm（大雨）", level="大雨")
    f1 = s.rule("07:48", "SN-FL-007", "flood_depth", "Minor", F, "河南路低窪處 淹水深度 12 cm（1-15 cm）", level="1-15")
    s.rule("08:02", "SN-FL-007", "flood_depth", "Moderate", F, "河南路低窪處 淹水深度 23 cm（16-30 cm）", level="16-30")
    s.add("08:04", "1999", "flooding", F, "河南路停車場門口又淹水了，昨天才退掉，現在又到腳踝。", pt=s.near(P("SN-FL-007"), 80))
    s.add("08:06", "cctv", "flooding", F, "路口東北側積水", sid="SN-CCTV-010", confidence=0.64)
    s.add("08:09", "parking", "closed", F, "河南路停車場入口積水暫停開放", sid="SN-PK-003")
    s.add("08:12", "incident", "flooding_report", F, "河南路二段近中平路口積水約 20 公分，機車熄火多輛，現場管制中。", sev="Moderate", pt=s.near(P("SN-FL-007"), 60))
    s.rule("08:15", "SN-VD-HENAN-02", "congestion", "Moderate", F, "河南路車輛偵測器2 平均車速 9 km/h")
    s.add("08:20", "1999", "blocked_drain", F, "河南路水溝蓋被樹葉塞住，水都排不下去。", pt=s.near(P("SN-FL-007"), 100))
    s.add("08:31", "1999", "flooding", F, "中平路口往河南路那段淹水，公車繞道。", pt=s.near(J["河南中平"], 120))
    s.rule("08:50", "SN-FL-007", "flood_depth", "Minor", F, "河南路低窪處 淹水深度 11 cm（1-15 cm）", level="1-15")
    # crash
    s.add("07:52", "cctv", "accident", X, "路口中央兩車停滯", sid="SN-CCTV-002", confidence=0.77)
    x1 = s.add("07:55", "incident", "injury_accident", X, "凱旋路/環中路二段口汽機車碰撞，機車騎士倒地手部擦傷，雨天路滑。", sev="Moderate", pt=s.near(J["凱旋環中"], 30))
    s.add("07:57", "119", "ambulance", X, "車禍傷患 1 名，凱旋路環中路口，派遣救護車。", pt=s.near(J["凱旋環中"], 30))
    s.add("08:01", "1999", "traffic_accident", X, "環中路凱旋路口有車禍，機車倒在路中間。", pt=s.near(J["凱旋環中"], 90))
    s.rule("08:05", "SN-VD-HUANZHONG-02", "congestion", "Moderate", X, "環中路車輛偵測器2 平均車速 11 km/h")
    s.add("08:25", "119", "ambulance", X, "傷患送往中國醫藥大學附設醫院。", pt=s.near(J["凱旋環中"], 30), status="returning")
    # tree still there
    t1 = s.add("07:45", "1999", "fallen_tree", T, "經貿路靠綠美圖那棵倒樹到現在還在，上班車很多都卡在那邊，剛剛打過了。", pt=s.near(J["經貿七路口"], 70))
    s.add("08:10", "incident", "fallen_object", T, "經貿七路口倒樹尚未清除，外側車道持續封閉，請建設局儘速派員。", sev="Moderate", pt=s.near(J["經貿七路口"], 40))
    s.rule("08:14", "SN-VD-JINGMAO-02", "congestion", "Moderate", T, "經貿路車輛偵測器2 平均車速 14 km/h", alt=None)
    s.add("08:40", "1999", "fallen_tree", T, "經貿路二段還有一棵樹倒在慢車道，我騎車差點撞到。", pt=s.near(J["經貿七路口"], 100))
    # noise
    s.add("07:35", "1999", "streetlight", None, "中科路路燈白天還亮著。", pt=s.near((120.6532, 24.1905), 150))
    s.add("08:35", "parking", "full", None, "轉運中心停車場車位已滿", sid="SN-PK-001")
    s.add("08:44", "incident", "theft", None, "轉運中心候車區旅客反映手機遭竊，已受理。", sev="Minor", pt=s.near(P("SN-FA-001"), 50))
    s.incident(F, "flood", "河南路低窪處再度積水：停車場入口關閉、機車熄火、排水溝阻塞", f1)
    s.incident(X, "traffic", "凱旋路/環中路二段口汽機車碰撞，1 人輕傷送醫", x1)
    s.incident(T, "traffic", "經貿路二段/經貿七路口倒樹仍未清除（民眾再報）", t1)
    s.alternative("經貿路偵測器的壅塞是上班尖峰與雨天的一般車流，不一定是倒樹造成。", list(s.incidents))
    s.write()


def s1834():
    s = Sit(1834, "works_start_and_sinkhole", "09:00-10:30：經貿路低窪處退水後路面坍陷；中科路路樹清除施工開始；經貿七路口號誌恢復但一路口仍黑燈；黎明路招牌掉落。",
            "核准施工與其造成的壅塞不派案（背景）；坍陷另案；號誌恢復與仍黑燈之路口屬停電後續一案；CCTV-003（中科環中）低信心黑燈偵測無號誌故障佐證，列背景。")
    H, SIG, SB = "sinkhole_jingmao", "power_cut_aftermath", "signboard_liming"
    h1 = s.add("09:12", "1999", "road_damage", H, "經貿路生態住宅旁邊路面陷下去一個大洞，水退了才看到，車子會掉進去。", pt=s.near(P("SN-FL-008"), 60))
    s.add("09:18", "1999", "road_damage", H, "經貿路靠近公園那邊馬路塌陷，大概一公尺寬。", pt=s.near(P("SN-FL-008"), 80))
    s.add("09:25", "incident", "road_collapse", H, "經貿路（生態住宅B區前）路面坍陷約 1.2 公尺見方、深 40 公分，已圍設警示。", sev="Severe", pt=s.near(P("SN-FL-008"), 30))
    s.add("09:31", "incident", "road_closure", H, "經貿路坍陷路段封閉南向外側兩車道。", sev="Moderate", pt=s.near(P("SN-FL-008"), 40))
    s.rule("09:40", "SN-VD-JINGMAO-02", "congestion", "Moderate", H, "經貿路車輛偵測器2 平均車速 13 km/h")
    s.add("10:05", "1999", "road_damage", H, "經貿路那個坑有圍起來了嗎？晚上會很危險。", pt=s.near(P("SN-FL-008"), 150))
    # works
    w = s.add("08:30", "planned_event", "road_works", None, "颱風倒木清除及人行道修復（中科路）", pt=(120.6535, 24.186), delay=2400,
              ends=s.t("16:00"), radius_m=300)
    s.rule("09:20", "SN-VD-ZHONGKE-01", "congestion", "Moderate", None, "中科路車輛偵測器1 平均車速 16 km/h")
    s.add("09:45", "1999", "noise", None, "中科路一直在鋸樹，請問要鋸到幾點？", pt=s.near((120.6535, 24.186), 150))
    # signals after power cut
    s.status("09:05", "SN-SIG-005", "online", SIG, "號誌控制器上線")
    s.add("09:05:30", "signal", "restored", SIG, "經貿路二段/黎明路三段 號誌恢復正常", sid="SN-SIG-005")
    s.status("09:06", "SN-CCTV-005", "online", SIG, "攝影機上線")
    g1 = s.add("09:22", "1999", "traffic_signal", SIG, "經貿路經貿七路口紅綠燈到現在還是不亮，早上就打過了。", pt=s.near(J["經貿七路口"], 60))
    s.add("09:30", "cctv", "signal_dark", None, "號誌燈號熄滅", sid="SN-CCTV-003", confidence=0.42)
    s.add("09:50", "incident", "traffic_signal_fault", SIG, "經貿七路口號誌仍無電，台電搶修中，持續派員指揮。", sev="Moderate", pt=s.near(J["經貿七路口"], 30))
    # signboard
    b1 = s.add("10:02", "1999", "fallen_object", SB, "黎明路三段有一塊招牌被風吹下來掉在人行道，一半在車道上。", pt=s.near((120.6515, 24.1946), 50))
    s.add("10:12", "incident", "fallen_object", SB, "黎明路三段近凱旋路口廣告招牌掉落占用車道，已移至路旁。", sev="Minor", pt=s.near((120.6515, 24.1946), 40))
    # noise
    s.rule("09:00", "SN-WL-004", "water_level", "Moderate", None, "筏子溪西屯水位 達三級警戒", level="3")
    s.add("09:35", "1999", "環境清潔", None, "路邊很多颱風斷枝落葉，請派清潔隊來清。", pt=s.near(J["黎明凱旋"], 200))
    s.add("10:20", "parking", "full", None, "會展中心停車場車位已滿", sid="SN-PK-006")
    s.incident(H, "infrastructure", "經貿路生態住宅B區前路面坍陷，封閉兩車道", h1)
    s.incident(SIG, "traffic", "停電後續：經貿七路口號誌仍黑燈（民眾再報），黎明路口已恢復", g1)
    s.incident(SB, "traffic", "黎明路三段招牌掉落占用車道", b1)
    s.write()


def s1835():
    s = Sit(1835, "eco_block_power_oxygen", "10:30-12:00：生態住宅B區停電，住戶製氧機停擺送醫；長者外出查看公園後走失；南滯洪池水位回升。",
            "停電（台電）與製氧機住戶（救護）分兩案；走失長者為救助案。")
    P1, M, L = "eco_b_power", "oxygen_patient", "missing_elder"
    p1 = s.add("10:33", "fire_alarm", "fault", P1, "主電源停電，預備電源供電中", sid="SN-FA-012")
    s.add("10:38", "1999", "power_outage", P1, "生態住宅B區整棟停電，電梯也停了。", pt=s.near(P("SN-FA-012"), 40))
    s.add("10:41", "1999", "water_outage", P1, "大樓停電以後水塔馬達不能打水，現在沒水。", pt=s.near(P("SN-FA-012"), 50))
    s.add("10:55", "1999", "streetlight", P1, "經貿路生態住宅那邊路燈整排都不亮，連社區燈也全暗。", pt=s.near(P("SN-FA-012"), 120))
    s.status("10:36", "SN-FL-008", "offline", P1, "淹水感測器離線", reason="mains_power_lost", alt=None)
    s.add("11:40", "1999", "power_outage", P1, "生態住宅B區還是沒電，剛剛打過了。", pt=s.near(P("SN-FA-012"), 40))
    m1 = s.add("10:52", "119", "ambulance", M, "生態住宅B區住戶，停電製氧機停止，老人家呼吸喘，派遣救護車。", pt=s.near(P("SN-FA-012"), 30))
    s.add("10:49", "1999", "rescue", M, "我爸爸在用製氧機，停電了他現在很喘，怎麼辦？", pt=s.near(P("SN-FA-012"), 30))
    s.add("11:02", "119", "ambulance", M, "到場，患者血氧偏低，給氧後送醫。", pt=s.near(P("SN-FA-012"), 30), status="on_scene")
    s.add("11:25", "119", "ambulance", M, "送達醫院，返隊。", pt=s.near(P("SN-FA-012"), 30), status="returning")
    l1 = s.add("11:05", "incident", "missing_person", L, "家屬報案：82 歲男性早上 9 點說要去中央公園看淹水情形，至今未歸，著灰色雨衣、失智輕度。", sev="Severe", pt=s.near(P("SN-FA-011"), 60))
    s.add("11:20", "1999", "missing_person", L, "中央公園滯洪池旁邊有一個阿伯穿灰色雨衣，一直問路，講不清楚要去哪。", pt=s.near(P("SN-FL-003"), 80))
    s.add("11:34", "incident", "missing_person", L, "協尋長者已於中央公園南側尋獲，交家屬帶回。", sev="Minor", pt=s.near(P("SN-FL-004"), 60))
    # pond rising again (watch, background under both readings)
    s.rule("11:10", "SN-FL-004", "flood_depth", "Minor", None, "中央公園滯洪池4 淹水深度 13 cm（1-15 cm）", level="1-15")
    s.rule("11:12", "SN-RG-001", "heavy_rain", "Moderate", None, "中央公園雨量站 1 小時雨量 40 mm（大雨）", level="大雨")
    s.add("10:45", "1999", "動物救援", None, "公園旁邊水溝裡有一隻小狗被沖進去出不來。", pt=s.near(P("SN-FL-005"), 100))
    s.add("11:50", "1999", "illegal_parking", None, "中國醫藥大學水湳校區門口有車停在人行道。", pt=s.near(P("SN-FA-010"), 60))
    s.rule("11:15", "SN-VD-ZHONGPING-02", "congestion", "Moderate", None, "中平路車輛偵測器2 平均車速 19 km/h")
    s.dup(p1, 35)
    s.add("11:30", "1999", "road_damage", None, "中平路上有一個小坑洞，下雨積水。", pt=s.near(J["經貿中平"], 150))
    s.add("11:45", "incident", "other", None, "民眾拾獲皮夾送交派出所。", sev="Minor", pt=s.near(P("SN-FA-010"), 200))
    s.incident(P1, "infrastructure", "生態住宅B區一帶停電：總機斷電、大樓停水、路燈全暗、淹水感測器失電", p1)
    s.incident(M, "rescue", "停電致居家製氧機停擺，長者呼吸喘送醫", s.first(m1, "1835-008"))
    s.incident(L, "rescue", "失智長者外出查看公園走失，協尋後尋獲", l1)
    s.alternative("經貿路低窪處淹水感測器離線可能是颱風後的通訊問題而非同一停電，列背景。", list(s.incidents))
    s.write()


def s1836():
    s = Sit(1836, "afternoon_band_two_floods", "12:00-13:30：午後雨帶，中清環中地下道再淹、黎明凱旋路口積水有車熄火。",
            "兩處相距約 1 公里各自一案；地下道再封閉是新案（早上已恢復通行）。")
    U, L = "underpass_again", "liming_kaixuan_flood"
    s.rule("12:02", "SN-RG-002", "heavy_rain", "Severe", None, "水湳轉運中心雨量站 3 小時雨量 105 mm（豪雨）", level="豪雨")
    s.rule("12:05", "C0F9T0", "heavy_rain", "Severe", None, "西屯雨量站 24 小時累積雨量 215 mm（豪雨）", level="豪雨")
    u1 = s.rule("12:14", "SN-FL-006", "flood_depth", "Moderate", U, "中清環中路口地下道 淹水深度 19 cm（16-30 cm）", level="16-30")
    s.add("12:16", "cctv", "flooding", U, "地下道入口積水", sid="SN-CCTV-008", confidence=0.88)
    s.rule("12:26", "SN-FL-006", "flood_depth", "Severe", U, "中清環中路口地下道 淹水深度 36 cm（>30 cm）", level=">30")
    s.add("12:29", "incident", "road_closure", U, "中清環中地下道再度積水逾 30 公分，封閉雙向，車輛改道環中路平面。", sev="Severe", pt=s.near(J["中清環中"], 40))
    s.rule("12:34", "SN-VD-ZHONGQING-01", "congestion", "Moderate", U, "中清路車輛偵測器1 平均車速 8 km/h")
    s.rule("12:36", "SN-VD-HUANZHONG-03", "congestion", "Moderate", U, "環中路車輛偵測器3 平均車速 10 km/h")
    s.add("12:40", "1999", "flooding", U, "中清路地下道又淹了，早上不是才退嗎？抽水機有沒有在動？", pt=s.near(J["中清環中"], 150))
    s.add("12:58", "1999", "flooding", U, "環中路中清路口地下道封起來了，車子回堵到經貿路。", pt=s.near(J["經貿環中"], 100))
    l1 = s.rule("12:20", "SN-FL-009", "flood_depth", "Moderate", L, "黎明路凱旋路口低窪處 淹水深度 21 cm（16-30 cm）", level="16-30")
    s.add("12:24", "cctv", "flooding", L, "路口積水", sid="SN-CCTV-007", confidence=0.79)
    s.add("12:31", "cctv", "stalled_vehicle", L, "路口內車輛停滯", sid="SN-CCTV-007", confidence=0.69)
    s.add("12:33", "incident", "stalled_vehicle", L, "黎明路三段/凱旋路口積水，自小客車涉水熄火停於路口，協助推離。", sev="Moderate", pt=s.near(J["黎明凱旋"], 30))
    s.add("12:45", "1999", "flooding", L, "黎明路凱旋路口淹到輪胎一半，有車卡在中間。", pt=s.near(J["黎明凱旋"], 90))
    s.add("12:47", "1999", "blocked_drain", L, "凱旋路邊的排水孔都被落葉堵住了。", pt=s.near(J["黎明凱旋"], 120))
    s.rule("13:20", "SN-FL-009", "flood_depth", "Minor", L, "黎明路凱旋路口低窪處 淹水深度 8 cm（1-15 cm）", level="1-15")
    # noise
    s.add("12:10", "1999", "other", None, "請問颱風後垃圾車今天有來嗎？", pt=s.near(J["黎明凱旋"], 400))
    s.add("12:50", "parking", "full", None, "經貿六停車場車位已滿", sid="SN-PK-002")
    s.add("13:05", "incident", "public_disturbance", None, "轉運中心排隊旅客口角，已排解。", sev="Minor", pt=s.near(P("SN-FA-001"), 40))
    s.status("13:10", "SN-RG-003", "online", None, "雨量站上線")
    s.incident(U, "flood", "中清環中路口地下道午後再度淹水封閉", u1)
    s.incident(L, "flood", "黎明路/凱旋路口積水，車輛涉水熄火", l1)
    s.write()


for f in (s1831, s1832, s1833, s1834, s1835, s1836):
    f()
