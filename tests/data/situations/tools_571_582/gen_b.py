"""Situations 577-582 (seeded; rerun reproduces the files byte for byte)."""
from lib import Sit, inc


def s577():
    s = Sit(577, "drain_works_thunderstorm", "2016-07-26")
    s.description = ("夏日午後雷陣雨(約1小時)。河南路側溝改善工程以鐵板覆蓋溝蓋，雨水排不下去，河南路停車場前積水"
                     "約20公分、車輛涉水熄火，是施工造成的淹水事件；同時中平路近經貿路口一部轎車雨天打滑。"
                     "經貿路低窪處短暫積水、滯洪池進水屬一場急雨的正常現象。")
    s.permit("road_works", "hn_pk", "08:00", "17:00", "-4 11:00",
             "河南路(中平路至河南路停車場)側溝改善工程，溝蓋施工期間以鐵板覆蓋，佔用外側車道，08:00-17:00",
             key="577-permit")
    s.congestion("SN-VD-HENAN-02", "Minor", "14:02", 60, None, text="河南路車速 21 km/h")
    s.c1999("illegal_parking", "jm_zp", "14:30", 60, "中平路經貿路口有車停在公車格", None)
    s.sensor("SN-PK-005", "full", "15:30", 30, None, text="中央公園地下停車場(南) 汽車車位已滿")
    s.rule("SN-RG-001", "heavy_rain", "Moderate", "15:55", 30, None, level="大雨",
           text="中央公園雨量站 10分鐘雨量 17 mm")
    s.rule("C0F9T0", "heavy_rain", "Moderate", "16:05", 60, None, level="大雨", text="西屯站 時雨量 41 mm")
    s.rule("SN-FL-007", "flood_depth", "Minor", "16:08", 30, "F1", level="1-15",
           text="河南路低窪處 淹水深度 8 cm")
    s.c1999("blocked_drain", "hn_pk", "16:12", 40, "河南路施工的地方水溝被鐵板蓋住了，水都排不下去", "F1",
            spread=(20, 120))
    s.c1999("flooding", "hn_pk", "16:15", 40, "河南路停車場門口淹水，車子進不去", "F1", spread=(20, 100))
    s.rule("SN-FL-008", "flood_depth", "Minor", "16:15", 30, None, alt="F2", level="1-15",
           text="經貿路低窪處 淹水深度 6 cm")
    s.rule("SN-FL-007", "flood_depth", "Moderate", "16:18", 30, "F1", level="16-30",
           text="河南路低窪處 淹水深度 19 cm", key="577-fl7-mod")
    s.rule("SN-FL-003", "flood_depth", "Minor", "16:19", 30, None, level="1-15",
           text="中央公園滯洪池3 水深 12 cm")
    s.sensor("SN-CCTV-010", "flooding", "16:20", 20, "F1", confidence=0.66, text="路面積水")
    s.c1999("blocked_drain", (120.6596, 24.1825), "16:20", 50, "經貿路水溝被落葉塞住，路邊有積水", None,
            alt="F2", spread=(20, 120), key="577-1999-f2")
    # T1 at 中平路 near 經貿路, ~800 m east
    s.police("accident", "Minor", "jm_zp", "16:22", 40,
             "中平路近經貿路口 雨天路滑 自小客車打滑撞擊分隔島，駕駛未受傷", "T1", key="577-pol-t1")
    s.police("flooding_report", "Moderate", "hn_pk", "16:24", 40,
             "河南路(中平路口北)積水約20公分，施工區側溝遭鐵板覆蓋排水不及，已通知施工廠商及水利局", "F1",
             key="577-pol-f1")
    s.sensor("SN-CCTV-011", "accident", "16:25", 20, "T1", confidence=0.61, text="車輛碰撞")
    s.c1999("traffic_accident", "jm_zp", "16:27", 50, "中平路有台車撞到安全島，卡在那邊", "T1")
    s.status("SN-FL-005", "offline", "16:29", 5, None, text="離線(通訊中斷)")
    s.congestion("SN-VD-HENAN-02", "Moderate", "16:33", 60, "F1", text="河南路車速 8 km/h")
    s.sensor("SN-CCTV-010", "stalled_vehicle", "16:35", 20, "F1", confidence=0.7, text="車輛停滯")
    s.status("SN-FL-005", "online", "16:36", 5, None, text="恢復連線")
    s.police("stalled_vehicle", "Minor", "hn_pk", "16:40", 40, "河南路積水處一部轎車涉水熄火，已協助推離", "F1",
             follows="577-pol-f1")
    s.rule("SN-FL-008", "cleared", "Minor", "16:45", 30, None, alt="F2", text="經貿路低窪處 淹水解除")
    s.c1999("flooding", "hn_pk", "16:50", 60, "河南路的水還沒退，剛剛打過了", "F1", spread=(30, 150))
    s.police("accident", "Minor", "jm_zp", "16:55", 40, "事故車拖吊完成", "T1", follows="577-pol-t1")
    s.police("flooding_report", "Minor", "hn_pk", "17:05", 40, "廠商已掀開鐵板疏通側溝，積水漸退", "F1",
             follows="577-pol-f1", key="577-pol-f1c")
    s.dup("577-pol-f1c", 600)
    s.rule("SN-FL-007", "cleared", "Minor", "17:20", 30, "F1", text="河南路低窪處 淹水解除")
    s.c1999("streetlight", "hn_zp", "17:30", 60, "河南路中平路口路燈白天亮著", None)
    s.incident("F1", "flood",
               "河南路側溝工程以鐵板覆蓋溝蓋，午後雷陣雨排水不及積水約20公分、車輛熄火(施工本身的事件)。"
               "派水利局/施工廠商掀板疏通、警察協助。", "577-fl7-mod")
    s.incident("T1", "traffic", "中平路近經貿路口轎車雨天打滑撞分隔島，無人受傷，拖吊。", "577-pol-t1")
    s.alternative(
        "經貿路低窪處 6 cm 積水 30 分鐘內消退，加上一通落葉塞水溝的 1999 來電：主讀法是急雨的例行積水與例行清溝派工，"
        "另一讀法把它當成另一件小型積水事件 F2(派清溝)。",
        [inc("F1", "flood", "河南路施工區積水。", "577-fl7-mod"),
         inc("T1", "traffic", "中平路轎車打滑。", "577-pol-t1"),
         inc("F2", "flood", "經貿路低窪處落葉堵塞水溝短暫積水。", "577-1999-f2")])
    s.notes = "大雨警戒與滯洪池進水為背景(null)：它們說明天氣，不是要派遣的工作。"
    return s


