"""Situations 1877-1882 (seeded)."""
import datetime as dt
from lib import *

def M(t, minutes):
    return t + dt.timedelta(minutes=minutes)

# ---------------------------------------------------------------- 1877
def s1877():
    s = Sit(1877, "stolen_car_chase", 1877)
    rng = s.rng
    t0 = T("2016-04-23 01:30:00")
    J74 = (120.64728, 24.19591); JC = junction("環中路", "中清路"); JQP = junction("中清路", "中平路")
    a1 = s.add("incident", "theft", "A", M(t0, 0), pos=offset(J74, -200, -150), severity="Severe",
               text="西屯分局巡邏車發現通報失竊自小客車（黑色，車號ABC-1234），拒檢逃逸，沿環中路往東追緝中。")
    s.add("cctv", "wrong_way", "A", M(t0, 2), sensor="SN-CCTV-002", confidence=0.62, text="影像分析：偵測逆向行駛車輛")
    s.add("1999", "other", "A", M(t0, 3), pos=scatter(rng, offset(junction("中科路", "環中路"), 30, 30), 40),
          text="環中路有台黑色車開超快闖紅燈，後面警車在追。")
    s.add("cctv", "wrong_way", "A", M(t0, 3), sensor="SN-CCTV-004", confidence=0.74, text="影像分析：偵測逆向行駛車輛")
    s.add("incident", "theft", "A", M(t0, 5), pos=offset(JC, 20, -40), severity="Severe", follows=a1["key"],
          text="嫌車於環中路中清路口右轉中清路南向，持續追緝，請沿線警網攔截。")
    s.add("cctv", "wrong_way", "A", M(t0, 5), sensor="SN-CCTV-008", confidence=0.55, text="影像分析：偵測逆向行駛車輛")
    s.add("1999", "noise", "A", M(t0, 7), pos=scatter(rng, (120.6640, 24.1865), 60), alt=None,
          text="中清路上有車子飆車，聲音很大，還有警笛。")
    kc = s.add("incident", "injury_accident", "A", M(t0, 9), pos=offset(JQP, -30, 40), severity="Severe", follows=a1["key"], alt="A2",
               text="嫌車於中清路中平路口自撞分隔島，駕駛受傷，已壓制逮捕，另一名乘客逃逸。")["key"]
    s.add("119", "ambulance", "A", M(t0, 10), pos=offset(JQP, -25, 45), key="1877-119-A1", alt="A2",
          text="中清路中平路口 車禍 駕駛頭部撕裂傷，派遣救護車（警方在場）。")
    s.add("1999", "traffic_accident", "A", M(t0, 12), pos=scatter(rng, JQP, 50), alt="A2",
          text="中清路中平路口有車撞到安全島，很多警車。")
    s.add("119", "ambulance", "A", M(t0, 31), pos=offset(JQP, -25, 45), status="returning", follows="1877-119-A1", alt="A2",
          text="傷者送醫，由員警戒護。")
    s.add("incident", "theft", "A", M(t0, 40), pos=(120.6705, 24.1745), severity="Moderate", follows=a1["key"],
          text="逃逸乘客於中平路旱溪附近巷內尋獲，帶回偵辦。")
    # B: fight at the park
    PB = (120.6517, 24.1885)
    b1 = s.add("1999", "noise", "B", M(t0, 38), pos=scatter(rng, PB, 40),
               text="凱旋路公園旁一群年輕人在吵架，好像要打起來了，很大聲。")
    s.add("incident", "public_disturbance", "B", M(t0, 47), pos=PB, severity="Moderate",
          text="凱旋路中央公園旁 少年聚眾鬥毆，帶回3人。")
    noise_1999(s, M(t0, -60), M(t0, 120), 8, avoid=("中清路",))
    s.add("status", "offline", None, M(t0, 70), sensor="SN-VD-ZHONGQING-02", reason="comms_lost", text="通訊中斷")
    s.add("status", "online", None, M(t0, 73), sensor="SN-VD-ZHONGQING-02", text="恢復連線")
    noise_congestion(s, M(t0, -50), M(t0, 100), 2, vds=["SN-VD-HENAN-01"])
    s.write("凌晨，警方追緝失竊車：由台74線下環中路往東，中清路口轉南，至中清路中平路口自撞。攝影機一路判為逆向；"
            "民眾報案散在沿線；另有公園少年鬥毆。",
            [inc("A", "public_safety", "追緝失竊車（沿環中路、中清路移動）至自撞逮捕", a1["key"]),
             inc("B", "public_safety", "凱旋路公園旁少年鬥毆", b1["key"])],
            alternative={"why": "追緝結束於自撞，車禍與救護可另開交通事故案；飆車聲的噪音陳情可不列入。",
                         "incidents": [inc("A", "public_safety", "追緝失竊車", a1["key"]),
                                       inc("A2", "traffic", "中清路中平路口嫌車自撞（救護）", kc),
                                       inc("B", "public_safety", "凱旋路公園旁少年鬥毆", b1["key"])]})

