"""Situations 1937-1942 (seeded; run from tools/)."""
from lib import Situation, inc, along, PLACES, fix_alt_keys

M = "Moderate"; MI = "Minor"; SV = "Severe"


def cong(s, pairs, truth, sev=M, day=0, **kw):
    for sid, tm, sp in pairs:
        s.rule(sid, "congestion", s.t(tm, day), truth, sev, "%s 平均車速 %d km/h，低於門檻 20 km/h" % (sid, sp), **kw)


def s1937():
    s = Situation(1937, "streetball_fan_fight", "2026-08-22")
    A, B, C, D = "A", "B", "C", "D"
    s.permit("event", s.t("14:00"), s.t("21:00"), "park_n", 400, A,
             "水湳三對三街頭籃球賽暨球迷嘉年華：中央公園北側草坪，預估5,000人", s.t("14:00", -18))
    k_a = s.add("1999", "crowding", s.t("14:35"), A, "公園北邊籃球比賽人好多，人行道被攤位跟排隊的人塞滿", at=s.near("park_n", 200))
    s.add("parking", "full", s.t("14:20"), A, "車位已滿", sensor="SN-PK-004")
    s.add("incident", "crowd_control", s.t("14:50"), A, "籃球嘉年華入場人潮，派員於經貿路側入口疏導", at=s.near("park_n", 120), severity=MI)
    cong(s, (("SN-VD-JINGMAO-02", "15:05", 12), ("SN-VD-ZHONGKE-01", "15:20", 15)), A)
    # D: heat stroke
    pd = s.near("park_n", 80)
    k_d = s.add("119", "ambulance", s.t("15:32"), D, "籃球賽觀眾 女 17歲 疑似中暑 頭暈嘔吐", at=pd)
    s.add("119", "ambulance", s.t("15:41"), D, "到達現場", at=pd, status="on_scene", follows=k_d)
    s.add("119", "ambulance", s.t("15:58"), D, "患者送醫", at=pd, status="returning", follows=k_d)
    s.add("1999", "noise", s.t("17:30"), A, "籃球嘉年華的DJ音樂太大聲了，住家這邊窗戶都在震", at=s.near("eco_a", 100))
    # B: a brawl between two fan groups
    pb = s.near("park_n", 50)
    k_b = s.add("incident", "public_disturbance", s.t("19:41"), B, "中央公園北側兩派球迷鬥毆，約15人，有人持折疊椅", at=pb, severity=SV)
    for tm, txt, r in (("19:40", "公園這邊有一群人在打架，有人拿椅子砸人", 150),
                       ("19:42", "籃球場旁邊打起來了，好多人，快點派警察來", 250),
                       ("19:44", "綠美圖後面草地有人打群架，有人流血", 350)):
        k = s.add("1999", "other", s.t(tm), B, txt, at=s.near(pb, r))
    s.dup(k, 120)
    kb = s.add("119", "ambulance", s.t("19:50"), B, "鬥毆 男 22歲 頭部撕裂傷 意識清楚", at=pb)
    s.add("119", "ambulance", s.t("19:58"), B, "到達現場", at=pb, status="on_scene", follows=kb)
    s.add("incident", "public_disturbance", s.t("20:05"), B, "現場已控制，帶回6人偵辦，傷者1人送醫", at=pb, severity=M, follows=k_b)
    # C: a bike stolen from the rack (a routine theft report)
    k_c = s.add("incident", "theft", s.t("20:12"), C, "民眾停放於綠美圖旁自行車停車區之腳踏車遭竊", at=s.near("museum", 60), severity=MI, truth_alt=None)
    # leaving
    s.cctv("SN-CCTV-008", "crowding", s.t("21:08"), A, 0.66, "人群聚集")
    s.cctv("SN-CCTV-006", "crowding", s.t("21:03"), A, 0.72, "人群聚集")
    s.add("parking", "full", s.t("21:10"), A, "車位已滿", sensor="SN-PK-001")
    cong(s, (("SN-VD-HUANZHONG-03", "21:12", 10), ("SN-VD-ZHONGQING-01", "21:18", 13), ("SN-VD-JINGMAO-02", "21:05", 9)), A)
    s.rule("SN-VD-HUANZHONG-03", "cleared", s.t("21:55"), A, MI, "環中路車輛偵測器3 車速回復，警戒解除")
    s.add("1999", "streetlight", s.t("19:10"), None, "中科路有一盞路燈一直閃", at=s.near(along("zhongke", 0.5), 100))
    s.add("status", "offline", s.t("16:02"), None, None, sensor="SN-FL-007", reason="comms_lost")
    s.add("status", "online", s.t("16:20"), None, None, sensor="SN-FL-007")
    incs = [inc(A, "crowd", "籃球賽暨球迷嘉年華：入場、噪音、散場人潮與車流", k_a),
            inc(B, "public_safety", "兩派球迷鬥毆，1人頭部受傷送醫（傷者的救護屬鬥毆案）", k_b),
            inc(C, "public_safety", "自行車遭竊（例行報案）", k_c),
            inc(D, "rescue", "觀眾中暑送醫", k_d)]
    alt = {"why": "單純的自行車失竊由派出所受理，不是營運中心要派遣的任務（雜訊）",
           "incidents": [incs[0], incs[1], incs[3]]}
    return s, "籃球賽與球迷嘉年華：觀眾中暑、兩派球迷鬥毆、自行車失竊、散場車流；一個淹水感測器短暫斷線。", incs, alt


