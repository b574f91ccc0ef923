"""Situations 2011-2016: a concert, a road race, a night market, New Year's eve, a march, a two-day expo."""
from lib import Sit


def s2011():
    s = Sit(2011, "pop_centre_concert_exit",
            "臺中流行影音中心戶外草坪週六晚間演唱會（約兩萬人）：人潮、停車場滿、散場車流與噪音屬演唱會本身；場內一名觀眾昏倒、一名男童走失後尋獲、一起扒竊事後才報案；散場時凱旋路黎明路口發生擦撞有人受傷。",
            "2026-03-14 17:00")
    e = s.ev
    C = s.inc("C", "planned_event", "流行影音中心演唱會人潮管理：交管、停車、散場疏導")
    F = s.inc("F", "rescue", "演唱會搖滾區一名女性觀眾昏倒，救護車送醫")
    K = s.inc("K", "rescue", "六歲男童與母親在草坪走散，協尋後於服務台尋獲")
    T = s.inc("T", "public_order", "觀眾散場後報案：演出中手機及皮夾遭扒竊")
    X = s.inc("X", "traffic", "散場車流於黎明路三段凱旋路口擦撞，機車騎士受傷")
    pe = e("planned_event", "concert", 150, "流行影音中心戶外演唱會，預估人潮 20,000 人，17:00 開放入場", C,
           at="pop_lawn", ends_m=330, arrival_m=-8 * 24 * 60, radius_m=400)
    s.set_suff(C, pe)
    e("incident", "crowd_control", 20, "影音中心入場排隊人潮延伸至凱旋路人行道，派員管制", C, sev="Minor", at="pop", jit=60)
    s.congestion("SN-VD-KAIXUAN-02", 35, C)
    s.park_full("SN-PK-005", 55, C)
    s.park_full("SN-PK-004", 75, C)
    s.congestion("SN-VD-ZHONGKE-01", 80, C)
    e("1999", "illegal_parking", 95, "凱旋路影音中心旁整排車停在紅線，公車過不去", C, at="kx_mid", jit=80, lag=4)
    e("1999", "crowding", 110, "影音中心門口人太多擠不進去，可以加派人手嗎", C, at="pop", jit=40, lag=3)
    s.park_full("SN-PK-003", 120, C)
    # fainting
    a = e("119", "ambulance", 218, "影音中心戶外草坪搖滾區 女性約20歲 意識不清 昏倒", F, at="pop_lawn", jit=30, lag=1)
    e("incident", "medical", 222, "演唱會現場觀眾昏倒，保全協助抬出場外，救護車已到", F, sev="Moderate", at="pop_lawn", jit=50, lag=3)
    e("119", "ambulance", 241, "傷病患已送中國醫藥大學附設醫院", F, at="pop_lawn", jit=30, lag=1, status="returning", follows=a)
    # lost child
    k1 = e("1999", "missing_person", 235, "小孩不見了！六歲男生穿黃色上衣，在影音中心草坪後面走散", K, at="pop_lawn", jit=80, lag=2)
    k2 = e("incident", "missing_person", 240, "協尋：6歲男童，黃色上衣藍色短褲，於影音中心戶外區與母親走散", K, sev="Moderate",
           at="pop", jit=30, lag=2)
    s.dup(k2, 1.5)
    e("incident", "missing_person", 262, "男童已於影音中心服務台尋獲，交還母親，協尋解除", K, sev="Minor", at="pop", jit=20, lag=2,
      follows=k2)
    # noise, crowd during show
    e("1999", "noise", 260, "影音中心演唱會音響太大聲，家裡窗戶都在震", C, at="ecoA", jit=60, lag=6)
    e("1999", "noise", 305, "都快十點半了還在唱，生態住宅這邊小孩睡不著", C, at="ecoB", jit=40, lag=5)
    # exit
    s.congestion("SN-VD-KAIXUAN-02", 322, C, sev="Severe")
    e("incident", "crowd_control", 325, "演唱會散場，凱旋路、中科路實施人車分流", C, sev="Moderate", at="pop", jit=80, lag=2)
    s.congestion("SN-VD-ZHONGKE-01", 328, C, sev="Severe")
    s.congestion("SN-VD-HENAN-02", 340, C)
    x1 = e("incident", "injury_accident", 338, "黎明路三段凱旋路口汽機車擦撞，機車騎士手腳擦傷", X, sev="Moderate", at="x_lm_kx", jit=25, lag=3)
    e("cctv", "stalled_vehicle", 337, "影像分析：黎明路三段/凱旋路 路口車輛停滯", X, sensor="SN-CCTV-007", lag=0.5, confidence=0.81)
    e("119", "ambulance", 339, "黎明路凱旋路口 車禍 機車騎士受傷", X, at="x_lm_kx", jit=20, lag=1)
    s.set_suff(X, x1)
    s.congestion("SN-VD-KAIXUAN-01", 342, X, alt=C)
    e("incident", "accident", 370, "黎明凱旋路口事故車輛已移置，恢復通行", X, sev="Minor", at="x_lm_kx", jit=20, lag=2, follows=x1)
    # theft, reported late
    e("incident", "theft", 240, "民眾至派出所報案：於影音中心演唱會搖滾區手機及皮夾遭扒竊", T, sev="Minor", at="pop", jit=60,
      lag=205)
    # background
    e("1999", "streetlight", 60, "逢甲水湳校區旁人行道一盞路燈不亮", None, at="fcu", jit=100, lag=10)
    e("fire_alarm", "fault", 100, "中國醫藥大學水湳校區 受信總機 探測器迴路異常", None, sensor="SN-FA-010", lag=0.2)
    e("fire_alarm", "normal", 104, "中國醫藥大學水湳校區 受信總機 復歸", None, sensor="SN-FA-010", lag=0.2)
    e("1999", "illegal_parking", 200, "北屯區住家門口被停車擋住出不去", None, at="beitun", jit=150, lag=8)
    s.notes = ("Why: 散場時凱旋路車輛偵測器1（環中路口附近）壅塞出現在擦撞後四分鐘、距擦撞點約250公尺，判為事故造成（alt：演唱會散場車流）。"
               "扒竊在演出中發生，但 3 小時後才由被害人報案，仍是獨立的治安案件，不併入人潮管理。"
               "男童協尋的 1999 與警方通報為同一名孩子。")
    s.alt = ("凱旋路偵測器1的壅塞也可視為散場車流本身。", {})
    s.write()


