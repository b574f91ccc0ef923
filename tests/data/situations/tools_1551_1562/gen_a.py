"""Situations 1551-1556."""
from lib import Sit

def s1551():
    s = Sit(1551, "concert_amended_convention", "2026-04-18T09:30:00Z",
            "An approved concert at the convention centre hall A is amended (later end); crowds at the hub, car parks full, a fainting fan, noise calls after the end.")
    s.story = ("A concert permit for hall A (19:00-22:00 local) came in days ahead and was amended the same afternoon to end at 22:30. "
               "From 18:00 the crowd builds at the transit hub and the Jingmao 6 shuttle area; the convention car park and Jingmao 6 fill, "
               "police set up crowd control and close the Jingmao Rd kerb lane. A fan faints inside hall A (119 ambulance). After the end the crowd "
               "walks out to the hub; residents of the operations tower area call about noise. Unrelated: a streetlight out on Henan Rd, illegal parking at Zhongke Rd.")
    A, B = "1551-A", "1551-B"
    s.inc(A, "crowd", "Hall A concert: crowd, parking, closures and noise", "1551-pe1")
    s.inc(B, "rescue", "Fan fainted inside hall A, 119 ambulance", "1551-119a")
    s.add("1551-pe1", 90, "planned_event", "police", "concert", A, "hall_a", text="臺中國際會展中心A館演唱會，預估入場12,000人", delay=-3*86400, ends="2026-04-18T14:00:00Z", radius_m=600)
    s.add("1551-pe1b", 90, "planned_event", "police", "concert", A, "hall_a", text="變更：演出結束時間延至22:30，散場接駁延長", delay=-5*3600, ends="2026-04-18T14:30:00Z", radius_m=600, permit_status="amended", follows="1551-pe1")
    s.add("1551-pk1", 25, "parking", "traffic", "full", A, sensor="SN-PK-006", text="會展中心停車場 車位已滿")
    s.add("1551-pk2", 38, "parking", "traffic", "full", A, sensor="SN-PK-002", text="經貿六停車場 車位已滿")
    s.add("1551-cc1", 40, "cctv", "police", "crowding", A, sensor="SN-CCTV-005", confidence=0.82)
    s.add("1551-po1", 45, "incident", "police", "crowd_control", A, "jingmao_liming", severity="Moderate", text="經貿路二段/黎明路口人潮管制，警力8名")
    s.add("1551-po2", 48, "incident", "police", "road_closure", A, "jm6", severity="Minor", text="經貿路二段外側車道封閉供接駁車使用（演唱會）")
    s.rule("1551-cg1", 52, "congestion", "SN-VD-JINGMAO-01", A, text="經貿路車速降至12 km/h")
    s.add("1551-99a", 55, "1999", "citizen", "illegal_parking", None, (120.6530, 24.1880), text="中科路路邊一直有車並排停車，很危險")
    s.add("1551-cc2", 60, "cctv", "police", "crowding", A, sensor="SN-CCTV-004", confidence=0.74)
    s.add("1551-99b", 63, "1999", "citizen", "crowding", A, "hub", text="轉運站這邊人超多，排接駁車排到外面馬路上了")
    s.add("1551-119a", 120, "119", "fire", "ambulance", B, "hall_a", text="會展中心A館內觀眾暈倒，意識模糊", status="dispatched", truth_alt=A)
    s.add("1551-119b", 128, "119", "fire", "ambulance", B, "hall_a", text="救護車到場", status="on_scene", follows="1551-119a", truth_alt=A)
    s.add("1551-119c", 141, "119", "fire", "ambulance", B, "hall_a", text="送醫中國醫藥大學附設醫院", status="returning", follows="1551-119a", truth_alt=A)
    s.add("1551-119d", 170, "119", "fire", "ambulance", B, "hall_a", text="結案", status="closed", follows="1551-119a", truth_alt=A)
    s.add("1551-99c", 150, "1999", "citizen", "streetlight", None, (120.6495, 24.1705), text="河南路這邊路燈有一盞不亮好幾天了")
    s.rule("1551-cg2", 185, "congestion", "SN-VD-HUANZHONG-02", A, text="環中路散場車流", truth_alt=None)
    s.add("1551-cc3", 182, "cctv", "police", "crowding", A, sensor="SN-CCTV-004", confidence=0.9)
    s.add("1551-99d", 195, "1999", "citizen", "noise", A, "tower", text="會展那邊散場很吵，一直有人在大叫，都快十一點了", truth_alt=None)
    s.add("1551-99e", 199, "1999", "citizen", "noise", A, "tower", text="營運塔後面很吵", truth_alt=None)
    s.add("1551-po3", 205, "incident", "police", "road_reopened", A, "jm6", severity="Minor", text="經貿路二段外側車道恢復通行", follows="1551-po2")
    s.add("1551-pk3", 215, "parking", "traffic", "empty", None, sensor="SN-PK-006", text="會展中心停車場車位全空", truth_alt=A)
    s.alt("A coordinator who runs the concert as one event file puts the fainting fan in it (the venue's medics and 119 are part of the event plan); noise after the end and the late traffic are left as background.",
          drop=[B])
    s.note("Fainting fan (1551-119a..d): own rescue job (119 runs it) vs part of the concert job (event medical plan). Alt: concert.")
    s.note("Noise calls 1551-99d/e after 22:30: concert's dispersal (main) vs background residents' noise (alt null).")
    s.note("Car park emptying 1551-pk3: background (main) vs the end of the concert's parking effect (alt A).")
    s.write()

