"""Situations 2131-2136 (first half of set o107)."""
from datetime import timedelta

from lib import (P, Situation, c1999, dev, f119, local, offset, pol, rule, between)


# ------------------------------------------------------------------ 2131
def s2131():
    s = Situation(2131, "hub_fire_and_junction_crash", "2016-09-23 07:38",
                  "週五早上尖峰，水湳轉運中心一樓早餐店油鍋起火，濃煙竄入候車大廳，旅客疏散；"
                  "不到三分鐘後，約 100 公尺外的中科路／環中路二段路口發生汽機車碰撞，騎士倒地。"
                  "兩件事同時、相距很近，同一支路口監視器先後看到煙與碰撞，兩輛救護車幾乎同時派出，"
                  "市民來電也常把兩件事混在一起講。")
    s.incident("hub_fire", "fire", "水湳轉運中心一樓早餐店油鍋火警，旅客疏散，員工 1 人嗆傷")
    s.incident("zk_crash", "traffic", "中科路／環中路二段路口汽機車碰撞，騎士受傷送醫，內側車道短暫管制")
    hub, j = P["hub"], P["j_zk_hz"]

    # background before
    c1999(s, 0.5, 240, (120.6506, 24.1941), "streetlight",
          "黎明路三段靠凱旋路那邊路燈昨晚整夜沒亮，燈桿編號 XT-08812，請派人修。", None)
    rule(s, 1.0, 55, "SN-VD-HUANZHONG-04", "congestion",
         "環中路車輛偵測器4 平均車速 17 km/h（常態 48 km/h），占有率 41%，上班尖峰壅塞", None,
         severity="Moderate")

    k_fa = dev(s, "fire_alarm", 3.2, 4, "SN-FA-001", "alarm",
               "水湳轉運中心 火警受信總機：1F 東側商店街 偵煙探測器（迴路 03-017）動作 火警", "hub_fire")
    k1 = c1999(s, 4.0, 150, s.scatter(hub, 5, 35), "fire_smoke",
               "轉運站一樓那間早餐店在冒煙，好像油鍋起火，裡面的人都在往外跑！", "hub_fire")
    k_d = f119(s, 4.3, 70, hub, "fire",
               "西屯區 水湳轉運中心 1F 商店街 早餐店 油鍋起火 濃煙 派遣 水箱車2 雲梯車1 救護車1", "hub_fire")
    s.opens("hub_fire", k_d)
    dev(s, "cctv", 5.0, 18, "SN-CCTV-003", "smoke",
        "影像分析：畫面東南側建物屋簷偵測疑似煙霧", "hub_fire", confidence=0.58)
    c1999(s, 5.4, 190, s.scatter_dir(hub, 70, 140, 330, 30), "fire_smoke",
          "我在環中路公車站等車，轉運中心屋頂那邊有黑煙飄出來，有沒有人報了？", "hub_fire")

    # the crash
    k_cc = dev(s, "cctv", 5.9, 14, "SN-CCTV-003", "accident",
               "影像分析：路口中央偵測車輛碰撞，1 輛機車倒地", "zk_crash", confidence=0.71)
    c1999(s, 6.0, 170, s.scatter_dir(hub, 200, 280, 150, 25), "fire_smoke",
          "經貿六停車場這邊看到轉運站那邊有煙，消防車好像還沒到", "hub_fire")
    k2 = c1999(s, 6.5, 180, s.scatter(j, 15, 55), "traffic_accident",
               "中科路環中路口一台機車跟轎車擦撞，騎士倒在地上沒起來，快叫救護車", "zk_crash")
    k_a2 = f119(s, 7.0, 60, j, "ambulance",
                "中科路與環中路二段口 車禍 機車騎士倒地 左小腿疑似骨折 意識清楚", "zk_crash")
    s.opens("zk_crash", k_a2)
    pol(s, 7.2, 260, hub, "fire_report", "Moderate",
        "水湳轉運中心 1F 早餐店火警，第四分局員警到場協助疏散旅客及管制出入口", "hub_fire")
    c1999(s, 7.8, 210, s.scatter(hub, 0, 40), "fire_smoke",
          "我在客運候車室，警鈴一直響，廣播叫大家出去，外面都是煙的味道", "hub_fire")
    k_ev = pol(s, 8.1, 300, offset(hub, 40, -30), "evacuation", "Moderate",
               "轉運中心一樓候車大廳旅客約 300 人疏散至東側廣場，客運暫停進站", "hub_fire")
    dev(s, "parking", 9.0, 30, "SN-PK-001", "closed",
        "水湳轉運中心停車場 入口暫停進場（火警管制）", "hub_fire")
    k_d2 = f119(s, 9.6, 40, hub, "fire", "水湳轉運中心 第一梯次到達 現場濃煙 火勢侷限於店內", "hub_fire",
                status="on_scene", follows=k_d)
    pol(s, 9.8, 420, j, "injury_accident", "Moderate",
        "中科路/環中路二段 自小客車與普重機碰撞 騎士 1 人受傷送醫 現場測繪中", "zk_crash")
    k_a1 = f119(s, 10.5, 60, offset(hub, 25, -10), "ambulance",
                "水湳轉運中心 早餐店員工 1 名 吸入濃煙 右手燙傷 送醫", "hub_fire")
    k_cl = pol(s, 11.0, 300, offset(j, -40, 5), "road_closure", "Minor",
               "中科路往環中路方向內側車道暫時封閉，處理事故", "zk_crash")
    c1999(s, 11.5, 200, offset(j, 35, -25), "other",
          "中科路口車子都卡住了，消防車鳴笛過不去，可以派人指揮一下嗎", "zk_crash", alt="hub_fire")
    rule(s, 12.0, 60, "SN-VD-HUANZHONG-02", "congestion",
         "環中路車輛偵測器2 東向平均車速 11 km/h（常態 45 km/h），占有率 58%", "zk_crash",
         severity="Moderate", alt="hub_fire")
    k_rep = c1999(s, 12.2, 230, s.scatter_dir(hub, 30, 90, 110, 30), "other",
                  "我的客運到底還會不會進站？人都被趕到外面廣場了，火是燒完了沒", "hub_fire")
    f119(s, 13.0, 50, j, "ambulance", "騎士已送醫（中國醫藥大學附設醫院）", "zk_crash",
         status="returning", follows=k_a2)
    rule(s, 14.0, 60, "SN-VD-JINGMAO-01", "congestion",
         "經貿路車輛偵測器1 南向平均車速 9 km/h（常態 38 km/h），占有率 62%", "hub_fire",
         severity="Moderate", alt="zk_crash")
    c1999(s, 15.0, 260, (120.6565, 24.1957), "noise",
          "會展中心二期工地早上七點多就在打樁，吵到沒辦法睡", None)
    s.dup(k1, 260)      # the 1999 gateway resent the first fire call
    c1999(s, 19.5, 240, (120.6547, 24.1961), "illegal_parking",
          "經貿六停車場出口有一台貨車違停，車子出不去", None)
    f119(s, 24.0, 40, hub, "fire", "火勢撲滅，排煙中，店面燒毀約 5 平方公尺", "hub_fire",
         status="on_scene", follows=k_d)
    c1999(s, 26.0, 300, (120.6571, 24.1869), "動物救援",
          "中央公園北邊草地有一隻狗腳受傷一直叫", None)
    dev(s, "parking", 30.0, 30, "SN-PK-006", "full",
        "臺中國際會展中心停車場 車位已滿（展覽進場）", None)
    pol(s, 33.0, 240, offset(j, -40, 5), "road_reopened", "Minor",
        "中科路內側車道事故車輛已移除，恢復通行", "zk_crash", follows=k_cl)
    pol(s, 36.0, 360, (120.6521, 24.1794), "theft", "Minor",
        "逢甲大學水湳校區側門 自行車失竊 受理報案", None)
    dev(s, "fire_alarm", 40.0, 5, "SN-FA-001", "normal",
        "水湳轉運中心 火警受信總機：迴路 03-017 復歸", "hub_fire")
    f119(s, 44.0, 45, hub, "fire", "殘火處理完畢，現場交還管理單位，返隊", "hub_fire",
         status="closed", follows=k_d)
    pol(s, 47.0, 300, offset(hub, 40, -30), "other", "Minor",
        "轉運中心候車大廳排煙完成，旅客返回，客運恢復進站", "hub_fire", follows=[k_ev])
    dev(s, "parking", 48.0, 30, "SN-PK-001", "full",
        "水湳轉運中心停車場 車位已滿", None)
    s.alternative(
        "轉運中心出口與中科路口相距約 100 公尺，兩件事的車流影響重疊：環中路東向的壅塞（VD-HUANZHONG-02）"
        "與來電說消防車過不去，也可以看成是火警的消防車輛臨停與客運改道造成；經貿路南向的壅塞（VD-JINGMAO-01）"
        "也可以看成是車禍路口回堵。",
        [("hub_fire", "fire", "水湳轉運中心一樓早餐店油鍋火警，含環中路上消防車臨停造成的壅塞", k_d),
         ("zk_crash", "traffic", "中科路／環中路二段路口汽機車碰撞，含經貿路回堵", k_a2)])
    s.notes = ("SN-CCTV-003 同一支攝影機 1 分鐘內先回報 smoke 再回報 accident，分屬兩案。"
               "兩案各有一輛救護車，地點相距約 100 公尺、派遣時間相差 3.5 分鐘。")
    return s.write()


