"""Situations 2137-2142 (second half of set o107)."""
from datetime import timedelta

from lib import (P, Situation, c1999, dev, f119, local, offset, pol, rule, between)


# ------------------------------------------------------------------ 2137
def s2137():
    s = Situation(2137, "park_car_park_fire_cascade", "2016-12-09 17:30",
                  "週五傍晚下班尖峰，中央公園地下停車場 B2 一輛轎車起火，濃煙從公園排煙口冒出，停車場關閉、經貿路三段封閉供消防車作業。"
                  "改道車流湧入中科路、經貿路北段、中清路與環中路，壅塞在 20 分鐘內擴散到 1 公里外；"
                  "經貿路二段／經貿七路口的回堵車陣裡又發生三車追撞。")
    s.incident("cp_fire", "fire", "中央公園地下停車場 B2 車輛火警，停車場關閉、經貿路三段封閉，管理員嗆傷")
    s.incident("detour_jam", "traffic", "經貿路封閉後改道車流造成中科路、經貿路北段、中清路、環中路大範圍壅塞，需疏導與調整號誌時制")
    s.incident("queue_crash", "traffic", "經貿路二段／經貿七路口回堵車陣三車追撞，無人受傷")
    cp = P["park_cp"]
    jm_close = (120.6581, 24.1880)

    rule(s, 1.0, 60, "SN-VD-HENAN-01", "congestion",
         "河南路車輛偵測器1 平均車速 18 km/h（常態 42 km/h），下班尖峰", None, severity="Minor")
    dev(s, "parking", 3.0, 30, "SN-PK-006", "full", "臺中國際會展中心停車場 車位已滿（晚間展覽）", None)
    dev(s, "fire_alarm", 5.5, 3, "SN-FA-007", "alarm",
        "中央公園地下停車場 火警受信總機：B2 北區 差動式探測器（迴路 02-011）動作 火警", "cp_fire")
    c1999(s, 6.5, 150, s.scatter(cp, 60, 200), "fire_smoke",
          "中央公園草地上那個停車場排煙口一直冒黑煙，味道很臭", "cp_fire")
    k_d = f119(s, 7.0, 60, cp, "fire", "西屯區 中央公園地下停車場 B2 車輛火警 濃煙 第二出動", "cp_fire")
    s.opens("cp_fire", k_d)
    dev(s, "parking", 8.0, 30, "SN-PK-004", "closed", "中央公園地下停車場(北) 入口暫停開放（火警）", "cp_fire")
    c1999(s, 9.0, 200, s.scatter_dir(cp, 300, 420, 350, 20), "fire_smoke",
          "綠美圖前面往公園看，地上好幾個地方在冒煙，是不是地下室失火", "cp_fire")
    pol(s, 10.0, 300, cp, "fire_report", "Moderate", "中央公園地下停車場 B2 車輛火警，員警到場管制出入口", "cp_fire")
    k_r = c1999(s, 11.0, 90, offset(cp, 10, -20), "rescue",
                "我在地下停車場 B2 找不到出口，煙很大，看不到路", "cp_fire")
    k_rr = f119(s, 12.0, 45, offset(cp, 10, -20), "rescue", "地下停車場 B2 民眾 1 名 受困濃煙中 搜救", "cp_fire")
    k_cl = pol(s, 13.0, 300, jm_close, "road_closure", "Moderate",
               "經貿路三段（經貿七路至敦化路）封閉，消防車作業，車輛請改道中科路", "cp_fire")
    rule(s, 15.0, 60, "SN-VD-JINGMAO-02", "congestion",
         "經貿路車輛偵測器2 平均車速 4 km/h（常態 38 km/h），占有率 78%", "cp_fire", severity="Severe")
    f119(s, 16.0, 40, cp, "fire", "第一梯次到達 B2 一輛轎車燃燒 延燒鄰車 1 輛 排煙車到場", "cp_fire",
         status="on_scene", follows=k_d)
    f119(s, 17.0, 40, offset(cp, 10, -20), "rescue", "受困民眾已由消防人員帶出 意識清楚", "cp_fire",
         status="on_scene", follows=k_rr)
    f119(s, 18.0, 60, offset(cp, -20, 15), "ambulance", "停車場管理員 1 名 吸入濃煙 送醫", "cp_fire")
    # the detour jam spreads
    k_j1 = rule(s, 20.0, 60, "SN-VD-ZHONGKE-01", "congestion",
                "中科路車輛偵測器1 平均車速 10 km/h（常態 40 km/h），占有率 57%", "detour_jam",
                severity="Moderate", alt="cp_fire")
    c1999(s, 22.0, 240, s.scatter(cp, 150, 400), "other",
          "我的車停在公園地下停車場，什麼時候可以開出來？", "cp_fire")
    k_j2 = rule(s, 24.0, 60, "SN-VD-JINGMAO-01", "congestion",
                "經貿路車輛偵測器1 南向平均車速 5 km/h（常態 38 km/h），占有率 74%", "detour_jam",
                severity="Severe", alt="cp_fire")
    s.opens("detour_jam", k_j2)
    c1999(s, 26.0, 220, (120.6548, 24.1962), "other",
          "經貿路從環中路一路塞到會展中心，十分鐘動不到一百公尺，前面是怎樣？", "detour_jam", alt="cp_fire")
    rule(s, 28.0, 60, "SN-VD-ZHONGQING-02", "congestion",
         "中清路車輛偵測器2 平均車速 14 km/h（常態 45 km/h）", "detour_jam", severity="Moderate", alt="cp_fire")
    pol(s, 30.0, 360, P["j_jm_hz"], "other", "Moderate",
        "經貿路二段/環中路口派員疏導，南向車輛請改行中清路、中科路", "detour_jam", alt="cp_fire")
    c1999(s, 32.0, 260, (120.6562, 24.1931), "other",
          "公車改道都沒有公告，我在會展中心站牌等了半小時", "detour_jam", alt="cp_fire")
    rule(s, 34.0, 60, "SN-VD-HUANZHONG-03", "congestion",
         "環中路車輛偵測器3 平均車速 13 km/h（常態 50 km/h）", "detour_jam", severity="Moderate", alt="cp_fire")
    # crash in the queue
    dev(s, "cctv", 38.3, 15, "SN-CCTV-006", "accident", "影像分析：路口南側車道偵測車輛碰撞", "queue_crash",
        confidence=0.69)
    k_q = c1999(s, 39.0, 160, s.scatter(P["j_jm_jm7"], 10, 50), "traffic_accident",
                "經貿七路口塞車停著被後面的車追撞，三台車卡在一起", "queue_crash")
    s.opens("queue_crash", k_q)
    pol(s, 40.0, 360, P["j_zq_hz"], "other", "Moderate",
        "中清路/環中路口車多壅塞，請交通局調整號誌時制", "detour_jam", alt="cp_fire")
    pol(s, 43.0, 400, P["j_jm_jm7"], "traffic_accident", "Minor",
        "經貿路二段/經貿七路口 3 車追撞 無人受傷 已移至路邊", "queue_crash")
    s.dup(k_q, 150)
    c1999(s, 50.0, 300, (120.6505, 24.1941), "streetlight", "黎明路三段有一盞路燈不亮", None)
    c1999(s, 55.0, 300, (120.6458, 24.1800), "illegal_parking", "逢甲這邊巷口有車子擋住出入", None)
    f119(s, 60.0, 40, cp, "fire", "火勢撲滅 持續排煙 燒毀車輛 2 輛", "cp_fire", status="on_scene", follows=k_d)
    pol(s, 75.0, 300, jm_close, "road_reopened", "Minor", "經貿路三段解除封閉，恢復通行", "cp_fire", follows=k_cl)
    rule(s, 88.0, 60, "SN-VD-JINGMAO-01", "cleared", "經貿路車輛偵測器1 平均車速回升至 34 km/h，壅塞解除",
         "detour_jam", severity="Minor", alt="cp_fire")
    f119(s, 95.0, 40, cp, "fire", "排煙完成 現場交還 返隊", "cp_fire", status="closed", follows=k_d)
    dev(s, "fire_alarm", 98.0, 4, "SN-FA-007", "normal", "中央公園地下停車場 火警受信總機：迴路 02-011 復歸",
        "cp_fire")
    s.alternative(
        "壅塞全是火警封路的後果，封路解除後就消失；也可以把改道壅塞併在火警這一案（由火警現場的管制員警一併處理），"
        "只有車陣裡的追撞另立一案。",
        [("cp_fire", "fire", "中央公園地下停車場車輛火警，含封路與改道壅塞", k_d),
         ("queue_crash", "traffic", "經貿路二段／經貿七路口回堵車陣三車追撞", k_q)])
    s.notes = "火場旁經貿路車輛偵測器2（約 250 公尺）的壅塞與封路在兩種讀法中都屬火警。"
    return s.write()


