"""Situations 137-142. Run: python3 gen_b.py"""
from datetime import timedelta
from lib import Sit, P


def s137():
    s = Sit(137, "zhongqing_crash_jam_second_crash",
            "週五傍晚尖峰（2026-10-02 17:40-19:15），中清路/環中路口大貨車與自小客車碰撞，一人受傷，環中路西向與中清路南向回堵；"
            "27 分鐘後回堵車陣尾端（中科路/環中路口）發生追撞。連鎖事故：第一件含其造成的回堵，第二件另派員處理。")
    D = "2026-10-02 "
    A, B = "137-A", "137-B"
    s.incident(A, "traffic", "中清路/環中路口大貨車與自小客車碰撞，一人受傷，佔用兩車道，環中路、中清路回堵")
    s.incident(B, "traffic", "環中路二段中科路口 回堵車陣尾端機車追撞自小客車，騎士擦傷")
    s.add("parking", "full", D + "17:36:00", "小型車車位已滿", None, sensor_id="SN-PK-001")
    s.add("cctv", "stalled_vehicle", D + "17:44:30", "影像分析：路口內車輛停滯", A, sensor_id="SN-CCTV-008", confidence=0.84)
    s.add("1999", "traffic_accident", D + "17:45:00", "中清路環中路口大卡車跟轎車撞在一起，轎車車頭全毀", A, where="中清環中", suff=True)
    s.add("119", "ambulance", D + "17:46:00", "中清路與環中路口 車禍 自小客車駕駛受困車內，派遣救護及救助", A, where="中清環中", severity="Severe")
    s.add("119", "rescue", D + "17:46:30", "自小客車車門變形，駕駛受困待破壞救援", A, where="中清環中", severity="Severe")
    s.add("1999", "traffic_accident", D + "17:47:00", "環中路中清路口車禍很嚴重，有人受傷", A, where="中清環中")
    p1 = s.add("incident", "injury_accident", D + "17:49:00", "中清路/環中路口 大貨車與自小客車碰撞，駕駛受困，佔用內側兩車道", A,
               where="中清環中", severity="Severe")
    s.cong("SN-VD-HUANZHONG-03", D + "17:51:00", 7, A, severity="Severe")
    s.cong("SN-VD-ZHONGQING-01", D + "17:53:00", 10, A)
    s.add("1999", "traffic_accident", D + "17:55:00", "中清路往北整個塞住，前面好像有車禍", A, where=(120.6585, 24.1965), jitter=80)
    s.cong("SN-VD-HUANZHONG-02", D + "18:01:00", 12, A)
    s.add("incident", "road_closure", D + "18:04:00", "環中路西向內側兩車道封閉，車輛改道經貿路", A, where="中清環中", severity="Moderate", follows=p1)
    s.add("1999", "other", D + "18:06:00", "環中路塞到中科路了，一動也不動", A, where="中科環中", jitter=100)
    s.add("119", "ambulance", D + "18:09:00", "受困駕駛已救出，送中國醫藥大學附設醫院", A, where="中清環中", severity="Severe")
    # second crash at the tail of the queue
    s.add("cctv", "stalled_vehicle", D + "18:12:20", "影像分析：車輛停滯於外側車道", B, sensor_id="SN-CCTV-003", confidence=0.77, truth_alt=A)
    s.add("1999", "traffic_accident", D + "18:13:00", "環中路中科路口機車撞到前面停著的汽車，騎士倒地", B, where="中科環中", suff=True, truth_alt=A)
    s.add("119", "ambulance", D + "18:14:30", "環中路二段中科路口 機車追撞 騎士手肘擦傷", B, where="中科環中", severity="Minor", truth_alt=A)
    s.add("incident", "accident", D + "18:18:00", "環中路二段/中科路口 機車追撞停等中自小客車，騎士輕傷", B, where="中科環中",
          severity="Minor", truth_alt=A)
    s.add("1999", "traffic_accident", D + "18:20:00", "環中路又一起車禍，在轉運中心附近", B, where="中科環中", jitter=100, truth_alt=A)
    s.cong("SN-VD-LIMING-01", D + "18:22:00", 18, A, truth_alt=A)
    s.add("1999", "streetlight", D + "18:26:00", "經貿路二段轉運中心旁路燈不亮", None, where="轉運中心", jitter=80)
    s.add("incident", "accident", D + "18:40:00", "中科路口追撞事故處理完畢，車輛駛離", B, where="中科環中", severity="Minor", truth_alt=A)
    s.add("incident", "road_closure", D + "18:52:00", "中清路/環中路口事故車輛拖離，恢復通行", A, where="中清環中", severity="Minor", follows=p1)
    s.cleared("SN-VD-HUANZHONG-03", D + "19:02:00", "環中路車輛偵測器3 車速恢復", A)
    s.cleared("SN-VD-ZHONGQING-01", D + "19:05:00", "中清路車輛偵測器1 車速恢復", A)
    s.cleared("SN-VD-HUANZHONG-02", D + "19:09:00", "環中路車輛偵測器2 車速恢復", A)
    s.cleared("SN-VD-LIMING-01", D + "19:12:00", "黎明路車輛偵測器1 車速恢復", A)
    s.add("1999", "noise", D + "19:14:00", "會展中心卸貨一直倒車嗶嗶叫", None, where="會展A", jitter=80)
    s.alternative("第二件追撞是第一件回堵造成的，整條環中路二段由交通分隊統一管制，值班員可能只開一件事件、把追撞列為其延伸。",
                  [{"label": A, "type": "traffic", "description": "中清路/環中路口碰撞及其回堵（含車陣尾端追撞）"}])
    s.notes = "黎明路 VD 的降速是改道車流（環中路西向封閉後經貿路、黎明路分流），屬第一件。"
    return s.write()


