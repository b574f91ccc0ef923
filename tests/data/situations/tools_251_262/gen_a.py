"""Situations 251-256 (seeded; run from this folder)."""
from lib import NOALT, S, Sit, inc, off


# ---------------------------------------------------------------------------
def s251():
    s = Sit(251, "typhoon_night_floods", "2025-08-28", 251,
            "颱風夜（外圍環流＋本體雨帶），21:30 起水湳多處同時積淹水：中清環中地下道淹水且一車受困、"
            "河南路低窪處、黎明凱旋路口低窪處；北滯洪池水位升至二級；中科路路樹倒塌；經貿路三段工地圍籬鐵皮鬆脫。"
            "背景：雨量警戒、下班壅塞、單支路燈、號誌與攝影機短暫斷線、噪音。")
    A, A2, B, C, D, E, F = ("251A_underpass_zhongqing", "251A2_underpass_rescue", "251B_henan_low_point",
                            "251C_liming_kaixuan_low_point", "251D_north_pond", "251E_tree_zhongke",
                            "251F_loose_hoarding")
    UP, HN, LK = S("SN-FL-006"), S("SN-FL-007"), S("SN-FL-009")
    TREE = (120.65335, 24.1878)
    HOARD = (120.6594, 24.1858)

    # background
    s.rain("C0F9T0", "20:30", "豪雨", "3 小時累積雨量 112 mm")
    s.congestion("SN-VD-HUANZHONG-02", "20:45", 17, 38, None, text="環中路車輛偵測器2 平均車速 17 km/h，佔有率 38%，颱風夜下班車潮壅塞")
    s.rain("SN-RG-001", "20:50", "大雨", "1 小時雨量 46 mm")
    s.c1999("streetlight", (120.6549, 24.1836), "20:55", "敦化路公園旁邊那支路燈一閃一閃的，編號好像是 XT-08812，颱風過了再修沒關係", None)
    s.rain("SN-RG-002", "21:20", "豪雨", "3 小時累積雨量 128 mm")

    # F loose hoarding
    f1 = s.c1999("other", s.jit(HOARD, 20), "21:20",
                 "經貿路三段那個工地的圍籬鐵皮被風吹到快掉下來了，一直啪啪啪的，等一下飛到馬路上就危險了", F, alt=None)
    s.c1999("noise", s.jit(HOARD, 60), "21:50", "工地那邊一直砰砰砰很大聲，到底有沒有人要管，颱風天睡不著", F, alt=None)
    f3 = s.police("fallen_object", "Minor", HOARD, "22:20",
                  "（第五分局）經貿路三段建案工地圍籬鐵皮鬆脫，尚未掉落路面，已通知營造廠商派員加固並放置警示", F)

    # A underpass
    s.flood("SN-FL-006", "21:32", 9, A)
    a_suff = s.flood("SN-FL-006", "21:41", 22, A)
    s.cctv("SN-CCTV-008", "flooding", "21:47", 0.71, "中清路/環中路口 地下道車道偵測到積水", A)
    a_sev = s.flood("SN-FL-006", "21:50", 38, A)
    s.dup(a_sev, delay=45)
    s.c1999("flooding", s.jit(UP, 60), "21:52", "中清路那個地下道淹水了啦，有一台車開下去就停在裡面了，水好像很深", A)
    r1 = s.f119("rescue", UP, "21:53",
                "中清路/環中路口地下道 自小客車涉水熄火，駕駛1人受困車內，水深及車窗下緣；派遣水湳分隊救助器材車、水上救生小組", A, alt=A2)
    s.dup(r1, delay=30)
    s.c1999("flooding", s.jit(off(UP, -120, 20), 30), "21:55", "我在環中路上，地下道那邊有人爬到車頂在揮手！趕快叫消防隊啦", A, alt=A2)
    pa = s.police("flooding_report", "Severe", UP, "21:56",
                  "（第五分局）中清路環中路口地下道積水約50公分，1輛自小客車受困，已通報119，員警於兩端管制車輛進入", A)
    pc = s.police("road_closure", "Moderate", off(UP, -60, 10), "21:58", "中清路地下道雙向封閉，車輛改由平面道路通行", A)
    s.congestion("SN-VD-ZHONGQING-01", "22:02", 8, 62, A, sev="Moderate")
    s.upd119(r1, "22:06", "水湳分隊到場，救生員著救生衣涉水接近受困車輛", A, 1, alt=A2)
    s.congestion("SN-VD-HUANZHONG-03", "22:08", 12, 55, A, sev="Moderate")
    s.upd119(r1, "22:19", "受困駕駛1名已救出，意識清楚無外傷，拒絕送醫；車輛暫留地下道內", A, 2, alt=A2)
    s.c1999("other", s.jit(off(UP, 200, -150), 80), "22:25", "中清地下道是不是封起來了？我要回北屯要怎麼繞比較好", A)
    s.flood("SN-FL-006", "23:25", 24, A)
    s.police("flooding_report", "Moderate", UP, "23:50", "中清路地下道水位下降至約20公分，仍持續封閉，待抽水後拖吊受困車輛", A, follows=pa)
    s.cleared("SN-FL-006", "+1 00:40", "淹水深度回降至 3 cm", A)
    s.police("road_closure", "Minor", off(UP, -60, 10), "+1 01:10", "中清路地下道抽水完畢，受困車輛已拖離，恢復雙向通車", A, follows=pc)

    # B Henan low point
    s.flood("SN-FL-007", "21:45", 12, B)
    b_suff = s.c1999("flooding", s.jit(off(HN, 20, 15), 25), "21:58",
                     "河南路停車場門口那邊淹起來了，機車騎過去水都到排氣管了", B, delay=75)
    s.flood("SN-FL-007", "22:00", 27, B)
    s.c1999("flooding", s.jit(S("SN-SIG-010"), 40), "22:04", "河南路跟中平路那邊水都淹到人行道上了，路邊的水溝一直在冒水", B)
    s.police("flooding_report", "Moderate", HN, "22:15", "（第六分局）河南路二段低窪路段積水約25公分，機車熄火數部，員警現場疏導", B)
    s.flood("SN-FL-007", "22:35", 33, B)
    s.c1999("other", s.jit(HN, 50), "22:50", "河南路那邊有兩台機車泡在水裡沒人牽走，倒在路邊", B)
    s.flood("SN-FL-007", "23:40", 14, B)
    s.cleared("SN-FL-007", "+1 00:20", "淹水深度回降至 2 cm", B)

    # C Liming/Kaixuan low point
    s.c1999("blocked_drain", s.jit(off(LK, 15, -10), 20), "22:12",
            "黎明路凱旋路口的水溝蓋都被樹葉塞住了，水排不下去，路口都是水", C)
    c_suff = s.flood("SN-FL-009", "22:15", 11, C)
    s.flood("SN-FL-009", "22:26", 19, C)
    s.cctv("SN-CCTV-007", "flooding", "22:27", 0.58, "黎明路三段/凱旋路口 西南側車道積水", C)
    s.police("flooding_report", "Minor", LK, "22:45", "黎明路三段凱旋路口積水約15公分，已通知水利局派員清疏側溝", C)
    s.cleared("SN-FL-009", "23:35", "淹水深度回降至 4 cm", C)

    # background in the middle
    s.signal("SN-SIG-003", "fault", "22:31", "中科路/環中路二段 號誌控制器通訊異常", None)
    s.signal("SN-SIG-003", "restored", "22:33", "中科路/環中路二段 號誌恢復正常", None)

    # D north pond
    d_l3 = s.wlevel("SN-WL-001", "22:30", 3, 2.08, D)
    s.flood("SN-FL-001", "22:50", 34, D, alt=None,
            text="中央公園滯洪池1 淹水深度 34 cm（>30 cm 級距；滯洪池蓄水中）")
    s.flood("SN-FL-002", "23:00", 36, None,
            text="中央公園滯洪池2 淹水深度 36 cm（>30 cm 級距；滯洪池蓄水中）")
    s.c1999("other", (120.6558, 24.1886), "23:05", "中央公園那個滯洪池水好滿喔，快要淹到步道了，會不會滿出來啊", D)
    d_l2 = s.wlevel("SN-WL-001", "23:15", 2, 2.57, D)
    s.cleared("SN-WL-001", "+1 00:30", "水位回降至 1.95 m", D)
    # wait: first level-3 alert is null under the alternative reading
    s.by_key[d_l3]["truth_alt"] = None

    # E fallen tree on Zhongke Rd
    e_suff = s.c1999("fallen_tree", s.jit(TREE, 20), "22:40", "中科路往環中路方向，一棵路樹整棵倒下來，擋住兩個車道，車子都要繞", E)
    s.c1999("fallen_tree", s.jit(off(TREE, -120, -260), 40), "22:44", "流行影音中心附近有樹倒了啦，很大一棵，晚上很暗很危險", E)
    pe = s.police("fallen_object", "Moderate", TREE, "22:48",
                  "中科路北向外側路樹倒伏佔用兩車道，已擺設三角錐警示，通報建設局養工處", E)
    s.congestion("SN-VD-ZHONGKE-01", "22:52", 14, 48, E)
    s.police("fallen_object", "Minor", TREE, "23:40", "養工處到場鋸除中，北向暫僅開放一線車道", E, follows=pe)

    s.status("SN-CCTV-003", "offline", "23:02", None)
    s.status("SN-CCTV-003", "online", "23:04", None)
    s.c1999("noise", (120.6584, 24.1838), "23:30", "樓上一直在拖東西，颱風夜還這麼吵，可不可以請警察來", None)
    s.rain("SN-RG-001", "23:45", "豪雨", "24 小時累積雨量 236 mm")

    incidents = [
        inc(A, "flood", "中清環中路口地下道淹水至 38 cm，自小客車受困，119 救出駕駛；地下道封閉至凌晨。一個現場、一件派工（含救援）。", a_suff),
        inc(B, "flood", "河南路低窪處積水 12→33 cm，機車熄火，員警疏導。", b_suff),
        inc(C, "flood", "黎明路凱旋路口低窪處積水（側溝被落葉堵塞），19 cm。", c_suff),
        inc(D, "flood", "中央公園北滯洪池水位達三級再升二級警戒，民眾擔心溢流；水利局監看、備妥抽水。", d_l3),
        inc(E, "traffic", "中科路北向路樹倒伏佔用兩車道，養工處鋸除。", e_suff),
        inc(F, "infrastructure", "經貿路三段工地圍籬鐵皮鬆脫（颱風中可能飛落），通知廠商加固。", f1),
    ]
    alt = {"why": "細分讀法：地下道受困車輛的救援由 119 處理，可視為獨立的救援派工（與地下道封閉/抽水分開）；"
                  "滯洪池在三級警戒時仍是依設計蓄水，到二級警戒才算一件工作；工地鐵皮在警方確認前只是民眾陳情與噪音，不另開案。",
           "incidents": [
               inc(A, "flood", "中清環中路口地下道淹水與封閉（不含救援）。", a_suff),
               inc(A2, "rescue", "地下道受困駕駛救援（119）。", r1),
               inc(B, "flood", "河南路低窪處積水。", b_suff),
               inc(C, "flood", "黎明路凱旋路口低窪處積水。", c_suff),
               inc(D, "flood", "北滯洪池達二級警戒。", d_l2),
               inc(E, "traffic", "中科路路樹倒塌。", e_suff),
               inc(F, "infrastructure", "工地圍籬鐵皮鬆脫，警方確認後通知廠商。", f3),
           ]}
    s.write(incidents, alt, notes="滯洪池2 的蓄水讀值（36 cm）是設計內的蓄洪，沒有水位警戒，算背景。")


