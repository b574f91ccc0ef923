"""Situations 2057-2062 (seeded; writes into the parent folder of tools/)."""
import datetime as dt

from lib import SENSORS, Sit


def s2057():
    s = Sit(2057, "carpark_fire_closure_jam_rear_end", "2026-10-23", 2057)
    F, C = "F-carpark", "C-rear-end"
    s.add("rule", "congestion", "17:20", "環中路車流壅塞，平均車速 21 km/h（尖峰時段）", None, sensor="SN-VD-HUANZHONG-03", sev="Minor")
    s.add("rule", "congestion", "17:28", "河南路車流壅塞，平均車速 23 km/h（尖峰時段）", None, sensor="SN-VD-HENAN-01", sev="Minor")
    s.add("fire_alarm", "alarm", "17:22", "中央公園地下停車場 B1 偵煙探測器動作", F, sensor="SN-FA-007")
    s.add("1999", "fire_smoke", "17:24", "公園地下停車場出口一直冒黑煙，裡面好像有車子燒起來。", F, at="park_cp", r=(30, 100))
    f119 = s.add("119", "fire", "17:25", "中央公園地下停車場 B1 車輛火警，派遣水湳分隊、西屯分隊", F, at="park_cp", r=(5, 20))
    s.add("incident", "fire_report", "17:27", "中央公園地下停車場車輛起火，濃煙自出入口竄出，員警協助疏散", F, at="park_cp",
          r=(10, 50), sev="Severe")
    s.add("parking", "closed", "17:30", "中央公園地下停車場(北) 暫停開放", F, sensor="SN-PK-004")
    clo = s.add("incident", "road_closure", "17:35", "經貿路二段（綠美圖至經貿路三段）往南封閉，供消防車作業，請改道中科路", F,
                at=(120.6585, 24.1880), r=(20, 100), sev="Moderate")
    s.add("119", "fire", "17:36", "水湳分隊到達，B1 一輛自小客車全面燃燒，部署水線", F, at="park_cp", r=(5, 20),
          status="on_scene", follows=f119)
    s.add("rule", "congestion", "17:40", "經貿路車流壅塞，平均車速 12 km/h", F, sensor="SN-VD-JINGMAO-02", sev="Moderate",
          alt="C-closure-jam")
    s.add("119", "ambulance", "17:40", "停車場內民眾 1 名吸入濃煙不適，送醫", F, at="park_cp", r=(10, 40))
    s.add("rule", "congestion", "17:45", "中科路車流壅塞，平均車速 10 km/h", F, sensor="SN-VD-ZHONGKE-01", sev="Moderate",
          alt="C-closure-jam")
    j1 = s.add("1999", "other", "17:50", "經貿路整個塞死，前面到底發生什麼事？十分鐘動不到一百公尺。", F, at="jm_jm7", r=(50, 200),
               alt="C-closure-jam")
    s.add("rule", "congestion", "17:55", "經貿路車流壅塞，平均車速 6 km/h", F, sensor="SN-VD-JINGMAO-02", sev="Severe",
          alt="C-closure-jam")
    s.add("1999", "other", "17:58", "中科路改道的車全部擠過來，可不可以派人指揮交通？", F, at=(120.6535, 24.1900), r=(30, 150),
          alt="C-closure-jam")
    s.add("cctv", "stalled_vehicle", "18:04", "經貿路二段/經貿七路 車輛停滯", C, sensor="SN-CCTV-006", confidence=0.83)
    k = s.add("1999", "traffic_accident", "18:06", "經貿七路口塞車的時候後面的車追撞前面，兩台車停在路中間。", C, at="jm_jm7",
              r=(20, 80))
    pa = s.add("incident", "accident", "18:07", "經貿路二段/經貿七路口 回堵車陣中三車追撞，1 人頸部不適", C, at="jm_jm7",
               r=(5, 40), sev="Moderate")
    s.add("119", "ambulance", "18:08", "經貿路二段/經貿七路 追撞 1 人頸部不適，派遣救護車", C, at="jm_jm7", r=(5, 30))
    s.dup(k, "18:11")
    s.add("119", "fire", "18:10", "火勢控制，排煙中", F, at="park_cp", r=(5, 20), status="on_scene", follows=f119)
    s.add("incident", "other", "18:30", "經貿七路口追撞車輛拖離，恢復通行", C, at="jm_jm7", r=(5, 40), sev="Minor", follows=pa)
    s.add("incident", "road_reopened", "18:50", "經貿路二段解除封閉，恢復通行", F, at=(120.6585, 24.1880), r=(20, 100),
          sev="Minor", follows=clo)
    s.add("fire_alarm", "normal", "18:55", "中央公園地下停車場 火警受信總機復歸", F, sensor="SN-FA-007")
    s.add("119", "fire", "19:05", "殘火處理完畢，返隊", F, at="park_cp", r=(5, 20), status="returning", follows=f119)
    s.routine(3, "17:20", "19:00", cats=["streetlight", "illegal_parking", "other"], spots=["hub", "cmu", "fcu"])
    s.incident(F, "fire", "中央公園地下停車場B1車輛火警，一人嗆傷；經貿路封閉供消防作業，改道造成經貿路、中科路回堵。", f119)
    s.incident(C, "traffic", "封路回堵車陣中經貿七路口三車追撞，一人頸部不適。", pa)
    s.alt = {"why": "The jam the closure caused is work for the traffic police (directing detoured traffic on 中科路), a job "
                    "a coordinator may open on its own rather than leave under the fire's.",
             "incidents": [dict(x) for x in s.incidents] + [
                 {"label": "C-closure-jam", "type": "traffic", "description": "經貿路封閉改道造成的回堵與中科路壅塞，派員疏導。",
                  "sufficient_evidence_key": j1}]}
    s.description = ("週五傍晚尖峰，中央公園地下停車場B1一輛車起火，濃煙從出入口冒出。消防作業需要，警方封閉經貿路二段往南，"
                     "車流改道中科路，經貿路與中科路大塞車，民眾來電抱怨。回堵車陣延伸到北邊五百公尺的經貿七路口，發生三車"
                     "追撞。火勢控制後解除封閉。")
    s.notes = ("Why: a cascade. The closure and the jam it caused are the fire's consequence and are handled with it; the "
               "rear-end collision in the queue is a new event that needs its own tow and ambulance: a second job although "
               "it was caused by the first. Rush-hour slow-downs elsewhere (環中路, 河南路) are background. Opening: 119's "
               "dispatch after the panel and a caller.")
    s.write()


