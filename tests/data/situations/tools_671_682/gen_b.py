"""Situations 677-682: the typhoon's peak, the power cut before dawn, the morning after, and one long night."""
from lib import Sit


def s677():
    s = Sit(677, "typhoon_peak_two_floods_on_jingmao", 677)
    s.rule("C0F9T0", "heavy_rain", "26:00", None, level="大豪雨", text="西屯測站24小時累積雨量 362 mm")
    f1 = s.rule("SN-FL-008", "flood_depth", "26:05", "F1", level="16-30", text="經貿路低窪處 淹水深度 19 cm")
    s.rule("SN-RG-001", "heavy_rain", "26:10", None, level="大豪雨", text="中央公園雨量站24小時累積 371 mm")
    s.rule("SN-WL-003", "water_level", "26:15", "F1", level="2", text="水湳區域排水經貿路水位 1.86 m")
    s.rule("SN-FL-003", "flood_depth", "26:18", None, level=">30", text="滯洪池3 水深 52 cm")
    s.rule("SN-RG-002", "heavy_rain", "26:20", None, level="豪雨", text="水湳轉運中心雨量站三小時累積 109 mm")
    f = s.rule("SN-FL-008", "flood_depth", "26:25", "F1", level=">30", text="經貿路低窪處 淹水深度 36 cm")
    s.dup(f, 75)
    s.call("flooding", "26:30", "經貿低窪", "經貿路三段淹到膝蓋了，水溝一直往上冒水", "F1", keyed=4)
    s.rule("SN-WL-004", "water_level", "26:30", None, level="3", text="筏子溪西屯水位 97.31 m")
    c = s.dev("cctv", "SN-CCTV-006", "flooding", "26:35", "F2", conf=0.74)
    s.call("flooding", "26:38", "綠美圖", "綠美圖前面經貿路淹水，車道線都看不到了", "F2", keyed=5)
    s.rule("SN-WL-003", "water_level", "26:40", "F1", level="1", text="水湳區域排水經貿路水位 2.24 m")
    s.rule("SN-FL-004", "flood_depth", "26:42", None, level=">30", text="滯洪池4 水深 44 cm")
    p = s.police("flooding_report", "26:45", "經貿低窪", "經貿路三段(近敦化路口)積水逾30公分，封閉南下車道，通報水利局", "F1", sev="Severe")
    s.call("flooding", "26:50", "經貿低窪", "剛剛打過了，水越來越高，一樓快要進水了", "F1")
    s.dev("fire_alarm", "SN-FA-011", "fault", "26:52", "F1", alt=None, text="地下室排水泵浦故障")
    s.status("SN-FL-002", "offline", "26:53", None, text="設備離線（通訊中斷）")
    p2 = s.police("flooding_report", "26:55", "經貿七路", "經貿路二段經貿七路口積水約20公分，派員警戒，車輛減速通行", "F2", sev="Moderate")
    s.call("other", "26:58", "營運塔", "電視都沒有訊號，第四台是不是壞了", None)
    r = s.fire119("rescue", "27:05", "經貿低窪", "經貿路三段民宅一樓進水，協助獨居長者撤離至避難處所", "F1")
    s.call("flooding", "27:08", "經貿低窪", "住在生態住宅對面，我阿嬤一個人住一樓，水進來了", "F1", keyed=3)
    s.call("flooding", "27:10", "綠美圖", "綠美圖旁邊經貿路的水溝蓋被水沖開了，很危險", "F2")
    s.police("flooding_report", "27:20", "經貿七路", "被沖開之溝蓋已以三角錐圍住，待天亮後復位", "F2", sev="Moderate", follows=p2)
    s.rule("SN-FL-005", "flood_depth", "27:25", None, level=">30", text="滯洪池5 水深 38 cm")
    s.fire119("rescue", "27:30", "經貿低窪", "長者1名已撤離安置，無人受傷", "F1", follows=r)
    s.call("noise", "27:32", "生態B", "風很大，外面一直有東西在響", None)
    s.rule("SN-FL-008", "flood_depth", "27:40", "F1", level=">30", text="經貿路低窪處 淹水深度 41 cm")
    s.police("flooding_report", "27:45", "經貿低窪", "水利局移動式抽水機到場抽水", "F1", sev="Severe", follows=p)
    s.rule("C0F9T0", "heavy_rain", "27:50", None, level="大豪雨", text="西屯測站24小時累積雨量 398 mm")
    s.write("颱風最強的凌晨：經貿路上兩處同時淹水，三段低窪處（區域排水達一級警戒、長者撤離）與約1.1公里北方二段綠美圖前（溝蓋被沖開）。",
            [("F1", "flood", "經貿路三段低窪處淹水逾30公分、區域排水一級警戒、撤離長者", f1),
             ("F2", "flood", "經貿路二段綠美圖前（經貿七路口）積水、溝蓋沖開", c)],
            alternative=("同一條經貿路、同一個水利局應變小組，調度上可能開成『經貿路淹水』一件",
                         [("F1", "flood", "經貿路沿線淹水（三段低窪處與二段綠美圖前）", f1)]),
            alt_relabel={"F2": "F1"},
            notes="滯洪池讀值（蓄洪）與筏子溪三級警戒（園區外約4公里的河川監看）列背景。")


