"""Situations 1617-1622 (author oC)."""
from lib import Sit

def s1617():
    s = Sit(1617, "friday_concert_popmusic_egress", "週五晚上，流行影音中心演唱會。",
            "2025-09-19T18:00",
            "A Friday concert at the 流行影音中心 (permit 19:30-22:00). Car parks fill and 凱旋路 slows on the way in, as expected; "
            "a resident of block A calls about the volume. At the 22:05 egress the crowd spills onto 凱旋路 and police step in; in the crowd a "
            "scooter clips a pedestrian, later a drunk man is found lying by the road. A scooter is reported stolen from the park's north car park.")
    s.add("planned_event", "concert", 90, "臺中流行影音中心 演唱會 預估觀眾 8,000 人", None, at="popmusic", jit=0,
          ends=240, radius=250, d=-5 * 86400)
    s.parking("SN-PK-004", 70)
    s.congestion("SN-VD-KAIXUAN-02", 75, 20, 42)
    s.parking("SN-PK-005", 80)
    s.congestion("SN-VD-ZHONGKE-01", 80, 23, 37)
    s.add("1999", "illegal_parking", 100, "凱旋路影音中心那段兩側整排違停", None, at="kx_popmusic", jit=40)
    s.add("1999", "noise", 130, "流行影音中心演唱會很大聲 小孩都睡不著", None, at="eco_a", jit=30)
    s.add("1999", "noise", 175, "演唱會到底幾點結束 低音一直震", None, at="eco_a", jit=30)
    c = s.add("incident", "crowd_control", 245, "流行影音中心散場 人潮湧入凱旋路車道 派員疏導", "C", at="kx_popmusic", sev="Moderate", jit=30)
    c2 = s.add("1999", "crowding", 248, "散場的人都走到馬路上 車子完全動不了", "C", at="kx_popmusic", jit=40)
    s.congestion("SN-VD-KAIXUAN-02", 250, 8, 66, truth="C", sev="Moderate")
    s.dup(c2, 45)
    s.congestion("SN-VD-ZHONGKE-01", 252, 12, 55, truth="C", alt=None, sev="Moderate")
    k = s.add("incident", "injury_accident", 262, "凱旋路影音中心前 機車與行人擦撞 行人腳部擦傷", "K", "C", at="kx_popmusic", sev="Moderate", jit=20)
    s.add("119", "ambulance", 263, "凱旋路流行影音中心前 機車擦撞行人 一人受傷", "K", "C", at="kx_popmusic", jit=20)
    s.add("incident", "crowd_control", 280, "散場人潮已疏散完畢 凱旋路恢復通行", "C", at="kx_popmusic", sev="Minor", follows=c, jit=30)
    s.add("1999", "rescue", 288, "影音中心外面路邊有人倒在地上 叫不醒", "R", at="popmusic", jit=40)
    r = s.add("119", "ambulance", 290, "臺中流行影音中心外 男性酒醉倒地 意識不清", "R", at="popmusic", jit=20)
    s.add("119", "ambulance", 298, "救護車到場 送醫", "R", at="popmusic", jit=20, status="on_scene", follows=r)
    p = s.add("incident", "theft", 300, "中央公園地下停車場(北) 機車失竊 車主散場後發現", "P", at="park_cp", sev="Minor", jit=20)
    s.parking("SN-PK-004", 320, cat="empty")
    s.incident("C", "crowd", "流行影音中心散場人潮湧入凱旋路，員警疏導", c)
    s.incident("K", "traffic", "凱旋路影音中心前機車擦撞行人", k)
    s.incident("R", "rescue", "影音中心外男子酒醉倒地送醫", r)
    s.incident("P", "public_safety", "中央公園地下停車場(北)機車失竊", p)
    s.alternative("散場人潮中的機車擦撞行人，同一批員警在同一段凱旋路處理：同事可能併入散場人潮事件；中科路的壅塞也可能只是週五晚間車流。",
                  {"K": None})
    s.notes.append("The concert permit, the full car parks, the slow-downs on the way in and the two noise calls are the planned concert: background.")
    s.write()

