"""Situations 1717-1722."""
from lib import Sit, P


def s1717():
    S = Sit(1717, "ecoA_night_fire_rekindle", "生態住宅A區深夜火災與清晨復燃",
            "冬夜凌晨生態住宅A區集合住宅 7 樓起火：總機警報、住戶來電、119 出動，住戶疏散，2 人嗆傷送醫，"
            "台電斷電，B區警報因煙飄入響起；04:30 結案，07:50 同一戶復燃再出動；上午警方補報起火原因。"
            "另有轉運中心酒醉滋事與背景事件。",
            "2016-01-23 02:10")
    F, F2, D = "F1", "F2", "D1"
    S.fa("alarm", 0, "SN-FA-011", F, "水湳生態住宅 A區 集合住宅 7F 偵煙探測器動作 火警警報（共 180 戶）")
    c = S.c1999("fire_smoke", 1.5, "ecoA", F, "生態住宅A區 7 樓陽台冒火，整棟都是煙", scatter=100)
    e = S.e119("fire", 2, "ecoA", F, "西屯區生態住宅A區 7 樓住宅火災 出動水箱車3 雲梯車1 救護車2", scatter=10)
    S.dup(e, 75)
    S.c1999("fire_smoke", 3, "ecoA", F, "樓下聞到燒焦味，樓梯間都是煙，我們要往下跑嗎", scatter=60)
    S.e119("fire", 9, "ecoA", F, "到場，7 樓一戶起火，有住戶受困 8 樓待救", status="on_scene", follows=e)
    S.pol("evacuation", 12, "ecoA", F, "生態住宅A區住戶約 150 人疏散至中央公園草地", sev="Severe", scatter=60)
    S.pol("road_closure", 13, (120.6596, 24.1840), F, "經貿路生態住宅A區前外側車道封閉供消防車作業", sev="Minor", scatter=30)
    S.fa("alarm", 8, "SN-FA-012", F, "水湳生態住宅 B區 集合住宅 3F 偵煙探測器動作 火警警報", alt=None)
    S.c1999("fire_smoke", 10, "ecoB", F, "B區這邊也聞到煙，警報一直響，是我們這棟燒起來嗎", scatter=80)
    S.e119("ambulance", 22, "ecoA", F, "生態住宅A區火災 住戶 2 名嗆傷 送中國醫藥大學附設醫院", scatter=30)
    S.c1999("other", 28, "ecoA", F, "我媽媽住在A區 7 樓，電話都打不通，拜託幫我找一下", scatter=600)
    S.c1999("power_outage", 31, "ecoA", F, "A區整棟停電，電梯也停了", scatter=60)
    S.e119("fire", 47, "ecoA", F, "火勢撲滅，殘火處理，8 樓受困住戶 3 人救出", status="on_scene", follows=e)
    S.fa("normal", 118, "SN-FA-012", F, "水湳生態住宅 B區 集合住宅 火警受信總機 復歸", alt=None)
    S.pol("evacuation", 125, "ecoA", F, "A區住戶除 7 樓起火戶外陸續返家", sev="Minor", scatter=60)
    S.e119("fire", 135, "ecoA", F, "返隊", status="returning", follows=e)
    S.e119("fire", 140, "ecoA", F, "結案", status="closed", follows=e)
    S.pol("road_reopened", 138, (120.6596, 24.1840), F, "經貿路生態住宅A區前恢復通行", sev="Minor", scatter=30)
    rk = S.e119("rekindle", 340, "ecoA", F2, "生態住宅A區 7 樓起火戶 復燃 再出動水箱車2", follows=e, scatter=10, alt=F)
    S.fa("alarm", 339, "SN-FA-011", F2, "水湳生態住宅 A區 集合住宅 7F 火警警報", alt=F)
    S.c1999("fire_smoke", 341, "ecoA", F2, "A區昨晚燒的那戶又冒煙了", scatter=80, alt=F)
    S.e119("rekindle", 352, "ecoA", F2, "到場，殘留雜物復燃，已撲滅", status="on_scene", follows=rk, scatter=10, alt=F)
    S.e119("rekindle", 380, "ecoA", F2, "結案", status="closed", follows=rk, scatter=10, alt=F)
    S.fa("normal", 375, "SN-FA-011", F2, "水湳生態住宅 A區 火警受信總機 復歸", alt=F)
    S.pol("fire_report", 420, "ecoA", F2, "生態住宅A區火災起火原因初判為客廳電暖器靠近衣物，火調科鑑定中（補報）", sev="Minor",
          scatter=30, delay=35 * 60, alt=F)
    d = S.pol("public_disturbance", 55, "hub", D, "轉運中心候車區酒醉男子滋事，砸毀座椅，帶回派出所", sev="Moderate", scatter=40)
    S.c1999("other", 52, "hub", D, "轉運站有個喝醉的人在大吼大叫踢東西", scatter=80)
    S.status("offline", 90, "SN-VD-ZHONGPING-02", None, "中平路車輛偵測器2 離線", reason="comms_lost")
    S.c1999("streetlight", 200, (120.6520, 24.1760), None, "河南路停車場旁路燈天亮了還亮著", scatter=60)
    S.rule("congestion", 380, "SN-VD-HUANZHONG-02", None, "環中路車輛偵測器2 平均車速 22 km/h，佔有率 36%（早班車流）")
    S.inc(F, "fire", "生態住宅A區 7 樓住宅火災：搶救、受困救出、疏散、嗆傷送醫、斷電至結案", c)
    S.inc(F2, "fire", "同戶清晨復燃再出動至結案，含火調補報", rk)
    S.inc(D, "public_safety", "轉運中心酒醉滋事", d)
    S.alternative("復燃是同一起火災（同一戶、同一火調案號），有的值班員重開原案而不另開；B區警報是煙飄入誤動作，視為雜訊。",
                  S.alt_from(drop=[F2]))
    S.notes.append("『我媽媽住在A區電話打不通』來電者在 600 公尺外，仍屬火災案（詢問受災親人）。")
    S.notes.append("主讀法中火調補報歸復燃案（最後一筆在該戶的案），替代讀法兩者合一。")
    S.write()


