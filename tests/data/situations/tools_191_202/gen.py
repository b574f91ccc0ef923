#!/usr/bin/env python3
"""Seeded generator for situations 191..202 (Shuinan smart operations center).

Run:  cd tools_191_202 && python3 gen.py && python3 validate.py
Writes NNN_name.jsonl and NNN_name.truth.json into the parent folder, byte for byte stable.
"""
import datetime as dt

from lib import SENSORS, Sit

NAME = lambda s: SENSORS[s]["properties"]["name"]


def band(cm):
    return "1-15" if cm <= 15 else ("16-30" if cm <= 30 else ">30")


def flood(S, at, sid, cm, truth, **kw):
    return S.add(at, "rule", "flood_depth", "%s 淹水深度 %d cm（%s cm）" % (NAME(sid), cm, band(cm)), truth,
                 sensor=sid, level=band(cm), **kw)


def wl(S, at, sid, m, lvl, truth, **kw):
    return S.add(at, "rule", "water_level", "%s 水位 %.2f m，達%s級警戒" % (NAME(sid), m, lvl), truth,
                 sensor=sid, level=str(lvl), **kw)


def rain(S, at, sid, cls, mm, truth, **kw):
    return S.add(at, "rule", "heavy_rain", "%s 時雨量 %.1f mm，達%s標準" % (NAME(sid), mm, cls), truth,
                 sensor=sid, level=cls, **kw)


def cong(S, at, sid, speed, occ, truth, sev="Moderate", **kw):
    return S.add(at, "rule", "congestion", "%s 平均車速 %d km/h、佔有率 %d%%，車流壅塞" % (NAME(sid), speed, occ),
                 truth, sensor=sid, sev=sev, **kw)


def off_rule(S, at, sid, reason, truth, **kw):
    return S.add(at, "rule", "sensor_offline", "%s 逾時未回報，設備離線（status offline: %s）" % (NAME(sid), reason),
                 truth, sensor=sid, sev="Minor", **kw)


def status(S, at, sid, state, truth, reason=None, **kw):
    txt = "%s %s" % (NAME(sid), "連線恢復" if state == "online" else "離線")
    if reason:
        txt += "（%s）" % reason
    return S.add(at, "status", state, txt, truth, sensor=sid, **kw)


# ---------------------------------------------------------------- 191
def s191():
    S = Sit(191, "two_incidents_huanzhong_rush", "2026-03-17",
            "週二早上尖峰，環中路二段上相距約 150 m 的兩個路口幾乎同時各有一件事：中科路口機車與轎車擦撞（1 人受傷），"
            "經貿路二段往北接環中路的左轉車道上一輛大貨車拋錨。兩件各自派工（救護＋警察 vs 拖吊＋警察）。其餘是例行尖峰壅塞與 1999 案件。")
    S.inc("A", "traffic", "環中路二段/中科路口 A2 事故：機車與自小客擦撞，騎士受傷送醫，往東外側車道佔用，回堵至凱旋路方向")
    S.inc("B", "traffic", "經貿路二段往北近環中路口 大貨車拋錨佔用左轉車道，待拖吊，經貿路二段回堵")
    cong(S, "07:35", "SN-VD-HENAN-01", 18, 41, None, sev="Minor")
    S.add("07:38", "1999", "streetlight", "黎明路三段近經貿路 路燈編號 XT-04127 整晚沒亮，早上路過順便反映", None, where="經貿黎明", jitter=60)
    c1 = S.add("07:42:30", "cctv", "stalled_vehicle", "環中路二段往東 外側車道車輛停滯", "A", sensor="SN-CCTV-003", conf=0.71)
    S.add("07:43:40", "1999", "traffic_accident", "環中路中科路口機車跟轎車擦撞，騎士倒在地上還在動，請趕快派人", "A",
          where="環中中科", jitter=25, suff=True)
    S.add("07:44:10", "119", "ambulance", "西屯區環中路二段與中科路口 機車騎士受傷 意識清楚 左腿擦傷", "A", where="環中中科", jitter=15)
    pa = S.add("07:46", "incident", "injury_accident", "環中路二段/中科路口 A2類交通事故，機車與自小客擦撞，1人受傷送醫，往東外側車道佔用", "A",
               where="環中中科", jitter=15, sev="Moderate")
    cong(S, "07:47", "SN-VD-HUANZHONG-02", 14, 52, "A")
    cong(S, "07:49", "SN-VD-ZHONGQING-01", 21, 38, None, sev="Minor")
    S.add("07:51", "1999", "illegal_parking", "逢甲這邊文華路早餐店前面每天都有車並排停車，擋到公車", None, where="文華路", jitter=80)
    cs = S.add("07:55:20", "cctv", "stalled_vehicle", "經貿路二段往北 左轉車道車輛停滯", "B", sensor="SN-CCTV-004", conf=0.83)
    S.add("07:56", "1999", "traffic_accident", "環中路往東塞到不行，前面好像有車禍，機車都在鑽", "A", where=(120.6510, 24.1975), jitter=40)
    cong(S, "07:58", "SN-VD-JINGMAO-01", 12, 57, "B")
    cong(S, "08:00", "SN-VD-HUANZHONG-03", 19, 44, None, sev="Minor", alt="B")
    S.add("08:01", "incident", "stalled_vehicle", "經貿路二段往北近環中路口 大貨車拋錨佔用左轉車道，已通知拖吊，派員疏導", "B",
          where="環中經貿", jitter=30, sev="Minor", suff=True, name="b_po")
    S.add("08:03", "1999", "other", "經貿路要左轉環中路那邊有一台大卡車停在路中間不動，後面整排車卡住", "B", where=(120.6541, 24.1970), jitter=20)
    S.add("08:04:40", "cctv", "stalled_vehicle", "經貿路二段往北 左轉車道車輛停滯（持續）", "B", sensor="SN-CCTV-004", conf=0.88)
    cong(S, "08:06", "SN-VD-HUANZHONG-02", 17, 47, "A")
    S.add("08:09", "1999", "road_damage", "中平路靠近河南路有一個坑洞，機車騎過去很危險", None, where="河南中平", jitter=80)
    cong(S, "08:12", "SN-VD-HUANZHONG-04", 23, 35, None, sev="Minor")
    S.add("08:18", "incident", "injury_accident", "環中路二段/中科路口事故現場處理完畢，車道已恢復通行", "A", where="環中中科", jitter=15,
          sev="Minor", follows=pa)
    S.add("08:24", "1999", "noise", "十二期那邊工地早上七點就在打地基，很吵", None, where="十二期", jitter=120)
    S.add("08:41", "incident", "stalled_vehicle", "經貿路二段拋錨大貨車拖吊完成，左轉車道恢復", "B", where="環中經貿", jitter=30,
          sev="Minor", follows="@b_po")
    S.set_alt("環中路二段車輛偵測器3（經貿路以東）08:00 的壅塞可讀為貨車拋錨的回堵外溢，也可讀為往中清交流道的例行尖峰壅塞。",
              drop=(), add=())
    S.notes = "CCTV 07:42 單獨一筆停滯不足以開案；第一通 1999 清楚描述事故。07:56 的 1999 位置在兩路口之間，但內容指向往東車流前方的事故（A）。"
    return S


