"""Situations 671-676: typhoon 梅姬 afternoon to the small hours (2016-09-27/28, local times in the code)."""
from lib import Sit


def s671():
    s = Sit(671, "typhoon_afternoon_drain_and_tree", 671)
    s.rule("C0F9T0", "heavy_rain", "14:00", None, level="大雨", text="西屯測站時雨量達大雨標準")
    s.call("other", "14:03", "生態A", "請問明天台中有沒有放颱風假？", None)
    s.rule("SN-RG-001", "heavy_rain", "14:10", None, level="大雨", text="中央公園雨量站時雨量 42 mm")
    s.call("streetlight", "14:12", "河南停車場", "河南路停車場旁邊有一盞路燈白天一直亮著", None)
    s.rule("SN-RG-002", "heavy_rain", "14:20", None, level="大雨", text="水湳轉運中心雨量站時雨量 45 mm")
    d1 = s.call("blocked_drain", "14:25", "經貿低窪", "經貿路三段靠近生態住宅這邊水溝蓋都被落葉塞住，雨水排不下去，路邊開始積水", "F1", keyed=9)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "14:30", None, text="環中路車輛偵測器2 平均車速低於 20 km/h")
    s.rule("SN-FL-003", "flood_depth", "14:35", None, level="1-15", text="滯洪池3 水深 8 cm")
    s.rule("SN-FL-008", "flood_depth", "14:40", "F1", level="1-15", text="經貿路低窪處 淹水深度 9 cm")
    s.call("flooding", "14:44", "經貿低窪", "經貿路這邊積水到腳踝了，機車騎過去水花很大", "F1")
    s.status("SN-RG-003", "offline", "14:50", None, text="設備離線（通訊中斷）")
    s.call("illegal_parking", "14:52", "生態B", "有人把車停在騎樓擋住出入口", None)
    f = s.rule("SN-FL-008", "flood_depth", "15:00", "F1", level="16-30", text="經貿路低窪處 淹水深度 21 cm")
    s.dup(f, 95)
    s.status("SN-RG-003", "online", "14:58", None)
    p = s.police("flooding_report", "15:05", "經貿低窪", "經貿路三段低窪處積水約20公分，有機車熄火，現場警戒並通報水利局", "F1")
    s.call("flooding", "15:06", "公園南停車場", "中央公園裡面滯洪池都是水，是不是淹水了？", None)
    t1 = s.call("fallen_tree", "15:10", "中科南段", "中科路流行影音中心前面路樹倒了，擋住一個車道", "T1", keyed=6)
    s.rule("SN-RG-001", "heavy_rain", "15:10", None, level="大雨", text="中央公園雨量站時雨量 51 mm")
    tp = s.police("fallen_object", "15:18", "中科南段", "中科路一段流行影音中心前路樹倒塌占用外側車道，已設警示並請建設局派員處理", "T1")
    s.call("fallen_tree", "15:21", "流行影音", "流行影音中心那邊有一棵大樹倒在路上", "T1")
    s.rule("SN-VD-ZHONGKE-01", "congestion", "15:25", "T1", text="中科路車輛偵測器1 平均車速低於 20 km/h")
    s.dev("parking", "SN-PK-001", "full", "15:30", None, text="水湳轉運中心停車場 汽車格位已滿")
    s.call("blocked_drain", "15:31", "經貿低窪", "剛剛打過了，經貿路水溝還是塞住，水越積越多", "F1")
    s.police("flooding_report", "15:35", "經貿低窪", "水利局人員到場清除水溝蓋落葉，積水逐漸消退", "F1", sev="Minor", follows=p)
    s.call("fallen_tree", "15:40", "中科南段", "中科路倒樹還沒有人來處理嗎？", "T1")
    s.rule("SN-VD-HUANZHONG-04", "congestion", "15:42", None, text="環中路車輛偵測器4 平均車速低於 20 km/h")
    s.call("noise", "15:45", "生態A", "樓上裝修電鑽聲音很大", None)
    s.rule("SN-FL-008", "flood_depth", "15:50", "F1", level="1-15", text="經貿路低窪處 淹水深度 12 cm")
    s.police("fallen_object", "15:55", "中科南段", "倒樹已由建設局鋸除移至路邊，車道恢復通行", "T1", sev="Minor", follows=tp)
    s.rule("SN-RG-002", "heavy_rain", "15:50", None, level="大雨", text="水湳轉運中心雨量站時雨量 48 mm")
    s.write("颱風外圍環流的午後：大雨特報，經貿路三段低窪處水溝被落葉塞住而積水，中科路流行影音中心前一棵路樹倒塌占一車道。",
            [("F1", "flood", "經貿路三段低窪處積水（水溝阻塞）：清溝、警戒", f),
             ("T1", "traffic", "中科路流行影音中心前路樹倒塌占用外側車道：鋸樹、警示", tp)],
            notes="水溝阻塞與積水同一地點、同一班清溝人員處理，算同一件；滯洪池有水是設計上的蓄洪，不派工。")


