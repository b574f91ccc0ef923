"""Situations 2197-2202 of set o110 (second half). Run from tools/: python3 gen_b.py"""
from lib import Situation, REG, background

R = REG


def pos(sid):
    return (R[sid]["lon"], R[sid]["lat"])


# ---------------------------------------------------------------------------
def s2197():
    s = Situation(2197, "signal_controller_liming", "2026-04-28")
    s.description = (
        "四月底週二上班尖峰，黎明路三段/凱旋路口的號誌控制器自我診斷錯誤，整個路口改為黃紅閃，其他路口正常；"
        "員警指揮交通，附近凱旋路與黎明路偵測器回堵，路口發生一起兩車擦撞（無人受傷）。"
        "交通局廠商九點到場換 CPU 板恢復，下午一點同一控制器再度閃爍，兩點半整組更換後恢復。"
        "凱旋路/環中路口號誌一分鐘的通訊逾時自行恢復、行人秒數太短的陳情與其他尖峰車流為雜訊。")
    J = pos("SN-SIG-007")
    SG = "2197_controller"
    CR = "2197_crash"

    s.rule("SN-VD-HUANZHONG-04", "congestion", "Minor", s.T("06:50"), 60,
           "環中路車輛偵測器4 北向平均車速 25 km/h", truth=None)
    f1 = s.signal("SN-SIG-007", "fault", s.T("07:35", 20), 3,
                  "黎明路三段/凱旋路 號誌閃爍異常（控制器自我診斷錯誤，黃紅閃）", truth=SG)
    s.cctv("SN-CCTV-007", "signal_dark", s.T("07:36", 5), 8, 0.58,
           "黎明路三段/凱旋路 路口號誌疑似未正常運轉", truth=SG)
    c1 = s.c1999("traffic_signal", s.near(*J, 20, 90), s.T("07:38"), 160,
                 "黎明路凱旋路口紅綠燈一直閃黃燈，早上車很多，大家都不讓，很危險。", truth=SG)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "Moderate", s.T("07:40"), 60,
           "凱旋路車輛偵測器1 南向平均車速 12 km/h，佔有率 51%", truth=SG)
    p1 = s.police("traffic_signal_fault", "Moderate", s.near(*J, 5, 20), s.T("07:42"), 120,
                  "黎明路三段/凱旋路口號誌閃爍異常，已派員指揮交通，通報交通局維修廠商（2 小時內到場）。", truth=SG)
    s.c1999("traffic_signal", s.near(*J, 30, 120), s.T("07:44"), 180,
            "凱旋路跟黎明路口的紅綠燈壞了，一直閃，需要有人來指揮。", truth=SG)
    b1 = s.signal("SN-SIG-002", "fault", s.T("07:45", 40), 3, "凱旋路/環中路二段 號誌通訊逾時", truth=None)
    s.signal("SN-SIG-002", "restored", s.T("07:46", 30), 3, "凱旋路/環中路二段 號誌恢復正常", truth=None,
             follows=b1)
    s.rule("SN-VD-LIMING-01", "congestion", "Moderate", s.T("07:48"), 60,
           "黎明路車輛偵測器1 西向平均車速 14 km/h，佔有率 46%", truth=SG)
    s.cctv("SN-CCTV-007", "accident", s.T("07:57", 30), 9, 0.71, "黎明路三段/凱旋路 路口疑似車輛碰撞", truth=CR)
    a1 = s.police("traffic_accident", "Minor", s.near(*J, 5, 25), s.T("07:59"), 110,
                  "黎明路凱旋路口兩輛自小客車擦撞，無人受傷，已移置路旁處理。", truth=CR)
    s.c1999("traffic_accident", s.near(*J, 30, 100), s.T("08:01"), 170,
            "黎明路凱旋路口有兩台車撞在一起，卡在路口。", truth=CR)
    s.police("other", "Minor", s.near(*J, 5, 25), s.T("08:21"), 150,
             "擦撞雙方已完成筆錄，車輛駛離。", truth=CR, follows=a1)
    s.c1999("traffic_signal", s.near(*J, 20, 80), s.T("08:32"), 190,
            "剛剛打過了，黎明凱旋路口紅綠燈還是在閃，什麼時候修？", truth=SG, follows=c1)
    s.police("other", "Minor", s.near(*J, 5, 20), s.T("09:03"), 140,
             "交通局維修廠商到場檢修號誌控制器。", truth=SG, follows=p1)
    r1 = s.signal("SN-SIG-007", "restored", s.T("09:21"), 3,
                  "黎明路三段/凱旋路 號誌恢復正常（更換控制器 CPU 板）", truth=SG, follows=f1)
    s.police("other", "Minor", s.near(*J, 5, 20), s.T("09:26"), 150, "號誌恢復正常，指揮警力撤離。",
             truth=SG, follows=p1)
    s.c1999("streetlight", (120.6455, 24.1922), s.T("10:31"), 220,
            "黎明路三段有一盞路燈白天一直亮著。", truth=None)
    s.parking("SN-PK-006", "full", s.T("11:16"), 40, "臺中國際會展中心停車場 小客車車位已滿", truth=None)
    s.c1999("noise", (120.6512, 24.1940), s.T("12:11"), 200, "黎明路上有宣傳車一直廣播，很吵。", truth=None)
    f2 = s.signal("SN-SIG-007", "fault", s.T("13:12", 5), 3,
                  "黎明路三段/凱旋路 號誌閃爍異常（控制器自我診斷錯誤）", truth=SG, alt="2197_relapse",
                  follows=r1)
    s.cctv("SN-CCTV-007", "signal_dark", s.T("13:13"), 8, 0.55,
           "黎明路三段/凱旋路 路口號誌疑似未正常運轉", truth=SG, alt="2197_relapse")
    s.c1999("traffic_signal", s.near(*J, 20, 100), s.T("13:20"), 170,
            "黎明凱旋路口紅綠燈又在閃了，早上不是修好了嗎？", truth=SG, alt="2197_relapse")
    p2 = s.police("traffic_signal_fault", "Moderate", s.near(*J, 5, 20), s.T("13:28"), 130,
                  "黎明路三段/凱旋路口號誌再度閃爍異常（上午同一控制器），派員指揮，請廠商整組更換。",
                  truth=SG, alt="2197_relapse", follows=p1)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "Minor", s.T("13:40"), 60,
           "凱旋路車輛偵測器1 南向平均車速 19 km/h", truth=SG, alt="2197_relapse")
    s.police("other", "Minor", s.near(*J, 5, 20), s.T("14:06"), 150, "廠商到場，整組控制器更換中。",
             truth=SG, alt="2197_relapse", follows=p2)
    s.signal("SN-SIG-007", "restored", s.T("14:32"), 3, "黎明路三段/凱旋路 號誌恢復正常（控制器整組更換）",
             truth=SG, alt="2197_relapse", follows=f2)
    s.police("other", "Minor", s.near(*J, 5, 20), s.T("14:36"), 140, "號誌恢復，警力撤離。",
             truth=SG, alt="2197_relapse", follows=p2)
    s.c1999("traffic_signal", (120.6523, 24.1976), s.T("15:31"), 210,
            "中科路環中路口行人綠燈秒數太短，老人家走不過去，希望調整秒數。", truth=None)
    s.fire_alarm("SN-FA-001", "fault", s.T("16:41"), 5, "水湳轉運中心 受信總機 預備電源電壓不足", truth=None)
    s.fire_alarm("SN-FA-001", "normal", s.T("17:32"), 5, "水湳轉運中心 受信總機 恢復正常", truth=None)
    s.rule("SN-VD-ZHONGKE-01", "congestion", "Minor", s.T("17:50"), 60,
           "中科路車輛偵測器1 北向平均車速 22 km/h（下班尖峰）", truth=None)

    background(s, 12, s.T("06:00"), s.T("21:00"), avoid_points=[J, pos("SN-SIG-002")], avoid_sensors={"SN-VD-KAIXUAN-01", "SN-VD-LIMING-01", "SN-FA-001"})

    s.incident(SG, "traffic",
               "黎明路三段/凱旋路口號誌控制器故障閃爍：指揮交通、廠商換板，下午同一控制器再壞、整組更換。", f1)
    s.incident(CR, "traffic", "故障路口兩車擦撞，無人受傷。", a1)
    s.alternative(
        "下午的閃爍是同一台控制器、同一個廠商、上午的修復沒有修好，所以主讀法當作同一件的延續；"
        "但上午那件在 09:26 已結案撤警，值班也可能在 13:12 重新開一件新的號誌故障。",
        s.same_incidents(CR) + [
            s.inc(SG, "traffic", "上午黎明路三段/凱旋路口號誌控制器故障，換板恢復。", f1),
            s.inc("2197_relapse", "traffic", "下午同一路口號誌再度故障，整組更換。", f2)])
    s.write()


