"""Situations 1697-1702."""
from lib import Sit, P, SENSORS

def s1697():
    s = Sit(1697, "weekday_lunch_museum_smoke", "2016-09-21 11:30",
            "週三午間：展覽人潮為背景；綠美圖工地焊接冒煙與其火警總機；營運塔旁瓦斯味；餐車油煙被攝影機判為煙霧。")
    s.story = ("A Wednesday lunchtime with an exhibition on. At 12:05 welding on the Museumbrary's roof sets insulation "
               "smoking: the panel alarms, a passer-by calls, 119 sends an engine that finds a small fire in the insulation "
               "and puts it out. At 12:20, 250 m east, office workers at the operations tower smell gas: a contractor has "
               "nicked a gas line in the pavement; the hazmat team and the gas company close it. The 經貿七路 camera "
               "flags 'smoke' at 12:40: a food truck's grill (the operator checks and dismisses it). Background: the "
               "exhibition crowd and car park, a noise call, a streetlight.")
    s.inc("museum_fire", "fire", "綠美圖屋頂焊接引燃保溫材，小火撲滅")
    s.inc("tower_gas", "hazmat", "智慧營運塔旁人行道施工挖破瓦斯管，瓦斯外洩")
    s.permit("exhibition", 0, 480, "hallA", "臺中國際食品展 9/21-9/24，預估每日 1.5 萬人次", None, arrival_min=-5*24*60, radius=300)
    s.dev("parking", "SN-PK-006", "full", 10, "臺中國際會展中心停車場 汽車車位已滿", None)
    s.dev("cctv", "SN-CCTV-005", "crowding", 15, "經貿路二段/黎明路三段 影像分析：人群聚集", None, confidence=0.71)
    fa = s.dev("fire_alarm", "SN-FA-004", "alarm", 35, "臺中綠美圖 RF 屋頂機房 偵煙探測器動作", "museum_fire")
    c = s.call("fire_smoke", 36, "museum", "綠美圖屋頂在冒黑煙，好像是工人在焊東西燒起來了。", "museum_fire", r=(60, 200))
    k = s.f119("fire", 37, "museum", "臺中綠美圖 屋頂施工冒煙，派遣水湳、西屯分隊", "museum_fire")
    s.suff("museum_fire", k)
    s.dup(fa, 0.5)
    s.f119("fire", 44, "museum", "到達現場，屋頂保溫材悶燒約 2 平方公尺，已撲滅", "museum_fire", status="on_scene", follows=k)
    g = s.call("gas_odor", 50, "tower", "營運塔前面人行道瓦斯味很重，施工的人說好像挖到管子。", "tower_gas", r=(20, 90))
    s.suff("tower_gas", g)
    s.f119("hazmat", 52, "tower", "臺灣智慧營運塔前人行道 施工挖破瓦斯管外洩，派遣危險物品處理車、通知欣林天然氣", "tower_gas")
    s.police("hazmat_report", 55, "tower", "Severe", "營運塔前人行道瓦斯外洩，封鎖周邊 50 公尺，疏導行人。", "tower_gas")
    s.police("evacuation", 58, "tower", "Moderate", "營運塔一樓店家與辦公人員疏散至經貿七路側。", "tower_gas")
    s.dev("cctv", "SN-CCTV-006", "smoke", 70, "經貿路二段/經貿七路 影像分析：疑似煙霧", None, confidence=0.55, alt="foodtruck")
    s.call("noise", 75, "hallB", "會展中心外面的活動喇叭很大聲，辦公室都聽得到。", None, r=(150, 300))
    s.dev("fire_alarm", "SN-FA-004", "normal", 80, "臺中綠美圖 火警受信總機 復歸", "museum_fire")
    s.f119("fire", 82, "museum", "綠美圖火勢已熄滅，無人受傷，收隊", "museum_fire", status="closed", follows=k)
    s.f119("hazmat", 105, "tower", "瓦斯公司完成關閥修復，偵測無殘留，收隊", "tower_gas", status="closed")
    s.police("road_reopened", 110, "tower", "Minor", "營運塔前封鎖解除，恢復通行。", "tower_gas")
    s.call("streetlight", 120, (120.6550, 24.1890), "中央公園北側步道一盞路燈不亮。", None)
    s.rule("SN-VD-JINGMAO-01", "congestion", 95, "Minor", "經貿路車輛偵測器1 平均車速 20 km/h", None)
    s.alt("A colleague would not dismiss the camera's smoke 150 m from a fire in progress and a gas leak without a crew "
          "looking: it would be opened as its own check.", add=[("foodtruck", "fire", "經貿七路口攝影機偵測煙霧（餐車油煙）查證")])
    s.suff("foodtruck", [i["key"] for i in s.items if i.get("truth_alt") == "foodtruck"][0])
    s.debatable = ["The camera's 'smoke' at 經貿七路: dismissed after a look (truth) or a check of its own (alt).",
                   "The gas leak 250 m from the fire is a different job; the evacuation supports the leak."]
    s.write()

