"""Generator of situations 1111-1122: an ordinary fortnight (2016-05-09 .. 05-22) in 水湳.

Seeded (random.Random(situation number)); rerun to get byte-identical files.
"""
from datetime import timedelta

from lib import Situation, offset, SENSORS

ALL = []


def reg(fn):
    ALL.append(fn)
    return fn


def inc(s, label):
    return next(dict(i) for i in s.incidents if i["label"] == label)


# ---------------------------------------------------------------------------
@reg
def s1111():
    s = Situation(1111, "commuter_rush_huanzhong", "2016-05-09",
                  "週一早上尖峰（06:45-10:00）。環中路、中清路、黎明路的例行車流壅塞，轉運中心停車場滿位；"
                  "07:46 環中路二段往中清方向、中科路口前三車追撞占用內側車道，約45分鐘排除。")
    # background: device blip before the rush
    s.sensor("status", "offline", "SN-VD-HENAN-01", "06:52:14", "河南路車輛偵測器1 離線", None,
             reason="comms_lost", delay=(1, 5))
    s.sensor("rule", "sensor_offline", "SN-VD-HENAN-01", "07:02:14",
             "河南路車輛偵測器1 超過10分鐘未回報", None, severity="Minor", delay=(2, 10))
    s.congestion("SN-VD-HUANZHONG-02", "07:20", 21, 38, None)
    s.sensor("status", "online", "SN-VD-HENAN-01", "07:31:40", "河南路車輛偵測器1 恢復連線", None,
             delay=(1, 5))
    s.congestion("SN-VD-HUANZHONG-03", "07:32", 24, 35, None)
    s.congestion("SN-VD-ZHONGQING-01", "07:40", 17, 44, None, severity="Moderate")
    s.congestion("SN-VD-HUANZHONG-01", "07:45", 26, 33, None)
    # the crash
    jx, jy = s.pos("SN-SIG-003")
    crash = offset(jx, jy, -60, -15)
    cc = s.sensor("cctv", "stalled_vehicle", "SN-CCTV-003", "07:47:05",
                  "中科路/環中路二段 路口監視器偵測車輛停滯（內側車道）", "A", confidence=0.78,
                  delay=(5, 25))
    c1 = s.report("1999", "traffic_accident", *crash, "07:49",
                  "民眾來電：環中路往中清方向，中科路口前面三台車追撞，卡在內側車道，後面開始塞。", "A",
                  scatter=(40, 140))
    s.congestion("SN-VD-HUANZHONG-02", "07:53", 8, 71, "A", alt=None, severity="Moderate")
    s.report("1999", "traffic_accident", *crash, "07:51",
             "民眾反映環中路二段中科路口車禍，好像沒人受傷但車道被擋住。", "A", scatter=(60, 250))
    s.congestion("SN-VD-LIMING-01", "07:55", 23, 36, None)
    pr = s.report("incident", "accident", *crash, "07:47",
                  "環中路二段往東、中科路口前三車追撞，無人受傷，占用內側車道，已派員處理。", "A",
                  severity="Minor", delay=(900, 1260))
    s.sensor("parking", "full", "SN-PK-001", "07:58", "水湳轉運中心停車場 汽車位已滿", None,
             delay=(30, 120))
    s.dup(cc, 610)  # the camera's event re-sent after a gateway reconnect
    s.report("1999", "illegal_parking", 120.6541, 24.1962, "08:10",
             "經貿路二段轉運中心旁紅線有車並排停車，擋住公車進站。", None, scatter=(20, 80))
    s.report("incident", "road_reopened", *crash, "08:31",
             "環中路二段中科路口追撞事故車輛已移至路邊，恢復通行。", "A", severity="Minor",
             delay=(240, 480), follows=pr)
    s.cleared("SN-VD-HUANZHONG-01", "08:40", "環中路車輛偵測器1 車速恢復", None)
    s.cleared("SN-VD-LIMING-01", "08:35", "黎明路車輛偵測器1 車速恢復", None)
    s.cleared("SN-VD-HUANZHONG-03", "08:50", "環中路車輛偵測器3 車速恢復", None)
    s.cleared("SN-VD-HUANZHONG-02", "09:05", "環中路車輛偵測器2 車速恢復", None)
    s.cleared("SN-VD-ZHONGQING-01", "09:10", "中清路車輛偵測器1 車速恢復", None)
    s.report("1999", "streetlight", 120.6562, 24.1712, "09:20",
             "中平路靠近經貿路的路燈白天一直亮著，燈桿編號看不清楚。", None, scatter=(10, 60))
    s.report("1999", "road_damage", 120.6476, 24.1935, "09:41",
             "黎明路三段凱旋路口附近人孔蓋周圍下陷，機車經過會跳。", None, scatter=(10, 50))
    s.incident("A", "traffic", "環中路二段中科路口前三車追撞（無人受傷），占用內側車道約45分鐘", c1)
    s.alternative(
        "07:53 環中路車輛偵測器2 的第二筆（Moderate）壅塞告警：它在追撞點西側約230 m的上游，但同一偵測器 07:20 已因尖峰壅塞告警；"
        "可讀為事故回堵（A），也可讀為尖峰壅塞的加劇（背景）。",
        [inc(s, "A")])
    s.notes = "尖峰時段的壅塞告警與轉運中心滿位是每天都有的背景；偵測器短暫斷線為例行設備異常。"
    return s


