"""Situations 1691-1696."""
from lib import Sit, P, SENSORS

def s1691():
    s = Sit(1691, "weekday_rush_huanzhong", "2016-03-15 07:30",
            "週二早尖峰，環中路二段：中科路口追撞受傷、經貿路口故障車、台74線口號誌故障，外加例行 1999 與停車場額滿。")
    s.story = ("A Tuesday morning rush on 環中路二段. At 07:52 a car rear-ends a scooter just east of the 中科路 junction; "
               "a rider is hurt, police and an ambulance come, and the detector west of it slows down. Eight minutes later "
               "a car breaks down in the 經貿路 junction ~150 m further east: a tow job for another patrol. At 08:10 the "
               "台74線 signal goes dark; the contractor restores it at 08:57. Around them: the hub car park fills as every "
               "weekday, routine 1999 calls (one lamp out, a parked car), the 河南路 detector's daily slow-down, and a rain "
               "gauge's link dropping and coming back.")
    s.inc("hz_crash", "traffic", "環中路二段/中科路口 汽機車追撞，機車騎士受傷送醫")
    s.inc("jm_stalled", "traffic", "環中路二段/經貿路口 故障車佔用內車道，拖吊")
    s.inc("sig74_dark", "traffic", "台74線/環中路二段 號誌故障（黑燈），廠商搶修")
    # background
    s.dev("parking", "SN-PK-001", "full", 5, "水湳轉運中心停車場 汽車車位已滿", None)
    s.rule("SN-VD-HENAN-01", "congestion", 8, "Minor", "河南路車輛偵測器1 平均車速 18 km/h，車流壅塞", None)
    s.call("streetlight", 12, "j_jm_lm", "經貿路二段靠黎明路這邊有一盞路燈白天一直亮著，燈桿編號 XT-08812。", None)
    s.dev("status", "SN-RG-003", "offline", 14, "北屯雨量站 通訊中斷，資料未回傳", None, reason="comms_lost")
    s.rule("SN-RG-003", "sensor_offline", 25, "Minor", "北屯雨量站 逾 10 分鐘未回傳資料", None)
    s.dev("status", "SN-RG-003", "online", 31, "北屯雨量站 恢復連線", None)
    # crash
    k = s.police("injury_accident", 22, (120.6526, 24.19795), "Moderate",
                 "環中路二段往東、中科路口東側，自小客車追撞機車，機車騎士倒地左腳受傷，佔用內側兩車道。", "hz_crash", delay=3)
    c1 = s.call("traffic_accident", 22.5, (120.6526, 24.19795), "環中路中科路口這邊車禍，有人躺在地上，趕快叫救護車！", "hz_crash", r=(40, 160), delay=1.2)
    s.suff("hz_crash", c1)
    s.dev("cctv", "SN-CCTV-003", "stalled_vehicle", 23, "中科路/環中路二段 影像分析：車道內車輛靜止逾 60 秒", "hz_crash",
          at=(120.6525, 24.19793), confidence=0.81)
    a = s.f119("ambulance", 24, (120.6526, 24.19795), "環中路二段中科路口 交通事故 1 名機車騎士腳部受傷，派遣西屯分隊救護車", "hz_crash")
    s.f119("ambulance", 32, (120.6526, 24.19795), "救護車到達現場，傷者意識清楚左小腿疑似骨折", "hz_crash", status="on_scene", follows=a)
    s.rule("SN-VD-HUANZHONG-02", "congestion", 27, "Moderate", "環中路車輛偵測器2 東向平均車速 12 km/h，佔有率 48%", "hz_crash", alt=None)
    s.f119("ambulance", 44, (120.6526, 24.19795), "傷者送往中國醫藥大學附設醫院，救護車返隊", "hz_crash", status="returning", follows=a)
    s.police("other", 58, (120.6526, 24.19795), "Minor", "環中路中科路口事故車輛已移至路邊，車道恢復通行，現場處理完畢。", "hz_crash")
    # stalled car 150 m east
    st = s.dev("cctv", "SN-CCTV-004", "stalled_vehicle", 30, "經貿路二段/環中路二段 影像分析：路口內車輛停滯", "jm_stalled",
               at=(120.65338, 24.19842), confidence=0.74, alt="hz_crash")
    s.dup(st, 0.4)
    p = s.police("stalled_vehicle", 33, (120.65338, 24.19842), "Minor",
                 "環中路二段/經貿路口 一部白色自小客車拋錨，駕駛已開警示燈，佔用西向內車道，通知拖吊。", "jm_stalled", alt="hz_crash")
    s.suff("jm_stalled", p)
    s.police("stalled_vehicle", 61, (120.65338, 24.19842), "Minor", "經貿路口故障車已拖離，恢復通行。", "jm_stalled", alt="hz_crash")
    # signal
    sg = s.dev("signal", "SN-SIG-001", "fault", 40, "台74線/環中路二段 號誌控制器異常，燈號全暗", "sig74_dark")
    s.suff("sig74_dark", sg)
    s.call("traffic_signal", 44, "j_74_hz", "台74下來接環中路那個紅綠燈整個不亮，車子都亂鑽很危險。", "sig74_dark", r=(30, 120), slaHours=None)
    s.police("traffic_signal_fault", 48, "j_74_hz", "Moderate", "台74線/環中路二段 號誌黑燈，派員路口指揮交通。", "sig74_dark")
    s.rule("SN-VD-HUANZHONG-01", "congestion", 52, "Minor", "環中路車輛偵測器1 平均車速 21 km/h", "sig74_dark", alt=None)
    s.dev("signal", "SN-SIG-001", "restored", 87, "台74線/環中路二段 號誌恢復正常運作", "sig74_dark")
    # more background
    s.call("illegal_parking", 66, "jm6pk", "經貿六停車場出口旁一台貨車停在紅線上好幾天了。", None)
    s.rule("SN-VD-ZHONGKE-01", "congestion", 70, "Minor", "中科路車輛偵測器1 平均車速 19 km/h", None)
    s.call("環境清潔", 75, "ecoA", "生態住宅A區前面人行道有人丟一袋垃圾，請清潔隊來收。", None)
    s.dev("parking", "SN-PK-002", "full", 80, "經貿六停車場 汽車車位已滿", None)
    s.call("road_damage", 95, (120.6532, 24.1905), "中科路往南快車道有一個坑洞，機車騎過去會跳一下。", None)
    s.alt("The HZ-02 slow-down and the HZ-01 slow-down are what every weekday 08:00 looks like on 環中路: a colleague would "
          "leave them as background. The breakdown at 經貿路, 150 m past the crash and 8 minutes later, could be read as a "
          "car that overheated in the crash queue and handled by the crash patrol.",
          drop=["jm_stalled"])
    s.debatable = ["HZ-02 congestion: the crash's queue (truth) or the ordinary rush (alt null).",
                   "HZ-01 congestion near the dark 台74 signal: the signal's effect (truth) or rush hour (alt null).",
                   "The 經貿路 breakdown 150 m east: its own tow job (truth) or part of the crash's scene (alt)."]
    s.write()

