"""Situations 1917-1922: typhoon small hours to dawn (seeded, deterministic)."""
from lib import *
from gen_a import rain, UP6, LK9, JM8, HN7, TW10, JM_N


def s1917():
    s = Sit(1917, "east_power_cut_lift", 23, 30, 60, "東側停電：生態住宅A、B區總機改備用電源、經貿路水位站與淹水感測器斷電；B區電梯受困；中平路路樹壓車；經貿路與臺灣大道地下道仍淹水。")
    rain(s, [("SN-RG-001", "大豪雨", 108, 5), ("C0F9T0", "豪雨", 88, 20)])
    k = s.panel("SN-FA-011", "fault", 4, "P", "設備故障：主電源停電，改由備用電池供電")
    s.panel("SN-FA-012", "fault", 4.6, "P", "設備故障：主電源停電，改由備用電池供電")
    s.status("SN-WL-003", "offline", 5, "P", reason="mains_power_lost")
    s.status("SN-FL-008", "offline", 5.4, "P", reason="mains_power_lost")
    s.status("SN-VD-JINGMAO-02", "offline", 5.8, "P", reason="mains_power_lost")
    s.offline_alert("SN-FL-008", 16, "P")
    s.offline_alert("SN-WL-003", 16.2, "P")
    home = (120.6605, 24.1835)
    for i in range(4):
        s.citizen("power_outage", s.scatter(home, 80, 500), 6 + i * 6, "P", pick(s, POWER_CALL).format(p=pick(s, ["經貿路三段", "敦化路一段", "生態住宅"])))
    s.incident("P", "infrastructure", "東側生態住宅區停電（總機改備用電源、感測器斷電、住戶停電）", k)
    e = s.citizen("rescue", offset(spos("SN-FA-012"), 30, 90), 12, "E", "停電電梯卡在7樓跟8樓中間，裡面有一位阿嬤")
    f = s.fire("rescue", offset(spos("SN-FA-012"), 10, 0), 13, "E", "生態住宅B區停電電梯受困，受困者1名（高齡）")
    s.fire("rescue", offset(spos("SN-FA-012"), 10, 0), 25, "E", "救助隊到場，手動開啟電梯門", status="on_scene", follows=f)
    s.fire("rescue", offset(spos("SN-FA-012"), 10, 0), 38, "E", "受困者已救出，生命徵象穩定", status="closed", follows=f)
    s.incident("E", "rescue", "生態住宅B區停電電梯受困", e)
    tp = road_pt("zhongping", 0.35)
    t = s.citizen("fallen_tree", offset(tp, 80, 270), 30, "T", "中平路大樹倒下來壓到一台車，車裡好像有人")
    f = s.fire("rescue", offset(tp, 5, 0), 32, "T", "中平路路樹倒塌壓住自小客車，駕駛受困")
    s.police("fallen_object", "Severe", offset(tp, 10, 90), 36, "T", "中平路路樹倒塌壓車，占用雙向車道，封閉中平路該路段", )
    s.fire("rescue", offset(tp, 5, 0), 41, "T", "救助隊到場，以油壓剪破壞器材救出駕駛", status="on_scene", follows=f)
    s.congestion("SN-VD-ZHONGPING-02", 11, 40, "T")
    s.fire("rescue", offset(tp, 5, 0), 57, "T", "駕駛手部骨折送醫", status="returning", follows=f)
    s.incident("T", "rescue", "中平路路樹壓車駕駛受困", t)
    flood(s, "F", "經貿路低窪處", JM8, 0, 60, callers=3, repeats=2, police=True, desc="經貿路低窪處淹水（感測器斷電後只剩民眾與員警）")
    flood(s, "F2", "臺灣大道環中路口地下道", TW10, 0, 60, sensor="SN-FL-010", bands=[(2, ">30", 52)], callers=1, cctv="SN-CCTV-009",
          police=False, desc="臺灣大道地下道持續淹水（封閉中）")
    s.notes.append("經貿路淹水感測器SN-FL-008因停電離線：它的離線訊息屬停電案P，而非淹水案F（淹水案由民眾與員警維持）。")
    return s


