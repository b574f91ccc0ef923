"""Situations 1571-1576."""
import datetime as dt
from lib import Sit, SENSORS, offset, iso, inc, same_incidents

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def flood(s, t, sid, band, truth, **kw):
    return s.add(t, "rule", "flood_depth", truth, sensor=sid, severity=FLOOD_SEV[band], level=band,
                 delay=kw.pop("delay", 20), text=kw.pop("text", "%s 淹水深度 %s cm" % (SENSORS[sid]["name"], band)), **kw)


def cong(s, t, sid, truth, text=None, **kw):
    return s.add(t, "rule", "congestion", truth, sensor=sid, severity="Moderate", delay=kw.pop("delay", 60),
                 text=text or "%s 車速下降 壅塞" % SENSORS[sid]["name"], **kw)


def s1571():
    s = Sit(1571, "two_jobs_north_gate_friday", "2016-03-18 17:40")
    s.description = ("Friday evening peak at the zone's north gate. A scooter and a car collide at 中科路/環中路二段 while, "
                     "about 150 m east, an intercity bus breaks down in the outer lane of 經貿路二段 just south of 環中路. "
                     "Two jobs at once, one block apart; a separate signal fault at 黎明路三段/凱旋路 half an hour later.")
    A, B, C = "A_injury_crash_zhongke_huanzhong", "B_bus_breakdown_jingmao", "C_signal_fault_liming_kaixuan"
    sig3 = SENSORS["SN-SIG-003"]
    crash = offset(sig3["lon"], sig3["lat"], -15, -20)
    s.add(0.5, "cctv", "accident", A, sensor="SN-CCTV-003", confidence=0.71, delay=8, text="影像分析：路口疑似事故")
    k1 = s.add(1.2, "1999", "traffic_accident", A, at=s.jitter(*crash, 40), agency="citizen",
               text="中科路跟環中路口機車和汽車擦撞，有人倒在地上")
    s.add(1.6, "119", "ambulance", A, at=crash, agency="fire", text="中科路與環中路二段口 機車騎士倒地 左腿疑骨折 意識清楚",
          status="dispatched")
    kp = s.add(2.5, "incident", "injury_accident", A, at=crash, agency="police", severity="Moderate",
               text="中科路/環中路二段 機車與自小客擦撞 1人受傷 已通報119")
    s.add(4.0, "1999", "traffic_accident", A, at=s.jitter(*crash, 60), agency="citizen", text="環中路往中清方向 中科路口車禍 車子卡住一個車道")
    s.add(9.0, "119", "ambulance", A, at=crash, agency="fire", status="on_scene", text="救護車到場 傷者送中國醫藥大學附設醫院")
    s.add(6, "rule", "congestion", A, sensor="SN-VD-HUANZHONG-02", severity="Moderate", delay=60, alt=None,
          text="環中路車輛偵測器2 東向車速 18 km/h")
    s.add(14, "rule", "congestion", A, sensor="SN-VD-HUANZHONG-02", severity="Moderate", delay=60, alt=None,
          text="環中路車輛偵測器2 東向車速 12 km/h")
    s.add(24, "119", "ambulance", A, at=crash, agency="fire", status="returning", text="傷者已送醫 返隊")
    s.add(33, "cctv", "stalled_vehicle", A, sensor="SN-CCTV-003", confidence=0.55, text="影像分析：車輛停滯")
    s.add(41, "incident", "injury_accident", A, at=crash, agency="police", severity="Minor", follows=kp,
          text="現場處理完畢 肇事車輛已移至路邊")
    bus = offset(SENSORS["SN-SIG-004"]["lon"], SENSORS["SN-SIG-004"]["lat"], 10, -60)
    s.add(3.0, "cctv", "stalled_vehicle", B, sensor="SN-CCTV-004", confidence=0.82, alt=A, text="影像分析：車輛停滯")
    kb = s.add(5.0, "incident", "stalled_vehicle", B, at=bus, agency="police", severity="Minor", alt=A,
               text="經貿路二段南向 環中路口南側 國道客運故障停於外側車道 待拖吊")
    s.add(7.5, "1999", "other", B, at=s.jitter(*bus, 50), agency="citizen", alt=A, text="客運拋錨停在經貿路右轉車道 後面都塞住了")
    s.add(8, "rule", "congestion", B, sensor="SN-VD-JINGMAO-01", severity="Moderate", delay=60, alt=A,
          text="經貿路車輛偵測器1 南向車速 9 km/h")
    s.add(16, "cctv", "wrong_way", B, sensor="SN-CCTV-004", confidence=0.48, alt=None, text="影像分析：疑似逆向")
    s.add(17, "rule", "congestion", B, sensor="SN-VD-JINGMAO-01", severity="Moderate", delay=60, alt=A,
          text="經貿路車輛偵測器1 南向車速 7 km/h")
    s.add(28, "cctv", "stalled_vehicle", B, sensor="SN-CCTV-004", confidence=0.77, alt=A, text="影像分析：車輛停滯")
    s.add(52, "incident", "stalled_vehicle", B, at=bus, agency="police", severity="Minor", follows=kb, alt=A,
          text="故障客運已拖離 外側車道恢復通行")
    kc = s.add(31, "signal", "fault", C, sensor="SN-SIG-007", delay=5, text="控制器回報：黃燈閃爍")
    s.add(34, "1999", "traffic_signal", C, at=s.jitter(*s.near("SN-SIG-007"), 30), agency="citizen",
          text="黎明路凱旋路口紅綠燈一直閃黃燈")
    s.add(35, "cctv", "signal_dark", C, sensor="SN-CCTV-007", confidence=0.62, text="影像分析：號誌異常")
    s.add(38, "incident", "traffic_signal_fault", C, at=s.near("SN-SIG-007"), agency="police", severity="Minor",
          text="黎明路三段/凱旋路 號誌閃爍 派員指揮交通")
    s.add(63, "signal", "restored", C, sensor="SN-SIG-007", delay=5, text="控制器回報：恢復正常")
    # background
    s.add(10, "parking", "full", None, sensor="SN-PK-001", delay=30, text="水湳轉運中心停車場 汽車位已滿")
    s.add(12, "rule", "congestion", None, sensor="SN-VD-KAIXUAN-01", severity="Moderate", delay=60,
          text="凱旋路車輛偵測器1 北向車速 22 km/h（尖峰）")
    s.add(20, "1999", "illegal_parking", None, at=s.jitter(*s.near("SN-PK-002"), 80), agency="citizen",
          text="經貿六停車場旁邊一排車並排停車")
    s.add(30, "1999", "streetlight", None, at=offset(120.6515, 24.1945, 0, 0), agency="citizen",
          text="黎明路三段人行道有一盞路燈不亮")
    s.add(46, "rule", "congestion", None, sensor="SN-VD-LIMING-01", severity="Moderate", delay=60,
          text="黎明路車輛偵測器1 東向車速 20 km/h")
    s.incident(A, "traffic", "Scooter-car injury crash at 中科路/環中路二段; ambulance, police, queue back along 環中路.", k1)
    s.incident(B, "traffic", "Intercity bus broken down in the outer lane of 經貿路二段 south of 環中路; towed after ~50 min.", kb)
    s.incident(C, "traffic", "Signal at 黎明路三段/凱旋路 flashing yellow for half an hour.", kc)
    s.alternative("A colleague watching the wall sees one jam at the north gate: the bus breakdown 150 m from the crash, "
                  "same minutes, same queue, and runs it as one traffic job; the 環中路 slow-down and the wrong-way "
                  "flag are Friday peak, not evidence.",
                  [inc(A, "traffic", "North-gate traffic: crash at 中科路/環中路二段 and the bus broken down on 經貿路二段.", k1),
                   inc(C, "traffic", "Signal at 黎明路三段/凱旋路 flashing.", kc)])
    s.notes = ["Debatable: 環中路 VD-02 slow-down (crash queue or Friday peak); the CCTV wrong-way flag at 經貿路 (drivers going round the bus, or a false detection)."]
    return s


