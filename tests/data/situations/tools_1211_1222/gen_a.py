"""Situations 1211-1216 (seeded; run from anywhere)."""
from lib import Sit, inc, P, offset


def s1211():
    s = Sit(1211, "kaixuan_crash_and_bar_fight", "2026-07-17 22:00", 1211)
    bar = offset(*P["凱旋環中口"], 90, 205)        # 熱炒店 on 凱旋路, 90 m south of 環中路
    # background: recurrent Friday-night slow-down on 環中路
    s.rule("SN-VD-HUANZHONG-02", "congestion", 2, "環中路車輛偵測器2 平均車速 24 km/h，低於門檻（週五晚間車流）", None, "Minor")
    s.call("streetlight", 6, "中科環中口", "中科路靠近環中路這邊有一盞路燈不亮，燈桿編號 XT-08812", None, dist=220, bearing=190)
    s.rule("SN-VD-HUANZHONG-02", "cleared", 12, "環中路車輛偵測器2 車速恢復", None, "Minor")
    # A: injury crash at 黎明路三段/凱旋路
    s.cctv("SN-CCTV-007", "stalled_vehicle", 14, 0.71, "黎明路三段/凱旋路 路口偵測車輛異常停滯", "A")
    a1 = s.call("traffic_accident", 14.5, "黎明凱旋口", "黎明路跟凱旋路口機車跟轎車撞到，騎士倒在地上不動，快叫救護車", "A", dist=40)
    a119 = s.f119("ambulance", 15.2, "黎明凱旋口", "西屯區黎明路三段與凱旋路口 車禍 機車騎士意識不清 派遣救護車一輛", "A", dist=15)
    s.call("traffic_accident", 15.6, "黎明凱旋口", "凱旋路黎明路口出車禍了，看起來很嚴重", "A", dist=130, bearing=20)
    s.police("injury_accident", "Severe", 17, "黎明凱旋口", "黎明路三段/凱旋路口 自小客與普重機車碰撞，騎士受傷送醫，員警到場處理、管制外側車道", "A", dist=10, delay=1080)
    s.call("illegal_parking", 18, "經貿黎明口", "黎明路三段紅線一整排車停著，公車都進不了站", None, dist=120, bearing=250)
    s.rule("SN-VD-KAIXUAN-01", "congestion", 19, "凱旋路車輛偵測器1 平均車速 11 km/h，低於門檻", "A", "Moderate")
    s.call("other", 21, "黎明凱旋口", "我在凱旋路上往黎明路方向，車子整個不動，前面到底發生什麼事", "A", dist=210, bearing=15)
    s.dup(a1, 540)
    s.f119("ambulance", 23, "黎明凱旋口", "救護車抵達現場，傷者 1 名", "A", status="on_scene", follows=a119, dist=15)
    # B: fight outside a bar on 凱旋路 near 環中路
    b1 = s.call("noise", 24, bar, "凱旋路靠環中路的熱炒店外面一群人在大聲吵，還在摔酒瓶", "B", dist=60)
    b2 = s.call("other", 25.5, bar, "凱旋路靠近環中路那邊有人打架，好幾個人扭在一起", "B", dist=35)
    s.cctv("SN-CCTV-002", "crowding", 27, 0.64, "凱旋路/環中路二段 路口人群聚集", "B", skew=-540)
    bpol = s.police("public_disturbance", "Moderate", 28.5, bar, "凱旋路(近環中路二段)熱炒店前 酒後鬥毆約 6 人，已派員前往", "B", dist=10, delay=1260)
    s.f119("ambulance", 31, bar, "西屯區凱旋路近環中路二段 鬥毆 男子頭部遭酒瓶砸傷流血 派遣救護車", "B", dist=10)
    s.status("SN-CCTV-009", "offline", 30, "臺灣大道/環中路 路口監視器 連線中斷", None, reason="comms_lost")
    s.call("other", 32, (bar[0] + 0.0007, bar[1] - 0.0017), "凱旋路這邊有人倒在路邊流血，旁邊圍了很多人", "B", alt="A")
    s.call("traffic_accident", 33, "黎明凱旋口", "剛剛打過了，黎明路凱旋路口車禍那邊還是很塞，警察到底來了沒", "A", dist=150, bearing=30, follows=a1)
    s.status("SN-CCTV-009", "online", 34, "臺灣大道/環中路 路口監視器 恢復連線", None)
    # C: broken-down bus at the 台74 ramp of 環中路
    s.cctv("SN-CCTV-001", "stalled_vehicle", 35, 0.82, "台74線/環中路二段 匝道口車輛停滯", "C")
    s.call("noise", 36, bar, "外面一直有人在大叫，警車救護車也一直來，吵到睡不著", "B", dist=280, bearing=260)
    c1 = s.police("stalled_vehicle", "Moderate", 38, "台74環中口", "環中路二段往台74線匝道口 市區公車拋錨 佔用外側車道，待拖吊", "C", dist=30, bearing=90)
    s.rule("SN-VD-HUANZHONG-02", "congestion", 41, "環中路車輛偵測器2 平均車速 13 km/h，低於門檻", "C", "Moderate")
    s.f119("ambulance", 42, "黎明凱旋口", "傷者送往中國醫藥大學附設醫院，返隊", "A", status="returning", follows=a119, dist=15)
    s.call("other", 44, "凱旋環中口", "環中路往 74 快速道路那邊塞爆了，是不是前面有車禍", "C", dist=150, bearing=80)
    s.police("road_reopened", "Minor", 45, "黎明凱旋口", "黎明路三段/凱旋路口 事故車輛已移置路旁，恢復通行", "A", dist=10)
    s.police("public_disturbance", "Minor", 46, bar, "凱旋路熱炒店鬥毆案 雙方已帶回派出所，現場淨空", "B", follows=bpol, dist=10)
    s.call("noise", 47, "生態A", "隔壁鄰居又在唱卡拉OK，已經快十一點了", None, dist=80)
    s.call("noise", 51, bar, "剛剛打過，熱炒店外面還是有人在喝酒大聲喧嘩", "B", dist=60, follows=b1)
    s.police("road_reopened", "Minor", 54, "台74環中口", "環中路二段匝道口拋錨公車已拖離，恢復通行", "C", follows=c1, dist=30, bearing=90)
    s.call("other", 58, "轉運中心", "請問中央公園晚上路燈幾點關", None, dist=300)
    s.rule("SN-VD-HUANZHONG-02", "cleared", 60, "環中路車輛偵測器2 車速恢復", "C", "Minor")
    s.write(
        "週五夜 22:00-23:00，凱旋路上相距約 330 m 的兩個路口：黎明路三段/凱旋路口機車與轎車相撞，"
        "凱旋路近環中路的熱炒店外酒後鬥毆，之後環中路往台74匝道口公車拋錨。",
        [inc("A", "traffic", "黎明路三段/凱旋路口機車與自小客碰撞，騎士重傷送醫", a1),
         inc("B", "public_safety", "凱旋路近環中路二段熱炒店外酒後鬥毆，一人頭部受傷", b2),
         inc("C", "traffic", "環中路二段往台74線匝道口公車拋錨，佔用外側車道", c1)],
        alt={"why": "22:32 的來電者站在兩處之間（熱炒店南方約 190 m、車禍路口北方約 150 m），"
                    "只說有人倒在路邊流血：可讀為鬥毆的傷者，也可讀為車禍騎士仍在現場。",
             "drop": []},
        notes="VD 環中路2 的 22:02 車速下降為週五例行車流（背景）；22:41 的同一偵測器下降是公車拋錨造成的回堵。")