def s1618():
    s = Sit(1618, "thursday_noon_dark_junction_zhongping", "週四中午，經貿路/中平路口號誌全暗。",
            "2025-10-09T11:00",
            "A weekday lunch hour at the south end of the zone. Road works on 中平路 (permit 09:00-17:00) cut the feed to the 經貿路/中平路 "
            "signal cabinet at 11:35: the signal goes dark and the camera on the same cabinet drops off with mains lost. Police direct traffic; "
            "at 12:10 two cars scrape in the dark junction. Later a caller reports a raised steel plate on the works' trench.")
    w = s.add("planned_event", "road_works", -120, "中平路 經貿路至皇城街段 管線工程 外側車道封閉", None, "S", at="zp_mid", jit=0,
              ends=360, radius=150, d=-2 * 86400)
    s.add("1999", "illegal_parking", 10, "中國醫大水湳校區門口 機車停在人行道上", None, at="cmu", jit=40)
    s.add("1999", "streetlight", 20, "河南路路燈白天亮著", None, at="hn_mid", jit=40)
    sg = s.add("signal", "fault", 35, "號誌控制器斷電 燈號全暗", "S", sensor="SN-SIG-011")
    s.add("status", "offline", 35.2, "經貿路/中平路 路口監視器 離線", "S", sensor="SN-CCTV-011", reason="mains_power_lost")
    s.add("rule", "sensor_offline", 40, "經貿路/中平路 路口監視器 超過預期時間未回傳", "S", sensor="SN-CCTV-011")
    s.add("1999", "traffic_signal", 41, "經貿路中平路口紅綠燈全部不亮", "S", at="j_jm_zp", jit=30)
    pf = s.add("incident", "traffic_signal_fault", 45, "經貿路中平路口號誌全暗 已派員指揮交通 通知交通局", "S", at="j_jm_zp", sev="Moderate", jit=15)
    s.add("1999", "traffic_signal", 48, "中平路經貿路口號誌沒亮 車子亂鑽", "S", at="j_jm_zp", jit=30)
    s.congestion("SN-VD-ZHONGPING-02", 50, 17, 48, truth="S", alt=None, sev="Moderate")
    s.dup(pf, 120)
    s.add("1999", "other", 58, "中平路施工好像把電線挖斷了 路口燈都不亮", "S", at="zp_mid", jit=30)
    s.congestion("SN-VD-HENAN-02", 65, 24, 35)
    k = s.add("incident", "accident", 70, "經貿路中平路口 號誌全暗 兩車擦撞 無人受傷", "K", "S", at="j_jm_zp", sev="Minor", jit=15)
    s.add("1999", "traffic_accident", 72, "經貿路中平路口有兩台車撞在一起", "K", "S", at="j_jm_zp", jit=30)
    s.parking("SN-PK-003", 80)
    rd = s.add("1999", "road_damage", 100, "中平路施工路段鐵板翹起來 機車壓過去很危險", "W", None, at="zp_mid", jit=40)
    s.add("signal", "restored", 150, "號誌控制器恢復供電 運作正常", "S", sensor="SN-SIG-011")
    s.add("status", "online", 151, "經貿路/中平路 路口監視器 恢復連線", "S", sensor="SN-CCTV-011")
    s.add("incident", "accident", 95, "擦撞車輛已移置 雙方和解", "K", "S", at="j_jm_zp", sev="Minor", follows=k, jit=15)
    s.add("1999", "illegal_parking", 170, "中平路施工圍籬旁 貨車違停卸貨", None, at="zp_mid", jit=50)
    s.incident("S", "traffic", "經貿路/中平路口號誌與監視器斷電（施工挖斷電纜），員警指揮交通", sg)
    s.incident("K", "traffic", "號誌全暗路口兩車擦撞", k)
    s.incident("W", "infrastructure", "中平路施工路段鐵板翹起，通知廠商處理", rd)
    s.alternative("號誌全暗的路口發生的擦撞，是同一路口同一組員警：同事可能併入號誌事件；施工許可可視為號誌斷電的原因而併入；"
                  "鐵板翹起只是一通陳情，轉派施工廠商即可，不開案；中平路車輛偵測器2 離路口約500 m，中午車流慢不一定是號誌造成。",
                  {"K": None, "W": None})
    s.write()

