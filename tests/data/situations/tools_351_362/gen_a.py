"""Situations 351-356 (seeded)."""
from datetime import timedelta
from lib import Sit, pos, routine, band, offset_m


def s351():
    s = Sit(351, "power_cut_crash_in_dark", "2016-11-08", 351,
            "週二晚間 19:42 台電饋線跳脫，環中路二段、凱旋路、黎明路三段以西一帶停電約 85 分鐘：四個路口號誌熄滅、監視器與車輛偵測器離線、"
            "轉運中心火警總機改由預備電源供電、整排路燈不亮。20:06 黑暗中的黎明路三段/凱旋路口發生汽機車事故，機車騎士骨折送醫。")
    t = s.t
    P, C = "P", "C"
    # background before the outage
    lon, lat = s.near(*pos("SN-PK-003"), 60, 150)
    s.c1999(3101, "illegal_parking", lon, lat, t("19:31"), 140, None,
            "河南路停車場旁邊公車站有一台白色休旅車停在那邊很久了，公車都沒辦法靠站，麻煩派人來開單。")
    s.rule("SN-VD-HENAN-01", "congestion", "Minor", t("19:35"), 45, None,
           "河南路車輛偵測器1 平均速率 24 km/h（5分鐘），低於門檻 25 km/h")
    # the outage: signals go dark first
    for i, (sid, sec) in enumerate([("SN-SIG-002", 5), ("SN-SIG-001", 9), ("SN-SIG-003", 14), ("SN-SIG-007", 21)]):
        obs = t("19:42:%02d" % sec)
        kw = {}
        if sid == "SN-SIG-007":
            # controller clock never set after a reset: stamps UTC+0 local time (8 h behind)
            it = s.sensor_event(sid, "signal", "fault", obs - timedelta(hours=8), 0, P,
                                text="控制器回報：主電源失電，燈號全滅", arrival=obs + timedelta(seconds=4))
        else:
            it = s.sensor_event(sid, "signal", "fault", obs, 4, P, text="控制器回報：主電源失電，燈號全滅")
        if sid == "SN-SIG-002":
            first_sig = it
            s.dup(it, 31)
    for sid, sec in [("SN-CCTV-002", 70), ("SN-CCTV-001", 76)]:
        s.status(sid, "offline", t("19:42", sec / 60.0), 2, P, text="offline reason=mains_power_lost 市電中斷")
    s.status("SN-CCTV-007", "offline", t("19:44:05"), 1, P, text="offline（遺囑訊息，未附原因）")
    s.sensor_event("SN-FA-001", "fire_alarm", "fault", t("19:42:30"), 3, P,
                   text="主電源斷電，切換預備電源供電")
    for sid, mins, late in [("SN-VD-HUANZHONG-02", 47, 40), ("SN-VD-KAIXUAN-01", 47, 42), ("SN-VD-LIMING-01", 48, 760)]:
        s.rule(sid, "sensor_offline", "Minor", t("19:%02d" % mins), late, P,
               "%s 超過3個回報週期未回傳資料" % sid)
    lon, lat = s.toward(*pos("SN-SIG-007"), -260, 90)
    s.c1999(3107, "streetlight", lon, lat, t("19:44"), 150, P,
            "黎明路這邊整排路燈突然全部不亮，旁邊住家也都暗了，是停電嗎？")
    lon, lat = s.toward(*pos("SN-SIG-002"), 70, -40)
    c = s.c1999(3108, "traffic_signal", lon, lat, t("19:46"), 120, P,
                "環中路凱旋路口紅綠燈都沒亮！車子亂鑽很危險，趕快派人來指揮啦")
    s.dup(c, 95)
    lon, lat = s.toward(*pos("SN-SIG-007"), -380, 150, 60)
    s.c1999(3110, "other", lon, lat, t("19:49"), 180, P,
            "請問我們這邊停電是台電在修嗎？大概什麼時候會來電？冰箱的東西會壞掉。")
    p1 = s.police(2201, "traffic_signal_fault", "Moderate", *pos("SN-SIG-002"), t("19:50"), 150, P,
                  "環中路二段/凱旋路口號誌無電，已派員手勢指揮。")
    lon, lat = s.toward(*pos("SN-SIG-003"), 120, 60)
    s.c1999(3113, "traffic_signal", lon, lat, t("19:52"), 200, P,
            "中科路口的號誌全黑，環中路的車都不減速，行人不敢過。")
    s.rule("SN-VD-HUANZHONG-01", "congestion", "Moderate", t("19:58"), 50, P,
           "環中路車輛偵測器1 平均速率 14 km/h，佔有率 41%")
    s.police(2203, "traffic_signal_fault", "Moderate", *pos("SN-SIG-001"), t("19:58"), 170, P,
             "台74線/環中路二段口號誌熄滅，區域停電，請台電協處。", follows=p1["key"])
    lon, lat = s.toward(*pos("SN-SIG-002"), 320, 110, 80)
    s.c1999(3116, "streetlight", lon, lat, t("20:01"), 160, P,
            "環中路二段那段路燈整條都熄了，黑漆漆的，騎車看不到路。")
    # the crash in the dark at Liming / Kaixuan
    lon, lat = s.toward(*pos("SN-SIG-007"), 60, -55)
    c1 = s.c1999(3119, "traffic_accident", lon, lat, t("20:07"), 75, C,
                 "黎明路凱旋路口兩台車撞在一起，有一個騎機車的倒在地上！紅綠燈都沒亮！")
    a = s.f119(611, "ambulance", *s.toward(*pos("SN-SIG-007"), 10, -10, 10), t("20:08"), 20, C,
               "黎明路三段與凱旋路口 汽機車事故 機車騎士1名倒地 意識清楚 左腿疑骨折 派遣救護車")
    lon, lat = s.toward(*pos("SN-SIG-007"), -140, 120)
    c2 = s.c1999(3121, "traffic_accident", lon, lat, t("20:09"), 110, C,
                 "剛剛路口撞車了，救護車叫了沒？那邊很暗看不太清楚。")
    s.dup(c2, 64)
    lon, lat = s.toward(*pos("SN-SIG-007"), 150, 40, 40)
    s.c1999(3122, "traffic_signal", lon, lat, t("20:10"), 130, P,
            "黎明路這邊紅綠燈也不亮，剛剛還有車禍，可以快點修嗎？", truth_alt=C)
    pc = s.police(2207, "injury_accident", "Moderate", *pos("SN-SIG-007"), t("20:12"), 160, C,
                  "黎明路三段/凱旋路口 A2 汽機車碰撞，號誌因停電熄滅，機車騎士受傷送醫。")
    s.f119(611, "ambulance", *pos("SN-SIG-007"), t("20:15"), 25, C,
           "到達現場 傷者1名 男性約30歲 左小腿開放性骨折 後送中國醫藥大學附設醫院", status="on_scene")
    s.police(2209, "other", "Minor", *s.toward(*pos("SN-SIG-002"), 0, 0, 5), t("20:20"), 240, P,
             "停電範圍：環中路二段、凱旋路、黎明路三段以西。台電稱饋線跳脫搶修中。各路口持續派員指揮。",
             follows=p1["key"])
    s.police(2210, "injury_accident", "Moderate", *pos("SN-SIG-007"), t("20:35"), 180, C,
             "現場處理完畢，肇事車輛已移置路旁，車流恢復。", follows=pc["key"])
    s.f119(611, "ambulance", *pos("SN-SIG-007"), t("20:36"), 25, C, "傷者送抵醫院 返隊", status="returning")
    # background during the outage (outside the dark area, other cause)
    s.status("SN-CCTV-010", "offline", t("20:14"), 2, None, text="offline reason=comms_lost")
    s.status("SN-CCTV-010", "online", t("20:19"), 2, None)
    lon, lat = s.near(*pos("SN-SIG-011"), 80, 200)
    s.c1999(3125, "streetlight", lon, lat, t("20:30"), 210, None,
            "中平路經貿路口附近有一盞路燈一直閃一直閃，燈桿號碼好像是 0417，麻煩來修。")
    # restoration
    for sid, sec in [("SN-SIG-002", 12), ("SN-SIG-001", 15), ("SN-SIG-003", 21), ("SN-SIG-007", 40)]:
        obs = t("21:04:%02d" % sec)
        if sid == "SN-SIG-007":
            s.sensor_event(sid, "signal", "restored", obs - timedelta(hours=8), 0, P,
                           text="主電源恢復，燈號正常運轉", arrival=obs + timedelta(seconds=5))
        else:
            s.sensor_event(sid, "signal", "restored", obs, 5, P, text="主電源恢復，燈號正常運轉")
    s.sensor_event("SN-FA-001", "fire_alarm", "normal", t("21:04:30"), 3, P, text="主電源恢復")
    for sid, sec in [("SN-CCTV-001", 95), ("SN-CCTV-002", 101), ("SN-CCTV-007", 110)]:
        s.status(sid, "online", t("21:04", sec / 60.0), 2, P)
    for sid, sec in [("SN-VD-HUANZHONG-02", 150), ("SN-VD-KAIXUAN-01", 155), ("SN-VD-LIMING-01", 170)]:
        s.status(sid, "online", t("21:04", sec / 60.0), 2, P)
    s.police(2215, "other", "Minor", *pos("SN-SIG-002"), t("21:10"), 200, P,
             "台電 21:04 復電，各路口號誌恢復運作，撤除指揮警力。", follows=p1["key"])
    s.incident(P, "infrastructure",
               "停電（台電饋線跳脫）：環中路二段、凱旋路、黎明路三段以西 4 個路口號誌熄滅、3 支監視器與 3 個車輛偵測器離線、轉運中心火警總機改預備電源、路燈全暗；"
               "派員指揮交通並請台電搶修，19:42–21:04。", first_sig["key"])
    s.incident(C, "traffic",
               "黎明路三段/凱旋路口汽機車事故（A2），在停電熄燈的路口發生，機車騎士骨折送醫。", c1["key"])
    s.alternative("20:10 那通 1999 站在事故路口講號誌不亮又提到車禍：可讀為停電的號誌報案（主讀法），也可讀為事故現場的報案。",
                  [dict(i) for i in s.incidents])
    s.notes = "SN-SIG-007 的控制器時鐘落後 8 小時（observed 錯誤，arrival 正確）。SN-VD-LIMING-01 的離線告警晚到約 13 分鐘。SN-CCTV-010 在停電範圍外、原因為 comms_lost，是背景。"
    return s


