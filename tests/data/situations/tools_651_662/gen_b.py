"""Situations 657-662."""
from datetime import timedelta
from lib import Sit, spos

def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}

# ---------------------------------------------------------------- 657
def s657():
    # Friday 17:48 local (09:48Z): a coach catches fire in a bay of 水湳轉運中心. Smoke, evacuation, 經貿路二段
    # closed for the engines; the evening rush jams 環中路 and 中清路 behind it.
    s = Sit(657, "hub_bus_fire_evening_jam", "2026-10-16T09:40:00Z")
    H = (120.6528, 24.1972)
    s.rule("bg-vd1", "SN-VD-HUANZHONG-04", "congestion", 1, 0.5, None, text="環中路尖峰車速下降 平均27km/h")
    s.dev("fa1", "fire_alarm", "SN-FA-001", "alarm", 8.0, 0.3, "F", text="1F 國道客運月台 偵煙式探測器動作")
    s.dev("fa2", "fire_alarm", "SN-FA-001", "alarm", 8.9, 0.3, "F", text="1F 月台 差動式探測器動作 第2區")
    s.dev("cc4", "cctv", "SN-CCTV-004", "smoke", 9.5, 0.4, "F", text="畫面偵測煙霧", confidence=0.69)
    s.ev("f1", "119", "fire", "fire", "Unknown", 120.6527, 24.1970, 10.2, 0.4, "F",
         "水湳轉運中心 客運車輛火警 派遣西屯、北屯分隊 水箱車3 救護車1")
    s.call("c1", "fire_smoke", *H, 9, "F", "轉運中心那邊一台遊覽車在冒黑煙", keyed=4)
    s.call("c2", "fire_smoke", *H, 10, "F", "轉運站裡面失火了，大家都往外跑", keyed=5.5)
    s.call("c3", "fire_smoke", 120.6545, 24.1985, 11, "F", "環中路經貿路口看到很大的黑煙", keyed=6, lo=20, hi=80)
    s.ev("p1", "incident", "police", "fire_report", "Severe", 120.6530, 24.1968, 12, 2, "F",
         "水湳轉運中心客運月台車輛起火 協助疏散旅客", )
    s.dev("cc4b", "cctv", "SN-CCTV-004", "crowding", 13, 0.4, "F", text="人群聚集", confidence=0.61)
    s.ev("p2", "incident", "police", "road_closure", "Moderate", 120.6538, 24.1980, 15, 2.5, "F",
         "經貿路二段環中路至黎明路段 因火警救災封閉 車輛請改道", follows="p1")
    s.rule("vd-jm1", "SN-VD-JINGMAO-01", "congestion", 17, 0.5, "F", text="經貿路車速驟降 平均3km/h 佔有率78%")
    s.rule("vd-hz3", "SN-VD-HUANZHONG-03", "congestion", 20, 0.5, "F", alt="J", text="環中路車速驟降 平均8km/h")
    s.rule("vd-hz2", "SN-VD-HUANZHONG-02", "congestion", 23, 0.5, "F", alt="J", text="環中路車速下降 平均11km/h")
    s.rule("vd-zq1", "SN-VD-ZHONGQING-01", "congestion", 25, 0.5, "F", alt="J", text="中清路車速下降 平均10km/h")
    s.ev("f2", "119", "fire", "fire", "Unknown", 120.6527, 24.1970, 21, 0.4, "F", "到達現場 客運車尾引擎室起火 進行灌救", follows="f1")
    s.ev("f3", "119", "fire", "ambulance", "Unknown", 120.6527, 24.1970, 24, 0.4, "F", "旅客一名吸入濃煙 送醫", follows="f1")
    s.dev("pk1", "parking", "SN-PK-001", "full", 26, 0.2, "F", alt=None, text="水湳轉運中心停車場 出場管制 車位已滿")
    s.call("c4", "traffic_accident", 120.6500, 24.1975, 28, "F", "環中路整條塞住完全不動，前面發生什麼事", keyed=7, alt="J")
    s.call("c5", "other", 120.6570, 24.1985, 30, "F", "中清路口為什麼不能右轉經貿路，警察擋住了", keyed=8, alt="J")
    s.dev("sig8", "signal", "SN-SIG-004", "fault", 31, 0.3, None, text="號誌控制器時制異常 切換閃光")
    s.dev("sig8b", "signal", "SN-SIG-004", "restored", 34, 0.3, None, text="號誌恢復正常")
    s.ev("p3", "incident", "police", "crowd_control", "Moderate", 120.6540, 24.1978, 33, 2, "F",
         "轉運中心疏散旅客聚集環中路人行道 派員管制避免進入車道", follows="p1")
    s.ev("f4", "119", "fire", "fire", "Unknown", 120.6527, 24.1970, 36, 0.4, "F", "火勢撲滅 殘火處理 無延燒建築", follows="f1")
    s.dev("fa3", "fire_alarm", "SN-FA-001", "normal", 48, 0.3, "F", text="受信總機復歸")
    s.rule("vd-lm", "SN-VD-LIMING-01", "congestion", 38, 0.5, "F", alt="J", text="黎明路車速下降 平均13km/h")
    s.ev("p4", "incident", "police", "road_closure", "Minor", 120.6538, 24.1980, 62, 2, "F",
         "經貿路二段解除封閉 恢復通行", follows="p1")
    s.rule("vd-jm1c", "SN-VD-JINGMAO-01", "cleared", 70, 0.5, "F", sev="Minor", text="經貿路車速恢復")
    s.rule("vd-hz3c", "SN-VD-HUANZHONG-03", "cleared", 84, 0.5, "F", alt="J", sev="Minor", text="環中路車速恢復")
    # background
    s.rule("bg-vd2", "SN-VD-HENAN-01", "congestion", 20, 0.5, None, text="河南路尖峰車速下降 平均24km/h")
    s.call("bg-n", "noise", 120.6600, 24.1880, 35, None, "社區旁邊工地下班了還在施工", keyed=11)
    s.call("bg-p", "illegal_parking", 120.6490, 24.1945, 42, None, "凱旋路黎明路口違停", keyed=9)
    s.dev("pk6", "parking", "SN-PK-006", "full", 40, 0.2, None, text="臺中國際會展中心停車場 汽車位已滿")
    n = s.write("週五傍晚尖峰，轉運中心月台客運起火：火警受信總機先響，路口監視器偵測煙霧，經貿路二段封閉救災，環中路、中清路、黎明路連帶壅塞。",
        [inc("F", "fire", "水湳轉運中心月台客運火警，旅客疏散，經貿路二段封閉，周邊道路連帶壅塞", "fa2")],
        alt={"why": "封路造成的環中路、中清路、黎明路壅塞由交通單位疏導，有的調度員另開一件交通疏導工作；轉運中心停車場出場管制造成的額滿可視為背景。", "map": {},
             "incidents": [inc("F", "fire", "水湳轉運中心月台客運火警與經貿路二段封閉", "fa2"),
                           inc("J", "traffic", "火警封路造成的環中路、中清路、黎明路壅塞疏導", "vd-hz3")]},
        notes="經貿路/環中路號誌短暫切換閃光三分鐘後恢復，無其他佐證，視為設備背景。")
    return n

