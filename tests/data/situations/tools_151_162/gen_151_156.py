"""Situations 151-156."""
from lib import Sit, P, BG_DAY, BG_NIGHT


def s151():
    s = Sit(151, "three_jobs_liming_kaixuan_rush", "2026-03-10",
            "平日晚尖峰，黎明路三段／凱旋路口機車與自小客車碰撞（1 人骨折）；同時北方約 330 m 的凱旋路／環中路口號誌全黑；"
            "再往西 80 m 台74線匝道口附近環中路貨車掉落棧板。三件相距 80–400 m、時間重疊，各自是一件派遣工作。")
    s.inc("A", "traffic", "黎明路三段／凱旋路口 自小客車與機車碰撞，機車騎士左小腿骨折送醫", "p01")
    s.inc("B", "traffic", "凱旋路／環中路二段口 號誌故障（黑燈）17:50–18:36", "s01")
    s.inc("C", "traffic", "環中路二段台74線匝道口附近 貨車掉落木棧板佔用內側兩車道", "p05")
    # A
    s.add("c01", "cctv", "stalled_vehicle", None, None, "17:42:30", 0.4, "影像分析：路口中央有車輛停滯，疑似事故（內側車道）", "A", sensor="SN-CCTV-007", conf=0.81)
    s.add("p01", "incident", "injury_accident", "Moderate", P["黎明凱旋"], "17:43", 2,
          "黎明路三段與凱旋路口，自小客車左轉與直行機車碰撞，機車騎士倒地，意識清楚，左腿疑骨折，已通報119。第六分局派員前往。", "A")
    s.add("q01", "1999", "traffic_accident", None, s.jitter(P["黎明凱旋"], 40), "17:44", 5,
          "民眾來電：黎明路凱旋路口有車禍，機車倒在路中間，有人受傷躺在地上。", "A")
    s.add("f01", "119", "ambulance", None, P["黎明凱旋"], "17:45", 1,
          "受理報案：西屯區黎明路三段／凱旋路口交通事故，1 人受傷。派遣西屯分隊救護車 1 輛。", "A")
    s.rule("r01", "SN-VD-KAIXUAN-01", "congestion", "17:48", 1, "凱旋路車輛偵測器1 平均車速 14 km/h，占有率 58%，車流壅塞", "A", alt="B")
    s.rule("r02", "SN-VD-LIMING-01", "congestion", "17:52", 1, "黎明路車輛偵測器1 平均車速 11 km/h，占有率 63%，車流壅塞", "A")
    s.add("f02", "119", "ambulance", None, P["黎明凱旋"], "17:53", 1,
          "救護車到達現場：傷者男性約 40 歲，左小腿開放性骨折，意識清楚。", "A", follows="f01")
    s.add("p02", "incident", "road_closure", "Minor", P["黎明凱旋"], "17:55", 3,
          "黎明路三段往環中路方向內側車道暫時封閉，事故處理中，請用路人改道。", "A", follows="p01")
    s.add("f03", "119", "ambulance", None, P["黎明凱旋"], "17:59", 2,
          "傷者已送往中國醫藥大學附設醫院急診。", "A", follows="f01")
    s.add("p03", "incident", "injury_accident", "Moderate", P["黎明凱旋"], "18:24", 22,
          "黎明路三段與凱旋路口事故現場處理完畢，雙方駕駛酒測值 0，車輛已移置路邊，恢復通行。", "A", follows="p01")
    # B
    s.add("s01", "signal", "fault", None, None, "17:50:10", 0.2, "號誌控制器回報故障：燈號全黑（電源模組異常）", "B", sensor="SN-SIG-002")
    s.add("c02", "cctv", "signal_dark", None, None, "17:51", 0.5, "影像分析：路口號誌未亮燈", "B", sensor="SN-CCTV-002", conf=0.74)
    s.rule("r03", "SN-VD-HUANZHONG-02", "congestion", "17:56", 1, "環中路車輛偵測器2 平均車速 16 km/h，占有率 55%，車流壅塞", "B")
    s.add("q02", "1999", "traffic_signal", None, s.jitter(P["凱旋環中"], 30), "17:53", 6,
          "民眾來電：凱旋路跟環中路口紅綠燈全部不亮，號誌故障，車子亂鑽很危險。", "B")
    s.add("p04", "incident", "traffic_signal_fault", "Moderate", P["凱旋環中"], "17:58", 3,
          "凱旋路與環中路二段口號誌全黑，已派員至路口指揮交通，並通知交通局維修。", "B")
    s.add("c04", "cctv", "stalled_vehicle", None, None, "18:05", 0.5, "影像分析：凱旋路往北車道車輛停滯，疑似回堵", "B", sensor="SN-CCTV-002", conf=0.66)
    s.add("q03", "1999", "traffic_signal", None, s.jitter(P["凱旋環中"], 50), "18:02", 8,
          "民眾來電：環中路凱旋路口號誌黑燈，下班車潮塞很久，請趕快派人。", "B", follows="q02")
    s.add("s02", "signal", "restored", None, None, "18:36", 0.2, "號誌恢復正常運作（維修廠商更換電源模組）", "B", sensor="SN-SIG-002")
    # C
    s.add("c03", "cctv", "fallen_object", None, None, "17:55:20", 0.3, "影像分析：車道上有掉落物（內側車道）", "C", sensor="SN-CCTV-001", conf=0.68)
    s.add("p05", "incident", "fallen_object", "Moderate", P["台74環中"], "17:56", 2,
          "環中路二段台74線匝道口附近，貨車掉落木棧板數片，佔用內側兩車道，派員處理。", "C")
    s.add("c05", "cctv", "stalled_vehicle", None, None, "17:57", 0.3, "影像分析：車輛停滯於內側車道（貨車停車）", "C", sensor="SN-CCTV-001", conf=0.77)
    s.add("q04", "1999", "other", None, s.jitter(P["台74環中"], 60), "17:58", 6,
          "民眾來電：環中路台74匝道附近路中間有障礙物，好幾片木板，差點撞上。", "C")
    s.rule("r04", "SN-VD-HUANZHONG-01", "congestion", "18:03", 1, "環中路車輛偵測器1 平均車速 18 km/h，占有率 51%，車流壅塞", "C")
    s.add("p06", "incident", "fallen_object", "Minor", P["台74環中"], "18:20", 15,
          "環中路二段掉落物已清除，內側車道恢復通行；貨車駕駛未依規定綑綁貨物，已依法舉發。", "C", follows="p05")
    # background
    s.add("k01", "parking", "full", None, None, "18:10", 0.5, "水湳轉運中心停車場 汽車位已滿（剩餘 0/614）", None, sensor="SN-PK-001")
    s.background(6, "17:30", "18:40", BG_DAY)
    s.alternative("VD-KAIXUAN-01 lies between the crash and the dark signal; the slow-down it reports may be the queue of the dark signal "
                  "rather than of the crash.",
                  [("A", "traffic", "黎明路三段／凱旋路口 機車與自小客車碰撞", "p01"),
                   ("B", "traffic", "凱旋路／環中路二段口 號誌黑燈", "s01"),
                   ("C", "traffic", "環中路二段台74線匝道口 貨車掉落物", "p05")])
    s.notes.append("r01 (VD-KAIXUAN-01) sits between the crash (170 m south) and the dark signal (180 m north): both queues reach it.")
    return s


