"""Situations 1417-1422 (o1411). Run: python3 gen_b.py"""
from lib import Situation, P, J, off, road_at, sp


# ====================================================================== 1417
def s1417():
    s = Situation(1417, "cascade_truck_fire_huanzhong", "2016-11-18",
                  "A trailer fire on 環中路二段 at morning rush: closure, jams 1 km out, a dark-mode signal, a crash in the queue")
    fx = road_at("huanzhong", 3140, side_m=-8)
    F, T = "FIRE", "TRAFFIC"
    s.rule("SN-VD-ZHONGPING-01", "congestion", "07:16:00", "中平路車輛偵測器1 平均車速 17 km/h（上學車潮）", None, severity="Minor")
    s.c1999("streetlight", "07:21:00", road_at("kaixuan", 900, side_m=15), "凱旋路上有兩盞路燈天亮了還一直亮著", None)
    s.cctv("SN-CCTV-002", "smoke", "07:31:20", 0.66, "凱旋路/環中路二段 畫面東側偵測到煙霧", F)
    s.cctv("SN-CCTV-003", "smoke", "07:31:50", 0.71, "中科路/環中路二段 畫面西側偵測到煙霧", F)
    c1 = s.c1999("fire_smoke", "07:32:40", off(fx, -20, -10), "環中路上一台聯結車車頭在燒，火很大，往中科路的方向，司機有跑出來", F)
    f = s.f119("fire", "07:33:10", fx, "西屯區環中路二段（凱旋路至中科路間）東向車道 聯結車火警，派遣水箱車2、水庫車1", F)
    s.dup(f, 30)
    s.c1999("fire_smoke", "07:34:00", off(J["t74_huanzhong"], 30, 10), "台74下來接環中路，前面一直冒黑煙，車子都停下來了", F)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "07:35:00", "環中路車輛偵測器2 平均車速 4 km/h，佔有率 81%", F, severity="Severe", alt=T)
    s.police("fire_report", "Severe", "07:36:00", off(fx, 10, 0), "轄區員警報：環中路二段東向聯結車車頭起火，駕駛已自行逃出未受傷，載運棧板", F, delay=560)
    s.f119("fire", "07:39:30", fx, "到場，車頭全面燃燒，延燒至前段貨斗棧板，布線射水", F, status="on_scene", follows=f["key"])
    cl = s.police("road_closure", "Severe", "07:41:00", off(fx, -150, -20), "環中路二段凱旋路口至中科路口雙向封閉，東向車流導引至凱旋路、黎明路", F, alt=T, delay=420)
    s.dup(cl, 180)
    s.c1999("other", "07:44:00", road_at("huanzhong", 2950, side_m=25), "環中路整條都不能走，我坐的公車卡在裡面二十分鐘了，到底怎麼了", F, alt=T)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "07:47:00", "環中路車輛偵測器1 平均車速 7 km/h，佔有率 74%", F, severity="Severe", alt=T)
    s.signal("SN-SIG-002", "fault", "07:49:20", "凱旋路/環中路二段 號誌切換手動模式（閃光）", F, alt=T)
    s.police("road_closure", "Moderate", "07:50:00", off(J["kaixuan_huanzhong"], 10, -5), "凱旋路口號誌改由員警手動管制，環中路東向車流右轉凱旋路", F, alt=T, delay=700)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "07:52:00", "凱旋路車輛偵測器1 平均車速 8 km/h，佔有率 70%", F, severity="Moderate", alt=T)
    s.c1999("traffic_signal", "07:55:00", off(J["liming_kaixuan"], 15, 15), "黎明路凱旋路口塞爆了，一個綠燈過不了幾台，紅綠燈是不是壞了", F, alt=T)
    s.rule("SN-VD-LIMING-01", "congestion", "07:58:00", "黎明路車輛偵測器1 平均車速 9 km/h，佔有率 66%", F, severity="Moderate", alt=T)
    s.cctv("SN-CCTV-001", "accident", "08:01:10", 0.69, "台74線/環中路二段 偵測到疑似車輛碰撞", "CRASH2")
    c2 = s.c1999("traffic_accident", "08:02:00", off(J["t74_huanzhong"], -20, 15), "台74線下匝道接環中路這邊，塞車的時候後面三台車追撞，有一個人脖子不舒服", "CRASH2")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "08:04:00", "環中路車輛偵測器3 平均車速 12 km/h，佔有率 55%", F, severity="Moderate", alt=T)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "08:05:00", "中清路車輛偵測器1 平均車速 13 km/h，佔有率 52%", F, severity="Moderate", alt=T)
    cp = s.police("injury_accident", "Minor", "08:06:00", off(J["t74_huanzhong"], -15, 10), "台74線/環中路二段口 回堵車陣三車追撞，一人頸部輕傷，佔用內側車道", "CRASH2", delay=780)
    amb = s.f119("ambulance", "08:08:00", off(J["t74_huanzhong"], -15, 10), "台74線環中路口 追撞 一名頸部不適 派遣救護車", "CRASH2")
    s.f119("fire", "08:10:30", fx, "火勢撲滅，車頭及前段貨斗燒毀，無人受傷", F, status="on_scene", follows=f["key"], key=f["key"] + "-knockdown")
    s.c1999("crowding", "08:15:00", off(P("transit_hub"), 20, -10), "轉運站裡面人擠人，公車都沒有進來，已經等半小時了", F, alt=T)
    s.parking("SN-PK-002", "full", "08:20:00", "經貿六停車場 小型車位已滿", None)
    s.police("other", "Minor", "08:25:00", fx, "拖吊車到場，準備移除燒毀聯結車", F, follows=cl["key"], delay=400)
    s.status("SN-WL-005", "offline", "08:30:00", "旱溪北屯水位 通訊中斷", None, reason="comms_lost")
    s.c1999("illegal_parking", "08:35:00", off(P("fcu_campus"), -30, 20), "逢甲水湳校區旁邊機車停到人行道上，走不過去", None)
    s.police("injury_accident", "Minor", "08:40:00", off(J["t74_huanzhong"], -15, 10), "台74線環中路口追撞車輛已移置，傷者送醫", "CRASH2", follows=cp["key"], delay=300)
    s.f119("ambulance", "08:26:00", off(J["t74_huanzhong"], -15, 10), "傷者送醫", "CRASH2", status="returning", follows=amb["key"])
    s.f119("fire", "08:45:00", fx, "現場降溫完畢，人車返隊", F, status="returning", follows=f["key"])
    s.signal("SN-SIG-002", "restored", "08:52:00", "凱旋路/環中路二段 號誌恢復自動運轉", F, alt=T)
    r1 = s.police("road_reopened", "Minor", "09:05:00", off(fx, -150, -20), "環中路二段西向車道恢復通行", F, alt=T, follows=cl["key"], delay=360)
    s.c1999("streetlight", "09:10:00", off(P("jingmao6_car_park"), 20, -20), "經貿六停車場出口路燈不亮", None)
    s.police("road_reopened", "Minor", "09:20:00", off(fx, -150, -20), "環中路二段東向外側車道恢復通行，內側車道因路面燒損持續管制，待建設局修復", F, alt=T, follows=cl["key"], delay=420)
    s.c1999("road_damage", "09:25:00", off(fx, 30, 5), "環中路剛剛燒車那段路面凹下去，柏油都燒壞了，機車騎過去很危險", F, alt=T)
    s.rule("SN-VD-HUANZHONG-02", "cleared", "09:32:00", "環中路車輛偵測器2 車速回升，警戒解除", F, alt=T)
    s.f119("fire", "09:36:00", fx, "案件結案：聯結車車頭燒毀，無人傷亡", F, status="closed", follows=f["key"])

    s.incident(F, "fire", "07:31 環中路二段東向聯結車火警，雙向封閉、凱旋路口手動管制、塞車延伸 1 km 外與轉運站；09:36 結案，內側車道待修", [c1, f])
    s.incident("CRASH2", "traffic", "08:01 台74線/環中路二段口，回堵車陣三車追撞，一人輕傷", c2)
    s.alternative("火警本身（消防）與其造成的封路、改道、號誌手動管制與塞車（警察與交通局的交通疏導）可視為兩件分開派遣",
                  [(F, "fire", "環中路二段聯結車火警（滅火與現場）", [c1, f]),
                   (T, "traffic", "火警封路後的交通疏導：封路、改道、凱旋路口手動號誌、周邊壅塞、轉運站候車人潮、燒損路面", cl),
                   ("CRASH2", "traffic", "台74線口回堵追撞", c2)])
    s.description = ("週五早尖峰，環中路二段一輛聯結車車頭起火。封路後塞車往西延伸到台74線、往北到黎明路、往東到中清路；"
                     "凱旋路口號誌改手動閃光；轉運站公車進不來。半小時後台74線口回堵車陣追撞。連鎖反應是火警的一部分，追撞另派。")
    s.readme = ("Friday morning rush (local 07:16-09:36). At 07:31 the cab of a tractor-trailer loaded with pallets catches fire on 環中路二段 "
                "eastbound between 凱旋路 and 中科路. Two cameras see the smoke, 119 sends two pumpers, police close 環中路二段 both ways and switch the "
                "凱旋路 signal to manual flashing; the jam spreads to the detectors 1 km west, on 凱旋路, 黎明路 and east to 中清路, buses cannot reach "
                "the transit hub and callers complain of a dead signal at 黎明路/凱旋路 that is only the queue. All of this is one job (FIRE): the "
                "fire and the traffic it caused, until the road reopens and the burnt surface is handed to the works bureau. At 08:01 three cars "
                "rear-end in the queue at the 台74 ramp, 300 m west (CRASH2, traffic: its own police unit and ambulance). Background: school traffic "
                "on 中平路, streetlights lit by day, a full car park, a river gauge's link lost, parking on a pavement. Alternative reading: the "
                "closure, diversion, manual signal and jams are a traffic job (TRAFFIC) of their own, apart from the fire crews' job.")
    return s