def s1938():
    s = Situation(1938, "comic_expo_two_days", "2026-02-14")
    A1, A2, F, P, Q = "A1", "A2", "F", "P", "Q"
    s.permit("exhibition", s.t("10:00"), s.t("18:00", 1), "ticec", 500, A1,
             "漫畫博覽會（2/14-2/15）：臺中國際會展中心A、B館，每日預估25,000人", s.t("10:00", -25), truth_alt="A")
    # day 1
    k1 = s.cctv("SN-CCTV-005", "crowding", s.t("08:32"), A1, 0.79, "人群聚集 排隊隊伍", truth_alt="A")
    s.add("1999", "crowding", s.t("08:45"), A1, "漫博排隊排到轉運站那邊了，人行道都沒辦法走", at=s.near("hub", 200), truth_alt="A")
    for sid, tm in (("SN-PK-006", "08:50"), ("SN-PK-002", "09:10")):
        s.add("parking", "full", s.t(tm), A1, "車位已滿", sensor=sid, truth_alt="A")
    s.add("incident", "crowd_control", s.t("09:05"), A1, "漫博開館前排隊人潮，會展中心周邊派員管制", at=s.near("ticec", 80), severity=M, truth_alt="A")
    cong(s, (("SN-VD-JINGMAO-01", "09:12", 11), ("SN-VD-LIMING-01", "09:20", 14)), A1, truth_alt="A")
    # F: fire alarm in hall B, smoke machine, evacuation
    k_f = s.add("fire_alarm", "alarm", s.t("13:21"), F, "B館 3F 偵煙式探測器動作", sensor="SN-FA-003")
    kf = s.add("119", "fire", s.t("13:23"), F, "臺中國際會展中心B棟 火警受信總機動作 展覽期間 人員眾多", at="hall_b")
    s.add("1999", "fire_smoke", s.t("13:24"), F, "會展B館警鈴一直響，廣播叫大家往外走，不知道是不是火災", at=s.near("hall_b", 120))
    s.add("incident", "evacuation", s.t("13:27"), F, "會展中心B館火警廣播，館內約2,000人疏散至廣場", at=s.near("hall_b", 50), severity=M)
    s.cctv("SN-CCTV-005", "crowding", s.t("13:29"), F, 0.90, "人群聚集 密度升高", truth_alt="A")
    s.add("119", "fire", s.t("13:31"), F, "到達現場", at="hall_b", status="on_scene", follows=kf)
    s.add("fire_alarm", "normal", s.t("13:46"), F, "復歸", sensor="SN-FA-003")
    s.add("119", "fire", s.t("13:52"), F, "現場為攤位舞台煙霧機觸發偵煙器，無火警，人員返館", at="hall_b", status="closed", follows=kf)
    # P: pickpocket on day 1
    k_p = s.add("incident", "theft", s.t("15:05"), P, "漫博B館排隊區民眾手機遭扒竊", at=s.near("hall_b", 40), severity=MI)
    s.add("1999", "other", s.t("15:20"), P, "我在B館排隊手機被偷了，背包拉鍊被打開", at=s.near("hall_b", 100))
    cong(s, (("SN-VD-HUANZHONG-02", "18:10", 12), ("SN-VD-JINGMAO-01", "18:05", 8)), A1, truth_alt="A")
    s.rule("SN-VD-JINGMAO-01", "cleared", s.t("19:00"), A1, MI, "經貿路車輛偵測器1 車速回復，警戒解除", truth_alt="A")
    s.add("parking", "empty", s.t("22:30"), None, "車位全空", sensor="SN-PK-006")
    # day 2: the camera's recorder stamps local time as UTC (+8 h)
    for tm, conf in (("08:28", 0.82), ("09:15", 0.85)):
        w = s.t(tm, 1)
        s.cctv("SN-CCTV-005", "crowding", w, A2, conf, "人群聚集 排隊隊伍", observed=w.replace(tzinfo=None).replace(tzinfo=__import__("datetime").timezone.utc), truth_alt="A")
    k2 = s.add("1999", "illegal_parking", s.t("08:40", 1), A2, "黎明路三段漫博的車停滿紅線，還有人並排", at=s.near((120.6525, 24.1949), 200), truth_alt="A")
    for sid, tm in (("SN-PK-006", "08:44"), ("SN-PK-002", "09:02"), ("SN-PK-001", "09:30")):
        s.add("parking", "full", s.t(tm, 1), A2, "車位已滿", sensor=sid, truth_alt="A")
    k2b = s.add("incident", "crowd_control", s.t("08:55", 1), A2, "漫博第二日排隊人潮較昨日多，增派警力管制經貿路二段", at=s.near("ticec", 80), severity=M, truth_alt="A")
    cong(s, (("SN-VD-JINGMAO-01", "09:08", 9), ("SN-VD-LIMING-01", "09:16", 12)), A2, day=1, truth_alt="A")
    # Q: pickpocket on day 2
    k_q = s.add("incident", "theft", s.t("11:02", 1), Q, "漫博A館民眾錢包遭扒，嫌犯特徵與昨日B館案相似", at=s.near("hall_a", 40), severity=MI, truth_alt=P)
    s.add("incident", "theft", s.t("12:30", 1), Q, "於A館逮捕扒竊嫌犯1名，坦承昨日B館案", at=s.near("hall_a", 40), severity=MI, follows=k_q, truth_alt=P)
    cong(s, (("SN-VD-HUANZHONG-02", "17:55", 10), ("SN-VD-HUANZHONG-03", "18:02", 12)), A2, day=1, truth_alt="A")
    s.add("incident", "crowd_control", s.t("18:00", 1), A2, "漫博閉展散場，轉運站接駁區管制", at=s.near("hub", 60), severity=MI, truth_alt="A")
    s.add("1999", "streetlight", s.t("20:15"), None, "經貿路二段人行道路燈不亮一盞", at=s.near(along("jingmao", 0.3), 100))
    incs = [inc(A1, "crowd", "漫博第一日人潮（排隊、停車、散場車流）", k1),
            inc(A2, "crowd", "漫博第二日人潮", k2),
            inc(F, "fire", "B館火警警報與疏散，煙霧機誤觸（誤報也是一件出勤）", k_f),
            inc(P, "public_safety", "第一日B館扒竊", k_p),
            inc(Q, "public_safety", "第二日A館扒竊，逮捕嫌犯", k_q)]
    alt = {"why": "兩天的展覽是同一張許可、同一套勤務，可視為一件人潮任務；兩天的扒竊是同一嫌犯，可視為一件治安案",
           "incidents": [inc("A", "crowd", "漫博兩日人潮", k1), incs[2], inc(P, "public_safety", "漫博扒竊（兩日同一嫌犯）", k_p)]}
    return s, "兩日漫畫博覽會：每日排隊與停車人潮、第一日B館火警警報疏散（煙霧機誤報）、兩日各一件扒竊；第二日攝影機時間戳記差8小時。", incs, alt


