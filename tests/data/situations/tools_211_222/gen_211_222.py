#!/usr/bin/env python3
"""Seeded generator for situations 211-222 (水湳). Writes ../NNN_name.jsonl and .truth.json.
Run: cd tools_211_222 && python3 gen_211_222.py && python3 validate.py"""
from lib import Sit, SENSORS

ALL = []


def alt_reading(s, why, drop=(), add=()):
    incs = [i for i in s.incidents if i["label"] not in drop]
    for label, typ, desc, key in add:
        incs.append({"label": label, "type": typ, "description": desc,
                     "sufficient_evidence_key": s.k(key)})
    s.alt = {"why": why, "incidents": incs}


def sname(sid):
    return SENSORS[sid]["name"]


# ---------------------------------------------------------------- 211
def s211():
    s = Sit(211, "kaixuan_crash_and_popmusic_kitchen_fire",
            "2026-03-17（二）早上尖峰，凱旋路臺中流行影音中心前機車與轎車擦撞；十幾分鐘後，正對面的流行影音中心一樓餐飲區油鍋起火。"
            "兩件事相距不到 50 m、時間重疊，但原因與處置單位不同：一件是交通事故，一件是火警。現場處理車禍的員警通報看到對面冒煙。")
    C, F = "211-crash-kaixuan", "211-fire-popmusic"
    crash = (120.65205, 24.18545)
    s.add("R-VD-HZ02-0738", "rule", "congestion", "2026-03-17 07:38:20", None,
          "環中路車輛偵測器2 平均車速 18 km/h，佔有率 41%（上班尖峰）", sev="Minor", sensor="SN-VD-HUANZHONG-02")
    s.add("1999-1150317-00412", "1999", "streetlight", "2026-03-17 07:41:05", None,
          "經貿路二段往中清路方向，燈桿編號 XT-20517 路燈整晚沒亮。", pos=(120.6561, 24.1929))
    s.add("TCPD-0317-0093", "incident", "injury_accident", "2026-03-17 07:49:30", C,
          "凱旋路（臺中流行影音中心前）機車與自小客擦撞，機車騎士倒地，左腳疑似骨折，意識清楚，佔用外側車道。",
          sev="Moderate", pos=crash)
    s.add("119-1150317-0211", "119", "ambulance", "2026-03-17 07:50:40", C,
          "凱旋路流行影音中心前 車禍 機車騎士1名 下肢受傷 派遣西屯分隊救護車", pos=crash)
    s.add("1999-1150317-00419", "1999", "traffic_accident", "2026-03-17 07:51:10", C,
          "民眾反映凱旋路靠中科路這段有機車跟汽車撞到，人躺在地上，後面車子都在繞。", pos=(120.6523, 24.1860))
    s.add("R-VD-KX02-0755", "rule", "congestion", "2026-03-17 07:55:10", C,
          "凱旋路車輛偵測器2 平均車速 11 km/h，佔有率 52%", sev="Moderate", sensor="SN-VD-KAIXUAN-02")
    s.add("119-1150317-0211-os", "119", "ambulance", "2026-03-17 07:57:00", C,
          "救護車到達現場 傷者1名 左小腿變形 固定後送中國醫藥大學附設醫院", pos=crash, follows="119-1150317-0211")
    s.add("FA006-alarm-0802", "fire_alarm", "alarm", "2026-03-17 08:02:14", F,
          "臺中流行影音中心 受信總機 第3區 1F 餐飲區廚房 偵煙式探測器動作", sensor="SN-FA-006")
    s.add("1999-1150317-00431", "1999", "fire_smoke", "2026-03-17 08:03:30", F,
          "流行影音中心一樓那間早午餐店廚房冒煙，有聞到燒焦油味，店員在往外跑。", pos=(120.6519, 24.18505))
    s.add("119-1150317-0218", "119", "fire", "2026-03-17 08:04:05", F,
          "臺中流行影音中心 1F 餐飲區 油鍋起火 現場人員以滅火器初期滅火中 派遣西屯、文心分隊", pos=(120.6520, 24.1850))
    s.add("TCPD-0317-0097", "incident", "fire_report", "2026-03-17 08:05:50", F,
          "本所員警於凱旋路處理車禍時，發現對面流行影音中心一樓有白煙冒出，已通報119並協助疏散騎樓行人。",
          sev="Moderate", pos=crash)
    s.add("TCPD-0317-0098", "incident", "accident", "2026-03-17 08:07:10", C,
          "續報：凱旋路車禍現場兩車已移至路邊，外側車道仍有散落物，待拖吊。", sev="Minor", pos=crash, follows="TCPD-0317-0093")
    s.add("119-1150317-0218-os", "119", "fire", "2026-03-17 08:09:20", F,
          "西屯分隊到達 火勢已由店家以滅火器撲滅 排煙中 無人受傷", pos=(120.6520, 24.1850), follows="119-1150317-0218")
    s.add("1999-1150317-00440", "1999", "illegal_parking", "2026-03-17 08:11:00", None,
          "文華路往逢甲方向騎樓機車違停擋住通道。", pos=(120.6460, 24.1792))
    s.add("1999-1150317-00443", "1999", "other", "2026-03-17 08:12:30", F,
          "路過流行影音中心，消防車停在凱旋路邊，附近還有燒焦味，是不是有火災？", pos=(120.6517, 24.1858))
    s.add("R-VD-KX02-0822", "rule", "cleared", "2026-03-17 08:22:00", C,
          "凱旋路車輛偵測器2 車速恢復 38 km/h", sensor="SN-VD-KAIXUAN-02")
    s.add("119-1150317-0218-cl", "119", "fire", "2026-03-17 08:24:40", F,
          "現場排煙完畢 廚房抽油煙機燒損 案件結束 人車返隊", pos=(120.6520, 24.1850), follows="119-1150317-0218")
    s.add("FA006-normal-0826", "fire_alarm", "normal", "2026-03-17 08:26:05", F,
          "臺中流行影音中心 受信總機 第3區 復歸", sensor="SN-FA-006")
    s.add("TCPD-0317-0104", "incident", "accident", "2026-03-17 08:31:00", C,
          "凱旋路車禍現場處理完畢，車輛已拖離，道路恢復通行。", sev="Minor", pos=crash, follows="TCPD-0317-0093")
    s.add("R-VD-HZ02-0840", "rule", "cleared", "2026-03-17 08:40:00", None,
          "環中路車輛偵測器2 車速恢復 45 km/h", sensor="SN-VD-HUANZHONG-02")
    s.inc(C, "traffic", "凱旋路流行影音中心前 機車與轎車擦撞，騎士下肢骨折送醫，外側車道受阻約40分鐘。", "TCPD-0317-0093")
    s.inc(F, "fire", "臺中流行影音中心1F餐飲區油鍋起火，店家初期滅火，消防排煙，無人傷。", "FA006-alarm-0802")
    s.notes = ("The police fire_report TCPD-0317-0097 is stamped at the crash position (the officer's) but reports the fire: it belongs to the fire. "
               "Congestion on 凱旋路 at 07:55 starts before the fire and is the crash's.")
    ALL.append(s)


# ---------------------------------------------------------------- 212
def s212():
    s = Sit(212, "huanzhong_two_crashes_evening_rush",
            "2025-12-12（五）傍晚尖峰，環中路二段兩起互不相關的事故相距約 150 m、相隔 6 分鐘：中科路口往西三車追撞，經貿路口往東機車自摔。"
            "外加例行尖峰壅塞、轉運中心附近停車場滿位。")
    A, B = "212-rearend-zhongke", "212-scooter-jingmao"
    pa, pb = (120.65235, 24.19790), (120.65360, 24.19845)
    s.add("R-VD-HZ01-1731", "rule", "congestion", "2025-12-12 17:31:00", None,
          "環中路車輛偵測器1 平均車速 21 km/h，佔有率 38%", sev="Minor", sensor="SN-VD-HUANZHONG-01")
    s.add("R-VD-ZQ01-1738", "rule", "congestion", "2025-12-12 17:38:00", None,
          "中清路車輛偵測器1 平均車速 17 km/h，佔有率 44%", sev="Minor", sensor="SN-VD-ZHONGQING-01")
    s.add("PK002-full-1744", "parking", "full", "2025-12-12 17:44:00", None,
          "經貿六停車場 小型車位已滿（0/220）", sensor="SN-PK-002")
    s.add("CCTV003-stalled-1752", "cctv", "stalled_vehicle", "2025-12-12 17:52:20", A,
          "中科路/環中路二段 往西內側車道 車輛停滯超過 90 秒", sensor="SN-CCTV-003", conf=0.81)
    s.add("TCPD-1212-0311", "incident", "accident", "2025-12-12 17:54:00", A,
          "環中路二段往西、中科路口前，自小客三車追撞，無人受傷，佔用內側兩車道。", sev="Minor", pos=pa)
    s.add("1999-1141212-02217", "1999", "traffic_accident", "2025-12-12 17:55:10", A,
          "環中路往台74那邊中科路口三台車追撞，內線堵住了。", pos=(120.6521, 24.1980))
    s.add("TCPD-1212-0314", "incident", "injury_accident", "2025-12-12 17:58:40", B,
          "環中路二段往東、經貿路口，機車騎士自摔倒地，頭部擦傷，意識清楚，已通報救護。", sev="Moderate", pos=pb)
    s.add("119-1141212-0377", "119", "ambulance", "2025-12-12 17:59:30", B,
          "環中路二段經貿路口 機車自摔 騎士1名 頭部擦傷", pos=pb)
    s.add("R-VD-HZ03-1802", "rule", "congestion", "2025-12-12 18:02:00", A,
          "環中路車輛偵測器3 平均車速 9 km/h，佔有率 61%", sev="Moderate", sensor="SN-VD-HUANZHONG-03", alt=None)
    s.add("1999-1141212-02224", "1999", "traffic_accident", "2025-12-12 18:03:20", B,
          "環中路跟經貿路口有一個騎機車的倒在地上，旁邊有人在幫忙。", pos=(120.6537, 24.1983))
    s.add("1999-1141212-02229", "1999", "traffic_accident", "2025-12-12 18:05:00", A,
          "環中路上有車禍，好幾台車停在內線，往西整個回堵到經貿路。", pos=(120.6528, 24.1982))
    s.add("CCTV004-stalled-1806", "cctv", "stalled_vehicle", "2025-12-12 18:06:10", B,
          "經貿路二段/環中路二段 往東外側車道 機車停滯", sensor="SN-CCTV-004", conf=0.58)
    s.add("119-1141212-0377-os", "119", "ambulance", "2025-12-12 18:07:30", B,
          "救護人員到達 騎士拒絕送醫 現場包紮", pos=pb, follows="119-1141212-0377")
    s.add("PK001-full-1810", "parking", "full", "2025-12-12 18:10:00", None,
          "水湳轉運中心停車場 小型車位已滿（0/614）", sensor="SN-PK-001")
    s.add("TCPD-1212-0319", "incident", "accident", "2025-12-12 18:12:00", A,
          "續報：環中路中科路口三車已移至路肩，內側車道恢復一線通行。", sev="Minor", pos=pa, follows="TCPD-1212-0311")
    s.add("1999-1141212-02241", "1999", "noise", "2025-12-12 18:14:00", None,
          "黎明路三段工地傍晚還在打鋼筋，很吵。", pos=(120.6508, 24.1941))
    s.add("TCPD-1212-0322", "incident", "accident", "2025-12-12 18:18:30", B,
          "續報：經貿路口自摔機車已牽離，騎士自行離去。", sev="Minor", pos=pb, follows="TCPD-1212-0314")
    s.add("R-VD-HZ03-1834", "rule", "cleared", "2025-12-12 18:34:00", A,
          "環中路車輛偵測器3 車速恢復 32 km/h", sensor="SN-VD-HUANZHONG-03", alt=None)
    s.add("R-VD-HZ01-1840", "rule", "cleared", "2025-12-12 18:40:00", None,
          "環中路車輛偵測器1 車速恢復 40 km/h", sensor="SN-VD-HUANZHONG-01")
    s.inc(A, "traffic", "環中路二段往西中科路口 三車追撞，無傷，內側車道阻塞回堵。", "CCTV003-stalled-1752")
    s.inc(B, "traffic", "環中路二段往東經貿路口 機車自摔，騎士輕傷，救護到場。", "TCPD-1212-0314")
    alt_reading(s, "VD3 (east of 經貿路) slowing at 18:02 may be ordinary Friday rush rather than the 中科路 queue; a coordinator could leave it as background.")
    s.notes = "1999-1141212-02229 is stamped between the two crashes; its text (好幾台車、內線、往西) identifies the 中科路 rear-end."
    ALL.append(s)