def s1552():
    s = Sit(1552, "reclamation_fire_rekindle", "2026-01-09T17:40:00Z",
            "Sludge-building fire at the water reclamation centre, closed, then rekindles 80 minutes later; an unrelated fall at the CMU campus nearby.")
    s.story = ("01:40 local the water reclamation centre's panel alarms; 119 sends two engines, smoke is seen from the Jingmao/Zhongping camera and two callers. "
               "Crews knock it down, return and close the case. 80 minutes later the panel alarms again and a caller sees flames: 119 dispatches a rekindle "
               "(復燃) that follows the first case. Meanwhile 250 m south, a student falls down stairs at the CMU campus (ambulance). Background: a slow-down on Zhongping Rd "
               "from late lorries, a stalled taxi on Henan Rd.")
    A, B = "1552-A", "1552-B"
    s.inc(A, "fire", "Fire at the water reclamation centre's sludge building, including its rekindle", "1552-fa1")
    s.inc(B, "rescue", "Student fell on stairs at CMU Shuinan campus", "1552-119x")
    s.add("1552-fa1", 0, "fire_alarm", "disaster", "alarm", A, sensor="SN-FA-008", text="水資源回收中心 污泥處理棟 2F 偵煙器動作")
    s.dup("1552-fa1", 95)
    s.add("1552-119a", 3, "119", "fire", "fire", A, "reclaim", text="水湳水資源回收中心污泥棟冒煙，派遣水箱車2、救護車1", status="dispatched")
    s.add("1552-cc1", 6, "cctv", "police", "smoke", A, sensor="SN-CCTV-011", confidence=0.61)
    s.add("1552-99a", 7, "1999", "citizen", "fire_smoke", A, (120.6600, 24.1770), text="經貿路這邊好像哪裡在燒東西，煙很大")
    s.add("1552-119b", 11, "119", "fire", "fire", A, "reclaim", status="on_scene", follows="1552-119a", text="到場，污泥脫水機火勢，進行瞄子射水")
    s.add("1552-99b", 14, "1999", "citizen", "fire_smoke", A, "ecoB", text="我們家窗戶飄進來燒焦味，是不是哪裡火災", truth_alt=None)
    s.add("1552-po1", 15, "incident", "police", "fire_report", A, "reclaim", severity="Moderate", text="協助火警現場交通管制，經貿路三段南向")
    s.add("1552-119b2", 34, "119", "fire", "fire", A, "reclaim", status="on_scene", follows="1552-119a", text="火勢撲滅，殘火處理")
    s.add("1552-fa2", 36, "fire_alarm", "disaster", "normal", A, sensor="SN-FA-008", text="復歸")
    s.add("1552-119c", 48, "119", "fire", "fire", A, "reclaim", status="returning", follows="1552-119a", text="返隊")
    s.add("1552-119d", 62, "119", "fire", "fire", A, "reclaim", status="closed", follows="1552-119a", text="結案，燒損污泥脫水機1台，無人傷亡")
    s.rule("1552-cg1", 40, "congestion", "SN-VD-ZHONGPING-02", None, text="中平路車速下降")
    s.add("1552-119x", 55, "119", "fire", "ambulance", B, "cmu", text="中國醫大水湳校區宿舍學生樓梯跌倒，頭部撕裂傷")
    s.add("1552-119x2", 63, "119", "fire", "ambulance", B, "cmu", status="on_scene", follows="1552-119x")
    s.add("1552-119x3", 80, "119", "fire", "ambulance", B, "cmu", status="returning", follows="1552-119x", text="送醫")
    s.add("1552-po2", 70, "incident", "police", "stalled_vehicle", None, (120.6505, 24.1715), severity="Minor", text="河南路計程車拋錨，已排除")
    s.add("1552-fa3", 142, "fire_alarm", "disaster", "alarm", A, sensor="SN-FA-008", text="污泥處理棟 2F 偵煙器再次動作", truth_alt="1552-C")
    s.add("1552-99c", 144, "1999", "citizen", "fire_smoke", A, "reclaim", text="剛剛那個回收中心又冒火了，看得到火光", truth_alt="1552-C")
    s.add("1552-119e", 145, "119", "fire", "rekindle", A, "reclaim", text="水資源回收中心污泥棟復燃，再派水箱車2", follows="1552-119a", truth_alt="1552-C")
    s.add("1552-119x4", 110, "119", "fire", "ambulance", B, "cmu", status="closed", follows="1552-119x")
    s.add("1552-119f", 152, "119", "fire", "rekindle", A, "reclaim", status="on_scene", follows="1552-119e", truth_alt="1552-C")
    s.add("1552-cc2", 150, "cctv", "police", "smoke", A, sensor="SN-CCTV-011", confidence=0.77, truth_alt="1552-C")
    s.add("1552-119g", 175, "119", "fire", "rekindle", A, "reclaim", status="closed", follows="1552-119e", text="復燃撲滅，污泥堆翻開降溫，派員監控至天亮", truth_alt="1552-C")
    s.add("1552-fa4", 178, "fire_alarm", "disaster", "normal", A, sensor="SN-FA-008", truth_alt="1552-C")
    s.alt("The rekindle is logged as a new case by some centres (a new 119 case number was opened), so the second episode is a separate fire job.",
          add=[("1552-C", "fire", "Rekindle at the reclamation centre (second episode)", "1552-fa3")])
    s.note("Rekindle 80 min after close (1552-fa3..fa4): same fire job reopened (main: same building, same seat of fire, follows the first case) vs a new job (alt 1552-C).")
    s.note("Burnt smell at eco block B 500 m north (1552-99b): the fire's smoke drifting (main) vs unrelated (alt null).")
    s.note("CMU ambulance 250 m from the fire at the same hour is unrelated: a fall, not smoke.")
    s.write()