# ------------------------------------------------------------------ 2132
def s2132():
    s = Situation(2132, "zhongping_flood_spreading", "2016-06-02 15:00",
                  "梅雨鋒面午後雷雨，河南路低窪處先積水，90 分鐘內水沿著中平路往東漫到經貿路口，"
                  "區域排水經貿路水位站升到二級警戒，中平路封閉、一輛轎車受困。同一條排水系統、同一批抽水機與管制人力，"
                  "調度上是一件淹水案；但西端（河南路）與東端（經貿路口）相距約 900 公尺，也可以分成兩案。")
    s.incident("zp_flood", "flood", "河南路低窪處至中平路、經貿路口一帶淹水，持續擴大約 90 分鐘，含轎車受困救援與道路封閉")
    fl7 = (120.6528, 24.1742)
    zp_mid = (120.6545, 24.1708)
    zp_e = (120.6588, 24.1728)
    je = P["j_jm_zp"]

    rule(s, 5.0, 45, "C0F9T0", "heavy_rain", "西屯站 時雨量 46.5 mm，達大雨標準", None, level="大雨")
    rule(s, 9.0, 45, "SN-RG-001", "heavy_rain", "中央公園雨量站 時雨量 52.0 mm，達大雨標準", None, level="大雨")
    rule(s, 12.0, 60, "SN-VD-HUANZHONG-01", "congestion",
         "環中路車輛偵測器1 平均車速 19 km/h（常態 46 km/h），雨天車速下降", None, severity="Minor")
    rule(s, 18.0, 40, "SN-FL-007", "flood_depth", "河南路低窪處 淹水深度 9 cm", "zp_flood", level="1-15")
    k_c1 = c1999(s, 26.5, 180, s.scatter(P["henan_cp"], 10, 50), "flooding",
                 "河南路停車場出口積水，快淹到輪胎一半了，車子要不要先開走？", "zp_flood")
    k_o = rule(s, 30.0, 40, "SN-FL-007", "flood_depth", "河南路低窪處 淹水深度 22 cm", "zp_flood", level="16-30")
    s.opens("zp_flood", k_o)
    dev(s, "cctv", 33.0, 20, "SN-CCTV-010", "flooding",
        "影像分析：路口東北側車道偵測路面積水", "zp_flood", confidence=0.66)
    c1999(s, 34.5, 200, s.scatter(between(fl7, P["j_hn_zp"], 0.6), 10, 60), "flooding",
          "河南路靠中平路這段整個路面都是水，好幾台機車騎到一半熄火", "zp_flood")
    c1999(s, 36.0, 240, (120.6462, 24.1795), "other", "我家頂樓加蓋一直漏水，天花板在滴水", None)
    k_p1 = pol(s, 38.0, 360, P["j_hn_zp"], "flooding_report", "Moderate",
               "河南路二段與中平路口積水約 25 公分，請水利局派移動式抽水機", "zp_flood")
    dev(s, "parking", 41.0, 30, "SN-PK-003", "closed", "河南路停車場 積水暫停開放", "zp_flood")
    c1999(s, 43.0, 260, (120.6561, 24.1829), "公園路樹",
          "中央公園步道上有一根大樹枝被風吹斷掉下來，沒有擋到路", None)
    rule(s, 45.0, 40, "SN-FL-007", "flood_depth", "河南路低窪處 淹水深度 34 cm", "zp_flood", level=">30")
    pol(s, 46.5, 420, offset(fl7, -60, -40), "stalled_vehicle", "Minor",
        "河南路二段 機車 3 輛泡水熄火，員警協助推離車道", "zp_flood")
    # the water moves east along Zhongping Rd
    k_e1 = c1999(s, 52.0, 220, s.scatter(zp_mid, 10, 60), "flooding",
                 "中平路靠中國醫那段積水越來越高，水是從河南路那邊一路流過來的", "zp_flood", alt="zp_flood_east")
    c1999(s, 57.5, 250, s.scatter((120.657, 24.1720), 5, 40), "blocked_drain",
          "中平路這邊側溝蓋都被樹葉塞住了，水完全排不下去", "zp_flood", alt="zp_flood_east")
    k_cc11 = dev(s, "cctv", 62.0, 20, "SN-CCTV-011", "flooding",
                 "影像分析：路口西側車道偵測路面積水", "zp_flood", confidence=0.61, alt="zp_flood_east")
    rule(s, 65.0, 50, "SN-WL-003", "water_level", "水湳區域排水經貿路水位 1.45 m，達三級警戒", "zp_flood",
         level="3", alt="zp_flood_east")
    k_cl = pol(s, 68.0, 300, (120.6555, 24.1712), "road_closure", "Moderate",
               "中平路（河南路至經貿路段）積水雙向封閉，車輛請改道河南路、經貿路", "zp_flood", alt="zp_flood_east")
    rule(s, 72.0, 60, "SN-VD-ZHONGPING-02", "congestion",
         "中平路車輛偵測器2 西向平均車速 8 km/h（常態 40 km/h），占有率 55%", "zp_flood",
         severity="Moderate", alt="zp_flood_east")
    k_c2 = c1999(s, 74.5, 210, s.scatter(je, 20, 70), "flooding",
                 "經貿路中平路口積水淹到人行道，公車停在路中間不敢過", "zp_flood", alt="zp_flood_east")
    rule(s, 78.0, 50, "SN-WL-003", "water_level", "水湳區域排水經貿路水位 1.82 m，達二級警戒", "zp_flood",
         level="2", alt="zp_flood_east")
    k_r = f119(s, 80.0, 60, zp_e, "rescue", "中平路近經貿路 轎車受困積水 駕駛 1 人 車內待援", "zp_flood",
               alt="zp_flood_east")
    pol(s, 84.0, 330, je, "flooding_report", "Severe", "經貿路與中平路口積水約 40 公分，車輛受困 1 輛",
        "zp_flood", alt="zp_flood_east")
    f119(s, 87.0, 40, zp_e, "rescue", "到達現場 涉水救出駕駛 無傷", "zp_flood", status="on_scene", follows=k_r,
         alt="zp_flood_east")
    c1999(s, 88.0, 280, s.scatter(P["cmu"], 0, 40), "other",
          "中國醫藥大學水湳校區地下室有水從車道流進來", "zp_flood", alt="zp_flood_east")
    s.dup(k_c2, 190)
    c1999(s, 90.0, 240, offset(fl7, 20, 30), "flooding",
          "剛剛打過了，河南路停車場前面到現在還是淹著，抽水機到了沒？", "zp_flood", follows=k_c1)
    rule(s, 95.0, 40, "SN-FL-007", "cleared", "河南路低窪處 淹水深度降至 6 cm，警戒解除", "zp_flood",
         severity="Minor")
    f119(s, 100.0, 40, zp_e, "rescue", "受困車輛已拖離 結案", "zp_flood", status="closed", follows=k_r,
         alt="zp_flood_east")
    c1999(s, 102.0, 300, (120.6495, 24.1868), "streetlight", "凱旋路四段路燈有兩盞一直閃", None)
    rule(s, 105.0, 50, "SN-WL-003", "water_level_falling", "水湳區域排水經貿路水位回降至 1.60 m，低於二級警戒",
         "zp_flood", severity="Minor", alt="zp_flood_east")
    pol(s, 108.0, 300, (120.6555, 24.1712), "road_reopened", "Minor",
        "中平路積水退去，恢復雙向通行", "zp_flood", follows=k_cl, alt="zp_flood_east")
    dev(s, "parking", 112.0, 30, "SN-PK-003", "empty", "河南路停車場 重新開放，車位全空", "zp_flood")
    s.dup(k_p1, 45)
    s.alternative(
        "調度上也可以分成兩案：西端河南路低窪處（水利局移動式抽水機、停車場關閉）與東端中平路／經貿路口"
        "（道路封閉、轎車受困救援、區域排水水位）相距約 900 公尺，由不同單位處理；東端的第一通電話"
        "說水是從河南路流過來，兩案同源但可以各自派工。",
        [("zp_flood", "flood", "河南路低窪處與河南路／中平路口淹水", k_o),
         ("zp_flood_east", "flood", "中平路東段至經貿路口淹水、封路、轎車受困", k_cc11)])
    s.notes = "雨量站大雨警報是全區性的，單獨不派工，標為背景。"
    return s.write()


