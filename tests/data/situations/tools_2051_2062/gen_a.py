"""Situations 2051-2056 (seeded; writes into the parent folder of tools/)."""
from lib import SENSORS, Sit


def s2051():
    s = Sit(2051, "hall_b_kitchen_fire_and_junction_crash", "2026-03-18", 2051)
    F, C = "F-hallB", "C-jmliming"
    s.add("rule", "congestion", "18:36", "環中路二段車流壅塞，平均車速 18 km/h（尖峰時段）", None,
          sensor="SN-VD-HUANZHONG-02", sev="Minor")
    s.routine(2, "18:30", "18:50", cats=["streetlight", "illegal_parking"], spots=["museumbrary", "liming_kx"])
    fa = s.add("fire_alarm", "alarm", "18:42:10", "臺中國際會展中心B棟 1F 餐飲區 偵煙探測器動作", F, sensor="SN-FA-003")
    cam = s.add("cctv", "stalled_vehicle", "18:43:30", "經貿路二段/黎明路三段 路口中央車輛停滯", C,
                sensor="SN-CCTV-005", confidence=0.81)
    k1 = s.add("1999", "fire_smoke", "18:43:50", "會展中心B館美食區廚房冒出黑煙，裡面的人都在往外跑。", F, at="hall_b", r=(20, 60))
    f119 = s.add("119", "fire", "18:44:20", "臺中國際會展中心B棟一樓餐飲區廚房油鍋起火，派遣西屯分隊、水湳分隊", F,
                 at="hall_b", r=(5, 20))
    pc = s.add("incident", "injury_accident", "18:45", "經貿路二段與黎明路三段口 自小客與機車擦撞，機車騎士腿部擦傷，已通報救護",
               C, at="jm_liming", r=(5, 30), sev="Moderate")
    s.add("1999", "traffic_accident", "18:45:40", "經貿黎明路口汽車撞到機車，騎士倒在地上，快叫救護車。", C, at="jm_liming", r=(20, 80))
    a119 = s.add("119", "ambulance", "18:46:30", "經貿路二段/黎明路三段 車禍 機車騎士 1 名受傷，派遣救護車", C,
                 at="jm_liming", r=(5, 25))
    s.add("1999", "traffic_accident", "18:47", "我剛從會展中心出來，旁邊路口有車禍，車子停在路中間，後面都塞住了。", C,
          at="hall_b", r=(30, 80))
    s.add("incident", "fire_report", "18:47:30", "會展中心B棟餐飲區火警，現場人員疏散中，協助管制經貿路側車道", F,
          at="hall_b", r=(10, 50), sev="Severe")
    k2 = s.add("1999", "fire_smoke", "18:48", "會展中心有火災嗎？我在展場裡聞到燒焦味，廣播叫大家出去。", F, at="hall_b", r=(40, 120))
    s.dup(k2, "18:49:30")
    s.add("119", "fire", "18:51", "西屯分隊到達現場，廚房排油煙管起火，已使用滅火器初期控制", F, at="hall_b", r=(5, 20),
          status="on_scene", follows=f119)
    s.add("119", "ambulance", "18:52", "救護車到達，傷者意識清楚，左腿擦挫傷", C, at="jm_liming", r=(5, 25),
          status="on_scene", follows=a119)
    s.add("rule", "congestion", "18:55", "經貿路二段車流壅塞，平均車速 12 km/h", C, sensor="SN-VD-JINGMAO-01", sev="Moderate")
    s.add("1999", "other", "18:58", "經貿路往環中路方向完全不動，前面好像有事故。", C, at="jm_liming", r=(100, 220))
    s.add("status", "offline", "19:02", "黎明路車輛偵測器1 通訊中斷", None, sensor="SN-VD-LIMING-01", reason="comms_lost")
    s.add("status", "online", "19:04", "黎明路車輛偵測器1 恢復連線", None, sensor="SN-VD-LIMING-01")
    s.add("incident", "other", "19:12", "經貿黎明路口事故車輛已移至路邊，恢復通行", C, at="jm_liming", r=(5, 30), sev="Minor",
          follows=pc)
    s.add("fire_alarm", "normal", "19:20", "臺中國際會展中心B棟 火警受信總機復歸", F, sensor="SN-FA-003")
    s.add("119", "fire", "19:35", "火勢撲滅，無人受傷，排煙完畢返隊", F, at="hall_b", r=(5, 20), status="returning", follows=f119)
    s.routine(3, "19:10", "19:40", spots=["hub", "tower", "popmusic"])
    s.incident(F, "fire", "會展中心B棟一樓餐飲區廚房排油煙管起火，初期滅火，無人傷亡。", f119)
    s.incident(C, "traffic", "經貿路二段/黎明路三段口汽機車擦撞，一人輕傷，路口短暫回堵。", pc)
    s.description = ("傍晚展覽散場前，臺中國際會展中心B棟餐飲區廚房油鍋起火，火警受信總機動作、119派遣；幾乎同一時間，約兩百公尺外的"
                     "經貿路二段/黎明路三段口發生汽機車擦撞，救護車與警察到場，路口回堵。兩案時間重疊、距離很近，且有一位民眾"
                     "從會展中心出來通報的是路口車禍。")
    s.notes = ("Why: two jobs for two different crews (fire bureau at hall B; police and one ambulance at the junction). The "
               "caller standing at the convention centre talks about the crash, not the fire, and the VD slow-down on 經貿路 is "
               "the crash's queue, not the fire's. The panel alarm alone is not enough (kitchen panels trip often); the 119 "
               "fire dispatch is. A grouping that merges by time and distance alone will make one job of them.")
    s.write()


