"""Situations 09-18."""
from lib import Sit, pos, off, on_road, SENS
from gen_a import inc, truth, FIRE_TEXTS


# ---------------------------------------------------------------- 09
def s09():
    s = Sit(9, "typhoon_night_multi_flood", "Typhoon night: four simultaneous floods, ponds and drainage rising, a river 3.4 km away, a fallen tree and signal faults",
            "2026-08-27T14:00:00Z")
    F1, F2, F3, F4 = "underpass_zhongqing", "flood_henan_lowpoint", "flood_liming_kaixuan", "underpass_taiwan_blvd"
    PD, DR, RV, TR, SG = "park_ponds_rising", "drain_jingmao_high", "river_fazi_high", "tree_zhongke", "signal_liming_kaixuan"
    # regional rain: context
    s.rain("C0F9T0", "豪雨", 30.0, None, "西屯測站 3小時累積雨量 118.5 mm 達豪雨標準")
    s.rain("SN-RG-001", "豪雨", 40.0, None, "中央公園雨量站 3小時累積雨量 112.0 mm 達豪雨標準")
    s.rain("SN-RG-003", "豪雨", 60.0, None, "北屯雨量站 3小時累積雨量 104.5 mm 達豪雨標準")
    s.rain("SN-RG-002", "大豪雨", 120.0, None, "水湳轉運中心雨量站 24小時累積雨量 356.0 mm 達大豪雨標準")
    s.rain("C0F9T0", "大豪雨", 180.0, None, "西屯測站 24小時累積雨量 371.5 mm 達大豪雨標準")
    s.sig("SN-SIG-003", "fault", 75.0, None)
    s.sig("SN-SIG-003", "restored", 77.0, None)
    # F1: 中清/環中 underpass
    U = pos("SN-FL-006")
    s.flood("SN-FL-006", 12, 70.0, F1)
    s.flood("SN-FL-006", 27, 85.0, F1)
    k = s.c1999("flooding", off(U, 40, -30), 88.0, F1, "中清環中地下道積水很深 還有車子開進去")
    s.dup(k, 92.0)
    s.cong("SN-VD-ZHONGQING-01", 95.0, F1, 11)
    s.c1999("flooding", off(U, -50, 20), 97.0, F1, "中清路地下道淹水 機車都停在路邊")
    s.flood("SN-FL-006", 55, 100.0, F1)
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.83, 102.0, F1)
    s.f119("rescue", U, 105.0, F1, "中清路環中路口地下道 自小客受困積水 車內2人 救助出勤")
    kc1 = s.police("road_closure", "Severe", U, 110.0, F1, "中清路/環中路口地下道積水逾50公分 雙向封閉 改道平面")
    s.cong("SN-VD-HUANZHONG-03", 115.0, F1, 8)
    s.police("road_closure", "Severe", U, 150.0, F1, "前案 受困2人均已救出 地下道持續封閉 抽水機抽水中", follows=kc1)
    # F2: 河南路 low point
    H = pos("SN-FL-007")
    s.flood("SN-FL-007", 10, 90.0, F2)
    s.c1999("flooding", off(H, 30, 25), 100.0, F2, "河南路靠公園那邊積水 水淹到車輪一半")
    s.flood("SN-FL-007", 24, 125.0, F2)
    s.c1999("flooding", off(H, -35, -20), 130.0, F2, "河南路整段都是水 排水孔在倒灌")
    s.c1999("other", pos("SN-PK-003"), 135.0, F2, "河南路停車場入口進水 車子要不要移走")
    s.police("flooding_report", "Moderate", H, 140.0, F2, "河南路二段低窪處積水約25公分 派員警戒 機車改道")
    # ponds and drainage
    kp1 = s.wl("SN-WL-001", 3, 2.05, 110.0, PD)
    s.flood("SN-FL-001", 20, 100.0, PD, alt=None, text="中央公園滯洪池1 淹水深度 20 公分")
    kp2 = s.wl("SN-WL-002", 3, 2.08, 120.0, PD)
    s.flood("SN-FL-003", 45, 160.0, PD, alt=None, text="中央公園滯洪池3 淹水深度 45 公分")
    s.wl("SN-WL-001", 2, 2.53, 190.0, PD)
    s.status("SN-FL-005", "offline", 220.0, PD, alt=None)
    s.offline_alert("SN-FL-005", 224.0, PD, alt=None)
    s.wl("SN-WL-003", 3, 1.45, 130.0, DR, alt=PD)
    kd = s.wl("SN-WL-003", 2, 1.86, 175.0, DR, alt=PD)
    # F3: 黎明/凱旋 low point + the signal there
    Q = pos("SN-FL-009")
    s.sig("SN-SIG-007", "fault", 125.0, SG, alt=F3)
    ksg = s.c1999("traffic_signal", off(pos("SN-SIG-007"), -20, 15), 132.0, SG, "黎明凱旋路口紅綠燈不亮 風雨很大很危險", alt=F3)
    s.flood("SN-FL-009", 18, 140.0, F3)
    s.c1999("flooding", off(Q, 25, 30), 145.0, F3, "黎明路凱旋路口淹水 水很急")
    s.police("traffic_signal_fault", "Moderate", pos("SN-SIG-007"), 150.0, SG, "黎明路/凱旋路口號誌停電 已通報交通局 暫派員管制", alt=F3)
    s.c1999("flooding", off(Q, -30, -10), 160.0, F3, "黎明路淹到人行道上了")
    s.flood("SN-FL-009", 33, 170.0, F3)
    s.cctv("SN-CCTV-007", "stalled_vehicle", 0.72, 172.0, F3)
    s.police("stalled_vehicle", "Moderate", Q, 175.0, F3, "黎明路/凱旋路口 機車2部涉水熄火 協助推離")
    s.police("flooding_report", "Severe", Q, 180.0, F3, "黎明路三段近凱旋路 積水約35公分 建議封閉")
    s.sig("SN-SIG-007", "restored", 260.0, SG, alt=F3)
    # F4: 臺灣大道/環中路 underpass (outside the zone, 2.3 km)
    W = pos("SN-FL-010")
    s.flood("SN-FL-010", 26, 120.0, F4)
    s.c1999("flooding", off(W, 30, 40), 125.0, F4, "臺灣大道環中路地下道積水 車速很慢")
    s.flood("SN-FL-010", 48, 150.0, F4)
    s.cctv("SN-CCTV-009", "stalled_vehicle", 0.79, 153.0, F4)
    s.police("road_closure", "Severe", W, 155.0, F4, "臺灣大道/環中路口地下道積水 封閉 車輛改走平面道路")
    # river far west
    R = pos("SN-WL-004")
    s.wl("SN-WL-004", 3, 97.25, 150.0, RV)
    s.wl("SN-WL-004", 2, 97.95, 200.0, RV)
    kr = s.c1999("flooding", off(R, 150, 130), 205.0, RV, "筏子溪水快滿到堤防了 河邊的路開始淹水")
    # fallen tree blocking 中科路
    T = (120.6535, 24.1880)
    kt = s.c1999("fallen_tree", T, 185.0, TR, "中科路路樹倒塌 擋住兩線道 車子過不去")
    s.police("fallen_object", "Moderate", off(T, 5, 0), 192.0, TR, "中科路近流行影音中心 路樹倒伏佔用車道 已通報建設局 派員警戒")
    s.c1999("fallen_tree", (120.6560, 24.1830), 200.0, None, "中央公園裡面有一棵樹倒了 沒有擋路")
    # noise
    s.c1999("streetlight", (120.6600, 24.1900), 170.0, None, "經貿路路燈不亮")
    s.c1999("noise", (120.6610, 24.1795), 210.0, None, "鄰居狗一直叫")
    return s.write(truth(s,
        "颱風夜豪雨至大豪雨：中清環中地下道積水逾50公分(2人受困救出、封閉)、河南路低窪處積水、黎明凱旋路口積水(號誌停電)、"
        "臺灣大道環中地下道(園區外約2公里)積水封閉；中央公園滯洪池與經貿路區域排水水位上升；西邊約3.4公里外筏子溪達二級警戒；"
        "中科路路樹倒塌擋路。雨量警報為全區背景。",
        [inc(F1, "flood", "中清/環中口地下道積水，車輛受困、救出2人、封閉", s.human_first(F1)),
         inc(F2, "flood", "河南路低窪處積水(含停車場入口進水)", s.human_first(F2)),
         inc(F3, "flood", "黎明/凱旋口積水，機車熄火", s.human_first(F3)),
         inc(F4, "flood", "臺灣大道/環中口地下道積水封閉(園區外)", s.human_first(F4)),
         inc(PD, "flood_risk", "中央公園滯洪池水位上升至二級警戒，池內感測器離線，需監看溢流風險", kp2),
         inc(DR, "flood_risk", "經貿路區域排水達二級警戒，需巡查與抽水機整備", kd),
         inc(RV, "flood_risk", "筏子溪西屯段達二級警戒，河邊道路開始積水", kr),
         inc(TR, "obstruction", "中科路路樹倒塌佔用車道", kt),
         inc(SG, "infrastructure", "黎明/凱旋口號誌停電", s.human_first(SG))],
        alt={"why": "The signal at 黎明/凱旋 failed at the flooded intersection (plausibly water or the same outage): "
                    "it can be run as part of that flood job. The drainage channel along 經貿路 and the ponds are one "
                    "drainage system, watched as one. Pond depth readings and the pond sensor going offline can be "
                    "read as noise (ponds are meant to fill).",
             "incidents": [inc(F1, "flood", "中清/環中口地下道積水", s.human_first(F1, alt=True)),
                           inc(F2, "flood", "河南路低窪處積水", s.human_first(F2, alt=True)),
                           inc(F3, "flood", "黎明/凱旋口積水與號誌停電", s.human_first(F3, alt=True)),
                           inc(F4, "flood", "臺灣大道/環中口地下道積水", s.human_first(F4, alt=True)),
                           inc(PD, "flood_risk", "滯洪池與經貿路區域排水水位上升", kp2),
                           inc(RV, "flood_risk", "筏子溪二級警戒", kr),
                           inc(TR, "obstruction", "中科路路樹倒塌", kt)]},
        notes="On a typhoon night the coordinator dispatches per place: each flooded spot is its own job. Rain "
              "alarms are regional context (null). A signal fault restored after 2 minutes (SN-SIG-003) and a "
              "tree down inside the park that blocks nothing are background. Ponds: sufficient when the second pond "
              "reaches level 3; drainage: at level 2. A 1999 call is duplicated (same key)."))


