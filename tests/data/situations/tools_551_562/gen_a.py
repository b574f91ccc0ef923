"""Situations 551-556 (earthquake in and around 水湳). Seeded: reproduces the data files byte for byte."""
import datetime as dt
from lib import Situation, P, inc, offset, iso

UTC = dt.timezone.utc


def s551():
    s = Situation(551, "quake_first_minutes", dt.datetime(2016, 4, 12, 6, 7, 30, tzinfo=UTC), 551)
    s.add("planned_event", "exhibition", -86400 * 3, 0, "臺中國際會展中心 工具機展 4/10-4/13 每日10:00-18:00", None,
          pos=P["expoA"], observed=iso(s.t(-4 * 3600 - 7 * 60 - 30)), ends=iso(s.t(4 * 3600 - 7 * 60 - 30)))
    # shaking-triggered panel alarms, reset (noise)
    s.sensor("SN-FA-003", "alarm", 18, "火警受信總機 偵煙器動作 B棟2F展場", None)
    s.sensor("SN-FA-001", "alarm", 24, "火警受信總機 第3區 偵熱器動作", None)
    s.sensor("SN-FA-009", "fault", 30, "受信總機 線路斷線 第5迴路", None)
    s.sensor("SN-FA-003", "normal", 250, "復歸，現場確認地震誤動作", None)
    s.sensor("SN-FA-001", "normal", 410, "復歸，管理員巡查無火警，判定地震誤報", None)
    s.status("SN-CCTV-010", "offline", 40, "離線（comms_lost）", None)
    s.status("SN-CCTV-010", "online", 420, "連線恢復", None)
    # C: signboard on Jingmao Rd
    sb = offset(P["j_jingmao_7"], 35, 25)
    c1 = s.sensor("SN-CCTV-006", "fallen_object", 45, "路面掉落物 外側車道", "signboard_jingmao", confidence=0.71)
    c2 = s.c1999("other", 150, sb, 30, 120, "經貿七路口那邊一塊大招牌掉到馬路上，車子都在閃", "signboard_jingmao")
    c3 = s.police("fallen_object", "Moderate", 300, sb, "經貿路二段近經貿七路 店家招牌掉落佔用外側車道，無人受傷，現場管制", "signboard_jingmao", follows=None)
    s.police("road_closure", "Minor", 700, sb, "經貿路二段往南外側車道封閉，待業者吊離招牌", "signboard_jingmao", follows=c3)
    s.police("other", "Minor", 2400, sb, "招牌已吊離，外側車道恢復通行", "signboard_jingmao", follows=c3)
    s.dup(c1, 640)
    # A: kitchen fire in eco-residential block A
    a1 = s.sensor("SN-FA-011", "alarm", 75, "火警受信總機 7F 偵煙器動作", "kitchenfire_ecoA")
    a2 = s.c119("fire", 130, P["ecoA"], "經貿路三段集合住宅7樓 住戶廚房起火，地震時鍋具翻倒，出動3車", "kitchenfire_ecoA")
    s.c1999("fire_smoke", 160, P["ecoA"], 60, 200, "經貿路三段那棟大樓有一戶陽台在冒黑煙！", "kitchenfire_ecoA")
    s.c1999("fire_smoke", 240, P["ecoA"], 80, 250, "公園東邊大樓好像失火，煙很大", "kitchenfire_ecoA")
    s.add("119", "fire", 600, 20, "到達現場，火勢局限廚房", "kitchenfire_ecoA", pos=P["ecoA"], key=a2 + "-u1", follows=a2)
    s.police("fire_report", "Moderate", 420, offset(P["ecoA"], -40, 10), "經貿路三段火警，協助消防車進出，外側車道管制", "kitchenfire_ecoA")
    s.add("119", "fire", 1900, 30, "火勢撲滅，無人傷亡，收隊", "kitchenfire_ecoA", pos=P["ecoA"], key=a2 + "-u2", follows=a2)
    s.sensor("SN-FA-011", "normal", 2100, "復歸", "kitchenfire_ecoA")
    # B: lift entrapment at 綠美圖
    b1 = s.c119("rescue", 200, P["museumbrary"], "臺中綠美圖 電梯停止 受困4人，派遣救助隊", "lift_museumbrary")
    s.c1999("other", 260, P["museumbrary"], 10, 80, "我朋友被關在綠美圖的電梯裡面，打不通管理室", "lift_museumbrary")
    s.add("119", "rescue", 900, 25, "到達，電梯停於3F、4F間", "lift_museumbrary", pos=P["museumbrary"], key=b1 + "-u1", follows=b1)
    s.add("119", "rescue", 1500, 25, "受困4人均已救出，無人受傷", "lift_museumbrary", pos=P["museumbrary"], key=b1 + "-u2", follows=b1)
    # crowds evacuated from the convention centre (noise)
    s.sensor("SN-CCTV-005", "crowding", 300, "人群聚集 路口人行道", None, confidence=0.83)
    s.c1999("crowding", 420, P["expoB"], 50, 200, "會展中心的人都跑出來站在路邊，快站到馬路上了", None)
    s.sensor("SN-CCTV-006", "crowding", 330, "人群聚集", None, confidence=0.64)
    s.quake_questions(10, 60, 1800, [P["ecoA"], P["ecoB"], P["fcu"], P["hub"], P["j_liming_kaixuan"]])
    s.congestion_noise(["SN-VD-HUANZHONG-02", "SN-VD-HUANZHONG-03", "SN-VD-KAIXUAN-02", "SN-VD-HENAN-01", "SN-VD-ZHONGQING-02"], 30, 200)
    s.routine(3, 600, 3000)
    t = {"description": "14:07 規模6級地震，臺中震度5弱。前40分鐘：生態住宅A區廚房火警、綠美圖電梯受困、經貿路招牌掉落；其餘為搖晃造成的誤報、詢問與車流放慢。",
         "incidents": [inc("kitchenfire_ecoA", "fire", "生態住宅A區7樓住戶廚房鍋具翻倒起火，消防3車，撲滅無傷", a2),
                       inc("lift_museumbrary", "rescue", "綠美圖電梯停於3F-4F間，受困4人救出", b1),
                       inc("signboard_jingmao", "traffic", "經貿路二段近經貿七路招牌掉落外側車道，管制後吊離", c2)],
         "notes": "會展中心B棟與轉運中心的火警總機動作為地震誤動作並已復歸（無火災證據）；會展中心外人群為疏散避震，非事件；各路段車速下降為駕駛停車減速的普遍現象。招牌：CCTV偵測信心0.71且地震時多誤判，1999民眾目擊才足以開案。"}
    return s, t


