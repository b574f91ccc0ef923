"""Situations 1277-1282 (last six). Seeded; run from tools/."""
from lib import Sit

def s1277():
    s = Sit(1277, "afternoon_thunderstorm", "2026-06-19",
            "週五午後雷陣雨約一小時：中清環中地下道積水一車受困、黎明凱旋低窪處積水、中科路路樹倒塌、北滯洪池達三級警戒、黎明凱旋路口號誌黑燈。")
    s.rule("ALR-RG-002-0619-1435", "SN-RG-002", "heavy_rain", "Moderate", "14:35",
           "水湳轉運中心雨量站 1小時雨量 46 mm 達大雨", None, level="大雨")
    s.rule("ALR-RG-001-0619-1438", "SN-RG-001", "heavy_rain", "Moderate", "14:38",
           "中央公園雨量站 1小時雨量 43 mm 達大雨", None, level="大雨")
    s.rule("ALR-C0F9T0-0619-1440", "C0F9T0", "heavy_rain", "Moderate", "14:40",
           "西屯 C0F9T0 1小時雨量 41 mm 達大雨", None, level="大雨")
    s.rule("ALR-FL-006-0619-1448", "SN-FL-006", "flood_depth", "Minor", "14:48",
           "中清環中路口地下道 淹水深度 9 cm", "A", level="1-15")
    s.c1999("TC1999-1150619-00902", "flooding", "中清環中", "14:52:00",
            "中清環中路口地下道積水了，車子還一直開進去。", "A", scatter=80)
    s.rule("ALR-FL-009-0619-1455", "SN-FL-009", "flood_depth", "Minor", "14:55",
           "黎明路凱旋路口低窪處 淹水深度 7 cm", "B", level="1-15")
    s.rule("ALR-FL-006-0619-1458", "SN-FL-006", "flood_depth", "Moderate", "14:58",
           "中清環中路口地下道 淹水深度 24 cm", "A", level="16-30")
    s.police("TCPD-1150619-0811", "flooding_report", "Severe", "中清環中", "15:00:00",
             "北屯區中清路/環中路口地下道 積水約30公分 小客車1輛熄火受困 派員封閉地下道", "A", scatter=30)
    s.dev("CCTV-008-1150619-1501", "cctv", "SN-CCTV-008", "stalled_vehicle", "15:01",
          "中清路/環中路 路口監視器 偵測車輛停滯", "A", confidence=0.79)
    s.c1999("TC1999-1150619-00911", "flooding", "黎明凱旋低窪", "15:02:00",
            "黎明路凱旋路口積水到腳踝，水溝蓋一直冒水出來。", "B", scatter=60)
    s.f119("TC119-1150619-0530", "rescue", "中清環中", "15:03:00",
           "中清環中地下道 車輛受困積水 駕駛1人 派遣 水湳分隊 救助器材車", "A")
    s.police("TCPD-1150619-0814", "road_closure", "Severe", "中清環中", "15:05:00",
             "中清環中地下道 雙向封閉 請改行平面道路", "A", scatter=30)
    s.rule("ALR-FL-006-0619-1506", "SN-FL-006", "flood_depth", "Severe", "15:06",
           "中清環中路口地下道 淹水深度 36 cm", "A", level=">30")
    s.dev("SIG-007-0619-1508", "signal", "SN-SIG-007", "fault", "15:08",
          "黎明路三段/凱旋路 號誌控制器 無回應 疑雷擊", "E")
    s.dev("CCTV-007-1150619-1509", "cctv", "SN-CCTV-007", "signal_dark", "15:09",
          "黎明路三段/凱旋路 路口監視器 偵測號誌黑燈", "E", confidence=0.9)
    s.c1999("TC1999-1150619-00917", "blocked_drain", "黎明凱旋低窪", "15:10:00",
            "凱旋路這邊水溝被落葉塞住，水都排不掉。", "B", scatter=100)
    s.c1999("TC1999-1150619-00920", "traffic_signal", "黎明凱旋", "15:14:00",
            "黎明路凱旋路口紅綠燈全黑，雨又大，很危險。", "E", scatter=60)
    s.c1999("TC1999-1150619-00923", "fallen_tree", "中科路中段", "15:15:00",
            "中科路上路樹被風吹倒，擋住一個車道。", "C", scatter=60)
    s.f119("TC119-1150619-0530-S1", "rescue", "中清環中", "15:20:00",
           "到達現場 駕駛已自行脫困 協助將車輛推出地下道", "A", status="on_scene", follows="TC119-1150619-0530")
    s.police("TCPD-1150619-0818", "traffic_signal_fault", "Moderate", "黎明凱旋", "15:20:00",
             "黎明路三段/凱旋路口 號誌全黑 派員指揮交通 已通報交通局", "E", scatter=30)
    s.rule("ALR-FL-001-0619-1520", "SN-FL-001", "flood_depth", "Minor", "15:20",
           "中央公園滯洪池1 水深 12 cm", "D", level="1-15", alt=None)
    s.police("TCPD-1150619-0820", "fallen_object", "Moderate", "中科路中段", "15:24:00",
             "中科路 路樹倒塌 佔用外側車道 通報建設局移除", "C", scatter=50)
    s.rule("ALR-WL-001-0619-1530", "SN-WL-001", "water_level", "Moderate", "15:30",
           "中央公園北滯洪池水位 2.05 m 達三級警戒", "D", level="3", alt=None)
    s.rule("ALR-VD-HUANZHONG-01-0619-1530", "SN-VD-HUANZHONG-01", "congestion", "Minor", "15:30",
           "環中路車輛偵測器1 平均車速 23 km/h", None)
    s.rule("ALR-FL-009-0619-1550", "SN-FL-009", "cleared", "Minor", "15:50",
           "黎明路凱旋路口低窪處 淹水深度回降 警戒解除", "B")
    s.status("ST-RG-003-0619-1600", "SN-RG-003", "offline", "16:00", None, reason="battery_low",
             text="北屯雨量站 離線 電池電壓低")
    s.rule("ALR-FL-002-0619-1610", "SN-FL-002", "flood_depth", "Minor", "16:10",
           "中央公園滯洪池2 水深 8 cm", "D", level="1-15", alt=None)
    s.police("TCPD-1150619-0820-U1", "fallen_object", "Minor", "中科路中段", "16:20:00",
             "中科路倒塌路樹已移除 恢復通行", "C", scatter=50, follows="TCPD-1150619-0820")
    s.dev("SIG-007-0619-1625", "signal", "SN-SIG-007", "restored", "16:25",
          "黎明路三段/凱旋路 號誌控制器 恢復正常", "E")
    s.rule("ALR-FL-006-0619-1630", "SN-FL-006", "cleared", "Minor", "16:30",
           "中清環中路口地下道 淹水深度回降 警戒解除", "A")
    s.police("TCPD-1150619-0814-U1", "road_closure", "Minor", "中清環中", "16:45:00",
             "中清環中地下道 積水退去 清淤完成 恢復通行", "A", scatter=30, follows="TCPD-1150619-0814")
    s.c1999("TC1999-1150619-00951", "streetlight", "經貿中平", "17:10:00",
            "經貿路中平路口有一盞路燈一直閃。", None, scatter=80)
    s.dup("ALR-FL-006-0619-1506", "15:06:58")
    s.inc("A", "flood", "中清環中路口地下道積水逾30公分，一車受困，封閉至16:45", "TC1999-1150619-00902")
    s.inc("B", "flood", "黎明路/凱旋路口低窪處積水，水溝落葉阻塞", "TC1999-1150619-00911")
    s.inc("C", "traffic", "中科路路樹倒塌佔用外側車道，移除", "TC1999-1150619-00923")
    s.inc("D", "flood", "中央公園北滯洪池蓄水達三級警戒，監看", "ALR-WL-001-0619-1530")
    s.inc("E", "traffic", "黎明路三段/凱旋路口號誌雷擊黑燈，警察指揮交通，16:25 修復", "SIG-007-0619-1508")
    s.alternative("滯洪池蓄水是設計用途，水位三級警戒在短暫雷陣雨中是預期的，值班人員可能只看不開案。",
                  s.incs_except("D"))
    s.notes = "大雨警示是所有積水的原因，但本身不是要派工的事件；北屯雨量站電池低壓離線是例行維護。"
    s.write()