def s1692():
    s = Sit(1692, "convention_night_two_alarms", "2016-04-20 21:40",
            "週三夜間會展中心佈展：A棟攤位電熱器起火，B棟同時偵煙誤報，轉運站乘客身體不適；佈展噪音與隔天展覽許可為背景。")
    s.story = ("A Wednesday night of stand-building for a trade fair at the convention centre. At 22:05 a heater in a "
               "booth in hall A sets fabric smouldering; the panel alarms, exhibitors call, 119 sends an engine and puts "
               "it out; the workers who left the hall crowd the 經貿/黎明 corner. Eleven minutes later hall B's panel, "
               "100 m away, alarms: dust from sanding set a detector off; security checks and resets it. At the transit "
               "hub a passenger faints and an ambulance takes her. Background: the fair's permit, a noise complaint about "
               "the unloading trucks, a signal restored from the afternoon, the car park.")
    s.inc("hallA_fire", "fire", "會展中心A棟 佈展攤位電暖器引燃布幔，小火已撲滅")
    s.inc("hallB_alarm", "fire", "會展中心B棟 火警受信總機動作，查為佈展粉塵誤報")
    s.inc("hub_ill", "rescue", "水湳轉運中心候車區旅客昏倒送醫")
    s.permit("exhibition", 11*60+20, 4*24*60, "hallA", "臺中國際工具機展 4/21-4/24 於會展中心展出，預估每日 2 萬人次", None,
             arrival_min=-600, radius=350, title="國際工具機展")
    s.dev("signal", "SN-SIG-006", "restored", 3, "經貿路二段/經貿七路 號誌恢復正常（下午故障已修復）", None)
    s.call("noise", 10, "hallB", "會展中心那邊半夜一直有大卡車卸貨，倒車聲音很吵，都快十點了還在做。", None, r=(200, 400))
    f = s.dev("fire_alarm", "SN-FA-002", "alarm", 25, "會展中心A棟 3F 展覽廳 偵煙探測器動作 區域 A3-12", "hallA_fire")
    s.call("fire_smoke", 26.5, "hallA", "會展中心A館裡面有一個攤位在冒煙，好像是電暖器燒到布，大家都跑出來了。", "hallA_fire", r=(10, 60))
    k = s.f119("fire", 27, "hallA", "臺中國際會展中心A棟 3樓 攤位冒煙，派遣西屯、水湳分隊 水箱車2 救助車1", "hallA_fire", units=None)
    s.suff("hallA_fire", k)
    s.dup(f, 0.2)
    s.dev("cctv", "SN-CCTV-005", "crowding", 30, "經貿路二段/黎明路三段 影像分析：人行道人群聚集 約 80 人", "hallA_fire",
          confidence=0.77, alt=None)
    s.f119("fire", 34, "hallA", "到達現場，A棟3樓攤位布幔悶燒，已以滅火器撲滅，排煙中", "hallA_fire", status="on_scene", follows=k)
    b = s.dev("fire_alarm", "SN-FA-003", "alarm", 36, "會展中心B棟 1F 卸貨區 偵煙探測器動作 區域 B1-03", "hallB_alarm", alt="hallA_fire")
    s.suff("hallB_alarm", b)
    s.police("other", 41, "hallB", "Minor", "會展中心B棟保全回報：B1 卸貨區為佈展砂磨粉塵觸發偵煙，現場無煙無火。", "hallB_alarm", alt="hallA_fire")
    s.dev("fire_alarm", "SN-FA-003", "normal", 44, "會展中心B棟 火警受信總機 復歸", "hallB_alarm", alt="hallA_fire")
    a = s.f119("ambulance", 48, "hub", "水湳轉運中心 候車區 女性旅客昏倒，意識模糊，派遣救護車", "hub_ill")
    s.suff("hub_ill", a)
    s.call("rescue", 49, "hub", "轉運站這邊有一個阿姨突然昏倒，我們已經打119了，叫站務過來。", "hub_ill", r=(10, 80))
    s.f119("ambulance", 63, "hub", "患者已送往中國醫藥大學附設醫院，返隊", "hub_ill", status="returning", follows=a)
    s.dev("fire_alarm", "SN-FA-002", "normal", 58, "會展中心A棟 火警受信總機 復歸", "hallA_fire")
    s.f119("fire", 72, "hallA", "A棟火勢撲滅，無人受傷，燒損攤位約 4 平方公尺，收隊", "hallA_fire", status="closed", follows=k)
    s.dev("parking", "SN-PK-006", "empty", 80, "臺中國際會展中心停車場 車位全空（夜間）", None)
    s.call("streetlight", 90, "j_jm_jm7", "經貿七路口那盞路燈一閃一閃的，編號 XT-07305。", None)
    s.alt("Both halls are one building complex with a shared corridor; a colleague would send the same engine to check B "
          "and call it one fire call until the crew said otherwise. The crowd at the corner is the ordinary end-of-shift "
          "crowd of several hundred stand-builders, not the evacuation.",
          drop=["hallB_alarm"])
    s.debatable = ["Hall B's alarm 11 minutes after hall A's, 100 m away: its own check (truth, a different cause) or the same fire call (alt).",
                   "CCTV crowding at 經貿/黎明: the hall A evacuees (truth) or shift-change crowd (alt null)."]
    s.write()

