"""Helpers for the labelled situations 1431-1442 (standard library only).

A situation is written as a script of items in *local* time (UTC+8); the helpers
turn it into the item lines of FORMAT.md (times in UTC), draw the delivery delays
from a seeded generator, place sensor items at their registered positions and
human reports at the places they name, and write the jsonl and truth files.
"""
import datetime as dt
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TZ = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc


# ---------------------------------------------------------------- geography
def _load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {
            "lon": lon, "lat": lat, "agency": p["agency"], "kind": p["kind"],
            "name": p.get("name", ""), "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return out


def _load_places():
    """The gazetteer's places (id -> (lon, lat)), read without a YAML library."""
    places = {}
    cur = None
    with open(os.path.join(GEO, "gazetteer.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*-\s*id:\s*(\S+)", line)
            if m:
                cur = m.group(1)
                continue
            m = re.match(r"\s*at:\s*\[\s*([0-9.]+)\s*,\s*([0-9.]+)\s*\]", line)
            if m and cur:
                places[cur] = (float(m.group(1)), float(m.group(2)))
    return places


def _load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["road_id"]: [tuple(c) for c in ft["geometry"]["coordinates"]]
            for ft in data["features"]}


SENSORS = _load_sensors()
PLACES = _load_places()
ROADS = _load_roads()

_M_LAT = 110_950.0                                   # metres per degree of latitude here
_M_LON = 111_320.0 * math.cos(math.radians(24.185))  # metres per degree of longitude here


def off(pt, east_m=0.0, north_m=0.0):
    """A point east_m metres east and north_m metres north of pt."""
    return (pt[0] + east_m / _M_LON, pt[1] + north_m / _M_LAT)


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * _M_LON, (a[1] - b[1]) * _M_LAT)


def _seg_x(p1, p2, p3, p4):
    d = (p2[0] - p1[0]) * (p4[1] - p3[1]) - (p2[1] - p1[1]) * (p4[0] - p3[0])
    if abs(d) < 1e-15:
        return None
    t = ((p3[0] - p1[0]) * (p4[1] - p3[1]) - (p3[1] - p1[1]) * (p4[0] - p3[0])) / d
    u = ((p3[0] - p1[0]) * (p2[1] - p1[1]) - (p3[1] - p1[1]) * (p2[0] - p1[0])) / d
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1]))
    return None


def junction(a, b):
    """Where roads a and b cross (or the middle of their closest approach)."""
    ra, rb = ROADS[a], ROADS[b]
    for i in range(len(ra) - 1):
        for j in range(len(rb) - 1):
            x = _seg_x(ra[i], ra[i + 1], rb[j], rb[j + 1])
            if x:
                return x
    best = None
    for pa in ra:
        for pb in rb:
            d = dist_m(pa, pb)
            if best is None or d < best[0]:
                best = (d, ((pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2))
    return best[1]


def along(road, frac):
    """The point at fraction frac (0..1) of road's length, from its first vertex."""
    pts = ROADS[road]
    lens = [dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    goal = frac * sum(lens)
    for i, ln in enumerate(lens):
        if goal <= ln or i == len(lens) - 1:
            t = min(1.0, goal / ln) if ln else 0.0
            return (pts[i][0] + t * (pts[i + 1][0] - pts[i][0]),
                    pts[i][1] + t * (pts[i + 1][1] - pts[i][1]))
        goal -= ln
    return pts[-1]


def P(name):
    """A gazetteer place, a sensor's position, or a junction 'roadA+roadB'."""
    if name in PLACES:
        return PLACES[name]
    if name in SENSORS:
        return (SENSORS[name]["lon"], SENSORS[name]["lat"])
    if "+" in name:
        a, b = name.split("+")
        return junction(a, b)
    raise KeyError(name)


# ---------------------------------------------------------------- vocabulary
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared",
             "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report",
                 "fallen_object", "traffic_signal_fault", "public_disturbance", "fire_report",
                 "hazmat_report", "road_collapse", "medical", "evacuation", "missing_person",
                 "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree",
             "streetlight", "noise", "illegal_parking", "crowding", "blocked_drain", "other",
             "gas_odor", "water_outage", "power_outage", "missing_person", "fallen_object",
             "rescue", "traffic_signal", "evacuation", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market",
                      "festival"},
}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES_119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT_STATUSES = {"approved", "amended", "cancelled"}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure",
                  "hazmat"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