def s138():
    s = Sit(138, "huanzhong_wrong_way_driver",
            "週日凌晨（2026-08-23 01:08-01:45），一輛自小客車在環中路逆向行駛，從臺灣大道口一路往東北經台74線、凱旋路、中科路、經貿路口，"
            "約 9 分鐘後在中清路口被警方攔停（酒駕）。會移動的事件：沿途 CCTV、民眾與警方報告都屬同一件。另有河南路機車自摔一件。")
    D = "2026-08-23 "
    W, M = "138-W", "138-M"
    s.incident(W, "traffic", "環中路逆向行駛自小客車（臺灣大道口至中清路口，約 3.5 公里），中清路口攔停，駕駛酒測超標")
    s.incident(M, "traffic", "河南路/中平路口機車自摔，騎士擦傷送醫")
    s.add("1999", "noise", D + "01:08:00", "環中路有改裝車在飆車，很吵", None, where=(120.6400, 24.1870), jitter=200)
    s.add("cctv", "wrong_way", D + "01:12:10", "影像分析：偵測到逆向行駛車輛（信心偏低）", W, sensor_id="SN-CCTV-009", confidence=0.51, truth_alt=None)
    s.add("1999", "other", D + "01:13:30", "環中路上有一台車逆向開，從臺灣大道那邊往北", W, where=(120.6365, 24.1820), jitter=60, suff=True)
    s.add("incident", "wrong_way_driver", D + "01:15:00", "環中路（臺灣大道口東北方）一部白色自小客車逆向行駛，通報線上巡邏車攔查", W,
          where=(120.6390, 24.1860), severity="Severe")
    s.cong("SN-VD-HUANZHONG-01", D + "01:15:40", 28, W, severity="Minor")
    s.add("1999", "other", D + "01:16:00", "我在環中路差點被一台逆向的車撞到！", W, where=(120.6425, 24.1905), jitter=50)
    s.add("cctv", "wrong_way", D + "01:17:20", "影像分析：偵測到逆向行駛車輛", W, sensor_id="SN-CCTV-001", confidence=0.87)
    s.add("cctv", "wrong_way", D + "01:17:50", "影像分析：偵測到逆向行駛車輛", W, sensor_id="SN-CCTV-002", confidence=0.83)
    s.add("incident", "wrong_way_driver", D + "01:18:10", "逆向車輛已過凱旋路口，續往中科路方向", W, where="凱旋環中", severity="Severe")
    s.add("cctv", "wrong_way", D + "01:18:50", "影像分析：偵測到逆向行駛車輛", W, sensor_id="SN-CCTV-003", confidence=0.9)
    s.add("1999", "traffic_accident", D + "01:19:00", "轉運中心前面環中路有車逆向，差一點撞車", W, where="中科環中", jitter=60)
    s.add("cctv", "wrong_way", D + "01:19:30", "影像分析：偵測到逆向行駛車輛", W, sensor_id="SN-CCTV-004", confidence=0.85)
    s.cong("SN-VD-HUANZHONG-02", D + "01:19:00", 31, W, severity="Minor")
    s.add("cctv", "wrong_way", D + "01:20:50", "影像分析：偵測到逆向行駛車輛", W, sensor_id="SN-CCTV-008", confidence=0.8)
    s.add("incident", "wrong_way_driver", D + "01:21:30", "中清路/環中路口 巡邏車攔停逆向車輛，駕駛酒測值 0.62 mg/L，依公共危險罪移送", W,
          where="中清環中", severity="Moderate")
    s.add("1999", "traffic_accident", D + "01:24:00", "河南路中平路口有機車自己滑倒，人坐在地上", M, where="河南中平", suff=True)
    s.add("119", "ambulance", D + "01:25:00", "河南路與中平路口 機車自摔 騎士膝蓋擦傷", M, where="河南中平", severity="Minor")
    s.add("incident", "accident", D + "01:31:00", "河南路/中平路口 機車自摔，騎士輕傷送醫", M, where="河南中平", severity="Minor")
    s.add("incident", "wrong_way_driver", D + "01:34:00", "逆向車輛由拖吊車移置，環中路恢復正常", W, where="中清環中", severity="Minor")
    s.add("1999", "streetlight", D + "01:38:00", "河南路路燈一整排不亮", None, where="河南低窪", jitter=120)
    s.add("status", "offline", D + "01:40:00", "設備離線（通訊中斷）", None, sensor_id="SN-VD-HENAN-01")
    s.add("status", "online", D + "01:43:00", "設備恢復連線", None, sensor_id="SN-VD-HENAN-01")
    s.alternative("臺灣大道口的第一筆 CCTV 逆向偵測信心只有 0.51，且位於園區外 3 公里；若值班員視為誤判，它是背景，事件由 1999 第一通電話開啟（不變）。",
                  [{"label": W, "type": "traffic", "description": "環中路逆向行駛自小客車"},
                   {"label": M, "type": "traffic", "description": "河南路/中平路口機車自摔"}])
    s.notes = "逆向車輛約 9 分鐘內移動約 3.5 公里；各 CCTV 依序偵測。1999 的逆向來電歸在 other / traffic_accident 類，因 1999 沒有逆向類別。"
    return s.write()