def s352():
    s = Sit(352, "water_main_burst_jingmao", "2016-09-21", 352,
            "週三凌晨 03:12（無雨）經貿路三段近敦化路口地下 DN400 自來水幹管破裂：路面湧水、低窪處淹水逾 30 公分、區域排水水位上升、路面掏空，"
            "道路封閉至上午；台水關閥後生態住宅區一帶停水、社區消防加壓水源不足。")
    t = s.t
    W = "W"
    burst = (120.6593, 24.1832)
    # background
    s.sensor_event("SN-FA-012", "fire_alarm", "fault", t("02:10"), 4, None, text="預備電源電壓不足")
    lon, lat = s.near(*pos("SN-FA-011"), 150, 300)
    s.c1999(5201, "noise", lon, lat, t("02:31"), 190, None, "隔壁棟有人在陽台唱歌喝酒，這麼晚了很吵，請警察來勸導一下。")
    # flood sensor in dry weather
    s.rule("SN-FL-008", "flood_depth", "Minor", t("03:20"), 50, W,
           "經貿路低窪處 淹水深度 8 cm（近1小時雨量 0 mm）", level="1-15")
    lon, lat = s.toward(*burst, -90, 110)
    c1 = s.c1999(5203, "flooding", lon, lat, t("03:26"), 150, W,
                 "經貿路這邊馬路中間一直冒水出來，像噴泉一樣，沒下雨欸，是不是水管破了？")
    s.rule("SN-FL-008", "flood_depth", "Moderate", t("03:30"), 45, W,
           "經貿路低窪處 淹水深度 22 cm", level="16-30")
    p1 = s.police(4101, "flooding_report", "Moderate", *s.toward(*burst, 5, -5, 5), t("03:38"), 190, W,
                  "經貿路三段近敦化路口 路面湧水 積水約20公分 疑自來水管破裂 已通報台水。")
    lon, lat = s.toward(*burst, 220, -160, 40)
    c = s.c1999(5205, "flooding", lon, lat, t("03:41"), 160, W, "敦化路口整條變成小河了，機車過不去，水還一直來。")
    s.dup(c, 40)
    s.rule("SN-FL-008", "flood_depth", "Severe", t("03:50"), 48, W, "經貿路低窪處 淹水深度 34 cm", level=">30")
    s.police(4103, "road_closure", "Moderate", *s.toward(*burst, 0, 60, 10), t("03:55"), 210, W,
             "經貿路三段（敦化路至中平路）雙向封閉，車輛改道中科路。", follows=p1["key"])
    s.rule("SN-WL-003", "water_level", "Moderate", t("04:10"), 55, W,
           "水湳區域排水經貿路水位 1.46 m ≥ 三級警戒 1.4 m（無降雨）", level="3")
    s.police(4106, "other", "Moderate", *burst, t("04:25"), 260, W,
             "台水人員到場關閉制水閥，湧水減緩。影響供水範圍：經貿路三段、敦化路一段一帶。", follows=p1["key"])
    s.rule("SN-FL-008", "flood_depth", "Moderate", t("04:40"), 50, W, "經貿路低窪處 淹水深度 19 cm", level="16-30")
    s.rule("SN-FL-008", "flood_depth", "Minor", t("05:30"), 50, W, "經貿路低窪處 淹水深度 6 cm", level="1-15")
    # outage in the neighbourhood
    lon, lat = s.near(*pos("SN-FA-011"), 40, 120)
    s.c1999(5211, "water_outage", lon, lat, t("05:52"), 170, W,
            "我們社區整棟都沒水，早上起來水龍頭都沒水，是停水嗎？有公告嗎？")
    lon, lat = s.near(*pos("SN-FA-012"), 60, 180)
    s.c1999(5214, "water_outage", lon, lat, t("06:05"), 220, W, "水壓很小，只有滴滴答答的，要上班了沒辦法洗澡。")
    lon, lat = s.near(*pos("SN-FA-011"), 200, 450)
    s.c1999(5216, "other", lon, lat, t("06:12"), 180, W, "請問今天敦化路這邊有停水公告嗎？我上網查不到，什麼時候會來水？")
    s.sensor_event("SN-FA-011", "fire_alarm", "fault", t("06:28"), 5, W,
                   text="撒水設備加壓送水裝置 水源水位低", truth_alt=None)
    lon, lat = s.toward(*burst, 30, -20, 10)
    s.c1999(5219, "road_damage", lon, lat, t("06:40"), 210, W, "經貿路那邊柏油被水沖得掀起來，有一個大洞，封起來的地方旁邊也裂開了。")
    lon, lat = s.near(*pos("SN-FA-012"), 100, 400)
    s.c1999(5222, "water_outage", lon, lat, t("07:05"), 200, W, "一早就沒水，到底要停到幾點？小孩要上學連刷牙都沒辦法。")
    s.rule("SN-VD-JINGMAO-02", "congestion", "Moderate", t("07:35"), 45, W,
           "經貿路車輛偵測器2 平均速率 12 km/h，佔有率 46%")
    s.rule("SN-VD-ZHONGKE-01", "congestion", "Moderate", t("07:50"), 45, W,
           "中科路車輛偵測器1 平均速率 17 km/h，佔有率 38%", truth_alt=None)
    lon, lat = s.near(*pos("SN-VD-JINGMAO-02"), 100, 300)
    s.c1999(5226, "other", lon, lat, t("07:52"), 240, W, "經貿路怎麼封起來了？要怎麼繞去中平路？導航一直叫我走進去。")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Moderate", t("08:05"), 45, None,
           "環中路車輛偵測器3 平均速率 19 km/h，佔有率 35%")
    s.police(4112, "road_closure", "Minor", *s.toward(*burst, 0, 60, 10), t("09:40"), 240, W,
             "搶修完成，開挖處回填、暫以鋼板覆蓋，開放單線通行。", follows=p1["key"])
    s.c1999(5211, "water_outage", *pos("SN-FA-011"), t("10:15"), 130, W,
            "案件更新：台水回覆 10:00 已恢復供水，本案結案。", follows="1999-%s-05211" % s.roc()) \
        .update(key="1999-%s-05211/closed" % s.roc())
    s.police(4118, "road_closure", "Minor", *s.toward(*burst, 0, 60, 10), t("11:30"), 220, W,
             "經貿路三段全線恢復雙向通行。", follows=p1["key"])
    s.incident(W, "infrastructure",
               "經貿路三段自來水幹管破裂：路面湧水淹水至 34 cm、排水水位三級、路面掏空、道路封閉，台水關閥後周邊停水；一個台水搶修加一組交通管制。",
               c1["key"])
    alt = [{"label": "W", "type": "flood",
            "description": "經貿路三段湧水淹水與道路封閉、路面掏空（道路與交通那一件）。", "sufficient_evidence_key": c1["key"]},
           {"label": "W2", "type": "infrastructure",
            "description": "生態住宅區一帶停水（供水那一件：通報、公告、社區消防水源）。",
            "sufficient_evidence_key": "1999-%s-05211" % s.roc()}]
    s.alternative("同一根破管造成兩種後果：路上的淹水與封路，社區的停水。主讀法視為一件（一個台水搶修），另一讀法把停水拆成第二件；"
                  "社區消防水源不足的故障訊號在主讀法屬本件，另一讀法同屬停水件；中科路的改道回堵另一讀法視為一般尖峰。", alt)
    for it in s.items:
        if it["category"] in ("water_outage",) or (it["feed"] == "1999" and it["key"].endswith("05216")) \
                or (it["feed"] == "fire_alarm" and it["sensor_id"] == "SN-FA-011"):
            it["truth_alt"] = "W2"
    s.notes = "SN-FA-012 02:10 的「預備電源電壓不足」是面板自己的電池，與破管無關（背景）；SN-FA-011 06:28 的加壓送水水源低是停水的後果。"
    return s