def s152():
    s = Sit(152, "flood_spreads_henan_zhongping", "2026-06-14",
            "週日午後雷陣雨，河南路二段低窪處先積水，約 90 分鐘內沿河南路蔓延到中平路口，再沿中平路往東到經貿路口；16:00 後雨停逐漸退水。"
            "同時環中路有一件無關的輕微追撞。")
    s.inc("F", "flood", "河南路二段低窪處起，沿河南路、中平路至經貿路口的積淹水（一件淹水事件，一個處理範圍）", "r03")
    s.inc("G", "traffic", "環中路二段自小客車追撞，無人受傷", "p06")
    s.rule("r01", "SN-RG-001", "heavy_rain", "14:50", 1, "中央公園雨量站 時雨量 46.5 mm，達大雨標準", None, level="大雨", alt="F")
    s.rule("r02", "SN-FL-007", "flood_depth", "14:58", 1, "河南路低窪處 淹水深度 9 cm", "F", level="1-15")
    q01loc = s.jitter(P["河南低窪"], 50)
    s.add("q01", "1999", "flooding", None, q01loc, "15:03", 7,
          "民眾來電：河南路二段靠近中央公園南口，路面積水快淹到人行道，水溝排不掉。", "F")
    s.rule("r03", "SN-FL-007", "flood_depth", "15:12", 1, "河南路低窪處 淹水深度 22 cm", "F", level="16-30")
    s.add("p01", "incident", "flooding_report", "Moderate", P["河南低窪"], "15:15", 3,
          "河南路二段往中平路方向積水約 20 公分，多部機車熄火，派員管制疏導。", "F")
    s.rule("r04", "SN-WL-003", "water_level", "15:18", 1, "水湳區域排水經貿路水位 1.46 m，達三級警戒", "F", level="3")
    s.add("c01", "cctv", "stalled_vehicle", None, None, "15:22", 0.5, "影像分析：路口多部機車停滯", "F", sensor="SN-CCTV-010", conf=0.71)
    s.add("q02", "1999", "flooding", None, s.jitter(P["河南中平"], 40), "15:25", 10,
          "民眾來電：中平路跟河南路口積水很深，汽車經過水花噴到騎樓。", "F")
    s.rule("r05", "SN-VD-HENAN-02", "congestion", "15:26", 1, "河南路車輛偵測器2 平均車速 9 km/h，占有率 66%，車流壅塞", "F")
    s.rule("r06", "SN-FL-007", "flood_depth", "15:30", 1, "河南路低窪處 淹水深度 34 cm", "F", level=">30")
    s.add("f01", "119", "rescue", None, (120.6518, 24.1730), "15:33", 1,
          "受理報案：西屯區河南路二段，自小客車受困積水中，駕駛 1 人不敢下車。派遣西屯分隊救助器材車 1 輛。", "F")
    s.add("p02", "incident", "road_closure", "Severe", P["河南低窪"], "15:40", 3,
          "河南路二段（中平路至公園南口）雙向封閉，車輛請改道中平路、經貿路。", "F", follows="p01")
    s.add("q03", "1999", "flooding", None, (120.6552, 24.1709), "15:45", 15,
          "民眾來電：中平路往經貿路方向整段都是水，店家門口快進水了，可以放沙包嗎？", "F", alt="F2")
    s.rule("r07", "SN-VD-ZHONGPING-01", "congestion", "15:48", 1, "中平路車輛偵測器1 平均車速 12 km/h，占有率 60%，車流壅塞", "F")
    s.add("f02", "119", "rescue", None, (120.6518, 24.1730), "15:52", 2, "受困駕駛 1 人已救出，無受傷，車輛留置原地待拖吊。", "F", follows="f01")
    s.add("c02", "cctv", "stalled_vehicle", None, None, "15:58", 0.5, "影像分析：路口車輛停滯", "F", sensor="SN-CCTV-011", conf=0.62, alt="F2")
    s.add("p03", "incident", "flooding_report", "Moderate", P["經貿中平"], "16:02", 4,
          "中平路與經貿路口積水約 15 公分，外側車道無法通行，派員疏導。", "F", alt="F2")
    s.add("q04", "1999", "blocked_drain", None, (120.6575, 24.1722), "16:05", 8,
          "民眾來電：中平路側溝被垃圾和落葉塞住，水都排不掉。", "F", alt="F2")
    s.rule("r08", "SN-WL-003", "water_level", "16:10", 1, "水湳區域排水經貿路水位 1.83 m，達二級警戒", "F", level="2")
    s.rule("r09", "SN-VD-ZHONGPING-02", "congestion", "16:12", 1, "中平路車輛偵測器2 平均車速 15 km/h，占有率 54%，車流壅塞", "F", alt="F2")
    s.add("q05", "1999", "flooding", None, (120.6601, 24.1752), "16:15", 20,
          "民眾來電：經貿路三段靠近中平路的大樓地下室停車場入口開始進水。", "F", alt="F2")
    s.rule("r10", "SN-FL-007", "flood_depth", "16:25", 1, "河南路低窪處 淹水深度 12 cm（退水中）", "F", level="1-15")
    s.add("p04", "incident", "road_closure", "Minor", P["河南低窪"], "16:35", 4,
          "河南路二段積水退至約 5 公分，16:35 解除封閉，恢復雙向通行。", "F", follows="p02")
    s.add("q06", "1999", "flooding", None, q01loc, "16:40", 3,
          "案件更新：水利局已派員清除河南路二段側溝阻塞物，積水已退，結案。", "F", follows="q01")
    s.add("p05", "incident", "flooding_report", "Minor", P["經貿中平"], "16:50", 25,
          "中平路經貿路口積水已退，恢復通行。", "F", follows="p03", alt="F2")
    # G
    s.add("p06", "incident", "accident", "Minor", P["環中路黎明"], "15:41", 3,
          "環中路二段往台74線方向，雨天路滑自小客車追撞，無人受傷，雙方車輛已移至路邊。", "G")
    s.add("p07", "incident", "accident", "Minor", P["環中路黎明"], "16:05", 6, "環中路二段追撞案雙方已自行和解，現場排除。", "G", follows="p06")
    s.background(5, "14:30", "17:00", BG_DAY)
    s.alternative("The flooding along 中平路 east of 河南路 (toward 經貿路) could be read as its own job: a second crew, another drainage "
                  "catchment (側溝 on 中平路), a separate police report at 經貿路口. The rain alarm at the park gauge (about 1 km away) "
                  "is then read as part of the flood it drives.",
                  [("F", "flood", "河南路二段低窪處至河南路／中平路口的積淹水", "r03"),
                   ("F2", "flood", "中平路（河南路以東）至經貿路口的積淹水", "p03"),
                   ("G", "traffic", "環中路二段自小客車追撞，無人受傷", "p06")])
    s.notes.append("Rain alarms are weather, not a job: truth null (convention); alt attaches this one to the single nearby flood.")
    return s


