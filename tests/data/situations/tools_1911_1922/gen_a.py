"""Situations 1911-1916: typhoon evening landfall to the peak (seeded, deterministic)."""
from lib import *

UP6 = spos("SN-FL-006"); LK9 = spos("SN-FL-009"); JM8 = spos("SN-FL-008"); HN7 = spos("SN-FL-007"); TW10 = spos("SN-FL-010")
JM_N = road_pt("jingmao", 0.14)


def rain(s, spec):
    for sid, cls, mm, m in spec:
        s.rain_alert(sid, cls, mm, m, None)


def s1911():
    s = Sit(1911, "typhoon_landfall_evening", 17, 0, 90, "颱風登陸前後傍晚：中清環中地下道開始積水、經貿路路樹倒塌、環中路雨天車禍；轉運中心火警總機短暫故障後復歸。")
    rain(s, [("C0F9T0", "大雨", 42, 5), ("SN-RG-001", "大雨", 45, 12), ("SN-RG-003", "大雨", 41, 40), ("SN-RG-002", "豪雨", 68, 70)])
    flood(s, "A", "中清路環中路口地下道", UP6, 18, 90, sensor="SN-FL-006",
          bands=[(20, "1-15", 9), (44, "16-30", 21), (78, "16-30", 28)], callers=3, repeats=2, cctv="SN-CCTV-008",
          vd="SN-VD-HUANZHONG-03", desc="中清環中地下道積水（颱風傍晚起）")
    tree(s, "B", "經貿路二段經貿七路口", offset(spos("SN-CCTV-006"), 40, 200), 34, callers=2, cctv="SN-CCTV-006",
         desc="經貿路二段/經貿七路口路樹倒塌占用車道")
    crash(s, "C", "環中路二段凱旋路口", offset(spos("SN-CCTV-002"), 30, 250), 55, cctv="SN-CCTV-002", vd="SN-VD-HUANZHONG-02",
          desc="環中路二段/凱旋路口雨天追撞一人受傷")
    s.panel("SN-FA-001", "fault", 30, None, "設備故障：第2迴路接地異常（疑雨水滲入）", alt="D")
    s.panel("SN-FA-001", "normal", 41, None, "復歸：第2迴路恢復正常", alt="D")
    s.alt_extra.append({"label": "D", "type": "infrastructure", "description": "轉運中心火警總機迴路接地異常（維修單）",
                        "sufficient_evidence_key": s.items[-2]["key"]})
    s.citizen("streetlight", road_pt("zhongping", 0.4), 62, None, "中平路路燈一盞不亮，編號不清楚")
    s.congestion("SN-VD-HENAN-01", 19, 60, None)
    s.alt_why = "轉運中心總機的故障十一分鐘後自行復歸；主讀法視為雨中常見的雜訊，另一讀法視為需要派維修廠商的設備故障案件。"
    s.notes.append("雨量警報為颱風背景，不構成任何案件（兩種讀法皆為 null）。")
    return s