# ------------------------------------------------------------------ 2138
def s2138():
    s = Situation(2138, "pond_watch_and_underpass", "2016-05-22 13:00",
                  "梅雨午後豪雨，中央公園北滯洪池水位升到二級警戒、滯洪池 1、2 水深超過 30 公分，步道淹到需拉封鎖線勸離民眾（滯洪池監看）；"
                  "同時約 1.1 公里外的中清環中路口地下道淹水，一輛轎車受困。黎明路凱旋路口低窪處的水深計突然跳到 58 公分、"
                  "10 分鐘後又回 0，路口攝影機沒看到積水，稍早有人報黎明路水溝被落葉堵住。")
    s.incident("pond_watch", "flood_risk", "中央公園滯洪池監看：北滯洪池水位達二級警戒，周邊步道封鎖勸離")
    s.incident("underpass_flood", "flood", "中清環中路口地下道淹水，轎車受困，地下道雙向封閉")
    uf = (120.65724, 24.1989)

    rule(s, 10.0, 45, "C0F9T0", "heavy_rain", "西屯站 時雨量 44.0 mm，達大雨標準", None, level="大雨")
    rule(s, 15.0, 45, "SN-RG-001", "heavy_rain", "中央公園雨量站 時雨量 48.5 mm，達大雨標準", None, level="大雨")
    k_bd = c1999(s, 30.0, 200, (120.6485, 24.1931), "blocked_drain",
                 "黎明路三段靠凱旋路這邊水溝蓋被落葉塞住，雨水都排不掉", None, alt="liming_low")
    k_o = rule(s, 40.0, 50, "SN-WL-001", "water_level", "中央公園北滯洪池水位 2.04 m，達三級警戒", "pond_watch",
               level="3")
    s.opens("pond_watch", k_o)
    rule(s, 42.0, 40, "SN-FL-001", "flood_depth", "中央公園滯洪池1 淹水深度 24 cm", "pond_watch", level="16-30")
    rule(s, 50.0, 40, "SN-FL-006", "flood_depth", "中清環中路口地下道 淹水深度 21 cm", "underpass_flood",
         level="16-30")
    k_spike = rule(s, 52.0, 40, "SN-FL-009", "flood_depth", "黎明路凱旋路口低窪處 淹水深度 58 cm", None,
                   level=">30", alt="liming_low")
    rule(s, 55.0, 40, "SN-FL-002", "flood_depth", "中央公園滯洪池2 淹水深度 19 cm", "pond_watch", level="16-30")
    k_u = rule(s, 58.0, 40, "SN-FL-006", "flood_depth", "中清環中路口地下道 淹水深度 37 cm", "underpass_flood",
               level=">30")
    s.opens("underpass_flood", k_u)
    dev(s, "cctv", 60.0, 20, "SN-CCTV-008", "flooding", "影像分析：地下道入口偵測路面積水", "underpass_flood",
        confidence=0.72)
    rule(s, 60.5, 45, "SN-RG-002", "heavy_rain", "水湳轉運中心雨量站 3 小時累積雨量 104.5 mm，達豪雨標準", None,
         level="豪雨")
    rule(s, 62.0, 40, "SN-FL-001", "flood_depth", "中央公園滯洪池1 淹水深度 36 cm", "pond_watch", level=">30")
    rule(s, 62.0, 40, "SN-FL-009", "cleared", "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除", None,
         severity="Minor", alt="liming_low")
    k_c = c1999(s, 62.0, 120, s.scatter(uf, 20, 70), "flooding",
                "中清路環中路那個地下道淹水了，有一台車開進去熄火", "underpass_flood")
    k_r = f119(s, 64.0, 60, offset(uf, 0, -30), "rescue", "中清環中路口地下道 轎車受困 駕駛爬上車頂待援",
               "underpass_flood")
    k_cl = pol(s, 66.0, 300, uf, "road_closure", "Severe", "中清路環中路口地下道積水，雙向封閉", "underpass_flood")
    rule(s, 68.0, 60, "SN-VD-ZHONGQING-01", "congestion",
         "中清路車輛偵測器1 平均車速 6 km/h（常態 45 km/h），占有率 66%", "underpass_flood", severity="Severe")
    rule(s, 70.0, 50, "SN-WL-001", "water_level", "中央公園北滯洪池水位 2.53 m，達二級警戒", "pond_watch",
         level="2")
    rule(s, 70.5, 60, "SN-VD-HUANZHONG-03", "congestion",
         "環中路車輛偵測器3 平均車速 15 km/h（常態 50 km/h）", "underpass_flood", severity="Moderate")
    k_pc = c1999(s, 72.0, 180, s.scatter((120.6556, 24.18834), 30, 90), "flooding",
                 "中央公園北邊滯洪池水滿到步道上了，還有小朋友在旁邊玩水，很危險", "pond_watch")
    f119(s, 73.0, 40, offset(uf, 0, -30), "rescue", "到達 以救生艇接駁駕駛", "underpass_flood",
         status="on_scene", follows=k_r)
    pol(s, 80.0, 300, (120.6549, 24.1885), "road_closure", "Minor",
        "中央公園北側滯洪池周邊步道拉封鎖線，勸離民眾", "pond_watch")
    s.dup(k_c, 140)
    rule(s, 85.0, 40, "SN-FL-003", "flood_depth", "中央公園滯洪池3 淹水深度 11 cm", "pond_watch", level="1-15",
         alt=None)
    c1999(s, 88.0, 300, (120.6463, 24.1796), "other", "我們家一樓後面排水孔在冒水", None)
    c1999(s, 90.0, 260, (120.6572, 24.1812), "公園路樹", "公園南邊草地有一棵小樹倒了，沒有擋路", None)
    f119(s, 95.0, 40, offset(uf, 0, -30), "rescue", "駕駛已救出 無傷 結案", "underpass_flood",
         status="closed", follows=k_r)
    rule(s, 95.0, 40, "SN-FL-004", "flood_depth", "中央公園滯洪池4 淹水深度 7 cm", "pond_watch", level="1-15",
         alt=None)
    c1999(s, 100.0, 240, s.scatter(uf, 40, 120), "other",
          "地下道封起來了，公車要改走哪裡？我在中清路站牌等很久", "underpass_flood")
    rule(s, 110.0, 40, "SN-FL-006", "cleared", "中清環中路口地下道 淹水深度 4 cm，警戒解除", "underpass_flood",
         severity="Minor")
    pol(s, 120.0, 300, uf, "road_reopened", "Minor", "地下道抽水完成，恢復通行", "underpass_flood", follows=k_cl)
    rule(s, 130.0, 50, "SN-WL-001", "water_level_falling", "中央公園北滯洪池水位回降至 2.31 m，低於二級警戒",
         "pond_watch", severity="Minor")
    c1999(s, 135.0, 300, (120.6505, 24.1941), "streetlight", "黎明路三段路燈有一盞不亮", None)
    s.alternative(
        "黎明路低窪處 58 公分的讀數在查證前也可以視為真的積水，派員到場確認，與先前的水溝阻塞來電合成一案；"
        "而南側滯洪池 3、4 的淺水是滯洪池正常蓄水，不必算進監看。",
        [("pond_watch", "flood_risk", "中央公園北滯洪池水位監看與步道封鎖", k_o),
         ("underpass_flood", "flood", "中清環中路口地下道淹水、轎車受困", k_u),
         ("liming_low", "flood", "黎明路凱旋路口低窪處疑似積水（待查證）", k_spike)])
    s.notes = ("SN-FL-009 的 58 cm 讀數 10 分鐘內歸零，路口 SN-CCTV-007 沒有積水事件，判斷為感測器異常（可能有車停在感測器上方），"
               "主讀法標為背景；雨量站警報是全區性的，標為背景。")
    return s.write()