# ---------------------------------------------------------------------------
def s252():
    s = Sit(252, "typhoon_power_cascade", "2025-07-06", 252,
            "颱風傍晚，19:05 水湳東側（經貿路沿線、生態住宅區、智慧營運塔）停電：火警總機市電異常、號誌全暗、"
            "攝影機與偵測器失電離線、整排路燈不亮、住戶來電；連鎖效應：兩處路口號誌熄滅需員警指揮（其中一處發生擦撞），"
            "集合住宅電梯受困 2 人。另中清路招牌被風吹落。20:02 復電。")
    P, B, C, D, E, F = ("252A_power_outage_east", "252B_dark_signal_jingmao7", "252C_dark_signal_jingmao_zhongping",
                        "252D_elevator_entrapment", "252E_signboard_zhongqing", "252F_crash_jingmao7")
    SIGN = (120.6648, 24.1850)
    s.rain("C0F9T0", "17:30", "豪雨", "3 小時累積雨量 104 mm")
    s.congestion("SN-VD-HUANZHONG-01", "17:50", 19, 36, None)
    s.rain("SN-RG-002", "18:10", "大雨", "1 小時雨量 41 mm")
    s.c1999("streetlight", (120.6533, 24.1752), "18:20", "河南路停車場旁邊有一支路燈一直閃，閃到眼睛很不舒服", None)

    # E signboard
    e1 = s.police("fallen_object", "Moderate", SIGN, "18:50",
                  "中清路二段（往北）大型廣告招牌被強風吹落，佔用外側兩車道，無人受傷，已通報建管單位", E)
    s.c1999("other", s.jit(SIGN, 40), "18:53", "中清路那邊有一塊招牌掉下來整個擋在路上，車子都在閃", E)
    s.congestion("SN-VD-ZHONGQING-02", "18:58", 15, 44, E)

    # the outage
    dfa = s.fire("SN-FA-011", "fault", "19:05:08", "主電源（市電）中斷，已切換預備電源", P)
    p_suff = s.fire("SN-FA-005", "fault", "19:05:11", "市電中斷，緊急發電機啟動", P)
    s.fire("SN-FA-012", "fault", "19:05:14", "交流電源異常（市電失電），蓄電池供電中", P)
    s.dup(dfa, delay=95)
    b1 = s.signal("SN-SIG-006", "fault", "19:05:20", "控制器失電，號誌全暗", B, alt=P)
    s.dup(b1, delay=60)
    c1 = s.signal("SN-SIG-011", "fault", "19:05:25", "控制器失電，號誌全暗", C, alt=P)
    s.status("SN-CCTV-006", "offline", "19:05:31", P, reason="mains_power_lost")
    s.status("SN-VD-JINGMAO-02", "offline", "19:05:40", P, reason="mains_power_lost")
    s.cctv("SN-CCTV-011", "signal_dark", "19:06", 0.92, "經貿路/中平路口 號誌燈號未亮", C, alt=P)
    s.c1999("other", s.jit(S("SN-FA-011"), 20), "19:08",
            "我們整棟都停電了，電梯也停了，這裡是經貿路三段的生態住宅，請問是颱風造成的嗎", P)
    d1 = s.f119("rescue", off(S("SN-FA-011"), 8, 5), "19:09",
                "經貿路三段集合住宅 停電電梯受困 2人（含1名長者），請求救助；派遣水湳分隊", D)
    s.c1999("streetlight", (120.6585, 24.1870), "19:10", "經貿路三段整排路燈都不亮，整條路黑漆漆的，颱風天很危險", P)
    s.c1999("other", (120.6578, 24.1808), "19:12", "敦化路這邊停電了，請問什麼時候會來電？冰箱東西會壞掉", P)
    s.c1999("other", s.jit(S("SN-SIG-011"), 30), "19:13", "經貿路跟中平路口紅綠燈全部都不亮，車子亂衝，快出事了", C, alt=P)
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-011"), "19:14",
             "經貿路中平路口號誌因停電熄滅，派員現場指揮交通", C, alt=P)
    s.offline_alert("SN-CCTV-006", "19:15", 10, P, reason="mains_power_lost")
    s.offline_alert("SN-VD-JINGMAO-02", "19:15:30", 10, P, reason="mains_power_lost")
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-006"), "19:18",
             "經貿路二段經貿七路口號誌全暗，已通報交通局，員警到場指揮", B, alt=P)
    f1 = s.police("accident", "Minor", off(S("SN-SIG-006"), 12, -10), "19:22",
                  "經貿路二段經貿七路口（號誌熄滅中）自小客車與機車擦撞，無人受傷，雙方已移置路旁", B, alt=F)
    s.upd119(d1, "19:24", "水湳分隊到場，以電梯鑰匙開啟車廂門", D, 1)
    s.c1999("other", (120.6668, 24.1812), "19:25", "北屯這邊中清路也停電嗎？我家整排都黑的", P)
    s.upd119(d1, "19:31", "受困2人已救出，長者血壓正常，無需送醫", D, 2)
    s.c1999("noise", (120.6591, 24.1832), "19:35", "停電之後隔壁店家一直開發電機，轟轟轟的好吵，廢氣也飄進來", None)
    s.fire("SN-FA-009", "fault", "19:40", "第3迴路 探測器斷線", None)

    # restoration
    s.fire("SN-FA-011", "normal", "20:02:05", "主電源恢復，復歸", P)
    s.fire("SN-FA-005", "normal", "20:02:07", "市電恢復，發電機停止，復歸", P)
    s.fire("SN-FA-012", "normal", "20:02:09", "交流電源恢復，復歸", P)
    s.signal("SN-SIG-006", "restored", "20:02:15", "號誌恢復正常", B, alt=P)
    s.signal("SN-SIG-011", "restored", "20:02:18", "號誌恢復正常", C, alt=P)
    s.status("SN-CCTV-006", "online", "20:02:30", P)
    s.status("SN-VD-JINGMAO-02", "online", "20:02:41", P)
    s.c1999("streetlight", (120.6590, 24.1861), "20:05", "路燈有亮了啦，可是我家門口那支還是不亮", None)
    s.police("fallen_object", "Minor", SIGN, "20:10", "中清路二段掉落招牌已移除，恢復通行", E, follows=e1)
    s.congestion("SN-VD-HUANZHONG-02", "20:30", 21, 33, None)

    incidents = [
        inc(P, "infrastructure", "水湳東側區域停電（火警總機市電中斷、設備失電離線、整排路燈不亮、住戶來電），通報台電，20:02 復電。第二個不同建物的總機報市電中斷即可判定為區域停電。", p_suff),
        inc(B, "traffic", "經貿路二段/經貿七路口號誌因停電全暗，員警指揮；期間擦撞一起由到場員警一併處理。", b1),
        inc(C, "traffic", "經貿路/中平路口號誌因停電全暗，員警指揮。", c1),
        inc(D, "rescue", "生態住宅 A 區電梯因停電受困 2 人，119 救出。", d1),
        inc(E, "traffic", "中清路二段廣告招牌被風吹落佔用兩車道。", e1),
    ]
    alt = {"why": "依原因歸併的讀法：號誌熄滅是停電的直接結果，由同一件停電案（台電復電＋交通局/警方配合）處理，"
                  "不另開號誌案；但號誌熄滅中的擦撞仍需獨立處理（事故處理），成為自己的交通事件。",
           "incidents": [
               inc(P, "infrastructure", "區域停電，含兩處號誌熄滅。", p_suff),
               inc(D, "rescue", "電梯受困。", d1),
               inc(E, "traffic", "中清路招牌掉落。", e1),
               inc(F, "traffic", "經貿七路口擦撞（號誌熄滅中）。", f1),
           ]}
    s.write(incidents, alt, notes="連鎖：停電→號誌熄滅（交通/警察）→路口擦撞；停電→電梯受困（消防）。發電機噪音陳情是背景。")