def s1912():
    s = Sit(1912, "underpass_car_trapped", 18, 30, 60, "地下道積水過深封閉、一輛車熄火受困；黎明凱旋路口低窪處開始積水；中清環中路口號誌控制箱進水黑燈；中科路擦撞。")
    rain(s, [("SN-RG-002", "豪雨", 75, 3), ("C0F9T0", "豪雨", 71, 20), ("SN-RG-001", "豪雨", 80, 33)])
    k = flood(s, "A", "中清路環中路口地下道", UP6, 0, 60, sensor="SN-FL-006", bands=[(4, ">30", 36), (31, ">30", 44)],
              callers=4, repeats=3, cctv="SN-CCTV-008", closure=True, desc="中清環中地下道積水逾30公分，警方封閉")
    p = offset(UP6, 25, 160)
    c = s.citizen("rescue", offset(UP6, 180, 300), 8, "R", "中清環中地下道有一台車卡在水裡熄火，駕駛還在車上出不來", alt="A")
    f = s.fire("rescue", p, 10, "R", "中清路環中路口地下道自小客車涉水熄火，駕駛受困車內", alt="A")
    s.police("stalled_vehicle", "Severe", p, 12, "R", "地下道內自小客車一輛熄火受困，駕駛待救，已通報消防", alt="A")
    s.fire("rescue", p, 19, "R", "救助隊到場，水深及腰，著救生衣涉水救援", status="on_scene", follows=f, alt="A")
    s.fire("rescue", p, 41, "R", "受困駕駛1名已救出，無明顯外傷，拒絕送醫", status="closed", follows=f, alt="A")
    s.incident("R", "rescue", "地下道內駕駛受困車中待救", c)
    flood(s, "B", "黎明路凱旋路口", LK9, 18, 60, sensor="SN-FL-009", bands=[(20, "1-15", 12), (36, "16-30", 19)],
          callers=3, repeats=0, cctv="SN-CCTV-007", desc="黎明路/凱旋路口低窪處積水")
    sg = s.signal("SN-SIG-008", "fault", 25, "S", "號誌故障：控制箱進水，全燈熄滅", alt="A")
    s.status("SN-CCTV-008", "offline", 25.5, "S", reason="device_fault", text="控制箱進水，設備故障離線", alt="A")
    s.status("SN-VD-ZHONGQING-01", "offline", 26, "S", reason="comms_lost", alt="A")
    s.offline_alert("SN-VD-HUANZHONG-03", 33, "S", alt="A")
    for i in range(2):
        s.citizen("traffic_signal", s.scatter(UP6, 40, 300), 28 + i * 6, "S", pick(s, SIGNAL_CALL).format(p="中清路環中路口"), alt="A")
    s.police("traffic_signal_fault", "Moderate", offset(UP6, 20, 0), 34, "S", "中清環中路口號誌全黑，已派員以手勢指揮交通並通報交通局", alt="A")
    s.incident("S", "traffic", "中清環中路口號誌控制箱進水黑燈（路口同一機箱的監視器、車偵器離線）", sg)
    crash(s, "C", "中科路", road_pt("zhongke", 0.55), 40, injury=False, callers=1, vd="SN-VD-ZHONGKE-01", desc="中科路雨天擦撞無人傷")
    s.citizen("streetlight", road_pt("liming", 0.1), 50, None, "黎明路三段路燈閃爍")
    s.alt_why = "受困駕駛的救援與號誌控制箱進水都發生在同一個已封閉的地下道路口；另一讀法把它們併入地下道淹水的同一案件（同一現場、同一指揮）。"
    return s


def s1913():
    s = Sit(1913, "jingmao_two_floods", 19, 30, 60, "經貿路同時兩處積水（南段低窪處有感測器、北段黎明路口只有監視器與民眾），地下道與黎明凱旋路口持續淹水，凱旋路、中科路兩棵路樹倒塌，經貿七路口車禍。")
    rain(s, [("SN-RG-001", "豪雨", 88, 4), ("C0F9T0", "豪雨", 79, 18), ("SN-RG-003", "大雨", 52, 30)])
    flood(s, "A", "經貿路低窪處", JM8, 2, 60, sensor="SN-FL-008", bands=[(5, "1-15", 13), (18, "16-30", 24), (40, ">30", 33)],
          callers=4, repeats=2, closure=True, vd="SN-VD-JINGMAO-02", desc="經貿路（經貿路三段低窪處）積水封閉")
    flood(s, "B", "經貿路二段黎明路口", JM_N, 8, 60, cctv="SN-CCTV-005", callers=3, alt="A", desc="經貿路二段/黎明路口積水")
    flood(s, "C", "中清環中地下道", UP6, 0, 60, sensor="SN-FL-006", bands=[(2, ">30", 47)], callers=2, repeats=2, police=False,
          desc="中清環中地下道持續淹水（封閉中）")
    flood(s, "G", "黎明路凱旋路口", LK9, 0, 60, sensor="SN-FL-009", bands=[(12, ">30", 34)], callers=2, police=False,
          desc="黎明路/凱旋路口低窪處淹水加深")
    tree(s, "D", "凱旋路", road_pt("kaixuan", 0.8), 15, callers=2, vd="SN-VD-KAIXUAN-02", desc="凱旋路南段路樹倒塌")
    tree(s, "E", "中科路", road_pt("zhongke", 0.3), 30, callers=2, police=False, desc="中科路北段路樹倒塌")
    crash(s, "F", "經貿路二段經貿七路口", offset(spos("SN-CCTV-006"), 20, 30), 45, cctv="SN-CCTV-006", desc="經貿路二段/經貿七路口車禍一人受傷")
    s.citizen("other", s.scatter(spos("SN-FA-011"), 50, 500), 22, None, "請問明天颱風假有沒有放？")
    s.alt_why = "經貿路南北兩處積水相距約1.5公里、排水系統不同，主讀法分為兩案；另一讀法把整條經貿路的積水視為一個派工（同一條路、同一抽水隊）。"
    return s


