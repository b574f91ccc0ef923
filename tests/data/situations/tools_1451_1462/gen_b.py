"""Situations 1457-1462 (seeded; run from anywhere: python3 gen_b.py)."""
from lib import Scene, J, off, place, vd_text, park_text

MUSEUM = place("museumbrary")
HUB = place("transit_hub")
HALL_A = place("convention_hall_a")
HALL_B = place("convention_hall_b")
CONV = place("convention_centre")
POP = place("pop_music_centre")
ECO_A = place("eco_block_a")
ECO_B = place("eco_block_b")
CMU = place("cmu_campus")
FCU = place("fcu_campus")
HENAN_PK = place("henan_car_park")
JM6 = place("jingmao6_car_park")
TOWER = place("operations_tower")
PARK_PK = place("park_car_park")
WRC = place("water_reclamation")
JM_LM = J("jingmao", "liming")
JM_HZ = J("jingmao", "huanzhong")
ZQ_HZ = J("zhongqing", "huanzhong")
JM7 = (120.65685, 24.19247)
KX_LM = J("kaixuan", "liming")
ZK_LM = J("zhongke", "liming")
HN_ZP = J("henan", "zhongping")
JM_ZP = J("jingmao", "zhongping")
KX_HZ = J("kaixuan", "huanzhong")
TW_HZ = J("taiwan_blvd", "huanzhong")


# =============================================================================== 1457
def s1457():
    s = Scene(1457, "music_festival_stage_fire", "2026-09-19",
              "綠美圖南側草坪音樂節：主舞台起火與疏散",
              "2026-09-19（六）中央公園北側（綠美圖南側草坪）水湳搖滾音樂節（約 1.5 萬人）。20:47 煙火特效引燃主舞台背板，"
              "疏散觀眾時推擠多人擦挫傷、工作人員燒燙傷、少女走散，21:58 舞台殘骸復燃；稍早另有草地中暑、入場排隊互毆、經貿/黎明路口機車事故。")
    STAGE = (120.6560, 24.1870)
    fest = s.incident("music_festival_crowd", "crowd",
                      "音樂節的人潮與交通：入場安檢排隊、公園北/會展/經貿六停車場全滿、經貿路車流、舞台前分區管制、取消後散場人潮")
    fire = s.incident("main_stage_fire", "fire",
                      "主舞台背板遭煙火特效引燃延燒燈架，觀眾約 1.2 萬人疏散（疏散推擠擦挫傷 3 人、工作人員燒燙傷）、"
                      "公園地下停車場排煙與暫停進出、經貿路供消防車進出封閉、舞台殘骸復燃")
    heat = s.incident("heatstroke_lawn", "rescue", "草地區男性觀眾中暑送醫")
    fight = s.incident("entry_queue_fight", "public_safety", "入場排隊區兩名男子插隊互毆，一人鼻樑受傷")
    crash = s.incident("scooter_crash_jingmao_liming", "traffic", "經貿路二段/黎明路三段口機車與自小客碰撞，騎士送醫")
    girl = s.incident("girl_separated_in_evacuation", "rescue", "12 歲少女疏散時與母親走散，後於綠美圖前尋獲")

    p = s.permit("festival", s.t("14:00"), s.t("22:30"), STAGE, 500,
                 "【核准】2026 水湳搖滾音樂節（9/19–9/20）　地點：中央公園北側綠美圖南側草坪　預估每日 15,000 人　"
                 "主舞台含煙火特效（已申請）；14:00 入場，22:30 散場；接駁：水湳轉運中心", fest, arrive=s.t("10:30", -3))
    s.c1999("noise", "13:20", off(ECO_A, 40, 70), "公園那邊在試音，鼓聲一直碰碰碰，我家小孩在睡午覺。", None, alt=fest)
    s.rule("SN-VD-JINGMAO-02", "congestion", "13:45", vd_text("SN-VD-JINGMAO-02", 14, 46), fest)
    s.parking("SN-PK-004", "full", "14:05", park_text("SN-PK-004", "full"), fest)
    q = s.police("crowd_control", "14:20", off(STAGE, 180, 260),
                 "音樂節入場安檢排隊延伸至經貿路三段人行道約 300 公尺，派員維持排隊秩序。", fest, severity="Minor", delay=420)
    s.sufficient(fest, q)
    s.parking("SN-PK-006", "full", "14:40", park_text("SN-PK-006", "full"), fest, alt=None)
    s.status("SN-FL-001", "offline", "15:00", "中央公園滯洪池1 淹水感測器 通訊中斷", None)
    s.status("SN-FL-001", "online", "15:06", "中央公園滯洪池1 淹水感測器 恢復連線", None)
    s.cctv("SN-CCTV-006", "crowding", "15:30", 0.8, "人群聚集：路口南側人行道人群移動", fest)
    s.c1999("other", "16:10", HUB, "請問今天音樂節還可以現場買票嗎？從轉運站要怎麼走過去？", None)
    hs = s.f119("ambulance", "16:40", off(STAGE, -40, 80),
                "救護：中央公園音樂節草地區，男性 22 歲疑似中暑，意識不清、體溫高。", heat)
    s.sufficient(heat, hs)
    s.f119_update(hs, "on_scene", "16:48", "救護車到達大會醫護站，患者體溫 39.5 度，降溫後送醫。")
    s.f119_update(hs, "returning", "17:05", "患者送中國醫藥大學附設醫院。")
    fq = s.police("public_disturbance", "17:20", off(STAGE, 200, 280),
                  "入場排隊區兩名男子因插隊口角互毆，已隔離雙方並帶回派出所，一人鼻樑受傷。", fight, severity="Moderate",
                  delay=540)
    fc = s.c1999("other", "17:21", off(STAGE, 230, 300),
                 "排隊那邊有兩個人打起來了，一個臉都是血，保全也不敢管！", fight, delay=90)
    s.sufficient(fight, fc)
    fa = s.f119("ambulance", "17:25", off(STAGE, 200, 280), "救護：音樂節入場排隊區，男性鬥毆鼻樑受傷流血，警方在場。", fight)
    s.f119_update(fa, "returning", "17:44", "傷者送澄清醫院。")
    s.rule("SN-VD-JINGMAO-01", "congestion", "17:50", vd_text("SN-VD-JINGMAO-01", 12, 51), fest)
    s.c1999("streetlight", "18:00", off(HUB, -120, -80), "黎明路三段往轉運站那段路燈有兩支不亮。", None)
    # crash at 經貿/黎明
    s.cctv("SN-CCTV-005", "accident", "18:30", 0.77, "事故偵測：路口內機車倒地，車輛停止", crash)
    ca = s.f119("ambulance", "18:31", JM_LM, "救護：經貿路二段黎明路三段口，機車與自小客碰撞，女性騎士右手骨折。", crash, delay=12)
    s.sufficient(crash, ca)
    pc = s.police("injury_accident", "18:32", JM_LM, "經貿路與黎明路口機車與自小客碰撞，騎士右手骨折送醫，佔用快車道。", crash,
                  severity="Moderate", delay=1100)
    s.c1999("traffic_accident", "18:34", off(JM_LM, -60, 40),
            "經貿路黎明路口有車禍，機車被轎車撞倒，去音樂節的人都站在路邊看。", crash)
    s.f119_update(ca, "on_scene", "18:38", "救護車到達，傷者右前臂變形，固定後送醫。")
    s.f119_update(ca, "returning", "18:55", "傷者送台中榮總。")
    s.parking("SN-PK-002", "full", "19:00", park_text("SN-PK-002", "full"), fest)
    s.police("traffic_accident", "19:10", JM_LM, "經貿黎明路口事故車輛已移置，恢復通行。", crash, severity="Minor", follows=pc, delay=480)
    s.cctv("SN-CCTV-006", "crowding", "19:40", 0.9, "人群聚集：路口四向人行道高密度", fest)
    s.police("crowd_control", "19:45", off(STAGE, 0, 60), "主舞台前區人潮密集，設置分區柵欄管制，暫停前區入場。", fest,
             severity="Moderate", delay=360)
    s.c1999("noise", "20:10", off(ECO_A, 60, -30), "音樂開那麼大聲，我們家窗戶關起來還是很吵，可以開到幾點？", None, alt=fest)
    # the stage fire
    sf = s.f119("fire", "20:48:30", STAGE,
                "火災：中央公園北側音樂節主舞台背板起火，延燒燈架，現場觀眾約 1.2 萬人。派遣消防車 6 輛、救護車 4 輛。", fire,
                delay=10)
    s.sufficient(fire, sf)
    s.police("fire_report", "20:48", STAGE, "音樂節主舞台背板起火，疑煙火特效引燃，請求消防支援並啟動疏散。", fire,
             severity="Severe", delay=200)
    s.cctv("SN-CCTV-006", "smoke", "20:49", 0.86, "煙霧偵測：畫面南側上方大量黑煙", fire)
    s.c1999("fire_smoke", "20:50", off(ECO_A, -30, 40),
            "公園那邊舞台燒起來了！火好大，一直有東西爆開的聲音。", fire, dups=[70])
    s.c1999("fire_smoke", "20:51", off(TOWER, -20, -30),
            "綠美圖後面的公園在冒黑煙，很大一片，是不是音樂節那邊出事了？", fire)
    ev = s.police("evacuation", "20:52", off(STAGE, 60, 150),
                  "音樂節觀眾約 1.2 萬人疏散，往經貿路三段及綠美圖前廣場方向，請求增援員警引導。", fire, severity="Severe",
                  delay=300)
    s.f119_update(sf, "on_scene", "20:55", "第一梯次到達，舞台背板及燈架燃燒中，佈線射水，防止延燒草地。")
    s.parking("SN-PK-004", "closed", "20:55", park_text("SN-PK-004", "closed", extra="（地面火警，暫停車輛進出）"), fire)
    s.panel("SN-FA-007", "alarm", "20:56", "火警受信總機：B1 排煙機房附近 偵煙探測器動作", fire)
    s.cctv("SN-CCTV-006", "crowding", "20:57", 0.93, "人群聚集：路口南側大量人群快速移動", fire, alt="evacuation_crush")
    ec = s.f119("ambulance", "20:58", off(STAGE, 90, 200),
                "救護：音樂節疏散動線，民眾推擠跌倒遭踩，擦挫傷 3 人，其中 1 人疑似肋骨骨折。", fire, alt="evacuation_crush", delay=10)
    s.c1999("crowding", "20:56", off(STAGE, 120, 220),
            "大家都在跑，有人跌倒被踩，小孩一直哭，出口太窄了！", fire, alt="evacuation_crush", delay=260)
    fcl = s.police("road_closure", "21:00", JM7, "經貿路二段（經貿七路以南）封閉，供消防車進出。", fire, severity="Moderate", delay=420)
    s.rule("SN-VD-JINGMAO-02", "congestion", "21:05", vd_text("SN-VD-JINGMAO-02", 5, 70), fire, alt=fest)
    lg = s.c1999("missing_person", "21:10", off(MUSEUM, 30, 50),
                 "我女兒剛剛大家在跑的時候走散了，12歲，穿白色T恤綁馬尾，手機打不通，我現在在綠美圖門口。", girl)
    s.sufficient(girl, lg)
    s.f119_update(ec, "returning", "21:12", "傷者 3 人送中國醫藥大學附設醫院。")
    bs = s.f119("ambulance", "21:12", off(STAGE, -30, -20), "救護：主舞台後台，工作人員男性手臂二度燒燙傷。", fire)
    pm = s.police("missing_person", "21:15", off(MUSEUM, 30, 50),
                  "協尋：12 歲少女（白色 T 恤、馬尾）音樂節疏散時與母親走散，已通報現場員警。", girl, severity="Moderate", delay=300)
    s.permit_version(p, "cancelled", s.t("21:20"), "【撤銷】水湳搖滾音樂節 9/19 場次因主舞台火警，主辦單位取消後續演出。")
    s.panel("SN-FA-007", "normal", "21:30", "火警受信總機：B1 偵煙探測器 復歸", fire)
    s.police("crowd_control", "21:35", off(MUSEUM, 0, -60),
             "疏散民眾於綠美圖前廣場集結，引導往水湳轉運中心搭乘接駁車。", fire, severity="Moderate", delay=360)
    s.cctv("SN-CCTV-004", "crowding", "21:40", 0.85, "人群聚集：路口行穿線大量人群移動", fest)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "21:45", vd_text("SN-VD-ZHONGQING-01", 11, 52), fest)
    s.police("missing_person", "21:50", off(MUSEUM, 0, -40), "走失少女已於綠美圖前廣場尋獲，交還母親。", girl, severity="Minor",
             follows=pm, delay=240)
    s.f119_update(sf, "returning", "21:50", "主舞台火勢撲滅，殘火處理完畢，部分車輛返隊。")
    rk = s.f119("rekindle", "21:58", STAGE, "復燃：音樂節主舞台殘骸（音響箱、布幕堆）復燃冒煙。派遣消防車 2 輛。", fire,
                follows=sf)
    s.f119_update(bs, "returning", "21:31", "傷者送中國醫藥大學附設醫院燒燙傷處置。")
    s.f119_update(rk, "closed", "22:25", "復燃殘骸已撲滅並翻動冷卻，留守監控，結案。")
    s.police("road_reopened", "22:40", JM7, "經貿路二段消防管制解除，恢復通行。", fire, severity="Minor", follows=fcl, delay=300)
    s.c1999("環境清潔", "22:50", off(STAGE, 150, 120), "公園草地到處都是垃圾跟踩爛的雨衣，明天早上有人來清嗎？", None)

    s.status("SN-CCTV-009", "offline", "11:00", "臺灣大道/環中路 路口監視器 維護作業", None, reason="maintenance")
    s.status("SN-CCTV-009", "online", "11:40", "臺灣大道/環中路 路口監視器 恢復連線", None)
    s.c1999("公園路樹", "12:40", off(STAGE, -150, -400), "公園步道有一根大樹枝斷掉掛在樹上，下面有人在走，怕掉下來。", None)
    s.rule("SN-VD-HUANZHONG-04", "congestion", "18:10", vd_text("SN-VD-HUANZHONG-04", 16, 43), None)
    s.alternative(
        '另一種讀法：疏散動線上的推擠踩踏與其傷者是一件獨立的人潮安全工作（由現場員警與救護處理），不歸主舞台火災；21:05 經貿路壅塞算音樂節散場車流；會展停車場全滿視為例行；噪音申訴歸入音樂節。',
        "The crush on the evacuation route with its injured (the running crowd at 20:57, 119's 20:58 case and its transport, the caller at 21:00) is a crowd-safety job of its own; the 21:05 slow-down on 經貿路 is festival egress; the full convention car park is routine; the noise complaints belong to the festival.")
    s.alt_incident("evacuation_crush", "crowd", "主舞台火警疏散時動線推擠跌倒遭踩，3 人擦挫傷、1 人疑似肋骨骨折", ec)
    s.story = ("Saturday 19 Sep 2026, the 水湳 rock festival on the lawn south of 綠美圖 (15,000 a day, pyrotechnics permitted). Festival job: car parks full from 14:05, the entry queue reported at 14:20 (opens it), crowds at the 經貿/經貿七 camera, a front-of-stage pen closed at 19:45, after the cancellation egress at 經貿/環中 and on 中清路. At 20:47 the pyrotechnics set the backdrop alight: 119 at 20:48 (six engines, four ambulances; opens the fire job), police, the 經貿七路 camera sees black smoke 600 m away, calls from eco block A (delivered twice) and the operations tower, 12,000 evacuated from 20:52, the park car park's panel alarms as smoke is drawn in and the car park shuts, three people hurt in the rush (119 at 20:58, a caller at 21:00), 經貿路 closed for the engines, a stage hand burned, the permit cancelled at 21:20, evacuees marshalled to the hub, the debris rekindles at 21:58 (119 rekindle following the first case), closed 22:25, road reopened 22:40. Unrelated: a young man with heatstroke on the lawn at 16:40; a queue-jumping fight at 17:20 (a caller ahead of police, 119); a scooter and a car collide at 經貿/黎明 at 18:30; a 12-year-old girl separated from her mother in the evacuation (the mother's 1999 at 21:10 from the 綠美圖 door, found 21:50). Background: a sound-check and a music noise complaint, a camera's maintenance, a hanging branch on a park path, a flood sensor's link flap, a ticket question, west 環中路 traffic, streetlights, rubbish.")
    return s