def s139():
    s = Sit(139, "quiet_winter_night",
            "冬季平日凌晨（2026-02-10 01:30-05:40）平靜時段，只有背景：路燈、噪音、違停陳情，VD 短暫斷線、號誌瞬間斷電 80 秒後自動恢復、"
            "停車場與火警總機的設備訊息，以及一筆校區火警總機誤報（3 分鐘內復歸，警衛確認蟲害）。沒有需要派遣的事件。")
    D = "2026-02-10 "
    s.add("1999", "streetlight", D + "01:34:00", "黎明路三段路燈一閃一閃，編號 XT-0877", None, where="黎明凱旋", jitter=120)
    s.add("status", "offline", D + "01:51:00", "設備離線（通訊中斷）", None, sensor_id="SN-VD-ZHONGKE-01")
    s.add("status", "online", D + "01:52:10", "設備恢復連線", None, sensor_id="SN-VD-ZHONGKE-01")
    s.add("1999", "noise", D + "02:05:00", "中央公園停車場有人在大聲喝酒聊天", None, where="公園北停車場", jitter=80)
    s.add("fire_alarm", "fault", D + "02:18:00", "受信總機 回路 7 接地故障", None, sensor_id="SN-FA-008")
    s.add("signal", "fault", D + "02:40:10", "號誌控制器回報：電源瞬斷", None, sensor_id="SN-SIG-010")
    s.add("signal", "restored", D + "02:41:30", "號誌恢復正常運作", None, sensor_id="SN-SIG-010")
    s.add("fire_alarm", "alarm", D + "03:02:40", "3F 實驗室 偵煙式探測器動作", None, sensor_id="SN-FA-009", truth_alt="139-Z")
    s.add("fire_alarm", "normal", D + "03:05:50", "受信總機復歸（警衛現場確認探測器內有昆蟲，誤報）", None, sensor_id="SN-FA-009", truth_alt="139-Z")
    s.add("1999", "illegal_parking", D + "03:20:00", "經貿路三段有大貨車停在紅線整晚", None, where="生態住宅A", jitter=150)
    s.add("status", "offline", D + "03:31:00", "設備離線（通訊中斷）", None, sensor_id="SN-PK-003")
    s.add("rule", "sensor_offline", D + "03:41:00", "設備超過預期回報間隔未回報資料", None, sensor_id="SN-PK-003", severity="Minor")
    s.add("status", "online", D + "03:47:00", "設備恢復連線", None, sensor_id="SN-PK-003")
    s.add("1999", "other", D + "04:02:00", "公園裡有流浪狗一直叫", None, where="中央公園", jitter=200)
    s.add("fire_alarm", "normal", D + "04:10:00", "受信總機 故障排除", None, sensor_id="SN-FA-008")
    s.add("1999", "streetlight", D + "04:25:00", "中平路經貿路口路燈不亮", None, where="經貿中平", jitter=80)
    s.add("1999", "road_damage", D + "04:48:00", "河南路有個人孔蓋高低不平，騎車會跳", None, where="河南低窪", jitter=100)
    s.add("1999", "noise", D + "05:12:00", "垃圾車還沒五點半就來收，很吵", None, where="生態住宅B", jitter=120)
    s.add("status", "offline", D + "05:20:00", "設備離線（通訊中斷）", None, sensor_id="SN-CCTV-010")
    s.add("status", "online", D + "05:24:00", "設備恢復連線", None, sensor_id="SN-CCTV-010")
    s.add("1999", "other", D + "05:33:00", "想詢問中央公園早上幾點開放停車", None, where="中央公園", jitter=150)
    s.alternative("校區火警總機發報即使 3 分鐘內復歸，有些值班員仍會開一件火警事件，等警衛或 119 回報確認誤報後才結案。",
                  [{"label": "139-Z", "type": "fire", "description": "逢甲大學水湳校區火警總機發報（誤報確認）"}])
    s.notes = "本情境正確答案是零件事件；號誌瞬斷 80 秒自動恢復、設備斷線數分鐘都不需派遣。"
    return s.write()


