"""Situations 857-862 (utilities and infrastructure). Seeded: the output is stable."""
from lib import Sit, S, SENSORS, PLACE, junction, on_road, offset, NOALT


# ====================================================================== 857
def s857():
    s = Sit(857, "crane_topples_jingmao", "2027-03-09",
            "週二下午東北季風強風，14:30 會展中心二期工地移動式起重機翻覆，吊臂橫跨經貿路二段（經貿七路口北側），"
            "壓到一部自小客車（駕駛受困）、砸傷一名工人、撞壞經貿七路口號誌燈頭與一支路燈；經貿路二段封閉到20:10，號誌21:30修復。"
            "14:47 同一陣強風把中清路工地鷹架帆布吹落佔用車道（另案）。背景：稍早同一工地的打樁噪音陳情、營運塔受信總機回路斷線、"
            "轉運中心停車場滿位、公園樹枝被風吹斷。")
    K, N = "crane_collapse", "scaffold_net_zhongqing"
    boom = on_road("jingmao", lat=24.1929)
    site = (120.6580, 24.1932)
    s.c1999("noise", s.scatter(site, 60, 180), "13:48:00", "13:51:40",
            "會展中心二期工地一直在打樁，很吵，中午也不休息。", None)
    s.parking("SN-PK-001", "13:56:00", "水湳轉運中心停車場 汽車車位已滿", None)
    s.panel("SN-FA-005", "fault", "14:10:20", "臺灣智慧營運塔 受信總機 第3回路斷線。", None)
    sig = s.signal("SN-SIG-006", "fault", "14:31:05", "經貿路二段/經貿七路 燈頭受損，訊號異常。", K, alt="signal_jm7")
    s.cctv("SN-CCTV-006", "fallen_object", "14:31:20", 0.93, "偵測道路掉落物（大型物體橫跨車道）", K, at=boom)
    s.cctv("SN-CCTV-006", "stalled_vehicle", "14:31:40", 0.80, "偵測車輛停滯（北向內側車道）", K, at=offset(boom, 15, 0))
    r1 = s.f119("rescue", boom, "14:32:30", "14:33:20",
                "經貿路二段（經貿七路口北側）工地移動式起重機翻覆，吊臂壓到自小客車，駕駛受困車內，派遣救助隊、救護車。", K)
    s.c1999("other", s.scatter(boom, 100, 200), "14:33:10", "14:35:40",
            "經貿路有吊車倒下來了！壓到一台車子，快派人來！", K)
    s.c1999("traffic_accident", s.scatter(PLACE["museumbrary"], 20, 60), "14:34:30", "14:37:00",
            "綠美圖旁邊馬路吊車倒在路上，好像有人受傷，車子都停下來了。", K)
    a2 = s.f119("ambulance", site, "14:36:00", "14:36:50",
                "會展中心二期工地 作業人員1名遭吊掛物砸傷頭部，意識模糊，派遣救護車。", K)
    s.cong("SN-VD-JINGMAO-01", "14:45:00", 17, 48, K)
    s.cctv("SN-CCTV-006", "fallen_object", "14:46:20", 0.91, "偵測道路掉落物（大型物體橫跨車道）", K, at=boom)
    n1 = s.c1999("other", s.scatter(on_road("zhongqing", lat=24.1858), 40, 120), "14:47:20", "14:50:10",
                 "中清路工地鷹架的帆布被風吹下來，整片蓋在路上，擋住一個車道。", N)
    pk = s.police("fallen_object", "Severe", boom, "14:36:00", "14:58:10",
                  "經貿路二段近經貿七路口，工地移動式起重機傾倒，吊臂橫跨雙向車道，自小客車1部遭壓，駕駛受困，消防救助中。", K)
    s.police("road_closure", "Severe", junction("jingmao", "liming"), "14:44:00", "14:52:30",
             "經貿路二段（黎明路三段口至經貿七路口）雙向封閉，車輛改道黎明路、中科路。", K, follows=pk)
    s.cong("SN-VD-JINGMAO-01", "14:55:00", 9, 66, K)
    s.cong("SN-VD-LIMING-01", "15:00:00", 20, 45, K)
    s.f119("rescue", boom, "15:05:00", "15:05:40", "受困駕駛已救出，右手骨折、意識清楚，送中國醫藥大學附設醫院。", K, follows=r1)
    pn = s.police("fallen_object", "Moderate", on_road("zhongqing", lat=24.1858), "14:52:00", "15:08:40",
             "中清路（近北屯路段）建築工地鷹架防塵帆布遭強風吹落，佔用外側車道，已通知工地清除。", N)
    s.f119("ambulance", site, "15:10:00", "15:10:40", "受傷工人已送醫。", K, follows=a2)
    s.cong("SN-VD-ZHONGQING-02", "15:12:00", 22, 40, N)
    s.cong("SN-VD-JINGMAO-01", "15:15:00", 14, 57, K)
    s.c1999("公園路樹", s.scatter(S("SN-FL-002"), 30, 120), "15:25:00", "15:28:10",
            "中央公園裡面樹枝被風吹斷，掉在步道上，還好沒砸到人，請派人清。", None)
    s.cong("SN-VD-LIMING-01", "15:20:00", 16, 51, K)
    s.police("fallen_object", "Minor", on_road("zhongqing", lat=24.1858), "15:35:00", "15:49:20",
             "中清路帆布已由工地人員移除，恢復通行。", N, follows=pn)
    s.clear("SN-VD-ZHONGQING-02", "15:42:00", "中清路車輛偵測器2 車速恢復", N)
    s.police("road_closure", "Severe", boom, "16:30:00", "16:44:50",
             "經貿路二段持續封閉，吊車移除作業預計20時完成，請用路人改道。", K, follows=pk)
    s.permit("road_works", boom, "16:30", "21:00", "16:55:30",
             "會展中心二期工地 翻覆起重機吊離及路面清理，經貿路二段（黎明路三段口至經貿七路口）封閉。", K)
    s.cong("SN-VD-JINGMAO-01", "17:30:00", 8, 71, K)
    s.c1999("other", s.scatter(junction("jingmao", "liming"), 50, 200), "17:45:00", "17:47:30",
            "經貿路怎麼封起來了？要去轉運站要繞到哪裡？", K)
    s.cong("SN-VD-LIMING-01", "17:50:00", 13, 56, K)
    s.cong("SN-VD-HUANZHONG-03", "17:40:00", 19, 43, None)
    s.clear("SN-VD-HUANZHONG-03", "18:35:00", "環中路車輛偵測器3 車速恢復", None)
    s.police("road_closure", "Minor", junction("jingmao", "liming"), "20:10:00", "20:26:00",
             "經貿路二段吊車已移除，恢復雙向通行，經貿七路口號誌仍待修復，由員警指揮。", K, follows=pk)
    s.clear("SN-VD-JINGMAO-01", "20:20:00", "經貿路車輛偵測器1 車速恢復", K)
    s.clear("SN-VD-LIMING-01", "20:24:00", "黎明路車輛偵測器1 車速恢復", K)
    s.c1999("streetlight", s.scatter(boom, 20, 60), "20:40:00", "20:43:10",
            "經貿路吊車倒的那邊，有一支路燈被撞歪了，燈也不亮。", K)
    s.signal("SN-SIG-006", "restored", "21:30:20", "經貿路二段/經貿七路 恢復正常（燈頭更換完成）。", K, alt="signal_jm7")
    s.incident(K, "rescue", "會展中心二期工地移動式起重機翻覆橫跨經貿路二段：駕駛受困救出、工人受傷送醫、雙向封閉與改道壅塞、吊離作業，以及被撞壞的號誌燈頭與路燈。", r1)
    s.incident(N, "traffic", "中清路工地鷹架帆布被強風吹落佔用車道，工地自行移除；與吊車翻覆同一陣風，不同工地、不同處理單位。", n1)
    s.alternative(
        "號誌修復另案：經貿七路口號誌燈頭由交通局廠商在道路恢復通行後修到21:30，有的值班員把它另開一個號誌維修案；"
        "主讀法把它算吊車現場的損害（同一撞擊、同一封閉範圍內）。",
        [s.same(K), s.same(N),
         ("signal_jm7", "traffic", "經貿七路口號誌燈頭遭吊臂撞壞，廠商修復。", sig)])
    s.notes = "封路通報（follows 吊車通報）比原通報先到。攝影機回報的是吊臂與受壓車輛的位置。"
    return s


