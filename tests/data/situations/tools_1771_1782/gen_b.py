"""Situations 1777-1782 (blind oracle, ordinary peacetime days and nights in 水湳)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from lib import Sit, P, off, inc


def s1777():
    s = Sit(1777, "power_cut_henan_zhongping", "河南路一帶饋線停電：號誌黑燈，黑燈路口隨後車禍", "2016-07-12")
    J = P["j_hn_zp"]
    s.add("19:40", "rule", "congestion", "環中路車輛偵測器1 平均車速 22 km/h", None, sensor="SN-VD-HUANZHONG-01", severity="Moderate")
    s.add("19:52", "1999", "streetlight", "中平路 皇城街口 一盞路燈不亮", None, at=off(P["j_jm_zp"], 400, 60))
    p1 = s.add("20:14:05", "signal", "fault", "河南路/中平路 號誌 全黑", "U", sensor="SN-SIG-010", delay=6)
    s.add("20:14:07", "status", "offline", "河南路/中平路 路口監視器 離線", "U", sensor="SN-CCTV-010", reason="mains_power_lost", delay=9)
    s.add("20:14:10", "status", "offline", "河南路車輛偵測器2 離線", "U", sensor="SN-VD-HENAN-02", reason="mains_power_lost", delay=12)
    s.add("20:14:10", "status", "offline", "中平路車輛偵測器1 離線", "U", sensor="SN-VD-ZHONGPING-01", reason="mains_power_lost", delay=15)
    s.add("20:14:30", "status", "offline", "河南路停車場 離線", "U", sensor="SN-PK-003", reason="mains_power_lost", delay=20)
    s.add("20:16", "1999", "power_outage", "河南路二段 整排住家都停電", "U", at=off(J, -120, -150), delay=120)
    s.add("20:19", "rule", "sensor_offline", "河南路車輛偵測器2 超過 5 分鐘無資料", "U", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("20:19", "rule", "sensor_offline", "中平路車輛偵測器1 超過 5 分鐘無資料", "U", sensor="SN-VD-ZHONGPING-01", severity="Minor")
    s.add("20:20", "1999", "traffic_signal", "河南路中平路口紅綠燈不亮", "U", at=off(J, 20, 10), delay=90)
    s.add("20:22", "1999", "streetlight", "河南路停車場那邊路燈全暗 一片漆黑", "U", at=off(P["henanpk"], -30, 0), delay=150)
    s.add("20:24", "incident", "traffic_signal_fault", "河南路中平路口號誌黑燈（區域停電） 派員指揮", "U", at=J, severity="Moderate")
    s.add("20:25", "1999", "power_outage", "中平路這邊停電了 台電電話打不通", "U", at=off(J, 250, 40), delay=200)
    c1 = s.add("20:37", "incident", "injury_accident", "河南路中平路口 號誌黑燈 自小客與機車碰撞 騎士受傷", "C", at=off(J, 15, -10), severity="Moderate", delay=70, alt="U")
    s.add("20:38", "119", "ambulance", "河南路中平路口 車禍 一人受傷", "C", at=off(J, 10, -5), status="dispatched", alt="U")
    s.add("20:40", "1999", "traffic_accident", "河南路中平路口 紅綠燈沒亮撞車了", "C", at=off(J, -20, 10), delay=110, alt="U")
    s.add("20:45", "119", "ambulance", "到場", "C", at=off(J, 10, -5), status="on_scene", alt="U")
    s.add("20:58", "119", "ambulance", "送醫 中山醫大附醫", "C", at=off(J, 10, -5), status="returning", alt="U")
    s.add("21:05", "incident", "injury_accident", "河南路中平路口事故 車輛移置路邊", "C", at=off(J, 15, -10), severity="Minor", follows=c1, alt="U")
    s.add("21:10", "1999", "power_outage", "（案件更新）台電回覆 饋線故障搶修中", "U", at=off(J, -120, -150), follows="1777-008")
    s.add("21:22", "1999", "noise", "逢甲水湳校區宿舍 有人在放鞭炮", None, at=off(P["fcu"], -80, 30))
    s.add("21:46", "status", "online", "河南路/中平路 路口監視器 連線", "U", sensor="SN-CCTV-010")
    s.add("21:46", "signal", "restored", "河南路/中平路 號誌 恢復正常", "U", sensor="SN-SIG-010")
    s.add("21:47", "status", "online", "河南路車輛偵測器2 連線", "U", sensor="SN-VD-HENAN-02")
    s.add("21:47", "status", "online", "中平路車輛偵測器1 連線", "U", sensor="SN-VD-ZHONGPING-01")
    s.add("21:48", "status", "online", "河南路停車場 連線", "U", sensor="SN-PK-003", delay=400)
    s.add("21:48", "rule", "cleared", "河南路車輛偵測器2 恢復資料", "U", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("21:48", "rule", "cleared", "中平路車輛偵測器1 恢復資料", "U", sensor="SN-VD-ZHONGPING-01", severity="Minor")
    s.add("21:55", "incident", "other", "河南路中平路口號誌恢復 員警撤離", "U", at=J, severity="Minor")
    s.add("22:30", "1999", "other", "中央公園 溜滑梯 螺絲鬆脫", None, at=off(P["parkcp"], -30, -1300))
    s.incident("U", "infrastructure", "20:14 台電饋線故障，河南路/中平路一帶停電：號誌黑燈、路口機櫃設備與停車場斷電、住戶停電，21:46 復電", p1)
    s.incident("C", "traffic", "20:37 黑燈路口 自小客與機車碰撞，1 人送醫", c1)
    s.alternative("車禍發生在停電造成的黑燈路口，同一批員警處理：另一位協調員會把它記在停電事件之下，而不是另開一案",
                  [inc("U", "infrastructure", "饋線停電", p1)])
    s.description = ("Tuesday 2016-07-12 evening. A Taipower feeder fault at 20:14 blacks out the 河南路/中平路 area: the junction's signal, its camera and both detectors on cabinet TB-CAB-010 and the 河南路 car park all go offline with mains_power_lost, residents and a 'whole row dark' lamp caller ring 1999, police direct traffic; power back 21:46. "
                     "At 20:37 a car and a scooter collide in the dark junction (police, 119, 1999): I opened it as its own traffic job (ambulance, crash investigation), with the alternative folding it into the outage. Background: a single lamp, firecrackers, playground screws.")
    return s


def s1778():
    s = Sit(1778, "car_park_break_ins_night", "中央公園地下停車場夜間連續車窗破壞竊盜", "2016-02-17")
    CP = P["parkcp"]
    # planned maintenance of the north cabinet
    ms = ["SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"]
    for i, sid in enumerate(ms):
        s.add("00:30:%02d" % (i * 3), "status", "offline", "中央公園北機櫃 計畫性維護 停機", None, sensor=sid, reason="maintenance", alt="N")
    for sid in ("SN-FL-001", "SN-WL-001", "SN-RG-001"):
        s.add("00:40", "rule", "sensor_offline", "超過 10 分鐘無資料", None, sensor=sid, severity="Minor", alt="N")
    th1 = s.add("01:55", "incident", "theft", "中央公園地下停車場 B2 自小客車窗遭擊破 車內筆電遭竊", "T", at=CP, severity="Moderate", delay=180)
    s.add("02:05", "1999", "other", "公園地下停車場保全：B2 好幾台車窗戶被打破", "T", at=off(CP, 10, 5), delay=240)
    s.add("02:20", "incident", "theft", "中央公園地下停車場 B2 再發現 3 輛 車窗遭破壞", "T", at=off(CP, 20, -10), severity="Moderate", follows=th1)
    s.add("02:40", "fire_alarm", "fault", "中央公園地下停車場 受信總機 B2 手動報警機 遭破壞", "T", sensor="SN-FA-007", alt=None)
    for i, sid in enumerate(ms):
        s.add("02:58:%02d" % (i * 2), "status", "online", "中央公園北機櫃 維護完成 連線", None, sensor=sid, alt="N")
    b1 = s.add("03:12", "incident", "theft", "水湳轉運中心 自行車停車區 公共自行車遭竊", "B", at=off(P["hub"], -30, 20), severity="Minor", delay=900)
    s.add("03:30", "rule", "congestion", "環中路車輛偵測器4 資料異常 平均車速 0", None, sensor="SN-VD-HUANZHONG-04", severity="Moderate")
    s.add("03:32", "rule", "cleared", "環中路車輛偵測器4 恢復", None, sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("04:10", "1999", "動物救援", "經貿路 有一隻狗被車撞在路邊", None, at=off(P["ecoB"], 80, -200))
    s.add("05:30", "1999", "streetlight", "中科路 路燈 XT-07781 不亮", None, at=off(P["j_hz_zk"], 20, -400))
    s.add("06:45", "rule", "congestion", "環中路車輛偵測器2 平均車速 21 km/h", None, sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.add("07:35", "incident", "theft", "中央公園地下停車場 車主到場報案 B2 車窗遭擊破 行車記錄器遭竊", "T", at=off(CP, -15, 0), severity="Minor", delay=400)
    s.add("07:50", "1999", "other", "（車主陳情）公園停車場監視器是不是沒開", "T", at=off(CP, 5, 5), delay=600, alt=None)
    s.add("08:20", "incident", "theft", "中央公園地下停車場竊案 調閱監視器 鑑識採證", "T", at=CP, severity="Moderate", follows=th1)
    s.add("08:35", "parking", "full", "中央公園地下停車場(南) 車位已滿", None, sensor="SN-PK-005")
    s.add("09:10", "1999", "illegal_parking", "中央公園停車場入口 車輛違停擋住出口", None, at=off(CP, 30, 40))
    s.add("10:20", "incident", "theft", "水湳轉運中心 自行車失竊 查無監視畫面", "B", at=off(P["hub"], -30, 20), severity="Minor", follows=b1)
    s.incident("T", "public_safety", "01:55 起 中央公園地下停車場 B2 連續車窗破壞竊盜（至少 5 輛），早上再有車主報案，警方調閱與採證", th1)
    s.incident("B", "public_safety", "03:12 轉運中心 公共自行車失竊（另一件，1 km 外）", b1)
    s.alternative("北機櫃的計畫性維護無需派遣（本解讀：背景）；但離線規則的告警沒有理由，另一位協調員可能開一張設備維護單，把 5 台設備的離線、告警與恢復當成一件設施事件。"
                  "停車場火警總機的手動報警機遭破壞也可能只被視為設備維修（背景）；車主質疑監視器的陳情亦可視為背景",
                  [inc("N", "infrastructure", "北機櫃 5 台設備維護離線", "1778-006"), inc("T", "public_safety", "停車場竊案", th1), inc("B", "public_safety", "自行車失竊", b1)])
    s.description = ("Wednesday 2016-02-17, small hours. Between 00:30 and 02:58 the park's north field cabinet GW-CP-N01 is down for planned maintenance (five devices offline with reason maintenance, three offline-rule alerts). "
                     "At 01:55 a patrol finds car windows smashed on B2 of the park's underground car park; the guard, more cars, a vandalised manual call point on the car park's panel, a driver at 07:35 and the 08:20 forensics are one series (public safety). "
                     "At 03:12 a bicycle stolen at the transit hub, 1 km north, is another job. Background: a detector glitch, a dog hit, a lamp, morning traffic, a full car park, an entrance blocked.")
    return s


def s1779():
    s = Sit(1779, "sunday_park_medical_and_tree", "週日中央公園：慢跑者倒地、另一處中暑、經貿路路樹倒", "2016-06-26")
    N = off(P["parkcp"], -40, 120)
    S_ = off(P["parkcp"], 10, -820)
    s.add("14:00", "parking", "full", "中央公園地下停車場(北) 車位已滿", None, sensor="SN-PK-004")
    s.add("14:05", "parking", "full", "中央公園地下停車場(南) 車位已滿", None, sensor="SN-PK-005")
    s.add("14:20", "cctv", "crowding", "經貿路二段/經貿七路 人群聚集", None, sensor="SN-CCTV-006", confidence=0.52)
    s.add("14:40", "1999", "other", "中央公園 飲水機沒水", None, at=off(P["parkcp"], 20, -300))
    r1 = s.add("15:02", "119", "ambulance", "中央公園北側 慢跑步道 男性約50歲 倒地 無呼吸 CPR", "R1", at=N, status="dispatched", delay=10)
    s.add("15:03", "1999", "rescue", "中央公園北邊步道有人昏倒了 有人在做CPR", "R1", at=off(N, 20, -15), delay=70)
    s.add("15:04", "incident", "medical", "中央公園 北側步道 路倒 民眾CPR中 AED已取", "R1", at=off(N, -10, 10), severity="Severe", delay=120)
    s.add("15:08", "119", "ambulance", "中央公園 到場 接手CPR", "R1", at=N, status="on_scene")
    s.add("15:12", "cctv", "crowding", "經貿路二段/經貿七路 人群聚集", "R1", sensor="SN-CCTV-006", confidence=0.63, alt=None)
    s.add("15:20", "119", "ambulance", "中央公園 送醫 恢復心跳", "R1", at=N, status="returning")
    t1 = s.add("15:36", "1999", "fallen_tree", "經貿路 綠美圖對面 行道樹倒下來 壓到外側車道", "T", at=off(P["museum"], 140, -40), delay=90)
    s.add("15:40", "incident", "fallen_object", "經貿路 路樹倒塌 占用外側車道 現場管制", "T", at=off(P["museum"], 150, -50), severity="Moderate", delay=150)
    s.add("15:41", "cctv", "fallen_object", "經貿路二段/經貿七路 路面掉落物", "T", sensor="SN-CCTV-006", confidence=0.69)
    s.add("15:44", "rule", "congestion", "經貿路車輛偵測器2 平均車速 13 km/h", "T", sensor="SN-VD-JINGMAO-02", severity="Moderate", alt=None)
    r2 = s.add("15:48", "119", "ambulance", "中央公園南側 草地 女童 疑似中暑 意識模糊", "R2", at=S_, status="dispatched")
    s.add("15:50", "1999", "rescue", "公園南邊 小朋友熱到昏倒", "R2", at=off(S_, -25, 30), delay=100)
    s.add("15:55", "119", "ambulance", "中央公園南側 到場", "R2", at=S_, status="on_scene")
    s.add("16:05", "1999", "fallen_tree", "（案件更新）已派養工處 清除", "T", at=off(P["museum"], 140, -40), follows=t1)
    s.add("16:08", "119", "ambulance", "中央公園南側 送醫", "R2", at=S_, status="returning")
    s.add("16:15", "1999", "動物救援", "中央公園 有人的狗咬人", None, at=off(P["parkcp"], 60, -500))
    s.add("16:40", "incident", "road_reopened", "經貿路 路樹清除完畢 恢復通行", "T", at=off(P["museum"], 150, -50), severity="Minor")
    s.add("16:45", "rule", "cleared", "經貿路車輛偵測器2 恢復", "T", sensor="SN-VD-JINGMAO-02", severity="Minor", alt=None)
    s.add("16:50", "119", "ambulance", "中央公園北側 慢跑者案 結案", "R1", at=N, status="closed", delay=30)
    s.add("17:10", "cctv", "crowding", "黎明路三段/凱旋路 人群聚集", None, sensor="SN-CCTV-007", confidence=0.44)
    s.add("17:30", "rule", "congestion", "凱旋路車輛偵測器2 平均車速 20 km/h", None, sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("18:10", "parking", "empty", "中央公園地下停車場(南) 車位全空", None, sensor="SN-PK-005")
    s.incident("R1", "rescue", "15:02 中央公園北側步道 慢跑者 OHCA，民眾 CPR、119 送醫", r1)
    s.incident("T", "traffic", "15:36 經貿路 綠美圖對面 行道樹倒塌占用車道，16:40 清除", t1)
    s.incident("R2", "rescue", "15:48 中央公園南側 女童中暑送醫（北案以南約 900 m）", r2)
    s.alternative("15:44-16:45 經貿路的減速也可能只是週日下午公園車潮（背景）；15:12 路口人群可能是圍觀 CPR 的人，也可能只是公園遊客",
                  [inc("R1", "rescue", "慢跑者", r1), inc("T", "traffic", "路樹", t1), inc("R2", "rescue", "中暑", r2)])
    s.description = ("Sunday 2016-06-26, a hot afternoon with the park full. At 15:02 a jogger collapses on the north path (119, a caller, police; revived). At 15:36 a roadside tree falls across 經貿路 opposite 綠美圖 (1999, police, the camera at 經貿七路, a slow-down), cleared 16:40. "
                     "At 15:48 a girl with heat stroke at the south end of the park, 900 m from the first, is a second rescue job. Background: full and empty car parks, crowds, a dry fountain, a dog bite handled by the animal service.")
    return s


def s1780():
    s = Sit(1780, "wrong_way_and_stalled_truck", "深夜環中路逆向車撞中清路口，台74匝道貨車拋錨", "2016-09-10")
    w1 = s.add("01:12:30", "cctv", "wrong_way", "凱旋路/環中路二段 逆向行駛 東向車道", "W", sensor="SN-CCTV-002", confidence=0.86, delay=5, alt="V")
    # CCTV-003 stamps local time as UTC (clock skew +8 h)
    s.add("01:13:40", "cctv", "wrong_way", "中科路/環中路二段 逆向行駛", "W", sensor="SN-CCTV-003", confidence=0.91, observed_shift=8 * 3600, delay=6, alt="V")
    s.add("01:14", "incident", "wrong_way_driver", "環中路二段 自小客逆向往中清路方向 警網攔查", "W", at=off(P["j_hz_zk"], 200, 50), severity="Severe", delay=60, alt="V")
    s.add("01:15:10", "cctv", "wrong_way", "經貿路二段/環中路二段 逆向行駛", "W", sensor="SN-CCTV-004", confidence=0.88, alt="V")
    c = s.add("01:16:30", "cctv", "stalled_vehicle", "中清路/環中路 路口 車輛停滯", "W", sensor="SN-CCTV-008", confidence=0.77)
    k = s.add("01:17", "incident", "injury_accident", "中清環中路口 逆向自小客與計程車對撞 2人受傷 駕駛疑酒駕", "W", at=P["j_hz_zq"], severity="Severe", delay=90)
    s.dup(k, 30)
    s.add("01:18", "119", "ambulance", "中清路環中路口 車禍 2傷", "W", at=off(P["j_hz_zq"], 10, 0), status="dispatched")
    s.add("01:20", "1999", "traffic_accident", "中清路環中路口 兩台車正面撞 很大聲", "W", at=off(P["j_hz_zq"], -60, -40), delay=80)
    s.add("01:26", "119", "ambulance", "到場", "W", at=off(P["j_hz_zq"], 10, 0), status="on_scene")
    s.add("01:31", "rule", "congestion", "中清路車輛偵測器1 平均車速 5 km/h", "W", sensor="SN-VD-ZHONGQING-01", severity="Moderate")
    st = s.add("01:34", "cctv", "stalled_vehicle", "台74線/環中路二段 車輛停滯 匝道出口", "S", sensor="SN-CCTV-001", confidence=0.83)
    st2 = s.add("01:38", "incident", "stalled_vehicle", "台74線 環中路匝道出口 大貨車拋錨 占用一車道", "S", at=off(P["j_hz_74"], -40, -60), severity="Minor", delay=100)
    s.add("01:40", "119", "ambulance", "送醫 酒駕駕駛由警戒護", "W", at=off(P["j_hz_zq"], 10, 0), status="returning")
    s.add("01:45", "rule", "congestion", "凱旋路車輛偵測器1 平均車速 14 km/h", "S", sensor="SN-VD-KAIXUAN-01", severity="Moderate")
    s.add("02:10", "incident", "injury_accident", "中清環中路口 事故車輛拖離 駕駛酒測值0.62 移送", "W", at=P["j_hz_zq"], severity="Moderate", follows=k)
    s.add("02:12", "rule", "cleared", "中清路車輛偵測器1 恢復", "W", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("02:30", "incident", "stalled_vehicle", "台74匝道 拋錨貨車 拖吊完成", "S", at=off(P["j_hz_74"], -40, -60), severity="Minor", follows=st2)
    s.add("02:33", "rule", "cleared", "凱旋路車輛偵測器1 恢復", "S", sensor="SN-VD-KAIXUAN-01", severity="Minor")
    # background
    s.add("00:40", "status", "offline", "環中路車輛偵測器4 離線", None, sensor="SN-VD-HUANZHONG-04", delay=5)
    s.add("00:52", "rule", "sensor_offline", "環中路車輛偵測器4 超過10分鐘無資料", None, sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("03:05", "status", "online", "環中路車輛偵測器4 連線", None, sensor="SN-VD-HUANZHONG-04")
    s.add("02:50", "1999", "noise", "中清路 改裝車 深夜飆車 很吵", None, at=off(P["j_hz_zq"], 200, -600))
    s.add("03:40", "cctv", "wrong_way", "臺灣大道/環中路 逆向行駛", None, sensor="SN-CCTV-009", confidence=0.34)
    s.add("04:15", "1999", "streetlight", "環中路 轉運中心段 路燈一盞閃爍", None, at=off(P["hub"], 30, 90))
    s.add("05:50", "fire_alarm", "fault", "水湳轉運中心 受信總機 蓄電池異常", None, sensor="SN-FA-001")
    s.incident("W", "traffic", "01:12 環中路二段逆向自小客（三個路口攝影機先後偵測），01:17 於中清環中路口與計程車對撞 2 傷，酒駕移送", w1)
    s.incident("S", "traffic", "01:34 台74線環中路匝道出口 大貨車拋錨，02:30 拖離", st)
    s.alternative("逆向行駛的攝影機偵測與中清路口的對撞可分成兩案：先「逆向車攔查」，再「對撞事故」（不同路口相距約 600 m）",
                  [inc("V", "traffic", "環中路逆向車攔查", w1), inc("W", "traffic", "中清環中路口對撞", c), inc("S", "traffic", "貨車拋錨", st)])
    s.notes = "CCTV-003's clock is 8 h fast (it stamps Taiwan time as UTC): its observed time is wrong, its arrival is right."
    s.description = ("Saturday 2016-09-10 01:12. A wrong-way car drives east in the westbound lanes of 環中路二段, seen by three junction cameras in three minutes (CCTV-003's clock stamps Taiwan time as UTC, 8 h off), and hits a taxi head-on at 中清路/環中路 at 01:17 (police, 119, 1999, a slow-down); drunk driver, cleared 02:10. "
                     "At 01:34 a lorry breaks down on the 台74 exit ramp at 環中路, 500 m west: a separate traffic job, towed 02:30. Background: a detector offline and back, late-night racers' noise, a low-confidence wrong-way at 臺灣大道, a lamp, a panel battery fault at dawn.")
    return s


def s1781():
    s = Sit(1781, "henan_sinkhole_near_works", "河南路夜間管線施工後隔天早上路面坍陷", "2016-12-06")
    Wk = off(P["j_hn_zp"], -260, -330)
    H = off(P["henanpk"], -60, -40)
    pw = s.add("22:00", "planned_event", "road_works", "河南路二段 污水下水道 用戶接管工程 22:00-06:00 封閉外側車道", None, at=Wk, radius_m=150, ends="+1 06:00", delay=-86400 * 2)
    s.add("22:40", "rule", "congestion", "河南路車輛偵測器1 平均車速 23 km/h", None, sensor="SN-VD-HENAN-01", severity="Moderate")
    s.add("23:10", "1999", "noise", "河南路 施工破碎機好吵", None, at=off(Wk, 60, 40))
    s.add("+1 01:15", "1999", "noise", "河南路 施工到半夜還在吵", None, at=off(Wk, 80, 20))
    s.add("+1 05:55", "planned_event", "road_works", "河南路二段 污水下水道 用戶接管工程 提前完工 解除封閉", None, at=Wk, radius_m=150, ends="+1 05:55", permit_status="amended", follows=pw, delay=600)
    h1 = s.add("+1 07:22", "1999", "road_damage", "河南路停車場前面 路面塌一個洞 快一公尺", "H", at=H, delay=150)
    s.add("+1 07:25", "incident", "road_collapse", "河南路 河南路停車場前 路面坍陷 約1x1.5公尺 深50公分 設置三角錐", "H", at=off(H, 10, -5), severity="Severe", delay=200)
    s.dup("1781-007", 45)
    s.add("+1 07:30", "cctv", "fallen_object", "河南路/中平路 路面障礙物", "H", sensor="SN-CCTV-010", confidence=0.47, alt=None)
    s.add("+1 07:33", "rule", "congestion", "河南路車輛偵測器2 平均車速 11 km/h", "H", sensor="SN-VD-HENAN-02", severity="Moderate")
    s.add("+1 07:38", "rule", "congestion", "中平路車輛偵測器1 平均車速 14 km/h", "H", sensor="SN-VD-ZHONGPING-01", severity="Moderate", alt=None)
    s.add("+1 07:40", "incident", "road_closure", "河南路 往中平路方向 封閉兩車道", "H", at=off(H, 30, 10), severity="Moderate")
    s.add("+1 07:45", "1999", "road_damage", "（案件更新）養工處 已派員", "H", at=H, follows=h1)
    s.add("+1 08:02", "1999", "road_damage", "河南路坍一個洞 是不是昨晚施工沒填好", "H", at=off(H, -20, 30), delay=300)
    s.add("+1 08:05", "1999", "other", "逢甲水湳校區 校門口 學生機車亂停", None, at=off(P["fcu"], -40, -30))
    s.add("+1 08:20", "planned_event", "road_works", "河南路 路面坍陷 緊急搶修 08:30-12:00", "H", at=H, radius_m=60, ends="+1 12:00", delay=60)
    s.add("+1 08:31", "rule", "congestion", "環中路車輛偵測器2 平均車速 18 km/h", None, sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.add("+1 09:10", "1999", "road_damage", "（案件更新）初判為下水道接管回填不實 責成廠商修復", "H", at=H, follows=h1)
    s.add("+1 10:00", "parking", "closed", "河南路停車場 入口施工 暫停開放", "H", sensor="SN-PK-003")
    s.add("+1 10:45", "1999", "streetlight", "中平路 路燈 XT-02233 白天也亮著", None, at=off(P["j_jm_zp"], -300, -20))
    s.add("+1 11:50", "incident", "road_reopened", "河南路 坍陷修復 恢復通行", "H", at=off(H, 30, 10), severity="Minor")
    s.add("+1 11:55", "rule", "cleared", "河南路車輛偵測器2 恢復", "H", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("+1 12:05", "1999", "road_damage", "（案件更新）已修復 結案", "H", at=H, follows=h1)
    s.incident("H", "infrastructure", "07:22 河南路 河南路停車場前 路面坍陷（夜間下水道接管回填不實），封閉兩車道，11:50 修復", "1781-007")
    s.alternative("坍陷是前一晚施工（約 500 m 外，許可半徑之外）造成的：另一位協調員會把施工許可、其變更與兩則施工噪音陳情併入坍陷事件。"
                  "另外 07:30 河南路中平路口攝影機的低信心障礙物與 07:38 中平路減速也可能與坍陷無關（背景）",
                  [inc("H", "infrastructure", "路面坍陷（含前晚施工）", "1781-007")])
    # alternative: permit and works noise join H
    for it in s.items:
        if it["key"] in (pw, "1781-003", "1781-004", "1781-005"):
            it["truth_alt"] = "H"
    s.description = ("Tuesday night 2016-12-06 into Wednesday: a sewer-connection contractor works on 河南路二段 under permit (two noise calls; the permit amended at 05:55 to say it finished early). "
                     "At 07:22 the road caves in in front of the 河南路 car park, about 500 m from the works: callers, police cone and close two lanes, slow-downs, an emergency repair permit, the car park entrance closed, the 1999 case updated three times (the bureau blames the night's backfill), reopened 11:50. "
                     "One infrastructure job; the works themselves are background in my reading, part of the job in the alternative.")
    return s


def s1782():
    s = Sit(1782, "quiet_night_background", "平靜夜班：背景為主，綠美圖火警誤報、中科路整排路燈不亮、醉漢路倒", "2016-01-20")
    bg = [
        ("21:05", "rule", "congestion", "環中路車輛偵測器1 平均車速 24 km/h", "SN-VD-HUANZHONG-01", "Moderate"),
        ("21:30", "parking", "empty", "經貿六停車場 車位全空", "SN-PK-002", "Unknown"),
        ("21:48", "status", "offline", "旱溪北屯水位 離線", "SN-WL-005", "Unknown"),
        ("21:58", "status", "online", "旱溪北屯水位 連線", "SN-WL-005", "Unknown"),
        ("22:15", "fire_alarm", "fault", "中國醫藥大學水湳校區 受信總機 接地異常", "SN-FA-010", "Unknown"),
        ("22:22", "fire_alarm", "normal", "中國醫藥大學水湳校區 受信總機 恢復", "SN-FA-010", "Unknown"),
        ("22:40", "cctv", "crowding", "經貿路二段/黎明路三段 人群聚集", "SN-CCTV-005", "Unknown"),
        ("23:35", "cctv", "stalled_vehicle", "經貿路/中平路 車輛停滯", "SN-CCTV-011", "Unknown"),
        ("+1 00:20", "status", "offline", "北屯雨量站 離線", "SN-RG-003", "Unknown"),
        ("+1 00:31", "rule", "sensor_offline", "北屯雨量站 超過10分鐘無資料", "SN-RG-003", "Minor"),
        ("+1 00:55", "status", "online", "北屯雨量站 連線", "SN-RG-003", "Unknown"),
        ("+1 01:10", "rule", "cleared", "北屯雨量站 恢復資料", "SN-RG-003", "Minor"),
        ("+1 02:40", "cctv", "fallen_object", "經貿路二段/環中路二段 路面掉落物", "SN-CCTV-004", "Unknown"),
        ("+1 04:50", "fire_alarm", "fault", "逢甲大學水湳校區 受信總機 主電源異常 切換備用電源", "SN-FA-009", "Unknown"),
        ("+1 04:58", "fire_alarm", "normal", "逢甲大學水湳校區 受信總機 主電源恢復", "SN-FA-009", "Unknown"),
        ("+1 06:40", "rule", "congestion", "環中路車輛偵測器2 平均車速 22 km/h", "SN-VD-HUANZHONG-02", "Moderate"),
        ("+1 06:55", "parking", "full", "水湳轉運中心停車場 車位已滿", "SN-PK-001", "Unknown"),
    ]
    for when, feed, cat, text, sid, sev in bg:
        kw = {"confidence": 0.38} if feed == "cctv" else {}
        s.add(when, feed, cat, text, None, sensor=sid, severity=sev, **kw)
    s.add("21:20", "1999", "streetlight", "黎明路 XT-03310 路燈不亮", None, at=off(P["j_lm_kx"], -250, -80))
    s.add("22:05", "1999", "環境清潔", "轉運中心 廁所很髒", None, at=P["hub"])
    s.add("23:50", "1999", "noise", "生態住宅B區 樓上半夜拖椅子", None, at=P["ecoB"])
    s.add("+1 03:30", "1999", "動物救援", "中央公園 滯洪池邊 有受傷的鷺鷥", None, at=off(P["parkcp"], 0, -350))
    # job 1: false alarm at 綠美圖
    f1 = s.add("22:51:10", "fire_alarm", "alarm", "臺中綠美圖 B1 機房 偵煙探測器動作", "F", sensor="SN-FA-004", delay=4)
    s.dup(f1, 25)
    s.dup(f1, 70)
    s.add("22:52", "119", "fire", "臺中綠美圖 火警受信總機 動作 派遣 水箱車1 雲梯車1", "F", at=P["museum"], status="dispatched", delay=12)
    s.add("22:58", "119", "fire", "臺中綠美圖 到場 B1 機房 空調除濕 誤報", "F", at=P["museum"], status="on_scene")
    s.add("23:01", "fire_alarm", "normal", "臺中綠美圖 受信總機 復歸", "F", sensor="SN-FA-004")
    s.add("23:06", "119", "fire", "臺中綠美圖 誤報 返隊", "F", at=P["museum"], status="returning")
    s.add("23:10", "119", "fire", "結案", "F", at=P["museum"], status="closed")
    # job 2: a row of lamps out on 中科路
    L = off(P["j_hz_zk"], 40, -700)
    l1 = s.add("23:14", "1999", "streetlight", "中科路 流行影音中心北邊 整排路燈都沒亮", "L", at=L)
    s.add("23:20", "1999", "streetlight", "中科路 黎明路到環中路這段 路燈全暗 很危險", "L", at=off(L, -30, 300), delay=90)
    s.add("23:45", "1999", "streetlight", "中科路 路燈 XT-07790 XT-07791 XT-07792 都不亮", "L", at=off(L, 10, 150), delay=120)
    s.add("+1 00:30", "1999", "streetlight", "（案件更新）養工處 夜間巡修 迴路跳脫 已復電", "L", at=L, follows=l1)
    # job 3: drunk man lying on 凱旋路
    d1 = s.add("+1 01:42", "incident", "medical", "凱旋路 黎明路口南側 男子醉倒在機車道", "D", at=off(P["j_lm_kx"], 60, -180), severity="Moderate", delay=80)
    s.add("+1 01:45", "119", "ambulance", "凱旋路 醉倒男子 意識不清", "D", at=off(P["j_lm_kx"], 55, -175), status="dispatched")
    s.add("+1 01:46", "cctv", "stalled_vehicle", "黎明路三段/凱旋路 車輛停滯（警車）", "D", sensor="SN-CCTV-007", confidence=0.61, alt=None)
    s.add("+1 01:53", "119", "ambulance", "到場", "D", at=off(P["j_lm_kx"], 55, -175), status="on_scene")
    s.add("+1 02:05", "119", "ambulance", "送醫", "D", at=off(P["j_lm_kx"], 55, -175), status="returning")
    s.incident("F", "fire", "22:51 綠美圖 B1 機房 偵煙探測器動作，119 出勤，到場確認誤報（除濕），23:10 結案", f1)
    s.incident("L", "infrastructure", "23:14 中科路 黎明路至環中路段 整排路燈不亮（迴路跳脫），00:30 修復", l1)
    s.incident("D", "rescue", "01:42 凱旋路 男子醉倒機車道，119 送醫", d1)
    s.alternative("01:46 攝影機偵測到的停滯車輛是到場的警車：另一位協調員可能當作背景；另外綠美圖誤報 119 雖出勤，也有人只當設備事件不開案——我保留火警案",
                  [inc("F", "fire", "誤報", f1), inc("L", "infrastructure", "整排路燈", l1), inc("D", "rescue", "醉倒", d1)])
    s.description = ("Wednesday night 2016-01-20, cold and dry, a quiet shift: most of the night is background (rush-hour tail, empty and full car parks, two stations' link flaps, two campus panel faults that reset, low-confidence camera hits, a lamp, a dirty toilet, a neighbour's chairs, an injured egret). "
                     "Three jobs: a smoke detector in 綠美圖's B1 plant room goes off at 22:51 (delivered three times), 119 goes and finds dehumidifier mist, a false alarm but a job until closed; a whole row of lamps dark on 中科路 at 23:14 (three callers, a tripped circuit, fixed 00:30); a drunk man lying in the scooter lane of 凱旋路 at 01:42 (police, 119).")
    return s


if __name__ == "__main__":
    for fn in (s1777, s1778, s1779, s1780, s1781, s1782):
        sit = fn()
        n = sit.write()
        print(sit.num, sit.name, n)