# ---------------------------------------------------------------------------
def s253():
    s = Sit(253, "plum_rain_basement_evacuation", "2025-06-02", 253,
            "梅雨鋒面滯留，下午豪雨。中央公園北滯洪池由三級升到一級警戒、溢流至步道並灌入中央公園地下停車場（北）車道，"
            "B2 進水、火警探測器進水短路（故障、後誤動作），消防疏散 12 人、封閉停車場、抽水到晚上——一件持續 5 小時、"
            "逐步擴大的事件。南滯洪池稍後升到二級。黎明凱旋路口下班時段機車擦撞。")
    A, B, C, Dalt = ("253A_north_pond_carpark_flood", "253B_south_pond", "253C_crash_liming_kaixuan",
                     "253D_carpark_fire_alarm")
    PK = S("SN-PK-004")
    s.rain("C0F9T0", "12:50", "大雨", "1 小時雨量 42 mm")
    s.c1999("illegal_parking", (120.6572, 24.1918), "13:20", "綠美圖門口一直有車停在紅線上下客，後面的車都塞住", None)
    s.rain("SN-RG-001", "13:40", "豪雨", "3 小時累積雨量 118 mm")
    a1 = s.wlevel("SN-WL-001", "14:20", 3, 2.06, A)
    s.flood("SN-FL-001", "14:35", 28, A)
    s.c1999("other", (120.6552, 24.1888), "14:52", "公園北邊步道都淹水了，水從滯洪池那邊漫過來，散步的人都走不過去", A)
    s.wlevel("SN-WL-001", "14:55", 2, 2.55, A)
    s.flood("SN-FL-001", "15:05", 41, A)
    s.rain("SN-RG-002", "15:10", "豪雨", "3 小時累積雨量 131 mm")
    s.c1999("flooding", (120.6563, 24.1889), "15:20", "中央公園停車場入口那邊水一直往裡面灌，像瀑布一樣，裡面還有車", A)
    s.police("flooding_report", "Moderate", PK, "15:26",
             "中央公園地下停車場（北）B1車道入口積水約20公分，水持續流入，已通知管理單位放置擋水板", A)
    s.fire("SN-FA-007", "fault", "15:38", "B2 偵煙探測器迴路短路（疑進水）", A)
    l1 = s.wlevel("SN-WL-001", "15:40", 1, 3.04, A)
    s.dup(l1, delay=120)
    r = s.f119("rescue", S("SN-FA-007"), "15:44", "中央公園地下停車場進水，B2 尚有民眾欲下樓牽車，請求協助疏散；派遣水湳分隊", A)
    pc = s.police("road_closure", "Moderate", PK, "15:47", "中央公園地下停車場（北）出入口封閉，禁止車輛進入，勸導民眾勿下樓牽車", A)
    s.c1999("other", s.jit(PK, 60), "15:52", "我的車停在中央公園地下停車場B2，現在可以進去開出來嗎？會不會被淹", A)
    s.c1999("other", s.jit(PK, 60), "15:58", "停車場被封起來了，警察不讓我下去，我車子還在裡面，泡水誰要賠", A)
    s.upd119(r, "16:05", "水湳分隊到場，B1、B2 廣播疏散並逐層搜索", A, 1)
    fa = s.fire("SN-FA-007", "alarm", "16:10", "B2 第3區 偵煙探測器動作", A, alt=Dalt)
    s.police("fire_report", "Minor", S("SN-FA-007"), "16:15",
             "中央公園地下停車場 B2 火警受信總機動作，在場消防人員研判為探測器進水短路誤動作，無煙無火", A, alt=Dalt)
    s.signal("SN-SIG-004", "fault", "16:20", "經貿路二段/環中路二段 號誌閃爍異常", None)
    s.signal("SN-SIG-004", "restored", "16:22", "號誌恢復正常", None)
    s.upd119(r, "16:30", "完成疏散 12 人，無人受傷；B2 積水約40公分", A, 2)
    s.rain("SN-RG-001", "16:40", "大豪雨", "24 小時累積雨量 362 mm")
    s.c1999("flooding", s.jit(S("SN-FA-004"), 30), "16:45", "綠美圖的地下室淹水了，我看到消防車停在那邊", A)
    b1 = s.wlevel("SN-WL-002", "17:10", 3, 2.03, B)
    s.upd119(r, "17:20", "抽水機2部於 B1 車道抽水中", A, 3)
    s.flood("SN-FL-005", "17:25", 26, B)
    s.congestion("SN-VD-JINGMAO-02", "17:35", 18, 40, None)
    s.c1999("other", (120.6561, 24.1768), "17:40", "南邊那個滯洪池也快滿了，有小朋友在旁邊玩水，很危險", B)
    s.police("injury_accident", "Minor", off(S("SN-SIG-007"), -10, 8), "17:52",
                  "黎明路三段凱旋路口 雨天兩部機車擦撞，一人手部擦傷", C)
    c_amb = s.f119("ambulance", off(S("SN-SIG-007"), -10, 8), "17:53", "黎明路三段凱旋路口 機車事故 1人擦傷", C)
    s.cctv("SN-CCTV-007", "accident", "17:54", 0.6, "黎明路三段/凱旋路口 疑似事故", C)
    s.congestion("SN-VD-KAIXUAN-01", "18:05", 16, 42, None)
    s.wlevel("SN-WL-002", "18:20", 2, 2.52, B)
    s.wlevel("SN-WL-001", "18:30", 2, 2.61, A, text="中央公園北滯洪池水位 2.61 m，由一級回降至二級警戒（2.5 m）")
    s.c1999("streetlight", (120.6512, 24.1885), "18:40", "凱旋路有一支路燈不亮，在公車站旁邊", None)
    s.police("road_closure", "Minor", (120.6563, 24.1778), "19:05", "中央公園南側步道暫時封閉，防止民眾靠近滯洪池", B)
    s.police("road_closure", "Moderate", PK, "19:10", "停車場（北）持續封閉，B2 抽水中，預估明早恢復", A, follows=pc)

    incidents = [
        inc(A, "flood", "北滯洪池三級→一級警戒，溢流步道並灌入地下停車場（北），B2 進水、探測器短路誤報、疏散 12 人、封閉與抽水；同一件持續擴大的淹水派工。", a1),
        inc(B, "flood", "南滯洪池三級→二級警戒，封閉南側步道。", b1),
        inc(C, "traffic", "黎明路凱旋路口機車擦撞，1 人擦傷（119 救護派遣先到）。", c_amb),
    ]
    alt = {"why": "停車場 B2 火警總機動作可另開火災案由消防確認（即使現場研判為進水誤動作），而不併入淹水案。",
           "incidents": [
               inc(A, "flood", "北滯洪池溢流與地下停車場淹水。", a1),
               inc(B, "flood", "南滯洪池。", b1),
               inc(C, "traffic", "機車擦撞。", c_amb),
               inc(Dalt, "fire", "停車場 B2 火警總機動作（進水誤動作）。", fa),
           ]}
    s.write(incidents, alt, notes="16:45 報『綠美圖地下室淹水』的民眾看到的是停在停車場的消防車，地點說錯，屬 A。")


