"""Situations 851-856 (utilities and infrastructure). Seeded: the output is stable."""
from lib import Sit, S, SENSORS, PLACE, junction, on_road, offset, NOALT


# ====================================================================== 851
def s851():
    s = Sit(851, "water_main_sinkhole_jingmao", "2027-02-17",
            "週三清晨 05:38 經貿路三段（生態住宅A區前）台水 DN600 配水幹管破管：路面湧水、經貿路低窪處淹水感測器"
            "在無雨下升到 36 cm、生態住宅與北屯一帶停水或水壓不足，06:44 湧水處路面坍陷，一名南向機車騎士跌入坑洞受傷，"
            "經貿路三段雙向封閉、車流改道中清路。同一早上環中路中科路口另有一起無人受傷的追撞；"
            "背景有一盞閃爍的路燈、B棟受信總機的電池故障、環中路例行晨峰壅塞與轉運站違停。")
    A, B = "burst_main", "crash_zhongke"
    burst = on_road("jingmao", lat=24.1830)          # 經貿路三段, in front of block A
    hole = on_road("jingmao", lat=24.18285)
    park_w = offset(burst, 160, 265)                # jogger on the park side
    zk = junction("huanzhong", "zhongke")

    c1 = s.c1999("flooding", s.scatter(offset(burst, 70, 185), 10, 30), "05:46:10", "05:49:02",
                 "經貿路三段靠近敦化路這邊，路面一直有水冒出來，像噴泉一樣，水蠻大的，車子經過都濺起來。", A)
    s.flood("SN-FL-008", "05:50:00", 11, A)
    s.c1999("streetlight", offset(burst, 85, 5), "05:52:30", "05:56:40",
            "經貿路三段生態住宅前面有一盞路燈一閃一閃的，桿號 XT-08812，麻煩派人修。", None)
    w1 = s.c1999("water_outage", s.scatter(PLACE["block_a"], 10, 35), "05:55:20", "05:58:05",
                 "我們家突然沒水了，水龍頭打開都沒有水，是停水嗎？", A)
    s.flood("SN-FL-008", "06:00:00", 19, A)
    s.c1999("flooding", s.scatter(park_w, 0, 25), "06:03:40", "06:07:15",
            "我在中央公園跑步，旁邊經貿路淹水了，水好像是從地底下湧出來的，應該是水管破了吧。", A)
    s.flood("SN-FL-008", "06:10:00", 33, A)
    s.c1999("water_outage", s.scatter(PLACE["block_b"], 10, 40), "06:12:10", "06:15:30",
            "敦化路這邊也沒水了，有沒有停水公告？我都沒看到。", A)
    p1 = s.police("flooding_report", "Moderate", burst, "05:58:00", "06:21:40",
                  "經貿路三段（生態住宅A區前）北向車道自來水管線破裂湧水，積水約20公分，已通報台灣自來水公司第四區管理處，現場警示中。", A)
    # the closure follow-up reaches the center before the report it follows
    s.police("road_closure", "Moderate", burst, "06:12:00", "06:19:10",
             "經貿路三段北向車道（敦化路口至經貿七路）封閉，北向車輛改道中清路。", A, follows=p1)
    s.dup(p1, "06:23:05")
    s.c1999("water_outage", s.scatter((120.6655, 24.1838), 0, 60), "06:18:30", "06:22:10",
            "北屯這邊水很小，幾乎沒有水，洗澡洗到一半，是哪裡在施工嗎？", A)
    s.flood("SN-FL-008", "06:20:00", 36, A)
    s.cong("SN-VD-JINGMAO-02", "06:22:00", 18, 41, A)
    s.panel("SN-FA-012", "fault", "06:29:50", "B區集合住宅 受信總機 預備電源電壓不足，請檢查蓄電池。", None)
    s.flood("SN-FL-008", "06:30:00", 34, A)
    s.cong("SN-VD-JINGMAO-02", "06:32:00", 9, 63, A)
    s.c1999("road_damage", s.scatter(hole, 25, 45), "06:40:20", "06:43:30",
            "經貿路那個淹水的地方，路面好像陷下去了，有一個洞越來越大，很危險。", A)
    s.flood("SN-FL-008", "06:40:00", 31, A)
    amb = s.f119("ambulance", hole, "06:46:30", "06:47:20",
                 "經貿路三段 機車騎士騎入路面坍陷坑洞摔車，男性約40歲，右腿疑似骨折，意識清楚，派遣救護車1輛。", A, alt="rider_rescue")
    s.flood("SN-FL-008", "06:50:00", 28, A)
    s.cong("SN-VD-JINGMAO-02", "06:52:00", 6, 71, A)
    col = s.police("road_collapse", "Severe", hole, "06:47:00", "07:08:30",
                   "經貿路三段（生態住宅A區前）路面坍陷約3公尺x2公尺、深約1.5公尺，機車1部跌落，騎士送醫。即起經貿路三段雙向封閉。", A)
    s.f119("ambulance", hole, "07:02:10", "07:03:00",
           "傷者已送中國醫藥大學附設醫院，救護車返隊。", A, follows=amb, alt="rider_rescue")
    s.flood("SN-FL-008", "07:00:00", 26, A)
    pump = s.panel("SN-FA-011", "fault", "07:09:40", "A區集合住宅 受信總機 B1消防幫浦室 積水液位開關動作。", A, alt="pump_room")
    s.cong("SN-VD-ZHONGQING-02", "07:12:00", 21, 44, A)
    s.c1999("other", s.scatter(PLACE["block_a"], 5, 30), "07:15:30", "07:19:10",
            "我們大樓地下室淹水了，管理員說是外面自來水管破掉流進來的，機房都是水。", A, alt="pump_room")
    s.cong("SN-VD-HUANZHONG-02", "07:18:00", 23, 39, None)
    s.police("road_closure", "Moderate", hole, "07:05:00", "07:24:20",
             "經貿路三段雙向封閉（敦化路口至經貿七路），南北向車流改道中清路、凱旋路，請駕駛人提早改道。", A, follows=col)
    s.clear("SN-VD-JINGMAO-02", "07:25:00", "經貿路車輛偵測器2 車速恢復（路段封閉，車流量低）", A)
    s.cong("SN-VD-ZHONGQING-02", "07:22:00", 11, 66, A)
    s.cctv("SN-CCTV-003", "stalled_vehicle", "07:24:10", 0.77,
           "偵測車輛停滯（內側車道）", B, arr="07:27:40")  # camera clock about 3 min slow
    c2 = s.c1999("traffic_accident", s.scatter(zk, 30, 120), "07:28:00", "07:30:20",
                 "環中路中科路口有車禍，兩台車撞在一起，停在內車道。", B)
    s.cong("SN-VD-HUANZHONG-02", "07:38:00", 11, 58, None)
    s.cctv("SN-CCTV-003", "stalled_vehicle", "07:34:30", 0.81, "偵測車輛停滯（內側車道）", B, arr="07:38:05")
    s.cong("SN-VD-ZHONGQING-02", "07:32:00", 19, 47, A)
    s.flood("SN-FL-008", "07:40:00", 22, A)
    s.c1999("illegal_parking", s.scatter(PLACE["hub"], 20, 80), "07:44:00", "07:47:30",
            "轉運站門口臨停一堆車，公車都進不去。", None)
    s.police("accident", "Minor", zk, "07:26:00", "07:51:10",
             "環中路二段與中科路口 自小客車追撞，無人受傷，車輛已移置路旁，雙方和解中。", B)
    s.flood("SN-FL-008", "07:50:00", 12, A)
    s.cong("SN-VD-HUANZHONG-02", "07:58:00", 20, 42, None)
    s.flood("SN-FL-008", "08:00:00", 4, A)
    s.c1999("water_outage", s.scatter(PLACE["block_a"], 10, 35), "08:05:10", "08:08:00",
            "剛剛打過了，還是沒水，到底什麼時候會來水？家裡有老人。", A, follows=w1)
    s.clear("SN-FL-008", "08:10:00", "經貿路低窪處 淹水深度 0 cm，警戒解除", A)
    s.permit("road_works", hole, "07:30", "+1 18:00", "08:12:40",
             "台水第四區管理處 經貿路三段 DN600 配水管破管緊急搶修及坍陷路面回填，經貿路三段雙向封閉。", A)
    s.cong("SN-VD-ZHONGQING-02", "08:22:00", 26, 30, A)
    s.clear("SN-VD-ZHONGQING-02", "08:32:00", "中清路車輛偵測器2 車速恢復", A)
    s.clear("SN-VD-HUANZHONG-02", "08:41:00", "環中路車輛偵測器2 車速恢復", None)
    s.c1999("water_outage", s.scatter(PLACE["block_a"], 10, 35), "09:10:00", "09:10:40",
            "台水回覆：已關閉制水閥進行搶修，生態住宅A、B區及北屯部分地區預計12時前恢復供水。", A, follows=w1)

    s.incident(A, "infrastructure",
               "經貿路三段台水 DN600 配水管破管：湧水淹路（FL-008 無雨達36 cm）、周邊停水與水壓不足、"
               "06:44 路面坍陷及跌落騎士救護、雙向封閉與中清路改道壅塞、搶修許可；A棟地下室幫浦室進水。", c1)
    s.incident(B, "traffic", "環中路二段中科路口自小客車追撞，無人受傷，與破管無關（改道走中清路）。", c2)
    s.alternative(
        "調度讀法：凡另派一組人車的都是一案。坑洞跌落的騎士由119救護另案處理；A棟B1幫浦室進水需消防局確認"
        "消防設備是否堪用、由大樓管委會抽水，也另案。主讀法把兩者都算破管現場的後果（同一現場、同一原因）。",
        [s.same(A), s.same(B),
         ("rider_rescue", "rescue", "經貿路三段坍陷坑洞跌落機車騎士，119救護送醫。", amb),
         ("pump_room", "infrastructure", "生態住宅A區B1消防幫浦室因破管湧水進水，受信總機液位異常。",
          pump)])
    s.notes = "CCTV-003 的時鐘慢約3分鐘（observed 早於事故）。警方封路通報（follows 破管通報）比原通報先到。破管通報重送一次。"
    return s


