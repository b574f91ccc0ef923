"""Situations 1431-1436. Run: python3 gen_a.py (writes into the folder above tools/)."""
from lib import Situation, P, off


# =====================================================================================
def build_1431():
    S = Situation(1431, "two_fires_saturday_night", "2026-01-17",
                  "Saturday night in January, exhibition weekend at the convention centre. At 19:38 a "
                  "kitchen fire on the 7th floor of eco-residential block A (one resident out by "
                  "ambulance, about 40 evacuated); fourteen minutes later a car's engine bay catches "
                  "fire on B2 of the Central Park underground car park, 450 m to the north-west. Two "
                  "fire jobs at once, reported by many 1999 callers who mix them up, plus the "
                  "evening's routine cases.")
    A = P("eco_block_a")
    CP = P("park_car_park")
    jm_a = off(P("eco_block_a"), 45, 60)           # 經貿路三段 in front of block A
    vent = off(P("park_car_park"), 10, 130)        # the car park's exhaust shaft on the lawn by 綠美圖

    S.permit("-1 16:20", "exhibition", "09:00", "+1 18:00", "convention_centre",
             "臺中國際會展中心 2026台中國際旅展（1/16-1/18），A、B館，每日09:00-18:00，預估每日入場2萬人次，"
             "主辦單位自備保全及交通引導人員", radius=500, arrival_delay=3)
    S.rule("SN-VD-JINGMAO-01", "18:42", "congestion",
           "經貿路車輛偵測器1 平均車速 14 km/h，佔有率 41%，持續10分鐘（往環中路方向）")
    S.parking("SN-PK-006", "18:47", "full", "臺中國際會展中心停車場 汽車格位已滿（剩餘0/800）")
    S.c1999("18:55", "streetlight", off(P("eco_block_b"), 60, -120),
            "民眾反映：經貿路三段往中平路方向，路燈編號XT-05512不亮，已經兩三天了，晚上走路很暗。")
    S.c1999("19:04", "illegal_parking", "jingmao6_car_park",
            "民眾反映：經貿六停車場入口有兩台車並排停在車道上等人，後面的車都進不去，一直按喇叭。")
    S.cctv("SN-CCTV-005", "19:09", "crowding", 0.58,
           "經貿路二段/黎明路三段 路口監視器：東南角人行道人群聚集（移動中）")
    S.c1999("19:18", "noise", "kaixuan+liming",
            "民眾反映：凱旋路黎明路口附近有改裝車一直在催油門，來回好幾趟，很吵。")

    # ---- fire 1: block A, 7F kitchen
    a1 = S.panel("SN-FA-011", "19:38:40", "alarm",
                 "水湳生態住宅 A區 集合住宅 火警受信總機：7F 第3迴路 偵煙式探測器動作（7F 東側住戶廚房）",
                 "fire_A")
    S.dup(a1, 0.4)
    c_a1 = S.c1999("19:39:30", "fire_smoke", A,
                   "民眾來電（已轉119）：住生態住宅A區7樓，隔壁一直有煙從門縫跑出來，走廊警報器在響，敲門都沒人應，"
                   "味道很嗆。", "fire_A")
    f1 = S.f119("19:40:05", "fire", A,
                "受理報案：北屯區經貿路三段（水湳生態住宅A區）7樓住宅火警，報案人稱廚房起火冒濃煙。派遣四平分隊水箱車、"
                "水庫車、雲梯車，北屯分隊救護車。", "fire_A")
    S.panel("SN-FA-011", "19:41:15", "alarm",
            "水湳生態住宅 A區 集合住宅 火警受信總機：7F 第4迴路 偵煙式探測器動作（7F 走廊）", "fire_A")
    S.c1999("19:43", "fire_smoke", jm_a,
            "民眾反映：在經貿路上看到旁邊那棟住宅大樓中間樓層的窗戶有火光，還有黑煙一直冒出來。", "fire_A")
    gas_b = S.c1999("19:44", "gas_odor", off(P("eco_block_b"), -20, 30),
            "民眾反映：住生態住宅B區，窗戶飄進來很嗆的味道，燒塑膠那種，不知道是不是哪裡瓦斯外洩，"
            "自己家瓦斯有關。", "fire_A")
    d1 = S.c1999("19:46", "rescue", A,
                 "家屬來電（人在高雄）：媽媽住水湳生態住宅A區7樓，剛剛打給我說整層都是煙，她腳不方便走不下樓，"
                 "拜託趕快派人去救她。", "fire_A", jitter=5)
    S.f119("19:47", None, None, "四平分隊到達，7樓東側住戶廚房起火，濃煙竄出走廊，佈線搶救並搜索7、8樓住戶。",
           "fire_A", status="on_scene", case=f1)
    clos = S.police("19:48", "road_closure", "Moderate", jm_a,
                    "第五分局四平派出所：經貿路三段（敦化路至中清路段）因火警消防車停放，封閉外側車道，派員指揮。",
                    "fire_A", delay=9)
    S.c1999("19:49", "fire_smoke", (120.6596, 24.1952),
            "民眾反映：剛才開車經過中清路，看到綠美圖後面那一帶有一棟大樓在冒煙，我車已經開走了，"
            "不知道有沒有人報案。（來電者目前位於中清路往北）", "fire_A", jitter=40)
    S.c1999("19:50", "rescue", A,
            "家屬再次來電（高雄）：剛剛打過了，媽媽7樓電話打不通了，消防隊到了沒？她叫什麼名字都有跟你們講。",
            "fire_A", follows=d1, jitter=5)

    # ---- fire 2: park car park B2 (the panel's clock runs 6 min slow)
    b1 = S.panel("SN-FA-007", "19:52:20", "alarm",
                 "中央公園地下停車場 火警受信總機：B2 C區 差動式探測器動作（第7迴路）", "fire_P", skew=-6)
    c_p1 = S.c1999("19:54", "fire_smoke", CP,
            "民眾來電（已轉119）：我在公園地下停車場B2，有一台車引擎蓋在冒煙，下面有火，警報一直響，"
            "大家都往樓梯跑。", "fire_P", jitter=10)
    f2 = S.f119("19:55:40", "fire", CP,
                "受理報案：西屯區中央公園地下停車場B2 自小客車火警。派遣西屯分隊水箱車、水庫車、排煙車，救護車1。",
                "fire_P")
    S.panel("SN-FA-007", "19:56:05", "alarm",
            "中央公園地下停車場 火警受信總機：B2 C區 偵煙式探測器動作（第8迴路），排煙機連動", "fire_P", skew=-6)
    S.c1999("19:58", "fire_smoke", vent,
            "民眾反映：綠美圖旁邊草地上那個通風口一直在冒黑煙，很臭，是不是底下失火了？", "fire_P", jitter=10)
    S.c1999("20:00", "fire_smoke", off(P("kaixuan+zhongke"), 20, 420),
            "民眾反映：中科路這邊看過去公園那邊好多煙，消防車一直往那邊開，是哪裡燒起來？", "fire_P",
            alt="fire_A", jitter=40)
    S.police("20:00", "fire_report", "Severe", CP,
             "第六分局：中央公園地下停車場B2車輛起火，已管制車輛進出，疏導停車場內民眾往地面撤離。", "fire_P",
             delay=11)
    S.f119("20:02", None, None, "西屯分隊到達，B2 一部自小客車引擎室燃燒，已射水壓制，排煙中，無人受困。",
           "fire_P", status="on_scene", case=f2)
    S.f119("20:03", "ambulance", A,
           "北屯區經貿路三段生態住宅A區：7樓住戶1名（女，78歲）吸入濃煙，意識清楚，送中國醫藥大學附設醫院。",
           "fire_A")
    pk = S.parking("SN-PK-004", "20:05", "closed", "中央公園地下停車場(北) 暫停開放（入口柵欄關閉）", "fire_P")
    w1 = S.c1999("20:07", "other", off(P("SN-PK-004"), 25, 40),
                 "民眾反映：車停在公園地下停車場北邊那個入口，現在管理員不讓進去，說裡面有車燒起來，"
                 "我要開車回家怎麼辦？要等多久？", "fire_P", alt=None)
    S.c1999("20:08", "other", off(A, 30, -25),
            "民眾反映：我們是A區5樓的，剛剛管委會叫大家下樓，現在站在中庭外面很冷，還有老人家，什麼時候可以回去？",
            "fire_A")
    S.c1999("20:12", "noise", off(P("convention_hall_b"), 40, -60),
            "民眾反映：會展中心後面一直有貨車倒車嗶嗶聲跟撤場搬東西的聲音，都八點多了還很吵。")
    S.status("SN-VD-LIMING-01", "20:13", "offline", "黎明路車輛偵測器1 離線（通訊中斷）", reason="comms_lost")
    S.police("20:14", "evacuation", "Moderate", off(A, 30, -25),
             "第五分局四平派出所：生態住宅A區6至8樓住戶約40人疏散至中庭及B區活動中心，現場警戒中。",
             "fire_A", delay=7)
    S.status("SN-VD-LIMING-01", "20:17", "online", "黎明路車輛偵測器1 恢復連線")
    S.c1999("20:20", "fire_smoke", off(A, 180, 60),
            "民眾詢問：剛剛經貿路那棟大樓是不是火災？看到好多台消防車，火有沒有熄了？", "fire_A", jitter=30)
    S.c1999("20:24", "streetlight", off(P("kaixuan+liming"), -30, 40),
            "民眾反映：黎明路三段凱旋路口往台74那邊有一盞路燈一閃一閃的。")
    S.f119("20:30", None, None, "車輛火勢撲滅，無人受傷，B2 排煙完成，交由停車場管理單位及警方處理。",
           "fire_P", status="returning", case=f2)
    S.c1999("20:33", "other", off(P("SN-PK-004"), 25, 40),
            "民眾再次來電：剛剛打過了，車子還在裡面，警察說要等，到底還要等多久？", "fire_P", alt=None,
            follows=w1)
    S.f119("20:40", None, None, "7樓火勢已於20:12撲滅，殘火處理完畢，1人送醫，起火原因待火調。", "fire_A",
           status="returning", case=f1)
    S.panel("SN-FA-007", "20:45", "normal", "中央公園地下停車場 火警受信總機：復歸", "fire_P", skew=-6)
    S.police("20:48", "road_reopened", "Minor", jm_a,
             "第五分局四平派出所：經貿路三段外側車道恢復通行，消防車輛撤離。", "fire_A", follows=clos, delay=6)
    S.c1999("20:52", "other", P("convention_centre"),
            "民眾詢問：會展中心停車場明天旅展幾點開？會不會一樣客滿？")
    S.f119("21:00", None, None, "結案：車輛火警，燒損自小客車1部。", "fire_P", status="closed", case=f2)
    S.c1999("21:05", "fire_smoke", off(P("eco_block_b"), 40, -60),
            "民眾反映：敦化路這邊一直聞到燒焦味，剛剛那棟大樓的火是不是還沒完全熄？", "fire_A", jitter=30)
    S.panel("SN-FA-011", "21:10", "fault",
            "水湳生態住宅 A區 集合住宅 火警受信總機：7F 第3迴路 斷線異常", "fire_A")
    S.c1999("21:15", "noise", off(P("jingmao+zhongping"), -80, 20),
            "民眾反映：中平路那邊有店家在唱卡拉OK，聲音很大。")
    S.f119("21:20", None, None, "結案：住宅火警，燒損7樓廚房約6平方公尺，1人嗆傷送醫。", "fire_A",
           status="closed", case=f1)
    S.c1999("21:26", "illegal_parking", off(P("jingmao+liming"), 40, -30),
            "民眾反映：經貿路二段人行道上停了一排機車，輪椅過不去。")
    S.c1999("21:40", "other", A,
            "民眾詢問：A區7樓火災的住戶今天晚上可以住哪裡？區公所有沒有安置？", "fire_A")

    # ---- more callers
    S.c1999("19:30", "other", off(P("jingmao6_car_park"), 40, 30),
            "民眾詢問：會展中心停車場滿了，旅展附近還有哪裡可以停車？")
    S.c1999("19:45", "fire_smoke", off(A, 1400, 300),
            "民眾反映：從北屯家裡陽台看過去，水湳那邊有一棟大樓上面紅紅的，一直冒煙，不知道是哪一棟。", "fire_A",
            jitter=100)
    hb = S.c1999("19:57", "rescue", CP,
                 "民眾來電：我先生剛剛還在公園地下停車場B2找車，現在電話打不通，裡面說有車子燒起來，拜託幫我看一下。",
                 "fire_P", jitter=20)
    S.cctv("SN-CCTV-006", "19:59", "smoke", 0.41, "經貿路二段/經貿七路 路口監視器：畫面南側疑似煙霧", "fire_P",
           alt=None)
    S.c1999("20:04", "other", off(A, 60, 150),
            "民眾反映：經貿路三段被消防車擋住，公車過不去，司機叫乘客下車走路。", "fire_A")
    S.c1999("20:10", "rescue", CP, "同一民眾再次來電：找到我先生了，他從另一邊樓梯出來，沒事，謝謝。", "fire_P",
            follows=hb, jitter=20)
    S.c1999("20:16", "other", off(A, 30, -25),
            "民眾反映：我是A區住戶，剛剛看到有一個阿嬤從7樓被抬出來，是不是我對門的？她家人都不在，怎麼聯絡？",
            "fire_A")
    S.c1999("20:26", "crowding", off(vent, 30, 60),
            "民眾反映：綠美圖旁邊一堆人在圍觀公園冒煙，還有人站在車道上拍照，車子過不去。", "fire_P")
    S.c1999("20:58", "gas_odor", off(P("eco_block_b"), -20, 30),
            "同一民眾再次來電：剛剛報B區有瓦斯味，後來知道是A區火災的煙飄過來，不是瓦斯，不用派人了。", "fire_A",
            follows=gas_b)
    S.c1999("21:33", "streetlight", off(P("museumbrary"), 80, -200), "民眾反映：敦化路公園旁邊有兩盞路燈不亮。")
    S.c1999("21:45", "other", off(A, 60, 60),
            "民眾詢問：經貿路三段消防車都走了嗎？我要回家停車，外側車道可以停了嗎？", "fire_A", alt=None)
    S.incident("fire_A", "fire", "7F kitchen fire, eco-residential block A (經貿路三段); 40 evacuated, "
               "one resident by ambulance; outer lane of 經貿路三段 closed for the engines", f1)
    S.incident("fire_P", "fire", "Car engine-bay fire on B2 of the Central Park underground car park; "
               "car park north entrance closed", f2)
    S.alternative(
        "The 20:00 caller on 中科路 only saw 'lots of smoke over the park' with engines passing: a "
        "coordinator could file it with the block A fire, whose engines were the ones going by. Drivers "
        "asking when they may take their cars out of the closed car park are the car park's "
        "business, not the fire's: a coordinator may leave them as routine.",
        S.same_alt("fire_A", "fire_P"))
    S.readme = (
        "Saturday 17 January 2026, 18:40-21:45. The convention centre's travel fair fills its car park "
        "and slows 經貿路 (permit, congestion, car park full, crowding on camera: background). At 19:38 the "
        "residential panel of eco-residential block A alarms on the 7th floor; a resident calls 1999 "
        "(transferred to 119), 119 dispatches the 四平 crews, and over the next hour callers report it as "
        "flames seen from 經貿路, as a 'gas' smell in block B, as a daughter in 高雄 asking twice for her "
        "mother, as a glow seen from a balcony in 北屯, as a driver already gone up 中清路 who places it "
        "'behind 綠美圖', as a bus that cannot pass the engines, and as evacuees asking when they may go "
        "back; at 20:58 the block B caller withdraws her 'gas'. Fourteen minutes after the first alarm a car burns on B2 of the Central "
        "Park underground car park (its panel's clock runs six minutes slow); smoke comes out of the "
        "car park's exhaust shaft on the lawn by 綠美圖 and a caller reports that; a wife cannot reach her "
        "husband who was looking for his car on B2 (he calls back: out by another stair); onlookers block "
        "the road by 綠美圖; a low-confidence smoke flag comes from the 經貿七路 camera. Jobs: fire_A and fire_P. "
        "Background: the fair, a streetlight, double parking, a modified car, load-out noise, karaoke, a "
        "detector's 4-minute link flap. Alternative reading: the 中科路 caller's 'smoke over the park' "
        "filed with fire_A; the drivers locked out of the car park left as routine.")
    return S


