"""Typhoon night, part 2: situations 1137-1142 (closures, the fire, rescues, the long night, dawn, clean-up). Seeded."""
from lib import Situation, SENSORS, T, road_point, offset

S = lambda sid: (SENSORS[sid]["lon"], SENSORS[sid]["lat"])  # noqa: E731
BLOCK_A, BLOCK_B = S("SN-FA-011"), S("SN-FA-012")
JM_LOW, HENAN_LOW, LK_LOW = S("SN-FL-008"), S("SN-FL-007"), S("SN-FL-009")
ZQ_UP, TW_UP = S("SN-FL-006"), S("SN-FL-010")
BEITUN_EAST = (120.6682, 24.1878)


def inc(label, type_, desc, key=None):
    return {"label": label, "type": type_, "description": desc, "sufficient_evidence_key": key}


def set_alt(s, truth, alt):
    for it in s.items:
        if it["truth"] == truth and "truth_alt" not in it:
            it["truth_alt"] = alt


# ---------------------------------------------------------------------------------------------
def s1137():
    s = Situation(1137, "police_closures",
                  "深夜(9/27 22:40-9/28 01:30)警方封閉兩處地下道：中清環中地下道(封閉前一車受困)與臺灣大道環中地下道；"
                  "封路造成中清路、環中路回堵一公里以上；中科路倒樹封路後重新開放。")
    u1 = s.rule("SN-FL-006", "flood_depth", T("27 22:44"), "zq_underpass", level="16-30")
    s.rule("SN-FL-006", "flood_depth", T("27 22:56"), "zq_underpass", level=">30")
    s.device("cctv", "SN-CCTV-008", "flooding", T("27 22:58"), "zq_underpass", "影像分析：路面積水", confidence=0.9)
    # a car trapped before the closure
    car = offset(*ZQ_UP, 30, -40)
    r1 = s.c1999("rescue", car, T("27 23:01"), "zq_car", "中清路地下道有一台車卡在水裡，裡面好像有人", scatter_m=40, delay=75)
    f1 = s.f119("rescue", car, T("27 23:03"), "zq_car", "中清路環中路口地下道 車輛受困1人，派遣特搜分隊")
    s.f119("rescue", car, T("27 23:14"), "zq_car", "到達現場，水深及車窗", status="on_scene", follows=f1["key"])
    s.f119("rescue", car, T("27 23:41"), "zq_car", "受困駕駛已救出，送醫觀察", status="closed", follows=f1["key"])
    c1 = s.police("road_closure", ZQ_UP, T("27 23:06"), "zq_underpass", "中清路環中路口地下道積水深，雙向封閉，車輛改走平面",
                  severity="Severe", delay=420)
    s.c1999("other", offset(*ZQ_UP, 150, 200), T("27 23:25"), "zq_underpass", "中清路地下道怎麼封起來了？要怎麼過去",
            scatter_m=200)
    s.rule("SN-VD-HUANZHONG-03", "congestion", T("27 23:15"), "zq_underpass")
    s.rule("SN-VD-ZHONGQING-01", "congestion", T("27 23:18"), "zq_underpass")
    s.rule("SN-VD-ZHONGQING-02", "congestion", T("27 23:40"), "zq_underpass",
           text="中清路車輛偵測器2 車速偏低，車流壅塞(回堵約1.6公里)")
    s.police("road_closure", ZQ_UP, T("28 00:30"), "zq_underpass", "中清路地下道持續封閉，抽水機抵達", severity="Severe",
             follows=c1["key"])
    # 臺灣大道 underpass
    w1 = s.rule("SN-FL-010", "flood_depth", T("27 23:10"), "tw_underpass", level="16-30")
    s.device("cctv", "SN-CCTV-009", "flooding", T("27 23:20"), "tw_underpass", "影像分析：路面積水", confidence=0.73)
    s.rule("SN-FL-010", "flood_depth", T("27 23:45"), "tw_underpass", level=">30")
    s.police("road_closure", TW_UP, T("27 23:55"), "tw_underpass", "臺灣大道環中路口地下道封閉，車輛改行平面道路",
             severity="Severe")
    s.rule("SN-VD-HUANZHONG-04", "congestion", T("28 00:10"), "tw_underpass",
           text="環中路車輛偵測器4 車速偏低(地下道封閉改道回堵)")
    s.c1999("other", offset(*TW_UP, 300, 250), T("28 00:18"), "tw_underpass", "臺灣大道地下道為什麼不能過，繞好遠",
            scatter_m=200)
    # 中科路 tree closure and reopening
    tree = road_point("zhongke", 0.55)
    k1 = s.police("road_closure", tree, T("27 23:50"), "tree", "中科路路樹倒塌，南下車道封閉，養工處鋸除中", severity="Moderate")
    s.c1999("fallen_tree", tree, T("27 23:44"), "tree", "中科路有樹倒在路上", scatter_m=60)
    s.police("road_reopened", tree, T("28 01:10"), "tree", "中科路倒樹已移除，恢復通行", severity="Minor",
             follows=k1["key"], delay=300)
    # background
    s.rule("SN-VD-HENAN-01", "congestion", T("28 00:40"), None, text="河南路車輛偵測器1 車速偏低(雨天偵測異常)")
    s.c1999("other", (120.6500, 24.1880), T("27 23:30"), None, "請問水湳哪裡有沙包可以領", scatter_m=300)
    s.c1999("illegal_parking", (120.6610, 24.1790), T("28 00:05"), None, "一堆車停到橋上避水擋住車道", scatter_m=200)
    s.rule("C0F9T0", "heavy_rain", T("27 23:00"), None, level="豪雨")
    s.c1999("other", (120.6543, 24.1950), T("28 00:50"), None, "明天轉運站客運有沒有停駛", scatter_m=150)
    s.incidents = [
        inc("zq_underpass", "flood", "中清路環中路口地下道積水超過30公分，雙向封閉，中清路回堵1.6公里", u1["key"]),
        inc("zq_car", "rescue", "封閉前駛入中清地下道的車輛受困1人，特搜救出", r1["key"]),
        inc("tw_underpass", "flood", "臺灣大道環中路口地下道積水封閉，環中路改道回堵", w1["key"]),
        inc("tree", "traffic", "中科路倒樹封閉南下車道，01:10 恢復通行"),
    ]
    set_alt(s, "zq_car", "zq_underpass")
    s.alternative("受困車輛就在封閉的地下道裡：另一讀法把救援併入地下道淹水一案(同一地點、同一起水)。",
                  [dict(s.incidents[0]), dict(s.incidents[2]), dict(s.incidents[3])])
    s.notes = "中清路VD2在地下道東南1.6公里：封路回堵的尾端，仍屬地下道事件。河南路VD1的夜間壅塞是雨天偵測異常，背景。"
    return s


