"""Situations 1151-1153: a building fire and, a minute later, an injury crash a few hundred metres
away; evidence on both still arriving 10-20 minutes later. Seeded."""
from lib import Situation, SENSORS, inc, scatter, offset, dist_m

MISSING = object()


def s1151():
    s = Situation(1151, "tower_fire_jingmao7_crash", "2016-03-17 18:40", 115101,
                  "18:40 a fire in a 3rd-floor pantry of the Taiwan Smart Operations Tower (panel SN-FA-005); "
                  "at 18:41 a car and a scooter collide at 經貿路二段/經貿七路, about 180 m west of the tower. "
                  "Reports on both keep arriving until about 19:30.")
    r = s.rng
    tw = (SENSORS["SN-FA-005"]["lon"], SENSORS["SN-FA-005"]["lat"])
    jx = (SENSORS["SN-SIG-006"]["lon"], SENSORS["SN-SIG-006"]["lat"])
    F, C = "1151-F", "1151-C"
    # --- fire
    fa = s.add("fire_alarm", "alarm", 0.0, 0.1, "臺灣智慧營運塔 火警受信總機 火警 3F 茶水間 偵煙式探測器動作", F,
               sensor="SN-FA-005")
    s.add("1999", "fire_smoke", 1.4, 1.2, "營運塔三樓窗戶有冒煙，還有燒焦味，不知道是不是火災", F,
          pos=scatter(r, *tw, 40, 120))
    d119 = s.add("119", "fire", 2.0, 0.3, "臺灣智慧營運塔 3樓 火警 派遣水湳、西屯分隊 水箱車2 雲梯車1 救護車1", F, pos=tw)
    s.add("1999", "fire_smoke", 3.3, 2.1, "經貿路這邊看到那棟塔樓有煙冒出來，請派人去看", F,
          pos=scatter(r, *tw, 150, 320))
    s.add("119", "fire", 9.0, 0.4, "營運塔火警 第一梯次到達現場 3樓茶水間冒煙 人員疏散中", F, pos=tw,
          status="on_scene", follows=d119)
    s.add("incident", "fire_report", 11.0, 4.5, "經貿路二段臺灣智慧營運塔火警，本所警力到場協助管制，大樓人員已疏散", F,
          sev="Severe", pos=offset(*tw, -20, 10))
    s.add("incident", "road_closure", 13.0, 6.0, "經貿路二段（經貿七路至敦化路）往南外側車道封閉，供消防車輛停放", F,
          sev="Moderate", pos=offset(*tw, -90, -25))
    s.add("1999", "fire_smoke", 17.0, 3.0, "營運塔附近一直都是煙味，窗戶關起來還是聞得到", F,
          pos=scatter(r, *tw, 200, 450))
    s.add("incident", "fire_report", 26.0, 5.5, "營運塔火警已撲滅，起火點為3樓茶水間電器，無人受傷，持續排煙", F,
          sev="Moderate", pos=offset(*tw, -20, 10))
    s.add("fire_alarm", "normal", 44.0, 0.1, "臺灣智慧營運塔 火警受信總機 復歸", F, sensor="SN-FA-005")
    s.add("119", "fire", 52.0, 0.5, "營運塔火警 殘火處理完畢 車輛返隊", F, pos=tw, status="returning", follows=d119)
    # --- crash (1 min after)
    s.add("cctv", "accident", 1.1, 0.2, "影像分析：路口疑似車輛碰撞", C, sensor="SN-CCTV-006", confidence=0.74)
    c1 = s.add("1999", "traffic_accident", 2.2, 1.6, "經貿路跟經貿七路口機車跟轎車撞到，騎士倒在地上不能動", C,
               pos=scatter(r, *jx, 15, 60))
    a119 = s.add("119", "ambulance", 3.0, 0.4, "經貿路二段/經貿七路口 車禍 機車騎士受傷 派遣救護車1", C, pos=jx)
    s.add("1999", "traffic_accident", 4.0, 2.5, "七路口車禍，有一台機車倒在路中間，後面車子都過不去", C,
          pos=scatter(r, *jx, 30, 120))
    s.add("119", "ambulance", 10.5, 0.3, "經貿路二段/經貿七路口 救護車到達 騎士右腿疑似骨折", C, pos=jx,
          status="on_scene", follows=a119)
    s.add("incident", "injury_accident", 8.0, 9.5,
          "經貿路二段與經貿七路口 自小客車與普通重型機車碰撞，機車騎士右腿受傷送醫，現場佔用內側車道", C,
          sev="Moderate", pos=offset(*jx, 8, -5))
    s.add("rule", "congestion", 14.0, 0.5, "經貿路車輛偵測器1 往南平均車速 9 km/h，佔有率 62%", C, "1151-F",
          sensor="SN-VD-JINGMAO-01", sev="Moderate")
    s.add("1999", "traffic_accident", 16.0, 3.0, "剛剛經貿七路那邊車禍現在還在塞，警察有來了嗎", C,
          pos=scatter(r, *jx, 200, 500))
    s.add("119", "ambulance", 24.0, 0.5, "傷患送達中國醫藥大學附設醫院 救護車返隊", C, pos=jx, status="returning", follows=a119)
    s.add("incident", "injury_accident", 22.0, 8.0, "經貿路二段/經貿七路口事故現場已排除，肇事車輛移置路旁，恢復通行", C,
          sev="Minor", pos=offset(*jx, 8, -5))
    # --- background
    s.add("rule", "congestion", 5.0, 0.5, "河南路車輛偵測器1 平均車速 17 km/h（下班尖峰）", None,
          sensor="SN-VD-HENAN-01", sev="Moderate")
    s.add("1999", "streetlight", 6.0, 4.0, "敦化路一段路燈不亮，桿號 XT-04417", None, pos=(120.6608, 24.1822))
    s.add("parking", "full", 9.0, 0.2, "經貿六停車場 汽車位已滿", None, sensor="SN-PK-002")
    s.add("1999", "illegal_parking", 19.0, 5.0, "會展中心旁邊紅線一排車違停", None, pos=(120.6539, 24.1931))
    s.add("status", "offline", 30.0, 0.1, "北屯雨量站 離線：電池電壓低", None, sensor="SN-RG-003", reason="battery_low")
    s.add("1999", "noise", 33.0, 6.0, "黎明路三段有店家音響很大聲", None, pos=(120.6511, 24.1941))
    s.add("status", "online", 55.0, 0.1, "北屯雨量站 恢復連線", None, sensor="SN-RG-003")
    incidents = [
        inc(F, "fire", "臺灣智慧營運塔 3樓茶水間火警（panel alarm, 119, police, callers, lane closure for engines）", fa),
        inc(C, "traffic", "經貿路二段/經貿七路口 自小客與機車碰撞，騎士受傷（CCTV, 1999, 119 ambulance, police）", c1),
    ]
    alt_incidents = incidents
    alternative = {"why": "The slow-down at SN-VD-JINGMAO-01 (about 500 m north of both scenes, southbound) can be "
                          "blamed on the lane closed for the fire engines rather than on the crash in the junction.",
                   "incidents": alt_incidents}
    return s.write(incidents, alternative,
                   notes="The two scenes are 180 m apart and started one minute apart; they need different responses "
                         "(fire crews vs ambulance and traffic police).")


