"""Situations 891-896 (seeded; output is stable). Run from this folder."""
import datetime as _dt

from lib import Sit, SENSORS, sensor_pt, along, chainage, off, jitter, scatter


# ============================================================================ 891
def s891():
    s = Sit(891, "two_jobs_jingmao_lunch", "2026-03-18", 891,
            "週三午間，經貿路二段與黎明路三段路口發生汽機車碰撞（騎士受傷送醫），"
            "幾乎同時約 210 公尺外的臺中國際會展中心 B 館 2 樓美食街廚房油鍋起火，"
            "B 館疏散約 300 人，消防車停在經貿路外側車道。兩件事同時在同一條路上，"
            "證據在空間上交錯（在路口附近的民眾看到會展中心的煙）。")
    r = s.rng
    corner = (120.65496, 24.19582)                 # 經貿路二段 × 黎明路三段
    crash = off(corner, 9, -7)
    hallb = sensor_pt("SN-FA-003")
    hall_front = along("jingmao", chainage("jingmao", hallb), -9)   # 經貿路 curb in front of hall B
    A, B = "891-A-crash-jingmao-liming", "891-B-fire-convention-hall-b"

    # background before
    s.parking("SN-PK-002", "12:02:10", None)
    s.c1999("streetlight", jitter(r, along("huanzhong", 3330, 12), 15), "12:05:40",
            "民眾反映：環中路二段近中科路口，路燈（編號 XT-10482）白天一直亮著，請派員檢修。", None)
    s.vd("SN-VD-HUANZHONG-03", "Minor", "12:08:30",
         "環中路車輛偵測器3 西向平均車速 24 km/h、佔有率 35%，持續 5 分鐘", None)

    # A: the crash
    s.cctv("SN-CCTV-005", "accident", 0.71, "12:14:20",
           "影像分析：路口內偵測到疑似車輛碰撞，車輛停滯於路口中央", A)
    a1 = s.c1999("traffic_accident", jitter(r, crash, 20), "12:14:55",
                 "民眾來電：經貿路二段與黎明路三段路口，一台白色自小客車左轉時跟機車擦撞，"
                 "機車騎士倒在地上，人還會動，請派員處理並叫救護車（已轉報119）。", A, lag=35)
    s.c1999("traffic_accident", along("liming", chainage("liming", corner) - 85, 6), "12:15:40",
            "民眾反映：黎明路三段往經貿路口有車禍，機車倒在路口中間，後面的車都停住了。", A)
    amb = s.f119("ambulance", jitter(r, crash, 10), "12:15:50",
                 "救護｜西屯區經貿路二段與黎明路三段口 汽機車碰撞 機車騎士1名 左小腿疼痛 意識清楚"
                 "｜派遣：西屯分隊 救護車1", A)

    # B: the kitchen fire
    s.panel("SN-FA-003", "alarm", "12:16:10",
            "火警受信總機：第2區 2F 美食街 廚房 偵煙式探測器 動作", B)
    b1 = s.c1999("fire_smoke", jitter(r, hallb, 35), "12:16:45",
                  "民眾（會展中心B館攤商）來電：B館2樓美食街有一間廚房一直冒煙，警鈴在響，"
                  "大家都往外走，已轉報119。", B, lag=30)
    fire = s.f119("fire", hallb, "12:17:20",
                  "火災｜西屯區 臺中國際會展中心B館 2樓美食街 廚房油鍋起火 冒濃煙 員工以滅火器搶救中 "
                  "人員疏散中｜派遣：西屯分隊 水箱車1 水庫車1 雲梯車1 救護車1；北屯分隊 水箱車1", B)
    s.vd("SN-VD-JINGMAO-01", "Moderate", "12:17:50",
         "經貿路車輛偵測器1 南向平均車速 13 km/h、佔有率 54%，持續 5 分鐘", A)
    s.c1999("fire_smoke", jitter(r, sensor_pt("SN-PK-002"), 20), "12:18:30",
            "民眾來電：在經貿六停車場這邊，看到會展中心屋頂一直冒黑煙，不知道是不是失火。", B)
    amb_pol = s.police("injury_accident", "Moderate", crash, "12:19:30",
                       "第六分局巡邏警網到場：經貿路二段與黎明路三段口 自小客車（左轉）與普重機車碰撞，"
                       "機車騎士左小腿擦挫傷，已由119送醫；事故車佔用經貿路南向內側車道，現場管制中。",
                       A, lag=150)
    s.cctv("SN-CCTV-006", "smoke", 0.58, "12:20:05",
           "影像分析：畫面西北側建物上方偵測到煙霧", B)
    s.c1999("fire_smoke", jitter(r, along("liming", chainage("liming", corner) - 40, -6), 15),
            "12:20:20",
            "民眾反映：經貿路黎明路口那邊有車禍，後面好像有東西一直在冒煙，是不是車子燒起來了？"
            "請消防隊去看一下。", B, alt=A)
    s.c1999("fire_smoke", jitter(r, sensor_pt("SN-FA-004"), 40), "12:20:40",
            "民眾在綠美圖前廣場，看到北邊會展中心那邊冒黑煙。", B)
    s.c1999("crowding", jitter(r, hall_front, 25), "12:21:30",
            "民眾反映：會展中心B館疏散，很多人站在經貿路人行道上，有小朋友，車子很近，請派人維持秩序。", B)
    s.f119_update(amb, "on_scene", "12:22:00", "救護車到達 傷者意識清楚 左小腿開放性傷口 已包紮", A)
    s.f119_update(fire, "on_scene", "12:22:30",
                  "第一梯次到達 B館人員約300人已疏散至戶外廣場 美食街廚房火勢已由員工撲滅 持續排煙", B)
    clos = s.police("road_closure", "Moderate", hall_front, "12:23:10",
                    "第六分局：經貿路二段南向外側車道（經貿七路至會展中心段）消防車停放作業，"
                    "暫時封閉外側車道，請改行內側車道。", B, lag=90)
    s.c1999("traffic_accident", jitter(r, along("jingmao", 120, -5), 20), "12:24:20",
            "民眾反映：經貿路往黎明路方向塞住了，前面路口有車禍，車子都過不去。", A)
    s.vd("SN-VD-LIMING-01", "Minor", "12:27:00",
         "黎明路車輛偵測器1 東向平均車速 17 km/h、佔有率 41%，持續 5 分鐘", A)
    s.f119_update(amb, "returning", "12:29:10", "傷者送往中國醫藥大學附設醫院 返隊", A)
    s.c1999("illegal_parking", jitter(r, along("jingmao", 40, -8), 20), "12:31:00",
            "民眾反映：經貿路二段轉運中心旁邊紅線上停了兩台遊覽車，擋住視線。", None)
    s.police("accident", "Minor", crash, "12:36:20",
             "第六分局：事故車輛已移至路邊，雙方資料登記完畢，經貿路南向內側車道恢復通行。",
             A, follows=amb_pol, lag=70)
    s.cleared("SN-VD-JINGMAO-01", "12:41:00", "經貿路車輛偵測器1 南向車速回復 38 km/h，壅塞解除", A)
    s.panel("SN-FA-009", "fault", "12:44:30", "火警受信總機：第3迴路 斷線 故障", None)
    s.cleared("SN-VD-LIMING-01", "12:47:00", "黎明路車輛偵測器1 東向車速回復 41 km/h，壅塞解除", A)
    s.c1999("noise", jitter(r, off(hallb, 160, 40), 40), "12:52:10",
            "民眾反映：會展中心二期工地中午休息時間還在打鋼筋，很吵。", None)
    s.panel("SN-FA-003", "normal", "12:58:40", "火警受信總機：復歸", B)
    s.f119_update(fire, "closed", "13:04:00",
                  "現場處理完畢 起火原因：美食街廚房油鍋過熱 燒損抽油煙機 無人受傷 B館13:00恢復開放", B)
    s.police("road_closure", "Minor", hall_front, "13:08:30",
             "第六分局：消防車輛撤離，經貿路二段南向外側車道恢復通行。", B, follows=clos, lag=60)
    s.cleared("SN-VD-HUANZHONG-03", "13:14:00", "環中路車輛偵測器3 西向車速回復 46 km/h，壅塞解除", None)
    s.c1999("streetlight", jitter(r, along("liming", 400, 8), 15), "13:21:00",
            "民眾反映：黎明路三段人行道路燈燈罩破裂，快掉下來了。", None)

    s.incident(A, "traffic", "經貿路二段與黎明路三段口汽機車碰撞，騎士受傷送醫；警察處理、排除，"
               "經貿路南向與黎明路東向短暫回堵。", a1)
    s.incident(B, "fire", "臺中國際會展中心 B 館 2 樓美食街廚房油鍋起火，員工撲滅，B 館疏散約 300 人，"
               "消防到場排煙；消防車佔用經貿路外側車道約 45 分鐘。", b1)
    s.alternative(
        "12:20 一通在黎明路口附近的來電同時講了車禍和冒煙，並猜是事故車起火；"
        "值班員當下可能把它歸給車禍。隔天看，煙是會展中心 B 館的，故主讀法歸火災。",
        [A, B])
    s.note("兩個現場相距約 210 公尺；經貿路車輛偵測器1 的回堵發生在消防車到場前，歸車禍。")
    s.note("經貿六停車場的民眾在車禍路口旁，但報的是會展中心的煙：依其所報，不依其所在。")
    return s.write()


