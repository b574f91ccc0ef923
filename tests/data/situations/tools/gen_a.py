"""Situations 01-08."""
from lib import Sit, pos, off, on_road, SENS


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}


def truth(s, desc, incidents, alt=None, notes=None):
    d = {"situation": s.title, "description": desc, "incidents": incidents}
    if alt:
        d["alternative_reading"] = alt
    if notes:
        d["notes"] = notes
    return d


# ---------------------------------------------------------------- 01
def s01():
    s = Sit(1, "two_unrelated_close", "Two unrelated incidents 480 m apart at the same time (crash at 經貿/黎明, fire at 臺灣智慧營運塔)",
            "2026-03-18T06:00:00Z")
    X = (120.65496, 24.19582)          # 經貿路二段 × 黎明路三段
    F = pos("SN-FA-005")               # 臺灣智慧營運塔
    A, B = "crash_jingmao_liming", "fire_ops_tower"
    s.cctv("SN-CCTV-005", "stalled_vehicle", 0.78, 2.5, A)
    k_a = s.c1999("traffic_accident", off(X, 18, -25), 3.0, A, "經貿路二段與黎明路口 機車與汽車擦撞 有人倒地")
    s.f119("ambulance", X, 3.7, A, "經貿路二段/黎明路三段 車禍 1人受傷 救護車出勤")
    s.c1999("traffic_accident", off(X, -30, 12), 4.0, A, "黎明路經貿路口車禍 機車騎士躺在地上")
    kp = s.police("injury_accident", "Moderate", X, 5.0, A, "經貿路二段/黎明路三段口 汽機車碰撞 機車騎士1人受傷送醫 佔用內側車道")
    s.cong("SN-VD-JINGMAO-01", 9.0, A, 18, sev="Minor")
    s.police("injury_accident", "Minor", X, 24.0, A, "前案 現場處理完畢 車輛已移置 恢復通行", follows=kp)
    # fire at the tower
    s.fa("SN-FA-005", "alarm", 7.0, B)
    k_b = s.c1999("fire_smoke", s.scatter(F, 60, 150), 8.0, B, "智慧營運塔三樓窗戶冒煙")
    s.f119("fire", F, 8.3, B, "臺灣智慧營運塔 建物火警 出動")
    s.c1999("fire_smoke", s.scatter(F, 80, 250), 8.6, B, "看到營運塔那邊冒黑煙")
    # caller standing near the crash (138 m from it, 337 m from the tower) reporting the smoke
    s.c1999("fire_smoke", (120.6560, 24.1950), 9.2, B, "我在經貿路這邊 看到東南邊大樓在冒煙")
    s.c1999("fire_smoke", s.scatter(F, 40, 120), 10.1, B, "營運塔有火災警報在響 員工都跑出來了")
    kf = s.police("fire_report", "Moderate", F, 12.0, B, "臺灣智慧營運塔3樓機房冒煙 人員疏散中 消防人員已到場")
    s.police("fire_report", "Minor", F, 26.0, B, "前案 火勢已撲滅 機房電源設備起火 無人受傷", follows=kf)
    s.fa("SN-FA-005", "normal", 65.0, B)
    # background
    s.c1999("streetlight", (120.6549, 24.1958), 15.0, None, "經貿路二段路燈白天一直亮著 浪費電")
    s.police("theft", "Minor", (120.6530, 24.1960), 30.0, None, "轉運中心旁 自行車失竊 報案人自行到所報案")
    return s.write(truth(s,
        "平日下午兩件同時發生、相距約480公尺的無關事件：經貿路二段/黎明路三段口汽機車碰撞(1人受傷)，"
        "以及臺灣智慧營運塔3樓機房冒煙起火。一名在車禍現場附近的民眾通報的是營運塔的煙(內容決定歸屬，不是位置)。",
        [inc(A, "traffic_accident", "經貿/黎明口汽機車碰撞，1人受傷送醫，佔用內側車道約20分鐘", s.human_first(A)),
         inc(B, "fire", "臺灣智慧營運塔3樓機房起火，疏散，約20分鐘撲滅", s.human_first(B))],
        notes="Distance crash–tower ≈ 476 m. The 1999 fire_smoke call at 120.6560,24.1950 is 138 m from the crash "
              "and 337 m from the tower; it belongs to the fire. The panel alarm alone is not enough to open a fire "
              "(panels false-alarm often); the first human report (a citizen call or the 119 dispatch) is."))