# =====================================================================================
def build_1432():
    S = Situation(1432, "storm_three_floods", "2026-05-28",
                  "A plum-rain front dumps 60-70 mm an hour on the zone on a Thursday afternoon. Three "
                  "places flood at once: the 中清/環中 underpass (a car stalls in it, the driver is "
                  "taken off its roof), the 黎明/凱旋 low point, and the 經貿路 low point by eco block B. "
                  "The junction's signal cabinet at 中清/環中 takes water. Dozens of 1999 calls, many "
                  "misplaced or mis-filed.")
    UP = P("SN-FL-006")
    LK = P("SN-FL-009")
    JM = P("SN-FL-008")
    S.rule("C0F9T0", "15:50", "heavy_rain", "西屯(C0F9T0) 時雨量 46.5 mm，達大雨標準", level="大雨")
    S.rule("SN-RG-002", "16:00", "heavy_rain", "水湳轉運中心雨量站 時雨量 58.0 mm，達大雨標準", level="大雨")
    S.rule("SN-RG-001", "16:05", "heavy_rain", "中央公園雨量站 時雨量 61.5 mm，達大雨標準", level="大雨")
    S.c1999("16:02", "other", off(P("zhongqing+huanzhong"), 500, -300),
            "民眾反映：北屯家裡頂樓漏水，水一直滴到客廳，可不可以派人來看？", jitter=60)
    S.rule("SN-VD-HUANZHONG-02", "16:08", "congestion",
           "環中路車輛偵測器2 平均車速 18 km/h，佔有率 38%（雙向）")

    # ---- underpass 中清/環中
    u1 = S.rule("SN-FL-006", "16:14", "flood_depth", "中清環中路口地下道 淹水深度 9 cm", "flood_UP",
                level="1-15")
    u2 = S.rule("SN-FL-006", "16:26", "flood_depth", "中清環中路口地下道 淹水深度 23 cm", "flood_UP",
                level="16-30")
    S.cctv("SN-CCTV-008", "16:29", "flooding", 0.81, "中清路/環中路 路口監視器：地下道入口路面積水", "flood_UP")
    S.c1999("16:31", "flooding", off(UP, -40, 20),
            "民眾反映：環中路中清路口那個涵洞都是水，有一台車卡在裡面不動，後面的車在倒車。", "flood_UP")
    u3 = S.rule("SN-FL-006", "16:38", "flood_depth", "中清環中路口地下道 淹水深度 41 cm", "flood_UP",
                level=">30")
    wife = S.c1999("16:40", "rescue", off(P("fcu_campus"), -1500, -400),
                   "民眾來電（人在逢甲家中）：先生打電話說他車子卡在中清路那邊的一個地下道出不來，他也講不清楚是哪一個，"
                   "水已經淹到車門了，他爬到車頂上，拜託快點去！", "flood_UP", jitter=80)
    r1 = S.f119("16:42", "rescue", UP,
                "受理報案：北屯區中清路環中路口地下道車輛受困，駕駛1人在車頂。派遣北屯分隊救助器材車、水上救生、救護車。",
                "flood_UP")
    S.c1999("16:43", "traffic_accident", off(UP, 60, 30),
            "民眾反映：中清路地下道裡面好像有車禍，一台白色車停在中間，閃黃燈。", "flood_UP")
    S.rule("SN-VD-HUANZHONG-03", "16:45", "congestion",
           "環中路車輛偵測器3 平均車速 6 km/h，佔有率 63%，持續10分鐘", "flood_UP")
    uc = S.police("16:47", "road_closure", "Severe", UP,
                  "第五分局：中清路環中路口地下道積水逾40公分，雙向封閉，車輛改道環中路平面道路。", "flood_UP", delay=8)
    S.f119("16:52", None, None, "北屯分隊到達，地下道積水約50公分，駕駛已自行爬上車頂，以救生繩救出，無外傷。",
           "flood_UP", status="on_scene", case=r1)
    S.c1999("16:55", "rescue", off(P("fcu_campus"), -1500, -400),
            "同一民眾再次來電：先生說消防隊到了，他被救出來了，車子怎麼辦？", "flood_UP", follows=wife, jitter=80)

    # ---- signal cabinet at the same junction
    sg = S.signal("SN-SIG-008", "16:58", "fault", "中清路/環中路 號誌 控制器異常（燈號輸出中斷）", "sig_ZQ",
                  alt="flood_UP")
    S.status("SN-CCTV-008", "17:00", "offline", "中清路/環中路 路口監視器 離線", "sig_ZQ", alt="flood_UP",
             reason="comms_lost")
    S.status("SN-VD-ZHONGQING-01", "17:00:30", "offline", "中清路車輛偵測器1 離線", "sig_ZQ", alt="flood_UP",
             reason="comms_lost")
    S.rule("SN-VD-HUANZHONG-03", "17:11", "sensor_offline", "環中路車輛偵測器3 超過10分鐘未回傳", "sig_ZQ",
           alt="flood_UP")
    S.c1999("17:06", "traffic_signal", off(P("SN-SIG-008"), 80, 60),
            "民眾反映：中清路環中路口紅綠燈全部不亮，下大雨車子亂鑽，很危險。", "sig_ZQ", alt="flood_UP")
    S.police("17:09", "traffic_signal_fault", "Moderate", P("SN-SIG-008"),
             "第五分局：中清路環中路口號誌黑燈，研判機箱進水，已派員指揮交通並通報交通局。", "sig_ZQ",
             alt="flood_UP", delay=10)

    # ---- 黎明/凱旋 low point
    l1 = S.rule("SN-FL-009", "16:33", "flood_depth", "黎明路凱旋路口低窪處 淹水深度 19 cm", "flood_LK",
                level="16-30")
    c_wrong = S.c1999("16:36", "flooding", off(P("zhongke+liming"), 10, -350),
                      "民眾反映：中科路淹水了，機車都騎不過去，水到排氣管。", "flood_LK", jitter=30)
    S.c1999("16:41", "blocked_drain", off(LK, 30, -20),
            "民眾反映：凱旋路這邊水溝蓋被樹葉跟垃圾塞住，水都排不下去，整個路口變成小河。", "flood_LK")
    S.c1999("16:44", "flooding", off(P("zhongke+liming"), 10, -350),
            "同一民眾再次來電更正：剛剛講錯了，不是中科路，是黎明路凱旋路口那邊，中科路還好。", "flood_LK",
            follows=c_wrong, jitter=30)
    S.cctv("SN-CCTV-007", "16:48", "stalled_vehicle", 0.72,
           "黎明路三段/凱旋路 路口監視器：路口西南側車輛停滯", "flood_LK")
    S.police("16:50", "stalled_vehicle", "Minor", off(LK, 20, 15),
             "第六分局：黎明路三段凱旋路口積水約20公分，機車2部熄火，協助推離，路口單線通行。", "flood_LK", delay=12)
    shop = S.c1999("16:52", "flooding", off(LK, -25, 35),
                   "民眾反映：黎明路上店面，水快要淹進店裡了，可不可以送沙包過來？", "flood_LK")
    S.rule("SN-FL-009", "17:02", "flood_depth", "黎明路凱旋路口低窪處 淹水深度 27 cm", "flood_LK",
           level="16-30")
    S.c1999("17:15", "flooding", off(LK, -25, 35),
            "同一店家第二次來電：沙包到底有沒有要送？水已經到門口了。", "flood_LK", follows=shop)
    S.c1999("17:38", "flooding", off(LK, -25, 35),
            "同一店家第三次來電：已經淹進來了，剛剛打兩次都沒人來。", "flood_LK", follows=shop)

    # ---- 經貿路 low point by eco block B
    j1 = S.rule("SN-FL-008", "16:49", "flood_depth", "經貿路低窪處 淹水深度 12 cm", "flood_JM", level="1-15")
    lid = S.c1999("16:57", "road_damage", off(JM, -10, -40),
            "民眾反映：經貿路有一個人孔蓋被水衝起來了，水一直從下面冒出來，車子要閃。", "flood_JM")
    j2 = S.rule("SN-FL-008", "17:04", "flood_depth", "經貿路低窪處 淹水深度 21 cm", "flood_JM", level="16-30")
    S.c1999("17:07", "flooding", P("eco_block_b"),
            "民眾反映：生態住宅B區地下室停車場入口水一直灌進去，管委會在擋，需要抽水機。", "flood_JM")
    jp = S.police("17:12", "flooding_report", "Moderate", off(JM, 0, -20),
                  "第五分局：經貿路三段近敦化路口積水約20公分，人孔蓋浮起，已放置三角錐警示。", "flood_JM", delay=9)
    S.c1999("17:20", "other", (120.6635, 24.1875),
            "民眾反映：剛剛騎車經過經貿路那邊，水好深，有一台機車倒在水裡，我已經騎到中清路了。", "flood_JM",
            jitter=60)

    # ---- detention ponds (doing their job)
    w1 = S.rule("SN-WL-001", "17:05", "water_level", "中央公園北滯洪池水位 2.08 m，達三級警戒(2.0 m)",
                None, alt="ponds", level="3")
    w2 = S.rule("SN-WL-002", "17:14", "water_level", "中央公園南滯洪池水位 2.02 m，達三級警戒(2.0 m)",
                None, alt="ponds", level="3")
    S.rule("SN-FL-002", "17:18", "flood_depth", "中央公園滯洪池2 淹水深度 14 cm", None, alt="ponds",
           level="1-15")
    pk_call = S.c1999("17:25", "other", off(P("museumbrary"), 0, -150),
            "民眾反映：中央公園裡面那個大草地整片都是水，像湖一樣，是不是淹水了？", None, alt="ponds", jitter=60)
    S.c1999("17:28", "other", off(P("eco_block_a"), 300, 200),
            "民眾詢問：明天會不會停班停課？")
    S.rule("SN-VD-HENAN-01", "17:30", "congestion", "河南路車輛偵測器1 平均車速 16 km/h，佔有率 35%")

    # ---- receding
    S.rule("SN-FL-008", "17:55", "cleared", "經貿路低窪處 淹水深度回降至 3 cm，警戒解除", "flood_JM")
    S.rule("SN-FL-009", "18:05", "cleared", "黎明路凱旋路口低窪處 淹水深度回降至 4 cm，警戒解除", "flood_LK")
    S.c1999("18:10", "flooding", off(LK, 40, 10),
            "民眾反映：黎明路凱旋路口水退了，剛剛打的那個不用來了，謝謝。", "flood_LK")
    S.f119("18:12", None, None, "救出駕駛1名，拖吊車待命，結束返隊。", "flood_UP", status="returning", case=r1)
    S.rule("SN-WL-001", "18:20", "water_level_falling", "中央公園北滯洪池水位回降至 1.85 m", None,
           alt="ponds")
    S.rule("SN-FL-006", "18:34", "cleared", "中清環中路口地下道 淹水深度回降至 5 cm，警戒解除", "flood_UP")
    S.signal("SN-SIG-008", "18:50", "restored", "中清路/環中路 號誌 恢復正常", "sig_ZQ", alt="flood_UP")
    S.status("SN-CCTV-008", "18:51", "online", "中清路/環中路 路口監視器 恢復連線", "sig_ZQ", alt="flood_UP")
    S.status("SN-VD-ZHONGQING-01", "18:51:20", "online", "中清路車輛偵測器1 恢復連線", "sig_ZQ",
             alt="flood_UP")
    S.rule("SN-VD-HUANZHONG-03", "18:53", "cleared", "環中路車輛偵測器3 恢復回傳", "sig_ZQ", alt="flood_UP")
    S.rule("SN-WL-002", "18:40", "water_level_falling", "中央公園南滯洪池水位回降至 1.90 m", None,
           alt="ponds")
    S.c1999("18:58", "other", off(UP, -200, -100),
            "民眾詢問：中清路地下道可以走了嗎？導航一直叫我走那邊。", "flood_UP", jitter=50)
    S.police("19:08", "road_reopened", "Minor", UP,
             "第五分局：中清路環中路口地下道積水退去，拖離受困車輛，19:05恢復雙向通行。", "flood_UP",
             follows=uc, delay=6)
    S.c1999("19:15", "streetlight", off(P("kaixuan+liming"), -60, -150),
            "民眾反映：凱旋路有一盞路燈燈罩被風吹歪了。")
    S.dup(u3, 1.0)

    # ---- more callers
    S.c1999("16:20", "flooding", off(UP, -150, 80),
            "民眾反映：中清路往環中路那個地下道已經有積水了，雨一直下，要不要先封起來？", "flood_UP")
    S.c1999("16:35", "other", off(P("transit_hub"), 30, -20),
            "民眾反映：轉運站外面公車站牌那邊積水，大家都站到椅子上等車，鞋子都濕了。")
    S.c1999("16:48", "flooding", off(P("cmu_campus"), 0, 20),
            "民眾來電（人在彰化）：女兒在中國醫大水湳校區，說學校外面經貿路淹到膝蓋，他們出不去，要怎麼辦？",
            "flood_JM", jitter=20)
    S.c1999("17:00", "other", off(LK, -60, -40),
            "民眾詢問：我的車停在黎明路邊，水淹到輪胎一半，保險理賠要什麼證明？", "flood_LK", alt=None)
    S.police("17:40", "flooding_report", "Moderate", LK,
             "第六分局：黎明路三段凱旋路口積水約30公分，水利局抽水機及沙包已到場，持續管制。", "flood_LK", delay=10)
    S.c1999("17:45", "flooding", off(JM, 40, 100),
            "民眾詢問：經貿路那邊還在淹嗎？我要回生態住宅，車子過得去嗎？", "flood_JM")
    S.c1999("18:15", "other", off(P("eco_block_a"), 200, 100), "民眾詢問：今天晚上垃圾車還會來嗎？")
    S.c1999("18:25", "other", off(P("museumbrary"), 0, -150),
            "同一民眾再次來電：剛剛說公園淹水，後來管理員說那是滯洪池本來就會蓄水，不好意思，不用處理。", None,
            alt="ponds", follows=pk_call, jitter=60)
    S.incident("flood_UP", "flood", "中清/環中 underpass flooded to >40 cm; a car stalled inside, driver "
               "rescued from its roof; underpass closed 16:47-19:05", u2)
    S.incident("flood_LK", "flood", "黎明路/凱旋路 low point flooded ~20-27 cm, blocked drain, scooters "
               "stalled, a shop asking for sandbags", l1)
    S.incident("flood_JM", "flood", "經貿路三段 low point by eco block B, manhole lid lifted, water into "
               "block B's basement car park", lid)
    S.incident("sig_ZQ", "traffic", "Signal at 中清/環中 dark after water got into its cabinet; camera and "
               "detectors on the same cabinet offline; police directing traffic", sg)
    S.alternative(
        "Two readings are reasonable. The dark signal and its cabinet stand in the flooded junction: a "
        "coordinator may run it as part of the underpass flood job (one scene, one police post). And the "
        "detention ponds reaching warning level 3 (with a caller who thinks the park is flooded) may be "
        "opened as a watch job on the ponds instead of being taken as the ponds doing their work.",
        [("flood_UP", "flood", "Underpass flood with the junction's dark signal and cabinet", u2),
         S.same_alt("flood_LK")[0], S.same_alt("flood_JM")[0],
         ("ponds", "flood", "Watch on the Central Park detention ponds at warning level 3", w1)])
    S.readme = (
        "Thursday 28 May 2026, 15:50-19:15. A plum-rain front: the three rain gauges report 大雨 (context, "
        "not a job). The 中清/環中 underpass floods from 16:14 to over 30 cm; a car stalls in it and the "
        "driver's wife calls from home in 逢甲 without knowing which underpass, 119 takes him off the roof, police close the underpass until "
        "19:05; a caller files the stalled car as a crash. At 16:58 the junction's signal cabinet takes "
        "water: the signal goes dark, its camera and the 中清路 detector drop (sig_ZQ). The 黎明/凱旋 "
        "low point floods (a caller first says 中科路, then corrects himself; a shop owner calls three "
        "times for sandbags); the 經貿路 low point floods by eco block B (a lifted manhole lid, water into "
        "the basement car park, a scooter rider who has ridden on to 中清路, a mother in 彰化 whose daughter "
        "cannot leave the CMU campus). Jobs: flood_UP, flood_LK, "
        "flood_JM, sig_ZQ. Background: the rain alerts, a leaking roof in 北屯, a question about school "
        "closures, rush-hour slow-downs, the detention ponds at level 3 and a caller who thinks the park "
        "lawn is flooded and calls back to say it was the pond (ponds filling as designed). Alternative reading: sig_ZQ inside flood_UP; a "
        "'ponds' watch job.")
    return S