def s1619():
    s = Sit(1619, "saturday_morning_central_park", "週六早上，中央公園。",
            "2025-11-15T06:00",
            "A Saturday morning in Central Park. A runner collapses on the south path at 06:25 (cardiac arrest; bystanders do CPR). "
            "A large branch falls onto 中科路 at 07:10. Family of an 82-year-old with dementia from block B report him missing; "
            "a caller at the Museumbrary describes a confused old man, who is found there. A weekend market fills the north car park.")
    s.add("1999", "streetlight", 5, "公園步道路燈有一盞壞了 清晨很暗", None, at="park_south_path", jit=50)
    s.add("1999", "rescue", 26, "中央公園步道有人跑步跑一跑倒下 沒有反應 有人在CPR", "R", at="park_south_path", jit=30)
    r = s.add("119", "ambulance", 26.5, "中央公園 南側步道 男性約50歲 疑似OHCA", "R", at="park_south_path", jit=15)
    s.dup(r, 30)
    s.add("119", "ambulance", 33, "救護人員到場 AED電擊一次", "R", at="park_south_path", jit=15, status="on_scene", follows=r)
    s.add("119", "ambulance", 50, "已送醫 恢復自主心跳", "R", at="park_south_path", jit=15, status="returning", follows=r)
    s.add("1999", "動物救援", 60, "公園裡有一隻流浪狗腳受傷", None, at="park_cp", jit=80)
    s.add("1999", "fallen_tree", 70, "中科路上有大樹枝斷掉 擋住一個車道", "O", at="zk_mid", jit=40)
    o = s.add("incident", "fallen_object", 78, "中科路 路樹枝幹斷落佔用車道 已設置警示", "O", at="zk_mid", sev="Minor", jit=20)
    s.congestion("SN-VD-ZHONGKE-01", 76, 21, 30, truth="O", alt=None)
    m = s.add("incident", "missing_person", 100, "生態住宅B區 家屬報案 82歲失智長者清晨外出未歸 穿灰色外套", "M", at="eco_b", sev="Moderate", jit=15)
    s.add("incident", "fallen_object", 120, "中科路斷枝已清除 恢復通行", "O", at="zk_mid", sev="Minor", follows=o, jit=20)
    s.add("1999", "other", 140, "綠美圖前面有一位阿公一直問路 講不清楚要去哪 穿灰色外套", "M", at="museumbrary", jit=30)
    s.add("incident", "missing_person", 150, "失智長者已於綠美圖前尋獲 交還家屬", "M", at="museumbrary", sev="Minor", follows=m, jit=15)
    s.add("planned_event", "market", 180, "綠美圖廣場 週末市集", None, at="museumbrary", jit=0, ends=600, radius=150, d=-4 * 86400)
    s.parking("SN-PK-004", 220)
    s.add("1999", "illegal_parking", 230, "綠美圖附近經貿路 機車停在人行道", None, at="park_path_mus", jit=40)
    s.congestion("SN-VD-JINGMAO-02", 235, 25, 36)
    s.add("cctv", "crowding", 240, "人行道人群聚集", None, sensor="SN-CCTV-006", conf=0.52)
    s.add("1999", "illegal_parking", 262, "綠美圖停車場入口排隊車輛佔用車道", None, at="museumbrary", jit=60)
    s.add("1999", "other", 300, "市集那邊煎餅攤油煙很大", None, at="museumbrary", jit=30)
    s.incident("R", "rescue", "中央公園南側步道跑者OHCA", r)
    s.incident("O", "traffic", "中科路斷枝佔用車道", o)
    s.incident("M", "rescue", "生態住宅B區82歲失智長者走失，綠美圖前尋獲", m)
    s.alternative("中科路車輛偵測器1 離斷枝約500 m，週六早上車少：也可能與斷枝無關。", {})
    s.notes.append("The market permit, the full north car park, the slow-down and the 0.52 crowding at 經貿七路 are the market: background. "
                   "The 中科路 slow-down at 07:16 (one lane taken by the branch) is the branch's; under the alternative it is noise. "
                   "The food-stall smoke call is a cooking smell at a permitted market, no fire.")
    s.write()