FIRE_CALLS = [
    ("生態A", 30, "民眾來電：經貿路三段那棟集合住宅 7 樓在冒黑煙，有看到火光！"),
    ("生態A", 30, "民眾來電：我住 A 區對面，對面大樓 7 樓窗戶有火，很多人在樓下。"),
    ("生態A", 40, "民眾來電：水湳生態住宅 A 區失火了，樓梯間都是煙，我們在頂樓。"),
    ("生態A", 50, "民眾來電：經貿路三段住宅火災，消防車到了沒？"),
    ("生態A", 50, "民眾來電：A 區大樓火警鈴一直響，聞到燒焦味，煙很大。"),
    ("生態A", 60, "民眾來電：我在樓下，看到 7 樓有火光冒出來，還有爆裂聲。"),
    ("生態A", 60, "民眾來電：住宅大樓起火，有人在陽台呼救。"),
    ("生態A", 80, "民眾來電：經貿路上那棟大樓失火，黑煙往北飄。"),
    ("生態B", 60, "民眾來電：我住 B 區，看到隔壁 A 區那棟大樓在冒濃煙，我們需要疏散嗎？"),
    ("生態B", 60, "民眾來電：敦化路這邊都聞到很重的燒焦味，外面都是煙霧。"),
    ("生態B", 80, "民眾來電：隔壁社區火災，煙飄到我家陽台，窗戶關了還是有味道。"),
    ("敦化路", 80, "民眾來電：敦化路一段看過去有很大的火光，是哪裡失火？"),
    ("敦化路", 80, "民眾來電：敦化路上看到消防車一直過，那邊大樓冒黑煙。"),
    ("經貿路南段", 60, "民眾來電：經貿路三段有大樓起火，路上車都停下來看。"),
    ("經貿路南段", 60, "民眾來電：開車經過經貿路，右邊大樓 7 樓在燒，煙很大。"),
    ("公園中", 80, "民眾來電：在中央公園散步，看到東邊大樓冒很大的黑煙。"),
    ("公園中", 80, "民眾來電：中央公園這邊可以看到有火災，濃煙往這邊飄。"),
    ("公園南", 80, "民眾來電：公園南邊看到北邊有大樓失火，請確認是否已經通報。"),
    ("中國醫水湳", 60, "民眾來電：中國醫水湳校區這邊看到北方大樓冒黑煙。"),
    ("回收中心", 80, "民眾來電：中平路附近看到北邊有濃煙，不知道是不是工廠失火。"),
    ("中清路南", 100, "民眾來電：我在中清路上，往水湳方向看有一大團黑煙，是不是哪裡火災？"),
    ("中清路北屯", 100, "民眾來電：北屯這邊看到西南方有黑煙，火很大的樣子。"),
    ("河南路南", 100, "民眾來電：河南路這邊看到東北方天空有很濃的煙，請問是哪裡起火？"),
    ("經貿七路", 80, "民眾來電：綠美圖這邊看到南邊大樓冒煙，是不是火災？"),
    ("生態A", 40, "民眾來電：我家在 A 區 9 樓，走廊都是煙出不去，要怎麼辦？"),
    ("生態A", 40, "民眾來電：A 區 7 樓那戶好像有老人在家，請消防員趕快上去。"),
    ("生態B", 60, "民眾來電：煙一直飄過來，小孩有氣喘，要不要先離開？"),
    ("經貿路南段", 60, "民眾來電：經貿路被消防車擋住了，火災現場在哪一棟？"),
    ("生態A", 50, "民眾來電：火好像變小了，可是煙還是很大，是不是有人受困？"),
    ("中科路南段", 100, "民眾來電：中科路這邊都聞到燒塑膠的味道，是哪裡失火？"),
]


