"""Helpers for the o1331 labelled situations (standard library only)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TZ = dt.timezone(dt.timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "name": p.get("name"),
                               "lon": lon, "lat": lat, "metadata": p.get("metadata") or {}}
    return out


SENSORS = load_sensors()

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

M_LAT = 110574.0
NOALT = object()


def m_lon(lat):
    return 111320.0 * math.cos(math.radians(lat))


def offset(lon, lat, east_m, north_m):
    return round(lon + east_m / m_lon(lat), 6), round(lat + north_m / M_LAT, 6)


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * m_lon(a[1]), (a[1] - b[1]) * M_LAT)


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, local_start, seed=None):
        """local_start: 'YYYY-MM-DD HH:MM' Taichung local time (UTC+8); t arguments are minutes after it."""
        self.num = num
        self.name = name
        self.base = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.n = 0

    # -- places ------------------------------------------------------------------
    def near(self, lon, lat, dmin, dmax):
        """A point dmin..dmax metres away in a random direction (a caller where they stand)."""
        r = self.rng.uniform(dmin, dmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    def along(self, p, q, f, jitter=15):
        lon = p[0] + (q[0] - p[0]) * f
        lat = p[1] + (q[1] - p[1]) * f
        return offset(lon, lat, self.rng.uniform(-jitter, jitter), self.rng.uniform(-jitter, jitter))

    def sp(self, sid):
        s = SENSORS[sid]
        return s["lon"], s["lat"]

    # -- items -------------------------------------------------------------------
    def _new(self, feed, category, lon, lat, t, delay, truth, text, severity, kind="event", agency=None, **kw):
        self.n += 1
        obs = self.base + dt.timedelta(minutes=t)
        if delay is None:
            delay = self.rng.randint(4, 75)
        arr = obs + dt.timedelta(seconds=delay)
        skew = kw.pop("skew_s", 0)
        units = kw.pop("units", None)
        if units:
            text = text + "（派遣：" + "、".join(units) + "）"
        motion = kw.pop("motion", None)
        if motion:
            text = text + ("（移動中）" if motion == "moving" else "（靜止聚集）")
        alt = kw.pop("truth_alt", NOALT)
        it = {"key": kw.pop("key", "%d-%s-%03d" % (self.num, feed, self.n)), "kind": kind, "feed": feed,
              "agency": agency or FEED_AGENCY.get(feed), "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs + dt.timedelta(seconds=skew)), "arrival": iso(arr)}
        it["text"] = text
        for k, v in kw.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not NOALT:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def rule(self, sid, category, t, truth, text, level=None, severity=None, delay=None, **kw):
        s = SENSORS[sid]
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
        return self._new("rule", category, s["lon"], s["lat"], t, delay, truth, text, severity, kind="alert",
                         agency=s["agency"], sensor_id=sid, level=level, **kw)

    def dev(self, feed, sid, category, t, truth, text, delay=None, **kw):
        """fire_alarm, signal, parking, cctv, status items at the device's registered place."""
        s = SENSORS[sid]
        agency = s["agency"] if feed in ("status", "cctv") else FEED_AGENCY[feed]
        return self._new(feed, category, s["lon"], s["lat"], t, delay, truth, text, "Unknown",
                         agency=agency, sensor_id=sid, **kw)

    def cctv(self, sid, category, t, truth, text, conf, delay=None, **kw):
        return self.dev("cctv", sid, category, t, truth, text, delay=delay, confidence=conf, **kw)

    def rep(self, feed, category, pt, t, truth, text, severity=None, delay=None, **kw):
        """a report placed where its author stands: police incident, 1999, 119, planned_event."""
        if severity is None:
            severity = "Unknown" if feed != "incident" else "Moderate"
        return self._new(feed, category, pt[0], pt[1], t, delay, truth, text, severity, **kw)

    def dup(self, it, extra_s):
        d = dict(it)
        a = dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        d["arrival"] = iso(a + dt.timedelta(seconds=extra_s))
        self.items.append(d)
        return d

    # -- output ------------------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        items = sorted(self.items, key=lambda i: i["arrival"])  # stable: generation order breaks ties
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": description, "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base, len(items), len(incidents)


def inc(label, typ, description, key):
    return {"label": label, "type": typ, "description": description, "sufficient_evidence_key": key}
