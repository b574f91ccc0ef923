"""Situations 871-876. Seeded: the output is stable. Times below are Taiwan time (UTC+8)."""
from lib import (Situation, T, plus, pos, junction, on_road, along, offset, same_inc, NOALT)


# ============================================================================ 871
def s871():
    S = Situation(871, "underpass_night_flood",
                  "梅雨鋒面夜間豪雨：中清環中路口地下道（園區北緣外側）積水約 7 小時，另有河南路低窪處短時積水、"
                  "中清環中路口號誌控制箱進水故障至隔日上午。")
    D = "2027-06-1"
    uf = "flood_underpass_zhongqing"
    sg = "signal_zhongqing_huanzhong"
    hn = "flood_henan_lowpoint"
    J = junction("zhongqing", "huanzhong")

    # rain: weather context, background
    S.rule("C0F9T0", "heavy_rain", T(D + "1 23:40"), None, level="大雨", value="時雨量 43.5 mm")
    S.rule("SN-RG-002", "heavy_rain", T(D + "1 23:50"), None, level="大雨", value="時雨量 47.0 mm")
    S.rule("SN-RG-001", "heavy_rain", T(D + "2 00:05"), None, level="大雨", value="時雨量 41.0 mm")
    S.rule("SN-RG-002", "heavy_rain", T(D + "2 01:20"), None, level="豪雨", value="3 小時累積 118.5 mm")
    S.rule("C0F9T0", "heavy_rain", T(D + "2 01:40"), None, level="豪雨", value="3 小時累積 104.0 mm")

    # the underpass, just north of the zone's edge
    S.rule("SN-FL-006", "flood_depth", T(D + "2 00:20"), uf, level="1-15", value=9)
    S.c1999("1160612-000021", "streetlight", S.scatter(junction("zhongke", "liming"), 30, 70),
            T(D + "2 00:40"), T(D + "2 00:41"),
            "民眾來電：黎明路三段靠中科路這邊有一盞路燈一直閃，燈桿編號看不到。", None)
    S.rule("SN-FL-006", "flood_depth", T(D + "2 00:55"), uf, level="16-30", value=22)
    c_far = S.scatter(junction("jingmao", "liming"), 20, 50)
    S.c1999("1160612-000087", "flooding", c_far, T(D + "2 01:12"), T(D + "2 01:13"),
            "民眾來電：中清路那邊的地下道好像淹起來了，剛剛看到還有車開進去，請派人去看。"
            "（來電者在經貿路二段黎明路口附近）", uf)
    S.rule("SN-VD-ZHONGQING-01", "congestion", T(D + "2 01:25"), uf, value=(14, 61))
    S.rule("SN-VD-HUANZHONG-03", "congestion", T(D + "2 01:28"), uf, value=(18, 55))
    S.rule("SN-FL-006", "flood_depth", T(D + "2 01:30"), uf, level=">30", value=38)
    S.cctv("SN-CCTV-008", "stalled_vehicle", 0.71, T(D + "2 01:33"),
           "影像分析：地下道入口車輛停滯（積水中）", uf)
    p1 = S.police("TCPD-20270612-0041", "road_closure", "Severe", J, T(D + "2 01:05"), T(D + "2 01:38"),
                  "中清路與環中路口地下道積水逾30公分，雙向封閉，車輛改行平面道路，員警現場管制。", uf)
    # the fire bureau's CAD feed lags: the on-scene update comes before the dispatch record
    r = "119-1160612-0023"
    S.f119(r + "-on_scene", "rescue", J, T(D + "2 01:49"), T(D + "2 01:50"),
           "到達現場，地下道積水約60公分，受困駕駛在車頂，著救生衣以救生繩進入救援。", uf, follows=r,
           alt="rescue_underpass_driver")
    S.signal("SN-SIG-008", "fault", T(D + "2 01:50"), "號誌控制器回報異常：燈組全黑（控制箱疑進水）", sg)
    S.dup(p1, T(D + "2 01:52"))
    S.cctv("SN-CCTV-008", "signal_dark", 0.83, T(D + "2 01:53"), "影像分析：路口號誌黑燈", sg)
    S.f119(r, "rescue", J, T(D + "2 01:41"), T(D + "2 01:58"),
           "119 救助｜北屯區中清路環中路口地下道 車輛受困積水中，駕駛1人爬上車頂待援｜派遣 轄區分隊 救助車1、水箱車1、救護車1",
           uf, alt="rescue_underpass_driver")
    S.rule("SN-FL-001", "flood_depth", T(D + "2 02:10"), None, level="1-15", value=13,
           text="中央公園滯洪池1 水深 13 cm（1-15 cm，注意）：滯洪池進水")
    S.f119(r + "-closed", "rescue", J, T(D + "2 02:18"), T(D + "2 02:19"),
           "已救出受困駕駛1名，意識清楚無外傷，拒絕送醫；車輛留置地下道待積水退後拖吊，收隊。", uf, follows=r,
           alt="rescue_underpass_driver")
    S.rule("SN-FL-007", "flood_depth", T(D + "2 02:20"), hn, level="1-15", value=8)
    S.rule("SN-FL-006", "flood_depth", T(D + "2 02:30"), uf, level=">30", value=52,
           text="中清環中路口地下道 淹水深度 52 cm（>30 cm，危險）持續")
    S.panel("SN-FA-001", "fault", T(D + "2 02:31"), "第2迴路 偵煙探測器迴路異常", None)
    S.panel("SN-FA-001", "normal", T(D + "2 02:34"), "主機復歸", None)
    S.rule("SN-VD-HUANZHONG-03", "cleared", T(D + "2 02:40"), uf,
           follows=S.opened("SN-VD-HUANZHONG-03", "congestion"), text="環中路車輛偵測器3 車速回升至 38 km/h，壅塞解除")
    S.rule("SN-FL-007", "flood_depth", T(D + "2 02:50"), hn, level="16-30", value=19)
    S.rule("SN-WL-001", "water_level", T(D + "2 03:00"), None, level="3", value=2.12)
    S.rule("SN-VD-ZHONGQING-01", "cleared", T(D + "2 03:05"), uf,
           follows=S.opened("SN-VD-ZHONGQING-01", "congestion"), text="中清路車輛偵測器1 車速回升至 35 km/h，壅塞解除")
    S.c1999("1160612-000131", "flooding", S.scatter(pos("SN-FL-007"), 200, 280), T(D + "2 03:05"),
            T(D + "2 03:06"),
            "民眾來電：河南路靠公園停車場那邊，水淹到人行道上了，機車騎過去水花很大。", hn)
    S.rule("SN-FL-006", "flood_depth", T(D + "2 03:30"), uf, level=">30", value=47,
           text="中清環中路口地下道 淹水深度 47 cm（>30 cm，危險）持續")
    S.rule("SN-FL-007", "flood_depth", T(D + "2 03:50"), hn, level="1-15", value=12)
    S.police("TCPD-20270612-0063", "flooding_report", "Moderate", on_road("henan", pos("SN-FL-007")),
             T(D + "2 03:20"), T(D + "2 04:05"),
             "河南路二段近河南路停車場路段積水約20公分，外側車道積水，已放置警示錐。", hn)
    S.rule("SN-FL-007", "cleared", T(D + "2 04:30"), hn, follows=S.opened("SN-FL-007", "flood_depth"),
           text="河南路低窪處 淹水深度 0 cm，警戒解除")
    S.rule("SN-FL-006", "flood_depth", T(D + "2 04:30"), uf, level=">30", value=35,
           text="中清環中路口地下道 淹水深度 35 cm（>30 cm，危險）持續")
    S.rule("SN-RG-001", "cleared", T(D + "2 04:50"), None, follows=S.opened("SN-RG-001", "heavy_rain"),
           text="中央公園雨量站 時雨量低於大雨標準，解除")
    S.rule("SN-RG-002", "cleared", T(D + "2 05:30"), None, follows=S.opened("SN-RG-002", "heavy_rain"),
           text="水湳轉運中心雨量站 時雨量低於大雨標準，解除")
    S.rule("SN-FL-006", "flood_depth", T(D + "2 05:50"), uf, level="16-30", value=24)
    S.rule("C0F9T0", "cleared", T(D + "2 05:50"), None, follows=S.opened("C0F9T0", "heavy_rain"),
           text="西屯雨量站（C0F9T0） 時雨量低於大雨標準，解除")
    S.police("TCPD-20270612-0077", "road_closure", "Moderate", J, T(D + "2 05:55"), T(D + "2 06:21"),
             "中清環中地下道水位下降，仍持續封閉，待水利局移動式抽水機抽水完畢。", uf, follows=p1)
    S.rule("SN-WL-001", "cleared", T(D + "2 06:10"), None, follows=S.opened("SN-WL-001", "water_level"),
           text="中央公園北滯洪池水位 1.84 m，低於三級警戒，解除")
    S.rule("SN-FL-001", "cleared", T(D + "2 06:30"), None, follows=S.opened("SN-FL-001", "flood_depth"),
           text="中央公園滯洪池1 水深回落，解除")
    S.rule("SN-FL-006", "flood_depth", T(D + "2 06:40"), uf, level="1-15", value=11)
    S.c1999("1160612-000188", "blocked_drain", S.scatter(on_road("jingmao", pos("SN-FA-004")), 20, 60),
            T(D + "2 06:50"), T(D + "2 06:52"),
            "民眾來電：經貿路二段綠美圖前面的水溝蓋被落葉塞住，昨晚下雨水都排不掉，請派人清。", None)
    S.cctv("SN-CCTV-008", "stalled_vehicle", 0.62, T(D + "2 07:10"), "影像分析：地下道入口車輛停滯", uf)
    sgc = "1160612-000203"
    S.c1999(sgc, "traffic_signal", S.scatter(J, 80, 150), T(D + "2 07:20"), T(D + "2 07:21"),
            "民眾來電：中清環中路口的紅綠燈都不會亮，地下道也封著，車子亂鑽很危險。", sg)
    S.rule("SN-FL-006", "cleared", T(D + "2 07:35"), uf, follows=S.opened("SN-FL-006", "flood_depth"),
           text="中清環中路口地下道 淹水深度 0 cm，警戒解除")
    S.c1999(sgc + "-u1", "traffic_signal", S.scatter(J, 80, 150), T(D + "2 07:42"), T(D + "2 07:43"),
            "案件更新：已派工，交通局號誌維護廠商處理中（2小時內到場）。", sg, follows=sgc)
    S.police("TCPD-20270612-0102", "road_closure", "Minor", J, T(D + "2 07:50"), T(D + "2 08:22"),
             "中清環中地下道積水已退，受困車輛拖離，07時50分解除封閉，恢復通車。", uf, follows=p1)
    S.signal("SN-SIG-008", "restored", T(D + "2 09:40"), "號誌恢復正常運轉（更換進水之電源模組）", sg)
    # fix the 1999 update's position to the case's own (a case keeps its address)
    _same_position(S, sgc, sgc + "-u1")

    S.incident(uf, "flood", "中清路環中路口地下道（園區北緣外）00:20-07:35 積水，最深 52 cm；封閉、受困駕駛救出、"
               "周邊壅塞、受困車輛拖離。", "R-SN-FL-006-flood_depth-20270611T162000Z")
    S.incident(sg, "traffic", "中清環中路口號誌控制箱進水全黑 01:50-09:40，交通局廠商派修。",
               "SIG-SN-SIG-008-fault-20270611T175000Z")
    S.incident(hn, "flood", "河南路低窪處（園區南緣）02:20-04:30 積水最深 19 cm。",
               "R-SN-FL-007-flood_depth-20270611T185000Z")
    S.alternative("受困駕駛的救助是消防局自己的一案（119 救助派遣、救出即結案）；有的值班員把它當成獨立的救助事件，"
                  "而不是地下道積水事件的一部分。",
                  same_inc(S.incidents, uf, sg, hn) +
                  [{"label": "rescue_underpass_driver", "type": "rescue",
                    "description": "中清環中地下道車頂受困駕駛救助 01:41-02:18。",
                    "sufficient_evidence_key": r + "-on_scene"}])
    S.notes = "119 的派遣紀錄（01:41）晚於到場更新送達（CAD 轉送延遲 17 分）；第五分局封閉報告重送一次。"
    return S