def s1553():
    s = Sit(1553, "zhongping_works_signal", "2026-03-03T13:30:00Z",
            "Road works on Zhongping Rd under a permit that is amended; the contractor cuts the Henan/Zhongping signal cable twice.")
    s.story = ("A works permit for a water-main on Zhongping Rd (Henan Rd to Jingmao Rd, 22:00-05:00 local) is approved, then amended to start an hour earlier. "
               "Police close one lane; the Zhongping detector shows the queue. At 23:10 the Henan/Zhongping signal goes dark: the excavator hit the cable. "
               "Camera, police and a caller report it; the repair crew restores it at 00:05, and at 00:50 it goes dark again (same trench). Works end, lane reopened. "
               "Background: a noise call about a neighbour's karaoke in Xitun, a streetlight.")
    A, B = "1553-A", "1553-B"
    s.inc(A, "infrastructure", "Zhongping Rd water-main works: closure and its queue", "1553-po1")
    s.inc(B, "traffic", "Henan/Zhongping signal dark (cable cut by works), twice", "1553-sg1")
    s.add("1553-pe1", 30, "planned_event", "police", "road_works", A, (120.6550, 24.1710), text="中平路(河南路至經貿路)自來水管線汰換，夜間封閉外側車道", delay=-2*86400, ends="2026-03-03T21:00:00Z", radius_m=500)
    s.add("1553-pe2", 0, "planned_event", "police", "road_works", A, (120.6550, 24.1710), text="變更施工時間：21:30開始", delay=-6*3600, ends="2026-03-03T21:00:00Z", radius_m=500, permit_status="amended", follows="1553-pe1")
    s.add("1553-po1", 5, "incident", "police", "road_closure", A, (120.6535, 24.1709), severity="Minor", text="中平路外側車道封閉施工，交通管制")
    s.rule("1553-cg1", 18, "congestion", "SN-VD-ZHONGPING-01", A, text="中平路車速降至15 km/h")
    s.add("1553-99a", 25, "1999", "citizen", "noise", A, (120.6545, 24.1725), text="中平路施工半夜在打路面，很吵睡不著", truth_alt=None)
    s.add("1553-99b", 40, "1999", "citizen", "noise", None, (120.6420, 24.1740), text="隔壁在唱卡拉OK唱到現在")
    s.add("1553-sg1", 100, "signal", "traffic", "fault", B, sensor="SN-SIG-010", text="號誌控制器失電", truth_alt=A)
    s.add("1553-cc1", 101, "cctv", "traffic", "signal_dark", B, sensor="SN-CCTV-010", confidence=0.93, truth_alt=A)
    s.add("1553-po2", 104, "incident", "police", "traffic_signal_fault", B, "henan_zhongping", severity="Moderate", text="河南路中平路口號誌全暗，派員指揮交通", truth_alt=A)
    s.add("1553-99c", 106, "1999", "citizen", "traffic_signal", B, "henan_zhongping", text="河南路跟中平路口紅綠燈都不亮，車子亂鑽", truth_alt=A)
    s.rule("1553-cg2", 108, "congestion", "SN-VD-HENAN-02", B, text="河南路車速降低", truth_alt=A)
    s.add("1553-po3", 112, "incident", "police", "other", B, "henan_zhongping", severity="Minor", text="經查施工挖斷號誌電纜，已通知交通局搶修", follows="1553-po2", truth_alt=A)
    s.add("1553-sg2", 155, "signal", "traffic", "restored", B, sensor="SN-SIG-010", text="恢復正常", truth_alt=A)
    s.add("1553-99c2", 170, "1999", "citizen", "traffic_signal", B, "henan_zhongping", text="(案件更新) 已派廠商修復", follows="1553-99c", status="已完成", truth_alt=A)
    s.add("1553-sg3", 200, "signal", "traffic", "fault", B, sensor="SN-SIG-010", text="號誌控制器失電", truth_alt="1553-C")
    s.add("1553-cc2", 201, "cctv", "traffic", "signal_dark", B, sensor="SN-CCTV-010", confidence=0.9, truth_alt="1553-C")
    s.add("1553-99d", 205, "1999", "citizen", "traffic_signal", B, "henan_zhongping", text="剛剛打過，河南路口紅綠燈又不亮了", truth_alt="1553-C")
    s.add("1553-po4", 207, "incident", "police", "traffic_signal_fault", B, "henan_zhongping", severity="Moderate", follows="1553-po2", text="同一路口號誌再度全暗，續派員指揮", truth_alt="1553-C")
    s.add("1553-sg4", 240, "signal", "traffic", "restored", B, sensor="SN-SIG-010", truth_alt="1553-C")
    s.add("1553-99e", 215, "1999", "citizen", "streetlight", None, (120.6580, 24.1790), text="經貿路路燈一閃一閃")
    s.add("1553-po5", 330, "incident", "police", "road_reopened", A, (120.6535, 24.1709), severity="Minor", follows="1553-po1", text="中平路施工結束，恢復通行")
    s.alt("The signal fault is the works' own damage: a coordinator holding the works file sends the contractor and the signal crew together; the second outage after the repair is then a new fault ticket.",
          add=[("1553-C", "traffic", "Second signal outage at Henan/Zhongping", "1553-sg3")], drop=[B])
    s.note("Signal fault caused by the works: separate traffic job (main: different crew, signal contractor) vs part of the works job (alt).")
    s.note("Second outage 45 min after restoration: same signal job (main: same cut cable) vs new ticket (alt 1553-C).")
    s.note("Noise call about the works (1553-99a): part of the works job (main) vs background (alt null).")
    s.note("The 1999 case update 1553-99c2 arrives after the repair; it follows the first call.")
    s.write()