# ====================================================================== 858
def s858():
    s = Sit(858, "night_works_overrun_huanzhong", "2027-10-19",
            "週二夜間環中路二段（中科路口至經貿路口）刨除加鋪工程（許可22:00-05:00）。23:41 刨除機挖斷交通局號誌通訊光纜，"
            "中科路口、經貿路口的號誌與攝影機離線到04:10（號誌以本機時制照常運轉）。工程逾時，刨除機到07:50才撤離，"
            "晨峰回堵到凱旋路口。07:20 轉運站出口一部市公車故障擋住右轉車道（另案）。背景：半夜施工噪音、中科路口一盞路燈不亮、"
            "轉運中心受信總機偵煙器故障、轉運中心停車場滿位、環中路東段例行晨峰。")
    X, W, B = "fiber_cut", "works_overrun", "bus_breakdown"
    mid = junction("jingmao", "zhongke")
    zk, jm = junction("huanzhong", "zhongke"), junction("huanzhong", "jingmao")
    pe = s.permit("road_works", mid, "22:00", "+1 05:00", "-7 14:10",
                  "環中路二段（中科路口至經貿路口）路面刨除加鋪，22:00至翌日05:00封閉內側二車道。", W)
    outs = []
    for i, sid in enumerate(("SN-SIG-003", "SN-CCTV-003", "SN-SIG-004", "SN-CCTV-004")):
        st = s.status(sid, "offline", f"23:41:{10 + i * 7:02d}", "設備離線：通訊中斷（comms_lost）", X, alt=W)
        outs.append(st)
        s.offline_alert(sid, f"23:41:{30 + i * 7:02d}", f"{SENSORS[sid]['name']} 離線（原因：comms_lost）", X, alt=W)
    s.c1999("streetlight", s.scatter(zk, 20, 70), "23:55:00", "23:58:20",
            "環中路中科路口有一盞路燈不亮，桿號 XT-11207。", None)
    s.police("other", "Minor", mid, "23:50:00", "+1 00:21:30",
             "環中路二段施工單位刨除作業挖斷路側交通局號誌通訊光纖，已通知交通局，號誌運作正常。", X, alt=W)
    s.c1999("noise", s.scatter(offset(mid, 260, 190), 0, 40), "+1 00:31:00", "+1 00:34:30",
            "半夜在刨路面，很吵，睡不著，可以不要晚上施工嗎？", None)
    for i, sid in enumerate(("SN-SIG-003", "SN-CCTV-003", "SN-SIG-004", "SN-CCTV-004")):
        s.status(sid, "online", f"+1 04:08:{5 + i * 11:02d}", "設備連線恢復", X, alt=W)
        s.clear(sid, f"+1 04:08:{20 + i * 9:02d}", f"{SENSORS[sid]['name']} 連線恢復，警戒解除", X, alt=W)
    w1 = s.c1999("other", s.scatter(mid, 50, 200), "+1 05:40:00", "+1 05:43:10",
                 "環中路施工到現在都還沒收，機器還在路中間，車道只剩一線。", W)
    s.panel("SN-FA-001", "fault", "+1 06:10:40", "水湳轉運中心 受信總機 2F偵煙器故障。", None)
    s.cong("SN-VD-HUANZHONG-02", "+1 06:50:00", 19, 44, W)
    s.cctv("SN-CCTV-003", "stalled_vehicle", "+1 06:58:30", 0.62, "偵測車輛停滯（內側車道，工程機具）", W,
           at=offset(zk, 110, 70))
    s.cong("SN-VD-HUANZHONG-02", "+1 07:00:00", 11, 63, W)
    s.cong("SN-VD-JINGMAO-01", "+1 07:05:00", 21, 43, W)
    s.c1999("other", s.scatter(zk, 150, 350), "+1 07:08:00", "+1 07:10:40",
            "環中路在施工塞爆了，不是說五點就結束嗎？為什麼還在刨？", W)
    s.cong("SN-VD-HUANZHONG-02", "+1 07:10:00", 8, 72, W)
    bus_at = on_road("jingmao", lat=24.1979)
    s.cctv("SN-CCTV-004", "stalled_vehicle", "+1 07:22:10", 0.88, "偵測車輛停滯（大型車，右轉車道）", B, at=bus_at)
    b1 = s.c1999("other", s.scatter(PLACE["hub"], 40, 120), "+1 07:24:30", "+1 07:27:00",
                 "轉運站出口有一台公車拋錨，卡在出口右轉的地方，後面公車都出不來。", B)
    s.cong("SN-VD-HUANZHONG-03", "+1 07:25:00", 18, 46, None)
    s.cong("SN-VD-HUANZHONG-02", "+1 07:30:00", 9, 70, W)
    pw = s.police("road_closure", "Moderate", mid, "+1 07:15:00", "+1 07:35:20",
                  "環中路二段中科路口至經貿路口施工逾時，刨除機仍佔用內側二車道，已要求廠商立即撤離，並依規告發。", W)
    s.parking("SN-PK-001", "+1 07:45:00", "水湳轉運中心停車場 汽車車位已滿", None)
    pb = s.police("stalled_vehicle", "Minor", bus_at, "+1 07:28:00", "+1 07:49:10",
                  "經貿路二段環中路口（轉運中心出口）市公車故障停於右轉車道，已通知客運業者拖離。", B)
    s.cong("SN-VD-HUANZHONG-02", "+1 07:50:00", 18, 47, W)
    s.police("road_closure", "Minor", mid, "+1 07:50:00", "+1 08:05:30",
             "環中路二段施工機具已撤離，恢復通行。", W, follows=pw)
    s.police("stalled_vehicle", "Minor", bus_at, "+1 08:02:00", "+1 08:14:40", "故障公車已拖離，出口恢復通行。", B, follows=pb)
    s.clear("SN-VD-JINGMAO-01", "+1 08:10:00", "經貿路車輛偵測器1 車速恢復", W)
    s.clear("SN-VD-HUANZHONG-02", "+1 08:22:00", "環中路車輛偵測器2 車速恢復", W)
    s.clear("SN-VD-HUANZHONG-03", "+1 08:30:00", "環中路車輛偵測器3 車速恢復", None)
    s.incident(X, "infrastructure", "刨除作業挖斷交通局號誌通訊光纜：中科路口、經貿路口號誌與攝影機離線23:41-04:10，由光纖廠商熔接修復。", outs[2])
    s.incident(W, "traffic", "環中路二段夜間刨鋪逾時近三小時，刨除機佔用內側二車道，晨峰回堵到凱旋路口；許可即此工程。", w1)
    s.incident(B, "traffic", "轉運中心出口市公車故障擋住右轉車道，業者拖離；位於施工路段東端以南約60公尺，但另行處理（拖吊）。", b1)
    s.alternative(
        "工程一案讀法：光纜是同一廠商、同一許可的施工挖斷的，有的值班員把整夜的環中路工程（光纜、逾時）記成一案；"
        "主讀法分開：光纜由交通局的光纖廠商在夜裡修好（不同單位、不同時段），逾時是隔天早上警方處理的交通事件。",
        [s.same(W), s.same(B)])
    s.notes = "攝影機回報工程機具與公車的位置（所見位置，非攝影機位置）。"
    return s