def s1718():
    S = Sit(1718, "huanzhong_truck_crash_diesel", "環中路貨車翻覆柴油外洩、長時間封閉與二次事故",
            "平日早上尖峰環中路二段中科路口大貨車與自小客車碰撞，貨車側翻油箱破裂柴油外洩約 200 公升：2 人送醫，"
            "119 危險物品除污、環保局撒吸油棉，環中路西向封閉兩小時，回堵至台74線，回堵尾端二次追撞；10:20 恢復通行。",
            "2016-11-15 08:05")
    C, C2, H = "C1", "C2", "H1"
    cv = S.cctv("accident", 0, "SN-CCTV-003", C, "中科路/環中路二段 事故 車輛側翻", 0.93, seen=(120.6515, 24.1976))
    S.cctv("stalled_vehicle", 0.5, "SN-CCTV-003", C, "中科路/環中路二段 車輛停滯", 0.88, seen=(120.6515, 24.1976))
    S.c1999("traffic_accident", 1, "j_zk_hz", C, "環中路中科路口大卡車翻了，地上都是油", scatter=120)
    a = S.pol("injury_accident", 2.5, "j_zk_hz", C, "環中路二段中科路口 A2 大貨車與自小客車碰撞，貨車側翻，2 人受傷", sev="Severe", scatter=25)
    e = S.e119("ambulance", 3, "j_zk_hz", C, "環中路中科路口車禍 2 名傷患 出動救護車2 水箱車1", scatter=30)
    hz = S.e119("hazmat", 6, "j_zk_hz", H, "環中路中科路口 貨車油箱破裂 柴油外洩約 200 公升 出動化學車 通報環保局", scatter=30, alt=C)
    S.pol("hazmat_report", 8, "j_zk_hz", H, "車禍現場柴油外洩漫延至外側車道及水溝，設置圍堵", sev="Moderate", scatter=30, alt=C)
    cl = S.pol("road_closure", 9, "j_zk_hz", C, "環中路二段中科路口西向封閉，車輛改道黎明路", sev="Severe", scatter=30)
    S.rule("congestion", 10, "SN-VD-HUANZHONG-02", C, "環中路車輛偵測器2 平均車速 6 km/h，佔有率 78%")
    S.rule("congestion", 13, "SN-VD-KAIXUAN-01", C, "凱旋路車輛偵測器1 平均車速 9 km/h，佔有率 69%")
    S.e119("ambulance", 15, "j_zk_hz", C, "傷患 2 名送醫，返隊", status="returning", follows=e, scatter=30)
    S.rule("congestion", 18, "SN-VD-HUANZHONG-01", C, "環中路車輛偵測器1 平均車速 10 km/h，佔有率 66%")
    S.c1999("other", 20, "j_kx_hz", C, "環中路為什麼不能過，塞了二十分鐘一動都不動", scatter=200)
    c2 = S.pol("accident", 24, "j_t74", C2, "台74線下環中路匝道口 回堵車流自小客車追撞 無人受傷", sev="Minor", scatter=40, alt=C)
    S.cctv("stalled_vehicle", 24.5, "SN-CCTV-001", C2, "台74線/環中路二段 車輛停滯", 0.77, alt=C)
    S.c1999("traffic_accident", 26, "j_t74", C2, "74 下來環中路這邊又撞了，兩台車停在路中間", scatter=120, alt=C)
    S.pol("accident", 48, "j_t74", C2, "台74線匝道口追撞車輛已移置路邊", sev="Minor", scatter=40, follows=c2, alt=C)
    S.e119("hazmat", 30, "j_zk_hz", H, "化學車到場，吸油棉吸附、砂土覆蓋中", status="on_scene", follows=hz, scatter=30, alt=C)
    S.c1999("gas_odor", 35, (120.6530, 24.1990), H, "環中路這邊柴油味好重", scatter=150, alt=C)
    S.e119("hazmat", 78, "j_zk_hz", H, "除污完成，移交環保局及清潔隊，返隊", status="returning", follows=hz, scatter=30, alt=C)
    S.pol("injury_accident", 70, "j_zk_hz", C, "側翻貨車已由吊車吊正拖離", sev="Minor", scatter=25, follows=a)
    S.e119("hazmat", 90, "j_zk_hz", H, "結案", status="closed", follows=hz, scatter=30, alt=C)
    S.pol("road_reopened", 135, "j_zk_hz", C, "環中路二段中科路口西向路面清洗完畢，恢復通行", sev="Minor", scatter=30, follows=cl)
    S.rule("cleared", 150, "SN-VD-HUANZHONG-02", C, "環中路車輛偵測器2 車速回復 41 km/h，警戒解除")
    S.pol("injury_accident", 60, "j_zk_hz", C, "環中路中科路口事故：自小客車駕駛輕傷、貨車駕駛頭部撕裂傷，均送醫（補充）",
          sev="Moderate", scatter=25, follows=a, delay=55 * 60)
    # background
    S.park("full", 5, "SN-PK-001", None, "水湳轉運中心停車場 車位已滿")
    S.c1999("noise", 40, "fcu", None, "逢甲水湳校區旁邊工地早上就在打樁", scatter=150)
    S.fa("fault", 65, "SN-FA-002", None, "臺中國際會展中心 A棟 探測器故障")
    S.rule("congestion", 95, "SN-VD-HENAN-02", None, "河南路車輛偵測器2 平均車速 19 km/h，佔有率 44%")
    S.c1999("illegal_parking", 110, "jm6_cp", None, "經貿六停車場旁邊車子並排停", scatter=100)
    S.inc(C, "traffic", "環中路中科路口大貨車事故：救護、封閉、回堵、吊離至恢復通行", cv)
    S.inc(C2, "traffic", "回堵尾端台74線匝道口二次追撞", c2)
    S.inc(H, "hazmat", "柴油外洩除污（消防化學車、環保局）", hz)
    S.alternative("一個現場一個案：事故、柴油外洩與回堵中的二次追撞都由交通事故案統籌（前進指揮所只有一個），不另開。",
                  S.alt_from(drop=[C2, H]))
    S.notes.append("主讀法把除污分為危險物品案（消防化學車從出動到結案自成一條線、比封閉早結束）；二次追撞另開，因為由另一組員警處理。")
    S.notes.append("事故補充報告延遲 55 分鐘才到中心。")
    S.write()