# ---------------------------------------------------------------- 192
def s192():
    S = Sit(192, "flood_jingmao_spreading", "2026-06-11",
            "午後雷陣雨，經貿路三段低窪處先積水，約 90 分鐘內沿經貿路三段往南擴大到中平路口（水位站升到二級、封路、1 輛車受困），"
            "同時河南路低窪處（河南路停車場前）另有一處獨立積水。雨量警報是背景。")
    S.inc("A", "flood", "經貿路三段（敦化路口低窪處→中平路口，後延伸至經貿七路口以南）道路積淹水，區域排水達二級警戒，路段封閉，1 車受困")
    S.inc("B", "flood", "河南路低窪處（河南路停車場前）積淹水 >30 cm，河南路車流受阻")
    rain(S, "14:20", "SN-RG-001", "大雨", 42.5, None)
    rain(S, "14:30", "C0F9T0", "大雨", 47.0, None)
    S.add("14:33", "1999", "streetlight", "經貿路三段路燈白天一直亮著，浪費電", None, where="經貿三段北", jitter=60)
    flood(S, "14:40", "SN-FL-008", 8, "A")
    wl(S, "14:50", "SN-WL-003", 1.46, 3, "A")
    S.add("14:52", "1999", "flooding", "經貿路三段靠近敦化路這邊路面積水快到腳踝了，水溝都在冒水", "A", where="經貿敦化", jitter=30, suff=True)
    flood(S, "14:55", "SN-FL-008", 21, "A")
    rain(S, "14:58", "SN-RG-002", "大雨", 44.0, None)
    flood(S, "15:00", "SN-FL-003", 18, None, alt="A")
    S.add("15:05", "incident", "flooding_report", "經貿路三段/敦化路口積水約20公分，多部機車熄火，派員警戒", "A", where="經貿敦化", jitter=20,
          sev="Moderate")
    flood(S, "15:10", "SN-FL-008", 34, "A")
    wl(S, "15:12", "SN-WL-003", 1.83, 2, "A")
    S.add("15:15", "1999", "flooding", "經貿路三段靠近中國醫藥大學那段整段都是水，車子開過去浪打到人行道", "A", where=(120.6601, 24.1772), jitter=40)
    flood(S, "15:20", "SN-FL-007", 19, "B")
    cong(S, "15:20", "SN-VD-JINGMAO-02", 11, 55, "A")
    wl(S, "15:20", "SN-WL-002", 2.08, 3, None, alt="A")
    S.add("15:25", "cctv", "flooding", "經貿路/中平路口 路面積水", "A", sensor="SN-CCTV-011", conf=0.77)
    S.add("15:28", "1999", "flooding", "河南路停車場前面淹水，水已經淹到車子輪胎一半", "B", where="河南停車場", jitter=25, suff=True)
    flood(S, "15:30", "SN-FL-006", 6, None)
    S.add("15:30", "incident", "road_closure", "經貿路三段（敦化路至中平路）雙向封閉，請用路人改道中清路", "A", where=(120.6597, 24.1790), jitter=20,
          sev="Severe", name="a_close")
    flood(S, "15:35", "SN-FL-007", 33, "B")
    S.add("15:35", "1999", "flooding", "經貿路中平路口變成一條河，機車都不敢過", "A", where="經貿中平", jitter=30)
    S.add("15:41", "1999", "noise", "隔壁鄰居裝潢電鑽聲從早上吵到現在", None, where=(120.6640, 24.1880), jitter=80)
    cong(S, "15:45", "SN-VD-HENAN-02", 15, 49, "B")
    S.add("15:45", "1999", "flooding", "經貿七路口往南開始積水了，綠美圖前面那段也有水", "A", where=(120.6575, 24.1900), jitter=30)
    S.add("15:50", "1999", "blocked_drain", "經貿路三段水溝蓋被落葉跟垃圾塞住，水都排不掉，請水利局來清", "A", where=(120.6593, 24.1832), jitter=20)
    S.add("15:50", "incident", "flooding_report", "河南路低窪處積水逾30公分，河南路停車場出入口暫停進出", "B", where="河南停車場", jitter=20,
          sev="Moderate")
    S.add("15:58", "1999", "flooding", "河南路往中平路這邊也淹水了，機車熄火一堆", "B", where=(120.6515, 24.1725), jitter=30)
    S.add("16:00", "incident", "flooding_report", "經貿路/中平路口積水30公分以上，自小客1輛受困，駕駛待救", "A", where="經貿中平", jitter=20,
          sev="Severe", name="a_trap")
    S.add("16:02", "119", "rescue", "北屯區經貿路三段與中平路口 轎車受困積水 駕駛1人待救", "A", where="經貿中平", jitter=15)
    rain(S, "16:05", "C0F9T0", "大雨", 41.0, None)
    S.add("16:06", "1999", "other", "大里那邊垃圾車今天沒來", None, where=(120.6950, 24.1600), jitter=100)
    flood(S, "16:10", "SN-FL-008", 24, "A")
    S.add("16:25", "incident", "flooding_report", "經貿路/中平路口受困駕駛已救出，車輛待拖吊", "A", where="經貿中平", jitter=20, sev="Moderate",
          follows="@a_trap")
    flood(S, "16:25", "SN-FL-007", 14, "B")
    S.add("16:40", "incident", "road_closure", "經貿路三段積水退去，16:35解除封閉", "A", where=(120.6597, 24.1790), jitter=20, sev="Minor",
          follows="@a_close")
    S.set_alt("中央公園滯洪池（滯洪池3淹水感測、南滯洪池水位三級）是設計上的蓄洪，通常不是派工；但嚴格的調度員可能把它們併入同時段的經貿路淹水監看。",
              drop=(), add=())
    S.notes = "雨量警報（大雨）是區域背景，不是單一派工，標為 null。中清環中地下道 6 cm 單筆、無民眾反映，標為 null。"
    return S


# ---------------------------------------------------------------- 193
CALL_TEMPLATES = [
    ("經貿路三段那棟生態住宅大樓7樓冒黑煙，好像有火", "A區", 40),
    ("我住A區對面，看到有一戶窗戶有火光，煙很大", "A區", 60),
    ("經貿路三段集合住宅失火，樓上有人在陽台喊救命", "A區", 30),
    ("水湳那邊大樓火災，煙往中央公園飄", "公園中", 80),
    ("中央公園散步看到東邊那排大樓冒很濃的黑煙", "公園中", 120),
    ("敦化路這邊聞到很重的燒焦味，前面大樓在燒", "B區", 50),
    ("B區住戶，隔壁A區那棟失火了，要不要疏散？", "B區", 30),
    ("經貿路上一堆人在看，大樓在冒煙，消防車到了沒", (120.6592, 24.1845), 30),
    ("火災！經貿路三段，快點", "A區", 40),
    ("大樓冒煙，地址不知道，就在中國醫藥大學水湳校區北邊", (120.6590, 24.1790), 60),
    ("我在中清路上開車，看到水湳經貿路那邊大樓火很大", "中清路中", 80),
    ("樓梯間都是煙，我們在10樓出不去", "A區", 10),
    ("生態住宅A區7樓起火，管理員已經在廣播", "A區", 15),
    ("經貿路三段大樓火災，濃煙", "A區", 50),
    ("有大樓在燒，從綠美圖這邊都看得到", "綠美圖", 60),
]


def s193():
    S = Sit(193, "residential_fire_call_burst", "2026-01-22",
            "冬夜 19:24 水湳生態住宅A區集合住宅 7 樓起火：受信總機火警、119、數十通 1999（含遠處民眾描述同一棟）、監視器煙霧、"
            "經貿路三段管制與連帶壅塞、住戶嗆傷送醫。另有逢甲文華路空地燒雜草的 1999 案件，是另一件事。")
    S.inc("A", "fire", "水湳生態住宅A區集合住宅（經貿路三段）7 樓住宅火警，有住戶受困與嗆傷，經貿路三段南下管制，周邊回堵")
    S.inc("B", "fire", "西屯區文華路空地露天燃燒雜草，煙霧大（環保局＋消防查看，小案）")
    S.add("19:24:40", "fire_alarm", "alarm", "水湳生態住宅A區 受信總機 火警 第8區（7F）", "A", sensor="SN-FA-011")
    rng = S.rng
    t0 = S.t("19:25:20")
    calls = []
    for i in range(38):
        tpl, where, jit = CALL_TEMPLATES[i % len(CALL_TEMPLATES)]
        at = t0 + dt.timedelta(seconds=int(i * 30 + rng.randint(0, 40)))
        k = S.add(at, "1999", "fire_smoke", tpl, "A", where=where, jitter=jit, suff=(i == 0))
        calls.append(k)
    # far callers describing the same building
    S.add("19:31", "1999", "fire_smoke", "我在逢甲這邊頂樓，往東看中央公園東邊那排住宅大樓有一戶在燒，火光很明顯", "A", where="逢甲", jitter=60)
    S.add("19:33", "1999", "fire_smoke", "北屯這邊看過去，水湳經貿路那棟新大樓七八樓有火，請確認有沒有人報了", "A", where="北屯", jitter=100)
    S.add("19:26", "119", "fire", "北屯區經貿路三段 集合住宅7樓住宅火警 濃煙竄出 疑有住戶受困", "A", where="A區", jitter=10)
    S.add("19:29:30", "cctv", "smoke", "經貿路二段/經貿七路 畫面南側煙霧", "A", sensor="SN-CCTV-006", conf=0.62)
    S.add("19:30", "incident", "fire_report", "經貿路三段生態住宅A區7樓火警，已到場管制，協助疏散住戶", "A", where="A區", jitter=20, sev="Severe", name="a_po")
    S.add("19:35", "1999", "fire_smoke", "文華路這邊空地有人在燒雜草，煙很大飄進我們家", "B", where="文華路", jitter=40, suff=True)
    S.add("19:36", "incident", "road_closure", "經貿路三段（經貿七路至中平路）南下車道管制，供消防車作業", "A", where=(120.6590, 24.1855), jitter=20,
          sev="Moderate")
    S.add("19:38", "fire_alarm", "fault", "水湳生態住宅B區 受信總機 設備故障（主電源異常）", None, sensor="SN-FA-012")
    cong(S, "19:40", "SN-VD-JINGMAO-02", 9, 61, "A")
    S.add("19:44", "1999", "fire_smoke", "文華路空地那邊還在燒，火越來越大", "B", where="文華路", jitter=40)
    cong(S, "19:45", "SN-VD-ZHONGQING-02", 22, 40, "A", sev="Minor", alt=None)
    S.add("19:47", "119", "fire", "西屯區文華路 空地雜草燃燒 約20平方公尺", "B", where="文華路", jitter=20)
    S.add("19:50", "119", "ambulance", "北屯區經貿路三段 集合住宅火警 住戶2名吸入濃煙 送醫", "A", where="A區", jitter=10)
    S.add("19:52", "1999", "noise", "中清路這邊酒吧音樂太大聲", None, where=(120.6650, 24.1850), jitter=80)
    S.add("20:05", "incident", "fire_report", "經貿路三段住宅火警 19:58 撲滅，2人送醫，餘由消防局調查", "A", where="A區", jitter=20, sev="Moderate",
          follows="@a_po")
    S.add("20:40", "fire_alarm", "normal", "水湳生態住宅A區 受信總機 復歸", "A", sensor="SN-FA-011")
    S.add("20:45", "1999", "streetlight", "凱旋路路燈不亮 編號 XT-03301", None, where="凱旋中段", jitter=40)
    # two re-deliveries of 1999 cases
    S.dup(calls[3], 35)
    S.dup(calls[17], 120)
    S.set_alt("中清路車輛偵測器2 的輕度壅塞可能是經貿路管制後的改道車流（併入 A），也可能是中清路平常的晚間車流（噪音）。",
              drop=(), add=())
    S.notes = "第一通 1999（受信總機火警之後 40 秒）即足以開案。遠處（逢甲、北屯）民眾描述的是同一棟大樓，歸 A；文華路燒雜草是另一件小案 B。"
    return S