def s578():
    s = Sit(578, "night_paving_huanzhong", "2016-09-07")
    s.description = ("夜間環中路二段(凱旋路至中科路)刨鋪工程依許可封閉內側兩車道；施工噪音陳情與壅塞是預期影響。"
                     "02:12 一部疑酒駕自小客車高速撞上施工緩撞車，駕駛受困、施工人員輕傷，環中路東向全封。")
    s.permit("road_works", (120.6500, 24.1972), "23:00", "+1 05:00", "-2 15:00",
             "環中路二段(凱旋路至中科路)夜間路面刨除加封，封閉東向內側兩車道，23:00-翌日05:00，設緩撞車及箭頭燈",
             key="578-permit")
    s.c1999("noise", "jm3_a", "22:31", 60, "樓上一直在拖椅子", None, spread=(100, 300))
    s.c1999("illegal_parking", "jm_lm", "22:50", 60, "黎明路巷口有車停在轉角，車子轉不過去", None)
    s.congestion("SN-VD-HUANZHONG-02", "Minor", "23:20", 60, None, text="環中路二段東向車速 26 km/h")
    s.sensor("SN-CCTV-002", "stalled_vehicle", "23:58", 20, None, confidence=0.6,
             text="內側車道車輛停滯(施工緩撞車)")
    s.c1999("noise", (120.6500, 24.1972), "23:46", 60, "環中路半夜在刨路，吵到不能睡", None, spread=(150, 350))
    s.sensor("SN-CCTV-003", "stalled_vehicle", "+1 00:15", 20, None, confidence=0.55,
             text="內側車道車輛停滯(施工機具)")
    s.c1999("noise", (120.6500, 24.1972), "+1 00:31", 60, "施工的聲音到底要到幾點", None, spread=(150, 350))
    s.c1999("streetlight", "hub", "+1 00:50", 60, "轉運中心前面一盞路燈不亮", None)
    s.c1999("noise", (120.6500, 24.1972), "+1 01:22", 60, "已經一點多了還在施工，環保局可以來測噪音嗎", None,
            spread=(150, 350))
    s.status("SN-VD-HUANZHONG-02", "offline", "+1 01:10", 5, None, text="離線(施工單位移設線路)")
    s.status("SN-VD-HUANZHONG-02", "online", "+1 01:40", 5, None, text="恢復連線")
    s.sensor("SN-CCTV-002", "accident", "+1 02:12", 20, "T1", confidence=0.83, text="車輛碰撞")
    s.f119("rescue", (120.6490, 24.1969), "+1 02:14", 30, "環中路二段近凱旋路 車禍 駕駛受困 攜破壞器材",
           "T1", key="578-119-r")
    s.f119("ambulance", (120.6490, 24.1969), "+1 02:15", 30, "同案 派遣救護車2輛", "T1", follows="578-119-r")
    s.c1999("traffic_accident", (120.6490, 24.1969), "+1 02:15", 1500,
            "環中路施工的地方有車撞上去，好大聲", "T1", spread=(80, 250))  # late delivery
    s.police("injury_accident", "Severe", (120.6490, 24.1969), "+1 02:16", 60,
             "環中路二段近凱旋路 自小客車高速撞擊施工緩撞車，駕駛受困車內，疑酒駕", "T1", key="578-pol-t1")
    s.f119("rescue", (120.6490, 24.1969), "+1 02:22", 30, "到場 破壞車門救出中", "T1", follows="578-119-r")
    s.f119("rescue", (120.6490, 24.1969), "+1 02:35", 30, "駕駛已救出 送中國醫藥大學附設醫院", "T1",
           follows="578-119-r")
    s.police("injury_accident", "Severe", (120.6490, 24.1969), "+1 02:40", 60,
             "施工人員1人輕傷，駕駛酒測值0.68", "T1", follows="578-pol-t1")
    s.police("road_closure", "Moderate", (120.6490, 24.1969), "+1 02:45", 40,
             "環中路二段東向 凱旋路至中科路全線封閉，改道黎明路", "T1", follows="578-pol-t1")
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "+1 02:50", 60, "T1", text="環中路二段東向車速 7 km/h")
    s.sensor("SN-CCTV-001", "wrong_way", "+1 02:52", 20, "T1", alt="T2", confidence=0.71,
             text="逆向行駛車輛", key="578-cctv-ww")
    s.police("other", "Minor", "t74_hz", "+1 02:58", 60, "台74線/環中路口有車輛倒車逆向離開封閉段，已派員攔停",
             "T1", alt="T2")
    s.police("other", "Minor", (120.6490, 24.1969), "+1 03:30", 60, "現場清理完畢，恢復施工封閉內側車道",
             "T1", follows="578-pol-t1")
    s.dup("578-pol-t1", 4500)
    s.congestion("SN-VD-HUANZHONG-02", "Minor", "+1 04:20", 60, None, text="環中路二段東向車速 28 km/h")
    s.status("SN-CCTV-003", "offline", "+1 03:52", 5, None, text="離線(通訊中斷)")
    s.status("SN-CCTV-003", "online", "+1 03:55", 5, None, text="恢復連線")
    s.c1999("noise", (120.6500, 24.1972), "+1 04:45", 60, "壓路機又開始了", None, spread=(150, 350))
    s.incident("T1", "traffic",
               "疑酒駕自小客車撞上夜間施工緩撞車，駕駛受困救出、施工人員輕傷，環中路東向全封。"
               "派119救助/救護、警察封路處理。", "578-119-r")
    s.alternative(
        "02:52 台74線/環中路口的逆向車是駕駛倒車逃離封閉段：主讀法由事故現場員警一併處理(T1)；"
        "另一讀法因地點在另一路口、危險不同，另立交通事件 T2。",
        [inc("T1", "traffic", "自小客車撞施工緩撞車。", "578-119-r"),
         inc("T2", "traffic", "台74線/環中路口逆向車輛。", "578-cctv-ww")])
    s.notes = "施工許可期間的噪音陳情、壅塞、施工機具停滯、偵測器移設離線均為施工預期影響(null)。"
    return s


