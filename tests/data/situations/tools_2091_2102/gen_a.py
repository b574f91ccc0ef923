"""Situations 2091-2096: the warning day and the night of the heaviest rain."""
from lib import Sit, offline_burst, online_burst, rush_hour, P


def s2091():
    s = Sit(2091, "warning_day_underpass_closed_early", "2016-09-26", 2091)
    s.description = ("颱風警報發布當日上午。市府於河南路停車場發放防汛沙包，民眾開車排隊領取，停車場客滿、周邊違停；"
                     "警察局預先封閉中清環中路口地下道，車流改道造成環中路、中清路壅塞，民眾致電1999詢問；"
                     "經貿路二段一處大型廣告招牌鬆脫晃動，民眾與警方通報，需在風雨前拆除固定。"
                     "背景為外圍環流的零星大雨特報、例行路燈與噪音陳情、上班尖峰車流。")
    # A: pre-emptive closure of the Zhongqing-Huanzhong underpass
    a1 = s.add("incident", "road_closure", "09:30", "颱風警報，中清環中路口地下道預防性封閉，即時起禁止通行，車輛請改道環中路平面道路", "A",
               at=P["zhongqing_huanzhong"], severity="Moderate")
    s.add("cctv", "stalled_vehicle", "09:34", "地下道入口前車輛停等迴轉", "A", sensor="SN-CCTV-008", confidence=0.62)
    s.add("rule", "congestion", "09:41", "中清路車輛偵測器1 平均車速 14 km/h，佔有率 48%", "A", sensor="SN-VD-ZHONGQING-01")
    s.add("rule", "congestion", "09:44", "環中路車輛偵測器3 平均車速 17 km/h，佔有率 41%", "A", sensor="SN-VD-HUANZHONG-03")
    c = s.add("1999", "other", "09:52", "中清路往環中路地下道怎麼封起來了？要封到什麼時候？沒有看到改道指示", "A", at="zhongqing_huanzhong")
    s.dup(c, 95)
    s.add("1999", "traffic_accident", "10:05", "地下道封閉口前面有兩台車迴轉擦撞，沒人受傷，車子卡在路中間", "A", at="zhongqing_huanzhong", spread=(30, 120))
    s.add("incident", "accident", "10:09", "中清路地下道封閉點前小客車迴轉擦撞，無人受傷，已排除", "A", at="zhongqing_huanzhong", severity="Minor", spread=(20, 80))
    s.add("rule", "congestion", "10:12", "中清路車輛偵測器1 平均車速 11 km/h，佔有率 55%", "A", sensor="SN-VD-ZHONGQING-01")
    s.add("incident", "road_closure", "10:30", "增派員警於環中路中清路口指揮改道，封閉維持至颱風警報解除", "A",
          at=P["zhongqing_huanzhong"], follows=a1, severity="Minor")
    # B: sandbag distribution at Henan Rd car park (permit)
    b1 = s.add("planned_event", "event", "08:00", "防汛沙包發放（河南路停車場），每戶限10包，08:30-12:00", "B",
               at=P["henan_carpark"], ends="12:00", radius_m=250, lag=-86400 + 3600)
    s.add("parking", "full", "08:52", "河南路停車場 車位已滿", "B", sensor="SN-PK-003")
    s.add("1999", "illegal_parking", "09:05", "河南路停車場外面一整排車停在紅線等領沙包，公車過不去", "B", at="henan_carpark", spread=(60, 200))
    b_open = s.add("cctv", "crowding", "09:10", "河南路中平路口人車聚集", "B", sensor="SN-CCTV-010", confidence=0.71)
    s.add("rule", "congestion", "09:14", "河南路車輛偵測器2 平均車速 9 km/h，佔有率 62%", "B", sensor="SN-VD-HENAN-02")
    c = s.add("1999", "crowding", "09:22", "沙包排隊人龍排到中平路，現場沒人管，可以多派人嗎", "B", at="henan_carpark", spread=(80, 250))
    s.add("incident", "crowd_control", "09:35", "河南路停車場沙包發放現場人車眾多，派員維持秩序", "B", at=P["henan_carpark"], severity="Minor", spread=(10, 40))
    s.add("1999", "other", "10:40", "沙包還有嗎？聽說已經發完了", "B", at="henan_carpark", spread=(100, 400))
    s.add("rule", "congestion", "09:48", "中平路車輛偵測器1 平均車速 12 km/h", "B", sensor="SN-VD-ZHONGPING-01")
    # C: loose billboard on Jingmao Rd
    c1 = s.add("1999", "fallen_object", "11:05", "經貿路二段經貿七路口那邊大樓頂的廣告招牌鐵架鬆掉了，風一吹一直晃，很危險", "C", at="jingmao_7", spread=(40, 150))
    s.add("1999", "other", "11:18", "經貿七路口附近招牌快掉下來了，颱風來一定會飛走", "C", at="jingmao_7", spread=(50, 180))
    c3 = s.add("incident", "fallen_object", "11:31", "經貿路二段近經貿七路建物頂樓招牌鬆脫，拉起警戒線，通知建設局派員拆除", "C",
               at="jingmao_7", severity="Moderate", spread=(30, 90))
    s.add("cctv", "fallen_object", "11:36", "路口人行道疑有掉落物", "C", sensor="SN-CCTV-006", confidence=0.48)
    s.add("incident", "road_closure", "11:50", "經貿路二段外側車道封閉一線，配合招牌拆除作業", "C", at="jingmao_7", follows=c3, severity="Minor", spread=(20, 80))
    s.add("rule", "congestion", "12:05", "經貿路車輛偵測器1 平均車速 21 km/h", "C", sensor="SN-VD-JINGMAO-01", truth_alt=None)
    # background
    for tm, lvl in (("08:10", "大雨"), ("10:10", "大雨"), ("12:10", "大雨")):
        s.add("rule", "heavy_rain", tm, f"西屯雨量站 時雨量達{lvl}標準（颱風外圍環流）", None, sensor="C0F9T0", level=lvl)
    s.add("rule", "heavy_rain", "11:40", "北屯雨量站 時雨量達大雨標準", None, sensor="SN-RG-003", level="大雨")
    rush_hour(s, ["SN-VD-HUANZHONG-01", "SN-VD-KAIXUAN-01"], "07:50", n=3)
    s.add("1999", "streetlight", "08:20", "黎明路三段路燈昨晚不亮，燈桿編號XT-08812", None, at="liming_kaixuan", spread=(100, 300))
    s.add("1999", "noise", "08:45", "公園旁工地一早就在敲，很吵", None, at="park_mid", spread=(100, 300))
    s.add("1999", "環境清潔", "09:00", "中科路人行道垃圾很多，颱風前請清掉以免堵水溝", None, at="zhongke_mid", spread=(50, 200))
    s.add("1999", "blocked_drain", "09:58", "凱旋路水溝蓋被落葉蓋住，颱風前請先清", None, at="kaixuan_mid", spread=(50, 200))
    k = s.add("status", "offline", "10:20", "逢甲大學水湳校區 火警受信總機 離線", None, sensor="SN-FA-009", reason="comms_lost")
    s.add("status", "online", "10:23", "逢甲大學水湳校區 火警受信總機 恢復連線", None, sensor="SN-FA-009")
    s.add("fire_alarm", "fault", "10:58", "受信總機 第3迴路 斷線故障（施工中）", None, sensor="SN-FA-004")
    s.add("fire_alarm", "normal", "11:26", "受信總機 復歸", None, sensor="SN-FA-004")
    s.add("parking", "full", "11:00", "水湳轉運中心停車場 車位已滿", None, sensor="SN-PK-001")
    s.add("incident", "stalled_vehicle", "11:12", "環中路近臺灣大道外側車道故障小貨車，已拖離", None, at="huanzhong_west", severity="Minor")
    s.add("planned_event", "road_works", "07:00", "黎明路三段管線工程（颱風期間暫停）", None, at=P["liming_kaixuan"], ends="17:00",
          radius_m=150, lag=-86400 * 3)
    s.add("rule", "congestion", "12:20", "黎明路車輛偵測器1 平均車速下降（午間車流）", None, sensor="SN-VD-LIMING-01")
    s.inc("A", "traffic", "中清環中路口地下道颱風前預防性封閉：改道指揮、封閉點前擦撞與周邊壅塞", a1)
    s.inc("B", "planned_event", "河南路停車場防汛沙包發放：人車聚集、停車場客滿、違停與壅塞", b_open)
    s.inc("C", "infrastructure", "經貿路二段近經貿七路建物招牌鬆脫，警戒、封閉外側車道並拆除", c3)
    s.alt = {"why": "招牌拆除封閉外側車道後的經貿路車速下降，亦可視為一般午間車流（背景）。",
             "incidents": list(s.incidents)}
    s.notes = ("A: the closure is a deliberate act, but it is a job (officers at the junction, detour, a scrape at the barrier); "
               "traffic is the nearest type for a precautionary closure (vocabulary_needed.md). B: the permit explains the crowd, and the crowd "
               "is still a job for order keeping; it opens when the camera sees people and cars massing after the car park filled. C opens at the police report: two 1999 calls about a swaying sign are a hint, the officer "
               "confirming and cordoning is the job. Rain alerts of the outer bands belong to no job. The works permit for 黎明路 lies far from everything.")
    return s.write()


