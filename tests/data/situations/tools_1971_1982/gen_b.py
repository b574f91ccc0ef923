"""Situations 1977-1982."""
from lib import Sit, SENSORS, inc_of

def pos(sid):
    return SENSORS[sid]["geometry"]["coordinates"]

# ---------------------------------------------------------------- 1977
def s1977():
    s = Sit(1977, "hub_bus_fire_jam_cascade", "2026-04-03T09:15:00Z",
            "清明連假前週五傍晚，水湳轉運中心月台一輛客運引擎室起火，濃煙竄出，轉運中心停車場關閉、環中路東向封閉一線。"
            "車流回堵延伸到中清路口與凱旋路口，回堵車陣中在環中路/凱旋路口發生追撞（另案）。")
    s.inc("BUSFIRE", "fire", "水湳轉運中心客運引擎室火災，含疏散、停車場關閉、環中路封閉與其造成的回堵。")
    s.inc("QUEUECRASH", "traffic", "回堵車陣中環中路/凱旋路口追撞，兩車受損無人傷。")
    H = pos("SN-FA-001")
    ka = s.ev(0, "fire_alarm", "alarm", "BUSFIRE", sid="SN-FA-001", text="轉運中心 月台區 偵煙探測器動作", delay=0.3)
    kf = s.ev(1, "119", "fire", "BUSFIRE", lon=H[0], lat=H[1], jitter=15, text="水湳轉運中心 客運車輛引擎室起火", delay=1)
    s.open("BUSFIRE", kf)
    s.ev(1.5, "cctv", "smoke", "BUSFIRE", sid="SN-CCTV-003", text="畫面北側大量煙霧", confidence=0.79, delay=0.5)
    for i, (t, txt) in enumerate([(2, "轉運站有一台客運在冒黑煙"), (3, "轉運中心失火，大家都跑出來了"), (4, "環中路這邊看到轉運站那邊在冒煙")]):
        s.ev(t, "1999", "fire_smoke", "BUSFIRE", lon=H[0], lat=H[1], jitter=120, text=txt, delay=3 + i)
    s.ev(5, "incident", "evacuation", "BUSFIRE", lon=H[0], lat=H[1], jitter=30, sev="Severe", text="轉運中心候車旅客約300人疏散至廣場", delay=3)
    s.ev(6, "parking", "closed", "BUSFIRE", sid="SN-PK-001", text="水湳轉運中心停車場 暫停開放")
    s.ev(8, "incident", "road_closure", "BUSFIRE", lon=120.6530, lat=24.1982, jitter=20, sev="Moderate", text="環中路二段東向外側車道封閉供消防車作業", delay=2)
    s.ev(10, "rule", "congestion", "BUSFIRE", sid="SN-VD-HUANZHONG-02", sev="Moderate", text="環中路車輛偵測器2 車速 10 km/h")
    s.ev(16, "rule", "congestion", "BUSFIRE", sid="SN-VD-LIMING-01", sev="Moderate", text="黎明路車輛偵測器1 車速 14 km/h")
    s.ev(22, "rule", "congestion", "BUSFIRE", sid="SN-VD-HUANZHONG-03", sev="Moderate", text="環中路車輛偵測器3 車速 12 km/h")
    s.ev(27, "rule", "congestion", "BUSFIRE", sid="SN-VD-ZHONGQING-01", sev="Moderate", text="中清路車輛偵測器1 車速 16 km/h", alt=None)
    s.ev(30, "1999", "other", "BUSFIRE", lon=120.6560, lat=24.1990, jitter=150, text="環中路塞了半小時都不動，前面發生什麼事", delay=4)
    s.ev(24, "119", "fire", "BUSFIRE", lon=H[0], lat=H[1], jitter=15, text="轉運中心客運火勢撲滅", status="on_scene", delay=1)
    s.ev(70, "incident", "road_reopened", "BUSFIRE", lon=120.6530, lat=24.1982, jitter=20, sev="Minor", text="環中路二段東向外側車道恢復通行", delay=2)
    s.ev(75, "fire_alarm", "normal", "BUSFIRE", sid="SN-FA-001", text="轉運中心 火警受信總機 復歸", delay=0.3)
    s.ev(80, "parking", "empty", None, sid="SN-PK-001", text="水湳轉運中心停車場 車位全空", alt="BUSFIRE")
    # the crash in the queue
    J = pos("SN-SIG-002")
    kc = s.ev(19, "cctv", "accident", "QUEUECRASH", sid="SN-CCTV-002", text="路口偵測車輛碰撞", confidence=0.74, delay=0.5, alt="BUSFIRE")
    kc2 = s.ev(20, "incident", "traffic_accident", "QUEUECRASH", lon=J[0], lat=J[1], jitter=30, sev="Minor", text="環中路凱旋路口回堵車陣追撞，兩車受損無人受傷", delay=4, alt="BUSFIRE")
    s.open("QUEUECRASH", kc2)
    s.ev(21, "1999", "traffic_accident", "QUEUECRASH", lon=J[0], lat=J[1], jitter=60, text="環中路凱旋路口追撞", delay=6, alt="BUSFIRE")
    # background
    s.ev(-40, "1999", "illegal_parking", None, lon=120.6540, lat=24.1960, jitter=80, text="轉運站外面計程車排班佔用車道", delay=10)
    s.ev(50, "signal", "fault", None, sid="SN-SIG-009", text="閃爍異常", delay=0.2, alt=None)
    s.ev(58, "signal", "restored", None, sid="SN-SIG-009", text="號誌恢復正常", delay=0.2)
    s.notes = ["Why: the slow-downs spread 300 m-700 m from the hub over 30 minutes: they are the fire's closure; they belong to the fire job, not a traffic job of their own.",
               "Why: the rear-end in the queue 500 m west is caused by the fire's jam but needs its own police crash report and tow: a separate traffic job; under the alternative it is the cascade's.",
               "Why: the ZHONGQING-01 slow-down 700 m east is on the approach to the interchange; I book it to the fire, the alternative calls it Friday traffic.",
               "Why: a signal flashing 2.5 km away at Taiwan Blvd, restored in 8 minutes, is noise."]
    s.set_alt("One cascade: the crash in the queue is part of the fire's traffic consequences; the far ZHONGQING-01 slow-down is ordinary traffic; the car park going empty is the fire's.",
              [inc_of(s, "BUSFIRE")])
    s.write()

