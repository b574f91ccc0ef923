"""Situations 731..736."""
from lib import Sit, P, off, lerp, noise_streetlight, noise_parking


def s731():
    s = Sit(731, "crash_and_kitchen_fire_kaixuan", "2025-11-08 14:00")
    crash = (120.65175, 24.18520)          # 凱旋路 in front of 流行影音中心, by SN-VD-KAIXUAN-02
    venue = s.at("SN-FA-006")
    s.rule("r00", "SN-VD-ZHONGKE-01", "congestion", "Minor", 1, 1, "中科路車輛偵測器1 平均車速 28 km/h（週末午後車多）", None)
    noise_streetlight(s, "n01", 3, P["zhongke_s"], "0731-112")
    s.call("c01", "traffic_accident", 5, 2, "凱旋路流行影音中心門口，汽車撞到機車，騎士倒在地上", "T1", crash, 20, 90)
    s.f119("e01", "ambulance", 7, 1, "凱旋路二段流行影音中心前車禍，機車騎士左腳受傷，派救護車1輛", "T1", crash)
    s.police("p01", "injury_accident", "Moderate", 6, 9, "凱旋路二段流行影音中心前，自小客與普重機追撞，機車騎士受傷送醫。", "T1", off(*crash, 8, -5))
    s.call("c02", "traffic_accident", 9, 3, "凱旋路這邊好像有車禍，車子都卡住了", "T1", crash, 100, 250)
    s.rule("r01", "SN-VD-KAIXUAN-02", "congestion", "Moderate", 12, 1, "凱旋路車輛偵測器2 平均車速 11 km/h，低於門檻", "T1")
    s.add("a01", "fire_alarm", "alarm", 18, 0.2, "1F 美食區 偵煙探測器動作", "F1", sid="SN-FA-006")
    s.add("a02", "fire_alarm", "alarm", 19, 0.2, "2F 走廊 偵煙探測器動作", "F1", sid="SN-FA-006")
    s.f119("e02", "fire", 20, 1, "臺中流行影音中心1樓美食區廚房油鍋起火，派遣消防車3輛、救護車1輛", "F1", venue)
    s.call("c03", "fire_smoke", 20, 2, "流行影音中心那邊在冒黑煙，味道很重", "F1", venue, 60, 220)
    s.call("c04", "fire_smoke", 21, 3, "我在影音中心裡面，廣播叫我們疏散，一樓有煙", "F1", venue, 20, 60)
    s.call("c05", "other", 23, 2, "影音中心很多人跑出來站在路邊，不知道發生什麼事", "F1", venue, 80, 200)
    s.police("p03", "fire_report", "Severe", 24, 6, "凱旋路二段流行影音中心美食區火警，已管制凱旋路外側車道供消防車停放。", "F1", off(*venue, -30, 10))
    s.call("c06", "fire_smoke", 26, 4, "中科路這邊看到影音中心屋頂有煙飄出來", "F1", venue, 150, 300)
    s.rule("r02", "SN-VD-KAIXUAN-02", "congestion", "Moderate", 30, 1, "凱旋路車輛偵測器2 平均車速 8 km/h，低於門檻", "T1", alt="F1")
    noise_parking(s, "n02", 30, P["liming_kaixuan"], "凱旋路靠近黎明路口")
    s.add("st1", "status", "offline", 40, 0.1, "中央公園地下停車場(北) 車位資料未回傳", None, sid="SN-PK-004")
    s.police("p02", "accident", "Minor", 41, 3, "凱旋路追撞事故現場排除完畢，車輛已移置路邊。", "T1", off(*crash, 8, -5), follows="p01")
    s.add("st2", "status", "online", 44, 0.1, "中央公園地下停車場(北) 恢復連線", None, sid="SN-PK-004")
    s.call("n03", "noise", 45, 5, "中央公園草地有人拿音響放很大聲", None, (120.6561, 24.1836), 10, 60)
    s.add("n04", "fire_alarm", "fault", 50, 0.2, "探測器迴路斷線 第3迴路", None, sid="SN-FA-009")
    s.f119("e03", "fire", 62, 2, "流行影音中心火勢已撲滅，無人受傷，殘火處理中", "F1", venue, follows="e02")
    s.call("n05", "動物救援", 66, 4, "凱旋路停車場旁邊有一隻狗被車撞到躺在路邊", None, P["kaixuan_s"], 20, 80)
    s.add("a03", "fire_alarm", "normal", 75, 0.2, "火警受信總機復歸", "F1", sid="SN-FA-006")
    s.rule("r03", "SN-VD-KAIXUAN-02", "cleared", "Minor", 78, 1, "凱旋路車輛偵測器2 車速恢復", "T1", alt="F1")
    s.dup("c03", 6)
    s.incident("T1", "traffic", "凱旋路二段流行影音中心前 汽機車追撞，騎士受傷送醫", "c01")
    s.incident("F1", "fire", "臺中流行影音中心1樓美食區廚房火警（油鍋），疏散後撲滅", "a01")
    s.alternative("凱旋路車輛偵測器2 在火警後的壅塞與解除，也可視為消防車停放外側車道所致，歸火警", [
        ("T1", "traffic", "凱旋路二段汽機車追撞", "c01"),
        ("F1", "fire", "流行影音中心美食區火警，含凱旋路外側車道管制造成的車流壅塞", "a01")])
    s.description = ("週六午後，凱旋路二段流行影音中心門口先發生汽機車追撞，騎士受傷，救護車與員警到場，凱旋路車速掉到十幾公里。"
                     "十幾分鐘後同一棟建築一樓美食區廚房油鍋起火，受信總機兩區動作，119派車，民眾疏散到路邊。兩件事相距約三十公尺、"
                     "時間重疊，但一件是交通事故、一件是火警，是兩張派工單。火警後偵測器的壅塞可算任一件。")
    s.notes = "tests: two incidents at once a few metres apart (traffic + fire), shared VD"
    s.write()