def s1914():
    s = Sit(1914, "west_power_cut", 20, 30, 60, "西側饋線跳電：環中路/台74、環中路/凱旋路、黎明路/凱旋路三個路口號誌全黑、監視器與車偵器斷電；河南路低窪處淹水封閉、河南路停車場關閉；會展中心兩棟總機漏水故障；中平路擦撞。")
    rain(s, [("C0F9T0", "大豪雨", 112, 6), ("SN-RG-002", "豪雨", 94, 15), ("SN-RG-001", "大豪雨", 118, 27)])
    sig = []
    for sid, cv, m in (("SN-SIG-001", "SN-CCTV-001", 5), ("SN-SIG-002", "SN-CCTV-002", 5.2), ("SN-SIG-007", "SN-CCTV-007", 5.5)):
        sig.append(s.signal(sid, "fault", m, "P", "號誌故障：市電中斷，全燈熄滅", alt="P2"))
        s.status(cv, "offline", m + 0.1, "P", reason="mains_power_lost")
    s.status("SN-VD-KAIXUAN-01", "offline", 5.3, "P", reason="mains_power_lost")
    s.offline_alert("SN-VD-HUANZHONG-02", 16, "P")
    home = (120.6452, 24.1925)
    for i in range(3):
        s.citizen("power_outage", s.scatter(home, 100, 450), 8 + i * 5, "P", pick(s, POWER_CALL).format(p=pick(s, ["黎明路三段", "環中路二段", "凱旋路"])))
    for p, m in (("環中路凱旋路口", 10), ("黎明路凱旋路口", 14)):
        s.citizen("traffic_signal", s.scatter(spos("SN-SIG-002"), 30, 350), m, "P", pick(s, SIGNAL_CALL).format(p=p), alt="P2")
    s.police("traffic_signal_fault", "Severe", spos("SN-SIG-002"), 12, "P", "環中路凱旋路口、台74路口號誌停電全黑，已派員指揮，請台電搶修", alt="P2")
    s.incident("P", "infrastructure", "西側饋線停電：三個路口號誌黑燈、設備斷電、住戶停電", sig[1])
    s.alt_extra.append({"label": "P2", "type": "traffic", "description": "三個路口號誌黑燈（交通指揮）", "sufficient_evidence_key": sig[0]})
    flood(s, "A", "河南路低窪處", HN7, 8, 60, sensor="SN-FL-007", bands=[(10, "16-30", 22), (30, ">30", 35)], callers=3, repeats=3,
          closure=True, vd="SN-VD-HENAN-02", desc="河南路低窪處淹水封閉")
    s.parking("SN-PK-003", "closed", 35, "A", "因淹水暫停開放")
    flood(s, "B", "黎明路凱旋路口", LK9, 0, 60, sensor="SN-FL-009", bands=[(8, ">30", 38)], callers=2, police=False, desc="黎明路/凱旋路口持續淹水")
    s.citizen("flooding", offset(LK9, 120, 45), 21, "B", "黎明路凱旋路口淹水，紅綠燈也不亮，車子在水裡亂鑽", alt="P")
    k = s.panel("SN-FA-002", "fault", 20, "K", "設備故障：屋頂漏水，偵煙探測器迴路短路", alt=None)
    s.panel("SN-FA-003", "fault", 22.5, "K", "設備故障：B棟2F迴路斷線（漏水）", alt=None, dup=1)
    s.incident("K", "infrastructure", "會展中心A、B棟火警總機漏水故障，消防偵測失效", k)
    crash(s, "C", "中平路", road_pt("zhongping", 0.22), 40, injury=False, callers=1, vd="SN-VD-ZHONGPING-01", desc="中平路雨天擦撞")
    s.alt_why = ("停電造成的三個黑燈路口可與停電本身分開（交通指揮 vs 台電搶修）；會展兩棟總機故障可視為不需派遣的設備雜訊；"
                 "同時提到淹水與號誌黑燈的來電可歸停電案。")
    return s


