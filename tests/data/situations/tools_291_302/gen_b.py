"""Situations 297-302 (seeded; rerun to regenerate byte for byte)."""
from lib import Sit, inc, off, along, spos, SENSORS


def set_alt(S, mapping):
    """Give every item whose truth is a key of mapping the alternative label mapping[truth]."""
    for _, _, it in S.items:
        if it["truth"] in mapping:
            it["truth_alt"] = mapping[it["truth"]]


# ---------------------------------------------------------------------------------------------
def s297():
    S = Sit(297, "central_park_concert_with_small_unrelated_incidents", "2026-04-25")
    STAGE = (120.6563, 24.1840)
    NGATE = (120.6565, 24.1885)
    EAST = off(spos("SN-FA-011"), 15, 0)          # 經貿路三段 / 生態住宅A區 side
    ZK = (120.65355, 24.1838)                     # 中科路 at the park's west gate
    c_permit = S.permit("18:30", "22:00", "d-10 15:40", "concert", STAGE, "C",
                        "中央公園大草坪 戶外音樂會 預估 25,000 人 活動範圍半徑約350公尺 北側、西側入口管制")
    S.permit("23:00", "29:00", "d-3 09:20", "road_works", along("henan", 0.6), None,
             "河南路 夜間管線汰換工程 外側車道封閉")
    S.parking("18:10:00", "SN-PK-004", "C", "中央公園地下停車場(北) 汽車格位已滿")
    S.parking("18:25:00", "SN-PK-005", "C", "中央公園地下停車場(南) 汽車格位已滿")
    S.cong("18:40:00", "SN-VD-ZHONGKE-01", "Moderate", "C", "中科路車輛偵測器1 平均車速 14 km/h（音樂會進場）")
    S.call("18:45:00", "illegal_parking", off(EAST, 10, -40), "C", "敦化路整排都是違停，雙排停，公車根本過不去。")
    S.cong("18:50:00", "SN-VD-JINGMAO-02", "Moderate", "C", "經貿路車輛偵測器2 平均車速 16 km/h")
    S.police("19:05:00", "crowd_control", "Moderate", NGATE, "C", "中央公園北側入口人潮湧入 實施分流進場管制", delay=150)
    S.call("19:20:00", "crowding", NGATE, "C", "公園北邊入口擠爆了，後面的人一直推，有小孩在哭。")
    S.call("19:38:00", "other", off(STAGE, 60, -40), "P", "我手機在聽演唱會的時候被偷了，在舞台右邊那區，要去哪裡報案？")
    p_pol = S.police("19:40:00", "theft", "Minor", off(STAGE, 60, -40), "P",
                     "中央公園音樂會場 民眾手機遭扒竊 受理報案 調閱周邊影像", delay=220)
    S.status("19:50:10", "SN-FL-003", "offline", None, "中央公園滯洪池3 淹水感測器 離線")
    S.status("19:51:30", "SN-FL-003", "online", None, "中央公園滯洪池3 淹水感測器 恢復連線")
    S.call("20:00:00", "noise", EAST, "C", "音樂太大聲了，我家在經貿路住宅這邊，窗戶都在震。")
    r119 = S.f119("20:15:00", "ambulance", off(STAGE, -40, 30), "R",
                  "派遣：中央公園音樂會場 舞台前區 女性 疑似換氣過度 意識清楚 水湳分隊救護車")
    S.police("20:18:00", "medical", "Minor", off(STAGE, -40, 30), "R", "舞台前方女性觀眾身體不適 已交救護人員", delay=180)
    S.cong("20:30:00", "SN-VD-HUANZHONG-04", "Minor", None, "環中路車輛偵測器4 平均車速 25 km/h")
    t_pol = S.police("20:40:00", "accident", "Minor", ZK, "T",
                     "中科路（近中央公園西側入口） 機車與計程車擦撞 無人受傷 佔用外側車道", delay=160)
    S.call("20:41:00", "traffic_accident", off(ZK, 0, 20), "T", "中科路公園這邊，計程車跟機車擦撞，兩個人在路中間吵起來了。")
    S.f119("20:45:00", "ambulance", off(STAGE, -40, 30), "R", "患者休息後自行離開 不送醫 返隊", follows=r119)
    S.call("21:10:00", "streetlight", (120.6570, 24.1820), None, "公園步道靠滯洪池那邊有一段路燈不亮，很暗。")
    m_pol = S.police("21:20:00", "other", "Moderate", NGATE, "M",
                     "走失兒童 男童約5歲 穿黃色上衣 於北側入口與家人走散 會場廣播協尋", delay=120)
    S.call("21:22:00", "other", off(NGATE, 20, -30), "M", "我的小孩不見了！在公園演唱會這邊，穿黃色衣服，五歲。")
    S.police("21:36:00", "other", "Minor", NGATE, "M", "走失男童已於服務台尋獲 交還家屬", follows=m_pol, delay=100)
    d_pol = S.police("21:55:00", "public_disturbance", "Moderate", off(EAST, 20, 100), "D",
                     "經貿路三段 散場人潮中兩名男子酒後口角推擠 員警到場隔離雙方", delay=150)
    S.cong("22:05:00", "SN-VD-ZHONGKE-01", "Moderate", "C", "中科路車輛偵測器1 平均車速 9 km/h（散場）")
    S.cong("22:10:00", "SN-VD-JINGMAO-02", "Moderate", "C", "經貿路車輛偵測器2 平均車速 11 km/h（散場）")
    S.call("22:15:00", "noise", off(EAST, 30, -120), "C", "散場的人在我們巷子裡大聲喧嘩，還有人在按喇叭。")
    S.police("22:30:00", "crowd_control", "Minor", NGATE, "C", "音樂會人潮已疏散 解除入口管制", delay=120)
    S.alert("22:40:00", "SN-VD-ZHONGKE-01", "cleared", "Minor", "C", "中科路車輛偵測器1 車速恢復 38 km/h")
    set_alt(S, {"P": "C", "R": "C", "M": "C", "D": "C"})
    return S.write(
        "週六晚上中央公園大草坪戶外音樂會（兩萬多人）。會場周圍300 m內陸續有幾件小事：扒竊手機、觀眾換氣過度、"
        "中科路機車與計程車擦撞、走失男童、散場酒後推擠。停車場客滿、進出場壅塞、噪音與違停抱怨屬音樂會本身。",
        [inc("C", "crowd", "中央公園戶外音樂會人潮：進出場管制、停車、壅塞、噪音與違停", c_permit),
         inc("P", "public_safety", "音樂會場手機遭扒竊", p_pol),
         inc("R", "rescue", "舞台前方觀眾換氣過度，救護評估未送醫", r119),
         inc("T", "traffic", "中科路公園西側入口機車與計程車擦撞", t_pol),
         inc("M", "rescue", "北側入口走失男童協尋，已尋獲", m_pol),
         inc("D", "public_safety", "經貿路三段散場酒後口角推擠", d_pol)],
        alternative={"why": "會場內的扒竊、身體不適、走失兒童與散場推擠，也可以視為活動安全勤務的一部分，由同一個活動指揮處理，"
                            "不另開案；中科路擦撞在會場外的道路上，兩種判讀都另案。",
                     "incidents": [
                         inc("C", "crowd", "中央公園音樂會（含會場內治安、救護、走失協尋）", c_permit),
                         inc("T", "traffic", "中科路機車與計程車擦撞", t_pol)]},
        notes="河南路夜間管線工程許可是例行施工，與音樂會無關。滯洪池3感測器離線約80秒是設備閃斷。")