def s1719():
    S = Sit(1719, "park_south_gateway_down", "中央公園南側機櫃離線、路樹倒塌與長者走失",
            "晴朗平日，中央公園南側現場機櫃斷線：南滯洪池 3 個淹水計、南池水位計、南停車場同時離線，約 3 小時後復線；"
            "午後強風吹倒中科路路樹；一位長者在綠美圖附近走失後尋獲；一件遊行許可撤銷；機車竊案。",
            "2016-10-18 09:30")
    G, T, M, TH = "G1", "T1", "M1", "P1"
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        S.status("offline", 0 + i * 0.05, sid, G, "%s 離線" % {"SN-FL-003": "中央公園滯洪池3", "SN-FL-004": "中央公園滯洪池4",
                 "SN-FL-005": "中央公園滯洪池5", "SN-WL-002": "中央公園南滯洪池水位", "SN-PK-005": "中央公園地下停車場(南)"}[sid])
    g = S.rule("sensor_offline", 10, "SN-FL-003", G, "中央公園滯洪池3 超過 10 分鐘未回傳")
    S.rule("sensor_offline", 10.1, "SN-FL-004", G, "中央公園滯洪池4 超過 10 分鐘未回傳")
    S.rule("sensor_offline", 10.2, "SN-FL-005", G, "中央公園滯洪池5 超過 10 分鐘未回傳")
    S.rule("sensor_offline", 10.3, "SN-WL-002", G, "中央公園南滯洪池水位 超過 10 分鐘未回傳")
    S.c1999("other", 40, "parkcp", G, "公園南邊地下停車場的剩餘車位看板一直顯示錯誤", scatter=300)
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        S.status("online", 185 + i * 0.1, sid, G, "%s 連線" % sid)
    S.status("offline", 20, "SN-FL-007", None, "河南路低窪處 淹水計 離線", reason="battery_low")
    # march permit cancelled
    p = S.permit("march", -5 * 24 * 60, 8 * 60, 10 * 60, (120.6525, 24.1750), None,
                 "河南路至中央公園 健走遊行活動 預估 1,500 人", radius=800, expected_attendance=1500)
    S.permit("march", 60, 8 * 60, 10 * 60, (120.6525, 24.1750), None, "健走遊行活動 主辦單位撤銷", radius=800,
             pstatus="cancelled", follows=p)
    # fallen tree (afternoon wind)
    ft = S.c1999("fallen_tree", 300, (120.6534, 24.1875), T, "中科路有一棵路樹被風吹倒，擋住兩個車道", scatter=100)
    S.pol("fallen_object", 304, (120.6534, 24.1875), T, "中科路路樹倒塌占用車道，員警擺設警示，通知養工處", sev="Moderate", scatter=30)
    S.rule("congestion", 309, "SN-VD-ZHONGKE-01", T, "中科路車輛偵測器1 平均車速 13 km/h，佔有率 57%")
    S.c1999("fallen_tree", 312, (120.6534, 24.1875), T, "中科路倒樹還沒有人來處理嗎，剛剛打過了", scatter=150)
    S.pol("road_reopened", 355, (120.6534, 24.1875), T, "中科路倒樹已由養工處鋸除清運，恢復通行", sev="Minor", scatter=30)
    S.c1999("fallen_tree", 398, (120.6534, 24.1875), T, "案件更新：養工處已清除倒樹", scatter=0, follows=ft)
    # missing elder
    m = S.c1999("missing_person", 150, "museum", M, "我爸爸失智，早上說要去綠美圖散步到現在還沒回來，82 歲", scatter=500)
    mp = S.pol("missing_person", 156, "museum", M, "82 歲失智男性 協尋，身穿灰色夾克", sev="Severe", scatter=300)
    S.c1999("other", 201, "hub", M, "轉運站有個老先生一直問路，講不清楚要去哪", scatter=80)
    S.pol("missing_person", 215, "hub", M, "協尋長者於轉運中心尋獲，已交家屬", sev="Minor", scatter=40, follows=mp)
    # theft
    th = S.pol("theft", 130, "fcu", TH, "逢甲水湳校區停車場機車遭竊", sev="Minor", scatter=60)
    # background
    S.c1999("streetlight", 60, (120.6505, 24.1900), None, "凱旋路路燈編號 XT-2231 不亮", scatter=50)
    S.rule("congestion", 100, "SN-VD-HUANZHONG-04", None, "環中路車輛偵測器4 平均車速 23 km/h，佔有率 35%")
    S.fa("fault", 240, "SN-FA-006", None, "臺中流行影音中心 受信總機 定期保養 測試中")
    S.park("full", 270, "SN-PK-006", None, "臺中國際會展中心停車場 車位已滿")
    S.c1999("環境清潔", 330, "ecoB", None, "生態住宅B區垃圾車沒來", scatter=150)
    S.inc(G, "infrastructure", "中央公園南側機櫃（GW-CPS-01）斷線：5 台設備同時離線至復線", g)
    S.inc(T, "traffic", "中科路路樹倒塌占用車道至清除", ft)
    S.inc(M, "rescue", "82 歲失智長者走失協尋至尋獲", m)
    S.inc(TH, "public_safety", "逢甲水湳校區機車竊案", th)
    S.alternative("停車場看板顯示錯誤的民眾來電可能只是一般設備報修，與機櫃無關（雜訊）。",
                  [dict(i) for i in S.incidents])
    for it in S.items:
        if it["feed"] == "1999" and it["truth"] == G:
            it["truth_alt"] = None
    S.notes.append("機櫃案開案點：第一筆滯洪池離線告警（5 台設備同機櫃同秒離線已足以判斷為機櫃）。")
    S.notes.append("電池低電量的河南路淹水計離線：維護工單，不是案（背景）。撤銷的遊行：背景。")
    S.write()