# ---------------------------------------------------------------- 02
def s02():
    s = Sit(2, "flood_spreading_jingmao", "Afternoon cloudburst: flooding spreads north along 經貿路 for 90+ minutes",
            "2026-06-02T07:00:00Z")
    L = "flood_jingmao"
    SIG = "signal_jingmao_zhongping"
    J = lambda lat, dx=0: off(on_road("jingmao", lat), dx, 0)
    s.rain("SN-RG-001", "大雨", 0.0, L, "中央公園雨量站 時雨量 46.5 mm 達大雨標準")
    s.rain("C0F9T0", "大雨", 10.0, None, "西屯測站 時雨量 41.0 mm 達大雨標準", alt=L)
    s.flood("SN-FL-008", 8, 12.0, L)
    k = s.c1999("flooding", J(24.1826, 15), 15.0, L, "經貿路低窪處積水 大約10公分 機車騎不過去")
    s.wl("SN-WL-003", 3, 1.43, 18.0, L)
    s.flood("SN-FL-008", 22, 22.0, L)
    s.c1999("flooding", J(24.1838, -12), 24.0, L, "經貿路二段積水 汽車開過去水花很大")
    s.c1999("flooding", J(24.1842, 10), 25.5, L, "經貿路靠近公園這邊淹水了")
    s.cong("SN-VD-JINGMAO-02", 28.0, L, 15)
    kp = s.police("flooding_report", "Moderate", J(24.1835), 30.0, L, "經貿路二段往中平路方向 積水約20公分 車輛減速通過 派員警戒")
    s.wl("SN-WL-003", 2, 1.84, 35.0, L)
    s.police("stalled_vehicle", "Moderate", J(24.1850, 5), 38.0, L, "經貿路二段 自小客車涉水熄火 佔用外側車道")
    s.c1999("flooding", J(24.1868, 20), 40.0, L, "經貿路積水越來越深 已經淹到人行道")
    s.c1999("blocked_drain", J(24.1865, -15), 40.5, L, "經貿路水溝蓋在冒水 排水排不掉")
    s.c1999("flooding", J(24.1872, 8), 41.5, L, "經貿路淹水 車子卡在水裡")
    s.f119("rescue", J(24.1850, 5), 41.0, L, "經貿路二段 車輛受困積水 駕駛無法下車 救助")
    s.c1999("flooding", J(24.1861, -20), 43.0, L, "公園東側經貿路一大片積水")
    s.flood("SN-FL-008", 35, 45.0, L)
    kc = s.police("road_closure", "Severe", J(24.1850), 48.0, L, "經貿路二段(中平路至經貿七路間)雙向封閉 改道中科路")
    s.wl("SN-WL-002", 3, 2.04, 50.0, L, alt=None)
    s.sig("SN-SIG-011", "fault", 50.5, SIG, alt=L)
    s.flood("SN-FL-002", 12, 52.0, L, alt=None)
    s.police("theft", "Minor", (120.6540, 24.1950), 50.0, None, "會展中心停車場 機車置物箱遭竊")
    s.c1999("flooding", J(24.1890, 15), 55.0, L, "經貿路北段也開始積水了 靠近綠美圖那邊")
    ksig = s.c1999("traffic_signal", off(pos("SN-SIG-011"), 20, 25), 56.0, SIG,
            "經貿路中平路口紅綠燈不亮 車子亂成一團", alt=L)
    s.cong("SN-VD-JINGMAO-02", 60.0, L, 7, sev="Moderate", text="經貿路車輛偵測器2 平均車速降至 7 km/h (封閉後回堵)")
    s.c1999("flooding", J(24.1895, -10), 60.5, L, "經貿路靠經貿七路南邊積水 大概到小腿")
    s.rain("SN-RG-001", "豪雨", 65.0, L, "中央公園雨量站 3小時累積雨量 104.0 mm 達豪雨標準")
    s.police("flooding_report", "Severe", J(24.1890), 65.0, L,
             "前案 積水延伸至經貿七路以南約300公尺 水深約30至40公分 持續管制", follows=kp)
    s.cctv("SN-CCTV-006", "stalled_vehicle", 0.58, 72.0, L, alt=None)
    s.police("traffic_signal_fault", "Moderate", pos("SN-SIG-011"), 70.0, SIG,
             "經貿路/中平路口號誌故障 派員指揮交通 已通報交通局", alt=L)
    s.wl("SN-WL-003", 1, 2.21, 75.0, L)
    s.c1999("illegal_parking", (120.6580, 24.1880), 80.0, None, "有汽車停在公園人行道上")
    s.c1999("flooding", J(24.1880, 12), 81.0, L, "經貿路封路了 還是有機車硬闖")
    s.police("stalled_vehicle", "Minor", J(24.1878), 85.0, L, "經貿路二段 機車涉水熄火 已協助推離")
    s.c1999("streetlight", (120.6600, 24.1905), 88.0, None, "經貿路東側一排路燈沒亮")
    s.sig("SN-SIG-011", "restored", 92.0, SIG, alt=L)
    s.flood("SN-FL-008", 24, 95.0, L, text="經貿路低窪處 淹水深度下降至 24 公分")
    s.police("road_closure", "Moderate", J(24.1850), 102.0, L, "前案 積水漸退 經貿路二段開放單線通行", follows=kc)
    return s.write(truth(s,
        "午後對流性豪雨，經貿路低窪處(SN-FL-008)先積水，區域排水水位連升三級，積水沿經貿路往北延伸約800公尺至經貿七路以南，"
        "兩車涉水熄火(一車駕駛受困由119救出)，警方封閉經貿路二段約一小時。同時經貿路/中平路口號誌故障(在積水路段南端再往南約1公里)。",
        [inc(L, "flood", "經貿路二段積水，自低窪處向北延伸，車輛受困，道路封閉", s.human_first(L)),
         inc(SIG, "infrastructure", "經貿路/中平路口號誌故障，需號誌廠商2小時內到場、警方指揮交通", s.human_first(SIG))],
        alt={"why": "The signal at 經貿路/中平路 failed during the same storm on the same road; one can treat it as part "
                    "of the flood response (same road, same dispatch of traffic police), and the pond readings and the "
                    "distant CWA 西屯 rain alarm as context rather than evidence.",
             "incidents": [inc(L, "flood", "經貿路積水與其影響(含中平路口號誌故障)", s.human_first(L, alt=True))]},
        notes="Pond sensors (SN-WL-002, SN-FL-002) filling is what detention ponds are for; primary reading keeps them "
              "with the flood as hydrological evidence of the same cloudburst, alternative reading treats them as "
              "noise. The CWA 西屯 gauge (≈1.8 km away) is context only in the primary reading. Theft, illegal parking "
              "and streetlight calls are background."))