def s1939():
    s = Situation(1939, "lantern_festival_lost_children", "2026-03-03")
    A, B, C, D, E = "A", "B", "C", "D", "E"
    s.permit("festival", s.t("18:00"), s.t("22:00"), "park_mid", 700, A,
             "中央公園元宵燈會：主燈區位於公園中段，南北兩處服務台，預估每晚4萬人", s.t("10:00", -20))
    k_a = s.add("incident", "crowd_control", s.t("18:25"), A, "元宵燈會開幕，主燈區人潮管制，北側入口單向進場", at=s.near("park_mid", 80), severity=M)
    s.cctv("SN-CCTV-006", "crowding", s.t("18:40"), A, 0.70, "人群聚集")
    s.add("1999", "crowding", s.t("18:52"), A, "燈會主燈那邊人多到不能動，推車根本過不去", at=s.near("park_mid", 250))
    s.add("1999", "crowding", s.t("19:20"), A, "公園南邊入口也塞滿了，有人在翻欄杆", at=s.near("park_s", 200))
    for sid, tm in (("SN-PK-004", "18:30"), ("SN-PK-005", "18:45"), ("SN-PK-003", "19:05")):
        s.add("parking", "full", s.t(tm), A, "車位已滿", sensor=sid)
    cong(s, (("SN-VD-JINGMAO-02", "18:48", 9), ("SN-VD-KAIXUAN-02", "18:55", 12), ("SN-VD-ZHONGKE-01", "19:02", 11)), A)
    s.add("incident", "crowd_control", s.t("19:30"), A, "主燈區人潮過多，暫停北側入口進場10分鐘", at=s.near("park_mid", 80), severity=M)
    # B: boy lost at the main lantern
    k_b = s.add("1999", "missing_person", s.t("19:05"), B, "我兒子5歲在主燈區走失了，穿藍色外套，手上拿兔子燈籠", at=s.near("park_mid", 150), truth_alt=A)
    kb = s.add("incident", "missing_person", s.t("19:08"), B, "協尋 男童 5歲 藍色外套 手持兔子燈籠，主燈區走失", at=s.near("park_mid", 60), severity=M, truth_alt=A)
    s.add("incident", "missing_person", s.t("19:31"), B, "5歲男童於北側服務台尋獲，與家長會合", at=s.near("park_n", 40), severity=MI, follows=kb, truth_alt=A)
    # C: a girl found first, the mother calls later
    pc = s.near("park_s", 60)
    k_c = s.add("incident", "missing_person", s.t("19:41"), C, "民眾帶一名約4歲女童至南側服務台，女童找不到家長，粉紅色帽子", at=pc, severity=M, truth_alt=A)
    s.add("1999", "missing_person", s.t("19:54"), C, "我女兒4歲不見了，剛剛在滯洪池旁邊看燈，戴粉紅色帽子", at=s.near("park_s", 300), truth_alt=A)
    s.add("incident", "missing_person", s.t("20:06"), C, "南側服務台女童與母親會合", at=pc, severity=MI, follows=k_c, truth_alt=A)
    # E: an elderly woman falls
    pe = s.near("park_mid", 100)
    k_e = s.add("119", "ambulance", s.t("20:48"), E, "燈會 女 76歲 人潮中跌倒 頭部受傷 意識清楚", at=pe)
    s.add("incident", "medical", s.t("20:50"), E, "主燈區長者跌倒，警力協助救護人員進入", at=pe, severity=M)
    s.add("119", "ambulance", s.t("21:01"), E, "到達現場", at=pe, status="on_scene", follows=k_e)
    # D: a boy lost at the north entrance; the grandmother calls twice
    k_d = s.add("1999", "missing_person", s.t("20:31"), D, "我孫子8歲，在北側入口跟我們走散了，穿黃色運動服", at=s.near("park_n", 200), truth_alt=A)
    s.dup(k_d, 75)
    kd = s.add("incident", "missing_person", s.t("20:38"), D, "協尋 男童 8歲 黃色運動服，北側入口走失", at=s.near("park_n", 60), severity=M, truth_alt=A)
    s.add("1999", "missing_person", s.t("20:58"), D, "剛剛打過了，還是沒找到我孫子，有沒有廣播", at=s.near("park_n", 200), truth_alt=A)
    s.add("incident", "missing_person", s.t("21:12"), D, "8歲男童於綠美圖前尋獲，交還祖母", at=s.near("museum", 40), severity=MI, follows=kd, truth_alt=A, delay=420)
    s.add("1999", "other", s.t("20:20"), None, "燈會那邊是不是有人在放天燈？天上有火光", at=s.near("eco_b", 400))
    # leaving
    cong(s, (("SN-VD-JINGMAO-02", "21:50", 8), ("SN-VD-ZHONGPING-02", "22:02", 13), ("SN-VD-KAIXUAN-02", "21:58", 10)), A)
    s.cctv("SN-CCTV-011", "crowding", s.t("22:05"), A, 0.61, "人群聚集")
    s.add("incident", "crowd_control", s.t("21:55"), A, "燈會散場，河南路、經貿路出口分流", at=s.near("park_s", 100), severity=MI)
    incs = [inc(A, "crowd", "元宵燈會人潮（入場、管制、停車、散場）", k_a),
            inc(B, "rescue", "5歲男童主燈區走失，尋獲", k_b),
            inc(C, "rescue", "4歲女童先被帶到南側服務台，母親後來才報案", k_c),
            inc(D, "rescue", "8歲男童北側入口走失，祖母重複來電，尋獲", k_d),
            inc(E, "rescue", "76歲長者人潮中跌倒頭部受傷", k_e)]
    alt = {"why": "燈會的走失兒童由主辦單位服務台與活動勤務警力處理，可視為燈會人潮任務的工作項目而非獨立任務",
           "incidents": [incs[0], incs[4]]}
    return s, "元宵燈會：大人潮、三名走失兒童（一名先被尋獲才有家長報案）、長者跌倒、散場車流。", incs, alt


