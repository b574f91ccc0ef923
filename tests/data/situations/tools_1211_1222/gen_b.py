"""Situations 1217-1222 (seeded; run from anywhere)."""
from lib import Sit, inc, P, offset


def s1217():
    s = Sit(1217, "reclamation_fire_grass_fire_truck", "2026-01-14 07:05", 1217)
    grass = offset(*P["水資中心"], 650, 75)          # vacant lot by 中清路, NE-E of the plant
    truck = offset(*P["經貿中平口"], 160, 95)        # 中平路 east of 經貿路
    works = offset(*P["經貿中平口"], 250, 350)       # 經貿路三段 works site
    s.permit("road_works", -35, 540, works, "經貿路三段(中平路至敦化路間) 管線工程 佔用內側車道 07:30-16:00", None, arrive_min=-900, radius=250)
    s.rule("SN-VD-ZHONGPING-01", "congestion", 3, "中平路車輛偵測器1 平均車速 21 km/h，低於門檻（上班尖峰）", None, "Minor")
    s.call("streetlight", 5, "中國醫水湳", "校區旁邊路燈白天還亮著", None, dist=120)
    # A: fire at the water reclamation centre
    a1 = s.sensor("fire_alarm", "SN-FA-008", "alarm", 13, "水湳水資源回收中心 污泥乾燥機房 火焰探測器動作", "A")
    s.call("fire_smoke", 14, "水資中心", "水資源回收中心那邊冒黑煙，很大一團", "A", dist=250, bearing=200)
    a119 = s.f119("fire", 15, "水資中心", "西屯區 水湳水資源回收中心 污泥乾燥機房火警 派遣水湳、西屯分隊", "A", dist=10)
    s.cctv("SN-CCTV-011", "smoke", 16, 0.62, "經貿路/中平路 路口北側偵測煙霧", "A")
    s.call("fire_smoke", 17, "水資中心", "我在綠美圖這邊，南邊有一柱黑煙，不知道哪裡燒起來", "A", dist=1500, bearing=355)
    # B: broken-down truck on 中平路
    b1 = s.cctv("SN-CCTV-011", "stalled_vehicle", 20, 0.84, "經貿路/中平路 路口東側車輛停滯", "B")
    b2 = s.police("stalled_vehicle", "Moderate", 22, truck, "中平路(經貿路口東側) 大貨車故障停於車道，佔用一線，待拖吊", "B", dist=10, delay=480)
    b0 = s.call("other", 23, truck, "中平路經貿路口有一台大卡車停在路中間不動", "B", dist=50, bearing=90)
    s.dup(a1, 180)
    s.police("road_closure", "Moderate", 24, "水資中心", "水資源回收中心火警 消防車停靠中平路慢車道，請用路人減速", "A", dist=150, bearing=190)
    s.rule("SN-VD-ZHONGPING-02", "congestion", 25, "中平路車輛偵測器2 平均車速 7 km/h，低於門檻", "B", "Moderate")
    s.call("other", 26, works, "經貿路施工又只剩一個車道，早上塞死了", None, dist=60)
    # C: grass fire east of the plant
    c1 = s.f119("fire", 29, grass, "北屯區中清路旁空地 雜草火警 派遣北屯分隊", "C", dist=20, delay=960)
    c0 = s.call("fire_smoke", 28, grass, "中清路旁邊的空地在燒草，火蠻大的", "C", dist=80)
    s.call("fire_smoke", 31, "中國醫水湳", "學校這邊都是燒焦味，煙從東北邊飄過來", "A", dist=30, alt="C")
    s.f119("fire", 32, "水資中心", "水資中心火警 消防到場 機房內污泥乾燥設備起火 佈線搶救", "A", status="on_scene", follows=a119, dist=10)
    s.call("fire_smoke", 33, grass, "剛剛打過，中清路空地的火燒到旁邊的鐵皮圍籬了", "C", dist=90, follows=c0)
    s.call("other", 35, truck, "中平路往中清路方向完全不能動，要遲到了", "B", dist=400, bearing=80)
    s.status("SN-CCTV-006", "offline", 36, "經貿路二段/經貿七路 路口監視器 電池電壓過低", None, reason="battery_low")
    s.call("other", 37, "經貿中平口", "經貿路跟中平路這邊到底在幹嘛，消防車、拖吊車、施工全擠在一起", "B", dist=100, bearing=300, alt=None)
    s.f119("fire", 41, grass, "中清路空地雜草火警 撲滅，燃燒面積約 300 平方公尺", "C", status="closed", follows=c1, dist=20)
    s.police("road_reopened", "Minor", 47, truck, "中平路故障大貨車已拖離，恢復通行", "B", follows=b2, dist=10)
    s.status("SN-CCTV-006", "online", 48, "經貿路二段/經貿七路 路口監視器 恢復連線", None)
    s.f119("fire", 55, "水資中心", "水資中心火警 火勢撲滅 無人受傷", "A", status="returning", follows=a119, dist=10)
    s.sensor("fire_alarm", "SN-FA-008", "normal", 57, "水湳水資源回收中心 火警受信總機 復歸", "A")
    s.rule("SN-VD-ZHONGPING-02", "cleared", 58, "中平路車輛偵測器2 車速恢復", "B", "Minor")
    s.call("other", 62, "中國醫水湳", "水資中心燒起來會不會有臭味飄一整天", "A", dist=150, bearing=20)
    s.write(
        "一月平日早上 07:05-08:10（東北季風）：水湳水資源回收中心污泥乾燥機房火警；其南方約 340 m 中平路上大貨車故障；"
        "東方約 650 m 中清路旁空地雜草火警。經貿路三段另有核准的管線工程（背景）。",
        [inc("A", "fire", "水湳水資源回收中心污泥乾燥機房火警", a1),
         inc("B", "traffic", "中平路(經貿路口東側)大貨車故障佔用車道", b0),
         inc("C", "fire", "中清路旁空地雜草火警", c0)],
        alt={"why": "東北季風下，中國醫大校區聞到的燒焦味可能來自東北方的雜草火（C）而非北方的水資中心（A）；"
                    "抱怨「消防車、拖吊車、施工全擠在一起」的來電可讀為一般抱怨（背景）。",
             "drop": []},
        notes="管線工程許可與其造成的經貿路車流、上班尖峰的中平路車速下降都是背景。CCTV 同一台先偵測北側煙霧（A）再偵測東側車輛停滯（B）。")


