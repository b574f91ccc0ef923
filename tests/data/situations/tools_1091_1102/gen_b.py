"""Situations 1097-1102 (cascade, and five groupings a naive rule gets wrong). Seeded."""
import datetime as dt
from lib import Situation, SENSORS, along, offset, inc

M = lambda n: dt.timedelta(minutes=n)
S = lambda n: dt.timedelta(seconds=n)


def lag(s, t, lo=60, hi=240):
    return t + S(s.rng.randint(lo, hi))


def P(sid):
    return SENSORS[sid]["lon"], SENSORS[sid]["lat"]


def s1097():
    s = Situation(1097, "hub_bus_fire_ring_road_jam", (2016, 12, 23))
    hub = P("SN-FA-001")
    bay = offset(hub[0], hub[1], 40, 15)
    x = s.scatter(*P("SN-SIG-007"), 20, 100)
    s.add("1999", "streetlight", s.t(17, 18), lag(s, s.t(17, 18)), None, lon=x[0], lat=x[1], text="黎明路凱旋路口附近路燈不亮一盞")
    f1 = s.add("fire_alarm", "alarm", s.t(17, 24), None, "fire", sensor="SN-FA-001", text="1F 客運月台 火焰探測器動作")
    for i, (m, sec, txt, r) in enumerate([(17, 25, "轉運中心月台有一台客運車在冒火，好多煙", (10, 60)),
                                          (17, 25, "水湳轉運站客運著火了，快叫消防車", (20, 120)),
                                          (17, 26, "我在環中路上，看到轉運中心那邊黑煙很大", (150, 400)),
                                          (17, 27, "轉運中心裡面都是煙，大家往外跑", (5, 50)),
                                          (17, 29, "客運車起火，司機好像有受傷", (10, 60))]):
        t = s.t(m, sec, s.rng.randint(0, 50))
        x = s.scatter(*bay, *r)
        s.add("1999", "fire_smoke", t, lag(s, t), "fire", lon=x[0], lat=x[1], text=txt)
    d1 = s.add("119", "fire", s.t(17, 26), None, "fire", lon=bay[0], lat=bay[1], text="水湳轉運中心 客運車輛火警 出動水箱車3 化學車1 救護車1")
    s.add("cctv", "smoke", s.t(17, 27), None, "fire", sensor="SN-CCTV-003", confidence=0.69)
    s.add("incident", "fire_report", s.t(17, 30), lag(s, s.t(17, 30)), "fire", lon=bay[0], lat=bay[1], severity="Severe",
          text="水湳轉運中心月台 大客車起火 濃煙 旅客疏散中")
    s.add("parking", "closed", s.t(17, 31), None, "fire", sensor="SN-PK-001")
    s.add("incident", "evacuation", s.t(17, 33), lag(s, s.t(17, 33)), "fire", lon=hub[0], lat=hub[1] - 0.0003, severity="Moderate",
          text="轉運中心旅客約400人疏散至中科路側廣場")
    s.add("119", "fire", s.t(17, 33), None, "fire", lon=bay[0], lat=bay[1], status="on_scene", follows=d1["key"])
    rc = s.add("incident", "road_closure", s.t(17, 35), lag(s, s.t(17, 35)), "fire", lon=120.6530, lat=24.1982, severity="Moderate",
               text="環中路二段 中科路至經貿路 外側車道封閉 供消防車作業 車流回堵")
    s.add("119", "ambulance", s.t(17, 37), None, "fire", lon=bay[0], lat=bay[1], text="轉運中心 客運司機 手部燒燙傷")
    jam_al = [("SN-VD-HUANZHONG-02", 17, 38, "9"), ("SN-VD-HUANZHONG-03", 17, 40, "11"), ("SN-VD-JINGMAO-01", 17, 42, "7"),
              ("SN-VD-ZHONGQING-01", 17, 50, "13"), ("SN-VD-HUANZHONG-01", 18, 0, "10"), ("SN-VD-KAIXUAN-01", 18, 5, "12"),
              ("SN-VD-LIMING-01", 18, 9, "14"), ("SN-VD-HUANZHONG-04", 18, 15, "15")]
    first_jam = None
    for sid, h, m, v in jam_al:
        it = s.add("rule", "congestion", s.t(h, m), None, "fire", sensor=sid, text="%s 平均車速 %s km/h" % (SENSORS[sid]["name"], v),
                   truth_alt="jam")
        first_jam = first_jam or it
    for i, (h, m, pt, txt) in enumerate([(17, 52, along("huanzhong", 0.45), "環中路往中清路方向塞到不能動，前面發生什麼事"),
                                         (18, 3, along("huanzhong", 0.3), "環中路從臺灣大道那邊就開始塞，半小時動不了"),
                                         (18, 11, along("kaixuan", 0.2), "凱旋路接環中路整個回堵，號誌秒數可不可以調"),
                                         (18, 22, along("zhongqing", 0.33), "中清路下交流道往水湳這邊塞爆了")]):
        x = s.scatter(*pt, 0, 40)
        s.add("1999", "other" if i != 2 else "traffic_signal", s.t(h, m), lag(s, s.t(h, m)), "fire", lon=x[0], lat=x[1], text=txt,
              truth_alt="jam")
    qc_pt = offset(*P("SN-SIG-002"), 60, 10)
    qc = s.add("incident", "traffic_accident", s.t(18, 6), lag(s, s.t(18, 6)), "queue_crash", lon=qc_pt[0], lat=qc_pt[1],
               severity="Minor", text="環中路二段近凱旋路 回堵車陣中 三車追撞 無人受傷", truth_alt="jam")
    s.add("cctv", "accident", s.t(18, 7), None, "queue_crash", sensor="SN-CCTV-002", confidence=0.71, truth_alt="jam")
    x = s.scatter(*qc_pt, 10, 50)
    s.add("1999", "traffic_accident", s.t(18, 8), lag(s, s.t(18, 8)), "queue_crash", lon=x[0], lat=x[1],
          text="環中路凱旋路口這邊塞車又追撞，三台車", truth_alt="jam")
    s.add("parking", "full", s.t(17, 45), None, None, sensor="SN-PK-006")
    s.add("fire_alarm", "normal", s.t(18, 30), None, "fire", sensor="SN-FA-001", text="復歸")
    s.add("incident", "road_reopened", s.t(18, 35), lag(s, s.t(18, 35)), "queue_crash", lon=qc_pt[0], lat=qc_pt[1], severity="Minor",
          text="追撞車輛移至路邊 恢復通行", truth_alt="jam")
    s.add("119", "fire", s.t(18, 45), None, "fire", lon=bay[0], lat=bay[1], status="closed", follows=d1["key"], text="火勢撲滅 車輛全毀 無人員受困")
    s.add("incident", "road_reopened", s.t(18, 50), lag(s, s.t(18, 50)), "fire", lon=120.6530, lat=24.1982, severity="Minor",
          text="環中路二段外側車道恢復通行", follows=rc["key"])
    s.add("parking", "empty", s.t(18, 55), None, None, sensor="SN-PK-001", truth_alt="fire")
    s.add("rule", "cleared", s.t(19, 5), None, "fire", sensor="SN-VD-HUANZHONG-01", text="車速回復 41 km/h", truth_alt="jam")
    x = s.scatter(*P("SN-PK-006"), 20, 120)
    s.add("1999", "illegal_parking", s.t(19, 10), lag(s, s.t(19, 10)), None, lon=x[0], lat=x[1], text="會展中心旁邊人行道停滿機車")
    truth = {
        "description": "Pre-holiday Friday rush: a coach catches fire in a bay of the 水湳 transit hub. The outer lanes of 環中路 are closed for the engines and the queue grows over 40 minutes to detectors 2.1 km away (環中路 to 臺灣大道, 中清路 interchange, 凱旋路, 黎明路). In the queue, a three-car rear-end crash at 凱旋路. The hub car park is closed, then emptied.",
        "incidents": [
            inc("fire", "fire", "Coach fire at the 水湳 transit hub, with the 環中路 closure and the queue it caused", f1["key"]),
            inc("queue_crash", "traffic", "Three-car rear-end in the queue at 環中路/凱旋路 (no injuries)", qc["key"]),
        ],
        "alternative_reading": {
            "why": "A traffic coordinator may run the queue as its own traffic-management job (signal timing, diversions), and take the rear-end crash inside it as part of that job; the emptied car park at 18:55 may be read as the hub's evacuation (the fire's) rather than background.",
            "incidents": [
                inc("fire", "fire", "Coach fire at the 水湳 transit hub", f1["key"]),
                inc("jam", "traffic", "Queue on 環中路 and feeders caused by the closure, incl. the rear-end crash", first_jam["key"]),
            ],
        },
        "notes": "The congestion evidence lies up to 2.1 km from the fire and starts 14 min after it. 1999 jam calls do not name the fire.",
    }
    return s, truth