# ---------------------------------------------------------------------------
def s254():
    s = Sit(254, "afternoon_storm_burst_calls", "2025-07-22", 254,
            "午後雷陣雨（1 小時 50 mm 以上），經貿路低窪處 15:18 起淹水至 41 cm，1999 一波十多通來電（口語、模糊、部分地點說錯）；"
            "同時約 185 m 外生態住宅 A 區 8 樓廚房火警（消防車因積水繞道），兩件無關卻彼此牽扯的事件。")
    A, B = "254A_jingmao_low_point_flood", "254B_residential_kitchen_fire"
    FL = S("SN-FL-008")
    FA = S("SN-FA-011")
    s.rain("SN-RG-001", "15:05", "大雨", "1 小時雨量 52 mm")
    s.congestion("SN-VD-HUANZHONG-04", "15:10", 20, 31, None)
    s.flood("SN-FL-008", "15:18", 13, A)
    a1 = s.c1999("flooding", s.jit(FL, 40), "15:24", "經貿路這邊淹水了，水已經快到人行道了", A, delay=90)
    s.rain("C0F9T0", "15:25", "大雨", "1 小時雨量 44 mm")
    a2 = s.c1999("flooding", s.jit(off(FL, -60, 30), 30), "15:27", "生態住宅前面那條路整個變成小河，機車都騎不過去", A)
    s.dup(a2, delay=90)
    s.flood("SN-FL-008", "15:27", 26, A)
    s.c1999("blocked_drain", s.jit(FL, 50), "15:29", "經貿路的水溝蓋在冒水，水排不下去，是不是塞住了", A)
    s.c1999("flooding", s.jit(S("SN-SIG-011"), 30), "15:31",
            "好像是經貿路靠中平路那段？反正就是生態住宅那邊，路中間全部都是水", A)
    s.c1999("flooding", (120.6585, 24.1808), "15:33", "敦化路還是經貿路我不太確定啦，就公園東邊那條，水淹到膝蓋了", A)
    s.c1999("other", s.jit(FL, 30), "15:35", "有一台白色的車停在水裡面動不了，駕駛好像還在車上", A)
    s.c1999("flooding", s.jit(off(FL, 40, 60), 30), "15:36", "我家一樓車庫進水了！在經貿路三段，趕快派人來抽水", A)
    s.flood("SN-FL-008", "15:38", 41, A)
    s.c1999("other", (120.6520, 24.1790), "15:40", "經貿路現在可以走嗎？我要去逢甲水湳校區接小孩", A)
    s.police("flooding_report", "Severe", FL, "15:41",
             "經貿路三段低窪路段積水約40公分，1輛自小客車熄火（駕駛已自行脫困），機車倒地1部，員警雙向管制", A)
    s.c1999("flooding", s.jit(FL, 60), "15:42", "經貿路淹超深，剛剛有一台機車騎過去直接倒在水裡", A)
    pc = s.police("road_closure", "Moderate", off(FL, 0, 150), "15:44", "經貿路三段（敦化路至大鵬路段）暫時封閉", A)
    s.wlevel("SN-WL-003", "15:46", 3, 1.46, A)
    s.c1999("road_damage", s.jit(FL, 25), "15:46", "積水的地方有一個人孔蓋被水沖開了，很危險，車子壓到會出事", A)

    # B fire
    b1 = s.fire("SN-FA-011", "alarm", "15:47:30", "8F 第8區 偵煙式探測器動作", B)
    f = s.f119("fire", FA, "15:49", "經貿路三段集合住宅 8樓住戶廚房起火冒煙；派遣水湳分隊、四張犁分隊", B)
    s.c1999("fire_smoke", s.jit(FA, 50), "15:50", "生態住宅那棟大樓有煙從陽台冒出來，黑黑的", B)
    s.congestion("SN-VD-JINGMAO-02", "15:50", 9, 58, A, sev="Moderate")
    s.c1999("fire_smoke", s.jit(off(FA, 40, -80), 30), "15:51",
            "淹水那邊旁邊那棟大樓好像失火了，消防車過不去，因為路都淹水", B)
    s.c1999("flooding", s.jit(off(S("SN-VD-ZHONGQING-02"), -80, 0), 40), "15:52",
            "中清路這邊也淹了嗎？還是經貿路？我朋友說整條都淹了", A)
    s.police("fire_report", "Moderate", FA, "15:55", "經貿路三段集合住宅8樓火警，消防車因經貿路積水改由敦化路進入", B)
    s.c1999("streetlight", (120.6548, 24.1842), "15:58", "公園旁邊的路燈大白天的一直亮著", None)
    s.c1999("other", s.jit(FA, 20), "16:00", "大樓火警鈴一直響，管理員叫我們下樓，外面又淹水，不知道要去哪裡", B)
    s.upd119(f, "16:02", "火勢侷限於廚房，已撲滅，無人傷亡，排煙中", B, 1)
    s.c1999("flooding", s.jit(FL, 40), "16:02", "剛剛打過了，經貿路那邊水還沒退，怎麼還沒有人來處理", A)
    s.status("SN-VD-ZHONGKE-01", "offline", "16:05", None)
    s.status("SN-VD-ZHONGKE-01", "online", "16:07", None)
    s.c1999("noise", (120.6570, 24.1830), "16:10", "打雷之後外面汽車防盜器叫個不停，叫了快二十分鐘", None)
    s.upd119(f, "16:12", "現場處理完畢，返隊", B, 2)
    s.fire("SN-FA-011", "normal", "16:18", "復歸", B)
    s.police("road_closure", "Minor", off(FL, 0, 150), "16:20", "經貿路三段積水退至約10公分，恢復單向通行", A, follows=pc)
    s.congestion("SN-VD-KAIXUAN-02", "16:25", 22, 30, None)
    s.rain("SN-RG-003", "16:40", "大雨", "1 小時雨量 40 mm")
    s.cleared("SN-FL-008", "16:45", "淹水深度回降至 5 cm", A)

    incidents = [
        inc(A, "flood", "經貿路三段低窪處淹水 13→41 cm，車輛熄火、機車倒地、人孔蓋沖開、區排三級警戒、封路；1999 一波來電（含地點說錯、只聽說的）。", a1),
        inc(B, "fire", "生態住宅 A 區 8 樓廚房火警，撲滅無傷；與淹水相距約 185 m，無關，但提到淹水的來電屬火警。", b1),
    ]
    s.write(incidents, notes="15:24 的來電（加上 15:18 的 13 cm 讀值）已足以開淹水案。提到『淹水那邊旁邊那棟大樓失火』的來電屬火警。")