# ====================================================================== 859
def s859():
    s = Sit(859, "gas_leak_block_a_concert_night", "2027-11-27",
            "週六晚間流行影音中心演唱會（19:30-22:30，約8,000人，散場交通管制）：停車場滿位、進場與散場壅塞、散場人潮。"
            "20:10 生態住宅A區B1瓦斯管線外洩，瓦斯漏氣檢知器動作，119疏散約180戶到中央公園，經貿路三段封閉到21:40。"
            "21:50 演唱會內一名觀眾昏倒送醫（另案）。20:55 水資源回收中心附近的『瓦斯味』事後查明是回收中心除臭設備異常。"
            "背景：演唱會噪音陳情、凱旋路紅線違停、會展B棟受信總機故障。")
    E, G, A = "concert_popmusic", "gas_leak_block_a", "concert_faint"
    pe = s.permit("concert", PLACE["popmusic"], "19:30", "22:30", "-17 10:00",
                  "臺中流行影音中心 演唱會，預估入場8,000人；散場時段（22:30起）凱旋路、中科路交通管制。", E)
    s.parking("SN-PK-004", "18:32:00", "中央公園地下停車場(北) 汽車車位已滿", E)
    s.c1999("illegal_parking", s.scatter(on_road("kaixuan", lat=24.1860), 30, 120), "18:45:00", "18:48:20",
            "凱旋路紅線停滿車，都是要去看演唱會的，公車都靠不了站。", None, alt=E)
    s.parking("SN-PK-005", "18:56:00", "中央公園地下停車場(南) 汽車車位已滿", E)
    s.cong("SN-VD-KAIXUAN-02", "19:10:00", 18, 45, E)
    s.cong("SN-VD-KAIXUAN-02", "19:20:00", 14, 52, E)
    s.panel("SN-FA-003", "fault", "19:32:00", "會展中心B棟 受信總機 地區音響故障。", None)
    s.clear("SN-VD-KAIXUAN-02", "19:45:00", "凱旋路車輛偵測器2 車速恢復", E)
    g1 = s.c1999("gas_odor", s.scatter(PLACE["block_a"], 5, 30), "20:10:20", "20:12:40",
                 "我們大樓樓梯間瓦斯味很重，從地下室那邊傳上來的，很多住戶都聞到了。", G)
    h = s.f119("hazmat", PLACE["block_a"], "20:12:30", "20:13:20",
               "生態住宅A區集合住宅 B1瓦斯外洩，派遣分隊、化學車及救護車。", G)
    s.panel("SN-FA-011", "alarm", "20:14:50", "A區集合住宅 受信總機 B1機房瓦斯漏氣檢知器動作。", G)
    s.c1999("gas_odor", s.scatter(on_road("jingmao", lat=24.1855), 20, 80), "20:22:00", "20:24:30",
            "經貿路那邊一直有瓦斯味，是不是哪裡漏氣？", G)
    pg = s.police("hazmat_report", "Severe", PLACE["block_a"], "20:25:00", "20:50:10",
                  "生態住宅A區集合住宅B1瓦斯管線外洩，協助消防疏散住戶約180戶，經貿路三段實施管制。", G)
    s.police("road_closure", "Moderate", on_road("jingmao", lat=24.1840), "20:30:00", "20:41:00",
             "經貿路三段（生態住宅A區前）封閉，配合消防局處理瓦斯外洩。", G, follows=pg)
    s.f119("hazmat", PLACE["block_a"], "20:35:00", "20:35:40",
           "已關閉瓦斯總開關，住戶約180戶疏散至中央公園，持續偵測濃度。", G, follows=h)
    s.cong("SN-VD-JINGMAO-02", "20:35:00", 16, 48, G)
    s.c1999("other", s.scatter(offset(PLACE["block_a"], 200, 270), 0, 50), "20:40:30", "20:43:00",
            "我們被疏散出來在公園等，請問什麼時候可以回家？小孩明天要上學。", G)
    od = s.c1999("gas_odor", s.scatter(PLACE["reclamation"], 40, 120), "20:55:00", "20:58:00",
                 "水資源回收中心這邊有一股臭味，有點像瓦斯，聽說附近在漏瓦斯？", None, alt=G)
    s.cong("SN-VD-JINGMAO-02", "20:55:00", 21, 41, G)
    s.c1999("noise", s.scatter((120.6480, 24.1860), 10, 60), "21:15:00", "21:17:40",
            "流行影音中心演唱會聲音太大了，我家隔兩條街窗戶關著都還聽得到。", None)
    s.c1999("gas_odor", s.scatter(PLACE["reclamation"], 40, 120), "21:20:00", "21:20:30",
            "環保局稽查回覆：異味為水資源回收中心除臭設備異常，非瓦斯外洩，已要求改善。", None, follows=od, alt=G)
    s.f119("hazmat", PLACE["block_a"], "21:30:00", "21:30:40",
           "檢測無殘留瓦斯，欣林天然氣完成管線修復，住戶返家，收隊。", G, follows=h)
    s.panel("SN-FA-011", "normal", "21:35:10", "A區集合住宅 受信總機 復歸。", G)
    s.police("road_closure", "Minor", on_road("jingmao", lat=24.1840), "21:40:00", "21:55:20",
             "經貿路三段解除管制，恢復通行。", G, follows=pg)
    s.clear("SN-VD-JINGMAO-02", "21:45:00", "經貿路車輛偵測器2 車速恢復", G)
    fa = s.f119("ambulance", PLACE["popmusic"], "21:50:10", "21:51:00",
                "臺中流行影音中心 演唱會觀眾1名女性昏倒，意識不清，派遣救護車。", A)
    s.f119("ambulance", PLACE["popmusic"], "22:08:00", "22:08:40", "患者意識恢復，送中國醫藥大學附設醫院。", A, follows=fa)
    s.police("crowd_control", "Moderate", junction("kaixuan", "zhongke"), "22:35:00", "22:55:10",
             "流行影音中心演唱會散場，凱旋路、中科路人車管制，疏導人潮往轉運中心與公車站。", E)
    s.cctv("SN-CCTV-007", "crowding", "22:41:00", 0.71, "偵測人群聚集（移動中）", E)
    s.cong("SN-VD-KAIXUAN-02", "22:45:00", 9, 68, E)
    s.c1999("crowding", s.scatter(on_road("kaixuan", lat=24.1890), 30, 100), "22:50:00", "22:52:30",
            "演唱會散場人好多，公車站那邊擠爆了，有人被推到馬路上。", E)
    s.cong("SN-VD-KAIXUAN-01", "22:55:00", 16, 50, E)
    s.cong("SN-VD-KAIXUAN-02", "23:00:00", 15, 54, E)
    s.cctv("SN-CCTV-007", "crowding", "23:02:00", 0.64, "偵測人群聚集（移動中）", E)
    s.clear("SN-VD-KAIXUAN-01", "23:20:00", "凱旋路車輛偵測器1 車速恢復", E)
    s.clear("SN-VD-KAIXUAN-02", "23:25:00", "凱旋路車輛偵測器2 車速恢復", E)
    s.incident(E, "crowd", "流行影音中心演唱會約8,000人：許可已載明散場交通管制；停車場滿位、進場壅塞、散場人潮與管制。", pe)
    s.incident(G, "fire", "生態住宅A區B1瓦斯管線外洩：檢知器動作、119疏散約180戶、經貿路三段封閉、住戶詢問返家。", g1)
    s.incident(A, "rescue", "演唱會觀眾昏倒，119送醫；在演唱會場內，但另派救護。", fa)
    s.alternative(
        "擴大讀法：水資源回收中心旁的瓦斯味在當下無法排除是外洩擴散（相距約850公尺），有的值班員把它和環保局回覆都掛在瓦斯案下；"
        "凱旋路紅線違停也被算進演唱會案（同一批觀眾）。主讀法：前者事後查明是回收中心異味，屬環保局例行陳情；後者是例行違停。",
        [s.same(E), s.same(G), s.same(A)])
    s.notes = "封路通報（follows 外洩通報）比原通報先到。"
    return s


