"""Typhoon night, part 1: situations 1131-1136 (approach to the 1999 burst). Seeded."""
from lib import Situation, SENSORS, T, road_point, offset, iso

S = lambda sid: (SENSORS[sid]["lon"], SENSORS[sid]["lat"])  # noqa: E731
BLOCK_A, BLOCK_B = S("SN-FA-011"), S("SN-FA-012")
JM_LOW, HENAN_LOW, LK_LOW = S("SN-FL-008"), S("SN-FL-007"), S("SN-FL-009")
BEITUN_EAST = (120.6682, 24.1878)  # lanes east of 中清路, outside the zone


def inc(label, type_, desc, key=None):
    return {"label": label, "type": type_, "description": desc, "sufficient_evidence_key": key}


# ---------------------------------------------------------------------------------------------
def s1131():
    s = Situation(1131, "typhoon_approach",
                  "颱風接近的傍晚(9/27 14:00-19:30)：雨量達大雨，強風吹倒中平路拓寬工程的施工圍籬、黎明路招牌掉落，"
                  "下班車流與一起環中路擦撞；其餘為例行案件與一台VD故障。")
    hoard = road_point("zhongping", 0.64)
    permit = s.report("planned_event", "road_works", hoard, T("19 08:00"), None,
                      "中平路(經貿路至皇城街)拓寬工程，佔用外側車道施工", delay=-5 * 86400,
                      ends=T("30 18:00"), radius_m=450, alt="hoarding")
    s.rule("C0F9T0", "heavy_rain", T("27 16:40"), None, level="大雨", text="西屯 時雨量 42.5 mm，達大雨標準")
    s.rule("SN-RG-002", "heavy_rain", T("27 17:20"), None, level="大雨")
    s.rule("SN-RG-001", "heavy_rain", T("27 17:30"), None, level="大雨")
    s.c1999("環境清潔", road_point("liming", 0.7), T("27 14:20"), None, "颱風天明天垃圾車還會來收嗎？", scatter_m=200)
    s.c1999("blocked_drain", road_point("jingmao", 0.62), T("27 15:05"), None,
            "經貿路這邊水溝蓋被落葉蓋住了，颱風來之前可以先來清一下嗎", scatter_m=80)
    s.status("SN-VD-HENAN-02", "offline", T("27 15:40"), None, reason="device_fault",
             text="河南路車輛偵測器2 離線：線圈異常")
    s.rule("SN-VD-HENAN-02", "sensor_offline", T("27 15:52"), None)
    s.c1999("other", (120.6562, 24.1838), T("27 16:10"), None,
            "中央公園裡面有一棵樹好像有點斜，怕颱風來會倒，請派人看一下", scatter_m=120)
    # hoarding down on 中平路
    h1 = s.c1999("fallen_object", hoard, T("27 16:52"), "hoarding",
                 "中平路施工的圍籬被風吹倒了，整片倒在馬路上，車子都要閃", scatter_m=60, delay=190)
    s.dup(h1, 35)
    cam = s.device("cctv", "SN-CCTV-011", "fallen_object", T("27 16:55"), "hoarding",
                   "影像分析：車道上有大型障礙物", confidence=0.72)
    s.c1999("fallen_object", hoard, T("27 17:01"), "hoarding", "中平路靠經貿路那邊鐵皮圍籬倒下來，很危險", scatter_m=90)
    p1 = s.police("fallen_object", hoard, T("27 17:08"), "hoarding",
                  "中平路二段工地圍籬遭強風吹倒佔用外側兩車道，已擺設三角錐，通知廠商到場處理", severity="Moderate",
                  delay=420)
    s.rule("SN-VD-ZHONGPING-02", "congestion", T("27 17:25"), "hoarding", alt=None)
    s.police("road_reopened", hoard, T("27 18:35"), "hoarding", "工地圍籬已由廠商移除並重新固定，中平路恢復通行",
             severity="Minor", follows=p1["key"], delay=600)
    # signboard on 黎明路
    sign = road_point("liming", 0.25)
    b1 = s.c1999("fallen_object", sign, T("27 17:48"), "sign",
                 "黎明路這邊有一個招牌被吹下來，差點砸到騎機車的人", scatter_m=50, delay=150)
    s.device("cctv", "SN-CCTV-007", "fallen_object", T("27 17:50"), "sign", "影像分析：路面掉落物", confidence=0.64)
    s.c1999("fallen_object", sign, T("27 17:55"), "sign", "黎明路凱旋路口附近看板掉下來擋住慢車道", scatter_m=70)
    s.police("fallen_object", sign, T("27 18:02"), "sign",
             "黎明路三段商家招牌掉落，壓到路邊機車一輛，無人受傷，已通報建設局", severity="Moderate")
    # collision on 環中路 near 中科路
    crash = offset(*S("SN-SIG-003"), -60, -15)
    a1 = s.device("cctv", "SN-CCTV-003", "accident", T("27 18:12"), "crash", "影像分析：疑似車輛碰撞停滯",
                  confidence=0.71)
    s.c1999("traffic_accident", crash, T("27 18:14"), "crash", "環中路中科路口兩台車撞在一起，停在內線", scatter_m=40)
    s.police("accident", crash, T("27 18:16"), "crash", "環中路二段中科路口A3類交通事故，兩車擦撞，無人受傷",
             severity="Minor", delay=300)
    s.rule("SN-VD-HUANZHONG-02", "congestion", T("27 18:24"), "crash", alt=None)
    # ordinary evening
    s.rule("SN-VD-HUANZHONG-01", "congestion", T("27 17:40"), None)
    s.rule("SN-VD-ZHONGQING-01", "congestion", T("27 18:02"), None)
    s.device("parking", "SN-PK-001", "full", T("27 17:50"), None, "水湳轉運中心停車場 汽車車位已滿")
    s.c1999("streetlight", road_point("kaixuan", 0.3), T("27 18:40"), None, "凱旋路路燈一盞一直閃，編號 XT-0" "4417",
            scatter_m=30)
    s.c1999("noise", (120.6601, 24.1862), T("27 19:05"), None, "隔壁在釘窗戶釘很久了很吵", scatter_m=100)
    s.rule("SN-RG-003", "heavy_rain", T("27 19:10"), None, level="大雨")
    s.incidents = [
        inc("hoarding", "traffic", "中平路拓寬工地圍籬被強風吹倒佔用車道，廠商移除後恢復通行"),
        inc("sign", "traffic", "黎明路三段招牌掉落佔用慢車道、壓到機車"),
        inc("crash", "traffic", "環中路二段中科路口兩車擦撞(A3)，內線車道停滯", a1["key"]),
    ]
    s.incidents[0]["sufficient_evidence_key"] = cam["key"]
    alt = [dict(i) for i in s.incidents]
    s.alternative("施工許可是圍籬所屬工地的背景資料；另一讀法把它算作圍籬事件的一部分(工地責任)。"
                  "晚間尖峰的 VD 壅塞(中平路、環中路)可能只是下班車流加上下雨，不是事件造成的。", alt)
    s.notes = "雨量警報(大雨)是區域性背景，不單獨成案。單一VD故障、例行1999案件為背景。"
    return s


