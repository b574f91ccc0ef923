"""Situations 357-362 (seeded)."""
from datetime import timedelta
from lib import Sit, pos, routine, offset_m


def s357():
    s = Sit(357, "zhongqing_debris_then_redlight_crash", "2016-12-06", 357,
            "週二早上尖峰，07:38 中清路二段南向貨車掉落木棧板，07:49 一名機車騎士閃避自摔（同一現場）；"
            "08:02 北方約 1.6 km 的中清路/環中路口另有自小客車闖紅燈撞翻計程車、撞壞號誌桿，乘客一度受困。")
    t = s.t
    L, K = "L", "K"
    x = (120.6648, 24.1848)
    s.sensor_event("SN-CCTV-004", "cctv", "wrong_way", t("07:20"), 3, None, confidence=0.41)
    lon, lat = s.near(*x, 150, 350)
    s.c1999(1701, "illegal_parking", lon, lat, t("07:30"), 200, None, "中清路早餐店前面每天都併排停車，公車都停不進站，可以常常來取締嗎？")
    lon, lat = s.toward(*x, 60, 120)
    l1 = s.c1999(1703, "other", lon, lat, t("07:40"), 90, L, "中清路往市區方向，路中間掉了一堆木棧板，車子都在閃，很危險！")
    s.dup(l1, 30)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Moderate", t("07:45"), 45, L, "中清路車輛偵測器2 平均速率 17 km/h，佔有率 40%")
    # the police report of the debris reaches the center late (patrol terminal sync) -> its follow-up arrives first
    pf = s.police(8701, "fallen_object", "Moderate", *x, t("07:47"), 1080, L, "中清路二段南向 貨車掉落木棧板約10片 散落內側車道。")
    lon, lat = s.toward(*x, -80, 150)
    s.c1999(1706, "traffic_accident", lon, lat, t("07:50"), 100, L, "中清路那邊有機車壓到木板摔車了，人坐在路邊。")
    s.f119(1301, "ambulance", *x, t("07:51"), 15, L, "中清路二段南向 機車自摔 騎士1名 意識清楚 左手肘擦傷")
    s.police(8702, "injury_accident", "Minor", *x, t("07:56"), 80, L, "同地點機車閃避掉落物自摔，騎士輕傷。", follows=pf["key"])
    s.f119(1301, "ambulance", *x, t("07:58"), 20, L, "到達現場 傷者擦傷 現場包紮 拒絕後送", status="on_scene")
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Severe", t("08:00"), 45, L, "中清路車輛偵測器2 平均速率 7 km/h，佔有率 63%")
    s.rule("SN-VD-HENAN-01", "congestion", "Moderate", t("07:50"), 45, None, "河南路車輛偵測器1 平均速率 19 km/h，佔有率 34%")
    # the second crash, 1.6 km north
    k0 = s.sensor_event("SN-CCTV-008", "cctv", "accident", t("08:02:20"), 4, K, confidence=0.88)
    s.sensor_event("SN-SIG-008", "signal", "fault", t("08:02:40"), 4, K, text="號誌桿受撞 東向燈頭損壞 燈號異常")
    lon, lat = s.toward(*pos("SN-SIG-008"), -70, -40)
    k1 = s.c1999(1709, "traffic_accident", lon, lat, t("08:03"), 60, K, "中清環中路口有車闖紅燈撞到一台計程車，計程車翻過去了！裡面還有人！")
    r = s.f119(1303, "rescue", *pos("SN-SIG-008"), t("08:04"), 15, K, "中清路/環中路口 計程車側翻 乘客1名受困 派遣救助器材車、救護車", severity="Severe")
    s.sensor_event("SN-CCTV-008", "cctv", "stalled_vehicle", t("08:05"), 4, K, confidence=0.92)
    lon, lat = s.toward(*pos("SN-SIG-008"), 180, 200, 60)
    s.c1999(1711, "traffic_accident", lon, lat, t("08:06"), 130, K, "環中路跟中清路那邊發生車禍，好像很嚴重，車子都卡住了。")
    pk = s.police(8705, "injury_accident", "Severe", *pos("SN-SIG-008"), t("08:08"), 150, K,
                  "中清路/環中路口 自小客車闖紅燈與計程車碰撞，計程車側翻，號誌桿受損。")
    s.rule("SN-VD-ZHONGQING-01", "congestion", "Severe", t("08:10"), 45, K, "中清路車輛偵測器1 平均速率 6 km/h，佔有率 70%", truth_alt=L)
    s.f119(1303, "rescue", *pos("SN-SIG-008"), t("08:10"), 20, K, "到達現場 受困乘客已自行脫困 傷者2名 後送", status="on_scene", severity="Severe")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Severe", t("08:12"), 45, K, "環中路車輛偵測器3 平均速率 8 km/h，佔有率 66%")
    s.police(8707, "fallen_object", "Minor", *x, t("08:15"), 160, L, "掉落物清除完畢，貨車駕駛到案說明。", follows=pf["key"])
    s.f119(1303, "rescue", *pos("SN-SIG-008"), t("08:32"), 20, K, "返隊", status="returning")
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Moderate", t("08:30"), 45, L, "中清路車輛偵測器2 平均速率 19 km/h，佔有率 35%")
    lon, lat = s.toward(*pos("SN-SIG-008"), -120, 90)
    s.c1999(1716, "traffic_signal", lon, lat, t("08:40"), 200, K, "中清環中路口紅綠燈有一邊不亮，剛剛不是有撞車嗎？是不是撞壞了？")
    s.police(8711, "injury_accident", "Moderate", *pos("SN-SIG-008"), t("08:50"), 230, K, "事故車輛拖離，路口以人工指揮，待號誌修復。", follows=pk["key"])
    s.sensor_event("SN-SIG-008", "signal", "restored", t("10:26"), 4, K, text="燈頭更換完成 燈號恢復正常")
    s.incident(L, "traffic", "中清路二段南向貨車掉落木棧板，機車閃避自摔（同一現場），清除約 35 分鐘。", l1["key"])
    s.incident(K, "traffic", "中清路/環中路口闖紅燈碰撞、計程車側翻、乘客一度受困，號誌桿受損至 10:26 修復。", k1["key"])
    s.alternative("中清路車輛偵測器1（中清環中口）08:10 的壅塞可歸路口車禍（主讀法），也可能是南向掉落物回堵延伸 1.6 km。", [dict(i) for i in s.incidents])
    s.notes = "掉落物的警方報告晚到 18 分鐘，它的後續（機車自摔）先到。CCTV-004 的 0.41 逆向是誤判（背景）。"
    return s