# ---------------------------------------------------------------- 10
def s10():
    s = Sit(10, "planned_concert_pop_centre", "Approved concert at 臺中流行影音中心 explains crowding, full car parks, congestion and noise; one unrelated crash and one medical call",
            "2026-10-17T10:00:00Z")
    P = pos("SN-FA-006")
    EV, CX, MD = "concert_pop_centre", "crash_henan_zhongping", "medical_at_concert"
    k_ev = s.planned("concert", P, 90.0, 270.0, "2026-10-17T00:30:00Z", EV,
                     "臺中流行影音中心 戶外演唱會 19:30-22:30 預估25,000人 凱旋路/中科路周邊交通管制 轉運中心接駁專車")
    s.c1999("illegal_parking", s.scatter(P, 300, 700), 60.0, EV, "中科路兩邊都是違停的車")
    s.park("SN-PK-004", 70.0, EV)
    s.cong("SN-VD-KAIXUAN-02", 75.0, EV, 13)
    s.c1999("illegal_parking", s.scatter(P, 300, 700), 78.0, EV, "凱旋路紅線上停滿車 公車進不來")
    s.park("SN-PK-005", 80.0, EV)
    s.police("crowd_control", "Minor", off(P, 30, 20), 80.0, EV, "流行影音中心入場人潮 派員引導排隊")
    s.c1999("crowding", off(P, -60, 40), 85.0, EV, "影音中心外面人好多 人行道走不過去")
    s.cong("SN-VD-ZHONGKE-01", 85.0, EV, 15)
    s.c1999("illegal_parking", s.scatter(P, 300, 700), 95.0, EV, "公園旁邊巷子被機車塞滿")
    s.c1999("noise", (120.6595, 24.1830), 150.0, EV, "演唱會聲音太大 小孩睡不著")
    s.c1999("noise", (120.6490, 24.1800), 190.0, EV, "演唱會低音一直震 可以小聲一點嗎")
    # unrelated crash 1.6 km south
    X = pos("SN-SIG-010")
    s.cctv("SN-CCTV-010", "stalled_vehicle", 0.80, 200.0, CX)
    s.police("injury_accident", "Moderate", X, 203.0, CX, "河南路/中平路口 自小客與機車碰撞 機車騎士手部骨折送醫")
    s.f119("ambulance", X, 202.0, CX, "河南路/中平路口 車禍 1人受傷")
    # medical call inside the venue
    s.f119("ambulance", off(P, 20, -30), 210.0, MD, "流行影音中心演唱會 觀眾昏倒 意識不清 救護車出勤")
    s.c1999("noise", (120.6450, 24.1650), 230.0, None, "鄰居家狗叫整晚")
    s.police("crowd_control", "Minor", off(P, 30, 20), 275.0, EV, "演唱會散場 人潮分流 凱旋路暫時封閉供行人通行")
    s.cong("SN-VD-KAIXUAN-02", 280.0, EV, 6)
    s.cctv("SN-CCTV-007", "crowding", 0.55, 285.0, EV, alt=None)
    s.cctv("SN-CCTV-004", "crowding", 0.72, 295.0, EV, alt=None)
    for it in s.items:   # alternative reading: the approved event is no incident at all
        if it["truth"] == EV:
            it["truth_alt"] = None
    return s.write(truth(s,
        "週六晚上流行影音中心戶外演唱會(已核准，25,000人)。進場與散場的人潮、停車場客滿、凱旋路與中科路壅塞、周邊違停與噪音陳情"
        "都是活動預期影響；散場後人潮走到1公里外的黎明凱旋口與1.5公里外的轉運中心搭接駁車。另有一名觀眾昏倒(119)、"
        "南方1.55公里河南路/中平路口車禍各為獨立事件。",
        [inc(EV, "planned_event", "流行影音中心演唱會(核准)，人潮、停車、壅塞、噪音", k_ev),
         inc(CX, "traffic_accident", "河南路/中平路口汽機車碰撞，1人骨折", s.human_first(CX)),
         inc(MD, "medical", "演唱會觀眾昏倒送醫", s.human_first(MD))],
        alt={"why": "An approved event running to plan needs no incident: under this reading everything it explains "
                    "is noise, and only the crash and the medical call are incidents.",
             "incidents": [inc(CX, "traffic_accident", "河南路/中平路口車禍", s.human_first(CX, alt=True)),
                           inc(MD, "medical", "演唱會觀眾昏倒送醫", s.human_first(MD, alt=True))]},
        notes="The crowding detections at the hub (1.5 km) and at 黎明/凱旋 (1.0 km) are the shuttle and walking "
              "routes of the same crowd; in the primary reading they stay with the concert (marked alt null as the "
              "least certain). The medical call at the venue is its own ambulance job."))