# ---------------------------------------------------------------------------------------------
def s1132():
    s = Situation(1132, "rain_rising_channels",
                  "入夜雨勢增強(9/27 19:30-22:40)：雨量升到豪雨，水湳區域排水(經貿路)水位達三級再升二級，經貿路低窪處開始積水；"
                  "中央公園滯洪池水位達三級警戒；筏子溪水位達三級；敦化路樹枝斷落壓車。")
    s.rule("SN-VD-KAIXUAN-01", "congestion", T("27 19:45"), None)
    s.rule("SN-RG-001", "heavy_rain", T("27 20:40"), None, level="豪雨", text="中央公園雨量站 3小時累積雨量 104 mm，達豪雨標準")
    s.rule("C0F9T0", "heavy_rain", T("27 21:00"), None, level="豪雨")
    s.rule("SN-RG-003", "heavy_rain", T("27 21:10"), None, level="大雨")
    w3 = s.rule("SN-WL-003", "water_level", T("27 20:50"), "jingmao", level="3",
                text="水湳區域排水經貿路水位 1.43 m，達三級警戒(1.4 m)")
    s.rule("SN-FL-008", "flood_depth", T("27 21:05"), "jingmao", level="1-15", text="經貿路低窪處 淹水深度 8 cm")
    s.c1999("blocked_drain", JM_LOW, T("27 21:12"), "jingmao", "經貿路的排水溝水滿出來了，水溝蓋一直冒水", scatter_m=120)
    s.c1999("flooding", JM_LOW, T("27 21:20"), "jingmao", "經貿路三段路邊開始積水，大概到腳踝", scatter_m=150)
    w2 = s.rule("SN-WL-003", "water_level", T("27 21:35"), "jingmao", level="2",
                text="水湳區域排水經貿路水位 1.82 m，達二級警戒(1.8 m)")
    s.rule("SN-FL-008", "flood_depth", T("27 21:40"), "jingmao", level="16-30", text="經貿路低窪處 淹水深度 19 cm")
    c = s.c1999("flooding", road_point("jingmao", 0.72), T("27 21:44"), "jingmao", "經貿路往中平路方向積水，機車騎過去會熄火",
                scatter_m=150)
    s.dup(c, 12)
    s.police("flooding_report", JM_LOW, T("27 21:50"), "jingmao", "經貿路三段積水約20公分，外側車道無法通行，派員警戒",
             severity="Moderate", delay=600)
    s.rule("SN-VD-JINGMAO-02", "congestion", T("27 22:00"), "jingmao")
    s.c1999("flooding", road_point("jingmao", 0.66), T("27 22:15"), "jingmao", "敦化路口到經貿路這段淹水了，車子開很慢", scatter_m=120)
    # ponds
    p1 = s.rule("SN-WL-001", "water_level", T("27 21:10"), "ponds", level="3", alt=None,
                text="中央公園北滯洪池水位 2.03 m，達三級警戒(2.0 m)")
    s.rule("SN-WL-002", "water_level", T("27 21:25"), "ponds", level="3", alt=None)
    s.rule("SN-FL-002", "flood_depth", T("27 21:30"), "ponds", level="16-30", alt=None)
    s.rule("SN-FL-003", "flood_depth", T("27 21:55"), "ponds", level=">30", alt=None)
    s.rule("SN-FL-004", "flood_depth", T("27 22:20"), "ponds", level="16-30", alt=None)
    # Fazi river
    f3 = s.rule("SN-WL-004", "water_level", T("27 21:45"), "fazi", level="3", text="筏子溪西屯水位 97.24 m，達三級警戒(97.2 m)")
    # branch on a car on 敦化路, 250 m from the flooding
    br = offset(*BLOCK_A, -90, 40)
    t1 = s.c1999("fallen_tree", br, T("27 21:58"), "branch", "敦化路這邊行道樹的大樹枝斷掉壓到路邊停的車", scatter_m=30)
    s.c1999("fallen_tree", br, T("27 22:04"), "branch", "樹枝掉在敦化路上，擋到一個車道", scatter_m=50)
    s.police("fallen_object", br, T("27 22:12"), "branch", "敦化路一段路樹斷枝壓損自小客車一輛，佔用慢車道，已通報養工處",
             severity="Minor")
    # background
    s.c1999("other", (120.6548, 24.1899), T("27 20:05"), None, "請問明天颱風假有放嗎", scatter_m=400)
    s.c1999("noise", (120.6509, 24.1812), T("27 20:30"), None, "樓上一直在拖東西很吵", scatter_m=150)
    s.status("SN-FL-010", "offline", T("27 20:12"), None, reason="battery_low", text="臺灣大道環中路口地下道 離線：電池電量低")
    s.status("SN-FL-010", "online", T("27 21:48"), None)
    s.c1999("streetlight", road_point("zhongke", 0.8), T("27 22:30"), None, "中科路有一盞路燈不亮", scatter_m=30)
    s.incidents = [
        inc("jingmao", "flood", "水湳區域排水(經貿路)水位升至二級，經貿路三段低窪處積水、外側車道封閉", w3["key"]),
        inc("ponds", "flood", "中央公園滯洪池水位達三級警戒：水利局監看滯洪池蓄洪", p1["key"]),
        inc("fazi", "flood", "筏子溪西屯水位站達三級警戒(河川巡查)", f3["key"]),
        inc("branch", "traffic", "敦化路一段路樹斷枝壓車、佔用慢車道", t1["key"]),
    ]
    s.alternative("滯洪池本來就是用來蓄水：水位三級與池內淹水感測器有讀數，可視為設施正常運作、不成案(背景)。",
                  [dict(i) for i in s.incidents if i["label"] != "ponds"])
    s.notes = "經貿路積水與同處的區域排水水位站視為同一事件(排水滿溢造成路面積水)。"
    return s