def s672():
    s = Sit(672, "typhoon_rush_hour_two_underpasses", 672)
    s.rule("C0F9T0", "heavy_rain", "16:05", None, level="豪雨", text="西屯測站三小時累積雨量達豪雨標準")
    s.rule("SN-RG-002", "heavy_rain", "16:10", None, level="大雨", text="水湳轉運中心雨量站時雨量 47 mm")
    s.call("other", "16:08", "轉運中心", "客運還有沒有開？轉運站可以等車嗎", None)
    s.rule("SN-FL-006", "flood_depth", "16:20", "F1", level="16-30", text="中清環中路口地下道 淹水深度 18 cm")
    s.rule("SN-RG-002", "heavy_rain", "16:30", None, level="豪雨", text="水湳轉運中心雨量站三小時累積 104 mm")
    c = s.dev("cctv", "SN-CCTV-008", "flooding", "16:35", "F1", conf=0.82, text="地下道路面積水")
    s.call("flooding", "16:38", "環中中清", "中清路往環中路那個地下道淹水了，有一台車卡在裡面", "F1", keyed=4)
    f = s.rule("SN-FL-006", "flood_depth", "16:40", "F1", level=">30", text="中清環中路口地下道 淹水深度 38 cm")
    s.dup(f, 140)
    r = s.fire119("rescue", "16:45", "環中中清", "中清環中地下道自小客車受困積水，駕駛1人受困車內，派遣第三大隊", "F1")
    s.police("road_closure", "16:50", "環中中清", "中清環中路口地下道積水封閉，雙向改道平面道路", "F1", sev="Severe")
    s.status("SN-CCTV-003", "offline", "16:50", None, text="設備離線（通訊中斷）")
    s.rule("SN-VD-ZHONGQING-01", "congestion", "16:55", "F1", text="中清路車輛偵測器1 平均車速低於 20 km/h")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "17:00", "F1", text="環中路車輛偵測器3 平均車速低於 20 km/h")
    s.rule("SN-FL-010", "flood_depth", "17:00", "F2", level="1-15", text="臺灣大道環中路口地下道 淹水深度 11 cm")
    s.status("SN-CCTV-003", "online", "17:05", None)
    s.fire119("rescue", "17:05", "環中中清", "受困駕駛已救出，無人受傷，車輛待拖吊", "F1", follows=r)
    s.call("flooding", "17:10", "環中經貿", "環中路那個地下道過不去，前面警察在擋", "F1")
    s.call("streetlight", "17:12", "生態A", "經貿路三段有一盞路燈一閃一閃", None)
    s.dev("cctv", "SN-CCTV-009", "flooding", "17:15", "F2", conf=0.71, text="地下道路面積水")
    s.rule("SN-FL-010", "flood_depth", "17:20", "F2", level="16-30", text="臺灣大道環中路口地下道 淹水深度 24 cm")
    s.dev("parking", "SN-PK-001", "full", "17:20", None, text="水湳轉運中心停車場 汽車格位已滿")
    p2 = s.police("flooding_report", "17:30", "環中臺灣大道", "臺灣大道環中路口地下道積水約25公分，車輛減速，派員警戒", "F2")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "17:30", None, text="環中路車輛偵測器1 平均車速低於 20 km/h")
    s.call("flooding", "17:35", "環中臺灣大道", "台灣大道跟環中路那個地下道積水，小客車快過不去了", "F2")
    s.rule("SN-VD-KAIXUAN-01", "congestion", "17:40", None, text="凱旋路車輛偵測器1 平均車速低於 20 km/h")
    s.police("road_closure", "17:45", "環中臺灣大道", "臺灣大道環中路口地下道封閉，改行平面", "F2", sev="Severe", follows=p2)
    s.call("flooding", "17:48", "環中中清", "中清路地下道是不是封起來了？要怎麼繞", "F1")
    s.call("other", "17:50", "生態B", "請問明天要不要上班", None)
    s.rule("SN-FL-006", "flood_depth", "17:50", "F1", level=">30", text="中清環中路口地下道 淹水深度 44 cm")
    s.rule("SN-FL-010", "flood_depth", "17:55", "F2", level="16-30", text="臺灣大道環中路口地下道 淹水深度 27 cm")
    s.write("下班尖峰：環中路上兩處地下道同時積水，中清環中地下道有車受困（119 救出），臺灣大道環中地下道約3公里外亦封閉。",
            [("F1", "flood", "中清環中路口地下道淹水、車輛受困、封閉改道", f),
             ("F2", "flood", "臺灣大道環中路口地下道積水封閉", p2)],
            notes="同一條環中路，但兩個地下道相距約3公里、各自封閉與抽水，是兩件。環中路車輛偵測器1 位於兩者之間、都不在封閉處，視為背景壅塞。")


