"""Situations 611..616 (seeded; rerun reproduces the files byte for byte)."""
from lib import Sit, LM, S, off

OUT_LIST = []


def s611():
    s = Sit(611, "two_crashes_liming", "2026-06-09 07:30", 61101,
            "平日早上尖峰，黎明路三段上兩起互不相干的車禍，相距約 470 m、相隔 9 分鐘：先是近經貿路的追撞（無傷），"
            "再是凱旋路口的汽機車擦撞（機車騎士受傷送醫）。同一偵測器的兩個方向各自回堵到不同的事故。")
    B = (120.6535, 24.1953)   # 黎明路三段, ~150 m west of 經貿路
    A = (120.64925, 24.19372)  # 黎明路三段/凱旋路 junction, east side
    # background first
    s.permit("road_works", 0, 600, (120.6530, 24.1930), "中科路北段人行道改善工程 夜間機具進場 日間僅佔用人行道", days_before=6)
    s.rule("congestion", "SN-VD-HUANZHONG-02", 3, "Minor", text="環中路車輛偵測器2 往東 平均車速 24 km/h（尖峰）")
    s.c1999("noise", 4, (120.6560, 24.1870), "一大早就在敲敲打打 工地噪音 七點多而已")
    s.sens("status", "offline", "SN-VD-KAIXUAN-02", 6, "資料未回傳")
    s.sens("status", "online", "SN-VD-KAIXUAN-02", 7.5)
    s.rule("congestion", "SN-VD-KAIXUAN-01", 8, "Minor", text="凱旋路車輛偵測器1 往南 平均車速 21 km/h（尖峰）")
    # crash B 07:41
    b1 = s.c1999("traffic_accident", 11.5, off(*B, -25, 12), "黎明路三段靠近經貿路這邊兩台車追撞 卡在內側車道 人好像都沒事", delay=70, truth="crash_b")
    s.cam("stalled_vehicle", "SN-CCTV-005", 12, 0.71, truth="crash_b")
    s.rule("congestion", "SN-VD-LIMING-01", 15, "Moderate", text="黎明路車輛偵測器1 往東 平均車速 9 km/h", truth="crash_b")
    s.c1999("traffic_accident", 13, off(*B, 40, -30), "黎明路經貿路口前面車禍 兩台自小客", truth="crash_b")
    bp = s.police("accident", 19, off(*B, 5, 0), "Minor", "黎明路三段近經貿路二段 自小客追撞 無人受傷 已到場處理 佔用內側車道", truth="crash_b")
    # crash A 07:50
    s.cam("accident", "SN-CCTV-007", 20, 0.66, truth="crash_a")
    a1 = s.f119("ambulance", 20.5, off(*A, 8, -6), "黎明路三段與凱旋路口 機車與自小客擦撞 機車騎士倒地 意識清楚 左腳疼痛", delay=25, truth="crash_a")
    s.c1999("traffic_accident", 21, off(*A, -30, 25), "凱旋路黎明路口 機車被轎車撞到 騎士躺在地上", truth="crash_a")
    s.c1999("traffic_accident", 22, off(*A, 60, -40), "黎明路凱旋路這邊有車禍 救護車還沒來", truth="crash_a")
    s.cam("stalled_vehicle", "SN-CCTV-007", 23, 0.74, truth="crash_a")
    s.rule("congestion", "SN-VD-LIMING-01", 24, "Moderate", text="黎明路車輛偵測器1 往西 平均車速 11 km/h", truth="crash_a")
    s.f119("ambulance", 27, off(*A, 8, -6), "救護車到達 騎士左小腿疑似骨折 送中國醫藥大學附設醫院", follows=a1["key"], truth="crash_a")
    ap = s.police("injury_accident", 28, off(*A, 0, 0), "Moderate", "黎明路三段/凱旋路口 自小客右轉與直行機車碰撞 機車騎士受傷送醫 現場測繪中", truth="crash_a")
    s.police("accident", 35, off(*B, 5, 0), "Minor", "黎明路三段追撞案 雙方和解 車輛已移置 恢復通行", follows=bp["key"], truth="crash_b")
    s.c1999("illegal_parking", 33, (120.65480, 24.19530), "經貿六停車場門口一直有車臨停 擋到出入口")
    s.c1999("streetlight", 40, (120.65330, 24.18900), "中科路這邊路燈白天都還亮著 浪費電 燈桿編號 0712")
    s.police("accident", 52, off(*A, 0, 0), "Minor", "凱旋路口事故車輛拖離 恢復雙向通行", follows=ap["key"], truth="crash_a")
    s.c1999("traffic_accident", 60, off(*A, -90, 60), "剛剛八點左右凱旋路黎明路口的車禍 我是目擊者 要怎麼提供行車紀錄器", delay=200, truth="crash_a")
    s.rule("cleared", "SN-VD-LIMING-01", 58, "Minor", text="黎明路車輛偵測器1 車速恢復", truth="crash_a")
    s.rule("congestion", "SN-VD-JINGMAO-01", 30, "Minor", text="經貿路車輛偵測器1 往北 平均車速 25 km/h（尖峰）")
    s.c1999("other", 45, (120.6500, 24.1780), "逢甲水湳校區門口的人行道磁磚翹起來 要修")
    s.incident("crash_b", "traffic", "黎明路三段近經貿路，自小客追撞，無人受傷，佔用內側車道約 25 分鐘。", b1)
    s.incident("crash_a", "traffic", "黎明路三段/凱旋路口，右轉自小客撞直行機車，騎士受傷送醫；與 crash_b 相距約 470 m，無因果關係。", a1)
    s.notes = ("黎明路車輛偵測器1 位在兩起事故之間（距凱旋路口約 300 m、距追撞點約 160 m）：07:45 往東回堵在追撞點上游，屬 crash_b；"
               "07:54 往西回堵在凱旋路口上游，屬 crash_a（方向決定歸屬，不是距離）。尖峰時段的其他車速下降為背景。")
    return s