def s1572():
    s = Sit(1572, "henan_zhongping_flood_spread", "2016-06-02 15:30")
    s.description = ("Plum-rain afternoon. Water first stands at the 河南路 low point by the car park, then in about 90 minutes "
                     "spreads east along 中平路 to 經貿路 as the drains back up: depth sensor, callers along the road, police "
                     "closure, a car stuck in the water, car park closed, queues. The south detention pond rises through "
                     "its warning levels; a tree falls across 凱旋路 in the same rain.")
    F, P, T = "F_henan_zhongping_flood", "P_south_pond_rising", "T_fallen_tree_kaixuan"
    s.add(0, "rule", "heavy_rain", None, sensor="SN-RG-001", severity="Moderate", level="大雨", delay=30, alt=F,
          text="中央公園雨量站 時雨量 42 mm 達大雨")
    s.add(6, "rule", "heavy_rain", None, sensor="C0F9T0", severity="Moderate", level="大雨", delay=90, alt=F,
          text="西屯 時雨量 45 mm 達大雨")
    flood(s, 12, "SN-FL-007", "1-15", F)
    fl7 = s.near("SN-FL-007")
    k1 = s.add(18, "1999", "flooding", F, at=s.jitter(*fl7, 80), agency="citizen", text="河南路二段靠近停車場那邊 水淹到人行道了")
    s.add(22, "1999", "blocked_drain", F, at=s.jitter(*offset(*fl7, -120, -90), 40), agency="citizen",
          text="河南路水溝蓋堵住 水一直從溝裡冒出來")
    flood(s, 27, "SN-FL-007", "16-30", F)
    s.add(30, "cctv", "flooding", F, sensor="SN-CCTV-010", confidence=0.66, text="影像分析：路面積水")
    s.add(33, "incident", "flooding_report", F, at=s.near("SN-CCTV-010"), agency="police", severity="Moderate",
          text="河南路/中平路口 積水約20公分 機車慢行")
    cong(s, 36, "SN-VD-HENAN-02", F, text="河南路車輛偵測器2 車速 11 km/h")
    k40 = s.add(40, "1999", "flooding", F, at=(120.6493, 24.17115), agency="citizen", text="中平路靠河南路這段整條都是水")
    s.dup(k40, 240)
    s.add(44, "parking", "closed", F, sensor="SN-PK-003", delay=45, text="河南路停車場 入口積水 暫停開放")
    flood(s, 48, "SN-FL-007", ">30", F)
    kc = s.add(50, "incident", "road_closure", F, at=(120.6516, 24.1728), agency="police", severity="Severe",
               text="河南路二段（中平路至河南路停車場）積水逾30公分 封閉管制")
    cong(s, 52, "SN-VD-ZHONGPING-01", F, text="中平路車輛偵測器1 車速 8 km/h")
    s.add(55, "1999", "flooding", F, at=(120.6546, 24.17085), agency="citizen", text="中平路往經貿路方向積水 機車熄火好幾台")
    k119 = s.add(60, "119", "rescue", F, at=(120.6553, 24.1709), agency="fire", status="dispatched",
                 text="中平路 自小客涉水熄火 駕駛受困車內")
    s.add(64, "cctv", "stalled_vehicle", F, sensor="SN-CCTV-010", confidence=0.7, text="影像分析：車輛停滯")
    s.add(67, "119", "rescue", F, at=(120.6553, 24.1709), agency="fire", status="on_scene", follows=k119, text="到場 以救生艇協助駕駛脫困")
    s.add(70, "1999", "flooding", F, at=(120.6588, 24.1729), agency="citizen", text="中平路快到經貿路 水已經淹過路緣")
    s.add(75, "cctv", "flooding", F, sensor="SN-CCTV-011", confidence=0.58, text="影像分析：路面積水")
    cong(s, 78, "SN-VD-ZHONGPING-02", F, alt=None, text="中平路車輛偵測器2 車速 15 km/h")
    s.add(80, "1999", "flooding", F, at=s.jitter(*s.near("SN-SIG-011"), 40), agency="citizen", text="經貿路中平路口 積水大概20公分")
    s.add(85, "119", "rescue", F, at=(120.6553, 24.1709), agency="fire", status="returning", follows=k119, text="駕駛已救出 無受傷 返隊")
    s.add(88, "rule", "water_level", F, sensor="SN-WL-003", severity="Moderate", level="3", delay=30,
          text="水湳區域排水經貿路水位 1.46 m 達三級警戒")
    flood(s, 96, "SN-FL-007", "16-30", F, text="河南路低窪處 淹水深度回降 22 cm")
    s.add(112, "incident", "road_reopened", F, at=(120.6516, 24.1728), agency="police", severity="Minor", follows=kc,
          text="河南路二段積水退去 恢復通行")
    s.add(118, "rule", "cleared", F, sensor="SN-FL-007", severity="Minor", delay=20, text="河南路低窪處 淹水解除")
    # the detention pond
    kp = s.add(58, "rule", "water_level", P, sensor="SN-WL-002", severity="Moderate", level="3", delay=30, alt=F,
               text="中央公園南滯洪池水位 2.05 m 達三級警戒")
    s.add(82, "rule", "water_level", P, sensor="SN-WL-002", severity="Severe", level="2", delay=30, alt=F,
          text="中央公園南滯洪池水位 2.53 m 達二級警戒")
    flood(s, 84, "SN-FL-005", "16-30", P, alt=F, text="中央公園滯洪池5 水深 24 cm")
    s.add(50, "rule", "heavy_rain", None, sensor="SN-RG-001", severity="Severe", level="豪雨", delay=30, alt=F,
          text="中央公園雨量站 3小時累積 104 mm 達豪雨")
    # fallen tree
    tree = offset(*s.near("SN-VD-KAIXUAN-02"), 40, 90)
    kt = s.add(41, "1999", "fallen_tree", T, at=tree, agency="citizen", text="凱旋路靠影音中心這邊 路樹倒下來擋住一個車道")
    s.add(47, "incident", "fallen_object", T, at=tree, agency="police", severity="Moderate", text="凱旋路 路樹倒塌佔用慢車道 已通報建設局")
    s.add(93, "incident", "fallen_object", T, at=tree, agency="police", severity="Minor", text="凱旋路倒樹已清除")
    # background
    s.add(20, "1999", "streetlight", None, at=(120.6575, 24.1905), agency="citizen", text="綠美圖旁邊路燈白天也亮著")
    s.add(100, "1999", "other", None, at=(120.6602, 24.1838), agency="citizen", text="詢問明天垃圾車是否照常收運")
    s.incident(F, "flood", "Flooding starting at the 河南路 low point and spreading east along 中平路 to 經貿路 over ~90 min; closure, car rescue, car park shut.", k1)
    s.incident(P, "flood", "Central Park south detention pond rising to warning level 2: gates and outflow checked.", kp)
    s.incident(T, "traffic", "Tree down across a lane of 凱旋路 by the pop music centre.", kt)
    s.alternative("A colleague runs the whole afternoon as one flood job for the south end: the rain alerts, the pond "
                  "filling (it drains the same catchment) and the 河南路/中平路 water are one response; the far-east "
                  "中平路 slow-down is ordinary traffic.",
                  [inc(F, "flood", "South-end flood: rain, pond, 河南路 and 中平路.", k1),
                   inc(T, "traffic", "Tree down on 凱旋路.", kt)])
    s.notes = ["Debatable: rain alerts as background or as the flood's own evidence; the pond rising as its own job or part of the flood."]
    return s