# ---------------------------------------------------------------- 658
def s658():
    # Monday 08:04 local (00:04Z): a truck overturns at 中清路/環中路 by the underpass, spills cargo,
    # police close the junction, a queue backs up 環中路; 24 min later a rear-end crash in the queue near 凱旋路.
    s = Sit(658, "truck_overturn_closure_queue", "2026-04-19T23:58:00Z")
    J = spos("SN-CCTV-008"); Q = (120.6510, 24.1975)
    s.rule("bg1", "SN-VD-HENAN-02", "congestion", 1, 0.5, None, text="河南路尖峰車速下降 平均26km/h")
    s.dev("cc1", "cctv", "SN-CCTV-008", "stalled_vehicle", 6.1, 0.4, "T", text="路口車輛停滯", confidence=0.88)
    s.dev("cc2", "cctv", "SN-CCTV-008", "fallen_object", 6.5, 0.4, "T", text="路面掉落物", confidence=0.72)
    s.call("c1", "traffic_accident", *J, 6.5, "T", "中清路環中路口一台貨車翻覆，東西掉滿地", keyed=4)
    s.ev("p1", "incident", "police", "injury_accident", "Severe", J[0] + 0.0001, J[1] - 0.0001, 8, 2, "T",
         "中清路與環中路口 大貨車轉彎翻覆 貨物（飲料箱）散落 駕駛受傷")
    s.ev("f1", "119", "fire", "rescue", "Unknown", J[0] + 0.0001, J[1] - 0.0001, 9, 0.4, "T",
         "中清環中路口 大貨車翻覆 駕駛受困 派遣救助隊及救護車")
    s.ev("p2", "incident", "police", "road_closure", "Severe", J[0], J[1], 13, 2, "T",
         "中清路往市區方向及環中路東向 於中清環中路口全線封閉 請改道", follows="p1")
    s.rule("vd-zq1", "SN-VD-ZHONGQING-01", "congestion", 12, 0.5, "T", text="中清路車速驟降 平均2km/h 佔有率85%")
    s.rule("vd-hz3", "SN-VD-HUANZHONG-03", "congestion", 14, 0.5, "T", text="環中路車速驟降 平均4km/h")
    s.rule("vd-hz2", "SN-VD-HUANZHONG-02", "congestion", 19, 0.5, "T", text="環中路車速下降 平均7km/h")
    s.call("c2", "other", 120.6560, 24.2010, 16, "T", "中清路北上塞到交流道，前面到底發生什麼事", keyed=6)
    s.rule("fl6", "SN-FL-006", "flood_depth", 18, 0.4, "T", alt=None, level="1-15", text="中清環中路口地下道 淹水深度 6cm")
    s.ev("f2", "119", "fire", "rescue", "Unknown", J[0] + 0.0001, J[1] - 0.0001, 20, 0.4, "T",
         "駕駛救出 送中國醫藥大學附設醫院 油箱破裂 漏油清理中", follows="f1")
    s.rule("vd-hz1", "SN-VD-HUANZHONG-01", "congestion", 24, 0.5, "T", text="環中路車速下降 平均12km/h")
    # secondary crash at the tail of the queue near 凱旋路
    s.call("q1", "traffic_accident", *Q, 29, "Q", "環中路凱旋路附近追撞，三台車", keyed=5)
    s.ev("pq", "incident", "police", "accident", "Moderate", Q[0], Q[1], 30, 3, "Q",
         "環中路二段近凱旋路 車陣中三車追撞 一人頸部不適 佔用內側二車道")
    s.dev("ccq", "cctv", "SN-CCTV-002", "stalled_vehicle", 30.5, 0.4, "Q", text="路口車輛停滯", confidence=0.57)
    s.ev("fq", "119", "fire", "ambulance", "Unknown", Q[0], Q[1], 33, 0.4, "Q", "環中路二段 追撞 一名傷患頸部疼痛 派遣救護車")
    s.rule("vd-kx1", "SN-VD-KAIXUAN-01", "congestion", 35, 0.5, "Q", alt="T", text="凱旋路車速下降 平均9km/h")
    s.call("q2", "traffic_accident", *Q, 34, "Q", "環中路又撞了，在凱旋路這邊", keyed=7)
    s.dup("pq", 1.5)
    s.ev("pq2", "incident", "police", "accident", "Moderate", Q[0], Q[1], 52, 2, "Q",
         "續報：追撞車輛已移至路肩 內側車道恢復", follows="pq")
    s.ev("p3", "incident", "police", "road_closure", "Moderate", J[0], J[1], 66, 2, "T",
         "續報：貨車吊離 路面清理完成 中清路恢復雙向通行 環中路東向外側車道仍封閉", follows="p1")
    s.ev("p4", "incident", "police", "road_closure", "Minor", J[0], J[1], 88, 2, "T", "中清環中路口全面恢復通行", follows="p1")
    s.rule("vd-zq1c", "SN-VD-ZHONGQING-01", "cleared", 95, 0.5, "T", sev="Minor", text="中清路車速恢復")
    # background
    s.call("bg2", "streetlight", 120.6600, 24.1990, 20, None, "環中路路燈早上還亮著沒關", keyed=20)
    s.dev("pk1", "parking", "SN-PK-001", "full", 40, 0.2, None, text="水湳轉運中心停車場 汽車位已滿")
    s.call("bg3", "road_damage", 120.6450, 24.1900, 45, None, "環中路黎明路口附近有一個坑洞", keyed=14)
    s.rule("bg4", "SN-VD-ZHONGPING-01", "congestion", 50, 0.5, None, text="中平路尖峰車速下降 平均23km/h")
    n = s.write("週一早上尖峰，大貨車在中清路/環中路口翻覆散落貨物、油箱破裂，路口封閉，環中路車陣回堵至凱旋路，約24分鐘後車陣尾端發生三車追撞。",
        [inc("T", "traffic", "中清路/環中路口大貨車翻覆、貨物散落、路口封閉與回堵", "p1"),
         inc("Q", "traffic", "環中路二段近凱旋路車陣中三車追撞，一人送醫", "pq")],
        alt={"why": "追撞發生在翻覆造成的車陣尾端，是同一起事故的連鎖；有的調度員會把它併在主案下處理。地下道淹水感測器的6cm讀值在晴天早上多半是漏油清洗水流入，也可能是感測器誤報，不屬任何工作。", "map": {"Q": "T"},
             "incidents": [inc("T", "traffic", "中清路/環中路口大貨車翻覆、封閉、回堵與車陣追撞", "p1")]},
        notes="地下道淹水讀值：消防沖洗漏油的水流入地下道，主讀法併入翻覆案。")
    return n