def s2052():
    s = Sit(2052, "jingmao_rd_flood_creeping_north", "2026-06-02", 2052)
    F, L = "F-jingmao", "F-liming-kx"
    s.add("rule", "heavy_rain", "15:04", "西屯雨量站 60 分鐘累積雨量 46.5 mm，達大雨標準", None, sensor="C0F9T0",
          sev="Moderate", level="大雨")
    s.add("rule", "heavy_rain", "15:10", "中央公園雨量站 60 分鐘累積雨量 52.0 mm，達大雨標準", None, sensor="SN-RG-001",
          sev="Moderate", level="大雨")
    o1 = s.add("rule", "flood_depth", "15:20", "經貿路低窪處 淹水深度 9 cm", F, sensor="SN-FL-008", sev="Minor", level="1-15")
    s.dup(o1, "15:27")
    c1 = s.add("1999", "flooding", "15:24", "經貿路三段靠近生態住宅這邊路面積水，水淹到人行道邊了。", F, at="eco_b", r=(60, 150))
    s.add("rule", "water_level", "15:30", "水湳區域排水經貿路水位 1.45 m，達三級警戒", F, sensor="SN-WL-003", sev="Moderate",
          level="3")
    s.add("rule", "flood_depth", "15:35", "中央公園滯洪池3 淹水深度 8 cm（滯洪池蓄水中）", None, sensor="SN-FL-003",
          sev="Minor", level="1-15", alt=F)
    o2 = s.add("rule", "flood_depth", "15:40", "經貿路低窪處 淹水深度 22 cm", F, sensor="SN-FL-008", sev="Moderate", level="16-30")
    s.add("1999", "flooding", "15:45", "經貿路往北一點，生態住宅A區門口也開始積水，水溝的水在往外冒。", F, at="eco_a", r=(40, 120))
    pol = s.add("incident", "flooding_report", "15:50", "經貿路三段生態住宅前路段積水約 20 公分，車輛減速通過", F,
                at=(120.6594, 24.1838), r=(10, 60), sev="Moderate")
    s.add("rule", "congestion", "15:52", "經貿路車流壅塞，平均車速 15 km/h", F, sensor="SN-VD-JINGMAO-02", sev="Moderate")
    s.add("rule", "water_level", "15:55", "水湳區域排水經貿路水位 1.86 m，達二級警戒", F, sensor="SN-WL-003", sev="Severe",
          level="2")
    s.add("1999", "flooding", "16:00", "經貿路二段靠中央公園停車場那邊，整條路像小河，機車都在牽車。", F, at=(120.6587, 24.1875), r=(30, 100))
    s.add("rule", "flood_depth", "16:05", "經貿路低窪處 淹水深度 34 cm", F, sensor="SN-FL-008", sev="Severe", level=">30")
    l1 = s.add("rule", "flood_depth", "16:10", "黎明路凱旋路口低窪處 淹水深度 7 cm", L, sensor="SN-FL-009", sev="Minor", level="1-15")
    s.add("1999", "flooding", "16:15", "綠美圖前面經貿路的水越來越多，快淹到車子底盤。", F, at="museumbrary", r=(40, 120))
    s.add("cctv", "flooding", "16:16", "經貿路二段/經貿七路 路面積水", F, sensor="SN-CCTV-006", confidence=0.77)
    r119 = s.add("119", "rescue", "16:20", "經貿路三段 自小客涉水熄火，駕駛受困車內，派遣水湳分隊救助", F,
                 at=(120.6593, 24.1830), r=(10, 40), alt="R-stalled-car")
    s.add("rule", "water_level", "16:20", "水湳區域排水經貿路水位 2.24 m，達一級警戒", F, sensor="SN-WL-003", sev="Extreme",
          level="1")
    l2 = s.add("1999", "blocked_drain", "16:22", "黎明路凱旋路口的水溝蓋被樹葉塞住，路口積水。", L, at="liming_kx", r=(30, 90))
    s.add("119", "rescue", "16:31", "救助隊到達，駕駛已協助離車，無人受傷", F, at=(120.6593, 24.1830), r=(10, 40),
          status="on_scene", follows=r119, alt="R-stalled-car")
    clo = s.add("incident", "road_closure", "16:40", "經貿路二段（經貿七路至經貿路三段）雙向封閉，請改道中科路", F,
                at="jm_jm7", r=(50, 200), sev="Severe")
    s.add("rule", "congestion", "16:45", "經貿路車流壅塞，平均車速 9 km/h", F, sensor="SN-VD-JINGMAO-01", sev="Severe")
    s.add("cctv", "flooding", "16:48", "經貿路二段/黎明路三段 路面積水", F, sensor="SN-CCTV-005", confidence=0.69)
    c9 = s.add("1999", "flooding", "16:50", "會展中心旁邊經貿路跟黎明路口也淹了，公車停在路邊不敢走。", F, at="jm_liming", r=(30, 100))
    s.dup(c9, "16:53")
    s.add("rule", "water_level_falling", "17:05", "水湳區域排水經貿路水位回降至 1.70 m", F, sensor="SN-WL-003", sev="Minor")
    s.add("rule", "cleared", "17:10", "黎明路凱旋路口低窪處 淹水警戒解除", L, sensor="SN-FL-009", sev="Minor")
    s.add("rule", "congestion", "17:15", "河南路車流壅塞，平均車速 20 km/h（尖峰時段）", None, sensor="SN-VD-HENAN-01", sev="Minor")
    s.add("rule", "cleared", "17:25", "經貿路低窪處 淹水警戒解除", F, sensor="SN-FL-008", sev="Minor")
    s.add("incident", "road_reopened", "17:40", "經貿路二段積水退去，解除封閉恢復通行", F, at="jm_jm7", r=(50, 200), sev="Minor",
          follows=clo)
    s.routine(3, "15:00", "17:30", cats=["streetlight", "other", "illegal_parking"], spots=["hub", "fcu", "henan_pk"])
    s.incident(F, "flood", "經貿路低窪處起淹，積水約九十分鐘內沿經貿路由南往北擴大至黎明路口，排水達一級警戒、封路改道。", pol)
    s.incident(L, "flood", "黎明路凱旋路口低窪處水溝阻塞局部積水，與經貿路不同排水系統。", l2)
    s.alt = {"why": "The stalled car rescued out of the water on 經貿路三段 is a rescue job of its own (the fire bureau's rescue "
                    "crew, not the drainage crews), and the detention pond 3 reading belongs to the flood, as a sign that the "
                    "park's ponds are taking water from the same storm.",
             "incidents": [dict(s.incidents[0]), dict(s.incidents[1]),
                           {"label": "R-stalled-car", "type": "rescue", "description": "經貿路三段涉水熄火車輛駕駛受困救助。",
                            "sufficient_evidence_key": r119}]}
    s.description = ("午後雷陣雨，經貿路低窪處先積水，排水水位一路升到一級警戒；積水在約九十分鐘內沿經貿路由南向北蔓延，經過生態住宅、"
                     "中央公園停車場、綠美圖，最後到黎明路口，警方封路改道。同一時間黎明路凱旋路口因水溝阻塞另有小範圍積水。"
                     "中央公園滯洪池3的讀數是滯洪池正常蓄水。")
    s.notes = ("Why: one flood that moves ~1.5 km along one road over 90 minutes is one job for the water bureau and the police "
               "closure; the first and last reports are far apart in place and time but linked by the chain along 經貿路. The "
               "黎明路/凱旋路 low point is another drainage, 700 m off the road, with its own cause (leaves in the drain). Rain "
               "alerts are context, not a job. The pond filling is the pond doing its work. Opening: the police report "
               "confirming water on the road, after one sensor band and one caller.")
    s.write()