# ---------------------------------------------------------------- 1878
def s1878():
    s = Sit(1878, "drifting_smoke_plume", 1878)
    rng = s.rng
    t0 = T("2016-12-20 15:10:00")
    F = (120.6592, 24.2012)   # recycling yard north of 環中路 by 中清路
    c1 = s.add("cctv", "smoke", "A", M(t0, 1), sensor="SN-CCTV-008", confidence=0.88, text="影像分析：畫面東北側大量煙霧")
    s.add("119", "fire", "A", M(t0, 2), pos=F, key="1878-119-A1", text="北屯區環中路旁資源回收場火警，堆置物燃燒，派遣3個分隊。")
    s.add("1999", "fire_smoke", "A", M(t0, 4), pos=scatter(rng, offset(F, 80, 60), 40),
          text="環中路旁邊回收場燒起來了，火很大！")
    s.add("119", "fire", "A", M(t0, 10), pos=F, status="on_scene", follows="1878-119-A1", text="到達現場，回收物堆燃燒約300平方公尺，無人受困。")
    s.add("incident", "road_closure", "A", M(t0, 14), pos=junction("環中路", "中清路"), severity="Moderate",
          text="環中路中清路口東向配合消防車作業封閉內側車道。")
    s.add("rule", "congestion", "A", M(t0, 18), sensor="SN-VD-HUANZHONG-03", severity="Moderate", text="環中路車輛偵測器3 平均車速低於門檻")
    s.add("rule", "congestion", "A", M(t0, 20), sensor="SN-VD-ZHONGQING-01", severity="Moderate", text="中清路車輛偵測器1 平均車速低於門檻")
    # plume drifts SW with the NE monsoon
    s.add("cctv", "smoke", "A", M(t0, 20), sensor="SN-CCTV-005", confidence=0.51, text="影像分析：畫面瀰漫煙霧")
    s.add("1999", "fire_smoke", "A", M(t0, 15), pos=scatter(rng, junction("經貿路", "黎明路"), 60),
          text="經貿路黎明路這邊整片煙飄過來，很嗆，是哪裡失火？")
    s.add("1999", "gas_odor", "A", M(t0, 22), pos=scatter(rng, (120.6551, 24.1944), 50),
          text="會展中心外面聞到很重的燒塑膠味，眼睛很刺。")
    b1 = s.add("fire_alarm", "alarm", "B", M(t0, 25), sensor="SN-FA-001", alt="A",
               text="水湳轉運中心 火警受信總機 第2區 偵煙探測器動作（空調外氣口）")
    s.add("1999", "fire_smoke", "B", M(t0, 27), pos=scatter(rng, (120.6530, 24.1970), 30), alt="A",
          text="轉運站裡面火警鈴一直響，大家都跑出來了，外面也都是煙。")
    s.add("119", "fire", "B", M(t0, 28), pos=(120.6529, 24.1973), key="1878-119-B1", alt="A",
          text="水湳轉運中心火警受信總機動作，派遣西屯分隊查看。")
    s.add("119", "fire", "B", M(t0, 39), pos=(120.6529, 24.1973), status="closed", follows="1878-119-B1", alt="A",
          text="查看結果：外部火場煙霧由空調外氣口進入觸發偵煙器，非建物火災，已關閉外氣。")
    s.add("fire_alarm", "normal", "B", M(t0, 41), sensor="SN-FA-001", alt="A", text="水湳轉運中心 火警受信總機 復歸")
    s.add("cctv", "smoke", "A", M(t0, 35), sensor="SN-CCTV-006", confidence=0.37, text="影像分析：畫面疑似煙霧")
    s.add("1999", "fire_smoke", "A", M(t0, 50), pos=scatter(rng, (120.6572, 24.1910), 40),
          text="綠美圖外面好多煙，小孩在公園裡，是不是要先進室內？煙從北邊飄過來的。")
    s.add("1999", "other", "A", M(t0, 63), pos=scatter(rng, (120.6548, 24.1870), 60),
          text="中央公園這邊空氣很差，一股燒焦味，請問北邊火災撲滅了沒？")
    s.add("119", "fire", "A", M(t0, 140), pos=F, status="returning", follows="1878-119-A1", text="火勢撲滅，留守一車殘火處理。")
    s.add("incident", "road_reopened", "A", M(t0, 146), pos=junction("環中路", "中清路"), severity="Minor",
          text="環中路中清路口東向內側車道恢復通行。")
    # C: unrelated fall at eco block A
    c3 = s.add("119", "ambulance", "C", M(t0, 70), pos=(120.6589, 24.1838), text="水湳生態住宅A區 八旬老翁在家跌倒，頭部外傷出血（非火警相關）。")
    s.add("119", "ambulance", "C", M(t0, 92), pos=(120.6589, 24.1838), status="returning", follows=c3["key"], text="傷者送醫。")
    noise_1999(s, M(t0, -30), M(t0, 150), 8)
    s.add("parking", "full", None, M(t0, 30), sensor="SN-PK-006", text="臺中國際會展中心停車場 車位已滿")
    noise_congestion(s, M(t0, 100), M(t0, 150), 3, vds=["SN-VD-HENAN-01", "SN-VD-ZHONGPING-02", "SN-VD-KAIXUAN-02"])
    s.write("冬季東北季風下午，環中路北側資源回收場大火，煙流往西南飄過轉運中心、會展中心、綠美圖、中央公園。"
            "沿途攝影機與民眾報案都在火場西南方0.5-1.5公里；轉運中心受信總機被外氣吸入的煙觸發。另有與火無關的老人跌倒。",
            [inc("A", "fire", "環中路北側資源回收場火警與飄散煙流", c1["key"]),
             inc("B", "fire", "轉運中心受信總機動作（外部煙流吸入），需派員確認", b1["key"]),
             inc("C", "rescue", "生態住宅A區老人跌倒", c3["key"])],
            alternative={"why": "轉運中心警報是同一場火的煙，有的指揮員視為同一案的影響範圍，不另開案。",
                         "incidents": [inc("A", "fire", "資源回收場火警含轉運中心受信總機動作", c1["key"]),
                                       inc("C", "rescue", "生態住宅A區老人跌倒", c3["key"])]})

