"""Helpers for the labelled situations 271-282 (blind oracle, traffic and crowds).

Every situation is built by a `Sit`: items are added with their *real* local time
(Asia/Taipei), the time the source stamped (`obs=`, when the source clock is wrong)
and a delivery delay; `write()` sorts them by arrival and writes the .jsonl and the
.truth.json next to the tools folder. Seeded: the output is byte-for-byte stable.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TPE = dt.timezone(dt.timedelta(hours=8))


def _load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    out = {}
    for ft in fc["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "name": p["name"],
                               "lon": lon, "lat": lat}
    return out


SENSORS = _load_sensors()

FEED_KIND = {"rule": "alert"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
                     "planned_event"}
# default delivery delay (s) from the real time to the center, per feed
DELAY = {"rule": (8, 45), "fire_alarm": (2, 8), "signal": (3, 12), "parking": (30, 110),
         "incident": (20, 90), "cctv": (2, 9), "1999": (15, 70), "status": (1, 5),
         "119": (6, 35), "planned_event": (60, 600)}
MISSING = object()

# ---- geometry helpers -----------------------------------------------------
M_LAT = 110770.0                                  # metres per degree latitude at 24.19 N
M_LON = 111320.0 * math.cos(math.radians(24.19))  # metres per degree longitude


def off(p, east_m=0.0, north_m=0.0):
    """Point p moved east/north by metres."""
    return (p[0] + east_m / M_LON, p[1] + north_m / M_LAT)


def lerp(a, b, f):
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * M_LON, (a[1] - b[1]) * M_LAT)


def S(sensor_id):
    s = SENSORS[sensor_id]
    return (s["lon"], s["lat"])


# Named places (lon, lat): intersections from roads.geojson / DOMAIN.md §1.2
PL = {
    "t74_huanzhong": (120.6472, 24.19586),
    "kaixuan_huanzhong": (120.64766, 24.19659),
    "zhongke_huanzhong": (120.65217, 24.19785),
    "jingmao_huanzhong": (120.65345, 24.19848),
    "zhongqing_huanzhong": (120.657242, 24.198897),
    "jingmao_liming": (120.65496, 24.19582),
    "jingmao_7th": (120.65685, 24.19247),
    "liming_kaixuan": (120.64904, 24.19365),
    "taiwan_huanzhong": (120.63188, 24.17485),
    "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594),
    "hub_shuttle": (120.65280, 24.19740),
    "jm6_shuttle": (120.65491, 24.19560),
    "hub": (120.6528, 24.1972),
    "ticec_a": (120.6546, 24.1948),
    "ticec_b": (120.6556, 24.1940),
    "museumbrary": (120.657, 24.1915),
    "ops_tower": (120.6585, 24.193),
    "pop_music": (120.652, 24.185),
    "park_lawn": (120.6565, 24.1835),
    "henan_carpark": (120.653, 24.1745),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "fcu_campus": (120.652, 24.179),
    "cmu_campus": (120.6592, 24.1735),
}


# ---- situations -----------------------------------------------------------
class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num = num
        self.name = name
        self.stem = "%03d_%s" % (num, name)
        self.date = dt.date.fromisoformat(date)
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.by_key = {}
        self.counters = {}

    # time: "HH:MM[:SS]" on the situation's date, "+1 HH:MM:SS" next day, or "YYYY-MM-DD HH:MM:SS"
    def T(self, s):
        if isinstance(s, dt.datetime):
            return s
        s = s.strip()
        day = 0
        if s.startswith("+") or s.startswith("-"):
            d, s = s.split(" ", 1)
            day = int(d)
        if len(s) > 10 and s[4] == "-":
            d = dt.datetime.fromisoformat(s)
            return d.replace(tzinfo=TPE)
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        base = dt.datetime.combine(self.date, dt.time(*parts), tzinfo=TPE)
        return base + dt.timedelta(days=day)

    @staticmethod
    def iso(t):
        return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _key(self, feed, sensor):
        pre = {"rule": "ALR", "fire_alarm": "FA", "signal": "SIG", "parking": "PK",
               "incident": "TCPD", "cctv": "CCTV", "1999": "1999", "status": "ST",
               "119": "119", "planned_event": "PERMIT"}[feed]
        n = self.counters.get(pre, 0) + 1
        self.counters[pre] = n
        return "%d-%s-%03d" % (self.num, pre, n)

    def add(self, feed, cat, at, text, truth, *, sev=None, sensor=None, pos=None, jitter=0,
            delay=None, arr=None, obs=None, conf=None, level=None, follows=None, ends=None,
            alt=MISSING, key=None):
        real = self.T(at)
        stamped = self.T(obs) if obs is not None else real
        if arr is not None:
            arrival = self.T(arr)
        else:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arrival = real + dt.timedelta(seconds=delay)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
        else:
            assert feed not in SENSOR_FEEDS, (self.stem, feed, text)
            lon, lat = pos
            if jitter:
                lon, lat = off((lon, lat), self.rng.uniform(-jitter, jitter),
                               self.rng.uniform(-jitter, jitter))
            agency = FEED_AGENCY[feed]
        if sev is None:
            assert feed in UNKNOWN_SEV_FEEDS, (self.stem, feed, text)
            sev = "Unknown"
        k = key or self._key(feed, sensor)
        it = {"key": k, "kind": FEED_KIND.get(feed, "event"), "feed": feed, "agency": agency,
              "category": cat, "severity": sev, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": self.iso(stamped), "arrival": self.iso(arrival)}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = self.iso(self.T(ends))
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        it["_order"] = len(self.items)
        self.items.append(it)
        self.by_key[k] = it
        return k

    def dup(self, key, after_s):
        """A second delivery of `key`, after_s seconds after its first arrival."""
        src = self.by_key[key]
        it = dict(src)
        first = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=dt.timezone.utc)
        it["arrival"] = self.iso(first + dt.timedelta(seconds=after_s))
        it["_order"] = len(self.items)
        self.items.append(it)
        return key

    def write(self, description, incidents, alt=None, notes=None):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["_order"]))
        path = os.path.join(OUT, self.stem + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                row = {k: v for k, v in it.items() if k != "_order"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": self.stem, "description": description,
                 "incidents": [_inc(x) for x in incidents]}
        if alt is not None:
            truth["alternative_reading"] = {"why": alt["why"],
                                            "incidents": [_inc(x) for x in alt["incidents"]]}
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, self.stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return path


def _inc(x):
    if isinstance(x, dict):
        return x
    label, typ, desc, key = x
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}