# ---------------------------------------------------------------------------------------------
def s298():
    S = Sit(298, "convention_centre_closing_night_dense", "2026-07-18")
    TICEC = spos("SN-FA-003")
    HUB_FRONT = off(spos("SN-FA-001"), 0, 50)
    HUB_BAYS = off(spos("SN-FA-001"), 20, -20)
    GREEN = spos("SN-FA-004")
    JM2 = off(spos("SN-SIG-005"), 10, -60)
    c_permit = S.permit("10:00", "21:00", "d-14 11:05", "exhibition", TICEC, "C",
                        "臺中國際會展中心 動漫展 A、B館 預估單日 35,000 人次 散場接駁由水湳轉運中心發車")
    S.parking("19:35:00", "SN-PK-006", "C", "臺中國際會展中心停車場 汽車格位已滿")
    S.parking("19:50:00", "SN-PK-002", "C", "經貿六停車場 汽車格位已滿")
    S.call("20:05:00", "illegal_parking", along("liming", 0.75), "C", "會展中心旁邊黎明路一堆車臨停接人，雙排停到快車道上了。")
    ffa = S.panel("20:12:00", "SN-FA-004", "alarm", "FFA", "臺中綠美圖 3F 餐廳廚房 偵煙探測器動作")
    f119 = S.f119("20:13:00", "fire", GREEN, "FFA", "派遣：臺中綠美圖 火警受信總機動作 水湳分隊 出勤查看")
    S.call("20:14:10", "other", off(GREEN, -30, 20), "FFA", "綠美圖裡面廣播叫大家往外走，說有火警，是真的嗎？")
    S.panel("20:16:30", "SN-FA-004", "normal", "FFA", "臺中綠美圖 受信總機 復歸")
    S.call("20:20:00", "streetlight", off(along("jingmao", 0.25), 20, 0), None, "經貿路二段靠智慧營運塔那邊路燈有一盞一直閃。")
    S.f119("20:24:00", "fire", GREEN, "FFA", "到場查看：餐廳烹調油煙觸發偵煙探測器 誤報 無火災 返隊", follows=f119)
    s_sig = S.signal("20:40:00", "SN-SIG-006", "fault", "S", "經貿路二段/經貿七路 號誌控制器故障 全黑")
    S.cctv("20:41:00", "SN-CCTV-006", "signal_dark", 0.88, "S", "經貿路二段/經貿七路 偵測號誌燈頭熄滅")
    S.call("20:44:00", "traffic_signal", spos("SN-SIG-006"), "S", "經貿七路口紅綠燈不亮，會展散場的人在過馬路，車子又不停，很危險！")
    S.police("20:50:00", "traffic_signal_fault", "Moderate", spos("SN-SIG-006"), "S",
             "經貿路二段/經貿七路 號誌黑燈 員警到場手動指揮 已通報交通局", delay=150)
    S.cctv("21:00:00", "SN-CCTV-005", "crowding", 0.86, "C", "經貿路二段/黎明路三段 人行道人群移動 密度高")
    S.cctv("21:04:00", "SN-CCTV-004", "crowding", 0.79, "C", "經貿路二段/環中路二段 路口人群聚集")
    S.cctv("21:05:00", "SN-CCTV-005", "wrong_way", 0.58, None, "經貿路二段/黎明路三段 偵測機車逆向 持續 4 秒")
    S.police("21:08:00", "crowd_control", "Moderate", JM2, "C",
             "會展中心散場 人潮往轉運中心 經貿路二段人行道滿載 加派警力引導", delay=160)
    S.call("21:12:00", "crowding", HUB_BAYS, "C", "轉運站排公車的人排到馬路上了，車子從旁邊擦過去，很危險。")
    S.cong("21:15:00", "SN-VD-JINGMAO-01", "Moderate", "C", "經貿路車輛偵測器1 平均車速 8 km/h")
    S.cong("21:18:00", "SN-VD-LIMING-01", "Moderate", "C", "黎明路車輛偵測器1 平均車速 11 km/h")
    S.cctv("21:20:00", "SN-CCTV-003", "stalled_vehicle", 0.90, "B", "中科路/環中路二段 外側車道大型車停滯")
    b_pol = S.police("21:24:00", "stalled_vehicle", "Moderate", HUB_FRONT, "B",
                     "轉運中心前環中路二段 市區公車故障拋錨 佔用外側車道 已通知客運業者派拖吊", delay=130)
    r119 = S.f119("21:30:00", "ambulance", HUB_BAYS, "R",
                  "派遣：水湳轉運中心 公車候車區 男性約70歲 倒地 意識不清 水湳分隊救護車")
    S.call("21:31:00", "other", HUB_BAYS, "R", "轉運站排隊這邊有一個阿伯昏倒了，快叫救護車！")
    S.status("21:40:00", "SN-PK-003", "offline", None, "河南路停車場 車位偵測閘道 離線")
    S.status("21:41:10", "SN-PK-003", "online", None, "河南路停車場 車位偵測閘道 恢復連線")
    S.f119("21:48:00", "ambulance", HUB_BAYS, "R", "患者意識恢復 送往中國醫藥大學附設醫院", follows=r119)
    S.signal("21:50:00", "SN-SIG-006", "restored", "S", "經貿路二段/經貿七路 號誌恢復正常運轉")
    S.police("21:55:00", "stalled_vehicle", "Minor", HUB_FRONT, "B", "故障公車已拖離 外側車道恢復通行", follows=b_pol,
             delay=120)
    S.call("22:10:00", "noise", along("liming", 0.45), None, "樓下便利商店門口一群人聊天很大聲，十點了還在。")
    S.police("22:20:00", "crowd_control", "Minor", JM2, "C", "散場人潮疏散完畢 解除管制", delay=110)
    set_alt(S, {"FFA": None, "R": "C"})
    return S.write(
        "週六晚上臺中國際會展中心動漫展21:00散場，人潮湧向水湳轉運中心。周邊300 m內同時有：綠美圖餐廳油煙觸發火警（119查看為誤報）、"
        "經貿七路口號誌全黑、轉運中心前公車拋錨、候車區長者昏倒。",
        [inc("C", "crowd", "會展中心動漫展散場人潮：停車客滿、臨停、人行道滿載、轉運中心排隊、周邊壅塞", c_permit),
         inc("FFA", "fire", "臺中綠美圖3F餐廳火警警報，119到場查看為誤報", ffa),
         inc("S", "traffic", "經貿路二段/經貿七路號誌全黑，員警指揮至修復", s_sig),
         inc("B", "traffic", "轉運中心前環中路二段公車拋錨，拖吊", b_pol),
         inc("R", "rescue", "轉運中心候車區長者昏倒送醫", r119)],
        alternative={"why": "(1) 十二分鐘內確認誤報的火警，可以視為不成案（不需協調派遣）；"
                            "(2) 候車排隊中的昏倒也可視為散場人潮勤務的一部分。",
                     "incidents": [
                         inc("C", "crowd", "會展中心散場人潮（含候車區救護）", c_permit),
                         inc("S", "traffic", "經貿路二段/經貿七路號誌全黑", s_sig),
                         inc("B", "traffic", "轉運中心前公車拋錨", b_pol)]},
        notes="經貿路二段/黎明路三段的單次4秒逆向偵測（信心0.58）無後續，視為雜訊。")