def s1098():
    s = Situation(1098, "convention_halls_separate", (2016, 5, 14))
    ha, hb = P("SN-FA-002"), P("SN-FA-003")
    pe = s.add("planned_event", "exhibition", s.t(10, 0), s.t(9, 0, day=-10), None, lon=120.6551, lat=24.1944, radius_m=250,
               ends=s.t(18, 0), text="台中國際食品展 A、B館 預估每日8,000人次", truth_alt="expo")
    s.add("parking", "full", s.t(13, 30), None, None, sensor="SN-PK-006", truth_alt="expo")
    f1 = s.add("fire_alarm", "alarm", s.t(14, 12), None, "fire_a", sensor="SN-FA-002", text="1F 美食區 廚房 偵熱探測器動作")
    x = s.scatter(*ha, 5, 40)
    s.add("1999", "fire_smoke", s.t(14, 13), lag(s, s.t(14, 13)), "fire_a", lon=x[0], lat=x[1], text="會展中心A館美食區油鍋起火，都是煙")
    x = s.scatter(*hb, 5, 30)
    r1 = s.add("1999", "rescue", s.t(14, 14), lag(s, s.t(14, 14)), "collapse_b", lon=x[0], lat=x[1], text="B館展場有一位伯伯突然倒下，叫不醒，需要救護車")
    d1 = s.add("119", "fire", s.t(14, 14), None, "fire_a", lon=ha[0], lat=ha[1], text="臺中國際會展中心A館 美食區廚房火警 出動水箱車2")
    a1 = s.add("119", "ambulance", s.t(14, 15), None, "collapse_b", lon=hb[0], lat=hb[1], text="會展中心B館 展場內 男性約60歲 胸痛倒地 OHCA待確認")
    s.add("incident", "medical", s.t(14, 17), lag(s, s.t(14, 17)), "collapse_b", lon=hb[0] + 0.0001, lat=hb[1], severity="Severe",
          text="B館 民眾路倒 現場人員CPR中 已通報119")
    s.add("incident", "fire_report", s.t(14, 18), lag(s, s.t(14, 18)), "fire_a", lon=ha[0], lat=ha[1], severity="Moderate",
          text="會展中心A館 美食區油鍋起火 已由員工以滅火器初步撲滅 仍有濃煙")
    s.add("incident", "evacuation", s.t(14, 19), lag(s, s.t(14, 19)), "fire_a", lon=ha[0], lat=ha[1] + 0.0002, severity="Moderate",
          text="A館約1,200人疏散至北側廣場 B館照常開放")
    s.add("cctv", "crowding", s.t(14, 22), None, "fire_a", sensor="SN-CCTV-005", confidence=0.84, motion="standing", truth_alt="expo")
    s.add("119", "ambulance", s.t(14, 22), None, "collapse_b", lon=hb[0], lat=hb[1], status="on_scene", follows=a1["key"])
    s.add("119", "fire", s.t(14, 23), None, "fire_a", lon=ha[0], lat=ha[1], status="on_scene", follows=d1["key"])
    mp = s.add("incident", "missing_person", s.t(14, 25), lag(s, s.t(14, 25)), "lost_girl", lon=ha[0], lat=ha[1] + 0.0002, severity="Moderate",
               text="A館疏散時 5歲女童與家長走散 粉紅色洋裝", truth_alt="fire_a")
    x = s.scatter(*ha, 10, 60)
    s.add("1999", "fire_smoke", s.t(14, 27), lag(s, s.t(14, 27)), "fire_a", lon=x[0], lat=x[1], text="我們被叫出來了，A館裡面還在冒煙嗎？展品還在裡面")
    s.add("119", "ambulance", s.t(14, 28), None, "fire_a", lon=ha[0], lat=ha[1], text="會展中心A館 廚房員工 吸入濃煙 手部燙傷")
    s.add("fire_alarm", "fault", s.t(14, 30), None, None, sensor="SN-FA-003", text="第3迴路 斷線")
    s.add("119", "ambulance", s.t(14, 36), None, "collapse_b", lon=hb[0], lat=hb[1], status="returning", follows=a1["key"],
          text="患者送中國醫藥大學附設醫院")
    s.add("incident", "missing_person", s.t(14, 48), lag(s, s.t(14, 48)), "lost_girl", lon=ha[0], lat=ha[1] + 0.0002, severity="Minor",
          text="走散女童已尋獲", follows=mp["key"], truth_alt="fire_a")
    s.add("fire_alarm", "normal", s.t(14, 50), None, "fire_a", sensor="SN-FA-002", text="復歸")
    s.add("119", "fire", s.t(14, 55), None, "fire_a", lon=ha[0], lat=ha[1], status="closed", follows=d1["key"], text="火勢已撲滅 排煙完畢 A館恢復開放")
    x = s.scatter(*hb, 20, 80)
    s.add("1999", "other", s.t(15, 10), lag(s, s.t(15, 10)), None, lon=x[0], lat=x[1], text="請問食品展明天還有開嗎", truth_alt="expo")
    truth = {
        "description": "Saturday food expo in the convention centre. Within three minutes, 130 m apart: a fryer fire in hall A's food court (evacuated) and a man collapsing with chest pain in hall B. Two ambulances at the two halls, one for each. A girl is separated from her parents in hall A's evacuation (found in 23 min). Hall B's panel reports a loop fault at 14:30: unrelated.",
        "incidents": [
            inc("fire_a", "fire", "Fryer fire, hall A food court; 1,200 evacuated; one worker burnt", f1["key"]),
            inc("collapse_b", "rescue", "Visitor collapsed with chest pain, hall B", r1["key"]),
            inc("lost_girl", "rescue", "Five-year-old separated in hall A's evacuation, found", mp["key"]),
        ],
        "alternative_reading": {
            "why": "The lost girl can be handled inside the fire's evacuation (headcount at the muster point), and the exhibition may be run as a crowd job of its own (permit, full car park, the evacuees' crowd on camera).",
            "incidents": [
                inc("fire_a", "fire", "Fryer fire, hall A, incl. the search for the girl", f1["key"]),
                inc("collapse_b", "rescue", "Visitor collapsed, hall B", r1["key"]),
                inc("expo", "crowd", "Food expo crowd", pe["key"]),
            ],
        },
        "notes": "Under the alternative the CCTV crowd at 經貿路/黎明路 is the expo's; under the main reading it is the evacuees of hall A.",
    }
    return s, truth