def s579():
    s = Sit(579, "sewer_works_water_main", "2016-12-06")
    s.description = ("中平路(河南路至經貿路)污水下水道用戶接管工程依許可施工，10:52 推進時挖損自來水管：工作井溢水、"
                     "水流至路面與河南路低窪處、中國醫藥大學水湳校區與住戶停水、工作井旁路面掏空下陷、封路"
                     "(施工本身的事件)。同時河南路停車場有民眾路倒送醫，另一件救護。")
    s.permit("road_works", "zp_mid", "09:00", "17:00", "-3 10:00",
             "中平路(河南路至經貿路)污水下水道用戶接管工程，佔用北側車道，09:00-17:00", key="579-permit")
    s.c1999("illegal_parking", "hn_zp", "09:05", 60, "河南路口有貨車停在轉角卸貨", None)
    s.congestion("SN-VD-ZHONGPING-01", "Minor", "09:31", 60, None, text="中平路車速 20 km/h")
    s.status("SN-WL-003", "offline", "09:50", 5, None, text="離線(電池電量低)")
    s.c1999("other", "zp_mid", "10:10", 60, "中平路施工封一線道很塞，可以晚上做嗎", None, spread=(100, 300))
    s.status("SN-WL-003", "online", "10:20", 5, None, text="恢復連線")
    s.c1999("flooding", "zp_mid", "10:55", 40, "中平路施工的坑一直冒水出來，水流到馬路上，今天又沒下雨", "W1",
            spread=(20, 100))
    s.police("flooding_report", "Moderate", "zp_mid", "10:58", 40,
             "中平路污水工程施工挖損自來水管，工作井溢水流至路面，已通知自來水公司", "W1", key="579-pol-w1")
    s.sensor("SN-CCTV-011", "flooding", "11:02", 20, "W1", confidence=0.58, text="路面積水")
    s.c1999("water_outage", (120.6592, 24.1735), "11:10", 50, "中國醫藥大學水湳校區突然沒水，廁所都不能用",
            "W1", spread=(20, 120))
    s.c1999("water_outage", "jm_zp", "11:12", 50, "家裡沒水，是不是又停水，沒看到公告", "W1", spread=(150, 400))
    s.sensor("SN-FA-010", "fault", "11:15", 20, "W1", text="消防幫浦進水壓力低")
    s.rule("SN-FL-007", "flood_depth", "Minor", "11:20", 30, "W1", level="1-15", text="河南路低窪處 淹水深度 7 cm")
    s.police("road_collapse", "Severe", "zp_mid", "11:25", 40,
             "工作井旁路面掏空下陷約1.5公尺見方，中平路(河南路至經貿路)雙向封閉", "W1", follows="579-pol-w1",
             key="579-pol-w1b")
    s.congestion("SN-VD-ZHONGPING-01", "Moderate", "11:35", 60, "W1", text="中平路車速 6 km/h")
    # R1: unrelated collapse of a pedestrian at the car park
    s.f119("ambulance", "hn_pk", "11:38", 30, "河南路停車場 民眾路倒 意識模糊 派遣救護車", "R1", key="579-119-r1")
    s.congestion("SN-VD-HENAN-02", "Moderate", "11:40", 60, "W1", text="河南路車速 10 km/h")
    s.police("medical", "Moderate", "hn_pk", "11:42", 40, "河南路停車場出口 老翁路倒，已協助等候救護車", "R1")
    s.f119("rescue", "zp_mid", "11:50", 30, "路面下陷 確認無人車陷落 警戒中", "W1")
    s.f119("ambulance", "hn_pk", "11:52", 30, "傷病患送醫 疑似中暑脫水", "R1", follows="579-119-r1")
    s.police("road_collapse", "Moderate", "zp_mid", "12:30", 60, "自來水公司關閥止水，搶修中，封閉持續", "W1",
             follows="579-pol-w1b", key="579-pol-w1c")
    s.dup("579-pol-w1c", 900)
    s.c1999("water_outage", (120.6592, 24.1735), "13:10", 60, "學校什麼時候恢復供水", "W1", spread=(20, 120))
    s.c1999("streetlight", "hn_pk", "13:30", 60, "停車場旁路燈桿有電線外露", None)
    s.rule("SN-FL-007", "cleared", "Minor", "14:40", 30, "W1", text="河南路低窪處 淹水解除")
    s.sensor("SN-FA-010", "normal", "15:55", 20, "W1", text="復歸")
    s.police("road_closure", "Minor", "zp_mid", "16:10", 60, "管線修復，路面回填中，中平路單線通行", "W1",
             follows="579-pol-w1b")
    s.c1999("water_outage", "jm_zp", "16:30", 60, "水來了但是黃黃的，可以用嗎", "W1", spread=(150, 400))
    s.congestion("SN-VD-ZHONGPING-01", "Minor", "17:35", 60, None, text="中平路車速 22 km/h")
    s.incident("W1", "infrastructure",
               "污水接管工程挖損自來水管：溢水、路面掏空下陷封路、周邊停水(施工本身的事件)。派自來水公司、"
               "警察封路、養工處；119 確認下陷處無人車。", "579-pol-w1")
    s.incident("R1", "rescue", "河南路停車場民眾路倒送醫，與施工無關。", "579-119-r1")
    s.notes = "17:35 的壅塞已在封閉解除後，屬晚間尖峰與單線通行的例行壅塞(null)。"
    return s


