"""Helpers for the labelled situations 1471-1482 (Python 3 standard library only).

A situation is written as a list of pieces of evidence, each with the time it happened
at its source (local time, UTC+8, as the coordinator lives it) and a delivery delay;
the helpers turn that into the item lines of FORMAT.md (UTC, in arrival order) and
the truth file.

The geography is read from SITUATION_GEO_DIR (default ../geo next to this folder).
"""
import datetime as dt
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GEO_DIR = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT_DIR = os.path.normpath(os.path.join(HERE, ".."))

LOCAL = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc


# ---------------------------------------------------------------- geography
def load_sensors(geo_dir=GEO_DIR):
    with open(os.path.join(geo_dir, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {
            "lon": lon,
            "lat": lat,
            "agency": p["agency"],
            "kind": p["kind"],
            "name": p.get("name", ""),
            "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return out


def load_places(geo_dir=GEO_DIR):
    """id -> (lon, lat) from gazetteer.yaml (read by hand: stdlib only)."""
    places = {}
    cur = None
    with open(os.path.join(geo_dir, "gazetteer.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*-\s+id:\s*(\S+)", line)
            if m:
                cur = m.group(1)
                continue
            m = re.match(r"\s*at:\s*\[\s*([-0-9.]+)\s*,\s*([-0-9.]+)\s*\]", line)
            if m and cur:
                places[cur] = (float(m.group(1)), float(m.group(2)))
    return places


def load_roads(geo_dir=GEO_DIR):
    with open(os.path.join(geo_dir, "roads.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in data["features"]}


SENSORS = load_sensors()
PLACES = load_places()
ROADS = load_roads()
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]}

M_PER_DEG_LAT = 110_790.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(24.19))


def off(pt, east_m=0.0, north_m=0.0):
    """A point east_m metres east and north_m metres north of pt (lon, lat)."""
    lon, lat = pt
    return (round(lon + east_m / M_PER_DEG_LON, 6), round(lat + north_m / M_PER_DEG_LAT, 6))


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * M_PER_DEG_LON, (a[1] - b[1]) * M_PER_DEG_LAT)


def place(pid):
    return PLACES[pid]


def sensor_pt(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


def junction(road_a, road_b):
    """Where two road lines of roads.geojson cross (or the middle of their closest approach)."""
    best = None
    la, lb = ROADS[road_a], ROADS[road_b]
    for i in range(len(la) - 1):
        for j in range(len(lb) - 1):
            p = _seg_intersection(la[i], la[i + 1], lb[j], lb[j + 1])
            if p:
                return (round(p[0], 6), round(p[1], 6))
    # closest approach between vertices and segments
    for a in la:
        for j in range(len(lb) - 1):
            q = _closest_on_seg(a, lb[j], lb[j + 1])
            d = dist_m(a, q)
            if best is None or d < best[0]:
                best = (d, ((a[0] + q[0]) / 2, (a[1] + q[1]) / 2))
    for b in lb:
        for i in range(len(la) - 1):
            q = _closest_on_seg(b, la[i], la[i + 1])
            d = dist_m(b, q)
            if best is None or d < best[0]:
                best = (d, ((b[0] + q[0]) / 2, (b[1] + q[1]) / 2))
    return (round(best[1][0], 6), round(best[1][1], 6))


def _seg_intersection(p1, p2, p3, p4):
    x1, y1 = p1
    x2, y2 = p2
    x3, y3 = p3
    x4, y4 = p4
    den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(den) < 1e-15:
        return None
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
    u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
    return None


def _closest_on_seg(p, a, b):
    ax, ay = a[0] * M_PER_DEG_LON, a[1] * M_PER_DEG_LAT
    bx, by = b[0] * M_PER_DEG_LON, b[1] * M_PER_DEG_LAT
    px, py = p[0] * M_PER_DEG_LON, p[1] * M_PER_DEG_LAT
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return ((ax + t * dx) / M_PER_DEG_LON, (ay + t * dy) / M_PER_DEG_LAT)


# ---------------------------------------------------------------- vocabulary
FEEDS = ["rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"]
AGENCIES = ["disaster", "traffic", "police", "citizen", "fire"]
SEVERITIES = ["Minor", "Moderate", "Severe", "Extreme", "Unknown"]
CATEGORIES = {
    "rule": ["flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"],
    "fire_alarm": ["alarm", "fault", "normal"],
    "signal": ["fault", "restored"],
    "parking": ["full", "closed", "empty"],
    "incident": ["accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "hazmat_report", "road_collapse", "medical",
                 "evacuation", "missing_person", "wrong_way_driver", "other"],
    "cctv": ["stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"],
    "1999": ["flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "water_outage", "evacuation",
             "missing_person", "fallen_object", "rescue", "power_outage", "traffic_signal"],
    "status": ["offline", "online"],
    "119": ["fire", "rekindle", "rescue", "ambulance", "hazmat"],
    "planned_event": ["concert", "march", "exhibition", "road_works", "event", "market", "festival"],
}
# which registered kind a sensor feed needs (None: any kind)
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv",
             "status": None, "rule": None}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain",
             "congestion": "vd", "water_level_falling": "water_level"}
REASONS = ["mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"]
CASE_STATUS = ["dispatched", "on_scene", "returning", "closed"]
PERMIT_STATUS = ["approved", "amended", "cancelled"]
FLOOD_BANDS = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_LEVELS = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_CLASSES = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
UNKNOWN_SEVERITY_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
INCIDENT_TYPES = ["flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"]

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
               "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
               "permit_status", "gateway", "truth", "truth_alt"]