def s1278():
    s = Sit(1278, "signal_fault_morning", "2026-06-22",
            "週一早上 經貿路二段/黎明路三段號誌全黑近兩小時，期間路口擦撞；河南路公車拋錨。")
    s.dev("PK-001-0622-0645", "parking", "SN-PK-001", "full", "06:45", "水湳轉運中心停車場 汽車格已滿", None)
    s.dev("SIG-005-0622-0652", "signal", "SN-SIG-005", "fault", "06:52",
          "經貿路二段/黎明路三段 號誌控制器 電源異常 全黑", "A")
    s.dev("CCTV-005-1150622-0653", "cctv", "SN-CCTV-005", "signal_dark", "06:53:30",
          "經貿路二段/黎明路三段 路口監視器 偵測號誌黑燈", "A", confidence=0.88,
          obs_raw="14:53:30", arr="06:53:41")  # camera clock set to local time as if UTC: 8 h ahead
    s.c1999("TC1999-1150622-00120", "traffic_signal", "經貿黎明", "07:05:00",
            "經貿路黎明路口紅綠燈全部不亮，車子都亂鑽。", "A", scatter=70)
    s.c1999("TC1999-1150622-00124", "traffic_signal", "經貿黎明", "07:12:00",
            "黎明路三段經貿路口號誌壞了。", "A", scatter=100)
    s.police("TCPD-1150622-0210", "traffic_signal_fault", "Moderate", "經貿黎明", "07:15:00",
             "西屯區經貿路二段/黎明路三段 號誌全黑 派員指揮交通 已通報交通局", "A", scatter=30)
    s.rule("ALR-VD-JINGMAO-01-0622-0725", "SN-VD-JINGMAO-01", "congestion", "Moderate", "07:25",
           "經貿路車輛偵測器1 平均車速 14 km/h", "A")
    s.rule("ALR-VD-LIMING-01-0622-0730", "SN-VD-LIMING-01", "congestion", "Minor", "07:30",
           "黎明路車輛偵測器1 平均車速 22 km/h", "A")
    s.c1999("TC1999-1150622-00133", "traffic_accident", "經貿黎明", "07:36:00",
            "經貿黎明路口有車子撞到機車，機車騎士坐在地上。", "B", scatter=60, alt="A")
    s.police("TCPD-1150622-0218", "accident", "Minor", "經貿黎明", "07:38:00",
             "經貿路二段/黎明路三段 號誌故障期間 自小客車與機車擦撞 無人受傷", "B", scatter=30, alt="A")
    s.c1999("TC1999-1150622-00140", "illegal_parking", "經貿黎明", "07:40:00",
            "經貿六停車場旁邊人行道有機車亂停。", None, scatter=150)
    s.c1999("TC1999-1150622-00151", "traffic_signal", "經貿黎明", "07:55:00",
            "剛剛打過了，經貿黎明路口燈還是沒亮，到現在還是警察在指揮。", "A", scatter=100,
            follows="TC1999-1150622-00120")
    s.police("TCPD-1150622-0218-U1", "accident", "Minor", "經貿黎明", "08:05:00",
             "擦撞雙方已和解 車輛移置路邊", "B", scatter=30, follows="TCPD-1150622-0218", alt="A")
    s.dev("CCTV-010-1150622-0815", "cctv", "SN-CCTV-010", "stalled_vehicle", "08:15",
          "河南路/中平路 路口監視器 偵測車輛停滯 外側車道", "C", confidence=0.84)
    s.police("TCPD-1150622-0231", "stalled_vehicle", "Minor", "河南中平", "08:18:00",
             "西屯區河南路二段近中平路 公車拋錨 佔用外側車道 等待拖吊", "C", scatter=60)
    s.rule("ALR-VD-HENAN-02-0622-0822", "SN-VD-HENAN-02", "congestion", "Minor", "08:22",
           "河南路車輛偵測器2 平均車速 19 km/h", "C")
    s.c1999("TC1999-1150622-00166", "streetlight", "中醫水湳", "08:30:00",
            "中國醫藥大學水湳校區旁路燈白天亮著。", None, scatter=80)
    s.dev("SIG-005-0622-0840", "signal", "SN-SIG-005", "restored", "08:40",
          "經貿路二段/黎明路三段 號誌控制器 恢復正常", "A")
    s.police("TCPD-1150622-0210-U1", "traffic_signal_fault", "Minor", "經貿黎明", "08:50:00",
             "號誌已由廠商修復 指揮警力撤離", "A", scatter=30, follows="TCPD-1150622-0210")
    s.police("TCPD-1150622-0231-U1", "stalled_vehicle", "Minor", "河南中平", "08:55:00",
             "河南路二段拋錨公車已拖離", "C", scatter=60, follows="TCPD-1150622-0231")
    s.rule("ALR-VD-HUANZHONG-04-0622-0910", "SN-VD-HUANZHONG-04", "congestion", "Minor", "09:10",
           "環中路車輛偵測器4 平均車速 25 km/h", None)
    s.c1999("TC1999-1150622-00180", "road_damage", "營運塔", "09:20:00",
            "經貿七路人孔蓋有點凸起，車子壓過去會叩叩響。", None, scatter=150)
    s.dup("TC1999-1150622-00124", "07:15:40")
    s.inc("A", "traffic", "經貿路二段/黎明路三段號誌電源異常全黑 06:52-08:40，警察指揮交通", "SIG-005-0622-0652")
    s.inc("B", "traffic", "號誌故障期間路口自小客車與機車擦撞，無人受傷", "TC1999-1150622-00133")
    s.inc("C", "traffic", "河南路二段近中平路 公車拋錨，拖離", "TCPD-1150622-0231")
    s.alternative("路口擦撞是號誌黑燈的後果，在同一路口、由同一批指揮交通的員警處理，可併入號誌故障案。",
                  s.incs_except("B"))
    s.notes = "路口監視器時鐘把本地時間當成UTC，observed 快了8小時。"
    s.write()