def s678():
    s = Sit(678, "typhoon_predawn_power_cut_south_lift", 678)
    s.rule("SN-RG-001", "heavy_rain", "28:00", None, level="大雨", text="中央公園雨量站時雨量 41 mm")
    g = s.dev("signal", "SN-SIG-011", "fault", "28:10", "T1", text="號誌黑燈")
    g2 = s.dev("signal", "SN-SIG-010", "fault", "28:10", "T1", alt="T2", text="號誌黑燈")
    s.dev("fire_alarm", "SN-FA-012", "fault", "28:10", None, alt="R1", text="主電源停電，切換預備電源")
    s.dev("fire_alarm", "SN-FA-010", "fault", "28:10", None, text="主電源停電，切換預備電源")
    s.dev("fire_alarm", "SN-FA-008", "fault", "28:11", None, text="主電源停電，切換預備電源")
    s.status("SN-CCTV-010", "offline", "28:10", None, text="設備離線（主電源中斷）")
    s.dev("cctv", "SN-CCTV-011", "signal_dark", "28:12", "T1", conf=0.88)
    s.rule("SN-CCTV-010", "sensor_offline", "28:20", None, sev="Minor", text="河南路/中平路 路口監視器離線")
    s.call("streetlight", "28:20", "經貿中平", "中平路整條路燈都不亮，一片黑", "T1", alt=None)
    s.call("traffic_signal", "28:25", "河南中平", "河南路中平路口紅綠燈沒亮", "T1", alt="T2", keyed=5)
    c = s.call("other", "28:30", "生態B", "我們大樓停電電梯卡住，我媽媽在裡面出不來", "R1", keyed=2)
    r = s.fire119("rescue", "28:33", "生態B", "敦化路一段集合住宅停電電梯受困1人(長者)，派遣救助隊", "R1")
    s.call("other", "28:36", "生態B", "生態住宅B區電梯有人被關在裡面，趕快派人來", "R1", keyed=2)
    p = s.police("traffic_signal_fault", "28:40", "經貿中平", "中平路經貿路口、河南路口號誌均停電熄滅，清晨車少，派員巡守並通報台電", "T1", sev="Moderate")
    s.fire119("rescue", "28:45", "生態B", "救助隊到場，手動開啟電梯門", "R1", follows=r)
    s.call("other", "28:48", "中國醫水湳", "停電了，台電什麼時候來電？", None)
    s.rule("SN-WL-002", "water_level", "28:50", None, level="3", text="中央公園南滯洪池水位 2.08 m")
    s.call("noise", "28:52", "生態A", "隔壁發電機好吵睡不著", None)
    s.status("SN-RG-003", "offline", "28:55", None, text="設備離線（通訊中斷）")
    s.fire119("rescue", "29:05", "生態B", "受困長者已救出，生命徵象穩定，無需送醫", "R1", follows=r)
    s.status("SN-RG-003", "online", "29:03", None)
    s.police("traffic_signal_fault", "29:10", "河南中平", "河南路中平路口車輛通行尚順，持續巡守", "T1", sev="Minor", alt="T2", follows=p)
    s.call("traffic_signal", "29:12", "經貿中平", "經貿路中平路口紅綠燈都暗的，差點撞到", "T1")
    s.dev("signal", "SN-SIG-011", "restored", "29:20", "T1")
    s.dev("signal", "SN-SIG-010", "restored", "29:20", "T1", alt="T2")
    s.status("SN-CCTV-010", "online", "29:22", None)
    s.dev("fire_alarm", "SN-FA-012", "normal", "29:21", None, alt="R1")
    s.dev("fire_alarm", "SN-FA-010", "normal", "29:21", None)
    s.dev("fire_alarm", "SN-FA-008", "normal", "29:22", None)
    s.rule("SN-RG-001", "heavy_rain", "29:30", None, level="大雨", text="中央公園雨量站時雨量 40 mm")
    s.police("traffic_signal_fault", "29:35", "經貿中平", "台電復電，中平路兩路口號誌恢復正常", "T1", sev="Minor", follows=p)
    s.write("天亮前南側停電：中平路經貿路口與河南路口號誌黑燈、路燈全暗；生態住宅B區電梯受困長者1人（119 救出）。",
            [("T1", "traffic", "停電號誌黑燈（中平路經貿路口、河南路口）：巡守、請台電搶修", g),
             ("R1", "rescue", "生態住宅B區停電電梯受困長者", c)],
            alternative=("兩路口相距約900公尺，也可各派一組警力分成兩件；住宅火警總機主電源故障可視為受困事件佐證，路燈全暗則只是停電本身",
                         [("T1", "traffic", "中平路經貿路口號誌黑燈", g),
                          ("T2", "traffic", "河南路中平路口號誌黑燈", g2),
                          ("R1", "rescue", "生態住宅B區停電電梯受困長者", c)]),
            notes="兩路口號誌同秒黑燈、同一饋線停電，主讀法為一件（同一組巡守警力、同一張台電搶修單）。")