# ---------------------------------------------------------------------------------------------
def s1138():
    s = Situation(1138, "fire_flooded_roads",
                  "凌晨(9/28 02:30-04:40)生態住宅B區集合住宅(96戶)火警，消防車因經貿路淹水封閉改由敦化路進入；"
                  "B區旁130公尺的經貿路低窪處仍淹水超過30公分。")
    s.rule("SN-FL-008", "flood_depth", T("28 02:35"), "jingmao", level=">30")
    s.police("road_closure", road_point("jingmao", 0.75), T("28 02:40"), "jingmao", "經貿路(經貿七路至中平路)持續雙向封閉",
             severity="Severe")
    a = s.device("fire_alarm", "SN-FA-012", "alarm", T("28 02:41:10"), "fire", "B區集合住宅 5F 偵煙式探測器動作")
    s.dup(a, 50)
    c1 = s.c1999("fire_smoke", BLOCK_B, T("28 02:43"), "fire", "敦化路B區大樓有煙，聞到燒焦味", scatter_m=60, delay=80)
    f1 = s.f119("fire", BLOCK_B, T("28 02:44"), "fire", "北屯區敦化路一段集合住宅火警，派遣第三大隊", delay=60)
    s.c1999("fire_smoke", BLOCK_B, T("28 02:46"), "fire", "五樓窗戶有火光，很多人跑下來", scatter_m=80)
    s.c1999("fire_smoke", BLOCK_A, T("28 02:49"), "fire", "對面B區大樓冒很多煙", scatter_m=40)
    s.c1999("fire_smoke", BLOCK_B, T("28 02:51"), "fire", "經貿路淹水消防車進不來，B區火災要快點", scatter_m=150, alt="fire")
    s.police("fire_report", BLOCK_B, T("28 02:52"), "fire", "敦化路一段集合住宅5樓火警，警方到場協助管制", severity="Severe")
    s.police("other", road_point("jingmao", 0.66), T("28 02:55"), "fire", "經貿路積水約40公分，引導消防車改道敦化路進入火場",
             severity="Moderate", alt="jingmao")
    s.f119("fire", BLOCK_B, T("28 03:01"), "fire", "到達現場，經貿路積水改由敦化路進入，5樓一戶起火", status="on_scene",
           follows=f1["key"])
    s.police("evacuation", BLOCK_B, T("28 03:02"), "fire", "B區住戶約60人疏散至A區大廳", severity="Severe")
    s.c1999("other", BLOCK_B, T("28 03:06"), "fire", "我媽住B區7樓，電話一直打不通", scatter_m=1500)
    s.f119("ambulance", BLOCK_B, T("28 03:15"), "fire", "住戶1人吸入濃煙，送中國醫藥大學附設醫院")
    s.f119("fire", BLOCK_B, T("28 03:32"), "fire", "火勢撲滅，殘火處理中", status="on_scene", follows=f1["key"])
    s.device("fire_alarm", "SN-FA-012", "normal", T("28 04:05"), "fire", "復歸")
    s.f119("fire", BLOCK_B, T("28 04:10"), "fire", "人車返隊", status="returning", follows=f1["key"])
    s.police("other", BLOCK_B, T("28 04:15"), "fire", "B區住戶返回住處，撤除管制", severity="Minor")
    s.f119("fire", BLOCK_B, T("28 04:32"), "fire", "案件結案", status="closed", follows=f1["key"])
    # the flood next door
    s.rule("SN-WL-003", "water_level", T("28 02:50"), "jingmao", level="1")
    s.c1999("flooding", JM_LOW, T("28 02:58"), "jingmao", "經貿路還是淹得很深", scatter_m=150)
    s.device("cctv", "SN-CCTV-011", "flooding", T("28 03:10"), "jingmao", "影像分析：路面積水", confidence=0.8)
    s.c1999("flooding", road_point("jingmao", 0.88), T("28 03:25"), "jingmao", "經貿路中平路口水還沒退", scatter_m=100)
    s.device("fire_alarm", "SN-FA-011", "fault", T("28 03:20"), None, "地下室幫浦室迴路進水 故障", alt="jingmao")
    s.rule("SN-FL-008", "flood_depth", T("28 04:20"), "jingmao", level="16-30")
    # background
    s.rule("SN-RG-001", "heavy_rain", T("28 02:45"), None, level="豪雨")
    s.c1999("noise", (120.6512, 24.1826), T("28 03:40"), None, "樓下有人一直按喇叭", scatter_m=200)
    s.status("SN-VD-ZHONGPING-01", "offline", T("28 03:00"), None, reason="comms_lost")
    s.incidents = [
        inc("fire", "fire", "生態住宅B區集合住宅5樓火警，60人疏散、1人嗆傷送醫；消防車繞道敦化路", a["key"]),
        inc("jingmao", "flood", "經貿路三段淹水持續封閉(離火場約130公尺)"),
    ]
    s.alternative("引導消防車改道的警察報告講的是經貿路積水，可讀為淹水事件的一部分；A區火警受信總機『迴路進水』故障可讀為淹水對建物的影響"
                  "(本讀法視為單一設備故障、背景)。", [dict(i) for i in s.incidents])
    s.notes = "找不到家人的來電(我媽住B區)以火災為由，歸火災；來電者本人位置不在現場。"
    return s


