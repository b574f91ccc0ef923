"""Helpers for situations 311-322 (blind oracle set).

Every situation is built by a `Sit`: items are added in story order with an
observed time (local Taichung time, UTC+8, converted to UTC on output) and an
arrival delay drawn from a seeded RNG; `write()` sorts them by arrival and
writes NN_name.jsonl and NN_name.truth.json.
"""
import copy
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.environ.get("ORACLE_OUT") or os.path.join(HERE, "..")

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

TZ = dt.timezone(dt.timedelta(hours=8))
MISSING = object()

# default arrival delay (seconds) by feed: (min, max)
DELAY = {
    "rule": (20, 75), "fire_alarm": (1, 6), "signal": (1, 6), "parking": (5, 60),
    "status": (1, 5), "cctv": (3, 15), "1999": (70, 260), "incident": (150, 540),
    "119": (15, 55), "planned_event": (60, 120),
}
KEYTAG = {"rule": "r", "fire_alarm": "fa", "signal": "sig", "parking": "pk",
          "status": "st", "cctv": "cctv", "1999": "1999", "incident": "pol",
          "119": "119", "planned_event": "pe"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "level",
               "follows", "ends", "truth", "truth_alt"]


def pos(sid):
    lon, lat = SENSORS[sid]["geometry"]["coordinates"]
    return lon, lat


def sname(sid):
    return SENSORS[sid]["properties"]["name"]


def offset(lon, lat, dx_m, dy_m):
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + dy_m / 110574.0, 6))


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num, self.name = num, name
        self.date = dt.date(*date)
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.seq = {}
        self.incidents = []
        self.alt_incidents = None
        self.alt_why = None

    # -- time and place -------------------------------------------------
    def t(self, hms, day=0):
        parts = [int(x) for x in hms.split(":")]
        while len(parts) < 3:
            parts.append(0)
        d = self.date + dt.timedelta(days=day)
        return dt.datetime(d.year, d.month, d.day, *parts, tzinfo=TZ)

    def near(self, lon, lat, rmin, rmax, bearing=None, spread=180):
        """A point rmin..rmax metres from (lon, lat); bearing in degrees from north."""
        r = self.rng.uniform(rmin, rmax)
        if bearing is None:
            a = self.rng.uniform(0, 360)
        else:
            a = bearing + self.rng.uniform(-spread / 2, spread / 2)
        return offset(lon, lat, r * math.sin(math.radians(a)), r * math.cos(math.radians(a)))

    # -- items ------------------------------------------------------------
    def _key(self, feed):
        tag = KEYTAG[feed]
        self.seq[tag] = self.seq.get(tag, 0) + 1
        return "%d-%s-%03d" % (self.num, tag, self.seq[tag])

    def add(self, kind, feed, agency, category, lon, lat, observed, truth,
            severity="Unknown", sensor_id=None, text=None, confidence=None, level=None,
            follows=None, ends=None, truth_alt=MISSING, delay=None, arrival=None,
            stamped=None, key=None):
        """observed: real time of the event; stamped: what the source wrote (skew)."""
        if arrival is None:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arrival = observed + dt.timedelta(seconds=delay)
        it = {
            "key": key or self._key(feed), "kind": kind, "feed": feed, "agency": agency,
            "category": category, "severity": severity, "lon": lon, "lat": lat,
            "observed": iso(stamped or observed), "arrival": iso(arrival),
        }
        if sensor_id:
            it["sensor_id"] = sensor_id
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(ends)
        it["truth"] = truth
        if truth_alt is not MISSING:
            it["truth_alt"] = truth_alt
        it["_arr"] = arrival
        self.items.append(it)
        return it

    def sensor(self, feed, sid, category, observed, truth, **kw):
        lon, lat = pos(sid)
        agency = SENSORS[sid]["properties"]["agency"]
        return self.add("event", feed, agency, category, lon, lat, observed, truth,
                        sensor_id=sid, **kw)

    def rule(self, sid, category, observed, truth, severity, level=None, text=None, **kw):
        lon, lat = pos(sid)
        agency = SENSORS[sid]["properties"]["agency"]
        return self.add("alert", "rule", agency, category, lon, lat, observed, truth,
                        severity=severity, sensor_id=sid, level=level, text=text, **kw)

    def flood(self, sid, band, observed, truth, text=None, **kw):
        sev = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}[band]
        return self.rule(sid, "flood_depth", observed, truth, sev, level=band, text=text, **kw)

    def wlevel(self, sid, lvl, observed, truth, text=None, **kw):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        return self.rule(sid, "water_level", observed, truth, sev, level=lvl, text=text, **kw)

    def rain(self, sid, cls, observed, truth, text=None, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        return self.rule(sid, "heavy_rain", observed, truth, sev, level=cls, text=text, **kw)

    def congestion(self, sid, observed, truth, text, severity="Minor", **kw):
        return self.rule(sid, "congestion", observed, truth, severity, text=text, **kw)

    def c1999(self, category, lonlat, observed, text, truth, **kw):
        return self.add("event", "1999", "citizen", category, lonlat[0], lonlat[1], observed,
                        truth, text=text, **kw)

    def police(self, category, severity, lonlat, observed, text, truth, **kw):
        return self.add("event", "incident", "police", category, lonlat[0], lonlat[1],
                        observed, truth, severity=severity, text=text, **kw)

    def f119(self, category, lonlat, observed, text, truth, **kw):
        return self.add("event", "119", "fire", category, lonlat[0], lonlat[1], observed,
                        truth, text=text, **kw)

    def cctv(self, sid, category, conf, observed, truth, text=None, **kw):
        return self.sensor("cctv", sid, category, observed, truth, confidence=conf,
                           text=text, **kw)

    def status(self, sid, state, observed, truth, text=None, **kw):
        return self.sensor("status", sid, state, observed, truth, text=text, **kw)

    def permit(self, category, lonlat, start, end, arrival, text, truth, **kw):
        return self.add("event", "planned_event", "police", category, lonlat[0], lonlat[1],
                        start, truth, text=text, ends=end, arrival=arrival, **kw)

    def dup(self, item, delay_s):
        d = copy.deepcopy({k: v for k, v in item.items() if k != "_arr"})
        arr = item["_arr"] + dt.timedelta(seconds=delay_s)
        d["arrival"] = iso(arr)
        d["_arr"] = arr
        self.items.append(d)
        return d

    # -- truth --------------------------------------------------------------
    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient["key"]
                               if isinstance(sufficient, dict) else sufficient})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, description, sufficient item/key)."""
        self.alt_why = why
        self.alt_incidents = [{"label": l, "type": ty, "description": d,
                               "sufficient_evidence_key": s["key"] if isinstance(s, dict) else s}
                              for (l, ty, d, s) in incidents]

    def same_alt(self, label):
        """The main incident with this label, unchanged, for the alternative list."""
        for inc in self.incidents:
            if inc["label"] == label:
                return (inc["label"], inc["type"], inc["description"], inc["sufficient_evidence_key"])
        raise KeyError(label)

    def write(self, description, notes=None):
        stem = "%d_%s" % (self.num, self.name)
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["_arr"], i))
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as fh:
            for i in order:
                it = self.items[i]
                line = {k: it[k] for k in FIELD_ORDER if k in it}
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": description, "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return stem, len(self.items)
