"""Situations 1451-1456 (seeded; run from anywhere: python3 gen_a.py)."""
from lib import Scene, J, off, place, vd_text, park_text, SENSORS

MUSEUM = place("museumbrary")
HUB = place("transit_hub")
HALL_A = place("convention_hall_a")
HALL_B = place("convention_hall_b")
CONV = place("convention_centre")
POP = place("pop_music_centre")
ECO_A = place("eco_block_a")
ECO_B = place("eco_block_b")
FCU = place("fcu_campus")
CMU = place("cmu_campus")
HENAN_PK = place("henan_car_park")
JM6 = place("jingmao6_car_park")
TOWER = place("operations_tower")
JM_LM = J("jingmao", "liming")        # 經貿路二段/黎明路三段
JM_HZ = J("jingmao", "huanzhong")     # 經貿路二段/環中路二段
ZQ_HZ = J("zhongqing", "huanzhong")   # 中清路/環中路
JM7 = (120.65685, 24.19247)           # 經貿路二段/經貿七路 (signal SN-SIG-006)
KX_LM = J("kaixuan", "liming")
ZK_LM = J("zhongke", "liming")
HN_ZP = J("henan", "zhongping")
JM_ZP = J("jingmao", "zhongping")
KX_HZ = J("kaixuan", "huanzhong")


# =============================================================================== 1451
def s1451():
    s = Scene(1451, "nye_countdown_central_park", "2026-12-31",
              "跨年晚會：中央公園北側與會展中心一帶",
              "2026-12-31 晚間至 2027-01-01 凌晨，中央公園北側大草坪舉辦臺中跨年晚會（預估 12 萬人），"
              "經貿路二段交管、停車場全滿、散場人潮湧向水湳轉運中心；同一區域另有走失男童、扒竊、"
              "中清環中路口機車自摔、綠美圖階梯跌倒、生態住宅 A 區廚房油鍋起火、轉運中心酒醉路倒與散場後鬥毆。")
    STAGE = off(place("park_car_park"), -60, -250)
    crowd = s.incident("nye_crowd", "crowd",
                       "跨年晚會的人潮與交通管理：入口管制、經貿路二段封閉、周邊停車場全滿、車流回堵與散場時轉運中心候車人潮（同一交管與警力部署）")
    child = s.incident("lost_boy_museumbrary", "rescue",
                       "5 歲男童於綠美圖前草坪走失，後於會展中心 B 棟外由民眾陪同尋獲")
    theft = s.incident("pickpocket_jingmao7", "public_safety", "經貿七路入口人潮中扒竊手機與皮夾，嫌犯二名")
    crash = s.incident("scooter_crash_zhongqing_huanzhong", "traffic",
                       "中清路/環中路口機車自摔，騎士腿部骨折送醫，佔用內側車道")
    fall = s.incident("elder_fall_museumbrary_steps", "rescue", "綠美圖前廣場階梯 70 歲女性跌倒頭部撕裂傷")
    kfire = s.incident("kitchen_fire_eco_block_a", "fire", "水湳生態住宅 A 區 7 樓住戶廚房油鍋起火，住戶自行撲滅，消防到場確認")
    drunk = s.incident("drunk_collapse_transit_hub", "rescue", "水湳轉運中心候車區男性酒醉倒地，救護車送醫")
    fight = s.incident("fight_jingmao6_shuttle", "public_safety", "經貿六停車場接駁區前酒後互毆，一人頭部遭酒瓶擊傷")

    # -- the permit, approved the day before, amended on the day
    p = s.permit("festival", s.t("18:00"), s.t("01:00", 1), STAGE, 650,
                 "【核准】2027臺中跨年晚會　地點：中央公園北側大草坪（含綠美圖前廣場）　主辦：臺中市政府新聞局　"
                 "預估人潮 12 萬人　管制：12/31 22:00–01:30 經貿路二段（黎明路三段至經貿七路）雙向封閉；"
                 "23:59 倒數煙火；水湳轉運中心、經貿六停車場設接駁專車", crowd,
                 arrive=s.t("10:05", -1))
    s.permit_version(p, "amended", s.t("13:20"),
                     "【變更】2027臺中跨年晚會　散場時間延後至 01:30（煙火後加演）；活動範圍擴大至綠美圖前廣場及會展中心 B 棟前；"
                     "增設經貿六停車場接駁區", end=s.t("01:30", 1), radius=750)

    # -- build-up
    s.rule("SN-VD-HUANZHONG-04", "congestion", "18:12", vd_text("SN-VD-HUANZHONG-04", 17, 41, "（往西屯）"), None)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "18:26", vd_text("SN-VD-HUANZHONG-01", 19, 38), None)
    s.parking("SN-PK-004", "full", "18:52", park_text("SN-PK-004", "full"), crowd)
    s.c1999("other", "19:06", HUB, "民眾詢問跨年接駁專車在哪裡搭乘、末班車幾點，已告知轉運中心 2 號月台及經貿六停車場接駁區。", None)
    f1 = s.f119("ambulance", "19:33", off(MUSEUM, 0, -45),
                "救護：綠美圖前廣場階梯，女性約 70 歲跌倒，頭部撕裂傷出血，意識清楚。派遣救護車 1 輛。", fall)
    s.sufficient(fall, f1)
    s.c1999("rescue", "19:34", off(MUSEUM, 25, -20),
            "綠美圖門口那個樓梯有一個阿嬤跌倒，頭在流血，家人在旁邊，不知道有沒有人打119？", fall, dups=[95])
    s.f119_update(f1, "on_scene", "19:41", "救護車到達綠美圖前廣場，傷者頭部撕裂傷約 3 公分，已包紮。")
    s.parking("SN-PK-006", "full", "19:38", park_text("SN-PK-006", "full"), crowd)
    s.c1999("streetlight", "19:50", off(ECO_B, 80, 40), "敦化路一段公車站旁邊那支路燈不亮，燈桿編號 0745，晚上等車很暗。", None)
    s.f119_update(f1, "returning", "19:58", "傷者送中國醫藥大學附設醫院，救護車返隊。")
    cc1 = s.police("crowd_control", "20:05", JM7,
                   "跨年晚會經貿七路入口人潮持續湧入，人行道擁擠，已增派員警分流，請交通隊支援經貿路二段。", crowd,
                   severity="Moderate", delay=420, dups=[40])
    s.sufficient(crowd, cc1)
    s.parking("SN-PK-002", "full", "20:14", park_text("SN-PK-002", "full"), crowd)
    s.rule("SN-VD-JINGMAO-02", "congestion", "20:20", vd_text("SN-VD-JINGMAO-02", 8, 62), crowd)
    s.status("SN-WL-003", "offline", "20:31", "水湳區域排水經貿路水位站 離線（電池電壓低）", None, reason="battery_low")
    s.cctv("SN-CCTV-006", "crowding", "20:40", 0.82, "人群聚集：路口東南側人行道密度偏高，緩慢移動", crowd, skew=-240)
    s.status("SN-WL-003", "online", "20:41", "水湳區域排水經貿路水位站 恢復連線", None)
    # the crash at 中清/環中
    cc = s.cctv("SN-CCTV-008", "accident", "20:47:30", 0.71, "事故偵測：路口內側車道機車倒地", crash)
    a1 = s.f119("ambulance", "20:48:40", ZQ_HZ,
                "救護：中清路與環中路口機車自摔，男性騎士右小腿疑似骨折，意識清楚。派遣救護車 1 輛。", crash, delay=20)
    s.sufficient(crash, a1)
    s.c1999("traffic_accident", "20:50", off(ZQ_HZ, 60, -40),
            "中清路跟環中路那邊有一台機車倒在路中間，人坐在旁邊，後面車子都塞住了。", crash)
    pi = s.police("injury_accident", "20:52", ZQ_HZ,
             "中清路與環中路口機車自摔，騎士送醫，機車佔用內側車道，員警現場處理並管制。", crash,
             severity="Moderate", delay=900)
    s.f119_update(a1, "on_scene", "20:56", "救護車到達中清環中路口，傷者右小腿開放性骨折，固定後送醫。")
    s.rule("SN-VD-HUANZHONG-03", "congestion", "20:57", vd_text("SN-VD-HUANZHONG-03", 12, 48, "（往中清路）"),
           crash, alt=crowd)
    s.c1999("illegal_parking", "21:05", off(MUSEUM, 180, 60),
            "經貿五路兩邊紅線都停滿車，還有並排的，公車都過不去。", None)
    s.f119_update(a1, "returning", "21:12", "傷者送中國醫藥大學附設醫院。")
    # lost boy
    lb = s.police("missing_person", "21:18", off(MUSEUM, -20, -60),
                  "民眾報案：5 歲男童（紅色羽絨外套、藍色毛帽）於綠美圖前草坪與家人走散，已通報執勤員警協尋。", child,
                  severity="Moderate", delay=240)
    s.sufficient(child, lb)
    s.parking("SN-PK-001", "full", "21:20", park_text("SN-PK-001", "full"), crowd)
    s.police("traffic_accident", "21:25", ZQ_HZ, "中清環中路口機車自摔案，事故機車已移置路旁，內側車道恢復通行。", crash,
             severity="Minor", follows=pi, delay=600)
    s.c1999("missing_person", "21:31", off(HALL_B, 20, -10),
            "這邊有一個小男生一直哭說找不到媽媽，穿紅色外套，我們在會展B館外面騎樓這裡陪他。", child)
    s.parking("SN-PK-003", "full", "21:45", park_text("SN-PK-003", "full"), crowd, alt=None)
    s.police("missing_person", "21:49", off(HALL_B, 20, -10),
             "走失男童已於會展中心 B 棟外由民眾陪同尋獲，交還母親。", child, severity="Minor", follows=lb, delay=300)
    cl = s.police("road_closure", "21:58", JM_LM,
                  "依跨年晚會交管計畫封閉經貿路二段（黎明路三段至經貿七路）雙向，車輛改道環中路、黎明路。", crowd,
                  severity="Minor", delay=360)
    s.status("SN-CCTV-006", "offline", "22:05", "經貿路二段/經貿七路 路口監視器 連線中斷", None, reason="comms_lost",
             skew=-240)
    s.status("SN-CCTV-006", "online", "22:08", "經貿路二段/經貿七路 路口監視器 恢復連線", None, skew=-240)
    s.parking("SN-PK-005", "full", "22:10", park_text("SN-PK-005", "full"), crowd, alt=None)
    s.rule("SN-VD-LIMING-01", "congestion", "22:16", vd_text("SN-VD-LIMING-01", 11, 55), crowd)
    s.cctv("SN-CCTV-005", "crowding", "22:30", 0.77, "人群聚集：路口西北角行人滯留", crowd)
    th = s.police("theft", "22:41", off(JM7, -30, -40),
                  "民眾報案：於經貿七路入口人潮中手機及皮夾遭扒竊，嫌犯二名（黑色帽T、深色口罩）往綠美圖方向離去。", theft,
                  severity="Moderate", delay=840)
    s.rule("SN-VD-HUANZHONG-03", "congestion", "22:42", vd_text("SN-VD-HUANZHONG-03", 9, 58, "（往經貿路）"), crowd)
    t2 = s.c1999("other", "22:50", off(JM7, 10, -90),
                 "剛剛在人群裡有人手伸進我包包，我抓到他的手他就跑了，穿黑色帽T，警察在哪裡？", theft, delay=200)
    s.sufficient(theft, t2)
    # kitchen fire
    s.panel("SN-FA-011", "alarm", "23:18:20", "火警受信總機：第 12 區 7F 廚房 定溫式探測器動作", kfire)
    kf = s.f119("fire", "23:19:30", ECO_A,
                "火災：經貿路三段集合住宅（生態住宅 A 區）7 樓廚房油鍋起火，住戶以滅火器撲救中。派遣消防車 2 輛、救護車 1 輛；"
                "跨年交管中，請由敦化路進入。", kfire, delay=15)
    s.sufficient(kfire, kf)
    s.c1999("fire_smoke", "23:21", off(ECO_A, -60, 40),
            "我家對面A區那棟七樓窗戶在冒黑煙，燒焦味很重，已經有消防車的聲音了嗎？", kfire)
    s.police("fire_report", "23:24", ECO_A, "生態住宅 A 區住戶廚房火警，員警協助消防車通過跨年管制區。", kfire,
             severity="Moderate", delay=780)
    s.f119_update(kf, "on_scene", "23:27", "消防車到達，7 樓廚房火勢已由住戶撲滅，排煙中。")
    s.police("crowd_control", "23:35", STAGE,
             "舞台前區人潮已達管制上限，暫停入場，引導民眾往綠美圖前廣場觀賞煙火。", crowd, severity="Moderate", delay=300)
    s.cctv("SN-CCTV-006", "crowding", "23:50", 0.91, "人群聚集：路口四向人行道高密度，人群靜止", crowd, skew=-240)
    s.panel("SN-FA-011", "normal", "23:52", "火警受信總機：第 12 區 復歸", kfire)
    s.f119_update(kf, "closed", s.t("00:04", 1), "油鍋起火已撲滅，無人受傷，住戶返家，案件結案。")
    s.c1999("fire_smoke", s.t("00:04", 1), off(ECO_B, 30, 20),
            "公園那邊一大片白煙一直飄過來，味道很嗆，是不是哪裡失火了？", None, alt=kfire)
    s.c1999("noise", s.t("00:08", 1), off(ECO_A, 250, 80),
            "煙火聲音太大了，小孩都被嚇醒，都已經十二點多了還在放，可以管一下嗎？", None, alt=crowd)
    # egress
    s.cctv("SN-CCTV-004", "crowding", s.t("00:12", 1), 0.88, "人群聚集：路口人行道及行穿線高密度，人群移動", crowd)
    s.police("crowd_control", s.t("00:15", 1), HUB,
             "散場人潮湧入水湳轉運中心，接駁車候車隊伍延伸至環中路二段人行道，請求增派員警及接駁車。", crowd,
             severity="Moderate", delay=480)
    s.c1999("crowding", s.t("00:20", 1), off(HUB, -40, -30),
            "轉運站這邊人擠人，排公車排到馬路上去了，車子還一直開過來，很危險。", crowd)
    s.rule("SN-VD-ZHONGQING-01", "congestion", s.t("00:22", 1), vd_text("SN-VD-ZHONGQING-01", 10, 51), crowd)
    s.rule("SN-VD-JINGMAO-01", "congestion", s.t("00:30", 1), vd_text("SN-VD-JINGMAO-01", 7, 66), crowd)
    # fight
    fg = s.c1999("other", s.t("00:39", 1), off(JM6, -40, -30),
                 "停車場那邊有人在打架，好幾個男的，有人拿酒瓶，快點派警察來！", fight, delay=75)
    s.sufficient(fight, fg)
    s.cctv("SN-CCTV-005", "crowding", s.t("00:39:30", 1), 0.66, "人群聚集：路口東南側人群靜止圍觀", crowd, alt=fight)
    s.police("public_disturbance", s.t("00:38", 1), off(JM_LM, 30, -25),
             "經貿六停車場接駁區前 5、6 名男子酒後口角互毆，已壓制 3 人帶回派出所，一人頭部受傷。", fight,
             severity="Moderate", delay=660)
    ff = s.f119("ambulance", s.t("00:41", 1), off(JM6, -20, -20),
                "救護：經貿六停車場接駁區，男性 20 多歲頭部遭酒瓶擊傷流血，意識清楚，警方在場。", fight)
    s.f119_update(ff, "on_scene", s.t("00:48", 1), "救護車到達，傷者頭部撕裂傷，送醫縫合。")
    # drunk at the hub
    dk = s.f119("ambulance", s.t("00:52", 1), off(HUB, 30, 10),
                "救護：水湳轉運中心候車區，男性酒醉倒地，叫喚有反應但無法站立，嘔吐。", drunk)
    s.sufficient(drunk, dk)
    s.police("medical", s.t("00:55", 1), off(HUB, 30, 10), "轉運中心候車區酒醉路倒民眾一名，已由救護車送醫。", drunk,
             severity="Minor", delay=540)
    s.rule("SN-VD-HUANZHONG-02", "congestion", s.t("00:56", 1), vd_text("SN-VD-HUANZHONG-02", 14, 44), crowd)
    s.f119_update(dk, "returning", s.t("01:10", 1), "酒醉民眾送中國醫藥大學附設醫院。")
    s.c1999("環境清潔", s.t("01:22", 1), off(MUSEUM, 40, -200),
            "跨年結束公園草地上垃圾丟滿地，垃圾桶都滿出來了，明天早上可以派人來清嗎？", None)
    s.police("road_reopened", s.t("01:32", 1), JM_LM, "經貿路二段跨年交通管制解除，雙向恢復通行。", crowd,
             severity="Minor", follows=cl, delay=300)

    s.alternative(
        '另一種讀法：20:57 環中路（往中清路）車流壅塞算作跨年車潮而非車禍；河南路與中央公園南側停車場全滿視為公園一般停車而非跨年；00:39 經貿/黎明路口的人群靜止視為鬥毆的圍觀者；午夜煙火噪音申訴歸入跨年晚會；00:04 的白煙申訴（實為煙火煙霧）被併入生態住宅 A 區廚房火警。',
        "The 20:57 slow-down at 中清/環中 is countdown traffic rather than the crash's; the full 河南路 and park-south car parks are ordinary park parking; the standing crowd at 經貿/黎明 at 00:39 is the fight's onlookers; the fireworks noise complaint belongs to the countdown; the 00:04 smoke call (fireworks smoke) is taken for the kitchen fire.")
    s.story = ("New Year's Eve, Thursday 31 Dec 2026. The city's countdown on Central Park's north lawn (festival permit approved the day before at 10:05, amended at 13:20 to end at 01:30 and take in the plaza in front of 綠美圖; 120,000 expected). The countdown job: car parks fill from 18:52 (park north, convention centre, 經貿六, transit hub, later 河南路 and park south), the police report crowds at the 經貿七路 entrance at 20:05 (delivered 20:12 and again 40 s later; it opens the job), 經貿路二段 is closed at 21:58, the stage front closed to entry at 23:35, the cameras at 經貿/經貿七 (clock 4 min slow) and 經貿/黎明 see dense crowds, egress floods the transit hub from 00:12 with slow-downs on 中清路, 經貿路 and 環中路, and the closure is lifted at 01:32. Seven unrelated jobs within a few hundred metres: an elderly woman falls on the 綠美圖 steps at 19:33 (119, a bystander's 1999 delivered twice); a scooter rider falls at 中清/環中 at 20:47 (camera, 119, a driver's 1999, a police report 15 min late and its clearance); a 5-year-old boy lost on the lawn at 21:18 is found at 21:49 after a passer-by calls 1999 from outside hall B, 350 m away; a pickpocketing at the 經貿七路 entrance at 22:41 (the victim's 1999 arrives before the police report); a pan fire on the 7th floor of eco-residential block A at 23:18 (panel, 119, a neighbour's 1999, police helping the engines through the closure); a drunken fight at the 經貿六 shuttle stop at 00:38 (1999 first, 119, police); a drunk man down at the hub at 00:52. Background: evening slow-downs on west 環中路, a water-level station's low battery, a camera's three-minute link loss, a streetlight, a shuttle question, red-line parking, rubbish, and two calls after midnight about the fireworks' noise and smoke.")
    return s