def s1554():
    s = Sit(1554, "henan_flood_twice", "2026-06-02T07:00:00Z",
            "Afternoon thunderstorm floods the Henan Rd low point; closed and reopened; a second cell 2 h later floods Henan/Zhongping 400 m south-west.")
    s.story = ("15:00 local a thunderstorm: 大雨 at the park gauge and CWA Xitun. The Henan Rd low point sensor rises to 16-30 cm, police close the Henan Rd car park "
               "approach, callers report water. The park's ponds fill (north and south pond at warning level 3) - they are doing their job. By 16:30 the water "
               "drains, police reopen; the 1999 case is updated closed at 19:40. At 17:10 a second cell: the Henan/Zhongping junction 400 m south-west floods "
               "(no sensor there; a camera and callers), a car stalls in the water. Background: a fallen branch in the park, a slow-down on Huanzhong Rd.")
    A, B, C = "1554-A", "1554-B", "1554-C"
    s.inc(A, "flood", "Henan Rd low point flooded (first cell)", "1554-fl1")
    s.inc(B, "flood", "Central Park ponds at warning level 3: pond watch", "1554-wl1")
    s.inc(C, "flood", "Henan/Zhongping junction flooded (second cell), car stalled", "1554-cc3")
    s.rule("1554-rn1", 0, "heavy_rain", "SN-RG-001", None, level="大雨", text="時雨量 46 mm")
    s.rule("1554-rn2", 5, "heavy_rain", "C0F9T0", None, level="大雨", text="時雨量 42 mm")
    s.rule("1554-fl1", 15, "flood_depth", "SN-FL-007", A, severity="Minor", level="1-15", text="淹水深度 9 cm")
    s.rule("1554-fl2", 28, "flood_depth", "SN-FL-007", A, severity="Moderate", level="16-30", text="淹水深度 22 cm")
    s.add("1554-99a", 25, "1999", "citizen", "flooding", A, "henan_cp", text="河南路停車場前面積水到腳踝，機車過不去")
    s.add("1554-po1", 33, "incident", "police", "flooding_report", A, "henan_low", severity="Moderate", text="河南路低窪路段積水約20公分")
    s.add("1554-po2", 36, "incident", "police", "road_closure", A, "henan_low", severity="Moderate", text="河南路往停車場方向封閉")
    s.add("1554-99b", 38, "1999", "citizen", "blocked_drain", A, (120.6533, 24.1748), text="停車場旁邊水溝蓋被落葉塞住了，水都退不下去", truth_alt=None)
    s.rule("1554-wl1", 40, "water_level", "SN-WL-001", B, severity="Moderate", level="3", text="北滯洪池水位 2.1 m")
    s.rule("1554-wl2", 52, "water_level", "SN-WL-002", B, severity="Moderate", level="3", text="南滯洪池水位 2.2 m")
    s.rule("1554-fp3", 50, "flood_depth", "SN-FL-003", B, severity="Minor", level="1-15", text="滯洪池3 蓄水", truth_alt=None)
    s.add("1554-99c", 45, "1999", "citizen", "公園路樹", None, "park_mid", text="中央公園步道有樹枝斷掉掉在步道上")
    s.rule("1554-cg1", 47, "congestion", "SN-VD-HUANZHONG-04", None, text="環中路下班車潮")
    s.rule("1554-fl3", 85, "cleared", "SN-FL-007", A, severity="Minor", text="淹水深度回降 0 cm")
    s.add("1554-po3", 92, "incident", "police", "road_reopened", A, "henan_low", severity="Minor", text="河南路積水已退，恢復通行", follows="1554-po2")
    s.rule("1554-wl3", 110, "water_level_falling", "SN-WL-001", B, severity="Minor", text="北滯洪池水位回降 1.8 m")
    s.rule("1554-rn3", 125, "heavy_rain", "SN-RG-001", None, level="大雨", text="時雨量 51 mm")
    s.add("1554-cc3", 132, "cctv", "traffic", "flooding", C, sensor="SN-CCTV-010", confidence=0.71, truth_alt=A)
    s.add("1554-99d", 134, "1999", "citizen", "flooding", C, "henan_zhongping", text="河南路中平路口淹水了，有台車熄火停在路中間", truth_alt=A)
    s.add("1554-po4", 140, "incident", "police", "stalled_vehicle", C, "henan_zhongping", severity="Moderate", text="河南路中平路口積水，自小客車涉水熄火，協助推離", truth_alt=A)
    s.rule("1554-cg2", 138, "congestion", "SN-VD-HENAN-02", C, text="河南路車速降至8 km/h", truth_alt=A)
    s.add("1554-99e", 141, "1999", "citizen", "flooding", C, "henan_cp", text="河南路停車場那邊又淹了", truth_alt=A)
    s.rule("1554-fl4", 139, "flood_depth", "SN-FL-007", C, severity="Minor", level="1-15", text="淹水深度 6 cm", truth_alt=A)
    s.rule("1554-wl4", 145, "water_level", "SN-WL-002", B, severity="Severe", level="2", text="南滯洪池水位 2.6 m")
    s.add("1554-po5", 190, "incident", "police", "other", C, "henan_zhongping", severity="Minor", text="河南路中平路口積水已退，車輛已拖離", follows="1554-po4", truth_alt=A)
    s.add("1554-99a2", 280, "1999", "citizen", "flooding", A, "henan_cp", text="(案件更新) 水利局已清除排水溝落葉，結案", follows="1554-99a", status="結案")
    s.alt("One storm, one road: a coordinator keeps the Henan Rd flooding as one job across both cells since the same drainage and crew handle both spots; the blocked drain is background maintenance.",
          drop=[C])
    s.note("Second cell at Henan/Zhongping 400 m from the first spot, after the first was reopened: new job (main) vs the same Henan Rd flood job (alt A).")
    s.note("Pond levels: a pond watch job of its own (main) - ponds filling is by design but level 2 needs someone watching; the pond 3 flood sensor is the pond filling (main B, alt null).")
    s.note("Heavy-rain alerts are background (the cause, not a job).")
    s.note("Blocked drain call 1554-99b: the flood's cause at its spot (main A) vs drain maintenance (alt null).")
    s.note("The 1999 case update closes 3 h after the flood (1554-99a2); still labelled with its case.")
    s.write()

