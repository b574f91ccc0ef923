"""Helpers for the situations 2131-2142 (set o107).

Standard library only. Every random draw goes through a Random seeded with the
situation number, so the output is stable from run to run.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TZ8 = timezone(timedelta(hours=8))
UTC = timezone.utc
MISSING = object()

# ---------------------------------------------------------------- registry

def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for f in data["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        md = p.get("metadata") or {}
        out[p["sensor_id"]] = {
            "kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
            "name": p.get("name", ""), "gateway": md.get("gateway"), "metadata": md,
        }
    return out


SENSORS = load_sensors()
GATEWAYS = sorted({s["gateway"] for s in SENSORS.values() if s["gateway"]})

# ---------------------------------------------------------------- places
# Junctions at their signal's registered position; buildings at the gazetteer's.
P = {
    "j_t74_hz": (120.6472, 24.19586), "j_kx_hz": (120.64766, 24.19659),
    "j_zk_hz": (120.65217, 24.19785), "j_jm_hz": (120.65345, 24.19848),
    "j_jm_lm": (120.65496, 24.19582), "j_jm_jm7": (120.65685, 24.19247),
    "j_lm_kx": (120.64904, 24.19365), "j_zq_hz": (120.65724, 24.1989),
    "j_tw_hz": (120.63188, 24.17485), "j_hn_zp": (120.65032, 24.17106),
    "j_jm_zp": (120.66038, 24.17359),
    "hub": (120.6528, 24.1974), "ticec": (120.6551, 24.1944),
    "hall_a": (120.6546, 24.1948), "hall_b": (120.6556, 24.194),
    "museumbrary": (120.657, 24.1915), "tower": (120.6585, 24.193),
    "popmusic": (120.652, 24.185), "park_cp": (120.6566, 24.188),
    "reclaim": (120.659, 24.1765), "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184), "eco_b": (120.659, 24.1815),
    "henan_cp": (120.653, 24.1745), "jm6_cp": (120.65491, 24.1956),
}

M_PER_DEG_LAT = 110_780.0
M_PER_DEG_LON = 101_650.0  # at 24.2 N


def offset(pt, dx_m, dy_m):
    """Point dx metres east and dy metres north of pt."""
    return (round(pt[0] + dx_m / M_PER_DEG_LON, 5), round(pt[1] + dy_m / M_PER_DEG_LAT, 5))


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * M_PER_DEG_LON, (a[1] - b[1]) * M_PER_DEG_LAT)


def between(a, b, f):
    return (round(a[0] + (b[0] - a[0]) * f, 5), round(a[1] + (b[1] - a[1]) * f, 5))


# ---------------------------------------------------------------- time

def local(s):
    """'2016-06-02 15:10' or '2016-06-02 15:10:30' local time (UTC+8) -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=TZ8)


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- situation