# ------------------------------------------------------------------ 2139
def s2139():
    s = Situation(2139, "reclamation_leak_vs_road_works", "2016-04-14 10:00",
                  "上午北北西風，水湳水資源回收中心加藥機房次氯酸鈉管線破裂並與酸液混合產生氯氣，2 名員工不適送醫，"
                  "下風處中國醫藥大學水湳校區聞到刺鼻味並疏散。同一時段中平路（經貿路至皇城街）正在刨鋪柏油，"
                  "下風更遠的中平路東段也有人報怪味，分不清是氯氣還是柏油；約 1.4 公里外上風處另有一戶住宅瓦斯外洩。")
    s.incident("chlorine_leak", "hazmat", "水湳水資源回收中心加藥機房氯氣外洩，員工 2 人送醫，中國醫水湳校區疏散，經貿路管制")
    s.incident("house_gas", "hazmat", "逢甲一帶住宅廚房瓦斯外洩，瓦斯公司處理")
    rc = P["reclaim"]
    works = (120.6635, 24.1748)

    s.add("planned_event", "road_works", local("2016-04-14 09:00"), 0,
          "中平路（經貿路至皇城街）路面刨除加鋪 AC 瀝青 09:00-17:00 半幅施工，交維人員指揮", None,
          pos=works, ends=local("2016-04-14 17:00"), radius_m=400, arrival=local("2016-04-10 16:20"))
    rule(s, 5.0, 60, "SN-VD-HUANZHONG-04", "congestion", "環中路車輛偵測器4 平均車速 22 km/h（常態 48 km/h）",
         None, severity="Minor")
    c1999(s, 12.0, 260, (120.6503, 24.1940), "streetlight", "黎明路三段路燈白天一直亮著，很浪費電", None)
    rule(s, 18.0, 60, "SN-VD-ZHONGPING-02", "congestion",
         "中平路車輛偵測器2 平均車速 13 km/h（常態 40 km/h），施工縮減車道", None, severity="Moderate")
    dev(s, "fire_alarm", 21.0, 4, "SN-FA-008", "fault",
        "水湳水資源回收中心 火警受信總機：加藥機房 排風機連動 異常", "chlorine_leak")
    k_h = f119(s, 23.0, 60, rc, "hazmat",
               "北屯區 水湳水資源回收中心 加藥機房 次氯酸鈉管線破裂與酸液混合 疑氯氣外洩 員工 2 人不適 派遣化災車",
               "chlorine_leak")
    s.opens("chlorine_leak", k_h)
    c1999(s, 24.0, 180, s.scatter_dir(rc, 280, 380, 175, 15), "gas_odor",
          "中國醫水湳校區這邊有很重的漂白水味，喉嚨刺刺的", "chlorine_leak")
    c1999(s, 26.0, 200, s.scatter_dir(rc, 280, 400, 165, 15), "gas_odor",
          "學校教室外面有刺鼻的味道，好幾個同學在咳嗽", "chlorine_leak")
    pol(s, 28.0, 300, rc, "hazmat_report", "Severe", "水湳水資源回收中心氯氣外洩，員警到場管制周邊", "chlorine_leak")
    f119(s, 30.0, 60, offset(rc, -30, 20), "ambulance", "水資源回收中心 員工 2 名 吸入刺激性氣體 呼吸不適 送醫",
         "chlorine_leak")
    f119(s, 31.0, 40, rc, "hazmat", "化災車到達 著 A 級防護衣進入 關斷閥門", "chlorine_leak",
         status="on_scene", follows=k_h)
    k_ev = pol(s, 33.0, 300, P["cmu"], "evacuation", "Moderate",
               "中國醫藥大學水湳校區 教學大樓師生約 400 人疏散至西側停車場", "chlorine_leak")
    c1999(s, 35.0, 220, s.scatter(P["cmu"], 10, 60), "evacuation",
          "學校叫我們全部撤離到停車場，是發生什麼事了？", "chlorine_leak")
    k_cl = pol(s, 36.0, 300, (120.6598, 24.1760), "road_closure", "Moderate",
               "經貿路（中平路至水資源回收中心段）管制，禁止車輛人員進入", "chlorine_leak")
    dev(s, "cctv", 38.0, 15, "SN-CCTV-011", "crowding", "影像分析：人行道人群聚集（停留）", "chlorine_leak",
        confidence=0.58)
    c1999(s, 40.0, 240, s.scatter(works, 80, 250), "gas_odor",
          "中平路這邊有刺鼻的味道，眼睛有點刺痛", "chlorine_leak", alt=None)
    c1999(s, 46.0, 260, s.scatter(works, 80, 250), "gas_odor",
          "空氣有怪怪的化學味道，要不要關窗戶？", "chlorine_leak", alt=None)
    k_g = c1999(s, 50.0, 120, (120.6455, 24.1785), "gas_odor",
                "家裡廚房瓦斯味很重，已經把總開關關掉了，要怎麼辦", "house_gas")
    c1999(s, 52.0, 280, s.scatter(works, 20, 120), "環境公害",
          "中平路在鋪柏油，臭到不行，窗戶關起來還聞得到", None)
    k_g2 = f119(s, 53.0, 60, (120.6455, 24.1785), "hazmat", "西屯區 住宅 瓦斯外洩 住戶已關總開關", "house_gas")
    s.opens("house_gas", k_g2)
    f119(s, 60.0, 40, (120.6455, 24.1785), "hazmat", "到達 偵測瓦斯濃度 開窗通風", "house_gas",
         status="on_scene", follows=k_g2)
    s.dup(k_g, 200)
    f119(s, 80.0, 40, (120.6455, 24.1785), "hazmat", "瓦斯管線接頭鬆脫 已由瓦斯公司處理 返隊", "house_gas",
         status="closed", follows=k_g2)
    f119(s, 90.0, 40, rc, "hazmat", "洩漏已止 水霧稀釋中 周界偵測 0.3 ppm", "chlorine_leak",
         status="on_scene", follows=k_h)
    c1999(s, 95.0, 300, (120.6460, 24.1802), "noise", "逢甲這邊工地一直在敲", None)
    pol(s, 100.0, 400, (120.6320, 24.1747), "theft", "Minor", "臺灣大道環中路口 機車零件遭竊 受理", None)
    dev(s, "fire_alarm", 120.0, 4, "SN-FA-008", "normal", "水湳水資源回收中心 火警受信總機：異常復歸",
        "chlorine_leak")
    f119(s, 140.0, 40, rc, "hazmat", "環境偵測正常 解除管制 返隊", "chlorine_leak", status="closed", follows=k_h)
    pol(s, 142.0, 300, (120.6598, 24.1760), "road_reopened", "Minor", "經貿路解除管制，恢復通行", "chlorine_leak",
        follows=k_cl)
    c1999(s, 145.0, 240, s.scatter(P["cmu"], 10, 60), "other", "請問我們現在可以回教學大樓了嗎？", "chlorine_leak")
    pol(s, 150.0, 300, P["cmu"], "other", "Minor", "中國醫藥大學水湳校區疏散解除，師生返回大樓", "chlorine_leak",
        follows=[k_ev])
    s.alternative(
        "中平路東段的兩通怪味來電在道路施工許可範圍內（半徑 400 公尺），也可以讀成柏油刨鋪的味道，不是氯氣外洩，"
        "不必列入化災案。",
        [("chlorine_leak", "hazmat", "水湳水資源回收中心氯氣外洩（不含中平路東段怪味來電）", k_h),
         ("house_gas", "hazmat", "逢甲一帶住宅瓦斯外洩", k_g2)])
    s.notes = ("道路施工許可是已知的計畫性工程，沒有派工，標為背景；中平路車輛偵測器2 的壅塞在外洩之前就因施工縮減車道出現。"
               "風向北北西（吹向東南），中國醫水湳校區在回收中心下風約 300 公尺，中平路東段約 600-800 公尺。")
    return s.write()