# ------------------------------------------------------------------ 2133
CALLS_2133 = [
    # (minute, group, category, text)
    (6.0, "bldg", "fire_smoke", "B區7樓有人家裡冒黑煙，火警警報一直響！"),
    (6.2, "street", "fire_smoke", "敦化路這邊看到生態住宅那棟大樓中間樓層在冒黑煙"),
    (6.5, "bldg", "fire_smoke", "我住B區6樓，樓上在燒，走廊都是煙，我們要往下跑嗎？"),
    (6.8, "park", "fire_smoke", "我在中央公園，東邊那棟住宅大樓在冒很大的黑煙"),
    (7.0, "street", "fire_smoke", "經貿路上看到有大樓失火，窗戶有火冒出來"),
    (7.1, "bldg", "fire_smoke", "B區有人家裡失火了，樓梯間都是煙"),
    (7.4, "park", "fire_smoke", "公園草皮這邊都聞到燒焦味，對面大樓在燒"),
    (7.6, "far_n", "fire_smoke", "綠美圖這邊看到東南邊有一大柱黑煙，是哪裡失火？"),
    (7.9, "street", "fire_smoke", "敦化路一段住宅大樓火災，黑煙很大"),
    (8.1, "bldg", "rescue", "8樓有人在陽台揮手呼救，出不來！"),
    (8.3, "far_w", "fire_smoke", "從逢甲水湳校區往東看有黑煙，好像是公園旁邊的大樓"),
    (8.6, "park", "fire_smoke", "中央公園滯洪池那邊看過去有大樓在燒"),
    (8.9, "street", "fire_smoke", "經貿路三段大樓火災，消防車來了沒？"),
    (9.2, "far_ne", "fire_smoke", "中清路這邊都看得到黑煙，在經貿路那邊"),
    (9.4, "bldg", "fire_smoke", "B區住戶，我們全家已經跑到樓下了，7樓那戶還在燒"),
    (9.7, "park", "other", "公園旁邊大樓冒煙，很多人在拍照，要不要叫人疏散？"),
    (10.0, "street", "fire_smoke", "我開車經過經貿路，右手邊大樓窗戶在噴火"),
    (10.3, "far_s", "fire_smoke", "中國醫水湳校區這邊看到北邊有黑煙"),
    (10.6, "bldg", "fire_smoke", "警鈴一直響，電梯停了，我們從樓梯下來"),
    (11.0, "park", "fire_smoke", "公園東邊的住宅大樓起火，煙往我們這邊飄"),
    (11.3, "street", "fire_smoke", "敦化路口都是煙，看不到對面"),
    (11.8, "far_n", "fire_smoke", "會展中心停車場往南看有大火"),
    (12.2, "bldg", "other", "我阿嬤住7樓隔壁戶，行動不方便，她還在裡面！"),
    (12.6, "street", "fire_smoke", "經貿路三段那棟大樓火好大，有聽到爆裂聲"),
    (13.0, "park", "fire_smoke", "生態住宅那邊失火了，我們在公園溜滑梯這裡都聞到"),
    (13.5, "far_w", "fire_smoke", "凱旋路這邊看到公園東邊在冒煙"),
    (14.1, "street", "fire_smoke", "消防車到了，但是經貿路塞住了，還有一台進不來"),
    (14.8, "bldg", "fire_smoke", "B區大樓中庭，住戶都跑出來了，有老人家在咳嗽"),
    (15.5, "park", "fire_smoke", "公園這邊一直有灰燼飄過來"),
    (16.3, "street", "fire_smoke", "經貿路上很多人停車看火災，車道都被擋住"),
    (17.0, "far_e", "other", "我媽住B區7樓，電話都打不通，請問有沒有人受傷？"),
    (18.2, "park", "fire_smoke", "公園東側步道，煙小一點了，但還是很臭"),
    (19.5, "street", "fire_smoke", "敦化路口的人越來越多，警察要不要來拉封鎖線"),
    (21.0, "bldg", "other", "我們疏散到公園草坪了，什麼時候可以回家？"),
    (23.0, "far_n", "fire_smoke", "綠美圖前面還是看得到煙"),
    (25.5, "street", "illegal_parking", "經貿路三段兩邊都是來看火災的人亂停車，公車過不去"),
    (28.0, "bldg", "other", "住戶問說大樓現在可以進去拿東西嗎？"),
    (31.0, "park", "fire_smoke", "公園這邊聞到的燒焦味比較淡了，火是不是滅了"),
]