def s2092():
    s = Sit(2092, "warning_day_pond_gates_cabinet_down", "2016-09-26", 2092)
    s.description = ("颱風警報當日下午。水利局預先洩降中央公園南滯洪池，南側機櫃設備進行計畫性維護離線（背景）；"
                     "北側機櫃（北滯洪池水位、滯洪池1、2、公園雨量站、北停車場）卻同時通訊中斷，需在颱風前搶修；"
                     "風勢漸強，凱旋路一棵行道樹倒伏橫躺車道；傍晚下班時環中路中科路口濕滑發生追撞，一人受傷。"
                     "原定中平路道路施工許可因颱風撤銷。")
    # background: planned maintenance of the south cabinet while the pond gates are operated
    s.add("planned_event", "road_works", "13:00", "中央公園南滯洪池閘門操作及設備維護（預先洩降）", None, at=P["park_south"], ends="17:00",
          radius_m=300, lag=-3 * 3600)
    for sid in ("SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"):
        s.add("status", "offline", "13:05", f"{sid} 離線（計畫性維護）", None, sensor=sid, reason="maintenance")
    for sid in ("SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"):
        s.add("status", "online", "15:40", f"{sid} 恢復連線", None, sensor=sid)
    # A: north cabinet down
    ks = offline_burst(s, ["SN-WL-001", "SN-FL-001", "SN-FL-002", "SN-RG-001", "SN-PK-004"], "14:12:00", None, "A", step=6)
    # last wills carry no reason: remove reason (offline_burst passed None, so none set)
    s.add("1999", "other", "14:40", "公園北邊那個設備箱門被風吹開了，裡面的燈沒亮", "A", at="park_carpark", spread=(50, 150))
    a_open = ks[6]  # the second sensor_offline alert: more than one device behind the cabinet
    online = online_burst(s, ["SN-WL-001", "SN-FL-001", "SN-FL-002", "SN-RG-001", "SN-PK-004"], "16:25", "A", step=15)
    # B: fallen tree on Kaixuan Rd
    b1 = s.add("1999", "fallen_tree", "15:02", "凱旋路往中科路方向，一棵路樹倒下來橫在慢車道，機車過不去", "B", at="kaixuan_mid", spread=(40, 160))
    s.add("cctv", "fallen_object", "15:04", "路口南側車道有障礙物", "B", sensor="SN-CCTV-007", confidence=0.55, truth_alt=None)
    b3 = s.add("incident", "fallen_object", "15:15", "凱旋路中段（近中科路）路樹倒伏佔用外側二車道，已通報建設局及公園處清除", "B",
               at="kaixuan_mid", severity="Moderate", spread=(20, 120))
    s.dup(b1, 40)
    s.add("1999", "fallen_tree", "15:20", "凱旋路倒樹，還壓到一台機車（沒人在上面）", "B", at="kaixuan_mid", spread=(50, 200))
    s.add("rule", "congestion", "15:28", "凱旋路車輛偵測器2 平均車速 15 km/h", "B", sensor="SN-VD-KAIXUAN-02")
    s.add("incident", "road_reopened", "16:50", "凱旋路倒樹清除完畢，恢復通行", "B", at="kaixuan_mid", follows=b3, severity="Minor", spread=(20, 100))
    # C: rear-end collision at Zhongke/Huanzhong at evening rush
    c1 = s.add("cctv", "accident", "17:42", "路口疑似車輛碰撞", "C", sensor="SN-CCTV-003", confidence=0.66)
    c2 = s.add("incident", "injury_accident", "17:47", "環中路二段中科路口三車追撞，一名機車騎士腿部受傷", "C", at=P["zhongke_huanzhong"], severity="Moderate", spread=(10, 60))
    s.add("119", "ambulance", "17:49", "環中路二段中科路口車禍，1人受傷，派遣救護車", "C", at=P["zhongke_huanzhong"], spread=(10, 60))
    s.add("1999", "traffic_accident", "17:51", "中科路環中路口撞車，下雨天路很滑", "C", at="zhongke_huanzhong", spread=(40, 200))
    s.add("rule", "congestion", "17:55", "環中路車輛偵測器2 平均車速 8 km/h", "C", sensor="SN-VD-HUANZHONG-02")
    s.add("119", "ambulance", "18:20", "傷者已送醫", "C", at=P["zhongke_huanzhong"], status="returning", spread=(10, 60))
    # background
    s.add("planned_event", "road_works", "09:00", "中平路人行道改善工程", None, at=P["jingmao_zhongping"], ends="+1 17:00",
          radius_m=200, lag=-3600 * 30)
    s.add("planned_event", "road_works", "09:00", "中平路人行道改善工程：颱風警報，許可撤銷", None, at=P["jingmao_zhongping"], ends="+1 17:00",
          radius_m=200, permit_status="cancelled", follows=s.items[-1]["key"], lag=int(4.5 * 3600))
    rush_hour(s, ["SN-VD-HUANZHONG-01", "SN-VD-LIMING-01", "SN-VD-ZHONGPING-02"], "17:20", n=3)
    s.add("rule", "heavy_rain", "14:00", "西屯雨量站 時雨量達大雨標準", None, sensor="C0F9T0", level="大雨")
    s.add("rule", "heavy_rain", "16:00", "水湳轉運中心雨量站 時雨量達大雨標準", None, sensor="SN-RG-002", level="大雨")
    s.add("1999", "blocked_drain", "13:40", "經貿路三段水溝被樹葉堵住，明天颱風一定淹", None, at="eco_a", spread=(80, 250))
    s.add("1999", "other", "14:20", "請問沙包哪裡還可以領？", None, at="eco_b", spread=(100, 300))
    s.add("1999", "streetlight", "16:05", "中科路路燈白天一直亮著", None, at="zhongke_mid", spread=(50, 200))
    s.add("parking", "full", "16:30", "臺中國際會展中心停車場 車位已滿", None, sensor="SN-PK-006")
    s.add("status", "offline", "15:10", "河南路停車場 離線", None, sensor="SN-PK-003", reason="battery_low")
    th = s.add("incident", "theft", "14:55", "轉運中心候車區旅客手機遭竊，已製作筆錄", None, at="transit_hub", severity="Minor", spread=(10, 60))
    s.inc("A", "infrastructure", "中央公園北側機櫃通訊中斷：北滯洪池水位、滯洪池1、2、公園雨量站及北停車場同時離線，颱風前需搶修", a_open)
    s.inc("B", "traffic", "凱旋路中段路樹倒伏佔用車道、壓到機車，清除後恢復通行", b3)
    s.inc("C", "traffic", "環中路二段中科路口三車追撞，機車騎士受傷送醫", c2)
    s.alt = {"why": "轉運中心旁的手機竊案有報案筆錄，也可以算一件治安案件（只有一筆、已處理完畢）；黎明路凱旋路口監視器的障礙物辨識（信心0.55、距倒樹數百公尺）可視為雜訊。",
             "incidents": list(s.incidents) + [{"label": "D", "type": "public_safety", "description": "轉運中心旅客手機遭竊",
                                                 "sufficient_evidence_key": th}]}
    for it in s.items:
        if it["key"] == th:
            it["truth_alt"] = "D"
    s.notes = ("The south cabinet's devices go offline with reason maintenance under a works permit: nobody is dispatched. "
               "The north cabinet's last wills (no reason) at the same time are a real loss before the storm: one job for all five devices, "
               "opened when the second device of the same cabinet is reported by the offline rule. The CCTV 'fallen object' of B is weak "
               "(0.55) and 200-300 m north of the tree: under a stricter reading it is noise. The theft is done and recorded; it is a case, "
               "not something the center dispatches on a typhoon afternoon, hence the alternative.")
    return s.write()


