"""Helpers for situations 791-802 (event days and weekends). Standard library only."""
import os, json, math, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))
M_LAT, M_LON = 110800.0, 101600.0  # metres per degree
TZ = dt.timezone(dt.timedelta(hours=8))

def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1], ft["properties"])
            for ft in d["features"]}

SENSORS = load_sensors()

def S(sid):
    lon, lat, _ = SENSORS[sid]
    return (lon, lat)

def off(p, dx, dy):
    """point p moved dx metres east, dy metres north"""
    return (round(p[0] + dx / M_LON, 6), round(p[1] + dy / M_LAT, 6))

def dist(a, b):
    return math.hypot((a[0] - b[0]) * M_LON, (a[1] - b[1]) * M_LAT)

# places (from zones.geojson / roads.geojson / DOMAIN.md §1.2 anchors; buildings at their panel or car park)
P = {
    "hub": S("SN-FA-001"), "hall_a": S("SN-FA-002"), "hall_b": S("SN-FA-003"), "museumbrary": S("SN-FA-004"),
    "tower": S("SN-FA-005"), "popmusic": S("SN-FA-006"), "park_cp": S("SN-FA-007"), "fcu": S("SN-FA-009"),
    "cmu": S("SN-FA-010"), "eco_a": S("SN-FA-011"), "eco_b": S("SN-FA-012"),
    "j_jingmao_liming": (120.65496, 24.19582), "j_jingmao_7": (120.65685, 24.19247), "j_liming_kaixuan": (120.64904, 24.19365),
    "j_zhongke_huanzhong": (120.65217, 24.19785), "j_jingmao_huanzhong": (120.65345, 24.19848), "j_kaixuan_huanzhong": (120.64766, 24.19659),
    "j_74_huanzhong": (120.6472, 24.19586), "j_henan_zhongping": (120.650315, 24.171058), "j_zhongqing_huanzhong": (120.657242, 24.198897),
    "shuttle_hub": (120.65280, 24.19740), "park_north": (120.6565, 24.1885), "park_mid": (120.6563, 24.1830),
    "park_south": (120.6563, 24.1770),
}

class Sit:
    def __init__(self, num, name, date, seed, description):
        self.num, self.name, self.description = num, name, description
        self.date = dt.date.fromisoformat(date)
        self.rng = random.Random(seed)
        self.items, self.incidents, self.alt, self.notes = [], [], None, None
        self.byk = {}

    def local(self, t):
        """'HH:MM' or 'HH:MM:SS' on the situation day, or 'YYYY-MM-DD HH:MM'"""
        if " " in t:
            d, h = t.split(" ")
            day = dt.date.fromisoformat(d)
        else:
            day, h = self.date, t
        parts = [int(x) for x in h.split(":")]
        while len(parts) < 3:
            parts.append(0)
        extra = 0
        if parts[0] >= 24:  # after midnight
            parts[0] -= 24
            extra = 1
        return dt.datetime(day.year, day.month, day.day, *parts, tzinfo=TZ) + dt.timedelta(days=extra)

    @staticmethod
    def iso(x):
        return x.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def near(self, p, dmin=20, dmax=300):
        a = self.rng.uniform(0, 2 * math.pi)
        d = self.rng.uniform(dmin, dmax)
        return off(p, d * math.cos(a), d * math.sin(a))

    AG = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "1999": "citizen", "119": "fire", "planned_event": "police"}

    def add(self, key, feed, category, pos, obs, delay, text, truth, severity="Unknown", sensor=None,
            arrival=None, skew=0.0, agency=None, **kw):
        """obs: true local time; delay: minutes from true time to arrival; skew: minutes the source
        clock is off (observed = true + skew)."""
        k = "%d-%s" % (self.num, key)
        if sensor:
            pos = S(sensor)
            agency = agency or SENSORS[sensor][2]["agency"]
        agency = agency or self.AG[feed]
        t = self.local(obs)
        arr = self.local(arrival) if arrival else t + dt.timedelta(minutes=delay)
        it = {"key": k, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": self.iso(t + dt.timedelta(minutes=skew)), "arrival": self.iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for f in ("confidence", "level"):
            if f in kw:
                it[f] = kw.pop(f)
        if "follows" in kw:
            it["follows"] = "%d-%s" % (self.num, kw.pop("follows"))
        if "ends" in kw:
            it["ends"] = self.iso(self.local(kw.pop("ends")))
        it["truth"] = truth
        if "alt" in kw:
            it["truth_alt"] = kw.pop("alt")
        assert not kw, kw
        self.items.append(it)
        self.byk[k] = it
        return k

    def dup(self, key, later):
        """the same delivery again, `later` minutes after the first arrival"""
        it = dict(self.byk["%d-%s" % (self.num, key)])
        a = dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        it["arrival"] = self.iso(a + dt.timedelta(minutes=later))
        self.items.append(it)

    def inc(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": "%d-%s" % (self.num, suff)})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d, "sufficient_evidence_key": "%d-%s" % (self.num, s)}
            for (l, t, d, s) in incidents]}

    def write(self):
        items = sorted(enumerate(self.items), key=lambda x: (x[1]["arrival"], x[0]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", base, len(items), "lines")
