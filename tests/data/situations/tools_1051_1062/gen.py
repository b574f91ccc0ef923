"""Seeded generator of situations 1051-1062 (traffic and transport, 水湳 zone).

Run: cd tools_1051_1062 && python3 gen.py && python3 validate.py && python3 readme.py
Each situation has its own seed: editing one leaves the others byte-identical.
"""
from datetime import datetime, timedelta

from background import flap, routine, rush
from lib import LOCAL, Situation, between, on_road, sensor_pos as P

SCHOOL_GATE = between((120.66, 24.1992), (120.666, 24.1968), 0.45)  # 泰安國小 gate on 環中路 (east part)


def s1051():
    S = Situation(1051, "morning_rush_school_gate_scooter", "2026-03-10", 1051)
    S.description = ("Tuesday morning rush 06:50-09:10. Recurring slow-downs on 環中路, 中清路, 經貿路, 凱旋路 and 黎明路. "
                     "07:38 a parent's scooter (child on the back) and a car collide at the 泰安國小 gate on 環中路; "
                     "08:34 a broken-down car blocks the kerb lane of 中清路 at 環中路.")
    # background: rush
    S.congestion("SN-VD-HUANZHONG-03", "07:18:00", 21, 38, None)
    S.congestion("SN-VD-ZHONGQING-01", "07:24:00", 19, 41, None)
    S.congestion("SN-VD-JINGMAO-01", "07:33:00", 23, 35, None, sev="Minor")
    S.congestion("SN-VD-KAIXUAN-01", "07:41:00", 17, 44, None)
    S.congestion("SN-VD-LIMING-01", "08:02:00", 24, 33, None, sev="Minor")
    S.congestion("SN-VD-HUANZHONG-02", "07:52:00", 18, 43, None)
    S.cleared("SN-VD-JINGMAO-01", "08:41:00", None)
    S.cleared("SN-VD-HUANZHONG-03", "08:55:00", None)
    S.cleared("SN-VD-KAIXUAN-01", "08:58:00", None)
    routine(S, 12, "06:55", "09:05", exclude_roads=("huanzhong",))
    rush(S, ["SN-VD-HENAN-02", "SN-VD-ZHONGPING-01", "SN-VD-ZHONGKE-01", "SN-VD-HUANZHONG-04"], "07:10", "08:30")
    flap(S, "SN-CCTV-005", "07:12:10", "07:16:40")
    S.cctv("SN-CCTV-001", "wrong_way", "08:21:14", 0.41, "影像分析：疑似逆向行駛（匝道出口）", None)
    # A: scooter crash at school gate
    g = SCHOOL_GATE
    k1 = S.c1999("traffic_accident", S.jitter(g, 30, 80), "07:38:40",
                 "泰安國小門口機車跟汽車擦撞，機車上有大人跟小朋友倒在地上，小朋友在哭，快叫救護車", "A", delay=(50, 70))
    c = S.f119("ambulance", S.jitter(g, 0, 20), "07:40:05", "環中路泰安國小前 機車事故 2 傷（成人 1、學童 1）派遣救護車", "A")
    S.c1999("traffic_accident", S.jitter(g, 180, 260), "07:41:30",
            "學校對面早餐店這邊看到，機車被轎車撞，導護志工在現場指揮", "A")
    S.f119("ambulance", S.jitter(g, 0, 20), "07:46:50", "救護車到場，學童右手擦傷、家長左腳疑骨折", "A",
           status="on_scene", case=c)
    kp = S.police("injury_accident", "Moderate", S.jitter(g, 0, 25), "07:47:00",
                  "環中路泰安國小前，自小客右轉與直行機車擦撞，機車騎士（家長）及後座學童受傷，員警到場處理並管制外側車道", "A")
    S.c1999("traffic_accident", S.jitter(g, 300, 450), "07:49:10",
            "環中路往東外側車道有車禍，警察在擋，車子都要切到內側，很塞", "A")
    S.f119("ambulance", S.jitter(g, 0, 20), "08:04:30", "傷者 2 名送中國醫藥大學附設醫院，返隊", "A",
           status="returning", case=c)
    S.police("injury_accident", "Moderate", S.jitter(g, 0, 25), "08:22:00",
             "泰安國小前事故現場處理完畢，車輛移置路邊，外側車道恢復通行", "A", follows=kp)
    S.c1999("other", S.jitter(g, 40, 120), "08:40:00",
            "泰安國小門口每天上學時間都有車違規右轉，今天又出車禍了，希望設置交通警察或改號誌時相", None,
            alt="A")
    S.incident("A", "traffic", "環中路泰安國小校門口機車與自小客擦撞，家長與學童受傷送醫", k1)
    # B: breakdown on 中清路
    j = P("SN-SIG-008")
    kb = S.cctv("SN-CCTV-008", "stalled_vehicle", "08:34:20", 0.78, "影像分析：車輛停滯（中清路外側車道）", "B")
    kpb = S.police("stalled_vehicle", "Minor", S.jitter(j, 30, 80), "08:41:00",
                   "中清路往北近環中路口自小客拋錨停於外側車道，已擺放警示並通知拖吊", "B")
    S.c1999("traffic_accident", S.jitter(j, 100, 250), "08:37:30",
            "中清路靠環中路那邊有一台車停在外側車道不動，閃雙黃燈，不知道是不是車禍", "B")
    S.police("stalled_vehicle", "Minor", S.jitter(j, 30, 80), "09:02:00", "拋錨車已拖離，恢復通行", "B",
             follows=kpb)
    S.incident("B", "traffic", "中清路近環中路口自小客拋錨佔用外側車道（尖峰時段），拖吊排除", kb)
    S.dup(k1, 35)
    S.alt = {"why": "The 08:40 caller names today's crash while asking for a permanent fix; a coordinator may attach the "
                    "call to the crash's job instead of the petitions queue.",
             "incidents": list(S.incidents)}
    S.notes = [
        "The school-gate caller at 07:38 is enough: a child down after a crash on a school route during the rush is dispatched at once.",
        "The 08:40 1999 call is a petition about the junction's design, not a report of the crash; background (no dispatch).",
        "The 1999 caller of 08:37 thinks the 中清路 breakdown may be a crash; it belongs to the breakdown.",
        "The 1999 case of 07:38 was delivered twice (redelivery, same key).",
    ]
    return S