# ---------------------------------------------------------------- 1879
def s1879():
    s = Sit(1879, "lost_child_walking_south", 1879)
    rng = s.rng
    t0 = T("2016-10-08 16:00:00")
    s.add("planned_event", "concert", "B", T("2016-10-08 18:30:00"), arr_delay=-9*86400, pos=(120.652, 24.185),
          ends=iso(T("2016-10-08 22:00:00")), radius_m=350, text="臺中流行影音中心戶外演唱會（預估8,000人）", alt=None)
    a1 = s.add("incident", "missing_person", "A", M(t0, 5), pos=(120.6571, 24.1912), severity="Severe",
               text="綠美圖前草坪 6歲男童與母親走失，身穿藍色恐龍圖案上衣、短褲，約110公分，請沿線協尋。")
    s.add("1999", "other", "A", M(t0, 20), pos=scatter(rng, (120.6568, 24.1872), 30),
          text="公園步道上有個小朋友一個人在哭，旁邊沒看到大人。")
    s.add("incident", "missing_person", "A", M(t0, 34), pos=(120.6564, 24.1838), severity="Severe", follows=a1["key"],
          text="民眾目擊疑似走失男童往南沿中央公園步道，朝滯洪池方向。")
    a4 = s.add("1999", "missing_person", "A", M(t0, 48), pos=scatter(rng, (120.6560, 24.1806), 25),
               text="滯洪池旁邊有一個穿藍色恐龍衣服的小男生自己在玩水，沒有大人，很危險。")
    s.add("119", "ambulance", "C", M(t0, 40), pos=(120.6574, 24.1908), key="1879-119-C1",
          text="綠美圖前 一名女性民眾疑似中暑頭暈，派遣救護車。")
    s.add("119", "ambulance", "C", M(t0, 58), pos=(120.6574, 24.1908), status="returning", follows="1879-119-C1",
          text="患者休息後好轉，拒絕送醫。")
    s.add("incident", "missing_person", "A", M(t0, 71), pos=(120.6531, 24.1748), severity="Minor", follows=a1["key"],
          text="於河南路停車場入口尋獲走失男童，身體無恙，已交還母親。")
    # B: concert at the pop music centre
    s.add("parking", "full", "B", M(t0, 125), sensor="SN-PK-005", alt=None, text="中央公園地下停車場(南) 車位已滿")
    s.add("parking", "full", "B", M(t0, 140), sensor="SN-PK-003", alt=None, text="河南路停車場 車位已滿")
    s.add("1999", "noise", None, M(t0, 250), pos=scatter(rng, (120.6588, 24.1842), 40), alt="B",
          text="演唱會聲音太大了，在生態住宅這邊窗戶關起來還是很吵。")
    b1 = s.add("incident", "crowd_control", "B", M(t0, 355), pos=(120.6523, 24.1845), severity="Moderate",
               text="流行影音中心演唱會散場，人潮湧出至凱旋路、中科路，派員疏導。")
    s.add("1999", "crowding", "B", M(t0, 364), pos=scatter(rng, (120.6528, 24.1840), 60),
          text="影音中心散場人好多，都走到車道上了，車子過不去。")
    s.add("rule", "congestion", "B", M(t0, 366), sensor="SN-VD-KAIXUAN-02", severity="Moderate", text="凱旋路車輛偵測器2 平均車速低於門檻")
    s.add("rule", "congestion", "B", M(t0, 371), sensor="SN-VD-ZHONGKE-01", severity="Moderate", text="中科路車輛偵測器1 平均車速低於門檻")
    s.add("incident", "crowd_control", "B", M(t0, 410), pos=(120.6523, 24.1845), severity="Minor",
          text="散場人潮疏散完畢，交通恢復。")
    noise_1999(s, M(t0, -30), M(t0, 420), 10)
    noise_congestion(s, M(t0, 60), M(t0, 120), 3, vds=["SN-VD-HUANZHONG-01", "SN-VD-ZHONGQING-02", "SN-VD-HENAN-01"])
    s.write("週六下午，6歲男童在綠美圖前與母親走失，沿中央公園往南走約2公里，在河南路停車場尋獲；"
            "沿途民眾只描述看到的孩子。晚上流行影音中心演唱會散場人潮；綠美圖前另有民眾中暑。",
            [inc("A", "rescue", "綠美圖走失男童協尋（往南移動至河南路停車場尋獲）", a1["key"]),
             inc("B", "crowd", "流行影音中心演唱會散場人潮疏導", b1["key"]),
             inc("C", "rescue", "綠美圖前民眾中暑", "1879-119-C1")],
            alternative={"why": "演唱會的許可與停車場滿位是預期中的活動，不屬散場疏導案；但住戶的演唱會噪音陳情可歸入同一活動案。",
                         "incidents": [inc("A", "rescue", "綠美圖走失男童協尋", a1["key"]),
                                       inc("B", "crowd", "流行影音中心演唱會散場人潮疏導（含噪音陳情）", b1["key"]),
                                       inc("C", "rescue", "綠美圖前民眾中暑", "1879-119-C1")]})

