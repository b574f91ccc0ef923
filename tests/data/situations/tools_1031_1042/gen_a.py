"""Situations 1031-1036. Run: python3 gen_a.py (seeded; identical output on every run)."""
from lib import Situation, sensor_pos, road_point, routine_1999, rush, ZONE_SPOTS

ZQ_UNDERPASS = sensor_pos("SN-FL-006")
HENAN_LOW = sensor_pos("SN-FL-007")
LIMING_LOW = sensor_pos("SN-FL-009")
BLOCK_A = sensor_pos("SN-FA-011")
BLOCK_B = sensor_pos("SN-FA-012")
MUSEUMBRARY = sensor_pos("SN-FA-004")
PARK_CARPARK = sensor_pos("SN-FA-007")
POP_MUSIC = sensor_pos("SN-FA-006")
J_KAIXUAN_HZ = (120.64766, 24.19659)
J_ZHONGKE_HZ = (120.65217, 24.19785)
J_JINGMAO_LIMING = (120.65496, 24.19582)
J_JINGMAO_ZHONGPING = (120.660376, 24.173594)
J_HENAN_ZHONGPING = (120.650315, 24.171058)
J_LIMING_KAIXUAN = (120.64904, 24.19365)
MARKET = (120.6598, 24.1945)           # 水湳市場, 中清路 side (GUESS ±200 m)
WORKS_ZP = road_point("zhongping", 0.22)  # 中平路拓寬工區 (經貿路–皇城街 segment, GUESS)


def s1031():
    s = Situation(1031, "underpass_flash_flood", "2026-06-12", 103101, "午後雷陣雨 中清地下道瞬間積水")
    s.description = ("週五午後一個對流胞停在水湳北側約一小時。14:30 起中清環中路口地下道積水，15 分鐘內從 8 公分漲到近 40 公分，"
                     "一部自小客熄火受困，警方封閉地下道，119 救出駕駛；雨停後 15:35 水退、15:40 恢復通行。同一時段凱旋路環中路口"
                     "一部機車雨天自摔。其餘是平日的早晚尖峰車流、1999 例行案件與一個偵測器斷線。")
    s.notes = ("可議：(1) 地下道附近兩個車輛偵測器的壅塞，是積水封路造成的（算進淹水案），但也可以讀成一般雨天車慢；"
               "(2) 15:50 民眾反映地下道入口水溝蓋被垃圾堵住，是這次積水的原因之一，算進淹水案，另一讀法是水利局的例行清溝案；"
               "(3) 16:10 詢問地下道現在還淹不淹的來電，本身不是新的現場資訊，主讀法算背景。")
    s.incident("F", "flood", "中清環中路口地下道午後暴雨瞬間積水（最深約 40 公分），車輛受困，封閉地下道約 50 分鐘")
    s.incident("A", "traffic", "凱旋路環中路二段口 雨天機車自撞，騎士擦傷送醫")
    s.alternative("壅塞偵測與水溝堵塞的來電可以不算進淹水案（一般雨天車慢、例行清溝派工）；詢問地下道是否仍淹水的來電可讀成淹水案的一部分。")
    rush(s, ["SN-VD-HUANZHONG-02", "SN-VD-JINGMAO-01"], "07:48", "08:41")
    routine_1999(s, "09:12", 0)
    routine_1999(s, "10:26", 2, "經貿路二段")
    s.status("SN-VD-KAIXUAN-02", "12:31", "offline", reason="comms_lost")
    s.status("SN-VD-KAIXUAN-02", "12:43", "online")
    routine_1999(s, "11:05", 7)
    s.rain("SN-RG-002", "14:19", 46.5)
    s.rain("SN-RG-003", "14:41", 41.0)
    s.flood("SN-FL-006", "14:31", 8, "F")
    s.flood("SN-FL-006", "14:38", 24, "F", suff=True)
    s.add("1999", "flooding", "14:40", "F", pos=ZQ_UNDERPASS, scatter=(150, 320),
          text="中清路往環中路那個地下道水一直漲，已經淹到一半輪胎，機車都不敢過去")
    s.add("cctv", "flooding", "14:43", "F", sid="SN-CCTV-008", confidence=0.81, text="中清路/環中路 影像分析：路面積水")
    k = s.flood("SN-FL-006", "14:44", 38, "F")
    s.dup(k, 95)
    kp = s.add("incident", "flooding_report", "14:46", "F", pos=ZQ_UNDERPASS, scatter=(10, 40), severity="Severe",
               text="中清環中路口地下道積水約40公分，一部自小客熄火受困，駕駛1人在車內，已通報119。第五分局")
    k119 = s.add("119", "rescue", "14:47", "F", pos=ZQ_UNDERPASS, scatter=(5, 30),
                 text="中清路環中路口地下道 車輛受困積水 駕駛1人 派遣北屯分隊救助器材車1、水箱車1")
    kc = s.add("incident", "road_closure", "14:49", "F", pos=ZQ_UNDERPASS, scatter=(20, 60), severity="Moderate",
               text="中清地下道雙向封閉，車輛改走環中路平面道路，員警2名現場管制")
    s.slow("SN-VD-ZHONGQING-01", "14:52", 9, 62, "F", alt=None)
    s.slow("SN-VD-HUANZHONG-03", "14:55", 14, 51, "F", alt=None)
    s.add("119", "rescue", "14:58", "F", pos=ZQ_UNDERPASS, scatter=(5, 30), status="on_scene", follows=k119,
          text="北屯分隊到達現場，涉水將駕駛帶離車輛，無人受傷")
    s.add("1999", "flooding", "15:02", "F", pos=ZQ_UNDERPASS, scatter=(300, 450),
          text="環中路跟中清路口那邊地下道淹起來了，公車都在繞路，要不要派人處理")
    s.add("incident", "injury_accident", "15:07", "A", pos=J_KAIXUAN_HZ, scatter=(20, 80), severity="Moderate",
          text="凱旋路與環中路二段口，機車雨天路滑自撞分隔島，騎士手腳擦傷，意識清楚。第六分局", suff=True)
    s.add("cctv", "accident", "15:06", "A", sid="SN-CCTV-002", confidence=0.66, text="凱旋路/環中路二段 影像分析：疑似事故")
    ka = s.add("119", "ambulance", "15:09", "A", pos=J_KAIXUAN_HZ, scatter=(10, 60),
               text="凱旋路環中路口 機車自摔 騎士1名擦傷 派遣西屯分隊救護車1")
    s.add("119", "ambulance", "15:31", "A", pos=J_KAIXUAN_HZ, scatter=(10, 60), status="returning", follows=ka,
          text="傷者送往澄清醫院中港院區，返隊")
    s.flood("SN-FL-006", "15:15", 27, "F")
    s.add("119", "rescue", "15:22", "F", pos=ZQ_UNDERPASS, scatter=(5, 30), status="returning", follows=k119,
          text="受困車輛已由拖吊車拖離，人員返隊")
    s.flood("SN-FL-006", "15:25", 9, "F")
    s.cleared("SN-FL-006", "15:34", "F")
    s.cleared("SN-RG-002", "15:36", what="大雨")
    s.cleared("SN-VD-ZHONGQING-01", "15:44", "F", what="壅塞", alt=None)
    s.add("incident", "road_reopened", "15:40", "F", pos=ZQ_UNDERPASS, scatter=(20, 60), severity="Minor", follows=kc,
          text="中清地下道積水已退，路面清理完畢，15:40 解除封閉恢復通行")
    s.cleared("SN-VD-HUANZHONG-03", "15:48", "F", what="壅塞", alt=None)
    s.add("1999", "blocked_drain", "15:50", "F", pos=ZQ_UNDERPASS, scatter=(60, 150), alt=None,
          text="中清地下道入口那排水溝蓋都被垃圾跟落葉塞住，難怪下一點雨就淹，請派人清")
    s.add("1999", "flooding", "16:10", None, pos=ZQ_UNDERPASS, scatter=(600, 900), alt="F",
          text="請問中清路地下道現在還有淹水嗎？我等一下要開車經過")
    rush(s, ["SN-VD-HENAN-01", "SN-VD-JINGMAO-01", "SN-VD-KAIXUAN-01"], "17:36", "18:44")
    routine_1999(s, "19:32", 4)
    routine_1999(s, "21:08", 1)
    routine_1999(s, "20:15", 5)
    return s


