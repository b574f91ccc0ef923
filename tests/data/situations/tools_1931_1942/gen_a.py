"""Situations 1931-1936 (seeded; run from tools/)."""
from datetime import timedelta as td
from lib import Situation, inc, along, PLACES, fix_alt_keys

M = "Moderate"; MI = "Minor"; SV = "Severe"


def s1931():
    s = Situation(1931, "concert_ticec_egress", "2026-03-14")
    A, B, C, D, E = "A", "B", "C", "D", "E"
    st, en = s.t("19:00"), s.t("22:00")
    s.permit("concert", st, en, "ticec", 500, A,
             "臺中國際會展中心 演唱會「春日巡迴台中站」，預估入場12,000人，散場疏導依交通維持計畫",
             s.t("10:00", -12))
    k_q = s.cctv("SN-CCTV-005", "crowding", s.t("17:32"), A, 0.71, "人群聚集 排隊隊伍延伸至人行道")
    s.add("1999", "crowding", s.t("17:41"), A, "會展中心外面排隊的人排到經貿路上，人行道走不過去", at=s.near("ticec", 250, 80))
    s.add("parking", "full", s.t("17:55"), A, "臺中國際會展中心停車場 車位已滿", sensor="SN-PK-006")
    s.add("parking", "full", s.t("18:06"), A, "經貿六停車場 車位已滿", sensor="SN-PK-002")
    k = s.add("1999", "illegal_parking", s.t("18:14"), A, "黎明路三段紅線上整排都是來看演唱會的車，公車過不去", at=s.near((120.6525, 24.1949), 200))
    s.dup(k, 95)
    s.rule("SN-VD-JINGMAO-01", "congestion", s.t("18:18"), A, M, "經貿路車輛偵測器1 平均車速 13 km/h，低於門檻 20 km/h")
    k_pc = s.add("incident", "crowd_control", s.t("18:25"), A, "會展中心演唱會入場人潮，派員於經貿路二段/黎明路三段口疏導", at=s.near("ticec", 120), severity=M)
    s.add("1999", "streetlight", s.t("19:32"), None, "生態住宅B區旁邊人行道路燈一盞不亮", at=s.near("eco_b", 120))
    # B: a spectator collapses inside hall A
    k_b = s.add("119", "ambulance", s.t("20:12"), B, "會展中心A館 演唱會觀眾 女 約20歲 昏倒 意識模糊", at="hall_a")
    s.add("incident", "medical", s.t("20:13"), B, "會展中心A館內觀眾暈倒，現場保全已通報119，派員協助救護車進場動線", at=s.near("hall_a", 40), severity=M)
    s.add("119", "ambulance", s.t("20:21"), B, "到達現場", at="hall_a", status="on_scene", follows=k_b)
    s.add("119", "ambulance", s.t("20:44"), B, "患者送中國醫藥大學附設醫院", at="hall_a", status="returning", follows=k_b)
    # E: a dark signal far to the SW, nothing to do with the concert
    k_e = s.add("signal", "fault", s.t("20:55"), E, "號誌控制器通訊異常 黑燈", sensor="SN-SIG-009")
    s.cctv("SN-CCTV-009", "signal_dark", s.t("20:57"), E, 0.83, "號誌黑燈")
    s.add("1999", "traffic_signal", s.t("21:02"), E, "臺灣大道環中路口紅綠燈全部不亮，車子亂鑽很危險", at=s.near((120.63188, 24.17485), 150))
    s.add("incident", "traffic_signal_fault", s.t("21:06"), E, "臺灣大道/環中路口號誌故障，派員指揮交通", at=s.near((120.63188, 24.17485), 30), severity=M)
    s.add("signal", "restored", s.t("21:38"), E, "號誌恢復正常", sensor="SN-SIG-009")
    s.rule("SN-VD-HENAN-01", "congestion", s.t("20:40"), None, MI, "河南路車輛偵測器1 平均車速 18 km/h，低於門檻 20 km/h")
    # egress: the crowd leaving and the traffic it makes (A; D under the alternative)
    s.cctv("SN-CCTV-005", "crowding", s.t("22:04"), A, 0.88, "人群聚集 散場人潮")
    s.cctv("SN-CCTV-006", "crowding", s.t("22:07"), A, 0.64, "人群聚集")
    s.cctv("SN-CCTV-004", "crowding", s.t("22:11"), A, 0.69, "人群聚集 往轉運站方向")
    s.add("incident", "crowd_control", s.t("22:08"), A, "演唱會散場，經貿路二段人行道人潮溢出車道，請求增派警力", at=s.near("ticec", 150), severity=M)
    for sid, tm, sp in (("SN-VD-HUANZHONG-02", "22:14", 9), ("SN-VD-HUANZHONG-03", "22:19", 11),
                        ("SN-VD-LIMING-01", "22:16", 7), ("SN-VD-KAIXUAN-01", "22:26", 14)):
        s.rule(sid, "congestion", s.t(tm), A, M, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp), truth_alt=D)
    s.add("parking", "full", s.t("22:12"), A, "水湳轉運中心停車場 車位已滿", sensor="SN-PK-001", truth_alt=D)
    s.add("1999", "traffic_accident", s.t("22:31"), A, "環中路經貿路口塞到完全不動，演唱會散場，沒有人在指揮交通嗎", at=s.near((120.65345, 24.19848), 300), truth_alt=D)
    k_d = s.add("incident", "crowd_control", s.t("22:34"), A, "散場車流回堵環中路二段，交通分隊派員於環中路/經貿路口指揮", at=s.near((120.65345, 24.19848), 40), severity=M, truth_alt=D)
    s.add("1999", "noise", s.t("22:50"), A, "散場的人一路大聲唱歌喧嘩到黎明路，很吵", at=s.near((120.6490, 24.1937), 250))
    # C: a child lost in the egress
    k_c = s.add("1999", "missing_person", s.t("22:20"), C, "我女兒7歲在會展中心散場的時候走散了，穿粉紅色外套綁馬尾", at=s.near("ticec", 200))
    kc2 = s.add("incident", "missing_person", s.t("22:24"), C, "會展中心散場時7歲女童走失，粉紅外套、馬尾，請線上警力協尋", at=s.near("ticec", 60), severity=M)
    # found report delayed, arrives after the parent's 2nd call
    s.add("incident", "missing_person", s.t("22:41"), C, "走失女童已於經貿六停車場旁尋獲，交還家屬", at=s.near("jm6_pk", 40), severity=MI, follows=kc2, delay=900)
    s.add("1999", "missing_person", s.t("22:47"), C, "剛剛打過了，我女兒還沒找到，你們有人在找嗎", at=s.near("ticec", 200))
    for sid, tm in (("SN-VD-HUANZHONG-02", "23:05"), ("SN-VD-LIMING-01", "22:58"), ("SN-VD-HUANZHONG-03", "23:10")):
        s.rule(sid, "cleared", s.t(tm), A, MI, "%s 車速回復，警戒解除" % sid, truth_alt=D)
    s.add("parking", "empty", s.t("23:50"), None, "經貿六停車場 車位全空", sensor="SN-PK-002")
    incs = [inc(A, "crowd", "會展中心演唱會：入場排隊、停車、散場人潮與散場車流（活動的人潮管制任務）", k_q),
            inc(B, "rescue", "A館內觀眾昏倒送醫", k_b),
            inc(C, "rescue", "散場時7歲女童走失，於經貿六停車場旁尋獲", k_c),
            inc(E, "traffic", "臺灣大道/環中路口號誌黑燈（與演唱會無關）", k_e)]
    alt = {"why": "散場車流的疏導可視為交通分隊的另一件交通任務（環中路回堵），與會場人潮管制分開派遣",
           "incidents": incs[:1] + [inc(D, "traffic", "散場車流回堵環中路、黎明路、凱旋路", "1931-%03d" % 0)] + incs[1:]}
    return s, "演唱會在會展中心：入場人潮、場內觀眾昏倒、散場走失女童、散場車流；遠處一個號誌黑燈。", incs, alt