def s612():
    s = Sit(612, "museum_fire_and_crash", "2026-06-13 15:00", 61201,
            "週六下午，綠美圖 B1 餐飲區排油煙管起火（疏散約三百人，無傷），同時約 450 m 北方經貿路二段/黎明路口汽車撞自行車（騎士受傷）。"
            "兩案同時、同一條路上有消防車與救護車來往，但是兩件事。")
    M = LM["museum"]
    C = (120.65510, 24.19520)
    s.permit("exhibition", -300, 180, LM["conv_a"], "臺中國際會展中心 週末家具展 10:00-18:00 預估入場 15,000 人", days_before=10)
    s.sens("parking", "full", "SN-PK-006", 2, "車位已滿")
    s.c1999("illegal_parking", 4, (120.65650, 24.19300), "經貿七路兩邊都是違停 看展的車")
    s.sens("signal", "fault", "SN-SIG-003", 7)
    s.sens("signal", "restored", "SN-SIG-003", 7.7)
    fa = s.sens("fire_alarm", "alarm", "SN-FA-004", 12, "B1 餐飲區 偵煙探測器動作", truth="fire_museum")
    f1 = s.f119("fire", 13, M, "臺中綠美圖 B1 餐廳 排油煙管起火 館方報案 出動水湳分隊", delay=20, truth="fire_museum")
    s.c1999("fire_smoke", 14, off(*M, 40, -60), "綠美圖裡面有煙 警鈴一直響 大家都在往外走", truth="fire_museum")
    s.c1999("fire_smoke", 15, off(*M, -80, 30), "綠美圖那棟有燒焦味 廣播叫我們疏散", truth="fire_museum")
    # crash
    cc = s.cam("accident", "SN-CCTV-005", 16, 0.58, truth="crash_jingmao")
    c1 = s.c1999("traffic_accident", 17, off(*C, 20, 15), "經貿路黎明路口 汽車撞到騎腳踏車的 人躺在地上", delay=95, truth="crash_jingmao")
    ca = s.f119("ambulance", 17.5, C, "經貿路二段近黎明路 自行車騎士遭自小客撞擊 頭部擦傷 意識清楚", delay=30, truth="crash_jingmao")
    s.cam("crowding", "SN-CCTV-006", 18, 0.78, truth="fire_museum")
    s.cam("stalled_vehicle", "SN-CCTV-005", 20, 0.69, truth="crash_jingmao")
    s.c1999("other", 22, (120.65600, 24.19400), "經貿路那邊好多消防車跟救護車 是出車禍還是火災 可以走嗎")
    s.rule("congestion", "SN-VD-JINGMAO-01", 24, "Moderate", text="經貿路車輛偵測器1 往南 平均車速 10 km/h", truth="crash_jingmao", alt="fire_museum")
    s.police("crowd_control", 25, off(*M, 60, -90), "Moderate", "綠美圖疏散民眾約三百人 於經貿七路側廣場集結 派員協助管制", truth="fire_museum")
    s.police("injury_accident", 27, C, "Moderate", "經貿路二段/黎明路口 自小客左轉撞直行自行車 騎士頭部擦傷送醫 佔用外側車道", truth="crash_jingmao")
    s.f119("fire", 31, M, "現場為餐廳排油煙管起火 已撲滅 無人受傷 排煙中", follows=f1["key"], truth="fire_museum")
    s.f119("ambulance", 24, C, "傷者送往中國醫藥大學附設醫院", follows=ca["key"], truth="crash_jingmao")
    s.c1999("noise", 35, (120.65900, 24.19500), "會展中心外面廣告車一直放音樂 很吵")
    s.c1999("fire_smoke", 38, off(*M, 120, 50), "剛剛綠美圖火災 現在可以進去了嗎 我的包包放在置物櫃", delay=240, truth="fire_museum")
    s.sens("fire_alarm", "normal", "SN-FA-004", 52, truth="fire_museum")
    s.police("accident", 48, C, "Minor", "經貿路黎明路口事故 車輛已移置 恢復通行", truth="crash_jingmao")
    s.sens("status", "offline", "SN-CCTV-004", 40)
    s.sens("status", "online", "SN-CCTV-004", 41)
    s.c1999("streetlight", 55, (120.64800, 24.19450), "凱旋路靠近黎明路有一盞路燈一閃一閃的")
    s.rule("congestion", "SN-VD-HUANZHONG-02", 44, "Minor", text="環中路車輛偵測器2 往東 平均車速 26 km/h")
    s.incident("fire_museum", "fire", "臺中綠美圖 B1 餐飲區排油煙管起火，館內疏散約三百人至廣場，20 分鐘內撲滅，無人受傷。", f1)
    s.incident("crash_jingmao", "traffic", "經貿路二段/黎明路口，左轉自小客撞直行自行車，騎士頭部擦傷送醫；距綠美圖約 450 m，與火警無關。", ca)
    s.alternative("經貿路車輛偵測器1 在車禍點北方約 170 m、綠美圖北方約 630 m。判給車禍是因為外側車道被事故車佔用；"
                  "若認為是消防車隊經經貿路南下進場與廣場疏散造成的減速，則屬火警。",
                  [s.inc_copy("fire_museum"), s.inc_copy("crash_jingmao")])
    s.notes = ("15:12 的火警總機動作單獨出現時仍可能是誤報，館方 119 報案（15:13）才足以開案。15:22 的 1999 詢問只看到消防車與救護車，"
               "沒有提供任何一案的新資訊，列為背景。")
    return s