def s1152():
    s = Situation(1152, "ecoB_fire_jingmao3_crash", "2016-05-21 07:55", 115201,
                  "07:55 a balcony fire on an upper floor of eco-residential block B (panel SN-FA-012); a resident "
                  "calls 119 before the panel's detectors trip. At 07:56 a scooter is hit by a turning van on "
                  "經貿路三段 beside block A, about 280 m north. Police see the crash first; smoke drifting over "
                  "block A makes residents there call about the fire from right beside the crash.")
    r = s.rng
    fb = (SENSORS["SN-FA-012"]["lon"], SENSORS["SN-FA-012"]["lat"])
    cx = (120.6594, 24.1840)
    F, C = "1152-F", "1152-C"
    f1 = s.add("119", "fire", 0.5, 0.3, "敦化路一段 水湳生態住宅B區 9樓陽台起火 住戶報案 派遣水湳分隊", F, pos=fb)
    s.add("fire_alarm", "alarm", 1.3, 0.1, "水湳生態住宅 B區 火警受信總機 火警 9F 走廊偵煙器動作", F, sensor="SN-FA-012")
    s.add("1999", "fire_smoke", 2.5, 1.5, "B區大樓9樓陽台在燒，火很大", F, pos=scatter(r, *fb, 20, 80))
    s.add("1999", "fire_smoke", 3.4, 2.0, "我住A區，窗戶外面都是黑煙飄過來，是哪裡火災", F,
          pos=scatter(r, 120.6588, 24.1840, 5, 40))
    s.add("1999", "fire_smoke", 4.2, 1.8, "敦化路這邊大樓冒黑煙，有消防車來了嗎", F, pos=scatter(r, *fb, 60, 250))
    s.add("119", "fire", 8.0, 0.3, "生態住宅B區 到達現場 9樓陽台雜物燃燒 延燒室內 住戶疏散", F, pos=fb,
          status="on_scene", follows=f1)
    s.add("119", "ambulance", 12.0, 0.4, "生態住宅B區火警 住戶1名嗆傷 派遣救護車", F, pos=fb)
    s.add("incident", "fire_report", 10.0, 6.0, "敦化路一段生態住宅B區9樓火警，警力到場管制，疏散住戶約40人", F,
          sev="Severe", pos=offset(*fb, 15, -10))
    s.add("incident", "road_closure", 14.0, 5.0, "敦化路一段（經貿路至中清路）雙向封閉，供救災車輛進出", F,
          sev="Moderate", pos=offset(*fb, 60, -20))
    s.add("1999", "fire_smoke", 16.0, 4.0, "A區這邊走廊都是煙味，小孩在咳嗽，要不要離開", F,
          pos=scatter(r, 120.6588, 24.1840, 5, 40))
    s.add("1999", "fire_smoke", 19.0, 3.5, "B區大樓外牆燒黑了，還有一點煙", F, pos=scatter(r, *fb, 40, 150))
    s.add("fire_alarm", "normal", 38.0, 0.1, "水湳生態住宅 B區 火警受信總機 復歸", F, sensor="SN-FA-012")
    s.add("119", "fire", 46.0, 0.4, "生態住宅B區火警 撲滅 殘火處理完畢 返隊", F, pos=fb, status="returning", follows=f1)
    # --- crash
    p1 = s.add("incident", "injury_accident", 1.2, 2.5,
               "巡邏途中目擊：經貿路三段A區大樓前 小貨車右轉與直行機車碰撞，騎士倒地，已通報119", C,
               sev="Moderate", pos=cx)
    a119 = s.add("119", "ambulance", 3.0, 0.3, "經貿路三段 車禍 機車騎士受傷 派遣救護車1", C, pos=offset(*cx, 5, 5))
    s.add("1999", "traffic_accident", 4.5, 2.5, "經貿路三段這邊貨車跟機車撞到，人躺在地上", C, pos=scatter(r, *cx, 10, 60))
    s.add("119", "ambulance", 10.0, 0.3, "經貿路三段車禍 救護車到達 騎士左手骨折 意識清楚", C, pos=offset(*cx, 5, 5),
          status="on_scene", follows=a119)
    s.add("rule", "congestion", 12.0, 0.5, "經貿路車輛偵測器2 往北平均車速 11 km/h，佔有率 55%", C,
          sensor="SN-VD-JINGMAO-02", sev="Moderate")
    s.add("incident", "injury_accident", 18.0, 7.5, "經貿路三段事故 騎士送中國醫藥大學附設醫院，肇事小貨車移置，外側車道恢復通行", C,
          sev="Minor", pos=cx, follows=p1)
    s.add("1999", "traffic_accident", 15.0, 6.0, "經貿路三段車禍的車還沒移走，整條塞住", C, pos=scatter(r, *cx, 150, 350))
    s.add("119", "ambulance", 26.0, 0.4, "經貿路三段車禍傷患送醫完畢 返隊", C, pos=offset(*cx, 5, 5), status="returning",
          follows=a119)
    # --- background
    s.add("rule", "congestion", 20.0, 0.5, "中清路車輛偵測器2 平均車速 18 km/h", None, C,
          sensor="SN-VD-ZHONGQING-02", sev="Moderate")
    s.add("1999", "road_damage", 7.0, 9.0, "中清路往北快車道有一個坑洞，機車差點摔", None, pos=(120.6648, 24.1852))
    s.add("1999", "環境清潔", 22.0, 5.0, "公園旁邊垃圾沒有收", None, pos=(120.6575, 24.1800))
    s.add("status", "offline", 25.0, 0.1, "經貿路低窪處淹水感測器 離線：維護作業", None, sensor="SN-FL-008", reason="maintenance")
    s.add("status", "online", 49.0, 0.1, "經貿路低窪處淹水感測器 恢復連線", None, sensor="SN-FL-008")
    incidents = [
        inc(F, "fire", "水湳生態住宅B區 9樓陽台火警延燒室內，1人嗆傷（119 first, panel, callers incl. block A, closure）", f1),
        inc(C, "traffic", "經貿路三段 A區大樓前 小貨車與機車碰撞，騎士受傷（police first, 119, VD）", p1),
    ]
    alternative = {"why": "The Saturday-morning slow-down on 中清路 (SN-VD-ZHONGQING-02, ~650 m east) may be drivers "
                          "detouring round the 經貿路三段 crash rather than ordinary traffic.",
                   "incidents": incidents}
    return s.write(incidents, alternative,
                   notes="Block A's residents call about the fire from within 40 m of the crash; the drifting smoke, "
                         "not the callers' position, tells which scene they mean.")