def s1052():
    S = Situation(1052, "evening_pileup_huanzhong_taiwan_blvd", "2026-04-16", 1052)
    S.description = ("Thursday evening rush 16:50-19:30. 17:42 five vehicles pile up on 環中路 southbound before 臺灣大道 "
                     "(one driver trapped, four hurt); closure of two lanes until 19:05. 18:12 a second, minor rear-end "
                     "crash at the tail of the queue near 黎明路.")
    S.congestion("SN-VD-HENAN-01", "17:05:00", 22, 36, None)
    S.congestion("SN-VD-ZHONGPING-01", "17:12:00", 20, 39, None)
    S.congestion("SN-VD-JINGMAO-02", "17:20:00", 24, 33, None, sev="Minor")
    S.congestion("SN-VD-KAIXUAN-02", "17:31:00", 21, 37, None)
    S.congestion("SN-VD-ZHONGQING-02", "17:36:00", 19, 40, None)
    S.cleared("SN-VD-JINGMAO-02", "18:35:00", None)
    S.cleared("SN-VD-HENAN-01", "18:50:00", None)
    routine(S, 12, "16:55", "19:20", exclude_roads=("huanzhong", "liming"))
    rush(S, ["SN-VD-ZHONGPING-02", "SN-VD-ZHONGKE-01", "SN-VD-JINGMAO-01", "SN-VD-HENAN-02"], "17:00", "18:30")
    S.fire_alarm("SN-FA-009", "fault", "17:26:30", "逢甲大學水湳校區 受信總機：第 3 迴路偵煙探測器斷線", None)
    S.cctv("SN-CCTV-010", "crowding", "17:15:02", 0.55, "影像分析：人群聚集（公車站）", None)
    j = P("SN-SIG-009")
    site = between(P("SN-VD-HUANZHONG-04"), j, 0.8)
    k1 = S.cctv("SN-CCTV-009", "stalled_vehicle", "17:42:40", 0.86, "影像分析：多部車輛停滯（環中路往臺灣大道方向）", "A")
    k2 = S.c1999("traffic_accident", S.jitter(site, 40, 120), "17:43:10",
                 "環中路往臺灣大道這邊好幾台車追撞，有一台轎車整個被夾在中間，駕駛出不來", "A", delay=(40, 60))
    c1 = S.f119("rescue", S.jitter(site, 0, 20), "17:44:50", "環中路近臺灣大道 多車追撞 1 人受困車內，派遣救助隊、救護車", "A")
    S.c1999("traffic_accident", S.jitter(site, 150, 350), "17:45:20", "環中路大車禍，五台車撞在一起，車流整個停住", "A")
    c2 = S.f119("ambulance", S.jitter(site, 0, 20), "17:46:30", "環中路臺灣大道口前 多車追撞 增派救護車 2 輛", "A")
    S.c1999("traffic_accident", S.jitter(site, 250, 420), "17:47:55",
            "我在臺灣大道等紅燈，看到環中路那邊冒白煙，好像是車禍，有人躺在地上", "A")
    kp = S.police("injury_accident", "Severe", S.jitter(site, 0, 30), "17:49:00",
                  "環中路往南近臺灣大道口，自小客 4 輛、小貨車 1 輛連環追撞，1 人受困、4 人受傷，已通報消防", "A")
    S.f119("rescue", S.jitter(site, 0, 20), "17:52:10", "救助隊到場，破壞車門救出受困駕駛", "A", status="on_scene", case=c1)
    S.congestion("SN-VD-HUANZHONG-04", "17:50:00", 8, 71, "A", sev="Severe", alt=None)
    S.c1999("traffic_accident", S.jitter(site, 500, 800), "17:55:30",
            "環中路塞到黎明路了，前面是不是出事？完全不動", "A")
    kc = S.police("road_closure", "Moderate", S.jitter(site, 0, 30), "17:58:00",
                  "封閉環中路往南內側兩車道，車輛改行外側車道或改道黎明路", "A", follows=kp)
    S.f119("ambulance", S.jitter(site, 0, 20), "18:01:00", "救護車 3 輛到場，傷者 5 名分送澄清醫院、中國醫藥大學附設醫院", "A",
           status="on_scene", case=c2)
    S.congestion("SN-VD-HUANZHONG-01", "18:06:00", 11, 62, "A", sev="Severe", alt=None)
    # B: secondary crash at the tail
    tail = between(P("SN-VD-HUANZHONG-01"), P("SN-SIG-001"), 0.35)
    kb = S.police("accident", "Minor", S.jitter(tail, 0, 40), "18:12:00",
                  "環中路往南近黎明路口，回堵車陣尾端自小客追撞前車，無人受傷，雙方車輛已移置路邊", "B", alt="A")
    S.c1999("traffic_accident", S.jitter(tail, 80, 200), "18:13:40", "黎明路口附近又兩台車擦撞，車子停在車道上", "B", alt="A")
    S.f119("rescue", S.jitter(site, 0, 20), "18:25:00", "受困者已救出送醫，救助隊返隊", "A", status="returning", case=c1)
    S.f119("ambulance", S.jitter(site, 0, 20), "18:40:00", "救護案件結案", "A", status="closed", case=c2)
    S.police("road_reopened", "Minor", S.jitter(site, 0, 30), "19:05:00", "事故車輛已全數拖離，環中路往南恢復通行", "A",
             follows=kc)
    S.cleared("SN-VD-HUANZHONG-04", "19:14:00", "A", alt=None)
    S.incident("A", "traffic", "環中路往南近臺灣大道口五車連環追撞，1 人受困、5 人送醫，封閉兩車道", k1)
    S.incident("B", "traffic", "回堵車陣尾端（環中路近黎明路口）再發生追撞，無人受傷", kb)
    S.alt = {"why": "A coordinator may treat the tail-of-queue crash as part of the pile-up's job (the same officers "
                    "manage the whole queue), and the detector slow-downs upstream as ordinary evening rush "
                    "that would have happened anyway.",
             "incidents": [S.incidents[0]]}
    S.notes = [
        "The CCTV at 臺灣大道/環中路 showing several stopped vehicles is enough at 17:42 on this road at this hour; the first 1999 call arrives within a minute anyway.",
        "The 17:50 and 18:06 slow-downs at 環中路 detectors 4 and 1 are the pile-up's queue (Severe, occupancy far above the day's rush); under the other reading they are rush-hour background.",
        "The 18:12 crash is 2 km back at the tail of the queue: a second scene, a second unit; the alternative folds it into the pile-up.",
    ]
    return S