def s1555():
    s = Sit(1555, "huanzhong_crash_followups", "2026-02-20T00:10:00Z",
            "Injury crash at Zhongke/Huanzhong with ambulance updates, police follow-ups (one arriving before its original), a camera with a local-time clock, a caller naming the wrong junction, and a secondary crash in the queue.")
    s.story = ("08:10 local a car and a scooter collide at Zhongke Rd/Huanzhong Rd. The camera flags it (its clock stamps local time as UTC, 8 h ahead). Police "
               "report an injury accident; 119 sends an ambulance (dispatched, on scene, returning, closed). The police's follow-up on towing reaches the centre before "
               "the first report. A caller says 中清路口 (the wrong junction, 700 m east). The queue reaches Kaixuan Rd, where 40 minutes later a rear-end crash happens. "
               "Background: a pickpocket at the transit hub, routine morning slow-down on Zhongqing Rd.")
    A, B = "1555-A", "1555-B"
    s.inc(A, "traffic", "Injury crash car/scooter at Zhongke Rd/Huanzhong Rd", "1555-cc1")
    s.inc(B, "traffic", "Rear-end crash in the queue at Kaixuan Rd/Huanzhong Rd", "1555-po5")
    s.add("1555-cc1", 0, "cctv", "police", "accident", A, sensor="SN-CCTV-003", confidence=0.88, clock_shift_min=480)
    s.add("1555-po1", 2, "incident", "police", "injury_accident", A, "zhongke_huanzhong", severity="Severe", text="中科路環中路口汽機車碰撞，機車騎士倒地", delay=600)
    s.add("1555-119a", 3, "119", "fire", "ambulance", A, "zhongke_huanzhong", text="環中路中科路口車禍，一人受傷", status="dispatched")
    s.add("1555-99a", 4, "1999", "citizen", "traffic_accident", A, "zhongqing_huanzhong", text="中清環中路口那邊有車禍，機車倒在地上", truth_alt=None)
    s.rule("1555-cg1", 6, "congestion", "SN-VD-HUANZHONG-02", A, text="環中路車速降至10 km/h")
    s.add("1555-119b", 9, "119", "fire", "ambulance", A, "zhongke_huanzhong", status="on_scene", follows="1555-119a")
    s.add("1555-po2", 8, "incident", "police", "road_closure", A, "zhongke_huanzhong", severity="Moderate", text="環中路二段往台74方向內側兩車道封閉處理事故", follows="1555-po1", delay=40)
    s.add("1555-119c", 20, "119", "fire", "ambulance", A, "zhongke_huanzhong", status="returning", follows="1555-119a", text="傷者送醫，意識清楚")
    s.add("1555-po3", 30, "incident", "police", "other", A, "zhongke_huanzhong", severity="Minor", text="肇事車輛已拖吊，現場清理中", follows="1555-po1")
    s.add("1555-cc2", 12, "cctv", "police", "stalled_vehicle", A, sensor="SN-CCTV-003", confidence=0.7, clock_shift_min=480)
    s.rule("1555-cg2", 15, "congestion", "SN-VD-HUANZHONG-01", A, text="環中路車速降至18 km/h", truth_alt=None)
    s.add("1555-po9", 16, "incident", "police", "theft", None, "hub", severity="Minor", text="水湳轉運中心候車區旅客遭扒竊手機")
    s.rule("1555-cg3", 20, "congestion", "SN-VD-ZHONGQING-02", None, text="中清路尖峰車流")
    s.add("1555-po5", 42, "incident", "police", "accident", B, "kaixuan_huanzhong", severity="Minor", text="環中路凱旋路口追撞，無人受傷", truth_alt=A)
    s.add("1555-cc5", 41, "cctv", "police", "stalled_vehicle", B, sensor="SN-CCTV-002", confidence=0.66, truth_alt=A)
    s.add("1555-99b", 44, "1999", "citizen", "traffic_accident", B, "kaixuan_huanzhong", text="環中凱旋路口又一起車禍，後車撞前車", truth_alt=A)
    s.add("1555-po4", 50, "incident", "police", "road_reopened", A, "zhongke_huanzhong", severity="Minor", text="中科路口事故處理完畢，恢復通行", follows="1555-po2")
    s.add("1555-119d", 55, "119", "fire", "ambulance", A, "zhongke_huanzhong", status="closed", follows="1555-119a")
    s.add("1555-po6", 65, "incident", "police", "other", B, "kaixuan_huanzhong", severity="Minor", text="凱旋路口追撞和解，車輛駛離", follows="1555-po5", truth_alt=A)
    s.rule("1555-cg4", 70, "cleared", "SN-VD-HUANZHONG-02", A, severity="Minor", text="車速恢復")
    s.add("1555-99a2", 200, "1999", "citizen", "traffic_accident", A, "zhongqing_huanzhong", text="(案件更新) 經查為中科路口事故，已由警方處理完畢", follows="1555-99a", status="結案", truth_alt=None)
    s.alt("The rear-end crash is the first crash's queue: one coordinated traffic response for the whole Huanzhong Rd closure; the caller naming 中清路口 is treated as an unconfirmed separate report and left out.",
          drop=[B])
    s.note("Secondary crash in the queue 450 m west (1555-po5..): its own job (main: different police unit, minor) vs the first crash's job (alt A).")
    s.note("Caller naming 中清環中路口 (700 m east) describes the same scooter: main A (the operator's later update confirms it) vs noise (alt null).")
    s.note("Camera 1555-cc1/cc2 stamps local time as UTC (observed 8 h ahead); police report 1555-po1 arrives 10 min late, after its follow-up 1555-po2.")
    s.note("Slow-down at Huanzhong VD 1 (1.3 km west): the crash's queue (main) vs morning rush (alt null).")
    s.write()

