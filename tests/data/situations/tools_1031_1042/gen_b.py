"""Situations 1037-1042. Run: python3 gen_b.py (seeded; identical output on every run)."""
from lib import Situation, sensor_pos, road_point, routine_1999, rush, ZONE_SPOTS
from gen_a import (BLOCK_A, BLOCK_B, MUSEUMBRARY, POP_MUSIC, J_LIMING_KAIXUAN, J_JINGMAO_LIMING,
                   J_KAIXUAN_HZ, ZQ_UNDERPASS)

PARK_MID = (120.6562, 24.1820)
J_JINGMAO_HZ = (120.65345, 24.19848)
J_ZQ_HZ = sensor_pos("SN-SIG-008")
KAIXUAN_SIGN = road_point("kaixuan", 0.45)


def s1037():
    s = Situation(1037, "aircon_fire_night", "2026-08-13", 103707, "夏夜 集合住宅冷氣機起火")
    s.description = ("週四晚上，白天 36 度、入夜仍悶熱。19:08 生態住宅 A 區的火警總機響了一次，兩分鐘後復歸，之後沒有任何人報。"
                     "21:26 生態住宅 B 區 7 樓一戶的冷氣機起火，總機動作、對面住戶和路人打 1999、119 出動；住戶約 60 人疏散到中庭，"
                     "一位老婦吸入濃煙送醫，消防為安全切斷整棟電源，有家屬打來問住在 7 樓的母親；22:05 撲滅。"
                     "晚上 20:05 經貿六停車場一部機車失竊報案。其餘是夜間的噪音、違停、路燈、冷氣滴水等例行案件。")
    s.notes = ("可議：(1) 19:08 A 區總機的單次警報兩分鐘內復歸、沒有其他證據，主讀法是誤報（背景），另一讀法是要派人確認的火警案；"
               "(2) 22:30 住戶說「還是有燒焦味」是火場善後，算同一件火災；(3) 23:15 樓上冷氣滴水是例行陳情，與火災無關。")
    s.incident("K", "fire", "生態住宅 B 區集合住宅 7 樓冷氣機起火，住戶疏散，1 人嗆傷送醫")
    s.incident("TH", "public_safety", "經貿六停車場機車失竊報案")
    s.alternative("A 區總機 19:08 的單次警報與復歸，另開一件派員確認的火警案。",
                  {"FA11": ("fire", "生態住宅 A 區總機單次火警警報，兩分鐘後復歸（疑誤報），派員確認")})
    rush(s, ["SN-VD-HENAN-01", "SN-VD-JINGMAO-01"], "17:58", "18:50")
    routine_1999(s, "18:41", 4, "經貿路三段")
    s.add("fire_alarm", "alarm", "19:08:12", None, sid="SN-FA-011", alt="FA11", alt_suff=True,
          text="水湳生態住宅 A區 集合住宅 火警受信總機 3F 偵煙 火警")
    s.add("fire_alarm", "normal", "19:10:30", None, sid="SN-FA-011", alt="FA11",
          text="水湳生態住宅 A區 集合住宅 火警受信總機 復歸")
    routine_1999(s, "19:42", 11, "經貿七路")
    s.add("incident", "theft", "20:05", "TH", pos=sensor_pos("SN-PK-002"), scatter=(10, 60), severity="Minor", suff=True,
          text="民眾報案：停放於經貿六停車場之機車遭竊，車牌 MXX-2317，約 18:00-20:00 間，受理調閱監視器。第五分局")
    routine_1999(s, "20:12", 2, "經貿七路")
    s.status("SN-VD-ZHONGKE-01", "20:31", "offline", reason="comms_lost")
    s.status("SN-VD-ZHONGKE-01", "20:46", "online")
    s.add("fire_alarm", "alarm", "21:26:05", "K", sid="SN-FA-012", text="水湳生態住宅 B區 集合住宅 火警受信總機 7F 偵煙 火警")
    s.add("1999", "fire_smoke", "21:27", "K", pos=BLOCK_B, scatter=(100, 160), suff=True,
          text="敦化路一段那棟住宅7樓冷氣外機起火了，一直有火花掉下來，快派消防車")
    kf = s.add("119", "fire", "21:27", "K", pos=BLOCK_B, scatter=(5, 25),
               text="敦化路一段集合住宅7樓 冷氣機起火 有無人員受困待確認 派遣北屯分隊水箱車2、雲梯車1、救護車2")
    s.add("1999", "fire_smoke", "21:29", "K", pos=BLOCK_B, scatter=(40, 120),
          text="隔壁棟冒黑煙，好像是冷氣燒起來，味道很重")
    s.add("incident", "fire_report", "21:31", "K", pos=BLOCK_B, scatter=(10, 40), severity="Severe",
          text="敦化路一段集合住宅7樓住戶冷氣機起火，火勢延燒窗框，員警到場協助疏散。第五分局")
    s.add("1999", "fire_smoke", "21:33", "K", pos=BLOCK_B, scatter=(380, 480),
          text="從經貿路這邊看到那邊有大樓在燒，很多消防車")
    s.add("119", "fire", "21:35", "K", pos=BLOCK_B, scatter=(5, 25), status="on_scene", follows=kf,
          text="到達現場，7樓冷氣機及窗框燃燒，佈線上樓搶救，同時搜索")
    s.add("incident", "evacuation", "21:38", "K", pos=BLOCK_B, scatter=(10, 50), severity="Moderate",
          text="住戶約60人疏散至社區中庭，管委會清點人數中")
    kc = s.add("incident", "road_closure", "21:40", "K", pos=BLOCK_B, scatter=(30, 90), severity="Moderate",
               text="敦化路一段消防車停放，封閉半邊車道，車輛改道")
    s.add("119", "ambulance", "21:44", "K", pos=BLOCK_B, scatter=(5, 25),
          text="7樓住戶老婦1名吸入濃煙，意識清楚，送往中國醫藥大學附設醫院")
    s.add("1999", "power_outage", "21:50", "K", pos=BLOCK_B, scatter=(10, 60),
          text="我們這棟突然整棟斷電，說是消防要關電，什麼時候會恢復")
    s.add("1999", "other", "21:58", "K", pos=BLOCK_B, scatter=(2000, 4000),
          text="我媽媽住敦化路那棟7樓，新聞說那邊火災，電話一直打不通，可以幫我確認嗎")
    s.add("119", "fire", "22:05", "K", pos=BLOCK_B, scatter=(5, 25), status="returning", follows=kf,
          text="火勢撲滅，燒損7樓冷氣機及窗框約3平方公尺，1人嗆傷送醫，其餘住戶均已清點")
    s.add("incident", "evacuation", "22:16", "K", pos=BLOCK_B, scatter=(10, 50), severity="Minor",
          text="7樓以外住戶經消防確認後陸續返家，7樓住戶暫住親友處")
    s.add("fire_alarm", "normal", "22:12", "K", sid="SN-FA-012", text="水湳生態住宅 B區 集合住宅 火警受信總機 復歸")
    s.add("incident", "road_reopened", "22:20", "K", pos=BLOCK_B, scatter=(30, 90), severity="Minor", follows=kc,
          text="消防車撤離，敦化路一段恢復雙向通行")
    s.add("1999", "fire_smoke", "22:30", "K", pos=BLOCK_B, scatter=(20, 80),
          text="火不是滅了嗎，樓梯間還是有燒焦味，住戶可以回去了嗎")
    s.add("119", "fire", "22:40", "K", pos=BLOCK_B, scatter=(5, 25), status="closed", follows=kf, text="案件結案")
    routine_1999(s, "22:52", 4, "中科路")
    s.add("1999", "other", "23:15", None, pos=BLOCK_A, scatter=(50, 200), text="樓上冷氣一直滴水，滴到我家陽台，晚上滴滴答答睡不著")
    routine_1999(s, "23:41", 0)
    return s


