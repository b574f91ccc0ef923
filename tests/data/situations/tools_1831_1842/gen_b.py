"""Situations 1837-1842: the day after the typhoon (2016-09-28, 13:30-23:00 local)."""
from lib import Sit, J, SENSORS, inc, same_but

P = lambda sid: (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


def s1837():
    s = Sit(1837, "drain_and_south_pond", "13:30-15:00：水湳區域排水經貿路水位上升、經貿路低窪處積水；南滯洪池二級警戒；公園內倒樹。",
            "排水幹線與南滯洪池是否同一水利局案可議；公園內倒樹不在道路上，是否派案可議。")
    D, S, T = "drain_jingmao", "south_pond", "park_tree"
    d1 = s.rule("13:34", "SN-WL-003", "water_level", "Moderate", D, "水湳區域排水經貿路水位 達三級警戒", level="3")
    s.rule("13:52", "SN-WL-003", "water_level", "Severe", D, "水湳區域排水經貿路水位 達二級警戒", level="2")
    s.rule("13:55", "SN-FL-008", "flood_depth", "Moderate", D, "經貿路低窪處 淹水深度 18 cm（16-30 cm）", level="16-30")
    s.add("14:01", "1999", "flooding", D, "經貿路生態住宅那段水溝的水滿上來了，路上都是水。", pt=s.near(P("SN-FL-008"), 90))
    s.add("14:06", "incident", "flooding_report", D, "經貿路近生態住宅B區路段積水約 15-20 公分，坍陷處圍籬泡水，已加派員警。", sev="Moderate", pt=s.near(P("SN-FL-008"), 50))
    s.add("14:15", "1999", "flooding", D, "水湳排水溝快滿了，旁邊住戶要不要準備沙包？", pt=s.near(P("SN-WL-003"), 120))
    s.add("14:20", "1999", "evacuation", D, "生態住宅B區管委會請一樓住戶先把車移出地下室。", pt=s.near(P("SN-FA-012"), 40))
    s.rule("14:50", "SN-WL-003", "water_level_falling", "Moderate", D, "水湳區域排水經貿路水位 回降至二級警戒以下")
    s1 = s.rule("13:40", "SN-WL-002", "water_level", "Severe", S, "中央公園南滯洪池水位 達二級警戒", level="2")
    s.rule("13:42", "SN-FL-004", "flood_depth", "Moderate", S, "中央公園滯洪池4 淹水深度 26 cm（16-30 cm）", level="16-30")
    s.rule("13:44", "SN-FL-005", "flood_depth", "Severe", S, "中央公園滯洪池5 淹水深度 47 cm（>30 cm）", level=">30")
    s.rule("13:58", "SN-FL-003", "flood_depth", "Minor", S, "中央公園滯洪池3 淹水深度 10 cm（1-15 cm）", level="1-15")
    s.add("14:12", "1999", "flooding", S, "公園南邊滯洪池滿到步道上了，有人還在裡面散步很危險。", pt=s.near(P("SN-WL-002"), 100))
    s.add("14:30", "parking", "closed", S, "中央公園地下停車場(南) 入口暫停開放", sid="SN-PK-005")
    t1 = s.add("14:05", "1999", "公園路樹", T, "中央公園裡面步道旁一棵樹倒了，壓到涼亭的欄杆，還好沒人。", pt=s.near(P("SN-FL-002"), 80))
    s.add("14:35", "1999", "fallen_tree", T, "公園靠近影音中心的步道有大樹倒下來擋住步道。", pt=s.near(P("SN-FL-002"), 110))
    # noise
    s.rule("13:30", "SN-RG-001", "heavy_rain", "Moderate", None, "中央公園雨量站 1 小時雨量 41 mm（大雨）", level="大雨")
    s.rule("14:00", "SN-WL-005", "water_level", "Moderate", None, "旱溪北屯水位 達三級警戒", level="3")
    s.add("14:25", "1999", "streetlight", None, "河南路停車場旁 1102 號路燈閃爍。", pt=s.near(P("SN-PK-003"), 60))
    s.rule("14:40", "SN-VD-KAIXUAN-02", "congestion", "Moderate", None, "凱旋路車輛偵測器2 平均車速 20 km/h")
    s.add("14:45", "1999", "other", None, "請問今天還有沒有停止上班上課？", pt=s.near(J["黎明凱旋"], 300))
    s.incident(D, "flood", "水湳區域排水經貿路段二級警戒、經貿路低窪處積水，住戶預防移車", d1)
    s.incident(S, "flood", "中央公園南滯洪池二級警戒滿溢至步道、南側停車場關閉", s1)
    s.incident(T, "infrastructure", "中央公園步道倒樹壓壞欄杆（公園管理）", t1)
    s.alternative("南滯洪池與水湳區域排水是同一排水系統，水利局一組人巡查，合為一案；公園內倒樹不擋道路，交 1999 例行處理（背景）。",
                  [inc(D, "flood", "水湳排水與南滯洪池高水位（同一系統）", s.first(d1, s1))])
    for it in s.items:
        if it["truth"] == S:
            it["truth_alt"] = D
        if it["truth"] == T:
            it["truth_alt"] = None
    s.write()


def s1838():
    s = Sit(1838, "south_cabinet_blind", "15:00-16:30：中央公園南側機櫃失電，南滯洪池所有感測器失明，同時民眾報南池仍漫溢；河南中平路口小車禍。",
            "機櫃失電（設備）與南池漫溢（淹水）分兩案，或視為同一現場一案，可議。")
    G, S, X = "cabinet_cps01", "south_pond_overflow", "crash_henan_zhongping"
    g = []
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        g.append(s.status(f"15:12:{10 + i * 7:02d}", sid, "offline", G, "設備離線", reason="mains_power_lost", gateway="GW-CPS-01"))
    for sid in ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002"]:
        s.rule("15:17", sid, "sensor_offline", "Minor", G, f"{SENSORS[sid]['name']} 離線逾 5 分鐘", gateway="GW-CPS-01")
    s.dup(g[3], 60)
    o1 = s.add("15:05", "1999", "flooding", S, "公園南邊滯洪池的水還是漫到步道，比中午更高了。", pt=s.near(P("SN-WL-002"), 90))
    s.add("15:28", "1999", "flooding", S, "中央公園南側步道淹水，剛剛打過了，到現在還是沒人來圍起來。", pt=s.near(P("SN-FL-005"), 100))
    s.add("15:40", "incident", "flooding_report", S, "中央公園南滯洪池溢流至周邊步道，水深約 20 公分，已拉封鎖線禁止進入。", sev="Moderate", pt=s.near(P("SN-WL-002"), 60))
    s.add("15:44", "1999", "other", S, "公園南側機櫃那邊好像有水淹到箱子，會不會漏電？", pt=s.near(P("SN-FL-004"), 60), alt=G)
    s.add("16:05", "1999", "flooding", S, "河南路口進公園那邊全是水，小孩在玩水。", pt=s.near(P("SN-FL-005"), 120))
    x1 = s.add("15:50", "cctv", "accident", X, "路口兩車停滯", sid="SN-CCTV-010", confidence=0.81)
    s.add("15:53", "incident", "accident", X, "河南路/中平路口兩輛自小客車擦撞，無人受傷，已移至路邊。", sev="Minor", pt=s.near(J["河南中平"], 30))
    s.add("15:58", "1999", "traffic_accident", X, "河南路中平路口有兩台車擦撞，卡在路口。", pt=s.near(J["河南中平"], 80))
    s.rule("16:00", "SN-VD-ZHONGPING-01", "congestion", "Moderate", X, "中平路車輛偵測器1 平均車速 15 km/h")
    # noise
    s.rule("15:00", "SN-RG-003", "heavy_rain", "Moderate", None, "北屯雨量站 1 小時雨量 44 mm（大雨）", level="大雨")
    s.add("15:20", "1999", "noise", None, "生態住宅A區旁邊工地抽水機一直響。", pt=s.near(P("SN-FA-011"), 80))
    s.add("16:10", "parking", "full", None, "轉運中心停車場車位已滿", sid="SN-PK-001")
    s.add("16:15", "incident", "theft", None, "會展中心停車場機車遭竊，已受理。", sev="Minor", pt=s.near(P("SN-PK-006"), 50))
    s.add("16:20", "fire_alarm", "fault", None, "迴路斷線", sid="SN-FA-009")
    s.incident(G, "infrastructure", "中央公園南側機櫃 GW-CPS-01 失電，南池水位、淹水、停車場設備全部離線", g[0])
    s.incident(S, "flood", "中央公園南滯洪池持續溢流至步道（民眾再報），現場封鎖", o1)
    s.incident(X, "traffic", "河南路/中平路口兩車擦撞，無人傷", x1)
    s.alternative("機櫃失電發生在滯洪池溢流現場、很可能因淹水進水，同一現場由水利局一併處理，合為一案。",
                  [inc(S, "flood", "南滯洪池溢流與南側機櫃失電（同一現場）", s.first(o1, g[0])), inc(X, "traffic", "河南中平擦撞", x1)])
    for it in s.items:
        if it["truth"] == G:
            it["truth_alt"] = S
        if it.get("truth_alt") == G:
            it["truth_alt"] = S
    s.write()


def s1839():
    s = Sit(1839, "taiwan_blvd_signal_and_underpass", "16:30-18:00：晚尖峰，臺灣大道環中路口號誌故障、同路口地下道輕度積水；民眾再報經貿路坍陷未修。",
            "同路口的號誌故障與地下道積水分兩案（交通局、水利局），或合一現場一案，可議。")
    SG, U, H = "signal_taiwan_blvd", "underpass_taiwan_blvd", "sinkhole_still"
    g1 = s.add("16:34", "signal", "fault", SG, "臺灣大道/環中路 號誌故障（閃爍異常）", sid="SN-SIG-009")
    s.add("16:36", "cctv", "signal_dark", SG, "號誌燈號異常", sid="SN-CCTV-009", confidence=0.74)
    s.add("16:45", "1999", "traffic_signal", SG, "臺灣大道環中路口紅綠燈一直閃黃燈，下班車很多很亂。", pt=s.near(J["臺灣大道環中"], 80))
    s.add("16:52", "incident", "traffic_signal_fault", SG, "臺灣大道/環中路口號誌閃爍異常，派員指揮，通知號誌廠商。", sev="Moderate", pt=s.near(J["臺灣大道環中"], 30))
    s.rule("16:58", "SN-VD-HUANZHONG-04", "congestion", "Moderate", SG, "環中路車輛偵測器4 平均車速 12 km/h", alt=None)
    s.add("17:40", "signal", "restored", SG, "臺灣大道/環中路 號誌恢復正常", sid="SN-SIG-009")
    u1 = s.rule("16:40", "SN-FL-010", "flood_depth", "Minor", U, "臺灣大道環中路口地下道 淹水深度 11 cm（1-15 cm）", level="1-15")
    s.rule("17:05", "SN-FL-010", "flood_depth", "Moderate", U, "臺灣大道環中路口地下道 淹水深度 17 cm（16-30 cm）", level="16-30")
    s.add("17:10", "1999", "flooding", U, "臺灣大道往環中路的地下道有積水，機車騎過去水花很大。", pt=s.near(P("SN-FL-010"), 100))
    s.add("17:12", "cctv", "flooding", U, "地下道口積水", sid="SN-CCTV-009", confidence=0.58)
    s.rule("17:48", "SN-FL-010", "cleared", "Minor", U, "臺灣大道環中路口地下道 淹水警戒解除")
    h1 = s.add("16:50", "1999", "road_damage", H, "經貿路那個塌陷的洞早上就報了，到現在只有圍起來，還沒修。", pt=s.near(P("SN-FL-008"), 70))
    s.add("17:20", "1999", "road_damage", H, "經貿路生態住宅前面路面塌掉那邊圍籬倒了，晚上會有人掉下去。", pt=s.near(P("SN-FL-008"), 60))
    s.add("17:30", "incident", "road_closure", H, "經貿路坍陷處圍籬遭風吹倒，重新設置並封閉外側車道。", sev="Moderate", pt=s.near(P("SN-FL-008"), 30))
    # noise
    s.rule("16:30", "SN-VD-HUANZHONG-01", "congestion", "Moderate", None, "環中路車輛偵測器1 平均車速 22 km/h")
    s.rule("17:00", "SN-VD-KAIXUAN-01", "congestion", "Moderate", None, "凱旋路車輛偵測器1 平均車速 19 km/h")
    s.add("17:15", "parking", "full", None, "經貿六停車場車位已滿", sid="SN-PK-002")
    s.add("17:25", "1999", "illegal_parking", None, "凱旋路黎明路口公車站前違停。", pt=s.near(J["黎明凱旋"], 60))
    s.add("17:35", "planned_event", "exhibition", None, "臺中國際會展中心 秋季家具展（颱風延期後開展）", pt=P("SN-PK-006"), delay=600,
          ends=s.t("21:00"), radius_m=250)
    s.add("17:50", "1999", "streetlight", None, "黎明路三段 0876 號路燈不亮。", pt=s.near(J["經貿黎明"], 150))
    s.incident(SG, "traffic", "臺灣大道/環中路口號誌閃爍異常，派員指揮後恢復", g1)
    s.incident(U, "flood", "臺灣大道環中路口地下道輕度積水後退水", u1)
    s.incident(H, "infrastructure", "經貿路坍陷處未修、圍籬倒（民眾再報）", h1)
    s.alternative("同一路口、同一時間：地下道積水與號誌異常由同一組現場人員處置，合一案；環中路偵測器4 壅塞屬晚尖峰背景。",
                  [inc(SG, "traffic", "臺灣大道環中路口號誌異常與地下道積水", s.first(g1, u1)), inc(H, "infrastructure", "經貿路坍陷未修", h1)])
    for it in s.items:
        if it["truth"] == U:
            it["truth_alt"] = SG
    s.write()


def s1840():
    s = Sit(1840, "dark_zhongke_and_panel_smoke", "18:00-19:30：入夜，中科路整排路燈不亮；流行影音中心配電盤進水冒煙火警。",
            "整排路燈不亮視為供電問題一案；單盞路燈為例行（背景）。")
    L, F = "zhongke_lights_dark", "music_centre_panel_smoke"
    zk = (120.6535, 24.186)
    l1 = s.add("18:12", "1999", "streetlight", L, "中科路從公園這段路燈整排都不亮，一片漆黑。", pt=s.near(zk, 120))
    s.add("18:20", "1999", "streetlight", L, "中科路路燈全部不亮，騎車看不到路上的斷枝。", pt=s.near(zk, 200))
    s.add("18:33", "1999", "streetlight", L, "中科路凱旋路附近路燈都沒亮，下午有人在鋸樹會不會弄斷電線？", pt=s.near((120.6528, 24.1835), 150))
    s.add("18:50", "incident", "other", L, "中科路路燈整段熄滅，夜間行車危險，請養工處派員。", sev="Moderate", pt=s.near(zk, 60))
    f1 = s.add("18:41", "fire_alarm", "alarm", F, "B1 配電室 偵煙探測器動作", sid="SN-FA-006")
    s.add("18:43", "1999", "fire_smoke", F, "流行影音中心地下室有燒焦味，有煙冒出來。", pt=s.near(P("SN-FA-006"), 40))
    s.add("18:44", "119", "fire", F, "臺中流行影音中心 B1 配電室冒煙，疑進水短路，派遣西屯、文心分隊。", pt=s.near(P("SN-FA-006"), 20))
    s.add("18:47", "fire_alarm", "alarm", F, "B1 機房 偵煙探測器動作", sid="SN-FA-006")
    s.add("18:58", "119", "fire", F, "到場，配電盤冒煙已斷電，無延燒，排煙中。", pt=s.near(P("SN-FA-006"), 20), status="on_scene")
    s.add("19:05", "incident", "evacuation", F, "影音中心工作人員 12 人疏散至戶外廣場。", sev="Minor", pt=s.near(P("SN-FA-006"), 60))
    s.add("19:20", "fire_alarm", "normal", F, "火警復歸", sid="SN-FA-006")
    s.add("19:25", "119", "fire", F, "殘火處理完畢，返隊。", pt=s.near(P("SN-FA-006"), 20), status="returning")
    # noise
    s.add("18:05", "1999", "streetlight", None, "河南路 0412 號路燈一閃一閃。", pt=s.near(J["河南中平"], 150))
    s.add("18:25", "parking", "full", None, "會展中心停車場車位已滿", sid="SN-PK-006")
    s.rule("18:30", "SN-VD-HUANZHONG-02", "congestion", "Moderate", None, "環中路車輛偵測器2 平均車速 20 km/h")
    s.add("18:55", "1999", "noise", None, "會展中心散場的車一直按喇叭。", pt=s.near(P("SN-PK-006"), 150))
    s.add("19:10", "incident", "theft", None, "轉運中心旁機車置物箱遭撬，已受理。", sev="Minor", pt=s.near(P("SN-FA-001"), 60))
    s.status("19:15", "SN-FL-008", "online", None, "淹水感測器上線")
    s.add("19:28", "1999", "other", None, "想問颱風損壞的機車可以申請補助嗎？", pt=s.near(J["黎明凱旋"], 400))
    s.dup(f1, 45)
    s.incident(L, "infrastructure", "中科路整段路燈熄滅（疑施工或颱風損及供電線路）", l1)
    s.incident(F, "fire", "流行影音中心 B1 配電室進水短路冒煙，人員疏散，無延燒", f1)
    s.write()


def s1841():
    s = Sit(1841, "night_works_and_signboard", "19:30-21:00：經貿路坍陷夜間搶修施工開始；凱旋路招牌掉落；民眾問走失長者之後續（已尋獲）。",
            "核准搶修施工本身不派案；施工封路引起的壅塞為背景；招牌掉落一案。")
    SB, W = "signboard_kaixuan", "sinkhole_works"
    w = s.add("19:30", "planned_event", "road_works", W, "經貿路（生態住宅B區前）路面坍陷搶修", pt=P("SN-FL-008"), delay=-1500,
              ends=s.t("23:59"), radius_m=120, alt=None)
    s.add("19:42", "incident", "road_closure", W, "經貿路坍陷搶修，封閉南向外側兩車道至 24 時，改道中科路。", sev="Moderate", pt=s.near(P("SN-FL-008"), 40), alt=None)
    s.rule("19:55", "SN-VD-JINGMAO-02", "congestion", "Moderate", W, "經貿路車輛偵測器2 平均車速 14 km/h", alt=None)
    s.add("20:10", "1999", "noise", W, "經貿路晚上在施工打路面很吵，要做到幾點？", pt=s.near(P("SN-FL-008"), 150), alt=None)
    s.add("20:30", "1999", "road_damage", W, "經貿路那個洞今天晚上會補好嗎？圍籬旁邊沒有燈。", pt=s.near(P("SN-FL-008"), 80), alt=None)
    b1 = s.add("19:48", "1999", "fallen_object", SB, "凱旋路上一塊鐵皮招牌掉下來躺在車道中間，車子都要閃。", pt=s.near((120.6507, 24.1895), 60))
    s.add("19:51", "cctv", "fallen_object", SB, "車道上有掉落物", sid="SN-CCTV-007", confidence=0.52, alt=None)
    s.add("19:57", "incident", "fallen_object", SB, "凱旋路（黎明路以南）鐵皮招牌掉落占用車道，已移除，通知建設局查處招牌所有人。", sev="Minor", pt=s.near((120.6507, 24.1895), 40))
    s.add("20:05", "1999", "fallen_object", SB, "凱旋路那塊鐵皮剛剛還在嗎？我看到有警察了。", pt=s.near((120.6507, 24.1895), 100))
    # noise
    s.add("19:35", "1999", "missing_person", None, "早上走失的那位阿伯有找到嗎？我在公園有看到協尋。", pt=s.near(P("SN-FL-003"), 150))
    s.add("19:50", "parking", "full", None, "會展中心停車場車位已滿", sid="SN-PK-006")
    s.rule("20:00", "SN-VD-LIMING-01", "congestion", "Moderate", None, "黎明路車輛偵測器1 平均車速 21 km/h")
    s.add("20:15", "1999", "streetlight", None, "經貿六停車場旁 2231 號路燈不亮。", pt=s.near(P("SN-PK-002"), 60))
    s.add("20:20", "incident", "public_disturbance", None, "會展中心散場民眾停車糾紛，已排解。", sev="Minor", pt=s.near(P("SN-PK-006"), 60))
    s.add("20:40", "1999", "環境清潔", None, "公園旁邊颱風垃圾堆很多還沒清。", pt=s.near(P("SN-FL-001"), 150))
    s.add("20:50", "fire_alarm", "fault", None, "預備電源電壓不足", sid="SN-FA-008")
    s.status("20:55", "SN-RG-002", "offline", None, "雨量站通訊中斷", reason="comms_lost")
    s.rule("20:25", "SN-VD-HUANZHONG-03", "congestion", "Moderate", None, "環中路車輛偵測器3 平均車速 23 km/h")
    s.add("20:35", "1999", "illegal_parking", None, "轉運中心接駁區有自小客車違停。", pt=s.near(P("SN-PK-001"), 60))
    s.dup(b1, 50)
    s.incident(SB, "traffic", "凱旋路鐵皮招牌掉落占用車道", b1)
    s.incident(W, "infrastructure", "經貿路坍陷夜間搶修與封閉：民眾詢問照明與噪音，需確認夜間警示照明", s.first("1841-004", "1841-005"))
    s.alternative("核准搶修施工與其封路、壅塞、噪音皆屬計畫內，不派案（背景）；CCTV-007 在路口，掉落物偵測不一定是同一塊招牌。",
                  [inc(SB, "traffic", "凱旋路招牌掉落", b1)])
    s.write()


def s1842():
    s = Sit(1842, "late_recalls_and_small_jobs", "21:00-23:00：收尾時段，民眾再報中科路路燈仍未亮、經貿七路口號誌仍閃；新的小案：生態住宅A區停水、河南路倒樹枝；各處恢復訊息。",
            "只有恢復訊息、窗內無開案證據的舊案列背景；再報的舊案在窗內自成一案。")
    L, SG, W, BR = "zhongke_dark_still", "jingmao7_signal_still", "eco_a_water", "henan_branch"
    zk = (120.6535, 24.186)
    l1 = s.add("21:05", "1999", "streetlight", L, "中科路路燈傍晚報過了，到現在還是整排不亮。", pt=s.near(zk, 150))
    s.add("21:40", "1999", "streetlight", L, "中科路一片漆黑，剛剛有機車撞到路邊樹枝。", pt=s.near(zk, 180))
    s.add("22:30", "1999", "streetlight", L, "中科路路燈有亮了，謝謝。", pt=s.near(zk, 150))
    g1 = s.add("21:10", "1999", "traffic_signal", SG, "經貿路經貿七路口紅綠燈晚上一直閃黃燈，早上停電後就怪怪的。", pt=s.near(J["經貿七路口"], 60))
    s.add("21:14", "signal", "fault", SG, "經貿路二段/經貿七路 號誌閃爍異常", sid="SN-SIG-006")
    s.add("21:50", "signal", "restored", SG, "經貿路二段/經貿七路 號誌恢復正常", sid="SN-SIG-006")
    w1 = s.add("21:20", "1999", "water_outage", W, "生態住宅A區整棟沒有水，管理員說揚水馬達壞了。", pt=s.near(P("SN-FA-011"), 40))
    s.add("21:35", "1999", "water_outage", W, "生態住宅A區停水，沒有看到停水公告。", pt=s.near(P("SN-FA-011"), 50))
    s.add("21:38", "fire_alarm", "fault", W, "消防水箱水位過低", sid="SN-FA-011")
    br = s.add("22:05", "1999", "fallen_tree", BR, "河南路靠中平路口有一根很粗的樹枝掉在機車道上。", pt=s.near(J["河南中平"], 80))
    s.add("22:15", "incident", "fallen_object", BR, "河南路二段近中平路口斷枝占用機車道，已移至路旁。", sev="Minor", pt=s.near(J["河南中平"], 40))
    # endings of old jobs with no open evidence in this window: background
    s.add("21:00", "incident", "road_reopened", None, "中清環中地下道積水已退，21:00 恢復雙向通行。", sev="Minor", pt=s.near(J["中清環中"], 40))
    for sid in ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]:
        s.status("21:25", sid, "online", None, "設備上線", gateway="GW-CPS-01")
    s.add("21:30", "parking", "empty", None, "河南路停車場車位全空（積水清理後重新開放）", sid="SN-PK-003")
    s.rule("21:45", "SN-WL-002", "water_level_falling", "Moderate", None, "中央公園南滯洪池水位 回降至三級警戒以下")
    s.status("22:00", "SN-RG-002", "online", None, "雨量站上線")
    s.add("22:20", "1999", "noise", None, "公園有人深夜騎車改管很吵。", pt=s.near(P("SN-FL-002"), 200))
    s.add("22:40", "1999", "other", None, "想申請颱風災害救助金要去哪裡？", pt=s.near(J["黎明凱旋"], 500))
    s.add("22:50", "incident", "road_reopened", None, "經貿路坍陷搶修完成，恢復通行。", sev="Minor", pt=s.near(P("SN-FL-008"), 40))
    s.incident(L, "infrastructure", "中科路整排路燈仍未亮（民眾再報），22:30 恢復", l1)
    s.incident(SG, "traffic", "經貿七路口號誌閃爍異常（停電後遺），廠商修復", g1)
    s.incident(W, "infrastructure", "生態住宅A區揚水馬達故障停水，消防水箱低水位", w1)
    s.incident(BR, "traffic", "河南路近中平路口斷枝占用機車道", br)
    s.alternative("民眾報告路燈已亮，表示路燈案已在先前處理；窗內的再報只需回覆民眾，不另派案。",
                  same_but(s.incidents, drop=[L]))
    for it in s.items:
        if it["truth"] == L:
            it["truth_alt"] = None
    s.write()


for f in (s1837, s1838, s1839, s1840, s1841, s1842):
    f()