# ---------------------------------------------------------------------------------------------
def s1139():
    s = Situation(1139, "rescues",
                  "清晨前(9/28 03:30-05:40)多起救援：河南路旁低窪住宅長者受困(河南路淹水持續)、北屯停電戶使用製氧機的病人、"
                  "轉運中心旁路倒、環中路路樹壓車駕駛受困；北屯東側仍有住戶未復電。")
    s.rule("SN-FL-007", "flood_depth", T("28 03:35"), "henan", level=">30")
    s.police("road_closure", HENAN_LOW, T("28 03:40"), "henan", "河南路二段持續封閉", severity="Severe")
    s.device("cctv", "SN-CCTV-010", "flooding", T("28 03:50"), "henan", "影像分析：路面積水", confidence=0.84)
    s.c1999("flooding", HENAN_LOW, T("28 04:05"), "henan", "河南路水還是很深", scatter_m=150)
    # elderly couple, water in the house
    house = offset(*HENAN_LOW, -260, -90)
    e1 = s.c1999("rescue", house, T("28 03:44"), "elders", "家裡淹水淹到膝蓋，阿公阿嬤行動不便走不出去", scatter_m=15, delay=70)
    f1 = s.f119("rescue", house, T("28 03:47"), "elders", "河南路二段巷內民宅淹水 2名長者受困，派遣橡皮艇")
    s.c1999("rescue", house, T("28 03:58"), "elders", "剛剛打過了，我爸媽還在裡面，水一直漲", scatter_m=15)
    s.f119("rescue", house, T("28 04:06"), "elders", "到達現場", status="on_scene", follows=f1["key"])
    s.police("evacuation", house, T("28 04:20"), "elders", "協助消防局以橡皮艇撤離長者2人至安置處所", severity="Moderate")
    s.f119("rescue", house, T("28 04:35"), "elders", "2人已撤離，無受傷", status="closed", follows=f1["key"])
    # oxygen concentrator
    ox = offset(*BEITUN_EAST, 80, -40)
    o1 = s.c1999("power_outage", ox, T("28 03:52"), "oxygen", "停電製氧機不能用，我爸現在喘得很厲害", scatter_m=10, delay=60)
    f2 = s.f119("ambulance", ox, T("28 03:55"), "oxygen", "北屯區民宅 停電製氧機停止 病患呼吸喘，派遣救護車")
    s.f119("ambulance", ox, T("28 04:08"), "oxygen", "到達現場", status="on_scene", follows=f2["key"])
    s.f119("ambulance", ox, T("28 04:30"), "oxygen", "送往中國醫藥大學附設醫院", status="closed", follows=f2["key"])
    # power still out east of 中清路
    pd = []
    for t, x in (("28 03:38", "到現在還是沒電，已經兩個小時了"), ("28 04:02", "北屯這邊停電什麼時候會修好"),
                 ("28 04:40", "還是沒電，冰箱都退冰了")):
        pd.append(s.c1999("power_outage", BEITUN_EAST, T(t), "outage_east", x, scatter_m=200))
    # fall near the hub
    hub = offset(*S("SN-PK-001"), 60, -50)
    m1 = s.police("medical", hub, T("28 04:18"), "fall", "轉運中心前民眾雨中滑倒頭部受傷，請求救護", severity="Moderate", delay=240)
    f3 = s.f119("ambulance", hub, T("28 04:20"), "fall", "水湳轉運中心前 路倒頭部外傷")
    s.f119("ambulance", hub, T("28 04:48"), "fall", "送醫", status="closed", follows=f3["key"])
    # tree on a car, 環中路
    tr = offset(*S("SN-SIG-002"), 120, 20)
    t1 = s.f119("rescue", tr, T("28 05:08"), "tree_car", "環中路二段路樹倒塌壓住自小客車，駕駛受困")
    s.c1999("fallen_tree", tr, T("28 05:06"), "tree_car", "環中路凱旋路口大樹倒下來壓到一台車", scatter_m=40, delay=120)
    s.device("cctv", "SN-CCTV-002", "fallen_object", T("28 05:07"), "tree_car", "影像分析：車道掉落物", confidence=0.69)
    s.police("injury_accident", tr, T("28 05:15"), "tree_car", "環中路路樹倒塌壓車，駕駛受困，封閉外側兩車道",
             severity="Severe")
    s.f119("rescue", tr, T("28 05:20"), "tree_car", "到達現場，破壞器材救出駕駛", status="on_scene", follows=t1["key"])
    s.rule("SN-VD-HUANZHONG-02", "congestion", T("28 05:30"), "tree_car")
    # background
    s.rule("C0F9T0", "heavy_rain", T("28 03:40"), None, level="大雨")
    s.c1999("other", (120.6560, 24.1830), T("28 04:50"), None, "請問今天有停班停課嗎", scatter_m=300)
    s.c1999("streetlight", road_point("liming", 0.6), T("28 05:10"), None, "黎明路一盞路燈不亮", scatter_m=30)
    s.rule("SN-VD-HUANZHONG-01", "congestion", T("28 05:35"), None)
    s.incidents = [
        inc("henan", "flood", "河南路二段淹水持續封閉"),
        inc("elders", "rescue", "河南路旁民宅淹水，2名長者以橡皮艇撤離", e1["key"]),
        inc("oxygen", "rescue", "停電製氧機停止，病患呼吸喘送醫", o1["key"]),
        inc("outage_east", "infrastructure", "北屯中清路東側局部停電持續", pd[1]["key"]),
        inc("fall", "rescue", "轉運中心前民眾滑倒頭部外傷", m1["key"]),
        inc("tree_car", "rescue", "環中路凱旋路口路樹壓車，駕駛受困救出，外側兩車道封閉", t1["key"]),
    ]
    set_alt(s, "elders", "henan")
    s.alternative("長者受困的民宅在河南路淹水區內260公尺：另一讀法把撤離併入河南路淹水一案(同一起積水的處置)。"
                  "製氧機病人在同一停電區內，本讀法兩讀都另案(救護)。",
                  [dict(i) for i in s.incidents if i["label"] != "elders"])
    s.notes = "路樹壓車有人受困，以救援為主(rescue)；警方用 injury_accident 類別。環中路VD1 05:35 的壅塞在凱旋路口西北1公里外，視為背景。"
    return s


