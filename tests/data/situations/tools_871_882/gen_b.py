"""Situations 877-882. Seeded: the output is stable. Times below are Taiwan time (UTC+8)."""
from lib import (Situation, T, pos, junction, on_road, along, offset, same_inc)


# ============================================================================ 877
def s877():
    S = Situation(877, "smoke_from_outside",
                  "東北季風下午，園區東側外的中清路三段資源回收場火警約 6 小時，濃煙往西南飄進園區；"
                  "生態住宅 A 區因外部煙霧觸發火警另行出動；中國醫藥大學另有一起救護。")
    fy = "fire_recycling_yard"
    ea = "alarm_eco_a"
    em = "ems_cmu"
    YARD = offset(on_road("zhongqing", (120.6650, 24.1872)), 60, 90)
    ROAD = on_road("zhongqing", YARD)
    D = "2027-12-09 "

    S.c1999("1161209-000311", "fire_smoke", S.scatter((120.6525, 24.1815), 20, 60), T(D + "10:30"),
            T(D + "10:31"), "民眾來電：逢甲水湳校區旁邊空地有人在燒雜草，煙飄到馬路上，請環保局來看。", None)
    S.status("SN-CCTV-011", "offline", T(D + "11:20"), None, reason="maintenance")
    S.status("SN-CCTV-011", "online", T(D + "11:26"), None)
    S.panel("SN-FA-005", "fault", T(D + "12:30"), "B1 偵煙探測器故障", None)
    S.panel("SN-FA-005", "normal", T(D + "12:34"), "主機復歸", None)
    S.c1999("1161209-000355", "illegal_parking", S.scatter(pos("SN-PK-001"), 30, 70), T(D + "13:40"),
            T(D + "13:41"), "民眾來電：轉運中心旁邊經貿路上有遊覽車並排停車。", None)
    f1 = "119-1161209-0405"
    S.f119(f1, "fire", YARD, T(D + "14:12"), T(D + "14:13"),
           "119 火災｜北屯區中清路三段 資源回收場 廢塑膠堆燃燒，濃煙｜派遣 轄區分隊及增援 水箱車4、水庫車2、雲梯車1、救護車1",
           fy)
    S.f119(f1 + "-on_scene", "fire", YARD, T(D + "14:20"), T(D + "14:20:40"),
           "到達現場，回收場內廢塑膠及紙類堆燃燒，面積約 300 平方公尺，濃煙往西南飄，無人受困。", fy, follows=f1)
    S.dup(f1, T(D + "14:21"))
    S.c1999("1161209-000422", "fire_smoke", S.scatter(pos("SN-FA-011"), 20, 60), T(D + "14:25"), T(D + "14:26"),
            "民眾來電：外面都是煙，很臭，不知道哪裡燒起來，我們社區要不要關窗？", fy)
    S.c1999("1161209-000425", "fire_smoke", S.scatter(ROAD, 120, 180), T(D + "14:28"), T(D + "14:29"),
            "民眾來電：中清路旁邊的回收場燒起來了，黑煙很大，消防車已經在路上了嗎？", fy)
    S.rule("SN-VD-ZHONGQING-02", "congestion", T(D + "14:30"), fy, value=(14, 57))
    S.c1999("1161209-000431", "fire_smoke", S.scatter(pos("SN-FA-004"), 20, 50), T(D + "14:40"), T(D + "14:42"),
            "民眾來電：在綠美圖外面聞到很重的燒塑膠味，天空灰灰的，是哪裡火災？", fy)
    a1 = S.panel("SN-FA-011", "alarm", T(D + "14:48"), "5F 走廊 偵煙探測器動作", ea, alt=fy)
    f2 = "119-1161209-0419"
    S.f119(f2, "fire", pos("SN-FA-011"), T(D + "14:52"), T(D + "14:53"),
           "119 火災｜北屯區經貿路三段 水湳生態住宅 A 區 火警受信總機動作（5F），住戶反映煙味｜派遣 水箱車1、救助車1",
           ea, alt=fy)
    S.f119(f2 + "-on_scene", "fire", pos("SN-FA-011"), T(D + "15:00"), T(D + "15:01"),
           "到達現場，逐層檢查無起火，確認為外部煙霧經梯間窗戶飄入觸發偵煙器。", ea, follows=f2, alt=fy)
    S.cctv("SN-CCTV-011", "smoke", 0.58, T(D + "15:05"), "影像分析：畫面上方疑似煙霧", fy)
    S.police("TCPD-20271209-0151", "road_closure", "Moderate", ROAD, T(D + "14:35"), T(D + "15:10"),
             "中清路三段近資源回收場，南下外側兩車道封閉供消防車作業，車輛改道。", fy)
    S.panel("SN-FA-011", "normal", T(D + "15:20"), "主機復歸", ea, alt=fy)
    S.f119(f2 + "-closed", "fire", pos("SN-FA-011"), T(D + "15:25"), T(D + "15:26"),
           "非本棟火警，已請管委會關閉梯間窗戶，收隊。", ea, follows=f2, alt=fy)
    S.c1999("1161209-000447", "fire_smoke", S.scatter(pos("SN-FA-009"), 20, 60), T(D + "15:30"), T(D + "15:31"),
            "民眾來電：逢甲水湳校區這邊也聞到燒東西的味道，是早上燒草那個還是別的地方？", fy)
    S.f119(f1 + "-controlled", "fire", YARD, T(D + "15:40"), T(D + "15:41"),
           "火勢已控制，持續翻堆射水。", fy, follows=f1)
    S.police("TCPD-20271209-0144", "fire_report", "Severe", YARD, T(D + "14:15"), T(D + "16:20"),
             "中清路三段資源回收場火警，濃煙往西南飄散，消防局搶救中，已通知環保局監測空品。", fy)
    ec = "119-1161209-0450"
    S.f119(ec + "-on_scene", "ambulance", pos("SN-FA-010"), T(D + "16:36"), T(D + "16:37"),
           "到達現場，學生右腳踝扭傷腫脹，可行走。", em, follows=ec)
    S.f119(ec, "ambulance", pos("SN-FA-010"), T(D + "16:30"), T(D + "16:38"),
           "119 救護｜中國醫藥大學水湳校區 體育館 學生打球扭傷腳踝｜派遣 救護車1", em)
    S.c1999("1161209-000460", "fire_smoke", S.scatter(pos("SN-FA-012"), 20, 60), T(D + "16:50"), T(D + "16:51"),
            "民眾來電：下午的煙已經小很多了，但是味道還在，會不會有毒？", fy)
    S.f119(ec + "-returning", "ambulance", pos("SN-FA-010"), T(D + "16:55"), T(D + "16:56"),
           "患者送中國醫藥大學附設醫院。", em, follows=ec)
    S.f119(f1 + "-overhaul", "fire", YARD, T(D + "17:30"), T(D + "17:31"),
           "殘火處理中，以怪手翻堆。", fy, follows=f1)
    S.rule("SN-VD-HUANZHONG-01", "congestion", T(D + "17:35"), None, value=(22, 41))
    S.rule("SN-VD-ZHONGQING-02", "cleared", T(D + "18:05"), fy,
           follows=S.opened("SN-VD-ZHONGQING-02", "congestion"), text="中清路車輛偵測器2 車速回升，壅塞解除")
    S.c1999("1161209-000489", "streetlight", S.scatter(ROAD, 110, 140), T(D + "18:10"), T(D + "18:11"),
            "民眾來電：中清路上有一盞路燈不亮。", None)
    S.rule("SN-VD-HUANZHONG-01", "cleared", T(D + "18:25"), None,
           follows=S.opened("SN-VD-HUANZHONG-01", "congestion"), text="環中路車輛偵測器1 車速回升，壅塞解除")
    S.police("TCPD-20271209-0188", "road_closure", "Minor", ROAD, T(D + "19:30"), T(D + "19:58"),
             "中清路三段封閉車道恢復通行。", fy, follows="TCPD-20271209-0151")
    S.f119(f1 + "-closed", "fire", YARD, T(D + "19:50"), T(D + "19:51"),
           "殘火撲滅，現場交業者及環保局，收隊。", fy, follows=f1)
    S.c1999("1161209-000512", "noise", S.scatter(pos("SN-FA-012"), 20, 60), T(D + "20:30"), T(D + "20:31"),
            "民眾來電：樓上一直在跳繩，碰碰碰很吵。", None)

    S.incident(fy, "fire", "中清路三段資源回收場（園區東側外約 400 m）14:12-19:50 火警；道路封閉、周邊壅塞、"
               "濃煙飄入園區引來多通 1999 與遠處 CCTV 煙霧偵測。", f1)
    S.incident(ea, "fire", "14:48 生態住宅 A 區火警受信總機動作（外部煙霧飄入），119 另案出動逐層確認。", a1)
    S.incident(em, "rescue", "16:30 中國醫藥大學水湳校區學生扭傷送醫。", ec + "-on_scene")
    S.alternative("A 區的警報是回收場濃煙造成，有的值班員把它記在回收場火警之下（消防局同一指揮官），不另立事件。",
                  same_inc(S.incidents, fy, em))
    S.notes = "回收場火警的警方報告晚約 2 小時補登；119 派遣紀錄重送一次；救護案到場更新早於派遣紀錄。"
    return S