def s2093():
    s = Sit(2093, "night_rain_low_points_fill", "2016-09-27", 2093)
    s.description = ("颱風登陸當晚20時起豪雨。黎明路凱旋路口低窪處積水由10公分升到25公分，民眾連續來電；"
                     "河南路低窪處積水，一輛小客車熄火受困水中，警方協助推離；河南路中平路口號誌停電黑燈。"
                     "中央公園北、南滯洪池水位陸續達三級警戒（滯洪池正常蓄洪）。")
    for sid, tm, lvl in (("C0F9T0", "20:00", "豪雨"), ("SN-RG-001", "20:05", "豪雨"), ("SN-RG-002", "20:10", "豪雨"),
                         ("SN-RG-003", "20:30", "豪雨"), ("SN-RG-001", "21:05", "大豪雨"), ("C0F9T0", "21:10", "大豪雨")):
        s.add("rule", "heavy_rain", tm, f"{sid} 累積雨量達{lvl}標準", None, sensor=sid, level=lvl)
    # A: Liming/Kaixuan low point
    a1 = s.add("rule", "flood_depth", "20:22", "黎明路凱旋路口低窪處 淹水深度 9 cm", "A", sensor="SN-FL-009", level="1-15")
    a2 = s.add("1999", "flooding", "20:31", "黎明路凱旋路口淹水，水已經到人行道了", "A", at="fl009", spread=(30, 150))
    a3 = s.add("rule", "flood_depth", "20:48", "黎明路凱旋路口低窪處 淹水深度 22 cm", "A", sensor="SN-FL-009", level="16-30")
    s.add("cctv", "flooding", "20:50", "路口積水", "A", sensor="SN-CCTV-007", confidence=0.81)
    s.add("1999", "flooding", "20:55", "凱旋路三段巷口水淹到輪胎一半，機車都熄火", "A", at="fl009", spread=(60, 250))
    s.add("incident", "flooding_report", "21:02", "黎明路三段凱旋路口積水約25公分，機車熄火數輛，警力現場管制", "A", at="liming_kaixuan", severity="Moderate", spread=(10, 60))
    # the same caller calls again (near his first position)
    first = next(i for i in s.items if i["key"] == a2)
    s.add("1999", "flooding", "21:15", "再次來電：剛剛報的黎明路淹水，水越來越高，還沒看到人來抽水", "A",
          at=(first["lon"] + 0.00011, first["lat"] - 0.00008), follows=a2)
    s.add("rule", "congestion", "21:08", "凱旋路車輛偵測器1 平均車速 12 km/h", "A", sensor="SN-VD-KAIXUAN-01")
    s.add("rule", "congestion", "21:10", "黎明路車輛偵測器1 平均車速 10 km/h", "A", sensor="SN-VD-LIMING-01")
    s.dup(a3, 600)
    s.add("1999", "blocked_drain", "21:30", "黎明路凱旋路口旁邊的水溝蓋被垃圾堵住，水都退不掉", "A", at="fl009", spread=(30, 120))
    # B: Henan low point, car stalled
    b1 = s.add("rule", "flood_depth", "20:40", "河南路低窪處 淹水深度 12 cm", "B", sensor="SN-FL-007", level="1-15")
    b2 = s.add("rule", "flood_depth", "21:05", "河南路低窪處 淹水深度 27 cm", "B", sensor="SN-FL-007", level="16-30")
    s.add("1999", "flooding", "21:09", "河南路停車場前面淹水，有一台車停在水裡不動", "B", at="henan_low", spread=(30, 150))
    b4 = s.add("incident", "stalled_vehicle", "21:14", "河南路近停車場小客車涉水熄火，駕駛受困車內，員警協助推離", "B", at="henan_low", severity="Moderate", spread=(10, 80))
    s.add("incident", "flooding_report", "21:20", "河南路低窪處積水約30公分，暫時封閉慢車道", "B", at="henan_low", severity="Moderate", spread=(10, 80))
    s.add("parking", "closed", "21:25", "河南路停車場 入口積水暫停開放", "B", sensor="SN-PK-003")
    s.add("rule", "congestion", "21:22", "河南路車輛偵測器2 平均車速 13 km/h", "B", sensor="SN-VD-HENAN-02")
    # C: dark signal at Henan/Zhongping
    c1 = s.add("signal", "fault", "21:33", "號誌控制器 市電中斷 全暗", "C", sensor="SN-SIG-010", truth_alt="B")
    s.add("cctv", "signal_dark", "21:34", "路口號誌未亮", "C", sensor="SN-CCTV-010", confidence=0.77, truth_alt="B")
    s.add("1999", "traffic_signal", "21:41", "河南路中平路口紅綠燈全部不亮，車子亂開很危險", "C", at="henan_zhongping", spread=(30, 150), truth_alt="B")
    s.add("incident", "traffic_signal_fault", "21:50", "河南路中平路口號誌黑燈，派員指揮交通，已通知號誌廠商", "C", at="henan_zhongping", severity="Moderate", spread=(10, 50), truth_alt="B")
    s.add("signal", "restored", "21:58", "號誌恢復正常", "C", sensor="SN-SIG-010", truth_alt="B")
    # ponds at warning level 3: doing their job (background; alternative: one pond-watch job)
    p1 = s.add("rule", "water_level", "20:35", "中央公園北滯洪池水位 2.05 m，達三級警戒", None, sensor="SN-WL-001", level="3", truth_alt="P")
    s.add("rule", "water_level", "20:58", "中央公園南滯洪池水位 2.08 m，達三級警戒", None, sensor="SN-WL-002", level="3", truth_alt="P")
    s.add("rule", "flood_depth", "21:00", "中央公園滯洪池2 水深 14 cm", None, sensor="SN-FL-002", level="1-15", truth_alt="P")
    s.add("rule", "flood_depth", "21:12", "中央公園滯洪池4 水深 13 cm", None, sensor="SN-FL-004", level="1-15", truth_alt="P")
    s.add("rule", "water_level", "21:25", "水湳區域排水經貿路水位 1.45 m，達三級警戒", None, sensor="SN-WL-003", level="3", truth_alt="P")
    # background
    s.add("1999", "streetlight", "20:15", "中科路有兩盞路燈不亮", None, at="zhongke_south", spread=(50, 200))
    s.add("1999", "other", "20:45", "請問明天要不要上班上課？", None, at="eco_b", spread=(100, 400))
    s.add("1999", "fallen_object", "21:20", "經貿路三段騎樓有雨遮被吹掉在地上，不大，已經移到旁邊", None, at="eco_a", spread=(50, 200))
    s.add("status", "offline", "20:50", "SN-CCTV-002 離線", None, sensor="SN-CCTV-002")
    s.add("status", "online", "20:53", "SN-CCTV-002 恢復連線", None, sensor="SN-CCTV-002")
    s.add("fire_alarm", "fault", "21:36", "受信總機 偵煙探測器迴路受潮故障", None, sensor="SN-FA-006")
    s.add("parking", "empty", "20:30", "中央公園地下停車場(北) 車輛已淨空", None, sensor="SN-PK-004")
    s.inc("A", "flood", "黎明路凱旋路口低窪處積淹水，機車熄火，民眾重複來電，水溝阻塞", a3)
    s.inc("B", "flood", "河南路低窪處積水，小客車涉水熄火受困、停車場暫停開放、慢車道封閉", b2)
    s.inc("C", "traffic", "河南路中平路口號誌停電黑燈，員警指揮交通至號誌恢復", c1)
    s.alt = {"why": ("河南路中平路口黑燈距河南路淹水點僅數百公尺、同一時段，可能同屬一次現場處置（同一批員警封路兼指揮）；"
                     "滯洪池達三級警戒是蓄洪正常運作，但也有協調員會開一件滯洪池監看工作。"),
             "incidents": [s.incidents[0],
                           {"label": "B", "type": "flood", "description": "河南路低窪處積水及相鄰中平路口號誌黑燈，同一批警力處置", "sufficient_evidence_key": b2},
                           {"label": "P", "type": "flood", "description": "中央公園滯洪池及區域排水達三級警戒，持續監看", "sufficient_evidence_key": p1}]}
    s.notes = ("A opens at the second flood band (22 cm) when the sensor and a caller agree; the 9 cm alert plus one caller is a watch. "
               "B opens at 27 cm at a known low point on a road in use. The dark signal is its own job for the signal contractor and the "
               "police (different crew, 2-hour contractor deadline), hence C, debatable. The ponds at level 3 store water as designed: no job.")
    return s.write()