# ====================================================================== 1418
def s1418():
    s = Situation(1418, "close_but_separate_liming_kaixuan", "2016-05-19",
                  "Rush hour in a storm at 黎明路/凱旋路: a flood, a dark signal, a crash and a branch, all within 200 m")
    jk = J["liming_kaixuan"]
    low = sp("SN-FL-009")
    branch = road_at("kaixuan", 160, side_m=-6)
    s.rule("SN-RG-002", "heavy_rain", "17:20:00", "水湳轉運中心雨量站 時雨量 43.5 mm，達大雨標準", None, level="大雨")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "17:24:00", "環中路車輛偵測器1 平均車速 19 km/h（晚尖峰）", None, severity="Minor")
    s.rule("C0F9T0", "heavy_rain", "17:28:00", "西屯雨量站 時雨量 40.5 mm，達大雨標準", None, level="大雨")
    s.c1999("blocked_drain", "17:35:00", road_at("liming", 150, side_m=12), "黎明路這邊的水溝蓋都被落葉塞住了，水排不下去，路邊開始積水", None, alt="FLOOD")
    s.c1999("streetlight", "17:40:00", off(P("transit_hub"), -50, 40), "轉運中心後面那條路的路燈不亮", None)
    s.rule("SN-FL-009", "flood_depth", "17:42:00", "黎明路凱旋路口低窪處 淹水深度 8 公分", "FLOOD", level="1-15")
    fc = s.c1999("flooding", "17:50:00", off(low, 10, 5), "黎明路凱旋路口附近慢車道積水，機車騎過去水花很大，快淹到排氣管", "FLOOD")
    s.rule("SN-FL-009", "flood_depth", "17:55:00", "黎明路凱旋路口低窪處 淹水深度 19 公分", "FLOOD", level="16-30")
    sg = s.signal("SN-SIG-007", "fault", "17:58:10", "黎明路三段/凱旋路 號誌控制器異常，全路口黑燈", "SIGNAL")
    s.cctv("SN-CCTV-007", "signal_dark", "17:59:00", 0.81, "黎明路三段/凱旋路 號誌黑燈", "SIGNAL")
    s.police("flooding_report", "Moderate", "18:00:00", off(low, 0, 10), "黎明路三段凱旋路口西側慢車道積水約20公分", "FLOOD", delay=540)
    s.c1999("traffic_signal", "18:03:00", off(jk, 20, -15), "黎明路跟凱旋路口的紅綠燈全部不亮，車子都在搶", "SIGNAL")
    s.rule("SN-VD-KAIXUAN-01", "congestion", "18:05:00", "凱旋路車輛偵測器1 平均車速 8 km/h，佔有率 67%", "SIGNAL", severity="Moderate")
    sp1 = s.police("traffic_signal_fault", "Moderate", "18:06:00", off(jk, 8, 5), "黎明路三段凱旋路口號誌全黑，派員到場指揮交通，已通報交通局維修", "SIGNAL", delay=480)
    s.rule("SN-FL-009", "flood_depth", "18:08:00", "黎明路凱旋路口低窪處 淹水深度 33 公分", "FLOOD", level=">30")
    s.rule("SN-VD-LIMING-01", "congestion", "18:10:00", "黎明路車輛偵測器1 平均車速 10 km/h，佔有率 61%", "SIGNAL", severity="Moderate")
    s.cctv("SN-CCTV-007", "accident", "18:12:20", 0.72, "黎明路三段/凱旋路 偵測到疑似車輛碰撞", "CRASH", alt="SIGNAL")
    cc = s.c1999("traffic_accident", "18:13:00", off(jk, -10, 10), "紅綠燈沒亮，一台汽車跟機車在路口撞到了，騎士腳在流血", "CRASH", alt="SIGNAL")
    amb = s.f119("ambulance", "18:13:40", off(jk, -5, 5), "黎明路三段與凱旋路口 車禍 機車騎士腿部撕裂傷 派遣救護車", "CRASH", alt="SIGNAL")
    cp = s.police("injury_accident", "Moderate", "18:15:00", off(jk, -5, 5), "黎明路三段凱旋路口（號誌故障中）自小客與普重機車碰撞，騎士腿部撕裂傷送醫", "CRASH", alt="SIGNAL", delay=720)
    s.c1999("flooding", "18:16:00", off(jk, -30, -5), "黎明路凱旋路口淹水、紅綠燈也不亮，剛剛還有人撞車，整個亂成一團，拜託多派一點人", "FLOOD")
    cl = s.police("road_closure", "Moderate", "18:20:00", off(low, 0, 10), "黎明路三段凱旋路口以西慢車道積水逾30公分，封閉慢車道", "FLOOD", delay=600)
    s.dup(cl, 150)
    s.f119("ambulance", "18:21:00", off(jk, -5, 5), "救護車到場", "CRASH", status="on_scene", follows=amb["key"], alt="SIGNAL")
    s.parking("SN-PK-001", "full", "18:20:00", "水湳轉運中心停車場 小型車位已滿", None)
    s.police("stalled_vehicle", "Minor", "18:25:00", off(J["zhongqing_huanzhong"], -30, 5), "環中路中清路口故障車輛一輛，已拖離", None, delay=900)
    tc = s.c1999("fallen_tree", "18:30:00", off(branch, 10, 0), "凱旋路上有一根很大的樹枝被風吹斷，擋住外側車道", "TREE")
    tp = s.police("fallen_object", "Minor", "18:33:00", branch, "凱旋路（黎明路口北側約200公尺）樹枝掉落佔用外側車道，已擺放三角錐", "TREE", delay=480)
    s.status("SN-CCTV-007", "offline", "18:40:00", "黎明路三段/凱旋路 路口監視器 連線中斷", "SIGNAL", reason="comms_lost", gateway="TB-CAB-007")
    s.police("injury_accident", "Minor", "18:45:00", off(jk, -5, 5), "黎明路凱旋路口事故車輛已移置路邊", "CRASH", alt="SIGNAL", follows=cp["key"], delay=500)
    s.c1999("illegal_parking", "18:50:00", off(P("jingmao6_car_park"), 30, 20), "經貿六停車場門口一直有計程車排班擋住出口", None)
    s.rule("SN-FL-009", "flood_depth", "18:50:00", "黎明路凱旋路口低窪處 淹水深度回降至 21 公分", "FLOOD", level="16-30")
    s.police("road_reopened", "Minor", "18:55:00", branch, "凱旋路樹枝已清除，外側車道恢復通行", "TREE", follows=tp["key"], delay=420)
    s.c1999("noise", "19:00:00", off(P("eco_block_a"), 20, 10), "樓下餐廳的抽風機一直很大聲", None)
    s.rule("SN-FL-009", "cleared", "19:02:00", "黎明路凱旋路口低窪處 淹水深度回降至 0 公分，警戒解除", "FLOOD")
    s.police("road_reopened", "Minor", "19:06:00", off(low, 0, 10), "黎明路三段慢車道積水已退，解除封閉", "FLOOD", follows=cl["key"], delay=360)
    s.signal("SN-SIG-007", "restored", "19:10:30", "黎明路三段/凱旋路 號誌恢復正常", "SIGNAL")
    s.status("SN-CCTV-007", "online", "19:12:00", "黎明路三段/凱旋路 路口監視器 恢復連線", "SIGNAL", gateway="TB-CAB-007")
    s.police("traffic_signal_fault", "Minor", "19:14:00", off(jk, 8, 5), "交通局廠商更換進水之控制箱零件，號誌恢復，員警撤離", "SIGNAL", follows=sp1["key"], delay=300)
    s.rule("SN-VD-KAIXUAN-01", "cleared", "19:18:00", "凱旋路車輛偵測器1 車速回升，警戒解除", "SIGNAL")

    s.incident("FLOOD", "flood", "17:42-19:06 黎明路三段凱旋路口西側低窪處積水逾 30 cm，慢車道封閉", fc)
    s.incident("SIGNAL", "traffic", "17:58-19:14 黎明路三段/凱旋路 號誌控制箱進水全黑（同機櫃監視器亦斷線），員警指揮交通、廠商維修", sg)
    s.incident("CRASH", "traffic", "18:12 黎明路/凱旋路口（號誌故障中）汽機車碰撞，騎士受傷送醫", [cc, amb])
    s.incident("TREE", "traffic", "18:30 凱旋路（路口北側約 190 m）斷枝佔外側車道，18:55 清除", tc)
    s.alternative("以原因歸併：號誌黑燈下的車禍歸入號誌故障案（同一路口、同一批員警），雨前的水溝阻塞通報歸入淹水案",
                  [("FLOOD", "flood", "黎明路凱旋路口淹水（含雨前水溝阻塞通報）", fc),
                   ("SIGNAL", "traffic", "黎明路凱旋路口號誌黑燈與其下的車禍", sg),
                   ("TREE", "traffic", "凱旋路斷枝", tc)])
    s.description = ("雷雨晚尖峰，黎明路三段/凱旋路口 200 m 內 30 分鐘裡四件事：低窪處淹水（水利）、號誌控制箱進水黑燈（交通局）、"
                     "黑燈路口的汽機車車禍（警察、救護）、凱旋路斷枝（建設局）。彼此靠近、同時，但各自派遣。")
    s.readme = ("Thunderstorm at the evening rush (local 17:20-19:18), all within 200 m of 黎明路三段/凱旋路. FLOOD (flood): the low point "
                "SN-FL-009 150 m west fills to 33 cm, the slow lane is closed 18:20-19:06. SIGNAL (traffic): at 17:58 water gets into the junction's "
                "controller cabinet TB-CAB-007, the signal goes dark and at 18:40 the camera on the same cabinet drops; police direct traffic until "
                "the contractor fixes it at 19:10. CRASH (traffic): at 18:12, under the dark signal, a car hits a scooter; ambulance and accident "
                "unit. TREE (traffic): a branch blown down on 凱旋路 190 m north, cleared 18:55. One caller describes all three at the junction in "
                "one breath (filed as flooding). Background: rain alerts, evening rush on 環中路, a breakdown already towed at 中清路, full hub car park, "
                "streetlight, taxi-rank and extractor-fan calls; a blocked-drain call 400 m up 黎明路 before the water came. Alternative reading "
                "(grouping by cause): the crash joins the signal job, the blocked drain joins the flood.")
    return s