def s1918():
    s = Sit(1918, "river_signals_false_alarm", 0, 30, 60, "旱溪達二級、一級警戒；經貿路/中平路與河南路/中平路兩個路口號誌控制器各自進水故障；綠美圖漏水造成火警誤報、119出勤；東側恢復供電；經貿路積水退去中；環中路經貿路口擦撞。")
    rain(s, [("SN-RG-003", "豪雨", 96, 3), ("SN-RG-001", "豪雨", 84, 15)])
    r = s.wl_alert("SN-WL-005", "2", 111.85, 5, "RV")
    s.wl_alert("SN-WL-005", "1", 112.45, 35, "RV", dup=1)
    s.citizen("flooding", offset(spos("SN-WL-005"), 300, 260), 40, "RV", "旱溪水快滿到堤防了，橋下都看不到了")
    s.police("evacuation", "Severe", offset(spos("SN-WL-005"), 100, 200), 45, "RV", "旱溪沿岸一級警戒，勸離河堤步道民眾並疏散低窪住戶")
    s.incident("RV", "flood", "旱溪北屯段水位二級→一級警戒，沿岸疏散", r)
    for lab, sid, cv, place, m, others in (("S1", "SN-SIG-011", "SN-CCTV-011", "經貿路中平路口", 8, ()),
                                           ("S2", "SN-SIG-010", "SN-CCTV-010", "河南路中平路口", 20, ("SN-VD-HENAN-02", "SN-VD-ZHONGPING-01"))):
        k = s.signal(sid, "fault", m, lab, "號誌故障：控制器進水，全燈閃黃後熄滅")
        s.cctv(cv, "signal_dark", round(s.rng.uniform(0.7, 0.93), 2), m + 1, lab, "影像分析：路口號誌未亮")
        for o in others:
            s.status(o, "offline", m + 0.5, lab, reason="comms_lost")
        for i in range(2):
            s.citizen("traffic_signal", s.scatter(spos(sid), 30, 300), m + 3 + i * 5, lab, pick(s, SIGNAL_CALL).format(p=place))
        s.police("traffic_signal_fault", "Moderate", spos(sid), m + 9, lab, f"{place}號誌故障，員警到場指揮，已通報號誌維修廠商")
        s.incident(lab, "traffic", f"{place}號誌控制器進水故障", k)
    a = s.panel("SN-FA-004", "alarm", 15, "FA", "火警：3F 偵煙探測器動作")
    f = s.fire("fire", offset(spos("SN-FA-004"), 10, 0), 16, "FA", "臺中綠美圖火警受信總機動作，派遣水湳分隊")
    s.fire("fire", offset(spos("SN-FA-004"), 10, 0), 24, "FA", "到場查看中", status="on_scene", follows=f)
    s.panel("SN-FA-004", "normal", 44, "FA", "復歸")
    s.fire("fire", offset(spos("SN-FA-004"), 10, 0), 45, "FA", "現場為屋頂漏水致偵煙探測器誤動作，無火災", status="closed", follows=f)
    s.incident("FA", "fire", "綠美圖火警總機動作（後證實漏水誤報）", a)
    p = s.citizen("power_outage", s.scatter((120.6605, 24.1835), 100, 400), 3, "P", "經貿路三段還是沒電，已經停一個小時了")
    s.panel("SN-FA-011", "normal", 10, "P", "復歸：主電源恢復"); s.panel("SN-FA-012", "normal", 12, "P", "復歸：主電源恢復")
    for sid, m in (("SN-WL-003", 10.2), ("SN-FL-008", 10.5), ("SN-VD-JINGMAO-02", 11)):
        s.status(sid, "online", m, "P")
    s.incident("P", "infrastructure", "東側停電（前一時段起）復電", p)
    flood(s, "F", "經貿路低窪處", JM8, 11, 60, sensor="SN-FL-008", bands=[(13, "16-30", 26), (40, "16-30", 17)], callers=1, repeats=1,
          police=False, desc="經貿路低窪處積水（復電後感測器回報退水中）")
    crash(s, "C", "環中路二段經貿路口", offset(spos("SN-CCTV-004"), 25, 280), 50, injury=False, callers=1, cctv="SN-CCTV-004",
          desc="環中路/經貿路口改道車流擦撞")
    s.notes.append("經貿路/中平路與河南路/中平路兩個黑燈路口相距約1公里、各自控制器進水，為兩個號誌維修派工。")
    return s


