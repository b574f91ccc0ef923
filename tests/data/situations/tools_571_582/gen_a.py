"""Situations 571-576 (seeded; rerun reproduces the files byte for byte)."""
from lib import Sit, inc


def s571():
    s = Sit(571, "works_jingmao_crash", "2016-03-15")
    s.description = ("平日白天，經貿路二段(黎明路三段至經貿七路)人孔下地及刨鋪工程依許可封閉外側車道，"
                     "施工造成的車速下降與抱怨屬預期影響；13:41 一部機車撞上施工區緩撞設施，騎士受傷，"
                     "是一件獨立的交通事故；同一時段環中路二段近中科路另有小貨車拋錨。")
    # background and the works' own expected effects
    s.permit("exhibition", "jm_j7", "09:00", "17:00", "-6 15:00",
             "臺中國際會展中心 工具機展 3/15-3/17 09:00-17:00，預估每日參觀人次約6,000", key="571-permit-expo")
    s.permit("road_works", "jm_works", "09:30", "16:00", "-1 16:20",
             "經貿路二段(黎明路三段至經貿七路)人孔下地及路面刨鋪工程，封閉南向外側車道，"
             "09:30-16:00，設置交通錐、警示燈及緩撞車，施工單位：建設局養工處委託廠商", key="571-permit-works")
    s.congestion("SN-VD-HUANZHONG-02", "Minor", "08:12", 60, None, text="環中路二段東向車速 24 km/h")
    s.c1999("illegal_parking", "jm_lm", "09:05", 40, "經貿六停車場旁邊紅線一直有車停，公車轉不過去", None)
    s.congestion("SN-VD-JINGMAO-01", "Minor", "09:52", 60, None, text="經貿路二段南向車速 19 km/h")
    s.c1999("other", "jm_works", "10:21", 50, "經貿路施工為什麼要挑上班時間，塞到不行", None)
    s.sensor("SN-CCTV-006", "stalled_vehicle", "10:46", 20, None, confidence=0.62,
             text="外側車道車輛停滯(施工區內)")
    s.status("SN-CCTV-005", "offline", "11:31", 5, None, text="離線(通訊中斷)")
    s.status("SN-CCTV-005", "online", "11:34", 5, None, text="恢復連線")
    s.congestion("SN-VD-JINGMAO-01", "Moderate", "11:50", 60, None, text="經貿路二段南向車速 12 km/h")
    s.sensor("SN-PK-006", "full", "12:14", 30, None, text="會展中心停車場 汽車車位已滿")
    s.c1999("streetlight", "jm_j7", "12:40", 60, "經貿七路口有一盞路燈白天還亮著，編號看不清楚", None)
    # T2: stalled truck on 環中路 near 中科路, same time as the crash, ~600 m away
    s.sensor("SN-CCTV-003", "stalled_vehicle", "13:24", 20, "T2", confidence=0.81,
             text="環中路二段往東內側車道車輛停滯", key="571-cctv-t2")
    s.c1999("other", "zk_hz", "13:29", 45, "環中路中科路口有台小貨車停在快車道不動，很危險", "T2")
    s.police("stalled_vehicle", "Minor", "zk_hz", "13:31", 40,
             "環中路二段往東近中科路口 小貨車拋錨佔內側車道，已擺放三角錐，通知拖吊", "T2",
             key="571-pol-t2")
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "13:36", 60, "T2", text="環中路二段東向車速 15 km/h")
    # T1: crash inside the works taper
    s.sensor("SN-CCTV-006", "accident", "13:41:30", 25, "T1", confidence=0.77,
             text="施工區前方疑似機車倒地", key="571-cctv-t1")
    s.c1999("traffic_accident", (120.6564, 24.1935), "13:43", 40,
            "經貿路施工那邊有機車撞到三角錐跟後面那台緩撞車，人倒在地上好像受傷了", "T1",
            key="571-1999-t1")
    s.f119("ambulance", (120.6564, 24.1935), "13:44", 30,
           "經貿路二段近經貿七路 機車自撞施工區緩撞車 1人受傷 派遣救護車1輛", "T1", key="571-119-t1")
    s.c1999("traffic_accident", (120.6564, 24.1935), "13:45", 1500,
            "施工區有人騎車撞上去，救護車來了沒", "T1")  # queued, delivered 25 min late
    s.police("injury_accident", "Moderate", (120.6564, 24.1935), "13:47", 50,
             "經貿路二段(經貿七路口北)機車追撞施工緩撞車，騎士頭部擦傷意識清楚，施工封閉段後方車道暫時全封",
             "T1", key="571-pol-t1")
    s.congestion("SN-VD-JINGMAO-01", "Moderate", "13:49", 60, "T1", text="經貿路二段南向車速 6 km/h")
    s.f119("ambulance", (120.6564, 24.1935), "13:52", 30, "救護車到場 傷者1名 頭部擦傷", "T1",
           follows="571-119-t1", key="571-119-t1b")
    s.dup("571-119-t1b", 400)
    s.c1999("other", "jm_lm", "13:58", 60, "經貿路整個塞住了，施工又出車禍，車子都不動", "T1")
    s.police("injury_accident", "Moderate", (120.6564, 24.1935), "14:05", 60,
             "傷者送中國醫藥大學附設醫院，施工區警示設施距離不足，已通知養工處派員到場", "T1",
             follows="571-pol-t1", key="571-pol-t1b")
    s.police("stalled_vehicle", "Minor", "zk_hz", "14:08", 60, "拖吊完成，環中路內側車道恢復通行", "T2",
             follows="571-pol-t2")
    # the later follow-up arrives before the earlier one (radio report keyed in late)
    s.police("other", "Minor", (120.6564, 24.1935), "14:31", 30,
             "事故排除，恢復原施工封閉外側車道", "T1", follows="571-pol-t1b", key="571-pol-t1d")
    s.police("other", "Minor", (120.6564, 24.1935), "14:20", 900,
             "養工處與廠商到場，緩撞車前移加設警示燈", "T1", follows="571-pol-t1b")
    s.sensor("SN-CCTV-006", "stalled_vehicle", "14:33", 20, "T1", confidence=0.58, text="拖吊車停滯")
    s.congestion("SN-VD-JINGMAO-01", "Minor", "15:40", 60, None, text="經貿路二段南向車速 21 km/h")
    s.c1999("noise", "jm_works", "16:30", 60, "施工收工在搬鐵板很吵", None)
    s.congestion("SN-VD-HUANZHONG-02", "Minor", "17:45", 60, None, text="環中路二段東向車速 22 km/h")
    s.c1999("illegal_parking", "hub", "18:05", 60, "轉運中心外面計程車並排停車", None)
    s.incident("T1", "traffic",
               "經貿路二段施工區內機車撞上緩撞車，1人受傷送醫；施工區壅塞轉為停滯。派救護、交通警察，"
               "並請養工處要求廠商改善警示。", "571-1999-t1")
    s.incident("T2", "traffic", "環中路二段近中科路口小貨車拋錨佔內側車道，拖吊排除。", "571-pol-t2")
    s.notes = ("施工許可期間經貿路的車速下降、抱怨與施工車輛被判為停滯均為施工預期影響(null)；"
               "13:49 之後的停滯與事故相關。")
    return s