# ---------------------------------------------------------------- 213
def s213():
    s = Sit(213, "meiyu_jingmao_flood_spreading",
            "2025-06-03（二）梅雨鋒面午後豪雨。經貿路三段低窪處先積水，區域排水水位上升，約 90 分鐘內積水沿經貿路由中段向北、向南擴大，"
            "一部轎車受困。約 2.8 km 外臺灣大道環中路口地下道同時積水封閉，是另一件事。中央公園滯洪池蓄水是設計功能。")
    F, U = "213-flood-jingmao", "213-flood-underpass-taiwanblvd"
    s.add("R-RG-C0F9T0-1400", "rule", "heavy_rain", "2025-06-03 14:00:00", None,
          "西屯雨量站 時雨量 46.5 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    s.add("R-RG-SN001-1410", "rule", "heavy_rain", "2025-06-03 14:10:00", None,
          "中央公園雨量站 時雨量 52.0 mm，達大雨標準", sensor="SN-RG-001", level="大雨")
    s.add("R-FL008-1420", "rule", "flood_depth", "2025-06-03 14:20:00", F,
          "經貿路低窪處 淹水深度 9 cm", sensor="SN-FL-008", level="1-15")
    s.add("R-FL002-1425", "rule", "flood_depth", "2025-06-03 14:25:00", None,
          "中央公園滯洪池2 水深 14 cm", sensor="SN-FL-002", level="1-15", alt=F)
    s.add("1999-1140603-01502", "1999", "flooding", "2025-06-03 14:27:30", F,
          "經貿路三段靠近生態住宅那邊，路面積水快到人行道了，水溝一直冒水。", pos=(120.6594, 24.1838))
    s.add("R-FL008-1435", "rule", "flood_depth", "2025-06-03 14:35:00", F,
          "經貿路低窪處 淹水深度 23 cm", sensor="SN-FL-008", level="16-30")
    s.add("R-WL003-1440", "rule", "water_level", "2025-06-03 14:40:00", F,
          "水湳區域排水經貿路水位 1.46 m，達三級警戒（1.4 m）", sensor="SN-WL-003", level="3")
    s.add("R-FL010-1445", "rule", "flood_depth", "2025-06-03 14:45:00", U,
          "臺灣大道環中路口地下道 淹水深度 34 cm", sensor="SN-FL-010", level=">30")
    s.add("TCPD-0603-0207", "incident", "flooding_report", "2025-06-03 14:46:00", F,
          "經貿路三段（敦化路口以北）積水約 20 公分，機車熄火牽行，已派員管制外側車道。", sev="Moderate", pos=(120.6593, 24.1846))
    s.add("R-FL004-1450", "rule", "flood_depth", "2025-06-03 14:50:00", None,
          "中央公園滯洪池4 水深 21 cm", sensor="SN-FL-004", level="16-30", alt=F)
    s.add("R-VD-JM02-1450", "rule", "congestion", "2025-06-03 14:50:00", F,
          "經貿路車輛偵測器2 平均車速 8 km/h，佔有率 57%", sev="Moderate", sensor="SN-VD-JINGMAO-02")
    s.add("R-RG-SN001-1500", "rule", "heavy_rain", "2025-06-03 15:00:00", None,
          "中央公園雨量站 3小時累積 104 mm，達豪雨標準", sensor="SN-RG-001", level="豪雨")
    s.add("TCPD-0603-0211", "incident", "road_closure", "2025-06-03 14:55:00", U,
          "臺灣大道環中路口地下道積水逾 30 公分，雙向封閉，車輛改道平面。", sev="Severe", pos=(120.6338, 24.1762))
    s.add("R-FL008-1500", "rule", "flood_depth", "2025-06-03 15:00:00", F,
          "經貿路低窪處 淹水深度 36 cm", sensor="SN-FL-008", level=">30")
    s.add("1999-1140603-01519", "1999", "flooding", "2025-06-03 15:02:10", F,
          "經貿路三段往北快到綠美圖那邊也開始積水了，大概到腳踝。", pos=(120.6590, 24.1888))
    s.add("1999-1140603-01521", "1999", "blocked_drain", "2025-06-03 15:04:00", F,
          "經貿路三段路邊水溝蓋被落葉塞住，水排不下去。", pos=(120.6592, 24.1861))
    s.add("R-WL003-1510", "rule", "water_level", "2025-06-03 15:10:00", F,
          "水湳區域排水經貿路水位 1.83 m，達二級警戒（1.8 m）", sensor="SN-WL-003", level="2")
    s.add("R-FL010-1510", "rule", "flood_depth", "2025-06-03 15:10:00", U,
          "臺灣大道環中路口地下道 淹水深度 41 cm", sensor="SN-FL-010", level=">30")
    s.add("119-1140603-0188", "119", "rescue", "2025-06-03 15:18:00", F,
          "經貿路三段 轎車涉水熄火 駕駛受困車內 水深及車門 派遣水湳分隊", pos=(120.6597, 24.1822), alt="213-rescue-car")
    s.add("1999-1140603-01533", "1999", "flooding", "2025-06-03 15:21:00", F,
          "經貿路靠中平路這段也淹了，水往南流，CMU校區門口都是水。", pos=(120.6601, 24.1760))
    s.add("1999-1140603-01535", "1999", "flooding", "2025-06-03 15:23:40", U,
          "臺灣大道下環中路那個地下道整個淹起來，有車子卡在裡面？", pos=(120.6346, 24.1768))
    s.add("TCPD-0603-0219", "incident", "flooding_report", "2025-06-03 15:26:00", F,
          "經貿路三段積水範圍擴大至經貿七路口以南至中平路口，全線外側車道封閉，內側單線通行。", sev="Severe", pos=(120.6594, 24.1830))
    s.add("119-1140603-0188-os", "119", "rescue", "2025-06-03 15:29:00", F,
          "到達現場 駕駛已自行脫困 協助推車至高處 無人受傷", pos=(120.6597, 24.1822), follows="119-1140603-0188", alt="213-rescue-car")
    s.add("R-VD-HZ04-1530", "rule", "congestion", "2025-06-03 15:30:00", U,
          "環中路車輛偵測器4 平均車速 14 km/h，佔有率 47%", sev="Minor", sensor="SN-VD-HUANZHONG-04", alt=None)
    s.add("1999-1140603-01540", "1999", "streetlight", "2025-06-03 15:32:00", None,
          "大鵬路路燈白天還亮著。", pos=(120.6471, 24.1880))
    s.add("R-FL008-1540", "rule", "flood_depth", "2025-06-03 15:40:00", F,
          "經貿路低窪處 淹水深度 27 cm（消退中）", sensor="SN-FL-008", level="16-30")
    s.add("R-FL010-1540", "rule", "flood_depth", "2025-06-03 15:40:00", U,
          "臺灣大道環中路口地下道 淹水深度 12 cm（消退中）", sensor="SN-FL-010", level="1-15")
    s.add("R-WL003-1550", "rule", "water_level", "2025-06-03 15:50:00", F,
          "水湳區域排水經貿路水位 1.52 m，降為三級警戒", sensor="SN-WL-003", level="3")
    s.add("TCPD-0603-0226", "incident", "road_closure", "2025-06-03 15:52:00", U,
          "臺灣大道環中路口地下道積水退去，清除淤泥後開放通行。", sev="Minor", pos=(120.6338, 24.1762), follows="TCPD-0603-0211")
    s.add("R-FL008-1600", "rule", "flood_depth", "2025-06-03 16:00:00", F,
          "經貿路低窪處 淹水深度 11 cm", sensor="SN-FL-008", level="1-15")
    s.add("TCPD-0603-0231", "incident", "flooding_report", "2025-06-03 16:05:00", F,
          "經貿路三段積水退至 10 公分以下，解除車道管制。", sev="Minor", pos=(120.6594, 24.1830), follows="TCPD-0603-0219")
    s.add("R-FL008-1620", "rule", "cleared", "2025-06-03 16:20:00", F,
          "經貿路低窪處 淹水解除", sensor="SN-FL-008")
    s.inc(F, "flood", "經貿路三段淹水：低窪處起、沿經貿路向北到綠美圖、向南到中平路擴大約 90 分鐘，排水達二級警戒，含一部涉水熄火轎車。", "R-FL008-1435")
    s.inc(U, "flood", "臺灣大道環中路口地下道積水逾 30 cm 封閉約一小時。", "R-FL010-1445")
    alt_reading(s, "Two debatable points: (1) the detention-pond readings (SN-FL-002/004) are the ponds doing their job, but a coordinator may fold them into the 經貿路 flood picture; "
                "(2) the 119 car-in-water rescue is its own 119 case and could be tracked as its own rescue job. Also the 環中路 VD4 slow-down may be ordinary rain traffic rather than the underpass detour.",
                add=[("213-rescue-car", "rescue", "經貿路三段 轎車涉水熄火，駕駛受困（自行脫困）。", "119-1140603-0188")])
    s.notes = "heavy_rain alerts are regional conditions, not jobs: null. The flood's spread is along one road and one drainage system: one job for 水利局/養工處 and police."
    ALL.append(s)