# ============================================================================ 878
def s878():
    S = Situation(878, "chlorine_reclamation_reopen",
                  "水湳水資源回收中心（園區東南緣）夜間加藥機房次氯酸鈉管線破裂、疑氯氣逸散；隔日早上異味再現、"
                  "119 複查（同一事件重開）；夜間河南路/中平路口另有一起擦撞。")
    hz = "hazmat_reclamation_plant"
    rc = "hazmat_recheck"
    cr = "crash_henan_zhongping"
    W = pos("SN-FA-008")
    D1 = "2027-05-13 "
    D2 = "2027-05-14 "

    # the plant's panel clock is 5 minutes slow
    a1 = S.panel("SN-FA-008", "alarm", T(D1 + "21:33"), "手動報警機動作（加藥機房）", hz,
                 observed=T(D1 + "21:28"), delay=15)
    h1 = "119-1160513-0288"
    S.f119(h1, "hazmat", W, T(D1 + "21:38"), T(D1 + "21:39"),
           "119 危險物品｜北屯區 水湳水資源回收中心 加藥機房 次氯酸鈉儲槽管線破裂，疑氯氣逸散，員工已疏散｜"
           "派遣 化學車1、水箱車2、救護車2、毒化災應變隊", hz)
    S.f119(h1 + "-on_scene", "hazmat", W, T(D1 + "21:48"), T(D1 + "21:49"),
           "到達現場，著 A 級防護衣進入偵測，機房內氯氣濃度偏高，下風處管制。", hz, follows=h1)
    S.c1999("1160513-000912", "gas_odor", S.scatter(pos("SN-FA-012"), 30, 80), T(D1 + "21:55"), T(D1 + "21:56"),
            "民眾來電：聞到很像漂白水的味道，很刺鼻，是哪裡漏什麼東西嗎？", hz)
    S.c1999("1160513-000917", "gas_odor", S.scatter(on_road("zhongping", W), 40, 90), T(D1 + "22:02"),
            T(D1 + "22:03"), "民眾來電：中平路這邊有很刺鼻的味道，像游泳池的味道。", hz)
    S.c1999("1160513-000925", "gas_odor", S.scatter(pos("SN-FA-010"), 20, 60), T(D1 + "22:20"), T(D1 + "22:21"),
            "民眾來電：宿舍外面有怪味，刺激性的，眼睛有點痛。", hz)
    S.panel("SN-FA-008", "normal", T(D1 + "22:30"), "主機復歸", hz, observed=T(D1 + "22:25"), delay=20)
    S.f119(h1 + "-returning", "hazmat", W, T(D1 + "22:35"), T(D1 + "22:36"),
           "救護車送員工 1 名（吸入性不適）至中國醫藥大學附設醫院。", hz, follows=h1)
    p201 = S.police("TCPD-20270513-0201", "road_closure", "Moderate", on_road("jingmao", W), T(D1 + "22:05"),
                    T(D1 + "22:40"), "經貿路三段水資源回收中心前路段封閉，禁止人車進入，下風處管制。", hz)
    S.dup(p201, T(D1 + "22:44"))
    S.police("TCPD-20270513-0212", "hazmat_report", "Severe", W, T(D1 + "21:50"), T(D1 + "22:55"),
             "水湳水資源回收中心疑氯氣外洩，消防局毒化災應變中，員警協助疏散周邊民眾並管制經貿路三段。", hz)
    S.c1999("1160513-000933", "noise", S.scatter(pos("SN-FA-011"), 20, 60), T(D1 + "22:45"), T(D1 + "22:46"),
            "民眾來電：隔壁的狗一直叫，叫了一個多小時。", None)
    S.panel("SN-FA-010", "fault", T(D1 + "22:50"), "2F 偵煙探測器故障", None)
    S.panel("SN-FA-010", "normal", T(D1 + "22:53"), "主機復歸", None)
    S.f119(h1 + "-contained", "hazmat", W, T(D1 + "23:10"), T(D1 + "23:11"),
           "洩漏點已止漏，機房強制通風，持續偵測氯氣濃度。", hz, follows=h1)
    JH = junction("henan", "zhongping")
    c1 = S.cctv("SN-CCTV-010", "accident", 0.81, T(D1 + "23:41"), "影像分析：路口疑似事故（兩車）", cr)
    S.cctv("SN-CCTV-010", "stalled_vehicle", 0.66, T(D1 + "23:52"), "影像分析：路口車輛停滯", cr)
    S.f119(h1 + "-closed", "hazmat", W, T(D2 + "00:20"), T(D2 + "00:21"),
           "現場偵測值正常，交廠方持續監測，收隊。", hz, follows=h1)
    S.police("TCPD-20270513-0226", "accident", "Minor", JH, T(D1 + "23:45"), T(D2 + "00:30"),
             "河南路與中平路口兩輛自小客車擦撞，無人受傷，已移置路邊。", cr)
    S.police("TCPD-20270513-0229", "road_closure", "Minor", on_road("jingmao", W), T(D2 + "00:05"),
             T(D2 + "00:40"), "經貿路三段管制解除。", hz, follows=p201)
    # next morning
    S.panel("SN-FA-011", "fault", T(D2 + "05:30"), "預備電源電池電壓不足", None)
    S.panel("SN-FA-011", "normal", T(D2 + "05:41"), "主機復歸", None)
    S.c1999("1160514-000088", "streetlight", S.scatter(on_road("zhongping", pos("SN-FA-010")), 20, 60),
            T(D2 + "06:40"), T(D2 + "06:41"), "民眾來電：中平路有一盞路燈白天還亮著。", None)
    r1 = "1160514-000102"
    S.c1999(r1, "gas_odor", S.scatter(pos("SN-FA-010"), 50, 120), T(D2 + "07:30"), T(D2 + "07:31"),
            "民眾來電：昨天晚上那個刺鼻的味道又出現了，學生上課都聞得到。", hz, alt=rc)
    S.rule("SN-VD-ZHONGPING-02", "congestion", T(D2 + "07:50"), None, value=(20, 46))
    h2 = "119-1160514-0061"
    S.f119(h2, "hazmat", W, T(D2 + "07:50"), T(D2 + "07:58"),
           "119 危險物品｜水湳水資源回收中心 再度異味通報，複查｜派遣 化學車1、水箱車1", hz, alt=rc)
    S.f119(h2 + "-on_scene", "hazmat", W, T(D2 + "08:02"), T(D2 + "08:03"),
           "到達現場，殘留藥劑槽排氣口仍有微量氯氣，協助廠方中和處理。", hz, follows=h2, alt=rc)
    S.police("TCPD-20270514-0022", "hazmat_report", "Minor", W, T(D2 + "08:05"), T(D2 + "08:50"),
             "水資源回收中心再度傳出異味，消防局複查中，周邊無須管制。", hz, alt=rc)
    S.c1999("1160514-000115", "gas_odor", S.scatter(pos("SN-FA-012"), 30, 80), T(D2 + "08:10"), T(D2 + "08:11"),
            "民眾來電：又有漂白水的味道，昨天晚上也有。", hz, alt=rc)
    S.rule("SN-VD-ZHONGPING-02", "cleared", T(D2 + "08:40"), None,
           follows=S.opened("SN-VD-ZHONGPING-02", "congestion"), text="中平路車輛偵測器2 車速回升，壅塞解除")
    S.f119(h2 + "-closed", "hazmat", W, T(D2 + "09:40"), T(D2 + "09:41"),
           "排氣處理完成，偵測值正常，收隊。", hz, follows=h2, alt=rc)
    S.c1999("1160514-000301", "gas_odor", S.scatter(pos("SN-FA-011"), 20, 60), T(D2 + "13:05"), T(D2 + "13:06"),
            "民眾來電：垃圾車停在路邊很久，味道很臭。", None)

    S.incident(hz, "fire", "水資源回收中心加藥機房次氯酸鈉外洩、疑氯氣逸散：5/13 21:33-5/14 00:20；5/14 07:30 異味再現，"
               "119 複查至 09:40。同一處所同一洩漏源，視為同一事件重開。", a1)
    S.incident(cr, "traffic", "5/13 23:40 河南路/中平路口兩車擦撞，無傷。", c1)
    S.alternative("隔日早上的異味是 119 另開的新案（複查），有的值班員另立一案。",
                  [dict(S.incidents[0], description="5/13 21:33-5/14 00:20 加藥機房外洩。"),
                   {"label": rc, "type": "fire", "description": "5/14 07:30-09:40 殘留藥劑槽排氣異味複查。",
                    "sufficient_evidence_key": r1}, dict(S.incidents[1])])
    S.notes = "回收中心火警受信總機時鐘慢 5 分；警方封閉報告重送一次；隔日 13:05 垃圾車異味與外洩無關。"
    return S