# ---------------------------------------------------------------------------
def s2198():
    s = Situation(2198, "south_pond_pump", "2026-06-03")
    s.description = (
        "六月初梅雨鋒面午後大雨，中央公園南滯洪池抽水站抽水機跳機無法重啟，南池水位一路升過三級、二級警戒，"
        "滯洪池 4、5 水深超過 30 公分；池水排不出去，河南路停車場前水溝倒灌，河南路低窪處積水、停車場暫停開放、外側車道封閉。"
        "水利局調移動式抽水機，七點後水位回降、河南路恢復通行。同一時間黎明路凱旋路口低窪處因雨積水，是另一件。"
        "大雨特報與北側滯洪池正常蓄水為背景。")
    POND = "2198_pond"
    HEN = "2198_henan"
    LIM = "2198_liming"
    pump = (120.6563, 24.1768)
    hen = pos("SN-FL-007")
    lim = pos("SN-FL-009")

    s.rule("C0F9T0", "heavy_rain", "Moderate", s.T("15:40"), 120,
           "西屯雨量站 時雨量 46 mm，達大雨標準", level="大雨", truth=None)
    s.rule("SN-RG-001", "heavy_rain", "Moderate", s.T("15:50"), 100,
           "中央公園雨量站 時雨量 52 mm，達大雨標準", level="大雨", truth=None)
    w3 = s.rule("SN-WL-002", "water_level", "Moderate", s.T("16:20"), 95,
                "中央公園南滯洪池水位 2.06 m ≥ 三級警戒 2.0 m", level="3", truth=POND)
    c1 = s.c1999("other", s.near(*pump, 0, 30), s.T("16:26"), 180,
                 "公園管理站來電：中央公園南側滯洪池抽水站的抽水機跳機，重開不起來，池水一直漲，請水利局派人。",
                 truth=POND)
    s.rule("SN-FL-005", "flood_depth", "Moderate", s.T("16:40"), 90,
           "中央公園滯洪池5 淹水深度 22 cm", level="16-30", truth=POND)
    s.rule("SN-FL-001", "flood_depth", "Minor", s.T("16:50"), 90,
           "中央公園滯洪池1 淹水深度 9 cm", level="1-15", truth=None)
    s.rule("SN-FL-004", "flood_depth", "Moderate", s.T("16:50"), 85,
           "中央公園滯洪池4 淹水深度 18 cm", level="16-30", truth=POND)
    l1 = s.rule("SN-FL-009", "flood_depth", "Moderate", s.T("17:00"), 90,
                "黎明路凱旋路口低窪處 淹水深度 17 cm", level="16-30", truth=LIM)
    s.c1999("flooding", s.near(*lim, 20, 80), s.T("17:05"), 170,
            "黎明路凱旋路口積水到腳踝，機車都騎在人行道上。", truth=LIM)
    w2 = s.rule("SN-WL-002", "water_level", "Severe", s.T("17:10"), 95,
                "中央公園南滯洪池水位 2.54 m ≥ 二級警戒 2.5 m", level="2", truth=POND, follows=w3)
    s.police("flooding_report", "Moderate", s.near(*lim, 5, 30), s.T("17:12"), 140,
             "黎明路三段/凱旋路口積水約 15 公分，車輛減速通行中。", truth=LIM)
    s.rule("SN-FL-005", "flood_depth", "Severe", s.T("17:20"), 90,
           "中央公園滯洪池5 淹水深度 36 cm", level=">30", truth=POND)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "Moderate", s.T("17:20"), 60,
           "凱旋路車輛偵測器1 南向平均車速 13 km/h，佔有率 47%", truth=LIM)
    h1 = s.rule("SN-FL-007", "flood_depth", "Minor", s.T("17:30"), 90,
                "河南路低窪處 淹水深度 11 cm", level="1-15", truth=HEN, alt=POND)
    s.c1999("flooding", s.near(*hen, 20, 70), s.T("17:38"), 160,
            "河南路停車場旁邊積水，水溝的水一直倒灌出來。", truth=HEN, alt=POND)
    s.police("flooding_report", "Moderate", s.near(*hen, 10, 30), s.T("17:45"), 130,
             "河南路（河南路停車場前）積水約 20 公分，水溝冒水，研判中央公園南滯洪池排水不及。",
             truth=HEN, alt=POND)
    h2 = s.rule("SN-FL-007", "flood_depth", "Moderate", s.T("17:50"), 90,
                "河南路低窪處 淹水深度 23 cm", level="16-30", truth=HEN, alt=POND, follows=h1)
    s.parking("SN-PK-003", "closed", s.T("17:55"), 30, "河南路停車場 入口積水，暫停開放", truth=HEN, alt=POND)
    s.rule("SN-VD-HENAN-02", "congestion", "Moderate", s.T("18:00"), 60,
           "河南路車輛偵測器2 東向平均車速 10 km/h，佔有率 55%", truth=HEN, alt=POND)
    cl = s.police("road_closure", "Moderate", s.near(*hen, 10, 40), s.T("18:06"), 140,
                  "河南路停車場前外側車道積水封閉，車輛改走內側車道。", truth=HEN, alt=POND)
    s.c1999("flooding", s.near(*hen, 40, 120), s.T("18:19"), 200,
            "河南路二段往中平路那段水很深，車子開過去會起浪。", truth=HEN, alt=POND)
    s.police("other", "Minor", s.near(*pump, 10, 40), s.T("18:36"), 150,
             "水利局移動式抽水機抵達中央公園南滯洪池，開始抽排。", truth=POND)
    s.rule("SN-FL-009", "cleared", "Minor", s.T("18:40"), 90,
           "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除", truth=LIM, follows=l1)
    s.rule("SN-WL-002", "water_level_falling", "Minor", s.T("19:10"), 95,
           "中央公園南滯洪池水位回降至 2.38 m，低於二級警戒", truth=POND, follows=w2)
    h3 = s.rule("SN-FL-007", "flood_depth", "Minor", s.T("19:20"), 90,
                "河南路低窪處 淹水深度回降至 8 cm", level="1-15", truth=HEN, alt=POND, follows=h2)
    s.rule("SN-FL-007", "cleared", "Minor", s.T("19:50"), 90, "河南路低窪處 淹水深度 0 cm，警戒解除",
           truth=HEN, alt=POND, follows=h3)
    s.rule("SN-WL-002", "cleared", "Minor", s.T("20:10"), 95,
           "中央公園南滯洪池水位 1.92 m，低於三級警戒，警戒解除", truth=POND, follows=w3)
    s.police("road_reopened", "Minor", s.near(*hen, 10, 40), s.T("20:31"), 150,
             "河南路積水退去，外側車道恢復通行。", truth=HEN, alt=POND, follows=cl)
    s.c1999("other", s.near(*pump, 0, 30), s.T("21:04"), 200,
            "公園管理站：抽水機廠商已更換控制盤繼電器，抽水機恢復運轉，移動式抽水機待命。",
            truth=POND, follows=c1)
    s.rule("SN-FL-001", "cleared", "Minor", s.T("19:00"), 90, "中央公園滯洪池1 淹水深度 0 cm，警戒解除",
           truth=None)
    s.c1999("blocked_drain", (120.6605, 24.1835), s.T("19:33"), 220,
            "經貿路三段水溝蓋上都是樹葉，水流不下去。", truth=None)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Minor", s.T("17:40"), 60,
           "中清路車輛偵測器2 南向平均車速 23 km/h（下班尖峰）", truth=None)

    background(s, 10, s.T("12:00"), s.T("22:30"), avoid_points=[pump, hen, lim], avoid_sensors={"SN-VD-KAIXUAN-01", "SN-VD-HENAN-02", "SN-VD-HENAN-01", "SN-PK-003"})

    s.incident(POND, "flood_risk",
               "中央公園南滯洪池抽水機跳機：水位超過二級警戒，水利局調移動式抽水機、修復抽水機。", c1)
    s.incident(HEN, "flood",
               "南池排水不及，河南路停車場前水溝倒灌積水：停車場暫停開放、外側車道封閉。", h1)
    s.incident(LIM, "flood", "黎明路凱旋路口低窪處因雨積水。", l1)
    s.alternative(
        "河南路積水的原因就是南池抽水機跳機（警方研判也這麼寫），修好抽水機、抽乾池水，河南路就退水；"
        "值班可以只開一件「南滯洪池抽水站故障」由水利局處理，河南路的封路與停車場只是它的影響。",
        [s.inc(POND, "flood_risk",
               "中央公園南滯洪池抽水機跳機，含河南路倒灌積水、停車場關閉與封路。", c1),
         s.same_incidents(LIM)[0]])
    s.write()