# ====================================================================== 852
def s852():
    s = Sit(852, "gas_main_strike_zhongke", "2027-04-08",
            "週四上午中科路（逢甲水湳校區前）人行道管線工程，怪手 10:21 挖破中壓天然氣管：119危險物品出勤、疏散周邊200公尺、"
            "中科路封閉、凱旋路改道壅塞，西南風把瓦斯味吹向公園。11:05 另有約540公尺外（側風方向）生態住宅B區住戶忘關瓦斯爐的瓦斯味（另案）；"
            "11:25 凱旋路改道車流中一起汽機車擦撞（另案）。背景：河南路白天亮著的路燈、另一工地噪音、河南路停車場午間滿位、"
            "河南路偵測器斷線又恢復、中國醫藥大學受信總機偵煙器故障。")
    G, G2, T = "gas_leak_zhongke", "stove_block_b", "crash_kaixuan"
    works = on_road("zhongke", lat=24.1815)
    s.permit("road_works", works, "-2 09:00", "+8 17:00", "-7 15:20",
             "中科路（逢甲大學水湳校區前）人行道改善及管線遷移工程，每日09:00-17:00，外側車道縮減。",
             None, alt=G)
    s.status("SN-VD-HENAN-02", "offline", "09:58:20", "設備離線：通訊中斷（comms_lost）", None)
    s.status("SN-VD-HENAN-02", "online", "10:04:50", "設備連線恢復", None)
    h1 = s.f119("hazmat", works, "10:23:40", "10:24:30",
                "中科路逢甲大學水湳校區前 施工怪手挖破瓦斯管，瓦斯大量外洩，有嘶嘶聲，派遣化學車、水箱車及救護車。", G)
    s.c1999("gas_odor", s.scatter(PLACE["fcu"], 60, 140), "10:26:10", "10:29:00",
            "我在逢甲水湳校區，學校這邊突然有很重的瓦斯味，是不是哪裡漏氣？", G)
    s.c1999("gas_odor", s.scatter(offset(works, 260, 45), 0, 40), "10:28:30", "10:31:45",
            "中央公園這邊有瓦斯味，味道滿重的，從學校那邊飄過來。", G)
    pol = s.police("hazmat_report", "Severe", works, "10:27:00", "10:44:20",
                   "中科路逢甲大學水湳校區前，施工挖破天然氣管線外洩，現場管制中，已通知欣林天然氣搶修。", G)
    s.police("road_closure", "Severe", junction("kaixuan", "zhongke"), "10:32:00", "10:41:10",
             "中科路（凱旋路口至河南路）雙向封閉，配合消防局處理瓦斯外洩，車輛改道凱旋路。", G,
             follows=pol)
    s.f119("hazmat", works, "10:35:00", "10:35:50",
           "到達現場，疏散周邊200公尺人員，逢甲水湳校區師生撤離至操場，欣林天然氣搶修中，持續偵測濃度。", G, follows=h1)
    s.panel("SN-FA-009", "alarm", "10:39:30", "逢甲大學水湳校區 受信總機 2F手動報警機動作。", G)
    s.cong("SN-VD-ZHONGKE-01", "10:40:00", 17, 46, G)
    s.c1999("other", s.scatter(PLACE["fcu"], 100, 220), "10:50:20", "10:53:10",
            "我們被疏散出來在外面等，請問什麼時候可以回去上課？", G)
    s.cong("SN-VD-KAIXUAN-02", "10:50:00", 19, 44, G)
    s.cong("SN-VD-ZHONGKE-01", "10:50:00", 12, 55, G)
    s.c1999("noise", s.scatter(on_road("jingmao", lat=24.1885), 20, 80), "10:52:00", "10:56:30",
            "經貿路那邊工地一直敲敲打打，很吵，上班都沒辦法專心。", None)
    s.panel("SN-FA-009", "normal", "10:58:10", "逢甲大學水湳校區 受信總機 復歸。", G)
    s.cong("SN-VD-KAIXUAN-02", "11:00:00", 14, 52, G)
    b1 = s.c1999("gas_odor", s.scatter(PLACE["block_b"], 20, 60), "11:05:30", "11:08:10",
                 "敦化路這邊樓下有瓦斯味，聽說逢甲那邊在漏瓦斯，會飄到這裡來嗎？", G2)
    s.panel("SN-FA-010", "fault", "11:07:40", "中國醫藥大學水湳校區 受信總機 3F偵煙器故障（回路異常）。", None)
    b2 = s.f119("hazmat", PLACE["block_b"], "11:12:20", "11:13:10",
                "生態住宅B區集合住宅 住戶反映瓦斯味，派遣分隊前往檢測。", G2)
    s.cong("SN-VD-ZHONGKE-01", "11:10:00", 14, 51, G)
    s.parking("SN-PK-003", "11:18:00", "河南路停車場 汽車車位已滿", None)
    kx = on_road("kaixuan", lat=24.1865)
    t1 = s.c1999("traffic_accident", s.scatter(kx, 40, 150), "11:26:40", "11:29:00",
                 "凱旋路流行影音中心附近，汽車跟機車擦撞，機車騎士倒在地上。", T)
    t0 = s.f119("ambulance", kx, "11:27:30", "11:28:40",
           "凱旋路（流行影音中心前）汽機車擦撞，機車騎士手肘擦傷，派遣救護車。", T)
    s.f119("hazmat", PLACE["block_b"], "11:31:00", "11:31:40",
           "到達現場檢測，係住戶瓦斯爐開關未關妥，已關閉並開窗通風，無人受傷。", G2, follows=b2)
    s.cong("SN-VD-KAIXUAN-02", "11:30:00", 10, 63, G)
    s.f119("hazmat", works, "11:42:00", "11:42:50",
           "欣林天然氣已關閉上游閥門，外洩止漏，持續偵測中。", G, follows=h1)
    s.police("injury_accident", "Minor", kx, "11:27:00", "11:52:30",
             "凱旋路流行影音中心前，自小客車與機車擦撞，機車騎士輕傷送醫，疑為改道車流變換車道不慎。", T)
    s.c1999("streetlight", s.scatter(on_road("henan", lat=24.168), 10, 50), "12:01:10", "12:04:30",
            "河南路這邊的路燈大白天都亮著，浪費電。", None)
    s.f119("hazmat", works, "12:10:00", "12:10:40",
           "偵測濃度正常，解除疏散，人員返回校區，現場交由欣林天然氣修復。", G, follows=h1)
    s.police("road_closure", "Minor", junction("kaixuan", "zhongke"), "12:15:00", "12:31:20",
             "中科路解除封閉，恢復雙向通行，外側車道仍由瓦斯公司施工佔用。", G, follows=pol)
    s.clear("SN-VD-KAIXUAN-02", "12:30:00", "凱旋路車輛偵測器2 車速恢復", G)
    s.clear("SN-VD-ZHONGKE-01", "12:40:00", "中科路車輛偵測器1 車速恢復", G)

    s.incident(G, "fire", "中科路施工挖破中壓天然氣管外洩：119危險物品、疏散校區、中科路封閉、凱旋路改道壅塞、順風瓦斯味通報。", h1)
    s.incident(G2, "fire", "生態住宅B區住戶瓦斯爐開關未關，119檢測處理；與中科路外洩無關（約540公尺外、側風方向，味道來自屋內）。", b2)
    s.incident(T, "traffic", "凱旋路流行影音中心前汽機車擦撞，騎士輕傷送醫；發生在改道車流中，但另派警力與救護。", t0)
    s.alternative(
        "施工許可：主讀法把事前核准的管線工程許可當背景（它不是外洩的證據，工程照常施作了兩天）；"
        "另一讀法把它歸入外洩案，因為它指出肇事的施工單位與地點，調度時會立刻調出。",
        [s.same(G), s.same(G2), s.same(T)])
    s.notes = "警方封路通報 follows 警方外洩通報（852-POL-002），比它先到。"
    return s