def s2133():
    s = Situation(2133, "eco_block_b_fire_call_burst", "2016-11-12 14:00",
                  "週六下午，水湳生態住宅 B區集合住宅 7樓住戶起火，黑煙在整個中央公園都看得到。"
                  "25 分鐘內 1999 湧入三十多通電話，來電位置從大樓中庭、經貿路、公園草坪一直到綠美圖、中清路、"
                  "逢甲水湳校區，講的都是同一場火；另有人在中清路燒金紙被誤報為冒煙。")
    s.incident("eco_b_fire", "fire", "水湳生態住宅 B區 7樓住宅火警，8樓住戶受困陽台以雲梯救出，2 人嗆傷、1 名長者疏散時跌倒")
    b = P["eco_b"]
    groups = {
        "bldg": (0, 45, None), "street": (60, 220, None),
        "park": (250, 520, (270, 40)), "far_n": (900, 1200, (350, 15)),
        "far_w": (650, 900, (265, 15)), "far_ne": (650, 850, (45, 15)),
        "far_s": (750, 900, (180, 10)), "far_e": (1500, 2500, (90, 30)),
    }

    rule(s, 1.0, 60, "SN-VD-HUANZHONG-04", "congestion",
         "環中路車輛偵測器4 平均車速 21 km/h（常態 48 km/h），週末車流", None, severity="Minor")
    k_fa = dev(s, "fire_alarm", 5.2, 3, "SN-FA-012", "alarm",
               "水湳生態住宅 B區 集合住宅 火警受信總機：7F 住戶區 偵煙探測器（迴路 07-004）動作 火警", "eco_b_fire")
    call_keys = []
    for i, (m, g, cat, text) in enumerate(CALLS_2133):
        rmin, rmax, direction = groups[g]
        pos = s.scatter(b, rmin, rmax) if direction is None else s.scatter_dir(b, rmin, rmax, *direction)
        if g == "far_e":
            pos = offset(b, 10, -5)     # the 1999 case is filed at the mother's address
        delay = 90 + min(i, 20) * 25 + s.jitter(0, 60)   # the 1999 queue builds up
        call_keys.append(c1999(s, m, delay, pos, cat, text, "eco_b_fire"))
    k_d = f119(s, 6.5, 60, b, "fire",
               "北屯區 敦化路一段 水湳生態住宅 B區 7F 住宅火警 濃煙竄出 疑有人受困 第二出動", "eco_b_fire")
    s.opens("eco_b_fire", k_d)
    dev(s, "cctv", 8.0, 25, "SN-CCTV-011", "smoke",
        "影像分析：畫面北方遠處偵測疑似煙柱", "eco_b_fire", confidence=0.41)
    pol(s, 9.0, 300, offset(b, -40, 10), "fire_report", "Severe",
        "敦化路一段 生態住宅 B區 7樓火警，濃煙，第五分局員警到場管制", "eco_b_fire")
    k_r = f119(s, 12.0, 50, offset(b, 5, 8), "rescue", "B區 8F 住戶 2 人受困陽台 雲梯車救援", "eco_b_fire")
    f119(s, 13.0, 40, b, "fire", "第一梯次到達 7F 一戶火勢猛烈 佈線搶救", "eco_b_fire",
         status="on_scene", follows=k_d)
    k_cl = pol(s, 15.0, 300, (120.6598, 24.1822), "road_closure", "Moderate",
               "敦化路一段（經貿路至中清路段）封閉，消防車作業", "eco_b_fire")
    k_ev = pol(s, 17.0, 320, offset(b, -180, 20), "evacuation", "Moderate",
               "B區住戶約 150 人疏散至中央公園東側草坪", "eco_b_fire")
    k_joss = c1999(s, 18.0, 400, (120.6638, 24.1870), "fire_smoke",
                   "中清路這邊有人在燒金紙，煙很大一直飄到我家裡", None, alt="eco_b_fire")
    f119(s, 18.5, 40, offset(b, 5, 8), "rescue", "受困 2 人已由雲梯救下 無明顯外傷", "eco_b_fire",
         status="on_scene", follows=k_r)
    rule(s, 20.0, 60, "SN-VD-JINGMAO-02", "congestion",
         "經貿路車輛偵測器2 平均車速 7 km/h（常態 38 km/h），占有率 64%", "eco_b_fire", severity="Severe")
    # the 1999 gateway re-synchronises: five cases delivered a second time
    for k in (call_keys[0], call_keys[3], call_keys[9], call_keys[12], call_keys[22]):
        s.dup(k, 600 + s.jitter(0, 120))
    f119(s, 24.0, 60, offset(b, -30, -20), "ambulance", "B區住戶 2 名 吸入濃煙 咳嗽 送醫", "eco_b_fire")
    c1999(s, 27.0, 420, offset(b, 15, 5), "fire_smoke",
          "剛剛打過了，B區7樓還在冒煙，裡面還有沒有人？", "eco_b_fire", follows=call_keys[0])
    k_fall = f119(s, 31.0, 60, offset(b, -180, 20), "ambulance",
                  "疏散集合點 78 歲男性 下樓梯時跌倒 額頭擦傷 血壓偏高 送醫", "eco_b_fire", alt="eco_b_fall")
    f119(s, 35.0, 40, b, "fire", "火勢已控制 殘火處理中", "eco_b_fire", status="on_scene", follows=k_d)
    c1999(s, 38.0, 300, (120.6462, 24.1791), "noise", "逢甲這邊有一間 KTV 下午就開很大聲", None)
    c1999(s, 44.0, 280, (120.6612, 24.1890), "動物救援", "經貿路三段路邊有一隻受傷的鴿子", None)
    pol(s, 52.0, 420, (120.6320, 24.1745), "theft", "Minor", "臺灣大道與環中路口 機車失竊 受理", None)
    c1999(s, 60.0, 300, (120.6570, 24.1790), "streetlight", "公園南側步道路燈白天也亮著", None)
    f119(s, 70.0, 40, b, "fire", "殘火處理完畢 燒損一戶約 40 平方公尺 無人死亡 返隊", "eco_b_fire",
         status="closed", follows=k_d)
    dev(s, "fire_alarm", 72.0, 4, "SN-FA-012", "normal",
        "水湳生態住宅 B區 火警受信總機：迴路 07-004 復歸", "eco_b_fire")
    pol(s, 78.0, 300, (120.6598, 24.1822), "road_reopened", "Minor", "敦化路一段解除封閉，恢復通行",
        "eco_b_fire", follows=k_cl)
    s.alternative(
        "中清路燒金紙的來電位置在火場東北約 780 公尺，當時火場黑煙正往那個方向飄，1999 話務員無法分辨，"
        "也可以把它當成同一場火的目擊；疏散集合點長者跌倒送醫，也可以當成一件獨立的救護案。",
        [("eco_b_fire", "fire", "水湳生態住宅 B區 7樓住宅火警（含中清路的煙霧目擊）", k_d),
         ("eco_b_fall", "rescue", "疏散集合點 78 歲長者跌倒送醫", k_fall)])
    s.notes = ("38 通 1999 來電都是同一場火（另有一通中清路燒金紙）；來電位置依目擊地點分散在 0-1,200 公尺（另一通以母親住址立案）。"
               "1999 話務排隊使到達延遲由 1.5 分鐘拉長到 10 分鐘以上，並有 5 通重送。")
    return s.write()