# ------------------------------------------------------------------ 2140
def s2140():
    s = Situation(2140, "night_search_missing_elder", "2016-03-05 20:00",
                  "週六晚上，生態住宅 A區一位 82 歲失智長者 19:45 自行外出，家屬 20:35 報案。之後陸續有人在綠美圖、經貿路、"
                  "中央公園草地看到疑似的長者；同一段時間轉運中心公車站有酒醉男子路倒、中清路便利商店前有一位老太太久坐被通報，"
                  "稍晚轉運中心月台有兩名男子因排隊互毆。協調員要分辨哪些目擊是同一位長者。")
    s.incident("missing_elder", "rescue", "82 歲失智長者走失協尋，21:30 於中央公園草地尋獲，疑失溫送醫")
    s.incident("drunk_hub", "rescue", "水湳轉運中心公車站酒醉男子路倒送醫")
    s.incident("hub_fight", "public_safety", "水湳轉運中心客運月台兩名男子互毆，1 人唇部撕裂傷")
    ea = P["eco_a"]
    lawn = (120.6555, 24.1868)

    c1999(s, 10.0, 300, (120.6460, 24.1798), "noise", "逢甲這邊酒吧音樂很大聲", None)
    k_m = c1999(s, 35.0, 150, offset(ea, 10, 5), "missing_person",
                "我爸爸 82 歲有失智，七點四十五分自己走出去到現在還沒回來，穿灰色夾克、深色長褲", "missing_elder")
    s.opens("missing_elder", k_m)
    k_pm = pol(s, 48.0, 240, ea, "missing_person", "Severe",
               "協尋 82 歲失智老翁 灰色夾克 深色長褲 身高約 165 公分 由生態住宅 A區 步行離家", "missing_elder")
    pol(s, 55.0, 400, (120.6521, 24.1793), "theft", "Minor", "逢甲大學水湳校區側門 自行車失竊 受理", None)
    c1999(s, 44.0, 240, s.scatter_dir(ea, 150, 300, 250, 30), "other",
          "剛剛七點多有看到一個阿伯慢慢往公園那邊走，不知道是不是你們在找的", "missing_elder")
    pol(s, 58.0, 300, P["museumbrary"], "other", "Minor", "巡邏員警於綠美圖、經貿路周邊查尋走失老翁，尚未發現",
        "missing_elder", follows=[k_pm])
    dev(s, "parking", 66.0, 30, "SN-PK-004", "empty", "中央公園地下停車場(北) 夜間車位全空", None)
    c1999(s, 82.0, 240, (120.6612, 24.1858), "noise", "敦化路這邊有人在改裝車排氣管很吵", None)
    c1999(s, 62.0, 180, s.scatter(P["museumbrary"], 5, 40), "other",
          "綠美圖門口有一位阿伯一直問路，講不清楚要去哪裡，穿灰色外套", "missing_elder")
    c1999(s, 70.0, 200, (120.6640, 24.1870), "other",
          "中清路便利商店門口有一位老太太坐很久了，問她也不太回答", None, alt="missing_elder")
    k_d = c1999(s, 75.0, 120, s.scatter(P["hub"], 10, 50), "rescue",
                "轉運站公車站牌旁邊有人躺在地上，叫都叫不醒", "drunk_hub")
    c1999(s, 75.5, 220, (120.6585, 24.1880), "other",
          "經貿路上有個老人家在路邊走來走去，好像迷路了", "missing_elder")
    k_da = f119(s, 78.0, 60, offset(P["hub"], 15, -25), "ambulance", "水湳轉運中心 公車站 男子 約 40 歲 酒醉路倒",
                "drunk_hub")
    s.opens("drunk_hub", k_da)
    pol(s, 80.0, 300, offset(P["hub"], 15, -25), "medical", "Minor", "轉運中心前酒醉男子路倒，已由救護車送醫",
        "drunk_hub")
    c1999(s, 85.0, 260, (120.6560, 24.1850), "streetlight",
          "公園步道路燈好幾盞不亮，大家在裡面找人很難找", None)
    k_l = c1999(s, 90.0, 120, s.scatter(lawn, 5, 40), "rescue",
                "公園草地上有一位老先生坐在地上，穿很少一直發抖", "missing_elder")
    f119(s, 93.0, 60, lawn, "ambulance", "中央公園草地 老翁 疑失溫 意識清楚 送醫", "missing_elder")
    pol(s, 100.0, 300, lawn, "other", "Minor", "協尋之失智老翁已於中央公園草地尋獲，送醫檢查，通知家屬",
        "missing_elder", follows=[k_pm])
    s.add("1999", "missing_person", s.t(101.0), 0, "家屬來電：人已經找到了，謝謝", "missing_elder",
          pos=(s.by_key[k_m]["lon"], s.by_key[k_m]["lat"]), status="已結案", follows=k_m,
          arrival=s.t(105.0))
    c1999(s, 110.0, 300, (120.6572, 24.1790), "動物救援", "公園南邊有一隻貓卡在排水溝", None)
    k_f = c1999(s, 130.0, 110, s.scatter(P["hub"], 10, 60), "other", "轉運站那邊兩個人在打架，有人流血", "hub_fight")
    s.opens("hub_fight", k_f)
    pol(s, 133.0, 280, offset(P["hub"], -10, 20), "public_disturbance", "Moderate",
        "轉運中心客運月台 2 名男子因排隊糾紛互毆，已帶回派出所", "hub_fight")
    f119(s, 136.0, 60, offset(P["hub"], -10, 20), "ambulance", "水湳轉運中心 男子 唇部撕裂傷 送醫", "hub_fight")
    s.dup(k_f, 120)
    c1999(s, 150.0, 300, (120.6544, 24.1958), "illegal_parking", "經貿六停車場門口有車停在出入口", None)
    s.alternative(
        "中清路便利商店前的老太太，當時沒有人確認她與走失長者無關（長者是男性，但目擊者常弄錯），"
        "搜尋期間協調員也可能把這通當成協尋的線索派警察去看。",
        [("missing_elder", "rescue", "82 歲失智長者走失協尋（含中清路目擊）", k_m),
         ("drunk_hub", "rescue", "水湳轉運中心公車站酒醉男子路倒", k_da),
         ("hub_fight", "public_safety", "水湳轉運中心客運月台互毆", k_f)])
    s.notes = ("轉運中心路倒的第一通來電（21:15）在協尋期間、沒說年紀，可能被誤當成長者；救護紀錄說明是 40 歲酒醉男子。"
               "搜尋志工反映的路燈不亮是例行路燈案，標為背景。")
    return s.write()