# ============================================================================ 892
def s892():
    s = Sit(892, "jingmao_flood_spreading", "2026-06-04", 892,
            "梅雨鋒面午後強降雨，經貿路三段低窪處（敦化路口一帶）15:20 開始積水，"
            "90 分鐘內沿經貿路向南漫到中平路口、向北到綠美圖一帶；經貿路三段封閉，"
            "一輛自小客車在積水中熄火、駕駛受困由消防救出；同時中科路一棵路樹被風雨吹倒佔用車道。")
    r = s.rng
    lowpt = sensor_pt("SN-FL-008")
    ch0 = chainage("jingmao", lowpt)               # ≈ 1887 m along 經貿路
    blockA, blockB = sensor_pt("SN-FA-011"), sensor_pt("SN-FA-012")
    F, R, T = "892-F-flood-jingmao", "892-R-car-trapped-in-water", "892-T-tree-down-zhongke"

    s.rain("C0F9T0", "大雨", "14:40:00", "西屯 時雨量 42.5 mm，達大雨標準（1 小時 40 mm）", None)
    s.rain("SN-RG-001", "大雨", "14:50:00", "中央公園雨量站 時雨量 51.0 mm，達大雨標準", None)
    s.rain("SN-RG-002", "大雨", "14:50:00", "水湳轉運中心雨量站 時雨量 44.0 mm，達大雨標準", None)
    s.flood("SN-FL-008", "1-15", "15:20:00", 11, F)
    f1 = s.c1999("flooding", jitter(r, along("jingmao", ch0 + 40, -10), 20), "15:26:30",
                 "民眾反映：經貿路三段靠近敦化路口，路面積水快到腳踝，水溝排不掉，機車騎過去都濺起來。", F)
    s.flood("SN-FL-008", "16-30", "15:30:00", 19, F)
    s.wlevel("SN-WL-003", "3", "15:30:00", 1.47, F)
    s.wlevel("SN-WL-002", "3", "15:40:00", 2.06, F, alt=None)
    pf = s.police("flooding_report", "Moderate", along("jingmao", ch0, -6), "15:41:00",
                  "第五分局巡邏警網：經貿路三段近敦化路口 路面積水約20公分，外側車道有機車熄火，"
                  "現場指揮疏導。", F, lag=120)
    s.vd("SN-VD-JINGMAO-02", "Moderate", "15:44:00",
         "經貿路車輛偵測器2 南向平均車速 9 km/h、佔有率 63%，持續 5 分鐘", F)
    s.c1999("blocked_drain", jitter(r, along("jingmao", ch0 + 120, -9), 15), "15:47:10",
            "民眾反映：經貿路三段人行道旁的水溝蓋一直往上冒水，路邊都是水。", F)
    s.flood("SN-FL-004", "16-30", "15:50:00", 24, F, alt=None)
    s.flood("SN-FL-008", ">30", "15:50:00", 34, F)
    s.c1999("flooding", jitter(r, blockA, 25), "15:55:20",
            "民眾（水湳生態住宅A區住戶）反映：社區門口經貿路整片積水，水快流進地下室車道，請幫忙放沙包。", F)
    s.panel("SN-FA-012", "fault", "15:58:00",
            "火警受信總機：B1 車道 排水泵浦 水位開關動作 故障", F)
    s.wlevel("SN-WL-003", "2", "16:00:00", 1.83, F)
    clos = s.police("road_closure", "Severe", along("jingmao", ch0 + 150, -6), "16:00:30",
                    "第五分局：經貿路三段（敦化路至中平路）雙向封閉，積水逾30公分，請改道中清路、中平路。",
                    F, lag=100)
    car = along("jingmao", ch0 + 70, 5)
    r1 = s.c1999("flooding", jitter(r, off(car, -30, 10), 15), "16:04:00",
                 "民眾來電：經貿路上有一台轎車在水裡熄火，水淹到車門一半，駕駛還在車上不敢下來，"
                 "請快派人（已轉報119）。", R, alt=F, lag=30)
    s.flood("SN-FL-002", ">30", "16:00:00", 38, F, alt=None)
    resc = s.f119("rescue", car, "16:05:40",
                  "救助｜北屯區經貿路三段近敦化路 自小客車受困積水 駕駛1人待援｜派遣：北屯分隊 救助器材車1 救護車1",
                  R, alt=F)
    tree = along("zhongke", 1150, -7)
    t1 = s.c1999("fallen_tree", jitter(r, tree, 20), "16:08:10",
                  "民眾反映：中科路靠近流行影音中心這邊，路樹被風雨吹倒，擋住慢車道和一個車道，車子要繞過去。", T)
    s.wlevel("SN-WL-003", "1", "16:10:00", 2.24, F)
    s.c1999("flooding", jitter(r, along("jingmao", 2650, -10), 20), "16:12:30",
            "民眾反映：經貿路靠近水資源回收中心那段也淹起來了，機車過不去。", F)
    pt_ = s.police("fallen_object", "Moderate", tree, "16:15:00",
                   "第六分局：中科路近流行影音中心 路樹倒伏佔用外側車道及慢車道，已設置警示，通知建設局養工處。",
                   T, lag=150)
    s.cctv("SN-CCTV-011", "flooding", 0.77, "16:16:00", "影像分析：路口北側路面積水", F)
    s.f119_update(resc, "on_scene", "16:19:00", "到達現場 水深約35公分 協助駕駛離車", R, alt=F)
    s.vd("SN-VD-ZHONGKE-01", "Minor", "16:20:00",
         "中科路車輛偵測器1 北向平均車速 18 km/h、佔有率 38%，持續 5 分鐘", T)
    s.vd("SN-VD-ZHONGPING-02", "Minor", "16:22:00",
         "中平路車輛偵測器2 西向平均車速 15 km/h、佔有率 40%，持續 5 分鐘", F)
    s.c1999("flooding", jitter(r, off(blockB, 120, -10), 20), "16:25:10",
            "民眾反映：敦化路往經貿路這段也開始積水，水是從經貿路那邊漫過來的。", F)
    s.police("flooding_report", "Severe", along("jingmao", 2900, -6), "16:28:00",
             "第五分局：積水範圍延伸至經貿路與中平路口，經貿路南向於中平路口封閉，已通報水利局。",
             F, follows=clos, lag=110)
    s.wlevel("SN-WL-002", "2", "16:30:00", 2.54, F, alt=None)
    s.f119_update(resc, "returning", "16:33:00", "駕駛已救出 無人受傷 車輛留置待拖吊 返隊", R, alt=F)
    s.c1999("flooding", jitter(r, along("jingmao", 1500, -10), 20), "16:36:20",
            "民眾反映：經貿路靠近綠美圖那邊也有積水了，大概10公分。", F)
    s.rain("C0F9T0", "豪雨", "16:40:00", "西屯 3 小時累積雨量 108.5 mm，達豪雨標準（3 小時 100 mm）", None)
    s.c1999("blocked_drain", jitter(r, along("jingmao", 2300, -9), 15), "16:45:00",
            "民眾反映：經貿路邊的水溝被落葉和垃圾塞住，水都排不下去。", F)
    s.police("fallen_object", "Minor", tree, "16:50:00",
             "第六分局：建設局養工處到場鋸除倒樹，中科路外側車道恢復通行。", T, follows=pt_, lag=80)
    s.c1999("other", jitter(r, off(blockA, -40, 60), 30), "16:51:30",
            "民眾詢問：經貿路三段什麼時候可以通行？要回A區社區，車子開不進去。", F)
    s.cleared("SN-VD-ZHONGKE-01", "16:55:00", "中科路車輛偵測器1 北向車速回復 39 km/h，壅塞解除", T)
    s.c1999("streetlight", jitter(r, along("kaixuan", 1300, 8), 15), "17:04:00",
            "民眾反映：凱旋路近中科路段有一盞路燈不亮。", None)
    s.vd("SN-VD-HUANZHONG-02", "Minor", "17:10:00",
         "環中路車輛偵測器2 東向平均車速 22 km/h、佔有率 37%，持續 5 分鐘", None)
    s.flood("SN-FL-008", "16-30", "17:20:00", 27, F)
    s.police("flooding_report", "Moderate", along("jingmao", ch0 + 150, -6), "17:22:00",
             "第五分局：水利局移動式抽水機2台到場抽排，經貿路三段水深降至約20公分，仍維持封閉。",
             F, follows=clos, lag=90)
    s.c1999_update(f1, "處理中", "17:28:00", "水利局已派員及抽水機到場抽排。", F)

    s.incident(F, "flood", "經貿路三段低窪處積水，90 分鐘內沿經貿路南漫至中平路口、北至綠美圖一帶；"
               "區域排水達一級警戒，經貿路三段封閉，水利局抽水。", f1)
    s.incident(R, "rescue", "經貿路三段積水中一輛自小客車熄火，駕駛受困車內，消防救出無傷。", r1)
    s.incident(T, "traffic", "中科路近流行影音中心路樹倒伏佔用車道，建設局鋸除後恢復通行。", t1)
    s.alternative(
        "兩點可議：(1) 中央公園滯洪池的水位與淹水深度警示是滯洪池照設計蓄水，可視為背景而非淹水案的證據；"
        "(2) 積水中受困車輛的救助可視為淹水案的一部分，不另立案。",
        [{"label": F, "type": "flood",
          "description": "經貿路三段積水沿路擴散（含積水中受困車輛的救助）；滯洪池蓄水不計入。",
          "sufficient_evidence_key": f1}, T])
    s.note("雨量警示（C0F9T0、SN-RG-001、SN-RG-002）是天氣背景，不是一件要派遣的事，標為 null。")
    s.note("B 區集合住宅受信總機的 B1 車道泵浦水位開關故障，是經貿路積水灌入地下室，歸淹水案。")
    return s.write()