def s1556():
    s = Sit(1556, "march_and_cancelled_expo", "2026-05-09T05:00:00Z",
            "A march along Jingmao Rd (approved, then route amended) while a hall B exhibition is cancelled the night before; closures, crowds, parking and a lost child.")
    s.story = ("A march permit (14:00-16:00 local) from the transit hub along Jingmao Rd to the Museumbrary is amended to end at Jingmao 7th Rd. A trade exhibition in hall B for the same "
               "day is cancelled the evening before; some visitors still come. Police close Jingmao Rd, CCTV sees the crowd, Jingmao 6 fills. A child is lost from the march "
               "and found 40 min later. Afterwards police reopen the road. Background: a car-park-full message at the hub (weekend travellers), a road-damage call on Kaixuan Rd.")
    A, B = "1556-A", "1556-B"
    s.inc(A, "crowd", "March along Jingmao Rd: closure, crowds, parking", "1556-pe1")
    s.inc(B, "rescue", "Child lost from the march, found", "1556-po7")
    s.add("1556-pe9", 60, "planned_event", "police", "exhibition", None, "hall_b", text="會展中心B館 機械展", delay=-10*86400, ends="2026-05-09T10:00:00Z", radius_m=300)
    s.add("1556-pe9c", 60, "planned_event", "police", "exhibition", None, "hall_b", text="撤銷：主辦單位取消展覽", delay=-15*3600, ends="2026-05-09T10:00:00Z", radius_m=300, permit_status="cancelled", follows="1556-pe9")
    s.add("1556-pe1", 0+300/60*12, "planned_event", "police", "march", A, (120.6552, 24.1955), text="遊行：水湳轉運中心經經貿路至綠美圖，預估3,000人", delay=-5*86400, ends="2026-05-09T08:00:00Z", radius_m=800)
    s.add("1556-pe1b", 60, "planned_event", "police", "march", A, (120.6550, 24.1960), text="變更路線：終點改為經貿路二段/經貿七路口", delay=-20*3600, ends="2026-05-09T08:00:00Z", radius_m=600, permit_status="amended", follows="1556-pe1")
    s.add("1556-pk9", 40, "parking", "traffic", "full", None, sensor="SN-PK-001", text="轉運中心停車場 車位已滿")
    s.add("1556-po1", 55, "incident", "police", "road_closure", A, "jingmao_huanzhong", severity="Moderate", text="經貿路二段(環中路至經貿七路)遊行管制封閉")
    s.add("1556-cc1", 65, "cctv", "police", "crowding", A, sensor="SN-CCTV-004", confidence=0.86)
    s.add("1556-pk1", 62, "parking", "traffic", "full", A, sensor="SN-PK-002", text="經貿六停車場 車位已滿")
    s.rule("1556-cg1", 70, "congestion", "SN-VD-JINGMAO-01", A, text="經貿路車速降至5 km/h")
    s.add("1556-99a", 72, "1999", "citizen", "crowding", A, "hall_b", text="會展B館門口好多人，展覽不是取消了嗎？路都走不過去", truth_alt=None)
    s.add("1556-cc2", 85, "cctv", "police", "crowding", A, sensor="SN-CCTV-005", confidence=0.8)
    s.add("1556-po2", 88, "incident", "police", "crowd_control", A, "jingmao_liming", severity="Moderate", text="經貿黎明路口遊行隊伍通過，警力疏導")
    s.add("1556-99b", 90, "1999", "citizen", "road_damage", None, (120.6505, 24.1890), text="凱旋路這邊有一個坑洞，機車騎過很危險")
    s.add("1556-po7", 100, "incident", "police", "missing_person", B, "jingmao_liming", severity="Moderate", text="遊行隊伍中5歲男童與家長走散，穿黃色上衣", truth_alt=A)
    s.add("1556-99c", 104, "1999", "citizen", "missing_person", B, "jingmao_7", text="我小孩剛剛在遊行的地方走散了，5歲，黃色衣服", truth_alt=A)
    s.add("1556-cc3", 110, "cctv", "police", "crowding", A, sensor="SN-CCTV-006", confidence=0.83)
    s.add("1556-po8", 140, "incident", "police", "missing_person", B, "museum", severity="Minor", text="走失男童於綠美圖服務台尋獲，已交還家長", follows="1556-po7", truth_alt=A)
    s.add("1556-po3", 150, "incident", "police", "crowd_control", A, "jingmao_7", severity="Minor", text="遊行於經貿七路口解散")
    s.add("1556-99d", 158, "1999", "citizen", "noise", A, "tower", text="遊行的擴音器很大聲", truth_alt=None)
    s.add("1556-po4", 175, "incident", "police", "road_reopened", A, "jingmao_huanzhong", severity="Minor", text="經貿路二段遊行管制解除，恢復通行", follows="1556-po1")
    s.rule("1556-cg2", 178, "cleared", "SN-VD-JINGMAO-01", A, severity="Minor")
    s.add("1556-99c2", 190, "1999", "citizen", "missing_person", B, "jingmao_7", text="(案件更新) 男童已尋獲", follows="1556-99c", status="結案", truth_alt=A)
    s.alt("The event's commander runs the lost child through the march's own police: one crowd job; the crowd at hall B and the loudspeaker are background.",
          drop=[B])
    s.note("Cancelled exhibition permit (1556-pe9, pe9c): no job (main and alt null): nothing it planned happens.")
    s.note("Caller at hall B thinks it is the exhibition's crowd; it is the march passing: main A vs alt null (wrong thing, left out).")
    s.note("Lost child: its own rescue/search job (main) vs part of the march job (alt A).")
    s.note("Transit hub car park full: weekend travellers, background; a coordinator might attribute it to the march (not labelled alt).")
    s.write()

for f in (s1551, s1552, s1553, s1554, s1555, s1556):
    f()
