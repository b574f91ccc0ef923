"""Situations 277-282: rush-hour power cut with dark signals, protest march, gateway
outage with a crash in the blind spot, truck fire with chaotic delivery, dense
Saturday evening at the north hub, three close incidents at the south edge."""
import sys
sys.dont_write_bytecode = True
from lib import Sit, PL, S, off, lerp  # noqa: E402
from gen_a import cong, cleared, st


# ---------------------------------------------------------------------------
def s277():
    s = Sit(277, "rush_hour_feeder_outage_signals", "2026-07-08")
    cong(s, "17:35:00", "SN-VD-HENAN-01", "Moderate", "河南路車輛偵測器1 平均車速 18 km/h，佔有率 42%", None)
    cong(s, "17:40:00", "SN-VD-ZHONGQING-02", "Moderate", "中清路車輛偵測器2 平均車速 17 km/h，佔有率 46%", None)
    s.add("1999", "noise", "17:42:00", "隔壁的狗從下午一直叫到現在，都沒人管", None, pos=off(PL["eco_a"], -10, 20))
    k5 = s.add("signal", "fault", "17:46:00", "號誌控制器 失電 黑燈", "outage", sensor="SN-SIG-005", delay=4, alt="signals")
    s.add("fire_alarm", "fault", "17:46:03", "主電源異常（市電中斷），已切換預備電源", "outage", sensor="SN-FA-002", delay=3, alt="power")
    kfa = "277-FA-001"
    s.add("signal", "fault", "17:46:02", "號誌控制器 失電 黑燈", "outage", sensor="SN-SIG-006", delay=5, alt="signals")
    s.add("fire_alarm", "fault", "17:46:04", "市電停電 預備電源供電中", "outage", sensor="SN-FA-004", delay=3, alt="power")
    s.add("signal", "fault", "17:46:05", "號誌控制器 失電 黑燈", "outage", sensor="SN-SIG-004", delay=5, alt="signals")
    s.add("fire_alarm", "fault", "17:46:06", "主電源斷電", "outage", sensor="SN-FA-005", delay=3, alt="power")
    st(s, "17:46:10", "SN-CCTV-005", "offline", "mains_power_lost", "outage", alt="power")
    st(s, "17:46:12", "SN-PK-002", "offline", "mains_power_lost", "outage", alt="power")
    st(s, "17:46:15", "SN-VD-JINGMAO-01", "offline", "mains_power_lost", "outage", alt="power")
    s.add("cctv", "signal_dark", "17:47:00", "影像分析：經貿七路口 號誌黑燈", "outage", sensor="SN-CCTV-006", conf=0.91, alt="signals")
    s.add("1999", "traffic_signal", "17:48:00", "經貿路黎明路口紅綠燈全部不亮，車子亂鑽，剛剛差點撞到", "outage",
          pos=PL["jingmao_liming"], jitter=25, alt="signals")
    s.add("1999", "streetlight", "17:49:00", "經貿路整排路燈都不亮，連旁邊大樓也黑黑的，是不是停電？", "outage",
          pos=(120.6565, 24.1930), jitter=30, alt="power")
    k9 = s.add("signal", "fault", "17:50:00", "閃爍異常", "sig009", sensor="SN-SIG-009")
    s.add("1999", "traffic_signal", "17:51:00", "經貿路上好幾個路口紅綠燈都沒亮，是停電嗎？", "outage",
          pos=(120.6550, 24.1955), jitter=40, alt="signals")
    for vid in ("SN-CCTV-005", "SN-PK-002", "SN-VD-JINGMAO-01"):
        s.add("rule", "sensor_offline", "17:52:00", "設備離線（status offline: mains_power_lost）", "outage",
              sev="Minor", sensor=vid, delay=15, alt="power")
    s.add("1999", "traffic_signal", "17:53:00", "臺灣大道環中路口紅綠燈一直在閃黃燈，沒有在變", "sig009",
          pos=PL["taiwan_huanzhong"], jitter=30)
    kp = s.add("incident", "traffic_signal_fault", "17:55:00",
               "經貿路二段 環中路口、黎明路口、經貿七路口 號誌全數黑燈，疑似區域停電，已派員至各路口人工指揮", "outage",
               sev="Severe", pos=PL["jingmao_liming"], alt="signals")
    cong(s, "17:58:00", "SN-VD-JINGMAO-02", "Severe", "經貿路車輛偵測器2 平均車速 6 km/h，佔有率 72%", "outage", alt="signals")
    cong(s, "18:02:00", "SN-VD-LIMING-01", "Severe", "黎明路車輛偵測器1 平均車速 8 km/h，佔有率 67%", "outage", alt="signals")
    kc = s.add("1999", "traffic_accident", "18:04:00", "經貿七路口撞車了啦！紅綠燈沒亮，一台轎車撞到機車，騎士躺在地上", "dark_crash",
               pos=PL["jingmao_7th"], jitter=20)
    s.add("cctv", "stalled_vehicle", "18:04:20", "影像分析：經貿七路口 車輛停滯", "dark_crash", sensor="SN-CCTV-006", conf=0.74)
    ka = s.add("119", "ambulance", "18:04:40", "救護：經貿路二段/經貿七路口 汽機車碰撞 機車騎士1名 右腿疑似骨折 (dispatched)", "dark_crash",
               pos=PL["jingmao_7th"])
    kpc = s.add("incident", "injury_accident", "18:06:00",
                "經貿路二段與經貿七路口（號誌黑燈中）自小客車與機車碰撞，機車騎士受傷送醫，占用南向內側車道", "dark_crash",
                sev="Moderate", pos=PL["jingmao_7th"])
    cong(s, "18:08:00", "SN-VD-HUANZHONG-02", "Moderate", "環中路車輛偵測器2 平均車速 16 km/h，佔有率 50%", "outage", alt="signals")
    s.add("1999", "streetlight", "18:10:00", "轉運中心前面的路燈全暗，行人過馬路很危險", "outage",
          pos=off(PL["hub"], 30, -30), jitter=20, alt="power")
    s.add("incident", "traffic_signal_fault", "18:15:00", "台電人員已到場，經貿路地下饋線故障搶修中，預估1小時", "outage",
          sev="Severe", pos=PL["jingmao_liming"], follows=kp, alt="power")
    s.add("119", "ambulance", "18:20:00", "救護：傷者送往中國醫藥大學附設醫院 (returning)", "dark_crash", pos=PL["jingmao_7th"], follows=ka)
    s.add("signal", "restored", "18:25:00", "恢復正常", "sig009", sensor="SN-SIG-009")
    s.add("incident", "injury_accident", "18:30:00", "事故車輛已移除，南向內側車道恢復通行", "dark_crash",
          sev="Minor", pos=PL["jingmao_7th"], follows=kpc)
    st(s, "18:30:30", "SN-WL-003", "offline", "comms_lost", None)
    st(s, "18:33:00", "SN-WL-003", "online", "", None)
    s.add("1999", "streetlight", "18:40:00", "河南路有一盞路燈不亮，編號XT-0213", None, pos=off(PL["henan_zhongping"], -120, -100))
    for i, sid in enumerate(("SN-SIG-005", "SN-SIG-006", "SN-SIG-004")):
        s.add("signal", "restored", "18:48:0%d" % (i * 3), "恢復正常", "outage", sensor=sid, alt="signals")
    for i, sid in enumerate(("SN-FA-002", "SN-FA-004", "SN-FA-005")):
        s.add("fire_alarm", "normal", "18:48:1%d" % i, "主電源恢復 受信總機復歸", "outage", sensor=sid, alt="power")
    for i, sid in enumerate(("SN-CCTV-005", "SN-PK-002", "SN-VD-JINGMAO-01")):
        st(s, "18:48:2%d" % i, sid, "online", "", "outage", alt="power")
    for sid in ("SN-CCTV-005", "SN-PK-002", "SN-VD-JINGMAO-01"):
        cleared(s, "18:50:00", sid, "設備恢復連線，警戒解除", "outage", alt="power")
    cleared(s, "19:00:00", "SN-VD-HENAN-01", "河南路車輛偵測器1 車速回升 37 km/h，警戒解除", None)
    cleared(s, "19:05:00", "SN-VD-JINGMAO-02", "經貿路車輛偵測器2 車速回升 33 km/h，警戒解除", "outage", alt="signals")
    s.add("incident", "traffic_signal_fault", "19:10:00", "經貿路二段號誌恢復，人工指揮警力撤除", "outage",
          sev="Minor", pos=PL["jingmao_liming"], follows=kp, alt="signals")
    cleared(s, "19:10:30", "SN-VD-LIMING-01", "黎明路車輛偵測器1 車速回升 35 km/h，警戒解除", "outage", alt="signals")
    cleared(s, "19:15:00", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 車速回升 45 km/h，警戒解除", "outage", alt="signals")
    inc = [("outage", "infrastructure",
            "下班尖峰經貿路地下饋線故障：三處路口號誌黑燈（人工指揮、回堵）、會展A棟/綠美圖/營運塔火警總機切換預備電源、路口監視器/停車場/偵測器斷電離線、整排路燈全暗；18:48 復電", k5),
           ("dark_crash", "traffic", "黑燈的經貿七路口汽機車碰撞，騎士骨折送醫", kc),
           ("sig009", "traffic", "臺灣大道/環中路口號誌閃爍異常（約 3 km 外，與停電無關）", k9)]
    alt_inc = [("signals", "traffic", "經貿路三處路口號誌黑燈與其交通影響（交通局、警察人工指揮）", k5),
               ("power", "infrastructure", "區域停電：火警總機切預備電源、設備斷電離線、路燈全暗、台電搶修（建設局、台電）", kfa),
               inc[1], inc[2]]
    s.write("週三下班尖峰經貿路一帶停電的連鎖效應：號誌黑燈、建築物總機切換備電、路側設備離線、路燈全暗、壅塞，黑燈路口發生汽機車事故；"
            "同時遠處臺灣大道路口號誌另有故障。背景：尖峰車慢、狗叫、單盞路燈、水位站閃斷。",
            inc,
            alt={"why": "停電的號誌影響（交通、人工指揮）與電力本身（台電、建物、設備）可由兩個單位分頭處理而開兩案。黑燈路口的事故在兩種讀法都是另一案（需救護與事故處理）。",
                 "incidents": alt_inc},
            notes="這是一因多果的連鎖：消防（總機）、交通（號誌）、警察（指揮）、建設（路燈）都收到了同一個原因的後果。")
    assert s.by_key[kfa]["sensor_id"] == "SN-FA-002"


# ---------------------------------------------------------------------------
def s278():
    s = Sit(278, "park_tree_protest_march", "2026-08-22")
    kp1 = s.add("planned_event", "march", "13:30:00",
                "集會遊行許可：「守護中央公園大樹」遊行，主辦 水湳護樹聯盟，預估800人；13:30 河南路停車場集合 → 中科路 → 黎明路三段 → 經貿路二段 → 臺中國際會展中心前廣場 集會至 17:30",
                "march", pos=PL["henan_carpark"], arr="2026-08-15 11:00:00", ends="17:30:00")
    s.add("planned_event", "march", "13:30:00", "變更：遊行路線改經凱旋路北上（中科路北段管線施工），集會地點不變", "march",
          pos=PL["henan_carpark"], arr="2026-08-21 15:20:00", ends="17:30:00", follows=kp1)
    s.add("1999", "streetlight", "13:10:00", "敦化路這邊白天路燈亮著", None, pos=(120.6590, 24.1790), jitter=20)
    s.add("cctv", "crowding", "13:35:00", "影像分析：人群聚集（靜止）河南路中平路口 人群 旗幟", "march", sensor="SN-CCTV-010", conf=0.76)
    kcc = s.add("incident", "crowd_control", "13:50:00",
                "遊行隊伍約800人自河南路停車場出發，沿凱旋路北上，實施機動交管", "march", sev="Minor", pos=PL["henan_carpark"])
    cong(s, "14:05:00", "SN-VD-HENAN-02", "Moderate", "河南路車輛偵測器2 平均車速 15 km/h，佔有率 44%", "march")
    s.add("1999", "other", "14:10:00", "凱旋路被一群人走在路上，車子都過不去，是在遊行喔？", "march", pos=(120.6524, 24.1815), jitter=30)
    cong(s, "14:20:00", "SN-VD-KAIXUAN-02", "Severe", "凱旋路車輛偵測器2 平均車速 5 km/h，佔有率 60%", "march")
    s.add("1999", "noise", "14:25:00", "凱旋路上有人拿大聲公一直喊，很吵", "march", pos=(120.6515, 24.1865), jitter=30)
    kb = s.add("incident", "stalled_vehicle", "14:30:00", "中清路北向 大貨車拋錨佔用外側車道，已通知拖吊", "breakdown",
               sev="Minor", pos=off(S("SN-VD-ZHONGQING-02"), 30, -40))
    cong(s, "14:35:00", "SN-VD-ZHONGQING-02", "Moderate", "中清路車輛偵測器2 北向平均車速 14 km/h，佔有率 47%", "breakdown")
    s.add("cctv", "crowding", "14:40:00", "影像分析：人群聚集（移動）黎明路三段/凱旋路口", "march", sensor="SN-CCTV-007", conf=0.82)
    cong(s, "14:55:00", "SN-VD-LIMING-01", "Severe", "黎明路車輛偵測器1 平均車速 4 km/h，佔有率 58%", "march")
    s.add("1999", "other", "15:00:00", "我要去轉運站搭車，黎明路封起來了，計程車說過不去，怎麼辦", "march", pos=PL["hub"], jitter=30)
    s.add("cctv", "crowding", "15:10:00", "影像分析：人群聚集（移動）經貿路二段/黎明路口", "march", sensor="SN-CCTV-005", conf=0.84)
    s.add("incident", "stalled_vehicle", "15:12:00", "拖吊完成，中清路北向恢復正常", "breakdown", sev="Minor",
          pos=off(S("SN-VD-ZHONGQING-02"), 30, -40), follows=kb)
    cleared(s, "15:20:00", "SN-VD-ZHONGQING-02", "中清路車輛偵測器2 車速回升 38 km/h，警戒解除", "breakdown")
    cleared(s, "15:25:00", "SN-VD-KAIXUAN-02", "凱旋路車輛偵測器2 車速回升 35 km/h，警戒解除", "march")
    cleared(s, "15:30:00", "SN-VD-HENAN-02", "河南路車輛偵測器2 車速回升 39 km/h，警戒解除", "march")
    s.add("cctv", "crowding", "15:40:00", "影像分析：人群聚集（靜止）經貿路二段/黎明路口 會展中心前", "march", sensor="SN-CCTV-005", conf=0.90)
    s.add("1999", "noise", "15:50:00", "會展中心前面一大群人在抗議，喇叭很大聲，家裡有小孩在睡覺", "march",
          pos=off(PL["ticec_a"], 40, 30), jitter=20)
    st(s, "16:00:00", "SN-PK-006", "offline", "comms_lost", None)
    st(s, "16:02:00", "SN-PK-006", "online", "", None)
    kd = s.add("incident", "public_disturbance", "16:10:00",
               "遊行群眾與支持會展二期開發之民眾於會展中心前廣場發生推擠，已以警力隔離雙方，1人手部擦傷", "scuffle",
               sev="Moderate", pos=off(PL["ticec_a"], -30, 20), alt="march")
    kd119 = s.add("119", "ambulance", "16:12:00", "救護：臺中國際會展中心前廣場 推擠 女性1名 手部擦傷 (dispatched)", "scuffle",
                  pos=PL["ticec_a"], alt="march")
    s.add("1999", "other", "16:14:00", "會展中心前面兩邊的人打起來了！警察快來", "scuffle", pos=PL["ticec_a"], jitter=30, alt="march")
    s.add("119", "ambulance", "16:30:00", "救護：傷者現場包紮 拒絕送醫 (closed)", "scuffle", pos=PL["ticec_a"], follows=kd119, alt="march")
    s.add("fire_alarm", "fault", "16:45:00", "水湳生態住宅 A區 受信總機 探測器迴路異常", None, sensor="SN-FA-011")
    s.add("1999", "illegal_parking", "17:00:00", "生態住宅前面遊覽車並排停了好幾台，垃圾車都進不來", "march", pos=off(PL["eco_b"], 10, -20))
    s.add("incident", "crowd_control", "17:20:00", "遊行隊伍解散，黎明路三段恢復通車", "march", sev="Minor",
          pos=PL["ticec_a"], follows=kcc)
    cleared(s, "17:35:00", "SN-VD-LIMING-01", "黎明路車輛偵測器1 車速回升 36 km/h，警戒解除", "march")
    inc = [("march", "crowd",
            "護樹遊行（許可 13:30–17:30，變更路線改經凱旋路）：河南路集合、凱旋路→黎明路→經貿路北上，會展中心前集會；沿途壅塞、大聲公噪音、遊覽車違停，三個多小時移動的人潮", kp1),
           ("scuffle", "public_safety", "會展中心前遊行者與支持開發民眾推擠，1人擦傷", kd),
           ("breakdown", "traffic", "中清路北向大貨車拋錨（與遊行無關），回堵至拖吊完成", kb)]
    alt_inc = [("march", "crowd", "護樹遊行，含集會現場的推擠（由遊行警力就地處理）", kp1), inc[2]]
    s.write("週六下午護樹遊行由河南路停車場經凱旋路、黎明路到會展中心，移動三小時以上；集會時與反方推擠；中清路另有貨車拋錨。"
            "背景：路燈、停車場閃斷、住宅總機故障。",
            inc,
            alt={"why": "推擠發生在集會現場，由遊行的警力當場隔離處理，可視為遊行案件的一部分。",
                 "incidents": alt_inc})


# ---------------------------------------------------------------------------
def s279():
    s = Sit(279, "gateway_outage_blind_crash", "2026-03-17")
    X = (120.6571, 24.1986)
    GW = ("SN-VD-HUANZHONG-03", "SN-VD-ZHONGQING-01", "SN-CCTV-008", "SN-CCTV-004", "SN-VD-JINGMAO-01")
    cong(s, "07:02:00", "SN-VD-HENAN-01", "Moderate", "河南路車輛偵測器1 北向平均車速 16 km/h，佔有率 43%", None)
    s.add("1999", "streetlight", "07:05:00", "中科路這邊有一盞路燈白天一直亮", None, pos=(120.6535, 24.1880), jitter=20)
    gkeys = []
    for i, sid in enumerate(GW):
        gkeys.append(st(s, "07:12:0%d" % (i + 1), sid, "offline", "comms_lost", "gateway"))
    for i, sid in enumerate(GW):
        s.add("rule", "sensor_offline", "07:17:%02d" % (10 + i * 7), "設備離線：逾5分鐘未回傳資料（status offline: comms_lost）",
              "gateway", sev="Minor", sensor=sid)
    s.add("fire_alarm", "fault", "07:20:00", "臺中流行影音中心 受信總機 3F 偵煙探測器故障", None, sensor="SN-FA-006")
    # the crash at 中清路/環中路, in the blind spot: the camera buffers and flushes at 08:26
    kcam = s.add("cctv", "stalled_vehicle", "07:35:40", "影像分析：中清路/環中路口 車輛停滯（離線期間暫存）", "crash",
                 sensor="SN-CCTV-008", conf=0.81, arr="08:26:10")
    kc = s.add("1999", "traffic_accident", "07:36:30", "中清路環中路口有人被撞，倒在地上沒有動，快叫救護車", "crash",
               pos=X, jitter=20, delay=30)
    ka = s.add("119", "ambulance", "07:37:20", "救護：中清路/環中路口 汽機車事故 機車騎士1名 意識模糊 (dispatched)", "crash", pos=X)
    kp = s.add("incident", "injury_accident", "07:39:00",
               "中清路與環中路口 左轉自小客車與直行機車碰撞，後方自小貨車閃避不及追撞，共3車，機車騎士送醫，占用中清路南向2車道",
               "crash", sev="Moderate", pos=X)
    s.add("1999", "traffic_accident", "07:41:00", "環中路往中清路那邊車禍，塞住了", "crash", pos=(120.6545, 24.1985), jitter=30)
    k44 = cong(s, "07:44:00", "SN-VD-ZHONGQING-01", "Severe", "中清路車輛偵測器1 南向平均車速 5 km/h，佔有率 74%（補傳）", "crash",
               arr="08:26:05")
    k46 = cong(s, "07:46:00", "SN-VD-HUANZHONG-03", "Severe", "環中路車輛偵測器3 平均車速 7 km/h，佔有率 69%（補傳）", "crash",
               arr="08:25:58")
    s.add("1999", "other", "07:50:00", "中清路往市區的方向塞爆了，從大雅那邊就開始塞，前面發生什麼事？", "crash",
          pos=(120.6510, 24.2080), jitter=80)
    cong(s, "07:55:00", "SN-VD-HUANZHONG-02", "Moderate", "環中路車輛偵測器2 平均車速 17 km/h，佔有率 47%", "crash", alt=None)
    s.add("cctv", "stalled_vehicle", "07:58:00", "影像分析：環中路經貿路口 車輛停滯（離線期間暫存）", "crash",
          sensor="SN-CCTV-004", conf=0.63, arr="08:26:20")
    s.add("119", "ambulance", "08:02:00", "救護：傷者送往中國醫藥大學附設醫院 (returning)", "crash", pos=X, follows=ka)
    s.add("1999", "noise", "08:12:00", "中國醫藥大學那邊的工地一大早就在敲敲打打", None, pos=off(PL["cmu_campus"], 30, 40))
    for i, sid in enumerate(GW):
        st(s, "08:25:%02d" % (i * 2), sid, "online", "", "gateway")
    s.dup(gkeys[1], 4410)            # the offline status of 07:12 redelivered after the reconnect
    s.dup(kcam, 30)
    s.dup(k46, 20)
    for i, sid in enumerate(GW):
        cleared(s, "08:27:%02d" % (i * 5), sid, "設備恢復連線，警戒解除", "gateway")
    s.add("incident", "injury_accident", "08:40:00", "現場處理完畢，事故車輛拖離，中清路南向恢復通行", "crash",
          sev="Minor", pos=X, follows=kp)
    cleared(s, "08:50:00", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 車速回升 37 km/h，警戒解除", "crash")
    cleared(s, "08:52:00", "SN-VD-HUANZHONG-03", "環中路車輛偵測器3 車速回升 41 km/h，警戒解除", "crash")
    cleared(s, "08:55:00", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 車速回升 44 km/h，警戒解除", "crash", alt=None)
    for i, (tm, state) in enumerate((("09:00:00", "offline"), ("09:01:30", "online"), ("09:06:00", "offline"), ("09:08:10", "online"))):
        st(s, tm, "SN-FL-004", state, "battery_low", None)
    cleared(s, "09:10:00", "SN-VD-HENAN-01", "河南路車輛偵測器1 車速回升 38 km/h，警戒解除", None)
    inc = [("gateway", "infrastructure",
            "環中路/中清路口路側通訊閘道中斷：兩支監視器、三支偵測器同一秒離線（comms_lost）73 分鐘，08:25 恢復並補傳暫存資料", gkeys[2]),
           ("crash", "traffic",
            "閘道中斷期間中清路/環中路口三車事故（機車騎士送醫），只靠 1999、119、警察報告得知；偵測器與監視器的資料 08:26 才補傳進來", kc)]
    alt_inc = [inc[0], ("crash", "traffic", "中清路/環中路口三車事故（環中路偵測器2 的壅塞視為平日尖峰）", kc)]
    s.write("週二上班尖峰路側閘道中斷，五支設備同時離線；盲區中發生三車事故，只有人的報告；閘道恢復後補傳的告警遲到四十分鐘、亂序、重複。"
            "背景：上學車流、路燈、工地噪音、影音中心總機故障、淹水感測器低電量閃斷。",
            inc,
            alt={"why": "環中路偵測器2 在閘道範圍外，07:55 的中度壅塞可能只是平日尖峰，而非事故回堵。",
                 "incidents": alt_inc},
            notes="補傳：監視器 07:35:40 的停滯事件 08:26:10 才到（並重送一次），偵測器的兩筆壅塞告警 07:44 與 07:46 發生、到達順序顛倒；07:12 的離線狀態於重連後重送。淹水感測器 SN-FL-004 低電量閃斷與閘道無關。")


# ---------------------------------------------------------------------------
def s280():
    s = Sit(280, "lpg_truck_fire_chaotic_delivery", "2026-12-03")
    TF = (120.6335, 24.1774)          # 環中路 近臺灣大道
    s.add("1999", "noise", "22:20:00", "逢甲夜市附近有人在騎樓唱卡拉OK，很吵", None, pos=(120.6455, 24.1795), jitter=30)
    s.add("fire_alarm", "fault", "22:30:00", "逢甲大學水湳校區 受信總機 預備電源更換後重新開機（時鐘未校正）", None,
          sensor="SN-FA-009", obs="2016-01-01 08:00:12", delay=5)
    st(s, "22:35:00", "SN-RG-003", "offline", "comms_lost", None)
    kon = st(s, "22:36:00", "SN-RG-003", "online", "", None)
    s.dup(kon, 70)
    s.add("cctv", "smoke", "22:42:10", "影像分析：臺灣大道/環中路口 東北側 偵測煙霧", "truckfire",
          sensor="SN-CCTV-009", conf=0.79, obs="22:31:05", delay=10)
    s.add("1999", "fire_smoke", "22:42:40", "環中路上有一台貨車在燒！車上好像載瓦斯桶", "truckfire",
          pos=TF, jitter=30, arr="23:04:55")
    k119 = s.add("119", "fire", "22:43:20",
                 "火災：環中路近臺灣大道 小貨車火警 車斗載運液化石油氣鋼瓶約30支 派遣 西屯分隊、水湳分隊 消防車3、水箱車2、救護車1 (dispatched)",
                 "truckfire", pos=TF, arr="22:51:00")
    s.add("1999", "fire_smoke", "22:43:50", "臺灣大道跟環中路那邊火好大，一直有碰碰碰的聲音", "truckfire",
          pos=off(PL["taiwan_huanzhong"], 40, 40), jitter=30, arr="23:05:02")
    k3 = s.add("1999", "fire_smoke", "22:44:30", "環中路有車子燒起來，黑煙很濃，車子都在迴轉", "truckfire",
               pos=off(TF, 150, 180), jitter=30, arr="23:04:50")
    kh = s.add("119", "hazmat", "22:45:00",
               "危險物品：環中路近臺灣大道 液化石油氣鋼瓶受熱 有爆炸之虞 請求警戒區200公尺 疏散周邊商家 (dispatched)", "truckfire",
               pos=TF, delay=12)
    kp = s.add("incident", "fire_report", "22:46:30",
               "環中路與臺灣大道口 小貨車載運液化石油氣鋼瓶起火，駕駛已逃離無受傷，鋼瓶陸續爆裂，封鎖周邊200公尺", "truckfire",
               sev="Extreme", pos=TF, arr="22:58:10")
    s.dup(kp, 150)
    kcl = s.add("incident", "road_closure", "22:48:00", "環中路臺灣大道口雙向封閉，臺灣大道往市區方向外側車道管制", "truckfire",
                sev="Severe", pos=PL["taiwan_huanzhong"], follows=kp, delay=40)
    k_on = s.add("119", "fire", "22:49:00", "到達現場：車斗全面燃燒 鋼瓶持續爆裂 佈線射水降溫 (on_scene)", "truckfire",
                 pos=TF, follows=k119, delay=15)
    s.add("1999", "fire_smoke", "22:50:00", "碰好大一聲，是不是爆炸？我在臺灣大道上，看到環中路那邊有火光", "truckfire",
          pos=(120.6280, 24.1775), jitter=40, arr="23:05:08")
    s.add("1999", "other", "22:51:00", "環中路為什麼封路？我要回家，繞好遠", "truckfire", pos=(120.6395, 24.1868), jitter=40,
          arr="23:05:00")
    cong(s, "22:52:00", "SN-VD-HUANZHONG-04", "Severe", "環中路車輛偵測器4 平均車速 3 km/h，佔有率 80%", "truckfire")
    s.add("cctv", "stalled_vehicle", "22:53:00", "影像分析：臺灣大道/環中路口 車輛停滯", "truckfire",
          sensor="SN-CCTV-009", conf=0.70, obs="22:41:55", delay=8)
    ks = s.add("signal", "fault", "22:55:00", "黑燈", "truckfire", sensor="SN-SIG-009", alt="sig009_dark")
    st(s, "22:56:00", "SN-CCTV-009", "offline", "mains_power_lost", "truckfire", alt="sig009_dark")
    s.add("incident", "traffic_signal_fault", "22:57:00", "臺灣大道環中路口號誌因火災波及電纜斷電黑燈，已派員指揮", "truckfire",
          sev="Moderate", pos=PL["taiwan_huanzhong"], follows=kp, alt="sig009_dark")
    s.add("rule", "sensor_offline", "23:01:00", "設備離線（status offline: mains_power_lost）", "truckfire",
          sev="Minor", sensor="SN-CCTV-009", alt="sig009_dark")
    s.dup(k3, 40)
    cong(s, "23:10:00", "SN-VD-HUANZHONG-01", "Moderate", "環中路車輛偵測器1 平均車速 19 km/h，佔有率 39%", "truckfire", alt=None)
    kout = s.add("119", "fire", "23:20:00", "火勢撲滅，鋼瓶降溫中，無人傷亡 (on_scene)", "truckfire", pos=TF, follows=k119)
    s.dup(kout, 45)
    s.add("1999", "streetlight", "23:40:00", "臺灣大道這邊路燈跟紅綠燈全部都不亮，很暗很危險", "truckfire",
          pos=(120.6300, 24.1740), jitter=30, alt="sig009_dark")
    s.add("incident", "road_closure", "23:50:00", "環中路臺灣大道口恢復單向通行（往北屯方向）", "truckfire",
          sev="Moderate", pos=PL["taiwan_huanzhong"], follows=kcl)
    s.add("1999", "noise", "+1 00:20:00", "隔壁在裝潢，半夜還在鑽牆壁", None, pos=(120.6450, 24.1700), jitter=30)
    s.add("signal", "restored", "+1 00:35:00", "恢復正常", "truckfire", sensor="SN-SIG-009", alt="sig009_dark")
    st(s, "+1 00:36:00", "SN-CCTV-009", "online", "", "truckfire", alt="sig009_dark")
    cleared(s, "+1 00:38:00", "SN-CCTV-009", "設備恢復連線，警戒解除", "truckfire", alt="sig009_dark")
    s.add("incident", "road_closure", "+1 00:40:00", "環中路臺灣大道口雙向恢復通車", "truckfire",
          sev="Minor", pos=PL["taiwan_huanzhong"], follows=kcl)
    cleared(s, "+1 00:50:00", "SN-VD-HUANZHONG-04", "環中路車輛偵測器4 車速回升 46 km/h，警戒解除", "truckfire")
    cleared(s, "+1 00:55:00", "SN-VD-HUANZHONG-01", "環中路車輛偵測器1 車速回升 50 km/h，警戒解除", "truckfire", alt=None)
    inc = [("truckfire", "fire",
            "環中路近臺灣大道 小貨車載運液化石油氣鋼瓶起火、鋼瓶爆裂：消防、危險物品警戒、雙向封閉與回堵；火災波及電纜使臺灣大道路口號誌與監視器斷電", kh)]
    alt_inc = [("truckfire", "fire", "環中路近臺灣大道 液化石油氣鋼瓶貨車火災（環中路偵測器1 的中度壅塞不算）", kh),
               ("sig009_dark", "infrastructure", "臺灣大道/環中路口號誌與監視器斷電（另派號誌與電力搶修）", ks)]
    s.write("深夜環中路近臺灣大道瓦斯鋼瓶貨車火災，資料送達一團亂：監視器時鐘慢 11 分鐘、119 派遣晚 8 分鐘到（到場回報先到）、警察封路的後續報告比原報告早到、"
            "1999 閘道積壓 20 分鐘後亂序一次吐出並重送、重複的警察與 119 訊息；連帶號誌斷電。背景：卡拉OK、裝潢噪音、校區總機時鐘回到 2016 年、雨量站閃斷與重送。",
            inc,
            alt={"why": "號誌與監視器斷電由交通局與台電搶修，可另開一案；環中路偵測器1 離火場約 1.7 km，深夜的中度壅塞可能與封路無關。",
                 "incidents": alt_inc},
            notes="足以開案的是 22:45:12 到達的 119 危險物品案（時間上最早到、內容明確），不是時鐘錯誤、單獨的煙霧影像（22:42:20 到）。"
                  "SN-FA-009 的 observed 是 2016 年（重新開機未校時），照來源所蓋寫入。")


# ---------------------------------------------------------------------------
def s281():
    s = Sit(281, "north_hub_saturday_dense", "2026-05-23")
    s.add("1999", "other", "18:05:00", "轉運站這邊有人偷東西，我的錢包剛剛還在，排隊上車就不見了", "hub_pickpocket",
          pos=PL["hub"], jitter=15)
    s.add("parking", "full", "18:10:00", "水湳轉運中心停車場 汽車剩餘 0/614", None, sensor="SN-PK-001")
    kt = s.add("incident", "theft", "18:12:00", "水湳轉運中心候車大廳 旅客背包內錢包遭竊，已受理並調閱監視器", "hub_pickpocket",
               sev="Minor", pos=off(PL["hub"], 5, -5))
    cong(s, "18:15:00", "SN-VD-LIMING-01", "Minor", "黎明路車輛偵測器1 平均車速 25 km/h，佔有率 33%", None)
    s.add("cctv", "stalled_vehicle", "18:20:00", "影像分析：環中路經貿路口 內側車道 大型車停滯", "stalled_bus",
          sensor="SN-CCTV-004", conf=0.83)
    kb = s.add("incident", "stalled_vehicle", "18:24:00", "市區公車於環中路經貿路口故障拋錨，佔用內側車道，已通知客運公司", "stalled_bus",
               sev="Moderate", pos=off(PL["jingmao_huanzhong"], 15, 5))
    s.add("1999", "other", "18:27:00", "環中路經貿路口一台公車停在路中間不動，後面喇叭一直按", "stalled_bus",
          pos=PL["jingmao_huanzhong"], jitter=25)
    cong(s, "18:30:00", "SN-VD-JINGMAO-01", "Moderate", "經貿路車輛偵測器1 北向平均車速 15 km/h，佔有率 46%", "stalled_bus", alt=None)
    s.add("parking", "full", "18:35:00", "臺中國際會展中心停車場 汽車剩餘 0/800", None, sensor="SN-PK-006")
    kban = s.add("1999", "other", "18:40:00", "綠美圖旁邊那個很大的活動布條被風吹下來，掛在路中間，機車差點勾到", "banner",
                 pos=off(PL["jingmao_7th"], 40, -60), jitter=20)
    s.add("cctv", "fallen_object", "18:42:00", "影像分析：經貿七路口 南側車道 掉落物", "banner", sensor="SN-CCTV-006", conf=0.61)
    s.add("1999", "illegal_parking", "18:45:00", "經貿路上好多車違停在紅線上，還有人臨停下客", None, pos=(120.6550, 24.1960), jitter=30)
    s.add("incident", "fallen_object", "18:50:00", "經貿路二段經貿七路口 活動帆布看板掉落佔用車道，已協助移除", "banner",
          sev="Minor", pos=off(PL["jingmao_7th"], 30, -50))
    cleared(s, "18:50:30", "SN-VD-LIMING-01", "黎明路車輛偵測器1 車速回升 38 km/h，警戒解除", None)
    s.add("incident", "stalled_vehicle", "18:58:00", "故障公車已拖離，環中路經貿路口恢復通行", "stalled_bus",
          sev="Minor", pos=off(PL["jingmao_huanzhong"], 15, 5), follows=kb)
    s.add("1999", "fire_smoke", "19:05:00", "綠美圖後面有在冒煙，是不是失火了？", "bbq_smoke", pos=(120.6585, 24.1905), jitter=20)
    cleared(s, "19:05:30", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 車速回升 33 km/h，警戒解除", "stalled_bus", alt=None)
    kbb = s.add("1999", "fire_smoke", "19:06:00", "公園那邊好像有東西在燒，煙飄到步道上，味道很重", "bbq_smoke",
                pos=(120.6575, 24.1890), jitter=20)
    kf = s.add("119", "fire", "19:07:30", "火災：臺中綠美圖東側 公園步道 民眾報案冒煙 派遣 水湳分隊 消防車1 (dispatched)", "bbq_smoke",
               pos=(120.6582, 24.1900))
    s.add("119", "fire", "19:16:00", "現場為民眾於草地烤肉，無火警，已勸導熄滅 (closed)", "bbq_smoke", pos=(120.6582, 24.1900), follows=kf)
    st(s, "19:20:00", "SN-CCTV-007", "offline", "comms_lost", None)
    st(s, "19:22:00", "SN-CCTV-007", "online", "", None)
    kpp = s.add("incident", "injury_accident", "19:30:00", "經貿路二段黎明路口 機車擦撞行人，行人腳踝擦傷", "scooter_ped",
                sev="Minor", pos=off(PL["jingmao_liming"], 10, -10))
    kpa = s.add("119", "ambulance", "19:31:00", "救護：經貿路二段/黎明路口 機車擦撞行人 行人1名 腳踝擦傷 (dispatched)", "scooter_ped",
                pos=PL["jingmao_liming"])
    s.add("cctv", "crowding", "19:31:30", "影像分析：人群聚集（靜止）經貿路二段/黎明路口", "scooter_ped",
          sensor="SN-CCTV-005", conf=0.58, alt=None)
    s.add("119", "ambulance", "19:45:00", "救護：傷者拒絕送醫 (closed)", "scooter_ped", pos=PL["jingmao_liming"], follows=kpa)
    s.add("1999", "streetlight", "19:50:00", "經貿七路有一盞路燈不亮", None, pos=(120.6570, 24.1945), jitter=20)
    kel = s.add("1999", "other", "20:00:00", "我阿嬤在會展中心走失了，她有失智，穿紅色外套、拿拐杖，拜託幫忙找", "lost_elder",
                pos=PL["ticec_a"], jitter=20)
    kpe = s.add("incident", "other", "20:06:00",
                "協尋失智長者：83歲女性，紅色外套、持拐杖，於臺中國際會展中心走失，已通報周邊警網及轉運中心", "lost_elder",
                sev="Moderate", pos=PL["ticec_a"])
    s.add("1999", "other", "20:16:00", "經貿六停車場有兩個人在吵架，吵很兇，好像要打起來了", "parking_dispute",
          pos=PL["jm6_shuttle"], jitter=20)
    kd = s.add("incident", "public_disturbance", "20:20:00", "經貿六停車場 兩名駕駛因搶車位發生爭執，已到場排解", "parking_dispute",
               sev="Minor", pos=PL["jm6_shuttle"])
    s.add("incident", "other", "20:41:00", "協尋長者已於水湳轉運中心候車區尋獲，交家屬帶回", "lost_elder",
          sev="Minor", pos=PL["hub"], follows=kpe)
    s.add("1999", "noise", "20:45:00", "綠美圖廣場有人在街頭表演，音響開很大", None, pos=off(PL["museumbrary"], 20, 20))
    s.add("cctv", "crowding", "21:00:00", "影像分析：人群聚集（移動）環中路經貿路口", None, sensor="SN-CCTV-004", conf=0.66)
    inc = [("hub_pickpocket", "public_safety", "水湳轉運中心候車大廳錢包遭竊", kt),
           ("stalled_bus", "traffic", "市區公車於環中路經貿路口拋錨佔用內側車道，拖離", kb),
           ("banner", "traffic", "經貿七路口活動帆布看板掉落佔用車道", kban),
           ("bbq_smoke", "fire", "綠美圖東側公園步道冒煙報案，消防到場為民眾烤肉", kbb),
           ("scooter_ped", "traffic", "經貿路黎明路口機車擦撞行人，輕傷", kpp),
           ("lost_elder", "rescue", "會展中心走失的失智長者，40 分鐘後於轉運中心尋獲", kel),
           ("parking_dispute", "public_safety", "經貿六停車場兩名駕駛搶車位爭執", kd)]
    alt_inc = [inc[0], ("stalled_bus", "traffic", "公車拋錨（經貿路偵測器1 的壅塞算週六晚尖峰）", kb), inc[2], inc[3],
               ("scooter_ped", "traffic", "機車擦撞行人（路口人群影像算週六人潮）", kpp), inc[5], inc[6]]
    s.write("週六晚間轉運中心、會展中心、綠美圖一帶（約 1 公里範圍，相鄰兩件多在 150–500 公尺）接連七件互不相干的小事件：扒竊、公車拋錨、看板掉落、烤肉冒煙、機車擦撞行人、失智長者走失、停車糾紛。"
            "背景：停車場客滿、違停、路燈、街頭表演、監視器閃斷、週六人潮與車流。",
            inc,
            alt={"why": "經貿路偵測器1 的中度壅塞與經貿黎明路口的人群影像也可能只是週六晚的常態人車，而非該事件的效應。",
                 "incidents": alt_inc},
            notes="每件都是一次派遣；地點相近但原因、處理單位都不同，不可合併。停車場滿與人潮在週六晚是常態。")


# ---------------------------------------------------------------------------
def s282():
    s = Sit(282, "south_edge_crash_spill_gas", "2026-09-29")
    A = (120.6505, 24.1711)           # 河南路/中平路口
    B = (120.6538, 24.1709)           # 中平路 施工段, A 以東約 335 m
    G = (120.6528, 24.1742)           # 河南路停車場旁
    s.add("planned_event", "road_works", "2026-09-01 08:00:00",
          "道路施工許可：中平路拓寬工程（經貿路至皇城街段），2026-09-01 至 2026-12-31，每日 08:00–17:00 施工，分段縮減為單向1車道，施工車輛進出需設交通引導人員",
          None, pos=(120.6560, 24.1714), arr="2026-08-25 10:00:00", ends="2026-12-31 17:00:00", alt="works_spill")
    cong(s, "07:45:00", "SN-VD-HENAN-01", "Moderate", "河南路車輛偵測器1 北向平均車速 17 km/h，佔有率 44%", None)
    s.add("1999", "noise", "07:50:00", "中平路施工七點不到就在敲，吵到沒辦法睡", None, pos=(120.6555, 24.1720), jitter=20)
    st(s, "08:00:00", "SN-FL-007", "offline", "battery_low", None)
    st(s, "08:03:00", "SN-FL-007", "online", "", None)
    s.add("cctv", "stalled_vehicle", "08:12:40", "影像分析：河南路/中平路口 車輛停滯", "henan_crash", sensor="SN-CCTV-010", conf=0.66)
    kc = s.add("1999", "traffic_accident", "08:13:00", "河南路中平路口機車跟汽車撞到，騎士倒在地上", "henan_crash",
               pos=A, jitter=15, delay=35)
    ka = s.add("119", "ambulance", "08:13:30", "救護：河南路/中平路口 汽機車事故 機車騎士1名 頭部外傷 (dispatched)", "henan_crash", pos=A)
    s.add("1999", "traffic_accident", "08:14:00", "中平路上有人出車禍，好像有人受傷", "henan_crash", pos=(120.6540, 24.1712), jitter=20)
    kp = s.add("incident", "injury_accident", "08:15:00", "河南路與中平路口 右轉自小客車與直行機車碰撞，騎士頭部外傷送醫", "henan_crash",
               sev="Moderate", pos=A)
    cong(s, "08:20:00", "SN-VD-HENAN-02", "Moderate", "河南路車輛偵測器2 平均車速 12 km/h，佔有率 55%", "henan_crash")
    kw = s.add("1999", "road_damage", "08:21:00", "中平路上一大堆砂石，工地的砂石車掉下來的，機車差點滑倒", "works_spill",
               pos=B, jitter=20)
    s.add("1999", "road_damage", "08:23:00", "中平路施工那邊地上都是石頭，到底有沒有人要處理", "works_spill",
          pos=(120.6550, 24.1709), jitter=20)
    kpf = s.add("incident", "fallen_object", "08:25:00",
                "中平路（河南路口以東約350公尺）施工砂石車掉落砂石，散落雙向車道約30公尺，已通知施工單位清除並設置警示", "works_spill",
                sev="Moderate", pos=B)
    cong(s, "08:27:00", "SN-VD-ZHONGPING-01", "Severe", "中平路車輛偵測器1 平均車速 6 km/h，佔有率 63%", "works_spill", alt="henan_crash")
    kg = s.add("1999", "gas_odor", "08:30:00", "河南路停車場旁邊有很重的瓦斯味，不知道哪裡漏的", "gas_leak", pos=G, jitter=20)
    kh = s.add("119", "hazmat", "08:33:00",
               "危險物品：河南路停車場旁 民眾報案瓦斯味 派遣 水湳分隊 消防車1、救護車1，並通知欣林天然氣 (dispatched)", "gas_leak", pos=G)
    s.add("incident", "accident", "08:35:00", "機車行經中平路施工路段，因路面砂石打滑自摔，騎士手肘擦傷", "works_spill",
          sev="Minor", pos=(120.6541, 24.1709), follows=kpf)
    s.add("119", "ambulance", "08:36:00", "救護：中平路 機車自摔 騎士1名 手肘擦傷 (dispatched)", "works_spill", pos=(120.6541, 24.1709))
    s.add("1999", "gas_odor", "08:38:00", "河南路這邊瓦斯味好重，停車場的人都跑出來了", "gas_leak", pos=(120.6524, 24.1745), jitter=20)
    s.add("119", "ambulance", "08:40:00", "救護：騎士送往中國醫藥大學附設醫院 (returning)", "henan_crash", pos=A, follows=ka)
    cong(s, "08:45:00", "SN-VD-ZHONGPING-02", "Minor", "中平路車輛偵測器2 平均車速 26 km/h，佔有率 31%", None)
    s.add("1999", "gas_odor", "08:50:00", "案件更新：已派員處理中", "gas_leak", pos=G, follows=kg)
    s.add("119", "hazmat", "09:00:00", "欣林天然氣人員到場，確認為停車場旁管線接頭微漏，已關斷修復，無人員不適 (closed)", "gas_leak",
          pos=G, follows=kh)
    s.add("incident", "fallen_object", "09:05:00", "砂石清除完畢，中平路恢復雙向通行", "works_spill", sev="Minor", pos=B, follows=kpf)
    s.add("incident", "injury_accident", "09:08:00", "河南路中平路口事故現場排除", "henan_crash", sev="Minor", pos=A, follows=kp)
    cleared(s, "09:10:00", "SN-VD-ZHONGPING-01", "中平路車輛偵測器1 車速回升 34 km/h，警戒解除", "works_spill", alt="henan_crash")
    cleared(s, "09:14:00", "SN-VD-HENAN-02", "河南路車輛偵測器2 車速回升 37 km/h，警戒解除", "henan_crash")
    s.add("fire_alarm", "fault", "09:20:00", "中國醫藥大學水湳校區 受信總機 探測器迴路異常", None, sensor="SN-FA-010")
    cleared(s, "09:25:00", "SN-VD-HENAN-01", "河南路車輛偵測器1 車速回升 41 km/h，警戒解除", None)
    s.add("1999", "streetlight", "09:30:00", "河南路上的路燈白天還亮著", None, pos=(120.6480, 24.1690), jitter=20)
    inc = [("henan_crash", "traffic", "河南路/中平路口汽機車事故，騎士頭部外傷送醫", kc),
           ("works_spill", "traffic", "中平路拓寬工程砂石車掉落砂石（A 以東約 335 m），一名機車騎士打滑自摔，施工單位清除", kw),
           ("gas_leak", "fire", "河南路停車場旁天然氣管線接頭微漏（A 以北約 415 m、砂石段以北約 380 m），消防與欣林天然氣處理", kh)]
    alt_inc = [("henan_crash", "traffic", "河南路/中平路口汽機車事故，含中平路偵測器1 的壅塞（偵測器離事故約 100 m）", kc),
               ("works_spill", "traffic", "中平路施工砂石掉落，含其施工許可（許可說明了施工車輛進出）", kw),
               inc[2]]
    s.write("週二上班時段水湳南緣 420 公尺內三件同時事件：河南路中平路口汽機車事故、中平路施工砂石掉落（另一騎士打滑）、河南路停車場旁瓦斯味；"
            "有民眾把河南路口的事故說成在中平路上。背景：中平路拓寬工程許可、施工噪音、尖峰與上學車流、淹水感測器低電量、校區總機、路燈。",
            inc,
            alt={"why": "中平路偵測器1 夾在事故路口（約 100 m）與砂石段（約 230 m）之間，壅塞歸屬兩可；長期施工許可可視為砂石案的背景說明而非雜訊。",
                 "incidents": alt_inc},
            notes="08:14 的 1999 報案地點在砂石段附近，但內容（有人受傷的車禍）屬河南路口事故。")


if __name__ == "__main__":
    for f in (s277, s278, s279, s280, s281, s282):
        f()