def s1212():
    s = Sit(1212, "jingmao_two_low_points", "2026-06-09 15:40", 1212)
    south = offset(*P["經貿中平口"], 120, 340)     # 經貿路三段 low dip north of 中平路
    tree = offset(*P["生態B"], 190, 280)            # 敦化路一段 beside block B
    s.rule("SN-RG-001", "heavy_rain", 2, "中央公園雨量站 1 小時雨量 46 mm，達大雨標準", None, "Moderate", level="大雨")
    s.rule("C0F9T0", "heavy_rain", 4, "西屯雨量站 1 小時雨量 41 mm，達大雨標準", None, "Moderate", level="大雨")
    s.call("streetlight", 5, "逢甲水湳", "校區外面人行道路燈一閃一閃的", None, dist=150)
    # A: 經貿路 low point by the eco-residential blocks
    s.rule("SN-FL-008", "flood_depth", 9, "經貿路低窪處 淹水深度 9 cm", "A", "Minor", level="1-15")
    s.call("blocked_drain", 10, "經貿低窪", "經貿路這邊水溝蓋都是落葉，水排不下去", "A", dist=70, bearing=200)
    s.rule("SN-FL-004", "flood_depth", 11, "中央公園滯洪池4 水深 14 cm", None, "Minor", level="1-15")
    a1 = s.rule("SN-FL-008", "flood_depth", 15, "經貿路低窪處 淹水深度 22 cm", "A", "Moderate", level="16-30")
    s.call("flooding", 16, "經貿低窪", "經貿路三段生態住宅前面整片淹起來了，快到輪胎一半", "A", dist=50, bearing=20)
    s.rule("SN-WL-003", "water_level", 17, "水湳區域排水經貿路水位 1.45 m，達三級警戒", "A", "Moderate", level="3", alt=None)
    s.status("SN-RG-002", "offline", 18, "水湳轉運中心雨量站 電池電壓過低", None, reason="battery_low")
    # B: second dip on 經貿路 by 中平路
    s.call("flooding", 19, south, "經貿路靠近中平路這段積水很深，機車騎過去都熄火", "B", dist=40)
    s.call("flooding", 20, "經貿低窪", "我住生態住宅B區，樓下經貿路變成小河了", "A", dist=110, bearing=120)
    b1 = s.police("flooding_report", "Moderate", 22, south, "經貿路三段近中平路口 路面積水約 25 公分，已派員現場警戒", "B", dist=20)
    s.rule("SN-FL-008", "flood_depth", 23, "經貿路低窪處 淹水深度 34 cm", "A", "Severe", level=">30")
    a_car = s.police("stalled_vehicle", "Moderate", 25, "經貿低窪", "經貿路三段低窪處 自小客涉水熄火受困路中，駕駛已自行脫困", "A", dist=15, alt="A2")
    s.rule("SN-RG-001", "heavy_rain", 26, "中央公園雨量站 3 小時雨量 104 mm，達豪雨標準", None, "Severe", level="豪雨")
    # C: tree down on 敦化路
    c0 = s.call("fallen_tree", 27, tree, "敦化路生態住宅旁邊一棵路樹倒下來，壓住一個車道", "C", dist=30)
    s.cctv("SN-CCTV-011", "flooding", 28, 0.58, "經貿路/中平路 路口道路積水", "B")
    s.call("other", 29, "經貿低窪", "經貿路這邊又是水又是樹倒，車子都要掉頭", "A", dist=120, bearing=300, alt="C")
    c1 = s.police("fallen_object", "Moderate", 30, tree, "敦化路一段(生態住宅B區旁) 路樹倒塌佔用車道，通報養工處", "C", dist=10)
    s.rule("SN-WL-003", "water_level", 31, "水湳區域排水經貿路水位 1.83 m，達二級警戒", "A", "Severe", level="2", alt=None)
    s.call("flooding", 32, south, "中平路經貿路口那邊淹水，公車停在路口不敢過", "B", dist=160, bearing=150)
    s.dup(a1, 600)
    s.call("flooding", 33, "經貿低窪", "有一台車泡在水裡面，人好像出來了", "A", dist=60, bearing=330, alt="A2")
    s.police("road_closure", "Moderate", 35, "經貿低窪", "經貿路三段(敦化路至經貿七路間)因積水封閉，請改道中科路", "A", dist=30)
    s.rule("SN-VD-JINGMAO-02", "congestion", 36, "經貿路車輛偵測器2 平均車速 9 km/h，低於門檻", "A", "Moderate")
    s.call("fallen_tree", 38, tree, "剛剛打過，敦化路那棵倒下來的樹還沒人來處理", "C", dist=40, follows=c0)
    s.call("flooding", 40, south, "經貿路三段南邊水已經淹到人行道", "B", dist=70, delay=1500)
    s.call("illegal_parking", 41, "河南停車場", "河南路停車場門口有人並排停車", None, dist=60)
    s.status("SN-RG-002", "online", 44, "水湳轉運中心雨量站 恢復連線", None)
    s.rule("SN-FL-004", "flood_depth", 45, "中央公園滯洪池4 水深 27 cm", None, "Moderate", level="16-30")
    s.police("fallen_object", "Minor", 52, tree, "敦化路倒樹已由養工處鋸除移除，恢復通行", "C", follows=c1, dist=10)
    s.rule("SN-FL-008", "cleared", 62, "經貿路低窪處 淹水深度降至 0 cm，警戒解除", "A", "Minor")
    s.police("road_reopened", "Minor", 64, "經貿低窪", "經貿路三段積水退去，解除封閉恢復通行", "A", dist=30)
    s.police("flooding_report", "Minor", 66, south, "經貿路三段近中平路口積水已退", "B", follows=b1, dist=20)
    s.call("other", 70, "生態A", "請問今天晚上會不會停水", None, dist=50)
    s.write(
        "六月梅雨午後 15:40-17:00：經貿路三段兩處低點（生態住宅旁的低窪處，與南方約 1 km 近中平路口的路段）"
        "分別積水，同一時間敦化路一段一棵路樹倒在生態住宅 B 區旁。",
        [inc("A", "flood", "經貿路三段低窪處（生態住宅旁）積淹水達 30 cm 以上，一車熄火受困，路段封閉", a1),
         inc("B", "flood", "經貿路三段近中平路口路段積水約 25 cm", b1),
         inc("C", "traffic", "敦化路一段路樹倒塌佔用車道", c0)],
        alt={"why": "涉水熄火的車輛可視為獨立的拖吊交通案件（A2）；排水水位警戒可視為水利局自己的監測，不屬積水案件。",
             "add": [inc("A2", "traffic", "經貿路三段低窪處自小客涉水熄火，待拖吊", a_car)]},
        notes="雨量警報是背景（全區天候，沒有可派的工作）；滯洪池4 水深警報是滯洪池正常蓄水（設計上該有水），不是案件。")