# =====================================================================================
def build_1433():
    S = Situation(1433, "missing_elder_long_search", "2026-03-09",
                  "A man of 83 with dementia walks out of eco-residential block B after lunch. Family, "
                  "police and a string of 1999 callers (a real sighting at 綠美圖, a false one at the "
                  "transit hub, one in the traffic on 經貿路) follow him north and west; he is found at "
                  "22:00 at a bus stop at 臺灣大道/環中路, 3.5 km from home. The same afternoon a visitor "
                  "faints in 綠美圖 and an old man falls on 凱旋路.")
    B = P("eco_block_b")
    S.rule("SN-VD-HENAN-01", "14:05", "congestion", "河南路車輛偵測器1 平均車速 17 km/h，佔有率 33%")
    S.c1999("14:20", "動物救援", off(P("kaixuan+zhongke"), -30, 100),
            "民眾反映：中科路這邊有一隻黑色的狗跛腳在路邊走，怕被車撞。")
    son = S.c1999("15:10", "missing_person", B,
                  "民眾來電（人在台北上班）：爸爸83歲有失智，中午吃完飯從水湳生態住宅B區自己走出去，到現在沒回家，"
                  "手機沒帶。穿灰色夾克、藍色鴨舌帽，拿拐杖。外勞說大概一點半出門。", "search", jitter=5)
    pr = S.police("15:22", "missing_person", "Moderate", B,
                  "第五分局四平派出所受理協尋：陳姓男子83歲，失智，身高約165，灰色夾克、藍色鴨舌帽，持木製拐杖，"
                  "13:30許自敦化路一段住處離家，未攜手機。已通報線上警力協尋。", "search", delay=9)
    S.c1999("15:38", "other", P("museumbrary"),
            "民眾反映：綠美圖一樓服務台旁邊有一個阿公一直問警衛要怎麼回家，講不清楚住哪裡，戴藍色帽子。",
            "search", jitter=10)
    S.c1999("15:52", "illegal_parking", off(P("jingmao+liming"), 30, 20),
            "民眾反映：黎明路經貿路口公車站前面停了一台貨車在卸貨，公車沒辦法靠站。")
    S.police("16:02", "missing_person", "Moderate", P("museumbrary"),
             "第五分局：員警至綠美圖查訪，警衛稱戴藍色帽子老先生約15:45自行往北離開，疑為協尋對象。", "search",
             follows=pr, delay=14)
    S.c1999("16:18", "missing_person", P("transit_hub"),
            "民眾反映：轉運站候車區有一個老先生戴藍色帽子，坐很久了，也不上車，好像在等人，看到新聞說有人在找阿公。",
            "search", jitter=15)
    # a visitor faints in 綠美圖
    fa = S.c1999("16:40", "rescue", P("museumbrary"),
                 "民眾反映：綠美圖三樓有一位阿姨昏倒了，叫不太醒，館方有人在旁邊。", "faint_MB", jitter=10)
    S.f119("16:42", "ambulance", P("museumbrary"),
           "受理報案：北屯區臺中綠美圖3樓，女性約60歲昏倒，意識模糊。派遣北屯分隊救護車。", "faint_MB")
    S.police("16:44", "other", "Minor", P("transit_hub"),
             "第五分局：經查轉運中心候車區老先生為等候家屬之旅客（張姓，79歲），非協尋對象。", "search",
             follows=pr, delay=11)
    S.rule("SN-VD-JINGMAO-01", "17:05", "congestion",
           "經貿路車輛偵測器1 平均車速 12 km/h，佔有率 44%，持續10分鐘")
    S.c1999("17:08", "other", off(P("jingmao+liming"), 10, -10),
            "民眾反映：經貿路黎明路口有個老人拿拐杖在馬路中間慢慢走，車子一直按喇叭，他好像不知道要去哪。",
            "search", jitter=15)
    S.cctv("SN-CCTV-005", "17:10", "stalled_vehicle", 0.55,
           "經貿路二段/黎明路三段 路口監視器：內側車道車輛停滯", "search", alt=None)
    S.cctv("SN-CCTV-001", "17:40", "crowding", 0.61, "台74線/環中路二段 路口監視器：人行道人群聚集（停留）")
    S.parking("SN-PK-001", "17:55", "full", "水湳轉運中心停車場 汽車格位已滿（剩餘0/614）")
    S.police("18:05", "missing_person", "Moderate", P("jingmao+liming"),
             "第五分局：協尋對象17:08許出現於經貿路二段黎明路口，路人協助至人行道後往黎明路西行，已調閱監視器。",
             "search", follows=pr, delay=15)
    # an old man falls on 凱旋路 -- not the man searched for
    fl = S.c1999("18:20", "rescue", off(P("kaixuan+liming"), 40, -300),
                 "民眾反映：凱旋路靠近黎明路那邊，有個老人跌倒在人行道上，頭流血，旁邊有人在扶他。", "fall_KX",
                 alt="search", jitter=15)
    fl119 = S.f119("18:23", "ambulance", off(P("kaixuan+liming"), 40, -300),
           "受理報案：西屯區凱旋路，男性約75歲跌倒頭部擦傷，意識清楚，自述住西屯區福科路。派遣西屯分隊救護車。",
           "fall_KX")
    S.c1999("18:30", "streetlight", off(P("zhongke+liming"), 0, -120),
            "民眾反映：中科路黎明路口往南第三盞路燈不亮。")
    S.c1999("18:52", "other", off(P("kaixuan+liming"), -500, -150),
            "民眾反映：黎明路往台74那邊的全家便利商店，有個阿伯進來拿東西沒帶錢，說要回水湳，店員留住他但他又走了，"
            "往環中路方向。", "search", jitter=20)
    S.c1999("19:05", "missing_person", B,
            "家屬（兒子）再次來電：還沒找到嗎？我已經從台北開車下來了，警察說有人在經貿路看到他，現在天黑了很擔心。",
            "search", follows=son, jitter=5)
    S.status("SN-FL-007", "19:10", "offline", "河南路低窪處 淹水感測器 離線（電池電量低）", reason="battery_low")
    S.police("19:20", "missing_person", "Severe", off(P("kaixuan+liming"), -500, -150),
             "第六分局：協尋對象18:45許於黎明路三段近台74線便利商店出現，往環中路方向，擴大協尋範圍至環中路沿線。",
             "search", follows=pr, delay=12)
    S.c1999("19:48", "other", off(P("kaixuan+liming"), 20, 30),
            "民眾反映：剛剛在凱旋路看到一個老先生，後來他兒子來接走了，是不是你們在找的那個？（來電者不確定）",
            "search", alt=None, jitter=20)
    S.c1999("20:15", "noise", off(P("eco_block_b"), 30, 40),
            "民眾反映：敦化路這邊樓上在裝潢，晚上八點多還在敲。")
    S.c1999("20:40", "other", off(P("taiwan_blvd+huanzhong"), 400, 600),
            "民眾反映：環中路往臺灣大道方向，路邊有一個老人拿拐杖走在慢車道，車很多很危險。（來電者開車經過，"
            "已離開）", "search", jitter=80)
    S.status("SN-FL-007", "21:30", "online", "河南路低窪處 淹水感測器 恢復連線（更換電池）")
    fd = S.police("21:58", "missing_person", "Moderate", P("taiwan_blvd+huanzhong"),
                  "第六分局：於臺灣大道環中路口公車站尋獲協尋對象陳姓老翁，意識清楚，手腳冰冷，已通知家屬並請救護車。",
                  "search", follows=pr, delay=6)
    S.f119("22:03", "ambulance", P("taiwan_blvd+huanzhong"),
           "受理報案：西屯區臺灣大道環中路口公車站，男性83歲走失尋獲，體溫偏低，派遣西屯分隊救護車評估。",
           "search")
    S.c1999("22:20", "missing_person", B,
            "家屬來電：爸爸找到了，謝謝你們，之前的案件可以結案。", "search", update_of=son, jitter=5)
    S.c1999("22:35", "illegal_parking", off(P("transit_hub"), 60, -40),
            "民眾反映：轉運站旁邊紅線一直有計程車排班停著，擋住出口。")
    S.dup(pr, 2.0)
    # ---- more callers and background
    S.c1999("15:16", "missing_person", B,
            "外籍看護來電（中文不流利）：阿公不見了，我找很久，公園也找，樓下也找，沒有。", "search", jitter=5)
    S.c1999("15:31", "other", off(P("eco_block_b"), -250, 450),
            "民眾反映：中央公園步道的椅子上有一個老先生一直自言自語，拿拐杖，好像不太對勁。", "search", jitter=40)
    S.c1999("16:05", "missing_person", off(B, 8000, 6500),
            "家屬（媳婦，人在豐原）來電：請問我公公找到了沒有？他有失智，早上還好好的。", "search", jitter=150)
    S.rule("SN-VD-ZHONGQING-02", "16:35", "congestion", "中清路車輛偵測器2 平均車速 17 km/h，佔有率 37%")
    S.c1999("17:26", "other", off(P("zhongke+liming"), 20, -20),
            "民眾反映：中科路黎明路口公車站有個阿伯一直問這班車有沒有到水湳，可是這裡就是水湳啊，他好像搞不清楚。",
            "search", jitter=15)
    S.rule("SN-VD-KAIXUAN-01", "17:32", "congestion", "凱旋路車輛偵測器1 平均車速 15 km/h，佔有率 42%")
    gp = S.c1999("17:46", "other", off(P("museumbrary"), 80, 100),
                 "民眾反映：綠美圖停車場車道旁邊坐著一個老人，很久沒動。", "search", jitter=20)
    S.police("18:12", "other", "Minor", off(P("museumbrary"), 80, 100),
             "第五分局：經查綠美圖停車場旁老人為附近住戶乘涼，非協尋對象。", "search", follows=pr, delay=10)
    S.cctv("SN-CCTV-004", "18:15", "crowding", 0.57, "經貿路二段/環中路二段 路口監視器：公車站人群聚集（停留）")
    S.c1999("18:47", "illegal_parking", off(P("jingmao+liming"), -60, 30),
            "民眾反映：黎明路上有一台車停在消防栓前面。")
    S.c1999("19:02", "missing_person", off(P("SN-SIG-001"), 30, -20),
            "民眾反映：在臉書看到有人在找失智阿公，我剛剛騎車在台74下面環中路那邊好像有看到一個戴藍帽子的老人，"
            "往南走。", "search", jitter=30)
    S.police("19:38", "missing_person", "Severe", P("SN-CCTV-001"),
             "第六分局：調閱台74線環中路口監視器，18:58許拍到疑似協尋對象沿環中路往南步行。", "search", follows=pr,
             delay=11)
    S.c1999("19:40", "環境清潔", off(P("transit_hub"), 80, 30), "民眾反映：轉運站旁邊垃圾桶滿出來，很臭。")
    S.c1999("21:10", "missing_person", B,
            "家屬（兒子）來電：我已經到水湳了，警察說往環中路那邊找，我要去哪裡跟他們會合？", "search", follows=son,
            jitter=5)
    S.incident("search", "rescue", "Search for a man of 83 with dementia who walked out of eco block B "
               "at 13:30; sightings at 綠美圖, 經貿/黎明, 黎明路 near 台74, 環中路; found 21:58 at the "
               "臺灣大道/環中路 bus stop and checked by an ambulance", son)
    S.incident("faint_MB", "rescue", "Visitor (woman ~60) fainted on 3F of 綠美圖, ambulance", fa)
    S.incident("fall_KX", "rescue", "Man ~75 fell on the 凱旋路 pavement, head graze, ambulance; he "
               "lives nearby and is not the man searched for", fl)
    S.alternative(
        "The 1999 call about an old man fallen on 凱旋路 came during the search, on the missing man's "
        "route: a coordinator could fairly add it to the search until the ambulance said who he was. The "
        "camera's stalled-vehicle flag at 經貿/黎明 (drivers stopping for a man in the road) and a "
        "caller unsure whether the man he saw was 'the one' are thin, and could be left out.",
        S.same_alt("search", "faint_MB") +
        [("fall_KX", "rescue", "Man ~75 fallen on 凱旋路, identified by the ambulance crew", fl119)])
    S.readme = (
        "Monday 9 March 2026, 14:00-22:40. At 15:10 a son calls 1999 from his office in 台北: his father "
        "(83, dementia) left eco block B at 13:30; the caregiver calls in broken Chinese, a daughter-in-law "
        "from 豐原. Police open a missing-person search (15:22). Sightings "
        "arrive as 1999 calls filed as `other` or `missing_person`: at 綠美圖's desk (true; the police "
        "confirm he left north), on a park bench, at the 中科/黎明 bus stop asking for 水湳 while in 水湳, in "
        "the 綠美圖 car park (false: a neighbour), at the transit hub (false; the officer finds another man waiting for "
        "family), in the traffic at 經貿/黎明 (true; a camera flags the stopped cars), at a convenience "
        "store on 黎明路 near 台74, from a reader of a Facebook post under 台74 (police then find him on the "
        "台74 camera's recording), and from a driver who passed an old man on 環中路 near 臺灣大道. He is "
        "found at 21:58 at the 臺灣大道/環中路 bus stop, 3.5 km south-west of home, and checked by an "
        "ambulance; the family closes its case. Other jobs: a visitor fainting in 綠美圖 (faint_MB), and "
        "at 18:20 an old man fallen on 凱旋路 who turns out to live nearby (fall_KX). Background: rush-hour "
        "slow-downs, a limping dog, a delivery van at a bus stop, a streetlight, renovation noise, taxis "
        "on a red line, the transit hub car park full, a crowd waiting at 台74, a flood sensor's battery. "
        "Alternative reading: the fall on 凱旋路 taken into the search until identified; the camera flag "
        "and the unsure caller left out.")
    return S