def s552():
    s = Situation(552, "dinner_gas_leaks", dt.datetime(2016, 5, 3, 10, 42, 10, tzinfo=UTC), 552)
    leak = (120.6594, 24.1806)  # 敦化路一段 shop row by block B
    rest = (120.6593, 24.1849)  # restaurant on 經貿路三段 by block A
    a1 = s.c1999("gas_odor", 120, leak, 40, 150, "敦化路這邊瓦斯味好重，地震完就一直聞到", "gasleak_dunhua")
    a2 = s.c1999("gas_odor", 200, leak, 50, 200, "樓下店面那邊好像瓦斯外洩，味道很濃，要不要撤離", "gasleak_dunhua")
    a3 = s.c119("hazmat", 300, leak, "敦化路一段 天然氣管線疑似地震破裂 瓦斯外洩，出動2車並通報欣中天然氣", "gasleak_dunhua", rmax=40)
    s.c1999("gas_odor", 380, leak, 100, 250, "住生態住宅B區，窗戶外面一直有瓦斯味", "gasleak_dunhua")
    s.police("hazmat_report", "Severe", 600, leak, "敦化路一段瓦斯外洩，疏散一樓店家及住戶約30人，禁止煙火", "gasleak_dunhua")
    s.police("road_closure", "Moderate", 700, leak, "敦化路一段雙向封閉，車輛改道", "gasleak_dunhua")
    s.add("119", "hazmat", 900, 20, "到場，偵測器讀值偏高，持續警戒", "gasleak_dunhua", pos=leak, key=a3 + "-u1", follows=a3)
    s.c1999("gas_odor", 1100, leak, 150, 300, "到底哪裡漏瓦斯？警察把路封起來了", "gasleak_dunhua")
    s.add("119", "hazmat", 2400, 30, "欣中天然氣搶修人員關閉管線閥門，外洩已止，持續通風", "gasleak_dunhua", pos=leak, key=a3 + "-u2", follows=a3)
    s.police("road_closure", "Minor", 3300, leak, "敦化路一段解除封閉，住戶返家", "gasleak_dunhua")
    # B: toppled cylinder in a restaurant
    b1 = s.c1999("gas_odor", 400, rest, 10, 60, "經貿路三段我們餐廳的桶裝瓦斯倒了管子脫落，味道很重", "gas_cylinder_restaurant")
    amb = s.c1999("gas_odor", 450, (120.6593, 24.1829), 0, 40, "走在經貿路上一直聞到瓦斯味，不知道哪裡來的", "gasleak_dunhua", truth_alt="gas_cylinder_restaurant")
    b2 = s.c119("hazmat", 520, rest, "經貿路三段餐廳 桶裝瓦斯鋼瓶傾倒 管線脫落，出動1車", "gas_cylinder_restaurant")
    s.add("119", "hazmat", 1500, 25, "已關閉鋼瓶開關，通風後無異味，收隊", "gas_cylinder_restaurant", pos=rest, key=b2 + "-u1", follows=b2)
    # C: electrical fire at the FCU campus
    c0 = s.sensor("SN-FA-009", "alarm", 95, "火警受信總機 實驗大樓3F 偵煙器動作", "elecfire_fcu")
    c1 = s.c1999("fire_smoke", 230, P["fcu"], 20, 120, "逢甲水湳校區實驗大樓有煙跑出來，有燒焦味", "elecfire_fcu")
    c2 = s.c119("fire", 260, P["fcu"], "逢甲大學水湳校區 實驗大樓配電盤冒煙起火，出動2車", "elecfire_fcu")
    s.add("119", "fire", 1700, 30, "配電盤短路起火已撲滅，無人受傷", "elecfire_fcu", pos=P["fcu"], key=c2 + "-u1", follows=c2)
    s.sensor("SN-FA-009", "normal", 1900, "復歸", "elecfire_fcu")
    # noise
    s.sensor("SN-FA-006", "alarm", 20, "火警受信總機 觀眾席 偵煙器動作", None)
    s.sensor("SN-FA-006", "normal", 330, "復歸 地震誤報", None)
    n1 = s.c1999("gas_odor", 700, P["cmu"], 30, 120, "中國醫水湳校區這邊好像有怪味", None)
    s.add("1999", "other", 1400, 60, "剛剛打過說有怪味，是水溝的味道，不用派了", None, pos=s.scatter(P["cmu"], 30, 120), follows=n1)
    s.quake_questions(9, 60, 2500, [P["ecoA"], P["ecoB"], P["fcu"], P["cmu"], P["j_jingmao_zhongping"]])
    s.congestion_noise(["SN-VD-HUANZHONG-01", "SN-VD-ZHONGQING-01", "SN-VD-HENAN-02", "SN-VD-ZHONGPING-02"], 40, 240)
    s.routine(3, 300, 3600)
    s.status("SN-PK-005", "offline", 50, "離線（comms_lost）", None)
    s.status("SN-PK-005", "online", 900, "連線恢復", None)
    t = {"description": "18:42 晚餐時間地震（臺中震度5弱）。敦化路一段天然氣管線破裂、經貿路三段餐廳桶裝瓦斯傾倒（兩處相距約400公尺、需分別處理）、逢甲水湳校區配電盤起火。",
         "incidents": [inc("gasleak_dunhua", "fire", "敦化路一段天然氣管線破裂外洩，疏散約30人、封路，欣中關閥止漏", a2),
                       inc("gas_cylinder_restaurant", "fire", "經貿路三段餐廳桶裝瓦斯鋼瓶傾倒管線脫落，消防1車關閥", b1),
                       inc("elecfire_fcu", "fire", "逢甲水湳校區實驗大樓配電盤短路起火，撲滅無傷", c1)],
         "alternative_reading": {"why": "經貿路上行人（兩處之間，距餐廳約200公尺、距敦化路約250公尺）說不出味道來源；可歸敦化路管線，也可歸餐廳鋼瓶。",
                                 "incidents": [inc("gasleak_dunhua", "fire", "敦化路一段天然氣管線破裂外洩", a2),
                                               inc("gas_cylinder_restaurant", "fire", "經貿路三段餐廳鋼瓶傾倒，含行人聞到的瓦斯味", b1),
                                               inc("elecfire_fcu", "fire", "逢甲水湳校區配電盤起火", c1)]},
         "notes": "瓦斯外洩以 fire 類型記（消防危險物品出勤），詞彙缺 hazmat 事件類型。單一民眾聞到瓦斯味在地震後即足以開案（兩通獨立來電才開）。中國醫校區異味為水溝味，來電者自行撤銷。"}
    return s, t


