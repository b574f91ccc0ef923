"""Helpers for the 831-842 situations: geometry of the Shuinan zone, a
situation builder that writes the item lines (arrival order) and the truth file.

Everything is deterministic: each situation seeds its own random.Random.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))

TZ_TW = timezone(timedelta(hours=8))

# ---------------------------------------------------------------- geo


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
        "kind": _p["kind"],
        "agency": _p["agency"],
        "name": _p["name"],
        "metadata": _p.get("metadata") or {},
    }

ROADS = {}
for _f in _load("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = [tuple(c) for c in _f["geometry"]["coordinates"]]

LAT0 = 24.185
LON0 = 120.655
M_LAT = 110760.8  # metres per degree of latitude at 24.2 N
M_LON = 101605.0  # metres per degree of longitude at 24.2 N


def to_xy(p):
    return ((p[0] - LON0) * M_LON, (p[1] - LAT0) * M_LAT)


def to_ll(x, y):
    return (round(LON0 + x / M_LON, 6), round(LAT0 + y / M_LAT, 6))


def dist(p, q):
    (x1, y1), (x2, y2) = to_xy(p), to_xy(q)
    return math.hypot(x2 - x1, y2 - y1)


def offset(p, metres, bearing_deg):
    """Point `metres` from p on a compass bearing (0 = north, 90 = east)."""
    x, y = to_xy(p)
    b = math.radians(bearing_deg)
    return to_ll(x + metres * math.sin(b), y + metres * math.cos(b))


def toward(p, q, metres):
    """Point `metres` from p in the direction of q."""
    (x1, y1), (x2, y2) = to_xy(p), to_xy(q)
    d = math.hypot(x2 - x1, y2 - y1)
    return to_ll(x1 + (x2 - x1) * metres / d, y1 + (y2 - y1) * metres / d)


def _seg_inter(a, b, c, d):
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = a, b, c, d
    den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(den) < 1e-9:
        return None
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
    u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
    return None


def junction(r1, r2):
    """Where two road lines meet (or the middle of their closest approach)."""
    l1 = [to_xy(p) for p in ROADS[r1]]
    l2 = [to_xy(p) for p in ROADS[r2]]
    for i in range(len(l1) - 1):
        for j in range(len(l2) - 1):
            hit = _seg_inter(l1[i], l1[i + 1], l2[j], l2[j + 1])
            if hit:
                return to_ll(*hit)
    # closest approach between vertices and segments
    best = None
    for la, lb in ((l1, l2), (l2, l1)):
        for p in la:
            for j in range(len(lb) - 1):
                a, b = lb[j], lb[j + 1]
                vx, vy = b[0] - a[0], b[1] - a[1]
                t = max(0, min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / (vx * vx + vy * vy)))
                q = (a[0] + t * vx, a[1] + t * vy)
                d = math.hypot(p[0] - q[0], p[1] - q[1])
                if best is None or d < best[0]:
                    best = (d, ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2))
    if best[0] > 300:
        raise ValueError(f"{r1} and {r2} do not meet")
    return to_ll(*best[1])


def on_road(road, frm, metres):
    """Point `metres` along road line from the vertex nearest `frm` (a point on
    the road), positive = in the line's drawing direction."""
    line = [to_xy(p) for p in ROADS[road]]
    fx, fy = to_xy(frm)
    # project frm onto the line, get its chainage
    best = None
    ch = 0.0
    for i in range(len(line) - 1):
        a, b = line[i], line[i + 1]
        vx, vy = b[0] - a[0], b[1] - a[1]
        L = math.hypot(vx, vy)
        t = max(0, min(1, ((fx - a[0]) * vx + (fy - a[1]) * vy) / (L * L)))
        q = (a[0] + t * vx, a[1] + t * vy)
        d = math.hypot(fx - q[0], fy - q[1])
        if best is None or d < best[0]:
            best = (d, ch + t * L)
        ch += L
    target = best[1] + metres
    ch = 0.0
    for i in range(len(line) - 1):
        a, b = line[i], line[i + 1]
        L = math.hypot(b[0] - a[0], b[1] - a[1])
        if ch + L >= target or i == len(line) - 2:
            t = (target - ch) / L
            return to_ll(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        ch += L


def S(sensor_id):
    s = SENSORS[sensor_id]
    return (s["lon"], s["lat"])


# Buildings: the positions the registry gives them (fire panels, car parks).
BUILDING = {
    "hub": S("SN-FA-001"),
    "conv_a": S("SN-FA-002"),
    "conv_b": S("SN-FA-003"),
    "museumbrary": S("SN-FA-004"),
    "tower": S("SN-FA-005"),
    "popmusic": S("SN-FA-006"),
    "park_carpark": S("SN-FA-007"),
    "wrc": S("SN-FA-008"),
    "fcu": S("SN-FA-009"),
    "cmu": S("SN-FA-010"),
    "eco_a": S("SN-FA-011"),
    "eco_b": S("SN-FA-012"),
}

# ---------------------------------------------------------------- items

FEED_AGENCY = {
    "incident": "police",
    "planned_event": "police",
    "1999": "citizen",
    "119": "fire",
    "fire_alarm": "disaster",
    "signal": "traffic",
    "parking": "traffic",
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
KEY_TAG = {"rule": "al", "fire_alarm": "fa", "signal": "sg", "parking": "pk", "incident": "po",
           "cctv": "cv", "1999": "cz", "status": "st", "119": "fd", "planned_event": "pe"}
_MISSING = object()


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, short, date_local, title, description):
        self.num = num
        self.short = short
        self.stem = f"{num}_{short}"
        self.date = datetime.strptime(date_local, "%Y-%m-%d").replace(tzinfo=TZ_TW)
        self.title = title
        self.description = description
        self.rng = random.Random(num * 7919)
        self.items = []
        self.by_key = {}
        self.counter = {}
        self.incidents = []
        self.alt_incidents = {}
        self.alt_why = None
        self.notes = None

    # ---- time
    def t(self, hhmmss):
        """Local Taiwan time on the situation's date; hours may exceed 23."""
        parts = [int(x) for x in hhmmss.split(":")]
        while len(parts) < 3:
            parts.append(0)
        h, m, s = parts
        return self.date + timedelta(hours=h, minutes=m, seconds=s)

    def jitter(self, lo, hi):
        return self.rng.uniform(lo, hi)

    def scatter(self, p, lo, hi):
        return offset(p, self.rng.uniform(lo, hi), self.rng.uniform(0, 360))

    # ---- items
    def _key(self, feed):
        tag = KEY_TAG[feed]
        self.counter[tag] = self.counter.get(tag, 0) + 1
        return f"{self.num}-{tag}-{self.counter[tag]:03d}"

    def add(self, feed, category, when, *, lag, text, truth, pos=None, sensor=None,
            severity=None, alt=_MISSING, confidence=None, level=None, follows=None,
            ends=None, observed_shift=0, key=None):
        """when: local 'HH:MM[:SS]' the thing happened at the source (true time);
        lag: seconds until it reached the center (number or (lo, hi));
        observed_shift: seconds added to the source's stamp (a skewed clock)."""
        true_t = self.t(when) if isinstance(when, str) else when
        if isinstance(lag, tuple):
            lag = self.jitter(*lag)
        observed = true_t + timedelta(seconds=observed_shift)
        arrival = true_t + timedelta(seconds=round(lag))
        kind = "alert" if feed == "rule" else "event"
        if sensor is not None:
            s = SENSORS[sensor]
            agency = s["agency"]
            spos = (s["lon"], s["lat"])
            if pos is None or feed != "cctv":
                pos = spos
        else:
            agency = FEED_AGENCY[feed]
        if feed in UNKNOWN_SEV_FEEDS:
            severity = "Unknown"
        assert severity is not None, (self.num, feed, category)
        k = key or self._key(feed)
        it = {"key": k, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": iso(observed.replace(microsecond=0)),
              "arrival": iso(arrival.replace(microsecond=0))}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(self.t(ends) if isinstance(ends, str) else ends)
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_arr"] = arrival
        it["_seq"] = len(self.items)
        self.items.append(it)
        self.by_key[k] = it
        return k

    def dup(self, key, extra_lag_s):
        """A duplicated delivery: same item, later arrival."""
        src = self.by_key[key]
        it = dict(src)
        it["_arr"] = src["_arr"] + timedelta(seconds=extra_lag_s)
        it["arrival"] = iso(it["_arr"])
        it["_seq"] = len(self.items)
        self.items.append(it)
        return key

    # ---- common series
    def series(self, feed, category, sensor, times, *, lag, text, truth, severity=None,
               levels=None, alt=_MISSING, end_category=None, end_time=None, end_text=None,
               end_severity="Minor"):
        """A sensor condition repeating at each local time, then its end."""
        keys = []
        for i, w in enumerate(times):
            lv = levels[i] if levels else None
            sev = severity[i] if isinstance(severity, list) else severity
            tx = text[i] if isinstance(text, list) else text
            keys.append(self.add(feed, category, w, lag=lag, text=tx, truth=truth, sensor=sensor,
                                 severity=sev, level=lv, alt=alt))
        if end_category:
            keys.append(self.add(feed, end_category, end_time, lag=lag, text=end_text, truth=truth,
                                 sensor=sensor, severity=end_severity, alt=alt))
        return keys

    # ---- truth
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, changed=None):
        """changed: list of incident dicts (label, type, description,
        sufficient_evidence_key) that differ or exist only under the
        alternative reading."""
        self.alt_why = why
        for inc in changed or []:
            self.alt_incidents[inc["label"]] = inc

    # ---- output
    def ordered(self):
        return sorted(self.items, key=lambda it: (it["_arr"], it["_seq"]))

    def write(self):
        lines = []
        for it in self.ordered():
            clean = {k: v for k, v in it.items() if not k.startswith("_")}
            lines.append(json.dumps(clean, ensure_ascii=False))
        with open(os.path.join(OUT, self.stem + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        truth = {"situation": self.stem, "description": self.description,
                 "incidents": self.incidents}
        if self.alt_why:
            alt_labels = []
            for it in self.ordered():
                lab = it["truth_alt"] if "truth_alt" in it else it["truth"]
                if lab is not None and lab not in alt_labels:
                    alt_labels.append(lab)
            main = {i["label"]: i for i in self.incidents}
            alt_list = []
            for lab in [i["label"] for i in self.incidents] + list(self.alt_incidents):
                if lab in alt_labels and lab not in [a["label"] for a in alt_list]:
                    alt_list.append(self.alt_incidents.get(lab, main.get(lab)))
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": alt_list}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return self.stem, len(lines)


# Handy junctions of the road lines (ids from roads.geojson).
J = {
    "kaixuan_huanzhong": S("SN-SIG-002"),
    "zhongke_huanzhong": S("SN-SIG-003"),
    "jingmao_huanzhong": S("SN-SIG-004"),
    "jingmao_liming": S("SN-SIG-005"),
    "jingmao_7th": S("SN-SIG-006"),
    "liming_kaixuan": S("SN-SIG-007"),
    "zhongqing_huanzhong": S("SN-SIG-008"),
    "taiwan_huanzhong": S("SN-SIG-009"),
    "henan_zhongping": S("SN-SIG-010"),
    "jingmao_zhongping": S("SN-SIG-011"),
    "t74_huanzhong": S("SN-SIG-001"),
}
try:
    J["liming_zhongke"] = junction("liming", "zhongke")
except ValueError:
    pass