# ---------------------------------------------------------------- 659
def s659():
    # Thursday 13:18 local (05:18Z): a kitchen fire in 會展中心 B棟 and, 3 minutes later and ~170 m away,
    # a car burning on 經貿路二段 near 經貿七路. 119 knows first (calls straight to 119).
    s = Sit(659, "two_fires_convention_noon", "2026-07-02T05:10:00Z")
    K = spos("SN-FA-003"); C = (120.6566, 24.1930)
    s.dev("bg-fa", "fire_alarm", "SN-FA-002", "fault", 1, 0.3, None, text="A棟 第7迴路斷線 設備故障")
    s.ev("fk", "119", "fire", "fire", "Unknown", K[0], K[1], 8, 0.4, "K",
         "臺中國際會展中心B棟 餐廳廚房油鍋起火 派遣西屯分隊 水箱車2")
    s.dev("fa3", "fire_alarm", "SN-FA-003", "alarm", 8.6, 1.2, "K", text="B棟 2F 餐飲區 偵煙式探測器動作")
    s.ev("fc", "119", "fire", "fire", "Unknown", C[0], C[1], 11, 0.4, "C",
         "經貿路二段近經貿七路 自小客車行駛中引擎冒煙起火 派遣北屯分隊 水箱車1")
    s.dev("cc6", "cctv", "SN-CCTV-006", "smoke", 10.7, 0.4, "C", alt="K", text="畫面偵測煙霧", confidence=0.81)
    s.dev("cc6b", "cctv", "SN-CCTV-006", "stalled_vehicle", 11.2, 0.4, "C", text="路口車輛停滯", confidence=0.77)
    s.call("k1", "fire_smoke", *K, 9, "K", "會展中心裡面餐廳冒煙，警報在響", keyed=5)
    s.call("c1", "fire_smoke", *C, 11.5, "C", "經貿路上一台車在燒，火很大", keyed=4, lo=20, hi=90)
    s.call("x1", "fire_smoke", 120.6560, 24.1935, 12, "C", "會展中心旁邊有黑煙", keyed=6, alt="K", lo=20, hi=60)
    s.ev("pc", "incident", "police", "fire_report", "Moderate", C[0], C[1] + 0.0001, 13, 2, "C",
         "經貿路二段近經貿七路 自小客起火 駕駛已下車無傷 管制外側車道")
    s.ev("pk", "incident", "police", "crowd_control", "Minor", K[0] - 0.0001, K[1], 15, 3, "K",
         "會展中心B棟疏散參展民眾約800人至廣場 協助管制")
    s.dev("fa3b", "fire_alarm", "SN-FA-003", "alarm", 12, 1.2, "K", text="B棟 2F 餐飲區 差動式探測器動作")
    s.call("k2", "fire_smoke", *K, 13.5, "K", "展覽會場廣播叫大家疏散，說B館有火警", keyed=7)
    s.call("x2", "fire_smoke", 120.6560, 24.1935, 14, "C", "會展中心外面馬路有車子燒起來", keyed=8, lo=20, hi=60)
    s.ev("fk2", "119", "fire", "fire", "Unknown", K[0], K[1], 17, 0.4, "K", "到達B棟 廚房排油煙管起火 撲滅中", follows="fk")
    s.ev("fc2", "119", "fire", "fire", "Unknown", C[0], C[1], 19, 0.4, "C", "到達 車輛引擎室起火 已撲滅", follows="fc")
    s.rule("vd-jm1", "SN-VD-JINGMAO-01", "congestion", 18, 0.5, "C", text="經貿路車速下降 平均13km/h")
    s.dev("cc6c", "cctv", "SN-CCTV-006", "crowding", 20, 0.4, "K", text="人群聚集", confidence=0.66)
    s.dup("fc", 0.2)
    s.call("k3", "crowding", *K, 22, "K", "會展中心外面擠滿被疏散的人", keyed=9)
    s.ev("fk3", "119", "fire", "fire", "Unknown", K[0], K[1], 30, 0.4, "K", "B棟火勢撲滅 排煙中 無人受傷", follows="fk")
    s.dev("fa3n", "fire_alarm", "SN-FA-003", "normal", 44, 1.2, "K", text="受信總機復歸")
    s.ev("pc2", "incident", "police", "fire_report", "Minor", C[0], C[1] + 0.0001, 40, 2, "C",
         "續報：起火車輛已拖離 恢復通行", follows="pc")
    s.ev("pk2", "incident", "police", "crowd_control", "Minor", K[0] - 0.0001, K[1], 52, 2, "K",
         "民眾已回到會場 解除管制", follows="pk")
    # background
    s.dev("bg-pk6", "parking", "SN-PK-006", "full", 3, 0.2, None, text="臺中國際會展中心停車場 汽車位已滿")
    s.call("bg-p", "illegal_parking", 120.6550, 24.1960, 25, None, "經貿六停車場旁邊違停", keyed=10)
    s.dev("bg-fa2", "fire_alarm", "SN-FA-002", "normal", 48, 0.3, None, text="A棟 故障排除 復歸")
    s.call("bg-s", "streetlight", 120.6580, 24.1920, 35, None, "經貿七路路燈白天一直亮", keyed=15)
    n = s.write("週四中午，會展中心B棟餐廳廚房起火疏散，三分鐘後約170公尺外經貿路二段一台自小客引擎起火；兩件各有119案號與出勤。",
        [inc("K", "fire", "臺中國際會展中心B棟餐廳廚房排油煙管起火，疏散參展民眾", "fk"),
         inc("C", "fire", "經貿路二段近經貿七路自小客引擎室起火", "fc")],
        alt={"why": "兩處火點相距不到200公尺、時間相差三分鐘；在119案號未對照前，調度員可能把路口監視器看到的煙與『會展中心旁黑煙』的來電都歸到會展中心火警，甚至把兩處當成同一件火警處理。", "map": {"C": "K"},
             "incidents": [inc("K", "fire", "會展中心與經貿路二段火警（一件處理）", "fk")]})
    return n