def s1213():
    s = Sit(1213, "eco_block_fire_and_crash", "2026-01-23 01:55", 1213)
    taxi = offset(*P["生態B"], 110, 10)             # 經貿路 beside block B, north of the building
    s.call("streetlight", 1, "綠美圖", "綠美圖後面步道路燈整排沒亮，很暗很危險", None, dist=120, bearing=200)
    # A: fire in block B
    fa = s.sensor("fire_alarm", "SN-FA-012", "alarm", 10, "水湳生態住宅 B區 集合住宅 7F 偵煙探測器動作", "A")
    s.call("fire_smoke", 11, "生態B", "敦化路這邊集合住宅七樓窗戶在冒黑煙，有火光", "A", dist=40)
    a119 = s.f119("fire", 11.5, "生態B", "北屯區敦化路一段 集合住宅 7 樓 火警 派遣水湳、北屯分隊", "A", dist=5)
    s.call("fire_smoke", 12.5, "生態B", "我家對面大樓燒起來了，好多煙", "A", dist=150, bearing=250)
    s.call("fire_smoke", 14, "生態B", "我在中科路這邊看到東邊很大的煙，是哪裡失火了", "A", dist=800, bearing=275)
    a2 = s.sensor("fire_alarm", "SN-FA-011", "alarm", 16, "水湳生態住宅 A區 集合住宅 3F 梯間偵煙探測器動作", "A", alt="A2")
    s.call("fire_smoke", 17, "生態A", "我們大樓都是煙味，警鈴也在響，要不要下樓", "A", dist=30, alt="A2")
    s.police("road_closure", "Moderate", 18, "生態B", "敦化路一段(經貿路至中科路間)因火警管制，禁止車輛進入", "A", dist=80, bearing=270)
    s.dup(fa, 240)
    # B: taxi rear-ends a parked car on 經貿路 while drivers look at the smoke
    b1 = s.police("accident", "Minor", 21, taxi, "經貿路三段(生態住宅B區北側) 計程車追撞路邊停放自小客，無人受傷", "B", dist=10, delay=420)
    b0 = s.call("traffic_accident", 20, taxi, "經貿路這邊計程車撞到停在路邊的車，可能是在看火災", "B", dist=40)
    s.f119("fire", 22, "生態B", "消防車到達現場，7 樓住戶 1 戶起火，進行搶救", "A", status="on_scene", follows=a119, dist=5)
    s.call("other", 23, "生態B", "我媽媽住在敦化路那棟 B 區，手機一直打不通，有沒有人受傷", "A", dist=3000, bearing=200)
    # C: unrelated medical call in block A
    c1 = s.f119("ambulance", 24, "生態A", "北屯區經貿路三段 生態住宅A區 12 樓 七旬婦人胸悶喘不過氣 派遣救護車", "C", dist=10)
    s.call("fire_smoke", 25, "經貿低窪", "經貿路上有煙飄過來，整條路霧霧的", "A", dist=80, bearing=180)
    s.rule("SN-VD-JINGMAO-02", "congestion", 26, "經貿路車輛偵測器2 平均車速 8 km/h，低於門檻", "B", "Minor", alt="A")
    s.call("traffic_accident", 27, taxi, "剛剛打過，經貿路那台計程車還擋在路中間", "B", dist=50, follows=b0)
    s.f119("ambulance", 28, "生態B", "火警現場 住戶 2 人吸入濃煙 送醫", "A", dist=5)
    s.call("fire_smoke", 28.5, "生態B", "敦化路那棟大樓還有人在陽台揮手，消防雲梯到了沒", "A", dist=60, bearing=120)
    s.call("fire_smoke", 30.5, "綠美圖", "從北邊看過去公園南邊有火光，是不是公園燒起來", "A", dist=1100, bearing=0)
    s.call("other", 31.5, taxi, "經貿路上有車撞在一起，旁邊又有消防車，到底哪邊可以過", "B", dist=120, bearing=330, alt="A")
    s.call("fire_smoke", 32, "生態A", "A區這邊煙味越來越重，我們要不要疏散", "A", dist=40, alt="A2")
    s.call("other", 34, "生態B", "我是B區住戶，我們被疏散到公園，什麼時候可以回家", "A", dist=200, bearing=260)
    s.call("rescue", 35, "生態A", "我婆婆在A區12樓，剛剛叫了救護車，樓下消防車很多，會不會被擋住", "C", dist=3000, bearing=200)
    s.call("noise", 44, "生態B", "那些看熱鬧的人一直在樓下講話很大聲", None, dist=150, bearing=300)
    s.call("streetlight", 46, "經貿低窪", "經貿路低窪那一段路燈有一盞不亮", None, dist=80, bearing=180)
    s.call("rescue", 29, "生態A", "A區12樓有老人不舒服，救護車到了沒，門口被消防車擋住", "C", dist=20)
    s.status("SN-VD-HENAN-01", "offline", 30, "河南路車輛偵測器1 設備維護", None, reason="maintenance")
    s.sensor("fire_alarm", "SN-FA-011", "normal", 33, "水湳生態住宅 A區 集合住宅 火警受信總機 復歸", "A", alt="A2")
    s.f119("ambulance", 36, "生態A", "生態住宅A區 病患已送往醫院，返隊", "C", status="returning", follows=c1, dist=10)
    s.police("accident", "Minor", 38, taxi, "經貿路追撞事故車輛已移置，恢復通行", "B", follows=b1, dist=10)
    s.call("noise", 40, "生態A", "消防車一直鳴笛，整個社區都醒了", None, dist=200, bearing=10, alt="A")
    s.f119("fire", 48, "生態B", "敦化路一段集合住宅火警 火勢撲滅，殘火處理中", "A", status="on_scene", follows=a119, dist=5)
    s.sensor("fire_alarm", "SN-FA-012", "normal", 52, "水湳生態住宅 B區 集合住宅 火警受信總機 復歸", "A")
    s.status("SN-VD-HENAN-01", "online", 55, "河南路車輛偵測器1 恢復連線", None)
    s.police("road_reopened", "Minor", 63, "生態B", "敦化路一段火警管制解除，恢復通行", "A", dist=80, bearing=270)
    s.call("other", 66, "中國醫水湳", "請問明天資源回收幾點來收", None, dist=200)
    s.write(
        "一月深夜 01:55-03:05：敦化路一段生態住宅 B 區 7 樓住宅火警；看熱鬧的計程車在 B 區北側經貿路追撞路邊車輛；"
        "同時北方約 270 m 的 A 區 12 樓一位長者胸悶叫救護車。",
        [inc("A", "fire", "生態住宅 B 區 7 樓住宅火警，2 人吸入濃煙送醫，敦化路管制", fa),
         inc("B", "traffic", "經貿路三段計程車追撞路邊停放車輛（無人受傷）", b0),
         inc("C", "rescue", "生態住宅 A 區 12 樓長者胸悶，救護送醫", c1)],
        alt={"why": "A 區的火警受信總機動作與住戶煙味來電，可讀為另一棟需要消防人員另行查看的火警（A2），"
                    "也可讀為 B 區火場的煙飄入（同一火警）。經貿路的車速下降可歸火警管制而非追撞。",
             "add": [inc("A2", "fire", "生態住宅 A 區梯間偵煙動作、住戶煙味，需另行查看", a2)]},
        notes="警報與來電者之間：中科路上看見東方濃煙的來電者距火場約 800 m，仍屬 A；"
              "A 區長者的 1999 來電抱怨消防車擋住門口，屬救護案 C 而非火警。")