def s1218():
    s = Sit(1218, "typhoon_tree_sign_underpass", "2026-09-15 21:00", 1218)
    tree = offset(*P["中科環中口"], 350, 175)         # 中科路, south of 環中路
    sign = offset(*P["中科環中口"], 70, 70)           # 環中路二段 east of 中科路
    s.rule("SN-RG-002", "heavy_rain", 1, "水湳轉運中心雨量站 3 小時雨量 118 mm，達豪雨標準", None, "Severe", level="豪雨")
    s.call("other", 3, "生態A", "請問明天有沒有放颱風假", None, dist=200)
    s.rule("SN-VD-HUANZHONG-03", "sensor_offline", 5, "環中路車輛偵測器3 超過 5 分鐘未回傳", None, "Minor")
    # A: tree across 中科路
    a1 = s.call("fallen_tree", 8, tree, "中科路靠近環中路這邊一棵大樹整棵倒在馬路上，兩個車道都擋住", "A", dist=30)
    s.police("fallen_object", "Severe", 10, tree, "中科路(環中路二段南側約 350 公尺) 路樹倒塌阻斷雙向車道，請養工處派員", "A", dist=10)
    s.call("fallen_tree", 11, tree, "中科路有樹倒了，機車差點撞上去", "A", dist=120, bearing=180)
    # D: underpass flooding
    s.rule("SN-FL-006", "flood_depth", 12, "中清環中路口地下道 淹水深度 12 cm", "D", "Minor", level="1-15")
    # B: signboard on 環中路
    b1 = s.cctv("SN-CCTV-003", "fallen_object", 14, 0.79, "中科路/環中路二段 路口東側路面掉落物", "B")
    b2 = s.call("fallen_object", 15, sign, "環中路中科路口有一大片招牌被風吹下來掉在車道上", "B", dist=20)
    d1 = s.rule("SN-FL-006", "flood_depth", 17, "中清環中路口地下道 淹水深度 26 cm", "D", "Moderate", level="16-30")
    s.police("fallen_object", "Moderate", 18, sign, "環中路二段(中科路口東側) 廣告招牌掉落佔用內側車道，已擺放警示", "B", dist=10)
    # C: dark signal at 經貿路/環中路
    c1 = s.sensor("signal", "SN-SIG-004", "fault", 19, "經貿路二段/環中路二段 號誌 故障（燈頭受損）", "C")
    s.cctv("SN-CCTV-004", "signal_dark", 19.5, 0.88, "經貿路二段/環中路二段 號誌黑燈", "C", skew=-420)
    s.call("other", 21, (sign[0] + 0.0004, sign[1] + 0.0002), "環中路這邊招牌掉下來，前面紅綠燈也不亮了，很危險", "B", alt="C")
    s.rule("SN-FL-006", "flood_depth", 22, "中清環中路口地下道 淹水深度 41 cm", "D", "Severe", level=">30")
    d2 = s.f119("rescue", 23, "中清地下道", "北屯區中清路環中路口地下道 積水 自小客受困 駕駛 1 人 派遣救助隊", "D", dist=10, alt="D2")
    s.call("flooding", 23.5, "中清地下道", "中清路環中路地下道淹水，有台車卡在裡面", "D", dist=60, alt="D2")
    s.police("road_closure", "Severe", 25, "中清地下道", "中清路環中路口地下道積水封閉，車輛改道", "D", dist=30)
    s.police("traffic_signal_fault", "Moderate", 26, "經貿環中口", "經貿路二段/環中路二段 號誌燈頭被風吹歪黑燈，派員指揮", "C", dist=10)
    s.status("SN-RG-002", "offline", 27, "水湳轉運中心雨量站 通訊中斷", None, reason="comms_lost")
    s.call("flooding", 28, "中清地下道", "環中路往中清路地下道那邊怎麼封起來了", "D", dist=300, bearing=260)
    s.dup(d1, 300)
    s.call("other", 29, "經貿環中口", "經貿路環中路口紅綠燈不會亮，大家都在搶", "C", dist=80)
    s.f119("rescue", 31, "中清地下道", "救助隊到場，受困駕駛已救出，無人受傷", "D", status="on_scene", follows=d2, dist=10, alt="D2")
    s.call("fallen_tree", 32, tree, "剛剛打過，中科路的樹還倒在那邊，有沒有人要來處理", "A", dist=40, follows=a1)
    s.call("streetlight", 33, "轉運中心", "轉運中心前面路燈被風吹得一直晃，怕掉下來", None, dist=80, alt="B")
    s.call("other", 35, tree, "環中路從中科路那邊繞不過去，到底哪裡可以走", "A", dist=420, bearing=350, alt="B")
    s.call("flooding", 37.5, "中清地下道", "中清路地下道那台車的人有沒有救出來，水淹到車窗了", "D", dist=150, bearing=200, alt="D2")
    s.call("fallen_object", 38, sign, "剛剛打過，環中路那片招牌還在路上，一直有車閃來閃去", "B", dist=40, follows=b2)
    s.call("fallen_tree", 39, (tree[0] + 0.0008, tree[1] - 0.0015), "中科路上樹枝斷了好多掉在路上", "A", alt=None)
    s.call("other", 40, "經貿黎明口", "經貿路往環中路那邊卡住了，路口沒有燈，有警察嗎", "C", dist=150)
    s.call("flooding", 41, "經貿環中口", "環中路中清路那段地下道是不是淹了，導航一直叫我走", "D", dist=250, bearing=90)
    s.call("other", 42, "會展A", "會展中心外面的圍籬被風吹倒一片在人行道上", None, dist=60, bearing=60)
    s.call("streetlight", 43, "中科環中口", "中科路這邊路燈整排都熄了，倒樹那邊一片黑", "A", dist=300, bearing=170, alt=None)
    s.call("other", 45, "轉運中心", "轉運中心客運今天晚上還有沒有開", None, dist=50)
    s.call("other", 46, sign, "環中路中科路口那邊的招牌是誰家的，會不會再掉", "B", dist=90, bearing=120)
    s.call("flooding", 47, "中清地下道", "地下道水退了沒，我要回北屯", "D", dist=900, bearing=30)
    s.rule("SN-FL-001", "flood_depth", 36, "中央公園滯洪池1 水深 28 cm", None, "Moderate", level="16-30")
    s.rule("SN-WL-001", "water_level", 37, "中央公園北滯洪池水位 2.1 m，達三級警戒", None, "Moderate", level="3")
    s.police("fallen_object", "Minor", 48, sign, "環中路招牌已移除，恢復通行", "B", dist=10)
    s.status("SN-RG-002", "online", 50, "水湳轉運中心雨量站 恢復連線", None)
    s.police("fallen_object", "Minor", 62, tree, "中科路倒樹已鋸除，恢復單線通行", "A", dist=10)
    s.rule("SN-VD-HUANZHONG-03", "cleared", 64, "環中路車輛偵測器3 恢復回傳", None, "Minor")
    s.sensor("signal", "SN-SIG-004", "restored", 85, "經貿路二段/環中路二段 號誌 恢復正常", "C")
    s.rule("SN-FL-006", "cleared", 88, "中清環中路口地下道 積水退去，警戒解除", "D", "Minor")
    s.police("road_reopened", "Minor", 90, "中清地下道", "中清路環中路口地下道解除封閉", "D", dist=30)
    s.write(
        "九月颱風夜 21:00-22:30，環中路二段約 700 m 內：中科路倒樹阻斷雙向、中科路口東側招牌掉落、"
        "經貿路口號誌燈頭被吹歪黑燈、中清路口地下道積水一車受困。",
        [inc("A", "traffic", "中科路路樹倒塌阻斷雙向車道", a1),
         inc("B", "traffic", "環中路二段中科路口東側廣告招牌掉落佔用車道", b2),
         inc("C", "traffic", "經貿路二段/環中路二段號誌燈頭受損黑燈", c1),
         inc("D", "flood", "中清環中路口地下道積水逾 30 cm，自小客受困後救出，地下道封閉", d1)],
        alt={"why": "地下道受困車輛的救助可另立救助案件（D2）；同時說招牌與紅綠燈的來電可歸號誌；"
                    "「從中科路繞不過去」可讀為招牌造成；路燈晃動可讀為掉落物風險。",
             "add": [inc("D2", "rescue", "中清環中路口地下道自小客受困，救助隊救出駕駛", d2)]},
        notes="豪雨、滯洪池蓄水與水位三級警戒是背景；環中路 VD3 離線在颱風夜是通訊問題，沒有可派工作。")