def s153():
    s = Sit(153, "residential_fire_call_burst", "2026-01-22",
            "週四晚間 21:07，水湳生態住宅 A 區集合住宅 7 樓住戶廚房起火，濃煙外竄，30 分鐘內 1999 湧入約 30 通來電（含 1 km 外看到煙的民眾）。"
            "21:41 約 540 m 外中科路另有一件垃圾桶小火，是另一件工作；公園南側另有民眾回報烤肉煙。")
    s.inc("F", "fire", "水湳生態住宅 A 區集合住宅 7 樓住宅火警（180 戶），2 人受困救出、1 人嗆傷", "a01")
    s.inc("G", "fire", "中科路二段公車站旁垃圾桶起火，小火無延燒", "f10")
    s.add("a01", "fire_alarm", "alarm", None, None, "21:07:40", 0.1, "火警受信總機：7F 第 14 區 偵煙式探測器動作", "F", sensor="SN-FA-011")
    s.add("f01", "119", "fire", None, P["生態A"], "21:08", 0.5,
          "受理報案：北屯區經貿路三段水湳生態住宅 A 區 7 樓住宅火警，有濃煙竄出。派遣北屯分隊、西屯分隊、第三救災救護大隊，水箱車 4 輛、雲梯車 1 輛、救護車 2 輛。", "F")
    s.add("a02", "fire_alarm", "alarm", None, None, "21:08:50", 0.1, "火警受信總機：7F 第 15 區 差動式探測器動作", "F", sensor="SN-FA-011")
    s.add("a03", "fire_alarm", "alarm", None, None, "21:10:05", 0.1, "火警受信總機：8F 第 17 區 偵煙式探測器動作", "F", sensor="SN-FA-011")
    s.add("c01", "cctv", "smoke", None, None, "21:10", 0.5, "影像分析：畫面北方遠處疑似煙霧", "F", sensor="SN-CCTV-011", conf=0.58)
    s.add("p01", "incident", "fire_report", "Severe", P["生態A"], "21:12", 3,
          "經貿路三段集合住宅火警，員警到場協助疏散住戶並管制交通。", "F")
    s.add("c02", "cctv", "smoke", None, None, "21:13", 0.5, "影像分析：畫面南方天空疑似煙霧", "F", sensor="SN-CCTV-006", conf=0.44)
    s.add("f02", "119", "fire", None, P["生態A"], "21:15", 1,
          "第一梯次到達現場：7 樓 1 戶廚房起火，火勢已竄出窗外，住戶自行疏散中，搜救小組上樓。", "F", follows="f01")
    # the burst
    t0 = 21 * 60 + 8.5
    for i, (place, jit, text) in enumerate(FIRE_CALLS):
        m = t0 + i * 0.85 + s.rng.uniform(0, 1.2)
        obs = f"{int(m // 60)}:{int(m % 60):02d}:{int((m % 1) * 60):02d}"
        lag = s.rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
        cat = "other" if i in (10, 26) else "fire_smoke"
        s.add(f"q{i + 1:02d}", "1999", cat, None, s.jitter(P[place], jit), obs, lag, text, "F")
    s.add("p02", "incident", "road_closure", "Moderate", P["經貿路南段"], "21:20", 3,
          "經貿路三段（敦化路至中平路）雙向封閉，供消防車輛佈線，請改道中清路。", "F", follows="p01")
    s.rule("r01", "SN-VD-JINGMAO-02", "congestion", "21:24", 1, "經貿路車輛偵測器2 平均車速 8 km/h，占有率 64%，車流壅塞", "F")
    s.add("f05", "119", "ambulance", None, P["生態A"], "21:26", 1,
          "經貿路三段火警現場 1 名住戶吸入性嗆傷，派遣救護車送往中國醫藥大學附設醫院。", "F")
    s.add("f03", "119", "fire", None, P["生態A"], "21:31", 1, "火勢控制，持續搜索 7、8 樓。", "F", follows="f01")
    s.add("x01", "1999", "fire_smoke", None, s.jitter(P["公園南"], 40), "21:15", 6,
          "民眾來電：中央公園南邊草地有人在烤肉，一直冒煙，公園可以烤肉嗎？", None, alt="F")
    s.add("f10", "119", "fire", None, P["中科路中段"], "21:42", 1,
          "受理報案：西屯區中科路二段公車站旁垃圾桶起火。派遣西屯分隊水箱車 1 輛。", "G")
    s.add("g01", "1999", "fire_smoke", None, s.jitter(P["中科路中段"], 30), "21:41", 5,
          "民眾來電：中科路公車站旁邊的垃圾桶在冒煙，有火光。", "G")
    s.add("f04", "119", "fire", None, P["生態A"], "21:48", 1, "火勢撲滅，救出受困住戶 2 人，起火戶 1 戶全燒，延燒 8 樓 1 戶陽台。", "F", follows="f01")
    s.add("f11", "119", "fire", None, P["中科路中段"], "21:55", 2, "垃圾桶火警已撲滅，無延燒，疑為菸蒂引燃。", "G", follows="f10")
    s.add("a04", "fire_alarm", "normal", None, None, "22:05", 0.1, "火警受信總機復歸", "F", sensor="SN-FA-011")
    s.add("p03", "incident", "road_closure", "Minor", P["經貿路南段"], "22:20", 10,
          "經貿路三段恢復雙向通行，現場由消防局火災調查科採證。", "F", follows="p02")
    s.background(5, "21:00", "22:30", BG_NIGHT)
    s.alternative("The barbecue smoke call (x01) could be the drifting plume of the fire, misread by the caller.",
                  [("F", "fire", "水湳生態住宅 A 區集合住宅 7 樓住宅火警", "a01"),
                   ("G", "fire", "中科路二段垃圾桶起火", "f10")])
    s.notes.append("Two calls are filed by the operator as 1999 `other` (q11 names 火災; q27, a worried parent, names no keyword at all); both are the fire.")
    return s