# ---------------------------------------------------------------------------
def s255():
    s = Sit(255, "park_gateway_outage_storm", "2025-05-24", 255,
            "梅雨夜間強降雨，23:10 中央公園滯洪池感測閘道器斷線（7 個淹水/水位感測器同時離線），中心在雨最大時失去池區讀值；"
            "期間靠 1999 與巡邏員警得知南側滯洪池溢流到敦化路步道；01:05 閘道恢復後一次補送積壓的警戒（晚到、亂序）。"
            "另河南路低窪處短暫積水。")
    G, A, B = "255G_park_gateway_outage", "255A_south_ponds_overflow", "255B_henan_low_point"
    park = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002"]
    s.rain("C0F9T0", "22:00", "大雨", "1 小時雨量 43 mm")
    s.flood("SN-FL-003", "22:20", 14, None, text="中央公園滯洪池3 淹水深度 14 cm（1-15 cm 級距；滯洪池蓄水中）")
    s.status("SN-VD-HENAN-01", "offline", "22:30", None)
    s.status("SN-VD-HENAN-01", "online", "22:33", None)
    s.rain("SN-RG-001", "22:40", "豪雨", "3 小時累積雨量 108 mm")
    a1 = s.wlevel("SN-WL-002", "22:45", 3, 2.04, A)
    s.c1999("streetlight", (120.6586, 24.1790), "23:00", "公園旁邊敦化路的路燈壞了兩支，晚上走路看不到", None)
    for i, sid in enumerate(park):
        s.status(sid, "offline", f"23:10:{2 + 6 * i:02d}", G, delay=2)
    g_suff = None
    for i, sid in enumerate(park):
        k = s.offline_alert(sid, f"23:20:{5 + 8 * i:02d}", 10, G, delay=3)
        g_suff = g_suff or k
    s.rain("SN-RG-002", "23:30", "大雨", "1 小時雨量 45 mm")
    s.c1999("flooding", (120.6580, 24.1790), "23:40", "敦化路這邊公園的步道整個淹掉了，水從草地那邊一直流到馬路上", A)
    late = s.c1999("flooding", (120.6575, 24.1760), "23:45", "公園南邊靠河南路那邊水好大，腳踏車道都看不到了", A,
                   arrival="+1 00:35")
    s.police("flooding_report", "Moderate", (120.6582, 24.1785), "23:52",
             "巡邏發現中央公園東側敦化路人行道積水約20公分，疑滯洪池溢流至路面", A)
    s.flood("SN-FL-007", "+1 00:05", 12, B)
    s.c1999("other", (120.6562, 24.1768), "+1 00:15", "公園南邊那邊水好大，步道都看不到了，你們的監測都沒有反應嗎", A)
    b1 = s.flood("SN-FL-007", "+1 00:18", 22, B)
    s.c1999("flooding", s.jit(S("SN-FL-007"), 40), "+1 00:22", "河南路那邊又淹水了，每次下大雨都這樣，水溝是不是該清了", B)
    s.police("road_closure", "Minor", (120.6584, 24.1785), "+1 00:30", "敦化路（中央公園側）外側車道積水，放置警示錐", A)
    s.c1999("noise", (120.6590, 24.1836), "+1 00:50", "樓下那家KTV唱到現在，下雨天還開那麼大聲", None)
    # gateway back: statuses, one repeated, then the backlog in a burst, out of order
    on = []
    for i, sid in enumerate(park):
        on.append(s.status(sid, "online", f"+1 01:05:{10 + 3 * i:02d}", G, delay=1))
    s.dup(on[0], delay=40)
    s.flood("SN-FL-005", "23:50", 38, A, arrival="+1 01:06:02")
    s.wlevel("SN-WL-002", "23:38", 2, 2.55, A, arrival="+1 01:06:05")
    s.flood("SN-FL-004", "23:30", 33, A, arrival="+1 01:06:10")
    s.flood("SN-FL-003", "23:15", 31, A, arrival="+1 01:06:20")
    s.cleared("SN-FL-007", "+1 01:30", "淹水深度回降至 3 cm", B)
    s.cleared("SN-WL-002", "+1 02:30", "水位回降至 1.96 m", A)

    incidents = [
        inc(G, "infrastructure", "中央公園滯洪池感測閘道器斷線 23:10–01:05（7 個感測器同時離線，無斷線原因＝last will），派維護廠商。10 分鐘未回傳的警戒排除了短暫閃斷。", g_suff),
        inc(A, "flood", "南滯洪池三級→二級警戒並溢流至敦化路步道/人行道；斷線期間靠 1999 與員警，閘道恢復後補送的池區讀值晚到（亂序），仍屬此案。", a1),
        inc(B, "flood", "河南路低窪處積水 12→22 cm。", b1),
    ]
    s.write(incidents, notes="晚到的補送警戒（observed 23:15–23:50，arrival 01:06）照 observed 時間屬於 A；"
                             f"{late} 是 1999 排隊晚送（23:45 建立，00:35 才到）。滯洪池3 22:20 的 14 cm 是依設計蓄水，屬背景。")