def fix_alt(s, alt, label):
    """Set the alternative incident's sufficient key: first-arriving item labelled so under it."""
    items = sorted(s.items, key=lambda i: (i["arrival"], i["key"]))
    k = next(i["key"] for i in items if i.get("truth_alt", i["truth"]) == label)
    for x in alt["incidents"]:
        if x["label"] == label:
            x["sufficient_evidence_key"] = k


def s1932():
    s = Situation(1932, "labor_day_march", "2026-05-01")
    A, B, C, D = "A", "B", "C", "D"
    mid = along("jingmao", 0.45)
    k_p = s.permit("march", s.t("14:00"), s.t("17:00"), mid, 1400, A,
                   "勞動節遊行：水湳轉運中心集合，沿經貿路二段南行至中央公園北側解散，預估3,000人，宣傳車4輛",
                   s.t("09:30", -11))
    k_cl = s.add("incident", "road_closure", s.t("13:40"), A, "經貿路二段（環中路至經貿七路）遊行交通管制，雙向封閉", at=along("jingmao", 0.15), severity=M)
    k_a = s.cctv("SN-CCTV-004", "crowding", s.t("13:52"), A, 0.77, "人群聚集 轉運站前集結")
    s.cctv("SN-CCTV-005", "crowding", s.t("14:09"), A, 0.81, "人群聚集 行進隊伍")
    s.cctv("SN-CCTV-006", "crowding", s.t("14:24"), A, 0.79, "人群聚集 行進隊伍")
    for sid, tm, sp in (("SN-VD-JINGMAO-01", "14:06", 4), ("SN-VD-HUANZHONG-03", "14:13", 12), ("SN-VD-ZHONGQING-01", "14:27", 15)):
        s.rule(sid, "congestion", s.t(tm), A, M, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp))
    s.add("1999", "other", s.t("14:18"), A, "經貿路怎麼封起來了？公車都不進站，要去哪裡搭", at=s.near("hub", 300))
    s.add("1999", "noise", s.t("14:31"), A, "遊行宣傳車擴音器太大聲，在辦公室都聽得到", at=s.near("tower", 150))
    s.add("incident", "crowd_control", s.t("14:35"), A, "遊行隊伍前導抵經貿七路口，隊伍綿延約800公尺", at=along("jingmao", 0.35), severity=MI)
    # B: a scuffle with bystanders
    k_b = s.add("incident", "public_disturbance", s.t("14:41"), B, "經貿路二段/經貿七路口遊行隊伍與路旁反對人士口角推擠，約10人", at=s.near((120.65685, 24.19247), 40), severity=M)
    k = s.add("1999", "other", s.t("14:43"), B, "遊行那邊有人在打架，推來推去的，快點派警察", at=s.near("museum", 250))
    s.dup(k, 140)
    s.cctv("SN-CCTV-006", "crowding", s.t("14:44"), B, 0.91, "人群聚集 密度升高", truth_alt=A)
    s.add("incident", "public_disturbance", s.t("14:58"), B, "雙方已隔離，帶回2人釐清，遊行續行", at=s.near((120.65685, 24.19247), 40), severity=MI, follows=k_b)
    # C: heat exhaustion of a marcher
    pc = along("jingmao", 0.62)
    k_c = s.add("119", "ambulance", s.t("15:31"), C, "遊行民眾 男 68歲 疑似熱衰竭 意識清楚", at=s.near(pc, 30))
    s.add("incident", "medical", s.t("15:29"), C, "遊行隊伍中長者身體不適坐在路邊，已通知救護", at=s.near(pc, 30), severity=MI)
    s.add("119", "ambulance", s.t("15:40"), C, "到達現場", at=s.near(pc, 30), status="on_scene", follows=k_c)
    s.add("119", "ambulance", s.t("16:02"), C, "傷病患送醫", at=s.near(pc, 30), status="returning", follows=k_c)
    # D: an unrelated crash on Henan Rd
    k_d = s.add("incident", "injury_accident", s.t("16:08"), D, "河南路二段機車與自小客擦撞，機車騎士1人輕傷", at=along("henan", 0.8), severity=M)
    s.cctv("SN-CCTV-010", "stalled_vehicle", s.t("16:07"), D, 0.74, "車輛停滯")
    s.add("119", "ambulance", s.t("16:09"), D, "車禍 機車騎士 手腳擦傷", at=s.near(along("henan", 0.8), 40))
    s.rule("SN-VD-HENAN-02", "congestion", s.t("16:15"), D, M, "SN-VD-HENAN-02 平均車速 12 km/h，低於門檻 20 km/h")
    s.add("1999", "traffic_accident", s.t("16:12"), D, "河南路中平路口附近有車禍，機車倒在路上", at=s.near(along("henan", 0.8), 300))
    s.add("incident", "crowd_control", s.t("16:45"), A, "遊行隊伍抵中央公園北側解散", at="park_n", severity=MI)
    s.add("incident", "road_reopened", s.t("17:08"), A, "經貿路二段遊行管制解除，恢復通行", at=along("jingmao", 0.15), severity=MI, follows=k_cl)
    s.rule("SN-VD-JINGMAO-01", "cleared", s.t("17:15"), A, MI, "SN-VD-JINGMAO-01 車速回復，警戒解除")
    s.add("1999", "road_damage", s.t("11:20"), None, "經貿路上有一個坑洞，騎車要小心", at=s.near(along("jingmao", 0.8), 100))
    s.add("1999", "illegal_parking", s.t("12:40"), None, "逢甲水湳校區門口有車停在人行道", at=s.near("fcu", 100))
    incs = [inc(A, "crowd", "勞動節遊行（許可、管制、行進人潮與管制造成的車流）", k_a),
            inc(B, "public_safety", "遊行隊伍與反對人士推擠", k_b),
            inc(C, "rescue", "遊行長者熱衰竭", k_c),
            inc(D, "traffic", "河南路機車與自小客擦撞（與遊行無關）", k_d)]
    alt = {"why": "推擠發生在遊行隊伍中，由遊行勤務的警力當場隔離處理，可視為遊行任務的一部分",
           "incidents": [incs[0], incs[2], incs[3]]}
    # under the alternative, B's items are A
    for it in s.items:
        if it["truth"] == B and "truth_alt" not in it:
            it["truth_alt"] = A
    return s, "勞動節遊行沿經貿路：管制與車流、隊伍與路人推擠、長者熱衰竭；河南路一件無關車禍。", incs, alt