_NOALT = object()


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


# ---------------------------------------------------------------- situation
class Situation:
    """One labelled situation. Times are given in local time (UTC+8)."""

    def __init__(self, num, slug, date, title):
        self.num = num
        self.slug = slug
        self.date = dt.date(*date)
        self.title = title
        self.rng = random.Random(num * 7919 + 17)
        self.items = []            # dicts with "_true" (true time) and "_order"
        self.by_key = {}
        self.incidents = []
        self.alt = None
        self.notes = []
        self.description = ""
        ymd = self.date
        self.roc = f"{ymd.year - 1911}{ymd.month:02d}{ymd.day:02d}"
        self.seq = {"police": self.rng.randint(120, 480), "1999": self.rng.randint(300, 1800),
                    "119": self.rng.randint(20, 160), "rule": self.rng.randint(100, 900),
                    "permit": self.rng.randint(100, 900)}

    # -- time
    def t(self, spec):
        """'14:07', '14:07:12', '25:10' (next day 01:10) or '2026-03-02 10:15'."""
        if isinstance(spec, dt.datetime):
            return spec
        if re.match(r"\d{4}-\d\d-\d\d", spec):
            d, hm = spec.split()
            base = dt.date.fromisoformat(d)
        else:
            base, hm = self.date, spec
        parts = [int(x) for x in hm.split(":")]
        h, m = parts[0], parts[1]
        s = parts[2] if len(parts) > 2 else 0
        return dt.datetime(base.year, base.month, base.day, tzinfo=LOCAL) + dt.timedelta(hours=h, minutes=m, seconds=s)

    def _next(self, kind):
        self.seq[kind] += self.rng.randint(1, 9)
        return self.seq[kind]

    # -- core
    def _add(self, key, feed, agency, category, severity, pt, when, delay, text, truth, alt,
             skew=0, **extra):
        true_t = self.t(when)
        observed = true_t + dt.timedelta(seconds=skew)
        arrival = true_t + dt.timedelta(seconds=delay)
        it = {
            "key": key,
            "kind": "alert" if feed == "rule" else "event",
            "feed": feed,
            "agency": agency,
            "category": category,
            "severity": severity,
            "lon": round(pt[0], 6),
            "lat": round(pt[1], 6),
            "observed": iso(observed),
            "arrival": iso(arrival),
            "text": text,
            "truth": truth,
        }
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        if alt is not _NOALT:
            it["truth_alt"] = alt
        it["_order"] = len(self.items)
        if key in self.by_key:
            raise ValueError(f"{self.num}: duplicate key {key} (use dup())")
        self.items.append(it)
        self.by_key[key] = it
        return key

    def _delay(self, lo, hi):
        return self.rng.randint(lo, hi)

    # -- sensor feeds
    def _sensor(self, sid):
        if sid not in SENSORS:
            raise KeyError(f"unregistered sensor {sid}")
        return SENSORS[sid]

    def _skey(self, sid, word, when, skew):
        t = self.t(when) + dt.timedelta(seconds=skew)
        return f"{sid}:{word}:{t.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"

    def rule(self, sid, category, when, text, truth, alt=_NOALT, level=None, severity=None, delay=None,
             follows=None, gateway=None):
        s = self._sensor(sid)
        if severity is None:
            if category == "flood_depth":
                severity = FLOOD_BANDS[level]
            elif category == "water_level":
                severity = WL_LEVELS[level]
            elif category == "heavy_rain":
                severity = RAIN_CLASSES[level]
            elif category == "congestion":
                severity = "Moderate"
            else:
                severity = "Minor"
        key = f"ALR-{self.date.strftime('%Y%m%d')}-{self._next('rule'):04d}"
        return self._add(key, "rule", s["agency"], category, severity, (s["lon"], s["lat"]), when,
                         delay if delay is not None else self._delay(20, 75), text, truth, alt,
                         sensor_id=sid, level=level, follows=follows, gateway=gateway)

    def panel(self, sid, state, when, text, truth, alt=_NOALT, delay=None, skew=0):
        s = self._sensor(sid)
        key = self._skey(sid, state, when, skew)
        return self._add(key, "fire_alarm", s["agency"], state, "Unknown", (s["lon"], s["lat"]), when,
                         delay if delay is not None else self._delay(2, 20), text, truth, alt, skew=skew,
                         sensor_id=sid)

    def signal(self, sid, state, when, text, truth, alt=_NOALT, delay=None):
        s = self._sensor(sid)
        key = self._skey(sid, state, when, 0)
        return self._add(key, "signal", s["agency"], state, "Unknown", (s["lon"], s["lat"]), when,
                         delay if delay is not None else self._delay(2, 20), text, truth, alt, sensor_id=sid)

    def parking(self, sid, state, when, text, truth, alt=_NOALT, delay=None):
        s = self._sensor(sid)
        key = self._skey(sid, state, when, 0)
        return self._add(key, "parking", s["agency"], state, "Unknown", (s["lon"], s["lat"]), when,
                         delay if delay is not None else self._delay(5, 110), text, truth, alt, sensor_id=sid)

    def cctv(self, sid, category, conf, when, text, truth, alt=_NOALT, delay=None):
        s = self._sensor(sid)
        key = self._skey(sid, category, when, 0)
        return self._add(key, "cctv", s["agency"], category, "Unknown", (s["lon"], s["lat"]), when,
                         delay if delay is not None else self._delay(3, 15), text, truth, alt, sensor_id=sid,
                         confidence=conf)

    def status(self, sid, state, when, text, truth, alt=_NOALT, reason=None, delay=None, gateway=None):
        s = self._sensor(sid)
        key = self._skey(sid, state, when, 0)
        return self._add(key, "status", s["agency"], state, "Unknown", (s["lon"], s["lat"]), when,
                         delay if delay is not None else self._delay(1, 12), text, truth, alt, sensor_id=sid,
                         reason=reason, gateway=gateway)

    # -- report feeds
    def police(self, category, severity, pt, when, text, truth, alt=_NOALT, delay=None, follows=None):
        key = f"TCPD-{self.roc}-{self._next('police'):04d}"
        return self._add(key, "incident", "police", category, severity, pt, when,
                         delay if delay is not None else self._delay(150, 1100), text, truth, alt,
                         follows=follows)

    def c1999(self, category, pt, when, text, truth, alt=_NOALT, delay=None, follows=None):
        key = f"1999-{self.roc}-{self._next('1999'):05d}"
        return self._add(key, "1999", "citizen", category, "Unknown", pt, when,
                         delay if delay is not None else self._delay(60, 420), text, truth, alt,
                         follows=follows)

    def f119(self, category, pt, when, text, truth, alt=_NOALT, delay=None, status=None, follows=None,
             case=None):
        """A 119 dispatch (new case) or, with follows=<case key>, an update of that case."""
        if follows:
            base = follows.split("/")[0]
            word = status or "update"
            key = f"{base}/{word}"
            n = 2
            while key in self.by_key:
                key = f"{base}/{word}-{n}"
                n += 1
        else:
            key = f"TC119-{self.roc}-{self._next('119'):04d}"
        return self._add(key, "119", "fire", category, "Unknown", pt, when,
                         delay if delay is not None else self._delay(20, 100), text, truth, alt,
                         status=status, follows=follows)

    def permit(self, category, pt, start, end, issued, text, truth, alt=_NOALT, radius_m=None,
               permit_status=None, follows=None, key=None):
        start_t, end_t, issued_t = self.t(start), self.t(end), self.t(issued)
        if key is None:
            key = f"PE-{self.date.year - 1911}-{self._next('permit'):04d}"
        delay = int((issued_t - start_t).total_seconds())
        return self._add(key, "planned_event", "police", category, "Unknown", pt, start_t, delay, text, truth,
                         alt, ends=iso(end_t), radius_m=radius_m, permit_status=permit_status, follows=follows)

    def dup(self, key, after_s):
        """A second delivery of the same piece of evidence, after_s seconds after the first."""
        src = self.by_key[key]
        it = {k: v for k, v in src.items()}
        it["arrival"] = iso(parse_iso(src["arrival"]) + dt.timedelta(seconds=after_s))
        it["_order"] = len(self.items)
        it["_dup"] = True
        self.items.append(it)
        return key

    # -- truth
    def incident(self, label, itype, description, sufficient):
        assert itype in INCIDENT_TYPES, itype
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, changed):
        """changed: incidents of the alternative reading that differ from (or are absent in) the main one."""
        self.alt = {"why": why, "changed": changed}

    # -- output
    def sorted_items(self):
        return sorted(self.items, key=lambda it: (it["arrival"], it["_order"]))

    def write(self, out_dir=OUT_DIR):
        items = self.sorted_items()
        base = f"{self.num}_{self.slug}"
        with open(os.path.join(out_dir, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                line = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        truth = {"situation": self.num, "description": self.description, "incidents": self.incidents}
        if self.alt:
            alt_labels = []
            for it in items:
                lab = it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
                if lab is not None and lab not in alt_labels:
                    alt_labels.append(lab)
            changed = {c["label"]: c for c in self.alt["changed"]}
            alt_inc = []
            for inc in self.incidents:
                if inc["label"] in changed:
                    alt_inc.append(changed.pop(inc["label"]))
                elif inc["label"] in alt_labels:
                    alt_inc.append(inc)
            alt_inc.extend(changed.values())
            truth["alternative_reading"] = {"why": self.alt["why"], "incidents": alt_inc}
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(os.path.join(out_dir, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base, len(items)


ALT_SAME = _NOALT