# ---------------------------------------------------------------- 03
FIRE_TEXTS = ["{b}冒出大量黑煙", "看到{b}那邊有火光", "聞到很濃的燒焦味 好像是{b}", "{b}失火了 煙很大",
              "{b}旁邊都是煙 快來", "{b}好像燒起來了", "路過{b} 屋頂在冒煙", "家裡陽台看到{b}方向濃煙",
              "{b}火災 有人跑出來", "煙霧飄到這邊來了 是{b}燒起來嗎", "{b}有爆炸聲 然後冒煙", "請問{b}是不是火災"]


def s03():
    s = Sit(3, "fire_1999_burst", "Fire at 臺中流行影音中心: fire panel alarm, then a burst of 36 citizen 1999 calls in 15 minutes",
            "2026-04-11T13:40:00Z")
    F = pos("SN-FA-006")
    L = "fire_pop_music_centre"
    s.fa("SN-FA-006", "alarm", 0.2, L)
    calls = []
    times = sorted(1.5 + s.rng.expovariate(1 / 4.0) for _ in range(36))
    for i, tm in enumerate(times):
        p = s.scatter(F, 40, 600 if i % 4 else 250)
        cat = "fire_smoke" if i % 9 else "other"
        txt = s.rng.choice(FIRE_TEXTS).format(b=s.rng.choice(["流行影音中心", "影音中心", "凱旋路那棟大建築"]))
        calls.append(s.c1999(cat, p, tm, L, txt))
    s.f119("fire", F, 2.0, L, "臺中流行影音中心 建物火警 第一出動")
    s.cctv("SN-CCTV-007", "smoke", 0.62, 4.0, L, text="黎明路/凱旋路口攝影機 南方遠處偵測煙霧")
    kp = s.police("fire_report", "Severe", F, 5.0, L, "臺中流行影音中心 建物火警 濃煙竄出 凱旋路實施交通管制")
    s.c1999("noise", (120.6590, 24.1790), 7.0, None, "隔壁鄰居唱卡拉OK很吵")
    s.c1999("illegal_parking", off(F, 40, 60), 9.0, L, "影音中心旁邊有車違停 消防車進不去")
    s.cong("SN-VD-KAIXUAN-02", 10.0, L, 12)
    s.police("road_closure", "Moderate", off(F, -20, 0), 12.0, L, "配合消防救災 凱旋路(中科路至黎明路段)雙向封閉")
    s.c1999("streetlight", (120.6530, 24.1760), 13.0, None, "公園南邊步道路燈閃爍")
    s.cong("SN-VD-ZHONGKE-01", 15.0, L, 16)
    s.f119("ambulance", F, 18.0, L, "臺中流行影音中心 火警現場 1名工作人員吸入濃煙 送醫")
    s.police("theft", "Minor", (120.6535, 24.1965), 20.0, None, "轉運中心候車室 旅客背包遭竊")
    s.fa("SN-FA-006", "fault", 25.0, L)
    s.police("fire_report", "Moderate", F, 35.0, L, "前案 火勢已控制 1人嗆傷送醫 其餘人員均已疏散", follows=kp)
    s.police("road_closure", "Minor", off(F, -20, 0), 70.0, L, "前案 殘火處理完畢 凱旋路恢復通行", follows=kp)
    return s.write(truth(s,
        "晚間臺中流行影音中心後台起火，火警受信總機先發報，隨後15分鐘內36通1999民眾來電(距離40-600公尺，大多描述黑煙)，"
        "119出動、警方封閉凱旋路，1人嗆傷送醫，約35分鐘控制火勢。同時段另有卡拉OK噪音、路燈、竊盜等無關案件。",
        [inc(L, "fire", "流行影音中心建物火警，疏散、交通管制、1人嗆傷", s.human_first(L))],
        notes="All 36 calls are one fire (some categorised 'other' by the call taker). A smoke detection by a camera "
              "≈1 km north (SN-CCTV-007) is the same fire. The illegal-parking call blocking the fire lane belongs to "
              "the fire. One incident for the whole burst; the sufficient evidence is the first human report (119 "
              "dispatch or citizen call) after the panel alarm."))


