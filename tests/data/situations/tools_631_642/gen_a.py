"""Situations 631-636 (seeded; rerun reproduces the files byte for byte)."""
from lib import Sit


def s631():
    S = Sit(631, "class_change_scooter_crashes", "2026-03-10 11:40", 631)
    # background before and around the class change
    S.add(-100, "planned_event", "road_works", None, "經貿路三段人行道鋪面改善工程，10:00-18:00，佔用人行道，不佔車道",
          pos=(120.6596, 24.1800), r=40, arr=-60, ends=380)
    S.congestion(6, "SN-VD-HUANZHONG-03", 24)
    S.bg(9, "streetlight")
    S.congestion(21, "SN-VD-ZHONGKE-01", 19)  # ordinary noon class change on 中科路
    S.bg(18, "parking", pos="FCU_GATE")
    S.flap("SN-VD-HENAN-01", 14, 4)
    # crash 1: two scooters on 中科路 north of the FCU campus, one student hurt
    c1 = (120.6535, 24.1838)
    k1c = S.add(27, "1999", "traffic_accident", "crash_zhongke", "中科路這邊兩台機車撞在一起，有一個女生倒在地上起不來",
               pos=c1, r=70, delay=140)
    k1 = S.add(27.5, "119", "ambulance", "crash_zhongke", "中科路（逢甲水湳校區北側）機車對撞，女性約20歲左小腿疑骨折，意識清楚",
          pos=c1, r=30, delay=75)
    kp1 = S.add(29, "incident", "injury_accident", "crash_zhongke",
                "中科路二段往南 機車與機車碰撞，1人受傷待送醫，佔用外側車道", pos=c1, r=20, sev="Moderate", delay=320)
    S.congestion(33, "SN-VD-ZHONGKE-01", 11, truth="crash_zhongke", sev="Moderate")
    kl = S.add(35, "1999", "traffic_accident", "crash_zhongke", "中科路上學校那邊有機車倒在路邊，好像有人受傷，不知道有沒有人叫救護車",
          pos=(120.6537, 24.1818), r=40, delay=300, alt="crash_zhongke_2")
    # crash 2: car turning right clips a scooter on 凱旋路 by the Pop Music Center
    c2 = (120.6516, 24.1860)
    cm2 = S.add(44, "1999", "traffic_accident", "crash_kaixuan", "凱旋路流行影音中心前面汽車右轉撞到機車，機車倒在路中間",
                pos=c2, r=60, delay=180)
    S.add(46, "incident", "accident", "crash_kaixuan", "凱旋路 流行影音中心前 汽機車擦撞，無人受傷，雙方待處理中，佔用1車道",
          pos=c2, r=15, sev="Minor", delay=260)
    S.congestion(50, "SN-VD-KAIXUAN-02", 17, truth="crash_kaixuan")
    S.add(62, "incident", "other", "crash_zhongke", "中科路二段機車事故現場處理完畢，傷者已送中國醫藥大學附設醫院，車道恢復",
          pos=c1, r=15, sev="Minor", follows=kp1, delay=240)
    S.add(70, "incident", "other", "crash_kaixuan", "凱旋路擦撞案雙方已移置路旁製作筆錄，車道已恢復", pos=c2, r=15,
          sev="Minor", delay=200)
    # more routine noise
    S.add(64, "1999", "other", None, "逢甲水湳校區門口每天中午機車都騎很快，學生亂穿越，希望多派警察",
          pos="FCU_GATE", r=80)
    S.bg(48, "noise")
    S.bg(55, "clean")
    S.add(57, "incident", "accident", None, "河南路二段 A3 類小客車輕微擦撞，無人受傷，雙方已移置路旁自行和解",
          pos=(120.6497, 24.1705), r=40, sev="Minor")
    S.congestion(75, "SN-VD-ZHONGPING-01", 22)
    S.flap("SN-CCTV-009", 40, 6)
    S.bg(80, "streetlight")
    S.bg(85, "parking")
    S.add(88, "rule", "sensor_offline", None, "水湳區域排水經貿路水位 超過 20 分鐘未回傳", sid="SN-WL-003", sev="Minor")
    S.add(96, "rule", "cleared", None, "水湳區域排水經貿路水位 恢復回傳", sid="SN-WL-003", sev="Minor")
    S.dup(k1c, 200)
    S.sprinkle(7, 0, 100, flaps=("SN-RG-003",))
    return S.write(
        "平日中午逢甲大學水湳校區下課時段，中科路與凱旋路相隔約 300 公尺、相隔 17 分鐘各發生一起機車事故，另有例行下課車潮與 1999 例行案件。",
        [("crash_zhongke", "traffic", "中科路逢甲水湳校區北側兩機車對撞，一名學生受傷送醫，外側車道佔用約半小時。", k1),
         ("crash_kaixuan", "traffic", "凱旋路流行影音中心前汽車右轉擦撞機車，無人受傷，佔用一車道。", cm2)],
        alternative=("12:15 中科路校區旁的 1999 來電位置在第一起事故南方約 200 公尺、晚 8 分鐘，描述為「機車倒在路邊」，"
                     "可讀為同一事故的遲到報案（現場機車已移到路邊），也可能是另一起自摔，當時警方未另外確認。",
                     [("crash_zhongke", "traffic", "中科路逢甲水湳校區北側兩機車對撞。", k1),
                      ("crash_zhongke_2", "traffic", "中科路校區旁疑似另一起機車自摔，待確認。", kl),
                      ("crash_kaixuan", "traffic", "凱旋路流行影音中心前汽機車擦撞。", cm2)]),
        notes="11:58 中科路車流壅塞為下課時段例行車潮（事故前），不屬任何事件。")