def s613():
    s = Sit(613, "flood_jingmao_90min", "2026-06-18 13:50", 61301,
            "午後對流雨，經貿路三段（敦化路口一帶的低窪處）先積水，約 90 分鐘內沿經貿路往南蔓延到中平路口；水位站、淹水感測、1999、"
            "警察、監視器、車速下降與封路都屬同一件淹水案。遠處黎明路凱旋路口一個短暫的小積水另作處理（見替代解讀）。")
    FL8 = S("SN-FL-008")
    WL3 = S("SN-WL-003")
    J = LM["x_jingmao_zhongping"]
    T = "flood_jingmao"
    s.rule("heavy_rain", "SN-RG-001", 5, "Moderate", level="大雨", text="中央公園雨量站 時雨量 42 mm")
    s.rule("heavy_rain", "SN-RG-002", 12, "Moderate", level="大雨", text="水湳轉運中心雨量站 時雨量 40.5 mm")
    s.c1999("streetlight", 8, (120.65100, 24.19730), "環中路二段路燈有一盞不亮 編號 0388")
    s.rule("congestion", "SN-VD-HUANZHONG-02", 10, "Minor", text="環中路車輛偵測器2 往西 平均車速 27 km/h")
    r1 = s.rule("flood_depth", "SN-FL-008", 18, "Minor", level="1-15", text="經貿路低窪處 淹水深度 8 cm", truth=T)
    s.rule("heavy_rain", "SN-RG-001", 20, "Severe", level="豪雨", text="中央公園雨量站 3 小時累積 104 mm")
    c1 = s.c1999("flooding", 22, off(*FL8, 30, 60), "經貿路三段靠近敦化路 路邊積水 快淹到人行道了", truth=T)
    s.rule("flood_depth", "SN-FL-009", 23, "Minor", level="1-15", text="黎明路凱旋路口低窪處 淹水深度 5 cm", truth=None, alt="puddle_liming")
    s.rule("heavy_rain", "C0F9T0", 25, "Moderate", level="大雨", text="西屯 時雨量 45 mm")
    pz = s.c1999("flooding", 26, off(*S("SN-FL-009"), 40, -20), "黎明路凱旋路口有積水 車子開過去會噴水", truth=None, alt="puddle_liming")
    w1 = s.rule("water_level", "SN-WL-003", 28, "Moderate", level="3", text="水湳區域排水經貿路水位 1.46 m 達三級警戒", truth=T)
    s.rule("flood_depth", "SN-FL-008", 31, "Moderate", level="16-30", text="經貿路低窪處 淹水深度 19 cm", truth=T)
    dr = s.c1999("blocked_drain", 33, off(*FL8, 10, -120), "經貿路的水溝蓋在冒水 水排不出去", truth=T)
    p1 = s.police("flooding_report", 38, off(*WL3, -10, 60), "Moderate",
                  "經貿路三段（敦化路口至中國醫藥大學間）路面積水約20公分 多輛機車熄火 請派員", truth=T)
    s.dup(c1, 420)
    s.rule("cleared", "SN-FL-009", 39, "Minor", text="黎明路凱旋路口低窪處 淹水深度 0 cm", truth=None, alt="puddle_liming")
    s.rule("congestion", "SN-VD-JINGMAO-02", 40, "Moderate", text="經貿路車輛偵測器2 往南 平均車速 9 km/h", truth=T)
    s.c1999("flooding", 42, off(*WL3, 40, -110), "中國醫藥大學水湳校區前面經貿路淹水 水到小腿", truth=T)
    s.c1999("flooding", 43.5, off(*WL3, -70, 20), "經貿路這邊淹起來了 車子都開很慢", truth=T)
    s.rule("water_level", "SN-WL-003", 45, "Severe", level="2", text="水湳區域排水經貿路水位 1.83 m 達二級警戒", truth=T)
    s.rule("flood_depth", "SN-FL-008", 47, "Severe", level=">30", text="經貿路低窪處 淹水深度 34 cm", truth=T)
    cl1 = s.police("road_closure", 48, off(*FL8, 0, 150), "Severe", "經貿路三段 敦化路口以南雙向封閉 車輛請改道中清路", truth=T)
    s.c1999("other", 50, off(*WL3, 20, -180), "我的機車在水裡熄火了 推不動 有沒有人可以幫忙", truth=T)
    s.rule("flood_depth", "SN-FL-004", 52, "Moderate", level="16-30", text="中央公園滯洪池4 淹水深度 22 cm", truth=T)
    rs = s.f119("rescue", 55, off(*WL3, 30, -230), "經貿路三段 自小客涉水熄火 駕駛受困車內 水深及車門", truth=T)
    s.cam("flooding", "SN-CCTV-011", 58, 0.74, truth=T)
    s.c1999("flooding", 60, off(*J, -40, 30), "中平路經貿路口整個路口都是水 看不到路面", truth=T)
    s.rule("congestion", "SN-VD-ZHONGPING-02", 62, "Moderate", text="中平路車輛偵測器2 往西 平均車速 8 km/h", truth=T)
    s.rule("water_level", "SN-WL-003", 65, "Extreme", level="1", text="水湳區域排水經貿路水位 2.24 m 達一級警戒", truth=T)
    cl2 = s.police("road_closure", 66, off(*J, 20, 10), "Severe", "中平路/經貿路口 積水逾30公分 封閉 往東車輛改道", truth=T)
    s.f119("rescue", 68, off(*WL3, 30, -230), "受困駕駛已救出 無受傷", follows=rs["key"], truth=T)
    s.c1999("flooding", 70, off(*S("SN-FA-012"), 60, 20), "敦化路一段巷子 水淹進一樓車庫了", truth=T)
    s.c1999("noise", 72, (120.64700, 24.18800), "隔壁工地下雨還在施工 很吵")
    s.rule("congestion", "SN-VD-ZHONGQING-02", 75, "Minor", text="中清路車輛偵測器2 往南 平均車速 16 km/h", truth=T)
    s.cam("stalled_vehicle", "SN-CCTV-011", 80, 0.69, truth=T)
    s.c1999("fallen_tree", 78, (120.65500, 24.17900), "中央公園步道旁樹枝斷掉掉在步道上 沒有擋到馬路")
    s.sens("status", "offline", "SN-VD-HENAN-01", 82, "資料未回傳")
    s.sens("status", "online", "SN-VD-HENAN-01", 84)
    s.police("flooding_report", 85, off(*WL3, -10, 60), "Moderate", "經貿路三段積水開始退 剩約15公分", follows=p1["key"], truth=T)
    s.rule("flood_depth", "SN-FL-008", 90, "Moderate", level="16-30", text="經貿路低窪處 淹水深度 17 cm（下降）", truth=T)
    s.rule("water_level", "SN-WL-003", 95, "Moderate", level="3", text="水湳區域排水經貿路水位 1.52 m 降至三級", truth=T)
    s.c1999("illegal_parking", 97, (120.65300, 24.19450), "黎明路紅線上停一排車")
    s.police("road_closure", 104, off(*J, 20, 10), "Minor", "中平路/經貿路口 積水退去 解除管制", follows=cl2["key"], truth=T)
    s.police("road_closure", 108, off(*FL8, 0, 150), "Minor", "經貿路三段 恢復雙向通行", follows=cl1["key"], truth=T)
    s.rule("cleared", "SN-FL-008", 112, "Minor", text="經貿路低窪處 淹水深度 3 cm 警戒解除", truth=T)
    s.c1999("blocked_drain", 118, off(*FL8, -20, -40), "經貿路水退了 但水溝都是泥沙跟垃圾 要清", delay=300, truth=T)
    s.incident(T, "flood", "午後豪雨，經貿路三段敦化路口低窪處起淹，區域排水達一級警戒，積水沿經貿路南下至中平路口，兩段封路、一車受困；"
               "約 14:08 起至 15:45 退水。", w1)
    s.alternative("黎明路凱旋路口低窪處 5 cm 積水與一通 1999，15 分鐘內自行退去、不影響通行；主解讀視為背景。"
                  "若協調員對每個有感測器佐證的積水點都開一件小案，則另成一件 puddle_liming。",
                  [s.inc_copy(T), {"label": "puddle_liming", "type": "flood",
                                   "description": "黎明路凱旋路口低窪處短暫積水 5 cm，與經貿路淹水相距約 1.7 km。",
                                   "sufficient_evidence_key": pz["key"]}])
    s.notes = ("雨量警報（大雨、豪雨）為全區天氣背景，不屬任何一案。sufficient_evidence_key 選在區域排水達三級警戒（14:18），"
               "此前已有 8 cm 淹水深度與一通 1999，加上水位即足以開淹水案。一通 1999 因平台重送重複送達一次。")
    return s