def s353():
    s = Sit(353, "hazmat_hypochlorite_reclamation", "2016-05-17", 353,
            "週二 14:18 水湳水資源回收中心槽車卸收次氯酸鈉時管線破裂，遇廠內酸液產生氯氣：119 化災搶救、警戒區、封路、中國醫藥大學水湳校區疏散、兩名員工吸入不適。"
            "15:12 改道車流在河南路/中平路口另發生一起 A3 追撞。")
    t = s.t
    H, K = "H", "K"
    plant = pos("SN-FA-008")
    lon, lat = s.near(*pos("SN-CCTV-003"), 100, 250)
    s.c1999(6301, "環境公害", lon, lat, t("14:02"), 200, None, "中科路工地灰塵很大，車子經過整個都是沙，有沒有在灑水？")
    lon, lat = s.toward(*pos("SN-FA-010"), -60, -40)
    c1 = s.c1999(6304, "gas_odor", lon, lat, t("14:22"), 140, H,
                 "學校這邊突然有很重的漂白水味道，好刺鼻，好幾個同學在咳嗽，不知道哪裡來的。")
    f = s.f119(731, "hazmat", *plant, t("14:24"), 15, H,
               "水湳水資源回收中心 槽車卸收次氯酸鈉時管線破裂外洩 現場人員2名吸入不適 派遣西屯分隊水箱車、化學災害搶救車、救護車",
               severity="Severe")
    lon, lat = s.toward(*plant, -420, -260, 60)
    s.c1999(6306, "gas_odor", lon, lat, t("14:26"), 170, H, "中平路這邊聞到很臭的氯氣味，眼睛好痛，是不是哪裡化學外洩？")
    s.f119(731, "hazmat", *plant, t("14:31"), 20, H,
           "到達現場 次氯酸鈉槽車卸料管破裂 地面溢流約200公升 與廠內酸液接觸產生氯氣 劃定熱區50公尺、溫區150公尺",
           status="on_scene", severity="Severe")
    s.f119(735, "ambulance", *s.toward(*plant, 20, 10, 5), t("14:33"), 20, H,
           "同回收中心化災案 員工2名吸入氯氣 咳嗽胸悶 意識清楚")
    p1 = s.police(3301, "road_closure", "Severe", *pos("SN-SIG-011"), t("14:35"), 200, H,
                  "經貿路/中平路口起往回收中心方向封閉，禁止人車進入，配合消防化災處置。")
    s.sensor_event("SN-FA-010", "fire_alarm", "alarm", t("14:37"), 3, H, text="手動報警機 北棟3F 動作")
    s.police(3302, "crowd_control", "Moderate", *pos("SN-FA-010"), t("14:40"), 260, H,
             "中國醫藥大學水湳校區疏散北側大樓師生約300人至南側操場。")
    s.sensor_event("SN-CCTV-011", "cctv", "crowding", t("14:45"), 3, H, confidence=0.81, text="路口人群聚集（靜止）")
    lon, lat = s.toward(*plant, -900, -380, 100)
    s.c1999(6312, "gas_odor", lon, lat, t("14:50"), 210, H, "河南路這邊好像也有一點消毒水的味道，要不要把窗戶關起來？")
    s.rule("SN-VD-ZHONGPING-02", "congestion", "Moderate", t("14:55"), 45, H, "中平路車輛偵測器2 平均速率 15 km/h，佔有率 39%")
    s.f119(735, "ambulance", *plant, t("14:52"), 25, H, "2名傷患後送 中國醫藥大學附設醫院", status="returning")
    lon, lat = s.near(*pos("SN-FA-010"), 300, 700)
    s.c1999(6315, "other", lon, lat, t("15:05"), 230, H, "聽說回收中心化學外洩，我小孩在中國醫大上課，學校有沒有疏散？要不要去接？")
    # the second incident: a crash on the detour
    s.sensor_event("SN-CCTV-010", "cctv", "accident", t("15:12:40"), 4, K, confidence=0.74)
    lon, lat = s.toward(*pos("SN-SIG-010"), 70, 60)
    kc = s.c1999(6318, "traffic_accident", lon, lat, t("15:14"), 120, K, "河南路口兩台車擦撞，停在路中間，後面整個塞住了。")
    s.police(3305, "accident", "Minor", *pos("SN-SIG-010"), t("15:16"), 230, K,
             "河南路/中平路口 A3 自小客車追撞，無人受傷（經貿路封閉改道車多）。")
    s.rule("SN-VD-HENAN-02", "congestion", "Moderate", t("15:20"), 45, K, "河南路車輛偵測器2 平均速率 11 km/h，佔有率 44%", truth_alt=H)
    s.rule("SN-VD-ZHONGPING-01", "congestion", "Moderate", t("15:10"), 50, H, "中平路車輛偵測器1 平均速率 16 km/h，佔有率 37%")
    s.police(3307, "accident", "Minor", *pos("SN-SIG-010"), t("15:40"), 200, K, "雙方車輛已移置路旁，車流恢復。",
             follows="TCPD-%s-3305" % s.roc())
    s.status("SN-WL-002", "offline", t("15:30"), 2, None, text="offline reason=battery_low")
    s.f119(731, "hazmat", *plant, t("15:40"), 20, H,
           "外洩已止漏 以吸附棉及中和劑處理完畢 偵測氯氣濃度低於0.5ppm 解除警戒", status="on_scene", severity="Moderate") \
        .update(key="119-%s-0731/on_scene@1540" % s.roc())
    s.sensor_event("SN-FA-010", "fire_alarm", "normal", t("15:48"), 3, H, text="復歸")
    s.f119(731, "hazmat", *plant, t("16:05"), 20, H, "各車返隊", status="returning")
    s.police(3311, "road_closure", "Minor", *pos("SN-SIG-011"), t("16:10"), 220, H, "經貿路/中平路解除封閉，恢復通行。",
             follows=p1["key"])
    lon, lat = s.near(*pos("SN-VD-KAIXUAN-02"), 50, 200)
    s.c1999(6322, "illegal_parking", lon, lat, t("16:20"), 170, None, "凱旋路有人把機車停在騎樓擋住輪椅，麻煩處理。")
    s.incident(H, "hazmat",
               "水湳水資源回收中心次氯酸鈉外洩生成氯氣：119 化災搶救與救護、警戒封路、校園疏散（手動報警機）、下風處異味通報、改道回堵。", f["key"])
    s.incident(K, "traffic", "河南路/中平路口 A3 追撞（改道車流），無人受傷，約 30 分鐘排除。", kc["key"])
    s.alternative("河南路車輛偵測器2 的回堵發生在追撞之後、也在化災改道路線上，可歸追撞（主讀法）也可歸化災封路的改道。", [dict(i) for i in s.incidents])
    s.notes = "1999 的異味通報站在下風 300–1,000 m，不在現場；CMU 火警總機的手動報警機是疏散時被按下的，不是另一起火警。"
    return s