def s632():
    S = Sit(632, "lab_chemical_spill_downwind", "2026-04-15 09:30", 632)
    S.add(-120, "planned_event", "road_works", None, "中平路（經貿路至皇城街）拓寬工程，佔用南側一車道", pos=(120.6640, 24.1750),
          r=60, arr=-30, ends=600)
    S.bg(3, "streetlight")
    S.flap("SN-VD-ZHONGPING-01", 5, 5)
    S.congestion(7, "SN-VD-ZHONGPING-02", 23)  # road works
    # the spill: lab on the CMU Shuinan campus, wind from the south-west
    fa = S.add(10, "fire_alarm", "alarm", "lab_spill", "教學研究大樓 3F 化學實驗室 偵煙探測器動作", sid="SN-FA-010")
    h1 = S.add(11.5, "119", "hazmat", "lab_spill",
               "中國醫藥大學水湳校區 教學研究大樓3樓實驗室 化學藥品打翻（疑濃鹽酸約4公升），刺鼻味，師生疏散中",
               pos="CMU", r=25, delay=60)
    S.add(12.5, "119", "ambulance", "lab_spill", "同址 學生2名吸入刺激性氣體，咳嗽、眼睛刺痛", pos="CMU", r=25, delay=70)
    S.add(19, "incident", "hazmat_report", "lab_spill", "中國醫大水湳校區實驗室化學品外洩，協助消防局管制，疏散師生約200人至操場",
          pos="CMU_GATE", r=30, sev="Moderate", delay=200)
    cl = S.add(22, "incident", "road_closure", "lab_spill", "經貿路三段（中平路至校區側門）暫時封閉，配合化學品處理",
               pos=(120.6601, 24.1752), r=20, sev="Moderate", delay=180)
    S.add(23, "cctv", "crowding", "lab_spill", "路口人群聚集", sid="SN-CCTV-011", conf=0.64)
    S.add(24, "1999", "gas_odor", "lab_spill", "中平路這邊聞到很刺鼻的味道，像漂白水又像酸的", pos=(120.6616, 24.1752),
          r=60, delay=260)
    S.congestion(28, "SN-VD-ZHONGPING-02", 9, truth="lab_spill", sev="Moderate")
    S.add(31, "1999", "gas_odor", "lab_spill", "家裡窗戶飄進來一股酸酸的臭味，眼睛有點刺，是哪裡在排放", pos=(120.6628, 24.1779),
          r=60, delay=330)
    S.add(37, "1999", "gas_odor", "lab_spill", "經貿路三段社區聞到化學味，是不是哪裡外洩", pos=(120.6606, 24.1792), r=70, delay=280)
    # unrelated crash at 河南路/中平路, about 900 m west, during the detour
    cr = S.add(35, "cctv", "stalled_vehicle", "crash_henan", "路口車輛停滯", sid="SN-CCTV-010", conf=0.79)
    S.add(36, "1999", "traffic_accident", "crash_henan", "河南路中平路口汽車撞機車，騎士倒地", pos="J_HN_ZP", r=70, delay=190)
    ah = S.add(36.5, "119", "ambulance", "crash_henan", "河南路與中平路口 機車騎士倒地，頭部擦傷，意識清楚", pos="J_HN_ZP", r=20,
          delay=90)
    cp = S.add(38, "incident", "injury_accident", "crash_henan", "河南路二段/中平路口 小客車左轉與直行機車碰撞，1人受傷送醫",
               pos="J_HN_ZP", r=15, sev="Moderate", delay=300)
    S.congestion(41, "SN-VD-HENAN-02", 14, truth="crash_henan")
    S.add(46, "1999", "gas_odor", "lab_spill", "生態住宅B區這邊有一股怪味，刺刺的，要關窗嗎", pos="RES_B", r=60, delay=240)
    S.add(50, "1999", "環境公害", None, "河南路停車場旁邊水溝很臭，好幾天了都沒人處理", pos="HENAN_PK", r=80)
    S.add(55, "119", "hazmat", "lab_spill", "實驗室外洩物已中和吸附完畢，持續通風，周界偵測值下降", pos="CMU", r=25,
          follows=h1, delay=120)
    S.add(60, "fire_alarm", "normal", "lab_spill", "教學研究大樓 3F 化學實驗室 偵煙探測器 復歸", sid="SN-FA-010")
    S.add(66, "incident", "other", "crash_henan", "河南路/中平路口事故現場清理完畢，恢復通行", pos="J_HN_ZP", r=15, sev="Minor",
          follows=cp, delay=150)
    kr = S.add(70, "1999", "gas_odor", "lab_spill", "生態住宅A區中庭聞到瓦斯還是化學的味道，不確定是不是瓦斯漏", pos="RES_A", r=50,
          delay=300, alt="odor_res_a")
    S.add(78, "incident", "road_closure", "lab_spill", "經貿路三段解除管制，恢復雙向通行", pos=(120.6601, 24.1752), r=20,
          sev="Minor", follows=cl, delay=200)
    S.bg(40, "noise", pos="RES_B")
    S.bg(58, "parking", pos="CMU_GATE")
    S.bg(85, "tree")
    S.flap("SN-PK-003", 64, 8)
    S.congestion(90, "SN-VD-HENAN-01", 25)
    S.dup(cr, 35)
    S.sprinkle(6, 0, 95, kinds=("streetlight", "parking", "clean", "tree", "animal"), flaps=("SN-VD-KAIXUAN-01",))
    return S.write(
        "平日上午中國醫藥大學水湳校區實驗室鹽酸打翻，西南風把刺鼻味往東北吹向中平路與生態住宅區，鄰居陸續打 1999；"
        "同時約 900 公尺外河南路/中平路口發生汽機車事故。",
        [("lab_spill", "fire", "中國醫大水湳校區實驗室化學品外洩（消防局危險物品處理），師生疏散、經貿路三段封閉，下風處住戶異味陳情。", fa),
         ("crash_henan", "traffic", "河南路/中平路口小客車左轉與直行機車碰撞，1人受傷送醫。", ah)],
        alternative=("10:40 生態住宅 A 區的異味來電距實驗室約 1.2 公里、外洩處理已近完成，且來電者懷疑是瓦斯；"
                     "仍在下風方向，多數調度員會併入外洩事件，但也可能另開一案派員確認瓦斯漏氣。",
                     [("lab_spill", "fire", "中國醫大水湳校區實驗室化學品外洩。", fa),
                      ("crash_henan", "traffic", "河南路/中平路口汽機車事故。", ah),
                      ("odor_res_a", "fire", "生態住宅A區疑似瓦斯味，另案派員確認。", kr)]),
        notes="類型：化學品外洩由消防局處理，詞彙無 hazmat 事件類型，暫歸 fire（見 vocabulary_needed）。河南路停車場旁的水溝臭味為上風處長期陳情，不屬外洩。")