# ============================================================================ 893
CALLS_893 = [
    # (minute:second after 20:00, where, category, text, follows-index or None)
    ("06:10", "jm", "fire_smoke", "民眾開車經過經貿路三段，看到右手邊一棟大樓中間樓層冒黑煙，有火光。"),
    ("06:30", "park", "fire_smoke", "民眾在中央公園散步，看到公園東邊的住宅大樓冒很大的煙。"),
    ("06:55", "in", "fire_smoke", "A區住戶來電：樓上失火，我們在6樓，走廊都是煙，要往下跑還是待在家裡？（已告知關門、以濕毛巾塞門縫，轉報119）"),
    ("07:20", "B", "fire_smoke", "B區住戶反映：對面A區那棟7、8樓在冒火，煙往我們這邊飄。"),
    ("07:40", "dh", "fire_smoke", "民眾在敦化路，看到經貿路那邊大樓失火，問有沒有人報案了。"),
    ("08:05", "park", "fire_smoke", "公園裡很多人在看，東邊大樓燒起來了，窗戶有火。"),
    ("08:30", "zq", "fire_smoke", "民眾在中清路上，看到西邊水湳那邊冒一大片黑煙，不知道哪裡失火。"),
    ("08:50", "in", "fire_smoke", "住戶反映：我們在A區一樓大廳，很多人跑下來，有老人家還在樓上。"),
    ("09:15", "jm", "fire_smoke", "經貿路三段有大樓火災，消防車到了沒？"),
    ("09:40", "lib", "fire_smoke", "民眾在綠美圖頂樓看到南邊有一道黑煙，好像是住宅區失火。"),
    ("10:05", "B", "fire_smoke", "B區住戶：窗戶外面一直有煙飄進來，味道很重，要不要關窗？需不需要疏散？"),
    ("10:30", "in", "other", "民眾反映：我媽媽住A區8樓，電話一直打不通，很擔心，請幫忙確認。"),
    ("11:00", "jm", "illegal_parking", "經貿路三段A區門口前面路邊停滿車，消防車好像不好進去。"),
    ("11:20", "park", "fire_smoke", "公園東側步道都是煙，小朋友一直咳嗽。"),
    ("11:45", "pk", "fire_smoke", "民眾在中央公園南停車場出口，看到北邊住宅大樓冒煙。"),
    ("12:10", "dh", "fire_smoke", "敦化路一段有很濃的燒焦味，是哪裡失火？"),
    ("12:40", "jm", "fire_smoke", "經貿路有消防車進去了，可是還是一直冒煙，8樓好像也有火。"),
    ("13:05", "zq", "fire_smoke", "中清路這邊聞到燒塑膠的味道，煙從西邊飄過來。"),
    ("13:30", "in", "fire_smoke", "A區9樓住戶：我們被煙擋住下不去，現在在陽台，請快點來救（已轉報119）。"),
    ("14:00", "park", "crowding", "公園裡很多人圍在經貿路邊看火災，拿手機拍，擋到消防車。"),
    ("14:30", "B", "fire_smoke", "B區管委會反映：A區火災的煙飄進我們大樓走廊，我們的警報器也響了。"),
    ("15:10", "lib", "fire_smoke", "綠美圖這邊也看得到煙，請問是哪裡失火？"),
    ("16:00", "jm", "other", "經貿路被封起來了，我要回A區，家裡有狗，可以進去嗎？"),
    ("17:20", "park", "fire_smoke", "公園東邊一直有灰燼掉下來。"),
    ("18:40", "in", "other", "剛剛打過了，我媽還是聯絡不到，消防員有上8樓了嗎？", 11),
    ("20:00", "zq", "fire_smoke", "中清路往北的車都在看火災，車速都慢下來了。"),
    ("21:30", "dh", "fire_smoke", "敦化路這邊的煙有比較小了嗎？還要關窗嗎？"),
    ("23:00", "B", "fire_smoke", "B區住戶：我們要不要下樓避難？管理員說等通知。"),
    ("25:00", "jm", "fire_smoke", "經貿路上救護車一直在鳴笛，是有人受傷嗎？"),
    ("28:00", "park", "fire_smoke", "火好像滅了，但是還有白煙一直冒。"),
    ("31:00", "in", "other", "A區住戶：消防員叫我們在一樓等，什麼時候可以回家？"),
    ("36:00", "jm", "other", "經貿路還不能過嗎？我要去中平路。"),
    ("44:00", "in", "other", "剛剛打過說我媽聯絡不到，現在找到了，她在鄰居家，謝謝。", 11),
    ("52:00", "B", "環境公害", "B區這邊還是有燒焦味，空氣很差，要不要通報環保局？"),
]