# ---------------------------------------------------------------------------
def s256():
    s = Sit(256, "cavein_watermain_slope", "2025-06-05", 256,
            "連日梅雨後早上，河南路二段自來水管破裂掏空路基，07:38 路面坍陷、機車騎士摔入坑洞骨折；連鎖：周邊住宅停水/水壓低、"
            "溢流的水灌進河南路中平路口號誌控制箱致號誌熄滅。09:30 中央公園 4 號滯洪池東側邊坡滑落，土石覆蓋步道。"
            "背景：管線汰換工程許可、上班尖峰壅塞、違停、路燈、總機預備電源。")
    I1, W, SG, SL = ("256A_henan_cavein", "256B_water_outage", "256C_dark_signal_henan_zhongping",
                     "256D_pond4_slope_slip")
    CAVE = (120.6516, 24.1722)
    s.planned("road_works", (120.6520, 24.1727), "-3 08:00", "+15 17:00", "-8 10:00",
              "河南路二段（中平路至河南路停車場）自來水管線汰換工程，夜間 22:00-06:00 施工，白天回填開放", None)
    s.rain("C0F9T0", "06:40", "大雨", "24 小時累積雨量 96 mm")
    a1 = s.c1999("road_damage", s.jit(CAVE, 20), "07:38", "河南路靠近停車場那邊路面凹下去一個大洞，有機車掉進去了！", I1, delay=70)
    rc = s.police("road_collapse", "Severe", CAVE, "07:40",
             "河南路二段往中平路方向外側車道路面坍陷，約2公尺見方、深約1公尺，機車騎士1名連人帶車摔入坑洞", I1)
    amb = s.f119("ambulance", CAVE, "07:41", "河南路二段路面坍陷 機車騎士摔入坑內 右小腿疑骨折 意識清楚；派遣西屯分隊", I1)
    s.c1999("road_damage", s.jit(CAVE, 40), "07:44", "河南路有坑洞，很多人圍在那邊看，車子都要閃", I1)
    s.congestion("SN-VD-HUANZHONG-01", "07:45", 18, 41, None)
    pc = s.police("road_closure", "Moderate", off(CAVE, -40, -30), "07:50", "河南路二段（中平路口至停車場）南向封閉，車輛改道", I1)
    s.upd119(amb, "07:52", "西屯分隊到場，傷者已由坑內救出固定", I1, 1)
    s.congestion("SN-VD-KAIXUAN-02", "07:55", 20, 37, None)
    s.congestion("SN-VD-HENAN-02", "07:58", 11, 52, I1, sev="Moderate")
    s.cctv("SN-CCTV-010", "stalled_vehicle", "08:02", 0.62, "河南路/中平路口 車輛停滯", I1)
    s.upd119(amb, "08:05", "傷者送往中國醫藥大學附設醫院", I1, 2)
    s.c1999("other", s.jit(CAVE, 30), "08:08", "河南路那個坑洞一直在冒水，水一直往中平路那邊流", I1)
    s.c1999("water_outage", (120.6555, 24.1735), "08:10", "家裡水龍頭突然都沒水了，是停水嗎？沒有收到通知啊", W)
    w2 = s.c1999("water_outage", (120.6570, 24.1745), "08:13", "我們這棟大樓整棟沒水，管委會說不是水塔的問題", W)
    s.c1999("water_outage", (120.6590, 24.1750), "08:16", "請問中平路這邊是不是在停水？早上要洗澡都沒水", W)
    s.c1999("other", (120.6545, 24.1725), "08:19", "水壓很小，洗澡的水只有一點點，是哪裡水管破了嗎", W)
    s.c1999("illegal_parking", (120.6515, 24.1880), "08:20", "凱旋路上有車並排停車，公車都靠不了站", None)
    s.police("road_collapse", "Severe", CAVE, "08:24",
             "坍陷處研判為自來水管線破裂掏空路基，已通知自來水公司第四區管理處關閥搶修", I1, follows=rc)
    sg = s.signal("SN-SIG-010", "fault", "08:30", "河南路/中平路 控制箱電源異常，號誌熄滅", SG, alt=I1)
    s.cctv("SN-CCTV-010", "signal_dark", "08:31", 0.88, "河南路/中平路口 號誌燈號未亮", SG, alt=I1)
    s.police("traffic_signal_fault", "Moderate", S("SN-SIG-010"), "08:36",
             "河南路中平路口號誌熄滅，控制箱遭破管溢流進水，員警指揮交通，已通報交通局", SG, alt=I1)
    s.c1999("water_outage", s.jit(S("SN-FA-010"), 30), "08:45", "中國醫藥大學水湳校區宿舍沒水，學生沒辦法盥洗", W)
    s.c1999("other", (120.6562, 24.1740), "09:00", "自來水公司說河南路水管破了要停到下午，那我們要去哪裡取水？有沒有水車", W)
    s.fire("SN-FA-009", "fault", "09:10", "預備電源電壓不足", None)
    s.signal("SN-SIG-010", "restored", "09:20", "號誌恢復正常（控制箱更換電源模組）", SG, alt=I1)
    sl1 = s.c1999("other", (120.6578, 24.1790), "09:32", "中央公園滯洪池旁邊的土坡滑下來了，步道被土埋住一段，還好沒人", SL)
    s.c1999("fallen_tree", (120.6580, 24.1793), "09:40", "滯洪池邊坡坍了，有兩棵樹歪一邊快倒了，下面是步道", SL)
    s.status("SN-CCTV-009", "offline", "09:45", None)
    s.status("SN-CCTV-009", "online", "09:47", None)
    s.police("fallen_object", "Minor", (120.6579, 24.1791), "09:55",
             "中央公園4號滯洪池東側邊坡滑落，土石覆蓋步道約10公尺，已拉封鎖線，通報公園管理單位", SL)
    s.c1999("streetlight", (120.6535, 24.1890), "10:10", "中科路的路燈白天還亮著，很浪費電", None)
    s.c1999("other", (120.6574, 24.1788), "10:30", "公園步道那邊拉封鎖線是怎樣？我每天都在那邊慢跑", SL)
    s.police("road_closure", "Moderate", off(CAVE, -40, -30), "10:40", "坍陷處回填中，南向預計15時恢復通行", I1, follows=pc)

    incidents = [
        inc(I1, "infrastructure", "河南路二段自來水管破裂、路面坍陷，機車騎士摔入受傷送醫；封路、回填。一個現場一件派工（含救護）。", a1),
        inc(W, "infrastructure", "破管造成周邊住宅與校區停水/水壓低（自來水公司處理，連鎖效應）。兩棟不同建物來電即確認區域停水。", w2),
        inc(SG, "traffic", "河南路中平路口號誌控制箱進水熄滅，員警指揮、交通局修復（連鎖效應）。", sg),
        inc(SL, "infrastructure", "中央公園 4 號滯洪池東側邊坡滑落，土石覆蓋步道、樹木傾斜，拉封鎖線。", sl1),
    ]
    alt = {"why": "依原因歸併：停水與號誌熄滅都是同一處破管的結果，由同一件破管搶修案（自來水公司＋建設局＋交通局配合）一起處理。",
           "incidents": [
               inc(I1, "infrastructure", "河南路破管坍陷，含周邊停水與號誌熄滅。", a1),
               inc(SL, "infrastructure", "滯洪池邊坡滑落。", sl1),
           ]}
    for it in s.items:  # the water outage calls are folded into the burst main too
        if it["truth"] == W:
            it["truth_alt"] = I1
    s.write(incidents, alt, notes="管線汰換工程許可（07:00 前已知）是背景：坍陷是破管，不是施工本身；但它解釋了原因。")


if __name__ == "__main__":
    for fn in (s251, s252, s253, s254, s255, s256):
        fn()
