"""Helpers shared by gen_a.py and gen_b.py (situations 851-862).

Positions: sensor items take the registered position of sensors.geojson; police,
119 and 1999 items take an address (a crossing of two road lines, a point on a road
line, a building = its fire panel or car park position) or a caller scattered around
what they report. Times are written in Taiwan local time (UTC+8) and stored in UTC.
Everything random goes through the situation's own seeded Random, so the output is
stable.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT_DIR = os.path.abspath(os.path.join(HERE, ".."))
TW = timezone(timedelta(hours=8))
NOALT = object()  # truth_alt absent


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    _lon, _lat = _f["geometry"]["coordinates"]
    SENSORS[_p["sensor_id"]] = {
        "kind": _p["kind"], "agency": _p["agency"], "lon": _lon, "lat": _lat,
        "name": _p["name"], "metadata": _p.get("metadata") or {},
    }

ROADS = {}
for _f in _load("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = [tuple(c) for c in _f["geometry"]["coordinates"]]

# ---------------------------------------------------------------- geometry
R_LAT = 110_574.0


def _mx(lat):
    return 111_320.0 * math.cos(math.radians(lat))


def dist_m(a, b):
    lat0 = (a[1] + b[1]) / 2
    return math.hypot((a[0] - b[0]) * _mx(lat0), (a[1] - b[1]) * R_LAT)


def offset(pt, dist, bearing_deg):
    """Point `dist` metres from pt towards bearing (0 = north, 90 = east)."""
    lon, lat = pt
    b = math.radians(bearing_deg)
    return (round(lon + dist * math.sin(b) / _mx(lat), 6), round(lat + dist * math.cos(b) / R_LAT, 6))


def _seg_inter(p1, p2, p3, p4):
    x1, y1 = p1; x2, y2 = p2; x3, y3 = p3; x4, y4 = p4
    d = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(d) < 1e-15:
        return None
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / d
    u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / d
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
    return None


def junction(a, b):
    """Where road lines a and b cross (or the middle of their closest vertices)."""
    la, lb = ROADS[a], ROADS[b]
    for i in range(len(la) - 1):
        for j in range(len(lb) - 1):
            p = _seg_inter(la[i], la[i + 1], lb[j], lb[j + 1])
            if p:
                return (round(p[0], 6), round(p[1], 6))
    best = min(((dist_m(p, q), p, q) for p in la for q in lb), key=lambda x: x[0])
    _, p, q = best
    return (round((p[0] + q[0]) / 2, 6), round((p[1] + q[1]) / 2, 6))


def on_road(road, lat=None, lon=None):
    """The point of a road line at a given latitude (or longitude)."""
    line = ROADS[road]
    for (x1, y1), (x2, y2) in zip(line, line[1:]):
        if lat is not None and min(y1, y2) <= lat <= max(y1, y2) and y1 != y2:
            t = (lat - y1) / (y2 - y1)
            return (round(x1 + t * (x2 - x1), 6), round(lat, 6))
        if lon is not None and min(x1, x2) <= lon <= max(x1, x2) and x1 != x2:
            t = (lon - x1) / (x2 - x1)
            return (round(lon, 6), round(y1 + t * (y2 - y1), 6))
    raise ValueError(f"{road}: no point at lat={lat} lon={lon}")


def S(sid):
    """Registered position of a sensor."""
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


# Buildings: their fire panel's or car park's registered position (as the gazetteer).
PLACE = {
    "hub": S("SN-FA-001"), "conv_a": S("SN-FA-002"), "conv_b": S("SN-FA-003"),
    "museumbrary": S("SN-FA-004"), "tower": S("SN-FA-005"), "popmusic": S("SN-FA-006"),
    "park_carpark": S("SN-FA-007"), "reclamation": S("SN-FA-008"), "fcu": S("SN-FA-009"),
    "cmu": S("SN-FA-010"), "block_a": S("SN-FA-011"), "block_b": S("SN-FA-012"),
    "henan_carpark": S("SN-PK-003"), "jm6_carpark": S("SN-PK-002"),
}


# ---------------------------------------------------------------- situation
PREFIX = {"rule": "RULE", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "incident": "POL",
          "cctv": "CCTV", "1999": "1999", "status": "ST", "119": "119", "planned_event": "PE"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
               "arrival", "sensor_id", "text", "confidence", "level", "follows", "ends", "truth",
               "truth_alt"]


def iso(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def flood_band(cm):
    if cm <= 15:
        return "1-15", "Minor"
    if cm <= 30:
        return "16-30", "Moderate"
    return ">30", "Severe"


WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Sit:
    def __init__(self, num, slug, date, description):
        self.num = num
        self.slug = slug
        self.stem = f"{num}_{slug}"
        self.date = datetime.strptime(date, "%Y-%m-%d")
        self.description = description
        self.rng = random.Random(num * 7919 + 17)
        self.items = []
        self.counter = {}
        self.incidents = []
        self.alt = None
        self.notes = None

    # ---- time: "HH:MM[:SS]" local on the situation's date; "+1 HH:MM" next day; "-1 ..." day before
    def T(self, s):
        if isinstance(s, datetime):
            return s
        day = 0
        if s[0] in "+-" and " " in s:
            d, s = s.split(" ", 1)
            day = int(d)
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        local = self.date.replace(hour=parts[0], minute=parts[1], second=parts[2]) + timedelta(days=day)
        return local.replace(tzinfo=TW)

    def _arr(self, obs, arr, lo, hi):
        if arr is None:
            return obs + timedelta(seconds=self.rng.randint(lo, hi))
        if isinstance(arr, (int, float)):
            return obs + timedelta(seconds=arr)
        return self.T(arr)

    def scatter(self, pt, rmin, rmax):
        d = self.rng.uniform(rmin, rmax)
        b = self.rng.uniform(0, 360)
        return offset(pt, d, b)

    def _key(self, feed):
        p = PREFIX[feed]
        self.counter[p] = self.counter.get(p, 0) + 1
        return f"{self.num}-{p}-{self.counter[p]:03d}"

    def add(self, feed, category, severity, pt, obs, arr, text, truth, alt=NOALT, kind="event",
            agency=None, sensor_id=None, confidence=None, level=None, follows=None, ends=None):
        it = {"key": self._key(feed), "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity,
              "lon": round(pt[0], 6) if sensor_id is None else pt[0],
              "lat": round(pt[1], 6) if sensor_id is None else pt[1],
              "observed": iso(obs), "arrival": iso(arr)}
        if sensor_id is not None:
            it["sensor_id"] = sensor_id
        it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows["key"] if isinstance(follows, dict) else follows
        if ends is not None:
            it["ends"] = iso(ends)
        it["truth"] = truth
        if alt is not NOALT:
            it["truth_alt"] = alt
        it["_arr"] = arr
        it["_seq"] = len(self.items)
        self.items.append(it)
        return it

    def dup(self, item, arr):
        """The same message delivered again (identical but for `arrival`)."""
        it = dict(item)
        a = self.T(arr) if isinstance(arr, str) else datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) + timedelta(seconds=arr)
        it["arrival"] = iso(a)
        it["_arr"] = a
        it["_seq"] = len(self.items)
        self.items.append(it)
        return it

    # ---- sensor items (registered position, agency of the sensor)
    def _sensor(self, feed, sid, category, severity, obs, arr, text, truth, lo, hi, kind="event", **kw):
        s = SENSORS[sid]
        o = self.T(obs)
        a = self._arr(o, arr, lo, hi)
        agency = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}.get(feed, s["agency"])
        return self.add(feed, category, severity, (s["lon"], s["lat"]), o, a, text, truth, kind=kind,
                        agency=agency, sensor_id=sid, **kw)

    def flood(self, sid, obs, cm, truth, arr=None, alt=NOALT):
        band, sev = flood_band(cm)
        name = SENSORS[sid]["name"]
        return self._sensor("rule", sid, "flood_depth", sev, obs, arr,
                            f"{name} 淹水深度 {cm} cm（{band} cm）", truth, 15, 50, kind="alert",
                            level=band, alt=alt)

    def wlevel(self, sid, obs, metres, truth, arr=None, alt=NOALT):
        lv = SENSORS[sid]["metadata"]["alert_levels_m"]
        level = "1" if metres >= lv["1"] else "2" if metres >= lv["2"] else "3"
        name = SENSORS[sid]["name"]
        zh = {"1": "一級", "2": "二級", "3": "三級"}[level]
        return self._sensor("rule", sid, "water_level", WL_SEV[level], obs, arr,
                            f"{name} {metres:.2f} m，達{zh}警戒（{lv[level]} m）", truth, 15, 50,
                            kind="alert", level=level, alt=alt)

    def rain(self, sid, obs, cls, text, truth, arr=None, alt=NOALT):
        return self._sensor("rule", sid, "heavy_rain", RAIN_SEV[cls], obs, arr, text, truth, 20, 60,
                            kind="alert", level=cls, alt=alt)

    def cong(self, sid, obs, speed, occ, truth, arr=None, alt=NOALT):
        sev = "Severe" if speed < 12 else "Moderate" if speed < 25 else "Minor"
        name = SENSORS[sid]["name"]
        return self._sensor("rule", sid, "congestion", sev, obs, arr,
                            f"{name} 平均車速 {speed} km/h，佔有率 {occ}%", truth, 20, 70,
                            kind="alert", alt=alt)

    def clear(self, sid, obs, text, truth, arr=None, alt=NOALT):
        return self._sensor("rule", sid, "cleared", "Minor", obs, arr, text, truth, 15, 60,
                            kind="alert", alt=alt)

    def offline_alert(self, sid, obs, text, truth, arr=None, alt=NOALT):
        return self._sensor("rule", sid, "sensor_offline", "Moderate", obs, arr, text, truth, 5, 40,
                            kind="alert", alt=alt)

    def status(self, sid, state, obs, text, truth, arr=None, alt=NOALT):
        return self._sensor("status", sid, state, "Unknown", obs, arr, text, truth, 1, 6, alt=alt)

    def panel(self, sid, state, obs, text, truth, arr=None, alt=NOALT):
        return self._sensor("fire_alarm", sid, state, "Unknown", obs, arr, text, truth, 2, 12, alt=alt)

    def signal(self, sid, state, obs, text, truth, arr=None, alt=NOALT):
        return self._sensor("signal", sid, state, "Unknown", obs, arr, text, truth, 2, 15, alt=alt)

    def parking(self, sid, obs, text, truth, arr=None, alt=NOALT):
        return self._sensor("parking", sid, "full", "Unknown", obs, arr, text, truth, 30, 120, alt=alt)

    def cctv(self, sid, event, obs, conf, text, truth, arr=None, at=None, alt=NOALT):
        it = self._sensor("cctv", sid, event, "Unknown", obs, arr, text, truth, 3, 20,
                          confidence=conf, alt=alt)
        if at is not None:  # the camera reports where it saw it
            it["lon"], it["lat"] = round(at[0], 6), round(at[1], 6)
        return it

    # ---- agency reports (address they name)
    def police(self, cat, sev, pt, obs, arr, text, truth, follows=None, alt=NOALT):
        o = self.T(obs)
        return self.add("incident", cat, sev, pt, o, self._arr(o, arr, 300, 1500), text, truth,
                        agency="police", follows=follows, alt=alt)

    def c1999(self, cat, pt, obs, arr, text, truth, follows=None, alt=NOALT):
        o = self.T(obs)
        return self.add("1999", cat, "Unknown", pt, o, self._arr(o, arr, 60, 300), text, truth,
                        agency="citizen", follows=follows, alt=alt)

    def f119(self, cat, pt, obs, arr, text, truth, follows=None, alt=NOALT):
        o = self.T(obs)
        return self.add("119", cat, "Unknown", pt, o, self._arr(o, arr, 40, 180), text, truth,
                        agency="fire", follows=follows, alt=alt)

    def permit(self, cat, pt, start, end, arr, text, truth, follows=None, alt=NOALT):
        o = self.T(start)
        return self.add("planned_event", cat, "Unknown", pt, o, self.T(arr), text, truth,
                        agency="police", follows=follows, ends=self.T(end), alt=alt)

    # ---- truth
    def incident(self, label, typ, description, sek):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sek["key"] if isinstance(sek, dict) else sek})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d,
             "sufficient_evidence_key": k["key"] if isinstance(k, dict) else k}
            for (l, t, d, k) in incidents]}

    def same(self, label):
        """An incident of the main reading, unchanged, for the alternative list."""
        for i in self.incidents:
            if i["label"] == label:
                return (i["label"], i["type"], i["description"], i["sufficient_evidence_key"])
        raise KeyError(label)

    def write(self):
        items = sorted(self.items, key=lambda it: (it["arrival"], it["_seq"]))
        path = os.path.join(OUT_DIR, self.stem + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                row = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": self.stem, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT_DIR, self.stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return path, len(items)