def s1698():
    s = Sit(1698, "friday_night_transit_hub", "2016-07-22 22:00",
            "週五深夜轉運中心：候車區酒後鬥毆、機車失竊、經貿環中口逆向車、中清環中口事故；停車場夜間關閉、攝影機維護。")
    s.story = ("A Friday night at the transit hub. At 22:40 two drunk men fight in the bus bays; one is hurt and an "
               "ambulance takes him. At 23:30 a rider reports his scooter stolen from the hub's scooter park. The hub car "
               "park closes at midnight as every night, and camera 002 goes down for planned maintenance. At 01:10 camera "
               "004 sees a car driving the wrong way on 環中路 at 經貿路; a patrol looks for it. At 01:19 a car and a taxi "
               "collide at 中清/環中, 400 m east; nobody is badly hurt.")
    s.inc("hub_fight", "public_safety", "轉運中心候車區酒後鬥毆，一人受傷")
    s.inc("scooter_theft", "public_safety", "轉運中心機車停車場機車失竊")
    s.inc("wrong_way", "traffic", "環中路二段經貿路口逆向行駛車輛")
    s.inc("zq_crash", "traffic", "中清路/環中路口 自小客車與計程車碰撞")
    s.call("noise", 15, (120.6500, 24.1960), "環中路一直有改裝車在飆車，很吵。", None, r=(50, 250))
    f = s.police("public_disturbance", 40, "hub", "Moderate", "水湳轉運中心候車區 兩名男子酒後互毆，一人臉部流血。", "hub_fight")
    s.suff("hub_fight", f)
    s.call("other", 41, "hub", "轉運站有兩個喝醉的在打架，一個流血了。", "hub_fight", r=(10, 60))
    a = s.f119("ambulance", 44, "hub", "水湳轉運中心 鬥毆 男性臉部撕裂傷，派遣救護車", "hub_fight")
    s.f119("ambulance", 62, "hub", "傷者送往中國醫藥大學附設醫院", "hub_fight", status="returning", follows=a)
    s.dev("cctv", "SN-CCTV-004", "crowding", 45, "經貿路二段/環中路二段 影像分析：人群聚集", "hub_fight", confidence=0.52, alt=None)
    t = s.police("theft", 90, (120.6532, 24.1978), "Minor", "民眾報案：停放於轉運中心機車停車場之機車遭竊，車號 ABC-123。", "scooter_theft")
    s.suff("scooter_theft", t)
    s.dev("parking", "SN-PK-001", "closed", 120, "水湳轉運中心停車場 夜間暫停開放", None)
    s.dev("status", "SN-CCTV-002", "offline", 125, "凱旋路/環中路二段 監視器 計畫性維護停機", None, reason="maintenance")
    w = s.dev("cctv", "SN-CCTV-004", "wrong_way", 190, "經貿路二段/環中路二段 影像分析：車輛逆向行駛（往西車道東行）", "wrong_way",
              at=(120.6537, 24.19852), confidence=0.88)
    s.suff("wrong_way", w)
    s.dup(w, 1.5)
    s.police("wrong_way_driver", 193, (120.6550, 24.1988), "Severe", "環中路二段經貿路口有車輛逆向東行，派巡邏車攔查。", "wrong_way", alt="zq_crash")
    cr = s.police("accident", 199, "j_zq_hz", "Moderate", "中清路/環中路口 自小客車與計程車碰撞，兩車駕駛輕傷，佔用路口。", "zq_crash")
    s.suff("zq_crash", cr)
    s.call("traffic_accident", 200, "j_zq_hz", "中清環中路口兩台車撞在一起，計程車車頭都凹了。", "zq_crash", r=(30, 150))
    s.dev("cctv", "SN-CCTV-008", "stalled_vehicle", 200, "中清路/環中路 影像分析：路口車輛停滯", "zq_crash", confidence=0.79)
    s.police("accident", 228, "j_zq_hz", "Moderate", "中清環中口事故：肇事自小客車駕駛酒測值 0.45，依公共危險罪移送；事故車已移除。", "zq_crash")
    s.dev("status", "SN-CCTV-002", "online", 240, "凱旋路/環中路二段 監視器 恢復連線", None)
    s.call("streetlight", 245, (120.6480, 24.1955), "台74下來環中路那邊有兩盞路燈不亮。", None)
    s.alt("The wrong-way car was heading east on the westbound lanes towards 中清路, and 9 minutes later a car crashes at "
          "中清/環中 with a drunk driver: a colleague would read it as the same car, one job for the patrol.",
          drop=["wrong_way"], suff={})
    for i in s.items:
        if i["truth"] == "wrong_way":
            i["truth_alt"] = "zq_crash"
    s.debatable = ["The wrong-way car and the crash 400 m east 9 minutes later: two jobs (truth) or one driver (alt).",
                   "Camera crowding at 經貿/環中 during the fight: the fight's onlookers (truth) or late-night crowd (alt null)."]
    s.write()