# ---------------------------------------------------------------- 11
def s11():
    s = Sit(11, "lone_119_call", "A lone 119 ambulance call at 04:20 with no other evidence, amid night-time background",
            "2026-02-02T20:00:00Z")
    L = "medical_residence"
    s.c1999("noise", (120.6530, 24.1900), 5.0, None, "公園有人在飆車 很吵")
    k = s.f119("ambulance", (120.6597, 24.1788), 20.0, L, "西屯區經貿路旁住宅 男性約60歲 呼吸困難 救護車出勤")
    s.status("SN-PK-002", "offline", 30.0, None)
    s.status("SN-PK-002", "online", 33.0, None)
    s.fa("SN-FA-008", "fault", 40.0, None)
    s.fa("SN-FA-008", "normal", 52.0, None)
    s.c1999("streetlight", (120.6555, 24.1760), 55.0, None, "中平路旁路燈一閃一閃")
    return s.write(truth(s,
        "清晨一通119救護派遣(住宅內病患呼吸困難)，沒有任何其他機關或感測資料。周邊只有噪音、路燈陳情、停車場偵測器短暫離線與"
        "回收中心火警總機故障後自行復歸。",
        [inc(L, "medical", "經貿路旁住宅病患呼吸困難，119救護", k)],
        notes="A 119 dispatch is an incident by itself even with no corroboration. The fire-panel fault at the water "
              "reclamation centre is ≈265 m from the call, but a fault (not an alarm) that returns to normal is "
              "maintenance noise, unrelated to a patient at home."))


