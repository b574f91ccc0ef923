"""Helpers for the 971-982 situation generator (standard library only)."""
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
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name")}
    return out


SENSORS = load_sensors()

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
DEFAULT_DELAY = {"rule": (20, 60), "fire_alarm": (2, 6), "signal": (5, 20), "parking": (30, 90),
                 "incident": (60, 240), "cctv": (3, 15), "1999": (40, 150), "status": (1, 5),
                 "119": (5, 30), "planned_event": (60, 600)}

# local time helpers -------------------------------------------------------


def utc_iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def M_PER_DEG_LAT():
    return 110_770.0


def offset(lon, lat, dx_m, dy_m):
    """Move a point by dx metres east and dy metres north."""
    mlon = 111_320.0 * math.cos(math.radians(lat))
    return (round(lon + dx_m / mlon, 6), round(lat + dy_m / 110_770.0, 6))


def along(coords, frac):
    """Point at a fraction (0..1) along a polyline given as [(lon, lat), ...]."""
    segs = []
    total = 0.0
    for a, b in zip(coords, coords[1:]):
        d = math.hypot((b[0] - a[0]) * 101_600, (b[1] - a[1]) * 110_770)
        segs.append((a, b, d))
        total += d
    target = frac * total
    for a, b, d in segs:
        if target <= d or (a, b, d) == segs[-1]:
            t = 0 if d == 0 else min(1.0, target / d)
            return (round(a[0] + (b[0] - a[0]) * t, 6), round(a[1] + (b[1] - a[1]) * t, 6))
        target -= d
    return coords[-1]


class Sit:
    def __init__(self, num, name, date, description, seed=None):
        self.num = num
        self.name = name
        self.date = date  # local date YYYY-MM-DD
        self.description = description
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []  # (arrival_dt, order, dict)
        self.incidents = []
        self.alt = None
        self.notes = None
        self.seq = {}
        self.order = 0

    # time ---------------------------------------------------------------
    def t(self, s):
        """'HH:MM', 'HH:MM:SS' on the situation's local date, or 'YYYY-MM-DD HH:MM[:SS]' local."""
        if len(s) <= 8:
            s = self.date + " " + s
        fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
        return datetime.strptime(s, fmt).replace(tzinfo=TZ8)

    def scatter(self, lon, lat, r_min, r_max):
        ang = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(r_min, r_max)
        return offset(lon, lat, r * math.cos(ang), r * math.sin(ang))

    # incidents ----------------------------------------------------------
    def incident(self, label, itype, description, sufficient=None):
        inc = {"label": label, "type": itype, "description": description,
               "sufficient_evidence_key": sufficient}
        self.incidents.append(inc)
        return inc

    def set_alt(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # items --------------------------------------------------------------
    def add(self, feed, category, obs, truth, lon=None, lat=None, arr=None, key=None, sev=None,
            text=None, sensor=None, conf=None, reason=None, status=None, level=None,
            follows=None, ends=None, alt="__same__"):
        obs_dt = self.t(obs) if isinstance(obs, str) else obs
        if arr is None:
            lo, hi = DEFAULT_DELAY[feed]
            arr_dt = obs_dt + timedelta(seconds=self.rng.randint(lo, hi))
        elif isinstance(arr, (int, float)):
            arr_dt = obs_dt + timedelta(seconds=arr)
        else:
            arr_dt = self.t(arr)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
        if feed in ("rule", "status"):
            agency = SENSORS[sensor]["agency"]
        else:
            agency = FEED_AGENCY[feed]
        if key is None:
            n = self.seq.get(feed, 0) + 1
            self.seq[feed] = n
            short = {"rule": "R", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "incident": "PD",
                     "cctv": "CV", "1999": "C1999", "status": "ST", "119": "F119",
                     "planned_event": "PE"}[feed]
            key = f"{self.num}-{short}-{n:03d}"
        if sev is None:
            sev = "Unknown"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": sev,
              "lon": round(lon, 6), "lat": round(lat, 6), "observed": utc_iso(obs_dt),
              "arrival": utc_iso(arr_dt)}
        if sensor is not None:
            it["lon"], it["lat"] = s["lon"], s["lat"]
            it["sensor_id"] = sensor
        if text is not None:
            it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if reason is not None:
            it["reason"] = reason
        if status is not None:
            it["status"] = status
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = utc_iso(self.t(ends))
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        self.order += 1
        self.items.append((arr_dt, self.order, it))
        return key

    def dup(self, key, arr):
        """Deliver an item again: same key and fields, another arrival."""
        src = next(it for _, _, it in self.items if it["key"] == key)
        arr_dt = self.t(arr) if isinstance(arr, str) else None
        if arr_dt is None:
            first = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            arr_dt = first + timedelta(seconds=arr)
        it = dict(src)
        it["arrival"] = utc_iso(arr_dt)
        self.order += 1
        self.items.append((arr_dt, self.order, it))
        return key

    # output -------------------------------------------------------------
    def write(self):
        base = f"{self.num}_{self.name}"
        items = [it for _, _, it in sorted(self.items, key=lambda x: (x[0], x[1]))]
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return base, items