# ---------------------------------------------------------------- 04
def s04():
    s = Sit(4, "fire_1999_burst_panel_offline", "Night fire at 逢甲大學水湳校區 with the building's fire panel going offline instead of alarming",
            "2026-11-20T19:00:00Z")
    F = pos("SN-FA-009")
    L = "fire_fcu_campus"
    s.c1999("noise", off(F, 30, -40), -12.0, None, "宿舍旁邊學生聚會很吵")
    ko = s.status("SN-FA-009", "offline", 8.0, L, alt=None)
    s.offline_alert("SN-FA-009", 13.0, L, alt=None, text="逢甲大學水湳校區 火警受信總機 離線")
    calls = []
    times = sorted(14.0 + s.rng.expovariate(1 / 5.0) for _ in range(24))
    for i, tm in enumerate(times):
        p = s.scatter(F, 30, 450)
        txt = s.rng.choice(FIRE_TEXTS).format(b=s.rng.choice(["逢甲水湳校區", "逢甲新校區大樓", "校區實驗大樓"]))
        calls.append(s.c1999("fire_smoke", p, tm, L, txt))
    s.f119("fire", F, 15.5, L, "逢甲大學水湳校區 實驗大樓火警 第一出動 (民眾報案)")
    kp = s.police("fire_report", "Severe", F, 20.0, L, "逢甲大學水湳校區實驗大樓4樓起火 現場火警受信總機無發報 學生疏散中")
    s.cctv("SN-CCTV-010", "smoke", 0.55, 22.0, L, text="河南路/中平路口攝影機 北方偵測煙霧")
    s.f119("ambulance", F, 31.0, L, "逢甲水湳校區火警 2名學生吸入濃煙 送醫")
    s.f119("ambulance", off(F, 20, 10), 33.0, L, "逢甲水湳校區火警 1名學生疏散時扭傷")
    s.police("fire_report", "Moderate", F, 55.0, L, "前案 火勢撲滅 起火原因為實驗室電器 總機線路燒毀", follows=kp)
    s.c1999("streetlight", (120.6585, 24.1760), 60.0, None, "中平路旁路燈不亮")
    s.status("SN-FA-009", "online", 220.0, L, alt=None)
    return s.write(truth(s,
        "深夜逢甲大學水湳校區實驗大樓4樓起火。火警受信總機未發報，而是通訊中斷(離線)，隨後24通1999來電、119出動、3人送醫。"
        "總機約3.5小時後修復上線。",
        [inc(L, "fire", "逢甲水湳校區實驗大樓火警，總機離線未發報", s.human_first(L))],
        alt={"why": "The panel going offline 6 minutes before the first call is, in hindsight, the fire burning its "
                    "communication line; without hindsight it is a device fault. The alternative reading keeps the "
                    "fire identical but leaves the panel status/offline items out (noise/maintenance).",
             "incidents": [inc(L, "fire", "逢甲水湳校區實驗大樓火警", s.human_first(L, alt=True))]},
        notes="A 1999 noise call from the same dormitory 20 minutes before the fire is background. The panel offline "
              "alone is not sufficient; the first citizen call is."))