def s358():
    s = Sit(358, "henan_night_works_gas_strike", "2016-08-23", 358,
            "週二夜間河南路二段（中平路至河南路停車場）污水管施工 22:00–05:00，外側車道封閉、回堵、破碎機噪音；"
            "01:35 怪手挖破中壓天然氣管線，瓦斯大量外洩，119 化災、全面封路、約 40 戶疏散、號誌依消防要求斷電，03:10 關閥解除。")
    t = s.t
    W, G = "W", "G"
    site = (120.6507, 24.1722)
    pe = s.permit("PE-1050810-0117", "road_works", *site, t("22:00"), t("D+1 05:00"), s.t("14:30") - timedelta(days=13), W,
                  "道路施工許可：河南路二段（中平路至河南路停車場）污水下水道管線埋設 夜間22:00至翌日05:00 封閉外側車道 施工單位：臺中市政府建設局委託廠商",
                  truth_alt=None)
    s.police(9801, "road_closure", "Minor", *site, t("22:05"), 240, W, "河南路二段中平路至河南路停車場 外側車道夜間施工封閉。", truth_alt=None)
    s.rule("SN-VD-HENAN-02", "congestion", "Moderate", t("22:15"), 45, W, "河南路車輛偵測器2 平均速率 14 km/h，佔有率 39%", truth_alt=None)
    lon, lat = s.near(*pos("SN-VD-JINGMAO-02"), 50, 200)
    s.c1999(2801, "illegal_parking", lon, lat, t("22:30"), 180, None, "經貿路上有一台貨車每天晚上都停在紅線上，可以來拖嗎？")
    lon, lat = s.toward(*site, 120, 60)
    s.c1999(2803, "other", lon, lat, t("22:40"), 200, W, "河南路施工的地方沒有警示燈，黑黑的，我差點撞上去，可以叫他們放警示燈嗎？", truth_alt=None)
    s.status("SN-FL-007", "offline", t("23:10"), 2, None, text="offline reason=battery_low")
    lon, lat = s.toward(*site, 180, 170, 60)
    s.c1999(2806, "noise", lon, lat, t("23:20"), 210, W, "河南路在施工，破碎機吵到不能睡覺，半夜施工有申請嗎？", truth_alt=None)
    lon, lat = s.toward(*site, 60, 80, 30)
    s.c1999(2808, "streetlight", lon, lat, t("D+1 00:10"), 190, W, "河南路施工那一段的路燈都沒亮，是不是被施工挖斷了？", truth_alt=None)
    lon, lat = s.toward(*site, -150, 220, 60)
    s.c1999(2810, "noise", lon, lat, t("D+1 00:40"), 200, W, "又是河南路施工，機器聲音一直沒停，明天還要上班，拜託管一下。", truth_alt=None)
    # the gas strike
    lon, lat = s.toward(*site, 110, -90)
    g1 = s.c1999(2813, "gas_odor", lon, lat, t("D+1 01:38"), 70, G, "河南路這邊瓦斯味超重，整條街都是，施工的人都在跑！")
    g = s.f119(1401, "hazmat", *site, t("D+1 01:39"), 15, G, "河南路二段近中平路 施工挖破天然氣管線 大量瓦斯外洩 派遣水箱車、化學災害搶救車", severity="Severe")
    lon, lat = s.toward(*pos("SN-PK-003"), 60, 90, 40)
    s.c1999(2815, "gas_odor", lon, lat, t("D+1 01:42"), 90, G, "我們這棟都聞到瓦斯味，要不要疏散？管理員說不知道。")
    pg = s.police(9805, "road_closure", "Severe", *pos("SN-SIG-010"), t("D+1 01:45"), 150, G,
                  "河南路/中平路口全面封閉，禁止車輛進入，周邊住戶疏散中。")
    s.f119(1401, "hazmat", *site, t("D+1 01:47"), 20, G,
           "到達現場 天然氣中壓管線破損 已通知欣林天然氣關斷上游閥門 警戒範圍100公尺 疏散住戶約40戶", status="on_scene", severity="Severe")
    s.sensor_event("SN-SIG-010", "signal", "fault", t("D+1 01:52"), 4, G, text="控制器斷電（燈號全滅）")
    s.police(9806, "crowd_control", "Moderate", *pos("SN-PK-003"), t("D+1 02:05"), 240, G,
             "疏散住戶約40戶、90人，暫置河南路停車場。", follows=pg["key"])
    s.sensor_event("SN-CCTV-010", "cctv", "crowding", t("D+1 02:10"), 3, G, confidence=0.66, text="人群聚集（靜止）")
    lon, lat = s.near(*site, 400, 700)
    s.c1999(2819, "other", lon, lat, t("D+1 02:20"), 210, G, "外面一直有消防車的聲音，河南路那邊是不是發生什麼事？我們需要離開嗎？")
    s.f119(1401, "hazmat", *site, t("D+1 03:10"), 20, G, "欣林天然氣完成關閥 漏氣停止 偵測無可燃氣體 住戶返家",
           status="on_scene", severity="Moderate").update(key="119-%s-1401/on_scene@0310" % s.roc())
    s.f119(1401, "hazmat", *site, t("D+1 03:25"), 20, G, "返隊", status="returning")
    s.sensor_event("SN-SIG-010", "signal", "restored", t("D+1 03:28"), 4, G, text="電源恢復 燈號正常")
    s.police(9810, "road_closure", "Minor", *pos("SN-SIG-010"), t("D+1 03:30"), 220, G,
             "解除封閉。施工單位停工，由建設局調查挖損原因。", follows=pg["key"])
    s.incident(W, "infrastructure", "河南路二段夜間污水管施工（許可內）：外側車道封閉、回堵、噪音與警示不足、路燈不亮的陳情。", pe["key"])
    s.incident(G, "hazmat", "施工挖破中壓天然氣管線：瓦斯外洩、119 化災、全面封路、約 40 戶疏散、號誌斷電，03:10 關閥解除。", g1["key"])
    s.alternative("許可內的施工只是已知狀況、不是派遣勤務：另一讀法下施工的效應都是背景（null），只剩瓦斯外洩一件。",
                  [dict(s.incidents[1])])
    s.notes = "SN-FL-007（河南路低窪處）在施工範圍旁離線，原因 battery_low，是背景。號誌 SN-SIG-010 熄燈是消防要求斷電，屬瓦斯件。"
    return s