def s1053():
    S = Situation(1053, "truck_sheds_load_zhongqing", "2026-05-06", 1053)
    S.description = ("Wednesday late morning 10:00-12:30. 10:48 a lorry loses its load of scaffolding pipes on 中清路 "
                     "south of 環中路; a scooter rider falls on the pipes at 11:08; lanes closed until 11:50. 11:20 a "
                     "mattress lies in the lane of 環中路 near 凱旋路 (another job).")
    routine(S, 12, "10:00", "12:25", exclude_roads=("zhongqing", "huanzhong"))
    flap(S, "SN-VD-ZHONGQING-02", "10:21:00", "10:58:30", rule_at="10:31:00")
    S.congestion("SN-VD-LIMING-01", "12:05:00", 26, 30, None, sev="Minor")
    j = P("SN-SIG-008")
    site = S.jitter(between(P("SN-SIG-008"), P("SN-VD-ZHONGQING-02"), 0.12), 0, 20)
    k1 = S.cctv("SN-CCTV-008", "fallen_object", "10:48:20", 0.83, "影像分析：道路掉落物（中清路往南車道）", "A")
    S.c1999("fallen_object", S.jitter(site, 50, 150), "10:49:00",
            "中清路往市區方向，一台貨車掉了一整綑鐵管在路上，散在兩個車道，貨車沒停就開走了", "A", delay=(50, 80))
    S.c1999("fallen_object", S.jitter(site, 100, 300), "10:51:30", "中清路環中路口過去一點，路上都是鐵管，車子在閃，很危險", "A")
    kp = S.police("fallen_object", "Moderate", S.jitter(site, 0, 30), "10:55:00",
                  "中清路往南近環中路口，營建用鷹架鋼管散落外側兩車道，員警到場擺設交通錐管制，追查遺落貨車", "A")
    S.congestion("SN-VD-ZHONGQING-01", "10:58:00", 14, 52, "A", sev="Moderate")
    kc = S.police("road_closure", "Moderate", S.jitter(site, 0, 30), "11:02:00",
                  "中清路往南外側兩車道封閉，清除散落鋼管，車輛改行內側車道", "A", follows=kp)
    S.f119("ambulance", S.jitter(site, 0, 40), "11:08:40", "中清路近環中路 機車騎士壓到路面鋼管自摔 1 傷", "A", alt="C")
    S.c1999("traffic_accident", S.jitter(site, 60, 160), "11:09:20", "剛剛有機車壓到地上的鐵管摔倒了，人坐在路邊", "A", alt="C")
    S.congestion("SN-VD-JINGMAO-01", "11:12:00", 22, 38, "A", sev="Minor", alt=None)
    S.police("fallen_object", "Moderate", S.jitter(site, 0, 30), "11:30:00",
             "已查獲遺落貨車，駕駛到場協助清除，掉落物清除中", "A", follows=kp)
    S.police("road_reopened", "Minor", S.jitter(site, 0, 30), "11:50:00", "中清路掉落鋼管清除完畢，恢復通行", "A",
             follows=kc)
    S.cleared("SN-VD-ZHONGQING-01", "12:02:00", "A")
    # B: mattress on 環中路
    m = between(P("SN-SIG-002"), P("SN-SIG-003"), 0.3)
    kb = S.c1999("fallen_object", S.jitter(m, 20, 80), "11:20:10",
                 "環中路凱旋路口往中科路方向，內側車道有一張床墊，車子都緊急變換車道", "B")
    S.cctv("SN-CCTV-002", "fallen_object", "11:21:30", 0.64, "影像分析：道路掉落物（內側車道）", "B")
    S.police("fallen_object", "Minor", S.jitter(m, 0, 30), "11:34:00", "環中路二段內側車道床墊一張，已移除", "B")
    S.incident("A", "traffic", "中清路往南近環中路口貨車遺落鷹架鋼管，機車騎士自摔 1 傷，封閉外側兩車道", k1)
    S.incident("B", "traffic", "環中路凱旋路口附近內側車道床墊掉落物", kb)
    S.alt = {"why": "The scooter fall on the pipes is a second crash with a casualty; a coordinator could open it as its own "
                    "ambulance job, and the 11:12 slow-down on 經貿路 (detour) could be read as background.",
             "incidents": [S.incidents[0], S.incidents[1],
                           {"label": "C", "type": "rescue", "description": "機車騎士壓到鋼管自摔受傷（與掉落物同地點）",
                            "sufficient_evidence_key": [i for i in S.items if i.get("truth_alt") == "C"][0]["key"]}]}
    S.notes = [
        "The CCTV fallen-object detection at a main junction is confirmed by the first caller 40 s later; either would open the job, the CCTV arrives first.",
        "The 中清路 detector 2 outage (10:21-10:58) is 1.6 km away and unrelated: a comms flap.",
        "The mattress on 環中路 is about 1 km west of the pipes, on another road, 30 minutes later: a separate job for the road maintenance crew.",
    ]
    return S


def s1054():
    S = Situation(1054, "bus_breakdown_taiwan_blvd_bus_lane", "2026-06-08", 1054)
    S.description = ("Monday morning rush 07:00-09:30. 07:52 a city bus breaks down in the 臺灣大道 median bus lane east "
                     "of 環中路, blocking following buses until it is towed at 08:44. 08:15 a scooter rider falls at "
                     "河南路/中平路.")
    S.congestion("SN-VD-HUANZHONG-04", "07:31:00", 20, 40, None)
    S.congestion("SN-VD-HUANZHONG-02", "07:38:00", 18, 42, None)
    S.congestion("SN-VD-ZHONGQING-01", "07:40:00", 21, 37, None)
    S.congestion("SN-VD-HENAN-02", "07:46:00", 23, 34, None, sev="Minor")
    S.congestion("SN-VD-KAIXUAN-01", "07:55:00", 19, 39, None)
    S.cleared("SN-VD-HUANZHONG-02", "08:50:00", None)
    routine(S, 12, "07:05", "09:20", exclude_roads=("henan", "zhongping"))
    rush(S, ["SN-VD-LIMING-01", "SN-VD-JINGMAO-01", "SN-VD-ZHONGKE-01", "SN-VD-ZHONGPING-02"], "07:15", "08:30")
    S.cctv("SN-CCTV-008", "stalled_vehicle", "07:30:12", 0.52, "影像分析：車輛停滯（路口內）", None)
    S.cctv("SN-CCTV-001", "wrong_way", "08:48:40", 0.38, "影像分析：疑似逆向行駛", None)
    bus = between(P("SN-SIG-009"), on_road("taiwan_blvd", 1.0), 0.12)
    k1 = S.cctv("SN-CCTV-009", "stalled_vehicle", "07:53:30", 0.69, "影像分析：車輛停滯（臺灣大道公車專用道）", "A")
    k2 = S.c1999("other", S.jitter(bus, 0, 30), "07:56:00",
                 "我在臺灣大道的公車上，公車在專用道上拋錨不能動，後面公車也全部卡住，司機叫我們下車", "A")
    kp = S.police("stalled_vehicle", "Moderate", S.jitter(bus, 0, 30), "07:58:00",
                  "臺灣大道往市區方向近環中路口，公車專用道一輛市區公車故障停駛，後方公車改走快車道，員警到場協助", "A")
    S.c1999("other", S.jitter(bus, 600, 900), "08:05:00", "臺灣大道公車一直沒來，站牌顯示進站又不見，是不是出事", "A",
            alt=None)
    S.c1999("traffic_accident", S.jitter(bus, 100, 250), "08:09:30",
            "臺灣大道環中路口公車跟汽車好像卡在一起，公車專用道出口都堵住了", "A")
    S.police("stalled_vehicle", "Moderate", S.jitter(bus, 0, 30), "08:20:00",
             "客運業者拖吊車趕赴中，現場改由員警指揮公車借道", "A", follows=kp)
    S.police("road_reopened", "Minor", S.jitter(bus, 0, 30), "08:44:00", "故障公車已拖離，公車專用道恢復通行", "A",
             follows=kp)
    # B: scooter fall at 河南路/中平路
    j = P("SN-SIG-010")
    kb = S.c1999("traffic_accident", S.jitter(j, 60, 150), "08:15:20", "河南路中平路口有機車自己滑倒，騎士坐在地上起不來", "B")
    S.f119("ambulance", S.jitter(j, 0, 30), "08:16:40", "河南路中平路口 機車自摔 1 傷 派遣救護車", "B")
    S.cctv("SN-CCTV-010", "stalled_vehicle", "08:16:05", 0.58, "影像分析：車輛停滯（路口內）", "B")
    S.police("accident", "Minor", S.jitter(j, 0, 30), "08:31:00", "河南路中平路口機車自摔，騎士擦傷送醫，無其他車輛", "B")
    S.incident("A", "traffic", "臺灣大道公車專用道近環中路口公車故障停駛，影響後方公車及尖峰車流", k2)
    S.incident("B", "traffic", "河南路中平路口機車自摔 1 傷", kb)
    S.alt = {"why": "The 08:05 complaint about a bus that never comes may be an ordinary bus-service complaint rather "
                    "than evidence of the breakdown.",
             "incidents": list(S.incidents)}
    S.notes = [
        "The CCTV stop in the bus lane (0.69) alone would be checked on the wall but not dispatched; the passenger's 1999 call at 07:56 opens the job.",
        "The 08:09 caller thinks a bus and a car are stuck together: it is the broken-down bus seen from 200 m; no second crash.",
        "The 08:05 call about a bus that never comes is the same breakdown felt 800 m down the line; under the other reading it is a routine bus complaint.",
        "The CCTV stall at 中清路/環中路 at 07:30 (0.52) has no follow-up: a vehicle waiting in the box during the rush; background.",
        "There is no vehicle detector on 臺灣大道: the breakdown shows in no slow-down alert.",
    ]
    return S