# ---------------------------------------------------------------------------------------------
def s299():
    S = Sit(299, "late_duplicated_skewed_crash_at_t74_ramp", "2026-01-21")
    X = off(spos("SN-SIG-001"), 15, -20)       # 台74線/環中路二段
    K = off(spos("SN-SIG-007"), -5, 40)        # 凱旋路 near 黎明路
    HUB = off(spos("SN-FA-001"), -30, 20)
    S.cong("17:45:00", "SN-VD-ZHONGQING-01", "Minor", None, "中清路車輛偵測器1 平均車速 24 km/h（下班尖峰）")
    # CCTV-001 clock runs 7 minutes slow
    cam1 = S.cctv("17:52:30", "SN-CCTV-001", "stalled_vehicle", 0.86, "X", "台74線/環中路二段 路口匝道出口車輛停滯", skew=-420)
    x_call = S.call("17:53:00", "traffic_accident", X, "X",
                    "台74下來接環中路那邊三台車追撞，有一個人坐在路邊好像受傷了。", delay=70)
    S.dup(x_call, 95)
    x119 = S.f119("17:54:00", "ambulance", X, "X",
                  "派遣：台74線環中路二段匝道口 三車追撞 1人頸部疼痛 西屯分隊救護車", delay=540)
    S.call("17:55:00", "other", off(X, -80, -60), "X", "環中路往台74方向整個塞住，動都不動，前面怎麼了？")
    cg = S.cong("17:56:00", "SN-VD-KAIXUAN-01", "Moderate", "X", "凱旋路車輛偵測器1 平均車速 10 km/h，佔有率 52%")
    S.dup(cg, 40)
    x_pol = S.police("17:58:00", "injury_accident", "Moderate", X, "X",
                     "台74線環中路二段出口匝道 自小客車三車追撞 1人輕傷送醫 佔用匝道及環中路外側車道", delay=960)
    S.cong("18:00:00", "SN-VD-HENAN-01", "Minor", None, "河南路車輛偵測器1 平均車速 27 km/h（下班尖峰）")
    p_pol = S.police("18:00:00", "theft", "Minor", HUB, "P", "水湳轉運中心機車停車場 機車遭竊 受理報案", delay=980)
    S.f119("18:02:00", "ambulance", X, "X", "到場：傷者頸部扭傷 意識清楚", follows=x119, delay=25)
    cam2 = S.cctv("18:04:00", "SN-CCTV-001", "fallen_object", 0.77, "X", "台74線/環中路二段 外側車道偵測掉落物（車輛碎片）",
                  skew=-420)
    S.cong("18:05:00", "SN-VD-HUANZHONG-02", "Moderate", "X", "環中路車輛偵測器2 平均車速 12 km/h")
    S.cong("18:07:00", "SN-VD-HUANZHONG-01", "Minor", "X", "環中路車輛偵測器1 平均車速 22 km/h", delay=900, alt=None)
    S.police("18:08:00", "injury_accident", "Minor", X, "X", "追撞案 傷者1名已送醫 拖吊車到場排除中",
             follows=x_pol, delay=120)
    S.call("18:10:00", "streetlight", along("kaixuan", 0.45), None, "凱旋路有兩盞路燈不亮，下班回家經過好暗。")
    S.status("18:12:00", "SN-PK-001", "offline", None, "水湳轉運中心停車場 車位偵測閘道 離線", skew=110)
    S.status("18:13:00", "SN-PK-001", "online", None, "水湳轉運中心停車場 車位偵測閘道 恢復連線", skew=110)
    S.call("18:15:00", "traffic_accident", off(X, 40, 30), "X", "台74匝道口剛剛有車禍嗎？現在還有警察在那邊指揮。")
    S.dup(cam2, 300)
    S.f119("18:20:00", "ambulance", X, "X", "傷者送往童綜合醫院 返隊", follows=x119, delay=30)
    k_cam = S.cctv("18:21:00", "SN-CCTV-007", "stalled_vehicle", 0.81, "K", "黎明路三段/凱旋路 凱旋路北向慢車道車輛停滯")
    k_pol = S.police("18:20:00", "stalled_vehicle", "Minor", K, "K",
                     "凱旋路北向近黎明路三段 自小客車故障拋錨 佔用慢車道 已擺設警示", delay=1020)
    k_call = S.call("18:24:00", "other", K, "K", "凱旋路黎明路口有一台車停在路中間閃雙黃燈，好像是拋錨，後面的車一直叭。")
    S.dup(k_call, 60)
    S.police("18:30:00", "injury_accident", "Minor", X, "X", "事故車輛已拖離 匝道恢復通行", follows=x_pol, delay=960)
    S.alert("18:40:00", "SN-VD-KAIXUAN-01", "cleared", "Minor", "X", "凱旋路車輛偵測器1 車速恢復 36 km/h")
    S.police("18:45:00", "stalled_vehicle", "Minor", K, "K", "故障車已由道路救援拖離", follows=k_pol, delay=600)
    S.call("18:50:00", "noise", off(along("liming", 0.3), 0, -40), None, "黎明路那邊餐廳的抽風機很吵，每天晚上都這樣。")
    return S.write(
        "平日下班尖峰，台74線下環中路二段匝道口三車追撞（1人輕傷）。警方行動載具的回傳閘道壅塞，所有警方報案晚到10–17分鐘，"
        "追蹤報告比原始報案先到；119派遣單比到場更新晚到；台74/環中路口監視器時鐘慢7分鐘；1999案件、偵測器警報與監視器事件有重複送達；"
        "停車場閘道時鐘快約2分鐘。同時約300 m外凱旋路一部車拋錨（另案），轉運中心機車遭竊報案（另案）。",
        [inc("X", "traffic", "台74線/環中路二段匝道口三車追撞，1人輕傷，凱旋路與環中路回堵", x_call),
         inc("K", "traffic", "凱旋路北向近黎明路三段自小客車拋錨", k_call),
         inc("P", "public_safety", "水湳轉運中心機車遭竊", p_pol)],
        alternative={"why": "環中路車輛偵測器1 距事故約800 m、晚到15分鐘，也可能只是下班尖峰的慢車流，而不是事故回堵。",
                     "incidents": [
                         inc("X", "traffic", "台74線/環中路二段匝道口三車追撞", x_call),
                         inc("K", "traffic", "凱旋路自小客車拋錨", k_call),
                         inc("P", "public_safety", "水湳轉運中心機車遭竊", p_pol)]},
        notes=f"監視器 {cam1} 等 SN-CCTV-001 事件的 observed 比實際早7分鐘（時鐘慢），不要據此判斷它比1999早看到。"
              "K 案：監視器偵測與1999同時指向凱旋路慢車道拋錨，1999到達即可開案；警方報告晚17分鐘才到。")