def s2012():
    s = Sit(2012, "road_race_runner_down",
            "週日清晨水湳城市路跑（半馬，約8,000人）沿經貿路、中平路、河南路、凱旋路封路：封路、壅塞與廣播噪音屬賽事本身；中平路約8公里處一名跑者倒地無呼吸；終點另一名跑者熱衰竭；一名駕駛闖入封閉路段撞倒路障。",
            "2026-04-12 05:00")
    e = s.ev
    R = s.inc("R", "planned_event", "水湳城市路跑賽事：沿線交通管制與人潮")
    A = s.inc("A", "rescue", "中平路上跑者倒地無呼吸，AED 急救後送醫")
    H = s.inc("H", "rescue", "終點區跑者熱衰竭送醫")
    B = s.inc("B", "traffic", "駕駛不耐管制闖入河南路封閉路段撞倒路障")
    pe = e("planned_event", "event", 60, "2026 水湳城市路跑（半程馬拉松），起終點水湳轉運中心，沿經貿路、中平路、河南路、凱旋路，06:00 鳴槍", R,
           at="park_mid", ends_m=330, arrival_m=-20 * 24 * 60, radius_m=1600)
    s.set_suff(R, pe)
    e("1999", "noise", 15, "才五點多轉運中心那邊廣播和音樂就很大聲", R, at="hub", jit=200, lag=12)
    c1 = e("incident", "road_closure", 40, "路跑管制：經貿路二段 05:40 起封閉至 10:30", R, sev="Minor", at="x_jm_lm", jit=30)
    e("incident", "road_closure", 45, "路跑管制：中平路（經貿路至河南路）封閉", R, sev="Minor", at=(120.6545, 24.1708), jit=30)
    e("incident", "road_closure", 48, "路跑管制：河南路、凱旋路南段封閉", R, sev="Minor", at="x_hn_zp", jit=30)
    s.crowd_cam("SN-CCTV-004", 55, 0.83, R)
    s.park_full("SN-PK-001", 50, R)
    s.congestion("SN-VD-HUANZHONG-03", 62, R)
    s.congestion("SN-VD-ZHONGQING-01", 70, R)
    s.congestion("SN-VD-HENAN-01", 75, R)
    s.crowd_cam("SN-CCTV-011", 80, 0.66, R, motion="人群移動")
    # runner down ~ km 8 on Zhongping Rd
    a1 = e("1999", "rescue", 118, "中平路跑步的人倒在地上沒有呼吸！有人在做CPR", A, at=(120.6575, 24.1722), jit=40, lag=1)
    a2 = e("119", "ambulance", 119, "中平路路跑賽道 男性跑者 OHCA 到院前心肺功能停止", A, at=(120.6575, 24.1722), jit=30, lag=1)
    e("incident", "medical", 121, "中平路賽道跑者倒地，志工以AED急救，救護車進入管制區", A, sev="Severe", at=(120.6575, 24.1722), jit=50, lag=4)
    e("119", "ambulance", 127, "救護車到達，恢復心跳，送醫中", A, at=(120.6575, 24.1722), jit=30, lag=1, status="on_scene", follows=a2)
    s.dup(a1, 3)
    # barrier crash at Henan/Zhongping
    b1 = e("incident", "accident", 96, "河南路中平路口一自小客車闖越管制撞倒路障，無人受傷，駕駛與管制員爭執", B, sev="Minor", at="x_hn_zp", jit=30, lag=6)
    e("cctv", "stalled_vehicle", 95, "影像分析：河南路/中平路 路口車輛停滯", B, sensor="SN-CCTV-010", confidence=0.74, lag=0.5)
    s.set_suff(B, b1)
    e("incident", "accident", 118, "河南路中平路口事故車已駛離，路障恢復", B, sev="Minor", at="x_hn_zp", jit=30, lag=2, follows=b1)
    # heat exhaustion at finish
    h1 = e("119", "ambulance", 190, "水湳轉運中心終點區 女性跑者 熱衰竭 意識模糊", H, at="hub_plaza", jit=40, lag=1)
    e("incident", "medical", 196, "終點醫護站一名跑者熱衰竭，已由救護車後送", H, sev="Moderate", at="hub_plaza", jit=40, lag=5)
    e("119", "ambulance", 240, "已送醫，返隊", H, at="hub_plaza", jit=40, lag=1, status="returning", follows=h1)
    s.congestion("SN-VD-LIMING-01", 200, R)
    e("1999", "illegal_parking", 210, "黎明路整排車子停在人行道上等跑者", R, at=(120.6515, 24.1945), jit=60, lag=8)
    e("incident", "road_reopened", 335, "路跑管制解除，經貿路二段恢復通行", R, sev="Minor", at="x_jm_lm", jit=30, lag=2, follows=c1)
    e("incident", "road_reopened", 340, "中平路、河南路、凱旋路恢復通行", R, sev="Minor", at="x_hn_zp", jit=30, lag=2)
    # background
    e("1999", "環境清潔", 380, "經貿路賽道上很多紙杯沒人清", None, at="jm_mid", jit=150, lag=20, alt=R)
    e("1999", "streetlight", 20, "中科路一盞路燈忽明忽暗", None, at="zk_mid", jit=100, lag=15)
    e("status", "offline", 200, "北屯雨量站 離線", None, sensor="SN-RG-003", lag=0.3, reason="battery_low")
    e("status", "online", 290, "北屯雨量站 連線", None, sensor="SN-RG-003", lag=0.3)
    s.notes = ("Why: 兩名跑者是兩個病人、兩處、相隔一小時，各自派救護車，分為兩案。闖越管制撞路障是交通事故，雖在賽事管制區內、因賽事而起，仍另案處理。"
               "賽後紙杯垃圾（1999 環境清潔）由清潔隊處理，多數協調員不會派案（alt：算賽事善後）。")
    s.alt = ("賽後 1999 紙杯垃圾陳情可算賽事善後的一部分。", {})
    s.write()