# ====================================================================== 853
def s853():
    s = Sit(853, "power_cut_north_hub", "2027-07-22",
            "週四晚間 19:05 台電饋線跳脫，北側轉運・會展・綠美圖一帶無預警停電約一小時：受信總機改由預備電源、"
            "停車場與車輛偵測器離線、經貿路整排路燈熄滅；經貿路二段與黎明路三段、經貿七路兩個路口號誌全黑，警方派員指揮；"
            "會展中心A棟電梯困3人；19:18 經貿七路口黑燈路口發生汽機車碰撞。環中路中科路口號誌另有一次3分鐘的通訊異常（與停電無關）。"
            "背景：綠美圖廣場街頭藝人噪音、環中路晚峰壅塞、公園停車場偵煙器髒污、河南路一盞路燈不亮。")
    P, D, L, C = "power_cut_hub", "dark_junctions", "lift_conv_a", "crash_jm7"
    j5 = junction("jingmao", "liming")
    j6 = S("SN-SIG-006")
    s.c1999("noise", s.scatter(PLACE["museumbrary"], 30, 90), "18:48:00", "18:51:30",
            "綠美圖前面廣場有人在表演，音響開很大聲，從六點吵到現在。", None)
    s.cong("SN-VD-HUANZHONG-03", "18:50:00", 22, 38, None)
    sg5 = s.signal("SN-SIG-005", "fault", "19:05:12", "經貿路二段/黎明路三段 控制器失電，號誌黑燈。", D, alt=P)
    s.signal("SN-SIG-006", "fault", "19:05:14", "經貿路二段/經貿七路 控制器失電，號誌黑燈。", D, alt=P)
    fa2 = s.panel("SN-FA-002", "fault", "19:05:15", "會展中心A棟 受信總機 主電源停電，改由預備電源供電。", P)
    s.panel("SN-FA-003", "fault", "19:05:16", "會展中心B棟 受信總機 主電源停電，改由預備電源供電。", P)
    s.panel("SN-FA-004", "fault", "19:05:18", "臺中綠美圖 受信總機 主電源停電，改由預備電源供電。", P)
    s.status("SN-PK-006", "offline", "19:05:20", "設備離線：市電中斷（mains_power_lost）", P)
    s.status("SN-PK-002", "offline", "19:05:21", "設備離線：市電中斷（mains_power_lost）", P)
    s.status("SN-VD-JINGMAO-01", "offline", "19:05:22", "設備離線：市電中斷（mains_power_lost）", P)
    s.status("SN-VD-LIMING-01", "offline", "19:05:25", "設備離線：市電中斷（mains_power_lost）", P)
    s.cctv("SN-CCTV-005", "signal_dark", "19:06:40", 0.91, "偵測號誌燈號熄滅", D, alt=P)
    s.cctv("SN-CCTV-006", "signal_dark", "19:06:55", 0.88, "偵測號誌燈號熄滅", D, alt=P)
    c_sl = s.c1999("streetlight", s.scatter(on_road("jingmao", lat=24.1940), 40, 120), "19:08:00", "19:10:20",
                   "經貿路整排路燈都不亮，一片漆黑，旁邊大樓好像也沒電。", P)
    s.c1999("other", s.scatter(PLACE["conv_b"], 50, 150), "19:09:30", "19:12:40",
            "會展中心那邊停電了嗎？整區都黑了，紅綠燈也沒亮。", P)
    lift = s.f119("rescue", PLACE["conv_a"], "19:10:40", "19:11:30",
                  "臺中國際會展中心A棟 停電電梯受困3人，派遣救助隊。", L)
    for sid in ("SN-PK-006", "SN-PK-002"):
        s.offline_alert(sid, "19:09:30" if sid.endswith("6") else "19:09:35", f"{SENSORS[sid]['name']} 逾時未回傳資料（原因：mains_power_lost）", P)
    s.offline_alert("SN-VD-JINGMAO-01", "19:08:30", "經貿路車輛偵測器1 逾時未回傳資料（原因：mains_power_lost）", P)
    s.offline_alert("SN-VD-LIMING-01", "19:08:35", "黎明路車輛偵測器1 逾時未回傳資料（原因：mains_power_lost）", P)
    s.c1999("traffic_signal", s.scatter(j5, 60, 200), "19:13:10", "19:15:00",
            "黎明路跟經貿路口紅綠燈全部黑掉了，車子亂鑽很危險。", D, alt=P)
    acc = s.c1999("traffic_accident", s.scatter(j6, 40, 160), "19:19:20", "19:21:10",
                  "經貿七路口紅綠燈沒亮，剛剛一台車撞到機車，騎士倒在路上。", C)
    s.cctv("SN-CCTV-006", "accident", "19:18:30", 0.72, "偵測疑似事故（路口中央）", C)
    amb = s.f119("ambulance", j6, "19:20:00", "19:21:00", "經貿路二段/經貿七路口 汽機車碰撞，機車騎士左腳受傷，派遣救護車。", C)
    s.signal("SN-SIG-003", "fault", "19:21:05", "中科路/環中路二段 控制器通訊異常。", None, alt=P)
    s.c1999("other", s.scatter(PLACE["hub"], 100, 250), "19:22:30", "19:25:00",
            "經貿路那邊是停電嗎？要停多久，我在轉運站等車，對面全暗。", P)
    s.signal("SN-SIG-003", "restored", "19:24:10", "中科路/環中路二段 恢復正常。", None, alt=P)
    s.f119("rescue", PLACE["conv_a"], "19:27:00", "19:27:50", "到達現場，以電梯鑰匙開啟車廂，受困3人均已救出，無人受傷。", L, follows=lift)
    p5 = s.police("traffic_signal_fault", "Moderate", j5, "19:12:00", "19:30:10",
                  "經貿路二段與黎明路三段口號誌全黑（區域停電），已派員指揮交通。", D, alt=P)
    p6 = s.police("traffic_signal_fault", "Moderate", j6, "19:14:00", "19:33:40",
                  "經貿路二段與經貿七路口號誌全黑，派員指揮交通。", D, alt=P)
    s.dup(p6, "19:34:20")
    s.c1999("streetlight", s.scatter(on_road("henan", lat=24.1655), 10, 40), "19:36:00", "19:39:30",
            "河南路靠近台灣大道這邊有一盞路燈不亮，桿號 XT-03310。", None)
    s.panel("SN-FA-007", "fault", "19:40:10", "中央公園地下停車場 受信總機 B1偵煙器髒污，請清潔。", None)
    s.police("injury_accident", "Moderate", j6, "19:18:00", "19:45:30",
             "經貿路二段與經貿七路口（號誌停電）自小客車與機車碰撞，機車騎士左腳受傷送醫，肇因調查中。", C)
    s.cong("SN-VD-HUANZHONG-03", "19:40:00", 18, 44, None)
    s.c1999("other", s.scatter(PLACE["tower"], 40, 120), "19:50:00", "19:52:30",
            "營運塔旁邊到現在還沒電，電什麼時候會來？", P)
    # power back at 20:02
    s.panel("SN-FA-002", "normal", "20:02:20", "會展中心A棟 受信總機 主電源恢復，復歸。", P)
    s.panel("SN-FA-003", "normal", "20:02:21", "會展中心B棟 受信總機 主電源恢復，復歸。", P)
    s.signal("SN-SIG-005", "restored", "20:02:25", "經貿路二段/黎明路三段 恢復正常。", D, alt=P)
    s.signal("SN-SIG-006", "restored", "20:02:26", "經貿路二段/經貿七路 恢復正常。", D, alt=P)
    s.panel("SN-FA-004", "normal", "20:02:30", "臺中綠美圖 受信總機 主電源恢復，復歸。", P)
    s.status("SN-PK-006", "online", "20:03:10", "設備連線恢復", P)
    s.status("SN-PK-002", "online", "20:03:12", "設備連線恢復", P)
    s.status("SN-VD-JINGMAO-01", "online", "20:03:40", "設備連線恢復", P)
    s.status("SN-VD-LIMING-01", "online", "20:03:55", "設備連線恢復", P)
    s.clear("SN-VD-HUANZHONG-03", "20:10:00", "環中路車輛偵測器3 車速恢復", None)
    s.police("traffic_signal_fault", "Minor", j5, "20:05:00", "20:21:00",
             "經貿路二段黎明路三段口、經貿七路口號誌已恢復，撤除指揮人力。台電告知饋線跳脫，原因調查中。", D, follows=p5, alt=P)

    s.incident(P, "infrastructure", "台電饋線跳脫，北側會展・綠美圖・經貿路一帶無預警停電約一小時：受信總機改用預備電源、停車場與偵測器離線、路燈熄滅、市民詢問。", fa2)
    s.incident(D, "traffic", "停電造成經貿路二段黎明路三段口、經貿七路口號誌黑燈（相距約420公尺），警方派員指揮至復電。", sg5)
    s.incident(L, "rescue", "會展中心A棟停電電梯困3人，119救助隊開門救出。", lift)
    s.incident(C, "traffic", "經貿七路黑燈路口汽機車碰撞，騎士受傷送醫。", amb)
    s.alternative(
        "一案讀法：號誌黑燈是停電的直接後果、同一饋線復電就恢復，有的值班員把黑燈路口併入停電案；"
        "同一讀法也把環中路中科路口3分鐘的通訊異常算進停電（時間相同、700公尺內），事後台電確認該路口不在跳脫饋線上。",
        [s.same(P), s.same(L), s.same(C)])
    s.notes = "經貿七路口的警方號誌通報重送一次。電梯受困與事故都是停電的後果，但各自另派人車，主讀法與另讀法都獨立成案。"
    return s