# =============================================================================== 1458
def s1458():
    s = Scene(1458, "lantern_festival_power_cut", "2027-02-20",
              "元宵燈會夜：東南側饋線跳脫停電",
              "2027-02-20（六，元宵節）中央公園南區臺中燈會（約 5 萬人，變更延長至 22:30）。19:42 東南側饋線跳脫，"
              "生態住宅、中國醫大水湳校區、水資源回收中心、經貿/中平路口號誌與公園南側機櫃停電，燈區南段全暗；"
              "生態住宅 B 區電梯受困、燈區階梯長者跌倒；另有河南/中平路口機車追撞、走失兒童與扒竊。")
    LANTERN = (120.6562, 24.1790)
    ZP_MID = (120.6545, 24.1708)
    lantern = s.incident("lantern_festival_crowd", "crowd",
                         "燈會的人潮與交通：中平路封閉、河南路與公園南側停車場全滿、燈區入口單向動線、停電時燈區南段全暗的人潮管制、散場")
    power = s.incident("feeder_trip_power_cut_southeast", "infrastructure",
                       "東南側饋線跳脫：生態住宅 B 區、中國醫大水湳校區、水資源回收中心、經貿/中平路口號誌與監視器、中平路偵測器、"
                       "公園南側機櫃（滯洪池感測器、南停車場）停電，經貿路三段路燈全暗，20:38 復電")
    lift = s.incident("lift_entrapment_eco_block_b", "rescue", "停電致生態住宅 B 區電梯受困 1 人，消防救出")
    fall = s.incident("elder_fall_dark_steps", "rescue", "停電時燈區南側階梯 70 歲男性踩空跌倒頭部撕裂傷")
    crash = s.incident("scooter_rear_end_henan_zhongping", "traffic", "河南路/中平路口機車追撞，騎士擦傷")
    child = s.incident("lost_child_lantern", "rescue", "5 歲女童於燈區入口走失，後尋獲")
    theft = s.incident("pickpocket_lantern", "public_safety", "燈區主燈前民眾手機遭扒")

    p = s.permit("festival", s.t("18:00"), s.t("22:00"), LANTERN, 600,
                 "【核准】2027 臺中燈會（中央公園南區）2/14–2/28 每晚 18:00–22:00　預估週末每晚 50,000 人　"
                 "交管：中平路（河南路至經貿路）17:30 起封閉；接駁：河南路停車場、水湳轉運中心", lantern, arrive=s.t("15:00", -10))
    s.permit_version(p, "amended", s.t("10:00", -1),
                     "【變更】2/20 元宵節當晚延長至 22:30；主燈區擴大至滯洪池 3 以北，增加河南路停車場接駁班次",
                     end=s.t("22:30"), radius=700)
    cl = s.police("road_closure", "17:30", ZP_MID, "燈會交管：中平路（河南路至經貿路）雙向封閉至 22:30。", lantern,
                  severity="Minor", delay=360)
    s.parking("SN-PK-003", "full", "17:40", park_text("SN-PK-003", "full"), lantern)
    s.parking("SN-PK-005", "full", "17:55", park_text("SN-PK-005", "full"), lantern)
    s.rule("SN-VD-HENAN-02", "congestion", "18:05", vd_text("SN-VD-HENAN-02", 10, 55), lantern)
    s.rule("SN-VD-ZHONGPING-01", "congestion", "18:12", vd_text("SN-VD-ZHONGPING-01", 7, 61), lantern)
    # the rear-end at 河南/中平
    s.cctv("SN-CCTV-010", "accident", "18:20", 0.69, "事故偵測：路口西側車道兩部機車停止", crash, skew=170)
    cr = s.f119("ambulance", "18:21", HN_ZP, "救護：河南路中平路口，機車追撞，男性騎士膝蓋擦傷。", crash)
    s.sufficient(crash, cr)
    s.police("traffic_accident", "18:23", HN_ZP, "河南路與中平路口兩部機車追撞，一人輕傷，已移置路旁。", crash, severity="Minor",
             delay=780)
    s.c1999("traffic_accident", "18:25", off(HN_ZP, 50, 60), "河南路要進燈會那邊兩台機車撞在一起，後面都不能動。", crash)
    s.f119_update(cr, "closed", "18:36", "傷者擦傷現場處置，拒絕送醫，結案。")
    q = s.police("crowd_control", "18:30", off(LANTERN, -120, -200),
                 "燈區南側入口人潮湧入，實施單向動線管制，河南路停車場接駁區排隊約 200 公尺。", lantern, severity="Moderate",
                 delay=300)
    s.sufficient(lantern, cl)
    s.c1999("streetlight", "18:40", off(KX_LM, 0, -200), "凱旋路靠黎明路那邊有一支路燈不亮，燈桿編號 1123。", None)
    s.cctv("SN-CCTV-010", "crowding", "18:45", 0.8, "人群聚集：路口東側人行道大量人群移動", lantern, skew=170)
    s.c1999("illegal_parking", "18:50", off(HENAN_PK, -150, -150), "河南路二段兩邊都違停，雙黃線旁邊也停，車子只剩一線。", None,
            alt=lantern)
    lc = s.police("missing_person", "18:55", off(LANTERN, -100, -180),
                  "民眾報案：5 歲女童（兔子造型帽、白色外套）於燈區南側入口與家人走散。", child, severity="Moderate", delay=240)
    s.sufficient(child, lc)
    s.c1999("missing_person", "19:01", off(LANTERN, -60, -100),
            "我女兒不見了，五歲，戴兔子帽子，剛剛在燈會入口那邊人太多手就放開了。", child)
    s.c1999("other", "19:05", HUB, "請問燈會接駁車在轉運站哪裡搭？幾分鐘一班？", None)
    s.status("SN-RG-003", "offline", "19:15", "北屯雨量站 電池電壓低離線", None, reason="battery_low")
    s.police("missing_person", "19:20", off(LANTERN, -100, -180), "走失女童已於燈區服務台尋獲，交還父親。", child,
             severity="Minor", follows=lc, delay=300)
    # the power cut
    sg = s.signal("SN-SIG-011", "fault", "19:42:05", "號誌控制器回報：主電源中斷，號誌熄滅", power, alt="signal_dark_jingmao_zhongping")
    s.status("SN-CCTV-011", "offline", "19:42:08", "經貿路/中平路 路口監視器 離線（市電中斷）", power, reason="mains_power_lost")
    s.panel("SN-FA-012", "fault", "19:42:20", "火警受信總機：主電源停電，切換預備電源", power)
    p2 = s.panel("SN-FA-010", "fault", "19:42:30", "火警受信總機：市電中斷，預備電源供電中", power)
    s.sufficient(power, sg)
    s.panel("SN-FA-008", "fault", "19:42:40", "火警受信總機：主電源失電", power)
    s.status("SN-VD-ZHONGPING-02", "offline", "19:42:50", "中平路車輛偵測器2 離線（市電中斷）", power, reason="mains_power_lost")
    s.c1999("crowding", "19:43", off(LANTERN, 30, -150),
            "燈會那邊突然全部暗掉了，一堆人在尖叫，小孩在哭，人很多很危險！", lantern, alt=power)
    s.police("crowd_control", "19:44", off(LANTERN, 0, -150),
             "燈區南段停電全暗，民眾驚慌，暫停入場並以手電筒、廣播引導，請求照明車支援。", lantern, severity="Severe", delay=240)
    s.c1999("power_outage", "19:45", ECO_B, "我們家突然停電了，整棟都沒電，走廊也是暗的。", power, dups=[65])
    s.c1999("power_outage", "19:47", CMU, "中國醫大水湳校區宿舍停電，整個校區都暗了。", power)
    s.c1999("streetlight", "19:48", off(ECO_A, 60, -200), "經貿路三段路燈整排都不亮，一片漆黑。", power)
    lr = s.c1999("rescue", "19:50", ECO_B, "電梯停電卡住了，我媽媽在裡面，按緊急鈴都沒人回應！", lift, delay=70)
    s.sufficient(lift, lr)
    lf = s.f119("rescue", "19:51", ECO_B, "救助：敦化路一段集合住宅（生態住宅 B 區）電梯停電受困 1 人。派遣消防車 1 輛。", lift)
    s.c1999("traffic_signal", "19:52", off(JM_ZP, -40, 50), "經貿路中平路口紅綠燈不亮了，車子都亂衝，很危險。", power,
            alt="signal_dark_jingmao_zhongping")
    s.rule("SN-FL-004", "sensor_offline", "19:53", "中央公園滯洪池4 淹水感測器 超過 10 分鐘未回傳", power, gateway="GW-CPS-01")
    s.rule("SN-FL-005", "sensor_offline", "19:53", "中央公園滯洪池5 淹水感測器 超過 10 分鐘未回傳", power, gateway="GW-CPS-01")
    s.rule("SN-WL-002", "sensor_offline", "19:53", "中央公園南滯洪池水位 超過 10 分鐘未回傳", power, gateway="GW-CPS-01")
    s.rule("SN-PK-005", "sensor_offline", "19:54", "中央公園地下停車場(南) 超過 10 分鐘未回傳", power, gateway="GW-CPS-01")
    s.police("traffic_signal_fault", "19:55", JM_ZP, "經貿路與中平路口號誌停電熄滅，派員現場指揮交通。", power,
             severity="Moderate", delay=420, alt="signal_dark_jingmao_zhongping")
    fs = s.f119("ambulance", "19:58", off(LANTERN, 40, -120),
                "救護：中央公園燈會南側階梯，男性約 70 歲停電時踩空跌倒，頭部撕裂傷。", fall)
    s.sufficient(fall, fs)
    s.c1999("power_outage", "20:00", off(TOWER, 700, 400), "我們這邊好像也停電了，家裡燈都不亮，是整區停電嗎？", None, alt=power)
    s.f119_update(lf, "on_scene", "20:02", "消防到達，電梯停於 6、7 樓間，以手動方式救出受困者。")
    s.police("other", "20:04", off(ECO_B, -150, -80),
             "台電回報：經貿路三段一帶饋線故障跳脫，搶修中，預計 20:40 前復電。", power, severity="Moderate", delay=600)
    s.f119_update(fs, "on_scene", "20:06", "救護車到達燈區南側，傷者頭部撕裂傷，送醫縫合。")
    th = s.police("theft", "20:15", off(LANTERN, 20, 100), "民眾報案：於主燈前人潮中手機遭扒竊。", theft, severity="Minor", delay=1020)
    s.sufficient(theft, th)
    s.f119_update(lf, "closed", "20:20", "受困者已救出，無人受傷，結案。")
    s.f119_update(fs, "returning", "20:21", "傷者送中國醫藥大學附設醫院。")
    s.signal("SN-SIG-011", "restored", "20:38", "號誌控制器回報：主電源恢復，號誌正常運轉", power, alt="signal_dark_jingmao_zhongping")
    s.status("SN-CCTV-011", "online", "20:38:20", "經貿路/中平路 路口監視器 恢復連線", power)
    s.panel("SN-FA-012", "normal", "20:38:30", "火警受信總機：主電源恢復", power)
    s.panel("SN-FA-010", "normal", "20:38:40", "火警受信總機：市電恢復", power)
    s.panel("SN-FA-008", "normal", "20:38:50", "火警受信總機：主電源恢復", power)
    s.status("SN-VD-ZHONGPING-02", "online", "20:39", "中平路車輛偵測器2 恢復連線", power)
    s.status("SN-FL-004", "online", "20:40", "中央公園滯洪池4 淹水感測器 恢復連線", power, gateway="GW-CPS-01")
    s.status("SN-WL-002", "online", "20:40", "中央公園南滯洪池水位 恢復連線", power, gateway="GW-CPS-01")
    s.police("crowd_control", "20:45", off(LANTERN, 0, -150), "燈區南段恢復供電，恢復入場，維持單向動線。", lantern,
             severity="Minor", delay=300)
    s.cctv("SN-CCTV-010", "crowding", "21:50", 0.84, "人群聚集：路口四向人行道大量人群移動", lantern, skew=170)
    s.rule("SN-VD-HENAN-01", "congestion", "22:00", vd_text("SN-VD-HENAN-01", 9, 57), lantern)
    s.police("road_reopened", "22:35", ZP_MID, "中平路燈會交通管制解除，恢復通行。", lantern, severity="Minor", follows=cl, delay=300)

    s.rule("SN-VD-HUANZHONG-01", "congestion", "18:00", vd_text("SN-VD-HUANZHONG-01", 17, 42), None)
    s.panel("SN-FA-005", "fault", "21:10", "火警受信總機：預備電源電壓不足", None)
    s.panel("SN-FA-005", "normal", "21:55", "火警受信總機：預備電源 復歸", None)
    s.c1999("環境清潔", "22:50", off(HENAN_PK, 80, 120), "燈會散場後河南路停車場旁邊垃圾滿地，還有人隨地丟竹籤。", None)
    s.alternative(
        '另一種讀法：停電的經貿/中平路口是一件獨立的交通工作（員警指揮交通，交通局待命），停電工作改由第二棟建築的市電中斷開立；燈區南段全暗時的人潮驚慌 1999 與北邊 1 公里外民眾的停電電話算停電工作；河南路違停算燈會。',
        "The dark junction at 經貿/中平 is a traffic job of its own (then the power cut opens at the second building's mains-lost panel); the frightened caller in the dark lantern area and the power call from 1 km north belong to the power cut; the illegal parking on 河南路 is the lantern fair's.")
    s.alt_incident("signal_dark_jingmao_zhongping", "traffic", "經貿路/中平路口號誌因停電熄滅，員警指揮交通至復電", sg)
    s.alt_incident(power, "infrastructure", s.incidents[power]["description"], p2)
    s.story = ("Saturday 20 Feb 2027, Lantern Festival night at the Taichung Lantern Fair in Central Park south (nightly 14-28 Feb; amended the day before to run to 22:30; 50,000 expected). Lantern job: 中平路 closed at 17:30 (opens it), the 河南路 and park-south car parks full, slow-downs on 河南路 and 中平路, one-way flow at the south entrance at 18:30, crowding at the 河南/中平 camera (its clock 3 min fast), the south section plunged into darkness at 19:42 with police halting entry, lights back and entry resumed at 20:45, egress at 21:50, closure lifted 22:35. At 19:42 a feeder trips: the 經貿/中平 signal reports mains lost (opens the power-cut job), the camera there and the 中平路 detector go offline with mains lost, the panels of eco block B, the CMU campus and the water reclamation centre switch to battery, a resident (delivered twice), the dormitory and a street of dark lamps call 1999, four devices behind the park's south cabinet GW-CPS-01 fall silent, the police direct traffic at the dark junction, 台電 reports a feeder fault at 20:04, power is back at 20:38 and every device restores. Separate jobs: a woman trapped in a lift in eco block B (her son's 1999 at 19:50, 119 rescue, freed 20:20); an elderly man who falls on dark steps in the lantern area at 19:58; a scooter rear-end at 河南/中平 at 18:20; a 5-year-old lost at 18:55, found 19:20; a phone picked at the main lantern. Background: west 環中路 traffic, a streetlight, a shuttle question, illegal parking on 河南路, a rain gauge's battery, the operations tower panel's own standby battery running low after the power is back (not the power cut: the tower is outside the feeder), a resident 1 km north who thinks his power is off too, rubbish.")
    return s