# ---------------------------------------------------------------- 194
def s194():
    S = Sit(194, "concert_evening_small_incidents", "2026-10-10",
            "國慶夜臺中流行影音中心演唱會（約 2 萬人），人潮、停車場滿、周邊壅塞、違停與噪音陳情都是活動造成的；"
            "同時附近有機車自摔、場內手機遭竊、兒童走失，以及舞台煙霧觸發的火警受信總機（2 分鐘內復歸，119 到場確認）。")
    S.inc("E", "crowd", "臺中流行影音中心國慶演唱會（17:00–22:30）人潮、交通與停車管理，含散場疏導")
    S.inc("T", "traffic", "凱旋路近黎明路機車自摔，騎士受傷送醫")
    S.inc("P", "public_safety", "演唱會場內觀眾手機／錢包遭竊（扒竊），警方受理")
    S.inc("R", "rescue", "演唱會場 6 歲男童走失，警方協尋，21:18 尋獲")
    S.inc("F", "fire", "流行影音中心受信總機火警（舞台煙霧觸發），119 派車確認為誤報")
    S.add("09:30", "planned_event", "concert", "臺中流行影音中心 國慶演唱會，預估2萬人，凱旋路、中科路周邊交通管制", "E",
          where="影音中心", jitter=0, obs=S.t("17:00"), ends=S.t("22:30"), arrival=S.t("09:30", day=-8), suff=True)
    cong(S, "17:20", "SN-VD-HUANZHONG-01", 24, 33, None, sev="Minor")
    S.add("17:40", "parking", "full", "中央公園地下停車場(南) 汽車位已滿", "E", sensor="SN-PK-005")
    cong(S, "17:55", "SN-VD-KAIXUAN-02", 13, 51, "E")
    S.add("18:05", "1999", "illegal_parking", "凱旋路流行影音中心旁邊紅線整排都停滿車", "E", where=(120.6512, 24.1862), jitter=40, alt=None)
    S.add("18:10", "parking", "full", "中央公園地下停車場(北) 汽車位已滿", "E", sensor="SN-PK-004")
    cong(S, "18:15", "SN-VD-ZHONGKE-01", 16, 46, "E")
    S.add("18:20", "cctv", "crowding", "經貿路二段/黎明路三段 人行道人群聚集（接駁車排隊）", "E", sensor="SN-CCTV-005", conf=0.84)
    S.add("18:25", "1999", "streetlight", "中科路南段路燈閃爍 編號 XT-05518", None, where="中科路南", jitter=40)
    S.add("18:30", "incident", "crowd_control", "流行影音中心入場人潮約2萬人，凱旋路側車道管制，派員疏導", "E", where="影音中心", jitter=30,
          sev="Moderate", name="e_po")
    S.add("18:32", "parking", "full", "臺中國際會展中心停車場 汽車位已滿", "E", sensor="SN-PK-006", alt=None)
    S.add("18:40", "1999", "illegal_parking", "中科路機車停到人行道上，輪椅過不去", "E", where="中科公園", jitter=40, alt=None)
    S.add("18:55", "1999", "illegal_parking", "十二期巷子裡被看演唱會的車停滿，擋住我家車庫", "E", where="十二期", jitter=60, alt=None)
    cong(S, "19:05", "SN-VD-LIMING-01", 19, 39, None, sev="Minor")
    S.add("19:41", "1999", "traffic_accident", "凱旋路靠近黎明路有機車自己摔倒，人躺在地上", "T", where=(120.6496, 24.1918), jitter=25, suff=True)
    S.add("19:43", "119", "ambulance", "西屯區凱旋路三段近黎明路 機車自摔 騎士頭部擦傷", "T", where=(120.6496, 24.1918), jitter=15)
    S.add("19:55", "incident", "accident", "凱旋路三段近黎明路 機車自摔，A2類，騎士送醫，無他車涉入", "T", where=(120.6496, 24.1918), jitter=15,
          sev="Minor")
    S.add("20:15", "incident", "theft", "流行影音中心場內觀眾手機遭竊，已受理報案", "P", where="影音中心", jitter=20, sev="Minor",
          alt="E", suff=True)
    S.add("20:22", "1999", "other", "看演唱會錢包被扒走，現場警察在哪裡？", "P", where="影音中心", jitter=40, alt="E")
    S.add("20:50", "1999", "other", "我兒子6歲在流行影音中心走失了，穿藍色上衣", "R", where="影音中心", jitter=30, suff=True)
    S.add("20:56", "incident", "other", "流行影音中心 6歲男童走失協尋，已通報現場員警與主辦單位廣播", "R", where="影音中心", jitter=20,
          sev="Moderate", name="r_po")
    S.add("21:05", "fire_alarm", "alarm", "臺中流行影音中心 受信總機 火警 第3區（舞台區）", "F", sensor="SN-FA-006", suff=True, alt=None)
    S.add("21:06", "119", "fire", "西屯區流行影音中心 火警受信總機動作 派車查看", "F", where="影音中心", jitter=10, alt=None)
    S.add("21:07", "fire_alarm", "normal", "臺中流行影音中心 受信總機 復歸", "F", sensor="SN-FA-006", alt=None)
    S.add("21:12", "1999", "noise", "流行影音中心演唱會聲音好大，小孩沒辦法睡", "E", where="十二期", jitter=150, alt=None)
    S.add("21:20", "incident", "other", "走失男童已於場內服務台尋獲，交還家屬", "R", where="影音中心", jitter=20, sev="Minor",
          follows="@r_po")
    S.add("21:35", "1999", "noise", "演唱會低音震到窗戶在響，現在幾點了還在唱", "E", where=(120.6490, 24.1835), jitter=100, alt=None)
    S.add("21:38", "1999", "noise", "樓上在唱卡拉OK", None, where=(120.6700, 24.1750), jitter=80)
    S.add("22:10", "1999", "crowding", "散場人潮全部擠在公車站，馬路上都是人", "E", where=(120.6517, 24.1875), jitter=30)
    S.add("22:15", "cctv", "crowding", "黎明路三段/凱旋路 人群聚集", "E", sensor="SN-CCTV-007", conf=0.79)
    cong(S, "22:18", "SN-VD-KAIXUAN-02", 10, 58, "E")
    S.add("22:20", "incident", "crowd_control", "演唱會散場，凱旋路、中科路疏導中，接駁車往轉運中心", "E", where="影音中心", jitter=30,
          sev="Moderate", follows="@e_po")
    S.set_alt("較嚴格的讀法：活動造成的違停與噪音陳情、會展中心停車場滿屬例行（null）；場內扒竊由活動勤務警力處理，併入活動 E；"
              "2 分鐘內復歸的舞台煙霧火警不算一件派工（null）。",
              drop=("P", "F"))
    S.notes = "許可（planned_event）於 8 天前到達，其到達即可開活動案。F：調度員在火警當下仍會請 119 查看，故主讀法為一件。"
    return S