def s1919():
    s = Sit(1919, "pond_overflow_trees", 1, 30, 60, "北滯洪池達一級警戒溢流、北側地下停車場入口進水；環中路三處路樹倒塌（其中一處有車撞上）；河南路同一民眾一再來電。")
    rain(s, [("SN-RG-001", "豪雨", 81, 4), ("C0F9T0", "大雨", 55, 30)])
    w = s.wl_alert("SN-WL-001", "1", 3.05, 10, "W")
    s.flood_alert("SN-FL-001", ">30", 55, 12, "W"); s.flood_alert("SN-FL-002", ">30", 41, 15, "W")
    s.parking("SN-PK-004", "closed", 20, "W", "滯洪池溢流，入口進水，暫停開放")
    s.panel("SN-FA-007", "fault", 22, "W", "設備故障：地下一樓探測器迴路進水短路", alt=None)
    for i in range(2):
        s.citizen("flooding", s.scatter(spos("SN-WL-001"), 80, 350), 18 + i * 9, "W", pick(s, ["公園的水溢到馬路上了", "中央公園北邊滯洪池滿出來，經貿路那段開始淹"]))
    s.police("road_closure", "Severe", offset(spos("SN-PK-004"), 60, 90), 30, "W", "中央公園北側滯洪池溢流，封閉停車場出入口及周邊道路")
    s.incident("W", "flood", "北滯洪池一級警戒溢流，北側地下停車場進水", w)
    for lab, frac, cv, callers in (("T1", 0.12, None, 2), ("T2", 0.42, "SN-CCTV-002", 1), ("T3", 0.86, None, 2)):
        tree(s, lab, "環中路" + {"T1": "臺灣大道附近", "T2": "凱旋路口", "T3": "經貿路口東側"}[lab], offset(road_pt("huanzhong", frac), 15, 0),
             {"T1": 5, "T2": 14, "T3": 26}[lab], callers=callers, cctv=cv, desc=f"環中路路樹倒塌（{ {'T1': '臺灣大道附近', 'T2': '凱旋路口', 'T3': '經貿路口東側'}[lab]}）")
    tp = offset(road_pt("huanzhong", 0.42), 15, 0)
    s.police("accident", "Moderate", offset(tp, 8, 30), 38, "T2", "環中路凱旋路口自小客車撞上倒塌路樹，駕駛無傷", alt="C")
    s.citizen("traffic_accident", offset(tp, 120, 200), 37, "T2", "環中路凱旋路口有車撞到倒在路上的樹", alt="C")
    s.alt_extra.append({"label": "C", "type": "traffic", "description": "環中路凱旋路口車輛撞倒塌路樹", "sufficient_evidence_key": s.items[-2]["key"]})
    flood(s, "F", "河南路低窪處", HN7, 0, 60, sensor="SN-FL-007", bands=[(6, ">30", 36)], callers=1, repeats=4, police=False, desc="河南路低窪處淹水（封閉中），同一民眾反覆來電")
    s.status("SN-RG-003", "offline", 44, None, reason="comms_lost"); s.status("SN-RG-003", "online", 49, None)
    s.alt_why = "撞上倒樹的車禍可視為新的交通事故案；北側停車場總機進水故障可視為不必派遣的雜訊。"
    return s


