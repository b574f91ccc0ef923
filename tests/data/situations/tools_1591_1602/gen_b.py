"""Situations 1597-1602: the typhoon's night and the recession at dawn (2016-09-27/28, local UTC+8)."""
from lib import Sit, rain_bg, T, iso
import datetime as dt


def s1597():
    S = Sit(1597, "peak_rain_floods",
            "19:00-21:30 雨勢最大：河南路、經貿路、臺灣大道環中路口地下道同時淹水，區域排水達一級警戒，生態住宅B區一樓進水；中清路倒樹壓車有人受困；轉運中心客運停駛旅客滯留；1999 來電爆量。")
    S.story = ("The eye wall passes north and the rain peaks above 大豪雨. Three floods run at once: 河南路 (closed by the police, its car park shut), "
               "經貿路 by 生態住宅 B區 (the drainage level reaches level 1 and water enters the ground floor) and the 臺灣大道/環中路 underpass "
               "outside the zone's west edge (closed). On 中清路 a tree falls on a moving car with the driver inside. Intercity buses stop and "
               "several hundred travellers wait in the transit hub, whose car park fills. 1999 takes a burst of calls, one with its clock "
               "stamped eight hours ahead.")
    A = S.inc("flood_henan", "flood", "河南路低窪處淹水 >30 cm，封路，河南路停車場關閉")
    B = S.inc("flood_jingmao", "flood", "經貿路低窪處淹水 >30 cm，區域排水一級警戒，生態住宅B區一樓進水")
    C = S.inc("underpass_twblvd", "flood", "臺灣大道環中路口地下道積淹水，封閉")
    D = S.inc("tree_on_car_zhongqing", "rescue", "中清路路樹倒塌壓到行駛中汽車，駕駛受困")
    E = S.inc("stranded_hub", "crowd", "客運停駛，轉運中心旅客滯留數百人")
    rain_bg(S, "19:02", "大豪雨", gauges=("C0F9T0", "SN-RG-001", "SN-RG-002", "SN-RG-003"), step_min=4)
    # A henan
    a1 = S.rule("SN-FL-007", "flood_depth", "19:06", "河南路低窪處 淹水深度 47 cm", A, level=">30")
    kc = S.police("road_closure", "Severe", "henan_mid", "19:15", "河南路二段（中平路至低窪路段）積水封閉，請改道中平路", A)
    S.c1999("flooding", "henan_low", "19:20", "河南路整條變成小河了", A)
    S.cctv("SN-CCTV-010", "flooding", "19:24", "路面積水", A, 0.74)
    S.rule("SN-VD-HENAN-02", "congestion", "19:31", "河南路車輛偵測器2 車速降至 5 km/h", A)
    S.c1999("flooding", "henan_low", "19:50", "河南路停車場地下室進水，我車還在裡面", A)
    S.c1999("flooding", "henan_mid", "20:30", "河南路那邊住家門口水要淹進來了，可以給沙包嗎", A, jitter=120)
    S.suff(A, a1)
    # B jingmao
    S.rule("SN-WL-003", "water_level", "19:10", "水湳區域排水經貿路水位 1.83 m 達二級警戒", B, level="2")
    b1 = S.rule("SN-FL-008", "flood_depth", "19:18", "經貿路低窪處 淹水深度 36 cm", B, level=">30")
    S.rule("SN-WL-003", "water_level", "19:52", "水湳區域排水經貿路水位 2.24 m 達一級警戒", B, level="1")
    k = S.c1999("flooding", "eco_b", "19:58", "生態住宅B區一樓大廳進水了，水一直從地下室車道灌進去", B)
    S.dup(k, 240)
    S.c1999("flooding", "eco_b", "20:02", "生態住宅B區一樓淹水，電梯要不要停", B, clock_err=8 * 3600)
    S.police("flooding_report", "Severe", "jingmao_low", "20:10", "經貿路三段近敦化路積水 50 公分，車輛禁止進入", B)
    S.police("evacuation", "Moderate", "eco_b", "20:25", "生態住宅B區一樓住戶 12 戶撤離至 3 樓以上", B)
    S.rule("SN-VD-JINGMAO-02", "congestion", "20:15", "經貿路車輛偵測器2 車速降至 4 km/h", B)
    S.suff(B, b1)
    # C tw blvd underpass
    c1 = S.rule("SN-FL-010", "flood_depth", "19:35", "臺灣大道環中路口地下道 淹水深度 33 cm", C, level=">30")
    S.cctv("SN-CCTV-009", "flooding", "19:37", "路面積水", C, 0.83)
    S.police("road_closure", "Severe", "tw_huanzhong", "19:48", "臺灣大道環中路口地下道積水封閉", C)
    S.c1999("flooding", "tw_underpass", "20:05", "臺灣大道那個地下道又淹了", C)
    S.suff(C, c1)
    # D tree on car
    d1 = S.c1999("fallen_tree", "zhongqing_mid", "20:12", "中清路一棵樹倒下來壓到一台車，裡面還有人", D)
    S.f119("rescue", "zhongqing_mid", "20:14", "中清路 路樹壓車 駕駛 1 人受困", D)
    S.police("fallen_object", "Severe", "zhongqing_mid", "20:18", "中清路倒樹壓住自小客，南向車道阻斷", D)
    S.rule("SN-VD-ZHONGQING-02", "congestion", "20:26", "中清路車輛偵測器2 車速降至 6 km/h", D)
    S.f119("rescue", "zhongqing_mid", "20:49", "受困駕駛已救出 腿部擦傷送醫", D, status="returning")
    S.suff(D, d1)
    # E stranded hub
    S.sensor("parking", "SN-PK-001", "full", "19:40", "汽車車位已滿", E, alt=None)
    e1 = S.police("crowd_control", "Moderate", "hub", "20:00", "客運全面停駛，轉運中心滯留旅客約 400 人，派員維持秩序", E)
    S.c1999("crowding", "hub", "20:20", "轉運站裡面好多人都沒車可以坐，很擠也沒人說明", E)
    S.c1999("other", "hub", "20:40", "請問今晚還有沒有客運到台北", E, alt=None)
    S.suff(E, e1)
    S.set_alt("Travellers sheltering in the hub are no hazard: a colleague leaves the crowd out (null) and so the car park full and the bus question.")
    S.alt_relabel(E, None)
    # background burst of 1999
    S.c1999("other", "xitun_home", "19:25", "停電那邊什麼時候會來電？", None, jitter=300)
    S.c1999("公園路樹", "park_n", "19:45", "公園裡很多樹枝斷掉", None)
    S.c1999("other", "xitun_home", "20:35", "明天到底有沒有放假", None, jitter=400)
    S.c1999("streetlight", "fcu", "21:00", "逢甲校區外一支路燈被風吹歪", None)
    S.rule("SN-VD-HUANZHONG-04", "congestion", "20:50", "環中路車輛偵測器4 車速降至 18 km/h", None)
    S.debate("The stranded travellers at the hub are a crowd job (police order keeping).", "null: shelter, no hazard")
    S.debate("The 1999 call stamped eight hours ahead (local time written as UTC) is still the 經貿路 flood.", "none")
    S.debate("Three floods at once are three jobs (different drains, different closures).", "none given: 河南路 and 經貿路 are 900 m apart on different drains")
    return S.write()