def s140():
    s = Sit(140, "typhoon_night_multiple_floods",
            "颱風夜（2026-09-15 20:00 至 09-16 04:30），陸上颱風警報期間四個雨量站由大雨升至豪雨、大豪雨。兩處地下道、河南路低窪處各自淹水，"
            "筏子溪水位到二級警戒，黎明路路樹倒塌，中清路口號誌因淹水斷電。每處各為一件；雨量警報是天氣背景。")
    D1, D2 = "2026-09-15 ", "2026-09-16 "
    U1, U2, H, R, T, S = "140-U1", "140-U2", "140-H", "140-R", "140-T", "140-S"
    s.incident(U1, "flood", "臺灣大道/環中路口地下道積水逾 30 公分，一車受困，地下道封閉")
    s.incident(U2, "flood", "中清路/環中路口地下道積水逾 30 公分，地下道封閉")
    s.incident(H, "flood", "河南路低窪處積淹水約 25 公分，水溝宣洩不及")
    s.incident(R, "flood", "筏子溪西屯段水位達二級警戒，水利局巡堤、沿岸警戒")
    s.incident(T, "traffic", "黎明路三段路樹倒塌橫躺車道")
    s.incident(S, "traffic", "中清路/環中路口號誌因地下道淹水停電黑燈")
    rg = ["C0F9T0", "SN-RG-001", "SN-RG-002", "SN-RG-003"]
    nm = {"C0F9T0": "西屯雨量站", "SN-RG-001": "中央公園雨量站", "SN-RG-002": "水湳轉運中心雨量站", "SN-RG-003": "北屯雨量站"}
    for i, g in enumerate(rg):
        s.rain(g, f"{D1}20:{10 + 4 * i:02d}:00", "大雨", f"{nm[g]} 時雨量 {44 + 3 * i} 毫米，達大雨標準", None)
    for i, g in enumerate(rg):
        s.rain(g, f"{D1}22:{20 + 6 * i:02d}:00", "豪雨", f"{nm[g]} 3 小時累積雨量 {104 + 7 * i} 毫米，達豪雨標準", None)
    for i, g in enumerate(rg[:2]):
        s.rain(g, f"{D2}03:{5 + 10 * i:02d}:00", "大豪雨", f"{nm[g]} 24 小時累積雨量 {352 + 9 * i} 毫米，達大豪雨標準", None)
    s.add("1999", "other", D1 + "20:30:00", "颱風天中央公園的樹會不會倒？可以派人去看嗎", None, where="中央公園", jitter=200)
    s.add("status", "offline", D1 + "21:05:00", "設備離線（失去市電）", None, sensor_id="SN-VD-HENAN-01")
    # U1
    s.flood("SN-FL-010", D1 + "21:38:00", 12, U1)
    s.flood("SN-FL-010", D1 + "21:58:00", 27, U1, suff=True)
    s.add("1999", "flooding", D1 + "22:04:00", "臺灣大道環中路地下道積水很深，還有車在開進去", U1, where="臺灣大道環中", jitter=80)
    s.flood("SN-FL-010", D1 + "22:16:00", 41, U1)
    s.add("cctv", "stalled_vehicle", D1 + "22:18:00", "影像分析：地下道入口車輛停滯", U1, sensor_id="SN-CCTV-009", confidence=0.74)
    s.add("119", "rescue", D1 + "22:20:00", "臺灣大道環中路口地下道 自小客車涉水熄火，駕駛受困車內", U1, where=(120.6338, 24.176), jitter=20, severity="Severe")
    pu1 = s.add("incident", "road_closure", D1 + "22:24:00", "臺灣大道/環中路口地下道積水，雙向封閉", U1, where=(120.6338, 24.176), jitter=20,
                severity="Severe")
    s.add("119", "rescue", D1 + "22:41:00", "受困駕駛已救出，無受傷", U1, where=(120.6338, 24.176), jitter=20, severity="Moderate")
    # U2 and the signal
    s.flood("SN-FL-006", D1 + "22:48:00", 17, U2, suff=True)
    s.add("1999", "flooding", D1 + "22:55:00", "中清路環中路口地下道在淹水了", U2, where="中清環中", jitter=60)
    s.flood("SN-FL-006", D1 + "23:08:00", 34, U2)
    s.add("incident", "road_closure", D1 + "23:12:00", "中清路/環中路口地下道積水逾 30 公分，封閉管制", U2, where="中清環中", severity="Severe")
    s.add("signal", "fault", D1 + "23:26:30", "號誌控制器回報：全燈熄滅（黑燈）", S, sensor_id="SN-SIG-008", suff=True, truth_alt=U2)
    s.add("cctv", "signal_dark", D1 + "23:27:10", "影像分析：路口號誌未亮", S, sensor_id="SN-CCTV-008", confidence=0.81, truth_alt=U2)
    s.add("incident", "traffic_signal_fault", D1 + "23:33:00", "中清路/環中路口號誌停電，員警現場指揮", S, where="中清環中", severity="Moderate", truth_alt=U2)
    # H
    s.add("1999", "blocked_drain", D1 + "23:20:00", "河南路水溝蓋被樹葉蓋住，水都排不下去", H, where="河南低窪", jitter=60)
    s.flood("SN-FL-007", D1 + "23:31:00", 14, H)
    s.add("1999", "flooding", D1 + "23:38:00", "河南路停車場前面淹水到小腿", H, where="河南低窪", jitter=50, suff=True)
    s.flood("SN-FL-007", D1 + "23:52:00", 26, H)
    s.add("incident", "flooding_report", D2 + "00:02:00", "河南路低窪路段積水約 25 公分，機車勿行", H, where="河南低窪", severity="Moderate")
    s.add("1999", "flooding", D2 + "00:06:00", "河南路淹水，水有點往逢甲校區那邊流", H, where=(120.6518, 24.1758), jitter=60)
    # T
    s.add("1999", "fallen_tree", D2 + "00:12:00", "黎明路三段一棵大樹倒在馬路上，兩個車道都擋住", T, where=(120.6520, 24.1948), jitter=40, suff=True)
    s.add("incident", "fallen_object", D2 + "00:19:00", "黎明路三段路樹倒塌阻斷車道，通報建設局", T, where=(120.6520, 24.1948), jitter=40, severity="Moderate")
    s.add("1999", "fallen_tree", D2 + "00:24:00", "黎明路會展中心附近路樹倒了", T, where=(120.6520, 24.1948), jitter=60)
    # R: river
    s.wl("SN-WL-004", D2 + "00:40:00", "3", "97.31", R, suff=True)
    s.wl("SN-WL-001", D2 + "00:55:00", "3", "2.08", None, truth_alt="140-P")
    s.add("1999", "flooding", D2 + "01:05:00", "經貿路二段積水一點點，水溝還排得掉", None, where="經貿七路", jitter=80, truth_alt="140-W")
    s.wl("SN-WL-004", D2 + "01:28:00", "2", "97.96", R)
    s.add("incident", "flooding_report", D2 + "01:40:00", "筏子溪西屯段水位上升，沿岸河濱道路封閉警戒", R, where=(120.6212, 24.1712), jitter=100, severity="Severe")
    s.flood("SN-FL-007", D2 + "01:50:00", 12, H)
    s.add("incident", "fallen_object", D2 + "02:05:00", "黎明路三段倒樹已鋸除移開，恢復單線通行", T, where=(120.6520, 24.1948), jitter=40, severity="Minor")
    s.flood("SN-FL-010", D2 + "02:15:00", 14, U1)
    s.flood("SN-FL-006", D2 + "02:25:00", 15, U2)
    s.cleared("SN-FL-007", D2 + "02:40:00", "河南路低窪處 水深回到 0 公分", H)
    s.cleared("SN-WL-001", D2 + "02:50:00", "中央公園北滯洪池水位 回降至警戒值以下", None, truth_alt="140-P")
    s.add("signal", "restored", D2 + "02:58:00", "號誌恢復正常運作", S, sensor_id="SN-SIG-008", truth_alt=U2)
    s.cleared("SN-FL-010", D2 + "03:12:00", "臺灣大道環中路口地下道 水深回到 0 公分", U1)
    s.add("incident", "road_closure", D2 + "03:20:00", "臺灣大道/環中路口地下道解除封閉", U1, where=(120.6338, 24.176), jitter=20, severity="Minor", follows=pu1)
    s.cleared("SN-FL-006", D2 + "03:30:00", "中清環中路口地下道 水深回到 0 公分", U2)
    s.wl("SN-WL-004", D2 + "03:35:00", "3", "97.40", R)
    s.cleared("SN-WL-004", D2 + "04:20:00", "筏子溪西屯水位 回降至警戒值以下", R)
    s.add("status", "online", D2 + "04:25:00", "設備恢復連線", None, sensor_id="SN-VD-HENAN-01")
    s.alternative("中清路口號誌黑燈是地下道淹水斷電造成，員警已在現場管制封閉，可能併入該地下道淹水事件；"
                  "滯洪池水位三級警戒代表滯洪池正在蓄洪，有人會開監看事件；經貿路二段那通『還排得掉』的積水陳情可能另開一件輕微淹水。",
                  [{"label": U1, "type": "flood", "description": "臺灣大道/環中路口地下道淹水"},
                   {"label": U2, "type": "flood", "description": "中清路/環中路口地下道淹水（含號誌停電）"},
                   {"label": H, "type": "flood", "description": "河南路低窪處積淹水"},
                   {"label": R, "type": "flood", "description": "筏子溪二級警戒"},
                   {"label": T, "type": "traffic", "description": "黎明路三段路樹倒塌"},
                   {"label": "140-P", "type": "flood", "description": "中央公園北滯洪池水位三級警戒（蓄洪監看）"},
                   {"label": "140-W", "type": "flood", "description": "經貿路二段輕微積水"}])
    s.notes = "雨量警報（四站、十筆）全部 truth null：颱風夜全區降雨，不屬任何單一淹水點。VD 河南路1 斷線是停電，不是事件。"
    return s.write()