def s359():
    s = Sit(359, "expo_food_fair_kitchen_fire", "2016-04-09", 359,
            "週六臺中國際會展中心食品展（許可 10:00–18:00，預估每日 25,000 人）：停車場滿、黎明路違停、人擠人、回堵；"
            "13:08 B 棟美食區攤位油鍋起火，火警總機動作、遠處看到黑煙、B 棟約 3,000 人疏散，攤商自行撲滅，13:45 復歸。")
    t = s.t
    X, F = "X", "F"
    hall_b = pos("SN-FA-003")
    pe = s.permit("PE-1050325-0031", "exhibition", *pos("SN-FA-002"), t("10:00"), t("18:00"), s.t("09:40") - timedelta(days=15), X,
                  "臺中國際會展中心「臺中國際食品展」 4/8–4/10 每日10:00–18:00 預估每日25,000人 會展中心停車場及經貿六停車場供參觀民眾使用")
    s.rule("SN-VD-JINGMAO-01", "congestion", "Moderate", t("10:20"), 45, X, "經貿路車輛偵測器1 平均速率 16 km/h，佔有率 38%")
    s.sensor_event("SN-CCTV-005", "cctv", "crowding", t("10:30"), 3, X, confidence=0.72, text="人群移動")
    s.sensor_event("SN-PK-006", "parking", "full", t("10:40"), 20, X, text="剩餘車位 0 / 800")
    s.rule("SN-VD-LIMING-01", "congestion", "Moderate", t("10:45"), 45, X, "黎明路車輛偵測器1 平均速率 15 km/h，佔有率 41%")
    s.sensor_event("SN-PK-002", "parking", "full", t("11:05"), 20, X, text="剩餘車位 0 / 220")
    lon, lat = s.toward(*pos("SN-VD-LIMING-01"), 80, 30)
    s.c1999(3901, "illegal_parking", lon, lat, t("11:15"), 200, X, "黎明路整排都是違停，會展中心辦活動就這樣，公車都開不過去。")
    s.sensor_event("SN-PK-001", "parking", "full", t("11:30"), 20, X, text="剩餘車位 0 / 614", truth_alt=None)
    s.police(1901, "crowd_control", "Minor", *pos("SN-FA-002"), t("11:40"), 240, X, "會展中心入口排隊人潮約2,000人，派員疏導。")
    lon, lat = s.toward(*hall_b, -30, 20, 20)
    s.c1999(3904, "crowding", lon, lat, t("12:20"), 180, X, "會展中心裡面人擠人，小孩差點被擠倒，有沒有在控管人數？")
    # kitchen fire in hall B
    a1 = s.sensor_event("SN-FA-003", "fire_alarm", "alarm", t("13:08:10"), 3, F, text="火警 1F 美食區 偵煙探測器 第12區")
    s.dup(a1, 20)
    s.sensor_event("SN-FA-003", "fire_alarm", "alarm", t("13:09:30"), 3, F, text="火警 1F 美食區 偵熱探測器 第13區")
    f = s.f119(1501, "fire", *hall_b, t("13:10"), 15, F, "臺中國際會展中心B棟 1F美食區攤位油鍋起火 火警受信總機動作 派遣水箱車2、水庫車、雲梯車、救護車",
               severity="Severe")
    lon, lat = s.toward(*hall_b, -250, 420, 80)
    s.c1999(3907, "fire_smoke", lon, lat, t("13:10"), 110, F, "會展中心屋頂那邊在冒黑煙，是不是失火了？")
    s.sensor_event("SN-CCTV-006", "cctv", "smoke", t("13:11"), 3, F, confidence=0.69)
    s.sensor_event("SN-FA-002", "fire_alarm", "alarm", t("13:14"), 3, F, text="火警 連通廊道 偵煙探測器 第4區")
    pc = s.police(1905, "crowd_control", "Severe", *hall_b, t("13:15"), 200, F, "會展中心B棟疏散，約3,000人疏散至經貿路廣場，協助消防車進出。")
    s.sensor_event("SN-CCTV-005", "cctv", "crowding", t("13:16"), 3, F, confidence=0.93, text="人群聚集（靜止）", truth_alt=X)
    s.f119(1501, "fire", *hall_b, t("13:16"), 20, F, "到達現場 B棟1F美食區攤位油鍋火 已由攤商以滅火器撲滅 排煙中 無人受傷", status="on_scene")
    lon, lat = s.toward(*hall_b, 20, -40, 20)
    s.c1999(3909, "fire_smoke", lon, lat, t("13:20"), 120, F, "我在展場裡面，廣播叫大家出去，是真的失火嗎？東西可以先不拿嗎？")
    s.sensor_event("SN-FA-003", "fire_alarm", "normal", t("13:45"), 3, F, text="復歸")
    s.sensor_event("SN-FA-002", "fire_alarm", "normal", t("13:47"), 3, F, text="復歸")
    s.f119(1501, "fire", *hall_b, t("13:55"), 20, F, "現場排煙完成 交還管理單位 返隊", status="returning")
    s.police(1908, "crowd_control", "Minor", *hall_b, t("14:10"), 220, F, "B棟恢復開放，展覽繼續。", follows=pc["key"])
    lon, lat = s.near(*pos("SN-FA-002"), 60, 200)
    s.c1999(3912, "環境清潔", lon, lat, t("14:30"), 200, None, "會展中心外面的垃圾桶都滿出來了，飲料杯丟得到處都是。")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "Moderate", t("17:30"), 45, None, "環中路車輛偵測器1 平均速率 20 km/h，佔有率 33%")
    s.rule("SN-VD-JINGMAO-01", "congestion", "Severe", t("17:55"), 45, X, "經貿路車輛偵測器1 平均速率 7 km/h，佔有率 60%")
    s.incident(X, "crowd", "會展中心食品展（許可內）的人潮、停車與交通效應；一個活動勤務。", pe["key"])
    s.incident(F, "fire", "會展中心 B 棟美食區油鍋火：兩面火警總機動作、遠處黑煙通報、約 3,000 人疏散，攤商撲滅，13:45 復歸。", f["key"])
    s.alternative("13:16 經貿路黎明路口的靜止人群是疏散民眾（主讀法歸火警），也可讀為展覽人潮；轉運中心停車場週六滿場未必因展覽。",
                  [dict(i) for i in s.incidents])
    return s