def s732():
    s = Sit(732, "flood_creeps_down_jingmao", "2025-08-03 15:00")
    fl8 = s.at("SN-FL-008")
    jz = P["jingmao_zhongping"]
    pts = [lerp(fl8, jz, f) for f in (0.0, 0.25, 0.5, 0.75, 0.95)]
    s.rule("w01", "SN-RG-001", "heavy_rain", "Moderate", 0, 1, "中央公園雨量站 時雨量 46 mm，達大雨標準", None, level="大雨")
    s.rule("w02", "C0F9T0", "heavy_rain", "Moderate", 5, 2, "西屯 時雨量 41 mm，達大雨標準", None, level="大雨")
    s.call("c01", "blocked_drain", 8, 3, "經貿路三段水溝蓋一直冒水出來，排不掉", "F1", pts[0], 20, 60)
    s.flood("r01", "SN-FL-008", "1-15", 12, 1, "F1", "經貿路低窪處")
    s.call("c02", "flooding", 15, 4, "經貿路靠近生態住宅那邊積水到腳踝了", "F1", pts[0], 40, 150)
    noise_parking(s, "n01", 20, (120.6592, 24.1738), "中國醫藥大學水湳校區門口")
    s.rule("r02", "SN-WL-003", "water_level", "Moderate", 22, 1, "水湳區域排水經貿路水位 1.46 m，達三級警戒", "F1", level="3")
    s.flood("r03", "SN-FL-008", "16-30", 28, 1, "F1", "經貿路低窪處")
    s.police("p01", "flooding_report", "Moderate", 30, 8, "經貿路三段低窪處積水約20公分，已派員警戒。", "F1", off(*pts[0], -10, 15))
    s.flood("n02", "SN-FL-003", "1-15", 30, 1, None, "中央公園滯洪池3", alt="F1")
    s.call("c03", "flooding", 35, 3, "經貿路整條變小河，機車騎不過去", "F1", pts[1], 30, 120)
    s.rule("r04", "SN-VD-JINGMAO-02", "congestion", "Moderate", 38, 1, "經貿路車輛偵測器2 平均車速 9 km/h，低於門檻", "F1")
    s.rule("w03", "SN-RG-001", "heavy_rain", "Severe", 40, 1, "中央公園雨量站 3小時累積 104 mm，達豪雨標準", None, level="豪雨")
    s.flood("n03", "SN-FL-002", "1-15", 40, 1, None, "中央公園滯洪池2", alt="F1")
    noise_streetlight(s, "n04", 42, P["zhongke_s"], "0732-087")
    tree = off(*P["zhongqing_b"], -120, 160)
    s.call("t01", "fallen_tree", 44, 3, "中清路上有一棵路樹倒下來，擋住一個車道，車子要繞過去", "T1", tree, 20, 80)
    s.rule("r05", "SN-WL-003", "water_level", "Severe", 45, 1, "水湳區域排水經貿路水位 1.83 m，達二級警戒", "F1", level="2")
    s.flood("r06", "SN-FL-008", ">30", 50, 1, "F1", "經貿路低窪處")
    s.police("p02", "road_closure", "Severe", 52, 4, "經貿路三段往中平路方向封閉，車輛改道中清路。", "F1", pts[1])
    s.police("t02", "fallen_object", "Moderate", 53, 6, "中清路二段路樹倒塌佔用內側車道，已通知建設局派員處理。", "T1", off(*tree, 10, -10))
    s.call("c04", "flooding", 55, 5, "經貿路中段水已經淹到人行道上面，車子開過去水花很大", "F1", pts[2], 20, 120)
    s.rule("n05", "SN-WL-002", "water_level", "Moderate", 60, 1, "中央公園南滯洪池水位 2.04 m，達三級警戒", None, level="3", alt="F1")
    s.call("c05", "flooding", 70, 4, "經貿路快到中平路這邊也淹了，水一直往下流", "F1", pts[3], 30, 150)
    s.add("v01", "cctv", "flooding", 72, 0.5, "經貿路/中平路口 路面積水", "F1", sid="SN-CCTV-011", conf=0.81)
    s.police("p03", "flooding_report", "Severe", 80, 9, "經貿路/中平路口積水約30公分，一部自小客熄火受困。", "F1", off(*jz, -25, 20))
    s.f119("e01", "rescue", 81, 1, "經貿路中平路口自小客熄火受困水中，駕駛待救", "F1", off(*jz, -20, 25))
    s.call("c06", "flooding", 85, 3, "中平路經貿路口積水很深，有車子熄火停在路中間", "F1", pts[4], 20, 120)
    s.rule("r07", "SN-VD-ZHONGPING-02", "congestion", "Moderate", 88, 1, "中平路車輛偵測器2 平均車速 13 km/h，低於門檻", "F1", alt=None)
    s.call("c07", "other", 95, 3, "剛剛打過了，經貿路還是淹水，怎麼還沒人來處理", "F1", pts[1], 30, 120, follows="c03")
    s.f119("e02", "rescue", 97, 2, "經貿路中平路口受困駕駛已自行脫困，無人受傷", "F1", off(*jz, -20, 25), follows="e01")
    s.call("t03", "公園路樹", 100, 6, "中央公園裡面一棵小樹被風吹倒，沒有擋到路，雨停再來處理就好", None, (120.6565, 24.1810), 10, 40)
    s.call("c08", "flooding", 110, 4, "經貿路口水開始退了，可是路邊都是泥巴", "F1", pts[3], 20, 100)
    s.flood("r08", "SN-FL-008", "16-30", 112, 1, "F1", "經貿路低窪處")
    s.rule("r09", "SN-FL-008", "cleared", "Minor", 125, 1, "經貿路低窪處 淹水解除", "F1")
    s.rule("r10", "SN-WL-003", "cleared", "Minor", 128, 1, "水湳區域排水經貿路水位 降至警戒以下", "F1")
    s.police("p04", "road_closure", "Minor", 132, 5, "經貿路三段解除管制，恢復通行。", "F1", pts[1], follows="p02")
    s.add("sn1", "status", "offline", 64, 0.1, "河南路車輛偵測器1 資料未回傳", None, sid="SN-VD-HENAN-01")
    s.add("sn2", "status", "online", 67, 0.1, "河南路車輛偵測器1 恢復連線", None, sid="SN-VD-HENAN-01")
    s.dup("r03", 2)
    s.dup("c05", 9)
    s.incident("F1", "flood", "經貿路三段低窪處起淹，約90分鐘內沿經貿路往南蔓延至中平路口，封路、車輛受困", "r03")
    s.incident("T1", "traffic", "中清路二段路樹倒塌佔用車道", "t02")
    s.alternative("中央公園滯洪池蓄水本為設計用途；但協調員也可能把滯洪池水位一併納入經貿路淹水的處置", [
        ("F1", "flood", "經貿路淹水，含中央公園滯洪池2、3水深與南滯洪池三級警戒", "r03"),
        ("T1", "traffic", "中清路二段路樹倒塌佔用車道", "t02")])
    s.description = ("夏日午後雷雨，中央公園雨量站先達大雨再達豪雨。經貿路三段低窪處水溝冒水、淹水感測器由1-15升到超過30公分，"
                     "區域排水水位三級升二級；之後一個半小時，民眾與警方的通報一路往南到經貿路/中平路口，一部自小客熄火，119救助，"
                     "經貿路封路改道使經貿路與中平路偵測器變慢。這是同一件淹水，證據沿著一公里道路散開。同一場雨中清路倒了一棵路樹，"
                     "是另一張單；公園裡的小樹與滯洪池蓄水是背景。")
    s.notes = "tests: flood spreading ~1 km along one road over ~90 min; separate storm job nearby; ponds as designed"
    s.write()