def s1055():
    S = Situation(1055, "signal_dark_jingmao_7th", "2026-07-14", 1055)
    S.description = ("Tuesday afternoon into the evening rush 16:00-18:40. 16:35 the controller at 經貿路二段/經貿七路 "
                     "fails and the junction goes dark until 17:48; two cars touch in the junction at 17:20. The next "
                     "junction's controller restarts once at 17:02 (one minute).")
    S.congestion("SN-VD-HENAN-01", "17:10:00", 23, 36, None)
    S.congestion("SN-VD-ZHONGPING-02", "17:18:00", 21, 38, None)
    S.congestion("SN-VD-HUANZHONG-02", "17:25:00", 19, 41, None)
    S.congestion("SN-VD-KAIXUAN-02", "17:40:00", 22, 35, None, sev="Minor")
    routine(S, 12, "16:05", "18:30", exclude_roads=("jingmao",))
    rush(S, ["SN-VD-ZHONGQING-01", "SN-VD-HUANZHONG-03", "SN-VD-ZHONGKE-01"], "17:00", "18:00")
    flap(S, "SN-VD-HENAN-02", "16:12:00", "16:14:30")
    sid = "SN-SIG-006"
    j = P(sid)
    k1 = S.signal(sid, "fault", "16:35:10", "A")
    S.cctv("SN-CCTV-006", "signal_dark", "16:36:02", 0.91, "影像分析：號誌燈號熄滅", "A")
    S.c1999("traffic_signal", S.jitter(j, 40, 120), "16:41:30", "經貿路跟經貿七路口紅綠燈全部不亮，車子亂鑽", "A")
    S.c1999("traffic_signal", S.jitter(j, 150, 300), "16:49:50", "綠美圖那邊路口號誌壞了，行人不敢過馬路", "A")
    S.police("traffic_signal_fault", "Moderate", S.jitter(j, 0, 25), "16:52:00",
             "經貿路二段/經貿七路口號誌全暗，已派員到場指揮交通，通報交通局維修", "A")
    S.signal("SN-SIG-005", "fault", "17:02:05", None, text="經貿路二段/黎明路三段 號誌 控制器回報：重新啟動")
    S.signal("SN-SIG-005", "restored", "17:03:10", None)
    S.c1999("traffic_signal", S.jitter(j, 60, 200), "17:05:40", "經貿七路口的紅綠燈到現在還是沒修好，下班車越來越多", "A")
    S.congestion("SN-VD-JINGMAO-01", "17:08:00", 16, 47, "A", alt=None)
    kb = S.police("accident", "Minor", S.jitter(j, 0, 25), "17:20:00",
                  "經貿路二段/經貿七路口（號誌故障中）自小客兩輛擦撞，無人受傷，已移置路邊", "A", alt="B")
    S.c1999("traffic_accident", S.jitter(j, 80, 200), "17:21:10", "沒紅綠燈的那個路口兩台車撞到了", "A", alt="B")
    S.signal(sid, "restored", "17:48:30", "A")
    S.police("traffic_signal_fault", "Minor", S.jitter(j, 0, 25), "17:55:00", "號誌已修復，員警撤離", "A")
    S.incident("A", "traffic", "經貿路二段/經貿七路口號誌控制器故障全暗 73 分鐘，員警指揮、廠商搶修", k1)
    S.alt = {"why": "The fender-bender in the dark junction can be read as its own crash job (a second police dispatch), "
                    "and the 經貿路 detector slow-down as evening rush.",
             "incidents": [S.incidents[0],
                           {"label": "B", "type": "traffic", "description": "號誌故障路口兩車擦撞（無人受傷）",
                            "sufficient_evidence_key": kb}]}
    S.notes = [
        "The controller's own fault message is enough: a dark junction on a main road before the evening rush is dispatched (contractor within 2 h, police to direct traffic).",
        "經貿路/黎明路 (400 m north) restarts for one minute at 17:02: a controller reboot, no job.",
        "The 1999 caller who names 綠美圖 means the 經貿七路 junction beside it.",
    ]
    return S


def s1056():
    S = Situation(1056, "power_cut_darkens_three_junctions", "2026-08-21", 1056)
    S.description = ("Friday afternoon 13:50-16:45. 14:12 a feeder trips west of the zone: the signals at 台74線/環中路, "
                     "凱旋路/環中路 and 黎明路/凱旋路 go dark together with two cameras and a detector on mains power; "
                     "power is back at 15:05. 15:40 an unrelated controller fault at 經貿路/中平路, repaired 16:30.")
    routine(S, 12, "13:55", "16:40", exclude_roads=("kaixuan", "liming", "huanzhong"))
    S.congestion("SN-VD-ZHONGQING-02", "16:20:00", 24, 33, None, sev="Minor")
    t = "14:12:"
    S.signal("SN-SIG-002", "fault", t + "04", "A")
    k1 = S.signal("SN-SIG-007", "fault", t + "06", "A")
    S.signal("SN-SIG-001", "fault", t + "11", "A")
    S.status("SN-CCTV-002", "offline", t + "05", "A", reason="mains_power_lost", alt="P")
    S.status("SN-CCTV-007", "offline", t + "07", "A", reason="mains_power_lost", alt="P")
    S.status("SN-VD-KAIXUAN-01", "offline", t + "09", "A", reason="mains_power_lost", alt="P")
    S.offline_rule("SN-VD-KAIXUAN-01", "14:22:00", "A", alt="P")
    S.cctv("SN-CCTV-001", "signal_dark", "14:12:40", 0.88, "影像分析：號誌燈號熄滅", "A")
    w = P("SN-SIG-002")
    S.c1999("power_outage", S.jitter(w, 200, 450), "14:14:30", "黎明路這邊整排突然停電，冷氣都停了", "A", alt="P")
    S.c1999("traffic_signal", S.jitter(w, 50, 150), "14:16:10", "環中路凱旋路口紅綠燈全暗，大家都在搶", "A")
    S.c1999("power_outage", S.jitter(P("SN-SIG-007"), 150, 400), "14:18:00", "凱旋路店面停電，問台電說線路跳脫", "A", alt="P")
    S.c1999("traffic_signal", S.jitter(P("SN-SIG-001"), 100, 250), "14:19:20", "台74下來環中路口號誌不亮，很危險", "A")
    S.police("traffic_signal_fault", "Severe", S.jitter(w, 0, 40), "14:25:00",
             "凱旋路、環中路、黎明路一帶停電，三處路口號誌全暗，已派員分赴路口指揮交通，通報台電及交通局", "A")
    S.congestion("SN-VD-HUANZHONG-02", "14:30:00", 17, 45, "A")
    S.congestion("SN-VD-HUANZHONG-01", "14:34:00", 20, 40, "A", sev="Minor")
    S.c1999("traffic_signal", S.jitter(P("SN-SIG-007"), 50, 200), "14:41:00", "黎明路凱旋路口到現在還是沒有紅綠燈", "A")
    S.c1999("power_outage", S.jitter(w, 300, 500), "14:47:00", "停電快半小時了，什麼時候會來電？", "A", alt="P")
    for sid in ("SN-SIG-002", "SN-SIG-007", "SN-SIG-001"):
        S.signal(sid, "restored", "15:05:%02d" % S.rng.randint(2, 30), "A")
    for sid in ("SN-CCTV-002", "SN-CCTV-007", "SN-VD-KAIXUAN-01"):
        S.status(sid, "online", "15:05:%02d" % S.rng.randint(31, 59), "A", alt="P")
    S.police("traffic_signal_fault", "Minor", S.jitter(w, 0, 40), "15:12:00", "台電已復電，三處路口號誌恢復，員警撤離", "A")
    # B: isolated controller fault
    b = P("SN-SIG-011")
    kb = S.signal("SN-SIG-011", "fault", "15:40:20", "B", text="經貿路/中平路 號誌 控制器回報：燈態異常（黃燈閃爍）")
    S.c1999("traffic_signal", S.jitter(b, 60, 180), "15:47:00", "經貿路中平路口紅綠燈一直閃黃燈，車子都不停", "B")
    S.cctv("SN-CCTV-011", "signal_dark", "15:41:00", 0.47, "影像分析：號誌燈號異常", "B")
    S.signal("SN-SIG-011", "restored", "16:30:40", "B")
    k1 = min((i for i in S.items if i["feed"] == "signal" and i["truth"] == "A" and i["category"] == "fault"),
             key=lambda i: i["arrival"])["key"]
    S.incident("A", "infrastructure", "區域停電致台74線/環中路、凱旋路/環中路、黎明路/凱旋路三處號誌全暗，員警分赴指揮、台電搶修", k1)
    S.incident("B", "traffic", "經貿路/中平路口號誌控制器故障（黃燈閃爍），交通局維修", kb)
    S.alt = {"why": "Two agencies, two jobs: the power cut itself (Taipower; residents' outage calls, devices on mains) "
                    "can be read apart from the dark junctions (traffic police and the signal contractor).",
             "incidents": [{"label": "A", "type": "traffic", "description": "三處路口號誌停電全暗，員警指揮交通",
                            "sufficient_evidence_key": k1},
                           {"label": "P", "type": "infrastructure", "description": "黎明路、凱旋路一帶停電（台電線路跳脫）",
                            "sufficient_evidence_key": [i for i in S.items if i.get("truth_alt") == "P"
                                                        and i["category"] == "power_outage"][0]["key"]},
                           S.incidents[1]]}
    S.notes = [
        "One incident, not three: the three junctions went dark within 7 seconds with devices reporting mains lost; a coordinator opens one job and sends several officers.",
        "Sufficient at the first dark signal to arrive (14:12): a dark junction is a job by itself; the others, seconds later, show it is a power cut. Under the alternative the power cut opens with the first resident's outage call.",
        "The 經貿路/中平路 fault at 15:40 comes after power is back, about 3 km away, with flashing amber (a controller fault): another job.",
    ]
    return S