def s1038():
    s = Situation(1038, "pond_fills_no_flood", "2026-08-21", 103808, "中央公園滯洪池蓄滿 周邊無淹水")
    s.description = ("週五 14:20-15:20 一場雷雨正下在中央公園，1 小時 50 多毫米。公園的滯洪池（平時是乾式濕地與草地）照設計蓄水，"
                     "池內淹水感測器 16-30、>30 公分、南池水位到三級警戒，民眾打 1999 說公園變成湖、問會不會淹到住宅；巡邏員警回報"
                     "周邊道路無積水。沒有任何道路或建物淹水。同一場雨中黎明路一部機車打滑自摔送醫。")
    s.notes = ("可議：滯洪池蓄水是設計功能，主讀法不開案（背景）；另一讀法是開一件「滯洪池蓄水監看」的案子，請公園管理處封閉池邊步道、"
               "水利局留意出流口。池內的警報、兩通 1999、員警巡邏回報在另一讀法都歸那件。")
    s.incident("S", "traffic", "黎明路三段近凱旋路 機車雨天打滑自摔，騎士擦傷送醫")
    s.alternative("滯洪池蓄水開一件監看案（封閉池邊步道、注意出流口）。",
                  {"POND": ("flood", "中央公園滯洪池暴雨蓄水，監看並封閉池邊步道")})
    rush(s, ["SN-VD-HUANZHONG-02", "SN-VD-ZHONGQING-01"], "07:50", "08:44")
    routine_1999(s, "10:12", 9)
    routine_1999(s, "11:03", 3, "經貿路二段")
    s.status("SN-FL-005", "13:10", "offline", reason="battery_low")
    s.rain("SN-RG-001", "14:22", 52.5)
    s.flood("SN-FL-003", "14:35", 9, None, alt="POND")
    s.rain("C0F9T0", "14:40", 41.0)
    s.flood("SN-FL-003", "14:45", 22, None, alt="POND", alt_suff=True)
    s.add("incident", "injury_accident", "14:48", "S", pos=J_LIMING_KAIXUAN, scatter=(40, 120), severity="Moderate", suff=True,
          text="黎明路三段近凱旋路 機車雨天打滑自摔，騎士手腳擦傷，意識清楚。第六分局")
    ka = s.add("119", "ambulance", "14:49", "S", pos=J_LIMING_KAIXUAN, scatter=(40, 120),
               text="黎明路三段 機車自摔 騎士1名擦傷 派遣西屯分隊救護車1")
    s.add("cctv", "stalled_vehicle", "14:50", "S", sid="SN-CCTV-007", confidence=0.61, text="黎明路三段/凱旋路 影像分析：車輛停滯")
    s.flood("SN-FL-004", "14:50", 19, None, alt="POND")
    s.add("1999", "flooding", "14:52", None, pos=PARK_MID, scatter=(50, 200), alt="POND",
          text="中央公園裡面整片草地變成湖，步道都淹掉了，有小朋友還在旁邊玩水")
    s.water("SN-WL-002", "14:55", 2.08, "3", None, alt="POND")
    s.slow("SN-VD-KAIXUAN-02", "14:56", 18, 41, None)
    s.flood("SN-FL-003", "14:58", 36, None, alt="POND")
    s.add("119", "ambulance", "15:02", "S", pos=J_LIMING_KAIXUAN, scatter=(40, 120), status="on_scene", follows=ka, text="到達現場處置")
    s.flood("SN-FL-002", "15:05", 11, None, alt="POND")
    s.water("SN-WL-001", "15:06", 2.04, "3", None, alt="POND")
    s.slow("SN-VD-ZHONGKE-01", "15:08", 17, 43, None)
    s.add("1999", "other", "15:10", None, pos=sensor_pos("SN-FA-012"), scatter=(50, 150), alt="POND",
          text="公園的滯洪池水好滿，會不會滿出來淹到我們這邊住宅？")
    s.add("incident", "other", "15:15", None, pos=PARK_MID, scatter=(50, 300), severity="Minor", alt="POND",
          text="巡邏經中央公園，滯洪池蓄水中，周邊經貿路、中科路、敦化路無積水")
    s.add("119", "ambulance", "15:16", "S", pos=J_LIMING_KAIXUAN, scatter=(40, 120), status="returning", follows=ka,
          text="傷者送往澄清醫院中港院區，返隊")
    s.cleared("SN-RG-001", "15:28", what="大雨")
    s.cleared("SN-VD-KAIXUAN-02", "15:40", what="壅塞")
    s.cleared("SN-VD-ZHONGKE-01", "15:46", what="壅塞")
    s.status("SN-FL-005", "15:58", "online", text="中央公園滯洪池5 恢復連線（已更換電池）")
    s.cleared("SN-FL-002", "16:06", None, alt="POND")
    s.flood("SN-FL-003", "16:15", 14, None, alt="POND")
    s.cleared("SN-FL-004", "16:28", None, alt="POND")
    s.cleared("SN-WL-002", "16:40", None, alt="POND")
    s.cleared("SN-WL-001", "16:52", None, alt="POND")
    s.cleared("SN-FL-003", "17:15", None, alt="POND")
    rush(s, ["SN-VD-HENAN-01", "SN-VD-JINGMAO-01"], "17:35", "18:40")
    s.add("parking", "full", "19:30", None, sid="SN-PK-004", text="中央公園地下停車場(北) 汽車車位已滿")
    s.add("1999", "noise", "21:05", None, pos=PARK_MID, scatter=(100, 300), text="中央公園滑板場到現在還很吵，都快十點了")
    return s


