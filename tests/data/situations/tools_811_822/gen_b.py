"""Situations 817-822: typhoon nights over the Shuinan zone (second half).

Times below are Taiwan local time on the situation's date (hours past 24 run into the next
day); the files carry UTC. Seeded: running it again writes the same files.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import P, Situation, spos, road_at, offset  # noqa: E402


# =====================================================================================
def s817():
    s = Situation(817, "typhoon_b_eye_henan_returns", "2027-09-14",
                  "颱風 B 中心通過的深夜到清晨 23:45-07:30。01:40-02:30 前後颱風眼經過，風雨驟停，之後背風面的西南風雨再起。"
                  "河南路低窪處淹水，風眼時退去解除封閉，約兩小時後再度淹水、重新封閉；風眼中臺灣大道環中路口有車撞到斷枝；"
                  "背風面強風把工地鐵皮吹到河南路中平路口，打壞號誌燈頭。")
    HN, HN2 = "817-flood-henan", "817-flood-henan-return"
    SH, SG, CR = "817-sheet-metal-henan-zhongping", "817-signal-henan-zhongping", "817-crash-eye-taiwan-blvd"

    # regional rain: the front half, the lull of the eye, the back half
    s.rain_series("C0F9T0", [("23:50", "豪雨", "3 小時累積雨量 109.0 mm"), ("24:50", "豪雨", "3 小時累積雨量 121.5 mm")],
                  "26:20")
    s.rain_series("C0F9T0", [("27:05", "大雨", "1 小時累積雨量 45.5 mm"), ("28:05", "豪雨", "3 小時累積雨量 103.0 mm")],
                  "30:40")
    s.rain_series("SN-RG-001", [("24:02", "豪雨", "3 小時累積雨量 104.0 mm")], "26:05")
    s.rain_series("SN-RG-001", [("27:20", "大雨", "1 小時累積雨量 42.0 mm")], "30:25")

    # --- the Henan Rd low point, first episode (front half of the storm)
    e1 = s.flood_series("SN-FL-007", [("23:52", 20), ("24:20", 34), ("24:50", 31), ("25:25", 19), ("25:55", 8)],
                        "26:15", HN)
    s.call("flooding", spos("SN-FL-007"), "24:05", "河南路那邊淹水了，機車騎不過去", HN, 40, 250)
    pc = s.police("road_closure", "Moderate", spos("SN-FL-007"), "24:25",
                  "河南路低窪路段積水 30 公分以上，雙向封閉。", HN, arr="24:48")
    s.call("flooding", P["河南停車場"], "24:40", "河南路停車場門口積水，車子不敢出來", HN, 20, 100)
    s.police("road_closure", "Minor", spos("SN-FL-007"), "26:20", "河南路低窪路段積水已退，解除封閉。", HN,
             arr="26:38", follows=pc)
    s.wl_series("SN-WL-002", [("24:30", "3", 2.07)], "26:40")

    # --- the eye: calm, people go out
    s.call("other", P["生態A"], "25:50", "風突然停了，颱風走了嗎？可以出門了嗎？", rmin=50, rmax=300)
    s.call("other", P["營運塔"], "26:05", "外面好安靜，是不是颱風眼？我想去把機車牽進來可以嗎", rmin=50, rmax=300)
    crv = s.cctv("SN-CCTV-009", "accident", "25:55", 0.66, CR, pos=offset(P["環中/臺灣大道"], 60, 30))
    c1 = s.call("traffic_accident", P["環中/臺灣大道"], "25:57", "臺灣大道環中路口有台車撞到倒下來的樹枝，車停在路中間",
                CR, 40, 200)
    po = s.police("accident", "Minor", P["環中/臺灣大道"], "26:08",
                  "颱風眼風雨暫歇期間，自小客於臺灣大道環中路口撞及掉落樹枝，車損，無人傷。", CR, arr="26:48")
    s.police("accident", "Minor", P["環中/臺灣大道"], "26:40", "臺灣大道環中路口事故車及樹枝已移除。", CR,
             arr="26:44", follows=po)

    # --- back half: sheet metal onto Henan / Zhongping, the signal head broken
    shv = s.cctv("SN-CCTV-010", "fallen_object", "27:08", 0.67, SH, pos=offset(P["河南/中平"], 25, 60))
    sh1 = s.call("other", P["河南/中平"], "27:10", "河南路中平路口有好幾片鐵皮被風吹到路中間", SH, 30, 150)
    sg1 = s.signal("SN-SIG-010", "fault", "27:12", "號誌燈頭受損（黑燈）", SG, alt=SH)
    fr = s.f119("rescue", P["河南/中平"], "27:20", "河南路中平路口 鐵皮掉落 派遣西屯分隊移除", SH, arr="+70s")
    s.c1999("other", offset(P["河南/中平"], 210, 95), "27:25", "中平路那邊工地的鐵皮屋頂整個被掀掉了，還在飛", SH)
    s.police("fallen_object", "Severe", P["河南/中平"], "27:15",
             "河南路中平路口工地鐵皮遭強風吹落佔用路口，已請 119 協助。", SH, arr="27:45")
    sgp = s.police("traffic_signal_fault", "Moderate", P["河南/中平"], "27:40",
             "河南路中平路口號誌燈頭遭鐵皮打壞不亮，已通報交通局。", SG, alt=SH, arr="28:02")
    s.f119("rescue", P["河南/中平"], "28:05", "鐵皮已移除並綑綁固定，返隊", SH, arr="+45s", follows=fr)
    s.call("traffic_signal", P["河南/中平"], "29:50", "河南路中平路口紅綠燈不會亮，早上車很多", SG, SH, 40, 200)
    s.signal("SN-SIG-010", "restored", "30:40", "號誌恢復正常運轉", SG, alt=SH)

    # --- the Henan Rd low point floods again two hours after it was opened
    e2 = s.flood_series("SN-FL-007", [("28:32", 23), ("28:55", 37), ("29:35", 32), ("30:15", 22), ("30:50", 9)],
                        "31:15", HN, HN2)
    s.call("flooding", spos("SN-FL-007"), "28:45", "河南路剛剛水退了，現在又淹起來了", HN, HN2, 40, 250)
    s.cctv("SN-CCTV-010", "flooding", "29:00", 0.60, HN, HN2, pos=offset(P["河南/中平"], 120, 30))
    s.police("road_closure", "Moderate", spos("SN-FL-007"), "29:05", "河南路低窪處再度積水，重新封閉。", HN, HN2,
             arr="29:28", follows=pc)
    s.call("flooding", P["河南停車場"], "29:15", "河南路停車場出口又淹水了，車子出不去", HN, HN2, 20, 100)
    s.wl_series("SN-WL-002", [("28:50", "3", 2.03)], "31:00")

    # --- background
    s.call("streetlight", road_at("zhongke", lat=24.184), "24:30", "中科路有一盞路燈不亮", rmin=20, rmax=120)
    s.panel("SN-FA-003", "fault", "24:10", "AC 電源異常")
    s.panel("SN-FA-003", "normal", "24:12", "AC 電源恢復")
    s.call("noise", P["生態B"], "25:20", "樓上一直在敲東西，半夜的很吵", rmin=30, rmax=200)
    s.outage("SN-RG-003", "27:30", "28:10")
    s.call("other", P["生態A"], "30:30", "請問今天要上班嗎？", rmin=50, rmax=300)
    s.dup(pc, "+6m")

    s.inc(HN, "flood", "河南路低窪處（近河南路停車場）颱風前半段淹水 34 公分、封閉；風眼時退去解除封閉，"
          "約兩小時後背風面雨勢再起又淹 37 公分、重新封閉，清晨退去。", e1[0])
    s.inc(SH, "traffic", "背風面強風把工地鐵皮吹落河南路中平路口，消防移除固定。", shv)
    s.inc(SG, "traffic", "河南路中平路口號誌燈頭遭鐵皮打壞黑燈，06:40 修復。", sgp)
    s.inc(CR, "traffic", "颱風眼風雨暫歇時，自小客在臺灣大道環中路口撞及斷枝，無人傷。", crv)
    s.alt_reading("兩處可爭議：河南路第一次淹水已解除封閉、結案，有人把兩小時後的再次淹水當成新的一件；"
                  "被鐵皮打壞的號誌，有人併入鐵皮事件（同一現場、同一原因）。",
                  drop=[SG], add=[(HN2, "flood", "河南路低窪處颱風後半段再度淹水，重新封閉。", e2[0])])
    return s.write()


# =====================================================================================
def s818():
    s = Situation(818, "typhoon_b_signals_dark_morning", "2027-09-15",
                  "颱風 B 過後的上午 07:30-12:00：台電饋線跳脫，環中路台74線口與凱旋路口兩組號誌同時黑燈（同一線路、同一廠商），"
                  "黑燈的凱旋路口發生碰撞；中平路近經貿路口路面坍陷。其餘是附近號誌的短暫閃斷、通勤尖峰與一般陳情。")
    DK, CR, SK = "818-signals-dark-huanzhong", "818-crash-dark-kaixuan", "818-sinkhole-zhongping"
    D74, DKX = "818-dark-huanzhong-74", "818-dark-huanzhong-kaixuan"

    s.clear("C0F9T0", "07:40", "累積雨量低於大雨標準")
    s.cong_series("SN-VD-HENAN-01", [("07:55", 16, 45)], "08:50")
    # the feeder trips
    d1 = s.signal("SN-SIG-001", "fault", "07:42", "號誌控制器斷電（黑燈）", DK, alt=D74)
    d2 = s.signal("SN-SIG-002", "fault", "07:42:30", "號誌控制器斷電（黑燈）", DK, alt=DKX)
    s.signal("SN-SIG-003", "fault", "07:42:40", "號誌控制器電壓異常")
    s.signal("SN-SIG-003", "restored", "07:45", "號誌恢復正常運轉")
    s.status("SN-CCTV-002", "offline", "07:43", "mains_power_lost", DK, alt=DKX)
    dc = s.cctv("SN-CCTV-001", "signal_dark", "07:45", 0.80, DK, alt=D74)
    s.call("traffic_signal", P["環中/台74"], "07:48", "環中路台74線下面紅綠燈沒亮", DK, D74, 30, 200)
    dk2 = s.call("traffic_signal", P["環中/凱旋"], "07:52", "凱旋路環中路口號誌不會亮，車子都亂鑽", DK, DKX, 30, 200)
    s.call("traffic_signal", P["環中/台74"], "07:55", "環中路那邊連續兩個路口紅綠燈都壞了", DK, D74, 80, 300)
    s.cong_series("SN-VD-HUANZHONG-02", [("07:58", 9, 68), ("08:30", 12, 59)], "10:05", DK, DKX)
    s.cong_series("SN-VD-KAIXUAN-01", [("08:02", 11, 61)], "10:00", DK, DKX)
    pd = s.police("traffic_signal_fault", "Moderate", P["環中/台74"], "08:00",
                  "環中路二段台74線口及凱旋路口號誌黑燈，各派一員指揮交通。", DK, alt=D74, arr="08:22")
    s.signal("SN-SIG-005", "fault", "08:05", "號誌控制器電壓異常")
    s.signal("SN-SIG-005", "restored", "08:07", "號誌恢復正常運轉")
    s.police("traffic_signal_fault", "Minor", P["環中/台74"], "09:55",
             "環中路台74線口、凱旋路口號誌均已恢復，撤除指揮人員。", DK, alt=D74, arr="10:10", follows=pd)

    # --- a crash in the dark intersection
    ca = s.call("traffic_accident", P["環中/凱旋"], "08:11", "環中路凱旋路口紅綠燈沒亮，兩台車撞在一起", CR, DKX, 30, 150)
    fa = s.f119("ambulance", P["環中/凱旋"], "08:12", "環中路二段凱旋路口 汽車碰撞 1 人頸部不適 派遣救護車", CR, DKX,
                arr="+50s")
    pc = s.police("injury_accident", "Moderate", P["環中/凱旋"], "08:15",
                  "環中路二段凱旋路口號誌黑燈期間，自小客與自小貨碰撞，1 人頸部扭傷送醫。", CR, DKX, arr="08:50")
    s.f119("ambulance", P["環中/凱旋"], "08:24", "傷者送醫", CR, DKX, arr="+30s", follows=fa)
    s.police("injury_accident", "Minor", P["環中/凱旋"], "09:05", "事故車輛已拖離。", CR, DKX, arr="09:09",
             follows=pc)
    s.signal("SN-SIG-001", "restored", "09:40", "號誌恢復正常運轉", DK, alt=D74)
    s.signal("SN-SIG-002", "restored", "09:52", "號誌恢復正常運轉", DK, alt=DKX)
    s.status("SN-CCTV-002", "online", "09:52", None, DK, alt=DKX)

    # --- sinkhole on Zhongping Rd near Jingmao Rd
    hole = road_at("zhongping", lon=120.6585)
    k1 = s.call("road_damage", hole, "09:20", "中平路靠近經貿路那邊出現一個大洞，機車差點掉下去", SK, 20, 120)
    s.call("road_damage", hole, "09:35", "中平路有一個坑洞越來越大，下面好像是空的", SK, 40, 200)
    ph = s.police("road_collapse", "Moderate", hole, "09:40",
                  "中平路近經貿路口路面坍陷約 1 公尺見方，已圍起封閉外側車道，通報建設局。", SK, arr="10:05")
    s.police("road_collapse", "Minor", hole, "11:30", "中平路坍陷處已鋪設鋼板，開放通行，待後續修復。", SK,
             arr="11:44", follows=ph)

    # --- background
    bg = [
        ("streetlight", road_at("jingmao", lat=24.188), "08:18", "經貿路靠綠美圖那邊路燈白天還亮著"),
        ("公園路樹", spos("SN-FL-002"), "08:25", "中央公園裡面倒了一棵樹，壓到步道"),
        ("環境清潔", P["經貿/經貿七"], "08:40", "經貿七路口樹枝都堆在人行道上"),
        ("other", P["轉運中心"], "08:52", "請問今天往高雄的客運有沒有開？"),
        ("illegal_parking", road_at("zhongke", lat=24.1905), "09:05", "中科路紅線還是停滿車"),
        ("公園路樹", spos("SN-FL-004"), "09:48", "公園南邊的樹倒在草地上，什麼時候清？"),
        ("road_damage", road_at("zhongke", lat=24.183), "10:30", "中科路上有一個坑洞，不大，麻煩補一下"),
        ("環境清潔", P["生態A"], "10:55", "生態住宅前面落葉很多，水溝蓋都被蓋住了"),
        ("streetlight", P["河南/中平"], "11:15", "河南路中平路口附近有一盞路燈燈罩被吹掉"),
    ]
    for cat, p, at, txt in bg:
        s.call(cat, p, at, txt, rmin=30, rmax=350)
    s.parking("SN-PK-001", "08:40")
    s.outage("SN-FL-005", "10:10", None, "battery_low")
    s.dup(pc, "+5m")

    s.inc(DK, "traffic", "台電饋線跳脫，環中路二段台74線口與凱旋路口號誌同時黑燈（凱旋路口監視器同時斷電），"
          "各派員指揮，廠商 09:40-09:52 修復；環中、凱旋路回堵。", dc)
    s.inc(CR, "traffic", "黑燈的環中凱旋路口自小客與自小貨碰撞，1 人頸部扭傷。", fa)
    s.inc(SK, "infrastructure", "中平路近經貿路口路面坍陷，封閉外側車道，鋪鋼板後開放。", k1)
    s.alt_reading("以路口為單位派遣的讀法：兩個黑燈路口各是一件（各派一名員警），凱旋路口的碰撞屬於該路口的黑燈事件。"
                  "描述兩個路口的報案與來電歸給台74線口。",
                  drop=[DK, CR],
                  add=[(D74, "traffic", "環中路台74線口號誌黑燈。", dc),
                       (DKX, "traffic", "環中路凱旋路口號誌黑燈，期間發生碰撞。", dk2)])
    return s.write()


# =====================================================================================
def s819():
    s = Situation(819, "typhoon_c_gateway_power_lost", "2027-10-04",
                  "颱風 C 與東北季風共伴的晚上 19:00 至隔日 01:30。21:12 台電饋線跳脫：中央公園感測閘道失電，"
                  "五座滯洪池淹水計、兩座池水位計、公園雨量站同時斷線；公園停車場與生態住宅 A 區總機主電源中斷；"
                  "A 區電梯受困 2 人；經貿中平路口號誌黑燈；公園感測器看不到時，中科路靠公園段由民眾與車速偵測器發現淹水。")
    PW, LF, FZ, SG = ("819-power-park-feeder", "819-lift-eco-a", "819-flood-zhongke-park",
                      "819-signal-dark-jingmao-zhongping")

    s.rain_series("C0F9T0", [("19:20", "豪雨", "3 小時累積雨量 102.5 mm"), ("20:20", "豪雨", "3 小時累積雨量 118.0 mm"),
                             ("22:20", "豪雨", "24 小時累積雨量 246.0 mm")], "25:10")
    s.rain_series("SN-RG-002", [("19:35", "大雨", "1 小時累積雨量 44.0 mm")], "24:20")
    s.rain_series("SN-RG-001", [("19:41", "豪雨", "3 小時累積雨量 106.5 mm")], "24:30")
    s.rain_series("SN-RG-003", [("20:05", "大雨", "1 小時累積雨量 41.5 mm")], "23:40")
    s.outage("SN-CCTV-005", "20:05", "20:09", "comms_lost", alert=False)
    s.call("other", P["生態B"], "19:30", "請問哪裡可以領沙包？", rmin=50, rmax=300)

    # --- the feeder trips at 21:12
    devices = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002",
               "SN-RG-001"]
    offs = []
    for i, sid in enumerate(devices):
        offs.append(s.status(sid, "offline", f"21:13:{10 + 5 * i:02d}", None, PW))
    s.panel("SN-FA-007", "fault", "21:12", "主電源中斷，備用電源供電中", PW)
    s.panel("SN-FA-011", "fault", "21:12:30", "市電中斷，切換備用電源", PW)
    pk4 = s.outage("SN-PK-004", "21:12:40", "23:51", "mains_power_lost", PW)
    sg9 = s.signal("SN-SIG-011", "fault", "21:12:20", "號誌控制器斷電（黑燈）", SG, alt=PW)
    l1 = s.c1999("other", P["生態A"], "21:15", "我們大樓電梯停電卡住了，我媽在裡面，按鈴都沒人回", LF, arr="+80s")
    fl = s.f119("rescue", P["生態A"], "21:16",
                "臺中市北屯區經貿路三段 水湳生態住宅 A 區 電梯停電受困 2 人，派遣北屯分隊", LF, arr="+60s")
    sgc = s.cctv("SN-CCTV-011", "signal_dark", "21:15", 0.79, SG, alt=PW)
    p1 = s.call("streetlight", P["公園停車場"], "21:18", "中央公園旁邊整排路燈都不亮，一片漆黑", PW, 50, 300)
    s.call("streetlight", P["生態B"], "21:25", "敦化路整條都暗的，是不是停電？", PW, 50, 250)
    s.call("traffic_signal", P["經貿/中平"], "21:30", "經貿路中平路口紅綠燈都沒亮，很危險", SG, PW, 30, 200)
    ps = s.police("traffic_signal_fault", "Moderate", P["經貿/中平"], "21:35",
                  "經貿路中平路口停電號誌黑燈，派員指揮交通。", SG, alt=PW, arr="22:00")
    s.f119("rescue", P["生態A"], "21:38", "電梯受困 2 人已救出，無人受傷，返隊", LF, arr="+40s", follows=fl)
    o1 = s.call("other", P["生態A"], "21:40", "我們這邊停電了，什麼時候會來電？", PW, 30, 250)
    for i, sid in enumerate(devices):
        s.offline(sid, f"21:43:{10 + 5 * i:02d}", PW)
    s.call("other", P["生態A"], "22:30", "剛剛打過了，還是沒電，冰箱的東西怎麼辦", PW, 30, 250, follows=o1)

    # --- water on Zhongke Rd by the park while the park's sensors are blind
    fz = road_at("zhongke", lat=24.1825)
    z1 = s.call("flooding", fz, "21:55", "中科路靠公園那邊淹水了，路燈也不亮，看不出來多深", FZ, 40, 200)
    s.cong_series("SN-VD-ZHONGKE-01", [("22:10", 11, 38)], "23:20", FZ)
    pz = s.police("flooding_report", "Moderate", fz, "22:20",
                  "中科路近中央公園段積水約 20 公分，路燈停電，已擺放警示。", FZ, arr="22:48")
    s.call("flooding", offset(fz, 250, 200), "22:40", "中科路逢甲那邊有淹水，開車要小心", FZ, 20, 100)
    s.police("flooding_report", "Minor", fz, "23:30", "中科路積水漸退，維持警示。", FZ, arr="23:46", follows=pz)

    # --- power back at 23:48
    for i, sid in enumerate(devices):
        s.status(sid, "online", f"23:48:{10 + 5 * i:02d}", None, PW)
        s.clear(sid, f"23:49:{10 + 5 * i:02d}", "恢復回傳資料", PW)
    s.panel("SN-FA-007", "normal", "23:50", "主電源恢復", PW)
    s.panel("SN-FA-011", "normal", "23:52", "主電源恢復", PW)
    s.signal("SN-SIG-011", "restored", "23:49", "號誌恢復正常運轉", SG, alt=PW)
    # the pond beside the flooded stretch shows water as soon as it reports again
    s.flood_series("SN-FL-003", [("23:53", 18)], "24:40", None, FZ)

    # --- background: the rivers to the west and east are regional context
    s.wl_series("SN-WL-004", [("22:40", "3", 97.31)], "25:10")
    s.wl_series("SN-WL-005", [("23:10", "3", 111.22)], "25:00")
    s.call("other", P["營運塔"], "20:40", "請問明天要上班上課嗎？", rmin=50, rmax=300)
    s.dup(ps, "+8m")

    s.inc(PW, "infrastructure", "21:12 台電饋線跳脫，中央公園感測閘道與周邊路燈、公園停車場、生態住宅 A 區失電；"
          "公園 8 具感測器斷線 2.5 小時，23:48 復電。", pk4[0])
    s.inc(LF, "rescue", "生態住宅 A 區電梯停電受困 2 人，消防 21:38 救出。", l1)
    s.inc(FZ, "flood", "公園感測器斷線期間，中科路近中央公園段積水約 20 公分，由民眾與車速偵測器發現。", z1)
    s.inc(SG, "traffic", "經貿路中平路口停電號誌黑燈，警方指揮至 23:49 復電。", sgc)
    s.alt_reading("停電造成的號誌黑燈，有人只算停電一件（同一原因、台電一通電話）；復電後滯洪池 3 的水深警戒，"
                  "有人認為就是中科路靠公園段淹水的證據。", drop=[SG])
    return s.write()


# =====================================================================================
def s820():
    s = Situation(820, "typhoon_c_underpass_rescue", "2027-10-05",
                  "颱風 C 共伴豪雨的凌晨 01:30-07:30。環中路的兩座地下道分別淹水：西南端臺灣大道環中路口地下道"
                  "（一輛車駛入受困 2 人，消防救出）與 3.5 公里外東北端的中清環中路口地下道（預防性封閉）；"
                  "改道的貨車在環中凱旋路口撞安全島。")
    UT, UZ, TR = "820-underpass-taiwan-blvd", "820-underpass-zhongqing", "820-truck-huanzhong-kaixuan"
    RS = "820-rescue-underpass-car"

    s.rain_series("C0F9T0", [("01:40", "大豪雨", "24 小時累積雨量 362.0 mm"), ("03:40", "大豪雨", "24 小時累積雨量 389.5 mm")],
                  "06:20")
    s.rain_series("SN-RG-002", [("01:50", "豪雨", "3 小時累積雨量 112.5 mm")], "05:50")
    s.rain_series("SN-RG-003", [("02:15", "豪雨", "24 小時累積雨量 224.0 mm")], "06:05")
    s.wl_series("SN-WL-004", [("02:10", "3", 97.42), ("03:00", "2", 98.02), ("04:30", "3", 97.61)], "06:00")

    # --- the Taiwan Blvd / Huanzhong underpass
    uw = spos("SN-FL-010")
    ut = s.flood_series("SN-FL-010", [("02:10", 18), ("02:25", 38), ("02:50", 55), ("03:40", 60), ("04:30", 44),
                                      ("05:20", 26), ("06:10", 12)], "06:45", UT)
    s.cctv("SN-CCTV-009", "flooding", "02:20", 0.81, UT, pos=uw)
    s.call("blocked_drain", P["逢甲水湳"], "02:30", "我家巷子的水溝一直在冒水", rmin=200, rmax=400)
    pf = s.police("flooding_report", "Severe", P["環中/臺灣大道"], "02:35",
                  "臺灣大道環中路口地下道積水約 50 公分。", UT, arr="03:05")
    s.cctv("SN-CCTV-009", "stalled_vehicle", "02:40", 0.57, UT, RS, pos=uw)
    r1 = s.call("other", uw, "02:41", "地下道有一台車卡在水裡，裡面好像有人在拍窗戶！", UT, RS, 30, 150, arr="+45s")
    fr = s.f119("rescue", P["環中/臺灣大道"], "02:43",
                "臺灣大道環中路口地下道 車輛受困 2 人，派遣西屯分隊 救助器材車 1 水箱車 1 救護車 1", UT, RS, arr="+50s")
    s.call("flooding", uw, "02:46", "環中路地下道有人被困，快點來！", UT, RS, 80, 300)
    s.police("road_closure", "Severe", P["環中/臺灣大道"], "02:55", "臺灣大道環中路口地下道雙向封閉。", UT,
             arr="03:20", follows=pf)
    s.f119("rescue", P["環中/臺灣大道"], "02:58", "02:57 到場，水深及車窗，入水救援中", UT, RS, arr="+40s", follows=fr)
    s.f119("rescue", P["環中/臺灣大道"], "03:15", "受困 2 人已救出，送醫觀察，車輛留置待拖", UT, RS, arr="+40s",
           follows=fr)
    s.dup(fr, "+3m")

    # --- the Zhongqing / Huanzhong underpass, 3.5 km up the same road
    uz = s.flood_series("SN-FL-006", [("03:05", 17), ("03:30", 34), ("04:40", 41), ("05:40", 22)], "06:30", UZ)
    s.cctv("SN-CCTV-008", "flooding", "03:12", 0.70, UZ, pos=spos("SN-FL-006"))
    s.call("flooding", P["環中/中清"], "03:20", "中清路地下道開始積水了，要不要封？", UZ, 60, 300)
    pz = s.police("road_closure", "Moderate", P["環中/中清"], "03:35",
                  "比照臺灣大道地下道處置，中清環中路口地下道預防性雙向封閉。", UZ, arr="03:58")
    s.call("flooding", P["環中/中清"], "04:10", "中清路地下道封起來了，那我要怎麼走？", UZ, 100, 400)
    s.police("road_closure", "Minor", P["環中/中清"], "06:35", "中清環中路口地下道積水已退，開放通行。", UZ,
             arr="06:52", follows=pz)

    # --- a diverted truck hits the median at Huanzhong / Kaixuan
    trv = s.cctv("SN-CCTV-002", "accident", "05:10", 0.62, TR, pos=offset(P["環中/凱旋"], 30, 240))
    t1 = s.call("traffic_accident", P["環中/凱旋"], "05:14", "環中路凱旋路口有一台貨車撞到安全島，東西掉滿地", TR, 40, 200)
    pt = s.police("accident", "Minor", P["環中/凱旋"], "05:15",
                  "改道之自小貨於環中路二段凱旋路口撞及分隔島，駕駛無傷，掉落貨物清理中。", TR, arr="05:40")
    s.police("accident", "Minor", P["環中/凱旋"], "06:00", "掉落貨物已清除，車道恢復。", TR, arr="06:20",
             follows=pt)

    # --- the morning
    s.cong_series("SN-VD-HUANZHONG-04", [("06:50", 15, 49)], "07:28", UT)
    s.police("road_closure", "Minor", P["環中/臺灣大道"], "06:50", "臺灣大道環中路口地下道抽水完畢，07:00 開放。",
             UT, arr="07:15", follows=pf)
    s.call("flooding", P["環中/臺灣大道"], "07:05", "臺灣大道那個地下道還封著嗎？", UT, 100, 400)

    # --- background
    s.outage("SN-VD-HUANZHONG-01", "03:50", "04:02", "comms_lost")
    s.panel("SN-FA-001", "fault", "04:20", "1F 迴路接地異常")
    s.panel("SN-FA-001", "normal", "04:40", "迴路異常復歸")
    s.call("other", P["生態A"], "03:40", "雨好大睡不著，會不會淹到我家？", rmin=50, rmax=300)
    s.call("streetlight", road_at("kaixuan", lat=24.189), "05:50", "凱旋路有一盞路燈一直閃", rmin=20, rmax=150)

    s.inc(UT, "flood", "臺灣大道環中路口地下道積水最深 60 公分；02:40 一輛自小客駛入受困 2 人，消防 03:15 救出；"
          "雙向封閉至 07:00。", ut[0])
    s.inc(UZ, "flood", "中清環中路口地下道積水 41 公分，比照處置預防性封閉至 06:35；同一條環中路、另一組人員。", uz[0])
    s.inc(TR, "traffic", "改道的自小貨在環中凱旋路口撞分隔島，貨物散落。", trv)
    s.alt_reading("受困車輛的救援是消防另一個派遣（不同單位、03:15 結束），有人另立一件救援事件；地下道淹水與封閉仍是一件。",
                  add=[(RS, "rescue", "臺灣大道環中路口地下道自小客受困 2 人，消防入水救出。", r1)])
    return s.write()


# =====================================================================================
def s821():
    s = Situation(821, "typhoon_c_late_reports_aftermath", "2027-10-05",
                  "颱風 C 過後的上午 07:30-13:00：警方報案晚到又簡短（一個分駐所時鐘慢 20 分鐘）、重複送達、"
                  "後續報告比原報案先到。中科路環中路口南側倒樹；中央公園南滯洪池達一級警戒、溢流到中平路；"
                  "河南中平路口機車被撞；黎明凱旋路口號誌閃黃異常；經貿路有斷枝懸掛；1999 整個上午不斷。")
    TZ, PO, CR, SG, BR = ("821-tree-zhongke-huanzhong", "821-pond-south-overflow", "821-crash-henan-zhongping",
                          "821-signal-liming-kaixuan", "821-hanging-branch-jingmao")

    s.clear("C0F9T0", "08:40", "累積雨量低於大雨標準")
    s.clear("SN-RG-001", "09:10", "累積雨量低於大雨標準")
    s.cong_series("SN-VD-HENAN-01", [("07:50", 15, 47)], "08:50")

    # --- tree across Zhongke Rd just south of Huanzhong Rd
    tz = road_at("zhongke", lat=24.1965)
    tc = s.cctv("SN-CCTV-003", "fallen_object", "07:36", 0.71, TZ, pos=tz)
    t1 = s.call("fallen_tree", tz, "07:38", "中科路環中路口往南那邊有一棵樹倒在路上", TZ, 30, 150)
    s.call("fallen_tree", tz, "07:44", "中科路樹倒了，車子要開到對向才能過", TZ, 60, 250)
    s.cong_series("SN-VD-HUANZHONG-02", [("07:50", 13, 54), ("08:20", 14, 51)], "09:30", TZ)
    s.c1999("fallen_tree", offset(P["環中/經貿"], 40, 160), "07:55", "經貿路環中路口那邊有樹倒，很危險", TZ)
    pt = s.police("fallen_object", "Moderate", P["環中/中科"], "07:45", "中科路倒樹。", TZ, arr="08:24")
    s.dup(pt, "+6m")
    s.call("fallen_tree", tz, "08:30", "剛剛打過了，中科路那棵樹還沒人來", TZ, 60, 250, follows=t1)
    s.police("fallen_object", "Minor", P["環中/中科"], "09:15", "中科路倒樹移除。", TZ, arr="09:25", follows=pt)

    # --- the south pond overtops onto Zhongping Rd
    po = s.wl_series("SN-WL-002", [("07:50", "2", 2.58), ("08:40", "1", 3.04), ("10:10", "2", 2.61), ("11:00", "3", 2.22)],
                     "12:00", PO)
    s.flood_series("SN-FL-005", [("08:00", 36), ("09:30", 41)], "11:40", PO)
    pw = road_at("zhongping", lon=120.6565)
    po1 = s.call("flooding", pw, "08:50", "公園南邊的水溢到中平路上了", PO, 30, 200)
    s.cctv("SN-CCTV-011", "flooding", "09:00", 0.58, PO, pos=road_at("zhongping", lon=120.659))
    s.call("flooding", pw, "09:05", "中平路靠公園那段淹水，機車騎過去水到腳踝", PO, 50, 250)
    s.panel("SN-FA-008", "fault", "09:10", "泵浦室進水，消防泵浦異常", PO, alt=None)
    pp = s.police("flooding_report", "Moderate", pw, "08:55", "中平路近中央公園南側積水約 20 公分，滯洪池溢流。", PO,
                  arr="09:30")
    s.police("road_closure", "Moderate", pw, "09:20", "中平路近公園段封閉外側車道。", PO, arr="09:26", follows=pp)
    s.police("road_closure", "Minor", pw, "11:50", "中平路積水已退，解除封閉。", PO, arr="12:08", follows=pp)

    # --- signal flashing wrongly at Liming / Kaixuan
    s.signal("SN-SIG-007", "fault", "09:02", "號誌時相異常（閃黃）", SG)
    s1 = s.call("traffic_signal", P["黎明/凱旋"], "09:10", "黎明路凱旋路口紅綠燈一直閃黃燈，秒數怪怪的", SG, 30, 200)
    s.call("traffic_signal", P["黎明/凱旋"], "09:40", "凱旋路黎明路口號誌壞掉了，一直閃", SG, 50, 300)
    s.police("traffic_signal_fault", "Minor", P["黎明/凱旋"], "09:20", "黎明凱旋路口號誌閃黃。", SG, arr="09:58")
    s.signal("SN-SIG-007", "restored", "10:52", "號誌恢復正常運轉", SG)

    # --- a scooter hit at Henan / Zhongping; the precinct's clock runs 20 minutes slow
    c821 = s.cctv("SN-CCTV-010", "accident", "10:15", 0.70, CR, pos=offset(P["河南/中平"], 20, 10))
    fa = s.f119("ambulance", P["河南/中平"], "10:16", "河南路中平路口 汽機車碰撞 1 人受傷 派遣救護車", CR, arr="+50s")
    s.call("traffic_accident", P["河南/中平"], "10:17", "河南路這邊有人騎車滑倒被後面的車撞到", CR, 30, 150)
    pc = s.police("injury_accident", "Moderate", P["河南/中平"], "09:55",
                  "10:14 河南路中平路口，自小客追撞路面濕滑煞車不及之機車，騎士右腳骨折送醫。", CR, arr="10:48")
    s.police("injury_accident", "Minor", P["河南/中平"], "10:25", "河南中平路口事故現場已排除。", CR, arr="10:46",
             follows=pc)
    s.f119("ambulance", P["河南/中平"], "10:30", "傷者送中國醫藥大學附設醫院", CR, arr="+30s", follows=fa)

    # --- a broken branch hanging over Jingmao Rd
    br = road_at("jingmao", lat=24.1895)
    b1 = s.call("fallen_tree", br, "10:35", "經貿路有一根很大的樹枝斷一半掛在上面，隨時會掉下來", BR, 20, 120)
    s.call("fallen_tree", br, "10:50", "綠美圖附近經貿路上面有樹枝快掉了，底下還有人在走", BR, 80, 250)
    pb = s.police("fallen_object", "Moderate", br, "11:00", "經貿路斷枝懸掛，已圍起。", BR, arr="11:35")
    s.police("fallen_object", "Minor", br, "12:20", "經貿路懸掛斷枝已由養工處鋸除。", BR, arr="12:41", follows=pb)

    # --- background: the whole morning of the hotline and the devices
    bg = [
        ("公園路樹", spos("SN-FL-001"), "07:40", "中央公園北邊步道有樹倒了"),
        ("streetlight", P["會展A"], "07:47", "會展中心前面路燈白天還亮著"),
        ("other", P["生態A"], "07:58", "今天到底要不要上班？"),
        ("環境清潔", P["經貿/經貿七"], "08:03", "經貿七路口一堆樹枝落葉"),
        ("公園路樹", spos("SN-FL-003"), "08:12", "公園裡面樹倒了好幾棵，有的壓到椅子"),
        ("illegal_parking", road_at("zhongke", lat=24.1905), "08:16", "中科路紅線停滿車，公車都停不進去"),
        ("water_outage", P["生態B"], "08:22", "我們這邊沒水了，是停水嗎？"),
        ("other", P["轉運中心"], "08:35", "請問國道客運恢復了嗎？"),
        ("環境清潔", P["河南停車場"], "08:44", "河南路停車場門口都是泥巴"),
        ("streetlight", P["逢甲水湳"], "08:58", "逢甲水湳校區旁邊有一盞路燈歪了"),
        ("動物救援", spos("SN-FL-002"), "09:15", "公園的排水溝裡有一隻狗被困住出不來"),
        ("公園路樹", spos("SN-FL-004"), "09:28", "公園南邊那棵大樹倒了，擋住步道"),
        ("other", P["營運塔"], "09:33", "我家陽台的遮雨棚被吹壞了要找誰？"),
        ("環境清潔", P["中醫水湳"], "09:46", "中國醫藥大學外面垃圾被風吹得到處都是"),
        ("blocked_drain", P["生態A"], "09:52", "經貿路三段水溝蓋被落葉蓋住"),
        ("noise", road_at("jingmao", lat=24.182), "10:05", "外面一直有人在鋸樹，很吵"),
        ("road_damage", road_at("kaixuan", lat=24.186), "10:22", "凱旋路有一個小坑洞"),
        ("streetlight", road_at("zhongke", lat=24.185), "10:40", "中科路有一盞路燈燈罩掉了"),
        ("other", P["流行影音中心"], "11:02", "流行影音中心的廣告布條被吹破掛在樹上"),
        ("環境清潔", P["經貿/黎明"], "11:18", "黎明路人行道上都是樹葉"),
        ("公園路樹", spos("SN-FL-002"), "11:30", "公園裡面的樹什麼時候會清？"),
        ("other", P["生態B"], "11:45", "垃圾車今天會來嗎？"),
        ("illegal_parking", P["會展B"], "12:05", "會展中心旁邊人行道停滿車"),
        ("blocked_drain", road_at("zhongke", lat=24.1815), "12:20", "中科路靠逢甲那邊水溝還是有積水"),
    ]
    bgk = [s.call(cat, p, at, txt, rmin=30, rmax=350) for cat, p, at, txt in bg]
    s.police("theft", "Minor", P["逢甲水湳"], "10:40", "逢甲水湳校區旁工地鋼材於颱風期間遭竊。", arr="11:15")
    s.outage("SN-VD-JINGMAO-02", "08:30", "08:45", "comms_lost")
    s.outage("SN-PK-003", "10:05", "10:20", "device_fault")
    s.panel("SN-FA-009", "fault", "11:20", "1F 偵煙探測器迴路斷線")
    s.parking("SN-PK-006", "10:30")
    s.dup(pc, "+4m")
    s.dup(bgk[8], "+2m")

    s.inc(TZ, "traffic", "中科路環中路口南側路樹倒塌佔用車道，09:15 移除；環中路回堵。", tc)
    s.inc(PO, "flood", "中央公園南滯洪池水位達一級警戒並溢流，中平路近公園段積水約 20 公分，封閉外側車道至 11:50。", po1)
    s.inc(CR, "traffic", "河南中平路口自小客追撞機車，騎士骨折送醫（分駐所報案時間戳慢 20 分鐘）。", c821)
    s.inc(SG, "traffic", "黎明凱旋路口號誌時相異常閃黃，10:52 修復。", s1)
    s.inc(BR, "traffic", "經貿路近綠美圖段大斷枝懸掛路上，圍起後由養工處鋸除。", b1)
    s.alt_reading("水資源回收中心總機的泵浦室進水，有人認為是該中心自己的設備問題（背景），不是溢流事件的一部分。",
                  replace={})
    return s.write()


# =====================================================================================
def s822():
    s = Situation(822, "typhoon_e_daytime_gusts", "2027-09-01",
                  "颱風 E 由北部海面通過，臺中白天強陣風、雨不多（09:00-17:00）。黎明路公車亭旁路樹倒塌壓傷候車民眾；"
                  "經貿七路口大樓招牌鬆脫；會展中心展覽因強風提前閉館散場；中清路機車被陣風吹倒遭撞；"
                  "中央公園步道倒樹由公園管理單位處理。")
    TB, SN, EX, CR = ("822-tree-liming-busstop", "822-sign-jingmao7", "822-expo-early-close",
                      "822-scooter-zhongqing")
    PK = "822-tree-park-path"

    pe = s.permit("exhibition", P["會展A"], "2027-08-29T09:00", "2027-09-02T18:00", "2027-08-10T10:00",
                  "臺中國際會展中心 A 館 秋季家具展，每日 09:00-18:00，預估每日 6,000 人", EX, None, arr="+30m")
    s.permit("exhibition", P["會展A"], "2027-08-29T09:00", "2027-09-02T18:00", "09:10",
             "因颱風強風，9 月 1 日提前於 14:00 閉館，9 月 2 日視天候開放", EX, None, arr="+8m", follows=pe)
    s.panel("SN-FA-005", "fault", "09:40", "3F 偵煙探測器汙損")
    s.panel("SN-FA-005", "normal", "10:05", "汙損復歸")
    s.call("other", P["生態A"], "09:30", "下午會不會停班？風好大", rmin=50, rmax=300)
    s.call("other", P["營運塔"], "10:15", "我家陽台的盆栽被吹下去了，還好沒砸到人，要不要報案？", rmin=50, rmax=300)
    s.outage("SN-CCTV-006", "10:40", "10:52", "comms_lost", alert=False)

    # --- the park path tree (parks unit; no dispatch from the center)
    tp = offset(P["綠美圖"], 180, 200)
    k1 = s.call("公園路樹", tp, "10:50", "綠美圖後面公園步道有一棵大樹倒了，擋住整條步道", None, PK, 20, 120)
    s.call("公園路樹", tp, "11:05", "中央公園裡面樹倒了，小孩差點被壓到，要不要圍起來？", None, PK, 40, 200)
    s.call("公園路樹", tp, "12:30", "公園那棵倒樹還沒圍起來，一直有人在旁邊拍照", None, PK, 30, 150)

    # --- the tree onto the Liming Rd bus stop
    tb = offset(P["經貿/黎明"], 190, 255)
    tbv = s.cctv("SN-CCTV-005", "fallen_object", "11:21", 0.63, TB, pos=tb)
    b1 = s.call("fallen_tree", tb, "11:21", "黎明路公車站的樹倒下來了，有人被壓到！", TB, 20, 100, arr="+40s")
    fb = s.f119("ambulance", tb, "11:22", "黎明路三段公車亭 路樹倒塌 1 人受傷 派遣水湳分隊救護車", TB, arr="+50s")
    s.cong_series("SN-VD-LIMING-01", [("11:35", 14, 48)], "12:40", TB)
    s.f119("ambulance", tb, "11:40", "傷者頭部擦傷，送中國醫藥大學附設醫院", TB, arr="+30s", follows=fb)
    pb = s.police("fallen_object", "Severe", tb, "11:30",
                  "黎明路三段公車亭旁路樹倒塌，候車民眾 1 人頭部擦傷送醫，佔用外側車道，已通報養工處。", TB, arr="11:58")
    s.police("fallen_object", "Minor", tb, "13:10", "黎明路倒樹已移除，公車亭待修。", TB, arr="13:26", follows=pb)

    # --- a loose sign over Jingmao Rd at Jingmao 7th Rd
    sn = s.call("other", P["經貿/經貿七"], "12:58", "經貿七路口那棟大樓的招牌一直在晃，好像快掉下來了", SN, 30, 150)
    ps = s.police("fallen_object", "Moderate", P["經貿/經貿七"], "13:05",
                  "經貿路二段經貿七路口大樓招牌鬆脫搖晃，恐掉落，已管制人行道，請消防協助。", SN, arr="13:30")
    fs = s.f119("rescue", P["經貿/經貿七"], "13:10", "經貿路二段 招牌鬆脫 派遣水湳分隊 雲梯車 1 協助固定", SN, arr="+60s")
    s.f119("rescue", P["經貿/經貿七"], "14:05", "招牌已拆除，返隊", SN, arr="+40s", follows=fs)

    # --- the expo closes early: the crowd leaves in the wind
    s.parking("SN-PK-006", "13:40", truth=EX, alt=None)
    pc = s.police("crowd_control", "Minor", P["會展A"], "14:05",
                  "會展中心提前閉館，散場人潮約 3,000 人，派員疏導經貿路口及計程車排班。", EX, None, arr="14:30")
    s.cctv("SN-CCTV-005", "crowding", "14:12", 0.60, EX, None, pos=offset(P["會展A"], 90, 330))
    s.cong_series("SN-VD-JINGMAO-01", [("14:10", 13, 55)], "15:05", EX, None)
    ex1 = s.call("crowding", P["會展A"], "14:15", "會展中心門口人好多，計程車都叫不到", EX, None, 20, 150)
    s.police("crowd_control", "Minor", P["會展A"], "15:00", "會展中心散場人潮已疏散完畢。", EX, None, arr="15:18",
             follows=pc)

    # --- a gust knocks a scooter over on Zhongqing Rd near Huanzhong Rd
    sc = offset(P["環中/中清"], 70, 150)
    scv = s.cctv("SN-CCTV-008", "accident", "14:41", 0.66, CR, pos=sc)
    c1 = s.call("traffic_accident", sc, "14:42", "中清路環中路口附近有機車被風吹倒，後面的車撞上去", CR, 30, 200)
    fc = s.f119("ambulance", P["環中/中清"], "14:43", "中清路環中路口 機車騎士倒地遭撞 1 人受傷", CR, arr="+50s")
    s.police("injury_accident", "Moderate", P["環中/中清"], "14:50",
             "中清路近環中路口，機車遭強陣風吹倒，後方自小客煞車不及碰撞，騎士左手骨折送醫。", CR, arr="15:20")
    s.f119("ambulance", P["環中/中清"], "14:58", "傷者送醫", CR, arr="+30s", follows=fc)

    # --- background
    s.rain_series("SN-RG-003", [("15:30", "大雨", "1 小時累積雨量 40.5 mm")], "16:40")
    s.call("streetlight", road_at("zhongke", lat=24.186), "15:45", "中科路有一盞路燈燈桿被吹歪了，燈還會亮", rmin=20,
           rmax=150)
    s.call("illegal_parking", P["會展B"], "16:05", "會展中心旁邊一堆車並排停車", rmin=30, rmax=200)
    s.cong_series("SN-VD-HUANZHONG-01", [("16:40", 18, 42)], "17:50")
    s.parking("SN-PK-001", "16:30")
    s.call("noise", P["生態B"], "16:20", "隔壁頂樓鐵皮被風吹得一直響", rmin=30, rmax=200)
    s.dup(pb, "+5m")

    s.inc(TB, "traffic", "黎明路三段公車亭旁路樹被強陣風吹倒，候車民眾 1 人頭部擦傷送醫，佔用外側車道，13:10 移除。", tbv)
    s.inc(SN, "traffic", "經貿路二段經貿七路口大樓招牌鬆脫，管制人行道，消防雲梯車拆除。", sn)
    s.inc(EX, "crowd", "會展中心家具展因強風提前 14:00 閉館，散場約 3,000 人，警方疏導。", ex1)
    s.inc(CR, "traffic", "中清路近環中路口機車被陣風吹倒遭後車撞，騎士骨折送醫。", scv)
    s.alt_reading("兩處看法不同：展覽提前閉館是場館依許可自行處理的散場，有人不當作中心事件；"
                  "公園步道倒樹有人認為要派員圍起（民眾在旁邊拍照），當作一件。",
                  drop=[EX], add=[(PK, "public_safety", "中央公園綠美圖後方步道大樹倒塌，需圍起並移除。", k1)])
    return s.write()


if __name__ == "__main__":
    for f in (s817, s818, s819, s820, s821, s822):
        f()
