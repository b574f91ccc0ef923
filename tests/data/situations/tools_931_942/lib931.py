"""Helpers for the 931-942 situation generator (python3, standard library only)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TZ8 = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for ft in data["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name", "")}
    return out


SENSORS = load_sensors()

# Places people name (lon, lat); junctions from the registered signals, buildings from their panels.
P = {
    "liming_kaixuan": (120.64904, 24.19365),
    "liming_bus": (120.6521, 24.1948),          # 黎明路三段 bus stop, by the Liming VD
    "kaixuan_huanzhong": (120.64766, 24.19659),
    "t74_huanzhong": (120.6472, 24.19586),
    "zhongke_huanzhong": (120.65217, 24.19785),
    "jingmao_huanzhong": (120.65345, 24.19848),
    "jingmao_liming": (120.65496, 24.19582),
    "jingmao_7th": (120.65685, 24.19247),
    "zhongqing_huanzhong": (120.657242, 24.198897),
    "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594),
    "twblvd_huanzhong": (120.63188, 24.17485),
    "jingmao_low": (120.6596, 24.1825),
    "hub": (120.6528, 24.1972),
    "ticec_a": (120.6546, 24.1948),
    "ticec_b": (120.6556, 24.194),
    "ticec_park": (120.6548, 24.1938),
    "museumbrary": (120.657, 24.1915),
    "tower": (120.6585, 24.193),
    "popmusic": (120.652, 24.185),
    "park_mid": (120.6565, 24.183),
    "park_north": (120.6562, 24.1878),
    "park_south": (120.6563, 24.1775),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "dunhua": (120.6584, 24.1806),               # 敦化路一段, near eco block B
    "henan_park": (120.653, 24.1745),
    "fcu": (120.652, 24.179),
    "cmu": (120.6592, 24.1735),
    "kaixuan_mid": (120.651, 24.188),
    "zhongke_mid": (120.6532, 24.1905),
}


def along(points, f):
    """Point at fraction f (0..1) along a polyline (by vertex-to-vertex length in degrees, fine here)."""
    segs = []
    total = 0.0
    for a, b in zip(points, points[1:]):
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        segs.append((a, b, d))
        total += d
    t = f * total
    for a, b, d in segs:
        if t <= d:
            r = t / d if d else 0
            return (a[0] + (b[0] - a[0]) * r, a[1] + (b[1] - a[1]) * r)
        t -= d
    return points[-1]


def dist_m(a, b):
    dx = (b[0] - a[0]) * 111320 * math.cos(math.radians((a[1] + b[1]) / 2))
    dy = (b[1] - a[1]) * 110574
    return math.hypot(dx, dy)


FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num = num
        self.name = name
        self.date = date                      # "2026-06-02" local date
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.seq = 0
        self.incidents = []
        self.alt = None
        self.notes = None
        self.description = ""

    # ---- time -------------------------------------------------------------------------------
    def lt(self, hhmm, day_offset=0):
        """Local time 'HH:MM' or 'HH:MM:SS' on the situation's date (+day_offset) -> aware datetime."""
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        d = datetime.strptime(self.date, "%Y-%m-%d") + timedelta(days=day_offset)
        return datetime(d.year, d.month, d.day, parts[0], parts[1], parts[2], tzinfo=TZ8)

    @staticmethod
    def iso(dt):
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    # ---- positions --------------------------------------------------------------------------
    def near(self, p, rmin=0, rmax=60):
        if isinstance(p, str):
            p = P[p]
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        dlon = r * math.cos(a) / (111320 * math.cos(math.radians(p[1])))
        dlat = r * math.sin(a) / 110574
        return (round(p[0] + dlon, 6), round(p[1] + dlat, 6))

    # ---- items ------------------------------------------------------------------------------
    def add(self, feed, category, when, truth, text=None, at=None, sensor=None, severity="Unknown",
            delay=None, key=None, observed=None, **extra):
        """when: local 'HH:MM[:SS]' or datetime (time at the source, true); observed overrides the
        stamped time (clock skew); delay: seconds from the true time to arrival."""
        self.seq += 1
        t = when if isinstance(when, datetime) else self.lt(when)
        if delay is None:
            delay = self.rng.randint(4, 50)
        arrival = t + timedelta(seconds=delay)
        if key is None:
            key = "%d-%s-%03d" % (self.num, feed if feed != "1999" else "c1999", self.seq)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if feed in ("rule", "status", "cctv"):
            it["agency"] = SENSORS[sensor]["agency"]
        else:
            it["agency"] = FEED_AGENCY[feed]
        it["category"] = category
        it["severity"] = severity
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            # every sensor item sits at its registered position (a camera's event too)
        else:
            if isinstance(at, str):
                at = P[at]
            lon, lat = at
        it["lon"] = round(lon, 6)
        it["lat"] = round(lat, 6)
        obs = observed if observed is not None else t
        it["observed"] = self.iso(obs if isinstance(obs, datetime) else self.lt(obs))
        it["arrival"] = self.iso(arrival)
        if sensor is not None:
            it["sensor_id"] = sensor
        if text is not None:
            it["text"] = text
        if isinstance(extra.get("follows"), list):
            extra["follows"] = extra["follows"][0]
        for k, v in extra.items():
            if k == "truth_alt":
                continue
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if "truth_alt" in extra:
            it["truth_alt"] = extra["truth_alt"]
        it["_arr"] = arrival
        it["_ord"] = self.seq
        self.items.append(it)
        return key

    def dup(self, key, extra_delay_s):
        """A duplicated delivery: same key and fields, later arrival."""
        src = [i for i in self.items if i["key"] == key][0]
        self.seq += 1
        c = dict(src)
        c["_arr"] = src["_arr"] + timedelta(seconds=extra_delay_s)
        c["arrival"] = self.iso(c["_arr"])
        c["_ord"] = self.seq
        self.items.append(c)
        return key

    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    # ---- output -----------------------------------------------------------------------------
    def write(self):
        items = sorted(self.items, key=lambda i: (i["_arr"], i["_ord"]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                row = {k: v for k, v in it.items() if not k.startswith("_")}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base

    # ---- common background ------------------------------------------------------------------
    def congestion(self, sensor, when, truth, speed, occ, severity="Minor", **kw):
        name = SENSORS[sensor]["name"]
        return self.add("rule", "congestion", when, truth, sensor=sensor, severity=severity,
                        text="%s 平均車速 %d km/h，佔有率 %d%%" % (name, speed, occ), **kw)

    def cleared(self, sensor, when, truth, what, **kw):
        name = SENSORS[sensor]["name"]
        return self.add("rule", "cleared", when, truth, sensor=sensor, severity="Minor",
                        text="%s %s警戒解除" % (name, what), **kw)

    def flood(self, sensor, when, truth, cm, **kw):
        band, sev = ("1-15", "Minor") if cm <= 15 else (("16-30", "Moderate") if cm <= 30 else (">30", "Severe"))
        name = SENSORS[sensor]["name"]
        return self.add("rule", "flood_depth", when, truth, sensor=sensor, severity=sev, level=band,
                        text="%s 淹水深度 %d cm" % (name, cm), **kw)

    def water(self, sensor, when, truth, lvl, metres, **kw):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        name = SENSORS[sensor]["name"]
        return self.add("rule", "water_level", when, truth, sensor=sensor, severity=sev, level=lvl,
                        text="%s 水位 %.2f m，達%s級警戒" % (name, metres, {"3": "三", "2": "二", "1": "一"}[lvl]), **kw)

    def rain(self, sensor, when, truth, cls, mm1h, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        name = SENSORS[sensor]["name"]
        return self.add("rule", "heavy_rain", when, truth, sensor=sensor, severity=sev, level=cls,
                        text="%s 時雨量 %d mm，達%s標準" % (name, mm1h, cls), **kw)