# ---------------------------------------------------------------- 1978
def s1978():
    s = Sit(1978, "reclamation_chlorine_leak", "2026-09-22T02:30:00Z",
            "上午十點半水湳水資源回收中心加氯設備管線破裂，氯氣外洩。風向往東南，三百公尺外中國醫藥大學水湳校區師生聞到刺激性氣味，數人咳嗽不適。"
            "消防局毒化災小組到場，警方封閉中平路一段並疏散校區一棟大樓。同時段公園北端有一起與此無關的樹枝掉落。")
    s.inc("CL2", "hazmat", "水資源回收中心氯氣外洩，含下風處異味通報、不適送醫、校區疏散與中平路封閉。")
    s.inc("BRANCH", "traffic", "中科路大樹枝掉落佔用車道，派員移除。")
    W = pos("SN-FA-008")
    C = pos("SN-FA-010")
    kh = s.ev(0, "119", "hazmat", "CL2", lon=W[0], lat=W[1], jitter=15, text="水湳水資源回收中心 加氯管線破裂 氯氣外洩", delay=2)
    s.open("CL2", kh)
    s.ev(1, "fire_alarm", "fault", "CL2", sid="SN-FA-008", text="氣體偵測連動 異常", delay=0.3, alt=None)
    for t, txt, p, j in [(4, "學校這邊聞到很刺鼻的味道，像漂白水", C, 80), (5, "中平路上有很重的氯的味道，眼睛很痛", (120.6605, 24.1745), 60),
                         (6, "校區裡好多人在咳嗽，有刺激性的味道", C, 60), (9, "回收中心那邊飄過來怪味道", (120.6600, 24.1760), 80),
                         (13, "空氣有漂白水味道，是不是有東西外洩", (120.6620, 24.1740), 100)]:
        s.ev(t, "1999", "gas_odor", "CL2", lon=p[0], lat=p[1], jitter=j, text=txt, delay=3)
    s.ev(8, "incident", "hazmat_report", "CL2", lon=W[0], lat=W[1], jitter=30, sev="Severe", text="水資源回收中心氯氣外洩，下風處中國醫大校區有人不適", delay=3)
    s.ev(10, "119", "ambulance", "CL2", lon=C[0], lat=C[1], jitter=30, text="中國醫藥大學水湳校區 學生三名吸入刺激性氣體 咳嗽胸悶", delay=1)
    s.ev(14, "incident", "road_closure", "CL2", lon=120.6585, lat=24.1735, jitter=30, sev="Severe", text="中平路一段（經貿路至河南路）封閉，請改道", delay=2)
    s.ev(16, "incident", "evacuation", "CL2", lon=C[0], lat=C[1], jitter=30, sev="Severe", text="中國醫大水湳校區教學大樓師生約200人疏散至上風處", delay=3)
    s.ev(18, "rule", "congestion", "CL2", sid="SN-VD-ZHONGPING-02", sev="Moderate", text="中平路車輛偵測器2 車速 12 km/h")
    s.ev(20, "rule", "congestion", "CL2", sid="SN-VD-HENAN-02", sev="Moderate", text="河南路車輛偵測器2 車速 15 km/h", alt=None)
    s.ev(22, "119", "hazmat", "CL2", lon=W[0], lat=W[1], jitter=15, text="毒化災小組到場 關閉閥門 稀釋中", status="on_scene", delay=1)
    s.ev(90, "119", "hazmat", "CL2", lon=W[0], lat=W[1], jitter=15, text="外洩已控制 偵測濃度正常", status="returning", delay=1)
    s.ev(100, "incident", "road_reopened", "CL2", lon=120.6585, lat=24.1735, jitter=30, sev="Minor", text="中平路一段解除管制", delay=2)
    s.ev(60, "1999", "環境公害", "CL2", lon=120.6640, lat=24.1700, jitter=80, text="剛剛空氣一直有刺激性味道，現在比較好了", delay=40, alt=None)
    # unrelated branch
    B = (120.6533, 24.1900)
    kb = s.ev(35, "1999", "fallen_tree", "BRANCH", lon=B[0], lat=B[1], jitter=50, text="中科路一根很大的樹枝掉在車道上", delay=5)
    s.ev(37, "incident", "fallen_object", "BRANCH", lon=B[0], lat=B[1], jitter=30, sev="Moderate", text="中科路近影音中心大樹枝掉落佔用外側車道", delay=3)
    s.open("BRANCH", kb)
    s.ev(38, "cctv", "fallen_object", None, sid="SN-CCTV-006", text="路面掉落物", confidence=0.35, delay=0.5, alt="BRANCH")
    # background
    s.ev(50, "1999", "noise", None, lon=120.6500, lat=24.1790, jitter=80, text="逢甲新校區工地很吵", delay=20)
    s.ev(-60, "rule", "heavy_rain", None, sid="SN-RG-003", sev="Moderate", level="大雨", text="北屯雨量站 大雨")
    s.notes = ["Why: the smell calls come from 300-600 m downwind of the plant, around the campus and 中平路, not at the plant: they are the leak's, and so are the students' ambulance and the evacuation.",
               "Why: the plant's panel fault (gas detection interlock) is the leak's; the alternative treats a panel fault as no evidence (null).",
               "Why: HENAN-02's slow-down is the detour from the 中平路 closure (leak's); the alternative leaves it as traffic.",
               "Why: a low-confidence fallen-object detection at 經貿七路 (300 m from the branch on another road) is noise; the alternative gives it to the branch."]
    s.set_alt("Panel fault, detour slow-down and the late pollution complaint as background; the CCTV fallen-object detection as the branch's.",
              [inc_of(s, "CL2"), inc_of(s, "BRANCH")])
    s.write()