# ============================================================================ 879
def s879():
    S = Situation(879, "dawn_run_closures",
                  "週日清晨城市路跑（05:00-10:30 交通管制）：跑者 OHCA 送醫、終點另一名跑者救護、"
                  "一輛車闖入管制區撞倒拒馬（警方報告晚 3 小時）、寄物區背包失竊（事後報案）。")
    ev = "run_event"
    cb = "crash_closure_barrier"
    e1 = "ems_runner_ohca"
    e2 = "ems_finish_cramp"
    th = "theft_bag_drop"
    C = (120.6555, 24.186)
    JE = junction("jingmao", "huanzhong")
    D = "2027-10-17 "

    pm = S.permit("PE-1160925-03", "event", C, T(D + "05:00"), T(D + "10:00"), T("2027-09-25 14:00"),
                  "核准：2027 水湳城市路跑｜10/17 05:00-10:00｜起終點中央公園北側，賽道經貿路、中科路、環中路二段部分路段｜"
                  "預估參賽 6,000 人｜交通管制 05:00-10:00", ev)
    S.permit("PE-1160925-03-A1", "event", C, T(D + "05:00"), T(D + "10:30"), T("2027-10-16 17:20"),
             "變更：交通管制時間延長至 10:30（終點撤場）。", ev, follows=pm)
    S.panel("SN-FA-006", "fault", T(D + "04:10"), "1F 偵煙探測器故障", None)
    S.panel("SN-FA-006", "normal", T(D + "04:13"), "主機復歸", None)
    S.signal("SN-SIG-004", "fault", T(D + "05:15"), "號誌切換為手動／閃光控制", ev)
    S.c1999("1161017-000009", "noise", S.scatter(pos("SN-FA-011"), 20, 60), T(D + "05:20"), T(D + "05:21"),
            "民眾來電：一大早五點多就在廣播，音樂超大聲，吵死了。", ev)
    S.police("TCPD-20271017-0012", "road_closure", "Moderate", JE, T(D + "05:10"), T(D + "05:40"),
             "路跑交通管制開始：經貿路二段、中科路全線封閉，環中路二段經貿路口至中科路口外側車道封閉。", ev)
    S.rule("SN-VD-LIMING-01", "congestion", T(D + "06:05"), ev, value=(16, 47))
    S.c1999("1161017-000014", "streetlight", S.scatter(along("huanzhong", JE, 250, junction("kaixuan", "huanzhong")),
                                                         5, 20),
            T(D + "06:15"), T(D + "06:16"), "民眾來電：環中路二段有一盞路燈不亮。", None)
    S.parking_full("SN-PK-004", T(D + "06:20"), ev)
    S.cctv("SN-CCTV-005", "crowding", 0.86, T(D + "06:30"), "影像分析：路口人群聚集（跑者通過）", ev)
    S.police("TCPD-20271017-0020", "crowd_control", "Moderate", (120.6562, 24.1893), T(D + "06:20"), T(D + "06:55"),
             "路跑起跑區人潮約 6,000 人，中央公園北側人車分流，接駁車改停轉運中心。", ev)
    S.rule("SN-VD-HUANZHONG-03", "congestion", T(D + "06:40"), ev, value=(17, 49))
    S.cctv("SN-CCTV-004", "stalled_vehicle", 0.60, T(D + "06:51"), "影像分析：路口車輛停滯", cb, alt=ev)
    S.c1999("1161017-000021", "illegal_parking", S.scatter(junction("kaixuan", "liming"), 40, 120), T(D + "07:00"),
            T(D + "07:01"), "民眾來電：黎明路兩邊都是跑步的人的車，停在紅線上。", ev)
    S.cctv("SN-CCTV-003", "crowding", 0.71, T(D + "07:05"), "影像分析：路口人群聚集", ev)
    S.c1999("1161017-000026", "other", S.scatter(along("huanzhong", junction("kaixuan", "huanzhong"), 120, JE), 5, 20),
            T(D + "07:20"), T(D + "07:21"), "民眾來電：為什麼環中路封起來了？我要去上班，要怎麼繞？", ev)
    RUN = on_road("zhongke", (120.6534, 24.1823))
    a1 = "119-1161017-0102"
    S.f119(a1, "ambulance", RUN, T(D + "07:44"), T(D + "07:45"),
           "119 救護｜路跑賽道 中科路近凱旋路 男性跑者倒地，無呼吸心跳（OHCA）｜派遣 救護車1、高級救護隊", e1)
    S.c1999("1161017-000030", "other", S.scatter(RUN, 100, 180), T(D + "07:46"), T(D + "07:47"),
            "民眾來電：有跑者倒下去了，旁邊有人在CPR，救護車到了沒？", e1)
    S.f119(a1 + "-on_scene", "ambulance", RUN, T(D + "07:49"), T(D + "07:50"),
           "到達現場，賽事醫護已 CPR 並 AED 電擊 1 次，接手急救。", e1, follows=a1)
    S.f119(a1 + "-returning", "ambulance", RUN, T(D + "08:10"), T(D + "08:11"),
           "患者恢復心跳，送中國醫藥大學附設醫院。", e1, follows=a1)
    FIN = offset(C, 60, 0)
    a2 = "119-1161017-0131"
    S.f119(a2, "ambulance", FIN, T(D + "09:10"), T(D + "09:11"),
           "119 救護｜路跑終點區 女性跑者雙腿抽筋無法行走｜派遣 救護車1", e2)
    S.cctv("SN-CCTV-005", "crowding", 0.74, T(D + "09:20"), "影像分析：路口人群聚集", ev)
    S.f119(a2 + "-closed", "ambulance", FIN, T(D + "09:25"), T(D + "09:26"),
           "現場處置後患者自行離開，未送醫。", e2, follows=a2)
    S.rule("SN-VD-HUANZHONG-03", "cleared", T(D + "09:30"), ev,
           follows=S.opened("SN-VD-HUANZHONG-03", "congestion"), text="環中路車輛偵測器3 車速回升，壅塞解除")
    S.rule("SN-VD-LIMING-01", "cleared", T(D + "09:40"), ev,
           follows=S.opened("SN-VD-LIMING-01", "congestion"), text="黎明路車輛偵測器1 車速回升，壅塞解除")
    pc = S.police("TCPD-20271017-0035", "accident", "Minor", JE, T(D + "06:50"), T(D + "09:55"),
                  "環中路二段經貿路口，自小客車闖入路跑管制區撞倒交通錐及拒馬，無人受傷，駕駛酒測值 0，已舉發。", cb,
                  alt=ev)
    S.signal("SN-SIG-004", "restored", T(D + "10:20"), "號誌恢復自動控制", ev)
    S.police("TCPD-20271017-0049", "road_closure", "Minor", JE, T(D + "10:25"), T(D + "10:50"),
             "路跑交通管制解除，各路段恢復通行。", ev, follows="TCPD-20271017-0012")
    S.c1999("1161017-000081", "動物救援", S.scatter(pos("SN-FL-003"), 20, 60), T(D + "12:30"), T(D + "12:31"),
            "民眾來電：公園裡有一隻狗被綁在樹下一整個早上，好像沒有水喝。", None)
    S.c1999("1161017-000070", "noise", S.scatter(pos("SN-FA-012"), 20, 60), T(D + "11:30"), T(D + "11:31"),
            "民眾來電：樓上在裝潢敲牆壁，星期天也在敲。", None)
    pt = S.police("TCPD-20271017-0061", "theft", "Minor", (120.6562, 24.1893), T(D + "08:30"), T(D + "12:05"),
                  "路跑會場寄物區（中央公園北側）民眾報案背包遭竊，內有手機、皮夾，調閱監視器中。", th, alt=None)

    S.incident(ev, "crowd", "水湳城市路跑 05:00-10:30 交通管制、人潮、停車與噪音陳情。", pm)
    S.incident(cb, "traffic", "06:50 環中路二段經貿路口自小客車闖入管制區撞倒拒馬，無傷（報告 09:55 才到）。", pc)
    S.incident(e1, "rescue", "07:44 中科路賽道男性跑者 OHCA，恢復心跳送醫。", a1)
    S.incident(e2, "rescue", "09:10 終點區女性跑者抽筋，救護車出動未送醫。", a2)
    S.incident(th, "public_safety", "08:30 寄物區背包失竊，12:05 才報案。", pt)
    S.alternative("路跑指揮台的讀法：管制點上撞倒拒馬由現場管制警力當場處理，算在路跑事件內；寄物區失竊是事後的刑案報案，"
                  "不是營運中心要處理的事。",
                  same_inc(S.incidents, ev, e1, e2))
    S.notes = "管制點事故報告晚 3 小時、失竊報案晚 3.5 小時；路跑許可在前一天修改（管制延長 30 分）。"
    return S