TEXTS_733 = [
    ("fire_smoke", "敦化路那邊生態住宅有一棟冒很大的煙", 60, 250),
    ("fire_smoke", "B區6樓好像失火了，窗戶有火出來", 30, 150),
    ("fire_smoke", "我住隔壁棟，看到對面大樓一直冒黑煙", 40, 120),
    ("fire_smoke", "經貿路三段這邊聞到很重的燒焦味，前面大樓在冒煙", 150, 300),
    ("fire_smoke", "大樓警鈴一直響，樓梯間都是煙", 20, 40),
    ("other", "我們被疏散下來了，現在站在中庭，我媽還在樓上", 20, 60),
    ("fire_smoke", "生態住宅失火！快派消防車", 50, 200),
    ("fire_smoke", "從中科路這邊就看到東邊一大片黑煙", 500, 700),
    ("fire_smoke", "我在中央公園散步，看到公園東邊大樓冒煙", 250, 450),
    ("fire_smoke", "B棟高樓層有火光，有人在陽台喊救命", 40, 120),
    ("other", "請問消防車來了沒？煙越來越大", 30, 150),
    ("fire_smoke", "火災，水湳生態住宅B區，敦化路一段", 30, 200),
    ("fire_smoke", "煙飄到我們家了，窗戶要關起來嗎", 200, 400),
    ("other", "那邊一堆人在圍觀，不知道是不是火災", 100, 250),
    ("fire_smoke", "6樓那戶燒起來了，火很大", 30, 100),
    ("fire_smoke", "經貿路上看到大樓在冒煙，好像還有爆炸聲", 120, 300),
    ("other", "我家小孩自己在家，住那棟7樓，拜託幫我看一下", 300, 600),
    ("fire_smoke", "大樓著火了，在公園旁邊那棟", 100, 300),
    ("fire_smoke", "黑煙一直往北邊飄，整條路都是煙", 200, 500),
    ("noise", "消防車一直鳴笛，救護車也來了好幾台", 100, 300),
    ("fire_smoke", "剛剛聽到玻璃破掉的聲音，上面在燒", 20, 80),
    ("other", "經貿路塞住了，前面是不是出事了", 250, 500),
    ("fire_smoke", "又一個冒煙的地方，跟剛剛同一棟", 40, 150),
    ("fire_smoke", "住戶都跑出來了，大樓還在冒煙", 30, 120),
    ("fire_smoke", "有人報了嗎？生態住宅B區火災", 50, 250),
    ("other", "我車停在那棟地下室，現在可以開出來嗎", 20, 80),
    ("fire_smoke", "煙變白色了，是不是快滅了", 80, 250),
    ("fire_smoke", "我在河南路都看得到煙", 900, 1200),
    ("other", "可不可以叫圍觀的人不要擋路，消防車進不去", 40, 150),
    ("fire_smoke", "火好像小了，但是還有煙", 50, 200),
    ("other", "鄰居說有人被抬出來，是不是有人受傷", 30, 150),
    ("fire_smoke", "B區那棟外牆燒黑了一大片", 40, 150),
    ("other", "我們什麼時候可以回家？站在外面好冷", 20, 80),
    ("fire_smoke", "還是有煙一直冒出來", 60, 200),
    ("other", "電梯還能用嗎？我們家有老人要上樓", 20, 60),
    ("fire_smoke", "剛剛火災那棟還聞得到燒焦味", 40, 150),
]