def s154():
    s = Sit(154, "concert_evening_small_jobs", "2026-05-16",
            "週六晚間臺中流行影音中心戶外演唱會（19:30–22:00，預估 8,000 人），入場與散場人潮、周邊停車場滿、違停與噪音陳情；"
            "期間另有：場內觀眾中暑送醫、場外扒竊、綠美圖 B1 餐廳火警警報（油煙誤報）、1 km 外中清路一件輕微車禍。")
    s.inc("E", "crowd", "流行影音中心演唱會的人潮與交通（入場、散場、停車、違停、噪音）", "e01")
    s.inc("R", "rescue", "演唱會場內觀眾疑中暑昏厥送醫", "f01")
    s.inc("T", "public_safety", "演唱會場外多起手機扒竊", "p04")
    s.inc("Y", "fire", "綠美圖 B1 餐廳火警警報，確認為烹調油煙誤報後復歸", "a01")
    s.inc("X", "traffic", "中清路二段機車與自小客車擦撞，騎士輕傷", "p05")
    s.add("e01", "planned_event", "concert", None, P["影音中心"], "17:00", 0, "核准：臺中流行影音中心戶外廣場演唱會，17:00 開放入場，19:30–22:00 演出，預估 8,000 人；活動範圍半徑 400 公尺，凱旋路、中科路周邊實施交通管制。", "E", ends="22:45", arr="-77:30")
    s.add("c01", "cctv", "crowding", None, None, "17:50", 0.5, "影像分析：人群聚集（移動中），往南行人流量大", "E", sensor="SN-CCTV-003", conf=0.83)
    s.add("k01", "parking", "full", None, None, "18:10", 0.5, "中央公園地下停車場(北) 汽車位已滿（剩餘 0/450）", "E", sensor="SN-PK-004")
    s.add("k02", "parking", "full", None, None, "18:26", 0.5, "中央公園地下停車場(南) 汽車位已滿（剩餘 0/400）", "E", sensor="SN-PK-005")
    s.rule("r01", "SN-VD-KAIXUAN-02", "congestion", "18:30", 1, "凱旋路車輛偵測器2 平均車速 10 km/h，占有率 61%，車流壅塞", "E")
    s.rule("r02", "SN-VD-ZHONGKE-01", "congestion", "18:35", 1, "中科路車輛偵測器1 平均車速 13 km/h，占有率 57%，車流壅塞", "E")
    s.add("k03", "parking", "full", None, None, "18:41", 0.5, "臺中國際會展中心停車場 汽車位已滿（剩餘 0/800）", "E", sensor="SN-PK-006")
    s.add("p01", "incident", "crowd_control", "Moderate", P["凱旋南段"], "18:45", 3,
          "流行影音中心演唱會入場人潮，凱旋路外側車道改為行人專用，第六分局派員管制。", "E")
    s.add("q01", "1999", "illegal_parking", None, s.jitter(P["凱旋南段"], 80), "19:05", 7,
          "民眾來電：凱旋路兩側滿滿都是違停，都是看演唱會的車，擋住我家車庫。", "E")
    s.add("p05", "incident", "injury_accident", "Minor", P["中清路北屯"], "19:22", 3,
          "中清路二段機車與自小客車擦撞，機車騎士手肘擦傷，自行就醫。", "X")
    s.add("q02", "1999", "traffic_accident", None, s.jitter(P["中清路北屯"], 40), "19:23", 6,
          "民眾來電：中清路上有機車跟汽車擦撞，人坐在路邊。", "X")
    s.add("c02", "cctv", "crowding", None, None, "19:25", 0.5, "影像分析：人群聚集（停留），路口人行道滿載", "E", sensor="SN-CCTV-007", conf=0.71)
    s.add("p06", "incident", "injury_accident", "Minor", P["中清路北屯"], "19:50", 12, "中清路二段擦撞案現場處理完畢。", "X", follows="p05")
    s.add("a01", "fire_alarm", "alarm", None, None, "20:05:20", 0.1, "火警受信總機：B1 第 3 區 偵煙式探測器動作（餐廳廚房）", "Y", sensor="SN-FA-004")
    s.add("a02", "fire_alarm", "normal", None, None, "20:11:40", 0.1, "火警受信總機復歸（現場確認為烹調油煙）", "Y", sensor="SN-FA-004")
    s.add("f01", "119", "ambulance", None, (120.6523, 24.1848), "20:40", 1,
          "受理報案：流行影音中心演唱會場內 1 名女性觀眾疑似中暑昏厥，派遣西屯分隊救護車 1 輛（場內醫護站已先處置）。", "R", alt="E")
    s.add("f02", "119", "ambulance", None, (120.6523, 24.1848), "20:58", 2, "傷病患意識恢復，送往中國醫藥大學附設醫院。", "R", follows="f01", alt="E")
    s.add("p04", "incident", "theft", "Minor", (120.6528, 24.1856), "21:15", 5,
          "流行影音中心場外攤販區，已受理 3 件手機遭扒竊報案，加派便衣員警巡邏。", "T", alt="E")
    s.add("q03", "1999", "noise", None, s.jitter(P["生態A"], 80), "21:40", 6,
          "民眾來電：演唱會音量太大，住家窗戶都在震，都快十點了還不結束。", "E")
    s.add("q04", "1999", "crowding", None, s.jitter(P["中科路中段"], 40), "22:10", 5,
          "民眾來電：散場人潮塞滿中科路，公車站擠不上車，有人被推倒。", "E")
    s.add("c03", "cctv", "crowding", None, None, "22:12", 0.5, "影像分析：人群聚集（移動中），人行道溢出至車道", "E", sensor="SN-CCTV-003", conf=0.90)
    s.add("k04", "parking", "full", None, None, "22:15", 0.5, "水湳轉運中心停車場 汽車位已滿（剩餘 0/614）", "E", sensor="SN-PK-001")
    s.rule("r03", "SN-VD-KAIXUAN-01", "congestion", "22:18", 1, "凱旋路車輛偵測器1 平均車速 9 km/h，占有率 67%，車流壅塞", "E")
    s.add("p07", "incident", "theft", "Minor", (120.6528, 24.1856), "22:30", 15, "演唱會扒竊案累計 5 件，已調閱監視器追查中。", "T", follows="p04", alt="E")
    s.add("p02", "incident", "crowd_control", "Minor", P["凱旋南段"], "22:50", 4,
          "演唱會散場人潮疏散完畢，解除凱旋路、中科路交通管制。", "E", follows="p01")
    s.add("q05", "1999", "streetlight", None, s.jitter(P["凱旋南段"], 60), "20:20", 4, "民眾反映凱旋路二段路燈 2 盞不亮，散場時很暗。", None)
    s.background(4, "17:30", "22:50", BG_NIGHT)
    s.alternative("The ambulance inside the venue and the pickpocketing at the venue's edge can be read as part of the event's crowd-safety job "
                  "(the event commander owns both), not separate jobs.",
                  [("E", "crowd", "流行影音中心演唱會（含場內救護與場外扒竊）", "e01"),
                   ("Y", "fire", "綠美圖 B1 餐廳火警警報誤報", "a01"),
                   ("X", "traffic", "中清路二段擦撞", "p05")])
    s.notes.append("The permit (e01) arrived three days earlier; it opens the crowd incident by itself. A streetlight case near the venue (q05) is routine (null).")
    return s