def s1693():
    s = Sit(1693, "saturday_night_market", "2016-05-14 17:30",
            "週六夜市（中央公園南側河南路停車場旁）：人潮管理、扒竊、鬥毆、走失孩童各自成案；周邊停車與噪音。")
    s.story = ("A licensed Saturday night market on the lot by the 河南路 car park. From 18:00 the car parks fill, "
               "河南路 slows and the police run the crowd plan. At 19:40 a woman's wallet is picked (theft); at 20:50 "
               "two groups fight 80 m away by the food stalls and one man is cut on the head by a bottle (an ambulance "
               "comes: the fight's job). At 21:15 a five-year-old is lost and found 25 minutes later. Residents of eco "
               "block B complain about the noise at 22:40. Background: a far-off slow-down on 中平路, a streetlight, "
               "an animal call.")
    s.inc("market_crowd", "crowd", "河南路停車場旁週六夜市 人潮與交通管制")
    s.inc("market_theft", "public_safety", "夜市扒竊皮夾")
    s.inc("market_fight", "public_safety", "夜市小吃區兩群人鬥毆，一人頭部遭酒瓶砸傷送醫")
    s.inc("lost_child", "rescue", "夜市 5 歲男童走失，已尋獲")
    mk = (120.6545, 24.1762)
    s.permit("market", 30, 330, mk, "水湳週末夜市 17:00-23:00，河南路停車場旁廣場，攤位 120 攤，預估人潮 8,000 人", "market_crowd",
             arrival_min=-3*24*60, radius=250, title="水湳週末夜市")
    s.dev("parking", "SN-PK-003", "full", 38, "河南路停車場 汽車車位已滿", "market_crowd", alt=None)
    s.rule("SN-VD-HENAN-02", "congestion", 45, "Minor", "河南路車輛偵測器2 平均車速 16 km/h", "market_crowd", alt=None)
    cc = s.police("crowd_control", 50, mk, "Minor", "夜市人潮湧入，河南路停車場出入口派員疏導，機車改停中平路側。", "market_crowd")
    s.suff("market_crowd", cc)
    s.dev("parking", "SN-PK-005", "full", 62, "中央公園地下停車場(南) 汽車車位已滿", "market_crowd", alt=None)
    s.call("illegal_parking", 70, (120.6515, 24.173), "河南路兩邊都是去夜市的車子並排停，公車都過不去。", "market_crowd", r=(20, 120), alt=None)
    s.rule("SN-VD-ZHONGPING-02", "congestion", 75, "Minor", "中平路車輛偵測器2 平均車速 20 km/h", None)
    t = s.police("theft", 130, (120.6548, 24.1765), "Minor", "夜市民眾報案：在飲料攤排隊時皮夾遭扒竊，內有現金與證件，調閱攤商監視器中。", "market_theft")
    s.suff("market_theft", t)
    s.call("other", 133, (120.6548, 24.1765), "我在夜市皮夾被偷了，警察在哪裡可以報案？", "market_theft", r=(20, 80))
    fi = s.police("public_disturbance", 200, (120.6540, 24.1758), "Moderate", "夜市小吃區兩群青年酒後鬥毆約 6 人，一人頭部遭酒瓶砸傷流血。", "market_fight")
    c = s.call("other", 199, (120.6540, 24.1758), "夜市吃東西這邊有人在打架，拿酒瓶在砸，快點派警察來！", "market_fight", r=(10, 70), delay=1.0)
    s.suff("market_fight", c)
    am = s.f119("ambulance", 203, (120.6540, 24.1758), "河南路夜市 鬥毆 1 名男性頭部撕裂傷，派遣救護車，警方已在場", "market_fight")
    s.f119("ambulance", 221, (120.6540, 24.1758), "傷者送往中國醫藥大學附設醫院", "market_fight", status="returning", follows=am)
    s.police("public_disturbance", 226, (120.6540, 24.1758), "Moderate", "鬥毆案 4 人帶回派出所偵辦，現場秩序恢復。", "market_fight")
    lc = s.police("missing_person", 225, (120.6550, 24.1770), "Moderate", "夜市家長報案：5 歲男童穿黃色上衣於娃娃機攤位附近走失，已廣播協尋。", "lost_child")
    s.suff("lost_child", lc)
    s.call("missing_person", 227, (120.6550, 24.1770), "我兒子在夜市走丟了，五歲，黃色衣服藍色短褲，拜託幫忙找。", "lost_child", r=(10, 60))
    s.police("missing_person", 251, (120.6560, 24.1779), "Minor", "走失男童於公園滯洪池步道旁由志工尋獲，已交還家長。", "lost_child")
    s.call("streetlight", 240, (120.6575, 24.1790), "公園南邊步道有一盞路燈不亮，編號 XT-09921。", None)
    s.call("動物救援", 255, "ecoA", "生態住宅A區地下室有一隻貓卡在通風管裡一直叫。", None)
    s.call("noise", 310, "ecoB", "夜市的音響太大聲了，都快十一點了還在唱卡拉OK，小孩不能睡。", "market_crowd", r=(20, 100), alt=None)
    s.police("crowd_control", 335, mk, "Minor", "夜市收攤，人潮散去，解除交通疏導。", "market_crowd")
    s.alt("A colleague reads the market's routine traffic, parking and noise as expected effects of a licensed event "
          "that nobody needs to chase: background, with only the police's crowd-control reports forming the job.", drop=[])
    s.debatable = ["Car parks full, 河南路 slow-down, double-parking call and the noise complaint: effects of the market (truth) or expected background (alt null).",
                   "The fight's ambulance is the fight's job (the victim is the crime's), not a separate rescue."]
    s.write()