# ---------------------------------------------------------------------------------------------
def s300():
    S = Sit(300, "huanzhong_gateway_outage_during_truck_crash", "2026-09-08")
    X = off(spos("SN-SIG-003"), 10, -15)        # 中科路/環中路二段
    HUB = off(spos("SN-FA-001"), -10, 60)
    WORKS = along("liming", 0.6)
    GW = ["SN-VD-HUANZHONG-02", "SN-CCTV-003", "SN-VD-LIMING-01", "SN-CCTV-004", "SN-VD-HUANZHONG-03"]
    S.permit("09:00", "16:00", "d-7 14:30", "road_works", WORKS, None,
             "黎明路三段 電信管線挖掘工程 慢車道封閉 施工單位：中華電信外包商", alt="G")
    S.call("09:45:00", "streetlight", off(along("zhongke", 0.3), 12, 0), None, "中科路那邊路燈白天還亮著，很浪費電。")
    S.call("09:50:00", "noise", off(WORKS, 0, 30), None, "黎明路在挖馬路，破碎機的聲音好吵，到底要施工多久？")
    for i, sid in enumerate(GW):
        S.status(f"10:00:{20 + 7 * i:02d}", sid, "offline", "G", f"{SENSORS[sid]['name']} 通訊中斷")
    x_call = S.call("10:03:10", "traffic_accident", X, "X",
                    "環中路中科路口，大貨車跟自小客擦撞，小客車整個卡在貨車側邊，駕駛好像出不來。")
    S.call("10:04:00", "other", HUB, "X", "環中路轉運站前面塞爆了，好像是有車禍，公車都動不了。")
    x119 = S.f119("10:06:00", "rescue", X, "X", "派遣：環中路二段與中科路口 自小客車駕駛受困 需破壞器材 水湳分隊救助隊")
    g_first = None
    for i, sid in enumerate(GW):
        k = S.alert(f"10:10:{25 + 6 * i:02d}", sid, "sensor_offline", "Minor", "G",
                    f"{SENSORS[sid]['name']} 超過10分鐘未回傳")
        g_first = g_first or k
    x_pol = S.police("10:12:00", "injury_accident", "Severe", X, "X",
                     "環中路二段東向與中科路口 大貨車右轉與直行自小客車碰撞 小客車駕駛受困 消防破壞救出中", delay=170)
    S.f119("10:14:00", "ambulance", X, "X", "派遣：環中路二段中科路口 車禍傷患1名 水湳分隊救護車")
    c_pol = S.police("10:15:00", "road_closure", "Moderate", X, "X", "環中路二段往東中科路口 內側兩車道封閉 車輛改道外側", delay=150)
    S.cong("10:20:00", "SN-VD-KAIXUAN-01", "Moderate", "X", "凱旋路車輛偵測器1 平均車速 13 km/h")
    S.call("10:25:00", "other", off(spos("SN-SIG-002"), 30, 10), "X", "環中路凱旋路口綠燈都過不去，是號誌壞了還是前面有事？")
    S.f119("10:30:00", "rescue", X, "X", "駕駛已救出 交救護送醫", follows=x119)
    S.cong("10:35:00", "SN-VD-HUANZHONG-01", "Minor", "X", "環中路車輛偵測器1 平均車速 24 km/h", alt=None)
    S.police("10:40:00", "injury_accident", "Moderate", X, "X", "傷者送醫 待大型吊車吊離貨車", follows=x_pol, delay=140)
    S.parking("10:45:00", "SN-PK-001", None, "水湳轉運中心停車場 汽車格位已滿")
    for i, sid in enumerate(GW):
        k = S.status(f"10:48:{5 + 8 * i:02d}", sid, "online", "G", f"{SENSORS[sid]['name']} 恢復連線")
        if sid == "SN-CCTV-003":
            S.dup(k, 70)
    # buffered observations flushed after the link came back (late and out of order)
    S.cong("10:22:00", "SN-VD-HUANZHONG-03", "Moderate", "X", "環中路車輛偵測器3 平均車速 15 km/h（補傳）", arrival="10:49:02")
    S.cong("10:14:00", "SN-VD-HUANZHONG-02", "Severe", "X", "環中路車輛偵測器2 平均車速 5 km/h，佔有率 74%（補傳）",
           arrival="10:49:05")
    S.cong("10:31:00", "SN-VD-LIMING-01", "Moderate", "X", "黎明路車輛偵測器1 平均車速 14 km/h（補傳）", arrival="10:49:10")
    S.cctv("10:05:10", "SN-CCTV-003", "fallen_object", 0.74, "X", "中科路/環中路二段 路口偵測掉落物（補傳）", arrival="10:49:18")
    S.cctv("10:02:40", "SN-CCTV-003", "stalled_vehicle", 0.93, "X", "中科路/環中路二段 路口大型車及小客車停滯（補傳）",
           arrival="10:49:20")
    S.f119("10:55:00", "rescue", X, "X", "救助案結案 返隊", follows=x119)
    S.call("11:00:00", "illegal_parking", off(along("jingmao", 0.1), 15, 0), None, "經貿路二段紅線上停了兩台遊覽車，擋住視線。")
    S.police("11:10:00", "road_closure", "Minor", X, "X", "事故車輛吊離 路面清理完畢 環中路二段恢復通行", follows=c_pol, delay=130)
    S.alert("11:15:00", "SN-VD-HUANZHONG-02", "cleared", "Minor", "X", "環中路車輛偵測器2 車速恢復 42 km/h")
    return S.write(
        "平日上午，環中路北側路口機箱的通訊線路（黎明路三段電信管線施工）中斷，五個設備（環中路偵測器2、3，黎明路偵測器1，"
        "中科路口與經貿路口監視器）同時離線約48分鐘。離線兩分鐘後，中科路/環中路口大貨車與自小客車碰撞，駕駛受困；"
        "事故只能靠1999、119、警方得知。連線恢復後，閘道補傳的壅塞警報與監視器事件晚到約45分鐘、次序顛倒。",
        [inc("X", "traffic", "中科路/環中路二段大貨車與自小客車碰撞，駕駛受困救出，環中路回堵", x_call),
         inc("G", "infrastructure", "環中路北側路口機箱通訊中斷，五個設備離線約48分鐘", g_first)],
        alternative={"why": "黎明路三段電信管線施工許可在主判讀中是例行施工背景；另一判讀認為通訊中斷就是施工挖斷線路，"
                            "把施工許可併入設備離線案。環中路車輛偵測器1 的輕度壅塞離事故約1.2 km，也可能只是平常車流。",
                     "incidents": [
                         inc("X", "traffic", "中科路/環中路二段大貨車與自小客車碰撞", x_call),
                         inc("G", "infrastructure", "環中路北側路口機箱通訊中斷（施工挖斷）", g_first)]},
        notes="路口監視器離線，開案只能靠民眾：一通明確描述貨車與小客車碰撞、駕駛出不來，一通幾乎同時說轉運站前塞爆疑似車禍，兩通到齊即足以開案。補傳的監視器事件 observed 在10:02–10:05，"
              "但10:49才到，是事故證據，不是新事件。")