# ---------------------------------------------------------------- 12
def s12():
    s = Sit(12, "quiet_background_only", "An ordinary weekday: background noise only, no incident",
            "2026-03-03T00:00:00Z")
    s.cong("SN-VD-HUANZHONG-02", 0.0, None, 24, sev="Minor", text="環中路車輛偵測器2 平均車速降至 24 km/h (上班尖峰)")
    s.cong("SN-VD-ZHONGQING-01", 10.0, None, 22, sev="Minor", text="中清路車輛偵測器1 平均車速降至 22 km/h (上班尖峰)")
    s.park("SN-PK-001", 20.0, None)
    s.cctv("SN-CCTV-004", "crowding", 0.41, 30.0, None)
    s.c1999("streetlight", (120.6549, 24.1958), 40.0, None, "經貿路二段路燈編號XT-01234白天還亮著")
    s.c1999("noise", (120.6600, 24.1860), 70.0, None, "經貿路旁工地施工很吵")
    s.c1999("illegal_parking", (120.6520, 24.1935), 95.0, None, "黎明路公車站前有車違停")
    s.police("theft", "Minor", (120.6530, 24.1968), 110.0, None, "轉運中心置物櫃財物遭竊 報案人到所製作筆錄")
    s.c1999("road_damage", (120.6540, 24.1830), 130.0, None, "中科路路面有坑洞 機車騎過很危險")
    s.c1999("other", (120.6565, 24.1850), 150.0, None, "公園垃圾桶滿了沒人清")
    s.fa("SN-FA-008", "fault", 180.0, None)
    s.fa("SN-FA-008", "normal", 195.0, None)
    s.c1999("fallen_tree", (120.6575, 24.1800), 200.0, None, "公園步道上有斷掉的樹枝")
    s.sig("SN-SIG-009", "fault", 220.0, None)
    s.sig("SN-SIG-009", "restored", 221.5, None)
    s.status("SN-RG-002", "offline", 240.0, None)
    s.status("SN-RG-002", "online", 246.0, None)
    s.police("public_disturbance", "Minor", (120.6560, 24.1870), 260.0, None, "中央公園內男子酒醉大聲喧嘩 已勸離")
    s.flood("SN-FL-003", 2, 270.0, None, text="中央公園滯洪池3 淹水深度 2 公分 (晴天)")
    s.fa("SN-FA-002", "alarm", 300.0, None)
    s.fa("SN-FA-002", "normal", 302.0, None)
    s.park("SN-PK-006", 350.0, None)
    s.cong("SN-VD-JINGMAO-01", 540.0, None, 23, sev="Minor", text="經貿路車輛偵測器1 平均車速降至 23 km/h (下班尖峰)")
    s.cong("SN-VD-HUANZHONG-03", 545.0, None, 21, sev="Minor", text="環中路車輛偵測器3 平均車速降至 21 km/h (下班尖峰)")
    return s.write(truth(s,
        "平常的週二：上下班尖峰車慢、轉運中心與會展中心停車場客滿、零星1999陳情(路燈、施工噪音、違停、坑洞、垃圾、斷枝)、"
        "一件竊盜筆錄、公園酒醉勸離、設備短暫離線、號誌90秒內恢復、回收中心總機故障後復歸、會展中心A棟總機2分鐘內"
        "警報又復歸(定期檢查測試)、晴天滯洪池感測器讀到2公分(噴灌)。沒有任何需要中心派遣的事件。",
        [],
        notes="Truth: no incident. The convention-centre panel alarm that returns to normal 2 minutes later is the "
              "periodic test; a coordinator would confirm by phone and open nothing. The 2 cm pond reading on a dry "
              "day is park irrigation."))


# ---------------------------------------------------------------- 13
def s13():
    s = Sit(13, "sinkhole_henan_long", "A sinkhole and burst water main on 河南路 lasting four hours, with an unrelated crash 1 km away",
            "2026-04-22T02:00:00Z")
    S = (120.65, 24.17078)   # on 河南路, ≈55 m from the 河南/中平 camera
    L, X = "sinkhole_henan", "crash_zhongping_jingmao"
    k = s.c1999("road_damage", off(S, 10, 5), 10.0, L, "河南路路面下陷 大約一公尺見方 很危險")
    kp = s.police("road_closure", "Moderate", S, 25.0, L, "河南路二段近中平路 路面坍陷 封閉外側車道 設置警示")
    s.cong("SN-VD-HENAN-02", 30.0, L, 19, sev="Minor")
    s.cong("SN-VD-HENAN-01", 40.0, L, 22, sev="Minor")
    s.c1999("road_damage", off(S, -20, -15), 45.0, L, "河南路中間有個洞 旁邊一直在冒水")
    s.c1999("road_damage", off(S, 30, 10), 47.0, L, "河南路那個坑越來越大")
    s.police("road_collapse", "Severe", S, 50.0, L, "前案 坍陷範圍擴大約3公尺 疑自來水管破裂 河南路雙向封閉", follows=kp)
    s.c1999("flooding", off(S, 60, 40), 55.0, L, "河南路有大量的水從地下冒出來 淹到路口")
    s.c1999("water_outage", (120.6490, 24.1680), 60.0, L, "家裡突然停水 是不是河南路水管破了", alt=None)
    s.cctv("SN-CCTV-010", "fallen_object", 0.50, 62.0, L, p=off(S, 5, 5))
    s.c1999("water_outage", (120.6470, 24.1700), 68.0, L, "我們這排都沒水了", alt=None)
    s.planned("road_works", S, 70.0, 360.0, "2026-04-22T03:15:00Z", L,
              "河南路二段 自來水管線緊急搶修及路面修復 封閉雙向車道 改道中平路")
    s.cong("SN-VD-HENAN-02", 90.0, L, 9)
    s.police("road_collapse", "Moderate", S, 95.0, L, "前案 自來水公司已關閥 開挖搶修中 持續封閉", follows=kp)
    # unrelated crash 1 km east
    Y = (120.6600, 24.1735)
    s.cctv("SN-CCTV-011", "stalled_vehicle", 0.77, 100.0, X)
    s.police("injury_accident", "Moderate", Y, 103.0, X, "中平路/經貿路口 機車自撞 騎士擦傷送醫 (非改道車流)")
    s.f119("ambulance", Y, 102.5, X, "中平路/經貿路口 機車事故 1人受傷")
    s.cong("SN-VD-ZHONGPING-01", 110.0, L, 14, text="中平路車輛偵測器1 平均車速降至 14 km/h (河南路改道車流)")
    s.police("road_collapse", "Moderate", S, 130.0, L, "前案 管線修復中 預計再2小時", follows=kp)
    s.c1999("streetlight", (120.6560, 24.1760), 150.0, None, "公園南側路燈不亮")
    s.police("road_collapse", "Moderate", S, 170.0, L, "前案 管線修復完成 回填路面中", follows=kp)
    s.c1999("noise", off(S, -40, 60), 205.0, L, "河南路施工太吵了 還要多久", alt=None)
    s.cong("SN-VD-HENAN-02", 210.0, L, 12)
    s.police("road_collapse", "Minor", S, 240.0, L, "前案 路面修復完成 河南路恢復雙向通行", follows=kp)
    return s.write(truth(s,
        "上午河南路二段近中平路路面坍陷，隨即擴大並確認自來水管破裂冒水，附近住戶停水；警方封閉河南路，緊急搶修(事後補登之施工許可)，"
        "車流改道中平路，四小時後恢復通行。期間中平路/經貿路口(東方約1公里)機車自撞為獨立事件。",
        [inc(L, "road_damage", "河南路坍陷與自來水管破裂，封閉、搶修、停水", k),
         inc(X, "traffic_accident", "中平路/經貿路口機車自撞", s.human_first(X))],
        alt={"why": "Water-outage calls and construction-noise complaints are handled by the water company and the "
                    "environment bureau as their own routine cases, not by the center's job.",
             "incidents": [inc(L, "road_damage", "河南路坍陷與水管破裂", k),
                           inc(X, "traffic_accident", "中平路/經貿路口機車自撞", s.human_first(X, alt=True))]},
        notes="Long-lived: evidence from 02:10 to 06:00 UTC (4 h), police follow-ups every 30-70 min. The "
              "emergency road-works permit arrives after the works began and belongs to the sinkhole. Congestion on "
              "中平路 is the detour traffic. The crash at 中平路/經貿路 is on the detour road but the police say it is "
              "a self-crash unrelated to the detour."))