def s1057():
    S = Situation(1057, "road_works_overrun_zhongping", "2026-09-16", 1057)
    S.description = ("Night works on 中平路 (water main renewal, permitted 23:00-06:00) are still occupying two lanes at "
                     "07:20; the morning rush backs up on 中平路 and 河南路 until the contractor clears at 08:30.")
    issued = datetime(2026, 9, 11, 10, 30, tzinfo=LOCAL)
    wk = between(P("SN-SIG-010"), P("SN-SIG-011"), 0.4)
    kper = S.permit("road_works", wk, "-1:00", "06:00", issued,
                    "中平路（河南路至經貿路段）自來水管線汰換工程，夜間施工佔用南側兩車道，半徑約 300 公尺，施工單位：○○營造", "A",
                    alt=None)
    S.c1999("noise", S.jitter(wk, 80, 250), "01:32:00", "中平路半夜在挖馬路，機具很吵睡不著", None, alt="A")
    routine(S, 12, "06:00", "09:00", exclude_roads=("zhongping", "henan"))
    rush(S, ["SN-VD-JINGMAO-01", "SN-VD-HUANZHONG-02", "SN-VD-ZHONGKE-01"], "07:10", "08:10")
    S.congestion("SN-VD-HUANZHONG-03", "07:15:00", 21, 38, None)
    S.congestion("SN-VD-ZHONGQING-01", "07:22:00", 20, 40, None)
    S.congestion("SN-VD-KAIXUAN-01", "07:36:00", 19, 41, None)
    S.congestion("SN-VD-LIMING-01", "07:50:00", 25, 31, None, sev="Minor")
    k1 = S.c1999("road_damage", S.jitter(wk, 50, 150), "06:48:00",
                 "中平路施工都天亮了還沒收，兩個車道圍起來，等一下上班車潮一定塞", "A")
    S.congestion("SN-VD-ZHONGPING-01", "07:18:00", 11, 58, "A", sev="Severe")
    S.cctv("SN-CCTV-010", "stalled_vehicle", "07:21:30", 0.61, "影像分析：車輛停滯（中平路南側車道）", "A")
    S.congestion("SN-VD-HENAN-02", "07:26:00", 14, 50, "A")
    S.c1999("road_damage", S.jitter(wk, 200, 500), "07:28:00", "中平路施工到現在還沒撤，早上塞爆，施工許可不是到六點嗎", "A")
    kp = S.police("road_closure", "Moderate", S.jitter(wk, 0, 40), "07:40:00",
                  "中平路自來水管線工程逾時未撤，仍佔用南側兩車道，造成中平路、河南路回堵，已派員疏導並通知承商及建設局", "A")
    S.c1999("other", S.jitter(wk, 600, 900), "07:44:00", "河南路往中平路方向塞到動不了，公車都誤點", "A")
    S.congestion("SN-VD-ZHONGPING-02", "07:52:00", 22, 36, None, sev="Minor", alt="A")
    S.c1999("road_damage", S.jitter(wk, 30, 100), "07:58:00", "施工的鐵板沒鋪好，機車壓過去差點滑倒", "A")
    S.police("road_closure", "Moderate", S.jitter(wk, 0, 40), "08:10:00", "承商已到場，撤除圍籬及機具中", "A", follows=kp)
    S.police("road_reopened", "Minor", S.jitter(wk, 0, 40), "08:30:00", "中平路施工單位已撤離，鐵板覆蓋完成，恢復通行", "A",
             follows=kp)
    S.cleared("SN-VD-ZHONGPING-01", "08:42:00", "A")
    S.cleared("SN-VD-HENAN-02", "08:47:00", "A")
    S.incident("A", "traffic", "中平路夜間自來水管線工程逾時未撤，佔用兩車道致晨峰回堵，督導承商撤離", k1)
    S.alt = {"why": "The permit and the night's noise complaint belong to the works themselves; a coordinator may see them "
                    "as the planned background of the overrun job, or the permit as its first piece (the truth attaches "
                    "the permit and leaves the noise call out; the alternative leaves the permit out, takes the noise "
                    "call in, and adds the 中平路 east detector).",
             "incidents": [S.incidents[0]]}
    S.notes = [
        "The permit arrived five days ahead; its window ended at 06:00 local. The job starts when the works are seen still in place after 06:00: the 06:48 caller says so, before any slow-down.",
        "The 01:32 noise complaint is about permitted works inside their window: no dispatch (background); the alternative reads it as part of the works.",
        "中平路 detector 2 (1.2 km east, beyond 經貿路) slows at 07:52: ordinary rush in the truth, a spill of the jam in the alternative.",
    ]
    return S