# ====================================================================== 1419
def s1419():
    s = Situation(1419, "far_apart_missing_elder", "2016-09-10",
                  "One search over five hours and 2 km for a man with dementia; a lost child where he is found")
    home = P("eco_block_a")
    hub = P("transit_hub")
    E = "ELDER"
    s.permit("exhibition", None, "10:00", "18:00", P("convention_centre"), "臺中國際會展中心 秋季家具展，預估參觀人次 12,000", None,
             radius_m=400, issued_date="2016-09-01 09:30", key="PMT-1050901-088")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "13:40:00", "環中路車輛偵測器3 平均車速 18 km/h（假日展覽車潮）", None, severity="Minor")
    s.parking("SN-PK-006", "full", "13:55:00", "臺中國際會展中心停車場 小型車位已滿", None)
    m = s.police("missing_person", "Moderate", "14:18:00", off(home, 0, 10),
                 "家屬報案：82歲男性，失智，13時許自生態住宅A區住處步行外出未歸，身高約165公分，穿灰色夾克、藍色長褲、拖鞋，未帶手機", E, delay=360)
    s.police("missing_person", "Moderate", "14:40:00", off(home, 0, 10), "調閱經貿路監視器：13:05 於經貿路三段往南步行，請各巡邏線協尋", E, follows=m["key"], delay=420)
    s.c1999("noise", "14:50:00", off(P("convention_centre"), 60, -40), "會展中心外面的廣播一直放很大聲", None)
    c1 = s.c1999("other", "15:12:00", off(P("henan_car_park"), -20, 15), "河南路停車場公車站有一個老伯伯一直問路，講不清楚要去哪裡，穿灰色外套", E)
    s.police("missing_person", "Moderate", "15:30:00", off(P("henan_car_park"), -20, 15), "員警到河南路停車場公車站未尋獲，疑已搭乘公車，擴大協尋並通知客運業者", E, follows=m["key"], delay=540)
    s.police("missing_person", "Moderate", "15:50:00", off(P("park_car_park"), -40, -200), "巡邏員警沿中央公園、經貿路三段搜尋未果，已請里長廣播協尋", E, follows=m["key"], delay=600)
    fight = s.police("public_disturbance", "Minor", "16:05:00", off(hub, 10, -10), "水湳轉運中心旅客因排隊插隊發生口角互毆，雙方輕傷，帶回派出所", "FIGHT", delay=480)
    famb = s.f119("ambulance", "16:06:30", off(hub, 10, -10), "水湳轉運中心 互毆 男性1名臉部擦傷 派遣救護車", "FIGHT")
    s.c1999("other", "16:20:00", off(home, 10, 0), "我爸爸走失到現在還沒找到，警察那邊有消息嗎？他有失智，拜託大家幫忙找", E)
    s.c1999("other", "16:40:00", off(P("fcu_campus"), 40, -20), "逢甲水湳校區旁邊公園的椅子上有一個阿公坐很久了，問他也不太回答", E, alt=None)
    s.c1999("other", "16:50:00", road_at("zhongqing", 3050, side_m=10), "一個穿灰色外套的阿伯走在中清路的慢車道上，車子都要閃他，很危險", E)
    s.police("missing_person", "Moderate", "17:00:00", road_at("zhongqing", 3050, side_m=10), "中清路二段民眾目擊疑似協尋長者，員警前往，現場未見", E, follows=m["key"], delay=480)
    s.status("SN-VD-JINGMAO-02", "offline", "17:02:00", "經貿路車輛偵測器2 通訊中斷", None, reason="comms_lost")
    s.status("SN-VD-JINGMAO-02", "online", "17:06:30", "經貿路車輛偵測器2 恢復連線", None)
    s.cctv("SN-CCTV-005", "crowding", "17:10:00", 0.55, "經貿路二段/黎明路三段 人群聚集（移動中）", None)
    ch = s.police("missing_person", "Moderate", "17:20:00", off(hub, -15, 5), "5歲女童於水湳轉運中心候車大廳與母親走散，穿粉紅色洋裝", "CHILD", delay=300)
    s.c1999("other", "17:22:00", off(hub, 20, 0), "轉運站裡面有一個小妹妹一直在哭，說找不到媽媽", "CHILD")
    s.c1999("other", "17:28:00", off(hub, 25, -15), "轉運站候車區有一個阿伯坐在地上，穿灰色外套，看起來很累，一直說要回家", E)
    found = s.police("missing_person", "Moderate", "17:35:00", off(hub, 15, -5), "協尋長者於水湳轉運中心候車區尋獲，意識清楚，疑脫水，已通知家屬", E, follows=m["key"], delay=420)
    s.police("missing_person", "Minor", "17:40:00", off(hub, -15, 5), "走失女童已由站務人員陪同，交還母親", "CHILD", follows=ch["key"], delay=360)
    amb = s.f119("ambulance", "17:50:00", off(hub, 15, -5), "水湳轉運中心 82歲男性長者 疑脫水虛弱 送醫檢查", E)
    s.parking("SN-PK-001", "full", "18:05:00", "水湳轉運中心停車場 小型車位已滿", None)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "18:10:00", "環中路車輛偵測器2 平均車速 16 km/h（展覽散場）", None, severity="Minor")
    s.f119("ambulance", "18:12:00", off(hub, 15, -5), "送達醫院", E, status="returning", follows=amb["key"])
    s.c1999("streetlight", "18:20:00", off(J["jingmao_7"], 20, 0), "經貿七路口的路燈不亮", None)
    s.c1999("illegal_parking", "18:25:00", off(P("convention_centre"), -40, 60), "會展中心旁邊的車都停在紅線上", None)
    s.police("missing_person", "Minor", "18:30:00", off(hub, 15, -5), "長者家屬已至醫院會合，協尋案撤銷", E, follows=m["key"], delay=600)
    s.rule("SN-VD-HUANZHONG-02", "cleared", "18:40:00", "環中路車輛偵測器2 車速回升，警戒解除", None)

    s.incident(E, "rescue", "13:00 失智長者自生態住宅A區走失；14:18 報案，15:12 河南路停車場公車站、16:50 中清路二段目擊，17:35 於 1.6 km 外的水湳轉運中心尋獲送醫，18:30 撤銷", m)
    s.incident("FIGHT", "public_safety", "16:05 水湳轉運中心旅客互毆，一人輕傷", [fight, famb])
    s.incident("CHILD", "rescue", "17:20 水湳轉運中心 5 歲女童與母親走散，17:40 交還", ch)
    s.alternative("逢甲校區旁公園長椅上的阿公沒有任何描述吻合，可能是另一位長者，只是民眾的一般關心",
                  [(E, "rescue", "失智長者協尋", m),
                   ("FIGHT", "public_safety", "轉運中心互毆", [fight, famb]),
                   ("CHILD", "rescue", "轉運中心女童走失", ch)])
    s.description = ("週六下午，一位失智長者走失：報案、三處目擊（相隔最遠約 2 km、時間相隔近 3 小時），最後在轉運中心尋獲送醫，是同一件協尋。"
                     "同一個轉運中心、同一時段，另有女童走失與旅客互毆兩件。")
    s.readme = ("Saturday afternoon (local 13:40-18:40). ELDER (rescue): an 82-year-old man with dementia walks out of eco-residential block A at "
                "13:00; his family report at 14:18; he is seen asking the way at the 河南路 car park bus stop at 15:12 (1.2 km south-west), walking in "
                "the slow lane of 中清路 at 16:50 (800 m east of home) and found at the transit hub at 17:35 (1.6 km north of home), then taken to hospital: "
                "one search, five and a half hours, reports 2 km apart. In the same hub, within 20 minutes of his finding, CHILD (rescue: a "
                "5-year-old separated from her mother, reunited at 17:40), and earlier FIGHT (public safety: two travellers come to blows over a "
                "queue, one ambulance). Background: an exhibition permit at the convention centre and its traffic, full car parks, a crowd leaving "
                "the show, a detector flap, loudspeaker noise, streetlight and parking calls. Alternative reading: the old man on a park bench by the "
                "FCU campus at 16:40, who matches no description, is another person and no job.")
    return s