# ====================================================================== 860
def s860():
    s = Sit(860, "storm_power_underpass_cascade", "2027-08-11",
            "週三午後雷雨：15:25 中清路地下電纜接頭受潮故障，饋線跳脫，轉運中心一帶停電到16:40（台電案）；中清環中路口號誌黑燈，"
            "同一路口的地下道抽水站也失電，地下道積水到52 cm，一部自小客車涉水熄火、駕駛受困（地下道案，警方封閉地下道並在黑燈路口指揮）。"
            "16:02 凱旋路路樹倒塌佔用慢車道（另案）。16:20 起經貿路低窪處與區域排水積水（另案，與停電無關）。"
            "背景：雨量警報、滯洪池3蓄水、黎明路水溝阻塞、公園樹枝、逢甲校區受信總機受潮故障。")
    P, U, T, F = "power_cut_zhongqing", "underpass_flood", "tree_kaixuan", "flood_jingmao"
    ux = S("SN-FL-006")
    for sid, t, cls, txt in (("C0F9T0", "15:05:00", "大雨", "西屯站 時雨量 44.0 mm，達大雨標準"),
                             ("SN-RG-002", "15:10:00", "大雨", "水湳轉運中心雨量站 時雨量 48.5 mm，達大雨標準"),
                             ("SN-RG-001", "15:20:00", "大雨", "中央公園雨量站 時雨量 52.0 mm，達大雨標準")):
        s.rain(sid, t, cls, txt, None)
    fa1 = s.panel("SN-FA-001", "fault", "15:25:10", "水湳轉運中心 受信總機 主電源停電，改由預備電源供電。", P)
    sg8 = s.signal("SN-SIG-008", "fault", "15:25:12", "中清路/環中路 控制器失電，號誌黑燈。", U, alt="dark_zhongqing")
    for sid, t in (("SN-PK-001", "15:25:13"), ("SN-VD-ZHONGQING-01", "15:25:14"), ("SN-VD-HUANZHONG-03", "15:25:16")):
        s.status(sid, "offline", t, "設備離線：市電中斷（mains_power_lost）", P)
    s.cctv("SN-CCTV-008", "signal_dark", "15:26:05", 0.90, "偵測號誌燈號熄滅", U, alt="dark_zhongqing")
    s.offline_alert("SN-VD-ZHONGQING-01", "15:28:20", "中清路車輛偵測器1 逾時未回傳資料（原因：mains_power_lost）", P)
    s.offline_alert("SN-VD-HUANZHONG-03", "15:28:25", "環中路車輛偵測器3 逾時未回傳資料（原因：mains_power_lost）", P)
    s.offline_alert("SN-PK-001", "15:29:30", "水湳轉運中心停車場 逾時未回傳資料（原因：mains_power_lost）", P)
    s.c1999("other", s.scatter(PLACE["hub"], 20, 80), "15:30:10", "15:33:00",
            "轉運站停電了，電梯跟售票機都不能用，冷氣也沒了，裡面很多旅客。", P)
    s.flood("SN-FL-006", "15:35:00", 12, U)
    s.c1999("blocked_drain", s.scatter(on_road("liming", lat=24.1925), 20, 80), "15:38:00", "15:41:00",
            "黎明路水溝蓋被垃圾塞住，水一直積在路邊。", None)
    u1 = s.c1999("flooding", s.scatter(ux, 60, 220), "15:42:20", "15:45:00",
            "中清路地下道積水了，車子還一直往下開，很危險！", U)
    s.flood("SN-FL-006", "15:45:00", 24, U)
    s.panel("SN-FA-009", "fault", "15:46:30", "逢甲大學水湳校區 受信總機 B1偵煙器故障（疑受潮）。", None)
    s.cctv("SN-CCTV-008", "flooding", "15:48:10", 0.88, "偵測道路積水（地下道入口）", U, at=offset(ux, 70, 160))
    r = s.f119("rescue", offset(ux, 80, 160), "15:50:20", "15:51:10",
               "中清環中路口地下道 自小客車涉水熄火，駕駛受困車內，水深及車門，派遣救助隊。", U)
    s.c1999("traffic_signal", s.scatter(ux, 40, 160), "15:52:00", "15:54:30",
            "中清路環中路口紅綠燈沒亮，車子亂開，又在下大雨。", U, alt="dark_zhongqing")
    s.flood("SN-FL-006", "15:55:00", 38, U)
    pf = s.police("flooding_report", "Severe", ux, "15:50:00", "16:18:20",
                  "中清路環中路口地下道積水約50公分，抽水站停電未運轉，自小客車1部受困，已封閉地下道。", U)
    s.police("road_closure", "Severe", ux, "15:58:00", "16:10:40",
             "中清路地下道雙向封閉，車輛改行平面道路。", U, follows=pf)
    s.flood("SN-FL-006", "16:05:00", 46, U)
    s.f119("rescue", offset(ux, 80, 160), "16:05:30", "16:06:10", "受困駕駛已救出，無受傷，車輛留置待拖吊。", U, follows=r)
    t1 = s.c1999("fallen_tree", s.scatter(on_road("kaixuan", lat=24.1912), 20, 90), "16:04:10", "16:06:50",
                 "凱旋路有一棵大樹倒在路上，擋住慢車道，機車都要鑽出去。", T)
    s.flood("SN-FL-006", "16:15:00", 52, U)
    s.cong("SN-VD-KAIXUAN-01", "16:15:00", 18, 46, T)
    s.c1999("公園路樹", s.scatter(S("SN-FL-001"), 30, 100), "16:16:00", "16:19:00",
            "公園裡面有樹枝被吹斷掉在步道上。", None)
    s.wlevel("SN-WL-003", "16:20:00", 1.45, F)
    s.rain("SN-RG-001", "16:20:00", "豪雨", "中央公園雨量站 3小時累積雨量 104.5 mm，達豪雨標準", None)
    s.flood("SN-FL-006", "16:25:00", 49, U)
    s.police("traffic_signal_fault", "Moderate", ux, "15:58:00", "16:25:30",
             "中清路與環中路口號誌停電黑燈，由封閉地下道之員警一併指揮交通。", U, alt="dark_zhongqing")
    f8 = s.flood("SN-FL-008", "16:25:00", 17, F)
    pt = s.police("fallen_object", "Moderate", on_road("kaixuan", lat=24.1912), "16:02:00", "16:28:40",
                  "凱旋路（黎明路三段口南側）路樹倒塌，佔用慢車道，已通知建設局處理。", T)
    s.cong("SN-VD-KAIXUAN-01", "16:25:00", 13, 55, T)
    s.wlevel("SN-WL-003", "16:30:00", 1.86, F)
    s.flood("SN-FL-003", "16:30:00", 8, None, alt=F)
    s.rain("SN-RG-002", "16:30:00", "豪雨", "水湳轉運中心雨量站 3小時累積雨量 101.0 mm，達豪雨標準", None)
    s.flood("SN-FL-006", "16:35:00", 41, U)
    s.flood("SN-FL-008", "16:35:00", 23, F)
    s.c1999("flooding", s.scatter(S("SN-FL-008"), 40, 150), "16:38:10", "16:41:00",
            "經貿路敦化路口積水，快淹到人行道了，水溝都在往外冒水。", F)
    # power back 16:40
    s.panel("SN-FA-001", "normal", "16:40:05", "水湳轉運中心 受信總機 主電源恢復，復歸。", P)
    s.signal("SN-SIG-008", "restored", "16:40:08", "中清路/環中路 恢復正常。", U, alt="dark_zhongqing")
    for sid, t in (("SN-PK-001", "16:40:30"), ("SN-VD-ZHONGQING-01", "16:40:35"), ("SN-VD-HUANZHONG-03", "16:40:50")):
        s.status(sid, "online", t, "設備連線恢復", P)
    s.wlevel("SN-WL-003", "16:40:00", 1.95, F)
    s.flood("SN-FL-003", "16:40:00", 11, None, alt=F)
    s.flood("SN-FL-006", "16:45:00", 36, U)
    s.flood("SN-FL-008", "16:45:00", 28, F)
    s.police("flooding_report", "Moderate", on_road("jingmao", lat=24.1825), "16:40:00", "17:02:10",
             "經貿路三段低窪處（敦化路口）積水約25公分，外側車道無法通行，已通報水利局。", F)
    s.wlevel("SN-WL-003", "16:50:00", 1.90, F)
    s.flood("SN-FL-003", "16:50:00", 12, None, alt=F)
    s.flood("SN-FL-006", "16:55:00", 24, U)
    s.flood("SN-FL-008", "16:55:00", 21, F)
    s.police("fallen_object", "Minor", on_road("kaixuan", lat=24.1912), "16:58:00", "17:12:30",
             "凱旋路倒塌路樹已由建設局清除，恢復通行。", T, follows=pt)
    s.wlevel("SN-WL-003", "17:00:00", 1.70, F)
    s.flood("SN-FL-006", "17:05:00", 12, U)
    s.flood("SN-FL-008", "17:05:00", 12, F)
    s.clear("SN-VD-KAIXUAN-01", "17:05:00", "凱旋路車輛偵測器1 車速恢復", T)
    s.clear("SN-FL-003", "17:10:00", "中央公園滯洪池3 淹水深度 0 cm，警戒解除", None, alt=F)
    s.clear("SN-FL-006", "17:15:00", "中清環中路口地下道 淹水深度 0 cm，警戒解除", U)
    s.police("road_closure", "Minor", ux, "17:20:00", "17:34:10", "中清路地下道積水已退，拖離受困車輛，解除封閉。", U, follows=pf)
    s.wlevel("SN-WL-003", "17:20:00", 1.50, F)
    s.clear("SN-FL-008", "17:25:00", "經貿路低窪處 淹水深度 0 cm，警戒解除", F)
    s.clear("SN-WL-003", "17:40:00", "水湳區域排水經貿路水位 1.32 m，低於三級警戒，解除", F)
    s.incident(P, "infrastructure", "中清路地下電纜接頭受潮故障，饋線跳脫，轉運中心一帶停電15:25-16:40：受信總機預備電源、停車場與偵測器離線、旅客陳情。", fa1)
    s.incident(U, "flood", "中清環中路口地下道抽水站失電、積水達52 cm：車輛涉水受困救出、地下道封閉；同路口號誌黑燈由同一批員警指揮。", u1)
    s.incident(T, "traffic", "凱旋路黎明路口南側路樹倒塌佔用慢車道，建設局清除。", t1)
    s.incident(F, "flood", "經貿路三段低窪處積水28 cm、水湳區域排水到二級警戒；與停電、地下道無關。", f8)
    s.alternative(
        "號誌黑燈另案：路口號誌因停電黑燈，依慣例是交通事件（派員指揮、交通局確認復電），可另開一案；主讀法因地下道封閉的員警就在"
        "同一路口、同一時間一併指揮，把它併入地下道案。另一讀法也把滯洪池3的蓄水警報算進經貿路淹水案（同一場雨、相距約400公尺）；"
        "主讀法認為滯洪池依設計蓄水，不是淹水。",
        [s.same(P), s.same(U), s.same(T), s.same(F),
         ("dark_zhongqing", "traffic", "中清環中路口號誌停電黑燈，警方指揮至16:40復電。", sg8)])
    s.notes = "封路通報（follows 地下道淹水通報）比原通報先到。攝影機與119回報的是地下道入口（路口南側約70-80公尺），淹水感測器登錄在路口。"
    return s