def s553():
    s = Situation(553, "burst_main_jingmao", dt.datetime(2016, 6, 21, 1, 15, 40, tzinfo=UTC), 553)
    wm = P["jingmao_low"]
    a1 = s.c1999("flooding", 540, wm, 30, 150, "經貿路三段馬路一直冒水出來，又沒下雨，是不是水管破了", "watermain_jingmao")
    s.sensor("SN-FL-008", "flood_depth", 600, "淹水深度 8 cm", "watermain_jingmao", severity="Minor", level="1-15", delay=40)
    s.c1999("flooding", 700, wm, 50, 200, "沒下雨怎麼經貿路淹水了，機車騎過去水花很大", "watermain_jingmao")
    a2 = s.police("flooding_report", "Moderate", 900, wm, "經貿路三段 路面湧水積水約20公分，疑自來水管地震破裂，已通報台水", "watermain_jingmao")
    s.c1999("water_outage", 1150, P["ecoA"], 20, 150, "家裡突然沒水了，也沒看到停水公告", "watermain_jingmao")
    s.c1999("water_outage", 1300, P["ecoB"], 20, 150, "我們大樓水壓變很小，快沒水", "watermain_jingmao")
    s.sensor("SN-VD-JINGMAO-02", "congestion", 1300, "平均車速降至9 km/h，佔有率71%", "watermain_jingmao", severity="Moderate", delay=50)
    s.sensor("SN-FL-008", "flood_depth", 1500, "淹水深度 23 cm", "watermain_jingmao", severity="Moderate", level="16-30", delay=40)
    s.police("road_closure", "Moderate", 1800, wm, "經貿路三段 雙向封閉，台水搶修", "watermain_jingmao", follows=a2)
    s.c1999("blocked_drain", 2000, wm, 80, 250, "經貿路旁邊水溝都滿出來了，排不掉", "watermain_jingmao")
    s.sensor("SN-WL-003", "water_level", 2400, "區域排水水位 1.46 m，達三級警戒", "watermain_jingmao", severity="Moderate", level="3", delay=60)
    s.c1999("water_outage", 2600, P["ecoA"], 50, 200, "還沒來水，什麼時候會好", "watermain_jingmao")
    s.police("other", "Minor", 3600, wm, "台水關閉上游制水閥，湧水停止，路面積水退去中", "watermain_jingmao", follows=a2)
    s.sensor("SN-FL-008", "cleared", 5400, "淹水深度 0 cm", "watermain_jingmao", severity="Minor", delay=40)
    s.sensor("SN-WL-003", "cleared", 5700, "水位 1.12 m，解除警戒", "watermain_jingmao", severity="Minor", delay=60)
    s.sensor("SN-VD-JINGMAO-02", "cleared", 6000, "車速回復 38 km/h", "watermain_jingmao", severity="Minor", delay=50)
    far = s.c1999("water_outage", 1700, P["zhongqing_mid"], 20, 120, "中清路這邊也停水，是地震水管破掉嗎？", None, truth_alt="watermain_jingmao")
    # B: road cracks on 中科路
    b1 = s.police("road_collapse", "Moderate", 700, P["zhongke_s"], "中科路 路面隆起龜裂約10公尺，機車注意，已擺設三角錐", "roadcrack_zhongke")
    s.c1999("road_damage", 520, P["zhongke_s"], 30, 150, "中科路公園這邊路面裂開還拱起來，機車騎過去差點摔", "roadcrack_zhongke")
    s.c1999("road_damage", 1250, P["zhongke_s"], 50, 200, "中科路有一段馬路裂很大一條", "roadcrack_zhongke")
    s.police("road_closure", "Minor", 2000, P["zhongke_s"], "中科路 外側車道封閉，建設局到場鋪設鋼板", "roadcrack_zhongke", follows=b1)
    # C: lift at the transit hub
    c1 = s.c119("rescue", 240, P["hub"], "水湳轉運中心 電梯受困 2人，派遣救助隊", "lift_hub")
    s.add("119", "rescue", 1300, 30, "受困2人已救出，無人受傷", "lift_hub", pos=P["hub"], key=c1 + "-u1", follows=c1)
    # noise
    s.sensor("SN-FA-010", "alarm", 22, "火警受信總機 教學大樓 偵煙器動作", None)
    s.sensor("SN-FA-010", "normal", 380, "復歸 地震誤報", None)
    s.sensor("SN-CCTV-011", "crowding", 180, "人群聚集", None, confidence=0.77)
    s.quake_questions(8, 60, 3000, [P["ecoA"], P["cmu"], P["fcu"], P["hub"]])
    s.congestion_noise(["SN-VD-HUANZHONG-01", "SN-VD-HUANZHONG-02", "SN-VD-KAIXUAN-01", "SN-VD-ZHONGPING-01", "SN-VD-LIMING-01"], 30, 200)
    s.routine(3, 900, 6000)
    s.status("SN-RG-001", "offline", 60, "離線（device_fault）", None)
    s.status("SN-RG-001", "online", 1900, "連線恢復", None)
    t = {"description": "09:15 地震（臺中震度5弱），無降雨。經貿路三段地下自來水幹管破裂湧水淹路、周邊停水（約1.5小時後關閥退水）；中科路路面隆起龜裂；轉運中心電梯受困。",
         "incidents": [inc("watermain_jingmao", "infrastructure", "經貿路三段自來水幹管地震破裂，路面積水達23公分、周邊住宅停水、區域排水上升、車流回堵，台水關閥搶修", a1),
                       inc("roadcrack_zhongke", "infrastructure", "中科路公園段路面隆起龜裂，外側車道封閉鋪鋼板", b1),
                       inc("lift_hub", "rescue", "轉運中心電梯受困2人救出", c1)],
         "alternative_reading": {"why": "中清路停水者距破管處約700公尺，可能同一供水管網（同一事件），也可能只是該處自身的問題，無從確認。",
                                 "incidents": [inc("watermain_jingmao", "infrastructure", "經貿路三段自來水幹管破裂，含中清路停水", a1),
                                               inc("roadcrack_zhongke", "infrastructure", "中科路路面隆起龜裂", b1),
                                               inc("lift_hub", "rescue", "轉運中心電梯受困2人", c1)]},
         "notes": "沒下雨的湧水：以 infrastructure 記（修的是水管），淹水感測與排水水位都是它的結果。第一通民眾說「冒水、沒下雨、水管破」即足以開案。中科路民眾第一通比警方早到，但隆起龜裂由警方確認並擺錐才算開案（單一民眾說路裂在地震後很多是誇大）。"}
    return s, t