# ---------------------------------------------------------------- 660
def s660():
    # Sunday 20:50 local (12:50Z), stationary rain band. Water first pools in the 臺灣大道/環中路 underpass,
    # then sheets north-east along 環中路 to the 黎明路/凱旋路 low point over ~90 min. 1999 hears it first.
    s = Sit(660, "flood_along_huanzhong_night", "2026-09-06T12:45:00Z")
    U = (120.6338, 24.1760); M = (120.6400, 24.1875); L = (120.6475, 24.1930)
    s.rule("r1", "C0F9T0", "heavy_rain", 0, 1.5, None, level="大雨", text="西屯站 1小時雨量 58.0mm")
    s.call("c1", "flooding", *U, 4, "F", "臺灣大道環中路地下道開始積水了，車子都減速", keyed=3.5)
    s.rule("fl10a", "SN-FL-010", "flood_depth", 7, 0.4, "F", level="1-15", text="臺灣大道環中路口地下道 淹水深度 11cm")
    s.dev("cc9", "cctv", "SN-CCTV-009", "flooding", 9, 0.4, "F", text="路面積水偵測", confidence=0.63)
    s.rule("fl10b", "SN-FL-010", "flood_depth", 15, 0.4, "F", level="16-30", text="臺灣大道環中路口地下道 淹水深度 26cm")
    s.ev("p1", "incident", "police", "flooding_report", "Severe", U[0] + 0.0002, U[1], 17, 2.5, "F",
         "臺灣大道環中路口地下道積水約30公分 機車熄火 請求封閉地下道")
    s.ev("p2", "incident", "police", "road_closure", "Severe", U[0] + 0.0002, U[1], 22, 2, "F",
         "臺灣大道環中路口地下道雙向封閉 車輛改走平面", follows="p1")
    s.rule("fl10c", "SN-FL-010", "flood_depth", 25, 0.4, "F", level=">30", text="臺灣大道環中路口地下道 淹水深度 41cm")
    s.dup("fl10c", 0.1)
    s.dev("sig9", "signal", "SN-SIG-009", "fault", 27, 0.3, "F", alt=None, text="號誌控制箱進水 燈號熄滅")
    s.rule("vd-hz4", "SN-VD-HUANZHONG-04", "congestion", 30, 0.5, "F", text="環中路車速驟降 平均8km/h")
    s.call("c2", "flooding", 120.6370, 24.1830, 34, "F", "環中路往北屯方向慢車道都是水", keyed=6)
    s.call("c3", "flooding", *M, 45, "F", "環中路這段路邊水溝滿出來，水在路面流", keyed=7)
    s.rule("vd-hz1", "SN-VD-HUANZHONG-01", "congestion", 50, 0.5, "F", text="環中路車速下降 平均12km/h")
    s.ev("p3", "incident", "police", "flooding_report", "Moderate", 120.6405, 24.1885, 55, 3, "F",
         "環中路二段近黎明路 外側車道積水15公分 持續擴大", follows="p1")
    s.call("c4", "blocked_drain", 120.6440, 24.1915, 60, "F", "黎明路口水溝蓋被垃圾堵住，水排不下去", keyed=9, lo=20, hi=80)
    s.rule("fl9a", "SN-FL-009", "flood_depth", 66, 0.4, "F", level="1-15", text="黎明路凱旋路口低窪處 淹水深度 9cm")
    s.call("c5", "flooding", *L, 70, "F", "黎明路凱旋路口淹水，機車騎過去濺起來", keyed=6)
    s.dev("cc7", "cctv", "SN-CCTV-007", "flooding", 74, 0.4, "F", text="路面積水偵測", confidence=0.58)
    s.rule("fl9b", "SN-FL-009", "flood_depth", 82, 0.4, "F", level="16-30", text="黎明路凱旋路口低窪處 淹水深度 19cm")
    s.call("c6", "flooding", *L, 85, "F", "凱旋路這邊淹到人行道了", keyed=8)
    s.ev("p4", "incident", "police", "flooding_report", "Moderate", L[0], L[1], 88, 3, "F",
         "黎明路三段凱旋路口積水約20公分 已擺設警示", follows="p1")
    s.rule("vd-kx1", "SN-VD-KAIXUAN-01", "congestion", 90, 0.5, "F", text="凱旋路車速下降 平均15km/h")
    s.rule("fl10d", "SN-FL-010", "flood_depth", 100, 0.4, "F", level="16-30", text="臺灣大道環中路口地下道 淹水深度 22cm 抽水中")
    s.dev("sig9b", "signal", "SN-SIG-009", "restored", 112, 0.3, "F", alt=None, text="號誌恢復正常")
    s.rule("fl9c", "SN-FL-009", "cleared", 125, 0.4, "F", sev="Minor", text="黎明路凱旋路口低窪處 淹水解除")
    s.ev("p5", "incident", "police", "road_closure", "Moderate", U[0] + 0.0002, U[1], 140, 3, "F",
         "地下道抽水完成 解除封閉", follows="p1")
    # background
    s.call("bg1", "noise", 120.6420, 24.1800, 20, None, "樓上一直在拖椅子", keyed=13)
    s.call("bg2", "illegal_parking", 120.6510, 24.1960, 38, None, "凱旋路上違規停車佔用機車道", keyed=10)
    s.dev("bg3", "status", "SN-CCTV-001", "offline", 52, 0.2, None, text="設備連線逾時")
    s.dev("bg4", "status", "SN-CCTV-001", "online", 55, 0.2, None, text="設備恢復連線")
    s.call("bg5", "streetlight", 120.6330, 24.1785, 95, None, "臺灣大道路燈一盞不亮", keyed=16)
    s.rule("r2", "SN-RG-002", "heavy_rain", 10, 0.5, None, level="大雨", text="轉運中心雨量站 1小時雨量 44.0mm")
    for k in ("c3", "vd-hz1", "p3", "c4", "fl9a", "c5", "cc7", "fl9b", "c6", "p4", "vd-kx1", "fl9c"):
        for it in s.items:
            if it["key"] == s.K(k):
                it["truth_alt"] = "F2"
    n = s.write("週日夜間滯留雨帶：臺灣大道/環中路地下道先積水封閉，之後約90分鐘沿環中路往東北漫到黎明路/凱旋路口低窪處；民眾1999先報。",
        [inc("F", "flood", "環中路沿線積淹水：臺灣大道地下道封閉至黎明路/凱旋路口", "fl10b")],
        alt={"why": "地下道與黎明路/凱旋路口相距約2公里，各有警方現場；分段調度時會把黎明路段另開一案。地下道號誌控制箱進水也可另交交通局處理。", "map": {},
             "incidents": [inc("F", "flood", "臺灣大道/環中路地下道積水封閉與環中路南段", "fl10b"),
                           inc("F2", "flood", "環中路近黎明路至黎明路/凱旋路口積水", "p3")]},
        notes="雨量警報為天氣背景。")
    return n