# ---------------------------------------------------------------- 05
def s05():
    s = Sit(5, "convention_evening_dense", "Concert evening at the convention centre with five small unrelated incidents within 300 m",
            "2026-08-15T10:00:00Z")
    C = (120.6551, 24.1944)            # 臺中國際會展中心 (between panels A and B)
    EV, CR, PP, SG, PF, CX = ("concert_ticec", "shuttle_crowd_after_show", "pickpocket_series", "signal_jingmao_liming",
                             "walkway_flood_museumbrary", "crash_jingmao_7th")
    k_ev = s.planned("concert", C, 60.0, 240.0, "2026-08-15T01:00:00Z", EV,
                     "臺中國際會展中心 演唱會 19:00-22:00 預估觀眾12,000人 經貿路二段周邊交通管制 轉運中心接駁")
    s.cctv("SN-CCTV-005", "crowding", 0.70, 45.0, EV)
    s.park("SN-PK-006", 40.0, EV)
    s.cong("SN-VD-JINGMAO-01", 50.0, EV, 14)
    s.park("SN-PK-002", 55.0, EV)
    s.c1999("illegal_parking", off(C, 120, -80), 52.0, EV, "會展中心附近機車亂停 佔滿人行道")
    s.cong("SN-VD-LIMING-01", 60.0, EV, 17)
    s.c1999("illegal_parking", off(C, -150, 60), 65.0, EV, "黎明路上一堆車併排停車等人")
    # signal fault at 經貿/黎明
    X = (120.65496, 24.19582)
    s.sig("SN-SIG-005", "fault", 80.0, SG)
    kdark = s.cctv("SN-CCTV-005", "signal_dark", 0.90, 81.0, SG)
    ksg = s.c1999("traffic_signal", off(X, 25, -15), 84.0, SG, "經貿黎明路口紅綠燈全暗 散場前一定大塞車")
    s.police("traffic_signal_fault", "Moderate", X, 90.0, SG, "經貿路二段/黎明路三段口號誌全暗 派員以手勢指揮 已通報交通局")
    # short shower, walkway by the Museumbrary
    kpf = s.c1999("flooding", (120.6562, 24.1922), 121.0, PF, "會展中心往綠美圖的步道積水 大概10公分 看演唱會的人都踩水", alt=None)
    s.c1999("flooding", (120.6559, 24.1925), 133.0, PF, "會展中心到綠美圖中間的步道淹水 排水孔好像堵住", alt=None)
    s.c1999("noise", (120.6590, 24.1930), 140.0, EV, "演唱會音量太大 家裡窗戶都在震")
    s.sig("SN-SIG-005", "restored", 160.0, SG)
    # pickpockets
    kpp = s.police("theft", "Minor", off(C, -20, 30), 150.0, PP, "會展中心演唱會入場區 觀眾手機遭竊 疑扒手", alt=None)
    kpp2nd = s.police("theft", "Minor", off(C, 40, -10), 175.0, PP, "會展中心演唱會場內 觀眾皮夾遭竊 與前案手法相同", alt=None)
    kpp2 = s.c1999("other", off(C, 10, 50), 190.0, PP, "會展中心演唱會有扒手 我朋友手機被偷 警察要加強", alt=None)
    # injury crash at 經貿/經貿七路 (≈285 m from the centre)
    Y = (120.65685, 24.19247)
    s.cctv("SN-CCTV-006", "stalled_vehicle", 0.81, 200.0, CX)
    kcx = s.c1999("traffic_accident", off(Y, 15, 20), 201.5, CX, "經貿七路口機車撞汽車 騎士受傷")
    s.f119("ambulance", Y, 202.0, CX, "經貿路二段/經貿七路口 車禍 1人受傷")
    s.police("injury_accident", "Moderate", Y, 205.0, CX, "經貿路二段/經貿七路口 自小客與機車碰撞 機車騎士腿部擦傷送醫")
    s.c1999("traffic_accident", off(Y, -20, 10), 204.0, CX, "經貿路那邊有車禍 救護車來了")
    # after the show: crush at the shuttle boarding point on 經貿路二段 (north side of the centre)
    H = (120.6545, 24.1960)
    s.cctv("SN-CCTV-005", "crowding", 0.86, 246.0, CR, p=H, alt=EV)
    kcr = s.police("crowd_control", "Moderate", H, 250.0, CR,
                   "會展中心北側經貿路二段接駁車上車處 散場人潮擁擠 發生推擠 請求增派警力", alt=EV)
    s.c1999("crowding", off(H, 10, -8), 252.0, CR, "接駁車排隊的人在推擠 有小孩跌倒", alt=EV)
    s.f119("ambulance", H, 256.0, CR, "會展中心接駁車上車處 兒童跌倒擦傷 救護", alt=EV)
    s.police("crowd_control", "Minor", H, 275.0, CR, "前案 增派警力後秩序恢復 接駁車分批發車", alt=EV, follows=kcr)
    s.cong("SN-VD-JINGMAO-01", 245.0, EV, 9)
    s.c1999("streetlight", (120.6535, 24.1925), 230.0, None, "會展中心西側路燈壞了")
    return s.write(truth(s,
        "週六晚間會展中心演唱會(已核准，12,000人)。進場前停車場客滿、經貿路與黎明路車多(皆屬活動預期)。"
        "同一區域300公尺內另有：經貿/黎明口號誌全暗(80分鐘)、會展中心往綠美圖步道短暫積水、場內連續扒竊、經貿七路口車禍1人傷，"
        "以及散場時會展中心北側接駁車上車處推擠需增派警力。",
        [inc(EV, "planned_event", "會展中心演唱會(核准活動)，交通、停車、噪音等預期影響", k_ev),
         inc(SG, "infrastructure", "經貿/黎明口號誌全暗，警方手勢指揮，交通局派修", s.human_first(SG, extra=[kdark])),
         inc(PF, "flood", "會展中心往綠美圖步道短暫積水(排水孔堵塞)", s.human_first(PF)),
         inc(PP, "public_safety", "演唱會場內連續扒竊", kpp2nd),
         inc(CX, "traffic_accident", "經貿路二段/經貿七路口汽機車碰撞，1人輕傷", s.human_first(CX)),
         inc(CR, "crowd", "散場後接駁車上車處推擠，增派警力、1名兒童擦傷", s.human_first(CR))],
        alt={"why": "The post-show crush at the shuttle boarding point can be read as an escalation of the planned event itself (same "
                    "operation, same police commander); the walkway puddle and the pickpocket reports can be read as "
                    "routine work with no dispatch from the centre (noise).",
             "incidents": [inc(EV, "planned_event", "演唱會(含散場推擠)", k_ev),
                           inc(SG, "infrastructure", "經貿/黎明口號誌全暗", s.human_first(SG, extra=[kdark], alt=True)),
                           inc(CX, "traffic_accident", "經貿七路口車禍", s.human_first(CX, alt=True))]},
        notes="Crowding, full car parks, congestion, illegal-parking and noise calls before/during the concert are "
              "explained by the permit and grouped with it. The camera at 經貿/黎明 (SN-CCTV-005) produces both a "
              "concert crowding event, a signal_dark event and the post-show crush: they belong to different incidents. Distances from the centre: signal 158 m, walkway ≈270 m, crash 278 m, boarding point ≈190 m. The pickpocket "
              "incident becomes sufficient at the second theft report (a pattern: same method, same venue)."))


