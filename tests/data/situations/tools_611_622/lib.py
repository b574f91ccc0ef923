"""Helpers shared by gen_a.py and gen_b.py (situations 611..622). Plain Python 3 stdlib."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

FEED_KIND = {"rule": "alert"}
SENSOR_FEEDS = ("rule", "fire_alarm", "signal", "parking", "status", "cctv")
MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    out = {}
    for feat in fc["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"], "kind": p["kind"], "name": p["name"]}
    return out


SENSORS = load_sensors()


def off(lon, lat, dx_m, dy_m):
    """Point dx_m east and dy_m north of (lon, lat)."""
    return (lon + dx_m / (111320.0 * math.cos(math.radians(lat))), lat + dy_m / 110574.0)


def dist_m(a, b):
    (lon1, lat1), (lon2, lat2) = a, b
    x = (lon2 - lon1) * 111320.0 * math.cos(math.radians((lat1 + lat2) / 2))
    y = (lat2 - lat1) * 110574.0
    return math.hypot(x, y)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# default delivery delay (seconds, low..high) per feed
DELAY = {
    "rule": (40, 120), "fire_alarm": (2, 8), "signal": (3, 15), "parking": (5, 60), "status": (1, 6),
    "cctv": (4, 20), "1999": (90, 300), "incident": (60, 240), "119": (15, 60), "planned_event": (0, 0),
}


class Sit:
    def __init__(self, num, name, local_start, seed, description):
        self.num = num
        self.name = name
        self.description = description
        self.rng = random.Random(seed)
        # local_start "2026-06-13 07:30" Taiwan time (UTC+8)
        t = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M")
        self.t0 = t - dt.timedelta(hours=8)
        self.items = []
        self.seq = 0
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.notes = None

    # ---- time and place
    def at(self, minutes):
        return self.t0 + dt.timedelta(seconds=round(minutes * 60))

    def scatter(self, lon, lat, rmin, rmax):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return off(lon, lat, r * math.cos(a), r * math.sin(a))

    def _key(self, prefix):
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return "%s-%d-%03d" % (prefix, self.num, n)

    # ---- items
    def add(self, feed, category, minute, lon=None, lat=None, *, sensor=None, agency=None, severity="Unknown",
            text=None, delay=None, confidence=None, level=None, follows=None, ends=None, truth=None,
            alt=MISSING, key=None, skew_s=0):
        """minute: true time of the happening (minutes after t0). delay: seconds to arrival
        (default drawn per feed). skew_s: the source clock's error (observed = true + skew)."""
        true_t = self.at(minute)
        if delay is None:
            lo, hi = DELAY[feed]
            delay = self.rng.randint(lo, hi)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat, agency = s["lon"], s["lat"], s["agency"]
        else:
            lon, lat = round(lon, 6), round(lat, 6)
        if key is None:
            prefix = {"1999": "1999", "incident": "TCPD", "119": "F119", "rule": "ALR", "planned_event": "PRM",
                      "status": "ST", "cctv": "CAM", "fire_alarm": "FA", "signal": "SIG", "parking": "PK"}[feed]
            key = self._key(prefix)
        it = {"key": key, "kind": FEED_KIND.get(feed, "event"), "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": lon, "lat": lat,
              "observed": iso(true_t + dt.timedelta(seconds=skew_s)),
              "arrival": iso(true_t + dt.timedelta(seconds=delay))}
        if sensor is not None:
            it["sensor_id"] = sensor
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(self.at(ends))
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.seq += 1
        self.items.append((it, self.seq))
        return it

    def dup(self, item, extra_s):
        """A duplicated delivery: same key and fields, later arrival."""
        d = dict(item)
        a = dt.datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=extra_s)
        d["arrival"] = iso(a)
        self.seq += 1
        self.items.append((d, self.seq))
        return d

    # ---- shorthands
    def rule(self, category, sensor, minute, severity, level=None, text=None, **kw):
        return self.add("rule", category, minute, sensor=sensor, severity=severity, level=level, text=text, **kw)

    def sens(self, feed, category, sensor, minute, text=None, **kw):
        return self.add(feed, category, minute, sensor=sensor, text=text, **kw)

    def c1999(self, category, minute, pt, text, **kw):
        return self.add("1999", category, minute, pt[0], pt[1], agency="citizen", text=text, **kw)

    def police(self, category, minute, pt, severity, text, **kw):
        return self.add("incident", category, minute, pt[0], pt[1], agency="police", severity=severity, text=text, **kw)

    def f119(self, category, minute, pt, text, **kw):
        return self.add("119", category, minute, pt[0], pt[1], agency="fire", text=text, **kw)

    def cam(self, category, sensor, minute, conf, text=None, **kw):
        return self.add("cctv", category, minute, sensor=sensor, confidence=conf, text=text, **kw)

    def permit(self, category, start_min, end_min, pt, text, days_before=5, **kw):
        return self.add("planned_event", category, start_min, pt[0], pt[1], agency="police", text=text,
                        delay=-days_before * 86400, ends=end_min, **kw)

    # ---- truth
    def incident(self, label, type_, description, sek):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sek["key"] if isinstance(sek, dict) else sek})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def inc_copy(self, label):
        for i in self.incidents:
            if i["label"] == label:
                return dict(i)
        raise KeyError(label)

    # ---- output
    def write(self):
        items = sorted(self.items, key=lambda p: (p[0]["arrival"], p[1]))
        base = "%03d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for it, _ in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt is not None:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return base, len(items)


# landmarks (lon, lat): registry positions, road anchors of roads.geojson / DOMAIN.md §1.2
def S(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


LM = {
    "hub": S("SN-FA-001"), "conv_a": S("SN-FA-002"), "conv_b": S("SN-FA-003"), "museum": S("SN-FA-004"),
    "tower": S("SN-FA-005"), "popmusic": S("SN-FA-006"), "park_cp": S("SN-FA-007"), "reclaim": S("SN-FA-008"),
    "fcu": S("SN-FA-009"), "cmu": S("SN-FA-010"), "blockA": S("SN-FA-011"), "blockB": S("SN-FA-012"),
    "x_t74_huanzhong": (120.64720, 24.19586), "x_kaixuan_huanzhong": (120.64766, 24.19659),
    "x_zhongke_huanzhong": (120.65217, 24.19785), "x_jingmao_huanzhong": (120.65345, 24.19848),
    "x_jingmao_liming": (120.65496, 24.19582), "x_jingmao_j7": (120.65685, 24.19247),
    "x_liming_kaixuan": (120.64904, 24.19365), "x_zhongqing_huanzhong": (120.657242, 24.198897),
    "x_henan_zhongping": (120.650315, 24.171058), "x_jingmao_zhongping": (120.660376, 24.173594),
}