def s1039():
    s = Situation(1039, "rain_alarms_no_flood", "2026-09-02", 103909, "大雨警報響遍 沒有淹水")
    s.description = ("週三 15:30-16:30 強降雨掃過整個區域，四個雨量站都達大雨標準，多處車慢；但排水都吃得下，沒有任何積淹水——"
                     "只有經貿路低窪處的感測器短暫量到 5 公分、十多分鐘就退，一位民眾說水溝蓋被落葉堵住、路邊有一點積水。"
                     "要派的事只有兩件：陣風把凱旋路一塊大型廣告看板吹落在外側車道；環中路經貿路口雨中兩車追撞。")
    s.notes = ("可議：(1) 雨量警報與雨天車慢不是要派的工作，算背景；(2) 經貿路低窪處 5 公分的短暫讀數與水溝堵塞來電，是例行清溝，不開淹水案；"
               "(3) 雨中一個淹水感測器斷線又恢復，是設備問題。這些在主讀法與另一讀法都是背景，故本情境沒有另一讀法。")
    s.incident("B", "traffic", "凱旋路近黎明路 大型廣告看板被強風吹落，占用外側車道")
    s.incident("R", "traffic", "環中路二段經貿路口 雨中兩車追撞，占用內車道")
    rush(s, ["SN-VD-HUANZHONG-02", "SN-VD-JINGMAO-01"], "07:46", "08:39")
    routine_1999(s, "09:31", 1)
    routine_1999(s, "11:02", 8, "中平路")
    routine_1999(s, "13:04", 7)
    s.rain("SN-RG-003", "15:35", 42.0)
    k = s.rain("SN-RG-002", "15:40", 45.5)
    s.dup(k, 40)
    s.rain("SN-RG-001", "15:45", 48.0)
    s.add("incident", "fallen_object", "15:48", "B", pos=KAIXUAN_SIGN, scatter=(10, 50), severity="Moderate", suff=True,
          text="凱旋路近黎明路口 大型廣告看板被強風吹落，占用外側車道，無人受傷。第六分局")
    s.add("1999", "fallen_object", "15:50", "B", pos=KAIXUAN_SIGN, scatter=(80, 220),
          text="凱旋路上有一大塊招牌掉在路上，剛剛機車差點撞到，很危險")
    s.slow("SN-VD-HUANZHONG-02", "15:50", 19, 40, None)
    s.slow("SN-VD-KAIXUAN-01", "15:51", 17, 44, None)
    s.rain("C0F9T0", "15:52", 40.5)
    kc = s.add("incident", "road_closure", "15:55", "B", pos=KAIXUAN_SIGN, scatter=(10, 50), severity="Minor",
               text="凱旋路往南外側車道封閉，等候建設局及廣告業者移除看板")
    s.slow("SN-VD-ZHONGQING-01", "15:56", 18, 42, None)
    s.status("SN-FL-009", "15:58", "offline", reason="comms_lost")
    s.slow("SN-VD-JINGMAO-02", "15:59", 20, 38, None)
    s.flood("SN-FL-008", "16:02", 5, None)
    s.add("incident", "accident", "16:05", "R", pos=J_JINGMAO_HZ, scatter=(20, 80), severity="Minor", suff=True,
          text="環中路二段經貿路口 雨中兩部自小客追撞，無人受傷，占用內車道，等候拖吊。第五分局")
    s.add("cctv", "stalled_vehicle", "16:06", "R", sid="SN-CCTV-004", confidence=0.7, text="經貿路二段/環中路二段 影像分析：車輛停滯")
    s.add("1999", "traffic_accident", "16:08", "R", pos=J_JINGMAO_HZ, scatter=(100, 300),
          text="環中路經貿路口有兩台車撞在一起，停在內線，後面都在按喇叭")
    s.add("1999", "blocked_drain", "16:10", None, pos=sensor_pos("SN-FL-008"), scatter=(60, 200),
          text="經貿路這邊水溝蓋被落葉堵住，水排不下去，路邊有一點積水")
    s.cleared("SN-FL-008", "16:15", None)
    s.status("SN-FL-009", "16:20", "online")
    s.add("incident", "road_reopened", "16:25", "B", pos=KAIXUAN_SIGN, scatter=(10, 50), severity="Minor", follows=kc,
          text="看板已移除，凱旋路外側車道恢復通行")
    s.add("incident", "other", "16:31", "R", pos=J_JINGMAO_HZ, scatter=(20, 80), severity="Minor",
          text="環中路經貿路口追撞車輛已拖離，現場排除")
    for sid in ["SN-RG-003", "SN-RG-002", "SN-RG-001", "C0F9T0"]:
        s.cleared(sid, "16:38", what="大雨")
    for sid in ["SN-VD-HUANZHONG-02", "SN-VD-KAIXUAN-01", "SN-VD-ZHONGQING-01", "SN-VD-JINGMAO-02"]:
        s.cleared(sid, "16:44", what="壅塞")
    rush(s, ["SN-VD-HENAN-01", "SN-VD-JINGMAO-01", "SN-VD-ZHONGKE-01"], "17:40", "18:38")
    routine_1999(s, "20:03", 4)
    routine_1999(s, "21:20", 5, "黎明路三段")
    return s