# ---------------------------------------------------------------- 1979
def s1979():
    s = Sit(1979, "wandering_elder_long_search", "2026-11-05T06:00:00Z",
            "下午兩點，生態住宅A區一位失智長者外出未歸，家屬報案。搜尋持續四個多小時，零星目擊通報分散在中央公園南北一點五公里內，"
            "最後於河南路停車場旁尋獲。同一時段公園內有自行車遭竊與一件路倒（與長者無關）。")
    s.inc("ELDER", "rescue", "失智長者走失協尋，約四小時後於河南路停車場尋獲。")
    s.inc("BIKE", "public_order", "中央公園北側自行車遭竊。")
    s.inc("COLLAPSE", "rescue", "綠美圖前一名中年男性路倒，119送醫。")
    A = pos("SN-FA-011")
    k = s.ev(0, "incident", "missing_person", "ELDER", lon=A[0], lat=A[1], jitter=20, sev="Moderate",
             text="協尋：82歲男性失智長者，穿灰色外套，中午自生態住宅A區外出未歸", delay=40)
    s.open("ELDER", k)
    s.ev(5, "1999", "missing_person", "ELDER", lon=A[0], lat=A[1], jitter=40, text="我爸爸失智走失了，從生態住宅A區走出去", delay=3)
    for t, p, txt in [(70, (120.6570, 24.1890), "公園北邊有一個穿灰外套的阿伯在走來走去，好像迷路"),
                      (130, (120.6556, 24.1830), "滯洪池旁邊有個老先生問我怎麼回家"),
                      (190, (120.6550, 24.1780), "公園南邊有老人坐在步道很久")]:
        s.ev(t, "1999", "other", "ELDER", lon=p[0], lat=p[1], jitter=50, text=txt, delay=8)
    s.ev(200, "incident", "missing_person", "ELDER", lon=120.6550, lat=24.1790, jitter=40, sev="Moderate", text="協尋續報：目擊長者往公園南側移動，加派警力", follows=k, delay=5)
    s.ev(258, "incident", "missing_person", "ELDER", lon=120.6532, lat=24.1748, jitter=30, sev="Minor", text="走失長者已於河南路停車場旁尋獲，身體無恙", follows=k, delay=4)
    # bike theft
    kb = s.ev(90, "incident", "theft", "BIKE", lon=120.6565, lat=24.1900, jitter=60, sev="Minor", text="中央公園北側自行車停放區一輛自行車遭竊", delay=30)
    s.open("BIKE", kb)
    # collapse
    M = pos("SN-FA-004")
    kc = s.ev(150, "119", "ambulance", "COLLAPSE", lon=M[0], lat=M[1], jitter=40, text="綠美圖前廣場 男性路倒 意識不清", delay=1, alt="ELDER")
    s.open("COLLAPSE", kc)
    s.ev(151, "1999", "rescue", "COLLAPSE", lon=M[0], lat=M[1], jitter=60, text="綠美圖前面有人倒在地上叫不醒", delay=3, alt="ELDER")
    for t, p, txt in [(45, (120.6592, 24.1838), "家屬在社區門口等，長輩還沒回來，拜託幫忙找"),
                      (110, (120.6575, 24.1855), "公園中段有老人家拿著雨傘一直繞圈"),
                      (225, (120.6545, 24.1760), "河南路這邊有一個阿公在停車場門口坐著")]:
        s.ev(t, "1999", "missing_person", "ELDER", lon=p[0], lat=p[1], jitter=40, text=txt, delay=6)
    s.ev(120, "incident", "missing_person", "ELDER", lon=120.6560, lat=24.1850, jitter=60, sev="Moderate", text="協尋續報：調閱公園監視器中，巡邏車沿經貿路搜尋", follows=k, delay=10)
    s.ev(260, "1999", "missing_person", "ELDER", lon=A[0], lat=A[1], jitter=30, text="找到了，謝謝，可以結案", delay=10)
    # background (1979)
    s.ev(20, "1999", "illegal_parking", None, lon=120.6600, lat=24.1830, jitter=80, text="敦化路有車停在消防栓前面", delay=20)
    s.ev(240, "1999", "noise", None, lon=120.6610, lat=24.1850, jitter=80, text="樓上裝潢很吵", delay=15)
    s.ev(30, "1999", "動物救援", None, lon=120.6566, lat=24.1850, jitter=100, text="公園裡有隻狗受傷", delay=15)
    s.ev(100, "1999", "streetlight", None, lon=120.6560, lat=24.1800, jitter=80, text="公園步道路燈不亮", delay=20)
    s.ev(160, "parking", "full", None, sid="SN-PK-004", text="中央公園地下停車場(北) 車位已滿")
    s.notes = ["Why: a long, sparse job: four hours, six pieces of evidence 0.3-1.1 km apart, the sightings filed as 1999 'other'; one search.",
               "Why: the man collapsed in front of the museum is middle-aged and unresponsive, not the elder; an anxious coordinator might first think it is (alternative)."]
    s.set_alt("The collapse is first taken as the missing elder found unwell.", [inc_of(s, "ELDER"), inc_of(s, "BIKE")])
    s.write()