# ============================================================================ 880
def s880():
    S = Situation(880, "blackout_eco_residential",
                  "夏夜生態住宅區變電設備故障停電約 6.5 小時：B 區電梯困人、A 區居家氧氣製造機停電長者送醫；"
                  "停電期間經貿路/中平路口號誌黑燈約 40 分鐘。")
    pw = "power_eco_residential"
    lf = "lift_rescue_eco_b"
    ox = "ems_oxygen_eco_a"
    sg = "signal_jingmao_zhongping"
    B = pos("SN-FA-012")
    A = pos("SN-FA-011")
    D1 = "2027-07-21 "
    D2 = "2027-07-22 "

    S.rule("SN-VD-HUANZHONG-01", "congestion", T(D1 + "18:30"), None, value=(20, 45))
    S.panel("SN-FA-012", "fault", T(D1 + "19:12"), "主電源斷電，切換蓄電池供電", pw)
    k = S.panel("SN-FA-011", "fault", T(D1 + "19:12:20"), "主電源斷電，切換蓄電池供電", pw)
    S.status("SN-VD-JINGMAO-02", "offline", T(D1 + "19:13"), pw, reason="mains_power_lost")
    S.status("SN-FL-008", "offline", T(D1 + "19:13:30"), pw, reason="mains_power_lost")
    S.rule("SN-VD-JINGMAO-02", "sensor_offline", T(D1 + "19:16"), pw, value=3)
    S.rule("SN-VD-HUANZHONG-01", "cleared", T(D1 + "19:20"), None,
           follows=S.opened("SN-VD-HUANZHONG-01", "congestion"), text="環中路車輛偵測器1 車速回升，壅塞解除")
    S.c1999("1160721-000815", "streetlight", S.scatter(pos("SN-VD-JINGMAO-02"), 20, 60), T(D1 + "19:20"),
            T(D1 + "19:21"), "民眾來電：經貿路三段整排路燈都不亮，一片黑。", pw)
    lc = "119-1160721-0388"
    S.f119(lc, "rescue", B, T(D1 + "19:25"), T(D1 + "19:26"),
           "119 救助｜北屯區敦化路一段 水湳生態住宅 B 區 電梯停電困 2 人｜派遣 救助車1、水箱車1", lf)
    cs = "1160721-000811"
    CS = S.scatter(B, 20, 60)
    S.c1999(cs + "-u1", "other", CS, T(D1 + "19:24"), T(D1 + "19:25"),
            "案件更新：已轉請台電處理。", pw, follows=cs)
    S.f119(lc + "-on_scene", "rescue", B, T(D1 + "19:33"), T(D1 + "19:34"),
           "到達現場，電梯停於 7F 與 8F 之間，以手動方式救援。", lf, follows=lc)
    S.rule("SN-FL-008", "sensor_offline", T(D1 + "19:35"), pw, value=20)
    S.c1999("1160721-000829", "streetlight", S.scatter(on_road("zhongqing", (120.664, 24.184)), 20, 50),
            T(D1 + "19:40"), T(D1 + "19:41"), "民眾來電：我在中清路這邊，看過去水湳那邊一片黑，是停電嗎？", pw)
    # the 1999 case record itself reached the center late, after its own update
    S.c1999(cs, "other", CS, T(D1 + "19:18"), T(D1 + "19:47"),
            "民眾來電：我們整個社區停電了，冷氣都停了，台電什麼時候會來？", pw)
    S.f119(lc + "-closed", "rescue", B, T(D1 + "19:50"), T(D1 + "19:51"),
           "已救出受困 2 人，均無受傷，收隊。", lf, follows=lc)
    S.c1999("1160721-000850", "illegal_parking", S.scatter(pos("SN-FA-010"), 30, 80), T(D1 + "20:15"),
            T(D1 + "20:16"), "民眾來電：中國醫藥大學水湳校區旁邊有車停在人行道上。", None)
    S.police("TCPD-20270721-0177", "other", "Minor", on_road("jingmao", A), T(D1 + "19:50"), T(D1 + "20:35"),
             "經貿路三段、敦化路一帶停電，路燈全暗，派員加強巡邏。", pw)
    oc = "119-1160721-0402"
    S.f119(oc, "ambulance", A, T(D1 + "20:40"), T(D1 + "20:41"),
           "119 救護｜北屯區經貿路三段 水湳生態住宅 A 區 8F 75 歲男性，居家氧氣製造機停電，呼吸喘｜派遣 救護車1", ox)
    S.f119(oc + "-on_scene", "ambulance", A, T(D1 + "20:47"), T(D1 + "20:48"),
           "到達現場，患者血氧偏低，給予氧氣。", ox, follows=oc)
    S.dup(oc + "-on_scene", T(D1 + "20:52"))
    S.f119(oc + "-returning", "ambulance", A, T(D1 + "21:05"), T(D1 + "21:06"),
           "患者送中國醫藥大學附設醫院。", ox, follows=oc)
    S.c1999("1160721-000866", "water_outage", S.scatter(A, 20, 50), T(D1 + "21:30"), T(D1 + "21:31"),
            "民眾來電：大樓停電，加壓馬達不會動，現在連水都沒有了。", pw)
    S.panel("SN-FA-004", "fault", T(D1 + "21:05"), "3F 偵煙探測器故障", None)
    S.panel("SN-FA-004", "normal", T(D1 + "21:07"), "主機復歸", None)
    S.c1999("1160721-000880", "noise", S.scatter(B, 20, 50), T(D1 + "22:30"), T(D1 + "22:31"),
            "民眾來電：中庭一群人在聊天喝酒，很吵。", None)
    sf = S.signal("SN-SIG-011", "fault", T(D1 + "22:40"), "號誌控制器回報故障：燈組全黑（市電中斷）", sg, alt=pw)
    S.status("SN-CCTV-011", "offline", T(D1 + "22:40:30"), sg, reason="mains_power_lost", alt=pw)
    S.c1999("1160721-000901", "other", S.scatter(B, 20, 60), T(D1 + "23:10"), T(D1 + "23:11"),
            "民眾來電：剛剛打過了，到現在還沒來電，冰箱的東西都要壞了。", pw)
    S.signal("SN-SIG-011", "restored", T(D1 + "23:22"), "號誌恢復正常運轉", sg, alt=pw)
    S.status("SN-CCTV-011", "online", T(D1 + "23:22:30"), sg, alt=pw)
    S.panel("SN-FA-012", "normal", T(D2 + "01:36"), "主電源恢復，主機復歸", pw)
    S.panel("SN-FA-011", "normal", T(D2 + "01:36:20"), "主電源恢復，主機復歸", pw)
    S.status("SN-VD-JINGMAO-02", "online", T(D2 + "01:37"), pw)
    S.status("SN-FL-008", "online", T(D2 + "01:38"), pw)
    S.rule("SN-VD-JINGMAO-02", "cleared", T(D2 + "01:38"), pw,
           follows="R-SN-VD-JINGMAO-02-sensor_offline-20270721T111600Z", text="經貿路車輛偵測器2 恢復回傳，離線警戒解除")
    S.rule("SN-FL-008", "cleared", T(D2 + "01:40"), pw,
           follows="R-SN-FL-008-sensor_offline-20270721T113500Z", text="經貿路低窪處 恢復回傳，離線警戒解除")
    S.c1999(cs + "-u2", "other", CS, T(D2 + "01:50"), T(D2 + "01:51"),
            "案件更新：台電回覆 01:35 已復電，結案。", pw, follows=cs)

    S.incident(pw, "infrastructure", "7/21 19:12-7/22 01:35 生態住宅 A、B 區一帶停電：受信總機切備用電源、路側設備離線、"
               "路燈全暗、居民陳情。", k)
    S.incident(lf, "rescue", "19:25 B 區電梯停電困 2 人，19:50 救出。", lc)
    S.incident(ox, "rescue", "20:40 A 區長者居家氧氣製造機停電呼吸喘，送醫。", oc)
    S.incident(sg, "traffic", "22:40-23:22 經貿路/中平路口號誌及監視器斷電黑燈（約 900 m 外），交通局另派修。", sf)
    S.alternative("經貿路/中平路口的斷電可能是台電復電切換時同一饋線跳脫，有的值班員把它算進停電事件，不另開號誌案。",
                  same_inc(S.incidents, pw, lf, ox))
    S.notes = "1999 第一通停電陳情的案件紀錄晚 29 分送達，晚於其「已轉台電」更新；氧氣製造機救護的到場更新重送一次。"
    return S