def s1940():
    s = Situation(1940, "wandering_elder_weekday", "2026-09-09")
    A, B, C = "A", "B", "C"
    s.permit("exhibition", s.t("09:00"), s.t("17:00"), "ticec", 300, A,
             "智慧城市產業展：會展中心A館，預估3,000人", s.t("10:00", -30), truth_alt=None)
    k_a = s.add("parking", "full", s.t("10:05"), A, "車位已滿", sensor="SN-PK-006", truth_alt=None)
    s.cctv("SN-CCTV-005", "crowding", s.t("10:12"), A, 0.55, "人群聚集", truth_alt=None)
    s.add("1999", "illegal_parking", s.t("10:30"), A, "會展中心旁邊黎明路上很多車違停，看展的吧", at=s.near((120.6525, 24.1949), 200), truth_alt=None)
    # B: an elderly woman with dementia
    k_b = s.add("1999", "missing_person", s.t("07:52"), B, "我媽媽78歲有失智，早上出去散步到現在沒回來，穿紫色上衣拿拐杖", at=s.near("eco_a", 60))
    kb = s.add("incident", "missing_person", s.t("08:12"), B, "協尋 女 78歲 失智 紫色上衣 持拐杖，自生態住宅A區步行離家", at=s.near("eco_a", 40), severity=M)
    s.add("1999", "other", s.t("09:21"), B, "綠美圖門口有一位阿嬤一直問路，說話怪怪的，拿著拐杖", at=s.near("museum", 60))
    s.add("1999", "other", s.t("09:36"), None, "河南路公車站有一位阿嬤坐很久了，不知道是不是在等人", at=s.near("henan_pk", 80), truth_alt=B)
    s.add("incident", "missing_person", s.t("10:16"), B, "綠美圖周邊搜尋未發現協尋長者，調閱監視器中", at=s.near("museum", 80), severity=M, follows=kb)
    s.add("incident", "other", s.t("10:02"), None, "河南路公車站長者為等候家屬之民眾，非協尋對象", at=s.near("henan_pk", 60), severity=MI, truth_alt=B)
    s.add("1999", "rescue", s.t("11:41"), B, "轉運站有位老太太好像迷路了，很累坐在地上，叫她都不太回應", at=s.near("hub", 60))
    kb2 = s.add("119", "ambulance", s.t("11:52"), B, "轉運中心 女 約80歲 疑似脫水 意識模糊", at=s.near("hub", 30))
    s.add("119", "ambulance", s.t("12:01"), B, "到達現場", at=s.near("hub", 30), status="on_scene", follows=kb2)
    s.add("incident", "missing_person", s.t("12:05"), B, "轉運中心尋獲協尋長者，送醫並通知家屬", at=s.near("hub", 30), severity=MI, follows=kb)
    # C: crash at Jingmao/Liming
    pc = (120.65496, 24.19582)
    k_c = s.add("incident", "accident", s.t("14:21"), C, "經貿路二段/黎明路三段口自小客追撞，無人受傷", at=s.near(pc, 20), severity=MI)
    s.cctv("SN-CCTV-005", "stalled_vehicle", s.t("14:20"), C, 0.77, "車輛停滯")
    s.rule("SN-VD-JINGMAO-01", "congestion", s.t("14:30"), C, M, "經貿路車輛偵測器1 平均車速 14 km/h，低於門檻 20 km/h")
    s.add("1999", "traffic_accident", s.t("14:24"), C, "會展中心前面路口兩台車追撞，卡在路中間", at=s.near(pc, 300))
    s.rule("SN-VD-JINGMAO-01", "cleared", s.t("15:05"), C, MI, "經貿路車輛偵測器1 車速回復，警戒解除")
    s.add("status", "offline", s.t("03:02"), None, None, sensor="SN-CCTV-011", reason="maintenance")
    s.add("status", "online", s.t("03:45"), None, None, sensor="SN-CCTV-011")
    s.add("1999", "streetlight", s.t("06:40"), None, "中國醫大旁邊路燈白天還亮著", at=s.near("cmu", 100))
    s.add("1999", "noise", s.t("07:10"), None, "隔壁工地一早就在敲", at=s.near("eco_b", 200))
    incs = [inc(A, "crowd", "產業展平日人潮（停車滿、違停），輕度勤務", k_a),
            inc(B, "rescue", "78歲失智長者走失，民眾見到問路，轉運中心尋獲送醫", k_b),
            inc(C, "traffic", "經貿路/黎明路口追撞", k_c)]
    alt = {"why": "平日產業展停車滿與少數違停不需派遣（雜訊）；河南路公車站的長者在查證前協調員可能視為同一協尋線索",
           "incidents": [incs[1], incs[2]]}
    return s, "平日：失智長者走失，問路、轉運站被發現送醫；一位等人的長者是假線索；會展產業展小人潮；路口追撞；攝影機計畫性維護。", incs, alt