# ---------------------------------------------------------------- 14
def s14():
    s = Sit(14, "close_but_separate", "Two pairs of incidents 120-150 m apart that must stay apart",
            "2026-05-20T00:00:00Z")
    A, B, C, D = "crash_zhongke_huanzhong", "truck_stall_jingmao_huanzhong", "kitchen_fire_ticec_a", "crash_jingmao_liming"
    X, Y = (120.65217, 24.19785), (120.65345, 24.19848)   # 148 m apart
    s.cctv("SN-CCTV-003", "stalled_vehicle", 0.80, 5.0, A)
    s.c1999("traffic_accident", off(X, -20, -10), 5.5, A, "環中路中科路口 機車跟汽車撞 騎士倒地")
    s.f119("ambulance", X, 6.0, A, "環中路二段/中科路口 車禍 1人受傷")
    kpa = s.police("injury_accident", "Moderate", X, 9.0, A, "環中路二段/中科路口 自小客右轉與直行機車碰撞 騎士送醫 佔用外側車道")
    s.cong("SN-VD-HUANZHONG-02", 12.0, A, 17)
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.88, 18.0, B)
    s.c1999("illegal_parking", off(Y, 25, 15), 20.0, B, "環中路經貿路口有一台大貨車停在車道上 閃雙黃燈")
    s.police("stalled_vehicle", "Minor", Y, 23.0, B, "環中路二段/經貿路二段口 大貨車故障 非事故 等待拖吊 與中科路口車禍無關")
    s.cong("SN-VD-HUANZHONG-03", 25.0, B, 20)
    s.police("injury_accident", "Minor", X, 35.0, A, "前案 現場處理完畢 恢復通行", follows=kpa)
    # convention centre: kitchen fire in A and a crash at 經貿/黎明 120 m away
    FA = pos("SN-FA-002")
    Z = (120.65496, 24.19582)
    s.fa("SN-FA-002", "alarm", 40.0, C)
    s.c1999("fire_smoke", off(FA, -30, 20), 41.5, C, "會展中心A棟餐廳廚房冒煙 員工在疏散")
    s.f119("fire", FA, 42.0, C, "臺中國際會展中心A棟 餐廳廚房火警 出動")
    s.cctv("SN-CCTV-005", "stalled_vehicle", 0.77, 44.0, D)
    s.c1999("traffic_accident", off(Z, 20, -15), 45.0, D, "經貿黎明路口兩台車擦撞 在路中間吵架")
    s.c1999("fire_smoke", off(Z, 10, -30), 46.0, C, "我在黎明路口 看到會展中心那邊有煙")
    kpd = s.police("accident", "Minor", Z, 48.0, D, "經貿路二段/黎明路三段口 兩車擦撞 無人受傷 雙方在場")
    s.police("fire_report", "Moderate", FA, 50.0, C, "會展中心A棟1樓餐廳廚房油鍋起火 已撲滅 排煙中 無人受傷")
    s.police("accident", "Minor", Z, 70.0, D, "前案 雙方和解 車輛已移開", follows=kpd)
    s.fa("SN-FA-002", "normal", 75.0, C)
    s.park("SN-PK-001", 30.0, None)
    return s.write(truth(s,
        "上班時段：環中路二段/中科路口汽機車碰撞(1人傷)，13分鐘後東方148公尺的環中/經貿路口一台大貨車故障(無關)；"
        "40分鐘後會展中心A棟廚房油鍋起火(已撲滅)，同時西北方120公尺的經貿/黎明口兩車擦撞無人傷。四件各自獨立。",
        [inc(A, "traffic_accident", "環中/中科口汽機車碰撞，1人傷", s.human_first(A)),
         inc(B, "traffic_accident", "環中/經貿口大貨車故障佔用車道", s.human_first(B)),
         inc(C, "fire", "會展中心A棟廚房油鍋起火", s.human_first(C)),
         inc(D, "traffic_accident", "經貿/黎明口兩車擦撞，無人傷", s.human_first(D))],
        notes="Distances: crash A to truck B 148 m; fire C to crash D ≈120 m. Different causes, different responders, "
              "overlapping in time. The caller at 經貿/黎明 reporting smoke belongs to the fire."))