# ---------------------------------------------------------------- 1880
def s1880():
    s = Sit(1880, "devices_fail_during_typhoon_flood", 1880)
    rng = s.rng
    t0 = T("2016-07-08 19:00:00")
    for sid, lv, sev, mm in [("SN-RG-001", "豪雨", "Severe", 0), ("SN-RG-002", "豪雨", "Severe", 3),
                             ("C0F9T0", "豪雨", "Severe", 8), ("SN-RG-001", "大豪雨", "Extreme", 110)]:
        s.add("rule", "heavy_rain", None, M(t0, mm), sensor=sid, severity=sev, level=lv,
              text="%s 雨量達%s標準" % (SENSORS[sid]["name"], lv))
    # A: 經貿路 low spot and its drain
    a1 = s.add("rule", "water_level", "A", M(t0, 20), sensor="SN-WL-003", severity="Moderate", level="3", text="水湳區域排水經貿路水位 達三級警戒")
    a2 = s.add("rule", "flood_depth", "A", M(t0, 34), sensor="SN-FL-008", severity="Moderate", level="16-30", text="經貿路低窪處 淹水深度 19 公分")
    s.add("rule", "water_level", "A", M(t0, 41), sensor="SN-WL-003", severity="Severe", level="2", text="水湳區域排水經貿路水位 達二級警戒")
    s.add("1999", "flooding", "A", M(t0, 45), pos=scatter(rng, (120.6594, 24.1828), 40), text="經貿路生態住宅B區前面淹水，水一直漲，快淹進地下室了。")
    s.add("incident", "flooding_report", "A", M(t0, 52), pos=(120.6597, 24.1823), severity="Severe",
          text="經貿路低窪路段積水約30公分，車輛減速慢行，請水利局派抽水機。")
    s.add("rule", "flood_depth", "A", M(t0, 58), sensor="SN-FL-008", severity="Severe", level=">30", text="經貿路低窪處 淹水深度 36 公分")
    # the drain's own station loses its link mid-job
    d2k = s.add("status", "offline", "A", M(t0, 100), sensor="SN-WL-003", reason="comms_lost", alt="D2", text="通訊中斷")["key"]
    s.add("rule", "sensor_offline", "A", M(t0, 105), sensor="SN-WL-003", severity="Moderate", alt="D2", text="水湳區域排水經貿路水位 設備離線")
    s.add("1999", "flooding", "A", M(t0, 115), pos=scatter(rng, (120.6600, 24.1810), 50), text="經貿路這邊水越來越深，機車都泡在水裡。")
    s.add("incident", "flooding_report", "A", M(t0, 170), pos=(120.6597, 24.1823), severity="Moderate",
          text="經貿路抽水機運轉中，積水逐漸消退。")
    s.add("status", "online", "A", M(t0, 230), sensor="SN-WL-003", alt="D2", text="恢復連線")
    # B: park-south gateway GW-CPS-01 loses mains (cabinet flooded)
    gw = ["SN-WL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-PK-005"]
    first = None
    for i, sid in enumerate(gw):
        it = s.add("status", "offline", "B", M(t0, 70) + dt.timedelta(seconds=i*3), sensor=sid,
                   reason="mains_power_lost", alt="A", text="市電中斷")
        first = first or it
    for i, sid in enumerate(gw[:4]):
        it = s.add("rule", "sensor_offline", "B", M(t0, 75) + dt.timedelta(seconds=i*5), sensor=sid, severity="Moderate",
                   alt="A", text="%s 設備離線" % SENSORS[sid]["name"])
        if i == 0: b_key = it["key"]
    for i, sid in enumerate(gw):
        s.add("status", "online", "B", M(t0, 280) + dt.timedelta(seconds=i*4), sensor=sid, alt="A", text="恢復連線")
    # C: underpass
    c1 = s.add("rule", "flood_depth", "C", M(t0, 62), sensor="SN-FL-006", severity="Severe", level=">30", text="中清環中路口地下道 淹水深度 41 公分")
    s.add("incident", "road_closure", "C", M(t0, 68), pos=(120.6571, 24.1996), severity="Severe", text="中清路環中路口地下道積水，雙向封閉。")
    s.add("cctv", "flooding", "C", M(t0, 64), sensor="SN-CCTV-008", confidence=0.71, text="影像分析：路面積水")
    s.add("incident", "road_reopened", "C", M(t0, 260), pos=(120.6571, 24.1996), severity="Minor", text="中清路地下道積水退去，恢復通行。")
    # D: flood sensor at 黎明/凱旋 battery low, on its own
    d1 = s.add("status", "offline", "D", M(t0, 88), sensor="SN-FL-009", reason="battery_low", text="電池電量低")
    d2 = s.add("rule", "sensor_offline", "D", M(t0, 94), sensor="SN-FL-009", severity="Moderate", text="黎明路凱旋路口低窪處 設備離線")
    noise_1999(s, M(t0, -10), M(t0, 280), 9, avoid=("經貿路",))
    s.add("1999", "fallen_tree", None, M(t0, 150), pos=scatter(rng, along("凱旋路", 0.6), 20), alt=None,
          text="凱旋路人行道上一根樹枝斷掉，沒有擋到車道。")
    s.write("尼伯特颱風夜。經貿路低窪處淹水（其排水水位站中途通訊中斷）；中央公園南側閘道箱進水停電，"
            "五具設備同時離線；中清地下道淹水封閉；黎明路凱旋路口淹水感測器自己電池沒電。",
            [inc("A", "flood", "經貿路低窪處淹水（含排水水位站通訊中斷）", a2["key"]),
             inc("B", "infrastructure", "中央公園南側閘道箱 GW-CPS-01 停電，五具設備離線", first["key"]),
             inc("C", "flood", "中清環中路口地下道淹水封閉", c1["key"]),
             inc("D", "infrastructure", "黎明路凱旋路口淹水感測器電池低電量離線", d1["key"])],
            alternative={"why": "颱風中設備離線多半不另派工：公園南側閘道箱停電可記在經貿路淹水案（同一排水系統的監測盲區）；"
                                "經貿路水位站通訊中斷則可另開維修案。",
                         "incidents": [inc("A", "flood", "經貿路淹水含公園南側監測設備停電", a2["key"]),
                                       inc("C", "flood", "中清環中路口地下道淹水封閉", c1["key"]),
                                       inc("D", "infrastructure", "黎明路凱旋路口淹水感測器電池低電量離線", d1["key"]),
                                       inc("D2", "infrastructure", "經貿路排水水位站通訊中斷", d2k)]})
    return s