# ---------------------------------------------------------------- 1980
def s1980():
    s = Sit(1980, "zhongke_works_then_sinkhole", "2026-07-07T01:00:00Z",
            "中科路（影音中心段）有核准的管線施工，封閉一車道造成輕度壅塞。中午施工區北方約250公尺處自來水管破裂造成路面坍陷，"
            "附近大樓停水、路面冒水，警方封閉中科路。施工單位的作業與坍陷為兩件事：一是計畫性施工，一是緊急搶修。")
    s.inc("WORKS", "planned_event", "中科路核准管線施工（佔用一車道），及其造成的壅塞。")
    s.inc("SINKHOLE", "infrastructure", "中科路自來水管破裂、路面坍陷，停水與冒水，道路封閉緊急搶修。")
    W = (120.6536, 24.1840)
    kw = s.ev(0, "planned_event", "road_works", "WORKS", lon=W[0], lat=W[1], text="中科路自來水管線汰換工程，佔用外側車道",
              delay=-60 * 24 * 2, radius_m=150, ends="2026-07-07T09:00:00Z")
    s.open("WORKS", kw)
    s.ev(20, "rule", "congestion", "WORKS", sid="SN-VD-ZHONGKE-01", sev="Minor", text="中科路車輛偵測器1 車速 25 km/h")
    s.ev(60, "1999", "other", "WORKS", lon=W[0], lat=W[1], jitter=60, text="中科路施工封一線道，上班時間很塞", delay=10)
    S = (120.6533, 24.1862)
    ks = s.ev(180, "1999", "road_damage", "SINKHOLE", lon=S[0], lat=S[1], jitter=40, text="中科路路面突然塌一個洞，還一直冒水", delay=3)
    k2 = s.ev(183, "incident", "road_collapse", "SINKHOLE", lon=S[0], lat=S[1], jitter=20, sev="Severe", text="中科路路面坍陷約2公尺，疑水管破裂，封閉雙向", delay=4)
    s.open("SINKHOLE", k2)
    s.ev(184, "1999", "water_outage", "SINKHOLE", lon=120.6545, lat=24.1870, jitter=80, text="突然停水，水龍頭都沒水", delay=6)
    s.ev(186, "1999", "water_outage", "SINKHOLE", lon=120.6525, lat=24.1880, jitter=80, text="大樓沒水了，是不是水管破了", delay=8)
    s.ev(188, "1999", "flooding", "SINKHOLE", lon=S[0], lat=S[1], jitter=60, text="中科路上水一直從地上冒出來，路都是水", delay=5)
    s.ev(190, "incident", "road_closure", "SINKHOLE", lon=S[0], lat=S[1], jitter=20, sev="Severe", text="中科路（黎明路至敦化路）雙向封閉，請繞道凱旋路", delay=3)
    s.ev(195, "rule", "congestion", "SINKHOLE", sid="SN-VD-KAIXUAN-02", sev="Moderate", text="凱旋路車輛偵測器2 車速 12 km/h")
    s.ev(200, "rule", "congestion", "SINKHOLE", sid="SN-VD-ZHONGKE-01", sev="Severe", text="中科路車輛偵測器1 車速 5 km/h", alt="WORKS")
    s.ev(205, "fire_alarm", "fault", "SINKHOLE", sid="SN-FA-006", text="消防水源水位過低", delay=0.3)
    s.ev(330, "incident", "road_reopened", "SINKHOLE", lon=S[0], lat=S[1], jitter=20, sev="Minor", text="中科路坍陷搶修完成，恢復通行", delay=3)
    s.ev(185, "cctv", "stalled_vehicle", "SINKHOLE", sid="SN-CCTV-007", text="路口車輛停滯", confidence=0.45, delay=0.5, alt=None)
    s.ev(187, "1999", "road_damage", "SINKHOLE", lon=S[0], lat=S[1], jitter=40, text="中科路有坑洞在冒水，有機車差點掉進去", delay=7)
    s.ev(192, "119", "rescue", "SINKHOLE", lon=S[0], lat=S[1], jitter=20, text="中科路路面坍陷 警戒 無人受困", delay=1)
    s.ev(230, "1999", "water_outage", "SINKHOLE", lon=120.6550, lat=24.1880, jitter=100, text="剛剛打過，到現在還是沒水", delay=10)
    s.ev(120, "rule", "congestion", "WORKS", sid="SN-VD-ZHONGKE-01", sev="Minor", text="中科路車輛偵測器1 車速 22 km/h")
    s.ev(300, "1999", "water_outage", "SINKHOLE", lon=120.6540, lat=24.1875, jitter=100, text="什麼時候恢復供水", delay=15)
    # background (1980)
    s.ev(150, "parking", "full", None, sid="SN-PK-006", text="會展中心停車場 車位已滿")
    s.ev(30, "1999", "noise", None, lon=120.6536, lat=24.1840, jitter=60, text="施工機具很吵", delay=20, alt="WORKS")
    s.ev(100, "1999", "illegal_parking", None, lon=120.6560, lat=24.1940, jitter=80, text="會展中心旁邊有車違停", delay=15)
    s.ev(240, "1999", "streetlight", None, lon=120.6500, lat=24.1860, jitter=60, text="凱旋路路燈故障", delay=30)
    s.notes = ["Why: the permitted works are a known, planned occupation; their mild slow-down is theirs. The sinkhole 250 m north three hours later is an emergency with its own crew (water company + road repair).",
               "Why: the severe slow-down at ZHONGKE-01 after the closure is the sinkhole's; the alternative keeps it with the works whose detector it is.",
               "Why: the pop music centre's panel reporting its water source low, 200 m away during the outage, is the burst main's."]
    s.set_alt("The detector inside the works zone stays the works' all day.", [inc_of(s, "WORKS"), inc_of(s, "SINKHOLE")])
    s.write()