# ---------------------------------------------------------------------------------------------
def s1133():
    s = Situation(1133, "roads_flood_along",
                  "深夜(9/27 22:30-9/28 01:00)經貿路由經貿七路一路淹到中平路(約2公里)並封路；河南路低窪處另外淹水；"
                  "中科路路樹倒塌。")
    s.rule("SN-FL-008", "flood_depth", T("27 22:35"), "jingmao", level=">30", text="經貿路低窪處 淹水深度 34 cm")
    s.device("cctv", "SN-CCTV-006", "flooding", T("27 22:50"), "jingmao", "影像分析：路面積水", confidence=0.78,
             alt="jingmao_north")
    w1 = s.rule("SN-WL-003", "water_level", T("27 23:05"), "jingmao", level="1",
                text="水湳區域排水經貿路水位 2.24 m，達一級警戒(2.2 m)")
    s.device("cctv", "SN-CCTV-011", "flooding", T("27 23:10"), "jingmao", "影像分析：路面積水", confidence=0.83)
    fr = [0.48, 0.55, 0.63, 0.70, 0.80, 0.90, 0.97]
    times = ["27 22:41", "27 22:47", "27 22:58", "27 23:02", "27 23:15", "27 23:26", "27 23:40"]
    texts = ["經貿路靠經貿七路這邊水很深，汽車都開不過去", "經貿路整條都是水，機車推著走",
             "經貿路敦化路口積水到小腿", "經貿路三段淹水，水一直從水溝冒出來", "經貿路淹到人行道上了",
             "經貿路往中平路那邊都淹了，水很急", "經貿路中平路口積水，有車子熄火停在路中間"]
    for f, t, x in zip(fr, times, texts):
        it = s.c1999("flooding", road_point("jingmao", f), T(t), "jingmao", x, scatter_m=60,
                     alt="jingmao_north" if f < 0.5 else "jingmao")
        if f == 0.63:
            s.dup(it, 40)
    s.police("flooding_report", road_point("jingmao", 0.58), T("27 22:55"), "jingmao",
             "經貿路三段積水約35公分，雙向車道均有積水", severity="Severe")
    cl = s.police("road_closure", road_point("jingmao", 0.75), T("27 23:20"), "jingmao",
                  "經貿路(經貿七路至中平路)雙向封閉，車輛改道敦化路、中清路", severity="Severe", delay=480)
    s.police("flooding_report", road_point("jingmao", 0.95), T("27 23:35"), "jingmao",
             "經貿路中平路口積水，自小客車一輛熄火，駕駛已自行離開車輛", severity="Moderate")
    s.rule("SN-VD-JINGMAO-02", "congestion", T("27 22:52"), "jingmao")
    s.rule("SN-VD-JINGMAO-01", "congestion", T("27 23:30"), "jingmao", alt="jingmao_north",
           text="經貿路車輛偵測器1 車速偏低，車流壅塞(封路回堵)")
    s.c1999("other", road_point("jingmao", 0.4), T("27 23:45"), "jingmao", "經貿路怎麼封起來了？要怎麼回家", scatter_m=150,
            alt="jingmao_north")
    # 河南路 low point
    h = s.rule("SN-FL-007", "flood_depth", T("27 23:00"), "henan", level="16-30")
    s.c1999("flooding", HENAN_LOW, T("27 23:08"), "henan", "河南路靠停車場那邊淹水了", scatter_m=120)
    s.device("cctv", "SN-CCTV-010", "flooding", T("27 23:14"), "henan", "影像分析：路面積水", confidence=0.69)
    s.c1999("flooding", HENAN_LOW, T("27 23:22"), "henan", "河南路二段積水很深，車子都不敢過", scatter_m=150)
    s.rule("SN-FL-007", "flood_depth", T("27 23:40"), "henan", level=">30")
    s.police("flooding_report", HENAN_LOW, T("27 23:48"), "henan", "河南路二段低窪路段積水約40公分，設置路障勸導改道",
             severity="Severe")
    s.rule("SN-VD-HENAN-02", "congestion", T("27 23:55"), "henan")
    s.c1999("flooding", HENAN_LOW, T("28 00:10"), "henan", "河南路停車場出口整個淹掉了", scatter_m=100)
    # tree on 中科路
    tree = road_point("zhongke", 0.55)
    k1 = s.c1999("fallen_tree", tree, T("27 23:52"), "tree", "中科路有一棵大樹倒在路中間", scatter_m=40)
    s.dup(k1, 25)
    s.police("fallen_object", tree, T("28 00:01"), "tree", "中科路路樹倒塌阻斷南下車道，已請養工處派員鋸除", severity="Severe")
    s.c1999("fallen_tree", tree, T("28 00:06"), "tree", "中科路往南那邊樹倒了，車子要逆向繞過去", scatter_m=80)
    s.rule("SN-VD-ZHONGKE-01", "congestion", T("28 00:12"), "tree")
    # background
    s.rule("SN-RG-001", "heavy_rain", T("28 00:30"), None, level="大豪雨", text="中央公園雨量站 24小時累積雨量 356 mm，達大豪雨標準")
    s.c1999("other", (120.6512, 24.1905), T("27 23:10"), None, "請問附近有開設避難收容所嗎", scatter_m=300)
    s.c1999("noise", (120.6488, 24.1872), T("27 23:33"), None, "隔壁鐵捲門被風吹一直砰砰響睡不著", scatter_m=100)
    s.status("SN-VD-HENAN-01", "offline", T("28 00:20"), None, reason="comms_lost")
    s.incidents = [
        inc("jingmao", "flood", "經貿路由經貿七路至中平路沿線淹水(約2公里)，區域排水達一級警戒，雙向封閉"),
        inc("henan", "flood", "河南路二段低窪處淹水超過30公分，勸導改道", h["key"]),
        inc("tree", "traffic", "中科路路樹倒塌阻斷南下車道"),
    ]
    s.incidents[0]["sufficient_evidence_key"] = None
    alt = [dict(i) for i in s.incidents] + [
        inc("jingmao_north", "flood", "經貿路北段(經貿七路、黎明路一帶)積水另計一案：距南段淹水中心超過1公里")]
    s.alternative("經貿路沿線淹水是同一條排水造成的一件事；另一讀法把北段(經貿七路口的CCTV、北段VD回堵、北段來電)"
                  "當作另一處積水分開派工。", alt)
    s.notes = "經貿路北段的VD壅塞是封路回堵，離淹水中心1公里以上仍屬該事件。"
    return s