# ---------------------------------------------------------------- 06
def s06():
    s = Sit(6, "late_duplicate_skewed", "Morning crash on 環中路 and a truck breakdown 480 m away, delivered late, duplicated, clock-skewed and out of order",
            "2026-05-14T00:10:00Z")
    X = (120.65217, 24.19785)     # 中科路 × 環中路二段
    Y = (120.64766, 24.19659)     # 凱旋路 × 環中路二段
    A, B = "crash_zhongke_huanzhong", "truck_breakdown_kaixuan"
    kc = s.cctv("SN-CCTV-003", "stalled_vehicle", 0.74, 0.3, A, arr=0.6)
    s.dup(kc, 0.62)
    ka = s.c1999("traffic_accident", off(X, 20, -30), 1.0, A, "環中路中科路口 汽車追撞 有人受傷", arr=2.5)
    s.dup(ka, 2.52)
    s.f119("ambulance", X, 1.7, A, "環中路二段/中科路 車禍 1人受傷 救護車出勤", arr=21.0)
    s.dup(kc, 4.03)                 # redelivery after a gateway reconnect
    kp = s.police("injury_accident", "Moderate", X, 2.0, A, "環中路二段/中科路口 自小客追撞 1人頸部受傷送醫 佔用2車道", arr=17.0)
    s.cong("SN-VD-HUANZHONG-02", 6.0, A, 16, arr=6.7)
    # detector clock 7 minutes fast: observed later than arrival
    s.cong("SN-VD-HUANZHONG-02", 15.5, A, 9, arr=8.6, text="環中路車輛偵測器2 平均車速降至 9 km/h")
    s.police("injury_accident", "Minor", X, 15.0, A, "前案 事故車已拖離 恢復通行", follows=kp, arr=15.3)
    s.c1999("illegal_parking", (120.6500, 24.1960), 9.0, None, "環中路慢車道有車違停", arr=10.5)
    s.dup("s06-1999-%03d" % s.n, 10.52)
    s.park("SN-PK-001", 12.0, None, text="水湳轉運中心停車場 汽車位已滿(上班尖峰)")
    # truck breakdown: CCTV clock set to local time but labelled UTC (+8 h)
    s.cctv("SN-CCTV-002", "stalled_vehicle", 0.83, "2026-05-14T08:45:10Z", B, arr=35.3)
    kb = s.police("stalled_vehicle", "Minor", Y, 40.0, B, "環中路二段/凱旋路口 大貨車故障停於外側車道 已通知拖吊", arr=40.5)
    s.dup(kb, 40.52)
    s.dup(kb, 48.0)
    s.cong("SN-VD-HUANZHONG-02", 44.0, B, 21, sev="Minor", arr=56.0)
    s.c1999("other", off(Y, -15, 25), 42.0, B, "凱旋路口大卡車拋錨 沒放警示標誌 很危險", arr=44.0)
    s.police("stalled_vehicle", "Minor", Y, 70.0, B, "前案 拖吊完成 恢復通行", follows=kb, arr=70.4)
    return s.write(truth(s,
        "上班尖峰：08:10(當地)環中路二段/中科路口追撞1人傷；08:45凱旋路口(西方約480公尺)大貨車故障拋錨。"
        "資料傳遞異常：CCTV與1999重複送達、警方初報晚15分鐘且後續報告先到、119派遣晚19分鐘、一具車輛偵測器時鐘快7分鐘、"
        "一具攝影機把當地時間當成UTC(快8小時)。",
        [inc(A, "traffic_accident", "環中路/中科路口追撞，1人受傷", s.human_first(A)),
         inc(B, "traffic_accident", "環中路/凱旋路口大貨車故障佔用車道", s.human_first(B))],
        notes="Duplicates repeat the key with a later arrival; they are the same evidence. The police follow-up "
              "(follows=initial report) arrives before the initial report. The 08:45Z CCTV item on SN-CCTV-002 is "
              "really at 00:45Z (timezone bug, +8 h); it belongs to the truck. The VD congestion observed 00:25:30 "
              "arriving 00:18:36 is a 7-minute fast clock; it belongs to the crash queue. The congestion at 00:54 on "
              "the same detector is the truck's queue. Breakdown 35 min later and 480 m away is a separate incident."))


