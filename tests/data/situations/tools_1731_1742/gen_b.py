"""Situations 1737-1742 (blind oracle A). Seeded: the output is stable."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.path.insert(0, HERE)
from lib import Situation, P, offset  # noqa: E402


def s1737():
    s = Situation(1737, "hub_bus_fire_jam_cascade", (2026, 2, 13), 1737,
                  "轉運中心客運起火，環中路、中清路大塞車連鎖效應 — Friday 17:32 Taiwan time, the eve of the long weekend: "
                  "an intercity coach catches fire in a bay of the 水湳 transit hub. The hub closes, police shut the hub's "
                  "access from 環中路 and traffic backs up along 環中路, 中清路 and 黎明路 for over an hour. At 18:41 a "
                  "rear-end crash happens in the queue 700 m west at 台74線/環中路.")
    F, X = "F1", "T1"
    hx, hy = P("SN-FA-001")
    s.add("parking", "full", "17:05", None, "臺中國際會展中心停車場 汽車車位已滿", sensor="SN-PK-006")
    s.cong("SN-VD-HUANZHONG-04", "17:20", None, 27)
    a = s.add("fire_alarm", "alarm", "17:33", F, "水湳轉運中心 火警受信總機 火警 客運月台區 偵熱探測器動作", sensor="SN-FA-001")
    s.c1999("fire_smoke", "17:33:40", F, "轉運站客運月台一台巴士在冒黑煙，有火", *offset(hx, hy, 30, 20))
    f1 = s.f119("fire", "17:34", F, "水湳轉運中心客運月台車輛火警，派遣水湳、北屯分隊", hx, hy)
    s.cctv("SN-CCTV-003", "smoke", "17:35", F, 0.83, text="中科路/環中路二段 路口監視器 偵測煙霧（轉運中心方向）")
    for i, (tt, dx, dy) in enumerate([("轉運中心失火，好多人在跑", -20, 40), ("環中路上就看到轉運站冒大煙", -300, 60),
                                       ("客運站裡面有爆炸聲，我們要去哪裡等車", 10, -30), ("轉運站的煙飄到黎明路這邊了", 150, -250),
                                       ("轉運中心火災，有人受傷嗎", 40, 10)]):
        s.c1999("fire_smoke", "17:%02d" % (36 + i), F, tt, *offset(hx, hy, dx, dy))
    s.police("fire_report", "17:38", F, "水湳轉運中心客運起火，警力到場疏散旅客", hx + 0.0001, hy, "Severe")
    s.add("parking", "closed", "17:40", F, "水湳轉運中心停車場 暫停開放", sensor="SN-PK-001")
    s.f119("fire", "17:41", F, "水湳分隊到場，客運車體全面燃燒，周邊車輛移開", hx, hy, status="on_scene", follows=f1["key"])
    s.police("road_closure", "17:45", F, "環中路二段轉運中心出入口封閉，往中清路方向車輛改道", *offset(hx, hy, 60, 60), "Severe",
             alt=X + "d")
    s.f119("ambulance", "17:49", F, "轉運中心旅客2名吸入濃煙不適，派救護車", hx, hy)
    s.cong("SN-VD-HUANZHONG-02", "17:50", F, 8, "Severe", alt=X + "d")
    s.cong("SN-VD-HUANZHONG-03", "17:55", F, 10, "Severe", alt=X + "d")
    s.cctv("SN-CCTV-004", "stalled_vehicle", "18:00", F, 0.58, text="經貿路二段/環中路二段 路口監視器 偵測車輛停滯（車流回堵）", alt=X + "d")
    s.cong("SN-VD-ZHONGQING-01", "18:04", F, 9, "Severe", alt=X + "d")
    s.cong("SN-VD-LIMING-01", "18:09", F, 12, alt=X + "d")
    s.cong("SN-VD-KAIXUAN-01", "18:15", F, 14, alt=X + "d")
    s.c1999("crowding", "18:20", F, "轉運中心旅客全部被趕到外面人行道，擠滿人，客運也不知道要去哪裡搭", *offset(hx, hy, 50, -40))
    s.c1999("illegal_parking", "18:25", None, "黎明路三段巷口有車擋住住家車庫", *offset(*P("SN-CCTV-007"), 200, 80))
    s.c1999("traffic_accident", "18:41", X, "台74下來環中路口追撞，後車車頭全毀", *offset(*P("SN-CCTV-001"), 20, 10))
    x1 = s.police("injury_accident", "18:43", X, "台74線環中路二段口 回堵車陣追撞，三車碰撞一人輕傷", *P("SN-CCTV-001"), "Moderate")
    s.cctv("SN-CCTV-001", "stalled_vehicle", "18:42", X, 0.87)
    s.f119("ambulance", "18:46", X, "台74環中路口追撞，一人頸部疼痛", *P("SN-CCTV-001"))
    s.f119("fire", "18:50", F, "轉運中心客運火勢撲滅，殘火處理", hx, hy, status="on_scene", follows=f1["key"])
    s.add("fire_alarm", "normal", "19:10", F, "水湳轉運中心 火警受信總機 復歸", sensor="SN-FA-001")
    s.police("accident", "19:12", X, "台74環中路口事故車輛拖離", *P("SN-CCTV-001"), "Minor", follows=x1["key"])
    s.police("road_reopened", "19:25", F, "轉運中心出入口恢復通行", *offset(hx, hy, 60, 60), "Minor", alt=X + "d")
    s.add("parking", "full", "19:20", None, "經貿六停車場 汽車車位已滿", sensor="SN-PK-002")
    s.c1999("streetlight", "19:30", None, "河南路停車場對面路燈不亮", *offset(*P("SN-PK-003"), 0, 60))
    s.incident(F, "fire", "水湳轉運中心客運車輛火警，轉運中心關閉與周邊道路回堵", a["key"])
    s.incident(X, "traffic", "台74線/環中路二段回堵車陣追撞，一人輕傷", x1["key"])
    s.set_alt("Traffic bureau view: the closure and the jam on 環中路/中清路/黎明路/凱旋路 are a traffic-diversion job "
              "of their own (signal timing, detours, police at junctions), separate from the fire crews' job.",
              [{"label": X + "d", "type": "traffic", "description": "轉運中心火警造成環中路、中清路回堵與改道",
                "sufficient_evidence_key": None}])
    clo = [i for i in s.items if i["feed"] == "incident" and i["category"] == "road_closure"][0]
    s.alt["incidents"][-1]["sufficient_evidence_key"] = clo["key"]
    return s


def s1738():
    s = Situation(1738, "southeast_power_cut_signals", (2026, 8, 9), 1738,
                  "東南側饋線跳電，號誌熄滅、電梯受困 — 20:15 Taiwan time, a Taipower feeder trips and the south-east of the "
                  "zone goes dark: the 經貿路/中平路 signal and its camera, the eco-residential block B and CMU campus panels go "
                  "on battery, a detector on 中平路 drops out, streetlights are dark, residents call 1999. Two people are stuck "
                  "in a lift at block B; a car clips another at the dark junction. Power is back at 21:05.")
    PW, L, A = "INF1", "R1", "T1"
    gx, gy = P("SN-SIG-011")
    bx, by = P("SN-FA-012")
    s.c1999("noise", "20:02", None, "河南路有人在放鞭炮", *offset(*P("SN-VD-HENAN-01"), 100, 0))
    sig = s.add("signal", "fault", "20:15:30", PW, "經貿路/中平路 號誌 黑燈", sensor="SN-SIG-011", alt=A + "s")
    s.status("SN-SIG-011", "20:15:40", "offline", PW, reason="mains_power_lost", gateway="TB-CAB-011", alt=A + "s")
    s.status("SN-CCTV-011", "20:15:41", "offline", PW, reason="mains_power_lost", gateway="TB-CAB-011", alt=A + "s")
    s.add("fire_alarm", "fault", "20:16", PW, "水湳生態住宅 B區 集合住宅 火警受信總機 主電源中斷，切換備用電池", sensor="SN-FA-012")
    s.add("fire_alarm", "fault", "20:16:30", PW, "中國醫藥大學水湳校區 火警受信總機 主電源中斷，切換備用電池", sensor="SN-FA-010")
    s.status("SN-VD-ZHONGPING-02", "20:16", "offline", PW, reason="mains_power_lost")
    outage = ["生態住宅B區整棟停電了", "敦化路這邊突然全部停電", "中平路這一帶都沒電，台電什麼時候來",
              "我們家冰箱都停了，整區停電嗎", "中國醫大宿舍停電，學生在走廊", "經貿路三段南邊停電，住戶都跑出來",
              "停電了，家裡有人用呼吸器，很急", "這一整片都黑漆漆的"]
    first = None
    for i, tt in enumerate(outage):
        base = (bx, by) if i % 2 == 0 else (gx, gy)
        c = s.c1999("power_outage", "20:%02d" % (17 + i * 2), PW, tt, *base, jitter=250)
        first = first or c
    lift = s.f119("rescue", "20:21", L, "生態住宅B區電梯停電受困2人", bx, by)
    s.c1999("rescue", "20:20", L, "B區電梯卡在5樓跟6樓中間，裡面有兩個人", bx + 0.00005, by)
    s.c1999("traffic_signal", "20:22", PW, "經貿路中平路口紅綠燈全暗，車子都不敢過", *offset(gx, gy, 15, 10), alt=A + "s")
    s.police("traffic_signal_fault", "20:25", PW, "經貿路中平路口號誌停電，派員指揮交通", gx, gy, "Moderate", alt=A + "s")
    for i, tt in enumerate(["經貿路往中平路整排路燈都不亮", "中平路路燈全暗，騎車很危險", "敦化路一段路燈都沒亮"]):
        s.c1999("streetlight", "20:%02d" % (27 + i * 3), PW, tt, *offset(gx, gy, -100 + i * 150, 300 - i * 200))
    acc = s.police("accident", "20:31", A, "經貿路中平路口號誌熄滅，兩車擦撞無人受傷", gx + 0.00005, gy, "Minor")
    s.c1999("traffic_accident", "20:32", A, "中平路經貿路口撞車了，因為紅綠燈沒亮", gx, gy + 0.0001)
    s.f119("rescue", "20:39", L, "電梯受困2人已救出，無受傷", bx, by, status="closed", follows=lift["key"])
    s.cong("SN-VD-ZHONGPING-01", "20:35", A, 17, alt=A)
    s.c1999("streetlight", "20:40", None, "凱旋路北段有一盞路燈閃爍，燈號XT-07410", *offset(*P("SN-VD-KAIXUAN-01"), 0, -200))
    s.police("accident", "20:50", A, "經貿路中平路口擦撞車輛移置完畢", gx + 0.00005, gy, "Minor", follows=acc["key"])
    s.add("signal", "restored", "21:05", PW, "經貿路/中平路 號誌 恢復正常", sensor="SN-SIG-011", alt=A + "s")
    s.status("SN-SIG-011", "21:05:05", "online", PW, gateway="TB-CAB-011", alt=A + "s")
    s.status("SN-CCTV-011", "21:05:06", "online", PW, gateway="TB-CAB-011", alt=A + "s")
    s.status("SN-VD-ZHONGPING-02", "21:05:30", "online", PW)
    s.add("fire_alarm", "normal", "21:06", PW, "水湳生態住宅 B區 集合住宅 火警受信總機 主電源恢復", sensor="SN-FA-012")
    s.add("fire_alarm", "normal", "21:06:20", PW, "中國醫藥大學水湳校區 火警受信總機 主電源恢復", sensor="SN-FA-010")
    s.cong("SN-VD-HUANZHONG-01", "21:10", None, 29)
    s.incident(PW, "infrastructure", "東南側饋線跳電：號誌熄滅、住宅與校區停電、路燈全暗", sig["key"])
    s.incident(L, "rescue", "生態住宅B區電梯停電受困2人", [i for i in s.items if i["feed"] == "1999" and i["truth"] == L][0]["key"])
    s.incident(A, "traffic", "經貿路/中平路口號誌熄滅時兩車擦撞", acc["key"])
    s.set_alt("Traffic desk view: the dark junction (signal, its cabinet's devices, the officer directing traffic, "
              "the 1999 call about it) is a traffic job of its own, separate from the power cut's infrastructure job; "
              "the fender-bender stays its own job.",
              [{"label": A + "s", "type": "traffic", "description": "經貿路/中平路口號誌停電熄滅，員警指揮交通",
                "sufficient_evidence_key": sig["key"]}])
    s.alt["incidents"][0] = dict(s.alt["incidents"][0], sufficient_evidence_key=[i for i in s.items if i["feed"] == "fire_alarm"][0]["key"])
    return s


def s1739():
    s = Situation(1739, "reclamation_chlorine_leak", (2026, 5, 6), 1739,
                  "水資源回收中心加氯設備洩漏，周邊疏散 — 10:20 Taiwan time, the disinfection dosing room of the 水湳 water "
                  "reclamation centre leaks chlorine gas. The wind carries it south-east over the CMU campus: calls about a "
                  "bleach smell, a hazmat dispatch, a dormitory evacuated, 經貿路 closed south of 中平路. An unrelated "
                  "injury crash at 河南路/中平路 at 10:40.")
    H, A = "HZ1", "T1"
    wx, wy = P("SN-FA-008")
    cx, cy = P("SN-FA-010")
    s.add("fire_alarm", "fault", "09:48", None, "中國醫藥大學水湳校區 火警受信總機 探測器回路斷線（保養中）", sensor="SN-FA-010")
    s.cong("SN-VD-HUANZHONG-01", "10:05", None, 30)
    alarm = s.add("fire_alarm", "alarm", "10:21", H, "水湳水資源回收中心 火警受信總機 加氯機房氣體偵測警報連動", sensor="SN-FA-008")
    calls = [("水資源回收中心那邊有很重的漂白水味", wx, wy, 80), ("中國醫大校園裡聞到很刺鼻的味道，學生咳嗽", cx, cy, 120),
             ("經貿路中平路口一股氯氣味，眼睛很痛", *P("SN-SIG-011"), 40), ("生態住宅B區窗外有怪味，像游泳池消毒水", *P("SN-FA-012"), 60),
             ("中國醫大宿舍一直有刺鼻味，要不要離開", cx, cy, 100), ("中平路上騎車聞到很重的化學味", *P("SN-VD-ZHONGPING-02"), 150),
             ("回收中心員工跑出來了，是不是氣體外洩", wx, wy, 50), ("學校廣播叫大家不要出去，味道很重", cx, cy, 120),
             ("經貿路南段整條都是消毒水味", wx, wy - 0.002, 120)]
    first = None
    for i, (tt, x, y, j) in enumerate(calls):
        c = s.c1999("gas_odor", "10:%02d" % (23 + i * 3), H, tt, x, y, jitter=j)
        first = first or c
    hz = s.f119("hazmat", "10:28", H, "水湳水資源回收中心加氯機房氯氣外洩，派遣化學災害搶救隊", wx, wy)
    s.police("hazmat_report", "10:33", H, "水資源回收中心氯氣外洩，警力協助管制經貿路", wx + 0.0002, wy - 0.0003, "Severe")
    s.c1999("環境公害", "10:35", None, "河南路這邊水溝很臭", *offset(*P("SN-PK-003"), -80, 40), alt=H)
    s.f119("hazmat", "10:41", H, "化學災害搶救隊到場，著A級防護衣進入機房關閉鋼瓶閥", wx, wy, status="on_scene", follows=hz["key"])
    acc = s.police("injury_accident", "10:40", A, "河南路中平路口機車與自小客車碰撞，機車騎士擦傷", *P("SN-CCTV-010"), "Moderate")
    s.cctv("SN-CCTV-010", "stalled_vehicle", "10:41", A, 0.79)
    s.f119("ambulance", "10:43", A, "河南路中平路口車禍機車騎士擦傷", *P("SN-CCTV-010"))
    s.police("evacuation", "10:45", H, "中國醫藥大學水湳校區宿舍區學生疏散至校區北側", cx, cy + 0.0004, "Severe")
    s.police("road_closure", "10:50", H, "經貿路（中平路以南）雙向封閉", *offset(*P("SN-SIG-011"), 10, -200), "Moderate")
    s.f119("ambulance", "11:00", H, "中國醫大學生3名喉嚨灼熱不適送醫", cx, cy)
    s.cong("SN-VD-ZHONGPING-02", "11:08", H, 15)
    s.police("accident", "11:05", A, "河南路中平路口事故處理完畢", *P("SN-CCTV-010"), "Minor", follows=acc["key"])
    s.c1999("illegal_parking", "11:12", None, "綠美圖外面公車站被計程車占用", *offset(*P("SN-FA-004"), -60, 20))
    s.f119("hazmat", "11:35", H, "洩漏已止，環保局偵測周界氯氣濃度低於標準", wx, wy, status="on_scene", follows=hz["key"])
    s.police("road_reopened", "11:50", H, "經貿路（中平路以南）恢復通行", *offset(*P("SN-SIG-011"), 10, -200), "Minor")
    s.add("fire_alarm", "normal", "11:52", H, "水湳水資源回收中心 火警受信總機 復歸", sensor="SN-FA-008")
    s.incident(H, "hazmat", "水湳水資源回收中心加氯機房氯氣外洩，中國醫大宿舍疏散", alarm["key"])
    s.incident(A, "traffic", "河南路/中平路口機車與汽車事故", acc["key"])
    s.set_alt("The 10:35 complaint of a smelly drain on 河南路, 1.2 km west and upwind, is background under the main "
              "reading; a colleague may count it as one more caller smelling the leak.", [], [])
    # a chlorine leak is only clear at the 119 hazmat dispatch; the panel's gas link alone could be a test
    s.incidents[0]["sufficient_evidence_key"] = hz["key"]
    return s


def s1740():
    s = Situation(1740, "zhongqing_truck_spill_closure", (2026, 11, 20), 1740,
                  "中清路大貨車翻覆落物封路，回堵追撞 — 23:10 Taiwan time, a truck carrying steel pipes overturns on 中清路 "
                  "southbound just past 環中路, hits a hydrant and spills its load; the driver is trapped. 中清路 southbound is "
                  "closed for three hours; the hydrant floods the 中清/環中 underpass. At 00:10 a car runs into the back of "
                  "the queue 1.1 km north on 中清路.")
    T, Q = "T1", "T2"
    tx, ty = offset(*P("SN-CCTV-008"), -60, -120)
    s.c1999("noise", "22:55", None, "環中路有改裝車一直催油門", *offset(*P("SN-VD-HUANZHONG-02"), 100, 0))
    cam = s.cctv("SN-CCTV-008", "fallen_object", "23:11", T, 0.84)
    s.c1999("traffic_accident", "23:12", T, "中清路環中路口大卡車翻了，鋼管掉滿地", tx, ty)
    p = s.police("accident", "23:13", T, "中清路往南環中路口 大貨車翻覆，駕駛受困，鋼管散落三車道", tx, ty, "Severe")
    r = s.f119("rescue", "23:14", T, "中清路環中路口大貨車翻覆駕駛受困，派遣北屯分隊破壞器材", tx, ty)
    s.cctv("SN-CCTV-008", "stalled_vehicle", "23:15", T, 0.9)
    s.cong("SN-VD-ZHONGQING-01", "23:20", T, 6, "Severe")
    s.police("road_closure", "23:25", T, "中清路往南環中路口全線封閉，車輛改道環中路", tx, ty + 0.0005, "Severe")
    s.f119("rescue", "23:31", T, "駕駛已救出送醫，意識清楚", tx, ty, status="on_scene", follows=r["key"])
    s.cong("SN-VD-HUANZHONG-03", "23:30", T, 12)
    s.c1999("flooding", "23:36", T, "卡車撞到消防栓，水一直噴，中清環中地下道開始積水", *offset(*P("SN-FL-006"), 20, -20))
    s.flood("SN-FL-006", "23:38", "1-15", T, cm=12)
    s.flood("SN-FL-006", "23:52", "16-30", T, cm=18)
    s.c1999("road_damage", "23:58", T, "翻車的地方柏油被鋼管刮壞一大片", tx, ty)
    s.c1999("streetlight", "+1 00:05", None, "環中路靠經貿路路燈不亮", *offset(*P("SN-SIG-004"), 150, 20))
    qx, qy = offset(tx, ty, -500, 1000)
    q = s.police("accident", "+1 00:12", Q, "中清路往南（近大連路）回堵車陣尾端追撞，兩車損無人受傷", qx, qy, "Minor")
    s.c1999("traffic_accident", "+1 00:10", Q, "中清路往南塞車，後面有車直接撞上來", qx + 0.0002, qy + 0.0003)
    s.c1999("noise", "+1 00:40", None, "環中路又有機車在飆車", *offset(*P("SN-VD-HUANZHONG-02"), 0, 80))
    s.police("accident", "+1 00:45", Q, "中清路追撞車輛移置完畢", qx, qy, "Minor", follows=q["key"])
    s.flood("SN-FL-006", "+1 00:20", "1-15", T, cm=6)
    s.police("road_closure", "+1 01:10", T, "中清路往南開放一線車道，鋼管吊掛中", tx, ty + 0.0005, "Moderate", follows=p["key"])
    s.police("road_reopened", "+1 02:30", T, "中清路往南全線恢復通行", tx, ty + 0.0005, "Minor", follows=p["key"])
    s.incident(T, "traffic", "中清路往南環中路口大貨車翻覆、落物、駕駛受困、封路與地下道積水", cam["key"])
    s.incident(Q, "traffic", "中清路往南回堵車陣尾端追撞", q["key"])
    s.incidents[0]["sufficient_evidence_key"] = p["key"]
    s.set_alt("The queue-tail crash 1.1 km north exists only because of the closure; a colleague managing the "
              "closure may file it under the same job (the same officers cone off the queue).", [], drop=(Q,))
    for it in s.items:
        if it["truth"] == Q:
            it["truth_alt"] = T
    return s


def s1741():
    s = Situation(1741, "expo_lost_child_and_small_jobs", (2026, 10, 10), 1741,
                  "國慶連假會展中心展覽，走失孩童與零星事件 — National Day: a consumer fair at the convention centre "
                  "(10:00-18:00). A six-year-old is lost in hall A at 14:05 and found at 綠美圖 at 14:52. Around the fair: "
                  "a wallet theft in hall B, an elderly visitor who falls at 綠美圖, a breakdown at 經貿七路.")
    E, K, TH, OLD, BR = "E1", "R1", "PS1", "R2", "T1"
    ax, ay = P("SN-FA-002")
    mx, my = P("SN-FA-004")
    pe = s.add("planned_event", "exhibition", "10:00", E, "臺中國際會展中心 國慶消費展，預估 40,000 人次", lon=ax + 0.0005,
               lat=ay - 0.0004, ends="2026-10-10T10:00:00Z", radius_m=400)
    pe["arrival"] = "2026-10-07T06:00:00Z"
    s.add("parking", "full", "10:38", E, "臺中國際會展中心停車場 汽車車位已滿", sensor="SN-PK-006")
    s.cong("SN-VD-JINGMAO-01", "10:55", E, 18)
    s.add("parking", "full", "11:10", E, "經貿六停車場 汽車車位已滿", sensor="SN-PK-002")
    s.c1999("crowding", "11:30", E, "會展中心排隊人潮擋住人行道，輪椅過不去", *offset(ax, ay, 40, -60))
    s.c1999("illegal_parking", "12:10", E, "經貿路二段整排車停在自行車道，都是去展覽的", *offset(*P("SN-CCTV-005"), 60, -100))
    s.add("parking", "full", "12:40", E, "水湳轉運中心停車場 汽車車位已滿", sensor="SN-PK-001", alt=None)
    s.cctv("SN-CCTV-005", "crowding", "13:30", E, 0.77)
    s.police("crowd_control", "13:45", E, "會展中心A館入口人潮管制，分流至B館", ax, ay, "Moderate")
    k1 = s.c1999("missing_person", "14:06", K, "我兒子6歲在會展中心A館不見了，穿黃色上衣", ax, ay)
    k2 = s.police("missing_person", "14:08", K, "會展中心A館 6歲男童走失，黃色上衣藍短褲，通報各出入口協尋", ax + 0.0001, ay, "Severe")
    s.police("other", "14:30", K, "民眾反映疑似走失男童往綠美圖方向，派員前往", mx - 0.0003, my + 0.0004, "Moderate", follows=k2["key"])
    s.police("missing_person", "14:52", K, "走失男童於綠美圖一樓服務台尋獲，已交還家長", mx, my, "Minor", follows=k2["key"])
    old = s.f119("ambulance", "15:02", OLD, "綠美圖入口階梯長者跌倒頭部撕裂傷", mx + 0.0001, my - 0.0001)
    s.f119("ambulance", "15:14", OLD, "救護車到場，長者送醫", mx + 0.0001, my - 0.0001, status="on_scene", follows=old["key"])
    th = s.police("theft", "15:20", TH, "會展中心B館攤位區 民眾皮夾遭竊報案", *P("SN-FA-003"), "Minor")
    s.c1999("other", "15:40", None, "綠美圖幾點閉館？", mx, my)
    br = s.cctv("SN-CCTV-006", "stalled_vehicle", "16:10", BR, 0.81)
    s.police("stalled_vehicle", "16:14", BR, "經貿路二段經貿七路口 休旅車拋錨佔用內側車道", *offset(*P("SN-CCTV-006"), 0, 15), "Minor")
    s.cong("SN-VD-JINGMAO-02", "16:20", BR, 19, alt=E)
    s.police("stalled_vehicle", "16:50", BR, "經貿七路口拋錨車已拖離", *offset(*P("SN-CCTV-006"), 0, 15), "Minor")
    s.cctv("SN-CCTV-005", "crowding", "17:55", E, 0.83)
    s.cong("SN-VD-LIMING-01", "18:05", E, 15)
    s.c1999("streetlight", "18:30", None, "中平路路燈不亮", *offset(*P("SN-SIG-010"), 300, 30))
    s.incident(E, "crowd", "會展中心國慶消費展人潮、停車與交通", pe["key"])
    s.incident(K, "rescue", "會展中心A館6歲男童走失，於綠美圖尋獲", k1["key"])
    s.incident(OLD, "rescue", "綠美圖入口長者跌倒送醫", old["key"])
    s.incident(TH, "public_safety", "會展中心B館皮夾遭竊", th["key"])
    s.incident(BR, "traffic", "經貿路二段/經貿七路口休旅車拋錨", br["key"])
    s.set_alt("The 經貿路 slow-down at 16:20 lies 700 m south of the breakdown and inside the fair's traffic; a "
              "colleague may put it with the fair. The hub car park filling at 12:40 (1 km away) may be "
              "holiday travellers rather than fair-goers; under the main reading it is the fair's overflow.", [], [])
    for it in s.items:
        if it.get("sensor_id") == "SN-PK-001":
            it["truth_alt"] = None
    return s


def s1742():
    s = Situation(1742, "quiet_night_mostly_background", (2026, 12, 3), 1742,
                  "平靜深夜，以背景事件為主 — 00:30-05:00 Taiwan time, a quiet weeknight. Streetlights, parked cars, a "
                  "battery running low on a flood sensor, night road works on 黎明路, a single low-confidence wrong-way "
                  "detection. Two real jobs: a car broken down in the 中清/環中 underpass at 03:05 and a fire alarm at 綠美圖 "
                  "at 04:10 that resets two minutes later.")
    T, F = "T1", "F1"
    lx, ly = P("SN-VD-LIMING-01")
    rw = s.add("planned_event", "road_works", "00:00", None, "黎明路三段人孔蓋更新夜間施工，封閉外側車道", lon=lx, lat=ly,
               ends="2026-12-02T21:00:00Z", radius_m=150, alt="W1")
    rw["observed"] = "2026-12-02T16:00:00Z"
    rw["arrival"] = "2026-12-01T03:00:00Z"
    s.c1999("streetlight", "00:35", None, "環中路二段路燈兩盞不亮，燈號XT-06621、XT-06622", *offset(*P("SN-SIG-002"), 120, 30))
    s.c1999("illegal_parking", "00:50", None, "經貿路三段紅線有一台車停了兩天", *offset(*P("SN-FA-011"), -40, 30))
    s.status("SN-FL-009", "01:02", "offline", None, reason="battery_low", alt="INF1")
    s.cong("SN-VD-LIMING-01", "01:20", None, 22, "Minor", alt="W1")
    s.offline_alert("SN-FL-009", "01:12", None, alt="INF1")
    s.c1999("noise", "01:40", None, "中科路有施工聲音很吵", *offset(lx, ly, 30, -40), alt="W1")
    s.c1999("noise", "02:05", None, "河南路住宅有人吵架很大聲", *offset(*P("SN-VD-HENAN-01"), 80, 30))
    s.cctv("SN-CCTV-001", "wrong_way", "02:40", None, 0.52, alt="T2")
    s.c1999("streetlight", "02:55", None, "凱旋路路燈一閃一閃", *offset(*P("SN-VD-KAIXUAN-02"), 0, -100))
    st = s.cctv("SN-CCTV-008", "stalled_vehicle", "03:05", T, 0.82, text="中清路/環中路 路口監視器 偵測車輛停滯（地下道內）")
    s.police("stalled_vehicle", "03:12", T, "中清環中路口地下道內自小客車拋錨，已擺放三角錐", *P("SN-FL-006"), "Moderate")
    s.dup(st, delay=240)
    s.police("stalled_vehicle", "03:40", T, "地下道拋錨車拖吊完畢", *P("SN-FL-006"), "Minor")
    fa = s.add("fire_alarm", "alarm", "04:10", F, "臺中綠美圖 火警受信總機 火警 B1 機房偵煙探測器動作", sensor="SN-FA-004")
    s.add("fire_alarm", "normal", "04:12", F, "臺中綠美圖 火警受信總機 復歸", sensor="SN-FA-004")
    s.c1999("other", "04:30", None, "早上幾點有公車到轉運站？", *offset(*P("SN-PK-001"), -200, 100))
    s.status("SN-FL-009", "04:48", "online", None, alt="INF1")
    s.add("parking", "empty", "03:30", None, "中央公園地下停車場(北) 車位全空", sensor="SN-PK-004")
    s.c1999("環境清潔", "04:40", None, "綠美圖旁邊垃圾桶滿出來，野狗在翻", *offset(*P("SN-FA-004"), 80, -60))
    s.police("theft", "04:50", None, "逢甲大學水湳校區旁機車遭竊報案", *offset(*P("SN-FA-009"), -60, 20), "Minor")
    s.cong("SN-VD-HUANZHONG-04", "04:55", None, 33, "Minor")
    s.incident(T, "traffic", "中清/環中地下道內拋錨車", st["key"])
    s.incident(F, "fire", "綠美圖B1機房偵煙動作後復歸（值班人員查看）", fa["key"])
    s.set_alt("A stricter desk would open a ticket for everything that needs someone: the low-battery flood "
              "sensor (a maintenance ticket), the night works on 黎明路 with its slow-down and noise complaint, and the "
              "single wrong-way detection (a call to the patrol car). Under the main reading these are background.",
              [{"label": "INF1", "type": "infrastructure", "description": "黎明路凱旋路口淹水感測器電池電量低離線", "sufficient_evidence_key": None},
               {"label": "W1", "type": "traffic", "description": "黎明路三段夜間人孔施工", "sufficient_evidence_key": rw["key"]},
               {"label": "T2", "type": "traffic", "description": "台74線/環中路疑似逆向車", "sufficient_evidence_key": None}])
    inc = {i["label"]: i for i in s.alt["incidents"]}
    inc["INF1"]["sufficient_evidence_key"] = [i for i in s.items if i.get("sensor_id") == "SN-FL-009" and i["category"] == "offline"][0]["key"]
    inc["T2"]["sufficient_evidence_key"] = [i for i in s.items if i["category"] == "wrong_way"][0]["key"]
    return s


if __name__ == "__main__":
    for fn in (s1737, s1738, s1739, s1740, s1741, s1742):
        sit = fn()
        n = sit.write()
        print(sit.stem(), n)