def s1058():
    S = Situation(1058, "crash_tailback_blocks_next_junction", "2026-10-12", 1058)
    S.description = ("Monday evening rush 17:00-19:30. 17:55 a car and a light truck collide on 環中路二段 westbound "
                     "between 中科路 and 凱旋路; the truck is on its side across two lanes. The queue backs up through "
                     "中科路 to 經貿路/環中路, where cars block the junction box from 18:18; towed and reopened 19:05.")
    S.congestion("SN-VD-HENAN-01", "17:08:00", 22, 37, None)
    S.congestion("SN-VD-ZHONGPING-01", "17:15:00", 21, 38, None)
    S.congestion("SN-VD-ZHONGQING-02", "17:22:00", 20, 39, None)
    S.congestion("SN-VD-JINGMAO-02", "17:34:00", 24, 33, None, sev="Minor")
    S.cleared("SN-VD-HENAN-01", "18:45:00", None)
    routine(S, 12, "17:00", "19:25", exclude_roads=("huanzhong", "jingmao"))
    rush(S, ["SN-VD-HENAN-02", "SN-VD-ZHONGPING-02", "SN-VD-KAIXUAN-02", "SN-VD-ZHONGKE-01"], "17:05", "17:50")
    S.parking("SN-PK-001", "full", "18:31:00", None)
    S.cctv("SN-CCTV-011", "crowding", "17:40:20", 0.51, "影像分析：人群聚集（路口行人穿越）", None)
    site = between(P("SN-SIG-003"), P("SN-SIG-002"), 0.45)
    k1 = S.cctv("SN-CCTV-003", "stalled_vehicle", "17:55:40", 0.8, "影像分析：車輛停滯（環中路往西車道）", "A")
    k2 = S.c1999("traffic_accident", S.jitter(site, 40, 120), "17:56:10",
                 "環中路往台74方向小貨車翻車，橫在車道上，還有一台轎車車頭全毀", "A", delay=(45, 70))
    c = S.f119("ambulance", S.jitter(site, 0, 20), "17:57:30", "環中路二段中科路至凱旋路間 車禍 小貨車翻覆 1 傷", "A")
    S.c1999("traffic_accident", S.jitter(site, 150, 350), "17:58:40", "環中路有車翻了，往西只剩一個車道", "A")
    kp = S.police("injury_accident", "Moderate", S.jitter(site, 0, 30), "18:03:00",
                  "環中路二段往西中科路至凱旋路間，自小客與小貨車碰撞，小貨車側翻佔用兩車道，駕駛 1 人輕傷送醫", "A")
    S.congestion("SN-VD-HUANZHONG-02", "18:01:00", 7, 74, "A", sev="Severe")
    S.f119("ambulance", S.jitter(site, 0, 20), "18:06:00", "傷者送澄清醫院", "A", status="returning", case=c)
    S.congestion("SN-VD-HUANZHONG-03", "18:12:00", 9, 68, "A", sev="Severe")
    jn = P("SN-SIG-004")
    kb = S.cctv("SN-CCTV-004", "stalled_vehicle", "18:18:20", 0.72, "影像分析：車輛停滯於路口內（經貿路/環中路）", "A", alt="B")
    S.c1999("traffic_accident", S.jitter(jn, 60, 180), "18:20:30",
            "經貿路環中路口整個打結，車子卡在路口中間，綠燈也過不去，是不是前面車禍", "A", alt="B")
    S.c1999("illegal_parking", S.jitter(jn, 100, 250), "18:24:00", "經貿路口有車卡在斑馬線上，行人沒辦法過", "A", alt="B")
    S.police("other", "Moderate", S.jitter(jn, 0, 30), "18:27:00",
             "環中路事故回堵至經貿路口，車輛滯留路口，加派警力至經貿路/環中路口疏導", "A", alt="B", follows=kp)
    S.congestion("SN-VD-JINGMAO-01", "18:29:00", 12, 55, "A", alt="B")
    S.police("road_reopened", "Minor", S.jitter(site, 0, 30), "19:05:00", "事故車輛拖離完畢，環中路往西恢復通行", "A",
             follows=kp)
    S.cleared("SN-VD-HUANZHONG-02", "19:12:00", "A")
    S.incident("A", "traffic", "環中路二段往西自小客與小貨車碰撞、小貨車側翻，回堵至經貿路口", k1)
    S.alt = {"why": "The gridlocked junction at 經貿路/環中路 needs its own officers at another junction 400 m away; a "
                    "coordinator may open it as a second traffic-control job.",
             "incidents": [S.incidents[0],
                           {"label": "B", "type": "traffic", "description": "經貿路/環中路口車輛滯留路口（事故回堵）疏導",
                            "sufficient_evidence_key": kb}]}
    S.notes = [
        "The queue, the blocked junction and the extra officers are the crash's consequence: one job in the truth, since clearing the crash clears the junction.",
        "The police note of 18:27 follows the crash report explicitly.",
        "The transit hub car park filling at 18:31 is the usual Monday evening; background.",
    ]
    return S


def s1059():
    S = Situation(1059, "lorry_fire_huanzhong_zhongqing", "2026-11-05", 1059)
    S.description = ("Thursday early afternoon 13:30-15:40. 14:02 a light lorry catches fire on 環中路 eastbound before "
                     "中清路; black smoke over the transit hub; closure until 15:20. 14:18 the transit hub's fire panel "
                     "alarms (smoke drawn in by the ventilation) and is reset at 14:41.")
    routine(S, 12, "13:30", "15:35", exclude_roads=("huanzhong", "zhongqing"))
    flap(S, "SN-CCTV-010", "13:44:00", "13:47:20")
    S.congestion("SN-VD-HENAN-02", "15:25:00", 25, 31, None, sev="Minor")
    site = between(P("SN-VD-HUANZHONG-03"), P("SN-SIG-004"), 0.25)
    k1 = S.cctv("SN-CCTV-008", "smoke", "14:02:50", 0.88, "影像分析：煙霧（環中路往東車道）", "A")
    k2 = S.c1999("fire_smoke", S.jitter(site, 40, 120), "14:03:20",
                 "環中路快到中清路這邊一台小貨車燒起來了，冒很大的黑煙，駕駛有下車", "A", delay=(40, 60))
    c = S.f119("fire", S.jitter(site, 0, 20), "14:04:30", "環中路往東近中清路口 車輛火警（小貨車） 派遣消防車 3、救護車 1", "A")
    S.c1999("fire_smoke", S.jitter(site, 200, 400), "14:05:10", "中清路環中路口那邊有車子在燒，火很大", "A")
    S.c1999("fire_smoke", S.jitter(P("SN-FA-004"), 50, 150), "14:06:40",
            "我在綠美圖這邊看到東北邊一大片黑煙，不知道是哪裡失火", "A")
    S.police("fire_report", "Severe", S.jitter(site, 0, 30), "14:09:00",
             "環中路往東近中清路口小貨車起火，駕駛自行逃出無傷，員警到場管制", "A")
    S.f119("fire", S.jitter(site, 0, 20), "14:11:50", "消防車到場，車輛全面燃燒，佈線搶救", "A", status="on_scene", case=c)
    kc = S.police("road_closure", "Severe", S.jitter(site, 0, 30), "14:14:00",
                  "封閉環中路往東中清路口前全部車道，車輛改道經貿路、中科路", "A")
    S.congestion("SN-VD-HUANZHONG-03", "14:15:00", 6, 78, "A", sev="Severe")
    S.congestion("SN-VD-ZHONGQING-01", "14:19:00", 15, 49, "A")
    S.congestion("SN-VD-JINGMAO-01", "14:26:00", 18, 44, "A", alt=None)
    S.c1999("fire_smoke", S.jitter(site, 300, 500), "14:16:30", "環中路那邊煙飄過來，整個都是燒塑膠的味道", "A")
    # B: transit hub panel
    kb = S.fire_alarm("SN-FA-001", "alarm", "14:18:10", "水湳轉運中心 受信總機：2F 候車大廳 偵煙探測器動作", "B", alt="A")
    S.c1999("fire_smoke", S.jitter(P("SN-FA-001"), 20, 80), "14:20:30", "轉運中心裡面火警鈴一直響，大家在往外走", "B", alt="A")
    S.f119("fire", S.jitter(P("SN-FA-001"), 0, 20), "14:21:00", "水湳轉運中心 火警受信 派遣消防車 1 前往查看", "B", alt="A")
    S.fire_alarm("SN-FA-001", "normal", "14:41:20", "水湳轉運中心 受信總機：復歸（經查外部濃煙經空調引入，非館內火警）", "B",
                 alt="A")
    S.f119("fire", S.jitter(site, 0, 20), "14:33:00", "火勢撲滅，殘火處理", "A", status="on_scene", case=c)
    S.f119("fire", S.jitter(site, 0, 20), "14:58:00", "殘火處理完畢，返隊", "A", status="returning", case=c)
    S.police("road_reopened", "Minor", S.jitter(site, 0, 30), "15:20:00", "火燒車已拖離，路面清理完成，環中路往東恢復通行", "A",
             follows=kc)
    S.cleared("SN-VD-HUANZHONG-03", "15:28:00", "A")
    S.incident("A", "fire", "環中路往東近中清路口小貨車火燒車，封閉全部車道", k1)
    S.incident("B", "fire", "水湳轉運中心火警受信總機動作（外部濃煙引入），派車查看後復歸", kb)
    S.alt = {"why": "The hub's alarm was caused by the lorry's smoke; a coordinator who already has crews 400 m away may "
                    "keep it under the same fire job.",
             "incidents": [S.incidents[0]]}
    S.notes = [
        "The CCTV smoke detection at 0.88 on a main road is confirmed by a caller 30 s later; the CCTV is sufficient by itself in daytime on a carriageway.",
        "The caller at 綠美圖 sees the smoke from 800 m: same fire.",
        "The transit hub alarm is a separate dispatch in the truth (a public building full of passengers must be checked); the alternative merges it.",
    ]
    return S


