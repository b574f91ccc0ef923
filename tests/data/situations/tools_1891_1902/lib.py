"""Shared helpers for the situations 1891-1902 (seeded, reproducible)."""
import os
import json
import math
import random
import datetime as dt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
FIRST, LAST = 1891, 1902

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    _S = json.load(fh)
SENSORS = {}
for _f in _S["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0], "lat": _f["geometry"]["coordinates"][1],
        "agency": _p["agency"], "kind": _p["kind"], "name": _p["name"],
        "gateway": (_p.get("metadata") or {}).get("gateway"),
    }
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]}

FIELDS = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
          "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
          "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"]
ALT = object()  # marker: no truth_alt

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain",
             "congestion": "vd"}

# junctions (signal positions) and a few points people name
J = {k: (SENSORS["SN-SIG-%03d" % i]["lon"], SENSORS["SN-SIG-%03d" % i]["lat"]) for i, k in enumerate(
    ["hwy74_huanzhong", "kaixuan_huanzhong", "zhongke_huanzhong", "jingmao_huanzhong",
     "jingmao_liming", "jingmao_jm7", "liming_kaixuan", "zhongqing_huanzhong",
     "taiwan_huanzhong", "henan_zhongping", "jingmao_zhongping"], start=1)}


def pos(sid):
    s = SENSORS[sid]
    return s["lon"], s["lat"]


def lerp(a, b, f):
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    """One situation: items in minutes after a local (UTC+8) start time."""

    def __init__(self, nn, name, seed, local_start):
        self.nn, self.name = nn, name
        self.rng = random.Random(seed)
        self.t0 = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        self.items = []
        self.counters = {}
        self.incidents, self.alt = [], None
        self.description, self.notes = "", ""

    # -- basics -------------------------------------------------------------------------
    def t(self, minutes):
        return self.t0 + dt.timedelta(seconds=round(minutes * 60))

    def key(self, prefix):
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return "%d-%s-%03d" % (self.nn, prefix, n)

    def scatter(self, p, r_min, r_max=None):
        if r_max is None:
            r_min, r_max = 0, r_min
        r = self.rng.uniform(r_min, r_max)
        a = self.rng.uniform(0, 2 * math.pi)
        lat = p[1] + r * math.cos(a) / 111320.0
        lon = p[0] + r * math.sin(a) / (111320.0 * math.cos(math.radians(p[1])))
        return (round(lon, 6), round(lat, 6))

    def add(self, prefix, kind, feed, agency, category, severity, p, obs, truth, text,
            arr=None, delay=(5, 40), alt=ALT, key=None, obs_skew_s=0, **kw):
        o = self.t(obs)
        a = self.t(arr) if arr is not None else o + dt.timedelta(seconds=self.rng.randint(*delay))
        it = {"key": key or self.key(prefix), "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity,
              "lon": round(p[0], 6), "lat": round(p[1], 6),
              "observed": iso(o + dt.timedelta(seconds=obs_skew_s)), "arrival": iso(a)}
        it.update({k: v for k, v in kw.items() if v is not None})
        it["text"] = text
        it["truth"] = truth
        if alt is not ALT:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, it, arr):
        d = dict(it)
        d["arrival"] = iso(self.t(arr))
        self.items.append(d)
        return d

    # -- feeds --------------------------------------------------------------------------
    def alert(self, sid, category, obs, truth, text, level=None, severity=None, **kw):
        s = SENSORS[sid]
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV,
                        "heavy_rain": RAIN_SEV}.get(category, {}).get(level, "Minor")
        return self.add("AL", "alert", "rule", s["agency"], category, severity, pos(sid), obs,
                        truth, text, sensor_id=sid, level=level, delay=kw.pop("delay", (20, 70)), **kw)

    def status(self, sid, state, obs, truth, text, reason=None, **kw):
        s = SENSORS[sid]
        return self.add("ST", "event", "status", s["agency"], state, "Unknown", pos(sid), obs,
                        truth, text, sensor_id=sid, reason=reason, **kw)

    def panel(self, sid, state, obs, truth, text, **kw):
        return self.add("FA", "event", "fire_alarm", "disaster", state, "Unknown", pos(sid), obs,
                        truth, text, sensor_id=sid, delay=kw.pop("delay", (2, 10)), **kw)

    def signal(self, sid, state, obs, truth, text, **kw):
        return self.add("SG", "event", "signal", "traffic", state, "Unknown", pos(sid), obs,
                        truth, text, sensor_id=sid, delay=kw.pop("delay", (3, 15)), **kw)

    def parking(self, sid, state, obs, truth, text, **kw):
        return self.add("PK", "event", "parking", "traffic", state, "Unknown", pos(sid), obs,
                        truth, text, sensor_id=sid, delay=kw.pop("delay", (10, 120)), **kw)

    def cctv(self, sid, category, conf, obs, truth, text, **kw):
        return self.add("CV", "event", "cctv", SENSORS[sid]["agency"], category, "Unknown",
                        pos(sid), obs, truth, text, sensor_id=sid, confidence=conf,
                        delay=kw.pop("delay", (3, 20)), **kw)

    def police(self, category, severity, p, obs, truth, text, **kw):
        return self.add("PD", "event", "incident", "police", category, severity, p, obs, truth,
                        text, delay=kw.pop("delay", (30, 180)), **kw)

    def call(self, category, p, obs, truth, text, **kw):
        return self.add("C", "event", "1999", "citizen", category, "Unknown", p, obs, truth,
                        text, delay=kw.pop("delay", (40, 240)), **kw)

    def f119(self, category, p, obs, truth, text, **kw):
        return self.add("F", "event", "119", "fire", category, "Unknown", p, obs, truth, text,
                        delay=kw.pop("delay", (10, 60)), **kw)

    def permit(self, category, p, start, end, truth, text, arr, radius_m=None, **kw):
        return self.add("PE", "event", "planned_event", "police", category, "Unknown", p, start,
                        truth, text, arr=arr, ends=iso(self.t(end)), radius_m=radius_m, **kw)

    # -- truth --------------------------------------------------------------------------
    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def write(self):
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        base = "%d_%s" % (self.nn, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as fh:
            for i in order:
                it = self.items[i]
                row = {k: it[k] for k in FIELDS if k in it}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return len(self.items)


def first_key(sit, label, alt=False):
    """Key of the earliest-arriving item of `label` (under the alternative reading if alt)."""
    best = None
    for it in sit.items:
        lab = it.get("truth_alt", it["truth"]) if alt else it["truth"]
        if lab == label and (best is None or it["arrival"] < best["arrival"]):
            best = it
    return best["key"]
