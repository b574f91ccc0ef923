"""Helpers for the seeded generator of situations 291-302 (blind oracle, Shuinan ops center).

Times are written in local time (Asia/Taipei, UTC+8) and stored as UTC ISO 8601.
Every sensor item takes its position from geo/sensors.geojson.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TZ = timezone(timedelta(hours=8))
_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    reg = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        reg[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name") or p["sensor_id"]}
    return reg


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {feat["properties"]["road_id"]: feat["geometry"]["coordinates"] for feat in data["features"]}


SENSORS = load_sensors()
ROADS = load_roads()

M_PER_DEG_LAT = 110_770.0


def m_per_deg_lon(lat):
    return 111_320.0 * math.cos(math.radians(lat))


def off(pos, dx_m=0.0, dy_m=0.0):
    """Shift a (lon, lat) by metres east (dx) and north (dy)."""
    lon, lat = pos
    return (round(lon + dx_m / m_per_deg_lon(lat), 6), round(lat + dy_m / M_PER_DEG_LAT, 6))


def dist_m(a, b):
    dx = (a[0] - b[0]) * m_per_deg_lon((a[1] + b[1]) / 2)
    dy = (a[1] - b[1]) * M_PER_DEG_LAT
    return math.hypot(dx, dy)


def along(road_id, frac):
    """Point at fraction frac (0..1) of a road's length."""
    pts = ROADS[road_id]
    segs = [dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = frac * sum(segs)
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            r = 0.0 if s == 0 else min(1.0, target / s)
            a, b = pts[i], pts[i + 1]
            return (round(a[0] + r * (b[0] - a[0]), 6), round(a[1] + r * (b[1] - a[1]), 6))
        target -= s
    return tuple(pts[-1])


def spos(sensor_id):
    s = SENSORS[sensor_id]
    return (s["lon"], s["lat"])


PREFIX = {"rule": "ALR", "fire_alarm": "FAE", "signal": "SGE", "parking": "PKE", "incident": "POL",
          "cctv": "CAM", "1999": "C99", "status": "STS", "119": "F119", "planned_event": "PMT"}

# default (min, max) seconds between the source's stamp and arrival at the center
DELAY = {"rule": (8, 40), "fire_alarm": (2, 9), "signal": (4, 20), "parking": (20, 110), "incident": (70, 260),
         "cctv": (3, 15), "1999": (40, 150), "status": (1, 6), "119": (15, 60), "planned_event": (0, 0)}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num = num
        self.name = name
        self.date = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.count = {}
        self.order = 0

    # local "HH:MM[:SS]" (HH may be >= 24), or "d-3 10:00" for days before
    def t(self, s):
        days = 0
        if s.startswith("d"):
            d, s = s.split(" ")
            days = int(d[1:])
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.date + timedelta(days=days, hours=parts[0], minutes=parts[1], seconds=parts[2])

    def _key(self, feed):
        self.count[feed] = self.count.get(feed, 0) + 1
        return f"{self.num}-{PREFIX[feed]}-{self.count[feed]:03d}"

    def _add(self, feed, kind, agency, category, severity, pos, t, text, truth, *, sensor=None, delay=None,
             skew=0, arrival=None, confidence=None, level=None, follows=None, ends=None, alt=_MISSING, key=None):
        true_t = self.t(t) if isinstance(t, str) else t
        if arrival is None:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arr = true_t + timedelta(seconds=delay)
        else:
            arr = self.t(arrival) if isinstance(arrival, str) else arrival
        observed = true_t + timedelta(seconds=skew)
        if sensor is not None:
            pos = spos(sensor)
        it = {"key": key or self._key(feed), "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": iso(observed), "arrival": iso(arr)}
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
            it["ends"] = iso(self.t(ends))
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.order += 1
        self.items.append((arr, self.order, it))
        return it["key"]

    # ---- feeds -------------------------------------------------------------------------
    def alert(self, t, sid, cat, sev, truth, text, level=None, **kw):
        return self._add("rule", "alert", SENSORS[sid]["agency"], cat, sev, None, t, text, truth,
                         sensor=sid, level=level, **kw)

    def flood(self, t, sid, band, truth, text, **kw):
        sev = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}[band]
        return self.alert(t, sid, "flood_depth", sev, truth, text, level=band, **kw)

    def wl(self, t, sid, lvl, truth, text, **kw):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        return self.alert(t, sid, "water_level", sev, truth, text, level=lvl, **kw)

    def rain(self, t, sid, cls, truth, text, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        return self.alert(t, sid, "heavy_rain", sev, truth, text, level=cls, **kw)

    def cong(self, t, sid, sev, truth, text, **kw):
        return self.alert(t, sid, "congestion", sev, truth, text, **kw)

    def status(self, t, sid, state, truth, text, **kw):
        return self._add("status", "event", SENSORS[sid]["agency"], state, "Unknown", None, t, text, truth,
                         sensor=sid, **kw)

    def panel(self, t, sid, state, truth, text, **kw):
        return self._add("fire_alarm", "event", "disaster", state, "Unknown", None, t, text, truth, sensor=sid, **kw)

    def signal(self, t, sid, state, truth, text, **kw):
        return self._add("signal", "event", "traffic", state, "Unknown", None, t, text, truth, sensor=sid, **kw)

    def parking(self, t, sid, truth, text, **kw):
        return self._add("parking", "event", "traffic", "full", "Unknown", None, t, text, truth, sensor=sid, **kw)

    def cctv(self, t, sid, cat, conf, truth, text, **kw):
        return self._add("cctv", "event", "police", cat, "Unknown", None, t, text, truth, sensor=sid,
                         confidence=conf, **kw)

    def police(self, t, cat, sev, pos, truth, text, **kw):
        return self._add("incident", "event", "police", cat, sev, pos, t, text, truth, **kw)

    def call(self, t, cat, pos, truth, text, **kw):
        return self._add("1999", "event", "citizen", cat, "Unknown", pos, t, text, truth, **kw)

    def f119(self, t, cat, pos, truth, text, **kw):
        return self._add("119", "event", "fire", cat, "Unknown", pos, t, text, truth, **kw)

    def permit(self, start, end, arrival, cat, pos, truth, text, **kw):
        return self._add("planned_event", "event", "police", cat, "Unknown", pos, start, text, truth,
                         arrival=arrival, ends=end, **kw)

    def dup(self, key, after_s):
        """Deliver an item again `after_s` seconds after its first arrival (same key, same fields)."""
        for arr, _, it in self.items:
            if it["key"] == key:
                copy = dict(it)
                new_arr = arr + timedelta(seconds=after_s)
                copy["arrival"] = iso(new_arr)
                self.order += 1
                self.items.append((new_arr, self.order, copy))
                return key
        raise KeyError(key)

    # ---- output -------------------------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        base = f"{self.num:03d}_{self.name}"
        rows = [it for _, _, it in sorted(self.items, key=lambda x: (x[0], x[1]))]
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for it in rows:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": description, "incidents": incidents}
        if alternative is not None:
            truth["alternative_reading"] = alternative
        if notes is not None:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return base


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": key}