def s1920():
    s = Sit(1920, "reclamation_fire_receding", 2, 30, 60, "雨勢減弱：水資源回收中心配電室受潮短路起火；河南路、經貿路積水退去；中清環中地下道抽水中；臺灣大道地下道留下泡水車待拖吊；中平路兩號誌恢復。")
    rain(s, [("SN-RG-001", "大雨", 46, 8)])
    a = s.panel("SN-FA-008", "alarm", 10, "FI", "火警：配電室偵熱探測器動作")
    f = s.fire("fire", offset(spos("SN-FA-008"), 10, 0), 11, "FI", "水湳水資源回收中心配電室冒煙，派遣水湳、西屯分隊")
    s.citizen("fire_smoke", offset(spos("SN-FA-008"), 320, 300), 14, "FI", "看到水資源回收中心那邊在冒煙，有燒焦味")
    s.fire("fire", offset(spos("SN-FA-008"), 10, 0), 22, "FI", "到場，配電室內有濃煙", status="on_scene", follows=f)
    s.panel("SN-FA-008", "normal", 50, "FI", "復歸")
    s.fire("fire", offset(spos("SN-FA-008"), 10, 0), 55, "FI", "配電盤受潮短路起火，已撲滅，無人傷", status="closed", follows=f)
    s.incident("FI", "fire", "水資源回收中心配電室短路起火", a)
    flood(s, "F1", "河南路低窪處", HN7, 0, 60, sensor="SN-FL-007", bands=[(5, "16-30", 22), (25, "1-15", 9)], callers=1, police=False,
          cleared_at=50, desc="河南路低窪處積水退去")
    s.police("road_reopened", "Minor", HN7, 55, "F1", "河南路低窪處積水已退，解除封閉恢復通行")
    flood(s, "F2", "經貿路低窪處", JM8, 0, 60, sensor="SN-FL-008", bands=[(5, "16-30", 18), (35, "1-15", 8)], callers=1, repeats=1,
          police=False, desc="經貿路低窪處積水退去中")
    flood(s, "F3", "中清環中地下道", UP6, 0, 60, sensor="SN-FL-006", bands=[(3, ">30", 39)], callers=1, police=False, desc="中清環中地下道抽水中持續封閉")
    s.police("road_closure", "Severe", UP6, 12, "F3", "中清環中地下道抽水中，持續封閉")
    v = s.police("stalled_vehicle", "Moderate", offset(TW10, 30, 10), 15, "F4", "臺灣大道地下道內2輛泡水車待拖吊", alt="V")
    s.cctv("SN-CCTV-009", "stalled_vehicle", 0.86, 16, "F4", "影像分析：車輛停滯於車道", alt="V")
    s.flood_alert("SN-FL-010", "16-30", 24, 8, "F4")
    s.incident("F4", "flood", "臺灣大道地下道退水中、泡水車待拖吊", s.items[-1]["key"])
    s.alt_extra.append({"label": "V", "type": "traffic", "description": "臺灣大道地下道泡水車拖吊", "sufficient_evidence_key": v})
    s.signal("SN-SIG-011", "restored", 20, None, "號誌恢復正常運作")
    s.signal("SN-SIG-010", "restored", 25, None, "號誌恢復正常運作")
    s.status("SN-VD-HENAN-02", "online", 25.5, None); s.status("SN-VD-ZHONGPING-01", "online", 25.7, None)
    s.alt_why = "地下道內的泡水車拖吊可視為獨立的交通派工（拖吊）而非淹水案的一部分。"
    s.notes.append("前一時段號誌案的恢復訊息在本時段單獨出現，沒有可開的案件，依慣例標為背景 null。")
    return s


def s1921():
    s = Sit(1921, "recovery_small_hours", 3, 30, 60, "風雨漸歇：滯洪池、河川水位回降；經貿路殘餘積水與遲來的民眾通報；中清環中地下道抽水中；環中路車禍送醫；凱旋路夜間倒樹遲報；設備陸續恢復連線；流行影音中心總機時鐘錯誤的電池低電壓故障。")
    for sid, m in (("SN-WL-001", 5), ("SN-WL-005", 10), ("SN-WL-004", 20)):
        s.rule(sid, "water_level_falling", "Minor", m, None, f"{sname(sid)} 水位回降至警戒水位以下")
    flood(s, "F", "經貿路低窪處", JM8, 5, 60, sensor="SN-FL-008", bands=[(8, "1-15", 7)], callers=1, police=False, cleared_at=40,
          suff=None, desc="經貿路低窪處殘餘積水")
    s.incidents[-1]["sufficient_evidence_key"] = next(i["key"] for i in s.items if i["truth"] == "F" and i["feed"] == "1999")
    flood(s, "F3", "中清環中地下道", UP6, 0, 60, sensor="SN-FL-006", bands=[(15, "16-30", 23)], callers=0, police=False, desc="中清環中地下道抽水中")
    s.police("road_closure", "Severe", UP6, 5, "F3", "中清環中地下道持續封閉抽水")
    s.citizen("other", offset(UP6, 400, 200), 20, "F3", "中清環中地下道什麼時候會開？要上班")
    s.incidents[-1]["sufficient_evidence_key"] = next(i["key"] for i in s.items if i["truth"] == "F3" and i["feed"] == "incident")
    crash(s, "C", "環中路臺灣大道附近", offset(road_pt("huanzhong", 0.1), 10, 90), 25, callers=1, desc="環中路雨後路滑自撞一人傷")
    tree(s, "T", "凱旋路", road_pt("kaixuan", 0.55), 28, callers=1, police=True, desc="凱旋路夜間倒樹遲報")
    s.incidents[-1]["sufficient_evidence_key"] = next(i["key"] for i in s.items if i["truth"] == "T" and i["feed"] == "1999")
    s.status("SN-CCTV-008", "online", 33, None); s.status("SN-VD-HUANZHONG-03", "online", 33.2, None)
    s.signal("SN-SIG-008", "restored", 34, None, "號誌恢復正常運作（控制箱更換完成）")
    s.status("SN-VD-ZHONGQING-01", "online", 34.5, None)
    s.panel("SN-FA-006", "fault", 42, None, "設備故障：備用電池電壓低", skew_s=8 * 3600, alt="K")
    s.alt_extra.append({"label": "K", "type": "infrastructure", "description": "流行影音中心總機備用電池電壓低（維修單）", "sufficient_evidence_key": s.items[-1]["key"]})
    s.citizen("streetlight", road_pt("zhongke", 0.8), 50, None, "中科路有一盞路燈不亮")
    s.alt_why = "流行影音中心總機的電池低電壓可視為需派維修的設備故障案件。"
    s.notes.append("SN-FA-006 的時鐘以當地時間當作UTC蓋章，observed 比實際早到晚8小時。水位回降與設備恢復連線為前案的結束訊息，本時段單獨出現，標為 null。")
    return s