# ---------------------------------------------------------------- 15
def s15():
    s = Sit(15, "far_river_same_storm", "Same storm: a local flood on 河南路 and the 筏子溪 river rising 3.3 km west; a call from the zone about the river",
            "2026-06-14T07:00:00Z")
    H, R = pos("SN-FL-007"), pos("SN-WL-004")
    FL, RV, HX = "flood_henan_lowpoint", "river_fazi_high", "river_hanxi_level3"
    s.rain("C0F9T0", "大雨", 20.0, None, "西屯測站 時雨量 52.0 mm 達大雨標準")
    s.wl("SN-WL-004", 3, 97.31, 40.0, RV)
    s.flood("SN-FL-007", 11, 50.0, FL)
    s.c1999("flooding", off(H, 25, 30), 55.0, FL, "河南路靠停車場那邊積水")
    s.flood("SN-FL-007", 23, 70.0, FL)
    kr = s.c1999("flooding", off(R, 150, 120), 72.0, RV, "筏子溪河水暴漲 快淹上堤岸 河邊步道都是水")
    s.c1999("flooding", off(H, -30, 10), 75.0, FL, "河南路淹水 機車過不去")
    s.cong("SN-VD-HENAN-02", 78.0, FL, 16)
    s.police("flooding_report", "Moderate", H, 80.0, FL, "河南路二段低窪處積水約20公分 派員警戒")
    s.wl("SN-WL-004", 2, 98.02, 80.0, RV)
    s.c1999("other", (120.6540, 24.1760), 85.0, RV, "聽說筏子溪水位很高 我們這邊要不要撤離", alt=None)
    s.police("flooding_report", "Moderate", off(R, 100, -50), 90.0, RV, "筏子溪西屯段水位上升 河濱道路封閉 巡查中")
    khx = s.wl("SN-WL-005", 3, 111.15, 90.0, None, alt=HX)
    s.c1999("flooding", off(H, 10, -25), 95.0, FL, "河南路積水還沒退")
    s.c1999("streetlight", (120.6490, 24.1700), 100.0, None, "河南路路燈不亮")
    s.police("flooding_report", "Minor", H, 130.0, FL, "前案 積水已退 恢復通行")
    return s.write(truth(s,
        "同一場午後大雨：園區南邊河南路低窪處積水(約20公分)；西邊3.3公里外筏子溪西屯段達二級警戒，河濱道路封閉。"
        "園區內一位民眾打1999詢問筏子溪是否要撤離，內容屬筏子溪事件。東邊約4.5公里旱溪只到三級警戒。",
        [inc(FL, "flood", "河南路低窪處積水", s.human_first(FL)),
         inc(RV, "flood_risk", "筏子溪西屯段二級警戒，河濱道路封閉", kr)],
        alt={"why": "A single level-3 warning on 旱溪 4.5 km east could be opened as a watch; the 1999 question from "
                    "the zone about the river carries no observation and can be read as noise.",
             "incidents": [inc(FL, "flood", "河南路低窪處積水", s.human_first(FL, alt=True)),
                           inc(RV, "flood_risk", "筏子溪二級警戒", kr),
                           inc(HX, "flood_risk", "旱溪三級警戒(監看)", khx)]},
        notes="Same storm, different places, different agencies (水利局 river patrol vs road flood): separate "
              "incidents. The call from 120.6540,24.1760 (≈230 m from the 河南路 flood) asks about the river 3.5 km "
              "away: content decides. The CWA rain alarm is context."))


# ---------------------------------------------------------------- 16
def s16():
    s = Sit(16, "crash_knocks_signal", "A car hits the signal pole at 黎明路/凱旋路: accident and signal outage",
            "2026-01-09T15:30:00Z")
    X = pos("SN-SIG-007")
    L, SG = "crash_signal_liming_kaixuan", "signal_pole_repair"
    s.sig("SN-SIG-007", "fault", 0.1, L, alt=SG)
    s.cctv("SN-CCTV-007", "stalled_vehicle", 0.90, 0.5, L)
    s.cctv("SN-CCTV-007", "signal_dark", 0.85, 1.0, L, alt=SG)
    s.c1999("traffic_accident", off(X, 20, 15), 2.0, L, "黎明路凱旋路口 汽車撞到紅綠燈桿 車頭全毀")
    s.f119("ambulance", X, 3.0, L, "黎明路三段/凱旋路口 自小客撞號誌桿 駕駛受傷")
    s.f119("rescue", X, 4.0, L, "黎明路三段/凱旋路口 駕駛受困車內 破壞器材救助")
    ksg = s.c1999("traffic_signal", off(X, -25, 10), 6.0, L, "黎明凱旋路口號誌不亮 桿子倒在路邊", alt=SG)
    kp = s.police("injury_accident", "Severe", X, 8.0, L, "黎明路三段/凱旋路口 自小客撞擊號誌桿 駕駛受困 已救出送醫 號誌桿傾倒")
    s.c1999("noise", (120.6510, 24.1960), 15.0, None, "環中路半夜有人改裝車飆車")
    s.police("traffic_signal_fault", "Moderate", X, 20.0, L, "前案 號誌桿毀損 路口號誌全暗 派員指揮 已通報交通局搶修", alt=SG, follows=kp)
    s.police("injury_accident", "Moderate", X, 60.0, L, "前案 事故車拖離 號誌待修 設置臨時閃光號誌", follows=kp)
    s.sig("SN-SIG-007", "restored", 370.0, L, alt=SG)
    return s.write(truth(s,
        "深夜一輛自小客在黎明路/凱旋路口撞倒號誌桿，駕駛受困救出送醫，路口號誌全暗，交通局約6小時後以臨時號誌恢復。",
        [inc(L, "traffic_accident", "自小客撞號誌桿，駕駛受困送醫，路口號誌全暗", s.human_first(L))],
        alt={"why": "Once the casualty is gone, the signal repair is a separate job for the traffic bureau's "
                    "contractor (2-hour deadline) lasting hours longer; some coordinators split it.",
             "incidents": [inc(L, "traffic_accident", "自小客撞號誌桿，駕駛受困送醫", s.human_first(L, alt=True)),
                           inc(SG, "infrastructure", "黎明/凱旋口號誌桿毀損搶修", ksg)]},
        notes="Primary: one incident, one cause, one place. The signal fault arrives before anything else; alone it "
              "would be a routine signal fault. The street-racing noise call is background."))