# ---------------------------------------------------------------- 195
def s195():
    S = Sit(195, "crash_with_messy_delivery", "2026-04-08",
            "河南路/中平路口午間車禍，證據以重複、延遲、亂序與時鐘錯誤送達：警方報告的時間戳把 UTC 標成 +08:00（早了 8 小時）、"
            "原始報告晚 45 分鐘才到而它的後續報告先到、1999 批次晚 45 分鐘、CCTV 重送三次。1 km 外經貿路/中平路口號誌故障（控制器時鐘快 4 分鐘、"
            "故障→恢復→故障的訊息亂序）是另一件。")
    S.inc("A", "traffic", "河南路/中平路口兩車碰撞，1 人受傷送醫，路口部分車道佔用")
    S.inc("B", "traffic", "經貿路/中平路口號誌故障（閃爍、短暫恢復後再故障），需號誌廠商 2 小時內到場")
    skew = dt.timedelta(hours=-8)
    S.add("12:55", "parking", "full", "河南路停車場 汽車位已滿", None, sensor="SN-PK-003")
    c = S.add("13:10:05", "cctv", "stalled_vehicle", "河南路/中平路口 路口中央車輛停滯", "A", sensor="SN-CCTV-010", conf=0.66)
    S.dup(c, 40)
    S.dup(c, 600)
    e = S.add("13:11", "119", "ambulance", "西屯區河南路與中平路口 汽車碰撞 1人頸部疼痛", "A", where="河南中平", jitter=15, suff=True)
    po = S.add("13:12", "incident", "injury_accident", "河南路/中平路口 自小客與自小客碰撞 A2類 1人送醫 佔用內側車道", "A",
               where="河南中平", jitter=15, sev="Moderate", obs=S.t("13:12") + skew, delay=45 * 60)
    k = cong(S, "13:14", "SN-VD-ZHONGPING-01", 12, 54, "A")
    S.dup(k, 5)
    cong(S, "13:16", "SN-VD-HENAN-02", 17, 45, "A")
    late = 45 * 60
    S.add("13:13", "1999", "traffic_accident", "河南路中平路口兩台車撞在一起，有一個人坐在路邊", "A", where="河南中平", jitter=30, delay=late + 60)
    S.add("13:15", "1999", "traffic_accident", "中平路往河南路那邊車禍，塞住了", "A", where=(120.6522, 24.1711), jitter=30, delay=late - 20)
    S.add("13:18", "1999", "streetlight", "河南路路燈桿被撞歪了，不知道是不是剛剛那個車禍", "A", where=(120.6508, 24.1716), jitter=15,
          delay=late + 10, alt=None)
    S.add("13:20", "1999", "other", "河南路停車場收費機壞掉不能找零", None, where="河南停車場", jitter=15, delay=late)
    S.add("13:50", "incident", "injury_accident", "河南路/中平路口事故現場處理完畢，車輛已移置，恢復通行", "A", where="河南中平", jitter=15,
          sev="Minor", follows=po, obs=S.t("13:50") + skew, delay=120)
    # signal B: controller clock 4 minutes fast
    fast = dt.timedelta(minutes=4)
    f1 = S.add("13:30", "signal", "fault", "經貿路/中平路 號誌 閃爍異常", "B", sensor="SN-SIG-011", obs=S.t("13:30") + fast, delay=8)
    S.add("13:31", "cctv", "signal_dark", "經貿路/中平路口 號誌黑燈", "B", sensor="SN-CCTV-011", conf=0.72, suff=True)
    S.add("13:36", "signal", "restored", "經貿路/中平路 號誌 恢復正常", "B", sensor="SN-SIG-011", obs=S.t("13:36") + fast, delay=30 * 60)
    S.add("13:41", "signal", "fault", "經貿路/中平路 號誌 閃爍異常", "B", sensor="SN-SIG-011", obs=S.t("13:41") + fast, delay=10, name="b_sg2")
    S.add("13:44", "1999", "other", "經貿路中平路口紅綠燈一直閃黃燈，車子亂鑽很危險", "B", where="經貿中平", jitter=30)
    S.add("13:52", "incident", "traffic_signal_fault", "經貿路/中平路口號誌閃爍，已派員指揮並通報交通局", "B", where="經貿中平", jitter=15,
          sev="Moderate")
    S.dup(S.names["b_sg2"], 90)
    S.add("14:05", "status", "offline", "臺灣大道/環中路 路口監視器 離線（comms_lost）", None, sensor="SN-CCTV-009")
    S.add("14:07", "status", "online", "臺灣大道/環中路 路口監視器 連線恢復", None, sensor="SN-CCTV-009")
    S.add("14:12", "status", "offline", "臺灣大道/環中路 路口監視器 離線（comms_lost）", None, sensor="SN-CCTV-009")
    S.add("14:13", "status", "online", "臺灣大道/環中路 路口監視器 連線恢復", None, sensor="SN-CCTV-009")
    S.add("14:20", "1999", "noise", "逢甲那邊資源回收車音樂太大聲", None, where="逢甲", jitter=100)
    S.add("15:10", "signal", "restored", "經貿路/中平路 號誌 恢復正常（廠商修復）", "B", sensor="SN-SIG-011", obs=S.t("15:10") + fast, delay=6)
    S.set_alt("被撞歪的路燈桿（1999 路燈案）可讀為車禍 A 的一部分，也可讀為建設局的例行路燈案（null）。", drop=())
    S.notes = ("警方兩筆的 observed 早了 8 小時（來源把 UTC 時刻標成 +08:00）；後續報告（follows 原始報告）比原始報告先到。"
               "B 的 signal 時戳快 4 分鐘，13:36 的恢復訊息延遲 30 分鐘才到，晚於 13:41 的再次故障。119 是第一筆明確的事故證據。")
    return S


# ---------------------------------------------------------------- 196
PARK_GW = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]


def s196():
    S = Sit(196, "park_sensor_gateway_offline", "2026-08-03",
            "凌晨中央公園感測閘道器斷電：公園 5 個滯洪池淹水感測、2 個滯洪池水位與公園雨量站在 40 秒內一起離線，約 4.5 小時後一起恢復（一件設施維修案）。"
            "同時段：環中路車輛偵測器4 通訊反覆斷線（設備抖動）、臺灣大道監視器排定維護、經貿路區域排水水位站電池低（單一設備例行工單），"
            "以及一群改裝車沿中科路→環中路→經貿路移動飆車擾民（一件移動中的治安案）。")
    S.inc("G", "infrastructure", "中央公園感測閘道器（市電中斷）離線，公園 8 個淹水／水位／雨量感測器同時失聯，需維護廠商到場")
    S.inc("S", "public_safety", "改裝車聚集飆車，沿中科路→環中路二段→經貿路二段移動，噪音擾民，警方攔查")
    t = S.t("02:10:05")
    for i, sid in enumerate(PARK_GW):
        status(S, t + dt.timedelta(seconds=i * 5 + S.rng.randint(0, 4)), sid, "offline", "G", reason="mains_power_lost",
               suff=(i == 2))
    S.add("02:11", "fire_alarm", "fault", "中央公園地下停車場 受信總機 設備故障（主電源異常，備用電池供電中）", "G",
          sensor="SN-FA-007", alt=None)
    S.add("02:24", "1999", "noise", "中科路一群改裝車在飆車，排氣管超大聲", "S", where="中科公園", jitter=40)
    t2 = S.t("02:30:30")
    for i, sid in enumerate(PARK_GW):
        off_rule(S, t2 + dt.timedelta(seconds=i * 7), sid, "mains_power_lost", "G")
    S.add("02:31", "1999", "noise", "環中路中科路口一直有車在甩尾，很吵", "S", where="環中中科", jitter=40, suff=True)
    status(S, "02:35", "SN-VD-HUANZHONG-04", "offline", None, reason="comms_lost")
    status(S, "02:37", "SN-VD-HUANZHONG-04", "online", None)
    S.add("02:40", "incident", "public_disturbance", "經貿路二段 改裝車約10輛聚集競速，已派巡邏車攔查", "S", where=(120.6548, 24.1965), jitter=30,
          sev="Moderate", name="s_po")
    S.add("02:52", "cctv", "crowding", "經貿路二段/黎明路三段 人群聚集（車輛旁）", "S", sensor="SN-CCTV-005", conf=0.58)
    status(S, "03:00", "SN-CCTV-009", "offline", None, reason="maintenance")
    status(S, "03:05", "SN-VD-HUANZHONG-04", "offline", None, reason="comms_lost")
    status(S, "03:06", "SN-VD-HUANZHONG-04", "online", None)
    S.add("03:15", "incident", "public_disturbance", "經貿路二段改裝車已驅離，告發6件", "S", where=(120.6548, 24.1965), jitter=30,
          sev="Minor", follows="@s_po")
    status(S, "03:40", "SN-VD-HUANZHONG-04", "offline", None, reason="comms_lost")
    status(S, "03:42", "SN-VD-HUANZHONG-04", "online", None)
    status(S, "03:50", "SN-CCTV-009", "online", None)
    status(S, "04:30", "SN-WL-003", "offline", None, reason="battery_low")
    off_rule(S, "04:50", "SN-WL-003", "battery_low", None)
    S.add("05:40", "1999", "other", "中央公園清潔隊早上掃落葉吹葉機很吵", None, where="公園中", jitter=150)
    t3 = S.t("06:41:10")
    for i, sid in enumerate(PARK_GW):
        status(S, t3 + dt.timedelta(seconds=i * 6 + S.rng.randint(0, 3)), sid, "online", "G")
    S.add("06:43", "fire_alarm", "normal", "中央公園地下停車場 受信總機 復歸（主電源恢復）", "G", sensor="SN-FA-007", alt=None)
    cong(S, "07:45", "SN-VD-HUANZHONG-02", 21, 37, None, sev="Minor")
    S.set_alt("公園地下停車場受信總機的主電源故障與閘道器斷電同時發生，可讀為同一次停電（G），也可讀為受信總機本身的設備故障通知（null，不是派工）。",
              drop=())
    S.notes = "單一設備的離線／抖動／排定維護屬例行（null）；閘道器下多個設備同時離線才構成一件。第 3 筆同時離線即可判斷為閘道器問題。"
    return S