def s1032():
    s = Situation(1032, "two_storms_two_catchments", "2026-06-27", 103202, "同一個下午兩場雷雨 南北兩個集水區")
    s.description = ("週六。第一個雷雨胞 13:50-14:50 落在園區南側（河南路、中平路一帶），河南路低窪處積水到 34 公分，警方封外側車道、"
                     "河南路停車場入口暫停進場；15:30 水退。第二個雷雨胞 16:20-17:10 落在西北側，黎明路凱旋路口低窪處積水過 30 公分，"
                     "路口號誌進水故障，警方封閉凱旋路往環中路方向；17:45 恢復。兩處相距約 2.2 公里、不同排水集水區、不同時段，是兩件案子。")
    s.notes = ("可議：(1) 黎明路凱旋路口號誌進水故障，主讀法算在同一路口的淹水案（同一批員警現場指揮），另一讀法是交通局號誌維修的獨立案；"
               "(2) 16:58 民眾反映河南路「下午淹過的地方」還有積水和淤泥，第二場雨沒有下到南邊，主讀法算第一場淹水案的善後，"
               "另一讀法是水已退、屬例行清溝；(3) 兩處的壅塞偵測算進各自的淹水案，也可讀成週末雨天車慢。")
    s.incident("FS", "flood", "河南路低窪路段午後第一場雷雨積水（最深約 34 公分），外側車道封閉、河南路停車場暫停進場")
    s.incident("FN", "flood", "黎明路三段凱旋路口第二場雷雨積水（最深約 31 公分），號誌進水故障，凱旋路單向封閉")
    s.alternative("號誌進水故障另開交通局維修案；河南路雨後淤泥來電與兩處壅塞偵測算背景。",
                  {"SIG7": ("infrastructure", "黎明路三段凱旋路口號誌進水故障，交通局維修")})
    routine_1999(s, "10:32", 3, "中科路")
    s.add("parking", "full", "11:04", None, sid="SN-PK-004", text="中央公園地下停車場(北) 汽車車位已滿")
    routine_1999(s, "12:12", 6)
    s.rain("C0F9T0", "13:56", 44.0)
    s.rain("SN-RG-001", "14:06", 51.5)
    s.flood("SN-FL-007", "14:08", 12, "FS")
    s.flood("SN-FL-007", "14:15", 26, "FS", suff=True)
    s.add("1999", "flooding", "14:18", "FS", pos=HENAN_LOW, scatter=(150, 300),
          text="河南路二段靠近中平路這邊整條路都是水，水淹到輪框，車子開過去浪好大")
    s.add("incident", "flooding_report", "14:20", "FS", pos=HENAN_LOW, scatter=(20, 80), severity="Moderate",
          text="河南路低窪路段積水約30公分，派員現場管制，通知水利局。第六分局")
    s.add("cctv", "flooding", "14:22", "FS", sid="SN-CCTV-010", confidence=0.74, text="河南路/中平路 影像分析：路面積水")
    s.flood("SN-FL-007", "14:24", 34, "FS")
    s.add("parking", "closed", "14:26", "FS", sid="SN-PK-003", text="河南路停車場 入口積水，暫停進場")
    kc = s.add("incident", "road_closure", "14:28", "FS", pos=HENAN_LOW, scatter=(30, 90), severity="Moderate",
               text="河南路二段往中平路方向外側車道封閉，擺放交通錐，車輛改走內側")
    s.slow("SN-VD-HENAN-02", "14:30", 15, 48, "FS", alt=None)
    s.slow("SN-VD-ZHONGPING-01", "14:33", 18, 44, "FS", alt=None)
    s.add("incident", "stalled_vehicle", "14:35", "FS", pos=HENAN_LOW, scatter=(30, 120), severity="Minor",
          text="河南路積水處一部機車熄火，騎士已自行牽車離開，無人受傷")
    s.add("1999", "flooding", "14:40", "FS", pos=sensor_pos("SN-PK-003"), scatter=(50, 200),
          text="河南路停車場出口淹水，車子開不出去，要等多久")
    s.flood("SN-FL-007", "15:05", 21, "FS")
    s.flood("SN-FL-007", "15:18", 6, "FS")
    s.cleared("SN-FL-007", "15:30", "FS")
    s.cleared("SN-VD-HENAN-02", "15:33", "FS", what="壅塞", alt=None)
    s.add("incident", "road_reopened", "15:36", "FS", pos=HENAN_LOW, scatter=(30, 90), severity="Minor", follows=kc,
          text="河南路積水已退，外側車道恢復通行，交通錐已撤")
    s.cleared("SN-VD-ZHONGPING-01", "15:40", "FS", what="壅塞", alt=None)
    routine_1999(s, "15:52", 9, "經貿路三段")
    s.rain("SN-RG-002", "16:24", 48.0)
    s.flood("SN-FL-009", "16:31", 10, "FN")
    s.flood("SN-FL-009", "16:36", 23, "FN", suff=True)
    s.add("1999", "flooding", "16:38", "FN", pos=LIMING_LOW, scatter=(120, 350),
          text="黎明路三段跟凱旋路口水很深，汽車開過去浪打到機車，騎士都卡住了")
    s.add("cctv", "flooding", "16:40", "FN", sid="SN-CCTV-007", confidence=0.69, text="黎明路三段/凱旋路 影像分析：路面積水")
    s.add("signal", "fault", "16:44", "FN", sid="SN-SIG-007", alt="SIG7", alt_suff=True, text="黎明路三段/凱旋路 號誌控制器異常，燈號熄滅")
    k = s.flood("SN-FL-009", "16:45", 31, "FN")
    s.dup(k, 60)
    k2 = s.add("incident", "flooding_report", "16:47", "FN", pos=LIMING_LOW, scatter=(20, 60), severity="Severe",
               text="黎明路凱旋路口積水深及膝，路口號誌不亮，派員指揮交通")
    kc2 = s.add("incident", "road_closure", "16:49", "FN", pos=LIMING_LOW, scatter=(40, 120), severity="Moderate",
                text="凱旋路往環中路方向於黎明路口封閉，車輛改道黎明路")
    s.add("cctv", "signal_dark", "16:50", "FN", sid="SN-CCTV-007", confidence=0.88, alt="SIG7",
          text="黎明路三段/凱旋路 影像分析：號誌黑燈")
    s.slow("SN-VD-KAIXUAN-01", "16:55", 11, 58, "FN", alt=None)
    s.slow("SN-VD-LIMING-01", "16:57", 16, 47, "FN", alt=None)
    s.add("1999", "flooding", "16:58", "FS", pos=HENAN_LOW, scatter=(80, 200), alt=None,
          text="河南路下午淹過的那段現在路邊還有積水，水溝都是泥巴，下次下雨又會淹")
    s.add("1999", "traffic_signal", "17:01", "FN", pos=LIMING_LOW, scatter=(100, 250), alt="SIG7",
          text="黎明路凱旋路口紅綠燈不會亮，路口又淹水，很危險")
    s.flood("SN-FL-009", "17:15", 19, "FN")
    s.flood("SN-FL-009", "17:28", 7, "FN")
    s.cleared("SN-FL-009", "17:40", "FN")
    s.add("signal", "restored", "17:40", "FN", sid="SN-SIG-007", alt="SIG7", text="黎明路三段/凱旋路 號誌恢復正常運作")
    s.add("incident", "road_reopened", "17:45", "FN", pos=LIMING_LOW, scatter=(40, 120), severity="Minor", follows=kc2,
          text="黎明路凱旋路口積水退去，凱旋路恢復雙向通行")
    s.cleared("SN-VD-KAIXUAN-01", "17:52", "FN", what="壅塞", alt=None)
    s.cleared("SN-VD-LIMING-01", "17:55", "FN", what="壅塞", alt=None)
    s.add("parking", "full", "18:40", None, sid="SN-PK-005", text="中央公園地下停車場(南) 汽車車位已滿")
    routine_1999(s, "19:05", 4, "中科路")
    routine_1999(s, "20:31", 0)
    return s


