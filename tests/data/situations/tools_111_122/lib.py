"""Helpers for situations 111-122 (author oracle6).

Everything is seeded: a situation builds its items from its own random.Random(number),
so `python3 gen_111_122.py` writes the same bytes every time.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

UTC = timezone.utc
TST = timezone(timedelta(hours=8))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _ft in _load("sensors.geojson")["features"]:
    _p = dict(_ft["properties"])
    _p["lon"], _p["lat"] = _ft["geometry"]["coordinates"]
    SENSORS[_p["sensor_id"]] = _p

ROADS = {}
for _ft in _load("roads.geojson")["features"]:
    ROADS[_ft["properties"]["road_id"]] = _ft["geometry"]["coordinates"]

# where each feed's sensor kind must match (validate.py uses it too)
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
               "arrival", "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]


def m2deg(lat, dx, dy):
    """metres east/north -> degrees lon/lat near `lat`."""
    return dx / (111320.0 * math.cos(math.radians(lat))), dy / 110574.0


def offset(lon, lat, dx, dy):
    dlon, dlat = m2deg(lat, dx, dy)
    return lon + dlon, lat + dlat


def dist_m(a, b):
    lat = math.radians((a[1] + b[1]) / 2)
    dx = (a[0] - b[0]) * 111320.0 * math.cos(lat)
    dy = (a[1] - b[1]) * 110574.0
    return math.hypot(dx, dy)


def road_point(road_id, frac):
    """point at fraction `frac` (0..1) of the length of a roads.geojson line."""
    pts = ROADS[road_id]
    segs = [dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = max(0.0, min(1.0, frac)) * sum(segs)
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            r = 0 if s == 0 else min(1.0, target / s)
            return (pts[i][0] + r * (pts[i + 1][0] - pts[i][0]), pts[i][1] + r * (pts[i + 1][1] - pts[i][1]))
        target -= s
    return tuple(pts[-1])


def near_road_frac(road_id, lon, lat, steps=2000):
    best = None
    for k in range(steps + 1):
        p = road_point(road_id, k / steps)
        d = dist_m(p, (lon, lat))
        if best is None or d < best[0]:
            best = (d, k / steps)
    return best[1]


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    """Collects items in story order; writes them in arrival order."""

    def __init__(self, number, name, local_start, description):
        self.number = number
        self.name = name
        self.rng = random.Random(number * 7919 + 17)
        self.t0 = datetime.strptime(local_start, "%Y-%m-%d %H:%M").replace(tzinfo=TST)
        self.description = description
        self.items = []
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.notes = None

    # ---- time -------------------------------------------------------------
    def at(self, hhmm, sec=0):
        """local clock time 'HH:MM' on the situation's day (or 'd+1 HH:MM')."""
        day = 0
        if hhmm.startswith("d+1 "):
            day, hhmm = 1, hhmm[4:]
        h, m = map(int, hhmm.split(":"))
        base = self.t0.replace(hour=0, minute=0, second=0)
        return base + timedelta(days=day, hours=h, minutes=m, seconds=sec)

    def _key(self, prefix):
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{self.number}-{prefix}{n:03d}"

    def jitter(self, lo, hi):
        return timedelta(seconds=self.rng.randint(lo, hi))

    # ---- building items ----------------------------------------------------
    def add(self, feed, agency, category, severity, lon, lat, observed, text, truth, *, kind="event",
            sensor_id=None, delay=None, arrival=None, key=None, prefix=None, **extra):
        if key is None:
            key = self._key(prefix or {"rule": "a", "fire_alarm": "fa", "signal": "sg", "parking": "pk",
                                       "incident": "p", "cctv": "cv", "1999": "c", "status": "st",
                                       "119": "f", "planned_event": "pe"}[feed])
        if arrival is None:
            if delay is None:
                delay = self.default_delay(feed)
            arrival = observed + delay
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6), "observed": iso(observed),
              "arrival": iso(arrival), "sensor_id": sensor_id, "text": text}
        it.update({k: v for k, v in extra.items() if k != "truth_alt"})
        it["truth"] = truth
        if "truth_alt" in extra:
            it["truth_alt"] = extra["truth_alt"]
        it = {k: it[k] for k in FIELD_ORDER if k in it}
        self.items.append(it)
        return key

    def default_delay(self, feed):
        r = self.rng
        return {
            "rule": timedelta(seconds=r.randint(20, 90)),
            "status": timedelta(seconds=r.randint(2, 20)),
            "fire_alarm": timedelta(seconds=r.randint(2, 15)),
            "signal": timedelta(seconds=r.randint(5, 40)),
            "parking": timedelta(seconds=r.randint(30, 150)),
            "cctv": timedelta(seconds=r.randint(5, 25)),
            "incident": timedelta(seconds=r.randint(60, 240)),
            "1999": timedelta(seconds=r.randint(60, 300)),
            "119": timedelta(seconds=r.randint(10, 45)),
            "planned_event": timedelta(seconds=r.randint(30, 120)),
        }[feed]

    def rule(self, sensor_id, category, observed, text, truth, level=None, severity=None, **kw):
        s = SENSORS[sensor_id]
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}.get(
                category, {}).get(level, "Moderate" if category == "congestion" else "Minor")
        if level is not None:
            kw["level"] = level
        return self.add("rule", s["agency"], category, severity, s["lon"], s["lat"], observed, text, truth,
                        kind="alert", sensor_id=sensor_id, **kw)

    def dev(self, feed, sensor_id, category, observed, text, truth, lon=None, lat=None, **kw):
        """an event of a registered device: fire_alarm, signal, parking, cctv, status."""
        s = SENSORS[sensor_id]
        return self.add(feed, s["agency"], category, "Unknown", s["lon"] if lon is None else lon,
                        s["lat"] if lat is None else lat, observed, text, truth, sensor_id=sensor_id, **kw)

    def offline(self, sensor_id, observed, truth, reason_text="離線", **kw):
        return self.dev("status", sensor_id, "offline", observed, reason_text, truth, **kw)

    def online(self, sensor_id, observed, truth, **kw):
        return self.dev("status", sensor_id, "online", observed, "恢復連線", truth, **kw)

    def cctv(self, sensor_id, event, observed, text, truth, confidence, lon=None, lat=None, **kw):
        return self.dev("cctv", sensor_id, event, observed, text, truth, lon=lon, lat=lat,
                        confidence=round(confidence, 2), **kw)

    def police(self, category, severity, lon, lat, observed, text, truth, **kw):
        return self.add("incident", "police", category, severity, lon, lat, observed, text, truth, **kw)

    def citizen(self, category, lon, lat, observed, text, truth, scatter=0, **kw):
        if scatter:
            ang = self.rng.uniform(0, 2 * math.pi)
            rad = self.rng.uniform(0.25, 1.0) * scatter
            lon, lat = offset(lon, lat, rad * math.cos(ang), rad * math.sin(ang))
        return self.add("1999", "citizen", category, "Unknown", lon, lat, observed, text, truth, **kw)

    def fire119(self, category, lon, lat, observed, text, truth, **kw):
        return self.add("119", "fire", category, "Unknown", lon, lat, observed, text, truth, **kw)

    def permit(self, category, lon, lat, start, end, issued_arrival, text, truth, **kw):
        return self.add("planned_event", "police", category, "Unknown", lon, lat, start, text, truth,
                        arrival=issued_arrival, ends=iso(end), **kw)

    def dup(self, key, after_s):
        """a duplicate delivery of item `key`, `after_s` seconds after its first arrival."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        first = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        d["arrival"] = iso(first + timedelta(seconds=after_s))
        self.items.append(d)
        return key

    # ---- truth ---------------------------------------------------------------
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # ---- output --------------------------------------------------------------
    def sorted_items(self):
        idx = list(enumerate(self.items))
        idx.sort(key=lambda p: (p[1]["arrival"], p[0]))
        return [p[1] for p in idx]

    def write(self):
        base = os.path.join(OUT, f"{self.number}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in self.sorted_items():
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.number}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base