# ---------------------------------------------------------------------------
@reg
def s1112():
    s = Situation(1112, "kitchen_fire_eco_block_a", "2016-05-10",
                  "週二傍晚（17:30-20:30）。18:41 水湳生態住宅A區集合住宅7樓廚房油鍋起火，受信總機動作、"
                  "對面住戶與公園民眾報案、119派遣；一人嗆傷送醫，19:20 撲滅復歸。背景為傍晚車流與零星陳情；"
                  "19:30 逢甲商圈附近另有一件老人跌倒的救護。")
    fa = "SN-FA-011"
    bx, by = s.pos(fa)
    s.report("1999", "noise", 120.6642, 24.1885, "17:38",
             "北屯區工地傍晚還在打樁，很吵。", None, scatter=(20, 100))
    s.congestion("SN-VD-JINGMAO-02", "17:45", 22, 37, None)
    s.congestion("SN-VD-ZHONGQING-02", "17:50", 19, 41, None)
    s.congestion("SN-VD-HUANZHONG-03", "18:02", 23, 36, None)
    s.cleared("SN-VD-JINGMAO-02", "18:31", "經貿路車輛偵測器2 車速恢復", None)
    a1 = s.sensor("fire_alarm", "alarm", fa, "18:42:10", "水湳生態住宅A區 受信總機 7F 廚房 差動式探測器動作", "F",
                  delay=(2, 8))
    d = s.report("119", "fire", bx - 0.0002, by + 0.0003, "18:44",
                 "經貿路三段 水湳生態住宅A區 7樓住戶廚房油鍋起火，住戶以滅火器撲救中，派遣水湳分隊、消防車2、救護車1。",
                 "F", delay=(15, 45), status="dispatched")
    c1 = s.report("1999", "fire_smoke", bx, by, "18:45",
                  "對面大樓七樓有一戶窗戶一直冒黑煙，不知道有沒有人。", "F", scatter=(90, 160))
    a2 = s.sensor("fire_alarm", "alarm", fa, "18:46:31", "水湳生態住宅A區 受信總機 7F 梯廳 偵煙式探測器動作", "F",
                  delay=(2, 8))
    c2 = s.report("1999", "fire_smoke", bx, by, "18:47",
                  "中央公園這邊看到經貿路那邊大樓冒煙，有聞到燒焦味。", "F", scatter=(180, 260))
    s.dup(c2, 95)
    s.report("119", "fire", bx - 0.0002, by + 0.0003, "18:51", "水湳分隊到達現場，7樓廚房火勢侷限，進行搜索及排煙。",
             "F", delay=(10, 40), status="on_scene", follows=d)
    s.congestion("SN-VD-JINGMAO-02", "18:55", 11, 58, "F", alt=None, severity="Moderate")
    s.report("incident", "fire_report", bx, by, "18:50",
             "經貿路三段住宅火警，員警到場管制外側車道供消防車停放，疏導圍觀民眾。", "F", severity="Moderate",
             delay=(700, 960))
    s.report("119", "ambulance", bx - 0.0002, by + 0.0003, "18:58",
             "水湳生態住宅A區火警現場，一名60多歲女性住戶嗆傷，送醫。", "F", delay=(10, 40), status="dispatched")
    s.report("1999", "other", 120.6612, 24.1852, "19:02",
             "我媽媽住在經貿路三段那棟A區，聽說失火了，打電話都沒人接，可以幫忙確認嗎？", "F", scatter=(10, 60))
    s.report("1999", "illegal_parking", 120.6586, 24.1742, "19:10",
             "中國醫藥大學水湳校區門口一直有車停在人行道上。", None, scatter=(20, 80))
    s.sensor("fire_alarm", "normal", fa, "19:20:05", "水湳生態住宅A區 受信總機 復歸", "F", delay=(2, 8))
    r = s.report("119", "ambulance", 120.6455, 24.1812, "19:30",
                 "西屯區福星路（逢甲商圈附近）住宅，80歲男性在家中跌倒，頭部流血，派遣救護車。", "R",
                 alt=None, delay=(10, 40), status="dispatched")
    s.report("119", "fire", bx - 0.0002, by + 0.0003, "19:35", "火勢撲滅，現場交還管委會，車輛返隊。", "F",
             delay=(10, 40), status="returning", follows=d)
    s.report("119", "ambulance", 120.6455, 24.1812, "19:52", "傷者送往中國醫藥大學附設醫院，救護車返隊。", "R",
             alt=None, delay=(10, 40), status="returning", follows=r)
    s.report("119", "fire", bx - 0.0002, by + 0.0003, "19:55", "案件結案。", "F", delay=(10, 40), status="closed",
             follows=d)
    s.cleared("SN-VD-JINGMAO-02", "19:40", "經貿路車輛偵測器2 車速恢復", "F", alt=None)
    s.incident("F", "fire", "水湳生態住宅A區7樓廚房油鍋火警，一人嗆傷送醫", d)
    s.incident("R", "rescue", "逢甲商圈附近住宅老人跌倒頭部受傷，119救護（與火警無關，約1.4 km外）", r)
    s.alternative(
        "兩點可議：(1) 例行119救護（老人在家跌倒）由消防局自行處理，營運中心可能不另開事件，其紀錄為背景；"
        "(2) 18:55 經貿路車輛偵測器2的壅塞（約200 m外）可讀為消防車占用車道所致（F），也可讀為傍晚車流（背景）。",
        [inc(s, "F")])
    return s


# ---------------------------------------------------------------------------
@reg
def s1113():
    s = Situation(1113, "panel_fault_museumbrary_night", "2016-05-11",
                  "週三凌晨（00:30-06:00）。臺中綠美圖受信總機第3迴路反覆故障，02:31 一次探測器動作，119派車確認為誤報；"
                  "其餘為夜間例行：北屯雨量站電池低電量離線、住戶噪音陳情、路燈報修。")
    fa = "SN-FA-004"
    fx, fy = s.pos(fa)
    s.report("1999", "streetlight", 120.6531, 24.1882, "00:35",
             "中科路靠公園那段連續三盞路燈不亮，很暗。", None, scatter=(10, 80))
    s.report("1999", "noise", 120.6594, 24.1789, "00:46",
             "樓上住戶半夜一直拖椅子、走路很大聲，睡不著。", None, scatter=(10, 60))
    f1 = s.sensor("fire_alarm", "fault", fa, "01:12:40", "臺中綠美圖 受信總機 第3迴路 斷線故障", "P", delay=(2, 8))
    s.dup(f1, 4)
    s.sensor("status", "offline", "SN-RG-003", "01:20:02", "北屯雨量站 離線", None, reason="battery_low",
             delay=(1, 5))
    s.sensor("rule", "sensor_offline", "SN-RG-003", "01:30:02", "北屯雨量站 超過10分鐘未回報", None,
             severity="Minor", delay=(2, 10))
    s.sensor("fire_alarm", "normal", fa, "01:40:15", "臺中綠美圖 受信總機 第3迴路 復歸", "P", delay=(2, 8))
    s.sensor("fire_alarm", "fault", fa, "01:58:03", "臺中綠美圖 受信總機 第3迴路 斷線故障", "P", delay=(2, 8))
    s.sensor("fire_alarm", "alarm", fa, "02:31:27", "臺中綠美圖 受信總機 第3迴路 B1 偵煙式探測器動作", "P", alt="X",
             delay=(2, 8))
    d = s.report("119", "fire", fx + 0.0002, fy - 0.0001, "02:33",
                 "臺中綠美圖 火警受信總機動作，派遣水湳分隊前往確認。", "P", alt="X", delay=(10, 40))
    s.report("119", "fire", fx + 0.0002, fy - 0.0001, "02:44",
             "到場會同保全巡查B1，無煙無火，疑探測器故障誤報。", "P", alt="X", status="on_scene", follows=d,
             delay=(10, 40))
    s.report("119", "fire", fx + 0.0002, fy - 0.0001, "02:58", "誤報，車輛返隊，請管理單位通知消防設備廠商檢修。",
             "P", alt="X", status="returning", follows=d, delay=(10, 40))
    s.sensor("fire_alarm", "normal", fa, "03:05:51", "臺中綠美圖 受信總機 復歸", "P", alt="X", delay=(2, 8))
    s.sensor("fire_alarm", "fault", fa, "03:40:12", "臺中綠美圖 受信總機 第3迴路 斷線故障", "P", delay=(2, 8))
    s.sensor("fire_alarm", "fault", fa, "04:55:30", "臺中綠美圖 受信總機 第3迴路 斷線故障（持續）", "P", delay=(2, 8))
    s.sensor("status", "online", "SN-RG-003", "05:10:44", "北屯雨量站 恢復連線", None, delay=(1, 5))
    s.congestion("SN-VD-ZHONGQING-01", "05:42", 31, 24, None)
    s.cleared("SN-VD-ZHONGQING-01", "05:58", "中清路車輛偵測器1 車速恢復", None)
    s.incident("P", "infrastructure",
               "臺中綠美圖受信總機第3迴路故障：反覆斷線，並造成一次誤報（119確認無火），需設備廠商檢修", f1)
    alt_p = inc(s, "P")
    alt_p["description"] = "臺中綠美圖受信總機第3迴路反覆斷線故障（設備檢修工作）"
    s.alternative(
        "02:31 的探測器動作與119出勤可另立一件『火警（誤報）』事件：消防局的出勤確認與設備廠商的檢修是兩件不同的工作。",
        [alt_p, {"label": "X", "type": "fire", "description": "綠美圖B1探測器動作，119出勤確認為誤報",
                 "sufficient_evidence_key": d}])
    s.notes = "北屯雨量站電池低電量離線是例行設備異常（背景）。"
    return s