# ------------------------------------------------------------------ 2134
def s2134():
    s = Situation(2134, "concert_evening_small_incidents", "2016-10-15 17:00",
                  "週六晚上臺中流行影音中心戶外廣場演唱會（19:00-22:00，預估 15,000 人），周邊停車場滿、凱旋路與中科路壅塞、"
                  "鄰近住戶抱怨噪音，散場人潮湧入凱旋路與轉運中心。同一個晚上、同一片區域裡另外發生幾件小事："
                  "入場前黎明路口擦撞、女童走失、觀眾昏倒、逢甲水湳校區旁機車失竊、散場後公車站口角。")
    s.incident("concert", "planned_event", "臺中流行影音中心演唱會：入場與散場人潮、停車、壅塞、噪音")
    s.incident("lm_kx_crash", "traffic", "黎明路三段／凱旋路口兩車擦撞，無人受傷")
    s.incident("lost_child", "rescue", "演唱會廣場 6 歲女童走失，於服務台尋獲")
    s.incident("faint", "rescue", "演唱會現場女性觀眾昏倒送醫")
    s.incident("scooter_theft", "public_safety", "逢甲大學水湳校區旁機車失竊")
    s.incident("bus_stop_fight", "public_safety", "散場後中科路公車站兩群年輕人口角推擠，1 人擦傷")
    v = P["popmusic"]
    k_pe = s.add("planned_event", "concert", local("2016-10-15 19:00"), 0,
                 "臺中流行影音中心 戶外廣場「秋日搖滾」演唱會 19:00-22:00 預估 15,000 人；凱旋路、中科路臨停管制，散場接駁至水湳轉運中心",
                 "concert", pos=v, ends=local("2016-10-15 22:00"), radius_m=500,
                 arrival=local("2016-10-05 10:12"))
    s.opens("concert", k_pe)
    pol(s, 30.0, 420, (120.6322, 24.1752), "theft", "Minor", "臺灣大道環中路口 超商 竊盜 受理", None)
    dev(s, "parking", 60.0, 30, "SN-PK-004", "full", "中央公園地下停車場(北) 車位已滿", "concert")
    rule(s, 70.0, 60, "SN-VD-HENAN-01", "congestion",
         "河南路車輛偵測器1 平均車速 20 km/h（常態 42 km/h）", None, severity="Minor")
    rule(s, 75.0, 60, "SN-VD-KAIXUAN-02", "congestion",
         "凱旋路車輛偵測器2 平均車速 9 km/h（常態 40 km/h），占有率 60%", "concert", severity="Moderate")
    dev(s, "cctv", 80.0, 15, "SN-CCTV-007", "crowding", "影像分析：人行道人群聚集（移動中）", "concert",
        confidence=0.77)
    pol(s, 85.0, 360, offset(v, 30, 80), "crowd_control", "Moderate",
        "入場排隊人潮延伸至凱旋路人行道，派員疏導", "concert")
    dev(s, "parking", 88.0, 30, "SN-PK-003", "full", "河南路停車場 車位已滿", "concert")
    # crash at Liming / Kaixuan
    k_cc = dev(s, "cctv", 95.2, 15, "SN-CCTV-007", "accident", "影像分析：路口偵測車輛碰撞，2 車停止", "lm_kx_crash",
               confidence=0.66)
    k_c = c1999(s, 96.0, 150, s.scatter(P["j_lm_kx"], 15, 60), "traffic_accident",
                "凱旋路黎明路口兩台車擦撞，車子停在路中間，後面都塞住了", "lm_kx_crash")
    s.opens("lm_kx_crash", k_c)
    dev(s, "parking", 95.0, 30, "SN-PK-005", "full", "中央公園地下停車場(南) 車位已滿", "concert")
    pol(s, 97.0, 360, P["j_lm_kx"], "traffic_accident", "Minor",
        "黎明路三段與凱旋路口 2 車擦撞 無人受傷 已移置路邊", "lm_kx_crash")
    c1999(s, 100.0, 200, (120.6514, 24.1868), "illegal_parking",
          "凱旋路兩邊汽機車亂停，連消防通道都擋住了", "concert")
    rule(s, 110.0, 60, "SN-VD-ZHONGKE-01", "congestion",
         "中科路車輛偵測器1 平均車速 12 km/h（常態 40 km/h）", "concert", severity="Moderate")
    c1999(s, 125.0, 240, (120.6534, 24.1858), "other", "請問演唱會結束後接駁車在哪裡搭？幾點最後一班？", None)
    c1999(s, 130.0, 300, (120.6535, 24.1880), "streetlight", "中科路靠公園那邊路燈一直閃", None)
    # lost child
    k_lc = c1999(s, 160.0, 120, s.scatter(v, 20, 120), "missing_person",
                 "我女兒 6 歲，穿黃色外套綁兩條辮子，在影音中心廣場走散了", "lost_child")
    s.opens("lost_child", k_lc)
    k_lp = pol(s, 165.0, 300, v, "missing_person", "Moderate",
               "演唱會廣場 女童走失 6 歲 黃色外套 請各勤務員警協尋", "lost_child")
    c1999(s, 150.0, 260, s.scatter_dir(P["eco_a"], 0, 60, 0, 180), "noise",
          "公園對面演唱會太大聲了，小孩要睡覺，可以請他們小聲一點嗎", "concert")
    pol(s, 190.0, 240, offset(v, -20, 30), "other", "Minor",
        "走失女童已於服務台尋獲，交還家長", "lost_child", follows=[k_lp])
    # faint
    k_f = f119(s, 210.0, 60, offset(v, 40, -30), "ambulance",
               "流行影音中心 演唱會現場 女性 1 名 昏倒 意識模糊", "faint", alt="concert")
    s.opens("faint", k_f)
    pol(s, 214.0, 300, offset(v, 40, -30), "medical", "Minor",
        "演唱會搖滾區觀眾昏倒，協助救護車進場", "faint", alt="concert")
    f119(s, 219.0, 40, offset(v, 40, -30), "ambulance", "到達 患者意識恢復 送醫觀察", "faint",
         status="on_scene", follows=k_f, alt="concert")
    c1999(s, 200.0, 280, s.scatter_dir(P["eco_a"], 0, 80, 0, 180), "noise",
          "剛剛打過了，演唱會音樂到現在還是很大聲，窗戶關起來都聽得到", "concert")
    # scooter theft
    k_t = c1999(s, 250.0, 240, s.scatter(P["fcu"], 20, 70), "other",
                "我停在逢甲水湳校區旁邊機車格的機車不見了，剛剛還在", "scooter_theft")
    pol(s, 270.0, 420, offset(P["fcu"], -40, 20), "theft", "Minor",
        "逢甲大學水湳校區旁機車停車格 普重機失竊 受理報案", "scooter_theft")
    s.opens("scooter_theft", k_t)
    c1999(s, 255.0, 300, (120.6459, 24.1803), "noise", "逢甲這邊夾娃娃機店音樂開很大聲", None)
    # dispersal
    pol(s, 302.0, 300, offset(v, 60, 120), "crowd_control", "Severe",
        "散場人潮湧入凱旋路，暫時封閉慢車道供行人通行", "concert")
    dev(s, "cctv", 305.0, 15, "SN-CCTV-007", "crowding", "影像分析：人群聚集（移動中），密度高", "concert",
        confidence=0.84)
    c1999(s, 308.0, 200, s.scatter(P["hub"], 10, 60), "crowding",
          "轉運站排接駁車的人排到馬路上了，很危險", "concert")
    rule(s, 312.0, 60, "SN-VD-KAIXUAN-01", "congestion",
         "凱旋路車輛偵測器1 平均車速 6 km/h（常態 40 km/h），占有率 70%", "concert", severity="Severe")
    k_rc = pol(s, 315.0, 300, (120.6508, 24.1890), "road_closure", "Minor",
               "凱旋路（黎明路至中科路）散場管制 22:05-22:40", "concert")
    # fight at the bus stop
    bs = (120.6534, 24.1868)
    k_fc = c1999(s, 320.0, 100, s.scatter(bs, 5, 40), "other",
                 "中科路公車站有兩群年輕人在吵架，快打起來了", "bus_stop_fight", alt="concert")
    pol(s, 324.0, 280, bs, "public_disturbance", "Moderate",
        "散場後 2 群年輕人於中科路公車站口角推擠，已分開，1 人擦傷", "bus_stop_fight", alt="concert")
    s.opens("bus_stop_fight", k_fc)
    f119(s, 326.0, 60, bs, "ambulance", "中科路公車站 男子 頭部擦傷 拒絕送醫", "bus_stop_fight", alt="concert")
    pol(s, 345.0, 240, (120.6508, 24.1890), "road_reopened", "Minor", "凱旋路散場管制解除，恢復通行",
        "concert", follows=k_rc)
    s.dup(k_t, 90)
    c1999(s, 960.0, 300, (120.6530, 24.1875), "環境清潔", "昨天晚上演唱會之後中科路人行道一堆垃圾", None)
    s.alternative(
        "活動有醫護站與保全，場內觀眾昏倒與散場後公車站的推擠（都在許可範圍 500 公尺內、活動時段內）"
        "也可以由活動的應變人力處理，看成演唱會這一案的一部分。",
        [("concert", "planned_event", "臺中流行影音中心演唱會，含場內昏倒與散場推擠", k_pe),
         ("lm_kx_crash", "traffic", "黎明路三段／凱旋路口兩車擦撞", k_c),
         ("lost_child", "rescue", "演唱會廣場 6 歲女童走失", k_lc),
         ("scooter_theft", "public_safety", "逢甲大學水湳校區旁機車失竊", k_t)])
    s.notes = "隔天早上的垃圾陳情是環保局例行清潔案，不列入演唱會；接駁車詢問不是事件。"
    return s.write()