# =============================================================================== 1452
def s1452():
    s = Scene(1452, "pop_music_concert_exit_crush", "2026-08-15",
              "流行影音中心戶外演唱會與散場推擠",
              "2026-08-15 晚間臺中流行影音中心戶外演唱會（約 2.5 萬人），散場時西側出口階梯推擠踩踏多人受傷；"
              "同晚另有凱旋路機車擦撞、生態住宅 B 區電磁爐冒煙、入場排隊區扒竊、逢甲水湳校區附近失智長者走失。")
    WEST_EXIT = off(POP, -70, 10)
    KX_S = (120.6515, 24.1862)   # 凱旋路 beside the music centre
    concert = s.incident("concert_crowd", "crowd",
                         "流行影音中心演唱會的人潮與交通：入場排隊、周邊停車場全滿、凱旋路與中科路車流、散場管制與公車站人潮")
    crush = s.incident("west_exit_crush", "crowd",
                       "散場時西側出口階梯人潮推擠踩踏，多人受傷（大量傷病患），救護車進出需臨時封閉凱旋路南向")
    crash = s.incident("scooter_car_sideswipe_kaixuan", "traffic", "凱旋路影音中心前機車與自小客擦撞，騎士擦挫傷")
    theft = s.incident("pickpocket_entry_queue", "public_safety", "入場排隊區與寄物區兩起竊案，疑同一嫌犯")
    fire = s.incident("induction_cooker_smoke_eco_b", "fire", "生態住宅 B 區住戶電磁爐空燒冒煙，受信總機動作，消防到場排煙")
    elder = s.incident("lost_elder_fcu_campus", "rescue", "失智長者傍晚於逢甲水湳校區附近散步未歸，後於河南路停車場旁尋獲")

    p = s.permit("concert", s.t("19:00"), s.t("22:00"), POP, 400,
                 "【核准】2026 夏夜搖滾演唱會　地點：臺中流行影音中心戶外廣場　主辦：民間經紀公司　預估觀眾 25,000 人　"
                 "18:00 開放入場；散場時凱旋路（中科路口至黎明路）視人潮彈性管制", concert, arrive=s.t("15:30", -1))
    s.c1999("noise", "16:35", off(FCU, 60, -40),
            "影音中心那邊在彩排，音響開超大聲，我們宿舍窗戶都在震，下午在上課耶。", None, alt=concert)
    s.rule("SN-VD-HENAN-01", "congestion", "17:42", vd_text("SN-VD-HENAN-01", 18, 39), None)
    s.parking("SN-PK-004", "full", "17:50", park_text("SN-PK-004", "full"), concert)
    s.status("SN-VD-ZHONGKE-01", "offline", "17:55", "中科路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    s.status("SN-VD-ZHONGKE-01", "online", "18:01", "中科路車輛偵測器1 恢復連線", None)
    s.rule("SN-VD-KAIXUAN-02", "congestion", "18:05", vd_text("SN-VD-KAIXUAN-02", 11, 52), concert)
    q = s.police("crowd_control", "18:15", off(POP, -40, 60),
                 "影音中心入場排隊人潮延伸至凱旋路人行道約 300 公尺，派員引導排隊並維持人車分離。", concert,
                 severity="Moderate", delay=300)
    s.sufficient(concert, q)
    s.parking("SN-PK-005", "full", "18:20", park_text("SN-PK-005", "full"), concert)
    # sideswipe on 凱旋路
    ca = s.f119("ambulance", "18:26", KX_S, "救護：凱旋路臺中流行影音中心前，機車與自小客擦撞，女性騎士手肘膝蓋擦挫傷，意識清楚。", crash)
    s.sufficient(crash, ca)
    s.police("injury_accident", "18:27", KX_S,
             "凱旋路影音中心前機車與自小客擦撞，騎士輕傷，雙方車輛佔用慢車道，員警處理中。", crash, severity="Minor", delay=720)
    s.c1999("traffic_accident", "18:29", off(KX_S, 30, 80),
            "影音中心前面有車禍，一台機車倒在地上，一堆人走在車道上，很亂。", crash)
    s.rule("SN-VD-ZHONGKE-01", "congestion", "18:31", vd_text("SN-VD-ZHONGKE-01", 13, 47), concert)
    s.f119_update(ca, "on_scene", "18:33", "救護車到達，傷者擦挫傷，現場包紮後拒絕送醫。")
    s.c1999("illegal_parking", "18:40", off(KX_S, 0, -250),
            "凱旋路往河南路那段一整排並排停車，還有停在公車站的，車子都要借對向道。", concert, alt=None)
    th1 = s.police("theft", "18:50", off(POP, -20, 50),
                   "民眾報案：於入場排隊區皮夾遭竊，內有證件及現金約 3,000 元。", theft, severity="Minor", delay=960)
    s.sufficient(theft, th1)
    s.police("traffic_accident", "18:52", KX_S, "凱旋路擦撞案現場排除，車輛已移置，恢復通行。", crash, severity="Minor",
             delay=420)
    s.c1999("streetlight", "19:05", off(place("park_car_park"), 120, 0), "敦化路靠公園那邊有兩支路燈一閃一閃的。", None)
    s.police("theft", "19:20", off(POP, 30, 20),
             "民眾報案：於寄物區手機遭竊，監視畫面疑與入場排隊區竊嫌為同一人（白色鴨舌帽、灰色背包）。", theft,
             severity="Minor", follows=th1, delay=1080)
    # the lost elder
    e1 = s.c1999("missing_person", "20:12", FCU,
                 "我爸爸有失智，傍晚在逢甲水湳校區附近散步到現在都沒回來，78歲，穿灰色POLO衫、拿拐杖，手機沒帶。", elder)
    s.sufficient(elder, e1)
    pm = s.police("missing_person", "20:30", FCU,
             "協尋失智長者：男性 78 歲，灰色 POLO 衫、持拐杖，傍晚於逢甲大學水湳校區附近走失，請各巡邏員警注意。", elder,
             severity="Moderate", delay=480)
    # kitchen smoke in block B
    s.panel("SN-FA-012", "alarm", "20:41", "火警受信總機：第 5 區 4F 住戶 偵煙探測器動作", fire)
    fb = s.f119("fire", "20:42", ECO_B, "火災：敦化路一段集合住宅（生態住宅 B 區）4 樓住戶廚房冒煙。派遣消防車 2 輛、救護車 1 輛。", fire)
    s.sufficient(fire, fb)
    s.c1999("fire_smoke", "20:44", off(ECO_B, 40, -50),
            "B區那棟四樓陽台一直冒煙，警報器一直響，好像有人在裡面。", fire)
    s.f119_update(fb, "on_scene", "20:49", "消防車到達，4 樓住戶電磁爐空燒鍋具冒煙，已斷電排煙。")
    s.panel("SN-FA-012", "normal", "21:02", "火警受信總機：第 5 區 復歸", fire)
    s.c1999("other", "21:05", HENAN_PK,
            "河南路停車場旁邊有一個阿伯一直問路，講不清楚要去哪裡，拿著拐杖，看起來很累。", elder)
    s.f119_update(fb, "closed", "21:10", "電磁爐空燒，無延燒、無人受傷，結案。")
    s.police("missing_person", "21:20", HENAN_PK, "失智長者已於河南路停車場旁尋獲，由家屬帶回。", elder, severity="Minor",
             follows=pm, delay=360)
    s.c1999("noise", "21:30", off(FCU, 120, -150),
            "演唱會都幾點了還這麼大聲，低音一直咚咚咚，明天要上班。", None, alt=concert)
    s.status("SN-RG-001", "offline", "21:35", "中央公園雨量站 維護作業離線", None, reason="maintenance")
    cl = s.police("road_closure", "21:50", KX_S,
                  "散場管制：凱旋路（中科路口至黎明路）暫時封閉，供散場人潮通行。", concert, severity="Minor", delay=240)
    # the crush
    cr = s.f119("ambulance", "22:07", WEST_EXIT,
                "救護：臺中流行影音中心西側出口階梯，人潮推擠踩踏，傷者至少 6 人，啟動大量傷病患機制。派遣救護車 4 輛。",
                crush, delay=25)
    s.sufficient(crush, cr)
    s.police("crowd_control", "22:06", WEST_EXIT,
             "西側出口階梯散場人潮推擠，有民眾跌倒遭踩踏，多人受傷，已封鎖階梯改由南側出口疏散，請求救護支援。", crush,
             severity="Severe", delay=240, dups=[55])
    s.c1999("crowding", "22:09", off(WEST_EXIT, 30, 40),
            "出口那邊有人被推倒了，一直有人在尖叫，後面的人還一直擠過來！", crush, alt=concert)
    s.c1999("rescue", "22:11", off(WEST_EXIT, -10, -20),
            "我朋友被踩到，腳好像斷了，我們在影音中心靠凱旋路那邊的樓梯下面，救護車在哪？", crush)
    s.f119_update(cr, "on_scene", "22:14", "救護車到達西側出口，檢傷分類：中傷 2、輕傷 5。")
    c2 = s.f119("ambulance", "22:15", off(WEST_EXIT, 10, -30),
                "救護：影音中心西側出口，女性 20 歲胸悶呼吸困難，疑遭擠壓。", crush)
    s.police("road_closure", "22:20", KX_S, "為救護車進出，臨時封閉凱旋路南向車道。", crush, severity="Moderate",
             delay=300, alt=concert)
    s.rule("SN-VD-KAIXUAN-01", "congestion", "22:24", vd_text("SN-VD-KAIXUAN-01", 9, 57), concert)
    s.rule("SN-VD-LIMING-01", "congestion", "22:31", vd_text("SN-VD-LIMING-01", 12, 49), concert)
    s.cctv("SN-CCTV-007", "crowding", "22:35", 0.79, "人群聚集：路口西側公車站候車人群", concert)
    s.f119_update(c2, "returning", "22:36", "傷者送中國醫藥大學附設醫院。")
    s.c1999("crowding", "22:40", off(KX_LM, -30, 20),
            "黎明路凱旋路口公車站排超長，公車一直客滿過站，人都站到車道上了。", concert)
    s.f119_update(cr, "returning", "22:42", "傷者 7 人分送中國醫藥大學附設醫院 3 人、澄清醫院 2 人、台中榮總 2 人。")
    s.police("crowd_control", "22:45", WEST_EXIT, "西側出口推擠已排除，傷者 7 人送醫，其餘輕傷就地處置，階梯持續封鎖。",
             crush, severity="Moderate", delay=420)
    s.parking("SN-PK-004", "closed", "23:30", park_text("SN-PK-004", "closed", extra="（夜間 23:30 後入口關閉）"), None)
    s.police("road_reopened", "23:10", KX_S, "凱旋路散場管制解除，恢復雙向通行。", concert, severity="Minor", follows=cl, delay=300)

    faint = s.incident("fan_faint_front_stage", "rescue", "搖滾區女性觀眾昏倒（疑似過度換氣）送醫")
    fz = s.f119("ambulance", "20:20", off(POP, 30, -20), "救護：臺中流行影音中心演唱會搖滾區，女性 18 歲昏倒，疑似過度換氣。", faint)
    s.sufficient(faint, fz)
    s.f119_update(fz, "on_scene", "20:27", "救護車到達大會醫護站，患者意識恢復，送醫觀察。")
    s.f119_update(fz, "returning", "20:45", "患者送澄清醫院。")
    s.police("crowd_control", "21:55", WEST_EXIT, "散場人潮集中西側出口階梯，增派員警疏導，廣播請觀眾改走南側出口。", concert,
             severity="Moderate", delay=420)
    c3 = s.f119("ambulance", "22:18", off(WEST_EXIT, -20, 10), "救護：影音中心西側出口，男性 25 歲右前臂疑似骨折，遭推擠跌倒。", crush)
    s.f119_update(c3, "returning", "22:47", "傷者送台中榮總。")
    s.rule("SN-VD-HENAN-02", "congestion", "22:38", vd_text("SN-VD-HENAN-02", 11, 54), concert)
    s.cctv("SN-CCTV-007", "crowding", "22:52", 0.76, "人群聚集：路口四向人行道人群移動", concert)
    s.c1999("other", "17:30", POP, "請問今天演唱會幾點開放入場？可以帶外食嗎？", None)
    s.panel("SN-FA-006", "fault", "19:40", "火警受信總機：第 8 迴路接地異常", None)
    s.panel("SN-FA-006", "normal", "20:55", "火警受信總機：第 8 迴路 復歸", None)
    s.c1999("動物救援", "19:15", place("park_car_park"), "公園地下停車場有一台車裡面關著一隻狗，一直叫，車窗只開一點點。", None)
    s.alternative(
        '另一種讀法：西側出口推擠踩踏是演唱會人潮工作的升級（同一現場、同一指揮、同一原因），不另立工作；彩排與散場噪音申訴也歸入演唱會；凱旋路並排停車視為例行違停。',
        'The exit crush is the concert job escalating (same site, same cause, same command), not a job of its own; the sound-check and late-music noise complaints belong to the concert; the double parking on 凱旋路 is routine.')
    s.alt_incident(concert, "crowd",
                   "流行影音中心演唱會的人潮與交通，包括散場時西側出口推擠踩踏的大量傷病患處置", q)
    for it in s.items:
        if it.truth == crush:
            it.alt = concert
    s.story = ("Saturday 15 Aug 2026, an open-air concert at the Taichung Pop Music Center (25,000, approved the day before). Concert job: park car parks full from 17:50, slow-downs on 凱旋路 and 中科路, the police report the entry queue along 凱旋路 at 18:15 (opens the job), the egress closure of 凱旋路 at 21:50, officers thinning the west exit at 21:55, slow-downs on 凱旋路, 黎明路 and 河南路 and a packed bus stop at 黎明/凱旋 after 22:20, closure lifted at 23:10. At 22:06 a crush on the west exit stairs: 119 starts a mass-casualty response at 22:07 (four ambulances; opens the crush job), the police report (Severe, delivered twice), two concertgoers' 1999 calls, two more 119 cases (a woman with chest compression, a man with a broken forearm), a temporary closure of 凱旋路 southbound for ambulances, seven taken to hospital. Unrelated: a scooter-car sideswipe in front of the venue at 18:26; two thefts in the entry queue and the cloakroom, the second report linking the suspect; a fan faints in the front section at 20:20; an induction cooker left on fills a flat in eco block B with smoke at 20:41 (panel, 119, a passer-by); a man with dementia missing near the 逢甲 Shuinan campus (family's 1999 at 20:12, police bulletin, a caller at the 河南路 car park 500 m south sees a confused old man asking the way at 21:05, found at 21:20). Background: a sound-check noise complaint from a dormitory, 河南路 evening traffic, a detector's link flap, the park rain gauge's maintenance, blinking streetlights, a panel loop fault at the music centre, a dog shut in a car, a question about entry, the car park's night closure.")
    return s


# =============================================================================== 1453
def s1453():
    s = Scene(1453, "convention_expo_booth_fire", "2026-10-17",
              "會展中心動漫展：B 棟攤位起火疏散",
              "2026-10-17（六）會展中心 A/B 棟動漫展（約 6 萬人次）。14:22 B 棟攤位延長線過熱起火、撒水頭動作、疏散約 3,000 人；"
              "同日另有 A 棟走失女童、手扶梯跌倒、更衣室相機竊案、黎明/凱旋路口號誌故障、黎明中科路口機車撞行人。")
    expo = s.incident("expo_crowd", "crowd",
                      "動漫展人潮與交通：入口排隊延伸人行道、會展/經貿六/轉運中心停車場全滿、經貿路與黎明路車流、散場人潮")
    fire = s.incident("hall_b_booth_fire", "fire",
                      "會展中心 B 棟一樓展區攤位延長線過熱起火，撒水頭動作，B 棟疏散約 3,000 人，疏散時一人扭傷")
    child = s.incident("lost_girl_hall_a", "rescue", "7 歲女童於 A 棟 2 樓與家人走散，後於服務台尋獲")
    fall = s.incident("escalator_fall_hall_a", "rescue", "A 棟手扶梯 60 歲男性跌倒頭部撞擊")
    theft = s.incident("camera_theft_changing_room", "public_safety", "A 棟更衣室攝影器材遭竊")
    sig = s.incident("signal_dark_liming_kaixuan", "traffic", "黎明路三段/凱旋路口號誌黑燈，派員指揮交通至修復")
    crash = s.incident("scooter_pedestrian_zhongke_liming", "traffic", "黎明路/中科路口機車撞行人，行人腿部擦傷送醫")

    p = s.permit("exhibition", s.t("09:30"), s.t("18:00"), CONV, 300,
                 "【核准】2026 臺中國際動漫博覽會（第 2 日）　地點：臺中國際會展中心 A、B 棟　預估入場 60,000 人次　"
                 "經貿路二段人行道設排隊動線；會展停車場、經貿六停車場供參觀民眾停放", expo, arrive=s.t("16:40", -1))
    s.rule("SN-VD-JINGMAO-01", "congestion", "09:58", vd_text("SN-VD-JINGMAO-01", 16, 44), expo)
    q = s.police("crowd_control", "10:12", off(HALL_A, -60, 40),
                 "會展中心 A 棟入口排隊人龍延伸至經貿路二段人行道約 400 公尺，派員引導排隊，避免佔用車道。", expo,
                 severity="Moderate", delay=360)
    s.sufficient(expo, q)
    s.cctv("SN-CCTV-005", "crowding", "10:15", 0.74, "人群聚集：路口西南側人行道排隊人潮", expo)
    s.parking("SN-PK-006", "full", "10:20", park_text("SN-PK-006", "full"), expo)
    s.rule("SN-VD-LIMING-01", "congestion", "10:31", vd_text("SN-VD-LIMING-01", 15, 45), expo)
    s.parking("SN-PK-002", "full", "10:45", park_text("SN-PK-002", "full"), expo, dups=[120])
    s.c1999("illegal_parking", "11:10", off(JM6, 60, 40),
            "經貿六停車場旁邊紅線停滿了，還有停在人行道上的，推嬰兒車都過不去。", expo, alt=None)
    s.parking("SN-PK-001", "full", "11:30", park_text("SN-PK-001", "full"), expo)
    lg = s.police("missing_person", "11:40", off(HALL_A, 10, 10),
                  "民眾報案：7 歲女童（粉紅色洋裝、綁雙馬尾）於會展中心 A 棟 2 樓與家人走散，已請館方廣播協尋。", child,
                  severity="Moderate", delay=300)
    lg2 = s.c1999("missing_person", "11:42", HALL_A,
                  "我女兒在會展中心A館二樓不見了，七歲，穿粉紅色洋裝，廣播了還沒找到，拜託幫忙！", child, delay=80)
    s.sufficient(child, lg2)
    s.police("missing_person", "12:05", off(HALL_A, 10, 10), "走失女童已於 A 棟一樓服務台尋獲，交還家屬。", child,
             severity="Minor", follows=lg, delay=240)
    s.c1999("streetlight", "12:20", off(TOWER, 90, 40), "經貿路三段人行道那支路燈大白天還亮著。", None)
    fa = s.f119("ambulance", "12:50", off(HALL_A, 20, -10),
                "救護：會展中心 A 棟手扶梯，男性約 60 歲跌倒頭部撞擊，意識清楚有嘔吐。派遣救護車 1 輛。", fall)
    s.sufficient(fall, fa)
    s.f119_update(fa, "on_scene", "12:58", "救護車到達 A 棟，傷者頭部血腫，疑腦震盪，送醫。")
    th = s.police("theft", "13:05", off(HALL_A, 30, 20),
                  "民眾報案：於 A 棟 B1 更衣室攝影器材（相機一台、鏡頭一顆）遭竊，價值約 8 萬元，調閱館內監視器中。",
                  theft, severity="Moderate", delay=1020)
    s.sufficient(theft, th)
    s.f119_update(fa, "returning", "13:15", "傷者送中國醫藥大學附設醫院。")
    s.c1999("other", "13:20", off(HALL_A, 30, 20),
            "更衣區的東西被偷了，那邊都沒有人顧，主辦單位也不管，可以叫警察來嗎？", theft)
    s.c1999("crowding", "13:40", off(HALL_A, -10, 0),
            "會展中心裡面人擠到都走不動，走道都塞住，萬一怎麼樣根本跑不出去，這樣安全嗎？", expo)
    # the booth fire in hall B
    pa = s.panel("SN-FA-003", "alarm", "14:22:10", "火警受信總機：B 棟 1F 展區 C12 偵煙探測器動作", fire)
    bf = s.f119("fire", "14:23", off(HALL_B, 15, 10),
                "火災：臺中國際會展中心 B 棟一樓展區攤位電器起火冒煙，館方疏散中。派遣消防車 4 輛、救護車 2 輛。", fire, delay=10)
    s.sufficient(fire, bf)
    s.c1999("fire_smoke", "14:24", off(HALL_B, 40, -20),
            "B館裡面有攤位在冒煙，廣播叫大家趕快出去，大家都在往外跑。", fire)
    ev = s.police("evacuation", "14:26", off(HALL_B, 60, -40),
                  "會展中心 B 棟火警，館內約 3,000 名民眾疏散至經貿路側廣場，員警協助管制。", fire, severity="Severe", delay=300)
    s.parking("SN-PK-006", "closed", "14:28", park_text("SN-PK-006", "closed", extra="（B 棟火警，暫停車輛進場）"), fire)
    s.f119_update(bf, "on_scene", "14:29", "消防車到達，B 棟 C 區攤位延長線起火，撒水頭已動作，火勢受控。")
    s.cctv("SN-CCTV-006", "crowding", "14:31", 0.85, "人群聚集：路口西北側人行道大量人群移動", fire, alt=expo)
    fi = s.f119("ambulance", "14:35", off(HALL_B, 60, -40),
                "救護：會展中心 B 棟外疏散集結區，女性疏散時樓梯跌倒，右腳踝扭傷。", fire)
    # the dark junction
    s.signal("SN-SIG-007", "fault", "15:02", "號誌控制器回報：燈號異常，全路口黑燈", sig, skew=-660)
    s.cctv("SN-CCTV-007", "signal_dark", "15:03", 0.9, "號誌黑燈：路口號誌燈號熄滅", sig)
    s.panel("SN-FA-003", "normal", "15:05", "火警受信總機：B 棟 1F 展區 C12 復歸", fire)
    s1 = s.c1999("traffic_signal", "15:10", off(KX_LM, -40, 30),
                 "黎明路凱旋路口紅綠燈全部不亮，車子都在搶，剛剛差點撞到。", sig, delay=120)
    s.police("traffic_signal_fault", "15:15", KX_LM, "黎明路三段與凱旋路口號誌黑燈，派員現場指揮交通，已通報交通局。", sig,
             severity="Moderate", delay=480)
    s.sufficient(sig, s1)
    s.f119_update(bf, "closed", "15:20", "攤位延長線過熱起火，已撲滅，撒水頭動作，疏散傷者 1 人，結案。")
    s.police("other", "15:30", off(HALL_B, 60, -40), "會展中心 B 棟經消防確認安全，15:30 恢復開放，民眾陸續返館。", fire,
             severity="Minor", follows=ev, delay=420)
    s.parking("SN-PK-006", "full", "15:35", park_text("SN-PK-006", "full", extra="（恢復營運）"), expo)
    # crash at 黎明/中科
    cr = s.f119("ambulance", "16:11", ZK_LM,
                "救護：黎明路三段與中科路口，機車撞行人，女性行人左腿擦傷流血，意識清楚。", crash)
    s.sufficient(crash, cr)
    s.police("injury_accident", "16:12", ZK_LM, "黎明路與中科路口機車撞及行人，行人輕傷送醫，騎士酒測 0。", crash,
             severity="Minor", delay=840)
    s.c1999("traffic_accident", "16:14", off(ZK_LM, 80, 30),
            "我在公車上看到黎明路那邊路口機車撞到人，人躺在斑馬線上。", crash)
    s.rule("SN-VD-LIMING-01", "congestion", "16:20", vd_text("SN-VD-LIMING-01", 14, 46), crash, alt=expo)
    s.f119_update(cr, "returning", "16:32", "傷者送澄清醫院。")
    s.signal("SN-SIG-007", "restored", "16:35", "號誌控制器回報：恢復正常運轉", sig, skew=-660)
    s.status("SN-VD-HENAN-01", "offline", "16:50", "河南路車輛偵測器1 設備故障", None, reason="device_fault")
    s.cctv("SN-CCTV-004", "crowding", "17:45", 0.81, "人群聚集：路口行穿線大量人群移動", expo)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "17:55", vd_text("SN-VD-HUANZHONG-02", 13, 50), expo)
    s.police("crowd_control", "18:05", HUB, "動漫展散場人潮往水湳轉運中心，加派員警於候車區維持秩序。", expo,
             severity="Minor", delay=600)
    s.c1999("環境清潔", "18:30", off(HALL_A, -80, 60), "會展中心外面人行道垃圾一堆，飲料杯丟滿花台。", None)
    s.status("SN-VD-HENAN-01", "online", "18:40", "河南路車輛偵測器1 恢復連線", None)

    heat = s.incident("cosplayer_heat_exhaustion_hall_a", "rescue", "A 棟 cosplay 區女性熱衰竭送醫")
    hz = s.f119("ambulance", "15:45", off(HALL_A, -20, 15), "救護：會展中心 A 棟 cosplay 拍攝區，女性 19 歲頭暈嘔吐，疑似熱衰竭（著厚重服裝）。", heat)
    s.sufficient(heat, hz)
    s.f119_update(hz, "on_scene", "15:53", "救護車到達 A 棟，患者意識清楚，降溫補水後送醫。")
    s.f119_update(hz, "returning", "16:08", "患者送中國醫藥大學附設醫院。")
    s.c1999("other", "09:30", CONV, "動漫展的停車場還有位子嗎？我們從彰化過來大概半小時到。", None)
    s.c1999("crowding", "10:40", off(HALL_A, -80, 60), "會展中心排隊排到經貿路的車道上了，車子開很快，很危險。", expo)
    s.parking("SN-PK-004", "full", "11:50", park_text("SN-PK-004", "full"), expo, alt=None)
    s.c1999("other", "14:40", off(place("convention_centre"), 0, -80), "會展停車場怎麼不能進去？前面車子都卡在入口，動都不動。", fire,
            alt=expo)
    s.c1999("traffic_signal", "15:25", off(KX_LM, 50, -30), "黎明路凱旋路口紅綠燈壞了，剛剛打過了，現在還是沒亮，有警察在指揮了嗎？", sig)
    s.police("crowd_control", "16:00", off(HALL_B, 20, -40), "B 棟恢復開放後人潮回流，入口實施限流。", expo, severity="Minor",
             delay=360)
    s.rule("SN-VD-JINGMAO-01", "congestion", "17:50", vd_text("SN-VD-JINGMAO-01", 10, 55), expo)
    s.cctv("SN-CCTV-005", "crowding", "18:15", 0.8, "人群聚集：路口四向人行道人群移動", expo)
    s.c1999("other", "15:00", HALL_B, "B館剛剛火警被趕出來，今天的票還可以再進去嗎？主辦都沒有說。", None)
    s.c1999("動物救援", "11:20", off(place("convention_centre"), 40, -60), "會展停車場入口有一隻流浪狗跑來跑去，怕被車撞到。", None)
    s.status("SN-RG-003", "offline", "13:00", "北屯雨量站 電池電壓低離線", None, reason="battery_low")
    s.status("SN-RG-003", "online", "13:42", "北屯雨量站 恢復連線", None)
    s.rule("SN-VD-HUANZHONG-04", "congestion", "17:20", vd_text("SN-VD-HUANZHONG-04", 18, 40), None)
    s.alternative(
        '另一種讀法：14:31 經貿七路口的人群是動漫展人潮而非火警疏散；停車場入口受阻的申訴算展覽車流；16:20 黎明路壅塞算展覽車流而非車禍；經貿六旁紅線違停與公園北停車場全滿視為例行。',
        "The crowd seen at 經貿/經貿七 at 14:31 is the expo's crowd rather than the fire's evacuation; the driver stuck at the closed car park is expo traffic; the 16:20 slow-down on 黎明路 is expo traffic, not the crash's; the red-line parking and the full park car park are routine.")
    s.story = ("Saturday 17 Oct 2026, day two of an anime expo in convention halls A and B (60,000 visits, approved the day before). Expo job: slow-downs on 經貿路 and 黎明路 from 09:58, the police report the hall A queue spilling along 經貿路 at 10:12 (opens it), five car parks fill (經貿六's message delivered twice), a caller worried about the queue on the carriageway and another about the crush inside, hall B re-opens with entry limits at 16:00, egress crowds and slow-downs from 17:45. At 14:22 hall B's panel alarms; 119 sends four engines at 14:23 (opens the fire job), a visitor's 1999, 3,000 people evacuated at 14:26, the convention car park closes to arrivals (a driver complains of the blocked entrance), a woman twists her ankle on the stairs, an overheated extension lead at booth C12 is put out by sprinklers, hall B re-opens at 15:30. Unrelated: a 7-year-old girl lost on hall A's second floor (the mother's 1999 ahead of the police report, found 12:05); a man falls on a hall A escalator at 12:50; camera gear stolen from the changing room (police 17 min late, the victim also calls 1999); a cosplayer with heat exhaustion at 15:45; the signal at 黎明/凱旋 goes dark at 15:02 (controller clock 11 min slow, camera, two 1999 calls, an officer directing traffic, restored 16:35); a scooter hits a pedestrian at 黎明/中科 at 16:11. Background: a parking question, a stray dog at the car park entrance, a streetlight lit by day, a question about re-entry after the fire, a rain gauge's battery, a detector fault on 河南路, west 環中路 traffic, rubbish.")
    return s