def s580():
    s = Sit(580, "works_panel_dust", "2016-02-24")
    s.description = ("平日，兩處道路施工與會展中心展覽都平靜進行。10:35 綠美圖受信總機火警，119 到場確認是內部裝修"
                     "切割粉塵誤觸偵煙器；13:10 起經貿路黎明路口施工鐵板未固定翹起，機車險滑倒，是施工本身的事件。")
    s.permit("road_works", "kx_mid", "09:00", "16:00", "-7 10:00",
             "凱旋路(黎明路以南)人行道改善工程，佔用慢車道，09:00-16:00", key="580-permit-kx")
    s.permit("road_works", "jm_lm", "09:00", "17:00", "-2 10:00",
             "經貿路二段/黎明路三段口 人孔加高工程，開挖處以鐵板覆蓋，09:00-17:00", key="580-permit-jm")
    s.permit("exhibition", "jm_j7", "10:00", "18:00", "-10 10:00",
             "臺中國際會展中心 文創市集 10:00-18:00，預估參觀人次約3,000")
    s.congestion("SN-VD-HUANZHONG-02", "Minor", "08:20", 60, None, text="環中路二段東向車速 24 km/h")
    s.congestion("SN-VD-KAIXUAN-02", "Minor", "09:12", 60, None, text="凱旋路車速 22 km/h")
    s.c1999("illegal_parking", "lm_kx", "09:41", 60, "凱旋路施工旁邊還有人停車，車道更窄", None)
    s.sensor("SN-PK-006", "full", "10:02", 30, None, text="會展中心停車場 汽車車位已滿")
    s.sensor("SN-FA-004", "alarm", "10:35", 15, "F1", text="3F 偵煙探測器動作", key="580-fa4")
    s.f119("fire", (120.657, 24.1915), "10:36", 30, "臺中綠美圖 火警受信總機動作 派遣水箱車2輛 救護車1輛",
           "F1", key="580-119-f1")
    s.c1999("other", (120.657, 24.1915), "10:41", 50, "綠美圖警鈴一直響，大家都被叫出來站在外面", "F1",
            spread=(30, 120))
    s.f119("fire", (120.657, 24.1915), "10:44", 30, "到場 3F 內部裝修切割混凝土粉塵誤觸偵煙器 無火煙", "F1",
           follows="580-119-f1")
    s.sensor("SN-FA-004", "normal", "10:50", 15, "F1", text="復歸")
    s.f119("fire", (120.657, 24.1915), "10:52", 30, "案件結束 返隊", "F1", follows="580-119-f1")
    s.c1999("noise", "kx_mid", "11:20", 60, "人行道施工打石頭很吵", None, spread=(50, 200))
    s.status("SN-VD-KAIXUAN-02", "offline", "11:50", 5, None, text="離線(維護作業)")
    s.sensor("SN-CCTV-007", "stalled_vehicle", "12:10", 20, None, confidence=0.52, text="慢車道車輛停滯(施工車)")
    s.status("SN-VD-KAIXUAN-02", "online", "12:30", 5, None, text="恢復連線")
    s.c1999("road_damage", "jm_lm", "13:10", 40,
            "經貿路黎明路口施工鐵板沒固定，車子壓過去匡匡響，機車差點滑倒", "W1", spread=(10, 60), key="580-1999-w1")
    s.c1999("road_damage", "jm_lm", "13:25", 40, "經貿路那塊鐵板翹起來了，很危險", "W1", spread=(10, 80))
    s.police("fallen_object", "Moderate", "jm_lm", "13:40", 40,
             "經貿路二段/黎明路口施工鐵板鬆脫翹起佔用車道，已放置交通錐並通知廠商", "W1", key="580-pol-w1")
    s.c1999("streetlight", "hub", "14:00", 60, "轉運中心前面路燈有一盞不亮", None)
    s.police("fallen_object", "Minor", "jm_lm", "14:30", 40, "廠商已重新固定鐵板，車道恢復", "W1",
             follows="580-pol-w1")
    s.dup("580-pol-w1", 2400)
    s.sensor("SN-SIG-007", "fault", "15:10", 10, None, text="號誌閃爍異常")
    s.sensor("SN-SIG-007", "restored", "15:14", 10, None, text="號誌恢復正常")
    s.c1999("other", "kx_mid", "16:05", 60, "人行道施工完都沒清乾淨，到處是沙", None, spread=(50, 200))
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "17:40", 60, None, text="環中路二段東向車速 17 km/h")
    s.c1999("illegal_parking", "jm_j7", "18:10", 60, "會展中心散場計程車排到車道上", None)
    s.incident("F1", "fire",
               "綠美圖受信總機火警，119 到場確認為裝修粉塵誤報、無火煙(仍是一件須派遣查證的火警)。", "580-fa4")
    s.incident("W1", "infrastructure",
               "經貿路黎明路口施工鐵板鬆脫翹起佔用車道(施工本身的事件)，通知廠商固定。", "580-1999-w1")
    s.notes = ("15:10 凱旋路黎明路口號誌 4 分鐘閃爍後自行恢復，視為設備抖動(null)。火警讀法：受信總機警報單獨即足以開案派遣查證。")
    return s


