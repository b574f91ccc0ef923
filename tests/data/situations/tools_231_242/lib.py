"""Helpers for the situation generators (situations 231-242).

Times are written in local Taiwan time (UTC+8) in the generators and stored as
ISO 8601 UTC. Every random choice comes from a random.Random seeded with the
situation number, so the output is stable byte for byte.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TW = timezone(timedelta(hours=8))

MISSING = object()

FEED_TAG = {"rule": "AL", "fire_alarm": "FA", "signal": "SG", "parking": "PK",
            "incident": "PR", "cctv": "CV", "1999": "CZ", "status": "ST",
            "119": "EM", "planned_event": "PE"}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
                "incident": "police", "1999": "citizen", "119": "fire",
                "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
# typical delay (seconds) between the source's observation and the center's receipt
DELAY = {"rule": (20, 70), "fire_alarm": (1, 6), "signal": (2, 10), "parking": (30, 110),
         "incident": (40, 240), "cctv": (2, 12), "1999": (40, 180), "status": (1, 5),
         "119": (5, 40), "planned_event": (60, 600)}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"],
                               "kind": p["kind"], "name": p["name"]}
    return out


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in data["features"]}


SENSORS = load_sensors()
ROADS = load_roads()

M_PER_DEG_LAT = 110750.0


def m_per_deg_lon(lat):
    return 111320.0 * math.cos(math.radians(lat))


def offset(lon, lat, east_m=0.0, north_m=0.0):
    """A point east_m / north_m metres from (lon, lat)."""
    return (lon + east_m / m_per_deg_lon(lat), lat + north_m / M_PER_DEG_LAT)


def along(road_id, frac):
    """Point at fraction frac (0..1) of the length of a road in roads.geojson."""
    pts = ROADS[road_id]
    segs = []
    total = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        d = math.hypot((x2 - x1) * m_per_deg_lon(y1), (y2 - y1) * M_PER_DEG_LAT)
        segs.append((x1, y1, x2, y2, d))
        total += d
    target = frac * total
    for x1, y1, x2, y2, d in segs:
        if target <= d or (x2, y2) == tuple(pts[-1]):
            r = 0 if d == 0 else min(1.0, target / d)
            return (x1 + (x2 - x1) * r, y1 + (y2 - y1) * r)
        target -= d
    return tuple(pts[-1])


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    """One situation: items added in any order, written sorted by arrival."""

    def __init__(self, num, name, day, title):
        self.num = num
        self.name = name
        self.day = day            # "YYYY-MM-DD", local date of the situation's start
        self.title = title
        self.rng = random.Random(num * 7919)
        self.items = []
        self.seq = 0
        self.keys = {}

    # --- time -----------------------------------------------------------
    def t(self, hhmmss, day_offset=0):
        """Local time 'HH:MM' or 'HH:MM:SS' on the situation's day (+day_offset)."""
        parts = [int(x) for x in hhmmss.split(":")]
        while len(parts) < 3:
            parts.append(0)
        y, mo, d = (int(x) for x in self.day.split("-"))
        base = datetime(y, mo, d, tzinfo=TW) + timedelta(days=day_offset)
        return base.replace(hour=parts[0], minute=parts[1], second=parts[2])

    def jitter(self, lon, lat, metres):
        a = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(0, metres)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    # --- items ----------------------------------------------------------
    def add(self, feed, category, at, truth, text, lon=None, lat=None, sensor=None,
            severity=None, confidence=None, level=None, follows=None, ends=None,
            alt=MISSING, delay=None, arrival=None, observed=None, key=None, spread=0):
        """Add one item. at: local time string or datetime of the real event.
        observed: override of the source's stamp (clock skew); arrival: explicit
        receipt time; delay: seconds from real time to receipt; spread: metres of
        position jitter for reports that carry their own location."""
        real = at if isinstance(at, datetime) else self.t(at)
        obs = observed if observed is not None else real
        if arrival is None:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arrival = real + timedelta(seconds=delay)
        elif not isinstance(arrival, datetime):
            arrival = self.t(arrival)
        self.seq += 1
        if key is None:
            key = "S%d-%s-%03d" % (self.num, FEED_TAG[feed], self.seq)
        kind = "alert" if feed == "rule" else "event"
        if feed in SENSOR_FEEDS:
            s = SENSORS[sensor]
            agency = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            assert sensor is None
            agency = FIXED_AGENCY[feed]
            if spread:
                lon, lat = self.jitter(lon, lat, spread)
        if severity is None:
            if feed == "rule":
                if category == "flood_depth":
                    severity = FLOOD_SEV[level]
                elif category == "water_level":
                    severity = WL_SEV[level]
                elif category == "heavy_rain":
                    severity = RAIN_SEV[level]
                elif category == "congestion":
                    severity = "Moderate"
                else:
                    severity = "Minor"
            else:
                severity = "Unknown"
        item = {"key": key, "kind": kind, "feed": feed, "agency": agency,
                "category": category, "severity": severity,
                "lon": round(lon, 6), "lat": round(lat, 6),
                "observed": iso(obs), "arrival": iso(arrival)}
        if sensor is not None:
            item["sensor_id"] = sensor
        item["text"] = text
        if confidence is not None:
            item["confidence"] = confidence
        if level is not None:
            item["level"] = level
        if follows is not None:
            item["follows"] = follows
        if ends is not None:
            item["ends"] = iso(ends if isinstance(ends, datetime) else self.t(ends))
        item["truth"] = truth
        if alt is not MISSING:
            item["truth_alt"] = alt
        self.items.append((arrival, self.seq, item))
        self.keys[key] = item
        return key

    def dup(self, key, arrival):
        """Deliver item `key` again (same fields, another arrival)."""
        item = dict(self.keys[key])
        arr = arrival if isinstance(arrival, datetime) else self.t(arrival)
        item["arrival"] = iso(arr)
        self.seq += 1
        self.items.append((arr, self.seq, item))

    # --- output ---------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        base = "%03d_%s" % (self.num, self.name)
        rows = sorted(self.items, key=lambda x: (x[0], x[1]))
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for _, _, item in rows:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": description, "incidents": incidents}
        if alternative is not None:
            truth["alternative_reading"] = alternative
        if notes is not None:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
        return base


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description,
            "sufficient_evidence_key": key}
