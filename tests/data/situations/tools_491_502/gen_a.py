"""Situations 491-496."""
from lib import Sit, inc, on_road, spos


def s491():
    s = Sit("491", "morning_rush_two_crashes_huanzhong", "2016-05-17")
    A, B = "A_huanzhong_zhongke_rearend", "B_zhongqing_huanzhong_scooter"
    # background: an ordinary Tuesday morning rush
    s.add("1050517-0031", "1999", "streetlight", "07:20", 40, None, "凱旋路靠近黎明路那邊有一盞路燈晚上都不亮，燈桿編號XT-03317", pos=s.near(on_road("kaixuan", 0.3), 80))
    s.cong("R-0517-0731-HZ02", "SN-VD-HUANZHONG-02", "07:31", None, 24, direction="往東")
    s.cong("R-0517-0735-ZQ01", "SN-VD-ZHONGQING-01", "07:35", None, 21, direction="往北")
    s.cong("R-0517-0738-HZ03", "SN-VD-HUANZHONG-03", "07:38", None, 23)
    s.add("1050517-0044", "1999", "illegal_parking", "07:44", 70, None, "經貿路二段公車站前面有車併排停，公車都沒辦法靠站", pos=s.near(on_road("jingmao", 0.2), 60))
    s.cong("R-0517-0745-JM01", "SN-VD-JINGMAO-01", "07:45", None, 26)
    s.cong("R-0517-0750-HN01", "SN-VD-HENAN-01", "07:50", None, 22)
    # crash A: 3-car rear-end, 環中路 eastbound just before 中科路
    pA = on_road("huanzhong", 0.69)
    s.add("C-003-0753", "cctv", "stalled_vehicle", "07:53:10", 15, A, "路口監視器偵測車輛停滯", sid="SN-CCTV-003", pos=s.near(pA, 40), conf=0.81)
    s.add("1050517-0052", "1999", "traffic_accident", "07:54", 95, A, "環中路往中清路方向，中科路口前面三台車追撞，佔住內側兩個車道", pos=s.near(pA, 150))
    s.add("P0517-0112", "incident", "accident", "07:58", 150, A, "環中路二段往東中科路口前三車追撞，無人受傷，佔用內側二車道，員警到場處理", pos=s.near(pA, 30), sev="Moderate")
    s.add("status-KX02-off", "status", "offline", "07:58", 5, None, "設備離線", sid="SN-VD-KAIXUAN-02")
    s.add("PK001-0755", "parking", "full", "07:55", 30, None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    s.add("status-KX02-on", "status", "online", "08:01", 5, None, "設備恢復連線", sid="SN-VD-KAIXUAN-02")
    s.cong("R-0517-0802-HZ02", "SN-VD-HUANZHONG-02", "08:02", A, 7, sev="Severe", direction="往東", alt=None)
    s.add("1050517-0061", "1999", "traffic_accident", "08:05", 80, A, "環中路往中清那邊整個卡住不動，前面好像有車禍", pos=s.near(pA, 400))
    # crash B: left-turning car vs scooter at 中清路/環中路
    pB = spos("SN-SIG-008")
    s.add("A105051708061", "119", "ambulance", "08:06:30", 25, B, "中清路環中路口機車與自小客碰撞，騎士倒地意識清楚，左腿疑似骨折", pos=s.near(pB, 40))
    s.add("C-008-0807", "cctv", "stalled_vehicle", "08:07", 20, B, "路口監視器偵測車輛停滯", sid="SN-CCTV-008", pos=s.near(pB, 30), conf=0.74)
    s.dup("A105051708061", 50)
    s.add("1050517-0066", "1999", "traffic_accident", "08:08", 60, B, "中清環中路口有機車被撞，人躺在地上，救護車好像還沒到", pos=s.near(pB, 120))
    s.add("P0517-0120", "incident", "injury_accident", "08:09", 900, B, "中清路與環中路口自小客左轉與直行機車碰撞，機車騎士受傷送醫，中清路往北外側車道佔用", pos=s.near(pB, 25), sev="Moderate")
    s.add("P0517-0123", "incident", "injury_accident", "08:12", 60, B, "支援中清環中路口事故交通疏導", pos=s.near(pB, 25), sev="Moderate", follows="P0517-0120")
    s.cong("R-0517-0814-ZQ01", "SN-VD-ZHONGQING-01", "08:14", B, 9, sev="Severe", direction="往北")
    s.cong("R-0517-0816-HZ03", "SN-VD-HUANZHONG-03", "08:16", B, 11, sev="Severe", alt=None)
    s.add("1050517-0078", "1999", "traffic_accident", "08:20", 100, B, "中清路往大雅方向塞爆了，比平常還誇張，聽說環中路口出車禍", pos=s.near(on_road("zhongqing", 0.25), 150))
    s.add("A105051708061-u1", "119", "ambulance", "08:24", 40, B, "傷者已送中國醫藥大學附設醫院", pos=s.near(pB, 40), follows="A105051708061")
    s.add("P0517-0112-u1", "incident", "accident", "08:31", 120, A, "事故車輛已移至路邊，環中路往東車道恢復通行", pos=s.near(pA, 30), sev="Minor", follows="P0517-0112")
    s.add("P0517-0120-u1", "incident", "injury_accident", "08:52", 180, B, "現場處理完畢，中清路往北車道恢復", pos=s.near(pB, 25), sev="Minor", follows="P0517-0120")
    s.write("平日早上尖峰，環中路上相隔約五百公尺、十多分鐘內發生兩起事故，各自造成回堵；其餘是每日例行壅塞與例行陳情。",
            [inc(A, "traffic", "環中路二段往東中科路口前三車追撞，往東回堵至偵測器2", "1050517-0052"),
             inc(B, "traffic", "中清路/環中路口左轉車撞直行機車，騎士送醫，中清路往北回堵", "A105051708061")],
            {"why": "事故後尖峰路段的嚴重壅塞也可視為每日尖峰的一部分(背景)，而不是事故造成的回堵。",
             "incidents": [inc(A, "traffic", "同上", "1050517-0052"), inc(B, "traffic", "同上", "A105051708061")]})


def s492():
    s = Sit("492", "evening_closure_detour_liming_kaixuan", "2016-05-20")
    X, T = "X_huanzhong_tai74_truck_closure", "T_hub_scooter_theft"
    pX = on_road("huanzhong", 0.37)
    s.cong("R-0520-1725-HZ04", "SN-VD-HUANZHONG-04", "17:25", None, 22, direction="往東")
    s.cong("R-0520-1735-ZQ02", "SN-VD-ZHONGQING-02", "17:35", None, 19)
    s.add("C-001-1741", "cctv", "stalled_vehicle", "17:41", 20, X, "路口監視器偵測車輛停滯", sid="SN-CCTV-001", pos=s.near(pX, 40), conf=0.88)
    s.add("1050520-0212", "1999", "traffic_accident", "17:43", 75, X, "環中路台74下來那邊大貨車打橫了，整條路都被擋住", pos=s.near(pX, 200))
    s.add("P0520-0301", "incident", "injury_accident", "17:44", 140, X, "環中路二段往東台74線匝道口聯結車與自小客擦撞，聯結車打滑橫向佔用往東全部車道，自小客駕駛輕傷", pos=s.near(pX, 30), sev="Severe")
    s.add("A105052017451", "119", "rescue", "17:45", 30, X, "環中路台74匝道口聯結車事故，自小客駕駛受困車內，派遣救助隊", pos=s.near(pX, 50))
    s.cong("R-0520-1745-HN01", "SN-VD-HENAN-01", "17:45", None, 20)
    s.add("PK001-1750", "parking", "full", "17:50", 30, None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    s.cong("R-0520-1750-HZ04", "SN-VD-HUANZHONG-04", "17:50", X, 6, sev="Severe", direction="往東")
    s.cong("R-0520-1752-HZ01", "SN-VD-HUANZHONG-01", "17:52", X, 5, sev="Severe", direction="往東")
    s.add("P0520-0309", "incident", "road_closure", "17:55", 200, X, "環中路二段往東(台74線至凱旋路段)封閉，車流改道黎明路、凱旋路，預計20時前排除", pos=s.near(pX, 60), sev="Severe", follows="P0520-0301")
    s.add("A105052017451-u1", "119", "rescue", "17:58", 40, X, "受困者已救出，送醫", pos=s.near(pX, 50), follows="A105052017451")
    s.cong("R-0520-1800-ZP02", "SN-VD-ZHONGPING-02", "18:00", None, 21)
    s.cong("R-0520-1805-LM01", "SN-VD-LIMING-01", "18:05", X, 11, direction="往東", alt=None)
    s.cong("R-0520-1808-KX01", "SN-VD-KAIXUAN-01", "18:08", X, 9, sev="Severe", direction="往南", alt=None)
    s.add("1050520-0231", "1999", "other", "18:10", 90, X, "黎明路凱旋路口塞到動不了，平常這時間不會這樣，前面到底發生什麼事", pos=s.near(spos("SN-SIG-007"), 150), alt=None)
    s.add("P0520-0318", "incident", "theft", "18:12", 420, T, "水湳轉運中心機車停車場機車遭竊，車主到場報案", pos=s.near(spos("SN-PK-001"), 60), sev="Minor")
    s.dup("1050520-0231", 40)
    s.add("1050520-0240", "1999", "other", "18:18", 120, X, "凱旋路往南整條都是車，公車也卡在裡面，怎麼沒有人指揮交通", pos=s.near(on_road("kaixuan", 0.55), 150), alt=None)
    s.cong("R-0520-1820-KX02", "SN-VD-KAIXUAN-02", "18:20", X, 12, direction="往南", alt=None)
    s.add("status-CCTV002-off", "status", "offline", "18:20", 5, None, "設備離線", sid="SN-CCTV-002")
    s.add("status-CCTV002-on", "status", "online", "18:24", 5, None, "設備恢復連線", sid="SN-CCTV-002")
    s.add("1050520-0247", "1999", "noise", "18:30", 60, None, "經貿路三段工地到現在還在施工，很吵", pos=s.near(on_road("jingmao", 0.7), 100))
    s.add("P0520-0318-u1", "incident", "theft", "18:46", 300, T, "調閱停車場監視器中，疑似兩名男子推走機車", pos=s.near(spos("SN-PK-001"), 60), sev="Minor", follows="P0520-0318")
    s.add("P0520-0309-u1", "incident", "road_closure", "19:40", 150, X, "事故車輛吊離，環中路二段往東恢復通車", pos=s.near(pX, 60), sev="Minor", follows="P0520-0309")
    s.write("週五傍晚，聯結車在環中路台74匝道口打滑橫擋往東車道，警方封路並將車流改道黎明路、凱旋路，改道路線隨之壅塞；同時轉運中心有一件機車竊案。",
            [inc(X, "traffic", "環中路台74匝道口聯結車事故與封路，含上游回堵與改道路線(黎明路、凱旋路)的壅塞及民眾詢問", "1050520-0212"),
             inc(T, "public_safety", "轉運中心機車停車場機車失竊", "P0520-0318")],
            {"why": "黎明路、凱旋路的壅塞與詢問電話也可讀成傍晚尖峰的一般壅塞(背景)，不歸入封路事故。",
             "incidents": [inc(X, "traffic", "同上，不含改道路線壅塞", "1050520-0212"), inc(T, "public_safety", "同上", "P0520-0318")]})


def s493():
    s = Sit("493", "henan_road_works_and_zhongke_fallen_steel", "2016-06-07")
    W, C, F = "W_henan_works_traffic", "C_henan_works_taper_crash", "F_zhongke_fallen_steel_closure"
    pW = on_road("henan", 0.85)
    s.add("PE-1050607-017", "planned_event", "road_works", "09:00", -86400 * 1 + 3600 * 6, W, "河南路二段(近中平路)自來水管線汰換工程，佔用往北外側車道，施工時間09:00-16:00", pos=pW, ends="16:00")
    s.add("status-RG002-off", "status", "offline", "08:50", 5, None, "設備離線(維護)", sid="SN-RG-002")
    s.add("R-0607-0900-RG002", "rule", "sensor_offline", "09:00", 30, None, "水湳轉運中心雨量站 超過20分鐘未回傳資料", sid="SN-RG-002", sev="Minor")
    s.cong("R-0607-0935-HN02", "SN-VD-HENAN-02", "09:35", W, 14, direction="往北")
    s.add("1050607-0102", "1999", "other", "09:50", 90, W, "河南路施工佔掉一個車道，都沒有人在指揮交通，往北塞很長", pos=s.near(pW, 250))
    s.add("1050607-0109", "1999", "road_damage", "10:02", 100, None, "中平路靠近經貿路那邊有個小坑洞，請派人補一下", pos=s.near(on_road("zhongping", 0.7), 80))
    s.add("P0607-0140", "incident", "other", "10:20", 300, W, "河南路二段管線工程現場未設置交通引導人員，已要求施工單位改善並派員協助疏導", pos=s.near(pW, 40), sev="Minor")
    pC = s.near(pW, 30)
    s.add("C-010-1041", "cctv", "fallen_object", "10:41", 20, C, "路口監視器偵測路面掉落物", sid="SN-CCTV-010", pos=s.near(pW, 60), conf=0.66, alt=W)
    s.add("A105060710421", "119", "ambulance", "10:42", 30, C, "河南路施工處機車撞倒交通錐後滑倒，騎士手肘擦傷", pos=s.near(pC, 40), alt=W)
    s.add("P0607-0151", "incident", "injury_accident", "10:44", 260, C, "河南路二段往北施工區漸變段機車擦撞交通錐倒地，騎士輕傷，交通錐散落車道", pos=pC, sev="Moderate", alt=W)
    s.add("1050607-0121", "1999", "traffic_accident", "10:45", 80, C, "河南路施工的地方有機車摔車，三角錐都倒在路上", pos=s.near(pC, 100), alt=W)
    s.add("PK003-1150", "parking", "full", "11:50", 30, None, "河南路停車場 汽車位已滿", sid="SN-PK-003")
    s.add("1050607-0133", "1999", "illegal_parking", "12:10", 60, None, "經貿路二段紅線上一直停著一台白色廂型車", pos=s.near(on_road("jingmao", 0.35), 60))
    pF = on_road("zhongke", 0.55)
    s.add("1050607-0141", "1999", "other", "13:58", 70, F, "中科路工地吊車吊的鋼筋掉到馬路上，外線車道都是鋼筋", pos=s.near(pF, 120))
    s.add("P0607-0177", "incident", "fallen_object", "14:03", 200, F, "中科路往南工地吊掛鋼材掉落路面，佔用外側車道，無人受傷", pos=s.near(pF, 30), sev="Moderate")
    s.add("P0607-0179", "incident", "road_closure", "14:10", 180, F, "中科路往南外側車道暫時封閉，工地清除掉落鋼材中", pos=s.near(pF, 30), sev="Moderate", follows="P0607-0177")
    s.cong("R-0607-1418-ZK01", "SN-VD-ZHONGKE-01", "14:18", F, 13, direction="往南")
    s.add("status-RG002-on", "status", "online", "14:30", 5, None, "設備恢復連線", sid="SN-RG-002")
    s.add("P0607-0177-u1", "incident", "fallen_object", "14:52", 240, F, "鋼材清除完畢，中科路往南外側車道恢復通行", pos=s.near(pF, 30), sev="Minor", follows="P0607-0177")
    s.cong("R-0607-1520-HN02", "SN-VD-HENAN-02", "15:20", W, 17, direction="往北")
    s.write("平日白天：河南路核准的管線工程佔用車道造成回堵與陳情，警方到場要求改善；施工漸變段有機車撞倒交通錐；下午中科路工地吊掛鋼材掉落，封閉外側車道。",
            [inc(W, "traffic", "河南路管線工程佔用車道：核准的施工、回堵、無人指揮的陳情與警方要求改善", "1050607-0102"),
             inc(C, "traffic", "河南路施工漸變段機車撞交通錐，騎士輕傷", "A105060710421"),
             inc(F, "traffic", "中科路工地鋼材掉落，外側車道封閉清除", "1050607-0141")],
            {"why": "施工區的事故也可以視為同一個施工現場的工作(同一組警力、同一個施工單位負責清理交通錐)，併入施工事件。",
             "incidents": [inc(W, "traffic", "河南路施工現場，含漸變段機車事故", "1050607-0102"),
                           inc(F, "traffic", "同上", "1050607-0141")]},
            notes="施工許可本身在 09:00 前一天就到了；沒有其他證據時它只是背景，但此處施工造成回堵與陳情，許可歸入施工事件。")


def s494():
    s = Sit("494", "dark_signals_jingmao_and_taiwan_blvd", "2016-07-12")
    S, K, S9 = "S_jingmao_signals_dark", "K_crash_at_dark_jingmao_liming", "S9_taiwan_blvd_flashing"
    s.add("1050712-0201", "1999", "traffic_signal", "13:30", 80, None, "凱旋路黎明路口往北綠燈秒數太短，希望可以延長一點", pos=s.near(spos("SN-SIG-007"), 80))
    s.add("PK006-1340", "parking", "full", "13:40", 30, None, "臺中國際會展中心停車場 汽車位已滿", sid="SN-PK-006")
    s.add("SIG005-f-1421", "signal", "fault", "14:21:05", 10, S, "號誌控制器異常：燈號全熄", sid="SN-SIG-005")
    s.add("SIG006-f-1421", "signal", "fault", "14:21:07", 10, S, "號誌控制器異常：燈號全熄", sid="SN-SIG-006", alt="S6_jingmao7_signal_dark")
    s.add("C-005-1423", "cctv", "signal_dark", "14:23", 20, S, "路口監視器偵測號誌未亮", sid="SN-CCTV-005", conf=0.91)
    s.add("1050712-0215", "1999", "traffic_signal", "14:25", 90, S, "經貿路黎明路口紅綠燈全部不亮，車子亂鑽很危險", pos=s.near(spos("SN-SIG-005"), 100))
    s.dup("1050712-0215", 30)
    s.add("1050712-0219", "1999", "traffic_signal", "14:29", 110, S, "經貿七路那個路口的紅綠燈也沒亮", pos=s.near(spos("SN-SIG-006"), 120), alt="S6_jingmao7_signal_dark")
    s.add("P0712-0233", "incident", "traffic_signal_fault", "14:35", 240, S, "經貿路二段黎明路口號誌全暗，派員指揮交通，已通報交通局", pos=s.near(spos("SN-SIG-005"), 20), sev="Moderate")
    s.cong("R-0712-1440-JM01", "SN-VD-JINGMAO-01", "14:40", S, 12, direction="往南")
    pK = s.near(spos("SN-SIG-005"), 25)
    s.add("1050712-0228", "1999", "traffic_accident", "14:48", 70, K, "經貿路黎明路口紅綠燈沒亮，剛剛兩台車撞在一起", pos=s.near(pK, 80))
    s.add("P0712-0241", "incident", "accident", "14:50", 300, K, "經貿路二段黎明路口(號誌故障中)兩自小客碰撞，無人受傷，車輛已移置路邊", pos=pK, sev="Minor")
    s.add("1050712-0233", "1999", "traffic_signal", "14:52", 60, S, "經貿路上好幾個路口紅綠燈都壞掉了，有人在處理嗎", pos=s.near(on_road("jingmao", 0.4), 200))
    s.add("SIG002-f-1502", "signal", "fault", "15:02:10", 10, None, "號誌控制器異常：通訊逾時", sid="SN-SIG-002")
    s.add("SIG002-r-1502", "signal", "restored", "15:02:50", 10, None, "號誌恢復正常", sid="SN-SIG-002")
    s.add("SIG005-r-1530", "signal", "restored", "15:30", 10, S, "號誌恢復正常", sid="SN-SIG-005")
    s.add("SIG006-r-1531", "signal", "restored", "15:31", 10, S, "號誌恢復正常", sid="SN-SIG-006", alt="S6_jingmao7_signal_dark")
    s.add("P0712-0233-u1", "incident", "traffic_signal_fault", "15:35", 180, S, "號誌已恢復，台電饋線跳脫已復電，員警收勤", pos=s.near(spos("SN-SIG-005"), 20), sev="Minor", follows="P0712-0233")
    s.add("SIG009-f-1605", "signal", "fault", "16:05", 10, S9, "號誌控制器異常：閃黃運轉", sid="SN-SIG-009")
    s.add("1050712-0251", "1999", "traffic_signal", "16:12", 90, S9, "臺灣大道環中路口紅綠燈一直閃黃燈，車很多很危險", pos=s.near(spos("SN-SIG-009"), 120))
    s.add("1050712-0256", "1999", "streetlight", "16:20", 60, None, "中科路有兩盞路燈白天也亮著", pos=s.near(on_road("zhongke", 0.4), 80))
    s.cong("R-0712-1625-HZ04", "SN-VD-HUANZHONG-04", "16:25", S9, 15, direction="往南")
    s.add("SIG009-r-1650", "signal", "restored", "16:50", 10, S9, "號誌恢復正常", sid="SN-SIG-009")
    s.add("1050712-0251-u1", "1999", "traffic_signal", "16:55", 60, S9, "已派廠商修復，號誌恢復正常(結案)", pos=s.near(spos("SN-SIG-009"), 120), follows="1050712-0251")
    s.cong("R-0712-1715-HZ03", "SN-VD-HUANZHONG-03", "17:15", None, 23)
    s.write("炎熱午後台電饋線跳脫，經貿路二段兩個相鄰路口號誌同時全暗，員警指揮交通；全暗期間路口發生擦撞；傍晚臺灣大道環中路口另一個號誌閃黃故障。",
            [inc(S, "traffic", "經貿路黎明路口與經貿七路口號誌同時全暗(同一停電原因)，員警指揮交通至恢復", "SIG005-f-1421"),
             inc(K, "traffic", "號誌全暗期間經貿黎明路口兩車擦撞", "1050712-0228"),
             inc(S9, "traffic", "臺灣大道環中路口號誌閃黃故障", "SIG009-f-1605")],
            {"why": "兩個號誌各自需要維修廠商到場，可視為兩件號誌故障工作。",
             "incidents": [inc(S, "traffic", "經貿路黎明路口號誌全暗", "SIG005-f-1421"),
                           inc("S6_jingmao7_signal_dark", "traffic", "經貿七路口號誌全暗", "SIG006-f-1421"),
                           inc(K, "traffic", "同上", "1050712-0228"), inc(S9, "traffic", "同上", "SIG009-f-1605")]},
            notes="號誌控制器回報的 fault 就足以開案(全熄，且同一分鐘兩個)；SIG-002 40秒的通訊逾時屬設備抖動。")


def s495():
    s = Sit("495", "stalled_truck_and_fallen_loads_midday", "2016-08-03")
    V, O, O2 = "V_zhongqing_stalled_truck", "O_huanzhong_jingmao_plywood", "O2_liming_mattress"
    pV = on_road("zhongqing", 0.52)
    s.add("1050803-0301", "1999", "streetlight", "10:50", 60, None, "河南路停車場旁邊路燈一閃一閃的", pos=s.near(spos("SN-PK-003"), 80))
    s.add("1050803-0305", "1999", "other", "11:08", 80, V, "中清路往南有台大卡車拋錨在內線，後面都要切出來", pos=s.near(pV, 200))
    s.add("P0803-0410", "incident", "stalled_vehicle", "11:10", 240, V, "中清路往南(近經貿路)大貨車故障停於內側車道，已放置三角錐，等候拖吊", pos=s.near(pV, 30), sev="Moderate")
    s.cong("R-0803-1118-ZQ02", "SN-VD-ZHONGQING-02", "11:18", V, 16, direction="往南")
    pO = on_road("huanzhong", 0.80)
    s.add("C-004-1132", "cctv", "fallen_object", "11:32", 15, O, "路口監視器偵測路面掉落物", sid="SN-CCTV-004", pos=s.near(pO, 30), conf=0.77)
    s.add("1050803-0318", "1999", "other", "11:35", 70, O, "環中路經貿路口有一大片木板掉在路中間，機車差點撞到", pos=s.near(pO, 120))
    s.add("status-PK004-off", "status", "offline", "11:38", 5, None, "設備離線", sid="SN-PK-004")
    s.add("P0803-0419", "incident", "fallen_object", "11:41", 180, O, "環中路二段經貿路口內側車道木板掉落，員警到場移除中", pos=s.near(pO, 25), sev="Moderate")
    s.add("status-PK004-on", "status", "online", "11:43", 5, None, "設備恢復連線", sid="SN-PK-004")
    s.dup("1050803-0318", 45)
    s.add("C-007-1150", "cctv", "stalled_vehicle", "11:50", 15, None, "路口監視器偵測車輛停滯", sid="SN-CCTV-007", conf=0.41)
    s.add("P0803-0419-u1", "incident", "fallen_object", "11:55", 90, O, "木板已清除，環中路恢復通行", pos=s.near(pO, 25), sev="Minor", follows="P0803-0419")
    s.add("P0803-0410-u1", "incident", "stalled_vehicle", "12:02", 150, V, "拖吊車到場，故障貨車已拖離", pos=s.near(pV, 30), sev="Minor", follows="P0803-0410")
    pP = s.near(spos("SN-CCTV-003"), 40)
    s.add("C-003-1205", "cctv", "stalled_vehicle", "12:05", 15, None, "路口監視器偵測車輛停滯", sid="SN-CCTV-003", pos=pP, conf=0.58, alt="P_zhongke_delivery_truck")
    s.add("1050803-0331", "1999", "illegal_parking", "12:07", 90, None, "環中路中科路口有貨車停在路邊卸貨，把機車道整個擋住", pos=s.near(pP, 60), alt="P_zhongke_delivery_truck")
    pO2 = on_road("liming", 0.68)
    s.add("C-005-1220", "cctv", "fallen_object", "12:20", 15, O2, "路口監視器偵測路面掉落物", sid="SN-CCTV-005", pos=s.near(pO2, 40), conf=0.69)
    s.add("1050803-0340", "1999", "other", "12:24", 100, O2, "黎明路靠經貿路那邊路中間有一張床墊，應該是貨車掉的", pos=s.near(pO2, 150))
    s.add("P0803-0433", "incident", "fallen_object", "12:31", 200, O2, "黎明路三段近經貿路床墊掉落，已移至路旁，通知清潔隊清運", pos=s.near(pO2, 25), sev="Minor")
    s.cong("R-0803-1240-HZ03", "SN-VD-HUANZHONG-03", "12:40", None, 27)
    s.add("1050803-0346", "1999", "other", "12:45", 60, None, "建議中科路增設機車待轉區", pos=s.near(on_road("zhongke", 0.3), 150))
    s.write("平日中午：中清路大貨車拋錨內側車道；環中路經貿路口掉落木板；約50分鐘後黎明路另有床墊掉落；其餘是例行陳情、設備抖動與一個低信心的停滯偵測。",
            [inc(V, "traffic", "中清路往南大貨車拋錨，等候拖吊", "1050803-0305"),
             inc(O, "traffic", "環中路經貿路口木板掉落", "1050803-0318"),
             inc(O2, "traffic", "黎明路三段床墊掉落", "1050803-0340")],
            {"why": "環中路中科路口貨車卸貨擋住機車道，有監視器停滯偵測與民眾陳情兩項佐證，也可視為需派員處理的障礙事件，而非例行違停。",
             "incidents": [inc(V, "traffic", "同上", "1050803-0305"), inc(O, "traffic", "同上", "1050803-0318"),
                           inc(O2, "traffic", "同上", "1050803-0340"),
                           inc("P_zhongke_delivery_truck", "traffic", "環中路中科路口貨車卸貨佔用機車道", "1050803-0331")]})


def s496():
    s = Sit("496", "night_wrong_way_driver_huanzhong", "2016-09-10")
    W, D = "W_wrong_way_driver_huanzhong", "D_henan_store_drunk_dispute"
    s.add("status-RG003-off", "status", "offline", "01:40", 5, None, "設備離線：電池電量低", sid="SN-RG-003")
    s.add("R-0910-0150-RG003", "rule", "sensor_offline", "01:50", 30, None, "北屯雨量站 超過10分鐘未回傳資料(電池電量低)", sid="SN-RG-003", sev="Minor")
    s.add("1050910-0007", "1999", "streetlight", "01:55", 60, None, "中平路靠河南路那邊有一盞路燈不亮", pos=s.near(on_road("zhongping", 0.15), 80))
    s.add("C-001-0211", "cctv", "wrong_way", "02:11:30", 12, W, "路口監視器偵測逆向行駛", sid="SN-CCTV-001", pos=s.near(spos("SN-CCTV-001"), 40), conf=0.86)
    s.add("C-002-0212", "cctv", "wrong_way", "02:12:10", 12, W, "路口監視器偵測逆向行駛", sid="SN-CCTV-002", pos=s.near(spos("SN-CCTV-002"), 40), conf=0.79)
    s.add("1050910-0011", "1999", "other", "02:12:30", 80, W, "環中路有一台黑色轎車逆向開，差點撞到我，很危險", pos=s.near(on_road("huanzhong", 0.45), 200))
    s.add("C-003-0213", "cctv", "wrong_way", "02:13:05", 12, W, "路口監視器偵測逆向行駛", sid="SN-CCTV-003", pos=s.near(spos("SN-CCTV-003"), 40), conf=0.83)
    s.add("P0910-0021", "incident", "wrong_way_driver", "02:14", 60, W, "環中路二段往西車道有黑色自小客逆向往東行駛，巡邏車前往攔截", pos=s.near(spos("SN-CCTV-003"), 200), sev="Severe")
    pC = s.near(spos("SN-SIG-008"), 30)
    s.add("A105091002161", "119", "ambulance", "02:16:40", 30, W, "環中路中清路口自小客與機車對撞，機車騎士意識不清", pos=s.near(pC, 40), alt="W2_zhongqing_head_on_crash")
    s.add("C-008-0217", "cctv", "stalled_vehicle", "02:17", 15, W, "路口監視器偵測車輛停滯", sid="SN-CCTV-008", pos=s.near(pC, 20), conf=0.80, alt="W2_zhongqing_head_on_crash")
    s.add("P0910-0025", "incident", "injury_accident", "02:18", 420, W, "逆向自小客於環中路中清路口與機車對撞，機車騎士送醫，自小客駕駛疑酒駕已控制", pos=pC, sev="Severe", follows="P0910-0021", alt="W2_zhongqing_head_on_crash")
    s.dup("C-008-0217", 25)
    s.add("A105091002161-u1", "119", "ambulance", "02:31", 40, W, "傷者送往中國醫藥大學附設醫院急救", pos=s.near(pC, 40), follows="A105091002161", alt="W2_zhongqing_head_on_crash")
    pD = s.near(on_road("henan", 0.6), 30)
    s.add("1050910-0019", "1999", "other", "02:38", 90, D, "河南路的便利商店門口有幾個喝醉的在吵架，快要打起來了", pos=s.near(pD, 80))
    s.add("P0910-0031", "incident", "public_disturbance", "02:42", 200, D, "河南路二段超商前酒醉民眾口角，派員前往", pos=pD, sev="Minor")
    s.add("P0910-0025-u1", "incident", "injury_accident", "02:50", 300, W, "酒測值0.82mg/L，駕駛依公共危險罪移送，事故車已拖離", pos=pC, sev="Moderate", follows="P0910-0025", alt="W2_zhongqing_head_on_crash")
    s.add("P0910-0031-u1", "incident", "public_disturbance", "03:01", 120, D, "雙方已勸離，無人受傷", pos=pD, sev="Minor", follows="P0910-0031")
    s.add("C-009-0305", "cctv", "wrong_way", "03:05", 12, None, "路口監視器偵測逆向行駛", sid="SN-CCTV-009", pos=s.near(spos("SN-CCTV-009"), 30), conf=0.35)
    s.add("1050910-0024", "1999", "other", "03:20", 60, None, "經貿路上有流浪狗在馬路中間晃", pos=s.near(on_road("jingmao", 0.6), 150))
    s.write("週六凌晨，酒駕自小客在環中路逆向，三支監視器先後偵測，巡邏車攔截途中逆向車在中清路口與機車對撞；同時段河南路超商前酒客口角；其餘為夜間設備離線與例行陳情。",
            [inc(W, "traffic", "環中路逆向酒駕車，含最後在中清路口的對撞事故(同一部車、同一組警力)", "C-002-0212"),
             inc(D, "public_safety", "河南路超商前酒醉民眾口角", "1050910-0019")],
            {"why": "對撞事故需要救護與事故處理，可視為與逆向攔截分開的一件工作。",
             "incidents": [inc(W, "traffic", "環中路逆向車", "C-002-0212"),
                           inc("W2_zhongqing_head_on_crash", "traffic", "中清路口逆向車與機車對撞", "A105091002161"),
                           inc(D, "public_safety", "同上", "1050910-0019")]},
            notes="單一支監視器的逆向偵測(信心0.86)還不夠；第二支監視器約40秒後在同一方向偵測到，才足以開案。03:05 臺灣大道的低信心逆向偵測無其他佐證，視為誤報。")


if __name__ == "__main__":
    for f in (s491, s492, s493, s494, s495, s496):
        f()