def s679():
    s = Sit(679, "morning_after_trees_drains_mud", 679)
    s.rule("SN-RG-001", "cleared", "30:00", None, sev="Minor", text="中央公園雨量站 大雨警戒解除")
    pm = s.permit("road_works", "31:00", "35:00", "黎明凱旋", "凱旋路黎明路口倒樹清除及號誌桿更換，內側車道封閉", "T1", issued_at="30:10")
    s.call("other", "30:12", "生態A", "今天要上班嗎？", None)
    d = s.call("blocked_drain", "30:20", "經貿低窪", "經貿路三段水溝被樹葉跟垃圾塞住，昨晚淹過的地方", "D1", keyed=8)
    s.rule("SN-FL-007", "cleared", "30:30", "M1", alt=None, sev="Minor", text="河南路低窪處 淹水警戒解除")
    s.dev("signal", "SN-SIG-007", "fault", "30:40", "T1", text="閃爍異常")
    d2 = s.call("blocked_drain", "30:45", "生態B", "敦化路生態住宅B區前面的水溝都是泥沙，下雨又會淹", "D1", alt="D2")
    m = s.call("other", "30:50", "河南停車場", "河南路那邊退水後都是泥巴和垃圾，機車騎過去會滑", "M1", keyed=6)
    s.status("SN-FL-005", "online", "30:52", None)
    s.police("road_closure", "30:55", "黎明凱旋", "凱旋路黎明路口倒樹清理，內側車道封閉，號誌閃光運作", "T1", sev="Moderate")
    s.call("fallen_tree", "31:05", "黎明凱旋", "凱旋路黎明路口樹倒在那邊，怎麼到現在還沒處理", "T1")
    s.dev("cctv", "SN-CCTV-007", "fallen_object", "31:10", "T1", conf=0.7)
    s.police("other", "31:15", "河南低窪", "河南路低窪處退水後路面泥濘、雜物堆積，請環保局派員清洗", "M1", sev="Minor")
    s.call("streetlight", "31:16", "中國醫水湳", "中平路有一盞路燈早上還亮著", None)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "31:20", "T1", text="凱旋路車輛偵測器1 平均車速低於 20 km/h")
    s.call("blocked_drain", "31:22", "經貿低窪", "經貿路靠近生態住宅的水溝蓋都是落葉", "D1")
    s.call("traffic_signal", "31:30", "黎明凱旋", "黎明路凱旋路口紅綠燈一直閃黃燈", "T1")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "31:40", None, text="環中路車輛偵測器2 平均車速低於 20 km/h")
    s.call("other", "31:41", "轉運中心", "垃圾車今天會不會來收", None)
    s.call("other", "31:45", "河南中平", "河南路上都是泥巴，誰要來清？", "M1")
    s.rule("SN-VD-HENAN-02", "congestion", "31:48", "M1", alt=None, text="河南路車輛偵測器2 平均車速低於 20 km/h")
    s.police("other", "31:50", "河南低窪", "環保局灑水車到場清洗路面", "M1", sev="Minor")
    s.dev("parking", "SN-PK-001", "full", "31:52", None, text="水湳轉運中心停車場 汽車格位已滿")
    s.call("fallen_tree", "31:55", "生態A", "經貿路人行道上一堆斷掉的樹枝", None, alt="D1")
    s.dev("signal", "SN-SIG-007", "restored", "32:30", "T1")
    s.police("road_closure", "32:40", "黎明凱旋", "凱旋路黎明路口倒樹清除完畢，號誌桿更換完成，車道全面開放", "T1", sev="Minor")
    s.rule("SN-VD-JINGMAO-01", "congestion", "31:58", None, text="經貿路車輛偵測器1 平均車速低於 20 km/h")
    s.write("颱風過後的早晨：凱旋路黎明路口夜裡倒的樹與號誌桿今早清除；經貿路三段與敦化路水溝阻塞待清；河南路退水後滿地泥巴待清洗。",
            [("T1", "traffic", "凱旋路黎明路口倒樹清除、號誌桿更換（含施工許可與封閉）", pm),
             ("D1", "infrastructure", "經貿路三段/敦化路一段水溝阻塞清溝（同一清溝班）", d),
             ("M1", "flood", "河南路低窪處退水後泥濘清洗（淹水善後）", m)],
            alternative=("敦化路生態住宅B區前的水溝離經貿路約300公尺，也可能另開一張清溝單；人行道斷枝可併入清溝清掃",
                         [("T1", "traffic", "凱旋路黎明路口倒樹清除、號誌桿更換", pm),
                          ("D1", "infrastructure", "經貿路三段水溝阻塞", d),
                          ("D2", "infrastructure", "敦化路一段生態住宅B區前水溝淤積", d2),
                          ("M1", "flood", "河南路低窪處退水後泥濘清洗", m)]),
            notes="施工許可（倒樹清除）是為了處理這件事而來，算進 T1；早上尖峰的環中路、經貿路壅塞列背景。")