def s733():
    s = Sit(733, "tower_fire_call_burst", "2026-01-17 18:40")
    b = s.at("SN-FA-012")
    jm = (120.6594, 24.1816)
    s.rule("n01", "SN-VD-ZHONGQING-02", "congestion", "Minor", -3, 1, "中清路車輛偵測器2 平均車速 22 km/h（晚間尖峰）", None)
    s.call("n02", "noise", -6, 4, "A區樓上裝潢敲打到現在，晚上還在吵", None, s.at("SN-FA-011"), 10, 40)
    s.add("a01", "fire_alarm", "alarm", 0, 0.2, "6F 偵煙探測器動作", "F1", sid="SN-FA-012")
    s.add("a02", "fire_alarm", "alarm", 1.5, 0.2, "7F 偵煙探測器動作", "F1", sid="SN-FA-012")
    s.f119("e01", "fire", 2, 0.5, "北屯區敦化路一段水湳生態住宅B區6樓住宅火警，疑有人受困，派遣消防車6輛、雲梯車1輛、救護車2輛", "F1", b)
    # the burst: dense in the first quarter hour, thinning out
    t = 1.0
    for i, (cat, txt, rmin, rmax) in enumerate(TEXTS_733[:-1]):
        t += s.rng.uniform(0.15, 0.6) if i < 20 else s.rng.uniform(0.8, 2.5)
        s.call(f"c{i+1:02d}", cat, t, s.rng.uniform(1, 7), txt, "F1", b, rmin, rmax)
    s.police("p01", "fire_report", "Severe", 9, 7, "敦化路一段生態住宅B區住宅火警，警力到場交管及疏散圍觀民眾。", "F1", off(*b, 30, -20))
    s.police("p02", "road_closure", "Moderate", 12, 10, "經貿路三段近敦化路口封閉外側兩車道供消防車作業。", "F1", jm)
    s.f119("e03", "rescue", 14, 1, "B區7樓住戶受困陽台，雲梯車救出1人", "F1", b, follows="e01")
    s.rule("r01", "SN-VD-JINGMAO-02", "congestion", "Moderate", 15, 1, "經貿路車輛偵測器2 平均車速 7 km/h，低於門檻", "F1")
    noise_parking(s, "n03", 20, P["henan_end"], "河南路停車場外面")
    s.add("n04", "fire_alarm", "fault", 22, 0.2, "預備電源電壓不足", None, sid="SN-FA-011")
    s.f119("e02", "ambulance", 25, 1, "B區火場救出住戶1名吸入濃煙，意識清楚，送醫", "F1", b)
    s.call("n05", "streetlight", 30, 5, "敦化路一段公車站旁邊路燈一直閃，閃很久了", None, b, 120, 200)
    s.call("n06", "環境清潔", 38, 6, "社區門口垃圾沒人收，臭到不行", None, s.at("SN-FA-011"), 20, 80)
    s.f119("e04", "fire", 58, 2, "B區火勢已控制，殘火處理中，1人送醫", "F1", b, follows="e01")
    s.police("p03", "road_closure", "Minor", 85, 6, "經貿路三段外側車道恢復通行。", "F1", jm, follows="p02")
    s.add("a03", "fire_alarm", "normal", 92, 0.2, "火警受信總機復歸", "F1", sid="SN-FA-012")
    cat, txt, rmin, rmax = TEXTS_733[-1]
    s.call("c99", cat, 105, 8, txt, "F1", b, rmin, rmax)
    s.call("c98", "other", 112, 6, "還聞得到燒焦味，晚上窗戶要不要關，會不會有毒", "F1", b, 200, 400)
    s.rule("r02", "SN-VD-JINGMAO-02", "cleared", "Minor", 90, 1, "經貿路車輛偵測器2 車速恢復", "F1")
    for k, lag in (("c03", 4), ("c11", 2), ("c20", 7)):
        s.dup(k, lag)
    s.incident("F1", "fire", "水湳生態住宅B區6樓住宅火警，延燒7樓，救出受困1人、送醫1人；數十通1999來電", "a01")
    s.description = ("冬夜晚間尖峰，生態住宅B區6樓住宅起火，受信總機6、7樓相繼動作，119派出6車與雲梯車。接下來四十分鐘1999湧入三十多通電話："
                     "有在樓下的住戶、有從中科路或中央公園看到黑煙的人、有問能不能回家、問車能不能開的，還有抱怨鳴笛與塞車的。全部都是同一場火，"
                     "只有一張單。附近A區裝潢噪音、A區受信總機電池不足、路燈閃爍、垃圾沒收是背景，有的就在隔壁棟。")
    s.notes = "tests: burst of ~36 1999 calls (free text, other/noise categories, callers up to 1.2 km away) about one fire"
    s.write()