# =============================================================================== 1454
def s1454():
    s = Scene(1454, "park_market_thunderstorm", "2026-06-07",
              "中央公園南側市集遇雷雨：變更、取消與積水",
              "2026-06-07（日）中央公園南側週末市集（預估 8,000 人，前一天變更擴大範圍並延長），14:08 攤位桶裝瓦斯管線洩漏；"
              "15:10 起午後雷雨，帳篷被吹倒壓傷攤商，15:35 市集取消，河南路低窪處與停車場出口積水、車輛熄火；"
              "另有走失兒童、敦化路路樹倒塌。")
    MARKET = (120.6562, 24.1780)
    HN_LOW = (120.6528, 24.1742)
    market = s.incident("green_market", "crowd",
                        "中央公園南側週末市集的人潮與停車，雷雨時提前結束、攤商撤場與民眾疏散、河南路停車場出口回堵")
    gas = s.incident("lpg_hose_leak_stall", "hazmat", "市集攤位桶裝瓦斯管線洩漏，周邊 30 公尺疏散，消防關閥更換管線")
    tent = s.incident("tent_collapse_vendor_injured", "rescue", "強風吹倒市集帳篷，壓傷攤商頭部擦傷送醫")
    flood = s.incident("henan_road_lowpoint_flood", "flood",
                       "河南路低窪處、河南路停車場出口與河南/中平路口積水約 25-35 公分，車輛熄火、停車場暫停進出，南滯洪池達三級警戒")
    child = s.incident("lost_boy_market", "rescue", "6 歲男童於市集走失，後於服務帳篷尋獲")
    tree = s.incident("fallen_tree_dunhua", "traffic", "敦化路一段路樹被強風吹倒佔用外側車道")

    p = s.permit("market", s.t("10:00"), s.t("20:00"), MARKET, 300,
                 "【核准】水湳綠市集（6/6–6/7）　地點：中央公園南側草坪（滯洪池 4、5 周邊步道）　攤位 120 攤　預估人潮 8,000 人　"
                 "停車：河南路停車場、中央公園地下停車場(南)", market, arrive=s.t("09:10", -3))
    s.permit_version(p, "amended", s.t("16:05", -1),
                     "【變更】水湳綠市集 6/7 場次延長至 21:00，範圍向北擴大至滯洪池 3 周邊，增加 40 攤", end=s.t("21:00"),
                     radius=420)
    s.parking("SN-PK-003", "full", "11:30", park_text("SN-PK-003", "full"), market, alt=None)
    s.parking("SN-PK-005", "full", "12:10", park_text("SN-PK-005", "full"), market, alt=None)
    s.c1999("illegal_parking", "12:30", off(HENAN_PK, -60, -40),
            "河南路停車場外面一整排違停，還停在公車站，公車都停不進去。", None, alt=market)
    lb = s.police("missing_person", "13:02", off(MARKET, -30, 40),
                  "民眾報案：6 歲男童（黃色上衣、短褲）於市集攤位區與家人走散，已通知主辦單位廣播。", child,
                  severity="Moderate", delay=360)
    s.sufficient(child, lb)
    s.police("missing_person", "13:21", off(MARKET, 10, 60), "走失男童已於市集服務帳篷尋獲，交還家屬。", child,
             severity="Minor", follows=lb, delay=420)
    s.rule("SN-VD-ZHONGPING-02", "congestion", "13:35", vd_text("SN-VD-ZHONGPING-02", 17, 40), None)
    # gas leak
    g1 = s.c1999("gas_odor", "14:08", off(MARKET, 20, -20),
                 "市集這邊賣烤香腸的攤位附近瓦斯味好重，攤販說沒事，可是真的很臭。", gas)
    gh = s.f119("hazmat", "14:11", off(MARKET, 25, -25),
                "危險物品：中央公園南側市集攤商桶裝瓦斯管線破裂洩漏。派遣消防車 2 輛。", gas)
    s.sufficient(gas, gh)
    s.police("evacuation", "14:16", off(MARKET, 25, -25), "市集攤位瓦斯外洩，疏散攤位周邊 30 公尺民眾，拉起封鎖線。", gas,
             severity="Moderate", delay=540)
    s.f119_update(gh, "on_scene", "14:18", "消防車到達，已關閉瓦斯桶開關，現場偵測濃度下降中。")
    s.police("hazmat_report", "14:20", off(MARKET, 25, -25), "瓦斯外洩已由消防關閥，無人受傷，封鎖線維持至偵測正常。", gas,
             severity="Minor", delay=900)
    s.f119_update(gh, "closed", "14:45", "攤商更換瓦斯管線，偵測正常，解除封鎖，結案。")
    # the storm
    s.rule("SN-RG-001", "heavy_rain", "15:18", "中央公園雨量站 1 小時累積雨量 46.5 mm，達大雨標準", None, level="大雨")
    tc = s.f119("ambulance", "15:26", off(MARKET, -20, 30),
                "救護：中央公園南側市集，強風吹倒帳篷壓傷攤商，女性 50 多歲頭部擦傷，意識清楚。", tent)
    s.sufficient(tent, tc)
    s.c1999("rescue", "15:28", off(MARKET, -40, 50), "市集那邊帳篷被風吹倒，砸到一個阿姨，頭有流血！", tent)
    s.rule("C0F9T0", "heavy_rain", "15:30", "西屯雨量站 1 小時累積雨量 41.0 mm，達大雨標準", None, level="大雨")
    s.police("medical", "15:30", off(MARKET, -20, 30), "市集帳篷倒塌壓傷攤商一名，已由救護車處理。", tent, severity="Minor",
             delay=720)
    s.f119_update(tc, "on_scene", "15:34", "救護車到達，傷者頭部擦傷，送醫觀察。")
    s.permit_version(p, "cancelled", s.t("15:38"),
                     "【撤銷】水湳綠市集 6/7 場次因大雨特報及雷擊風險，主辦單位申請提前結束，15:35 起停止營業撤場")
    ft = s.c1999("fallen_tree", "15:36", off(ECO_B, 60, 0),
            "敦化路一段有一棵路樹倒下來，擋住一個車道，車子要繞過去。", tree)
    cc = s.police("crowd_control", "15:40", off(MARKET, -200, -250),
                  "市集因雷雨提前結束，協助攤商撤場及民眾疏散，河南路停車場出口車輛回堵，派員指揮。", market,
                  severity="Moderate", delay=300)
    s.sufficient(market, cc)
    s.rule("SN-FL-007", "flood_depth", "15:41", "河南路低窪處 淹水深度 12 cm", flood, level="1-15")
    s.rule("SN-FL-005", "flood_depth", "15:44", "中央公園滯洪池5 淹水深度 9 cm", None, level="1-15", alt=flood)
    s.police("fallen_object", "15:45", off(ECO_B, 60, 0), "敦化路一段路樹倒塌佔用外側車道，已擺放警示，通報養工處。", tree,
             severity="Moderate", delay=660)
    s.f119_update(tc, "returning", "15:50", "傷者送中國醫藥大學附設醫院。")
    f2 = s.rule("SN-FL-007", "flood_depth", "15:55", "河南路低窪處 淹水深度 24 cm", flood, level="16-30")
    s.sufficient(tree, ft)
    s.c1999("flooding", "15:57", off(HENAN_PK, 0, -15),
            "河南路停車場出口淹水了，水快到小腿，車子出不去，排了一長串。", flood)
    s.cctv("SN-CCTV-010", "flooding", "15:58", 0.74, "道路積水：路口東北側車道積水", flood)
    s.sufficient(flood, f2)
    s.rule("SN-VD-HENAN-02", "congestion", "16:01", vd_text("SN-VD-HENAN-02", 9, 58), flood, alt=market)
    s.rule("SN-WL-002", "water_level", "16:05", "中央公園南滯洪池水位 2.06 m，達三級警戒（2.0 m）", flood, level="3")
    s.parking("SN-PK-003", "closed", "16:06", park_text("SN-PK-003", "closed", extra="（出口積水）"), flood)
    s.police("flooding_report", "16:08", HENAN_PK, "河南路停車場出口及河南路二段積水約 30 公分，一輛自小客熄火，車輛回堵。", flood,
             severity="Moderate", delay=600, dups=[35])
    s.police("stalled_vehicle", "16:12", off(HN_LOW, -60, -30), "河南路二段積水處自小客熄火，已協助推離。", flood,
             severity="Minor", delay=780)
    s.rule("SN-FL-004", "flood_depth", "16:15", "中央公園滯洪池4 淹水深度 11 cm", None, level="1-15")
    s.c1999("blocked_drain", "16:30", off(JM_ZP, -120, 10), "中平路這邊水溝蓋被樹葉塞住，水都排不下去。", None, alt=flood)
    s.rule("SN-RG-003", "heavy_rain", "16:20", "北屯雨量站 1 小時累積雨量 43.5 mm，達大雨標準", None, level="大雨")
    s.rule("SN-FL-007", "cleared", "17:25", "河南路低窪處 淹水深度 2 cm，警戒解除", flood)
    s.rule("SN-WL-002", "water_level_falling", "17:40", "中央公園南滯洪池水位 1.88 m，低於三級警戒", flood)
    s.parking("SN-PK-003", "full", "17:45", park_text("SN-PK-003", "full", extra="（恢復進出）"), None)
    s.c1999("streetlight", "19:10", off(HENAN_PK, 150, 60), "河南路停車場旁邊公園步道路燈都不亮。", None)

    s.rule("SN-VD-HENAN-01", "congestion", "11:40", vd_text("SN-VD-HENAN-01", 17, 41), market, alt=None)
    s.c1999("other", "12:50", MARKET, "請問綠市集可以帶狗進去嗎？有沒有規定要牽繩？", None)
    s.c1999("gas_odor", "14:12", off(MARKET, -10, 10), "市集攤位那邊有瓦斯漏氣的嘶嘶聲，大家都在往外走，味道很重。", gas)
    s.c1999("other", "15:15", off(MARKET, 40, 30), "都在打雷了市集還開著，人都躲在帳篷底下，很危險，主辦都不管嗎？", market)
    s.c1999("rescue", "15:32", off(MARKET, -30, 40), "帳篷倒了有人受傷，救護車來了沒有？我們在市集靠河南路這邊。", tent)
    s.c1999("flooding", "15:50", off(HN_ZP, 40, 30), "河南路中平路口積水了，有機車在水裡熄火。", flood)
    hcl = s.police("road_closure", "16:15", off(HENAN_PK, -40, -30), "河南路二段停車場出口前外側車道積水封閉，車輛改走內側。", flood,
                   severity="Minor", delay=420)
    s.cctv("SN-CCTV-010", "flooding", "16:20", 0.81, "道路積水：路口四向車道積水", flood)
    s.c1999("flooding", "16:25", off(HENAN_PK, 10, -10), "剛剛打過了，河南路停車場出口水又更深了，還是沒有人來抽水。", flood)
    s.rule("SN-FL-003", "flood_depth", "16:00", "中央公園滯洪池3 淹水深度 6 cm", None, level="1-15")
    s.police("road_reopened", "17:35", off(HENAN_PK, -40, -30), "河南路二段積水退去，外側車道恢復通行。", flood, severity="Minor",
             follows=hcl, delay=300)
    s.alternative(
        '另一種讀法：停車場滿位與上午河南路車流視為例行，停車場外違停則屬市集；滯洪池 5 的積水與中平路水溝阻塞併入河南路積水工作；16:01 河南路車流回堵算作市集撤場車潮而非積水。',
        "The full car parks and the late-morning traffic on 河南路 are routine, while the illegal parking outside the car park is the market's; pond 5's water and the blocked drain on 中平路 belong to the flood job; the 16:01 slow-down on 河南路 is the market's retreat rather than the water.")
    s.story = ("Sunday 7 Jun 2026, the 水湳綠市集 market on the south lawns of Central Park (approved 4 Jun for 6-7 Jun, amended 6 Jun to run to 21:00 over a larger area; 8,000 expected). The 河南路 and park-south car parks are full by noon. A 6-year-old boy is lost at 13:02 and found at 13:21. At 14:08 a caller smells gas at a sausage stall; 119's hazmat dispatch at 14:11 opens the job, a second caller hears hissing, police clear 30 m, the valve is shut and the hose replaced, closed 14:45. A thunderstorm from 15:10: rain alerts at the park, 西屯 and 北屯 gauges; a caller asks why the market stays open in lightning; a gust flattens a tent and injures a vendor at 15:26 (119 first, two callers, police); the permit is cancelled at 15:38 and the police manage the vendors' retreat and the car park queue at 15:40 (opens the market job). A roadside tree falls on 敦化路 at 15:36 (1999, police). The 河南路 low point floods: 12 cm at 15:41, 24 cm at 15:55 (opens the flood job), calls about the car park exit and about water at 河南/中平 with a scooter stalled, the camera at 河南/中平 sees water twice, the south detention pond reaches warning level 3, the car park is closed, police close a lane (report delivered twice), a car stalls, a caller rings again, all clear 17:25, the pond back below level 3 at 17:40. Background: detention ponds 3, 4 and 5 filling as designed, a blocked drain on 中平路, east 中平路 traffic, a question about dogs, illegal parking on 河南路, park streetlights.")
    return s