# ---------------------------------------------------------------------------
def s2199():
    s = Situation(2199, "tower_lift", "2026-05-06")
    s.description = (
        "五月初週三上午十點多，臺灣智慧營運塔一部客梯卡在 12、13 樓之間，困住 4 人，消防救助隊 40 分鐘內全數救出；"
        "十一點半綠美圖有參觀民眾昏倒送醫；下午兩點四十分同一部電梯再度故障困住 1 人，管理單位之後停用該梯；"
        "三點四十分綠美圖三樓餐廳油煙觸發火警，消防到場確認誤報。會展停車場滿、尖峰車流、違停與人群偵測低信心度為雜訊。")
    tower = pos("SN-FA-005")
    lib_ = pos("SN-FA-004")
    L1 = "2199_lift"
    L2 = "2199_lift_again"
    FA = "2199_faint"
    AL = "2199_alarm"

    s.parking("SN-PK-006", "full", s.T("09:40"), 40, "臺中國際會展中心停車場 小客車車位已滿（展覽）", truth=None)
    d1 = s.f119("rescue", s.near(*tower, 0, 20), s.T("10:13"), 30,
                "北屯區臺灣智慧營運塔 電梯故障受困 4 人（12 至 13 樓間），派遣救助隊。", truth=L1)
    s.c1999("rescue", s.near(*tower, 0, 40), s.T("10:14"), 150,
            "我們公司同事被困在營運塔的電梯裡，已經打 119 了，管理中心說維修廠商要一個小時才到。", truth=L1)
    s.f119("rescue", s.near(*tower, 0, 20), s.T("10:21"), 35, "救助隊抵達，與受困者保持通話。",
           status="on_scene", truth=L1, follows=d1)
    s.f119("ambulance", s.near(*tower, 0, 20), s.T("10:40"), 40,
           "營運塔電梯受困者 1 名頭暈不適，加派救護車評估。", truth=L1, follows=d1)
    s.f119("rescue", s.near(*tower, 0, 20), s.T("10:52"), 30,
           "受困 4 人全數救出，1 人經評估無需送醫，救助隊返隊。", status="closed", truth=L1, follows=d1)
    s.rule("SN-VD-JINGMAO-01", "congestion", "Minor", s.T("10:30"), 60,
           "經貿路車輛偵測器1 北向平均車速 24 km/h", truth=None)
    f1 = s.f119("ambulance", s.near(*lib_, 0, 30), s.T("11:31"), 30,
                "臺中綠美圖 2 樓展區 女性約 70 歲昏倒，意識模糊，派遣救護車。", truth=FA)
    s.c1999("rescue", s.near(*lib_, 0, 40), s.T("11:32"), 140,
            "綠美圖裡面有一個阿嬤昏倒了，叫不太醒，已經有人打 119。", truth=FA)
    s.f119("ambulance", s.near(*lib_, 0, 30), s.T("11:38"), 35, "救護車抵達。",
           status="on_scene", truth=FA, follows=f1)
    s.f119("ambulance", s.near(*lib_, 0, 30), s.T("12:02"), 35, "患者已送醫，返隊。",
           status="closed", truth=FA, follows=f1)
    s.cctv("SN-CCTV-006", "crowding", s.T("12:20"), 10, 0.41, "經貿路二段/經貿七路 人群聚集（旅行團）", truth=None)
    s.c1999("illegal_parking", (120.6590, 24.1940), s.T("13:10"), 200,
            "營運塔前面有遊覽車停在紅線上。", truth=None)
    d2 = s.f119("rescue", s.near(*tower, 0, 20), s.T("14:41"), 530,   # the dispatch record synced late
                "臺灣智慧營運塔 同一部電梯再度故障，受困 1 人（8 樓），派遣救助隊。", truth=L2, alt=L1)
    o2 = s.f119("rescue", s.near(*tower, 0, 20), s.T("14:48"), 35, "救助隊抵達，受困 1 人（8 樓）。",
                status="on_scene", truth=L2, alt=L1, follows=d2)
    s.f119("rescue", s.near(*tower, 0, 20), s.T("15:04"), 30, "受困 1 人救出，無受傷，返隊。",
           status="closed", truth=L2, alt=L1, follows=d2)
    a1 = s.fire_alarm("SN-FA-004", "alarm", s.T("15:40", 10), 4, "臺中綠美圖 受信總機 火警：3F 餐廳 偵煙探測器動作",
                      truth=AL)
    d3 = s.f119("fire", s.near(*lib_, 0, 20), s.T("15:41"), 30,
                "臺中綠美圖 火警受信總機動作（3F 餐廳），派遣消防車 2 輛。", truth=AL)
    s.dup(a1, 20)
    s.fire_alarm("SN-FA-004", "normal", s.T("15:46"), 4, "臺中綠美圖 受信總機 復歸", truth=AL, follows=a1)
    s.f119("fire", s.near(*lib_, 0, 20), s.T("15:48"), 30, "消防車抵達。", status="on_scene", truth=AL,
           follows=d3)
    s.f119("fire", s.near(*lib_, 0, 20), s.T("15:58"), 30, "現場確認為餐廳烹調油煙觸發，無火災，返隊。",
           status="returning", truth=AL, follows=d3)
    s.c1999("other", s.near(*tower, 0, 40), s.T("16:22"), 220,
            "營運塔那部電梯今天壞兩次了，現在貼停用，請要求管理單位徹底檢修。", truth=L2, alt=L1)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "Minor", s.T("17:40"), 60,
           "環中路車輛偵測器3 東向平均車速 21 km/h（下班尖峰）", truth=None)
    s.c1999("noise", (120.6577, 24.1905), s.T("19:15"), 200, "綠美圖旁邊公園有人放音樂跳舞，很大聲。", truth=None)

    background(s, 14, s.T("07:00"), s.T("21:00"), avoid_points=[tower, lib_], avoid_sensors={"SN-FA-004", "SN-FA-005"})

    s.incident(L1, "rescue", "營運塔電梯受困 4 人，消防救出。", d1)
    s.incident(FA, "rescue", "綠美圖參觀民眾昏倒，救護送醫。", f1)
    s.incident(L2, "rescue", "同一部電梯下午再度受困 1 人，消防救出，管理單位停用該梯。", o2)
    s.incident(AL, "fire", "綠美圖 3F 餐廳油煙觸發火警，消防到場確認誤報。", a1)
    s.alternative(
        "下午受困是同一部電梯、同一個原因（上午沒修好），有的值班把它記為上午那件的後續，"
        "要求管理單位檢修的陳情也掛在同一件；但救助隊是重新派遣出勤的。",
        [s.inc(L1, "rescue", "營運塔同一部電梯兩次受困（4 人、1 人），消防救出，停用檢修。", d1)]
        + s.same_incidents(FA, AL))
    s.write()