def s1598():
    S = Sit(1598, "south_cabinet_down",
            "21:00-23:30 中央公園南區機箱斷線（滯洪池感測器、水位、停車場同時離線）；生態住宅A區失智長者走失；中平路倒樹與撞上倒樹的車；筏子溪水位達二級警戒。")
    S.story = ("At 21:37 the five devices behind the park's south field cabinet stop reporting at once, without a reason (last wills): "
               "the south pond's depth and level, and the south car park. The last reading of the pond level was at level 2. "
               "A man with dementia walks out of 生態住宅 A區 into the storm; the police find him at 綠美圖's entrance an hour later. "
               "A tree falls across 中平路 near 經貿路 and half an hour later a car hits it. West of the zone 筏子溪 reaches level 2.")
    A = S.inc("south_cabinet", "infrastructure", "中央公園南區機箱 GW-CPS-01 失聯，5 個設備離線")
    B = S.inc("missing_elder", "rescue", "生態住宅A區失智長者走失，於綠美圖尋獲")
    C = S.inc("tree_zhongping", "traffic", "中平路近經貿路倒樹阻斷兩車道，隨後車輛撞上倒樹")
    D = S.inc("fazi_high", "flood", "筏子溪西屯水位達二級警戒")
    rain_bg(S, "21:04", "豪雨")
    # A cabinet
    S.rule("SN-WL-002", "water_level", "21:20", "中央公園南滯洪池水位 2.61 m 達二級警戒", None, level="2", alt="south_cabinet")
    t0 = T("21:37:10")
    ks = [S.status(sid, "offline", t0 + dt.timedelta(seconds=3 * j), A)
          for j, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"])]
    # enough: the third device of one cabinet gone within seconds
    a1 = sorted(ks, key=lambda k: next(i["arrival"] for i in S.items if i["key"] == k))[2]
    for j, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002"]):
        S.rule(sid, "sensor_offline", t0 + dt.timedelta(minutes=10, seconds=5 * j), f"{sid} 離線超過 10 分鐘", A)
    S.suff(A, a1)
    S.notes.append("No reason on the offline statuses (last wills). The cabinet sits beside the south pond: a colleague may read it as flooded by the pond (alternative).")
    # B missing elder
    b1 = S.police("missing_person", "Severe", "eco_a", "21:50", "生態住宅A區 82 歲男性失智長者 約 21:20 自行外出未歸，穿灰色雨衣", B)
    S.c1999("missing_person", "eco_a", "21:45", "我爸爸失智，颱風天自己跑出去了，手機沒帶", B)
    S.police("missing_person", "Moderate", "museumbrary", "22:56", "走失長者於綠美圖入口雨遮下尋獲，身體失溫送醫觀察", B, follows=b1)
    S.f119("ambulance", "museumbrary", "22:58", "綠美圖 82 歲男性 失溫 意識清楚", B)
    S.suff(B, b1)
    # C tree + crash
    c1 = S.police("fallen_object", "Severe", "zhongping_east", "21:58", "中平路近經貿路口東側 路樹倒塌阻斷兩車道", C)
    S.cctv("SN-CCTV-011", "fallen_object", "21:55", "偵測到車道異物", C, 0.68)
    S.c1999("fallen_tree", "zhongping_east", "22:02", "中平路有大樹倒在路上，車子過不去", C)
    S.rule("SN-VD-ZHONGPING-02", "congestion", "22:10", "中平路車輛偵測器2 車速降至 9 km/h", C)
    c2 = S.police("traffic_accident", "Moderate", "zhongping_east", "22:31", "中平路自小客撞上倒樹，駕駛輕傷", C, alt="crash_tree")
    S.f119("ambulance", "zhongping_east", "22:33", "中平路 車輛撞倒樹 駕駛額頭撕裂傷", C, alt="crash_tree")
    S.police("road_closure", "Moderate", "zhongping_east", "22:45", "中平路經貿路口以東暫時封閉，待建設局鋸樹", C)
    S.suff(C, c1)
    S.alt_inc("crash_tree", "traffic", "中平路車輛撞上倒樹（另案事故）")
    # D fazi
    S.rule("SN-WL-004", "water_level", "21:30", "筏子溪西屯水位 97.25 m 達三級警戒", D, level="3", alt=None)
    d1 = S.rule("SN-WL-004", "water_level", "22:40", "筏子溪西屯水位 97.93 m 達二級警戒", D, level="2")
    S.c1999("flooding", "fazi", "22:50", "筏子溪水好高，快到堤防上面了，住旁邊要不要撤離", D)
    S.suff(D, d1)
    S.set_alt("The south cabinet sits by the pond that was at level 2: one colleague makes the outage part of a south-pond flood job; "
              "the car that hit the tree is another crash; 筏子溪's level 3 is only a watch.")
    S.alt_relabel(A, "south_pond_cabinet")
    S.alt_inc("south_pond_cabinet", "flood", "南滯洪池高水位，機箱疑遭淹致設備離線")
    for i in S.items:
        if i.get("truth_alt") == "south_cabinet":
            i["truth_alt"] = "south_pond_cabinet"
    # background
    S.c1999("other", "xitun_home", "21:15", "我家附近電線在冒火花", None, jitter=600)
    S.c1999("公園路樹", "park_s", "22:15", "公園步道上樹枝很多", None)
    S.rule("SN-VD-HUANZHONG-01", "congestion", "22:20", "環中路車輛偵測器1 車速降至 23 km/h", None)
    F = S.inc("power_cut_ne_still", "infrastructure", "東北側停電持續（延續）：住戶仍無電，路口仍黑燈")
    f1 = S.police("traffic_signal_fault", "Moderate", "jingmao_liming", "21:40", "經貿路黎明路口號誌仍黑燈，持續派員指揮交通", F)
    S.c1999("power_outage", "eco_a", "22:35", "經貿路三段還是沒電，已經快七個小時", F)
    S.suff(F, f1)
    S.rule("SN-RG-003", "heavy_rain", "23:05", "北屯雨量站 24 小時累積達大豪雨標準", None, level="大豪雨")
    S.debate("The five offline devices behind GW-CPS-01 are one infrastructure job (one cabinet).", "part of a south-pond flood job (the cabinet drowned), with the pond's level-2 reading")
    S.debate("The car that hit the fallen tree belongs to the tree's job.", "a crash job of its own (crash_tree)")
    S.debate("A 1999 call about 'sparks near my house' with a vague position 600 m off is null here.", "none: too vague to place")
    S.debate("The still-dark junction and a 'still no power' call are the outage that began in 1595, a continuing job here.", "none given")
    return S.write()


def s1599():
    S = Sit(1599, "midnight_second_outage",
            "23:00-01:30 第二條饋線停電：河南路中平路口號誌黑燈、路口機箱斷電；東北側饋線復電號誌恢復；中國醫藥大學水湳校區火警警報（雨水滲入誤報）；會展中心B館施工圍籬倒塌；筏子溪水位一級。")
    S.story = ("Just before midnight the north-east feeder is restored and the junctions of 經貿路 and 中清路 come back. Ten minutes later a "
               "second feeder trips in the south: 河南路/中平路 goes dark with its camera and two detectors, and houses along 河南路 call. "
               "A fire alarm at the China Medical University campus brings 119, who find rain water in a smoke detector. A hoarding of the "
               "convention centre's hall B works falls onto the 經貿路 pavement. 筏子溪 reaches level 1 and the district evacuates its riverside lane.")
    A = S.inc("power_cut_south", "infrastructure", "南側饋線停電：河南路中平路口號誌黑燈，機箱斷電")
    B = S.inc("power_ne_restored", "infrastructure", "東北側饋線復電，號誌與設備恢復（延續並結束）")
    C = S.inc("cmu_alarm", "fire", "中國醫藥大學水湳校區火警警報，119 到場確認雨水滲入誤報")
    D = S.inc("hoarding_conv_b", "traffic", "會展中心B館施工圍籬倒塌於經貿路人行道與外側車道")
    E = S.inc("fazi_level1", "flood", "筏子溪水位一級警戒，沿岸疏散")
    rain_bg(S, "23:03", "豪雨", gauges=("C0F9T0", "SN-RG-001"))
    # B restored NE
    t0 = T("23:41")
    b1 = None
    for j, sid in enumerate(["SN-SIG-005", "SN-SIG-006", "SN-SIG-008"]):
        k = S.status(sid, "online", t0 + dt.timedelta(seconds=4 * j), B)
        b1 = b1 or k
        S.sensor("signal", sid, "restored", t0 + dt.timedelta(seconds=30 + 4 * j), "號誌恢復正常運轉", B)
    for j, sid in enumerate(["SN-CCTV-005", "SN-CCTV-006", "SN-CCTV-008", "SN-VD-JINGMAO-01", "SN-VD-ZHONGQING-01", "SN-VD-HUANZHONG-03"]):
        S.status(sid, "online", t0 + dt.timedelta(seconds=12 + 5 * j), B)
    S.sensor("fire_alarm", "SN-FA-011", "normal", t0 + dt.timedelta(seconds=60), "主電源恢復", B)
    S.c1999("power_outage", "eco_a", "23:48", "經貿路三段電來了，謝謝", B)
    S.suff(B, b1)
    # A south outage
    t1 = T("23:52")
    a1 = S.sensor("signal", "SN-SIG-010", "fault", t1 + dt.timedelta(seconds=4), "號誌控制器 主電源中斷 黑燈", A)
    for j, sid in enumerate(["SN-SIG-010", "SN-CCTV-010", "SN-VD-HENAN-02", "SN-VD-ZHONGPING-01"]):
        S.status(sid, "offline", t1 + dt.timedelta(seconds=10 + 6 * j), A, reason="mains_power_lost")
    S.sensor("fire_alarm", "SN-FA-010", "fault", t1 + dt.timedelta(seconds=50), "受信總機 主電源停電", A)
    S.c1999("power_outage", "henan_mid", "+00:01", "河南路二段整排停電了", A, jitter=150)
    S.police("traffic_signal_fault", "Severe", "henan_zhongping", "+00:08", "河南路中平路口號誌黑燈，派員指揮", A)
    S.c1999("traffic_signal", "henan_zhongping", "+00:12", "河南路中平路口紅綠燈不亮", A)
    S.rule("SN-VD-HENAN-02", "sensor_offline", "+00:02", "河南路車輛偵測器2 離線超過 10 分鐘", A)
    S.suff(A, a1)
    # C CMU alarm (false)
    c1 = S.sensor("fire_alarm", "SN-FA-010", "alarm", "+00:21", "火警受信總機 2F 走廊 偵煙器動作", C, alt=None)
    c2 = S.f119("fire", "cmu", "+00:23", "中國醫藥大學水湳校區 火警警報 派遣查看", C, alt=None)
    S.f119("fire", "cmu", "+00:38", "現場確認 雨水滲入偵煙器 誤報 無火煙", C, status="closed", follows=c2, alt=None)
    S.sensor("fire_alarm", "SN-FA-010", "normal", "+00:40", "火警受信總機復歸", C, alt=None)
    S.suff(C, c1)
    # D hoarding
    d1 = S.c1999("fallen_object", "conv_b", "+00:05", "會展中心B館旁邊工地圍籬整片倒在人行道和馬路上", D)
    S.police("fallen_object", "Moderate", "conv_b", "+00:15", "會展B館施工圍籬倒塌，佔用經貿路外側車道，通知廠商處理", D)
    S.cctv("SN-CCTV-006", "fallen_object", "+00:07", "偵測到車道異物", D, 0.51)
    S.suff(D, d1)
    # E fazi
    e1 = S.rule("SN-WL-004", "water_level", "23:30", "筏子溪西屯水位 98.64 m 達一級警戒", E, level="1")
    S.police("evacuation", "Severe", "fazi", "23:55", "筏子溪沿岸低窪住戶約 30 人撤離至里活動中心", E)
    S.c1999("flooding", "fazi", "+00:30", "筏子溪旁邊巷子淹水了", E)
    S.suff(E, e1)
    S.set_alt("A false alarm that 119 closes as such is no incident for one colleague (null); the university's panel mains fault is the power cut's.")
    # background
    S.c1999("other", "xitun_home", "23:20", "風好像變小了，可以出門了嗎", None)
    S.rule("SN-VD-HUANZHONG-04", "congestion", "+00:45", "環中路車輛偵測器4 車速降至 24 km/h", None)
    S.c1999("公園路樹", "park_n", "+01:00", "中央公園北邊很多樹倒了", None)
    S.rule("SN-RG-002", "heavy_rain", "+01:10", "水湳轉運中心雨量站雨量達大雨標準", None, level="大雨")
    S.debate("The CMU fire alarm with a 119 run is a fire job, even though 119 found rain in a detector.", "null: a false alarm")
    S.debate("The CMU panel's mains fault at 23:53 belongs to the southern outage, not the alarm.", "none")
    S.debate("North-east restoration items are the end of the first outage (its own label here).", "none")
    return S.write()


def s1600():
    S = Sit(1600, "night_rescues",
            "01:00-03:30 深夜：中平路旁工寮倒塌兩名工人受困；環中路貨車被風吹翻；河南路仍積水；南區機箱恢復連線；1999 零星倒樹來電。")
    S.story = ("The wind turns and gusts hardest from the south. A workers' shed on vacant land by 中平路 collapses with two men inside; "
               "the fire bureau digs them out. A box truck tips over on 環中路 near 中科路. The 河南路 water starts to fall but the road "
               "stays closed. At 02:14 the park's south cabinet comes back. Scattered calls about branches and trees: one blocks 黎明路, "
               "the others lie on lawns and pavements.")
    A = S.inc("shed_collapse", "rescue", "中平路旁空地工寮倒塌，2 名工人受困")
    B = S.inc("truck_overturn", "traffic", "環中路近中科路 貨車被強風吹翻，駕駛受傷")
    C = S.inc("flood_henan_night", "flood", "河南路低窪處積水持續（延續），水位開始下降")
    D = S.inc("south_cabinet_back", "infrastructure", "中央公園南區機箱恢復連線（結束）")
    E = S.inc("tree_liming", "traffic", "黎明路三段近經貿路倒樹擋住車道")
    rain_bg(S, "01:05", "豪雨", gauges=("SN-RG-001",))
    # A shed
    a1 = S.f119("rescue", "zhongping_mid", "+01:22", "中平路旁空地 鐵皮工寮倒塌 2 人受困", A)
    S.c1999("rescue", "zhongping_mid", "+01:24", "中平路旁邊的工寮被風吹垮了，裡面有人在叫", A)
    S.police("other", "Severe", "zhongping_mid", "+01:30", "中平路工寮倒塌，協助消防救援，管制外側車道", A)
    S.f119("rescue", "zhongping_mid", "+01:52", "工寮受困 2 人救出 1 人腿部骨折送醫", A, status="on_scene", follows=a1)
    S.f119("ambulance", "zhongping_mid", "+01:55", "工寮倒塌傷者 男性 左腿骨折", A)
    S.suff(A, a1)
    # B truck
    b1 = S.police("injury_accident", "Severe", "huanzhong_zhongke", "+01:48", "環中路二段近中科路口 3.5 噸貨車被強風吹翻，駕駛受傷，占三車道", B, jitter=80)
    S.cctv("SN-CCTV-003", "stalled_vehicle", "+01:45", "車輛停滯", B, 0.8)
    S.f119("ambulance", "huanzhong_zhongke", "+01:50", "環中路貨車翻覆 駕駛手部撕裂傷", B, jitter=80)
    S.rule("SN-VD-HUANZHONG-02", "congestion", "+02:00", "環中路車輛偵測器2 車速降至 10 km/h", B)
    S.police("road_closure", "Severe", "huanzhong_zhongke", "+02:05", "環中路二段中科路口往台74方向封閉，待吊車", B, jitter=80)
    S.police("road_reopened", "Moderate", "huanzhong_zhongke", "+03:10", "環中路翻覆貨車吊離，恢復通行", B, jitter=80)
    S.suff(B, b1)
    # C henan
    c1 = S.police("road_closure", "Severe", "henan_mid", "+01:10", "河南路持續封閉，積水約 35 公分", C)
    S.rule("SN-FL-007", "flood_depth", "+01:40", "河南路低窪處 淹水深度 27 cm", C, level="16-30")
    S.c1999("flooding", "henan_low", "+02:20", "河南路水有退一點了，但是還是過不去", C)
    S.rule("SN-FL-007", "flood_depth", "+03:05", "河南路低窪處 淹水深度 14 cm", C, level="1-15")
    S.suff(C, c1)
    # D cabinet back
    t0 = T("+02:14:30")
    d1 = None
    for j, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        k = S.status(sid, "online", t0 + dt.timedelta(seconds=2 * j), D)
        d1 = d1 or k
    S.rule("SN-WL-002", "water_level", "+02:20", "中央公園南滯洪池水位 2.31 m 達三級警戒", None, level="3", alt="south_pond_watch")
    S.alt_inc("south_pond_watch", "flood", "南滯洪池仍在三級警戒（監看）")
    S.suff(D, d1)
    # E tree liming
    e1 = S.c1999("fallen_tree", "liming_east", "+02:31", "黎明路靠經貿路那邊倒了一棵樹，擋住兩個車道", E)
    S.police("fallen_object", "Moderate", "liming_east", "+02:44", "黎明路三段倒樹占用車道，放置警示錐", E)
    S.c1999("fallen_tree", "liming_east", "+02:50", "黎明路的樹還倒在路上，很危險", E)
    S.suff(E, e1)
    # background calls: trees not on the road
    S.c1999("公園路樹", "park_n", "+01:35", "綠美圖後面公園有幾棵樹倒了", None)
    S.c1999("fallen_tree", "dunhua", "+02:05", "敦化路人行道上有樹枝，沒有擋到車道", None, alt="branches_dunhua")
    S.alt_inc("branches_dunhua", "traffic", "敦化路人行道樹枝")
    S.c1999("公園路樹", "park_s", "+02:40", "中央公園南邊樹倒在草地上", None)
    S.c1999("other", "xitun_home", "+03:00", "外面風聲好大，會不會有危險", None, jitter=500)
    S.rule("SN-VD-HENAN-01", "congestion", "+02:10", "河南路車輛偵測器1 車速降至 20 km/h", None, alt=C)
    S.set_alt("The south pond still at level 3 after the cabinet returns can be watched as a job; branches on a pavement can be a ticket; "
              "the slow-down on 河南路 north of the closure can be the closure's detour.")
    S.debate("Branches on the 敦化路 pavement are null (not on the road).", "a small traffic job (branches_dunhua)")
    S.debate("The south pond's level-3 reading after the cabinet returns is null (falling).", "a watch job (south_pond_watch)")
    S.debate("The slow-down at SN-VD-HENAN-01 is storm traffic.", "the 河南路 closure's detour queue")
    return S.write()


def s1601():
    S = Sit(1601, "restoration_before_dawn",
            "03:00-05:30 雨勢減弱：中清環中地下道退水解除封閉；南側饋線復電；黎明路電線桿變壓器冒火花起火；河南路退水解封；生態住宅A區住戶胸痛送醫。")
    S.story = ("The rain eases to showers. The 中清/環中 underpass drains and reopens at 04:20. The southern feeder returns at 03:38 and "
               "河南路/中平路 lights again, but when the power comes back a pole-mounted transformer on 黎明路 sparks and burns. 河南路 "
               "dries out and reopens, though its car park stays shut. A resident of 生態住宅 A區 with chest pain is taken to hospital: "
               "an ordinary night call.")
    A = S.inc("underpass_reopened", "flood", "中清環中路口地下道退水，解除封閉（延續並結束）")
    B = S.inc("power_south_restored", "infrastructure", "南側饋線復電，河南路中平路口號誌恢復（延續並結束）")
    C = S.inc("transformer_fire", "fire", "黎明路電線桿變壓器復電時冒火花起火")
    D = S.inc("henan_receded", "flood", "河南路退水，解除封閉（延續並結束）")
    E = S.inc("chest_pain_eco_a", "rescue", "生態住宅A區住戶胸痛送醫（與颱風無關）")
    # A underpass
    S.rule("SN-FL-006", "flood_depth", "+03:05", "中清環中路口地下道 淹水深度 18 cm", A, level="16-30")
    a1 = S.rule("SN-FL-006", "flood_depth", "+03:40", "中清環中路口地下道 淹水深度 9 cm", A, level="1-15")
    S.rule("SN-FL-006", "cleared", "+04:05", "中清環中路口地下道 淹水警戒解除", A)
    S.rule("SN-WL-003", "water_level_falling", "+03:50", "水湳區域排水經貿路水位回降至 1.32 m", None, alt="jingmao_receding")
    S.alt_inc("jingmao_receding", "flood", "經貿路排水水位回降（經貿路淹水結束）")
    S.police("road_reopened", "Minor", "zhongqing_huanzhong", "+04:20", "中清環中路口地下道清淤完成，恢復通行", A)
    S.suff(A, a1)
    # B power south
    t0 = T("+03:38")
    b1 = S.status("SN-SIG-010", "online", t0, B)
    S.sensor("signal", "SN-SIG-010", "restored", t0 + dt.timedelta(seconds=25), "號誌恢復正常運轉", B)
    for j, sid in enumerate(["SN-CCTV-010", "SN-VD-HENAN-02", "SN-VD-ZHONGPING-01"]):
        S.status(sid, "online", t0 + dt.timedelta(seconds=8 + 5 * j), B)
    S.sensor("fire_alarm", "SN-FA-010", "normal", t0 + dt.timedelta(seconds=70), "主電源恢復", B)
    S.suff(B, b1)
    # C transformer fire
    c1 = S.c1999("fire_smoke", "liming_east", "+03:44", "黎明路電線桿上的變電箱在冒火花，有燒起來", C)
    S.f119("fire", "liming_east", "+03:46", "黎明路三段 電桿變壓器起火", C)
    S.police("fire_report", "Moderate", "liming_east", "+03:55", "黎明路三段電桿變壓器燃燒，管制車道，通知台電", C)
    S.rule("SN-VD-LIMING-01", "congestion", "+04:00", "黎明路車輛偵測器1 車速降至 15 km/h", C, alt=None)
    S.f119("fire", "liming_east", "+04:25", "變壓器火勢熄滅 台電到場處理", C, status="returning")
    S.c1999("power_outage", "liming_east", "+04:10", "黎明路這邊剛來電又停電了", C, alt="transformer_outage")
    S.alt_inc("transformer_outage", "infrastructure", "變壓器燒毀致黎明路局部停電")
    S.suff(C, c1)
    # D henan
    S.rule("SN-FL-007", "cleared", "+04:30", "河南路低窪處 淹水警戒解除", D)
    d1 = S.police("road_reopened", "Minor", "henan_mid", "+04:48", "河南路積水退去，解除封閉，恢復通車", D)
    S.c1999("flooding", "henan_low", "+05:05", "河南路水退了，但是路上都是泥巴", D, alt=None)
    S.suff(D, d1)
    # E chest pain
    e1 = S.f119("ambulance", "eco_a", "+04:12", "經貿路三段 65 歲男性 胸痛 冒冷汗", E, jitter=50)
    S.suff(E, e1)
    # background
    S.sensor("parking", "SN-PK-003", "closed", "+04:50", "入口清淤中 暫停開放", None)
    S.c1999("公園路樹", "park_n", "+05:00", "公園步道樹倒了要派人來清", None)
    S.rule("SN-RG-001", "cleared", "+03:20", "中央公園雨量站 大雨警戒解除", None)
    S.c1999("other", "xitun_home", "+05:10", "今天上班上課嗎", None, jitter=400)
    S.set_alt("The drainage level falling is the end of the 經貿路 flood for one colleague; the transformer's local re-outage an outage job; "
              "the slow-down on 黎明路 storm traffic; the mud call a cleaning ticket.")
    S.debate("SN-WL-003 falling back is null here (the 經貿路 flood job was run in 1597).", "its end evidence (jingmao_receding)")
    S.debate("The 'power came back then went again' call belongs to the transformer fire.", "a local outage job (transformer_outage)")
    S.debate("The mud on 河南路 after reopening is the flood's tail.", "null: a cleaning ticket")
    return S.write()


def s1602():
    S = Sit(1602, "dawn_recession",
            "05:00-08:00 颱風遠離：滯洪池水位回降；中科路路面坍陷；經貿路中平路口泥濘路面事故；臺灣大道地下道恢復通行；中平路住戶仍停電；清晨清運樹枝。")
    S.story = ("At dawn the ponds and drains fall back and the alerts clear. The first commuters find a hole opened in 中科路 south of the "
               "pop music centre where the storm washed out the base. On muddy 經貿路 at 中平路 a car rear-ends a scooter. The 臺灣大道 "
               "underpass is pumped dry and reopened. A row of houses on 中平路 east still has no power, behind the burned transformer's "
               "neighbouring feeder. 1999 fills with clean-up requests.")
    A = S.inc("sinkhole_zhongke", "infrastructure", "中科路路面坍陷，封閉外側車道")
    B = S.inc("crash_jingmao_zhongping", "traffic", "經貿路中平路口 泥濘路面汽車追撞機車")
    C = S.inc("twblvd_reopened", "flood", "臺灣大道環中路口地下道退水恢復通行（延續並結束）")
    D = S.inc("residual_outage", "infrastructure", "中平路東段住戶仍停電")
    E = S.inc("branches_huanzhong", "traffic", "環中路經貿路口樹枝堆占用車道")
    # ponds falling: null
    for j, (sid, txt) in enumerate([("SN-WL-001", "中央公園北滯洪池水位回降至 1.70 m"), ("SN-WL-002", "中央公園南滯洪池水位回降至 1.85 m")]):
        S.rule(sid, "water_level_falling", f"+05:{10 + 12 * j:02d}", txt, None)
    for j, sid in enumerate(["SN-FL-001", "SN-FL-002", "SN-FL-004"]):
        S.rule(sid, "cleared", f"+05:{30 + 9 * j:02d}", f"{sid} 淹水警戒解除", None)
    S.rule("SN-FL-008", "cleared", "+05:20", "經貿路低窪處 淹水警戒解除", None, alt="jingmao_end")
    S.rule("SN-WL-003", "cleared", "+05:25", "水湳區域排水經貿路水位警戒解除", None, alt="jingmao_end")
    S.alt_inc("jingmao_end", "flood", "經貿路淹水結束（警戒解除）")
    # A sinkhole
    a1 = S.c1999("road_damage", "zhongke_south", "+06:05", "中科路影音中心南邊路面塌了一個大洞，快一公尺", A)
    S.police("road_collapse", "Severe", "zhongke_south", "+06:18", "中科路南向外側車道路面坍陷約 1x1.5 公尺，已圍設警示", A)
    S.police("road_closure", "Moderate", "zhongke_south", "+06:30", "中科路南向外側車道封閉，待建設局搶修", A)
    S.rule("SN-VD-ZHONGKE-01", "congestion", "+07:20", "中科路車輛偵測器1 車速降至 17 km/h", A, alt=None)
    S.c1999("road_damage", "zhongke_south", "+06:40", "中科路那個坑洞有沒有人處理", A)
    S.suff(A, a1)
    # B crash
    b1 = S.police("injury_accident", "Moderate", "zhongping_jingmao", "+07:12", "經貿路中平路口 路面泥濘，汽車追撞機車，騎士擦傷", B)
    S.cctv("SN-CCTV-011", "accident", "+07:10", "偵測到事故", B, 0.66)
    S.f119("ambulance", "zhongping_jingmao", "+07:14", "經貿路中平路口 機車騎士擦挫傷", B)
    S.rule("SN-VD-ZHONGPING-02", "congestion", "+07:25", "中平路車輛偵測器2 車速降至 16 km/h", B)
    S.suff(B, b1)
    # C tw blvd
    S.rule("SN-FL-010", "flood_depth", "+05:15", "臺灣大道環中路口地下道 淹水深度 12 cm", C, level="1-15")
    c1 = S.rule("SN-FL-010", "cleared", "+05:58", "臺灣大道環中路口地下道 淹水警戒解除", C)
    S.police("road_reopened", "Minor", "tw_huanzhong", "+06:25", "臺灣大道環中路口地下道恢復通行", C)
    S.suff(C, c1)
    # D residual outage
    d1 = S.c1999("power_outage", "zhongping_east", "+06:10", "中平路這排從半夜停電到現在還沒來", D, jitter=60)
    S.c1999("power_outage", "zhongping_east", "+06:45", "剛剛打過了，中平路還是沒電", D, jitter=60)
    S.c1999("water_outage", "zhongping_east", "+07:00", "停電以後大樓水塔馬達不能打水，現在也沒水", D, jitter=60)
    S.suff(D, d1)
    # E branches
    e1 = S.police("fallen_object", "Moderate", "huanzhong_jingmao", "+05:50", "環中路經貿路口樹枝堆占用內側車道", E)
    S.cctv("SN-CCTV-004", "fallen_object", "+05:48", "偵測到車道異物", E, 0.6)
    S.c1999("fallen_object", "huanzhong_jingmao", "+06:00", "環中路經貿路口有一堆樹枝在車道上", E)
    S.suff(E, e1)
    # background
    S.c1999("環境清潔", "dunhua", "+06:20", "敦化路上落葉垃圾很多，請派清潔隊", None)
    S.c1999("公園路樹", "park_s", "+06:35", "中央公園倒樹很多，什麼時候會清", None)
    S.c1999("環境清潔", "eco_b", "+07:05", "生態住宅B區一樓淹水後的垃圾要怎麼丟", None)
    S.rule("SN-VD-HUANZHONG-01", "congestion", "+07:35", "環中路車輛偵測器1 車速降至 24 km/h", None)
    S.rule("SN-VD-HENAN-01", "congestion", "+07:40", "河南路車輛偵測器1 車速降至 21 km/h", None)
    S.c1999("streetlight", "kaixuan_mid", "+07:15", "凱旋路路燈被吹歪", None)
    S.sensor("parking", "SN-PK-004", "empty", "+07:30", "車位全空（暫停開放中）", None)
    S.set_alt("The 經貿路 alerts clearing can be read as the end of the 經貿路 flood job (kept open overnight by some), and the 中科路 "
              "slow-down as commuter traffic rather than the sinkhole's lane closure.")
    S.debate("Ponds falling and clearing are null (no job was open for them).", "none")
    S.debate("The 經貿路 low point and drainage clearing are null in this period.", "the end of the 經貿路 flood (jingmao_end)")
    S.debate("The 中科路 slow-down is the sinkhole's lane closure.", "null: commuter traffic")
    S.debate("The water outage caused by the building pump losing power is the residual outage.", "none")
    return S.write()


if __name__ == "__main__":
    for f in (s1597, s1598, s1599, s1600, s1601, s1602):
        print(f.__name__, f())