def s1699():
    s = Sit(1699, "weekday_cabinet_power_loss", "2016-11-08 09:50",
            "週二上午中清環中口號誌箱 TB-CAB-008 失電：號誌、監視器、兩具偵測器同時離線；黑燈路口擦撞；經貿中平口另有號誌閃爍故障。")
    s.story = ("A Tuesday morning. At 10:12 the field cabinet TB-CAB-008 at 中清/環中 loses mains: the signal goes dark, "
               "its camera and two detectors report mains lost. A patrol directs traffic; Taipower restores the feed at "
               "11:20. At 10:31 two cars scrape each other in the dark junction: a separate crash report for the same "
               "patrol area. Meanwhile the 經貿/中平 signal, 2.7 km south, starts flashing yellow (a controller fault): "
               "another contractor call. Background: a rain gauge's link, a streetlight, a car park full.")
    s.inc("cab008", "infrastructure", "中清路/環中路口 號誌箱 TB-CAB-008 市電中斷，號誌黑燈")
    s.inc("zq_scrape", "traffic", "中清環中黑燈路口 兩車擦撞")
    s.inc("jz_flash", "traffic", "經貿路/中平路口 號誌控制器故障閃黃燈")
    s.dev("parking", "SN-PK-001", "full", 5, "水湳轉運中心停車場 汽車車位已滿", None)
    s.dev("status", "SN-RG-002", "offline", 10, "水湳轉運中心雨量站 通訊中斷", None, reason="comms_lost")
    t0 = 22
    a = s.dev("status", "SN-SIG-008", "offline", t0, "中清路/環中路 號誌 市電中斷", "cab008", reason="mains_power_lost")
    s.dev("status", "SN-CCTV-008", "offline", t0 + 0.05, "中清路/環中路 監視器 市電中斷", "cab008", reason="mains_power_lost")
    s.dev("status", "SN-VD-HUANZHONG-03", "offline", t0 + 0.1, "環中路車輛偵測器3 市電中斷", "cab008", reason="mains_power_lost")
    s.dev("status", "SN-VD-ZHONGQING-01", "offline", t0 + 0.1, "中清路車輛偵測器1 市電中斷", "cab008", reason="mains_power_lost")
    sg = s.dev("signal", "SN-SIG-008", "fault", t0 + 0.2, "中清路/環中路 號誌控制器失電，燈號全暗", "cab008")
    s.suff("cab008", sg)
    s.call("traffic_signal", t0 + 4, "j_zq_hz", "中清路環中路口紅綠燈全部都沒亮，車子很多很危險。", "cab008", r=(40, 150))
    s.police("traffic_signal_fault", t0 + 8, "j_zq_hz", "Moderate", "中清路/環中路口 號誌黑燈，派員指揮交通，已通知交通局。", "cab008")
    s.rule("SN-VD-JINGMAO-01", "congestion", t0 + 15, "Moderate", "經貿路車輛偵測器1 平均車速 14 km/h", "cab008", alt=None)
    x = s.police("accident", 41, (120.65705, 24.19880), "Minor", "中清路/環中路口（號誌黑燈）兩部自小客車擦撞，無人受傷，已拍照移置路邊。", "zq_scrape", alt="cab008")
    s.suff("zq_scrape", x)
    s.call("traffic_accident", 42, (120.65705, 24.19880), "中清環中路口燈不亮，剛剛兩台車擦撞在路中間吵架。", "zq_scrape", r=(20, 100), alt="cab008")
    s.rule("SN-RG-002", "sensor_offline", 30, "Minor", "水湳轉運中心雨量站 逾 10 分鐘未回傳", None)
    s.dev("status", "SN-RG-002", "online", 47, "水湳轉運中心雨量站 恢復連線", None)
    f = s.dev("signal", "SN-SIG-011", "fault", 55, "經貿路/中平路 號誌控制器異常，全向閃黃", "jz_flash")
    s.suff("jz_flash", f)
    s.call("traffic_signal", 63, "j_jm_zp", "經貿路中平路口紅綠燈一直閃黃燈，閃爍異常。", "jz_flash", r=(30, 120))
    s.call("streetlight", 70, "cmu", "中國醫大水湳校區旁邊一盞路燈不亮，編號 XT-11021。", None)
    s.dev("status", "SN-SIG-008", "online", 90, "中清路/環中路 號誌 恢復供電", "cab008")
    s.dev("status", "SN-CCTV-008", "online", 90.05, "中清路/環中路 監視器 恢復連線", "cab008")
    s.dev("status", "SN-VD-HUANZHONG-03", "online", 90.1, "環中路車輛偵測器3 恢復連線", "cab008")
    s.dev("status", "SN-VD-ZHONGQING-01", "online", 90.1, "中清路車輛偵測器1 恢復連線", "cab008")
    s.dev("signal", "SN-SIG-008", "restored", 90.5, "中清路/環中路 號誌恢復正常運作", "cab008")
    s.dev("signal", "SN-SIG-011", "restored", 118, "經貿路/中平路 號誌恢復正常運作", "jz_flash")
    s.call("illegal_parking", 100, "hub", "轉運站旁邊計程車一直排在紅線上。", None, r=(40, 150))
    s.alt("A colleague would fold the scrape into the dark-junction job: the same patrol at the same corner handled both, "
          "and the crash is a consequence of the dark signal. The 經貿路 slow-down is the ordinary late-morning traffic "
          "to the convention centre.", drop=["zq_scrape"])
    s.debatable = ["The scrape in the dark junction: its own crash job (truth) or the power cut's (alt).",
                   "The 經貿路 detector slow-down 400 m from the dark junction: its queue (truth) or background (alt).",
                   "The 經貿/中平 flashing signal: a different cabinet and contractor call, never the power cut's."]
    s.write()