# ====================================================================== 1420
def s1420():
    s = Situation(1420, "rekindle_hours_later_cmu", "2016-02-24",
                  "A construction-site fire at night rekindles six hours later; a rush-hour crash at the corner 60 m away in between")
    site = off(P("cmu_campus"), 70, 45)
    jz = J["jingmao_zhongping"]
    F, R = "FIRE", "REKINDLE"
    c1 = s.c1999("fire_smoke", "02:49:00", road_at("zhongping", 1250, side_m=-10), "中平路旁邊中國醫大的工地鐵皮屋在燒，火很大，我開計程車經過", F)
    f = s.f119("fire", "02:50:30", site, "北屯區中平路 中國醫藥大學水湳校區新建工程工地 鐵皮倉庫火警，派遣水箱車2、水庫車1", F)
    s.cctv("SN-CCTV-011", "smoke", "02:51:00", 0.64, "經貿路/中平路 畫面西側偵測到煙霧", F)
    s.f119("fire", "02:58:30", site, "到場，工地鐵皮倉庫（存放保溫材、木料）全面燃燒，布線射水", F, status="on_scene", follows=f["key"])
    s.police("fire_report", "Moderate", "03:00:00", off(site, -10, -30), "轄區員警報：中國醫大水湳校區工地倉庫火警，無人員受困，員警現場警戒", F, delay=720)
    cl = s.police("road_closure", "Minor", "03:05:00", off(jz, -80, -5), "中平路（經貿路口西側）外側車道封閉，供消防車停放", F, delay=600)
    s.f119("fire", "03:40:00", site, "火勢撲滅，翻動殘火中", F, status="on_scene", follows=f["key"], key=f["key"] + "-knockdown")
    s.f119("fire", "04:15:00", site, "殘火處理完畢，現場交由工地負責人，全數返隊", F, status="closed", follows=f["key"])
    s.police("road_reopened", "Minor", "04:20:00", off(jz, -80, -5), "中平路外側車道恢復通行", F, follows=cl["key"], delay=480)
    s.c1999("環境公害", "07:30:00", off(P("eco_block_b"), 0, -20), "一早起床外面都是燒東西的臭味，是哪裡在燒", F)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "07:45:00", "中平路車輛偵測器2 平均車速 15 km/h（上學車潮）", None, severity="Minor")
    s.cctv("SN-CCTV-011", "accident", "08:05:00", 0.77, "經貿路/中平路 偵測到疑似車輛碰撞", "CRASH")
    cc = s.c1999("traffic_accident", "08:05:40", off(jz, 10, -10), "中平路經貿路口公車跟機車擦撞，騎士倒在地上，好像還好", "CRASH")
    cp = s.police("accident", "Minor", "08:10:00", off(jz, 5, -5), "經貿路中平路口市區公車右轉與機車擦撞，騎士手肘擦傷拒絕送醫", "CRASH", delay=720)
    s.c1999("streetlight", "08:15:00", road_at("jingmao", 2500, side_m=15), "經貿路三段路燈白天一直亮著，很浪費", None)
    s.c1999("road_damage", "08:30:00", road_at("jingmao", 2700, side_m=-10), "經貿路往中平路那段有個坑洞，下雨會積水", None)
    s.police("accident", "Minor", "08:45:00", off(jz, 5, -5), "擦撞事故處理完畢，車輛已駛離", "CRASH", follows=cp["key"], delay=420)
    s.status("SN-VD-ZHONGPING-02", "offline", "09:10:00", "中平路車輛偵測器2 維護作業中", None, reason="maintenance")
    rc = s.c1999("fire_smoke", "09:26:00", off(P("cmu_campus"), 30, 20), "學校旁邊工地昨天晚上燒過的地方又在冒煙了，好像有火", F, alt=R)
    s.cctv("SN-CCTV-011", "smoke", "09:27:00", 0.70, "經貿路/中平路 畫面西側偵測到煙霧", F, alt=R)
    rk = s.f119("rekindle", "09:28:00", site, "中國醫藥大學水湳校區工地 凌晨火警現場復燃，派遣水箱車1、水庫車1", F, follows=f["key"], alt=R)
    s.panel("SN-FA-010", "alarm", "09:31:00", "中國醫藥大學水湳校區 3F 偵煙式探測器動作", F, alt=R)
    s.f119("rekindle", "09:35:00", site, "到場，倉庫殘骸內保溫材悶燒復燃，射水並以怪手翻開", F, status="on_scene", follows=rk["key"], alt=R)
    s.police("fire_report", "Minor", "09:40:00", off(site, -10, -30), "中國醫大工地火警復燃，消防隊處理中，校方疏導師生", F, alt=R, delay=660)
    s.c1999("fire_smoke", "09:42:00", off(P("cmu_campus"), -10, 10), "學校三樓警鈴在響，外面工地的煙飄進來，我們要不要出去", F, alt=R)
    s.panel("SN-FA-010", "normal", "09:50:00", "中國醫藥大學水湳校區 火警受信總機復歸", F, alt=R)
    s.status("SN-VD-ZHONGPING-02", "online", "09:55:00", "中平路車輛偵測器2 恢復連線", None)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "10:05:00", "環中路車輛偵測器3 平均車速 21 km/h", None, severity="Minor")
    s.f119("rekindle", "10:30:00", site, "悶燒殘骸全部翻開澆熄，請工地派員看守，返隊", F, status="closed", follows=rk["key"], alt=R)
    s.c1999("other", "10:50:00", off(site, -30, -45), "工地被燒掉的鐵皮圍籬倒在中平路人行道上，學生都要走到車道", F, alt=R)
    s.police("fallen_object", "Minor", "11:10:00", off(site, -30, -45), "中平路人行道鐵皮圍籬倒塌，已放置警示並通知營造廠移除", F, alt=R, delay=540)
    s.c1999("illegal_parking", "11:15:00", off(P("cmu_campus"), -20, 30), "中國醫大門口一直有車停在公車站", None)
    s.parking("SN-PK-003", "full", "11:20:00", "河南路停車場 小型車位已滿", None)

    s.incident(F, "fire", "02:48 中國醫大水湳校區工地鐵皮倉庫火警，04:15 結案；09:26 同一處殘骸悶燒復燃（119 復燃案 follows 原案），10:30 撲滅；圍籬燒損倒在人行道", [c1, f])
    s.incident("CRASH", "traffic", "08:05 經貿路/中平路口 公車與機車擦撞，騎士輕傷", cc)
    s.alternative("凌晨的案件已結案、人車返隊；早上的復燃可視為新開的一件（雖然 119 以復燃 follows 原案）",
                  [(F, "fire", "凌晨工地倉庫火警", [c1, f]),
                   (R, "fire", "09:26 同一工地火場復燃、煙飄入校舍、圍籬倒塌", [rc, rk]),
                   ("CRASH", "traffic", "經貿路中平路口公車擦撞機車", cc)])
    s.description = ("凌晨工地倉庫火警，04:15 結案；六個多小時後同一處悶燒復燃，煙飄進旁邊校舍觸發火警總機。同一件火警（復燃是原案未竟之事）。"
                     "中間 08:05 在 60 m 外的路口有一件擦撞，另派。")
    s.readme = ("Night to late morning (local 02:49-11:20). FIRE (fire): at 02:48 a tin storage shed of the CMU Shuinan campus building site on "
                "中平路 burns (insulation and timber); 119 closes the case at 04:15 and hands the site to the contractor. At 09:26 the smouldering "
                "debris rekindles: students and the junction camera see smoke, 119 opens a rekindle case that follows the night's case, smoke drawn "
                "into the campus building trips its panel, and at 10:50 the burnt hoarding falls onto the 中平路 pavement. One job, six and a half "
                "hours apart: the same fire, the same site, the same crews' unfinished work. CRASH (traffic): at 08:05, 60 m away at 經貿路/中平路, a "
                "bus brushes a scooter. Background: a burning smell at 07:30 is the night's fire (labelled so), school traffic, a streetlight lit "
                "by day, a pothole, detector maintenance, parking. Alternative reading: the night's case was closed, so the rekindle is a new job "
                "(REKINDLE).")
    return s