def s354():
    s = Sit(354, "concert_pop_music_center_collapse", "2016-10-15", 354,
            "週六臺中流行影音中心戶外演唱會（許可：16:00 入場、預估 12,000 人）：停車場滿、中科路凱旋路回堵、紅線違停、人行道擁擠、散場後噪音；"
            "20:40 場內一名觀眾倒地 OHCA，救護車進場困難，AED 電擊後恢復心跳送醫。")
    t = s.t
    E, R = "E", "R"
    venue = pos("SN-FA-006")
    pe = s.permit("PE-1051003-0042", "concert", *venue, t("16:00"), t("22:30"), s.t("10:15") - timedelta(days=12), E,
                  "臺中流行影音中心 戶外演唱會「水湳音樂節」 預估入場12,000人 16:00開放入場 18:30開演 22:00散場 "
                  "中科路、凱旋路實施交通管制 管制範圍半徑600公尺")
    s.permit("PE-1051003-0042/amended", "concert", *venue, t("16:00"), t("23:00"), s.t("16:40") - timedelta(days=3), E,
             "變更：散場時間延後至22:30，增設接駁車停靠區於中科路，管制時間延至23:00", follows=pe["key"])
    s.status("SN-RG-003", "offline", t("15:10"), 3, None, text="offline reason=comms_lost")
    s.status("SN-RG-003", "online", t("15:25"), 3, None)
    s.sensor_event("SN-PK-004", "parking", "full", t("16:50"), 20, E, text="剩餘車位 0 / 450")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "Moderate", t("17:10"), 45, E, "凱旋路車輛偵測器2 平均速率 13 km/h，佔有率 42%")
    s.sensor_event("SN-PK-005", "parking", "full", t("17:20"), 20, E, text="剩餘車位 0 / 400")
    s.rule("SN-VD-ZHONGKE-01", "congestion", "Moderate", t("17:25"), 45, E, "中科路車輛偵測器1 平均速率 12 km/h，佔有率 47%")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Moderate", t("17:30"), 45, None,
           "環中路車輛偵測器3 平均速率 21 km/h，佔有率 33%", truth_alt=E)
    lon, lat = s.toward(*pos("SN-VD-ZHONGKE-01"), 40, 180)
    s.c1999(7401, "illegal_parking", lon, lat, t("17:35"), 180, E,
            "中科路兩邊紅線都停滿了車，還有停在人行道上的，公車都過不去，可以來拖吊嗎？")
    s.sensor_event("SN-PK-003", "parking", "full", t("17:45"), 20, E, text="剩餘車位 0 / 300")
    s.police(5401, "crowd_control", "Moderate", *s.toward(*venue, 60, 20, 10), t("17:50"), 240, E,
             "影音中心入口人潮約8,000人，排隊至中科路，派員疏導。")
    lon, lat = s.toward(*venue, 420, 250, 80)
    c = s.c1999(7404, "illegal_parking", lon, lat, t("18:05"), 200, E, "我家車庫門口被擋住了，應該是去聽演唱會的，打電話也沒人接，車子出不去。")
    s.dup(c, 55)
    lon, lat = s.toward(*pos("SN-VD-KAIXUAN-02"), 30, 120)
    s.c1999(7406, "crowding", lon, lat, t("18:10"), 170, E, "凱旋路人行道擠爆了，推來推去很危險，有小孩，有沒有人在管？")
    # the collapse
    r1 = s.f119(812, "ambulance", *s.toward(*venue, 30, -20, 10), t("20:41"), 15, R,
                "臺中流行影音中心 演唱會現場 男性約20歲 倒地意識不清 疑似OHCA 現場保全施行CPR", severity="Severe")
    lon, lat = s.toward(*venue, -40, 30, 20)
    s.c1999(7412, "other", lon, lat, t("20:43"), 100, R, "演唱會裡面有人昏倒了！救護車好像進不來，人太多了，快點！")
    lon, lat = s.toward(*venue, 20, 40, 20)
    s.c1999(7413, "crowding", lon, lat, t("20:45"), 140, R, "舞台前面左邊圍了一大群人，好像有人倒下去，工作人員在叫大家退後。", truth_alt=E)
    s.police(5407, "other", "Moderate", *s.toward(*pos("SN-VD-ZHONGKE-01"), 0, 60, 10), t("20:46"), 180, R,
             "協助救護車進入會場，中科路入口淨空通道。")
    s.f119(812, "ambulance", *venue, t("20:49"), 20, R, "到達現場 AED電擊1次 恢復自主循環 後送中國醫藥大學附設醫院", status="on_scene",
           severity="Severe")
    s.f119(812, "ambulance", *venue, t("21:08"), 20, R, "送抵醫院 返隊", status="returning")
    # noise and egress
    lon, lat = s.near(*pos("SN-FA-011"), 30, 120)
    s.c1999(7417, "noise", lon, lat, t("21:45"), 190, E, "演唱會聲音太大聲了，窗戶都在震，小孩睡不著，都幾點了還在唱？")
    s.police(5410, "crowd_control", "Moderate", *s.toward(*venue, 60, 20, 10), t("22:10"), 250, E,
             "散場人潮約11,000人，中科路暫時封閉供行人通行。", follows="TCPD-%s-5401" % s.roc())
    s.rule("SN-VD-ZHONGKE-01", "congestion", "Severe", t("22:15"), 45, E, "中科路車輛偵測器1 平均速率 6 km/h，佔有率 68%")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "Severe", t("22:20"), 45, E, "凱旋路車輛偵測器2 平均速率 8 km/h，佔有率 61%")
    s.rule("SN-VD-LIMING-01", "congestion", "Moderate", t("22:35"), 45, E, "黎明路車輛偵測器1 平均速率 16 km/h，佔有率 38%")
    lon, lat = s.near(*pos("SN-VD-KAIXUAN-02"), 150, 350)
    s.c1999(7421, "noise", lon, lat, t("22:40"), 210, E, "都散場了路邊還一直有人按喇叭、大聲叫，停車場出口整排車不動。")
    lon, lat = s.near(*pos("SN-PK-003"), 100, 250)
    s.c1999(7423, "streetlight", lon, lat, t("22:50"), 180, None, "河南路停車場出口那盞路燈不亮，燈桿上寫 XT-0583。")
    s.incident(E, "crowd",
               "流行影音中心演唱會的人潮與交通（許可內的預期效應）：停車場滿、回堵、違停、人行道擁擠、散場噪音；一個活動勤務。", pe["key"])
    s.incident(R, "rescue", "演唱會場內觀眾 OHCA，119 救護、警方淨空通道，AED 後恢復心跳送醫。", r1["key"])
    s.alternative("環中路/中清路的 17:30 回堵是平日傍晚常態，也可能有入場車流（另一讀法歸活動）；"
                  "20:45 那通「人潮圍觀」可讀為救護現場（主讀法）或一般擁擠。", [dict(i) for i in s.incidents])
    s.notes = "慣例：許可一到即開活動件（勤務依許可規劃），之後的效應都歸它；活動中發生的意外另開一件。"
    return s