def s1700():
    s = Sit(1700, "saturday_concert_pop_music", "2016-08-13 16:00",
            "週六流行影音中心演唱會：人潮與交通、場內煙霧機觸發火警、粉絲中暑、散場凱旋路事故、周邊停車與噪音。")
    s.story = ("A Saturday concert at the pop music centre, 19:00-22:00, 8,000 fans. Fans queue from 16:00 and a girl "
               "faints from the heat at 17:10 (ambulance). The police run the crowd plan; car parks fill and 凱旋路 "
               "slows. At 19:50 the stage's haze machine sets off the building's fire panel; 119 sends an engine "
               "because the panel called, finds the haze and leaves. Residents complain of the noise. After the show, "
               "at 22:25, two scooters collide on 凱旋路 300 m south of the venue. Background: a streetlight and "
               "a car park far from the concert.")
    s.inc("concert", "crowd", "流行影音中心演唱會 人潮與交通疏導")
    s.inc("fan_heat", "rescue", "排隊粉絲中暑昏倒送醫")
    s.inc("haze_alarm", "fire", "影音中心火警總機動作，查為舞台煙霧機")
    s.inc("kx_crash", "traffic", "散場後凱旋路兩機車碰撞")
    pm = s.permit("concert", 180, 360, "popmusic", "流行影音中心 戶外演唱會 19:00-22:00，預估 8,000 人", "concert",
                  arrival_min=-10*24*60, radius=400, title="夏日演唱會")
    s.suff("concert", pm)
    h = s.f119("ambulance", 70, (120.6515, 24.1856), "流行影音中心排隊區 女性中暑昏倒，派遣救護車", "fan_heat", alt="concert")
    s.suff("fan_heat", h)
    s.call("rescue", 71, (120.6515, 24.1856), "影音中心排隊的地方有一個女生熱昏倒了。", "fan_heat", r=(10, 60), alt="concert")
    s.f119("ambulance", 88, (120.6515, 24.1856), "患者送往中國醫藥大學附設醫院", "fan_heat", status="returning", follows=h, alt="concert")
    s.police("crowd_control", 120, "popmusic", "Minor", "流行影音中心入場人潮，凱旋路人行道派員管制。", "concert")
    s.dev("parking", "SN-PK-004", "full", 130, "中央公園地下停車場(北) 汽車車位已滿", "concert", alt=None)
    s.rule("SN-VD-KAIXUAN-02", "congestion", 140, "Moderate", "凱旋路車輛偵測器2 平均車速 9 km/h", "concert")
    s.rule("SN-VD-ZHONGKE-01", "congestion", 150, "Minor", "中科路車輛偵測器1 平均車速 19 km/h", "concert", alt=None)
    s.call("illegal_parking", 160, (120.6510, 24.1835), "凱旋路兩邊紅線都停滿了去看演唱會的車。", "concert", r=(30, 150), alt=None)
    fa = s.dev("fire_alarm", "SN-FA-006", "alarm", 230, "臺中流行影音中心 舞台區 偵煙探測器動作", "haze_alarm", alt="concert")
    s.suff("haze_alarm", fa)
    k = s.f119("fire", 231, "popmusic", "臺中流行影音中心 火警自動警報，派遣西屯分隊查看", "haze_alarm", alt="concert")
    s.f119("fire", 243, "popmusic", "到場確認為舞台煙霧機觸發，非火警，收隊", "haze_alarm", status="closed", follows=k, alt="concert")
    s.dev("fire_alarm", "SN-FA-006", "normal", 245, "臺中流行影音中心 火警受信總機 復歸", "haze_alarm", alt="concert")
    s.call("noise", 260, "ecoA", "演唱會的聲音大到我家窗戶關起來還聽得到。", "concert", r=(50, 200), alt=None)
    s.dev("parking", "SN-PK-003", "full", 200, "河南路停車場 汽車車位已滿", None)
    s.police("crowd_control", 365, "popmusic", "Minor", "演唱會散場，凱旋路、中科路疏導散場車流。", "concert")
    c = s.police("injury_accident", 385, (120.6524, 24.1825), "Moderate", "凱旋路（影音中心南方約 300 公尺）兩部機車碰撞，一人擦傷。", "kx_crash")
    s.suff("kx_crash", c)
    s.call("traffic_accident", 386, (120.6524, 24.1825), "凱旋路這邊兩台機車撞在一起，人坐在地上。", "kx_crash", r=(20, 100))
    a = s.f119("ambulance", 388, (120.6524, 24.1825), "凱旋路 機車事故 1 人擦傷，派遣救護車", "kx_crash")
    s.f119("ambulance", 400, (120.6524, 24.1825), "傷者輕傷拒送，返隊", "kx_crash", status="closed", follows=a)
    s.call("streetlight", 420, "ecoB", "敦化路一段路燈不亮一盞。", None)
    s.alt("A colleague running the concert desk would keep everything that happened inside the venue's perimeter in the "
          "concert job (the heat casualty in the queue and the haze alarm); traffic and noise effects are expected "
          "background.", drop=["fan_heat", "haze_alarm"])
    s.debatable = ["The fan's collapse in the queue: its own ambulance job (truth) or the concert's (alt).",
                   "The haze-machine alarm: its own fire check (truth) or the concert's (alt).",
                   "The crash 300 m south after the show: its own job in both readings (different crew, different place)."]
    s.write()

