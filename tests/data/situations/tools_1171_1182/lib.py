"""Shared helpers for the o1171 situation generators (Python 3 standard library only).

A Situation collects items (pieces of evidence) with their truth labels and writes
NNNN_name.jsonl (arrival order) and NNNN_name.truth.json as FORMAT.md describes.
Times are given in Taiwan local time (UTC+8) and written in UTC.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TST = timezone(timedelta(hours=8))
_UNSET = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for ft in data["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"], "kind": p["kind"],
                               "name": p.get("name", "")}
    return out


SENSORS = load_sensors()

# feed of an event item -> registered sensor kind it must come from
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def local(s):
    """'2026-06-03 14:50' or '2026-06-03 14:50:30' (Taiwan time) -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=TST)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, east_m, north_m):
    dlat = north_m / 111320.0
    dlon = east_m / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def dist_m(lon1, lat1, lon2, lat2):
    x = (lon2 - lon1) * 111320.0 * math.cos(math.radians((lat1 + lat2) / 2))
    y = (lat2 - lat1) * 111320.0
    return math.hypot(x, y)


class Situation:
    def __init__(self, num, name, description, t0, seed=None):
        self.num = num
        self.name = name
        self.description = description
        self.t0 = local(t0)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.serial = {}

    # ---- ids and places -------------------------------------------------
    def next_key(self, tag):
        self.serial[tag] = self.serial.get(tag, 0) + 1
        return "%d-%s-%03d" % (self.num, tag, self.serial[tag])

    def scatter(self, lon, lat, rmin, rmax):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    def at(self, minutes):
        """local time t0 + minutes (float allowed)."""
        return self.t0 + timedelta(seconds=round(minutes * 60))

    # ---- items ----------------------------------------------------------
    def add(self, feed, category, minute, truth, text, lon=None, lat=None, sensor=None,
            severity="Unknown", lag_s=None, truth_alt=_UNSET, key=None, observed=None, **extra):
        """Add one item. minute: when it happened (minutes after t0). lag_s: arrival delay.
        observed: override the source's stamp (skewed clock)."""
        kind = "alert" if feed == "rule" else "event"
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"]
        else:
            agency = {"incident": "police", "planned_event": "police", "1999": "citizen",
                      "119": "fire"}[feed]
        if feed in ("rule", "status") and sensor is None:
            raise ValueError("rule/status needs a sensor")
        if lag_s is None:
            lag_s = {"rule": (5, 40), "status": (1, 15), "fire_alarm": (2, 10), "signal": (5, 30),
                     "parking": (20, 120), "cctv": (3, 20), "incident": (40, 200),
                     "1999": (30, 150), "119": (10, 60), "planned_event": (0, 0)}[feed]
        if isinstance(lag_s, tuple):
            lag_s = self.rng.randint(*lag_s)
        t_obs = self.at(minute)
        obs = observed if observed is not None else t_obs
        if key is None:
            tag = {"rule": "ALR", "status": "STS", "fire_alarm": "FA", "signal": "SIG",
                   "parking": "PK", "cctv": "CAM", "incident": "POL", "1999": "1999",
                   "119": "119", "planned_event": "PMT"}[feed]
            key = self.next_key(tag)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs), "arrival": iso(t_obs + timedelta(seconds=lag_s))}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k in ("confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway"):
            if k in extra and extra[k] is not None:
                v = extra[k]
                if k == "ends":
                    v = iso(local(v)) if isinstance(v, str) else iso(v)
                it[k] = v
        unknown = set(extra) - {"confidence", "reason", "status", "level", "follows", "ends",
                                "radius_m", "gateway"}
        if unknown:
            raise ValueError("unknown fields %s" % unknown)
        if feed == "rule" and "level" in it:
            table = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}[category]
            it["severity"] = table[it["level"]]
        it["truth"] = truth
        if truth_alt is not _UNSET:
            it["truth_alt"] = truth_alt
        it["_seq"] = len(self.items)
        self.items.append(it)
        return key

    def dup(self, key, extra_lag_s):
        """Re-deliver an item: same everything, later arrival."""
        src = next(i for i in self.items if i["key"] == key and "_dup" not in i)
        it = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        it["arrival"] = iso(arr + timedelta(seconds=extra_lag_s))
        it["_dup"] = True
        it["_seq"] = len(self.items)
        self.items.append(it)
        return key

    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # ---- output ---------------------------------------------------------
    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["_seq"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                clean = {k: v for k, v in it.items() if not k.startswith("_")}
                f.write(json.dumps(clean, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        n = len(items)
        bg = sum(1 for i in items if i["truth"] is None)
        print("%d_%s: %d items, %d incidents, background %d (%.0f %%)" % (
            self.num, self.name, n, len(self.incidents), bg, 100.0 * bg / n))


def inc(label, itype, description, sufficient):
    return {"label": label, "type": itype, "description": description,
            "sufficient_evidence_key": sufficient}