def s633():
    S = Sit(633, "dorm_fire_alarm_real", "2026-03-18 23:20", 633)
    S.add(-80, "planned_event", "road_works", None, "環中路二段夜間路面刨鋪，22:00-05:00，封閉內側車道", pos=(120.6430, 24.1895),
          r=60, arr=-70, ends=340)
    S.congestion(2, "SN-VD-HUANZHONG-01", 26)
    S.add(4, "status", "offline", None, "中平路車輛偵測器1 離線（維護作業）", sid="SN-VD-ZHONGPING-01")
    S.bg(6, "noise", pos="RES_A")
    S.bg(9, "streetlight")
    # real fire: power strip in a dorm room, FCU Shuinan campus
    fa = S.add(15, "fire_alarm", "alarm", "dorm_fire", "學生宿舍 5F 走廊 偵煙探測器動作", sid="SN-FA-009")
    S.dup(fa, 45)
    f1 = S.add(16.5, "119", "fire", "dorm_fire", "逢甲大學水湳校區學生宿舍5樓房間冒煙，延長線起火，學生已使用滅火器",
               pos="FCU", r=20, delay=50)
    S.add(17, "fire_alarm", "alarm", "dorm_fire", "學生宿舍 5F 512室 偵煙探測器動作", sid="SN-FA-009")
    S.add(18, "1999", "fire_smoke", "dorm_fire", "宿舍警鈴一直響，走廊都是煙，大家都跑出來了", pos="FCU", r=60, delay=160)
    cc = S.add(21, "incident", "crowd_control", "dorm_fire", "逢甲水湳校區宿舍火警，學生約300人疏散至中科路側人行道，協助管制",
               pos="FCU_GATE", r=30, sev="Moderate", delay=240)
    S.add(24, "119", "ambulance", "dorm_fire", "宿舍學生1名吸入濃煙不適，意識清楚，送醫", pos="FCU", r=20, delay=80)
    S.add(32, "119", "fire", "dorm_fire", "火勢已撲滅，燒毀延長線及床墊，排煙中，無延燒", pos="FCU", r=20, follows=f1, delay=110)
    S.add(36, "1999", "noise", None, "對面學校一堆學生在路上講話，還有消防車，很吵睡不著", pos=(120.6552, 24.1800), r=50,
          delay=400)
    # single-scooter crash on 河南路, 800 m south, after midnight
    c2 = (120.6513, 24.1722)
    a1 = S.add(49, "119", "ambulance", "crash_henan", "河南路二段 機車自撞路緣，騎士倒地，頭部流血", pos=c2, r=30, delay=70)
    S.add(50, "1999", "traffic_accident", "crash_henan", "河南路有人騎機車摔車躺在地上，快叫救護車", pos=c2, r=80, delay=220)
    S.add(53, "incident", "injury_accident", "crash_henan", "河南路二段 機車自撞，騎士受傷送醫，疑酒駕，待酒測",
          pos=c2, r=15, sev="Moderate", delay=350)
    S.congestion(52, "SN-VD-HENAN-02", 28, truth="crash_henan")
    S.add(55, "fire_alarm", "normal", "dorm_fire", "學生宿舍 5F 偵煙探測器 復歸", sid="SN-FA-009")
    S.add(70, "incident", "other", "dorm_fire", "宿舍排煙完成，學生陸續返回，管制解除", pos="FCU_GATE", r=30, sev="Minor",
          follows=cc, delay=200)
    S.bg(44, "noise", pos="RES_B")
    S.flap("SN-CCTV-002", 30, 3)
    S.bg(62, "parking", pos="FCU_GATE")
    S.add(78, "status", "online", None, "中平路車輛偵測器1 恢復連線", sid="SN-VD-ZHONGPING-01")
    S.congestion(82, "SN-VD-HUANZHONG-01", 31)
    S.bg(86, "streetlight")
    S.sprinkle(5, 0, 90, kinds=("streetlight", "parking"), flaps=("SN-PK-002",))
    return S.write(
        "深夜逢甲大學水湳校區學生宿舍延長線起火（真火警），學生疏散到中科路側；午夜後約 800 公尺外河南路機車自撞。背景有夜間刨鋪與維護離線。",
        [("dorm_fire", "fire", "逢甲水湳校區學生宿舍5樓延長線起火，學生自行以滅火器撲滅，約300人疏散，1人吸入濃煙送醫。", fa),
         ("crash_henan", "traffic", "河南路二段機車自撞路緣，騎士頭部受傷送醫，疑酒駕。", a1)],
        notes="23:56 對面住戶抱怨疏散學生與消防車吵雜的噪音陳情，屬例行噪音陳情，不掛入火警事件。")