def s1694():
    s = Sit(1694, "weekday_jingmao_cctv", "2016-06-09 13:50",
            "週四下午經貿路廊道：掉落物、會展卸貨車誤判停滯、道路施工車流、黎明凱旋口號誌黑燈、經貿中平口機車事故。")
    s.story = ("A Thursday afternoon along 經貿路. A truck drops an aluminium ladder in the 經貿七路 junction at 14:20: "
               "the camera flags it, a caller and a patrol follow and the patrol clears it. Two cameras up the road, a "
               "lorry unloading at the convention centre trips the stalled-vehicle analytics twice; the operator looks, "
               "sees a delivery, and a resident's illegal-parking call about it is routine. A permitted lane closure on "
               "經貿路 south slows the detector there all afternoon, as planned. At 15:05 the 黎明/凱旋 signal goes dark "
               "(camera, controller, a caller) until 16:20. At 16:40 a car and a scooter collide at 經貿/中平.")
    s.inc("ladder", "traffic", "經貿路二段/經貿七路口 貨車掉落鋁梯")
    s.inc("lk_signal", "traffic", "黎明路三段/凱旋路口 號誌黑燈")
    s.inc("jz_crash", "traffic", "經貿路/中平路口 汽機車碰撞，機車騎士受傷")
    s.permit("road_works", 0, 240, (120.6594, 24.1832), "經貿路（近敦化路）人孔下地工程，13:00-18:00 封閉外側一車道", None,
             arrival_min=-2*24*60, radius=150, title="經貿路人孔下地")
    s.rule("SN-VD-JINGMAO-02", "congestion", 20, "Minor", "經貿路車輛偵測器2 平均車速 22 km/h", None)
    s.dev("parking", "SN-PK-006", "full", 15, "臺中國際會展中心停車場 汽車車位已滿", None)
    fo = s.dev("cctv", "SN-CCTV-006", "fallen_object", 30, "經貿路二段/經貿七路 影像分析：車道內掉落物", "ladder",
               at=(120.65678, 24.19262), confidence=0.86)
    s.suff("ladder", fo)
    s.call("fallen_object", 32, (120.65678, 24.19262), "經貿路靠經貿七路口，前面貨車掉了一個鋁梯在路中間，機車差點撞到。", "ladder", r=(20, 90))
    s.police("fallen_object", 38, (120.65678, 24.19262), "Minor", "經貿路二段/經貿七路口 車道內鋁梯一座，已移除，恢復通行。", "ladder")
    t1 = s.dev("cctv", "SN-CCTV-005", "stalled_vehicle", 41, "經貿路二段/黎明路三段 影像分析：車輛停滯", None,
               at=(120.6552, 24.1955), confidence=0.62, alt="truck")
    s.dev("cctv", "SN-CCTV-005", "stalled_vehicle", 53, "經貿路二段/黎明路三段 影像分析：車輛停滯", None,
          at=(120.6552, 24.1955), confidence=0.58, alt="truck")
    s.call("illegal_parking", 57, "hallA", "會展中心旁邊一台聯結車停在路邊卸貨，佔了一個車道。", None, r=(40, 150), alt="truck")
    sg = s.dev("signal", "SN-SIG-007", "fault", 75, "黎明路三段/凱旋路 號誌控制器通訊異常，燈號熄滅", "lk_signal")
    s.dev("cctv", "SN-CCTV-007", "signal_dark", 76, "黎明路三段/凱旋路 影像分析：號誌燈號熄滅", "lk_signal", confidence=0.9)
    s.suff("lk_signal", sg)
    s.call("traffic_signal", 81, "j_lm_kx", "黎明路凱旋路口紅綠燈不亮了，大家都不知道要不要停。", "lk_signal", r=(30, 120))
    s.rule("SN-VD-KAIXUAN-01", "congestion", 88, "Minor", "凱旋路車輛偵測器1 平均車速 17 km/h", "lk_signal", alt=None)
    s.call("road_damage", 95, (120.6532, 24.1880), "中科路慢車道有一個坑洞，請派人補一下。", None)
    s.dev("signal", "SN-SIG-007", "restored", 150, "黎明路三段/凱旋路 號誌恢復正常運作", "lk_signal")
    cr = s.police("injury_accident", 172, "j_jm_zp", "Moderate", "經貿路/中平路口 自小客車左轉與直行機車碰撞，機車騎士手部擦傷。", "jz_crash")
    s.dev("cctv", "SN-CCTV-011", "accident", 170, "經貿路/中平路 影像分析：路口事故", "jz_crash", confidence=0.7)
    s.suff("jz_crash", cr)
    a = s.f119("ambulance", 174, "j_jm_zp", "經貿路中平路口 車禍 1 人手部擦傷，派遣救護車", "jz_crash")
    s.f119("ambulance", 196, "j_jm_zp", "傷者拒絕送醫，現場簽署拒送同意書，返隊", "jz_crash", status="closed", follows=a)
    s.rule("SN-VD-ZHONGPING-01", "congestion", 180, "Minor", "中平路車輛偵測器1 平均車速 23 km/h", None)
    s.call("streetlight", 200, "ecoB", "敦化路生態住宅B區前面路燈有一盞不亮。", None)
    s.alt("A colleague would send a patrol to the lorry the camera saw twice: a truck blocking a lane beside the "
          "convention centre is a small traffic job in its own right, and the illegal-parking call is about it. "
          "The 凱旋路 slow-down is the school-out peak, not the dark signal.",
          add=[("truck", "traffic", "會展中心旁聯結車佔用車道卸貨")], suff={})
    s.suff("truck", t1)
    s.debatable = ["The lorry at the convention centre: background after a camera check (truth) or its own patrol job (alt).",
                   "凱旋路 slow-down: the dark signal (truth) or the afternoon peak (alt).",
                   "The 經貿路 south slow-down under the permitted works: expected, background in both readings."]
    s.write()