def s1279():
    s = Sit(1279, "streetlights_noise_night", "2026-06-24",
            "週三夜間 敦化路一段整排路燈熄滅（多通1999）、中科路深夜改裝車競速噪音、逢甲水湳校區旁超商前酒後鬥毆。")
    s.c1999("TC1999-1150624-01501", "streetlight", "黎明路三段", "21:05:00",
            "黎明路三段有一盞路燈一閃一閃的。", None, scatter=80)
    s.c1999("TC1999-1150624-01505", "noise", "生態B", "21:15:00",
            "樓上在裝潢，這麼晚還在敲。", None, scatter=50)
    s.c1999("TC1999-1150624-01510", "streetlight", (120.6595, 24.1812), "21:25:00",
            "敦化路一段整排路燈都不亮，很暗很危險。", "A", scatter=60)
    s.c1999("TC1999-1150624-01513", "streetlight", "敦化經貿", "21:31:00",
            "經貿路三段敦化路口到公園那段路燈全暗。", "A", scatter=80)
    s.c1999("TC1999-1150624-01516", "streetlight", (120.6598, 24.1805), "21:40:00",
            "敦化路一段路燈一整排都沒亮，燈桿 XT-22411 到 XT-22420。", "A", scatter=40)
    s.c1999("TC1999-1150624-01508", "streetlight", (120.6592, 24.1818), "21:20:00",
            "敦化路這邊路燈突然全部熄掉了。", "A", scatter=60, arr="23:10:00")  # operator backlog: late
    s.c1999("TC1999-1150624-01519", "other", (120.6590, 24.1808), "21:50:00",
            "敦化路那邊好暗，晚上走路回家很怕。", "A", scatter=80)
    s.status("ST-CCTV-002-0624-2200", "SN-CCTV-002", "offline", "22:00", None)
    s.status("ST-CCTV-002-0624-2203", "SN-CCTV-002", "online", "22:03", None)
    s.c1999("TC1999-1150624-01530", "streetlight", (120.6595, 24.1812), "22:30:00",
            "剛剛打過了，敦化路路燈還是沒亮。", "A", scatter=60, follows="TC1999-1150624-01510")
    s.c1999("TC1999-1150624-01536", "noise", "中科路中段", "22:40:00",
            "中科路有改裝車在飆車，排氣管聲音超大。", "B", scatter=150)
    s.c1999("TC1999-1150624-01540", "noise", (120.6536, 24.1840), "22:52:00",
            "中科路一直有重機來回飆，吵到不能睡。", "B", scatter=150)
    s.police("TCPD-1150624-0950", "public_disturbance", "Moderate", "中科路中段", "23:05:00",
             "中科路 民眾檢舉深夜改裝車競速噪音 派員巡查", "B", scatter=100)
    s.police("TCPD-1150624-0950-U1", "public_disturbance", "Minor", "中科路中段", "23:30:00",
             "中科路巡查 現場未發現競速車輛 加強巡邏", "B", scatter=100, follows="TCPD-1150624-0950")
    s.c1999("TC1999-1150624-01552", "illegal_parking", "轉運中心", "23:50:00",
            "轉運中心前面計程車排班排到車道上。", None, scatter=100)
    s.c1999("TC1999-1150625-00008", "noise", (120.6532, 24.1860), "+1 00:15",
            "中科路又開始飆了，到底有沒有人管？", "B", scatter=150)
    s.c1999("TC1999-1150625-00013", "noise", "逢甲水湳", "+1 00:50",
            "逢甲水湳校區旁邊便利商店前有人喝酒吵架，好像要打起來了。", "C", scatter=60)
    s.police("TCPD-1150625-0004", "public_disturbance", "Moderate", "逢甲水湳", "+1 00:55",
             "西屯區 逢甲大學水湳校區旁超商前 酒後口角互毆 2人 派員前往", "C", scatter=60)
    s.f119("TC119-1150625-0021", "ambulance", "逢甲水湳", "+1 01:02",
           "超商前鬥毆 1名男性頭部撕裂傷 派遣 西屯分隊 救護車", "C", scatter=60)
    s.police("TCPD-1150625-0004-U1", "public_disturbance", "Minor", "逢甲水湳", "+1 01:30",
             "鬥毆雙方帶回派出所釐清 傷者已送醫", "C", scatter=60, follows="TCPD-1150625-0004")
    s.c1999("TC1999-1150625-00021", "other", "河南路停車場", "+1 02:00",
            "河南路停車場有一隻受傷的貓。", None, scatter=80)
    s.dup("TC1999-1150624-01513", "21:36:30")
    s.inc("A", "infrastructure", "敦化路一段/經貿路三段一整排路燈熄滅（疑線路故障）", "TC1999-1150624-01510")
    s.inc("B", "public_safety", "中科路深夜改裝車競速噪音，多次陳情，警察巡查", "TC1999-1150624-01540")
    s.inc("C", "public_safety", "逢甲水湳校區旁超商前酒後鬥毆，1人受傷送醫", "TCPD-1150625-0004")
    s.notes = "單盞路燈閃爍、裝潢噪音、計程車排班、受傷貓是單一例行1999案。一件路燈陳情因話務積壓延遲近兩小時才送達。"
    s.write()

