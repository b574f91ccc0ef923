"""Situations 1156-1158: a fire with a burst of dozens of citizen calls within minutes while the building's
fire panel is offline, then the traffic jam it causes. Seeded."""
from lib import Situation, SENSORS, inc, scatter, offset, along


def burst(s, n, t_from, t_to, centre, texts, truth, alt=None, near_share=0.65, far_m=1200, cat="fire_smoke",
          cats=None):
    """n 1999 calls created between t_from and t_to minutes, scattered round centre: most within 300 m, some from
    wherever the plume is visible (up to far_m). Operators key them in 1-5 minutes later."""
    r = s.rng
    keys = []
    for i in range(n):
        at = r.uniform(t_from, t_to)
        u = r.random()
        if u < near_share:
            p = scatter(r, *centre, 15, 300)
        elif u < 0.92:
            p = scatter(r, *centre, 300, 700)
        else:
            p = scatter(r, *centre, 700, far_m)
        tx = texts[i % len(texts)]
        c = cat
        if cats:
            for word, cc in cats.items():
                if word in tx:
                    c = cc
        kw = {} if alt is None else {"alt": alt}
        keys.append(s.add("1999", c, at, r.uniform(1.0, 5.0), tx, truth, pos=p, **kw))
    return keys


SMOKE_TEXTS = ["{b}冒很多黑煙", "{b}那邊火災了，煙很大", "看到{b}屋頂有火", "{b}好像燒起來了，快派消防車",
               "我在{r}看到{b}那邊一大片黑煙", "{b}失火，裡面的人都跑出來了", "{b}有爆炸聲然後一直冒煙",
               "煙飄到我家這邊了，是{b}火災嗎", "{b}火警，有人還在裡面嗎", "路過{b}整個都是煙，車子看不到前面",
               "{b}旁邊的停車場都是煙", "{b}火災，煙往北邊飄", "請問{b}是不是火災，煙很大",
               "{b}燒起來了，已經聽到消防車", "{b}那邊好濃的燒焦味"]


def texts_for(b, road):
    return [t.format(b=b, r=road) for t in SMOKE_TEXTS]