def s1099():
    s = Situation(1099, "gravel_truck_two_sites", (2016, 7, 5))
    s1 = P("SN-CCTV-008")
    s2 = along("zhongqing", 0.52)      # ~1.2 km south of the junction
    s3 = along("zhongqing", 0.72)      # where police stop the lorry
    cv = s.add("cctv", "fallen_object", s.t(6, 41), None, "gravel", sensor="SN-CCTV-008", confidence=0.86, truth_alt="gravel_n")
    x = s.scatter(*s1, 10, 50)
    s.add("1999", "fallen_object", s.t(6, 43), lag(s, s.t(6, 43)), "gravel", lon=x[0], lat=x[1], text="中清路環中路口地上一堆碎石，機車差點滑倒",
          truth_alt="gravel_n")
    s.add("incident", "fallen_object", s.t(6, 45), lag(s, s.t(6, 45)), "gravel", lon=s1[0] + 0.0002, lat=s1[1] - 0.0002, severity="Moderate",
          text="中清路/環中路口 南下車道 散落碎石 疑砂石車掉落", truth_alt="gravel_n")
    x = s.scatter(*s2, 10, 60)
    c2 = s.add("1999", "fallen_object", s.t(6, 48), lag(s, s.t(6, 48)), "gravel", lon=x[0], lat=x[1],
               text="中清路往南這邊路中間有一大塊帆布跟石頭", truth_alt="gravel_s")
    s.add("rule", "congestion", s.t(6, 50), None, "gravel", sensor="SN-VD-ZHONGQING-01", text="中清路車輛偵測器1 平均車速 15 km/h", truth_alt="gravel_n")
    x = s.scatter(*s2, 20, 120)
    s.add("1999", "traffic_accident", s.t(6, 52), lag(s, s.t(6, 52)), "gravel", lon=x[0], lat=x[1],
          text="中清路上我的機車壓到石頭滑倒，人還好，車有點壞", truth_alt="gravel_s")
    s.add("incident", "fallen_object", s.t(6, 55), lag(s, s.t(6, 55)), "gravel", lon=s2[0], lat=s2[1], severity="Moderate",
          text="中清路二段 南下車道 碎石及帆布 與環中路口疑同一砂石車掉落", truth_alt="gravel_s")
    x = s.scatter(*P("SN-VD-ZHONGPING-02"), 0, 30)
    s.add("rule", "congestion", s.t(6, 58), None, None, sensor="SN-VD-ZHONGPING-02", text="中平路車輛偵測器2 平均車速 19 km/h", truth_alt="gravel_s")
    s.add("rule", "congestion", s.t(7, 0), None, "gravel", sensor="SN-VD-ZHONGQING-02", text="中清路車輛偵測器2 平均車速 12 km/h", truth_alt="gravel_s")
    s.add("rule", "congestion", s.t(7, 5), None, "gravel", sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 16 km/h", truth_alt="gravel_n")
    s.add("incident", "other", s.t(7, 5), lag(s, s.t(7, 5)), "gravel", lon=s3[0], lat=s3[1], severity="Minor",
          text="攔停砂石車一輛 車斗未覆蓋 沿途掉落砂石 依法舉發", truth_alt="gravel_s")
    x = s.scatter(*along("zhongqing", 0.6), 20, 200)
    s.add("1999", "road_damage", s.t(7, 10), lag(s, s.t(7, 10)), "gravel", lon=x[0], lat=x[1], text="中清路路面好多石頭，我的輪胎被割破了",
          truth_alt="gravel_s")
    x = s.scatter(*P("SN-CCTV-007"), 20, 100)
    s.add("1999", "streetlight", s.t(7, 15), lag(s, s.t(7, 15)), None, lon=x[0], lat=x[1], text="黎明路三段路燈早上都還亮著")
    tp = along("zhongqing", 0.07)
    tr = s.add("1999", "fallen_tree", s.t(7, 25), lag(s, s.t(7, 25)), "tree", lon=tp[0] + 0.0001, lat=tp[1], text="中清路往大雅那邊，路樹倒下來擋住一個車道")
    s.add("incident", "fallen_object", s.t(7, 32), lag(s, s.t(7, 32)), "tree", lon=tp[0], lat=tp[1], severity="Moderate",
          text="中清路北上 路樹傾倒 占用外側車道 通知養工處")
    s.add("rule", "congestion", s.t(7, 30), None, None, sensor="SN-VD-HENAN-01", text="河南路車輛偵測器1 平均車速 21 km/h")
    s.add("incident", "other", s.t(7, 20), lag(s, s.t(7, 20)), "gravel", lon=s2[0], lat=s2[1], severity="Minor",
          text="清潔隊及養工處 中清路二段 清除碎石中", truth_alt="gravel_s")
    x = s.scatter(*s1, 20, 80)
    s.add("1999", "fallen_object", s.t(7, 45), lag(s, s.t(7, 45)), "gravel", lon=x[0], lat=x[1], text="中清路環中路口石頭到現在還沒清完",
          truth_alt="gravel_n")
    s.add("incident", "road_reopened", s.t(8, 10), lag(s, s.t(8, 10)), "gravel", lon=s2[0], lat=s2[1], severity="Minor",
          text="中清路碎石清除完畢 恢復通行", truth_alt="gravel_s")
    s.add("incident", "road_reopened", s.t(8, 25), lag(s, s.t(8, 25)), "tree", lon=tp[0], lat=tp[1], severity="Minor", text="中清路路樹移除 恢復通行")
    truth = {
        "description": "Weekday morning: an uncovered gravel lorry sheds its load at the 中清路/環中路 junction and again 1.2 km south on 中清路 (gravel and its tarpaulin), and is stopped by police 1.2 km further. One hazard, one cleanup, one culprit; the evidence spans 2.4 km and two queues. A fallen tree on 中清路 1.6 km north of the junction, 45 min later, is separate.",
        "incidents": [
            inc("gravel", "traffic", "Gravel lorry load spilled along 中清路 (two sites), lorry stopped", cv["key"]),
            inc("tree", "traffic", "Tree down on 中清路 northbound, one lane blocked", tr["key"]),
        ],
        "alternative_reading": {
            "why": "The two spill sites 1.2 km apart each need a cleaning crew and a closure; a coordinator may run them as two jobs (north: the junction; south: the second spill and the stopped lorry). Under that reading the 中平路 slow-down near the stopped lorry is the south job's.",
            "incidents": [
                inc("gravel_n", "traffic", "Gravel spill at 中清路/環中路", cv["key"]),
                inc("gravel_s", "traffic", "Gravel and tarpaulin on 中清路二段; lorry stopped", c2["key"]),
                inc("tree", "traffic", "Tree down on 中清路", tr["key"]),
            ],
        },
        "notes": "The scooter slip on the gravel is not injured: it stays with the spill. The 中平路 slow-down is 540 m from where the lorry was stopped: background in the main reading.",
    }
    return s, truth


def s1100():
    s = Situation(1100, "reclamation_fire_rekindles", (2016, 2, 16))
    fa = P("SN-FA-008")
    f1 = s.add("fire_alarm", "alarm", s.t(1, 48), None, "fire", sensor="SN-FA-008", text="污泥乾燥機房 偵煙探測器動作")
    d1 = s.add("119", "fire", s.t(1, 52), None, "fire", lon=fa[0], lat=fa[1], text="水湳水資源回收中心 污泥乾燥機房火警 出動水箱車3")
    x = s.scatter(*P("SN-FA-012"), 20, 100)
    s.add("1999", "fire_smoke", s.t(1, 58), lag(s, s.t(1, 58)), "fire", lon=x[0], lat=x[1], text="水資源回收中心那邊有火光，很臭")
    s.add("119", "fire", s.t(2, 5), None, "fire", lon=fa[0], lat=fa[1], status="on_scene", follows=d1["key"])
    s.add("incident", "fire_report", s.t(2, 10), lag(s, s.t(2, 10)), "fire", lon=fa[0], lat=fa[1], severity="Moderate",
          text="水資源回收中心 機房火警 無人受傷 員警協助管制")
    x = s.scatter(*fa, 400, 600)
    s.add("1999", "gas_odor", s.t(2, 20), lag(s, s.t(2, 20)), "fire", lon=x[0], lat=x[1], text="外面有燒塑膠的味道，很刺鼻，窗戶關了還聞得到")
    s.add("fire_alarm", "alarm", s.t(2, 30), None, None, sensor="SN-FA-010", text="宿舍3F 偵煙探測器動作")
    s.add("fire_alarm", "normal", s.t(2, 33), None, None, sensor="SN-FA-010", text="復歸 舍監確認學生煮宵夜誤觸")
    s.add("119", "fire", s.t(3, 10), None, "fire", lon=fa[0], lat=fa[1], status="returning", follows=d1["key"], text="火勢撲滅 污泥堆覆土降溫")
    s.add("fire_alarm", "normal", s.t(3, 15), None, "fire", sensor="SN-FA-008", text="復歸")
    s.add("119", "fire", s.t(3, 30), None, "fire", lon=fa[0], lat=fa[1], status="closed", follows=d1["key"])
    x = s.scatter(*fa, 300, 600)
    s.add("1999", "other", s.t(5, 40), lag(s, s.t(5, 40)), "fire", lon=x[0], lat=x[1], text="早上起來外面還是有很重的焦味，是不是還在燒")
    x = s.scatter(*fa, 200, 500)
    s.add("1999", "環境公害", s.t(6, 30), lag(s, s.t(6, 30)), None, lon=x[0], lat=x[1], text="回收中心的臭味又來了，每天早上都這樣", truth_alt="fire")
    s.add("rule", "congestion", s.t(7, 50), None, None, sensor="SN-VD-ZHONGPING-01", text="中平路車輛偵測器1 平均車速 20 km/h")
    rk = s.add("fire_alarm", "alarm", s.t(8, 18), None, "fire", sensor="SN-FA-008", text="污泥乾燥機房 偵煙探測器動作", truth_alt="rekindle")
    for i, (m, txt, pt) in enumerate([(19, "水資源回收中心又冒煙了，白煙很大", P("SN-CCTV-011")),
                                      (20, "中平路這邊看到回收中心有煙在飄", along("zhongping", 0.55)),
                                      (21, "經貿路三段有煙飄過來，是不是火災", along("jingmao", 0.88)),
                                      (24, "回收廠半夜不是燒過了嗎，現在又在冒煙", P("SN-FA-010"))]):
        x = s.scatter(*pt, 10, 80)
        s.add("1999", "fire_smoke", s.t(8, m), lag(s, s.t(8, m)), "fire", lon=x[0], lat=x[1], text=txt, truth_alt="rekindle")
    d2 = s.add("119", "fire", s.t(8, 22), None, "fire", lon=fa[0], lat=fa[1], text="水湳水資源回收中心 污泥堆復燃 出動水箱車2", truth_alt="rekindle")
    s.add("cctv", "smoke", s.t(8, 23), None, "fire", sensor="SN-CCTV-011", confidence=0.64, truth_alt="rekindle")
    s.add("incident", "road_closure", s.t(8, 40), lag(s, s.t(8, 40)), "fire", lon=120.6602, lat=24.1755, severity="Minor",
          text="經貿路三段近中平路 消防車作業 外側車道封閉", truth_alt="rekindle")
    sp = P("SN-SIG-010")
    sc = s.add("incident", "traffic_accident", s.t(8, 45), lag(s, s.t(8, 45)), "scooters", lon=sp[0] + 0.0001, lat=sp[1], severity="Minor",
               text="中平路/河南路口 兩機車擦撞 輕傷")
    x = s.scatter(*sp, 10, 40)
    s.add("1999", "traffic_accident", s.t(8, 46), lag(s, s.t(8, 46)), "scooters", lon=x[0], lat=x[1], text="中平路河南路口兩台機車擦撞，有人坐在地上")
    s.add("fire_alarm", "normal", s.t(9, 20), None, "fire", sensor="SN-FA-008", text="復歸", truth_alt="rekindle")
    s.add("119", "fire", s.t(9, 30), None, "fire", lon=fa[0], lat=fa[1], status="closed", follows=d2["key"], text="復燃處理完畢 移出污泥堆徹底澆熄",
          truth_alt="rekindle")
    truth = {
        "description": "A fire in the sludge-drying room of the 水湳 water reclamation centre at 01:48, put out at 03:10. The smouldering sludge rekindles at 08:18, six and a half hours later, seen by morning commuters. One fire, one building, one cause: the rekindle is the same incident (the fire bureau treats 復燃 as the same case's failure). Meanwhile, 330 m south, a campus dormitory panel false alarm (reset in three minutes), a routine plant-odour complaint, and a scooter collision 1 km west.",
        "incidents": [
            inc("fire", "fire", "Sludge-drying room fire, water reclamation centre, with its rekindle at 08:18", f1["key"]),
            inc("scooters", "traffic", "Two scooters collide at 中平路/河南路", sc["key"]),
        ],
        "alternative_reading": {
            "why": "The rekindle, five hours after the case was closed, gets a new 119 case and crews; a coordinator may open it as a new incident. The 06:30 odour complaint may be the fire's smell rather than the plant's usual one.",
            "incidents": [
                inc("fire", "fire", "Night fire, sludge-drying room", f1["key"]),
                inc("rekindle", "fire", "Rekindle of the sludge pile, 08:18", rk["key"]),
                inc("scooters", "traffic", "Two scooters collide at 中平路/河南路", sc["key"]),
            ],
        },
        "notes": "The 05:40 'still smells burnt' call is the night fire's aftermath. The dormitory alarm's text says it was a false alarm.",
    }
    return s, truth


def s1101():
    s = Situation(1101, "henan_road_subsidence_all_day", (2016, 9, 20))
    hole = (120.6524, 24.1739)
    x = s.scatter(*hole, 10, 40)
    c1 = s.add("1999", "road_damage", s.t(7, 5), lag(s, s.t(7, 5)), "sinkhole", lon=x[0], lat=x[1],
               text="河南路停車場出口前面路面凹下去一塊，有裂縫，旁邊在滲水")
    s.add("rule", "congestion", s.t(7, 55), None, None, sensor="SN-VD-ZHONGPING-01", text="中平路車輛偵測器1 平均車速 19 km/h")
    x = s.scatter(*hole, 30, 120)
    s.add("1999", "road_damage", s.t(7, 40), lag(s, s.t(7, 40)), "sinkhole", lon=x[0], lat=x[1], text="河南路靠近公園那邊地面下陷，好像越來越大")
    p1 = s.add("incident", "road_collapse", s.t(8, 10), lag(s, s.t(8, 10)), "sinkhole", lon=hole[0], lat=hole[1], severity="Moderate",
               text="河南路近中央公園 路面坍陷約1公尺見方 深約30公分 下方有水 已擺放三角錐")
    s.add("rule", "flood_depth", s.t(8, 15), None, "sinkhole", sensor="SN-FL-007", level="1-15", text="淹水深度 9 cm")
    x = s.scatter(*P("SN-VD-ZHONGPING-01"), 100, 300)
    s.add("1999", "water_outage", s.t(8, 30), lag(s, s.t(8, 30)), "sinkhole", lon=x[0], lat=x[1], text="我們家早上開始水壓變很小，沒看到停水公告",
          truth_alt=None)
    s.add("parking", "closed", s.t(9, 0), None, "sinkhole", sensor="SN-PK-003")
    pw = s.add("planned_event", "road_works", s.t(10, 0), s.t(9, 45), "sinkhole", lon=hole[0], lat=hole[1], radius_m=80, ends=s.t(18, 0),
               text="河南路 緊急搶修 自來水管線破裂 路面坍陷 半幅施工")
    s.add("rule", "congestion", s.t(10, 20), None, "sinkhole", sensor="SN-VD-HENAN-02", text="河南路車輛偵測器2 平均車速 13 km/h")
    cl = s.add("incident", "road_closure", s.t(11, 30), lag(s, s.t(11, 30)), "sinkhole", lon=hole[0], lat=hole[1], severity="Moderate",
               text="河南路 搶修路段 單線雙向通行 請用路人改道中平路")
    x = s.scatter(*P("SN-PK-003"), 50, 200)
    s.add("1999", "illegal_parking", s.t(12, 15), lag(s, s.t(12, 15)), None, lon=x[0], lat=x[1], text="河南路公車站前面常常有車停")
    s.add("rule", "congestion", s.t(13, 0), None, "sinkhole", sensor="SN-VD-HENAN-01", text="河南路車輛偵測器1 平均車速 18 km/h", truth_alt=None)
    s.add("fire_alarm", "fault", s.t(15, 0), None, None, sensor="SN-FA-009", text="第2迴路 接地異常")
    x = s.scatter(*hole, 20, 80)
    s.add("1999", "road_damage", s.t(16, 40), lag(s, s.t(16, 40)), "sinkhole", lon=x[0], lat=x[1], text="早上就打過了，河南路那個洞到現在還沒補好",
          follows=c1["key"])
    s.add("rule", "congestion", s.t(17, 50), None, "sinkhole", sensor="SN-VD-HENAN-02", text="河南路車輛偵測器2 平均車速 8 km/h", truth_alt=None)
    s.add("planned_event", "road_works", s.t(10, 0), s.t(17, 55), "sinkhole", lon=hole[0], lat=hole[1], radius_m=80, ends=s.t(23, 0),
          text="河南路 緊急搶修 延長施工至23:00", follows=pw["key"])
    cr = s.add("incident", "injury_accident", s.t(19, 35), lag(s, s.t(19, 35)), "works_crash", lon=hole[0] - 0.0002, lat=hole[1] - 0.0001,
               severity="Moderate", text="河南路施工圍籬處 機車騎士未注意 撞上圍籬倒地 手臂擦傷", truth_alt="sinkhole")
    s.add("119", "ambulance", s.t(19, 36), None, "works_crash", lon=hole[0] - 0.0002, lat=hole[1] - 0.0001, text="河南路 機車撞施工圍籬 1人受傷",
          truth_alt="sinkhole")
    x = s.scatter(*hole, 10, 60)
    s.add("1999", "traffic_accident", s.t(19, 37), lag(s, s.t(19, 37)), "works_crash", lon=x[0], lat=x[1],
          text="河南路施工的地方有機車撞上去了，燈太暗看不到", truth_alt="sinkhole")
    x = s.scatter(*P("SN-CCTV-010"), 50, 150)
    s.add("1999", "streetlight", s.t(20, 0), lag(s, s.t(20, 0)), None, lon=x[0], lat=x[1], text="中平路有一盞路燈不亮")
    s.add("rule", "cleared", s.t(21, 10), None, "sinkhole", sensor="SN-FL-007", text="淹水深度 0 cm 解除")
    s.add("parking", "full", s.t(21, 20), None, None, sensor="SN-PK-003", truth_alt="sinkhole")
    s.add("incident", "road_reopened", s.t(21, 40), lag(s, s.t(21, 40)), "sinkhole", lon=hole[0], lat=hole[1], severity="Minor",
          text="河南路 搶修完成 恢復雙向通行", follows=cl["key"])
    truth = {
        "description": "A water main leaks under 河南路 by the park car park. From a first 1999 call at 07:05 to the reopening at 21:40 (14.5 h) one incident: the hollow, the water in the flood sensor's low point (no rain), low water pressure nearby, the car park exit closed, an emergency works permit issued and extended, the lane closure and its queues, a caller calling again. At 19:35 a scooter hits the works fence: its own accident.",
        "incidents": [
            inc("sinkhole", "infrastructure", "Road subsidence from a leaking main on 河南路; emergency repair 10:00-21:40", c1["key"]),
            inc("works_crash", "traffic", "Scooter hits the works fence at night, rider injured", cr["key"]),
        ],
        "alternative_reading": {
            "why": "The crash is a consequence of the works (poorly lit fence) and may be run inside the subsidence job; the low water pressure a few hundred metres south and the later 河南路 slow-downs may be background; the car park being full at 21:20 may be its reopening after the works.",
            "incidents": [
                inc("sinkhole", "infrastructure", "Road subsidence and repair on 河南路, incl. the fence crash", c1["key"]),
            ],
        },
        "notes": "The emergency permit arrives 15 min before its start; its amendment arrives at 17:55 with the same start and a new end.",
    }
    return s, truth


def s1102():
    s = Situation(1102, "ring_road_two_crashes", (2016, 1, 29))
    c1p = offset(*P("SN-VD-HUANZHONG-02"), 15, 5)
    c2p = P("SN-SIG-003")
    s.add("fire_alarm", "fault", s.t(22, 30), None, None, sensor="SN-FA-001", text="預備電源電壓不足")
    x = s.scatter(*c1p, 15, 60)
    k1 = s.add("1999", "traffic_accident", s.t(22, 41), lag(s, s.t(22, 41)), "crash1", lon=x[0], lat=x[1],
               text="環中路往臺灣大道方向，一台車撞上分隔島，車頭全毀")
    s.add("incident", "traffic_accident", s.t(22, 42), lag(s, s.t(22, 42), 120, 300), "crash1", lon=c1p[0], lat=c1p[1], severity="Moderate",
          text="環中路二段 西向 自小客車自撞分隔島 駕駛無明顯外傷")
    s.add("cctv", "stalled_vehicle", s.t(22, 44), None, "crash1", sensor="SN-CCTV-002", confidence=0.79)
    s.add("rule", "congestion", s.t(22, 47), None, "crash1", sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 14 km/h")
    p1 = s.add("incident", "traffic_accident", s.t(22, 50), lag(s, s.t(22, 50)), "crash1", lon=c1p[0], lat=c1p[1], severity="Moderate",
               text="自撞駕駛酒測值0.45mg/L 依公共危險罪移送")
    k2 = s.add("cctv", "accident", s.t(22, 52), None, "crash2", sensor="SN-CCTV-003", confidence=0.83)
    x = s.scatter(*c2p, 10, 50)
    s.add("1999", "traffic_accident", s.t(22, 53), lag(s, s.t(22, 53)), "crash2", lon=x[0], lat=x[1], text="中科路環中路口機車跟汽車撞，騎士躺在地上不動")
    a2 = s.add("119", "ambulance", s.t(22, 54), None, "crash2", lon=c2p[0], lat=c2p[1], text="環中路二段/中科路口 汽機車事故 騎士意識不清")
    s.add("incident", "injury_accident", s.t(22, 55), lag(s, s.t(22, 55), 120, 300), "crash2", lon=c2p[0], lat=c2p[1], severity="Severe",
          text="環中路二段/中科路口 東向 機車與自小客車碰撞 騎士頭部受傷")
    mid = offset(c1p[0], c1p[1], 90, 25)
    s.add("1999", "traffic_accident", s.t(22, 56), lag(s, s.t(22, 56)), "crash1", lon=mid[0], lat=mid[1], text="環中路上有車禍，警察在處理，要不要幫忙",
          truth_alt="crash2")
    s.add("rule", "congestion", s.t(23, 0), None, "crash1", sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 17 km/h", truth_alt="crash2")
    s.add("119", "ambulance", s.t(23, 5), None, "crash2", lon=c2p[0], lat=c2p[1], status="on_scene", follows=a2["key"])
    x = s.scatter(*P("SN-PK-001"), 20, 100)
    s.add("1999", "noise", s.t(23, 10), lag(s, s.t(23, 10)), None, lon=x[0], lat=x[1], text="轉運中心旁邊有改裝車一直催油門，很吵")
    s.add("cctv", "wrong_way", s.t(23, 15), None, "crash2", sensor="SN-CCTV-003", confidence=0.55, truth_alt=None)
    s.add("incident", "road_reopened", s.t(23, 20), lag(s, s.t(23, 20)), "crash1", lon=c1p[0], lat=c1p[1], severity="Minor",
          text="自撞車輛拖離 環中路西向恢復通行", follows=p1["key"])
    s.add("119", "ambulance", s.t(23, 25), None, "crash2", lon=c2p[0], lat=c2p[1], status="returning", follows=a2["key"], text="傷者送往中國醫藥大學附設醫院")
    x = s.scatter(*P("SN-PK-006"), 30, 150)
    s.add("1999", "illegal_parking", s.t(23, 30), lag(s, s.t(23, 30)), None, lon=x[0], lat=x[1], text="會展中心停車場出口有車違停擋住")
    s.add("incident", "road_reopened", s.t(23, 45), lag(s, s.t(23, 45)), "crash2", lon=c2p[0], lat=c2p[1], severity="Minor",
          text="中科路口事故處理完畢 恢復通行")
    truth = {
        "description": "Friday night on 環中路二段: at 22:40 a drunk driver hits the median westbound near 凱旋路; twelve minutes later, 220 m east at the 中科路 junction, a car and a scooter collide eastbound (rider badly hurt). Same road, same category, 220 m and 12 min apart: two incidents. A mid-way caller and the eastern detector sit between them.",
        "incidents": [
            inc("crash1", "traffic", "Drunk driver's self-crash into the median, 環中路二段 westbound", k1["key"]),
            inc("crash2", "traffic", "Car-scooter injury crash at 環中路二段/中科路 eastbound", k2["key"]),
        ],
        "alternative_reading": {
            "why": "The mid-way caller ('police are handling it') could be looking at either scene; the westbound queue at SN-VD-HUANZHONG-03 could be rubbernecking at crash 2; the CCTV wrong-way hit is likely cars being waved round crash 2 and may be background.",
            "incidents": [
                inc("crash1", "traffic", "Drunk driver's self-crash, westbound", k1["key"]),
                inc("crash2", "traffic", "Car-scooter injury crash at 中科路", k2["key"]),
            ],
        },
        "notes": "The camera at 凱旋路 (SN-CCTV-002) sees crash 1's stopped car about 250 m away along the road, farther than the 中科路 camera is from crash 2.",
    }
    return s, truth


ALL = [s1097, s1098, s1099, s1100, s1101, s1102]

if __name__ == "__main__":
    for fn in ALL:
        s, truth = fn()
        n = s.write(truth)
        print(s.number, s.name, n)