def s680():
    s = Sit(680, "morning_after_sinkhole_and_commuter_crash", 680)
    s.status("SN-PK-004", "offline", "32:00", None, alt="F1", text="設備離線（維護）")
    d = s.call("road_damage", "32:05", "經貿北段", "綠美圖南邊經貿路上路面塌了一個洞，很深", "I1", keyed=5)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "32:08", None, text="環中路車輛偵測器3 平均車速低於 20 km/h")
    s.call("road_damage", "32:12", "經貿北段", "經貿路二段往公園方向，路面下陷，車子都在閃", "I1")
    a = s.dev("cctv", "SN-CCTV-002", "accident", "32:15", "T1", conf=0.81)
    s.fire119("ambulance", "32:17", "環中凱旋", "環中路二段凱旋路口機車自摔，騎士擦傷", "T1")
    p = s.police("road_collapse", "32:20", "經貿北段", "經貿路二段近綠美圖路面坍陷約1.5公尺，封閉外側車道，通報建設局", "I1", sev="Severe")
    s.police("injury_accident", "32:22", "環中凱旋", "環中路二段凱旋路口機車雨後路滑自摔，騎士手腳擦傷送醫", "T1", sev="Moderate")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "32:28", "T1", alt=None, text="環中路車輛偵測器2 平均車速低於 20 km/h")
    s.rule("SN-VD-JINGMAO-02", "congestion", "32:30", "I1", alt=None, text="經貿路車輛偵測器2 平均車速低於 20 km/h")
    s.dev("parking", "SN-PK-001", "full", "32:32", None, text="水湳轉運中心停車場 汽車格位已滿")
    s.call("traffic_accident", "32:35", "環中凱旋", "環中路凱旋路口有人騎車跌倒，救護車來了", "T1")
    f = s.call("flooding", "32:40", "公園北停車場", "中央公園地下停車場還不能進去，水還沒抽完，我的車在裡面", "F1", keyed=6)
    s.call("streetlight", "32:42", "轉運中心", "轉運站前面路燈白天還亮著", None)
    s.police("other", "32:50", "公園北停車場", "中央公園地下停車場(北)持續抽水中，入口封閉，車主暫無法取車", "F1", sev="Moderate")
    s.permit("road_works", "33:00", "42:00", "經貿北段", "經貿路二段路面坍陷緊急搶修，封閉外側車道", "I1", issued_at="32:50")
    s.call("noise", "32:55", "生態A", "一大早就有人在鋸樹很吵", None)
    s.police("injury_accident", "32:58", "環中凱旋", "事故現場排除，車道恢復通行", "T1", sev="Minor")
    s.call("road_damage", "33:10", "經貿七路", "經貿路那個洞為什麼圍起來不補？", "I1")
    s.call("fallen_tree", "33:12", "生態A", "經貿路三段路邊一堆樹枝誰要來清", None)
    s.dev("fire_alarm", "SN-FA-007", "normal", "33:15", "F1", text="B2 消防泵浦室設備復歸")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "33:20", None, text="環中路車輛偵測器1 平均車速低於 20 km/h")
    s.call("other", "33:25", "公園北停車場", "地下停車場到底什麼時候可以開？車泡水要找誰賠", "F1")
    s.police("road_collapse", "33:30", "經貿北段", "建設局開挖坍陷處，疑為雨水下水道破損淘空", "I1", sev="Moderate", follows=p)
    s.call("other", "33:35", "綠美圖", "綠美圖今天有開嗎", None)
    s.police("other", "33:45", "公園北停車場", "停車場抽水完成，管理單位清理後下午開放", "F1", sev="Minor")
    s.dev("parking", "SN-PK-006", "full", "33:50", None, text="臺中國際會展中心停車場 汽車格位已滿")
    s.status("SN-PK-004", "online", "33:55", None, alt="F1")
    s.write("颱風隔天上班時段：經貿路二段綠美圖南側發現路面坍陷（搶修許可）；環中路凱旋路口機車路滑自摔；中央公園地下停車場(北)夜間進水仍在抽水。",
            [("I1", "infrastructure", "經貿路二段近綠美圖路面坍陷、封閉外側車道、緊急搶修", d),
             ("T1", "traffic", "環中路二段凱旋路口機車自摔（輕傷送醫）", a),
             ("F1", "flood", "中央公園地下停車場(北)進水善後抽水、入口封閉", f)],
            alternative=("停車場偵測器停機維護可視為抽水善後的一部分",
                         [("I1", "infrastructure", "經貿路二段近綠美圖路面坍陷", d),
                          ("T1", "traffic", "環中路二段凱旋路口機車自摔", a),
                          ("F1", "flood", "中央公園地下停車場(北)善後抽水", f)]),
            notes="早上尖峰的環中路壅塞、停車場滿位、路邊斷枝清掃請求屬例行，列背景。")


