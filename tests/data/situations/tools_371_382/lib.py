"""Helpers for the labelled situations 371-382 (blind oracle set).

Every situation is built by a `Sit`: items are added in any order with their
observed time and an arrival time (default: a realistic per-feed delay drawn
from the situation's seeded RNG), then written sorted by arrival (stable).
Times are given in local time (UTC+8, Asia/Taipei) and written in UTC with Z.
"""
import copy
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

UTC8 = dt.timedelta(hours=8)
_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {
            "lon": lon, "lat": lat, "kind": p["kind"], "agency": p["agency"],
            "name": p["name"], "interval": p.get("expected_interval_s"),
        }
    return out


SENSORS = load_sensors()

# Intersections / landmarks used as anchors (roads.geojson vertices, sensors.geojson).
P = {
    "huanzhong_jingmao": (120.65345, 24.19848),
    "jingmao_liming": (120.65496, 24.19582),
    "jingmao_jingmao7": (120.65685, 24.19247),
    "zhongke_huanzhong": (120.65217, 24.19785),
    "kaixuan_huanzhong": (120.64766, 24.19659),
    "t74_huanzhong": (120.6472, 24.19586),
    "liming_kaixuan": (120.64904, 24.19365),
    "zhongqing_huanzhong": (120.657242, 24.198897),
    "taiwan_huanzhong": (120.63188, 24.17485),
    "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594),
    "pop_music": (120.652, 24.185),
    "convention_a": (120.6546, 24.1948),
    "museumbrary": (120.657, 24.1915),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "reclamation": (120.659, 24.1765),
    "cmu": (120.6592, 24.1735),
    "fcu": (120.652, 24.179),
}

SEV_FLOOD = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
SEV_WL = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
SEV_RAIN = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "level",
               "follows", "ends", "truth", "truth_alt"]

# default arrival delay (seconds, min-max) after the observed time, per feed
DELAY = {
    "rule": (20, 60), "fire_alarm": (2, 8), "signal": (2, 10), "status": (60, 95),
    "parking": (30, 110), "cctv": (3, 12), "incident": (25, 90), "1999": (20, 90),
    "119": (5, 25), "planned_event": (0, 0),
}


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, dist_m, bearing_deg):
    """Point dist_m metres from (lon, lat) towards bearing (0 = north, 90 = east)."""
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / 110900.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    dy = (a[1] - b[1]) * 110900.0
    return math.hypot(dx, dy)


def along(points, frac):
    """Point at fraction frac (0..1) of the length of a polyline [(lon, lat), ...]."""
    segs = [dist_m(points[i], points[i + 1]) for i in range(len(points) - 1)]
    total = sum(segs)
    target = frac * total
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            f = 0 if s == 0 else min(1.0, target / s)
            a, b = points[i], points[i + 1]
            return round(a[0] + (b[0] - a[0]) * f, 6), round(a[1] + (b[1] - a[1]) * f, 6)
        target -= s
    return points[-1]