def s554():
    s = Situation(554, "night_power_cut", dt.datetime(2016, 8, 9, 12, 33, 20, tzinfo=UTC), 554)
    A = "powercut_north"
    for sid, sec in (("SN-SIG-005", 6), ("SN-SIG-006", 8), ("SN-SIG-007", 9)):
        s.sensor(sid, "fault", sec, "號誌控制器 失電 黑燈", A)
    s.status("SN-PK-002", "offline", 7, "離線（mains_power_lost）", A)
    s.status("SN-PK-006", "offline", 8, "離線（mains_power_lost）", A)
    s.status("SN-VD-LIMING-01", "offline", 9, "離線（mains_power_lost）", A)
    s.status("SN-VD-KAIXUAN-01", "offline", 10, "離線（mains_power_lost）", A)
    s.sensor("SN-FA-004", "fault", 12, "主電源停電，切換預備電源", A)
    p1 = s.sensor("SN-FA-005", "fault", 13, "主電源停電，切換預備電源", A)
    s.sensor("SN-FA-003", "fault", 14, "主電源停電", A)
    s.sensor("SN-CCTV-005", "signal_dark", 60, "號誌黑燈", A, confidence=0.92)
    s.sensor("SN-CCTV-007", "signal_dark", 75, "號誌黑燈", A, confidence=0.88)
    s.c1999("streetlight", 180, P["j_jingmao_liming"], 50, 250, "黎明路三段整排路燈都不亮，紅綠燈也黑掉了", A)
    s.c1999("traffic_signal", 220, P["j_liming_kaixuan"], 30, 150, "黎明路凱旋路口紅綠燈全黑，車子亂衝很危險", A)
    k = s.c1999("other", 260, P["j_liming_kaixuan"], 150, 400, "我們這整區都停電了，什麼時候會來電？", A)
    s.c1999("other", 400, P["j_74_huanzhong"], 100, 300, "家裡停電，地震跳電嗎？鄰居也都沒電", A)
    s.police("traffic_signal_fault", "Moderate", 600, P["j_liming_kaixuan"], "黎明路三段/凱旋路口 號誌停電全黑，派員指揮交通", A)
    s.police("traffic_signal_fault", "Moderate", 700, P["j_jingmao_liming"], "經貿路二段/黎明路三段 號誌全黑，派員指揮", A)
    s.sensor("SN-VD-JINGMAO-01", "congestion", 420, "平均車速降至11 km/h，佔有率63%", A, severity="Moderate", delay=50)
    s.c1999("streetlight", 1500, P["expoA"], 100, 300, "會展中心旁邊路燈一片漆黑，走路很危險", A)
    # restoration at about +65 min
    for sid, sec in (("SN-SIG-005", 3900), ("SN-SIG-007", 3905)):
        s.sensor(sid, "restored", sec, "恢復正常", A)
    # SIG-006 controller lost its clock in the outage: its RTC restarted at the firmware default date
    s.add("signal", "restored", 3910, 12, "恢復正常", A, sensor_id="SN-SIG-006", observed="2016-01-01T00:01:05Z")
    for sid in ("SN-PK-002", "SN-PK-006", "SN-VD-LIMING-01", "SN-VD-KAIXUAN-01"):
        s.status(sid, "online", 3920, "連線恢復", A)
    s.sensor("SN-FA-004", "normal", 3930, "主電源恢復", A)
    s.sensor("SN-FA-005", "normal", 3932, "主電源恢復", A)
    s.sensor("SN-FA-003", "normal", 3935, "主電源恢復", A)
    s.sensor("SN-VD-JINGMAO-01", "cleared", 4300, "車速回復 41 km/h", A, severity="Minor", delay=50)
    s.add("1999", "other", 4000, 60, "電來了，謝謝", A, pos=s.scatter(P["j_liming_kaixuan"], 150, 400), follows=k)
    # B: lift in the operations tower, stopped by the outage
    b1 = s.c119("rescue", 420, P["tower"], "臺灣智慧營運塔 停電電梯受困2人", "lift_tower")
    s.c1999("other", 380, P["tower"], 10, 60, "智慧營運塔電梯停電卡住，我同事在裡面", "lift_tower")
    s.add("119", "rescue", 1100, 30, "到場，手動將車廂移至樓層", "lift_tower", pos=P["tower"], key=b1 + "-u1", follows=b1)
    s.add("119", "rescue", 1700, 30, "受困2人救出無傷", "lift_tower", pos=P["tower"], key=b1 + "-u2", follows=b1)
    # C: scooter crash at the dark junction
    cx = s.sensor("SN-CCTV-007", "accident", 1500, "疑似事故 路口中央", "crash_liming_kaixuan", confidence=0.66)
    c2 = s.c119("ambulance", 1560, P["j_liming_kaixuan"], "黎明路三段/凱旋路口 機車對撞 1人受傷", "crash_liming_kaixuan", rmax=30)
    s.police("injury_accident", "Moderate", 1650, P["j_liming_kaixuan"], "黎明路三段/凱旋路口 號誌停電 機車對撞，1人輕傷送醫", "crash_liming_kaixuan")
    s.police("other", "Minor", 3000, P["j_liming_kaixuan"], "黎明凱旋路口事故現場排除", "crash_liming_kaixuan")
    # noise
    s.sensor("SN-FA-002", "alarm", 15, "火警受信總機 A棟 偵煙器動作", None)
    s.sensor("SN-FA-002", "normal", 300, "復歸 地震誤報", None)
    s.quake_questions(8, 60, 2400, [P["ecoA"], P["fcu"], P["j_liming_kaixuan"], P["j_74_huanzhong"], P["cmu"]])
    s.congestion_noise(["SN-VD-HUANZHONG-01", "SN-VD-HUANZHONG-04", "SN-VD-HENAN-01", "SN-VD-ZHONGPING-02"], 30, 300)
    s.routine(3, 600, 4200)
    s.status("SN-FL-010", "offline", 200, "離線（comms_lost）", None)
    s.status("SN-FL-010", "online", 1200, "連線恢復", None)
    t = {"description": "20:33 地震（臺中震度5弱）使水湳北側饋線跳脫：經貿/黎明/凱旋3處路口號誌黑燈、停車場與偵測器斷電、會展中心綠美圖營運塔火警總機主電源故障、路燈全暗；約65分鐘後復電。停電中營運塔電梯受困，黎明凱旋黑燈路口機車對撞。",
         "incidents": [inc(A, "infrastructure", "水湳北側停電：3處號誌黑燈、設備斷電、總機主電源故障、路燈全暗，警方路口指揮，約65分鐘後復電", p1),
                       inc("lift_tower", "rescue", "營運塔停電電梯受困2人救出", b1),
                       inc("crash_liming_kaixuan", "traffic", "黎明凱旋黑燈路口機車對撞1人輕傷", c2)],
         "notes": "停電、黑燈號誌、設備離線、總機主電源故障是同一個原因、同一個修復（台電），算一件；各黑燈路口的警力指揮是它的處置。電梯受困與路口車禍雖由停電引起，卻需另派救助隊與救護車，各自成案。一台總機主電源故障可能只是該棟的問題；第二棟（營運塔）總機主電源停電到達時，已有2處號誌失電、1台偵測器斷電，足以判定區域停電而開案。SN-SIG-006 控制器斷電後時鐘重置為出廠預設日期，其復歸事件 observed 為 2016-01-01（錯的時間戳，到達時間才可信）。"}
    return s, t