def _same_position(S, src_key, dst_key):
    src = next(d for _, _, d in S.items if d["key"] == src_key)
    for _, _, d in S.items:
        if d["key"] == dst_key:
            d["lon"], d["lat"] = src["lon"], src["lat"]


# ============================================================================ 872
def s872():
    S = Situation(872, "carpark_ev_rekindle",
                  "中央公園地下停車場 B2 電動車火警（晚間），隔日清晨電池復燃再度出動；晨間公園步道另有跑者倒地送醫。")
    fire = "fire_park_carpark"
    ems = "ems_park_jogger"
    alt_re = "fire_carpark_rekindle"
    CP = pos("SN-FA-007")
    EXIT = on_road("jingmao", CP)
    E = "2027-11-18 "
    M = "2027-11-19 "

    S.panel("SN-FA-007", "fault", T(E + "16:05"), "B1 第5迴路 偵煙探測器斷線", None)
    S.panel("SN-FA-007", "normal", T(E + "16:09"), "主機復歸", None)
    S.parking_full("SN-PK-006", T(E + "18:40"), None)
    a1 = S.panel("SN-FA-007", "alarm", T(E + "19:42"), "B2 第3區 偵煙探測器動作", fire)
    S.panel("SN-FA-007", "alarm", T(E + "19:43"), "B2 第4區 偵煙探測器動作", fire)
    f1 = "119-1161118-0311"
    S.f119(f1, "fire", CP, T(E + "19:46"), T(E + "19:47"),
           "119 火災｜中央公園地下停車場 B2 車輛起火（疑電動車），濃煙｜派遣 轄區分隊 水箱車2、水庫車1、化學車1、救護車1",
           fire)
    S.c1999("1161118-000702", "fire_smoke", S.scatter(pos("SN-FA-004"), 20, 40), T(E + "19:50"),
            T(E + "19:51"),
            "民眾來電：中央公園那邊地面的通風口一直冒黑煙，是不是底下停車場燒起來了？（來電者在綠美圖外面廣場）", fire)
    S.f119(f1 + "-on_scene", "fire", CP, T(E + "19:53"), T(E + "19:54"),
           "到達現場，B2 一輛電動休旅車燃燒，濃煙充滿 B2，車內無人，射水冷卻中。", fire, follows=f1)
    S.dup(f1, T(E + "19:55"))
    S.parking_full("SN-PK-004", T(E + "19:58"), fire,
                   text="中央公園地下停車場(北) 汽車剩餘車位 0／450，顯示「滿」（入口柵欄關閉）")
    S.police("TCPD-20271118-0233", "fire_report", "Severe", CP, T(E + "20:05"), T(E + "20:31"),
             "中央公園地下停車場 B2 車輛火警，消防局搶救中，停車場出入口管制，員警疏導離場車輛。", fire)
    S.f119(f1 + "-controlled", "fire", CP, T(E + "20:35"), T(E + "20:36"),
           "火勢已控制，持續冷卻電池組，排煙中。", fire, follows=f1)
    S.police("TCPD-20271118-0240", "road_closure", "Moderate", EXIT, T(E + "20:10"), T(E + "20:50"),
             "中央公園地下停車場經貿路出入口暫停進出，經貿路外側車道供消防車停放。", fire)
    S.c1999("1161118-000720", "other", S.scatter(EXIT, 30, 80), T(E + "20:40"), T(E + "20:41"),
            "民眾來電：我的車停在中央公園地下停車場 B1，現在不能進去開車，要等到什麼時候？", fire)
    S.panel("SN-FA-007", "fault", T(E + "21:15"), "B2 第3、4區迴路異常（撒水射水後積水）", fire)
    S.panel("SN-FA-007", "normal", T(E + "22:05"), "主機復歸", fire)
    S.f119(f1 + "-closed", "fire", CP, T(E + "22:10"), T(E + "22:11"),
           "殘火處理完畢，燒毀車輛移至 B2 角落待拖離，現場交停車場管理單位，收隊。", fire, follows=f1)
    S.c1999("1161118-000744", "streetlight", S.scatter(CP, 80, 100), T(E + "22:40"), T(E + "22:41"),
            "民眾來電：公園步道靠停車場出口那邊有一盞路燈不亮。", None)
    S.c1999("1161118-000761", "noise", S.scatter(pos("SN-FA-011"), 20, 60), T(E + "23:30"), T(E + "23:31"),
            "民眾來電：公園裡有人在放音樂很大聲，已經快十二點了。", None)

    # next morning: the burnt car's battery rekindles
    S.panel("SN-FA-004", "fault", T(M + "05:10"), "3F 偵煙探測器故障", None)
    S.panel("SN-FA-004", "normal", T(M + "05:12"), "主機復歸", None)
    a2 = S.panel("SN-FA-007", "alarm", T(M + "06:20"), "B2 第4區 偵煙探測器動作", fire, alt=alt_re)
    f2 = "119-1161119-0052"
    S.f119(f2, "fire", CP, T(M + "06:24"), T(M + "06:25"),
           "119 火災｜中央公園地下停車場 B2 昨晚燒毀之電動車電池復燃冒煙｜派遣 轄區分隊 水箱車2、救護車1",
           fire, alt=alt_re)
    S.f119(f2 + "-on_scene", "fire", CP, T(M + "06:31"), T(M + "06:40"),
           "到達現場，電動車底盤電池組冒煙復燃，大量射水冷卻。", fire, follows=f2, alt=alt_re)
    S.c1999("1161119-000031", "fire_smoke", S.scatter(EXIT, 40, 120), T(M + "06:45"), T(M + "06:46"),
            "民眾來電：早上在公園跑步，看到地下停車場出口又在冒白煙，昨天不是才燒過嗎？", fire, alt=alt_re)
    S.parking_full("SN-PK-004", T(M + "07:05"), fire, alt=alt_re,
                   text="中央公園地下停車場(北) 汽車剩餘車位 0／450，顯示「滿」（入口柵欄關閉）")
    e1 = "119-1161119-0061"
    JOG = S.scatter(pos("SN-FL-002"), 30, 60)
    S.f119(e1 + "-on_scene", "ambulance", JOG, T(M + "07:11"), T(M + "07:12"),
           "到達現場，患者意識恢復，血糖偏低，給予處置。", ems, follows=e1)
    S.f119(e1, "ambulance", JOG, T(M + "07:05"), T(M + "07:13"),
           "119 救護｜中央公園滯洪池旁步道 男性約60歲晨跑時倒地，意識不清｜派遣 救護車1", ems)
    S.f119(e1 + "-returning", "ambulance", JOG, T(M + "07:30"), T(M + "07:31"),
           "患者送中國醫藥大學附設醫院。", ems, follows=e1)
    S.rule("SN-VD-JINGMAO-02", "congestion", T(M + "07:35"), fire, value=(16, 52), alt=alt_re)
    S.f119(f2 + "-controlled", "fire", CP, T(M + "07:40"), T(M + "07:41"),
           "火勢控制，以浸水貨櫃浸泡電池組處理。", fire, follows=f2, alt=alt_re)
    S.police("TCPD-20271119-0019", "road_closure", "Moderate", EXIT, T(M + "07:10"), T(M + "07:55"),
             "中央公園地下停車場今晨再度冒煙，出入口封閉，經貿路外側車道管制。", fire, alt=alt_re)
    S.c1999("1161119-000058", "illegal_parking", S.scatter(pos("SN-FA-010"), 30, 80), T(M + "08:10"),
            T(M + "08:11"), "民眾來電：中國醫藥大學水湳校區門口有車停在紅線上擋住出入。", None)
    S.rule("SN-VD-JINGMAO-02", "cleared", T(M + "08:35"), fire, alt=alt_re,
           follows=S.opened("SN-VD-JINGMAO-02", "congestion"), text="經貿路車輛偵測器2 車速回升，壅塞解除")
    S.f119(f2 + "-closed", "fire", CP, T(M + "08:40"), T(M + "08:41"),
           "電池組降溫完成，車輛吊離，收隊。", fire, follows=f2, alt=alt_re)
    S.panel("SN-FA-007", "normal", T(M + "08:45"), "主機復歸", fire, alt=alt_re)

    S.incident(fire, "fire", "中央公園地下停車場 B2 電動車火警：11/18 19:42 起火、22:10 收隊；11/19 06:20 電池復燃，"
               "08:40 收隊。同一輛車、同一處所，視為同一事件重開。", a1)
    S.incident(ems, "rescue", "中央公園滯洪池旁步道晨跑男子倒地送醫（11/19 07:05-07:30）。", e1 + "-on_scene")
    S.alternative("隔日清晨的復燃是 119 另開的新案（新案號、新派遣），有的值班員會另立一案，而不是重開前一晚的事件。",
                  [dict(S.incidents[0], description="中央公園地下停車場 B2 電動車火警 11/18 19:42-22:10。"),
                   {"label": alt_re, "type": "fire",
                    "description": "11/19 06:20 同車電池復燃，08:40 收隊。", "sufficient_evidence_key": a2},
                   same_inc(S.incidents, ems)[0]])
    S.notes = "11/19 06:31 的到場更新晚 9 分送達；救護案的到場更新早於派遣紀錄送達。"
    return S