# ---------------------------------------------------------------- 214
def s214():
    s = Sit(214, "eco_residential_fire_call_burst",
            "2026-01-22（四）晚上寒流，生態住宅 A區集合住宅（經貿路三段，180戶）8樓住戶電暖器起火，黑煙明顯，1999 在 25 分鐘內湧入數十通電話（包括 2.5 km 外北屯民眾描述看到的煙）。"
            "消防封閉經貿路三段外側造成回堵。同時約 250 m 外敦化路一名老翁在家跌倒叫救護車，與火災無關。")
    F, R = "214-fire-ecoA", "214-ems-dunhua-fall"
    site = (120.6588, 24.1841)
    s.add("1999-1150122-01870", "1999", "streetlight", "2026-01-22 18:55:00", None,
          "敦化路一段燈桿編號 BT-33105 路燈閃爍。", pos=(120.6601, 24.1808))
    s.add("FA011-alarm-1912", "fire_alarm", "alarm", "2026-01-22 19:12:08", F,
          "水湳生態住宅 A區 集合住宅 受信總機 第8區 8F 住戶偵煙探測器動作", sensor="SN-FA-011")
    s.add("119-1150122-0402", "119", "fire", "2026-01-22 19:13:30", F,
          "經貿路三段 生態住宅A區 8樓住宅火警 黑煙竄出 疑有住戶受困 派遣水湳、西屯、北屯分隊及雲梯車",
          pos=site, sev="Severe")
    rng = s.rng
    calls = [
        ("fire_smoke", "經貿路三段那棟新大樓8樓在冒黑煙，窗戶有火光！", (120.6591, 24.1846)),
        ("fire_smoke", "我住對面，看到A區大樓上面有火，煙很大。", (120.6602, 24.1850)),
        ("fire_smoke", "生態住宅A區失火了，樓梯間都是煙，我們已經跑下來了。", (120.6587, 24.1839)),
        ("other", "樓上好像燒起來了，警報一直響，要不要疏散？", (120.6588, 24.1842)),
        ("fire_smoke", "經貿路有大樓火災，消防車到了沒？", (120.6579, 24.1855)),
        ("fire_smoke", "從中央公園這邊看到東邊大樓冒很大的黑煙。", (120.6563, 24.1832)),
        ("fire_smoke", "敦化路這裡都是燒焦味，是不是附近失火？", (120.6599, 24.1817)),
        ("fire_smoke", "我在經貿七路，往南看有一棟樓在冒煙。", (120.6575, 24.1915)),
        ("other", "外面好多煙飄進來，家裡有小孩，窗戶關不起來怎麼辦？", (120.6595, 24.1828)),
        ("fire_smoke", "A區8樓起火，我鄰居還沒出來！", (120.6588, 24.1840)),
        ("fire_smoke", "經貿路三段火災，很多人站在路邊。", (120.6590, 24.1848)),
        ("fire_smoke", "綠美圖這邊看過去有火光，是經貿路那排大樓。", (120.6572, 24.1912)),
        ("fire_smoke", "大樓失火，煙往北飄，整條路都是煙。", (120.6594, 24.1863)),
        ("other", "請問經貿路是不是封路了？我要回家。", (120.6606, 24.1871)),
        ("fire_smoke", "凱旋路這邊也看得到黑煙，東邊那排新大樓。", (120.6520, 24.1862)),
        ("fire_smoke", "生態住宅火災，消防車進不來，路邊都停滿車。", (120.6585, 24.1836)),
        ("fire_smoke", "8樓還有火，有人在陽台揮手。", (120.6589, 24.1844)),
        ("fire_smoke", "我是B區住戶，我們這棟警報也在響，煙從A區飄過來。", (120.6591, 24.1818)),
        ("fire_smoke", "經貿路跟敦化路口附近大樓燒起來了。", (120.6598, 24.1830)),
        ("other", "我爸住A區9樓，電話打不通，可以幫我確認嗎？", (120.6700, 24.1650)),
        ("fire_smoke", "整個水湳都是燒焦塑膠的味道。", (120.6558, 24.1800)),
        ("fire_smoke", "CMU宿舍這邊看到北邊有火光。", (120.6590, 24.1745)),
        ("fire_smoke", "經貿路三段大樓火警，有聽到爆裂聲。", (120.6593, 24.1840)),
        ("fire_smoke", "煙好大，路過的人都在拍。", (120.6580, 24.1851)),
        ("other", "是不是有人受傷？看到救護車進去。", (120.6584, 24.1857)),
        ("fire_smoke", "A區8樓外牆燒黑了，還在冒煙。", (120.6587, 24.1843)),
        ("fire_smoke", "中清路這邊都聞得到煙味。", (120.6640, 24.1870)),
        ("fire_smoke", "水湳經貿路有火災，新聞說的是這棟嗎？", (120.6596, 24.1852)),
        ("fire_smoke", "A棟火災，住戶都在一樓大廳，有人咳嗽。", (120.6586, 24.1838)),
        ("fire_smoke", "大樓失火，水一直從樓上流下來。", (120.6589, 24.1840)),
        ("other", "經貿路回堵很嚴重，發生什麼事？", (120.6592, 24.1900)),
        ("fire_smoke", "又看到一陣黑煙，是不是復燃？", (120.6594, 24.1845)),
    ]
    t0 = 19 * 3600 + 12 * 60 + 50
    for i, (cat, txt, pos) in enumerate(calls):
        t0 += rng.randint(15, 50)
        hh, mm, ss = t0 // 3600, (t0 % 3600) // 60, t0 % 60
        s.add("1999-1150122-%05d" % (1890 + i * 3), "1999", cat, "2026-01-22 %02d:%02d:%02d" % (hh, mm, ss), F, txt, pos=pos)
    s.add("1999-1150122-01937", "1999", "fire_smoke", "2026-01-22 19:16:40", F,
          "我在北屯崇德路這邊，看到水湳那邊冒很大的黑煙，好像是經貿路那排新的住宅大樓，中間偏高的樓層。", pos=(120.6830, 24.1905))
    s.add("CCTV006-smoke-1915", "cctv", "smoke", "2026-01-22 19:15:30", F,
          "經貿路二段/經貿七路 畫面南側遠景偵測到煙霧", sensor="SN-CCTV-006", conf=0.64)
    s.add("119-1150122-0402-os", "119", "fire", "2026-01-22 19:19:00", F,
          "水湳分隊到達 8樓一戶全面燃燒 佈線搶救 搜救受困住戶", pos=site, follows="119-1150122-0402")
    s.add("FA012-alarm-1920", "fire_alarm", "alarm", "2026-01-22 19:20:35", F,
          "水湳生態住宅 B區 集合住宅 受信總機 第2區 1F 梯廳 偵煙探測器動作", sensor="SN-FA-012", alt="214-alarm-ecoB")
    s.add("TCPD-0122-0455", "incident", "road_closure", "2026-01-22 19:24:00", F,
          "配合消防救災，經貿路三段（敦化路口至經貿七路口）外側兩車道封閉，車輛改道中清路。", sev="Moderate", pos=(120.6594, 24.1850))
    s.add("119-1150122-0409", "119", "ambulance", "2026-01-22 19:27:10", R,
          "敦化路一段 住宅 78歲男性 浴室跌倒 頭部撕裂傷 意識清楚", pos=(120.6605, 24.1812))
    s.add("R-VD-JM02-1930", "rule", "congestion", "2026-01-22 19:30:00", F,
          "經貿路車輛偵測器2 平均車速 7 km/h，佔有率 63%", sev="Moderate", sensor="SN-VD-JINGMAO-02")
    s.add("119-1150122-0411", "119", "ambulance", "2026-01-22 19:34:30", F,
          "生態住宅A區火警現場 住戶2名 吸入濃煙 送醫", pos=site, follows="119-1150122-0402")
    s.add("TCPD-0122-0458", "incident", "fire_report", "2026-01-22 19:36:00", F,
          "經貿路三段住宅火警，協助疏散住戶約60人至中央公園，維持現場秩序。", sev="Severe", pos=site)
    s.add("119-1150122-0409-os", "119", "ambulance", "2026-01-22 19:38:00", R,
          "救護車到達敦化路一段 傷者包紮後送中國醫藥大學附設醫院", pos=(120.6605, 24.1812), follows="119-1150122-0409")
    s.add("R-VD-ZQ02-1942", "rule", "congestion", "2026-01-22 19:42:00", F,
          "中清路車輛偵測器2 平均車速 15 km/h，佔有率 46%", sev="Minor", sensor="SN-VD-ZHONGQING-02", alt=None)
    s.add("119-1150122-0402-ctl", "119", "fire", "2026-01-22 19:48:00", F,
          "火勢控制 無人員受困 燃燒面積約30平方公尺", pos=site, follows="119-1150122-0402")
    s.add("1999-1150122-02011", "1999", "noise", "2026-01-22 19:55:00", None,
          "逢甲水湳校區旁宿舍有人在唱歌喝酒很吵。", pos=(120.6510, 24.1795))
    s.add("FA012-normal-2002", "fire_alarm", "normal", "2026-01-22 20:02:00", F,
          "水湳生態住宅 B區 集合住宅 受信總機 第2區 復歸", sensor="SN-FA-012", alt="214-alarm-ecoB")
    s.add("TCPD-0122-0470", "incident", "road_closure", "2026-01-22 20:25:00", F,
          "經貿路三段交管解除，恢復通行。", sev="Minor", pos=(120.6594, 24.1850), follows="TCPD-0122-0455")
    s.add("FA011-normal-2031", "fire_alarm", "normal", "2026-01-22 20:31:00", F,
          "水湳生態住宅 A區 集合住宅 受信總機 第8區 復歸", sensor="SN-FA-011")
    s.inc(F, "fire", "生態住宅A區集合住宅8樓住宅火災（電暖器），濃煙，住戶疏散、2人吸入濃煙送醫，經貿路三段交管回堵；數十通 1999 同一件。", "FA011-alarm-1912")
    s.inc(R, "rescue", "敦化路一段住宅 78歲老翁浴室跌倒頭部撕裂傷，救護送醫，與火災無關。", "119-1150122-0409")
    alt_reading(s, "The B-block panel alarm (smoke drawn into the B lobby) may be opened as its own alarm job until a crew checks it; "
                "the 中清路 VD2 slow-down may be diverted traffic (fire) or ordinary evening traffic.",
                add=[("214-alarm-ecoB", "fire", "生態住宅B區 1F 梯廳偵煙動作（A區煙霧飄入），待查證。", "FA012-alarm-1920")])
    s.notes = "The 北屯 caller (2.5 km away) and the CCTV smoke at 經貿七路 (~0.9 km) are located far from the fire but describe it."
    ALL.append(s)