FIRE_TEXTS = [
    "敦化路那邊有一棟大樓冒黑煙", "生態住宅B區好像失火了 好多煙", "我住對面 看到七樓窗戶有火光", "聞到很重的燒焦味 外面都是煙",
    "敦化路一段大樓火災 有人在陽台喊救命", "從公園這邊看到住宅區那裡冒煙", "消防車來了沒 煙越來越大", "B區有火災 樓梯間都是煙",
    "經貿路這邊都聞得到燒東西的味道", "大樓冒火 請趕快派消防車", "住家附近火災 灰燼掉到我的車上", "火很大 有爆炸聲",
    "水湳那邊社區失火", "煙飄到我們家 小孩在咳嗽", "看到好多煙 不知道是哪一棟", "敦化路集合住宅起火 路上很多人圍觀",
]


def s1573():
    s = Sit(1573, "eco_block_b_fire_call_burst", "2016-01-23 21:10")
    s.description = ("A cold Saturday night: a flat on the 7th floor of 水湳生態住宅 B區 (敦化路一段) catches fire. The panel "
                     "alarms, 119 dispatches, and within 25 minutes dozens of 1999 calls come in from the block, the street, "
                     "across the park and 經貿路. 敦化路 is closed for the ladder trucks and 經貿路 backs up. Block A's panel "
                     "trips when smoke drifts into its intake.")
    X, Y = "X_fire_eco_block_b", "Y_block_a_panel"
    fa = s.near("SN-FA-012")
    s.add(0, "fire_alarm", "alarm", X, sensor="SN-FA-012", delay=6, text="B區 7樓 偵煙探測器動作")
    k119 = s.add(1.5, "119", "fire", X, at=fa, agency="fire", status="dispatched",
                 text="水湳生態住宅B區 集合住宅7樓 住宅火警 濃煙竄出", units=None)
    ncalls = 40
    first = None
    keys = []
    for i in range(ncalls):
        t = 0.8 + 24 * (i / ncalls) ** 1.6 + s.rng.uniform(0, 0.5)
        r = s.rng.random()
        if r < 0.6:
            pos = s.jitter(*fa, 200)
        elif r < 0.8:
            pos = s.jitter(*offset(*fa, -320, 150), 120)   # across the park
        else:
            pos = s.jitter(*offset(*fa, 20, 450), 150)     # up 經貿路
        cat = "fire_smoke" if s.rng.random() < 0.88 else "other"
        k = s.add(t, "1999", cat, X, at=pos, agency="citizen", text=s.rng.choice(FIRE_TEXTS), delay=s.rng.uniform(20, 90))
        keys.append(k)
        first = first or k
    for k in s.rng.sample(keys, 3):
        s.dup(k, s.rng.uniform(60, 400))
    s.add(6.5, "119", "fire", X, at=fa, agency="fire", status="on_scene", follows=k119, text="第一梯次到場 7樓住戶火勢猛烈")
    s.add(8, "incident", "fire_report", X, at=offset(*fa, -30, 0), agency="police", severity="Severe",
          text="敦化路一段 集合住宅火警 派員協助交通管制")
    kc = s.add(10, "incident", "road_closure", X, at=offset(*fa, -40, 20), agency="police", severity="Moderate",
               text="敦化路一段 火警現場前後封閉 雲梯車佈署")
    s.add(12, "119", "rescue", X, at=fa, agency="fire", status="dispatched", text="8樓受困住戶2名 雲梯車救出")
    s.add(15, "119", "ambulance", X, at=fa, agency="fire", status="dispatched", text="住戶1名嗆傷 送醫")
    cong(s, 14, "SN-VD-JINGMAO-02", X, text="經貿路車輛偵測器2 車速 10 km/h")
    cong(s, 27, "SN-VD-JINGMAO-02", X, text="經貿路車輛偵測器2 車速 14 km/h")
    s.add(18, "1999", "illegal_parking", X, at=offset(*fa, -60, 40), agency="citizen", alt=None,
          text="敦化路有車違停 消防車差點過不去")
    s.add(22, "1999", "noise", None, at=s.jitter(*offset(*fa, 100, -250), 80), agency="citizen", alt=X,
          text="一直有鳴笛聲 很吵 發生什麼事")
    ky = s.add(30, "fire_alarm", "alarm", Y, sensor="SN-FA-011", delay=6, alt=X, text="A區 3樓 梯間偵煙探測器動作")
    s.add(38, "fire_alarm", "normal", Y, sensor="SN-FA-011", delay=6, alt=X, text="A區 火警受信總機復歸")
    s.add(42, "119", "fire", X, at=fa, agency="fire", status="on_scene", follows=k119, text="火勢控制 殘火處理中")
    s.add(58, "119", "fire", X, at=fa, agency="fire", status="returning", follows=k119, text="火勢撲滅 部分車輛返隊")
    s.add(62, "fire_alarm", "normal", X, sensor="SN-FA-012", delay=6, text="B區 火警受信總機復歸")
    s.add(66, "incident", "road_reopened", X, at=offset(*fa, -40, 20), agency="police", severity="Minor", follows=kc,
          text="敦化路一段 解除封閉 恢復通行")
    s.add(75, "119", "fire", X, at=fa, agency="fire", status="closed", follows=k119, text="案件結束 火災原因調查中")
    s.add(17, "1999", "streetlight", None, at=(120.6531, 24.1747), agency="citizen", text="河南路停車場出口路燈不亮")
    s.incident(X, "fire", "Flat fire on the 7th floor of eco block B; two residents rescued by ladder, one smoke casualty, 敦化路 closed, 40 calls.", k119)
    s.incident(Y, "fire", "Block A's panel trips on drifting smoke 280 m north; checked and reset (a second site to check, not a second fire).", ky)
    s.alternative("Block A's alarm is the same fire (its smoke), so one job; the siren complaint is about the fire response "
                  "too. A colleague would also drop the illegal-parking call as a parking matter.",
                  [inc(X, "fire", "Eco block B fire and its effects (block A's alarm included).", k119)])
    s.notes = ["40 1999 calls, 3 delivered twice; a few callers are 300-500 m away (across the park, on 經貿路) and place themselves, not the fire."]
    return s