def s1720():
    S = Sit(1720, "museum_false_alarm_park_festival", "綠美圖火警誤報、中清路拋錨與中央公園節慶市集",
            "週六上午綠美圖廚房油煙觸發火警，119 出動到場查無火煙後結案；中清路大客車拋錨；"
            "傍晚起中央公園節慶市集（許可延長一小時）：停車場滿、違停、煙火、散場噪音陳情。",
            "2016-10-01 09:12")
    F, X, E = "F1", "X1", "E1"
    fa = S.fa("alarm", 0, "SN-FA-004", F, "臺中綠美圖 1F 餐廳廚房 偵煙探測器動作 火警警報")
    S.dup(fa, 40)
    e = S.e119("fire", 1, "museum", F, "臺中綠美圖 火警自動警報 出動水箱車2", scatter=10)
    S.fa("normal", 4, "SN-FA-004", F, "臺中綠美圖 火警受信總機 復歸")
    S.e119("fire", 8, "museum", F, "到場，查無火煙，係廚房油煙觸動探測器，誤報", status="on_scene", follows=e)
    S.e119("fire", 15, "museum", F, "返隊", status="returning", follows=e)
    S.e119("fire", 22, "museum", F, "結案", status="closed", follows=e)
    x = S.cctv("stalled_vehicle", 48, "SN-CCTV-008", X, "中清路/環中路 車輛停滯", 0.84, seen=(120.6585, 24.1965))
    S.pol("stalled_vehicle", 52, (120.6585, 24.1965), X, "中清路南向大客車拋錨占用內側車道", sev="Moderate", scatter=30)
    S.rule("congestion", 55, "SN-VD-ZHONGQING-01", X, "中清路車輛偵測器1 平均車速 16 km/h，佔有率 51%")
    S.pol("stalled_vehicle", 95, (120.6585, 24.1965), X, "拋錨大客車已拖離", sev="Minor", scatter=30)
    pm = S.permit("festival", -14 * 24 * 60, 408, 768, (120.6566, 24.1845), E,
                  "中央公園秋季節慶市集 16:00-22:00 含 21:00 煙火 預估 12,000 人", radius=450, expected_attendance=12000)
    S.permit("festival", 300, 408, 828, (120.6566, 24.1845), E, "節慶市集變更：延長至 23:00", radius=450,
             pstatus="amended", follows=pm)
    S.park("full", 440, "SN-PK-004", E, "中央公園地下停車場(北) 車位已滿")
    S.park("full", 470, "SN-PK-005", E, "中央公園地下停車場(南) 車位已滿")
    ip = S.c1999("illegal_parking", 480, (120.6590, 24.1860), E, "經貿路兩邊紅線都停滿車，逛市集的", scatter=150)
    S.cctv("crowding", 500, "SN-CCTV-006", E, "經貿路二段/經貿七路 人群聚集", 0.79, motion="moving")
    S.rule("congestion", 505, "SN-VD-JINGMAO-02", E, "經貿路車輛偵測器2 平均車速 12 km/h，佔有率 59%")
    S.c1999("fire_smoke", 710, "ecoA", E, "公園那邊一直有煙飄過來，還有爆炸聲，是在放煙火嗎", scatter=200, alt=None)
    S.c1999("noise", 800, "ecoA", E, "都十一點多了市集還在放音樂", scatter=150)
    S.c1999("noise", 835, "ecoB", E, "市集散場一直有人在按喇叭吵", scatter=150)
    S.rule("cleared", 845, "SN-VD-JINGMAO-02", E, "經貿路車輛偵測器2 車速回復 33 km/h，警戒解除")
    # background
    S.c1999("動物救援", 120, (120.6550, 24.1800), None, "中央公園有一隻狗被綁在樹上很久了", scatter=150)
    S.status("offline", 200, "SN-RG-002", None, "水湳轉運中心雨量站 離線", reason="device_fault")
    S.rule("congestion", 260, "SN-VD-HUANZHONG-04", None, "環中路車輛偵測器4 平均車速 24 km/h，佔有率 33%")
    S.fa("fault", 600, "SN-FA-010", None, "中國醫藥大學水湳校區 受信總機 探測器迴路斷線")
    S.c1999("streetlight", 650, (120.6520, 24.1745), None, "河南路停車場旁一盞路燈不亮", scatter=60)
    S.inc(F, "fire", "綠美圖火警自動警報出動，查無火煙誤報結案", e)
    S.inc(X, "traffic", "中清路大客車拋錨至拖離", x)
    S.inc(E, "crowd", "中央公園節慶市集：停車滿、違停、人潮、壅塞、散場噪音", ip)
    S.alternative("誤報出動不算『案』（沒有災情，只是出勤紀錄）；市集煙火的來電是已知的許可內容，視為雜訊。",
                  S.alt_from(drop=[F]))
    for it in S.items:
        if it["truth"] == F:
            it["truth_alt"] = None
    S.notes.append("誤報：消防隊從出動到結案走完一趟，主讀法算一案；替代讀法為背景。")
    S.write()