# ---------------------------------------------------------------- 661
def s661():
    # Saturday evening march on 中平路 → 河南路, permit 18:30-20:30 local (10:30Z-12:30Z). Marchers sit in at
    # 河南路/中平路 past the permit end. Around it: a marcher collapses, a ladder on 臺灣大道, routine calls.
    s = Sit(661, "evening_march_zhongping_sitin", "2026-12-12T10:00:00Z")
    J = spos("SN-CCTV-010"); ZP = (120.6580, 24.1728)
    s.ev("perm", "planned_event", "police", "march", "Unknown", 120.6545, 24.1708, 30, -2880, "M",
         "中平路經貿路口至河南路口 遊行 預估2,000人 佔用中平路西向車道", ends=150, alt=None)
    s.ev("works", "planned_event", "police", "road_works", "Unknown", 120.6650, 24.1860, 240, -4300, None,
         "中清路二段 夜間路面刨鋪 22:00至翌日05:00 封閉內側車道", ends=660)
    s.dev("pk3", "parking", "SN-PK-003", "full", 25, 0.2, None, text="河南路停車場 汽車位已滿")
    s.rule("vd-zp2", "SN-VD-ZHONGPING-02", "congestion", 35, 0.5, None, text="中平路車速下降 平均16km/h")
    s.dev("cc11", "cctv", "SN-CCTV-011", "crowding", 33, 0.4, None, alt="M", text="人群聚集", confidence=0.83)
    s.call("n1", "noise", 120.6600, 24.1760, 50, None, "遊行的鼓聲跟擴音器很吵，小孩在睡覺", keyed=12, alt="M")
    s.rule("vd-h2", "SN-VD-HENAN-02", "congestion", 62, 0.5, None, text="河南路車速下降 平均14km/h")
    # marcher collapses
    s.ev("amb", "119", "fire", "ambulance", "Unknown", 120.6560, 24.1712, 70, 0.4, "R",
         "中平路遊行隊伍中 年長男性胸悶倒地 派遣救護車")
    s.call("r1", "other", 120.6560, 24.1712, 69, "R", "遊行隊伍裡有阿伯昏倒了", keyed=6, lo=20, hi=60)
    s.ev("amb2", "119", "fire", "ambulance", "Unknown", 120.6560, 24.1712, 84, 0.4, "R", "患者送往中國醫藥大學附設醫院", follows="amb")
    # ladder on 臺灣大道
    s.dev("cc9", "cctv", "SN-CCTV-009", "fallen_object", 78, 0.4, "T", text="路面掉落物", confidence=0.79)
    s.ev("pt", "incident", "police", "fallen_object", "Moderate", 120.6325, 24.1755, 81, 2, "T",
         "臺灣大道環中路口往市區方向 內側車道有鋁梯掉落 已排除", )
    s.call("t1", "other", 120.6330, 24.1752, 79, "T", "臺灣大道上有一個梯子在路中間，差點撞到", keyed=9, lo=30, hi=150)
    # sit-in past the permit end
    s.ev("p1", "incident", "police", "crowd_control", "Moderate", J[0] + 0.0001, J[1], 148, 2, "M",
         "遊行隊伍於河南路中平路口靜坐 超過申請時間 佔用路口 派員勸導")
    s.dev("cc10", "cctv", "SN-CCTV-010", "crowding", 149, 0.4, "M", text="人群聚集", confidence=0.91)
    s.dup("cc10", 0.1)
    s.rule("vd-zp1", "SN-VD-ZHONGPING-01", "congestion", 152, 0.5, "M", text="中平路車速驟降 平均3km/h")
    s.ev("p2", "incident", "police", "road_closure", "Moderate", J[0], J[1], 155, 2.5, "M",
         "河南路中平路口暫時封閉 車輛改道臺灣大道", follows="p1")
    s.call("m1", "crowding", *J, 156, "M", "河南路口被遊行的人坐滿，公車過不去", keyed=8)
    s.ev("pd", "incident", "police", "public_disturbance", "Moderate", J[0] + 0.0003, J[1] + 0.0002, 163, 3, "M",
         "河南路口 駕駛與靜坐民眾發生口角推擠 已隔開雙方")
    s.call("m2", "other", *J, 165, "M", "河南路那邊有人吵架推來推去", keyed=10, lo=50, hi=150)
    s.rule("vd-h1", "SN-VD-HENAN-01", "congestion", 168, 0.5, "M", text="河南路車速驟降 平均5km/h")
    s.call("m3", "crowding", 120.6520, 24.1725, 172, "M", "河南路停車場出不去，口被人潮擋住", keyed=7)
    s.ev("p3", "incident", "police", "crowd_control", "Minor", J[0] + 0.0001, J[1], 196, 2, "M",
         "靜坐民眾已解散 河南路中平路口恢復通行", follows="p1")
    s.rule("vd-zp1c", "SN-VD-ZHONGPING-01", "cleared", 205, 0.5, "M", sev="Minor", text="中平路車速恢復")
    # background
    s.call("bg1", "streetlight", 120.6490, 24.1705, 100, None, "中平路河南路附近路燈不亮", keyed=18)
    s.call("bg2", "illegal_parking", 120.6615, 24.1745, 110, None, "中平路經貿路口有車並排停車", keyed=11)
    s.ev("bg3", "incident", "police", "theft", "Minor", 120.6600, 24.1850, 120, 15, None,
         "經貿路三段 機車遭竊 已受理")
    s.call("bg4", "noise", 120.6700, 24.1900, 215, None, "北屯這邊有人放鞭炮", keyed=9)
    s.dev("bg5", "status", "SN-VD-ZHONGPING-02", "offline", 130, 0.2, None, text="設備連線逾時")
    s.dev("bg6", "status", "SN-VD-ZHONGPING-02", "online", 134, 0.2, None, text="設備恢復連線")
    n = s.write("週六傍晚中平路遊行，許可時段結束後隊伍在河南路/中平路口靜坐，封路並發生口角；期間遊行隊伍中有人倒地送醫、臺灣大道鋁梯掉落。",
        [inc("M", "crowd", "遊行隊伍逾時於河南路/中平路口靜坐，封路、推擠，含遊行許可", "p1"),
         inc("R", "rescue", "遊行隊伍中年長男性倒地送醫", "amb"),
         inc("T", "traffic", "臺灣大道環中路口鋁梯掉落", "cc9")],
        alt={"why": "許可時段內的人群聚集與鼓聲噪音是遊行本身，主讀法視為背景；也有調度員從許可一開始就開一件遊行勤務，把許可時段內的人群聚集與噪音通報都併入。", "map": {},
             "incidents": [inc("M", "crowd", "遊行勤務（許可時段起）與逾時靜坐封路", "p1"),
                           inc("R", "rescue", "遊行隊伍中年長男性倒地送醫", "amb"),
                           inc("T", "traffic", "臺灣大道環中路口鋁梯掉落", "cc9")]},
        notes="中清路夜間刨鋪許可與本晚事件無關（背景）。")
    return n