def s2013():
    s = Sit(2013, "night_market_stall_fire",
            "週五河南路停車場水湳夜市（約6,000人）：停車場滿、中平路壅塞、違停與噪音屬夜市本身；20:05 一攤位瓦斯味，20:10 攤位帆布起火；21:40 兩名酒客鬥毆；22:50 散場時中平路機車自撞。另有一起與夜市無關的中國醫大校區火警總機故障。",
            "2026-05-22 16:30")
    e = s.ev
    M = s.inc("M", "planned_event", "水湳夜市人潮與周邊交通、違停、噪音")
    F = s.inc("F", "fire", "夜市攤位卡式爐引燃帆布遮棚，火勢波及鄰攤")
    D = s.inc("D", "public_order", "夜市酒客鬥毆")
    X = s.inc("X", "traffic", "散場時中平路機車自撞，騎士受傷")
    pe = e("planned_event", "market", 30, "水湳夜市（每週五），河南路停車場，攤位 180 攤，預估人潮 6,000 人", M, at="henan_cp",
           ends_m=450, arrival_m=-30 * 24 * 60, radius_m=250)
    s.set_suff(M, pe)
    s.park_full("SN-PK-003", 110, M)
    s.congestion("SN-VD-HENAN-02", 120, M)
    s.congestion("SN-VD-ZHONGPING-01", 135, M)
    e("1999", "illegal_parking", 140, "中平路夜市旁雙排停車，車子開不過去", M, at=(120.6555, 24.1712), jit=60, lag=7)
    e("1999", "crowding", 170, "河南路夜市人很多推來推去，有沒有人管", M, at="henan_cp", jit=50, lag=4)
    s.crowd_cam("SN-CCTV-010", 175, 0.71, M)
    # fire
    g = e("1999", "gas_odor", 215, "夜市靠中平路那邊有很重的瓦斯味", F, at=(120.6534, 24.1738), jit=30, lag=2, alt=None)
    f1 = e("1999", "fire_smoke", 220, "夜市攤位燒起來了！帆布在燒", F, at=(120.6535, 24.1740), jit=30, lag=1)
    f2 = e("119", "fire", 221, "河南路停車場夜市 攤位火警 帆布燃燒", F, at=(120.6535, 24.1740), jit=20, lag=1)
    s.set_suff(F, f1)
    e("incident", "fire_report", 222, "夜市攤位起火，現場員警疏導人群", F, sev="Severe", at="henan_cp", jit=40, lag=3)
    e("cctv", "smoke", 223, "影像分析：河南路/中平路 路口監視器偵測煙霧", F, sensor="SN-CCTV-010", confidence=0.58, lag=0.5)
    s.dup(f1, 2)
    e("1999", "fire_smoke", 224, "河南路停車場那邊冒黑煙，是不是火災", F, at="cmu", jit=150, lag=2)
    e("incident", "evacuation", 226, "起火攤位周邊三排攤位疏散", F, sev="Moderate", at="henan_cp", jit=30, lag=4)
    e("119", "fire", 236, "火勢撲滅，無人受傷", F, at=(120.6535, 24.1740), jit=20, lag=1, status="closed", follows=f2)
    # fight
    d1 = e("incident", "public_disturbance", 310, "夜市熱炒攤兩名酒客互毆，一人頭部流血", D, sev="Moderate", at="henan_cp", jit=60, lag=3)
    e("119", "ambulance", 312, "河南路停車場夜市 男性 頭部撕裂傷 鬥毆", D, at="henan_cp", jit=60, lag=1)
    e("1999", "other", 309, "夜市有人在打架，快叫警察", D, at="henan_cp", jit=60, lag=2)
    e("incident", "public_disturbance", 345, "鬥毆雙方帶回派出所", D, sev="Minor", at="henan_cp", jit=60, lag=5, follows=d1)
    # exit
    s.congestion("SN-VD-ZHONGPING-01", 420, M)
    e("1999", "noise", 425, "夜市收攤敲敲打打到快十一點", M, at="cmu", jit=80, lag=10)
    x = e("incident", "injury_accident", 440, "中平路機車自撞路邊護欄，騎士腿部受傷", X, sev="Moderate", at=(120.6570, 24.1725), jit=40, lag=4)
    e("119", "ambulance", 441, "中平路 機車自撞 騎士腿部骨折", X, at=(120.6570, 24.1725), jit=40, lag=1)
    s.congestion("SN-VD-ZHONGPING-02", 446, X, alt=M)
    # background
    e("fire_alarm", "fault", 180, "中國醫藥大學水湳校區 受信總機 主電源異常", None, sensor="SN-FA-010", lag=0.2)
    e("fire_alarm", "normal", 188, "中國醫藥大學水湳校區 受信總機 復歸", None, sensor="SN-FA-010", lag=0.2)
    e("1999", "blocked_drain", 150, "家門口水溝蓋堵住有臭味", None, at="fengjia", jit=200, lag=30)
    e("1999", "streetlight", 300, "環中路一盞路燈不亮", None, at=(120.6600, 24.1990), jit=100, lag=20)
    s.notes = ("Why: 瓦斯味早於起火5分鐘、同一攤區，判為同一起火警（alt：瓦斯味可能是另一攤，作為雜訊）。"
               "鬥毆傷者的救護車屬鬥毆案。中平路偵測器2壅塞在自撞後6分鐘、距約700公尺，判為事故（alt：夜市散場車流）。")
    s.alt = ("瓦斯味陳情不併入火警；中平路偵測器2壅塞視為夜市散場車流。", {})
    s.write()