def s2053():
    s = Sit(2053, "eco_b_apartment_fire_many_callers", "2026-01-22", 2053)
    F = "F-ecoB"
    s.add("1999", "noise", "22:58", "生態住宅A區樓下有人在唱卡拉OK，很吵，請派員勸導。", None, at="eco_a", r=(30, 80))
    fa = s.add("fire_alarm", "alarm", "23:11", "水湳生態住宅 B區 集合住宅 8F 偵煙探測器動作", F, sensor="SN-FA-012")
    smoke_texts = [
        ("fire_smoke", "生態住宅B棟八樓窗戶在冒火，濃煙很大！"),
        ("fire_smoke", "我住對面，看到B區大樓中間樓層有火光。"),
        ("fire_smoke", "經貿路三段這邊聞到很重的燒焦味，看到大樓冒黑煙。"),
        ("other", "隔壁大樓好多煙，是不是失火了？"),
        ("fire_smoke", "B棟失火了，樓梯間都是煙，我們在往樓下跑。"),
        ("fire_smoke", "從陽台看到旁邊大樓有火，煙往我們這邊飄。"),
        ("fire_smoke", "生態住宅那邊火災，消防車來了沒？"),
        ("other", "我在中國醫大宿舍，看到北邊有一棟大樓在冒火。"),
        ("fire_smoke", "大樓火警警鈴一直響，八樓有濃煙。"),
        ("fire_smoke", "經貿路上看到住宅大樓起火，路邊很多人在看。"),
        ("other", "我媽住在B區十樓，電話打不通，請問火災有沒有人受傷？"),
        ("fire_smoke", "煙很大，整條經貿路三段都是煙味。"),
        ("fire_smoke", "B區集合住宅有人在窗口喊救命！"),
        ("fire_smoke", "水湳那邊新大樓失火，從中平路就看得到火光。"),
        ("other", "消防車進不去，巷口有兩台車違停擋住。"),
    ]
    a, keys = s.t("23:12"), []
    import datetime as dt
    for i in range(40):
        cat, txt = smoke_texts[i % len(smoke_texts)]
        if i >= len(smoke_texts):
            txt = txt.replace("。", "，快點派人來。") if i % 3 == 0 else txt
        when = a + dt.timedelta(seconds=int(i * 45 + s.rng.randint(0, 40)))
        if "中國醫大" in txt:
            at, r = "cmu", (20, 120)
        elif "中平路" in txt:
            at, r = "jm_zp", (50, 200)
        else:
            at, r = "eco_b", (40, 450)
        keys.append(s.add("1999", cat, when, txt, F, at=at, r=r, delay=s.rng.randint(20, 180)))
    for k in (keys[2], keys[5], keys[11], keys[19]):
        s.dup(k, s.t("23:44"))
    f119 = s.add("119", "fire", "23:14", "北屯區經貿路三段 水湳生態住宅B區 8樓住宅火警，派遣水湳、北屯分隊及救助隊", F,
                 at="eco_b", r=(5, 20))
    s.add("incident", "fire_report", "23:16", "生態住宅B區8樓火警，員警到場協助疏散住戶並管制經貿路三段", F, at="eco_b",
          r=(10, 60), sev="Severe")
    s.add("119", "fire", "23:21", "水湳分隊到達，8樓一戶陽台及客廳燃燒中，部署水線搶救", F, at="eco_b", r=(5, 20),
          status="on_scene", follows=f119)
    fa_a = s.add("fire_alarm", "alarm", "23:25", "水湳生態住宅 A區 集合住宅 1F 梯間偵煙探測器動作", F, sensor="SN-FA-011",
          alt="F-ecoA-alarm")
    s.add("incident", "road_closure", "23:30", "經貿路三段（生態住宅前）暫時封閉，供消防車輛停放作業", F, at="eco_b",
          r=(30, 120), sev="Moderate")
    s.add("119", "ambulance", "23:35", "火災現場 住戶 2 名吸入濃煙，送醫", F, at="eco_b", r=(5, 30))
    s.add("fire_alarm", "normal", "23:48", "水湳生態住宅 A區 集合住宅 火警受信總機復歸", F, sensor="SN-FA-011", alt="F-ecoA-alarm")
    s.add("119", "fire", "23:52", "火勢已撲滅，殘火處理中，搜索完畢無人受困", F, at="eco_b", r=(5, 20), status="on_scene",
          follows=f119)
    s.add("1999", "streetlight", "23:40", "中科路上路燈不亮一盞，燈桿編號XT-20417。", None, at=(120.6535, 24.1880), r=(20, 60),
          delay=300)
    s.add("status", "offline", "23:44", "中平路車輛偵測器2 通訊中斷", None, sensor="SN-VD-ZHONGPING-02", reason="comms_lost")
    s.add("status", "online", "23:47", "中平路車輛偵測器2 恢復連線", None, sensor="SN-VD-ZHONGPING-02")
    s.add("incident", "road_reopened", ("00:35", 1), "經貿路三段恢復通行", F, at="eco_b", r=(30, 120), sev="Minor")
    s.add("119", "fire", ("00:40", 1), "現場清理完畢，各分隊返隊", F, at="eco_b", r=(5, 20), status="returning", follows=f119)
    s.add("fire_alarm", "normal", ("00:45", 1), "水湳生態住宅 B區 集合住宅 火警受信總機復歸", F, sensor="SN-FA-012")
    s.incident(F, "fire", "水湳生態住宅B區8樓住宅火警，2人嗆傷送醫；四十通1999來電、鄰棟A區梯間偵煙動作皆屬同一火警。", f119)
    s.alt = {"why": "Block A's stairwell detector tripped 14 minutes after the fire next door and went back to normal; if the "
                    "fire bureau sends a crew to check block A, it is a separate check job, not part of the block B fire.",
             "incidents": [dict(s.incidents[0]),
                           {"label": "F-ecoA-alarm", "type": "fire", "description": "生態住宅A區梯間偵煙動作，疑鄰棟濃煙飄入，派員確認。",
                            "sufficient_evidence_key": fa_a}]}
    s.description = ("深夜十一點，水湳生態住宅B區八樓住宅起火。火警受信總機動作後，半小時內湧入四十通1999來電：住戶、對面鄰居、"
                     "經貿路上的路人，也有從南邊中國醫大宿舍、中平路遠遠看到火光的人，有人問家人安危、有人說巷口違停擋住消防車。"
                     "119派遣、警方封路，兩名住戶嗆傷送醫；鄰棟A區梯間偵煙器因飄入濃煙短暫動作。")
    s.notes = ("Why: every call is about the same fire, whatever the caller's position (up to ~900 m away for those who see "
               "flames from afar) and whether it is filed as fire_smoke or other. The caller asking about her mother and the "
               "one about cars blocking the fire engines are part of the fire job. The karaoke noise call before the fire, "
               "the streetlight call and the detector flap are background. Opening: 119's dispatch (with the panel and "
               "several callers before it).")
    s.write()