# ---------------------------------------------------------------------------------------------
def s1134():
    s = Situation(1134, "power_cut_signals",
                  "午夜(9/28 00:10-02:10)台電饋線跳脫：園區東北側停電，經貿路、中清環中路口號誌熄滅，設備斷電離線，"
                  "住宅電梯困人，黑燈路口發生擦撞；經貿路淹水仍持續。01:35 復電。")
    G = "TPC-FDR-SN-NE12"
    sig = {}
    for sid, t in (("SN-SIG-005", "28 00:14:10"), ("SN-SIG-006", "28 00:14:12"), ("SN-SIG-008", "28 00:14:40")):
        sig[sid] = s.device("signal", sid, "fault", T(t), "power", f"{SENSORS[sid]['name']} 故障：燈號熄滅",
                            alt="signals", delay=15)
    s.status("SN-CCTV-006", "offline", T("28 00:14:15"), "power", reason="mains_power_lost", gateway=G,
             text="經貿路二段/經貿七路 路口監視器 離線：市電中斷")
    s.status("SN-VD-JINGMAO-01", "offline", T("28 00:14:20"), "power", reason="mains_power_lost", gateway=G)
    s.rule("SN-VD-JINGMAO-01", "sensor_offline", T("28 00:16"), "power", gateway=G)
    s.device("cctv", "SN-CCTV-005", "signal_dark", T("28 00:15"), "power", "影像分析：號誌未亮", confidence=0.88,
             alt="signals")
    s.device("fire_alarm", "SN-FA-004", "fault", T("28 00:14:30"), "power", "主電源停電，已切換預備電源")
    s.device("fire_alarm", "SN-FA-005", "fault", T("28 00:14:35"), "power", "市電中斷 主電源異常")
    s.device("fire_alarm", "SN-FA-011", "fault", T("28 00:14:50"), "power", "主電源斷電")
    po = []
    for i, (pos, t, x) in enumerate([
            (BLOCK_A, "28 00:17", "我們這裡整棟停電了，經貿路三段"),
            (BLOCK_B, "28 00:18", "敦化路這邊突然停電，整排都沒電"),
            (BLOCK_A, "28 00:20", "停電了，請問什麼時候會來電"),
            ((120.6575, 24.1935), "28 00:23", "會展中心後面這一區全部停電"),
            (BLOCK_B, "28 00:26", "家裡停電，冰箱的東西會不會壞掉，什麼時候復電"),
            ((120.6603, 24.1880), "28 00:31", "北屯經貿路這邊停電半小時了"),
            (BLOCK_A, "28 00:52", "剛剛打過了，還是沒有電")]):
        po.append(s.c1999("power_outage", pos, T(t), "power", x, scatter_m=120))
    s.dup(po[2], 18)
    s.c1999("streetlight", road_point("jingmao", 0.45), T("28 00:21"), "power", "經貿路整排路燈都不亮，一片漆黑", scatter_m=100)
    s.c1999("traffic_signal", S("SN-SIG-005"), T("28 00:19"), "power", "經貿路黎明路口紅綠燈都不亮", scatter_m=40,
            alt="signals")
    s.c1999("traffic_signal", S("SN-SIG-008"), T("28 00:24"), "power", "中清環中路口號誌全暗，車子亂衝很危險", scatter_m=50,
            alt="signals")
    ps = s.police("traffic_signal_fault", S("SN-SIG-005"), T("28 00:28"), "power",
                  "經貿路黎明路口號誌因停電熄滅，派員以手勢指揮交通", severity="Moderate", alt="signals")
    # collision at the dark junction
    cr = s.device("cctv", "SN-CCTV-008", "accident", T("28 00:41"), "crash", "影像分析：疑似車輛碰撞", confidence=0.74)
    s.c1999("traffic_accident", S("SN-SIG-008"), T("28 00:44"), "crash", "中清環中路口紅綠燈不亮，兩台車撞到了", scatter_m=40)
    s.police("accident", S("SN-SIG-008"), T("28 00:47"), "crash", "中清路環中路口號誌熄滅，兩車擦撞，一人手部擦傷，已送醫",
             severity="Moderate", delay=540)
    # lift rescue
    lf = s.c1999("rescue", BLOCK_A, T("28 00:22"), "lift", "停電電梯卡在7樓跟8樓中間，裡面有2個人出不來", scatter_m=10, delay=90)
    f1 = s.f119("rescue", BLOCK_A, T("28 00:24"), "lift", "經貿路三段集合住宅 電梯停電受困2人，派遣西屯分隊")
    s.f119("rescue", BLOCK_A, T("28 00:39"), "lift", "到達現場", status="on_scene", follows=f1["key"])
    s.f119("rescue", BLOCK_A, T("28 01:02"), "lift", "受困2人已救出，無人受傷", status="closed", follows=f1["key"])
    # restoration
    for sid, t in (("SN-SIG-005", "28 01:35:20"), ("SN-SIG-006", "28 01:35:22"), ("SN-SIG-008", "28 01:36:05")):
        s.device("signal", sid, "restored", T(t), "power", f"{SENSORS[sid]['name']} 恢復正常", alt="signals", delay=15)
    s.status("SN-CCTV-006", "online", T("28 01:35:40"), "power", gateway=G)
    s.status("SN-VD-JINGMAO-01", "online", T("28 01:35:50"), "power", gateway=G)
    s.device("fire_alarm", "SN-FA-011", "normal", T("28 01:36"), "power", "主電源恢復")
    s.police("other", S("SN-SIG-005"), T("28 01:45"), "power", "台電搶修完成已復電，路口號誌恢復正常，警力撤離",
             severity="Minor", follows=ps["key"], alt="signals")
    # flood continuing on 經貿路
    s.rule("SN-WL-003", "water_level", T("28 00:35"), "jingmao", level="1")
    s.police("road_closure", road_point("jingmao", 0.75), T("28 00:50"), "jingmao", "經貿路(經貿七路至中平路)持續雙向封閉",
             severity="Severe")
    s.c1999("flooding", JM_LOW, T("28 01:05"), "jingmao", "經貿路還是淹，水都沒退", scatter_m=200)
    s.c1999("flooding", road_point("jingmao", 0.9), T("28 01:20"), "jingmao", "經貿路中平路口那台車還泡在水裡", scatter_m=80)
    # background
    s.rule("SN-RG-001", "heavy_rain", T("28 00:40"), None, level="大豪雨")
    s.c1999("noise", (120.6612, 24.1852), T("28 01:10"), None, "鄰居開發電機很吵", scatter_m=150)
    s.incidents = [
        inc("power", "infrastructure", "台電饋線跳脫：園區東北側停電，號誌熄滅、設備斷電離線、住戶停電；01:35復電",
            sig["SN-SIG-005"]["key"]),
        inc("crash", "traffic", "中清環中路口號誌熄滅時兩車擦撞，一人輕傷", cr["key"]),
        inc("lift", "rescue", "經貿路三段集合住宅停電電梯受困2人", lf["key"]),
        inc("jingmao", "flood", "經貿路淹水持續封閉(前一段延續)"),
    ]
    alt = [dict(i) for i in s.incidents] + [
        inc("signals", "traffic", "停電造成的號誌熄滅路口(經貿黎明、經貿七路、中清環中)，交通局/警察另案處理")]
    alt[0] = dict(alt[0], sufficient_evidence_key=None)
    s.alternative("號誌熄滅是停電造成的，本讀法併入停電一案；另一讀法由交通單位另開一案(號誌、CCTV黑燈、號誌1999與警察指揮)。", alt)
    s.notes = "停電設備的 gateway 以台電饋線代號 TPC-FDR-SN-NE12 表示(登錄表未列 gateway)。"
    return s