# ---------------------------------------------------------------------------
@reg
def s1114():
    s = Situation(1114, "water_main_zhongping", "2016-05-12",
                  "週四清晨至上午（05:00-09:30）。05:30 前後中平路近經貿路口自來水管破裂，路面冒水、外側車道封閉，"
                  "自來水公司關閥搶修致周邊停水；早上尖峰的中平路東段回堵。其他為例行尖峰壅塞與陳情。")
    jx, jy = s.pos("SN-SIG-011")
    burst = offset(jx, jy, -150, -20)
    s.report("1999", "streetlight", 120.6508, 24.1862, "05:15",
             "凱旋路靠近公園那盞路燈一閃一閃的。", None, scatter=(10, 60))
    w1 = s.report("1999", "other", *burst, "05:34",
                  "中平路經貿路口附近路面一直有水冒出來，好像水管破了，水越來越多。", "W", scatter=(30, 80))
    s.sensor("cctv", "flooding", "SN-CCTV-011", "05:41:18", "經貿路/中平路 路口監視器偵測路面積水", "W",
             confidence=0.64, delay=(5, 25))
    s.report("1999", "flooding", *burst, "05:52", "中平路這邊積水，機車騎過去水會噴起來。", "W", scatter=(80, 180))
    p1 = s.report("incident", "flooding_report", *burst, "06:05",
                  "中平路近經貿路口自來水管線破裂，路面積水約10公分，已通報自來水公司。", "W", severity="Moderate",
                  delay=(600, 900))
    s.report("incident", "road_closure", *burst, "06:30",
             "中平路往東外側車道封閉，擺設交通錐，待自來水公司搶修。", "W", severity="Moderate",
             delay=(360, 720), follows=p1)
    for hh, r in (("06:40", (250, 500)), ("06:58", (400, 700)), ("07:21", (300, 800)), ("07:45", (500, 900))):
        txt = {"06:40": "家裡水龍頭完全沒水，請問是不是停水？",
               "06:58": "經貿路三段這邊沒有水，也沒有看到停水公告。",
               "07:21": "早上起來就沒水，小孩要上學不能洗澡，什麼時候會來水？",
               "07:45": "社區管委會反映整棟停水，水塔快用完了。"}[hh]
        s.report("1999", "water_outage", *burst, hh, txt, "W", scatter=r)
    s.sensor("cctv", "flooding", "SN-CCTV-011", "07:02:44", "經貿路/中平路 路口監視器偵測路面積水", "W",
             confidence=0.71, delay=(5, 25))
    s.report("planned_event", "road_works", *burst, "07:00",
             "台灣自來水公司第四區管理處 中平路DN300管線破裂緊急搶修，占用外側車道。", "W",
             arrival=s.t("07:12"), ends=s.t("14:00"), radius_m=60)
    s.congestion("SN-VD-ZHONGPING-02", "07:25", 13, 55, "W", alt=None, severity="Moderate")
    s.congestion("SN-VD-HUANZHONG-02", "07:30", 20, 39, None)
    s.congestion("SN-VD-ZHONGPING-01", "07:40", 24, 35, None)
    s.congestion("SN-VD-JINGMAO-01", "07:45", 22, 37, None)
    s.report("1999", "illegal_parking", 120.6495, 24.1795, "08:20",
             "逢甲水湳校區旁的路口有車停在轉角，視線被擋住。", None, scatter=(20, 80))
    s.report("incident", "road_closure", *burst, "08:50",
             "中平路管線搶修中，外側車道持續封閉，預計中午前完成。", "W", severity="Minor", delay=(300, 600),
             follows=p1)
    s.cleared("SN-VD-HUANZHONG-02", "08:55", "環中路車輛偵測器2 車速恢復", None)
    s.sensor("status", "offline", "SN-CCTV-006", "09:00:05", "經貿路二段/經貿七路 路口監視器 離線（定期保養）", None,
             reason="maintenance", delay=(1, 5))
    s.cleared("SN-VD-ZHONGPING-02", "09:12", "中平路車輛偵測器2 車速恢復", "W", alt=None)
    s.incident("W", "infrastructure",
               "中平路近經貿路口自來水管破裂：路面積水、外側車道封閉搶修，周邊住戶停水", w1)
    s.alternative(
        "07:25 中平路車輛偵測器2（破管點東方約500 m）的壅塞：可讀為車道封閉造成的回堵（W），也可讀為早上尖峰（背景），"
        "同時段中平路車輛偵測器1（西方約750 m，封閉車道的反方向）也有尖峰壅塞。",
        [inc(s, "W")])
    s.notes = "停水陳情的位置在破管點 250-900 m 之間：關閥停水的範圍本來就比破管點大。監視器定期保養離線為背景。"
    return s