def s681():
    s = Sit(681, "morning_after_restoration_fire_and_lingering_signal", 681)
    g = s.dev("signal", "SN-SIG-008", "fault", "34:02", "T1", text="閃爍異常")
    s.call("traffic_signal", "34:05", "環中中清", "中清環中路口紅綠燈一直閃黃燈，從昨天晚上到現在都這樣", "T1", keyed=7)
    s.status("SN-FL-006", "online", "34:06", None)
    s.call("other", "34:10", "綠美圖", "中央公園什麼時候開放？", None)
    a = s.dev("fire_alarm", "SN-FA-009", "alarm", "34:20", "X1", text="配電室偵煙探測器動作")
    s.call("fire_smoke", "34:24", "逢甲水湳", "逢甲水湳校區那棟大樓有冒煙，好像是配電室", "X1", keyed=2)
    r = s.fire119("fire", "34:25", "逢甲水湳", "逢甲大學水湳校區配電室冒煙，疑復電後電器走火，派遣西屯分隊", "X1")
    s.dup(r, 45)
    p = s.police("traffic_signal_fault", "34:30", "環中中清", "中清環中路口號誌閃爍異常，派員指揮並通報交通局", "T1", sev="Moderate")
    s.call("other", "34:31", "中科南段", "中科路那邊好多台消防車，發生什麼事", "X1")
    s.fire119("fire", "34:35", "逢甲水湳", "到場確認配電盤起火，已以滅火器撲滅", "X1", follows=r)
    s.police("fire_report", "34:40", "逢甲水湳", "逢甲水湳校區火警，協助消防車進出管制", "X1", sev="Moderate")
    s.status("SN-CCTV-006", "online", "34:45", None)
    s.call("traffic_signal", "35:00", "環中經貿", "環中路中清路口號誌壞掉還沒修好嗎", "T1")
    s.fire119("fire", "35:05", "逢甲水湳", "火勢撲滅，配電盤燒毀，無人傷亡，交由校方及台電處理", "X1", follows=r)
    s.dev("fire_alarm", "SN-FA-009", "normal", "35:10", "X1")
    s.permit("exhibition", "36:00", "42:00", "會展A", "臺中國際會展中心展覽因颱風延後開展", None, issued_at="35:12")
    o = s.call("other", "35:18", "中清南段", "中清路上有一大片鐵皮招牌被吹下來在車道上", "T2", keyed=4)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "35:22", "T2", text="中清路車輛偵測器2 平均車速低於 20 km/h")
    s.police("fallen_object", "35:25", "中清南段", "中清路二段鐵皮招牌掉落車道，已移至路旁，通知業主處理", "T2", sev="Minor")
    s.rule("SN-VD-ZHONGQING-01", "congestion", "35:30", "T1", alt=None, text="中清路車輛偵測器1 平均車速低於 20 km/h")
    s.call("streetlight", "35:40", "生態B", "敦化路路燈白天還亮著", None)
    s.call("blocked_drain", "35:45", "轉運中心", "轉運中心旁邊水溝蓋上面都是樹葉", None)
    s.status("SN-FL-004", "online", "35:50", None)
    s.call("traffic_signal", "36:00", "環中中清", "中清環中路口紅綠燈到現在還在閃", "T1")
    s.call("noise", "36:05", "生態A", "中午有人在鋸樹枝很吵", None)
    s.dev("parking", "SN-PK-001", "full", "36:10", None, text="水湳轉運中心停車場 汽車格位已滿")
    s.dev("signal", "SN-SIG-008", "restored", "36:10", "T1")
    s.police("traffic_signal_fault", "36:15", "環中中清", "交通局更換控制器完成，號誌恢復正常，警力撤離", "T1", sev="Minor", follows=p)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "36:20", None, text="環中路車輛偵測器3 平均車速低於 20 km/h")
    s.write("颱風隔天上午：復電後逢甲水湳校區配電室冒煙起火（119 撲滅）；中清環中路口號誌自前一晚持續閃爍至中午修復；中清路二段鐵皮招牌掉落車道。",
            [("X1", "fire", "逢甲大學水湳校區配電室復電後起火", a),
             ("T1", "traffic", "中清環中路口號誌閃爍異常（持續到中午）", g),
             ("T2", "traffic", "中清路二段鐵皮招牌掉落車道", o)],
            alternative=("中清路車輛偵測器1 在號誌路口南側約120公尺，但壅塞也可能只是午間車流",
                         [("X1", "fire", "逢甲大學水湳校區配電室復電後起火", a),
                          ("T1", "traffic", "中清環中路口號誌閃爍異常", g),
                          ("T2", "traffic", "中清路二段鐵皮招牌掉落車道", o)]),
            notes="會展中心展覽延期的許可是背景；設備恢復上線、白天路燈亮、零星落葉屬例行。")