def s893():
    s = Sit(893, "residential_fire_call_burst", "2026-08-27", 893,
            "中元節晚上，水湳生態住宅 A 區集合住宅 7 樓一戶起火，濃煙從窗戶冒出，"
            "整個中央公園東側、經貿路、敦化路、中清路甚至綠美圖都看得到；"
            "1999 在 50 分鐘內湧入 35 通來電（多數轉報 119），消防兩梯次搶救，"
            "救出受困住戶，2 名住戶吸入濃煙送醫。同晚河南路停車場旁有人燒金紙。")
    r = s.rng
    bA, bB = sensor_pt("SN-FA-011"), sensor_pt("SN-FA-012")
    ch_a = chainage("jingmao", bA)
    F, O = "893-F-fire-eco-residential-a", "893-O-open-burning-henan"

    def where(tag):
        if tag == "in":
            return scatter(r, bA, 0, 35)
        if tag == "B":
            return scatter(r, bB, 0, 45)
        if tag == "park":
            return (round(r.uniform(120.6552, 120.6580), 6), round(r.uniform(24.1810, 24.1870), 6))
        if tag == "jm":
            return along("jingmao", ch_a + r.uniform(-350, 300), r.choice([-12, 12]))
        if tag == "dh":
            return scatter(r, off(bB, 150, 0), 0, 80)
        if tag == "zq":
            return along("zhongqing", r.uniform(2700, 3300), r.choice([-10, 10]))
        if tag == "lib":
            return scatter(r, sensor_pt("SN-FA-004"), 0, 50)
        if tag == "pk":
            return scatter(r, sensor_pt("SN-PK-005"), 0, 40)
        raise KeyError(tag)

    burning = along("henan", 1380, 20)
    s.c1999("noise", jitter(r, along("jingmao", 2550, 15), 30), "19:40:20",
            "民眾反映：經貿路三段附近普渡在唱卡拉OK，音量很大聲。", None)
    s.c1999("環境公害", jitter(r, off(burning, 40, 30), 30), "19:52:00",
            "民眾反映：河南路停車場旁邊有人在燒金紙，煙很大飄到住家。", None, alt=O)
    s.panel("SN-FA-011", "alarm", "20:03:40", "火警受信總機：第7區 7F 住戶 偵煙式探測器 動作", F)
    s.panel("SN-FA-011", "alarm", "20:04:50", "火警受信總機：第8區 8F 走廊 偵煙式探測器 動作", F)
    first = s.c1999("fire_smoke", scatter(r, bA, 0, 20), "20:05:15",
                    "民眾來電：我住A區集合住宅，7樓有一戶冒出很多黑煙，走廊都是煙，警鈴一直響，已轉報119。",
                    F, lag=25)
    fire = s.f119("fire", bA, "20:05:40",
                  "火災｜北屯區經貿路三段 水湳生態住宅A區 7樓住宅 窗戶冒濃煙 疑有人受困"
                  "｜派遣：北屯分隊 水箱車2 水庫車1 雲梯車1 救護車2；文心分隊 水箱車1", F)
    keys = []
    for row in CALLS_893:
        ms, tag, cat, text = row[:4]
        mm, ss = ms.split(":")
        t = "20:%02d:%s" % (int(mm), ss)
        follows = keys[row[4]] if len(row) > 4 else None
        k = s.c1999(cat, where(tag), t, text, F, follows=follows, lag=r.randint(20, 75))
        keys.append(k)
    s.f119_update(fire, "on_scene", "20:11:50",
                  "第一梯次到達 7樓住戶窗戶噴出火焰 布線搶救 搜救組上樓", F)
    s.panel("SN-FA-012", "alarm", "20:14:10", "火警受信總機：第3區 3F 走廊 偵煙式探測器 動作", F)
    clos = s.police("road_closure", "Severe", along("jingmao", ch_a, -6), "20:15:30",
                    "第五分局：經貿路三段 A區社區前後各約100公尺雙向管制，供消防車輛作業，請改道敦化路、中清路。",
                    F, lag=120)
    s.f119_update(fire, "dispatched", "20:17:00",
                  "第二梯次增派：北屯分隊 照明車1；文心分隊 水箱車1 救護車1", F)
    s.vd("SN-VD-JINGMAO-02", "Moderate", "20:19:00",
         "經貿路車輛偵測器2 南向平均車速 8 km/h、佔有率 57%，持續 5 分鐘", F)
    o1 = s.c1999("fire_smoke", jitter(r, burning, 25), "20:20:30",
            "民眾反映：河南路停車場旁邊有人在路邊燒東西，冒很多煙，有看到火。", None, alt=O)
    s.police("crowd_control", "Moderate", along("jingmao", ch_a - 60, 10), "20:22:00",
             "第五分局：經貿路三段 圍觀民眾約百人聚集於人行道及中央公園東側，警力維持秩序，淨空消防車動線。",
             F, lag=150)
    amb = s.f119("ambulance", bA, "20:24:00",
                 "救護｜北屯區經貿路三段 水湳生態住宅A區 住戶2名 吸入濃煙 意識清楚｜派遣：北屯分隊 救護車2", F)
    s.panel("SN-FA-012", "normal", "20:26:30", "火警受信總機：復歸", F)
    s.f119_update(fire, "on_scene", "20:33:00",
                  "火勢控制 持續殘火處理及排煙 已救出受困住戶3名", F, zh="火勢控制")
    s.f119_update(amb, "returning", "20:38:00", "2名傷者送往中國醫藥大學附設醫院", F)
    s.c1999("noise", jitter(r, along("jingmao", 2550, 15), 30), "20:48:00",
            "民眾反映：普渡的卡拉OK還在唱，已經快九點了。", None)
    s.c1999("streetlight", jitter(r, off(bB, 60, -30), 20), "20:55:30",
            "民眾反映：敦化路一段B區社區前面有一盞路燈不亮。", None)
    s.f119_update(fire, "closed", "21:28:00",
                  "火勢於20:58撲滅 起火戶7樓之3 燒損約20平方公尺 救出受困住戶3名 2名送醫 原因待調查", F)
    s.panel("SN-FA-011", "normal", "21:05:00", "火警受信總機：復歸", F)
    s.police("road_closure", "Minor", along("jingmao", ch_a, -6), "21:15:00",
             "第五分局：消防車輛陸續撤離，經貿路三段恢復雙向通行。", F, follows=clos, lag=80)
    s.cleared("SN-VD-JINGMAO-02", "21:20:00", "經貿路車輛偵測器2 南向車速回復 36 km/h，壅塞解除", F)
    s.c1999("環境清潔", jitter(r, (120.6576, 24.1838), 40), "21:25:00",
            "民眾反映：公園東側步道很多人丟飲料杯跟垃圾。", None)

    s.incident(F, "fire", "水湳生態住宅 A 區集合住宅 7 樓住宅火災，濃煙遠處可見；消防兩梯次，救出受困住戶 3 名，"
               "2 名吸入濃煙送醫；經貿路三段管制、圍觀民眾維持秩序；煙飄入 B 區觸動其偵煙器。", first)
    s.alternative(
        "河南路停車場旁燒金紙的兩通來電（其中一通說「有看到火」）：主讀法視為中元節的例行露天焚燒，"
        "交環保局，不是中心的案件；另一種讀法是值班員請消防分隊去確認露天燃燒，另立一案。",
        [F, {"label": O, "type": "fire",
             "description": "河南路停車場旁露天燒金紙，民眾通報有火，請消防查看。",
             "sufficient_evidence_key": o1}])
    s.note("35 通 1999 來電中，來電位置是來電者所在（住戶、公園、經貿路、敦化路、中清路、綠美圖），"
           "不是火場；全部歸火災案。")
    s.note("『我媽媽聯絡不到』的來電是火災案的一部分（找的是住在起火大樓的家人），不另立協尋案。")
    s.note("B 區受信總機 20:14 的警報是 A 區的煙飄入走廊所致，歸火災案。")
    return s.write()


