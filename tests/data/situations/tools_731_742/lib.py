"""Helpers for situations 731..742 (blind oracle). Standard library only."""
import json, math, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.dirname(HERE)
M_LAT = 110800.0   # metres per degree latitude (brief)
M_LON = 101600.0   # metres per degree longitude (brief)
NA = object()      # "no truth_alt"


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1],
                                            ft["properties"]["agency"], ft["properties"]["kind"])
            for ft in d["features"]}


SENSORS = load_sensors()
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "planned_event": "police"}


def off(lon, lat, dx, dy):
    """Move a point dx metres east, dy metres north."""
    return (round(lon + dx / M_LON, 6), round(lat + dy / M_LAT, 6))


def lerp(a, b, f):
    return (round(a[0] + (b[0] - a[0]) * f, 6), round(a[1] + (b[1] - a[1]) * f, 6))


def dist(a, b):
    return math.hypot((a[0] - b[0]) * M_LON, (a[1] - b[1]) * M_LAT)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, local_start, seed=None):
        self.num, self.name = num, name
        # local_start is Taiwan time (UTC+8)
        self.base = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        self.rng = random.Random(seed if seed is not None else num)
        self.items, self.incidents, self.alt = [], [], None
        self.description, self.notes = "", ""

    # ---- positions
    def near(self, p, rmin=20, rmax=300):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return off(p[0], p[1], r * math.cos(a), r * math.sin(a))

    def at(self, sid):
        s = SENSORS[sid]
        return (s[0], s[1])

    def t(self, minutes):
        return self.base + dt.timedelta(seconds=round(minutes * 60))

    # ---- items
    def add(self, key, feed, cat, t, lag, text, truth, *, sid=None, pos=None, sev="Unknown", conf=None,
            level=None, follows=None, ends=None, alt=NA, skew=0.0):
        """t: minutes after start when it happened; lag: minutes until arrival; skew: minutes the source clock is off."""
        key = f"{self.num}-{key}"
        if sid is not None:
            lon, lat, agency, _ = SENSORS[sid]
        else:
            lon, lat = pos
            agency = FEED_AGENCY[feed]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": cat, "severity": sev, "lon": lon, "lat": lat,
              "observed": iso(self.t(t + skew)), "arrival": iso(self.t(t + lag))}
        if sid is not None:
            it["sensor_id"] = sid
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = f"{self.num}-{follows}"
        if ends is not None:
            it["ends"] = iso(self.t(ends))
        it["truth"] = truth
        if alt is not NA:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, key, lag):
        key = f"{self.num}-{key}"
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        obs = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ")
        # a duplicate arrives later than the original: lag is minutes after the original's arrival
        d["arrival"] = iso(obs + dt.timedelta(seconds=round(lag * 60)))
        self.items.append(d)
        return d

    # shorthand for the feeds
    def rule(self, key, sid, cat, sev, t, lag, text, truth, level=None, **kw):
        return self.add(key, "rule", cat, t, lag, text, truth, sid=sid, sev=sev, level=level, **kw)

    def flood(self, key, sid, band, t, lag, truth, name, **kw):
        sev = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}[band]
        return self.rule(key, sid, "flood_depth", sev, t, lag, f"{name} 淹水深度 {band} cm", truth, level=band, **kw)

    def call(self, key, cat, t, lag, text, truth, p, rmin=20, rmax=300, **kw):
        return self.add(key, "1999", cat, t, lag, text, truth, pos=self.near(p, rmin, rmax), **kw)

    def police(self, key, cat, sev, t, lag, text, truth, pos, **kw):
        return self.add(key, "incident", cat, t, lag, text, truth, pos=pos, sev=sev, **kw)

    def f119(self, key, cat, t, lag, text, truth, pos, **kw):
        return self.add(key, "119", cat, t, lag, text, truth, pos=pos, **kw)

    # ---- truth
    def incident(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": f"{self.num}-{suff}"})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, desc, suff) - the complete list under the alternative reading."""
        self.alt = {"why": why, "incidents": [{"label": l, "type": ty, "description": d,
                                               "sufficient_evidence_key": f"{self.num}-{s}"}
                                              for (l, ty, d, s) in incidents]}

    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        stem = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote {stem}: {len(items)} lines")


# ---- named places (roads.geojson vertices, zones, sensors)
P = {
    "huanzhong_t74": (120.6472, 24.19586), "huanzhong_kaixuan": (120.64766, 24.19659),
    "huanzhong_zhongke": (120.65217, 24.19785), "huanzhong_jingmao": (120.65345, 24.19848),
    "huanzhong_zhongqing": (120.657242, 24.198897), "jingmao_liming": (120.65496, 24.19582),
    "jingmao_7th": (120.65685, 24.19247), "liming_kaixuan": (120.64904, 24.19365),
    "jingmao_mid": (120.6592, 24.184), "jingmao_zhongping": (120.660376, 24.173594),
    "henan_zhongping": (120.650315, 24.171058), "henan_end": (120.6525, 24.173),
    "henan_sw": (120.648, 24.169), "zhongqing_a": (120.6622, 24.1905), "zhongqing_b": (120.668, 24.178),
    "kaixuan_s": (120.651, 24.188), "zhongke_s": (120.6532, 24.1905),
}


def noise_streetlight(s, key, t, p, plate, truth=None):
    s.call(key, "streetlight", t, s.rng.uniform(2, 9), f"路燈編號{plate}不亮，晚上很暗，請派人來修。", truth, p, 5, 40)


def noise_parking(s, key, t, p, where, truth=None, **kw):
    s.call(key, "illegal_parking", t, s.rng.uniform(1, 6), f"{where}有車子並排停車很久了，擋住機車道，請派員取締。", truth, p, 10, 60, **kw)