def s1060():
    S = Situation(1060, "drunk_driver_hit_and_run_then_crash", "2026-12-12", 1060)
    S.description = ("Saturday night 22:50-01:30. 23:41 a white car knocks over parked scooters and grazes a pedestrian on "
                     "黎明路三段 near 凱旋路 and drives off; it is seen driving the wrong way near 台74線/環中路 at 23:53; "
                     "00:09 it hits the divider at 河南路/中平路, the driver is drunk and arrested.")
    routine(S, 9, "22:50", "25:25", night=True, exclude_roads=("liming",))
    flap(S, "SN-VD-ZHONGKE-01", "24:31:00", "24:38:00", rule_at="24:41:00")
    S.cctv("SN-CCTV-005", "crowding", "23:20:15", 0.49, "影像分析：人群聚集", None)
    issued = datetime(2026, 12, 1, 15, 0, tzinfo=LOCAL)
    S.permit("concert", P("SN-FA-006"), "19:00", "22:30", issued, "臺中流行影音中心 跨年前暖身演唱會，預估 6,000 人", None)
    a = between(P("SN-SIG-007"), P("SN-SIG-005"), 0.12)
    k1 = S.c1999("traffic_accident", S.jitter(a, 20, 60), "23:41:50",
                 "黎明路一台白色轎車撞倒路邊一排機車，還擦到一個路人，車子沒停就跑了，車牌好像是 BKR 開頭", "A", delay=(45, 70))
    c1 = S.f119("ambulance", S.jitter(a, 0, 20), "23:43:40", "黎明路三段近凱旋路 路人遭車輛擦撞 1 傷", "A")
    S.c1999("traffic_accident", S.jitter(a, 100, 250), "23:44:30", "凱旋路口有人被撞，車子往環中路那邊跑了", "A")
    kp = S.police("accident", "Moderate", S.jitter(a, 0, 30), "23:49:00",
                  "黎明路三段近凱旋路，白色自小客撞倒停放機車 5 輛並擦撞行人 1 名後肇事逃逸，往環中路方向，已通報各線攔查", "A")
    S.cctv("SN-CCTV-001", "wrong_way", "23:53:10", 0.74, "影像分析：逆向行駛（環中路往台74線匝道）", "A")
    S.c1999("other", S.jitter(P("SN-SIG-001"), 200, 400), "23:54:20", "環中路上有一台白車逆向開很快，差點撞到我", "A")
    S.f119("ambulance", S.jitter(a, 0, 20), "23:58:00", "傷者左手擦傷，拒絕送醫，結案", "A", status="closed", case=c1)
    # B: the second crash
    b = P("SN-SIG-010")
    kb = S.cctv("SN-CCTV-010", "stalled_vehicle", "24:09:30", 0.81, "影像分析：車輛停滯（中平路分隔島）", "B", alt="A")
    S.c1999("traffic_accident", S.jitter(b, 50, 150), "24:10:20",
            "河南路中平路口一台白色轎車撞上分隔島，駕駛下車走路歪歪的，好像喝醉", "B", alt="A")
    c2 = S.f119("ambulance", S.jitter(b, 0, 20), "24:11:40", "河南路中平路口 自小客撞分隔島 駕駛 1 人", "B", alt="A")
    S.police("injury_accident", "Moderate", S.jitter(b, 0, 30), "24:18:00",
             "河南路/中平路口白色自小客撞擊分隔島，經比對為黎明路肇逃車輛，駕駛酒測值 0.82 mg/L，依公共危險罪現行犯逮捕", "B",
             alt="A", follows=kp)
    S.f119("ambulance", S.jitter(b, 0, 20), "24:30:00", "駕駛額頭擦傷，由員警陪同送醫", "B", alt="A", status="returning", case=c2)
    S.police("road_reopened", "Minor", S.jitter(b, 0, 30), "24:55:00", "肇事車輛拖離，路口恢復通行", "B", alt="A")
    S.incident("A", "traffic", "黎明路三段近凱旋路白色自小客撞倒機車並擦撞行人後逃逸（含逃逸途中逆向）", k1)
    S.incident("B", "traffic", "河南路/中平路口肇逃車輛撞分隔島，駕駛酒駕被捕", kb)
    S.alt = {"why": "It is one driver and one police case (公共危險、肇事逃逸): a coordinator may keep a single incident from "
                    "the hit-and-run to the arrest.",
             "incidents": [S.incidents[0]]}
    S.notes = [
        "Two scenes 2.5 km and 28 minutes apart, each with its own ambulance and its own patrol: two jobs in the truth; the police report of 00:18 links them ('follows').",
        "The wrong-way detection and the 23:54 caller are the fleeing car, part of the hit-and-run's pursuit.",
        "The concert permit (ended 22:30) and the late-night noise and streetlight calls are background.",
    ]
    return S