def s360():
    s = Sit(360, "typhoon_tree_transformer_elevator", "2016-07-08", 360,
            "尼伯特颱風外圍環流，週五 15:20 敦化路一段路樹倒塌壓毀台電變電箱：道路阻斷、生態住宅 A、B 區停電（火警總機改預備電源、後來電壓不足）；"
            "A 區一部電梯受困 2 人，119 手動盤車救出。18:15 復電、路樹移除。")
    t = s.t
    T, E = "T", "E"
    tree = (120.6601, 24.1822)
    s.rule("SN-RG-001", "heavy_rain", "Moderate", t("14:00"), 60, None, "中央公園雨量站 1小時雨量 44.0 mm（大雨）", level="大雨")
    s.status("SN-FL-005", "offline", t("15:00"), 2, None, text="offline reason=comms_lost")
    lon, lat = s.toward(*tree, -60, 90)
    t1 = s.c1999(4601, "fallen_tree", lon, lat, t("15:22"), 100, T, "敦化路一段有一棵大樹倒下來，壓到路邊的電箱，還有冒火花！整條路都擋住了。")
    s.sensor_event("SN-FA-012", "fire_alarm", "fault", t("15:23"), 3, T, text="主電源斷電 預備電源供電中")
    s.sensor_event("SN-FA-011", "fire_alarm", "fault", t("15:23:30"), 3, T, text="主電源斷電 預備電源供電中")
    e1 = s.c1999(4603, "other", *s.toward(*pos("SN-FA-011"), 15, -10, 8), t("15:25"), 80, E,
                 "我是A區管理員，停電了，2號電梯卡在7樓跟8樓中間，裡面有兩個人，有一個是老人家。")
    r = s.f119(1601, "rescue", *pos("SN-FA-011"), t("15:26"), 15, E, "北屯區經貿路三段 水湳生態住宅A區 停電電梯受困 受困2人（含1名長者）")
    lon, lat = s.near(*pos("SN-FA-011"), 100, 300)
    s.c1999(4605, "other", lon, lat, t("15:27"), 150, E, "我媽被關在電梯裡面，已經打119了還沒來，可以幫忙催一下嗎？")
    lon, lat = s.near(*pos("SN-FA-012"), 50, 200)
    s.c1999(4606, "other", lon, lat, t("15:30"), 160, T, "我們社區突然停電，電梯也停了，是颱風的關係嗎？台電電話都打不通。")
    pt = s.police(2601, "fallen_object", "Moderate", *tree, t("15:31"), 180, T, "敦化路一段 路樹倒塌壓損台電變電箱，雙向阻斷，已拉封鎖線。")
    s.f119(1601, "rescue", *pos("SN-FA-011"), t("15:38"), 20, E, "到達現場 手動盤車救出受困2人 長者輕微不適 評估後未後送", status="on_scene")
    s.police(2603, "road_closure", "Moderate", *s.toward(*tree, 0, -80, 10), t("15:40"), 200, T,
             "敦化路一段（經貿路至中平路）封閉，等待台電及建設局搶修。", follows=pt["key"])
    s.f119(1601, "rescue", *pos("SN-FA-011"), t("15:50"), 20, E, "返隊", status="returning")
    s.rule("SN-VD-JINGMAO-02", "congestion", "Moderate", t("16:00"), 45, T, "經貿路車輛偵測器2 平均速率 16 km/h，佔有率 37%")
    s.rule("SN-WL-001", "water_level", "Moderate", t("16:10"), 60, None, "中央公園北滯洪池水位 2.12 m ≥ 三級警戒 2.0 m", level="3")
    lon, lat = s.near(*pos("SN-PK-003"), 50, 200)
    s.c1999(4609, "fallen_tree", lon, lat, t("16:30"), 200, None, "河南路人行道上有一些斷掉的小樹枝，不急，颱風過了再來掃就好。")
    s.sensor_event("SN-FA-011", "fire_alarm", "fault", t("16:40"), 3, T, text="預備電源電壓不足", truth_alt=None)
    lon, lat = s.near(*tree, 150, 400)
    s.c1999(4612, "streetlight", lon, lat, t("17:10"), 210, T, "敦化路到經貿路這一整排路燈都不亮，天快黑了，颱風天很危險。")
    s.sensor_event("SN-FA-012", "fire_alarm", "normal", t("18:15"), 3, T, text="主電源恢復")
    s.sensor_event("SN-FA-011", "fire_alarm", "normal", t("18:16"), 3, T, text="主電源恢復")
    s.status("SN-FL-005", "online", t("18:30"), 2, None)
    s.police(2608, "road_closure", "Minor", *tree, t("18:20"), 240, T, "台電搶修完成已復電，路樹由建設局鋸除移除，恢復通行。", follows=pt["key"])
    s.incident(T, "infrastructure", "敦化路一段路樹倒塌壓毀變電箱：道路阻斷、生態住宅區停電（火警總機改預備電源、電池耗盡警示、路燈全暗）；台電與建設局搶修、封路。", t1["key"])
    s.incident(E, "rescue", "停電造成生態住宅 A 區電梯受困 2 人，119 手動盤車救出，未後送。", e1["key"])
    s.alternative("A 區總機 16:40 的「預備電源電壓不足」本身是設備狀態，可讀為停電的後果（主讀法）或一般保養事項。", [dict(i) for i in s.incidents])
    s.notes = "颱風大雨與滯洪池三級水位是滯洪池在做它的工作，背景；河南路的小斷枝是日常清潔陳情，背景。"
    return s