# ============================================================================ 881
def s881():
    S = Situation(881, "fazi_river_southwest",
                  "梅雨鋒面清晨豪雨：園區西南外的筏子溪水位二級警戒約 8 小時，臺灣大道環中路口地下道積水並封閉、"
                  "地下道感測器中途斷線；園區內黎明凱旋低窪處短暫積水。")
    rv = "river_fazi_watch"
    up = "flood_underpass_taiwan_blvd"
    ALT = "flood_southwest"
    U = pos("SN-FL-010")
    JT = junction("taiwan_blvd", "huanzhong")
    D = "2027-05-27 "

    S.rule("C0F9T0", "heavy_rain", T(D + "03:30"), None, level="大雨", value="時雨量 44.0 mm")
    S.rule("SN-RG-001", "heavy_rain", T(D + "04:10"), None, level="大雨", value="時雨量 40.5 mm")
    S.rule("SN-WL-004", "water_level", T(D + "04:10"), rv, level="3", value=97.31, alt=ALT)
    S.panel("SN-FA-009", "fault", T(D + "04:40"), "B1 偵煙探測器迴路異常", None)
    S.panel("SN-FA-009", "normal", T(D + "04:43"), "主機復歸", None)
    u1 = S.rule("SN-FL-010", "flood_depth", T(D + "05:20"), up, level="1-15", value=12, alt=ALT)
    S.rule("C0F9T0", "heavy_rain", T(D + "05:40"), None, level="豪雨", value="3 小時累積 112.5 mm")
    S.c1999("1160527-000150", "blocked_drain", S.scatter(on_road("kaixuan", (120.651, 24.188)), 10, 40),
            T(D + "05:50"), T(D + "05:51"), "民眾來電：凱旋路靠流行影音中心這邊的水溝蓋堵住了，水排不下去。", None)
    S.rule("SN-FL-010", "flood_depth", T(D + "06:00"), up, level="16-30", value=24, alt=ALT)
    S.rule("SN-FL-009", "flood_depth", T(D + "06:10"), None, level="1-15", value=7)
    w2 = S.rule("SN-WL-004", "water_level", T(D + "06:30"), rv, level="2", value=97.95, alt=ALT)
    S.rule("SN-FL-010", "flood_depth", T(D + "06:40"), up, level=">30", value=41, alt=ALT)
    S.cctv("SN-CCTV-009", "stalled_vehicle", 0.66, T(D + "06:55"), "影像分析：地下道入口方向車輛停滯", up, alt=ALT, at=U)
    S.rule("SN-FL-009", "cleared", T(D + "07:00"), None, follows=S.opened("SN-FL-009", "flood_depth"),
           text="黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除")
    S.rule("SN-VD-HUANZHONG-04", "congestion", T(D + "07:05"), up, value=(9, 71), alt=ALT)
    rs = "119-1160527-0151"
    S.f119(rs + "-on_scene", "rescue", U, T(D + "07:08"), T(D + "07:09"),
           "到達現場，駕駛已自行脫困至地面，車內無人，協助警方設置管制。", up, follows=rs, alt=ALT)
    S.status("SN-FL-010", "offline", T(D + "07:15"), up, reason="comms_lost", alt=ALT)
    S.f119(rs, "rescue", U, T(D + "06:58"), T(D + "07:20"),
           "119 救助｜西屯區臺灣大道環中路口地下道 車輛受困積水｜派遣 救助車1、水箱車1", up, alt=ALT)
    S.c1999("1160527-000198", "flooding", S.scatter(pos("SN-PK-001"), 20, 60), T(D + "07:25"), T(D + "07:26"),
            "民眾來電：我剛從臺灣大道那個地下道過來，水很深，差點熄火，怎麼沒有封起來？（來電者已到水湳轉運中心）",
            up, alt=ALT)
    S.f119(rs + "-closed", "rescue", U, T(D + "07:30"), T(D + "07:31"), "無人受困，收隊。", up, follows=rs, alt=ALT)
    S.dup(rs + "-closed", T(D + "07:33"))
    S.rule("SN-FL-010", "sensor_offline", T(D + "07:36"), up, value=20, alt=ALT)
    S.c1999("1160527-000233", "flooding", S.scatter(pos("SN-WL-004"), 150, 300), T(D + "08:05"), T(D + "08:06"),
            "民眾來電：筏子溪水好高，快到堤防上面了，河邊步道都淹了。", rv, alt=ALT)
    S.rule("SN-WL-004", "water_level", T(D + "08:30"), rv, level="2", value=98.12, alt=ALT,
           text="筏子溪西屯水位 98.12 m，二級警戒持續")
    S.rule("SN-RG-001", "cleared", T(D + "08:40"), None, follows=S.opened("SN-RG-001", "heavy_rain"),
           text="中央公園雨量站 時雨量低於大雨標準，解除")
    S.c1999("1160527-000301", "road_damage", S.scatter(along("huanzhong", JT, 300, pos("SN-VD-HUANZHONG-04")), 5, 20),
            T(D + "09:30"), T(D + "09:31"), "民眾來電：環中路靠臺灣大道這邊有一個坑洞，下雨看不到很危險。", None)
    S.police("TCPD-20270527-0033", "road_closure", "Severe", U, T(D + "06:45"), T(D + "09:40"),
             "臺灣大道環中路口地下道積水約 40 公分，雙向封閉，車輛改走平面道路。", up, alt=ALT)
    S.rule("C0F9T0", "cleared", T(D + "09:50"), None, follows=S.opened("C0F9T0", "heavy_rain"),
           text="西屯雨量站（C0F9T0） 時雨量低於大雨標準，解除")
    S.rule("SN-VD-HUANZHONG-04", "cleared", T(D + "09:55"), up, alt=ALT,
           follows=S.opened("SN-VD-HUANZHONG-04", "congestion"), text="環中路車輛偵測器4 車速回升，壅塞解除")
    S.rule("SN-WL-004", "water_level", T(D + "10:40"), rv, level="3", value=97.64, alt=ALT,
           text="筏子溪西屯水位 97.64 m，降為三級警戒")
    S.status("SN-FL-010", "online", T(D + "11:50"), up, alt=ALT)
    S.rule("SN-FL-010", "flood_depth", T(D + "11:50:30"), up, level="1-15", value=6, alt=ALT)
    S.rule("SN-FL-010", "cleared", T(D + "11:52"), up, alt=ALT,
           follows="R-SN-FL-010-sensor_offline-20270526T233600Z", text="臺灣大道環中路口地下道 恢復回傳，離線警戒解除")
    S.rule("SN-FL-010", "cleared", T(D + "12:30"), up, alt=ALT, follows=S.opened("SN-FL-010", "flood_depth"),
           text="臺灣大道環中路口地下道 淹水深度 0 cm，警戒解除")
    S.police("TCPD-20270527-0071", "road_closure", "Minor", U, T(D + "12:40"), T(D + "13:15"),
             "臺灣大道環中路口地下道積水已退，解除封閉。", up, follows="TCPD-20270527-0033", alt=ALT)
    S.rule("SN-WL-004", "cleared", T(D + "14:20"), rv, alt=ALT, follows=S.opened("SN-WL-004", "water_level"),
           text="筏子溪西屯水位 97.05 m，低於三級警戒，解除")

    S.incident(rv, "flood", "筏子溪西屯站（園區西南約 3 km）04:10 三級、06:30-10:40 二級、14:20 解除；河濱步道淹水。", w2)
    S.incident(up, "flood", "臺灣大道環中路口地下道（園區西南外）05:20-12:30 積水最深 41 cm；封閉、車輛受困（駕駛自行脫困）、"
               "感測器 07:15-11:50 斷線、環中路回堵。", u1)
    S.alternative("地下道與筏子溪同屬西南側排水、同一場雨，水利局一個應變小組處理；有的值班員只開一個「西南側淹水」事件。",
                  [{"label": ALT, "type": "flood", "description": "筏子溪高水位與臺灣大道地下道積水一個事件。",
                    "sufficient_evidence_key": u1}])
    S.notes = ("地下道封閉的警方報告晚約 3 小時；119 派遣紀錄晚於到場更新送達，結案紀錄重送一次；"
               "轉運中心的來電者描述 2.8 km 外剛經過的地下道；黎明凱旋低窪處 50 分鐘 7 cm 無人陳情，視為背景。")
    return S