def s682():
    s = Sit(682, "long_night_zhongqing_underpass_and_cleanup", 682)
    s.rule("C0F9T0", "heavy_rain", "16:00", None, level="大雨", text="西屯測站時雨量達大雨標準")
    s.rule("SN-FL-006", "flood_depth", "16:25", "F1", level="16-30", text="中清環中路口地下道 淹水深度 22 cm")
    f = s.rule("SN-FL-006", "flood_depth", "16:45", "F1", level=">30", text="中清環中路口地下道 淹水深度 35 cm")
    s.dev("cctv", "SN-CCTV-008", "flooding", "16:46", "F1", conf=0.79)
    p = s.police("road_closure", "16:55", "環中中清", "中清環中路口地下道積水封閉，雙向改道", "F1", sev="Severe")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "17:05", "F1", text="環中路車輛偵測器3 平均車速低於 20 km/h")
    s.call("flooding", "17:10", "環中中清", "中清路地下道淹水封起來了，要怎麼去北屯", "F1")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "17:30", None, text="環中路車輛偵測器2 平均車速低於 20 km/h")
    s.police("road_closure", "18:30", "環中中清", "水利局抽水機持續抽水，地下道維持封閉", "F1", sev="Severe", follows=p)
    s.rule("SN-FL-006", "flood_depth", "19:40", "F1", level="16-30", text="中清環中路口地下道 淹水深度 26 cm")
    s.rule("SN-RG-002", "heavy_rain", "20:00", None, level="豪雨", text="水湳轉運中心雨量站三小時累積 118 mm")
    s.call("other", "20:10", "轉運中心", "客運停駛了嗎", None)
    s.rule("SN-FL-006", "flood_depth", "22:10", "F1", level="1-15", text="中清環中路口地下道 淹水深度 12 cm")
    s.call("flooding", "22:20", "環中中清", "中清路地下道水退了沒？可以過了嗎", "F1")
    s.rule("SN-FL-006", "flood_depth", "25:50", "F1", level="16-30", text="中清環中路口地下道 淹水深度 27 cm")
    s.rule("C0F9T0", "heavy_rain", "26:00", None, level="大豪雨", text="西屯測站24小時累積雨量 362 mm")
    s.rule("SN-FL-006", "flood_depth", "26:20", "F1", level=">30", text="中清環中路口地下道 淹水深度 49 cm")
    w = s.call("flooding", "26:40", "環中中科", "環中路中科路口積水很深，機車過不去", "F2", keyed=6)
    s.status("SN-CCTV-008", "offline", "26:50", "F1", alt=None, text="設備離線（主電源中斷）")
    s.status("SN-FL-006", "offline", "27:00", "F1", alt=None, text="設備離線（通訊中斷）")
    s.rule("SN-FL-006", "sensor_offline", "27:10", "F1", alt=None, sev="Minor", text="中清環中路口地下道淹水感測器逾時未回傳")
    s.police("flooding_report", "27:00", "環中中科", "環中路二段中科路口積水約15公分，排水孔阻塞，已清除並警戒", "F2", sev="Minor")
    s.police("road_closure", "27:15", "環中中清", "地下道水深約50公分，感測器與監視器斷線，派員現場看守", "F1", sev="Severe", follows=p)
    s.call("flooding", "27:20", "環中中科", "中科路環中路那邊水退了一點", "F2")
    s.call("noise", "27:30", "生態A", "風聲很大一直有東西在撞", None)
    s.rule("SN-WL-005", "water_level", "28:00", None, level="3", text="旱溪北屯水位 111.15 m")
    s.status("SN-CCTV-008", "online", "29:40", "F1", alt=None)
    s.status("SN-FL-006", "online", "30:05", "F1", alt=None)
    s.rule("SN-FL-006", "cleared", "30:15", "F1", sev="Minor", text="中清環中路口地下道 淹水警戒解除")
    cl = s.permit("road_works", "30:30", "33:00", "環中中清", "中清環中地下道退水後清淤及路面清洗，地下道持續封閉", "F1", issued_at="30:20", alt="C1")
    s.police("road_closure", "31:00", "環中中清", "地下道清淤中，環保局灑水車清洗路面", "F1", sev="Moderate", follows=p, alt="C1")
    s.call("other", "31:20", "環中中清", "地下道都是泥巴，什麼時候開放？上班要繞好遠", "F1", alt="C1")
    s.rule("SN-VD-ZHONGQING-01", "congestion", "31:40", "F1", alt="C1", text="中清路車輛偵測器1 平均車速低於 20 km/h")
    s.rule("SN-VD-HUANZHONG-04", "congestion", "31:45", None, text="環中路車輛偵測器4 平均車速低於 20 km/h")
    s.police("road_closure", "32:40", "環中中清", "地下道清淤完成，恢復雙向通行", "F1", sev="Minor", follows=p, alt="C1")
    s.write("中清環中路口地下道的長夜：傍晚淹水封閉、夜間一度退到12公分、颱風最強時再淹近50公分並使感測器與監視器斷線，清晨退水、隔天上午清淤後開放；凌晨另有環中路中科路口短暫積水。",
            [("F1", "flood", "中清環中路口地下道淹水封閉（16:45 至隔日 08:40，含清淤）", f),
             ("F2", "flood", "環中路二段中科路口排水孔阻塞積水（短暫）", w)],
            alternative=("退水後的清淤與路面清洗由另一批單位在隔天上午處理，也可能另開一張善後單；淹水現場的設備斷線則只是設備維修",
                         [("F1", "flood", "中清環中路口地下道淹水封閉（至退水）", f),
                          ("F2", "flood", "環中路二段中科路口短暫積水", w),
                          ("C1", "infrastructure", "地下道退水後清淤及清洗", cl)]),
            notes="地下道同一件事跨越一整夜：中間水位下降不代表結束（封閉一直沒解除）。")


if __name__ == "__main__":
    s677(); s678(); s679(); s680()
    s681()
    s682()