# ============================================================================ 873
def s873():
    S = Situation(873, "huanzhong_twin_crashes",
                  "平日早上尖峰，環中路二段相距約 480 m 的兩起事故：凱旋路口汽機車碰撞（傷者送醫）與中科路口三車追撞。")
    A = "crash_huanzhong_kaixuan"
    B = "crash_huanzhong_zhongke"
    ALT = "crashes_huanzhong_corridor"
    JA = junction("kaixuan", "huanzhong")
    JB = junction("zhongke", "huanzhong")
    D = "2027-03-10 "

    S.c1999("1160310-000371", "streetlight", S.scatter(junction("kaixuan", "liming"), 40, 90), T(D + "07:35"),
            T(D + "07:36"), "民眾來電：黎明路三段白天路燈還亮著，浪費電。", None)
    S.rule("SN-VD-ZHONGQING-01", "congestion", T(D + "07:38"), None, value=(19, 47))
    ca = S.cctv("SN-CCTV-002", "accident", 0.77, T(D + "07:49:10"), "影像分析：路口疑似事故（機車倒地）", A, alt=ALT)
    ea = "119-1160310-0131"
    S.f119(ea, "ambulance", JA, T(D + "07:51"), T(D + "07:52"),
           "119 救護｜西屯區環中路二段凱旋路口 汽機車事故 機車騎士倒地 左小腿疑骨折｜派遣 救護車1", A, alt=ALT)
    S.rule("SN-VD-HUANZHONG-02", "congestion", T(D + "07:55"), A, value=(11, 63), alt=ALT)
    S.f119(ea + "-on_scene", "ambulance", JA, T(D + "07:58"), T(D + "07:58:40"),
           "到達現場，機車騎士清醒，左小腿變形疑骨折，固定後送醫。", A, follows=ea, alt=ALT)
    S.rule("SN-VD-KAIXUAN-01", "congestion", T(D + "08:02"), A, value=(16, 48), alt=ALT)
    cb = S.cctv("SN-CCTV-003", "stalled_vehicle", 0.82, T(D + "08:03"), "影像分析：路口前車輛停滯（多車）", B, alt=ALT)
    c_b = "1160310-000395"
    S.c1999(c_b, "traffic_accident", S.scatter(along("huanzhong", JB, 170, pos("SN-SIG-004")), 10, 30),
            T(D + "08:06"), T(D + "08:07"),
            "民眾來電：環中路塞爆了，前面中科路那邊好像有車禍，好幾台車停在內線。", B, alt=ALT)
    S.rule("SN-VD-HUANZHONG-01", "congestion", T(D + "07:45"), None, value=(23, 42))
    S.c1999("1160310-000402", "traffic_accident", S.scatter(along("zhongke", JB, 250, (120.6532, 24.1905)), 5, 20),
            T(D + "08:11"), T(D + "08:12"), "民眾來電：環中路中科路口好像三台車撞在一起，我在中科路這邊排到不能動。", B, alt=ALT)
    S.rule("SN-VD-HUANZHONG-03", "congestion", T(D + "08:12"), B, value=(13, 58), alt=ALT)
    cal = S.scatter(along("kaixuan", JA, 300, pos("SN-VD-KAIXUAN-02")), 5, 20)
    S.c1999("1160310-000412", "traffic_accident", cal, T(D + "08:15"), T(D + "08:16"),
            "民眾來電：凱旋路口那邊有機車倒在地上，救護車來了嗎？", A, alt=ALT)
    S.c1999("1160310-000418", "traffic_accident", offset(cal, 40, 350), T(D + "08:17"), T(D + "08:18"),
            "民眾來電：剛剛打過了，路口還是沒看到警察，車子都繞不過去。", A, alt=ALT)
    S.c1999("1160310-000430", "illegal_parking", S.scatter(pos("SN-PK-001"), 30, 60), T(D + "08:20"),
            T(D + "08:21"), "民眾來電：轉運中心前面經貿路有車停在公車站牌前面，公車進不去。", None)
    S.f119(ea + "-returning", "ambulance", JA, T(D + "08:20"), T(D + "08:21"),
           "患者送中國醫藥大學附設醫院。", A, follows=ea, alt=ALT)
    S.cctv("SN-CCTV-001", "wrong_way", 0.41, T(D + "08:25"), "影像分析：疑似逆向行駛（機車）", None)
    S.cctv("SN-CCTV-002", "stalled_vehicle", 0.69, T(D + "08:40"), "影像分析：路口車輛停滯（拖吊車作業）", A, alt=ALT)
    S.rule("SN-VD-ZHONGQING-01", "cleared", T(D + "08:41"), None,
           follows=S.opened("SN-VD-ZHONGQING-01", "congestion"), text="中清路車輛偵測器1 車速回升，壅塞解除")
    S.rule("SN-VD-HUANZHONG-01", "cleared", T(D + "08:35"), None,
           follows=S.opened("SN-VD-HUANZHONG-01", "congestion"), text="環中路車輛偵測器1 車速回升，壅塞解除")
    S.parking_full("SN-PK-001", T(D + "08:45"), None)
    S.panel("SN-FA-002", "fault", T(D + "09:10"), "2F 偵煙探測器故障", None)
    S.panel("SN-FA-002", "normal", T(D + "09:12"), "主機復歸", None)
    # the unit that handled the pile-up runs its terminal 4 minutes fast
    pb = S.police("TCPD-20270310-0092", "accident", "Minor", JB, T(D + "08:09"), T(D + "08:47"),
                  "環中路二段近中科路口（往台74線方向）三車追撞，無人受傷，占用內側兩車道，等候拖吊。", B, alt=ALT)
    S.rule("SN-VD-KAIXUAN-01", "cleared", T(D + "08:55"), A, alt=ALT,
           follows=S.opened("SN-VD-KAIXUAN-01", "congestion"), text="凱旋路車輛偵測器1 車速回升，壅塞解除")
    S.dup(pb, T(D + "08:59"))
    S.rule("SN-VD-HUANZHONG-02", "cleared", T(D + "09:05"), A, alt=ALT,
           follows=S.opened("SN-VD-HUANZHONG-02", "congestion"), text="環中路車輛偵測器2 車速回升，壅塞解除")
    pa = "TCPD-20270310-0088"
    S.police("TCPD-20270310-0131", "accident", "Minor", JA, T(D + "09:05"), T(D + "09:12"),
             "環中路二段凱旋路口事故現場處理完畢，車輛已拖離，恢復通車。", A, follows=pa, alt=ALT)
    S.rule("SN-VD-HUANZHONG-03", "cleared", T(D + "09:20"), B, alt=ALT,
           follows=S.opened("SN-VD-HUANZHONG-03", "congestion"), text="環中路車輛偵測器3 車速回升，壅塞解除")
    S.police("TCPD-20270310-0104", "accident", "Minor", JB, T(D + "08:56"), T(D + "09:30"),
             "環中路二段中科路口追撞事故車輛已移置路肩，恢復通車。", B, follows=pb, alt=ALT)
    S.signal("SN-SIG-005", "fault", T(D + "09:30"), "號誌控制器通訊逾時", None)
    S.signal("SN-SIG-005", "restored", T(D + "09:33"), "號誌通訊恢復", None)
    S.c1999("1160310-000467", "noise", S.scatter(pos("SN-FA-010"), 30, 80), T(D + "09:50"), T(D + "09:51"),
            "民眾來電：中國醫藥大學旁邊工地一早就在打樁，很吵。", None)
    S.police(pa, "injury_accident", "Moderate", JA, T(D + "07:55"), T(D + "09:40"),
             "環中路二段與凱旋路口 自小客車與機車碰撞，機車騎士左腿受傷送醫，占用往台74線方向內側車道，已通知拖吊。",
             A, alt=ALT)

    S.incident(A, "traffic", "環中路二段凱旋路口汽機車碰撞 07:48，騎士送醫，09:05 排除；車流回堵至凱旋路、環中路偵測器2。", ca)
    S.incident(B, "traffic", "環中路二段中科路口三車追撞 08:05，無傷，08:52 排除；往東回堵至經貿路、中清路口。", c_b)
    S.alternative("兩起事故同一路段、相隔 14 分鐘、由同一批交通警力處理；有的值班員以「環中路二段尖峰事故」開一個路廊事件，"
                  "兩處現場都掛在其下。",
                  [{"label": ALT, "type": "traffic",
                    "description": "環中路二段凱旋路口至中科路口早尖峰兩起事故，作一個路廊事件處理。",
                    "sufficient_evidence_key": ca}])
    S.notes = "處理追撞的員警終端時鐘快 4 分（08:09 實為 08:05）；凱旋路口事故的結案更新早於原始報告送達（原始報告 09:40 才補登）。"
    return S