def s673():
    s = Sit(673, "typhoon_evening_power_cut_north", 673)
    s.rule("SN-RG-002", "heavy_rain", "18:05", None, level="豪雨", text="水湳轉運中心雨量站三小時累積 121 mm")
    s1 = s.dev("signal", "SN-SIG-004", "fault", "18:21", "T1", text="號誌黑燈")
    s.dev("signal", "SN-SIG-005", "fault", "18:21", "T1", text="號誌黑燈")
    s.dev("signal", "SN-SIG-006", "fault", "18:22", "T1", text="號誌黑燈", skew=-420)
    s.dev("fire_alarm", "SN-FA-003", "fault", "18:21", None, text="主電源停電，切換預備電源")
    s.dev("fire_alarm", "SN-FA-002", "fault", "18:21", None, text="主電源停電，切換預備電源")
    s.dev("fire_alarm", "SN-FA-005", "fault", "18:21", None, text="主電源停電，切換預備電源", alt="R1")
    s.status("SN-CCTV-006", "offline", "18:22", None, text="設備離線（主電源中斷）")
    s.status("SN-PK-006", "offline", "18:22", None, text="設備離線（主電源中斷）")
    s.dev("cctv", "SN-CCTV-005", "signal_dark", "18:23", "T1", conf=0.9)
    s.dev("cctv", "SN-CCTV-004", "signal_dark", "18:24", "T1", conf=0.86)
    s.call("traffic_signal", "18:28", "經貿黎明", "經貿路黎明路口紅綠燈全部不亮，車子亂鑽很危險", "T1", keyed=5)
    p = s.police("traffic_signal_fault", "18:35", "經貿黎明", "經貿路二段黎明路口號誌停電熄滅，派員手勢指揮", "T1", sev="Severe")
    s.call("streetlight", "18:38", "經貿七路", "經貿路整條路燈都不亮，一片漆黑", "T1", alt=None)
    r = s.fire119("rescue", "18:40", "營運塔", "臺灣智慧營運塔停電電梯受困2人，派遣救助隊", "R1")
    s.rule("SN-VD-JINGMAO-01", "congestion", "18:45", "T1", text="經貿路車輛偵測器1 平均車速低於 20 km/h")
    s.call("other", "18:46", "營運塔", "我們這邊整區停電，台電電話打不通，什麼時候會來電", None)
    s.rule("SN-VD-LIMING-01", "congestion", "18:50", "T1", alt=None, text="黎明路車輛偵測器1 平均車速低於 20 km/h")
    s.police("traffic_signal_fault", "18:50", "經貿七路", "經貿七路口、環中路口號誌亦熄滅，已加派警力，並請台電優先搶修", "T1", sev="Severe", follows=p)
    s.fire119("rescue", "18:55", "營運塔", "救助隊到場，以手動方式降梯中", "R1", follows=r)
    s.call("traffic_signal", "18:58", "環中經貿", "環中路經貿路口紅綠燈壞了", "T1")
    a = s.police("accident", "19:05", "經貿七路", "號誌熄滅路口兩部自小客車擦撞，無人受傷，當事人自行和解處理中", "T2", sev="Minor", alt="T1")
    s.fire119("rescue", "19:10", "營運塔", "電梯受困2人均已救出，無人受傷，返隊", "R1", follows=r)
    s.call("traffic_accident", "19:12", "經貿七路", "經貿七路口有兩台車撞到，停在路中間", "T2", alt="T1")
    s.call("noise", "19:15", "生態A", "隔壁用發電機很吵", None)
    s.rule("SN-RG-002", "heavy_rain", "19:20", None, level="豪雨", text="水湳轉運中心雨量站三小時累積 133 mm")
    s.call("traffic_signal", "19:25", "經貿黎明", "黎明路經貿路口紅綠燈還是不亮，有警察在指揮", "T1")
    s.dev("signal", "SN-SIG-004", "restored", "19:40", "T1")
    s.dev("signal", "SN-SIG-005", "restored", "19:41", "T1")
    s.dev("signal", "SN-SIG-006", "restored", "19:41", "T1", skew=-420)
    s.status("SN-CCTV-006", "online", "19:41", None)
    s.status("SN-PK-006", "online", "19:42", None)
    s.dev("fire_alarm", "SN-FA-003", "normal", "19:42", None)
    s.dev("fire_alarm", "SN-FA-002", "normal", "19:42", None)
    s.dev("fire_alarm", "SN-FA-005", "normal", "19:43", None, alt="R1")
    s.police("traffic_signal_fault", "19:50", "經貿黎明", "台電復電，經貿路各路口號誌恢復，警力撤離", "T1", sev="Minor", follows=p)
    s.write("傍晚北側園區停電：經貿路二段三個路口號誌黑燈、路燈全暗，智慧營運塔電梯受困2人，黑燈路口發生一起擦撞。",
            [("T1", "traffic", "停電號誌黑燈（經貿路二段/環中路、黎明路、經貿七路三路口）：警力指揮、請台電搶修", s1),
             ("R1", "rescue", "臺灣智慧營運塔停電電梯受困2人", r),
             ("T2", "traffic", "經貿七路口號誌熄滅時兩車擦撞（無人受傷）", a)],
            alternative=("黑燈路口已有警力在場，擦撞可視為同一停電路口勤務的一部分；營運塔火警總機的停電故障可視為電梯受困事件的佐證",
                         [("T1", "traffic", "停電號誌黑燈與其路口擦撞", s1),
                          ("R1", "rescue", "臺灣智慧營運塔停電電梯受困2人", r)]),
            notes="SN-SIG-006 控制器時鐘慢約7分鐘。同一饋線停電的三個黑燈路口是一件（同一批警力與台電搶修）；火警總機主電源故障由各棟管理單位自理，列背景。")