def s555():
    s = Situation(555, "lift_entrapments", dt.datetime(2016, 9, 14, 3, 20, 5, tzinfo=UTC), 555)
    a1 = s.c119("rescue", 150, P["expoA"], "臺中國際會展中心A棟 2部電梯受困 約9人，出動救助隊", "lift_expoA")
    s.c1999("other", 200, P["expoA"], 10, 60, "我老公被關在會展中心電梯裡，裡面好多人，很熱", "lift_expoA")
    s.add("119", "rescue", 700, 20, "到場，分兩組處理2部電梯", "lift_expoA", pos=P["expoA"], key=a1 + "-u1", follows=a1)
    s.add("119", "rescue", 1600, 20, "兩部電梯受困9人全數救出，1人不適送醫", "lift_expoA", pos=P["expoA"], key=a1 + "-u2", follows=a1)
    b0 = s.c1999("other", 280, P["ecoA"], 5, 40, "我媽被關在經貿路三段我們大樓的電梯，她八十幾歲了", "lift_ecoA")
    b1 = s.c119("rescue", 300, P["ecoA"], "經貿路三段集合住宅 電梯受困1人（年長者）", "lift_ecoA")
    s.dup(b1, 240)
    s.add("119", "rescue", 2100, 30, "受困者救出，意識清楚", "lift_ecoA", pos=P["ecoA"], key=b1 + "-u1", follows=b1)
    c1 = s.c119("rescue", 600, P["cmu"], "中國醫藥大學水湳校區 教學大樓電梯受困3人", "lift_cmu")
    s.add("119", "rescue", 1800, 30, "3人救出無傷", "lift_cmu", pos=P["cmu"], key=c1 + "-u1", follows=c1)
    d1 = s.c1999("other", 420, P["ecoB"], 10, 50, "敦化路那棟大樓外牆磁磚一直掉下來，砸到下面停的機車", "tiles_ecoB")
    s.police("fallen_object", "Moderate", 900, P["ecoB"], "敦化路一段 大樓外牆磁磚剝落，人行道拉封鎖線", "tiles_ecoB")
    s.c1999("other", 1000, P["ecoB"], 20, 100, "敦化路人行道被封起來了，是磁磚掉下來嗎", "tiles_ecoB")
    # a dispatch that found nobody trapped
    h1 = s.c119("rescue", 350, P["hub"], "水湳轉運中心 電梯停止 疑似受困", None, truth_alt="lift_hub_check")
    s.add("119", "rescue", 1000, 20, "到場，電梯已自行恢復，無人受困，返隊", None, pos=P["hub"], key=h1 + "-u1", follows=h1, truth_alt="lift_hub_check")
    s.c1999("other", 500, P["tower"], 20, 80, "大樓電梯地震後停住，管理員說已經恢復了，只是通報一下", None)
    # noise
    s.sensor("SN-FA-002", "alarm", 16, "火警受信總機 A棟 偵煙器動作", None)
    s.sensor("SN-FA-002", "normal", 260, "復歸 地震誤報", None)
    s.sensor("SN-FA-007", "fault", 20, "受信總機 線路短路 第2迴路", None)
    s.sensor("SN-FA-007", "normal", 1300, "復歸", None)
    s.sensor("SN-CCTV-005", "crowding", 240, "人群聚集 人行道", None, confidence=0.81)
    s.sensor("SN-CCTV-006", "crowding", 260, "人群聚集", None, confidence=0.69)
    s.c1999("crowding", 500, P["expoB"], 50, 150, "會展中心外面很多人站著不敢進去", None)
    s.quake_questions(11, 60, 2400, [P["ecoA"], P["ecoB"], P["cmu"], P["hub"], P["tower"]])
    s.congestion_noise(["SN-VD-HUANZHONG-02", "SN-VD-JINGMAO-01", "SN-VD-ZHONGKE-01", "SN-VD-HENAN-02"], 30, 240)
    s.routine(3, 600, 3000)
    t = {"description": "11:20 地震（臺中震度5強）。多處電梯受困同時發生：會展中心A棟2部9人、生態住宅A區1名長者、中國醫水湳校區3人；敦化路大樓外牆磁磚剝落。轉運中心電梯派遣到場無人受困。",
         "incidents": [inc("lift_expoA", "rescue", "會展中心A棟2部電梯受困9人，同一棟同一救助隊，算一件", a1),
                       inc("lift_ecoA", "rescue", "生態住宅A區電梯受困長者1人", b1),
                       inc("lift_cmu", "rescue", "中國醫水湳校區電梯受困3人", c1),
                       inc("tiles_ecoB", "public_safety", "敦化路一段大樓外牆磁磚剝落砸損機車，人行道封鎖", d1)],
         "alternative_reading": {"why": "轉運中心電梯：已派救助隊出勤（協調者開了案），到場才知無人受困；可視為一件已出勤的案，也可視為無事件的雜訊。",
                                 "incidents": [inc("lift_expoA", "rescue", "會展中心A棟電梯受困9人", a1),
                                               inc("lift_ecoA", "rescue", "生態住宅A區電梯受困長者", b1),
                                               inc("lift_cmu", "rescue", "中國醫水湳校區電梯受困3人", c1),
                                               inc("tiles_ecoB", "public_safety", "敦化路大樓外牆磁磚剝落", d1),
                                               inc("lift_hub_check", "rescue", "轉運中心電梯疑似受困，到場無人", h1)]},
         "notes": "外牆磁磚掉落人行道記為 public_safety（危及行人、拉封鎖線）；掉在車道上的記 traffic。家屬的1999來電與119受理各自都足以開案（119先到）。生態住宅A區119受理單重複送達一次（同key）。"}
    return s, t