# =============================================================================== 1455
def s1455():
    s = Scene(1455, "pride_march_jingmao_road", "2026-10-31",
              "同志遊行：經貿路至中央公園（路線變更）",
              "2026-10-31（六）下午同志大遊行由水湳轉運中心沿經貿路二段至中央公園北側集會（約 2 萬人，當日上午變更路線並延長集會）；"
              "同時會展中心另有婚紗展；另有經貿七路口反對團體推擠、集會區熱衰竭、集會區手機竊案、經貿/中平路口號誌閃爍與中清環中路口機車事故。")
    RALLY = off(MUSEUM, -100, -300)
    march = s.incident("pride_march", "crowd",
                       "遊行與集會的交通管制與人潮：經貿路二段封閉、隊伍行進、周邊改道車流、公園北停車場全滿、集會區人潮")
    scuffle = s.incident("counter_protest_scuffle_jingmao7", "public_safety", "經貿七路口反對團體與遊行民眾推擠拉扯，警方隔離雙方")
    heat = s.incident("heat_exhaustion_rally", "rescue", "中央公園北側集會區女性熱衰竭送醫")
    sig = s.incident("signal_flashing_jingmao_zhongping", "traffic", "經貿路/中平路口號誌異常閃黃，派員指揮交通至修復")
    crash = s.incident("scooter_crash_zhongqing_huanzhong", "traffic", "中清路/環中路口機車與自小客碰撞，騎士受傷")
    theft = s.incident("phone_theft_rally", "public_safety", "集會區民眾手機遭竊")

    p = s.permit("march", s.t("14:00"), s.t("18:00"), off(JM7, 0, -300), 1100,
                 "【核准】2026 臺中同志大遊行　集合：水湳轉運中心前廣場 13:30　路線：經貿路二段→中央公園北側　集會至 18:00　"
                 "預估 20,000 人　管制：經貿路二段（環中路至經貿七路）13:30–16:00", march, arrive=s.t("11:20", -3))
    s.permit_version(p, "amended", s.t("11:05"),
                     "【變更】遊行路線改由經貿路二段→經貿七路→中央公園北側大草坪（避開綠美圖前施工圍籬），集會延長至 18:30",
                     end=s.t("18:30"), radius=900)
    ex = s.permit("exhibition", s.t("10:00"), s.t("18:00"), HALL_B, 250,
                  "【核准】2026 秋季婚紗攝影展　地點：臺中國際會展中心 B 棟　預估 5,000 人次", None, arrive=s.t("09:00", -2))
    # the signal fault in the south
    s.signal("SN-SIG-011", "fault", "13:10", "號誌控制器回報：燈號異常，全向閃黃", sig)
    s.cctv("SN-CCTV-011", "signal_dark", "13:11", 0.62, "號誌異常：路口號誌未依時相運轉", sig)
    sg = s.c1999("traffic_signal", "13:20", off(JM_ZP, 30, -50),
                 "經貿路中平路口紅綠燈都在閃黃燈，車子不知道要不要停，已經閃很久了。", sig)
    s.sufficient(sig, sg)
    s.parking("SN-PK-006", "full", "13:30", park_text("SN-PK-006", "full"), None, alt=march)
    s.police("traffic_signal_fault", "13:35", JM_ZP, "經貿路與中平路口號誌閃爍異常，派員指揮交通，已通報交通局維修。", sig,
             severity="Moderate", delay=600)
    cl = s.police("road_closure", "13:40", JM_HZ,
                  "遊行管制：封閉經貿路二段（環中路至經貿七路）雙向，車輛改道環中路、中清路。", march, severity="Minor", delay=300)
    s.cctv("SN-CCTV-004", "crowding", "13:55", 0.86, "人群聚集：路口南側大量人群靜止", march)
    m1 = s.police("crowd_control", "14:10", off(JM_HZ, 40, -120),
                  "遊行隊伍 14:05 出發，約 1.5 萬人，前導車已過經貿路二段 200 公尺，員警沿線戒護。", march,
                  severity="Moderate", delay=360)
    s.sufficient(march, cl)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "14:20", vd_text("SN-VD-HUANZHONG-02", 14, 47), march)
    s.cctv("SN-CCTV-005", "crowding", "14:25", 0.88, "人群聚集：路口四向大量人群移動", march)
    s.c1999("other", "14:30", off(JM_HZ, -80, 60),
            "經貿路怎麼整條封起來了？我要去會展中心看婚紗展，導航一直叫我繞，到底要從哪裡進去？", None, alt=march)
    s.rule("SN-VD-ZHONGQING-01", "congestion", "14:35", vd_text("SN-VD-ZHONGQING-01", 12, 49), march)
    s.parking("SN-PK-004", "full", "14:50", park_text("SN-PK-004", "full"), march)
    s.cctv("SN-CCTV-006", "crowding", "14:52", 0.9, "人群聚集：路口大量人群移動", march)
    s.signal("SN-SIG-011", "restored", "14:55", "號誌控制器回報：恢復正常時相", sig)
    sc = s.police("public_disturbance", "15:05", off(JM7, 40, -60),
                  "反同團體約 20 人於經貿七路口舉牌，與遊行民眾發生推擠拉扯，已派員隔離雙方，無人受傷。", scuffle,
                  severity="Moderate", delay=180)
    s.sufficient(scuffle, sc)
    s.cctv("SN-CCTV-006", "crowding", "15:06", 0.83, "人群聚集：路口東南角人群靜止", march, alt=scuffle)
    s.c1999("other", "15:08", off(JM7, 80, -20),
            "遊行那邊有兩群人在吵架，推來推去，有人在罵髒話，好像快打起來了。", scuffle)
    s.rule("SN-VD-JINGMAO-02", "congestion", "15:10", vd_text("SN-VD-JINGMAO-02", 6, 64), march)
    ha = s.f119("ambulance", "15:20", RALLY,
                "救護：中央公園北側集會區，女性 30 歲疑似熱衰竭，意識模糊、大量出汗。", heat)
    s.sufficient(heat, ha)
    s.f119_update(ha, "on_scene", "15:28", "救護車到達集會區醫護站，給予補充水分，送醫觀察。")
    s.police("medical", "15:30", RALLY, "集會區民眾一名疑似中暑，已由救護車送醫。", heat, severity="Minor", delay=480)
    s.police("road_reopened", "15:45", JM_HZ, "遊行隊伍已全數進入中央公園，經貿路二段恢復通行。", march, severity="Minor",
             follows=cl, delay=420)
    s.f119_update(ha, "returning", "15:48", "傷者送中國醫藥大學附設醫院。")
    s.c1999("noise", "16:30", off(ECO_A, 60, 30), "公園那邊喇叭很大聲，已經講了一整個下午了。", None, alt=march)
    # crash on 中清/環中
    s.cctv("SN-CCTV-008", "accident", "16:40", 0.64, "事故偵測：路口內機車與汽車停止", crash)
    ca = s.f119("ambulance", "16:41", ZQ_HZ, "救護：中清路環中路口，機車與自小客碰撞，男性騎士左手骨折。", crash)
    s.sufficient(crash, ca)
    s.c1999("traffic_accident", "16:43", off(ZQ_HZ, -50, 60),
            "中清環中那個路口有車禍，機車跟轎車，騎士倒在地上。", crash)
    s.police("injury_accident", "16:44", ZQ_HZ, "中清路與環中路口機車與自小客碰撞，騎士左手骨折送醫，佔用外側車道。", crash,
             severity="Moderate", delay=1020, dups=[30])
    s.rule("SN-VD-HUANZHONG-03", "congestion", "16:48", vd_text("SN-VD-HUANZHONG-03", 10, 53), crash, alt=march)
    s.f119_update(ca, "returning", "17:02", "傷者送台中榮總。")
    tp = s.police("theft", "17:10", RALLY, "民眾報案：於集會區舞台前手機遭竊，已報案登記。", theft, severity="Minor", delay=1200)
    s.sufficient(theft, tp)
    s.c1999("streetlight", "17:40", off(TOWER, 120, -60), "經貿路三段靠營運塔那邊路燈有一支一直閃。", None)
    s.police("crowd_control", "18:35", RALLY, "集會結束，民眾往轉運中心及經貿六停車場散去，秩序正常。", march,
             severity="Minor", delay=300)

    lost = s.incident("lost_child_rally", "rescue", "集會區 4 歲男童走失，後於醫護站尋獲")
    lk = s.police("missing_person", "16:20", off(RALLY, 40, 30), "民眾報案：4 歲男童（彩虹 T 恤）於集會區舞台前與家人走散。", lost,
                  severity="Moderate", delay=300)
    s.sufficient(lost, lk)
    s.police("missing_person", "16:45", off(RALLY, -30, 20), "走失男童已於集會區醫護站尋獲，交還家屬。", lost, severity="Minor",
             follows=lk, delay=300)
    s.c1999("other", "13:00", HUB, "請問今天遊行幾點開始？經貿路幾點會封？我下午要去會展中心。", None)
    s.police("other", "13:45", off(JM_HZ, 30, -60), "遊行前導車及糾察隊就位，集合區約 8,000 人，秩序良好。", march, severity="Minor",
             delay=420)
    s.parking("SN-PK-001", "full", "13:50", park_text("SN-PK-001", "full"), march)
    s.cctv("SN-CCTV-004", "wrong_way", "14:15", 0.7, "逆向行駛：車輛於路口南側逆向迴轉", march, alt=None)
    s.c1999("illegal_parking", "14:40", off(KX_LM, 80, 20), "黎明路三段紅線停滿車，都是去遊行的，公車站也被擋住。", None, alt=march)
    s.cctv("SN-CCTV-005", "crowding", "15:15", 0.81, "人群聚集：路口南側人群移動", march)
    s.police("crowd_control", "16:00", RALLY, "集會區約 1.8 萬人，秩序良好，醫護站已處理輕微不適 5 人。", march, severity="Minor", delay=420)
    s.c1999("traffic_accident", "16:44", off(ZQ_HZ, 70, 20), "中清路環中路口車禍，救護車來了，內側車道都不能走。", crash)
    s.status("SN-VD-LIMING-01", "offline", "12:30", "黎明路車輛偵測器1 通訊中斷", None, reason="comms_lost")
    s.status("SN-VD-LIMING-01", "online", "12:34", "黎明路車輛偵測器1 恢復連線", None)
    s.cctv("SN-CCTV-004", "crowding", "18:40", 0.82, "人群聚集：路口人行道大量人群移動", march)
    s.rule("SN-VD-JINGMAO-01", "congestion", "18:50", vd_text("SN-VD-JINGMAO-01", 13, 49), march)
    s.alternative(
        '另一種讀法：會展中心停車場全滿是遊行造成（而非婚紗展）；15:06 經貿七路口人群靜止是推擠衝突的群聚；16:48 環中路壅塞算遊行管制後的車流而非車禍；監視器的逆向迴轉視為雜訊；封路詢問、紅線停車與集會噪音申訴歸入遊行。',
        "The full convention car park is the march's (not the bridal fair's); the standing crowd at 經貿七路 at 15:06 is the scuffle; the 16:48 slow-down at 中清/環中 is march traffic rather than the crash's; the camera's wrong-way car is noise; the closure question, the red-line parking and the loudspeaker complaint belong to the march.")
    s.story = ("Saturday 31 Oct 2026, Taichung Pride: assembly at the transit hub, march down 經貿路二段 to Central Park north, rally to 18:30 (approved 28 Oct; on the morning of the march the route is amended to turn at 經貿七路 and the rally extended). A bridal fair in hall B holds its own permit and needs nothing. March job: 經貿路二段 closed at 13:40 (opens it), marshals in place, the hub car park full, the cameras at 經貿/環中, 經貿/黎明 and 經貿/經貿七 see the march, detours slow 環中路 and 中清路, a car U-turns against the closure (camera wrong-way), 經貿路 reopens at 15:45, 18,000 at the rally at 16:00, dispersal from 18:35. Unrelated: the 經貿/中平 signal flashes yellow at 13:10 (controller, camera, 1999, an officer, restored 14:55); opponents scuffle with marchers at 經貿七路 at 15:05; a woman with heat exhaustion at the rally at 15:20; a 4-year-old lost at 16:20, found 16:45; a scooter and a car collide at 中清/環中 at 16:40 (camera, 119, two 1999 calls, a police report 17 min late and delivered twice); a phone stolen at the rally. Background: the bridal fair's permit and its full car park, a detector flap, questions about the closure, red-line parking, a blinking streetlight, the rally's loudspeakers.")
    return s


