"""Situations 531-536 (fires in buildings, gas and chemical smells)."""
from lib import Sit


def s531():
    s = Sit(531, "campus_lab_fire_and_crash", "2026-03-17",
            "週二下午，逢甲大學水湳校區實驗大樓3樓化學實驗室起火（有機溶劑），學生疏散、2人吸入濃煙；"
            "消防車停凱旋路南段。同時約700公尺外河南路/中平路口機車與自小客擦撞，1人輕傷。其餘為日常背景。")
    # background before
    s.add("fire_alarm", "fault", "14:30:12", None, "臺中流行影音中心 受信總機 回路3 斷線故障", sensor="SN-FA-006")
    s.add("1999", "streetlight", "14:38", None, "中平路靠河南路這邊路燈白天一直亮著，浪費電", at=(120.6502, 24.1711), spread=(10, 60))
    s.add("fire_alarm", "normal", "14:49:40", None, "臺中流行影音中心 受信總機 回路3 故障復歸", sensor="SN-FA-006")
    st = s.add("status", "offline", "14:41:05", None, "水湳轉運中心雨量站 離線 comms_lost", sensor="SN-RG-002")
    s.add("status", "online", "14:47:30", None, "水湳轉運中心雨量站 恢復連線", sensor="SN-RG-002")
    # fire
    a1 = s.add("fire_alarm", "alarm", "14:52:10", "F", "逢甲大學水湳校區 受信總機 火警 3F 化學實驗室 偵煙探測器動作", sensor="SN-FA-009")
    s.dup(a1, 40)
    s.add("fire_alarm", "alarm", "14:53:02", "F", "逢甲大學水湳校區 受信總機 火警 4F 走廊 偵煙探測器動作", sensor="SN-FA-009")
    d119 = s.add("119", "fire", "14:54:00", "F", "西屯區逢甲大學水湳校區實驗大樓3樓 實驗室起火 濃煙 學生疏散中 派遣水箱車2 雲梯車1 救護車1",
                 at="fcu", severity="Severe", delay=(20, 30))
    s.dup(d119, 95)
    s.add("1999", "fire_smoke", "14:58", "F", "逢甲水湳校區那棟大樓窗戶一直冒黑煙，有消防車了嗎", at="fcu", spread=(80, 250))
    s.add("incident", "fire_report", "15:01", "F", "逢甲水湳校區實驗大樓火警，本所員警到場協助管制，學生已疏散至操場", at="fcu",
          spread=(20, 60), severity="Moderate")
    s.add("119", "fire", "15:02", "F", "第一車到場 3樓實驗室火勢 疑似有機溶劑燃燒 請求危險物品處理車", at="fcu", follows=d119, tag="119u")
    s.add("119", "hazmat", "15:05", "F", "逢甲水湳校區實驗室 有機溶劑外洩燃燒 化學災害搶救車出動", at="fcu", severity="Severe")
    s.add("incident", "road_closure", "15:08", "F", "凱旋路南段往南封閉外側車道，供消防車停放", at=(120.6526, 24.1826), severity="Moderate")
    s.add("rule", "congestion", "15:10:00", "F", "凱旋路車輛偵測器2 平均車速 14 km/h 低於門檻", sensor="SN-VD-KAIXUAN-02",
          severity="Minor", truth_alt=None)
    s.add("1999", "gas_odor", "15:12", "F", "敦化路這邊聞到很重的化學味，刺刺的，是不是附近在燒什麼", at="fcu", spread=(250, 420))
    s.add("119", "ambulance", "15:15", "F", "逢甲水湳校區 學生2名吸入濃煙 意識清楚 送中國醫藥大學附設醫院", at="fcu", severity="Moderate")
    # crash at Henan / Zhongping
    c1 = s.add("cctv", "stalled_vehicle", "15:18:30", "T", "河南路/中平路 路口 車輛停滯", sensor="SN-CCTV-010",
               at=(120.6506, 24.1712), confidence=0.71, skew=-125)
    c2 = s.add("119", "ambulance", "15:20", "T", "河南路中平路口 車禍 機車騎士腳部擦傷", at=(120.6504, 24.1711), spread=(5, 30), severity="Minor")
    s.add("incident", "injury_accident", "15:22", "T", "河南路與中平路口 機車與自小客擦撞 1人輕傷 已送醫 外側車道佔用", at=(120.6504, 24.1711),
          severity="Minor", delay=(180, 300))
    s.add("1999", "traffic_accident", "15:24", "T", "中平路河南路口有車禍，車子停在路中間", at=(120.6504, 24.1711), spread=(20, 120))
    s.add("119", "ambulance", "15:41", "T", "河南路中平路口車禍 傷者送醫完畢 返隊", at=(120.6504, 24.1711), follows=c2, tag="119u")
    # fire end
    s.add("119", "fire", "16:05", "F", "實驗室火勢撲滅 殘火處理完畢 排煙完成 收隊", at="fcu", follows=d119, tag="119u")
    s.add("fire_alarm", "normal", "16:20:15", "F", "逢甲大學水湳校區 受信總機 復歸", sensor="SN-FA-009")
    # background after
    s.add("1999", "illegal_parking", "15:30", None, "轉運站旁邊紅線一整排都停車，公車進不去", at="hub", spread=(60, 200))
    s.add("1999", "noise", "16:10", None, "經貿路三段工地一直在敲，下午都沒停", at="eco_a", spread=(50, 200))
    s.add("1999", "other", "16:30", None, "中央公園北邊廁所沒有衛生紙", at="park_carpark", spread=(30, 150))
    s.add("rule", "congestion", "17:22:00", None, "環中路車輛偵測器2 平均車速 18 km/h 低於門檻", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("rule", "congestion", "17:35:00", None, "黎明路車輛偵測器1 平均車速 16 km/h 低於門檻", sensor="SN-VD-LIMING-01", severity="Minor")
    s.incident("F", "fire", "逢甲大學水湳校區實驗大樓3樓化學實驗室火災（有機溶劑），含化學車、救護、凱旋路車道封閉與車流", d119)
    s.incident("T", "traffic", "河南路/中平路口機車與自小客擦撞，1人輕傷送醫", c2)
    s.alternative("凱旋路車速下降也可能只是下午車流，不算火災的後果",
                  [dict(i) for i in s.incidents])
    return s


def s532():
    s = Sit(532, "convention_kitchen_fire_evacuation", "2026-03-21",
            "週六會展中心美食展。11:40 A館入口排隊民眾暈倒送醫（獨立救護）。13:15 B館餐飲區油鍋起火延燒排煙管，"
            "煙經連通道觸發A館2F偵煙；B館疏散約3000人到經貿路二段人行道，一人疏散時跌倒。14:20 恢復開放。")
    s.add("planned_event", "exhibition", "10:00", None, "2026臺中國際美食展 臺中國際會展中心A、B館 預估每日入場2萬人次",
          at="ticec_a", ends="18:00", arrival=s.t("15:20", day=-3))
    s.add("parking", "full", "10:45:00", None, "臺中國際會展中心停車場 車位已滿", sensor="SN-PK-006")
    s.add("parking", "full", "11:08:00", None, "經貿六停車場 車位已滿", sensor="SN-PK-002")
    s.add("fire_alarm", "fault", "10:52:20", None, "臺灣智慧營運塔 受信總機 預備電源電壓不足", sensor="SN-FA-005")
    s.add("rule", "congestion", "11:30:00", None, "環中路車輛偵測器3 平均車速 22 km/h 低於門檻", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    r1 = s.add("119", "ambulance", "11:40", "R", "臺中國際會展中心A館入口排隊民眾 70歲女性暈倒 意識模糊", at="ticec_a", spread=(30, 60),
               severity="Moderate")
    s.add("incident", "medical", "11:44", "R", "會展中心A館入口 民眾路倒 已通報119 現場協助", at="ticec_a", spread=(20, 60), severity="Moderate")
    s.add("119", "ambulance", "11:49", "R", "救護車到場 患者疑似中暑 給氧後送醫", at="ticec_a", follows=r1, tag="119u")
    s.add("119", "ambulance", "12:05", "R", "送達中國醫藥大學附設醫院 返隊", at="ticec_a", follows=r1, tag="119u")
    s.add("1999", "illegal_parking", "12:10", None, "經貿七路兩邊都停滿了，違停很多，都是去看展的", at="ticec_b", spread=(100, 300))
    st = s.add("status", "offline", "12:30:10", None, "凱旋路/環中路二段 路口監視器 離線 comms_lost", sensor="SN-CCTV-002")
    s.add("status", "online", "12:44:50", None, "凱旋路/環中路二段 路口監視器 恢復連線", sensor="SN-CCTV-002")
    # fire
    fa = s.add("fire_alarm", "alarm", "13:15:05", "F", "臺中國際會展中心B棟 受信總機 火警 1F 餐飲區 廚房 差動式偵熱探測器動作", sensor="SN-FA-003")
    s.dup(fa, 30)
    s.add("cctv", "smoke", "13:16:20", "F", "經貿路二段/經貿七路 畫面北側建物冒煙", sensor="SN-CCTV-006", at=(120.6559, 24.1937), confidence=0.62)
    f1 = s.add("119", "fire", "13:17", "F", "西屯區臺中國際會展中心B館 餐飲攤位油鍋起火 延燒排煙管 民眾疏散中", at="ticec_b", severity="Severe")
    c = s.add("1999", "fire_smoke", "13:17", "F", "會展中心B館後面在冒煙，很多人跑出來", at="ticec_b", spread=(60, 200), delay=(150, 240))
    s.dup(c, 60)
    s.add("fire_alarm", "alarm", "13:19:30", "F", "臺中國際會展中心A棟 受信總機 火警 2F 連通道 偵煙探測器動作", sensor="SN-FA-002")
    s.add("incident", "crowd_control", "13:22", "F", "會展中心B館疏散 約3000人集中經貿路二段人行道 請求支援管制", at=(120.6562, 24.1945),
          severity="Severe", truth_alt="C")
    s.add("cctv", "crowding", "13:24:00", "F", "經貿路二段/黎明路三段 人群聚集", sensor="SN-CCTV-005", at=(120.6553, 24.1952),
          confidence=0.83, truth_alt="C")
    s.add("rule", "congestion", "13:25:00", "F", "經貿路車輛偵測器1 平均車速 9 km/h 低於門檻", sensor="SN-VD-JINGMAO-01",
          severity="Moderate", truth_alt="C")
    s.add("119", "fire", "13:28", "F", "到場 B館廚房火勢已被撒水頭壓制 排煙管內殘火處理中", at="ticec_b", follows=f1, tag="119u")
    s.add("1999", "crowding", "13:30", "F", "經貿路整條都是人，車子過不去，到底發生什麼事", at=(120.6555, 24.1950), spread=(30, 150),
          truth_alt="C")
    s.add("119", "ambulance", "13:35", "F", "會展中心B館疏散時 男性跌倒 頭部撕裂傷", at="ticec_b", spread=(40, 120), severity="Minor",
          truth_alt="C")
    cc = [i for i in s.items if i["category"] == "crowd_control"][0]["key"]
    s.add("incident", "crowd_control", "14:20", "F", "B館恢復開放 民眾陸續入場 經貿路二段管制解除", at=(120.6562, 24.1945),
          severity="Minor", follows=cc, truth_alt="C")
    s.add("fire_alarm", "normal", "14:30:00", "F", "臺中國際會展中心A棟 受信總機 復歸", sensor="SN-FA-002")
    s.add("119", "fire", "14:35", "F", "B館火警 殘火處理完畢 收隊", at="ticec_b", follows=f1, tag="119u")
    s.add("fire_alarm", "normal", "14:41:10", "F", "臺中國際會展中心B棟 受信總機 復歸", sensor="SN-FA-003")
    s.add("1999", "other", "15:10", None, "美食展的停車可以折抵嗎？", at="ticec_a", spread=(100, 400))
    s.add("rule", "congestion", "17:50:00", None, "經貿路車輛偵測器1 平均車速 17 km/h 低於門檻", sensor="SN-VD-JINGMAO-01", severity="Minor")
    s.incident("R", "rescue", "A館入口排隊民眾暈倒（疑中暑）送醫，與火災無關、早兩小時", r1)
    s.incident("F", "fire", "會展中心B館餐飲區油鍋起火延燒排煙管，A館連通道偵煙，含疏散人潮管制與疏散中跌傷", f1)
    alt = [dict(i) for i in s.incidents] + [{"label": "C", "type": "crowd",
           "description": "B館疏散人潮在經貿路二段的管制（警方人潮管制工作）另開一案", "sufficient_evidence_key": cc}]
    s.alternative("疏散出來的3000人由警方在經貿路另行管制，協調者可能把人潮管制另開一案", alt)
    return s


def s533():
    s = Sit(533, "park_carpark_fire_missing_child", "2026-03-22",
            "週日下午中央公園地下停車場B2休旅車起火，濃煙從出入口竄出，煙被吸入綠美圖B1空調觸發偵煙；"
            "公園民眾疏散時一名5歲男童走失，30分鐘後在綠美圖南側尋獲。")
    s.add("parking", "full", "14:20:00", None, "中央公園地下停車場(南) 車位已滿", sensor="SN-PK-005")
    s.add("1999", "noise", "14:50", None, "公園南邊有人在放很大聲的音樂，一直放", at="park_south", spread=(30, 200))
    s.add("status", "offline", "15:02:00", None, "中央公園滯洪池3 淹水感測器 離線", sensor="SN-FL-003")
    s.add("rule", "sensor_offline", "15:12:00", None, "中央公園滯洪池3 超過10分鐘未回傳", sensor="SN-FL-003", severity="Minor")
    s.add("status", "online", "15:25:00", None, "中央公園滯洪池3 淹水感測器 恢復連線", sensor="SN-FL-003")
    s.add("1999", "road_damage", "15:20", None, "公園裡步道地磚鬆掉翹起來，小朋友會絆倒", at="park_mid", spread=(50, 250))
    a = s.add("fire_alarm", "alarm", "15:40:12", "F", "中央公園地下停車場 受信總機 火警 B2 C區 偵煙探測器動作", sensor="SN-FA-007")
    s.add("fire_alarm", "alarm", "15:41:30", "F", "中央公園地下停車場 受信總機 B2 撒水系統動作 流水檢知", sensor="SN-FA-007")
    s.add("1999", "fire_smoke", "15:42", "F", "公園停車場出口一直冒黑煙，好臭", at="park_carpark", spread=(50, 200))
    f = s.add("119", "fire", "15:43", "F", "西屯區中央公園地下停車場B2 車輛火警 濃煙竄出 派遣水箱車3 排煙車1", at="park_carpark",
              severity="Severe")
    s.dup(f, 70)
    s.add("parking", "full", "15:45:00", "F", "中央公園地下停車場(北) 車位已滿 入口管制", sensor="SN-PK-004", truth_alt=None)
    s.add("fire_alarm", "alarm", "15:47:40", "F", "臺中綠美圖 受信總機 火警 B1 空調機房 偵煙探測器動作", sensor="SN-FA-004", truth_alt="F2")
    s.add("incident", "fire_report", "15:50", "F", "中央公園地下停車場火警 管制敦化路側出入口 疏散公園民眾", at="park_carpark",
          spread=(30, 100), severity="Moderate")
    s.add("1999", "fire_smoke", "15:52", "F", "綠美圖旁邊好大的煙，是不是綠美圖失火", at="museumbrary", spread=(100, 250),
          truth_alt="F2")
    s.add("119", "fire", "15:58", "F", "到場 B2一輛休旅車全燒 火勢控制 排煙中 無人受困", at="park_carpark", follows=f, tag="119u")
    m = s.add("incident", "other", "16:05", "R", "中央公園兒童遊戲場 家長報案 5歲男童走失 黃色上衣 藍短褲", at="park_mid",
              spread=(40, 150), severity="Moderate")
    s.add("1999", "other", "16:08", "R", "我小孩在公園不見了，剛剛大家在跑人很多，拜託幫忙找", at="park_mid", spread=(50, 250))
    s.add("rule", "congestion", "16:10:00", "F", "中科路車輛偵測器1 平均車速 12 km/h 低於門檻", sensor="SN-VD-ZHONGKE-01",
          severity="Minor", truth_alt=None)
    s.add("incident", "other", "16:32", "R", "走失男童已於綠美圖南側尋獲 交還家長", at=(120.6566, 24.1905), follows=m, severity="Minor")
    s.add("fire_alarm", "normal", "16:40:00", "F", "臺中綠美圖 受信總機 復歸", sensor="SN-FA-004", truth_alt="F2")
    s.add("119", "fire", "17:10", "F", "停車場排煙完成 殘火處理完畢 收隊", at="park_carpark", follows=f, tag="119u")
    s.add("fire_alarm", "normal", "17:30:00", "F", "中央公園地下停車場 受信總機 復歸", sensor="SN-FA-007")
    s.add("1999", "streetlight", "17:45", None, "凱旋路靠流行影音中心那邊一盞路燈一閃一閃的", at="popmusic", spread=(50, 200))
    s.add("rule", "congestion", "17:40:00", None, "環中路車輛偵測器2 平均車速 20 km/h 低於門檻", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.incident("F", "fire", "中央公園地下停車場B2車輛火警，濃煙竄出，綠美圖B1空調吸入煙觸發偵煙，停車場入口管制", f)
    s.incident("R", "rescue", "公園疏散時5歲男童走失，尋獲", m)
    alt = [dict(i) for i in s.incidents] + [{"label": "F2", "type": "fire",
           "description": "綠美圖B1偵煙另案查證（建物不同，須另派人確認）",
           "sufficient_evidence_key": [i for i in s.items if i.get("sensor_id") == "SN-FA-004"][0]["key"]}]
    s.alternative("綠美圖是另一棟建物，其警報可視為另一件需查證的火警；停車場滿位與中科路車慢可視為背景", alt)
    return s


def s534():
    s = Sit(534, "residential_tower_fire_night", "2026-03-25",
            "週三深夜生態住宅A區集合住宅12樓住宅火警，延燒13樓，住戶受困、電梯斷電2人受困、2人吸入濃煙送醫；"
            "經貿路三段封閉。同時B區梯間偵煙動作4分鐘後復歸（住戶烹煮誤報）。稍早經貿路有機車失竊報案。")
    s.add("status", "offline", "21:00:00", None, "經貿路低窪處 淹水感測器 離線 maintenance", sensor="SN-FL-008")
    s.add("status", "online", "21:22:00", None, "經貿路低窪處 淹水感測器 恢復連線", sensor="SN-FL-008")
    s.add("1999", "streetlight", "21:30", None, "敦化路一段路燈不亮，編號 XT-03172", at="eco_b", spread=(60, 200))
    th = s.add("incident", "theft", "21:50", "P", "經貿路三段騎樓 機車遭竊 車主報案", at=(120.6600, 24.1790), spread=(10, 80), severity="Minor")
    s.add("incident", "theft", "22:12", "P", "機車失竊案 已調閱路口監視器", at=(120.6600, 24.1790), follows=th, severity="Minor")
    s.add("1999", "noise", "22:20", None, "隔壁一直有人唱卡拉OK很吵，都幾點了", at="eco_b", spread=(50, 200))
    a = s.add("fire_alarm", "alarm", "22:31:05", "F", "水湳生態住宅A區集合住宅 受信總機 火警 12F 住戶 偵煙探測器動作", sensor="SN-FA-011")
    s.dup(a, 20)
    s.add("fire_alarm", "alarm", "22:32:30", "F", "水湳生態住宅A區集合住宅 受信總機 火警 12F 13F 多區動作", sensor="SN-FA-011")
    f = s.add("119", "fire", "22:33", "F", "北屯區經貿路三段集合住宅12樓 住宅火警 有人受困 派遣水箱車4 雲梯車2 救護車2", at="eco_a",
              severity="Severe")
    s.add("1999", "fire_smoke", "22:34", "F", "對面大樓12樓窗戶有火光，很多煙", at="eco_a", spread=(80, 250), delay=(200, 420))
    s.add("1999", "fire_smoke", "22:35", "F", "經貿路那棟住宅大樓失火了，快點派人", at="eco_a", spread=(60, 220), delay=(300, 500))
    s.add("incident", "fire_report", "22:36", "F", "生態住宅A區12樓火警 協助疏散住戶 管制經貿路三段", at="eco_a", spread=(10, 40),
          severity="Severe")
    fb = s.add("fire_alarm", "alarm", "22:38:10", None, "水湳生態住宅B區集合住宅 受信總機 火警 3F 梯間 偵煙探測器動作",
               sensor="SN-FA-012", truth_alt="F")
    s.add("119", "rescue", "22:39", "F", "A區大樓 火警斷電 電梯停在9樓 2人受困", at="eco_a", severity="Moderate")
    s.add("fire_alarm", "normal", "22:42:20", None, "水湳生態住宅B區集合住宅 受信總機 復歸 管理員確認住戶烹煮誤報",
          sensor="SN-FA-012", truth_alt="F")
    s.add("incident", "road_closure", "22:45", "F", "經貿路三段 敦化路至中平路段 雙向封閉 消防車作業", at=(120.6593, 24.1830),
          severity="Severe")
    s.add("rule", "congestion", "22:47:00", "F", "經貿路車輛偵測器2 平均車速 8 km/h 低於門檻", sensor="SN-VD-JINGMAO-02", severity="Moderate")
    s.add("119", "fire", "22:50", "F", "12樓火勢控制 13樓局部延燒撲滅 救出受困住戶3人", at="eco_a", follows=f, tag="119u")
    s.add("119", "ambulance", "22:55", "F", "A區住戶2名吸入濃煙 送中國醫藥大學附設醫院", at="eco_a", severity="Moderate")
    s.add("1999", "illegal_parking", "22:58", "F", "A區後面消防車道被車子擋住，消防車進不去", at="eco_a", spread=(30, 100))
    s.add("1999", "other", "23:05", "F", "我們住A區被叫下來，什麼時候可以回家？", at="eco_a", spread=(20, 120))
    s.add("119", "fire", "23:40", "F", "殘火處理完畢 排煙完成 收隊 留守1車", at="eco_a", follows=f, tag="119u")
    rc = [i for i in s.items if i["category"] == "road_closure"][0]["key"]
    s.add("incident", "road_closure", "23:50", "F", "經貿路三段解除管制 恢復雙向通行", at=(120.6593, 24.1830), follows=rc, severity="Minor")
    s.add("fire_alarm", "normal", "23:55:00", "F", "水湳生態住宅A區集合住宅 受信總機 復歸", sensor="SN-FA-011")
    s.incident("F", "fire", "生態住宅A區12-13樓住宅火警，受困住戶、電梯受困、吸入濃煙送醫、經貿路三段封閉", f)
    s.incident("P", "public_safety", "經貿路三段騎樓機車失竊報案", th)
    s.alternative("B區的偵煙在A區火警時動作，協調者可能先當同一火警派人查看，直到復歸與誤報說明到來",
                  [dict(i) for i in s.incidents])
    return s


def s535():
    s = Sit(535, "gas_leak_near_hub_fight_theft", "2026-03-26",
            "週四中午黎明路三段轉運中心對面餐廳瓦斯管線外洩，疏散商家、封閉黎明路三段；同一時段轉運中心候車區兩男插隊互毆一人流血，"
            "另有旅客月台手機遭扒。三件相距數百公尺內。")
    rest = (120.6525, 24.1948)
    s.add("parking", "full", "11:30:00", None, "水湳轉運中心停車場 車位已滿", sensor="SN-PK-001")
    s.add("fire_alarm", "fault", "11:35:40", None, "水湳轉運中心 受信總機 回路5 接地故障", sensor="SN-FA-001")
    s.add("1999", "illegal_parking", "11:40", None, "轉運站出口計程車一直併排，很危險", at="hub", spread=(40, 150))
    g1 = s.add("1999", "gas_odor", "11:52", "G", "黎明路三段這邊瓦斯味超重，整條街都聞得到", at=rest, spread=(40, 180))
    s.add("1999", "gas_odor", "11:54", "G", "轉運站對面那間餐廳一直有瓦斯味，裡面的人都跑出來了", at=rest, spread=(20, 90))
    h = s.add("119", "hazmat", "11:55", "G", "西屯區黎明路三段 餐廳瓦斯管線外洩 疏散中 派遣水箱車2 救助隊1", at=rest, spread=(0, 15),
              severity="Severe")
    s.dup(h, 45)
    s.add("incident", "hazmat_report", "11:58", "G", "黎明路三段餐廳瓦斯外洩 封鎖現場 疏散周邊商家", at=rest, spread=(10, 40), severity="Severe")
    rc = s.add("incident", "road_closure", "12:00", "G", "黎明路三段 凱旋路至經貿路二段 雙向封閉", at=(120.6515, 24.1944), severity="Moderate")
    s.add("rule", "congestion", "12:02:00", "G", "黎明路車輛偵測器1 平均車速 6 km/h 低於門檻", sensor="SN-VD-LIMING-01", severity="Moderate")
    s.add("cctv", "crowding", "12:05:00", "G", "經貿路二段/黎明路三段 人群聚集", sensor="SN-CCTV-005", at=(120.6545, 24.1955), confidence=0.7)
    fi = s.add("incident", "public_disturbance", "12:07", "P1", "水湳轉運中心候車區 兩名男子因插隊口角互毆", at="hub", spread=(10, 50),
               severity="Moderate")
    s.add("1999", "other", "12:09", "P1", "轉運站裡面有人在打架，很兇，快叫警察", at="hub", spread=(20, 80))
    s.add("rule", "congestion", "12:10:00", "G", "凱旋路車輛偵測器1 平均車速 15 km/h 低於門檻", sensor="SN-VD-KAIXUAN-01",
          severity="Minor", truth_alt=None)
    s.add("119", "ambulance", "12:12", "P1", "水湳轉運中心 鬥毆 男性頭部撕裂傷流血", at="hub", spread=(10, 50), severity="Moderate")
    s.add("119", "hazmat", "12:15", "G", "關閉瓦斯總開關 偵測濃度下降中 持續排風", at=rest, follows=h, tag="119u")
    t = s.add("incident", "theft", "12:20", "P2", "旅客於轉運中心第8月台候車 手機遭扒竊", at="hub_bays", spread=(10, 40), severity="Minor")
    s.add("incident", "public_disturbance", "12:30", "P1", "互毆雙方帶回派出所製作筆錄", at="hub", follows=fi, severity="Minor")
    s.add("119", "hazmat", "12:40", "G", "濃度歸零 交由瓦斯公司搶修 收隊", at=rest, follows=h, tag="119u")
    s.add("incident", "road_closure", "12:45", "G", "黎明路三段恢復通行", at=(120.6515, 24.1944), follows=rc, severity="Minor")
    s.add("incident", "theft", "12:50", "P2", "扒竊案 已調閱轉運中心監視器", at="hub_bays", follows=t, severity="Minor")
    s.add("1999", "gas_odor", "13:10", "G", "剛剛黎明路瓦斯味那件，現在還是有一點點味道", at=rest, spread=(30, 120), follows=g1)
    s.add("status", "offline", "13:20:00", None, "經貿路二段/環中路二段 路口監視器 離線", sensor="SN-CCTV-004")
    s.add("status", "online", "13:21:30", None, "經貿路二段/環中路二段 路口監視器 恢復連線", sensor="SN-CCTV-004")
    s.add("1999", "streetlight", "13:40", None, "經貿路二段分隔島路燈白天亮著", at=(120.6542, 24.1965), spread=(20, 80))
    s.add("rule", "congestion", "17:45:00", None, "環中路車輛偵測器3 平均車速 19 km/h 低於門檻", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    s.incident("G", "fire", "黎明路三段餐廳瓦斯管線外洩（消防局危險物品案），疏散、封路與後續車流", h)
    s.incident("P1", "public_safety", "轉運中心候車區兩男互毆，一人頭部撕裂傷送醫", fi)
    s.incident("P2", "public_safety", "轉運中心月台旅客手機遭扒竊", t)
    s.alternative("凱旋路車速下降也可能是午間車流，不算封路的後果", [dict(i) for i in s.incidents])
    return s


def s536():
    s = Sit(536, "reclamation_chlorine_smell_lift", "2026-03-30",
            "週一上午水湳水資源回收中心加藥間氯氣外洩，中平路一帶刺激性臭味，中國醫大水湳校區3名學生不適送醫，中平路封閉；"
            "09:45 中國醫大另一棟教學大樓電梯機械故障3人受困（無關）。中平路有已許可的人行道工程。")
    s.add("planned_event", "road_works", "09:00", None, "中平路 經貿路至河南路 人行道改善工程 外側車道縮減", at=(120.6560, 24.1712),
          ends="16:00", arrival=s.t("10:00", day=-5))
    s.add("rule", "congestion", "08:10:00", None, "河南路車輛偵測器2 平均車速 17 km/h 低於門檻", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("rule", "congestion", "08:20:00", None, "環中路車輛偵測器2 平均車速 15 km/h 低於門檻", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("status", "offline", "08:50:00", None, "水湳區域排水經貿路水位 離線 comms_lost", sensor="SN-WL-003")
    s.add("1999", "blocked_drain", "08:55", None, "敦化路一段水溝蓋被落葉塞住，下雨會積水", at="eco_b", spread=(50, 200))
    s.add("rule", "sensor_offline", "09:05:00", None, "水湳區域排水經貿路水位 超過15分鐘未回傳", sensor="SN-WL-003", severity="Minor")
    g1 = s.add("1999", "gas_odor", "09:10", "H", "中平路這邊有很臭的味道，像臭雞蛋又像漂白水，眼睛會刺", at="wrc", spread=(150, 350))
    g2 = s.add("1999", "gas_odor", "09:14", "H", "中國醫大水湳校區教室裡都聞到怪味，有學生不舒服", at="cmu", spread=(30, 100))
    s.dup(g2, 120)
    h = s.add("119", "hazmat", "09:16", "H", "北屯區水湳水資源回收中心 疑似加藥間氯氣外洩 周邊異味 派遣化學車1 水箱車2", at="wrc",
              spread=(0, 20), severity="Severe")
    s.add("119", "ambulance", "09:20", "H", "中國醫藥大學水湳校區 學生3名頭暈噁心 疑吸入刺激性氣體", at="cmu", spread=(10, 60), severity="Moderate")
    s.add("fire_alarm", "fault", "09:22:00", "H", "水湳水資源回收中心 受信總機 氣體偵測連動 異常", sensor="SN-FA-008", skew=300,
          truth_alt=None)
    s.add("incident", "hazmat_report", "09:25", "H", "水資源回收中心氯氣外洩 周邊勸導民眾關窗 中平路經貿路口管制", at="wrc", spread=(20, 80),
          severity="Severe")
    rc = s.add("incident", "road_closure", "09:28", "H", "中平路 經貿路至皇城街段 暫時封閉", at=(120.6620, 24.1741), severity="Moderate")
    s.add("rule", "congestion", "09:30:00", "H", "中平路車輛偵測器2 平均車速 11 km/h 低於門檻", sensor="SN-VD-ZHONGPING-02", severity="Moderate")
    s.add("119", "hazmat", "09:40", "H", "關閉加藥管線閥門 以水霧稀釋 周界偵測中", at="wrc", follows=h, tag="119u")
    s.add("status", "online", "09:41:00", None, "水湳區域排水經貿路水位 恢復連線", sensor="SN-WL-003")
    l = s.add("119", "rescue", "09:45", "L", "中國醫藥大學水湳校區第二教學大樓 電梯故障 3人受困", at="cmu", spread=(30, 80), severity="Moderate")
    s.add("119", "rescue", "10:05", "L", "電梯受困3人已救出 無人受傷 返隊", at="cmu", follows=l, tag="119u")
    s.add("119", "hazmat", "10:20", "H", "偵測值歸零 交由廠方處理 收隊", at="wrc", follows=h, tag="119u")
    s.add("incident", "road_closure", "10:30", "H", "中平路恢復通行", at=(120.6620, 24.1741), follows=rc, severity="Minor")
    s.add("1999", "other", "10:40", None, "中平路施工圍籬擋到人行道，輪椅過不去", at=(120.6555, 24.1712), spread=(20, 100))
    s.add("1999", "streetlight", "11:10", None, "經貿路低窪處那邊有一盞路燈晚上都不會亮", at=(120.6596, 24.1825), spread=(20, 80))
    s.incident("H", "fire", "水資源回收中心加藥間氯氣外洩（消防局危險物品案），周邊異味、學生不適送醫、中平路封閉", h)
    s.incident("L", "rescue", "中國醫大水湳校區教學大樓電梯機械故障3人受困", l)
    s.alternative("回收中心受信總機的故障訊號不一定與外洩有關，可視為設備背景", [dict(i) for i in s.incidents])
    return s


if __name__ == "__main__":
    for fn in (s531, s532, s533, s534, s535, s536):
        sit = fn()
        print(sit.write(), len(sit.items))