def s1214():
    s = Sit(1214, "concert_egress_crash_theft", "2026-10-17 21:20", 1214)
    venue = P["流行影音中心"]
    crash = offset(*P["流行影音中心"], 170, 80)      # 中科路 crossing east of the venue
    exit_e = offset(*venue, 90, 60)
    s.permit("concert", -200, 65, venue, "臺中流行影音中心 戶外演唱會 預估觀眾 15,000 人 散場 22:00 後", None, arrive_min=-4000, radius=600)
    s.call("noise", 3, venue, "流行影音中心演唱會音樂開超大聲，窗戶都在震", None, dist=450, bearing=100, alt="A")
    s.rule("SN-VD-KAIXUAN-02", "congestion", 8, "凱旋路車輛偵測器2 平均車速 18 km/h，低於門檻", None, "Minor", alt="A")
    s.call("illegal_parking", 14, venue, "凱旋路整排機車停在人行道上，嬰兒車推不過去", None, dist=250, bearing=200)
    s.sensor("parking", "SN-PK-004", "full", 20, "中央公園地下停車場(北) 車位已滿", None)
    # A: egress crowd
    s.cctv("SN-CCTV-007", "crowding", 38, 0.55, "黎明路三段/凱旋路 路口人群聚集", "A")
    a1 = s.police("crowd_control", "Moderate", 41, venue, "流行影音中心演唱會散場，中科路、凱旋路出口人潮湧出，增派警力疏導", "A", dist=60)
    s.call("crowding", 42, exit_e, "中科路出口人擠人，根本走不動，有小朋友在哭", "A", dist=30)
    s.rule("SN-VD-ZHONGKE-01", "congestion", 43, "中科路車輛偵測器1 平均車速 6 km/h，低於門檻", "A", "Moderate")
    # B: pickpocket at the exit
    b1 = s.police("theft", "Minor", 45, exit_e, "流行影音中心中科路出口 民眾報案手機、皮夾遭扒竊，嫌犯往中科路南向逃逸", "B", dist=20)
    s.call("crowding", 46, venue, "凱旋路這邊散場的人走到馬路上，車子一直按喇叭", "A", dist=200, bearing=250)
    # C: pedestrian hit on 中科路
    c1 = s.call("traffic_accident", 47.5, crash, "中科路這邊有機車撞到過馬路的人，人躺在地上", "C", dist=25)
    c119 = s.f119("ambulance", 48.5, crash, "西屯區中科路(流行影音中心東側) 行人遭機車撞擊 腿部受傷 派遣救護車", "C", dist=10)
    s.call("other", 49, exit_e, "我手機被偷了，剛剛在中科路出口那邊擠的時候", "B", dist=40)
    s.cctv("SN-CCTV-003", "crowding", 50, 0.49, "中科路/環中路二段 路口人群聚集", "A", alt=None)
    s.police("injury_accident", "Moderate", 51, crash, "中科路(流行影音中心東側) 普重機車擦撞散場行人，行人腿部擦傷送醫", "C", dist=10, delay=900)
    s.call("traffic_accident", 52, crash, "中科路好像有人被撞了，救護車開不進來，人太多", "C", dist=140, bearing=0)
    # D: child separated from parents
    d1 = s.police("missing_person", "Moderate", 53, venue, "流行影音中心散場 一名 6 歲男童與家長走散，穿藍色上衣", "D", dist=40, bearing=300)
    d0 = s.call("missing_person", 54, venue, "我兒子剛剛在凱旋路出口跟我走散了，六歲，穿藍色衣服", "D", dist=120, bearing=250)
    s.dup(c1, 420)
    s.call("crowding", 55, crash, "中科路上面一堆人圍在那邊看，還有人在推", "C", dist=50, bearing=200, alt="A")
    s.f119("ambulance", 58, crash, "救護車到達，傷者意識清楚", "C", status="on_scene", follows=c119, dist=10)
    s.sensor("parking", "SN-PK-006", "full", 59, "臺中國際會展中心停車場 車位已滿", None)
    s.police("theft", "Minor", 61, exit_e, "流行影音中心扒竊案 第二名被害人報案，疑同一嫌犯", "B", follows=b1, dist=30)
    s.call("other", 62, venue, "剛剛打過，我在凱旋路出口，還是找不到小孩，警察在哪裡", "D", dist=100, bearing=250, follows=d0)
    s.status("SN-CCTV-010", "offline", 63, "河南路/中平路 路口監視器 斷線", None, reason="comms_lost")
    s.status("SN-CCTV-010", "online", 66, "河南路/中平路 路口監視器 恢復連線", None)
    s.police("missing_person", "Minor", 68, venue, "走失男童已於中科路出口服務台尋獲，交還家長", "D", follows=d1, dist=40, bearing=300)
    s.police("crowd_control", "Minor", 75, venue, "演唱會散場人潮已疏散完畢，解除管制", "A", follows=a1, dist=60)
    s.call("noise", 80, venue, "散場之後還有人在公園旁邊放音樂喝酒", None, dist=350, bearing=120)
    s.rule("SN-VD-ZHONGKE-01", "cleared", 82, "中科路車輛偵測器1 車速恢復", "A", "Minor")
    s.write(
        "十月週六夜 21:20-22:45：臺中流行影音中心演唱會散場，中科路出口人潮擁擠；出口處扒竊、"
        "中科路機車撞散場行人、一名男童與家長走散，四件事都在場館 200 m 內、同一段時間。",
        [inc("A", "crowd", "演唱會散場人潮疏導（中科路、凱旋路出口）", a1),
         inc("B", "public_safety", "中科路出口扒竊（兩名被害人）", b1),
         inc("C", "traffic", "中科路機車擦撞散場行人，行人受傷送醫", c1),
         inc("D", "rescue", "6 歲男童散場時與家長走散，後尋獲", d1)],
        alt={"why": "演唱會進行中的音量申訴與凱旋路車速下降可讀為同一活動案件的一部分；"
                    "中科路路口與撞人現場的圍觀推擠可讀為散場人潮而非車禍；環中路口監視器的人群偵測（約 1.3 km 外）可讀為一般散客。",
             "drop": []},
        notes="演唱會許可本身是背景（計畫中的活動，不是待派的工作）；停車場滿位是活動的預期結果。")