def s634():
    S = Sit(634, "dorm_fire_alarm_false", "2026-04-22 06:50", 634)
    S.congestion(8, "SN-VD-HUANZHONG-04", 27)
    S.congestion(14, "SN-VD-HENAN-01", 24)
    S.add(6, "1999", "streetlight", None, "經貿路三段路燈白天還亮著，編號XT-40718", pos=(120.6598, 24.1770), r=60)
    S.flap("SN-PK-005", 10, 4)
    # false alarm: shower steam in the CMU Shuinan dormitory
    fa = S.add(30, "fire_alarm", "alarm", "dorm_false_alarm", "學生宿舍 3F 浴室前走廊 偵煙探測器動作", sid="SN-FA-010")
    f1 = S.add(31, "119", "fire", "dorm_false_alarm", "中國醫藥大學水湳校區學生宿舍 火警自動通報，派遣水湳分隊", pos="CMU",
               r=20, delay=45)
    S.add(33, "1999", "fire_smoke", "dorm_false_alarm", "宿舍警鈴一直響，可是沒看到煙，要不要跑", pos="CMU", r=50, delay=200)
    S.add(41, "119", "fire", "dorm_false_alarm", "現場確認為浴室熱水蒸氣觸發偵煙器，無火災，已協助復歸", pos="CMU", r=20,
          follows=f1, delay=90)
    S.add(42, "fire_alarm", "normal", "dorm_false_alarm", "學生宿舍 3F 偵煙探測器 復歸", sid="SN-FA-010")
    # school-run crash at 經貿路/中平路, 250 m from the dorm
    cc = S.add(45, "cctv", "stalled_vehicle", "crash_jm_zp", "路口車輛停滯", sid="SN-CCTV-011", conf=0.83)
    S.add(45.5, "1999", "traffic_accident", "crash_jm_zp", "經貿路中平路口機車撞到汽車，騎車的是學生，倒在斑馬線上",
               pos="J_JM_ZP", r=60, delay=170)
    c1 = S.add(46, "119", "ambulance", "crash_jm_zp", "經貿路與中平路口 機車騎士倒地，右手疑骨折", pos="J_JM_ZP", r=20, delay=80)
    S.add(48, "incident", "injury_accident", "crash_jm_zp", "經貿路三段/中平路口 小客車與機車碰撞，1人受傷送醫，佔用內側車道",
          pos="J_JM_ZP", r=15, sev="Moderate", delay=300)
    S.congestion(50, "SN-VD-ZHONGPING-02", 12, truth="crash_jm_zp", sev="Moderate")
    S.add(52, "1999", "illegal_parking", None, "中國醫大側門家長臨停接送，整排擋住車道", pos="CMU_GATE", r=60)
    # signal fault at 河南路/中平路, about 900 m west
    sg = S.add(60, "signal", "fault", "signal_henan", "號誌控制器異常，全向閃黃", sid="SN-SIG-010")
    S.add(63, "1999", "traffic_signal", "signal_henan", "河南路中平路口紅綠燈一直閃黃燈，上學時間車很多很危險", pos="J_HN_ZP",
          r=80, delay=240)
    S.add(68, "incident", "traffic_signal_fault", "signal_henan", "河南路/中平路口號誌閃黃，已派員指揮交通，通知交通局",
          pos="J_HN_ZP", r=15, sev="Moderate", delay=200)
    # the same detector fires again
    fa2 = S.add(75, "fire_alarm", "alarm", "dorm_false_alarm", "學生宿舍 3F 浴室前走廊 偵煙探測器動作", sid="SN-FA-010",
                alt="dorm_false_alarm_2")
    S.add(77, "119", "fire", "dorm_false_alarm", "中國醫藥大學水湳校區學生宿舍 同址再次火警通報，派遣水湳分隊查看", pos="CMU", r=20,
          delay=60, alt="dorm_false_alarm_2")
    S.add(84, "fire_alarm", "fault", "dorm_false_alarm", "學生宿舍 3F 偵煙探測器 故障隔離", sid="SN-FA-010",
          alt="dorm_false_alarm_2")
    S.add(85, "fire_alarm", "normal", "dorm_false_alarm", "學生宿舍 3F 迴路 復歸（探測器隔離中）", sid="SN-FA-010",
          alt="dorm_false_alarm_2")
    S.add(80, "incident", "other", "crash_jm_zp", "經貿路/中平路口事故處理完畢，恢復通行", pos="J_JM_ZP", r=15, sev="Minor",
          delay=200)
    S.add(100, "signal", "restored", "signal_henan", "號誌恢復正常運作", sid="SN-SIG-010")
    S.bg(70, "parking")
    S.bg(88, "noise", pos="RES_B")
    S.flap("SN-RG-003", 66, 10, reason="電池電壓低")
    S.congestion(92, "SN-VD-JINGMAO-02", 25)
    S.dup(sg, 90)
    S.sprinkle(6, 0, 100, flaps=("SN-VD-KAIXUAN-02",))
    return S.write(
        "平日上學時段：中國醫藥大學水湳校區宿舍浴室蒸氣觸發偵煙器（誤報，消防到場確認），45 分鐘後同一探測器再次動作；"
        "同時校門旁經貿路/中平路口機車事故，約 900 公尺外河南路/中平路口號誌閃黃。",
        [("dorm_false_alarm", "fire", "中國醫大水湳校區宿舍火警誤報（浴室蒸氣），消防派遣到場確認、復歸；同一探測器再次動作後隔離。", fa),
         ("crash_jm_zp", "traffic", "經貿路/中平路口小客車與學生機車碰撞，1人受傷送醫。", c1),
         ("signal_henan", "traffic", "河南路/中平路口號誌故障閃黃，員警指揮交通至修復。", sg)],
        alternative=("08:05 同一探測器再次動作、再次派遣：可視為同一誤報事件的延續（同一設備、同一原因），"
                     "也可視為新的一次火警通報另開事件，因為派遣中心仍需再出勤確認。",
                     [("dorm_false_alarm", "fire", "中國醫大水湳校區宿舍第一次誤報。", fa),
                      ("dorm_false_alarm_2", "fire", "同址第二次火警通報（同一探測器），再次出勤後隔離。", fa2),
                      ("crash_jm_zp", "traffic", "經貿路/中平路口機車事故。", c1),
                      ("signal_henan", "traffic", "河南路/中平路口號誌故障。", sg)]),
        notes="誤報仍是事件：自動通報已觸發派遣，調度員須開案並在確認後結案。")