# ---------------------------------------------------------------- 1881
def s1881():
    s = Sit(1881, "devices_failing_on_their_own", 1881)
    rng = s.rng
    t0 = T("2016-02-17 01:00:00")
    J = junction("河南路", "中平路")
    # C: rain gauge flapping link
    flaps = [(10, 12), (40, 41), (65, 68), (95, 97), (131, 133), (170, 172)]
    ck = None
    for n, (a, b) in enumerate(flaps):
        alt = "__same__"
        s.add("status", "offline", "C", M(t0, a), sensor="SN-RG-003", reason="comms_lost", alt=alt, text="通訊中斷")
        s.add("status", "online", "C", M(t0, b), sensor="SN-RG-003", alt=alt, text="恢復連線")
        if b - a >= 3:
            it = s.add("rule", "sensor_offline", "C", M(t0, a + 3), sensor="SN-RG-003", severity="Minor", alt=alt, text="北屯雨量站 設備離線")
            ck = ck or it["key"]
    # A: cabinet TB-CAB-010 loses mains
    cab = ["SN-SIG-010", "SN-CCTV-010", "SN-VD-HENAN-02", "SN-VD-ZHONGPING-01"]
    a_first = None; a_alt = None
    for i, sid in enumerate(cab):
        it = s.add("status", "offline", "A", M(t0, 73) + dt.timedelta(seconds=i*2), sensor=sid, reason="mains_power_lost",
                   alt="A2" if sid == "SN-SIG-010" else "A", text="市電中斷")
        a_first = a_first or it
        if i == 1: a_alt = it
    for i, sid in enumerate(cab[2:]):
        s.add("rule", "sensor_offline", "A", M(t0, 78) + dt.timedelta(seconds=i*4), sensor=sid, severity="Moderate",
              text="%s 設備離線" % SENSORS[sid]["name"])
    s.add("1999", "power_outage", "A", M(t0, 80), pos=scatter(rng, offset(J, 120, 90), 40),
          text="中平路這邊整排都停電了，家裡電都沒有。")
    a2 = s.add("1999", "traffic_signal", "A", M(t0, 100), pos=scatter(rng, offset(J, -60, 40), 40), alt="A2",
               text="河南路中平路口紅綠燈全暗，路燈也不亮，很危險。")
    s.add("incident", "traffic_signal_fault", "A", M(t0, 115), pos=J, severity="Moderate", alt="A2",
          text="河南路中平路口號誌因停電熄滅，派員以閃光指揮棒指揮，已通報台電與交通局。")
    for i, sid in enumerate(cab):
        s.add("status", "online", "A", M(t0, 214) + dt.timedelta(seconds=i*3), sensor=sid,
              alt="A2" if sid == "SN-SIG-010" else "A", text="恢復連線")
    s.add("signal", "restored", "A", M(t0, 215), sensor="SN-SIG-010", alt="A2", text="河南路/中平路 號誌恢復正常")
    # B: flood sensor battery low
    b1 = s.add("status", "offline", "B", M(t0, 150), sensor="SN-FL-009", reason="battery_low", text="電池電量低")
    s.add("rule", "sensor_offline", "B", M(t0, 156), sensor="SN-FL-009", severity="Minor", text="黎明路凱旋路口低窪處 設備離線")
    # D: planned maintenance (noise)
    s.add("status", "offline", None, M(t0, 240), sensor="SN-WL-004", reason="maintenance", text="計畫性維護")
    s.add("rule", "sensor_offline", None, M(t0, 245), sensor="SN-WL-004", severity="Minor", text="筏子溪西屯水位 設備離線")
    s.add("status", "online", None, M(t0, 330), sensor="SN-WL-004", text="恢復連線")
    # E: hospital-campus panel fault
    e1 = s.add("fire_alarm", "fault", "E", M(t0, 190), sensor="SN-FA-010", text="中國醫藥大學水湳校區 火警受信總機 第5迴路斷線故障")
    s.add("fire_alarm", "normal", "E", M(t0, 350), sensor="SN-FA-010", text="中國醫藥大學水湳校區 火警受信總機 復歸")
    # F: a camera's own fault (last will, no reason) then nothing
    f1 = s.add("status", "offline", "F", M(t0, 270), sensor="SN-CCTV-004", text="")
    s.add("rule", "sensor_offline", "F", M(t0, 276), sensor="SN-CCTV-004", severity="Minor", text="經貿路二段/環中路二段 路口監視器 設備離線")
    noise_1999(s, M(t0, 0), M(t0, 360), 7, avoid=("河南路", "中平路"))
    noise_congestion(s, M(t0, 340), M(t0, 360), 2, vds=["SN-VD-HUANZHONG-04", "SN-VD-JINGMAO-01"])
    s.write("平日凌晨，沒有天災。河南路中平路口號誌箱市電中斷（號誌、攝影機、兩具車輛偵測器同時離線，附近住戶停電）；"
            "北屯雨量站通訊反覆斷線；黎明路凱旋路口淹水感測器電池低電量；筏子溪水位站計畫性維護（不派案）；"
            "中國醫藥大學受信總機迴路故障；經貿環中路口攝影機無預警離線不再回來。",
            [inc("A", "infrastructure", "河南路中平路口號誌箱停電（含號誌全暗、交通指揮）", a_first["key"]),
             inc("B", "infrastructure", "黎明路凱旋路口淹水感測器電池低電量", b1["key"]),
             inc("C", "infrastructure", "北屯雨量站通訊反覆中斷", ck),
             inc("E", "infrastructure", "中國醫藥大學水湳校區受信總機迴路故障", e1["key"]),
             inc("F", "infrastructure", "經貿路環中路口攝影機離線", f1["key"])],
            alternative={"why": "號誌全暗是交通案（警察指揮交通），與台電/設備停電修復是兩件事，可分開派案。",
                         "incidents": [inc("A", "infrastructure", "河南路中平路口號誌箱停電（設備離線、住戶停電）", a_alt["key"]),
                                       inc("A2", "traffic", "河南路中平路口號誌全暗，交通指揮", a2["key"]),
                                       inc("B", "infrastructure", "黎明路凱旋路口淹水感測器電池低電量", b1["key"]),
                                       inc("C", "infrastructure", "北屯雨量站通訊反覆中斷", ck),
                                       inc("E", "infrastructure", "中國醫藥大學水湳校區受信總機迴路故障", e1["key"]),
                                       inc("F", "infrastructure", "經貿路環中路口攝影機離線", f1["key"])]},
            notes="C's sufficient key is the rain gauge's first offline alert that lasted long enough for the rule; a single short flap alone would not be dispatched.")