def s572():
    s = Sit(572, "water_main_zhongke", "2016-04-20")
    s.description = ("晴天清晨，中科路(環中路至黎明路間)自來水幹管破裂：路面湧水、水往西流到黎明路凱旋路口"
                     "低窪處觸發淹水感測(當天無雨)、附近停水、路面下陷，警方封路；同時段環中路凱旋路口"
                     "發生一起無關的追撞。")
    s.status("SN-VD-KAIXUAN-02", "offline", "06:28", 5, None, text="離線(通訊中斷)")
    s.status("SN-VD-KAIXUAN-02", "online", "06:33", 5, None, text="恢復連線")
    s.c1999("flooding", "zk_mid", "06:42", 50, "沒下雨欸，中科路上一直有水冒出來，像噴泉一樣", "W1",
            key="572-1999-w1")
    s.sensor("SN-CCTV-003", "flooding", "06:45", 20, "W1", confidence=0.71, text="路面積水",
             key="572-cctv-w1")
    s.c1999("flooding", "zk_mid", "06:49", 40, "中科路往環中路那段路面都是水，機車騎過去水花很大", "W1")
    s.police("flooding_report", "Moderate", "zk_mid", "06:52", 45,
             "中科路(環中路口南約200公尺)路面湧水，疑自來水幹管破裂，已通報自來水公司第四區處", "W1",
             key="572-pol-w1")
    s.rule("SN-FL-009", "flood_depth", "Minor", "07:04", 30, "W1", level="1-15",
           text="黎明路凱旋路口低窪處 淹水深度 9 cm")
    s.congestion("SN-VD-LIMING-01", "Moderate", "07:10", 60, "W1", text="黎明路三段車速 11 km/h")
    s.c1999("water_outage", "jm_lm", "07:12", 60, "家裡水龍頭突然沒水，也沒看到停水公告", "W1",
            spread=(150, 400))
    s.police("road_closure", "Moderate", "zk_mid", "07:18", 40,
             "中科路(環中路至黎明路)雙向封閉，車輛改道經貿路、凱旋路", "W1", key="572-pol-close")
    s.police("road_collapse", "Severe", "zk_mid", "07:25", 40,
             "封閉段路面下陷約2x3公尺、深約1公尺，已圍設警示", "W1", follows="572-pol-w1")
    s.c1999("road_damage", "zk_mid", "07:28", 50, "中科路路面塌了一個大洞，還在一直出水", "W1")
    s.f119("rescue", "zk_mid", "07:30", 30, "路面坍陷 派遣確認有無車輛人員陷落", "W1", key="572-119-w1")
    s.rule("SN-FL-009", "flood_depth", "Moderate", "07:35", 30, "W1", level="16-30",
           text="黎明路凱旋路口低窪處 淹水深度 18 cm")
    # T1: unrelated rear-end at 環中路/凱旋路, ~600 m from the burst
    s.sensor("SN-CCTV-002", "accident", "07:31", 20, "T1", confidence=0.66, text="路口車輛碰撞",
             key="572-cctv-t1")
    s.police("accident", "Minor", "kx_hz", "07:33", 40,
             "環中路二段/凱旋路口 兩部自小客追撞，無人受傷，移置路邊處理中", "T1", key="572-pol-t1")
    s.c1999("traffic_accident", "kx_hz", "07:36", 50, "環中路凱旋路口兩台車撞在一起", "T1")
    s.f119("rescue", "zk_mid", "07:41", 30, "到場確認 坍陷處無人車陷落 交自來水公司處理", "W1",
           follows="572-119-w1")
    s.c1999("water_outage", "jm_lm", "07:40", 60, "我們這整棟都沒水了，是不是水管破了", "W1",
            spread=(150, 450))
    s.c1999("water_outage", "zk_hz", "07:44", 60, "早上沒水可以用，什麼時候會來水", "W1", spread=(200, 500))
    s.c1999("illegal_parking", "hub", "07:50", 60, "轉運中心門口機車停在人行道上", None)
    s.sensor("SN-FA-001", "fault", "07:55", 20, "W1", alt=None, text="消防水箱補水異常 低水位")
    s.police("accident", "Minor", "kx_hz", "07:58", 40, "追撞車輛已移離，路口恢復通行", "T1",
             follows="572-pol-t1")
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "08:05", 60, None, text="環中路二段東向車速 16 km/h")
    s.congestion("SN-VD-JINGMAO-01", "Moderate", "08:12", 60, "W1", text="經貿路二段車速 14 km/h")
    s.sensor("SN-PK-001", "full", "08:25", 30, None, text="轉運中心停車場 汽車車位已滿")
    s.police("road_closure", "Moderate", "zk_mid", "08:30", 50,
             "自來水公司搶修中，中科路封閉預計至17時", "W1", follows="572-pol-close", key="572-pol-close2")
    s.dup("572-pol-close2", 240)
    s.c1999("streetlight", "zk_hz", "09:00", 60, "環中路中科路口有一盞路燈一直閃", None)
    s.rule("SN-FL-009", "cleared", "Minor", "09:12", 30, "W1", text="黎明路凱旋路口低窪處 淹水解除")
    s.c1999("noise", "jm_lm", "09:20", 60, "鄰居的狗從早上一直叫", None)
    s.c1999("water_outage", "jm_lm", "10:02", 1200, "還是沒水，公告說幾點恢復?", "W1", spread=(150, 400))
    s.c1999("other", "zk_mid", "10:40", 60, "中科路封起來了怎麼走，公車站也不停", "W1", spread=(100, 300))
    s.incident("W1", "infrastructure",
               "中科路自來水幹管破裂：路面湧水、流至黎明路凱旋路口積水(無雨)、路面下陷、周邊停水、封路改道。"
               "派自來水公司搶修、警察封路、養工處修復路面；119確認坍陷處無人車陷落。", "572-cctv-w1")
    s.incident("T1", "traffic", "環中路二段/凱旋路口兩車追撞，無人受傷，與水管破裂無關。", "572-pol-t1")
    s.alternative(
        "07:55 轉運中心消防水箱低水位的設備故障訊號可解讀為同一水管破裂造成的供水壓力不足，也可能只是"
        "該棟自身的補水設備問題；主讀法歸入 W1(同一時段、同一供水區)，另一讀法視為背景設備故障。",
        [inc("W1", "infrastructure", "中科路自來水幹管破裂(不含轉運中心消防水箱故障)。", "572-cctv-w1"),
         inc("T1", "traffic", "環中路二段/凱旋路口兩車追撞。", "572-pol-t1")])
    return s