def s635():
    S = Sit(635, "graduation_crowd_parking_spill", "2026-06-13 08:00", 635)
    pe = S.add(60, "planned_event", "event", "graduation",
               "逢甲大學畢業典禮，臺中國際會展中心 A 館，09:00-12:00，預估畢業生及家長 8,000 人", pos="TICEC", r=30, arr=-5,
               ends=240)
    S.add(120, "planned_event", "exhibition", None, "臺中國際會展中心 B 館 寵物用品展，10:00-18:00", pos=(120.6556, 24.1940),
          r=20, arr=-4, ends=600)
    S.bg(4, "streetlight")
    S.flap("SN-CCTV-002", 12, 5)
    S.add(35, "parking", "full", "graduation", "臺中國際會展中心停車場 汽車位已滿", sid="SN-PK-006")
    S.congestion(40, "SN-VD-JINGMAO-01", 14, truth="graduation", sev="Moderate")
    S.add(42, "parking", "full", "graduation", "經貿六停車場 汽車位已滿", sid="SN-PK-002")
    S.congestion(45, "SN-VD-LIMING-01", 16, truth="graduation")
    S.add(48, "cctv", "crowding", "graduation", "人群聚集", sid="SN-CCTV-005", conf=0.81)
    S.add(50, "1999", "illegal_parking", "graduation", "經貿路二段兩邊都停滿車，還有人並排停", pos="J_JM_LM", r=100, delay=300)
    cc = S.add(52, "incident", "crowd_control", "graduation", "會展中心周邊人車湧入，經貿路二段車流回堵，已派員疏導並勸離違停",
               pos="TICEC", r=60, sev="Moderate", delay=200)
    S.congestion(55, "SN-VD-HUANZHONG-02", 21, truth="graduation")
    S.add(58, "parking", "full", "graduation", "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    S.add(62, "1999", "illegal_parking", "graduation", "黎明路三段紅線都停滿了，公車進不了站", pos=(120.6515, 24.1946), r=60,
          delay=280)
    S.add(65, "1999", "crowding", "graduation", "會展中心門口人超多，推來推去，有老人家被擠到", pos="TICEC", r=50, delay=250)
    S.add(70, "1999", "illegal_parking", "graduation", "綠美圖旁邊經貿七路車子亂停，擋住人行道，推嬰兒車過不去",
          pos=(120.6576, 24.1925), r=50, delay=320)
    # rear-end collision in the queue at 經貿路/黎明路
    k = S.add(80, "cctv", "stalled_vehicle", "crash_jm_lm", "路口車輛停滯", sid="SN-CCTV-005", conf=0.77)
    a = S.add(81, "1999", "traffic_accident", "crash_jm_lm", "經貿路黎明路口追撞，兩台車停在路中間", pos="J_JM_LM", r=60, delay=160)
    S.add(84, "incident", "accident", "crash_jm_lm", "經貿路二段/黎明路三段 小客車追撞，無人受傷，佔用內側車道，已排除至路旁",
          pos="J_JM_LM", r=15, sev="Minor", delay=360)
    S.add(110, "incident", "crowd_control", "graduation", "典禮已進場完畢，經貿路二段車流逐步恢復，持續勸導違停", pos="TICEC",
          r=60, sev="Minor", follows=cc, delay=200)
    S.add(150, "1999", "other", "graduation", "會展中心外面很多人擺攤賣花，擋住人行道", pos=(120.6545, 24.1952), r=40)
    # elderly parent faints inside hall A
    f = S.add(170, "119", "ambulance", "faint_ticec", "臺中國際會展中心A館 畢業典禮會場 一名約70歲女性昏倒，意識已恢復",
              pos="TICEC", r=20, delay=70)
    S.add(172, "1999", "other", "faint_ticec", "會展中心裡面有一個阿嬤昏倒了，救護車要從哪裡進來", pos="TICEC", r=30, delay=240)
    # ceremony ends: second wave
    S.add(246, "cctv", "crowding", "graduation", "人群聚集", sid="SN-CCTV-006", conf=0.86)
    S.congestion(250, "SN-VD-JINGMAO-01", 12, truth="graduation", sev="Moderate")
    S.add(255, "incident", "crowd_control", "graduation", "典禮散場，會展中心出口人潮及車流量大，經貿路二段實施疏導",
          pos="TICEC", r=60, sev="Moderate", delay=180)
    S.congestion(265, "SN-VD-LIMING-01", 18, truth="graduation")
    # background
    S.bg(30, "noise", pos="RES_A")
    S.bg(95, "clean")
    S.bg(130, "tree")
    S.congestion(140, "SN-VD-HENAN-01", 27)
    S.flap("SN-VD-ZHONGQING-02", 190, 7)
    S.bg(210, "streetlight")
    S.dup(k, 60)
    S.sprinkle(7, 0, 270, kinds=("streetlight", "noise", "clean", "tree", "animal"), flaps=("SN-WL-005",))
    return S.write(
        "週六上午逢甲大學於臺中國際會展中心舉行畢業典禮：停車場滿、違停外溢到經貿路與黎明路、進場與散場兩波人車潮；"
        "其間經貿路/黎明路口追撞、會場內一名家長昏倒。B 館寵物展平靜進行。",
        [("graduation", "crowd", "逢甲畢業典禮人車潮：會展中心、經貿六、轉運中心停車場滿，違停外溢，警方疏導，散場第二波。", cc),
         ("crash_jm_lm", "traffic", "經貿路/黎明路口車陣中小客車追撞，無人受傷。", a),
         ("faint_ticec", "rescue", "會展中心A館典禮會場一名年長女性昏倒，救護送醫。", f)],
        notes="典禮許可本身不足以開案；人車潮實際出現（警方疏導）時開案，許可併入該事件。")