def s1933():
    s = Situation(1933, "new_years_eve_central_park", "2025-12-31")
    A, B, C, D, E = "A", "B", "C", "D", "E"
    s.permit("festival", s.t("19:00"), s.t("01:00", 1), "park_n", 900, A,
             "2026臺中跨年晚會暨煙火：中央公園北側主舞台，午夜煙火施放，預估20萬人次",
             s.t("15:00", -16))
    k_cl = s.add("incident", "road_closure", s.t("17:00"), A, "跨年活動交通管制：經貿路二段經貿七路以南、中科路部分路段封閉", at=along("jingmao", 0.45), severity=M)
    k_a = s.cctv("SN-CCTV-006", "crowding", s.t("19:42"), A, 0.74, "人群聚集")
    s.cctv("SN-CCTV-005", "crowding", s.t("20:05"), A, 0.80, "人群聚集")
    for sid, tm in (("SN-PK-004", "19:20"), ("SN-PK-006", "19:35"), ("SN-PK-002", "19:50"), ("SN-PK-005", "20:10"), ("SN-PK-001", "20:25")):
        s.add("parking", "full", s.t(tm), A, "車位已滿", sensor=sid)
    for sid, tm, sp in (("SN-VD-JINGMAO-02", "19:55", 8), ("SN-VD-ZHONGKE-01", "20:03", 10), ("SN-VD-KAIXUAN-02", "20:20", 12),
                        ("SN-VD-HUANZHONG-03", "20:31", 14), ("SN-VD-ZHONGQING-01", "20:40", 11)):
        s.rule(sid, "congestion", s.t(tm), A, M, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp))
    s.add("1999", "crowding", s.t("20:15"), A, "綠美圖前面人多到走不動，要進場的人一直擠", at=s.near("museum", 200))
    s.add("incident", "crowd_control", s.t("20:30"), A, "跨年會場北側入口人潮管制，分流至經貿路東側入口", at=s.near("park_n", 100), severity=M)
    s.add("1999", "noise", s.t("21:40"), A, "跨年晚會音樂太大聲，小孩睡不著，可以小聲一點嗎", at=s.near("eco_a", 150))
    s.add("1999", "illegal_parking", s.t("21:05"), A, "經貿路東側巷子被跨年的車停滿，消防通道都擋住了", at=s.near("eco_a", 300))
    # E: pickpockets working the crowd
    k_e = s.add("incident", "theft", s.t("22:10"), E, "跨年會場綠美圖前民眾手機遭扒竊", at=s.near("museum", 80), severity=MI)
    s.add("incident", "theft", s.t("22:42"), E, "會場北側民眾錢包遭竊，手法與稍早相同，疑為同一扒竊集團", at=s.near("park_n", 120), severity=MI)
    s.add("1999", "other", s.t("23:18"), E, "我的包包被割破了，錢包不見，在跨年會場舞台左邊", at=s.near("park_n", 250))
    s.add("incident", "theft", s.t("23:52"), E, "便衣警力於會場北側逮捕扒竊嫌犯2名，起出手機3支", at=s.near("park_n", 100), severity=MI, follows=k_e)
    # B: a man collapses in front of the stage
    pb = s.near("park_n", 60)
    k_b = s.add("119", "ambulance", s.t("23:31"), B, "跨年會場舞台前 男 約40歲 倒地 無意識", at=pb)
    s.add("incident", "medical", s.t("23:32"), B, "舞台前觀眾倒地，警力開路協助救護人員進入", at=pb, severity=SV)
    s.add("1999", "rescue", s.t("23:30"), B, "舞台前面有人昏倒了，人太多救護人員進不來", at=s.near(pb, 60))
    s.add("119", "ambulance", s.t("23:44"), B, "到達現場 CPR中", at=pb, status="on_scene", follows=k_b)
    s.add("119", "ambulance", s.t("00:02", 1), B, "患者送醫", at=pb, status="returning", follows=k_b)
    # midnight: fireworks smoke seen by a camera
    s.cctv("SN-CCTV-006", "smoke", s.t("00:01", 1), None, 0.58, "煙霧", truth_alt=A)
    s.cctv("SN-CCTV-006", "crowding", s.t("00:00", 1), A, 0.93, "人群聚集 密度極高")
    # the crush on the way out (A: the event's own danger; C under the alternative)
    pcr = s.near("museum", 80)
    s.add("1999", "crowding", s.t("00:06", 1), A, "倒數完大家往外擠，綠美圖那邊有人被推倒踩到", at=s.near(pcr, 150), truth_alt=C)
    k_cr = s.add("incident", "crowd_control", s.t("00:08", 1), A, "綠美圖北側出口推擠倒地，3人輕傷，出口暫停放行分批疏散", at=pcr, severity=SV, truth_alt=C)
    s.add("119", "ambulance", s.t("00:10", 1), A, "推擠倒地 多人受傷 約3人", at=pcr, truth_alt=C)
    s.add("119", "ambulance", s.t("00:19", 1), A, "到達現場", at=pcr, status="on_scene", follows="1933-%03d" % s.seq, truth_alt=C)
    # D: a confused father lost
    k_d = s.add("1999", "missing_person", s.t("00:12", 1), D, "我爸爸80歲有失智，跨年人太多跟我們走散了，穿深藍色羽絨外套", at=s.near("park_n", 200))
    kd2 = s.add("incident", "missing_person", s.t("00:20", 1), D, "協尋 男 80歲 失智 深藍色羽絨外套，於跨年會場北側走失", at=s.near("park_n", 80), severity=M)
    s.add("incident", "missing_person", s.t("00:57", 1), D, "協尋長者已於經貿路二段便利商店前尋獲，交還家屬", at=s.near(along("jingmao", 0.45), 50), severity=MI, follows=kd2)
    # leaving
    s.cctv("SN-CCTV-004", "crowding", s.t("00:25", 1), A, 0.86, "人群聚集 轉運站方向")
    s.cctv("SN-CCTV-008", "crowding", s.t("00:31", 1), A, 0.72, "人群聚集")
    s.add("1999", "crowding", s.t("00:40", 1), A, "轉運站等接駁車的人排好長，都排到環中路上了", at=s.near("hub", 150))
    for sid, tm, sp in (("SN-VD-HUANZHONG-02", "00:22", 6), ("SN-VD-LIMING-01", "00:28", 5), ("SN-VD-JINGMAO-01", "00:35", 4)):
        s.rule(sid, "congestion", s.t(tm, 1), A, SV, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp))
    s.add("incident", "road_reopened", s.t("02:10", 1), A, "跨年交通管制解除，經貿路二段、中科路恢復通行", at=along("jingmao", 0.45), severity=MI, follows=k_cl)
    s.add("1999", "streetlight", s.t("18:10"), None, "河南路停車場旁路燈一閃一閃的", at=s.near("henan_pk", 100))
    incs = [inc(A, "crowd", "跨年晚會（許可、入場與散場人潮、停車、管制車流、午夜出口推擠）", k_a),
            inc(B, "rescue", "舞台前男子倒地無意識", k_b),
            inc(D, "rescue", "80歲失智長者走失，尋獲", k_d),
            inc(E, "public_safety", "扒竊集團在會場連續作案，逮捕2人", k_e)]
    alt = {"why": "出口推擠造成多人受傷，消防局可能另開一件大量傷病患救護任務；煙火煙霧則算在活動裡",
           "incidents": incs + [inc(C, "rescue", "午夜綠美圖北側出口推擠倒地多人受傷", k_cr)]}
    return s, "跨年晚會在中央公園北側：人潮、停車與車流、扒竊集團、舞台前有人倒地、午夜出口推擠、失智長者走失、煙火煙霧。", incs, alt


