"""Situations 2177-2182 (second half of set o109: nights and weekends)."""
from lib import Situation, SENSORS, routine

S = SENSORS


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description,
            "sufficient_evidence_key": key}


# ----------------------------------------------------------------------------------------
def s2177():
    s = Situation(2177, "stolen_scooter_cameras", "2016-09-04T03:00",
                  "週日清晨3點50分，一名男子在經貿六停車場偷走一部機車，沒開大燈沿經貿路、環中路一路逆向往台74線騎，"
                  "經貿路、中科路、凱旋路與台74線四個路口監視器先後偵測逆向，一位計程車司機打1999說差點被撞。"
                  "04:26車主（轉運中心夜班員工）發現報案並打1999，05:05又打一次問進度；警方調閱影像，"
                  "05:35在台74線環中路口橋下尋獲機車。同時段中清環中路口一部計程車拋錨，另案拖吊。"
                  "其他為路燈、偵測器斷線與住戶抱怨狗叫的背景。")
    T, X, W = "2177-scooter-theft", "2177-taxi-stalled", "2177-wrong-way-rider"
    pk = (120.6549, 24.1956)
    s.add("status", "offline", 20, "黎明路車輛偵測器1 離線（通訊中斷）", sensor="SN-VD-LIMING-01",
          reason="comms_lost", delay=5, truth=None)
    s.add("status", "online", 27, "黎明路車輛偵測器1 恢復連線", sensor="SN-VD-LIMING-01", delay=5,
          truth=None)
    s.add("1999", "動物救援", 12, "隔壁空屋有狗一直叫，叫了一個多小時", lon=120.6508, lat=24.1893,
          delay=240, truth=None)
    w1 = s.add("cctv", "wrong_way", 51, "影像分析：機車逆向行駛（經貿路往北）", sensor="SN-CCTV-004",
               confidence=0.72, delay=9, truth=T, alt=W)
    w2 = s.add("cctv", "wrong_way", 52, "影像分析：機車逆向行駛（環中路往西，未開大燈）",
               sensor="SN-CCTV-003", confidence=0.81, delay=9, truth=T, alt=W)
    s.dup(w2, 22)
    s.add("cctv", "wrong_way", 53.2, "影像分析：機車逆向行駛（環中路往西）", sensor="SN-CCTV-002",
          confidence=0.77, delay=9, truth=T, alt=W)
    s.add("1999", "other", 53.5,
          "環中路有一台機車逆向騎很快，沒開大燈，差點撞到我，很危險", lon=120.6490, lat=24.1968,
          delay=100, truth=T, alt=W)
    s.add("cctv", "wrong_way", 54.3, "影像分析：機車逆向行駛（往台74線匝道）", sensor="SN-CCTV-001",
          confidence=0.58, delay=9, truth=T, alt=W)
    s.add("incident", "wrong_way_driver", 58, "巡邏車於環中路二段攔查逆向無燈機車未果，機車往台74線方向駛離",
          lon=120.6478, lat=24.1962, sev="Moderate", delay=180, truth=T, alt=W)
    sx = (120.6574, 24.1986)
    x1 = s.add("cctv", "stalled_vehicle", 62, "影像分析：車輛停滯（中清路往北內側車道）",
               sensor="SN-CCTV-008", confidence=0.88, delay=9, truth=X)
    s.add("1999", "streetlight", 70, "環中路二段中科路口附近路燈一整排都沒亮", lon=120.6515,
          lat=24.1978, delay=150, truth=None)
    px1 = s.add("incident", "stalled_vehicle", 75, "計程車拋錨於中清路往北內側車道，已擺放警示三角錐，通知拖吊",
          lon=sx[0], lat=sx[1], sev="Minor", delay=200, truth=X)
    p1 = s.add("incident", "theft", 86,
               "經貿六停車場機車遭竊，車主為轉運中心夜班員工，03:30停放，04:20發現失竊",
               lon=pk[0], lat=pk[1], sev="Moderate", delay=260, truth=T)
    s.dup(p1, 70)
    o1 = s.add("1999", "other", 95, "我的機車在經貿六停車場被偷了，已經報警，警察說要等",
               lon=pk[0] + 0.0001, lat=pk[1] - 0.0001, delay=130, truth=T)
    s.add("incident", "other", 100,
          "調閱監視器：嫌犯03:50騎乘失竊機車沿經貿路、環中路二段逆向往台74線方向逃逸",
          lon=pk[0], lat=pk[1], sev="Moderate", delay=300, truth=T, follows=p1)
    s.add("incident", "stalled_vehicle", 110, "故障計程車拖吊完成，車道恢復", lon=sx[0], lat=sx[1],
          sev="Minor", delay=180, truth=X, follows=px1)
    s.add("1999", "other", 125, "剛剛打過，機車被偷那個，想問有沒有找到", lon=pk[0] + 0.0001,
          lat=pk[1] - 0.0001, delay=90, truth=T, follows=o1)
    s.add("cctv", "stalled_vehicle", 150, "影像分析：車輛停滯（橋下機車，無人）", sensor="SN-CCTV-001",
          confidence=0.52, delay=9, truth=T)
    s.add("incident", "theft", 155, "失竊機車於台74線環中路口橋下尋獲，龍頭鎖遭破壞，通知車主領回",
          lon=120.6468, lat=24.1955, sev="Minor", delay=240, truth=T, follows=p1)
    s.add("1999", "illegal_parking", 170, "轉運中心門口計程車排班占用公車停靠區",
          lon=120.6531, lat=24.1978, delay=160, truth=None)
    routine(s, 5, 0, 180, avoid=[pk, sx, (120.6490, 24.1968), (120.6468, 24.1955)])
    s.incident(T, "public_safety", "經貿六停車場機車失竊：嫌犯逆向逃逸經四個路口，警方調閱影像並尋獲機車", w1)
    s.incident(X, "traffic", "中清環中路口計程車拋錨拖吊", x1)
    s.alternative(
        "04:26車主報案以前，沒有人知道那部逆向機車是贓車：協調員當下會依監視器逆向告警與計程車司機的電話"
        "另派巡邏車攔查逆向機車，這是一件交通勤務；竊案則從報案起算，兩件工作事後才知道是同一人。",
        [inc(W, "traffic", "深夜環中路機車逆向行駛，派巡邏車攔查", w1),
         inc(T, "public_safety", "經貿六停車場機車失竊，調閱影像並尋獲機車", p1),
         inc(X, "traffic", "中清環中路口計程車拋錨拖吊", x1)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2178():
    s = Situation(2178, "lost_child_park", "2016-10-09T15:00",
                  "國慶連假週日下午，中央公園人潮多、南北停車場客滿。15:40一名5歲男童（紅衣藍褲）在滯洪池3旁"
                  "與家人走散，媽媽打1999並向員警報案，16:05又打一次；16:10有遊客從公園北側溜滑梯打來說有小朋友"
                  "一個人在哭；16:18民眾把男童帶到綠美圖服務台與家屬會合。16:30一位阿伯在南側步道倒下，119送醫。"
                  "南滯洪池水位計當天計畫性維護離線，另有違停、狗被綁、擴音器唱歌等背景。")
    C, E, K = "2178-lost-boy", "2178-elder-collapse", "2178-crying-child"
    p3 = (120.6558, 24.1824)
    s.add("status", "offline", 5, "中央公園南滯洪池水位 離線（計畫性維護）", sensor="SN-WL-002",
          reason="maintenance", delay=5, truth=None)
    s.add("parking", "full", 10, "中央公園地下停車場(北) 汽車剩餘0格", sensor="SN-PK-004", delay=40,
          truth=None)
    s.add("1999", "illegal_parking", 20, "敦化路公園旁邊車子都停在紅線跟人行道上",
          lon=120.6585, lat=24.1850, delay=200, truth=None)
    s.add("parking", "full", 30, "中央公園地下停車場(南) 汽車剩餘0格", sensor="SN-PK-005", delay=40,
          truth=None)
    a1 = s.add("1999", "missing_person", 48,
               "我兒子5歲，穿紅色衣服藍色褲子，在中央公園滯洪池旁邊走失了，找了十分鐘都找不到",
               lon=p3[0] + 0.0003, lat=p3[1] + 0.0002, delay=70, truth=C)
    p1 = s.add("incident", "missing_person", 52,
               "民眾報案5歲男童於中央公園滯洪池3附近走失，身穿紅衣藍褲，已通報巡邏員警及公園保全協尋",
               lon=p3[0], lat=p3[1], sev="Moderate", delay=150, truth=C)
    s.dup(p1, 45)
    s.add("1999", "missing_person", 65, "剛剛打過了，我兒子還沒找到，拜託多派一點人",
          lon=p3[0] + 0.0003, lat=p3[1] + 0.0002, delay=60, truth=C, follows=a1)
    s.add("incident", "missing_person", 60, "公園保全以園區廣播協尋紅衣男童，巡邏員警沿滯洪池步道搜尋",
          lon=p3[0], lat=p3[1] + 0.0004, sev="Moderate", delay=180, truth=C, follows=p1)
    k1 = s.add("1999", "other", 70, "公園北邊溜滑梯這裡有一個小朋友一直哭，旁邊沒有大人，大概四五歲",
               lon=120.6566, lat=24.1872, delay=90, truth=C, alt=K)
    s.add("1999", "missing_person", 76, "綠美圖服務台這邊有一個小朋友在等爸媽，穿紅色衣服，說他叫小宇",
          lon=120.6569, lat=24.1914, delay=70, truth=C)
    s.add("incident", "missing_person", 78,
          "走失男童經民眾於公園北側發現，帶至綠美圖服務台，已與家屬會合，撤銷協尋",
          lon=120.6570, lat=24.1915, sev="Minor", delay=200, truth=C, follows=p1)
    s.add("status", "online", 80, "中央公園南滯洪池水位 恢復連線", sensor="SN-WL-002", delay=5,
          truth=None)
    p5 = (120.6557, 24.1766)
    r1 = s.add("1999", "rescue", 90, "南邊步道有一個阿伯跑步跑一跑倒下去，叫不醒，有人在幫他CPR",
               lon=p5[0] + 0.0002, lat=p5[1] + 0.0002, delay=40, truth=E)
    e1 = s.add("119", "ambulance", 91, "中央公園南側步道 男性約70歲倒地 OHCA疑似", lon=p5[0],
               lat=p5[1], delay=15, truth=E)
    s.dup(e1, 30)
    lon, lat = s.near(p5[0], p5[1], 30, 90)
    s.add("1999", "rescue", 92, "公園有人昏倒，快叫救護車", lon=lon, lat=lat, delay=60, truth=E)
    s.add("119", "ambulance", 98, "到達，民眾已以AED電擊一次，恢復心跳，送醫", lon=p5[0], lat=p5[1],
          status="on_scene", follows=e1, delay=20, truth=E)
    s.add("119", "ambulance", 115, "送往中國醫藥大學附設醫院", lon=p5[0], lat=p5[1],
          status="returning", follows=e1, delay=25, truth=E)
    s.add("1999", "動物救援", 105, "公園樹上綁了一隻狗，主人不見了，狗一直叫", lon=120.6563,
          lat=24.1800, delay=180, truth=None)
    s.add("1999", "noise", 150, "公園裡面有人拿擴音器在唱歌，很大聲", lon=120.6570, lat=24.1838,
          delay=140, truth=None)
    routine(s, 5, 0, 180, avoid=[p3, p5, (120.6566, 24.1872), (120.6570, 24.1915)])
    s.incident(C, "rescue", "中央公園5歲男童走失，協尋後於綠美圖服務台與家屬會合", a1)
    s.incident(E, "rescue", "中央公園南側步道長者倒地，民眾CPR與AED，119送醫", r1)
    s.alternative(
        "16:10溜滑梯旁哭泣的小朋友，來電者沒有說衣服顏色，地點又在男童走失處北方約550公尺："
        "協調員當下可能另派保全過去看，當成另一件兒童協助案，事後才知道是同一個孩子。",
        [inc(C, "rescue", "中央公園5歲男童走失，協尋後於綠美圖服務台與家屬會合", a1),
         inc(K, "rescue", "公園北側溜滑梯旁兒童獨自哭泣，派保全查看", k1),
         inc(E, "rescue", "中央公園南側步道長者倒地，民眾CPR與AED，119送醫", r1)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2179():
    s = Situation(2179, "concert_exit", "2016-10-22T18:00",
                  "週六晚上臺中流行影音中心演唱會（核准19:30-22:30，當天下午變更為安可延長至23:00，預估8,000人）。"
                  "開演前北停車場客滿、凱旋路並排停車、黎明凱旋路口人潮；21:05場內一名女歌迷昏倒送醫；"
                  "舞台煙霧讓受信總機短暫動作後復歸。23:00散場，東側出口推擠3人跌倒擦傷，凱旋路、中科路壅塞，"
                  "人走到車道上；23:30黎明凱旋路口一部機車與自小客擦撞。")
    C, F, A, X = "2179-concert", "2179-fan-faint", "2179-liming-crash", "2179-exit-push"
    FA = "2179-stage-haze"
    pm = (120.6520, 24.1850)
    permit = s.add("planned_event", "concert", 90,
                   "臺中流行影音中心戶外演唱會，19:30-22:30，預估8,000人，主辦單位保全120名",
                   arr=-5 * 1440, lon=pm[0], lat=pm[1], ends_min=270, radius_m=300, truth=C)
    s.add("planned_event", "concert", 90,
          "臺中流行影音中心戶外演唱會（變更）：安可延長，結束時間改為23:00",
          arr=-60, lon=pm[0], lat=pm[1], ends_min=300, radius_m=300, permit_status="amended",
          follows=permit, truth=C)
    s.add("parking", "full", 40, "中央公園地下停車場(北) 汽車剩餘0格", sensor="SN-PK-004", delay=40,
          truth=C)
    s.add("cctv", "crowding", 50, "影像分析：人群聚集（移動中），黎明路往凱旋路方向", sensor="SN-CCTV-007",
          confidence=0.60, delay=10, truth=C)
    s.add("rule", "congestion", 70, "凱旋路車輛偵測器2 平均車速 17 km/h，車流壅塞",
          sensor="SN-VD-KAIXUAN-02", sev="Minor", delay=60, truth=C)
    lon, lat = s.near(120.6514, 24.1868, 20, 80)
    s.add("1999", "illegal_parking", 80, "凱旋路兩邊都並排停車，還停在公車站，公車過不去",
          lon=lon, lat=lat, delay=170, truth=C)
    e0 = s.add("119", "ambulance", 185, "流行影音中心演唱會場內 女性歌迷昏倒", lon=pm[0] + 0.0001,
               lat=pm[1] + 0.0001, delay=20, truth=F)
    s.add("incident", "medical", 187, "演唱會場內女子昏倒，保全協助抬出至東側救護站",
          lon=pm[0] + 0.0003, lat=pm[1], sev="Moderate", delay=200, truth=F)
    s.add("119", "ambulance", 193, "到達，意識恢復，疑似過度換氣，送醫", lon=pm[0] + 0.0003, lat=pm[1],
          status="on_scene", follows=e0, delay=20, truth=F)
    fa = s.add("fire_alarm", "alarm", 165, "臺中流行影音中心 舞台區 偵煙器動作", sensor="SN-FA-006",
               delay=5, truth=None, alt=FA)
    s.add("fire_alarm", "normal", 167, "臺中流行影音中心 受信總機 復歸（現場確認為舞台煙霧效果）",
          sensor="SN-FA-006", delay=5, truth=None, alt=FA)
    s.add("rule", "congestion", 305, "凱旋路車輛偵測器2 平均車速 8 km/h，車流壅塞",
          sensor="SN-VD-KAIXUAN-02", sev="Moderate", delay=60, truth=C)
    s.add("rule", "congestion", 308, "中科路車輛偵測器1 平均車速 10 km/h，車流壅塞",
          sensor="SN-VD-ZHONGKE-01", sev="Moderate", delay=60, truth=C)
    ex = (120.6524, 24.1852)
    x1 = s.add("1999", "crowding", 309, "散場人潮全部擠在出口，前面有人跌倒，後面還一直推",
               lon=ex[0] - 0.0001, lat=ex[1] + 0.0001, delay=50, truth=C, alt=X)
    s.dup(x1, 40)
    x2 = s.add("incident", "crowd_control", 310,
               "流行影音中心東側出口散場推擠，3人跌倒擦傷，增派警力分流至凱旋路與中科路",
               lon=ex[0], lat=ex[1], sev="Moderate", delay=120, truth=C, alt=X)
    e1 = s.add("119", "ambulance", 312, "流行影音中心東側出口 散場推擠跌倒 3人擦傷", lon=ex[0],
               lat=ex[1], delay=20, truth=C, alt=X)
    c2 = s.add("cctv", "crowding", 312, "影像分析：人群聚集（移動中），人潮溢出至車道",
               sensor="SN-CCTV-007", confidence=0.82, delay=10, truth=C)
    s.dup(c2, 25)
    lon, lat = s.near(120.6512, 24.1875, 10, 60)
    s.add("1999", "crowding", 318, "凱旋路人行道人太多，大家都走到馬路上了，車子很危險",
          lon=lon, lat=lat, delay=80, truth=C)
    s.add("119", "ambulance", 320, "到達，3人擦傷現場包紮，1人送醫", lon=ex[0], lat=ex[1],
          status="on_scene", follows=e1, delay=20, truth=C, alt=X)
    lx = (120.6491, 24.1935)
    k1 = s.add("cctv", "accident", 330, "影像分析：路口車輛碰撞，機車倒地", sensor="SN-CCTV-007",
               confidence=0.70, delay=10, truth=A)
    s.add("1999", "traffic_accident", 331, "黎明凱旋路口機車跟轎車撞到，機車騎士坐在地上",
          lon=lx[0] + 0.0003, lat=lx[1] - 0.0002, delay=70, truth=A)
    s.add("incident", "injury_accident", 336, "散場後機車與自小客擦撞，機車騎士手肘擦傷，自行就醫",
          lon=lx[0], lat=lx[1], sev="Minor", delay=220, truth=A)
    s.add("incident", "crowd_control", 345, "散場人潮已疏散完畢，解除管制", lon=ex[0], lat=ex[1],
          sev="Minor", delay=180, truth=C, follows=x2)
    s.add("119", "ambulance", 340, "返隊", lon=ex[0], lat=ex[1], status="returning", follows=e1,
          delay=20, truth=C, alt=X)
    s.add("parking", "empty", 355, "中央公園地下停車場(北) 汽車剩餘431格", sensor="SN-PK-004",
          delay=40, truth=C)
    s.add("1999", "noise", 350, "散場之後一群人在公園旁邊大聲唱歌喊叫", lon=120.6548, lat=24.1838,
          delay=150, truth=None)
    routine(s, 4, 0, 360, avoid=[pm, lx, (120.6514, 24.1868)])
    s.incident(C, "crowd", "流行影音中心演唱會：停車、違停、車流、散場推擠3人擦傷與分流", permit)
    s.incident(F, "rescue", "演唱會場內女歌迷昏倒送醫", e0)
    s.incident(A, "traffic", "散場後黎明凱旋路口機車與自小客擦撞", k1)
    s.alternative(
        "散場推擠有人受傷，需要救護車與增派警力，協調員可以把它從演唱會的例行交管另開一案（人群安全事件）；"
        "舞台煙霧讓總機動作兩分鐘就復歸，有的協調員仍會依程序先開火警案再結案。",
        [inc(C, "planned_event", "流行影音中心演唱會：停車、違停、散場車流", permit),
         inc(X, "crowd", "東側出口散場推擠3人跌倒擦傷，救護與增派警力", x1),
         inc(F, "rescue", "演唱會場內女歌迷昏倒送醫", e0),
         inc(A, "traffic", "散場後黎明凱旋路口機車與自小客擦撞", k1),
         inc(FA, "fire", "流行影音中心舞台區偵煙器動作，確認為舞台煙霧", fa)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2180():
    s = Situation(2180, "motorcycle_race", "2016-11-13T02:00",
                  "週日凌晨中科路沒有車，十幾部改裝機車在環中路口到經貿路段來回飆車，二十多人在中科環中路口圍觀。"
                  "住戶接連打1999抱怨引擎聲，同一位住戶打了兩次；02:47警方派員；03:06一名騎士在中科黎明路口"
                  "失控自摔重傷，119送醫，警方驅散圍觀並查扣3部改裝機車，封閉路口到04:30。"
                  "中科路車輛偵測器整晚通訊不穩反覆斷線，另有路燈與別處噪音的背景。")
    R, K = "2180-street-race", "2180-racer-crash"
    zk = (120.6528, 24.1930)
    vd = "SN-VD-ZHONGKE-01"
    for m in (10, 41, 72, 118):
        s.add("status", "offline", m, "中科路車輛偵測器1 離線（通訊中斷）", sensor=vd, reason="comms_lost",
              delay=4, truth=None)
        s.add("status", "online", m + 3.5, "中科路車輛偵測器1 恢復連線", sensor=vd, delay=4, truth=None)
    s.add("1999", "noise", 15, "樓上鄰居在陽台講電話很大聲", lon=120.6593, lat=24.1841, delay=200,
          truth=None)
    n1 = s.add("1999", "noise", 35, "中科路一直有機車在飆車，引擎聲超大，吵到睡不著",
               lon=120.6512, lat=24.1880, delay=80, truth=R)
    s.dup(n1, 50)
    s.add("1999", "noise", 41, "好幾台改裝機車在中科路來回狂飆，很危險", lon=120.6546, lat=24.1905,
          delay=90, truth=R)
    s.add("cctv", "crowding", 44, "影像分析：人群聚集（停留），路口西南角", sensor="SN-CCTV-003",
          confidence=0.58, delay=10, truth=R)
    p1 = s.add("incident", "public_disturbance", 47,
               "中科路疑有聚眾飆車，機車10餘部，圍觀20餘人，派遣3組警力前往",
               lon=120.6524, lat=24.1965, sev="Moderate", delay=120, truth=R)
    s.add("1999", "noise", 52, "剛剛打過了，還在飆，警察到底有沒有要來", lon=120.6512, lat=24.1880,
          delay=70, truth=R, follows=n1)
    s.add("cctv", "crowding", 55, "影像分析：人群聚集（停留）", sensor="SN-CCTV-003", confidence=0.66,
          delay=10, truth=R)
    k1 = s.add("1999", "traffic_accident", 67, "中科路有機車自摔，人倒在地上都不動",
               lon=zk[0] + 0.0004, lat=zk[1] + 0.0003, delay=45, truth=R, alt=K)
    e1 = s.add("119", "ambulance", 68, "中科路黎明路口 機車自摔 騎士意識不清", lon=zk[0], lat=zk[1],
               delay=15, truth=R, alt=K)
    s.dup(e1, 25)
    s.add("incident", "injury_accident", 69, "飆車騎士於中科路黎明路口失控自摔，頭部重創，已通知救護",
          lon=zk[0] - 0.0001, lat=zk[1], sev="Severe", delay=160, truth=R, alt=K, follows=p1)
    s.add("cctv", "crowding", 70, "影像分析：人群聚集（移動中）", sensor="SN-CCTV-003", confidence=0.71,
          delay=10, truth=R)
    s.add("119", "ambulance", 75, "到達，騎士昏迷，頭部外傷，送醫", lon=zk[0], lat=zk[1],
          status="on_scene", follows=e1, delay=20, truth=R, alt=K)
    s.add("incident", "public_disturbance", 80, "驅散圍觀群眾，查扣改裝機車3部，帶回2人",
          lon=120.6524, lat=24.1965, sev="Moderate", delay=240, truth=R, follows=p1)
    rc = s.add("incident", "road_closure", 85, "中科路黎明路口封閉處理事故，請改道凱旋路",
               lon=zk[0], lat=zk[1] + 0.0002, sev="Moderate", delay=150, truth=R, alt=K)
    s.add("119", "ambulance", 95, "送往中國醫藥大學附設醫院", lon=zk[0], lat=zk[1], status="returning",
          follows=e1, delay=30, truth=R, alt=K)
    s.add("incident", "road_reopened", 150, "事故現場勘查完畢，中科路黎明路口恢復通行", lon=zk[0],
          lat=zk[1] + 0.0002, sev="Minor", delay=120, truth=R, alt=K, follows=rc)
    s.add("1999", "streetlight", 170, "中科路靠近經貿路那邊路燈一閃一閃的", lon=120.6535, lat=24.1850,
          delay=200, truth=None)
    routine(s, 5, 0, 180, avoid=[zk, (120.6524, 24.1965), (120.6512, 24.1880)])
    s.incident(R, "public_safety", "中科路深夜聚眾飆車：驅散圍觀、查扣機車，飆車騎士自摔送醫、封閉路口", p1)
    s.alternative(
        "騎士自摔重傷是一件交通事故：救護車、事故處理小組、路口封閉與現場勘查，可以與驅散飆車族的治安勤務"
        "分開派工；兩件由不同警力處理。",
        [inc(R, "public_safety", "中科路深夜聚眾飆車：驅散圍觀、查扣改裝機車", p1),
         inc(K, "traffic", "飆車騎士於中科黎明路口自摔重傷，救護與封路處理", k1)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2181():
    s = Situation(2181, "storm_pond_watch", "2016-06-18T21:00",
                  "週六深夜梅雨鋒面雷雨，西屯與公園雨量站發布大雨、豪雨。中央公園北滯洪池水位22:35達三級、"
                  "22:58達二級警戒，開始巡守；23:02雷擊使公園北側機櫃失去市電，北池水位計、兩個池的淹水感測器、"
                  "公園雨量站與北停車場一起離線，00:40市電恢復時停車場又閃斷一次。中清環中地下道積水逾30公分，"
                  "一部轎車熄火受困，消防救出駕駛，地下道封閉到01:35；黎明凱旋路口低窪處水溝被落葉塞住積水到腳踝。"
                  "另有人行道斷枝等背景。")
    P, N, U, L = "2181-north-pond", "2181-cabinet-n01", "2181-underpass", "2181-liming-lowpoint"
    UR = "2181-underpass-rescue"
    s.add("rule", "heavy_rain", 40, "西屯雨量站 1小時雨量 46.5 mm，達大雨", sensor="C0F9T0",
          sev="Moderate", level="大雨", delay=30, truth=None)
    s.add("rule", "heavy_rain", 45, "中央公園雨量站 1小時雨量 48.0 mm，達大雨", sensor="SN-RG-001",
          sev="Moderate", level="大雨", delay=30, truth=None)
    s.add("rule", "heavy_rain", 80, "水湳轉運中心雨量站 1小時雨量 52.5 mm，達大雨", sensor="SN-RG-002",
          sev="Moderate", level="大雨", delay=30, truth=None)
    w3 = s.add("rule", "water_level", 95, "中央公園北滯洪池水位 2.08 m，達三級警戒（2.0 m）",
               sensor="SN-WL-001", sev="Moderate", level="3", delay=20, truth=P)
    f1 = s.add("rule", "flood_depth", 100, "中清環中路口地下道 淹水深度 9 cm", sensor="SN-FL-006",
               sev="Minor", level="1-15", delay=20, truth=U)
    s.add("rule", "flood_depth", 115, "中清環中路口地下道 淹水深度 22 cm", sensor="SN-FL-006",
          sev="Moderate", level="16-30", delay=20, truth=U)
    s.add("rule", "heavy_rain", 110, "西屯雨量站 3小時雨量 108.0 mm，達豪雨", sensor="C0F9T0",
          sev="Severe", level="豪雨", delay=30, truth=None)
    s.add("rule", "water_level", 118, "中央公園北滯洪池水位 2.56 m，達二級警戒（2.5 m）",
          sensor="SN-WL-001", sev="Severe", level="2", delay=20, truth=P)
    l1 = s.add("rule", "flood_depth", 120, "黎明路凱旋路口低窪處 淹水深度 6 cm", sensor="SN-FL-009",
               sev="Minor", level="1-15", delay=20, truth=L)
    s.add("1999", "flooding", 120, "中清環中地下道積水很深，有車子還在往下開", lon=120.6578,
          lat=24.1993, delay=90, truth=U)
    cab = ["SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"]
    firsts = []
    for i, sid in enumerate(cab):
        firsts.append(s.add("status", "offline", 122 + i * 0.05, S[sid]["name"] + " 離線（市電中斷）",
                            sensor=sid, reason="mains_power_lost", delay=3 + i, truth=N))
    s.add("1999", "other", 125, "中央公園北邊那個滯洪池水快滿了，步道都淹到了，要不要圍起來",
          lon=120.6551, lat=24.1889, delay=120, truth=P)
    s.add("cctv", "flooding", 128, "影像分析：道路積水（地下道入口）", sensor="SN-CCTV-008",
          confidence=0.74, delay=10, truth=U)
    s.add("1999", "blocked_drain", 130, "黎明路凱旋路口水溝蓋被落葉塞住，水都排不下去",
          lon=120.6478, lat=24.1932, delay=110, truth=L)
    s.add("rule", "flood_depth", 130, "中清環中路口地下道 淹水深度 34 cm", sensor="SN-FL-006",
          sev="Severe", level=">30", delay=20, truth=U)
    for i, sid in enumerate(cab):
        s.add("rule", "sensor_offline", 132 + i * 0.05, S[sid]["name"] + " 連續10分鐘未回傳",
              sensor=sid, sev="Minor", delay=5, truth=N)
    ur = s.add("119", "rescue", 134, "中清環中路口地下道 轎車熄火受困 駕駛1人", lon=120.6572,
               lat=24.1988, delay=15, truth=U, alt=UR)
    s.dup(ur, 40)
    rc = s.add("incident", "road_closure", 135, "中清環中路口地下道積水封閉，雙向改走平面道路",
               lon=120.6570, lat=24.1990, sev="Severe", delay=140, truth=U)
    s.add("1999", "flooding", 138, "黎明路這邊積水到腳踝了，機車騎過去都濺起來", lon=120.6471,
          lat=24.1926, delay=100, truth=L)
    s.add("rule", "congestion", 140, "中清路車輛偵測器1 平均車速 12 km/h，車流壅塞",
          sensor="SN-VD-ZHONGQING-01", sev="Moderate", delay=60, truth=U)
    s.add("119", "rescue", 145, "到達，已將駕駛救出，無受傷，車輛留置地下道", lon=120.6572,
          lat=24.1988, status="on_scene", follows=ur, delay=20, truth=U, alt=UR)
    s.add("incident", "flooding_report", 150, "員警巡查中央公園北滯洪池，水位距池頂約50公分，步道已拉封鎖線",
          lon=120.6560, lat=24.1884, sev="Moderate", delay=200, truth=P)
    s.add("rule", "flood_depth", 150, "黎明路凱旋路口低窪處 淹水深度 18 cm", sensor="SN-FL-009",
          sev="Moderate", level="16-30", delay=20, truth=L)
    s.add("1999", "fallen_tree", 160, "經貿路二段人行道有一根樹枝斷掉，沒有擋到車道",
          lon=120.6570, lat=24.1915, delay=180, truth=None)
    s.add("119", "rescue", 165, "返隊", lon=120.6572, lat=24.1988, status="returning", follows=ur,
          delay=20, truth=U, alt=UR)
    s.add("rule", "cleared", 210, "黎明路凱旋路口低窪處 淹水深度回降至 0 cm，解除", sensor="SN-FL-009",
          sev="Minor", delay=20, truth=L)
    for i, sid in enumerate(cab):
        s.add("status", "online", 220 + i * 0.1, S[sid]["name"] + " 恢復連線（市電恢復）", sensor=sid,
              delay=4, truth=N)
    s.add("status", "offline", 222, "中央公園地下停車場(北) 離線（市電中斷）", sensor="SN-PK-004",
          reason="mains_power_lost", delay=4, truth=N)
    s.add("status", "online", 225, "中央公園地下停車場(北) 恢復連線", sensor="SN-PK-004", delay=4,
          truth=N)
    s.add("incident", "flooding_report", 225, "北滯洪池水位回降，距池頂約1公尺，解除步道封鎖",
          lon=120.6560, lat=24.1884, sev="Minor", delay=180, truth=P)
    s.add("rule", "cleared", 260, "中清環中路口地下道 淹水深度回降至 0 cm，解除", sensor="SN-FL-006",
          sev="Minor", delay=20, truth=U)
    s.add("incident", "road_reopened", 275, "地下道積水退去，拖離受困車輛，恢復通行", lon=120.6570,
          lat=24.1990, sev="Minor", delay=150, truth=U, follows=rc)
    routine(s, 3, 30, 280, avoid=[(120.6572, 24.1988), (120.6478, 24.1932), (120.6560, 24.1884)])
    s.incident(P, "flood_risk", "中央公園北滯洪池水位達三級、二級警戒，巡守並封閉步道", w3)
    s.incident(N, "infrastructure", "雷擊致公園北側機櫃 GW-CP-N01 市電中斷，五個設備離線，市電恢復後停車場閃斷", firsts[1])
    s.incident(U, "flood", "中清環中路口地下道積水逾30公分，轎車受困救出，地下道封閉", f1)
    s.incident(L, "flood", "黎明凱旋路口低窪處水溝堵塞積水", l1)
    s.alternative(
        "地下道受困駕駛的救援是消防的救助案，可以與交通局、警察局處理地下道積水與封閉分開派工。",
        [inc(P, "flood_risk", "中央公園北滯洪池水位達三級、二級警戒，巡守並封閉步道", w3),
         inc(N, "infrastructure", "雷擊致公園北側機櫃市電中斷，五個設備離線", firsts[1]),
         inc(U, "flood", "中清環中路口地下道積水逾30公分，地下道封閉", f1),
         inc(UR, "rescue", "地下道轎車熄火受困，消防救出駕駛", ur),
         inc(L, "flood", "黎明凱旋路口低窪處水溝堵塞積水", l1)])
    s.notes = ("雨量告警（大雨、豪雨）是全區的天氣狀況，不屬於任何一案，標為背景；"
               "北池水位計在二級警戒後隨機櫃一起離線，離線訊息歸機櫃案，之後水位改由員警巡查回報。")
    return s.write()


# ----------------------------------------------------------------------------------------
def s2182():
    s = Situation(2182, "quiet_night_shift", "2016-12-04T00:00",
                  "週日凌晨的值班夜：中科環中路口號誌控制器故障，01:10起反覆閃斷，民眾打1999、監視器偵測黑燈，"
                  "廠商04:05修復；02:20經貿黎明路口人行道有酒醉男子倒臥，救護到場後由家屬帶回；"
                  "03:30會展中心B棟偵煙器因清潔人員使用蒸氣清洗機動作（總機時鐘慢7分鐘），119到場確認誤報；"
                  "05:20環中路往東外側車道掉落一堆木棧板。臺灣大道環中路口監視器凌晨通訊不穩反覆斷線數分鐘。"
                  "其他為路燈、宿舍派對、貓卡水溝、停車場夜間關閉與清晨違停。")
    G, D, H, W = "2182-sig003-controller", "2182-drunk-sidewalk", "2182-hallb-false-alarm", "2182-pallets"
    CF = "2182-cctv009-link"
    s.add("parking", "closed", 5, "臺中國際會展中心停車場 夜間關閉", sensor="SN-PK-006", delay=30,
          truth=None)
    s.add("1999", "streetlight", 40, "經貿路二段路燈不亮，燈桿編號1187", lon=120.6580, lat=24.1880,
          delay=180, truth=None)
    sig = "SN-SIG-003"
    g1 = s.add("signal", "fault", 70, "中科路/環中路二段 號誌控制器 異常，轉為閃光運轉", sensor=sig,
               delay=5, truth=G)
    s.add("signal", "restored", 72, "中科路/環中路二段 號誌 恢復正常", sensor=sig, delay=5, truth=G)
    s.add("1999", "noise", 80, "隔壁大學宿舍在開趴，音樂很大聲", lon=120.6528, lat=24.1797,
          delay=150, truth=None)
    s.add("signal", "fault", 91, "中科路/環中路二段 號誌控制器 異常，轉為閃光運轉", sensor=sig,
          delay=5, truth=G)
    s.add("signal", "restored", 93, "中科路/環中路二段 號誌 恢復正常", sensor=sig, delay=5, truth=G)
    s.add("signal", "fault", 118, "中科路/環中路二段 號誌控制器 異常，燈號全滅", sensor=sig,
          delay=5, truth=G)
    s.add("1999", "traffic_signal", 125, "中科環中路口紅綠燈一下閃黃燈一下又好，現在全部不亮了",
          lon=120.6525, lat=24.1976, delay=100, truth=G)
    c1 = s.add("cctv", "signal_dark", 126, "影像分析：號誌黑燈", sensor="SN-CCTV-003", confidence=0.70,
               delay=10, truth=G)
    s.dup(c1, 35)
    dx = (120.6553, 24.1961)
    r1 = s.add("1999", "rescue", 140, "路邊有一個人躺在人行道上，好像喝醉了，叫他會動",
               lon=dx[0] + 0.0002, lat=dx[1] + 0.0001, delay=60, truth=D)
    e1 = s.add("119", "ambulance", 144, "經貿路黎明路口 男子倒臥人行道 疑酒醉", lon=dx[0], lat=dx[1],
               delay=15, truth=D)
    s.add("incident", "medical", 146, "男子酒醉倒臥人行道，意識清醒，通知家屬", lon=dx[0], lat=dx[1],
          sev="Minor", delay=180, truth=D)
    s.add("119", "ambulance", 151, "到達，男子意識清楚，拒絕送醫", lon=dx[0], lat=dx[1],
          status="on_scene", follows=e1, delay=20, truth=D)
    s.add("signal", "restored", 160, "中科路/環中路二段 號誌 恢復正常", sensor=sig, delay=5, truth=G)
    s.add("119", "ambulance", 165, "交由家屬帶回，結案", lon=dx[0], lat=dx[1], status="closed",
          follows=e1, delay=20, truth=D)
    s.add("signal", "fault", 190, "中科路/環中路二段 號誌控制器 異常，轉為閃光運轉", sensor=sig,
          delay=5, truth=G)
    # Hall B's panel clock runs 7 minutes slow: observed 03:23 for an alarm at 03:30.
    h1 = s.add("fire_alarm", "alarm", 203, "臺中國際會展中心 B棟 2F 展廳 偵煙器動作", sensor="SN-FA-003",
               arr=210.1, truth=H)
    e2 = s.add("119", "fire", 211, "臺中國際會展中心B棟 火警受信總機動作", lon=120.6556, lat=24.1940,
               delay=15, truth=H)
    s.add("fire_alarm", "normal", 206, "臺中國際會展中心 B棟 受信總機 復歸", sensor="SN-FA-003",
          arr=213.1, truth=H)
    s.add("119", "fire", 219, "到達，保全確認為清潔人員使用蒸氣清洗機致偵煙器動作，誤報返隊",
          lon=120.6556, lat=24.1940, status="returning", follows=e2, delay=20, truth=H)
    cam = "SN-CCTV-009"
    cam_off = []
    for m, d in ((230, 4), (260, 3), (287, 5)):
        cam_off.append(s.add("status", "offline", m, "臺灣大道/環中路 路口監視器 離線（通訊中斷）", sensor=cam,
              reason="comms_lost", delay=3, truth=None, alt=CF))
        s.add("status", "online", m + d, "臺灣大道/環中路 路口監視器 恢復連線", sensor=cam, delay=3,
              truth=None, alt=CF)
    s.add("signal", "restored", 245, "中科路/環中路二段 號誌 恢復正常（廠商更換控制器電源模組）",
          sensor=sig, delay=5, truth=G)
    s.add("1999", "動物救援", 270, "經貿路水溝裡面有一隻貓卡住一直叫", lon=120.6595, lat=24.1805,
          delay=200, truth=None)
    px = (120.6560, 24.1990)
    w1 = s.add("cctv", "fallen_object", 320, "影像分析：車道掉落物", sensor="SN-CCTV-004",
               confidence=0.76, delay=10, truth=W)
    s.add("1999", "other", 322, "環中路往東外側車道上有一堆木板，車子都要閃", lon=px[0] + 0.0005,
          lat=px[1], delay=90, truth=W)
    pw = s.add("incident", "fallen_object", 330, "環中路二段往東外側車道掉落木棧板約10片，員警排除中",
          lon=px[0], lat=px[1], sev="Moderate", delay=200, truth=W)
    s.add("incident", "fallen_object", 348, "掉落物已清除，車道恢復通行", lon=px[0], lat=px[1],
          sev="Minor", delay=150, truth=W, follows=pw)
    s.add("1999", "illegal_parking", 340, "轉運中心前面有車停在公車停靠區過夜", lon=120.6533,
          lat=24.1978, delay=160, truth=None)
    routine(s, 3, 0, 360, avoid=[(120.6525, 24.1976), dx, (120.6556, 24.1940), px])
    s.incident(G, "infrastructure", "中科環中路口號誌控制器電源模組故障反覆閃斷，廠商更換", g1)
    s.incident(D, "rescue", "經貿黎明路口酒醉男子倒臥人行道，拒絕送醫由家屬帶回", e1)
    s.incident(H, "fire", "會展中心B棟偵煙器動作，確認為蒸氣清洗誤報", h1)
    s.incident(W, "traffic", "環中路往東外側車道掉落木棧板，員警排除", w1)
    s.alternative(
        "臺灣大道環中路口監視器一個多小時內斷線三次，每次幾分鐘、規則沒有發出告警；較謹慎的協調員會開一張"
        "維修單請交通局檢查通訊，當成一件設備故障。",
        [inc(G, "infrastructure", "中科環中路口號誌控制器電源模組故障反覆閃斷，廠商更換", g1),
         inc(D, "rescue", "經貿黎明路口酒醉男子倒臥人行道，拒絕送醫由家屬帶回", e1),
         inc(H, "fire", "會展中心B棟偵煙器動作，確認為蒸氣清洗誤報", h1),
         inc(W, "traffic", "環中路往東外側車道掉落木棧板，員警排除", w1),
         inc(CF, "infrastructure", "臺灣大道環中路口監視器通訊不穩反覆斷線，開維修單",
             cam_off[1])])
    s.notes = "會展中心B棟受信總機時鐘慢約7分鐘：它的 observed 比實際動作時間早，arrival 才是實際時間。"
    return s.write()


if __name__ == "__main__":
    for f in (s2177, s2178, s2179, s2180, s2181, s2182):
        print(f())