def s1040():
    s = Situation(1040, "concert_summer_night", "2027-07-03", 104010, "週六夏夜 流行影音中心演唱會")
    s.description = ("週六，白天很熱，下午中央公園一個小朋友中暑頭暈送醫。晚上流行影音中心有一場約 8,000 人的演唱會（19:00-22:00），"
                     "傍晚公園兩個地下停車場滿、附近居民抱怨音量；22:05 散場人潮湧出，中科路、凱旋路車流停滯，警方人車分流管制，"
                     "公車站擠滿人。散場時一位歌迷手機被扒、凱旋路黎明路口一部機車擦撞騎士擦傷。深夜有飆車噪音陳情。")
    s.notes = ("本作者的慣例：許可的活動本身不是案；散場需要管制時開一件人潮案，活動可預期的影響（停車場滿、散場車慢、音量陳情）歸它。"
               "可議：(1) 停車場滿與音量陳情，另一讀法算背景；(2) 散場扒竊是另一個警察工作（偵查），主讀法獨立一案，另一讀法併入散場管制；"
               "(3) 散場後的機車擦撞發生在約 1 公里外的路口，兩種讀法都是獨立事故。")
    s.incident("HT", "rescue", "中央公園兒童遊戲區 小朋友中暑頭暈，送醫")
    s.incident("CC", "crowd", "流行影音中心演唱會散場人潮約 8,000 人，中科路人車分流管制")
    s.incident("TH", "public_safety", "演唱會散場時歌迷手機遭扒竊")
    s.incident("A2", "traffic", "凱旋路黎明路口散場車流機車擦撞，騎士擦傷")
    s.alternative("停車場滿與音量陳情算背景；扒竊併入散場管制案。")
    s.add("planned_event", "concert", "19:00:00", None, pos=POP_MUSIC, ends="22:00:00", arrival="-5 10:30",
          text="臺中流行影音中心戶外演唱會，預估入場 8,000 人，19:00-22:00，周邊中科路、凱旋路散場交通管制，範圍半徑約 500 公尺")
    routine_1999(s, "10:04", 2, "中科路")
    routine_1999(s, "11:35", 6)
    s.add("1999", "rescue", "14:05", "HT", pos=(120.6560, 24.1800), scatter=(30, 120),
          text="中央公園溜滑梯那邊有一個小朋友中暑，頭很暈一直吐，家長很緊張")
    kh = s.add("119", "ambulance", "14:07", "HT", pos=(120.6560, 24.1800), scatter=(30, 120), suff=True,
               text="中央公園兒童遊戲區 男童約8歲疑似中暑嘔吐 派遣北屯分隊救護車1")
    s.add("119", "ambulance", "14:25", "HT", pos=(120.6560, 24.1800), scatter=(30, 120), status="returning", follows=kh,
          text="患童送往中國醫藥大學附設醫院兒童醫院，返隊")
    routine_1999(s, "12:41", 3, "凱旋路")
    routine_1999(s, "15:14", 9)
    s.add("1999", "illegal_parking", "16:44", "CC", pos=(120.6532, 24.1862), scatter=(50, 200), alt=None,
          text="中科路兩邊都停滿來看演唱會的車，紅線跟公車站也停，公車進不了站")
    rush(s, ["SN-VD-HENAN-01"], "17:31", "18:20")
    s.add("1999", "other", "16:02", None, pos=PARK_MID, scatter=(50, 300), text="中央公園飲水機都沒水，這麼熱小朋友沒水喝")
    s.add("parking", "full", "18:12", "CC", sid="SN-PK-005", alt=None, text="中央公園地下停車場(南) 汽車車位已滿")
    s.add("parking", "full", "18:24", "CC", sid="SN-PK-004", alt=None, text="中央公園地下停車場(北) 汽車車位已滿")
    s.status("SN-CCTV-003", "19:31", "offline", reason="comms_lost")
    s.status("SN-CCTV-003", "19:44", "online")
    s.add("1999", "noise", "20:32", "CC", pos=(120.6480, 24.1840), scatter=(50, 200), alt=None,
          text="流行影音中心演唱會太大聲了，窗戶關起來還是很吵，小孩睡不著")
    s.add("1999", "noise", "21:41", "CC", pos=(120.6505, 24.1795), scatter=(50, 200), alt=None,
          text="演唱會是在放煙火嗎？砰砰砰很大聲，狗一直叫")
    routine_1999(s, "20:15", 0, "黎明路三段")
    s.slow("SN-VD-ZHONGKE-01", "22:05", 6, 71, "CC")
    s.slow("SN-VD-KAIXUAN-02", "22:07", 8, 64, "CC")
    s.add("incident", "crowd_control", "22:08", "CC", pos=POP_MUSIC, scatter=(50, 150), severity="Moderate", suff=True,
          text="演唱會散場人潮約8000人湧出，中科路、凱旋路人車分流管制，增派員警10名。第六分局")
    s.add("1999", "crowding", "22:12", "CC", pos=POP_MUSIC, scatter=(200, 350),
          text="散場人好多，中科路公車站整個擠爆，人都站到車道上了，很危險")
    s.add("incident", "theft", "22:30", "TH", pos=POP_MUSIC, scatter=(50, 200), severity="Minor", alt="CC", suff=True,
          text="演唱會散場時，一名女歌迷放在背包內手機遭扒竊，受理報案並調閱監視器")
    ka = s.add("incident", "injury_accident", "22:40", "A2", pos=J_LIMING_KAIXUAN, scatter=(20, 80), severity="Minor", suff=True,
               text="凱旋路黎明路口散場車流 機車與自小客擦撞，機車騎士腳部擦傷")
    s.add("cctv", "accident", "22:41", "A2", sid="SN-CCTV-007", confidence=0.6, text="黎明路三段/凱旋路 影像分析：疑似事故")
    ka119 = s.add("119", "ambulance", "22:42", "A2", pos=J_LIMING_KAIXUAN, scatter=(20, 80), text="凱旋路黎明路口 機車擦撞 騎士1名腳擦傷 派遣西屯分隊救護車1")
    s.add("1999", "crowding", "22:16", "CC", pos=(120.6519, 24.1868), scatter=(50, 250),
          text="凱旋路上散場的人都走到車道上，車子差點撞到人，快派人來指揮")
    s.add("119", "ambulance", "23:01", "A2", pos=J_LIMING_KAIXUAN, scatter=(20, 80), status="returning",
          follows=ka119, text="傷者拒絕送醫，現場包紮後返隊")
    s.cleared("SN-VD-ZHONGKE-01", "22:50", "CC", what="壅塞")
    s.cleared("SN-VD-KAIXUAN-02", "22:56", "CC", what="壅塞")
    s.add("incident", "crowd_control", "23:02", "CC", pos=POP_MUSIC, scatter=(50, 150), severity="Minor",
          text="散場人潮已疏散完畢，解除人車分流管制")
    s.add("1999", "noise", "23:35", None, pos=ZONE_SPOTS["環中路二段"], scatter=(100, 300), text="環中路半夜一直有改裝車在飆車，排氣管超大聲")
    routine_1999(s, "+1 00:28", 0)
    return s