def s355():
    s = Sit(355, "march_jingmao_scuffle", "2016-03-26", 355,
            "週六上午遊行（許可 09:00–12:00，約 3,000 人，路線變更為水湳轉運中心→經貿路二段→中央公園集會）：封路、遊覽車違停、宣傳車噪音、停車場滿、回堵；"
            "10:05 經貿七路口一名駕駛欲強行通過管制與遊行民眾拉扯，一人頭部擦傷。")
    t = s.t
    M, D = "M", "D"
    centre = pos("SN-SIG-006")
    pe = s.permit("PE-1050318-0009", "march", *centre, t("09:00"), t("12:00"), s.t("15:20") - timedelta(days=8), M,
                  "集會遊行許可：「水湳綠地守護」遊行 預估3,000人 09:00水湳轉運中心集合 經中科路至中央公園集會 12:00解散 管制半徑900公尺")
    s.permit("PE-1050318-0009/amended", "march", *centre, t("09:00"), t("12:00"), s.t("11:05") - timedelta(days=2), M,
             "變更路線：改由經貿路二段南行（環中路至經貿七路）進入中央公園，中科路不管制", follows=pe["key"])
    s.status("SN-VD-HENAN-01", "offline", t("08:20"), 2, None, text="offline reason=comms_lost")
    lon, lat = s.toward(*pos("SN-VD-LIMING-01"), 60, 20)
    s.c1999(8501, "illegal_parking", lon, lat, t("08:30"), 190, M, "黎明路上停了一排遊覽車，佔了一整個車道，車子都要切出去很危險。")
    s.status("SN-VD-HENAN-01", "online", t("08:35"), 2, None)
    pc = s.police(6501, "road_closure", "Moderate", *pos("SN-SIG-004"), t("08:45"), 200, M,
                  "經貿路二段（環中路至經貿七路）配合遊行 08:45 起封閉。")
    s.sensor_event("SN-PK-002", "parking", "full", t("08:50"), 20, M, text="剩餘車位 0 / 220")
    s.sensor_event("SN-CCTV-004", "cctv", "crowding", t("09:05"), 3, M, confidence=0.88, text="人群移動")
    s.rule("SN-VD-JINGMAO-01", "congestion", "Moderate", t("09:10"), 45, M, "經貿路車輛偵測器1 平均速率 9 km/h，佔有率 51%")
    lon, lat = s.toward(*pos("SN-PK-001"), 150, -100, 50)
    s.c1999(8504, "other", lon, lat, t("09:12"), 220, M, "經貿路怎麼整條封起來？我要去轉運站搭車，要怎麼走？有公告嗎？")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Moderate", t("09:20"), 45, M, "環中路車輛偵測器3 平均速率 18 km/h，佔有率 36%")
    s.sensor_event("SN-CCTV-005", "cctv", "crowding", t("09:25"), 3, M, confidence=0.91, text="人群移動")
    lon, lat = s.toward(*pos("SN-SIG-005"), 180, 150, 60)
    s.c1999(8507, "noise", lon, lat, t("09:40"), 200, M, "宣傳車擴音器超大聲，從早上就一直喊，假日想睡覺都沒辦法。")
    s.sensor_event("SN-CCTV-006", "cctv", "crowding", t("09:50"), 3, M, confidence=0.86, text="人群移動")
    s.sensor_event("SN-PK-006", "parking", "full", t("09:55"), 20, M, text="剩餘車位 0 / 800", truth_alt=None)
    # the scuffle
    lon, lat = s.toward(*centre, 90, 40)
    d1 = s.c1999(8510, "other", lon, lat, t("10:06"), 80, D, "經貿七路口有人在打架！一個開車的跟遊行的人吵起來動手了，快叫警察！")
    s.sensor_event("SN-CCTV-006", "cctv", "crowding", t("10:06:30"), 3, D, confidence=0.77, text="人群聚集（靜止）", truth_alt=M)
    pd = s.police(6505, "public_disturbance", "Moderate", *centre, t("10:09"), 150, D,
                  "經貿路二段/經貿七路口 遊行民眾與欲強行通過管制之自小客車駕駛發生拉扯，已分開雙方。")
    s.f119(902, "ambulance", *s.toward(*centre, 10, 10, 5), t("10:12"), 15, D, "經貿七路口 男性約50歲 頭部擦傷 意識清楚")
    lon, lat = s.toward(*centre, -200, 260, 60)
    s.c1999(8512, "other", lon, lat, t("10:15"), 170, D, "遊行那邊好像有人受傷，有救護車開進去，怎麼了？")
    s.f119(902, "ambulance", *centre, t("10:18"), 20, D, "傷者拒絕後送 現場包紮 返隊", status="on_scene")
    s.police(6507, "public_disturbance", "Minor", *centre, t("10:40"), 230, D,
             "駕駛帶回第二分局製作筆錄，依妨害秩序偵辦，車輛移置。", follows=pd["key"])
    s.police(6509, "crowd_control", "Minor", *pos("SN-FL-001"), t("10:30"), 260, M,
             "遊行隊伍抵達中央公園，集會約3,200人，秩序良好。")
    lon, lat = s.near(*pos("SN-VD-KAIXUAN-02"), 100, 300)
    s.c1999(8515, "streetlight", lon, lat, t("10:50"), 200, None, "經貿路三段有一盞路燈白天也一直亮著，浪費電。")
    s.police(6512, "road_closure", "Minor", *pos("SN-SIG-004"), t("11:20"), 210, M, "經貿路二段解除管制，恢復通行。", follows=pc["key"])
    lon, lat = s.near(*pos("SN-FL-003"), 50, 200)
    s.c1999(8518, "other", lon, lat, t("11:45"), 230, None, "中央公園裡面有兩隻流浪狗一直追著騎腳踏車的人跑，請動保處來看一下。")
    s.incident(M, "crowd", "許可遊行（經貿路二段→中央公園）：封路、人群、遊覽車違停、宣傳車噪音、停車場滿、回堵；一個遊行勤務。", pe["key"])
    s.incident(D, "public_safety", "經貿七路口駕駛與遊行民眾拉扯（妨害秩序），一人擦傷，駕駛帶回偵辦。", d1["key"])
    s.alternative("經貿七路口 10:06 的靜止人群可讀為拉扯圍觀（主讀法）或遊行本身；會展中心停車場週六滿場未必因遊行（另一讀法為背景）。",
                  [dict(i) for i in s.incidents])
    return s