# ---------------------------------------------------------------------------
@reg
def s1115():
    s = Situation(1115, "lost_child_convention_expo", "2016-05-14",
                  "週六下午（13:00-18:00）。臺中國際會展中心舉辦旅展（許可事件），周邊停車場滿位、經貿路黎明路車多、人潮聚集；"
                  "15:05 一名5歲男童在A館走失，家長報案，15:38 於B館服務台尋獲；16:20 A館另有一件手機失竊報案。")
    cx, cy = 120.6551, 24.1944
    e = s.report("planned_event", "exhibition", cx, cy, "10:00",
                 "2016台中國際旅展（5/13-5/16 每日10:00-18:00），臺中國際會展中心A、B館，預估每日入場3萬人次。",
                 "E", alt=None, arrival=s.t("14:30", day=-12), ends=s.t("18:00", day=2), radius_m=400, day=-1)
    s.sensor("parking", "full", "SN-PK-006", "13:10", "臺中國際會展中心停車場 汽車位已滿", "E", alt=None,
             delay=(30, 120))
    s.congestion("SN-VD-JINGMAO-01", "13:20", 19, 42, "E", alt=None)
    s.sensor("parking", "full", "SN-PK-002", "13:35", "經貿六停車場 汽車位已滿", "E", alt=None, delay=(30, 120))
    s.congestion("SN-VD-LIMING-01", "13:50", 21, 39, "E", alt=None)
    s.sensor("cctv", "crowding", "SN-CCTV-005", "14:05:33", "經貿路二段/黎明路三段 路口人群聚集", "E", alt=None,
             confidence=0.58, delay=(5, 25))
    s.sensor("parking", "full", "SN-PK-001", "14:20", "水湳轉運中心停車場 汽車位已滿", "E", alt=None,
             delay=(30, 120))
    s.report("1999", "illegal_parking", 120.6552, 24.1962, "14:30",
             "經貿路二段黎明路口，看展覽的車沿著紅線停了一整排。", "E", alt=None, scatter=(30, 120))
    s.congestion("SN-VD-HUANZHONG-01", "16:30", 25, 34, None)
    hall_a = s.pos("SN-FA-002")
    k1 = s.report("1999", "missing_person", 120.6530, 24.1971, "15:14",
                  "我兒子在會展中心旅展走失，5歲，穿黃色上衣，我現在在轉運中心這邊找。", "K", scatter=(20, 60))
    k0 = s.report("incident", "missing_person", *hall_a, "15:05",
                  "會展中心A館旅展現場5歲男童走失，黃色上衣、藍色短褲，家長報案，請各警力協尋。", "K",
                  severity="Moderate", delay=(840, 960))
    s.sensor("cctv", "crowding", "SN-CCTV-006", "15:30:12", "經貿路二段/經貿七路 路口人群聚集", "E", alt=None,
             confidence=0.52, delay=(5, 25))
    s.report("incident", "missing_person", *s.pos("SN-FA-003"), "15:38",
             "走失男童已於B館服務台尋獲，交還家長，撤銷協尋。", "K", severity="Minor", delay=(240, 420), follows=k0)
    s.report("1999", "noise", 120.6601, 24.1852, "16:10",
             "經貿路三段一間店門口喇叭放音樂一整個下午，很吵。", None, scatter=(10, 50))
    t = s.report("incident", "theft", *hall_a, "16:20",
                 "旅展A館民眾手機於攤位區遭竊，報案人在A館服務台等候。", "T", severity="Minor", delay=(600, 900))
    s.congestion("SN-VD-JINGMAO-01", "17:40", 16, 47, "E", alt=None, severity="Moderate")
    s.report("1999", "streetlight", 120.6478, 24.1890, "17:55",
             "黎明路往西那段有一盞路燈燈罩快掉下來了。", None, scatter=(10, 60))
    s.incident("E", "crowd", "旅展（許可展覽）人潮與停車：會展周邊停車場滿位、經貿路黎明路壅塞、路口人群聚集、違停", e)
    s.incident("K", "rescue", "會展中心A館旅展5歲男童走失，約半小時後於B館尋獲", k1)
    s.incident("T", "public_safety", "旅展A館手機失竊報案", t)
    s.alternative(
        "許可的展覽人潮平順、由主辦單位與分局依許可管理時，營運中心可能不立事件：展覽許可、滿位、壅塞、人群與違停都是背景。",
        [inc(s, "K"), inc(s, "T")])
    s.notes = ("家長的1999來電在轉運中心（距A館約400 m）：走失協尋的報案位置常不在走失處。"
               "16:30 環中路車輛偵測器1 在會展西南約1.4 km 的週末車流，與展覽無關。")
    return s


# ---------------------------------------------------------------------------
@reg
def s1116():
    s = Situation(1116, "street_market_park_south", "2016-05-13",
                  "週五傍晚至夜間（16:30-22:30）。中央公園南端的許可市集（17:00-22:00）：河南路停車場、公園南停車場滿位，"
                  "河南路中平路口人多車多、周邊違停與音響噪音陳情，警方派員疏導；19:55 市集內一名婦人昏倒送醫。")
    mx, my = 120.6556, 24.1765
    m = s.report("planned_event", "event", mx, my, "17:00",
                 "水湳週末創意市集（中央公園南側草坡），攤位80攤，含舞台表演至21:30。", "M", alt=None,
                 arrival=s.t("10:20", day=-7), ends=s.t("22:00"), radius_m=200)
    s.sensor("status", "offline", "SN-FL-007", "17:10:33", "河南路低窪處淹水感測器 離線", None, reason="comms_lost",
             delay=(1, 5))
    s.sensor("status", "online", "SN-FL-007", "17:25:51", "河南路低窪處淹水感測器 恢復連線", None, delay=(1, 5))
    s.congestion("SN-VD-HUANZHONG-02", "17:30", 22, 37, None)
    s.report("1999", "動物救援", 120.6570, 24.1800, "17:50", "公園裡有一隻狗好像受傷，一直躺在步道旁。", None,
             scatter=(10, 80))
    s.sensor("parking", "full", "SN-PK-003", "18:05", "河南路停車場 汽車位已滿", "M", alt=None, delay=(30, 120))
    s.congestion("SN-VD-HENAN-02", "18:20", 18, 43, "M", alt=None)
    s.congestion("SN-VD-ZHONGPING-01", "18:30", 20, 40, "M", alt=None)
    s.sensor("parking", "full", "SN-PK-005", "18:40", "中央公園地下停車場(南) 汽車位已滿", "M", alt=None,
             delay=(30, 120))
    for hh, txt, r in (("18:50", "河南路上整排車停在紅線上，公車進不了站。", (250, 450)),
                       ("19:15", "中平路這邊有人把車停在我家車庫門口，說是去逛市集。", (300, 600)),
                       ("19:40", "公園南邊巷子兩邊都停滿車，消防車一定進不來。", (150, 400))):
        s.report("1999", "illegal_parking", mx, my, hh, txt, "M", alt=None, scatter=r)
    s.sensor("cctv", "crowding", "SN-CCTV-010", "19:10:20", "河南路/中平路 路口人群聚集", "M", alt=None,
             confidence=0.55, delay=(5, 25))
    s.report("incident", "crowd_control", 120.6535, 24.1748, "19:30",
             "中央公園南側市集人潮多，派員於河南路、中平路疏導人車。", "M", alt=None, severity="Minor",
             delay=(500, 800))
    r = s.report("119", "ambulance", mx + 0.0002, my + 0.0003, "19:55",
                 "中央公園南側市集，一名約70歲婦人昏倒，意識清楚，派遣救護車。", "R", delay=(10, 40))
    s.report("119", "ambulance", mx + 0.0002, my + 0.0003, "20:20", "患者送醫，救護車返隊。", "R",
             status="returning", follows=r, delay=(10, 40))
    s.report("1999", "streetlight", 120.6536, 24.1865, "20:30", "中科路公園段路燈不亮兩盞。", None, scatter=(10, 50))
    s.report("1999", "noise", mx, my, "21:20", "公園市集的音響太大聲，家裡窗戶關起來都聽得到。", "M", alt=None,
             scatter=(250, 450))
    s.report("1999", "noise", mx, my, "21:48", "市集表演到現在還在唱，小孩要睡覺了。", "M", alt=None,
             scatter=(300, 500))
    s.cleared("SN-VD-HENAN-02", "22:10", "河南路車輛偵測器2 車速恢復", "M", alt=None)
    s.incident("M", "crowd", "中央公園南側許可市集的人潮、停車與噪音：停車場滿位、路口人群、違停與噪音陳情、警方疏導", m)
    s.incident("R", "rescue", "市集內婦人昏倒，119救護送醫", r)
    s.alternative(
        "許可市集平順進行時營運中心可能不另立事件（許可、滿位、壅塞、違停與噪音陳情都算背景，違停與噪音由1999各自派工）；"
        "市集內婦人昏倒的救護仍是一件（R）。",
        [inc(s, "R")])
    s.notes = "17:30 環中路車輛偵測器2 是週五傍晚尖峰（在市集北方約2.5 km），河南路低窪處感測器短暫斷線為例行異常。"
    return s