def s573():
    s = Sit(573, "gas_main_excavator", "2016-05-11")
    s.description = ("經貿路三段(生態住宅A區旁)電信管線挖掘工程依許可施工；10:18 挖土機挖破中壓天然氣管，"
                     "瓦斯味通報、119 危險物品派遣、A區住戶疏散、經貿路封閉；封閉點北側管制處另有一起擦撞。")
    s.permit("road_works", "jm3_a", "08:30", "17:00", "-2 14:00",
             "經貿路三段(經貿七路以南)電信管線挖掘埋設工程，佔用外側車道，08:30-17:00", key="573-permit")
    s.congestion("SN-VD-JINGMAO-02", "Minor", "08:52", 60, None, text="經貿路三段車速 22 km/h")
    s.c1999("illegal_parking", "jm_j7", "09:12", 60, "經貿七路口騎樓都被汽車擋住", None)
    s.c1999("noise", "jm3_a", "09:41", 60, "挖土機從早上一直敲，很吵", None, spread=(60, 200))
    s.c1999("gas_odor", "jm3_a", "10:19", 40,
            "經貿路這邊瓦斯味好重，施工的挖土機好像挖到管子，有嘶嘶的聲音", "G1", key="573-1999-g1")
    s.f119("hazmat", "jm3_a", "10:20", 40,
           "經貿路三段 施工挖損天然氣管線 瓦斯外洩 派遣化學車、水箱車、救護車", "G1", key="573-119-g1")
    s.c1999("gas_odor", "jm3_a", "10:22", 40, "生態住宅A區這邊聞到很濃的瓦斯味，要不要跑", "G1",
            spread=(80, 200))
    s.c1999("gas_odor", "jm3_a", "10:23", 50, "外面瓦斯味超重，窗戶關起來還是聞得到", "G1", spread=(150, 300))
    s.police("hazmat_report", "Severe", "jm3_a", "10:26", 40,
             "經貿路三段施工挖破中壓天然氣管，持續外洩，已通知欣林天然氣，現場禁止煙火", "G1",
             key="573-pol-g1")
    s.police("road_closure", "Severe", "jm3_a", "10:28", 40,
             "經貿路三段 經貿七路以南至中平路 雙向管制，車輛改道", "G1", key="573-pol-close")
    s.f119("hazmat", "jm3_a", "10:31", 30, "到場 設置警戒區半徑100公尺 持續偵測濃度", "G1",
           follows="573-119-g1", key="573-119-g1b")
    s.police("crowd_control", "Moderate", "jm3_a", "10:35", 40,
             "生態住宅A區住戶約120人疏散至中央公園北側，由員警引導", "G1", key="573-pol-evac")
    s.c1999("other", "jm3_a", "10:37", 50, "我們被叫出來撤離，要等多久才能回家", "G1", spread=(200, 350))
    s.congestion("SN-VD-JINGMAO-02", "Moderate", "10:38", 60, "G1", text="經貿路三段車速 7 km/h")
    s.sensor("SN-FA-011", "fault", "10:40", 20, "G1", text="主電源中斷(消防人員切斷A區電源)")
    s.c1999("gas_odor", "zq_mid", "10:52", 60, "中清路這邊也有瓦斯味，是哪裡漏氣", "G1", spread=(50, 200))
    # T1: scrape at the closure point to the north
    s.sensor("SN-CCTV-006", "accident", "10:57", 20, "T1", confidence=0.72, text="路口車輛碰撞")
    s.police("accident", "Minor", "jm_j7", "11:00", 40,
             "經貿路二段/經貿七路口管制點 車輛迴轉與直行車擦撞，無人受傷", "T1", key="573-pol-t1")
    s.c1999("traffic_accident", "jm_j7", "11:02", 50, "經貿七路口有車子迴轉被撞", "T1")
    s.c1999("gas_odor", "jm_zp", "11:05", 60, "家裡附近好像有瓦斯味，不知道是不是隔壁在煮東西", None,
            alt="G1", spread=(100, 250), key="573-1999-far")
    s.f119("hazmat", "jm3_a", "11:20", 30, "欣林人員關閉上游閥門 外洩停止 持續監測", "G1",
           follows="573-119-g1b")
    s.police("accident", "Minor", "jm_j7", "11:30", 40, "擦撞車輛已移離，管制點恢復", "T1", follows="573-pol-t1")
    s.police("crowd_control", "Minor", "jm3_a", "11:45", 40, "偵測無殘留濃度，解除疏散，住戶返家",
             "G1", follows="573-pol-evac")
    s.f119("hazmat", "jm3_a", "11:50", 30, "任務結束 返隊", "G1", follows="573-119-g1b")
    s.police("road_closure", "Moderate", "jm3_a", "12:10", 40, "經貿路三段恢復單線通行，欣林搶修中", "G1",
             follows="573-pol-close")
    s.dup("573-pol-evac", 3000)  # redelivered after the feed reconnects
    s.sensor("SN-FA-011", "normal", "12:15", 20, "G1", text="復歸")
    s.c1999("streetlight", "jm_lm", "12:40", 60, "黎明路有一盞路燈燈罩快掉下來", None)
    s.status("SN-PK-004", "offline", "13:02", 5, None, text="離線(通訊中斷)")
    s.status("SN-PK-004", "online", "13:07", 5, None, text="恢復連線")
    s.congestion("SN-VD-JINGMAO-02", "Minor", "14:30", 60, None, text="經貿路三段車速 20 km/h")
    s.incident("G1", "fire",
               "經貿路三段施工挖土機挖破中壓天然氣管：瓦斯外洩、119 危險物品搶救、A區住戶疏散、經貿路管制。"
               "派消防(危險物品)、欣林天然氣、警察管制疏散。", "573-1999-g1")
    s.incident("T1", "traffic", "經貿七路口管制點迴轉車與直行車擦撞，無人受傷；管制造成但為另一件工作。",
               "573-pol-t1")
    s.alternative(
        "11:05 中平路經貿路口一帶(距破管處約1.3公里)的瓦斯味來電語氣不確定；主讀法視為與破管無關的零星來電，"
        "另一讀法因破管外洩中、有風，將其納入 G1 並派員確認下風處。",
        [inc("G1", "fire", "經貿路三段天然氣管挖損外洩(含中平路的瓦斯味來電)。", "573-1999-g1"),
         inc("T1", "traffic", "經貿七路口管制點擦撞。", "573-pol-t1")])
    s.notes = "事故類型以 fire 表示瓦斯外洩(消防局主責)；vocabulary 無 hazmat 事故類型。"
    return s