def s1574():
    s = Sit(1574, "pop_music_centre_concert_night", "2016-10-15 17:30")
    s.description = ("Saturday concert at 臺中流行影音中心 (19:00-22:00, ~12,000 expected). Queues spill onto 凱旋路, car parks "
                     "fill, cars line the red kerbs; neighbours in the eco-residential blocks complain of noise. Inside the "
                     "event: two pickpocketing reports, a fan who faints, a lost boy found; after the show a scooter "
                     "rear-ends a car at 黎明路/凱旋路.")
    C, T, M, L, K = "C_concert_crowd", "T_pickpockets", "M_fan_fainted", "L_lost_boy", "K_scooter_crash_liming_kaixuan"
    v = s.near("SN-FA-006")
    start = s.at(90)
    kperm = s.add(90, "planned_event", "concert", C, at=v, agency="police", delay=-(89 * 60), radius_m=350,
                  ends=iso(s.at(270)), text="臺中流行影音中心 戶外演唱會 預估人潮 12,000 人 凱旋路側設接駁")
    cong(s, 60, "SN-VD-KAIXUAN-02", C, text="凱旋路車輛偵測器2 車速 12 km/h")
    cong(s, 66, "SN-VD-ZHONGKE-01", C, text="中科路車輛偵測器1 車速 15 km/h")
    s.add(70, "parking", "full", C, sensor="SN-PK-004", delay=30, text="中央公園地下停車場(北) 已滿")
    s.add(75, "1999", "illegal_parking", C, at=s.jitter(*offset(*v, -60, 120), 60), agency="citizen", alt=None,
          text="凱旋路兩邊紅線都停滿車 聽說是演唱會")
    k1 = s.add(80, "1999", "crowding", C, at=s.jitter(*v, 60), agency="citizen", text="影音中心門口排隊人潮擠到馬路上 很危險")
    s.add(85, "incident", "crowd_control", C, at=v, agency="police", severity="Moderate", text="流行影音中心 入場人潮眾多 派員管制凱旋路人車")
    s.add(95, "1999", "illegal_parking", C, at=s.jitter(*offset(*v, 150, 80), 80), agency="citizen", alt=None,
          text="中科路人行道被機車停滿")
    s.add(100, "parking", "full", None, sensor="SN-PK-006", delay=30, alt=C, text="臺中國際會展中心停車場 已滿")
    s.add(150, "1999", "noise", C, at=s.jitter(*s.near("SN-FA-011"), 60), agency="citizen", alt=None,
          text="演唱會音量太大 生態住宅這邊窗戶關著都聽得到")
    s.add(172, "1999", "noise", C, at=s.jitter(*s.near("SN-FA-012"), 60), agency="citizen", alt=None,
          text="音樂太吵小孩睡不著 有超過噪音標準嗎")
    cong(s, 275, "SN-VD-KAIXUAN-02", C, text="凱旋路車輛偵測器2 散場 車速 9 km/h")
    s.add(278, "incident", "crowd_control", C, at=v, agency="police", severity="Moderate", text="散場人潮 凱旋路 中科路 管制行人穿越")
    s.add(282, "1999", "crowding", C, at=s.jitter(*offset(*v, -50, 200), 50), agency="citizen", text="散場人潮太多 公車站擠爆 有人被推倒")
    s.add(290, "1999", "noise", C, at=s.jitter(*s.near("SN-FA-011"), 80), agency="citizen", alt=None, text="散場後一堆人在路邊喧嘩")
    kt = s.add(122, "incident", "theft", T, at=s.jitter(*v, 40), agency="police", severity="Minor", text="演唱會觀眾報案 手機於搖滾區遭竊")
    s.add(141, "incident", "theft", T, at=s.jitter(*v, 40), agency="police", severity="Minor", text="另一名觀眾皮夾遭扒 疑同一人所為")
    km = s.add(130, "119", "ambulance", M, at=offset(*v, 20, -10), agency="fire", status="dispatched", text="演唱會現場 女性觀眾昏倒 意識模糊")
    s.add(138, "119", "ambulance", M, at=offset(*v, 20, -10), agency="fire", status="on_scene", follows=km, text="到場 疑中暑脫水 送醫")
    s.add(156, "119", "ambulance", M, at=offset(*v, 20, -10), agency="fire", status="returning", follows=km, text="送醫完畢 返隊")
    kl = s.add(200, "incident", "missing_person", L, at=s.jitter(*v, 50), agency="police", severity="Moderate",
               text="8歲男童於影音中心與家人走失 穿藍色上衣")
    s.add(224, "incident", "missing_person", L, at=s.jitter(*v, 50), agency="police", severity="Minor", follows=kl, text="男童已於服務台尋獲 交還家屬")
    j = s.near("SN-SIG-007")
    kk = s.add(287, "cctv", "accident", K, sensor="SN-CCTV-007", confidence=0.64, text="影像分析：疑似事故")
    s.add(288, "1999", "traffic_accident", K, at=s.jitter(*j, 40), agency="citizen", text="黎明路凱旋路口機車撞到汽車屁股")
    s.add(292, "incident", "accident", K, at=j, agency="police", severity="Minor", text="黎明路三段/凱旋路 機車追撞自小客 無人受傷")
    s.add(40, "1999", "streetlight", None, at=(120.6531, 24.1902), agency="citizen", text="中科路有兩盞路燈閃爍")
    s.add(250, "1999", "other", None, at=(120.6596, 24.1817), agency="citizen", text="社區垃圾子車滿出來")
    s.incident(C, "crowd", "Concert audience at the pop music centre: arrival queues, traffic and parking, noise, egress.", k1)
    s.incident(T, "public_safety", "Two pickpocketing reports among the audience, likely one thief.", kt)
    s.incident(M, "rescue", "Fan collapsed at the concert, taken to hospital.", km)
    s.incident(L, "rescue", "Lost 8-year-old boy, found after 24 minutes.", kl)
    s.incident(K, "traffic", "Minor scooter rear-end crash at 黎明路三段/凱旋路 during the egress.", kk)
    s.alternative("The event desk logs the noise complaints and red-kerb parking as 環保局 / parking matters, not the event's "
                  "safety job, and counts the convention centre's full car park as the concert's overflow.",
                  same_incidents(s))
    s.notes = ["Permit arrives at 17:31 for a 19:00 start (its observed is the scheduled start)."]
    return s