def s1041():
    s = Situation(1041, "ordinary_hot_weekday", "2027-07-20", 104111, "平常的炎熱週二")
    s.description = ("一個平常的炎熱週二：早上尖峰經貿路黎明路口機車與汽車擦撞、騎士受傷；會展中心有展覽、停車場滿；"
                     "中午一位失智老翁在綠美圖走失，家屬打 1999、警方協尋，半小時後在中央公園被民眾發現（一直問路、講不清楚要去哪），"
                     "12:20 尋獲。14:10 臺灣大道環中路口地下道淹水感測器在大晴天報 22 公分，十分鐘後自行解除，沒有任何人報。"
                     "傍晚東邊北屯下了一陣雷雨，旱溪水位到三級警戒，園區內沒下到。其餘是例行 1999、車流與設備斷線。")
    s.notes = ("可議：14:10 地下道淹水感測器在晴天報 22 公分（西屯雨量站無雨、沒有來電、十分鐘後解除），主讀法讀成感測器誤報（背景，"
               "另開維修單不是派遣）；另一讀法是要派人看一下的案子（也可能是水管破裂）。旱溪三級警戒在園區外、無人受影響，算背景。")
    s.incident("M", "traffic", "經貿路二段黎明路三段口 機車與自小客擦撞，騎士受傷送醫")
    s.incident("W", "rescue", "綠美圖失智老翁走失，於中央公園尋獲")
    s.alternative("晴天地下道淹水感測器的 22 公分讀數開一件現場查看案。",
                  {"FL10": ("flood", "臺灣大道環中路口地下道晴天淹水讀數，派員查看（感測器或水管）")})
    s.add("planned_event", "exhibition", "09:00:00", None, pos=sensor_pos("SN-FA-003"), ends="18:00:00", arrival="-4 14:05",
          text="2027臺中國際食品暨餐飲設備展，臺中國際會展中心 B 棟，07/19-07/21 每日 09:00-18:00，預估每日 10,000 人次")
    rush(s, ["SN-VD-HUANZHONG-02", "SN-VD-ZHONGQING-01", "SN-VD-JINGMAO-01"], "07:36", "08:42")
    km = s.add("incident", "injury_accident", "08:12", "M", pos=J_JINGMAO_LIMING, scatter=(15, 60), severity="Moderate", suff=True,
               text="經貿路二段與黎明路三段口 機車與自小客擦撞，機車騎士左腿受傷。第五分局")
    s.add("cctv", "accident", "08:11", "M", sid="SN-CCTV-005", confidence=0.74, text="經貿路二段/黎明路三段 影像分析：疑似事故")
    k119 = s.add("119", "ambulance", "08:13", "M", pos=J_JINGMAO_LIMING, scatter=(15, 60),
                 text="經貿路黎明路口 機車擦撞 騎士1名腿部受傷 派遣北屯分隊救護車1")
    s.add("1999", "traffic_accident", "08:14", "M", pos=J_JINGMAO_LIMING, scatter=(150, 300),
          text="經貿路黎明路口有機車跟汽車撞到，騎士坐在地上起不來")
    s.add("119", "ambulance", "08:22", "M", pos=J_JINGMAO_LIMING, scatter=(15, 60), status="on_scene", follows=k119, text="到達現場處置")
    s.add("119", "ambulance", "08:35", "M", pos=J_JINGMAO_LIMING, scatter=(15, 60), status="returning", follows=k119,
          text="傷者送往中國醫藥大學附設醫院，返隊")
    routine_1999(s, "09:10", 0)
    routine_1999(s, "10:05", 5, "經貿七路")
    s.add("parking", "full", "10:52", None, sid="SN-PK-006", text="臺中國際會展中心停車場 汽車車位已滿")
    s.add("1999", "missing_person", "11:38", "W", pos=MUSEUMBRARY, scatter=(20, 80), suff=True,
          text="我爸爸78歲有失智，在綠美圖一樓走丟了，穿灰色上衣、戴藍色帽子，找了二十分鐘都沒看到")
    kw = s.add("incident", "missing_person", "11:41", "W", pos=MUSEUMBRARY, scatter=(20, 80), severity="Moderate",
               text="綠美圖一樓 78歲失智男性走失，灰色上衣、藍色帽子，通報線上巡邏警網協尋。第五分局")
    s.add("1999", "other", "12:05", "W", pos=(120.6568, 24.1870), scatter=(50, 150),
          text="中央公園這邊有一個阿伯一直問路，講不清楚要去哪裡，天氣這麼熱他滿頭大汗")
    s.add("incident", "missing_person", "12:20", "W", pos=(120.6568, 24.1870), scatter=(30, 100), severity="Minor", follows=kw,
          text="協尋之失智老翁已於中央公園北側尋獲，意識清楚，交由家屬帶回")
    s.status("SN-VD-ZHONGPING-02", "12:40", "offline", reason="comms_lost")
    s.status("SN-VD-ZHONGPING-02", "12:52", "online")
    s.status("SN-VD-HENAN-01", "13:25", "offline", reason="maintenance")
    s.flood("SN-FL-010", "14:10", 22, None, alt="FL10", alt_suff=True)
    s.cleared("SN-FL-010", "14:21", None, alt="FL10")
    s.status("SN-VD-HENAN-01", "14:40", "online")
    s.add("1999", "other", "15:20", None, pos=ZONE_SPOTS["經貿路三段"], scatter=(20, 200),
          text="隔壁大樓冷氣室外機一直滴水到人行道，走過去都被滴到")
    s.rain("SN-RG-003", "16:35", 43.0)
    s.water("SN-WL-005", "16:55", 111.16, "3", None)
    s.cleared("SN-RG-003", "17:25", what="大雨")
    rush(s, ["SN-VD-HENAN-01", "SN-VD-JINGMAO-01"], "17:32", "18:33")
    s.cleared("SN-WL-005", "17:50", None)
    routine_1999(s, "19:41", 4)
    routine_1999(s, "21:16", 3, "中科路")
    return s