# =============================================================================== 1459
def s1459():
    s = Scene(1459, "convention_concert_and_fair", "2026-12-12",
              "會展中心同晚兩場：A 棟演唱會與 B 棟聖誕動漫市集",
              "2026-12-12（六）會展中心 A 棟晚間演唱會（1.2 萬人）與 B 棟聖誕動漫市集（全日 2 萬人次）同場，停車、排隊與散場人潮重疊；"
              "另有排隊互毆、轉運中心失智長者走失、A 棟舞台煙霧機觸發火警、深夜環中路酒駕自撞。")
    conv = s.incident("convention_centre_crowd", "crowd",
                      "會展中心 A 棟演唱會與 B 棟市集的人潮與交通（同一場館、同一警力與交管）：停車場全滿、入口限流、排隊、散場湧入轉運中心")
    fight = s.incident("queue_fight_hall_a", "public_safety", "A 棟演唱會排隊區互毆，一人鼻部流血")
    elder = s.incident("lost_elder_transit_hub", "rescue", "78 歲失智長者於轉運中心下客運後失聯，於經貿六停車場旁尋獲")
    alarm = s.incident("hall_a_smoke_machine_alarm", "fire", "A 棟舞台煙霧機觸發偵煙探測器，119 出動確認非火災")
    crash = s.incident("drunk_driver_hits_median_huanzhong", "traffic", "環中路二段凱旋路口酒駕自小客撞分隔島，駕駛受困救出")

    pa = s.permit("concert", s.t("19:00"), s.t("22:00"), HALL_A, 300,
                  "【核准】2026 冬季巡迴演唱會臺中場　地點：臺中國際會展中心 A 棟　預估觀眾 12,000 人　17:00 開放排隊", conv,
                  arrive=s.t("11:00", -4), alt="concert_hall_a")
    pb = s.permit("exhibition", s.t("10:00"), s.t("21:00"), HALL_B, 250,
                  "【核准】聖誕動漫市集　地點：臺中國際會展中心 B 棟　12/12–12/13　預估每日 20,000 人次", conv,
                  arrive=s.t("09:30", -5), alt="fair_hall_b")
    s.parking("SN-PK-006", "full", "10:20", park_text("SN-PK-006", "full"), conv, alt="fair_hall_b")
    s.c1999("illegal_parking", "11:00", off(MUSEUM, 180, 60), "經貿五路紅線又停滿了，每次會展有活動就這樣。", None)
    s.parking("SN-PK-002", "full", "12:50", park_text("SN-PK-002", "full"), conv, alt="fair_hall_b")
    q1 = s.police("crowd_control", "13:10", off(HALL_B, 20, -40),
                  "B 棟市集人潮眾多，入口實施限流，排隊延伸至經貿路二段人行道。", conv, severity="Minor", delay=420,
                  alt="fair_hall_b")
    s.sufficient(conv, q1)
    s.cctv("SN-CCTV-005", "crowding", "14:30", 0.72, "人群聚集：路口西南側人行道排隊人潮", conv, alt="fair_hall_b")
    q2 = s.police("crowd_control", "16:30", off(HALL_A, -50, 60),
                  "A 棟演唱會歌迷提前排隊，排隊動線延伸至環中路二段人行道，派員引導。", conv, severity="Moderate", delay=360,
                  alt="concert_hall_a")
    s.parking("SN-PK-001", "full", "17:10", park_text("SN-PK-001", "full"), conv, alt="concert_hall_a", dups=[130])
    s.rule("SN-VD-JINGMAO-01", "congestion", "17:30", vd_text("SN-VD-JINGMAO-01", 11, 53), conv, alt="concert_hall_a")
    s.cctv("SN-CCTV-004", "crowding", "17:40", 0.83, "人群聚集：路口南側人行道大量人群靜止", conv, alt="concert_hall_a")
    s.rule("SN-VD-HUANZHONG-04", "congestion", "18:05", vd_text("SN-VD-HUANZHONG-04", 18, 40), None)
    fq = s.police("public_disturbance", "18:10", off(HALL_A, -60, 70),
                  "A 棟演唱會排隊區民眾因插隊口角互毆，已隔離雙方，一人鼻部流血。", fight, severity="Moderate", delay=600)
    fc = s.c1999("other", "18:12", off(HALL_A, -80, 60), "演唱會排隊的地方有人打架，一個男的流鼻血，保全在旁邊沒用！", fight,
                 delay=100)
    s.sufficient(fight, fc)
    fa = s.f119("ambulance", "18:14", off(HALL_A, -60, 70), "救護：會展中心 A 棟排隊區，男性鬥毆鼻部流血，警方在場。", fight)
    s.f119_update(fa, "closed", "18:30", "傷者鼻出血已止，拒絕送醫，結案。")
    s.parking("SN-PK-004", "full", "18:35", park_text("SN-PK-004", "full"), conv, alt="concert_hall_a")
    s.c1999("other", "18:40", off(HALL_A, -40, 90), "演唱會門口一直有人在兜售黃牛票，一張喊到八千，警察可以來抓嗎？", None,
            alt="concert_hall_a")
    e1 = s.c1999("missing_person", "19:20", HUB,
                 "我爸爸 78 歲有失智，下午三點多在水湳轉運站下客運之後就聯絡不到，穿深藍色夾克、戴毛帽。", elder)
    s.sufficient(elder, e1)
    pm = s.police("missing_person", "19:35", HUB, "協尋失智長者：男性 78 歲，深藍色夾克、毛帽，下午於水湳轉運中心下客運後失聯。",
                  elder, severity="Moderate", delay=420)
    s.panel("SN-FA-001", "fault", "19:50", "火警受信總機：第 5 迴路斷線", None)
    s.c1999("other", "20:05", JM6, "經貿六停車場這邊有一個阿公一直問路，講話怪怪的，說要回家但講不出住哪裡，戴毛帽。", elder)
    s.police("missing_person", "20:20", JM6, "失智長者已於經貿六停車場旁尋獲，通知家屬帶回。", elder, severity="Minor", follows=pm,
             delay=360)
    s.panel("SN-FA-001", "normal", "20:40", "火警受信總機：第 5 迴路 復歸", None)
    s.c1999("crowding", "21:00", off(HALL_B, 40, -30), "市集要結束了，大家都擠在B館門口，推嬰兒車根本出不去。", conv,
            alt="fair_hall_b")
    s.cctv("SN-CCTV-006", "crowding", "21:10", 0.78, "人群聚集：路口西北側人行道人群移動", conv, alt="fair_hall_b")
    pf = s.panel("SN-FA-002", "alarm", "21:15", "火警受信總機：A 棟 主場館舞台區 偵煙探測器動作", alarm)
    af = s.f119("fire", "21:16", HALL_A, "火災：臺中國際會展中心 A 棟火警受信總機動作，演唱會進行中（約 1.2 萬人）。派遣消防車 3 輛。",
                alarm, delay=8)
    s.sufficient(alarm, af)
    s.c1999("fire_smoke", "21:17", off(HALL_A, 10, 10),
            "A館裡面警報一直響，可是演唱會還在唱，舞台一直噴煙，到底是不是火災？要不要跑？", alarm)
    s.f119_update(af, "on_scene", "21:22", "消防到達 A 棟，會同館方確認舞台區。")
    s.f119_update(af, "closed", "21:35", "現場確認為舞台煙霧機觸發偵煙探測器，非火災，結案。")
    s.panel("SN-FA-002", "normal", "21:36", "火警受信總機：A 棟舞台區 復歸", alarm)
    s.police("crowd_control", "22:05", HUB, "演唱會散場與市集人潮湧入水湳轉運中心，候車區擁擠，加派員警並請客運加開班次。", conv,
             severity="Moderate", delay=480, alt="concert_hall_a")
    s.cctv("SN-CCTV-004", "crowding", "22:10", 0.9, "人群聚集：路口四向人行道高密度人群移動", conv, alt="concert_hall_a")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "22:12", vd_text("SN-VD-HUANZHONG-03", 9, 60), conv, alt="concert_hall_a")
    s.rule("SN-VD-ZHONGQING-01", "congestion", "22:20", vd_text("SN-VD-ZHONGQING-01", 12, 48), conv, alt="concert_hall_a")
    s.c1999("環境清潔", "22:40", off(HUB, -60, -40), "轉運站外面人行道垃圾桶都滿了，飲料杯丟一地。", None)
    # the drunk driver
    s.cctv("SN-CCTV-002", "accident", "23:05", 0.83, "事故偵測：路口東側分隔島旁車輛靜止，車頭損毀", crash)
    cr = s.f119("rescue", "23:06", off(KX_HZ, 60, 15), "救助：環中路二段凱旋路口，自小客撞擊分隔島，駕駛受困車內。派遣消防車 2 輛、救護車 1 輛。",
                crash, delay=10)
    s.sufficient(crash, cr)
    pc = s.police("injury_accident", "23:08", off(KX_HZ, 60, 15),
                  "環中路二段凱旋路口自小客撞擊分隔島，駕駛受困，酒測值 0.45 mg/L，車頭全毀佔用內側兩車道。", crash,
                  severity="Severe", delay=540)
    s.c1999("traffic_accident", "23:09", off(KX_HZ, 150, 40), "環中路有一台車撞到分隔島，車頭整個爛掉，好像有人在裡面！", crash)
    s.f119_update(cr, "on_scene", "23:12", "到達現場，破壞車門救出駕駛，意識清楚，多處擦挫傷。")
    s.rule("SN-VD-HUANZHONG-02", "congestion", "23:15", vd_text("SN-VD-HUANZHONG-02", 13, 49), crash)
    s.f119_update(cr, "returning", "23:40", "駕駛送台中榮總。")
    s.police("traffic_accident", "23:55", off(KX_HZ, 60, 15), "環中路凱旋路口事故車已拖離，內側車道恢復通行。", crash,
             severity="Minor", follows=pc, delay=300)

    bus = s.incident("bus_breakdown_zhongke_huanzhong", "traffic", "市公車故障停於中科路環中路口，佔用車道至拖離")
    bc = s.cctv("SN-CCTV-003", "stalled_vehicle", "20:50", 0.85, "車輛停滯：路口南側車道大型車輛靜止", bus)
    bp = s.police("stalled_vehicle", "20:55", J("zhongke", "huanzhong"), "市公車故障停於中科路環中路口，佔用外側車道，等待拖吊。", bus,
                  severity="Moderate", delay=300)
    s.sufficient(bus, bp)
    s.police("stalled_vehicle", "21:30", J("zhongke", "huanzhong"), "故障市公車已拖離，恢復通行。", bus, severity="Minor", follows=bp,
             delay=300)
    s.c1999("other", "17:55", HALL_A, "請問 A 棟演唱會幾點開放入場？現在排隊的地方在哪裡？", None)
    s.cctv("SN-CCTV-005", "crowding", "21:20", 0.77, "人群聚集：路口西南側人行道人群移動", conv, alt="fair_hall_b")
    s.c1999("crowding", "21:50", off(HUB, 20, -20), "轉運站排客運排好長，人擠到手扶梯那邊，很危險。", conv, alt="concert_hall_a")
    s.police("crowd_control", "22:40", HUB, "轉運中心散場人潮已消退，候車秩序恢復正常。", conv, severity="Minor", delay=300,
             alt="concert_hall_a")
    s.c1999("traffic_accident", "23:20", off(KX_HZ, -200, -40), "環中路往凱旋路那邊封了一線，前面有車禍，塞很久。", crash)
    s.status("SN-VD-KAIXUAN-02", "offline", "15:10", "凱旋路車輛偵測器2 通訊中斷", None, reason="comms_lost")
    s.status("SN-VD-KAIXUAN-02", "online", "15:16", "凱旋路車輛偵測器2 恢復連線", None)
    s.c1999("streetlight", "19:00", off(ECO_A, 90, 30), "經貿路三段路燈有一支一直閃，燈桿編號 2210。", None)
    s.alternative(
        '另一種讀法：A 棟演唱會與 B 棟市集是兩件工作（兩張許可、兩個主辦、不同時段），各自的停車、排隊與散場證據分開；黃牛兜售的 1999 算演唱會。',
        'The concert and the fair are two jobs (two permits, two organisers, different hours), each with its own car parks, queues and egress; the ticket-tout call belongs to the concert.')
    s.alt_incident("concert_hall_a", "crowd", "A 棟演唱會的排隊、停車與散場人潮（含轉運中心候車）", q2)
    s.alt_incident("fair_hall_b", "crowd", "B 棟聖誕動漫市集的人潮、入口限流與停車", q1)
    s.story = ("Saturday 12 Dec 2026, two permits at the convention centre: a Christmas anime fair in hall B (10:00-21:00, 20,000 visits) and a concert in hall A (19:00-22:00, 12,000). Main reading: one venue job (same police detail and traffic plan): car parks full from 10:20, hall B entry limits at 13:10 (opens it), hall A fans queuing along 環中路 from 16:30, slow-downs on 經貿路, crowds at the cameras at 經貿/黎明, 經貿/環中 and 經貿/經貿七, the fair's closing crowd at hall B's door at 21:00, both audiences flooding the transit hub from 21:50, slow-downs on 環中路 and 中清路, calm again at 22:40. Unrelated: a queue fight outside hall A at 18:10 (caller first, 119 for a bloody nose); a 78-year-old with dementia missing since getting off a coach at the hub (family's 1999 at 19:20, police, a caller at the 經貿六 car park who meets an old man asking the way, found 20:20); a city bus breaks down at 中科/環中 at 20:50; hall A's panel alarms at 21:15 during the show, 119 sends three engines and finds the stage smoke machine at 21:35; a drunk driver hits the median at 環中/凱旋 at 23:05 and is cut free (camera, 119 rescue, two calls, police). Background: red-line parking, ticket touts, a question about opening time, west 環中路 evening traffic, a detector's link flap, a blinking streetlight, the hub panel's loop fault, rubbish.")
    return s