CALL_TEXTS = [
    "{lm}那邊有一棟大樓在冒黑煙 好像是住宅",
    "經貿路三段的集合住宅失火了 七樓窗戶有火",
    "我在{lm} 看到對面大樓有火光 煙很大",
    "生態住宅A區起火 有人在陽台喊救命",
    "{lm}這邊都聞到燒焦味 天空都是黑煙",
    "敦化路那邊有房子燒起來 消防車來了沒",
    "經貿路上那棟新大樓火災 很多人跑下來",
    "從{lm}看過去 有一層樓整個在燒",
    "住宅大樓冒煙 濃煙往公園這邊飄",
    "A區集合住宅火警 我們住五樓 走廊都是煙",
    "{lm}附近火災 黑煙一直冒出來",
    "好像是經貿路三段的大樓 窗戶在噴火",
    "{lm}旁邊那棟大樓 上面幾層都是煙 看不到窗戶",
    "有人在喊失火 從{lm}就看得到",
    "我在{lm}散步 聞到很重的燒焦味 往經貿路那邊看有黑煙",
    "火災 經貿路三段 已經有消防車的聲音了",
    "{lm}這裡 黑煙飄過來 是不是哪裡在燒",
    "那棟住宅大樓七樓還是八樓在燒 快派人",
]
LATE_TEXTS = [
    "{lm}這邊煙還很大 消防車到了嗎",
    "經貿路那棟大樓還在冒煙 我要回家 路封住了怎麼走",
    "{lm}附近都是燒焦味 是不是有人受傷",
    "我家就在火災那棟旁邊 煙一直飄進來",
    "{lm}看過去那棟還有黑煙 消防車很多台",
    "生態住宅那邊火災 我的家人住在那邊聯絡不上",
    "經貿路三段封路 是因為火災嗎 會封多久",
    "公園這邊的人都在看火災 小孩一直咳嗽",
]
LANDMARKS = [("中央公園", (120.65650, 24.18500)), ("滯洪池", (120.65720, 24.18530)),
             ("經貿路", (120.65900, 24.18550)), ("敦化路", (120.65950, 24.18250)),
             ("中國醫藥大學", (120.65920, 24.17700)), ("水資源回收中心", (120.65900, 24.17900)),
             ("綠美圖", (120.65700, 24.19000)), ("中清路", (120.66350, 24.18650)),
             ("公園地下停車場", (120.65660, 24.18750)), ("生態住宅B區", (120.65900, 24.18150))]


