"""Situations 231-236. Run: python3 gen_a.py (writes into the folder above)."""
from lib import Sit, inc, offset, along, SENSORS


def s231():
    s = Sit(231, "fcu_lab_chemical_leak", "2026-03-10", "逢甲水湳校區實驗室化學品外洩")
    lab = (120.6523, 24.1793)
    # background before
    s.add("1999", "streetlight", "15:12", None, "中科路敦化路口附近那支路燈白天一直亮著，燈桿編號 XT-20417，浪費電。", lon=120.6535, lat=24.1851, spread=30)
    s.add("rule", "congestion", "15:14", None, "環中路車輛偵測器1 平均車速 18 km/h，佔有率 41%", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    # H1: the lab leak
    fa = s.add("fire_alarm", "alarm", "15:21:40", "H1", "逢甲大學水湳校區 實驗大樓 3F 化學實驗室 偵煙探測器動作", sensor="SN-FA-009")
    e1 = s.add("119", "hazmat", "15:23", "H1", "逢甲大學水湳校區實驗大樓3樓化學實驗室，學生操作時濃鹽酸與漂白水混到，產生刺激性氣體，多名學生咳嗽、眼睛刺痛，派遣化學災害搶救車。", lon=lab[0], lat=lab[1])
    s.add("1999", "gas_odor", "15:24", "H1", "我住逢甲水湳校區旁邊，突然飄來一股很刺鼻的味道，像漂白水又像游泳池，喉嚨很痛，是不是哪裡在外洩？", lon=120.6536, lat=24.1801, spread=40)
    s.add("119", "ambulance", "15:26", "H1", "逢甲水湳校區實驗大樓前，學生3名吸入刺激性氣體，呼吸不適、眼睛紅腫，送醫。", lon=lab[0], lat=lab[1], spread=25)
    s.add("119", "hazmat", "15:29", "H1", "化災車抵達，實驗大樓師生約200人疏散至操場，著A級防護衣入室偵測。", lon=lab[0], lat=lab[1], follows=e1)
    pr = s.add("incident", "road_closure", "15:31", "H1", "凱旋路逢甲水湳校區前外側車道暫時封閉，供消防化災車輛停放作業，請用路人改道。", lon=120.6516, lat=24.1795, severity="Moderate")
    s.add("1999", "other", "15:33", "H1", "逢甲那邊怎麼那麼多消防車跟救護車？是發生什麼事？凱旋路都塞住了。", lon=120.6519, lat=24.1830, spread=60)
    s.add("rule", "congestion", "15:35", "H1", "凱旋路車輛偵測器2 平均車速 14 km/h，佔有率 52%", sensor="SN-VD-KAIXUAN-02", alt=None)
    # T1: unrelated scooter crash ~300 m north on Kaixuan, during the response
    t1 = s.add("incident", "accident", "15:38", "T1", "凱旋路近逢甲水湳校區北側，機車追撞前方減速自小客車，騎士手肘擦傷，意識清楚。", lon=120.6522, lat=24.1818, severity="Minor")
    s.add("1999", "traffic_accident", "15:39", "T1", "凱旋路這邊有機車撞到汽車，騎士坐在路邊，應該還好，要不要叫警察？", lon=120.6524, lat=24.1821, spread=30)
    s.add("119", "ambulance", "15:41", "T1", "凱旋路機車與自小客擦撞，騎士左手肘擦挫傷，現場包紮後拒絕送醫。", lon=120.6522, lat=24.1819)
    s.add("incident", "accident", "15:58", "T1", "凱旋路擦撞案雙方已移置路邊，自行和解，現場排除。", lon=120.6522, lat=24.1818, severity="Minor", follows=t1)
    # H1 continues
    s.add("1999", "gas_odor", "15:48", "H1", "中科路河南路這邊也有聞到怪味，酸酸的，是不是瓦斯外洩？要不要關窗戶？", lon=120.6549, lat=24.1812, spread=50)
    s.add("cctv", "crowding", "15:50", None, "河南路/中平路口 人群聚集（放學人潮）", sensor="SN-CCTV-010", confidence=0.52)
    s.add("119", "hazmat", "16:10", "H1", "外洩液體以中和劑及吸附棉處理完畢，實驗室內氣體偵測值正常，持續排風。", lon=lab[0], lat=lab[1], follows=e1)
    s.add("fire_alarm", "normal", "16:12", "H1", "逢甲大學水湳校區 實驗大樓 3F 化學實驗室 探測器復歸", sensor="SN-FA-009")
    s.add("status", "offline", "16:15", None, "北屯雨量站 通訊中斷 (comms_lost)", sensor="SN-RG-003")
    s.add("status", "online", "16:18", None, "北屯雨量站 恢復連線", sensor="SN-RG-003")
    s.add("1999", "illegal_parking", "16:20", None, "河南路停車場門口一直有貨車停在紅線上卸貨，車子都進不去。", lon=120.6531, lat=24.1747, spread=30)
    s.add("119", "hazmat", "16:40", "H1", "現場處理完畢，師生返回大樓，化災車返隊。", lon=lab[0], lat=lab[1], follows=e1)
    s.add("incident", "road_closure", "16:45", "H1", "凱旋路逢甲水湳校區前外側車道恢復通行。", lon=120.6516, lat=24.1795, severity="Minor", follows=pr)
    s.add("1999", "noise", "16:50", None, "生態住宅旁邊的工地今天一直在打鋼筋，吵一整天了。", lon=120.6592, lat=24.1838, spread=40)
    s.add("rule", "congestion", "17:05", None, "中清路車輛偵測器2 平均車速 17 km/h（下班尖峰）", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.write(
        "平日下午，逢甲大學水湳校區化學實驗室學生誤混鹽酸與漂白水，產生氯氣類刺激性氣體：火警總機動作、119化災派遣、3名學生送醫、"
        "凱旋路外側車道封閉，周邊居民陳情刺鼻味。處理期間約300公尺北側凱旋路另有一起機車追撞小客車的輕微事故（無關）。",
        [inc("H1", "fire", "逢甲水湳校區實驗室化學品外洩（消防化災案件）：疏散、送醫、凱旋路外側車道封閉、周邊異味陳情。", fa),
         inc("T1", "traffic", "凱旋路機車追撞自小客，騎士擦傷，現場和解；與化災現場相距約300公尺，另案。", t1)],
        alternative={"why": "凱旋路車輛偵測器2 的減速位於封閉點北方約650公尺，可能是化災封閉造成的回堵，也可能只是平常的車流波動；此讀法視為背景。",
                     "incidents": [inc("H1", "fire", "逢甲水湳校區實驗室化學品外洩（不含凱旋路偵測器減速）。", fa),
                                   inc("T1", "traffic", "凱旋路機車追撞自小客，另案。", t1)]},
        notes="化災型案件以 fire 類型表示（消防局化災搶救）；1999 gas_odor 取自 docs/vocabulary.md。")


def s232():
    s = Sit(232, "hub_lift_trapped_morning", "2026-04-16", "轉運中心電梯受困與客運拋錨")
    hub = (120.6529, 24.1971)
    s.add("rule", "congestion", "07:41", None, "環中路車輛偵測器2 平均車速 21 km/h（上班尖峰）", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("cctv", "wrong_way", "07:43", None, "台74線/環中路二段 疑似機車逆向", sensor="SN-CCTV-001", confidence=0.41)
    s.add("1999", "streetlight", "07:44", None, "黎明路三段那支路燈晚上都不會亮，燈桿號碼 XT-31882，麻煩派人修。", lon=120.6515, lat=24.1946, spread=30)
    s.add("rule", "congestion", "07:47", None, "中清路車輛偵測器1 平均車速 19 km/h（上班尖峰）", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    fa = s.add("fire_alarm", "fault", "07:51", "R1", "水湳轉運中心 B棟 電梯機房 監視訊號異常", sensor="SN-FA-001", alt=None)
    r1 = s.add("119", "rescue", "07:53", "R1", "水湳轉運中心B棟2號電梯停在2、3樓之間，受困4人（含孕婦1名），緊急按鈕無回應，派遣救助隊。", lon=hub[0], lat=hub[1])
    s.add("parking", "full", "07:55", None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.add("1999", "other", "07:58", "R1", "我老婆被關在轉運站的電梯裡面，她懷孕七個月，打給管理室都沒人接，拜託快點！", lon=hub[0], lat=hub[1], spread=60)
    # T1 stalled coach at Zhongke / Huanzhong
    cv = s.add("cctv", "stalled_vehicle", "08:03", "T1", "中科路/環中路二段 外側車道車輛停滯", sensor="SN-CCTV-003", confidence=0.82)
    s.dup(cv, s.t("08:05:10"))
    s.add("119", "rescue", "08:05", "R1", "救助隊抵達，與電梯廠商聯繫，準備以手動盤車方式救出受困者。", lon=hub[0], lat=hub[1], follows=r1)
    t1 = s.add("incident", "stalled_vehicle", "08:09", "T1", "國道客運大客車於環中路二段中科路口拋錨，佔用外側車道，已通知業者拖吊。", lon=120.6524, lat=24.1977, severity="Moderate")
    s.add("rule", "congestion", "08:10", "T1", "環中路車輛偵測器2 平均車速 9 km/h，佔有率 63%", sensor="SN-VD-HUANZHONG-02", alt=None)
    s.add("1999", "other", "08:12", "R1", "轉運站的電梯又壞了，我推嬰兒車沒辦法上月台，到底什麼時候會修好？", lon=hub[0], lat=hub[1], spread=50, alt=None)
    s.add("1999", "traffic_accident", "08:14", "T1", "環中路轉運站那邊有一台遊覽車停在路上，是不是撞車了？後面都塞住。", lon=120.6535, lat=24.1979, spread=80)
    s.add("119", "ambulance", "08:20", "R1", "轉運中心電梯受困孕婦頭暈、心悸，救護車現場待命評估。", lon=hub[0], lat=hub[1])
    s.add("parking", "full", "08:21", None, "經貿六停車場 汽車位已滿", sensor="SN-PK-002")
    s.add("status", "offline", "08:24", None, "黎明路車輛偵測器1 通訊中斷 (comms_lost)", sensor="SN-VD-LIMING-01")
    s.add("status", "online", "08:27", None, "黎明路車輛偵測器1 恢復連線", sensor="SN-VD-LIMING-01")
    s.add("119", "rescue", "08:31", "R1", "受困4人全數救出，孕婦經評估生命徵象穩定，由家屬陪同自行就醫；電梯停用待廠商檢修。", lon=hub[0], lat=hub[1], follows=r1)
    s.add("fire_alarm", "normal", "08:33", "R1", "水湳轉運中心 B棟 電梯機房 監視訊號復歸", sensor="SN-FA-001", alt=None)
    s.add("1999", "illegal_parking", "08:36", None, "轉運站門口接送區一堆車並排停，公車都靠不了站。", lon=120.6531, lat=24.1975, spread=40)
    s.add("incident", "stalled_vehicle", "08:47", "T1", "故障大客車已拖離，環中路二段外側車道恢復通行。", lon=120.6524, lat=24.1977, severity="Minor", follows=t1)
    s.add("1999", "noise", "08:52", None, "經貿路那邊早上七點就在施工敲敲打打，吵到不行。", lon=120.6566, lat=24.1928, spread=40)
    s.add("rule", "congestion", "09:02", None, "環中路車輛偵測器3 平均車速 22 km/h", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    s.write(
        "平日上班尖峰，水湳轉運中心B棟電梯故障停在兩層之間，4名通勤旅客（含孕婦）受困，119救助隊手動盤車救出；同時約100公尺外環中路二段中科路口一部國道客運拋錨佔用車道。其餘為尖峰車流、停車場滿、路燈與違停陳情。",
        [inc("R1", "rescue", "水湳轉運中心電梯受困4人（119救助、救護待命、電梯停用）；電梯機房監視訊號與民眾抱怨電梯停用皆屬此案。", r1),
         inc("T1", "traffic", "國道客運於環中路二段中科路口拋錨佔道、拖吊。", t1)],
        alternative={"why": "總機的電梯機房監視訊號與後續『電梯壞了』抱怨可視為設備維修背景而非救援案件本身；環中路偵測器2 在尖峰本來就慢，08:10 的減速也可能與拋錨無關。",
                     "incidents": [inc("R1", "rescue", "水湳轉運中心電梯受困4人（不含總機監視訊號與停用抱怨）。", r1),
                                   inc("T1", "traffic", "國道客運拋錨佔道（不含偵測器減速）。", t1)]})


def s233():
    s = Sit(233, "water_main_burst_roadworks", "2026-05-20", "中平路施工挖破自來水幹管")
    burst = (120.6531, 24.1711)
    pe = s.add("planned_event", "road_works", "08:00", "W1", "中平路（經貿路至河南路段）道路拓寬工程，外側車道施工封閉，施工期間 05/11–06/30 每日 08:00–17:00。",
               lon=120.6545, lat=24.1709, arrival=s.t("16:20", -12), observed=s.t("08:00", -9), ends=s.t("17:00", 41), alt=None)
    s.add("rule", "congestion", "08:05", None, "環中路車輛偵測器1 平均車速 20 km/h（上班尖峰）", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("1999", "noise", "08:40", None, "中平路施工的怪手一早就在挖，震動很大，我家桌子都在抖。", lon=120.6540, lat=24.1722, spread=40)
    s.add("1999", "streetlight", "09:05", None, "河南路停車場前面的路燈白天也亮著。", lon=120.6532, lat=24.1748, spread=30)
    w1 = s.add("1999", "road_damage", "09:41", "W1", "中平路施工的地方馬路在冒水，水一直噴出來，好像怪手把水管挖破了！", lon=burst[0], lat=burst[1], spread=30)
    s.add("1999", "flooding", "09:43", "W1", "中平路河南路口這邊整片都是水，機車騎過去水花很高。", lon=120.6506, lat=24.1713, spread=30)
    p1 = s.add("incident", "flooding_report", "09:47", "W1", "中平路道路施工處疑似自來水管破裂，大量湧水漫流至河南路口，已通報自來水公司及施工單位。", lon=burst[0], lat=burst[1], severity="Moderate")
    s.add("cctv", "flooding", "09:50", "W1", "河南路/中平路口 路面積水", sensor="SN-CCTV-010", confidence=0.71)
    s.add("rule", "flood_depth", "09:52", "W1", "河南路低窪處 淹水深度 9 cm", sensor="SN-FL-007", level="1-15")
    s.add("rule", "congestion", "09:58", "W1", "中平路車輛偵測器1 平均車速 8 km/h，佔有率 58%", sensor="SN-VD-ZHONGPING-01")
    # T1: scooter falls into the water-covered hole (cascade, handled as its own job)
    t1 = s.add("incident", "injury_accident", "09:59", "T1", "機車行經中平路積水處，疑因水面下路面坑洞摔車，騎士右手擦傷。", lon=120.6522, lat=24.1712, severity="Minor", alt="W1")
    s.add("119", "ambulance", "10:00", "T1", "中平路機車自摔，騎士手部擦挫傷，送中國醫藥大學附設醫院。", lon=120.6522, lat=24.1712, alt="W1")
    p2 = s.add("incident", "road_closure", "10:02", "W1", "中平路（河南路至經貿路段）雙向封閉，請改道河南路、經貿路。", lon=120.6545, lat=24.1709, severity="Moderate")
    s.add("1999", "water_outage", "10:05", "W1", "家裡水龍頭突然沒水了，也沒看到停水公告，是怎樣？", lon=120.6565, lat=24.1738, spread=60)
    s.add("1999", "water_outage", "10:09", "W1", "我們這排店面全部沒水，中平路這邊，要做生意欸。", lon=120.6490, lat=24.1705, spread=60)
    s.add("rule", "flood_depth", "10:14", "W1", "河南路低窪處 淹水深度 21 cm", sensor="SN-FL-007", level="16-30")
    s.add("rule", "congestion", "10:20", "W1", "河南路車輛偵測器2 平均車速 11 km/h，佔有率 49%", sensor="SN-VD-HENAN-02")
    s.add("1999", "flooding", "10:25", "W1", "中國醫藥大學那邊路口淹水了，是不是下水道爆掉？", lon=120.6592, lat=24.1735, spread=60)
    s.add("incident", "road_collapse", "10:31", "W1", "破管處路面下方遭水流淘空，出現約2公尺寬坑洞，已圍設警示並加派員警管制。", lon=burst[0], lat=burst[1], severity="Severe", follows=p1)
    s.add("1999", "water_outage", "10:38", "W1", "水湳這邊是不是停水？洗衣機洗到一半沒水。", lon=120.6580, lat=24.1755, spread=80)
    s.add("status", "offline", "10:41", None, "水湳區域排水經貿路水位 通訊中斷 (comms_lost)", sensor="SN-WL-003")
    s.add("status", "online", "10:44", None, "水湳區域排水經貿路水位 恢復連線", sensor="SN-WL-003")
    s.add("1999", "water_outage", "10:52", "W1", "請問河南路二段一帶是不是停水，要停到幾點？有沒有水車？", lon=120.6475, lat=24.1690, spread=80)
    s.add("1999", "illegal_parking", "10:57", None, "中國醫藥大學水湳校區門口一直有車停在公車站。", lon=120.6590, lat=24.1737, spread=30)
    s.add("1999", "water_outage", "11:05", "W1", "敦化路那棟整棟大樓都沒水，管委會說是外面水管破，頂樓水塔也快沒了。", lon=120.6590, lat=24.1815, spread=40)
    s.add("incident", "flooding_report", "11:20", "W1", "自來水公司已關閉制水閥，湧水停止，搶修中，中平路持續封閉，預計傍晚恢復供水。", lon=burst[0], lat=burst[1], severity="Moderate", follows=p1)
    s.add("rule", "flood_depth", "11:24", "W1", "河南路低窪處 淹水深度 6 cm", sensor="SN-FL-007", level="1-15")
    s.add("1999", "water_outage", "11:31", "W1", "凱旋路尾這邊也停水了，我們阿嬤要洗腎，很需要水。", lon=120.6528, lat=24.1800, spread=60)
    s.add("1999", "other", "11:40", "W1", "中平路封起來了，要怎麼開去中國醫藥大學？公車是不是也改道？", lon=120.6505, lat=24.1700, spread=80)
    s.add("incident", "road_closure", "11:46", "W1", "中平路封閉延長至搶修完成，河南路口派員指揮。", lon=120.6545, lat=24.1709, severity="Moderate", follows=p2)
    s.write(
        "平日上午，中平路拓寬工程的怪手挖破自來水幹管，湧水漫流到河南路口並流向河南路低窪處；路面被淘空出現坑洞，中平路雙向封閉，"
        "周邊河南路、中國醫藥大學、生態住宅區陸續停水，事件在約兩小時內持續擴大。破管初期一部機車在積水坑洞摔車。",
        [inc("W1", "infrastructure", "中平路施工挖破自來水幹管：湧水、路面淘空、封路、周邊停水陳情（含施工許可作為背景關聯）。", w1),
         inc("T1", "traffic", "機車行經積水坑洞摔車，119送醫（破管造成的連帶事故，警察與救護另案處理）。", t1)],
        alternative={"why": "機車摔車發生在破管現場、起因就是破管積水，協調者也可能只把它記成破管案件中的一筆傷者；施工許可是事前核准的背景，不一定是此案的證據。",
                     "incidents": [inc("W1", "infrastructure", "中平路破管案件，含機車摔車傷者；不含施工許可。", w1)]},
        notes="施工許可（planned_event road_works）在事件前12天送達，observed 為施工起始日。1999 water_outage 與 police road_collapse、cctv flooding 取自 docs/vocabulary.md。")


def s234():
    s = Sit(234, "crane_drop_jingmao", "2026-06-08", "會展中心二期工地吊掛鋼梁掉落")
    site = (120.6577, 24.1936)
    s.add("planned_event", "exhibition", "09:00", None, "臺中國際會展中心 工具機零組件展，06/06–06/09 09:00–18:00，預估每日參觀 12,000 人。",
          lon=120.6551, lat=24.1944, arrival=s.t("11:00", -20), observed=s.t("09:00", -2), ends=s.t("18:00", 1))
    s.add("1999", "noise", "09:48", None, "會展中心後面工地在打樁，從早上就很大聲，我在綠美圖看書都聽得到。", lon=120.6575, lat=24.1925, spread=40)
    s.add("parking", "full", "10:02", None, "臺中國際會展中心停車場 汽車位已滿", sensor="SN-PK-006")
    c1 = s.add("119", "rescue", "10:12", "C1", "臺中國際會展中心二期工地，塔式起重機吊掛鋼梁時鋼索斷裂，鋼梁掉落，1名工人遭砸傷疑似受困鋼材下，另有鋼梁掉至經貿路外側車道。", lon=site[0], lat=site[1])
    s.add("1999", "other", "10:12", "C1", "經貿路工地吊車上的東西掉下來了！砸到路邊停的車，好大一聲，有工人倒在地上。", lon=120.6580, lat=24.1933, spread=30)
    s.add("cctv", "fallen_object", "10:13", "C1", "經貿路二段/經貿七路 車道上有大型掉落物", sensor="SN-CCTV-006", confidence=0.77)
    s.add("incident", "fallen_object", "10:14", "C1", "經貿路二段近經貿七路，工地鋼梁掉落佔據南下外側兩車道，1部自小客車受損，無人在車內。", lon=120.6583, lat=24.1934, severity="Severe")
    s.add("119", "ambulance", "10:15", "C1", "工地工人頭部外傷、意識模糊，救護車2部前往。", lon=site[0], lat=site[1])
    f1 = s.add("fire_alarm", "alarm", "10:16", "F1", "臺中國際會展中心 B棟 1F 東側卸貨區 偵煙探測器動作", sensor="SN-FA-003", alt="C1")
    s.add("1999", "other", "10:17", "C1", "綠美圖旁邊那個吊臂整個歪掉了，很危險，下面人行道還有人在走！", lon=120.6570, lat=24.1912, spread=40)
    s.add("rule", "congestion", "10:20", "C1", "經貿路車輛偵測器1 平均車速 10 km/h，佔有率 61%", sensor="SN-VD-JINGMAO-01")
    # T1: scooter vs light truck at Jingmao / Liming, ~350 m NW
    s.add("cctv", "stalled_vehicle", "10:22", "T1", "經貿路二段/黎明路三段 路口車輛停滯", sensor="SN-CCTV-005", confidence=0.64)
    p2 = s.add("incident", "road_closure", "10:25", "C1", "經貿路二段（黎明路至經貿七路）南下車道封閉，車輛改道中科路。", lon=120.6562, lat=24.1942, severity="Moderate")
    t1 = s.add("incident", "injury_accident", "10:26", "T1", "黎明路三段與經貿路二段口，機車與自小貨車擦撞，機車騎士左腿受傷倒地。", lon=120.6549, lat=24.1957, severity="Moderate")
    s.add("119", "ambulance", "10:27", "T1", "經貿黎明路口車禍，機車騎士左小腿疑似骨折，送醫。", lon=120.6550, lat=24.1958)
    s.add("1999", "traffic_accident", "10:28", "T1", "經貿路那邊又有車禍，是不是吊車那邊？有一個騎機車的躺在黎明路口。", lon=120.6553, lat=24.1960, spread=50)
    s.add("fire_alarm", "normal", "10:29", "F1", "臺中國際會展中心 B棟 1F 東側卸貨區 探測器復歸", sensor="SN-FA-003", alt="C1")
    s.add("119", "rescue", "10:31", "C1", "救助隊以油壓頂舉器移開鋼材，受困工人救出，意識模糊，送中國醫藥大學附設醫院。", lon=site[0], lat=site[1], follows=c1)
    s.add("incident", "other", "10:35", "F1", "會展中心B棟警報經保全與消防確認，係工地鋼梁掉落揚起粉塵由卸貨門飄入觸發，現場無火煙。", lon=120.6556, lat=24.1940, severity="Minor", alt="C1")
    s.add("status", "offline", "10:38", None, "臺中國際會展中心停車場 通訊中斷 (comms_lost)", sensor="SN-PK-006")
    s.add("status", "online", "10:41", None, "臺中國際會展中心停車場 恢復連線", sensor="SN-PK-006")
    s.add("119", "rescue", "10:48", "C1", "現場吊臂由廠商固定，無再掉落之虞，救助隊返隊；勞檢處人員到場調查。", lon=site[0], lat=site[1], follows=c1)
    s.add("incident", "injury_accident", "10:55", "T1", "黎明路口車禍雙方車輛移置，路口恢復通行，肇因待釐清。", lon=120.6549, lat=24.1957, severity="Minor", follows=t1)
    s.add("rule", "congestion", "11:02", None, "中清路車輛偵測器1 平均車速 24 km/h", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("1999", "streetlight", "11:10", None, "敦化路這邊有一盞路燈一閃一閃的。", lon=120.6590, lat=24.1850, spread=40)
    s.add("incident", "fallen_object", "11:30", "C1", "吊車業者以另一部吊車移除鋼梁，預計12時恢復經貿路南下通行。", lon=120.6583, lat=24.1934, severity="Moderate", follows=p2)
    s.write(
        "平日上午，臺中國際會展中心二期工地塔吊鋼索斷裂，鋼梁掉落砸傷工人並掉到經貿路南下外側車道；經貿路封閉改道。"
        "掉落揚塵飄進會展中心B棟卸貨區觸發火警探測器。同時約350公尺外黎明路口發生機車與小貨車擦撞（無關）。",
        [inc("C1", "rescue", "工地吊掛鋼梁掉落：工人受困救出送醫、鋼梁佔據經貿路車道、封閉改道、勞檢。", c1),
         inc("F1", "fire", "會展中心B棟火警探測器動作：須派員確認，後經確認為工地揚塵誤觸，無火。", f1),
         inc("T1", "traffic", "黎明路三段與經貿路口機車與小貨車擦撞，騎士腿傷送醫。", t1)],
        alternative={"why": "B棟火警在鋼梁掉落後4分鐘、相距約220公尺，協調者若當下已懷疑是揚塵，可能只請在場消防順道確認，把它併入工地案件。",
                     "incidents": [inc("C1", "rescue", "工地鋼梁掉落案件，含B棟揚塵誤觸警報。", c1),
                                   inc("T1", "traffic", "黎明路口機車與小貨車擦撞。", t1)]},
        notes="展覽許可與停車場滿為背景；鋼梁掉落前的工地打樁噪音陳情為例行背景。")


def s235():
    s = Sit(235, "park_market_night_dense", "2026-04-25", "中央公園週末市集夜間多起小事件")
    mk = (120.6565, 24.1878)
    pe = s.add("planned_event", "event", "16:00", None, "中央公園北側「水湳週末市集」，攤位約120攤，04/25 16:00–22:00，預估人潮 8,000 人，含小型舞台表演。",
               lon=mk[0], lat=mk[1], arrival=s.t("14:30", -6), observed=s.t("16:00"), ends=s.t("22:00"), alt="C0")
    s.add("parking", "full", "18:10", None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004", alt="C0")
    s.add("rule", "congestion", "18:15", None, "中科路車輛偵測器1 平均車速 16 km/h", sensor="SN-VD-ZHONGKE-01", severity="Minor", alt="C0")
    s.add("parking", "full", "18:31", None, "中央公園地下停車場(南) 汽車位已滿", sensor="SN-PK-005", alt="C0")
    m1 = s.add("incident", "missing_person", "18:42", "M1", "民眾報案：5歲男童於中央公園市集走失，身穿黃色上衣、藍色短褲，約18:30於飲料攤附近與母親走散。", lon=120.6563, lat=24.1876, severity="Severe")
    s.add("1999", "illegal_parking", "18:50", None, "敦化路兩邊都是去市集的車，紅線也停，救護車根本過不去。", lon=120.6588, lat=24.1862, spread=60, alt="C0")
    s.add("incident", "missing_person", "18:55", "M1", "已調閱公園監視器，通報各巡邏組及市集服務台廣播協尋。", lon=120.6563, lat=24.1876, severity="Severe", follows=m1)
    g1 = s.add("119", "hazmat", "19:02", "G1", "中央公園市集餐車攤位桶裝瓦斯調整器漏氣，有明顯瓦斯味，攤商已關閥，請求派員檢查。", lon=120.6561, lat=24.1880)
    s.add("1999", "gas_odor", "19:04", "G1", "市集那邊瓦斯味很重欸，靠近烤肉攤那邊，會不會爆炸？", lon=120.6560, lat=24.1882, spread=30)
    s.add("cctv", "crowding", "19:06", None, "經貿路二段/經貿七路 人群聚集（往公園方向移動）", sensor="SN-CCTV-006", confidence=0.66, alt="C0")
    s.add("1999", "other", "19:09", "G1", "公園裡面好像有瓦斯外洩，攤販在喊大家走開，請消防隊快來。", lon=120.6565, lat=24.1874, spread=60)
    s.add("119", "hazmat", "19:15", "G1", "已更換調整器並檢漏，無外洩，無人受傷，攤位恢復營業。", lon=120.6561, lat=24.1880, follows=g1)
    s.add("1999", "other", "19:16", "M1", "中科路那邊便利商店有一個小朋友一直哭，說找不到媽媽，穿黃色衣服。", lon=120.6538, lat=24.1838, spread=30)
    s.add("incident", "missing_person", "19:24", "M1", "走失男童已於中科路便利商店尋獲，身體無恙，交還母親。", lon=120.6538, lat=24.1838, severity="Minor", follows=m1)
    p1 = s.add("incident", "theft", "19:30", "P1", "市集內民眾手機遭扒竊，被害人指稱嫌犯穿黑色帽T往公園北側離開。", lon=120.6567, lat=24.1872, severity="Minor")
    s.add("1999", "streetlight", "19:33", None, "公園南邊步道的燈有一段都不亮，很暗。", lon=120.6560, lat=24.1790, spread=40)
    s.add("incident", "theft", "19:41", "P1", "扒竊嫌犯於公園北側出口遭巡邏員警查獲，手機返還。", lon=120.6566, lat=24.1893, severity="Minor", follows=p1)
    s.add("1999", "crowding", "19:45", None, "公園市集人多到走不動，推嬰兒車完全過不去，有沒有人在管？", lon=120.6564, lat=24.1879, spread=40, alt="C0")
    e1 = s.add("119", "ambulance", "20:05", "E1", "市集舞台前70多歲男性昏倒，意識模糊，疑似中暑或低血糖。", lon=120.6563, lat=24.1883)
    s.add("1999", "other", "20:07", "E1", "有阿伯倒在舞台前面，叫都叫不醒，快叫救護車！", lon=120.6562, lat=24.1884, spread=20)
    s.add("status", "offline", "20:12", None, "經貿路車輛偵測器2 通訊中斷 (comms_lost)", sensor="SN-VD-JINGMAO-02")
    s.add("status", "online", "20:14", None, "經貿路車輛偵測器2 恢復連線", sensor="SN-VD-JINGMAO-02")
    s.add("119", "ambulance", "20:18", "E1", "患者血糖偏低，給予處置後意識恢復，送醫觀察。", lon=120.6563, lat=24.1883, follows=e1)
    s.add("1999", "noise", "20:30", None, "市集舞台音樂開太大聲，我家在對面生態住宅，關窗還聽得到。", lon=120.6588, lat=24.1845, spread=40, alt="C0")
    t1 = s.add("incident", "accident", "20:40", "T1", "中央公園地下停車場(北)出口，兩部自小客車擦撞，無人受傷，雙方自行和解中。", lon=120.6569, lat=24.1889, severity="Minor")
    s.add("1999", "illegal_parking", "20:44", "T1", "停車場出口兩台車撞在一起停在那邊，後面車子都出不去。", lon=120.6570, lat=24.1890, spread=20)
    s.add("incident", "accident", "20:58", "T1", "停車場出口擦撞車輛已移置，出口恢復通行。", lon=120.6569, lat=24.1889, severity="Minor", follows=t1)
    s.add("rule", "congestion", "21:50", None, "中科路車輛偵測器1 平均車速 15 km/h（市集散場）", sensor="SN-VD-ZHONGKE-01", severity="Minor", alt="C0")
    s.add("cctv", "crowding", "21:55", None, "經貿路二段/經貿七路 人群聚集（散場人潮移動）", sensor="SN-CCTV-006", confidence=0.71, alt="C0")
    s.write(
        "週六晚上中央公園北側週末市集（許可活動）：人潮、停車場滿、違停與音樂噪音陳情為活動背景；同一片區域在三小時內發生五件各自獨立的小案件："
        "男童走失（在約500公尺外中科路便利商店尋獲）、餐車瓦斯調整器漏氣、扒竊、長者昏倒送醫、停車場出口擦撞。",
        [inc("M1", "rescue", "5歲男童市集走失，協尋後於中科路便利商店尋獲。", m1),
         inc("G1", "fire", "市集餐車桶裝瓦斯調整器漏氣，消防檢查更換。", g1),
         inc("P1", "public_safety", "市集扒竊手機，嫌犯查獲。", p1),
         inc("E1", "rescue", "舞台前長者昏倒（低血糖），送醫。", e1),
         inc("T1", "traffic", "中央公園地下停車場(北)出口兩車擦撞，移置。", t1)],
        alternative={"why": "市集人潮、停車場客滿、周邊違停與音樂噪音若在現場指揮所被當作一件『活動人潮管理』案件處理（交通疏導、拖吊違停），則它們屬於一件 crowd 事件，而非背景。",
                     "incidents": [inc("M1", "rescue", "男童走失。", m1), inc("G1", "fire", "瓦斯調整器漏氣。", g1),
                                   inc("P1", "public_safety", "扒竊。", p1), inc("E1", "rescue", "長者昏倒。", e1),
                                   inc("T1", "traffic", "停車場出口擦撞。", t1),
                                   inc("C0", "crowd", "週末市集人潮與周邊交通、停車、噪音管理。", pe)]},
        notes="police missing_person 與 planned_event event 為自訂/取自 docs/vocabulary.md 的類別，見 vocabulary_needed。")


def s236():
    s = Sit(236, "rain_evening_scooter_crashes", "2026-05-26", "雨天下班尖峰機車滑倒與追撞")
    x = (120.64904, 24.19365)
    s.add("rule", "heavy_rain", "17:20", None, "西屯 時雨量 42 mm", sensor="C0F9T0", level="大雨")
    s.add("rule", "heavy_rain", "17:25", None, "水湳轉運中心雨量站 時雨量 45 mm", sensor="SN-RG-002", level="大雨")
    s.add("rule", "heavy_rain", "17:30", None, "中央公園雨量站 時雨量 40.5 mm", sensor="SN-RG-001", level="大雨")
    s.add("rule", "congestion", "17:35", None, "中清路車輛偵測器2 平均車速 15 km/h（下班尖峰、雨天）", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.add("rule", "flood_depth", "17:45", "F1", "黎明路凱旋路口低窪處 淹水深度 8 cm", sensor="SN-FL-009", level="1-15", alt="S1")
    s.add("rule", "congestion", "17:48", None, "河南路車輛偵測器1 平均車速 18 km/h（下班尖峰）", sensor="SN-VD-HENAN-01", severity="Minor")
    s.add("1999", "traffic_accident", "17:53", "S1", "黎明路跟凱旋路口有機車滑倒，雨很大，人躺在地上不動，快點叫救護車！", lon=x[0], lat=x[1], spread=25)
    s.add("cctv", "stalled_vehicle", "17:53", "S1", "黎明路三段/凱旋路 路口車輛停滯", sensor="SN-CCTV-007", confidence=0.69)
    s1 = s.add("119", "ambulance", "17:54", "S1", "黎明路三段凱旋路口機車自摔，騎士意識不清，頭部出血。", lon=x[0], lat=x[1])
    s.add("1999", "traffic_accident", "17:57", "S1", "環中路凱旋路口那邊有車禍，有人倒在地上，警察來了沒？", lon=120.6477, lat=24.1966, spread=40)
    p1 = s.add("incident", "injury_accident", "18:02", "S1", "雨天路滑，機車於黎明路三段凱旋路口自摔，騎士頭部受傷送醫，現場積水約10公分。", lon=x[0], lat=x[1], severity="Severe")
    s.add("rule", "congestion", "18:05", "S1", "凱旋路車輛偵測器1 平均車速 7 km/h，佔有率 66%", sensor="SN-VD-KAIXUAN-01", alt=None)
    f1 = s.add("rule", "flood_depth", "18:10", "F1", "黎明路凱旋路口低窪處 淹水深度 19 cm", sensor="SN-FL-009", level="16-30", alt="S1")
    s.add("1999", "flooding", "18:15", "F1", "黎明路那個低窪的地方又積水了，汽車開過去水都噴到人行道上，剛剛才有人滑倒。", lon=120.6478, lat=24.1932, spread=30, alt="S1")
    t2 = s.add("1999", "fallen_tree", "18:20", "T2", "中科路上面有一棵行道樹倒下來，擋住一個車道，晚上很危險。", lon=120.6533, lat=24.1890, spread=40)
    s.add("status", "offline", "18:22", None, "北屯雨量站 電池電量低 (battery_low)", sensor="SN-RG-003")
    s.add("1999", "blocked_drain", "18:26", None, "河南路停車場旁邊的水溝蓋都被落葉塞住了，水排不掉。", lon=120.6535, lat=24.1750, spread=30)
    p2 = s.add("incident", "fallen_object", "18:31", "T2", "中科路近敦化路口路樹倒伏佔用內側車道，已通知建設局移除。", lon=120.6532, lat=24.1888, severity="Moderate")
    s.add("rule", "heavy_rain", "18:35", None, "西屯 時雨量 48 mm", sensor="C0F9T0", level="大雨")
    s2 = s.add("incident", "accident", "18:40", "S2", "環中路二段中科路口自小客追撞，無人受傷，車輛移置路邊處理。", lon=120.6520, lat=24.1980, severity="Minor")
    s.add("cctv", "stalled_vehicle", "18:41", "S2", "中科路/環中路二段 路口車輛停滯", sensor="SN-CCTV-003", confidence=0.58)
    s.add("rule", "congestion", "18:45", "S2", "環中路車輛偵測器2 平均車速 12 km/h", sensor="SN-VD-HUANZHONG-02", alt=None)
    s.add("1999", "streetlight", "18:50", None, "經貿路三段有兩盞路燈沒亮，下雨更看不到。", lon=120.6592, lat=24.1845, spread=40)
    s.add("incident", "injury_accident", "19:05", "S1", "黎明路口自摔案現場排除，騎士送中國醫藥大學附設醫院，傷勢穩定。", lon=x[0], lat=x[1], severity="Moderate", follows=p1)
    s.add("incident", "fallen_object", "19:15", "T2", "中科路倒樹已鋸除移至路旁，內側車道恢復通行。", lon=120.6532, lat=24.1888, severity="Minor", follows=p2)
    s.add("rule", "flood_depth", "19:20", "F1", "黎明路凱旋路口低窪處 淹水深度 7 cm", sensor="SN-FL-009", level="1-15", alt="S1")
    s.add("rule", "congestion", "19:25", None, "中平路車輛偵測器2 平均車速 19 km/h", sensor="SN-VD-ZHONGPING-02", severity="Minor")
    s.write(
        "雨天下班尖峰（大雨等級）：黎明路三段凱旋路口機車滑倒騎士重傷，同一路口旁低窪處積水到20公分；50分鐘後550公尺外環中路中科路口自小客追撞；"
        "中科路行道樹倒伏佔道。雨量警報、尖峰車流、水溝堵塞與路燈陳情為背景。",
        [inc("S1", "traffic", "黎明路三段凱旋路口機車雨天自摔，騎士頭部受傷送醫。", s1),
         inc("F1", "flood", "黎明路凱旋路口低窪處積水（1-15 → 16-30 cm），需水利局/養工處排水處理。", f1),
         inc("S2", "traffic", "環中路二段中科路口自小客追撞，無傷。", s2),
         inc("T2", "traffic", "中科路行道樹倒伏佔用內側車道，移除。", t2)],
        alternative={"why": "低窪處積水就在車禍路口旁，現場員警放三角錐、順便回報積水，協調者可能把積水當作這起車禍現場的一部分，而不另開淹水案件。",
                     "incidents": [inc("S1", "traffic", "黎明路凱旋路口機車自摔，含路口低窪積水。", s1),
                                   inc("S2", "traffic", "環中路中科路口追撞。", s2),
                                   inc("T2", "traffic", "中科路倒樹。", t2)]},
        notes="雨量警報只是天氣背景，不單獨構成派遣。S1 的尖峰回堵偵測、S2 的偵測器減速在另一種讀法下是背景（truth_alt null）。")


if __name__ == "__main__":
    for fn in (s231, s232, s233, s234, s235, s236):
        fn()