# =====================================================================================
def build_1434():
    S = Situation(1434, "water_main_works_three_days", "2026-04-13",
                  "Water-main replacement works on 經貿路三段 (permit 4/13-4/17, later extended). On day "
                  "two the contractor breaks the main: water wells up across the road, the eco blocks "
                  "and CMU campus lose water, the road is closed. The repair that evening fails at dawn "
                  "on day three: water again, then a sinkhole in which a scooter rider falls.")
    W = off(P("jingmao+zhongping"), -50, 700)      # the works on 經貿路三段, south of block B
    pw = S.permit("-1 17:00", "road_works", "09:00", "+4 17:00", W,
             "臺灣自來水公司第四區管理處 經貿路三段（中平路至敦化路）自來水管線汰換工程，每日09:00-17:00、"
             "夜間22:00-05:00得施作，外側車道佔用，晚間路面覆鐵板", None, alt="main", radius=400, arrival_delay=0)
    S.rule("SN-VD-JINGMAO-02", "09:40", "congestion", "經貿路車輛偵測器2 平均車速 15 km/h，佔有率 37%",
           None, alt="main")
    S.c1999("10:15", "road_damage", off(W, 10, 60),
            "民眾反映：經貿路施工那邊的鐵板沒鋪平，機車騎過去會跳起來，差點摔車。", None, alt="main")
    S.rule("SN-VD-HUANZHONG-02", "17:45", "congestion", "環中路車輛偵測器2 平均車速 19 km/h，佔有率 36%")
    S.c1999("22:40", "noise", off(P("eco_block_b"), 20, -40),
            "民眾反映：經貿路晚上還在施工，挖土機跟切路面的聲音很大，小孩都不能睡。", None, alt="main")

    # ---- day 2: the main breaks
    S.rule("SN-VD-ZHONGPING-02", "+1 08:05", "congestion", "中平路車輛偵測器2 平均車速 16 km/h，佔有率 34%")
    m1 = S.c1999("+1 10:42", "flooding", off(W, 0, 20),
                  "民眾反映：經貿路施工的地方路面一直冒水出來，整條路都是水，水很大，是不是水管被挖破了？", "main")
    S.c1999("+1 10:45", "water_outage", P("eco_block_b"),
            "民眾反映：生態住宅B區家裡突然沒水，也沒看到停水公告。", "main")
    S.rule("SN-FL-008", "+1 10:48", "flood_depth", "經貿路低窪處 淹水深度 8 cm", "main", level="1-15")
    S.police("+1 10:50", "flooding_report", "Moderate", off(W, 0, 20),
             "第五分局：經貿路三段施工處自來水管破裂，大量湧水，路面積水約10公分，派員管制。", "main", delay=10)
    S.c1999("+1 10:53", "water_outage", P("eco_block_a"), "民眾反映：生態住宅A區突然停水，整棟都沒水。",
            "main")
    S.c1999("+1 10:56", "water_outage", off(P("cmu_campus"), 0, 30),
            "民眾反映：中國醫大水湳校區宿舍沒有水，洗手間都不能用。", "main")
    S.c1999("+1 11:00", "other", off(P("eco_block_b"), 60, 10),
            "民眾反映：自來水公司電話一直打不通，到底什麼時候會來水？", "main")
    S.rule("SN-FL-008", "+1 11:05", "flood_depth", "經貿路低窪處 淹水深度 18 cm", "main", level="16-30")
    clo = S.police("+1 11:10", "road_closure", "Severe", off(W, 0, 20),
                   "第五分局：經貿路三段（中平路至敦化路）雙向封閉，請用路人改道中清路或中科路。", "main", delay=8)
    S.rule("SN-VD-JINGMAO-02", "+1 11:20", "congestion", "經貿路車輛偵測器2 平均車速 8 km/h，佔有率 55%",
           "main")
    S.rule("SN-WL-003", "+1 11:22", "water_level", "水湳區域排水經貿路水位 1.46 m，達三級警戒(1.4 m)",
           "main", level="3")
    S.c1999("+1 11:30", "flooding", (120.6640, 24.1860),
            "民眾反映：中清路那邊淹水，車子開過去都是水。（來電者稱剛從經貿路繞出來，目前在中清路）", "main",
            jitter=60)
    S.c1999("+1 11:52", "water_outage", off(P("taiwan_blvd+huanzhong"), -1200, -900),
            "民眾詢問：聽說水湳那邊水管爆掉，我家在南屯也沒水，是不是同一個原因？", None, alt="main", jitter=150)
    S.c1999("+1 12:30", "traffic_accident", off(P("jingmao+zhongping"), 30, -20),
            "民眾反映：經貿路中平路口封路沒有人指揮，車子都在迴轉，很亂，差點撞到。", "main")
    S.rule("SN-FL-008", "+1 13:35", "cleared", "經貿路低窪處 淹水深度回降至 2 cm，警戒解除", "main")
    S.rule("SN-WL-003", "+1 13:50", "water_level_falling", "水湳區域排水經貿路水位回降至 1.22 m", "main")
    S.c1999("+1 14:20", "water_outage", P("eco_block_b"),
            "民眾再次反映：生態住宅B區還是沒水，已經快四個小時了，老人家要洗澡怎麼辦？", "main")
    S.c1999("+1 15:05", "other", off(P("eco_block_b"), 30, 30),
            "民眾詢問：有沒有水車可以來載水？我們管委會要登記。", "main")
    rop = S.police("+1 16:40", "road_reopened", "Minor", off(W, 0, 20),
                   "第五分局：經貿路三段管線搶修完成，恢復單線雙向通行，施工區仍有圍籬。", "main", follows=clo,
                   delay=7)
    S.c1999("+1 17:30", "water_outage", P("eco_block_a"),
            "民眾反映：水來了，但是水黃黃的，可以用嗎？", "main")
    S.rule("SN-VD-HUANZHONG-02", "+1 17:50", "congestion", "環中路車輛偵測器2 平均車速 18 km/h，佔有率 39%")
    S.c1999("+1 21:10", "streetlight", off(P("jingmao+liming"), 20, -200),
            "民眾反映：經貿路二段往綠美圖方向路燈有一盞一直閃。")

    # ---- day 3: the repair fails, then a sinkhole
    f1 = S.c1999("+2 06:18", "flooding", off(W, -5, 15),
                 "民眾反映：經貿路昨天修水管的地方又在冒水了！比昨天小，但是一直流。", "main")
    S.c1999("+2 06:33", "road_damage", off(W, 5, 40),
            "民眾反映：經貿路那邊柏油鼓起來裂開，下面好像空的，踩下去軟軟的。", "main")
    S.rule("SN-FL-008", "+2 06:40", "flood_depth", "經貿路低窪處 淹水深度 6 cm", "main", level="1-15")
    sk = S.police("+2 06:48", "road_collapse", "Severe", off(W, 5, 40),
                  "第五分局：經貿路三段昨日搶修處路面下陷約1公尺見方，深約40公分，旁有湧水，已設置三角錐並通報自來水公司。",
                  "main", delay=11)
    S.c1999("+2 07:05", "water_outage", P("eco_block_b"),
            "民眾反映：又沒水了！昨天不是修好了嗎？", "main")
    clo2 = S.police("+2 07:20", "road_closure", "Severe", off(W, 5, 40),
                    "第五分局：經貿路三段（中平路至敦化路）再度雙向封閉，搶修至另行通知。", "main", follows=clo, delay=9)
    S.rule("SN-VD-JINGMAO-02", "+2 07:35", "congestion", "經貿路車輛偵測器2 平均車速 7 km/h，佔有率 58%",
           "main")
    cr = S.c1999("+2 06:58", "traffic_accident", off(W, 5, 45),
                 "民眾反映：經貿路那個坑，有一台機車騎進去摔倒了，騎士坐在地上，腳在流血。", "crash_SH", alt="main")
    S.f119("+2 07:00", "ambulance", off(W, 5, 45),
           "受理報案：北屯區經貿路三段，機車騎士路面坑洞摔車，右腳擦挫傷，意識清楚。派遣四平分隊救護車。",
           "crash_SH", alt="main")
    S.police("+2 07:12", "injury_accident", "Moderate", off(W, 5, 45),
             "第五分局：經貿路三段路面下陷處機車自摔，騎士1人輕傷送醫，已通知家屬，現場拍照。", "crash_SH", alt="main",
             delay=14)
    S.permit("+2 09:00", "road_works", "09:00", "+6 17:00", W,
             "變更：經貿路三段自來水管線汰換工程因管線搶修，工期延長至4/19 17:00，施工期間經貿路三段雙向封閉。",
             None, alt="main", radius=400, status="amended", follows=pw, arrival_delay=2)
    S.c1999("+2 09:30", "water_outage", off(P("cmu_campus"), 0, 30),
            "民眾反映：中國醫大宿舍又停水，學校說是外面水管的問題，什麼時候會好？", "main")
    S.c1999("+2 10:15", "other", off(P("jingmao+zhongping"), 150, 80),
            "民眾反映：經貿路封路的牌子放在中平路口，公車不知道要繞哪裡，站牌有人一直在等。", "main")
    S.c1999("+2 11:20", "illegal_parking", off(P("kaixuan+liming"), 30, 40),
            "民眾反映：凱旋路黎明路口有車停在轉角，轉彎看不到。")
    S.police("+2 15:30", "road_reopened", "Minor", off(W, 5, 40),
             "第五分局：經貿路三段坍陷處回填完成，15:20恢復雙向通行。", "main", follows=clo2, delay=8)
    S.c1999("+2 16:05", "water_outage", P("eco_block_b"), "民眾反映：水有來了，這次希望不要再斷。", "main")
    S.dup(sk, 1.5)
    S.dup(m1, 0.6)
    # ---- more callers
    S.c1999("10:50", "other", off(W, 80, 150),
            "民眾詢問：經貿路那邊在施工是在做什麼？要做幾天？每天都要塞車嗎？", None, alt="main")
    S.c1999("16:30", "road_damage", off(W, -10, -80),
            "民眾反映：經貿路施工完的地方路面有一條溝沒補平，機車輪子會卡。", None, alt="main")
    S.c1999("+1 10:58", "flooding", off(W, 10, 150),
            "民眾反映：經貿路淹水，汽車開過去水花很高，噴到走路的人，要不要管制一下？", "main")
    S.c1999("+1 11:15", "other", P("eco_block_a"),
            "民眾來電（人在台南）：我媽住生態住宅A區，她說家裡沒水，又沒辦法提水爬樓梯，有沒有人可以送水給她？",
            "main", jitter=5)
    S.c1999("+1 12:05", "water_outage", off(P("henan_car_park"), -150, -100),
            "民眾反映：我家在河南路這邊也停水了，是不是同一個水管？", "main", jitter=40)
    S.c1999("+1 13:10", "other", off(P("eco_block_b"), 40, 10),
            "民眾詢問：說有水車，水車停在哪裡？我們要拿水桶去裝。", "main")
    S.c1999("+1 19:40", "noise", off(P("eco_block_b"), 20, -40),
            "民眾反映：經貿路在搶修水管，機器很吵，可以理解，但是要做到幾點？", "main")
    S.c1999("+2 06:26", "flooding", off(P("henan_car_park"), 80, 40),
            "民眾反映：剛剛騎車經過經貿路，又淹水了，我現在到河南路了，昨天不是修好了嗎？", "main", jitter=50)
    S.c1999("+2 08:30", "other", off(P("jingmao+zhongping"), 100, 40),
            "民眾反映：經貿路今天又封路，公車又改道，小孩上學遲到，到底要封幾天？", "main")
    S.c1999("+2 10:40", "動物救援", off(P("museumbrary"), 60, -300), "民眾反映：公園水池旁邊有一隻鴨子被塑膠袋纏住。")
    S.c1999("+2 12:10", "water_outage", off(P("cmu_campus"), 0, 30),
            "民眾反映：中國醫大宿舍中午還是沒水，學生要去外面洗澡。", "main")
    S.c1999("+1 15:40", "環境清潔", off(P("jingmao+liming"), 30, 30), "民眾反映：經貿路二段人行道有狗大便沒人清。")
    S.incident("main", "infrastructure", "Water main broken by the works on 經貿路三段: road flooded, "
               "water cut to the eco blocks and CMU campus, closure; the repair fails at dawn the next day "
               "and the road caves in; closed again until 15:20", m1)
    S.incident("crash_SH", "rescue", "Scooter rider falls into the sinkhole, leg injury, ambulance", cr)
    S.alternative(
        "A coordinator who owns the contractor's site for the whole permit would file every complaint "
        "about the works (loose steel plates, night noise, the slow-down the lane closure causes, the "
        "permit and its extension), the 南屯 caller's question, and the rider who fell into the "
        "sinkhole, into the one job of the broken main.",
        [("main", "infrastructure", "The works on 經貿路三段 and everything they caused, one site job",
          m1)])
    S.readme = (
        "Monday 13 to Wednesday 15 April 2026. The permit for a water-main replacement on 經貿路三段 "
        "arrives the evening before. Day one brings only what permitted works bring: a slow-down, a loose "
        "steel plate, night noise (background). Day two, 10:42: water wells up at the works; 1999 callers "
        "report it as flooding ('is the pipe broken?'), as no water at home (eco blocks A and B, CMU "
        "dormitory), as flooding on 中清路 (a driver who came round), and as near-misses at the closure; "
        "the 經貿路 flood sensor and the drainage level rise; police close the road; it reopens at 16:40, "
        "the water comes back yellow. Day three, 06:18: the repair fails, the asphalt bulges and caves in "
        "(police `road_collapse`), a scooter rider falls into the hole (ambulance), the road is closed again, "
        "the permit is extended. Jobs: main (one job from the break to the second reopening) and crash_SH. "
        "Background: rush-hour slow-downs elsewhere, a streetlight, parking at a corner, the works' own "
        "complaints. Alternative reading: everything of the works, the 南屯 caller and the crash in one "
        "site job.")
    return S