def s1033():
    s = Situation(1033, "lightning_roof_and_tree", "2026-07-08", 103303, "雷擊 住宅頂樓起火與公園路樹")
    s.description = ("週三 15 點一場雷雨。15:14 一道落雷打中生態住宅 A 區集合住宅頂樓，屋頂太陽能板與變流器起火，火警總機動作，"
                     "鄰居看到屋頂冒煙火光，119 出動，住戶自行疏散；大樓跳電、一部電梯困 2 人，由到場的消防隊一併救出，15:50 火勢撲滅。"
                     "同一場雷雨另一道雷劈中中央公園靠綠美圖的一棵大樹，樹幹裂開倒在步道上，養工處到場處理。綠美圖的火警總機被雷擊突波"
                     "弄出一次故障訊號、一支路口攝影機當機。傍晚經貿路中平路口一起雨後追撞。")
    s.notes = ("可議：(1) 電梯受困 2 人發生在被雷擊的同一棟大樓，到場的消防隊同時處理，主讀法算同一件火災；另一讀法是獨立的救助案；"
               "(2) 公園倒樹的第二通來電提到燒焦味，但沒有起火，仍是倒樹案；(3) 綠美圖總機故障與攝影機離線是雷擊突波造成的設備問題，"
               "沒有要派的人，算背景；(4) 追撞附近中平路的壅塞偵測算進事故，也可讀成傍晚車流。")
    s.incident("L", "fire", "生態住宅 A 區集合住宅頂樓遭雷擊，太陽能板起火，住戶疏散，電梯受困 2 人")
    s.incident("T", "infrastructure", "中央公園綠美圖側大樹遭雷劈倒，擋住步道，需拉封鎖線與清除")
    s.incident("C", "traffic", "經貿路中平路口 雨後兩車追撞，一車無法行駛，占用內車道")
    s.alternative("電梯受困另開救助案；中平路壅塞偵測不算進追撞。",
                  {"LIFT": ("rescue", "生態住宅 A 區停電電梯受困 2 人")})
    rush(s, ["SN-VD-HUANZHONG-02", "SN-VD-ZHONGQING-01"], "07:52", "08:38")
    routine_1999(s, "10:15", 0)
    s.add("1999", "other", "11:42", None, pos=(120.6562, 24.1840), scatter=(30, 150),
          text="中央公園噴水池的噴水設施壞了好幾天，小朋友都在那邊玩水池裡的髒水")
    routine_1999(s, "13:05", 4, "中平路")
    s.rain("SN-RG-001", "15:02", 43.5)
    s.rain("SN-RG-002", "15:10", 40.5)
    s.add("fire_alarm", "alarm", "15:14", "L", sid="SN-FA-011", text="水湳生態住宅 A區 集合住宅 火警受信總機 R棟頂樓區域 火警")
    s.add("1999", "fire_smoke", "15:15", "L", pos=BLOCK_A, scatter=(200, 300), suff=True,
          text="剛剛一聲好大的雷打到經貿路三段那棟住宅大樓頂樓，現在頂樓在冒煙，好像有火")
    k119 = s.add("119", "fire", "15:16", "L", pos=BLOCK_A, scatter=(5, 25),
                 text="經貿路三段集合住宅頂樓疑雷擊起火，太陽能板冒煙，派遣北屯分隊水箱車2、雲梯車1、救護車1")
    s.add("1999", "fire_smoke", "15:17", "L", pos=BLOCK_A, scatter=(350, 450),
          text="從敦化路這邊看過去，那棟大樓屋頂有火光，黑煙一直冒")
    s.add("incident", "fire_report", "15:19", "L", pos=BLOCK_A, scatter=(10, 40), severity="Moderate",
          text="經貿路三段集合住宅頂樓雷擊起火，消防車陸續到場，員警協助交通管制。第五分局")
    fa4 = s.add("fire_alarm", "fault", "15:21", None, sid="SN-FA-004", text="臺中綠美圖 火警受信總機 迴路異常（疑雷擊突波）")
    s.add("1999", "fallen_tree", "15:22", "T", pos=MUSEUMBRARY, scatter=(120, 220), suff=True,
          text="中央公園靠綠美圖那邊一棵大樹被雷劈到，整棵倒下來擋住步道，還好沒有人在下面")
    s.add("119", "fire", "15:24", "L", pos=BLOCK_A, scatter=(5, 25), status="on_scene", follows=k119,
          text="北屯分隊到達，頂樓太陽能板及變流器燃燒中，佈線搶救")
    s.add("incident", "evacuation", "15:25", "L", pos=BLOCK_A, scatter=(10, 50), severity="Moderate",
          text="住戶約40人自行疏散至一樓中庭，管委會清點中")
    s.status("SN-CCTV-006", "15:26", "offline", reason="device_fault", text="經貿路二段/經貿七路 路口監視器 離線（設備異常）")
    s.add("1999", "power_outage", "15:30", "L", pos=BLOCK_A, scatter=(10, 60),
          text="雷打下來之後我們整棟停電，電梯也停了，冷氣都沒有")
    s.add("1999", "rescue", "15:33", "L", pos=BLOCK_A, scatter=(10, 60), alt="LIFT", alt_suff=True,
          text="經貿路三段那棟大樓電梯停電卡在5樓跟6樓中間，裡面有兩個人出不來")
    s.add("1999", "fallen_tree", "15:40", "T", pos=MUSEUMBRARY, scatter=(150, 280),
          text="公園步道有一棵樹倒下來，樹幹裂開還有燒焦味，要繞很遠")
    s.add("1999", "公園路樹", "15:45", "T", pos=MUSEUMBRARY, scatter=(150, 250),
          text="綠美圖後面步道上方有斷掉的樹枝還掛著，隨時會掉下來，很危險")
    s.add("fire_alarm", "normal", "15:48", None, sid="SN-FA-004", text="臺中綠美圖 火警受信總機 復歸")
    s.add("119", "fire", "15:50", "L", pos=BLOCK_A, scatter=(5, 25), status="returning", follows=k119,
          text="火勢撲滅，燒損頂樓太陽能板約20平方公尺，電梯受困2人已救出，無人受傷")
    s.add("fire_alarm", "normal", "15:55", "L", sid="SN-FA-011", text="水湳生態住宅 A區 集合住宅 火警受信總機 復歸")
    s.add("incident", "fallen_object", "16:10", "T", pos=MUSEUMBRARY, scatter=(120, 220), severity="Minor",
          text="中央公園步道路樹倒塌，已拉封鎖線，通知養工處派員鋸除")
    s.add("119", "fire", "16:30", "L", pos=BLOCK_A, scatter=(5, 25), status="closed", follows=k119, text="案件結案")
    s.status("SN-CCTV-006", "16:41", "online", text="經貿路二段/經貿七路 路口監視器 恢復連線")
    s.add("incident", "accident", "17:20", "C", pos=J_JINGMAO_ZHONGPING, scatter=(20, 80), severity="Minor", suff=True,
          text="經貿路與中平路口兩部自小客追撞，無人受傷，一車前保桿損壞無法行駛，占用內車道，待拖吊")
    s.add("cctv", "stalled_vehicle", "17:21", "C", sid="SN-CCTV-011", confidence=0.71, text="經貿路/中平路 影像分析：車輛停滯")
    s.slow("SN-VD-ZHONGPING-02", "17:24", 17, 46, "C", alt=None)
    s.add("1999", "traffic_accident", "17:25", "C", pos=J_JINGMAO_ZHONGPING, scatter=(60, 200),
          text="中平路經貿路口有兩台車撞在一起停在路中間，車子都塞住了")
    rush(s, ["SN-VD-ZHONGKE-01", "SN-VD-HENAN-01"], "17:48", "18:52")
    s.cleared("SN-VD-ZHONGPING-02", "18:05", "C", what="壅塞", alt=None)
    routine_1999(s, "20:40", 2, "經貿路二段")
    return s