# ---------------------------------------------------------------------------
def s2200():
    s = Situation(2200, "gas_main_zhongping", "2026-09-15")
    s.description = (
        "九月中週二下午三點多，中平路拓寬工程（經貿路至皇城街）的怪手挖破天然氣中壓管，瓦斯大量外洩。"
        "消防危險物品出勤、員警封閉中平路並疏散周邊約 60 人，附近店家、住戶與中國醫大水湳校區聞到瓦斯味；"
        "欣林天然氣一小時後關閉上游閥門，傍晚解除疏散，夜間修復、恢復供氣並開放道路。"
        "同時中清路一戶住家瓦斯味，是自家熱水器管線鬆脫，另一件。施工噪音與其他尖峰車流為雜訊。")
    G = (120.6628, 24.1742)
    GAS = "2200_gas"
    HOME = "2200_home"
    home = (120.6686, 24.1806)

    s.permit("road_works", (120.6647, 24.1747), s.T("08:00", day=-14), s.T("18:00", day=107),
             s.T("10:00", day=-21),
             "道路施工許可：中平路拓寬工程（經貿路至皇城街），每日 08:00-18:00，半側施工、縮減車道。",
             radius_m=450, truth=None)
    s.c1999("noise", s.near(*G, 60, 200), s.T("13:31"), 200, "中平路工地怪手一直在挖，很吵，震到家裡。",
            truth=None)
    s.rule("SN-VD-HENAN-01", "congestion", "Minor", s.T("14:10"), 60,
           "河南路車輛偵測器1 平均車速 23 km/h", truth=None)
    h1 = s.f119("hazmat", s.near(*G, 0, 15), s.T("15:10"), 30,
                "中平路拓寬工程怪手挖破天然氣中壓管線，大量外洩，派遣化學車、水箱車、救護車。", truth=GAS)
    s.c1999("gas_odor", s.near(*G, 40, 100, (330, 390)), s.T("15:11"), 140,
            "好重的瓦斯味！外面施工的地方一直噴氣，嘶嘶叫，很可怕。", truth=GAS)
    p1 = s.police("hazmat_report", "Severe", s.near(*G, 5, 20), s.T("15:12"), 110,
                  "中平路（經貿路東側約 250 公尺）施工挖破瓦斯管，瓦斯外洩，已管制人車，通報欣林天然氣。", truth=GAS)
    cl = s.police("road_closure", "Severe", s.near(*G, 30, 80, (250, 290)), s.T("15:14"), 120,
                  "中平路經貿路口以東雙向封閉，車輛改道河南路、經貿路。", truth=GAS, follows=p1)
    s.c1999("gas_odor", pos("SN-FA-010"), s.T("15:15"), 150,
            "中國醫大水湳校區這邊聞到很重的瓦斯味，學生要不要先離開？", truth=GAS)
    s.f119("hazmat", s.near(*G, 0, 15), s.T("15:16"), 30, "第一梯次抵達，設立警戒區，持續偵測可燃氣體濃度。",
           status="on_scene", truth=GAS, follows=h1)
    s.cctv("SN-CCTV-011", "stalled_vehicle", s.T("15:18"), 10, 0.66, "經貿路/中平路 車輛停滯", truth=GAS)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "Severe", s.T("15:20"), 60,
           "中平路車輛偵測器2 西向平均車速 4 km/h，佔有率 78%", truth=GAS)
    s.police("evacuation", "Severe", s.near(*G, 10, 40), s.T("15:22"), 130,
             "疏散中平路施工處周邊 100 公尺內店家及住戶約 60 人至經貿路口集結。", truth=GAS, follows=p1)
    s.c1999("gas_odor", s.near(*G, 250, 350, (20, 60)), s.T("15:25"), 180,
            "家裡窗戶飄進來瓦斯味，要不要把瓦斯關掉？", truth=GAS)
    s.police("other", "Minor", s.near(*G, 5, 20), s.T("15:27"), 150, "欣林天然氣搶修人員到場。",
             truth=GAS, follows=p1)
    c2 = s.cctv("SN-CCTV-011", "crowding", s.T("15:30"), 10, 0.63, "經貿路/中平路 人群聚集", truth=GAS)
    s.c1999("other", s.near(*G, 250, 400, (260, 280)), s.T("15:35"), 200,
            "中平路封起來了，公車要從哪裡搭？", truth=GAS)
    s.dup(c2, 30)
    hm = s.c1999("gas_odor", home, s.T("15:42"), 160,
                 "我家在中清路這邊，廚房突然聞到瓦斯味，是不是附近在漏氣？", truth=HOME)
    s.police("other", "Moderate", s.near(*G, 5, 20), s.T("16:21"), 140,
             "欣林已關閉上游閥門，外洩停止，消防持續偵測濃度。", truth=GAS, follows=p1)
    s.c1999("other", home, s.T("16:33"), 200,
            "瓦斯公司來看過了，是家裡熱水器管線鬆脫，已經處理好。", truth=HOME, follows=hm)
    s.police("other", "Minor", s.near(*G, 10, 40), s.T("16:52"), 150,
             "濃度已降至安全值，解除疏散，居民返回。", truth=GAS, follows=p1)
    s.f119("hazmat", s.near(*G, 0, 15), s.T("17:06"), 30, "現場可燃氣體濃度正常，交由欣林搶修，消防返隊。",
           status="closed", truth=GAS, follows=h1)
    s.c1999("other", s.near(*G, 80, 250, (0, 90)), s.T("17:34"), 220,
            "我們家停氣了，不能煮飯，請問什麼時候恢復供氣？", truth=GAS)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "Severe", s.T("18:00"), 60,
           "中平路車輛偵測器2 西向平均車速 6 km/h（封閉中，下班尖峰）", truth=GAS)
    s.parking("SN-PK-003", "full", s.T("17:51"), 40, "河南路停車場 小客車車位已滿", truth=None)
    s.c1999("streetlight", (120.6490, 24.1685), s.T("19:22"), 220, "河南路二段有一盞路燈不亮。", truth=None)
    s.police("other", "Minor", s.near(*G, 5, 20), s.T("21:41"), 160,
             "瓦斯管線修復完成，欣林逐戶恢復供氣。", truth=GAS, follows=p1)
    s.police("road_reopened", "Minor", s.near(*G, 30, 80, (250, 290)), s.T("22:46"), 150,
             "中平路管線搶修完成，恢復雙向通行。", truth=GAS, follows=cl)

    background(s, 12, s.T("07:00"), s.T("23:30"), avoid_points=[G, home, pos("SN-FA-010"), (120.6604, 24.1736)], avoid_sensors={"SN-VD-ZHONGPING-02", "SN-FA-010", "SN-PK-003"})

    s.incident(GAS, "hazmat",
               "中平路拓寬工程挖破天然氣中壓管：外洩、封路、疏散，欣林關閥、修復、恢復供氣。", h1)
    s.incident(HOME, "hazmat", "中清路住家瓦斯味（熱水器管線鬆脫），瓦斯公司處理。", hm)
    s.notes = ("住家瓦斯味距外洩點約 900 公尺，來電當下值班可能懷疑是同一團外洩氣體，"
               "但 16:33 的回報說明是自家管線；真值依最後的派工。")
    s.write()


