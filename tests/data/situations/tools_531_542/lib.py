"""Shared helpers for situations 531-542 (blind oracle, author 4).

A situation is built with `Sit`; every item is added with `add` (returns its key),
times are local Taipei time (UTC+8) on the situation's date, written as UTC.
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

_SENSORS = None


def sensors():
    global _SENSORS
    if _SENSORS is None:
        with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
            d = json.load(f)
        _SENSORS = {}
        for ft in d["features"]:
            p = ft["properties"]
            _SENSORS[p["sensor_id"]] = {
                "kind": p["kind"], "agency": p["agency"], "name": p.get("name"),
                "lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
            }
    return _SENSORS


SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire"}
# default arrival delay ranges (s) per feed
DELAY = {"rule": (20, 90), "fire_alarm": (3, 15), "signal": (5, 30), "parking": (30, 120),
         "status": (5, 60), "cctv": (4, 20), "incident": (60, 300), "1999": (60, 240),
         "119": (15, 60), "planned_event": (60, 120)}

# places used by several situations (lon, lat), GUESS positions inside the registered layout
PLACES = {
    "hub": (120.6528, 24.1972),
    "hub_bays": (120.6524, 24.1978),
    "ticec_a": (120.6546, 24.1948),
    "ticec_b": (120.6556, 24.1940),
    "museumbrary": (120.6570, 24.1915),
    "tower": (120.6585, 24.1930),
    "popmusic": (120.6520, 24.1850),
    "park_carpark": (120.6566, 24.1880),
    "wrc": (120.6590, 24.1765),
    "fcu": (120.6520, 24.1790),
    "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.1840),
    "eco_b": (120.6590, 24.1815),
    "park_mid": (120.6562, 24.1835),
    "park_south": (120.6560, 24.1775),
    "henan_carpark": (120.6530, 24.1745),
    "liming_hub": (120.6530, 24.1952),
}


def offset(lon, lat, dx_m, dy_m):
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + dy_m / 110540.0, 6))


class Sit:
    def __init__(self, num, name, date, description, seed=None):
        self.num, self.name, self.date, self.description = num, name, date, description
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.n = 0

    # ---- time ----
    def t(self, hhmm, day=0):
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        y, m, d = (int(x) for x in self.date.split("-"))
        return datetime(y, m, d, parts[0], parts[1], parts[2], tzinfo=TW) + timedelta(days=day)

    @staticmethod
    def iso(dt):
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def scatter(self, place, lo=20, hi=200):
        lon, lat = PLACES[place] if isinstance(place, str) else place
        r = self.rng.uniform(lo, hi)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    # ---- items ----
    def add(self, feed, category, when, truth, text, *, sensor=None, at=None, spread=None,
            severity="Unknown", delay=None, skew=0, confidence=None, level=None, follows=None,
            ends=None, arrival=None, truth_alt="__same__", tag=None):
        self.n += 1
        key = f"{self.num}-{tag or feed}-{self.n:02d}"
        obs_true = self.t(when) if isinstance(when, str) else when
        if sensor:
            s = sensors()[sensor]
            if at is None:
                lon, lat = s["lon"], s["lat"]
            else:
                lon, lat = at if not isinstance(at, str) else PLACES[at]
            agency = s["agency"]
        else:
            base = at
            if spread:
                lon, lat = self.scatter(base, *spread)
            else:
                lon, lat = PLACES[base] if isinstance(base, str) else base
            agency = FEED_AGENCY[feed]
        if arrival is not None:
            arr = self.t(arrival) if isinstance(arrival, str) else arrival
        else:
            lo, hi = DELAY[feed] if delay is None else (delay if isinstance(delay, tuple) else (delay, delay))
            arr = obs_true + timedelta(seconds=self.rng.randint(lo, hi))
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": self.iso(obs_true + timedelta(seconds=skew)), "arrival": self.iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = self.iso(self.t(ends) if isinstance(ends, str) else ends)
        it["truth"] = truth
        if truth_alt != "__same__":
            it["truth_alt"] = truth_alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = self.iso(a + timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base


def same_incidents_plus(sit, extra, drop=()):
    """Incident list for an alternative reading: the main list minus `drop`, plus `extra`."""
    return [i for i in sit.incidents if i["label"] not in drop] + extra