# ---------------------------------------------------------------- 17
def s17():
    s = Sit(17, "chlorine_leak_downwind_calls", "Chlorine leak at 水湳水資源回收中心: odour calls spread downwind (NE) up to 900 m",
            "2026-09-03T02:00:00Z")
    P = pos("SN-FA-008")
    L = "chlorine_leak_reclamation"
    s.fa("SN-FA-008", "alarm", 1.0, L)
    k119 = s.f119("hazmat", P, 5.0, L, "水湳水資源回收中心 加氯設備氯氣外洩 作業員2人不適 化學災害出動")
    tms = sorted(6.0 + s.rng.uniform(0, 24) for _ in range(12))
    for i, tm in enumerate(tms):
        p = s.scatter(P, 150 + i * 60, 250 + i * 60, bearing=45, spread=70)
        s.c1999("gas_odor", p, tm, L, s.rng.choice(["空氣中有很刺鼻的味道 像漂白水", "聞到氯氣味 眼睛很痛", "外面有怪味 喉嚨不舒服",
                                                    "好像有化學品外洩 味道很重", "家裡窗戶關著還是聞得到漂白水味"]))
    s.f119("ambulance", P, 12.0, L, "水資源回收中心 作業員吸入氯氣 送醫")
    s.f119("ambulance", off(P, 10, 10), 14.0, L, "水資源回收中心 第二名作業員 送醫")
    s.police("hazmat_report", "Severe", P, 18.0, L, "水湳水資源回收中心氯氣外洩 周邊300公尺疏散 中平路封閉")
    s.police("road_closure", "Severe", (120.6600, 24.1736), 20.0, L, "配合化災處理 中平路(河南路至經貿路段)雙向封閉")
    s.c1999("gas_odor", (120.6420, 24.1900), 25.0, None, "黎明路排水溝很臭 好幾天了")
    s.cctv("SN-CCTV-011", "crowding", 0.60, 30.0, L)
    s.c1999("other", pos("SN-FA-010"), 32.0, L, "中國醫藥大學校區 聽說隔壁氯氣外洩 學生要不要疏散")
    s.cong("SN-VD-ZHONGPING-02", 35.0, L, 13)
    s.c1999("noise", (120.6520, 24.1930), 40.0, None, "黎明路工地很吵")
    s.police("hazmat_report", "Moderate", P, 60.0, L, "前案 外洩閥門已關閉 持續監測 疏散維持")
    s.police("theft", "Minor", (120.6535, 24.1965), 70.0, None, "轉運中心旅客行李遭竊")
    s.police("hazmat_report", "Minor", P, 100.0, L, "前案 監測濃度正常 解除疏散與道路管制")
    s.fa("SN-FA-008", "normal", 105.0, L)
    return s.write(truth(s,
        "上午水湳水資源回收中心加氯設備氯氣外洩，2名作業員送醫；西南風把味道吹向東北方住宅區，12通1999異味陳情由150公尺"
        "延伸到約900公尺；警方疏散周邊300公尺並封閉中平路，約100分鐘後解除。一通2.4公里外排水溝臭味陳情無關。",
        [inc(L, "hazmat", "回收中心氯氣外洩，作業員送醫，周邊疏散與道路封閉", k119)],
        notes="Odour calls move away from the source with the wind; their positions are where people smell it, not "
              "where it leaks. The CMU campus call (upwind, 330 m S) asks about the leak and belongs to it. Evacuees "
              "gathering at 經貿路/中平路 (camera crowding) belong to it."))