# ---------------------------------------------------------------- 07
def s07():
    s = Sit(7, "park_gateway_offline", "Central Park sensor gateway fails: eleven devices go offline within a minute on a dry morning",
            "2026-07-08T02:00:00Z")
    L = "park_gateway_outage"
    devs = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002",
            "SN-RG-001", "SN-PK-004", "SN-PK-005", "SN-FA-007"]
    keys = []
    for i, d in enumerate(devs):
        keys.append(s.status(d, "offline", 3.0 + i * 0.06 + s.rng.uniform(0, 0.3), L, alt=None))
    for i, d in enumerate(devs):
        s.offline_alert(d, 8.0 + i * 0.4, L, alt=None)
    s.c1999("road_damage", (120.6610, 24.1800), 20.0, None, "經貿路東側人行道地磚破損")
    s.status("SN-VD-HUANZHONG-04", "offline", 25.0, None)
    s.offline_alert("SN-VD-HUANZHONG-04", 30.0, None)
    s.status("SN-VD-HUANZHONG-04", "online", 41.0, None)
    s.c1999("illegal_parking", (120.6545, 24.1890), 50.0, None, "公園北側紅線有車違停")
    for i, d in enumerate(devs):
        s.status(d, "online", 100.0 + i * 0.05 + s.rng.uniform(0, 0.2), L, alt=None)
    return s.write(truth(s,
        "晴天上午，中央公園內一台4G閘道器故障，五座滯洪池淹水感測器、兩座滯洪池水位計、雨量站、兩座地下停車場車位偵測與停車場火警總機"
        "在一分鐘內全部離線，約1小時40分後維修人員更換閘道器恢復。另有環中路一具車輛偵測器短暫離線16分鐘(無關)。",
        [inc(L, "infrastructure", "中央公園感測閘道器故障，公園監測全盲(含停車場火警總機)，需派資訊維護廠商", s.nth_arrival(keys, 4))],
        alt={"why": "A gateway failure is a technical fault with no field situation; some centres would handle it as a "
                    "maintenance ticket and open no incident. Under that reading every item is noise.",
             "incidents": []},
        notes="My reading: one technical incident, because the park's flood monitoring and a fire panel are blind "
              "together; a coordinator must know it and dispatch maintenance (and on a rainy day would send a patrol). "
              "Sufficient evidence: the fourth simultaneous offline status (several devices of one site at once). The "
              "lone VD offline 2 km away is routine (noise)."))