def s1575():
    s = Sit(1575, "huanzhong_truck_crash_messy_delivery", "2016-08-09 07:50")
    s.description = ("Morning rush: a small truck rolls onto its side on 環中路二段 between 凱旋路 and 中科路, spilling crates. "
                     "The evidence arrives badly: the 凱旋路 camera's clock is 9 minutes slow, the police CAD link stalls so "
                     "the first report comes 25 minutes late (after its own follow-up), 119's messages come in one batch 40 "
                     "minutes late, 1999 cases are delivered twice and one is stamped 8 hours early. A car runs out of fuel on "
                     "凱旋路 300 m away in the same queue.")
    X, S = "X_truck_rollover_huanzhong", "S_out_of_fuel_kaixuan"
    p = offset(*s.near("SN-VD-HUANZHONG-02"), 40, 15)
    kcam = s.add(0.5, "cctv", "accident", X, sensor="SN-CCTV-002", confidence=0.74, observed_skew=-9, delay=10,
                 text="影像分析：疑似事故")
    s.add(1.0, "cctv", "fallen_object", X, sensor="SN-CCTV-002", confidence=0.69, observed_skew=-9, delay=10, text="影像分析：路面掉落物")
    k1 = s.add(1.5, "1999", "traffic_accident", X, at=s.jitter(*p, 50), agency="citizen", delay=70,
               text="環中路往中清方向 貨車翻覆 東西掉滿地")
    s.dup(k1, 420)
    k119 = s.add(2.0, "119", "rescue", X, at=p, agency="fire", delay=40 * 60, text="環中路二段 小貨車翻覆 駕駛受困")
    s.add(10, "119", "rescue", X, at=p, agency="fire", status="on_scene", follows=k119, delay=32 * 60, text="到場 駕駛已自行脫困 輕傷")
    s.add(26, "119", "rescue", X, at=p, agency="fire", status="returning", follows=k119, delay=16 * 60 + 20, text="傷者交救護車 返隊")
    kp = s.add(2.5, "incident", "injury_accident", X, at=p, agency="police", severity="Moderate", delay=25 * 60,
               text="環中路二段（凱旋路-中科路間）東向 小貨車翻覆 駕駛輕傷 貨物散落")
    kc = s.add(8, "incident", "road_closure", X, at=p, agency="police", severity="Moderate", follows=kp, delay=60,
               text="環中路二段東向 內側二車道封閉 清理散落物")
    s.add(3, "cctv", "stalled_vehicle", X, sensor="SN-CCTV-002", confidence=0.81, observed_skew=-9, delay=10, text="影像分析：車輛停滯")
    k2 = s.add(4, "1999", "fallen_object", X, at=s.jitter(*p, 80), agency="citizen", delay=90, text="環中路上一堆紙箱和水果 車子都在閃")
    s.dup(k2, 600)
    k3 = s.add(6, "1999", "traffic_accident", X, at=s.jitter(*p, 80), agency="citizen", delay=80, observed_skew=-480,
               text="環中路車禍 塞到凱旋路")
    s.dup(k3, 150)
    cong(s, 5, "SN-VD-HUANZHONG-02", X, text="環中路車輛偵測器2 東向車速 6 km/h")
    cong(s, 15, "SN-VD-HUANZHONG-02", X, text="環中路車輛偵測器2 東向車速 4 km/h")
    cong(s, 20, "SN-VD-HUANZHONG-01", X, alt=None, text="環中路車輛偵測器1 東向車速 16 km/h")
    cong(s, 22, "SN-VD-KAIXUAN-01", X, alt=None, text="凱旋路車輛偵測器1 北向車速 12 km/h")
    cong(s, 32, "SN-VD-HUANZHONG-02", X, text="環中路車輛偵測器2 東向車速 9 km/h")
    s.add(38, "cctv", "fallen_object", X, sensor="SN-CCTV-002", confidence=0.57, observed_skew=-9, delay=10, text="影像分析：路面掉落物")
    s.add(55, "incident", "road_reopened", X, at=p, agency="police", severity="Minor", follows=kc, delay=120,
          text="環中路二段東向 散落物清理完畢 恢復通行")
    s.add(62, "rule", "cleared", X, sensor="SN-VD-HUANZHONG-02", severity="Minor", delay=60, text="環中路車輛偵測器2 車速恢復")
    q = offset(*s.near("SN-SIG-007"), -30, 120)
    ks = s.add(12, "cctv", "stalled_vehicle", S, sensor="SN-CCTV-007", confidence=0.63, alt=X, text="影像分析：車輛停滯")
    ks2 = s.add(14, "incident", "stalled_vehicle", S, at=q, agency="police", severity="Minor", delay=25 * 60 - 12 * 60, alt=X,
                text="凱旋路北向 黎明路口北側 自小客沒油拋錨 已推至路邊")
    s.add(16, "1999", "other", S, at=s.jitter(*q, 40), agency="citizen", alt=X, text="凱旋路有台車停在車道中間閃雙黃燈")
    s.add(28, "parking", "full", None, sensor="SN-PK-001", delay=30, text="水湳轉運中心停車場 汽車位已滿")
    s.add(35, "1999", "illegal_parking", None, at=s.jitter(*s.near("SN-PK-001"), 60), agency="citizen", text="轉運中心前面計程車排班佔用車道")
    s.add(45, "1999", "road_damage", None, at=(120.6549, 24.1916), agency="citizen", text="經貿路二段慢車道有坑洞")
    s.incident(X, "traffic", "Small truck on its side on 環中路二段 eastbound, load spilled, driver slightly hurt; two lanes closed ~50 min.", k1)
    s.incident(S, "traffic", "Car out of fuel on 凱旋路 north of 黎明路, pushed to the kerb.", ks)
    s.alternative("A colleague reads the stalled car on 凱旋路 as part of the rollover's queue (same minutes, 300 m, the "
                  "police report of it arrived in the same late batch) and runs one job; the detectors' slow-downs away "
                  "from the scene count as morning peak, not the crash.",
                  [inc(X, "traffic", "Truck rollover on 環中路二段 and its queue.", k1)])
    s.notes = ["CCTV-002 clock 9 min slow (observed earlier than the real time); 1999 case %s stamped 8 h early (UTC digits with +08:00); "
               "police report %s arrives 25 min late, after its follow-up %s; 119 messages arrive together ~08:32." % (k3, kp, kc)]
    return s