# ---------------------------------------------------------------- 1882
def s1882():
    s = Sit(1882, "sinkhole_over_two_days", 1882)
    rng = s.rng
    t0 = T("2016-09-28 08:00:00")
    P = along("中科路", 0.45)
    JL = junction("中科路", "黎明路")
    # B: fallen tree after typhoon Megi
    PB = along("凱旋路", 0.55)
    b1 = s.add("1999", "fallen_tree", "B", M(t0, 25), pos=scatter(rng, PB, 20), text="凱旋路上路樹倒下來，擋住外側車道。")
    s.add("incident", "fallen_object", "B", M(t0, 40), pos=PB, severity="Moderate", text="凱旋路路樹倒塌佔用外側車道，已通知建設局移除。")
    s.add("incident", "fallen_object", "B", M(t0, 170), pos=PB, severity="Minor", text="凱旋路倒樹已移除，恢復通行。")
    # A: sinkhole developing on 中科路
    a1 = s.add("1999", "road_damage", "A", M(t0, 135), pos=scatter(rng, P, 30), text="中科路路面有裂縫，好像有一點下陷。")
    s.add("1999", "road_damage", "A", M(t0, 400), pos=scatter(rng, JL, 30),
          text="中科路靠黎明路這邊往南一點，路面凹下去一塊，機車經過會跳起來。")
    s.add("rule", "congestion", None, M(t0, 560), sensor="SN-VD-ZHONGKE-01", severity="Minor", alt="A", text="中科路車輛偵測器1 平均車速低於門檻")
    a4 = s.add("incident", "road_collapse", "A", M(t0, 665), pos=offset(P, 5, 5), severity="Moderate",
               text="中科路北向路面坍陷約1公尺見方、深約30公分，已擺放交通錐，通報建設局。")
    kc = s.add("incident", "road_closure", "A", M(t0, 690), pos=offset(P, 5, 5), severity="Moderate",
               text="中科路北向外側車道封閉，請減速改行內側車道。")["key"]
    s.add("1999", "road_damage", "A", M(t0, 780), pos=scatter(rng, P, 40), text="中科路那個洞還在，晚上很暗看不清楚，圍起來的錐子被撞倒了。")
    s.add("planned_event", "road_works", "A", T("2016-09-29 09:00:00"), arr_delay=-5400, pos=P, alt=None,
          ends=iso(T("2016-09-29 18:00:00")), radius_m=120, text="中科路路面坍陷緊急搶修（開挖回填、鋪設）")
    s.add("rule", "congestion", "A", M(t0, 1450), sensor="SN-VD-ZHONGKE-01", severity="Moderate", alt=None, text="中科路車輛偵測器1 平均車速低於門檻")
    s.add("rule", "congestion", "A", M(t0, 1462), sensor="SN-VD-LIMING-01", severity="Minor", alt=None, text="黎明路車輛偵測器1 平均車速低於門檻")
    s.add("1999", "other", "A", M(t0, 1530), pos=scatter(rng, JL, 60), text="中科路在施工只剩一線道，塞到黎明路口了。")
    s.add("incident", "road_reopened", "A", M(t0, 2030), pos=offset(P, 5, 5), severity="Minor", follows=kc,
          text="中科路坍陷搶修完成，北向外側車道恢復通行。")
    # C: brief signal fault at 黎明/凱旋
    c1 = s.add("signal", "fault", "C", M(t0, 180), sensor="SN-SIG-007", text="黎明路三段/凱旋路 號誌閃爍異常")
    s.add("cctv", "signal_dark", "C", M(t0, 183), sensor="SN-CCTV-007", confidence=0.61, text="影像分析：號誌異常")
    s.add("signal", "restored", "C", M(t0, 225), sensor="SN-SIG-007", text="黎明路三段/凱旋路 號誌恢復正常")
    noise_1999(s, M(t0, 0), M(t0, 2100), 14, avoid=("中科路",))
    for d in (0, 1440):
        noise_congestion(s, M(t0, d + 0), M(t0, d + 60), 2, vds=["SN-VD-HUANZHONG-02", "SN-VD-ZHONGQING-01", "SN-VD-HENAN-02"])
        noise_congestion(s, M(t0, d + 570), M(t0, d + 630), 2, vds=["SN-VD-HUANZHONG-04", "SN-VD-ZHONGPING-02"])
    s.add("parking", "full", None, M(t0, 240), sensor="SN-PK-006", text="臺中國際會展中心停車場 車位已滿")
    s.add("parking", "full", None, M(t0, 1680), sensor="SN-PK-006", text="臺中國際會展中心停車場 車位已滿")
    s.write("梅姬颱風過後兩天。中科路路面由裂縫慢慢坍陷：第一通1999到警方確認相隔近9小時，隔天核准緊急搶修、傍晚恢復通行；"
            "證據稀疏分散在34小時內。颱風後凱旋路倒樹、黎明凱旋路口號誌短暫異常是另兩案。",
            [inc("A", "infrastructure", "中科路路面坍陷（裂縫→坍陷→封閉→搶修→恢復）", a4["key"]),
             inc("B", "traffic", "凱旋路路樹倒塌", b1["key"]),
             inc("C", "traffic", "黎明路凱旋路口號誌異常", c1["key"])],
            alternative={"why": "搶修許可與施工造成的隔天回堵屬計畫內工程，不算坍陷案的證據；前一天傍晚中科路的減速則可能是坑洞造成。",
                         "incidents": [inc("A", "infrastructure", "中科路路面坍陷", a4["key"]),
                                       inc("B", "traffic", "凱旋路路樹倒塌", b1["key"]),
                                       inc("C", "traffic", "黎明路凱旋路口號誌異常", c1["key"])]},
            notes="A's sufficient key is the police report: two 1999 calls of a crack and a dip, hours apart, are routine repair tickets until an officer sees a 30 cm hole.")

if __name__ == "__main__":
    s1877(); s1878(); s1879(); s1880(); s1881(); s1882()
    print("gen_b done")