# ------------------------------------------------------------------ 2135
def s2135():
    s = Situation(2135, "late_skewed_out_of_order", "2016-07-19 23:00",
                  "深夜一輛酒駕轎車撞上經貿路二段／經貿七路口號誌桿，號誌全滅、駕駛受傷；12 分鐘後約 230 公尺外會展中心停車場旁垃圾桶起火。"
                  "這一晚的資料很亂：號誌控制器時鐘慢 17 分鐘（故障時間早於撞擊）、路口攝影機把 UTC 當成本地時間（時間戳早了 8 小時）、"
                  "119 救護派遣被隔離後重送，比它的到場更新還晚到；警察局介接塞車，六份報告（四份屬本晚兩案、兩份是更早的舊案）晚 40 分鐘到兩個半小時整批到達，其中兩份重複；"
                  "1999 也重送了兩通。")
    s.incident("sig_pole_crash", "traffic", "酒駕轎車撞經貿路二段／經貿七路口號誌桿，駕駛受傷，號誌全滅，外側車道封閉至 00:35")
    s.incident("bin_fire", "fire", "臺中國際會展中心停車場旁垃圾桶悶燒")
    j = P["j_jm_jm7"]
    crash = s.t(14.33)

    c1999(s, 2.0, 200, (120.6461, 24.1799), "noise", "隔壁 KTV 十一點了還在唱，很吵", None)
    # signal controller: clock 17 min slow
    k_sig = s.add("signal", "fault", crash + timedelta(seconds=5) - timedelta(minutes=17), 0,
                  "號誌控制器回報：燈頭電源異常，全向熄滅", "sig_pole_crash", sensor="SN-SIG-006",
                  arrival=crash + timedelta(seconds=11), alt="sig_dark")
    # camera: UTC written as local time -> 8 h early
    s.add("cctv", "accident", crash + timedelta(seconds=20) - timedelta(hours=8), 0,
          "影像分析：路口東北角偵測車輛碰撞，車輛靜止", "sig_pole_crash", sensor="SN-CCTV-006",
          confidence=0.74, arrival=crash + timedelta(seconds=35))
    k_c1 = c1999(s, 15.5, 150, s.scatter(j, 25, 70), "traffic_accident",
                 "經貿路經貿七路口一台車撞到紅綠燈桿，車頭全毀，駕駛好像還在車上", "sig_pole_crash")
    s.opens("sig_pole_crash", k_c1)
    k_c2 = c1999(s, 17.0, 200, s.scatter(j, 20, 60), "traffic_signal",
                 "經貿路二段跟經貿七路口紅綠燈都不亮了，燈桿歪一邊", "sig_pole_crash", alt="sig_dark")
    # 119 ambulance: dispatch quarantined and replayed, its on_scene update arrives first
    t_d = s.t(16.0)
    k_amb = s.add("119", "ambulance", t_d, 0, "經貿路二段與經貿七路口 自小客車撞號誌桿 駕駛 1 名 頭部撕裂傷",
                  "sig_pole_crash", pos=j, arrival=s.t(49.5))
    f119(s, 22.0, 45, j, "ambulance", "到達現場 駕駛意識清楚 酒味重 送醫", "sig_pole_crash",
         status="on_scene", follows=k_amb)
    # the bin fire
    pk = (120.6552, 24.1934)
    k_bf = c1999(s, 26.5, 170, s.scatter(pk, 10, 40), "fire_smoke",
                 "會展中心停車場旁邊的垃圾桶在燒，有火有煙", "bin_fire")
    s.opens("bin_fire", k_bf)
    dev(s, "cctv", 27.0, 20, "SN-CCTV-005", "smoke", "影像分析：畫面南側偵測疑似煙霧", "bin_fire",
        confidence=0.47)
    k_fd = f119(s, 28.0, 60, pk, "fire", "臺中國際會展中心停車場旁 垃圾桶火警 派遣 水箱車 1", "bin_fire")
    f119(s, 33.0, 40, pk, "fire", "到達 垃圾桶悶燒 撲滅中", "bin_fire", status="on_scene", follows=k_fd)
    f119(s, 34.0, 60, j, "ambulance", "駕駛送醫完成 返隊", "sig_pole_crash", status="returning", follows=k_amb)
    f119(s, 45.0, 40, pk, "fire", "已撲滅 疑菸蒂引燃 返隊", "bin_fire", status="closed", follows=k_fd)
    s.dup(k_c1, 37 * 60)   # the 1999 gateway resends two cases at 23:52
    s.dup(k_c2, 35 * 60)
    # police backlog: reports from 21:32 to 23:31 delivered 00:02-00:04
    flush = local("2016-07-20 00:02:10")
    k_old = s.add("incident", "stalled_vehicle", local("2016-07-19 21:32"), 0,
                  "環中路二段內側車道 故障車輛 1 輛，已於 21:50 拖離", None, pos=(120.6505, 24.1972),
                  severity="Minor", arrival=flush)
    s.add("incident", "theft", local("2016-07-19 22:40"), 0, "黎明路三段 住宅前 自行車失竊 受理報案", None,
          pos=(120.6522, 24.1950), severity="Minor", arrival=flush + timedelta(seconds=4))
    k_pa = s.add("incident", "injury_accident", s.t(18.0), 0,
                 "經貿路二段/經貿七路口 自小客車自撞號誌桿 駕駛受傷送醫 酒測 0.62 mg/L 號誌桿傾斜",
                 "sig_pole_crash", pos=j, severity="Severe", arrival=flush + timedelta(seconds=9))
    k_cl = s.add("incident", "road_closure", s.t(22.0), 0,
                 "經貿路二段北向外側兩車道封閉，號誌桿傾斜待移除", "sig_pole_crash", pos=offset(j, 0, -40),
                 severity="Moderate", arrival=flush + timedelta(seconds=15))
    s.add("incident", "traffic_signal_fault", s.t(25.0), 0,
          "經貿路二段/經貿七路口號誌全滅，派員指揮交通", "sig_pole_crash", pos=j, severity="Moderate",
          arrival=flush + timedelta(seconds=21), alt="sig_dark")
    s.add("incident", "fire_report", s.t(31.0), 0, "會展中心停車場旁垃圾桶起火，已由消防隊撲滅", "bin_fire",
          pos=pk, severity="Minor", arrival=flush + timedelta(seconds=26))
    s.dup(k_pa, 95)     # the police gateway resent part of the batch
    s.dup(k_cl, 97)
    pol(s, 95.0, 120, offset(j, 0, -40), "road_reopened", "Minor",
        "號誌桿已移除，經貿路二段外側車道恢復通行", "sig_pole_crash", follows=k_cl)
    c1999(s, 60.0, 400, (120.6570, 24.1869), "streetlight", "中央公園北側步道兩盞路燈不亮", None)
    # signal restored, still 17 min slow
    t_rest = local("2016-07-20 02:10")
    s.add("signal", "restored", t_rest - timedelta(minutes=17), 0, "號誌控制器回報：臨時號誌桿設置完成，恢復運轉",
          "sig_pole_crash", sensor="SN-SIG-006", arrival=t_rest + timedelta(seconds=8), alt="sig_dark")
    s.add("1999", "traffic_accident", local("2016-07-20 08:30"), 0, "案件更新：已派員處理，號誌桿由交通局更換，結案",
          "sig_pole_crash", pos=(s.by_key[k_c1]["lon"], s.by_key[k_c1]["lat"]),
          status="已結案", follows=k_c1, arrival=local("2016-07-20 08:31"))
    c1999(s, 14.6, 160, s.scatter(j, 60, 150), "other",
          "剛剛外面碰好大一聲，好像有車撞到東西，路口的燈都暗了", "sig_pole_crash")
    c1999(s, 40.0, 230, (120.6488, 24.1930), "illegal_parking", "黎明路凱旋路口轉角有車子停紅線", None)
    s.alternative(
        "號誌控制器的故障時間戳（22:57）早於撞擊 17 分鐘，若不知道它的時鐘偏差，協調員可能讀成「號誌先壞、"
        "再發生撞擊」：號誌修復（交通局廠商 2 小時到場）與事故處理（警察、救護）分成兩案派工。",
        [("sig_pole_crash", "traffic", "經貿路二段／經貿七路口自撞號誌桿事故", k_c1),
         ("sig_dark", "traffic", "經貿路二段／經貿七路口號誌全滅（交通局號誌修復）", k_sig),
         ("bin_fire", "fire", "會展中心停車場旁垃圾桶悶燒", k_bf)])
    s.notes = ("SN-SIG-006 時鐘慢 17 分鐘（observed 比真實早 17 分），SN-CCTV-006 把 UTC 寫成 +08:00（observed 早 8 小時）；"
               "119 救護派遣 observed 23:16 但 23:49 才到（隔離後重送），到場更新 23:23 先到；"
               "警察局 21:32 起的報告 00:02 整批到達，其中兩筆 21:32、22:40 的舊案與本事件無關；"
               "1999 結案更新隔天早上才到。")
    return s.write()


