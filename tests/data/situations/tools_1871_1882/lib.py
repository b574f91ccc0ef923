"""Helpers for situations 1871-1882 (written blind to the center's code)."""
import json, os, random, math, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    s = {}
    for f in d["features"]:
        p = f["properties"]
        s[p["sensor_id"]] = {"lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1],
                             "kind": p.get("kind"), "agency": p.get("agency"), "name": p.get("name")}
    return s

SENSORS = load_sensors()

def load_roads():
    d = json.load(open(os.path.join(GEO, "roads.geojson"), encoding="utf-8"))
    return {f["properties"]["name"]: f["geometry"]["coordinates"] for f in d["features"]}

ROADS = load_roads()

def _seg_int(p1, p2, p3, p4):
    x1, y1 = p1; x2, y2 = p2; x3, y3 = p3; x4, y4 = p4
    den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(den) < 1e-15:
        return None
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
    u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / den
    if -1e-9 <= t <= 1 + 1e-9 and -1e-9 <= u <= 1 + 1e-9:
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
    return None

def junction(a, b):
    """Where roads a and b meet in roads.geojson (first crossing), else nearest vertices' midpoint."""
    A, B = ROADS[a], ROADS[b]
    for i in range(len(A) - 1):
        for j in range(len(B) - 1):
            p = _seg_int(A[i], A[i + 1], B[j], B[j + 1])
            if p:
                return (round(p[0], 6), round(p[1], 6))
    best = min(((pa, pb) for pa in A for pb in B), key=lambda t: (t[0][0]-t[1][0])**2 + (t[0][1]-t[1][1])**2)
    return (round((best[0][0]+best[1][0])/2, 6), round((best[0][1]+best[1][1])/2, 6))

def along(road, frac):
    """Point at fraction frac (0..1) of a road's length."""
    c = ROADS[road]
    L = [math.hypot(c[i+1][0]-c[i][0], c[i+1][1]-c[i][1]) for i in range(len(c)-1)]
    t = frac * sum(L)
    for i, l in enumerate(L):
        if t <= l or i == len(L) - 1:
            f = t / l if l else 0
            return (round(c[i][0] + f*(c[i+1][0]-c[i][0]), 6), round(c[i][1] + f*(c[i+1][1]-c[i][1]), 6))
        t -= l

def offset(p, de_m, dn_m):
    lon, lat = p
    return (round(lon + de_m / (111320 * math.cos(math.radians(lat))), 6), round(lat + dn_m / 110540, 6))

def scatter(rng, p, r_m):
    a = rng.uniform(0, 2*math.pi); d = r_m * math.sqrt(rng.random())
    return offset(p, d*math.cos(a), d*math.sin(a))

def T(s):
    """Local Taiwan time 'YYYY-MM-DD HH:MM:SS' -> datetime UTC."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S") - dt.timedelta(hours=8)

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

SEV_NONE = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}

class Sit:
    def __init__(self, num, name, seed):
        self.num, self.name = num, name
        self.rng = random.Random(seed)
        self.items = []
        self.n = 0

    def key(self, prefix):
        self.n += 1
        return "%d-%s-%03d" % (self.num, prefix, self.n)

    def add(self, feed, category, truth, obs, arr_delay=None, sensor=None, pos=None, text=None,
            severity=None, alt="__same__", key=None, **extra):
        """obs: datetime UTC; arr_delay seconds after obs (random small if None)."""
        rng = self.rng
        if arr_delay is None:
            arr_delay = {"rule": rng.randint(20, 90), "status": rng.randint(1, 15), "cctv": rng.randint(3, 20),
                         "fire_alarm": rng.randint(1, 8), "signal": rng.randint(2, 30), "parking": rng.randint(30, 120),
                         "1999": rng.randint(60, 300), "incident": rng.randint(30, 240), "119": rng.randint(5, 40),
                         "planned_event": 0}[feed]
        it = {"key": key or self.key({"rule": "al", "status": "st"}.get(feed, "ev"))}
        it["kind"] = "alert" if feed == "rule" else "event"
        it["feed"] = feed
        if sensor:
            s = SENSORS[sensor]
            agency = s["agency"]
            it_pos = (s["lon"], s["lat"])
        else:
            agency = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}[feed]
            it_pos = pos
        if feed == "fire_alarm": agency = "disaster"
        if feed in ("signal", "parking"): agency = "traffic"
        it["agency"] = agency
        it["category"] = category
        it["severity"] = "Unknown" if feed in SEV_NONE else (severity or "Moderate")
        it["lon"], it["lat"] = it_pos
        it["observed"] = iso(obs)
        it["arrival"] = iso(obs + dt.timedelta(seconds=arr_delay))
        if sensor: it["sensor_id"] = sensor
        if text: it["text"] = text
        for k, v in extra.items():
            if v is not None: it[k] = v
        it["truth"] = truth
        if alt != "__same__": it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, it, extra_s):
        d = dict(it)
        a = dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=extra_s)
        d["arrival"] = iso(a)
        self.items.append(d)
        return d

    def write(self, description, incidents, alternative=None, notes=None):
        self.items.sort(key=lambda i: (i["arrival"], i["key"]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        tr = {"situation": self.num, "description": description, "incidents": incidents}
        if alternative: tr["alternative_reading"] = alternative
        if notes: tr["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(tr, f, ensure_ascii=False, indent=1)
            f.write("\n")

def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}

# ---- background noise -------------------------------------------------
NOISE_1999 = [
    ("illegal_parking", "{road}有車輛併排停車，擋住機車道，請派員處理。"),
    ("illegal_parking", "{road}紅線上停了一排車，公車進不了站。"),
    ("noise", "{road}附近工地還在施工，很吵，請環保局查看。"),
    ("noise", "樓下店家音樂開很大聲，已經快十一點了。"),
    ("streetlight", "{road}路燈不亮一盞，燈桿編號看不清楚。"),
    ("streetlight", "{road}人行道路燈一閃一閃。"),
    ("blocked_drain", "{road}水溝蓋附近有落葉堵住，下雨可能會積水，請清理。"),
    ("other", "{road}公車站牌旁廣告看板歪掉，請相關單位看一下。"),
    ("環境清潔", "{road}人行道有人丟棄大型家具。"),
    ("動物救援", "{road}有一隻流浪狗在車道上走來走去。"),
]
NOISE_ROADS = ["環中路", "中清路", "河南路", "經貿路", "中平路", "凱旋路", "中科路", "黎明路"]

def noise_1999(s, t0, t1, n, avoid=()):
    rng = s.rng
    span = (t1 - t0).total_seconds()
    for _ in range(n):
        cat, txt = rng.choice(NOISE_1999)
        road = rng.choice([r for r in NOISE_ROADS if r not in avoid] or NOISE_ROADS)
        pos = along(road, rng.uniform(0.1, 0.9))
        pos = scatter(rng, pos, 40)
        t = t0 + dt.timedelta(seconds=rng.uniform(0, span))
        s.add("1999", cat, None, t, pos=pos, text=txt.format(road=road))

def noise_congestion(s, t0, t1, n, vds=None):
    rng = s.rng
    vds = vds or [k for k, v in SENSORS.items() if v["kind"] == "vd"]
    span = (t1 - t0).total_seconds()
    for _ in range(n):
        vd = rng.choice(vds)
        t = t0 + dt.timedelta(seconds=rng.uniform(0, span))
        s.add("rule", "congestion", None, t, sensor=vd, severity="Minor",
              text="%s 平均車速低於門檻（尖峰車流）" % SENSORS[vd]["name"])