def s1934():
    s = Situation(1934, "city_run_route", "2026-11-15")
    A, B, C, D = "A", "B", "C", "D"
    ctr = along("zhongke", 0.4)
    k_p = s.permit("event", s.t("06:00"), s.t("10:30"), ctr, 1900, A,
                   "2026臺中水湳城市路跑：轉運中心起跑，環中路二段、中科路、凱旋路、經貿路環狀路線，約8,000人", s.t("10:00", -20))
    s.permit("event", s.t("06:30"), s.t("11:00"), ctr, 1900, A,
             "變更：起跑時間延後30分鐘至06:30，管制時間順延至11:00", s.t("16:00", -2), permit_status="amended", follows=k_p)
    k_cl = s.add("incident", "road_closure", s.t("05:30"), A, "路跑交通管制：環中路二段（凱旋路至經貿路）、中科路封閉", at=(120.65217, 24.19785), severity=M)
    s.add("incident", "road_closure", s.t("05:35"), A, "凱旋路（黎明路至中科路段）路跑管制封閉", at=along("kaixuan", 0.4), severity=MI)
    s.add("1999", "noise", s.t("05:05"), A, "路跑的音響五點就開始放了，很吵", at=s.near("hub", 400))
    k_a = s.cctv("SN-CCTV-003", "crowding", s.t("06:12"), A, 0.82, "人群聚集 起跑區")
    s.cctv("SN-CCTV-004", "crowding", s.t("06:18"), A, 0.77, "人群聚集")
    for sid, tm, sp in (("SN-VD-HUANZHONG-02", "06:25", 9), ("SN-VD-HUANZHONG-01", "06:40", 14), ("SN-VD-KAIXUAN-01", "06:52", 10)):
        s.rule(sid, "congestion", s.t(tm), A, M, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp))
    s.add("1999", "other", s.t("06:45"), A, "環中路為什麼不能過？我要去上班，警察叫我繞道", at=s.near((120.64766, 24.19659), 500))
    s.add("1999", "illegal_parking", s.t("06:20"), A, "黎明路上停滿參加路跑的車，雙排停車", at=s.near((120.6525, 24.1949), 300))
    s.add("parking", "full", s.t("05:50"), A, "車位已滿", sensor="SN-PK-001")
    # B: a runner in cardiac arrest on Zhongke Rd
    pb = along("zhongke", 0.6)
    k_b = s.add("119", "ambulance", s.t("07:46"), B, "路跑選手 男 45歲 倒地 無呼吸 現場志工CPR中 AED使用", at=pb)
    s.add("1999", "rescue", s.t("07:45"), B, "中科路這邊有跑者倒下了，志工在CPR，救護車在哪", at=s.near(pb, 150))
    s.add("incident", "medical", s.t("07:48"), B, "中科路路跑選手倒地OHCA，管制路段開道引導救護車", at=s.near(pb, 20), severity=SV)
    s.add("119", "ambulance", s.t("07:53"), B, "到達現場", at=pb, status="on_scene", follows=k_b)
    s.add("119", "ambulance", s.t("08:09"), B, "恢復心跳 送中國醫藥大學附設醫院", at=pb, status="returning", follows=k_b)
    # C: a car drives through the closure barrier
    pc = (120.64904, 24.19365)
    k_c = s.add("incident", "accident", s.t("08:12"), C, "自小客闖入路跑管制區撞倒拒馬，無人受傷，駕駛酒測中", at=s.near(pc, 20), severity=M, truth_alt=A)
    s.cctv("SN-CCTV-007", "stalled_vehicle", s.t("08:11"), C, 0.69, "車輛停滯", truth_alt=A)
    s.add("1999", "traffic_accident", s.t("08:14"), C, "黎明路凱旋路口有車撞到路跑的拒馬，差點撞到跑者", at=s.near(pc, 200), truth_alt=A)
    s.add("incident", "accident", s.t("08:40"), C, "肇事車輛已拖離，拒馬復原", at=s.near(pc, 20), severity=MI, follows=k_c, truth_alt=A)
    # D: heat exhaustion at the finish
    pd = s.near("hub", 80)
    k_d = s.add("119", "ambulance", s.t("09:22"), D, "路跑終點區 女 32歲 疑似熱衰竭 抽搐", at=pd)
    s.add("119", "ambulance", s.t("09:30"), D, "到達現場", at=pd, status="on_scene", follows=k_d)
    # skewed camera clock: stamped 4 min early
    s.cctv("SN-CCTV-003", "crowding", s.t("09:35"), A, 0.71, "人群聚集 終點區", observed=s.t("09:31"))
    s.add("incident", "road_reopened", s.t("10:50"), A, "路跑管制解除，環中路二段、中科路、凱旋路恢復通行", at=(120.65217, 24.19785), severity=MI, follows=k_cl)
    s.rule("SN-VD-HUANZHONG-02", "cleared", s.t("11:02"), A, MI, "SN-VD-HUANZHONG-02 車速回復，警戒解除")
    s.add("1999", "streetlight", s.t("05:40"), None, "凱旋路那排路燈有一盞白天還亮著", at=s.near(along("kaixuan", 0.7), 100))
    s.add("status", "offline", s.t("03:10"), None, None, sensor="SN-RG-003", reason="battery_low")
    s.add("status", "online", s.t("09:45"), None, None, sensor="SN-RG-003")
    incs = [inc(A, "crowd", "城市路跑（許可與變更、管制、起終點人潮、管制車流）", k_a),
            inc(B, "rescue", "中科路跑者OHCA", k_b),
            inc(C, "traffic", "自小客闖入管制區撞倒拒馬", k_c),
            inc(D, "rescue", "終點區跑者熱衰竭", k_d)]
    alt = {"why": "闖入管制區的車輛由路跑管制警力當場處理，可視為活動任務的一部分",
           "incidents": [incs[0], incs[1], incs[3]]}
    return s, "城市路跑（許可延後30分）：管制與車流、跑者OHCA、車輛闖入管制撞拒馬、終點熱衰竭；北屯雨量站電池低離線。", incs, alt