# ====================================================================== 854
def s854():
    s = Sit(854, "planned_outage_eco_residential", "2027-05-16",
            "週日台電計畫性停電（08:00-16:00，生態住宅區配電線路維護），公告五天前送達：A、B區受信總機主電源停電、經貿路偵測器離線、"
            "住戶詢問與發電機噪音都在預期內。09:30 B區一位使用製氧機的長者呼吸喘，119送醫。11:00 經貿路中平路口號誌控制器故障閃黃"
            "（不在停電饋線上，另案）。15:52 復電後 16:05 B區變壓器再次跳脫，電梯困1人，B區到17:40才由台電發電車恢復供電。")
    O, S_, R, L = "oxygen_patient", "signal_jm_zp", "restore_fail_b", "lift_block_b"
    W = "outage_watch"
    pe = s.permit("road_works", on_road("jingmao", lat=24.1830), "08:00", "16:00", "-5 10:30",
                  "台電計畫性停電：生態住宅區（經貿路三段、敦化路一段）配電線路維護，停電時間08:00-16:00。", None, alt=W)
    s.panel("SN-FA-011", "fault", "08:00:40", "A區集合住宅 受信總機 主電源停電，改由預備電源供電。", None, alt=W)
    s.panel("SN-FA-012", "fault", "08:00:42", "B區集合住宅 受信總機 主電源停電，改由預備電源供電。", None, alt=W)
    s.status("SN-VD-JINGMAO-02", "offline", "08:00:45", "設備離線：市電中斷（mains_power_lost）", None, alt=W)
    s.offline_alert("SN-VD-JINGMAO-02", "08:04:00", "經貿路車輛偵測器2 逾時未回傳資料（原因：mains_power_lost）", None, alt=W)
    s.c1999("other", s.scatter(PLACE["block_a"], 10, 50), "08:09:30", "08:12:10",
            "怎麼突然停電，都沒有通知，我們大樓也沒有貼公告。", None, alt=W)
    s.c1999("other", s.scatter(PLACE["block_b"], 10, 50), "08:21:00", "08:24:00",
            "請問敦化路這邊停電要停到幾點？", None, alt=W)
    o1 = s.f119("ambulance", PLACE["block_b"], "09:31:20", "09:32:10",
                "生態住宅B區集合住宅7樓，長者使用居家製氧機，停電後呼吸很喘，家屬請求送醫，派遣救護車。", O)
    s.f119("ambulance", PLACE["block_b"], "09:52:00", "09:52:40", "患者已送中國醫藥大學附設醫院，生命徵象穩定。", O, follows=o1)
    s.c1999("noise", s.scatter(on_road("jingmao", lat=24.1845), 10, 60), "10:40:00", "10:43:20",
            "經貿路一樓店家在門口開發電機，很吵又有廢氣。", None)
    sig = s.signal("SN-SIG-011", "fault", "11:00:30", "經貿路/中平路 控制器故障，黃燈閃爍。", S_)
    s.status("SN-CCTV-011", "offline", "11:03:20", "設備離線：通訊中斷（comms_lost）", None)
    s.status("SN-CCTV-011", "online", "11:05:45", "設備連線恢復", None)
    s.c1999("traffic_signal", s.scatter(S("SN-SIG-011"), 60, 220), "11:08:10", "11:10:30",
            "中平路經貿路口紅綠燈一直閃黃燈，是不是也停電了？", S_)
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-011"), "11:20:00", "11:44:50",
             "經貿路與中平路口號誌閃黃，派員指揮交通，已通報交通局維修廠商。台電表示該路口非停電範圍。", S_)
    s.cong("SN-VD-ZHONGPING-02", "11:30:00", 22, 36, S_)
    s.cong("SN-VD-ZHONGPING-02", "11:50:00", 18, 42, S_)
    s.c1999("traffic_signal", s.scatter(S("SN-SIG-011"), 100, 300), "11:55:00", "11:57:40",
            "經貿路中平路口紅綠燈還在閃，剛剛差點撞到，到底有沒有人要來修？", S_)
    s.c1999("streetlight", s.scatter(on_road("zhongping", lon=120.6575), 10, 50), "11:47:00", "11:50:10",
            "中平路有一盞路燈白天一直亮著。", None)
    s.clear("SN-VD-ZHONGPING-02", "12:20:00", "中平路車輛偵測器2 車速恢復", S_)
    s.signal("SN-SIG-011", "restored", "12:41:00", "經貿路/中平路 恢復正常（更換控制器電源模組）。", S_)
    s.c1999("illegal_parking", s.scatter(PLACE["henan_carpark"], 20, 80), "14:05:00", "14:08:30",
            "河南路停車場出口有車並排停車，擋住出口。", None)
    s.panel("SN-FA-011", "normal", "15:52:10", "A區集合住宅 受信總機 主電源恢復，復歸。", None, alt=W)
    s.panel("SN-FA-012", "normal", "15:52:12", "B區集合住宅 受信總機 主電源恢復，復歸。", None, alt=W)
    s.status("SN-VD-JINGMAO-02", "online", "15:52:30", "設備連線恢復", None, alt=W)
    rf = s.panel("SN-FA-012", "fault", "16:05:05", "B區集合住宅 受信總機 主電源停電，改由預備電源供電。", R)
    l1 = s.f119("rescue", PLACE["block_b"], "16:07:30", "16:08:20", "生態住宅B區 電梯停電困1人，派遣救助隊。", L)
    c1 = s.c1999("other", s.scatter(PLACE["block_b"], 10, 40), "16:09:40", "16:12:30",
                 "剛剛來電不到十分鐘又停電了！B棟整棟都沒電，A棟有電。", R)
    s.c1999("other", s.scatter(PLACE["block_b"], 10, 40), "16:25:00", "16:27:40",
            "說好四點來電，B棟到現在還是沒電，冰箱東西都要壞了。", R, follows=c1)
    s.f119("rescue", PLACE["block_b"], "16:24:00", "16:24:50", "受困者已救出，無受傷。", L, follows=l1)
    s.panel("SN-FA-012", "fault", "16:58:00", "B區集合住宅 受信總機 預備電源電壓不足。", R)
    s.c1999("other", s.scatter(PLACE["block_b"], 30, 120), "17:05:30", "17:08:00",
            "敦化路這邊電到底什麼時候會來？樓梯間緊急照明也快沒電了。", R)
    s.panel("SN-FA-012", "normal", "17:40:20", "B區集合住宅 受信總機 主電源恢復，復歸。", R)

    s.incident(O, "rescue", "計畫性停電中，B區使用製氧機的長者呼吸喘，119送醫。", o1)
    s.incident(S_, "traffic", "經貿路中平路口號誌控制器電源模組故障閃黃，警方指揮，與停電無關（不同饋線）。", sig)
    s.incident(R, "infrastructure", "計畫停電結束復電後，B區變壓器16:05再次跳脫，B區停電至17:40台電發電車供電；非計畫內。", rf)
    s.incident(L, "rescue", "B區16:05再次斷電時電梯困1人，119救出。", l1)
    s.alternative(
        "計畫停電另開一案：有的值班員把公告過的停電當一個基礎設施『監看案』，把公告、預期中的受信總機停電訊號、"
        "偵測器離線與住戶詢問都歸它；主讀法把它們當背景（公告已知、無需派遣，該回覆的由1999回覆）。復電失敗兩種讀法都另案。",
        [s.same(O), s.same(S_), s.same(R), s.same(L),
         (W, "infrastructure", "台電公告之計畫性停電（08:00-16:00）期間的預期訊號與詢問。", pe)])
    return s