# =============================================================================== 1460
def s1460():
    s = Scene(1460, "christmas_market_fryer_fire", "2026-12-25",
              "綠美圖聖誕市集：攤位油炸鍋起火",
              "2026-12-25（五）綠美圖前聖誕市集（1.2 萬人，前一天變更延長擴大）。19:35 攤位油炸鍋起火延燒帳篷，綠美圖大廳偵煙動作、"
              "東側攤位疏散、攤商燙傷；另有走失兒童、營運塔公車站男性胸痛、市集兩起扒竊、經貿/黎明路口機車事故。")
    MARKET = (120.6575, 24.1922)
    STALL = off(MARKET, 40, -10)
    market = s.incident("christmas_market_crowd", "crowd",
                        "聖誕市集的人潮與交通：停車場全滿、入口人潮、經貿路車流、散場")
    fire = s.incident("fryer_fire_market_stall", "fire",
                      "市集攤位油炸鍋起火延燒帳篷，綠美圖大廳偵煙動作，東側攤位與民眾疏散，桶裝瓦斯移除，攤商手部燙傷")
    child = s.incident("lost_boy_market", "rescue", "6 歲男童於市集走失，後尋獲")
    chest = s.incident("chest_pain_tower_bus_stop", "rescue", "營運塔前公車站男性胸痛冒冷汗送醫")
    theft = s.incident("pickpocket_gang_market", "public_safety", "市集人潮中兩起扒竊，疑同一集團")
    crash = s.incident("scooter_crash_jingmao_liming", "traffic", "經貿路二段/黎明路三段口機車碰撞，騎士送醫")

    p = s.permit("market", s.t("16:00"), s.t("22:00"), MARKET, 250,
                 "【核准】綠美圖聖誕市集（12/19–12/27）　地點：臺中綠美圖前廣場　攤位 80 攤（含餐飲使用桶裝瓦斯 12 攤）　預估每日 12,000 人",
                 market, arrive=s.t("14:00", -12))
    s.permit_version(p, "amended", s.t("15:30", -1), "【變更】12/24–12/25 延長至 23:00，攤位區擴大至經貿七路側人行廣場",
                     end=s.t("23:00"), radius=320)
    s.parking("SN-PK-006", "full", "17:30", park_text("SN-PK-006", "full"), market)
    s.rule("SN-VD-JINGMAO-01", "congestion", "17:35", vd_text("SN-VD-JINGMAO-01", 14, 47), None, alt=market)
    s.c1999("illegal_parking", "17:50", off(JM7, 60, -40), "經貿七路紅線停滿車，還有人停在斑馬線上。", None, alt=market)
    s.parking("SN-PK-004", "full", "18:00", park_text("SN-PK-004", "full"), market)
    s.c1999("streetlight", "18:10", off(HUB, -100, -120), "黎明路三段靠轉運站那邊的路燈一直閃。", None)
    lb = s.police("missing_person", "18:20", off(MARKET, -20, 30),
                  "民眾報案：6 歲男童（綠色毛衣、聖誕帽）於市集與家人走散。", child, severity="Moderate", delay=300)
    s.sufficient(child, lb)
    s.c1999("missing_person", "18:24", off(MARKET, 10, 40), "我兒子在市集不見了，六歲，戴聖誕帽，綠色毛衣！", child)
    s.cctv("SN-CCTV-006", "crowding", "18:40", 0.83, "人群聚集：路口東南側人行道大量人群", market)
    s.police("missing_person", "18:45", off(MARKET, -20, 30), "走失男童已於市集服務台尋獲。", child, severity="Minor", follows=lb,
             delay=240)
    q = s.police("crowd_control", "18:50", off(MARKET, -60, 20),
                 "市集入口人潮擁擠，實施單向進出，經貿七路側人行道派員引導。", market, severity="Moderate", delay=360)
    s.sufficient(market, q)
    s.status("SN-RG-002", "offline", "19:00", "水湳轉運中心雨量站 電池電壓低離線", None, reason="battery_low")
    s.parking("SN-PK-002", "full", "19:10", park_text("SN-PK-002", "full"), market, alt=None)
    s.status("SN-RG-002", "online", "19:30", "水湳轉運中心雨量站 恢復連線", None)
    # the fryer fire
    ff = s.f119("fire", "19:36", STALL,
                "火災：綠美圖前廣場聖誕市集，攤位油炸鍋起火延燒帳篷，旁有桶裝瓦斯。派遣消防車 4 輛、救護車 1 輛。", fire, delay=8)
    s.sufficient(fire, ff)
    s.cctv("SN-CCTV-006", "smoke", "19:36:30", 0.79, "煙霧偵測：畫面東南方火光與濃煙", fire)
    s.police("fire_report", "19:37", STALL, "聖誕市集攤位油鍋起火延燒帳篷，現場疏散周邊民眾，請求消防。", fire, severity="Severe",
             delay=240)
    s.c1999("fire_smoke", "19:38", off(STALL, -50, 30), "市集那邊有攤位著火了，火很大，帳篷都燒起來了！", fire)
    s.c1999("fire_smoke", "19:39", off(TOWER, -30, 0), "營運塔旁邊的市集帳篷在燒，黑煙一直往這邊飄。", fire, dups=[45])
    s.panel("SN-FA-004", "alarm", "19:39", "火警受信總機：1F 大廳 偵煙探測器動作", fire)
    ev = s.police("evacuation", "19:40", off(STALL, 0, 30), "市集東側攤位及民眾疏散至綠美圖西側廣場，拉起封鎖線。", fire,
                  severity="Moderate", delay=300)
    s.police("hazmat_report", "19:41", STALL, "起火攤位旁桶裝瓦斯 2 桶已由員警協助移至安全處，無洩漏。", fire, severity="Moderate",
             delay=480)
    s.f119_update(ff, "on_scene", "19:42", "消防到達，起火攤位及相鄰帳篷燃燒中，射水撲滅中。")
    bf = s.f119("ambulance", "19:44", STALL, "救護：聖誕市集起火攤位，攤商男性雙手燙傷。", fire)
    s.cctv("SN-CCTV-006", "crowding", "19:45", 0.9, "人群聚集：路口南側大量人群快速移動", fire, alt=market)
    s.f119_update(bf, "returning", "20:02", "傷者送中國醫藥大學附設醫院燒燙傷處置。")
    cp = s.f119("ambulance", "20:05", off(TOWER, 30, -40), "救護：經貿路三段智慧營運塔前公車站，男性 60 歲胸痛、冒冷汗。", chest)
    s.sufficient(chest, cp)
    s.panel("SN-FA-004", "normal", "20:10", "火警受信總機：1F 大廳 復歸", fire)
    s.f119_update(cp, "on_scene", "20:12", "救護車到達，患者疑似急性心肌梗塞，給氧後送醫。")
    s.f119_update(ff, "closed", "20:25", "攤位油炸鍋起火延燒帳篷 2 頂，已撲滅，攤商 1 人燙傷送醫，結案。")
    s.f119_update(cp, "returning", "20:26", "患者送中國醫藥大學附設醫院。")
    th1 = s.police("theft", "20:30", off(MARKET, -30, 10), "民眾報案：於市集人潮中手機遭扒竊。", theft, severity="Minor", delay=900)
    s.sufficient(theft, th1)
    s.police("other", "20:40", off(STALL, 0, 30), "市集東側攤位經消防確認安全，解除封鎖恢復營業（起火攤位停業）。", fire,
             severity="Minor", follows=ev, delay=420)
    s.police("theft", "20:55", off(MARKET, 20, -30), "又一名民眾皮夾遭扒，手法相同，疑同一扒竊集團，加派便衣巡邏。", theft,
             severity="Minor", follows=th1, delay=600)
    s.c1999("other", "21:00", off(MARKET, 0, -40), "市集裡面一直有人被扒，我朋友剛剛手機不見，警察到底在哪裡？", theft)
    # crash at 經貿/黎明
    s.cctv("SN-CCTV-005", "accident", "21:15", 0.74, "事故偵測：路口內機車倒地", crash)
    cc = s.f119("ambulance", "21:16", JM_LM, "救護：經貿路二段黎明路三段口機車碰撞，男性騎士左腳疑似骨折。", crash, delay=10)
    s.sufficient(crash, cc)
    s.police("injury_accident", "21:18", JM_LM, "經貿路與黎明路口兩部機車碰撞，一人受傷送醫。", crash, severity="Moderate", delay=960)
    s.c1999("traffic_accident", "21:19", off(JM_LM, 40, 50), "經貿路黎明路口兩台機車撞在一起，一個人躺在地上。", crash)
    s.rule("SN-VD-LIMING-01", "congestion", "21:22", vd_text("SN-VD-LIMING-01", 13, 48), crash, alt=market)
    s.f119_update(cc, "returning", "21:35", "傷者送台中榮總。")
    s.signal("SN-SIG-006", "fault", "21:40:00", "號誌控制器回報：燈號異常", None)
    s.signal("SN-SIG-006", "restored", "21:40:50", "號誌控制器回報：恢復正常", None)
    s.cctv("SN-CCTV-006", "crowding", "22:10", 0.86, "人群聚集：路口四向人群移動", market)
    s.rule("SN-VD-JINGMAO-01", "congestion", "22:20", vd_text("SN-VD-JINGMAO-01", 12, 50), market)
    s.police("crowd_control", "22:30", off(MARKET, -60, 20), "市集散場人潮往轉運中心及經貿六停車場，秩序正常。", market,
             severity="Minor", delay=300)
    s.c1999("環境清潔", "23:10", off(MARKET, 60, 40), "市集收攤後垃圾一大堆，還有油倒在排水溝。", None)

    s.c1999("other", "17:00", MUSEUM, "請問綠美圖聖誕市集今天開到幾點？有沒有停車優惠？", None)
    s.c1999("crowding", "18:30", off(MARKET, 0, 20), "市集裡面擠到根本動不了，推嬰兒車卡在中間，可以限制人數嗎？", market)
    s.c1999("evacuation", "19:50", off(MARKET, -80, 10), "我們在市集突然被叫出來，說前面失火，東西都還在攤位上，什麼時候可以回去拿？",
            fire)
    s.cctv("SN-CCTV-006", "crowding", "20:50", 0.84, "人群聚集：路口東南側人行道人群移動", market)
    s.c1999("noise", "22:45", off(TOWER, 200, 60), "市集都快十一點了還在放音樂，樓上住戶都聽得到。", None, alt=market)
    s.c1999("traffic_accident", "21:25", off(JM_LM, -30, -60), "經貿路黎明路口剛剛機車車禍，救護車剛走，地上都是碎片。", crash)
    s.alternative(
        '另一種讀法：17:35 經貿路壅塞與經貿七路違停算市集人潮；19:45 路口大量人群移動是市集的人潮而非火警疏散；21:22 黎明路壅塞算市集散場車流而非車禍；經貿六停車場全滿視為例行；深夜音樂噪音申訴歸入市集。',
        "The evening slow-down on 經貿路 and the red-line parking on 經貿七路 are the market's; the crowd running at 19:45 is the market's crowd rather than the fire's evacuation; the 21:22 slow-down on 黎明路 is market egress rather than the crash's; the full 經貿六 car park is routine; the late-music complaint is the market's.")
    s.story = ("Friday 25 Dec 2026, the Christmas market in front of 綠美圖 (80 stalls, 12 with LPG; amended the day before to run to 23:00 and spill towards 經貿七路). Market job: car parks full from 17:30, a caller stuck with a pram at 18:30, the camera at 經貿/經貿七 sees crowds, one-way entry at 18:50 (opens it), egress from 22:10. At 19:36 a stall's fryer sets its tent alight: 119 (opens the fire job), camera smoke, police, two calls (one delivered twice), 綠美圖's lobby detector as smoke drifts in, the east stalls evacuated, two LPG cylinders moved away, a vendor with burned hands, a visitor asking when she can fetch her things, fire out at 20:25, stalls reopened at 20:40. Unrelated: a 6-year-old lost at 18:20, found 18:45; a man with chest pain at the operations tower bus stop at 20:05; two pickpocketings at 20:30 and 20:55 that the police tie to one gang, with a caller complaining in between; two scooters collide at 經貿/黎明 at 21:15. Background: evening traffic on 經貿路, red-line parking, a blinking streetlight, a rain gauge's battery, a 50-second signal glitch at 經貿/經貿七, late music, oil in a drain.")
    return s