def s1915():
    s = Sit(1915, "ponds_river_basement", 21, 30, 60, "中央公園北、南滯洪池水位上升；筏子溪達三級、二級警戒；南側地下停車場進水、民眾受困；經貿路低窪處民眾一再來電；西側停電後號誌陸續恢復；兩起同時車禍。")
    rain(s, [("SN-RG-001", "大豪雨", 121, 3), ("C0F9T0", "大豪雨", 109, 10), ("SN-RG-003", "豪雨", 77, 25)])
    w = s.wl_alert("SN-WL-001", "3", 2.05, 5, "W")
    s.flood_alert("SN-FL-001", "16-30", 24, 10, "W"); s.flood_alert("SN-FL-002", "16-30", 19, 25, "W")
    s.flood_alert("SN-FL-001", ">30", 38, 30, "W"); s.wl_alert("SN-WL-001", "2", 2.58, 35, "W", dup=1)
    s.citizen("flooding", s.scatter(spos("SN-WL-001"), 100, 300), 38, "W", "中央公園北邊滯洪池快滿了，步道都淹了")
    s.incident("W", "flood", "中央公園北滯洪池水位三級→二級", w)
    w2 = s.wl_alert("SN-WL-002", "3", 2.11, 20, "W2", alt="W")
    s.flood_alert("SN-FL-004", "16-30", 18, 22, "W2", alt="W"); s.flood_alert("SN-FL-005", "1-15", 12, 30, "W2", alt="W")
    s.incident("W2", "flood", "中央公園南滯洪池水位三級", w2)
    r = s.wl_alert("SN-WL-004", "3", 97.31, 15, "RV")
    s.wl_alert("SN-WL-004", "2", 97.95, 50, "RV")
    s.citizen("flooding", offset(spos("SN-WL-004"), 250, 80), 53, "RV", "筏子溪水位很高，快到河堤步道了")
    s.incident("RV", "flood", "筏子溪西屯段水位三級→二級警戒", r)
    bp = spos("SN-PK-005")
    s.parking("SN-PK-005", "closed", 12, "B", "地下停車場進水，暫停開放")
    b = s.citizen("rescue", offset(bp, 150, 100), 18, "B", "公園南邊地下停車場有人下去移車出不來，水一直灌進去")
    f = s.fire("rescue", offset(bp, 10, 0), 20, "B", "中央公園地下停車場（南）進水，民眾2人受困地下二樓")
    s.fire("rescue", offset(bp, 10, 0), 29, "B", "救助隊到場，停車場水深約60公分", status="on_scene", follows=f)
    s.police("evacuation", "Severe", offset(bp, 20, 180), 31, "B", "中央公園地下停車場（南）淨空，勸離欲入場移車民眾")
    s.fire("rescue", offset(bp, 10, 0), 52, "B", "受困民眾2名救出，1名輕微失溫送醫", status="closed", follows=f)
    s.incident("B", "rescue", "南側地下停車場進水，民眾受困救援", b)
    flood(s, "A", "經貿路低窪處", JM8, 0, 60, sensor="SN-FL-008", bands=[(3, ">30", 39)], callers=3, repeats=3, police=False,
          desc="經貿路低窪處持續淹水（封閉中），民眾一再來電")
    p = s.police("traffic_signal_fault", "Moderate", spos("SN-SIG-007"), 1, "P", "黎明路凱旋路口號誌仍未恢復，持續派員指揮")
    for sid, cv, m in (("SN-SIG-001", "SN-CCTV-001", 4), ("SN-SIG-002", "SN-CCTV-002", 4.5), ("SN-SIG-007", "SN-CCTV-007", 6)):
        s.signal(sid, "restored", m, "P", "號誌恢復正常運作")
        s.status(cv, "online", m + 0.2, "P")
    s.status("SN-VD-KAIXUAN-01", "online", 4.6, "P")
    s.incident("P", "infrastructure", "西側停電（前一時段起）：號誌恢復、設備復電", p)
    crash(s, "C1", "環中路二段台74線口", offset(spos("SN-CCTV-001"), 30, 200), 30, cctv="SN-CCTV-001", desc="環中路/台74線口雨天追撞一人傷")
    crash(s, "C2", "中清路", road_pt("zhongqing", 0.55), 32, injury=False, callers=2, vd="SN-VD-ZHONGQING-02", desc="中清路自撞分隔島無人傷")
    s.alt_why = "北、南兩座滯洪池同屬中央公園滯洪系統、由同一組水利人員監看，另一讀法視為一案；主讀法依兩池分開。"
    return s