# ---------------------------------------------------------------- 662
LAB_CALLS = [
    "逢甲水湳校區那邊冒很多白煙", "學校實驗室好像爆炸，有聽到砰一聲", "河南路這邊看到學校冒煙，味道很刺鼻",
    "公園南邊的大樓失火了", "流行影音中心那邊有煙", "空氣有怪味，眼睛很痛", "學校在疏散學生，是不是火災",
    "中科路南邊一棟建築冒煙", "我在河南路停車場，煙吹過來了", "逢甲新校區火警，消防車在哪",
    "中央公園這邊都是煙味，要不要離開", "化學味很重，小孩在公園玩", "黑煙變白煙了，還在冒",
    "學生都站在馬路上，車子很難過", "有救護車嗎？有學生在咳嗽", "凱旋路南邊冒煙，是不是工廠",
    "我剛剛打過，煙越來越大", "學校旁邊停車場也有人在喊", "聞起來像塑膠燒焦加藥水",
    "煙往中平路那邊飄", "逢甲大學那裡發生什麼事", "是不是有毒氣體外洩", "中科路被警察擋住了，前面發生什麼事",
    "火好像熄了但是味道還在",
]

def s662():
    # Tuesday 10:12 local (02:12Z): a fire in a chemistry lab at 逢甲大學水湳校區 (SN-FA-009). The panel's
    # clock runs 3 min slow. Two dozen 1999 calls from up to ~700 m; 中科路/凱旋路 south ends closed;
    # a rubber-necking rear-end crash at 河南路/中平路.
    s = Sit(662, "campus_lab_fire_1999_burst_morning", "2026-03-24T02:05:00Z")
    F = spos("SN-FA-009"); J = spos("SN-CCTV-010")
    s.dev("fa1", "fire_alarm", "SN-FA-009", "alarm", 7.0, 0.3, "F", text="理工大樓3F 化學實驗室 偵煙式探測器動作",
          obs_dt=s.at(7.0) - timedelta(minutes=3))
    s.dev("fa2", "fire_alarm", "SN-FA-009", "alarm", 7.8, 0.3, "F", text="理工大樓3F 走廊 偵煙式探測器動作",
          obs_dt=s.at(7.8) - timedelta(minutes=3))
    s.ev("f1", "119", "fire", "fire", "Unknown", F[0], F[1], 8.5, 0.4, "F",
         "逢甲大學水湳校區 化學實驗室火警 派遣西屯分隊 水箱車2 化學車1 救護車1")
    s.ev("f2", "119", "fire", "hazmat", "Unknown", F[0], F[1], 16, 0.4, "F",
         "現場為有機溶劑起火 請求化學災害搶救隊支援 下風處民眾關閉門窗", follows="f1")
    for i, txt in enumerate(LAB_CALLS):
        obs = 8 + i * 1.1 + s.rng.uniform(0, 1.0)
        keyed = 2.5 + s.rng.uniform(0, 6) + i * 0.25
        cat = "fire_smoke"
        if "學生都站在馬路上" in txt or "學校在疏散" in txt:
            cat = "crowding"
        if "毒氣" in txt or "化學味" in txt or "眼睛很痛" in txt:
            cat = "other"
        if "流行影音中心" in txt:
            s.call(f"c{i:02d}", cat, 120.652, 24.1850, obs, "F", txt, keyed=keyed, lo=20, hi=80)
        elif "中央公園" in txt or "公園玩" in txt:
            s.call(f"c{i:02d}", cat, 120.6560, 24.1800, obs, "F", txt, keyed=keyed, lo=50, hi=250)
        elif "河南路" in txt or "中平路" in txt:
            s.call(f"c{i:02d}", cat, 120.6530, 24.1745, obs, "F", txt, keyed=keyed, lo=30, hi=150)
        else:
            s.call(f"c{i:02d}", cat, *F, obs, "F", txt, keyed=keyed, lo=40, hi=260)
    s.dup("c05", 0.3); s.dup("c16", 2.0)
    s.ev("p1", "incident", "police", "fire_report", "Severe", F[0] + 0.0003, F[1] + 0.0002, 12, 3, "F",
         "逢甲大學水湳校區實驗室火警 協助疏散師生並管制周邊")
    s.ev("p2", "incident", "police", "road_closure", "Moderate", 120.6538, 24.1805, 18, 2, "F",
         "中科路南段及凱旋路南段 因化學火警暫時封閉 請改道", follows="p1")
    s.rule("vd-zk", "SN-VD-ZHONGKE-01", "congestion", 22, 0.5, "F", text="中科路車速驟降 平均6km/h")
    s.rule("vd-k2", "SN-VD-KAIXUAN-02", "congestion", 24, 0.5, "F", text="凱旋路車速下降 平均10km/h")
    s.dev("cc10s", "cctv", "SN-CCTV-010", "smoke", 14, 0.4, "F", text="畫面偵測煙霧", confidence=0.52)
    s.ev("f3", "119", "fire", "ambulance", "Unknown", F[0], F[1], 26, 0.4, "F", "學生二名吸入煙霧 咳嗽不適 送醫", follows="f1")
    s.ev("f4", "119", "fire", "fire", "Unknown", F[0], F[1], 38, 0.4, "F", "火勢撲滅 實驗室排煙 化學車偵測無持續外洩", follows="f1")
    s.dev("fa3", "fire_alarm", "SN-FA-009", "normal", 55, 0.3, "F", text="受信總機復歸",
          obs_dt=s.at(55) - timedelta(minutes=3))
    s.ev("p3", "incident", "police", "road_closure", "Minor", 120.6538, 24.1805, 70, 2, "F",
         "中科路南段、凱旋路南段解除封閉", follows="p1")
    # rubber-necking crash at 河南路/中平路
    s.dev("cc10a", "cctv", "SN-CCTV-010", "accident", 29, 0.4, "T", text="路口偵測碰撞事件", confidence=0.68)
    s.ev("pt", "incident", "police", "accident", "Minor", J[0], J[1] + 0.0001, 30, 4, "T",
         "河南路中平路口 駕駛分心看火場濃煙 追撞前車 無人受傷")
    s.call("t1", "traffic_accident", *J, 30, "T", "河南路中平路口兩台車追撞", keyed=6)
    s.ev("pt2", "incident", "police", "accident", "Minor", J[0], J[1] + 0.0001, 45, 2, "T", "續報：車輛已移置 恢復通行", follows="pt")
    # background
    s.rule("bg1", "SN-VD-HUANZHONG-03", "congestion", 5, 0.5, None, text="環中路車速下降 平均32km/h")
    s.call("bg2", "road_damage", 120.6620, 24.1900, 20, None, "經貿路人行道磚塊鬆動", keyed=18)
    s.dev("bg3", "parking", "SN-PK-003", "full", 35, 0.2, None, text="河南路停車場 汽車位已滿")
    n = s.write("週二上午逢甲大學水湳校區化學實驗室起火：受信總機時鐘慢3分鐘，二十多通1999從最遠約700公尺外打進來（說成流行影音中心、中央公園、河南路），中科路與凱旋路南段封閉，河南路/中平路口有駕駛看濃煙追撞。",
        [inc("F", "fire", "逢甲大學水湳校區化學實驗室火警（化災），師生疏散、二人送醫、中科路與凱旋路南段封閉", "fa1"),
         inc("T", "traffic", "河南路/中平路口駕駛分心追撞，無人受傷", "pt")],
        notes="SN-FA-009 的 observed 比實際慢3分鐘。河南路口監視器偵測到的煙是飄過去的火場濃煙，屬火警案。")
    return n

if __name__ == "__main__":
    for f in (s657, s658, s659, s660, s661, s662):
        print(f.__name__, f())