# ---------------------------------------------------------------------------
@reg
def s1117():
    s = Situation(1117, "noisy_neighbours_night", "2016-05-15",
                  "週日夜間至週一凌晨（21:30-02:30）。敦化路一段集合住宅一戶唱卡拉OK，鄰居反覆陳情，警方兩度到場勸導告發；"
                  "00:30 起中科路、環中路口有改裝機車群競速，沿線住戶陳情，警方攔查。其餘為夜間例行陳情與感測器斷線。")
    hx, hy = 120.6594, 24.1819
    s.report("1999", "illegal_parking", 120.6512, 24.1830, "21:45",
             "逢甲水湳校區旁邊每天晚上都有車停在人行道。", None, scatter=(20, 80))
    n1 = s.report("1999", "noise", hx, hy, "22:05",
                  "樓下住戶唱卡拉OK很大聲，已經唱兩個小時了。", "N1", scatter=(30, 70))
    s.report("1999", "動物救援", 120.6545, 24.1910, "22:15", "綠美圖旁邊有一隻貓好像被車撞到。", None,
             scatter=(10, 50))
    s.report("1999", "streetlight", 120.6598, 24.1768, "22:30", "經貿路三段靠回收中心那邊路燈全部不亮。", None,
             scatter=(10, 60))
    n2 = s.report("1999", "noise", hx, hy, "22:40", "敦化路這棟有人在唱歌，很吵，已經十點多了。", "N1",
                  scatter=(40, 110))
    s.dup(n2, 42)
    p1 = s.report("incident", "public_disturbance", hx, hy, "23:05",
                  "敦化路一段集合住宅住戶卡拉OK噪音，員警到場勸導，已關閉音響。", "N1", severity="Minor",
                  delay=(700, 1000))
    s.sensor("status", "offline", "SN-FL-007", "23:10:04", "河南路低窪處淹水感測器 離線", None, reason="comms_lost",
             delay=(1, 5))
    s.sensor("rule", "sensor_offline", "SN-FL-007", "23:20:04", "河南路低窪處淹水感測器 超過10分鐘未回報", None,
             severity="Minor", delay=(2, 10))
    s.report("1999", "noise", hx, hy, "23:50", "剛剛警察來過，走了以後又開始唱了。", "N1", scatter=(30, 70))
    s.sensor("status", "online", "SN-FL-007", "23:58:40", "河南路低窪處淹水感測器 恢復連線", None, delay=(1, 5))
    s.report("incident", "public_disturbance", hx, hy, "00:10",
             "敦化路一段卡拉OK噪音再次到場，依社會秩序維護法告發。", "N1", severity="Minor", delay=(600, 900),
             follows=p1, day=1)
    jx, jy = s.pos("SN-SIG-003")
    r1 = s.report("1999", "noise", 120.6525, 24.1885, "00:34", "中科路一直有改裝機車來回飆車，很吵。", "N2",
                  scatter=(20, 80), day=1)
    s.report("1999", "noise", 120.6540, 24.1950, "00:41", "環中路中科路口那邊一群機車在催油門，一直轟轟轟。", "N2",
             scatter=(20, 80), day=1)
    p2 = s.report("incident", "public_disturbance", jx, jy, "00:55",
                  "中科路/環中路二段口聚集改裝機車約十部，疑似競速，派員前往攔查。", "N2", severity="Moderate",
                  delay=(400, 700), day=1)
    s.report("1999", "noise", 120.6515, 24.1905, "01:02", "飆車的又繞回來了，中科路這邊。", "N2", scatter=(20, 80),
             day=1)
    s.report("incident", "public_disturbance", jx, jy, "01:25",
             "攔查改裝機車4部，依道路交通管理處罰條例舉發，車群已散去。", "N2", severity="Minor", delay=(500, 800),
             follows=p2, day=1)
    s.incident("N1", "public_safety", "敦化路一段集合住宅卡拉OK噪音，鄰居反覆陳情，警方兩度到場", n2)
    s.incident("N2", "public_safety", "中科路、環中路口改裝機車群深夜競速噪音，警方攔查舉發", r1)
    s.alternative(
        "單一通噪音陳情通常由1999轉警方自行處理；若以第一通就立案，N1 的充分證據是 22:05 的第一通電話。"
        "其餘分組不變。",
        [inc(s, "N2"), dict(inc(s, "N1"), sufficient_evidence_key=n1)])
    s.notes = "兩件噪音相距約1.2 km，來源不同（住戶卡拉OK與道路上的機車），是兩件。"
    return s


# ---------------------------------------------------------------------------
@reg
def s1118():
    s = Situation(1118, "stalled_bus_liming", "2016-05-16",
                  "週一早上尖峰（07:00-10:30）。07:52 一輛市區公車在黎明路三段往西、凱旋路口前故障，占用外側車道，"
                  "黎明路回堵；09:05 拖離。其他為例行尖峰壅塞、轉運中心滿位、坑洞陳情，以及凱旋路環中路口監視器故障離線。")
    bx, by = 120.6497, 24.1939
    s.congestion("SN-VD-HUANZHONG-03", "07:25", 23, 36, None)
    s.congestion("SN-VD-ZHONGQING-01", "07:35", 18, 43, None, severity="Moderate")
    s.congestion("SN-VD-HUANZHONG-01", "07:40", 25, 34, None)
    s.sensor("cctv", "stalled_vehicle", "SN-CCTV-007", "07:55:41", "黎明路三段/凱旋路 路口監視器偵測車輛停滯（外側車道）",
             "B", confidence=0.81, delay=(5, 25))
    # the VD alert reached the center late (backhaul backlog)
    s.congestion("SN-VD-LIMING-01", "08:02", 9, 66, "B", severity="Moderate", delay=(600, 760))
    c = s.report("1999", "other", bx, by, "08:04",
                 "黎明路凱旋路口有一台公車拋錨卡在車道上，後面塞很長。", "B", scatter=(40, 120))
    s.sensor("parking", "full", "SN-PK-001", "08:05", "水湳轉運中心停車場 汽車位已滿", None, delay=(30, 120))
    p = s.report("incident", "stalled_vehicle", bx, by, "08:09",
                 "黎明路三段往西、凱旋路口前市區公車故障，占用外側車道，員警到場指揮交通，已通知客運公司拖吊。", "B",
                 severity="Minor", delay=(300, 500))
    s.congestion("SN-VD-KAIXUAN-01", "08:10", 20, 41, "B", alt=None)
    s.sensor("cctv", "stalled_vehicle", "SN-CCTV-007", "08:25:10", "黎明路三段/凱旋路 路口監視器偵測車輛停滯（外側車道）",
             "B", confidence=0.77, delay=(5, 25))
    s.report("1999", "road_damage", 120.6583, 24.1880, "08:40", "經貿路二段綠美圖前面有一個大坑洞，機車很危險。", None,
             scatter=(10, 50))
    s.cleared("SN-VD-HUANZHONG-01", "08:45", "環中路車輛偵測器1 車速恢復", None)
    s.report("incident", "road_reopened", bx, by, "09:05", "故障公車已拖離，黎明路三段恢復通行。", "B",
             severity="Minor", delay=(240, 400), follows=p)
    s.cleared("SN-VD-HUANZHONG-03", "09:10", "環中路車輛偵測器3 車速恢復", None)
    s.cleared("SN-VD-ZHONGQING-01", "09:15", "中清路車輛偵測器1 車速恢復", None)
    s.cleared("SN-VD-LIMING-01", "09:20", "黎明路車輛偵測器1 車速恢復", "B")
    s.cleared("SN-VD-KAIXUAN-01", "09:22", "凱旋路車輛偵測器1 車速恢復", "B", alt=None)
    s.sensor("status", "offline", "SN-CCTV-002", "09:31:55", "凱旋路/環中路二段 路口監視器 離線", None,
             reason="device_fault", delay=(1, 5))
    s.sensor("rule", "sensor_offline", "SN-CCTV-002", "09:41:55", "凱旋路/環中路二段 路口監視器 超過10分鐘未回報", None,
             severity="Minor", delay=(2, 10))
    s.report("1999", "streetlight", 120.6460, 24.1922, "10:05", "黎明路三段往西那段有一盞路燈白天還亮著。", None,
             scatter=(10, 50))
    s.incident("B", "traffic", "黎明路三段凱旋路口前市區公車故障占用外側車道，約一小時後拖離", p)
    s.alternative(
        "08:10 凱旋路車輛偵測器1（路口北側約170 m，凱旋路上）壅塞可讀為公車造成的路口回堵（B），"
        "也可讀為凱旋路往環中路的尖峰車流（背景）。",
        [inc(s, "B")])
    s.notes = ("sufficient：08:04 民眾一通電話只說公車拋錨，07:55 監視器的車輛停滯在尖峰時段可能只是等紅燈；"
               "08:09 警方到場的報告才足以開案（其到達時間晚於電話）。黎明路車輛偵測器1 的告警因回傳延遲約12分鐘才到。"
               "凱旋路環中路口監視器故障離線與公車無關（背景）。")
    # sufficient: the police report; c kept for reference
    _ = c
    return s