# ============================================================================ 894
def s894():
    s = Sit(894, "concert_evening_small_jobs", "2026-10-17", 894,
            "週六晚上臺中流行影音中心戶外演唱會（預估 15,000 人），入場與散場人潮、車潮、"
            "周邊停車場全滿與違停；同一晚會場內外有幾件不相干的小事：一名觀眾手機遭竊、"
            "一名觀眾換氣過度送醫、一名男童走失後尋獲、河南路中平路口機車自摔、散場時停車場出口擦撞。")
    r = s.rng
    venue = sensor_pt("SN-FA-006")
    lawn = off(venue, 40, -60)
    C = "894-C-concert-crowd-traffic"
    P, R, L = "894-P-phone-theft", "894-R-fan-hyperventilation", "894-L-lost-boy"
    T1, T2 = "894-T1-scooter-fall-henan-zhongping", "894-T2-carpark-exit-scrape"

    perm = s.permit("concert", (120.6525, 24.1850), "16:00", "23:00",
                    s.t("10:05", day=-5),
                    "演唱會｜2026 台中流行音樂節 戶外演唱會｜臺中流行影音中心 戶外廣場｜"
                    "10/17 16:00 開放入場、19:00–22:00 演出｜預估 15,000 人｜管制範圍：會場半徑 400 公尺，"
                    "凱旋路、中科路臨時停車管制，接駁車停靠凱旋路｜第六分局 警力 40 名", C)
    s.permit("road_works", along("zhongping", 900, 0), s.t("09:00", day=2), s.t("16:00", day=6),
             s.t("14:20", day=-3),
             "道路施工｜中平路（河南路至經貿路段）人孔蓋調降工程｜10/19–10/23 每日 09:00–16:00｜外側車道封閉",
             None)
    s.parking("SN-PK-005", "16:25:00", C)
    s.parking("SN-PK-004", "16:50:00", C)
    s.vd("SN-VD-KAIXUAN-02", "Moderate", "17:05:00",
         "凱旋路車輛偵測器2 南向平均車速 14 km/h、佔有率 55%，持續 5 分鐘", C)
    s.c1999("streetlight", jitter(r, along("zhongke", 1500, 9), 15), "17:10:00",
            "民眾反映：中科路近滯洪池路段有一盞路燈一閃一閃。", None)
    s.c1999("illegal_parking", jitter(r, along("kaixuan", 1120, 9), 25), "17:20:00",
            "民眾反映：凱旋路兩邊都停滿車，連紅線跟公車站都停，公車進不去。", C)
    s.parking("SN-PK-003", "17:35:00", C)
    s.vd("SN-VD-ZHONGKE-01", "Moderate", "17:40:00",
         "中科路車輛偵測器1 南向平均車速 12 km/h、佔有率 58%，持續 5 分鐘", C)
    s.cctv("SN-CCTV-007", "crowding", 0.66, "17:55:00",
           "影像分析：人行道人群聚集（移動中），往南行進", C, motion="moving")
    cc = s.police("crowd_control", "Moderate", off(venue, 60, 40), "18:05:00",
                  "第六分局：流行影音中心入場排隊人潮約6,000人，隊伍延伸至中科路人行道，已增派警力疏導。",
                  C, lag=120)
    s.c1999("illegal_parking", jitter(r, along("zhongke", 1000, -9), 20), "18:20:00",
            "民眾反映：中科路的機車都停到人行道上，行人只能走到車道上，很危險。", C)
    s.panel("SN-FA-006", "fault", "18:30:00", "火警受信總機：預備電源電壓不足 故障", None)
    s.c1999("crowding", jitter(r, off(venue, 50, 50), 20), "18:35:00",
            "民眾反映：入口好擠，一直推，有小孩差點跌倒，請派人處理。", C)
    junction = (120.65036, 24.17108)
    s.cctv("SN-CCTV-010", "accident", 0.64, "18:49:10", "影像分析：路口疑似機車倒地", T1)
    t1 = s.c1999("traffic_accident", jitter(r, off(junction, 15, 10), 20), "18:50:00",
                 "民眾反映：河南路跟中平路口有機車自己滑倒，騎士坐在路邊，好像有受傷。", T1, lag=40)
    s.police("accident", "Minor", off(junction, 12, 8), "18:58:00",
             "第六分局：河南路與中平路口 普重機車自摔，騎士手肘擦傷，拒絕送醫，車損輕微，已排除。",
             T1, lag=150)
    s.c1999("動物救援", jitter(r, along("jingmao", 2200, 10), 20), "19:20:00",
            "民眾反映：經貿路有一隻狗被綁在電線桿旁邊很久，一直叫。", None)
    p1 = s.police("theft", "Minor", jitter(r, lawn, 30), "19:35:00",
                  "第六分局：流行影音中心草地區 觀眾報案手機遭竊（iPhone），遺失時間約19:10–19:30，受理中。",
                  P, lag=180)
    s.c1999("noise", jitter(r, (120.6505, 24.1800), 30), "19:50:00",
            "民眾反映：演唱會音樂太大聲，窗戶關起來還是很吵。", C)
    s.status("SN-VD-ZHONGPING-01", "offline", "20:00:40", None)
    s.status("SN-VD-ZHONGPING-01", "online", "20:03:10", None)
    amb = s.f119("ambulance", jitter(r, lawn, 20), "20:12:00",
                 "救護｜西屯區 臺中流行影音中心 戶外廣場 女性觀眾1名 疑似換氣過度 手腳發麻 意識清楚"
                 "｜派遣：西屯分隊 救護車1", R)
    s.f119_update(amb, "on_scene", "20:25:00", "到達 現場醫護站已初步處置", R)
    s.f119_update(amb, "returning", "20:41:00", "患者送往鄰近醫院 返隊", R)
    s.police("theft", "Minor", jitter(r, lawn, 30), "20:45:00",
             "第六分局：經會場保全協助調閱監視器，嫌犯1名於會場出口查獲，贓物發還。", P, follows=p1, lag=120)
    l1 = s.police("other", "Moderate", jitter(r, off(venue, -30, 20), 20), "21:05:00",
                  "第六分局：家長報案，7歲男童（黃色上衣）於流行影音中心攤位區走失，約20:50失聯，已請主辦單位廣播協尋。",
                  L, lag=90)
    s.c1999("other", jitter(r, off(venue, -20, 80), 40), "21:12:00",
            "民眾來電：我小孩在流行影音中心不見了，警察在幫忙找，可以再多派人嗎？", L)
    s.police("other", "Minor", off(venue, 20, 30), "21:28:00",
             "第六分局：走失男童已於服務台尋獲，交還家長。", L, follows=l1, lag=90)
    s.c1999("noise", jitter(r, (120.6498, 24.1862), 30), "21:40:00",
            "民眾反映：演唱會都九點半了還那麼大聲，小孩不能睡。", C)
    s.police("crowd_control", "Moderate", off(venue, 60, 40), "21:58:00",
             "第六分局：散場人潮約15,000人，凱旋路、中科路人行道擁擠，接駁車排班中，警力分段疏導。",
             C, follows=cc, lag=100)
    s.cctv("SN-CCTV-007", "crowding", 0.81, "22:05:00",
           "影像分析：人行道人群聚集（移動中），往北行進", C, motion="moving")
    s.vd("SN-VD-KAIXUAN-02", "Severe", "22:06:00",
         "凱旋路車輛偵測器2 北向平均車速 6 km/h、佔有率 78%，持續 5 分鐘", C)
    s.vd("SN-VD-ZHONGKE-01", "Moderate", "22:10:00",
         "中科路車輛偵測器1 北向平均車速 11 km/h、佔有率 61%，持續 5 分鐘", C)
    s.vd("SN-VD-KAIXUAN-01", "Moderate", "22:12:00",
         "凱旋路車輛偵測器1 北向平均車速 13 km/h、佔有率 52%，持續 5 分鐘", C)
    s.c1999("crowding", jitter(r, along("kaixuan", 1000, 10), 25), "22:15:00",
            "民眾反映：凱旋路接駁車站排隊排到馬路上，車子從旁邊開過去很危險。", C)
    s.vd("SN-VD-HENAN-02", "Minor", "22:20:00",
         "河南路車輛偵測器2 西向平均車速 19 km/h、佔有率 39%，持續 5 分鐘", C)
    exitp = off(sensor_pt("SN-PK-005"), -45, 20)
    t2 = s.c1999("traffic_accident", jitter(r, exitp, 15), "22:26:00",
                  "民眾反映：中央公園南停車場出口兩台車擦撞，兩個駕駛在吵架，擋住出口，後面的車都出不去。", T2)
    s.police("accident", "Minor", exitp, "22:38:00",
             "第六分局：中央公園地下停車場（南）出口 自小客車擦撞，無人受傷，雙方和解，已移置。", T2, lag=110)
    s.cleared("SN-VD-KAIXUAN-02", "22:50:00", "凱旋路車輛偵測器2 車速回復 35 km/h，壅塞解除", C)
    s.cleared("SN-VD-ZHONGKE-01", "22:55:00", "中科路車輛偵測器1 車速回復 38 km/h，壅塞解除", C)
    s.cleared("SN-VD-KAIXUAN-01", "23:00:00", "凱旋路車輛偵測器1 車速回復 40 km/h，壅塞解除", C)
    s.cleared("SN-VD-HENAN-02", "23:05:00", "河南路車輛偵測器2 車速回復 42 km/h，壅塞解除", C)
    s.c1999("環境清潔", jitter(r, along("kaixuan", 1200, 10), 30), "23:10:00",
            "民眾反映：演唱會散場後凱旋路人行道很多垃圾跟寶特瓶。", None)
    s.police("crowd_control", "Minor", off(venue, 60, 40), "23:20:00",
             "第六分局：散場人潮疏散完畢，周邊交通管制解除。", C, follows=cc, lag=60)

    s.incident(C, "crowd", "臺中流行影音中心戶外演唱會的人潮與交通：入場排隊延伸至中科路、周邊停車場全滿、"
               "凱旋路與中科路違停、散場人車潮、接駁車站排隊、音量抱怨；第六分局全程管制。", perm)
    s.incident(P, "public_safety", "演唱會草地區觀眾手機遭竊，嫌犯於出口查獲。", p1)
    s.incident(R, "rescue", "一名女性觀眾疑似換氣過度，119 送醫。", amb)
    s.incident(L, "rescue", "7 歲男童於攤位區走失約 40 分鐘，服務台尋獲。", l1)
    s.incident(T1, "traffic", "河南路與中平路口機車自摔，騎士擦傷拒絕送醫，警察排除。", t1)
    s.incident(T2, "traffic", "散場時中央公園南停車場出口兩車擦撞、駕駛爭執，警察處理和解。", t2)
    s.alternative(
        "會場內的手機竊案與男童走失都由演唱會的執勤警力就地處理，值班員可能只在演唱會案下記一筆，不另立案。",
        [{"label": C, "type": "crowd",
          "description": "演唱會人潮與交通，含會場內竊案與走失男童（執勤警力就地處理）。",
          "sufficient_evidence_key": perm}, R, T1, T2])
    for _, _, it in s.items:
        if it["truth"] in (P, L):
            it["truth_alt"] = C
    s.note("活動許可於 5 天前送達；中心在許可到時就有足夠資訊把演唱會列為今晚要管的案件。")
    s.note("中平路人孔蓋工程許可是下週的，背景。河南路中平路口機車自摔與演唱會無關（時間在入場高峰，但為自摔）。")
    return s.write()