# ====================================================================== 1421
def s1421():
    s = Situation(1421, "feeder_trip_four_signals_huanzhong", "2016-08-05",
                  "A feeder trip darkens four signals over 700 m of 環中路 and the transit hub; an unrelated flashing signal 2.8 km away")
    P_, SG = "POWER", "SIGNALS"
    s.rule("SN-VD-ZHONGPING-01", "congestion", "14:08:00", "中平路車輛偵測器1 平均車速 20 km/h", None, severity="Minor")
    sigs = [s.signal("SN-SIG-003", "fault", "14:12:05", "中科路/環中路二段 號誌黑燈（控制器失電）", P_, alt=SG),
            s.signal("SN-SIG-004", "fault", "14:12:06", "經貿路二段/環中路二段 號誌黑燈（控制器失電）", P_, alt=SG),
            s.signal("SN-SIG-001", "fault", "14:12:08", "台74線/環中路二段 號誌黑燈（控制器失電）", P_, alt=SG),
            s.signal("SN-SIG-002", "fault", "14:12:09", "凱旋路/環中路二段 號誌黑燈（控制器失電）", P_, alt=SG)]
    for sid, gw, nm in [("SN-CCTV-003", "TB-CAB-003", "中科路/環中路二段"), ("SN-CCTV-004", "TB-CAB-004", "經貿路二段/環中路二段"),
                        ("SN-CCTV-001", "TB-CAB-001", "台74線/環中路二段"), ("SN-CCTV-002", "TB-CAB-002", "凱旋路/環中路二段")]:
        s.status(sid, "offline", "14:12:10", "%s 路口監視器 市電中斷" % nm, P_, reason="mains_power_lost", gateway=gw)
    s.status("SN-VD-KAIXUAN-01", "offline", "14:12:12", "凱旋路車輛偵測器1 市電中斷", P_, reason="mains_power_lost", gateway="TB-CAB-001")
    fa = s.panel("SN-FA-001", "fault", "14:12:15", "水湳轉運中心 火警受信總機 主電源斷電，切換預備電源", P_)
    s.status("SN-PK-001", "offline", "14:12:20", "水湳轉運中心停車場 市電中斷", P_, reason="mains_power_lost")
    s.c1999("traffic_signal", "14:15:00", off(J["zhongke_huanzhong"], 20, -15), "環中路中科路口紅綠燈全部不亮，大家都在亂闖", P_, alt=SG)
    s.rule("SN-VD-KAIXUAN-01", "sensor_offline", "14:15:30", "凱旋路車輛偵測器1 超過 3 分鐘未回傳資料", P_, gateway="TB-CAB-001")
    s.c1999("power_outage", "14:16:00", road_at("liming", 1100, side_m=20), "黎明路三段這邊停電了，店裡冷氣冰箱都停了，是台電在施工嗎", P_)
    s.c1999("traffic_signal", "14:17:00", off(J["kaixuan_huanzhong"], -20, 10), "環中路凱旋路口紅綠燈黑掉了", P_, alt=SG)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "14:18:00", "環中路車輛偵測器2 平均車速 9 km/h，佔有率 64%", P_, severity="Moderate", alt=SG)
    pols = []
    for t, j, nm, d in [("14:18:00", "zhongke_huanzhong", "中科路", 600), ("14:21:00", "kaixuan_huanzhong", "凱旋路", 540),
                        ("14:24:00", "jingmao_huanzhong", "經貿路二段", 720), ("14:29:00", "t74_huanzhong", "台74線", 480)]:
        pols.append(s.police("traffic_signal_fault", "Moderate", t, off(J[j], 8, -6),
                             "環中路二段%s口號誌全黑，派員到場指揮交通；鄰近路口同時黑燈，疑區域停電" % nm, P_, alt=SG, delay=d))
    s.rule("SN-PK-001", "sensor_offline", "14:22:30", "水湳轉運中心停車場 超過 10 分鐘未回傳資料", P_)
    s11 = s.signal("SN-SIG-011", "fault", "14:25:00", "經貿路/中平路 號誌閃光運轉（控制器異常）", "S11")
    s.c1999("traffic_signal", "14:28:00", off(J["jingmao_zhongping"], -15, 10), "經貿路中平路口的紅綠燈一直閃黃燈，沒有紅燈了", "S11")
    s.c1999("water_outage", "14:30:00", road_at("zhongqing", 2600, side_m=20), "中清路這邊停水，有看到公告說今天管線工程，請問幾點會來水", None)
    s.police("traffic_signal_fault", "Minor", "14:35:00", off(J["jingmao_zhongping"], 5, 5), "經貿路中平路口號誌閃黃燈，疑控制器故障，已通報交通局，該區未停電", "S11", delay=600)
    cc = s.c1999("traffic_accident", "14:40:00", off(J["zhongke_huanzhong"], -10, 10), "中科路環中路口紅綠燈沒亮，兩台車撞在一起，有一個阿姨說胸口痛", "CRASH", alt=SG)
    amb = s.f119("ambulance", "14:41:00", off(J["zhongke_huanzhong"], -10, 10), "中科路與環中路二段口 車禍 女性1名胸痛 派遣救護車", "CRASH", alt=SG)
    s.police("injury_accident", "Moderate", "14:45:00", off(J["zhongke_huanzhong"], -10, 10), "中科路環中路口（號誌停電中）兩車側撞，一人胸部挫傷送醫", "CRASH", alt=SG, delay=900)
    s.c1999("power_outage", "14:50:00", off(P("transit_hub"), 10, 0), "轉運中心停電了，電扶梯都停了，旅客很多都卡在樓梯", P_)
    lift = s.c1999("rescue", "14:54:00", off(P("transit_hub"), -10, 10), "轉運中心的電梯停電卡住了，裡面有兩個人出不來，一個是老人", "LIFT")
    l119 = s.f119("rescue", "14:55:00", P("transit_hub"), "水湳轉運中心 電梯停電受困2人 派遣救助隊", "LIFT")
    s.status("SN-WL-004", "offline", "14:58:00", "筏子溪西屯水位 電池電壓過低", None, reason="battery_low")
    s.f119("rescue", "15:10:00", P("transit_hub"), "受困2人已以手動方式救出，無人受傷", "LIFT", status="on_scene", follows=l119["key"])
    s.rule("SN-VD-HUANZHONG-03", "congestion", "15:15:00", "環中路車輛偵測器3 平均車速 12 km/h，佔有率 55%", P_, severity="Moderate", alt=SG)
    s.parking("SN-PK-006", "full", "15:18:00", "臺中國際會展中心停車場 小型車位已滿", None)
    for sid, nm in (("SN-SIG-003", "中科路/環中路二段"), ("SN-SIG-004", "經貿路二段/環中路二段"), ("SN-SIG-001", "台74線/環中路二段"), ("SN-SIG-002", "凱旋路/環中路二段")):
        s.signal(sid, "restored", "15:25:%02d" % (int(sid[-1]) * 3), "%s 號誌恢復正常（復電）" % nm, P_, alt=SG)
    for sid, gw, nm in [("SN-CCTV-003", "TB-CAB-003", "中科路/環中路二段 路口監視器"), ("SN-CCTV-004", "TB-CAB-004", "經貿路二段/環中路二段 路口監視器"),
                        ("SN-CCTV-001", "TB-CAB-001", "台74線/環中路二段 路口監視器"), ("SN-CCTV-002", "TB-CAB-002", "凱旋路/環中路二段 路口監視器"),
                        ("SN-VD-KAIXUAN-01", "TB-CAB-001", "凱旋路車輛偵測器1")]:
        s.status(sid, "online", "15:25:40", "%s 恢復連線" % nm, P_, gateway=gw)
    s.panel("SN-FA-001", "normal", "15:25:50", "水湳轉運中心 火警受信總機 主電源恢復", P_)
    s.status("SN-PK-001", "online", "15:26:10", "水湳轉運中心停車場 恢復連線", P_)
    s.police("traffic_signal_fault", "Minor", "15:30:00", off(J["zhongke_huanzhong"], 8, -6), "台電復電，環中路四處路口號誌恢復，撤除指揮警力", P_, alt=SG, follows=pols[0]["key"], delay=420)
    s.signal("SN-SIG-011", "restored", "15:40:00", "經貿路/中平路 號誌恢復正常", "S11")
    s.police("injury_accident", "Minor", "15:45:00", off(J["zhongke_huanzhong"], -10, 10), "中科路環中路口事故車輛已拖離", "CRASH", alt=SG, follows=None, delay=480)
    s.c1999("streetlight", "15:50:00", off(P("operations_tower"), 20, 10), "營運塔旁邊人行道的路燈有一盞歪掉", None)
    s.rule("SN-VD-HUANZHONG-02", "cleared", "15:52:00", "環中路車輛偵測器2 車速回升，警戒解除", P_, alt=SG)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "16:10:00", "中清路車輛偵測器2 平均車速 19 km/h", None, severity="Minor")

    s.incident(P_, "infrastructure", "14:12-15:26 饋線跳脫：環中路二段四處路口號誌與監視器、凱旋路偵測器、水湳轉運中心（總機、停車場）與黎明路商家停電；四路口員警指揮交通", sigs)
    s.incident("S11", "traffic", "14:25-15:40 經貿路/中平路號誌控制器故障閃黃燈（該區未停電）", s11)
    s.incident("CRASH", "traffic", "14:40 中科路/環中路口（停電黑燈中）兩車側撞，一人胸部挫傷送醫", [cc, amb])
    s.incident("LIFT", "rescue", "14:54 水湳轉運中心電梯停電受困 2 人，15:10 救出", [lift, l119])
    s.alternative("停電（台電與建物）和四處黑燈路口的交通指揮可分成兩件派遣：一件基礎設施、一件交通（含黑燈路口的車禍）",
                  [(P_, "infrastructure", "區域停電：轉運中心、監視器與偵測器、商家", fa),
                   (SG, "traffic", "環中路二段四處黑燈路口的交通指揮與其下的車禍、壅塞", sigs),
                   ("S11", "traffic", "經貿路中平路口號誌閃黃燈", s11),
                   ("LIFT", "rescue", "轉運中心電梯受困", [lift, l119])])
    s.description = ("夏日午後一條饋線跳脫：環中路二段四個路口（前後相距 700 m）號誌與監視器同時失電，轉運中心停電。這是一件。"
                     "同時 2.8 km 外經貿路/中平路號誌控制器故障閃黃燈，是另一件；黑燈路口的車禍與轉運中心電梯受困各自派遣。")
    s.readme = ("Summer afternoon (local 14:08-16:10). POWER (infrastructure): at 14:12 a feeder trips; within 15 s four signals spread over 700 m on "
                "環中路二段 (台74線, 凱旋路, 中科路, 經貿路) go dark, the cameras and the 凱旋路 detector on the same cabinets drop with mains_power_lost, "
                "the transit hub's panel goes to battery and its car park goes offline, shops on 黎明路 lose power; police send an officer to each "
                "junction (four reports); power returns at 15:25. One job: one cause, far apart. S11 (traffic): at 14:25, 2.8 km away, the "
                "controller at 經貿路/中平路 fails to flashing amber with no power cut there; it looks like the others but is its own repair. CRASH "
                "(traffic): a side impact under the dark signal at 中科路 at 14:40. LIFT (rescue): two people stuck in the hub's lift when the power "
                "went, freed at 15:10. Background: a scheduled water cut on 中清路, a river gauge's low battery, a full convention car park, a bent "
                "streetlight, ordinary slow-downs. Alternative reading: the traffic control at the four dark junctions, with the crash there, is a "
                "traffic job (SIGNALS) separate from the power cut's infrastructure job.")
    return s