def s1941():
    s = Situation(1941, "concert_exit_crush_hub", "2026-07-18")
    A, B, C, D = "A", "B", "C", "D"
    s.permit("concert", s.t("19:00"), s.t("22:00"), "popmusic", 350, A,
             "臺中流行影音中心 戶外演唱會，預估10,000人，散場接駁車由水湳轉運中心發車", s.t("09:00", -14))
    k_a = s.add("incident", "crowd_control", s.t("18:10"), A, "流行影音中心入場人潮，凱旋路人行道管制", at=s.near("popmusic", 60), severity=M)
    s.add("1999", "crowding", s.t("18:22"), A, "影音中心這邊人好多，都走到凱旋路車道上了", at=s.near("popmusic", 200))
    cong(s, (("SN-VD-KAIXUAN-02", "18:20", 10), ("SN-VD-ZHONGKE-01", "18:34", 14)), A)
    s.add("parking", "full", s.t("18:15"), A, "車位已滿", sensor="SN-PK-005")
    # D: dark signal at Jingmao/Zhongping
    k_d = s.add("signal", "fault", s.t("20:02"), D, "號誌閃爍異常", sensor="SN-SIG-011")
    s.cctv("SN-CCTV-011", "signal_dark", s.t("20:04"), D, 0.78, "號誌黑燈")
    s.add("incident", "traffic_signal_fault", s.t("20:15"), D, "經貿路/中平路口號誌閃黃，派員指揮", at=(120.660376, 24.173594), severity=MI)
    s.add("signal", "restored", s.t("20:52"), D, "號誌恢復正常", sensor="SN-SIG-011")
    # egress toward the hub
    s.add("incident", "crowd_control", s.t("22:05"), A, "演唱會散場，人潮沿中科路往轉運中心搭接駁車", at=s.near("popmusic", 100), severity=M)
    s.cctv("SN-CCTV-003", "crowding", s.t("22:12"), A, 0.84, "人群聚集")
    s.cctv("SN-CCTV-004", "crowding", s.t("22:16"), A, 0.87, "人群聚集")
    s.add("incident", "crowd_control", s.t("22:18"), A, "轉運站接駁區人潮爆量，排隊延伸至環中路", at=s.near("hub", 60), severity=M)
    cong(s, (("SN-VD-HUANZHONG-02", "22:14", 8), ("SN-VD-HUANZHONG-03", "22:22", 11), ("SN-VD-ZHONGQING-01", "22:30", 12)), A)
    s.add("parking", "full", s.t("22:10"), A, "車位已滿", sensor="SN-PK-001")
    # B: the crush on the hub's escalator
    ph = s.near("hub", 25)
    s.cctv("SN-CCTV-004", "crowding", s.t("22:24"), B, 0.96, "人群聚集 密度極高", truth_alt=A)
    k_b = s.add("1999", "crowding", s.t("22:26"), B, "轉運站手扶梯那邊有人跌倒被踩，大家還一直往下擠", at=s.near(ph, 120), truth_alt=A)
    s.add("1999", "rescue", s.t("22:27"), B, "好多人跌倒，有人流血站不起來，快叫救護車", at=s.near(ph, 200), truth_alt=A)
    kb = s.add("119", "ambulance", s.t("22:28"), B, "水湳轉運中心 手扶梯推擠跌倒 多人受傷 約6人", at=ph, truth_alt=A)
    kb2 = s.add("119", "rescue", s.t("22:31"), B, "轉運中心 大量傷病患 增派救護車2輛 救助隊1隊", at=ph, truth_alt=A)
    s.add("incident", "medical", s.t("22:30"), B, "轉運中心手扶梯推擠踩踏，5人受傷，手扶梯緊急停止，暫停進站", at=ph, severity=SV, truth_alt=A)
    s.add("incident", "crowd_control", s.t("22:36"), B, "轉運中心入口管制，接駁改由經貿六停車場接駁區發車", at=s.near("hub", 40), severity=SV, truth_alt=A)
    s.add("119", "ambulance", s.t("22:37"), B, "到達現場", at=ph, status="on_scene", follows=kb, truth_alt=A)
    s.add("119", "rescue", s.t("22:40"), B, "到達現場", at=ph, status="on_scene", follows=kb2, truth_alt=A)
    s.add("119", "ambulance", s.t("23:05"), B, "傷患4人送醫 2人現場處置", at=ph, status="returning", follows=kb, truth_alt=A)
    s.add("1999", "crowding", s.t("22:45"), A, "經貿六停車場這邊排接駁車的人好多，沒有人引導", at=s.near("jm6_pk", 150))
    # C: a pickpocket in the hub queue
    k_c = s.add("incident", "theft", s.t("22:48"), C, "轉運站排隊民眾皮夾遭扒竊", at=s.near("hub", 40), severity=MI)
    s.add("1999", "other", s.t("22:52"), C, "我在轉運站排隊的時候錢包被偷了，剛剛很亂", at=s.near("hub", 150))
    s.rule("SN-VD-HUANZHONG-02", "cleared", s.t("23:40"), A, MI, "環中路車輛偵測器2 車速回復，警戒解除")
    s.add("1999", "noise", s.t("21:30"), A, "演唱會音響太大聲，逢甲這邊都聽得到", at=s.near("fcu", 300))
    incs = [inc(A, "crowd", "演唱會人潮：入場、散場往轉運站、接駁車排隊與車流", k_a),
            inc(B, "rescue", "轉運中心手扶梯推擠踩踏，多人受傷（大量傷病患）", k_b),
            inc(C, "public_safety", "轉運站排隊扒竊", k_c),
            inc(D, "traffic", "經貿路/中平路口號誌故障", k_d)]
    alt = {"why": "踩踏是演唱會散場人潮的一部分，可視為活動人潮任務升級而非另一件任務",
           "incidents": [incs[0], incs[2], incs[3]]}
    return s, "流行影音中心演唱會散場，人潮走1.4公里到轉運中心，手扶梯踩踏多人受傷；排隊扒竊；稍早一個號誌故障。", incs, alt


