"""Helpers for the situation generator of 1011-1022 (seeded, reproducible).

Every situation is built by a function in gen.py that calls Situation.add(...)
in any order; write() sorts by arrival (stable on insertion order) and writes
NNNN_name.jsonl and NNNN_name.truth.json next to the tools folder.
"""
import copy
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for feat in d["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name", "")}
    return out


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {feat["properties"]["road_id"]: feat["geometry"]["coordinates"] for feat in d["features"]}


SENSORS = load_sensors()
ROADS = load_roads()

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KEY_PREFIX = {"rule": "ALR", "fire_alarm": "FAP", "signal": "SIG", "parking": "PKG", "incident": "TCPD",
              "cctv": "CAM", "1999": "C1999", "status": "STS", "119": "F119", "planned_event": "PMT"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
# default lag (seconds) between the source's stamp and the center's receipt
LAG = {"rule": (5, 40), "fire_alarm": (2, 6), "signal": (5, 25), "parking": (30, 110), "incident": (60, 240),
       "cctv": (4, 15), "1999": (40, 150), "status": (1, 6), "119": (20, 70)}


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_m(lon, lat, east_m, north_m):
    return (round(lon + east_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + north_m / 110574.0, 6))


def road_point(road_id, frac):
    """Point at fraction frac (0..1) of a road line's length (planar approximation)."""
    pts = ROADS[road_id]
    segs = []
    total = 0.0
    for a, b in zip(pts, pts[1:]):
        d = math.hypot((b[0] - a[0]) * math.cos(math.radians(a[1])), b[1] - a[1])
        segs.append((a, b, d))
        total += d
    want = frac * total
    for a, b, d in segs:
        if want <= d or (a, b, d) == segs[-1]:
            f = 0 if d == 0 else min(1.0, want / d)
            return (round(a[0] + f * (b[0] - a[0]), 6), round(a[1] + f * (b[1] - a[1]), 6))
        want -= d


class Situation:
    def __init__(self, number, name, local_start, seed=None):
        self.number = number
        self.name = name
        # local time (UTC+8) given; everything is stored in UTC
        self.t0 = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        self.rng = random.Random(seed if seed is not None else number * 7919)
        self.items = []
        self.counter = {}
        self.incidents = []
        self.alt = None
        self.description = ""
        self.notes = []

    # --- geometry helpers -------------------------------------------------
    def near(self, lon, lat, rmin=20, rmax=150):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset_m(lon, lat, r * math.cos(a), r * math.sin(a))

    def at(self, sensor_id, rmin=20, rmax=150):
        s = SENSORS[sensor_id]
        return self.near(s["lon"], s["lat"], rmin, rmax)

    def t(self, minutes):
        return self.t0 + dt.timedelta(seconds=round(minutes * 60))

    # --- items ------------------------------------------------------------
    def add(self, feed, category, minute, truth, text, pos=None, sensor=None, sev=None, lag=None,
            arrive=None, key=None, truth_alt="__same__", **extra):
        """minute: observed offset from t0 in minutes. lag: seconds to arrival (default by feed).
        arrive: absolute arrival offset in minutes (overrides lag)."""
        n = self.counter.get(feed, 0) + 1
        self.counter[feed] = n
        if key is None:
            key = "%s-%d-%s-%03d" % (KEY_PREFIX[feed], self.number, self.t(minute).strftime("%m%d"), n)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor is not None:
            s = SENSORS[sensor]
            agency = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
            lon, lat = s["lon"], s["lat"]
        else:
            agency = FEED_AGENCY[feed]
            lon, lat = pos
        it["agency"] = agency
        it["category"] = category
        lvl = extra.get("level")
        if sev is None:
            if feed == "rule":
                if category == "flood_depth":
                    sev = FLOOD_SEV[lvl]
                elif category == "water_level":
                    sev = WL_SEV[lvl]
                elif category == "heavy_rain":
                    sev = RAIN_SEV[lvl]
                else:
                    sev = "Minor"
            elif feed == "incident":
                sev = "Moderate"
            else:
                sev = "Unknown"
        it["severity"] = sev
        it["lon"] = round(lon, 6)
        it["lat"] = round(lat, 6)
        obs = self.t(minute)
        it["observed"] = iso(obs)
        if arrive is not None:
            arr = self.t(arrive)
        else:
            if lag is None:
                lo, hi = LAG.get(feed, (30, 90))
                lag = self.rng.uniform(lo, hi)
            arr = obs + dt.timedelta(seconds=round(lag))
        it["_arr"] = arr
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k in ("confidence", "reason", "status", "level", "follows", "ends"):
            if k in extra and extra[k] is not None:
                v = extra[k]
                if k == "ends":
                    v = iso(self.t(v))
                it[k] = v
        it["truth"] = truth
        if truth_alt != "__same__":
            it["truth_alt"] = truth_alt
        self.items.append(it)
        return it

    def dup(self, item, arrive_minute):
        d = copy.deepcopy(item)
        d["_arr"] = self.t(arrive_minute)
        self.items.append(d)
        return d

    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient["key"] if isinstance(sufficient, dict) else sufficient})

    def alternative(self, why, incidents):
        """incidents: list of dicts (label, type, description, sufficient item or key) - complete list."""
        out = []
        for inc in incidents:
            s = inc[3]
            out.append({"label": inc[0], "type": inc[1], "description": inc[2],
                        "sufficient_evidence_key": s["key"] if isinstance(s, dict) else s})
        self.alt = {"why": why, "incidents": out}

    # --- background ---------------------------------------------------------
    def bg_1999(self, minute, category, text, pos):
        return self.add("1999", category, minute, None, text, pos=pos)

    def bg_congestion(self, vd, minute, dur, sev="Minor", text=None, truth=None, **kw):
        name = SENSORS[vd]["name"]
        a = self.add("rule", "congestion", minute, truth,
                     text or "%s 平均車速下降，車流壅塞" % name, sensor=vd, sev=sev, **kw)
        self.add("rule", "cleared", minute + dur, truth, "%s 車速恢復，壅塞解除" % name, sensor=vd,
                 sev="Minor", follows=a["key"], **kw)
        return a

    def bg_flap(self, sensor, minute, secs=150, reason=None, truth=None):
        self.add("status", "offline", minute, truth, "%s 連線中斷" % SENSORS[sensor]["name"], sensor=sensor,
                 reason=reason)
        self.add("status", "online", minute + secs / 60.0, truth, "%s 恢復連線" % SENSORS[sensor]["name"],
                 sensor=sensor)

    # --- output -------------------------------------------------------------
    def write(self):
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["_arr"], i))
        base = os.path.join(OUT, "%d_%s" % (self.number, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in order:
                it = dict(self.items[i])
                arr = it.pop("_arr")
                out = {}
                for k, v in it.items():
                    out[k] = v
                    if k == "observed":
                        out["arrival"] = iso(arr)
                # put arrival right after observed
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.number, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(self.items), len(self.incidents)