# ---------------------------------------------------------------- 215
def s215():
    s = Sit(215, "popmusic_concert_evening_small_incidents",
            "2025-11-15（六）晚上臺中流行影音中心戶外演唱會（19:00-22:00，預估 8,000 人）。進場前停車場滿位、凱旋路/中科路車流壅塞，散場人潮；"
            "期間會場內一件手機失竊、一名觀眾昏倒送醫，中科路另有一起外送機車擦撞，與演唱會無直接關係。")
    E, T, M, X = "215-concert-popmusic", "215-theft-entrance", "215-ems-faint", "215-crash-zhongke"
    venue = (120.6520, 24.1850)
    s.add("PERMIT-1141115-PM", "planned_event", "concert", "2025-11-15 19:00", E,
          "臺中流行影音中心 戶外廣場 演唱會 預估入場 8,000 人，凱旋路、中科路周邊交通管制 17:00-23:00",
          pos=venue, arr="2025-11-10 10:12:00", ends="2025-11-15 22:00")
    s.add("1999-1141115-03055", "1999", "streetlight", "2025-11-15 16:20:00", None,
          "河南路二段燈桿編號 XT-18822 路燈不亮。", pos=(120.6481, 24.1688))
    s.add("PK004-full-1740", "parking", "full", "2025-11-15 17:40:00", E,
          "中央公園地下停車場(北) 小型車位已滿（0/450）", sensor="SN-PK-004")
    s.add("PK005-full-1756", "parking", "full", "2025-11-15 17:56:00", E,
          "中央公園地下停車場(南) 小型車位已滿（0/400）", sensor="SN-PK-005")
    s.add("R-VD-KX02-1820", "rule", "congestion", "2025-11-15 18:20:00", E,
          "凱旋路車輛偵測器2 平均車速 12 km/h，佔有率 55%", sev="Moderate", sensor="SN-VD-KAIXUAN-02")
    s.add("R-VD-ZK01-1830", "rule", "congestion", "2025-11-15 18:30:00", E,
          "中科路車輛偵測器1 平均車速 15 km/h，佔有率 49%", sev="Minor", sensor="SN-VD-ZHONGKE-01")
    s.add("TCPD-1115-0602", "incident", "crowd_control", "2025-11-15 18:45:00", E,
          "流行影音中心入場人潮擁擠，凱旋路人行道排隊延伸至中科路口，增派員警疏導。", sev="Minor", pos=(120.6523, 24.1858))
    s.add("FA009-fault-1905", "fire_alarm", "fault", "2025-11-15 19:05:00", None,
          "逢甲大學水湳校區 受信總機 第5區 斷線故障", sensor="SN-FA-009")
    s.add("1999-1141115-03081", "1999", "illegal_parking", "2025-11-15 19:30:00", E,
          "凱旋路人行道上停滿機車，都是去看演唱會的，推嬰兒車過不去。", pos=(120.6517, 24.1866), alt=None)
    s.add("TCPD-1115-0611", "incident", "theft", "2025-11-15 20:15:00", T,
          "演唱會入口安檢處女性觀眾報案手機遭竊，疑遭扒竊。", sev="Minor", pos=(120.6522, 24.1853), alt=E)
    s.add("119-1141115-0519", "119", "ambulance", "2025-11-15 20:48:00", M,
          "流行影音中心 演唱會搖滾區 女性約20歲 昏倒 意識模糊", pos=(120.6518, 24.1848), alt=E)
    s.add("119-1141115-0519-os", "119", "ambulance", "2025-11-15 20:58:00", M,
          "救護人員到達 患者已恢復意識 疑似換氣過度 送醫觀察", pos=(120.6518, 24.1848), follows="119-1141115-0519", alt=E)
    s.add("TCPD-1115-0617", "incident", "accident", "2025-11-15 21:05:00", X,
          "中科路（往北，近流行影音中心後方）外送機車與自小客擦撞，無人受傷，雙方自行和解中。", sev="Minor", pos=(120.6537, 24.1832))
    s.add("1999-1141115-03102", "1999", "traffic_accident", "2025-11-15 21:06:30", X,
          "中科路有外送員跟汽車擦撞，車子停在車道上。", pos=(120.6538, 24.1829))
    s.add("1999-1141115-03108", "1999", "noise", "2025-11-15 21:40:00", E,
          "流行影音中心演唱會音量太大，住在大鵬路這邊窗戶關了還在震。", pos=(120.6478, 24.1872), alt=None)
    s.add("TCPD-1115-0621", "incident", "accident", "2025-11-15 21:42:00", X,
          "中科路擦撞案雙方已移車，現場處理完畢。", sev="Minor", pos=(120.6537, 24.1832), follows="TCPD-1115-0617")
    s.add("CCTV007-crowd-2210", "cctv", "crowding", "2025-11-15 22:10:00", E,
          "黎明路三段/凱旋路 人行道人群聚集移動，密度高", sensor="SN-CCTV-007", conf=0.77)
    s.add("R-VD-KX02-2212", "rule", "congestion", "2025-11-15 22:12:00", E,
          "凱旋路車輛偵測器2 平均車速 9 km/h，佔有率 60%", sev="Moderate", sensor="SN-VD-KAIXUAN-02")
    s.add("TCPD-1115-0630", "incident", "crowd_control", "2025-11-15 22:14:00", E,
          "散場人潮往黎明路公車站及轉運中心移動，凱旋路外側車道封閉供行人通行。", sev="Moderate", pos=(120.6515, 24.1880))
    s.add("R-VD-KX01-2220", "rule", "congestion", "2025-11-15 22:20:00", E,
          "凱旋路車輛偵測器1 平均車速 14 km/h，佔有率 44%", sev="Minor", sensor="SN-VD-KAIXUAN-01")
    s.add("1999-1141115-03119", "1999", "other", "2025-11-15 22:35:00", None,
          "逢甲夜市這邊垃圾沒人收。", pos=(120.6455, 24.1790))
    s.add("R-VD-KX02-2250", "rule", "cleared", "2025-11-15 22:50:00", E,
          "凱旋路車輛偵測器2 車速恢復 35 km/h", sensor="SN-VD-KAIXUAN-02")
    s.inc(E, "crowd", "流行影音中心演唱會：進場與散場人潮、周邊停車場滿位、凱旋路/中科路壅塞、違停與噪音陳情。", "PERMIT-1141115-PM")
    s.inc(T, "public_safety", "演唱會入口觀眾手機遭竊報案。", "TCPD-1115-0611")
    s.inc(M, "rescue", "演唱會搖滾區女性觀眾昏倒送醫。", "119-1141115-0519")
    s.inc(X, "traffic", "中科路外送機車與轎車擦撞，無傷。", "TCPD-1115-0617")
    alt_reading(s, "A coordinator running the concert may keep the theft and the fainting spectator inside the event job (on-site police and EMS standby), "
                "and may treat one illegal-parking and one noise complaint as routine 1999 cases (noise).",
                drop=(T, M))
    s.notes = "The permit arrives five days before the concert; its observed is the start time. The 中科路 crash is 300 m from the venue during the show but is an ordinary crash."
    ALL.append(s)


# ---------------------------------------------------------------- 216
def s216():
    s = Sit(216, "zhongqing_acid_tanker_bad_delivery",
            "2026-04-14（二）清晨 05:40，鹽酸槽車於中清路/環中路口轉彎翻覆，槽體破損外洩，司機輕傷。消防化學車處理、雙向交管，下風處（南）居民陳情刺鼻味。"
            "送達問題：CCTV 事件重送三次且攝影機時鐘慢 6分40秒；警方通報經閘道積壓晚 40 分鐘才到；119 派遣訊息晚於其到場續報才到；1999 一台受理端把本地時間當 UTC（observed 比實際晚 8 小時）。")
    H = "216-hazmat-acid-tanker"
    site = (120.65730, 24.19880)
    s.add("ST-VDHZ01-0531", "status", "offline", "2026-04-14 05:31:00", None,
          "環中路車輛偵測器1 離線", sensor="SN-VD-HUANZHONG-01")
    s.add("ST-VDHZ01-0533", "status", "online", "2026-04-14 05:33:10", None,
          "環中路車輛偵測器1 恢復連線", sensor="SN-VD-HUANZHONG-01")
    c1 = s.add("CCTV008-stalled-0541", "cctv", "stalled_vehicle", "2026-04-14 05:41:10", H,
               "中清路/環中路 路口中央 大型車輛停滯（側翻）", sensor="SN-CCTV-008", conf=0.88, obs_shift=-400, delay=6)
    s.dup(c1, after=45)
    s.dup(c1, after=190)
    s.add("CCTV008-smoke-0543", "cctv", "smoke", "2026-04-14 05:43:00", H,
          "中清路/環中路 路口 白色煙霧", sensor="SN-CCTV-008", conf=0.52, obs_shift=-400, delay=5)
    s.add("TCPD-0414-0031", "incident", "accident", "2026-04-14 05:44:00", H,
          "中清路環中路口 槽車（載運鹽酸）轉彎側翻，槽體破損液體外洩冒白煙，駕駛輕傷已自行離車，請求消防化學車。",
          sev="Severe", pos=site, arr="2026-04-14 06:26:10")
    s.add("ST-VDHZ01-0548", "status", "offline", "2026-04-14 05:48:00", None,
          "環中路車輛偵測器1 離線", sensor="SN-VD-HUANZHONG-01")
    s.add("ST-VDHZ01-0549", "status", "online", "2026-04-14 05:49:20", None,
          "環中路車輛偵測器1 恢復連線", sensor="SN-VD-HUANZHONG-01")
    s.add("119-1150414-0061-os", "119", "hazmat", "2026-04-14 05:55:00", H,
          "化學車到達 確認外洩物為鹽酸 劃設管制區 下風處疏散", pos=site, follows="119-1150414-0061", delay=20)
    s.add("119-1150414-0061", "119", "hazmat", "2026-04-14 05:46:00", H,
          "中清路環中路口 鹽酸槽車翻覆外洩 派遣北屯、水湳分隊及化學災害搶救車", pos=site, sev="Severe", arr="2026-04-14 05:58:40")
    s.add("R-VD-ZQ01-0600", "rule", "congestion", "2026-04-14 06:00:00", H,
          "中清路車輛偵測器1 平均車速 6 km/h，佔有率 58%", sev="Moderate", sensor="SN-VD-ZHONGQING-01")
    s.add("R-VD-HZ03-0605", "rule", "congestion", "2026-04-14 06:05:00", H,
          "環中路車輛偵測器3 平均車速 10 km/h，佔有率 51%", sev="Moderate", sensor="SN-VD-HUANZHONG-03")
    s.add("1999-1150414-00088", "1999", "gas_odor", "2026-04-14 06:06:30", H,
          "中清路這邊一股很刺鼻的酸味，眼睛會痛。", pos=(120.6622, 24.1905))
    s.add("1999-1150414-00091", "1999", "gas_odor", "2026-04-14 06:09:00", H,
          "經貿路二段住家聞到很嗆的味道，像漂白水。", pos=(120.6560, 24.1930), obs_shift=8 * 3600, delay=70)
    s.add("TCPD-0414-0034", "incident", "road_closure", "2026-04-14 06:10:00", H,
          "中清路環中路口雙向封閉，中清路往北車輛於經貿路改道。", sev="Severe", pos=site, arr="2026-04-14 06:26:12")
    s.add("119-1150414-0066", "119", "ambulance", "2026-04-14 06:12:00", H,
          "槽車翻覆現場 駕駛右手挫傷 皮膚接觸酸液 沖洗後送醫", pos=site, follows="119-1150414-0061")
    s.add("1999-1150414-00097", "1999", "gas_odor", "2026-04-14 06:15:20", H,
          "在晨跑，中央公園北邊有酸酸的臭味，是哪裡外洩？", pos=(120.6560, 24.1890), obs_shift=8 * 3600, delay=55)
    s.add("1999-1150414-00102", "1999", "streetlight", "2026-04-14 06:18:00", None,
          "黎明路三段路燈天亮了還沒關。", pos=(120.6512, 24.1943))
    s.add("1999-1150414-00105", "1999", "other", "2026-04-14 06:22:00", H,
          "中清路封路了嗎？公車改走哪裡？", pos=(120.6610, 24.1920))
    s.add("R-VD-ZQ02-0625", "rule", "congestion", "2026-04-14 06:25:00", H,
          "中清路車輛偵測器2 平均車速 16 km/h，佔有率 42%", sev="Minor", sensor="SN-VD-ZHONGQING-02")
    s.add("1999-1150414-00111", "1999", "gas_odor", "2026-04-14 06:31:00", H,
          "綠美圖旁邊那邊有怪味，是不是化學的東西？", pos=(120.6575, 24.1905))
    s.add("TCPD-0414-0041", "incident", "accident", "2026-04-14 06:40:00", H,
          "續報：外洩鹽酸以中和劑處理中，預計 08:00 前吊離槽車，中清路持續封閉。", sev="Severe", pos=site, follows="TCPD-0414-0031")
    s.add("CCTV008-stalled-0702", "cctv", "stalled_vehicle", "2026-04-14 07:02:00", H,
          "中清路/環中路 路口 大型車輛停滯（吊車作業）", sensor="SN-CCTV-008", conf=0.79, obs_shift=-400, delay=6)
    s.add("119-1150414-0061-cl", "119", "hazmat", "2026-04-14 07:48:00", H,
          "外洩物中和清除完畢 槽車吊離 案件結束", pos=site, follows="119-1150414-0061")
    s.add("TCPD-0414-0052", "incident", "road_closure", "2026-04-14 07:55:00", H,
          "中清路環中路口解除封閉，恢復通行。", sev="Minor", pos=site, follows="TCPD-0414-0034")
    s.add("R-VD-ZQ01-0810", "rule", "cleared", "2026-04-14 08:10:00", H,
          "中清路車輛偵測器1 車速恢復 33 km/h", sensor="SN-VD-ZHONGQING-01")
    s.inc(H, "hazmat", "中清路/環中路口 鹽酸槽車側翻外洩：化學車處置、雙向封閉回堵、下風處異味陳情、駕駛輕傷送醫。", "CCTV008-stalled-0541")
    s.notes = ("Delivery faults are deliberate: CCTV-008 clock 400 s slow (observed earlier than true), key CCTV008-stalled-0541 delivered 3 times; "
               "police TCPD-0414-0031/0034 arrive ~40 min late in one batch; 119 on-scene update (follows the dispatch) arrives before the dispatch; "
               "1999 cases 00091 and 00097 are stamped 8 h ahead (local clock written as UTC). The VD-HUANZHONG-01 offline/online flap is a device flap: noise. "
               "Sufficient evidence: the CCTV stalled-vehicle (a large vehicle on its side in the junction) is enough to open a traffic incident; the type becomes hazmat with the police/119 reports.")
    ALL.append(s)