def s2014():
    s = Sit(2014, "new_years_eve_park",
            "跨年晚會在中央公園北側草坪與綠美圖廣場（約八萬人）：人潮、停車場滿、環中路與經貿路壅塞、轉運中心散場人潮與煙火噪音屬晚會；23:10 一名失智長者走失，凌晨於中清路尋獲；00:05 煙火餘燼引燃公園中段草地；00:20 東側出口推擠倒地三人受傷；01:10 轉運中心酒醉鬥毆。",
            "2025-12-31 17:00")
    e = s.ev
    N = s.inc("N", "planned_event", "跨年晚會人潮管理、交管與散場疏運")
    E = s.inc("E", "rescue", "失智長者於跨年會場走失，凌晨於中清路尋獲")
    G = s.inc("G", "fire", "煙火餘燼引燃中央公園中段草地")
    P = s.inc("P", "rescue", "綠美圖東側出口散場推擠，三人倒地受傷")
    W = s.inc("W", "public_order", "轉運中心候車人潮中酒醉鬥毆")
    pe = e("planned_event", "festival", 60, "2026 臺中跨年晚會，中央公園北側草坪，18:00-00:30，預估八萬人，00:00 煙火", N,
           at="park_n", ends_m=450, arrival_m=-45 * 24 * 60, radius_m=700)
    s.set_suff(N, pe)
    for vd, m in (("SN-VD-HUANZHONG-03", 70), ("SN-VD-JINGMAO-01", 85), ("SN-VD-LIMING-01", 100), ("SN-VD-JINGMAO-02", 120),
                  ("SN-VD-ZHONGQING-01", 150)):
        s.congestion(vd, m, N)
    for pk, m in (("SN-PK-004", 90), ("SN-PK-006", 100), ("SN-PK-002", 115), ("SN-PK-001", 140), ("SN-PK-005", 160)):
        s.park_full(pk, m, N)
    s.crowd_cam("SN-CCTV-006", 180, 0.88, N)
    s.crowd_cam("SN-CCTV-005", 200, 0.79, N)
    e("incident", "crowd_control", 200, "經貿路二段封閉改行人徒步區，會場入口限流", N, sev="Moderate", at="mus", jit=60, lag=3)
    e("1999", "crowding", 240, "綠美圖這邊人擠到動不了", N, at="mus", jit=60, lag=4)
    # lost elder
    e1 = e("1999", "missing_person", 370, "我爸爸有失智症，看跨年跟我們走散了，78歲穿灰色外套", E, at="park_n", jit=80, lag=3)
    e2 = e("incident", "missing_person", 375, "協尋：78歲男性失智長者，灰色外套，於跨年會場北側走失", E, sev="Moderate", at="park_n",
           jit=60, lag=4)
    e("incident", "missing_person", 520, "走失長者於中清路環中路口附近尋獲，已通知家屬", E, sev="Minor", at=(120.6590, 24.2012),
      jit=40, lag=6, follows=e2)
    # fireworks and grass fire
    e("1999", "noise", 425, "煙火好大聲狗一直叫，北屯這邊都聽得到", N, at="beitun", jit=200, lag=6, alt=None)
    g1 = e("1999", "fire_smoke", 425, "中央公園中間草地冒煙，好像煙火掉下來燒起來", G, at="park_mid", jit=60, lag=3)
    g2 = e("119", "fire", 427, "中央公園中段 草地火 煙火餘燼", G, at="park_mid", jit=40, lag=1)
    e("incident", "fire_report", 430, "公園中段草地小火，已以滅火器控制，消防車進入", G, sev="Moderate", at="park_mid", jit=60, lag=4)
    e("119", "fire", 445, "草地火撲滅", G, at="park_mid", jit=40, lag=1, status="closed", follows=g2)
    s.dup(g1, 4)
    # crush at east exit
    p1 = e("incident", "crowd_control", 440, "綠美圖東側出口散場推擠倒地，三人受傷，暫停出口放行", P, sev="Severe",
           at=(120.6585, 24.1912), jit=30, lag=2, alt=N)
    p2 = e("119", "ambulance", 441, "綠美圖東側出口 推擠踩踏 多人受傷", P, at=(120.6585, 24.1912), jit=30, lag=1, alt=N)
    e("119", "ambulance", 443, "綠美圖東側 第二車 傷者腳踝骨折", P, at=(120.6585, 24.1912), jit=30, lag=1, alt=N)
    e("1999", "rescue", 441, "綠美圖後面出口有人跌倒被踩到，快來！", P, at="mus", jit=60, lag=2, alt=N)
    e("119", "ambulance", 470, "傷者三名送醫", P, at=(120.6585, 24.1912), jit=30, lag=1, status="closed", follows=p2, alt=N)
    # egress
    s.crowd_cam("SN-CCTV-004", 455, 0.9, N, motion="人群移動")
    e("incident", "crowd_control", 460, "轉運中心接駁車排隊人潮，增派接駁與員警", N, sev="Moderate", at="hub", jit=50, lag=3)
    s.congestion("SN-VD-HUANZHONG-02", 470, N, sev="Severe")
    # fight at hub
    w1 = e("incident", "public_disturbance", 490, "轉運中心候車區酒醉男子互毆", W, sev="Moderate", at="hub", jit=40, lag=3)
    e("1999", "other", 489, "轉運站有人喝醉在打架", W, at="hub", jit=50, lag=2)
    e("incident", "public_disturbance", 510, "轉運中心鬥毆兩人帶回，現場恢復秩序", W, sev="Minor", at="hub", jit=40, lag=4, follows=w1)
    # background
    e("1999", "illegal_parking", 240, "逢甲這邊巷口被機車擋住", None, at="fengjia", jit=150, lag=12)
    e("status", "offline", 300, "臺灣大道環中路口地下道 淹水感測 離線", None, sensor="SN-FL-010", lag=0.5, reason="comms_lost")
    e("status", "online", 330, "臺灣大道環中路口地下道 淹水感測 連線", None, sensor="SN-FL-010", lag=0.5)
    s.notes = ("Why: 出口推擠有三名傷者、救護車兩輛，協調員會另開救護案派遣（alt：推擠是晚會人潮管理本身，併入晚會）。"
               "北屯的煙火噪音陳情距會場約1.5公里，為晚會預期影響（alt：純屬雜訊）。"
               "長者在會場走失、2.5 小時後在 1.5 公里外尋獲：同一協尋案。草地火雖因煙火引起，需消防車，另案。")
    s.alt = ("出口推擠併入晚會人潮管理案；北屯煙火噪音視為雜訊。", {"drop": ["P"]})
    s.write()