# ---------------------------------------------------------------------------
@reg
def s1119():
    s = Situation(1119, "afternoon_shower", "2016-05-17",
                  "週二午後（15:00-18:30）一場對流陣雨（約15:40-16:40，時雨量40 mm以上）。中清環中路口地下道積水至16-30 cm，"
                  "警方暫時封閉；黎明凱旋路口低窪處短暫淺積水、水溝堵塞陳情；滯洪池3進水（設計功能）。"
                  "16:15 臺灣大道環中路口一名機車騎士雨中自摔受傷。")
    s.report("1999", "公園路樹", 120.6561, 24.1842, "15:20", "中央公園步道旁的樹枝被風吹斷了，掉在步道上。", None,
             scatter=(10, 80))
    s.sensor("rule", "heavy_rain", "SN-RG-002", "16:05", "水湳轉運中心雨量站 時雨量 46.5 mm，達大雨標準", None,
             severity="Moderate", level="大雨", delay=(20, 60))
    s.sensor("rule", "heavy_rain", "SN-RG-001", "16:10", "中央公園雨量站 時雨量 41.0 mm，達大雨標準", None,
             severity="Moderate", level="大雨", delay=(20, 60))
    u0 = s.sensor("rule", "flood_depth", "SN-FL-006", "16:12", "中清環中路口地下道 淹水深度 9 cm", "U",
                  severity="Minor", level="1-15", delay=(20, 60))
    s.sensor("rule", "flood_depth", "SN-FL-010", "16:14", "臺灣大道環中路口地下道 淹水深度 4 cm", None,
             severity="Minor", level="1-15", delay=(20, 60))
    cx, cy = s.pos("SN-SIG-009")
    s.sensor("cctv", "accident", "SN-CCTV-009", "16:15:22", "臺灣大道/環中路 路口監視器偵測疑似事故", "C",
             confidence=0.62, delay=(5, 25))
    cr = s.report("119", "ambulance", cx + 0.0003, cy + 0.0002, "16:17",
                  "臺灣大道環中路口機車騎士雨天自摔，腳部擦挫傷，派遣救護車。", "C", delay=(10, 40))
    s.sensor("rule", "flood_depth", "SN-FL-009", "16:18", "黎明路凱旋路口低窪處 淹水深度 6 cm", None, alt="L",
             severity="Minor", level="1-15", delay=(20, 60))
    ux, uy = s.pos("SN-FL-006")
    s.report("1999", "flooding", ux, uy, "16:20", "中清路環中路口地下道積水，機車都不敢過。", "U", scatter=(40, 110))
    s.sensor("cctv", "flooding", "SN-CCTV-008", "16:22:40", "中清路/環中路 路口監視器偵測路面積水", "U",
             confidence=0.69, delay=(5, 25))
    u2 = s.sensor("rule", "flood_depth", "SN-FL-006", "16:24", "中清環中路口地下道 淹水深度 21 cm", "U",
                  severity="Moderate", level="16-30", delay=(20, 60))
    s.sensor("rule", "flood_depth", "SN-FL-003", "16:30", "中央公園滯洪池3 淹水深度 12 cm", None, severity="Minor",
             level="1-15", delay=(20, 60))
    pc = s.report("incident", "injury_accident", cx, cy, "16:16",
                  "臺灣大道往市區、環中路口機車騎士雨天自摔，輕傷送醫，現場已排除。", "C", severity="Minor",
                  delay=(1300, 1600))
    p = s.report("incident", "flooding_report", ux, uy, "16:33",
                 "中清環中地下道積水約20公分，暫時封閉地下道，請用路人改道平面道路。", "U", severity="Moderate",
                 delay=(600, 800))
    s.congestion("SN-VD-ZHONGQING-01", "16:40", 12, 59, "U", alt=None, severity="Moderate")
    s.congestion("SN-VD-HUANZHONG-03", "16:45", 19, 42, "U", alt=None)
    bd = s.report("1999", "blocked_drain", 120.6479, 24.1932, "16:50", "黎明路凱旋路口水溝蓋被落葉塞住，水排不掉。", None,
             alt="L", scatter=(30, 80))
    s.report("119", "ambulance", cx + 0.0003, cy + 0.0002, "16:52", "傷者送往中國醫藥大學附設醫院，返隊。", "C",
             status="returning", follows=cr, delay=(10, 40))
    s.cleared("SN-FL-009", "17:05", "黎明路凱旋路口低窪處 積水退去", None, alt="L")
    s.cleared("SN-RG-002", "17:10", "水湳轉運中心雨量站 時雨量低於大雨標準", None)
    s.cleared("SN-RG-001", "17:12", "中央公園雨量站 時雨量低於大雨標準", None)
    s.cleared("SN-FL-006", "17:35", "中清環中路口地下道 積水退去", "U")
    s.report("incident", "road_reopened", ux, uy, "17:40", "中清環中地下道積水已退，恢復通行。", "U", severity="Minor",
             delay=(300, 500), follows=p)
    s.cleared("SN-VD-ZHONGQING-01", "18:05", "中清路車輛偵測器1 車速恢復", "U", alt=None)
    s.incident("U", "flood", "中清環中路口地下道積水16-30 cm，警方暫時封閉約一小時", u2)
    s.incident("C", "traffic", "臺灣大道環中路口機車雨天自摔，騎士輕傷送醫", cr)
    alt_l = {"label": "L", "type": "flood",
             "description": "黎明路凱旋路口低窪處淺積水與水溝堵塞（需清溝）",
             "sufficient_evidence_key": bd}
    s.alternative(
        "(1) 黎明凱旋低窪處6 cm積水加上一通水溝堵塞陳情，可讀為一件小型積水事件（L，需派清溝），也可讀為陣雨的背景；"
        "(2) 地下道封閉期間中清路車輛偵測器1、環中路車輛偵測器3的壅塞可讀為封閉改道所致（U），也可讀為雨天尖峰（背景）。",
        [inc(s, "U"), inc(s, "C"), alt_l])
    s.notes = ("大雨告警本身不需要出勤（背景）；滯洪池3進水是設計功能（背景）；臺灣大道地下道4 cm 積水未影響通行（背景），"
               "與其約230 m外的機車自摔無關（事故在路口，不在地下道）。")
    return s