# ---------------------------------------------------------------- 08
def s08():
    s = Sit(8, "cascade_fire_traffic", "Bus fire at 水湳轉運中心 causes a jam on 環中路, and a rear-end crash in the queue",
            "2026-09-18T09:30:00Z")
    F = pos("SN-FA-001")
    L, J, R = "fire_transit_hub", "jam_huanzhong", "rearend_in_queue"
    s.fa("SN-FA-001", "alarm", 0.7, L)
    ksmoke = s.cctv("SN-CCTV-004", "smoke", 0.74, 1.0, L)
    calls = []
    for tm in (1.5, 2.2, 2.9, 3.4, 4.6, 6.0):
        calls.append(s.c1999("fire_smoke", s.scatter(F, 30, 300), tm, L,
                    s.rng.choice(["轉運中心裡面有車子燒起來", "轉運中心冒黑煙", "客運月台那邊失火 大家在跑", "轉運站好像火災 很多煙"])))
    k119 = s.f119("fire", F, 2.0, L, "水湳轉運中心 客運車輛起火 第一出動")
    kp = s.police("fire_report", "Severe", F, 4.0, L, "水湳轉運中心客運月台 大客車起火 旅客疏散中 無人受困")
    kc = s.police("road_closure", "Moderate", (120.6525, 24.1981), 8.0, L,
                  "配合消防救災 環中路二段(中科路至經貿路段)封閉外側車道")
    s.cong("SN-VD-HUANZHONG-02", 10.0, L, 14, alt=J)
    kj = s.cong("SN-VD-JINGMAO-01", 12.0, L, 11, alt=J)
    s.cctv("SN-CCTV-003", "stalled_vehicle", 0.60, 15.0, L, alt=J)
    s.cong("SN-VD-HUANZHONG-03", 16.0, L, 12, alt=J)
    s.c1999("other", (120.6505, 24.1975), 20.0, L, "環中路整個塞住不動 發生什麼事", alt=J)
    s.cong("SN-VD-ZHONGQING-01", 20.0, L, 15, alt=J)
    s.cctv("SN-CCTV-004", "crowding", 0.70, 22.0, L)
    s.cong("SN-VD-KAIXUAN-01", 25.0, L, 17, sev="Minor", alt=J)
    s.f119("ambulance", F, 26.0, L, "水湳轉運中心火警 1名司機嗆傷 送醫")
    s.c1999("other", (120.6560, 24.1990), 28.0, L, "中清路往環中路回堵到交流道", alt=J)
    # rear-end crash in the queue, 450 m west
    Q = (120.6485, 24.1969)
    s.cctv("SN-CCTV-002", "stalled_vehicle", 0.70, 31.0, R)
    kr = s.police("accident", "Minor", Q, 32.0, R, "環中路二段往台74方向車陣中 自小客追撞 無人受傷 雙方在場")
    s.c1999("traffic_accident", off(Q, 20, 10), 33.0, R, "環中路塞車又追撞 更塞了")
    s.police("fire_report", "Moderate", F, 50.0, L, "前案 火勢撲滅 1人嗆傷送醫 轉運中心部分月台暫停使用", follows=kp)
    s.police("accident", "Minor", Q, 55.0, R, "前案 雙方車輛移至路邊 完成處理", follows=kr)
    s.police("road_closure", "Minor", (120.6525, 24.1981), 70.0, L, "前案 環中路二段恢復通行", follows=kc)
    s.fa("SN-FA-001", "normal", 80.0, L)
    s.c1999("streetlight", (120.6620, 24.1950), 40.0, None, "中清路旁路燈故障")
    return s.write(truth(s,
        "週五下班尖峰，轉運中心客運月台大客車起火；消防車作業封閉環中路外側車道，環中路、經貿路、中清路回堵；"
        "回堵車陣中(西方約440公尺)發生一起追撞(無人受傷)。",
        [inc(L, "fire", "轉運中心大客車火警，含其造成的交通管制與回堵", s.human_first(L, extra=[ksmoke])),
         inc(R, "traffic_accident", "環中路車陣中追撞，無人受傷", s.human_first(R))],
        alt={"why": "The jam is a consequence of the fire but needs different agencies (traffic police, signal timing "
                    "at the traffic bureau) over a wider area (up to ≈520 m); some coordinators open it as its own "
                    "traffic incident. The rear-end crash stays separate in both readings.",
             "incidents": [inc(L, "fire", "轉運中心大客車火警(火場、封閉、疏散)", s.human_first(L, extra=[ksmoke], alt=True)),
                           inc(J, "traffic_congestion", "環中路/經貿路/中清路因火警封閉回堵", kj),
                           inc(R, "traffic_accident", "環中路車陣中追撞", s.human_first(R, alt=True))]},
        notes="Primary reading: one incident per dispatch job — the jam is managed as part of the fire. The road "
              "closure and the evacuees crowding at the hub stay with the fire in both readings."))


ALL = [s01, s02, s03, s04, s05, s06, s07, s08]
if __name__ == "__main__":
    for f in ALL:
        print(f())