def s2094():
    s = Sit(2094, "night_peak_several_floods_rescue", "2016-09-27", 2094)
    s.description = ("深夜22時至翌日1時雨勢最強。臺灣大道環中路口地下道淹水超過50公分，一輛小客車受困，119救助兩人脫困；"
                     "中清環中路口地下道雖已預先封閉，積水仍超過30公分，有機車騎士闖入拒馬熄火，警方拉出；"
                     "經貿路低窪處積水漫入生態住宅A區地下室入口，住戶連續來電；多處大豪雨警報。")
    for sid, tm, lvl in (("C0F9T0", "22:00", "大豪雨"), ("SN-RG-001", "22:00", "大豪雨"), ("SN-RG-002", "22:10", "大豪雨"),
                         ("SN-RG-003", "22:30", "大豪雨"), ("SN-RG-001", "23:30", "超大豪雨")):
        s.add("rule", "heavy_rain", tm, f"{sid} 累積雨量達{lvl}標準", None, sensor=sid, level=lvl)
    # A: Taiwan Blvd underpass, car trapped
    a1 = s.add("rule", "flood_depth", "22:14", "臺灣大道環中路口地下道 淹水深度 34 cm", "A", sensor="SN-FL-010", level=">30")
    s.add("cctv", "flooding", "22:16", "地下道積水", "A", sensor="SN-CCTV-009", confidence=0.84)
    a3 = s.add("119", "rescue", "22:21", "臺灣大道環中路口地下道小客車受困，車內2人，水深及腰", "A", at="taiwan_huanzhong", spread=(40, 150), severity="Severe")
    s.add("1999", "rescue", "22:23", "環中路地下道有車子泡在水裡，裡面好像還有人在拍窗戶", "A", at="taiwan_huanzhong", spread=(60, 220))
    s.add("incident", "road_closure", "22:30", "臺灣大道環中路口地下道雙向封閉", "A", at="taiwan_huanzhong", severity="Severe", spread=(20, 90))
    s.add("119", "rescue", "22:36", "救助隊到場，以救生艇救出2人，無傷", "A", at="taiwan_huanzhong", status="on_scene", follows=a3, spread=(40, 150))
    s.add("rule", "congestion", "22:40", "環中路車輛偵測器4 平均車速 9 km/h", "A", sensor="SN-VD-HUANZHONG-04")
    s.dup(a1, 1500)
    s.add("119", "rescue", "23:15", "救助完畢返隊", "A", at="taiwan_huanzhong", status="returning", follows=a3, spread=(40, 150))
    # B: Zhongqing underpass (closed in advance) flooded, rider went through the barrier
    b1 = s.add("rule", "flood_depth", "22:25", "中清環中路口地下道 淹水深度 38 cm", "B", sensor="SN-FL-006", level=">30")
    s.add("cctv", "stalled_vehicle", "22:48", "地下道內有車輛停滯", "B", sensor="SN-CCTV-008", confidence=0.58)
    b3 = s.add("incident", "stalled_vehicle", "22:52", "中清環中地下道（已封閉）機車騎士移開拒馬闖入熄火，員警涉水將人車拉出，無傷", "B",
               at="zhongqing_huanzhong", severity="Moderate", spread=(10, 60))
    s.add("incident", "road_closure", "23:05", "中清環中地下道加設拒馬並派員駐守", "B", at="zhongqing_huanzhong", follows=b3, severity="Minor", spread=(10, 60))
    s.add("rule", "flood_depth", "23:20", "中清環中路口地下道 淹水深度 61 cm", "B", sensor="SN-FL-006", level=">30")
    # C: Jingmao low point into eco block A basement
    c1 = s.add("rule", "flood_depth", "22:31", "經貿路低窪處 淹水深度 19 cm", "C", sensor="SN-FL-008", level="16-30")
    c2 = s.add("1999", "flooding", "22:44", "經貿路三段生態住宅A區地下室車道進水了，水一直灌下去", "C", at="eco_a", spread=(20, 100))
    s.add("rule", "water_level", "22:47", "水湳區域排水經貿路水位 1.86 m，達二級警戒", "C", sensor="SN-WL-003", level="2")
    s.add("1999", "flooding", "22:50", "經貿路淹水，我們A區地下室快淹到車子了，拜託派抽水機", "C", at="eco_a", spread=(20, 120))
    c5 = s.add("rule", "flood_depth", "22:58", "經貿路低窪處 淹水深度 33 cm", "C", sensor="SN-FL-008", level=">30")
    first = next(i for i in s.items if i["key"] == c2)
    s.add("1999", "flooding", "23:10", "再次來電：抽水機還沒來，地下室水已經半個輪子高", "C", at=(first["lon"] - 0.00005, first["lat"] + 0.00009), follows=c2)
    s.add("incident", "flooding_report", "23:18", "經貿路三段積水約35公分，生態住宅A區地下室進水，已通知水利局移動式抽水機", "C", at="eco_a", severity="Severe", spread=(20, 100))
    s.add("1999", "flooding", "23:40", "生態住宅A區這邊又淹更高了，是不是都沒人要處理", "C", at="eco_a", spread=(30, 120))
    d1 = s.add("rule", "water_level", "23:35", "水湳區域排水經貿路水位 2.25 m，達一級警戒", "C", sensor="SN-WL-003", level="1", truth_alt="D")
    # the drainage level 1 could be its own job (the channel, not the street); alternative D
    # background
    s.add("rule", "water_level", "22:20", "中央公園北滯洪池水位 2.40 m，達三級警戒", None, sensor="SN-WL-001", level="3")
    s.add("rule", "flood_depth", "22:35", "中央公園滯洪池1 水深 24 cm", None, sensor="SN-FL-001", level="16-30")
    s.add("1999", "other", "22:05", "請問哪裡有避難收容處所？", None, at="fcu", spread=(200, 500))
    s.add("1999", "noise", "23:00", "樓上鐵皮一直被風吹得砰砰響，睡不著", None, at="cmu", spread=(100, 300))
    s.add("status", "offline", "23:50", "SN-VD-ZHONGKE-01 離線", None, sensor="SN-VD-ZHONGKE-01", reason="comms_lost")
    s.add("rule", "sensor_offline", "23:55", "設備離線告警：中科路車輛偵測器1 逾時未回報", None, sensor="SN-VD-ZHONGKE-01")
    s.add("fire_alarm", "fault", "23:25", "受信總機 地下一樓迴路受潮故障", None, sensor="SN-FA-007")
    s.add("incident", "fallen_object", "+1 00:20", "中科路中段有樹枝散落車道，已撥至路邊", None, at="zhongke_mid", severity="Minor")
    s.add("1999", "streetlight", "+1 00:35", "環中路有路燈在閃", None, at="huanzhong_west", spread=(100, 300))
    s.inc("A", "rescue", "臺灣大道環中路口地下道淹水逾30公分，小客車受困2人，119救出，地下道封閉", a1)
    s.inc("B", "flood", "中清環中路口地下道（預先封閉）淹水逾30公分，機車闖入熄火被拉出，加強封閉", b1)
    s.inc("C", "flood", "經貿路低窪處積水逾30公分，灌入生態住宅A區地下室，住戶重複來電，區域排水警戒", c2)
    s.alt = {"why": ("地下道車輛受困可視為淹水事件中的救助行動（一件淹水），或救助另立一案、地下道淹水另一案；"
                     "區域排水達一級警戒是排水道本身（水利局）而非街面淹水，可另立一件。此處採後者：排水一級警戒另立 D。"),
             "incidents": list(s.incidents) + [{"label": "D", "type": "flood", "description": "水湳區域排水經貿路水位達一級警戒（排水道本身）",
                                                 "sufficient_evidence_key": d1}]}
    s.notes = ("A opens on the first >30 cm alert in an underpass at night: a coordinator sends someone right away; the 119 rescue "
               "belongs to the same site and crew, typed rescue because people are in the water. B is the underpass closed in advance "
               "(2091): the water comes anyway and someone breaks through; a new job on the night. C opens when a resident tells that "
               "water runs into a basement (the 19 cm alert alone is a watch). Callers calling again are C's.")
    return s.write()