def s361():
    s = Sit(361, "car_fire_hwy74_ramp_far_smoke", "2016-02-19", 361,
            "週五傍晚 16:40 台74線往環中路匝道一輛自小客車引擎起火、全面燃燒，黑煙 1 km 外可見，匝道封閉、環中路回堵；"
            "17:12 中央公園南端河南路停車場旁空地另有民眾燃燒雜草垃圾，119 派車撲滅。")
    t = s.t
    V, B = "V", "B"
    ramp = (120.6468, 24.1966)
    s.status("SN-CCTV-002", "offline", t("16:00"), 2, None, text="offline reason=maintenance")
    s.sensor_event("SN-FA-009", "fire_alarm", "fault", t("16:20"), 3, None, text="探測器故障 第3區")
    s.status("SN-CCTV-002", "online", t("16:30"), 2, None)
    v0 = s.sensor_event("SN-CCTV-001", "cctv", "smoke", t("16:41"), 3, V, confidence=0.77)
    s.dup(v0, 25)
    s.sensor_event("SN-CCTV-001", "cctv", "stalled_vehicle", t("16:41:30"), 3, V, confidence=0.85)
    lon, lat = s.toward(*ramp, 90, -60)
    v1 = s.c1999(6101, "fire_smoke", lon, lat, t("16:42"), 60, V, "台74下來環中路那邊有一台車在燒，火很大，黑煙一直冒！")
    f = s.f119(1701, "fire", *ramp, t("16:43"), 15, V, "台74線往環中路匝道 自小客車火警 派遣水箱車、水庫車、救護車")
    lon, lat = s.toward(*pos("SN-SIG-007"), 60, -120, 60)
    s.c1999(6103, "fire_smoke", lon, lat, t("16:44"), 130, V, "西邊那邊冒好大的黑煙，不知道是哪裡燒起來，是工廠嗎？")
    lon, lat = offset_m(ramp[0], ramp[1], -300, -1250)
    s.c1999(6105, "fire_smoke", lon, lat, t("16:47"), 150, V, "逢甲這邊看到北邊一大片黑煙，是不是哪裡發生火災？")
    s.f119(1701, "fire", *ramp, t("16:49"), 20, V, "到達現場 自小客車引擎室起火 全面燃燒 駕駛已自行逃出 無人受傷", status="on_scene")
    pv = s.police(3601, "road_closure", "Moderate", *pos("SN-SIG-001"), t("16:50"), 200, V, "台74線往環中路匝道封閉，車輛起火消防搶救中。")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "Severe", t("16:55"), 45, V, "環中路車輛偵測器1 平均速率 8 km/h，佔有率 64%")
    s.sensor_event("SN-CCTV-001", "cctv", "smoke", t("16:58"), 3, V, confidence=0.58)
    s.f119(1701, "fire", *ramp, t("17:02"), 20, V, "火勢撲滅 殘火處理中", status="on_scene").update(key="119-%s-1701/on_scene@1702" % s.roc())
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Moderate", t("17:05"), 45, V, "環中路車輛偵測器2 平均速率 17 km/h，佔有率 39%", truth_alt=None)
    # burning rubbish at the south end of the park
    lot = (120.6545, 24.1755)
    lon, lat = s.toward(*lot, 150, 100, 40)
    b1 = s.c1999(6109, "fire_smoke", lon, lat, t("17:12"), 90, B, "公園旁邊空地有人在燒雜草跟垃圾，煙一直飄過來，家裡都是煙味。")
    s.f119(1705, "fire", *lot, t("17:15"), 15, B, "西屯區河南路停車場旁空地 雜草垃圾燃燒 派遣水箱車1")
    lon, lat = s.toward(*lot, -120, -180, 40)
    s.c1999(6111, "fire_smoke", lon, lat, t("17:20"), 170, B, "河南路停車場那邊空地在燒東西，味道很臭，有人在管嗎？")
    s.f119(1705, "fire", *lot, t("17:24"), 20, B, "到達現場 空地雜草堆燃燒約2平方公尺 已撲滅 行為人已離開", status="on_scene")
    s.f119(1701, "fire", *ramp, t("17:25"), 20, V, "現場處理完畢 返隊", status="returning")
    s.f119(1705, "fire", *lot, t("17:35"), 20, B, "返隊", status="returning")
    s.police(3605, "road_closure", "Minor", *pos("SN-SIG-001"), t("17:40"), 210, V, "事故車輛已拖吊，匝道恢復通行。", follows=pv["key"])
    lon, lat = s.near(*pos("SN-FA-011"), 50, 200)
    s.c1999(6115, "noise", lon, lat, t("17:50"), 200, None, "樓下店家在裝潢，一直敲敲打打，都下班時間了還在做。")
    s.incident(V, "fire", "台74線往環中路匝道自小客車火燒車：監視器煙霧、近遠處民眾黑煙通報、119 撲滅、匝道封閉、環中路回堵。", v1["key"])
    s.incident(B, "fire", "河南路停車場旁空地燃燒雜草垃圾，119 派一車撲滅（距火燒車 2.4 km，同時段）。", b1["key"])
    s.alternative("環中路車輛偵測器2 的 17:05 壅塞在週五傍晚尖峰，可歸火燒車封匝道（主讀法），也可讀為常態尖峰。", [dict(i) for i in s.incidents])
    s.notes = "遠處（900 m、1.3 km）看到黑煙的民眾位置不在現場；逢甲校區總機的探測器故障與 CCTV-002 的保養離線是背景。"
    return s