# ---------------------------------------------------------------- 197
def s197():
    S = Sit(197, "power_outage_cascade", "2026-07-21",
            "傍晚尖峰台電饋線跳脫，水湳南側（中平路沿線、生態住宅B區）停電：住戶 1999 停電、河南路停車場離線、路燈不亮（台電/建設局）；"
            "中平路兩處路口號誌黑燈（警察指揮交通＋交通局）；黑燈的經貿路/中平路口隨後發生車禍（次生事故）；B區電梯受困 2 人（119 救助）。")
    S.inc("U", "infrastructure", "台電饋線跳脫，水湳南側（中平路沿線、生態住宅B區）停電，約 80 分鐘後復電")
    S.inc("S", "traffic", "停電致河南路/中平路、經貿路/中平路兩處號誌黑燈，派員指揮交通至復電")
    S.inc("C", "traffic", "黑燈的經貿路/中平路口兩車碰撞（次生事故），1 人受傷")
    S.inc("R", "rescue", "生態住宅B區（敦化路一段）停電電梯受困 2 人，119 救出")
    cong(S, "17:30", "SN-VD-HUANZHONG-01", 22, 36, None, sev="Minor")
    S.add("17:35:40", "signal", "fault", "河南路/中平路 號誌 黑燈（電源中斷）", "S", sensor="SN-SIG-010", alt="U")
    S.add("17:35:45", "signal", "fault", "經貿路/中平路 號誌 黑燈（電源中斷）", "S", sensor="SN-SIG-011", alt="U")
    status(S, "17:35:50", "SN-PK-003", "offline", "U", reason="mains_power_lost")
    S.add("17:36:30", "cctv", "signal_dark", "河南路/中平路口 號誌黑燈", "S", sensor="SN-CCTV-010", conf=0.88, alt="U", suff=True, name="s_cv")
    S.add("17:37", "1999", "other", "敦化路這邊突然停電，整棟都沒電", "U", where="B區", jitter=40)
    S.add("17:38", "cctv", "signal_dark", "經貿路/中平路口 號誌黑燈", "S", sensor="SN-CCTV-011", conf=0.81, alt="U")
    S.add("17:39", "1999", "other", "中平路店家全部停電，冷氣都停了", "U", where=(120.6580, 24.1730), jitter=60)
    S.add("17:40", "1999", "other", "經貿路三段南邊停電，請問什麼時候會來電", "U", where="經貿三段南", jitter=50, suff=True)
    S.add("17:41", "119", "rescue", "北屯區敦化路一段 集合住宅 停電電梯受困 2人", "R", where="B區", jitter=10, suff=True)
    S.add("17:42", "1999", "other", "我們大樓電梯卡在5樓，裡面有老人跟小孩，管理員聯絡不到廠商", "R", where="B區", jitter=20)
    cong(S, "17:44", "SN-VD-ZHONGPING-01", 9, 63, "S", alt="U")
    S.add("17:45", "incident", "traffic_signal_fault", "中平路河南路口、經貿路口號誌停電黑燈，派員指揮交通", "S", where=(120.6555, 24.1720),
          jitter=50, sev="Moderate", alt="U", name="s_po")
    S.add("17:46", "1999", "other", "停電了，我家冰箱的東西怎麼辦", "U", where=(120.6600, 24.1790), jitter=80)
    S.add("17:52", "1999", "traffic_accident", "經貿路中平路口紅綠燈沒亮，兩台車撞在一起", "C", where="經貿中平", jitter=25, suff=True)
    S.add("17:53", "119", "ambulance", "北屯區經貿路與中平路口 汽車碰撞 1人胸口疼痛", "C", where="經貿中平", jitter=10)
    cong(S, "17:55", "SN-VD-ZHONGPING-02", 11, 58, "C", alt="U")
    off_rule(S, "17:56", "SN-PK-003", "mains_power_lost", "U")
    S.add("17:58", "incident", "injury_accident", "經貿路/中平路口（號誌黑燈）自小客與自小貨碰撞 A2類 1人送醫", "C", where="經貿中平",
          jitter=15, sev="Moderate", name="c_po")
    S.add("18:02", "119", "rescue", "敦化路一段電梯受困2人已救出 無人受傷", "R", where="B區", jitter=10)
    S.add("18:05", "1999", "other", "中國醫藥大學水湳校區附近也停電", "U", where="中國醫", jitter=60)
    S.add("18:10", "1999", "illegal_parking", "黎明路有車停在公車站", None, where=(120.6520, 24.1947), jitter=40)
    cong(S, "18:15", "SN-VD-HENAN-01", 20, 40, None, sev="Minor")
    S.add("18:20", "incident", "accident", "經貿路/中平路口事故車輛已移置", "C", where="經貿中平", jitter=15, sev="Minor",
          follows="@c_po")
    S.add("18:40", "1999", "streetlight", "中平路整排路燈都沒亮，很暗", "U", where=(120.6560, 24.1712), jitter=50)
    S.add("18:55", "signal", "restored", "河南路/中平路 號誌 恢復正常", "S", sensor="SN-SIG-010", alt="U")
    S.add("18:55:10", "signal", "restored", "經貿路/中平路 號誌 恢復正常", "S", sensor="SN-SIG-011", alt="U")
    status(S, "18:55:30", "SN-PK-003", "online", "U")
    S.add("19:02", "incident", "traffic_signal_fault", "中平路號誌已復電，撤除指揮警力", "S", where=(120.6555, 24.1720), jitter=50,
          sev="Minor", follows="@s_po", alt="U")
    S.add("19:10", "1999", "noise", "隔壁工廠晚上還在敲敲打打", None, where=(120.6700, 24.1800), jitter=80)
    S.set_alt("停電與號誌黑燈可視為同一件（台電＋交通局＋警察在同一件事裡協調），號誌證據全部併入 U，中平路車輛偵測器2 的壅塞也讀為停電黑燈的整體回堵（U）；車禍 C 與受困 R 仍分開。",
              drop=("S",), change={"U": {"sufficient_evidence_key": S.names["s_cv"],
                                          "description": "台電饋線跳脫，水湳南側停電，含中平路兩處號誌黑燈與交通指揮，約 80 分鐘後復電"}})
    S.notes = "中平路車輛偵測器2（經貿路口以東 500 m）的壅塞主讀法歸車禍 C（事故回堵）；另一讀法把它視為停電黑燈造成的整體壅塞，歸 U（S 已併入 U）。"
    return S