def s2054():
    s = Sit(2054, "concert_night_small_incidents", "2026-05-09", 2054)
    E, T, R, M, K, D = "E-concert", "S-theft", "R-faint", "R-lostchild", "C-kaixuan", "S-fight"
    pe = s.add("planned_event", "concert", "19:00", "臺中流行影音中心 戶外演唱會，預估 12,000 人，19:00-22:30", E, at="popmusic",
               r=None, arrive=("10:00", -3), ends="22:30", radius_m=500)
    s.add("rule", "congestion", "17:40", "環中路二段車流壅塞，平均車速 20 km/h（尖峰時段）", None, sensor="SN-VD-HUANZHONG-02",
          sev="Minor")
    s.add("1999", "crowding", "18:20", "影音中心外面排隊的人已經排到凱旋路上，很擠。", E, at="popmusic", r=(80, 250))
    s.add("incident", "crowd_control", "18:30", "流行影音中心入場人潮，於凱旋路側實施人車分道管制", E, at="popmusic", r=(50, 200),
          sev="Minor")
    s.add("rule", "congestion", "18:35", "凱旋路車流壅塞，平均車速 11 km/h", E, sensor="SN-VD-KAIXUAN-02", sev="Moderate")
    s.add("parking", "full", "18:40", "中央公園地下停車場(北) 車位已滿", E, sensor="SN-PK-004")
    s.add("1999", "illegal_parking", "18:50", "看演唱會的人把車停在中科路紅線上，整排都是。", E, at=(120.6535, 24.1860), r=(20, 120))
    s.routine(2, "18:00", "19:30", cats=["streetlight", "road_damage"], spots=["hub", "cmu", "reclaim"])
    th = s.add("incident", "theft", "20:10", "演唱會觀眾報案，於搖滾區手機遭竊，員警受理中", T, at="popmusic", r=(20, 150),
               sev="Minor")
    s.add("incident", "theft", "20:25", "同一區另有 2 名觀眾皮夾遭扒，疑同一嫌犯", T, at="popmusic", r=(20, 150), sev="Minor",
          follows=th)
    am = s.add("119", "ambulance", "20:45", "流行影音中心演唱會場內 女性觀眾 1 名昏倒，意識模糊，派遣救護車", R, at="popmusic",
               r=(10, 80))
    s.add("1999", "rescue", "20:44", "演唱會裡面有人昏倒了，人太多了，救護人員進不來。", R, at="popmusic", r=(20, 100))
    s.add("119", "ambulance", "20:58", "救護車到達，病患疑似中暑脫水，送醫", R, at="popmusic", r=(10, 80), status="on_scene",
          follows=am)
    s.add("1999", "noise", "21:30", "影音中心演唱會音量太大，家裡窗戶都在震，已經九點半了。", E, at="eco_a", r=(50, 200))
    s.add("1999", "noise", "21:50", "演唱會喇叭聲音很大，小孩沒辦法睡。", E, at=(120.6480, 24.1840), r=(50, 200))
    mp = s.add("incident", "missing_person", "21:55", "7 歲男童於影音中心北側入口與母親走散，身穿黃色上衣，協尋中", M,
               at="popmusic", r=(50, 150), sev="Moderate")
    s.add("incident", "missing_person", "22:20", "走失男童已於服務台尋獲，交還母親", M, at="popmusic", r=(20, 80), sev="Minor",
          follows=mp)
    s.add("incident", "crowd_control", "22:35", "演唱會散場，凱旋路、中科路口實施交通管制，引導人潮往水湳轉運中心", E,
          at="popmusic", r=(100, 300), sev="Moderate")
    s.add("rule", "congestion", "22:40", "中科路車流壅塞，平均車速 8 km/h", E, sensor="SN-VD-ZHONGKE-01", sev="Moderate")
    ca = s.add("incident", "accident", "22:45", "凱旋路二段 散場機車擦撞，無人受傷，雙方和解中", K, at=(120.6515, 24.1870),
               r=(10, 60), sev="Minor")
    s.add("1999", "traffic_accident", "22:46", "凱旋路上兩台機車撞在一起，車倒在路中間。", K, at=(120.6515, 24.1870), r=(20, 80))
    fi = s.add("incident", "public_disturbance", "22:50", "中央公園地下停車場出口 散場民眾酒後口角推擠，員警到場排解", D,
               at="park_cp", r=(20, 100), sev="Moderate", alt=E)
    s.add("1999", "other", "22:52", "公園停車場出口有一群人在打架，大聲吵鬧。", D, at="park_cp", r=(30, 120), alt=E)
    s.add("parking", "empty", "23:40", "中央公園地下停車場(北) 車位淨空", E, sensor="SN-PK-004")
    s.routine(2, "22:00", "23:30", cats=["streetlight", "other"], spots=["tower", "henan_pk"])
    s.incident(E, "planned_event", "流行影音中心戶外演唱會：入場排隊、停車場滿、周邊壅塞、噪音、散場管制。", pe)
    s.incident(T, "public_safety", "演唱會搖滾區連續扒竊案。", th)
    s.incident(R, "rescue", "場內女性觀眾昏倒，救護車送醫。", am)
    s.incident(M, "rescue", "7歲男童走失協尋，已尋獲。", mp)
    s.incident(K, "traffic", "散場機車擦撞，無人受傷。", ca)
    s.incident(D, "public_safety", "散場後停車場出口酒後鬥毆。", fi)
    s.alt = {"why": "The scuffle at the car park exit happened during the dispersal the police were already managing; a "
                    "coordinator could leave it to the crowd-control officers on site rather than open a job.",
             "incidents": [dict(x) for x in s.incidents if x["label"] != D]}
    s.description = ("週六晚上流行影音中心戶外演唱會，約一萬兩千人。入場排隊擠上凱旋路、中央公園北停車場客滿、周邊違停與壅塞，"
                     "晚上住戶抱怨音量。人潮之中另有幾件互不相干的小事：搖滾區扒竊、女觀眾昏倒送醫、男童走失後尋獲、散場時"
                     "凱旋路機車擦撞、停車場出口酒後鬥毆。")
    s.notes = ("Why: the permit explains the queue, full car park, illegal parking, slow-downs and noise: one planned-event "
               "job. Each small incident inside it needs a different responder (detectives, an ambulance, a search, a "
               "traffic officer) and is its own job even though it sits in the middle of the crowd. Opening for the event: "
               "the permit itself (it arrives days ahead).")
    s.write()