def s1061():
    S = Situation(1061, "sale_at_convention_centre_car_parks_full", "2027-01-16", 1061)
    S.description = ("Saturday 09:40-16:00, a department-store year-end sale in the convention centre. From 10:40 the "
                     "convention centre, 經貿六, transit hub and Central Park north car parks fill; queues on 經貿路, "
                     "黎明路 and 環中路, double parking; police direct traffic from 11:35. 13:40 an unrelated scooter crash "
                     "on 中清路.")
    issued = datetime(2027, 1, 10, 9, 0, tzinfo=LOCAL)
    cc = P("SN-FA-002")
    S.permit("exhibition", cc, "10:00", "20:00", issued,
             "臺中國際會展中心 百貨年終聯合特賣會（A、B 棟），預估入場 30,000 人次", "A", alt=None)
    routine(S, 12, "09:45", "15:50", exclude_roads=("jingmao", "liming", "zhongqing"))
    S.c1999("illegal_parking", S.jitter(P("SN-PK-003"), 50, 150), "12:50:00", "河南路停車場出口對面有車停紅線，每個週末都這樣", None)
    k1 = S.parking("SN-PK-006", "full", "10:41:00", "A")
    S.congestion("SN-VD-JINGMAO-01", "10:58:00", 15, 49, "A")
    S.parking("SN-PK-002", "full", "11:06:00", "A")
    S.c1999("illegal_parking", S.jitter(cc, 100, 250), "11:10:00", "經貿路會展中心前面一整排雙排停車，公車進不了站", "A")
    S.congestion("SN-VD-LIMING-01", "11:14:00", 17, 46, "A")
    S.cctv("SN-CCTV-005", "crowding", "11:16:30", 0.62, "影像分析：人群聚集（行人穿越路口）", "A")
    S.congestion("SN-VD-HUANZHONG-02", "11:22:00", 19, 42, "A", alt=None)
    kp = S.police("crowd_control", "Moderate", S.jitter(cc, 50, 120), "11:35:00",
                  "會展中心特賣會車潮，經貿路、黎明路車輛排隊入場回堵，已派員疏導並拖吊違停車輛", "A")
    S.parking("SN-PK-001", "full", "11:31:00", "A")
    S.c1999("illegal_parking", S.jitter(cc, 200, 450), "11:40:00", "黎明路三段到處都是違停，車子卡在停車場入口排隊佔兩個車道", "A")
    S.parking("SN-PK-004", "full", "11:52:00", "A")
    S.c1999("crowding", S.jitter(cc, 100, 300), "12:05:00", "會展中心特賣會人太多，停車場全滿，路上車一直繞", "A")
    S.c1999("illegal_parking", S.jitter(P("SN-PK-004"), 80, 200), "12:30:00", "中央公園停車場旁邊的消防通道被車停住", "A")
    S.police("crowd_control", "Minor", S.jitter(cc, 50, 120), "14:30:00", "特賣會車潮趨緩，疏導警力減為 2 名", "A", follows=kp)
    S.cleared("SN-VD-JINGMAO-01", "14:48:00", "A")
    # B: unrelated scooter crash on 中清路
    b = P("SN-VD-ZHONGQING-02")
    kb = S.c1999("traffic_accident", S.jitter(b, 60, 200), "13:40:30", "中清路這邊機車跟轎車碰撞，騎士躺在地上", "B")
    S.f119("ambulance", S.jitter(b, 0, 30), "13:42:00", "中清路二段 機車與自小客碰撞 1 傷", "B")
    S.police("injury_accident", "Moderate", S.jitter(b, 0, 30), "13:55:00", "中清路二段機車與自小客碰撞，機車騎士腿部受傷送醫", "B")
    S.incident("A", "traffic", "會展中心特賣會車潮：周邊四座停車場額滿、排隊回堵與違停，員警疏導及拖吊", k1)
    S.incident("B", "traffic", "中清路二段機車與自小客碰撞 1 傷", kb)
    S.alt = {"why": "A car park full on a sale day is expected and managed by the permit holder; a coordinator may open "
                    "the job only with the double-parking complaint (11:10) and see the permit and the Saturday "
                    "slow-down on 環中路 as background.",
             "incidents": [{"label": "A", "type": "traffic",
                            "description": S.incidents[0]["description"],
                            "sufficient_evidence_key": [i for i in S.items if i["category"] == "illegal_parking" and i["truth"] == "A"][0]["key"]},
                           S.incidents[1]]}
    S.notes = [
        "Sufficient in the truth at the first car park full (10:41): on a sale day with 30,000 expected, the convention centre full before 11:00 means queues on 經貿路 and is dispatched (traffic police, tow).",
        "The 河南路 red-line complaint 2 km south is a weekly nuisance: background.",
        "The permit belongs to the job in the truth (it names the event the queues come from); left out under the alternative.",
    ]
    return S


def s1062():
    S = Situation(1062, "quiet_night_single_crash", "2027-02-17", 1062)
    S.description = ("Wednesday night 00:30-05:30. A quiet night: device flaps, a detector glitch, a karaoke, streetlights. "
                     "03:12 a car hits a streetlight pole on 經貿路二段 near 經貿七路; driver hurt.")
    routine(S, 8, "00:35", "05:20", night=True, exclude_roads=("jingmao",))
    S.status("SN-CCTV-009", "offline", "02:00:05", None, reason="maintenance")
    S.status("SN-CCTV-009", "online", "03:58:40", None)
    flap(S, "SN-VD-HENAN-01", "01:14:00", "01:16:10")
    flap(S, "SN-VD-HENAN-01", "01:40:30", "01:41:50")
    S.congestion("SN-VD-ZHONGPING-02", "04:02:00", 0, 0, None, sev="Minor", note="（流量 0）")
    S.fire_alarm("SN-FA-008", "fault", "02:47:00", "水湳水資源回收中心 受信總機：主電源異常，切換備用電池", None)
    S.fire_alarm("SN-FA-008", "normal", "02:52:30", "水湳水資源回收中心 受信總機：主電源恢復", None)
    S.cctv("SN-CCTV-011", "smoke", "05:10:30", 0.35, "影像分析：疑似煙霧（清晨霧氣）", None)
    j = P("SN-SIG-006")
    site = between(j, P("SN-SIG-005"), 0.2)
    k1 = S.cctv("SN-CCTV-006", "stalled_vehicle", "03:12:40", 0.9, "影像分析：車輛停滯（經貿路往北車道）", "A")
    k2 = S.c1999("traffic_accident", S.jitter(site, 60, 200), "03:13:30",
                 "我開計程車經過經貿路，有一台車撞到路燈桿，車頭凹進去，駕駛還在車上", "A", delay=(40, 60))
    c = S.f119("ambulance", S.jitter(site, 0, 20), "03:14:50", "經貿路二段近經貿七路 自撞路燈桿 1 傷", "A")
    kp = S.police("injury_accident", "Moderate", S.jitter(site, 0, 30), "03:24:00",
                  "經貿路二段近經貿七路，自小客自撞路燈桿，駕駛胸口挫傷送醫，酒測值 0，疑似疲勞駕駛", "A")
    S.f119("ambulance", S.jitter(site, 0, 20), "03:35:00", "傷者送中國醫藥大學附設醫院", "A", status="returning", case=c)
    S.c1999("streetlight", S.jitter(site, 20, 60), "03:41:00", "經貿路有一支路燈被車撞歪了，燈還亮著但桿子斜一邊，怕倒下來", "A",
            alt="B")
    S.police("accident", "Minor", S.jitter(site, 0, 30), "04:05:00", "事故車輛拖離，路燈桿傾斜已通報養工處，現場擺設警示", "A",
             follows=kp)
    S.incident("A", "traffic", "經貿路二段近經貿七路自小客自撞路燈桿，駕駛受傷送醫", k1)
    S.alt = {"why": "The leaning pole is a repair job of the 建設局養工處 that outlasts the crash; a coordinator may track it "
                    "as its own job.",
             "incidents": [S.incidents[0],
                           {"label": "B", "type": "infrastructure", "description": "經貿路路燈桿遭撞傾斜待修",
                            "sufficient_evidence_key": [i for i in S.items if i.get("truth_alt") == "B"][0]["key"]}]}
    S.notes = [
        "At 03:12 the CCTV stop (0.9) on an empty road is sufficient; the taxi driver's call follows within a minute.",
        "The 中平路 detector alert at 04:02 reports speed 0 with no traffic: a detector glitch at night; background.",
        "CCTV 009's maintenance window (02:00-03:58) and 河南路 detector 1's two short flaps are background.",
        "The water reclamation centre's panel on battery for 5 minutes at 02:47 is a mains blip; background.",
    ]
    return S


ALL = [s1051, s1052, s1053, s1054, s1055, s1056, s1057, s1058, s1059, s1060, s1061, s1062]

if __name__ == "__main__":
    for fn in ALL:
        S = fn()
        base, n, k = S.write()
        print("%-55s items %3d incidents %d" % (base, n, k))