# ---------------------------------------------------------------- 1981
def s1981():
    s = Sit(1981, "typhoon_night_scattered", "2026-09-01T14:00:00Z",
            "颱風夜晚間十點起強風豪雨，水湳一帶零星災情：黎明路招牌被吹落砸傷機車騎士、凱旋路路樹倒塌擋路、黎明凱旋路口低窪處積水，"
            "筏子溪水位上升至二級警戒（位於區外西南）。各件相距數百公尺至數公里，各自派遣。")
    s.inc("SIGN", "rescue", "黎明路招牌吹落砸傷機車騎士，119送醫，招牌佔用車道。")
    s.inc("TREE", "traffic", "凱旋路路樹倒塌阻斷外側兩車道。")
    s.inc("LOWPOINT", "flood", "黎明路凱旋路口低窪處積水 16-30 公分。")
    s.inc("FAZI", "flood_risk", "筏子溪西屯水位二級警戒，河川巡查與沿岸警戒。")
    for t, sid, lv, sv in [(0, "C0F9T0", "豪雨", "Severe"), (30, "SN-RG-001", "大豪雨", "Extreme"), (60, "SN-RG-002", "豪雨", "Severe")]:
        s.ev(t, "rule", "heavy_rain", None, sid=sid, sev=sv, level=lv, text=SENSORS[sid]["properties"]["name"] + " " + lv)
    G = (120.6460, 24.1925)
    kg = s.ev(40, "119", "ambulance", "SIGN", lon=G[0], lat=G[1], jitter=20, text="黎明路 招牌被風吹下來砸傷機車騎士 頭部流血", delay=1)
    s.open("SIGN", kg)
    s.ev(41, "1999", "fallen_object", "SIGN", lon=G[0], lat=G[1], jitter=50, text="黎明路有招牌吹下來砸到騎車的人", delay=4)
    s.ev(45, "incident", "fallen_object", "SIGN", lon=G[0], lat=G[1], jitter=30, sev="Moderate", text="黎明路三段招牌掉落佔用機車道，傷者送醫", delay=5)
    T = (120.6515, 24.1870)
    kt = s.ev(55, "1999", "fallen_tree", "TREE", lon=T[0], lat=T[1], jitter=40, text="凱旋路一棵大樹倒在路上，車子過不去", delay=5)
    s.ev(58, "incident", "fallen_object", "TREE", lon=T[0], lat=T[1], jitter=30, sev="Moderate", text="凱旋路路樹倒塌佔用外側兩車道", delay=4)
    s.open("TREE", kt)
    s.ev(60, "cctv", "fallen_object", "TREE", sid="SN-CCTV-007", text="路面掉落物", confidence=0.52, delay=0.5, alt="SIGN")
    s.ev(65, "rule", "congestion", "TREE", sid="SN-VD-KAIXUAN-02", sev="Moderate", text="凱旋路車輛偵測器2 車速 9 km/h")
    kl = s.ev(50, "rule", "flood_depth", "LOWPOINT", sid="SN-FL-009", sev="Minor", level="1-15", text="黎明路凱旋路口低窪處 淹水 9 cm")
    kl2 = s.ev(75, "rule", "flood_depth", "LOWPOINT", sid="SN-FL-009", sev="Moderate", level="16-30", text="黎明路凱旋路口低窪處 淹水 19 cm")
    s.open("LOWPOINT", kl2)
    s.ev(80, "1999", "flooding", "LOWPOINT", lon=120.6480, lat=24.1932, jitter=50, text="黎明凱旋路口積水，機車過不去", delay=10)
    s.ev(150, "rule", "cleared", "LOWPOINT", sid="SN-FL-009", sev="Minor", text="黎明路凱旋路口低窪處 淹水解除")
    kf = s.ev(70, "rule", "water_level", "FAZI", sid="SN-WL-004", sev="Moderate", level="3", text="筏子溪西屯 三級警戒")
    kf2 = s.ev(110, "rule", "water_level", "FAZI", sid="SN-WL-004", sev="Severe", level="2", text="筏子溪西屯 二級警戒")
    s.open("FAZI", kf2)
    s.ev(200, "rule", "water_level_falling", "FAZI", sid="SN-WL-004", sev="Minor", text="筏子溪西屯 水位回降")
    # background / noise
    s.ev(90, "status", "offline", None, sid="SN-RG-003", reason="comms_lost", text="北屯雨量站 離線")
    s.ev(100, "status", "online", None, sid="SN-RG-003", text="北屯雨量站 連線")
    s.ev(85, "1999", "公園路樹", None, lon=120.6560, lat=24.1820, jitter=120, text="公園裡很多樹枝斷掉，明天要來清", delay=30)
    s.ev(120, "1999", "streetlight", None, lon=120.6600, lat=24.1790, jitter=60, text="經貿路一盞路燈被風吹歪", delay=20)
    s.notes = ["Why: typhoon night scatter: four jobs 0.3-3 km apart in the same hour; the rain alerts are context (null).",
               "Why: the sign injury is a casualty first (rescue), the obstruction clears with it.",
               "Why: CCTV-007 at 黎明/凱旋 sees a fallen object: the tree is 700 m south on 凱旋路, the sign 300 m west on 黎明路; I give it to the tree (the camera looks down 凱旋路); the alternative gives it to the sign.",
               "Why: 筏子溪 is outside the zone, but a level-2 river warning is a job for the duty coordinator (flood_risk, no flooding yet)."]
    s.set_alt("The junction camera's fallen-object detection is the sign on 黎明路.", [inc_of(s, x) for x in ("SIGN", "TREE", "LOWPOINT", "FAZI")])
    s.write()

