"""Helpers for the 171-182 situation generator (python3, stdlib only)."""
import json
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

NOALT = object()
TZ8 = timezone(timedelta(hours=8))

SEVERITY_BY_BAND = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
SEVERITY_BY_WL = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
SEVERITY_BY_RAIN = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
DEFAULT_DELAY = {  # seconds (min, max) from observation to arrival at the center
    "rule": (20, 80), "fire_alarm": (3, 15), "signal": (5, 30), "parking": (30, 120),
    "status": (2, 20), "cctv": (10, 45), "1999": (60, 200), "incident": (90, 420),
    "119": (15, 60), "planned_event": (0, 0),
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: ft for ft in d["features"]}


SENSORS = load_sensors()


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, description, base_local, seed=171182):
        self.num = num
        self.name = name
        self.description = description
        self.base = datetime.strptime(base_local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ8)
        self.rng = random.Random(seed * 1000 + num)
        self.items = []
        self.n = 0
        self.incidents = []
        self.alt_add = []
        self.alt_remove = []
        self.alt_why = None
        self.notes = None

    # ---- items -------------------------------------------------------------
    def _key(self):
        self.n += 1
        return "%d-%03d" % (self.num, self.n)

    def at(self, t_min):
        return self.base + timedelta(seconds=round(t_min * 60))

    def item(self, t, feed, category, text, truth, sid=None, lon=None, lat=None,
             severity=None, level=None, conf=None, follows=None, ends=None,
             alt=NOALT, delay=None, arrival=None, obs_shift_s=0, jitter_m=0):
        """t: minutes after base (true time at source). arrival: absolute datetime
        or minutes (number) after base. obs_shift_s: clock error of the source."""
        key = self._key()
        true_t = self.at(t)
        if sid is not None:
            ft = SENSORS[sid]
            lon, lat = ft["geometry"]["coordinates"]
            agency = ft["properties"]["agency"]
        else:
            agency = FEED_AGENCY[feed]
            if jitter_m:
                lon = lon + self.rng.uniform(-jitter_m, jitter_m) / 101000.0
                lat = lat + self.rng.uniform(-jitter_m, jitter_m) / 111000.0
            lon, lat = round(lon, 6), round(lat, 6)
        if feed in ("rule", "status"):
            agency = SENSORS[sid]["properties"]["agency"]
        kind = "alert" if feed == "rule" else "event"
        if severity is None:
            if feed == "rule":
                if category == "flood_depth":
                    severity = SEVERITY_BY_BAND[level]
                elif category == "water_level":
                    severity = SEVERITY_BY_WL[level]
                elif category == "heavy_rain":
                    severity = SEVERITY_BY_RAIN[level]
                else:
                    severity = "Minor"
            else:
                severity = "Unknown"
        if arrival is None:
            if delay is None:
                lo, hi = DEFAULT_DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arr = true_t + timedelta(seconds=delay)
        elif isinstance(arrival, (int, float)):
            arr = self.at(arrival)
        else:
            arr = arrival
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": lon, "lat": lat,
              "observed": iso(true_t + timedelta(seconds=obs_shift_s)),
              "arrival": iso(arr)}
        if sid is not None:
            it["sensor_id"] = sid
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(ends)
        it["truth"] = truth
        if alt is not NOALT:
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    def dup(self, key, after_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(arr + timedelta(seconds=after_s))
        self.items.append(d)
        return key

    # ---- truth -------------------------------------------------------------
    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def alt(self, why, add=(), remove=()):
        self.alt_why = why
        self.alt_add = list(add)
        self.alt_remove = list(remove)

    # ---- output ------------------------------------------------------------
    def write(self, out=OUT):
        stem = "%d_%s" % (self.num, self.name)
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        with open(os.path.join(out, stem + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for i in order:
                f.write(json.dumps(self.items[i], ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description,
                 "incidents": self.incidents}
        if self.alt_why:
            inc = [x for x in self.incidents if x["label"] not in self.alt_remove]
            inc += [{"label": a[0], "type": a[1], "description": a[2],
                     "sufficient_evidence_key": a[3]} for a in self.alt_add]
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": inc}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(out, stem + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
        return stem