# ============================================================================ 874
def s874():
    S = Situation(874, "dark_signal_all_night",
                  "經貿路/中平路口（園區東南緣外）號誌整夜故障約 14 小時，凌晨在黑燈路口發生車禍；"
                  "隔日早上同一條中平路約 1 km 外的河南路口號誌另一起故障。")
    sg = "signal_jingmao_zhongping"
    cr = "crash_jingmao_zhongping"
    sh = "signal_henan_zhongping"
    J = junction("jingmao", "zhongping")
    JH = junction("henan", "zhongping")
    D1 = "2027-09-23 "
    D2 = "2027-09-24 "

    # SN-SIG-011's controller clock runs 6 minutes slow
    f1 = S.signal("SN-SIG-011", "fault", T(D1 + "22:14:30"), "號誌控制器回報故障：燈組全黑", sg,
                  observed=T(D1 + "22:08:30"), delay=25)
    S.cctv("SN-CCTV-011", "signal_dark", 0.88, T(D1 + "22:16"), "影像分析：路口號誌黑燈", sg)
    cs = "1160923-000866"
    CS = S.scatter(J, 40, 80)
    S.c1999(cs, "traffic_signal", CS, T(D1 + "22:40"), T(D1 + "22:41"),
            "民眾來電：經貿路跟中平路口紅綠燈全部不亮，車子都亂開。", sg)
    S.c1999(cs + "-u1", "traffic_signal", CS, T(D1 + "22:55"), T(D1 + "22:56"),
            "案件更新：已派工，交通局號誌維護廠商 2 小時內到場。", sg, follows=cs)
    S.c1999("1160923-000880", "noise", S.scatter(pos("SN-FA-012"), 20, 60), T(D1 + "23:10"), T(D1 + "23:11"),
            "民眾來電：隔壁一直在唱卡拉OK，已經十一點多了。", None)
    S.police("TCPD-20270923-0233", "traffic_signal_fault", "Moderate", J, T(D1 + "23:20"), T(D1 + "23:58"),
             "經貿路中平路口號誌全黑，已放置臨時警示燈，巡邏車於路口停留警戒。", sg)
    S.signal("SN-SIG-010", "fault", T(D1 + "23:30"), "號誌控制器通訊逾時", None)
    S.signal("SN-SIG-010", "restored", T(D1 + "23:33"), "號誌通訊恢復", None)
    S.c1999("1160924-000004", "streetlight", S.scatter(along("zhongping", J, 90, JH), 5, 15),
            T(D2 + "00:10"), T(D2 + "00:11"), "民眾來電：中平路上有一盞路燈不亮，燈桿編號看不清楚。", None)
    S.c1999(cs + "-u2", "traffic_signal", CS, T(D2 + "00:35"), T(D2 + "00:36"),
            "案件更新：廠商已到場，控制器主機板故障待料，先設定閃光運轉。", sg, follows=cs)
    S.signal("SN-SIG-011", "restored", T(D2 + "00:50"), "號誌恢復運轉（閃光模式）", sg,
             observed=T(D2 + "00:44"), delay=20)
    S.signal("SN-SIG-011", "fault", T(D2 + "01:40"), "號誌控制器回報故障：燈組全黑", sg,
             observed=T(D2 + "01:34"), delay=30)
    S.cctv("SN-CCTV-011", "signal_dark", 0.90, T(D2 + "01:42"), "影像分析：路口號誌黑燈", sg)
    S.panel("SN-FA-010", "fault", T(D2 + "02:15"), "2F 偵煙探測器故障", None)
    S.panel("SN-FA-010", "normal", T(D2 + "02:18"), "主機復歸", None)
    S.cctv("SN-CCTV-011", "accident", 0.64, T(D2 + "03:03"), "影像分析：路口疑似事故", cr, alt=sg)
    am = "119-1160924-0017"
    S.f119(am, "ambulance", J, T(D2 + "03:04"), T(D2 + "03:05"),
           "119 救護｜北屯區經貿路三段中平路口 汽車與機車碰撞 1人頭部擦傷｜派遣 救護車1", cr, alt=sg)
    S.f119(am + "-on_scene", "ambulance", J, T(D2 + "03:11"), T(D2 + "03:12"),
           "到達現場，機車騎士頭部擦傷意識清楚。", cr, follows=am, alt=sg)
    S.f119(am + "-closed", "ambulance", J, T(D2 + "03:35"), T(D2 + "03:36"),
           "患者拒絕送醫，現場交警方處理，返隊。", cr, follows=am, alt=sg)
    S.police("TCPD-20270924-0009", "injury_accident", "Moderate", J, T(D2 + "03:08"), T(D2 + "05:40"),
             "經貿路三段與中平路口（號誌故障中）自小客車與機車碰撞，機車騎士頭部擦傷，拒絕送醫，雙方已製作筆錄。",
             cr, alt=sg)
    S.panel("SN-FA-008", "fault", T(D2 + "04:30"), "1F 偵煙探測器迴路異常", None)
    S.panel("SN-FA-008", "normal", T(D2 + "04:33"), "主機復歸", None)
    c121 = S.c1999("1160924-000121", "traffic_signal", S.scatter(along("zhongping", J, 200, JH), 10, 40),
                   T(D2 + "07:10"), T(D2 + "07:11"),
                   "民眾來電：經貿路中平路口的紅綠燈從昨天晚上到現在還是沒修好，上班車很多很危險。", sg)
    S.dup(c121, T(D2 + "07:14"))
    S.rule("SN-VD-ZHONGPING-02", "congestion", T(D2 + "07:40"), sg, value=(12, 66))
    S.rule("SN-VD-ZHONGPING-01", "congestion", T(D2 + "07:45"), None, value=(21, 44))
    S.c1999("1160924-000140", "traffic_signal", S.scatter(pos("SN-FA-010"), 30, 100), T(D2 + "07:50"),
            T(D2 + "07:51"), "民眾來電：中平路靠中國醫藥大學那邊的紅綠燈壞了，警察也沒有來。", sg)
    p47 = S.police("TCPD-20270924-0047", "traffic_signal_fault", "Moderate", J, T(D2 + "07:25"), T(D2 + "08:10"),
                   "經貿路中平路口號誌故障，派員於尖峰時段指揮交通。", sg)
    S.rule("SN-VD-ZHONGPING-01", "cleared", T(D2 + "08:12"), None,
           follows=S.opened("SN-VD-ZHONGPING-01", "congestion"), text="中平路車輛偵測器1 車速回升，壅塞解除")
    hf = S.signal("SN-SIG-010", "fault", T(D2 + "08:20"), "號誌控制器回報故障：黃燈閃爍異常", sh)
    S.dup(p47, T(D2 + "08:25"))
    S.rule("SN-VD-ZHONGPING-01", "congestion", T(D2 + "08:25"), sh, value=(15, 52))
    S.c1999("1160924-000151", "traffic_signal", S.scatter(JH, 60, 100), T(D2 + "08:31"), T(D2 + "08:32"),
            "民眾來電：河南路中平路口紅綠燈一直閃黃燈，車子都不知道要不要停。", sh)
    S.rule("SN-VD-ZHONGPING-02", "cleared", T(D2 + "09:10"), sg,
           follows=S.opened("SN-VD-ZHONGPING-02", "congestion"), text="中平路車輛偵測器2 車速回升，壅塞解除")
    S.rule("SN-VD-ZHONGPING-01", "cleared", T(D2 + "09:40"), sh,
           follows=S.opened("SN-VD-ZHONGPING-01", "congestion"), text="中平路車輛偵測器1 車速回升，壅塞解除")
    S.signal("SN-SIG-010", "restored", T(D2 + "09:45"), "號誌恢復正常運轉", sh)
    S.c1999("1160924-000166", "illegal_parking", S.scatter(pos("SN-PK-001"), 30, 70), T(D2 + "09:20"),
            T(D2 + "09:21"), "民眾來電：轉運中心門口有計程車排班占用車道。", None)
    S.signal("SN-SIG-011", "restored", T(D2 + "12:05"), "號誌恢復正常運轉（更換控制器主機板）", sg,
             observed=T(D2 + "11:59"), delay=25)
    S.c1999(cs + "-u3", "traffic_signal", CS, T(D2 + "12:30"), T(D2 + "12:31"),
            "案件更新：號誌已修復，結案。", sg, follows=cs)

    S.incident(sg, "traffic", "經貿路/中平路口號誌 9/23 22:14 至 9/24 12:05 故障（00:50-01:40 短暫閃光運轉），"
               "早尖峰員警指揮、中平路東段回堵。", f1)
    S.incident(cr, "traffic", "9/24 03:02 黑燈路口汽機車碰撞，1 人擦傷拒送醫。", am)
    S.incident(sh, "traffic", "9/24 08:20-09:45 河南路/中平路口號誌黃燈閃爍異常（同一條中平路，西方約 1 km）。", hf)
    S.alternative("黑燈路口的車禍是號誌故障的直接後果，有的值班員把它記在號誌故障事件之下，而不另開事故案。",
                  [dict(S.incidents[0]), dict(S.incidents[2])])
    S.notes = ("SN-SIG-011 控制器時鐘慢 6 分（observed 早於實際）；凌晨車禍的警方報告晚 2.5 小時補登；"
               "SN-SIG-010 前一晚 23:30 的 3 分鐘通訊中斷與隔日的故障無關。")
    return S