# ====================================================================== 1422
def s1422():
    s = Situation(1422, "odor_drift_reclamation", "2016-12-07",
                  "A chlorine release at the water reclamation centre drifts 1.7 km south-west; a kitchen gas leak upwind at the same hour")
    wr = P("water_reclamation")
    L = "LEAK"
    s.c1999("環境公害", "09:52:00", road_at("zhongping", 1700, side_m=15), "水資源回收中心每天都好臭，已經反映很多次了，請環保局來稽查", None)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "09:58:00", "環中路車輛偵測器1 平均車速 21 km/h", None, severity="Minor")
    hz = s.f119("hazmat", "10:06:00", wr, "北屯區 水湳水資源回收中心 加藥間次氯酸鈉槽車卸料時與酸液混合，產生氯氣外洩，作業員1名吸入不適，派遣毒化災搶救車、水箱車、救護車", L)
    s.f119("ambulance", "10:07:00", wr, "水湳水資源回收中心 作業員1名吸入刺激性氣體 呼吸不適", L)
    s.status("SN-FL-007", "offline", "10:10:00", "河南路低窪處 電池電壓過低", None, reason="battery_low")
    s.c1999("gas_odor", "10:14:00", off(P("cmu_campus"), -20, 10), "學校這邊突然有很刺鼻的漂白水味道，好幾個學生說喉嚨不舒服", L)
    s.police("hazmat_report", "Severe", "10:18:00", off(wr, -40, -30), "水湳水資源回收中心氯氣外洩，風向東北，下風處為中國醫大水湳校區及河南路一帶，建議疏散", L, delay=780)
    s.f119("hazmat", "10:20:00", wr, "到場，著A級防護衣進入加藥間關閉閥門，下風處偵測氯氣濃度", L, status="on_scene", follows=hz["key"])
    s.c1999("gas_odor", "10:21:00", off(P("henan_car_park"), 10, 10), "河南路停車場這邊有很重的漂白水味，眼睛會痛，是哪裡漏東西", L)
    s.c1999("gas_odor", "10:26:00", off(J["henan_zhongping"], 20, 15), "河南路中平路口這邊一股怪味道，很嗆，騎機車都要憋氣", L)
    gas = s.c1999("gas_odor", "10:30:00", off(P("eco_block_b"), 15, 5), "我家廚房有瓦斯味，我有把瓦斯關掉了但還是很臭，生態住宅B區", "GAS", alt=L)
    g119 = s.f119("hazmat", "10:33:00", P("eco_block_b"), "北屯區敦化路一段 生態住宅B區 住宅瓦斯外洩 派遣水箱車1", "GAS", alt=L)
    s.c1999("gas_odor", "10:35:00", (120.6465, 24.1665), "我住河南路這邊，家裡突然聞到像游泳池消毒水的味道，窗戶關起來還是有", L)
    s.police("evacuation", "Severe", "10:40:00", off(P("cmu_campus"), -30, -20), "中國醫大水湳校區北側大樓師生約300人疏散至河南路側空地，校方清點中", L, delay=600)
    s.c1999("streetlight", "10:40:00", off(J["jingmao_7"], 10, -10), "經貿七路口的路燈燈罩破了", None)
    s.f119("hazmat", "10:42:00", P("eco_block_b"), "到場，熱水器瓦斯管接頭鬆脫，已關閉總開關並開窗通風，無人不適", "GAS", status="on_scene", follows=g119["key"], alt=L)
    cl = s.police("road_closure", "Severe", "10:45:00", off(J["jingmao_zhongping"], -60, -5), "中平路（經貿路口至河南路口）暫時管制，禁止車輛及行人進入", L, delay=540)
    s.parking("SN-PK-003", "closed", "10:50:00", "河南路停車場 暫停開放", L)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "10:52:00", "中平路車輛偵測器2 平均車速 8 km/h，佔有率 63%", L, severity="Moderate")
    s.f119("hazmat", "10:58:00", P("eco_block_b"), "案件結案：住宅瓦斯管接頭鬆脫，已請瓦斯公司檢修", "GAS", status="closed", follows=g119["key"], alt=L)
    s.c1999("gas_odor", "11:05:00", off(P("pop_music_centre"), 40, -150), "凱旋路這邊好像有一點消毒水的味道，不確定是不是我的錯覺", L, alt=None)
    s.c1999("noise", "11:10:00", off(P("fcu_campus"), 20, 30), "逢甲水湳校區旁邊工地一直在切割鋼筋，很吵", None)
    crash = s.c1999("traffic_accident", "11:20:00", road_at("henan", 1150, side_m=8), "河南路靠近中平路這邊有機車自己滑倒，騎士膝蓋在流血", "CRASH")
    camb = s.f119("ambulance", "11:21:00", road_at("henan", 1150, side_m=8), "河南路近中平路口 機車自摔 騎士膝部擦傷 派遣救護車", "CRASH")
    s.police("accident", "Minor", "11:22:00", road_at("henan", 1150, side_m=8), "河南路機車自摔，騎士膝部擦傷送醫，路面無油漬，非管制區內", "CRASH", delay=660)
    s.f119("hazmat", "11:30:00", wr, "漏點已止漏，下風處氯氣濃度低於偵測下限，持續監測", L, status="on_scene", follows=hz["key"], key=hz["key"] + "-stopped")
    s.c1999("illegal_parking", "11:40:00", off(P("cmu_campus"), 30, -20), "中國醫大側門前面紅線停了一排車", None)
    s.police("evacuation", "Minor", "11:50:00", off(P("cmu_campus"), -30, -20), "中國醫大水湳校區疏散解除，師生返回大樓", L, delay=420)
    s.police("road_reopened", "Minor", "11:55:00", off(J["jingmao_zhongping"], -60, -5), "中平路解除管制，恢復通行", L, follows=cl["key"], delay=480)
    s.parking("SN-PK-003", "full", "12:00:00", "河南路停車場 恢復開放，小型車位已滿", None)
    s.f119("hazmat", "12:05:00", wr, "案件結案：加藥間氯氣外洩，作業員1名送醫，已移交環保局", L, status="closed", follows=hz["key"])
    s.rule("SN-VD-ZHONGPING-02", "cleared", "12:08:00", "中平路車輛偵測器2 車速回升，警戒解除", L)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "12:10:00", "環中路車輛偵測器2 平均車速 20 km/h（午間車流）", None, severity="Minor")

    s.incident(L, "hazmat", "10:05 水湳水資源回收中心加藥間氯氣外洩，東北風吹向西南：中國醫大、河南路停車場、河南路/中平路、河南路住家 1.7 km 內皆聞到；校區疏散、中平路管制，12:05 結案", hz)
    s.incident("GAS", "hazmat", "10:30 生態住宅B區住宅瓦斯管接頭鬆脫（外洩點上風處 560 m），10:58 結案", [gas, g119])
    s.incident("CRASH", "traffic", "11:20 河南路近中平路口機車自摔，騎士擦傷送醫", [crash, camb])
    s.alternative("外洩期間的瓦斯味通報，當下協調者可能先當作同一團氣體處理，直到消防到場才分開；凱旋路那通不確定的電話可能只是錯覺",
                  [(L, "hazmat", "回收中心氯氣外洩（含生態住宅B區瓦斯味）", hz),
                   ("CRASH", "traffic", "河南路機車自摔", [crash, camb])])
    s.description = ("冬季東北季風下，水資源回收中心氯氣外洩，氣味往西南飄到 1.7 km 外的河南路住家；"
                     "同一時間上風處 560 m 的生態住宅B區一戶瓦斯管鬆脫，是另一件。外洩前的例行臭味陳情是背景。")
    s.readme = ("Winter morning under the north-east monsoon (local 09:52-12:10). LEAK (hazmat): at 10:05 mixing at the water reclamation "
                "centre's dosing room releases chlorine; a worker is hurt; the gas drifts south-west and callers at the CMU campus, the 河南路 car park, "
                "河南路/中平路 and a home 1.7 km away on 河南路 smell bleach or swimming-pool water; the campus is evacuated, 中平路 closed and the car "
                "park shut until about noon. GAS (hazmat): at 10:30 a resident of eco block B, 560 m north and upwind, smells gas in her kitchen: a "
                "loose water-heater hose, closed at 10:58. CRASH (traffic): at 11:20 a scooter skids on 河南路 inside the smell area, no link to it. "
                "Background: the standing complaint about the plant's sewage smell, made 13 minutes before the leak; a low-battery flood sensor, "
                "noise, parking and streetlight calls, ordinary slow-downs. Alternative reading: while the chlorine was loose a coordinator might have "
                "treated the kitchen gas as part of it until the crew found the hose, and the unsure call from 凱旋路 at 11:05 as nothing.")
    return s


for fn in (s1417, s1418, s1419, s1420, s1421, s1422):
    sit = fn()
    n = sit.write()
    print(sit.stem(), n)