def s636():
    S = Sit(636, "heat_stroke_outdoor_market", "2026-07-11 13:00", 636)
    S.add(0, "planned_event", "event", None, "中央公園北側草坪 水湳夏日市集暨音樂表演，13:00-19:00，預估 3,000 人",
          pos="PARK_N", r=40, arr=-20, ends=360)
    S.bg(5, "animal")
    S.add(30, "parking", "full", None, "中央公園地下停車場(北) 汽車位已滿", sid="SN-PK-004")
    S.add(35, "1999", "noise", None, "公園市集舞台音響太大聲，家裡窗戶關著都聽得到", pos="RES_A", r=60)
    # casualty 1
    h = S.add(40, "119", "ambulance", "heat_1", "中央公園北側市集 男性約60歲疑似中暑倒地，意識模糊，皮膚發燙", pos="PARK_N",
              r=60, delay=60)
    S.add(42, "1999", "other", "heat_1", "公園市集有人昏倒了，大家在幫他搧風，救護車快來", pos="PARK_N", r=70, delay=200)
    S.add(44, "incident", "medical", "heat_1", "中央公園北側 民眾路倒，疑中暑，已引導救護車由經貿路進入", pos="PARK_N", r=50,
          sev="Moderate", delay=260)
    S.add(58, "119", "ambulance", "heat_1", "患者送中國醫藥大學附設醫院，體溫40.1度", pos="PARK_N", r=60, follows=h, delay=90)
    S.congestion(60, "SN-VD-ZHONGKE-01", 22)
    S.bg(66, "clean", pos="PARK_N")
    # casualty 2 at the same market, 55 min later
    h2 = S.add(95, "119", "ambulance", "heat_2", "中央公園市集 女童約8歲頭暈嘔吐，疑熱衰竭", pos=(120.6558, 24.1868), r=50,
               delay=70, alt="heat_1")
    S.add(97, "1999", "other", "heat_2", "市集這邊又有小朋友不舒服，太熱了，主辦單位都沒有設遮陽跟飲水", pos="PARK_N", r=60,
          delay=260, alt="heat_1")
    # scooter theft in the south car park
    t1 = S.add(118, "1999", "other", "theft_park", "中央公園南邊停車場有兩個人在撬機車的鎖，看起來不是車主", pos="PARK_S",
               r=60, delay=150)
    tp = S.add(126, "incident", "theft", "theft_park", "中央公園地下停車場(南) 機車竊盜現行犯1名逮捕，另1名逃逸", pos="PARK_S",
               r=40, sev="Moderate", delay=300)
    S.add(150, "fire_alarm", "fault", None, "主機 電源模組異常", sid="SN-FA-004")
    S.add(158, "fire_alarm", "normal", None, "主機 電源模組 復歸", sid="SN-FA-004")
    S.bg(140, "streetlight")
    S.flap("SN-VD-KAIXUAN-01", 100, 4)
    S.congestion(175, "SN-VD-JINGMAO-02", 23)
    S.bg(180, "parking", pos="PARK_S")
    S.add(190, "1999", "other", None, "中央公園飲水機沒水了，天氣這麼熱請派人處理", pos="PARK_MID", r=120)
    S.sprinkle(9, 0, 200, kinds=("streetlight", "parking", "clean", "tree", "animal"), flaps=("SN-VD-HENAN-02", "SN-CCTV-001"))
    return S.write(
        "盛夏週六下午中央公園北側戶外市集：一名長者中暑倒地送醫，55 分鐘後一名女童熱衰竭；其間公園南側停車場機車竊盜現行犯。市集本身平靜進行。",
        [("heat_1", "rescue", "中央公園市集長者中暑倒地，救護送中國醫大附醫。", h),
         ("heat_2", "rescue", "同一市集女童熱衰竭，救護處理。", h2),
         ("theft_park", "public_safety", "中央公園地下停車場(南)機車竊盜，警方逮捕現行犯1名。", tp)],
        alternative=("兩名熱傷病患在同一場戶外活動、相距不到 200 公尺：派遣時是兩趟救護，但調度員也可以開一個「市集熱傷害」事件，"
                     "通知主辦單位加設遮陽與飲水，兩名病患都掛在其下。",
                     [("heat_1", "rescue", "中央公園夏日市集熱傷害（長者中暑與女童熱衰竭）。", h),
                      ("theft_park", "public_safety", "中央公園南側停車場機車竊盜。", tp)]),
        notes="市集許可、停車場滿、舞台噪音屬活動的例行影響，活動本身平靜進行，不開人潮事件。")


if __name__ == "__main__":
    for f in (s631, s632, s633, s634, s635, s636):
        print(*f())
