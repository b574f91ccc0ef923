"""Shared helpers for the situations 1931-1942 (crowds and people).

Conventions (also in README_1931-1942.md):
- keys are "<situation>-<seq>" (seq in creation order, not arrival order); a duplicate
  delivery repeats the key and every field but `arrival`.
- local time is Asia/Taipei (UTC+8); the files hold UTC.
- delays are drawn per feed from a seeded generator; skewed clocks and out-of-order
  follow-ups are written explicitly in the situations.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TZ = timezone(timedelta(hours=8))
_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {
            "kind": p["kind"], "agency": p["agency"], "name": p["name"],
            "lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
            "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return out


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in d["features"]}


SENSORS = load_sensors()
ROADS = load_roads()

# named places (gazetteer positions, geo/gazetteer.yaml) and a few park points
PLACES = {
    "hub": (120.65280, 24.19740),
    "ticec": (120.65510, 24.19440),
    "hall_a": (120.6546, 24.1948),
    "hall_b": (120.6556, 24.1940),
    "museum": (120.657, 24.1915),
    "tower": (120.6585, 24.193),
    "popmusic": (120.652, 24.185),
    "park_cp": (120.6566, 24.188),
    "park_n": (120.6563, 24.1872),
    "park_mid": (120.6565, 24.1830),
    "park_s": (120.6562, 24.1785),
    "reclaim": (120.659, 24.1765),
    "fcu": (120.652, 24.179),
    "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "henan_pk": (120.653, 24.1745),
    "jm6_pk": (120.65491, 24.19560),
}

SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
# seconds: (min, max) delay from source to the center, per feed
DELAY = {"rule": (20, 75), "fire_alarm": (2, 12), "signal": (3, 20), "parking": (30, 120),
         "status": (5, 40), "cctv": (4, 25), "incident": (60, 420), "1999": (90, 360),
         "119": (10, 70)}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def along(road, frac):
    """Point at fraction frac (0-1) of the length of a road polyline of geo/roads.geojson."""
    pts = ROADS[road]
    segs = []
    tot = 0.0
    for a, b in zip(pts, pts[1:]):
        d = math.hypot((b[0] - a[0]) * math.cos(math.radians(24.18)), b[1] - a[1])
        segs.append((a, b, d))
        tot += d
    want = frac * tot
    for a, b, d in segs:
        if want <= d or (a, b, d) == segs[-1]:
            f = 0 if d == 0 else min(1.0, want / d)
            return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
        want -= d
    return tuple(pts[-1])


class Situation:
    def __init__(self, num, name, day, seed=None):
        """day: 'YYYY-MM-DD' local date of the situation's start."""
        self.num = num
        self.name = name
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.day = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=TZ)
        self.items = []
        self.seq = 0

    # ---- time and place -------------------------------------------------
    def t(self, hhmm, day_offset=0, sec=0):
        h, m = hhmm.split(":")
        return self.day + timedelta(days=day_offset, hours=int(h), minutes=int(m), seconds=sec)

    def near(self, pt, r_m, min_m=0):
        """A point scattered round pt (lon, lat) between min_m and r_m metres."""
        if isinstance(pt, str):
            pt = PLACES[pt]
        ang = self.rng.uniform(0, 2 * math.pi)
        d = self.rng.uniform(min_m, r_m)
        dlat = d * math.cos(ang) / 111320.0
        dlon = d * math.sin(ang) / (111320.0 * math.cos(math.radians(pt[1])))
        return (round(pt[0] + dlon, 6), round(pt[1] + dlat, 6))

    # ---- items ------------------------------------------------------------
    def add(self, feed, category, when, truth, text=None, at=None, sensor=None,
            severity="Unknown", delay=None, truth_alt=_MISSING, observed=None, **extra):
        """Add one item. when: the true time (datetime); observed: the source's stamp if
        it differs (a skewed clock); delay: seconds to arrival (else drawn per feed)."""
        self.seq += 1
        key = "%d-%03d" % (self.num, self.seq)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor:
            s = SENSORS[sensor]
            it["agency"] = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
            lon, lat = s["lon"], s["lat"]
        else:
            it["agency"] = FEED_AGENCY[feed]
            if isinstance(at, str):
                at = PLACES[at]
            lon, lat = at
        it["category"] = category
        it["severity"] = severity
        it["lon"] = round(lon, 6)
        it["lat"] = round(lat, 6)
        it["observed"] = iso(observed if observed is not None else when)
        if delay is None:
            lo, hi = DELAY.get(feed, (10, 60))
            delay = self.rng.randint(lo, hi)
        it["arrival"] = iso(when + timedelta(seconds=delay))
        if sensor:
            it["sensor_id"] = sensor
        if text is not None:
            it["text"] = text
        for k in ("confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                  "permit_status", "gateway"):
            if k in extra and extra[k] is not None:
                v = extra[k]
                if k == "ends":
                    v = iso(v)
                it[k] = v
        it["truth"] = truth
        if truth_alt is not _MISSING:
            it["truth_alt"] = truth_alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        """Deliver an item again extra_s seconds after its first arrival."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def cctv(self, cam, category, when, truth, conf, text=None, **kw):
        return self.add("cctv", category, when, truth, text=text, sensor=cam, confidence=conf, **kw)

    def rule(self, sensor, category, when, truth, severity, text, **kw):
        if text.startswith(sensor):
            text = SENSORS[sensor]["name"] + text[len(sensor):]
        return self.add("rule", category, when, truth, text=text, sensor=sensor, severity=severity, **kw)

    def permit(self, category, start, end, at, radius, truth, text, arrive, **kw):
        """A planned-event permit line: observed = start, arrival = arrive (datetime)."""
        delay = int((arrive - start).total_seconds())
        return self.add("planned_event", category, start, truth, text=text, at=at, delay=delay,
                        ends=end, radius_m=radius, **kw)

    def at_key(self, key):
        return next(i for i in self.items if i["key"] == key)

    # ---- output -------------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": self.num, "description": description, "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base


def fix_alt_keys(s, alt):
    """Each alternative incident's sufficient key: its own if that item carries the label
    under the alternative, else the first-arriving item labelled so under it."""
    items = sorted(s.items, key=lambda i: (i["arrival"], i["key"]))
    for x in alt["incidents"]:
        it = next((i for i in items if i["key"] == x["sufficient_evidence_key"]), None)
        if it is None or it.get("truth_alt", it["truth"]) != x["label"]:
            x["sufficient_evidence_key"] = next(i["key"] for i in items
                                                if i.get("truth_alt", i["truth"]) == x["label"])
    # alternative incidents are copies: do not share dicts with the main list
    alt["incidents"] = [dict(x) for x in alt["incidents"]]


def inc(label, typ, description, key):
    return {"label": label, "type": typ, "description": description, "sufficient_evidence_key": key}