# ---------------------------------------------------------------------------
@reg
def s1120():
    s = Situation(1120, "two_crashes_jingmao", "2016-05-20",
                  "週五傍晚（17:00-20:00）。17:42 經貿路二段黎明路三段口汽車左轉撞機車，騎士受傷送醫；"
                  "18:09 往北約400 m 的經貿路環中路口，回堵車陣中兩車追撞（無人受傷）。其餘為週五傍晚例行車流與陳情。")
    ax, ay = s.pos("SN-SIG-005")
    bx, by = s.pos("SN-SIG-004")
    s.sensor("parking", "full", "SN-PK-001", "17:30", "水湳轉運中心停車場 汽車位已滿", None, delay=(30, 120))
    s.congestion("SN-VD-HUANZHONG-02", "17:35", 21, 38, None)
    s.sensor("cctv", "accident", "SN-CCTV-005", "17:42:18", "經貿路二段/黎明路三段 路口監視器偵測疑似事故", "A",
             confidence=0.74, delay=(5, 25))
    a1 = s.report("1999", "traffic_accident", ax, ay, "17:44", "經貿黎明路口汽車撞機車，有人倒在地上。", "A",
                  scatter=(20, 70))
    a2 = s.report("119", "ambulance", ax + 0.0001, ay - 0.0001, "17:45",
                  "經貿路二段黎明路三段口車禍，機車騎士倒地，派遣救護車。", "A", delay=(10, 40))
    s.congestion("SN-VD-ZHONGQING-02", "17:50", 20, 40, None)
    s.report("119", "ambulance", ax + 0.0001, ay - 0.0001, "17:53", "救護車到達，騎士左腿疑骨折，意識清楚。", "A",
             status="on_scene", follows=a2, delay=(10, 40))
    s.congestion("SN-VD-JINGMAO-01", "17:55", 9, 64, "A", severity="Moderate")
    s.congestion("SN-VD-HENAN-01", "18:00", 24, 35, None)
    pa = s.report("incident", "injury_accident", ax, ay, "17:43",
                  "經貿路二段/黎明路三段口汽車左轉與直行機車碰撞，機車騎士受傷送醫，占用內側車道。", "A",
                  severity="Moderate", delay=(1200, 1500))
    s.report("119", "ambulance", ax + 0.0001, ay - 0.0001, "18:12", "傷者送往中國醫藥大學附設醫院，返隊。", "A",
             status="returning", follows=a2, delay=(10, 40))
    b0 = s.sensor("cctv", "stalled_vehicle", "SN-CCTV-004", "18:10:02", "經貿路二段/環中路二段 路口監視器偵測車輛停滯",
                  "B", alt="A", confidence=0.66, delay=(5, 25))
    b1 = s.report("1999", "traffic_accident", bx, by, "18:13", "環中路經貿路口又有車禍，兩台車追撞，塞住了。", "B",
                  alt="A", scatter=(30, 100))
    s.sensor("cctv", "crowding", "SN-CCTV-006", "18:20:40", "經貿路二段/經貿七路 路口人群聚集", None, confidence=0.41,
             delay=(5, 25))
    s.report("incident", "accident", bx, by, "18:09",
             "經貿路二段往南、環中路口二車追撞，無人受傷，疑因前方事故回堵未保持距離，已移至路邊。", "B", alt="A",
             severity="Minor", delay=(1000, 1200))
    s.report("1999", "illegal_parking", 120.6525, 24.1978, "18:40", "轉運中心旁有計程車排班占用車道。", None,
             scatter=(20, 60))
    s.report("incident", "road_reopened", ax, ay, "18:50", "經貿黎明路口事故車輛已移除，恢復通行。", "A",
             severity="Minor", delay=(300, 500), follows=pa)
    s.cleared("SN-VD-JINGMAO-01", "19:05", "經貿路車輛偵測器1 車速恢復", "A")
    s.cleared("SN-VD-HUANZHONG-02", "19:10", "環中路車輛偵測器2 車速恢復", None)
    s.report("1999", "noise", 120.6602, 24.1810, "19:30", "隔壁餐廳的抽風機聲音很大。", None, scatter=(10, 50))
    s.incident("A", "traffic", "經貿路二段黎明路三段口汽車撞機車，騎士受傷送醫", a1)
    s.incident("B", "traffic", "經貿路二段環中路口回堵車陣中二車追撞，無人受傷", b1)
    s.alternative(
        "第二件追撞發生在第一件事故的回堵車陣裡（約400 m），同一批警力處理，協調者可能把它當成同一個交通事件的延伸（次生事故）。",
        [dict(inc(s, "A"), description="經貿路二段黎明路口車禍及其回堵車陣中的次生追撞")])
    s.notes = "18:20 經貿七路口的人群聚集（信心0.41）是公車站候車人潮（背景）。"
    _ = b0
    return s