# =============================================================================== 1456
def s1456():
    s = Scene(1456, "shuinan_city_half_marathon", "2026-11-22",
              "水湳城市半程馬拉松：選手倒地與闖入賽道",
              "2026-11-22（日）清晨水湳城市路跑（半馬，約 8,000 名跑者），中科路、經貿路、中平路封閉；08:12 選手於中平路河南路口附近倒地（OHCA）；"
              "07:44 自小客闖入中科路管制路段撞傷志工；另有中清路早餐店油鍋起火、環中路大貨車故障、終點走失兒童。")
    START = off(MUSEUM, -60, -120)
    OHCA = off(HN_ZP, 160, 40)
    ZK_MID = (120.6527, 24.1940)
    race = s.incident("half_marathon", "crowd",
                      "路跑活動的交通管制與人潮：起終點區、賽道封閉、改道車流、停車場全滿、管制解除")
    ohca = s.incident("runner_cardiac_arrest_zhongping", "rescue", "跑者於中平路河南路口附近倒地無呼吸，志工 CPR/AED 後送醫")
    intr = s.incident("car_enters_course_zhongke", "traffic", "自小客闖入中科路管制路段，撞倒三角錐及志工，志工手部擦傷")
    fire = s.incident("breakfast_shop_fryer_fire_zhongqing", "fire", "中清路二段早餐店油炸鍋起火，店員以滅火器撲滅，消防到場")
    truck = s.incident("truck_breakdown_huanzhong", "traffic", "環中路二段近台 74 線大貨車故障佔用外側車道，拖離")
    child = s.incident("lost_child_finish_area", "rescue", "終點區 4 歲女童走失，後尋獲")
    BREAKFAST = (120.6589, 24.1955)

    p = s.permit("event", s.t("05:30"), s.t("11:00"), off(MUSEUM, -250, -900), 1500,
                 "【核准】2026 臺中水湳城市路跑（半程馬拉松 21K、10K、5K）　起終點：綠美圖前中央公園北側　參賽 8,000 人　"
                 "管制 05:30–11:00：中科路、經貿路二段（經貿七路以南）、中平路（河南路至經貿路）、河南路二段部分路段", race,
                 arrive=s.t("14:00", -2))
    s.status("SN-VD-ZHONGKE-01", "offline", "05:02", "中科路車輛偵測器1 維護作業（路跑期間停用）", None, reason="maintenance")
    cl = s.police("road_closure", "05:30", ZK_MID,
                  "路跑管制開始：中科路、經貿路二段、中平路部分路段封閉，改道環中路、凱旋路、中清路。", race, severity="Minor",
                  delay=420)
    s.c1999("noise", "05:40", off(ECO_A, 80, 60), "一大早五點多就在放音樂廣播，很吵，這樣合法嗎？", None, alt=race)
    s.cctv("SN-CCTV-006", "crowding", "06:05", 0.87, "人群聚集：路口南側大量人群靜止", race)
    rc = s.police("crowd_control", "06:10", START,
                  "起跑區跑者約 8,000 人集結，鳴槍 06:30，員警於經貿七路口、綠美圖前維持秩序。", race, severity="Minor", delay=300)
    s.sufficient(race, cl)
    s.parking("SN-PK-004", "full", "06:20", park_text("SN-PK-004", "full"), race)
    s.panel("SN-FA-004", "fault", "06:30", "火警受信總機：第 3 迴路斷線", None)
    # fryer fire
    ff = s.f119("fire", "06:50", BREAKFAST, "火災：中清路二段早餐店油炸鍋起火，店員以滅火器撲救中。派遣消防車 2 輛。", fire)
    s.sufficient(fire, ff)
    s.c1999("fire_smoke", "06:52", off(BREAKFAST, 40, 30),
            "中清路那家早餐店在冒煙，好像是炸鍋燒起來了，店員在噴滅火器。", fire)
    s.police("fire_report", "06:58", BREAKFAST, "中清路二段早餐店油鍋火警，協助消防車停靠，慢車道暫時管制。", fire,
             severity="Minor", delay=960)
    s.f119_update(ff, "on_scene", "06:58", "消防車到達，火勢已由店員撲滅，排煙中。")
    s.rule("SN-VD-ZHONGQING-01", "congestion", "07:05", vd_text("SN-VD-ZHONGQING-01", 16, 42), race, alt=fire)
    s.c1999("other", "07:20", off(ECO_A, 30, -60),
            "我住經貿路三段，車子開不出去，路都封了，到底幾點才開放？我要上班。", None, alt=race)
    s.f119_update(ff, "closed", "07:25", "早餐店油炸鍋起火，無延燒無人傷，結案。")
    s.rule("SN-VD-KAIXUAN-02", "congestion", "07:31", vd_text("SN-VD-KAIXUAN-02", 13, 50), race)
    # the car on the course
    s.cctv("SN-CCTV-003", "wrong_way", "07:44", 0.68, "逆向行駛：車輛由環中路駛入中科路管制路段", intr)
    ia = s.f119("ambulance", "07:46", ZK_MID, "救護：中科路管制路段，自小客撞倒路跑志工，男性志工左手擦傷。", intr)
    s.sufficient(intr, ia)
    s.police("injury_accident", "07:45", ZK_MID,
             "自小客無視管制闖入中科路賽道，撞倒三角錐及志工，志工左手擦傷，駕駛已帶回製單。", intr, severity="Moderate",
             delay=720)
    s.c1999("traffic_accident", "07:50", off(ZK_MID, 30, -80),
            "中科路上有一台車開進跑道裡面，撞到在舉牌的志工，跑者都嚇到了。", intr)
    s.rule("SN-VD-HUANZHONG-02", "congestion", "08:00", vd_text("SN-VD-HUANZHONG-02", 15, 45), race)
    s.f119_update(ia, "closed", "08:02", "志工擦傷現場包紮，拒絕送醫，結案。")
    # OHCA
    oa = s.f119("ambulance", "08:12", OHCA,
                "救護：中平路近河南路口賽道，男性跑者約 50 歲倒地無呼吸心跳，現場志工 CPR 並使用 AED。派遣救護車 2 輛（含高級救護）。",
                ohca, delay=8)
    s.sufficient(ohca, oa)
    s.c1999("rescue", "08:13", off(OHCA, -60, -30),
            "有一個跑者倒在地上沒反應，有人在做CPR，在中平路河南路口附近，救護車快來！", ohca, dups=[50])
    s.police("medical", "08:14", OHCA, "路跑選手倒地，醫護志工 CPR 中，員警淨空賽道一側供救護車進入。", ohca,
             severity="Severe", delay=420)
    s.rule("SN-VD-ZHONGQING-02", "congestion", "08:11", vd_text("SN-VD-ZHONGQING-02", 18, 40), race, alt=None)
    s.f119_update(oa, "on_scene", "08:19", "救護車到達，AED 電擊 1 次後恢復心跳，插管後送醫。")
    s.f119_update(oa, "returning", "08:32", "患者送中國醫藥大學附設醫院急診。")
    # the truck
    s.cctv("SN-CCTV-001", "stalled_vehicle", "09:14", 0.88, "車輛停滯：路口東側外側車道大型車輛靜止", truck)
    tk = s.police("stalled_vehicle", "09:18", off(J("kaixuan", "huanzhong"), -150, -20),
                  "環中路二段近台 74 線大貨車故障，佔用外側車道，已擺放警示，等待拖吊。", truck, severity="Moderate", delay=360)
    s.sufficient(truck, tk)
    s.rule("SN-VD-HUANZHONG-01", "congestion", "09:25", vd_text("SN-VD-HUANZHONG-01", 14, 46, "（往台 74 線）"), truck)
    lc = s.police("missing_person", "09:40", START, "終點區 4 歲女童（紫色外套）與家人走散，請大會廣播協尋。", child,
                  severity="Moderate", delay=300)
    s.sufficient(child, lc)
    s.c1999("missing_person", "09:44", off(START, 40, 30), "我小孩在終點這邊不見了，四歲，穿紫色外套，大會廣播了還沒找到。", child)
    s.police("missing_person", "09:58", START, "走失女童已於大會服務台尋獲。", child, severity="Minor", follows=lc, delay=240)
    s.police("stalled_vehicle", "10:05", off(J("kaixuan", "huanzhong"), -150, -20), "故障大貨車已拖離，外側車道恢復通行。",
             truck, severity="Minor", follows=tk, delay=420)
    s.c1999("streetlight", "10:10", off(HUB, 90, -60), "轉運中心旁邊人行道路燈白天一直亮著。", None)
    s.police("road_reopened", "10:40", ZK_MID, "路跑管制解除，中科路、經貿路二段、中平路恢復通行。", race, severity="Minor",
             follows=cl, delay=360)
    s.status("SN-VD-ZHONGKE-01", "online", "11:05", "中科路車輛偵測器1 恢復運作", None)
    s.panel("SN-FA-004", "normal", "11:20", "火警受信總機：第 3 迴路 復歸", None)

    dehyd = s.incident("runner_dehydration_finish", "rescue", "終點區跑者脫水、抽筋無法行走送醫")
    dz = s.f119("ambulance", "10:00", off(START, 30, -40), "救護：路跑終點區，女性跑者 35 歲脫水、雙腿抽筋無法行走。", dehyd)
    s.sufficient(dehyd, dz)
    s.f119_update(dz, "on_scene", "10:07", "救護車到達大會醫護站，給予補液後送醫觀察。")
    s.f119_update(dz, "returning", "10:20", "患者送中國醫藥大學附設醫院。")
    s.c1999("other", "05:45", off(ECO_B, 30, 30), "請問今天路跑是哪幾條路封？敦化路可以出去嗎？", None)
    s.cctv("SN-CCTV-006", "crowding", "06:30", 0.9, "人群聚集：路口南側大量人群移動", race)
    s.rule("SN-VD-HENAN-02", "congestion", "06:45", vd_text("SN-VD-HENAN-02", 15, 44), race)
    s.police("road_closure", "07:58", HN_ZP, "路跑隊伍通過河南路二段，河南路中平路口臨時全向封閉約 40 分鐘。", race, severity="Minor",
             delay=360)
    s.c1999("other", "08:25", off(KX_LM, 0, -300), "凱旋路怎麼塞成這樣？前面是發生什麼事？", None, alt=race)
    s.cctv("SN-CCTV-010", "crowding", "08:40", 0.78, "人群聚集：路口周邊人行道人群靜止", race)
    s.parking("SN-PK-002", "full", "09:00", park_text("SN-PK-002", "full"), race, alt=None)
    s.cctv("SN-CCTV-006", "crowding", "09:30", 0.84, "人群聚集：路口南側大量人群靜止", race)
    s.c1999("環境清潔", "10:50", off(ZK_MID, 20, -300), "路跑結束中科路路邊水杯跟香蕉皮丟滿地。", None)
    s.alternative(
        '另一種讀法：07:05 中清路壅塞是早餐店火警消防車佔道所致而非路跑改道；08:11 中清路東段壅塞與經貿六停車場全滿是例行；清晨噪音、封路抱怨與凱旋路塞車詢問歸入路跑。',
        'The 07:05 slow-down on 中清路 belongs to the fryer fire (engines at the kerb) rather than the race detours; the 08:11 east 中清路 slow-down and the full 經貿六 car park are routine; the early noise complaint, the closure complaint and the question about 凱旋路 belong to the race.')
    s.story = ("Sunday 22 Nov 2026, the 水湳 city half marathon (approved 20 Nov; 8,000 runners; start and finish in front of 綠美圖). Race job: 中科路, 經貿路二段 and 中平路 closed at 05:30 (opens it; the 中科路 detector is switched off for maintenance), the start corral at 06:10, the park car park full, detours slowing 河南路, 凱旋路 and 環中路, a second closure at 河南/中平 as the field passes, crowds at the 河南/中平 camera and at the finish, closures lifted at 10:40. Unrelated: a breakfast shop's fryer catches fire on 中清路 at 06:50 (119 first, 1999, police 16 min late); at 07:44 a car drives the wrong way into the closed 中科路 course and knocks down a volunteer (camera, 119, a runner's 1999, police); at 08:12 a runner in cardiac arrest near 中平/河南, AED, pulse back (119, a spectator's 1999 delivered twice, police); a lorry breaks down on 環中路 near 台74 at 09:14 and is towed at 10:05; a 4-year-old lost at the finish at 09:40, found 09:58; a dehydrated runner at 10:00. Background: the 綠美圖 panel's loop fault, a 05:40 noise complaint, residents asking which roads are closed, a driver asking why 凱旋路 is jammed, an east 中清路 slow-down, a full 經貿六 car park, a streetlight, rubbish.")
    return s


SCENES = [s1451, s1452, s1453, s1454, s1455, s1456]

if __name__ == "__main__":
    for fn in SCENES:
        sc = fn()
        stem, n = sc.write()
        print("%s: %d items" % (stem, n))