def s614():
    s = Sit(614, "fire_call_burst_blockA", "2026-06-19 19:10", 61401,
            "週五晚間，經貿路三段水湳生態住宅 A 區集合住宅 7 樓起火，濃煙從中央公園一帶都看得到；十幾分鐘內數十通 1999，"
            "報案人分散在公園、經貿路、敦化路、醫大與滯洪池一帶，各自講自己看得到的地標。是一件火災。")
    A = LM["blockA"]
    T = "fire_blockA"
    s.permit("event", 0, 110, (120.65650, 24.18700), "中央公園 週五夜間草地音樂會 19:00-21:00 預估 800 人", days_before=8)
    s.c1999("streetlight", 1, (120.64950, 24.19200), "凱旋路路燈不亮一盞 編號 1047")
    s.rule("congestion", "SN-VD-HUANZHONG-02", 2, "Minor", text="環中路車輛偵測器2 往東 平均車速 28 km/h")
    fa = s.sens("fire_alarm", "alarm", "SN-FA-011", 4, "7F 偵煙探測器動作", truth=T)
    f1 = s.f119("fire", 5, A, "經貿路三段 水湳生態住宅A區集合住宅 7樓 住戶報案 冒黑煙 出動水湳、北屯分隊", delay=18, truth=T)
    rng = s.rng
    calls = []
    n = 60
    for i in range(n):
        # most calls in the first quarter of an hour, tapering off; the 1999 queue grows with the burst
        minute = 5.2 + 20.0 * (i / n) ** 1.7 + rng.uniform(0, 0.5)
        lmname, lmpt = LANDMARKS[rng.randrange(len(LANDMARKS))]
        if rng.random() < 0.35:
            pt = s.scatter(A[0], A[1], 30, 150)
            lmname = "經貿路三段"
        else:
            pt = s.scatter(lmpt[0], lmpt[1], 10, 90)
        pool = CALL_TEXTS if minute < 16 else LATE_TEXTS
        text = pool[rng.randrange(len(pool))].format(lm=lmname)
        c = s.c1999("fire_smoke", minute, pt, text, delay=rng.randint(90, 200) + int(12 * i), truth=T)
        calls.append(c)
    # the 1999 platform re-sends one batch of cases at about 19:33
    early = [c for c in calls if c["arrival"] < "2026-06-19T11:30:00Z"]
    for j, c in enumerate(sorted(rng.sample(early, 10), key=lambda c: c["arrival"])):
        s.dup(c, 0)
        s.items[-1][0]["arrival"] = "2026-06-19T11:33:%02dZ" % (5 + 2 * j)
    s.cam("smoke", "SN-CCTV-006", 6, 0.62, truth=T)
    fb = s.sens("fire_alarm", "alarm", "SN-FA-012", 9, "1F 梯間 偵煙探測器動作", truth=T, alt="check_blockB")
    s.f119("fire", 11, A, "第一梯次到達 7樓一戶起火延燒 進行搜救與佈線", follows=f1["key"], truth=T)
    cl = s.police("road_closure", 12, off(*A, -40, 60), "Severe", "經貿路三段 敦化路口至醫大路段 封閉 供消防車作業", truth=T)
    s.rule("congestion", "SN-VD-JINGMAO-02", 13, "Moderate", text="經貿路車輛偵測器2 往南 平均車速 7 km/h", truth=T)
    s.f119("ambulance", 14, off(*A, -30, 20), "住戶2名吸入濃煙 意識清楚 送醫", truth=T)
    s.police("crowd_control", 16, (120.65820, 24.18450), "Moderate", "中央公園側圍觀民眾眾多 拉設封鎖線 淨空消防車道", truth=T)
    s.c1999("illegal_parking", 17, off(*A, -70, 90), "圍觀的人車子亂停在經貿路上 消防車進不去", truth=T)
    s.f119("rescue", 20, A, "8樓受困住戶3人 雲梯車救出 無明顯外傷", truth=T)
    s.c1999("other", 24, off(*S("SN-FA-012"), 15, -10), "我住B區 我們這棟警報器也響了 要不要下樓", truth=T, alt="check_blockB")
    s.sens("fire_alarm", "normal", "SN-FA-012", 26, truth=T, alt="check_blockB")
    s.f119("fire", 27, S("SN-FA-012"), "B區集合住宅 梯間偵煙器動作 派員查看 為A區火場濃煙飄入 無起火", truth=T, alt="check_blockB")
    s.rule("congestion", "SN-VD-ZHONGQING-02", 30, "Minor", text="中清路車輛偵測器2 往南 平均車速 18 km/h", truth=T)
    s.f119("fire", 35, A, "火勢已控制 持續搜索與排煙", follows=f1["key"], truth=T)
    s.c1999("noise", 38, (120.65600, 24.18650), "公園那個音樂會聲音太大了")
    s.f119("fire", 48, A, "火勢撲滅 殘火處理 起火戶燒損約30平方公尺", follows=f1["key"], truth=T)
    for m, t in [(44, "經貿路這邊還是很臭 燒焦味很重 窗戶要關嗎"), (52, "敦化路這邊煙還沒散 小孩一直咳嗽"),
                 (63, "剛剛火災那棟 現在還有煙嗎 我家在隔壁棟")]:
        s.c1999("fire_smoke", m, s.scatter(A[0], A[1], 80, 300), t, delay=rng.randint(150, 400), truth=T)
    s.police("road_closure", 66, off(*A, -40, 60), "Minor", "經貿路三段 火場清理完畢 恢復通行", follows=cl["key"], truth=T)
    s.sens("fire_alarm", "normal", "SN-FA-011", 72, truth=T)
    s.c1999("other", 80, off(*A, 90, -40), "我家陽台跟窗戶都是黑灰 是剛剛火災的嗎 要找誰", delay=360, truth=T)
    s.sens("status", "offline", "SN-PK-004", 22, "資料未回傳")
    s.sens("status", "online", "SN-PK-004", 24)
    s.c1999("illegal_parking", 29, (120.65300, 24.19450), "黎明路有車停在公車站")
    s.c1999("other", 41, (120.64900, 24.18200), "影音中心後面有一隻狗卡在水溝裡")
    s.rule("congestion", "SN-VD-KAIXUAN-01", 47, "Minor", text="凱旋路車輛偵測器1 往北 平均車速 25 km/h")
    s.c1999("streetlight", 58, (120.65800, 24.17500), "醫大後面的路燈整晚一閃一閃")
    s.sens("parking", "full", "SN-PK-005", 33, "車位已滿")
    s.incident(T, "fire", "水湳生態住宅 A 區集合住宅 7 樓住宅火災，2 人嗆傷、3 人受困獲救，經貿路三段封閉約一小時；"
               "數十通 1999 從公園、經貿路、敦化路、醫大與滯洪池一帶報同一處火煙；B 區警報為濃煙飄入。", f1)
    s.alternative("B 區集合住宅（南方約 280 m）的火警總機在 A 區起火 5 分鐘後動作，派員查看前無法排除第二處起火；"
                  "若協調員在 119 回報「濃煙飄入 無起火」前將其另開一案查看，則 B 區的四筆屬 check_blockB。",
                  [s.inc_copy(T), {"label": "check_blockB", "type": "fire",
                                   "description": "B 區集合住宅梯間偵煙器動作，查看後為 A 區火場濃煙飄入。",
                                   "sufficient_evidence_key": fb["key"]}])
    s.notes = ("1999 平台於 19:33 重送一批案件，10 通以相同案號重複送達。公園草地音樂會（許可）與對它的噪音陳情為背景；"
               "PK-005 車位已滿為週五晚上的常態。")
    return s