def s1935():
    s = Situation(1935, "concert_moved_for_rain", "2026-06-13")
    A, B, C, G = "A", "B", "C", "G"
    k_p = s.permit("concert", s.t("18:30"), s.t("21:30"), "park_mid", 600, A,
                   "中央公園草坪音樂會，預估6,000人", s.t("11:00", -12))
    s.permit("concert", s.t("19:00"), s.t("22:00"), "popmusic", 300, A,
             "變更：因豪雨特報，音樂會移至臺中流行影音中心室內舉行，19:00開演", s.t("14:10"),
             permit_status="amended", follows=k_p)
    s.rule("SN-RG-001", "heavy_rain", s.t("15:30"), None, M, "中央公園雨量站 時雨量 46 mm，達大雨標準", level="大雨")
    s.rule("C0F9T0", "heavy_rain", s.t("15:50"), None, M, "西屯 時雨量 41 mm，達大雨標準", level="大雨")
    # fans who did not hear of the move gather at the lawn (A; G under the alternative)
    k_a = s.add("1999", "crowding", s.t("17:28"), A, "中央公園草地這邊很多人在等音樂會，說改地點了都不知道，大家淋雨在那邊", at=s.near("park_mid", 250), truth_alt=G)
    k_g = s.add("incident", "crowd_control", s.t("17:40"), A, "中央公園原場地仍有約300名民眾聚集，派員引導改往流行影音中心", at=s.near("park_mid", 60), severity=MI, truth_alt=G)
    s.add("parking", "full", s.t("17:35"), A, "車位已滿", sensor="SN-PK-005", truth_alt=G)
    k_new = s.add("incident", "crowd_control", s.t("18:20"), A, "流行影音中心入口排隊人潮延伸至凱旋路人行道", at=s.near("popmusic", 60), severity=M)
    for sid, tm, sp in (("SN-VD-KAIXUAN-02", "18:12", 9), ("SN-VD-ZHONGKE-01", "18:25", 13)):
        s.rule(sid, "congestion", s.t(tm), A, M, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp))
    k = s.add("1999", "illegal_parking", s.t("18:33"), A, "凱旋路影音中心前面一堆車臨停下客，整條塞住", at=s.near("popmusic", 200))
    s.dup(k, 60)
    # B: a woman slips on the wet path in the park
    pb = s.near("park_n", 150)
    k_b = s.add("1999", "rescue", s.t("19:12"), B, "公園步道很滑有人跌倒了，頭在流血，可以叫救護車嗎", at=s.near(pb, 40))
    s.add("119", "ambulance", s.t("19:14"), B, "中央公園北側步道 女 跌倒 頭部撕裂傷", at=pb)
    s.add("119", "ambulance", s.t("19:24"), B, "到達現場", at=pb, status="on_scene", follows="1935-%03d" % s.seq)
    # C: a ticket scalper dispute at the new venue
    k_c = s.add("incident", "public_disturbance", s.t("19:05"), C, "流行影音中心入口黃牛票糾紛，2人拉扯，已到場處理", at=s.near("popmusic", 40), severity=MI)
    s.add("incident", "public_disturbance", s.t("19:25"), C, "糾紛雙方帶回派出所", at=s.near("popmusic", 40), severity=MI, follows=k_c)
    s.add("1999", "noise", s.t("21:20"), None, "隔壁鄰居在唱卡拉OK很大聲", at=s.near("eco_b", 100))
    # egress
    s.rule("SN-VD-KAIXUAN-02", "congestion", s.t("22:08"), A, M, "SN-VD-KAIXUAN-02 平均車速 8 km/h，低於門檻 20 km/h")
    s.rule("SN-VD-KAIXUAN-01", "congestion", s.t("22:15"), A, M, "SN-VD-KAIXUAN-01 平均車速 12 km/h，低於門檻 20 km/h")
    s.add("incident", "crowd_control", s.t("22:05"), A, "影音中心散場，凱旋路派員疏導", at=s.near("popmusic", 80), severity=MI)
    s.rule("SN-VD-KAIXUAN-02", "cleared", s.t("22:50"), A, MI, "SN-VD-KAIXUAN-02 車速回復，警戒解除")
    incs = [inc(A, "crowd", "音樂會（原定中央公園，改至流行影音中心）的人潮管制，包括原場地未得知改地點的民眾", k_a),
            inc(B, "rescue", "雨中公園步道跌倒頭部受傷", k_b),
            inc(C, "public_safety", "新場地入口黃牛糾紛", k_c)]
    alt = {"why": "原場地滯留民眾在1.2公里外的中央公園，由另一組警力引導，可開成獨立的人潮任務",
           "incidents": [inc(A, "crowd", incs[0]["description"], k_new)] + incs[1:] + [inc(G, "crowd", "中央公園原場地滯留民眾", k_a)]}
    # under the alternative A opens later: first A-labelled item
    return s, "雨天音樂會移至流行影音中心（許可變更）：原場地仍有人聚集、新場地人潮、雨中跌倒、黃牛糾紛；大雨告警為背景。", incs, alt