def s1620():
    s = Sit(1620, "tuesday_night_park_gateway_down", "週二深夜，中央公園南側閘道器斷線。",
            "2025-12-02T01:30",
            "A quiet weeknight. At 02:00 the gateway GW-CPS-01 in the south of Central Park stops answering: the pond level sensor, three "
            "pond flood sensors and the south car park drop off together (last wills, no reason), until a technician resets it at 04:50. "
            "A detector on 凱旋路 reports low battery, a routine ticket. A burglary is found at the FCU campus; a drunk driver hits a lamp post on 中科路.")
    s.add("1999", "illegal_parking", 5, "河南路停車場出口有車停著擋住", None, at="henan_cp", jit=30)
    s.add("1999", "noise", 10, "逢甲水湳校區旁邊有人騎車飆車 很吵", None, at="fcu", jit=60)
    devs = ["SN-PK-005", "SN-WL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005"]
    first = None
    for i, sid in enumerate(devs):
        k = s.add("status", "offline", 30 + i * 0.1, f"{sid} 離線", "G", sensor=sid)
        first = first or k
        if sid == "SN-FL-004":
            s.dup(k, 4)
    s.add("rule", "sensor_offline", 35, "中央公園地下停車場(南) 超過預期時間未回傳", "G", sensor="SN-PK-005")
    for i, sid in enumerate(devs[1:]):
        s.add("rule", "sensor_offline", 45 + i, f"{sid} 超過預期時間未回傳", "G", sensor=sid)
    s.add("status", "offline", 60, "凱旋路車輛偵測器2 電池電量低 離線", None, sensor="SN-VD-KAIXUAN-02", reason="battery_low")
    s.add("rule", "sensor_offline", 75, "凱旋路車輛偵測器2 超過預期時間未回傳", None, sensor="SN-VD-KAIXUAN-02")
    b = s.add("incident", "theft", 80, "逢甲大學水湳校區 行政大樓 夜間遭竊 門鎖遭破壞 警衛巡邏發現", "B", at="fcu", sev="Moderate", jit=20)
    c = s.add("incident", "injury_accident", 110, "中科路 自小客撞路燈桿 駕駛受困車內", "C", at="zk_south", sev="Severe", jit=15)
    cr = s.add("119", "rescue", 111, "中科路 車禍 駕駛受困 派遣救助隊", "C", at="zk_south", jit=15)
    s.add("119", "rescue", 120, "救助隊到場 破壞器材救出駕駛 送醫", "C", at="zk_south", jit=15, status="on_scene", follows=cr)
    s.add("incident", "theft", 140, "鑑識人員到場採證 失竊筆電3台", "B", at="fcu", sev="Minor", follows=b, jit=20)
    s.add("1999", "streetlight", 150, "中科路有一根路燈桿被撞歪了 燈也不亮", "C", None, at="zk_south", jit=30)
    s.add("incident", "injury_accident", 160, "肇事車已拖離 駕駛酒測0.45 移送", "C", at="zk_south", sev="Minor", follows=c, jit=15)
    for i, sid in enumerate(devs):
        s.add("status", "online", 200 + i * 0.2, f"{sid} 恢復連線", "G", sensor=sid)
    s.incident("G", "infrastructure", "中央公園南側閘道器 GW-CPS-01 斷線，其下5具設備同時離線", first)
    s.incident("B", "public_safety", "逢甲大學水湳校區行政大樓夜間竊案", b)
    s.incident("C", "traffic", "中科路酒駕撞路燈桿，駕駛受困救出", c)
    s.alternative("路燈桿被撞歪的陳情是建設局的修復派工，可不併入車禍。", {})
    s.notes.append("The single detector with a low battery is a routine maintenance ticket (background). The gateway job opens on the "
                   "first offline: five devices of one gateway going within seconds is one fault, not five.")
    s.write()