def s1219():
    s = Sit(1219, "expo_child_crash_hallb_alarm", "2026-04-11 13:40", 1219)
    s.permit("exhibition", -280, 260, "會展A", "臺中國際會展中心 A、B 館 國際旅展 預估入場 40,000 人", None, arrive_min=-5000, radius=400)
    s.sensor("parking", "SN-PK-006", "full", 2, "臺中國際會展中心停車場 車位已滿", None)
    s.rule("SN-VD-JINGMAO-01", "congestion", 5, "經貿路車輛偵測器1 平均車速 17 km/h，低於門檻", None, "Minor")
    s.call("illegal_parking", 8, "會展A", "會展中心外面經貿路上違停一堆，還停在公車站", None, dist=150, bearing=300)
    s.sensor("parking", "SN-PK-001", "full", 12, "水湳轉運中心停車場 車位已滿", None)
    # A: child missing in hall A
    a1 = s.call("missing_person", 25, "會展A", "我女兒在會展中心 A 館不見了，五歲，綁兩個辮子穿黃色洋裝", "A", dist=20)
    s.police("missing_person", "Moderate", 27, "會展A", "臺中國際會展中心 A 館 5 歲女童走失，已通知館方廣播", "A", dist=30, delay=700)
    # B: fender-bender at 經貿路/環中路
    s.cctv("SN-CCTV-004", "stalled_vehicle", 30, 0.68, "經貿路二段/環中路二段 路口車輛停滯", "B")
    b1 = s.call("traffic_accident", 31, "經貿環中口", "經貿路環中路口兩台車擦撞，停在路口吵架", "B", dist=40)
    s.police("accident", "Minor", 33, "經貿環中口", "經貿路二段/環中路二段口 自小客擦撞，無人受傷，車輛移置路旁", "B", dist=10)
    # C: alarm in hall B
    c1 = s.sensor("fire_alarm", "SN-FA-003", "alarm", 36, "臺中國際會展中心 B棟 1F 美食區 偵煙探測器動作", "C")
    c119 = s.f119("fire", 37, "會展B", "西屯區 臺中國際會展中心 B 館 火警 派遣水湳分隊", "C", dist=10)
    s.call("fire_smoke", 38, "會展B", "會展中心 B 館警鈴一直響，大家都往外跑", "C", dist=40)
    s.call("crowding", 39, "會展A", "會展中心門口突然一大堆人跑出來，是發生什麼事", "C", dist=120, bearing=300)
    s.cctv("SN-CCTV-005", "crowding", 40, 0.72, "經貿路二段/黎明路三段 路口人群聚集", "C", alt=None)
    s.call("missing_person", 41, "會展A", "剛剛打過，廣播一直叫大家出去，我女兒還是找不到，很怕她被擠到", "A", dist=60, bearing=200, follows=a1)
    s.call("fire_smoke", 42, "轉運中心", "我在轉運中心，看會展中心那邊好像有冒煙", "C", dist=60)
    s.dup(c1, 120)
    s.rule("SN-VD-JINGMAO-01", "congestion", 44, "經貿路車輛偵測器1 平均車速 6 km/h，低於門檻", "C", "Moderate", alt="B")
    s.call("other", 45, "經貿環中口", "經貿路環中路口撞車那兩台還在吵，後面的車都出不去", "B", dist=90, bearing=200, follows=b1)
    s.f119("fire", 47, "會展B", "到場確認：B 館美食區攤位烹煮油煙觸動偵煙器，非火災", "C", status="on_scene", follows=c119, dist=10)
    s.status("SN-CCTV-009", "offline", 48, "臺灣大道/環中路 路口監視器 設備維護", None, reason="maintenance")
    s.sensor("fire_alarm", "SN-FA-003", "normal", 50, "臺中國際會展中心 B棟 火警受信總機 復歸", "C")
    s.police("missing_person", "Minor", 55, "會展A", "走失女童於 B 館疏散人群中由志工尋獲，已交還家長", "A", dist=60)
    s.call("crowding", 56, "會展B", "B 館說可以回去了，門口排隊排好長", "C", dist=60)
    s.f119("fire", 57, "會展B", "會展中心 B 館誤報 返隊", "C", status="returning", follows=c119, dist=10)
    s.call("other", 60, "會展A", "請問旅展的票可以退嗎", None, dist=200)
    s.status("SN-CCTV-009", "online", 66, "臺灣大道/環中路 路口監視器 恢復連線", None)
    s.call("streetlight", 70, "經貿黎明口", "黎明路有一盞路燈白天一直亮著", None, dist=200, bearing=250)
    s.write(
        "四月週六午後 13:40-14:50，國際旅展期間的會展中心：A 館 5 歲女童走失；經貿路/環中路口兩車擦撞；"
        "B 館美食區油煙觸動偵煙器、民眾疏散（誤報，仍派車）。三事相距 100-500 m。",
        [inc("A", "rescue", "會展中心 A 館 5 歲女童走失，後尋獲", a1),
         inc("B", "traffic", "經貿路二段/環中路二段口自小客擦撞", b1),
         inc("C", "fire", "會展中心 B 館偵煙器動作、人員疏散（確認為油煙誤報）", c1)],
        alt={"why": "黎明路口監視器的人群偵測可讀為旅展一般人潮；B 館疏散時經貿路 VD1 的車速下降可讀為擦撞事故的回堵。",
             "drop": []},
        notes="旅展許可、停車場滿位與 13:45 的經貿路車速下降都是活動的預期結果（背景）。")