def s2058():
    s = Sit(2058, "underpass_floods_twice", "2026-06-20", 2058)
    U1, U2 = "F-underpass-pm", "F-underpass-night"
    s.add("rule", "heavy_rain", "13:58", "水湳轉運中心雨量站 60 分鐘累積雨量 48.0 mm，達大雨標準", None, sensor="SN-RG-002",
          sev="Moderate", level="大雨")
    s.add("rule", "flood_depth", "14:10", "中清環中路口地下道 淹水深度 11 cm", U1, sensor="SN-FL-006", sev="Minor", level="1-15")
    s.add("1999", "flooding", "14:20", "中清路環中路口的地下道積水，車子開過去水花很高。", U1, at="zq_hz", r=(30, 120))
    s.add("rule", "flood_depth", "14:25", "中清環中路口地下道 淹水深度 24 cm", U1, sensor="SN-FL-006", sev="Moderate",
          level="16-30")
    s.add("cctv", "flooding", "14:30", "中清路/環中路 路面積水", U1, sensor="SN-CCTV-008", confidence=0.8)
    s.add("1999", "flooding", "14:35", "地下道快淹到一半了，有機車卡在裡面。", U1, at="zq_hz", r=(30, 120))
    s.add("rule", "flood_depth", "14:40", "中清環中路口地下道 淹水深度 38 cm", U1, sensor="SN-FL-006", sev="Severe", level=">30")
    c1 = s.add("incident", "road_closure", "14:45", "中清環中路口地下道積水封閉，車輛改走平面道路", U1, at="zq_hz", r=(10, 60),
               sev="Severe")
    s.add("rule", "congestion", "14:50", "中清路車流壅塞，平均車速 10 km/h", U1, sensor="SN-VD-ZHONGQING-01", sev="Moderate")
    s.add("rule", "cleared", "15:40", "中清環中路口地下道 淹水警戒解除", U1, sensor="SN-FL-006", sev="Minor")
    s.add("incident", "road_reopened", "15:55", "中清環中路口地下道抽水完畢，恢復通行", U1, at="zq_hz", r=(10, 60), sev="Minor",
          follows=c1)
    s.add("1999", "blocked_drain", "18:05", "中清路地下道的抽水站好像壞了，下午淹水到現在都沒人來看。", U1, at="zq_hz",
          r=(30, 150))
    s.add("rule", "congestion", "18:10", "環中路車流壅塞，平均車速 20 km/h（尖峰時段）", None, sensor="SN-VD-HUANZHONG-03",
          sev="Minor")
    s.routine(4, "15:00", "21:00", cats=["streetlight", "illegal_parking", "road_damage", "other"],
              spots=["hub", "jm6_pk", "tower", "liming_kx"])
    s.add("rule", "heavy_rain", "19:55", "水湳轉運中心雨量站 60 分鐘累積雨量 41.5 mm，達大雨標準", None, sensor="SN-RG-002",
          sev="Moderate", level="大雨")
    s.add("rule", "flood_depth", "20:10", "中清環中路口地下道 淹水深度 9 cm", U2, sensor="SN-FL-006", sev="Minor", level="1-15")
    n1 = s.add("1999", "flooding", "20:20", "中清環中地下道又淹水了，下午才淹過，到現在還是沒處理好。", U2, at="zq_hz", r=(30, 120))
    s.dup(n1, "20:24")
    s.add("rule", "flood_depth", "20:25", "中清環中路口地下道 淹水深度 27 cm", U2, sensor="SN-FL-006", sev="Moderate",
          level="16-30")
    c2 = s.add("incident", "road_closure", "20:30", "中清環中路口地下道再度積水封閉", U2, at="zq_hz", r=(10, 60), sev="Moderate")
    s.add("cctv", "flooding", "20:31", "中清路/環中路 路面積水", U2, sensor="SN-CCTV-008", confidence=0.72)
    s.add("status", "offline", "20:40", "中清路車輛偵測器1 通訊中斷", U2, sensor="SN-VD-ZHONGQING-01", reason="comms_lost",
          alt=None)
    s.add("status", "online", "20:52", "中清路車輛偵測器1 恢復連線", U2, sensor="SN-VD-ZHONGQING-01", alt=None)
    s.add("rule", "cleared", "21:30", "中清環中路口地下道 淹水警戒解除", U2, sensor="SN-FL-006", sev="Minor")
    s.add("incident", "road_reopened", "21:40", "中清環中路口地下道恢復通行，抽水站已派員檢修", U2, at="zq_hz", r=(10, 60),
          sev="Minor", follows=c2)
    s.incident(U1, "flood", "下午雷雨中清環中路口地下道積水38公分，封閉一小時後抽乾恢復通行。",
               [x["key"] for x in s.lines if x["category"] == "flooding" and x["feed"] == "1999"][0])
    s.incident(U2, "flood", "晚間第二波雨地下道再度積水27公分，再次封閉；抽水站派員檢修。", n1)
    s.alt = {"why": "Both floods share one cause (the underpass pump that was not fixed after the afternoon); a coordinator "
                    "who keeps the afternoon job open until the pump is repaired would log the evening water under it.",
             "incidents": [{"label": U1, "type": "flood", "description": "中清環中路口地下道抽水站失效，下午與晚間兩度積水封閉。",
                            "sufficient_evidence_key": s.incidents[0]["sufficient_evidence_key"]}]}
    for it in s.lines:  # under the alternative reading the evening flood is the afternoon job
        if it["truth"] == U2 and "truth_alt" not in it:
            it["truth_alt"] = U1
    s.description = ("下午兩點雷雨，中清環中路口地下道積水達38公分，警方封閉，四點前抽乾恢復通行。傍晚民眾來電說抽水站好像壞了"
                     "沒人來修；晚上八點第二波大雨，同一地下道又積水，再次封閉，九點四十分恢復。中間夾著環中路下班尖峰壅塞與"
                     "中清路偵測器短暫斷線。")
    s.notes = ("Why: the same place flooded twice, six hours apart, with a reopening in between: two dispatches (two "
               "closures, two pump runs). The 18:05 call about the broken pump follows up the afternoon job. The "
               "detector's 12-minute link loss during the second flood (the cabinet at a flooded junction) is part of it "
               "under the main reading; a mere link flap is noise under the alternative. Opening: the first citizen call "
               "after the sensor's first band (afternoon) and the 'flooded again' call (evening).")
    s.write()