# =============================================================================== 1461
def s1461():
    s = Scene(1461, "unpermitted_taxi_protest", "2026-09-14",
              "未申請的計程車抗議：轉運中心與經貿/環中路口",
              "2026-09-14（一）上午計程車司機未申請集會，於水湳轉運中心入口聚集並以車隊佔用經貿路二段環中路口約一小時；"
              "期間自小客駕駛與抗議司機推擠、抗議者中暑；同一上午另有臺灣大道環中路口追撞、經貿路三段自來水管破裂；會展中心另有例行展覽。")
    MAIN = (120.6594, 24.1830)
    taxi = s.incident("taxi_drivers_protest", "crowd",
                      "計程車司機未申請集會：轉運中心入口聚集、車隊佔用經貿路二段環中路口、封閉與改道、環中路與經貿路回堵、勸導解散")
    scuffle = s.incident("driver_scuffle_jingmao_huanzhong", "public_safety", "自小客駕駛與抗議司機口角推擠，一人臉部擦傷")
    faint = s.incident("protester_heat_faint", "rescue", "抗議現場 60 歲男性頭暈疑似中暑送醫")
    rear = s.incident("rear_end_taiwan_blvd_huanzhong", "traffic", "臺灣大道環中路口自小客追撞，無人受傷，佔用內側車道")
    main = s.incident("water_main_burst_jingmao_3", "infrastructure",
                      "經貿路三段自來水管破裂，路面冒水積水、外側車道管制，生態住宅 A、B 區停水")

    s.rule("SN-VD-HUANZHONG-01", "congestion", "07:50", vd_text("SN-VD-HUANZHONG-01", 16, 43), None)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "08:05", vd_text("SN-VD-ZHONGQING-02", 18, 39), None)
    ex = s.permit("exhibition", s.t("09:00"), s.t("17:00"), CONV, 300,
                  "【核准】2026 臺中國際工具機暨零組件展（9/12–9/15）　地點：臺中國際會展中心 A、B 棟　預估每日 8,000 人次", None,
                  arrive=s.t("10:00", -6))
    s.cctv("SN-CCTV-009", "accident", "08:12", 0.81, "事故偵測：路口北側內側車道兩車靜止", rear)
    rc = s.c1999("traffic_accident", "08:14", off(TW_HZ, 80, 60), "臺灣大道環中路口兩台車追撞，停在內側車道，後面塞很長。", rear,
                 delay=100)
    s.sufficient(rear, rc)
    pr = s.police("traffic_accident", "08:15", TW_HZ, "臺灣大道與環中路口自小客追撞，無人受傷，佔用內側車道，員警處理中。", rear,
                  severity="Minor", delay=720)
    bm = s.c1999("flooding", "08:30", MAIN, "經貿路三段路面一直冒水出來，像噴泉一樣，外側車道都是水，又沒有下雨。", main)
    s.sufficient(main, bm)
    s.rule("SN-FL-008", "flood_depth", "08:34", "經貿路低窪處 淹水深度 7 cm", main, level="1-15")
    q = s.police("crowd_control", "08:40", off(HUB, 20, 60),
                 "約 80 輛計程車聚集水湳轉運中心入口，未申請集會，抗議轉運中心排班區規劃，已派員勸導。", taxi,
                 severity="Moderate", delay=300)
    s.sufficient(taxi, q)
    s.c1999("water_outage", "08:40", ECO_B, "家裡突然沒水了，水龍頭打開只有一點點，也沒看到停水公告。", main)
    s.cctv("SN-CCTV-004", "stalled_vehicle", "08:45", 0.77, "車輛停滯：路口南側車道多部車輛靜止", taxi, skew=-420)
    s.police("flooding_report", "08:48", MAIN, "經貿路三段疑似自來水管破裂，路面積水約 5 公分，外側車道管制，已通報自來水公司。",
             main, severity="Moderate", delay=600)
    s.police("traffic_accident", "08:50", TW_HZ, "臺灣大道環中路口追撞車輛已移置路旁，恢復通行。", rear, severity="Minor", follows=pr,
             delay=360)
    s.c1999("other", "08:55", off(HUB, 60, 20), "轉運站門口一堆計程車停在那邊一直按喇叭，公車都進不去。", taxi)
    s.panel("SN-FA-001", "fault", "09:05", "火警受信總機：第 3 迴路斷線", None)
    s.c1999("water_outage", "09:10", ECO_A, "我們大樓沒水了，管委會說不是水塔的問題，是外面的水管嗎？", main)
    s.cctv("SN-CCTV-004", "crowding", "09:20", 0.8, "人群聚集：路口南側人群靜止", taxi, skew=-420)
    cl = s.police("road_closure", "09:25", JM_HZ, "抗議車隊佔用經貿路二段環中路口，封閉經貿路二段北向，車輛改道黎明路。", taxi,
                  severity="Moderate", delay=300, dups=[60])
    s.rule("SN-VD-HUANZHONG-02", "congestion", "09:30", vd_text("SN-VD-HUANZHONG-02", 8, 63), taxi)
    s.rule("SN-VD-JINGMAO-01", "congestion", "09:33", vd_text("SN-VD-JINGMAO-01", 5, 71), taxi)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "09:38", vd_text("SN-VD-HUANZHONG-03", 11, 55), taxi)
    s.panel("SN-FA-001", "normal", "09:40", "火警受信總機：第 3 迴路 復歸", None)
    s.c1999("other", "09:42", off(JM_HZ, -120, 40), "環中路整個塞住，計程車停在路中間，都沒有人管嗎？我上班要遲到了。", taxi)
    s.parking("SN-PK-006", "full", "09:50", park_text("SN-PK-006", "full"), None)
    sc = s.police("public_disturbance", "09:50", off(JM_HZ, 20, -30),
                  "一名自小客駕駛不滿受阻，下車與抗議司機口角推擠，一人臉部擦傷，已隔離雙方並製單。", scuffle,
                  severity="Moderate", delay=420, alt=taxi)
    s.c1999("other", "09:52", off(JM_HZ, 60, -60), "經貿路環中路口有人下車跟計程車司機打起來了！", scuffle, alt=taxi, delay=90)
    s.sufficient(scuffle, [it for it in s.items if it.truth == scuffle and it.feed == "1999"][0])
    fa = s.f119("ambulance", "10:05", off(JM_HZ, 30, -80), "救護：經貿路二段環中路口抗議現場，男性 60 歲頭暈、冒冷汗，疑似中暑。", faint)
    s.sufficient(faint, fa)
    s.status("SN-PK-003", "offline", "10:10", "河南路停車場 設備故障離線", None, reason="device_fault")
    s.f119_update(fa, "on_scene", "10:12", "救護車到達，患者意識清楚，補充水分後送醫觀察。")
    s.police("crowd_control", "10:20", HUB, "經協調，抗議車隊移至轉運中心旁空地，派代表與交通局陳情。", taxi, severity="Minor",
             delay=360)
    s.f119_update(fa, "returning", "10:25", "患者送中國醫藥大學附設醫院。")
    s.police("road_reopened", "10:25", JM_HZ, "經貿路二段環中路口抗議車輛已移離，恢復通行。", taxi, severity="Minor", follows=cl,
             delay=300)
    s.rule("SN-FL-008", "cleared", "10:30", "經貿路低窪處 淹水深度 0 cm，警戒解除", main)
    s.c1999("streetlight", "10:40", off(FCU, 80, 60), "逢甲水湳校區旁邊的路燈大白天都亮著。", None)
    s.status("SN-PK-003", "online", "10:50", "河南路停車場 恢復連線", None)
    s.police("crowd_control", "11:00", HUB, "計程車抗議群眾解散，轉運中心入口恢復正常。", taxi, severity="Minor", delay=300)
    s.c1999("環境清潔", "11:20", off(HUB, 40, 40), "轉運站旁邊空地一堆菸蒂跟檳榔渣，剛剛那些計程車留下的。", None, alt=taxi)

    s.rule("SN-VD-HUANZHONG-04", "congestion", "08:20", vd_text("SN-VD-HUANZHONG-04", 14, 47), None, alt=rear)
    s.c1999("traffic_accident", "08:35", off(TW_HZ, -60, 90), "臺灣大道環中路口那個車禍處理好了沒？塞了快二十分鐘。", rear)
    s.police("crowd_control", "09:05", off(HUB, 30, 50), "抗議司機約 30 人於轉運中心入口拉布條、呼口號，持續勸導。", taxi,
             severity="Moderate", delay=360)
    s.c1999("noise", "09:15", TOWER, "外面計程車一直按喇叭，整個辦公室都聽得到，已經半個小時了。", taxi)
    s.police("other", "09:20", MAIN, "自來水公司搶修人員到場，關閉制水閥，開挖搶修中，外側車道持續管制。", main, severity="Minor",
             delay=480)
    s.c1999("other", "09:58", off(HUB, -20, 30), "計程車擋在轉運站門口，客運都進不去，我們在月台等很久了。", taxi)
    s.cctv("SN-CCTV-005", "stalled_vehicle", "10:00", 0.74, "車輛停滯：路口北側車道多部車輛靜止", taxi)
    s.c1999("water_outage", "10:05", off(ECO_A, 40, 40), "經貿路三段這邊停水，請問什麼時候會來水？", main)
    s.c1999("water_outage", "11:40", ECO_B, "水來了，但是水黃黃的，可以用嗎？", main)
    s.alternative(
        '另一種讀法：駕駛與抗議司機的推擠發生在抗議現場，由同一批員警處理，是抗議工作的一部分；08:20 環中路壅塞是臺灣大道追撞的回堵；抗議車隊離開後留下的髒亂也歸抗議。',
        "The driver's scuffle is part of the protest job (same officers, same junction); the 08:20 slow-down on 環中路 is the rear-end's queue; the litter left behind is the protest's.")
    s.story = ("Monday 14 Sep 2026, morning rush. Taxi drivers, without a permit, gather some 80 cabs at the transit hub's entrance from 08:40 (the police report opens the job; the camera there runs 7 min slow), hoot and hang banners, then park across 經貿/環中 at 09:25 (closure report delivered twice; slow-downs on 環中路 and 經貿路; passengers, drivers and office staff complain), move to a vacant lot at 10:20 after talks, the road reopens at 10:25 and they disperse at 11:00. A driver gets out and scuffles with a protester at 09:50; a protester feels faint at 10:05. Unrelated: a rear-end at 臺灣大道/環中 at 08:12 (camera, a caller, police 12 min late, cleared 08:50); a water main bursts on 經貿路三段 at 08:30 (a caller sees water welling without rain, the low-point flood sensor reads 7 cm, residents of eco blocks A and B lose water, police close a lane, the water company shuts the valve, water back but discoloured by 11:40). A tool show in the convention centre holds its permit and fills its car park (background). Background: rush-hour slow-downs, the hub panel's loop fault, the 河南路 car park's device fault, a streetlight lit by day, litter left by the cabs.")
    return s