def s1042():
    s = Situation(1042, "summer_night_outage_and_crash", "2027-06-18", 104212, "夏夜 社區停電、電梯受困、酒駕撞號誌桿")
    s.description = ("週五晚上悶熱。22:25 生態住宅 A、B 區一帶因冷氣用電過載饋線跳脫停電，兩棟火警總機報主電源停電，經貿路中平路口號誌熄滅，"
                     "整排路燈不亮，住戶打 1999；其中一棟電梯停在樓層間困 2 人，119 救出。23:40 復電。23:00 起經貿路有許可的夜間刨鋪工程，"
                     "有人陳情吵。凌晨 02:10 一部酒駕自小客在中清環中路口撞倒號誌桿，駕駛受傷送醫，路口號誌故障，警方封閉一車道；"
                     "早上民眾報號誌桿歪掉。")
    s.notes = ("可議：(1) 電梯受困是停電造成的，但派的是消防救助隊，主讀法獨立一案，另一讀法併入停電案；"
               "(2) 經貿路中平路口號誌熄滅離社區約 1 公里，同一條饋線，主讀法算停電案；(3) 01:30 路口攝影機低信心度逆向偵測，"
               "沒有其他證據，算背景；(4) 夜間施工噪音陳情是許可工程的預期影響，算背景。")
    s.incident("X", "infrastructure", "生態住宅區一帶饋線過載跳脫停電約 75 分鐘（兩棟大樓、號誌、路燈）")
    s.incident("LF", "rescue", "停電電梯受困 2 人，119 救出")
    s.incident("D", "traffic", "中清環中路口酒駕自小客撞倒號誌桿，駕駛受傷，號誌故障")
    s.alternative("電梯受困併入停電案。")
    s.add("planned_event", "road_works", "23:00:00", None, pos=road_point("jingmao", 0.6), ends="+1 05:00:00", arrival="10:15",
          text="經貿路二、三段夜間路面刨除加封工程，23:00-翌日05:00，分段封閉一線車道，範圍半徑約 400 公尺")
    routine_1999(s, "20:08", 3, "中科路")
    s.add("1999", "noise", "21:02", None, pos=PARK_MID, scatter=(100, 250), text="中央公園籃球場到現在還有人在打球大叫，很吵")
    s.slow("SN-VD-HUANZHONG-02", "21:05", 24, 36, None, severity="Minor")
    s.cleared("SN-VD-HUANZHONG-02", "21:40", what="壅塞")
    s.status("SN-CCTV-009", "21:31", "offline", reason="comms_lost")
    s.status("SN-CCTV-009", "21:39", "online")
    s.add("1999", "power_outage", "22:25", "X", pos=BLOCK_A, scatter=(50, 250),
          text="經貿路三段這邊整區停電了，冷氣都停了，熱死了")
    s.add("fire_alarm", "fault", "22:25:40", "X", sid="SN-FA-011", text="水湳生態住宅 A區 集合住宅 火警受信總機 主電源停電，預備電源供電中")
    s.add("fire_alarm", "fault", "22:25:52", "X", sid="SN-FA-012", suff=True,
          text="水湳生態住宅 B區 集合住宅 火警受信總機 主電源停電，預備電源供電中")
    s.add("signal", "fault", "22:26:05", "X", sid="SN-SIG-011", text="經貿路/中平路 號誌控制器失電，燈號熄滅")
    s.add("1999", "streetlight", "22:28", "X", pos=ZONE_SPOTS["敦化路一段"], scatter=(50, 200),
          text="敦化路一段整排路燈都不亮，旁邊大樓也黑黑的")
    s.add("1999", "power_outage", "22:30", "X", pos=BLOCK_B, scatter=(50, 200), text="敦化路這邊停電，是不是台電在修？都沒有公告")
    s.add("1999", "rescue", "22:35", "LF", pos=BLOCK_B, scatter=(10, 40), alt="X", suff=True,
          text="停電電梯卡在兩層樓中間，我同事跟一個住戶在裡面出不來，裡面很熱")
    kr = s.add("119", "rescue", "22:36", "LF", pos=BLOCK_B, scatter=(5, 25), alt="X",
               text="敦化路一段集合住宅 停電電梯受困2人 派遣北屯分隊救助器材車1")
    s.add("cctv", "signal_dark", "22:27", "X", sid="SN-CCTV-011", confidence=0.86, text="經貿路/中平路 影像分析：號誌黑燈")
    s.add("1999", "traffic_signal", "22:33", "X", pos=J_JINGMAO_ZP, scatter=(80, 250), text="中平路經貿路口紅綠燈不亮，路燈也全暗，車子開很快很危險")
    s.add("incident", "traffic_signal_fault", "22:38", "X", pos=J_JINGMAO_ZP, scatter=(20, 60), severity="Moderate",
          text="經貿路中平路口號誌停電熄滅，派員指揮交通。第六分局")
    s.add("119", "rescue", "22:47", "LF", pos=BLOCK_B, scatter=(5, 25), status="on_scene", follows=kr, alt="X", text="到達現場")
    s.add("119", "rescue", "22:58", "LF", pos=BLOCK_B, scatter=(5, 25), status="returning", follows=kr, alt="X",
          text="以電梯鑰匙開門，受困2人均已救出，無人受傷，返隊")
    s.add("1999", "power_outage", "23:05", "X", pos=BLOCK_A, scatter=(30, 150), text="停電快一個小時了，家裡有嬰兒，台電到底什麼時候來")
    s.add("signal", "restored", "23:40:10", "X", sid="SN-SIG-011", text="經貿路/中平路 號誌恢復正常運作")
    s.add("fire_alarm", "normal", "23:40:30", "X", sid="SN-FA-011", text="水湳生態住宅 A區 集合住宅 火警受信總機 主電源恢復，復歸")
    s.add("fire_alarm", "normal", "23:40:41", "X", sid="SN-FA-012", text="水湳生態住宅 B區 集合住宅 火警受信總機 主電源恢復，復歸")
    s.add("1999", "power_outage", "23:46", "X", pos=BLOCK_A, scatter=(30, 150), text="剛剛電來了，但是我們家冷氣開不起來，是不是跳電要自己處理？")
    s.add("1999", "noise", "+1 00:50", None, pos=road_point("jingmao", 0.6), scatter=(100, 300),
          text="經貿路半夜在刨路面，機器聲音超大，完全不能睡")
    s.add("cctv", "wrong_way", "+1 01:30", None, sid="SN-CCTV-001", confidence=0.41, text="台74線/環中路二段 影像分析：疑似逆向")
    s.add("signal", "fault", "+1 02:10:15", "D", sid="SN-SIG-008", text="中清路/環中路 號誌控制器通訊中斷，燈號異常")
    s.add("cctv", "accident", "+1 02:10:40", "D", sid="SN-CCTV-008", confidence=0.8, text="中清路/環中路 影像分析：疑似事故")
    kd = s.add("incident", "injury_accident", "+1 02:12", "D", pos=J_ZQ_HZ, scatter=(10, 40), severity="Severe", suff=True,
               text="中清路環中路口 自小客自撞號誌桿，號誌桿倒塌，駕駛頭部受傷，酒測值0.62 mg/L，依法移送。第五分局")
    k119 = s.add("119", "ambulance", "+1 02:12", "D", pos=J_ZQ_HZ, scatter=(10, 40), text="中清路環中路口 自小客撞號誌桿 駕駛1名頭部受傷 派遣北屯分隊救護車1")
    kc = s.add("incident", "road_closure", "+1 02:20", "D", pos=J_ZQ_HZ, scatter=(20, 60), severity="Moderate",
               text="中清路往市區方向外側車道封閉，等候拖吊及交通局處理倒塌號誌桿")
    s.add("119", "ambulance", "+1 02:35", "D", pos=J_ZQ_HZ, scatter=(10, 40), status="returning", follows=k119, text="傷者送往中國醫藥大學附設醫院，返隊")
    s.add("1999", "noise", "+1 03:05", None, pos=ZONE_SPOTS["環中路二段"], scatter=(100, 400), text="環中路又有人在飆車，一直催油門")
    s.add("incident", "road_reopened", "+1 04:10", "D", pos=J_ZQ_HZ, scatter=(20, 60), severity="Minor", follows=kc,
          text="肇事車輛已拖離，倒塌號誌桿移至路邊，恢復通行；路口號誌仍待交通局修復，改以閃光運作")
    s.add("signal", "restored", "+1 05:42", "D", sid="SN-SIG-008", text="中清路/環中路 號誌恢復正常運作（臨時桿）")
    s.add("1999", "traffic_signal", "+1 06:40", "D", pos=J_ZQ_HZ, scatter=(80, 250),
          text="中清環中路口有一支號誌桿倒在旁邊，新的燈是臨時的很低，開車看不太到")
    return s


J_JINGMAO_ZP = (120.660376, 24.173594)

ALL = [s1037, s1038, s1039, s1040, s1041, s1042]

if __name__ == "__main__":
    for f in ALL:
        print(f().write())