def s1280():
    s = Sit(1280, "sensors_flapping_exhibition", "2026-06-26",
            "週五白天 中央公園南段四個水情感測器同時斷線約三小時；中平路偵測器2反覆斷線；會展中心智慧城市展；臺灣大道環中路口聯結車故障。")
    s.permit("PE-1150620-E0310", "exhibition", "會展A", "10:00", "18:00", "2026-06-20 09:30",
             "臺中國際會展中心 2026 智慧城市展 預估參觀 2 萬人次", "C", radius=500)
    s.status("ST-VD-ZHONGPING-02-0626-0940", "SN-VD-ZHONGPING-02", "offline", "09:40", "B", alt=None)
    s.status("ST-VD-ZHONGPING-02-0626-0943", "SN-VD-ZHONGPING-02", "online", "09:43", "B", alt=None)
    s.status("ST-RG-003-0626-0950", "SN-RG-003", "offline", "09:50", None, reason="battery_low",
             text="北屯雨量站 離線 電池電壓低")
    s.status("ST-FL-003-0626-1012", "SN-FL-003", "offline", "10:12:10", "A", reason="comms_lost",
             text="中央公園滯洪池3 離線 通訊中斷")
    s.status("ST-FL-004-0626-1012", "SN-FL-004", "offline", "10:12:25", "A", reason="comms_lost",
             text="中央公園滯洪池4 離線 通訊中斷")
    s.status("ST-WL-002-0626-1013", "SN-WL-002", "offline", "10:13:05", "A", reason="comms_lost",
             text="中央公園南滯洪池水位 離線 通訊中斷")
    s.status("ST-FL-005-0626-1014", "SN-FL-005", "offline", "10:14:00", "A")
    s.rule("ALR-OFF-FL-003-0626-1025", "SN-FL-003", "sensor_offline", "Minor", "10:25",
           "中央公園滯洪池3 超過兩個回報週期未回傳", "A")
    s.rule("ALR-OFF-FL-004-0626-1025", "SN-FL-004", "sensor_offline", "Minor", "10:25:30",
           "中央公園滯洪池4 超過兩個回報週期未回傳", "A")
    s.rule("ALR-OFF-WL-002-0626-1026", "SN-WL-002", "sensor_offline", "Minor", "10:26",
           "中央公園南滯洪池水位 超過兩個回報週期未回傳", "A")
    s.c1999("TC1999-1150626-00610", "noise", "中醫水湳", "10:30:00",
            "中國醫藥大學旁邊工地一早就在打樁，很吵。", None, scatter=120)
    s.dev("PK-006-0626-1040", "parking", "SN-PK-006", "full", "10:40", "臺中國際會展中心停車場 汽車格已滿", "C")
    s.status("ST-VD-ZHONGPING-02-0626-1050", "SN-VD-ZHONGPING-02", "offline", "10:50", "B", reason="device_fault",
             text="中平路車輛偵測器2 離線 設備異常", alt=None)
    s.status("ST-VD-ZHONGPING-02-0626-1058", "SN-VD-ZHONGPING-02", "online", "10:58", "B", alt=None)
    s.rule("ALR-OFF-VD-ZHONGPING-02-0626-1101", "SN-VD-ZHONGPING-02", "sensor_offline", "Minor", "11:01",
           "中平路車輛偵測器2 今日第二次離線 設備異常", "B", alt=None)
    s.rule("ALR-VD-JINGMAO-01-0626-1100", "SN-VD-JINGMAO-01", "congestion", "Minor", "11:00",
           "經貿路車輛偵測器1 平均車速 20 km/h", "C")
    s.c1999("TC1999-1150626-00622", "illegal_parking", "會展A", "11:20:00",
            "會展中心旁邊經貿路上整排違停，看展的車。", "C", scatter=150)
    s.dev("FA-003-0626-1130", "fire_alarm", "SN-FA-003", "fault", "11:30",
          "臺中國際會展中心B棟 受信總機 預備電源電壓不足", None)
    s.dev("CCTV-006-1150626-1210", "cctv", "SN-CCTV-006", "crowding", "12:10",
          "經貿路二段/經貿七路 路口監視器 偵測人群聚集", "C", confidence=0.66)
    s.dev("FA-003-0626-1215", "fire_alarm", "SN-FA-003", "normal", "12:15",
          "臺中國際會展中心B棟 受信總機 復歸", None)
    s.status("ST-VD-ZHONGPING-02-0626-1230", "SN-VD-ZHONGPING-02", "offline", "12:30", "B", alt=None)
    s.status("ST-VD-ZHONGPING-02-0626-1233", "SN-VD-ZHONGPING-02", "online", "12:33", "B", alt=None)
    s.status("ST-FL-003-0626-1335", "SN-FL-003", "online", "13:35", "A")
    s.status("ST-FL-004-0626-1336", "SN-FL-004", "online", "13:36", "A")
    s.status("ST-WL-002-0626-1338", "SN-WL-002", "online", "13:38", "A")
    s.status("ST-FL-005-0626-1342", "SN-FL-005", "online", "13:42", "A")
    s.dev("CCTV-009-1150626-1420", "cctv", "SN-CCTV-009", "stalled_vehicle", "14:20",
          "臺灣大道/環中路 路口監視器 偵測車輛停滯", "D", confidence=0.86)
    s.police("TCPD-1150626-0612", "stalled_vehicle", "Moderate", "臺灣大道環中", "14:24:00",
             "西屯區臺灣大道三段往東 環中路口 聯結車故障 佔用2車道 等待拖吊", "D", scatter=50)
    s.c1999("TC1999-1150626-00655", "other", "臺灣大道環中", "14:28:00",
            "臺灣大道環中路口有一台大卡車停在路中間不動。", "D", scatter=150)
    s.rule("ALR-VD-HUANZHONG-04-0626-1435", "SN-VD-HUANZHONG-04", "congestion", "Moderate", "14:35",
           "環中路車輛偵測器4 平均車速 12 km/h", "D")
    s.c1999("TC1999-1150626-00670", "streetlight", "中平路東段", "15:00:00",
            "中平路路燈白天亮著。", None, scatter=100)
    s.police("TCPD-1150626-0612-U1", "stalled_vehicle", "Minor", "臺灣大道環中", "15:30:00",
             "臺灣大道環中路口故障聯結車已拖離 恢復通行", "D", scatter=50, follows="TCPD-1150626-0612")
    s.dup("ST-FL-004-0626-1012", "10:12:49")
    s.inc("A", "infrastructure", "中央公園南段四個水情感測器同時斷線約3.5小時（同一通訊路徑），派維護廠商", "ALR-OFF-FL-003-0626-1025")
    s.inc("B", "infrastructure", "中平路車輛偵測器2 反覆斷線（設備異常），報修", "ALR-OFF-VD-ZHONGPING-02-0626-1101")
    s.inc("C", "crowd", "臺中國際會展中心智慧城市展：停車場滿、違停、路口人潮", "PE-1150620-E0310")
    s.inc("D", "traffic", "臺灣大道三段往東環中路口聯結車故障佔用2車道，拖離", "TCPD-1150626-0612")
    s.alternative("中平路偵測器每次只離線幾分鐘就回來，值班人員可能當成閃斷不處理，等維護週期。",
                  s.incs_except("B"))
    s.notes = "北屯雨量站電池低壓與會展B棟預備電源電壓不足是例行維護，不開案。registry 未登錄 gateway，因此斷線群組無法以 gateway 欄位表達。"
    s.write()