def s1695():
    s = Sit(1695, "sunday_park_run", "2016-10-16 05:40",
            "週日清晨中央公園路跑：封路與人潮；一名跑者倒地；敦化路樹枝倒塌；生態住宅失智長者走失。")
    s.story = ("A Sunday charity run in Central Park, 06:30-10:00, with 中科路 closed from 06:00 to 09:30. A runner "
               "collapses at 07:55 near the pop music centre and is taken to hospital by ambulance. At 07:20 a big "
               "branch down from the night's wind lies across 敦化路 by eco block A: public works cut it away. At 08:30 "
               "the family of an 82-year-old with dementia in eco block B report him missing; he is found at the park's "
               "north pond at 09:20. Background: a dog-walker's complaint, a streetlight, parking.")
    s.inc("park_run", "crowd", "中央公園公益路跑 人潮與中科路交通管制")
    s.inc("runner_down", "rescue", "路跑跑者於流行影音中心旁倒地，送醫")
    s.inc("branch_dunhua", "traffic", "敦化路生態住宅A區前 樹枝倒塌佔用車道")
    s.inc("missing_elder", "rescue", "生態住宅B區 82 歲失智長者走失，已尋獲")
    s.permit("event", 50, 260, (120.6560, 24.1840), "2016 水湳公益路跑 06:30-10:00，中央公園環園道路，預估 3,000 人，中科路 06:00-09:30 封閉", "park_run",
             arrival_min=-7*24*60, radius=900, title="水湳公益路跑")
    rc = s.police("road_closure", 20, (120.6535, 24.1850), "Minor", "中科路（環中路至河南路段）因路跑活動封閉，請改道凱旋路。", "park_run")
    s.suff("park_run", rc)
    s.rule("SN-VD-KAIXUAN-02", "congestion", 55, "Minor", "凱旋路車輛偵測器2 平均車速 20 km/h", "park_run", alt=None)
    s.dev("parking", "SN-PK-004", "full", 60, "中央公園地下停車場(北) 汽車車位已滿", "park_run", alt=None)
    br = s.call("fallen_tree", 100, (120.6590, 24.1846), "敦化路生態住宅A區前面有一根很大的樹枝倒在車道上，車子要繞過去。", "branch_dunhua", r=(10, 60))
    s.suff("branch_dunhua", br)
    s.police("fallen_object", 108, (120.6590, 24.1846), "Minor", "敦化路一段 樹枝橫倒外側車道，已擺放三角錐，通知養工處清除。", "branch_dunhua")
    s.dev("cctv", "SN-CCTV-003", "crowding", 105, "中科路/環中路二段 影像分析：人群聚集", "park_run", confidence=0.69)
    am = s.f119("ambulance", 135, (120.6528, 24.1853), "中央公園路跑 流行影音中心旁 跑者倒地意識不清，派遣救護車", "runner_down", alt="park_run")
    s.suff("runner_down", am)
    s.call("rescue", 136, (120.6528, 24.1853), "路跑的地方有人倒下去了，工作人員在做CPR！", "runner_down", r=(10, 60), alt="park_run")
    s.f119("ambulance", 141, (120.6528, 24.1853), "到達現場，患者恢復呼吸心跳，送醫中", "runner_down", status="on_scene", follows=am, alt="park_run")
    s.police("fallen_object", 150, (120.6590, 24.1846), "Minor", "敦化路樹枝已由養工處鋸除清運，恢復通行。", "branch_dunhua")
    me = s.police("missing_person", 170, "ecoB", "Moderate", "生態住宅B區家屬報案：82 歲失智父親清晨出門未歸，穿灰色外套拄拐杖，請協尋。", "missing_elder")
    s.suff("missing_elder", me)
    s.call("missing_person", 168, "ecoB", "我爸爸有失智，早上自己出去到現在還沒回來，可能往公園那邊走。", "missing_elder", r=(5, 40), delay=1.5)
    s.call("動物救援", 180, (120.6570, 24.1800), "公園草地有一隻流浪狗一直追著跑步的人。", None)
    s.police("missing_person", 220, (120.6560, 24.1886), "Minor", "失智長者於中央公園北側滯洪池旁尋獲，身體無恙，已交家屬。", "missing_elder")
    s.police("road_reopened", 232, (120.6535, 24.1850), "Minor", "路跑結束，中科路解除封閉，恢復通行。", "park_run")
    s.call("streetlight", 240, "j_jm_jm7", "經貿七路口有一盞路燈白天亮著。", None)
    s.alt("A colleague would keep the runner in the run's own job: the organiser's medical team and the event desk own it.",
          drop=["runner_down"])
    s.debatable = ["The runner's collapse: its own rescue job (truth) or the run's (alt).",
                   "凱旋路 slow-down and car park north full: the run's effects (truth) or background (alt null)."]
    s.write()