def s1621():
    s = Sit(1621, "friday_evening_transit_hub_three_jobs", "週五傍晚，水湳轉運中心。",
            "2026-01-09T17:30",
            "Friday evening rush at the transit hub: car parks full, 環中路 and 經貿路 slow. At 18:10 the hub's panel alarms from the food-court "
            "kitchen; 119 goes, it is cooking fumes and the panel resets. At 18:20 a woman's bag is snatched at the shuttle area; at 18:28 a bus "
            "and a scooter collide at 中科路/環中路 150 m away and the rider is hurt. All three within 300 m and 20 minutes.")
    s.congestion("SN-VD-HUANZHONG-02", 10, 22, 40)
    s.parking("SN-PK-001", 15)
    s.congestion("SN-VD-JINGMAO-01", 20, 24, 38)
    s.parking("SN-PK-002", 25)
    s.congestion("SN-VD-ZHONGQING-01", 30, 20, 43)
    s.add("1999", "illegal_parking", 35, "轉運站接駁區計程車違停排班 擋住公車", None, at="hub_shuttle", jit=20)
    fa = s.add("fire_alarm", "alarm", 40, "2F 美食街 廚房 偵煙探測器動作", "F", None, sensor="SN-FA-001")
    s.add("119", "fire", 41, "水湳轉運中心 火警受信總機動作 派遣水箱車1", "F", None, at="transit_hub", jit=10)
    s.add("fire_alarm", "normal", 48, "火警受信總機 復歸", "F", None, sensor="SN-FA-001")
    s.add("cctv", "crowding", 51, "接駁區人群聚集", None, "S", sensor="SN-CCTV-003", conf=0.49)
    sn = s.add("incident", "theft", 50, "轉運站接駁區 女子皮包遭搶 嫌犯往中科路方向逃逸", "S", at="hub_shuttle", sev="Moderate", jit=15)
    s.add("1999", "other", 52, "剛剛有人在轉運站搶包包 往中科路跑了", "S", at="hub_shuttle", jit=30)
    k0 = s.add("cctv", "stalled_vehicle", 58.3, "路口大型車輛與機車停滯", "K", sensor="SN-CCTV-003", conf=0.80)
    k = s.add("incident", "injury_accident", 58, "中科路環中路口 公車與機車碰撞 騎士倒地", "K", at="j_zk_hz", sev="Severe", jit=15)
    s.add("119", "ambulance", 59, "中科路環中路口 車禍 機車騎士受傷", "K", at="j_zk_hz", jit=15)
    s.add("1999", "traffic_accident", 60, "中科路環中路口公車撞到機車 人倒在地上", "K", at="j_zk_hz", jit=30)
    s.add("119", "fire", 62, "現場確認為美食街廚房油煙 非火災 收隊", "F", None, at="transit_hub", jit=10, status="closed")
    s.dup(k, 50)
    s.congestion("SN-VD-HUANZHONG-02", 66, 9, 63, truth="K", sev="Moderate")
    s.add("119", "ambulance", 66, "救護車到場", "K", at="j_zk_hz", jit=15, status="on_scene")
    s.add("1999", "streetlight", 90, "轉運中心旁中科路 路燈不亮一盞", None, at="zk_mid", jit=300)
    s.add("incident", "injury_accident", 110, "傷者送中國醫藥大學附設醫院 公車已駛離 恢復通行", "K", at="j_zk_hz", sev="Moderate", follows=k, jit=15)
    s.add("incident", "theft", 125, "搶奪嫌犯於中科路逮捕", "S", at="zk_mid", sev="Minor", follows=sn, jit=20)
    s.incident("F", "fire", "轉運中心美食街火警受信總機動作（廚房油煙，誤報）", fa)
    s.incident("S", "public_safety", "轉運站接駁區搶奪皮包", sn)
    s.incident("K", "traffic", "中科路/環中路口公車與機車碰撞，騎士受傷", k0)
    s.alternative("美食街警報8分鐘內復歸、119確認誤報：同事可能不當作一件火災事件；接駁區的人群聚集可能是搶案圍觀。",
                  {"F": None})
    s.notes.append("The 119 'on_scene' of the crash names no case to follow; it is the crash's by place and time.")
    s.write()