def s1034():
    s = Situation(1034, "power_trip_signals_pump", "2026-07-16", 103404, "雷雨跳電 號誌全黑 地下道抽水站停擺")
    s.description = ("週四傍晚雷雨。16:02 台電饋線被雷擊跳脫，經貿路二段三個路口號誌全黑，轉運中心與會展中心的火警總機報主電源停電，"
                     "會展停車場與一支路口攝影機斷電離線；員警到三個路口指揮交通，一處路口兩車擦撞。同一條饋線供電的中清地下道抽水站"
                     "停擺，雨水抽不出去，地下道 16:20 起積水到 30 公分以上，警方封閉、請水利局調移動式抽水機；17:04 復電，號誌恢復，"
                     "抽水站重新運轉，17:40 地下道水退。")
    s.notes = ("可議：(1) 停電是因、地下道積水是果，但要派的是兩批人（台電與號誌、員警指揮交通 vs. 水利局抽水機與封閉地下道），"
               "主讀法分兩件；報告「抽水站停電」的那兩筆，主讀法放在淹水案，另一讀法放在停電案；(2) 號誌全黑路口的擦撞，"
               "現場就是在指揮交通的員警處理，主讀法算停電案，另一讀法是獨立的交通事故案；(3) 壅塞偵測同前。")
    s.incident("P", "infrastructure", "台電饋線雷擊跳脫：經貿路二段三處路口號誌全黑、轉運中心與會展中心停電，員警路口指揮")
    s.incident("U", "flood", "中清地下道抽水站因停電停擺，地下道積水逾 30 公分，封閉約 1 小時 20 分")
    s.alternative("抽水站停電的報告算進停電案；號誌黑燈路口的擦撞另開交通事故案；壅塞偵測算背景。",
                  {"X5": ("traffic", "經貿路黎明路口號誌黑燈時兩車擦撞")})
    rush(s, ["SN-VD-HUANZHONG-02"], "08:09", "08:47")
    routine_1999(s, "09:41", 8, "凱旋路")
    routine_1999(s, "11:33", 3, "經貿路三段")
    routine_1999(s, "13:16", 7)
    s.status("SN-VD-HENAN-02", "14:49", "offline", reason="comms_lost")
    s.status("SN-VD-HENAN-02", "14:58", "online")
    s.rain("SN-RG-002", "15:43", 47.5)
    s.add("signal", "fault", "16:02:31", "P", sid="SN-SIG-004", suff=True, text="經貿路二段/環中路二段 號誌控制器失電，燈號熄滅")
    s.add("signal", "fault", "16:02:40", "P", sid="SN-SIG-005", text="經貿路二段/黎明路三段 號誌控制器失電，燈號熄滅")
    s.add("signal", "fault", "16:02:52", "P", sid="SN-SIG-006", text="經貿路二段/經貿七路 號誌控制器失電，燈號熄滅")
    s.add("fire_alarm", "fault", "16:03:05", "P", sid="SN-FA-001", text="水湳轉運中心 火警受信總機 主電源停電，切換預備電源")
    s.add("fire_alarm", "fault", "16:03:09", "P", sid="SN-FA-002", text="臺中國際會展中心 A棟 火警受信總機 主電源斷電")
    s.status("SN-PK-006", "16:03:20", "offline", "P", reason="mains_power_lost")
    s.status("SN-CCTV-005", "16:03:24", "offline", "P", reason="mains_power_lost")
    s.add("cctv", "signal_dark", "16:05", "P", sid="SN-CCTV-004", confidence=0.9, text="經貿路二段/環中路二段 影像分析：號誌黑燈")
    s.add("1999", "traffic_signal", "16:06", "P", pos=(120.65345, 24.19848), scatter=(60, 200),
          text="經貿路環中路口紅綠燈全部不亮，車子亂鑽，快撞到了")
    s.add("incident", "traffic_signal_fault", "16:07", "P", pos=J_JINGMAO_LIMING, scatter=(20, 80), severity="Severe",
          text="經貿路二段沿線環中路、黎明路、經貿七路三處路口號誌全黑，派員分赴路口指揮交通。第五分局")
    s.add("1999", "power_outage", "16:08", "P", pos=sensor_pos("SN-FA-002"), scatter=(100, 250),
          text="會展中心這邊整區停電了，展場裡面冷氣也停了，什麼時候來電")
    s.slow("SN-VD-JINGMAO-01", "16:10", 8, 66, "P", alt=None)
    s.slow("SN-VD-LIMING-01", "16:12", 13, 55, "P", alt=None)
    s.add("incident", "accident", "16:18", "P", pos=J_JINGMAO_LIMING, scatter=(15, 50), severity="Minor", alt="X5",
          alt_suff=True, text="經貿路黎明路口號誌停電，兩部自小客擦撞，無人受傷，已移至路邊")
    s.flood("SN-FL-006", "16:20", 11, "U")
    s.add("incident", "other", "16:25", "U", pos=ZQ_UNDERPASS, scatter=(30, 100), severity="Moderate", alt="P",
          text="中清地下道抽水站停電，抽水機停擺，地下道開始積水，請水利局派移動式抽水機")
    s.flood("SN-FL-006", "16:28", 22, "U", suff=True)
    s.add("1999", "flooding", "16:30", "U", pos=ZQ_UNDERPASS, scatter=(150, 350), alt="P",
          text="中清路地下道開始積水了，抽水站好像沒在動，是不是也停電")
    kc = s.add("incident", "road_closure", "16:32", "U", pos=ZQ_UNDERPASS, scatter=(20, 60), severity="Moderate",
               text="中清地下道雙向封閉，車輛改走環中路平面")
    s.add("cctv", "flooding", "16:34", "U", sid="SN-CCTV-008", confidence=0.77, text="中清路/環中路 影像分析：路面積水")
    k = s.flood("SN-FL-006", "16:37", 33, "U")
    s.dup(k, 120)
    s.slow("SN-VD-ZHONGQING-01", "16:40", 10, 60, "U", alt=None)
    s.add("signal", "restored", "17:04:40", "P", sid="SN-SIG-005", text="經貿路二段/黎明路三段 號誌恢復正常運作")
    s.add("signal", "restored", "17:04:44", "P", sid="SN-SIG-004", text="經貿路二段/環中路二段 號誌恢復正常運作")
    s.add("signal", "restored", "17:04:58", "P", sid="SN-SIG-006", text="經貿路二段/經貿七路 號誌恢復正常運作")
    s.add("fire_alarm", "normal", "17:05:10", "P", sid="SN-FA-001", text="水湳轉運中心 火警受信總機 主電源恢復，復歸")
    s.add("fire_alarm", "normal", "17:05:16", "P", sid="SN-FA-002", text="臺中國際會展中心 A棟 火警受信總機 復歸")
    s.status("SN-CCTV-005", "17:05:30", "online", "P")
    s.status("SN-PK-006", "17:06:10", "online", "P")
    s.add("incident", "other", "17:10", "P", pos=J_JINGMAO_LIMING, scatter=(20, 80), severity="Minor",
          text="台電通報經貿饋線17:04復電，三處路口號誌已恢復，指揮員警撤離")
    s.cleared("SN-VD-JINGMAO-01", "17:12", "P", what="壅塞", alt=None)
    s.flood("SN-FL-006", "17:15", 24, "U")
    s.cleared("SN-VD-LIMING-01", "17:18", "P", what="壅塞", alt=None)
    s.flood("SN-FL-006", "17:28", 10, "U")
    s.cleared("SN-FL-006", "17:40", "U")
    s.add("incident", "road_reopened", "17:48", "U", pos=ZQ_UNDERPASS, scatter=(20, 60), severity="Minor", follows=kc,
          text="中清地下道抽水站恢復運轉，積水已退，解除封閉")
    s.cleared("SN-VD-ZHONGQING-01", "17:55", "U", what="壅塞", alt=None)
    rush(s, ["SN-VD-HENAN-01", "SN-VD-ZHONGKE-01"], "18:02", "18:55")
    routine_1999(s, "20:44", 0, "中平路")
    routine_1999(s, "21:30", 4)
    return s