def s362():
    s = Sit(362, "night_signal_stall_drunk_followups", "2016-01-14", 362,
            "週四夜間三件交通勤務：21:10 經貿路二段/經貿七路口號誌控制器故障閃黃（非停電，22:52 更換修復）；"
            "21:35 環中路二段近凱旋路西向外側車道自小客車拋錨；23:40 黎明路三段/凱旋路口酒駕自撞分隔島。警方多次後續回報，其中一份比原報告先到。")
    t = s.t
    S1, S2, S3 = "S1", "S2", "S3"
    s.status("SN-VD-ZHONGKE-01", "offline", t("20:50"), 2, None, text="offline reason=comms_lost")
    s.status("SN-VD-ZHONGKE-01", "online", t("20:58"), 2, None)
    a = s.sensor_event("SN-SIG-006", "signal", "fault", t("21:10"), 4, S1, text="控制器故障 切換閃光運轉（黃閃）")
    lon, lat = s.toward(*pos("SN-SIG-006"), 90, -60)
    c = s.c1999(5101, "traffic_signal", lon, lat, t("21:14"), 120, S1, "經貿七路口紅綠燈一直閃黃燈，都沒有變換，車子都不知道誰先走。")
    s.dup(c, 70)
    s.police(4201, "traffic_signal_fault", "Minor", *pos("SN-SIG-006"), t("21:25"), 210, S1, "經貿路二段/經貿七路口號誌閃黃，已通報交通局，暫派員指揮。")
    s.c1999(5101, "traffic_signal", lon, lat, t("21:30"), 60, S1, "案件更新：已派工交通局號誌維護廠商，2小時內到場。",
            follows=c["key"]).update(key=c["key"] + "/dispatched")
    # stalled car
    sv = s.sensor_event("SN-CCTV-002", "cctv", "stalled_vehicle", t("21:35"), 3, S2, confidence=0.91)
    lon, lat = s.toward(*pos("SN-SIG-002"), 300, 100, 40)
    s.c1999(5104, "other", lon, lat, t("21:38"), 150, S2, "環中路有一台車停在外側車道，沒開警示燈，很暗很危險，差點追撞。")
    ps = s.police(4203, "stalled_vehicle", "Minor", *s.toward(*pos("SN-SIG-002"), 180, 60, 10), t("21:42"), 200, S2,
                  "環中路二段西向外側車道 自小客車拋錨，已擺設三角錐。")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Minor", t("21:45"), 45, S2, "環中路車輛偵測器2 平均速率 24 km/h，佔有率 27%")
    s.police(4205, "stalled_vehicle", "Minor", *s.toward(*pos("SN-SIG-002"), 180, 60, 10), t("22:05"), 220, S2,
             "拖吊車到場拖離，車道恢復。", follows=ps["key"])
    s.sensor_event("SN-CCTV-003", "cctv", "wrong_way", t("22:20"), 3, None, confidence=0.38)
    s.police(4207, "traffic_signal_fault", "Minor", *pos("SN-SIG-006"), t("22:40"), 230, S1, "廠商到場更換控制器。",
             follows="TCPD-%s-4201" % s.roc())
    s.sensor_event("SN-SIG-006", "signal", "restored", t("22:52"), 4, S1, text="燈號恢復正常運轉")
    lon, lat = s.near(*pos("SN-SIG-003"), 200, 500)
    s.c1999(5108, "noise", lon, lat, t("23:05"), 200, None, "環中路又有人在飆車，改管排氣管很吵，每天晚上都這樣。")
    s.sensor_event("SN-CCTV-004", "cctv", "fallen_object", t("23:15"), 3, None, confidence=0.45)
    # drunk driver
    d0 = s.sensor_event("SN-CCTV-007", "cctv", "accident", t("23:40:30"), 3, S3, confidence=0.86)
    lon, lat = s.toward(*pos("SN-SIG-007"), -80, 70)
    s.c1999(5111, "traffic_accident", lon, lat, t("23:41"), 110, S3, "黎明路口有一台車撞上安全島，車頭都爛了，司機好像還坐在車上。")
    pd = s.police(4211, "accident", "Moderate", *pos("SN-SIG-007"), t("23:44"), 1500, S3,
                  "黎明路三段/凱旋路口 自小客車自撞分隔島，駕駛受輕傷。")
    s.f119(1801, "ambulance", *pos("SN-SIG-007"), t("23:45"), 15, S3, "黎明路三段/凱旋路口 自撞 駕駛1名 額頭擦傷 意識清楚 有酒味")
    s.f119(1801, "ambulance", *pos("SN-SIG-007"), t("23:53"), 20, S3, "到達現場 傷者額頭擦傷 拒絕後送", status="on_scene")
    s.police(4213, "accident", "Moderate", *pos("SN-SIG-007"), t("D+1 00:02"), 90, S3,
             "駕駛酒測值0.62mg/L，依公共危險罪移送。", follows=pd["key"])
    s.police(4215, "accident", "Minor", *pos("SN-SIG-007"), t("D+1 00:25"), 200, S3,
             "事故車拖離，分隔島護欄受損，已通報養工處。", follows=pd["key"])
    s.incident(S1, "traffic", "經貿路二段/經貿七路口號誌控制器故障閃黃（非停電），派員指揮、廠商更換控制器，21:10–22:52。", a["key"])
    s.incident(S2, "traffic", "環中路二段西向外側車道自小客車拋錨，拖吊排除約 30 分鐘。", sv["key"])
    s.incident(S3, "traffic", "黎明路三段/凱旋路口酒駕自撞分隔島，駕駛輕傷，依公共危險罪移送。", d0["key"])
    s.notes = "原始警方報告 TCPD-4211 晚到 25 分鐘，它的後續（酒測）先到。CCTV 0.38 逆向與 0.45 掉落物是誤判、背景；VD 中科路 20:50 短暫斷線是背景。"
    return s


if __name__ == "__main__":
    for fn in (s357, s358, s359, s360, s361, s362):
        sit = fn()
        routine(sit, 2, 9001)
        base, n = sit.write()
        print(base, n)