def s1622():
    s = Sit(1622, "sunday_night_eco_b_power_cut", "週日晚上，生態住宅B區停電。",
            "2026-02-08T20:00",
            "A Sunday evening. At 20:15 the feeder serving block B and the street to its east trips: the panel goes to battery, the drainage "
            "level station and the 經貿路 flood sensor lose mains, residents call about the dark, the streetlights on that stretch are out and the "
            "pumps stop. Two people are stuck in a lift; a resident on an oxygen concentrator breathes hard. In block A a neighbour is hammering.")
    s.add("1999", "illegal_parking", 5, "生態住宅B區地下室出入口被車擋住", None, at="eco_b", jit=20)
    p = s.add("fire_alarm", "fault", 15, "B區 主電源中斷 切換預備電源", "P", sensor="SN-FA-012")
    s.add("status", "offline", 15.1, "經貿路低窪處 淹水感測器 市電中斷", "P", sensor="SN-FL-008", reason="mains_power_lost")
    s.add("status", "offline", 15.1, "水湳區域排水經貿路水位站 市電中斷", "P", sensor="SN-WL-003", reason="mains_power_lost")
    l = s.add("119", "rescue", 17, "水湳生態住宅B區 電梯停電困 2 人", "L", "P", at="eco_b", jit=10)
    u1 = s.add("1999", "power_outage", 18, "生態住宅B區整棟停電 什麼時候會來電", "P", at="eco_b", jit=20)
    s.add("1999", "rescue", 19, "電梯停電卡住 我媽在裡面", "L", "P", at="eco_b", jit=20)
    s.add("1999", "power_outage", 20, "經貿路這邊住宅突然停電", "P", at="jm_eco_b", jit=30)
    s.dup(u1, 180)
    s.add("1999", "streetlight", 24, "經貿路生態住宅這一段路燈整排都不亮", "P", at="jm_eco_b", jit=40)
    s.add("119", "rescue", 28, "救助隊到場 電梯受困 2 人", "L", "P", at="eco_b", jit=10, status="on_scene", follows=l)
    s.add("rule", "sensor_offline", 30, "經貿路低窪處 超過預期時間未回傳", "P", sensor="SN-FL-008")
    s.add("rule", "sensor_offline", 31, "水湳區域排水經貿路水位 超過預期時間未回傳", "P", sensor="SN-WL-003")
    s.add("119", "rescue", 45, "受困2人已救出 無人受傷", "L", "P", at="eco_b", jit=10, status="closed", follows=l)
    s.add("1999", "water_outage", 45, "停電以後大樓水塔馬達不能打水 現在沒水了", "P", at="eco_b", jit=20)
    o = s.add("119", "ambulance", 52, "生態住宅B區 住戶使用製氧機 停電後一直喘 送醫", "O", "P", at="eco_b", jit=10)
    s.add("1999", "noise", 60, "A區樓上在裝潢 週日晚上還在敲", None, at="eco_a", jit=20)
    s.congestion("SN-VD-JINGMAO-02", 90, 27, 33)
    s.add("status", "online", 120, "經貿路低窪處 淹水感測器 恢復連線", "P", sensor="SN-FL-008")
    s.add("status", "online", 120.3, "水湳區域排水經貿路水位站 恢復連線", "P", sensor="SN-WL-003")
    s.add("fire_alarm", "normal", 121, "B區 主電源恢復", "P", sensor="SN-FA-012")
    s.add("1999", "streetlight", 140, "中平路有一盞路燈在閃", None, at="zp_mid", jit=40)
    s.incident("P", "infrastructure", "生態住宅B區與經貿路一段停電（饋線跳脫），設備斷電、路燈全暗、大樓停水", p)
    s.incident("L", "rescue", "B區電梯停電受困2人", l)
    s.incident("O", "rescue", "B區使用製氧機住戶停電後呼吸喘送醫", o)
    s.alternative("電梯受困與製氧機住戶都是停電的後果，同一棟、同一時間：同事可能只開一件停電事件，救助與救護都掛在下面。",
                  {"L": None, "O": None})
    s.write()

if __name__ == "__main__":
    for f in (s1617, s1618, s1619, s1620, s1621, s1622):
        f()