def s2059():
    s = Sit(2059, "feeder_trip_dark_junctions_lift", "2026-12-02", 2059)
    P_, L, T = "I-power-north", "R-lift", "C-dark-junction"
    s.routine(2, "18:40", "19:00", cats=["streetlight", "illegal_parking"], spots=["henan_pk", "cmu"])
    s.add("rule", "congestion", "18:45", "環中路車流壅塞，平均車速 19 km/h（尖峰時段）", None, sensor="SN-VD-HUANZHONG-02",
          sev="Minor")
    s.add("signal", "fault", "19:05:10", "經貿路二段/黎明路三段 號誌黑燈", P_, sensor="SN-SIG-005", alt="C-dark-signals")
    s.add("signal", "fault", "19:05:14", "經貿路二段/經貿七路 號誌黑燈", P_, sensor="SN-SIG-006", alt="C-dark-signals")
    first = s.add("status", "offline", "19:05:20", "經貿路二段/黎明路三段 路口監視器 市電中斷", P_, sensor="SN-CCTV-005",
                  reason="mains_power_lost")
    s.add("status", "offline", "19:05:25", "經貿路車輛偵測器1 市電中斷", P_, sensor="SN-VD-JINGMAO-01", reason="mains_power_lost")
    s.add("status", "offline", "19:05:31", "經貿路二段/經貿七路 路口監視器 市電中斷", P_, sensor="SN-CCTV-006",
          reason="mains_power_lost")
    s.add("fire_alarm", "fault", "19:05:40", "臺灣智慧營運塔 受信總機 主電源異常，切換預備電源", P_, sensor="SN-FA-005")
    c1 = s.add("1999", "power_outage", "19:07", "會展中心附近整區停電了，店裡全黑。", P_, at="hall_a", r=(50, 200))
    s.add("1999", "streetlight", "19:08", "經貿路整排路燈都不亮，一片漆黑。", P_, at="jm_jm7", r=(50, 250))
    lift = s.add("1999", "rescue", "19:09", "營運塔旁邊辦公大樓電梯停電卡住，我同事在裡面，兩個人出不來。", L, at="tower",
                 r=(30, 120))
    r119 = s.add("119", "rescue", "19:12", "經貿路二段辦公大樓 電梯停電受困 2 人，派遣水湳分隊救助", L, at="tower", r=(20, 80))
    pd = s.add("incident", "traffic_signal_fault", "19:13", "經貿路二段/黎明路三段、經貿七路口號誌全暗，派員指揮交通", P_,
               at="jm_liming", r=(10, 80), sev="Moderate", alt="C-dark-signals")
    s.add("1999", "power_outage", "19:15", "綠美圖這邊也停電，台電什麼時候會來？", P_, at="museumbrary", r=(30, 150))
    s.add("cctv", "signal_dark", "19:06", "中清路/環中路 號誌黑燈", None, sensor="SN-CCTV-008", confidence=0.41,
          arrive="19:16")  # low-confidence false flag at an intersection that kept power
    s.add("rule", "sensor_offline", "19:16", "經貿路車輛偵測器1 超過 10 分鐘未回傳資料", P_, sensor="SN-VD-JINGMAO-01",
          sev="Minor")
    s.add("119", "rescue", "19:24", "到達現場，受困 2 人已救出，無人受傷", L, at="tower", r=(20, 80), status="on_scene",
          follows=r119)
    ca = s.add("incident", "injury_accident", "19:25", "經貿路二段/經貿七路口號誌黑燈，自小客與機車路口碰撞，騎士受傷", T,
               at="jm_jm7", r=(5, 40), sev="Moderate")
    s.add("119", "ambulance", "19:26", "經貿路二段/經貿七路 車禍 機車騎士 1 名受傷送醫", T, at="jm_jm7", r=(5, 30))
    k = s.add("1999", "traffic_accident", "19:27", "經貿七路口紅綠燈沒亮，剛剛兩台車撞在一起。", T, at="jm_jm7", r=(20, 90))
    s.dup(k, "19:31")
    s.add("1999", "power_outage", "19:40", "已經停電半小時了，冰箱的東西怎麼辦？", P_, at="tower", r=(50, 200))
    s.add("signal", "restored", "20:10:05", "經貿路二段/黎明路三段 號誌恢復正常", P_, sensor="SN-SIG-005", alt="C-dark-signals")
    s.add("signal", "restored", "20:10:09", "經貿路二段/經貿七路 號誌恢復正常", P_, sensor="SN-SIG-006", alt="C-dark-signals")
    for sid in ("SN-CCTV-005", "SN-VD-JINGMAO-01", "SN-CCTV-006"):
        s.add("status", "online", "20:10:20", "%s 恢復連線" % SENSORS[sid]["properties"]["name"], P_, sensor=sid)
    s.add("fire_alarm", "normal", "20:10:30", "臺灣智慧營運塔 受信總機 主電源恢復", P_, sensor="SN-FA-005")
    s.add("incident", "other", "20:20", "經貿路二段號誌恢復，撤除指揮人力", P_, at="jm_liming", r=(10, 80), sev="Minor",
          follows=pd, alt="C-dark-signals")
    s.routine(2, "19:30", "20:30", cats=["illegal_parking", "road_damage"], spots=["henan_pk", "fcu"])
    s.incident(P_, "infrastructure", "北側會展/營運塔一帶饋線跳脫停電一小時：兩處號誌黑燈、攝影機與偵測器斷電、營運塔總機切換預備電源、"
               "住戶商家停電、路燈全暗、警方指揮交通。", first)
    s.incident(L, "rescue", "營運塔旁辦公大樓電梯停電受困兩人，救出無傷。", r119)
    s.incident(T, "traffic", "號誌黑燈的經貿七路口汽機車碰撞，騎士受傷送醫。", ca)
    s.alt = {"why": "The dark junctions and the officers directing traffic there are the traffic police's job, separate from "
                    "the power company's repair of the feeder, although the same cut caused them.",
             "incidents": [dict(x) for x in s.incidents] + [
                 {"label": "C-dark-signals", "type": "traffic", "description": "停電造成經貿路兩處號誌黑燈，派員指揮交通。",
                  "sufficient_evidence_key": pd}]}
    s.description = ("冬天晚上七點，會展中心、營運塔一帶饋線跳脫：經貿路兩處號誌黑燈、路口攝影機與偵測器以市電中斷離線、營運塔"
                     "火警總機切換預備電源，商家住戶來電停電、路燈整排不亮，警方到黑燈路口指揮交通。停電同時有兩人受困電梯，"
                     "黑燈的經貿七路口又發生汽機車碰撞。八點十分復電。")
    s.notes = ("Why: one power cut, one repair (Taipower), seen through many device types and calls over ~700 m. The people "
               "trapped in the lift need a rescue crew, and the crash at the dark junction needs an ambulance and a traffic "
               "officer: jobs of their own. The 中清/環中 camera's low-confidence 'dark signal' is a false flag at a "
               "junction that kept power (noise). Opening: the first device reporting mains power lost, with two dark "
               "signals in the same ten seconds.")
    s.write()