# ====================================================================== 861
def s861():
    s = Sit(861, "liming_kaixuan_coincidences", "2027-12-08",
            "週三清晨黎明路凱旋路口前後發生三件看似同源、實則無關的故障：05:15 黎明路一段路燈回路漏電斷路器跳脫（整排路燈熄滅，"
            "養工處例行派工）；05:42 路口號誌控制器主機板故障全紅閃（交通局），警方派員指揮，07:25 路口內發生擦撞由指揮員警處理；"
            "06:35 路口人行道下用戶給水管破損湧水（台水），低窪處淹水感測器在無雨下升到14 cm。台電確認無停電。"
            "背景：掃街車噪音、黎明路偵測器定期維護離線、逢甲校區受信總機故障、環中路例行晨峰、違停。")
    SG, W, J = "signal_liming_kaixuan", "water_leak_liming_kaixuan", "junction_liming_kaixuan"
    jx = S("SN-SIG-007")
    l1 = s.c1999("streetlight", s.scatter(on_road("liming", lon=120.6470), 10, 60), "05:18:00", "05:21:20",
                 "黎明路凱旋路口這一段整排路燈都不亮，黑漆漆的，騎車很危險。", None, alt=J)
    s.c1999("noise", s.scatter(on_road("huanzhong", lat=24.1965), 30, 120), "05:26:00", "05:29:00",
            "環中路掃街車五點多就在掃，聲音很大，吵到睡不著。", None)
    s.c1999("streetlight", s.scatter(on_road("liming", lon=120.6480), 20, 80), "05:35:20", "05:38:10",
            "黎明路三段路燈全暗，剛剛有人打過嗎？到現在還是沒亮。", None, alt=J)
    sg = s.signal("SN-SIG-007", "fault", "05:42:20", "黎明路三段/凱旋路 控制器故障，全紅燈閃爍。", SG, alt=J)
    s.c1999("traffic_signal", s.scatter(jx, 40, 200), "05:50:10", "05:52:40",
            "黎明路凱旋路口紅燈一直閃，路燈也不亮，是不是停電？", SG, alt=J)
    ps = s.police("traffic_signal_fault", "Moderate", jx, "06:02:00", "06:31:10",
                  "黎明路三段與凱旋路口號誌全紅閃爍，派員指揮交通，已通報交通局維修廠商。經洽台電，該區無停電。", SG, alt=J)
    s.status("SN-VD-LIMING-01", "offline", "06:10:00", "設備離線：定期維護（maintenance）", None)
    s.panel("SN-FA-009", "fault", "06:20:30", "逢甲大學水湳校區 受信總機 第5回路異常。", None)
    s.flood("SN-FL-009", "06:40:00", 8, W, alt=J)
    s.status("SN-VD-LIMING-01", "online", "06:50:30", "設備連線恢復", None)
    s.flood("SN-FL-009", "06:50:00", 11, W, alt=J)
    w1 = s.c1999("flooding", s.scatter(S("SN-FL-009"), 30, 90), "06:55:00", "06:57:50",
                 "黎明路凱旋路口人行道一直有水冒出來，流到馬路上，沒有下雨啊。", W, alt=J)
    s.flood("SN-FL-009", "07:00:00", 13, W, alt=J)
    s.c1999("water_outage", s.scatter(S("SN-FL-009"), 100, 300), "07:05:00", "07:07:30",
            "黎明路這邊水壓突然變很小，洗衣機都不進水。", W, alt=J)
    s.c1999("streetlight", s.scatter(on_road("liming", lon=120.6470), 10, 60), "07:10:00", "07:10:30",
            "養工處回覆：黎明路路燈回路漏電斷路器跳脫，已派員復歸，路燈恢復。", None, follows=l1, alt=J)
    s.flood("SN-FL-009", "07:10:00", 14, W, alt=J)
    s.cong("SN-VD-KAIXUAN-01", "07:10:00", 19, 44, SG, alt=J)
    s.flood("SN-FL-009", "07:20:00", 12, W, alt=J)
    s.cong("SN-VD-KAIXUAN-01", "07:20:00", 10, 64, SG, alt=J)
    s.cctv("SN-CCTV-007", "accident", "07:25:30", 0.71, "偵測疑似事故（路口內）", SG, alt=J)
    s.cong("SN-VD-HUANZHONG-02", "07:30:00", 22, 40, None)
    s.flood("SN-FL-009", "07:30:00", 10, W, alt=J)
    s.c1999("illegal_parking", s.scatter(PLACE["jm6_carpark"], 20, 80), "07:35:00", "07:38:00",
            "經貿六停車場門口有車並排，出不去。", None)
    s.c1999("flooding", s.scatter(S("SN-FL-009"), 30, 90), "07:40:00", "07:40:40",
            "台水回覆：用戶外線給水管破損，已關閉制水閥，上午搶修，搶修期間附近水壓偏低。", W, follows=w1, alt=J)
    s.cong("SN-VD-KAIXUAN-01", "07:40:00", 17, 48, SG, alt=J)
    s.flood("SN-FL-009", "07:40:00", 6, W, alt=J)
    s.police("accident", "Minor", jx, "07:26:00", "07:48:20",
             "黎明路三段與凱旋路口（號誌故障，員警指揮中）自小客車與機車擦撞，無人受傷，由現場指揮員警處理完畢。", SG, alt=J)
    s.flood("SN-FL-009", "07:50:00", 4, W, alt=J)
    s.signal("SN-SIG-007", "restored", "07:52:10", "黎明路三段/凱旋路 恢復正常（更換控制器主機板）。", SG, alt=J)
    s.police("traffic_signal_fault", "Minor", jx, "07:55:00", "08:09:30", "黎明路凱旋路口號誌修復，撤除指揮。", SG, follows=ps, alt=J)
    s.clear("SN-FL-009", "08:00:00", "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除", W, alt=J)
    s.clear("SN-VD-KAIXUAN-01", "08:10:00", "凱旋路車輛偵測器1 車速恢復", SG, alt=J)
    s.clear("SN-VD-HUANZHONG-02", "08:20:00", "環中路車輛偵測器2 車速恢復", None)
    s.incident(SG, "traffic", "黎明路凱旋路口號誌控制器主機板故障全紅閃，警方指揮至07:52；路口內擦撞由指揮員警當場處理。", sg)
    s.incident(W, "infrastructure", "路口人行道下用戶外線給水管破損湧水，無雨下淹水感測器達14 cm、附近水壓偏低，台水關閥搶修。", w1)
    s.alternative(
        "路口一案讀法：同一路口90分鐘內路燈熄滅、號誌故障、湧水，當時值班員懷疑停電或同一條管線挖損，開了一個『黎明凱旋路口』案，"
        "把三者（連同兩通路燈電話）都掛在下面，事後才分開。主讀法按事後查明的原因：路燈回路跳脫是養工處例行派工（背景），"
        "號誌與湧水各自一案。",
        [(J, "infrastructure", "黎明路凱旋路口清晨的路燈、號誌與湧水故障，當時疑為同源。", sg)])
    return s