# ====================================================================== 855
def s855():
    s = Sit(855, "park_gateway_down_in_rain", "2027-06-03",
            "週四午後梅雨鋒面，大雨。14:52 中央公園感測器通訊閘道器故障，五座滯洪池淹水感測器、南北滯洪池水位計與公園雨量站"
            "同時斷訊近三小時（維護案）。同時河南路低窪處積水達35 cm，機車熄火、慢車道封閉、河南路車流回堵（淹水案）；"
            "15:50 起遊客通報滯洪池滿到步道、經貿路區域排水到三級警戒，水利局派員現場目視（公園淹水監看案）。"
            "17:30 閘道器修復後補傳斷訊期間資料。背景：雨量警報、經貿路水溝阻塞、公園路燈白天亮、中科路偵測器斷線閃爍。")
    G, F1, F2 = "gateway_down", "flood_henan", "park_ponds"
    for sid, t, txt in (("C0F9T0", "14:20:00", "西屯站 時雨量 42.5 mm，達大雨標準"),
                        ("SN-RG-001", "14:30:00", "中央公園雨量站 時雨量 45.0 mm，達大雨標準"),
                        ("SN-RG-002", "14:40:00", "水湳轉運中心雨量站 時雨量 41.0 mm，達大雨標準")):
        s.rain(sid, t, "大雨", txt, None)
    s.c1999("blocked_drain", s.scatter(S("SN-FL-008"), 30, 100), "14:38:00", "14:41:20",
            "經貿路這邊水溝蓋被落葉堵住了，水排不下去。", None)
    s.flood("SN-FL-007", "14:50:00", 9, F1)
    s.status("SN-VD-ZHONGKE-01", "offline", "14:55:10", "設備離線：通訊中斷（comms_lost）", None, alt=G)
    s.status("SN-VD-ZHONGKE-01", "online", "14:58:40", "設備連線恢復", None, alt=G)
    s.rain("C0F9T0", "15:00:00", "大雨", "西屯站 時雨量 51.0 mm，達大雨標準", None)
    f17 = s.flood("SN-FL-007", "15:00:00", 17, F1)
    off = {}
    for i, sid in enumerate(("SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005",
                             "SN-WL-001", "SN-WL-002", "SN-RG-001")):
        t = f"15:1{2 + i // 4}:{(i * 13) % 60:02d}"
        off[sid] = s.offline_alert(sid, t, f"{SENSORS[sid]['name']} 逾時20分鐘未回傳資料", G)
    s.flood("SN-FL-007", "15:10:00", 24, F1)
    f1c = s.c1999("flooding", s.scatter(PLACE["henan_carpark"], 20, 60), "15:14:40", "15:17:30",
                  "河南路停車場前面淹水了，水快到機車排氣管，有機車熄火推不動。", F1)
    s.flood("SN-FL-007", "15:20:00", 31, F1)
    s.status("SN-VD-ZHONGKE-01", "offline", "15:21:30", "設備離線：通訊中斷（comms_lost）", None, alt=G)
    s.status("SN-VD-ZHONGKE-01", "online", "15:24:05", "設備連線恢復", None, alt=G)
    s.flood("SN-FL-007", "15:30:00", 35, F1)
    s.cctv("SN-CCTV-010", "stalled_vehicle", "15:34:20", 0.66, "偵測車輛停滯（慢車道）", F1,
           at=offset(S("SN-CCTV-010"), 90, 40))
    s.cong("SN-VD-HENAN-02", "15:40:00", 19, 45, F1)
    pol = s.police("flooding_report", "Moderate", S("SN-FL-007"), "15:25:00", "16:02:10",
                   "河南路近河南路停車場低窪處積水約30公分，機車2部熄火，已協助推離，請水利局派抽水機。", F1)
    s.police("road_closure", "Moderate", S("SN-FL-007"), "15:40:00", "15:58:20",
             "河南路（河南路停車場前）慢車道積水封閉，汽車請行駛內側車道。", F1, follows=pol)
    s.flood("SN-FL-007", "15:40:00", 34, F1)
    p1 = s.c1999("flooding", s.scatter(S("SN-FL-002"), 20, 80), "15:50:30", "15:53:40",
                 "中央公園滯洪池的水已經滿到步道了，步道都淹掉，有人還在走。", F2)
    s.cong("SN-VD-HENAN-02", "15:50:00", 11, 61, F1)
    s.flood("SN-FL-007", "15:50:00", 33, F1)
    s.flood("SN-FL-007", "16:00:00", 29, F1)
    s.c1999("flooding", s.scatter(S("SN-FL-004"), 20, 90), "16:05:00", "16:08:10",
            "公園步道淹水，小朋友在玩水很危險，滯洪池那邊要不要圍起來？", F2)
    s.cong("SN-VD-HENAN-02", "16:00:00", 16, 52, F1)
    s.flood("SN-FL-007", "16:10:00", 24, F1)
    s.c1999("other", s.scatter(S("SN-FL-003"), 40, 150), "16:12:00", "16:15:00",
            "公園的路燈白天一直亮著，下雨天也不用這樣吧。", None)
    s.flood("SN-FL-007", "16:20:00", 19, F1)
    s.wlevel("SN-WL-003", "16:30:00", 1.46, F2)
    s.flood("SN-FL-007", "16:30:00", 14, F1)
    s.cong("SN-VD-HENAN-02", "16:20:00", 27, 33, F1)
    s.wlevel("SN-WL-003", "16:40:00", 1.52, F2)
    s.clear("SN-VD-HENAN-02", "16:35:00", "河南路車輛偵測器2 車速恢復", F1)
    s.flood("SN-FL-007", "16:40:00", 8, F1)
    s.police("road_closure", "Minor", S("SN-FL-007"), "16:45:00", "17:04:30",
             "河南路慢車道積水已退，解除封閉。", F1, follows=pol)
    s.wlevel("SN-WL-003", "16:50:00", 1.44, F2)
    s.flood("SN-FL-007", "16:50:00", 3, F1)
    s.clear("SN-FL-007", "17:00:00", "河南路低窪處 淹水深度 0 cm，警戒解除", F1)
    s.clear("SN-WL-003", "17:20:00", "水湳區域排水經貿路水位 1.31 m，低於三級警戒，解除", F2)
    # gateway repaired 17:30: back-filled data arrive late, then the offline alerts clear
    s.flood("SN-FL-002", "15:50:00", 21, F2, arr="17:31:20")
    s.flood("SN-FL-002", "16:30:00", 26, F2, arr="17:31:22")
    s.flood("SN-FL-004", "16:00:00", 14, F2, arr="17:31:25")
    s.wlevel("SN-WL-001", "16:20:00", 2.08, F2, arr="17:31:40")
    for i, sid in enumerate(off):
        s.clear(sid, f"17:3{2 + i // 3}:{(i * 17) % 60:02d}", f"{SENSORS[sid]['name']} 恢復回傳資料", G)
    s.flood("SN-FL-002", "17:40:00", 12, F2)
    s.clear("SN-FL-002", "18:10:00", "中央公園滯洪池2 淹水深度 0 cm，警戒解除", F2)
    s.incident(G, "infrastructure", "中央公園感測器通訊閘道器14:52故障，滯洪池淹水感測器5座、水位計2座、雨量站1座斷訊至17:30，廠商更換電源模組後補傳資料。", off["SN-FL-003"])
    s.incident(F1, "flood", "河南路停車場前低窪處積水最深35 cm，機車熄火、慢車道封閉、河南路車流回堵。", f17)
    s.incident(F2, "flood", "公園滯洪池滿到步道、經貿路區域排水三級警戒；感測器斷訊時由水利局現場目視，補傳資料證實滯洪池2達26 cm。", p1)
    s.alternative(
        "中科路車輛偵測器1在閘道器故障前後兩度斷線又恢復，位置離滯洪池約250公尺；另一讀法把它算成同一通訊故障。"
        "主讀法不算：它走交通局自己的4G回傳，不經公園閘道器，每次三分鐘就恢復，是常見的設備閃斷。",
        [s.same(G), s.same(F1), s.same(F2)])
    s.notes = "警方封路通報（follows 淹水通報）比原通報先到。閘道器修復後補傳的滯洪池與水位資料 observed 在斷訊期間、arrival 在17:31。雨量警報無人派遣，算背景。"
    return s