def s574():
    s = Sit(574, "planned_outage_overrun", "2016-06-05")
    s.description = ("週日，台電計畫性停電(08:30-12:00)更換經貿路三段一帶饋線，停電期間的受信總機停電故障、"
                     "經貿路中平路口號誌熄滅(員警指揮)都在公告內；12:00 後仍未復電、預備電源耗盡，成為一件"
                     "停電延長的事件，期間 B區集合住宅電梯受困 2 人。")
    s.permit("road_works", "jm3_a", "08:30", "12:00", "-3 10:00",
             "台電計畫性停電施工：經貿路三段、敦化路一帶饋線汰換，停電範圍含水湳生態住宅A、B區及"
             "經貿路/中平路口號誌，08:30-12:00，號誌停電期間由員警指揮交通", key="574-permit")
    s.sensor("SN-FA-011", "fault", "08:31", 20, None, text="主電源停電，切換預備電源")
    s.sensor("SN-FA-012", "fault", "08:31:20", 20, None, text="主電源停電，切換預備電源")
    s.sensor("SN-SIG-011", "fault", "08:32", 10, None, text="號誌熄滅(停電)")
    s.sensor("SN-CCTV-011", "signal_dark", "08:33", 20, None, confidence=0.9, text="號誌黑燈")
    s.police("traffic_signal_fault", "Minor", "jm_zp", "08:40", 40,
             "經貿路/中平路口號誌因台電計畫停電熄滅，已派員指揮交通", None)
    s.c1999("other", "jm3_a", "09:15", 60, "我們這邊停電，台電有公告嗎", None, spread=(100, 300))
    s.sensor("SN-PK-005", "full", "09:32", 30, None, text="中央公園地下停車場(南) 汽車車位已滿")
    s.c1999("noise", "jm3_a", "10:02", 60, "台電施工的發電機好吵", None, spread=(50, 150))
    s.c1999("illegal_parking", "park_n", "10:31", 60, "公園旁邊整排車停紅線", None)
    s.congestion("SN-VD-HENAN-02", "Minor", "11:02", 60, None, text="河南路車速 23 km/h")
    # the overrun
    s.c1999("other", "jm3_a", "12:20", 60, "說好12點來電，現在還沒來，冰箱的東西都要壞了", "O1",
            spread=(100, 300))
    s.c1999("other", (120.659, 24.1815), "12:28", 50, "生態住宅B區還是沒電，電梯也不能用", "O1",
            spread=(30, 120), key="574-1999-o1")
    s.police("traffic_signal_fault", "Moderate", "jm_zp", "12:35", 40,
             "經貿路/中平路口號誌仍未恢復，指揮員警需換班支援", "O1", key="574-pol-o1")
    s.sensor("SN-FA-012", "fault", "12:41", 20, "O1", text="預備電源電壓不足")
    s.f119("rescue", (120.659, 24.1815), "12:50", 30, "水湳生態住宅B區 電梯受困2人(含長者1名) 停電",
           "R1", alt="O1", key="574-119-r1")
    s.c1999("other", (120.659, 24.1815), "12:53", 50, "B棟電梯有人被關在裡面，按緊急鈴都沒人回應",
            "R1", alt="O1", spread=(20, 80))
    s.f119("rescue", (120.659, 24.1815), "12:58", 30, "到場 手動開啟電梯門中", "R1", alt="O1",
           follows="574-119-r1")
    s.c1999("other", "jm3_a", "13:05", 60, "台電電話一直打不通，到底什麼時候來電", "O1", spread=(100, 300))
    s.status("SN-CCTV-011", "offline", "13:10", 5, "O1", text="離線(UPS電力耗盡)")
    s.f119("rescue", (120.659, 24.1815), "13:12", 30, "受困2人已救出 無人受傷 返隊", "R1", alt="O1",
           follows="574-119-r1")
    s.police("traffic_signal_fault", "Moderate", "jm_zp", "13:20", 60,
             "台電回報變壓器更換延誤，預計14:30復電，路口持續指揮", "O1", follows="574-pol-o1")
    s.rule("SN-CCTV-011", "sensor_offline", "Minor", "13:25", 30, "O1", text="經貿路/中平路口監視器離線逾15分")
    s.sensor("SN-FA-011", "fault", "13:40", 20, "O1", text="預備電源電壓不足")
    s.congestion("SN-VD-ZHONGPING-02", "Moderate", "13:45", 60, "O1", text="中平路車速 13 km/h")
    s.c1999("streetlight", "hn_pk", "13:50", 60, "河南路停車場旁一盞路燈燈桿歪了", None)
    # the controller's clock came back 8 minutes slow after the long outage
    s.sensor("SN-SIG-011", "restored", "14:32", 15, "O1", text="號誌恢復正常", observed_override="14:24")
    s.sensor("SN-FA-011", "normal", "14:33", 20, "O1", text="復歸")
    s.sensor("SN-FA-012", "normal", "14:33:30", 20, "O1", text="復歸")
    s.status("SN-CCTV-011", "online", "14:35", 5, "O1", text="恢復連線")
    s.police("other", "Minor", "jm_zp", "14:40", 40, "復電，號誌恢復，指揮員警撤離", "O1",
             follows="574-pol-o1")
    s.c1999("other", "jm3_a", "14:45", 1800, "中午到現在都沒電，台電要給個交代", "O1", spread=(100, 300))
    s.incident("O1", "infrastructure",
               "台電計畫性停電逾時未復電(12:00 後)：住戶無電、預備電源耗盡、經貿路中平路口號誌持續熄滅需員警指揮。"
               "聯繫台電、續派員警指揮交通。", "574-1999-o1")
    s.incident("R1", "rescue", "停電逾時期間生態住宅B區電梯受困2人，119 救出無人受傷。", "574-119-r1")
    s.alternative(
        "電梯受困是停電延長的直接後果；主讀法把它當成消防局另一件救助工作(另派119)，另一讀法把它記在停電事件下，"
        "視為同一事件的一項任務。",
        [inc("O1", "infrastructure", "台電計畫性停電逾時，含B區電梯受困救助。", "574-1999-o1")])
    s.notes = "08:30-12:00 公告範圍內的停電影響(受信總機、號誌、來電)為預期影響，null。"
    return s