# ============================================================================ 895
def s895():
    s = Sit(895, "late_dup_skewed_delivery", "2026-01-14", 895,
            "週三早上尖峰：中清路北向近環中路口一輛大貨車故障停在內側車道；中科路／環中路二段號誌黑燈；"
            "水湳轉運中心客運月台一位長者跌倒。交付問題：1999 介接 07:50–08:30 中斷後整批補送（其中兩件重送）；"
            "中科路口號誌控制器時區設成 +09:00，時間戳慢 1 小時；中清路口攝影機時鐘快約 3 分 40 秒且事件重送；"
            "119 救護派遣紀錄重試遲到，晚於其到達現場的更新；警員的第一份報告卡在車機，晚於後續報告送達。")
    r = s.rng
    truck = along("zhongqing", 1560, -5)     # 中清路北向 just south of 環中路
    sig3 = sensor_pt("SN-SIG-003")
    hub = sensor_pt("SN-FA-001")
    X1, X2, X3 = "895-X1-truck-breakdown-zhongqing", "895-X2-signal-dark-zhongke-huanzhong", "895-X3-elder-fall-transit-hub"

    s.vd("SN-VD-HUANZHONG-01", "Minor", "07:30:00",
         "環中路車輛偵測器1 東向平均車速 21 km/h、佔有率 44%，持續 5 分鐘", None)
    s.vd("SN-VD-KAIXUAN-01", "Minor", "07:36:00",
         "凱旋路車輛偵測器1 北向平均車速 23 km/h、佔有率 40%，持續 5 分鐘", None)
    cam = s.cctv("SN-CCTV-008", "stalled_vehicle", 0.83, "07:41:30",
                 "影像分析：路口南側內側車道車輛停滯（大型車）", X1, obs_shift=220, lag=6)
    s.dup(cam, lag=45)
    x1 = s.c1999("other", jitter(r, off(truck, -20, -60), 20), "07:44:00",
                 "民眾反映：中清路往環中路口，內側車道有一台大貨車停住不動，閃雙黃燈，後面車子一直切出來。",
                 X1, lag=50)
    s.vd("SN-VD-ZHONGQING-01", "Moderate", "07:47:00",
         "中清路車輛偵測器1 北向平均車速 9 km/h、佔有率 66%，持續 5 分鐘", X1)
    pol1 = s.police("stalled_vehicle", "Moderate", truck, "07:48:00",
                    "第五分局巡邏警網：中清路北向近環中路口 大貨車引擎故障停於內側車道，已擺放警示，聯繫拖吊。",
                    X1, arr="08:36:10")
    s.vd("SN-VD-HUANZHONG-03", "Moderate", "07:52:00",
         "環中路車輛偵測器3 西向平均車速 12 km/h、佔有率 61%，持續 5 分鐘", X1, alt=X2)
    x2 = s.signal("SN-SIG-003", "fault", "07:55:10", "號誌控制器回報：燈號全暗（黑燈）", X2,
                  obs_shift=-3600, lag=10)
    s.cctv("SN-CCTV-003", "signal_dark", 0.88, "07:55:40", "影像分析：路口號誌燈號全暗", X2)
    # 1999 feed down 07:50-08:30; cases created meanwhile arrive in one burst
    late = ["08:31:05", "08:31:09", "08:31:12", "08:31:16", "08:31:20", "08:31:25", "08:31:31", "08:31:36"]
    c_a = s.c1999("other", jitter(r, off(truck, -10, -200), 30), "07:53:00",
                  "民眾反映：中清路到環中路口塞很久，前面有大車拋錨。", X1, arr=late[0])
    c_b = s.c1999("traffic_signal", jitter(r, sig3, 25), "07:58:00",
                  "民眾反映：中科路和環中路口紅綠燈全部不亮，車子亂鑽，很危險。", X2, arr=late[1])
    s.c1999("traffic_signal", jitter(r, off(sig3, -40, -30), 25), "08:01:00",
            "民眾反映：環中路二段中科路口號誌沒亮，行人不敢過馬路。", X2, arr=late[2])
    s.c1999("streetlight", jitter(r, along("huanzhong", 3650, 12), 15), "08:06:00",
            "民眾反映：環中路二段路燈（編號 XT-10517）晚上不亮，請檢修。", None, arr=late[3])
    s.c1999("illegal_parking", jitter(r, along("jingmao", 2850, 10), 20), "08:09:00",
            "民眾反映：中國醫藥大學水湳校區前經貿路，每天早上都有車停紅線。", None, arr=late[4])
    c_f = s.c1999("other", jitter(r, along("huanzhong", 3560, -10), 25), "08:12:00",
                  "民眾反映：環中路往中清路方向整個卡住，到底發生什麼事？", X1, alt=X2, arr=late[5])
    s.c1999("other", jitter(r, off(truck, 20, -120), 30), "08:25:00",
            "民眾反映：大貨車還停在中清路口，拖吊車來了沒？", X1, arr=late[6])
    s.police("traffic_signal_fault", "Moderate", sig3, "08:04:00",
             "第六分局：中科路與環中路二段口號誌全暗，已派員手動指揮交通，通報交通局號誌維護廠商。", X2, lag=110)
    s.dup(c_b, arr="08:33:02")
    s.dup(c_f, arr="08:33:04")
    # 119: the dispatch record is retried and arrives after its own updates
    amb = s.f119("ambulance", jitter(r, hub, 15), "08:05:00",
                 "救護｜西屯區 水湳轉運中心 客運月台 老婦人跌倒 頭部流血 意識清楚｜派遣：西屯分隊 救護車1",
                 X3, arr="08:27:40")
    on = s.f119_update(amb, "on_scene", "08:12:00", "到達現場 傷者額頭撕裂傷約3公分 已止血", X3, lag=25)
    s.dup(on, arr="08:27:45")
    s.f119_update(amb, "returning", "08:24:00", "傷者送往中國醫藥大學附設醫院 返隊", X3, lag=20)
    s.parking("SN-PK-001", "08:15:00", None)
    s.police("stalled_vehicle", "Minor", truck, "08:31:00",
             "第五分局：拖吊車到場，故障大貨車已拖離，中清路內側車道恢復通行。", X1, follows=pol1, lag=70)
    s.cleared("SN-VD-ZHONGQING-01", "08:38:00", "中清路車輛偵測器1 北向車速回復 35 km/h，壅塞解除", X1)
    s.signal("SN-SIG-003", "restored", "08:40:30", "號誌恢復正常運轉", X2, obs_shift=-3600, lag=9)
    s.police("traffic_signal_fault", "Minor", sig3, "08:43:00",
             "第六分局：號誌廠商到場修復，號誌恢復正常，撤除指揮警力。", X2, lag=80)
    s.cleared("SN-VD-HUANZHONG-03", "08:44:00", "環中路車輛偵測器3 西向車速回復 38 km/h，壅塞解除", X1, alt=X2)
    s.status("SN-VD-HENAN-01", "offline", "08:50:20", None)
    s.status("SN-VD-HENAN-01", "online", "08:53:40", None)
    s.c1999("road_damage", jitter(r, along("liming", 700, 8), 15), "08:57:00",
            "民眾反映：黎明路三段人行道地磚破損翹起，有人差點絆倒。", None)
    s.cleared("SN-VD-KAIXUAN-01", "09:00:00", "凱旋路車輛偵測器1 車速回復 39 km/h，壅塞解除", None)
    s.cleared("SN-VD-HUANZHONG-01", "09:05:00", "環中路車輛偵測器1 東向車速回復 44 km/h，壅塞解除", None)
    s.c1999_update(c_b, "已派工", "09:10:00", "交通局號誌廠商 08:40 完成修復。", X2)

    s.incident(X1, "traffic", "中清路北向近環中路口大貨車故障佔用內側車道約 50 分鐘，拖離後恢復；中清路、環中路回堵。", x1)
    s.incident(X2, "traffic", "中科路／環中路二段口號誌黑燈約 45 分鐘，警察手動指揮，廠商修復。", x2)
    s.incident(X3, "rescue", "水湳轉運中心客運月台長者跌倒頭部撕裂傷，119 送醫。", on)
    s.alternative(
        "環中路車輛偵測器3 位在中清路口，但環中路西向往中科路口的車流在號誌黑燈時也會回堵到這裡；"
        "這個壅塞（與它的解除）以及 08:12 那通『環中路往中清路卡住』的來電，也可讀為號誌黑燈案的證據。",
        [X1, X2, X3])
    s.note("號誌 SN-SIG-003 的 observed 比真實時間早 1 小時（控制器時區設為 +09:00）；"
           "攝影機 SN-CCTV-008 的 observed 比 arrival 晚約 3 分 34 秒（時鐘快）。")
    s.note("X3 的充分證據是最先到達的『到達現場』更新：它比派遣紀錄早 15 分鐘到，本身已說明地點與傷者。")
    s.note("1999 07:50–08:30 的案件於 08:31 一次補送，兩件於 08:33 重送（同 key）。")
    return s.write()