def s1916():
    s = Sit(1916, "peak_many_floods", 22, 30, 60, "颱風最強時段：五、六處同時淹水（兩個地下道、河南路、經貿路南北兩段、黎明凱旋路口），臺灣大道地下道與河南路各有一起受困救援，警方多處封路。")
    rain(s, [("C0F9T0", "大豪雨", 131, 2), ("SN-RG-001", "大豪雨", 140, 8), ("SN-RG-002", "大豪雨", 127, 14), ("SN-RG-003", "豪雨", 92, 30)])
    flood(s, "F1", "中清環中地下道", UP6, 0, 60, sensor="SN-FL-006", bands=[(3, ">30", 58)], callers=3, repeats=2, police=False,
          desc="中清環中地下道淹水（封閉中）")
    s.police("road_closure", "Severe", UP6, 15, "F1", "中清環中地下道持續封閉，抽水機已架設")
    flood(s, "F2", "臺灣大道環中路口地下道", TW10, 2, 60, sensor="SN-FL-010", bands=[(3, "1-15", 14), (10, "16-30", 27), (20, ">30", 41)],
          callers=4, cctv="SN-CCTV-009", closure=True, desc="臺灣大道/環中路口地下道淹水封閉")
    p = offset(TW10, 30, 20)
    c = s.citizen("rescue", offset(TW10, 200, 90), 14, "R1", "臺灣大道地下道有機車跟汽車泡在水裡，有人站在車頂上求救", alt="F2")
    f = s.fire("rescue", p, 15, "R1", "臺灣大道環中路口地下道汽機車受困，民眾1人站於車頂待救", alt="F2")
    s.fire("rescue", p, 24, "R1", "救助隊到場，架設繩索救援", status="on_scene", follows=f, alt="F2")
    s.fire("rescue", p, 47, "R1", "受困者1名救出，送醫觀察", status="returning", follows=f, alt="F2")
    s.incident("R1", "rescue", "臺灣大道地下道車頂受困者救援", c)
    flood(s, "F3", "河南路低窪處", HN7, 0, 60, sensor="SN-FL-007", bands=[(5, ">30", 46)], callers=3, repeats=3, police=False,
          desc="河南路低窪處淹水（封閉中）")
    p = offset(HN7, 40, 250)
    f = s.fire("rescue", p, 26, "R2", "河南路低窪處機車騎士涉水跌倒，受困水中", alt="F3")
    s.citizen("rescue", offset(HN7, 150, 300), 25, "R2", "河南路那邊有騎機車的人摔在水裡爬不起來", alt="F3")
    s.fire("rescue", p, 35, "R2", "騎士已救起，腳部擦傷，送醫", status="returning", follows=f, alt="F3")
    s.incident("R2", "rescue", "河南路積水中機車騎士跌倒受困", f)
    flood(s, "F4", "經貿路低窪處", JM8, 0, 60, sensor="SN-FL-008", bands=[(4, ">30", 48)], callers=2, repeats=2, police=False,
          evac="生態住宅B區地下室進水，協助住戶撤離地下室並移置車輛", desc="經貿路低窪處淹水、生態住宅B區地下室進水")
    flood(s, "F6", "經貿路二段黎明路口", JM_N, 5, 60, cctv="SN-CCTV-005", callers=2, alt="F4", closure=True, desc="經貿路二段/黎明路口淹水封閉")
    flood(s, "F5", "黎明路凱旋路口", LK9, 0, 60, sensor="SN-FL-009", bands=[(6, ">30", 44)], callers=3, closure=True, desc="黎明路/凱旋路口淹水封閉")
    s.status("SN-RG-003", "offline", 40, None, reason="comms_lost")
    s.status("SN-RG-003", "online", 44, None)
    s.alt_why = "受困救援與其所在的淹水現場可視為同一派工；經貿路南北兩處積水可視為同一條路的一個案件。"
    return s


if __name__ == "__main__":
    for f in (s1911, s1912, s1913, s1914, s1915, s1916):
        f().write()