def s734():
    s = Sit(734, "concert_evening_small_jobs", "2025-12-20 17:30")
    v = s.at("SN-FA-006")
    s.add("pe1", "planned_event", "concert", 120, -2880, "臺中流行影音中心 戶外演唱會，預估入場 12,000 人，凱旋路二段部分時段交通管制", "C1", pos=v, ends=300)
    s.rule("n01", "SN-VD-HUANZHONG-02", "congestion", "Minor", 10, 1, "環中路車輛偵測器2 平均車速 25 km/h（下班尖峰）", None)
    s.call("n02", "動物救援", 40, 5, "中央公園步道有一隻受傷的鳥", None, (120.6560, 24.1800), 10, 40)
    crash = off(*s.at("SN-VD-ZHONGKE-01"), 10, 40)
    s.call("t01", "traffic_accident", 60, 3, "中科路影音中心附近機車自己滑倒，人坐在路邊", "T1", crash, 20, 80)
    s.police("t02", "accident", "Minor", 62, 11, "中科路機車自摔，騎士擦傷拒絕就醫，車輛已移置。", "T1", crash)
    s.add("pk1", "parking", "full", 75, 0.5, "中央公園地下停車場(北) 車位已滿", "C1", sid="SN-PK-004")
    s.call("c01", "crowding", 80, 4, "影音中心外面人超多，人行道都走不過去", "C1", v, 40, 150)
    s.rule("r01", "SN-VD-KAIXUAN-02", "congestion", "Moderate", 85, 1, "凱旋路車輛偵測器2 平均車速 9 km/h，低於門檻", "C1")
    s.rule("r02", "SN-VD-ZHONGKE-01", "congestion", "Moderate", 90, 1, "中科路車輛偵測器1 平均車速 12 km/h，低於門檻", "C1")
    s.add("pk2", "parking", "full", 95, 0.5, "中央公園地下停車場(南) 車位已滿", "C1", sid="SN-PK-005")
    s.police("p01", "crowd_control", "Moderate", 100, 5, "流行影音中心周邊人潮管制，凱旋路二段設置臨時行人通道。", "C1", off(*v, -40, 0))
    s.call("c02", "illegal_parking", 110, 4, "凱旋路上一整排車並排停，都是去看演唱會的", "C1", P["kaixuan_s"], 20, 120, alt=None)
    s.add("n03", "fire_alarm", "fault", 130, 0.2, "探測器迴路異常 B1", None, sid="SN-FA-004")
    s.add("g01", "signal", "fault", 140, 0.3, "號誌全暗", "T2", sid="SN-SIG-007")
    s.call("g02", "traffic_signal", 143, 4, "黎明路凱旋路口紅綠燈都不亮，車子亂鑽", "T2", s.at("SN-SIG-007"), 20, 120)
    s.add("g03", "cctv", "signal_dark", 144, 0.5, "黎明路三段/凱旋路 號誌黑燈", "T2", sid="SN-CCTV-007", conf=0.72)
    s.call("x01", "other", 148, 3, "我排隊進場的時候手機被偷了，在影音中心門口", "X1", v, 20, 80)
    s.police("x02", "theft", "Minor", 150, 12, "流行影音中心入口處民眾手機遭扒竊，已受理報案並調閱監視器。", "X1", off(*v, -35, 15))
    s.police("g04", "traffic_signal_fault", "Moderate", 152, 6, "黎明路三段/凱旋路口號誌故障，員警到場指揮交通，已通知交通局。", "T2", s.at("SN-SIG-007"))
    noise_streetlight(s, "n04", 170, P["zhongke_s"], "0734-201")
    s.f119("m01", "ambulance", 190, 1, "流行影音中心演唱會場內觀眾昏倒，意識模糊，派救護車1輛", "R1", v, alt="C1")
    s.call("c03", "noise", 200, 6, "演唱會太大聲了，低音一直震，家裡窗戶都在響", "C1", s.at("SN-FA-011"), 20, 100, alt=None)
    s.add("g05", "signal", "restored", 230, 0.3, "號誌恢復正常", "T2", sid="SN-SIG-007")
    s.f119("m02", "ambulance", 205, 2, "昏倒觀眾已送中國醫藥大學附設醫院", "R1", v, follows="m01", alt="C1")
    s.add("n05", "status", "offline", 250, 0.1, "黎明路三段/凱旋路 路口監視器 離線", None, sid="SN-CCTV-007")
    s.add("n06", "status", "online", 256, 0.1, "黎明路三段/凱旋路 路口監視器 恢復連線", None, sid="SN-CCTV-007")
    s.rule("r03", "SN-VD-KAIXUAN-02", "congestion", "Severe", 305, 1, "凱旋路車輛偵測器2 平均車速 4 km/h，低於門檻", "C1")
    s.police("p02", "crowd_control", "Moderate", 305, 4, "演唱會散場，凱旋路二段封閉慢車道疏導人潮。", "C1", off(*v, -40, 0), follows="p01")
    s.add("v01", "cctv", "crowding", 307, 0.5, "黎明路三段/凱旋路 人群聚集", "C1", sid="SN-CCTV-007", conf=0.64)
    s.police("p03", "public_disturbance", "Minor", 315, 8, "散場時影音中心前兩名男子口角推擠，已當場排解。", "C1", off(*v, -30, 20), alt=None)
    s.police("p04", "crowd_control", "Minor", 345, 5, "散場人潮疏散完畢，凱旋路恢復通行。", "C1", off(*v, -40, 0), follows="p01")
    s.rule("r04", "SN-VD-KAIXUAN-02", "cleared", "Minor", 350, 1, "凱旋路車輛偵測器2 車速恢復", "C1")
    s.dup("x01", 5)
    s.incident("C1", "crowd", "流行影音中心演唱會人潮（停車場滿、人行道擁擠、凱旋路管制、散場疏導）", "pe1")
    s.incident("T1", "traffic", "中科路機車自摔（輕傷）", "t01")
    s.incident("T2", "traffic", "黎明路三段/凱旋路口號誌全暗", "g01")
    s.incident("X1", "public_safety", "演唱會入口手機遭扒竊", "x01")
    s.incident("R1", "rescue", "演唱會場內觀眾昏倒送醫", "m01")
    s.alternative("會場內觀眾昏倒可能由活動現場的醫護與人潮指揮一併處置，不另開單；噪音、違停與散場口角也可能被當作各自的一般案件而非活動的一部分", [
        ("C1", "crowd", "流行影音中心演唱會人潮，含場內傷病", "pe1"),
        ("T1", "traffic", "中科路機車自摔（輕傷）", "t01"),
        ("T2", "traffic", "黎明路三段/凱旋路口號誌全暗", "g01"),
        ("X1", "public_safety", "演唱會入口手機遭扒竊", "x01")])
    s.description = ("週六晚上流行影音中心戶外演唱會，許可兩天前就到了。傍晚停車場北、南相繼滿位，人行道擠滿，凱旋路與中科路變慢，警方設行人通道，"
                     "散場再管制一次：這是一張人潮單。同一晚附近還有幾件小事：開場前中科路一位騎士自摔；一公里外黎明路凱旋路口號誌全暗，"
                     "交通局來修；入口有人手機被扒；場內一位觀眾昏倒送醫。各是各的單，只是都在演唱會附近。綠美圖總機異常、鳥受傷、路燈、"
                     "監視器短暫離線是背景。")
    s.notes = "tests: dense evening event with small unrelated jobs inside its footprint"
    s.write()