def s1153():
    s = Situation(1153, "fcu_lab_fire_zhongke_crash", "2016-10-05 14:20", 115301,
                  "14:20 a fire in a chemistry lab of Feng Chia University's Shuinan campus (panel SN-FA-009). "
                  "A student calls 1999 first; the panel's alarm reaches the center 11 minutes late (its gateway "
                  "buffered it). At 14:21 a car hits a pedestrian on 中科路 south of 凱旋路, about 330 m north-east; "
                  "119 hears of the crash first, the police report comes 15 minutes later.")
    r = s.rng
    fc = (SENSORS["SN-FA-009"]["lon"], SENSORS["SN-FA-009"]["lat"])
    cx = (120.6538, 24.1815)
    F, C = "1153-F", "1153-C"
    k1 = s.add("1999", "fire_smoke", 0.8, 1.5, "逢甲水湳校區實驗大樓有白煙冒出來，還有刺鼻味道，學生都跑出來了", F,
               pos=scatter(r, *fc, 30, 90))
    s.add("fire_alarm", "alarm", 0.4, 11.2, "逢甲大學水湳校區 火警受信總機 火警 2F 化學實驗室 差動式探測器動作", F,
          sensor="SN-FA-009")
    f1 = s.add("119", "fire", 2.2, 0.3, "逢甲大學水湳校區 實驗大樓2樓 實驗室火警 派遣西屯、水湳分隊", F, pos=fc)
    s.add("119", "hazmat", 5.0, 0.3, "逢甲水湳校區實驗室火警 疑有化學藥品 派遣化災搶救車", F, pos=fc)
    s.add("1999", "fire_smoke", 3.0, 2.5, "凱旋路這邊聞到很重的化學味，前面學校在冒煙", F, pos=scatter(r, *fc, 200, 380))
    s.add("119", "fire", 9.5, 0.4, "逢甲水湳校區 到達 2樓實驗室起火 師生已疏散 化災隊偵檢中", F, pos=fc,
          status="on_scene", follows=f1)
    s.add("incident", "evacuation", 8.0, 7.0, "逢甲大學水湳校區實驗大樓師生疏散約300人，集中於操場", F,
          sev="Moderate", pos=offset(*fc, -60, -40))
    s.add("incident", "fire_report", 12.0, 5.0, "逢甲大學水湳校區實驗室火警，警力協助管制校門口車輛", F,
          sev="Severe", pos=offset(*fc, 30, 30))
    s.add("rule", "congestion", 16.0, 0.5, "凱旋路車輛偵測器2 往南平均車速 8 km/h，佔有率 58%", F, C,
          sensor="SN-VD-KAIXUAN-02", sev="Moderate")
    s.add("1999", "fire_smoke", 18.0, 4.0, "學校那邊的煙飄到我們社區，可以開窗嗎", F, pos=scatter(r, *fc, 350, 600))
    s.add("incident", "fire_report", 31.0, 6.0, "逢甲水湳校區實驗室火勢撲滅，化災隊偵檢無有害氣體殘留", F,
          sev="Moderate", pos=offset(*fc, 30, 30))
    s.add("119", "fire", 58.0, 0.5, "逢甲水湳校區火警 處理完畢 返隊", F, pos=fc, status="returning", follows=f1)
    # --- crash
    a1 = s.add("119", "ambulance", 2.0, 0.3, "中科路 凱旋路口南側 行人遭汽車撞傷 派遣救護車", C, pos=cx)
    s.add("1999", "traffic_accident", 3.5, 2.0, "中科路有人被車撞了，在斑馬線上", C, pos=scatter(r, *cx, 10, 50))
    s.add("119", "ambulance", 9.0, 0.3, "中科路車禍 到達 行人頭部撕裂傷 意識清楚", C, pos=cx, status="on_scene", follows=a1)
    s.add("rule", "congestion", 10.0, 0.5, "中科路車輛偵測器1 往南平均車速 12 km/h", C, sensor="SN-VD-ZHONGKE-01",
          sev="Moderate")
    s.add("incident", "injury_accident", 6.0, 15.0, "中科路（凱旋路口南側）自小客車撞擊穿越行人，行人頭部受傷送醫，駕駛酒測值0", C,
          sev="Moderate", pos=offset(*cx, -5, 5))
    s.add("1999", "traffic_accident", 14.0, 5.0, "中科路車禍那邊警察在拍照，車子只能走一線", C, pos=scatter(r, *cx, 60, 250))
    s.add("119", "ambulance", 21.0, 0.4, "中科路車禍 傷患送醫完畢 返隊", C, pos=cx, status="returning", follows=a1)
    # --- background
    s.add("1999", "streetlight", 4.0, 11.0, "河南路停車場旁邊路燈白天一直亮著", None, pos=(120.6534, 24.1750))
    s.add("rule", "congestion", 25.0, 0.5, "環中路車輛偵測器4 平均車速 21 km/h", None, sensor="SN-VD-HUANZHONG-04",
          sev="Moderate")
    s.add("fire_alarm", "fault", 27.0, 0.1, "中國醫藥大學水湳校區 火警受信總機 故障 3F 迴路斷線", None, sensor="SN-FA-010")
    s.add("1999", "動物救援", 35.0, 4.0, "中央公園南邊有一隻狗受傷躺在路邊", None, pos=(120.6560, 24.1770))
    s.add("fire_alarm", "normal", 48.0, 0.1, "中國醫藥大學水湳校區 火警受信總機 復歸", None, sensor="SN-FA-010")
    incidents = [
        inc(F, "fire", "逢甲大學水湳校區 化學實驗室火警，化災隊出動，師生疏散（1999 first, panel late, 119 fire+hazmat）", k1),
        inc(C, "traffic", "中科路 凱旋路口南側 行人遭撞受傷（119 first, police 15 min later）", a1),
    ]
    alt_incidents = incidents
    alternative = {"why": "The slow-down on 凱旋路 (SN-VD-KAIXUAN-02, ~600 m north of the campus) may be the crash's "
                          "queue spreading west rather than engines and evacuees at the campus gate.",
                   "incidents": alt_incidents}
    return s.write(incidents, alternative,
                   notes="The panel alarm (observed 14:20:24) arrives at 14:31:36, after the 1999 call and 119. The "
                         "hazmat dispatch is part of the lab fire. The CMU panel fault 1.2 km away is background.")


if __name__ == "__main__":
    for f in (s1151, s1152, s1153):
        print(f.__name__, f())