def s1035():
    s = Situation(1035, "heat_worksite_market", "2026-07-23", 103505, "高溫 工地與市場中暑 社區變壓器過載停電")
    s.description = ("週四，氣溫 36 度以上、沒有下雨。上午水湳市場前一位老翁中暑倒地送醫；下午 13:40 中平路拓寬工地一名工人熱衰竭昏倒，"
                     "119 送醫。15:30 生態住宅 B 區一帶冷氣用電尖峰，變壓器過載停電約 75 分鐘，住戶打 1999 抱怨、火警總機報主電源停電。"
                     "其餘是許可中的道路施工造成的車慢、施工噪音陳情、冷氣滴水、一隻被關在車裡的狗、雨量站電池低電量離線等平日背景。")
    s.notes = ("可議：(1) 工地救護車停在路上被攝影機判成車輛停滯，主讀法算工地中暑案，另一讀法是背景；"
               "(2) 許可施工路段的壅塞與噪音陳情是預期中的，算背景；(3) 停電案中「家裡有老人很熱」的來電沒有要救護，算停電案。")
    s.incident("H2", "rescue", "中清路水湳市場前老翁中暑倒地，送醫")
    s.incident("H1", "rescue", "中平路拓寬工地工人熱衰竭昏倒，送醫")
    s.incident("O", "infrastructure", "生態住宅 B 區一帶變壓器過載停電約 75 分鐘")
    s.alternative("工地前的車輛停滯偵測算背景。")
    s.add("planned_event", "road_works", "08:00:00", None, pos=WORKS_ZP, ends="17:00:00", arrival="-1 10:12",
          text="中平路（經貿路至皇城街段）道路拓寬工程，施工期間外側車道封閉，07/20-08/14 每日 08:00-17:00，施工範圍半徑約 300 公尺")
    rush(s, ["SN-VD-ZHONGPING-01", "SN-VD-HUANZHONG-02"], "07:55", "08:46")
    s.add("1999", "noise", "09:22", None, pos=WORKS_ZP, scatter=(150, 350),
          text="中平路施工一大早就在打路面，整排住戶都被吵醒，可以晚一點開工嗎")
    s.add("1999", "rescue", "10:40", "H2", pos=MARKET, scatter=(20, 80),
          text="水湳市場門口有一個阿伯倒在地上，叫他都不太有反應，天氣太熱了，快派救護車")
    k2 = s.add("119", "ambulance", "10:41", "H2", pos=MARKET, scatter=(10, 40), suff=True,
               text="中清路水湳市場前 老翁疑似中暑倒地 意識模糊 派遣北屯分隊救護車1")
    s.add("incident", "medical", "10:44", "H2", pos=MARKET, scatter=(10, 50), severity="Minor",
          text="水湳市場前路倒老翁，員警協助救護人員並聯絡家屬")
    s.add("119", "ambulance", "10:52", "H2", pos=MARKET, scatter=(10, 40), status="on_scene", follows=k2,
          text="到達現場，患者體溫 39.8 度，給予降溫處置")
    s.add("119", "ambulance", "11:06", "H2", pos=MARKET, scatter=(10, 40), status="returning", follows=k2,
          text="患者送往中國醫藥大學附設醫院急診，返隊")
    routine_1999(s, "11:20", 7)
    s.status("SN-RG-003", "12:02", "offline", reason="battery_low")
    k1 = s.add("119", "ambulance", "13:42", "H1", pos=WORKS_ZP, scatter=(10, 60), suff=True,
               text="中平路拓寬工地 工人昏倒 疑似熱衰竭 意識模糊 派遣西屯分隊救護車1")
    s.add("1999", "rescue", "13:45", "H1", pos=WORKS_ZP, scatter=(120, 250),
          text="中平路那邊工地有工人倒在地上，其他工人在幫他潑水，好像中暑")
    s.add("incident", "medical", "13:50", "H1", pos=WORKS_ZP, scatter=(10, 60), severity="Moderate",
          text="中平路拓寬工地一名工人中暑倒地，119已到場，工地主任在場")
    s.add("119", "ambulance", "13:55", "H1", pos=WORKS_ZP, scatter=(10, 60), status="on_scene", follows=k1,
          text="到達現場，患者疑熱衰竭，體溫偏高，給予降溫及給氧")
    s.add("cctv", "stalled_vehicle", "13:57", "H1", sid="SN-CCTV-010", confidence=0.55, alt=None,
          text="河南路/中平路 影像分析：車輛停滯")
    s.add("119", "ambulance", "14:12", "H1", pos=WORKS_ZP, scatter=(10, 60), status="returning", follows=k1,
          text="患者送往澄清醫院中港院區，返隊")
    s.add("1999", "動物救援", "14:31", None, pos=sensor_pos("SN-PK-005"), scatter=(30, 120),
          text="中央公園南邊停車場有一隻狗被關在車裡，車窗全關，已經在喘了")
    s.add("1999", "power_outage", "15:30", "O", pos=BLOCK_B, scatter=(50, 200),
          text="敦化路一段這邊社區突然停電，這麼熱冷氣都不能開，台電什麼時候來")
    s.add("fire_alarm", "fault", "15:31", "O", sid="SN-FA-012", suff=True,
          text="水湳生態住宅 B區 集合住宅 火警受信總機 主電源停電，預備電源供電中")
    s.add("1999", "power_outage", "15:34", "O", pos=BLOCK_B, scatter=(100, 300),
          text="我們這一排整個停電，聽說是變壓器跳掉，請台電快點處理")
    s.add("1999", "power_outage", "15:58", "O", pos=BLOCK_B, scatter=(30, 150),
          text="停電快半小時了，家裡有老人很熱，到底什麼時候會來電")
    s.add("fire_alarm", "normal", "16:46", "O", sid="SN-FA-012", text="水湳生態住宅 B區 集合住宅 火警受信總機 主電源恢復，復歸")
    s.status("SN-RG-003", "16:20", "online", text="北屯雨量站 恢復連線（已更換電池）")
    rush(s, ["SN-VD-HENAN-01", "SN-VD-JINGMAO-01"], "17:42", "18:36")
    routine_1999(s, "19:18", 4, "經貿路三段")
    routine_1999(s, "20:05", 3, "中科路")
    routine_1999(s, "21:40", 11)
    return s