def s1701():
    s = Sit(1701, "dawn_power_cut_southeast", "2016-12-07 04:10",
            "週三凌晨東南區停電：水資源回收中心與生態住宅B區總機市電中斷、住戶停電、整排路燈熄滅；電梯受困；經貿中平口號誌黑燈。")
    s.story = ("A Wednesday before dawn, a feeder trips in the south-east of the zone at 04:32. The water reclamation "
               "centre's and eco block B's fire panels report mains lost, the drainage level gauge drops off on its "
               "mains, residents call about the power and a whole row of streetlights dark on 敦化路. In eco block B two "
               "night-shift workers are stuck in a lift: 119 frees them at 05:05. The 經貿/中平 signal on the same "
               "feeder goes dark; a patrol directs the first morning traffic until the power returns at 05:50. "
               "Background: a garbage truck noise call, a stray dog, and the hub car park opening.")
    s.inc("power_cut", "infrastructure", "東南區饋線跳脫停電（台電搶修）")
    s.inc("lift_trapped", "rescue", "生態住宅B區電梯停電受困 2 人")
    s.inc("jz_dark", "traffic", "經貿路/中平路口 停電號誌黑燈")
    s.call("環境清潔", 5, "cmu", "垃圾車四點多就在收，聲音很大。", None, r=(50, 200))
    t0 = 22
    a = s.dev("fire_alarm", "SN-FA-008", "fault", t0, "水湳水資源回收中心 受信總機 主電源停電，切換預備電源", "power_cut")
    s.dev("fire_alarm", "SN-FA-012", "fault", t0 + 0.1, "水湳生態住宅B區 受信總機 主電源停電", "power_cut")
    s.dev("status", "SN-WL-003", "offline", t0 + 0.2, "水湳區域排水經貿路水位站 市電中斷", "power_cut", reason="mains_power_lost")
    sg = s.dev("signal", "SN-SIG-011", "fault", t0 + 0.3, "經貿路/中平路 號誌控制器失電，燈號全暗", "jz_dark", alt="power_cut")
    s.dev("status", "SN-SIG-011", "offline", t0 + 0.3, "經貿路/中平路 號誌 市電中斷", "jz_dark", reason="mains_power_lost", alt="power_cut")
    s.dev("status", "SN-CCTV-011", "offline", t0 + 0.35, "經貿路/中平路 監視器 市電中斷", "jz_dark", reason="mains_power_lost", alt="power_cut")
    p1 = s.call("power_outage", t0 + 3, "ecoB", "我們生態住宅B區整棟停電了，冷氣電燈都沒有。", "power_cut", r=(10, 60))
    s.suff("power_cut", p1)
    s.call("streetlight", t0 + 5, (120.6595, 24.1800), "敦化路整排路燈都不亮，一片漆黑。", "power_cut", r=(30, 150))
    lt = s.call("rescue", t0 + 6, "ecoB", "停電了電梯卡在七樓跟八樓中間，我同事在裡面，兩個人。", "lift_trapped", r=(5, 30))
    r = s.f119("rescue", t0 + 7, "ecoB", "水湳生態住宅B區 停電電梯受困 2 人，派遣救助隊", "lift_trapped")
    s.suff("lift_trapped", r)
    s.call("power_outage", t0 + 9, "cmu", "中國醫大水湳校區宿舍這邊也停電，什麼時候會來電？", "power_cut", r=(20, 120))
    s.rule("SN-WL-003", "sensor_offline", t0 + 12, "Minor", "水湳區域排水經貿路水位站 逾 10 分鐘未回傳", "power_cut")
    s.police("traffic_signal_fault", t0 + 20, "j_jm_zp", "Moderate", "經貿路/中平路口 停電號誌黑燈，派員指揮早班車流。", "jz_dark", alt="power_cut")
    s.suff("jz_dark", sg)
    s.f119("rescue", t0 + 33, "ecoB", "受困 2 人已救出，身體無恙，返隊", "lift_trapped", status="returning", follows=r)
    s.call("動物救援", 60, (120.6570, 24.1770), "公園南邊有一隻狗被車撞到躺在路邊。", None)
    s.dev("parking", "SN-PK-001", "empty", 80, "水湳轉運中心停車場 開放（車位全空）", None)
    s.dev("fire_alarm", "SN-FA-008", "normal", 100, "水湳水資源回收中心 受信總機 主電源恢復", "power_cut")
    s.dev("fire_alarm", "SN-FA-012", "normal", 100.1, "水湳生態住宅B區 受信總機 主電源恢復", "power_cut")
    s.dev("status", "SN-WL-003", "online", 100.2, "水湳區域排水經貿路水位站 恢復連線", "power_cut")
    s.dev("signal", "SN-SIG-011", "restored", 100.4, "經貿路/中平路 號誌恢復正常運作", "jz_dark", alt="power_cut")
    s.dev("status", "SN-SIG-011", "online", 100.4, "經貿路/中平路 號誌 恢復連線", "jz_dark", alt="power_cut")
    s.dev("status", "SN-CCTV-011", "online", 100.45, "經貿路/中平路 監視器 恢復連線", "jz_dark", alt="power_cut")
    s.call("streetlight", 130, "j_jm_jm7", "經貿七路口一盞路燈早上還亮著。", None)
    s.alt("A colleague would run one power-cut job that owns everything on the feeder, including the dark junction "
          "(the patrol directing traffic is that job's task); only the trapped workers stay a rescue.", drop=["jz_dark"])
    s.debatable = ["The dark 經貿/中平 signal on the same feeder: its own traffic job (truth) or the power cut's (alt).",
                   "The lift: a rescue job in both readings (the crew and the stakes differ from the power company's)."]
    s.write()

