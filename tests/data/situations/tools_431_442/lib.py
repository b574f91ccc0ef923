"""Helpers for the situations 431-442 (blind oracle). Seeded: output is stable."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

_SENS = {}
for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]:
    p = f["properties"]
    _SENS[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "name": p["name"],
                              "lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1]}
SENSORS = _SENS

# named places (lon, lat) used for reports without a sensor; on the roads of roads.geojson
PLACES = {
    "黎明凱旋口": (120.64904, 24.19365), "經貿黎明口": (120.65496, 24.19582), "經貿七路口": (120.65685, 24.19247),
    "環中中科口": (120.65217, 24.19785), "環中經貿口": (120.65345, 24.19848), "環中凱旋口": (120.64766, 24.19659),
    "台74環中口": (120.6472, 24.19586), "中清環中口": (120.65724, 24.1989), "河南中平口": (120.65032, 24.17106),
    "經貿中平口": (120.66038, 24.17359), "臺灣大道環中口": (120.63188, 24.17485), "轉運中心": (120.6528, 24.1972),
    "會展A": (120.6546, 24.1948), "會展B": (120.6556, 24.194), "綠美圖": (120.657, 24.1915),
    "營運塔": (120.6585, 24.193), "流行影音中心": (120.652, 24.185), "公園停車場北": (120.6566, 24.1885),
    "回收中心": (120.659, 24.1765), "逢甲水湳": (120.652, 24.179), "中國醫大水湳": (120.6592, 24.1735),
    "生態住宅A": (120.6588, 24.184), "生態住宅B": (120.659, 24.1815), "河南路停車場": (120.653, 24.1745),
    "經貿路低窪": (120.6596, 24.1825), "中科路中段": (120.6532, 24.1905), "凱旋路中段": (120.651, 24.188),
    "中平路東段": (120.6560, 24.1712), "經貿路三段": (120.6590, 24.1850), "敦化路公園東": (120.6582, 24.1800),
    "中央公園中段": (120.6565, 24.1830), "黎明路三段東": (120.6572, 24.1970), "河南路北段": (120.6500, 24.1705),
}

SEV_UNKNOWN_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
UNSET = object()
TZ = dt.timezone(dt.timedelta(hours=8))
DEFAULT_DELAY = {"rule": (20, 75), "fire_alarm": (2, 8), "signal": (3, 15), "parking": (30, 130), "status": (1, 6),
                 "cctv": (4, 20), "incident": (40, 240), "1999": (60, 300), "119": (20, 90), "planned_event": (0, 0)}


def offset(lon, lat, rng, metres):
    """A point within `metres` of (lon, lat)."""
    a = rng.uniform(0, 2 * math.pi)
    r = rng.uniform(0.2, 1.0) * metres
    dlat = r * math.cos(a) / 111320.0
    dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, date, description):
        self.num, self.name, self.date, self.description = num, name, date, description
        self.rng = random.Random(num * 7919)
        self.items = []
        self.n = 0
        self.incidents = []
        self.alt = None
        self.notes = None

    # time: "HH:MM:SS" local (UTC+8) on self.date, or "+1 HH:MM:SS" for the next day
    def t(self, hms):
        day = dt.date.fromisoformat(self.date)
        if hms[:2] == "20" and "-" in hms:
            day = dt.date.fromisoformat(hms[:10])
            hms = hms[11:]
        if hms.startswith("+1 "):
            day += dt.timedelta(days=1)
            hms = hms[3:]
        h, m, s = (int(x) for x in hms.split(":"))
        return dt.datetime(day.year, day.month, day.day, h, m, s, tzinfo=TZ)

    def ev(self, hms, feed, cat, truth, text, sensor=None, at=None, jitter=25, sev=None, delay=None,
           conf=None, level=None, follows=None, ends=None, alt=UNSET, key=None, observed_shift=0):
        self.n += 1
        obs = self.t(hms)
        if delay is None:
            lo, hi = DEFAULT_DELAY[feed]
            delay = self.rng.randint(lo, hi)
        arr = obs + dt.timedelta(seconds=delay)
        obs_stamped = obs + dt.timedelta(seconds=observed_shift)   # a wrong device clock
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
        else:
            agency = FEED_AGENCY[feed]
            if isinstance(at, str) and at in SENSORS:
                base = (SENSORS[at]["lon"], SENSORS[at]["lat"])
            elif isinstance(at, str):
                base = PLACES[at]
            else:
                base = at
            lon, lat = offset(base[0], base[1], self.rng, jitter) if jitter else base
        if sev is None:
            if feed in SEV_UNKNOWN_FEEDS:
                sev = "Unknown"
            elif cat == "flood_depth":
                sev = FLOOD_SEV[level]
            elif cat == "water_level":
                sev = WL_SEV[level]
            elif cat == "heavy_rain":
                sev = RAIN_SEV[level]
            else:
                sev = "Minor"
        k = key or "s%d-%s-%03d" % (self.num, {"1999": "c1999", "119": "f119"}.get(feed, feed), self.n)
        it = {"key": k, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": cat, "severity": sev, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs_stamped), "arrival": iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows:
            it["follows"] = follows
        if ends:
            it["ends"] = ends if "T" in ends else iso(self.t(ends))
        it["truth"] = truth
        if alt is not UNSET:
            it["truth_alt"] = alt
        self.items.append(it)
        return k

    def dup(self, key, extra_s):
        """Redelivery of an item: same key and fields, later arrival."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        d["arrival"] = iso(a + dt.timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def incident(self, label, typ, description, sufficient):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in items:
                f.write(json.dumps(i, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return base


# ---------------------------------------------------------------- background pools
PLATES = ["XT%05d" % n for n in (10233, 10871, 11402, 12090, 12544, 13117, 13870, 14402, 15021, 15988)]
STREETLIGHT_ONE = [
    "{road}{no}號前面的路燈不亮好幾天了，桿號{plate}，麻煩派人修",
    "路燈一閃一閃的，晚上騎車經過很刺眼，燈桿上寫{plate}",
    "{road}這支路燈白天也一直亮著，桿號{plate}，浪費電",
    "家門口那盞路燈壞了，巷子很暗，我女兒晚上下班回來很怕，{road}{no}號附近",
    "公車站旁邊那支燈不會亮，編號{plate}，請處理謝謝",
    "{road}路燈的燈罩破掉一半吊在那邊，怕掉下來砸到人，桿號{plate}",
    "路燈顏色怪怪的一直忽明忽暗，在{road}靠近{no}號",
]
NOISE = [
    "{road}那間熱炒店每天開到半夜一兩點，客人划酒拳很大聲，已經檢舉很多次了",
    "隔壁工地早上六點半就開始敲敲打打，不是規定八點以後嗎",
    "公園那邊每天晚上有人開音響跳舞，音量超大，在家裡窗戶關起來都聽得到",
    "有改裝排氣管的機車一直在{road}來回催油門，吵到小孩睡不著",
    "樓上冷氣室外機聲音很大，嗡嗡嗡整晚",
    "{road}有店家在門口用大聲公叫賣，一整天重複同一段",
    "對面的狗從早叫到晚，主人都不在家",
]
PARKING = [
    "{road}有一台白色休旅車停在紅線上，擋住我們社區車道出口快兩個小時",
    "人行道上機車停滿了，推嬰兒車根本過不去，{road}這段每天都這樣",
    "公車站牌前面一直有車臨停，公車都沒辦法靠站",
    "有台貨車每天晚上都停在{road}轉角，轉彎看不到來車很危險",
    "{road}{no}號前面有車停在無障礙車位，沒有掛證",
    "一直有人把車停在我家門口的騎樓，出不了門",
]
OTHER = [
    ("other", "公園的飲水機壞掉了，按了沒有水"),
    ("other", "{road}路邊有一隻狗好像腳受傷，一直趴在那邊，可以請動保處來看一下嗎"),
    ("road_damage", "人行道的地磚翹起來一塊，我媽剛剛差點絆倒，在{road}{no}號前面"),
    ("other", "公車站的候車亭座椅壞掉了，坐下去會晃"),
    ("other", "行道樹的樹枝長太長，快擋到紅綠燈了，開車看不太到，麻煩修剪"),
    ("blocked_drain", "水溝好臭，好像很久沒有清了，蚊子很多，{road}{no}號旁邊"),
    ("road_damage", "{road}有個小坑洞，騎車經過會頓一下，麻煩補一下"),
    ("other", "路邊有人丟一整袋垃圾跟舊床墊，好幾天沒人收"),
    ("other", "請問中央公園的停車場幾點關門？"),
    ("illegal_parking", "有一台廢棄的機車停在{road}好幾個月了，車牌都拆掉了"),
]
ROADS_1999 = ["經貿路二段", "黎明路三段", "凱旋路", "中科路", "河南路四段", "中平路", "敦化路一段", "經貿五路", "環中路二段", "經貿七路"]
PANEL_FAULT = ["預備電源電壓不足", "主機蓄電池異常，請檢查", "第3迴路斷線", "偵煙探測器 B1-07 故障", "第5迴路接地異常"]


PLACE_ROAD = {
    "黎明凱旋口": "黎明路三段", "經貿黎明口": "經貿路二段", "經貿七路口": "經貿七路", "環中中科口": "環中路二段",
    "環中經貿口": "環中路二段", "環中凱旋口": "凱旋路", "台74環中口": "環中路二段", "中清環中口": "中清路",
    "河南中平口": "河南路四段", "經貿中平口": "中平路", "轉運中心": "經貿路二段", "會展A": "經貿路二段",
    "會展B": "經貿五路", "綠美圖": "經貿五路", "營運塔": "經貿七路", "流行影音中心": "凱旋路", "公園停車場北": "敦化路一段",
    "回收中心": "經貿路三段", "逢甲水湳": "中科路", "中國醫大水湳": "經貿路三段", "生態住宅A": "經貿路三段",
    "生態住宅B": "敦化路一段", "河南路停車場": "河南路四段", "經貿路低窪": "經貿路三段", "中科路中段": "中科路",
    "凱旋路中段": "凱旋路", "中平路東段": "中平路", "經貿路三段": "經貿路三段", "敦化路公園東": "敦化路一段",
    "中央公園中段": "敦化路一段", "黎明路三段東": "黎明路三段", "河南路北段": "河南路四段",
}


def fill(s, tpl, place=None):
    r = s.rng
    road = PLACE_ROAD.get(place) if isinstance(place, str) else None
    return tpl.format(road=road or r.choice(ROADS_1999), no=r.randint(2, 480), plate=r.choice(PLATES))


def pick(s, pool):
    """A template not yet used in this situation (while there are any)."""
    used = s.__dict__.setdefault("_used", set())
    free = [x for x in pool if (id(pool), pool.index(x)) not in used] or pool
    x = s.rng.choice(free)
    used.add((id(pool), pool.index(x)))
    return x


def bg_1999(s, hms, kind, at, jitter=250):
    """A routine 1999 request (background)."""
    if kind == "streetlight":
        return s.ev(hms, "1999", "streetlight", None, fill(s, pick(s, STREETLIGHT_ONE), at), at=at, jitter=jitter)
    if kind == "noise":
        return s.ev(hms, "1999", "noise", None, fill(s, pick(s, NOISE), at), at=at, jitter=jitter)
    if kind == "parking":
        return s.ev(hms, "1999", "illegal_parking", None, fill(s, pick(s, PARKING), at), at=at, jitter=jitter)
    cat, tpl = pick(s, OTHER)
    return s.ev(hms, "1999", cat, None, fill(s, tpl, at), at=at, jitter=jitter)


def bg_panel_fault(s, hms, sensor, restore_hms=None, text=None):
    k = s.ev(hms, "fire_alarm", "fault", None, text or s.rng.choice(PANEL_FAULT), sensor=sensor)
    if restore_hms:
        s.ev(restore_hms, "fire_alarm", "normal", None, "故障復歸", sensor=sensor)
    return k


def bg_flap(s, hms_off, hms_on, sensor, reason="comms_lost", alert=True):
    """A device that drops off the network and comes back (background)."""
    s.ev(hms_off, "status", "offline", None, "status offline: %s" % reason, sensor=sensor)
    if alert:
        pre = "+1 " if hms_off.startswith("+1 ") else ""
        h, m, sec = (int(x) for x in hms_off[len(pre):].split(":"))
        m2 = m + 5
        t2 = pre + "%02d:%02d:%02d" % (h + m2 // 60, m2 % 60, sec)
        if t2 < hms_on:
            s.ev(t2, "rule", "sensor_offline", None, "%s 超過 5 分鐘未回傳 (%s)" % (SENSORS[sensor]["name"], reason), sensor=sensor)
    s.ev(hms_on, "status", "online", None, "status online", sensor=sensor)


def bg_congestion(s, hms, vd, speed, occ, peak=True):
    txt = "平均車速 %d km/h，佔有率 %d%%%s" % (speed, occ, "（平日尖峰常態）" if peak else "")
    return s.ev(hms, "rule", "congestion", None, txt, sensor=vd, sev="Minor")


def bg_many(s, spec):
    """spec: list of (hms, kind, place) routine 1999 requests."""
    for hms, kind, place in spec:
        bg_1999(s, hms, kind, place)