def s735():
    s = Sit(735, "morning_crash_late_skewed", "2025-10-14 07:40")
    j = P["huanzhong_zhongqing"]
    crash = off(*j, -35, -10)
    noise_streetlight(s, "n01", 0, P["liming_kaixuan"], "0735-044")
    s.rule("n02", "SN-VD-HUANZHONG-01", "congestion", "Minor", 5, 1, "環中路車輛偵測器1 平均車速 26 km/h（上班尖峰）", None)
    # camera clock stamps Taiwan time as UTC: observed 8 h ahead
    s.add("v01", "cctv", "accident", 0, 0.3, "中清路/環中路 疑似車輛碰撞", "T1", sid="SN-CCTV-008", conf=0.74, skew=480)
    s.add("v02", "cctv", "stalled_vehicle", 1, 0.3, "中清路/環中路 車輛停滯", "T1", sid="SN-CCTV-008", conf=0.88, skew=480)
    s.call("c01", "traffic_accident", 2, 1, "環中路中清路口三台車追撞，有一台橫在地下道入口", "T1", crash, 20, 120)
    s.f119("e01", "ambulance", 3, 0.5, "環中路中清路口車禍，1人受傷，派救護車1輛", "T1", crash)
    s.rule("r01", "SN-VD-HUANZHONG-03", "congestion", "Moderate", 6, 1, "環中路車輛偵測器3 平均車速 6 km/h，低於門檻", "T1")
    # police closure follows the accident report but arrives before it; police terminal 6 min slow
    s.police("p01", "injury_accident", "Severe", 4, 18, "環中路/中清路口自小客3車追撞，1人受傷送醫。", "T1", crash, skew=-6)
    s.police("p02", "road_closure", "Moderate", 8, 9, "環中路往東地下道入口暫時封閉，車輛改走平面。", "T1", crash, follows="p01", skew=-6)
    s.rule("r02", "SN-VD-ZHONGQING-01", "congestion", "Moderate", 9, 1, "中清路車輛偵測器1 平均車速 8 km/h，低於門檻", "T1")
    noise_parking(s, "n03", 12, s.at("SN-PK-001"), "轉運中心門口計程車排班區")
    s.rule("r03", "SN-VD-HUANZHONG-02", "congestion", "Moderate", 15, 1, "環中路車輛偵測器2 平均車速 14 km/h，低於門檻", "T1", alt=None)
    s.add("n04", "status", "offline", 16, 0.1, "黎明路車輛偵測器1 資料未回傳", None, sid="SN-VD-LIMING-01")
    s.add("n05", "status", "online", 18, 0.1, "黎明路車輛偵測器1 恢復連線", None, sid="SN-VD-LIMING-01")
    # signal fault at 中科路/環中路: the fault message is held in the controller's queue and arrives after 'restored'
    s.add("g01", "signal", "fault", 20, 35, "號誌閃黃", "T2", sid="SN-SIG-003")
    s.add("g02", "cctv", "signal_dark", 22, 0.5, "中科路/環中路二段 號誌異常", "T2", sid="SN-CCTV-003", conf=0.66)
    s.call("g03", "traffic_signal", 24, 3, "中科路環中路口紅綠燈在閃黃燈，上班車很多很危險", "T2", s.at("SN-SIG-003"), 20, 150)
    s.call("g04", "other", 28, 2, "中科路口的燈號怪怪的，一直閃，剛剛差點撞到", "T2", s.at("SN-SIG-003"), 30, 200)
    s.police("g05", "traffic_signal_fault", "Moderate", 30, 4, "中科路/環中路二段號誌閃黃，員警到場指揮交通。", "T2", s.at("SN-SIG-003"))
    s.call("n06", "road_damage", 30, 6, "黎明路三段靠近凱旋路有一個坑洞，騎機車要小心", None, P["liming_kaixuan"], 50, 150)
    s.call("c02", "other", 40, 2, "剛剛打過了，環中路車禍那邊還是塞，都不動", "T1", crash, 200, 500, follows="c01")
    s.add("g06", "signal", "restored", 50, 1, "號誌恢復正常", "T2", sid="SN-SIG-003")
    s.police("p03", "accident", "Minor", 65, 12, "環中路/中清路口事故車輛已拖離，地下道恢復通行。", "T1", crash, follows="p01", skew=-6)
    s.rule("r04", "SN-VD-HUANZHONG-03", "cleared", "Minor", 72, 1, "環中路車輛偵測器3 車速恢復", "T1")
    s.dup("c01", 14)
    s.dup("r01", 3)
    s.dup("v01", 22)
    s.dup("n04", 0.5)
    s.dup("g01", 12)
    s.incident("T1", "traffic", "環中路/中清路口3車追撞、地下道入口封閉", "c01")
    s.incident("T2", "traffic", "中科路/環中路二段號誌閃黃故障", "g02")
    s.alternative("上班尖峰環中路車輛偵測器2（事故西方約750公尺）本來就慢，其壅塞未必是事故回堵", [
        ("T1", "traffic", "環中路/中清路口3車追撞", "c01"),
        ("T2", "traffic", "中科路/環中路二段號誌閃黃故障", "g02")])
    s.description = ("週二上班尖峰，環中路/中清路口地下道入口三車追撞。路口攝影機時鐘把臺灣時間當UTC，時間戳記快八小時；警方終端慢六分鐘，"
                     "事故報告晚了十八分鐘才到，而封路的後續報告先到。1999、偵測器壅塞各有重複投遞。五百多公尺外中科路/環中路號誌同時閃黃，"
                     "控制器的故障訊息被卡在佇列，恢復訊息反而先到。兩張單：車禍、號誌。")
    s.notes = "tests: late (18 min), duplicated, +8 h and -6 min skewed, follow-up before its original, restored before fault"
    s.write()