def s1281():
    s = Sit(1281, "evening_commute_crashes", "2026-06-29",
            "週一下班尖峰：臺灣大道/環中路口兩車碰撞一人受傷、黎明路/凱旋路口汽機車碰撞、環中路近中科路拋錨車。")
    s.dev("PK-001-0629-1700", "parking", "SN-PK-001", "full", "17:00", "水湳轉運中心停車場 汽車格已滿", None)
    s.dev("CCTV-009-1150629-1721", "cctv", "SN-CCTV-009", "stalled_vehicle", "17:21",
          "臺灣大道/環中路 路口監視器 偵測車輛停滯 路口中央", "A", confidence=0.81)
    s.c1999("TC1999-1150629-01201", "traffic_accident", "臺灣大道環中", "17:22:00",
            "臺灣大道環中路口兩台車撞在一起，有一個駕駛還在車上沒下來。", "A", scatter=60)
    s.c1999("TC1999-1150629-01203", "traffic_accident", "臺灣大道環中", "17:23:30",
            "環中路臺灣大道口車禍，一台白色休旅車跟計程車。", "A", scatter=120)
    s.f119("TC119-1150629-0801", "ambulance", "臺灣大道環中", "17:24:00",
           "臺灣大道/環中路口 車禍 1人受傷 派遣 西屯分隊 救護車", "A")
    s.police("TCPD-1150629-1102", "injury_accident", "Moderate", "臺灣大道環中", "17:25:00",
             "西屯區臺灣大道三段與環中路口 自小客車與營業小客車碰撞 1人受傷 派員處理", "A", scatter=30)
    s.f119("TC119-1150629-0801-S1", "ambulance", "臺灣大道環中", "17:33:00",
           "到達現場 駕駛胸口疼痛 送醫", "A", status="on_scene", follows="TC119-1150629-0801")
    s.rule("ALR-VD-HUANZHONG-04-0629-1735", "SN-VD-HUANZHONG-04", "congestion", "Moderate", "17:35",
           "環中路車輛偵測器4 平均車速 10 km/h", "A")
    s.rule("ALR-VD-HENAN-01-0629-1740", "SN-VD-HENAN-01", "congestion", "Minor", "17:40",
           "河南路車輛偵測器1 平均車速 24 km/h", None)
    s.f119("TC119-1150629-0801-S2", "ambulance", "臺灣大道環中", "17:52:00",
           "傷者送往臺中榮總 返隊", "A", status="returning", follows="TC119-1150629-0801")
    s.dev("CCTV-007-1150629-1755", "cctv", "SN-CCTV-007", "stalled_vehicle", "17:55",
          "黎明路三段/凱旋路 路口監視器 偵測車輛停滯", "B", confidence=0.7)
    s.c1999("TC1999-1150629-01230", "traffic_accident", "黎明凱旋", "17:56:00",
            "黎明路凱旋路口汽車撞到機車，騎士躺在地上。", "B", scatter=60)
    s.f119("TC119-1150629-0812", "ambulance", "黎明凱旋", "17:58:00",
           "黎明路三段/凱旋路口 汽機車事故 機車騎士1人受傷 派遣 水湳分隊 救護車", "B")
    s.police("TCPD-1150629-1110", "injury_accident", "Moderate", "黎明凱旋", "18:00:00",
             "西屯區黎明路三段與凱旋路口 自小客車左轉與直行機車碰撞 騎士腿部受傷", "B", scatter=30)
    s.c1999("TC1999-1150629-01236", "traffic_accident", "凱旋環中", "18:05:00",
            "環中路往臺灣大道方向有車禍，塞很久都不動。", "A", scatter=150, alt="B")
    s.police("TCPD-1150629-1102-U1", "injury_accident", "Minor", "臺灣大道環中", "18:10:00",
             "臺灣大道/環中路口事故車輛已拖離 恢復通行", "A", scatter=30, follows="TCPD-1150629-1102")
    s.f119("TC119-1150629-0812-S1", "ambulance", "黎明凱旋", "18:20:00",
           "騎士送往中國醫藥大學附設醫院 返隊", "B", status="returning", follows="TC119-1150629-0812")
    s.dev("CCTV-003-1150629-1830", "cctv", "SN-CCTV-003", "stalled_vehicle", "18:30",
          "中科路/環中路二段 路口監視器 偵測車輛停滯 外側車道", "C", confidence=0.76)
    s.police("TCPD-1150629-1121", "stalled_vehicle", "Minor", "中科環中", "18:33:00",
             "環中路二段近中科路口 往西外側車道 自小客車拋錨 派員警示", "C", scatter=80)
    s.rule("ALR-VD-HUANZHONG-02-0629-1840", "SN-VD-HUANZHONG-02", "congestion", "Minor", "18:40",
           "環中路車輛偵測器2 平均車速 20 km/h", "C")
    s.c1999("TC1999-1150629-01250", "illegal_parking", "中醫水湳", "18:45:00",
            "中國醫藥大學水湳校區門口紅線並排停車。", None, scatter=80)
    s.police("TCPD-1150629-1110-U1", "injury_accident", "Minor", "黎明凱旋", "18:50:00",
             "黎明路/凱旋路口事故現場排除", "B", scatter=30, follows="TCPD-1150629-1110")
    s.police("TCPD-1150629-1121-U1", "stalled_vehicle", "Minor", "中科環中", "19:05:00",
             "環中路二段拋錨車輛已拖離", "C", scatter=80, follows="TCPD-1150629-1121")
    s.c1999("TC1999-1150629-01262", "streetlight", "生態A", "19:10:00",
            "經貿路三段路燈不亮，燈桿編號 XT-21880。", None, scatter=80)
    s.status("ST-CCTV-001-0629-1915", "SN-CCTV-001", "offline", "19:15", None, reason="comms_lost",
             text="台74線/環中路二段 路口監視器 離線 通訊中斷")
    s.status("ST-CCTV-001-0629-1918", "SN-CCTV-001", "online", "19:18", None)
    s.dup("TC1999-1150629-01230", "17:59:10")
    s.inc("A", "traffic", "臺灣大道三段/環中路口 自小客車與計程車碰撞 1人受傷送醫", "TC1999-1150629-01201")
    s.inc("B", "traffic", "黎明路三段/凱旋路口 汽機車碰撞 騎士受傷送醫", "TC1999-1150629-01230")
    s.inc("C", "traffic", "環中路二段近中科路口 往西外側車道拋錨車", "TCPD-1150629-1121")
    s.alternative("18:05 的來電者人在凱旋/環中路口附近，說的『環中路往臺灣大道方向』的車禍在2公里外；也可能他看到的是近在350公尺的黎明凱旋事故造成的回堵。",
                  s.incs_except())
    s.notes = "河南路的慢車與轉運中心滿位是尖峰常態。"
    s.write()