# ---------------------------------------------------------------------------------------------
def s1135():
    s = Situation(1135, "gateway_lost",
                  "凌晨(9/28 01:00-03:10)中央公園北側現場機箱(閘道器)進水斷訊，池內感測器、水位站、雨量站同時離線；"
                  "南側滯洪池水位升到二級；河南路淹水與一輛熄火車輛的救援；另有兩個單一設備故障。")
    G = "GW-CP-N01"
    s.rule("SN-WL-001", "water_level", T("28 01:05"), "ponds", level="2", alt="ponds")
    off = []
    for sid, t, reason in (("SN-FL-001", "28 01:12:05", None), ("SN-FL-002", "28 01:12:40", "comms_lost"),
                           ("SN-WL-001", "28 01:12:42", "comms_lost"), ("SN-RG-001", "28 01:13:10", None),
                           ("SN-PK-004", "28 01:13:15", "comms_lost")):
        off.append(s.status(sid, "offline", T(t), "gateway", reason=reason, gateway=G, alt="ponds",
                            text=f"{SENSORS[sid]['name']} 離線" + ("" if reason else "(last will)")))
    for sid, t in (("SN-FL-001", "28 01:32"), ("SN-FL-002", "28 01:33"), ("SN-WL-001", "28 01:33"),
                   ("SN-RG-001", "28 01:34")):
        s.rule(sid, "sensor_offline", T(t), "gateway", gateway=G, alt="ponds", delay=60)
    for sid, t in (("SN-FL-001", "28 02:52"), ("SN-FL-002", "28 02:52"), ("SN-WL-001", "28 02:53"),
                   ("SN-RG-001", "28 02:53"), ("SN-PK-004", "28 02:53")):
        s.status(sid, "online", T(t), "gateway", gateway=G, alt="ponds")
    s.rule("SN-WL-002", "water_level", T("28 01:30"), "ponds", level="2")
    s.rule("SN-FL-003", "flood_depth", T("28 01:20"), "ponds", level=">30")
    s.rule("SN-FL-004", "flood_depth", T("28 01:45"), "ponds", level=">30")
    s.rule("SN-FL-005", "flood_depth", T("28 02:05"), "ponds", level="16-30")
    # late catch-up: the north pond's readings buffered in the cabinet arrive when it comes back
    s.rule("SN-FL-002", "flood_depth", T("28 01:50"), "ponds", level=">30", gateway=G, delay=3900,
           text="中央公園滯洪池2 淹水深度 38 cm (補傳)")
    # 河南路 flood
    h = s.rule("SN-FL-007", "flood_depth", T("28 01:18"), "henan", level=">30")
    s.c1999("flooding", HENAN_LOW, T("28 01:25"), "henan", "河南路淹到車門了", scatter_m=120)
    s.device("cctv", "SN-CCTV-010", "flooding", T("28 01:28"), "henan", "影像分析：路面積水", confidence=0.86)
    hc = s.police("road_closure", HENAN_LOW, T("28 01:35"), "henan", "河南路二段(中平路至停車場)封閉，禁止車輛進入",
                  severity="Severe")
    s.rule("SN-VD-HENAN-02", "congestion", T("28 01:40"), "henan")
    s.c1999("flooding", HENAN_LOW, T("28 02:20"), "henan", "河南路水還是很深", scatter_m=150)
    # car stalled in the water
    car = offset(*HENAN_LOW, -120, -60)
    r1 = s.c1999("rescue", car, T("28 01:48"), "car", "我的車在河南路熄火，水淹到車門，我出不去", scatter_m=10, delay=60)
    f1 = s.f119("rescue", car, T("28 01:52"), "car", "河南路二段 車輛受困積水 1人，派遣救助隊")
    s.police("stalled_vehicle", car, T("28 01:55"), "car", "河南路二段封閉前已駛入車輛熄火受困，協助119", severity="Severe",
             follows=hc["key"], alt="henan")
    s.f119("rescue", car, T("28 02:06"), "car", "到達現場", status="on_scene", follows=f1["key"])
    s.f119("rescue", car, T("28 02:31"), "car", "駕駛已救出，無受傷，車輛留置待拖吊", status="closed", follows=f1["key"])
    # single-device faults
    s.status("SN-FL-010", "offline", T("28 01:40"), None, reason="battery_low")
    s.rule("SN-FL-010", "sensor_offline", T("28 02:00"), None)
    s.status("SN-VD-ZHONGPING-02", "offline", T("28 02:15"), None, reason="device_fault")
    s.rule("C0F9T0", "heavy_rain", T("28 01:50"), None, level="豪雨")
    s.c1999("other", (120.6530, 24.1790), T("28 02:40"), None, "颱風到底什麼時候會走", scatter_m=400)
    s.incidents = [
        inc("gateway", "infrastructure", "中央公園北側現場機箱 GW-CP-N01 進水斷訊：其下5台設備離線，02:52 重啟恢復", off[1]["key"]),
        inc("ponds", "flood", "中央公園滯洪池水位達二級警戒，池內淹水深度上升"),
        inc("henan", "flood", "河南路二段低窪處淹水超過30公分並封閉", h["key"]),
        inc("car", "rescue", "河南路二段車輛熄火受困1人，救助隊救出", r1["key"]),
    ]
    for it in s.items:
        if it["truth"] == "car":
            it["truth_alt"] = "henan"
    alt_inc = [dict(s.incidents[1], sufficient_evidence_key=None), dict(s.incidents[2])]
    s.alternative("機箱是被滯洪池的水淹到而斷訊：另一讀法把閘道器離線併入滯洪池事件(同一原因、同一現場)，"
                  "並把河南路受困車輛的救援併入河南路淹水一案(同一處積水)。", alt_inc)
    s.notes = ("閘道器以 gateway 欄位 GW-CP-N01 表示(登錄表未列 gateway)。FL-001、RG-001 的離線是 last will，"
               "沒有 reason。FL-010 電池低電量、VD-ZHONGPING-02 設備故障為單一設備維修，背景。")
    return s