# delivery delays in seconds (low, mode, high) per feed
DELAYS = {
    "1999": (60, 150, 420),
    "incident": (120, 360, 1200),
    "119": (15, 40, 150),
    "rule": (15, 40, 100),
    "fire_alarm": (2, 6, 25),
    "signal": (3, 10, 40),
    "parking": (20, 60, 150),
    "status": (2, 15, 70),
    "cctv": (4, 12, 45),
}


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def compact(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


class Situation:
    """One labelled situation, written in local time."""

    def __init__(self, num, name, date, description, seed=None):
        self.num = num
        self.name = name
        self.day0 = dt.date.fromisoformat(date)
        self.description = description
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.readme = ""
        self._seq = 0
        self._case = {}
        self.rollover = None            # set to an hour for situations that run past midnight
        roc = self.day0.year - 1911
        self._c1999 = 4000 + self.rng.randrange(2000)
        self._cpol = 100 + self.rng.randrange(300)
        self._c119 = 300 + self.rng.randrange(400)
        self._cperm = 10 + self.rng.randrange(80)
        self._roc = roc

    # ------------------------------------------------------------ time
    def T(self, s):
        """'HH:MM[:SS]' on day 0, or '+N HH:MM[:SS]' / '-N HH:MM' on day N, local time."""
        s = s.strip()
        day = 0
        m = re.match(r"([+-]\d+)\s+(.*)", s)
        if m:
            day = int(m.group(1))
            s = m.group(2)
        parts = [int(x) for x in s.split(":")]
        if not m and self.rollover is not None and parts[0] < self.rollover:
            day = 1                     # a night situation: small hours belong to the next day
        while len(parts) < 3:
            parts.append(0)
        d = self.day0 + dt.timedelta(days=day)
        return dt.datetime(d.year, d.month, d.day, parts[0], parts[1], parts[2], tzinfo=TZ)

    def _delay(self, feed, delay):
        if delay is not None:          # minutes, given
            return dt.timedelta(seconds=round(delay * 60))
        lo, mode, hi = DELAYS[feed]
        return dt.timedelta(seconds=round(self.rng.triangular(lo, hi, mode)))

    def _jitter(self, pt, m):
        if not m:
            return pt
        return off(pt, self.rng.uniform(-m, m), self.rng.uniform(-m, m))

    def _add(self, item, observed, arrival, truth, alt):
        item["observed"] = iso(observed)
        item["arrival"] = iso(arrival)
        item["truth"] = truth
        if alt is not False:
            item["truth_alt"] = alt
        self._seq += 1
        item["_seq"] = self._seq
        item["_arr"] = arrival
        self.items.append(item)
        return item["key"]

    def _base(self, key, kind, feed, agency, category, severity, pt):
        return {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
                "severity": severity, "lon": round(pt[0], 6), "lat": round(pt[1], 6)}

    # ------------------------------------------------------------ sensor feeds
    def _sensor(self, sid):
        s = SENSORS[sid]
        return s, (s["lon"], s["lat"])

    def rule(self, sid, at, category, text, truth=None, alt=False, level=None, severity=None,
             delay=None, skew=0):
        s, pt = self._sensor(sid)
        if severity is None:
            if category == "flood_depth":
                severity = FLOOD_SEV[level]
            elif category == "water_level":
                severity = WL_SEV[level]
            elif category == "heavy_rain":
                severity = RAIN_SEV[level]
            elif category == "congestion":
                severity = "Moderate"
            else:
                severity = "Minor"
        t = self.T(at)
        key = "alert:%s:%s:%s" % (sid, category, compact(t))
        it = self._base(key, "alert", "rule", s["agency"], category, severity, pt)
        it["sensor_id"] = sid
        it["text"] = text
        if level is not None:
            it["level"] = level
        return self._add(it, t + dt.timedelta(minutes=skew), t + self._delay("rule", delay), truth, alt)

    def _event(self, feed, sid, at, category, text, truth, alt, delay, skew, extra=None):
        s, pt = self._sensor(sid)
        t = self.T(at)
        key = "%s:%s:%s:%s" % (feed, sid, category, compact(t))
        it = self._base(key, "event", feed, s["agency"], category, "Unknown", pt)
        it["sensor_id"] = sid
        it["text"] = text
        if extra:
            it.update(extra)
        return self._add(it, t + dt.timedelta(minutes=skew), t + self._delay(feed, delay), truth, alt)

    def panel(self, sid, at, state, text, truth=None, alt=False, delay=None, skew=0):
        return self._event("fire_alarm", sid, at, state, text, truth, alt, delay, skew)

    def signal(self, sid, at, state, text, truth=None, alt=False, delay=None, skew=0):
        return self._event("signal", sid, at, state, text, truth, alt, delay, skew)

    def parking(self, sid, at, state, text, truth=None, alt=False, delay=None, skew=0):
        return self._event("parking", sid, at, state, text, truth, alt, delay, skew)

    def status(self, sid, at, state, text, truth=None, alt=False, reason=None, delay=None, skew=0):
        extra = {"reason": reason} if reason else None
        return self._event("status", sid, at, state, text, truth, alt, delay, skew, extra)

    def cctv(self, sid, at, category, conf, text, truth=None, alt=False, delay=None, skew=0):
        return self._event("cctv", sid, at, category, text, truth, alt, delay, skew,
                           {"confidence": conf})

    # ------------------------------------------------------------ reports
    def c1999(self, at, category, where, text, truth=None, alt=False, delay=None, jitter=15,
              follows=None, update_of=None):
        """A 1999 case (or, with update_of, an update of one: key case#uN, follows the case)."""
        t = self.T(at)
        if update_of:
            n = self._case.get(update_of, 0) + 1
            self._case[update_of] = n
            key = "%s#u%d" % (update_of, n)
            follows = follows or update_of
        else:
            self._c1999 += self.rng.randrange(3, 40)
            key = "TC1999-%03d%02d%02d-%06d" % (self._roc, t.month, t.day, self._c1999)
        pt = self._jitter(P(where) if isinstance(where, str) else where, jitter)
        it = self._base(key, "event", "1999", "citizen", category, "Unknown", pt)
        it["text"] = text
        if follows:
            it["follows"] = follows
        return self._add(it, t, t + self._delay("1999", delay), truth, alt)

    def police(self, at, category, severity, where, text, truth=None, alt=False, delay=None,
               jitter=10, follows=None):
        t = self.T(at)
        self._cpol += self.rng.randrange(1, 9)
        key = "TCPD-%s-%04d" % (t.strftime("%Y%m%d"), self._cpol)
        pt = self._jitter(P(where) if isinstance(where, str) else where, jitter)
        it = self._base(key, "event", "incident", "police", category, severity, pt)
        it["text"] = text
        if follows:
            it["follows"] = follows
        return self._add(it, t, t + self._delay("incident", delay), truth, alt)

    def f119(self, at, category, where, text, truth=None, alt=False, status=None, case=None,
             delay=None, jitter=8):
        """A 119 dispatch; with case= an update of that case (key case/status, follows case)."""
        t = self.T(at)
        if case:
            key = "%s/%s" % (case, status)
            follows = case
            src = [i for i in self.items if i["key"] == case][0]
            pt = (src["lon"], src["lat"])
            category = category or src["category"]
        else:
            self._c119 += self.rng.randrange(1, 12)
            key = "TCFD-%s%04d" % (t.strftime("%Y%m%d"), self._c119)
            follows = None
            pt = self._jitter(P(where) if isinstance(where, str) else where, jitter)
        it = self._base(key, "event", "119", "fire", category, "Unknown", pt)
        it["text"] = text
        if status and status != "dispatched":
            it["status"] = status
        if follows:
            it["follows"] = follows
        return self._add(it, t, t + self._delay("119", delay), truth, alt)

    def permit(self, issued, category, start, end, where, text, truth=None, alt=False,
               radius=None, status=None, follows=None, arrival_delay=5):
        """A permit version: observed = start, ends = end, arrival = issued + a few minutes."""
        ti = self.T(issued)
        if follows:
            key = "%s@%s-%s" % (follows, status, compact(ti))
        else:
            self._cperm += self.rng.randrange(1, 20)
            key = "PERMIT-%s-%04d" % (ti.strftime("%Y"), self._cperm)
        pt = P(where) if isinstance(where, str) else where
        it = self._base(key, "event", "planned_event", "police", category, "Unknown", pt)
        it["text"] = text
        it["ends"] = iso(self.T(end))
        if radius:
            it["radius_m"] = radius
        if status and status != "approved":
            it["permit_status"] = status
        if follows:
            it["follows"] = follows
        return self._add(it, self.T(start), ti + dt.timedelta(minutes=arrival_delay), truth, alt)

    # ------------------------------------------------------------ delivery quirks
    def dup(self, key, after_min=None):
        """A duplicated delivery of key: every field the same, a later arrival."""
        src = [i for i in self.items if i["key"] == key][0]
        it = dict(src)
        extra = after_min if after_min is not None else self.rng.uniform(0.2, 3.0)
        arr = src["_arr"] + dt.timedelta(seconds=round(extra * 60))
        it["arrival"] = iso(arr)
        self._seq += 1
        it["_seq"] = self._seq
        it["_arr"] = arr
        self.items.append(it)
        return key

    # ------------------------------------------------------------ truth
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, description, sufficient_key): the complete list."""
        self.alt = {"why": why, "incidents": [
            {"label": a, "type": b, "description": c, "sufficient_evidence_key": d}
            for a, b, c, d in incidents]}

    def same_alt(self, *labels):
        """Alt incidents that repeat main incidents unchanged."""
        out = []
        for inc in self.incidents:
            if inc["label"] in labels:
                out.append((inc["label"], inc["type"], inc["description"],
                            inc["sufficient_evidence_key"]))
        return out

    # ------------------------------------------------------------ output
    FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
                   "observed", "arrival", "sensor_id", "text", "confidence", "reason", "status",
                   "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth",
                   "truth_alt"]

    def lines(self):
        items = sorted(self.items, key=lambda i: (i["_arr"], i["_seq"]))
        out = []
        for i in items:
            d = {k: i[k] for k in self.FIELD_ORDER if k in i}
            out.append(d)
        return out

    def truth(self):
        d = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
             "incidents": self.incidents}
        if self.alt:
            d["alternative_reading"] = self.alt
        if self.notes:
            d["notes"] = self.notes
        return d

    def write(self, out=OUT):
        base = os.path.join(out, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for d in self.lines():
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(self.truth(), f, ensure_ascii=False, indent=2)
            f.write("\n")
        return base
