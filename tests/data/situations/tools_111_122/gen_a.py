"""Situations 111-116 (oracle6). Seeded; run `python3 gen_a.py`."""
from datetime import timedelta as td

from lib import SENSORS, Situation, offset, road_point

S = SENSORS


def xy(sid):
    return S[sid]["lon"], S[sid]["lat"]


# --------------------------------------------------------------------------------------------
def s111():
    s = Situation(111, "typhoon_aftermath_dawn",
                  "2026-09-29 05:00",
                  "颱風過境後清晨 05:20-08:40：殘餘雨帶、多處路樹倒塌、號誌停電、河南路低窪積水、"
                  "黎明路招牌搖搖欲墜；民眾多只報路名或地標，位置粗略。")
    r = s.rng
    # background: residual rain, a gauge on battery
    s.rule("C0F9T0", "heavy_rain", s.at("05:20"), "西屯站 時雨量 42.5 mm，達大雨標準（颱風外圍環流）", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", s.at("05:30"), "中央公園雨量站 時雨量 44 mm，24小時累積 286 mm", None, level="大雨")
    s.offline("SN-RG-003", s.at("05:24"), None, reason_text="離線 battery_low（北屯雨量站電池電量不足）")
    s.rule("SN-RG-003", "sensor_offline", s.at("05:45"), "北屯雨量站 超過 20 分鐘未回傳資料", None)

    # A: tree across 中科路 (between 環中路 and the pop music centre)
    tree = road_point("zhongke", 0.42)
    k_a1 = s.citizen("fallen_tree", *offset(*tree, 60, -120), s.at("05:41"),
                     "中科路上有一棵大樹整棵倒下來，橫在馬路上，車子過不去", "tree_zhongke",
                     delay=td(seconds=150))
    s.citizen("fallen_tree", *road_point("zhongke", 0.5), s.at("05:47"),
              "中科路（流行影音中心附近）路樹倒塌擋住兩個車道", "tree_zhongke")
    k_a3 = s.police("fallen_object", "Moderate", *offset(*tree, 10, 5), s.at("05:52"),
                    "中科路往環中路方向 行道樹倒塌 佔用全部車道 已擺放警示 請建設局派員移除", "tree_zhongke")
    s.citizen("fallen_tree", *offset(*tree, 60, -120), s.at("06:07"), "案件狀態更新：已派工 建設局養工處 處理中",
              "tree_zhongke", follows=k_a1)
    s.citizen("fallen_tree", *offset(*tree, -250, 180), s.at("05:58"),
              "我在黎明路這邊，中科路是不是有樹倒了？剛剛繞過來都塞住", "tree_zhongke")
    s.rule("SN-VD-ZHONGKE-01", "congestion", s.at("06:04"), "中科路車輛偵測器1 平均車速 9 km/h，佔有率 61%", "tree_zhongke",
           severity="Moderate")
    k_a6 = s.police("accident", "Minor", *offset(*tree, -15, 30), s.at("06:13"),
                    "小客車未注意倒塌路樹 撞及樹幹 駕駛無傷 車頭受損", "tree_zhongke", truth_alt="tree_crash")
    s.police("road_closure", "Moderate", *offset(*tree, 0, 40), s.at("06:20"),
             "中科路（環中路至黎明路段）暫時封閉 改道經貿路", "tree_zhongke")
    s.citizen("fallen_tree", *road_point("zhongke", 0.35), s.at("06:26"), "中科路倒樹還沒處理，已經半小時了", "tree_zhongke")
    s.police("road_closure", "Minor", *offset(*tree, 0, 40), s.at("07:55"),
             "中科路倒樹已由養工處鋸除移置 解除封閉 恢復通行", "tree_zhongke")

    # B: dark signal at 黎明路/凱旋路 (power dip)
    k_b1 = s.dev("signal", "SN-SIG-007", "fault", s.at("05:36"), "號誌控制器 市電中斷 全黑", "signal_liming")
    s.citizen("traffic_signal", *offset(*xy("SN-SIG-007"), 35, -40), s.at("05:49"),
              "黎明路凱旋路口紅綠燈都沒亮", "signal_liming")
    s.police("traffic_signal_fault", "Moderate", *xy("SN-SIG-007"), s.at("06:02"),
             "黎明路三段與凱旋路口號誌停電 派員以手勢指揮交通", "signal_liming")
    s.cctv("SN-CCTV-007", "signal_dark", s.at("06:05"), "路口號誌無燈號", "signal_liming", 0.83)
    s.dev("signal", "SN-SIG-007", "restored", s.at("07:12"), "號誌恢復正常運作", "signal_liming")

    # C: 河南路 low point flooding
    k_c1 = s.rule("SN-FL-007", "flood_depth", s.at("05:44"), "河南路低窪處 淹水深度 21 cm", "flood_henan", level="16-30")
    s.rule("SN-FL-005", "flood_depth", s.at("05:50"), "中央公園滯洪池5 淹水深度 46 cm（滯洪池蓄水中）", None,
           level=">30", truth_alt="flood_henan")
    s.citizen("flooding", *road_point("henan", 0.8), s.at("05:55"),
              "河南路那邊淹水，快到機車排氣管", "flood_henan")
    s.citizen("flooding", *offset(*xy("SN-FL-007"), -120, -90), s.at("06:10"),
              "河南路靠近中平路這段積水很深，有車子熄火", "flood_henan")
    s.police("flooding_report", "Moderate", *offset(*xy("SN-FL-007"), 25, -10), s.at("06:15"),
             "河南路低窪路段積水約25公分 一輛小客車熄火 已協助推離", "flood_henan")
    s.citizen("blocked_drain", *offset(*xy("SN-FL-007"), 80, 60), s.at("06:31"),
              "河南路停車場旁水溝蓋被樹葉跟垃圾塞住，水排不掉", "flood_henan")
    s.police("flooding_report", "Minor", *offset(*xy("SN-FL-007"), 25, -10), s.at("07:30"),
             "河南路積水已退 恢復通行", "flood_henan")

    # D: tree onto parked scooters and a lane of 經貿路 by eco-residential block A
    ta = offset(*xy("SN-FA-011"), 70, 40)
    k_d1 = s.citizen("fallen_tree", *ta, s.at("06:40"),
                     "生態住宅A區門口那棵樹倒了，壓到好幾台機車，樹枝伸到經貿路外側車道", "tree_jingmao", delay=td(seconds=200))
    s.citizen("fallen_tree", *road_point("jingmao", 0.55), s.at("06:52"), "經貿路三段有樹倒在路邊，請派人處理", "tree_jingmao")
    s.police("fallen_object", "Minor", *offset(*ta, 20, 0), s.at("07:05"),
             "經貿路三段外側車道 路樹倒塌壓毀機車3輛 無人受傷 已圍警戒", "tree_jingmao")

    # E: loose signboard on 黎明路三段, 180 m from the dark signal
    sb = offset(*xy("SN-SIG-007"), 170, 60)
    k_e1 = s.citizen("other", *sb, s.at("06:55"),
                     "黎明路三段有一面大型招牌被颱風吹到快掉下來，一直在晃，下面是人行道很危險", "signboard")
    k_e2 = s.fire119("rescue", *offset(*sb, 10, 5), s.at("07:02"), "派遣：黎明路三段 招牌鬆脫搖晃 救助 雲梯車1輛", "signboard")
    s.fire119("rescue", *offset(*sb, 10, 5), s.at("07:41"), "現場處置完畢：招牌已拆除固定 返隊", "signboard",
              follows=k_e2)

    # background: typhoon leftovers nobody dispatches the center for
    for t, txt in [("06:05", "經貿路二段路燈不亮，燈桿編號 XT-04812"), ("06:37", "中央公園旁路燈整排都沒亮"),
                   ("07:20", "凱旋路路燈被吹歪了，燈不亮")]:
        base = road_point(r.choice(["jingmao", "kaixuan", "zhongke"]), r.uniform(0.2, 0.8))
        s.citizen("streetlight", *base, s.at(t), txt, None, scatter=60)
    s.citizen("blocked_drain", *offset(*road_point("liming", 0.1), 0, 40), s.at("07:08"),
              "黎明路水溝都是落葉，積一點水", None)
    s.citizen("other", *road_point("huanzhong", 0.55), s.at("07:26"), "颱風後路上很多樹枝垃圾，什麼時候來清", None, scatter=300)
    s.rule("SN-VD-HUANZHONG-02", "congestion", s.at("07:46"), "環中路車輛偵測器2 平均車速 18 km/h（上班尖峰）", None,
           severity="Minor")
    s.rule("SN-VD-LIMING-01", "congestion", s.at("07:52"), "黎明路車輛偵測器1 平均車速 16 km/h", None, severity="Minor")
    s.dev("parking", "SN-PK-001", "full", s.at("08:20"), "水湳轉運中心停車場 汽車位已滿", None)
    kf = s.citizen("other", *offset(*xy("SN-FA-009"), 40, 0), s.at("08:25"),
              "逢甲水湳校區圍牆外的鐵皮被吹倒在人行道上", "fence_fengchia", delay=td(seconds=240),
                    truth_alt=None)

    s.incident("tree_zhongke", "traffic", "中科路行道樹倒塌阻斷全部車道，警方封路改道，建設局鋸除，07:55 解除", k_a1)
    s.incident("signal_liming", "traffic", "黎明路三段/凱旋路口號誌停電全黑，警方指揮交通，07:12 復電", k_b1)
    s.incident("flood_henan", "flood", "河南路低窪處積水 20-25 cm（感測器先報），車輛熄火，水溝堵塞，07:30 退水", k_c1)
    s.incident("tree_jingmao", "traffic", "生態住宅A區前經貿路三段路樹倒塌壓毀機車、佔外側車道", k_d1)
    s.incident("signboard", "rescue", "黎明路三段大型招牌鬆脫搖晃，消防救助拆除", k_e1)
    s.incident("fence_fengchia", "traffic", "逢甲水湳校區外圍鐵皮圍籬倒在人行道，需派員移除（單一民眾報案，仍開案）", kf)
    s.alternative(
        "撞樹的小客車可視為另一件交通事故（另派員處理事故），而非倒樹案的一部分；"
        "滯洪池5高水位若視為河南路淹水的一部分（同一場雨、250 m 內），則歸入 flood_henan；"
        "逢甲圍牆鐵皮倒在人行道只是 1999 例行派工（建設局），不必由中心開案。",
        [dict(i) for i in s.incidents if i["label"] != "fence_fengchia"] + [{"label": "tree_crash", "type": "traffic",
                                           "description": "小客車撞及中科路倒塌路樹（自撞，無傷）",
                                           "sufficient_evidence_key": k_a6}])
    return s


# --------------------------------------------------------------------------------------------
def s112():
    s = Situation(112, "jingmao_flood_spreads",
                  "2026-06-12 15:00",
                  "梅雨鋒面午後強降雨，經貿路排水宣洩不及，積水自經貿路低窪處向北（經貿七路）與向南（中平路）"
                  "擴散約 1.5 小時；期間機車滑倒追撞、號誌進水故障、滯洪池正常蓄洪。")
    r = s.rng
    L = "flood_jingmao"
    # rain (background)
    s.rule("SN-RG-001", "heavy_rain", s.at("15:08"), "中央公園雨量站 時雨量 48 mm", None, level="大雨")
    s.rule("C0F9T0", "heavy_rain", s.at("15:15"), "西屯站 時雨量 41 mm", None, level="大雨")
    s.rule("SN-RG-002", "heavy_rain", s.at("15:20"), "水湳轉運中心雨量站 時雨量 52 mm", None, level="大雨")
    # the drainage rises, the low point floods
    s.rule("SN-WL-003", "water_level", s.at("15:18"), "水湳區域排水經貿路水位 1.45 m ≥ 三級警戒 1.4 m", L, level="3")
    s.rule("SN-FL-008", "flood_depth", s.at("15:23"), "經貿路低窪處 淹水深度 8 cm", L, level="1-15")
    s.citizen("blocked_drain", *offset(*xy("SN-FL-008"), -60, 90), s.at("15:27"),
              "經貿路三段水溝在冒水，水排不下去", L)
    k1 = s.rule("SN-FL-008", "flood_depth", s.at("15:38"), "經貿路低窪處 淹水深度 22 cm", L, level="16-30")
    s.citizen("flooding", *offset(*xy("SN-FL-008"), 40, -50), s.at("15:41"), "經貿路淹水了，水已經到輪胎一半", L)
    s.rule("SN-VD-JINGMAO-02", "congestion", s.at("15:47"), "經貿路車輛偵測器2 平均車速 11 km/h，佔有率 58%", L)
    s.police("flooding_report", "Moderate", *offset(*xy("SN-FL-008"), 10, 20), s.at("15:52"),
             "經貿路三段 敦化路口附近 積水約25公分 車輛減速通行", L)
    s.rule("SN-WL-003", "water_level", s.at("15:55"), "水湳區域排水經貿路水位 1.83 m ≥ 二級警戒 1.8 m", L, level="2")
    # ponds filling: by design
    s.rule("SN-FL-002", "flood_depth", s.at("15:58"), "中央公園滯洪池2 淹水深度 24 cm", None, level="16-30", truth_alt=L)
    s.rule("SN-FL-008", "flood_depth", s.at("16:04"), "經貿路低窪處 淹水深度 37 cm", L, level=">30")
    # spreading north
    for t, frac, txt in [("16:02", 0.55, "經貿路靠近綠美圖那邊也開始積水"),
                         ("16:08", 0.50, "經貿路往北到經貿七路一路都是水，機車騎不過去"),
                         ("16:16", 0.47, "經貿七路口積水好深，有車子停在水裡")]:
        s.citizen("flooding", *road_point("jingmao", frac), s.at(t), txt, L, scatter=90)
    s.cctv("SN-CCTV-006", "flooding", s.at("16:09"), "路面大範圍積水", L, 0.71,
           lon=xy("SN-CCTV-006")[0] + 0.0003, lat=xy("SN-CCTV-006")[1] - 0.0006)
    s.police("stalled_vehicle", "Moderate", *offset(*xy("SN-SIG-006"), 30, -80), s.at("16:11"),
             "經貿路二段近經貿七路 兩輛小客車涉水熄火 停於車道中", L)
    # cascade crash at 經貿七路
    kc = s.police("injury_accident", "Moderate", *offset(*xy("SN-SIG-006"), -10, -25), s.at("16:13"),
                  "機車行經積水路段打滑 追撞前方小客車 騎士手腳擦傷", "crash_jingmao7", truth_alt=L)
    s.fire119("ambulance", *offset(*xy("SN-SIG-006"), -10, -25), s.at("16:15"),
              "派遣：經貿路二段/經貿七路 機車事故 1人受傷 救護車1輛", "crash_jingmao7", truth_alt=L)
    s.rule("SN-WL-003", "water_level", s.at("16:20"), "水湳區域排水經貿路水位 2.24 m ≥ 一級警戒 2.2 m", L, level="1")
    s.rule("SN-FL-002", "flood_depth", s.at("16:22"), "中央公園滯洪池2 淹水深度 41 cm", None, level=">30", truth_alt=L)
    # spreading south
    kclos = s.police("road_closure", "Severe", *road_point("jingmao", 0.72), s.at("16:25"),
                     "經貿路三段（敦化路至中平路段）積水逾40公分 雙向封閉 請改道", L)
    for t, frac, txt in [("16:27", 0.80, "經貿路快到中平路那邊都淹了"),
                         ("16:33", 0.88, "中平路經貿路口積水，對面水資源回收中心門口也是水"),
                         ("16:44", 0.75, "生態住宅B區門口淹水，地下室會不會進水"),
                         ("16:51", 0.66, "經貿路水好深，有人在推車")]:
        s.citizen("flooding", *road_point("jingmao", frac), s.at(t), txt, L, scatter=120)
    s.cctv("SN-CCTV-011", "flooding", s.at("16:31"), "路口積水", L, 0.64)
    # a 1999 case that sat in the operator's queue: delivered 19 minutes after creation
    s.citizen("flooding", *offset(*xy("SN-FA-008"), -50, 30), s.at("16:18"),
              "水資源回收中心前面經貿路淹水，車子都在逆向閃水", L, delay=td(minutes=19, seconds=12))
    s.dev("fire_alarm", "SN-FA-011", "fault", s.at("16:38"), "A區集合住宅 受信總機 地下室偵煙迴路異常（疑進水）", None,
          truth_alt=L)
    ksig = s.dev("signal", "SN-SIG-011", "fault", s.at("16:36"), "號誌控制箱 進水跳電 全黑", "signal_zhongping",
                 truth_alt=L)
    s.police("traffic_signal_fault", "Moderate", *xy("SN-SIG-011"), s.at("16:46"),
             "經貿路與中平路口號誌故障 路口積水 派員指揮", "signal_zhongping", truth_alt=L)
    s.police("flooding_report", "Severe", *offset(*xy("SN-SIG-011"), -20, 40), s.at("16:49"),
             "中平路經貿路口積水約35公分 機車多輛熄火", L)
    s.rule("SN-VD-ZHONGPING-02", "congestion", s.at("16:54"), "中平路車輛偵測器2 平均車速 13 km/h", L)
    s.rule("C0F9T0", "heavy_rain", s.at("16:40"), "西屯站 3小時累積雨量 104 mm，達豪雨標準", None, level="豪雨")
    # receding
    s.police("flooding_report", "Minor", *road_point("jingmao", 0.62), s.at("17:22"),
             "經貿路積水逐漸消退 剩約10公分", L)
    s.police("road_closure", "Minor", *road_point("jingmao", 0.72), s.at("17:38"),
             "經貿路三段積水已退 解除封閉", L, follows=kclos)
    s.dev("signal", "SN-SIG-011", "restored", s.at("17:55"), "號誌修復 恢復運作", "signal_zhongping", truth_alt=L)
    # unrelated in the same hour
    fo = offset(*xy("SN-SIG-003"), 0, 260)
    kfo = s.police("fallen_object", "Minor", *road_point("huanzhong", 0.74), s.at("16:05"),
                   "環中路二段內側車道 掉落鐵製看板 已移除", "object_huanzhong")
    s.citizen("noise", *road_point("liming", 0.4), s.at("15:35"), "黎明路工地下大雨還在施工很吵", None, scatter=80)
    s.citizen("streetlight", *road_point("kaixuan", 0.7), s.at("16:58"), "凱旋路路燈白天一直亮著", None, scatter=60)
    s.dev("parking", "SN-PK-004", "full", s.at("17:05"), "中央公園地下停車場(北) 汽車位已滿（下班避雨）", None)

    s.incident(L, "flood", "經貿路排水溢流，積水從低窪處擴散至經貿七路與中平路，持續約兩小時，封路後退水解除", k1)
    s.incident("crash_jingmao7", "traffic", "機車行經積水路段滑倒追撞小客車，1人輕傷送醫", kc)
    s.incident("signal_zhongping", "traffic", "經貿路/中平路口號誌控制箱進水故障，交通局搶修", ksig)
    s.incident("object_huanzhong", "traffic", "環中路二段掉落物（看板），警方移除", kfo)
    s.alternative(
        "合併讀法：因積水而生的追撞、號誌進水故障、住宅總機進水異常與滯洪池蓄水都屬於經貿路淹水一案"
        "（同一應變、同一封路範圍）。",
        [i for i in s.incidents if i["label"] in (L, "object_huanzhong")])
    return s


# --------------------------------------------------------------------------------------------
def s113():
    s = Situation(113, "recycling_yard_smoke_burst",
                  "2026-11-18 10:30",
                  "東北季風下，北屯區中清路東側一處資源回收場大火，濃煙往西南飄過水湳園區；"
                  "數十通 1999 濃煙陳情散布 2 km 範圍，綠美圖空調吸入煙霧觸發火警總機，中清路救災管制造成回堵。")
    r = s.rng
    F = "yard_fire"
    src = (120.6683, 24.1903)   # yard, 北屯區, east of 中清路 (outside the zone)
    k119 = s.fire119("fire", *src, s.at("10:47"),
                     "派遣：北屯區中清路旁 資源回收場 火警 消防車6輛 救護車1輛", F, delay=td(seconds=20))
    kp = s.police("fire_report", "Severe", *offset(*src, -30, 20), s.at("10:49"),
                  "中清路東側回收場起火 濃煙密布 已通報消防", F)
    # dozens of 1999 calls; the first are near the yard, then downwind (south-west) over the zone
    texts_near = ["中清路那邊回收場失火了，火好大", "好大的黑煙，好像是塑膠在燒", "中清路旁邊有火災，煙一直冒",
                  "回收場燒起來了，有爆炸聲"]
    texts_far = ["看到東邊一大片黑煙飄過來", "外面都是燒塑膠的味道，窗戶不敢開", "空氣很臭有煙，是哪裡火災？",
                 "天空灰灰的有燒焦味", "綠美圖這邊聞到很重的煙味", "中央公園都是煙，小孩在玩要不要離開",
                 "濃煙飄到我們社區，老人家咳嗽", "請問是不是有火災，到處都是煙", "從經貿路看過去中清路那邊冒黑煙",
                 "整個水湳都是煙味", "有煙，好像從北屯那邊來的", "黑煙很大，趕快處理",
                 "陽台衣服都是煙味，是哪裡在燒", "經貿路上看到很大一柱黑煙", "會展中心外面聞到燒焦味",
                 "學校要不要讓學生進教室？外面很多煙", "煙往我們這邊吹，眼睛很刺", "天空一片黑，是不是工廠爆炸",
                 "我在公園散步，煙味重到頭暈", "請問火災在哪裡？要不要關窗", "我家住經貿路，煙從東北邊過來",
                 "打119打不通，東邊一直冒黑煙"]
    far_cycle = []
    t = s.at("10:44")
    first = None
    for i in range(38):
        t = t + td(seconds=r.randint(40, 190) if i < 20 else r.randint(90, 400))
        if i < 8:
            pos, txt, sc = src, r.choice(texts_near), 350
        else:
            # downwind: 0.5-2.2 km south-west of the yard
            d = r.uniform(500, 2200)
            pos = offset(*src, -d * 0.75 + r.uniform(-300, 300), -d * 0.55 + r.uniform(-250, 250))
            if not far_cycle:
                far_cycle = list(texts_far)
                r.shuffle(far_cycle)
            txt, sc = far_cycle.pop(), 200
        k = s.citizen("fire_smoke", *pos, t, txt, F, scatter=sc)
        first = first or k
    # a couple of callers who give their home, far off, or the wrong road
    s.citizen("fire_smoke", *road_point("kaixuan", 0.3), s.at("11:12"), "凱旋路這邊也有煙味，是不是附近失火", F, scatter=100)
    s.citizen("other", *road_point("henan", 0.6), s.at("11:20"), "空氣品質很差都是煙，環保局可以來看一下嗎", F, scatter=150)
    ku = s.fire119("fire", *src, s.at("10:56"), "到達現場：回收場堆置物全面燃燒 濃煙擴散 請求增援", F, follows=k119)
    s.fire119("fire", *src, s.at("11:14"), "第二次增派 水箱車4輛 化學車1輛", F, follows=k119)
    s.cctv("SN-CCTV-008", "smoke", s.at("10:58"), "畫面東南方天空大量煙霧", F, 0.58)
    kclos = s.police("road_closure", "Moderate", *road_point("zhongqing", 0.52), s.at("11:03"),
                     "中清路回收場前路段 封閉外側兩車道 供消防車停放及佈線", F)
    kj = s.rule("SN-VD-ZHONGQING-02", "congestion", s.at("11:09"), "中清路車輛偵測器2 平均車速 8 km/h，佔有率 72%", F,
           severity="Moderate", truth_alt="zhongqing_jam")
    s.rule("SN-VD-ZHONGQING-01", "congestion", s.at("11:18"), "中清路車輛偵測器1 平均車速 14 km/h", F,
           truth_alt="zhongqing_jam")
    s.rule("SN-VD-JINGMAO-02", "congestion", s.at("11:26"), "經貿路車輛偵測器2 平均車速 17 km/h（改道車流）", F,
           severity="Minor", truth_alt="zhongqing_jam")
    # the Museumbrary panel trips: smoke drawn in by the air intake
    kfa = s.dev("fire_alarm", "SN-FA-004", "alarm", s.at("11:07"), "綠美圖 受信總機 3F 空調機房 偵煙器動作", "museumbrary_alarm",
                truth_alt=F)
    kf2 = s.fire119("fire", *xy("SN-FA-004"), s.at("11:09"),
                    "派遣：臺中綠美圖 火警自動警報 消防車1輛 查看", "museumbrary_alarm", truth_alt=F)
    s.fire119("fire", *xy("SN-FA-004"), s.at("11:24"),
              "現場查看：無火警 外氣引入煙霧致偵煙器動作 已關閉外氣 返隊", "museumbrary_alarm", follows=kf2, truth_alt=F)
    s.dev("fire_alarm", "SN-FA-004", "normal", s.at("11:22"), "受信總機 復歸", "museumbrary_alarm", truth_alt=F)
    s.fire119("fire", *src, s.at("12:06"), "火勢控制 持續殘火處理", F, follows=k119)
    s.police("road_closure", "Minor", *road_point("zhongqing", 0.52), s.at("12:25"),
             "中清路消防車撤離 解除車道管制", F, follows=kclos)
    # unrelated crash on 中清路 north, 1.4 km away
    kx = s.police("accident", "Minor", *offset(*xy("SN-SIG-008"), 40, 60), s.at("11:33"),
                  "中清路環中路口 兩車擦撞 無人受傷 已移置路邊", "crash_zhongqing_north")
    # background
    s.citizen("illegal_parking", *road_point("liming", 0.6), s.at("10:52"), "黎明路紅線有車子並排停車", None, scatter=60)
    s.citizen("streetlight", *road_point("jingmao", 0.3), s.at("11:40"), "經貿路二段路燈燈桿鏽蝕傾斜", None, scatter=60)
    s.dev("parking", "SN-PK-006", "full", s.at("11:45"), "會展中心停車場 汽車位已滿（展覽）", None)

    s.incident(F, "fire", "北屯區資源回收場大火（園區外），濃煙飄散兩公里，消防二次增援，中清路車道管制造成回堵", first)
    s.incident("museumbrary_alarm", "fire", "綠美圖空調吸入外部煙霧觸發偵煙器，消防查看無火警後復歸（另開一案查核）", kfa)
    s.incident("crash_zhongqing_north", "traffic", "中清路環中路口兩車擦撞，無傷", kx)
    s.alternative(
        "綠美圖總機動作是同一場火的煙造成的，可當作大火案的一部分；中清路與經貿路的車流壅塞也可另開交通疏導案"
        "（交通局改道），不併入火災。",
        [i for i in s.incidents if i["label"] != "museumbrary_alarm"] +
        [{"label": "zhongqing_jam", "type": "traffic", "description": "火場車道管制造成中清路、經貿路回堵，交通局疏導",
          "sufficient_evidence_key": kj}])
    return s


# --------------------------------------------------------------------------------------------
def s114():
    s = Situation(114, "convention_concert_evening",
                  "2026-12-19 09:00",
                  "週六晚間會展中心演唱會（約一萬二千人）：停車場滿、違停、入退場人潮，"
                  "會場 300 m 內另有機車事故、扒竊、觀眾昏倒、B棟舞台煙霧誤觸火警與鄰里噪音陳情。")
    r = s.rng
    C = "concert_crowd"
    venue = xy("SN-FA-002")
    kpe = s.permit("concert", *venue, s.at("19:00"), s.at("22:00"), s.at("09:12"),
                   "許可：臺中國際會展中心 年終演唱會 19:00-22:00 預估12,000人 管制半徑400公尺 經貿路二段、黎明路三段交通疏導",
                   C)
    s.dev("parking", "SN-PK-006", "full", s.at("17:58"), "會展中心停車場 汽車位已滿", C)
    s.dev("parking", "SN-PK-002", "full", s.at("18:16"), "經貿六停車場 汽車位已滿", C)
    s.rule("SN-VD-JINGMAO-01", "congestion", s.at("18:12"), "經貿路車輛偵測器1 平均車速 12 km/h，佔有率 55%", C)
    for t, txt in [("18:20", "經貿六路一整排違停，紅線也停"), ("18:27", "黎明路三段雙排停車，公車過不去"),
                   ("18:41", "會展中心附近的人行道都停滿機車"), ("19:05", "我家車庫門口被演唱會的車擋住")]:
        s.citizen("illegal_parking", *offset(*venue, r.uniform(-300, 300), r.uniform(-250, 250)), s.at(t), txt, C)
    kcv = s.cctv("SN-CCTV-005", "crowding", s.at("18:31"), "路口人行道人群聚集 滯留", C, 0.81,
                 lon=venue[0] + 0.0002, lat=venue[1] + 0.0008)
    s.rule("SN-VD-LIMING-01", "congestion", s.at("18:26"), "黎明路車輛偵測器1 平均車速 10 km/h", C)
    s.citizen("crowding", *offset(*venue, 60, 40), s.at("18:38"), "排隊的人潮都排到經貿路車道上了，很危險", C)
    s.dup(kcv, 7)
    s.police("crowd_control", "Moderate", *offset(*venue, 40, 80), s.at("18:46"),
             "會展中心入場人潮溢出至經貿路二段 增派警力8名 設置臨時人行動線", C)
    s.dev("parking", "SN-PK-001", "full", s.at("18:50"), "水湳轉運中心停車場 汽車位已滿", C)
    # scooter crash at 經貿路/黎明路, 120 m from the venue
    kcr = s.cctv("SN-CCTV-005", "accident", s.at("18:53"), "路口機車倒地", "scooter_crash", 0.66)
    s.police("injury_accident", "Moderate", *offset(*xy("SN-SIG-005"), 8, -6), s.at("18:55"),
             "經貿路二段/黎明路三段 機車左轉與直行小客車碰撞 騎士腿部受傷", "scooter_crash")
    s.fire119("ambulance", *offset(*xy("SN-SIG-005"), 8, -6), s.at("18:56"), "派遣：經貿黎明路口 車禍 1人受傷", "scooter_crash")
    # theft inside the crowd
    th = offset(*venue, -40, -30)
    kth = s.police("theft", "Minor", *th, s.at("20:12"), "會展中心A棟入口 觀眾手機遭竊 受理報案", "theft_hallA")
    s.citizen("other", *offset(*th, 150, 90), s.at("20:31"), "我在演唱會手機被偷，警察說要來這裡報，想問監視器", "theft_hallA")
    # a spectator faints
    kam = s.fire119("ambulance", *offset(*venue, 15, 10), s.at("20:41"),
                    "派遣：會展中心A棟 觀眾昏倒 意識模糊 救護車1輛", "faint_hallA", truth_alt=C)
    s.fire119("ambulance", *offset(*venue, 15, 10), s.at("21:02"), "送醫：中國醫藥大學附設醫院", "faint_hallA",
              follows=kam, truth_alt=C)
    # stage haze trips hall B's panel
    kb = s.dev("fire_alarm", "SN-FA-003", "alarm", s.at("21:14"), "B棟 受信總機 2F 展演廳 偵煙器動作", "hallB_alarm")
    kb2 = s.fire119("fire", *xy("SN-FA-003"), s.at("21:16"), "派遣：會展中心B棟 火警自動警報 消防車2輛", "hallB_alarm")
    s.dev("fire_alarm", "SN-FA-003", "normal", s.at("21:19"), "受信總機 復歸", "hallB_alarm")
    s.fire119("fire", *xy("SN-FA-003"), s.at("21:31"), "現場確認：舞台煙霧機誤觸偵煙器 無火災 返隊", "hallB_alarm", follows=kb2)
    # noise from across 環中路 (residents north) - not a job
    for t in ["21:05", "21:24", "21:47"]:
        s.citizen("noise", *offset(*venue, r.uniform(-200, 300), r.uniform(450, 800)), s.at(t),
                  r.choice(["演唱會音樂太大聲，窗戶都在震", "會展中心那邊很吵，幾點會結束", "低音好吵小孩睡不著"]), None,
                  truth_alt=C)
    # exit surge
    s.cctv("SN-CCTV-005", "crowding", s.at("22:04"), "散場人潮 大量行人移動中", C, 0.88,
           lon=venue[0] + 0.0002, lat=venue[1] + 0.0008)
    s.cctv("SN-CCTV-006", "crowding", s.at("22:07"), "路口行人大量聚集", C, 0.74)
    s.cctv("SN-CCTV-004", "crowding", s.at("22:12"), "往轉運中心方向人潮", C, 0.69)
    s.police("crowd_control", "Moderate", *offset(*venue, 30, 90), s.at("22:06"),
             "散場人潮管制 經貿路二段暫停車流5分鐘 引導至轉運中心接駁", C)
    s.rule("SN-VD-JINGMAO-01", "congestion", s.at("22:10"), "經貿路車輛偵測器1 平均車速 6 km/h", C, severity="Moderate")
    s.rule("SN-VD-HUANZHONG-02", "congestion", s.at("22:18"), "環中路車輛偵測器2 平均車速 15 km/h", C, severity="Minor")
    s.citizen("crowding", *offset(*xy("SN-PK-001"), 50, -40), s.at("22:20"), "轉運中心等接駁車的人好多，推來推去", C)
    s.police("crowd_control", "Minor", *offset(*venue, 30, 90), s.at("22:48"), "散場完畢 恢復交通", C)
    # scalpers' fight by the entrance, 150 m from hall A
    sc = offset(*venue, -110, 90)
    kd = s.police("public_disturbance", "Moderate", *sc, s.at("19:18"), "會展中心入口 黃牛與民眾發生拉扯 已帶回派出所", "scalper_fight")
    s.citizen("other", *offset(*sc, 60, -40), s.at("19:22"), "門口有黃牛在打架，旁邊好多人圍觀", "scalper_fight",
              truth_alt=C)
    s.citizen("crowding", *offset(*venue, -30, 120), s.at("18:57"), "會展中心門口人太多，機車都騎上人行道", C)
    s.dev("parking", "SN-PK-004", "full", s.at("18:44"), "中央公園地下停車場(北) 汽車位已滿", C, truth_alt=None)
    s.cctv("SN-CCTV-006", "wrong_way", s.at("21:52"), "車輛逆向行駛", None, 0.57)
    s.citizen("illegal_parking", *offset(*venue, 200, -150), s.at("21:35"), "經貿七路上停滿車，散場一定塞", C)
    # background
    s.citizen("streetlight", *road_point("liming", 0.75), s.at("19:40"), "黎明路有一盞路燈一閃一閃", None, scatter=50)
    s.rule("SN-VD-KAIXUAN-02", "congestion", s.at("18:35"), "凱旋路車輛偵測器2 平均車速 19 km/h", None, severity="Minor")

    s.incident(C, "crowd", "演唱會入場/散場人潮管理：停車場滿、違停、人潮溢出車道、散場管制", kcv)
    s.incident("scooter_crash", "traffic", "經貿黎明路口機車與小客車碰撞，1人受傷送醫", kcr)
    s.incident("theft_hallA", "public_safety", "A棟入口手機失竊，失主亦打 1999 詢問", kth)
    s.incident("faint_hallA", "rescue", "A棟觀眾昏倒送醫", kam)
    s.incident("scalper_fight", "public_safety", "入口黃牛與民眾拉扯，警方帶回", kd)
    s.incident("hallB_alarm", "fire", "B棟舞台煙霧機觸發火警總機，消防到場確認誤報", kb)
    s.alternative(
        "把活動期間場內的救護案併入人潮安全案（同一活動指揮所處理），鄰里噪音陳情也算活動的影響，"
        "民眾對黃牛拉扯的陳情當作現場秩序（人潮案）；700 m 外的公園停車場滿可能與演唱會無關。",
        [i for i in s.incidents if i["label"] != "faint_hallA"])
    return s


# --------------------------------------------------------------------------------------------
def s115():
    s = Situation(115, "quiet_weekday_afternoon",
                  "2026-04-15 13:00",
                  "平常週三下午：中平路施工、例行 1999 陳情、尖峰車多、單一設備離線；"
                  "真正要處理的只有環中路拋錨大貨車（及其後方追撞）與中清環中路口號誌故障，另有一通公園冒煙陳情查證後為烤肉。")
    r = s.rng
    wk = road_point("zhongping", 0.25)
    s.permit("road_works", *wk, s.at("09:00"), s.at("17:00"), s.at("08:47"),
             "許可：中平路（河南路至經貿路段）人孔修繕 09:00-17:00 封閉內側車道 施工範圍半徑150公尺", None)
    s.rule("SN-VD-ZHONGPING-01", "congestion", s.at("13:22"), "中平路車輛偵測器1 平均車速 21 km/h", None, severity="Minor")
    s.rule("SN-VD-ZHONGPING-01", "congestion", s.at("14:41"), "中平路車輛偵測器1 平均車速 18 km/h", None, severity="Minor")
    # routine 1999
    routine = [("streetlight", "kaixuan", "13:14", "凱旋路路燈編號 XT-03317 不亮"),
               ("illegal_parking", "liming", "13:31", "黎明路三段人行道機車亂停"),
               ("road_damage", "zhongke", "13:48", "中科路外側車道有一個大坑洞，機車很危險"),
               ("noise", "jingmao", "14:02", "經貿路工地打樁很吵"),
               ("streetlight", "jingmao", "14:26", "經貿路二段路燈白天亮著"),
               ("other", "henan", "14:55", "河南路停車場旁邊有人丟大型垃圾"),
               ("illegal_parking", "zhongqing", "15:20", "中清路公車站前有車子臨停很久"),
               ("road_damage", "liming", "15:41", "黎明路人孔蓋鬆動，車子經過會響"),
               ("blocked_drain", "kaixuan", "16:08", "凱旋路水溝有臭味好像堵住"),
               ("noise", "huanzhong", "16:47", "環中路改裝車很吵"),
               ("streetlight", "zhongke", "17:32", "中科路路燈編號 XT-05520 閃爍"),
               ("illegal_parking", "jingmao", "17:58", "經貿六路口紅線違停")]
    for cat, road, t, txt in routine:
        s.citizen(cat, *road_point(road, r.uniform(0.15, 0.85)), s.at(t), txt, None, scatter=80)
    s.dev("fire_alarm", "SN-FA-009", "fault", s.at("14:05"), "逢甲水湳校區 受信總機 電源異常", None)
    s.dev("fire_alarm", "SN-FA-009", "normal", s.at("14:52"), "受信總機 復歸", None)
    s.offline("SN-VD-KAIXUAN-02", s.at("13:40"), None, reason_text="離線 device_fault")
    s.rule("SN-VD-KAIXUAN-02", "sensor_offline", s.at("13:46"), "凱旋路車輛偵測器2 超過5分鐘未回傳", None)
    # park smoke: a barbecue
    bb = offset(*xy("SN-FL-003"), -30, 60)
    kbb = s.citizen("fire_smoke", *bb, s.at("14:18"), "中央公園草地那邊有人在燒東西，一直冒白煙", "park_smoke", truth_alt=None)
    s.police("other", "Minor", *offset(*bb, 20, -10), s.at("14:37"),
             "查看中央公園冒煙陳情 現場為民眾烤肉 已勸導熄滅", "park_smoke", truth_alt=None)
    # stalled truck at 凱旋路/環中路, then a rear-end in its queue
    trk = offset(*xy("SN-SIG-002"), 30, 10)
    ktr = s.cctv("SN-CCTV-002", "stalled_vehicle", s.at("15:32"), "路口車輛停滯", "truck_huanzhong", 0.74,
                 lon=trk[0], lat=trk[1])
    ktr2 = s.police("stalled_vehicle", "Moderate", *trk, s.at("15:36"),
                    "環中路二段凱旋路口 大貨車拋錨 佔用內側兩車道 已聯絡拖吊", "truck_huanzhong")
    s.rule("SN-VD-HUANZHONG-02", "congestion", s.at("15:45"), "環中路車輛偵測器2 平均車速 14 km/h，佔有率 49%",
           "truck_huanzhong")
    krr = s.police("accident", "Minor", *offset(*trk, -85, -30), s.at("15:58"),
                   "環中路二段 拋錨貨車後方 兩輛小客車追撞 無人受傷", "truck_huanzhong", truth_alt="rear_end_huanzhong")
    s.police("stalled_vehicle", "Minor", *trk, s.at("16:40"), "拋錨大貨車已拖離 恢復通行", "truck_huanzhong", follows=ktr2)
    # dark signal at 中清路/環中路
    ksg = s.dev("signal", "SN-SIG-008", "fault", s.at("16:19"), "號誌控制器 燈號全黑", "signal_zhongqing")
    s.citizen("traffic_signal", *offset(*xy("SN-SIG-008"), -60, 45), s.at("16:24"), "中清環中路口紅綠燈全部不亮", "signal_zhongqing")
    s.police("traffic_signal_fault", "Moderate", *xy("SN-SIG-008"), s.at("16:31"), "中清路環中路口號誌故障 派員指揮", "signal_zhongqing")
    s.dev("signal", "SN-SIG-008", "restored", s.at("17:48"), "號誌恢復運作（廠商更換控制板）", "signal_zhongqing")
    # evening rush: ordinary
    for sid, t in [("SN-VD-HUANZHONG-01", "17:12"), ("SN-VD-ZHONGQING-01", "17:20"), ("SN-VD-KAIXUAN-01", "17:31"),
                   ("SN-VD-HUANZHONG-04", "17:44"), ("SN-VD-HENAN-01", "17:50")]:
        s.rule(sid, "congestion", s.at(t), f"{S[sid]['name']} 平均車速 {r.randint(15, 24)} km/h（下班尖峰）", None,
               severity="Minor")
    s.dev("parking", "SN-PK-001", "full", s.at("17:40"), "水湳轉運中心停車場 汽車位已滿", None)

    s.incident("truck_huanzhong", "traffic", "環中路凱旋路口大貨車拋錨佔兩車道，後方追撞，拖吊後恢復", ktr)
    s.incident("signal_zhongqing", "traffic", "中清環中路口號誌全黑，廠商約1.5小時內修復", ksg)
    s.incident("park_smoke", "fire", "公園冒煙陳情，警方查看為烤肉（查證後結案）", kbb)
    s.alternative(
        "公園冒煙只是一通陳情、查證後為烤肉，可視為背景；拋錨貨車後方的追撞可另開一案。",
        [i for i in s.incidents if i["label"] != "park_smoke"] +
        [{"label": "rear_end_huanzhong", "type": "traffic", "description": "拋錨貨車後方兩車追撞",
          "sufficient_evidence_key": krr}])
    return s


# --------------------------------------------------------------------------------------------
def s116():
    s = Situation(116, "park_gateway_down_night_storm",
                  "2026-08-06 01:30",
                  "夏夜暴雨，中央公園感測閘道器斷電：公園內十一個設備同時離線約一小時；此時只能靠民眾與警方得知"
                  "公園南側地下停車場進水、河南路積水；閘道器復電後補傳 25-30 分鐘前的資料，並有重複送達。")
    r = s.rng
    G, P, H = "park_gateway", "carpark_flood", "flood_henan"
    s.rule("C0F9T0", "heavy_rain", s.at("01:38"), "西屯站 時雨量 46 mm", None, level="大雨")
    s.rule("SN-RG-002", "heavy_rain", s.at("01:52"), "水湳轉運中心雨量站 時雨量 55 mm", None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", s.at("02:00"), "中央公園雨量站 時雨量 58 mm", None, level="大雨")
    devices = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002",
               "SN-RG-001", "SN-PK-004", "SN-PK-005", "SN-FA-007"]
    t = s.at("02:12")
    off = []
    for i, d in enumerate(devices):
        t = t + td(seconds=r.randint(1, 9))
        off.append(s.offline(d, t, G, reason_text="離線 mains_power_lost" if i % 3 else "離線"))
    s.dup(off[2], 31)
    s.dup(off[7], 12)
    kg = off[4]
    for i, d in enumerate(["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002",
                           "SN-RG-001"]):
        s.rule(d, "sensor_offline", s.at("02:23", i * 11), f"{S[d]['name']} 超過10分鐘未回傳", G)
    # Henan low point is on another gateway: live
    kh = s.rule("SN-FL-007", "flood_depth", s.at("02:33"), "河南路低窪處 淹水深度 19 cm", H, level="16-30")
    # car park: people tell first
    cp = xy("SN-PK-005")
    kc1 = s.citizen("flooding", *offset(*cp, 90, 40), s.at("02:35"),
                    "中央公園地下停車場南邊入口水一直灌進去，裡面還有車", P, delay=td(seconds=170))
    s.police("flooding_report", "Moderate", *offset(*xy("SN-FL-007"), -30, 15), s.at("02:41"),
             "河南路低窪處積水約20公分 車輛減速通行 持續觀察", H)
    s.citizen("flooding", *offset(*cp, -60, -140), s.at("02:44"), "公園停車場淹水了，我的車停在B1", P)
    kr = s.fire119("rescue", *offset(*cp, 20, -30), s.at("02:49"),
                   "派遣：中央公園地下停車場(南) 地下室進水 抽水 救助器材車1輛 排水車1輛", P)
    s.citizen("flooding", *road_point("henan", 0.9), s.at("02:52"), "河南路淹水", H, scatter=150)
    s.fire119("rescue", *offset(*cp, 20, -30), s.at("03:02"), "到達：B1 車道積水約40公分 開始抽水 無人受困", P, follows=kr)
    s.rule("SN-FL-007", "flood_depth", s.at("02:58"), "河南路低窪處 淹水深度 33 cm", H, level=">30")
    s.police("road_closure", "Severe", *offset(*xy("SN-FL-007"), -30, 15), s.at("03:03"), "河南路低窪路段積水逾30公分 暫時封閉", H)
    # gateway back at 03:04, replays its buffer (25-30 min late)
    t = s.at("03:04")
    on = []
    for d in devices:
        t = t + td(seconds=r.randint(1, 6))
        on.append(s.online(d, t, G))
    s.dup(on[0], 40)
    s.dup(on[5], 95)
    back = s.at("03:06")
    s.rule("SN-FL-003", "flood_depth", s.at("02:30"), "中央公園滯洪池3 淹水深度 18 cm（補傳）", None, level="16-30",
           arrival=back + td(seconds=11), truth_alt=P)
    s.rule("SN-FL-005", "flood_depth", s.at("02:38"), "中央公園滯洪池5 淹水深度 34 cm（補傳）", None, level=">30",
           arrival=back + td(seconds=14), truth_alt=P)
    s.dev("fire_alarm", "SN-FA-007", "fault", s.at("02:40"), "地下停車場 受信總機 B1 南側偵煙迴路短路（補傳）", P,
          arrival=back + td(seconds=9), truth_alt=None)
    s.rule("SN-WL-002", "water_level", s.at("02:45"), "中央公園南滯洪池水位 2.06 m ≥ 三級警戒 2.0 m（補傳）", None, level="3",
           arrival=back + td(seconds=20), truth_alt=P)
    s.dev("parking", "SN-PK-005", "full", s.at("02:50"), "中央公園地下停車場(南) 車位顯示已滿（感測異常）", P,
          arrival=back + td(seconds=23), truth_alt=None)
    s.rule("SN-WL-002", "water_level", s.at("03:10"), "中央公園南滯洪池水位 2.31 m ≥ 三級警戒 2.0 m", None, level="3",
           truth_alt=P)
    s.fire119("rescue", *offset(*cp, 20, -30), s.at("03:58"), "抽水完畢 返隊", P, follows=kr)
    s.police("road_closure", "Minor", *offset(*xy("SN-FL-007"), -30, 15), s.at("04:05"), "河南路積水退去 解除封閉", H)
    # unrelated: a skid on 環中路
    s.police("accident", "Moderate", *offset(*xy("SN-VD-HUANZHONG-02"), -40, -15), s.at("03:27"),
             "環中路二段 小客車雨天打滑自撞分隔島 駕駛輕傷", "skid_huanzhong")
    kx = s.fire119("ambulance", *offset(*xy("SN-VD-HUANZHONG-02"), -40, -15), s.at("03:29"), "派遣：環中路二段 自撞 1人輕傷", "skid_huanzhong")
    s.citizen("streetlight", *road_point("jingmao", 0.4), s.at("03:40"), "經貿路路燈全部不亮（停電？）", None, scatter=120,
              truth_alt=G)

    s.incident(G, "infrastructure", "中央公園感測閘道器斷電，十一個設備同時離線約52分鐘，派員檢修後恢復並補傳資料", kg)
    s.incident(P, "flood", "中央公園地下停車場(南)入口進水，消防抽水；感測資料在閘道器恢復後才補到", kc1)
    s.incident(H, "flood", "河南路低窪處積水 19→33 cm，封路後退水", kh)
    s.incident("skid_huanzhong", "traffic", "環中路二段雨天自撞分隔島，1人輕傷", kx)
    s.alternative(
        "補傳的滯洪池水位/深度告警與停車場進水同在公園南端、同一時段，可視為停車場淹水案的證據；"
        "停車場總機短路與車位滿是設備異常，也可只算背景；經貿路路燈全暗可能與同一停電有關。",
        list(s.incidents))
    return s


if __name__ == "__main__":
    for fn in (s111, s112, s113, s114, s115, s116):
        print(fn().write())