def s155():
    s = Sit(155, "late_dup_skewed_zhongqing", "2026-09-08",
            "平日早上中清路／環中路口三車追撞（1 人頸部不適）及 400 m 西邊環中路經貿路口鋁梯掉落。"
            "傳遞問題：警方首報延遲 15 分鐘且重送一次（追蹤報告先到）、1999 三件案件 08:25 一次批次送達、路口攝影機時鐘快 10 分鐘且訊息重送、"
            "環中路 VD 時鐘慢 1 小時、119 派遣重送、119 到場報告遲到 20 分鐘、經貿路口攝影機事件遲 18 分鐘。")
    s.inc("A", "traffic", "中清路／環中路口三車追撞，1 人頸部不適送醫", "f01")
    s.inc("B", "traffic", "環中路二段經貿路口內側車道鋁梯掉落", "p04")
    s.add("c01", "cctv", "stalled_vehicle", None, None, "07:52:30", 0.3, "影像分析：路口多部車輛停滯（內側車道）", "A", sensor="SN-CCTV-008", conf=0.79, obs_shift=10)
    s.add("q01", "1999", "traffic_accident", None, s.jitter(P["中清環中"], 40), "07:53", 0, "民眾來電：中清路往環中路口三台車追撞，有人坐在路邊。", "A", arr="08:25:04")
    s.add("q02", "1999", "traffic_accident", None, s.jitter(P["中清環中"], 60), "07:54", 0, "民眾來電：中清環中路口車禍，車子卡在路口中間。", "A", arr="08:25:05")
    s.add("f01", "119", "ambulance", None, P["中清環中"], "07:55", 0.5, "受理報案：北屯區中清路／環中路口三車追撞，1 人頸部不適。派遣北屯分隊救護車 1 輛。", "A")
    s.dup("f01", 0.5)
    s.add("p01", "incident", "injury_accident", "Moderate", P["中清環中"], "07:55", 15,
          "中清路與環中路口三車追撞，1 人頸部疼痛，已通報119，第五分局派員處理。", "A")
    s.dup("p01", 4)
    s.rule("r01", "SN-VD-ZHONGQING-01", "congestion", "07:57", 1, "中清路車輛偵測器1 平均車速 7 km/h，占有率 71%，車流壅塞", "A")
    s.add("c02", "cctv", "stalled_vehicle", None, None, "07:58", 0.3, "影像分析：車輛停滯（持續），往南車道回堵", "A", sensor="SN-CCTV-008", conf=0.86, obs_shift=10)
    s.dup("c01", 7)
    s.add("q03", "1999", "other", None, s.jitter(P["中清路北屯"], 60), "07:58", 0, "民眾來電：中清路地下道前面整個塞住不動，是不是有車禍？", "A", arr="08:25:06")
    s.rule("r02", "SN-VD-HUANZHONG-03", "congestion", "08:00", 1, "環中路車輛偵測器3 平均車速 12 km/h，占有率 62%，車流壅塞", "A", obs_shift=-60)
    s.add("p02", "incident", "injury_accident", "Moderate", P["中清環中"], "08:02", 1, "中清路環中路口事故車輛已移至路肩，外側車道先行通行。", "A", follows="p01")
    s.add("f02", "119", "ambulance", None, P["中清環中"], "08:04", 20, "救護車到達現場，傷者女性約 30 歲，頸部疼痛，意識清楚。", "A", follows="f01")
    s.add("c03", "cctv", "fallen_object", None, None, "08:10", 18, "影像分析：車道上有掉落物（內側車道）", "B", sensor="SN-CCTV-004", conf=0.66)
    s.add("q04", "1999", "other", None, s.jitter(P["經貿環中"], 50), "08:12", 6, "民眾來電：環中路經貿路口附近路上有障礙物，一把鋁梯躺在內側車道。", "B")
    s.add("p04", "incident", "fallen_object", "Moderate", P["經貿環中"], "08:14", 2, "環中路二段經貿路口內側車道有鋁梯掉落，派員前往排除。", "B")
    s.add("f03", "119", "ambulance", None, P["中清環中"], "08:15", 1, "傷者已送往中國醫藥大學附設醫院。", "A", follows="f01")
    s.rule("r04", "SN-VD-JINGMAO-01", "congestion", "08:16", 1, "經貿路車輛偵測器1 平均車速 17 km/h，占有率 52%，車流壅塞", "B", alt="A")
    s.add("p05", "incident", "fallen_object", "Minor", P["經貿環中"], "08:24", 2, "環中路鋁梯已移除，恢復通行。", "B", follows="p04")
    s.dup("p05", 12)
    s.add("p03", "incident", "injury_accident", "Moderate", P["中清環中"], "08:40", 3, "中清路環中路口事故處理完畢，三車已拖離，恢復通行。", "A", follows="p01")
    s.background(6, "07:30", "09:00", BG_DAY)
    s.alternative("VD-JINGMAO-01 is on 經貿路 just south of 環中路: its slow-down may be the morning queue spilling back from the 中清路 crash "
                  "rather than traffic stopping for the ladder.",
                  [("A", "traffic", "中清路／環中路口三車追撞", "f01"), ("B", "traffic", "環中路經貿路口鋁梯掉落", "p04")])
    s.notes.append("c01/c02 are stamped 10 min fast (camera clock); r02 is stamped 60 min slow (VD clock); `observed` is kept as the source stamped it. "
                   "p02 (follows p01) arrives before p01. Duplicated deliveries: f01, p01, c01, p05. "
                   "The crash is opened at the 119 dispatch (f01, first delivery): the camera alone (c01) shows stopped cars, not yet a crash.")
    return s