# ------------------------------------------------------------------ 2141
def s2141():
    s = Situation(2141, "feeder_trip_dark_signals", "2016-07-30 14:45",
                  "週六酷暑午後台電饋線跳脫，北側園區（會展中心、營運塔、綠美圖、經貿路店面）停電，經貿路二段與黎明路、經貿七路兩個路口號誌熄滅，"
                  "路口機櫃的攝影機與車輛偵測器因市電中斷離線；營運塔電梯停電困 3 人；黑燈期間經貿路／黎明路口兩車擦撞。"
                  "15:40 復電。")
    s.incident("power_cut", "infrastructure", "台電饋線跳脫，北側園區停電，兩處路口號誌熄滅、機櫃設備離線，員警路口指揮，15:40 復電")
    s.incident("lift_rescue", "rescue", "臺灣智慧營運塔電梯停電受困 3 人")
    s.incident("dark_crash", "traffic", "號誌熄滅期間經貿路二段／黎明路三段口兩車擦撞")
    jl, j7 = P["j_jm_lm"], P["j_jm_jm7"]

    rule(s, 2.0, 60, "SN-VD-HUANZHONG-04", "congestion", "環中路車輛偵測器4 平均車速 23 km/h（常態 48 km/h）",
         None, severity="Minor")
    k_s5 = dev(s, "signal", 5.0, 3, "SN-SIG-005", "fault", "號誌控制器回報：市電中斷，燈號熄滅（備援電池回報）",
               "power_cut", alt="dark_signals")
    dev(s, "signal", 5.05, 3, "SN-SIG-006", "fault", "號誌控制器回報：市電中斷，燈號熄滅（備援電池回報）",
        "power_cut", alt="dark_signals")
    for i, (d, gw) in enumerate((("SN-CCTV-005", "TB-CAB-005"), ("SN-VD-JINGMAO-01", "TB-CAB-005"),
                                 ("SN-CCTV-006", "TB-CAB-006"))):
        dev(s, "status", 5.1 + i * 0.02, 2, d, "offline", "設備離線：市電中斷", "power_cut",
            reason="mains_power_lost", gateway=gw)
    k_fa2 = dev(s, "fire_alarm", 5.3, 4, "SN-FA-002", "fault", "臺中國際會展中心 A棟 受信總機：主電源停電，切換預備電源",
                "power_cut")
    s.opens("power_cut", k_fa2)
    dev(s, "fire_alarm", 5.4, 4, "SN-FA-005", "fault", "臺灣智慧營運塔 受信總機：主電源停電，預備電源供電中",
        "power_cut")
    dev(s, "fire_alarm", 5.5, 4, "SN-FA-004", "fault", "臺中綠美圖 受信總機：主電源停電，預備電源供電中",
        "power_cut")
    k_p1 = c1999(s, 6.0, 150, s.scatter(P["tower"], 10, 60), "power_outage", "智慧營運塔這邊整棟停電了",
                 "power_cut")
    c1999(s, 7.0, 170, (120.6560, 24.1950), "power_outage", "經貿路這排店面全部停電，冷氣都停了", "power_cut")
    k_l = c1999(s, 7.5, 90, s.scatter(P["tower"], 0, 20), "rescue", "營運塔電梯停電卡住了，裡面有 3 個人",
                "lift_rescue")
    k_sc = c1999(s, 8.0, 180, s.scatter(jl, 10, 40), "traffic_signal", "經貿路黎明路口紅綠燈全部不亮",
                 "power_cut", alt="dark_signals")
    k_lr = f119(s, 9.0, 60, P["tower"], "rescue", "臺灣智慧營運塔 電梯停電受困 3 人", "lift_rescue")
    s.opens("lift_rescue", k_lr)
    k_pj = pol(s, 10.0, 300, jl, "traffic_signal_fault", "Moderate", "經貿路二段/黎明路三段號誌熄滅，派員指揮交通",
               "power_cut", alt="dark_signals")
    pol(s, 12.0, 300, j7, "traffic_signal_fault", "Moderate", "經貿路二段/經貿七路口號誌熄滅，派員指揮交通",
        "power_cut", alt="dark_signals")
    c1999(s, 13.0, 200, s.scatter(j7, 10, 40), "traffic_signal", "經貿七路口紅綠燈也沒亮，車子都在搶",
          "power_cut", alt="dark_signals")
    rule(s, 15.0, 20, "SN-VD-JINGMAO-01", "sensor_offline", "經貿路車輛偵測器1 超過 5 分鐘未回傳資料",
         "power_cut", severity="Minor", gateway="TB-CAB-005")
    f119(s, 17.0, 40, P["tower"], "rescue", "到達 以電梯鑰匙開門", "lift_rescue", status="on_scene", follows=k_lr)
    k_cr = c1999(s, 18.5, 150, s.scatter(jl, 10, 40), "traffic_accident",
                 "黎明路口紅綠燈沒亮，兩台車在路口撞到了", "dark_crash")
    s.opens("dark_crash", k_cr)
    for i, (d, gw) in enumerate((("SN-SIG-005", "TB-CAB-005"), ("SN-SIG-006", "TB-CAB-006"))):
        dev(s, "status", 20.0 + i * 0.05, 2, d, "offline", "設備離線：市電中斷，備援電池耗盡", "power_cut",
            reason="mains_power_lost", gateway=gw)
    pol(s, 21.0, 300, jl, "traffic_accident", "Minor", "經貿路二段/黎明路三段口 號誌熄滅期間 2 車擦撞 無人受傷",
        "dark_crash")
    rule(s, 22.0, 60, "SN-VD-LIMING-01", "congestion",
         "黎明路車輛偵測器1 東向平均車速 8 km/h（常態 40 km/h），占有率 61%", "dark_crash", severity="Moderate",
         alt="dark_signals")
    c1999(s, 25.0, 200, s.scatter(P["museumbrary"], 5, 40), "power_outage",
          "綠美圖停電，館內廣播請大家先離開", "power_cut")
    c1999(s, 28.0, 250, (120.6462, 24.1796), "water_outage", "逢甲這邊今天停水都沒看到公告", None)
    c1999(s, 30.0, 220, (120.6575, 24.1945), "other", "停電那麼久，店裡冰箱的東西會不會壞掉，台電什麼時候來電？",
          "power_cut")
    f119(s, 32.0, 40, P["tower"], "rescue", "受困 3 人已救出 均無傷 返隊", "lift_rescue", status="closed",
         follows=k_lr)
    s.dup(k_p1, 300)
    c1999(s, 40.0, 260, (120.6503, 24.1942), "streetlight", "黎明路三段路燈白天一直亮著", None)
    # power back at 15:40
    dev(s, "signal", 55.0, 3, "SN-SIG-005", "restored", "號誌控制器回報：市電恢復，燈號正常", "power_cut",
        alt="dark_signals")
    dev(s, "signal", 55.1, 3, "SN-SIG-006", "restored", "號誌控制器回報：市電恢復，燈號正常", "power_cut",
        alt="dark_signals")
    for i, (d, gw) in enumerate((("SN-CCTV-005", "TB-CAB-005"), ("SN-VD-JINGMAO-01", "TB-CAB-005"),
                                 ("SN-CCTV-006", "TB-CAB-006"), ("SN-SIG-005", "TB-CAB-005"),
                                 ("SN-SIG-006", "TB-CAB-006"))):
        dev(s, "status", 55.3 + i * 0.03, 2, d, "online", "設備恢復連線", "power_cut", gateway=gw)
    for i, d in enumerate(("SN-FA-002", "SN-FA-005", "SN-FA-004")):
        dev(s, "fire_alarm", 55.5 + i * 0.1, 4, d, "normal", "受信總機：主電源恢復", "power_cut")
    pol(s, 58.0, 240, jl, "other", "Minor", "經貿路號誌恢復，路口指揮員警收勤", "power_cut", follows=[k_pj],
        alt="dark_signals")
    pol(s, 62.0, 360, (120.6320, 24.1747), "theft", "Minor", "臺灣大道環中路口 超商 竊盜 受理", None)
    s.alternative(
        "路口號誌熄滅要派員警指揮交通、交通局確認號誌，也可以從停電案拆出一件獨立的交通案（黑燈路口），"
        "黎明路上的回堵也算在黑燈路口這一案；停電本身（台電、設備離線、大樓停電）仍是一案。",
        [("power_cut", "infrastructure", "台電饋線跳脫，北側園區停電、設備離線", k_fa2),
         ("dark_signals", "traffic", "經貿路二段兩處路口號誌熄滅，員警指揮交通", k_s5),
         ("lift_rescue", "rescue", "臺灣智慧營運塔電梯停電受困 3 人", k_lr),
         ("dark_crash", "traffic", "黑燈期間經貿路二段／黎明路三段口兩車擦撞", k_cr)])
    s.notes = "受信總機 fault 的文字說主電源停電，是停電的證據不是火警；逢甲停水是另一區的例行案，標為背景。"
    return s.write()