def s1922():
    s = Sit(1922, "dawn_cleanup", 4, 30, 90, "天亮收尾：晨間通勤者通報三處夜間倒樹；河南路淹水後路面坍陷；經貿路三段整排路燈仍不亮；中清環中地下道解封；河南路中平路口擦撞；水溝堵塞通報。")
    for lab, road, frac, name, m, callers in (("T1", "zhongke", 0.7, "中科路", 8, 3), ("T2", "liming", 0.2, "黎明路三段", 20, 2),
                                             ("T3", "jingmao", 0.86, "經貿路三段", 35, 2)):
        tree(s, lab, name, road_pt(road, frac), m, callers=callers, desc=f"{name}夜間倒樹（晨間通報）")
    rp = road_pt("henan", 0.6)
    k = s.police("road_collapse", "Severe", offset(rp, 5, 0), 15, "RD", "河南路路面坍陷約1公尺見方，深約50公分，已圍設警示")
    for i in range(2):
        s.citizen("road_damage", s.scatter(rp, 30, 200), 10 + i * 12, "RD", pick(s, ["河南路路面塌一個大洞，很危險", "河南路有坑洞，機車差點掉進去"]))
    s.police("road_closure", "Moderate", offset(rp, 10, 180), 25, "RD", "河南路坍陷路段封閉外側車道，請養工處搶修", follows=k)
    s.congestion("SN-VD-HENAN-01", 14, 40, "RD")
    s.incident("RD", "infrastructure", "河南路淹水後路面坍陷", k)
    lp = (120.6603, 24.1790)
    pw = []
    for i in range(2):
        pw.append(s.citizen("streetlight", s.scatter(lp, 50, 300), 12 + i * 15, "PW", "經貿路三段整排路燈都不亮，一片漆黑"))
    s.citizen("power_outage", s.scatter(lp, 50, 300), 30, "PW", "經貿路三段南邊還是停電")
    s.incident("PW", "infrastructure", "經貿路三段南段路燈與住戶仍停電", pw[0])
    s.cleared("SN-FL-006", 10, None, "中清環中路口地下道 淹水深度低於 1 公分，警戒解除")
    s.police("road_reopened", "Minor", UP6, 20, None, "中清環中地下道抽水完成，恢復通行")
    crash(s, "C", "河南路中平路口", offset(spos("SN-CCTV-010"), 20, 200), 50, injury=False, callers=1, cctv="SN-CCTV-010",
          desc="河南路/中平路口擦撞（閃避路面雜物）")
    for i in range(2):
        s.citizen("blocked_drain", s.scatter(JM8, 30, 250), 45 + i * 20, None, "經貿路水溝蓋被落葉樹枝堵住", alt="DR")
    s.alt_extra.append({"label": "DR", "type": "infrastructure", "description": "經貿路水溝落葉堵塞（清溝派工）",
                        "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "DR"][0]["key"]})
    s.parking("SN-PK-005", "empty", 60, None, "恢復開放，車位全空")
    s.congestion("SN-VD-HUANZHONG-02", 21, 80, None)
    s.alt_why = "經貿路水溝堵塞可視為一個清溝派工；主讀法視為例行維護，不是營運中心的案件。"
    s.notes.append("地下道解封與警戒解除是前案的結束訊息，本時段單獨出現，標為 null。")
    return s


if __name__ == "__main__":
    for f in (s1917, s1918, s1919, s1920, s1921, s1922):
        f().write()