# ---------------------------------------------------------------------------------------------
def s1140():
    s = Situation(1140, "long_night_jingmao",
                  "整夜(9/27 20:30-9/28 07:30)三件長事件：經貿路淹水(排水水位三級→一級→解除，封路9小時後恢復通行)、"
                  "中央公園滯洪池警戒、筏子溪水位警戒。機箱斷訊後補傳的資料晚一小時到、順序錯亂。")
    R = lambda *a, **k: s.rule(*a, **k)  # noqa: E731
    j1 = R("SN-WL-003", "water_level", T("27 20:50"), "jingmao", level="3")
    R("SN-FL-008", "flood_depth", T("27 21:05"), "jingmao", level="1-15")
    R("SN-WL-003", "water_level", T("27 21:35"), "jingmao", level="2")
    R("SN-FL-008", "flood_depth", T("27 21:40"), "jingmao", level="16-30")
    fp = s.police("flooding_report", JM_LOW, T("27 21:50"), "jingmao", "經貿路三段積水約20公分", severity="Moderate")
    s.rule("SN-VD-JINGMAO-02", "congestion", T("27 21:55"), "jingmao")
    big = R("SN-FL-008", "flood_depth", T("27 22:35"), "jingmao", level=">30")
    s.dup(big, 95)
    s.device("cctv", "SN-CCTV-006", "flooding", T("27 22:50"), "jingmao", "影像分析：路面積水", confidence=0.78)
    R("SN-WL-003", "water_level", T("27 23:05"), "jingmao", level="1")
    s.device("cctv", "SN-CCTV-011", "flooding", T("27 23:10"), "jingmao", "影像分析：路面積水", confidence=0.83)
    cl = s.police("road_closure", road_point("jingmao", 0.75), T("27 23:20"), "jingmao",
                  "經貿路(經貿七路至中平路)雙向封閉", severity="Severe", follows=fp["key"])
    for t, f, x in (("27 21:20", 0.62, "經貿路開始積水"), ("27 22:47", 0.55, "經貿路整條都是水"),
                    ("28 00:30", 0.66, "經貿路淹水很久了都沒人處理嗎"), ("28 02:10", 0.62, "剛剛打過了，經貿路還是淹"),
                    ("28 04:45", 0.7, "經貿路水有退一點了，還是不能走")):
        s.c1999("flooding", road_point("jingmao", f), T(t), "jingmao", x, scatter_m=100)
    # late, out of order: buffered alerts arrive together at 06:05
    R("SN-WL-003", "water_level", T("28 04:10"), "jingmao", level="2", delay=6900)
    R("SN-FL-008", "flood_depth", T("28 04:30"), "jingmao", level="16-30", delay=5700)
    R("SN-FL-008", "flood_depth", T("28 05:40"), "jingmao", level="1-15", delay=1500)
    R("SN-WL-003", "water_level", T("28 05:20"), "jingmao", level="3", delay=2700)
    R("SN-WL-003", "cleared", T("28 06:30"), "jingmao")
    R("SN-FL-008", "cleared", T("28 06:50"), "jingmao")
    s.police("road_reopened", road_point("jingmao", 0.75), T("28 06:40"), "jingmao",
             "經貿路積水退去，清除淤泥後恢復雙向通行", severity="Minor", follows=cl["key"], delay=420)
    s.c1999("環境清潔", road_point("jingmao", 0.7), T("28 06:55"), "jingmao", "經貿路水退了但路面都是泥巴，機車很滑",
            scatter_m=150, alt=None)
    # ponds
    p1 = R("SN-WL-001", "water_level", T("27 21:10"), "ponds", level="3", alt=None)
    R("SN-WL-002", "water_level", T("27 21:25"), "ponds", level="3", alt=None)
    R("SN-WL-001", "water_level", T("27 23:30"), "ponds", level="2", alt=None)
    R("SN-FL-003", "flood_depth", T("27 23:50"), "ponds", level=">30", alt=None)
    R("SN-WL-002", "water_level", T("28 00:40"), "ponds", level="2", alt=None)
    R("SN-WL-001", "water_level", T("28 04:00"), "ponds", level="3", alt=None)
    R("SN-WL-001", "cleared", T("28 06:00"), "ponds", alt=None)
    R("SN-WL-002", "cleared", T("28 06:10"), "ponds", alt=None)
    # Fazi river
    f1 = R("SN-WL-004", "water_level", T("27 21:45"), "fazi", level="3")
    R("SN-WL-004", "water_level", T("28 00:50"), "fazi", level="2")
    R("SN-WL-004", "water_level", T("28 03:30"), "fazi", level="3")
    R("SN-WL-004", "cleared", T("28 05:50"), "fazi")
    # background
    for sid, t, lv in (("SN-RG-001", "27 20:40", "豪雨"), ("C0F9T0", "27 21:00", "豪雨"), ("SN-RG-001", "28 00:30", "大豪雨"),
                       ("SN-RG-003", "27 22:10", "豪雨")):
        R(sid, "heavy_rain", T(t), None, level=lv)
    R("C0F9T0", "cleared", T("28 06:00"), None)
    R("SN-VD-JINGMAO-01", "congestion", T("28 07:15"), None, text="經貿路車輛偵測器1 車速偏低(上班尖峰)")
    s.c1999("other", (120.6540, 24.1900), T("28 06:30"), None, "今天要不要上班", scatter_m=300)
    s.incidents = [
        inc("jingmao", "flood", "經貿路三段淹水整夜：區域排水三級→一級→解除，封路約7小時，06:40 恢復通行", j1["key"]),
        inc("ponds", "flood", "中央公園滯洪池三級/二級警戒(監看)，06:10 解除", p1["key"]),
        inc("fazi", "flood", "筏子溪西屯水位站三級→二級→三級→解除", f1["key"]),
    ]
    s.alternative("滯洪池蓄洪可視為設施正常運作不成案；水退後『路面都是泥巴』的清潔案可視為例行清潔(背景)。",
                  [dict(s.incidents[0]), dict(s.incidents[2])])
    s.notes = "04:10-05:40 的補傳警報(觀測時間早、到達時間晚)仍屬經貿路淹水；到達時事件已在收尾。"
    return s


