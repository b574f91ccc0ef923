"""Helpers for situations 91-102 (oracle5). Seeded, byte-stable output."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SENSORS_PATH = os.environ.get(
    "SENSORS_GEOJSON", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "geo", "data", "sensors.geojson"))

with open(SENSORS_PATH, encoding="utf-8") as fh:
    _S = json.load(fh)
SENSORS = {}
for _f in _S["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
        "agency": _p["agency"], "kind": _p["kind"], "name": _p["name"]}

# feed -> sensor kind required (None: any registered kind; rule depends on category)
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level",
             "heavy_rain": "rain", "congestion": "vd"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal",
             "parking": "parking", "cctv": "cctv"}

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

M_PER_DEG_LAT = 110800.0


def m_per_deg_lon(lat):
    return 111320.0 * math.cos(math.radians(lat))


def offset(lon, lat, east_m, north_m):
    return (lon + east_m / m_per_deg_lon(lat), lat + north_m / M_PER_DEG_LAT)


def dist_m(a, b):
    dx = (a[0] - b[0]) * m_per_deg_lon(a[1])
    dy = (a[1] - b[1]) * M_PER_DEG_LAT
    return math.hypot(dx, dy)


def along(line, frac):
    """Point at fraction frac (0..1) of a polyline [(lon,lat),...] by length."""
    segs = [dist_m(line[i], line[i + 1]) for i in range(len(line) - 1)]
    total = sum(segs)
    d = frac * total
    for i, s in enumerate(segs):
        if d <= s or i == len(segs) - 1:
            t = 0 if s == 0 else min(1.0, d / s)
            a, b = line[i], line[i + 1]
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        d -= s
    return line[-1]


ROADS = {}
with open(SENSORS_PATH.replace("sensors.geojson", "roads.geojson"), encoding="utf-8") as fh:
    for _f in json.load(fh)["features"]:
        ROADS[_f["properties"]["road_id"]] = [tuple(c) for c in _f["geometry"]["coordinates"]]


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, number, name, date, seed, description):
        self.number = number
        self.name = name
        self.date = date  # "2016-06-02" local date (Asia/Taipei)
        self.rng = random.Random(seed)
        self.description = description
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.counters = {}
        self._seq = 0

    # local time "HH:MM[:SS]" (Asia/Taipei, UTC+8); "+1d HH:MM" for the next day
    def t(self, hm):
        day = 0
        if hm.startswith("+1d "):
            day, hm = 1, hm[4:]
        parts = [int(x) for x in hm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        y, mo, d = [int(x) for x in self.date.split("-")]
        local = datetime(y, mo, d, parts[0], parts[1], parts[2],
                         tzinfo=timezone(timedelta(hours=8)))
        return local + timedelta(days=day)

    def key(self, tag):
        n = self.counters.get(tag, 0) + 1
        self.counters[tag] = n
        return "%d-%s-%03d" % (self.number, tag, n)

    def scatter(self, lon, lat, rmin, rmax):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    def _time(self, x):
        return self.t(x) if isinstance(x, str) else x

    def add(self, feed, category, severity, lon, lat, observed, arrival=None,
            sensor_id=None, text="", truth=None, key=None, delay_s=None, **opt):
        obs = self._time(observed)
        if arrival is None:
            if delay_s is None:
                delay_s = self.rng.randint(5, 70)
            arr = obs + timedelta(seconds=delay_s)
        else:
            arr = self._time(arrival)
        kind = "alert" if feed == "rule" else "event"
        agency = {"1999": "citizen", "119": "fire", "incident": "police",
                  "planned_event": "police"}.get(feed)
        if sensor_id is not None:
            agency = SENSORS[sensor_id]["agency"]
            if feed != "cctv" or (lon is None):
                lon, lat = SENSORS[sensor_id]["lon"], SENSORS[sensor_id]["lat"]
        if key is None:
            tag = {"rule": "AL", "fire_alarm": "FA", "signal": "SG", "parking": "PK",
                   "incident": "PR", "cctv": "CV", "1999": "C", "status": "ST",
                   "119": "F", "planned_event": "PE"}[feed]
            key = self.key(tag)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs), "arrival": iso(arr), "sensor_id": sensor_id,
              "text": text}
        for k in ("confidence", "level", "follows", "ends"):
            if k in opt and opt[k] is not None:
                v = opt[k]
                if k == "ends":
                    v = iso(self._time(v))
                it[k] = v
        it["truth"] = truth
        if "truth_alt" in opt:
            it["truth_alt"] = opt["truth_alt"]
        self._seq += 1
        it["_seq"] = self._seq
        self.items.append(it)
        return it

    # --- typed helpers -------------------------------------------------
    def rule(self, category, sensor_id, observed, text, truth, level=None, severity=None, **kw):
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV,
                        "heavy_rain": RAIN_SEV}.get(category, {}).get(level)
            if severity is None:
                severity = "Minor"
        return self.add("rule", category, severity, None, None, observed, sensor_id=sensor_id,
                        text=text, truth=truth, level=level, **kw)

    def status(self, state, sensor_id, observed, text, truth, **kw):
        return self.add("status", state, "Unknown", None, None, observed, sensor_id=sensor_id,
                        text=text, truth=truth, **kw)

    def panel(self, state, sensor_id, observed, text, truth, **kw):
        return self.add("fire_alarm", state, "Unknown", None, None, observed,
                        sensor_id=sensor_id, text=text, truth=truth, **kw)

    def signal(self, state, sensor_id, observed, text, truth, **kw):
        return self.add("signal", state, "Unknown", None, None, observed,
                        sensor_id=sensor_id, text=text, truth=truth, **kw)

    def parking(self, sensor_id, observed, text, truth, **kw):
        return self.add("parking", "full", "Unknown", None, None, observed,
                        sensor_id=sensor_id, text=text, truth=truth, **kw)

    def cctv(self, event, sensor_id, observed, conf, text, truth, at=None, **kw):
        lon, lat = at if at else (None, None)
        return self.add("cctv", event, "Unknown", lon, lat, observed, sensor_id=sensor_id,
                        text=text, truth=truth, confidence=conf, **kw)

    def police(self, category, severity, at, observed, text, truth, **kw):
        return self.add("incident", category, severity, at[0], at[1], observed,
                        text=text, truth=truth, **kw)

    def c1999(self, category, at, observed, text, truth, **kw):
        return self.add("1999", category, "Unknown", at[0], at[1], observed,
                        text=text, truth=truth, **kw)

    def f119(self, category, at, observed, text, truth, **kw):
        return self.add("119", category, "Unknown", at[0], at[1], observed,
                        text=text, truth=truth, **kw)

    def permit(self, category, at, start, ends, arrival, text, truth, **kw):
        return self.add("planned_event", category, "Unknown", at[0], at[1], start,
                        arrival=arrival, text=text, truth=truth, ends=ends, **kw)

    def dup(self, item, arrival):
        d = dict(item)
        d["arrival"] = iso(self._time(arrival))
        self._seq += 1
        d["_seq"] = self._seq
        self.items.append(d)
        return d

    def incident(self, label, typ, description, sufficient_evidence_key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sufficient_evidence_key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # --- output --------------------------------------------------------
    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["_seq"]))
        base = "%d_%s" % (self.number, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as fh:
            for it in items:
                d = {k: v for k, v in it.items() if k != "_seq"}
                fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": base, "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return base, len(items)