def s1936():
    s = Situation(1936, "market_cancelled_elder_missing", "2026-04-04")
    A, B = "A", "B"
    k_p = s.permit("market", s.t("10:00"), s.t("18:00"), "henan_pk", 250, None,
                   "兒童節親子市集：河南路停車場，攤位60攤，預估3,000人", s.t("09:00", -15))
    s.permit("market", s.t("10:00"), s.t("18:00"), "henan_pk", 250, None,
             "撤銷：主辦單位取消活動", s.t("17:20", -2), permit_status="cancelled", follows=k_p)
    # B: an elder with dementia walks away from home
    k_b = s.add("1999", "missing_person", s.t("08:41"), B, "我爸爸82歲失智症，早上從生態住宅B區家裡走出去沒回來，穿灰色外套戴帽子", at=s.near("eco_b", 60))
    kb2 = s.add("incident", "missing_person", s.t("08:58"), B, "協尋 男 82歲 失智 灰色外套 戴帽，自生態住宅B區步行離家", at=s.near("eco_b", 40), severity=M)
    s.add("1999", "other", s.t("09:42"), B, "綠美圖門口有一位阿伯一直問路，講不清楚要去哪裡，穿灰色外套", at=s.near("museum", 60))
    s.add("incident", "missing_person", s.t("10:05"), B, "民眾通報綠美圖附近有疑似協尋長者，員警前往未尋獲，擴大搜尋", at=s.near("museum", 80), severity=M, follows=kb2)
    # the found report is entered late and arrives after the family's follow-up call
    s.add("incident", "missing_person", s.t("11:18"), B, "協尋長者已於水湳轉運中心候車區尋獲，家屬領回", at=s.near("hub", 40), severity=MI, follows=kb2, delay=1500)
    s.add("1999", "missing_person", s.t("11:30"), B, "剛剛打過，我爸爸有找到嗎？還是沒有消息", at=s.near("eco_b", 60))
    # A: crash at Henan/Zhongping on the morning the market would have been
    pa = (120.650315, 24.171058)
    k_a = s.add("incident", "injury_accident", s.t("10:32"), A, "河南路/中平路口自小客與機車碰撞，機車騎士受傷", at=s.near(pa, 20), severity=M)
    s.cctv("SN-CCTV-010", "stalled_vehicle", s.t("10:31"), A, 0.84, "車輛停滯")
    s.cctv("SN-CCTV-010", "stalled_vehicle", s.t("10:31"), A, 0.84, "車輛停滯", delay=600)  # camera re-sent under a new id
    ka2 = s.add("119", "ambulance", s.t("10:33"), A, "車禍 機車騎士 左腿骨折疑慮", at=s.near(pa, 20))
    k = s.add("1999", "traffic_accident", s.t("10:34"), A, "河南路中平路口車禍，有人躺在地上", at=s.near(pa, 250))
    s.dup(k, 33)
    s.add("1999", "traffic_accident", s.t("10:38"), A, "中平路這邊撞車了，車子停在路口中間", at=s.near(pa, 400))
    for sid, tm, sp in (("SN-VD-HENAN-02", "10:40", 7), ("SN-VD-ZHONGPING-01", "10:44", 9), ("SN-VD-HENAN-01", "10:58", 15)):
        s.rule(sid, "congestion", s.t(tm), A, M, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp))
    s.add("1999", "other", s.t("10:52"), A, "河南路塞車塞好久，是不是停車場那邊在辦市集？", at=s.near("henan_pk", 500))
    s.add("119", "ambulance", s.t("10:41"), A, "到達現場", at=s.near(pa, 20), status="on_scene", follows=ka2)
    s.add("119", "ambulance", s.t("10:58"), A, "傷者送醫", at=s.near(pa, 20), status="returning", follows=ka2)
    s.add("incident", "injury_accident", s.t("11:25"), A, "事故車輛已移除，路口恢復通行", at=s.near(pa, 20), severity=MI, follows=k_a)
    for sid, tm in (("SN-VD-HENAN-02", "11:35"), ("SN-VD-ZHONGPING-01", "11:40")):
        s.rule(sid, "cleared", s.t(tm), A, MI, "%s 車速回復，警戒解除" % sid)
    s.add("1999", "other", s.t("10:15"), None, "河南路停車場不是說有市集嗎？來了什麼都沒有", at=s.near("henan_pk", 80))
    s.add("parking", "empty", s.t("09:30"), None, "車位全空", sensor="SN-PK-003")
    s.add("1999", "streetlight", s.t("07:50"), None, "中國醫大水湳校區外面路燈一盞不亮", at=s.near("cmu", 100))
    incs = [inc(A, "traffic", "河南路/中平路口車禍與回堵（不是市集：市集已撤銷）", k_a),
            inc(B, "rescue", "82歲失智長者走失，於轉運中心尋獲", k_b)]
    return s, "取消的兒童節市集（許可撤銷）、同一時段河南路口車禍回堵，以及走失失智長者的協尋。", incs, None


def main():
    for f in (s1931, s1932, s1933, s1934, s1935, s1936):
        s, desc, incs, alt = f()
        if alt:
            alt["incidents"] = [dict(x) for x in alt["incidents"]]
            fix_alt_keys(s, alt)
        s.write(desc, incs, alt)


if __name__ == "__main__":
    main()