# ---------------------------------------------------------------- 217
def s217():
    s = Sit(217, "typhoon_night_park_gateway_outage",
            "2025-09-21（日）夜間颱風外圍環流。23:12 中央公園供電中斷：公園內雨量、滯洪池水位、淹水感測器同時斷線，地下停車場火警總機回報電源故障，路燈全暗。"
            "同一夜：河南路低窪處積水、中科路與凱旋路各倒一棵路樹（相距約 600 m，兩件）。")
    G, W, T1, T2 = "217-park-power-gateway", "217-flood-henan", "217-tree-zhongke", "217-tree-kaixuan"
    s.add("R-RG-C0F9T0-2250", "rule", "heavy_rain", "2025-09-21 22:50:00", None,
          "西屯雨量站 3小時累積 108 mm，達豪雨標準", sensor="C0F9T0", level="豪雨")
    s.add("R-WL004-2300", "rule", "water_level", "2025-09-21 23:00:00", None,
          "筏子溪西屯水位 97.31 m，達三級警戒", sensor="SN-WL-004", level="3")
    gw = ["SN-RG-001", "SN-WL-001", "SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-WL-002", "SN-FL-004", "SN-FL-005"]
    t = 23 * 3600 + 12 * 60 + 4
    for sid in gw:
        t += s.rng.randint(3, 14)
        s.add("ST-%s-off" % sid, "status", "offline", "2025-09-21 %02d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60), G,
              "%s 離線（閘道器無回應）" % sname(sid), sensor=sid)
    s.add("FA007-fault-2312", "fire_alarm", "fault", "2025-09-21 23:12:30", G,
          "中央公園地下停車場 受信總機 主電源異常 切換備用電池", sensor="SN-FA-007", alt="217-carpark-panel-fault")
    s.add("1999-1140921-04410", "1999", "streetlight", "2025-09-21 23:19:00", G,
          "中央公園裡面路燈突然全部熄掉，步道一片黑。", pos=(120.6562, 24.1850))
    for sid in ["SN-RG-001", "SN-WL-001", "SN-FL-001", "SN-FL-003"]:
        s.add("R-%s-offline" % sid, "rule", "sensor_offline", "2025-09-21 23:32:40", G,
              "%s 超過 20 分鐘未回傳資料" % sname(sid), sensor=sid, delay=s.rng.randint(5, 40))
    s.add("R-FL007-2340", "rule", "flood_depth", "2025-09-21 23:40:00", W,
          "河南路低窪處 淹水深度 19 cm", sensor="SN-FL-007", level="16-30")
    s.add("R-RG-C0F9T0-2350", "rule", "heavy_rain", "2025-09-21 23:50:00", None,
          "西屯雨量站 24小時累積 362 mm，達大豪雨標準", sensor="C0F9T0", level="大豪雨")
    s.add("1999-1140921-04432", "1999", "flooding", "2025-09-21 23:52:00", W,
          "河南路停車場旁邊淹水了，機車泡在水裡。", pos=(120.6531, 24.1748))
    s.add("TCPD-0921-0788", "incident", "flooding_report", "2025-09-22 00:04:00", W,
          "河南路近中平路段積水約 30 公分，已擺放警示三角錐，請水利局派抽水機。", sev="Moderate", pos=(120.6527, 24.1740))
    s.add("R-FL007-0010", "rule", "flood_depth", "2025-09-22 00:10:00", W,
          "河南路低窪處 淹水深度 33 cm", sensor="SN-FL-007", level=">30")
    s.add("1999-1140921-04440", "1999", "fallen_tree", "2025-09-22 00:18:00", T1,
          "中科路往北，流行影音中心過去一點，一棵行道樹倒下擋住兩個車道。", pos=(120.6536, 24.1840))
    s.add("TCPD-0922-0003", "incident", "fallen_object", "2025-09-22 00:24:00", T1,
          "中科路往北（近中科路車輛偵測器）路樹倒塌橫躺車道，已封閉內側兩車道，通報建設局處理。", sev="Moderate", pos=(120.6535, 24.1845))
    s.add("1999-1140921-04446", "1999", "fallen_tree", "2025-09-22 00:33:00", T2,
          "凱旋路靠黎明路那邊路樹倒了，壓到路邊一台汽車。", pos=(120.6497, 24.1910))
    s.add("TCPD-0922-0007", "incident", "fallen_object", "2025-09-22 00:41:00", T2,
          "凱旋路（黎明路口南側約 200 公尺）路樹倒塌壓損路邊自小客，無人受傷，外側車道封閉。", sev="Moderate", pos=(120.6498, 24.1912))
    s.add("1999-1140921-04451", "1999", "other", "2025-09-22 00:45:00", None,
          "請問明天要不要上班上課？", pos=(120.6450, 24.1820))
    s.add("R-FL007-0050", "rule", "flood_depth", "2025-09-22 00:50:00", W,
          "河南路低窪處 淹水深度 24 cm（抽水中）", sensor="SN-FL-007", level="16-30")
    for sid in gw:
        t = 1 * 3600 + 4 * 60 + s.rng.randint(0, 50)
        s.add("ST-%s-on" % sid, "status", "online", "2025-09-22 %02d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60), G,
              "%s 恢復連線" % sname(sid), sensor=sid)
    s.add("FA007-normal-0105", "fire_alarm", "normal", "2025-09-22 01:05:30", G,
          "中央公園地下停車場 受信總機 主電源恢復", sensor="SN-FA-007", alt="217-carpark-panel-fault")
    s.add("TCPD-0922-0015", "incident", "fallen_object", "2025-09-22 01:20:00", T1,
          "中科路倒樹已鋸除移開，恢復通行。", sev="Minor", pos=(120.6535, 24.1845), follows="TCPD-0922-0003")
    s.inc(G, "infrastructure", "中央公園供電中斷：公園感測器閘道（雨量、滯洪池水位、淹水）全部離線近兩小時、地下停車場火警總機主電源故障、公園路燈全暗。", "R-SN-RG-001-offline")
    s.inc(W, "flood", "河南路低窪處（河南路停車場旁）積水逾 30 cm，警方警示、水利局抽水。", "R-FL007-2340")
    s.inc(T1, "traffic", "中科路往北路樹倒塌阻斷兩車道。", "1999-1140921-04440")
    s.inc(T2, "traffic", "凱旋路黎明路口南側路樹倒塌壓損汽車。", "1999-1140921-04446")
    alt_reading(s, "The car-park fire panel's mains fault goes to the building's own maintenance and may be tracked apart from the sensor gateway outage.",
                add=[("217-carpark-panel-fault", "infrastructure", "中央公園地下停車場火警總機主電源異常（颱風停電）。", "FA007-fault-2312")])
    s.notes = ("Regional rain classes and the 筏子溪 level-3 warning (a river 3.5 km away, monitored not dispatched) are noise. "
               "While the park gauges are dark, the 河南路 flood is seen only by SN-FL-007 and people. The two fallen trees are the same kind of event 600 m apart: two crews.")
    ALL.append(s)