# =============================================================================== 1462
def s1462():
    s = Scene(1462, "rain_cancelled_park_concert", "2026-07-25",
              "豪雨取消中央公園演唱會：滯留歌迷與地下道積水",
              "2026-07-25（六）午後豪雨，中央公園北側草坪戶外演唱會（3 萬人）16:10 宣布取消，數千歌迷滯留公園北側與轉運中心；"
              "中清環中路口地下道積水逾 30 公分、自小客受困；黎明凱旋路口積水；凱旋路路樹倒塌；黎明中科路口機車滑倒。")
    STAGE = (120.6560, 24.1860)
    KX_TREE = off(POP, -40, 60)
    fans = s.incident("stranded_fans_cancelled_concert", "crowd",
                      "演唱會取消後滯留的歌迷：公園北側與轉運中心候車區人潮、加開接駁、疏導")
    upass = s.incident("underpass_flood_zhongqing_huanzhong", "flood",
                       "中清環中路口地下道積水逾 30 公分，自小客熄火受困，封閉地下道，中清路回堵")
    pond = s.incident("ponding_liming_kaixuan", "flood", "黎明路凱旋路口低窪處積水約 20 公分，水溝阻塞，機車行駛困難")
    tree = s.incident("fallen_tree_kaixuan_pop_music", "traffic", "凱旋路影音中心旁路樹倒塌擋住兩車道並壓到機車")
    slip = s.incident("scooter_slip_zhongke_liming", "traffic", "黎明路中科路口機車雨天滑倒，騎士擦傷")

    p = s.permit("concert", s.t("18:30"), s.t("22:00"), STAGE, 600,
                 "【核准】2026 夏日公園演唱會　地點：中央公園北側大草坪　預估 30,000 人　16:00 開放入場　接駁：水湳轉運中心", fans,
                 arrive=s.t("16:20", -3))
    s.rule("SN-RG-002", "heavy_rain", "15:20", "水湳轉運中心雨量站 1 小時累積雨量 44.0 mm，達大雨標準", None, level="大雨")
    s.rule("C0F9T0", "heavy_rain", "15:30", "西屯雨量站 1 小時累積雨量 42.5 mm，達大雨標準", None, level="大雨")
    s.parking("SN-PK-004", "full", "15:40", park_text("SN-PK-004", "full"), fans, alt=None)
    s.permit_version(p, "cancelled", s.t("16:25"), "【撤銷】2026 夏日公園演唱會因豪雨特報及雷擊風險，主辦單位 16:10 宣布取消，已入場觀眾請離場。")
    s.rule("SN-RG-001", "heavy_rain", "16:15", "中央公園雨量站 3 小時累積雨量 104.5 mm，達豪雨標準", None, level="豪雨")
    s.rule("SN-FL-006", "flood_depth", "16:20", "中清環中路口地下道 淹水深度 9 cm", upass, level="1-15")
    s.c1999("other", "16:30", STAGE, "演唱會是不是取消了？我們已經到公園了，雨好大，接駁車在哪裡？", fans, alt=None)
    f2 = s.rule("SN-FL-006", "flood_depth", "16:35", "中清環中路口地下道 淹水深度 23 cm", upass, level="16-30")
    s.sufficient(upass, f2)
    s.cctv("SN-CCTV-008", "flooding", "16:38", 0.8, "道路積水：地下道入口車道積水", upass)
    q = s.police("crowd_control", "16:40", off(STAGE, 60, 120),
                 "演唱會取消，約 5,000 名歌迷滯留中央公園北側及綠美圖騎樓躲雨，派員引導往轉運中心。", fans, severity="Moderate",
                 delay=300)
    s.sufficient(fans, q)
    s.c1999("flooding", "16:42", off(ZQ_HZ, -60, -40), "中清環中那個地下道淹水了，有一台車卡在裡面，水到車門了！", upass,
            dups=[80])
    s.police("flooding_report", "16:45", ZQ_HZ, "中清環中路口地下道積水約 40 公分，一輛自小客熄火，準備封閉地下道。", upass,
             severity="Severe", delay=420)
    s.rule("SN-FL-006", "flood_depth", "16:50", "中清環中路口地下道 淹水深度 41 cm", upass, level=">30")
    ucl = s.police("road_closure", "16:50", ZQ_HZ, "中清環中路口地下道雙向封閉，車輛改走平面道路。", upass, severity="Moderate",
                   delay=360)
    s.cctv("SN-CCTV-008", "stalled_vehicle", "16:52", 0.85, "車輛停滯：地下道入口車輛靜止", upass)
    ur = s.f119("rescue", "16:55", ZQ_HZ, "救助：中清路環中路口地下道，自小客受困積水，駕駛 1 人。派遣消防車 2 輛。", upass)
    s.c1999("crowding", "16:55", off(HUB, -30, -20), "轉運站擠滿人，大家都在躲雨，公車都客滿不停，要等多久？", fans,
            alt="transit_hub_rain_crowd")
    tr = s.c1999("fallen_tree", "17:00", KX_TREE, "影音中心旁邊凱旋路有一棵路樹倒下來，擋住兩個車道。", tree)
    s.sufficient(tree, tr)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "17:00", vd_text("SN-VD-ZHONGQING-01", 6, 68), upass)
    s.f119_update(ur, "on_scene", "17:03", "消防到達，以救生繩協助駕駛脫困。")
    s.cctv("SN-CCTV-004", "crowding", "17:05", 0.84, "人群聚集：路口南側人行道大量人群靜止", fans, alt="transit_hub_rain_crowd")
    s.police("fallen_object", "17:08", KX_TREE, "凱旋路影音中心旁路樹倒塌佔用兩車道，已擺設警示，通報養工處。", tree,
             severity="Moderate", delay=540)
    s.rule("SN-FL-009", "flood_depth", "17:10", "黎明路凱旋路口低窪處 淹水深度 11 cm", pond, level="1-15")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "17:12", vd_text("SN-VD-KAIXUAN-02", 8, 59), tree)
    s.c1999("flooding", "17:15", off(KX_LM, 30, -20), "黎明路凱旋路口積水好深，機車騎過去水都噴到人行道上。", pond)
    s.rule("SN-VD-JINGMAO-01", "congestion", "17:15", vd_text("SN-VD-JINGMAO-01", 10, 56), fans, alt=None)
    s.c1999("fallen_tree", "17:20", off(KX_TREE, 10, -20), "凱旋路那棵倒下來的樹壓到一台停在路邊的機車。", tree)
    s.police("crowd_control", "17:20", HUB, "轉運中心候車區滯留人潮眾多，協調客運及市公車加開班次。", fans, severity="Moderate",
             delay=420, alt="transit_hub_rain_crowd")
    pf = s.rule("SN-FL-009", "flood_depth", "17:25", "黎明路凱旋路口低窪處 淹水深度 19 cm", pond, level="16-30")
    s.sufficient(pond, pf)
    s.police("flooding_report", "17:28", KX_LM, "黎明路與凱旋路口積水約 20 公分，機車行駛困難，已通報水利局抽水。", pond,
             severity="Moderate", delay=600)
    s.f119_update(ur, "closed", "17:30", "駕駛已脫困，無人受傷，車輛待拖吊，結案。")
    s.rule("SN-WL-001", "water_level", "17:30", "中央公園北滯洪池水位 2.08 m，達三級警戒（2.0 m）", None, level="3")
    s.rule("SN-FL-001", "flood_depth", "17:35", "中央公園滯洪池1 淹水深度 12 cm", None, level="1-15")
    sa = s.f119("ambulance", "17:40", ZK_LM, "救護：黎明路三段中科路口，機車雨天滑倒，男性騎士手腳擦傷。", slip)
    s.sufficient(slip, sa)
    s.police("injury_accident", "17:42", ZK_LM, "黎明路與中科路口機車自摔（路面濕滑），騎士輕傷。", slip, severity="Minor", delay=780)
    s.c1999("traffic_accident", "17:44", off(ZK_LM, -50, 30), "黎明路中科路口有機車滑倒，人坐在路邊，機車躺在車道上。", slip)
    s.c1999("blocked_drain", "17:50", off(KX_LM, 60, 20), "黎明路這邊水溝蓋被垃圾塞住，水都排不掉，所以路口才淹。", pond)
    s.status("SN-FL-002", "offline", "18:00", "中央公園滯洪池2 淹水感測器 電池電壓低離線", None, reason="battery_low")
    s.f119_update(sa, "closed", "18:02", "騎士擦傷現場包紮，拒絕送醫，結案。")
    s.cctv("SN-CCTV-004", "crowding", "18:10", 0.8, "人群聚集：路口人行道人群移動", fans, alt="transit_hub_rain_crowd")
    s.police("fallen_object", "18:30", KX_TREE, "凱旋路倒樹已由養工處移除，恢復通行。", tree, severity="Minor", delay=420)
    s.rule("SN-FL-009", "cleared", "18:40", "黎明路凱旋路口低窪處 淹水深度 2 cm，警戒解除", pond)
    s.police("crowd_control", "18:45", HUB, "滯留歌迷已疏散完畢，轉運中心候車秩序恢復正常。", fans, severity="Minor", delay=300,
             alt="transit_hub_rain_crowd")
    s.rule("SN-FL-006", "cleared", "19:10", "中清環中路口地下道 淹水深度 3 cm，警戒解除", upass)
    s.police("road_reopened", "19:30", ZQ_HZ, "中清環中路口地下道積水退去，清理後恢復通行。", upass, severity="Minor", follows=ucl,
             delay=300)
    s.c1999("streetlight", "20:10", off(ECO_B, 100, 20), "敦化路一段路燈有三支不亮，下雨天很暗。", None)

    slipf = s.incident("slip_fall_transit_hub", "rescue", "轉運中心候車區地板濕滑女性跌倒手腕骨折")
    sh = s.f119("ambulance", "17:35", off(HUB, 20, 10), "救護：水湳轉運中心候車區，女性 60 歲地板濕滑跌倒，右手腕疑似骨折。", slipf)
    s.sufficient(slipf, sh)
    s.f119_update(sh, "returning", "17:58", "傷者送中國醫藥大學附設醫院。")
    s.c1999("other", "16:05", off(HUB, 0, -40), "雨這麼大，今天公園的演唱會還會辦嗎？我們要不要過去？", None)
    s.c1999("flooding", "16:48", off(ZQ_HZ, 90, 40), "中清路地下道那邊淹水，車子都卡在入口不敢下去。", upass)
    s.cctv("SN-CCTV-004", "crowding", "17:30", 0.86, "人群聚集：路口人行道大量人群靜止", fans, alt="transit_hub_rain_crowd")
    s.c1999("crowding", "17:45", off(HUB, 40, -10), "轉運站裡面擠滿人，地板都是水很滑，剛剛有人跌倒。", fans, alt="transit_hub_rain_crowd")
    s.rule("SN-FL-007", "flood_depth", "17:18", "河南路低窪處 淹水深度 8 cm", None, level="1-15")
    s.parking("SN-PK-004", "empty", "18:50", park_text("SN-PK-004", "empty", extra="（演唱會取消，車輛已駛離）"), None)
    s.alternative(
        '另一種讀法：轉運中心的候車人潮是下雨天的一般候車擁擠，與取消的演唱會分開，另成一件轉運中心人潮工作；公園北側停車場全滿、詢問演唱會是否取消的電話與 17:15 經貿路壅塞視為例行。',
        "The crowding at the transit hub (callers, cameras, the police's extra buses and clearance) is ordinary rain-hour crowding and a job of its own, apart from the cancelled concert's stranded fans; the full park car park, the fan asking whether the concert is on and the 17:15 slow-down on 經貿路 are routine.")
    s.alt_incident("transit_hub_rain_crowd", "crowd", "豪雨時水湳轉運中心候車區人潮擁擠、公車客滿過站，協調加開班次",
                   [it for it in s.items if it.alt == "transit_hub_rain_crowd" and it.feed == "1999"][0])
    s.story = ("Saturday 25 Jul 2026, a cloudburst. An open-air concert on Central Park's north lawn (30,000, approved 22 Jul) is called off at 16:10 (the cancellation reaches the center at 16:25); fans who came early have filled the park car park. Stranded-fans job: the police report 5,000 fans sheltering at 16:40 (opens it), the transit hub's waiting area is overwhelmed (callers, the camera at 經貿/環中, extra buses at 17:20), cleared by 18:45. Flood job at the 中清/環中 underpass: 9 cm at 16:20, 23 cm at 16:35 (opens it), the camera sees water, callers (one delivered twice) report a car in the water, 41 cm, police close the underpass, 119 frees the driver, traffic backs up on 中清路, all clear at 19:10, reopened 19:30. A second, separate flood at the 黎明/凱旋 low point (11 then 19 cm, a caller, police, a blocked drain, clear 18:40). A tree falls across 凱旋路 by the Pop Music Center at 17:00 (two calls, police, cleared 18:30). A scooter slips at 黎明/中科 at 17:40; a woman slips in the hub's wet waiting area at 17:35. Background: rain alerts (大雨, 豪雨), the north detention pond at level 3 and pond 1 filling as designed, a shallow reading at 河南路, a sensor's battery, the park car park emptied, a question whether the concert is on, streetlights.")
    return s


SCENES = [s1457, s1458, s1459, s1460, s1461, s1462]

if __name__ == "__main__":
    for fn in SCENES:
        sc = fn()
        stem, n = sc.write()
        print("%s: %d items" % (stem, n))