# ---------------------------------------------------------------------------
def s2201():
    s = Situation(2201, "kaixuan_pipe_then_subsidence", "2026-10-13")
    s.description = (
        "十月中週二上午，凱旋路（臺中流行影音中心北側）污水下水道接管工程的推管機打破自來水管，湧水漫到車道，"
        "影音中心與附近住戶停水；台水關閥修管，下午恢復供水、傍晚開放。隔天清晨同一處回填路面下陷，"
        "員警再度封路，養工處要求施工單位重挖回填，下午恢復。第一天下午中科路有木棧板掉落。"
        "影音中心火警受信總機的探測器故障、施工噪音與尖峰車流為雜訊。")
    K = (120.6515, 24.1862)
    PIPE = "2201_pipe"
    SUB = "2201_subsidence"
    PAL = "2201_pallet"
    music = pos("SN-FA-006")

    s.permit("road_works", (120.6518, 24.1855), s.T("09:00", day=-1), s.T("17:00", day=10),
             s.T("14:00", day=-8),
             "道路施工許可：污水下水道用戶接管工程，凱旋路（黎明路至中科路間），10/12-10/23 每日 09:00-17:00，外側車道縮減。",
             radius_m=300, truth=None)
    s.c1999("noise", s.near(*K, 50, 150), s.T("09:20"), 200, "凱旋路施工一直有機器聲音，很吵。", truth=None)
    p1c = s.c1999("flooding", s.near(*K, 20, 70), s.T("11:07"), 160,
                  "凱旋路施工的地方水一直噴出來，整條路都是水。", truth=PIPE)
    p1 = s.police("flooding_report", "Moderate", s.near(*K, 5, 20), s.T("11:09"), 120,
                  "凱旋路（流行影音中心北側）推管施工打破自來水管，湧水漫至車道，積水約 10 公分，已通知台水。",
                  truth=PIPE)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "Moderate", s.T("11:12"), 60,
           "凱旋路車輛偵測器2 南向平均車速 13 km/h，佔有率 44%", truth=PIPE)
    s.c1999("water_outage", s.near(*music, 0, 30), s.T("11:15"), 190,
            "流行影音中心突然沒水，廁所不能用，下午還有活動。", truth=PIPE)
    cl = s.police("road_closure", "Moderate", s.near(*K, 10, 30), s.T("11:20"), 130,
                  "凱旋路南向外側車道封閉，北向維持通行。", truth=PIPE, follows=p1)
    s.fire_alarm("SN-FA-006", "fault", s.T("11:26"), 5, "臺中流行影音中心 受信總機 2F 偵煙探測器故障", truth=None)
    s.police("other", "Minor", s.near(*K, 5, 20), s.T("12:11"), 150, "台水人員到場關閥止水，準備修管。",
             truth=PIPE, follows=p1)
    s.c1999("water_outage", (120.6490, 24.1861), s.T("12:40"), 210,
            "凱旋路這邊住家還是沒水，剛剛打過了。", truth=PIPE)
    s.fire_alarm("SN-FA-006", "normal", s.T("13:05"), 5, "臺中流行影音中心 受信總機 恢復正常", truth=None)
    s.police("other", "Minor", s.near(*K, 5, 20), s.T("15:31"), 160,
             "台水修管完成恢復供水，施工單位回填中。", truth=PIPE, follows=p1)
    fo = s.police("fallen_object", "Moderate", (120.6535, 24.1830), s.T("16:31"), 120,
                  "中科路南向車道貨車掉落木棧板一片，已派員排除。", truth=PAL)
    s.police("other", "Minor", (120.6535, 24.1830), s.T("16:49"), 130, "中科路木棧板已移除，恢復通行。",
             truth=PAL, follows=fo)
    s.police("road_reopened", "Minor", s.near(*K, 10, 30), s.T("17:42"), 150,
             "凱旋路施工回填完成，外側車道恢復通行。", truth=PIPE, follows=cl)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Minor", s.T("17:55"), 60,
           "環中路車輛偵測器2 東向平均車速 22 km/h（下班尖峰）", truth=None)
    s.parking("SN-PK-004", "full", s.T("19:10"), 40, "中央公園地下停車場(北) 小客車車位已滿", truth=None)
    sb = s.police("road_collapse", "Severe", s.near(*K, 5, 15), s.T("07:18", day=1), 120,
                  "凱旋路昨日修管回填處路面下陷約 2×1.5 公尺、深約 40 公分，已擺設警示。", truth=SUB, alt=PIPE)
    s.c1999("road_damage", s.near(*K, 20, 80), s.T("07:21", day=1), 170,
            "凱旋路昨天挖的地方塌下去了，機車差點騎進去。", truth=SUB, alt=PIPE)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "Severe", s.T("07:25", day=1), 60,
           "凱旋路車輛偵測器2 南向平均車速 7 km/h，佔有率 66%", truth=SUB, alt=PIPE)
    cl2 = s.police("road_closure", "Moderate", s.near(*K, 10, 30), s.T("07:31", day=1), 130,
                   "凱旋路南向外側車道再度封閉。", truth=SUB, alt=PIPE, follows=sb)
    s.c1999("road_damage", s.near(*K, 30, 100), s.T("07:46", day=1), 190,
            "凱旋路影音中心前面路面凹下去一大塊，旁邊還有裂縫。", truth=SUB, alt=PIPE)
    s.police("other", "Minor", s.near(*K, 5, 20), s.T("08:32", day=1), 150,
             "養工處到場，研判昨日回填未夯實，通知施工單位重新開挖回填。", truth=SUB, alt=PIPE, follows=sb)
    s.c1999("noise", s.near(*K, 50, 150), s.T("09:15", day=1), 210, "凱旋路又在施工，很吵。", truth=None)
    s.police("other", "Minor", s.near(*K, 5, 20), s.T("13:42", day=1), 150, "重新回填夯實並鋪設瀝青完成。",
             truth=SUB, alt=PIPE, follows=sb)
    s.police("road_reopened", "Minor", s.near(*K, 10, 30), s.T("16:11", day=1), 150,
             "凱旋路南向外側車道恢復通行。", truth=SUB, alt=PIPE, follows=cl2)

    background(s, 14, s.T("07:00"), s.T("17:30", day=1), avoid_points=[K, (120.6535, 24.1830)], avoid_sensors={"SN-VD-KAIXUAN-02", "SN-VD-ZHONGKE-01", "SN-FA-006"})

    s.incident(PIPE, "infrastructure", "凱旋路接管工程打破自來水管：湧水、封路、停水，台水修管。", p1c)
    s.incident(SUB, "infrastructure", "隔天清晨修管回填處路面下陷：封路、重挖回填。", sb)
    s.incident(PAL, "traffic", "中科路南向掉落木棧板，排除。", fo)
    s.alternative(
        "下陷就在前一天修管回填的同一處，原因是同一工程回填不實；有的值班把它當作破管案的延續（同一施工單位負責），"
        "而不是新案。主讀法當作新案，因為前一天 17:42 已恢復通行結案，隔天由養工處重新派工。",
        [s.inc(PIPE, "infrastructure", "凱旋路接管工程破管與隔天回填處下陷，全程一件。", p1c)]
        + s.same_incidents(PAL))
    s.write()