# ---------------------------------------------------------------- 218
def s218():
    s = Sit(218, "tai74_crash_queue_secondary_crash",
            "2026-07-17（五）下午 16:40，台74線下匝道接環中路口大貨車與自小客碰撞，駕駛受困，兩線封閉，環中路往東回堵；17:08 回堵車陣尾端（約 1.5 km 外）再發生追撞。"
            "17:30 附近凱旋路/環中路號誌故障黑燈（無關，號誌維修）。")
    P, S2, SG = "218-crash-tai74", "218-secondary-rearend", "218-signal-kaixuan"
    site = (120.64735, 24.19580)
    tail = (120.63790, 24.18400)
    s.add("R-VD-ZQ01-1630", "rule", "congestion", "2026-07-17 16:30:00", None,
          "中清路車輛偵測器1 平均車速 19 km/h，佔有率 40%", sev="Minor", sensor="SN-VD-ZHONGQING-01")
    s.add("CCTV001-stalled-1641", "cctv", "stalled_vehicle", "2026-07-17 16:41:20", P,
          "台74線/環中路二段 路口 兩車停滯 車道中央", sensor="SN-CCTV-001", conf=0.91)
    s.add("TCPD-0717-0520", "incident", "injury_accident", "2026-07-17 16:42:30", P,
          "台74線下匝道與環中路二段口，大貨車與自小客碰撞，自小客駕駛受困車內，佔用往東兩車道。", sev="Severe", pos=site)
    s.add("119-1150717-0301", "119", "rescue", "2026-07-17 16:43:10", P,
          "台74線環中路口 車禍 駕駛受困 派遣西屯分隊救助器材車及救護車", pos=site, sev="Severe")
    s.add("1999-1150717-02603", "1999", "traffic_accident", "2026-07-17 16:44:00", P,
          "環中路下74快速道路的地方，貨車撞到轎車，轎車前面整個凹進去。", pos=(120.6477, 24.1961))
    s.add("R-VD-HZ01-1650", "rule", "congestion", "2026-07-17 16:50:00", P,
          "環中路車輛偵測器1 平均車速 6 km/h，佔有率 66%", sev="Moderate", sensor="SN-VD-HUANZHONG-01")
    s.add("119-1150717-0301-os", "119", "rescue", "2026-07-17 16:51:00", P,
          "到達現場 破壞車門救出駕駛 胸部挫傷 送醫", pos=site, follows="119-1150717-0301")
    s.add("TCPD-0717-0524", "incident", "road_closure", "2026-07-17 16:53:00", P,
          "環中路二段往東台74線口封閉兩車道，車輛改由凱旋路分流。", sev="Moderate", pos=site)
    s.add("R-VD-KX01-1655", "rule", "congestion", "2026-07-17 16:55:00", P,
          "凱旋路車輛偵測器1 平均車速 13 km/h，佔有率 48%", sev="Minor", sensor="SN-VD-KAIXUAN-01")
    s.add("R-VD-HZ04-1700", "rule", "congestion", "2026-07-17 17:00:00", P,
          "環中路車輛偵測器4 平均車速 8 km/h，佔有率 59%", sev="Moderate", sensor="SN-VD-HUANZHONG-04")
    s.add("PK001-full-1702", "parking", "full", "2026-07-17 17:02:00", None,
          "水湳轉運中心停車場 小型車位已滿（0/614）", sensor="SN-PK-001")
    s.add("TCPD-0717-0529", "incident", "accident", "2026-07-17 17:08:40", S2,
          "環中路往東（近大墩路）回堵車陣尾端，自小客未及煞車追撞前車，無人受傷，佔用內側車道。", sev="Minor", pos=tail, alt=P)
    s.add("1999-1150717-02618", "1999", "traffic_accident", "2026-07-17 17:10:00", S2,
          "環中路塞車塞到這裡，後面的車又撞上來了，在河南路過去一點。", pos=(120.6382, 24.1845), alt=P)
    s.add("119-1150717-0301-rt", "119", "rescue", "2026-07-17 17:15:00", P,
          "傷者已送中國醫藥大學附設醫院 人車返隊", pos=site, follows="119-1150717-0301")
    s.add("CCTV002-dark-1731", "cctv", "signal_dark", "2026-07-17 17:31:00", SG,
          "凱旋路/環中路二段 號誌燈全暗", sensor="SN-CCTV-002", conf=0.86)
    s.add("SIG002-fault-1731", "signal", "fault", "2026-07-17 17:31:05", SG,
          "凱旋路/環中路二段 號誌控制器 電源異常 黑燈", sensor="SN-SIG-002")
    s.add("1999-1150717-02631", "1999", "traffic_signal", "2026-07-17 17:34:00", SG,
          "凱旋路跟環中路口紅綠燈都不亮，車子亂鑽。", pos=(120.6478, 24.1967))
    s.add("TCPD-0717-0533", "incident", "accident", "2026-07-17 17:35:00", S2,
          "環中路追撞案雙方移置路肩，恢復車道。", sev="Minor", pos=tail, follows="TCPD-0717-0529", alt=P)
    s.add("TCPD-0717-0536", "incident", "traffic_signal_fault", "2026-07-17 17:40:00", SG,
          "凱旋路/環中路口號誌黑燈，派員手勢指揮，請交通局維修。", sev="Moderate", pos=(120.64766, 24.19659))
    s.add("TCPD-0717-0541", "incident", "road_closure", "2026-07-17 17:58:00", P,
          "台74線環中路口事故車輛拖離，車道全部開放。", sev="Minor", pos=site, follows="TCPD-0717-0524")
    s.add("R-VD-HZ01-1812", "rule", "cleared", "2026-07-17 18:12:00", P,
          "環中路車輛偵測器1 車速恢復 36 km/h", sensor="SN-VD-HUANZHONG-01")
    s.add("SIG002-restored-1839", "signal", "restored", "2026-07-17 18:39:00", SG,
          "凱旋路/環中路二段 號誌恢復正常", sensor="SN-SIG-002")
    s.inc(P, "traffic", "台74線下匝道/環中路口 大貨車與轎車碰撞、駕駛受困救出送醫，兩車道封閉，環中路與凱旋路回堵。", "CCTV001-stalled-1641")
    s.inc(S2, "traffic", "環中路往東回堵車陣尾端追撞（次生事故，約 1.5 km 外），無傷。", "TCPD-0717-0529")
    s.inc(SG, "traffic", "凱旋路/環中路口號誌黑燈，員警指揮，廠商維修約 70 分鐘。", "SIG002-fault-1731")
    alt_reading(s, "The secondary rear-end is caused by the primary's queue; a coordinator may manage it as part of the same job (one traffic-management picture).",
                drop=(S2,))
    s.notes = "The signal fault 150 m from the crash is unrelated (controller power); it is a separate contractor job (2 h on-site rule)."
    ALL.append(s)


# ---------------------------------------------------------------- 219
def s219():
    s = Sit(219, "zhongping_works_water_main_break",
            "2025-10-21（二）中平路拓寬工程（核准施工期間內）。09:35 挖土機挖破自來水管線，水冒出淹到路面、周邊停水，中平路封閉；"
            "中國醫藥大學水湳校區消防水箱補水不足使火警總機報故障。施工本身造成的車道縮減與早上噪音陳情是例行。")
    B = "219-water-main-zhongping"
    works = (120.6570, 24.1721)
    s.add("PERMIT-1141001-ZP", "planned_event", "road_works", "2025-10-01 08:00", None,
          "中平路（經貿路至皇城街）道路拓寬工程，外側車道施工封閉，施工時間每日 08:00-17:00",
          pos=works, arr="2025-09-25 15:30:00", ends="2026-03-31 17:00")
    s.add("1999-1141021-00601", "1999", "noise", "2025-10-21 07:32:00", None,
          "中平路工地還沒八點就在開挖土機，很吵。", pos=(120.6580, 24.1728))
    s.add("R-VD-ZP01-0810", "rule", "congestion", "2025-10-21 08:10:00", None,
          "中平路車輛偵測器1 平均車速 18 km/h，佔有率 39%", sev="Minor", sensor="SN-VD-ZHONGPING-01")
    s.add("1999-1141021-00622", "1999", "road_damage", "2025-10-21 08:40:00", None,
          "河南路二段機車道有一個大坑洞。", pos=(120.6470, 24.1675))
    s.add("1999-1141021-00640", "1999", "flooding", "2025-10-21 09:38:00", B,
          "中平路施工的地方水管破了，水一直噴出來，路面都是水。", pos=(120.6572, 24.1722))
    s.add("TCPD-1021-0140", "incident", "flooding_report", "2025-10-21 09:44:00", B,
          "中平路拓寬工區挖破自來水管，路面積水約 10 公分並持續擴大，已通知自來水公司第四區處。", sev="Moderate", pos=works)
    s.add("1999-1141021-00648", "1999", "water_outage", "2025-10-21 09:47:00", B,
          "家裡突然沒水，社區管委會說外面水管破了？", pos=(120.6590, 24.1770))
    s.add("FA010-fault-0950", "fire_alarm", "fault", "2025-10-21 09:50:20", B,
          "中國醫藥大學水湳校區 受信總機 消防水箱低水位異常", sensor="SN-FA-010", alt=None)
    s.add("1999-1141021-00652", "1999", "water_outage", "2025-10-21 09:52:00", B,
          "生態住宅這邊停水了，沒有接到停水通知。", pos=(120.6595, 24.1790))
    s.add("TCPD-1021-0143", "incident", "road_closure", "2025-10-21 09:58:00", B,
          "中平路（經貿路至皇城街）雙向封閉，搶修自來水管線，車輛改道河南路。", sev="Moderate", pos=works)
    s.add("R-VD-ZP02-1000", "rule", "congestion", "2025-10-21 10:00:00", B,
          "中平路車輛偵測器2 平均車速 7 km/h，佔有率 55%", sev="Moderate", sensor="SN-VD-ZHONGPING-02", alt=None)
    s.add("1999-1141021-00660", "1999", "water_outage", "2025-10-21 10:03:00", B,
          "中國醫藥大學宿舍沒水。", pos=(120.6595, 24.1740))
    s.add("1999-1141021-00663", "1999", "flooding", "2025-10-21 10:06:00", B,
          "經貿路跟中平路口水流到路口了，機車騎過去會噴。", pos=(120.6602, 24.1737))
    s.add("R-VD-HN02-1010", "rule", "congestion", "2025-10-21 10:10:00", B,
          "河南路車輛偵測器2 平均車速 14 km/h，佔有率 46%", sev="Minor", sensor="SN-VD-HENAN-02", alt=None)
    s.add("1999-1141021-00671", "1999", "water_outage", "2025-10-21 10:15:00", B,
          "經貿路三段沒水，什麼時候會來？", pos=(120.6600, 24.1800))
    s.add("1999-1141021-00675", "1999", "streetlight", "2025-10-21 10:20:00", None,
          "大鵬路燈桿編號 XT-19040 燈罩掉下來掛著。", pos=(120.6470, 24.1880))
    s.add("TCPD-1021-0151", "incident", "flooding_report", "2025-10-21 10:40:00", B,
          "自來水公司已關閉上游制水閥，路面積水退去，搶修中，中平路持續封閉。", sev="Minor", pos=works, follows="TCPD-1021-0140")
    s.add("1999-1141021-00640-u1", "1999", "flooding", "2025-10-21 10:45:00", B,
          "案件更新：已轉自來水公司處理，現場搶修中。", pos=(120.6572, 24.1722), follows="1999-1141021-00640")
    s.add("FA010-normal-1210", "fire_alarm", "normal", "2025-10-21 12:10:00", B,
          "中國醫藥大學水湳校區 受信總機 消防水箱水位恢復", sensor="SN-FA-010", alt=None)
    s.add("TCPD-1021-0172", "incident", "road_closure", "2025-10-21 13:30:00", B,
          "中平路管線搶修完成，恢復施工期間單線通行。", sev="Minor", pos=works, follows="TCPD-1021-0143")
    s.inc(B, "infrastructure", "中平路拓寬工區挖破自來水管：路面冒水積水、周邊停水、中平路封閉改道、CMU 消防水箱低水位。", "TCPD-1021-0140")
    alt_reading(s, "Slow-downs on 中平路/河南路 during an active works zone may be the works' normal lane reduction rather than the break's closure; "
                "the CMU fire-panel low-water fault goes to the building's own maintenance.")
    s.notes = ("The road-works permit is context for a long-running job already managed by the works contractor: null. Routine 1999 cases (pothole, noise, streetlight) are null. "
               "'flooding' here is burst-pipe water, not rain: type infrastructure. 1999 category water_outage is used (docs/vocabulary.md).")
    ALL.append(s)