# =====================================================================================
def build_1435():
    S = Situation(1435, "signal_repair_fails_again", "2026-02-24",
                  "The signal at 黎明路三段/凱旋路 goes dark in the morning rush; police direct traffic, two "
                  "cars scrape in the confusion, the contractor repairs it by 09:35. It fails again at "
                  "17:38 in the evening rush and is fixed at 19:10. Callers call it a crash, a power cut, "
                  "a jam; at 23:10 one reports the scheduled night flashing as a new fault.")
    J = P("SN-SIG-007")
    S.rule("SN-VD-HUANZHONG-04", "07:25", "congestion", "環中路車輛偵測器4 平均車速 19 km/h，佔有率 35%")
    s1 = S.signal("SN-SIG-007", "07:42", "fault", "黎明路三段/凱旋路 號誌 控制器回報燈號輸出異常（黑燈）", "sig")
    S.cctv("SN-CCTV-007", "07:43", "signal_dark", 0.88, "黎明路三段/凱旋路 路口監視器：號誌未亮", "sig")
    S.c1999("07:46", "traffic_signal", off(J, 20, -30),
            "民眾反映：黎明路凱旋路口紅綠燈全部不亮，上班車很多，大家都在搶，很危險。", "sig")
    S.rule("SN-VD-KAIXUAN-01", "07:49", "congestion", "凱旋路車輛偵測器1 平均車速 9 km/h，佔有率 52%", "sig")
    S.c1999("07:51", "other", off(P("kaixuan+huanzhong"), 10, 20),
            "民眾反映：凱旋路往黎明路塞爆了，十分鐘都沒動，前面不知道發生什麼事。", "sig")
    ghost = S.c1999("07:55", "traffic_accident", off(J, -40, 20),
            "民眾反映：黎明路口好像有車禍，大家都停在路口中間不動。", "sig")
    pol1 = S.police("08:02", "traffic_signal_fault", "Moderate", J,
                    "第六分局：黎明路三段與凱旋路口號誌故障黑燈，已派員2名於路口指揮交通，通報交通局維修廠商。", "sig",
                    delay=7)
    acc = S.police("08:14", "accident", "Minor", off(J, 15, 10),
                   "第六分局：黎明路三段與凱旋路口（號誌故障中）兩部自小客車擦撞，無人受傷，已拍照移置路邊。", "acc",
                   alt="sig", delay=13)
    S.cctv("SN-CCTV-007", "08:13", "stalled_vehicle", 0.70,
           "黎明路三段/凱旋路 路口監視器：路口中央車輛停滯", "acc", alt="sig")
    acc1 = S.c1999("08:16", "traffic_accident", off(J, 10, 30),
            "民眾反映：黎明路凱旋路口兩台車撞在一起了，紅綠燈沒亮。", "acc", alt="sig")
    S.c1999("08:20", "traffic_signal", off(J, -20, -20),
            "民眾反映：紅綠燈壞掉的那個路口，黎明路跟凱旋路，交通很亂。", "sig")
    S.c1999("08:40", "traffic_signal", off(J, 20, -30),
            "民眾再次來電：剛剛打過，紅綠燈到現在還是沒修好，警察只有一個人。", "sig")
    S.c1999("08:45", "illegal_parking", off(P("zhongke+liming"), 20, -30),
            "民眾反映：中科路黎明路口早餐店前面一直有車停紅線。")
    S.c1999("09:10", "road_damage", off(J, 50, -250),
            "民眾反映：凱旋路靠黎明路這段有一個坑洞，不大，機車要閃。")
    S.signal("SN-SIG-007", "09:35", "restored", "黎明路三段/凱旋路 號誌 恢復正常", "sig")
    S.police("09:38", "other", "Minor", J,
             "第六分局：黎明路三段與凱旋路口號誌經廠商修復，恢復正常運作，指揮警力撤離。", "sig", follows=pol1,
             delay=5)
    S.status("SN-VD-LIMING-01", "12:31", "offline", "黎明路車輛偵測器1 離線（設備異常）", reason="device_fault")
    S.status("SN-VD-LIMING-01", "12:44", "online", "黎明路車輛偵測器1 恢復連線")
    S.c1999("14:05", "streetlight", off(P("kaixuan+zhongke"), -20, 300),
            "民眾反映：凱旋路路燈白天還亮著，浪費電。")

    # ---- evening: it fails again
    s2 = S.signal("SN-SIG-007", "17:38", "fault", "黎明路三段/凱旋路 號誌 控制器回報電源模組異常，燈號熄滅", "sig",
                  alt="sig2")
    S.cctv("SN-CCTV-007", "17:39", "signal_dark", 0.91, "黎明路三段/凱旋路 路口監視器：號誌未亮", "sig",
           alt="sig2")
    S.c1999("17:41", "traffic_signal", off(J, 30, 10),
            "民眾反映：早上不是修好了嗎？黎明路凱旋路口紅綠燈又不亮了！", "sig", alt="sig2")
    S.rule("SN-VD-KAIXUAN-01", "17:44", "congestion", "凱旋路車輛偵測器1 平均車速 8 km/h，佔有率 57%", "sig",
           alt="sig2")
    S.rule("SN-VD-LIMING-01", "17:47", "congestion", "黎明路車輛偵測器1 平均車速 11 km/h，佔有率 49%", "sig",
           alt="sig2")
    S.c1999("17:50", "other", (120.6630, 24.1900),
            "民眾反映：我現在開到中清路了，剛剛經過黎明路那邊紅綠燈壞了，有一個警察在指揮但是車子都不理他，"
            "他快被撞到了。", "sig", alt="sig2", jitter=80)
    pol2 = S.police("17:58", "traffic_signal_fault", "Moderate", J,
                    "第六分局：黎明路三段與凱旋路口號誌再度故障，派員指揮交通，請交通局廠商儘速到場。", "sig", alt="sig2",
                    follows=pol1, delay=9)
    S.rule("SN-VD-HUANZHONG-02", "18:02", "congestion", "環中路車輛偵測器2 平均車速 13 km/h，佔有率 46%",
           "sig", alt="sig2")
    S.c1999("18:20", "power_outage", off(J, -60, -120),
            "民眾反映：凱旋路這邊是不是停電？紅綠燈不亮，路燈也還沒亮。", "sig", alt="sig2")
    S.c1999("18:33", "streetlight", off(P("kaixuan+zhongke"), -30, 400),
            "民眾反映：凱旋路中科路那一段路燈有好幾盞沒亮，晚上很暗。")
    S.c1999("18:45", "traffic_signal", off(J, 20, -30),
            "民眾反映：那個路口還是黑的，要多久？我已經打第三次了，今天早上也有打。", "sig", alt="sig2")
    S.signal("SN-SIG-007", "19:10", "restored", "黎明路三段/凱旋路 號誌 恢復正常（更換控制器電源模組）", "sig",
             alt="sig2")
    S.police("19:15", "other", "Minor", J, "第六分局：黎明路三段與凱旋路口號誌更換電源模組後恢復，警力撤離。", "sig",
             alt="sig2", follows=pol2, delay=4)
    S.c1999("21:30", "noise", off(J, -150, 60), "民眾反映：黎明路這邊有人在騎改裝機車，一直來回。")
    S.c1999("23:10", "traffic_signal", off(J, 30, 30),
            "民眾反映：黎明路凱旋路口紅綠燈一直閃黃燈，是不是又壞了？", None, alt="sig2")
    S.dup(s1, 0.2)

    # ---- more callers
    S.c1999("07:30", "other", off(P("transit_hub"), 30, 10), "民眾反映：早上公車都誤點，站牌上的時間都不準。")
    S.c1999("07:58", "traffic_signal", off(P("SN-VD-HUANZHONG-02"), 30, 10),
            "民眾反映：剛剛經過凱旋路黎明路口紅綠燈沒亮，我現在開到環中路了，你們知道嗎？", "sig", jitter=30)
    S.c1999("08:05", "other", off(J, 30, -40),
            "民眾反映：黎明路凱旋路口可不可以派人來指揮交通？大家都卡在路口中間。", "sig")
    S.c1999("08:31", "traffic_accident", off(J, -40, 20),
            "同一民眾再次來電：剛剛我說黎明路口有車禍，後來看清楚是紅綠燈壞了大家停著，不是車禍，更正一下。", "sig",
            follows=ghost)
    S.c1999("09:50", "traffic_signal", off(J, 20, -30), "民眾反映：黎明路凱旋路口紅綠燈修好了，謝謝。", "sig")
    S.c1999("13:30", "traffic_signal", off(P("zhongke+huanzhong"), 10, -10),
            "民眾反映：中科路環中路口行人綠燈秒數太短，老人家走不完，可以調長一點嗎？")
    S.c1999("17:55", "traffic_signal", off(J, -30, 20), "民眾反映：黎明路凱旋路口又壞了！紅綠燈不亮！", "sig",
            alt="sig2")
    S.c1999("18:06", "other", off(P("kaixuan+huanzhong"), 10, -40),
            "民眾反映：凱旋路從環中路就開始塞，前面到底發生什麼事？", "sig", alt="sig2")
    S.c1999("19:30", "traffic_signal", off(J, 60, 60),
            "民眾詢問：黎明路凱旋路口的紅綠燈修好了沒？我等一下要經過。", "sig", alt="sig2")
    S.c1999("20:35", "streetlight", off(P("kaixuan+zhongke"), -30, 400),
            "民眾再次反映：凱旋路中科路那段路燈還是好幾盞沒亮，傍晚有打過。")
    S.incident("sig", "traffic", "Signal at 黎明路三段/凱旋路 dark in the morning rush, police directing "
               "traffic, repaired 09:35; fails again 17:38 (the repair did not hold), fixed 19:10", s1)
    S.incident("acc", "traffic", "Two cars scrape in the dark junction 08:12, no injuries, moved aside", acc1)
    S.alternative(
        "The evening failure can be read as a new job (a new dispatch of the contractor, hours after the "
        "morning one was closed), and a coordinator might send the 23:10 caller's 'flashing yellow' to it "
        "for a check although it is the junction's scheduled night mode. The scrape in the dark junction "
        "can be left to the officers already standing there, inside the signal job.",
        [("sig", "traffic", "Morning signal failure with the scrape in it", s1),
         ("sig2", "traffic", "Evening signal failure at the same junction, a new job", s2)])
    S.readme = (
        "Tuesday 24 February 2026, 07:25-23:10. At 07:42 the signal at 黎明路三段/凱旋路 reports its output "
        "dark; the camera agrees; callers describe it as a jam 'where nothing is happening', as a crash, as a "
        "dark light. Police direct traffic from 08:02; at 08:12 two cars scrape in the junction (acc). The "
        "contractor restores it at 09:35. At 17:38 the same controller fails again (power module); "
        "a caller corrects his 'crash' to a dark signal; callers remember the morning ('wasn't it fixed?'), one thinks it is a power cut, one calls for the "
        "third time, a driver already on 中清路 worries for the officer. Fixed 19:10. At 23:10 a caller "
        "reports the junction's scheduled night flashing yellow as a new fault (no job). Jobs: sig (both "
        "failures, one repair that did not hold) and acc. Background: rush-hour slow-downs elsewhere, a "
        "detector fault, a pothole, a lamp lit by day, several dark lamps on 凱旋路, a red-line breakfast "
        "stop, a modified scooter. Alternative reading: the evening failure a new job sig2 (with the "
        "23:10 call); the scrape inside the morning signal job.")
    return S