TAGS = {"rule": "RULE", "fire_alarm": "FA", "signal": "SIG", "parking": "PARK",
        "incident": "POL", "cctv": "CCTV", "1999": "1999", "status": "ST",
        "119": "119", "planned_event": "PE"}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
                "incident": "police", "1999": "citizen", "119": "fire",
                "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Situation:
    def __init__(self, num, name, base, description):
        self.num = num
        self.name = name
        self.base = local(base)
        self.description = description
        self.rng = random.Random(num)
        self.items = []          # unique items, in creation order
        self.lines = []          # (arrival, seq, item)
        self.by_key = {}
        self.seq = 0
        self.incidents = []
        self.alt = None
        self.notes = None

    # time helpers: minutes after the base time (floats allowed)
    def t(self, minutes):
        return self.base + timedelta(seconds=round(minutes * 60))

    def jitter(self, lo, hi):
        return self.rng.uniform(lo, hi)

    def scatter(self, pt, rmin, rmax):
        """A caller's position rmin-rmax metres from pt, any direction."""
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(pt, r * math.cos(a), r * math.sin(a))

    def scatter_dir(self, pt, rmin, rmax, bearing_deg, spread_deg):
        """rmin-rmax metres from pt toward a compass bearing (0 = north) +- spread."""
        r = self.rng.uniform(rmin, rmax)
        b = math.radians(bearing_deg + self.rng.uniform(-spread_deg, spread_deg))
        return offset(pt, r * math.sin(b), r * math.cos(b))

    def incident(self, label, typ, description):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": None})

    def opens(self, label, key):
        for inc in self.incidents:
            if inc["label"] == label:
                inc["sufficient_evidence_key"] = key
                return
        raise KeyError(label)

    def alternative(self, why, incidents):
        """incidents: list of (label, type, description, sufficient_evidence_key)."""
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d, "sufficient_evidence_key": k}
            for (l, t, d, k) in incidents]}

    def add(self, feed, category, obs, delay_s, text, truth, pos=None, sensor=None,
            severity=None, alt=MISSING, confidence=None, reason=None, status=None,
            level=None, follows=None, ends=None, radius_m=None, permit_status=None,
            gateway=None, arrival=None):
        """Add one item. obs: datetime of observation (as the source stamps it);
        arrival = obs + delay_s unless given. Returns the key."""
        self.seq += 1
        key = "%d-%s-A%04d" % (self.num, TAGS[feed], self.seq)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FIXED_AGENCY.get(feed, s["agency"])
        else:
            lon, lat = pos
            agency = FIXED_AGENCY[feed]
        if severity is None:
            if feed == "rule" and category == "flood_depth":
                severity = FLOOD_SEV[level]
            elif feed == "rule" and category == "water_level":
                severity = WL_SEV[level]
            elif feed == "rule" and category == "heavy_rain":
                severity = RAIN_SEV[level]
            else:
                severity = "Unknown"
        if arrival is None:
            arrival = obs + timedelta(seconds=round(delay_s))
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6), "observed": iso(obs),
              "arrival": iso(arrival)}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for name, val in (("confidence", confidence), ("reason", reason), ("status", status),
                          ("level", level), ("follows", follows),
                          ("ends", iso(ends) if ends is not None else None),
                          ("radius_m", radius_m), ("permit_status", permit_status),
                          ("gateway", gateway)):
            if val is not None:
                it[name] = val
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        self.by_key[key] = it
        self.lines.append((arrival, len(self.lines), it))
        return key

    def dup(self, key, after_s):
        """A second delivery of key, after_s seconds after its first arrival."""
        it = dict(self.by_key[key])
        first = datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        arr = first + timedelta(seconds=round(after_s))
        it["arrival"] = iso(arr)
        self.lines.append((arr, len(self.lines), it))
        return key

    # ------------------------------------------------------------ writing
    def write(self):
        stem = "%d_%s" % (self.num, self.name)
        lines = sorted(self.lines, key=lambda x: (x[0], x[1]))
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as fh:
            for _, _, it in lines:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        for inc in self.incidents:
            if inc["sufficient_evidence_key"] is None:
                raise ValueError("%s: %s has no opening key" % (stem, inc["label"]))
        truth = {"situation": self.num, "description": self.description,
                 "incidents": self.incidents}
        if self.alt is not None:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        return stem


# ---------------------------------------------------------------- short forms

def c1999(s, m, delay, pos, cat, text, truth, **kw):
    return s.add("1999", cat, s.t(m), delay, text, truth, pos=pos, **kw)


def pol(s, m, delay, pos, cat, sev, text, truth, **kw):
    return s.add("incident", cat, s.t(m), delay, text, truth, pos=pos, severity=sev, **kw)


def f119(s, m, delay, pos, cat, text, truth, **kw):
    return s.add("119", cat, s.t(m), delay, text, truth, pos=pos, **kw)


def rule(s, m, delay, sensor, cat, text, truth, **kw):
    return s.add("rule", cat, s.t(m), delay, text, truth, sensor=sensor, **kw)


def dev(s, feed, m, delay, sensor, cat, text, truth, **kw):
    return s.add(feed, cat, s.t(m), delay, text, truth, sensor=sensor, **kw)