def s556():
    s = Situation(556, "falling_signs_tiles", dt.datetime(2016, 10, 18, 7, 48, 50, tzinfo=UTC), 556)
    sign = (120.6643, 24.1853)
    a0 = s.c119("rescue", 200, sign, "中清路 招牌掉落砸中自小客車，駕駛受困？", "sign_zhongqing", rmax=30)
    a1 = s.police("fallen_object", "Severe", 240, sign, "中清路近經貿路口 大型樓頂招牌掉落 佔用2車道，1部自小客車受損，駕駛已自行脫困無傷", "sign_zhongqing")
    s.c1999("other", 210, sign, 50, 200, "中清路有一個超大招牌掉下來壓到車子！", "sign_zhongqing")
    s.sensor("SN-VD-ZHONGQING-02", "congestion", 300, "平均車速降至7 km/h，佔有率78%", "sign_zhongqing", severity="Moderate", delay=50)
    s.police("road_closure", "Moderate", 600, sign, "中清路往北 封閉2車道 請用路人改道", "sign_zhongqing", follows=a1)
    s.add("119", "rescue", 700, 20, "駕駛已脫困無傷，協助移除招牌結構", "sign_zhongqing", pos=sign, key=a0 + "-u1", follows=a0)
    s.c1999("other", 1200, sign, 100, 300, "中清路怎麼封起來了，塞好久", "sign_zhongqing")
    # B: tiles at block B, C: tiles at block A
    b1 = s.c1999("other", 500, P["ecoB"], 10, 60, "敦化路大樓外牆磁磚一直掉，人行道都是碎片", "tiles_ecoB")
    s.police("fallen_object", "Moderate", 1100, P["ecoB"], "敦化路一段 集合住宅外牆磁磚剝落 人行道封鎖", "tiles_ecoB")
    c1 = s.c1999("other", 800, P["ecoA"], 10, 60, "經貿路三段我們大樓外牆有磁磚掉到人行道，差點打到人", "tiles_ecoA")
    s.police("fallen_object", "Moderate", 1300, P["ecoA"], "經貿路三段 外牆磁磚掉落 已圍起警戒", "tiles_ecoA")
    amb = s.c1999("other", 950, (120.6592, 24.1832), 0, 20, "經貿路人行道上有很多磁磚碎片，走路要小心", "tiles_ecoA", truth_alt="tiles_ecoB")
    # aftershock at +45 min
    AS = 2700
    s.police("fallen_object", "Severe", AS + 50, sign, "餘震 招牌殘骸再掉落，作業人員暫退", "sign_zhongqing", follows=a1)
    s.c1999("other", AS + 60, P["ecoB"], 10, 80, "剛剛餘震又掉一堆磁磚下來", "tiles_ecoB")
    s.police("other", "Minor", 4800, sign, "中清路招牌清除完畢 恢復通車", "sign_zhongqing", follows=a1)
    s.sensor("SN-VD-ZHONGQING-02", "cleared", 4900, "車速回復 36 km/h", "sign_zhongqing", severity="Minor", delay=50)
    # noise
    s.sensor("SN-FA-004", "alarm", 17, "火警受信總機 5F 偵煙器動作", None)
    s.sensor("SN-FA-004", "normal", 300, "復歸 地震誤報", None)
    s.sensor("SN-FA-004", "alarm", AS + 8, "火警受信總機 5F 偵煙器動作", None)
    s.sensor("SN-FA-004", "normal", AS + 240, "復歸 餘震誤報", None)
    s.sensor("SN-CCTV-006", "crowding", 200, "人群聚集", None, confidence=0.74)
    s.c1999("crowding", 360, P["museumbrary"], 30, 150, "綠美圖的人全部跑出來在外面廣場", None)
    s.quake_questions(9, 60, 2400, [P["ecoA"], P["ecoB"], P["museumbrary"], P["zhongqing_s"], P["cmu"]])
    for _ in range(4):
        s.c1999("other", AS + s.rng.randint(40, 600), s.rng.choice([P["ecoA"], P["fcu"], P["hub"]]), 50, 300,
                s.rng.choice(["剛剛又搖了一次，是餘震嗎", "又在搖了！還會不會更大", "餘震好多，可以回家了嗎"]), None)
    s.congestion_noise(["SN-VD-HUANZHONG-03", "SN-VD-ZHONGQING-01", "SN-VD-KAIXUAN-02", "SN-VD-ZHONGPING-01"], 30, 240)
    s.routine(3, 900, 4500)
    t = {"description": "15:48 地震（臺中震度5強），45分鐘後餘震。中清路樓頂大招牌砸車佔2車道（餘震再掉落）；生態住宅B區（敦化路）與A區（經貿路三段）兩棟大樓外牆磁磚剝落，相距約280公尺，各自圍封。",
         "incidents": [inc("sign_zhongqing", "traffic", "中清路大型招牌掉落砸車佔2車道，封路改道，餘震再落，約80分鐘後清除", a0),
                       inc("tiles_ecoB", "public_safety", "敦化路一段集合住宅外牆磁磚剝落，人行道封鎖；餘震再掉", b1),
                       inc("tiles_ecoA", "public_safety", "經貿路三段集合住宅外牆磁磚掉落，圍起警戒", c1)],
         "alternative_reading": {"why": "經貿路人行道碎片的來電者位於兩棟之間（距A區約80公尺、距B區約190公尺），沒說是哪一棟掉的。",
                                 "incidents": [inc("sign_zhongqing", "traffic", "中清路大型招牌掉落", a0),
                                               inc("tiles_ecoB", "public_safety", "敦化路大樓磁磚剝落，含經貿路碎片", b1),
                                               inc("tiles_ecoA", "public_safety", "經貿路三段大樓磁磚掉落", c1)]},
         "notes": "兩棟大樓各自的封鎖與結構檢查是兩件工作。餘震後同址再掉落屬原案。招牌砸車駕駛疑受困的119受理即足以開案。"}
    return s, t


if __name__ == "__main__":
    for fn in (s551, s552, s553, s554, s555, s556):
        s, t = fn()
        print(*s.write(t))