# ---------------------------------------------------------------------------------------------
def s1141():
    s = Situation(1141, "dawn_recession",
                  "天亮(9/28 05:30-08:30)水退：兩處地下道解除封閉；中清環中路口號誌控制箱進水，復電後仍不亮，上班車流回堵；"
                  "凱旋路倒樹仍佔用車道，排定搶修。")
    s.rule("SN-FL-006", "flood_depth", T("28 05:35"), "zq_underpass", level="16-30")
    u = s.police("road_closure", ZQ_UP, T("28 06:00"), "zq_underpass", "中清路地下道仍封閉，抽水、清淤中", severity="Moderate")
    s.rule("SN-FL-006", "flood_depth", T("28 06:10"), "zq_underpass", level="1-15")
    s.rule("SN-FL-006", "cleared", T("28 06:45"), "zq_underpass")
    s.police("road_reopened", ZQ_UP, T("28 07:05"), "zq_underpass", "中清路地下道清淤完成，恢復通行", severity="Minor",
             follows=u["key"])
    # signal at the same junction
    g1 = s.device("signal", "SN-SIG-008", "fault", T("28 05:50"), "signal8", "中清路/環中路 號誌 故障：控制器無回應",
                  alt="zq_underpass")
    s.device("cctv", "SN-CCTV-008", "signal_dark", T("28 06:20"), "signal8", "影像分析：號誌未亮", confidence=0.83,
             alt="zq_underpass")
    for t, x in (("28 06:40", "中清環中路口紅綠燈不亮"), ("28 07:02", "中清路環中路口號誌壞了，車子亂成一團"),
                 ("28 07:20", "中清環中路口紅綠燈到現在還是不亮")):
        s.c1999("traffic_signal", S("SN-SIG-008"), T(t), "signal8", x, scatter_m=60, alt="zq_underpass")
    s.police("traffic_signal_fault", S("SN-SIG-008"), T("28 07:10"), "signal8", "中清環中路口號誌控制箱進水故障，派員指揮交通，通知廠商",
             severity="Moderate", alt="zq_underpass")
    s.rule("SN-VD-HUANZHONG-03", "congestion", T("28 07:30"), "signal8", alt="zq_underpass")
    s.rule("SN-VD-ZHONGQING-01", "congestion", T("28 07:35"), None, alt=None)
    s.device("signal", "SN-SIG-008", "restored", T("28 08:15"), "signal8", "中清路/環中路 號誌 恢復正常", alt="zq_underpass")
    # 臺灣大道 underpass
    s.rule("SN-FL-010", "flood_depth", T("28 05:32"), "tw_underpass", level="1-15")
    w = s.police("road_closure", TW_UP, T("28 05:45"), "tw_underpass", "臺灣大道地下道持續封閉，清除淤泥", severity="Moderate")
    s.rule("SN-FL-010", "cleared", T("28 06:20"), "tw_underpass")
    s.police("road_reopened", TW_UP, T("28 06:35"), "tw_underpass", "臺灣大道環中路口地下道恢復通行", severity="Minor",
             follows=w["key"])
    # tree on 凱旋路
    tree = road_point("kaixuan", 0.72)
    k = s.c1999("fallen_tree", tree, T("28 06:30"), "tree", "凱旋路的倒樹到現在還沒清，只剩一個車道", scatter_m=60)
    s.police("fallen_object", tree, T("28 06:50"), "tree", "凱旋路倒樹仍佔用兩車道，單線管制", severity="Moderate")
    s.report("planned_event", "road_works", tree, T("28 08:00"), "tree", "凱旋路倒樹移除緊急搶修，封閉外側兩車道",
             delay=-1200, ends=T("28 12:00"), radius_m=150, alt=None)
    s.rule("SN-VD-KAIXUAN-02", "congestion", T("28 07:45"), "tree")
    # background
    s.rule("C0F9T0", "cleared", T("28 06:00"), None)
    s.rule("SN-VD-HUANZHONG-01", "congestion", T("28 07:40"), None)
    s.rule("SN-VD-HENAN-01", "congestion", T("28 07:50"), None)
    s.c1999("other", (120.6540, 24.1900), T("28 06:15"), None, "今天到底有沒有上班", scatter_m=300)
    s.c1999("streetlight", road_point("zhongke", 0.3), T("28 06:50"), None, "中科路一盞路燈被吹歪了", scatter_m=30)
    s.c1999("road_damage", road_point("liming", 0.7), T("28 07:25"), None, "黎明路有一個坑洞", scatter_m=40)
    s.device("parking", "SN-PK-001", "full", T("28 08:10"), None, "水湳轉運中心停車場 汽車車位已滿")
    s.incidents = [
        inc("zq_underpass", "flood", "中清地下道水退、清淤，07:05 恢復通行", u["key"]),
        inc("signal8", "traffic", "中清環中路口號誌控制箱進水故障，上班尖峰警察指揮，08:15 修復", g1["key"]),
        inc("tw_underpass", "flood", "臺灣大道地下道清淤後 06:35 恢復通行", w["key"]),
        inc("tree", "traffic", "凱旋路倒樹仍佔用兩車道，排定 08:00-12:00 搶修"),
    ]
    s.alternative("號誌故障是地下道淹水使控制箱進水，兩者同一路口：另一讀法併為一案；凱旋路搶修許可是預定作業、不算證據(背景)；"
                  "中清路VD1 07:35 壅塞本讀法視為尖峰背景。",
                  [dict(s.incidents[0]), dict(s.incidents[2]), dict(s.incidents[3])])
    s.notes = "地下道封閉報告是延續前夜的封閉，在本檔中是第一筆足夠證據。"
    return s


