"""Situations 97-102 (oracle5). Run: python3 gen_b.py"""
from datetime import timedelta
from lib import Situation, SENSORS, ROADS, along, offset


def S(sid):
    return (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


def plus(dt, **kw):
    return dt + timedelta(**kw)


def relabel(incidents, **changes):
    out = []
    for i in incidents:
        d = dict(i)
        d.update(changes.get(i["label"], {}))
        out.append(d)
    return out


# ---------------------------------------------------------------- 97
def s97():
    s = Situation(97, "huanzhong_crash_then_fire", "2026-01-08", 9707,
                  "深夜環中路/中清路口砂石車撞上左轉轎車，轎車起火並撞倒號誌；消防射水流進地下道觸發淹水感測；"
                  "回堵車陣 400 公尺外再發生追撞。")
    X = S("SN-SIG-008")
    r = s.f119("rescue", s.scatter(*X, 0, 30), "23:10:40",
               "北屯區環中路與中清路口 砂石車與自小客碰撞 一人受困 派遣救助及救護", "I1", key="97-F-1")
    s.cctv("accident", "SN-CCTV-008", "23:11:05", 0.77, "中清路/環中路 路口偵測事故", "I1")
    s.signal("fault", "SN-SIG-008", "23:11:30", "中清路/環中路 號誌 燈桿受撞 通訊中斷", "I1")
    s.c1999("traffic_accident", s.scatter(*X, 30, 120), "23:12", "環中路中清路口大車撞小車，很嚴重。", "I1")
    s.cctv("smoke", "SN-CCTV-008", "23:13:20", 0.83, "中清路/環中路 路口偵測煙霧", "I1", truth_alt="I1F")
    f = s.f119("fire", s.scatter(*X, 0, 20), "23:14", "同址車輛起火 加派水箱車", "I1", truth_alt="I1F", key="97-F-2")
    for i, tm in enumerate(["23:14:40", "23:15:30", "23:17:10"]):
        s.c1999("fire_smoke", s.scatter(*X, 60, 400), tm,
                ["中清環中路口車子燒起來了！", "交流道下面有火，黑煙很大。", "車禍的車在燒，裡面好像還有人。"][i],
                "I1", truth_alt="I1F")
    pa = s.police("injury_accident", "Severe", s.scatter(*X, 0, 15), "23:16",
                  "第五分局：環中路/中清路口 砂石車與自小客碰撞後起火 駕駛受困 一人重傷", "I1", key="97-PR-1")
    s.f119("rescue", X, "23:18", "到達現場 受困者救出 送往中國醫藥大學附設醫院", "I1", key="97-F-1b", follows="97-F-1")
    s.f119("fire", X, "23:18:30", "到達現場 車輛火勢撲滅中", "I1", truth_alt="I1F", key="97-F-2b", follows="97-F-2")
    s.rule("congestion", "SN-VD-HUANZHONG-03", "23:20", "環中路車輛偵測器3 平均車速 6 km/h", "I1")
    s.rule("congestion", "SN-VD-ZHONGQING-01", "23:22", "中清路車輛偵測器1 平均車速 11 km/h", "I1")
    s.rule("flood_depth", "SN-FL-006", "23:25", "中清環中路口地下道 淹水深度 9 cm", "I1", level="1-15", truth_alt="I1F")
    rc = s.police("road_closure", "Severe", offset(X[0], X[1], -80, 0), "23:30",
                  "第五分局：環中路往東（經貿路至中清路）封閉 車輛改道", "I1", key="97-PR-RC")
    s.rule("congestion", "SN-VD-HUANZHONG-02", "23:34", "環中路車輛偵測器2 平均車速 8 km/h", "I1")
    Y = (120.65345, 24.19848)
    i2 = s.cctv("accident", "SN-CCTV-004", "23:38", 0.69, "經貿路二段/環中路二段 路口偵測事故", "I2", truth_alt="I2")
    del i2["truth_alt"]
    s.police("accident", "Minor", s.scatter(*Y, 0, 20), "23:45", "第五分局：環中路/經貿路口 回堵車陣追撞 無人受傷",
             "I2", key="97-PR-2")
    s.c1999("traffic_accident", s.scatter(*Y, 30, 100), "23:41", "環中路塞車又撞一台，在經貿路口。", "I2")
    s.f119("rescue", X, "23:40", "救護車送醫完畢 返隊", "I1", key="97-F-1c", follows="97-F-1")
    s.c1999("noise", s.scatter(120.6680, 24.2000, 0, 200), "23:50", "北屯這邊有人改裝車一直催油門。", None)
    s.police("accident", "Minor", Y, "+1d 00:05", "環中路/經貿路口追撞 車輛移置", "I2",
             follows="97-PR-2")
    s.f119("fire", X, "+1d 00:05", "殘火處理完畢 返隊", "I1", truth_alt="I1F", key="97-F-2c", follows="97-F-2")
    s.rule("cleared", "SN-FL-006", "+1d 00:20", "中清環中路口地下道 淹水深度 0 cm，解除", "I1", severity="Unknown",
           truth_alt="I1F")
    s.police("road_closure", "Minor", offset(X[0], X[1], -80, 0), "+1d 00:30", "事故車輛拖離 環中路恢復通行", "I1",
             follows="97-PR-RC")
    s.signal("restored", "SN-SIG-008", "+1d 02:10", "中清路/環中路 號誌 搶修完成 恢復正常", "I1")
    s.incident("I1", "traffic", "環中路/中清路口砂石車撞左轉轎車，轎車起火、燈桿受撞號誌失效，一人受困重傷；"
               "射水流入地下道；環中路往東封閉", r["key"])
    s.incident("I2", "traffic", "回堵車陣中環中路/經貿路口追撞，無人受傷", i2["key"])
    s.alternative(
        "消防局可能把『車輛起火』另開火災案（119 另一案號），煙霧、起火通報、地下道積水屬火災案，碰撞、號誌、封路屬交通案。",
        relabel(s.incidents) + [{"label": "I1F", "type": "fire", "description": "事故車輛起火（消防另案）",
                                  "sufficient_evidence_key": f["key"]}])
    s.notes = "119 救助案（97-F-1）先於任何感測告警到達；地下道淹水感測來自消防射水，不是淹水事件。"
    return s


# ---------------------------------------------------------------- 98
def s98():
    s = Situation(98, "moving_car_fire_and_wrong_way_pursuit", "2026-10-05", 9808,
                  "下班尖峰兩件移動中的事件在中清/環中交會：一輛冒煙的轎車沿中清路往南行駛 1.6 公里後停下起火；"
                  "同時一輛逆向車沿環中路往西逃逸，被警方追到台74線路口撞車。")
    Z = ROADS["zhongqing"]
    X = S("SN-CCTV-008")
    # route: from 中清/環中 (frac ~0.29) south to VD-ZHONGQING-02 (~0.58)
    s.rule("congestion", "SN-VD-HUANZHONG-01", "17:30", "環中路車輛偵測器1 平均車速 19 km/h（下班尖峰）", None)
    m1 = s.cctv("smoke", "SN-CCTV-008", "17:32:10", 0.58, "中清路/環中路 往南車道 行進車輛冒煙", "M1")
    w1 = s.cctv("wrong_way", "SN-CCTV-008", "17:34:00", 0.88, "中清路/環中路 環中路往西車道 逆向車輛", "M2")
    m1c = s.c1999("fire_smoke", s.scatter(*along(Z, 0.36), 10, 60), "17:33:20", "中清路往南有一台白色車一直冒煙還在開。", "M1")
    s.cctv("wrong_way", "SN-CCTV-004", "17:35:10", 0.91, "經貿路二段/環中路二段 逆向車輛往西", "M2")
    s.c1999("fire_smoke", s.scatter(*along(Z, 0.44), 10, 80), "17:35:30", "中清路有車子冒煙，跟在後面很可怕。", "M1")
    pw = s.police("wrong_way_driver", "Severe", s.scatter(120.6500, 24.1973, 0, 30), "17:36",
                  "第六分局：巡邏車追緝環中路往西逆向車輛 請前方路口警戒", "M2", key="98-PR-W")
    s.cctv("wrong_way", "SN-CCTV-003", "17:34:20", 0.86, "中科路/環中路二段 逆向車輛往西", "M2", arrival="17:35:58")
    s.police("fire_report", "Moderate", s.scatter(*along(Z, 0.49), 0, 40), "17:36:30",
             "第五分局：民眾攔停巡邏車 稱中清路往南一車冒煙 員警尾隨", "M1", key="98-PR-F")
    s.cctv("wrong_way", "SN-CCTV-002", "17:36:40", 0.84, "凱旋路/環中路二段 逆向車輛往西", "M2")
    s.cctv("wrong_way", "SN-CCTV-001", "17:37:20", 0.79, "台74線/環中路二段 逆向車輛", "M2")
    END = along(Z, 0.58)
    CR = (120.6472, 24.19586)
    s.cctv("accident", "SN-CCTV-001", "17:38:00", 0.85, "台74線/環中路二段 路口偵測事故", "M2", truth_alt="M2C")
    fm = s.f119("fire", s.scatter(*END, 0, 20), "17:38:10", "北屯區中清路二段 行駛中車輛起火 駕駛已下車 派遣 2 車", "M1",
                key="98-F-1")
    pc = s.police("injury_accident", "Severe", s.scatter(*CR, 0, 15), "17:39",
                  "第六分局：逆向車於台74線/環中路口撞擊自小客 兩人受傷 逆向駕駛疑酒駕 已壓制", "M2",
                  truth_alt="M2C", follows="98-PR-W", key="98-PR-C")
    s.f119("ambulance", s.scatter(*CR, 0, 20), "17:39:30", "西屯區環中路二段台74線口 車禍 兩人受傷 派遣救護車", "M2",
           truth_alt="M2C", key="98-F-2")
    for i, tm in enumerate(["17:38:40", "17:39:10", "17:40:00", "17:42:30"]):
        s.c1999("fire_smoke", s.scatter(*END, 20, 180), tm,
                ["中清路上一台車燒起來了！", "中清路二段車子起火，火很大。", "有車在路邊燒，黑煙。", "中清路火燒車，要繞路。"][i], "M1")
    for i, tm in enumerate(["17:40:20", "17:41:50"]):
        s.c1999("traffic_accident", s.scatter(*CR, 30, 150), tm,
                ["環中路台74那邊車禍，好像是逆向的車。", "環中路口撞車，警車很多。"][i], "M2", truth_alt="M2C")
    s.rule("congestion", "SN-VD-JINGMAO-01", "17:40", "經貿路車輛偵測器1 平均車速 21 km/h（下班尖峰）", None)
    s.rule("congestion", "SN-VD-ZHONGQING-02", "17:45", "中清路車輛偵測器2 平均車速 7 km/h", "M1")
    s.rule("congestion", "SN-VD-HUANZHONG-02", "17:45", "環中路車輛偵測器2 平均車速 9 km/h", "M2", truth_alt="M2C")
    s.f119("fire", END, "17:46", "到達現場 引擎室起火 撲滅中", "M1", key="98-F-1b", follows="98-F-1")
    s.f119("ambulance", CR, "17:55", "傷者兩名送往榮民總醫院 返隊", "M2", truth_alt="M2C", key="98-F-2b", follows="98-F-2")
    s.police("stalled_vehicle", "Minor", END, "18:05", "中清路二段火燒車殘骸佔用外側車道 待拖吊", "M1", follows="98-PR-F")
    s.f119("fire", END, "18:20", "火勢撲滅 無人受傷 返隊", "M1", key="98-F-1c", follows="98-F-1")
    s.police("injury_accident", "Minor", CR, "18:40", "台74線/環中路口事故現場排除 逆向駕駛酒測 0.62 mg/L 移送", "M2",
             truth_alt="M2C", follows="98-PR-C")
    s.c1999("illegal_parking", s.scatter(120.6600, 24.1960, 0, 100), "18:10", "黎明路轉角違停。", None)
    s.incident("M1", "fire", "轎車沿中清路往南冒煙行駛約 1.6 公里，於中清路二段停下起火，撲滅無人傷", m1c["key"])
    s.incident("M2", "traffic", "逆向車沿環中路往西（中清路→台74線）遭警方追緝，於台74線/環中路口撞車兩人受傷，駕駛酒駕",
               w1["key"])
    s.alternative(
        "逆向追緝與最後的撞車可分成兩案：追緝（警方）與台74線口傷害事故（交通＋救護）。",
        relabel(s.incidents) + [{"label": "M2C", "type": "traffic",
                                  "description": "台74線/環中路口逆向車撞擊事故，兩人受傷",
                                  "sufficient_evidence_key": pc["key"]}])
    s.notes = ("同一支攝影機 SN-CCTV-008 在兩分鐘內先後報出兩個不同移動事件的第一筆證據。"
               "SN-CCTV-003 的時鐘慢約 90 秒，它的 observed 早於車輛實際經過、也早於上游的 SN-CCTV-004。")
    return s


# ---------------------------------------------------------------- 99
def s99():
    s = Situation(99, "xitun_underpass_recurring", "2026-05-20", 9909,
                  "西屯區臺灣大道/環中路口（園區外西南）午後兩波雷雨：地下道兩度積水封閉、號誌兩度故障，"
                  "第一波結束後案件已結，第二波再開；筏子溪水位升至二級警戒。")
    U = S("SN-FL-010")
    SG = (120.63188, 24.17485)
    s.rule("heavy_rain", "C0F9T0", "14:05", "西屯雨量站 時雨量 44 mm，達大雨標準", None, level="大雨", truth_alt="W1")
    s.rule("flood_depth", "SN-FL-010", "14:12", "臺灣大道環中路口地下道 淹水深度 8 cm", "W1", level="1-15")
    sg1 = s.signal("fault", "SN-SIG-009", "14:18", "臺灣大道/環中路 號誌 疑雷擊 閃黃", "S1")
    s.cctv("signal_dark", "SN-CCTV-009", "14:19", 0.74, "臺灣大道/環中路 號誌異常", "S1")
    w1 = s.rule("flood_depth", "SN-FL-010", "14:20", "臺灣大道環中路口地下道 淹水深度 22 cm", "W1", level="16-30")
    s.dup(w1, "14:31:05")
    s.c1999("flooding", s.scatter(*U, 20, 120), "14:22", "臺灣大道環中路地下道積水，機車過不去。", "W1",
            arrival="14:47")
    s.c1999("traffic_signal", s.scatter(*SG, 20, 100), "14:24", "臺灣大道環中路口紅綠燈一直閃黃燈。", "S1")
    s.police("flooding_report", "Moderate", s.scatter(*U, 0, 30), "14:25", "第六分局：臺灣大道環中路口地下道積水約 20 公分", "W1")
    s.cctv("flooding", "SN-CCTV-009", "14:28", 0.80, "臺灣大道/環中路 地下道口積水", "W1", at=offset(U[0], U[1], -20, 20))
    rc1 = s.police("road_closure", "Severe", s.scatter(*U, 0, 20), "14:30", "第六分局：臺灣大道環中路口地下道雙向封閉", "W1",
                   key="99-PR-RC1")
    s.police("traffic_signal_fault", "Moderate", s.scatter(*SG, 0, 15), "14:35", "第六分局：臺灣大道/環中路口號誌故障 派員指揮",
             "S1", key="99-PR-S1")
    s.rule("congestion", "SN-VD-HUANZHONG-04", "14:40", "環中路車輛偵測器4 平均車速 12 km/h", "W1", truth_alt=None)
    s.rule("flood_depth", "SN-FL-010", "14:55", "臺灣大道環中路口地下道 淹水深度 38 cm", "W1", level=">30")
    s.rule("water_level", "SN-WL-004", "15:00", "筏子溪西屯水位 97.31 m，達三級警戒", "R1", level="3")
    s.signal("restored", "SN-SIG-009", "15:05", "臺灣大道/環中路 號誌 恢復正常", "S1")
    s.police("traffic_signal_fault", "Minor", SG, "15:08", "號誌恢復 員警撤離", "S1", follows="99-PR-S1")
    s.c1999("flooding", s.scatter(120.6255, 24.1805, 0, 60), "15:15", "西屯路巷子口有一點積水，水溝排比較慢。", None)
    s.rule("cleared", "SN-FL-010", "15:40", "臺灣大道環中路口地下道 淹水深度 2 cm，解除", "W1", severity="Unknown")
    s.police("road_closure", "Minor", U, "15:50", "地下道抽水完畢 解除封閉", "W1", follows="99-PR-RC1")
    s.c1999("streetlight", s.scatter(120.6300, 24.1780, 0, 100), "16:10", "臺灣大道旁路燈不亮。", None)
    # second cell
    s.rule("heavy_rain", "C0F9T0", "16:40", "西屯雨量站 3 小時累積雨量 104 mm，達豪雨標準", None, level="豪雨", truth_alt="W1")
    s.rule("flood_depth", "SN-FL-010", "17:02", "臺灣大道環中路口地下道 淹水深度 11 cm", "W2", level="1-15", truth_alt="W1")
    w2 = s.c1999("flooding", s.scatter(*U, 20, 150), "17:06", "地下道又淹水了，剛剛才退。", "W2", truth_alt="W1")
    for tm in ("17:08", "17:11"):
        s.c1999("flooding", s.scatter(*U, 50, 250), tm, "臺灣大道環中路口積水，車子在地下道前迴轉。", "W2", truth_alt="W1")
    s.rule("flood_depth", "SN-FL-010", "17:10", "臺灣大道環中路口地下道 淹水深度 25 cm", "W2", level="16-30", truth_alt="W1")
    s.cctv("flooding", "SN-CCTV-009", "17:12", 0.77, "臺灣大道/環中路 地下道口積水", "W2", truth_alt="W1",
           at=offset(U[0], U[1], -20, 20))
    s.police("road_closure", "Severe", s.scatter(*U, 0, 20), "17:15", "第六分局：臺灣大道環中路口地下道再度封閉", "W2",
             truth_alt="W1", key="99-PR-RC2")
    sg2 = s.signal("fault", "SN-SIG-009", "17:20", "臺灣大道/環中路 號誌 閃黃", "S2", truth_alt="S1")
    s.c1999("traffic_signal", s.scatter(*SG, 30, 120), "17:25", "又是閃黃燈，路口很亂。", "S2", truth_alt="S1")
    s.rule("water_level", "SN-WL-004", "17:30", "筏子溪西屯水位 97.95 m，達二級警戒", "R1", level="2")
    s.rule("congestion", "SN-VD-HUANZHONG-04", "17:35", "環中路車輛偵測器4 平均車速 10 km/h", "W2", truth_alt=None)
    s.signal("restored", "SN-SIG-009", "17:50", "臺灣大道/環中路 號誌 恢復正常", "S2", truth_alt="S1")
    s.rule("cleared", "SN-WL-004", "18:20", "筏子溪西屯水位 97.05 m，解除警戒", "R1", severity="Unknown")
    s.rule("cleared", "SN-FL-010", "18:30", "臺灣大道環中路口地下道 淹水深度 3 cm，解除", "W2", severity="Unknown", truth_alt="W1")
    s.police("road_closure", "Minor", U, "18:40", "地下道解除封閉", "W2", truth_alt="W1", follows="99-PR-RC2")
    wl2 = [i for i in s.items if i["category"] == "water_level" and i.get("level") == "2"][0]
    s.incident("W1", "flood", "第一波雷雨：臺灣大道環中路口地下道積水最深 38 cm，14:30-15:50 封閉", w1["key"])
    s.incident("S1", "traffic", "第一波雷雨：臺灣大道/環中路口號誌疑雷擊閃黃，員警指揮", sg1["key"])
    s.incident("W2", "flood", "第二波雷雨：同一地下道 17:02 再度積水，17:15-18:40 封閉（第一案已於 15:50 結案）", w2["key"])
    s.incident("S2", "traffic", "第二波雷雨：同一路口號誌再度閃黃 30 分鐘", sg2["key"])
    s.incident("R1", "flood", "筏子溪西屯水位升至二級警戒，水利局監看", wl2["key"])
    s.alternative(
        "協調員可能把同一地點的第二波當成第一案的重開（同一案號），兩波號誌故障亦同；地下道封閉造成的環中路回堵也可能只當背景。",
        [dict(s.incidents[0]), dict(s.incidents[1]), dict(s.incidents[4])])
    return s


# ---------------------------------------------------------------- 100
def s100():
    s = Situation(100, "routine_morning_fallen_tree", "2026-12-03", 10010,
                  "平常的週四早上：大量例行 1999、上班尖峰回堵、停車場滿、一次消防誤報、一次攝影機煙霧誤判、"
                  "號誌短暫閃爍；真正要派工的只有北屯中清路路樹倒塌和河南路坑洞造成的機車摔車。")
    rng = s.rng
    routine = [
        ("streetlight", (120.6610, 24.1790), "07:05", "敦化路一段路燈不亮。"),
        ("noise", (120.6620, 24.1900), "07:12", "清晨垃圾車音樂太大聲。"),
        ("illegal_parking", (120.6530, 24.1960), "07:20", "黎明路公車站前有車違停。"),
        ("road_damage", (120.6500, 24.1720), "07:26", "河南路靠中平路有坑洞，機車騎過去會跳。"),
        ("streetlight", (120.6480, 24.1880), "07:33", "凱旋路路燈白天還亮著。"),
        ("illegal_parking", (120.6590, 24.1850), "07:48", "經貿路三段人行道停機車。"),
        ("other", (120.6560, 24.1830), "07:55", "公園垃圾桶滿了沒人清。"),
        ("blocked_drain", (120.6450, 24.1690), "08:02", "河南路二段水溝有異味。"),
        ("noise", (120.6670, 24.1960), "08:20", "北屯這邊工地一早打樁。"),
        ("illegal_parking", (120.6640, 24.1880), "08:35", "中清路慢車道被貨車佔用。"),
        ("streetlight", (120.6570, 24.1760), "09:05", "中平路路燈閃爍。"),
        ("road_damage", (120.6540, 24.1880), "09:20", "中科路人行道地磚翹起來。"),
        ("other", (120.6520, 24.1930), "09:48", "黎明路有流浪狗群追機車。"),
        ("illegal_parking", (120.6555, 24.1955), "10:12", "經貿六停車場出口有車併排。"),
        ("noise", (120.6600, 24.1820), "10:40", "社區旁邊餐廳排風機很吵。"),
        ("streetlight", (120.6490, 24.1950), "11:05", "凱旋路口路燈燈罩快掉下來。"),
    ]
    for cat, at, tm, txt in routine:
        s.c1999(cat, s.scatter(*at, 0, 40), tm, txt, None)
    for sid, tm in (("SN-VD-HUANZHONG-03", "07:40"), ("SN-VD-ZHONGQING-01", "07:50"), ("SN-VD-ZHONGQING-02", "08:05"),
                    ("SN-VD-HENAN-01", "08:10"), ("SN-VD-JINGMAO-01", "08:15"), ("SN-VD-KAIXUAN-01", "08:18")):
        s.rule("congestion", sid, tm, "%s 平均車速低於門檻（上班尖峰）" % SENSORS[sid]["name"], None)
    s.parking("SN-PK-001", "08:30", "水湳轉運中心停車場 汽車位已滿（通勤）", None)
    s.parking("SN-PK-002", "08:50", "經貿六停車場 汽車位已滿", None)
    s.f119("ambulance", s.scatter(120.6630, 24.1950, 0, 100), "08:25", "北屯區 住宅 長者跌倒 派遣救護車", None)
    T = (120.6633, 24.1883)
    t1 = s.c1999("fallen_tree", s.scatter(*T, 10, 50), "08:41", "中清路二段路樹倒下來擋住外側車道。", "T1")
    s.c1999("fallen_tree", s.scatter(*T, 30, 120), "08:44", "中清路有大樹倒在路上，車子要閃。", "T1")
    s.c1999("fallen_tree", s.scatter(*T, 20, 80), "08:50", "路樹倒了壓到機車格。", "T1")
    pt = s.police("fallen_object", "Moderate", s.scatter(*T, 0, 15), "08:52",
                  "第五分局：中清路二段路樹倒塌佔用外側車道 放置交通錐 通知建設局", "T1", key="100-PR-T")
    s.rule("congestion", "SN-VD-ZHONGQING-02", "08:57", "中清路車輛偵測器2 平均車速 12 km/h", "T1", truth_alt=None)
    s.panel("alarm", "SN-FA-010", "09:12", "中國醫藥大學水湳校區 5F 實驗室 偵煙式探測器動作", None, truth_alt="FX")
    s.panel("normal", "SN-FA-010", "09:15", "中國醫藥大學水湳校區 受信總機復歸（現場確認為水氣誤報）", None, truth_alt="FX")
    s.police("fallen_object", "Minor", T, "10:10", "路樹已鋸除清運 恢復通行", "T1", follows="100-PR-T")
    s.cctv("smoke", "SN-CCTV-002", "10:05", 0.38, "凱旋路/環中路二段 疑似煙霧", None)
    s.signal("fault", "SN-SIG-003", "10:30", "中科路/環中路二段 號誌 閃爍異常", None, truth_alt="SX")
    s.signal("restored", "SN-SIG-003", "10:36", "中科路/環中路二段 號誌 恢復正常", None, truth_alt="SX")
    s.f119("ambulance", s.scatter(120.6500, 24.1850, 0, 150), "10:50", "西屯區 住宅 身體不適 派遣救護車", None)
    P = (120.6501, 24.1719)
    t2 = s.police("accident", "Minor", s.scatter(*P, 0, 15), "11:20", "第六分局：河南路 機車騎經坑洞自摔 騎士擦傷", "T2",
                  key="100-PR-P")
    s.f119("ambulance", s.scatter(*P, 0, 20), "11:21", "西屯區河南路 機車自摔 派遣救護車", "T2")
    s.c1999("road_damage", s.scatter(*P, 10, 40), "11:30", "河南路那個坑洞害人摔車了，拜託快補。", "T2")
    s.rule("congestion", "SN-VD-HENAN-02", "11:32", "河南路車輛偵測器2 平均車速 18 km/h", "T2", truth_alt=None)
    s.police("accident", "Minor", P, "11:55", "坑洞已通知建設局緊急修補 現場排除", "T2", follows="100-PR-P")
    # the 07:26 pothole report is the cause of T2
    first_pot = [i for i in s.items if i["category"] == "road_damage" and i["observed"].endswith("23:26:00Z")][0]
    first_pot["truth_alt"] = "T2"
    s.incident("T1", "traffic", "北屯區中清路二段路樹倒塌佔用外側車道，鋸除清運", t1["key"])
    s.incident("T2", "traffic", "河南路坑洞造成機車自摔，騎士擦傷，坑洞緊急修補", t2["key"])
    s.alternative(
        "較謹慎的協調員會把校區火警開案再結案（FX）、把 6 分鐘號誌閃爍開案（SX），並把 07:26 的坑洞 1999 併入 T2；"
        "兩個車輛偵測器回堵則當尖峰背景。",
        [dict(i) for i in s.incidents] + [
            {"label": "FX", "type": "fire", "description": "中國醫藥大學水湳校區火警誤報（開案即結）",
             "sufficient_evidence_key": [i for i in s.items if i["sensor_id"] == "SN-FA-010"][0]["key"]},
            {"label": "SX", "type": "traffic", "description": "中科路/環中路號誌短暫閃爍",
             "sufficient_evidence_key": [i for i in s.items if i["sensor_id"] == "SN-SIG-003"][0]["key"]}])
    return s


# ---------------------------------------------------------------- 101
def s101():
    s = Situation(101, "convention_centre_expo_long_day", "2026-10-24", 10111,
                  "週六會展中心全天展覽（09:00-18:00）：整天的人潮與停車，扒竊集團三次得手、"
                  "一名男童走失、佈展堆高機壓傷、兩次消防面板事件。")
    E = (120.6550, 24.1944)
    pe = s.permit("exhibition", E, "09:00", "18:00", "08:00",
                  "許可：臺中國際會展中心 汽車電動車大展 09:00-18:00，預估 3 萬人次，管制範圍會展中心周邊 500 公尺", "C1")
    s.rule("congestion", "SN-VD-JINGMAO-01", "09:35", "經貿路車輛偵測器1 平均車速 14 km/h", "C1")
    s.parking("SN-PK-006", "09:40", "臺中國際會展中心停車場 汽車位已滿", "C1")
    s.rule("congestion", "SN-VD-LIMING-01", "09:55", "黎明路車輛偵測器1 平均車速 16 km/h", "C1")
    s.parking("SN-PK-001", "10:05", "水湳轉運中心停車場 汽車位已滿", "C1")
    s.parking("SN-PK-002", "10:10", "經貿六停車場 汽車位已滿", "C1")
    s.cctv("crowding", "SN-CCTV-005", "10:30", 0.81, "經貿路二段/黎明路三段 行人聚集", "C1")
    pc = s.police("crowd_control", "Moderate", s.scatter(*E, 0, 50), "10:40", "第六分局：會展中心入口人潮 經貿路側人車分流",
                  "C1", key="101-PR-C")
    for i, tm in enumerate(["10:45", "11:20", "12:30", "14:10"]):
        s.c1999("illegal_parking", s.scatter(*E, 200, 600), tm,
                ["經貿路二段違停一整排。", "黎明路三段紅線停滿車。", "看展的車停在社區出入口。", "轉運中心外圍車道被違停佔用。"][i],
                "C1", truth_alt=None)
    s.cctv("crowding", "SN-CCTV-004", "11:00", 0.72, "經貿路二段/環中路二段 行人聚集", "C1")
    p1 = s.police("theft", "Minor", s.scatter(*E, 0, 60), "11:15", "第六分局：會展中心展場 觀眾皮夾遭竊", "P1",
                  truth_alt="C1", key="101-PR-P1")
    s.panel("fault", "SN-FA-002", "11:30", "會展中心 A棟 受信總機 探測器迴路異常", None)
    r2 = s.f119("ambulance", s.scatter(*S("SN-FA-003"), 0, 20), "12:20", "西屯區會展中心 B棟 佈展區 堆高機壓傷腳 派遣救護車",
                "R2", key="101-F-R2")
    s.f119("ambulance", S("SN-FA-003"), "12:48", "傷者送往中國醫藥大學附設醫院 返隊", "R2", key="101-F-R2b", follows="101-F-R2")
    s.c1999("crowding", s.scatter(*E, 50, 200), "13:20", "會展中心門口排隊排到馬路上。", "C1")
    s.police("theft", "Minor", s.scatter(*E, 0, 60), "13:40", "第六分局：展場內手機遭竊 與 11:15 案手法相同", "P1",
             truth_alt="C1", follows="101-PR-P1")
    r1 = s.police("other", "Moderate", s.scatter(*E, 0, 80), "14:05", "第六分局：會展中心展場 5 歲男童走失 家長報案 協尋中", "R1",
                  key="101-PR-R1")
    s.c1999("other", s.scatter(*E, 50, 300), "14:15", "在轉運中心這邊看到一個小男孩一個人在哭。", "R1")
    s.police("other", "Minor", E, "14:40", "走失男童於轉運中心尋獲 交還家長", "R1", follows="101-PR-R1")
    s.parking("SN-PK-006", "14:50", "臺中國際會展中心停車場 汽車位已滿", "C1")
    s.police("theft", "Moderate", s.scatter(*E, 0, 60), "15:50", "第六分局：展場第三起扒竊 疑同一集團 調閱監視器 加派便衣",
             "P1", truth_alt="C1", follows="101-PR-P1")
    s.panel("alarm", "SN-FA-003", "16:05", "會展中心 B棟 偵煙式探測器動作", None, truth_alt="FX")
    s.panel("normal", "SN-FA-003", "16:09", "會展中心 B棟 受信總機復歸（展商煙霧機誤觸）", None, truth_alt="FX")
    s.police("crowd_control", "Moderate", E, "17:40", "散場人潮 經貿路、黎明路管制", "C1", follows="101-PR-C")
    s.cctv("crowding", "SN-CCTV-005", "17:50", 0.84, "經貿路二段/黎明路三段 行人聚集（散場）", "C1")
    s.rule("congestion", "SN-VD-JINGMAO-01", "17:55", "經貿路車輛偵測器1 平均車速 10 km/h（散場）", "C1")
    s.rule("congestion", "SN-VD-HUANZHONG-03", "18:05", "環中路車輛偵測器3 平均車速 15 km/h", "C1", truth_alt=None)
    s.police("theft", "Minor", E, "18:20", "扒竊集團兩名嫌犯於轉運中心查獲", "P1", truth_alt="C1", follows="101-PR-P1")
    s.police("crowd_control", "Minor", E, "18:35", "人潮疏散完畢 解除管制", "C1", follows="101-PR-C")
    s.c1999("streetlight", s.scatter(120.6600, 24.1880, 0, 100), "18:50", "經貿路三段路燈不亮。", None)
    s.incident("C1", "crowd", "會展中心全天展覽（許可 09:00-18:00），入場與散場人潮、三個停車場滿、經貿路/黎明路回堵與違停", pe["key"])
    s.incident("P1", "public_safety", "展場扒竊集團 11:15-15:50 三次得手，18:20 查獲（長案）", p1["key"])
    s.incident("R1", "rescue", "5 歲男童於展場走失，35 分鐘後於轉運中心尋獲", r1["key"])
    s.incident("R2", "rescue", "佈展區堆高機壓傷腳送醫", r2["key"])
    s.alternative(
        "扒竊案可能由活動安全案一併處理；違停陳情當例行 1999；傍晚環中路回堵當一般車流；"
        "B棟煙霧機誤觸可能先開火警案再結案。",
        [dict(i) for i in s.incidents if i["label"] != "P1"] + [
            {"label": "FX", "type": "fire", "description": "會展中心 B棟 煙霧機誤觸（開案即結）",
             "sufficient_evidence_key": [i for i in s.items if i["sensor_id"] == "SN-FA-003" and i["category"] == "alarm"][0]["key"]}])
    return s


# ---------------------------------------------------------------- 102
def s102():
    s = Situation(102, "eco_residential_two_fires_rekindle", "2026-02-17", 10212,
                  "春節夜晚，生態住宅 A區大樓陽台被煙火引燃、相距約 280 公尺的 B區地下室機車起火，兩案同時；"
                  "趕赴現場的消防車在經貿路撞上機車；A區火警結案 80 分鐘後復燃；整晚鞭炮噪音陳情。")
    A = S("SN-FA-011")
    B = S("SN-FA-012")
    fa = s.panel("alarm", "SN-FA-011", "22:31", "水湳生態住宅 A區 集合住宅 12F 偵煙式探測器動作", "A1")
    s.c1999("fire_smoke", s.scatter(*A, 30, 120), "22:32", "經貿路三段大樓陽台起火，好像是煙火射進去。", "A1")
    fA = s.f119("fire", s.scatter(*A, 0, 20), "22:33", "北屯區經貿路三段 集合住宅 12 樓陽台火警 派遣 4 車", "A1", key="102-F-A")
    fb = s.panel("alarm", "SN-FA-012", "22:35", "水湳生態住宅 B區 集合住宅 B1 偵煙式探測器動作", "B1")
    s.c1999("fire_smoke", s.scatter(*B, 20, 80), "22:36", "敦化路一段大樓地下室一直冒煙出來，機車停車場。", "B1")
    s.c1999("fire_smoke", s.scatter((A[0] + B[0]) / 2, (A[1] + B[1]) / 2, 0, 40), "22:37", "社區裡有一棟大樓在冒煙，消防車快來。",
            "A1", truth_alt="B1")
    fB = s.f119("fire", s.scatter(*B, 0, 20), "22:38", "北屯區敦化路一段 集合住宅地下室 機車火警 派遣 2 車", "B1", key="102-F-B")
    s.c1999("fire_smoke", s.scatter(*A, 80, 300), "22:39", "12 樓有火光，陽台燒起來了。", "A1")
    s.police("fire_report", "Severe", s.scatter(*A, 0, 30), "22:40", "第五分局：經貿路三段集合住宅火警 管制經貿路車道 協助疏散",
             "A1", key="102-PR-A", arrival="23:02")
    T = (120.6587, 24.1860)
    t1 = s.police("injury_accident", "Moderate", s.scatter(*T, 0, 15), "22:42",
                  "第五分局：經貿路三段 出勤消防車與機車碰撞 機車騎士受傷", "T1", key="102-PR-T")
    s.f119("ambulance", s.scatter(*T, 0, 20), "22:43", "北屯區經貿路三段 消防車與機車事故 派遣救護車", "T1", key="102-F-T")
    s.c1999("traffic_accident", s.scatter(*T, 20, 100), "22:44", "消防車跟機車撞到了，在經貿路上。", "T1")
    s.f119("fire", A, "22:45", "到達現場 12 樓陽台燃燒 佈線搶救", "A1", key="102-F-A2", follows="102-F-A")
    s.f119("fire", B, "22:46", "到達現場 B1 機車 2 輛燃燒 排煙", "B1", key="102-F-B2", follows="102-F-B")
    s.rule("congestion", "SN-VD-JINGMAO-02", "22:50", "經貿路車輛偵測器2 平均車速 8 km/h", "T1", truth_alt="A1")
    for i, tm in enumerate(["22:55", "23:12", "23:40"]):
        s.c1999("noise", s.scatter(120.6600, 24.1830, 100, 500), tm,
                ["一直放鞭炮，很吵。", "凌晨還在放沖天炮，剛剛都燒到房子了還放。", "社區中庭放煙火，噪音。"][i], None)
    s.f119("ambulance", T, "23:05", "騎士送往中國醫藥大學附設醫院 返隊", "T1", key="102-F-T2", follows="102-F-T")
    s.panel("normal", "SN-FA-012", "23:20", "水湳生態住宅 B區 受信總機 復歸", "B1")
    s.f119("fire", B, "23:30", "火勢撲滅 無人傷亡 返隊", "B1", key="102-F-B3", follows="102-F-B")
    s.police("injury_accident", "Minor", T, "23:35", "消防車事故 現場處理完畢", "T1", follows="102-PR-T")
    s.panel("normal", "SN-FA-011", "23:45", "水湳生態住宅 A區 受信總機 復歸", "A1")
    s.f119("fire", A, "23:50", "火勢撲滅 一名住戶嗆傷送醫 返隊", "A1", key="102-F-A3", follows="102-F-A")
    s.police("fire_report", "Minor", A, "23:55", "火警處理完畢 解除管制", "A1", follows="102-PR-A")
    fa2 = s.panel("alarm", "SN-FA-011", "+1d 01:10", "水湳生態住宅 A區 集合住宅 12F 偵煙式探測器動作", "A2", truth_alt="A1")
    s.c1999("fire_smoke", s.scatter(*A, 20, 100), "+1d 01:12", "剛剛失火那棟又冒煙了！", "A2", truth_alt="A1")
    s.f119("fire", s.scatter(*A, 0, 20), "+1d 01:14", "北屯區經貿路三段 集合住宅 12 樓 復燃 派遣 2 車", "A2", truth_alt="A1",
           key="102-F-A4")
    s.f119("fire", A, "+1d 01:24", "到達現場 陽台雜物悶燒復燃 撲滅中", "A2", truth_alt="A1", key="102-F-A5", follows="102-F-A4")
    s.panel("normal", "SN-FA-011", "+1d 01:50", "水湳生態住宅 A區 受信總機 復歸", "A2", truth_alt="A1")
    s.f119("fire", A, "+1d 02:00", "復燃撲滅 無人傷亡 返隊", "A2", truth_alt="A1", key="102-F-A6", follows="102-F-A4")
    s.incident("A1", "fire", "生態住宅 A區 12 樓陽台被煙火引燃，一名住戶嗆傷；23:50 結案", fa["key"])
    s.incident("B1", "fire", "生態住宅 B區地下室機車 2 輛起火（約 280 公尺外，同時段）", fb["key"])
    s.incident("T1", "traffic", "出勤消防車於經貿路三段與機車碰撞，騎士受傷", t1["key"])
    s.incident("A2", "fire", "A區陽台雜物悶燒復燃（A1 結案後 80 分鐘）", fa2["key"])
    s.alternative(
        "復燃可視為 A1 重開而非新案；位置不明的『有一棟在冒煙』可能指 B區；消防車事故造成的回堵可能記在 A1 的管制下。",
        [dict(s.incidents[0]), dict(s.incidents[1]), dict(s.incidents[2])])
    return s


if __name__ == "__main__":
    for fn in (s97, s98, s99, s100, s101, s102):
        sit = fn()
        print(*sit.write())