def s615():
    s = Sit(615, "concert_evening_small_incidents", "2026-06-20 18:30", 61501,
            "週六晚上流行影音中心演唱會（萬人），入場與散場人潮要管制；同一晚在 500 m 內還有：入口扒竊、凱旋路行人號誌不亮、"
            "陣雨後滯洪池 3 旁步道小積水、散場時凱旋路機車撞行人。這些是各自的小案，不是一件演唱會大案。")
    V = LM["popmusic"]
    pm = s.permit("concert", 60, 210, V, "臺中流行影音中心 戶外演唱會 19:30-22:00 預估 10,000 人 凱旋路側人車分流",
                  days_before=14, truth="crowd_popmusic")
    s.c1999("illegal_parking", 5, (120.65050, 24.18650), "凱旋路兩邊都違停 還有人停在人行道上")
    s.sens("parking", "full", "SN-PK-004", 32, "車位已滿", truth="crowd_popmusic")
    s.c1999("crowding", 35, off(*V, 30, 60), "影音中心排隊的人擠到凱旋路車道上了 很危險", truth="crowd_popmusic")
    cc = s.police("crowd_control", 45, off(*V, 20, 40), "Moderate", "流行影音中心入場人潮溢出至凱旋路 派員管制 封閉外側車道", truth="crowd_popmusic")
    s.c1999("other", 70, (120.65180, 24.18600), "凱旋路影音中心前面那個行人紅綠燈壞了 都不亮 大家亂穿越", truth="signal_kaixuan")
    sp = s.police("traffic_signal_fault", 78, (120.65185, 24.18620), "Minor", "凱旋路影音中心前 行人號誌燈不亮 已通報交通局 派員指揮", truth="signal_kaixuan")
    s.c1999("noise", 80, (120.64900, 24.18000), "演唱會好吵 窗戶關起來還是很大聲")
    s.rule("heavy_rain", "SN-RG-001", 100, "Moderate", level="大雨", text="中央公園雨量站 時雨量 41 mm（陣雨）")
    th = s.police("theft", 130, (120.65250, 24.18480), "Minor", "影音中心入口 民眾手機遭扒 嫌犯年約二十 往中央公園方向逃逸", truth="theft_popmusic")
    s.rule("flood_depth", "SN-FL-003", 115, "Minor", level="1-15", text="中央公園滯洪池3 淹水深度 12 cm", truth="pond3", alt=None)
    pd = s.c1999("flooding", 124, (120.65530, 24.18280), "中央公園滯洪池旁邊步道淹水 走不過去 鞋子都濕了", truth="pond3", alt=None)
    s.c1999("noise", 140, (120.66000, 24.18400), "經貿路這邊也聽得到演唱會 已經九點了")
    s.c1999("other", 142, (120.65280, 24.18450), "我在演唱會門口手機被偷了 警察說要來這裡報案嗎", truth="theft_popmusic")
    s.sens("signal", "fault", "SN-SIG-007", 150)
    s.sens("signal", "restored", "SN-SIG-007", 151)
    s.rule("cleared", "SN-FL-003", 150, "Minor", text="中央公園滯洪池3 淹水深度 2 cm", truth="pond3", alt=None)
    s.police("traffic_signal_fault", 165, (120.65185, 24.18620), "Minor", "凱旋路行人號誌 廠商到場更換燈組 恢復正常", follows=sp["key"], truth="signal_kaixuan")
    s.police("crowd_control", 212, off(*V, 20, 40), "Moderate", "演唱會散場 凱旋路人車管制 引導往轉運中心接駁", follows=cc["key"], truth="crowd_popmusic")
    s.c1999("crowding", 215, (120.65200, 24.18800), "散場人好多 凱旋路整條都是人 車子都卡住", truth="crowd_popmusic")
    s.rule("congestion", "SN-VD-KAIXUAN-02", 217, "Moderate", text="凱旋路車輛偵測器2 往北 平均車速 6 km/h", truth="crowd_popmusic")
    A = (120.65140, 24.18720)
    a1 = s.f119("ambulance", 222, A, "凱旋路近影音中心北側 機車撞行人 行人腿部受傷 意識清楚", delay=20, truth="crash_kaixuan")
    s.c1999("traffic_accident", 222.5, off(*A, 20, 30), "凱旋路散場的人被機車撞到 倒在地上", truth="crash_kaixuan")
    s.rule("congestion", "SN-VD-KAIXUAN-02", 224, "Severe", text="凱旋路車輛偵測器2 往北 平均車速 3 km/h", truth="crowd_popmusic", alt="crash_kaixuan")
    s.police("injury_accident", 230, A, "Moderate", "凱旋路影音中心北側約200公尺 機車擦撞穿越行人 行人受傷送醫 機車騎士酒測值0", truth="crash_kaixuan")
    s.c1999("traffic_accident", 236, off(*A, -40, 60), "凱旋路上剛剛有人被撞 現在都不能走", truth="crash_kaixuan")
    s.police("crowd_control", 250, off(*V, 20, 40), "Minor", "散場人潮疏散完畢 解除凱旋路管制", follows=cc["key"], truth="crowd_popmusic")
    s.sens("status", "offline", "SN-CCTV-007", 160, "資料未回傳")
    s.sens("status", "online", "SN-CCTV-007", 161)
    s.c1999("streetlight", 185, (120.65350, 24.19100), "中科路路燈不亮 整段只有一盞壞")
    s.c1999("illegal_parking", 240, (120.65300, 24.19400), "黎明路公車站有車違停")
    s.rule("congestion", "SN-VD-HUANZHONG-02", 195, "Minor", text="環中路車輛偵測器2 往東 平均車速 29 km/h")
    s.incident("crowd_popmusic", "crowd", "流行影音中心演唱會入場與散場人潮溢出凱旋路，警方兩度人車管制；停車場客滿與凱旋路散場回堵屬此案。", cc)
    s.incident("signal_kaixuan", "traffic", "凱旋路影音中心前行人號誌不亮，民眾亂穿越，派員指揮至廠商更換燈組。", sp)
    s.incident("theft_popmusic", "public_safety", "影音中心入口手機遭扒，嫌犯往中央公園方向逃逸。", th)
    s.incident("pond3", "flood", "陣雨後中央公園滯洪池 3 旁步道積水 12 cm，民眾無法通行，約 40 分鐘退去。", pd)
    s.incident("crash_kaixuan", "traffic", "散場時凱旋路影音中心北側約 250 m，機車擦撞穿越行人，行人受傷送醫。", a1)
    s.alternative("滯洪池 3 蓄水是滯洪設計的正常運作，12 cm 步道積水只在公園內，很多協調員不會開案（背景）。"
                  "另外散場時 22:14 的凱旋路嚴重減速，若視為車禍佔用車道所致，則改屬 crash_kaixuan；兩點一併列在此解讀。",
                  [s.inc_copy("crowd_popmusic"), s.inc_copy("signal_kaixuan"), s.inc_copy("theft_popmusic"), s.inc_copy("crash_kaixuan")])
    s.notes = ("演唱會許可列入人潮案（此晚確實形成人潮管制案）；對演唱會的噪音陳情與周邊違停屬例行，列背景。陣雨的雨量警報為背景。")
    return s


