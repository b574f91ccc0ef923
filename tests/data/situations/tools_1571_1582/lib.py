"""Helpers for the labelled situations 1571-1582 (written blind of the software)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as _f:
    _REG = json.load(_f)
SENSORS = {}
for _ft in _REG["features"]:
    _p = _ft["properties"]
    SENSORS[_p["sensor_id"]] = {
        "agency": _p["agency"], "kind": _p["kind"], "name": _p["name"],
        "lon": _ft["geometry"]["coordinates"][0], "lat": _ft["geometry"]["coordinates"][1],
        "gateway": (_p.get("metadata") or {}).get("gateway"),
    }

TZ = dt.timezone(dt.timedelta(hours=8))
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
               "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
               "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"]
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
_NOALT = object()


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, dx_m, dy_m):
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + dy_m / 110540.0, 6))


class Sit:
    """One situation: items added in any order, written in arrival order."""

    def __init__(self, num, name, local_start, seed=None):
        self.num, self.name = num, name
        self.t0 = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.n = 0
        self.incidents = []
        self.alt_incidents = None
        self.alt_why = None
        self.notes = []
        self.description = ""

    # --- time and place -------------------------------------------------
    def at(self, minutes):
        return self.t0 + dt.timedelta(minutes=minutes)

    def jitter(self, lon, lat, r_m):
        a = self.rng.uniform(0, 2 * math.pi)
        d = r_m * math.sqrt(self.rng.random())
        return offset(lon, lat, d * math.cos(a), d * math.sin(a))

    def near(self, sensor_id, r_m=0):
        s = SENSORS[sensor_id]
        return self.jitter(s["lon"], s["lat"], r_m) if r_m else (s["lon"], s["lat"])

    # --- items ------------------------------------------------------------
    def add(self, t, feed, category, truth, *, delay=None, agency=None, severity="Unknown",
            sensor=None, at=None, text=None, alt=_NOALT, observed_skew=0.0, **extra):
        """t: minutes after the start (when it happened); delay: seconds until arrival."""
        self.n += 1
        key = "%d-%03d" % (self.num, self.n)
        kind = "alert" if feed == "rule" else "event"
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = agency or s["agency"]
        else:
            lon, lat = at
        if delay is None:
            delay = self.rng.uniform(3, 40)
        happened = self.at(t)
        observed = happened + dt.timedelta(minutes=observed_skew)
        arrival = happened + dt.timedelta(seconds=delay)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(observed), "arrival": iso(arrival)}
        if sensor is not None:
            it["sensor_id"] = sensor
        if text is not None:
            it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not _NOALT:
            it["truth_alt"] = alt
        it["_sort"] = (arrival, self.n)
        self.items.append(it)
        return key

    def dup(self, key, extra_delay_s):
        """A duplicated delivery: same item, later arrival."""
        src = next(i for i in self.items if i["key"] == key and "_dup" not in i)
        d = dict(src)
        arr = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        arr += dt.timedelta(seconds=extra_delay_s)
        d["arrival"] = iso(arr)
        d["_dup"] = True
        self.n += 0
        d["_sort"] = (arr, 10 ** 6 + len(self.items))
        self.items.append(d)
        return key

    # --- truth ------------------------------------------------------------
    def incident(self, label, type_, description, sufficient_key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient_key})

    def alternative(self, why, incidents):
        self.alt_why, self.alt_incidents = why, incidents

    def write(self):
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        items = sorted(self.items, key=lambda i: i["_sort"])
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                row = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)


def same_incidents(sit, drop=(), extra=()):
    """The alternative incident list: the truth's, minus `drop` labels, plus `extra`."""
    return [dict(i) for i in sit.incidents if i["label"] not in drop] + list(extra)


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": key}