def s1721():
    S = Sit(1721, "jingmao_main_burst_sinkhole", "經貿路自來水管破裂路面坍陷、河南路號誌故障",
            "平日午後經貿路生態住宅旁自來水管破裂：路面冒水隆起後坍陷，淹水計因管線水量上升，機車騎士跌入坑洞送醫，"
            "生態住宅A、B區停水，經貿路封閉並核發緊急搶修許可（後延長）；同時段河南路中平路口號誌控制器故障約兩小時。",
            "2016-05-12 13:30")
    W, R, S1 = "W1", "R1", "S1"
    rd = S.c1999("road_damage", 0, (120.6596, 24.1828), W, "經貿路生態住宅前面路面一直冒水，柏油都鼓起來了", scatter=80)
    S.rule("flood_depth", 4, "SN-FL-008", W, "經貿路低窪處 淹水深度 13 cm", level="1-15")
    wo = S.c1999("water_outage", 9, "ecoA", W, "生態住宅A區突然停水，沒有看到停水公告", scatter=80)
    S.c1999("water_outage", 11, "ecoB", W, "B區也沒水了", scatter=80)
    col = S.pol("road_collapse", 14, (120.6596, 24.1826), W, "經貿路生態住宅A、B區間路面坍陷約 2 公尺見方，自來水管破裂", sev="Severe", scatter=20)
    S.rule("flood_depth", 16, "SN-FL-008", W, "經貿路低窪處 淹水深度 22 cm", level="16-30")
    r = S.e119("ambulance", 17, (120.6596, 24.1826), R, "經貿路路面坍陷 機車騎士跌入坑洞 手腕疑似骨折", scatter=20, alt=W)
    S.pol("injury_accident", 18, (120.6596, 24.1826), R, "經貿路坍陷處機車自摔，騎士受傷送醫", sev="Moderate", scatter=20, alt=W)
    cl = S.pol("road_closure", 20, (120.6596, 24.1826), W, "經貿路（生態住宅段）雙向封閉，改道中平路", sev="Severe", scatter=30)
    S.rule("congestion", 26, "SN-VD-JINGMAO-02", W, "經貿路車輛偵測器2 平均車速 8 km/h，佔有率 70%")
    S.e119("ambulance", 40, (120.6596, 24.1826), R, "傷患送醫，返隊", status="returning", follows=r, scatter=20, alt=W)
    pw = S.permit("road_works", 45, 45, 6 * 60, (120.6596, 24.1826), W,
                  "經貿路自來水管線緊急搶修 開挖路面 至 19:30", radius=120)
    S.c1999("water_outage", 70, "ecoA", W, "停水停多久，什麼時候會來水，家裡有老人", scatter=80)
    S.pol("road_collapse", 95, (120.6596, 24.1826), W, "自來水公司已關閉上游閥門，坍陷處開挖搶修中", sev="Moderate", scatter=20, follows=col, delay=38 * 60)
    S.rule("cleared", 100, "SN-FL-008", W, "經貿路低窪處 淹水深度回降 警戒解除")
    S.permit("road_works", 5 * 60 + 40, 45, 9 * 60, (120.6596, 24.1826), W,
             "經貿路自來水管線緊急搶修 延長至 22:30（回填鋪面）", radius=120, pstatus="amended", follows=pw)
    S.c1999("water_outage", 6 * 60 + 20, "ecoA", W, "案件更新：自來水公司回覆已恢復供水", scatter=0, follows=wo)
    S.pol("road_reopened", 9 * 60 + 10, (120.6596, 24.1826), W, "經貿路搶修完成，路面回填，恢復雙向通行", sev="Minor", scatter=30, follows=cl)
    # signal fault
    S.status("offline", 35, "SN-SIG-010", S1, "河南路/中平路 號誌 離線", reason="device_fault")
    sf = S.sig("fault", 35.1, "SN-SIG-010", S1, "河南路/中平路 號誌 故障 全紅閃")
    S.c1999("traffic_signal", 41, "j_hn_zp", S1, "河南路中平路口紅綠燈一直閃紅燈，路口很亂", scatter=100)
    S.pol("traffic_signal_fault", 47, "j_hn_zp", S1, "河南路中平路口號誌故障，派員指揮交通", sev="Moderate", scatter=20)
    S.rule("congestion", 52, "SN-VD-HENAN-02", S1, "河南路車輛偵測器2 平均車速 12 km/h，佔有率 58%")
    S.rule("congestion", 54, "SN-VD-ZHONGPING-01", S1, "中平路車輛偵測器1 平均車速 15 km/h，佔有率 50%")
    S.c1999("traffic_signal", 90, "j_hn_zp", S1, "河南路中平路口號誌到現在還是壞的，剛剛打過", scatter=100)
    S.sig("restored", 158, "SN-SIG-010", S1, "河南路/中平路 號誌 恢復正常")
    S.status("online", 158.2, "SN-SIG-010", S1, "河南路/中平路 號誌 連線")
    # background
    S.c1999("blocked_drain", 60, (120.6480, 24.1925), None, "黎明路水溝有臭味", scatter=80)
    S.park("full", 120, "SN-PK-001", None, "水湳轉運中心停車場 車位已滿")
    th = S.pol("theft", 200, "hub", "P1", "轉運中心旅客行李遭竊，已受理", sev="Minor", scatter=40, alt=None)
    S.status("offline", 260, "SN-WL-004", None, "筏子溪西屯水位 離線", reason="maintenance")
    S.c1999("streetlight", 400, (120.6470, 24.1940), None, "黎明路路燈一盞不亮", scatter=60)
    S.inc(W, "infrastructure", "經貿路自來水管破裂：冒水、坍陷、停水、封閉、緊急搶修許可與延長，至恢復通行", col)
    S.inc(R, "rescue", "機車騎士跌入坍陷坑洞送醫", r)
    S.inc(S1, "traffic", "河南路中平路口號誌控制器故障：指揮交通、回堵至恢復", sf)
    S.inc("P1", "public_safety", "轉運中心旅客行李竊案", th)
    S.alternative("坍陷處跌倒的騎士是坍陷的直接後果、同一現場同一批員警，有的值班員不另開救護案；"
                  "已受理即結的行李竊案無須中心協調，視為背景。",
                  S.alt_from(drop=[R, "P1"]))
    S.notes.append("搶修進度的警方報告延遲 38 分鐘到中心，仍屬坍陷案。")
    S.write()


