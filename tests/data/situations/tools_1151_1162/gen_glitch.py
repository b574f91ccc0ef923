"""Situations 1161-1162: two incidents some hundreds of metres apart, with duplicated deliveries, clock skew,
and late and out-of-order reports. Seeded."""
from lib import Situation, SENSORS, inc, scatter, offset, flood_band, WL_SEV, RAIN_SEV


def s1161():
    s = Situation(1161, "convention_fire_huanzhong_crash_glitches", "2016-04-16 12:10", 116101,
                  "12:10 a fire in the food court of convention hall B (panel SN-FA-003); smoke drawn along the "
                  "link corridor sets off hall A's panel four minutes later. 12:11 a car and a scooter collide at "
                  "環中路/中清路, 560 m north-east. Delivery is untidy: the ingest reconnects and both panels' "
                  "alarms are delivered again; 119's CAD bridge sends the fire's dispatch 9 minutes late, after its "
                  "on-scene update; the 1999 system is down 12:12-12:36 and then delivers its backlog at once, out "
                  "of order; the 中清/環中 camera's clock is 7 minutes slow; the police's first crash report is "
                  "keyed in after its own follow-up.")
    r = s.rng
    hb = (SENSORS["SN-FA-003"]["lon"], SENSORS["SN-FA-003"]["lat"])
    ha = (SENSORS["SN-FA-002"]["lon"], SENSORS["SN-FA-002"]["lat"])
    jx = (SENSORS["SN-CCTV-008"]["lon"], SENSORS["SN-CCTV-008"]["lat"])
    F, C = "1161-F", "1161-C"
    kb = s.add("fire_alarm", "alarm", 0.0, 0.1, "臺中國際會展中心 B棟 火警受信總機 火警 1F 美食街 廚房 偵熱式探測器動作", F,
               sensor="SN-FA-003")
    s.dup(kb, 0.5)
    ka = s.add("fire_alarm", "alarm", 4.0, 0.1, "臺中國際會展中心 A棟 火警受信總機 火警 1F 連通廊道 偵煙式探測器動作", F,
               sensor="SN-FA-002")
    s.dup(kb, 6.0)
    s.dup(ka, 2.0)
    f1 = s.add("119", "fire", 1.5, 9.0, "臺中國際會展中心B館 1樓美食街 廚房火警 派遣水湳、北屯分隊", F, pos=hb)
    s.add("119", "fire", 7.5, 0.3, "會展中心B館 到達 廚房排油煙管起火 人員疏散中", F, pos=hb, status="on_scene", follows=f1)
    s.add("incident", "fire_report", 9.0, 4.0, "會展中心B館美食街火警，警力到場協助疏散", F, sev="Severe", pos=offset(*hb, 0, -30))
    s.add("incident", "evacuation", 11.0, 5.0, "會展中心A、B館展覽人潮約3,000人疏散至戶外廣場", F, sev="Moderate",
          pos=offset(*hb, -60, -40))
    s.add("parking", "closed", 12.0, 0.2, "臺中國際會展中心停車場 暫停開放（火警）", F, sensor="SN-PK-006")
    s.add("incident", "fire_report", 30.0, 5.0, "會展中心B館廚房火警撲滅，排煙中，展場暫停開放", F, sev="Moderate",
          pos=offset(*hb, 0, -30))
    s.add("fire_alarm", "normal", 35.0, 0.1, "臺中國際會展中心 A棟 火警受信總機 復歸", F, sensor="SN-FA-002")
    s.add("fire_alarm", "normal", 41.0, 0.1, "臺中國際會展中心 B棟 火警受信總機 復歸", F, sensor="SN-FA-003")
    s.add("119", "fire", 55.0, 0.3, "會展中心B館火警 處理完畢 返隊", F, pos=hb, status="returning", follows=f1)
    # 1999 backlog: created 12:12-12:36, all delivered 12:37-12:39 in no particular order
    backlog = [
        (2.0, "fire_smoke", "會展中心B館裡面有煙，廣播叫大家出去", F, scatter(r, *hb, 10, 80)),
        (3.0, "traffic_accident", "環中路中清路口機車跟汽車撞，騎士倒地", C, scatter(r, *jx, 10, 60)),
        (4.5, "fire_smoke", "會展中心屋頂有煙冒出來", F, scatter(r, *hb, 100, 300)),
        (6.0, "fire_smoke", "會展中心A館也有煙，警鈴一直響", F, scatter(r, *ha, 10, 60)),
        (9.0, "traffic_accident", "中清路環中路口車禍，塞到交流道", C, scatter(r, *jx, 150, 400)),
        (14.0, "fire_smoke", "會展中心失火嗎，很多人站在外面", F, scatter(r, *hb, 50, 200)),
        (20.0, "illegal_parking", "會展中心附近消防車過不去，路邊違停很多", F, scatter(r, *hb, 80, 200)),
        (24.0, "noise", "經貿路三段樓上一直敲敲打打", None, (120.6595, 24.1862)),
    ]
    for at, cat, tx, truth, p in backlog:
        arr = 27.0 + r.uniform(0, 2.0)
        s.add("1999", cat, at, arr - at, tx, truth, pos=p)
    # the crash
    cv = s.add("cctv", "accident", 1.0, 0.2, "影像分析：路口疑似車輛碰撞", C, sensor="SN-CCTV-008", confidence=0.81,
               observed_skew=-7.0)
    s.add("cctv", "stalled_vehicle", 3.0, 0.2, "影像分析：車輛停滯", C, sensor="SN-CCTV-008", confidence=0.76,
          observed_skew=-7.0)
    a1 = s.add("119", "ambulance", 2.0, 0.3, "環中路/中清路口 車禍 機車騎士受傷 派遣救護車", C, pos=jx)
    s.add("119", "ambulance", 9.0, 0.3, "環中路中清路口車禍 到達 騎士腰部挫傷", C, pos=jx, status="on_scene", follows=a1)
    pi = s.add("incident", "injury_accident", 5.0, 18.0, "環中路與中清路口 自小客車與普重機碰撞，機車騎士受傷送醫", C,
               sev="Moderate", pos=offset(*jx, -10, 0), key="1161-incident-P1")
    s.add("incident", "injury_accident", 16.0, 3.0, "環中路中清路口事故車輛移置完畢，內側車道恢復通行", C, sev="Minor",
          pos=offset(*jx, -10, 0), follows=pi)
    kc = s.add("rule", "congestion", 8.0, 0.5, "環中路車輛偵測器3 往西平均車速 7 km/h，佔有率 69%", C,
               sensor="SN-VD-HUANZHONG-03", sev="Severe")
    s.dup(kc, 2.0)
    s.add("rule", "congestion", 14.0, 0.5, "中清路車輛偵測器1 往南平均車速 10 km/h", C, sensor="SN-VD-ZHONGQING-01",
          sev="Moderate")
    s.add("119", "ambulance", 28.0, 0.3, "環中路車禍 送醫完畢 返隊", C, pos=jx, status="returning", follows=a1)
    # background
    s.add("fire_alarm", "fault", 6.0, 0.1, "臺中綠美圖 火警受信總機 故障 2F 偵煙器迴路異常", None, F, sensor="SN-FA-004")
    s.add("fire_alarm", "normal", 22.0, 0.1, "臺中綠美圖 火警受信總機 復歸", None, F, sensor="SN-FA-004")
    s.add("status", "offline", 18.0, 0.1, "中央公園雨量站 離線：電池電壓低", None, sensor="SN-RG-001", reason="battery_low")
    s.add("rule", "congestion", 33.0, 0.5, "河南路車輛偵測器1 平均車速 21 km/h", None, sensor="SN-VD-HENAN-01",
          sev="Moderate")
    incidents = [inc(F, "fire", "臺中國際會展中心B館美食街廚房火警，煙竄入A館，展場疏散", kb),
                 inc(C, "traffic", "環中路/中清路口汽機車碰撞，騎士受傷", a1)]
    alternative = {"why": "The 綠美圖 panel, 300 m from hall B, reports a detector-loop fault six minutes into the "
                          "fire; a cautious coordinator attaches it to the fire until someone has checked, the main "
                          "reading treats it as an unrelated panel fault (it resets 16 minutes later with no alarm).",
                   "incidents": incidents}
    return s.write(incidents, alternative,
                   notes="Duplicated deliveries repeat every field but arrival (hall B alarm x3, hall A alarm x2, "
                         "the HUANZHONG-03 slow-down x2). SN-CCTV-008's observed times are 7 minutes early "
                         "(its clock). The 119 fire dispatch arrives after its own on-scene update; the police "
                         "follow-up arrives before the report it follows. The 1999 backlog arrives in one burst.")