PARK_GW = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]


def s736():
    s = Sit(736, "park_gateway_offline_night", "2026-03-05 02:10")
    s.add("n01", "status", "offline", -20, 0.1, "凱旋路車輛偵測器2 資料未回傳", None, sid="SN-VD-KAIXUAN-02")
    s.add("n02", "status", "online", -17, 0.1, "凱旋路車輛偵測器2 恢復連線", None, sid="SN-VD-KAIXUAN-02")
    order = PARK_GW[:]
    s.rng.shuffle(order)
    t = 2.0
    for i, sid in enumerate(order):
        t += s.rng.uniform(0.05, 0.4)
        s.add(f"s{i+1:02d}", "status", "offline", t, 0.1, "閘道器連線中斷，資料未回傳", "I1", sid=sid)
    for i, sid in enumerate(order):
        s.rule(f"o{i+1:02d}", sid, "sensor_offline", "Minor", 12 + i * 0.3, 1, "設備超過預期回報間隔未回傳資料", "I1")
    s.add("n03", "fire_alarm", "fault", 40, 0.2, "探測器迴路斷線 B2停車區", None, sid="SN-FA-007")
    s.call("n04", "streetlight", 45, 8, "中央公園步道有一盞路燈不亮，燈桿編號0736-310", None, (120.6570, 24.1850), 5, 30)
    s.f119("m01", "ambulance", 58, 1, "經貿路三段水湳生態住宅A區，8旬婦人呼吸困難，派救護車", "R1", off(*s.at("SN-FA-011"), 20, 10))
    s.add("n05", "status", "offline", 60, 0.1, "經貿路二段/經貿七路 路口監視器 離線", None, sid="SN-CCTV-006")
    s.rule("n06", "SN-CCTV-006", "sensor_offline", "Minor", 75, 1, "設備超過預期回報間隔未回傳資料", None)
    s.rule("n07", "SN-WL-003", "water_level", "Moderate", 20, 1, "水湳區域排水經貿路水位 1.41 m，達三級警戒", None)
    s.rule("n08", "SN-WL-003", "cleared", "Minor", 30, 1, "水湳區域排水經貿路水位 降至警戒以下", None)
    for i, sid in enumerate(order):
        s.add(f"u{i+1:02d}", "status", "online", 96 + i * 0.2, 0.1 + (15 if i == 2 else 0), "閘道器重新開機，恢復連線", "I1", sid=sid)
    s.dup("s01", 0.3)
    s.dup("s05", 1.0)
    s.dup("o03", 2)
    s.incident("I1", "infrastructure", "中央公園感測閘道器離線：公園5座淹水感測器、2座滯洪池水位、雨量站同時斷線，約1.5小時後重開機恢復", "s03")
    s.incident("R1", "rescue", "生態住宅A區婦人呼吸困難送醫", "m01")
    s.description = ("週四凌晨，中央公園內八個感測器（五座滯洪池淹水感測器、南北滯洪池水位、公園雨量站）在同一分鐘內斷線，都經同一個閘道器回傳；"
                     "十分鐘後離線規則逐一觸發，維護廠商重開機後一個半小時恢復。這是一張設備維修單，不是八張。公園停車場總機迴路斷線、"
                     "一盞路燈、經貿七路攝影機單獨離線、凱旋路偵測器閃斷、無雨時區域排水水位的假警戒都是背景；凌晨生態住宅A區的救護是另一件事。")
    s.notes = "tests: one gateway = one job across 8 sensors and 3 phases (status, rule, recovery); lone device faults stay background"
    s.write()


if __name__ == "__main__":
    for f in (s731, s732, s733, s734, s735, s736):
        f()
