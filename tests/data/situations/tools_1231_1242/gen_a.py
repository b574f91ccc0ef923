"""Situations 1231-1236: Monday 12 to Thursday 15 October 2026 (typhoon morning)."""
from lib import Sit, P, PLACES, offset


def s1231():
    S = Sit(1231, "monday_rush_crash_stall_faint", "2026-10-12",
            title="週一早尖峰：環中路中科路口西側機車與自小客車碰撞、經貿黎明路口貨車拋錨、轉運中心月台長者昏倒；背景為例行壅塞、停車場滿、設備閃斷與例行陳情。")
    crash = offset(PLACES["j_zhongke_huanzhong"], 70, 265)
    # background first hour
    S.status("07:04:10", "SN-VD-KAIXUAN-01", "offline", "凱旋路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    S.status("07:10:40", "SN-VD-KAIXUAN-01", "online", "凱旋路車輛偵測器1 恢復連線", None)
    S.c1999("07:06", "streetlight", S.near("eco_b", 60, 150),
            "敦化路一段社區門口那支路燈昨晚就不亮了，燈桿編號XT-20871，麻煩派人修。", None, delay=400)
    # crash
    cc = S.cctv("07:18:35", "SN-CCTV-003", "stalled_vehicle", 0.81,
                "影像分析：中科路/環中路二段路口西側 車輛停滯於內側車道", "crash")
    c1 = S.c1999("07:19:10", "traffic_accident", S.near(crash, 20, 60),
                 "環中路二段靠近中科路口，一台機車跟轎車撞到，騎士倒在地上，請快點叫救護車！", "crash", delay=95)
    amb = S.f119("07:19:40", "ambulance", crash,
                 "環中路二段/中科路口西側 機車與自小客車事故 1人受傷 派遣西屯分隊救護車", "crash")
    S.c1999("07:20:30", "traffic_accident", S.near("shuttle", 30, 80),
            "我在轉運站接駁區這邊看到環中路上有車禍，車子都卡住了，好像有人受傷。", "crash", delay=140)
    pol = S.police("07:22", "injury_accident", "Moderate", crash,
                   "A2類交通事故：環中路二段往西近中科路口，機車與自小客車碰撞，騎士意識清楚腳部受傷，佔用內側兩車道，第六分局派員處理。", "crash", delay=150)
    S.f119("07:27:30", "ambulance", crash, "救護車抵達現場", "crash", status="on_scene", case=amb)
    S.rule("07:29", "congestion", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 平均車速18 km/h 佔有率62%，低於門檻", "crash")
    S.rule("07:33", "congestion", "SN-VD-HUANZHONG-03", "環中路車輛偵測器3 平均車速15 km/h 佔有率70%，低於門檻", "crash", alt=None)
    S.dup(cc, 240)
    S.c1999("07:24", "traffic_accident", S.near(crash, 150, 400),
            "環中路往台74那個方向整個塞住了，前面好像有車禍，警察到了沒？", "crash", delay=160)
    S.cctv("07:31:05", "SN-CCTV-004", "stalled_vehicle", 0.52, "影像分析：經貿路二段/環中路二段 車流停滯", "crash", alt=None)
    S.f119("07:49", "ambulance", crash, "傷者送往中國醫藥大學附設醫院 救護車返隊", "crash", status="returning", case=amb)
    S.police("08:06", "accident", "Minor", crash,
             "環中路二段中科路口事故車輛已移至路邊，現場排除，恢復通行。", "crash", delay=200, follows=pol)
    S.upd1999("08:10", c1, S.near(crash, 20, 60), "traffic_accident", "案件回覆：已由警察局第六分局到場處理完畢。", "crash")
    # recurrent congestion and parking (background)
    S.rule("07:35", "congestion", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 平均車速22 km/h，低於門檻", None)
    S.rule("07:45", "congestion", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 平均車速19 km/h 佔有率58%，低於門檻", None)
    S.parking("07:55", "SN-PK-001", "full", "水湳轉運中心停車場 小型車位已滿", None)
    # stalled truck at Jingmao/Liming
    st = S.cctv("07:41:20", "SN-CCTV-005", "stalled_vehicle", 0.74,
                "影像分析：經貿路二段/黎明路三段路口 車輛停滯超過120秒", "stall")
    S.c1999("07:44", "other", S.near("j_jingmao_liming", 30, 90),
            "經貿路黎明路口有一台小貨車停在路口中間不動，閃雙黃燈，後面車子都要繞過去，很危險。", "stall", delay=180)
    sp = S.police("07:48", "stalled_vehicle", "Minor", offset(PLACES["j_jingmao_liming"], 25, 20),
                  "經貿路二段/黎明路三段路口 自用小貨車引擎故障拋錨，佔用一車道，已擺放三角錐並通知拖吊。", "stall", delay=210)
    S.c1999("07:50", "other", S.near("j_jingmao_liming", 100, 300),
            "經貿路往環中路方向黎明路口前面有台車壞在路中間，大家都在切車道。", "stall", delay=150)
    S.rule("07:52", "congestion", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 平均車速16 km/h，低於門檻", "stall")
    S.police("08:24", "stalled_vehicle", "Minor", offset(PLACES["j_jingmao_liming"], 25, 20),
             "拋錨小貨車已由拖吊車拖離，路口恢復通行。", "stall", delay=180, follows=sp)
    # elderly woman ill at the transit hub
    hub = offset(PLACES["hub"], 40, 180)
    a2 = S.f119("08:12", "ambulance", hub, "水湳轉運中心 5號月台 女性約80歲 昏倒 意識不清 派遣救護車", "ill")
    S.c1999("08:13", "rescue", S.near(hub, 10, 40),
            "轉運中心第5月台這邊有一位阿嬤昏倒了，站務人員已經打119，想問救護車到了沒？", "ill", delay=150)
    S.f119("08:19", "ambulance", hub, "救護人員抵達 轉運中心5號月台", "ill", status="on_scene", case=a2)
    S.c1999("08:15", "rescue", S.near(hub, 10, 60), "轉運中心月台有老人家倒在地上，旁邊的人說已經叫救護車了，我再確認一下。", "ill", delay=200)
    S.f119("08:31", "ambulance", hub, "病患送醫 返隊", "ill", status="returning", case=a2)
    S.f119("08:58", "ambulance", hub, "送抵醫院 結案", "ill", status="closed", case=a2)
    # more background
    S.c1999("08:02", "illegal_parking", S.near("cmu", 80, 200),
            "中國醫藥大學水湳校區門口每天早上都有車並排停車，請派人取締。", None)
    S.c1999("08:20", "road_damage", offset(PLACES["j_henan_zhongping"], 120, 90),
            "中平路靠近河南路那邊有一個小坑洞，機車騎過去會震一下，麻煩補一下。", None)
    S.status("08:40:05", "SN-VD-KAIXUAN-01", "offline", "凱旋路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    S.status("08:43:50", "SN-VD-KAIXUAN-01", "online", "凱旋路車輛偵測器1 恢復連線", None)
    S.police("08:35", "theft", "Minor", S.near("fcu", 30, 80),
             "逢甲大學水湳校區腳踏車停車場 學生報案自行車遭竊，已受理。", None, delay=600)
    S.rule("08:50", "congestion", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 平均車速21 km/h，低於門檻", None)
    S.c1999("09:05", "other", S.near("museum", 50, 200),
            "綠美圖旁邊的公車站牌時刻表被撕掉了，請相關單位處理。", None)
    S.incident("crash", "traffic", "環中路二段中科路口西側 A2 機車與自小客車碰撞，1人受傷送醫，佔用內側車道造成東側回堵。", pol)
    S.incidents[-1]["sufficient_evidence_key"] = S.earliest(amb, c1)
    S.incident("stall", "traffic", "經貿路二段/黎明路三段路口 小貨車拋錨佔用車道，拖吊排除。", sp)
    S.incident("ill", "rescue", "水湳轉運中心5號月台 長者昏倒，119救護送醫。", a2)
    S.alternative("環中路車輛偵測器3在事故點東側約500公尺，每天早上中清交流道一帶本來就會塞；可讀為例行壅塞而非事故回堵。",
                  S.same("crash", "stall", "ill"))
    S.notes = "119 的救護派遣（含受傷者）即足以開案；CCTV 停滯與第一通 1999 雖較早，但尚不足以確認是事故。"
    return S.write()


def s1232():
    S = Sit(1232, "henan_works_gas_leak", "2026-10-12",
            title="週一：河南路二段自來水管線汰換施工（有許可），衍生回堵、噪音、鐵板鬆動等陳情；下午施工挖破瓦斯管，疏散與封路。")
    works = offset(PLACES["j_henan_zhongping"], 110, 25)
    per = S.permit("-7 10:00", "road_works", "09:00", "17:00", works,
                   "道路施工許可：河南路二段(中平路口北側)自來水管線汰換工程，佔用外側車道，施工時間09:00-17:00，承包商：大成營造。",
                   "works", radius=150)
    S.rule("08:40", "congestion", "SN-VD-HUANZHONG-01", "環中路車輛偵測器1 平均車速20 km/h，低於門檻", None)
    S.c1999("08:45", "streetlight", S.near("fcu", 100, 250), "逢甲水湳校區旁邊人行道的路燈白天一直亮著，浪費電。", None)
    rc = S.police("09:10", "road_closure", "Minor", works,
                  "河南路二段近中平路口 自來水管線施工，封閉外側車道，已設置交通錐。", "works", delay=240)
    S.rule("09:25", "congestion", "SN-VD-HENAN-02", "河南路車輛偵測器2 平均車速14 km/h 佔有率66%，低於門檻", "works")
    S.cctv("09:32:10", "SN-CCTV-010", "stalled_vehicle", 0.62, "影像分析：河南路/中平路路口北側 車輛停滯", "works")
    S.c1999("09:40", "noise", S.near(works, 60, 160),
            "河南路那邊一大早就在打路面，整棟樓都在震，很吵，是誰核准的？", "works")
    S.c1999("10:05", "other", S.near(works, 150, 400), "請問河南路的施工要做到幾點？每天都這樣塞。", "works")
    S.c1999("10:20", "illegal_parking", S.near(works, 30, 80),
            "施工單位的卡車停在人行道上，行人都要走到馬路上。", "works")
    S.parking("10:30", "SN-PK-003", "full", "河南路停車場 小型車位已滿", None)
    plate = S.c1999("11:05", "road_damage", offset(works, 30, 200),
                    "河南路施工的地方鐵板沒有固定好，機車騎過去鐵板會跳起來，剛剛差點摔車，很危險！", "works")
    S.rule("11:40", "congestion", "SN-VD-HENAN-01", "河南路車輛偵測器1 平均車速17 km/h，低於門檻", "works")
    S.upd1999("12:30", plate, offset(works, 30, 200), "road_damage", "案件回覆：已通知承包商重新固定覆蓋鐵板。", "works")
    S.police("12:10", "theft", "Minor", S.near("cmu", 50, 150), "中國醫藥大學水湳校區 機車置物箱遭竊安全帽，已受理。", None, delay=900)
    # gas leak
    leak = offset(works, 15, 300)
    g1 = S.c1999("13:22", "gas_odor", S.near(leak, 50, 100),
                 "河南路這邊突然好重的瓦斯味，好像是施工的地方挖到管子，有人在喊！", "gas", alt="works", delay=70)
    gz = S.f119("13:24", "hazmat", leak,
                "河南路二段/中平路口北側 施工挖破瓦斯管線 瓦斯外洩 派遣西屯分隊及化學災害搶救車", "gas", alt="works")
    S.c1999("13:27", "gas_odor", S.near(leak, 300, 400),
            "我在中平路上聞到很濃的瓦斯味，是不是哪裡外洩了？", "gas", alt="works", delay=110)
    S.f119("13:31", "hazmat", leak, "消防人員抵達 現場瓦斯持續外洩 通知欣林天然氣關閥", "gas", status="on_scene", case=gz, alt="works")
    hz = S.police("13:30", "hazmat_report", "Severe", leak,
                  "河南路二段施工怪手挖破中壓瓦斯管，瓦斯外洩，現場管制，禁止煙火。", "gas", alt="works", delay=180)
    cl = S.police("13:35", "road_closure", "Severe", offset(leak, 60, 180),
                  "因瓦斯外洩 封閉河南路二段(中平路至環中路段)雙向，車輛請改道中平路、環中路。", "gas", alt="works", delay=200)
    S.police("13:40", "evacuation", "Moderate", offset(leak, 40, 90),
             "疏散瓦斯外洩點周邊50公尺內店家及住戶約40人至中平路口。", "gas", alt="works", delay=240)
    S.cctv("13:45:20", "SN-CCTV-010", "crowding", 0.55, "影像分析：河南路/中平路路口 人群聚集", "gas", alt="works")
    S.rule("13:50", "congestion", "SN-VD-ZHONGPING-01", "中平路車輛偵測器1 平均車速12 km/h 佔有率71%，低於門檻", "gas", alt="works")
    S.dup(hz, 420)
    S.c1999("14:05", "other", S.near(leak, 100, 250), "我家在河南路二段，被叫出來了，什麼時候可以回去？", "gas", alt="works")
    S.f119("14:48", "hazmat", leak, "瓦斯公司完成關閥搶修 偵測無殘留 現場解除", "gas", status="closed", case=gz, alt="works")
    S.police("15:10", "road_reopened", "Minor", offset(leak, 60, 180), "河南路二段瓦斯外洩處理完畢，解除封閉，恢復通行。", "gas",
             alt="works", delay=180, follows=cl)
    # background afternoon
    S.status("14:20", "SN-PK-003", "offline", "河南路停車場 資料中斷", None, reason="comms_lost")
    S.status("14:32", "SN-PK-003", "online", "河南路停車場 恢復連線", None)
    S.c1999("15:20", "blocked_drain", S.near("eco_b", 80, 200), "敦化路一段水溝被落葉塞住了，下雨就積水。", None)
    S.rule("15:30", "congestion", "SN-VD-HENAN-02", "河南路車輛偵測器2 平均車速19 km/h，低於門檻", "works")
    S.incident("works", "traffic", "河南路二段自來水管線汰換施工（許可在案）：外側車道封閉、回堵、噪音、施工車違停、覆蓋鐵板鬆動，需督導承包商。", plate)
    S.incident("gas", "hazmat", "施工挖破中壓瓦斯管：瓦斯外洩、疏散約40人、封閉河南路二段雙向，消防化災車與瓦斯公司處理。", gz)
    S.alternative("瓦斯外洩由施工直接造成、地點相同、承包商同一，調度員可視為同一施工現場的案件而擴大處理，不另開案。",
                  [("works", "traffic", "河南路二段施工現場（含施工挖破瓦斯管之外洩、疏散與封路）。", plate)])
    S.notes = "施工許可本身與警方的施工封閉通報不需派遣；1999 鐵板鬆動陳情是第一件需要有人到場處理的事，故為開案證據。"
    return S.write()


def s1233():
    S = Sit(1233, "popmusic_concert_night", "2026-10-13",
            title="週二晚上臺中流行影音中心演唱會：入場回堵、停車場滿、違停與噪音；場內觀眾昏厥、走失男童；散場後黎明凱旋路口機車事故。")
    pm = PLACES["popmusic"]
    per = S.permit("-7 14:00", "concert", "19:30", "22:30", pm,
                   "集會活動許可：臺中流行影音中心戶外廣場演唱會，預估入場12,000人，19:30-22:30，主辦單位自備保全及醫護站。",
                   "concert", radius=400)
    S.rule("17:45", "congestion", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 平均車速21 km/h，低於門檻", None)
    S.status("17:50", "SN-CCTV-002", "offline", "凱旋路/環中路二段 監視器 維護作業", None, reason="maintenance")
    S.parking("18:20", "SN-PK-004", "full", "中央公園地下停車場(北) 小型車位已滿", "concert")
    S.c1999("18:35", "illegal_parking", S.near(pm, 100, 250),
            "凱旋路整排都是雙排停車，公車都過不去，是不是有演唱會？請派人來取締。", "concert")
    cg = S.rule("18:40", "congestion", "SN-VD-KAIXUAN-02", "凱旋路車輛偵測器2 平均車速9 km/h 佔有率78%，低於門檻", "concert")
    S.police("18:50", "crowd_control", "Minor", offset(pm, 80, 90),
             "流行影音中心演唱會入場人潮，凱旋路、中科路口派員疏導交通。", "concert", delay=240)
    S.rule("18:55", "congestion", "SN-VD-ZHONGKE-01", "中科路車輛偵測器1 平均車速11 km/h，低於門檻", "concert")
    S.status("19:05", "SN-CCTV-002", "online", "凱旋路/環中路二段 監視器 恢復連線", None)
    S.c1999("19:20", "illegal_parking", S.near(pm, 200, 450), "中科路人行道上停滿機車，輪椅過不去。", "concert")
    S.c1999("19:40", "streetlight", S.near("eco_b", 50, 150), "敦化路一段82號前路燈一閃一閃的。", None)
    S.c1999("21:10", "noise", S.near(pm, 500, 700),
            "我住敦化路，演唱會的音樂聲大到窗戶都在震，小孩沒辦法睡，請環保局來測噪音。", "concert")
    # lost boy
    mp = S.c1999("20:48", "missing_person", S.near(pm, 30, 100),
                 "我兒子7歲，在流行影音中心東側廣場跟我們走散了，穿黃色上衣藍色短褲，拜託幫忙找！", "lostboy", delay=120)
    pm2 = S.police("20:52", "missing_person", "Moderate", offset(pm, 60, 80),
                   "協尋：7歲男童於流行影音中心東側廣場與家人走失，身穿黃色上衣、藍色短褲，已通報場內保全廣播。", "lostboy", delay=150)
    S.police("21:18", "missing_person", "Minor", offset(pm, 60, 80),
             "走失男童已於場內服務台尋獲，交還家屬。", "lostboy", delay=180, follows=pm2)
    # fainting
    fa = S.f119("21:35", "ambulance", offset(pm, 40, 200),
                "臺中流行影音中心 演唱會場內 女性觀眾約20歲 昏厥 派遣救護車", "faint", alt="concert")
    S.f119("21:44", "ambulance", offset(pm, 40, 200), "救護人員抵達 由主辦醫護站帶出 意識恢復", "faint", status="on_scene", case=fa, alt="concert")
    S.f119("22:02", "ambulance", offset(pm, 40, 200), "送往澄清醫院 返隊", "faint", status="returning", case=fa, alt="concert")
    # dispersal
    S.cctv("22:38:30", "SN-CCTV-007", "crowding", 0.61, "影像分析：黎明路三段/凱旋路 人群聚集 移動中", "concert")
    S.rule("22:40", "congestion", "SN-VD-KAIXUAN-01", "凱旋路車輛偵測器1 平均車速13 km/h，低於門檻", "concert")
    S.c1999("22:50", "noise", S.near(pm, 300, 500), "散場的機車一直在催油門，整條凱旋路很吵。", "concert")
    # crash after the concert
    cj = offset(PLACES["j_liming_kaixuan"], 30, 160)
    ca = S.cctv("22:58:10", "SN-CCTV-007", "stalled_vehicle", 0.72, "影像分析：黎明路三段/凱旋路 車輛停滯", "crash2")
    c1 = S.c1999("22:59", "traffic_accident", S.near(cj, 20, 70),
                 "黎明路凱旋路口機車跟汽車擦撞，有人坐在地上，應該還好，但車子擋在路口。", "crash2")
    cp = S.police("23:03", "accident", "Minor", cj,
                  "黎明路三段/凱旋路口 機車與自小客車擦撞 A3類 無人送醫，已拍照移置。", "crash2", delay=240)
    S.dup(c1, 300)
    S.police("23:30", "accident", "Minor", cj, "事故車輛已移置，現場排除。", "crash2", delay=150, follows=cp)
    S.parking("23:10", "SN-PK-004", "empty", "中央公園地下停車場(北) 車位大量釋出", None)
    S.c1999("23:20", "other", S.near("hub", 50, 150), "轉運中心最後一班往豐原的公車是幾點？", None)
    S.incident("concert", "crowd", "流行影音中心演唱會（許可在案）之人車疏導：入場回堵、停車場滿、違停、音量與散場噪音。", cg)
    S.incident("lostboy", "rescue", "演唱會場外走失7歲男童協尋，21:18 尋獲。", mp)
    S.incident("faint", "rescue", "演唱會場內觀眾昏厥，119救護送醫。", fa)
    S.incident("crash2", "traffic", "散場後黎明路三段/凱旋路口機車與自小客車擦撞 A3。", cp)
    S.alternative("場內觀眾昏厥由主辦單位醫護站先處理，可視為演唱會人潮安全案件的一部分，不另開救護案。",
                  S.same("concert", "lostboy", "crash2"))
    S.notes = "散場擦撞發生在場外1公里的路口、散場後半小時，調度上另派警力，不併入演唱會。"
    return S.write()


def s1234():
    S = Sit(1234, "eco_block_a_night_fire", "2026-10-14",
            title="週三凌晨生態住宅A區集合住宅7樓火災：總機警報（時鐘慢58分鐘）、119、遠處民眾見煙、疏散、嗆傷送醫；B區梯間偵煙器動作；同時凱旋黎明路口酒後鬥毆。")
    A = PLACES["eco_a"]
    skew = -58 * 60
    from datetime import timedelta

    def pnl(when, sid, state, text, truth, alt=None, skewed=True):
        real = S.t(when)
        o = real + timedelta(seconds=skew) if skewed else real
        if alt is None:
            return S.panel(when, sid, state, text, truth, observed=o)
        return S.panel(when, sid, state, text, truth, observed=o, alt=alt)

    S.rule("01:35", "sensor_offline", "SN-RG-003", "北屯雨量站 超過30分鐘未回傳資料", None)
    S.status("01:33", "SN-RG-003", "offline", "北屯雨量站 電池電壓過低", None, reason="battery_low")
    S.c1999("01:40", "noise", S.near("j_zhongqing_huanzhong", 100, 300), "中清路那邊工地半夜還在灌漿，吵到不能睡。", None)
    pnl("01:52:10", "SN-FA-011", "alarm", "A區集合住宅 7F 住戶區 偵煙式探測器動作 第3迴路", "fire")
    fz = S.f119("01:54", "fire", A, "經貿路三段 生態住宅A區集合住宅7樓 住宅火警 住戶報案屋內冒煙 派遣西屯、北屯分隊", "fire")
    S.c1999("01:56", "fire_smoke", offset(A, 800, 330),
            "我在經貿路二段開車，看到東南邊那幾棟新大樓有一棟在冒黑煙，好像有火，你們知道了嗎？", "fire", delay=150)
    S.c1999("01:58", "fire_smoke", offset(A, 15, 40), "我們樓上7樓失火了！樓梯間都是煙，我們在6樓要怎麼辦？", "fire", delay=60)
    S.f119("02:01", "fire", A, "第一梯次抵達 7樓一戶火勢 搜救中", "fire", status="on_scene", case=fz)
    fp = S.police("02:03", "fire_report", "Severe", A, "經貿路三段集合住宅7樓火警，協助管制交通及疏散住戶。", "fire", delay=200)
    S.status("02:05", "SN-VD-ZHONGKE-01", "offline", "中科路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    S.police("02:10", "road_closure", "Moderate", offset(A, 80, 270), "經貿路三段外側車道 消防車佔用，暫時封閉。", "fire", delay=240)
    S.police("02:15", "evacuation", "Severe", offset(A, 60, 250), "A區集合住宅6至9樓住戶約60人疏散至中央公園草坪。", "fire", delay=240)
    S.status("02:17", "SN-VD-ZHONGKE-01", "online", "中科路車輛偵測器1 恢復連線", None)
    S.f119("02:20", "ambulance", offset(A, 40, 250), "A區集合住宅火警現場 住戶1名 嗆傷 送醫", "fire")
    S.panel("02:22:30", "SN-FA-012", "alarm", "B區集合住宅 3F 梯間 偵煙式探測器動作", "fire", alt="b_alarm")
    pnl("02:26:00", "SN-FA-011", "fault", "A區 消防泵浦 啟動 水箱水位低", "fire")
    S.c1999("02:30", "other", offset(A, 1500, 200), "我媽媽住在水湳A區那棟8樓，聽說失火了，她電話都打不通，可以幫我問一下嗎？", "fire", delay=300)
    S.panel("02:40:00", "SN-FA-012", "normal", "B區集合住宅 火警受信總機 復歸", "fire", alt="b_alarm")
    S.dup(fp, 600)
    S.c1999("02:50", "streetlight", S.near("j_jingmao_7", 50, 150), "經貿七路路燈整晚都不亮。", None)
    # disturbance
    dj = offset(PLACES["j_liming_kaixuan"], 60, 220)
    S.c1999("03:02", "noise", S.near(dj, 40, 100), "樓下有一群人喝酒在吵架，好像打起來了，有人在尖叫。", "fight", delay=90)
    fg = S.police("03:05", "public_disturbance", "Moderate", dj, "黎明路三段近凱旋路 酒後鬥毆 2人，派員前往。", "fight", delay=120)
    S.f119("03:10", "ambulance", dj, "黎明路三段 男子 頭部撕裂傷 疑遭毆打", "fight")
    S.police("03:40", "public_disturbance", "Minor", dj, "鬥毆雙方帶回派出所製作筆錄，傷者送醫。", "fight", delay=300, follows=fg)
    S.status("03:30", "SN-VD-ZHONGKE-01", "offline", "中科路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    S.status("03:41", "SN-VD-ZHONGKE-01", "online", "中科路車輛偵測器1 恢復連線", None)
    S.f119("03:38", "fire", A, "火勢撲滅 殘火處理完畢 返隊", "fire", status="returning", case=fz)
    S.police("03:50", "fire_report", "Minor", A, "A區集合住宅火警已撲滅，經貿路三段恢復通行，住戶陸續返家（7樓除外）。", "fire", delay=300, follows=fp)
    S.f119("04:05", "fire", A, "結案", "fire", status="closed", case=fz)
    pnl("04:10:00", "SN-FA-011", "normal", "A區集合住宅 火警受信總機 復歸", "fire")
    S.status("04:12", "SN-RG-003", "online", "北屯雨量站 恢復連線", None)
    S.incident("fire", "fire", "生態住宅A區集合住宅7樓住宅火災：疏散約60人、1人嗆傷送醫；含遠處見煙與家屬詢問。", fz)
    S.incident("fight", "public_safety", "黎明路三段近凱旋路酒後鬥毆，1人頭部受傷送醫。", fg)
    S.alternative("B區總機梯間偵煙器動作與A區相距約270公尺，可能是飄來的煙，也可能是B區本身的事件；保守的調度員會另派人查看B區。",
                  S.same("fire", "fight") + [("b_alarm", "fire", "B區集合住宅3F梯間偵煙器動作，另派員查看（後復歸）。",
                                              [i for i in S.items if i["feed"] == "fire_alarm" and i["sensor_id"] == "SN-FA-012"][0]["key"])])
    S.notes = "A區總機時鐘慢約58分鐘（observed 為總機自己的時間戳）。住宅總機夜間單一警報尚可能誤報，119 派遣才足以開案。"
    return S.write()


def s1235():
    S = Sit(1235, "pre_typhoon_afternoon", "2026-10-14",
            title="週三下午颱風前夕：大雨特報、會展停車場與公園停車場淨空；經貿路工地圍籬被吹倒佔用車道；中清環中路口招牌鬆脫；黎明凱旋路口低窪處水溝阻塞。")
    S.permit("-10 09:00", "exhibition", "09:00", "18:00", PLACES["conv_a"],
             "展覽許可：臺中國際會展中心A館 2026秋季家具展，09:00-18:00。", None, radius=300)
    S.rule("13:20", "congestion", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 平均車速23 km/h，低於門檻", None)
    S.c1999("13:40", "other", S.near("tower", 500, 1500), "請問明天台中會放颱風假嗎？", None)
    S.rule("15:10", "heavy_rain", "C0F9T0", "西屯雨量站 1小時雨量42.5毫米，達大雨標準", None, level="大雨")
    S.parking("15:40", "SN-PK-006", "empty", "會展中心停車場 展覽提前於15:00閉館 車輛已離場", None)
    S.c1999("16:05", "fallen_tree", offset(P("SN-FL-003"), 40, 90),
            "中央公園滯洪池旁步道上有一根大樹枝斷掉掛在那邊，颱風來之前最好先處理。", None)
    d1 = S.c1999("16:20", "blocked_drain", offset(P("SN-FL-009"), 30, 45),
                 "黎明路跟凱旋路口那邊的排水溝被樹葉跟垃圾塞滿了，上次下大雨就淹，颱風要來了拜託趕快清。", "drain", alt=None)
    S.rule("16:40", "heavy_rain", "SN-RG-001", "中央公園雨量站 1小時雨量41毫米，達大雨標準", None, level="大雨")
    S.parking("17:00", "SN-PK-005", "empty", "中央公園地下停車場(南) 颱風前淨空，請車主移車至高處", None)
    S.c1999("17:05", "blocked_drain", offset(P("SN-FL-009"), 60, 200),
            "黎明路三段這邊水溝蓋都被葉子蓋住了，路面已經開始積水。", "drain", alt=None)
    # hoarding
    hp = offset(PLACES["j_jingmao_7"], 90, 340)
    h0 = S.cctv("17:18:40", "SN-CCTV-006", "fallen_object", 0.83, "影像分析：經貿路二段/經貿七路 路面掉落物", "hoarding")
    h1 = S.c1999("17:21", "fallen_object", S.near(hp, 20, 80),
                 "經貿路二段工地的圍籬被風吹倒了，倒在馬路上佔了兩個車道，車子都要閃！", "hoarding", delay=100)
    S.c1999("17:24", "fallen_object", S.near(hp, 100, 300), "經貿路上有一大片鐵皮在路中間，很危險。", "hoarding")
    hpo = S.police("17:30", "fallen_object", "Moderate", hp,
                   "經貿路二段近經貿七路 工地鐵皮圍籬倒塌佔用內側二車道，已擺設警示並通知營造廠。", "hoarding", delay=200)
    S.rule("17:40", "congestion", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 平均車速15 km/h，低於門檻", "hoarding")
    S.cctv("17:26:10", "SN-CCTV-006", "stalled_vehicle", 0.6, "影像分析：經貿路二段/經貿七路 車輛停滯", "hoarding")
    S.dup(h1, 500)
    S.upd1999("18:40", h1, S.near(hp, 20, 80), "fallen_object", "案件回覆：警察局已到場警戒，營造廠已移除圍籬。", "hoarding")
    S.police("18:32", "fallen_object", "Minor", hp, "倒塌圍籬已由營造廠移除並加固，恢復通行。", "hoarding", delay=200, follows=hpo)
    S.rule("17:50", "congestion", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 平均車速18 km/h，低於門檻", None)
    # signboard
    sb = offset(PLACES["j_zhongqing_huanzhong"], 120, 150)
    s1 = S.c1999("18:10", "fallen_object", S.near(sb, 10, 40),
                 "中清路靠環中路這邊有一塊招牌快掉下來了，一直在搖，下面是機車道，很危險！", "sign")
    S.c1999("18:25", "fallen_object", S.near(sb, 30, 120), "中清路上一家店的大招牌被風吹得搖搖晃晃，會不會砸到人？", "sign")
    sp = S.police("18:35", "fallen_object", "Moderate", sb, "中清路近環中路 店家招牌鬆脫，已拉封鎖線並管制機車道。", "sign", delay=180)
    sr = S.f119("18:40", "rescue", sb, "中清路 招牌鬆脫有掉落之虞 派遣雲梯車協助拆除", "sign")
    S.f119("18:52", "rescue", sb, "抵達現場 拆除作業中", "sign", status="on_scene", case=sr)
    S.f119("19:35", "rescue", sb, "招牌已拆除 返隊", "sign", status="returning", case=sr)
    S.police("19:40", "fallen_object", "Minor", sb, "中清路鬆脫招牌已由消防拆除，解除封鎖，恢復通行。", "sign", delay=200, follows=sp)
    # tree leaning on overhead lines
    kt = offset(PLACES["j_liming_kaixuan"], 350, 185)
    k1 = S.c1999("19:55", "fallen_tree", S.near(kt, 10, 40), "凱旋路一棵路樹被風吹斜靠在電線上，一直在冒火花！", "treeline", delay=80)
    k2 = S.f119("19:58", "rescue", kt, "凱旋路 路樹傾倒壓及架空電線 有火花 派遣救助隊並通知台電", "treeline")
    S.police("20:05", "fallen_object", "Severe", kt, "凱旋路路樹壓電線冒火花，封閉外側車道，禁止行人靠近，待台電斷電處理。", "treeline", delay=180)
    S.c1999("20:02", "power_outage", S.near(kt, 100, 250), "凱旋路這邊剛剛閃了一下就停電了，外面有樹倒在電線上。", "treeline")
    S.f119("20:50", "rescue", kt, "台電斷電後鋸除樹幹 結案", "treeline", status="closed", case=k2)
    S.status("18:45", "SN-CCTV-008", "offline", "中清路/環中路 監視器 通訊中斷", None, reason="comms_lost")
    S.status("18:58", "SN-CCTV-008", "online", "中清路/環中路 監視器 恢復連線", None)
    S.c1999("19:10", "streetlight", S.near("cmu", 100, 250), "中平路路燈有兩支不亮。", None)
    S.upd1999("19:40", d1, offset(P("SN-FL-009"), 30, 45), "blocked_drain", "案件回覆：已派水利局清淤班清除側溝落葉。", "drain", alt=None)
    S.incident("hoarding", "traffic", "經貿路二段近經貿七路 工地鐵皮圍籬被風吹倒佔用兩車道，警方警戒、營造廠移除。", h1)
    S.incident("sign", "traffic", "中清路近環中路 店家招牌鬆脫有掉落之虞，警方封鎖、消防雲梯車拆除。", s1)
    S.incident("treeline", "infrastructure", "凱旋路路樹傾倒壓及架空電線冒火花、附近停電，消防警戒、台電斷電後鋸除。", k1)
    S.incident("drain", "flood", "黎明路/凱旋路口低窪處側溝遭落葉堵塞，颱風前派清淤班清除（預防積水）。", d1)
    S.alternative("颱風前的水溝阻塞屬例行陳情，由水利局排入一般派工，不是營運中心要協調的案件。",
                  S.same("hoarding", "sign", "treeline"))
    S.notes = "大雨特報、停車場淨空與展覽提前閉館都是區域性或預防性資訊，不需派遣；公園內步道斷枝由公園管理處例行處理。"
    return S.write()


def s1236():
    S = Sit(1236, "typhoon_morning_south_floods", "2026-10-15",
            title="週四颱風日清晨：豪雨；河南路低窪處淹水、停車場關閉、車輛受困；中央公園南滯洪池滿溢漫上步道、南停車場進水；中平路路樹倒塌。")
    fl7 = P("SN-FL-007")
    S.rule("04:10", "heavy_rain", "C0F9T0", "西屯雨量站 3小時雨量108毫米，達豪雨標準", None, level="豪雨")
    S.rule("04:20", "heavy_rain", "SN-RG-001", "中央公園雨量站 3小時雨量112毫米，達豪雨標準", None, level="豪雨")
    S.rule("04:30", "heavy_rain", "SN-RG-002", "轉運中心雨量站 3小時雨量103毫米，達豪雨標準", None, level="豪雨")
    S.rule("04:40", "flood_depth", "SN-FL-007", "河南路低窪處 淹水深度8公分", "henan", level="1-15")
    S.c1999("04:55", "other", S.near("eco_b", 100, 400), "請問今天是不是有放颱風假？", None)
    f16 = S.rule("05:10", "flood_depth", "SN-FL-007", "河南路低窪處 淹水深度22公分", "henan", level="16-30")
    S.rule("05:15", "water_level", "SN-WL-002", "中央公園南滯洪池 水位2.05公尺 達三級警戒", "pond", level="3")
    c1 = S.c1999("05:05", "flooding", S.near(P("SN-PK-003"), 20, 60),
                 "河南路停車場前面淹水了，水快到輪胎一半，車子開不出去！", "henan", delay=200)
    S.parking("05:20", "SN-PK-003", "closed", "河南路停車場 入口積水 暫停開放", "henan")
    S.police("05:25", "flooding_report", "Moderate", offset(fl7, 40, 200), "河南路二段近中平路 積水約30公分，派員警戒。", "henan", delay=220)
    S.rule("05:35", "flood_depth", "SN-FL-007", "河南路低窪處 淹水深度38公分", "henan", level=">30")
    rcl = S.police("05:45", "road_closure", "Severe", offset(fl7, 60, 210),
                   "河南路二段近中平路 積水約40公分，封閉雙向車道，請改道環中路。", "henan", delay=200)
    S.cctv("05:50:20", "SN-CCTV-010", "stalled_vehicle", 0.77, "影像分析：河南路/中平路路口北側 車輛停滯", "carrescue")
    rs = S.f119("05:52", "rescue", offset(fl7, 50, 220), "河南路二段積水路段 自小客車熄火 駕駛1人受困車內", "carrescue")
    S.f119("06:03", "rescue", offset(fl7, 50, 220), "抵達 以救生艇救出駕駛 無受傷", "carrescue", status="on_scene", case=rs)
    S.f119("06:25", "rescue", offset(fl7, 50, 220), "救助完成 結案", "carrescue", status="closed", case=rs)
    S.rule("06:00", "congestion", "SN-VD-HENAN-02", "河南路車輛偵測器2 平均車速8 km/h，低於門檻", "henan")
    c2 = S.c1999("06:10", "flooding", S.near(fl7, 250, 350), "河南路跟中平路那邊整片都是水，機車騎不過去。", "henan")
    S.dup(c2, 360)
    # park south pond
    S.rule("06:00", "flood_depth", "SN-FL-005", "中央公園滯洪池5 淹水深度24公分", "pond", level="16-30")
    S.rule("06:05", "water_level", "SN-WL-002", "中央公園南滯洪池 水位2.58公尺 達二級警戒", "pond", level="2")
    S.rule("06:20", "flood_depth", "SN-FL-004", "中央公園滯洪池4 淹水深度9公分", "pond", level="1-15")
    S.rule("06:30", "flood_depth", "SN-FL-005", "中央公園滯洪池5 淹水深度34公分", "pond", level=">30")
    pc = S.c1999("06:40", "flooding", offset(P("SN-FL-005"), 60, 120),
                 "中央公園南邊滯洪池的水漫出來了，步道都是水，還有人在那邊散步看水，很危險！", "pond")
    S.parking("06:50", "SN-PK-005", "closed", "中央公園地下停車場(南) 入口進水 暫停開放", "pond")
    S.c1999("07:05", "flooding", offset(P("SN-PK-005"), 40, 60), "公園南邊停車場的入口一直有水流進去，裡面還有車。", "pond")
    S.police("07:15", "flooding_report", "Moderate", offset(P("SN-FL-005"), 80, 90),
             "中央公園南側滯洪池溢流至周邊步道，已拉封鎖線勸離民眾。", "pond", delay=240)
    # fallen tree on Zhongping Rd
    tj = offset(PLACES["j_jingmao_zhongping"], 110, 260)
    t0 = S.cctv("07:18:20", "SN-CCTV-011", "fallen_object", 0.88, "影像分析：經貿路/中平路 路面掉落物", "tree")
    t1 = S.c1999("07:20", "fallen_tree", S.near(tj, 10, 50), "中平路路樹整棵倒下來，擋住兩線車道，車子都過不去！", "tree", delay=90)
    S.c1999("07:26", "fallen_tree", S.near(tj, 60, 200), "中平路靠經貿路那邊有一棵大樹倒在馬路上。", "tree")
    tp = S.police("07:30", "fallen_object", "Severe", tj, "中平路近經貿路 路樹倒塌阻斷西向車道，已擺設警示，通知建設局。", "tree", delay=180)
    S.police("09:00", "road_reopened", "Minor", tj, "中平路倒塌路樹已鋸除移除，恢復通行。", "tree", delay=200, follows=tp)
    # later and background
    S.rule("07:10", "heavy_rain", "SN-RG-001", "中央公園雨量站 24小時雨量356毫米，達大豪雨標準", None, level="大豪雨")
    S.status("07:40", "SN-RG-003", "offline", "北屯雨量站 通訊中斷", None, reason="comms_lost")
    S.status("07:58", "SN-RG-003", "online", "北屯雨量站 恢復連線", None)
    S.status("07:45", "SN-CCTV-009", "offline", "臺灣大道/環中路 監視器 通訊中斷", None, reason="comms_lost")
    S.status("08:02", "SN-CCTV-009", "online", "臺灣大道/環中路 監視器 恢復連線", None)
    S.c1999("08:00", "other", S.near("fcu", 300, 800), "請問逢甲附近的公車今天有沒有開？", None)
    S.c1999("08:20", "streetlight", S.near("hub", 100, 300), "環中路轉運站前有一支路燈燈罩掉了，燈沒亮。", None)
    S.rule("08:30", "flood_depth", "SN-FL-007", "河南路低窪處 淹水深度19公分（消退中）", "henan", level="16-30")
    S.rule("08:40", "water_level", "SN-WL-002", "中央公園南滯洪池 水位2.12公尺 三級警戒（下降中）", "pond", level="3")
    S.police("09:10", "road_reopened", "Minor", offset(fl7, 60, 210), "河南路二段積水消退，解除封閉，恢復通行。", "henan", delay=200, follows=rcl)
    S.upd1999("09:20", c1, S.near(P("SN-PK-003"), 20, 60), "flooding", "案件回覆：水利局抽水機已到場，積水已消退。", "henan")
    S.rule("09:30", "sensor_offline", "SN-FL-010", "臺灣大道環中路口地下道淹水感測器 超過30分鐘未回傳", None)
    S.c1999("05:30", "flooding", S.near(fl7, 100, 250), "河南路二段我家門口水已經淹進騎樓了，請派抽水機。", "henan", delay=7800)
    S.incident("henan", "flood", "河南路二段近中平路低窪處淹水最深近40公分：停車場關閉、封路、抽水。", c1)
    S.incident("carrescue", "rescue", "河南路積水路段自小客車熄火，駕駛受困，消防以救生艇救出。", rs)
    S.incident("pond", "flood", "中央公園南滯洪池達二級警戒並溢流至步道、南停車場入口進水，封鎖勸離民眾。", pc)
    S.incident("tree", "traffic", "中平路近經貿路路樹倒塌阻斷車道，鋸除後恢復通行。", t1)
    S.alternative("受困車輛就在淹水封閉路段內，救出駕駛是淹水案件現場的一部分，由同一批人處理；滯洪池溢流與河南路淹水相距約350公尺，同一場豪雨、同一水利局班組，可視為同一淹水案。",
                  [("henan", "flood", "河南路低窪處至中央公園南滯洪池一帶淹水（含受困車輛救援、兩處停車場關閉）。", c1)]
                  + S.same("tree"))
    for it in S.items:
        if it["truth"] == "pond":
            it["truth_alt"] = "henan"
        if it["truth"] == "carrescue":
            it["truth_alt"] = "henan"
    S.notes = "颱風日已知低窪處、民眾報水淹到輪胎一半（感測器同時已在1-15公分帶），即需派抽水機與警戒，故此通1999為開案證據；雨量特報與遠處設備斷線為背景。"
    return S.write()


if __name__ == "__main__":
    for f in (s1231, s1232, s1233, s1234, s1235, s1236):
        print(*f())