def s1162():
    s = Situation(1162, "henan_flood_zhongping_crash_glitches", "2016-06-14 17:50", 116201,
                  "A thunderstorm floods the 河南路 low point by the 河南路 car park from 17:50 to about 19:30 "
                  "(peak 36 cm); the car park's entrance is closed. At 18:21 a car and a scooter collide in the "
                  "rain at 河南路/中平路, 420 m south-west. The flood sensor's gateway reconnects and re-sends its "
                  "alerts; the 河南路/中平路 camera's clock is 4 minutes fast; the officer's crash report carries "
                  "an hour-wrong time (17:21 for 18:21); 1999 cases arrive late and out of order; 119's crash "
                  "dispatch is delivered twice.")
    r = s.rng
    fl = (SENSORS["SN-FL-007"]["lon"], SENSORS["SN-FL-007"]["lat"])
    jx = (SENSORS["SN-SIG-010"]["lon"], SENSORS["SN-SIG-010"]["lat"])
    F, C = "1162-F", "1162-C"
    s.add("rule", "heavy_rain", -15.0, 0.5, "西屯雨量站 時雨量 48 mm 達大雨標準", None, sensor="C0F9T0",
          sev=RAIN_SEV["大雨"], level="大雨")
    ks = []
    for at, cm in ((0.0, 10), (12.0, 22), (25.0, 36), (70.0, 18)):
        lv, sev = flood_band(cm)
        ks.append(s.add("rule", "flood_depth", at, 0.5, f"河南路低窪處淹水感測器 淹水深度 {cm} cm", F, sensor="SN-FL-007",
                        sev=sev, level=lv))
    s.dup(ks[1], 1.0)
    s.dup(ks[1], 9.0)
    s.dup(ks[0], 21.5)
    s.add("rule", "cleared", 98.0, 0.5, "河南路低窪處淹水感測器 淹水深度 2 cm 警戒解除", F, sensor="SN-FL-007", sev="Minor")
    kp = s.add("parking", "closed", 20.0, 0.2, "河南路停車場 入口積水 暫停開放", F, sensor="SN-PK-003")
    s.dup(kp, 3.0)
    s.add("rule", "water_level", 28.0, 0.5, "中央公園南滯洪池水位 2.12 m 達三級警戒", F, None, sensor="SN-WL-002",
          sev=WL_SEV["3"], level="3")
    s.add("cctv", "flooding", 18.0, 0.2, "影像分析：路面積水", F, sensor="SN-CCTV-010", confidence=0.58,
          observed_skew=4.0)
    pf = s.add("incident", "flooding_report", 15.0, 6.0, "河南路二段（河南路停車場前）積水約25公分，機車熄火多輛", F,
               sev="Moderate", pos=offset(*fl, 15, -10))
    pc = s.add("incident", "road_closure", 27.0, 5.0, "河南路二段低窪路段積水逾30公分，雙向封閉，請改道中平路", F,
               sev="Severe", pos=offset(*fl, 15, -10))
    s.add("incident", "road_reopened", 100.0, 6.0, "河南路二段積水退去，解除封閉恢復通行", F, sev="Minor",
          pos=offset(*fl, 15, -10), follows=pc)
    for at, delay, tx in ((3.0, 4.0, "河南路停車場前面淹水了"), (9.0, 14.0, "河南路這邊水淹到機車排氣管"),
                          (11.0, 3.0, "河南路的水溝蓋冒水"), (22.0, 17.0, "河南路停車場進不去，入口都是水"),
                          (26.0, 5.0, "河南路積水很深，有車子在裡面熄火"), (48.0, 6.0, "河南路積水還沒退")):
        cat = "blocked_drain" if "水溝" in tx else "flooding"
        s.add("1999", cat, at, delay, tx, F, pos=scatter(r, *fl, 10, 150))
    # crash
    s.add("cctv", "accident", 31.0, 0.2, "影像分析：路口疑似車輛碰撞", C, sensor="SN-CCTV-010", confidence=0.72,
          observed_skew=4.0)
    a1 = s.add("119", "ambulance", 32.0, 0.3, "河南路/中平路口 車禍 機車騎士受傷 派遣救護車", C, pos=jx)
    s.dup(a1, 0.1)
    s.add("119", "ambulance", 39.0, 0.3, "河南路中平路口車禍 到達 騎士膝蓋擦挫傷 頸部疼痛", C, pos=jx, status="on_scene",
          follows=a1)
    s.add("incident", "injury_accident", 33.0, 12.0, "河南路與中平路口 雨天自小客車與普重機碰撞，騎士受傷送醫", C,
          sev="Moderate", pos=offset(*jx, 10, 5), observed_skew=-60.0)
    s.add("1999", "traffic_accident", 33.5, 15.0, "中平路河南路口有車禍，機車倒在路中間", C, pos=scatter(r, *jx, 10, 60))
    s.add("1999", "traffic_accident", 35.0, 9.0, "河南路口撞車，後面都塞住了", C, pos=scatter(r, *jx, 50, 200))
    s.add("rule", "congestion", 36.0, 0.5, "河南路車輛偵測器2 平均車速 5 km/h，佔有率 76%", C, F,
          sensor="SN-VD-HENAN-02", sev="Severe")
    s.add("rule", "congestion", 38.0, 0.5, "中平路車輛偵測器1 平均車速 9 km/h", C, sensor="SN-VD-ZHONGPING-01",
          sev="Moderate")
    s.add("119", "ambulance", 58.0, 0.3, "河南路車禍 送醫完畢 返隊", C, pos=jx, status="returning", follows=a1)
    # background
    s.add("status", "offline", 10.0, 0.1, "凱旋路車輛偵測器1 離線：設備故障", None, sensor="SN-VD-KAIXUAN-01",
          reason="device_fault")
    s.add("rule", "sensor_offline", 20.0, 0.5, "凱旋路車輛偵測器1 設備離線逾10分鐘", None, sensor="SN-VD-KAIXUAN-01",
          sev="Minor")
    s.add("rule", "congestion", 40.0, 0.5, "環中路車輛偵測器4 平均車速 19 km/h（雨天尖峰）", None,
          sensor="SN-VD-HUANZHONG-04", sev="Moderate")
    s.add("1999", "streetlight", 60.0, 11.0, "黎明路三段路燈不亮", None, pos=(120.6530, 24.1950))
    incidents = [inc(F, "flood", "河南路低窪處（河南路停車場前）積淹水，停車場入口關閉，路段封閉", ks[1]),
                 inc(C, "traffic", "河南路/中平路口雨天汽機車碰撞，騎士受傷", a1)]
    alternative = {"why": "The south detention pond's level-3 warning 500 m away is the pond doing its job and may be "
                          "background; the standstill at SN-VD-HENAN-02, 100 m from the crash and 300 m from the "
                          "flooded stretch, may be the closure's detour traffic rather than the crash's queue.",
                   "incidents": incidents}
    return s.write(incidents, alternative,
                   notes="SN-CCTV-010's observed times are 4 minutes late (fast clock; within the wire's 300 s "
                         "future skew). The police crash report is stamped 17:21, an hour before the crash and "
                         "before any rain at the junction. The first flood alert is re-sent 21 minutes later by the "
                         "reconnecting gateway.")


if __name__ == "__main__":
    print("s1161", s1161())
    print("s1162", s1162())