def s2060():
    s = Sit(2060, "henan_rd_works_hit_water_main", "2026-04-14", 2060)
    W = "I-water-main"
    pe = s.add("planned_event", "road_works", ("09:00", -1), "河南路（河南路停車場前）自來水管線汰換工程，外側車道封閉", None,
               at="henan_pk", r=None, arrive=("16:00", -6), ends=("17:00", 3), radius_m=200, alt=W)
    s.add("rule", "congestion", "08:10", "河南路車流壅塞，平均車速 14 km/h", None, sensor="SN-VD-HENAN-02", sev="Moderate")
    s.add("1999", "noise", "09:30", "河南路施工機具一大早就在敲，很吵。", None, at="henan_pk", r=(50, 200))
    s.add("1999", "road_damage", "09:55", "施工路段鋪的鐵板不平，機車經過會跳。", None, at="henan_pk", r=(20, 120))
    s.routine(2, "08:00", "10:30", cats=["streetlight", "illegal_parking", "other"], spots=["hub", "tower", "eco_a"])
    c1 = s.add("1999", "flooding", "10:42", "河南路施工的地方水一直冒出來，整條路都是水，沒有下雨。", W, at="henan_pk", r=(20, 90))
    p1 = s.add("incident", "flooding_report", "10:48", "河南路停車場前施工挖破自來水管，大量湧水漫流路面", W, at="henan_pk",
               r=(10, 50), sev="Moderate")
    s.add("rule", "flood_depth", "10:50", "河南路低窪處 淹水深度 12 cm", W, sensor="SN-FL-007", sev="Minor", level="1-15")
    s.add("1999", "water_outage", "11:00", "家裡突然沒水了，水龍頭打開都沒有，也沒看到停水公告。", W, at="henan_pk", r=(200, 450))
    s.add("rule", "flood_depth", "11:05", "河南路低窪處 淹水深度 21 cm", W, sensor="SN-FL-007", sev="Moderate", level="16-30")
    cl = s.add("incident", "road_closure", "11:10", "河南路（河南路停車場前）雙向封閉，請改道中平路", W, at="henan_pk", r=(20, 120),
               sev="Moderate")
    s.add("parking", "closed", "11:15", "河南路停車場 暫停開放", W, sensor="SN-PK-003")
    w2 = s.add("1999", "water_outage", "11:18", "逢甲水湳校區這邊停水，學生宿舍沒水。", W, at="fcu", r=(30, 150))
    s.dup(w2, "11:26")
    s.add("rule", "congestion", "11:20", "河南路車流壅塞，平均車速 6 km/h", W, sensor="SN-VD-HENAN-02", sev="Severe")
    s.add("1999", "water_outage", "11:30", "中平路這邊也沒水，請問什麼時候恢復？", W, at="henan_zp", r=(50, 200))
    s.add("rule", "congestion", "11:35", "中平路車流壅塞，平均車速 12 km/h", W, sensor="SN-VD-ZHONGPING-01", sev="Moderate")
    s.add("1999", "other", "12:10", "我的車停在河南路停車場出不來，入口都是水。", W, at="henan_pk", r=(10, 60))
    s.add("rule", "cleared", "13:00", "河南路低窪處 淹水警戒解除", W, sensor="SN-FL-007", sev="Minor")
    s.add("incident", "road_reopened", "14:00", "河南路管線搶修完成，恢復通行（施工車道維持封閉）", W, at="henan_pk",
          r=(20, 120), sev="Minor", follows=cl)
    s.add("parking", "empty", "14:30", "河南路停車場 車位全空", None, sensor="SN-PK-003", alt=W)
    s.add("1999", "road_damage", "15:20", "經貿路三段路面坑洞，請修補。", None, at="eco_b", r=(30, 120))
    s.add("rule", "congestion", "17:35", "河南路車流壅塞，平均車速 16 km/h", None, sensor="SN-VD-HENAN-02", sev="Minor")
    s.incident(W, "infrastructure", "河南路施工挖破自來水幹管：路面湧水、河南路低窪處淹水、停車場關閉、周邊停水、雙向封路搶修。", p1)
    s.alt = {"why": "The works permit is the cause of the break; a coordinator could file it with the job (the contractor is "
                    "called to it), and the car park standing empty after the closure is the break's after-effect.",
             "incidents": [dict(s.incidents[0])]}
    s.description = ("河南路停車場前自來水管線汰換工程已施工一天：早上的壅塞、噪音、鐵板不平的抱怨都是施工預期的影響。上午十點"
                     "四十分，怪手挖破自來水幹管，沒下雨路面卻大量湧水，河南路低窪處淹水計動作，停車場入口進水關閉，附近住戶、"
                     "逢甲水湳校區停水，警方雙向封路搶修，下午兩點恢復通行。")
    s.notes = ("Why: a burst main is one job (the water company and the road police), whatever its evidence looks like: "
               "flood sensors, flood calls with no rain, water-outage calls up to ~500 m away, a car park closed. The planned "
               "works and the complaints it explains are no job; nor is the evening rush slow-down. A program keyed on "
               "'flood' will look for rain and a drainage job; one keyed on the permit may swallow the burst into planned "
               "works. Opening: the police report naming the broken pipe (the first call says water with no rain, which "
               "a coordinator would check first).")
    s.write()