# ---------------------------------------------------------------------------------------------
def s1136():
    s = Situation(1136, "calls_burst",
                  "暴雨高峰(9/28 01:30-02:40)1999來電湧入：黎明凱旋低窪處淹水、凱旋路路樹倒塌、環中路大型看板倒下、"
                  "北屯東側一處停電，夾雜經貿路仍淹水與許多無關來電。")
    # A: 黎明凱旋 low point
    a1 = s.rule("SN-FL-009", "flood_depth", T("28 01:35"), "liming", level="16-30")
    for t, x in (("28 01:38", "黎明路凱旋路口淹水了，水到膝蓋"), ("28 01:41", "凱旋路黎明路這邊車子泡在水裡"),
                 ("28 01:47", "黎明路三段積水，排水孔都在冒水"), ("28 01:55", "凱旋路口的水越來越高"),
                 ("28 02:06", "黎明凱旋路口還是淹水，有人騎機車摔倒"), ("28 02:12", "黎明路這邊一樓快淹進來了")):
        it = s.c1999("flooding", LK_LOW, T(t), "liming", x, scatter_m=180)
        if t == "28 01:47":
            s.dup(it, 22)
    s.c1999("blocked_drain", LK_LOW, T("28 01:50"), "liming", "黎明路的水溝被樹葉塞住，水排不掉", scatter_m=120)
    s.device("cctv", "SN-CCTV-007", "flooding", T("28 01:44"), "liming", "影像分析：路面積水", confidence=0.81)
    s.rule("SN-FL-009", "flood_depth", T("28 02:00"), "liming", level=">30")
    s.police("flooding_report", LK_LOW, T("28 02:03"), "liming", "黎明路凱旋路口積水約35公分，設置警示", severity="Severe")
    # B: tree on 凱旋路
    tree = road_point("kaixuan", 0.72)
    b = []
    for t, x in (("28 01:40", "凱旋路有大樹倒了，整個擋住"), ("28 01:43", "凱旋路往南的路樹倒在馬路上"),
                 ("28 01:52", "凱旋路那棵樹倒下來壓到電線"), ("28 02:09", "凱旋路倒樹還沒人來處理")):
        b.append(s.c1999("fallen_tree", tree, T(t), "tree", x, scatter_m=80))
    s.police("fallen_object", tree, T("28 01:58"), "tree", "凱旋路路樹倒塌佔用兩車道，已管制單線通行", severity="Severe")
    s.rule("SN-VD-KAIXUAN-02", "congestion", T("28 02:05"), "tree")
    # C: billboard on 環中路
    bb = offset(*S("SN-SIG-003"), -140, -40)
    c1 = s.device("cctv", "SN-CCTV-003", "fallen_object", T("28 01:46"), "billboard", "影像分析：車道掉落物", confidence=0.77)
    s.c1999("fallen_object", bb, T("28 01:49"), "billboard", "環中路中科路口附近大型廣告看板倒在馬路上", scatter_m=60)
    s.c1999("fallen_object", bb, T("28 01:57"), "billboard", "環中路有看板吹倒，外側車道不能走", scatter_m=80)
    s.police("fallen_object", bb, T("28 02:04"), "billboard", "環中路二段廣告看板倒塌佔用外側車道，通報建設局移除",
             severity="Moderate")
    # D: power pocket east of 中清路
    d = []
    for t, cat, x in (("28 01:33", "power_outage", "北屯這邊停電了"), ("28 01:36", "power_outage", "我家整條巷子都沒電"),
                      ("28 01:39", "power_outage", "停電了，請問是哪裡的問題"),
                      ("28 01:51", "streetlight", "這整條路燈都不亮，一片漆黑"),
                      ("28 02:02", "water_outage", "停電以後大樓水塔馬達不能打水，現在也沒水了"),
                      ("28 02:25", "power_outage", "剛剛打過了，還是沒電")):
        d.append(s.c1999(cat, BEITUN_EAST, T(t), "outage_east", x, scatter_m=200))
    # J: 經貿路 still flooded
    s.rule("SN-FL-008", "flood_depth", T("28 01:45"), "jingmao", level=">30")
    s.c1999("flooding", JM_LOW, T("28 01:58"), "jingmao", "經貿路淹水到現在還是沒退", scatter_m=200)
    s.c1999("flooding", road_point("jingmao", 0.85), T("28 02:18"), "jingmao", "經貿路三段的水一直沒退", scatter_m=120)
    # background
    for pos, t, cat, x in (((120.6531, 24.1911), "28 01:34", "other", "請問明天要上班嗎，有沒有放颱風假"),
                           ((120.6499, 24.1838), "28 01:42", "noise", "狗一直叫很吵"),
                           ((120.6560, 24.1920), "28 01:53", "other", "颱風假公布了嗎"),
                           ((120.6493, 24.1790), "28 02:01", "illegal_parking", "有人把車停在騎樓說是怕淹水，擋住出入"),
                           ((120.6617, 24.1866), "28 02:08", "other", "家裡窗戶一直漏水怎麼辦"),
                           ((120.6522, 24.1879), "28 02:15", "環境清潔", "垃圾桶被風吹倒滿地垃圾"),
                           ((120.6478, 24.1901), "28 02:22", "動物救援", "有一隻狗被綁在外面淋雨"),
                           ((120.6550, 24.1769), "28 02:30", "streetlight", "一盞路燈被風吹歪了")):
        s.c1999(cat, pos, T(t), None, x, scatter_m=100)
    s.incidents = [
        inc("liming", "flood", "黎明路凱旋路口低窪處淹水超過30公分", a1["key"]),
        inc("tree", "traffic", "凱旋路路樹倒塌佔用兩車道、壓到電線", b[1]["key"]),
        inc("billboard", "traffic", "環中路二段大型廣告看板倒塌佔用外側車道", c1["key"]),
        inc("outage_east", "infrastructure", "北屯中清路東側局部停電(巷弄、路燈、大樓水塔馬達)", d[2]["key"]),
        inc("jingmao", "flood", "經貿路淹水持續(前段延續)"),
    ]
    alt = [dict(i) for i in s.incidents if i["label"] != "outage_east"]
    s.alternative("北屯東側停電只有民眾來電、沒有任何設備佐證，位置也在園區外；另一讀法是轉台電的例行停電案，不開案(背景)。",
                  alt)
    for it in d:
        it["truth_alt"] = None
    s.notes = "停電一案以第三通來電為足夠證據(一兩通可能只是單戶跳電)。"
    return s


if __name__ == "__main__":
    for f in (s1131, s1132, s1133, s1134, s1135, s1136):
        sit = f()
        print(sit.n, sit.short, sit.write())