# ---------------------------------------------------------------- 220
def s220():
    s = Sit(220, "lunar_new_year_missing_elder_moving",
            "2026-02-19（四，年初三）夜間。生態住宅 B區一位 83 歲失智老翁 21:40 出門未歸，家屬 22:30 報案；之後民眾在中央公園、河南路停車場附近看到他，"
            "00:20 在逢甲水湳校區門口被發現失溫送醫（事件會移動）。同區附近另有年輕人鬥毆、酒後機車自摔，和放鞭炮噪音陳情。")
    M, D, X = "220-missing-elder", "220-fight-fcu", "220-scooter-henan"
    s.add("1999-1150219-00301", "1999", "noise", "2026-02-19 22:05:00", None,
          "逢甲水湳校區旁邊一直有人放鞭炮沖天炮。", pos=(120.6505, 24.1800))
    s.add("TCPD-0219-0410", "incident", "other", "2026-02-19 22:30:00", M,
          "民眾報案：83歲父親（失智）21:40 自敦化路一段住處走失，身穿深藍色睡衣、灰色外套、拖鞋，未帶手機。",
          sev="Moderate", pos=(120.6590, 24.1815))
    s.add("1999-1150219-00322", "1999", "other", "2026-02-19 23:05:00", M,
          "中央公園中間步道有一位老伯伯穿睡衣一直走，問他都不說話，好像迷路。", pos=(120.6560, 24.1820))
    s.add("TCPD-0219-0418", "incident", "public_disturbance", "2026-02-19 23:30:00", D,
          "逢甲大學水湳校區旁停車場，年輕人酒後口角互毆，約 6 人，已派兩組警力。", sev="Moderate", pos=(120.6508, 24.1778))
    s.add("TCPD-0219-0420", "incident", "other", "2026-02-19 23:36:00", M,
          "續報：民眾於 23:05 在中央公園見疑似走失長者，已派巡邏車沿公園步道往南搜尋。", sev="Moderate",
          pos=(120.6560, 24.1820), follows="TCPD-0219-0410")
    s.add("1999-1150219-00341", "1999", "other", "2026-02-19 23:50:00", M,
          "河南路停車場出口有一個老人坐在地上發抖，穿拖鞋。", pos=(120.6532, 24.1744))
    s.add("TCPD-0219-0424", "incident", "public_disturbance", "2026-02-19 23:58:00", D,
          "鬥毆案雙方已帶回派出所，現場無人送醫。", sev="Minor", pos=(120.6508, 24.1778), follows="TCPD-0219-0418")
    s.add("1999-1150219-00348", "1999", "noise", "2026-02-20 00:05:00", None,
          "文華路那邊還在放鞭炮，小孩睡不著。", pos=(120.6462, 24.1806))
    s.add("119-1150220-0008", "119", "ambulance", "2026-02-20 00:20:00", M,
          "逢甲大學水湳校區大門口 83歲男性 疑似失溫 意識不清 警方尋獲之走失長者", pos=(120.6523, 24.1787))
    s.add("TCPD-0220-0002", "incident", "other", "2026-02-20 00:25:00", M,
          "走失長者已於逢甲水湳校區大門尋獲，交救護車送醫並通知家屬。", sev="Minor",
          pos=(120.6523, 24.1787), follows="TCPD-0219-0410")
    s.add("119-1150220-0013", "119", "ambulance", "2026-02-20 00:42:00", X,
          "河南路二段 機車自摔 騎士1名 酒味濃 臉部擦傷", pos=(120.6495, 24.1705))
    s.add("TCPD-0220-0005", "incident", "injury_accident", "2026-02-20 00:44:00", X,
          "河南路二段（近中平路）機車自摔，騎士疑似酒駕，輕傷送醫，已實施酒測。", sev="Moderate", pos=(120.6495, 24.1705))
    s.add("119-1150220-0008-os", "119", "ambulance", "2026-02-20 00:31:00", M,
          "長者體溫 34.5 度 保暖後送中國醫藥大學附設醫院", pos=(120.6523, 24.1787), follows="119-1150220-0008", arr="2026-02-20 00:48:10")
    s.add("1999-1150220-00003", "1999", "streetlight", "2026-02-20 00:50:00", None,
          "中平路燈桿編號 BT-40211 路燈不亮。", pos=(120.6585, 24.1730))
    s.add("TCPD-0220-0009", "incident", "injury_accident", "2026-02-20 01:15:00", X,
          "續報：河南路自摔騎士酒測值 0.45 mg/L，移送法辦。", sev="Minor", pos=(120.6495, 24.1705), follows="TCPD-0220-0005")
    s.inc(M, "rescue", "83歲失智長者走失：敦化路一段→中央公園→河南路停車場→逢甲水湳校區門口尋獲失溫送醫。", "TCPD-0219-0410")
    s.inc(D, "public_safety", "逢甲水湳校區旁停車場年輕人酒後鬥毆。", "TCPD-0219-0418")
    s.inc(X, "traffic", "河南路二段酒後機車自摔，輕傷送醫。", "119-1150220-0013")
    s.notes = ("The missing-person incident moves ~1.3 km over two hours; the 1999 sightings are categorised 'other' with text. "
               "At 00:20 the elder is found 100 m from where the fight was: different incident. Fireworks noise is routine 1999: null.")
    ALL.append(s)


# ---------------------------------------------------------------- 221
def s221():
    s = Sit(221, "morning_rush_dark_signal_jingmao_liming",
            "2025-09-15（一）開學週早上尖峰。經貿路/黎明路口號誌 07:32 黑燈，CCTV、1999、警方陸續通報，周邊壅塞，08:50 修復；"
            "08:12 在黑燈路口發生機車與轎車碰撞。環中路中科路口 08:05 貨車掉落床墊。黎明路/凱旋路號誌反覆閃斷（設備抖動）與環中路例行尖峰壅塞是背景。")
    SG, CR, OB = "221-signal-jingmao-liming", "221-crash-at-dark-signal", "221-mattress-huanzhong"
    jx = (120.65496, 24.19582)
    s.add("R-VD-HZ02-0721", "rule", "congestion", "2025-09-15 07:21:00", None,
          "環中路車輛偵測器2 平均車速 20 km/h，佔有率 40%", sev="Minor", sensor="SN-VD-HUANZHONG-02")
    for i, (a, b) in enumerate([("07:26:10", "07:26:48"), ("07:58:02", "07:58:31"), ("08:33:40", "08:34:05")]):
        s.add("SIG007-fault-%d" % i, "signal", "fault", "2025-09-15 " + a, None,
              "黎明路三段/凱旋路 號誌控制器 通訊中斷", sensor="SN-SIG-007")
        s.add("SIG007-restored-%d" % i, "signal", "restored", "2025-09-15 " + b, None,
              "黎明路三段/凱旋路 號誌恢復正常", sensor="SN-SIG-007")
    s.add("SIG005-fault-0732", "signal", "fault", "2025-09-15 07:32:15", SG,
          "經貿路二段/黎明路三段 號誌控制器 燈組電源模組故障 黑燈", sensor="SN-SIG-005")
    s.add("CCTV005-dark-0733", "cctv", "signal_dark", "2025-09-15 07:33:00", SG,
          "經貿路二段/黎明路三段 號誌燈全暗", sensor="SN-CCTV-005", conf=0.93)
    s.add("1999-1140915-00233", "1999", "traffic_signal", "2025-09-15 07:35:00", SG,
          "經貿路黎明路口紅綠燈全部不亮，很危險。", pos=(120.6548, 24.1960))
    s.add("R-VD-JM01-0740", "rule", "congestion", "2025-09-15 07:40:00", SG,
          "經貿路車輛偵測器1 平均車速 9 km/h，佔有率 58%", sev="Moderate", sensor="SN-VD-JINGMAO-01")
    s.add("1999-1140915-00239", "1999", "traffic_signal", "2025-09-15 07:41:00", SG,
          "黎明路往會展中心那個路口號誌壞掉，沒有警察。", pos=(120.6546, 24.1955))
    s.add("R-VD-LM01-0745", "rule", "congestion", "2025-09-15 07:45:00", SG,
          "黎明路車輛偵測器1 平均車速 11 km/h，佔有率 52%", sev="Moderate", sensor="SN-VD-LIMING-01")
    s.add("TCPD-0915-0088", "incident", "traffic_signal_fault", "2025-09-15 07:47:00", SG,
          "經貿路二段/黎明路三段口號誌黑燈，派員手勢指揮交通，已通報交通局號誌維修廠商。", sev="Moderate", pos=jx)
    s.add("1999-1140915-00246", "1999", "traffic_signal", "2025-09-15 07:52:00", SG,
          "經貿路黎明路口號誌不亮，上學的學生在路口不敢過。", pos=(120.6551, 24.1956))
    s.add("R-VD-HZ01-0755", "rule", "congestion", "2025-09-15 07:55:00", None,
          "環中路車輛偵測器1 平均車速 22 km/h，佔有率 37%", sev="Minor", sensor="SN-VD-HUANZHONG-01")
    s.add("CCTV003-object-0805", "cctv", "fallen_object", "2025-09-15 08:05:30", OB,
          "中科路/環中路二段 往東外側車道 掉落物", sensor="SN-CCTV-003", conf=0.69)
    s.add("TCPD-0915-0092", "incident", "fallen_object", "2025-09-15 08:08:00", OB,
          "環中路二段往東中科路口，貨車掉落床墊一張於外側車道，已派員排除。", sev="Minor", pos=(120.65230, 24.19795))
    s.add("TCPD-0915-0095", "incident", "injury_accident", "2025-09-15 08:12:30", CR,
          "經貿路二段/黎明路三段口（號誌故障中），機車與自小客碰撞，機車騎士（學生）手肘擦傷。", sev="Moderate",
          pos=(120.65502, 24.19578), alt=SG)
    s.add("119-1140915-0144", "119", "ambulance", "2025-09-15 08:13:20", CR,
          "經貿路黎明路口 機車與汽車碰撞 騎士手部擦傷", pos=(120.65502, 24.19578), alt=SG)
    s.add("1999-1140915-00260", "1999", "traffic_accident", "2025-09-15 08:15:00", CR,
          "經貿路黎明路口燈壞了，剛剛有機車被撞。", pos=(120.6547, 24.1962), alt=SG)
    s.add("TCPD-0915-0099", "incident", "fallen_object", "2025-09-15 08:16:00", OB,
          "環中路掉落物已移除。", sev="Minor", pos=(120.65230, 24.19795), follows="TCPD-0915-0092")
    s.add("1999-1140915-00265", "1999", "illegal_parking", "2025-09-15 08:20:00", None,
          "逢甲水湳校區門口臨停接送塞住車道。", pos=(120.6525, 24.1790))
    s.add("TCPD-0915-0103", "incident", "injury_accident", "2025-09-15 08:35:00", CR,
          "續報：經貿黎明路口碰撞案已處理完畢，騎士自行就醫。", sev="Minor", pos=(120.65502, 24.19578),
          follows="TCPD-0915-0095", alt=SG)
    s.add("SIG005-restored-0850", "signal", "restored", "2025-09-15 08:50:10", SG,
          "經貿路二段/黎明路三段 號誌恢復正常", sensor="SN-SIG-005")
    s.add("R-VD-JM01-0902", "rule", "cleared", "2025-09-15 09:02:00", SG,
          "經貿路車輛偵測器1 車速恢復 34 km/h", sensor="SN-VD-JINGMAO-01")
    s.inc(SG, "traffic", "經貿路/黎明路口號誌黑燈約 80 分鐘（電源模組），員警指揮，經貿路與黎明路壅塞。", "SIG005-fault-0732")
    s.inc(CR, "traffic", "黑燈路口機車與轎車碰撞（次生），騎士輕傷。", "TCPD-0915-0095")
    s.inc(OB, "traffic", "環中路二段往東中科路口貨車掉落床墊。", "CCTV003-object-0805")
    alt_reading(s, "The crash happens inside the dark junction the police are already managing; a coordinator may keep it in the signal-fault job.",
                drop=(CR,))
    s.notes = "SN-SIG-007 faults for < 40 s three times and restores itself each time (communication flap): noise, no dispatch."
    ALL.append(s)