# ------------------------------------------------------------------ 2136
def s2136():
    s = Situation(2136, "south_park_cabinet_offline", "2016-08-26 02:00",
                  "深夜中央公園南側設備箱（GW-CPS-01）斷線，南側三座滯洪池水深計、南滯洪池水位計與南停車場計數器同時離線；"
                  "凌晨巡邏發現箱門被撬、電纜被剪，早上公園管理員也來電。期間北側雨量站因電池低電量自行離線，"
                  "河南路／中平路口攝影機短暫斷線 3 分鐘，清晨下起大雨而南側滯洪池沒有監測。")
    s.incident("cps_cabinet_down", "infrastructure", "中央公園南側設備箱遭破壞斷電，5 具設備離線，09:50 修復")
    s.incident("rg001_battery", "infrastructure", "中央公園雨量站電池低電量離線，需換電池")
    gw = "GW-CPS-01"
    devs = ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]
    st_keys = []
    for i, d in enumerate(devs):
        st_keys.append(dev(s, "status", 14.2 + i * 0.05, 2, d, "offline",
                           "設備離線（連線中斷，last will）", "cps_cabinet_down", gateway=gw))
    # ingest reconnected and got the retained last wills once more
    for i, k in enumerate(st_keys):
        s.dup(k, 16 * 60 + i)
    names = {"SN-FL-003": "中央公園滯洪池3", "SN-FL-004": "中央公園滯洪池4", "SN-FL-005": "中央公園滯洪池5",
             "SN-WL-002": "中央公園南滯洪池水位", "SN-PK-005": "中央公園地下停車場(南)"}
    first = None
    for i, d in enumerate(devs):
        k = rule(s, 24.5 + i * 0.3, 20, d, "sensor_offline", "%s 超過 10 分鐘未回傳資料" % names[d],
                 "cps_cabinet_down", severity="Minor", gateway=gw)
        if i == 1:
            first = k
    s.opens("cps_cabinet_down", first)
    k_cc = dev(s, "status", 40.0, 2, "SN-CCTV-010", "offline", "設備離線", None, reason="comms_lost",
               gateway="TB-CAB-010")
    dev(s, "status", 43.0, 2, "SN-CCTV-010", "online", "設備恢復連線", None, gateway="TB-CAB-010")
    k_b = dev(s, "status", 65.0, 2, "SN-RG-001", "offline", "設備離線：電池電量低", "rg001_battery",
              reason="battery_low", gateway="GW-CP-N01", alt="cps_cabinet_down")
    s.opens("rg001_battery", k_b)
    rule(s, 75.5, 20, "SN-RG-001", "sensor_offline", "中央公園雨量站 超過 10 分鐘未回傳資料", "rg001_battery",
         severity="Minor", gateway="GW-CP-N01", alt="cps_cabinet_down")
    k_th = pol(s, 100.0, 600, (120.6566, 24.1787), "theft", "Moderate",
               "巡邏發現中央公園南側設備箱門遭撬開，箱內電纜遭剪斷竊取，已通報公園管理處", "cps_cabinet_down",
               alt="cps_cable_theft")
    rule(s, 180.0, 50, "C0F9T0", "heavy_rain", "西屯站 時雨量 41.0 mm，達大雨標準", None, level="大雨")
    rule(s, 200.0, 45, "SN-FL-002", "flood_depth", "中央公園滯洪池2 淹水深度 8 cm", None, level="1-15")
    c1999(s, 330.0, 240, (120.6563, 24.1784), "other",
          "我是公園管理處的，公園南區的監測設備箱被破壞，電線被剪走了，要請人來修", "cps_cabinet_down",
          alt="cps_cable_theft")
    c1999(s, 333.0, 260, (120.6570, 24.1812), "streetlight", "公園南區步道有一盞路燈不亮，晚上跑步很暗", None)
    c1999(s, 336.0, 240, s.scatter((120.656, 24.179), 10, 40), "other",
          "中央公園南邊停車場的繳費機沒有畫面，柵欄也不會開", "cps_cabinet_down")
    pol(s, 400.0, 500, (120.6566, 24.1787), "other", "Minor",
        "中央公園南側設備箱電纜竊案 現場採證完成，調閱監視器", "cps_cabinet_down", follows=[k_th],
        alt="cps_cable_theft")
    for i, d in enumerate(devs):
        dev(s, "status", 470.0 + i * 0.1, 2, d, "online", "設備恢復連線", "cps_cabinet_down", gateway=gw)
    dev(s, "status", 520.0, 2, "SN-RG-001", "online", "設備恢復連線（更換電池）", "rg001_battery",
        gateway="GW-CP-N01", alt="cps_cabinet_down")
    s.alternative(
        "北側雨量站同一晚離線，雖然原因是電池低電量、掛在另一個設備箱，但維護上是同一組人同一趟進公園處理，"
        "可以併成一案；而設備箱電纜被竊是刑案，也可以由警察另立一案（治安），與設備修復分開。",
        [("cps_cabinet_down", "infrastructure", "中央公園監測設備離線（南側設備箱與北側雨量站）", first),
         ("cps_cable_theft", "public_safety", "中央公園南側設備箱電纜竊案", k_th)])
    s.notes = ("離線狀態是 last will，沒有 reason；gateway 取自註冊資料 GW-CPS-01。"
               "SN-CCTV-010 3 分鐘斷線自行恢復、滯洪池2 的 8 cm 是滯洪池正常蓄水，標為背景。")
    return s.write()


if __name__ == "__main__":
    for f in (s2131, s2132, s2133, s2134, s2135, s2136):
        print(f())