def s1942():
    s = Situation(1942, "march_rerouted", "2026-10-24")
    A, B, C, D, E = "A", "B", "C", "D", "E"
    k_p = s.permit("march", s.t("14:00"), s.t("16:30"), along("jingmao", 0.4), 1300, A,
                   "環境議題遊行：水湳轉運中心出發沿經貿路二段至中央公園北側，預估2,000人", s.t("10:00", -14))
    s.permit("road_works", s.t("08:00", -4), s.t("18:00", 6), along("jingmao", 0.55), 300, None,
             "經貿路二段人行道及管線工程，外側車道封閉", s.t("15:00", -10))
    s.permit("march", s.t("14:00"), s.t("16:30"), along("zhongke", 0.4), 900, A,
             "變更：因經貿路施工，遊行路線改為中科路（環中路至中央公園西側）", s.t("11:00", -2), permit_status="amended", follows=k_p)
    k_cl = s.add("incident", "road_closure", s.t("13:45"), A, "中科路（環中路二段至凱旋路）遊行交通管制封閉", at=along("zhongke", 0.2), severity=M)
    k_a = s.cctv("SN-CCTV-003", "crowding", s.t("13:58"), A, 0.80, "人群聚集 集結")
    s.add("incident", "crowd_control", s.t("14:08"), A, "部分民眾仍至原路線經貿路集結，引導改至中科路", at=s.near((120.65496, 24.19582), 40), severity=MI)
    cong(s, (("SN-VD-ZHONGKE-01", "14:12", 6), ("SN-VD-HUANZHONG-02", "14:20", 13), ("SN-VD-KAIXUAN-01", "14:33", 15)), A)
    s.add("1999", "other", s.t("14:25"), A, "中科路怎麼封了？導航叫我走這裡，前面車子都不動", at=s.near(along("zhongke", 0.3), 400))
    s.add("1999", "noise", s.t("14:40"), A, "遊行敲鑼打鼓很大聲，公司在開會", at=s.near(along("zhongke", 0.5), 200))
    # E: a banner falls off a march truck onto the road
    k_e = s.add("incident", "fallen_object", s.t("14:52"), A, "遊行宣傳車布條掉落中科路車道，已派員排除", at=along("zhongke", 0.55), severity=MI, truth_alt=E)
    # B: counter-protesters
    pb = (120.65217, 24.19785)
    k_b = s.add("incident", "public_disturbance", s.t("15:10"), B, "反方團體約20人於中科路/環中路口叫囂，與遊行隊伍尾端對峙", at=s.near(pb, 30), severity=M)
    s.cctv("SN-CCTV-003", "crowding", s.t("15:11"), B, 0.83, "人群聚集 密度升高", truth_alt=A)
    s.add("1999", "other", s.t("15:13"), B, "環中路中科路口有兩群人在吵架，快要打起來了", at=s.near(pb, 250))
    s.add("incident", "public_disturbance", s.t("15:26"), B, "已以警力人牆隔離雙方，反方團體離開", at=s.near(pb, 30), severity=MI, follows=k_b)
    # C: an elderly marcher faints
    pc = along("zhongke", 0.75)
    k_c = s.add("119", "ambulance", s.t("15:42"), C, "遊行民眾 女 71歲 暈倒 意識恢復", at=pc)
    s.add("incident", "medical", s.t("15:40"), C, "遊行隊伍長者暈倒，隊伍暫停讓救護車通過", at=s.near(pc, 20), severity=MI)
    s.add("119", "ambulance", s.t("15:50"), C, "到達現場", at=pc, status="on_scene", follows=k_c)
    # D: the works' hoarding blown onto Jingmao Rd
    pd = along("jingmao", 0.55)
    k_d = s.add("1999", "fallen_object", s.t("15:20"), D, "經貿路施工的圍籬被風吹倒在車道上，車子要閃", at=s.near(pd, 80))
    s.add("incident", "fallen_object", s.t("15:34"), D, "經貿路二段施工圍籬倒塌占用車道，通知施工單位搶修", at=s.near(pd, 20), severity=M)
    s.rule("SN-VD-JINGMAO-02", "congestion", s.t("15:38"), D, MI, "經貿路車輛偵測器2 平均車速 17 km/h，低於門檻 20 km/h")
    s.add("incident", "fallen_object", s.t("16:20"), D, "圍籬已扶正固定，車道恢復", at=s.near(pd, 20), severity=MI, follows="1942-%03d" % (s.seq - 1))
    s.add("incident", "crowd_control", s.t("16:25"), A, "遊行隊伍抵中央公園西側解散", at=s.near("popmusic", 150), severity=MI)
    s.add("incident", "road_reopened", s.t("16:45"), A, "中科路遊行管制解除，恢復通行", at=along("zhongke", 0.2), severity=MI, follows=k_cl)
    s.rule("SN-VD-ZHONGKE-01", "cleared", s.t("16:55"), A, MI, "中科路車輛偵測器1 車速回復，警戒解除")
    s.add("1999", "streetlight", s.t("12:10"), None, "黎明路有一盞路燈燈罩破掉", at=s.near((120.6490, 24.1937), 150))
    incs = [inc(A, "crowd", "改道後的遊行（中科路管制、集結、車流、宣傳車布條掉落）", k_a),
            inc(B, "public_safety", "反方團體與遊行隊伍對峙", k_b),
            inc(C, "rescue", "遊行長者暈倒", k_c),
            inc(D, "traffic", "經貿路施工圍籬倒塌占用車道（施工許可本身不是任務）", k_d)]
    alt = {"why": "宣傳車布條掉落車道是道路障礙，可由交通分隊另開一件排除任務",
           "incidents": incs + [inc(E, "traffic", "遊行宣傳車布條掉落中科路", k_e)]}
    return s, "遊行因經貿路施工改道中科路（許可變更）：管制車流、原路線集結、布條掉落、反方對峙、長者暈倒；施工圍籬倒塌。", incs, alt


def main():
    for f in (s1937, s1938, s1939, s1940, s1941, s1942):
        s, desc, incs, alt = f()
        if alt:
            alt["incidents"] = [dict(x) for x in alt["incidents"]]
            fix_alt_keys(s, alt)
        s.write(desc, incs, alt)


if __name__ == "__main__":
    main()