def s2095():
    s = Sit(2095, "night_power_cut_signs_trees", "2016-09-28", 2095)
    s.description = ("凌晨1時至4時強風。生態住宅區一帶停電：A、B區集合住宅受信總機回報主電源中斷，住戶報停電，經貿路低窪處淹水感測器與經貿路中平路口號誌、"
                     "監視器因市電中斷離線；A區電梯停在兩層樓間，一人受困，119救出。經貿路二段經貿七路口招牌掉落砸傷機車騎士；"
                     "中科路中段路樹倒塌阻斷車道。")
    # A: power cut over the eco-residential area
    a1 = s.add("fire_alarm", "fault", "01:12", "受信總機 主電源中斷，切換備用電池", "A", sensor="SN-FA-011")
    s.add("fire_alarm", "fault", "01:12:40", "受信總機 主電源中斷，切換備用電池", "A", sensor="SN-FA-012")
    s.add("status", "offline", "01:13", "經貿路低窪處淹水感測器 離線", "A", sensor="SN-FL-008", reason="mains_power_lost")
    a4 = s.add("1999", "power_outage", "01:16", "經貿路三段這邊整片停電，路燈也全暗", "A", at="eco_a", spread=(50, 250))
    s.add("1999", "power_outage", "01:18", "敦化路一段停電了，什麼時候會來電？", "A", at="eco_b", spread=(50, 250))
    s.add("rule", "sensor_offline", "01:18", "設備離線告警：經貿路低窪處淹水感測器 逾時未回報", "A", sensor="SN-FL-008")
    s.add("1999", "streetlight", "01:25", "經貿路整排路燈都不亮，一片漆黑", "A", at="jingmao_low", spread=(50, 250))
    s.add("1999", "power_outage", "01:40", "生態住宅B區停電，有老人需要用製氧機，請問電什麼時候來", "A", at="eco_b", spread=(10, 80))
    s.add("status", "offline", "01:14", "經貿路/中平路 路口監視器 離線", "A", sensor="SN-CCTV-011", reason="mains_power_lost")
    # B: dark signal at Jingmao/Zhongping
    b1 = s.add("signal", "fault", "01:14", "號誌控制器 市電中斷 全暗", "B", sensor="SN-SIG-011", truth_alt="A")
    s.add("1999", "traffic_signal", "01:31", "經貿路中平路口紅綠燈都不亮", "B", at="jingmao_zhongping", spread=(30, 150), truth_alt="A")
    s.add("incident", "traffic_signal_fault", "01:45", "經貿路中平路口號誌因停電全暗，派員路口指揮", "B", at="jingmao_zhongping", severity="Moderate", spread=(10, 50), truth_alt="A")
    s.add("rule", "congestion", "01:50", "中平路車輛偵測器2 平均車速 18 km/h（夜間）", None, sensor="SN-VD-ZHONGPING-02")
    # C: lift entrapment in block A
    c1 = s.add("119", "rescue", "01:35", "經貿路三段生態住宅A區電梯停電受困1人", "C", at="eco_a", spread=(10, 50), severity="Moderate")
    s.add("1999", "rescue", "01:33", "我媽被關在電梯裡，停電了，電梯停在3樓跟4樓中間", "C", at="eco_a", spread=(10, 60))
    s.add("119", "rescue", "01:58", "到場救出受困者，無傷", "C", at="eco_a", status="on_scene", follows=c1, spread=(10, 50))
    s.add("119", "rescue", "02:15", "救助完畢", "C", at="eco_a", status="closed", follows=c1, spread=(10, 50))
    # D: fallen sign injured a scooter rider
    d1 = s.add("1999", "fallen_object", "02:05", "經貿路二段有招牌掉下來，砸到一個騎機車的人", "D", at="jingmao_7", spread=(30, 150))
    d2 = s.add("119", "ambulance", "02:07", "經貿路二段經貿七路口招牌掉落砸傷機車騎士，頭部流血", "D", at="jingmao_7", spread=(20, 80), severity="Severe")
    s.add("cctv", "fallen_object", "02:06", "路口車道掉落物", "D", sensor="SN-CCTV-006", confidence=0.79)
    s.add("incident", "fallen_object", "02:20", "經貿路二段經貿七路口招牌掉落砸傷騎士已送醫，現場封閉外側車道，通知建設局", "D", at="jingmao_7", severity="Severe", spread=(10, 60))
    s.add("119", "ambulance", "02:28", "傷者送醫", "D", at="jingmao_7", status="returning", follows=d2, spread=(20, 80))
    # E: fallen tree on Zhongke Rd
    e1 = s.add("1999", "fallen_tree", "02:40", "中科路往北整棵樹倒下來，兩個車道都擋住了", "E", at="zhongke_mid", spread=(30, 150))
    e2 = s.add("incident", "fallen_object", "02:52", "中科路中段路樹倒塌阻斷北向車道，設置警示，待天亮清除", "E", at="zhongke_mid", severity="Moderate", spread=(10, 80))
    s.add("1999", "fallen_tree", "03:10", "中科路那棵倒樹還在，晚上很暗差點撞上", "E", at="zhongke_mid", spread=(30, 150))
    s.dup(e1, 35)
    # background
    for sid, tm, lvl in (("C0F9T0", "01:00", "大豪雨"), ("SN-RG-002", "02:00", "豪雨"), ("SN-RG-001", "03:00", "豪雨")):
        s.add("rule", "heavy_rain", tm, f"{sid} 累積雨量達{lvl}標準", None, sensor=sid, level=lvl)
    f1 = s.add("rule", "flood_depth", "01:05", "經貿路低窪處 淹水深度 26 cm", None, sensor="SN-FL-008", level="16-30", truth_alt="F")
    s.add("rule", "flood_depth", "01:20", "河南路低窪處 淹水深度 8 cm", None, sensor="SN-FL-007", level="1-15")
    s.add("status", "offline", "02:30", "SN-CCTV-004 離線", None, sensor="SN-CCTV-004")
    s.add("status", "online", "02:33", "SN-CCTV-004 恢復連線", None, sensor="SN-CCTV-004")
    s.add("1999", "other", "03:20", "風很大窗戶在響，要不要先撤離？", None, at="fcu", spread=(200, 600))
    s.add("1999", "noise", "03:30", "隔壁工地鐵皮被吹得一直響", None, at="cmu", spread=(100, 300))
    s.add("status", "online", "03:40", "經貿路低窪處淹水感測器 恢復連線", "A", sensor="SN-FL-008")
    s.add("fire_alarm", "normal", "03:41", "受信總機 主電源恢復", "A", sensor="SN-FA-011")
    s.add("fire_alarm", "normal", "03:42", "受信總機 主電源恢復", "A", sensor="SN-FA-012")
    s.add("signal", "restored", "03:43", "號誌恢復正常", "B", sensor="SN-SIG-011", truth_alt="A")
    s.add("status", "online", "03:44", "經貿路/中平路 路口監視器 恢復連線", "A", sensor="SN-CCTV-011")
    s.inc("A", "infrastructure", "生態住宅區一帶停電：集合住宅主電源中斷、住戶停電來電、路燈全暗、淹水感測器與監視器斷電離線", a4)
    s.inc("B", "traffic", "經貿路中平路口號誌因停電全暗，員警指揮交通", b1)
    s.inc("C", "rescue", "生態住宅A區電梯停電受困1人，119救出", c1)
    s.inc("D", "rescue", "經貿路二段經貿七路口招牌掉落砸傷機車騎士送醫，封閉外側車道", d1)
    s.inc("E", "traffic", "中科路中段路樹倒塌阻斷北向車道", e2)
    alt_inc = [{"label": "A", "type": "infrastructure", "description": "停電（含經貿路中平路口號誌黑燈，同一停電原因）", "sufficient_evidence_key": a4}] + \
        [i for i in s.incidents if i["label"] in ("C", "D", "E")] + \
        [{"label": "F", "type": "flood", "description": "經貿路低窪處仍有26公分積水（停電前最後一筆）", "sufficient_evidence_key": f1}]
    s.alt = {"why": ("號誌黑燈與停電同一原因，可併為一件停電事件（或號誌另派員指揮，一件交通）；"
                     "停電前經貿路低窪處最後一筆26公分可視為前一時段淹水延續的一件。"),
             "incidents": alt_inc}
    s.notes = ("A opens at the first resident's 整片停電 call, after two panels' mains-power faults. The dark signal needs officers at "
               "the junction and the contractor: B. The lift is a rescue of its own (119's case); the sign that injured a rider is a rescue "
               "with an obstruction. The flood sensor went blind by the power cut: its offline is A's evidence, not a flood.")
    return s.write()