def s1282():
    s = Sit(1282, "small_hours_brush_fire_pole_crash", "2026-06-30",
            "週二凌晨 河南路二段旁空地雜草火；清晨中平路自小客車自撞路燈桿（疑酒駕），該段路燈熄滅。")
    s.c1999("TC1999-1150630-00012", "noise", "生態A", "02:45:00",
            "樓下有人在吵架，聲音很大。", None, scatter=60)
    s.dev("CCTV-010-1150630-0312", "cctv", "SN-CCTV-010", "smoke", "03:12",
          "河南路/中平路 路口監視器 偵測煙霧", "A", confidence=0.62)
    s.c1999("TC1999-1150630-00020", "fire_smoke", (120.6490, 24.1700), "03:15:00",
            "河南路旁邊空地在燒，火蠻大的，煙飄到馬路上。", "A", scatter=60)
    s.f119("TC119-1150630-0041", "fire", (120.6490, 24.1700), "03:16:00",
           "西屯區河南路二段旁空地 雜草火警 派遣 西屯分隊 消防車1輛 水箱車1輛", "A", scatter=40)
    s.police("TCPD-1150630-0022", "fire_report", "Minor", (120.6490, 24.1700), "03:20:00",
             "河南路二段旁空地雜草起火 派員協助交通管制", "A", scatter=40)
    s.c1999("TC1999-1150630-00024", "fire_smoke", (120.6510, 24.1720), "03:24:00",
            "中平路這邊聞到燒東西的味道，窗戶關起來還是有。", "A", scatter=250)
    s.f119("TC119-1150630-0041-S1", "fire", (120.6490, 24.1700), "03:28:00",
           "到達現場 空地雜草燃燒 面積約50平方公尺 佈線射水", "A", scatter=40,
           status="on_scene", follows="TC119-1150630-0041")
    s.status("ST-VD-HENAN-02-0630-0340", "SN-VD-HENAN-02", "offline", "03:40", None, reason="comms_lost",
             text="河南路車輛偵測器2 離線 通訊中斷")
    s.status("ST-VD-HENAN-02-0630-0344", "SN-VD-HENAN-02", "online", "03:44", None)
    s.f119("TC119-1150630-0041-S2", "fire", (120.6490, 24.1700), "03:50:00",
           "火勢撲滅 無人傷亡 案件結束", "A", scatter=40, status="closed", follows="TC119-1150630-0041")
    s.police("TCPD-1150630-0022-U1", "fire_report", "Minor", (120.6490, 24.1700), "03:55:00",
             "河南路二段空地火警已撲滅 現場交管解除", "A", scatter=40, follows="TCPD-1150630-0022")
    s.c1999("TC1999-1150630-00031", "traffic_accident", "中平路東段", "04:36:00",
            "中平路有車子撞到電線桿，車頭都爛了。", "B", scatter=50)
    s.c1999("TC1999-1150630-00032", "traffic_accident", "中平路東段", "04:37:00",
            "中平路好大一聲，一台車撞到路燈。", "B", scatter=150)
    s.f119("TC119-1150630-0052", "ambulance", "中平路東段", "04:38:00",
           "北屯區中平路 自小客車自撞 駕駛受傷 派遣 水湳分隊 救護車", "B", scatter=40)
    s.police("TCPD-1150630-0031", "injury_accident", "Moderate", "中平路東段", "04:40:00",
             "北屯區中平路 自小客車自撞路燈桿 駕駛受傷 疑似酒駕", "B", scatter=40)
    s.c1999("TC1999-1150630-00035", "streetlight", (120.6650, 24.1753), "04:50:00",
            "中平路路燈被撞倒，那一段都沒燈。", "B", scatter=100)
    s.police("TCPD-1150630-0034", "road_closure", "Minor", "中平路東段", "04:55:00",
             "中平路東向外側車道封閉 拖吊及清理路燈桿", "B", scatter=40)
    s.f119("TC119-1150630-0052-S1", "ambulance", "中平路東段", "05:05:00",
           "駕駛送往中國醫藥大學附設醫院 返隊", "B", scatter=40, status="returning", follows="TC119-1150630-0052")
    s.rule("ALR-FL-007-0630-0510", "SN-FL-007", "flood_depth", "Minor", "05:10",
           "河南路低窪處 淹水深度 3 cm", None, level="1-15")
    s.rule("ALR-FL-007-0630-0520", "SN-FL-007", "cleared", "Minor", "05:20",
           "河南路低窪處 淹水深度回降 警戒解除", None)
    s.police("TCPD-1150630-0031-U1", "injury_accident", "Minor", "中平路東段", "05:40:00",
             "駕駛酒測值 0.45 mg/L 依法移送 路燈桿已通報養工處 車道恢復通行", "B", scatter=40,
             follows="TCPD-1150630-0031")
    s.c1999("TC1999-1150630-00048", "streetlight", "黎明路三段", "06:30:00",
            "黎明路路燈天亮了還亮著。", None, scatter=80)
    s.dup("TC119-1150630-0041", "03:16:40")
    s.inc("A", "fire", "河南路二段旁空地雜草火 約50平方公尺 撲滅無傷亡", "TC1999-1150630-00020")
    s.inc("B", "traffic", "中平路自小客車自撞路燈桿 駕駛受傷疑酒駕，該段路燈熄滅", "TC1999-1150630-00031")
    s.notes = "河南路低窪處淹水感測器在無雨時短暫報 3 cm 後解除，是感測器誤報（可能是清晨公園澆灌），不開案。"
    s.write()

if __name__ == "__main__":
    for f in (s1277, s1278, s1279, s1280, s1281, s1282):
        f()