class Sit:
    def __init__(self, num, name, date, seed, description):
        self.num = num
        self.name = name
        self.date = dt.date.fromisoformat(date)
        self.rng = random.Random(seed)
        self.description = description
        self.items = []
        self.incidents = []
        self.alternative = None
        self.notes = None
        self.counters = {}
        self.seq = 0

    # ---- time -----------------------------------------------------------
    def t(self, hhmm, day=0):
        """Local time 'HH:MM' or 'HH:MM:SS' (hours may be >= 24) on the situation's date."""
        parts = [int(x) for x in hhmm.split(":")]
        h, m = parts[0], parts[1]
        s = parts[2] if len(parts) > 2 else 0
        local = dt.datetime.combine(self.date, dt.time(0, 0)) + dt.timedelta(
            days=day, hours=h, minutes=m, seconds=s)
        return local - UTC8

    def jit(self, t, lo, hi):
        return t + dt.timedelta(seconds=self.rng.randint(lo, hi))

    # ---- places ---------------------------------------------------------
    def near(self, pt, rmin, rmax, bearing=None, spread=360):
        if bearing is None:
            b = self.rng.uniform(0, 360)
        else:
            b = bearing + self.rng.uniform(-spread / 2, spread / 2)
        return offset(pt[0], pt[1], self.rng.uniform(rmin, rmax), b)

    # ---- items ----------------------------------------------------------
    def _key(self, tag):
        n = self.counters.get(tag, 0) + 1
        self.counters[tag] = n
        return f"{self.num}-{tag}-{n:03d}"

    def add(self, kind, feed, agency, category, severity, lon, lat, observed, text,
            truth, alt=_MISSING, arrival=None, delay=None, sensor_id=None,
            confidence=None, level=None, follows=None, ends=None, tag=None, key=None):
        if arrival is None:
            lo, hi = delay if delay is not None else DELAY[feed]
            arrival = self.jit(observed, lo, hi)
        item = {
            "key": key or self._key(tag or feed.upper()),
            "kind": kind, "feed": feed, "agency": agency, "category": category,
            "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
            "observed": iso(observed), "arrival": iso(arrival),
        }
        if sensor_id is not None:
            item["sensor_id"] = sensor_id
        item["text"] = text
        if confidence is not None:
            item["confidence"] = confidence
        if level is not None:
            item["level"] = level
        if follows is not None:
            item["follows"] = follows
        if ends is not None:
            item["ends"] = iso(ends)
        item["truth"] = truth
        if alt is not _MISSING:
            item["truth_alt"] = alt
        self.seq += 1
        self.items.append((arrival, self.seq, item))
        return item

    def dup(self, item, arrival):
        """A duplicated delivery: every field repeated, another arrival."""
        d = copy.deepcopy(item)
        d["arrival"] = iso(arrival)
        self.seq += 1
        self.items.append((arrival, self.seq, d))
        return d

    def s(self, sid):
        return SENSORS[sid]

    # sensor-borne items -------------------------------------------------
    def rule(self, sid, category, t, text, truth, level=None, severity=None, **kw):
        s = self.s(sid)
        if severity is None:
            if category == "flood_depth":
                severity = SEV_FLOOD[level]
            elif category == "water_level":
                severity = SEV_WL[level]
            elif category == "heavy_rain":
                severity = SEV_RAIN[level]
            elif category == "congestion":
                severity = "Moderate"
            else:  # sensor_offline, cleared
                severity = "Minor"
        return self.add("alert", "rule", s["agency"], category, severity, s["lon"], s["lat"],
                        t, text, truth, sensor_id=sid, level=level, tag="R", **kw)

    def dev(self, feed, sid, category, t, text, truth, **kw):
        s = self.s(sid)
        tag = {"fire_alarm": "FA", "signal": "SIG", "parking": "PK", "cctv": "CCTV",
               "status": "ST"}[feed]
        return self.add("event", feed, s["agency"], category, "Unknown", s["lon"], s["lat"],
                        t, text, truth, sensor_id=sid, tag=tag, **kw)

    def panel(self, sid, state, t, text, truth, **kw):
        return self.dev("fire_alarm", sid, state, t, text, truth, **kw)

    def signal(self, sid, state, t, text, truth, **kw):
        return self.dev("signal", sid, state, t, text, truth, **kw)

    def parking(self, sid, t, text, truth, **kw):
        return self.dev("parking", sid, "full", t, text, truth, **kw)

    def cctv(self, sid, event, conf, t, text, truth, **kw):
        return self.dev("cctv", sid, event, t, text, truth, confidence=conf, **kw)

    def status(self, sid, state, t, text, truth, **kw):
        return self.dev("status", sid, state, t, text, truth, **kw)

    # agency reports -----------------------------------------------------
    def police(self, category, severity, pt, t, text, truth, **kw):
        return self.add("event", "incident", "police", category, severity, pt[0], pt[1],
                        t, text, truth, tag="POL", **kw)

    def call(self, category, pt, t, text, truth, **kw):
        return self.add("event", "1999", "citizen", category, "Unknown", pt[0], pt[1],
                        t, text, truth, tag="1999", **kw)

    def f119(self, category, pt, t, text, truth, **kw):
        return self.add("event", "119", "fire", category, "Unknown", pt[0], pt[1],
                        t, text, truth, tag="119", **kw)

    def permit(self, category, pt, start, end, arrival, text, truth, **kw):
        return self.add("event", "planned_event", "police", category, "Unknown", pt[0], pt[1],
                        start, text, truth, arrival=arrival, ends=end, tag="PE", **kw)

    # ---- truth ----------------------------------------------------------
    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient["key"] if isinstance(sufficient, dict) else sufficient})

    def alternative_reading(self, why, incidents):
        self.alternative = {"why": why, "incidents": incidents}

    # ---- output ---------------------------------------------------------
    def write(self):
        rows = [it for _, _, it in sorted(self.items, key=lambda x: (x[0], x[1]))]
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in rows:
                ordered = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alternative:
            truth["alternative_reading"] = self.alternative
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(rows)


def same_incidents(sit, replace=None, drop=(), add=()):
    """Incident list for an alternative reading: the main list, minus `drop` labels, plus `add`."""
    out = [dict(i) for i in sit.incidents if i["label"] not in drop]
    if replace:
        for i in out:
            if i["label"] in replace:
                i.update(replace[i["label"]])
    out.extend(add)
    return out