def s2096():
    s = Sit(2096, "night_pond_overflow_cabinet_drowned", "2016-09-28", 2096)
    s.description = ("清晨4時至6時。中央公園南滯洪池水位達二級再達一級警戒，滯洪池3至5水深逾30公分，溢流至南停車場入口，停車場關閉；"
                     "南側機櫃進水，南滯洪池相關設備陸續通訊中斷。同時水湳水資源回收中心配電室因進水短路起火，受信總機火警、119出動。"
                     "黎明路凱旋路口仍有民眾報積水（稍晚補報）。")
    a1 = s.add("rule", "water_level", "04:05", "中央公園南滯洪池水位 2.55 m，達二級警戒", "A", sensor="SN-WL-002", level="2")
    s.add("rule", "flood_depth", "04:10", "中央公園滯洪池4 水深 32 cm", "A", sensor="SN-FL-004", level=">30")
    s.add("rule", "flood_depth", "04:12", "中央公園滯洪池5 水深 35 cm", "A", sensor="SN-FL-005", level=">30")
    a4 = s.add("rule", "water_level", "04:28", "中央公園南滯洪池水位 3.05 m，達一級警戒", "A", sensor="SN-WL-002", level="1")
    s.add("rule", "flood_depth", "04:30", "中央公園滯洪池3 水深 31 cm", "A", sensor="SN-FL-003", level=">30")
    s.add("1999", "flooding", "04:36", "公園南邊滯洪池滿出來了，水往停車場入口流", "A", at="park_south", spread=(50, 200))
    s.add("parking", "closed", "04:40", "中央公園地下停車場(南) 入口進水，暫停開放", "A", sensor="SN-PK-005")
    s.add("incident", "flooding_report", "04:48", "中央公園南側滯洪池溢流，地下停車場南入口進水，已封閉並通知水利局", "A", at="park_south", severity="Severe", spread=(20, 100))
    s.add("1999", "flooding", "04:55", "公園南邊人行道都是水，大概到小腿", "A", at="park_south", spread=(100, 300))
    # cabinet drowned: devices of GW-CPS-01 go offline (last will, no reason)
    ks = offline_burst(s, ["SN-FL-005", "SN-FL-004", "SN-WL-002", "SN-FL-003", "SN-PK-005"], "05:02:00", None, "A", truth_alt="G", step=12)
    s.add("incident", "evacuation", "05:10", "南停車場內車輛由管理員協助移出，人員撤離", "A", at=P["park_south"], severity="Moderate", spread=(10, 60))
    # B: electrical fire at the water reclamation centre
    b1 = s.add("fire_alarm", "alarm", "04:52", "受信總機 火警：配電室偵煙探測器動作", "B", sensor="SN-FA-008")
    b2 = s.add("119", "fire", "04:56", "水湳水資源回收中心配電室疑進水短路冒煙起火", "B", at="water_reclamation", spread=(10, 60), severity="Moderate")
    k = s.add("1999", "fire_smoke", "04:58", "中平路那邊回收中心有黑煙，聞到燒焦味", "B", at="water_reclamation", spread=(100, 300))
    s.dup(k, 180)
    s.add("119", "fire", "05:08", "到場，配電盤起火，已斷電撲滅", "B", at="water_reclamation", status="on_scene", follows=b2, spread=(10, 60))
    s.add("fire_alarm", "alarm", "05:09", "受信總機 火警：配電室偵煙探測器動作（持續）", "B", sensor="SN-FA-008")
    s.add("119", "fire", "05:40", "火勢撲滅，殘火處理完畢", "B", at="water_reclamation", status="returning", follows=b2, spread=(10, 60))
    s.add("fire_alarm", "normal", "05:45", "受信總機 復歸", "B", sensor="SN-FA-008")
    # C: Liming/Kaixuan still flooded, one late report
    c1 = s.add("1999", "flooding", "04:15", "黎明路凱旋路口積水一直沒退，已經淹了一整晚", "C", at="fl009", spread=(30, 150))
    c2 = s.add("rule", "flood_depth", "04:20", "黎明路凱旋路口低窪處 淹水深度 18 cm", "C", sensor="SN-FL-009", level="16-30")
    s.add("incident", "flooding_report", "04:50", "黎明路凱旋路口積水約20公分，設置警示錐", "C", at="liming_kaixuan", severity="Moderate", spread=(10, 60), lag=60 * 47)
    s.add("1999", "flooding", "05:30", "黎明路凱旋路口的水有退一點了但還是很深", "C", at="fl009", spread=(50, 200))
    # background
    for sid, tm, lvl in (("C0F9T0", "04:00", "豪雨"), ("SN-RG-002", "05:00", "大雨")):
        s.add("rule", "heavy_rain", tm, f"{sid} 累積雨量達{lvl}標準", None, sensor=sid, level=lvl)
    s.add("rule", "water_level", "04:20", "中央公園北滯洪池水位 2.30 m，達三級警戒", None, sensor="SN-WL-001", level="3")
    s.add("1999", "other", "05:15", "今天停班停課嗎", None, at="fcu", spread=(200, 600))
    s.add("status", "offline", "04:44", "SN-CCTV-009 離線", None, sensor="SN-CCTV-009")
    s.add("status", "online", "04:47", "SN-CCTV-009 恢復連線", None, sensor="SN-CCTV-009")
    s.add("rule", "congestion", "05:50", "環中路車輛偵測器1 平均車速下降（清晨倒樹繞行）", None, sensor="SN-VD-HUANZHONG-01")
    s.add("1999", "fallen_tree", "05:35", "泰安國小附近有樹枝斷掉掛在電線上", None, at="huanzhong_west", spread=(300, 700))
    s.inc("A", "flood", "中央公園南滯洪池溢流達一級警戒，地下停車場南入口進水關閉、車輛移出，南側機櫃進水設備離線", a4)
    s.inc("B", "fire", "水湳水資源回收中心配電室進水短路起火，受信總機火警，119撲滅", b1)
    s.inc("C", "flood", "黎明路凱旋路口低窪處整夜積水未退，警方設警示", c2)
    alt = [i for i in s.incidents] + [{"label": "G", "type": "infrastructure",
                                       "description": "中央公園南側機櫃進水，滯洪池3-5、南滯洪池水位與南停車場設備離線（待水退搶修）",
                                       "sufficient_evidence_key": ks[6]}]
    s.alt = {"why": "南側機櫃進水導致設備離線，可併入滯洪池溢流同一現場（同一水利局人員），亦可另立一件設備搶修工作。",
             "incidents": alt}
    s.notes = ("A opens at the south pond's level 1: the pond spills toward the car park. The cabinet of the south pond goes under with it: "
               "the same site and crew on the night (alternative: a separate repair job). The fire at the water reclamation centre is a "
               "panel alarm confirmed by 119. One police report at C arrives 47 minutes late (radio log typed in later).")
    return s.write()


if __name__ == "__main__":
    for f in (s2091, s2092, s2093, s2094, s2095, s2096):
        n = f()
        print(f.__name__, n)