def s616():
    s = Sit(616, "late_skewed_delivery_huanzhong", "2026-06-24 16:40", 61601,
            "平日傍晚，環中路近中清路口貨車與自小客碰撞（2 人受傷），同時約 390 m 外水湳轉運中心火警總機動作（廚房油煙誤觸）。"
            "警方派遣系統 16:50-17:25 中斷後一次補送（晚 20-35 分鐘、順序顛倒）；一個警網終端機時鐘慢 7 分鐘；"
            "CCTV-008 時鐘快 4 分鐘；1999 與 119 各有重送。")
    C = (120.65600, 24.19905)
    H = LM["hub"]
    s.permit("road_works", -200, 300, (120.65350, 24.20600), "中清路北段管線工程 佔用外側車道 09:00-18:00", days_before=4)
    s.rule("congestion", "SN-VD-ZHONGQING-01", 3, "Minor", text="中清路車輛偵測器1 往北 平均車速 26 km/h（尖峰）")
    s.sens("parking", "full", "SN-PK-001", 6, "車位已滿")
    c0 = s.cam("accident", "SN-CCTV-008", 12, 0.82, skew_s=240, truth="crash_huanzhong")
    c1 = s.c1999("traffic_accident", 12.5, off(*C, 30, -20), "環中路中清路口 大貨車跟轎車撞到 轎車車頭整個凹進去", delay=80, truth="crash_huanzhong")
    a1 = s.f119("ambulance", 13, C, "環中路近中清路口 大貨車與自小客碰撞 自小客2人受傷 1人受困", delay=22, truth="crash_huanzhong")
    s.dup(a1, 45)
    # police reports written during the outage: delivered in a burst at ~17:26-17:28, newest first
    p1 = s.police("injury_accident", 18, C, "Severe", "環中路二段近中清路口 大貨車與自小客碰撞 自小客駕駛及乘客受傷 駕駛受困", delay=(46.2 - 18) * 60, truth="crash_huanzhong")
    fa = s.sens("fire_alarm", "alarm", "SN-FA-001", 15, "2F 餐飲區 偵煙探測器動作", truth="alarm_hub")
    f1 = s.f119("fire", 16, H, "水湳轉運中心 火警受信總機動作 出動西屯分隊查看", delay=30, truth="alarm_hub")
    s.c1999("traffic_accident", 15, off(*C, -60, 20), "中清環中那邊車禍 救護車跟消防車都來了", truth="crash_huanzhong")
    s.dup(c1, 95)
    s.rule("congestion", "SN-VD-HUANZHONG-03", 17, "Moderate", text="環中路車輛偵測器3 往西 平均車速 8 km/h", truth="crash_huanzhong")
    s.cam("stalled_vehicle", "SN-CCTV-008", 17.5, 0.77, skew_s=240, truth="crash_huanzhong")
    s.sens("fire_alarm", "normal", "SN-FA-001", 23, truth="alarm_hub")
    s.rule("congestion", "SN-VD-ZHONGQING-01", 21, "Moderate", text="中清路車輛偵測器1 往南 平均車速 7 km/h", truth="crash_huanzhong")
    s.f119("fire", 29, H, "現場確認 2樓餐廳油煙誤觸偵煙器 無火警 已復歸", follows=f1["key"], truth="alarm_hub")
    s.f119("rescue", 22, C, "受困駕駛以破壞器材救出 送醫", follows=a1["key"], truth="crash_huanzhong")
    s.cam("stalled_vehicle", "SN-CCTV-004", 24, 0.64, truth="crash_huanzhong")
    p2 = s.police("road_closure", 26, off(*C, -20, 0), "Moderate", "環中路二段往西 中清路口內側二車道 事故處理封閉",
                  delay=(46.0 - 26) * 60, skew_s=-420, truth="crash_huanzhong")
    p3 = s.police("injury_accident", 38, C, "Moderate", "前案傷者2名送中國醫藥大學附設醫院 貨車駕駛酒測值0 現場測繪完畢",
                  delay=(45.9 - 38) * 60, follows=p1["key"], skew_s=-420, truth="crash_huanzhong")
    s.police("theft", 30, (120.65250, 24.19700), "Minor", "水湳轉運中心 旅客行李遭誤拿 經調閱已尋回", delay=(46.1 - 30) * 60)
    s.sens("status", "offline", "SN-CCTV-008", 33, "資料未回傳")
    s.sens("status", "online", "SN-CCTV-008", 35)
    s.c1999("noise", 36, (120.65900, 24.19400), "營運塔旁邊冷氣主機聲音很大 吵一整天")
    s.police("road_closure", 58, off(*C, -20, 0), "Minor", "環中路二段事故車輛拖離 恢復通行", follows=p2["key"], skew_s=-420, truth="crash_huanzhong")
    s.rule("cleared", "SN-VD-HUANZHONG-03", 61, "Minor", text="環中路車輛偵測器3 車速恢復", truth="crash_huanzhong")
    s.c1999("traffic_accident", 52, off(*C, 120, 40), "剛剛五點左右環中路中清路口車禍 我的車被飛出來的碎片打到 要找誰處理", delay=1500, truth="crash_huanzhong")
    s.c1999("streetlight", 44, (120.65000, 24.19690), "環中路機車道上面路燈不亮")
    s.rule("congestion", "SN-VD-LIMING-01", 40, "Minor", text="黎明路車輛偵測器1 往西 平均車速 24 km/h（尖峰）")
    s.incident("crash_huanzhong", "traffic", "環中路二段近中清路口大貨車與自小客碰撞，2 人受傷、1 人受困破壞救出；封閉往西內側兩車道約 40 分鐘。", a1)
    s.incident("alarm_hub", "fire", "水湳轉運中心 2 樓餐廳油煙觸動偵煙器，消防查看確認誤報；距車禍點約 390 m，無關。", f1)
    s.notes = ("警方派遣系統中斷：16:58-17:18 寫成的四筆報告 17:25-17:26 一次補送，最新的先到，因此「傷者送醫」(follows 前案) 比前案先抵達。"
               "其中三筆來自時鐘慢 7 分鐘的終端機（observed 早了 420 s）；CCTV-008 時鐘快 4 分鐘（observed 比 arrival 還晚，仍在 300 s 容許內）。"
               "119 救護案與 1999 一案各重送一次（同 key）。CCTV-004（車禍點西方約 260 m）的停滯車輛為往西車流被擋下的回堵。轉運中心旅客行李誤拿案已自行處理，為背景。")
    return s


if __name__ == "__main__":
    for fn in (s611, s612, s613, s614, s615, s616):
        sit = fn()
        print(*sit.write())