def s2015():
    s = Sit(2015, "labour_day_march",
            "五一勞工遊行自水湳轉運中心沿經貿路南行至中平路（約5,000人），許可於兩天前變更為 14:30-17:30：沿線封路、路口人群、環中路壅塞與擴音噪音屬遊行；15:05 經貿七路口與反方團體推擠；14:50 一輛闖入管制的汽車在經貿黎明路口撞傷機車騎士；15:40 一名遊行長者中暑；16:00 遠處臺灣大道環中路口號誌故障（與遊行無關）。",
            "2026-05-01 13:30")
    e = s.ev
    M = s.inc("M", "planned_event", "五一遊行沿線交通管制與人潮")
    S = s.inc("S", "public_order", "經貿七路口遊行隊伍與反方團體推擠")
    X = s.inc("X", "traffic", "汽車闖入管制路段於經貿黎明路口撞傷機車騎士")
    H = s.inc("H", "rescue", "遊行長者於經貿路中暑送醫")
    L = s.inc("L", "traffic", "臺灣大道環中路口號誌故障")
    p = e("planned_event", "march", 30, "五一勞工大遊行：水湳轉運中心集合，經貿路南行至中平路解散，14:00-17:00", M, at="park_mid",
          ends_m=210, arrival_m=-14 * 24 * 60, radius_m=1400)
    pa = e("planned_event", "march", 60, "變更：五一勞工大遊行改為 14:30 出發，17:30 結束，路線不變", M, at="park_mid",
           ends_m=240, arrival_m=-2 * 24 * 60, radius_m=1400, permit_status="amended", follows=p)
    s.set_suff(M, p)
    c1 = e("incident", "road_closure", 50, "遊行管制：經貿路二段（環中路至黎明路）封閉", M, sev="Minor", at="x_jm_hz", jit=30, lag=2)
    s.crowd_cam("SN-CCTV-004", 45, 0.85, M, motion="人群聚集")
    s.congestion("SN-VD-HUANZHONG-03", 60, M)
    s.crowd_cam("SN-CCTV-005", 72, 0.8, M, motion="人群移動")
    e("incident", "road_closure", 75, "遊行隊伍通過，經貿路黎明路口至經貿七路口封閉", M, sev="Minor", at="x_jm_lm", jit=30, lag=2)
    # crash
    x1 = e("incident", "injury_accident", 80, "經貿路黎明路口自小客車闖越管制撞及機車，騎士受傷", X, sev="Moderate", at="x_jm_lm", jit=25, lag=3)
    e("119", "ambulance", 81, "經貿路二段黎明路口 車禍 機車騎士受傷", X, at="x_jm_lm", jit=25, lag=1)
    e("cctv", "stalled_vehicle", 80, "影像分析：經貿路二段/黎明路三段 路口車輛停滯", X, sensor="SN-CCTV-005", confidence=0.69, lag=0.5)
    s.set_suff(X, x1)
    e("incident", "injury_accident", 105, "經貿黎明路口事故排除，肇事駕駛酒測值0", X, sev="Minor", at="x_jm_lm", jit=25, lag=3, follows=x1)
    # scuffle
    s1 = e("incident", "public_disturbance", 95, "經貿七路口反方團體與遊行隊伍推擠叫罵，已隔開", S, sev="Moderate", at="x_jm_jm7", jit=30, lag=4)
    s.crowd_cam("SN-CCTV-006", 94, 0.93, M, motion="人群聚集", alt=S)
    e("1999", "other", 97, "經貿路遊行有人在推擠吵架，很危險", S, at="x_jm_jm7", jit=60, lag=3)
    e("incident", "public_disturbance", 120, "反方團體已勸離，現場平和", S, sev="Minor", at="x_jm_jm7", jit=30, lag=3, follows=s1)
    s.crowd_cam("SN-CCTV-006", 110, 0.81, M, motion="人群移動")
    # heatstroke
    h = e("119", "ambulance", 130, "經貿路 遊行隊伍 70歲男性 疑似中暑 意識不清", H, at="jm_mid", jit=60, lag=1)
    e("incident", "medical", 132, "遊行長者中暑倒地，由救護車後送", H, sev="Moderate", at="jm_mid", jit=60, lag=4)
    e("1999", "noise", 140, "遊行宣傳車擴音器太大聲，生態住宅都在響", M, at="ecoA", jit=50, lag=8)
    s.congestion("SN-VD-JINGMAO-02", 150, M)
    s.crowd_cam("SN-CCTV-011", 190, 0.76, M, motion="人群聚集")
    s.congestion("SN-VD-ZHONGPING-02", 200, M)
    e("incident", "crowd_control", 235, "遊行隊伍於中平路解散，疏導人群往河南路停車場", M, sev="Minor", at="x_jm_zp", jit=40, lag=3)
    e("incident", "road_reopened", 248, "經貿路二段管制解除，恢復通行", M, sev="Minor", at="x_jm_hz", jit=30, lag=3, follows=c1)
    # signal fault far away
    l1 = e("signal", "fault", 150, "臺灣大道/環中路 號誌 黑燈", L, sensor="SN-SIG-009", lag=0.3)
    e("cctv", "signal_dark", 152, "影像分析：臺灣大道/環中路 號誌黑燈", L, sensor="SN-CCTV-009", confidence=0.9, lag=0.5)
    e("1999", "traffic_signal", 158, "臺灣大道環中路口紅綠燈不亮，車子亂鑽", L, at="x_tw_hz", jit=40, lag=4)
    e("incident", "traffic_signal_fault", 162, "臺灣大道環中路口號誌故障，派員指揮交通", L, sev="Moderate", at="x_tw_hz", jit=30, lag=4)
    e("signal", "restored", 205, "臺灣大道/環中路 號誌 恢復正常", L, sensor="SN-SIG-009", lag=0.3)
    s.dup(l1, 2)
    # background
    e("1999", "streetlight", 20, "河南路停車場旁路燈白天還亮著", None, at="henan_cp", jit=60, lag=30)
    e("1999", "動物救援", 170, "逢甲水湳校區有一隻狗受傷", None, at="fcu", jit=120, lag=10)
    s.notes = ("Why: 經貿七路口 15:04 的高信心人群聚集影像與推擠同時同地，判為遊行隊伍本身（alt：推擠事件的證據）。"
               "變更的許可 follows 原許可，時間以變更版為準。號誌故障距遊行路線約2.5公里，與遊行無關，另案。"
               "汽車闖越管制撞人在遊行管制範圍內，仍為獨立交通事故。")
    s.alt = ("經貿七路口的人群聚集影像屬推擠事件。", {})
    _ = pa
    s.write()