def s2055():
    s = Sit(2055, "gravel_spill_messy_delivery", "2026-09-15", 2055)
    G, S = "C-gravel", "C-signal-lmkx"
    import datetime as dt
    s.add("rule", "congestion", "07:32", "環中路車流壅塞，平均車速 22 km/h（尖峰時段）", None, sensor="SN-VD-HUANZHONG-01",
          sev="Minor")
    s.add("rule", "congestion", "07:35", "中清路車流壅塞，平均車速 19 km/h（尖峰時段）", None, sensor="SN-VD-ZHONGQING-01",
          sev="Minor")
    # signal fault buffered in the cabinet: observed 06:55, delivered an hour late
    sig = s.add("signal", "fault", "06:55", "黎明路三段/凱旋路 號誌黑燈", S, sensor="SN-SIG-007", arrive="07:56")
    c0 = s.add("1999", "traffic_signal", "07:20", "黎明凱旋路口紅綠燈全部不亮，車子亂鑽很危險。", S, at="liming_kx", r=(20, 80))
    ps = s.add("incident", "traffic_signal_fault", "07:30", "黎明路三段/凱旋路口號誌故障，派員指揮交通", S, at="liming_kx",
               r=(5, 40), sev="Moderate")
    # the camera at 中科路/環中路 runs its clock on UTC labelled local: stamps 8 h early
    cam_skew = s.add("cctv", "stalled_vehicle", s.t("07:41") - dt.timedelta(hours=8), "中科路/環中路二段 車輛停滯於外側車道",
                     G, sensor="SN-CCTV-003", confidence=0.74, arrive="07:41:25")
    cam = s.add("cctv", "fallen_object", s.t("07:42") - dt.timedelta(hours=8), "中科路/環中路二段 路面掉落物",
                G, sensor="SN-CCTV-003", confidence=0.88, arrive="07:42:20")
    c1 = s.add("1999", "fallen_object", "07:43", "環中路往中清方向，砂石車掉了一堆碎石在路上，機車一直打滑。", G, at="zk_hz",
               r=(30, 120))
    s.dup(c1, "07:52")
    s.dup(c1, "08:10")
    # police report and its follow-up: the follow-up arrives first
    p1 = s.add("incident", "fallen_object", "07:45", "環中路二段近中科路 砂石車落石散落外側兩車道，車輛已攔停", G, at="zk_hz",
               r=(10, 60), sev="Moderate", arrive="07:58:40")
    s.add("incident", "road_closure", "07:46", "環中路二段往東外側兩車道封閉，待清除碎石", G, at="zk_hz", r=(10, 80),
          sev="Moderate", follows=p1, arrive="07:47:05")
    a1 = s.add("119", "ambulance", "07:50", "環中路二段/中科路 機車騎士滑倒，右手擦傷，派遣救護車", G, at="zk_hz", r=(5, 40))
    s.dup(a1, "07:50:40")
    s.add("rule", "congestion", "07:50", "環中路車流壅塞，平均車速 9 km/h", G, sensor="SN-VD-HUANZHONG-02", sev="Severe", alt=None)
    s.add("1999", "fallen_object", "07:55", "中科路口那邊碎石很多，剛剛有人摔車了。", G, at="zk_hz", r=(50, 150))
    s.add("cctv", "signal_dark", "07:05", "黎明路三段/凱旋路 號誌黑燈", S, sensor="SN-CCTV-007", confidence=0.9, arrive="07:57")
    s.add("119", "ambulance", "08:01", "救護車到達，傷者拒絕送醫", G, at="zk_hz", r=(5, 40), status="on_scene", follows=a1)
    s.add("1999", "traffic_signal", "08:05", "剛剛打過了，黎明路凱旋路口紅綠燈還是沒亮，到現在還沒人來修。", S, at="liming_kx",
          r=(20, 100), follows=c0)
    s.routine(4, "07:30", "08:40", cats=["illegal_parking", "streetlight", "road_damage"], spots=["hub", "fcu", "cmu", "eco_a"])
    bg = s.lines[-1]["key"]
    s.dup(bg, "08:45")
    s.add("incident", "road_reopened", "08:35", "環中路二段碎石清除完畢，恢復通行", G, at="zk_hz", r=(10, 80), sev="Minor",
          follows=p1)
    s.add("signal", "restored", "08:40", "黎明路三段/凱旋路 號誌恢復正常", S, sensor="SN-SIG-007")
    s.add("incident", "other", "08:50", "黎明凱旋路口號誌修復，撤除指揮人力", S, at="liming_kx", r=(5, 40), sev="Minor",
          follows=ps)
    s.incident(G, "traffic", "環中路二段近中科路砂石車落石，機車滑倒一人輕傷，外側車道封閉至清除完畢。", c1)
    s.incident(S, "traffic", "黎明路三段/凱旋路口號誌黑燈，警方指揮交通至修復。", ps)
    s.alt = {"why": "The slow-down at 環中路 detector 2 at 07:50 is in the morning rush; it may be the rush alone, not the "
                    "spill's queue (the detector is 250 m upstream of the spill).",
             "incidents": [dict(x) for x in s.incidents]}
    s.description = ("上班尖峰，砂石車在環中路二段近中科路口掉落碎石，機車騎士滑倒；同時黎明路三段/凱旋路口號誌黑燈。資料很亂："
                     "路口號誌控制箱的故障訊息緩衝一小時才送到；中科路口攝影機時鐘錯置，時間戳早了八小時；警察的封路後續報告"
                     "比原始報告早到；1999與119同一案件重複送達三次與兩次；民眾再次來電催修號誌。")
    s.notes = ("Why: two traffic jobs, each at its own junction ~500 m apart. The feed problems must not split or merge them: "
               "the camera's stamps (8 h early) are the spill's, the closure arriving before the report it follows is the "
               "spill's, the signal fault stamped 06:55 but received at 07:56 is the dark junction's, and the repeated keys "
               "are one piece of evidence each. Opening: the first citizen call about gravel with people slipping (the "
               "camera's fallen-object flag came just before it, with a wrong stamp) and, for the signal, the police report "
               "that they are directing traffic.")
    s.write()