# ---------------------------------------------------------------------------------------------
def s301():
    S = Sit(301, "water_reclamation_fire_cascade_closures_south_edge", "2026-12-10")
    PLANT = spos("SN-FA-008")
    ZP_JM = off(spos("SN-SIG-011"), -20, 10)
    CMU = off(spos("SN-FA-010"), 10, 15)
    HC = (120.6665, 24.1752)                     # 中平路/皇城街
    S.call("12:50:00", "streetlight", off(along("zhongke", 0.6), 10, 0), None, "中科路路燈大白天還亮著，整排都亮。")
    f_alarm = S.panel("12:58:00", "SN-FA-008", "alarm", "F", "水湳水資源回收中心 污泥處理棟 2F 偵熱探測器動作")
    S.call("12:59:00", "fire_smoke", off(PLANT, -50, -110), "F", "中平路那個污水處理廠在冒黑煙，很大一團。")
    f119 = S.f119("13:00:00", "fire", PLANT, "F", "派遣：水湳水資源回收中心 污泥處理棟火警 水湳、北屯分隊 水箱車3 化學車1")
    S.cctv("13:02:00", "SN-CCTV-011", "smoke", 0.79, "F", "經貿路/中平路 路口北側偵測濃煙")
    S.call("13:03:00", "fire_smoke", ZP_JM, "F", "中平路經貿路口往北看有一大片黑煙，是哪裡失火？")
    S.call("13:05:00", "gas_odor", CMU, "F", "中國醫藥大學這邊聞到很重的臭味，像燒塑膠，又有一點漂白水的味道。")
    S.f119("13:08:00", "fire", PLANT, "F", "到場：污泥乾燥機起火 火勢延燒至輸送帶 出水3線", follows=f119)
    hz = S.f119("13:10:00", "hazmat", PLANT, "F",
                "派遣：水資源回收中心 次氯酸鈉儲槽鄰近火場 疑似受熱 毒化災應變車出勤 通報環保局")
    c_pol = S.police("13:12:00", "road_closure", "Severe", ZP_JM, "F",
                     "中平路（經貿路至皇城街）雙向封閉 經貿路三段南向封閉 車輛改道河南路、中清路", delay=140)
    u = S.panel("13:15:00", "SN-FA-010", "alarm", "F", "中國醫藥大學水湳校區 5F 偵煙探測器動作", alt="U")
    S.cong("13:18:00", "SN-VD-ZHONGPING-02", "Severe", "F", "中平路車輛偵測器2 平均車速 6 km/h，佔有率 68%")
    S.police("13:20:00", "other", "Moderate", CMU, "F",
             "中國醫藥大學水湳校區 火場煙味經空調進氣口進入觸發偵煙 校方疏散5樓 師生暫避室內關窗", delay=150)
    S.panel("13:22:00", "SN-FA-010", "normal", "F", "中國醫藥大學水湳校區 受信總機 復歸", alt="U")
    S.cong("13:22:30", "SN-VD-ZHONGPING-01", "Moderate", "F", "中平路車輛偵測器1 平均車速 13 km/h")
    S.cong("13:25:00", "SN-VD-JINGMAO-02", "Moderate", "F", "經貿路車輛偵測器2 平均車速 12 km/h（南向封閉）")
    S.cong("13:30:00", "SN-VD-HENAN-02", "Moderate", "F", "河南路車輛偵測器2 平均車速 15 km/h（改道車流）")
    t2 = S.police("13:33:00", "accident", "Minor", HC, "T2",
                  "中平路皇城街口 改道車流迴轉 自小客車追撞 無人受傷 佔用內側車道", delay=170, alt="F")
    S.call("13:34:00", "traffic_accident", off(HC, 20, 10), "T2", "皇城街口兩台車撞在一起，因為前面封路大家都在迴轉。", alt="F")
    S.cong("13:40:00", "SN-VD-ZHONGQING-02", "Minor", "F", "中清路車輛偵測器2 平均車速 23 km/h", alt=None)
    S.call("13:45:00", "other", (120.6520, 24.1712), "F", "中平路為什麼封起來？我已經塞快一個小時了，也沒有告示。")
    S.police("13:50:00", "accident", "Minor", HC, "T2", "追撞車輛已移至路旁 恢復車流", follows=t2, delay=130, alt="F")
    S.call("13:52:00", "noise", off(along("liming", 0.5), 0, -30), None, "黎明路施工的聲音從早上吵到現在。")
    S.call("13:55:00", "other", off(spos("SN-VD-HENAN-02"), -40, -30), "F", "河南路怎麼這麼塞，前面是發生什麼事？")
    S.f119("14:05:00", "hazmat", PLANT, "F", "儲槽溫度正常 無外洩 毒化災車返隊", follows=hz)
    S.status("14:10:00", "SN-VD-LIMING-01", "offline", None, "黎明路車輛偵測器1 離線")
    S.status("14:11:30", "SN-VD-LIMING-01", "online", None, "黎明路車輛偵測器1 恢復連線")
    S.f119("14:30:00", "fire", PLANT, "F", "火勢撲滅 殘火處理 無人受傷", follows=f119)
    S.panel("14:40:00", "SN-FA-008", "normal", "F", "水湳水資源回收中心 受信總機 復歸")
    S.police("14:50:00", "road_closure", "Minor", ZP_JM, "F", "火場處理完畢 中平路、經貿路三段恢復通行", follows=c_pol, delay=120)
    S.alert("14:55:00", "SN-VD-ZHONGPING-02", "cleared", "Minor", "F", "中平路車輛偵測器2 車速恢復 38 km/h")
    return S.write(
        "平日中午，園區南緣水湳水資源回收中心污泥處理棟起火，鄰近次氯酸鈉儲槽，119加派毒化災車。警方封閉中平路與經貿路三段南向，"
        "車流改道使中平路、經貿路、河南路、中清路一路壅塞；煙味經空調進入中國醫藥大學觸發偵煙；改道車流在中平路皇城街口發生追撞。",
        [inc("F", "fire", "水資源回收中心污泥處理棟火警，含化學儲槽警戒、封路、周邊道路壅塞、煙味觸發鄰近校區偵煙", f_alarm),
         inc("T2", "traffic", "中平路皇城街口改道車流追撞（無人受傷）", t2)],
        alternative={"why": "(1) 皇城街口追撞是封路造成的次生事故，也可併入火災封路的交通處置；"
                            "(2) 中國醫大的火警警報在警方說明前，協調員會先當作另一件火警去確認；"
                            "(3) 中清路車輛偵測器2 的輕度壅塞離封路點較遠，可能只是平常車流。",
                     "incidents": [
                         inc("F", "fire", "水資源回收中心火警（含次生追撞）", f_alarm),
                         inc("U", "fire", "中國醫藥大學水湳校區5F偵煙警報（確認為火場煙味）", u)]},
        notes="主判讀：次生追撞需另派警力處理，另案；中國醫大的警報由警方報告確認是火場煙味，屬F。")