# ====================================================================== 862
def s862():
    s = Sit(862, "park_carpark_transformer_fire", "2027-01-23",
            "週六上午中央公園地下停車場B2變電室電氣火災：09:32 偵煙器動作、主電源中斷、停車場柵欄停電、黑煙從出口冒出，119撲滅排煙，"
            "停車場停業到台電12:10復電。09:52 停車場南側130公尺步道一名路跑民眾倒地（OHCA），119另案送醫。10:40 公園南端民眾燃燒枯枝落葉，"
            "119出勤撲滅（另案）。背景：公園週末市集與其噪音、中科路偵測器閃斷、南停車場滿位、河南路停車場滿位、中國醫藥大學受信總機故障。")
    F, A, B = "carpark_fire", "jogger_ohca", "open_burning"
    cp = PLACE["park_carpark"]
    s.permit("event", S("SN-FL-003"), "09:00", "17:00", "-10 16:00",
             "中央公園 週末市集，09:00-17:00，攤位約80攤，預估人潮3,000人。", None)
    s.c1999("noise", s.scatter(S("SN-FL-003"), 60, 200), "09:20:00", "09:23:10",
            "公園市集音響開很大聲，一早就在放音樂。", None)
    s.panel("SN-FA-007", "alarm", "09:32:10", "中央公園地下停車場 受信總機 B2變電室偵煙器動作。", F)
    s.panel("SN-FA-007", "fault", "09:33:05", "中央公園地下停車場 受信總機 主電源停電，改由預備電源供電。", F)
    s.status("SN-PK-004", "offline", "09:33:10", "設備離線：市電中斷（mains_power_lost）", F)
    s.status("SN-VD-ZHONGKE-01", "offline", "09:33:30", "設備離線：通訊中斷（comms_lost）", None, alt=F)
    c1 = s.c1999("fire_smoke", s.scatter(offset(cp, 60, 200), 20, 80), "09:34:00", "09:36:20",
                 "公園地下停車場出口一直冒黑煙，味道很臭，像燒電線。", F)
    h = s.f119("fire", cp, "09:35:10", "09:36:00", "中央公園地下停車場 B2變電室火警，派遣水箱車2、化學車1、救護車1。", F)
    s.offline_alert("SN-PK-004", "09:37:30", "中央公園地下停車場(北) 逾時未回傳資料（原因：mains_power_lost）", F)
    s.cctv("SN-CCTV-006", "smoke", "09:37:40", 0.55, "偵測煙霧（遠方，南側公園方向）", F, at=offset(cp, 40, 180))
    s.status("SN-VD-ZHONGKE-01", "online", "09:39:50", "設備連線恢復", None, alt=F)
    s.cctv("SN-CCTV-006", "smoke", "09:44:10", 0.49, "偵測煙霧（遠方，南側公園方向）", F, at=offset(cp, 60, 175))
    s.c1999("fire_smoke", s.scatter(offset(cp, 120, 90), 20, 80), "09:45:30", "09:48:10",
            "經貿路這邊看到公園那邊一直在冒煙，消防車來了好幾台，是哪裡失火？", F)
    s.cong("SN-VD-JINGMAO-02", "09:50:00", 21, 38, F)
    s.c1999("other", s.scatter(cp, 10, 40), "09:40:20", "09:42:30",
            "我在停車場裡面，停電了柵欄打不開出不去，裡面都是煙味，要怎麼辦？", F)
    s.f119("fire", cp, "09:48:00", "09:48:40", "B2變電室電氣火災已撲滅，排煙中，停車場內人員已疏散，無人受傷。", F, follows=h)
    a = s.f119("ambulance", (120.6560, 24.1868), "09:52:10", "09:53:00",
               "中央公園步道（地下停車場南側）路跑民眾倒地，無呼吸心跳，旁人CPR中，派遣救護車及高級救護隊。", A)
    s.c1999("other", s.scatter((120.6560, 24.1868), 30, 80), "09:55:00", "09:57:00",
            "公園步道有人倒在地上，有人在做CPR，救護車來了嗎？", A)
    s.police("fire_report", "Moderate", cp, "09:40:00", "10:05:20",
             "中央公園地下停車場B2變電室火警，消防已撲滅，停車場出入口管制，暫停車輛進出。", F)
    s.f119("ambulance", (120.6560, 24.1868), "10:10:00", "10:10:40", "患者經AED電擊後恢復心跳，送中國醫藥大學附設醫院。", A, follows=a)
    s.parking("SN-PK-005", "10:20:00", "中央公園地下停車場(南) 汽車車位已滿", None, alt=F)
    s.f119("fire", cp, "10:30:00", "10:30:40", "排煙完成，現場交由台電及停車場管理單位，收隊。", F, follows=h)
    s.clear("SN-VD-JINGMAO-02", "10:35:00", "經貿路車輛偵測器2 車速恢復", F)
    b1 = s.c1999("fire_smoke", s.scatter(S("SN-FL-005"), 40, 150), "10:40:10", "10:42:40",
                 "公園南邊有人在燒樹葉，煙很大，飄到步道這邊。", B)
    hb = s.f119("fire", S("SN-FL-005"), "10:43:00", "10:43:50", "中央公園南側（滯洪池5旁）露天燃燒，派遣水箱車1。", B)
    s.parking("SN-PK-003", "10:55:00", "河南路停車場 汽車車位已滿", None)
    s.f119("fire", S("SN-FL-005"), "11:05:00", "11:05:40", "係民眾燃燒枯枝落葉，已撲滅，移請環保局告發。", B, follows=hb)
    s.panel("SN-FA-010", "fault", "11:20:30", "中國醫藥大學水湳校區 受信總機 1F差動式探測器故障。", None)
    s.panel("SN-FA-007", "normal", "12:10:20", "中央公園地下停車場 受信總機 主電源恢復，復歸。", F)
    s.status("SN-PK-004", "online", "12:10:40", "設備連線恢復", F)
    s.incident(F, "fire", "中央公園地下停車場B2變電室電氣火災：偵煙器、主電源中斷、黑煙、受困柵欄內民眾、停車場停業至台電復電。", h)
    s.incident(A, "rescue", "停車場南側130公尺步道路跑民眾OHCA，119另案急救送醫；與火災無關。", a)
    s.incident(B, "fire", "公園南端民眾燃燒枯枝落葉，煙大，119撲滅並移送環保局；距停車場火災約1.3公里。", b1)
    s.alternative(
        "後果讀法：火災發生後一分鐘中科路偵測器斷線、六分鐘後恢復，南停車場在北停車場停業後客滿；有的值班員把兩者都當火災的後果。"
        "主讀法：偵測器走自己的通訊，斷線原因是通訊中斷不是停電，屬例行閃斷；南停車場週六上午市集時段本來就常滿。",
        [s.same(F), s.same(A), s.same(B)])
    return s


if __name__ == "__main__":
    for fn in (s857, s858, s859, s860, s861, s862):
        sit = fn()
        path, n = sit.write()
        print(f"{path}: {n} lines")