def s141():
    s = Sit(141, "gas_main_strike_roadworks_evacuation",
            "平日上午（2026-06-04 09:50-12:40），經貿路二段綠美圖旁道路施工（已核准）挖破天然氣管線，瓦斯外洩，"
            "119 危險物品出勤、警方封路、綠美圖館內民眾疏散到對街；疏散時一名長者與家人走散。詞彙表無法好好表達：瓦斯外洩沒有事件類型、1999 沒有走失類別。")
    D = "2026-06-04 "
    H, L = "141-H", "141-L"
    s.incident(H, "hazmat", "經貿路二段綠美圖旁施工挖破中壓天然氣管，瓦斯外洩，封路並疏散綠美圖，瓦斯公司搶修")
    s.incident(L, "rescue", "綠美圖疏散時 80 歲長者與家人走散，警方協尋，40 分鐘後尋獲")
    s.add("planned_event", "road_works", D + "09:00:00", "經貿路二段（綠美圖東側）人行道管線工程，佔用外側車道", None,
          where=(120.6578, 24.1912), jitter=0, arrival="2026-05-28 14:00:00", ends=D + "17:00:00", truth_alt=H)
    s.add("parking", "full", D + "09:55:00", "小型車車位已滿", None, sensor_id="SN-PK-006")
    s.add("1999", "gas_odor", D + "10:22:00", "綠美圖旁邊施工的地方有很重的瓦斯味", H, where=(120.6578, 24.1912), jitter=40)
    s.add("119", "hazmat", D + "10:23:30", "經貿路二段綠美圖旁 施工挖破瓦斯管線，瓦斯外洩，派遣危險物品搶救車", H,
          where=(120.6578, 24.1912), jitter=20, severity="Severe", suff=True)
    s.add("1999", "gas_odor", D + "10:24:00", "經貿路聞到瓦斯味，還有嘶嘶的聲音", H, where=(120.6580, 24.1908), jitter=50)
    s.add("1999", "other", D + "10:25:00", "綠美圖外面工地好像挖到管子，一直噴氣", H, where=(120.6578, 24.1912), jitter=40)
    s.add("1999", "fire_smoke", D + "10:26:00", "經貿路有白煙一直冒，瓦斯味很重，會不會爆炸", H, where=(120.6575, 24.1915), jitter=60)
    p1 = s.add("incident", "hazmat_report", D + "10:27:00", "經貿路二段綠美圖東側 施工挖破天然氣管線，外洩中，劃設警戒區", H,
               where=(120.6578, 24.1912), jitter=20, severity="Severe")
    s.add("incident", "road_closure", D + "10:31:00", "經貿路二段（經貿七路至經貿五路）雙向封閉，車輛改道中科路", H, where="經貿七路",
          severity="Severe", follows=p1)
    s.add("1999", "gas_odor", D + "10:32:00", "智慧營運塔這邊也聞到瓦斯味", H, where="智慧營運塔", jitter=40)
    s.add("cctv", "crowding", D + "10:36:00", "影像分析：人群聚集", H, sensor_id="SN-CCTV-006", confidence=0.77, truth_alt=H)
    s.add("1999", "crowding", D + "10:38:00", "綠美圖的人全部被叫出來站在路邊，人很多", H, where="綠美圖", jitter=60)
    s.cong("SN-VD-JINGMAO-01", D + "10:40:00", 13, H)
    s.add("incident", "crowd_control", D + "10:41:00", "綠美圖館內約 1,200 人疏散至中央公園北側草坪，派員維持秩序", H, where="綠美圖",
          severity="Moderate", follows=p1)
    s.add("1999", "other", D + "10:52:00", "我爸爸 80 歲在綠美圖疏散的時候走失了，穿灰色外套，請幫忙找", L, where="綠美圖", jitter=60, suff=True)
    s.add("incident", "other", D + "10:58:00", "綠美圖疏散民眾通報長者走失，協尋中", L, where="綠美圖", severity="Moderate", truth_alt=L)
    s.add("cctv", "crowding", D + "11:05:00", "影像分析：人群聚集", H, sensor_id="SN-CCTV-005", confidence=0.58, truth_alt=None)
    s.add("1999", "illegal_parking", D + "11:10:00", "會展中心旁邊遊覽車違停", None, where="會展A", jitter=80)
    s.add("119", "hazmat", D + "11:15:00", "瓦斯公司關閉上游閥門，外洩停止，持續偵測濃度", H, where=(120.6578, 24.1912), jitter=20, severity="Moderate")
    s.add("incident", "other", D + "11:32:00", "走失長者於中央公園北側停車場入口尋獲，已交家屬", L, where="公園北停車場", severity="Minor")
    s.add("119", "hazmat", D + "11:50:00", "偵測濃度正常，解除警戒區", H, where=(120.6578, 24.1912), jitter=20, severity="Minor")
    s.add("incident", "road_closure", D + "12:05:00", "經貿路二段恢復雙向通行（外側車道仍施工）", H, where="經貿七路", severity="Minor", follows=p1)
    s.add("1999", "streetlight", D + "12:20:00", "黎明路三段有一盞路燈白天亮著", None, where="黎明凱旋", jitter=100)
    s.cleared("SN-VD-JINGMAO-01", D + "12:25:00", "經貿路車輛偵測器1 車速恢復", H)
    s.alternative("施工許可是外洩的原因，有人會把它併入外洩事件；經貿路/黎明路口的 CCTV 人群聚集（較遠、信心低）可能只是平日會展人潮。"
                  "走失協尋一般仍另開一件，兩種讀法相同。",
                  [{"label": H, "type": "hazmat", "description": "經貿路二段瓦斯外洩（含施工許可）"},
                   {"label": L, "type": "rescue", "description": "疏散時長者走失協尋"}])
    s.notes = ("事件類型 hazmat、rescue 不在 IncidentType（flood/fire/traffic/crowd）裡；1999 沒有『走失』類別，只能用 other 加關鍵字『走失』。"
               "一通 1999 把外洩的白霧說成『白煙』分在 fire_smoke，仍屬外洩事件，不是火災。見 vocabulary_needed_131-142.md。")
    return s.write()