def s2016():
    s = Sit(2016, "two_day_food_expo",
            "臺中國際會展中心兩日食品展（6/19-6/20，每日 10:00-18:00）：兩天的停車場滿、經貿路與黎明路壅塞、入口人潮屬展覽；第一天 11:20 A館烹飪示範油煙觸發火警總機，消防出動確認無火；第一天 15:30 B館一名長者昏倒；第二天扒竊集團多名受害者報案；第二天散場時經貿黎明路口追撞。",
            "2026-06-19 08:30")
    e = s.ev
    X = s.inc("X", "planned_event", "食品展兩日人潮、停車與周邊交通")
    A = s.inc("A", "fire", "A館烹飪示範油煙觸發火警，消防到場確認為誤報")
    B = s.inc("B", "rescue", "B館參觀長者昏倒送醫")
    Q = s.inc("Q", "public_order", "展場扒竊：第二天兩名受害者報案，同一手法")
    Y = s.inc("Y", "traffic", "第二天散場經貿路黎明路口汽車追撞")
    D2 = 24 * 60
    pe = e("planned_event", "exhibition", 90, "2026 臺中國際食品展，臺中國際會展中心 A、B 館，6/19-6/20 每日 10:00-18:00，預估每日 30,000 人次", X,
           at="conv", ends_m=D2 + 570, arrival_m=-60 * D2, radius_m=350)
    s.set_suff(X, pe)
    for day in (0, D2):
        s.park_full("SN-PK-006", day + 100, X, alt=X if day == 0 else "X2")
        s.park_full("SN-PK-002", day + 125, X, alt=X if day == 0 else "X2")
        s.congestion("SN-VD-JINGMAO-01", day + 110, X, alt=X if day == 0 else "X2")
        s.congestion("SN-VD-LIMING-01", day + 140, X, alt=X if day == 0 else "X2")
        s.crowd_cam("SN-CCTV-005", day + 115, 0.72, X, alt=X if day == 0 else "X2")
    e("1999", "illegal_parking", 160, "經貿七路整排違停，看展的車", X, at="x_jm_jm7", jit=80, lag=9)
    e("incident", "crowd_control", D2 + 150, "會展中心第二天入口排隊至黎明路，加派員警", X, sev="Minor", at="conv", jit=60, lag=3, alt="X2")
    s.park_full("SN-PK-001", D2 + 210, X, alt="X2")
    # day 1 fire alarm
    a1 = e("fire_alarm", "alarm", 170, "臺中國際會展中心 A棟 火警受信總機 2F 展區 偵煙探測器動作", A, sensor="SN-FA-002", lag=0.2)
    a2 = e("119", "fire", 171, "臺中國際會展中心A館 火警自動警報", A, at="hallA", lag=1)
    e("119", "fire", 186, "現場確認為烹飪示範油煙，非火災", A, at="hallA", lag=1, status="closed", follows=a2)
    e("fire_alarm", "normal", 188, "臺中國際會展中心 A棟 火警受信總機 復歸", A, sensor="SN-FA-002", lag=0.2)
    s.dup(a1, 1)
    # day 1 fainting
    e("119", "ambulance", 420, "會展中心B館 展區 女性約75歲 昏倒", B, at="hallB", jit=20, lag=1)
    # day 2 thefts
    e("incident", "theft", D2 + 190, "會展中心食品展民眾背包遭割破，皮夾失竊", Q, sev="Minor", at="conv", jit=60, lag=30)
    e("incident", "theft", D2 + 250, "會展中心B館又一名民眾皮夾遭竊，手法相同，疑扒竊集團", Q, sev="Moderate", at="hallB", jit=40, lag=110)
    # day 2 exit crash
    y = e("incident", "accident", D2 + 575, "經貿路黎明路口兩車追撞，無人受傷", Y, sev="Minor", at="x_jm_lm", jit=25, lag=4)
    e("cctv", "stalled_vehicle", D2 + 574, "影像分析：經貿路二段/黎明路三段 路口車輛停滯", Y, sensor="SN-CCTV-005", confidence=0.77, lag=0.5)
    s.set_suff(Y, y)
    s.congestion("SN-VD-JINGMAO-01", D2 + 580, X, sev="Severe", alt="X2")
    e("incident", "accident", D2 + 600, "經貿黎明路口事故車輛移置完成", Y, sev="Minor", at="x_jm_lm", jit=25, lag=2, follows=y)
    # background
    e("status", "offline", D2 - 390, "臺中國際會展中心停車場 離線", None, sensor="SN-PK-006", lag=0.5, reason="maintenance")
    e("status", "online", D2 - 240, "臺中國際會展中心停車場 連線", None, sensor="SN-PK-006", lag=0.5)
    e("1999", "環境清潔", D2 - 700, "會展中心旁垃圾桶滿出來", None, at="conv", jit=100, lag=40, alt="X")
    e("1999", "streetlight", 600, "黎明路一盞路燈不亮", None, at=(120.6500, 24.1940), jit=80, lag=25)
    s.notes = ("Why: 一張許可涵蓋兩天，協調員視為同一個展覽人潮案（alt：每天開一案，第二天為 X2）。"
               "火警總機動作後 119 出動確認為油煙誤報：仍是一次派遣，另案。兩起扒竊報案分別晚 30 分鐘與近 2 小時，手法相同，"
               "警方視為同一扒竊集團一案。第一天晚上的垃圾桶滿出來陳情（alt：屬展覽人潮影響）。")
    s.alt = ("展覽每天各開一案：第二天的人潮、停車、壅塞為 X2；垃圾陳情屬第一天展覽。",
             {"add": [{"label": "X2", "type": "planned_event", "description": "食品展第二天人潮與交通",
                       "sufficient_evidence_key": None}]})
    s.write()


if __name__ == "__main__":
    for f in (s2011, s2012, s2013, s2014, s2015, s2016):
        f()
    print("gen_a: 2011-2016 written")