# ---------------------------------------------------------------- 1982
def s1982():
    s = Sit(1982, "museum_drill_and_tower_fire", "2026-10-15T01:30:00Z",
            "上午九點半綠美圖進行年度消防演練，火警總機發報、館員疏散觀眾至廣場；民眾聽到警鈴打1999詢問。"
            "演練期間，170公尺外的智慧營運塔地下室配電盤真的起火冒煙，總機發報、119出動。另有會展B館總機誤報故障後復歸。")
    s.inc("TOWER", "fire", "智慧營運塔地下室配電盤起火冒煙，消防到場撲滅。")
    D = pos("SN-FA-004")
    T = pos("SN-FA-005")
    s.ev(-2, "fire_alarm", "alarm", None, sid="SN-FA-004", text="綠美圖 3F 手動報警機動作（消防演練）", delay=0.3, alt="DRILL")
    s.ev(3, "cctv", "crowding", None, sid="SN-CCTV-006", text="人群聚集", confidence=0.7, delay=0.5, alt="DRILL")
    s.ev(5, "1999", "fire_smoke", None, lon=D[0], lat=D[1], jitter=60, text="綠美圖警鈴一直響，大家都出來了，是不是火災", delay=3, alt="DRILL")
    s.ev(8, "1999", "other", None, lon=D[0], lat=D[1], jitter=60, text="綠美圖在演練嗎？人都在廣場上", delay=5, alt="DRILL")
    s.ev(35, "fire_alarm", "normal", None, sid="SN-FA-004", text="綠美圖 火警受信總機 復歸", delay=0.3, alt="DRILL")
    ka = s.ev(12, "fire_alarm", "alarm", "TOWER", sid="SN-FA-005", text="營運塔 B1 配電室 偵煙探測器動作", delay=0.3)
    s.ev(14, "1999", "fire_smoke", "TOWER", lon=T[0], lat=T[1], jitter=50, text="智慧營運塔地下室冒煙，有燒焦味，不是演練", delay=3)
    kf = s.ev(14.5, "119", "fire", "TOWER", lon=T[0], lat=T[1], jitter=10, text="臺灣智慧營運塔 B1 配電盤起火", delay=1)
    s.open("TOWER", kf)
    s.ev(16, "incident", "fire_report", "TOWER", lon=T[0], lat=T[1], jitter=30, sev="Moderate", text="營運塔地下室火警，協助管制經貿路車道", delay=4)
    s.ev(18, "cctv", "smoke", "TOWER", sid="SN-CCTV-006", text="畫面東側煙霧", confidence=0.58, delay=0.5, alt="DRILL")
    s.ev(20, "119", "fire", "TOWER", lon=T[0], lat=T[1], jitter=10, text="營運塔配電盤火勢撲滅 排煙", status="on_scene", delay=1)
    s.ev(24, "1999", "power_outage", "TOWER", lon=T[0], lat=T[1], jitter=60, text="營運塔整棟停電了", delay=6)
    s.ev(60, "fire_alarm", "normal", "TOWER", sid="SN-FA-005", text="營運塔 火警受信總機 復歸", delay=0.3)
    s.ev(65, "119", "fire", "TOWER", lon=T[0], lat=T[1], jitter=10, text="營運塔火警 收隊", status="closed", delay=1)
    s.ev(22, "119", "ambulance", "TOWER", lon=T[0], lat=T[1], jitter=15, text="營運塔 員工一名吸入濃煙 輕微不適", delay=1)
    s.ev(15, "1999", "fire_smoke", "TOWER", lon=120.6580, lat=24.1935, jitter=60, text="營運塔那邊有黑煙從地下室通風口冒出來", delay=4)
    s.ev(10, "1999", "other", None, lon=D[0], lat=D[1], jitter=60, text="綠美圖今天還有開嗎？門口好多人", delay=6, alt="DRILL")
    s.ev(40, "1999", "illegal_parking", None, lon=120.6560, lat=24.1955, jitter=80, text="經貿六路違停", delay=15)
    s.ev(30, "fire_alarm", "fault", None, sid="SN-FA-003", text="B棟 迴路斷線", delay=0.3)
    s.ev(42, "fire_alarm", "normal", None, sid="SN-FA-003", text="B棟 火警受信總機 復歸", delay=0.3)
    s.ev(50, "rule", "congestion", None, sid="SN-VD-JINGMAO-01", sev="Minor", text="經貿路車輛偵測器1 車速 28 km/h", alt="TOWER")
    s.ev(-90, "planned_event", "exhibition", None, lon=120.6551, lat=24.1944, text="會展中心秋季家具展", delay=-60 * 24 * 5, radius_m=200,
         ends="2026-10-15T10:00:00Z")
    s.notes = ["Why: the drill's alarm, the crowd on the plaza and the worried callers are no job (null): the building announced a drill. The alternative books them as a drill job a coordinator still tracks.",
               "Why: the real fire 170 m away begins 14 minutes into the drill; the caller says 不是演練. CCTV-006's smoke is the tower's (the camera faces east); the alternative gives it to the drill.",
               "Why: a furniture fair's permit with no effect reported and a B-hall loop fault that restores are background."]
    s.set_alt("The drill is tracked as a job of its own (a planned drill with people on the plaza); the camera's smoke is read as the drill's smoke machine.",
              [inc_of(s, "TOWER"), {"label": "DRILL", "type": "planned_event", "description": "綠美圖消防演練及疏散。"}])
    s.alt["incidents"][1]["sufficient_evidence_key"] = [i for i in s.items if i.get("truth_alt") == "DRILL"][0]["key"]
    s.write()

if __name__ == "__main__":
    for f in (s1977, s1978, s1979, s1980, s1981, s1982):
        f()