def s1576():
    s = Sit(1576, "park_south_cabinet_offline", "2016-05-11 02:10")
    s.description = ("Dry night. At 02:10 the south field cabinet of Central Park (GW-CPS-01) loses its power feed: the three "
                     "south pond depth gauges, the south pond level and the south car park counter drop off together, and a "
                     "caller reports the path lights along the south of the park dark. Separately, the 河南路 low-point gauge "
                     "reports a low battery and goes quiet, and a fight breaks out among scooter riders at 河南路停車場. Taipower "
                     "restores the feed at 04:20.")
    G, B, D = "G_cps01_cabinet_power", "B_fl007_battery", "D_fight_henan_car_park"
    devs = ["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]
    reasons = [None, "mains_power_lost", None, "mains_power_lost", None]
    first = None
    for i, (d, r) in enumerate(zip(devs, reasons)):
        k = s.add(0.2 + 0.3 * i, "status", "offline", G, sensor=d, delay=s.rng.uniform(1, 5), reason=r,
                  gateway="GW-CPS-01" if i % 2 == 0 else None)
        first = first or k
        if i in (0, 3):
            s.dup(k, 900)
    for i, d in enumerate(devs):
        s.add(10.5 + 0.2 * i, "rule", "sensor_offline", G, sensor=d, severity="Minor", delay=5,
              text="%s 逾時未回報" % SENSORS[d]["name"])
    kl = s.add(4, "1999", "streetlight", G, at=(120.6561, 24.1783), agency="citizen", alt=None,
               text="中央公園南邊步道路燈整排都不亮 一片漆黑")
    s.add(19, "1999", "streetlight", G, at=(120.6549, 24.1768), agency="citizen", alt=None, text="公園靠河南路那邊路燈全暗")
    for i, d in enumerate(devs):
        s.add(130 + 0.3 * i, "status", "online", G, sensor=d, delay=s.rng.uniform(1, 5))
        s.add(131 + 0.3 * i, "rule", "cleared", G, sensor=d, severity="Minor", delay=5, text="%s 恢復連線" % SENSORS[d]["name"])
    kb = s.add(25, "status", "offline", B, sensor="SN-FL-007", delay=3, reason="battery_low", alt=G)
    s.add(35, "rule", "sensor_offline", B, sensor="SN-FL-007", severity="Minor", delay=5, alt=G, text="河南路低窪處 逾時未回報")
    pk = s.near("SN-PK-003")
    s.add(47, "cctv", "crowding", D, sensor="SN-CCTV-010", confidence=0.52, motion="standing", alt=None, text="影像分析：人群聚集")
    kd = s.add(50, "incident", "public_disturbance", D, at=s.jitter(*pk, 30), agency="police", severity="Moderate",
               text="河南路停車場 機車族聚集 發生鬥毆 派員處理")
    s.add(52, "1999", "noise", D, at=s.jitter(*pk, 120), agency="citizen", text="停車場那邊一群人大吼大叫 還有打架的聲音")
    s.add(78, "incident", "public_disturbance", D, at=pk, agency="police", severity="Minor", follows=kd, text="現場6人帶回派出所 已驅散")
    s.add(14, "1999", "noise", None, at=(120.6480, 24.1950), agency="citizen", text="環中路半夜改裝車一直催油門")
    s.add(95, "rule", "congestion", None, sensor="SN-VD-HENAN-01", severity="Moderate", delay=60,
          text="河南路車輛偵測器1 車速 0 km/h（夜間無車流 偵測器誤報）")
    s.incident(G, "infrastructure", "Central Park south cabinet GW-CPS-01 without power 02:10-04:20: five devices offline, path lights dark.", first)
    s.incident(B, "infrastructure", "河南路 low-point depth gauge offline on a low battery: maintenance ticket.", kb)
    s.incident(D, "public_safety", "Fight among scooter riders at 河南路停車場, six taken in.", kd)
    s.alternative("A colleague reads every device going dark in the south of the zone that night as one outage (the battery "
                  "gauge 350 m away included) and treats the path-light calls as an ordinary 1999 streetlight case; the "
                  "camera's crowd flag is no evidence of the fight.",
                  [inc(G, "infrastructure", "South-zone device outage.", first), inc(D, "public_safety", "Fight at 河南路停車場.", kd)])
    s.notes = ["Two offline statuses are redelivered 15 min later (retained last will on reconnect). The 河南路 VD's 0 km/h at night is a detector artefact."]
    return s


if __name__ == "__main__":
    for fn in (s1571, s1572, s1573, s1574, s1575, s1576):
        sit = fn()
        print(sit.num, sit.name, sit.write(), len(sit.incidents))