def s674():
    s = Sit(674, "typhoon_night_trees_on_kaixuan", 674)
    s.rule("C0F9T0", "heavy_rain", "20:00", None, level="豪雨", text="西屯測站三小時累積雨量達豪雨標準")
    s.rule("SN-RG-001", "heavy_rain", "20:10", None, level="豪雨", text="中央公園雨量站三小時累積 112 mm")
    g = s.dev("signal", "SN-SIG-007", "fault", "20:15", "T1", text="閃爍異常")
    s.dev("cctv", "SN-CCTV-007", "fallen_object", "20:16", "T1", conf=0.77)
    s.call("fallen_tree", "20:20", "黎明凱旋", "黎明路凱旋路口大樹倒下來壓到紅綠燈", "T1", keyed=5)
    p = s.police("fallen_object", "20:28", "黎明凱旋", "黎明路三段凱旋路口路樹倒塌壓損號誌桿，封閉內側車道，通報建設局及交通局", "T1", sev="Severe")
    s.call("streetlight", "20:30", "生態B", "敦化路有一盞路燈不亮", None)
    s.call("fallen_tree", "20:31", "環中凱旋", "凱旋路靠近環中路那邊有樹倒在路口", "T1")
    s.rule("SN-VD-KAIXUAN-01", "congestion", "20:35", "T1", text="凱旋路車輛偵測器1 平均車速低於 20 km/h")
    s.status("SN-VD-KAIXUAN-02", "offline", "20:40", None, text="設備離線（通訊中斷）")
    s.status("SN-VD-KAIXUAN-02", "online", "20:46", None)
    c2 = s.call("fallen_tree", "20:50", "凱旋中段", "凱旋路流行影音中心北邊一點，路樹倒在馬路上，一台轎車被壓到", "T2", keyed=4)
    s.call("fallen_tree", "20:53", "凱旋中段", "凱旋路有樹倒，壓到車子，不知道裡面有沒有人", "T2", keyed=6)
    r = s.fire119("rescue", "20:55", "凱旋中段", "凱旋路一段路樹倒塌壓到自小客車，確認車內有無人員受困", "T2")
    s.call("other", "20:58", "生態A", "颱風夜鄰居在打麻將很吵", None)
    s.fire119("rescue", "21:05", "凱旋中段", "到場確認車內無人，無人受困，交由建設局處理倒樹", "T2", follows=r)
    s.police("road_closure", "21:08", "凱旋中段", "凱旋路一段(黎明路以南)路樹倒壓車，南向車道封閉", "T2", sev="Severe")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "21:10", "T2", alt=None, text="凱旋路車輛偵測器2 平均車速低於 20 km/h")
    s.call("fallen_tree", "21:15", "黎明凱旋", "凱旋路黎明路口樹倒了，紅綠燈都歪了", "T1")
    s.call("fallen_tree", "21:17", "生態B", "敦化路人行道上有樹枝掉下來", None)
    s.rule("SN-RG-001", "heavy_rain", "21:10", None, level="豪雨", text="中央公園雨量站三小時累積 128 mm")
    s.dev("cctv", "SN-CCTV-007", "fallen_object", "21:20", "T1", conf=0.81)
    s.dev("parking", "SN-PK-004", "full", "21:25", None, text="中央公園地下停車場(北) 汽車格位已滿")
    s.police("fallen_object", "21:40", "黎明凱旋", "建設局到場鋸樹，號誌桿待交通局明日更換，路口以閃光號誌運作並派員警戒", "T1", sev="Moderate", follows=p)
    s.call("traffic_signal", "21:42", "黎明凱旋", "黎明路凱旋路口紅綠燈一直閃", "T1")
    s.police("road_closure", "21:50", "凱旋中段", "凱旋路一段倒樹已移除，被壓車輛拖離，南向車道恢復通行", "T2", sev="Minor")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "21:30", None, text="環中路車輛偵測器2 平均車速低於 20 km/h")
    s.call("noise", "21:55", "營運塔", "外面鐵捲門被風吹一直砰砰響", None)
    s.write("颱風夜凱旋路兩棵路樹倒塌：黎明路口一棵壓損號誌桿；約600公尺南方另一棵壓到停放中的轎車（119 確認無人受困）。",
            [("T1", "traffic", "黎明路凱旋路口路樹倒塌壓損號誌（號誌閃爍異常）", g),
             ("T2", "traffic", "凱旋路一段路樹倒塌壓車、南向封閉", c2)],
            alternative=("同一條凱旋路、同一組建設局鋸樹人員沿路處理，調度上可能開成一件",
                         [("T1", "traffic", "凱旋路兩處倒樹（含號誌桿與壓車）", g)]), alt_relabel={"T2": "T1"},
            notes="兩處相距約600公尺、需要的單位不同（號誌維修 vs 119 確認受困），主讀法分兩件。")