def s581():
    s = Sit(581, "cable_strike_hub_outage", "2016-08-16")
    s.description = ("中清路/環中路口周邊自來水管線汰換工程依許可施工；14:05 挖土機挖斷台電地下電纜(冒煙、無延燒)，"
                     "轉運中心一帶停電：兩處號誌熄滅、受信總機主電源故障、監視器與停車場設備離線(施工本身的事件)；"
                     "轉運中心電梯受困 3 人，另派 119 救助。15:50 復電。")
    s.permit("road_works", (120.6555, 24.1985), "08:30", "17:30", "-3 14:00",
             "環中路(中清路口至經貿路口)自來水管線汰換工程，開挖佔用外側車道，08:30-17:30", key="581-permit")
    s.congestion("SN-VD-ZHONGQING-01", "Minor", "09:10", 60, None, text="中清路車速 23 km/h")
    s.c1999("illegal_parking", "hub", "10:20", 60, "轉運中心外面遊覽車並排", None)
    s.c1999("noise", (120.6555, 24.1985), "11:02", 60, "環中路施工一直打地，很吵", None, spread=(100, 300))
    s.sensor("SN-PK-006", "full", "12:30", 30, None, text="會展中心停車場 汽車車位已滿")
    s.status("SN-RG-002", "offline", "13:00", 5, None, text="離線(通訊中斷)")
    s.status("SN-RG-002", "online", "13:04", 5, None, text="恢復連線")
    s.sensor("SN-SIG-008", "fault", "14:05:20", 10, "I1", text="號誌熄滅")
    s.sensor("SN-SIG-004", "fault", "14:05:30", 10, "I1", text="號誌熄滅")
    s.sensor("SN-FA-001", "fault", "14:05:40", 15, "I1", text="主電源斷電", key="581-fa1")
    s.status("SN-CCTV-008", "offline", "14:06", 5, "I1", text="離線(主電源中斷)")
    s.status("SN-PK-001", "offline", "14:06:10", 5, "I1", text="離線(主電源中斷)")
    s.f119("fire", (120.6555, 24.1985), "14:08", 30, "環中路中清路口 施工挖損地下電纜 冒煙有火花 派遣水箱車",
           "I1", key="581-119-f")
    s.police("other", "Moderate", (120.6555, 24.1985), "14:09", 40,
             "環中路近中清路口自來水管線施工，挖土機挖斷台電地下電纜，現場冒煙，已通報台電", "I1",
             key="581-pol-i1")
    s.sensor("SN-CCTV-004", "signal_dark", "14:10", 20, "I1", confidence=0.91, text="號誌黑燈")
    s.c1999("traffic_signal", "zq_hz", "14:11", 40, "環中路中清路口紅綠燈全部不亮", "I1", spread=(30, 150))
    s.police("traffic_signal_fault", "Moderate", "zq_hz", "14:12", 40,
             "環中路/中清路口、環中路/經貿路口號誌熄滅，派員指揮", "I1")
    s.c1999("other", "hub", "14:15", 50, "轉運中心停電，冷氣都停了，裡面好熱", "I1", spread=(20, 100))
    s.f119("rescue", "hub", "14:16", 30, "水湳轉運中心 停電 電梯受困3人", "R1", key="581-119-r1")
    s.congestion("SN-VD-ZHONGQING-01", "Moderate", "14:18", 60, "I1", text="中清路車速 9 km/h")
    s.congestion("SN-VD-HUANZHONG-03", "Moderate", "14:20", 60, "I1", text="環中路車速 11 km/h")
    s.f119("fire", (120.6555, 24.1985), "14:22", 30, "到場 無延燒 電纜已斷電 交由台電處理", "I1",
           follows="581-119-f")
    s.f119("rescue", "hub", "14:25", 30, "到場 開啟電梯門中", "R1", follows="581-119-r1")
    s.rule("SN-PK-001", "sensor_offline", "Minor", "14:30", 30, "I1", text="轉運中心停車場 未回傳")
    s.f119("rescue", "hub", "14:38", 30, "受困3人救出 1人身體不適送醫", "R1", follows="581-119-r1")
    s.c1999("other", "hub", "14:40", 50, "轉運中心廣播說停電，公車動態看板都沒顯示", "I1", spread=(20, 100))
    s.dup("581-119-r1", 1800)
    s.police("other", "Minor", (120.6555, 24.1985), "15:20", 60, "台電搶修中，預計16時前復電", "I1",
             follows="581-pol-i1")
    s.sensor("SN-SIG-008", "restored", "15:50", 10, "I1", text="號誌恢復正常")
    s.sensor("SN-SIG-004", "restored", "15:50:10", 10, "I1", text="號誌恢復正常")
    s.sensor("SN-FA-001", "normal", "15:50:30", 15, "I1", text="復歸")
    s.status("SN-CCTV-008", "online", "15:51", 5, "I1", text="恢復連線")
    s.status("SN-PK-001", "online", "15:51:10", 5, "I1", text="恢復連線")
    s.c1999("streetlight", "kx_hz", "16:30", 60, "凱旋路口一盞路燈燈泡壞了", None)
    s.sensor("SN-PK-001", "full", "17:32", 30, None, text="轉運中心停車場 汽車車位已滿")
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "17:41", 60, None, text="環中路二段東向車速 16 km/h")
    s.incident("I1", "infrastructure",
               "施工挖斷台電地下電纜，轉運中心一帶停電約1小時45分：號誌熄滅、受信總機與設備斷電、119 到場確認無延燒"
               "(施工本身的事件)。聯繫台電、員警指揮路口、要求施工單位停工。", "581-fa1")
    s.incident("R1", "rescue", "轉運中心停電電梯受困3人，119 救出，1人送醫。", "581-119-r1")
    s.notes = ("I1 的 sufficient 取 14:05:40 受信總機主電源斷電：兩處號誌與一棟建築同時斷電即可判斷停電；"
               "原因(電纜挖損)於 14:08 才知道。")
    return s