# ---------------------------------------------------------------------------
@reg
def s1121():
    s = Situation(1121, "signal_dark_henan_zhongping", "2016-05-18",
                  "週三上午（09:30-13:00）。10:05 河南路中平路口號誌控制器故障全暗，民眾陳情、警方指揮交通，河南路、中平路回堵，"
                  "11:38 修復。同時經貿路三段有一件許可的管線施工（占用一車道），造成輕微車慢。其他為例行陳情與停車場連線中斷。")
    sx, sy = s.pos("SN-SIG-010")
    wx, wy = 120.6592, 24.1842
    w = s.report("planned_event", "road_works", wx, wy, "09:00",
                 "經貿路三段（敦化路口至經貿七路）中華電信管線施工，占用外側一車道，09:00-16:00。", "W", alt=None,
                 arrival=s.t("16:40", day=-2), ends=s.t("16:00"), radius_m=150)
    s.report("1999", "streetlight", 120.6520, 24.1808, "09:40", "逢甲水湳校區前的路燈燈桿歪了。", None,
             scatter=(10, 50))
    f = s.sensor("signal", "fault", "SN-SIG-010", "10:05:20", "河南路/中平路 號誌控制器異常，燈號全暗", "S",
                 delay=(3, 15))
    s.sensor("cctv", "signal_dark", "SN-CCTV-010", "10:06:02", "河南路/中平路 路口號誌黑燈", "S", confidence=0.83,
             delay=(5, 25))
    s.report("1999", "traffic_signal", sx, sy, "10:12", "河南路中平路口紅綠燈都沒亮，車子亂成一團。", "S",
             scatter=(30, 100))
    s.congestion("SN-VD-JINGMAO-02", "10:15", 23, 36, "W", alt=None)
    s.report("1999", "traffic_signal", sx, sy, "10:19", "中平路河南路口號誌壞掉了，很危險。", "S", scatter=(40, 150))
    s.congestion("SN-VD-HENAN-02", "10:24", 11, 60, "S", severity="Moderate")
    s.report("1999", "traffic_signal", sx, sy, "10:26", "河南路那個路口紅綠燈黑掉了，有沒有人要去處理？", "S",
             scatter=(60, 200))
    s.congestion("SN-VD-ZHONGPING-01", "10:28", 14, 52, "S", severity="Moderate")
    s.report("incident", "traffic_signal_fault", sx, sy, "10:30",
             "河南路/中平路口號誌全暗，員警到場指揮交通，已通報交通局維修廠商。", "S", severity="Moderate",
             delay=(420, 600))
    s.congestion("SN-VD-HENAN-01", "10:50", 19, 43, "S", alt=None)
    s.sensor("status", "offline", "SN-PK-003", "11:00:12", "河南路停車場 離線", None, reason="comms_lost", delay=(1, 5))
    s.sensor("status", "online", "SN-PK-003", "11:20:40", "河南路停車場 恢復連線", None, delay=(1, 5))
    s.sensor("signal", "restored", "SN-SIG-010", "11:38:09", "河南路/中平路 號誌恢復正常運作", "S", delay=(3, 15))
    s.report("incident", "traffic_signal_fault", sx, sy, "11:45", "號誌已由廠商修復，員警撤離。", "S", severity="Minor",
             delay=(300, 500))
    s.cleared("SN-VD-HENAN-02", "11:55", "河南路車輛偵測器2 車速恢復", "S")
    s.cleared("SN-VD-ZHONGPING-01", "11:58", "中平路車輛偵測器1 車速恢復", "S")
    s.cleared("SN-VD-HENAN-01", "12:02", "河南路車輛偵測器1 車速恢復", "S", alt=None)
    s.report("1999", "illegal_parking", 120.6600, 24.1790, "12:10", "經貿路三段施工旁邊又有人並排停車。", "W", alt=None,
             scatter=(20, 80))
    s.cleared("SN-VD-JINGMAO-02", "12:20", "經貿路車輛偵測器2 車速恢復", "W", alt=None)
    s.incident("S", "traffic", "河南路中平路口號誌控制器故障全暗，警方指揮交通，約1.5小時修復", f)
    s.incident("W", "traffic", "經貿路三段許可管線施工占用一車道，造成輕微車慢與施工旁違停", w)
    s.alternative(
        "(1) 許可施工照計畫進行、只造成輕微車慢時，營運中心可能不立事件（W 的許可、壅塞與違停陳情為背景）；"
        "(2) 河南路車輛偵測器1（路口西南約550 m）的壅塞可讀為號誌故障的回堵（S），也可讀為一般車流（背景）。",
        [inc(s, "S")])
    s.notes = "河南路停車場（路口北方約400 m）連線中斷20分鐘，與號誌故障無關（號誌是控制器故障，不是停電）。"
    return s


# ---------------------------------------------------------------------------
@reg
def s1122():
    s = Situation(1122, "sunday_park_wandering_elder", "2016-05-22",
                  "週日上午（08:30-13:00）。公園停車場滿位、遊客多、零星違停與寵物陳情；09:25 家屬報案一名82歲失智長者"
                  "08:00 自經貿路三段住家外出未歸，10:55 民眾在中央公園中段發現，11:10 交還家屬；"
                  "12:05 經貿路二段經貿七路口南側一根大樹枝掉落占用車道。")
    s.sensor("status", "offline", "SN-WL-002", "09:00:03", "中央公園南滯洪池水位站 離線（定期保養）", None,
             reason="maintenance", delay=(1, 5))
    hx, hy = 120.6611, 24.1861
    e0 = s.report("incident", "missing_person", hx, hy, "09:25",
                  "經貿路三段82歲男性，輕度失智，今早8點外出未歸，灰色外套、拄拐杖，家屬報案協尋。", "E",
                  severity="Moderate", delay=(700, 900))
    s.report("1999", "公園路樹", 120.6568, 24.1805, "09:30", "公園步道旁一棵樹的枯枝看起來快掉了，請派人修剪。", None,
             scatter=(10, 60))
    s.report("1999", "missing_person", hx, hy, "09:50", "我爸爸早上出門到現在還沒回來，他有失智，已經報警了，可以幫忙找嗎？",
             "E", scatter=(10, 40))
    s.sensor("parking", "full", "SN-PK-004", "10:10", "中央公園地下停車場(北) 汽車位已滿", None, delay=(30, 120))
    s.sensor("parking", "full", "SN-PK-005", "10:35", "中央公園地下停車場(南) 汽車位已滿", None, delay=(30, 120))
    s.report("1999", "動物救援", 120.6562, 24.1850, "10:40", "公園草地有大型犬沒有繫牽繩，小孩被嚇到。", None,
             scatter=(10, 80))
    s.sensor("cctv", "crowding", "SN-CCTV-006", "10:50:44", "經貿路二段/經貿七路 路口人群聚集", None, confidence=0.47,
             delay=(5, 25))
    s.report("1999", "other", 120.6560, 24.1830, "10:55",
             "公園裡有一位阿伯坐在椅子上，好像迷路了，問他住哪裡說不清楚，穿灰色外套。", "E", scatter=(10, 60))
    s.report("1999", "illegal_parking", 120.6588, 24.1890, "11:00", "綠美圖旁邊路邊紅線停滿車。", None,
             scatter=(20, 80))
    s.report("incident", "missing_person", 120.6561, 24.1829, "11:10", "協尋長者已於中央公園尋獲，身體無恙，交還家屬。",
             "E", severity="Minor", delay=(300, 600), follows=e0)
    s.sensor("status", "online", "SN-WL-002", "11:30:22", "中央公園南滯洪池水位站 恢復連線", None, delay=(1, 5))
    s.report("1999", "illegal_parking", 120.6530, 24.1760, "11:40", "河南路公園旁有車停在公車站。", None,
             scatter=(20, 80))
    s.congestion("SN-VD-JINGMAO-02", "11:50", 24, 34, None)
    tx, ty = offset(*s.pos("SN-SIG-006"), 20, -80)
    s.sensor("cctv", "fallen_object", "SN-CCTV-006", "12:06:15", "經貿路二段/經貿七路 路口偵測道路掉落物", "T",
             confidence=0.55, delay=(5, 25))
    t1 = s.report("1999", "fallen_tree", tx, ty, "12:08", "經貿路二段往南，經貿七路口過去一點，一根大樹枝掉在車道上。", "T",
                  scatter=(20, 60))
    pt = s.report("incident", "fallen_object", tx, ty, "12:20", "經貿路二段往南外側車道樹枝掉落，員警擺設警示，已通知養工處。",
                  "T", severity="Minor", delay=(400, 600))
    s.report("incident", "road_reopened", tx, ty, "12:55", "樹枝已由養工處清除，恢復通行。", "T", severity="Minor",
             delay=(200, 400), follows=pt)
    s.incident("E", "rescue", "82歲失智長者外出未歸，家屬報案協尋，約3小時後於中央公園尋獲", e0)
    s.incident("T", "traffic", "經貿路二段經貿七路口南側大樹枝掉落占用外側車道", t1)
    s.notes = ("長者的住家與尋獲處相距約600 m：協尋、家屬1999與發現者1999分在兩處，同一件。公園步道枯枝是公園內的例行修剪（背景），"
               "與中午掉在車道上的樹枝無關。週日公園停車場滿位、人群、違停為背景。")
    return s


def main():
    for fn in ALL:
        s = fn()
        stem, n = s.write()
        print(f"{stem}: {n} items, {len(s.incidents)} incidents")


if __name__ == "__main__":
    main()