def s1702():
    s = Sit(1702, "weekday_school_out_scooter_fire", "2016-03-24 16:00",
            "週四放學時段：逢甲水湳校區機車停車場機車起火（煙灌入大樓觸發總機）、中科路公車拋錨、河南路停車場旁機車擦撞。")
    s.story = ("A Thursday at school-out. At 16:35 a scooter catches fire in the Feng Chia Shuinan campus scooter park; "
               "students call, 119 sends an engine; the smoke is drawn into the next building and its panel alarms 4 "
               "minutes later. At 16:50 a city bus breaks down on 中科路 150 m from the campus gate and the detector "
               "there slows; a tow truck takes it. At 17:30 two scooters scrape by the 河南路 car park, no one hurt. "
               "Background: a signal restored from the morning at 河南/中平, a tree pruning request, a car park full.")
    s.inc("fcu_scooter_fire", "fire", "逢甲水湳校區機車停車場機車起火")
    s.inc("zk_bus", "traffic", "中科路公車拋錨")
    s.inc("henan_scrape", "traffic", "河南路停車場旁兩機車擦撞")
    s.dev("signal", "SN-SIG-010", "restored", 5, "河南路/中平路 號誌恢復正常運作（上午故障）", None)
    s.call("公園路樹", 15, (120.6545, 24.1800), "公園旁邊的樹枝太長擋到路燈，可以來修剪嗎？", None)
    s.dev("parking", "SN-PK-003", "full", 25, "河南路停車場 汽車車位已滿", None)
    c = s.call("fire_smoke", 35, (120.6515, 24.1795), "逢甲水湳校區機車停車場有一台機車燒起來了，煙很大！", "fcu_scooter_fire", r=(20, 80))
    k = s.f119("fire", 36, (120.6515, 24.1795), "逢甲大學水湳校區 機車停車場 機車火警，派遣西屯分隊", "fcu_scooter_fire")
    s.suff("fcu_scooter_fire", k)
    s.call("fire_smoke", 37, (120.6515, 24.1795), "學校停車場有機車在燒，黑煙飄到教室這邊。", "fcu_scooter_fire", r=(20, 120))
    fa = s.dev("fire_alarm", "SN-FA-009", "alarm", 39, "逢甲大學水湳校區 1F 走廊 偵煙探測器動作", "fcu_scooter_fire", alt="fcu_alarm")
    s.f119("fire", 43, (120.6515, 24.1795), "到達現場，機車 1 部燃燒，已撲滅，煙飄入鄰棟一樓", "fcu_scooter_fire", status="on_scene", follows=k)
    b = s.police("stalled_vehicle", 50, (120.6537, 24.1810), "Minor", "中科路往北 公車引擎故障拋錨，佔用外側車道，已通知客運拖吊。", "zk_bus")
    s.suff("zk_bus", b)
    s.rule("SN-VD-ZHONGKE-01", "congestion", 56, "Moderate", "中科路車輛偵測器1 平均車速 12 km/h", "zk_bus", alt=None)
    s.call("other", 58, (120.6537, 24.1810), "中科路有一台公車停在路上不動，後面都塞住了，發生什麼事？", "zk_bus", r=(50, 200))
    s.dev("fire_alarm", "SN-FA-009", "normal", 60, "逢甲大學水湳校區 火警受信總機 復歸", "fcu_scooter_fire", alt="fcu_alarm")
    s.f119("fire", 66, (120.6515, 24.1795), "火勢撲滅，無人受傷，收隊", "fcu_scooter_fire", status="closed", follows=k)
    s.police("stalled_vehicle", 85, (120.6537, 24.1810), "Minor", "中科路拋錨公車已拖離，恢復通行。", "zk_bus")
    h = s.police("accident", 90, (120.6533, 24.1752), "Minor", "河南路停車場出口 兩部機車擦撞，無人受傷，雙方自行和解。", "henan_scrape")
    s.suff("henan_scrape", h)
    s.call("traffic_accident", 89, (120.6533, 24.1752), "河南路停車場門口兩台機車擦撞，人都站起來了。", "henan_scrape", r=(20, 80), delay=1.5)
    s.rule("SN-VD-HENAN-02", "congestion", 95, "Minor", "河南路車輛偵測器2 平均車速 21 km/h", None)
    s.call("streetlight", 110, "fcu", "逢甲水湳校區旁邊人行道路燈不亮。", None, r=(50, 150))
    s.alt("The campus panel's alarm is a separate building; a colleague would open it as its own check until the crew "
          "linked it to the scooter's smoke. The 中科路 slow-down is the ordinary school-out peak.",
          add=[("fcu_alarm", "fire", "逢甲水湳校區大樓火警總機動作（鄰棟）")])
    s.suff("fcu_alarm", fa)
    s.debatable = ["The campus panel's alarm 4 minutes after the scooter fire: its smoke (truth) or a check of its own (alt).",
                   "中科路 slow-down: the broken-down bus (truth) or school-out peak (alt null)."]
    s.write()

if __name__ == "__main__":
    for f in (s1697, s1698, s1699, s1700, s1701, s1702):
        f()