def s142():
    s = Sit(142, "north_hub_power_outage",
            "冬季傍晚（2026-12-01 18:05-19:45），台電饋線跳脫造成水湳北區（轉運中心、會展中心一帶）停電約 75 分鐘："
            "四個路口號誌黑燈、停車場與 VD 斷線、火警總機切備用電源、路燈熄滅，轉運中心電梯有人受困。停電沒有類別可用。"
            "同時段停電範圍外的黎明路/凱旋路口發生一件擦撞。")
    D = "2026-12-01 "
    T, E, A = "142-T", "142-E", "142-A"
    s.incident(T, "traffic", "水湳北區停電：環中路二段、經貿路二段四個路口號誌黑燈，員警指揮交通，通報台電搶修（含同源的設備斷線、路燈熄滅）")
    s.incident(E, "rescue", "水湳轉運中心電梯停電受困 3 人，119 救出")
    s.incident(A, "traffic", "黎明路三段/凱旋路口 自小客車與機車擦撞（停電範圍外）")
    s.add("1999", "illegal_parking", D + "18:05:00", "河南路停車場出口有車違停擋住出入", None, where="河南低窪", jitter=60)
    s.add("parking", "full", D + "18:06:00", "小型車車位已滿", None, sensor_id="SN-PK-005")
    t0 = s.t(D + "18:07:40")
    for i, sid in enumerate(["SN-SIG-003", "SN-SIG-004", "SN-SIG-005", "SN-SIG-006"]):
        s.add("signal", "fault", t0 + timedelta(seconds=2 * i), "號誌控制器回報：主電源中斷，全燈熄滅", T, sensor_id=sid, suff=(i == 0))
    for i, sid in enumerate(["SN-FA-001", "SN-FA-002", "SN-FA-003"]):
        s.add("fire_alarm", "fault", t0 + timedelta(seconds=5 + i), "受信總機 主電源異常，切換備用電源", T, sensor_id=sid, truth_alt=T)
    for i, sid in enumerate(["SN-PK-001", "SN-PK-002", "SN-PK-006", "SN-VD-JINGMAO-01", "SN-VD-LIMING-01"]):
        s.add("status", "offline", t0 + timedelta(seconds=10 + 4 * i), "設備離線（失去市電）", T, sensor_id=sid)
    s.add("cctv", "signal_dark", D + "18:08:30", "影像分析：路口號誌未亮", T, sensor_id="SN-CCTV-004", confidence=0.9)
    s.add("cctv", "signal_dark", D + "18:08:50", "影像分析：路口號誌未亮", T, sensor_id="SN-CCTV-005", confidence=0.86)
    s.add("119", "rescue", D + "18:10:00", "水湳轉運中心 停電電梯受困，3 人受困於 2 樓與 3 樓之間", E, where="轉運中心", severity="Moderate", suff=True)
    s.add("1999", "traffic_signal", D + "18:11:00", "環中路經貿路口紅綠燈全部不亮，附近整片都停電", T, where="經貿環中", jitter=40)
    s.add("1999", "streetlight", D + "18:12:00", "經貿路二段路燈全暗，是不是停電", T, where="經貿黎明", jitter=80)
    s.add("1999", "other", D + "18:13:00", "轉運中心停電，電梯有人被關在裡面", E, where="轉運中心", jitter=30)
    s.add("1999", "traffic_signal", D + "18:14:00", "中科路環中路口號誌沒亮，車子亂衝", T, where="中科環中", jitter=40)
    p1 = s.add("incident", "traffic_signal_fault", D + "18:16:00", "環中路二段中科路口、經貿路口及經貿路二段黎明路口、經貿七路口號誌因停電全暗，派員四路口指揮", T,
               where="經貿黎明", severity="Severe")
    s.add("rule", "sensor_offline", D + "18:18:00", "設備超過預期回報間隔未回報資料", T, sensor_id="SN-VD-JINGMAO-01", severity="Minor", truth_alt=T)
    s.add("rule", "sensor_offline", D + "18:18:10", "設備超過預期回報間隔未回報資料", T, sensor_id="SN-VD-LIMING-01", severity="Minor", truth_alt=T)
    s.cong("SN-VD-HUANZHONG-02", D + "18:20:00", 11, T)
    s.add("1999", "other", D + "18:22:00", "會展中心那邊整區停電，什麼時候會來電", T, where="會展A", jitter=80)
    s.add("119", "rescue", D + "18:31:00", "電梯受困 3 人均已救出，無人受傷", E, where="轉運中心", severity="Minor")
    s.cong("SN-VD-HUANZHONG-03", D + "18:34:00", 16, T)
    s.add("1999", "traffic_accident", D + "18:46:00", "黎明路凱旋路口汽車跟機車擦撞", A, where="黎明凱旋", suff=True)
    s.add("cctv", "stalled_vehicle", D + "18:46:30", "影像分析：路口內車輛停滯", A, sensor_id="SN-CCTV-007", confidence=0.72)
    s.add("incident", "accident", D + "18:52:00", "黎明路三段/凱旋路口 自小客車與機車擦撞，騎士輕微擦傷拒絕送醫", A, where="黎明凱旋", severity="Minor")
    s.add("incident", "other", D + "19:02:00", "台電回報饋線已切換，預計 15 分鐘內復電", T, where="經貿黎明", severity="Minor", follows=p1)
    t1 = s.t(D + "19:19:20")
    for i, sid in enumerate(["SN-SIG-003", "SN-SIG-004", "SN-SIG-005", "SN-SIG-006"]):
        s.add("signal", "restored", t1 + timedelta(seconds=3 * i), "號誌恢復正常運作", T, sensor_id=sid)
    for i, sid in enumerate(["SN-FA-001", "SN-FA-002", "SN-FA-003"]):
        s.add("fire_alarm", "normal", t1 + timedelta(seconds=8 + i), "受信總機 主電源恢復", T, sensor_id=sid)
    for i, sid in enumerate(["SN-PK-001", "SN-PK-002", "SN-PK-006", "SN-VD-JINGMAO-01", "SN-VD-LIMING-01"]):
        s.add("status", "online", t1 + timedelta(seconds=30 + 5 * i), "設備恢復連線", T, sensor_id=sid)
    s.add("1999", "noise", D + "19:05:00", "中國醫藥大學旁邊工地晚上還在施工", None, where="中醫大水湳", jitter=100)
    s.add("incident", "accident", D + "19:20:00", "黎明路/凱旋路口事故處理完畢", A, where="黎明凱旋", severity="Minor")
    s.cleared("SN-VD-HUANZHONG-02", D + "19:31:00", "環中路車輛偵測器2 車速恢復", T)
    s.cleared("SN-VD-HUANZHONG-03", D + "19:36:00", "環中路車輛偵測器3 車速恢復", T)
    s.add("1999", "noise", D + "19:40:00", "復電後大樓警報器一直響", T, where="會展A", jitter=60, truth_alt=T)
    s.alternative("停電是一個根本原因：值班員可能開一件『停電』事件涵蓋號誌、設備、路燈與電梯受困（119 救援列為其中一部分）；"
                  "擦撞在停電範圍外，仍是另一件。",
                  [{"label": T, "type": "infrastructure", "description": "水湳北區停電（號誌、設備、路燈、電梯受困）"},
                   {"label": A, "type": "traffic", "description": "黎明路/凱旋路口擦撞"}])
    for it in s.items:
        if it["truth"] == E:
            it["truth_alt"] = T
    s.notes = "火警總機的『主電源異常』是 fault，不是火警；停電沒有類別（見 vocabulary_needed_131-142.md）。"
    return s.write()


if __name__ == "__main__":
    for f in (s137, s138, s139, s140, s141, s142):
        print("wrote", f())