# ============================================================================ 875
def s875():
    S = Situation(875, "expo_weekend_halls",
                  "週末兩日的國際旅展（會展中心 A、B 館）：人潮與停車外溢、B 館長者昏倒、A 館走失男童、"
                  "第二天 A 館餐飲區油煙觸發火警。")
    ex = "crowd_expo"
    ems = "ems_hallB"
    kid = "missing_child_hallA"
    al = "alarm_hallA"
    SAT, SUN = "expo_sat", "expo_sun"
    CC = (120.6551, 24.1944)
    JL = junction("jingmao", "liming")
    D1 = "2027-04-17 "
    D2 = "2027-04-18 "

    pm = S.permit("PE-1160402-07", "exhibition", CC, T(D1 + "09:00"), T(D2 + "18:30"), T("2027-04-02 10:15"),
                  "核准：2027 台中國際旅展｜臺中國際會展中心 A、B 館｜4/17-4/18 每日 10:00-18:00｜"
                  "預估每日入場 3 萬人次｜經貿路、黎明路周邊交通疏導", ex, alt=SAT)
    # Saturday
    S.rule("SN-VD-JINGMAO-01", "congestion", T(D1 + "10:20"), ex, value=(17, 45), alt=SAT)
    S.parking_full("SN-PK-006", T(D1 + "10:35"), ex, alt=SAT)
    S.rule("SN-VD-LIMING-01", "congestion", T(D1 + "10:40"), ex, value=(19, 41), alt=SAT)
    S.parking_full("SN-PK-002", T(D1 + "10:50"), ex, alt=SAT)
    cw = S.cctv("SN-CCTV-005", "crowding", 0.79, T(D1 + "11:05"), "影像分析：路口行人聚集（穿越人潮）", ex, alt=SAT)
    S.dup(cw, T(D1 + "11:07"))
    S.c1999("1160417-000244", "illegal_parking", S.scatter(along("liming", JL, 200, junction("zhongke", "liming")), 5, 25),
            T(D1 + "11:10"), T(D1 + "11:11"),
            "民眾來電：黎明路兩邊紅線都停滿車，應該都是去會展中心的，公車都過不去。", ex, alt=SAT)
    p51 = "TCPD-20270417-0051"
    S.police("TCPD-20270417-0058", "crowd_control", "Moderate", JL, T(D1 + "11:28"), T(D1 + "11:31"),
             "增派警力 2 名至經貿路黎明路口指揮交通。", ex, follows=p51, alt=SAT)
    S.parking_full("SN-PK-001", T(D1 + "11:40"), ex, alt=SAT)
    S.police(p51, "crowd_control", "Moderate", JL, T(D1 + "10:55"), T(D1 + "11:45"),
             "會展中心旅展人潮湧入，經貿路黎明路口人車管制，會展停車場已滿，引導車輛至轉運中心停車場。", ex, alt=SAT)
    S.rule("SN-VD-LIMING-01", "cleared", T(D1 + "12:10"), ex, alt=SAT,
           follows=S.opened("SN-VD-LIMING-01", "congestion"), text="黎明路車輛偵測器1 車速回升，壅塞解除")
    S.rule("SN-VD-JINGMAO-01", "cleared", T(D1 + "12:40"), ex, alt=SAT,
           follows=S.opened("SN-VD-JINGMAO-01", "congestion"), text="經貿路車輛偵測器1 車速回升，壅塞解除")
    hb = pos("SN-FA-003")
    e1 = "119-1160417-0190"
    S.f119(e1 + "-on_scene", "ambulance", hb, T(D1 + "14:26"), T(D1 + "14:26:30"),
           "到達 B 館，患者意識清楚，疑中暑脫水。", ems, follows=e1)
    S.f119(e1, "ambulance", hb, T(D1 + "14:20"), T(D1 + "14:27"),
           "119 救護｜臺中國際會展中心 B 館展場內 女性約70歲昏倒，意識模糊｜派遣 救護車1", ems)
    S.f119(e1 + "-returning", "ambulance", hb, T(D1 + "14:45"), T(D1 + "14:46"),
           "患者送中國醫藥大學附設醫院。", ems, follows=e1)
    ha = pos("SN-FA-002")
    k1 = S.police("TCPD-20270417-0077", "other", "Moderate", ha, T(D1 + "15:05"), T(D1 + "15:12"),
                  "會展中心 A 館 5 歲男童與家長走散，著藍色上衣，已廣播協尋並通知各出入口。", kid)
    S.police("TCPD-20270417-0081", "other", "Minor", ha, T(D1 + "15:40"), T(D1 + "16:05"),
             "走失男童已於 B 館服務台尋獲，交還家長。", kid, follows=k1)
    S.rule("SN-VD-JINGMAO-01", "congestion", T(D1 + "17:50"), ex, value=(14, 52), alt=SAT)
    S.cctv("SN-CCTV-005", "crowding", 0.72, T(D1 + "17:55"), "影像分析：路口行人聚集（散場）", ex, alt=SAT)
    S.rule("SN-VD-JINGMAO-01", "cleared", T(D1 + "18:45"), ex, alt=SAT,
           follows=S.opened("SN-VD-JINGMAO-01", "congestion"), text="經貿路車輛偵測器1 車速回升，壅塞解除")
    S.c1999("1160417-000311", "noise", S.scatter(pos("SN-FA-011"), 20, 60), T(D1 + "22:30"), T(D1 + "22:31"),
            "民眾來電：樓下有人在喝酒聊天很大聲。", None)
    # Sunday
    S.c1999("1160418-000028", "streetlight", S.scatter(on_road("jingmao", pos("SN-FA-005")), 10, 40),
            T(D2 + "06:50"), T(D2 + "06:51"), "民眾來電：經貿路二段有一盞路燈白天還亮著。", None)
    s1 = S.rule("SN-VD-JINGMAO-01", "congestion", T(D2 + "10:10"), ex, value=(18, 44), alt=SUN)
    S.parking_full("SN-PK-006", T(D2 + "10:25"), ex, alt=SUN)
    S.panel("SN-FA-003", "fault", T(D2 + "11:30"), "3F 偵煙探測器故障", None)
    S.panel("SN-FA-003", "normal", T(D2 + "11:36"), "主機復歸", None)
    S.cctv("SN-CCTV-005", "crowding", 0.83, T(D2 + "11:45"), "影像分析：路口行人聚集（穿越人潮）", ex, alt=SUN)
    p40 = S.police("TCPD-20270418-0040", "crowd_control", "Moderate", JL, T(D2 + "12:00"), T(D2 + "12:35"),
                   "旅展第二日人潮，經貿路黎明路口持續人車管制。", ex, alt=SUN)
    S.rule("SN-VD-JINGMAO-01", "cleared", T(D2 + "12:20"), ex, alt=SUN,
           follows=S.opened("SN-VD-JINGMAO-01", "congestion"), text="經貿路車輛偵測器1 車速回升，壅塞解除")
    S.c1999("1160418-000190", "illegal_parking", S.scatter(pos("SN-FA-012"), 20, 60), T(D2 + "13:10"),
            T(D2 + "13:11"), "民眾來電：敦化路有車停在我家車庫門口，車主聯絡不到。", None)
    a1 = S.panel("SN-FA-002", "alarm", T(D2 + "16:10"), "1F 餐飲區 偵煙探測器動作", al)
    f1 = "119-1160418-0201"
    S.f119(f1, "fire", ha, T(D2 + "16:12"), T(D2 + "16:13"),
           "119 火災｜臺中國際會展中心 A 館 火警受信總機動作（1F 餐飲區）｜派遣 轄區分隊 水箱車1、雲梯車1", al)
    S.panel("SN-FA-002", "normal", T(D2 + "16:18"), "主機復歸", al)
    S.f119(f1 + "-on_scene", "fire", ha, T(D2 + "16:19"), T(D2 + "16:20"),
           "到達現場，確認為餐飲攤位油煙觸發偵煙器，無火災。", al, follows=f1)
    S.f119(f1 + "-closed", "fire", ha, T(D2 + "16:30"), T(D2 + "16:31"), "誤報，收隊。", al, follows=f1)
    S.rule("SN-VD-JINGMAO-01", "congestion", T(D2 + "17:45"), ex, value=(15, 50), alt=SUN)
    S.cctv("SN-CCTV-005", "crowding", 0.76, T(D2 + "17:50"), "影像分析：路口行人聚集（散場）", ex, alt=SUN)
    S.rule("SN-VD-JINGMAO-01", "cleared", T(D2 + "18:50"), ex, alt=SUN,
           follows=S.opened("SN-VD-JINGMAO-01", "congestion"), text="經貿路車輛偵測器1 車速回升，壅塞解除")
    S.police("TCPD-20270418-0066", "crowd_control", "Minor", JL, T(D2 + "18:40"), T(D2 + "19:05"),
             "旅展散場，經貿路黎明路口交通管制解除。", ex, follows=p40, alt=SUN)

    S.incident(ex, "crowd", "國際旅展兩日（4/17-4/18 10:00-18:00）人潮、停車外溢、周邊壅塞與員警管制；夜間無事。", pm)
    S.incident(ems, "rescue", "4/17 14:20 B 館長者昏倒送醫。", e1 + "-on_scene")
    S.incident(kid, "rescue", "4/17 15:05 A 館走失 5 歲男童，15:40 於 B 館尋獲。", k1)
    S.incident(al, "fire", "4/18 16:10 A 館餐飲區油煙觸發火警，119 出動確認誤報。", a1)
    S.alternative("有的值班員每晚散場即結案、隔日早上再開新案：旅展成為兩個事件（週六、週日）。",
                  [{"label": SAT, "type": "crowd", "description": "旅展第一日 4/17。", "sufficient_evidence_key": pm},
                   {"label": SUN, "type": "crowd", "description": "旅展第二日 4/18。", "sufficient_evidence_key": s1}]
                  + same_inc(S.incidents, ems, kid, al))
    S.notes = "增派警力的後續報告早於原報告送達；救護到場更新早於派遣紀錄送達；CCTV 人群事件重送一次。"
    return S