def s356():
    s = Sit(356, "huanzhong_pileup_secondary_rain", "2016-06-02", 356,
            "週四傍晚大雨，18:12 環中路二段東向近中清路口 5 車連環追撞、1 人受困；回堵車流尾端 18:31 在中科路口發生機車追撞（二次事故）。"
            "中清環中地下道偵測到 9–14 cm 積水。")
    t = s.t
    P, S2, F = "P", "S", "F"
    scene = (120.6555, 24.1989)
    s.rule("SN-RG-002", "heavy_rain", "Moderate", t("17:40"), 60, None, "水湳轉運中心雨量站 1小時雨量 42.5 mm（大雨）", level="大雨")
    s.rule("SN-FL-006", "flood_depth", "Minor", t("18:00"), 50, None, "中清環中路口地下道 淹水深度 9 cm", level="1-15", truth_alt=F)
    lon, lat = s.near(*pos("SN-FL-009"), 40, 150)
    s.c1999(9601, "blocked_drain", lon, lat, t("18:05"), 210, None, "黎明路凱旋路口的水溝蓋在冒水，路邊積了一點水，水溝可能塞住了。")
    s.sensor_event("SN-CCTV-008", "cctv", "accident", t("18:12:40"), 4, P, confidence=0.83)
    lon, lat = s.toward(*scene, -120, -60)
    p1999 = s.c1999(9603, "traffic_accident", lon, lat, t("18:13"), 70, P,
                    "環中路往中清路那邊好幾台車連環撞，下大雨看不清楚，有人卡在車裡面出不來！")
    s.sensor_event("SN-CCTV-008", "cctv", "stalled_vehicle", t("18:14"), 4, P, confidence=0.9)
    r = s.f119(1021, "rescue", *scene, t("18:15"), 15, P,
               "環中路二段近中清路口 自小客車5車連環追撞 1人受困駕駛座 派遣救助器材車、救護車2輛", severity="Severe")
    s.f119(1022, "ambulance", *scene, t("18:16"), 15, P, "同環中路連環車禍案 另有傷者2名 頭頸部疼痛")
    lon, lat = s.toward(*pos("SN-VD-ZHONGQING-01"), 250, -250, 50)
    s.c1999(9605, "traffic_accident", lon, lat, t("18:18"), 150, P, "中清環中那邊好像出車禍，很多警車在閃燈，車子都不動。")
    pp = s.police(7601, "injury_accident", "Severe", *scene, t("18:19"), 180, P,
                  "環中路二段東向近中清路 5車追撞 1人受困，內側二車道阻斷。")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Severe", t("18:20"), 45, P, "環中路車輛偵測器3 平均速率 5 km/h，佔有率 72%")
    s.rule("SN-FL-006", "flood_depth", "Minor", t("18:20"), 50, None, "中清環中路口地下道 淹水深度 14 cm", level="1-15", truth_alt=F)
    s.f119(1021, "rescue", *scene, t("18:22"), 20, P, "到達現場 以破壞器材救出受困駕駛 意識清楚 胸痛 後送", status="on_scene",
           severity="Severe")
    s.sensor_event("SN-CCTV-004", "cctv", "stalled_vehicle", t("18:25"), 4, P, confidence=0.62)
    # the secondary crash at the tail of the queue
    s.sensor_event("SN-CCTV-003", "cctv", "accident", t("18:31:30"), 4, S2, confidence=0.79, truth_alt=P)
    lon, lat = s.toward(*pos("SN-SIG-003"), 60, -50)
    sc = s.c1999(9609, "traffic_accident", lon, lat, t("18:33"), 80, S2,
                 "環中路中科路口又撞了！塞車的車尾被後面的機車撞上去，騎士倒在地上。", truth_alt=P)
    s.dup(sc, 48)
    s.f119(1027, "ambulance", *pos("SN-SIG-003"), t("18:35"), 15, S2, "環中路二段/中科路口 機車騎士1名 右手擦挫傷 意識清楚", truth_alt=P)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Moderate", t("18:35"), 45, P, "環中路車輛偵測器2 平均速率 14 km/h，佔有率 44%")
    ps = s.police(7604, "injury_accident", "Moderate", *pos("SN-SIG-003"), t("18:38"), 200, S2,
                  "環中路二段/中科路口 回堵車流尾端 機車追撞自小客車 騎士受傷（前方連環車禍回堵）。", truth_alt=P)
    s.police(7605, "injury_accident", "Severe", *scene, t("18:40"), 220, P,
             "受困者已救出送醫，共3人輕重傷。封閉內側二車道，外側單線通行。", follows=pp["key"])
    s.f119(1027, "ambulance", *pos("SN-SIG-003"), t("18:41"), 20, S2, "到達現場 傷者輕傷 後送", status="on_scene", truth_alt=P)
    s.f119(1021, "rescue", *scene, t("18:58"), 20, P, "返隊", status="returning")
    s.police(7608, "injury_accident", "Minor", *pos("SN-SIG-003"), t("19:05"), 240, S2, "中科路口現場處理完畢，車輛移置。",
             follows=ps["key"], truth_alt=P)
    s.police(7611, "injury_accident", "Moderate", *scene, t("19:25"), 210, P, "事故車輛全數拖離，車道恢復。", follows=pp["key"])
    lon, lat = s.near(*pos("SN-PK-003"), 50, 200)
    s.c1999(9614, "illegal_parking", lon, lat, t("19:40"), 190, None, "河南路停車場出口有車併排，出不去。")
    s.incident(P, "traffic", "環中路二段東向近中清路口雨中 5 車連環追撞，1 人受困救出，3 人送醫，內側車道封閉約 70 分鐘。", p1999["key"])
    s.incident(S2, "traffic", "回堵車流尾端（環中路/中科路口，西方約 450 m）19 分鐘後的二次事故：機車追撞，騎士輕傷。", sc["key"])
    s.alternative("較粗的讀法：同一條環中路、同一回堵，把二次事故併入連環車禍的現場管理；並把地下道 9–14 cm 積水當成要派員看守的積水件。",
                  [{"label": P, "type": "traffic", "description": "環中路連環車禍與回堵尾端二次事故（一個現場管理）。",
                    "sufficient_evidence_key": p1999["key"]},
                   {"label": F, "type": "flood", "description": "中清環中地下道積水看守。",
                    "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == F][0]["key"]}])
    s.notes = "大雨特報本身不是勤務（背景）；地下道 9–14 cm 屬注意等級，主讀法不派員。"
    return s


if __name__ == "__main__":
    for fn in (s351, s352, s353, s354, s355, s356):
        sit = fn()
        routine(sit, 2, 9001)
        base, n = sit.write()
        print(base, n)