def s1036():
    s = Situation(1036, "hot_day_car_fires", "2026-08-04", 103606, "酷熱 兩起車輛火警")
    s.description = ("週二，37 度。12:48 環中路二段近中科路口一部自小客引擎室起火，駕駛下車無傷，內側車道封閉，13:20 恢復。"
                     "15:35 中央公園地下停車場 B2 一部車起火，火警總機動作、停車場封閉、民眾疏散，管理員吸入濃煙送醫，16:20 撲滅。"
                     "會展中心有展覽，停車場滿、傍晚車多；14:20 有一通說綠美圖附近聞到燒塑膠味、沒講在哪裡的來電，之後沒有人再報。")
    s.notes = ("可議：(1) 14:20 燒塑膠味的來電，沒有位置、沒有人再報、119 沒出動，主讀法算背景，另一讀法是要派人查看的單一來電案；"
               "(2) 停車場封閉後車主問何時能取車的來電，主讀法算停車場火警，另一讀法是背景；(3) 兩處火警附近的壅塞偵測同前。")
    s.incident("C1", "fire", "環中路二段近中科路口自小客引擎室起火，內側車道封閉")
    s.incident("C2", "fire", "中央公園地下停車場 B2 車輛火警，停車場封閉、民眾疏散、1 人嗆傷")
    s.alternative("燒塑膠味的來電另開查看案；壅塞偵測與車主詢問算背景。",
                  {"SMELL": ("fire", "綠美圖附近燒塑膠味，位置不明，派員查看")})
    s.add("planned_event", "exhibition", "09:00:00", None, pos=sensor_pos("SN-FA-002"), ends="18:00:00",
          arrival="-3 15:20", text="2026臺中國際機械設備展，臺中國際會展中心 A、B 棟，08/03-08/06 每日 09:00-18:00，預估每日參觀 15,000 人次")
    rush(s, ["SN-VD-HUANZHONG-02", "SN-VD-JINGMAO-01"], "07:44", "08:50")
    routine_1999(s, "09:05", 0)
    s.add("parking", "full", "10:58", None, sid="SN-PK-006", text="臺中國際會展中心停車場 汽車車位已滿")
    s.add("cctv", "smoke", "12:48", "C1", sid="SN-CCTV-003", confidence=0.72, text="中科路/環中路二段 影像分析：煙霧")
    s.add("1999", "fire_smoke", "12:49", "C1", pos=J_ZHONGKE_HZ, scatter=(150, 280), suff=True,
          text="環中路二段往中清方向有台車引擎蓋在冒煙，好像要燒起來了，駕駛站在旁邊")
    kf = s.add("119", "fire", "12:50", "C1", pos=J_ZHONGKE_HZ, scatter=(30, 90),
               text="環中路二段中科路口 自小客車引擎室起火 派遣西屯分隊水箱車1、救護車1")
    s.add("incident", "fire_report", "12:51", "C1", pos=J_ZHONGKE_HZ, scatter=(30, 90), severity="Severe",
          text="環中路二段近中科路口車輛火警，駕駛已下車無人受傷，員警到場管制。第六分局")
    kc = s.add("incident", "road_closure", "12:53", "C1", pos=J_ZHONGKE_HZ, scatter=(30, 90), severity="Moderate",
               text="環中路二段往東內側車道封閉，供消防車作業")
    s.slow("SN-VD-HUANZHONG-02", "12:55", 12, 49, "C1", alt=None)
    s.add("1999", "fire_smoke", "12:58", "C1", pos=J_ZHONGKE_HZ, scatter=(300, 450),
          text="環中路上有車子在燒，黑煙很大，從逢甲這邊都看得到")
    s.add("119", "fire", "13:01", "C1", pos=J_ZHONGKE_HZ, scatter=(30, 90), status="on_scene", follows=kf, text="到達現場，引擎室燃燒中，射水撲滅")
    s.add("119", "fire", "13:12", "C1", pos=J_ZHONGKE_HZ, scatter=(30, 90), status="returning", follows=kf,
          text="火勢撲滅，燒損引擎室，無人傷亡，返隊")
    s.add("incident", "road_reopened", "13:21", "C1", pos=J_ZHONGKE_HZ, scatter=(30, 90), severity="Minor", follows=kc,
          text="燒毀車輛已拖離，環中路二段內側車道恢復通行")
    s.cleared("SN-VD-HUANZHONG-02", "13:27", "C1", what="壅塞", alt=None)
    s.add("1999", "fire_smoke", "14:20", None, pos=MUSEUMBRARY, scatter=(150, 400), alt="SMELL", alt_suff=True,
          text="綠美圖附近一直聞到燒塑膠的味道，不知道從哪裡來的")
    s.add("fire_alarm", "alarm", "15:35", "C2", sid="SN-FA-007", text="中央公園地下停車場 火警受信總機 B2 偵煙 火警")
    s.add("1999", "fire_smoke", "15:37", "C2", pos=PARK_CARPARK, scatter=(60, 180), suff=True,
          text="中央公園地下停車場出口一直冒黑煙出來，裡面好像有車燒起來")
    kf2 = s.add("119", "fire", "15:38", "C2", pos=PARK_CARPARK, scatter=(10, 40),
                text="中央公園地下停車場B2 車輛火警 派遣北屯分隊水箱車2、排煙車1、救護車1")
    s.add("incident", "fire_report", "15:42", "C2", pos=PARK_CARPARK, scatter=(10, 50), severity="Severe",
          text="中央公園地下停車場B2車輛起火，濃煙從出入口竄出，管理員已疏散民眾")
    s.add("incident", "evacuation", "15:43", "C2", pos=PARK_CARPARK, scatter=(10, 60), severity="Moderate",
          text="停車場內及地下街民眾約30人疏散至公園地面")
    s.add("parking", "closed", "15:48", "C2", sid="SN-PK-004", text="中央公園地下停車場(北) 火警，暫停開放")
    s.add("119", "fire", "15:50", "C2", pos=PARK_CARPARK, scatter=(10, 40), status="on_scene", follows=kf2,
          text="到達現場，B2一部休旅車燃燒中，進行排煙及射水")
    ka = s.add("119", "ambulance", "15:58", "C2", pos=PARK_CARPARK, scatter=(10, 40),
               text="中央公園地下停車場 管理員吸入濃煙不適 救護車1現場處置後送醫")
    s.slow("SN-VD-ZHONGKE-01", "16:05", 16, 45, "C2", alt=None)
    s.add("1999", "other", "16:12", "C2", pos=PARK_CARPARK, scatter=(50, 200), alt=None,
          text="公園地下停車場封起來了，我的車停在裡面開不出來，什麼時候可以開")
    s.add("119", "fire", "16:20", "C2", pos=PARK_CARPARK, scatter=(10, 40), status="returning", follows=kf2,
          text="火勢撲滅，燒毀休旅車1部、波及鄰車1部，排煙完成，返隊")
    s.add("fire_alarm", "normal", "16:26", "C2", sid="SN-FA-007", text="中央公園地下停車場 火警受信總機 復歸")
    s.add("119", "ambulance", "16:31", "C2", pos=PARK_CARPARK, scatter=(10, 40), status="closed", follows=ka, text="傷者送醫，結案")
    s.cleared("SN-VD-ZHONGKE-01", "16:44", "C2", what="壅塞", alt=None)
    rush(s, ["SN-VD-JINGMAO-01", "SN-VD-LIMING-01", "SN-VD-HENAN-01"], "17:38", "18:45")
    routine_1999(s, "18:22", 2, "經貿路二段")
    routine_1999(s, "21:02", 4)
    return s


ALL = [s1031, s1032, s1033, s1034, s1035, s1036]

if __name__ == "__main__":
    for f in ALL:
        print(f().write())