# ============================================================================ 876
def s876():
    S = Situation(876, "pond_slow_rise",
                  "颱風外圍環流，中央公園南滯洪池與經貿路區域排水自傍晚至隔日上午長時間警戒；"
                  "經貿路低窪處夜間路面積水；中科路相距約 400 m 兩處路樹倒塌（當晚一處、隔日清晨一處）。")
    pd = "pond_south_watch"
    jm = "flood_jingmao_lowpoint"
    t1 = "tree_zhongke_north"
    t2 = "tree_zhongke_south"
    ALT = "flood_south_watch"
    D1 = "2027-08-25 "
    D2 = "2027-08-26 "
    T1 = on_road("zhongke", (120.6533, 24.1885))
    T2 = on_road("zhongke", (120.6537, 24.1849))

    S.rule("SN-RG-001", "heavy_rain", T(D1 + "15:40"), None, level="大雨", value="時雨量 52.0 mm")
    S.rule("C0F9T0", "heavy_rain", T(D1 + "16:10"), None, level="大雨", value="時雨量 44.5 mm")
    S.rule("SN-WL-002", "water_level", T(D1 + "17:20"), pd, level="3", value=2.04, alt=ALT)
    S.rule("SN-FL-005", "flood_depth", T(D1 + "17:40"), pd, level=">30", value=46, alt=ALT,
           text="中央公園滯洪池5 水深 46 cm（>30 cm）：滯洪池蓄水中")
    S.rule("SN-FL-004", "flood_depth", T(D1 + "18:20"), pd, level=">30", value=38, alt=ALT,
           text="中央公園滯洪池4 水深 38 cm（>30 cm）：滯洪池蓄水中")
    S.rule("SN-RG-001", "heavy_rain", T(D1 + "18:30"), None, level="豪雨", value="3 小時累積 131.5 mm")
    S.rule("SN-WL-002", "water_level", T(D1 + "19:20"), pd, level="3", value=2.31, alt=ALT,
           text="中央公園南滯洪池水位 2.31 m，三級警戒持續")
    ct1 = "1160825-000901"
    S.c1999(ct1, "fallen_tree", S.scatter(T1, 60, 120), T(D1 + "19:30"), T(D1 + "19:31"),
            "民眾來電：中科路往環中路方向，靠流行影音中心北邊，有一棵路樹倒下來擋住一個車道。", t1)
    S.rule("SN-VD-ZHONGKE-01", "congestion", T(D1 + "19:50"), t1, value=(21, 44))
    p198 = S.police("TCPD-20270825-0198", "fallen_object", "Moderate", T1, T(D1 + "19:45"), T(D1 + "20:25"),
                    "中科路（近流行影音中心北側）路樹倒塌佔用外側車道，已設置警示，通報建設局移除。", t1)
    S.rule("SN-WL-003", "water_level", T(D1 + "20:50"), pd, level="3", value=1.47, alt=ALT)
    S.rule("SN-VD-ZHONGKE-01", "cleared", T(D1 + "21:30"), t1,
           follows=S.opened("SN-VD-ZHONGKE-01", "congestion"), text="中科路車輛偵測器1 車速回升，壅塞解除")
    w2 = S.rule("SN-WL-002", "water_level", T(D1 + "21:40"), pd, level="2", value=2.56, alt=ALT)
    S.police("TCPD-20270825-0224", "fallen_object", "Minor", T1, T(D1 + "21:50"), T(D1 + "22:20"),
             "中科路倒塌路樹已移除，恢復通車。", t1, follows=p198)
    S.panel("SN-FA-012", "fault", T(D1 + "22:10"), "預備電源電池電壓不足", None)
    S.panel("SN-FA-012", "normal", T(D1 + "22:20"), "主機復歸", None)
    S.rule("SN-WL-003", "water_level", T(D1 + "22:30"), pd, level="2", value=1.86, alt=ALT)
    S.rule("SN-FL-008", "flood_depth", T(D1 + "22:50"), jm, level="1-15", value=9, alt=ALT)
    cj = "1160825-000977"
    S.c1999(cj, "flooding", S.scatter(pos("SN-FA-012"), 40, 90), T(D1 + "23:05"), T(D1 + "23:06"),
            "民眾來電：經貿路三段我家門口前面淹水，水快淹到騎樓了。", jm, alt=ALT)
    S.rule("SN-FL-008", "flood_depth", T(D1 + "23:20"), jm, level="16-30", value=18, alt=ALT)
    S.c1999("1160825-000990", "streetlight", S.scatter(pos("SN-FA-011"), 60, 120), T(D1 + "23:40"),
            T(D1 + "23:41"), "民眾來電：經貿路三段有一盞路燈一閃一閃的。", None)
    S.rule("SN-WL-002", "water_level", T(D1 + "23:40"), pd, level="2", value=2.71, alt=ALT,
           text="中央公園南滯洪池水位 2.71 m，二級警戒持續")
    S.rule("SN-FL-008", "flood_depth", T(D2 + "00:20"), jm, level="1-15", value=10, alt=ALT)
    S.status("SN-RG-001", "offline", T(D2 + "00:30"), None, reason="comms_lost")
    S.rule("SN-RG-001", "sensor_offline", T(D2 + "00:52"), None, value=20)
    S.rule("SN-FL-008", "cleared", T(D2 + "01:10"), jm, alt=ALT, follows=S.opened("SN-FL-008", "flood_depth"),
           text="經貿路低窪處 淹水深度 0 cm，警戒解除")
    S.police("TCPD-20270825-0231", "flooding_report", "Moderate", on_road("jingmao", pos("SN-FL-008")),
             T(D1 + "23:10"), T(D2 + "01:25"),
             "經貿路三段近敦化路口路面積水約20公分，外側車道無法通行，已通報水利局移動式抽水機。", jm, alt=ALT)
    S.rule("SN-WL-002", "water_level", T(D2 + "01:40"), pd, level="2", value=2.62, alt=ALT,
           text="中央公園南滯洪池水位 2.62 m，二級警戒持續")
    S.rule("SN-WL-003", "water_level", T(D2 + "02:00"), pd, level="3", value=1.52, alt=ALT,
           text="水湳區域排水經貿路水位 1.52 m，降為三級警戒")
    S.rule("C0F9T0", "cleared", T(D2 + "02:10"), None, follows=S.opened("C0F9T0", "heavy_rain"),
           text="西屯雨量站（C0F9T0） 時雨量低於大雨標準，解除")
    S.c1999("1160826-000047", "flooding", S.scatter(pos("SN-FA-009"), 20, 50), T(D2 + "02:15"), T(D2 + "02:16"),
            "民眾來電：公園裡面那個水池滿出來了，步道上都是水，是不是要封起來？（來電者在逢甲水湳校區宿舍，隔著公園看）",
            pd, alt=ALT)
    S.status("SN-RG-001", "online", T(D2 + "03:10"), None)
    S.rule("SN-RG-001", "cleared", T(D2 + "03:12"), None, follows="R-SN-RG-001-sensor_offline-20270825T165200Z",
           text="中央公園雨量站 恢復回傳，離線警戒解除")
    S.rule("SN-RG-001", "cleared", T(D2 + "03:15"), None, follows=S.opened("SN-RG-001", "heavy_rain"),
           text="中央公園雨量站 時雨量低於大雨標準，解除")
    S.rule("SN-WL-002", "water_level", T(D2 + "03:40"), pd, level="2", value=2.55, alt=ALT,
           text="中央公園南滯洪池水位 2.55 m，二級警戒持續")
    S.rule("SN-WL-003", "cleared", T(D2 + "04:20"), pd, alt=ALT, follows=S.opened("SN-WL-003", "water_level"),
           text="水湳區域排水經貿路水位 1.31 m，低於三級警戒，解除")
    S.police("TCPD-20270826-0020", "flooding_report", "Moderate", pos("SN-WL-002"), T(D2 + "03:05"),
             T(D2 + "05:10"), "中央公園南側滯洪池水位高，周邊步道積水，已拉封鎖線禁止民眾進入。", pd, alt=ALT)
    S.rule("SN-WL-002", "water_level", T(D2 + "05:10"), pd, level="3", value=2.38, alt=ALT,
           text="中央公園南滯洪池水位 2.38 m，降為三級警戒")
    S.rule("SN-FL-004", "cleared", T(D2 + "06:30"), pd, alt=ALT, follows=S.opened("SN-FL-004", "flood_depth"),
           text="中央公園滯洪池4 水深回落，解除")
    ct2 = "1160826-000098"
    S.c1999(ct2, "fallen_tree", S.scatter(T2, 50, 100), T(D2 + "06:55"), T(D2 + "06:56"),
            "民眾來電：中科路又有一棵樹倒了，這次在靠凱旋路那邊，機車差點撞上。", t2)
    S.rule("SN-VD-ZHONGKE-01", "congestion", T(D2 + "07:20"), t2, value=(18, 50))
    p31 = S.police("TCPD-20270826-0031", "fallen_object", "Moderate", T2, T(D2 + "07:05"), T(D2 + "07:40"),
                   "中科路（近逢甲水湳校區）路樹倒塌，佔用內側車道，已設置警示。", t2)
    S.c1999("1160826-000120", "blocked_drain", S.scatter(pos("SN-FL-008"), 30, 80), T(D2 + "08:10"),
            T(D2 + "08:11"), "民眾來電：經貿路水溝蓋上都是樹枝樹葉，請派人清一下。", None)
    S.police("TCPD-20270826-0044", "fallen_object", "Minor", T2, T(D2 + "08:30"), T(D2 + "08:48"),
             "中科路倒塌路樹已清除，恢復通車。", t2, follows=p31)
    S.rule("SN-VD-ZHONGKE-01", "cleared", T(D2 + "08:40"), t2,
           follows=S.opened("SN-VD-ZHONGKE-01", "congestion"), text="中科路車輛偵測器1 車速回升，壅塞解除")
    S.rule("SN-FL-005", "cleared", T(D2 + "08:50"), pd, alt=ALT, follows=S.opened("SN-FL-005", "flood_depth"),
           text="中央公園滯洪池5 水深回落，解除")
    S.rule("SN-WL-002", "cleared", T(D2 + "09:30"), pd, alt=ALT, follows=S.opened("SN-WL-002", "water_level"),
           text="中央公園南滯洪池水位 1.92 m，低於三級警戒，解除")

    S.incident(pd, "flood", "中央公園南滯洪池 8/25 17:20 三級、21:40 二級至 8/26 05:10，區域排水經貿路站同步二級；"
               "步道積水封鎖，8/26 09:30 解除。", w2)
    S.incident(jm, "flood", "經貿路低窪處 8/25 22:50-8/26 01:10 路面積水最深 18 cm，外側車道無法通行。", cj)
    S.incident(t1, "traffic", "8/25 19:30 中科路北段路樹倒塌佔用車道，21:50 移除。", ct1)
    S.incident(t2, "traffic", "8/26 06:55 中科路南段（北段倒樹處以南約 400 m）另一棵路樹倒塌，08:30 清除。", ct2)
    S.alternative("滯洪池、區域排水與經貿路低窪處是同一集水區同一夜的水情，水利局以一個應變處理；有的值班員只開一個淹水事件。",
                  [{"label": ALT, "type": "flood",
                    "description": "園區南側水情（南滯洪池、經貿路排水、經貿路低窪處）一個事件。",
                    "sufficient_evidence_key": w2}] + same_inc(S.incidents, t1, t2))
    S.notes = "兩份警方報告各晚約 2 小時送達（夜間批次上傳）；中科路兩處倒樹相距約 400 m、相隔 11 小時，分別派工。"
    return S


if __name__ == "__main__":
    for f in (s871, s872, s873, s874, s875, s876):
        S = f()
        n = S.write()
        print(S.name, n, "lines")