# ============================================================================ 896
PARK_GW = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005",
           "SN-WL-001", "SN-WL-002", "SN-RG-001"]


def s896():
    s = Sit(896, "park_gateway_offline_night", "2026-05-09", 896,
            "週六凌晨，中央公園的感測器閘道器 4G 上行中斷，園內 5 個滯洪池淹水感測器、2 個滯洪池水位計與"
            "中央公園雨量站同時離線近 4 小時，維護廠商 05:38 重啟後恢復；滯洪池3 的感測器重新連線後因電池低電量再度離線。"
            "同一夜：經貿路三段改裝車聚集噪音（警察驅離），河南路中平路口酒駕自撞分隔島。")
    r = s.rng
    G, G2 = "896-G-park-gateway-offline", "896-G2-pond3-sensor-battery"
    N, D = "896-N-racing-jingmao", "896-D-drunk-crash-henan"

    s.c1999("streetlight", jitter(r, off(sensor_pt("SN-FA-012"), 80, 20), 20), "01:32:00",
            "民眾反映：敦化路一段路燈一閃一閃的。", None)
    base = s.t("01:58:20")
    offs = [0, 4, 7, 11, 15, 22, 26, 31]
    gkeys = []
    for sid, o in zip(PARK_GW, offs):
        gkeys.append(s.status(sid, "offline", base + _dt.timedelta(seconds=40 + o), G))
    for i, sid in enumerate(PARK_GW):
        s.offline_rule(sid, base + _dt.timedelta(minutes=20, seconds=40 + offs[i]), G)
    n1 = s.c1999("noise", jitter(r, off(sensor_pt("SN-FA-012"), 30, 10), 20), "02:40:00",
                 "民眾反映：經貿路上有改裝車一直來回飆車，引擎聲很大聲，吵到睡不著。", N)
    s.c1999("noise", jitter(r, sensor_pt("SN-FA-011"), 25), "02:47:00",
            "民眾反映：經貿路三段有一群車在飆車，一直催油門。", N)
    s.police("public_disturbance", "Minor", along("jingmao", 2050, -8), "03:02:00",
             "第五分局巡邏警網：經貿路三段 改裝車聚集約6輛，已盤查驅離，告發2件。", N, lag=150)
    junction = (120.65036, 24.17108)
    crash = off(junction, 55, 45)
    s.cctv("SN-CCTV-010", "accident", 0.69, "03:18:30", "影像分析：路口東北側疑似車輛撞擊分隔島", D)
    d1 = s.f119("ambulance", crash, "03:19:10",
                "救護｜西屯區河南路近中平路口 自小客車自撞分隔島 駕駛1名 臉部擦傷 意識清楚｜派遣：西屯分隊 救護車1", D)
    s.c1999("traffic_accident", jitter(r, off(crash, -30, 20), 20), "03:21:00",
            "民眾（計程車司機）反映：河南路中平路口一台車撞上安全島，車頭全毀。", D)
    pd = s.police("injury_accident", "Moderate", crash, "03:34:00",
                  "第六分局：河南路近中平路口 自小客車駕駛疑酒後駕車自撞分隔島，駕駛臉部擦傷，"
                  "酒測值0.45 mg/L，依法移送；事故車佔用內側車道。", D, lag=200)
    s.f119_update(d1, "returning", "03:40:00", "傷者送往鄰近醫院 返隊", D)
    s.panel("SN-FA-010", "fault", "04:05:00", "火警受信總機：第4迴路 探測器異常 故障", None)
    s.police("accident", "Minor", crash, "04:12:00",
             "第六分局：事故車輛已拖吊，河南路內側車道恢復通行。", D, follows=pd, lag=90)
    s.status("SN-VD-ZHONGPING-02", "offline", "04:20:10", None)
    s.status("SN-VD-ZHONGPING-02", "online", "04:23:30", None)
    s.c1999("streetlight", jitter(r, along("zhongke", 1700, 9), 15), "04:30:00",
            "民眾反映：中科路南段一盞路燈不亮。", None)
    back = s.t("05:40:05")
    for i, sid in enumerate(PARK_GW):
        s.status(sid, "online", back + _dt.timedelta(seconds=3 * i + (0 if sid != "SN-FL-003" else 20)), G)
    for i, sid in enumerate(PARK_GW):
        nm = SENSORS[sid]["name"]
        s.cleared(sid, back + _dt.timedelta(seconds=50 + 3 * i + (0 if sid != "SN-FL-003" else 20)),
                  "%s 恢復回傳資料，離線警示解除" % nm, G)
    g3 = s.status("SN-FL-003", "offline", "05:41:20", G, alt=G2,
                  text="裝置離線（原因：battery_low，電池電壓過低）")
    s.offline_rule("SN-FL-003", "06:01:30", G, alt=G2)
    s.c1999("公園路樹", jitter(r, (120.6560, 24.1840), 40), "06:10:00",
            "民眾反映：中央公園步道上有一根樹枝斷掉，掛在樹上搖搖晃晃。", None)
    s.vd("SN-VD-HUANZHONG-04", "Minor", "06:20:00",
         "環中路車輛偵測器4 西向平均車速 25 km/h、佔有率 31%，持續 5 分鐘", None)

    s.incident(G, "infrastructure",
               "中央公園感測器閘道器上行中斷，8 個園內感測器同時離線約 3 小時 40 分；廠商重啟恢復，"
               "滯洪池3 感測器電池低電量仍離線，同一張維修單處理。", gkeys[2])
    s.incident(N, "public_safety", "經貿路三段改裝車聚集飆車噪音，警察盤查驅離。", n1)
    s.incident(D, "traffic", "河南路中平路口酒駕自撞分隔島，駕駛輕傷送醫，酒駕移送，拖吊後恢復。", d1)
    s.alternative(
        "滯洪池3 感測器在閘道器恢復後因電池低電量再次離線，是另一個原因、另一項工作（換電池），"
        "可另開一張維修單。",
        [{"label": G, "type": "infrastructure",
          "description": "中央公園感測器閘道器上行中斷，8 個感測器離線約 3 小時 40 分，廠商重啟恢復。",
          "sufficient_evidence_key": gkeys[2]},
         {"label": G2, "type": "infrastructure",
          "description": "滯洪池3 淹水感測器電池低電量離線，需換電池。",
          "sufficient_evidence_key": g3}, N, D])
    s.note("單一感測器深夜離線幾分鐘是日常（中平路車輛偵測器2），背景；公園 8 個感測器在 31 秒內同時離線，"
           "第三個離線訊息到時值班員就能判斷是閘道器問題。")
    s.note("離線狀態是遺囑訊息（last will），不帶原因；滯洪池3 05:41 的離線訊息帶 battery_low，寫在 text。")
    return s.write()


if __name__ == "__main__":
    for fn in (s891, s892, s893, s894, s895, s896):
        fn()
