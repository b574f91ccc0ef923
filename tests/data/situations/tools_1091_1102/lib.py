"""Helpers for the 1091-1102 situation generator (seeded, stdlib only)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TZ = dt.timezone(dt.timedelta(hours=8))

FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
               "arrival", "sensor_id", "gateway", "text", "confidence", "reason", "status", "level",
               "follows", "ends", "radius_m", "truth", "truth_alt"]


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = dict(ft["properties"])
        p["lon"], p["lat"] = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = p
    return out


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in d["features"]}


SENSORS = load_sensors()
ROADS = load_roads()


def offset(lon, lat, dx_m, dy_m):
    """Point dx_m east and dy_m north of (lon, lat)."""
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + dy_m / 110574.0, 6))


def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    dy = (a[1] - b[1]) * 110574.0
    return math.hypot(dx, dy)


def along(road_id, frac):
    """Point at fraction frac (0-1) of the road's length."""
    pts = ROADS[road_id]
    segs = [dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = frac * sum(segs)
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            t = 0 if s == 0 else min(1.0, target / s)
            return (round(pts[i][0] + t * (pts[i + 1][0] - pts[i][0]), 6),
                    round(pts[i][1] + t * (pts[i + 1][1] - pts[i][1]), 6))
        target -= s


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, number, name, date, seed=None):
        self.number, self.name = number, name
        self.date = date  # (y, m, d) local
        self.rng = random.Random(seed if seed is not None else number)
        self.items = []
        self.seq = 0
        self.counter = {}

    def t(self, hh, mm, ss=0, day=0):
        y, m, d = self.date
        return dt.datetime(y, m, d, 0, 0, 0, tzinfo=TZ) + dt.timedelta(days=day, hours=hh, minutes=mm, seconds=ss)

    def key(self, prefix):
        self.counter[prefix] = self.counter.get(prefix, 0) + 1
        return "%d-%s-%03d" % (self.number, prefix, self.counter[prefix])

    def scatter(self, lon, lat, rmin, rmax):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    def add(self, feed, category, observed, arrival=None, truth=None, *, lon=None, lat=None,
            sensor=None, text=None, severity=None, key=None, **extra):
        if arrival is None:
            arrival = observed + dt.timedelta(seconds=self.rng.randint(2, 40))
        it = {"kind": "alert" if feed == "rule" else "event", "feed": feed, "category": category}
        if sensor:
            s = SENSORS[sensor]
            it["agency"] = s["agency"]
            lon, lat = s["lon"], s["lat"]
            it["sensor_id"] = sensor
        else:
            it["agency"] = FEED_AGENCY[feed]
        if severity is None:
            if feed == "rule":
                lv = extra.get("level")
                severity = (FLOOD_SEV.get(lv) if category == "flood_depth" else
                            WL_SEV.get(lv) if category == "water_level" else
                            RAIN_SEV.get(lv) if category == "heavy_rain" else
                            "Moderate" if category == "congestion" else "Minor")
            else:
                severity = "Unknown"
        it["severity"] = severity
        it["lon"], it["lat"] = (lon, lat) if sensor else (round(lon, 6), round(lat, 6))
        it["observed"] = iso(observed)
        it["arrival"] = iso(arrival)
        if text is not None:
            it["text"] = text
        for k, v in extra.items():
            if v is None and k != "truth_alt":
                continue
            if k == "ends":
                v = iso(v)
            it[k] = v
        it["truth"] = truth
        it["key"] = key or self.key({"rule": "al", "fire_alarm": "fa", "signal": "sg", "parking": "pk",
                                     "status": "st", "cctv": "cv", "incident": "po", "1999": "c",
                                     "119": "fd", "planned_event": "pe"}[feed])
        it["_seq"] = self.seq
        self.seq += 1
        self.items.append(it)
        return it

    def dup(self, it, arrival):
        d = dict(it)
        d["arrival"] = iso(arrival)
        d["_seq"] = self.seq
        self.seq += 1
        self.items.append(d)
        return d

    def write(self, truth):
        base = os.path.join(OUT, "%d_%s" % (self.number, self.name))
        items = sorted(self.items, key=lambda i: (i["arrival"], i["_seq"]))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                row = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = dict(truth)
        truth.setdefault("situation", "%d_%s" % (self.number, self.name))
        order = ["situation", "description", "incidents", "alternative_reading", "notes"]
        truth = {k: truth[k] for k in order if k in truth}
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": key}