def s582():
    s = Sit(582, "thunderstorm_tree_lowpoint", "2016-08-03")
    s.description = ("夏日午後雷陣雨伴隨陣風：14:48 凱旋路(黎明路以南)路樹倒塌擋住車道；同時黎明路凱旋路口低窪處"
                     "水溝被落葉堵塞，積水約25公分，機車涉水熄火。兩件相距約350公尺、同時發生、派遣不同單位。")
    s.permit("road_works", "kx_mid", "09:00", "16:00", "-5 10:00",
             "凱旋路(黎明路以南)人行道改善工程，佔用慢車道，09:00-16:00", key="582-permit")
    s.sensor("SN-PK-004", "full", "13:50", 30, None, text="中央公園地下停車場(北) 汽車車位已滿")
    s.c1999("illegal_parking", "park_n", "14:20", 60, "公園北側有車停在消防栓前面", None)
    s.rule("SN-RG-002", "heavy_rain", "Moderate", "14:42", 30, None, level="大雨",
           text="轉運中心雨量站 10分鐘雨量 16 mm")
    s.c1999("fallen_tree", "kx_mid", "14:49", 40, "凱旋路樹倒了擋住車道，汽車要繞過去", "T1", spread=(20, 120),
            key="582-1999-t1")
    s.rule("C0F9T0", "heavy_rain", "Moderate", "14:50", 60, None, level="大雨", text="西屯站 時雨量 44 mm")
    s.sensor("SN-CCTV-007", "fallen_object", "14:51", 20, "T1", confidence=0.6, text="車道上有掉落物")
    s.police("fallen_object", "Moderate", "kx_mid", "14:55", 40,
             "凱旋路(黎明路口南約250公尺)路樹遭強風吹倒，佔用南向兩車道，已管制", "T1", key="582-pol-t1")
    s.rule("SN-FL-009", "flood_depth", "Minor", "14:55", 30, "F1", level="1-15",
           text="黎明路凱旋路口低窪處 淹水深度 10 cm")
    s.congestion("SN-VD-KAIXUAN-02", "Moderate", "15:00", 60, "T1", text="凱旋路車速 10 km/h")
    s.c1999("blocked_drain", "lm_kx", "15:03", 40, "黎明路凱旋路口水溝蓋都被樹葉塞住，水排不掉", "F1",
            spread=(20, 100))
    s.f119("rescue", "kx_mid", "15:05", 30, "凱旋路 路樹倒塌 派遣移除", "T1", key="582-119-t1")
    s.rule("SN-FL-009", "flood_depth", "Moderate", "15:08", 30, "F1", level="16-30",
           text="黎明路凱旋路口低窪處 淹水深度 22 cm", key="582-fl9-mod")
    s.sensor("SN-CCTV-007", "flooding", "15:10", 20, "F1", confidence=0.74, text="路面積水")
    s.rule("SN-FL-001", "flood_depth", "Minor", "15:10", 30, None, level="1-15", text="中央公園滯洪池1 水深 11 cm")
    s.c1999("flooding", "lm_kx", "15:12", 40, "黎明路口積水到小腿了，機車都騎不過去", "F1", spread=(20, 120))
    s.sensor("SN-CCTV-007", "stalled_vehicle", "15:15", 20, "F1", alt="T2", confidence=0.68, text="車輛停滯",
             key="582-cctv-stall")
    s.police("stalled_vehicle", "Minor", "lm_kx", "15:18", 40, "黎明路凱旋路口機車涉水熄火，騎士已牽離車道",
             "F1", alt="T2")
    s.police("flooding_report", "Moderate", "lm_kx", "15:20", 40,
             "黎明路/凱旋路口積水約25公分，通知養工處清除溝蓋落葉", "F1", key="582-pol-f1")
    s.c1999("公園路樹", "park_n", "15:25", 60, "中央公園裡有樹枝斷掉掉在草地上", None, spread=(80, 250))
    s.status("SN-FL-005", "offline", "15:30", 5, None, text="離線(通訊中斷)")
    s.rule("SN-FL-009", "flood_depth", "Minor", "15:40", 30, "F1", level="1-15",
           text="黎明路凱旋路口低窪處 淹水深度 12 cm")
    s.status("SN-FL-005", "online", "15:42", 5, None, text="恢復連線")
    s.police("fallen_object", "Minor", "kx_mid", "15:50", 40, "路樹已移除，凱旋路恢復通行", "T1",
             follows="582-pol-t1")
    s.dup("582-1999-t1", 2700)
    s.police("flooding_report", "Minor", "lm_kx", "15:55", 40, "溝蓋清除完成，積水退去", "F1",
             follows="582-pol-f1")
    s.rule("SN-FL-009", "cleared", "Minor", "16:05", 30, "F1", text="黎明路凱旋路口低窪處 淹水解除")
    s.c1999("streetlight", "hn_pk", "16:30", 60, "河南路停車場出口路燈一直閃", None)
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "17:45", 60, None, text="環中路二段東向車速 17 km/h")
    s.incident("T1", "traffic", "凱旋路路樹遭陣風吹倒佔用南向兩車道，119/養工處移除、警察管制。", "582-pol-t1")
    s.incident("F1", "flood",
               "黎明路凱旋路口低窪處水溝蓋遭落葉堵塞，積水約25公分、機車熄火；派養工處清溝、警察管制。", "582-fl9-mod")
    s.alternative(
        "積水路口熄火的機車可由積水現場一併處理(F1)，也可看作交通警察另一件障礙排除工作 T2。",
        [inc("T1", "traffic", "凱旋路路樹倒塌。", "582-pol-t1"),
         inc("F1", "flood", "黎明路凱旋路口積水(不含熄火機車)。", "582-fl9-mod"),
         inc("T2", "traffic", "積水路口機車熄火阻礙車道。", "582-cctv-stall")])
    s.notes = ("凱旋路人行道工程因雨停工、平靜結束(null)。14:51 CCTV 掉落物歸 T1：黎明凱旋路口攝影機朝凱旋路南向。"
               "滯洪池進水、大雨警戒為背景。")
    return s


if __name__ == "__main__":
    for fn in (s577, s578, s579, s580, s581, s582):
        base, n = fn().write()
        print(base, n)