# ---------------------------------------------------------------- 198
def s198():
    S = Sit(198, "typhoon_night_trees_underpass", "2026-09-15",
            "颱風夜：雨量站豪雨／大豪雨（背景）。相距約 300 m 的兩棵路樹倒塌（敦化路一段、經貿路三段，各自派工）；環中路二段凱旋路口招牌掉落；"
            "中清環中路口地下道淹水封閉；中央公園北滯洪池水位達二級；經貿路/環中路號誌閃爍。路燈不亮與鐵皮聲響陳情屬例行。")
    S.inc("T1", "infrastructure", "敦化路一段（生態住宅B區旁）路樹倒塌阻斷南下車道")
    S.inc("T2", "infrastructure", "經貿路三段（生態住宅A區前）路樹倒塌佔用外側車道")
    S.inc("T3", "infrastructure", "環中路二段/凱旋路口 招牌被風吹落掉在車道上")
    S.inc("F", "flood", "中清路/環中路口地下道積水逾 30 cm，地下道封閉")
    S.inc("W", "flood", "中央公園北滯洪池水位達二級警戒，滯洪池 1 淹水感測上升，需監看溢流")
    S.inc("SG", "traffic", "經貿路二段/環中路二段號誌閃爍（颱風），需廠商到場")
    rain(S, "21:00", "C0F9T0", "豪雨", 52.0, None)
    rain(S, "21:10", "SN-RG-002", "豪雨", 55.5, None)
    S.add("21:25", "1999", "streetlight", "黎明路路燈整排不亮", None, where=(120.6515, 24.1945), jitter=60)
    rain(S, "21:30", "SN-RG-001", "大豪雨", 61.0, None)
    S.add("21:40", "1999", "fallen_tree", "敦化路一段B區旁邊的路樹倒了，整個擋住往南的車道", "T1", where="B區", jitter=25, suff=True)
    S.add("21:46", "1999", "fallen_tree", "敦化路有樹倒在路上，車子過不去", "T1", where=(120.6594, 24.1806), jitter=25)
    S.add("21:52", "incident", "fallen_object", "敦化路一段路樹倒塌阻斷南下車道，已設置警示", "T1", where="B區", jitter=15, sev="Moderate", name="t1_po")
    S.add("21:58", "1999", "fallen_tree", "B區門口大樹倒下來壓到一台機車", "T1", where="B區", jitter=20)
    S.add("22:06", "1999", "other", "颱風把隔壁鐵皮吹得一直響，睡不著", None, where=(120.6650, 24.1900), jitter=100)
    S.add("22:10", "1999", "fallen_tree", "敦化路倒樹還沒處理嗎？剛剛有人打過了嗎", "T1", where="B區", jitter=30)
    S.add("22:18", "1999", "fallen_tree", "經貿路三段A區大樓前面一棵行道樹倒了，倒在外側車道", "T2", where="A區", jitter=20, suff=True)
    S.add("22:21", "cctv", "fallen_object", "環中路二段/凱旋路口 車道掉落物", "T3", sensor="SN-CCTV-002", conf=0.74)
    cong(S, "22:24", "SN-VD-JINGMAO-02", 15, 44, "T2")
    S.add("22:26", "1999", "fallen_tree", "經貿路上有樹倒了，在生態住宅那邊", "T2", where=(120.6590, 24.1848), jitter=30, alt="T1")
    S.add("22:28", "incident", "fallen_object", "環中路二段凱旋路口 招牌遭強風吹落，佔用內側車道", "T3", where="凱旋環中", jitter=15,
          sev="Moderate", suff=True, name="t3_po")
    flood(S, "22:30", "SN-FL-006", 22, "F")
    S.add("22:33", "incident", "fallen_object", "經貿路三段生態住宅A區前 路樹倒塌 佔用外側車道", "T2", where="A區", jitter=15, sev="Moderate")
    S.add("22:37", "1999", "other", "環中路凱旋路口有招牌掉下來，差點砸到車", "T3", where="凱旋環中", jitter=25)
    wl(S, "22:40", "SN-WL-001", 2.12, 3, "W")
    flood(S, "22:50", "SN-FL-006", 38, "F", suff=True)
    S.add("22:52", "cctv", "flooding", "中清路/環中路口 路面積水", "F", sensor="SN-CCTV-008", conf=0.81)
    S.add("22:58", "1999", "flooding", "中清路環中路那個地下道淹水了，有車子還在往裡面開", "F", where="中清環中", jitter=30)
    S.add("23:00", "incident", "road_closure", "中清路/環中路口地下道積水封閉，車輛改道平面", "F", where="中清環中", jitter=15, sev="Severe")
    flood(S, "23:05", "SN-FL-001", 26, "W")
    cong(S, "23:06", "SN-VD-ZHONGQING-01", 14, 51, "F")
    S.add("23:20", "signal", "fault", "經貿路二段/環中路二段 號誌 閃爍異常", "SG", sensor="SN-SIG-004", suff=True)
    S.add("23:27", "1999", "other", "經貿路環中路口紅綠燈在閃黃燈", "SG", where="環中經貿", jitter=30)
    wl(S, "23:40", "SN-WL-001", 2.58, 2, "W", suff=True)
    S.add("23:45", "signal", "restored", "經貿路二段/環中路二段 號誌 恢復正常", "SG", sensor="SN-SIG-004")
    S.add("23:50", "1999", "streetlight", "中科路路燈燈罩被吹掉", None, where="中科路中", jitter=60)
    S.add("23:58", "incident", "fallen_object", "敦化路一段倒樹已由養工處移除，恢復通行", "T1", where="B區", jitter=15, sev="Minor",
          follows="@t1_po")
    flood(S, "00:10", "SN-FL-006", 17, "F", day=1)
    S.add("00:15", "incident", "fallen_object", "環中路二段招牌已移除", "T3", where="凱旋環中", jitter=15, sev="Minor", follows="@t3_po",
          day=1)
    S.set_alt("經貿路三段與敦化路一段相距約 300 m；22:26 這通只說「經貿路上、生態住宅那邊」，也可能是看到敦化路那棵（A、B 兩區都叫生態住宅）。",
              drop=())
    S.notes = "北滯洪池在三級時只是監看，二級（23:40）才開案。豪雨／大豪雨警報屬背景（null）。"
    return S


# ---------------------------------------------------------------- 199
def s199():
    S = Sit(199, "campus_chemical_leak_vs_sewage_odor", "2026-11-05",
            "中國醫藥大學水湳校區實驗室鹽酸外洩：火警受信總機、119 危險物品、疏散與封路、下風處刺鼻味陳情、遠處民眾描述現場。"
            "330 m 外的水湳水資源回收中心平常就有臭味陳情（早上與下午各有）— 例行，不屬本案。")
    S.inc("H", "hazmat", "中國醫藥大學水湳校區實驗大樓化學品（鹽酸）外洩，人員疏散，2 名學生不適送醫，經貿路三段近中平路封閉")
    S.add("09:10", "1999", "other", "水資源回收中心又在臭了，一股臭水溝味", None, where="回收中心", jitter=60)
    cong(S, "09:15", "SN-VD-HENAN-01", 19, 38, None, sev="Minor")
    S.add("09:40", "1999", "other", "經貿路三段回收中心旁邊很臭，每天都這樣，環保局管一下", None, where=(120.6596, 24.1768), jitter=40)
    S.add("10:05", "1999", "road_damage", "凱旋路人孔蓋鬆動，車子壓過去碰碰響", None, where="凱旋中段", jitter=40)
    S.add("10:32", "fire_alarm", "alarm", "中國醫藥大學水湳校區 受信總機 火警 第12區（實驗大樓4F）", "H", sensor="SN-FA-010")
    S.add("10:34", "1999", "gas_odor", "中國醫藥大學水湳校區實驗大樓飄出很刺鼻的化學味，學生都在往外跑", "H", where="中國醫", jitter=30, suff=True)
    S.add("10:35", "119", "hazmat", "北屯區中國醫藥大學水湳校區 實驗室化學品（鹽酸）外洩 人員疏散中", "H", where="中國醫", jitter=10)
    S.add("10:40", "incident", "hazmat_report", "中國醫藥大學水湳校區 實驗室鹽酸外洩，協助疏散及周邊管制", "H", where="中國醫", jitter=20,
          sev="Severe", name="h_po")
    S.add("10:42", "incident", "road_closure", "經貿路三段（回收中心至中平路）封閉，下風處民眾請勿靠近", "H", where=(120.6600, 24.1750), jitter=20,
          sev="Moderate", name="h_close")
    S.add("10:45", "1999", "gas_odor", "中平路這邊有酸酸刺鼻的味道，眼睛有點痛", "H", where=(120.6612, 24.1735), jitter=40)
    S.add("10:48", "1999", "gas_odor", "回收中心這邊的味道跟平常不一樣，是刺鼻的酸味，不是臭水溝", "H", where="回收中心", jitter=40)
    S.add("10:50", "1999", "crowding", "我在河南路停車場，看到中國醫藥大學水湳校區那邊很多學生站在路邊，消防車好幾台", "H",
          where="河南停車場", jitter=30)
    S.add("10:52", "1999", "other", "好臭喔，不知道是不是回收中心又在臭", "H", where=(120.6585, 24.1770), jitter=40, alt=None)
    cong(S, "10:55", "SN-VD-ZHONGPING-02", 13, 52, "H")
    S.add("10:58", "119", "ambulance", "中國醫藥大學水湳校區 學生2名吸入不適 送醫", "H", where="中國醫", jitter=10)
    S.add("11:02", "1999", "gas_odor", "中平路皇城街這邊聞到化學味，要關窗嗎？", "H", where="中平皇城", jitter=60)
    S.add("11:05", "1999", "streetlight", "河南路路燈白天亮著", None, where="河南路中", jitter=60)
    S.add("11:10", "1999", "gas_odor", "我家在經貿路三段，小孩說喉嚨痛，外面有怪味", "H", where=(120.6603, 24.1785), jitter=50)
    S.add("11:30", "fire_alarm", "normal", "中國醫藥大學水湳校區 受信總機 復歸", "H", sensor="SN-FA-010")
    S.add("11:35", "incident", "hazmat_report", "中國醫藥大學水湳校區外洩已控制，環保局檢測中", "H", where="中國醫", jitter=20, sev="Moderate",
          follows="@h_po")
    S.add("12:10", "incident", "road_closure", "經貿路三段12:05解除封閉", "H", where=(120.6600, 24.1750), jitter=20, sev="Minor",
          follows="@h_close")
    cong(S, "12:20", "SN-VD-JINGMAO-02", 24, 31, None, sev="Minor")
    S.add("13:40", "1999", "other", "回收中心下午又開始臭了", None, where="回收中心", jitter=60)
    S.add("14:05", "1999", "illegal_parking", "中國醫藥大學校門口機車亂停", None, where="中國醫", jitter=60)
    S.set_alt("10:52 這通沒有說刺鼻、自己猜是回收中心，可能是例行的回收中心臭味陳情（null）。", drop=())
    S.notes = "早上與下午的回收中心臭味陳情屬例行（null）。河南路停車場的民眾離現場約 600 m，描述的是校區的疏散現場，歸 H。"
    return S