# ---------------------------------------------------------------------------------------------
def s1142():
    s = Situation(1142, "morning_cleanup",
                  "颱風後早上(9/28 08:00-12:00)清理：中央公園北側地下停車場淹水抽水、經貿路路面塌陷緊急修復、"
                  "河南路泥濘機車滑倒；其餘是大量例行清潔、路燈、公園內倒樹案件與上班車流。")
    p = s.device("parking", "SN-PK-004", "closed", T("28 08:05"), "carpark", "中央公園地下停車場(北) 地下室積水，暫停開放")
    s.device("fire_alarm", "SN-FA-007", "fault", T("28 07:58"), "carpark", "幫浦室進水 故障")
    for t, x in (("28 08:12", "中央公園地下停車場淹水，我的車泡在水裡"), ("28 08:30", "地下停車場B2都是水，車子開不出來"),
                 ("28 09:05", "停車場什麼時候可以抽完水")):
        s.c1999("flooding", S("SN-PK-004"), T(t), "carpark", x, scatter_m=80)
    f = s.f119("rescue", S("SN-PK-004"), T("28 08:40"), "carpark", "中央公園地下停車場積水，派遣抽水機協助")
    s.f119("rescue", S("SN-PK-004"), T("28 11:20"), "carpark", "抽水完成", status="closed", follows=f["key"])
    s.device("parking", "SN-PK-004", "empty", T("28 11:40"), "carpark", "中央公園地下停車場(北) 車輛移出")
    # road collapse on 經貿路
    rc = road_point("jingmao", 0.63)
    r1 = s.police("road_collapse", rc, T("28 09:10"), "collapse", "經貿路三段路面塌陷約1公尺見方，封閉內側車道", severity="Severe")
    s.c1999("road_damage", rc, T("28 09:02"), "collapse", "經貿路路面塌陷一個大洞，很危險", scatter_m=50, delay=200)
    s.c1999("road_damage", rc, T("28 09:15"), "collapse", "經貿路敦化路口附近馬路陷下去", scatter_m=80)
    s.rule("SN-VD-JINGMAO-02", "congestion", T("28 09:25"), "collapse")
    s.report("planned_event", "road_works", rc, T("28 10:00"), "collapse", "經貿路三段路面塌陷緊急修復，封閉內側車道",
             delay=-600, ends=T("28 18:00"), radius_m=100, alt=None)
    # scooter on mud
    sk = offset(*S("SN-SIG-010"), 80, 60)
    a1 = s.police("injury_accident", sk, T("28 08:40"), "skid", "河南路中平路口機車因路面泥濘滑倒，騎士腳部擦傷", severity="Moderate")
    s.f119("ambulance", sk, T("28 08:38"), "skid", "河南路中平路口 機車自摔 1人受傷")
    s.device("cctv", "SN-CCTV-010", "accident", T("28 08:37"), "skid", "影像分析：疑似事故", confidence=0.67)
    s.c1999("road_damage", sk, T("28 08:55"), "skid", "河南路口都是泥巴，剛剛才有人摔車", scatter_m=60)
    # park trees (inside the park, not on the road)
    s.c1999("fallen_tree", (120.6562, 24.1845), T("28 08:50"), None, "中央公園裡面步道倒了好幾棵樹", scatter_m=150,
            alt="park_trees")
    s.c1999("公園路樹", (120.6568, 24.1800), T("28 09:40"), None, "公園南邊有樹倒在步道上", scatter_m=150, alt="park_trees")
    # routine clean-up and morning traffic
    for pos, t, cat, x in ((road_point("liming", 0.5), "28 08:20", "環境清潔", "路邊堆滿樹枝落葉"),
                           (road_point("zhongke", 0.2), "28 08:45", "環境清潔", "人行道上都是斷掉的樹枝"),
                           (road_point("kaixuan", 0.4), "28 09:30", "blocked_drain", "水溝被落葉塞住"),
                           ((120.6610, 24.1790), "28 09:50", "blocked_drain", "巷子水溝蓋上都是泥沙"),
                           (road_point("henan", 0.5), "28 10:10", "streetlight", "河南路路燈被吹歪"),
                           (road_point("liming", 0.8), "28 10:30", "streetlight", "黎明路一盞路燈不亮"),
                           ((120.6530, 24.1870), "28 10:50", "noise", "清潔隊鋸樹很吵"),
                           ((120.6500, 24.1920), "28 11:10", "環境清潔", "颱風垃圾什麼時候來收")):
        s.c1999(cat, pos, T(t), None, x, scatter_m=80)
    s.rule("SN-VD-HUANZHONG-02", "congestion", T("28 08:15"), None)
    s.rule("SN-VD-ZHONGQING-01", "congestion", T("28 08:20"), None)
    s.status("SN-VD-HENAN-02", "online", T("28 10:20"), None, text="河南路車輛偵測器2 維修完成 連線恢復")
    s.device("parking", "SN-PK-001", "full", T("28 08:30"), None, "水湳轉運中心停車場 汽車車位已滿")
    s.incidents = [
        inc("carpark", "flood", "中央公園北側地下停車場淹水：關閉、消防抽水、車輛移出", p["key"]),
        inc("collapse", "infrastructure", "經貿路三段水退後路面塌陷，封閉內側車道緊急修復", r1["key"]),
        inc("skid", "traffic", "河南路中平路口泥濘機車自摔1人受傷"),
    ]
    s.alternative("公園步道內的倒樹不在道路上，本讀法是例行公園路樹案(背景)；另一讀法以一案統籌公園內倒樹清理。"
                  "經貿路緊急修復許可本讀法算塌陷一案，另一讀法是預定作業(背景)。",
                  [dict(i) for i in s.incidents] + [inc("park_trees", "infrastructure", "中央公園內多處倒樹清理")])
    s.notes = "單一路燈、落葉堵塞水溝、颱風垃圾等例行清理案件為背景；上班車流為背景。"
    return s


if __name__ == "__main__":
    for f in (s1137, s1138, s1139, s1140, s1141, s1142):
        sit = f()
        print(sit.n, sit.short, sit.write())
