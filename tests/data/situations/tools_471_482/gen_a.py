"""Situations 471-476 (seeded, stable output)."""
from lib import Situation, sensor_pos, road_pt, offset

ALT = "truth_alt_"


def s471():
    s = Situation(471, "eco_kitchen_fire_and_jingmao_crash", "2026-03-14 18:05", 4711)
    fa = sensor_pos("SN-FA-011")
    crash = (120.65975, 24.18095)  # 經貿路三段 / 敦化路一段 附近
    a = s.add("fa011-alarm", "fire_alarm", "alarm", 0, "fire_A", "水湳生態住宅A區 7F 住戶廚房 偵煙探測器動作", sensor="SN-FA-011")
    s.dup(a, 41)
    s.c1999("c01", "fire_smoke", 1.5, "fire_A", "經貿路三段那棟新大樓七樓有一戶在冒黑煙，好像廚房燒起來了", s.scatter(*fa, 40, 120))
    d = s.f119("d119-fire", "fire", 2.0, "fire_A", "經貿路三段 集合住宅7樓 廚房火警，派遣水湳分隊水箱車、雲梯車", fa)
    c3 = s.c1999("c02", "fire_smoke", 2.6, "fire_A", "我住對面，看到窗戶有火光跟煙，請快點派消防車", s.scatter(*fa, 80, 180))
    s.dup(c3, 95)
    s.c1999("c03", "fire_smoke", 3.4, "fire_A", "A區大樓警報一直響，走廊有煙味，我們要不要下樓", s.scatter(*fa, 5, 40))
    s.police("p-fire", "fire_report", 4.0, "fire_A", "經貿路三段集合住宅火警，派員協助疏散及交管", offset(*fa, 20, -15), "Moderate")
    # second incident, 350 m south, unrelated scooter crash
    s.c1999("c04", "traffic_accident", 6.2, "crash_B", "經貿路跟敦化路口有車禍，有一個騎機車的倒在地上", s.scatter(*crash, 20, 70))
    pc = s.police("p-crash", "injury_accident", 6.0, "crash_B", "經貿路三段與敦化路一段口 機車與自小客擦撞，機車騎士倒地右腳受傷", crash, "Moderate", delay_s=200)
    a119 = s.f119("d119-ems", "ambulance", 7.0, "crash_B", "經貿路三段敦化路口 車禍 1人受傷 意識清楚", offset(*crash, 10, 5))
    s.cong("vd-jm02", "SN-VD-JINGMAO-02", 8.0, "fire_A", 18, **{ALT: None})
    s.f119("d119-fire-on", "fire", 10.0, "fire_A", "到達現場 7樓廚房油鍋起火 火勢已控制 無人受困", fa, follows=d["key"])
    s.c1999("c05", "other", 11.0, "fire_A", "經貿路那邊怎麼停了好多消防車，發生什麼事", s.scatter(*fa, 100, 250))
    s.f119("d119-ems-ret", "ambulance", 19.0, "crash_B", "傷患1名送中國醫藥大學附設醫院", offset(*crash, 10, 5), follows=a119["key"])
    s.police("p-crash-2", "injury_accident", 24.0, "crash_B", "傷者已送醫，車輛移置路旁，現場排除", crash, "Minor", follows=pc["key"])
    s.f119("d119-fire-out", "fire", 26.0, "fire_A", "火勢撲滅 排煙完畢 住戶返回 本案結束", fa, follows=d["key"])
    s.add("fa011-normal", "fire_alarm", "normal", 33.0, "fire_A", "水湳生態住宅A區 火警受信總機 復歸", sensor="SN-FA-011")
    # background
    s.c1999("b-park", "illegal_parking", 1.0, None, "中科路公園旁邊紅線一整排違停，車子都過不去", road_pt("zhongke", 0.7))
    s.cong("b-vd-hz02", "SN-VD-HUANZHONG-02", 3.0, None, 22, sev="Minor")
    s.add("b-fa009", "fire_alarm", "fault", 5.0, None, "逢甲大學水湳校區 受信總機 預備電源電壓不足", sensor="SN-FA-009")
    s.add("b-pk004", "parking", "full", 9.0, None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.c1999("b-light", "streetlight", 13.0, None, "河南路停車場旁邊那支路燈一閃一閃的，編號看不清楚", road_pt("henan", 0.9))
    s.c1999("b-noise", "noise", 30.0, None, "黎明路三段有一家在裝潢，晚上還在敲敲打打", road_pt("liming", 0.4))
    s.cong("b-vd-kx01", "SN-VD-KAIXUAN-01", 15.0, None, 25, sev="Minor")
    return s.write(
        "週六晚餐時間，水湳生態住宅A區一戶廚房油鍋起火（受信總機、119、三通1999、警方協助）；同時在南方約350公尺的經貿路三段與敦化路口發生機車與自小客擦撞，一人受傷送醫。兩件同時、同一條路、彼此無關。",
        [{"label": "fire_A", "type": "fire", "description": "生態住宅A區7樓廚房火警，已撲滅", "sufficient_evidence_key": "c01"},
         {"label": "crash_B", "type": "traffic", "description": "經貿路三段敦化路口 機車自小客擦撞，1人受傷", "sufficient_evidence_key": "c04"}],
        {"why": "經貿路車輛偵測器2的壅塞在週六晚間也可能只是一般車流，不一定是消防車停在路上造成。",
         "incidents": [{"label": "fire_A", "type": "fire", "description": "生態住宅A區7樓廚房火警", "sufficient_evidence_key": "c01"},
                       {"label": "crash_B", "type": "traffic", "description": "經貿路三段敦化路口 機車自小客擦撞", "sufficient_evidence_key": "c04"}]})


def s472():
    s = Situation(472, "henan_road_flood_creeping_southwest", "2026-06-08 15:10", 4722)
    fl7 = sensor_pos("SN-FL-007")
    s.rain("b-rain1", "C0F9T0", 0, "大雨", None, "西屯站 時雨量 46 mm，達大雨標準")
    s.rain("b-rain2", "SN-RG-001", 5, "大雨", None, "中央公園雨量站 時雨量 52 mm")
    s.flood("fl7-a", "SN-FL-007", 8, "1-15", "flood")
    s.c1999("c01", "blocked_drain", 14, "flood", "河南路停車場旁邊的水溝蓋一直往上冒水，排不掉", s.scatter(*fl7, 20, 80))
    k = s.flood("fl7-b", "SN-FL-007", 20, "16-30", "flood")
    s.dup(k, 300)  # re-published after a broker reconnect
    s.c1999("c02", "flooding", 22, "flood", "河南路二段靠停車場這邊積水快到小腿了，機車騎不過去", s.scatter(*fl7, 30, 120))
    s.wl("wl2-3", "SN-WL-002", 25, "3", "flood")
    s.cctv("cc10-fl", "SN-CCTV-010", 30, "flooding", 0.71, "flood", "路口東北側路面積水", pos=offset(*sensor_pos("SN-CCTV-010"), 40, 35))
    p1 = s.police("p-fl1", "flooding_report", 35, "flood", "河南路與中平路口積水約20公分，有機車熄火，請派員", road_pt("henan", 0.92), "Moderate")
    s.cong("vd-hn02", "SN-VD-HENAN-02", 38, "flood", 14)
    s.flood("fl7-c", "SN-FL-007", 42, ">30", "flood")
    for i, (f, txt) in enumerate([
        (0.80, "河南路這邊整段都淹水，水一直往中平路那邊流"),
        (0.70, "我在河南路二段，店門口水已經淹進來了，沙包不夠"),
        (0.62, "河南路往文心路方向也開始積水了，車子開過去會濺起來"),
    ]):
        s.c1999("c1%d" % i, "flooding", 45 + i * 3, "flood", txt, s.scatter(*road_pt("henan", f), 10, 60))
    sv = s.police("p-stall", "stalled_vehicle", 50, "flood", "河南路二段 自小客車涉水熄火，駕駛已自行脫困，車輛待拖吊", road_pt("henan", 0.55), "Moderate")
    r = s.f119("d119-res", "rescue", 52, "flood", "河南路 車輛泡水 駕駛1名已脫困 現場警戒", road_pt("henan", 0.55))
    s.dup(r, 22)
    cl = s.police("p-close", "road_closure", 55, "flood", "河南路(中平路至文心路段)雙向暫時封閉，車輛改道", road_pt("henan", 0.6), "Moderate", follows=p1["key"])
    s.cong("vd-hn01", "SN-VD-HENAN-01", 60, "flood", 9, sev="Severe")
    s.c1999("c20", "flooding", 65, "flood", "河南路靠近中平路那邊整條都是水，公車都停在那邊不動", s.scatter(*sensor_pos("SN-VD-HENAN-01"), 30, 150))
    s.flood("fl5-a", "SN-FL-005", 70, "1-15", "flood")
    s.cctv("cc10-sv", "SN-CCTV-010", 75, "stalled_vehicle", 0.66, "flood", "路口西南側車輛停滯", pos=offset(*sensor_pos("SN-CCTV-010"), -45, -30))
    late = s.c1999("c21", "flooding", 62, "flood", "河南路跟中平路口的紅綠燈下面水很深，剛剛有一台機車倒在水裡", s.scatter(*sensor_pos("SN-CCTV-010"), 10, 60), delay_s=900)
    s.c1999("c22", "flooding", 85, "flood", "中平路靠河南路那段也淹了，水從河南路那邊流過來", s.scatter(*road_pt("zhongping", 0.15), 10, 80))
    s.rain("b-rain3", "C0F9T0", 40, "豪雨", None, "西屯站 3小時累積雨量 108 mm，達豪雨標準")
    s.police("p-fl2", "flooding_report", 96, "flood", "雨勢減緩，河南路積水開始消退，封閉路段維持", road_pt("henan", 0.7), "Minor", follows=cl["key"])
    # second incident: fallen tree on 中科路
    tree = road_pt("zhongke", 0.72)
    s.c1999("t01", "fallen_tree", 33, "tree_B", "中科路靠公園那邊有一棵路樹被風雨吹倒，擋住外側一個車道", s.scatter(*tree, 10, 50))
    s.police("p-tree", "fallen_object", 38, "tree_B", "中科路往環中路方向 路樹倒塌佔用外側車道，已放置警示", tree, "Moderate")
    s.cong("vd-zk01", "SN-VD-ZHONGKE-01", 44, "tree_B", 19, **{ALT: None})
    # background
    s.c1999("b-park", "illegal_parking", 15, None, "經貿路二段轉運站前面有車子併排停車", road_pt("jingmao", 0.12))
    s.add("b-fa008", "fire_alarm", "fault", 28, None, "水湳水資源回收中心 受信總機 迴路異常", sensor="SN-FA-008")
    s.c1999("b-road", "road_damage", 58, None, "黎明路三段有一個坑洞，下雨看不到很危險", road_pt("liming", 0.55))
    return s.write(
        "梅雨鋒面午後大雨，河南路低窪處先積水，約90分鐘內沿河南路向西南蔓延到中平路口與河南路車輛偵測器1一帶，有車輛涉水熄火、封路；同時中科路一棵路樹倒塌佔用車道。",
        [{"label": "flood", "type": "flood", "description": "河南路低窪處起沿河南路至中平路口積淹水，封路", "sufficient_evidence_key": "fl7-b"},
         {"label": "tree_B", "type": "traffic", "description": "中科路路樹倒塌佔用車道", "sufficient_evidence_key": "t01"}],
        {"why": "中科路車輛偵測器的壅塞也可能是大雨中的一般慢行，而不是路樹造成。",
         "incidents": [{"label": "flood", "type": "flood", "description": "河南路沿線積淹水", "sufficient_evidence_key": "fl7-b"},
                       {"label": "tree_B", "type": "traffic", "description": "中科路路樹倒塌", "sufficient_evidence_key": "t01"}]})


CALLS_473 = [
    ("fire_smoke", "流行影音中心後面在冒很大的煙，黑色的"),
    ("fire_smoke", "凱旋路這邊看到有火光，好像是影音中心那棟"),
    ("fire_smoke", "我在黎明路，看到南邊一大片濃煙，不知道哪裡燒起來"),
    ("fire_smoke", "中央公園西邊那棟大建築物失火了，快點來"),
    ("other", "煙飄到我們家這邊，味道很嗆，是不是哪裡火災"),
    ("fire_smoke", "影音中心那邊燒起來了，有聽到爆炸聲"),
    ("fire_smoke", "逢甲水湳校區這邊看到旁邊建築冒煙"),
    ("fire_smoke", "凱旋路上都是煙，車子開過去看不到"),
    ("fire_smoke", "流行音樂中心失火，請派消防車"),
    ("other", "剛剛打過了，影音中心那邊還在冒煙，消防車到了沒"),
    ("fire_smoke", "中科路這邊聞到很重的燒焦味，看到西邊有煙"),
    ("fire_smoke", "公園旁邊那個很大的表演場館冒煙"),
    ("fire_smoke", "從我家陽台看過去有火，在凱旋路那邊"),
    ("fire_smoke", "影音中心後台那邊燒起來了，有人在跑出來"),
    ("other", "請問凱旋路那邊的煙是怎麼回事，要不要關窗"),
    ("fire_smoke", "黑煙很大，好像是流行影音中心的倉庫"),
    ("fire_smoke", "中央公園這邊都是煙味，小孩在咳嗽"),
    ("fire_smoke", "凱旋路跟敦化路那附近失火"),
    ("fire_smoke", "我是路過的，影音中心屋頂有煙冒出來"),
    ("fire_smoke", "那棟鐵皮造型的大樓在冒煙，靠中科路那邊"),
    ("other", "煙很大飄過來，我們社區要不要撤"),
    ("fire_smoke", "流行影音中心火災，消防車好像還沒到"),
    ("fire_smoke", "看到有火從建築物後面冒出來"),
    ("fire_smoke", "影音中心那邊濃煙，附近很多人在拍照擋路"),
    ("fire_smoke", "凱旋路四段火災"),
    ("fire_smoke", "逢甲那邊過來的路上看到一大團黑煙"),
    ("other", "消防車一直開過去，是哪裡燒起來"),
    ("fire_smoke", "黎明路凱旋路口往南看整片煙"),
    ("fire_smoke", "影音中心起火，已經有消防車在灑水了"),
    ("other", "煙還是很大，我家窗戶關了還是聞得到"),
    ("fire_smoke", "流行影音中心後面還在燒嗎，看到煙變白色了"),
    ("fire_smoke", "凱旋路那邊冒煙冒很久了"),
    ("other", "想問一下影音中心的火滅了沒，我們在附近要不要離開"),
    ("fire_smoke", "中央公園西側步道旁的建築有煙"),
    ("fire_smoke", "那邊燒焦味很重，好像是塑膠燒起來的味道"),
    ("other", "剛剛那個火災是不是在流行影音中心？"),
]


def s473():
    s = Situation(473, "pop_music_center_fire_1999_burst", "2026-01-22 20:40", 4733)
    fa = sensor_pos("SN-FA-006")
    a = s.add("fa006-alarm", "fire_alarm", "alarm", 0, "fire", "臺中流行影音中心 B1 後台倉庫 偵煙探測器動作", sensor="SN-FA-006")
    s.add("fa006-alarm2", "fire_alarm", "alarm", 1.5, "fire", "臺中流行影音中心 1F 卸貨區 差動式探測器動作", sensor="SN-FA-006")
    first = None
    wrong_places = {3: road_pt("liming", 0.35), 6: sensor_pos("SN-FA-009"), 16: sensor_pos("SN-FL-003"),
                    25: road_pt("liming", 0.12), 27: sensor_pos("SN-CCTV-007")}
    for i, (cat, txt) in enumerate(CALLS_473):
        at = 1.0 + i * 0.62 + s.rng.uniform(0, 0.5)
        pos = wrong_places.get(i) or s.scatter(*fa, 40, 520)
        it = s.c1999("c%02d" % i, cat, at, "fire", txt, pos)
        if first is None:
            first = it
        if i in (4, 11, 19, 30):
            s.dup(it, s.rng.randint(20, 240))
    d = s.f119("d119", "fire", 2.5, "fire", "西屯區 臺中流行影音中心 建築物火災 出動水湳、西屯分隊 水箱車3 雲梯車1 救護車1", fa)
    s.f119("d119-on", "fire", 9.0, "fire", "到達現場 後台倉庫起火 濃煙大 人員已疏散", fa, follows=d["key"])
    s.police("p-fire", "fire_report", 5.0, "fire", "流行影音中心火警，派員到場協助交管、疏散圍觀民眾", offset(*fa, -30, 10), "Severe")
    pc = s.police("p-close", "road_closure", 12.0, "fire", "凱旋路(黎明路至敦化路)因火警搶救暫時封閉", road_pt("kaixuan", 0.72), "Moderate")
    s.cong("vd-kx02", "SN-VD-KAIXUAN-02", 13.0, "fire", 11)
    s.cong("vd-zk01", "SN-VD-ZHONGKE-01", 16.0, "fire", 17, **{ALT: None})
    s.f119("d119-ctrl", "fire", 31.0, "fire", "火勢控制 殘火處理中 無人員傷亡", fa, follows=d["key"])
    s.c1999("c-drift", "other", 15.0, "fire", "中央公園南邊這邊聞到煙味，是不是有人在烤肉", s.scatter(*sensor_pos("SN-FL-005"), 0, 80), **{ALT: None})
    s.police("p-open", "road_closure", 58.0, "fire", "凱旋路恢復通行", road_pt("kaixuan", 0.72), "Minor", follows=pc["key"])
    s.add("fa006-normal", "fire_alarm", "normal", 62.0, "fire", "臺中流行影音中心 受信總機 復歸", sensor="SN-FA-006")
    # background
    s.c1999("b-burn", "環境公害", -12.0, None, "河南路旁邊空地有人在燒垃圾，味道很臭", s.scatter(*road_pt("henan", 0.3), 20, 100))
    s.c1999("b-noise", "noise", 4.0, None, "黎明路三段樓下KTV很吵", road_pt("liming", 0.5))
    s.add("b-fa010", "fire_alarm", "fault", 20.0, None, "中國醫藥大學水湳校區 受信總機 接地異常", sensor="SN-FA-010")
    s.c1999("b-park", "illegal_parking", 26.0, None, "河南路停車場出口被一台車擋住", sensor_pos("SN-PK-003"))
    s.c1999("b-light", "streetlight", 40.0, None, "經貿路二段有一支路燈不亮", road_pt("jingmao", 0.2))
    return s.write(
        "冬夜，臺中流行影音中心後台倉庫起火，濃煙往南飄。受信總機兩次動作、119出動、警方封閉凱旋路；約25分鐘內湧入三十多通1999電話，多數在場館周邊，也有報錯地點（黎明路、逢甲、中央公園）、重複來電與詢問。",
        [{"label": "fire", "type": "fire", "description": "臺中流行影音中心 後台倉庫火災，凱旋路封閉", "sufficient_evidence_key": first["key"][4:]}],
        {"why": "中央公園南端那通聞到煙味的電話可能是真的有人烤肉，不一定是火場飄來的煙；中科路偵測器的壅塞也可能是晚間一般車流。",
         "incidents": [{"label": "fire", "type": "fire", "description": "臺中流行影音中心 後台倉庫火災", "sufficient_evidence_key": first["key"][4:]}]})


def s474():
    s = Situation(474, "park_concert_evening_small_incidents", "2026-05-23 17:30", 4744)
    stage = (120.6562, 24.1872)
    s.permit("permit", "concert", 60, 270, -5 * 86400, "crowd_C",
             "中央公園草地音樂會 18:30-22:00 預估人潮 15,000 人，經貿路、中科路周邊交通管制", stage, severity="Unknown")
    s.cong("b-vd-hz02", "SN-VD-HUANZHONG-02", 15, None, 21, sev="Minor")
    s.cong("vd-zk01", "SN-VD-ZHONGKE-01", 50, "crowd_C", 16)
    s.add("pk004", "parking", "full", 55, "crowd_C", "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.add("pk005", "parking", "full", 68, "crowd_C", "中央公園地下停車場(南) 汽車位已滿", sensor="SN-PK-005")
    s.add("pk006", "parking", "full", 75, "crowd_C", "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    s.c1999("c-park1", "illegal_parking", 80, "crowd_C", "中科路公園旁邊都是來聽演唱會的違停，紅線停滿", s.scatter(*road_pt("zhongke", 0.78), 10, 80), **{ALT: None})
    s.c1999("c-park2", "illegal_parking", 96, "crowd_C", "經貿路三段我家車庫門口被擋住了，一定是去聽音樂會的", s.scatter(*sensor_pos("SN-VD-JINGMAO-02"), 20, 120), **{ALT: None})
    # signal fault, 500 m north
    sig = s.add("sig6-fault", "signal", "fault", 95, "signal_S", "號誌控制器 燈號異常 閃爍", sensor="SN-SIG-006")
    s.c1999("c-sig", "traffic_signal", 99, "signal_S", "經貿路跟經貿七路口紅綠燈一直閃黃燈，車子亂開", s.scatter(*sensor_pos("SN-SIG-006"), 10, 40))
    s.add("sig6-ok", "signal", "restored", 141, "signal_S", "號誌控制器 恢復正常", sensor="SN-SIG-006", follows=sig["key"])
    # theft at the concert
    s.police("p-theft", "theft", 130, "theft_T", "中央公園音樂會場 民眾報案手機遭竊，製作筆錄中", s.scatter(*stage, 20, 90), "Minor", **{ALT: "crowd_C"})
    # fainting
    e = s.f119("d119-ems", "ambulance", 165, "ems_R", "中央公園 音樂會場 女子昏倒 意識不清", s.scatter(*stage, 10, 60), **{ALT: "crowd_C"})
    s.f119("d119-ems2", "ambulance", 184, "ems_R", "患者送中國醫藥大學附設醫院", (e["lon"], e["lat"]), follows=e["key"], **{ALT: "crowd_C"})
    # crash far north
    cr = (120.6569, 24.19875)
    s.police("p-crash", "accident", 220, "crash_X", "環中路往中清路方向 自小客追撞 無人受傷 佔用內側車道", cr, "Minor")
    s.cctv("cc8-sv", "SN-CCTV-008", 219, "stalled_vehicle", 0.74, "crash_X", "路口西側車道車輛停滯", pos=offset(*cr, 5, -5))
    s.police("p-crash2", "accident", 248, "crash_X", "雙方車輛已移置，現場排除", cr, "Minor", follows="p-crash")
    # crowd exit
    s.police("p-crowd", "crowd_control", 270, "crowd_C", "音樂會散場，經貿路、中科路人潮管制，請轉運站加開接駁", s.scatter(*stage, 100, 200), "Moderate")
    s.cctv("cc6-crowd", "SN-CCTV-006", 274, "crowding", 0.83, "crowd_C", "行人大量往北移動", motion="moving")
    s.cong("vd-jm02", "SN-VD-JINGMAO-02", 278, "crowd_C", 12)
    s.cctv("cc5-crowd", "SN-CCTV-005", 286, "crowding", 0.77, "crowd_C", "轉運站方向人群聚集", motion="standing")
    s.c1999("c-noise", "noise", 305, "crowd_C", "音樂會結束了還有一群人在公園大聲喧嘩放音樂", s.scatter(*stage, 150, 300), **{ALT: None})
    # background
    s.c1999("b-light", "streetlight", 140, None, "河南路停車場旁邊那支路燈不亮", road_pt("henan", 0.95))
    s.add("b-fa004", "fire_alarm", "fault", 200, None, "臺中綠美圖 受信總機 偵煙探測器迴路斷線", sensor="SN-FA-004")
    s.c1999("b-dog", "動物救援", 160, None, "黎明路有一隻狗被車撞到躺在路邊", road_pt("liming", 0.3))
    s.cong("b-vd-zq02", "SN-VD-ZHONGQING-02", 30, None, 23, sev="Minor")
    return s.write(
        "週六晚上中央公園草地音樂會（許可五天前送達）：周邊停車場客滿、違停、進退場車流與人潮；同一晚另有幾件小事：經貿七路口號誌閃爍、會場手機失竊、觀眾昏倒送醫、環中路近中清路追撞，另加一般背景案件。",
        [{"label": "crowd_C", "type": "crowd", "description": "中央公園音樂會 人潮、停車與散場管制", "sufficient_evidence_key": "permit"},
         {"label": "signal_S", "type": "traffic", "description": "經貿路/經貿七路 號誌閃爍故障", "sufficient_evidence_key": "sig6-fault"},
         {"label": "theft_T", "type": "public_safety", "description": "音樂會場手機失竊", "sufficient_evidence_key": "p-theft"},
         {"label": "ems_R", "type": "rescue", "description": "音樂會場女子昏倒送醫", "sufficient_evidence_key": "d119-ems"},
         {"label": "crash_X", "type": "traffic", "description": "環中路近中清路 自小客追撞", "sufficient_evidence_key": "p-crash"}],
        {"why": "活動的現場指揮可以把場內的失竊與昏倒當成活動安全的一部分處理；違停與散場後喧嘩則可視為例行案件，不屬活動。",
         "incidents": [{"label": "crowd_C", "type": "crowd", "description": "中央公園音樂會（含場內失竊、昏倒）", "sufficient_evidence_key": "permit"},
                       {"label": "signal_S", "type": "traffic", "description": "經貿七路口號誌故障", "sufficient_evidence_key": "sig6-fault"},
                       {"label": "crash_X", "type": "traffic", "description": "環中路追撞", "sufficient_evidence_key": "p-crash"}]})


def s475():
    s = Situation(475, "huanzhong_kaixuan_crash_skewed_and_late", "2026-09-10 07:40", 4755)
    crash = (120.64785, 24.19648)
    sig1 = sensor_pos("SN-SIG-001")
    # signal fault at 台74線/環中路, controller clock 6m40s slow, events held and delivered late in a batch
    f = s.add("sig1-fault", "signal", "fault", 0, "signal_L", "號誌控制器 通訊中斷後補傳：燈號全暗", sensor="SN-SIG-001",
              obs_skew_s=-400, delay_s=25 * 60, **{ALT: "crash_K"})
    s.c1999("c-sig", "traffic_signal", 6, "signal_L", "台74下來接環中路那個路口紅綠燈都沒亮，大家在搶", s.scatter(*sig1, 10, 50), **{ALT: "crash_K"})
    s.police("p-sig", "traffic_signal_fault", 11, "signal_L", "台74線環中路二段口號誌全暗，派員指揮交通", sig1, "Moderate", **{ALT: "crash_K"})
    s.add("sig1-ok", "signal", "restored", 38, "signal_L", "號誌控制器 恢復正常", sensor="SN-SIG-001", obs_skew_s=-400, delay_s=8, follows=f["key"], **{ALT: "crash_K"})
    # crash at 凱旋路/環中路 ~90 m away, a separate job
    s.cctv("cc2-acc", "SN-CCTV-002", 14, "accident", 0.82, "crash_K", "路口內兩車碰撞", pos=crash, obs_skew_s=-540)
    s.cctv("cc2-sv", "SN-CCTV-002", 15, "stalled_vehicle", 0.9, "crash_K", "路口內車輛停滯佔用2車道", pos=crash, obs_skew_s=-540)
    c = s.c1999("c-acc", "traffic_accident", 15.5, "crash_K", "環中路凱旋路口三台車撞在一起，有人受傷", s.scatter(*crash, 15, 60))
    s.dup(c, 70)
    s.dup(c, 410)
    orig = s.police("p-acc", "injury_accident", 16, "crash_K", "環中路二段與凱旋路口 自小客3車連環碰撞 1人頭部擦傷 號誌運作正常", crash, "Moderate", delay_s=14 * 60)
    s.police("p-acc-2", "injury_accident", 24, "crash_K", "續報：傷者由救護車送醫，內側2車道仍封閉，等候拖吊", crash, "Moderate", follows=orig["key"], delay_s=90)
    e = s.f119("d119-ems", "ambulance", 17, "crash_K", "環中路凱旋路口 車禍 1人頭部受傷", offset(*crash, 8, -6))
    s.f119("d119-ems2", "ambulance", 31, "crash_K", "傷患送澄清醫院", offset(*crash, 8, -6), follows=e["key"], delay_s=300)
    s.cong("vd-kx01", "SN-VD-KAIXUAN-01", 20, "crash_K", 9, sev="Severe", **{ALT: None})
    s.cong("vd-hz02", "SN-VD-HUANZHONG-02", 21, "crash_K", 13, **{ALT: None})
    s.police("p-acc-3", "injury_accident", 52, "crash_K", "拖吊完成，車道全數恢復", crash, "Minor", follows=orig["key"])
    # background: rush hour, device flap, routine
    s.cong("b-vd-lm01", "SN-VD-LIMING-01", 5, None, 24, sev="Minor")
    s.cong("b-vd-zq01", "SN-VD-ZHONGQING-01", 9, None, 22, sev="Minor")
    s.status("b-cc5-off", "SN-CCTV-005", 26, "offline", None, reason="comms_lost")
    s.status("b-cc5-on", "SN-CCTV-005", 29, "online", None)
    s.c1999("b-park", "illegal_parking", 12, None, "泰安國小前面家長臨停擋住公車站", s.scatter(*road_pt("huanzhong", 0.2), 10, 80))
    s.c1999("b-road", "road_damage", 33, None, "黎明路三段機車道有坑洞，差點摔車", road_pt("liming", 0.6))
    s.c1999("b-other", "other", 44, None, "想問水湳轉運站的公車時刻表哪裡查", sensor_pos("SN-PK-001"))
    return s.write(
        "週四早上尖峰：台74線/環中路口號誌全暗（控制器時鐘慢6分40秒，離線期間事件在25分鐘後才補傳）；約90公尺外的環中路/凱旋路口7:54發生三車連環碰撞，一人受傷。監視器時鐘慢9分鐘，警方初報晚14分鐘才到、比續報還晚，1999同一案件重送三次。",
        [{"label": "signal_L", "type": "traffic", "description": "台74線/環中路二段 號誌全暗", "sufficient_evidence_key": "c-sig"},
         {"label": "crash_K", "type": "traffic", "description": "環中路/凱旋路口 三車連環碰撞 1人受傷", "sufficient_evidence_key": "cc2-acc"}],
        {"why": "兩個路口相距不到百公尺、時間重疊，交通隊可能派同一組人處理號誌全暗與車禍；但警方初報明寫號誌運作正常，故主讀法分開。另一種讀法是兩件合成一件交通事件，壅塞則算尖峰背景。",
         "incidents": [{"label": "crash_K", "type": "traffic", "description": "環中路台74至凱旋路口 號誌全暗與連環碰撞（一件）", "sufficient_evidence_key": "c-sig"}]},
        notes="truth_alt of the signal items is crash_K under the alternative reading.")


def s476():
    s = Situation(476, "park_gateway_down_during_storm", "2026-07-17 16:20", 4766)
    park_ids = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]
    s.rain("b-rain", "C0F9T0", 0, "大雨", None, "西屯站 時雨量 58 mm，達大雨標準")
    s.rain("b-rain2", "SN-RG-001", 4, "大雨", None, "中央公園雨量站 時雨量 61 mm")
    s.flood("fl3-a", "SN-FL-003", 8, "1-15", "flood_F")
    # gateway dies at +12
    for i, sid in enumerate(park_ids):
        reason = "comms_lost" if i % 3 != 2 else None  # last wills carry no reason
        s.status("off-%s" % sid[3:].lower(), sid, 12 + i * 0.05, "offline", "gateway_G", reason=reason, **{ALT: None})
    for i, sid in enumerate(park_ids):
        s.offline_rule("rule-off-%s" % sid[3:].lower(), sid, 22 + i * 0.3 + s.rng.uniform(0, 1), "gateway_G", "逾 600 秒", **{ALT: None})
    # flood reported by people while the park sensors are blind
    zk = road_pt("zhongke", 0.8)
    s.c1999("c01", "flooding", 20, "flood_F", "中科路靠公園這邊積水很深，水都漫到人行道了", s.scatter(*zk, 10, 80))
    s.c1999("c02", "flooding", 26, "flood_F", "公園西邊的步道都變成小河了，滯洪池好像滿出來", s.scatter(*sensor_pos("SN-FL-003"), 20, 100))
    s.police("p-fl", "flooding_report", 29, "flood_F", "中科路(敦化路至中平路段)外側車道積水約25公分，車輛減速通行", zk, "Moderate")
    s.cong("vd-zk01", "SN-VD-ZHONGKE-01", 31, "flood_F", 15)
    s.c1999("c03", "flooding", 35, "flood_F", "凱旋路南段靠公園那邊積水，機車都牽著走", s.scatter(*road_pt("kaixuan", 0.95), 10, 90))
    c = s.c1999("c04", "flooding", 41, "flood_F", "中科路這邊水退了沒？剛剛有台車熄火在路中間", s.scatter(*zk, 20, 100))
    s.dup(c, 130)
    s.police("p-sv", "stalled_vehicle", 44, "flood_F", "中科路 自小客涉水熄火，協助推離", s.scatter(*zk, 20, 80), "Minor")
    s.c1999("c05", "flooding", 55, "flood_F", "公園南邊靠河南路停車場那邊也積水", s.scatter(*sensor_pos("SN-FL-005"), 30, 120))
    # gateway back at +80: online, then readings resume
    for i, sid in enumerate(park_ids):
        s.status("on-%s" % sid[3:].lower(), sid, 80 + i * 0.04, "online", "gateway_G", **{ALT: None})
    s.flood("fl3-b", "SN-FL-003", 81, "16-30", "flood_F")
    s.flood("fl5-a", "SN-FL-005", 81.1, "1-15", "flood_F")
    s.wl("wl1-3", "SN-WL-001", 81.2, "3", "flood_F")
    s.police("p-fl2", "flooding_report", 95, "flood_F", "中科路積水已退，恢復通行", zk, "Minor", follows="p-fl")
    # background: a single VD flap, routine calls
    s.status("b-vd-off", "SN-VD-LIMING-01", 40, "offline", None, reason="comms_lost")
    s.status("b-vd-on", "SN-VD-LIMING-01", 42, "online", None)
    s.c1999("b-tree", "公園路樹", 60, None, "中央公園步道旁樹枝斷掉掉在草地上，沒有擋路", s.scatter(*sensor_pos("SN-FL-002"), 20, 150))
    s.c1999("b-light", "streetlight", 70, None, "經貿路二段 路燈白天一直亮著", road_pt("jingmao", 0.25))
    s.cong("b-vd-hz03", "SN-VD-HUANZHONG-03", 10, None, 24, sev="Minor")
    return s.write(
        "午後雷雨，中央公園的感測閘道器16:32斷線，園內5個淹水感測器、2個滯洪池水位計與雨量站同時離線約70分鐘；斷線前滯洪池3已有積水。斷線期間中科路、公園步道、凱旋路南段的積水只能靠1999與警方回報，閘道器恢復後感測值補回。",
        [{"label": "flood_F", "type": "flood", "description": "中央公園西側中科路一帶積淹水（感測器斷線期間靠人工回報）", "sufficient_evidence_key": "p-fl"},
         {"label": "gateway_G", "type": "infrastructure", "description": "中央公園感測閘道器斷線，8個設備同時離線，需派維修", "sufficient_evidence_key": "off-fl-003"}],
        {"why": "設備斷線可以只當維修工單，不是協調中心要派遣的事件；在這種讀法下離線/上線訊息都是背景。",
         "incidents": [{"label": "flood_F", "type": "flood", "description": "中科路一帶積淹水", "sufficient_evidence_key": "p-fl"}]},
        notes="gateway_G's sufficient evidence: the moment many devices of one site report offline together (the last of the eight status messages).")


if __name__ == "__main__":
    for fn in (s471, s472, s473, s474, s475, s476):
        stem, n = fn()
        print(stem, n)