# ---------------------------------------------------------------- 200
def s200():
    S = Sit(200, "wrong_way_driver_moving", "2026-12-19",
            "週六凌晨一輛自小客從台74線下來逆向駛入環中路二段，沿環中路往東經四個路口監視器，左轉經貿路二段，在黎明路口撞上機車（同一件，移動中）；"
            "之前 10 分鐘凱旋路/黎明路口另有一輛車拋錨（另一件，離逆向路徑約 300 m）。")
    S.inc("W", "traffic", "逆向行駛自小客（疑酒駕）台74線→環中路二段往東→經貿路二段，終於經貿路/黎明路口撞機車，1 人受傷，駕駛移送")
    S.inc("S", "traffic", "凱旋路/黎明路口自小客拋錨，已放置三角錐待拖吊")
    S.add("01:12", "1999", "noise", "逢甲夜市收攤還在吵", None, where="逢甲", jitter=100)
    S.add("01:20", "cctv", "stalled_vehicle", "黎明路三段/凱旋路 車輛停滯", "S", sensor="SN-CCTV-007", conf=0.70)
    S.add("01:24", "cctv", "crowding", "臺灣大道/環中路 人群聚集", None, sensor="SN-CCTV-009", conf=0.41)
    S.add("01:28", "incident", "stalled_vehicle", "凱旋路三段/黎明路口 自小客拋錨 已放置三角錐 待拖吊", "S", where="凱旋黎明", jitter=15,
          sev="Minor", suff=True, name="s_po")
    S.add("01:31:10", "cctv", "wrong_way", "台74線/環中路二段 逆向行駛車輛", "W", sensor="SN-CCTV-001", conf=0.81)
    S.add("01:31:50", "cctv", "wrong_way", "凱旋路/環中路二段 逆向行駛車輛", "W", sensor="SN-CCTV-002", conf=0.77, suff=True)
    S.add("01:33", "incident", "other", "環中路二段有自小客逆向往東行駛，請沿線警網攔截", "W", where=(120.6500, 24.1972), jitter=40,
          sev="Severe")
    S.add("01:33:20", "cctv", "wrong_way", "中科路/環中路二段 逆向行駛車輛", "W", sensor="SN-CCTV-003", conf=0.69)
    S.add("01:34:10", "cctv", "wrong_way", "經貿路二段/環中路二段 逆向行駛車輛", "W", sensor="SN-CCTV-004", conf=0.72)
    S.add("01:35", "cctv", "wrong_way", "經貿路二段/黎明路三段 逆向行駛車輛", "W", sensor="SN-CCTV-005", conf=0.64)
    S.add("01:36", "status", "offline", "經貿路二段/經貿七路 路口監視器 離線（comms_lost）", None, sensor="SN-CCTV-006")
    S.add("01:36:30", "cctv", "stalled_vehicle", "經貿路二段/黎明路三段 路口車輛停滯", "W", sensor="SN-CCTV-005", conf=0.79, alt="W2")
    S.add("01:37", "status", "online", "經貿路二段/經貿七路 路口監視器 連線恢復", None, sensor="SN-CCTV-006")
    S.add("01:38", "1999", "traffic_accident", "經貿路黎明路口有車子撞到機車，那台車剛剛好像是逆向開過來的", "W", where="經貿黎明", jitter=25,
          alt="W2", name="w2_cz")
    S.add("01:39", "119", "ambulance", "西屯區經貿路二段與黎明路口 汽機車碰撞 機車騎士1人受傷", "W", where="經貿黎明", jitter=10, alt="W2")
    S.add("01:44", "incident", "injury_accident", "經貿路二段/黎明路口 逆向自小客撞擊機車 A2類 駕駛已控制", "W", where="經貿黎明", jitter=15,
          sev="Severe", alt="W2", name="w_po")
    S.add("01:52", "1999", "other", "凱旋路黎明路口那台拋錨的車還在，擋住一個車道", "S", where="凱旋黎明", jitter=30)
    S.add("02:05", "incident", "stalled_vehicle", "凱旋路三段拋錨車輛拖吊完成", "S", where="凱旋黎明", jitter=15, sev="Minor",
          follows="@s_po")
    S.add("02:15", "1999", "noise", "環中路一直有救護車聲音", None, where=(120.6460, 24.1930), jitter=100)
    S.add("04:02", "incident", "injury_accident", "經貿路二段逆向肇事駕駛酒測值0.82 mg/L，依公共危險罪移送", "W", where="經貿黎明", jitter=15,
          sev="Moderate", follows="@w_po", alt="W2")
    S.set_alt("逆向車在經貿路/黎明路口撞上機車後，調度上也可視為另開一件交通事故（W2，救護＋事故處理），逆向追緝 W 就此結束。",
              drop=(), add=({"label": "W2", "type": "traffic",
                             "description": "經貿路二段/黎明路口 逆向自小客撞擊機車，1 人受傷（另開事故案）",
                             "sufficient_evidence_key": S.names["w2_cz"]},))
    S.notes = "兩支監視器連續偵測逆向（01:31:50）即足以開案。01:36 的 CCTV-006 短暫離線為設備抖動（null）。"
    return S