def s1696():
    s = Sit(1696, "weeknight_rain_small_jobs", "2016-06-06 18:50",
            "週一晚間雷陣雨：黎明凱旋低窪積水、其路口號誌故障、環中路雨中自撞、水溝阻塞與滯洪池正常蓄水。")
    s.story = ("A Monday evening thunderstorm. The CWB gauge passes the 大雨 class at 19:20. The 黎明/凱旋 low point floods "
               "to 22 cm by 19:45, a car stalls in the water there and callers and a patrol report it; the water is gone by "
               "21:30. At 19:58 the signal 150 m away at the 黎明/凱旋 junction fails with water in its cabinet: the signal "
               "contractor's job. At 20:15 a car skids into the barrier on 環中路 by detector 1. The north detention pond "
               "fills to its level-3 mark, as it is built to; a blocked drain on 經貿路 and a flood sensor's low battery "
               "are routine.")
    s.inc("lk_flood", "flood", "黎明路凱旋路口低窪處積水 22 cm，車輛受困")
    s.inc("lk_signal_wet", "traffic", "黎明路三段/凱旋路口 號誌箱進水故障")
    s.inc("hz_skid", "traffic", "環中路 雨天自撞護欄")
    s.rule("C0F9T0", "heavy_rain", 30, "Moderate", "西屯雨量站 1 小時雨量 46 mm，達大雨標準", None, level="大雨")
    s.rule("SN-RG-002", "heavy_rain", 38, "Moderate", "水湳轉運中心雨量站 1 小時雨量 42 mm", None, level="大雨")
    f1 = s.rule("SN-FL-009", "flood_depth", 40, "Minor", "黎明路凱旋路口低窪處 淹水深度 9 cm", "lk_flood", level="1-15")
    f2 = s.rule("SN-FL-009", "flood_depth", 55, "Moderate", "黎明路凱旋路口低窪處 淹水深度 22 cm", "lk_flood", level="16-30")
    s.suff("lk_flood", f2)
    s.call("flooding", 57, (120.6478, 24.1929), "黎明路凱旋路口這邊水淹到輪胎一半了，有台車熄火卡在水裡。", "lk_flood", r=(20, 90))
    s.police("stalled_vehicle", 61, (120.6476, 24.1931), "Minor", "黎明路凱旋路口低窪積水處 自小客車涉水熄火，駕駛已離車，協助推離。", "lk_flood", alt="lk_car")
    s.police("flooding_report", 63, (120.6476, 24.1931), "Moderate", "黎明路凱旋路口積水約 20 公分，已派員管制車輛改道。", "lk_flood")
    sg = s.dev("signal", "SN-SIG-007", "fault", 68, "黎明路三段/凱旋路 號誌控制器電源異常，燈號熄滅", "lk_signal_wet", alt="lk_flood")
    s.suff("lk_signal_wet", sg)
    s.dev("cctv", "SN-CCTV-007", "signal_dark", 69, "黎明路三段/凱旋路 影像分析：號誌燈號熄滅", "lk_signal_wet", confidence=0.84, alt="lk_flood")
    s.rule("SN-WL-001", "water_level", 72, "Moderate", "中央公園北滯洪池水位 2.1 m，達三級警戒", None, level="3")
    s.call("blocked_drain", 75, (120.6596, 24.1830), "經貿路這邊水溝蓋被落葉塞住，水排不下去。", None)
    s.dev("status", "SN-FL-007", "offline", 78, "河南路低窪處淹水感測器 電池電量低，停止回傳", None, reason="battery_low")
    sk = s.police("accident", 85, (120.6424, 24.1902), "Minor", "環中路往北 自小客車雨天打滑自撞中央護欄，無人受傷，佔用內車道。", "hz_skid")
    s.suff("hz_skid", sk)
    s.call("traffic_accident", 84, (120.6424, 24.1902), "環中路有一台車撞到分隔島，車頭都爛了，人好像沒事。", "hz_skid", r=(30, 150), delay=2.2)
    s.rule("SN-VD-HUANZHONG-01", "congestion", 90, "Moderate", "環中路車輛偵測器1 平均車速 11 km/h", "hz_skid")
    s.rule("SN-FL-009", "flood_depth", 100, "Minor", "黎明路凱旋路口低窪處 淹水深度 12 cm", "lk_flood", level="1-15")
    s.police("accident", 125, (120.6424, 24.1902), "Minor", "環中路自撞車輛已拖離，恢復通行。", "hz_skid")
    s.rule("SN-FL-009", "cleared", 160, "Minor", "黎明路凱旋路口低窪處 淹水解除", "lk_flood")
    s.dev("signal", "SN-SIG-007", "restored", 175, "黎明路三段/凱旋路 號誌恢復正常運作", "lk_signal_wet", alt="lk_flood")
    s.rule("SN-WL-001", "water_level_falling", 180, "Minor", "中央公園北滯洪池水位回降至 1.8 m", None)
    s.alt("The signal failed because the same water got into its cabinet: a colleague would keep it in the flood job "
          "(one desk, one cause). The stalled car is a tow job the traffic police would follow on its own.",
          drop=["lk_signal_wet"], add=[("lk_car", "traffic", "積水處涉水熄火車輛")])
    s.alt_add[-1]["sufficient_evidence_key"] = [i["key"] for i in s.items if i.get("truth_alt") == "lk_car"][0]
    s.debatable = ["The dark signal 150 m from the flood: its own signal job (truth) or the flood's (alt).",
                   "The car stalled in the water: the flood's (truth) or a tow job of its own (alt).",
                   "The detention pond at level 3: it is doing its job; background in both readings."]
    s.write()

if __name__ == "__main__":
    for f in (s1691, s1692, s1693, s1694, s1695, s1696):
        f()