def s1220():
    s = Sit(1220, "park_carpark_fire_jogger_fireworks", "2026-10-06 19:20", 1220)
    vent = offset(*P["公園停車場"], 60, 240)         # car-park exhaust vent in the park
    pond1 = (120.6556, 24.188341)                      # SN-FL-001, detention pond 1
    fw = offset(*pond1, 40, 270)
    jog = offset(120.6572, 24.185296, 30, 200)         # path by detention pond 2
    s.call("streetlight", 2, "綠美圖", "公園步道有兩盞燈不亮", None, dist=300, bearing=180)
    # C: firecrackers by pond 1
    c1 = s.call("noise", 5, fw, "中央公園滯洪池那邊有人一直放鞭炮，狗嚇得一直叫", "C", dist=120, bearing=270)
    s.call("fire_smoke", 8, fw, "公園草地上有人在放煙火，有煙有火花，會不會燒起來", "C", dist=50)
    # A: car fire in the underground car park
    a1 = s.sensor("fire_alarm", "SN-FA-007", "alarm", 12, "中央公園地下停車場 B2 偵熱探測器動作", "A")
    a119 = s.f119("fire", 13, "公園停車場", "西屯區 中央公園地下停車場 B2 車輛火警 派遣水湳、西屯分隊", "A", dist=10)
    s.call("fire_smoke", 14, "公園停車場", "中央公園停車場裡面有車子燒起來，都是煙，我們跑出來了", "A", dist=40)
    s.police("public_disturbance", "Minor", 14.5, fw, "中央公園滯洪池1旁 青少年燃放爆竹，派員勸導", "C", dist=20, delay=900)
    s.sensor("parking", "SN-PK-004", "closed", 15, "中央公園地下停車場(北) 暫停開放", "A")
    s.call("fire_smoke", 16, vent, "公園裡面那個通風口一直冒白煙出來", "A", dist=20, alt="C")
    s.call("fire_smoke", 17, fw, "公園裡面一直冒煙，味道很嗆", "A", dist=90, bearing=180, alt="C")
    # B: jogger collapses by pond 2
    b1 = s.call("rescue", 19, jog, "滯洪池旁邊步道有人跑步跑一跑倒下去，沒有呼吸了，有人在做 CPR", "B", dist=15)
    b119 = s.f119("ambulance", 19.5, jog, "西屯區 中央公園滯洪池2 旁步道 男子 OHCA 派遣高級救護隊", "B", dist=10)
    s.police("road_closure", "Moderate", 20, "公園停車場", "中央公園地下停車場出入口火警管制，禁止車輛進出", "A", dist=30, bearing=90)
    s.call("rescue", 21, jog, "公園有人昏倒，救護車要從哪邊進來比較快", "B", dist=120, bearing=160)
    s.dup(a1, 150)
    s.call("other", 22, (120.6566, 24.1867), "公園裡面好多消防車救護車，前面有人倒在地上", "B", alt="A")
    s.f119("fire", 23, "公園停車場", "到場 B2 一輛自小客車起火 進行搶救 排煙", "A", status="on_scene", follows=a119, dist=10)
    s.f119("ambulance", 25, jog, "救護隊到場 持續 CPR 送往中國醫藥大學附設醫院", "B", status="on_scene", follows=b119, dist=10)
    s.call("other", 26, "公園停車場", "我車子停在公園地下停車場，現在不能進去開，要等多久", "A", dist=200, bearing=0)
    s.call("noise", 28, fw, "剛剛打過，公園那群小孩還在放鞭炮", "C", dist=120, bearing=270, follows=c1)
    s.status("SN-VD-LIMING-01", "offline", 29, "黎明路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    s.rule("SN-VD-ZHONGKE-01", "congestion", 30, "中科路車輛偵測器1 平均車速 15 km/h，低於門檻", None, "Minor", alt="A")
    s.police("public_disturbance", "Minor", 33, fw, "滯洪池1旁燃放爆竹青少年已勸離", "C", dist=20)
    s.status("SN-VD-LIMING-01", "online", 36, "黎明路車輛偵測器1 恢復連線", None)
    s.f119("fire", 45, "公園停車場", "停車場車輛火警 撲滅 持續排煙", "A", status="on_scene", follows=a119, dist=10)
    s.sensor("fire_alarm", "SN-FA-007", "normal", 58, "中央公園地下停車場 火警受信總機 復歸", "A")
    s.call("other", 60, "流行影音中心", "請問週末公園有沒有市集", None, dist=200)
    s.f119("fire", 72, "公園停車場", "中央公園地下停車場車輛火警 排煙完畢 返隊", "A", status="returning", follows=a119, dist=10)
    s.sensor("parking", "SN-PK-004", "empty", 80, "中央公園地下停車場(北) 車輛已淨空，待恢復開放", "A", alt=None)
    s.write(
        "十月平日晚上 19:20-20:40，中央公園北段：地下停車場 B2 車輛火警（煙從公園通風口冒出）；"
        "西側約 100 m 滯洪池1旁青少年放鞭炮煙火；南方約 300 m 滯洪池2旁步道一名慢跑男子心跳停止。",
        [inc("A", "fire", "中央公園地下停車場 B2 車輛火警，停車場封閉", a1),
         inc("B", "rescue", "滯洪池2旁步道慢跑男子 OHCA", b1),
         inc("C", "public_safety", "滯洪池1旁青少年燃放爆竹煙火，警方勸導", c1)],
        alt={"why": "在公園內看到「冒煙」的來電，站在通風口與放鞭炮地點之間（相距約 100 m），"
                    "可讀為鞭炮煙火的煙；「消防車很多、有人倒地」可讀為火警現場；中科路車速下降可讀為火警管制。",
             "drop": []},
        notes="停車場於火警後淨空（empty）是火警的後續；另讀法視為營運訊息。")


def s1221():
    s = Sit(1221, "tanker_spill_queue_crash_wrongway", "2026-08-21 05:15", 1221)
    tank = offset(*P["中清環中口"], 140, 275)        # 環中路二段 west of 中清路
    s.call("noise", 2, "生態A", "垃圾車每天這麼早就來，音樂很吵", None, dist=150)
    s.status("SN-VD-ZHONGQING-01", "offline", 4, "中清路車輛偵測器1 設備維護", None, reason="maintenance")
    # A: diesel tanker
    s.cctv("SN-CCTV-008", "stalled_vehicle", 10, 0.81, "中清路/環中路 路口西側車輛停滯", "A")
    a1 = s.police("accident", "Severe", 11, tank, "環中路二段(中清路口西側) 油罐車與自小客碰撞側翻，柴油外洩，封閉西向車道", "A", dist=10)
    a119 = s.f119("hazmat", 12, tank, "北屯區環中路二段近中清路 油罐車翻覆 柴油外洩 派遣水湳分隊、化學車", "A", dist=10)
    s.call("traffic_accident", 12.5, tank, "環中路中清路口有油罐車翻過去，地上都是油", "A", dist=60)
    a0 = s.call("other", 14, "經貿環中口", "環中路這邊好重的柴油味", "A", dist=120, bearing=30)
    s.f119("ambulance", 15, tank, "環中路油罐車事故 自小客駕駛輕傷 派遣救護車", "A", dist=10)
    s.rule("SN-FL-006", "flood_depth", 17, "中清環中路口地下道 淹水深度 3 cm", "A", "Minor", level="1-15", alt=None)
    s.police("hazmat_report", "Severe", 18, tank, "柴油流入中清路地下道排水口，通報環保局", "A", dist=80, bearing=80, delay=1200)
    s.rule("SN-VD-HUANZHONG-03", "congestion", 20, "環中路車輛偵測器3 平均車速 5 km/h，低於門檻", "A", "Severe")
    s.call("other", 22, "中科環中口", "環中路整個封起來了，往中清路要怎麼過", "A", dist=200, bearing=100)
    s.call("streetlight", 24, "轉運中心", "轉運中心旁邊路燈天亮了還沒關", None, dist=120)
    # B: rear-end crash in the queue at 經貿路/環中路
    s.cctv("SN-CCTV-004", "stalled_vehicle", 36, 0.66, "經貿路二段/環中路二段 路口車輛停滯", "B", alt="A")
    b1 = s.call("traffic_accident", 37, "經貿環中口", "經貿路環中路口排隊的車子追撞，三台連在一起", "B", dist=40)
    s.police("accident", "Minor", 39, "經貿環中口", "經貿路二段/環中路二段口 回堵車流三車追撞，無人受傷", "B", dist=10)
    # C: wrong-way driver escaping the queue
    c1 = s.cctv("SN-CCTV-003", "wrong_way", 42, 0.86, "中科路/環中路二段 偵測車輛逆向行駛", "C")
    c3 = s.call("other", 43, "中科環中口", "有一台白色轎車在環中路上逆向開過來，差點撞到我", "C", dist=150, bearing=80)
    c2 = s.police("wrong_way_driver", "Severe", 44, "中科環中口", "環中路二段中科路口 自小客為避開管制逆向行駛，已通報攔查", "C", dist=20, delay=1500)
    s.dup(a1, 400)
    s.call("other", 46, "經貿環中口", "剛剛打過，柴油味還是很重，窗戶關起來都聞得到", "A", dist=200, bearing=40, follows=a0)
    s.f119("hazmat", 50, tank, "化學車到場 吸油棉圍堵 外洩約 200 公升", "A", status="on_scene", follows=a119, dist=10)
    s.call("traffic_accident", 52, "經貿環中口", "經貿路環中路口追撞的車還在，後面一直按喇叭", "B", dist=60, bearing=200, follows=b1)
    s.police("wrong_way_driver", "Minor", 55, "中科環中口", "逆向自小客已於中科路攔停，駕駛酒測值 0", "C", follows=c2, dist=300, bearing=180)
    s.rule("SN-VD-HUANZHONG-02", "congestion", 58, "環中路車輛偵測器2 平均車速 12 km/h，低於門檻", "A", "Moderate", alt="B")
    s.police("accident", "Minor", 62, "經貿環中口", "經貿路口追撞車輛已移置", "B", dist=10)
    s.status("SN-VD-ZHONGQING-01", "online", 70, "中清路車輛偵測器1 恢復連線", None)
    s.police("road_reopened", "Minor", 110, tank, "環中路二段油罐車移除、路面清洗完畢，恢復通行", "A", dist=10)
    s.rule("SN-VD-HUANZHONG-03", "cleared", 115, "環中路車輛偵測器3 車速恢復", "A", "Minor")
    s.call("other", 118, "營運塔", "請問今天早上環中路封路是怎麼了", "A", dist=300, alt=None)
    s.write(
        "八月清晨 05:15-07:15：環中路二段中清路口西側油罐車與自小客碰撞側翻、柴油外洩封路；"
        "回堵車流在西方約 400 m 的經貿路口三車追撞；為避開管制的自小客在中科路口逆向。",
        [inc("A", "hazmat", "環中路二段油罐車側翻柴油外洩，封閉西向車道，一人輕傷", a1),
         inc("B", "traffic", "經貿路二段/環中路二段口回堵車流三車追撞", b1),
         inc("C", "traffic", "環中路二段中科路口自小客逆向行駛（避開管制）", c3)],
        alt={"why": "地下道淹水感測器的 3 cm 讀數可讀為雨後殘水或感測器雜訊而非柴油；經貿路口的車輛停滯與 VD2 的車速下降"
                    "可分別讀為油罐車回堵或追撞事故；早上事後詢問封路的來電可視為一般詢問。",
             "drop": []},
        notes="逆向車單憑 CCTV 0.86 不足以開案，有來電（05:58）後足夠；為避開管制而逆向是另一個需攔查的警方工作。")


def s1222():
    s = Sit(1222, "campus_lab_fire_henan_flood_crash", "2026-09-03 15:00", 1222)
    crash = offset(*P["河南低窪"], 90, 220)          # 河南路 just SW of the low point
    s.rule("SN-RG-001", "heavy_rain", 3, "中央公園雨量站 1 小時雨量 52 mm，達大雨標準", None, "Moderate", level="大雨")
    s.call("streetlight", 5, "中國醫水湳", "中國醫水湳校區門口路燈燈罩破掉", None, dist=80)
    # B: flooding at the Henan Rd low point
    s.rule("SN-FL-007", "flood_depth", 12, "河南路低窪處 淹水深度 11 cm", "B", "Minor", level="1-15")
    b1 = s.rule("SN-FL-007", "flood_depth", 20, "河南路低窪處 淹水深度 24 cm", "B", "Moderate", level="16-30")
    b0 = s.call("flooding", 21, "河南低窪", "河南路停車場前面淹水，機車騎不過去", "B", dist=50)
    # A: lab fire on the Feng Chia Shuinan campus
    a1 = s.sensor("fire_alarm", "SN-FA-009", "alarm", 22, "逢甲大學水湳校區 3F 化學實驗室 偵煙探測器動作", "A")
    s.call("fire_smoke", 23, "逢甲水湳", "逢甲水湳校區的大樓三樓在冒煙，學生都跑出來了", "A", dist=60)
    a119 = s.f119("fire", 24, "逢甲水湳", "西屯區 逢甲大學水湳校區 實驗室火警 派遣西屯分隊", "A", dist=10)
    s.rule("SN-WL-002", "water_level", 25, "中央公園南滯洪池水位 2.05 m，達三級警戒", None, "Moderate", level="3")
    s.sensor("parking", "SN-PK-003", "closed", 26, "河南路停車場 入口積水 暫停開放", "B")
    s.police("evacuation", "Moderate", 27, "逢甲水湳", "逢甲大學水湳校區實驗大樓疏散學生約 200 人至操場", "A", dist=80, bearing=300)
    s.call("fire_smoke", 28, "逢甲水湳", "我在公園南邊看到西邊一棟大樓有煙，下雨還在冒", "A", dist=800, bearing=110)
    s.rule("SN-FL-007", "flood_depth", 29, "河南路低窪處 淹水深度 36 cm", "B", "Severe", level=">30")
    # C: car slides into a scooter in the water
    c1 = s.call("traffic_accident", 31, crash, "河南路淹水那邊汽車打滑撞到機車，騎士跌倒在水裡", "C", dist=25)
    c119 = s.f119("ambulance", 32, crash, "西屯區河南路近河南路停車場 車禍 機車騎士受傷 派遣救護車", "C", dist=10)
    s.call("flooding", 33, crash, "河南路淹水又撞車，整條路都塞住了", "C", dist=150, bearing=200, alt="B")
    s.police("injury_accident", "Moderate", 34, crash, "河南路二段(河南路停車場西南側) 自小客積水打滑擦撞普重機車，騎士擦傷", "C", dist=10, delay=840)
    s.police("flooding_report", "Severe", 35, "河南低窪", "河南路低窪路段積水 35 公分，請水利局派抽水機", "B", dist=20)
    s.dup(b1, 500)
    s.call("other", 36, "河南停車場", "我在河南路停車場裡面，車子開不出去，門口都是水", "B", dist=30)
    s.f119("fire", 37, "逢甲水湳", "到場 實驗室通風櫃起火 已撲滅 無人受傷 排煙中", "A", status="on_scene", follows=a119, dist=10)
    s.call("other", 38, (120.6525, 24.1768), "逢甲那邊冒煙，河南路也淹水，這附近今天怎麼了", "A", alt=None)
    s.rule("SN-VD-HENAN-02", "congestion", 40, "河南路車輛偵測器2 平均車速 6 km/h，低於門檻", "C", "Moderate", alt="B")
    s.status("SN-RG-003", "offline", 41, "北屯雨量站 通訊中斷", None, reason="comms_lost")
    s.call("flooding", 43, "河南低窪", "剛剛打過，河南路停車場門口的水還是沒退", "B", dist=50, follows=b0)
    s.f119("ambulance", 44, crash, "傷者送醫 返隊", "C", status="returning", follows=c119, dist=10)
    s.police("accident", "Minor", 48, crash, "河南路擦撞事故車輛已移置", "C", dist=10)
    s.call("other", 50, "逢甲水湳", "我孩子在逢甲水湳校區上課，聯絡不到，學校是不是失火", "A", dist=4000, bearing=230)
    s.status("SN-RG-003", "online", 53, "北屯雨量站 恢復連線", None)
    s.sensor("fire_alarm", "SN-FA-009", "normal", 56, "逢甲大學水湳校區 火警受信總機 復歸", "A")
    s.rule("SN-FL-007", "cleared", 75, "河南路低窪處 積水退去，警戒解除", "B", "Minor")
    s.call("blocked_drain", 78, "中國醫水湳", "學校後面水溝被垃圾塞住，下雨都積水", None, dist=150, bearing=90)
    s.write(
        "九月午後雷陣雨 15:00-16:20：逢甲大學水湳校區化學實驗室通風櫃起火、學生疏散；南方約 540 m 河南路低窪處積水逾 30 cm、"
        "河南路停車場入口封閉；低窪處西南約 90 m 自小客積水打滑擦撞機車。",
        [inc("A", "fire", "逢甲水湳校區實驗室通風櫃起火，疏散約 200 名學生", a1),
         inc("B", "flood", "河南路低窪處積淹水逾 30 cm，河南路停車場入口封閉", b1),
         inc("C", "traffic", "河南路積水路段自小客打滑擦撞機車，騎士受傷", c1)],
        alt={"why": "「淹水又撞車、整條路塞住」與河南路 VD2 車速下降可讀為積水案件（B）的一部分；"
                    "同時說冒煙與淹水的詢問來電可讀為一般詢問。",
             "drop": []},
        notes="大雨、滯洪池三級警戒、北屯雨量站通訊中斷是背景。")


if __name__ == "__main__":
    for f in (s1217, s1218, s1219, s1220, s1221, s1222):
        f()