# ---------------------------------------------------------------- 201
def s201():
    S = Sit(201, "expo_weekend_roadworks", "2026-11-14",
            "週六臺中國際會展中心大型展覽（人潮、三個停車場滿、經貿路/黎明路壅塞、違停陳情），同日中平路（經貿路–皇城街）拓寬施工與其回堵、"
            "施工圍籬傾倒；會展中心 B 棟受信總機火警（參展商煙霧機，119 查看誤報）；81 歲失智長者在會展中心走失後尋獲。")
    S.inc("X", "crowd", "臺中國際會展中心週末展覽（10:00–18:00）人潮、停車與交通疏導")
    S.inc("R", "infrastructure", "中平路（經貿路–皇城街）拓寬施工，半幅封閉與回堵，13:20 施工圍籬傾倒佔用車道")
    S.inc("F", "fire", "會展中心 B 棟受信總機火警（參展商煙霧機觸發），119 到場確認誤報")
    S.inc("L", "rescue", "81 歲失智長者於會展中心走失，警方協尋，16:05 尋獲")
    S.add("08:00", "planned_event", "exhibition", "臺中國際會展中心 週末展覽 預估入場4萬人次，經貿路二段周邊交通疏導", "X",
          where="會展", jitter=0, obs=S.t("10:00"), ends=S.t("18:00"), arrival=S.t("15:00", day=-12), suff=True)
    S.add("08:00", "planned_event", "road_works", "中平路（經貿路至皇城街）拓寬工程 半幅施工 09:00-17:00", "R",
          where=(120.6630, 24.1750), jitter=0, obs=S.t("09:00"), ends=S.t("17:00"), arrival=S.t("10:00", day=-5), suff=True)
    cong(S, "09:30", "SN-VD-ZHONGPING-02", 18, 42, "R")
    cong(S, "10:05", "SN-VD-HUANZHONG-01", 25, 32, None, sev="Minor")
    cong(S, "10:20", "SN-VD-JINGMAO-01", 14, 50, "X")
    cong(S, "10:30", "SN-VD-LIMING-01", 16, 47, "X")
    S.add("10:40", "parking", "full", "臺中國際會展中心停車場 汽車位已滿", "X", sensor="SN-PK-006")
    S.add("10:50", "cctv", "crowding", "經貿路二段/黎明路三段 人群聚集", "X", sensor="SN-CCTV-005", conf=0.80)
    S.add("11:00", "parking", "full", "經貿六停車場 汽車位已滿", "X", sensor="SN-PK-002")
    cong(S, "11:00", "SN-VD-ZHONGPING-02", 12, 55, "R")
    S.add("11:10", "1999", "illegal_parking", "會展中心旁邊經貿路二段紅線都停滿了", "X", where=(120.6555, 24.1950), jitter=40, alt=None)
    S.add("11:20", "incident", "crowd_control", "會展中心入場人潮眾多，經貿路二段、黎明路派員疏導", "X", where="會展", jitter=30, sev="Moderate")
    S.add("11:30", "parking", "full", "水湳轉運中心停車場 汽車位已滿", "X", sensor="SN-PK-001")
    S.add("11:45", "1999", "illegal_parking", "黎明路三段機車停滿人行道", "X", where=(120.6530, 24.1952), jitter=40, alt=None)
    S.add("11:50", "cctv", "crowding", "經貿路二段/經貿七路 人群聚集", "X", sensor="SN-CCTV-006", conf=0.73)
    S.add("12:15", "1999", "road_damage", "中平路施工的地方路面坑坑洞洞，鐵板翹起來", "R", where=(120.6625, 24.1748), jitter=40)
    S.add("12:30", "cctv", "crowding", "河南路/中平路 人群聚集", None, sensor="SN-CCTV-010", conf=0.35)
    S.add("13:20", "1999", "other", "中平路施工圍籬倒在車道上，機車差點撞到", "R", where=(120.6640, 24.1752), jitter=30)
    S.add("13:28", "incident", "fallen_object", "中平路施工圍籬傾倒佔用外側車道，已通知施工單位", "R", where=(120.6640, 24.1752), jitter=15,
          sev="Minor")
    S.add("14:05", "fire_alarm", "alarm", "臺中國際會展中心 B棟 受信總機 火警 第5區（展廳）", "F", sensor="SN-FA-003", suff=True)
    S.add("14:06", "119", "fire", "西屯區臺中國際會展中心B棟 火警受信總機動作 派車查看", "F", where="會展", jitter=15)
    S.add("14:08", "fire_alarm", "normal", "臺中國際會展中心 B棟 受信總機 復歸", "F", sensor="SN-FA-003")
    S.add("14:25", "119", "fire", "會展中心B棟火警 查為參展商煙霧機 誤報", "F", where="會展", jitter=15)
    S.add("14:30", "1999", "noise", "十二期有人在辦婚宴放鞭炮", None, where="十二期", jitter=100)
    S.add("15:20", "1999", "other", "我爸爸在會展中心走失了，81歲有失智，穿灰色外套", "L", where="會展", jitter=30, suff=True)
    S.add("15:35", "incident", "other", "會展中心 81歲失智長者走失協尋，已通報轄區與主辦單位", "L", where="會展", jitter=20, sev="Moderate", name="l_po")
    cong(S, "15:40", "SN-VD-JINGMAO-01", 13, 53, "X")
    S.add("16:05", "incident", "other", "走失長者於水湳轉運中心候車區尋獲，交還家屬", "L", where="轉運", jitter=20, sev="Minor",
          follows="@l_po")
    S.add("16:30", "incident", "road_closure", "中平路施工收工，車道恢復", "R", where=(120.6630, 24.1750), jitter=20, sev="Minor")
    S.add("17:50", "cctv", "crowding", "經貿路二段/黎明路三段 人群聚集（散場）", "X", sensor="SN-CCTV-005", conf=0.82)
    cong(S, "18:05", "SN-VD-LIMING-01", 12, 56, "X")
    S.set_alt("展覽造成的違停陳情可以是活動案的一部分，也可以是交通局／警察的例行違停案（null）。", drop=())
    S.notes = "兩張許可都在數天前到達，即可開案。長者在約 300 m 外的轉運中心尋獲，仍是同一件 L。"
    return S


# ---------------------------------------------------------------- 202
def s202():
    S = Sit(202, "night_carpark_fire_late_evidence", "2026-02-25",
            "凌晨 03:12 中央公園地下停車場一輛車起火：受信總機火警後轉為故障、停車場（北）斷電離線；119 派遣紀錄因介接中斷延到 05:00 才送達，"
            "車主報案 09:20 才到，隔天早上有民眾反映焦味與燻黑。早上 07:50 中科路另有一件追撞（離停車場約 400 m，無關）。")
    S.inc("C", "fire", "中央公園地下停車場（北）B2 車輛火警，停車場斷電、暫停使用，白天善後")
    S.inc("K", "traffic", "中科路近中央公園自小客追撞（A3 類，無人傷），車道佔用")
    S.add("03:12", "fire_alarm", "alarm", "中央公園地下停車場 受信總機 火警 第2區（B2）", "C", sensor="SN-FA-007", suff=True)
    S.add("03:14", "fire_alarm", "alarm", "中央公園地下停車場 受信總機 火警 第3區（B2）", "C", sensor="SN-FA-007")
    status(S, "03:16", "SN-PK-004", "offline", "C", reason="mains_power_lost")
    S.add("03:17", "fire_alarm", "fault", "中央公園地下停車場 受信總機 設備故障（迴路斷線）", "C", sensor="SN-FA-007")
    S.add("03:18", "119", "fire", "北屯區中央公園地下停車場 B2 車輛起火 濃煙", "C", where="停車場北", jitter=15, arrival=S.t("05:00:40"), name="c_em")
    S.add("03:25", "1999", "fire_smoke", "我開計程車經過，中央公園停車場出口一直冒白煙", "C", where=(120.6575, 24.1893), jitter=20)
    off_rule(S, "03:36", "SN-PK-004", "mains_power_lost", "C")
    S.add("03:40", "incident", "fire_report", "中央公園地下停車場車輛火警，已協助管制出入口", "C", where="停車場北", jitter=20, sev="Moderate",
          arrival=S.t("05:01:10"))
    S.add("03:58", "119", "fire", "中央公園地下停車場車輛火警 03:51 撲滅 無人受傷", "C", where="停車場北", jitter=15, arrival=S.t("05:00:50"),
          follows="@c_em")
    S.add("04:30", "fire_alarm", "normal", "中央公園地下停車場 受信總機 復歸", "C", sensor="SN-FA-007")
    cong(S, "07:30", "SN-VD-HUANZHONG-02", 18, 43, None, sev="Minor")
    S.add("07:40", "1999", "other", "中央公園地下停車場裡面都是燒焦味，牆壁黑黑的，有一台車燒掉了，到底怎麼了", "C", where="停車場北", jitter=30,
          alt=None)
    S.add("07:48", "1999", "illegal_parking", "中央公園停車場封起來，大家都停到經貿路旁邊紅線上", "C", where="經貿三段北", jitter=40, alt=None)
    cong(S, "07:50", "SN-VD-HENAN-01", 17, 44, None, sev="Minor")
    S.add("07:51", "1999", "traffic_accident", "中科路公園這段兩台車追撞，停在路中間", "K", where="中科公園", jitter=25, suff=True)
    cong(S, "07:55", "SN-VD-ZHONGKE-01", 10, 58, "K")
    S.add("07:58", "incident", "accident", "中科路近中央公園 自小客追撞 A3類 無人受傷 佔用內側車道", "K", where="中科公園", jitter=15, sev="Minor", name="k_po")
    S.add("08:10", "1999", "streetlight", "河南路路燈不亮", None, where="河南路中", jitter=60)
    S.add("08:25", "incident", "accident", "中科路追撞車輛已移置", "K", where="中科公園", jitter=15, sev="Minor", follows="@k_po")
    S.add("09:20", "incident", "fire_report", "車主報案：停放於中央公園地下停車場之自小客於凌晨起火燒毀", "C", where="停車場北", jitter=20, sev="Minor",
          obs=S.t("03:10"))
    S.add("09:30", "1999", "other", "中央公園停車場什麼時候可以開？我的車停在裡面", "C", where="停車場北", jitter=40)
    S.add("10:05", "1999", "noise", "中科路施工機具太吵", None, where="中科路中", jitter=80)
    status(S, "10:30", "SN-PK-004", "online", "C")
    S.add("11:15", "1999", "other", "北屯路上有流浪狗", None, where="北屯", jitter=200)
    S.set_alt("早上關於焦味、燻黑與停車場封閉造成路邊違停的 1999 陳情，可讀為火警案的善後（C），也可讀為另交建設局／交通局的例行陳情（null）。",
              drop=())
    S.notes = "03:12 的受信總機火警（公共停車場）即足以開案。119 與警方的夜間紀錄於 05:00 後才送達；車主報案的 observed 是起火時間，到達在 6 小時後。"
    return S


ALL = [s191, s192, s193, s194, s195, s196, s197, s198, s199, s200, s201, s202]

if __name__ == "__main__":
    for f in ALL:
        print(f().write())