def s156():
    s = Sit(156, "park_gateway_offline_storm", "2026-07-29",
            "夏夜雷雨，19:52 雷擊造成中央公園配電跳脫，公園內感測閘道器斷電：5 座滯洪池淹水感測、2 座滯洪池水位站、公園雨量站同時離線，"
            "公園路燈與地下停車場火警總機主電源同時斷電，21:05 後陸續恢復。離線期間中科路公園段積水，只能靠 1999 與警方得知。"
            "另有河南路 VD 單獨離線（不同線路，例行維修）。")
    s.inc("G", "infrastructure", "中央公園配電跳脫：公園感測閘道器、路燈、地下停車場火警總機主電源斷電（19:52–21:10）", "o03")
    s.inc("F", "flood", "中科路二段（中央公園段）積水，約 25 公分，機車騎士跌倒輕傷", "p01")
    s.rule("r01", "SN-RG-002", "heavy_rain", "19:40", 1, "水湳轉運中心雨量站 時雨量 52.0 mm，達大雨標準", None, level="大雨")
    park = ["SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-FL-003", "SN-RG-001", "SN-FL-004", "SN-WL-002", "SN-FL-005"]
    for i, sid in enumerate(park):
        s.add(f"o{i + 1:02d}", "status", "offline", None, None, f"19:52:{5 + i * 3:02d}", 0.1, "設備離線（閘道器失聯，遺囑訊息）", "G", sensor=sid)
    s.add("a01", "fire_alarm", "fault", None, None, "19:52:40", 0.1, "受信總機 設備故障：主電源斷電，已切換預備電源", "G", sensor="SN-FA-007")
    s.add("q01", "1999", "streetlight", None, s.jitter(P["公園中"], 100), "19:58", 5, "民眾來電：中央公園整排路燈突然全暗，步道伸手不見五指。", "G", alt="F")
    s.add("q02", "1999", "flooding", None, s.jitter(P["中科路南段"], 40), "20:05", 6, "民眾來電：中央公園西側中科路段積水，水到小腿，機車騎不過去。", "F")
    s.rule("r02", "C0F9T0", "heavy_rain", "20:10", 1, "西屯雨量站 3 小時累積雨量 103.5 mm，達豪雨標準", None, level="豪雨")
    for i, sid in enumerate(park):
        s.rule(f"x{i + 1:02d}", sid, "sensor_offline", f"20:12:{10 + i * 4:02d}", 0.2, "超過 20 分鐘未回傳資料，設備離線", "G", sev="Minor")
    s.add("p01", "incident", "flooding_report", "Moderate", P["中科路南段"], "20:15", 4, "中科路二段中央公園段積水約 25 公分，派員於兩端警戒，車輛改道凱旋路。", "F")
    s.add("q03", "1999", "flooding", None, s.jitter(P["公園中"], 60), "20:20", 8, "民眾來電：公園裡面的滯洪池滿出來了，水漫到步道上。", "F")
    s.rule("r03", "SN-VD-ZHONGKE-01", "congestion", "20:22", 1, "中科路車輛偵測器1 平均車速 11 km/h，占有率 59%，車流壅塞", "F")
    s.rule("r04", "SN-VD-HENAN-01", "sensor_offline", "20:30", 0.2, "超過 3 分鐘未回傳資料，設備離線", None, sev="Minor")
    s.add("f01", "119", "rescue", None, P["中科路南段"], "20:40", 1, "受理報案：西屯區中科路二段，機車騎士連人帶車倒在積水中，腳踝扭傷。派遣西屯分隊救護車 1 輛。", "F")
    s.add("f02", "119", "rescue", None, P["中科路南段"], "20:58", 3, "傷者輕傷，現場處置後拒絕送醫。", "F", follows="f01")
    for i, sid in enumerate(park):
        s.add(f"n{i + 1:02d}", "status", "online", None, None, f"21:{5 + i // 2:02d}:{(i * 17) % 60:02d}", 0.1, "設備恢復連線", "G", sensor=sid)
    s.add("a02", "fire_alarm", "normal", None, None, "21:06", 0.1, "受信總機復歸：主電源恢復", "G", sensor="SN-FA-007")
    s.add("p02", "incident", "flooding_report", "Minor", P["中科路南段"], "21:20", 5, "中科路二段積水退至約 5 公分，解除警戒，恢復通行。", "F", follows="p01")
    s.background(4, "19:30", "21:30", BG_NIGHT)
    s.alternative("A coordinator may run one storm job for the park: the blind pond and gauge sensors are the flood's missing evidence "
                  "(device offline supports a flood), so the gateway outage, the dark park and the flooding on 中科路 are one incident.",
                  [("F", "flood", "中央公園及中科路公園段暴雨積水（含公園感測閘道器與配電斷電）", "p01")])
    s.notes.append("The lone HENAN VD offline (r04) is on another circuit: routine maintenance, null under both readings. "
                   "The gateway job is sufficient at the third simultaneous offline (o03): one device offline is a blip, three at once is a gateway.")
    # alternative: all G -> F
    for it in s.items:
        if it["truth"] == "G" and "truth_alt" not in it:
            it["truth_alt"] = "F"
    return s


if __name__ == "__main__":
    for f in (s151, s152, s153, s154, s155, s156):
        print(*f().write())
