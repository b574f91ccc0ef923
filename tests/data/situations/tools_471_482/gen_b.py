"""Situations 477-482 (seeded, stable output)."""
from lib import Situation, sensor_pos, road_pt, offset

ALT = "truth_alt_"


def s477():
    s = Situation(477, "hub_bus_fire_cascading_jam", "2026-10-30 17:20", 4777)
    fa = sensor_pos("SN-FA-001")
    bay = (120.6531, 24.19745)
    s.add("fa001-alarm", "fire_alarm", "alarm", 0, "fire_H", "水湳轉運中心 1F 公車月台 火焰式探測器動作", sensor="SN-FA-001")
    s.cctv("cc3-smoke", "SN-CCTV-003", 0.5, "smoke", 0.88, "fire_H", "東側建物方向濃煙", pos=bay)
    s.c1999("c01", "fire_smoke", 1.2, "fire_H", "轉運站公車月台有一台公車燒起來了，煙很大", s.scatter(*bay, 20, 80))
    d = s.f119("d119", "fire", 2.0, "fire_H", "水湳轉運中心 公車車輛火災 出動水湳分隊 水箱車2 化學車1", bay)
    s.c1999("c02", "fire_smoke", 2.4, "fire_H", "環中路這邊看到轉運站冒黑煙，有人在跑", s.scatter(*bay, 60, 200))
    s.c1999("c03", "fire_smoke", 3.1, "fire_H", "轉運中心裡面都是煙，廣播叫大家出去", s.scatter(*bay, 10, 60))
    s.police("p-fire", "fire_report", 3.5, "fire_H", "水湳轉運中心公車起火，疏散旅客，管制出入口", offset(*bay, -20, -10), "Severe")
    cl = s.police("p-close", "road_closure", 8.0, "fire_H", "環中路二段(中科路至經貿路)往東車道封閉，公車改停經貿路", road_pt("huanzhong", 0.64), "Moderate")
    s.f119("d119-on", "fire", 9.0, "fire_H", "到場 電動公車電池起火 持續射水降溫 旅客已疏散 無人受傷", bay, follows=d["key"])
    # the cascade: evening rush jam spreading out from the closure
    for k, sid, at, sp in [("vd-hz02", "SN-VD-HUANZHONG-02", 11, 11), ("vd-jm01", "SN-VD-JINGMAO-01", 13, 8),
                           ("vd-hz03", "SN-VD-HUANZHONG-03", 15, 14), ("vd-kx01", "SN-VD-KAIXUAN-01", 19, 12),
                           ("vd-zq01", "SN-VD-ZHONGQING-01", 24, 10), ("vd-lm01", "SN-VD-LIMING-01", 27, 16)]:
            s.cong(k, sid, at, "fire_H", sp, sev="Severe" if sp < 12 else "Moderate", **{ALT: "jam_J"})
    s.c1999("c04", "other", 16, "fire_H", "環中路塞到完全不動，前面到底發生什麼事", s.scatter(*road_pt("huanzhong", 0.55), 50, 200), **{ALT: "jam_J"})
    s.c1999("c05", "other", 21, "fire_H", "轉運站怎麼封起來了，公車都不進站，我要怎麼搭車", s.scatter(*bay, 40, 150), **{ALT: "jam_J"})
    s.add("pk001-full", "parking", "full", 23, "fire_H", "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001", **{ALT: "jam_J"})
    s.police("p-detour", "road_closure", 25, "fire_H", "中清路往環中路方向車流回堵，中清路口派員疏導改道", sensor_pos("SN-SIG-008"), "Moderate", follows=cl["key"], **{ALT: "jam_J"})
    # secondary crash in the queue, 600 m west: its own job
    q = (120.6476, 24.19625)
    s.police("p-rear", "accident", 33, "crash_Q", "環中路二段台74線口 回堵車陣中機車追撞自小客 騎士輕傷", q, "Minor")
    s.cctv("cc1-sv", "SN-CCTV-001", 32.5, "stalled_vehicle", 0.71, "crash_Q", "路口東側車道車輛停滯", pos=q)
    s.c1999("c06", "traffic_accident", 34, "crash_Q", "環中路台74下來這邊機車撞到汽車，騎士坐在地上", s.scatter(*q, 10, 60))
    s.f119("d119-ems", "ambulance", 35, "crash_Q", "環中路台74線口 機車事故 1人輕傷", q)
    s.f119("d119-ctrl", "fire", 46, "fire_H", "火勢撲滅 電池持續監控 車輛待移除", bay, follows=d["key"])
    s.police("p-open", "road_closure", 72, "fire_H", "環中路二段往東車道恢復通行", road_pt("huanzhong", 0.64), "Minor", follows=cl["key"])
    s.add("fa001-normal", "fire_alarm", "normal", 75, "fire_H", "水湳轉運中心 受信總機 復歸", sensor="SN-FA-001")
    # background
    s.c1999("b-light", "streetlight", 5, None, "黎明路三段路燈有一支不亮", road_pt("liming", 0.45))
    s.c1999("b-noise", "noise", 40, None, "河南路那邊工地晚上還在施工很吵", road_pt("henan", 0.5))
    s.add("b-pk006", "parking", "full", 30, None, "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    s.c1999("b-park", "illegal_parking", 50, None, "中平路有人把車停在公車站", road_pt("zhongping", 0.5))
    s.cong("b-vd-zp02", "SN-VD-ZHONGPING-02", 14, None, 24, sev="Minor")
    return s.write(
        "週五傍晚，水湳轉運中心公車月台一輛電動公車電池起火，旅客疏散、環中路往東封閉；正值下班尖峰，車流沿環中路、經貿路、凱旋路、中清路、黎明路回堵（連鎖效應），回堵車陣中台74線口又發生機車追撞自小客。",
        [{"label": "fire_H", "type": "fire", "description": "水湳轉運中心電動公車火災，含封路與其造成的回堵", "sufficient_evidence_key": "c01"},
         {"label": "crash_Q", "type": "traffic", "description": "環中路台74線口 回堵車陣中機車追撞", "sufficient_evidence_key": "p-rear"}],
        {"why": "交通局可能把火災造成的大範圍回堵與改道當成獨立的交通疏導案件，與消防搶救分開派遣。",
         "incidents": [{"label": "fire_H", "type": "fire", "description": "轉運中心公車火災與封路", "sufficient_evidence_key": "c01"},
                       {"label": "jam_J", "type": "traffic", "description": "火災封路造成的周邊道路回堵與改道疏導", "sufficient_evidence_key": "vd-hz02"},
                       {"label": "crash_Q", "type": "traffic", "description": "台74線口機車追撞", "sufficient_evidence_key": "p-rear"}]})


def s478():
    s = Situation(478, "jingmao_typhoon_night_flood_late_batch", "2026-08-03 01:30", 4788)
    fl8 = sensor_pos("SN-FL-008")
    s.rain("b-rain1", "C0F9T0", 0, "豪雨", None, "西屯站 24小時累積雨量 236 mm，達豪雨標準")
    s.rain("b-rain2", "SN-RG-001", 20, "大豪雨", None, "中央公園雨量站 24小時累積雨量 362 mm，達大豪雨標準")
    # FL-008 readings reach the center late, in one batch after its 4G link comes back (+31 min)
    batch_arr = 31 * 60
    s.flood("fl8-a", "SN-FL-008", 4, "1-15", "flood", delay_s=batch_arr - 4 * 60)
    s.flood("fl8-b", "SN-FL-008", 14, "16-30", "flood", delay_s=batch_arr - 14 * 60 + 1)
    f3 = s.flood("fl8-c", "SN-FL-008", 24, ">30", "flood", delay_s=batch_arr - 24 * 60 + 2)
    s.dup(f3, 60)
    s.wl("wl3-3", "SN-WL-003", 12, "3", "flood")
    s.c1999("c01", "flooding", 16, "flood", "經貿路三段我們大樓前面整條馬路都是水，快淹到騎樓了", s.scatter(*fl8, 20, 90))
    s.add("fa012-fault", "fire_alarm", "fault", 21, "flood", "水湳生態住宅B區 受信總機 地下室迴路故障 (疑似進水)", sensor="SN-FA-012", **{ALT: None})
    s.wl("wl3-2", "SN-WL-003", 27, "2", "flood")
    r = s.f119("d119-res", "rescue", 29, "flood", "經貿路三段 生態住宅B區 地下室進水 派抽水機", sensor_pos("SN-FA-012"))
    s.police("p-fl", "flooding_report", 33, "flood", "經貿路三段(敦化路口)積水約40公分，車輛無法通行", road_pt("jingmao", 0.62), "Severe")
    c = s.c1999("c02", "flooding", 36, "flood", "敦化路跟經貿路口水好深，有車子卡在裡面", s.scatter(*road_pt("jingmao", 0.63), 10, 70))
    s.dup(c, 45)
    s.cong("vd-jm02", "SN-VD-JINGMAO-02", 40, "flood", 8, sev="Severe")
    cl = s.police("p-close", "road_closure", 44, "flood", "經貿路三段(中清路至中平路)雙向封閉", road_pt("jingmao", 0.7), "Severe")
    s.wl("wl3-1", "SN-WL-003", 50, "1", "flood")
    s.c1999("c03", "flooding", 58, "flood", "經貿路往中平路那邊也淹了，排水溝的水倒灌上來", s.scatter(*road_pt("jingmao", 0.85), 20, 100))
    s.cctv("cc11-fl", "SN-CCTV-011", 66, "flooding", 0.69, "flood", "路口北側積水", pos=offset(*sensor_pos("SN-CCTV-011"), -10, 60))
    s.f119("d119-res2", "rescue", 71, "flood", "地下室抽水中 住戶車輛約20台泡水 無人受困", sensor_pos("SN-FA-012"), follows=r["key"])
    s.police("p-fl2", "flooding_report", 80, "flood", "經貿路中平路口積水約30公分，持續管制", sensor_pos("SN-CCTV-011"), "Moderate", follows=cl["key"])
    s.c1999("c04", "blocked_drain", 88, "flood", "中平路靠經貿路的水溝被樹葉塞住，水都排不掉", s.scatter(*road_pt("zhongping", 0.72), 10, 80))
    # unrelated EMS call in the neighbouring block
    m = s.f119("d119-ems", "ambulance", 20, "ems_M", "生態住宅A區 8樓 老翁胸悶呼吸困難", sensor_pos("SN-FA-011"))
    s.f119("d119-ems2", "ambulance", 38, "ems_M", "患者送中國醫藥大學附設醫院 經貿路積水改由中清路", sensor_pos("SN-FA-011"), follows=m["key"])
    # unrelated sign blown down on 中清路
    sign = road_pt("zhongqing", 0.55)
    s.police("p-sign", "fallen_object", 47, "sign_O", "中清路二段 招牌被強風吹落 佔用外側車道", sign, "Moderate")
    s.c1999("c-sign", "other", 49, "sign_O", "中清路有一大片鐵皮招牌吹下來掉在路上", s.scatter(*sign, 10, 60))
    # background
    s.c1999("b-noise", "noise", 10, None, "隔壁工地的鐵皮圍籬被風吹得一直響，睡不著", s.scatter(*road_pt("zhongping", 0.4), 20, 100))
    s.status("b-cc9-off", "SN-CCTV-009", 25, "offline", None, reason="mains_power_lost")
    s.c1999("b-tree", "公園路樹", 60, None, "中央公園裡面有樹枝斷掉", s.scatter(*sensor_pos("SN-FL-002"), 20, 120))
    s.status("b-cc9-on", "SN-CCTV-009", 95, "online", None)
    return s.write(
        "颱風外圍雨帶深夜豪雨。經貿路低窪處淹水，約90分鐘內沿經貿路由敦化路口一帶向南擴及中平路口，水資源排水水位由三級升到一級，生態住宅B區地下室進水。經貿路低窪處感測器的讀值因4G中斷而在31分鐘後一次補傳並重送。同時隔壁A區有民眾胸悶送醫，中清路招牌被吹落。",
        [{"label": "flood", "type": "flood", "description": "經貿路三段至中平路口積淹水，封路，住宅地下室進水", "sufficient_evidence_key": "wl3-3"},
         {"label": "ems_M", "type": "rescue", "description": "生態住宅A區 老翁胸悶送醫", "sufficient_evidence_key": "d119-ems"},
         {"label": "sign_O", "type": "traffic", "description": "中清路二段 招牌吹落佔用車道", "sufficient_evidence_key": "p-sign"}],
        {"why": "受信總機的故障訊號本身不是火警也不是淹水證據，可視為設備維修背景。",
         "incidents": [{"label": "flood", "type": "flood", "description": "經貿路積淹水", "sufficient_evidence_key": "wl3-3"},
                       {"label": "ems_M", "type": "rescue", "description": "A區老翁送醫", "sufficient_evidence_key": "d119-ems"},
                       {"label": "sign_O", "type": "traffic", "description": "中清路招牌吹落", "sufficient_evidence_key": "p-sign"}]},
        notes="The drainage water level (level 3) is the first item to arrive; on its own a coordinator with a typhoon night would open a flood watch there. If one insists on a report of water on a road, c01.")


def s479():
    s = Situation(479, "huanzhong_two_crashes_evening_rush", "2026-11-16 17:45", 4799)
    a = (120.65235, 24.19795)  # 中科路口 往東
    b = (120.65695, 24.19888)  # 中清路口前 往西
    s.cong("b-vd-zq02", "SN-VD-ZHONGQING-02", 0, None, 23, sev="Minor")
    s.cong("b-vd-kx01", "SN-VD-KAIXUAN-01", 2, None, 22, sev="Minor")
    s.cctv("cc3-acc", "SN-CCTV-003", 4, "accident", 0.79, "crash_A", "路口東側兩車碰撞", pos=a)
    s.cctv("cc4-sv", "SN-CCTV-004", 5, "stalled_vehicle", 0.64, "crash_A", "西側車道車輛停滯", pos=offset(*a, 60, 20))
    pa = s.police("p-a", "accident", 4.5, "crash_A", "環中路二段中科路口往東 自小客2車擦撞 無人受傷 佔用內側車道", a, "Minor", delay_s=17 * 60)
    s.police("p-a2", "accident", 20, "crash_A", "續報：雙方已和解，車輛移置路邊", a, "Minor", follows=pa["key"], delay_s=60)
    c1 = s.c1999("c-a1", "traffic_accident", 5, "crash_A", "環中路中科路口兩台轎車擦撞停在路中間", s.scatter(*a, 10, 60))
    s.dup(c1, 55)
    s.cong("vd-hz02", "SN-VD-HUANZHONG-02", 8, "crash_A", 12, **{ALT: None})
    # second crash, 8 minutes later, 480 m east, opposite direction
    s.cctv("cc8-acc", "SN-CCTV-008", 12, "accident", 0.86, "crash_B", "路口西側機車倒地", pos=b)
    s.c1999("c-b1", "traffic_accident", 12.5, "crash_B", "中清路交流道下來環中路這邊，貨車撞到機車，騎士躺在地上不動", s.scatter(*b, 10, 70))
    e = s.f119("d119-ems", "ambulance", 13, "crash_B", "環中路中清路口 貨車機車事故 騎士意識不清", offset(*b, 6, 4))
    s.police("p-b", "injury_accident", 13.5, "crash_B", "環中路往西近中清路口 大貨車與機車碰撞 騎士重傷 現場封鎖2車道", b, "Severe")
    # vague call, wrong/ambiguous place, content says scooter
    s.c1999("c-vague", "traffic_accident", 15, "crash_B", "環中路那邊好像有人騎機車被撞，很多人圍著", s.scatter(*offset(*a, 250, 40), 0, 60))
    c2 = s.c1999("c-b2", "traffic_accident", 16, "crash_B", "環中路中清路口車禍救護車還沒到嗎", s.scatter(*b, 20, 90))
    s.dup(c2, 240)
    s.cong("vd-hz03", "SN-VD-HUANZHONG-03", 16, "crash_B", 7, sev="Severe", **{ALT: None})
    s.cong("vd-zq01", "SN-VD-ZHONGQING-01", 19, "crash_B", 9, sev="Severe", **{ALT: None})
    s.f119("d119-ems2", "ambulance", 29, "crash_B", "傷患送中國醫藥大學附設醫院", offset(*b, 6, 4), follows=e["key"])
    s.police("p-b2", "injury_accident", 58, "crash_B", "現場測繪完畢，貨車移置，車道恢復", b, "Moderate", follows="p-b")
    # background
    sg = s.add("b-sig4", "signal", "fault", 25, None, "號誌控制器 燈號異常", sensor="SN-SIG-004")
    s.add("b-sig4-ok", "signal", "restored", 25.7, None, "號誌控制器 恢復正常", sensor="SN-SIG-004", follows=sg["key"])
    s.add("b-pk001", "parking", "full", 30, None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.c1999("b-light", "streetlight", 35, None, "中平路一支路燈不亮，編號XT-0815", road_pt("zhongping", 0.3))
    s.c1999("b-park", "illegal_parking", 10, None, "黎明路三段 一台車停在機車格", road_pt("liming", 0.5))
    s.c1999("b-other", "other", 45, None, "想詢問轉運中心的停車費怎麼算", sensor_pos("SN-PK-001"))
    return s.write(
        "週一下班尖峰，環中路二段兩起事故相隔8分鐘、約480公尺、方向相反：17:49 中科路口往東兩台自小客擦撞（無傷），17:57 中清路口前往西大貨車撞機車（騎士重傷）。警方第一報晚17分鐘送達，續報反而先到；1999重複送件、一通來電地點模糊。",
        [{"label": "crash_A", "type": "traffic", "description": "環中路中科路口 自小客擦撞", "sufficient_evidence_key": "cc3-acc"},
         {"label": "crash_B", "type": "traffic", "description": "環中路中清路口 貨車撞機車 騎士重傷", "sufficient_evidence_key": "c-b1"}],
        {"why": "尖峰時段環中路本來就慢，偵測器的壅塞可當背景，不一定歸到任何一起事故。",
         "incidents": [{"label": "crash_A", "type": "traffic", "description": "中科路口擦撞", "sufficient_evidence_key": "cc3-acc"},
                       {"label": "crash_B", "type": "traffic", "description": "中清路口貨車撞機車", "sufficient_evidence_key": "c-b1"}]},
        notes="c-vague is placed between the two crashes, nearer A; its content (a scooter rider hit) is crash B.")


CALLS_480 = [
    "中央公園裡面草地燒起來了，煙很大",
    "公園那邊有一大片白煙，是不是火災",
    "滯洪池那邊的草在燒，火一直往旁邊跑",
    "我在中科路，看到公園裡面冒煙",
    "綠美圖那邊好像失火了",  # wrong place
    "公園裡有火，有小孩在旁邊玩，很危險",
    "逢甲水湳校區旁邊公園在燒",
    "中央公園冒煙冒很久了，消防車來了沒",
    "公園草皮著火，風很大火燒很快",
    "河南路這邊都聞到燒草的味道",
    "公園步道旁邊的蘆葦燒起來了",
    "中央公園失火，請派人",
    "公園中間那個乾的池子在燒",
    "經貿路這邊看過去公園整片煙",
    "是不是有人在公園放天燈燒起來",
    "公園裡面好多人在圍觀拍照，火還在燒",
    "煙飄到我們大樓這邊，窗戶都要關起來",
    "公園火災，我看到火焰大概一層樓高",
    "中央公園靠西邊那邊冒黑煙",
    "剛剛打過了，公園還在燒",
    "凱旋路這邊看到公園方向有煙",
    "公園裡的草燒焦了，好像還有小火",
    "中央公園在燒，有沒有人受傷不知道",
    "公園那邊消防車進不去，車子都停在路邊",
    "草地燒起來了，靠近滯洪池",
    "公園有煙，空氣很差",
    "中央公園火已經比較小了嗎？還看到煙",
    "公園西側步道整片燒黑了",
    "公園火災的煙是往我們這邊飄，要不要緊",
    "公園那個火滅了沒",
    "我剛路過中央公園，看到消防隊在灑水",
    "中央公園那邊焦味很重",
    "中央公園有火災嗎？看到好多消防車",
    "滯洪池旁邊的草叢冒煙",
    "公園裡面在燒東西，不知道是不是在燒稻草",
    "中央公園南邊也有煙",
    "還在冒白煙，要不要再派人來看",
    "公園失火好可怕",
]


def s480():
    s = Situation(480, "central_park_grass_fire_call_burst", "2026-02-15 14:00", 4800)
    fire = offset(*sensor_pos("SN-FL-003"), -30, 20)
    first = None
    wrong = {4: sensor_pos("SN-FA-004"), 6: sensor_pos("SN-FA-009"), 9: road_pt("henan", 0.85), 13: road_pt("jingmao", 0.55),
             20: road_pt("kaixuan", 0.9), 35: sensor_pos("SN-FL-005")}
    for i, txt in enumerate(CALLS_480):
        at = 0.5 + i * 0.75 + s.rng.uniform(0, 0.6)
        cat = "other" if ("嗎" in txt or "沒" in txt[-3:] or "要不要" in txt) else "fire_smoke"
        pos = wrong.get(i) or s.scatter(*fire, 30, 450)
        it = s.c1999("c%02d" % i, cat, at, "fire_P", txt, pos)
        if first is None:
            first = it
        if i in (2, 8, 17, 27, 33):
            s.dup(it, s.rng.randint(15, 300))
    d = s.f119("d119", "fire", 2.5, "fire_P", "中央公園 草地火災 出動西屯、水湳分隊 水箱車2 水庫車1", fire)
    s.police("p-fire", "fire_report", 4, "fire_P", "中央公園滯洪池旁草地起火，派員管制圍觀民眾", offset(*fire, 30, -20), "Moderate")
    s.f119("d119-on", "fire", 10, "fire_P", "到場 枯草燃燒面積約300平方公尺 延燒中 無人受傷", fire, follows=d["key"])
    # smoke drawn into the campus building's intake: panel alarm 400 m west
    s.add("fa009-alarm", "fire_alarm", "alarm", 12, "fire_P", "逢甲大學水湳校區 3F 空調機房 偵煙探測器動作", sensor="SN-FA-009", **{ALT: "fire_campus"})
    s.add("fa009-normal", "fire_alarm", "normal", 31, "fire_P", "逢甲大學水湳校區 受信總機 復歸", sensor="SN-FA-009", **{ALT: "fire_campus"})
    s.f119("d119-ctrl", "fire", 27, "fire_P", "火勢撲滅 殘火處理 疑似民眾施放天燈引燃", fire, follows=d["key"])
    # lost child at the same crowded park
    k = s.police("p-kid", "other", 18, "lost_K", "中央公園 民眾報案 5歲男童走失 穿紅色外套", s.scatter(*sensor_pos("SN-FL-001"), 20, 80), "Moderate")
    s.police("p-kid2", "other", 41, "lost_K", "走失男童已尋獲 交還家長", sensor_pos("SN-PK-004"), "Minor", follows=k["key"])
    # background
    s.add("b-pk005", "parking", "full", 1, None, "中央公園地下停車場(南) 汽車位已滿", sensor="SN-PK-005")
    s.c1999("b-trash", "環境清潔", 8, None, "公園北邊垃圾桶滿出來了", s.scatter(*sensor_pos("SN-FL-001"), 20, 100))
    s.c1999("b-park", "illegal_parking", 15, None, "中科路公園旁邊紅線停滿車", road_pt("zhongke", 0.8))
    s.cong("b-vd-zk01", "SN-VD-ZHONGKE-01", 22, None, 24, sev="Minor")
    return s.write(
        "乾燥的冬季週日午後，中央公園滯洪池3旁的枯草（疑似天燈）起火，公園遊客多，約30分鐘內湧入近四十通1999，地點從綠美圖、逢甲、河南路、經貿路到公園南端都有，不少重複與追問。西側逢甲校區空調機房吸入煙霧觸發偵煙器。同時公園有5歲男童走失。",
        [{"label": "fire_P", "type": "fire", "description": "中央公園滯洪池3旁草地火災", "sufficient_evidence_key": first["key"][4:]},
         {"label": "lost_K", "type": "rescue", "description": "中央公園 5歲男童走失", "sufficient_evidence_key": "p-kid"}],
        {"why": "逢甲校區的偵煙器動作也可以當成另一棟建築的火警，需要另派人員確認（吸入煙霧的判斷要到場後才知道）。",
         "incidents": [{"label": "fire_P", "type": "fire", "description": "中央公園草地火災", "sufficient_evidence_key": first["key"][4:]},
                       {"label": "fire_campus", "type": "fire", "description": "逢甲大學水湳校區 偵煙器動作（待確認）", "sufficient_evidence_key": "fa009-alarm"},
                       {"label": "lost_K", "type": "rescue", "description": "男童走失", "sufficient_evidence_key": "p-kid"}]})


def s481():
    s = Situation(481, "expo_closing_evening_with_small_jobs", "2026-12-05 19:30", 4811)
    hall = (120.6551, 24.1944)
    s.permit("permit", "exhibition", -570, 30, -14 * 86400, "crowd_E",
             "臺中國際會展中心 國際食品展 10:00-20:00 預估每日人潮 30,000 人", hall)
    s.add("pk006", "parking", "full", 2, "crowd_E", "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    s.add("pk002", "parking", "full", 6, "crowd_E", "經貿六停車場 汽車位已滿", sensor="SN-PK-002")
    s.cctv("cc5-crowd", "SN-CCTV-005", 31, "crowding", 0.81, "crowd_E", "路口行人大量聚集等候", motion="standing")
    s.cctv("cc6-crowd", "SN-CCTV-006", 33, "crowding", 0.74, "crowd_E", "人群往轉運站移動", motion="moving")
    s.police("p-crowd", "crowd_control", 32, "crowd_E", "會展中心散場，經貿路黎明路口人潮管制，延長行人綠燈", sensor_pos("SN-SIG-005"), "Moderate")
    s.cong("vd-lm01", "SN-VD-LIMING-01", 36, "crowd_E", 13)
    s.cong("vd-jm01", "SN-VD-JINGMAO-01", 38, "crowd_E", 11)
    s.add("pk001", "parking", "full", 40, "crowd_E", "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.c1999("c-crowd", "crowding", 45, "crowd_E", "轉運站公車站牌人多到排到馬路上，很危險", s.scatter(*sensor_pos("SN-PK-001"), 10, 60))
    s.c1999("c-park", "illegal_parking", 48, "crowd_E", "經貿路二段一整排臨停接人的車，公車都進不去", s.scatter(*road_pt("jingmao", 0.1), 20, 80), **{ALT: None})
    # single camera dies while watching the crowd: maintenance, background
    s.status("b-cc5-off", "SN-CCTV-005", 52, "offline", None, reason="device_fault")
    s.offline_rule("b-cc5-rule", "SN-CCTV-005", 62, None, "status offline: device_fault")
    # debris on 黎明路
    deb = road_pt("liming", 0.38)
    s.cctv("cc7-obj", "SN-CCTV-007", 20, "fallen_object", 0.68, "debris_D", "東側車道路面掉落物", pos=deb)
    s.police("p-obj", "fallen_object", 24, "debris_D", "黎明路三段往東 貨車掉落木棧板2片 佔用內側車道", deb, "Moderate")
    s.police("p-obj2", "fallen_object", 41, "debris_D", "掉落物已清除", deb, "Minor", follows="p-obj")
    # gas smell near 綠美圖
    gas = offset(*sensor_pos("SN-FA-004"), 40, -30)
    s.c1999("c-gas", "gas_odor", 55, "gas_G", "綠美圖旁邊的餐廳後面一直有很重的瓦斯味", s.scatter(*gas, 10, 40))
    g = s.f119("d119-gas", "hazmat", 58, "gas_G", "綠美圖旁 瓦斯異味 派員檢測", gas)
    s.f119("d119-gas2", "hazmat", 79, "gas_G", "檢測為餐廳桶裝瓦斯管線鬆脫 已關閉 無危險", gas, follows=g["key"])
    # fight at the transit hub
    fight = offset(*sensor_pos("SN-FA-001"), 30, 10)
    s.police("p-fight", "public_disturbance", 66, "fight_F", "水湳轉運中心候車區 2名男子酒後爭吵拉扯", fight, "Moderate", **{ALT: "crowd_E"})
    s.c1999("c-fight", "other", 67, "fight_F", "轉運站有兩個喝醉的人在打架，旁邊的人都嚇到", s.scatter(*fight, 10, 50), **{ALT: "crowd_E"})
    s.police("p-fight2", "public_disturbance", 84, "fight_F", "雙方已帶回派出所", fight, "Minor", follows="p-fight", **{ALT: "crowd_E"})
    # background
    s.c1999("b-light", "streetlight", 10, None, "河南路有一支路燈不亮", road_pt("henan", 0.6))
    s.status("b-pk002-off", "SN-PK-002", 70, "offline", None, reason="maintenance")
    s.c1999("b-noise", "noise", 90, None, "中平路那邊有人在飆車很吵", road_pt("zhongping", 0.6))
    s.add("b-fa010", "fire_alarm", "fault", 75, None, "中國醫藥大學水湳校區 受信總機 主機自我測試異常", sensor="SN-FA-010")
    s.cong("b-vd-hz04", "SN-VD-HUANZHONG-04", 15, None, 25, sev="Minor")
    return s.write(
        "週六晚上會展中心國際食品展20:00散場（許可兩週前送達）：停車場客滿、經貿路黎明路口人潮管制、轉運站排隊；同一晚的小案：黎明路貨車掉落木棧板、綠美圖旁瓦斯異味（桶裝瓦斯管線鬆脫）、轉運中心兩名醉漢爭吵；散場中監看路口的監視器故障離線（單一設備，維修背景）。",
        [{"label": "crowd_E", "type": "crowd", "description": "會展中心展覽散場 人潮與停車", "sufficient_evidence_key": "permit"},
         {"label": "debris_D", "type": "traffic", "description": "黎明路三段 掉落木棧板", "sufficient_evidence_key": "p-obj"},
         {"label": "gas_G", "type": "fire", "description": "綠美圖旁餐廳瓦斯異味檢測", "sufficient_evidence_key": "c-gas"},
         {"label": "fight_F", "type": "public_safety", "description": "轉運中心醉漢爭吵", "sufficient_evidence_key": "p-fight"}],
        {"why": "散場現場的員警可把轉運站的爭吵當活動秩序維護的一部分；臨停接人違停則可視為例行案件。",
         "incidents": [{"label": "crowd_E", "type": "crowd", "description": "會展中心散場（含轉運站爭吵）", "sufficient_evidence_key": "permit"},
                       {"label": "debris_D", "type": "traffic", "description": "黎明路掉落物", "sufficient_evidence_key": "p-obj"},
                       {"label": "gas_G", "type": "fire", "description": "瓦斯異味", "sufficient_evidence_key": "c-gas"}]})


def s482():
    s = Situation(482, "zhongqing_truck_fire_cascade_skewed_clocks", "2026-04-09 10:15", 4822)
    truck = road_pt("zhongqing", 0.29)
    s.cctv("cc8-smoke", "SN-CCTV-008", 0, "smoke", 0.9, "fire_T", "南側車道車輛冒煙", pos=truck, obs_skew_s=250)
    s.cctv("cc8-sv", "SN-CCTV-008", 0.4, "stalled_vehicle", 0.85, "fire_T", "南側車道車輛停滯", pos=truck, obs_skew_s=250)
    c1 = s.c1999("c01", "fire_smoke", 1.0, "fire_T", "中清路下交流道往南那邊一台貨車在燒，火很大", s.scatter(*truck, 10, 80))
    s.dup(c1, 33)
    on = s.f119("d119-on", "fire", 9, "fire_T", "到場 大貨車車頭起火 駕駛手部灼傷 射水中", truck, follows="d119", delay_s=20)
    d = s.f119("d119", "fire", 2, "fire_T", "中清路二段近環中路 車輛火災 出動水湳分隊 水箱車2 救護車1", truck, delay_s=8 * 60)
    s.c1999("c02", "fire_smoke", 2.5, "fire_T", "環中路跟中清路口那邊黑煙一直冒", s.scatter(*truck, 60, 250))
    s.c1999("c03", "other", 4, "fire_T", "中清路車子都不動了，前面煙很大", s.scatter(*road_pt("zhongqing", 0.2), 20, 120))
    p = s.police("p-fire", "fire_report", 3, "fire_T", "中清路二段南下 大貨車起火 派員封鎖管制", truck, "Severe", delay_s=20 * 60)
    s.police("p-close", "road_closure", 7, "fire_T", "中清路二段南下(環中路至經貿路段)封閉，車輛由環中路改道", truck, "Moderate", follows=p["key"])
    s.f119("d119-ems", "ambulance", 10, "fire_T", "貨車駕駛手部二度灼傷 送中國醫藥大學附設醫院", truck)
    # cascade: jam, fire-fighting water in the underpass, signal cabinet scorched
    s.cong("vd-zq01", "SN-VD-ZHONGQING-01", 6, "fire_T", 8, sev="Severe")
    s.cong("vd-hz03", "SN-VD-HUANZHONG-03", 9, "fire_T", 13)
    s.cong("vd-jm01", "SN-VD-JINGMAO-01", 16, "fire_T", 17, **{ALT: None})
    s.flood("fl6-a", "SN-FL-006", 18, "1-15", "fire_T", **{ALT: None})
    sg = s.add("sig8-fault", "signal", "fault", 14, "fire_T", "號誌控制器 燈號全暗", sensor="SN-SIG-008", obs_skew_s=-95, **{ALT: "signal_8"})
    s.police("p-sig", "traffic_signal_fault", 20, "fire_T", "中清環中路口號誌箱遭火燻 燈號全暗 請交通局搶修 現場人工指揮", sensor_pos("SN-SIG-008"), "Moderate", **{ALT: "signal_8"})
    s.f119("d119-out", "fire", 24, "fire_T", "火勢撲滅 車輛待拖吊", truck, follows="d119")
    s.add("sig8-ok", "signal", "restored", 95, "fire_T", "號誌控制器 恢復正常", sensor="SN-SIG-008", obs_skew_s=-95, follows=sg["key"], **{ALT: "signal_8"})
    s.police("p-open", "road_closure", 70, "fire_T", "中清路南下恢復通行", truck, "Minor", follows=p["key"])
    s.cleared("fl6-clr", "SN-FL-006", 40, "fire_T", "中清環中路口地下道 水深回落", **{ALT: None})
    # background
    s.permit("b-works", "road_works", -60, 420, -3 * 86400, None, "河南路二段 人行道改善工程 09:15-17:15 佔用外側車道", road_pt("henan", 0.5))
    s.cong("b-vd-hn01", "SN-VD-HENAN-01", 5, None, 21, sev="Minor")
    s.c1999("b-road", "road_damage", 12, None, "中平路靠經貿路有一個坑洞", road_pt("zhongping", 0.68))
    s.c1999("b-noise", "noise", 30, None, "凱旋路旁邊工地一早就在打樁", road_pt("kaixuan", 0.5))
    s.add("b-fa002", "fire_alarm", "fault", 35, None, "臺中國際會展中心A棟 受信總機 蓄電池異常", sensor="SN-FA-002")
    return s.write(
        "週四上午，一輛大貨車在中清路二段南下近環中路口車頭起火：監視器時鐘快4分10秒、119派遣單比到場單晚到、警方第一報延遲20分鐘。連鎖：中清路南下封閉、中清路與環中路回堵、經貿路分流車多；射水流入中清環中路口地下道使淹水感測器亮起；路口號誌箱遭火燻全暗，由警方人工指揮直到交通局修復。",
        [{"label": "fire_T", "type": "fire", "description": "中清路二段大貨車火災，含封路、回堵、地下道積水與號誌全暗", "sufficient_evidence_key": "c01"}],
        {"why": "號誌全暗要交通局另派廠商搶修，可以是獨立的交通事件；地下道的淺積水與經貿路的車多也可能只是背景。",
         "incidents": [{"label": "fire_T", "type": "fire", "description": "中清路大貨車火災", "sufficient_evidence_key": "c01"},
                       {"label": "signal_8", "type": "traffic", "description": "中清/環中路口號誌全暗搶修", "sufficient_evidence_key": "sig8-fault"}]})


if __name__ == "__main__":
    for fn in (s477, s478, s479, s480, s481, s482):
        stem, n = fn()
        print(stem, n)