def s2061():
    s = Sit(2061, "smoke_drifting_from_outside", "2026-02-10", 2061)
    X, A, G = "F-factory-west", "F-fcu-alarm", "F-park-grass"
    fx = (120.6285, 24.1835)  # outside the zone, west of 環中路
    s.routine(2, "15:00", "15:30", cats=["streetlight", "illegal_parking"], spots=["eco_b", "cmu"])
    f1 = s.add("119", "fire", "15:32", "西屯區工業區 鐵皮工廠火警，塑膠原料燃燒，派遣西屯、協和、水湳分隊", X, at=fx, r=(5, 30))
    s.add("cctv", "smoke", "15:35", "臺灣大道/環中路 畫面出現濃煙", X, sensor="SN-CCTV-009", confidence=0.74)
    s.add("cctv", "smoke", "15:38", "台74線/環中路二段 畫面出現煙霧", X, sensor="SN-CCTV-001", confidence=0.62)
    s.add("incident", "fire_report", "15:40", "台74線/環中路口往西方向可見大量黑煙，非本轄區，已確認為西屯工業區工廠火警", X,
          at="t74_hz", r=(20, 80), sev="Moderate")
    s.add("119", "fire", "15:42", "工廠火勢猛烈，第二次增派，請周邊民眾關閉門窗", X, at=fx, r=(5, 30), status="on_scene",
          follows=f1)
    for at, txt in [("liming_kx", "黎明路這邊聞到很重的燒塑膠味，西邊天空一片黑煙。"),
                    ("hub", "轉運站這裡都是煙味，是哪裡失火？"),
                    ("kx_hz", "凱旋路環中路口看到西邊很大的黑煙。"),
                    ("popmusic", "影音中心附近空氣很臭，好像有東西在燒。"),
                    ("hall_a", "會展中心外面聞到燒焦味，煙從西邊飄過來。")]:
        s.add("1999", "fire_smoke", "15:%02d" % (44 + len(s.lines) % 10), txt, X, at=at, r=(40, 200), delay=s.rng.randint(30, 240))
    fa = s.add("fire_alarm", "alarm", "15:50", "逢甲大學水湳校區 3F 空調機房 偵煙探測器動作", A, sensor="SN-FA-009", alt=X)
    a2 = s.add("1999", "other", "15:55", "逢甲水湳校區實驗大樓警鈴一直響，大家都疏散到外面，沒看到火，但有煙味。", A, at="fcu",
               r=(20, 80), alt=X)
    a3 = s.add("119", "fire", "15:57", "逢甲大學水湳校區 火警受信總機動作，派遣水湳分隊確認", A, at="fcu", r=(5, 30), alt=X)
    g1 = s.add("1999", "fire_smoke", "16:04", "中央公園草地上有人烤肉，火燒到旁邊的草皮，越燒越大。", G, at=(120.6560, 24.1810),
               r=(20, 80))
    g2 = s.add("119", "fire", "16:07", "中央公園南段草地 雜草火警，派遣水湳分隊", G, at=(120.6560, 24.1810), r=(10, 40))
    s.add("119", "fire", "16:12", "逢甲水湳校區 到達確認，空調外氣引入外部煙霧觸發偵煙，無火情", A, at="fcu", r=(5, 30),
          status="closed", follows=a3, alt=X)
    s.add("fire_alarm", "normal", "16:14", "逢甲大學水湳校區 火警受信總機復歸", A, sensor="SN-FA-009", alt=X)
    s.add("1999", "fire_smoke", "16:15", "公園裡面有煙，在步道旁邊燒起來了。", G, at=(120.6560, 24.1810), r=(30, 120))
    s.add("1999", "fire_smoke", "16:18", "北屯這邊也聞到燒焦味，西屯那邊的火還沒滅嗎？", X, at="eco_a", r=(50, 250))
    s.add("119", "fire", "16:20", "中央公園草地火警撲滅，燃燒面積約 30 平方公尺", G, at=(120.6560, 24.1810), r=(10, 40),
          status="returning", follows=g2)
    s.add("rule", "congestion", "16:35", "環中路車流壅塞，平均車速 20 km/h", None, sensor="SN-VD-HUANZHONG-04", sev="Minor",
          alt=X)
    s.add("119", "fire", "17:10", "工廠火勢控制，殘火處理中", X, at=fx, r=(5, 30), status="on_scene", follows=f1)
    s.routine(2, "16:20", "17:00", cats=["road_damage", "other"], spots=["henan_pk", "tower"])
    s.incident(X, "fire", "園區西側約兩公里外西屯工業區工廠火警，濃煙隨風飄入水湳，路口攝影機偵測到煙、多位民眾通報煙味。", f1)
    s.incident(A, "fire", "逢甲水湳校區空調引入外部煙霧觸發偵煙，消防確認無火情。", a3)
    s.incident(G, "fire", "中央公園南段烤肉延燒草皮，小面積雜草火警。", g1)
    s.alt = {"why": "The campus alarm was set off by the factory's smoke drawn in by the air conditioning; it could be filed "
                    "under the factory fire as one of its effects (and the 16:35 slow-down on 環中路 near the fire's side as "
                    "its traffic effect) rather than as a check job of its own.",
             "incidents": [dict(s.incidents[0]), dict(s.incidents[2])]}
    s.description = ("下午三點半，園區西側約兩公里外的西屯工業區鐵皮工廠大火，東北季風把黑煙吹進水湳：臺灣大道與台74線路口攝影機"
                     "偵測到煙，黎明路、轉運站、影音中心、會展中心的民眾紛紛來電說聞到燒塑膠味。十五點五十分逢甲水湳校區偵煙"
                     "動作、師生疏散，消防到場確認是空調引入外部煙霧。十六點又有民眾在中央公園烤肉延燒草皮，是另一件小火警。")
    s.notes = ("Why: the smoke calls inside the zone are about the factory fire outside it (119 has it already); they are "
               "not a fire in the zone, and their positions are far from the fire's. The campus alarm needed its own crew "
               "to check it (a job, closed as no fire). The park grass fire is a real, separate fire that a program may fold "
               "into 'smoke everywhere' this afternoon. Opening: 119's dispatch of the factory, the campus check and the "
               "park caller describing flames spreading on the grass.")
    s.write()