# ---------------------------------------------------------------------------
def s2202():
    s = Situation(2202, "lightning_zhongke_cabinet", "2026-08-11")
    s.description = (
        "八月週二午後雷雨，三點二十二分雷擊中科路/環中路二段路口，號誌機櫃電源模組燒毀：號誌全黑、路口監視器斷線；"
        "員警指揮交通，四點四十分換電源模組號誌恢復，監視器到隔天上午才換好。四點前凱旋路一棵路樹被風吹倒。"
        "入夜後中科路環中路口往南整排路燈不亮，是同一次雷擊燒掉路燈迴路。大雨特報、黎明凱旋低窪處短暫積水、"
        "綠美圖受信總機突波故障後自復、水溝蓋樹葉與其他雜訊不派工。")
    J = pos("SN-SIG-003")
    SIG = "2202_cabinet"
    TREE = "2202_tree"
    LT = "2202_lights"
    tree = (120.6500, 24.1912)

    s.parking("SN-PK-001", "full", s.T("14:30"), 40, "水湳轉運中心停車場 小客車車位已滿", truth=None)
    s.rule("C0F9T0", "heavy_rain", "Moderate", s.T("15:10"), 120, "西屯雨量站 時雨量 44 mm，達大雨標準",
           level="大雨", truth=None)
    s.rule("SN-RG-002", "heavy_rain", "Moderate", s.T("15:20"), 100, "水湳轉運中心雨量站 時雨量 58 mm，達大雨標準",
           level="大雨", truth=None)
    f1 = s.signal("SN-SIG-003", "fault", s.T("15:22", 5), 3, "中科路/環中路二段 號誌全黑（電源異常）", truth=SIG)
    s.status("SN-CCTV-003", "offline", s.T("15:22", 6), 96, "離線", truth=SIG)   # last will
    c1 = s.c1999("traffic_signal", s.near(*J, 20, 90), s.T("15:24"), 150,
                 "中科路環中路口紅綠燈不亮，剛剛打雷好像打到路口。", truth=SIG)
    p1 = s.police("traffic_signal_fault", "Moderate", s.near(*J, 5, 20), s.T("15:26"), 110,
                  "中科路/環中路二段號誌全黑，疑遭雷擊，派員指揮交通，通報交通局。", truth=SIG)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "Moderate", s.T("15:30"), 60,
           "環中路車輛偵測器2 東向平均車速 11 km/h，佔有率 53%", truth=SIG)
    fl = s.rule("SN-FL-009", "flood_depth", "Minor", s.T("15:40"), 90,
                "黎明路凱旋路口低窪處 淹水深度 7 cm", level="1-15", truth=None)
    s.fire_alarm("SN-FA-004", "fault", s.T("15:44"), 5, "臺中綠美圖 受信總機 雷擊突波，探測器迴路異常", truth=None)
    t1 = s.c1999("fallen_tree", s.near(*tree, 10, 60), s.T("15:47"), 150,
                 "凱旋路有棵樹倒在路上，擋住一個車道，車子要繞過去。", truth=TREE)
    t2 = s.police("fallen_object", "Moderate", s.near(*tree, 5, 20), s.T("15:51"), 120,
                  "凱旋路（黎明路口南側）路樹倒塌橫躺外側車道，已擺設警示，通報養工處。", truth=TREE)
    s.dup(t1, 240)
    s.fire_alarm("SN-FA-004", "normal", s.T("16:05"), 5, "臺中綠美圖 受信總機 恢復正常", truth=None)
    s.rule("SN-FL-009", "cleared", "Minor", s.T("16:10"), 90, "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除",
           truth=None, follows=fl)
    s.c1999("blocked_drain", (120.6526, 24.1745), s.T("16:20"), 220,
            "河南路停車場前的水溝蓋都被樹葉塞住了。", truth=None)
    s.police("other", "Minor", s.near(*J, 5, 20), s.T("16:05"), 1500,
             "交通局維修廠商到場，號誌機櫃電源模組燒毀，更換中。", truth=SIG, follows=p1)  # typed in late
    s.police("other", "Minor", s.near(*tree, 5, 20), s.T("16:38"), 140, "路樹已鋸除移至路旁，凱旋路恢復通行。",
             truth=TREE, follows=t2)
    s.signal("SN-SIG-003", "restored", s.T("16:41"), 3, "中科路/環中路二段 號誌恢復正常", truth=SIG, follows=f1)
    s.police("other", "Minor", s.near(*J, 5, 20), s.T("16:46"), 130,
             "號誌已恢復，指揮警力撤離；路口監視器仍斷線，待廠商更換。", truth=SIG, follows=p1)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "Minor", s.T("17:30"), 60,
           "中清路車輛偵測器2 北向平均車速 21 km/h（下班尖峰）", truth=None)
    l1 = s.c1999("streetlight", s.near(J[0], J[1] - 0.0020, 20, 100), s.T("18:52"), 200,
                 "中科路環中路口往南整排路燈都沒亮，一片漆黑。", truth=LT, alt=SIG)
    s.c1999("streetlight", s.near(J[0] + 0.0006, J[1] - 0.0045, 20, 120), s.T("19:11"), 220,
            "中科路路燈全暗，下午打雷以後就沒亮了。", truth=LT, alt=SIG)
    s.c1999("noise", (120.6540, 24.1940), s.T("20:32"), 200, "會展中心那邊活動散場，車子一直按喇叭。", truth=None)
    s.c1999("streetlight", s.near(J[0], J[1] - 0.0030, 20, 100), s.T("21:35"), 210,
            "中科路路燈修好了，謝謝。", truth=LT, alt=SIG, follows=l1)
    s.status("SN-CCTV-003", "online", s.T("10:16", day=1), 3, "連線", truth=SIG)

    background(s, 10, s.T("12:00"), s.T("22:30"), avoid_points=[J, tree, (J[0], J[1] - 0.003), pos("SN-FL-009")], avoid_sensors={"SN-VD-HUANZHONG-02", "SN-FA-004"})

    s.incident(SIG, "infrastructure",
               "雷擊中科路/環中路二段號誌機櫃：號誌全黑、監視器斷線，指揮交通、更換電源模組與監視器。", f1)
    s.incident(TREE, "traffic", "凱旋路路樹倒塌佔用外側車道，鋸除排除。", t1)
    s.incident(LT, "infrastructure", "同一次雷擊燒掉中科路路燈迴路，入夜整排路燈不亮，養工處修復。", l1)
    s.alternative(
        "路燈與號誌是同一次雷擊、同一路口，有的值班會把路燈掛在號誌機櫃那件下面；"
        "但號誌歸交通局、路燈歸建設局養工處，且路燈是入夜才被發現，主讀法分開派工。",
        [s.inc(SIG, "infrastructure", "雷擊中科路/環中路口：號誌、監視器與路燈迴路，全部一件。", f1)]
        + s.same_incidents(TREE))
    s.write()


if __name__ == "__main__":
    for f in (s2197, s2198, s2199, s2200, s2201, s2202):
        f()