# ---------------------------------------------------------------- 222
def s222():
    s = Sit(222, "convention_fair_two_hall_alarms",
            "2026-03-20（五）臺中國際會展中心機械展（03-18..03-21，每日預估 3 萬人次）。14:10 A棟攤位延長線起火（員工撲滅、A棟局部疏散）；"
            "14:22 B棟雷射切割示範煙霧觸發偵煙器（誤報）——同類型、相距約 100 m、相隔 12 分鐘的兩件火警。15:30 B棟參觀者胸痛送醫。展覽造成停車場滿位與散場人潮。")
    E, FA, FB, M = "222-fair-convention", "222-fire-hallA", "222-alarm-hallB", "222-ems-hallB"
    ha, hb = (120.6546, 24.1948), (120.6556, 24.1940)
    s.add("PERMIT-1150318-TICEC", "planned_event", "exhibition", "2026-03-18 09:00", E,
          "臺中國際會展中心 國際機械展 03-18 至 03-21 每日 09:00-17:00，預估每日 3 萬人次，經貿路二段周邊交通疏導",
          pos=(120.6550, 24.1944), arr="2026-03-11 09:20:00", ends="2026-03-21 17:00")
    s.add("PK006-full-1030", "parking", "full", "2026-03-20 10:30:00", E,
          "臺中國際會展中心停車場 小型車位已滿（0/800）", sensor="SN-PK-006")
    s.add("PK002-full-1045", "parking", "full", "2026-03-20 10:45:00", E,
          "經貿六停車場 小型車位已滿（0/220）", sensor="SN-PK-002")
    s.add("1999-1150320-01102", "1999", "illegal_parking", "2026-03-20 11:20:00", E,
          "經貿路二段兩邊紅線都停滿車，看展的遊覽車併排。", pos=(120.6560, 24.1935), alt=None)
    s.add("FA002-alarm-1410", "fire_alarm", "alarm", "2026-03-20 14:10:12", FA,
          "臺中國際會展中心 A棟 受信總機 第4區 1F 展場 A-312攤位附近 偵煙探測器動作", sensor="SN-FA-002")
    s.add("119-1150320-0350", "119", "fire", "2026-03-20 14:11:30", FA,
          "臺中國際會展中心A棟 展場攤位延長線起火 派遣水湳、西屯分隊", pos=ha)
    s.add("1999-1150320-01177", "1999", "fire_smoke", "2026-03-20 14:12:40", FA,
          "會展中心A館裡面有攤位冒火，廣播叫大家往外走。", pos=(120.6544, 24.1950))
    s.add("CCTV005-crowd-1414", "cctv", "crowding", "2026-03-20 14:14:00", FA,
          "經貿路二段/黎明路三段 人行道人群聚集（由會展中心方向湧出）", sensor="SN-CCTV-005", conf=0.72, alt=E)
    s.add("119-1150320-0350-os", "119", "fire", "2026-03-20 14:17:00", FA,
          "到達現場 火勢已由現場人員以滅火器撲滅 攤位電線燒熔 A棟1F局部疏散約1,500人", pos=ha, follows="119-1150320-0350")
    s.add("FA003-alarm-1422", "fire_alarm", "alarm", "2026-03-20 14:22:40", FB,
          "臺中國際會展中心 B棟 受信總機 第2區 1F 展場 B-105攤位 偵煙探測器動作", sensor="SN-FA-003", alt=FA)
    s.add("119-1150320-0356", "119", "fire", "2026-03-20 14:23:30", FB,
          "臺中國際會展中心B棟 火警警報 派遣分隊查看（A棟案件人車在附近）", pos=hb, alt=FA)
    s.add("TCPD-0320-0381", "incident", "crowd_control", "2026-03-20 14:25:00", FA,
          "會展中心A棟疏散人潮聚集經貿路二段人行道，協助管制車流。", sev="Minor", pos=(120.6552, 24.1952), alt=E)
    s.add("119-1150320-0356-os", "119", "fire", "2026-03-20 14:29:00", FB,
          "B棟查看：雷射切割機示範產生煙霧觸發偵煙器 無火災 誤報", pos=hb, follows="119-1150320-0356", alt=FA)
    s.add("FA003-normal-1431", "fire_alarm", "normal", "2026-03-20 14:31:20", FB,
          "臺中國際會展中心 B棟 受信總機 第2區 復歸", sensor="SN-FA-003", alt=FA)
    s.add("FA002-normal-1448", "fire_alarm", "normal", "2026-03-20 14:48:00", FA,
          "臺中國際會展中心 A棟 受信總機 第4區 復歸", sensor="SN-FA-002")
    s.add("119-1150320-0350-cl", "119", "fire", "2026-03-20 14:55:00", FA,
          "A棟現場安全 恢復開放 人車返隊", pos=ha, follows="119-1150320-0350")
    s.add("119-1150320-0371", "119", "ambulance", "2026-03-20 15:30:00", M,
          "臺中國際會展中心B棟 參觀者男性65歲 胸悶胸痛 冒冷汗", pos=hb)
    s.add("119-1150320-0371-os", "119", "ambulance", "2026-03-20 15:39:00", M,
          "到達現場 疑似急性冠心症 送中國醫藥大學附設醫院", pos=hb, follows="119-1150320-0371")
    s.add("1999-1150320-01230", "1999", "streetlight", "2026-03-20 16:10:00", None,
          "經貿七路燈桿編號 BT-38801 白天亮著。", pos=(120.6575, 24.1920))
    s.add("CCTV004-crowd-1708", "cctv", "crowding", "2026-03-20 17:08:00", E,
          "經貿路二段/環中路二段 人行道人群移動（往轉運中心）", sensor="SN-CCTV-004", conf=0.81)
    s.add("PK001-full-1712", "parking", "full", "2026-03-20 17:12:00", E,
          "水湳轉運中心停車場 小型車位已滿（0/614）", sensor="SN-PK-001", alt=None)
    s.add("R-VD-JM01-1715", "rule", "congestion", "2026-03-20 17:15:00", E,
          "經貿路車輛偵測器1 平均車速 10 km/h，佔有率 56%", sev="Moderate", sensor="SN-VD-JINGMAO-01")
    s.add("TCPD-0320-0402", "incident", "crowd_control", "2026-03-20 17:20:00", E,
          "機械展散場，經貿路二段、環中路口派員疏導行人往轉運中心。", sev="Minor", pos=(120.6540, 24.1970))
    s.add("R-VD-HZ03-1725", "rule", "congestion", "2026-03-20 17:25:00", None,
          "環中路車輛偵測器3 平均車速 19 km/h，佔有率 41%", sev="Minor", sensor="SN-VD-HUANZHONG-03", alt=E)
    s.add("R-VD-JM01-1810", "rule", "cleared", "2026-03-20 18:10:00", E,
          "經貿路車輛偵測器1 車速恢復 31 km/h", sensor="SN-VD-JINGMAO-01")
    s.inc(E, "crowd", "會展中心機械展當日交通與人潮：停車場滿位、違停、散場人潮往轉運中心、經貿路壅塞。", "PERMIT-1150318-TICEC")
    s.inc(FA, "fire", "會展中心A棟攤位延長線起火，現場撲滅，A棟1F局部疏散約1,500人。", "FA002-alarm-1410")
    s.inc(FB, "fire", "會展中心B棟偵煙動作（雷射切割示範煙霧），消防查看為誤報。", "FA003-alarm-1422")
    s.inc(M, "rescue", "會展中心B棟參觀者胸痛送醫。", "119-1150320-0371")
    alt_reading(s, "One could treat both hall alarms as one 會展中心 fire job (same venue, the same crews walked over); the A-hall evacuation crowd outside may be seen as exhibition crowd; "
                "the hub car park full at 17:12 and 環中路 VD3 may be ordinary Friday-evening load or the fair's egress.",
                drop=(FB,))
    s.notes = "Two panels of one venue, 100 m apart, 12 min apart, same type: separate 119 cases, separate causes (real fire vs demonstration smoke)."
    ALL.append(s)


if __name__ == "__main__":
    for f in (s211, s212, s213, s214, s215, s216, s217, s218, s219, s220, s221, s222):
        f()
    for s in ALL:
        print(s.write())