# ====================================================================== 856
def s856():
    s = Sit(856, "signal_plan_push_huanzhong", "2027-09-14",
            "週二早上07:00 環中路號誌群組切換時制計畫，維修廠商前一晚推送的時制檔錯誤，凱旋路口與中科路口兩座控制器同時進入全閃黃，"
            "晨峰車流回堵到一公里外；07:35 中科路口發生無人受傷的追撞；07:58、08:04 廠商遠端重置恢復。同時段臺灣大道環中路口號誌"
            "因控制器電源故障黑燈（與時制推送無關，另案）。背景：中清路口左轉秒數陳情、經貿路口攝影機斷線閃斷、環中路東段例行晨峰、"
            "違停與白天亮燈的路燈。")
    SG, C, TB = "flash_huanzhong", "crash_zhongke", "dark_taiwan_blvd"
    j2, j3 = S("SN-SIG-002"), S("SN-SIG-003")
    s.cong("SN-VD-HUANZHONG-03", "06:55:00", 24, 36, None)
    f2 = s.signal("SN-SIG-002", "fault", "07:00:40", "凱旋路/環中路二段 時制異常，全黃燈閃爍。", SG, alt="flash_kaixuan")
    f3 = s.signal("SN-SIG-003", "fault", "07:00:55", "中科路/環中路二段 時制異常，全黃燈閃爍。", SG, alt="flash_zhongke")
    s.c1999("traffic_signal", s.scatter(j2, 100, 250), "07:05:10", "07:07:30",
            "環中路凱旋路口紅綠燈一直閃黃燈，上班時間大家都不知道要不要停。", SG, alt="flash_kaixuan")
    s.c1999("traffic_signal", s.scatter(j3, 50, 180), "07:09:00", "07:11:10",
            "中科路口號誌怪怪的，秒數不對，一直閃黃燈。", SG, alt="flash_zhongke")
    s.cong("SN-VD-HUANZHONG-02", "07:12:00", 10, 66, SG, alt="flash_kaixuan")
    s.cong("SN-VD-KAIXUAN-01", "07:15:00", 16, 49, SG, alt="flash_kaixuan")
    s.status("SN-CCTV-004", "offline", "07:19:30", "設備離線：通訊中斷（comms_lost）", None)
    s.cong("SN-VD-HUANZHONG-01", "07:25:00", 21, 43, SG, alt="flash_kaixuan")
    s.status("SN-CCTV-004", "online", "07:25:50", "設備連線恢復", None)
    s.cong("SN-VD-HUANZHONG-03", "07:25:00", 17, 47, None)
    s.cong("SN-VD-HUANZHONG-02", "07:22:00", 8, 74, SG, alt="flash_kaixuan")
    tb = s.signal("SN-SIG-009", "fault", "07:30:10", "臺灣大道/環中路 控制器電源異常，號誌黑燈。", TB)
    s.cctv("SN-CCTV-009", "signal_dark", "07:31:00", 0.86, "偵測號誌燈號熄滅", TB)
    cacc = s.cctv("SN-CCTV-003", "accident", "07:35:20", 0.74, "偵測疑似事故（路口內）", C, alt="flash_zhongke")
    s.c1999("traffic_signal", s.scatter(S("SN-SIG-009"), 80, 300), "07:36:00", "07:38:40",
            "台灣大道環中路口紅綠燈不亮了，整個黑掉。", TB)
    s.cctv("SN-CCTV-003", "stalled_vehicle", "07:38:10", 0.81, "偵測車輛停滯（路口內）", C, alt="flash_zhongke")
    p2 = s.police("traffic_signal_fault", "Moderate", j2, "07:18:00", "07:40:20",
                  "環中路二段與凱旋路口號誌閃黃，派員指揮交通，已通知交通局。", SG, alt="flash_kaixuan")
    p3 = s.police("traffic_signal_fault", "Moderate", j3, "07:22:00", "07:41:30",
                  "環中路二段與中科路口號誌閃黃，派員指揮交通。", SG, alt="flash_zhongke")
    s.cong("SN-VD-HUANZHONG-01", "07:35:00", 14, 55, SG, alt="flash_kaixuan")
    s.cong("SN-VD-HUANZHONG-02", "07:42:00", 9, 70, SG, alt="flash_kaixuan")
    s.c1999("illegal_parking", s.scatter(PLACE["jm6_carpark"], 20, 70), "07:44:00", "07:47:00",
            "經貿六停車場旁邊紅線一直有車停，車道被擋住。", None)
    s.cong("SN-VD-HUANZHONG-03", "07:45:00", 15, 50, None)
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-009"), "07:40:00", "07:55:00",
             "臺灣大道與環中路口號誌黑燈，派員指揮交通，通報廠商。", TB)
    s.signal("SN-SIG-003", "restored", "07:58:20", "中科路/環中路二段 恢復正常（遠端重置時制）。", SG, alt="flash_zhongke")
    s.police("accident", "Minor", j3, "07:36:00", "08:02:40",
             "環中路二段與中科路口（號誌閃黃）自小客車與廂型車碰撞，無人受傷，由路口指揮員警處理，車輛已移置。", C, alt="flash_zhongke")
    s.signal("SN-SIG-002", "restored", "08:04:10", "凱旋路/環中路二段 恢復正常（遠端重置時制）。", SG, alt="flash_kaixuan")
    s.cong("SN-VD-HUANZHONG-02", "08:05:00", 17, 50, SG, alt="flash_kaixuan")
    s.c1999("traffic_signal", s.scatter(S("SN-SIG-008"), 50, 200), "08:15:00", "08:18:20",
            "中清路環中路口左轉秒數太短，每次都只能過幾台，請交通局調整秒數。", None)
    s.police("traffic_signal_fault", "Minor", j2, "08:12:00", "08:24:30",
             "環中路凱旋路口、中科路口號誌恢復，撤除指揮警力。廠商說明為前晚推送時制檔錯誤。", SG, follows=p2, alt="flash_kaixuan")
    s.clear("SN-VD-HUANZHONG-03", "08:25:00", "環中路車輛偵測器3 車速恢復", None)
    s.clear("SN-VD-KAIXUAN-01", "08:28:00", "凱旋路車輛偵測器1 車速恢復", SG, alt="flash_kaixuan")
    s.clear("SN-VD-HUANZHONG-01", "08:35:00", "環中路車輛偵測器1 車速恢復", SG, alt="flash_kaixuan")
    s.clear("SN-VD-HUANZHONG-02", "08:46:00", "環中路車輛偵測器2 車速恢復", SG, alt="flash_kaixuan")
    s.c1999("streetlight", s.scatter(on_road("liming", lat=24.1930), 10, 60), "08:50:00", "08:53:00",
            "黎明路這邊路燈早上九點還亮著。", None)
    s.signal("SN-SIG-009", "restored", "09:08:00", "臺灣大道/環中路 恢復正常（更換電源供應器）。", TB)
    s.incident(SG, "traffic", "環中路號誌群組時制檔錯誤，凱旋路口與中科路口控制器同時全閃黃約一小時，同一廠商遠端重置；晨峰回堵到環中路偵測器1。", f2)
    s.incident(C, "traffic", "中科路口閃黃期間自小客車與廂型車碰撞，無人受傷。", cacc)
    s.incident(TB, "traffic", "臺灣大道環中路口控制器電源故障黑燈，與時制推送無關（不在群組內、症狀不同）。", tb)
    s.alternative(
        "逐路口讀法：警方以路口為單位派員，凱旋路口與中科路口各是一案；中科路口的碰撞由正在指揮的員警當場處理，併入該路口案。"
        "主讀法以原因與維修單位為準：同一時制檔、同一廠商、同一次重置，是一案；碰撞另派處理事故，另案。",
        [("flash_kaixuan", "traffic", "環中路凱旋路口號誌閃黃與其回堵。", f2),
         ("flash_zhongke", "traffic", "環中路中科路口號誌閃黃，含路口內碰撞。", f3),
         s.same(TB)])
    return s


if __name__ == "__main__":
    for fn in (s851, s852, s853, s854, s855, s856):
        sit = fn()
        path, n = sit.write()
        print(f"{path}: {n} lines")