# ============================================================================ 882
def s882():
    S = Situation(882, "henan_road_collapse_day",
                  "河南路二段近中平路口（園區南緣外）清晨路面坍陷，自來水管漏水掏空，搶修與單線管制約 25 小時；"
                  "附近住戶停水；深夜一輛機車自撞施工圍籬。")
    co = "road_collapse_henan"
    ws = "water_outage_henan"
    cr = "crash_barricade_henan"
    JH = junction("henan", "zhongping")
    C = along("henan", JH, 80, (120.6525, 24.173))
    D1 = "2027-02-24 "
    D2 = "2027-02-25 "

    S.cctv("SN-CCTV-010", "fallen_object", 0.55, T(D1 + "06:05"), "影像分析：路面疑似障礙物（交通錐）", co, at=C)
    k = "1160224-000054"
    S.c1999(k, "road_damage", S.scatter(C, 150, 250), T(D1 + "06:20"), T(D1 + "06:21"),
            "民眾來電：河南路靠中平路那邊路面有一個大洞，好像整塊陷下去，旁邊有警察的三角錐。", co)
    S.police("TCPD-20270224-0014", "road_collapse", "Severe", C, T(D1 + "05:50"), T(D1 + "06:35"),
             "河南路二段近中平路口往東南方向外側車道路面坍陷，約 2×1.5 公尺、深約 1 公尺，疑地下自來水管漏水掏空，已設置警示。",
             co)
    p19 = S.police("TCPD-20270224-0019", "road_closure", "Moderate", C, T(D1 + "06:30"), T(D1 + "07:05"),
                   "河南路二段坍陷處外側兩車道封閉，單線雙向通行，請用路人改道。", co)
    S.dup(p19, T(D1 + "07:20"))
    S.rule("SN-VD-HENAN-02", "congestion", T(D1 + "07:30"), co, value=(8, 72))
    S.rule("SN-VD-HENAN-01", "congestion", T(D1 + "07:40"), co, value=(15, 55))
    S.cctv("SN-CCTV-010", "stalled_vehicle", 0.70, T(D1 + "07:45"), "影像分析：車輛停滯（單線通行路段）", co, at=C)
    S.c1999("1160224-000233", "road_damage", S.scatter(pos("SN-PK-003"), 20, 50), T(D1 + "07:50"), T(D1 + "07:51"),
            "民眾來電：河南路停車場前面有一個坑洞，機車差點摔倒。", None)
    S.rule("SN-VD-HENAN-01", "cleared", T(D1 + "09:10"), co,
           follows=S.opened("SN-VD-HENAN-01", "congestion"), text="河南路車輛偵測器1 車速回升，壅塞解除")
    w1 = "1160224-000188"
    W1 = S.scatter(C, 150, 300)
    S.c1999(w1, "water_outage", W1, T(D1 + "09:15"), T(D1 + "09:16"),
            "民眾來電：我們家早上開始沒有水，是不是前面在修水管？", co, alt=ws)
    S.rule("SN-VD-HENAN-02", "cleared", T(D1 + "09:30"), co,
           follows=S.opened("SN-VD-HENAN-02", "congestion"), text="河南路車輛偵測器2 車速回升，壅塞解除")
    S.c1999("1160224-000196", "water_outage", S.scatter(C, 150, 300), T(D1 + "09:40"), T(D1 + "09:41"),
            "民眾來電：停水也沒有看到公告，什麼時候會來水？", co, alt=ws)
    S.permit("PE-1160224-02", "road_works", C, T(D1 + "06:00"), T(D2 + "06:00"), T(D1 + "10:40"),
             "緊急道路挖掘（搶修）許可｜河南路二段近中平路口｜自來水管線搶修及路面回填｜2/24 06:00-2/25 06:00｜含夜間施工",
             co)
    S.c1999(w1 + "-u1", "water_outage", W1, T(D1 + "11:30"), T(D1 + "11:31"),
            "案件更新：自來水公司回覆管線搶修中，預計傍晚恢復供水。", co, follows=w1, alt=ws)
    S.c1999("1160224-000260", "illegal_parking", S.scatter(pos("SN-FA-009"), 30, 80), T(D1 + "12:30"),
            T(D1 + "12:31"), "民眾來電：逢甲水湳校區旁邊有車停在公車站。", None)
    S.signal("SN-SIG-010", "fault", T(D1 + "14:10"), "號誌控制器通訊中斷", None)
    S.signal("SN-SIG-010", "restored", T(D1 + "14:12"), "號誌通訊恢復", None)
    S.panel("SN-FA-009", "fault", T(D1 + "15:20"), "3F 偵煙探測器故障", None)
    S.panel("SN-FA-009", "normal", T(D1 + "15:24"), "主機復歸", None)
    S.rule("SN-VD-HENAN-02", "congestion", T(D1 + "17:20"), co, value=(11, 66))
    S.rule("SN-VD-ZHONGPING-02", "congestion", T(D1 + "17:40"), None, value=(19, 47))
    S.rule("SN-VD-ZHONGPING-02", "cleared", T(D1 + "18:35"), None,
           follows=S.opened("SN-VD-ZHONGPING-02", "congestion"), text="中平路車輛偵測器2 車速回升，壅塞解除")
    S.c1999(w1 + "-u2", "water_outage", W1, T(D1 + "18:40"), T(D1 + "18:41"),
            "案件更新：已恢復供水，結案。", co, follows=w1, alt=ws)
    S.rule("SN-VD-HENAN-02", "cleared", T(D1 + "19:00"), co,
           follows=S.opened("SN-VD-HENAN-02", "congestion"), text="河南路車輛偵測器2 車速回升，壅塞解除")
    S.c1999("1160224-000350", "streetlight", S.scatter(pos("SN-PK-003"), 20, 50), T(D1 + "19:20"), T(D1 + "19:21"),
            "民眾來電：河南路停車場旁邊有一盞路燈不亮。", None)
    S.police("TCPD-20270224-0151", "road_closure", "Moderate", C, T(D1 + "21:00"), T(D1 + "21:35"),
             "河南路坍陷處夜間回填施工，維持單線通行至明晨。", co, follows=p19)
    S.c1999("1160224-000402", "noise", S.scatter(C, 100, 200), T(D1 + "23:30"), T(D1 + "23:31"),
            "民眾來電：半夜在施工，機器一直敲很吵，睡不著。", co)
    a = "119-1160225-0021"
    S.f119(a, "ambulance", C, T(D2 + "02:33"), T(D2 + "02:34"),
           "119 救護｜西屯區河南路二段近中平路口 機車自撞施工圍籬，騎士右手腕疑骨折｜派遣 救護車1", cr)
    S.f119(a + "-on_scene", "ambulance", C, T(D2 + "02:40"), T(D2 + "02:41"),
           "到達現場，騎士清醒，右手腕腫脹變形。", cr, follows=a)
    S.f119(a + "-returning", "ambulance", C, T(D2 + "03:00"), T(D2 + "03:01"),
           "患者送中國醫藥大學附設醫院。", cr, follows=a)
    S.police("TCPD-20270225-0008", "injury_accident", "Moderate", C, T(D2 + "02:35"), T(D2 + "04:10"),
             "河南路二段施工圍籬處，機車騎士自撞圍籬，右手腕受傷送醫；圍籬警示燈正常。", cr)
    S.c1999("1160225-000061", "road_damage", S.scatter(C, 80, 200), T(D2 + "06:40"), T(D2 + "06:41"),
            "民眾來電：河南路那個洞補好了嗎？早上還是圍起來，公車都開很慢。", co)
    S.rule("SN-VD-HENAN-02", "congestion", T(D2 + "07:25"), co, value=(14, 58))
    S.police("TCPD-20270225-0031", "road_closure", "Minor", C, T(D2 + "07:10"), T(D2 + "07:45"),
             "河南路二段坍陷處修復完成，07 時 10 分恢復雙向通行。", co, follows=p19)
    S.rule("SN-VD-HENAN-02", "cleared", T(D2 + "07:55"), co,
           follows=S.opened("SN-VD-HENAN-02", "congestion"), text="河南路車輛偵測器2 車速回升，壅塞解除")

    S.incident(co, "infrastructure", "河南路二段近中平路口路面坍陷（自來水管漏水掏空）：2/24 05:50 發現，單線管制、搶修、"
               "周邊停水與夜間施工噪音陳情，2/25 07:10 恢復雙向通行。", k)
    S.incident(cr, "traffic", "2/25 02:30 機車自撞坍陷處施工圍籬，騎士送醫。", a)
    S.alternative("停水由自來水公司處理、住戶陳情另成一案；有的值班員把停水另立一個基礎設施事件。",
                  [dict(S.incidents[0]),
                   {"label": ws, "type": "infrastructure", "description": "2/24 上午至 18:40 坍陷處周邊住戶停水。",
                    "sufficient_evidence_key": w1}, dict(S.incidents[1])])
    S.notes = "警方封閉報告重送一次；搶修許可 10:40 才送達但自 06:00 起算；機車自撞的警方報告晚約 1.5 小時。"
    return S


if __name__ == "__main__":
    for f in (s877, s878, s879, s880, s881, s882):
        S = f()
        n = S.write()
        print(S.name, n, "lines")