def s2056():
    s = Sit(2056, "park_south_cabinet_power_cut", "2026-08-05", 2056)
    G = "I-GW-CPS-01"
    s.add("status", "offline", "01:50", "中央公園滯洪池2 通訊中斷", None, sensor="SN-FL-002", reason="comms_lost")
    s.add("status", "online", "01:58", "中央公園滯洪池2 恢復連線", None, sensor="SN-FL-002")
    s.add("1999", "noise", "02:05", "中央公園南邊有人在飆車，排氣管很吵。", None, at=(120.6540, 24.1790), r=(50, 200))
    first = None
    for i, sid in enumerate(["SN-FL-004", "SN-FL-003", "SN-FL-005", "SN-PK-005"]):
        k = s.add("status", "offline", "02:11:%02d" % (5 + i * 7), "%s 市電中斷，備用電池耗盡" % SENSORS[sid]["properties"]["name"], G, sensor=sid,
                  reason="mains_power_lost")
        first = first or k
    s.add("status", "offline", "02:11:50", "中央公園南滯洪池水位 連線中斷（遺言訊息）", G, sensor="SN-WL-002")  # last will
    keys = []
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002"]):
        keys.append(s.add("rule", "sensor_offline", "02:21:%02d" % (10 + i * 9), "%s 超過 10 分鐘未回傳資料" % SENSORS[sid]["properties"]["name"], G,
                          sensor=sid, sev="Minor"))
    s.dup(keys[1], "02:24")
    sl = s.add("1999", "streetlight", "02:30", "中央公園南段步道的路燈整排都不亮，一片漆黑，很危險。", G, at=(120.6560, 24.1785),
               r=(30, 150), alt="I-park-lights")
    s.add("status", "offline", "02:40", "臺灣大道/環中路 路口監視器 設備故障", None, sensor="SN-CCTV-009", reason="device_fault")
    s.add("1999", "streetlight", "02:46", "公園靠河南路那邊的燈全暗，剛剛還有亮。", G, at=(120.6556, 24.1765), r=(30, 120),
          alt="I-park-lights")
    pol = s.add("incident", "other", "02:55", "巡邏發現中央公園南側設備箱門遭撬開，箱內電纜疑遭剪斷竊取，通報台電及建設局", G,
                at=(120.6562, 24.1790), r=(10, 60), sev="Moderate", alt="S-cable-theft")
    s.add("rule", "sensor_offline", "03:10", "中央公園地下停車場(南) 超過 30 分鐘未回傳資料", G, sensor="SN-PK-005", sev="Minor")
    s.routine(2, "03:00", "05:00", cats=["streetlight", "other"], spots=["hub", "liming_kx"])
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        s.add("status", "online", "05:42:%02d" % (i * 6), "%s 恢復連線" % SENSORS[sid]["properties"]["name"], G, sensor=sid)
    s.add("status", "online", "06:15", "臺灣大道/環中路 路口監視器 恢復連線", None, sensor="SN-CCTV-009")
    s.add("rule", "congestion", "07:35", "河南路車流壅塞，平均車速 21 km/h（尖峰時段）", None, sensor="SN-VD-HENAN-01",
          sev="Minor")
    s.incident(G, "infrastructure", "中央公園南側設備箱（GW-CPS-01）斷電：南區三座滯洪池淹水計、南池水位計、南停車場同時離線，"
               "南段步道路燈全暗，巡邏發現箱內電纜遭竊。", first)
    s.alt = {"why": "The streetlights are the construction bureau's circuit, not necessarily the sensor cabinet's feed, and "
                    "the cut cable is a theft case for the police: a coordinator could open three jobs (sensor cabinet, "
                    "streetlights, cable theft) instead of one.",
             "incidents": [dict(s.incidents[0]),
                           {"label": "I-park-lights", "type": "infrastructure", "description": "中央公園南段路燈整排不亮。",
                            "sufficient_evidence_key": sl},
                           {"label": "S-cable-theft", "type": "public_safety", "description": "中央公園南側設備箱電纜遭竊。",
                            "sufficient_evidence_key": pol}]}
    s.description = ("凌晨兩點，中央公園南側設備箱斷電：南區三座滯洪池淹水計、南池水位計（最後遺言，無原因）與南停車場在一分鐘內"
                     "先後離線，十分鐘後離線警報陸續產生。民眾通報南段步道路燈整排全暗，巡邏員警發現設備箱門被撬開、電纜遭剪。"
                     "清晨五點四十分復電後全部恢復。同一晚北區淹水計短暫斷線又恢復、臺灣大道路口攝影機單獨故障，都是無關雜訊。")
    s.notes = ("Why: one cause, one cabinet, one repair crew: every device of GW-CPS-01 failing within a minute is one job, "
               "and the dark path and the forced cabinet explain it. The north cabinet's 8-minute flap before it, and the "
               "Taiwan Blvd camera's own fault (2 km away, another cabinet), are not part of it. Opening: the first "
               "mains_power_lost status (with the others following within a minute; at the first one alone a coordinator "
               "already knows the cabinet lost power).")
    s.write()


if __name__ == "__main__":
    for f in (s2051, s2052, s2053, s2054, s2055, s2056):
        f()
