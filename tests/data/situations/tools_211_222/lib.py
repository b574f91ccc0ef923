"""Helpers for the 211-222 situation generator (stdlib only)."""
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
MISSING = object()

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as _f:
    _fc = json.load(_f)
SENSORS = {}
for _ft in _fc["features"]:
    _p = _ft["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _ft["geometry"]["coordinates"][0],
        "lat": _ft["geometry"]["coordinates"][1],
        "kind": _p["kind"], "agency": _p["agency"], "name": _p["name"],
    }

TZ = dt.timezone(dt.timedelta(hours=8))
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "1999": "citizen",
               "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
DELAY = {"rule": (15, 60), "fire_alarm": (2, 8), "signal": (4, 20), "parking": (20, 110),
         "incident": (60, 200), "cctv": (3, 12), "1999": (40, 150), "status": (1, 8),
         "119": (8, 35), "planned_event": (60, 600)}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def L(s):
    """local Taiwan time 'YYYY-mm-dd HH:MM[:SS]' -> aware datetime"""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def Z(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, description):
        self.num, self.name, self.description = num, name, description
        self.rng = random.Random(1000 + num)
        self.items = []  # (arrival datetime, seq, dict)
        self.seq = 0
        self.incidents = []
        self.alt = None
        self.notes = None

    def k(self, s):
        return "s%d-%s" % (self.num, s)

    def add(self, key, feed, category, obs, truth, text, sev=None, pos=None, sensor=None,
            delay=None, arr=None, conf=None, level=None, follows=None, ends=None,
            alt=MISSING, obs_shift=0):
        """obs: local time string of the real happening; obs_shift: seconds the source's
        clock is off (the stamped `observed` = real + shift). arr: local arrival string or
        delay seconds after the real time."""
        real = L(obs)
        kind = "alert" if feed == "rule" else "event"
        if feed in ("rule", "status"):
            agency = SENSORS[sensor]["agency"]
        else:
            agency = FEED_AGENCY[feed]
        if feed not in ("rule", "incident"):
            sev = "Unknown"  # FORMAT: panels, signals, parking, CCTV, status, 1999, 119, permits
        if sev is None:
            if feed == "rule":
                if category == "flood_depth":
                    sev = FLOOD_SEV[level]
                elif category == "water_level":
                    sev = WL_SEV[level]
                elif category == "heavy_rain":
                    sev = RAIN_SEV[level]
                else:
                    sev = "Minor"
            else:
                sev = "Unknown"
        if sensor is not None:
            lon, lat = SENSORS[sensor]["lon"], SENSORS[sensor]["lat"]
        else:
            lon, lat = pos
        if arr is not None:
            arrival = L(arr)
        else:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arrival = real + dt.timedelta(seconds=delay)
        d = {"key": self.k(key), "kind": kind, "feed": feed, "agency": agency,
             "category": category, "severity": sev, "lon": lon, "lat": lat,
             "observed": Z(real + dt.timedelta(seconds=obs_shift)), "arrival": Z(arrival)}
        if sensor is not None:
            d["sensor_id"] = sensor
        d["text"] = text
        if conf is not None:
            d["confidence"] = conf
        if level is not None:
            d["level"] = level
        if follows is not None:
            d["follows"] = self.k(follows)
        if ends is not None:
            d["ends"] = Z(L(ends))
        d["truth"] = truth
        if alt is not MISSING:
            d["truth_alt"] = alt
        self.seq += 1
        self.items.append((arrival, self.seq, d))
        return d

    def dup(self, item, arr_local=None, after=None):
        d = dict(item)
        a = L(arr_local) if arr_local else dt.datetime.strptime(
            item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc) + dt.timedelta(seconds=after)
        d["arrival"] = Z(a)
        self.seq += 1
        self.items.append((a, self.seq, d))
        return d

    def inc(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": self.k(key)})

    def write(self):
        rows = [d for _, _, d in sorted(self.items, key=lambda x: (x[0], x[1]))]
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8", newline="\n") as f:
            for d in rows:
                f.write(json.dumps(d, ensure_ascii=False, separators=(", ", ": ")) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
        return base