def s1215():
    s = Sit(1215, "north_hub_power_cut", "2026-08-13 19:30", 1215)
    s.call("illegal_parking", 2, "會展A", "會展中心旁邊經貿路上的臨停車都停在公車站", None, dist=100)
    # A: power cut in the north hub
    s.status("SN-CCTV-005", "offline", 10, "經貿路二段/黎明路三段 路口監視器 市電中斷", "A", reason="mains_power_lost")
    a1 = s.sensor("signal", "SN-SIG-005", "fault", 10.1, "經貿路二段/黎明路三段 號誌 黑燈", "A", alt="A2")
    s.sensor("signal", "SN-SIG-006", "fault", 10.2, "經貿路二段/經貿七路 號誌 黑燈", "A", alt="A2")
    s.status("SN-VD-JINGMAO-01", "offline", 10.3, "經貿路車輛偵測器1 離線", "A")
    s.status("SN-PK-002", "offline", 10.4, "經貿六停車場 市電中斷", "A", reason="mains_power_lost")
    s.sensor("fire_alarm", "SN-FA-004", "fault", 10.5, "臺中綠美圖 受信總機 主電源斷電，切換預備電源", "A")
    s.sensor("fire_alarm", "SN-FA-005", "fault", 10.6, "臺灣智慧營運塔 受信總機 市電中斷", "A")
    s.rule("SN-VD-JINGMAO-01", "sensor_offline", 13, "經貿路車輛偵測器1 超過 3 分鐘未回傳", "A", "Minor")
    a0 = s.call("power_outage", 12, "營運塔", "經貿路這邊整片停電，大樓都黑了", "A", dist=200, bearing=80)
    s.call("streetlight", 13, "經貿黎明口", "經貿路黎明路這一整排路燈都不亮", "A", dist=90)
    s.call("other", 14, "經貿七路口", "經貿路跟經貿七路口紅綠燈全部不亮，車子亂鑽", "A", dist=40, alt="A2")
    s.cctv("SN-CCTV-004", "crowding", 15, 0.41, "經貿路二段/環中路二段 路口人群聚集", None)
    # C: people stuck in a lift at 綠美圖
    c1 = s.call("rescue", 16, "綠美圖", "綠美圖電梯停電卡住，我同事跟兩個小孩在裡面", "C", dist=20)
    c119 = s.f119("rescue", 17, "綠美圖", "西屯區 臺中綠美圖 停電 電梯受困 3 人 派遣救助隊", "C", dist=10)
    s.police("traffic_signal_fault", "Moderate", 18, "經貿黎明口", "經貿路二段/黎明路三段 號誌停電黑燈，派員指揮交通", "A", dist=10, alt="A2")
    # B: collision in the dark junction
    b1 = s.police("injury_accident", "Moderate", 21, "經貿黎明口", "經貿路二段/黎明路三段口(號誌黑燈) 兩自小客路口碰撞，一人頸部不適", "B", dist=15, delay=600)
    b0 = s.call("traffic_accident", 21.5, "經貿黎明口", "經貿路黎明路口紅綠燈沒亮，兩台車撞在一起", "B", dist=50)
    s.f119("ambulance", 22.5, "經貿黎明口", "經貿路二段與黎明路三段口 車禍 1 人頸部疼痛 派遣救護車", "B", dist=10)
    s.call("power_outage", 23, "會展B", "我們家停電了，請問什麼時候會來電", "A", dist=350, bearing=120)
    s.call("other", 24, "經貿黎明口", "黎明路往經貿路完全塞住，前面是不是又撞車", "B", dist=250, bearing=250, alt="A")
    s.dup(b1, 300)
    s.call("rescue", 26, "綠美圖", "剛剛打過，電梯裡面的人說很熱，消防隊到了沒", "C", dist=20, follows=c1)
    s.f119("rescue", 27, "綠美圖", "救助隊到達綠美圖，進行電梯救援", "C", status="on_scene", follows=c119, dist=10)
    s.call("noise", 29, "營運塔", "附近大樓發電機很吵", "A", dist=160, bearing=40, alt=None)
    s.call("streetlight", 31, "中科環中口", "中科路靠環中路有一盞路燈壞了很久", None, dist=250, bearing=200)
    s.call("power_outage", 31.5, "會展A", "會展中心旁邊社區停電，冰箱的東西怎麼辦", "A", dist=400, bearing=60)
    s.call("rescue", 32, "綠美圖", "綠美圖電梯裡面有小孩在哭，拜託快一點", "C", dist=30, bearing=90)
    s.call("other", 32.5, "經貿七路口", "經貿七路口沒有紅綠燈，行人根本過不去", "A", dist=60, bearing=150, alt="A2")
    s.call("power_outage", 33, "營運塔", "營運塔附近一整排店都停電，收銀機不能用", "A", dist=120, bearing=200)
    s.call("other", 33.5, "經貿黎明口", "經貿路黎明路口撞車那邊的車擋到一個車道", "B", dist=80, bearing=20)
    s.call("other", 35, "會展B", "停電了，經貿六停車場柵欄打不開出不去", "A", dist=150, bearing=300)
    s.call("power_outage", 36, "轉運中心", "轉運中心這邊也停電，看板都黑了", "A", dist=60)
    s.call("other", 37, "經貿黎明口", "經貿路黎明路口現在是警察在指揮嗎，還是很亂", "A", dist=150, bearing=200, alt="A2")
    s.call("noise", 39, "生態A", "樓上一直在搬東西很吵", None, dist=60)
    s.call("power_outage", 41, "會展B", "請問是不是台電在施工停電，有沒有公告", "A", dist=250, bearing=30)
    s.call("rescue", 42, "綠美圖", "剛剛電梯裡的人救出來了嗎，我是家屬", "C", dist=2500, bearing=240)
    s.call("illegal_parking", 48, "經貿七路口", "經貿七路人行道上停滿機車", None, dist=200, bearing=100)
    s.call("power_outage", 52, "營運塔", "已經快一個小時沒電了，冰箱裡有要冷藏的藥，電什麼時候來", "A", dist=300, bearing=110)
    s.f119("rescue", 34, "綠美圖", "電梯受困 3 人均已救出，無人受傷", "C", status="returning", follows=c119, dist=10)
    s.police("accident", "Minor", 38, "經貿黎明口", "經貿路二段/黎明路三段事故車輛已移置", "B", follows=b1, dist=15)
    s.call("other", 40, "轉運中心", "轉運中心客運時刻表查詢", None, dist=100)
    s.call("power_outage", 44, "營運塔", "停電已經半個多小時了，台電有沒有在處理", "A", dist=220, bearing=70, follows=a0)
    s.sensor("signal", "SN-SIG-005", "restored", 62, "經貿路二段/黎明路三段 號誌 恢復正常", "A", alt="A2")
    s.sensor("signal", "SN-SIG-006", "restored", 62.1, "經貿路二段/經貿七路 號誌 恢復正常", "A", alt="A2")
    s.status("SN-CCTV-005", "online", 62.2, "經貿路二段/黎明路三段 路口監視器 恢復連線", "A")
    s.status("SN-VD-JINGMAO-01", "online", 62.4, "經貿路車輛偵測器1 恢復連線", "A")
    s.status("SN-PK-002", "online", 62.5, "經貿六停車場 恢復連線", "A", delay=900)
    s.sensor("fire_alarm", "SN-FA-004", "normal", 62.6, "臺中綠美圖 受信總機 市電恢復", "A")
    s.sensor("fire_alarm", "SN-FA-005", "normal", 62.8, "臺灣智慧營運塔 受信總機 市電恢復", "A", skew=-3600)
    s.call("other", 70, "會展A", "會展中心這週末有什麼展覽", None, dist=80)
    s.write(
        "八月週四傍晚 19:30-20:45：北區轉運中心・會展中心一帶停電（經貿路兩個路口號誌黑燈、監視器與停車場離線、"
        "綠美圖與營運塔受信總機市電中斷）；黑燈的經貿路/黎明路口兩車相撞；綠美圖電梯停電困 3 人。",
        [inc("A", "infrastructure", "北區停電：經貿路二段兩路口號誌黑燈、設備離線、住戶停電", a1),
         inc("B", "traffic", "經貿路二段/黎明路三段黑燈路口兩車碰撞，一人頸部不適", b0),
         inc("C", "rescue", "綠美圖電梯停電受困 3 人", c1)],
        alt={"why": "黑燈路口可另開交通案件（派員指揮交通、號誌廠商），與台電的停電案件分開；"
                    "來電說「又撞車」的塞車可讀為停電黑燈造成的回堵。",
             "add": [inc("A2", "traffic", "經貿路二段兩路口停電黑燈，需派員指揮交通", a1)],
             "replace": [inc("A", "infrastructure", "北區停電：設備離線、住戶停電", a0)]},
        notes="發電機噪音來電歸停電案件（停電的結果）；另讀法視為一般噪音。")