def s675():
    s = Sit(675, "typhoon_late_evening_ponds_and_basements", 675)
    s.rule("SN-RG-001", "heavy_rain", "22:00", None, level="豪雨", text="中央公園雨量站三小時累積 131 mm")
    s.rule("SN-FL-001", "flood_depth", "22:05", None, level="16-30", alt="F1", text="滯洪池1 水深 24 cm")
    s.rule("SN-WL-001", "water_level", "22:15", None, level="3", alt="F1", text="中央公園北滯洪池水位 2.12 m")
    s.rule("SN-FL-002", "flood_depth", "22:20", None, level=">30", text="滯洪池2 水深 35 cm")
    s.rule("SN-FL-001", "flood_depth", "22:30", None, level=">30", alt="F1", text="滯洪池1 水深 41 cm")
    s.call("flooding", "22:33", "公園北停車場", "中央公園整個變成一片湖了", None, alt="F1")
    c = s.call("flooding", "22:40", "公園北停車場", "中央公園地下停車場入口的水一直灌進去，車道都是水", "F1", keyed=4)
    s.dev("fire_alarm", "SN-FA-007", "fault", "22:45", "F1", text="B2 消防泵浦室積水，設備故障")
    w = s.rule("SN-WL-001", "water_level", "22:50", "F1", level="2", text="中央公園北滯洪池水位 2.56 m")
    s.dup(w, 200)
    p = s.police("flooding_report", "22:55", "公園北停車場", "中央公園地下停車場(北)出入口積水，協助管理單位架設擋水板並封閉入口", "F1", sev="Severe")
    s.call("other", "22:57", "生態A", "明天是不是放颱風假", None)
    s.rule("SN-WL-003", "water_level", "23:00", "F2", level="3", alt=None, text="水湳區域排水經貿路水位 1.45 m")
    s.call("noise", "23:02", "生態B", "樓上一直在拖東西很吵", None)
    s.rule("SN-WL-002", "water_level", "23:10", None, level="3", text="中央公園南滯洪池水位 2.04 m")
    s.rule("SN-FL-003", "flood_depth", "23:12", None, level="16-30", text="滯洪池3 水深 22 cm")
    f2 = s.call("flooding", "23:18", "生態B", "敦化路一段我們社區地下室在進水，住戶都下去搬車", "F2", keyed=5)
    s.dev("fire_alarm", "SN-FA-012", "fault", "23:22", "F2", text="地下室排水泵浦故障")
    s.call("flooding", "23:25", "生態B", "生態住宅B區地下停車場淹水，快點派人來抽水", "F2")
    s.police("flooding_report", "23:35", "生態B", "敦化路一段集合住宅地下室積水約30公分，已通報水利局調派抽水機", "F2", sev="Moderate")
    s.status("SN-FL-004", "offline", "23:30", None, text="設備離線（通訊中斷）")
    s.rule("SN-FL-004", "sensor_offline", "23:40", None, sev="Minor", text="滯洪池4 淹水感測器逾時未回傳")
    s.police("flooding_report", "23:40", "公園北停車場", "停車場入口擋水板架設完成，管理單位以抽水機抽水中", "F1", sev="Moderate", follows=p)
    s.rule("SN-WL-001", "water_level", "23:45", "F1", level="2", text="中央公園北滯洪池水位 2.61 m")
    s.fire119("rescue", "23:48", "生態B", "集合住宅地下室積水，協助抽水並確認無人受困", "F2")
    s.call("flooding", "23:50", "公園北停車場", "地下停車場還有我的車，可以進去開出來嗎", "F1")
    s.rule("SN-FL-002", "flood_depth", "23:55", None, level=">30", text="滯洪池2 水深 48 cm")
    s.rule("SN-RG-001", "heavy_rain", "23:55", None, level="豪雨", text="中央公園雨量站三小時累積 126 mm")
    s.write("深夜滯洪池蓄洪：北滯洪池水位達二級警戒，旁邊中央公園地下停車場(北)入口進水；敦化路一段生態住宅B區地下室進水。",
            [("F1", "flood", "中央公園地下停車場(北)入口進水，北滯洪池水位二級警戒", c),
             ("F2", "flood", "生態住宅B區地下室進水、泵浦故障", f2)],
            alternative=("北滯洪池蓄洪過程（一、三級前的讀值與『公園變成湖』）可視為停車場進水事件的前兆而併入 F1；區域排水三級警戒可視為單純監看（背景）",
                         [("F1", "flood", "北滯洪池蓄洪至二級警戒及停車場入口進水", c),
                          ("F2", "flood", "生態住宅B區地下室進水", f2)]),
            notes="滯洪池進水是設計上的蓄洪；只有在水位逼近溢流或水跑到停車場等地方才需要派工。")