# ------------------------------------------------------------------ 2142
def s2142():
    s = Situation(2142, "drill_and_real_kitchen_fire", "2016-05-11 09:00",
                  "臺中國際會展中心 B館正舉辦智慧城市展（每日約 8,000 人次），A館 10:00-11:00 進行事先報備的自衛消防編組演練，"
                  "A棟受信總機發報、施放煙霧機、疏散 600 人，市民以為失火打 1999。演練進行中 10:26，B館一樓餐飲區廚房排油煙管真的起火，"
                  "B棟受信總機發報，第一時間很容易被當成演練的一部分。")
    s.incident("expo", "planned_event", "會展中心 B館 智慧城市展：停車場滿、經貿路壅塞與違停")
    s.incident("drill", "planned_event", "會展中心 A館 報備之自衛消防編組演練（警報、煙霧機、疏散）")
    s.incident("b_fire", "fire", "會展中心 B館 1F 餐飲區廚房排油煙管火警，展場疏散，廚師手部灼傷")
    hb = P["hall_b"]
    k_expo = s.add("planned_event", "exhibition", local("2016-05-11 09:00"), 0,
                   "臺中國際會展中心 B館「2016 智慧城市暨物聯網展」5/11-5/14 09:00-18:00 預估每日 8,000 人次",
                   "expo", pos=P["ticec"], ends=local("2016-05-14 18:00"), radius_m=300,
                   arrival=local("2016-05-02 14:05"))
    s.opens("expo", k_expo)
    k_dr = s.add("planned_event", "event", local("2016-05-11 10:00"), 0,
                 "臺中國際會展中心 A館 自衛消防編組演練 10:00-11:00（火警受信總機發報、煙霧機施放、疏散演練），轄區消防分隊會同",
                 "drill", pos=P["hall_a"], ends=local("2016-05-11 11:00"), radius_m=150,
                 arrival=local("2016-05-06 09:40"), alt=None)
    s.opens("drill", k_dr)
    c1999(s, 10.0, 300, (120.6565, 24.1956), "noise", "會展中心二期工地一直在打樁", None)
    dev(s, "parking", 30.0, 30, "SN-PK-006", "full", "臺中國際會展中心停車場 車位已滿", "expo")
    rule(s, 35.0, 60, "SN-VD-JINGMAO-01", "congestion",
         "經貿路車輛偵測器1 南向平均車速 16 km/h（常態 38 km/h）", "expo", severity="Moderate")
    c1999(s, 40.0, 240, (120.6560, 24.1952), "illegal_parking", "經貿路會展中心外面紅線停滿了車", "expo")
    rule(s, 45.0, 60, "SN-VD-HUANZHONG-04", "congestion", "環中路車輛偵測器4 平均車速 24 km/h（常態 48 km/h）",
         None, severity="Minor")
    # the drill
    dev(s, "fire_alarm", 62.0, 4, "SN-FA-002", "alarm", "臺中國際會展中心 A棟 受信總機：3F 偵煙探測器（迴路 05-021）動作 火警",
        "drill", alt=None)
    c1999(s, 64.0, 180, s.scatter(P["hall_a"], 50, 150), "fire_smoke",
          "會展中心A館警鈴一直響，門口有白煙冒出來", "drill", alt=None)
    pol(s, 66.0, 300, offset(P["hall_a"], -40, 30), "evacuation", "Minor",
        "會展中心 A館 演練疏散 約 600 人至戶外廣場", "drill", alt=None)
    c1999(s, 68.0, 220, (120.6540, 24.1955), "other", "會展中心是不是火災？好多人跑出來", "drill", alt=None)
    # the real fire
    k_fa = dev(s, "fire_alarm", 86.0, 4, "SN-FA-003", "alarm",
               "臺中國際會展中心 B棟 受信總機：1F 餐飲區 定溫式探測器（迴路 01-033）動作 火警", "b_fire")
    k_c = c1999(s, 88.0, 100, s.scatter(hb, 0, 30), "fire_smoke",
                "B館餐飲區廚房真的起火了，不是演習！排油煙管在冒火", "b_fire")
    s.opens("b_fire", k_c)
    k_d = f119(s, 89.0, 60, hb, "fire", "臺中國際會展中心 B館 1F 餐飲區 廚房排油煙管火警 第一出動", "b_fire")
    c1999(s, 91.0, 200, (120.6568, 24.1946), "other", "會展中心又在響了，今天到底是在演習還是真的？", "b_fire")
    dev(s, "cctv", 92.0, 20, "SN-CCTV-006", "smoke", "影像分析：畫面西北側建物屋頂偵測疑似煙霧", "b_fire",
        confidence=0.55)
    pol(s, 95.0, 300, hb, "fire_report", "Moderate", "會展中心 B館 餐飲區火警（非演練），員警到場管制", "b_fire")
    k_ev = pol(s, 96.0, 300, offset(hb, 60, 40), "evacuation", "Moderate",
               "B館展場觀眾約 2,500 人疏散至經貿路側廣場", "b_fire")
    dev(s, "parking", 97.0, 30, "SN-PK-006", "closed", "臺中國際會展中心停車場 出入口管制（消防車進出）", "b_fire")
    f119(s, 99.0, 40, hb, "fire", "到達 排油煙管火勢 以滅火器及水霧撲滅中", "b_fire", status="on_scene",
         follows=k_d)
    dev(s, "fire_alarm", 100.0, 4, "SN-FA-002", "normal", "臺中國際會展中心 A棟 受信總機：迴路 05-021 復歸",
        "drill", alt=None)
    f119(s, 100.5, 60, offset(hb, -20, 10), "ambulance", "會展中心 B館 廚師 1 名 手部二度灼傷 送醫", "b_fire")
    dev(s, "cctv", 104.0, 15, "SN-CCTV-005", "crowding", "影像分析：人行道人群聚集（停留），密度高", "b_fire",
        confidence=0.81, alt="expo")
    c1999(s, 106.0, 220, (120.6560, 24.1952), "crowding", "經貿路人行道擠滿了人，車子都過不去", "b_fire",
          alt="expo")
    s.dup(k_c, 240)
    c1999(s, 115.0, 300, (120.6572, 24.1869), "動物救援", "公園北邊有一隻流浪狗受傷", None)
    f119(s, 130.0, 40, hb, "fire", "火勢撲滅 排油煙管清理完成 返隊", "b_fire", status="closed", follows=k_d)
    dev(s, "fire_alarm", 140.0, 4, "SN-FA-003", "normal", "臺中國際會展中心 B棟 受信總機：迴路 01-033 復歸",
        "b_fire")
    pol(s, 150.0, 300, hb, "other", "Minor", "會展中心 B館 火警處理完畢，展場恢復開放", "b_fire", follows=[k_ev])
    c1999(s, 160.0, 300, (120.6505, 24.1942), "streetlight", "黎明路三段有一盞路燈不亮", None)
    s.alternative(
        "演練已事先報備，消防分隊會同、沒有派遣，協調員可以不把它當成一件事件（全部視為背景）；"
        "B館疏散後經貿路人行道的人潮也可以算在展覽這一案，因為疏散的就是展覽的觀眾。",
        [("expo", "planned_event", "會展中心 B館 智慧城市展，含火警疏散後的人潮", k_expo),
         ("b_fire", "fire", "會展中心 B館 1F 餐飲區廚房排油煙管火警", k_c)])
    s.notes = ("10:26 B棟發報時 A棟的演練警報仍在響（10:40 才復歸），B棟受信總機單獨不足以判斷是真火警，"
               "開案依據是 B館民眾明說「不是演習」的來電。")
    return s.write()


if __name__ == "__main__":
    for f in (s2137, s2138, s2139, s2140, s2141, s2142):
        print(f())