# ---------------------------------------------------------------- 18
def s18():
    s = Sit(18, "wrong_way_driver_track", "A wrong-way driver on 環中路 seen by four cameras over 700 m, ending in a head-on crash at 中清路",
            "2026-11-06T18:10:00Z")
    L, C = "wrong_way_huanzhong", "headon_zhongqing"
    s.cctv("SN-CCTV-001", "wrong_way", 0.82, 0.0, L)
    k2 = s.cctv("SN-CCTV-002", "wrong_way", 0.77, 0.1, L)
    s.cctv("SN-CCTV-003", "wrong_way", 0.88, 0.6, L)
    s.cctv("SN-CCTV-004", "wrong_way", 0.90, 0.75, L)
    kp = s.police("wrong_way_driver", "Severe", (120.6535, 24.1985), 0.9, L,
                  "環中路二段往中清路方向 有自小客逆向行駛 巡邏車前往攔截")
    X = (120.6575, 24.1990)
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.86, 1.3, L, alt=C)
    s.c1999("traffic_accident", off(X, 30, 20), 2.0, L, "中清環中路口對撞 車子都爛了", alt=C)
    s.f119("ambulance", X, 4.0, L, "中清路/環中路口 兩車對撞 2人受傷", alt=C)
    s.c1999("traffic_accident", off(X, -25, -20), 4.5, L, "中清路口很嚴重的車禍 有人受困", alt=C)
    s.f119("rescue", X, 5.0, L, "中清路/環中路口 車禍 1人受困 救助", alt=C)
    s.status("SN-VD-HUANZHONG-01", "offline", 6.0, None)
    s.police("injury_accident", "Extreme", X, 10.0, L, "前案 逆向自小客與對向車輛於中清路/環中路口對撞 2人重傷送醫 疑酒駕",
             follows=kp, alt=C)
    s.cong("SN-VD-HUANZHONG-03", 15.0, L, 7, alt=C)
    s.police("road_closure", "Severe", X, 20.0, L, "中清路/環中路口 事故處理 封閉往中清路方向車道", alt=C)
    s.status("SN-VD-HUANZHONG-01", "online", 25.0, None)
    s.police("road_closure", "Minor", X, 75.0, L, "前案 事故車輛拖離 恢復通行", alt=C)
    return s.write(truth(s,
        "凌晨一輛疑酒駕自小客在環中路二段逆向，依序被台74、凱旋路、中科路、經貿路口四具攝影機偵測(約700公尺，45秒)，"
        "再往東約410公尺於中清路/環中路口與對向車對撞，2人重傷。一個移動中的事件。",
        [inc(L, "traffic_accident", "環中路逆向車(移動)並於中清路口對撞", s.human_first(L, extra=[k2]))],
        alt={"why": "Before the crash, the wrong-way driver is a police interception job; the crash is an EMS/rescue job "
                    "at a fixed place. Some coordinators open the crash as a second incident linked to the first.",
             "incidents": [inc(L, "public_safety", "環中路逆向車攔截", s.human_first(L, extra=[k2], alt=True)),
                           inc(C, "traffic_accident", "中清/環中口對撞，2人重傷", s.human_first(C, alt=True))]},
        notes="The track moves ≈700 m east in 45 s (≈56 km/h) and the crash is ≈410 m further; no single point "
              "explains it. Sufficient: the second camera confirming the wrong-way detection. A VD going offline "
              "for 19 minutes 1.8 km west is background."))


# ---------------------------------------------------------------- 19
def s19():
    s = Sit(19, "same_place_hours_apart", "Two crashes at the same intersection nine hours apart, and a debris call in between",
            "2026-06-23T00:00:00Z")
    X = (120.65496, 24.19582)     # 經貿路二段 × 黎明路三段
    A, B = "crash_morning_jingmao_liming", "crash_evening_jingmao_liming"
    s.cctv("SN-CCTV-005", "stalled_vehicle", 0.79, 10.0, A)
    s.c1999("traffic_accident", off(X, 15, 20), 10.5, A, "經貿黎明路口 兩台汽車對撞 有人流血")
    s.f119("ambulance", X, 11.0, A, "經貿路二段/黎明路三段口 車禍 2人受傷")
    kp = s.police("injury_accident", "Moderate", X, 14.0, A, "經貿路二段/黎明路三段口 自小客左轉與對向直行車碰撞 2人輕傷送醫")
    s.cong("SN-VD-JINGMAO-01", 18.0, A, 15)
    s.police("injury_accident", "Minor", X, 45.0, A, "前案 事故車輛拖離 恢復通行", follows=kp)
    s.c1999("road_damage", off(X, -10, 15), 180.0, A, "經貿黎明路口早上車禍的碎片還在路上 很多玻璃 機車容易滑倒", alt=None)
    s.park("SN-PK-002", 240.0, None)
    s.c1999("streetlight", (120.6530, 24.1945), 400.0, None, "黎明路路燈不亮")
    s.cong("SN-VD-JINGMAO-01", 545.0, None, 22, sev="Minor", text="經貿路車輛偵測器1 平均車速降至 22 km/h (下班尖峰)")
    s.cctv("SN-CCTV-005", "stalled_vehicle", 0.84, 560.0, B)
    s.c1999("traffic_accident", off(X, -20, -10), 561.0, B, "經貿黎明路口機車撞汽車 騎士倒地")
    s.f119("ambulance", X, 561.5, B, "經貿路二段/黎明路三段口 機車事故 1人受傷")
    kb = s.police("injury_accident", "Moderate", X, 565.0, B, "經貿路二段/黎明路三段口 機車闖紅燈與自小客碰撞 騎士送醫 與上午事故無關")
    s.cong("SN-VD-JINGMAO-01", 570.0, B, 9)
    s.police("injury_accident", "Minor", X, 600.0, B, "前案 現場處理完畢", follows=kb)
    return s.write(truth(s,
        "同一路口(經貿路二段/黎明路三段)一天兩起車禍：上午08:10兩車對撞2人輕傷，下午17:20機車闖紅燈撞車1人傷，相隔9小時、"
        "不同車輛、不同原因。中午有民眾反映上午車禍碎片未清(屬上午事件的善後)。傍晚尖峰車慢為背景。",
        [inc(A, "traffic_accident", "上午經貿/黎明口兩車對撞，2人輕傷(含碎片清理)", s.human_first(A)),
         inc(B, "traffic_accident", "下午經貿/黎明口機車與汽車碰撞，1人傷", s.human_first(B))],
        alt={"why": "The debris call three hours later is a road-cleaning request to the construction bureau; it can be "
                    "read as routine background rather than part of the closed morning crash.",
             "incidents": [inc(A, "traffic_accident", "上午經貿/黎明口兩車對撞", s.human_first(A, alt=True)),
                           inc(B, "traffic_accident", "下午經貿/黎明口機車與汽車碰撞", s.human_first(B, alt=True))]},
        notes="Same intersection, same camera, same detector: place alone must not merge them. The evening "
              "rush-hour slow-down 15 minutes before the second crash is background; the congestion after it belongs "
              "to it."))


ALL = [s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19]
if __name__ == "__main__":
    for f in ALL:
        print(f())