def s575():
    s = Sit(575, "feeder_trip_evening", "2016-10-18")
    s.description = ("平日晚上 19:42 台電饋線跳脫，會展中心、綠美圖、智慧營運塔一帶停電：經貿路二段兩處號誌熄滅、"
                     "多個火警受信總機主電源故障、監視器與車輛偵測器離線、路燈全暗；營運塔電梯受困 1 人；"
                     "19:58 熄燈的經貿路黎明路口發生汽機車碰撞。20:31 復電。")
    s.congestion("SN-VD-HUANZHONG-02", "Minor", "19:10", 60, None, text="環中路二段東向車速 25 km/h")
    s.c1999("noise", "jm3_a", "19:20", 60, "樓下卡拉OK很大聲", None, spread=(100, 300))
    s.c1999("illegal_parking", "jm_lm", "19:31", 60, "黎明路公車站前面有車一直停", None)
    s.sensor("SN-SIG-005", "fault", "19:42:10", 10, "P1", alt="S1", text="號誌熄滅", key="575-sig5")
    s.sensor("SN-SIG-006", "fault", "19:42:15", 10, "P1", alt="S1", text="號誌熄滅", key="575-sig6")
    s.sensor("SN-FA-002", "fault", "19:42:20", 15, "P1", text="主電源斷電", key="575-fa2")
    s.sensor("SN-FA-003", "fault", "19:42:25", 15, "P1", text="主電源斷電")
    s.sensor("SN-FA-004", "fault", "19:42:30", 15, "P1", text="市電中斷，切換預備電源")
    s.sensor("SN-FA-005", "fault", "19:42:40", 15, "P1", text="主電源斷電")
    s.status("SN-CCTV-006", "offline", "19:43", 5, "P1", text="離線(主電源中斷)")
    s.status("SN-VD-JINGMAO-01", "offline", "19:43:10", 5, "P1", text="離線(主電源中斷)")
    s.sensor("SN-CCTV-005", "signal_dark", "19:44", 20, "P1", alt="S1", confidence=0.93, text="號誌黑燈")
    s.c1999("streetlight", "jm_lm", "19:45", 50, "經貿路整條路燈都不亮，紅綠燈也沒亮", "P1",
            key="575-1999-sl")
    s.c1999("streetlight", "jm_lm", "19:46", 50, "黎明路這邊一片漆黑，是停電嗎", "P1", spread=(150, 400))
    s.police("traffic_signal_fault", "Moderate", "jm_lm", "19:47", 40,
             "經貿路二段/黎明路三段、經貿七路口號誌全暗，派員指揮交通", "P1", alt="S1", key="575-pol-sig")
    s.rule("SN-VD-JINGMAO-01", "sensor_offline", "Minor", "19:48", 30, "P1", text="經貿路車輛偵測器1 未回傳")
    s.c1999("other", "jm_j7", "19:50", 60, "這一區整片停電，台電有說原因嗎", "P1", spread=(100, 300))
    s.f119("rescue", (120.6585, 24.193), "19:52", 30, "臺灣智慧營運塔 停電 電梯受困1人", "R1",
           key="575-119-r1")
    s.f119("rescue", (120.6585, 24.193), "19:55", 30, "到場 受困者意識清楚 開門中", "R1", follows="575-119-r1")
    # T1: crash at the dark junction
    s.sensor("SN-CCTV-005", "accident", "19:58", 20, "T1", confidence=0.74, text="路口車輛碰撞")
    s.c1999("traffic_accident", "jm_lm", "20:00", 40, "經貿路黎明路口紅綠燈沒亮，汽車撞到機車，人倒在地上",
            "T1", spread=(20, 80), key="575-1999-t1")
    s.f119("ambulance", "jm_lm", "20:01", 30, "經貿路二段/黎明路三段 汽機車碰撞 1人受傷 派遣救護車", "T1")
    s.police("injury_accident", "Moderate", "jm_lm", "20:03", 40,
             "經貿路二段/黎明路三段口(號誌停電中)汽機車碰撞，機車騎士腿部受傷送醫", "T1", key="575-pol-t1")
    s.f119("rescue", (120.6585, 24.193), "20:05", 30, "受困者已救出 無人受傷", "R1", follows="575-119-r1")
    s.congestion("SN-VD-LIMING-01", "Moderate", "20:06", 60, "T1", text="黎明路三段車速 9 km/h")
    s.police("injury_accident", "Minor", "jm_lm", "20:15", 40, "事故車輛移置，現場排除", "T1",
             follows="575-pol-t1")
    s.dup("575-1999-sl", 2100)
    s.c1999("streetlight", "hn_pk", "20:20", 60, "河南路一盞路燈不亮，編號 0357", None)
    s.police("traffic_signal_fault", "Minor", "jm_lm", "20:24", 60, "台電回報饋線跳脫，搶修中", "P1",
             alt="S1", follows="575-pol-sig")
    # the controllers' clocks come back 4 minutes fast
    s.sensor("SN-SIG-005", "restored", "20:31", 10, "P1", alt="S1", text="號誌恢復正常",
             observed_override="20:35")
    s.sensor("SN-SIG-006", "restored", "20:31:05", 10, "P1", alt="S1", text="號誌恢復正常",
             observed_override="20:35:05")
    s.sensor("SN-FA-002", "normal", "20:31:20", 15, "P1", text="復歸")
    s.sensor("SN-FA-003", "normal", "20:31:25", 15, "P1", text="復歸")
    s.sensor("SN-FA-004", "normal", "20:31:30", 15, "P1", text="復歸")
    s.sensor("SN-FA-005", "normal", "20:31:40", 15, "P1", text="復歸")
    s.status("SN-CCTV-006", "online", "20:32", 5, "P1", text="恢復連線")
    s.status("SN-VD-JINGMAO-01", "online", "20:32:10", 5, "P1", text="恢復連線")
    s.status("SN-RG-003", "offline", "20:50", 5, None, text="離線(通訊中斷)")
    s.status("SN-RG-003", "online", "20:56", 5, None, text="恢復連線")
    s.incident("P1", "infrastructure",
               "饋線跳脫，會展中心、綠美圖、營運塔一帶停電約50分：號誌熄滅、受信總機主電源故障、設備離線、路燈全暗。"
               "聯繫台電搶修，派員警指揮熄燈路口。", "575-fa2")
    s.incident("R1", "rescue", "智慧營運塔停電電梯受困1人，119 救出。", "575-119-r1")
    s.incident("T1", "traffic", "熄燈的經貿路黎明路口汽機車碰撞，1人受傷送醫。", "575-1999-t1")
    s.alternative(
        "熄燈號誌可看作停電事件的一部分(同因、同時復原)，也可看作交通局/警察另一件號誌故障路口管制工作；"
        "另一讀法把號誌相關項目另立 S1。",
        [inc("P1", "infrastructure", "饋線跳脫停電(不含號誌)。", "575-fa2"),
         inc("S1", "traffic", "經貿路二段兩處號誌因停電熄滅，員警指揮交通。", "575-sig6"),
         inc("R1", "rescue", "智慧營運塔電梯受困1人。", "575-119-r1"),
         inc("T1", "traffic", "熄燈路口汽機車碰撞。", "575-1999-t1")])
    return s