# =====================================================================================
def build_1436():
    S = Situation(1436, "concert_night", "2026-08-15",
                  "A sold-out concert at the 臺中流行影音中心 (18:30-22:30, 8,000 people). The event itself "
                  "is one crowd job (car parks, parking on the verges, noise, the egress); during it a "
                  "girl of seven is lost outside the venue and found at the transit hub, a fan collapses, "
                  "and after it a fight breaks out on 中科路.")
    V = P("pop_music_centre")
    pm = S.permit("-2 10:00", "concert", "18:30", "22:30", V,
                  "臺中流行影音中心 戶外展演空間 演唱會，預估入場8,000人，17:00開放入場，主辦單位保全120名，"
                  "散場管制中科路、凱旋路", "concert", radius=600, arrival_delay=0)
    S.parking("SN-PK-004", "17:20", "full", "中央公園地下停車場(北) 汽車格位已滿（剩餘0/450）", "concert")
    S.cctv("SN-CCTV-003", "17:35", "crowding", 0.74, "中科路/環中路二段 路口監視器：人行道人群聚集（往南移動）",
           "concert")
    S.rule("SN-VD-ZHONGKE-01", "17:40", "congestion", "中科路車輛偵測器1 平均車速 10 km/h，佔有率 48%",
           "concert")
    S.c1999("17:45", "illegal_parking", off(V, 120, 200),
            "民眾反映：中科路兩邊都是違停，雙黃線也停，公車都卡住了。", "concert", alt=None)
    S.parking("SN-PK-005", "17:52", "full", "中央公園地下停車場(南) 汽車格位已滿（剩餘0/400）", "concert")
    S.c1999("17:58", "other", off(V, -1500, 300),
            "民眾詢問：演唱會的票在網路上買被騙了，錢匯過去對方就不見了，要怎麼報案？", jitter=100)
    S.police("18:05", "crowd_control", "Moderate", V,
             "第六分局：臺中流行影音中心演唱會入場人潮，中科路外側車道管制，派員疏導。", "concert", delay=10)
    S.c1999("18:12", "illegal_parking", off(P("kaixuan+zhongke"), -50, 250),
            "民眾反映：凱旋路住家門口被停車擋住，我要出門出不去，一定是去聽演唱會的。", "concert", alt=None)
    S.rule("SN-VD-KAIXUAN-02", "18:15", "congestion", "凱旋路車輛偵測器2 平均車速 11 km/h，佔有率 45%",
           "concert")
    S.c1999("18:40", "streetlight", off(P("jingmao+liming"), 40, -300),
            "民眾反映：經貿路二段有一盞路燈不亮。")
    S.c1999("19:05", "noise", off(P("eco_block_a"), -40, 60),
            "民眾反映：公園那邊演唱會好大聲，窗戶關起來都聽得到，幾點會結束？", "concert", alt=None)
    fw = S.c1999("19:32", "fire_smoke", off(P("museumbrary"), -50, -120),
                 "民眾反映：公園那邊有爆炸聲，還有煙冒起來，一閃一閃的，是不是失火？", "concert", alt=None, jitter=30)
    S.c1999("19:40", "noise", off(P("eco_block_b"), 80, 30),
            "民眾反映：演唱會太吵了，我家小孩明天要考試，可以請他們小聲一點嗎？", "concert", alt=None)
    S.c1999("19:52", "other", off(P("cmu_campus"), 0, 100),
            "民眾詢問：那個演唱會的煙火是有申請的嗎？灰飄到我家陽台。", "concert", alt=None)
    # the lost girl
    lc = S.c1999("20:38", "missing_person", off(V, 60, 40),
                 "民眾來電：女兒7歲在影音中心外面排周邊商品的時候走散了，穿黃色上衣、綁兩個辮子，手機沒電，"
                 "找了二十分鐘都找不到。", "lost_girl", jitter=20)
    lp = S.police("20:45", "missing_person", "Moderate", off(V, 60, 40),
                  "第六分局：影音中心周邊女童走失協尋，7歲，黃色上衣、雙辮，已通報現場保全及線上員警。", "lost_girl",
                  delay=6)
    fk = S.f119("21:12", "ambulance", V,
           "受理報案：西屯區臺中流行影音中心，演唱會觀眾女性22歲搖滾區昏倒，意識清醒但虛弱，疑中暑。派遣西屯分隊救護車。",
           "faint", alt="concert")
    S.c1999("21:14", "rescue", off(V, 30, -30),
            "民眾反映：演唱會前面有人昏倒了，工作人員抬出來，要叫救護車。", "faint", alt="concert")
    S.c1999("21:20", "other", P("transit_hub"),
            "民眾反映：轉運站這邊有一個小女生一個人在哭，黃色衣服，說找不到媽媽，站務人員在陪她。", "lost_girl",
            jitter=15)
    S.police("21:33", "missing_person", "Minor", P("transit_hub"),
             "第五分局：於水湳轉運中心尋獲走失女童，已交由母親帶回，協尋解除。", "lost_girl", follows=lp, delay=8)
    S.c1999("21:40", "missing_person", off(V, 60, 40), "家長來電：女兒找到了，在轉運站，謝謝。", "lost_girl",
            update_of=lc)
    # the egress
    S.cctv("SN-CCTV-003", "22:35", "crowding", 0.86, "中科路/環中路二段 路口監視器：人群聚集（往北移動）",
           "concert")
    S.rule("SN-VD-ZHONGKE-01", "22:38", "congestion", "中科路車輛偵測器1 平均車速 7 km/h，佔有率 61%",
           "concert")
    S.police("22:40", "crowd_control", "Moderate", V,
             "第六分局：演唱會散場，中科路全線管制行人優先，疏導人潮往轉運中心及停車場。", "concert", delay=8)
    S.rule("SN-VD-KAIXUAN-02", "22:42", "congestion", "凱旋路車輛偵測器2 平均車速 9 km/h，佔有率 52%",
           "concert")
    S.cctv("SN-CCTV-004", "22:47", "crowding", 0.69, "經貿路二段/環中路二段 路口監視器：人群聚集（移動中）",
           "concert")
    S.parking("SN-PK-001", "22:50", "full", "水湳轉運中心停車場 汽車格位已滿（剩餘0/614）", "concert", alt=None)
    # the fight
    fg = S.c1999("22:52", "other", off(V, 60, 500),
                 "民眾反映：中科路上有一群年輕人在打架，好像有人拿安全帽在打，很多人圍觀。", "fight", jitter=20)
    S.police("22:55", "public_disturbance", "Severe", off(V, 60, 500),
             "第六分局：中科路近黎明路段民眾互毆，約6人，已派員2組到場控制，帶回3人。", "fight", delay=9)
    S.f119("23:02", "ambulance", off(V, 60, 500),
           "受理報案：西屯區中科路，男性20歲頭部撕裂傷，互毆受傷，警方在場。派遣西屯分隊救護車。", "fight")
    S.c1999("23:05", "noise", off(P("kaixuan+zhongke"), -60, 200),
            "民眾反映：散場了還一堆人在凱旋路大聲喊叫，機車一直催。", "concert", alt=None)
    S.c1999("23:20", "other", off(V, 60, 500),
            "民眾反映：剛剛中科路打架的地方地上有血跟碎掉的安全帽，沒人清。", "fight")
    S.parking("SN-PK-004", "23:35", "empty", "中央公園地下停車場(北) 車輛已駛離（剩餘438/450）", "concert")
    S.c1999("23:50", "環境清潔", off(V, 0, 150), "民眾反映：演唱會散場後中科路人行道上一大堆垃圾跟飲料杯。",
            "concert", alt=None)
    S.dup(lc, 0.8)
    # ---- more callers and background
    S.c1999("17:10", "other", off(V, -200, 300), "民眾詢問：今天影音中心的演唱會幾點開始？現場還有票嗎？")
    S.c1999("17:30", "illegal_parking", off(V, -1600, 200),
            "民眾反映：逢甲這邊巷子也停滿了車，說是要去水湳看演唱會，停在我家車庫門口。", None, jitter=80)
    S.c1999("18:25", "noise", off(P("eco_block_a"), -40, 60),
            "民眾反映：公園那邊下午就一直在試音，鼓聲很大，已經好幾個小時了。", "concert", alt=None)
    S.c1999("18:50", "crowding", off(V, 80, 250),
            "民眾反映：中科路人行道擠爆了，排隊排到馬路上，推嬰兒車完全過不去。", "concert")
    S.c1999("19:20", "動物救援", off(V, -150, -300), "民眾反映：凱旋路有一隻狗被嚇到在馬路上亂跑。")
    S.c1999("19:35", "fire_smoke", off(V, 1500, 200),
            "民眾反映：北屯這邊看到公園那邊一直有煙火跟爆炸聲，是失火還是在放煙火？", "concert", alt=None, jitter=80)
    S.c1999("20:55", "missing_person", off(V, 60, 40),
            "同一家長再次來電：女兒還沒找到，保全說沒看到，拜託多派一點人。", "lost_girl", follows=lc, jitter=20)
    S.c1999("21:05", "missing_person", off(V, -5000, -3000),
            "民眾來電（人在南屯家中）：外甥女在水湳演唱會外面走失，她媽媽手機沒電，用別人手機打給我，7歲黃衣服，"
            "拜託幫忙找。", "lost_girl", jitter=150)
    S.status("SN-VD-KAIXUAN-02", "21:48", "offline", "凱旋路車輛偵測器2 離線（通訊中斷）", reason="comms_lost")
    S.status("SN-VD-KAIXUAN-02", "21:53", "online", "凱旋路車輛偵測器2 恢復連線")
    S.c1999("22:58", "other", off(V, 80, 480),
            "民眾反映：中科路黎明路那邊有人打架，我看到有人頭在流血，警察好像來了。", "fight")
    S.c1999("23:10", "noise", off(P("eco_block_a"), -40, 60),
            "民眾反映：演唱會結束了還有一群人在公園唱歌喊叫，都快十二點了。", "concert", alt=None)
    S.c1999("23:25", "other", off(P("transit_hub"), 0, -40),
            "民眾反映：轉運站叫不到計程車，排班區一台車都沒有，幾百個人在等。", "concert", alt=None)
    S.incident("concert", "crowd", "Concert of 8,000 at the pop music centre: arrival, car parks full, "
               "parking on 中科路 and 凱旋路, noise and stage pyrotechnics reported, the egress to the transit "
               "hub", pm)
    S.incident("lost_girl", "rescue", "Girl of 7 lost outside the venue at 20:20, found at the transit "
               "hub 1.4 km north", lc)
    S.incident("faint", "rescue", "Fan (22) collapsed in the front pen, ambulance", fk)
    S.incident("fight", "public_safety", "Fight of about six young men on 中科路 after the show, one head "
               "wound, three taken in", fg)
    S.alternative(
        "The complaints the concert causes in the neighbourhood (parking at front doors, noise, the "
        "pyrotechnics taken for a fire, litter) are each routine 1999 cases for the bureaus, and a "
        "coordinator may leave them out of the event job; a fan fainting inside the venue may be left to "
        "the event's own medical post, inside the concert job.",
        [("concert", "crowd", "The concert: the permit, car parks, traffic, police crowd control and "
          "the collapsed fan", pm),
         S.same_alt("lost_girl")[0], S.same_alt("fight")[0]])
    S.readme = (
        "Saturday 15 August 2026, 17:20-23:50. The concert's permit (8,000 people, 600 m) arrived two days "
        "before. Arrival: both park car parks full, crowds on camera at 中科/環中, slow-downs on 中科路 and "
        "凱旋路, police crowd control, residents' parking and noise complaints, a caller who takes the stage "
        "pyrotechnics for a fire and another whose balcony gets the ash. At 20:38 a mother reports her "
        "girl of seven lost by the merchandise queue; at 21:20 a caller finds a girl in yellow crying at the "
        "transit hub, 1.4 km north, and police close the search. At 21:12 a fan collapses in the front pen "
        "(ambulance). Egress from 22:35 (crowds, slow-downs, car parks emptying); at 22:52 a fight on 中科路 "
        "(six men, one head wound). Jobs: concert, lost_girl, faint, fight. Background: a ticket fraud "
        "question from 逢甲, a streetlight, the transit hub car park full at egress (also read as the "
        "concert's). Alternative reading: the neighbourhood complaints left as routine, the fainting fan "
        "inside the concert job.")
    return S


BUILDERS = [build_1431, build_1432, build_1433, build_1434, build_1435, build_1436]

if __name__ == "__main__":
    for b in BUILDERS:
        s = b()
        print(s.write(), len(s.items))
