"""Shared helpers for situations 1951-1962 (seeded, deterministic)."""
import datetime as dt
import json
import math
import os
import random

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
FIRST, LAST = 1951, 1962

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as _f:
    SENSORS = {}
    for _ft in json.load(_f)["features"]:
        _p = _ft["properties"]
        SENSORS[_p["sensor_id"]] = {
            "kind": _p["kind"], "agency": _p["agency"], "name": _p["name"],
            "lon": _ft["geometry"]["coordinates"][0], "lat": _ft["geometry"]["coordinates"][1],
            "gateway": (_p.get("metadata") or {}).get("gateway"),
        }

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "reason", "status",
               "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth",
               "truth_alt"]
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
NO_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
               "planned_event"}
DEFAULT_DELAY = {"rule": (25, 70), "fire_alarm": (2, 8), "signal": (4, 20),
                 "parking": (30, 90), "cctv": (5, 30), "incident": (90, 420),
                 "1999": (60, 260), "119": (8, 50), "status": (3, 25),
                 "planned_event": (-86400 * 3, -86400)}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
_MISSING = object()
PLACES = {  # named spots (intersection positions are the registered signals')
    "環中中科": SENSORS["SN-SIG-003"], "中清環中": SENSORS["SN-SIG-008"],
    "台74環中": SENSORS["SN-SIG-001"], "凱旋環中": SENSORS["SN-SIG-002"],
    "黎明凱旋": SENSORS["SN-SIG-007"], "經貿黎明": SENSORS["SN-SIG-005"],
    "經貿經貿七": SENSORS["SN-SIG-006"], "經貿環中": SENSORS["SN-SIG-004"],
    "河南中平": SENSORS["SN-SIG-010"], "經貿中平": SENSORS["SN-SIG-011"],
    "生態A": SENSORS["SN-FA-011"], "生態B": SENSORS["SN-FA-012"],
    "轉運中心": SENSORS["SN-FA-001"], "會展A": SENSORS["SN-FA-002"],
    "會展B": SENSORS["SN-FA-003"], "綠美圖": SENSORS["SN-FA-004"],
    "營運塔": SENSORS["SN-FA-005"], "影音中心": SENSORS["SN-FA-006"],
    "河南停車場": SENSORS["SN-PK-003"], "逢甲水湳": SENSORS["SN-FA-009"],
    "中醫水湳": SENSORS["SN-FA-010"],
}


def pt(place):
    p = PLACES[place] if isinstance(place, str) else place
    if isinstance(p, dict):
        return (p["lon"], p["lat"])
    return tuple(p)


def offset(pos, east_m, north_m):
    lon, lat = pt(pos)
    return (lon + east_m / (111320.0 * math.cos(math.radians(lat))), lat + north_m / 110574.0)


def along(a, b, frac):
    a, b = pt(a), pt(b)
    return (a[0] + (b[0] - a[0]) * frac, a[1] + (b[1] - a[1]) * frac)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, t0, seed, description):
        self.num, self.name, self.description = num, name, description
        self.t0 = dt.datetime.strptime(t0, "%Y-%m-%dT%H:%M:%SZ")
        self.rng = random.Random(seed)
        self.items, self.incidents, self.alt = [], [], None
        self.notes = []
        self.seq = 0

    def scatter(self, pos, r_min, r_max):
        ang = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(r_min, r_max)
        return offset(pos, r * math.cos(ang), r * math.sin(ang))

    def add(self, feed, category, at, truth, text, pos=None, sensor_id=None, severity=None,
            delay=None, skew=0, key=None, alt=_MISSING, scatter=None, **extra):
        """at: minutes after t0 when it happened; delay: seconds to the center;
        skew: seconds the source's clock is off (observed only)."""
        self.seq += 1
        if key is None:
            key = "%d-%s-%03d" % (self.num, feed.replace("_", ""), self.seq)
        true_t = self.t0 + dt.timedelta(seconds=round(at * 60))
        if delay is None:
            lo, hi = DEFAULT_DELAY[feed]
            delay = self.rng.randint(lo, hi)
        it = {"key": key, "feed": feed, "category": category, "text": text, "truth": truth}
        it["kind"] = "alert" if feed == "rule" else "event"
        if feed in SENSOR_FEEDS:
            s = SENSORS[sensor_id]
            it["sensor_id"] = sensor_id
            it["agency"] = s["agency"]
            it["lon"], it["lat"] = s["lon"], s["lat"]
        else:
            it["agency"] = FEED_AGENCY[feed]
            p = pt(pos)
            if scatter:
                p = self.scatter(p, *scatter)
            it["lon"], it["lat"] = round(p[0], 6), round(p[1], 6)
        if severity is None:
            if feed == "rule":
                lvl = extra.get("level")
                severity = (FLOOD_SEV.get(lvl) if category == "flood_depth" else
                            WL_SEV.get(lvl) if category == "water_level" else
                            RAIN_SEV.get(lvl) if category == "heavy_rain" else None) or "Minor"
            else:
                severity = "Unknown"
        it["severity"] = severity
        it["observed"] = iso(true_t + dt.timedelta(seconds=skew))
        it["arrival"] = iso(true_t + dt.timedelta(seconds=delay))
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        t = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ")
        d["arrival"] = iso(t + dt.timedelta(seconds=extra_s))
        self.items.append(d)

    def inc(self, label, typ, description, sufficient):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sufficient})

    def set_alt(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def note(self, text):
        self.notes.append(text)

    def write(self):
        items = sorted(enumerate(self.items), key=lambda e: (e[1]["arrival"], e[0]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for _, it in items:
                o = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name),
                 "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


def inc(label, typ, description, sufficient):
    return {"label": label, "type": typ, "description": description,
            "sufficient_evidence_key": sufficient}


def case119(s, cid, category, pos, truth, steps, scatter=None, alt=_MISSING):
    """steps: (at_min, status, text[, extra dict]); the first is the dispatch (status None).
    Updates follow the dispatch's key.  Returns the dispatch key."""
    base = "%d-119-%s" % (s.num, cid)
    p = pt(pos)
    if scatter:
        p = s.scatter(p, *scatter)
    for n, st in enumerate(steps):
        at, status, text = st[0], st[1], st[2]
        extra = dict(st[3]) if len(st) > 3 else {}
        a = extra.pop("alt", alt)
        tr = extra.pop("truth", truth)
        kw = {}
        if a is not _MISSING:
            kw["alt"] = a
        if n == 0:
            s.add("119", category, at, tr, text, pos=p, key=base, **kw, **extra)
        else:
            s.add("119", category, at, tr, text, pos=p, key="%s-%s%s" % (base, status, n),
                  status=status, follows=base, **kw, **extra)
    return base