def s676():
    s = Sit(676, "typhoon_small_hours_trapped_car_and_sinkhole", 676)
    s.rule("C0F9T0", "heavy_rain", "24:00", None, level="豪雨", text="西屯測站24小時累積雨量 236 mm")
    s.rule("SN-FL-007", "flood_depth", "24:10", "F1", level="16-30", text="河南路低窪處 淹水深度 26 cm")
    s.call("other", "24:12", "生態A", "水龍頭的水很黃，是不是停水", None)
    f = s.rule("SN-FL-007", "flood_depth", "24:25", "F1", level=">30", text="河南路低窪處 淹水深度 47 cm")
    c = s.call("flooding", "24:28", "河南停車場", "河南路停車場旁邊淹得很深，有一台車熄火在水裡，裡面好像有人", "F1", keyed=3)
    s.dev("cctv", "SN-CCTV-010", "flooding", "24:30", "F1", conf=0.68)
    r = s.fire119("rescue", "24:32", "河南低窪", "河南路低窪處自小客車受困水中，1人受困，派遣救助隊及橡皮艇", "F1")
    s.dup(r, 60)
    s.call("flooding", "24:34", "河南中平", "河南路跟中平路那邊有車子被水困住", "F1", keyed=7)
    s.status("SN-PK-003", "offline", "24:35", None, text="設備離線（通訊中斷）", alt="F1")
    s.police("road_closure", "24:40", "河南低窪", "河南路(中平路至中央公園)段積水封閉", "F1", sev="Severe")
    s.fire119("rescue", "24:50", "河南低窪", "受困民眾1名已救出，意識清楚，送醫觀察", "F1", follows=r)
    s.fire119("ambulance", "24:52", "河南低窪", "救出民眾失溫，送中國醫藥大學附設醫院", "F1")
    s.status("SN-FL-005", "offline", "25:00", None, text="設備離線（通訊中斷）")
    s.rule("SN-FL-007", "flood_depth", "25:05", "F1", level=">30", text="河南路低窪處 淹水深度 52 cm")
    s.call("noise", "25:06", "生態B", "隔壁在吵架很大聲", None)
    d = s.call("road_damage", "25:10", "經貿中平", "經貿路中平路口附近路面塌陷一個大洞，機車差點掉進去", "I1", keyed=6)
    p = s.police("road_collapse", "25:20", "經貿中平", "經貿路三段近中平路口路面坍陷約2公尺見方，已圍警示並封閉外側車道，通報建設局", "I1", sev="Severe")
    s.dev("cctv", "SN-CCTV-011", "fallen_object", "25:22", "I1", conf=0.6)
    s.call("road_damage", "25:35", "中國醫水湳", "中國醫藥大學水湳校區門口那邊路破一個洞", "I1")
    s.rule("SN-RG-001", "heavy_rain", "25:30", None, level="豪雨", text="中央公園雨量站三小時累積 118 mm")
    s.status("SN-FL-005", "online", "25:40", None)
    s.call("flooding", "25:42", "河南停車場", "河南路淹水還沒退，我家門口的車會不會泡水", "F1")
    s.police("road_collapse", "25:45", "經貿中平", "建設局到場，坍陷處鋪鋼板暫時處置，明早開挖修復", "I1", sev="Moderate", follows=p)
    s.rule("SN-FL-008", "flood_depth", "25:48", None, level="1-15", text="經貿路低窪處 淹水深度 6 cm")
    s.call("other", "25:50", "生態A", "家裡電視都沒有訊號", None)
    s.rule("SN-FL-007", "flood_depth", "25:55", "F1", level="16-30", text="河南路低窪處 淹水深度 28 cm")
    s.write("凌晨河南路低窪處積水近50公分，一部自小客車熄火受困（119 救出送醫）；經貿路中平路口附近路面坍陷。",
            [("F1", "flood", "河南路低窪處淹水、車輛受困救援與封路", f),
             ("I1", "infrastructure", "經貿路三段近中平路口路面坍陷", d)],
            alternative=("河南路停車場感測器離線可能是淹水所致，視為 F1 佐證",
                         [("F1", "flood", "河南路低窪處淹水、車輛受困救援與封路", f),
                          ("I1", "infrastructure", "經貿路三段近中平路口路面坍陷", d)]),
            notes="經貿路低窪處 6 cm 只是零星積水，不派工，列背景。")


if __name__ == "__main__":
    for fn in (s671, s672, s673, s674, s675, s676):
        fn()