def s576():
    s = Sit(576, "fallen_tree_cable", "2016-11-23")
    s.description = ("東北季風強風的下午，黎明路三段(凱旋路至經貿路)路樹倒塌壓斷架空電信纜線、阻斷雙向車道，"
                     "黎明凱旋路口監視器同時斷線；約40分鐘後經貿路二段雨水下水道工程的施工圍籬被吹倒佔用車道。")
    s.permit("road_works", "jm_works", "07:30", "17:30", "-5 09:00",
             "經貿路二段 雨水下水道工程，設置施工圍籬佔用南向外側車道，07:30-17:30", key="576-permit")
    s.c1999("公園路樹", "park_n", "14:31", 60, "中央公園步道上有樹枝被風吹斷，已經沒擋路了，請來清", None,
            spread=(50, 200))
    s.c1999("streetlight", "kx_hz", "14:50", 60, "凱旋路環中路口路燈燈罩被風吹得一直晃", None)
    s.status("SN-RG-002", "offline", "15:02", 5, None, text="離線(通訊中斷)")
    s.status("SN-RG-002", "online", "15:06", 5, None, text="恢復連線")
    s.status("SN-CCTV-007", "offline", "15:20", 5, "T1", text="離線(通訊中斷)")
    s.c1999("fallen_tree", (120.6515, 24.1945), "15:21", 40,
            "黎明路大樹倒了，整棵壓在路上，還把電線拉下來", "T1", spread=(20, 100), key="576-1999-t1")
    s.congestion("SN-VD-LIMING-01", "Moderate", "15:22", 60, "T1", text="黎明路三段車速 5 km/h")
    s.c1999("fallen_tree", (120.6515, 24.1945), "15:23", 40, "黎明路三段樹倒擋住兩個車道，車子都過不去", "T1",
            spread=(50, 200))
    s.c1999("other", (120.6515, 24.1945), "15:24", 40, "電線掉在地上，不知道有沒有電，很危險", "T1",
            spread=(20, 80))
    s.police("fallen_object", "Severe", (120.6515, 24.1945), "15:27", 40,
             "黎明路三段(凱旋路至經貿路間)路樹傾倒壓斷架空纜線，雙向車道受阻，已管制", "T1", key="576-pol-t1")
    s.f119("rescue", (120.6515, 24.1945), "15:30", 30, "路樹倒塌 纜線掉落 派遣救助隊移除", "T1",
           key="576-119-t1")
    s.rule("SN-CCTV-007", "sensor_offline", "Minor", "15:35", 30, "T1", text="黎明路凱旋路口監視器離線逾15分")
    s.police("road_closure", "Moderate", (120.6515, 24.1945), "15:40", 40,
             "黎明路三段 凱旋路至經貿路 雙向封閉，改道環中路", "T1", follows="576-pol-t1")
    s.f119("rescue", (120.6515, 24.1945), "15:45", 30, "到場確認掉落為電信纜線 非電力線 已通知中華電信",
           "T1", follows="576-119-t1")
    # W1: the works' hoarding blown into the road
    s.sensor("SN-CCTV-006", "fallen_object", "16:03", 20, "W1", confidence=0.69, text="車道上有掉落物")
    s.c1999("other", "jm_works", "16:05", 40, "經貿路施工的鐵皮圍籬被風吹倒到馬路上，差點砸到車", "W1",
            spread=(20, 120), key="576-1999-w1")
    s.police("fallen_object", "Moderate", "jm_works", "16:08", 40,
             "經貿路二段施工圍籬遭強風吹倒佔用車道，已通知施工廠商到場", "W1", key="576-pol-w1")
    s.congestion("SN-VD-KAIXUAN-01", "Moderate", "16:10", 60, "T1", text="凱旋路車速 12 km/h")
    s.congestion("SN-VD-JINGMAO-01", "Moderate", "16:12", 60, "W1", text="經貿路二段車速 10 km/h")
    s.police("fallen_object", "Minor", "jm_works", "16:30", 40, "廠商已將圍籬扶正加固，車道恢復", "W1",
             follows="576-pol-w1")
    s.f119("rescue", (120.6515, 24.1945), "16:40", 30, "樹幹鋸除完畢 交由養工處清運", "T1",
           follows="576-119-t1")
    s.c1999("illegal_parking", "hub", "16:45", 60, "轉運中心旁違停很多", None)
    s.dup("576-pol-w1", 1500)
    s.police("road_closure", "Minor", (120.6515, 24.1945), "17:05", 40, "黎明路三段恢復雙向通車", "T1",
             follows="576-pol-t1")
    s.sensor("SN-PK-001", "full", "17:12", 30, None, text="轉運中心停車場 汽車車位已滿")
    s.congestion("SN-VD-HUANZHONG-02", "Moderate", "17:40", 60, None, text="環中路二段東向車速 18 km/h")
    s.c1999("fallen_tree", "park_n", "17:50", 60, "中央公園裡面一棵小樹倒了，沒有擋到路，明天再處理就好", None,
            spread=(80, 250))
    s.status("SN-CCTV-007", "online", "18:35", 5, "T1", text="恢復連線")
    s.incident("T1", "traffic",
               "黎明路三段路樹倒塌壓斷電信纜線、阻斷雙向車道並使監視器斷線。派119/養工處移除、警察封路、"
               "中華電信修復纜線。", "576-1999-t1")
    s.incident("W1", "traffic",
               "經貿路二段施工圍籬被強風吹倒佔用車道(施工本身的事件)，通知廠商加固。", "576-1999-w1")
    s.notes = ("16:10 凱旋路車速下降歸 T1(黎明路封閉的改道車流)。公園內斷枝、小樹倒塌未擋路，屬例行 1999 案件。"
               "W1 的 sufficient 取 1999 來電：CCTV 掉落物單獨不足以判斷。")
    return s


if __name__ == "__main__":
    for fn in (s571, s572, s573, s574, s575, s576):
        base, n = fn().write()
        print(base, n)