def s2062():
    s = Sit(2062, "wrong_way_driver_ends_in_crash", "2026-11-07", 2062)
    W, S = "C-wrong-way", "C-t74-breakdown"
    s.add("1999", "noise", "00:40", "環中路有改裝車在飆車，很吵。", None, at="kx_hz", r=(80, 250))
    s.add("cctv", "stalled_vehicle", "00:50", "台74線/環中路二段 車輛停滯", S, sensor="SN-CCTV-001", confidence=0.86)
    ps = s.add("incident", "stalled_vehicle", "00:53", "台74線與環中路二段口 自小貨車故障停於內側車道，已擺設警示，等待拖吊", S,
               at="t74_hz", r=(10, 50), sev="Minor")
    s.add("cctv", "wrong_way", "01:21", "台74線/環中路二段 車輛逆向行駛", W, sensor="SN-CCTV-001", confidence=0.71, alt="C-wrong-way-hunt")
    s.add("cctv", "wrong_way", "01:22", "凱旋路/環中路二段 車輛逆向行駛", W, sensor="SN-CCTV-002", confidence=0.79, alt="C-wrong-way-hunt")
    pw = s.add("incident", "wrong_way_driver", "01:23", "環中路二段 白色自小客逆向往中清路方向行駛，通報沿線巡邏車攔截", W,
               at="kx_hz", r=(20, 150), sev="Severe", alt="C-wrong-way-hunt")
    s.add("1999", "other", "01:23:40", "環中路上有一台白色轎車逆向開，差點撞到我！", W, at="zk_hz", r=(50, 200),
          alt="C-wrong-way-hunt")
    s.add("cctv", "wrong_way", "01:24", "中科路/環中路二段 車輛逆向行駛", W, sensor="SN-CCTV-003", confidence=0.83, alt="C-wrong-way-hunt")
    s.add("cctv", "wrong_way", "01:25", "經貿路二段/環中路二段 車輛逆向行駛", W, sensor="SN-CCTV-004", confidence=0.77,
          alt="C-wrong-way-hunt")
    s.add("incident", "stalled_vehicle", "01:26", "台74線故障車拖吊完成，恢復通行", S, at="t74_hz", r=(10, 50), sev="Minor",
          follows=ps)
    s.add("cctv", "stalled_vehicle", "01:28", "中清路/環中路 車輛停滯", W, sensor="SN-CCTV-008", confidence=0.88)
    pc = s.add("incident", "injury_accident", "01:29", "中清路/環中路口 逆向自小客與機車對撞，機車騎士倒地不起", W, at="zq_hz",
               r=(5, 40), sev="Severe", follows=pw)
    a = s.add("119", "ambulance", "01:29:30", "中清路/環中路口 車禍 機車騎士意識不清，派遣救護車 2 輛", W, at="zq_hz", r=(5, 30))
    k = s.add("1999", "traffic_accident", "01:30", "中清環中路口剛剛撞得很大聲，機車騎士躺在地上不動。", W, at="zq_hz", r=(20, 90))
    s.dup(k, "01:33")
    s.add("incident", "road_closure", "01:40", "中清路/環中路口事故處理，往市區方向車道封閉", W, at="zq_hz", r=(10, 60),
          sev="Moderate")
    s.add("119", "ambulance", "01:41", "到達現場，騎士送醫，逆向駕駛輕傷", W, at="zq_hz", r=(5, 30), status="on_scene", follows=a)
    s.add("status", "offline", "01:45", "黎明路車輛偵測器1 通訊中斷", None, sensor="SN-VD-LIMING-01", reason="comms_lost")
    s.add("status", "online", "01:49", "黎明路車輛偵測器1 恢復連線", None, sensor="SN-VD-LIMING-01")
    s.add("incident", "other", "02:00", "逆向駕駛酒測值 0.82 mg/L，依公共危險罪移送", W, at="zq_hz", r=(10, 60), sev="Moderate",
          follows=pc)
    s.add("incident", "road_reopened", "02:40", "中清路/環中路口事故排除，恢復通行", W, at="zq_hz", r=(10, 60), sev="Minor")
    s.routine(3, "00:30", "02:40", cats=["streetlight", "other", "illegal_parking"], spots=["cmu", "eco_b", "henan_pk", "fcu"])
    s.incident(W, "traffic", "酒駕自小客沿環中路二段逆向約一公里，經四支路口攝影機，最後在中清環中路口與機車對撞，騎士重傷。", pw)
    s.incident(S, "traffic", "台74線/環中路口自小貨車故障，拖吊完成。", ps)
    s.alt = {"why": "The chase of a moving wrong-way driver (patrol cars intercepting along 環中路) and the crash scene at "
                    "中清/環中 can be read as two jobs: one ended when the car stopped, the other began.",
             "incidents": [dict(x) for x in s.incidents] + [
                 {"label": "C-wrong-way-hunt", "type": "traffic", "description": "環中路二段逆向車攔截。",
                  "sufficient_evidence_key": pw}]}
    s.alt["incidents"][0] = dict(s.alt["incidents"][0], sufficient_evidence_key=pc,
                                 description="中清環中路口逆向車與機車對撞，騎士重傷。")
    s.description = ("週六凌晨一點二十分，一部酒駕白色轎車在環中路二段逆向行駛，沿途經台74線、凱旋路、中科路、經貿路四個路口的"
                     "攝影機，民眾來電說差點被撞；七分鐘後在一公里外的中清路環中路口與機車對撞，騎士重傷。半小時前，第一支"
                     "攝影機所在的台74線路口另有一部小貨車故障，已拖吊完畢。")
    s.notes = ("Why: a moving incident. The wrong-way driver seen by four cameras a kilometre apart, and the crash he caused, "
               "are one chase-then-crash job; the breakdown at the first camera half an hour earlier is another, though it "
               "is the same camera. Opening: the police broadcast of the wrong-way car (after two camera flags).")
    s.write()


if __name__ == "__main__":
    for f in (s2057, s2058, s2059, s2060, s2061, s2062):
        f()