def s1216():
    s = Sit(1216, "henan_ktv_fight_and_pole_crash", "2026-12-19 01:00", 1216)
    ktv = offset(*P["河南中平口"], 200, 320)        # KTV on 河南路二段, NW of the junction
    lying = offset(*P["河南停車場"], 40, 250)
    s.call("noise", 2, "逢甲水湳", "宿舍旁邊一直有人騎改裝車", None, dist=200, bearing=270)
    s.status("SN-PK-003", "offline", 4, "河南路停車場 設備故障", None, reason="device_fault")
    # A: fight at the KTV
    s.call("noise", 9, ktv, "河南路那間KTV門口一群人在叫囂，好像要打起來", "A", dist=70)
    a1 = s.police("public_disturbance", "Moderate", 11, ktv, "河南路二段 KTV 前 兩群酒客互毆，約 8 人，已派員", "A", dist=10, delay=1800)
    a0 = s.call("other", 12, ktv, "河南路 KTV 門口有人拿球棒在打人", "A", dist=40)
    s.f119("ambulance", 14, ktv, "西屯區河南路二段 KTV 前 鬥毆 一人頭部撕裂傷 派遣救護車", "A", dist=10)
    # B: car into the signal pole at 河南路/中平路
    b1 = s.cctv("SN-CCTV-010", "stalled_vehicle", 24, 0.77, "河南路/中平路 路口車輛異常停滯", "B")
    s.sensor("signal", "SN-SIG-010", "fault", 24.1, "河南路/中平路 號誌 故障（通訊中斷）", "B", alt="B2")
    b2 = s.call("traffic_accident", 25, "河南中平口", "河南路中平路口一台車撞到紅綠燈桿，車頭全毀", "B", dist=30)
    s.police("injury_accident", "Severe", 27, "河南中平口", "河南路/中平路口 自小客自撞號誌桿，駕駛疑酒駕受傷，封閉外側車道", "B", dist=10)
    s.f119("ambulance", 26, "河南中平口", "河南路與中平路口 自小客撞號誌桿 駕駛受困 派遣救護車及救助隊", "B", dist=10)
    s.call("other", 28, "河南中平口", "河南路中平路口紅綠燈歪掉不會亮了", "B", dist=80, bearing=90, alt="B2")
    s.dup(b2, 200)
    # C: a person lying at the car-park entrance
    c1 = s.call("rescue", 30, lying, "河南路停車場門口有一個人躺在地上叫不醒，滿身酒味", "C", dist=10)
    s.call("other", 31, (ktv[0] + 0.0012, ktv[1] + 0.0011), "河南路上有人躺在路邊，旁邊好像有血", "A", alt="C")
    s.f119("ambulance", 32, lying, "西屯區河南路停車場入口 男子路倒 意識不清 派遣救護車", "C", dist=10)
    s.police("public_disturbance", "Minor", 33, ktv, "河南路KTV鬥毆案 帶回 5 人，1 人送醫", "A", follows=a1, dist=10)
    s.rule("SN-VD-HENAN-02", "congestion", 34, "河南路車輛偵測器2 平均車速 14 km/h，低於門檻", "B", "Minor")
    s.call("traffic_accident", 36, "河南中平口", "剛剛打過，撞紅綠燈那邊車還是卡在路口，沒有人指揮交通", "B", dist=60, follows=b2)
    s.call("noise", 37, ktv, "救護車、警車一直來，到底發生什麼事", "A", dist=300, bearing=300, alt=None)
    s.status("SN-PK-003", "online", 40, "河南路停車場 恢復連線", None)
    s.call("illegal_parking", 42, "河南中平口", "中平路夜市旁邊一堆車停在紅線上", None, dist=400, bearing=120)
    s.police("road_reopened", "Minor", 58, "河南中平口", "河南路/中平路口事故車輛拖離，號誌待廠商修復，外側車道恢復通行", "B", dist=10)
    s.sensor("signal", "SN-SIG-010", "restored", 95, "河南路/中平路 號誌 恢復正常", "B", alt="B2")
    s.call("other", 98, "河南停車場", "請問河南路停車場是 24 小時的嗎", None, dist=50)
    s.write(
        "十二月週六凌晨 01:00-02:40：河南路二段 KTV 前鬥毆；約 200 m 外河南路/中平路口酒駕自小客撞號誌桿；"
        "河南路停車場入口一名醉漢路倒。三處相距 200-470 m，救護車交錯。",
        [inc("A", "public_safety", "河南路二段 KTV 前鬥毆，一人頭部撕裂傷", a0),
         inc("B", "traffic", "河南路/中平路口自小客撞號誌桿（疑酒駕），號誌故障", b2),
         inc("C", "rescue", "河南路停車場入口男子路倒、意識不清", c1)],
        alt={"why": "號誌桿被撞後的號誌故障可另立號誌廠商的維修案件（B2）；KTV 與停車場之間「有人躺在路邊、好像有血」的來電"
                    "可讀為停車場入口的路倒者而非鬥毆傷者。",
             "add": [inc("B2", "infrastructure", "河南路/中平路口號誌桿受損，號誌故障待修", "1216-signal-001")]},
        notes="CCTV 的停滯偵測在來電之前，但單憑影像分析不足以開案；第一通 1999 來電才足夠。")


if __name__ == "__main__":
    for f in (s1211, s1212, s1213, s1214, s1215, s1216):
        f()