def s1156():
    s = Situation(1156, "popmusic_fire_panel_maint", "2016-11-12 16:05", 115601,
                  "16:05 a fire starts in the stage-rigging area of the Taichung Pop Music Center during a Saturday "
                  "rehearsal. Its fire panel (SN-FA-006) has been offline since 14:20 for planned maintenance, so "
                  "the center hears of the fire from 28 citizen calls in six minutes, a far CCTV's smoke "
                  "analytics and 119. About 800 people are evacuated; 凱旋路 is closed and the jam spreads north "
                  "along 凱旋路 and 中科路 to 黎明路 and 環中路 over the next 40 minutes.")
    r = s.rng
    b = (SENSORS["SN-FA-006"]["lon"], SENSORS["SN-FA-006"]["lat"])
    F, J = "1156-F", "1156-J"
    s.add("status", "offline", -105.0, 0.1, "臺中流行影音中心 火警受信總機 離線：維護作業", None, F,
          sensor="SN-FA-006", reason="maintenance")
    keys = burst(s, 28, 0.8, 6.8, b, texts_for("流行影音中心", "凱旋路"), F)
    s.add("cctv", "smoke", 2.5, 0.2, "影像分析：遠方煙霧", F, sensor="SN-CCTV-007", confidence=0.55)
    f1 = s.add("119", "fire", 1.6, 0.3, "臺中流行影音中心 舞台區火災 濃煙 派遣水湳、西屯、北屯分隊 第二梯次待命", F, pos=b)
    s.add("119", "fire", 8.0, 0.3, "流行影音中心 到達現場 舞台上方燈架燃燒 人員疏散中", F, pos=b, status="on_scene",
          follows=f1)
    s.add("incident", "fire_report", 6.0, 5.0, "凱旋路臺中流行影音中心火警，濃煙竄出，本分局警力到場", F, sev="Severe",
          pos=offset(*b, 20, 0))
    s.add("incident", "evacuation", 10.0, 6.0, "流行影音中心疏散觀眾及工作人員約800人至中央公園草坪", F, sev="Moderate",
          pos=offset(*b, 120, 60))
    s.add("119", "ambulance", 14.0, 0.4, "流行影音中心火警 工作人員2名嗆傷 派遣救護車2", F, pos=b)
    pc = s.add("incident", "road_closure", 14.0, 5.0, "凱旋路（中科路至黎明路）雙向封閉，供救災車輛使用，請改道", F,
               sev="Moderate", pos=offset(*b, -10, 150))
    # the jam
    s.add("rule", "congestion", 12.0, 0.5, "凱旋路車輛偵測器2 平均車速 6 km/h，佔有率 71%", F, J,
          sensor="SN-VD-KAIXUAN-02", sev="Severe")
    s.add("rule", "congestion", 19.0, 0.5, "中科路車輛偵測器1 平均車速 8 km/h，佔有率 66%", F, J,
          sensor="SN-VD-ZHONGKE-01", sev="Severe")
    s.add("rule", "congestion", 25.0, 0.5, "凱旋路車輛偵測器1 往南平均車速 7 km/h，佔有率 63%", F, J,
          sensor="SN-VD-KAIXUAN-01", sev="Severe")
    s.add("rule", "congestion", 29.0, 0.5, "黎明路車輛偵測器1 平均車速 11 km/h", F, J,
          sensor="SN-VD-LIMING-01", sev="Moderate")
    s.add("cctv", "stalled_vehicle", 31.0, 0.2, "影像分析：車輛停滯", F, J, sensor="SN-CCTV-007", confidence=0.61)
    s.add("rule", "congestion", 37.0, 0.5, "環中路車輛偵測器2 平均車速 14 km/h", F, J,
          sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    s.add("incident", "fire_report", 27.0, 6.0, "凱旋路往南車流回堵至黎明路口，中科路亦回堵，加派警力疏導", F, J,
          sev="Moderate", pos=(120.6493, 24.1925))
    s.add("1999", "other", 33.0, 4.0, "凱旋路整條塞住不動，前面到底發生什麼事", F, J, pos=(120.6488, 24.1945))
    s.add("1999", "other", 40.0, 3.0, "中科路塞了半小時，可以開放嗎", F, J, pos=(120.6530, 24.1930))
    s.add("incident", "fire_report", 44.0, 5.0, "流行影音中心火勢控制，殘火處理中，凱旋路仍封閉", F, sev="Moderate",
          pos=offset(*b, 20, 0))
    s.add("incident", "road_reopened", 71.0, 6.0, "凱旋路解除封閉，恢復雙向通行", F, sev="Minor",
          pos=offset(*b, -10, 150), follows=pc)
    s.add("119", "fire", 78.0, 0.4, "流行影音中心火警 處理完畢 返隊", F, pos=b, status="returning", follows=f1)
    # background
    s.add("parking", "full", -30.0, 0.2, "臺中國際會展中心停車場 汽車位已滿（週末展覽）", None, sensor="SN-PK-006")
    s.add("rule", "congestion", -8.0, 0.5, "河南路車輛偵測器1 平均車速 19 km/h", None, sensor="SN-VD-HENAN-01",
          sev="Moderate")
    s.add("1999", "road_damage", 21.0, 12.0, "中平路人行道地磚翹起來", None, pos=(120.6560, 24.1710))
    s.add("1999", "noise", 50.0, 6.0, "經貿路三段住家樓上裝潢電鑽很吵", None, pos=(120.6596, 24.1850))
    incidents = [inc(F, "fire", "臺中流行影音中心 舞台區火災，約800人疏散，凱旋路封閉及其回堵（panel offline for maintenance）",
                     f1)]
    alt_inc = [inc(F, "fire", "臺中流行影音中心 舞台區火災（含離線中的受信總機）", f1),
               inc(J, "traffic", "凱旋路封閉引起的凱旋路、中科路、黎明路、環中路回堵", "1156-rule-040")]
    alternative = {"why": "The jam is the fire's closure's effect and is handled by the same police detail in the main "
                          "reading; a traffic desk may run it as its own job once it reaches 黎明路 and 環中路, 1 km "
                          "from the fire. The panel's planned-maintenance offline message may be filed with the fire it "
                          "failed to report.",
                   "incidents": alt_inc}
    return s, incidents, alternative


def fix_alt_key(s, incidents, alternative, label):
    """Point the alternative job's sufficient evidence at its first arriving item."""
    items = sorted(s.items, key=lambda x: (x["_arr"], x["_seq"]))
    for it in items:
        if it.get("truth_alt", it["truth"]) == label:
            for j in alternative["incidents"]:
                if j["label"] == label:
                    j["sufficient_evidence_key"] = it["key"]
            return


def first_of(s, pred):
    items = sorted(s.items, key=lambda x: (x["_arr"], x["_seq"]))
    return next(it["key"] for it in items if pred(it))


def run1156():
    s, incidents, alternative = s1156()
    fix_alt_key(s, incidents, alternative, "1156-J")
    # the fire is enough at the 119 dispatch or the third fire call, whichever arrives first
    calls = sorted([it for it in s.items if it["feed"] == "1999" and it["truth"] == "1156-F"
                    and it["category"] == "fire_smoke"], key=lambda x: x["_arr"])
    k119 = next(it for it in s.items if it["feed"] == "119")
    key = calls[2]["key"] if calls[2]["_arr"] < k119["_arr"] else k119["key"]
    incidents[0]["sufficient_evidence_key"] = key
    alternative["incidents"][0]["sufficient_evidence_key"] = key
    return s.write(incidents, alternative,
                   notes="Sufficient evidence: the third independent fire call or the 119 dispatch, whichever "
                         "arrived first (no panel alarm can come).")


def s1157():
    s = Situation(1157, "ecoA_fire_power_out", "2016-12-24 19:20", 115701,
                  "19:20 a fire in the ground-floor electrical room of eco-residential block A (180 households). "
                  "The fire trips the building's mains: the fire panel (SN-FA-011) reports offline, mains power "
                  "lost, 40 seconds before the first call, and never sends an alarm. 32 calls in five minutes "
                  "(smoke in the stairwells, the power out, people on upper floors), 119 fire, rescue and "
                  "ambulances; 經貿路三段 is closed and the evening traffic backs up on 經貿路 and 中清路.")
    r = s.rng
    b = (SENSORS["SN-FA-011"]["lon"], SENSORS["SN-FA-011"]["lat"])
    F, I = "1157-F", "1157-I"
    off = s.add("status", "offline", -0.7, 0.1, "水湳生態住宅 A區 集合住宅 火警受信總機 離線：主電源中斷", F, I,
                sensor="SN-FA-011", reason="mains_power_lost")
    s.add("rule", "sensor_offline", 0.3, 0.2, "水湳生態住宅 A區 火警受信總機 設備離線（主電源中斷）", F, I,
          sensor="SN-FA-011", sev="Minor")
    texts = ["A區大樓一樓電箱那邊起火，整棟都沒電", "我們大樓停電了，樓梯間都是煙", "A區失火，我住12樓下不去",
             "經貿路三段那棟大樓冒煙", "我在B區看到對面A區一樓有火", "大樓警鈴沒響，可是一直有煙進來",
             "A區集合住宅火災，很多人在中庭", "我家人還在A區8樓，電話打不通", "整棟停電，電梯也停了",
             "經貿路這邊大樓一樓燒起來了", "A區的煙好大，對面都看得到", "A區火災，有老人家走不動"]
    keys = burst(s, 32, 0.0, 5.0, b, texts, F, near_share=0.8, far_m=900,
                 cats={"整棟停電": "power_outage", "都沒電": "fire_smoke", "8樓": "rescue", "老人家": "rescue"})
    # power-outage-only calls read differently under the alternative reading
    for k in keys:
        it = s.by_key[k]
        if it["category"] == "power_outage":
            it["truth_alt"] = I
    f1 = s.add("119", "fire", 1.0, 0.3, "經貿路三段 水湳生態住宅A區 一樓電氣室火災 濃煙竄入樓梯間 派遣水湳、北屯、西屯分隊", F, pos=b)
    rs = s.add("119", "rescue", 4.0, 0.3, "生態住宅A區 高樓層住戶受困 派遣救助隊 雲梯車", F, pos=b)
    s.add("119", "fire", 7.5, 0.3, "生態住宅A區 到達 一樓電氣室火勢 樓梯間濃煙 搜救中", F, pos=b, status="on_scene",
          follows=f1)
    s.add("119", "ambulance", 12.0, 0.3, "生態住宅A區火災 住戶3名嗆傷 派遣救護車3", F, pos=b)
    s.add("119", "rescue", 26.0, 0.3, "生態住宅A區 受困住戶12名全數救出", F, pos=b, status="on_scene", follows=rs)
    s.add("incident", "fire_report", 6.0, 5.0, "經貿路三段生態住宅A區火警，一樓電氣室起火，警力協助疏散", F,
          sev="Severe", pos=offset(*b, 25, 0))
    pc = s.add("incident", "road_closure", 11.0, 5.0, "經貿路三段（敦化路至中清路）雙向封閉，供救災車輛使用", F,
               sev="Moderate", pos=offset(*b, 30, 40))
    s.add("incident", "evacuation", 13.0, 6.0, "生態住宅A區住戶約300人疏散至中央公園及對面B區中庭", F, sev="Moderate",
          pos=offset(*b, -80, 0))
    # the jam
    s.add("rule", "congestion", 16.0, 0.5, "經貿路車輛偵測器2 往南平均車速 5 km/h，佔有率 74%", F,
          sensor="SN-VD-JINGMAO-02", sev="Severe")
    s.add("rule", "congestion", 24.0, 0.5, "中清路車輛偵測器2 平均車速 9 km/h，佔有率 61%", F,
          sensor="SN-VD-ZHONGQING-02", sev="Severe")
    s.add("rule", "congestion", 31.0, 0.5, "經貿路車輛偵測器1 平均車速 12 km/h", F, sensor="SN-VD-JINGMAO-01",
          sev="Moderate")
    s.add("1999", "other", 28.0, 4.0, "經貿路封起來了，中清路也塞死，平安夜要去哪都過不去", F,
          pos=(120.6640, 24.1860))
    s.add("1999", "power_outage", 35.0, 5.0, "A區還是沒電，什麼時候會來電", F, I, pos=scatter(r, *b, 10, 40))
    s.add("incident", "fire_report", 47.0, 6.0, "生態住宅A區火勢撲滅，台電到場處理電氣室，住戶暫不能返家", F, sev="Moderate",
          pos=offset(*b, 25, 0))
    s.add("incident", "road_reopened", 66.0, 5.0, "經貿路三段解除封閉，恢復通行", F, sev="Minor", pos=offset(*b, 30, 40),
          follows=pc)
    # background
    s.add("1999", "noise", 15.0, 8.0, "中清路那邊有人在放鞭炮", None, pos=(120.6670, 24.1800))
    s.add("status", "offline", 20.0, 0.1, "水湳區域排水經貿路水位站 離線：電池電壓低", None, sensor="SN-WL-003",
          reason="battery_low")
    s.add("1999", "illegal_parking", 40.0, 7.0, "會展中心外面紅線停滿車", None, pos=(120.6560, 24.1960))
    s.add("parking", "full", 22.0, 0.2, "臺中國際會展中心停車場 汽車位已滿", None, sensor="SN-PK-006")
    calls = sorted([s.by_key[k] for k in keys if s.by_key[k]["category"] != "power_outage"], key=lambda x: x["_arr"])
    k119 = s.by_key[f1]
    suff = calls[2]["key"] if calls[2]["_arr"] < k119["_arr"] else f1
    incidents = [inc(F, "fire", "水湳生態住宅A區 一樓電氣室火災，停電、樓梯間濃煙、住戶受困與嗆傷，經貿路三段封閉及回堵", suff)]
    alt_inc = [inc(F, "fire", "水湳生態住宅A區 一樓電氣室火災", suff),
               inc(I, "infrastructure", "生態住宅A區 停電（受信總機斷電離線、住戶停電報案）", off)]
    alternative = {"why": "The building's power cut is a consequence of the fire in its electrical room; a "
                          "coordinator who routes power cuts to Taipower may open it as an infrastructure job: the "
                          "panel's offline message (mains lost) and the calls that only say the power is out.",
                   "incidents": alt_inc}
    return s.write(incidents, alternative,
                   notes="No panel alarm ever arrives (the panel lost mains before its detectors tripped). The "
                         "calls that mention both smoke and the power cut stay with the fire in both readings.")


def s1158():
    s = Situation(1158, "hub_fire_panel_comms", "2016-04-29 17:45", 115801,
                  "The transit hub's fire panel (SN-FA-001) lost its link at 16:55 (comms lost; the rule raises "
                  "sensor_offline at 17:00). At 17:45, in the evening rush, an intercity bus's engine catches fire "
                  "in a bay and the fire spreads to the bay canopy. A CCTV at 中科路/環中路 sees the smoke first; "
                  "36 calls follow within five minutes; the hub is evacuated, its car park closed, and 環中路, "
                  "經貿路 and 中清路 jam.")
    r = s.rng
    b = (SENSORS["SN-FA-001"]["lon"], SENSORS["SN-FA-001"]["lat"])
    F, I = "1158-F", "1158-I"
    s.add("status", "offline", -50.0, 0.1, "水湳轉運中心 火警受信總機 離線：通訊中斷", I, None, sensor="SN-FA-001",
          reason="comms_lost")
    i1 = s.add("rule", "sensor_offline", -45.0, 0.2, "水湳轉運中心 火警受信總機 設備離線逾5分鐘（通訊中斷）", I, None,
               sensor="SN-FA-001", sev="Minor")
    cv = s.add("cctv", "smoke", 0.9, 0.2, "影像分析：煙霧", F, sensor="SN-CCTV-003", confidence=0.91)
    texts = ["轉運站裡面客運燒起來了", "水湳轉運中心冒大量黑煙", "轉運站月台有車子起火，大家在跑",
             "環中路上看到轉運站那邊在燒", "轉運中心火災，有人受傷嗎", "轉運站的煙飄到環中路上，視線很差",
             "我在等客運，旁邊那台巴士在冒火", "水湳轉運站失火，煙很大快來", "客運月台雨遮也燒到了",
             "經貿路這邊看到轉運站一大片黑煙", "轉運中心有爆炸聲", "轉運站人都被趕出來了，發生什麼事"]
    keys = burst(s, 36, 1.0, 6.0, b, texts, F, near_share=0.7, far_m=1000)
    f1 = s.add("119", "fire", 1.8, 0.3, "水湳轉運中心 客運月台 車輛火災延燒雨遮 派遣水湳、北屯分隊", F, pos=b)
    s.add("119", "fire", 7.0, 0.3, "水湳轉運中心 到達 客運引擎室火災 延燒月台雨遮 旅客疏散", F, pos=b, status="on_scene",
          follows=f1)
    s.add("119", "ambulance", 9.0, 0.3, "水湳轉運中心火災 旅客2名嗆傷 1名跌倒擦傷 派遣救護車2", F, pos=b)
    s.add("incident", "fire_report", 5.0, 4.0, "水湳轉運中心客運月台車輛火警，警力到場疏散旅客", F, sev="Severe",
          pos=offset(*b, 10, -10))
    s.add("incident", "evacuation", 9.0, 5.0, "水湳轉運中心旅客約1,200人疏散至環中路側廣場", F, sev="Moderate",
          pos=offset(*b, 40, 60))
    s.add("parking", "closed", 10.0, 0.2, "水湳轉運中心停車場 暫停開放（火警）", F, sensor="SN-PK-001")
    pc = s.add("incident", "road_closure", 12.0, 5.0, "環中路二段（中科路至經貿路）往東外側車道及轉運中心出入口封閉", F,
               sev="Moderate", pos=(120.6528, 24.1981))
    s.add("rule", "congestion", 11.0, 0.5, "經貿路車輛偵測器1 往北平均車速 7 km/h，佔有率 68%", F,
          sensor="SN-VD-JINGMAO-01", sev="Severe")
    s.add("rule", "congestion", 15.0, 0.5, "環中路車輛偵測器2 往東平均車速 6 km/h，佔有率 77%", F,
          sensor="SN-VD-HUANZHONG-02", sev="Severe")
    s.add("rule", "congestion", 19.0, 0.5, "環中路車輛偵測器3 平均車速 10 km/h，佔有率 59%", F,
          sensor="SN-VD-HUANZHONG-03", sev="Moderate")
    s.add("rule", "congestion", 24.0, 0.5, "中清路車輛偵測器1 平均車速 9 km/h", F, sensor="SN-VD-ZHONGQING-01",
          sev="Severe")
    s.add("cctv", "stalled_vehicle", 21.0, 0.2, "影像分析：車輛停滯", F, sensor="SN-CCTV-004", confidence=0.72)
    s.add("1999", "other", 27.0, 4.0, "環中路塞爆了，轉運站那邊是怎樣", F, pos=along("huanzhong", 0.55, 60, r))
    s.add("1999", "other", 36.0, 3.0, "客運都進不了站，我們要在哪裡搭車", F, pos=offset(*b, 150, 80))
    s.add("incident", "fire_report", 33.0, 6.0, "轉運中心車輛火警撲滅，月台雨遮局部燒損，旅客暫不得進入", F, sev="Moderate",
          pos=offset(*b, 10, -10))
    s.add("incident", "road_reopened", 58.0, 5.0, "環中路二段外側車道解除封閉，轉運中心出入口恢復通行", F, sev="Minor",
          pos=(120.6528, 24.1981), follows=pc)
    s.add("119", "fire", 63.0, 0.4, "水湳轉運中心火警 處理完畢 返隊", F, pos=b, status="returning", follows=f1)
    # background
    s.add("rule", "congestion", -15.0, 0.5, "河南路車輛偵測器2 平均車速 18 km/h（下班尖峰）", None,
          sensor="SN-VD-HENAN-02", sev="Moderate")
    s.add("parking", "full", -5.0, 0.2, "臺中國際會展中心停車場 汽車位已滿", None, sensor="SN-PK-006")
    s.add("1999", "road_damage", 30.0, 10.0, "中平路經貿路口附近路面凹陷", None, pos=(120.6598, 24.1742))
    calls = sorted([s.by_key[k] for k in keys], key=lambda x: x["_arr"])
    incidents = [inc(F, "fire", "水湳轉運中心 客運月台車輛火災延燒雨遮，旅客疏散，停車場關閉，環中路/經貿路/中清路回堵",
                     calls[1]["key"] if calls[1]["_arr"] < s.by_key[f1]["_arr"] else f1),
                 inc(I, "infrastructure", "水湳轉運中心 火警受信總機通訊中斷（需派員維修）", i1)]
    alt_inc = [incidents[0]]
    alternative = {"why": "A fire panel's lost link is a maintenance ticket, not an incident, for many duty desks; "
                          "under that reading the panel's offline status and the offline rule's alert are background.",
                   "incidents": alt_inc}
    return s.write(incidents, alternative,
                   notes="Sufficient evidence for the fire: the CCTV smoke detection alone (0.91) is not enough; the "
                         "second call or 119's dispatch, whichever arrives first.")


if __name__ == "__main__":
    print("s1156", run1156())
    print("s1157", s1157())
    print("s1158", s1158())