# ---------------------------------------------------------------------------------------------
def s302():
    S = Sit(302, "dawn_truck_overturn_taiwan_blvd_cascade", "2026-02-14")
    X = off(spos("SN-SIG-009"), 20, 25)           # 臺灣大道/環中路
    PIPE = (120.6378, 24.1836)                     # 環中路 about 1.1 km north-east of the crossing
    HZ_LM = (120.6445, 24.1918)
    x_cam = S.cctv("05:31:10", "SN-CCTV-009", "fallen_object", 0.92, "X", "臺灣大道/環中路 路口大量掉落物（長條狀）")
    S.cctv("05:31:20", "SN-CCTV-009", "stalled_vehicle", 0.88, "X", "臺灣大道/環中路 路口大型車橫躺停滯")
    sig = S.signal("05:31:40", "SN-SIG-009", "fault", "X", "臺灣大道/環中路 號誌桿遭撞擊 燈頭全黑", alt="S")
    x_call = S.call("05:33:00", "traffic_accident", X, "X",
                    "臺灣大道環中路口有一台大卡車翻車，鋼管掉滿地，還有一台小客車撞上去，好嚴重！")
    r119 = S.f119("05:34:00", "rescue", X, "X", "派遣：臺灣大道環中路口 貨車翻覆 自小客車駕駛受困 西屯分隊 救助器材車")
    S.call("05:36:00", "other", off(PIPE, 30, -30), "X", "環中路往臺灣大道方向，路上有一支好長的鐵管，差點壓到。", alt="O")
    x_pol = S.police("05:38:00", "injury_accident", "Severe", X, "X",
                     "臺灣大道與環中路口 載運鋼管大貨車左轉翻覆 自小客車追撞 2人受傷 號誌桿損壞", delay=200)
    o = S.police("05:40:00", "fallen_object", "Moderate", PIPE, "X",
                 "環中路南向（臺灣大道前約1公里）內側車道鋼管一支 已移除至路旁", delay=220, alt="O")
    S.f119("05:40:30", "ambulance", X, "X", "派遣：臺灣大道環中路口 大貨車駕駛頭部撕裂傷 救護車")
    hz = S.f119("05:45:00", "hazmat", X, "X", "派遣：貨車油箱破損 柴油洩漏約50公升 吸油棉 通報環保局")
    c_pol = S.police("05:50:00", "road_closure", "Severe", X, "X",
                     "環中路南向臺灣大道口全線封閉 臺灣大道往市區外側兩線封閉 車輛改道河南路", delay=150)
    S.flood("05:55:00", "SN-FL-010", "1-15", "X", "臺灣大道環中路口地下道 淹水深度 4 cm", alt=None)
    S.cctv("06:00:00", "SN-CCTV-010", "stalled_vehicle", 0.55, None, "河南路/中平路 路口機車停滯 30 秒")
    S.cong("06:05:00", "SN-VD-HUANZHONG-04", "Moderate", "X", "環中路車輛偵測器4 平均車速 11 km/h")
    S.f119("06:10:00", "rescue", X, "X", "受困駕駛已救出 交救護送醫 救助案結案", follows=r119)
    S.status("06:14:00", "SN-RG-003", "offline", None, "北屯雨量站 離線")
    S.status("06:15:20", "SN-RG-003", "online", None, "北屯雨量站 恢復連線")
    S.cong("06:20:00", "SN-VD-HUANZHONG-01", "Moderate", "X", "環中路車輛偵測器1 平均車速 14 km/h（回堵）")
    S.cong("06:30:00", "SN-VD-HENAN-01", "Minor", "X", "河南路車輛偵測器1 平均車速 21 km/h（改道車流）", alt=None)
    S.call("06:40:00", "other", HZ_LM, "X", "環中路塞到黎明路這邊了，一大早的前面發生什麼事？")
    S.call("06:45:00", "noise", off(along("huanzhong", 0.55), 0, 40), None, "環中路旁邊工地星期六一大早就在施工，可以管管嗎？")
    S.police("06:50:00", "injury_accident", "Moderate", X, "X", "大型吊車到場 吊正翻覆貨車 鋼管清運中", follows=x_pol, delay=160)
    S.f119("06:55:00", "hazmat", X, "X", "油污已以吸油棉處理 沖洗路面 返隊", follows=hz)
    S.call("07:00:00", "streetlight", off(along("henan", 0.5), 15, 0), None, "河南路一盞路燈一閃一閃的，編號0318。")
    S.signal("07:10:00", "SN-SIG-009", "restored", "X", "臺灣大道/環中路 號誌恢復正常運轉（臨時燈桿）", alt="S")
    S.police("07:20:00", "road_closure", "Minor", X, "X", "路面清理完畢 環中路南向恢復通行", follows=c_pol, delay=120)
    S.alert("07:25:00", "SN-VD-HUANZHONG-04", "cleared", "Minor", "X", "環中路車輛偵測器4 車速恢復 45 km/h")
    return S.write(
        "週六清晨，園區西南外緣臺灣大道/環中路口，一部載鋼管的大貨車左轉翻覆，自小客車追撞，駕駛受困，柴油洩漏，號誌桿被撞全黑。"
        "警方封閉環中路南向，回堵沿環中路一路往東北延伸到黎明路，改道車流進河南路。消防沖洗油污的水流進路口地下道。",
        [inc("X", "traffic", "臺灣大道/環中路口鋼管貨車翻覆與追撞：受困救出、柴油洩漏、封路、環中路回堵、號誌全黑", sig)],
        alternative={"why": "(1) 號誌桿全黑由交通局另案搶修；(2) 約1.1 km外環中路上的鋼管可能是另一部車掉的，需另派清除；"
                            "(3) 地下道4 cm讀值與河南路輕度壅塞也可視為雜訊／平常車流。",
                     "incidents": [
                         inc("X", "traffic", "臺灣大道/環中路口鋼管貨車翻覆與追撞", r119),
                         inc("S", "traffic", "臺灣大道/環中路號誌桿遭撞全黑", sig),
                         inc("O", "traffic", "環中路南向內側車道鋼管一支", o)]},
        notes=f"主判讀：翻覆貨車是南向駛來，環中路上的鋼管是它翻覆前掉落的，屬同一案。監視器 {x_cam} 只有物體，沒有車禍判定。"
              "地下道讀值發生在無雨的清晨，是救災沖洗水，屬本案的副作用。"
              "開案：同一路口監視器兩種高信心偵測（大量掉落物、大型車橫躺）再加號誌桿遭撞全黑，主判讀在號誌故障到達時即開案；"
              "另一判讀把號誌另案，開案依據改為119救助派遣。")


if __name__ == "__main__":
    for fn in (s297, s298, s299, s300, s301, s302):
        print(fn())