def s1722():
    S = Sit(1722, "hub_bus_fire_expo", "轉運中心客運起火與會展中心展覽人潮",
            "週六會展中心展覽（09:00-18:00）人潮中，13:20 水湳轉運中心月台一輛客運引擎室起火：監視器偵煙、民眾報火、"
            "轉運中心總機警報，119 出動，旅客疏散，轉運中心停車場與經貿路入口封閉回堵，司機輕度灼傷送醫；14:40 恢復通行。",
            "2016-12-10 09:00")
    E, F, T = "E1", "F1", "T1"
    pm = S.permit("exhibition", -20 * 24 * 60, 0, 9 * 60, "conv_a", E,
                  "臺中國際會展中心 國際機械展 09:00-18:00 預估 25,000 人次", radius=500, expected_attendance=25000)
    S.park("full", 50, "SN-PK-006", E, "臺中國際會展中心停車場 車位已滿")
    S.park("full", 75, "SN-PK-002", E, "經貿六停車場 車位已滿")
    ip = S.c1999("illegal_parking", 90, "conv_b", E, "會展中心周邊機車停滿人行道", scatter=200)
    S.cctv("crowding", 110, "SN-CCTV-005", E, "經貿路二段/黎明路三段 人群聚集", 0.81, motion="moving")
    S.fa("fault", 130, "SN-FA-002", None, "臺中國際會展中心 A棟 受信總機 探測器故障")
    sm = S.cctv("smoke", 260, "SN-CCTV-004", F, "經貿路二段/環中路二段 煙霧", 0.9, seen=(120.6531, 24.1976))
    S.c1999("fire_smoke", 261, "hub", F, "轉運站月台有一台客運在燒，冒很多黑煙", scatter=100)
    S.fa("alarm", 262, "SN-FA-001", F, "水湳轉運中心 1F 月台區 偵煙探測器動作 火警警報")
    e = S.e119("fire", 262.5, "hub", F, "水湳轉運中心 客運車輛火災 出動水箱車2 救護車1", scatter=20)
    S.pol("fire_report", 265, "hub", F, "轉運中心月台客運引擎室起火，協助疏散旅客", sev="Severe", scatter=40)
    S.pol("evacuation", 267, "hub", F, "轉運中心候車旅客約 400 人疏散至經貿路人行道", sev="Moderate", scatter=60)
    S.cctv("crowding", 268, "SN-CCTV-004", F, "經貿路二段/環中路二段 人群聚集", 0.74, motion="standing", seen=(120.6536, 24.1980), alt=E)
    S.e119("fire", 270, "hub", F, "到場，客運引擎室火勢，佈線射水", status="on_scene", follows=e)
    S.park("closed", 271, "SN-PK-001", T, "水湳轉運中心停車場 暫停開放", alt=F)
    cl = S.pol("road_closure", 272, "j_jm_hz", T, "經貿路二段轉運中心入口段封閉，客運改至經貿六停車場接駁區上下客", sev="Moderate", scatter=60)
    S.rule("congestion", 276, "SN-VD-JINGMAO-01", T, "經貿路車輛偵測器1 平均車速 9 km/h，佔有率 67%")
    S.rule("congestion", 280, "SN-VD-HUANZHONG-03", T, "環中路車輛偵測器3 平均車速 14 km/h，佔有率 55%")
    S.e119("ambulance", 279, "hub", F, "轉運中心客運火災 司機雙手輕度灼傷 送醫", scatter=30)
    S.e119("fire", 284, "hub", F, "火勢撲滅，無延燒建築", status="on_scene", follows=e)
    S.c1999("other", 290, "j_jm_hz", T, "公車都不進站了，轉運站那邊怎麼封起來了", scatter=200)
    S.fa("normal", 300, "SN-FA-001", F, "水湳轉運中心 火警受信總機 復歸")
    S.e119("fire", 312, "hub", F, "返隊", status="returning", follows=e)
    S.e119("fire", 330, "hub", F, "結案", status="closed", follows=e)
    S.pol("fire_report", 300, "hub", F, "客運火災初判為引擎室電線短路，車輛已拖離月台（補報）", sev="Minor", scatter=40, delay=45 * 60)
    S.pol("road_reopened", 340, "j_jm_hz", T, "經貿路二段轉運中心入口恢復通行", sev="Minor", scatter=60, follows=cl)
    S.park("empty", 342, "SN-PK-001", T, "水湳轉運中心停車場 恢復開放", alt=F)
    S.rule("cleared", 355, "SN-VD-JINGMAO-01", T, "經貿路車輛偵測器1 車速回復 32 km/h，警戒解除")
    S.cctv("crowding", 540, "SN-CCTV-005", E, "經貿路二段/黎明路三段 人群聚集（散場）", 0.83, motion="moving")
    S.rule("congestion", 545, "SN-VD-LIMING-01", E, "黎明路車輛偵測器1 平均車速 13 km/h，佔有率 56%")
    S.c1999("noise", 40, "fcu", None, "逢甲水湳校區旁邊週末也在施工", scatter=150)
    S.status("offline", 150, "SN-WL-005", None, "旱溪北屯水位 離線", reason="comms_lost")
    S.status("online", 190, "SN-WL-005", None, "旱溪北屯水位 連線")
    S.c1999("streetlight", 420, (120.6510, 24.1760), None, "河南路一盞路燈不亮，編號 XT-1202", scatter=60)
    S.inc(E, "crowd", "會展中心展覽人潮：停車場滿、違停、人群、散場壅塞", ip)
    S.inc(F, "fire", "轉運中心月台客運起火：搶救、旅客疏散、司機灼傷送醫至結案", "%s" % sm)
    S.inc(T, "traffic", "轉運中心入口封閉、停車場暫停開放與回堵，至恢復通行", cl)
    S.alternative("封路與停車場關閉是火災現場管制的一部分，火災案涵蓋；疏散旅客的人群影像則是展覽人潮。"
                  "此替代讀法只把停車場關閉/開放歸火災、人群影像歸展覽，交通管制案保留。",
                  [dict(i) for i in S.incidents])
    S.notes.append("火災開案點：監視器偵煙（0.9）加上一分鐘內的 1999 報火；主讀法的足夠證據取 1999 報火。")
    S.incidents[1]["sufficient_evidence_key"] = [i["key"] for i in S.items if i["feed"] == "1999" and i["truth"] == F][0]
    S.alt["incidents"][1]["sufficient_evidence_key"] = S.incidents[1]["sufficient_evidence_key"]
    S.write()


if __name__ == "__main__":
    for fn in (s1717, s1718, s1719, s1720, s1721, s1722):
        fn()
