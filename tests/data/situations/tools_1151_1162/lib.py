"""Helpers for the labelled situations 1151-1162 (seeded, stdlib only).

Geo files are read from SITUATION_GEO_DIR, else ../geo next to this tools directory.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

_MISSING = object()
TZ8 = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name"), "metadata": p.get("metadata") or {}}
    return out


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in d["features"]}


SENSORS = load_sensors()
ROADS = load_roads()

M_PER_DEG_LAT = 110_800.0
M_PER_DEG_LON = 101_700.0  # at ~24.18 N


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * M_PER_DEG_LON, (a[1] - b[1]) * M_PER_DEG_LAT)


def offset(lon, lat, dx_m, dy_m):
    return round(lon + dx_m / M_PER_DEG_LON, 6), round(lat + dy_m / M_PER_DEG_LAT, 6)


def scatter(rng, lon, lat, rmin, rmax):
    """A point between rmin and rmax metres from (lon, lat), uniform in angle."""
    r = rng.uniform(rmin, rmax)
    a = rng.uniform(0, 2 * math.pi)
    return offset(lon, lat, r * math.cos(a), r * math.sin(a))


def along(road_id, frac, side_m=0.0, rng=None):
    """Point at fraction frac (0..1 by length) along a road line, optionally jittered sideways."""
    pts = ROADS[road_id]
    segs = [dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = frac * sum(segs)
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            t = min(1.0, target / s) if s else 0
            lon = pts[i][0] + t * (pts[i + 1][0] - pts[i][0])
            lat = pts[i][1] + t * (pts[i + 1][1] - pts[i][1])
            if side_m and rng is not None:
                return scatter(rng, lon, lat, 0, side_m)
            return round(lon, 6), round(lat, 6)
        target -= s


def frac_of(road_id, lon, lat):
    """Fraction along a road of its point nearest to (lon, lat) (coarse, 1 m steps)."""
    pts = ROADS[road_id]
    total = sum(dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
    n = int(total)
    best = min(range(n + 1), key=lambda k: dist_m(along(road_id, k / n), (lon, lat)))
    return best / n


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, local_start, seed, description):
        self.num = num
        self.name = name
        self.stem = f"{num}_{name}"
        self.t0 = datetime.strptime(local_start, "%Y-%m-%d %H:%M").replace(tzinfo=TZ8)
        self.rng = random.Random(seed)
        self.description = description
        self.items = []  # dicts with private _arr (datetime) and _seq
        self.by_key = {}
        self.n = 0

    # minutes from t0 -> datetime
    def t(self, m):
        return self.t0 + timedelta(seconds=round(m * 60))

    def local(self, m):
        return self.t(m).astimezone(TZ8).strftime("%H:%M")

    def _key(self, prefix):
        self.n += 1
        return f"{self.num}-{prefix}-{self.n:03d}"

    def add(self, feed, category, at, delay, text, truth, alt=_MISSING, *, sensor=None, pos=None,
            sev="Unknown", observed_skew=0.0, key=None, **extra):
        """at: minutes from t0 (real time it happened); delay: minutes until arrival;
        observed_skew: minutes added to the source's stamp (a wrong clock)."""
        it = {}
        it["key"] = key or self._key(feed.replace("_", ""))
        it["kind"] = "alert" if feed == "rule" else "event"
        it["feed"] = feed
        if sensor is not None:
            s = SENSORS[sensor]
            agency = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            agency = {"incident": "police", "planned_event": "police", "1999": "citizen",
                      "119": "fire"}[feed]
            lon, lat = pos
        if feed == "fire_alarm":
            agency = "disaster"
        it["agency"] = agency
        it["category"] = category
        it["severity"] = sev
        it["lon"], it["lat"] = lon, lat
        it["observed"] = iso(self.t(at + observed_skew))
        arr = self.t(at + delay)
        it["arrival"] = iso(arr)
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_arr"] = arr
        it["_seq"] = len(self.items)
        self.items.append(it)
        self.by_key[it["key"]] = it
        return it["key"]

    def dup(self, key, arrival_delay_after_first):
        """Re-delivery of an item: every field the same but arrival."""
        src = self.by_key[key]
        it = dict(src)
        arr = src["_arr"] + timedelta(seconds=round(arrival_delay_after_first * 60))
        it["arrival"] = iso(arr)
        it["_arr"] = arr
        it["_seq"] = len(self.items)
        self.items.append(it)
        return key

    def write(self, incidents, alternative=None, notes=None):
        items = sorted(self.items, key=lambda x: (x["_arr"], x["_seq"]))
        assert 15 <= len(items) <= 80, (self.stem, len(items))
        with open(os.path.join(OUT, self.stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps({k: v for k, v in it.items() if not k.startswith("_")},
                                   ensure_ascii=False) + "\n")
        truth = {"situation": self.stem, "description": self.description, "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, self.stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(items)


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": key}


# Severity and level helpers for the center's sensor rules
def flood_band(cm):
    if cm <= 15:
        return "1-15", "Minor"
    if cm <= 30:
        return "16-30", "Moderate"
    return ">30", "Severe"


WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
