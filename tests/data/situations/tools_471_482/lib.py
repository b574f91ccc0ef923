"""Shared helpers for situations 471-482 (blind oracle, author 1).

Geography is read from GEO (SITUATION_GEO_DIR or ../geo); situations are written to the folder above tools.
Every time given to helpers is a local (Asia/Taipei, UTC+8) minute offset from the situation's base time;
the files carry ISO 8601 UTC.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TPE = timezone(timedelta(hours=8))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = dict(_p, lon=_f["geometry"]["coordinates"][0], lat=_f["geometry"]["coordinates"][1])

ROADS = {}
for _f in _load("roads.geojson")["features"]:
    _g = _f["geometry"]
    ROADS[_f["properties"]["road_id"]] = _g["coordinates"] if _g["type"] == "LineString" else _g["coordinates"][0]

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "planned_event": "police", "1999": "citizen", "119": "fire"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def offset(lon, lat, dx_m, dy_m):
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy_m / 110540.0, 6))


def road_pt(road_id, frac):
    """Point at fraction frac (0..1) of the road's polyline length (planar approx)."""
    pts = ROADS[road_id]
    segs = []
    total = 0.0
    for a, b in zip(pts, pts[1:]):
        d = math.hypot((b[0] - a[0]) * math.cos(math.radians(a[1])), b[1] - a[1])
        segs.append((a, b, d))
        total += d
    goal = frac * total
    for a, b, d in segs:
        if goal <= d or (a, b, d) == segs[-1]:
            t = 0 if d == 0 else min(1.0, goal / d)
            return (round(a[0] + t * (b[0] - a[0]), 6), round(a[1] + t * (b[1] - a[1]), 6))
        goal -= d
    return tuple(pts[-1])


def sensor_pos(sid):
    s = SENSORS[sid]
    return s["lon"], s["lat"]


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, local_base, seed):
        """local_base: 'YYYY-MM-DD HH:MM' in Taipei time."""
        self.num = num
        self.name = name
        self.base = datetime.strptime(local_base, "%Y-%m-%d %H:%M").replace(tzinfo=TPE)
        self.rng = random.Random(seed)
        self.items = []
        self.keys = {}

    # times -------------------------------------------------------------
    def t(self, minutes):
        return self.base + timedelta(minutes=minutes)

    def scatter(self, lon, lat, rmin, rmax):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    # items -------------------------------------------------------------
    def add(self, key, feed, category, at, truth, text, delay_s=None, lon=None, lat=None, sensor=None,
            severity="Unknown", obs_skew_s=0, **extra):
        """at: local minute offset when it happened; delay_s: arrival - real time; obs_skew_s: device clock error."""
        key = "%d-%s" % (self.num, key)
        if key in self.keys:
            raise ValueError("duplicate key " + key)
        if sensor is not None:
            s = SENSORS[sensor]
            if lon is None:
                lon, lat = s["lon"], s["lat"]
            agency = s["agency"]
        else:
            agency = FEED_AGENCY[feed]
        if feed in ("rule", "status"):
            agency = SENSORS[sensor]["agency"]
        if delay_s is None:
            delay_s = {"rule": 20, "fire_alarm": 3, "signal": 5, "parking": 30, "status": 2, "cctv": 6,
                       "incident": 150, "1999": 60, "119": 45, "planned_event": 0}[feed]
            delay_s = int(delay_s * self.rng.uniform(0.6, 1.6)) + 1
        real = self.t(at)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(real + timedelta(seconds=obs_skew_s)),
              "arrival": iso(real + timedelta(seconds=delay_s))}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "follows" and v is not None and not v.startswith("%d-" % self.num):
                v = "%d-%s" % (self.num, v)
            if k == "truth_alt_" or v is None:
                continue
            it[k] = v
        it["truth"] = truth
        if "truth_alt_" in extra:
            it["truth_alt"] = extra["truth_alt_"]
        self.items.append(it)
        self.keys[key] = it
        return it

    def dup(self, item, extra_s):
        d = dict(item)
        d["arrival"] = iso(datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
                           + timedelta(seconds=extra_s))
        self.items.append(d)
        return d

    # typed shortcuts ---------------------------------------------------
    def flood(self, key, sid, at, band, truth, **kw):
        txt = {"1-15": "淹水感測 %s 水深 %d 公分", "16-30": "淹水感測 %s 水深 %d 公分，達警戒",
               ">30": "淹水感測 %s 水深 %d 公分，達危險"}[band]
        depth = {"1-15": self.rng.randint(6, 15), "16-30": self.rng.randint(17, 29), ">30": self.rng.randint(32, 48)}[band]
        return self.add(key, "rule", "flood_depth", at, truth, txt % (SENSORS[sid]["name"], depth), sensor=sid,
                        severity=FLOOD_SEV[band], level=band, **kw)

    def wl(self, key, sid, at, lvl, truth, **kw):
        return self.add(key, "rule", "water_level", at, truth,
                        "%s 達%s級警戒" % (SENSORS[sid]["name"], {"3": "三", "2": "二", "1": "一"}[lvl]),
                        sensor=sid, severity=WL_SEV[lvl], level=lvl, **kw)

    def rain(self, key, sid, at, cls, truth, text, **kw):
        return self.add(key, "rule", "heavy_rain", at, truth, text, sensor=sid, severity=RAIN_SEV[cls], level=cls, **kw)

    def cong(self, key, sid, at, truth, speed, sev="Moderate", **kw):
        return self.add(key, "rule", "congestion", at, truth,
                        "%s 平均車速 %d km/h，車流壅塞" % (SENSORS[sid]["name"], speed), sensor=sid, severity=sev, **kw)

    def cleared(self, key, sid, at, truth, text, follows=None, **kw):
        return self.add(key, "rule", "cleared", at, truth, text, sensor=sid, severity="Minor", follows=follows, **kw)

    def offline_rule(self, key, sid, at, truth, reason, **kw):
        return self.add(key, "rule", "sensor_offline", at, truth,
                        "%s 逾時未回傳 (%s)" % (SENSORS[sid]["name"], reason), sensor=sid, severity="Minor", **kw)

    def status(self, key, sid, at, state, truth, reason=None, **kw):
        txt = "%s %s" % (SENSORS[sid]["name"], "離線" if state == "offline" else "恢復連線")
        if reason:
            txt += " (reason: %s)" % reason
        return self.add(key, "status", state, at, truth, txt, sensor=sid, **kw)

    def cctv(self, key, sid, at, event, conf, truth, text, pos=None, **kw):
        lon, lat = pos if pos else (None, None)
        return self.add(key, "cctv", event, at, truth, text, sensor=sid, lon=lon, lat=lat, confidence=conf, **kw)

    def c1999(self, key, category, at, truth, text, pos, **kw):
        return self.add(key, "1999", category, at, truth, text, lon=pos[0], lat=pos[1], **kw)

    def police(self, key, category, at, truth, text, pos, severity, **kw):
        return self.add(key, "incident", category, at, truth, text, lon=pos[0], lat=pos[1], severity=severity, **kw)

    def f119(self, key, category, at, truth, text, pos, **kw):
        return self.add(key, "119", category, at, truth, text, lon=pos[0], lat=pos[1], **kw)

    def permit(self, key, category, start_at, end_at, issued_delay_s, truth, text, pos, **kw):
        it = self.add(key, "planned_event", category, start_at, truth, text, lon=pos[0], lat=pos[1],
                      delay_s=issued_delay_s, ends=iso(self.t(end_at)), **kw)
        return it

    # output ------------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        self.items.sort(key=lambda i: i["arrival"])  # stable: equal arrivals keep creation order
        stem = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        incs = []
        for inc in incidents:
            inc = dict(inc)
            inc["sufficient_evidence_key"] = "%d-%s" % (self.num, inc["sufficient_evidence_key"])
            incs.append(inc)
        truth = {"situation": stem, "description": description, "incidents": incs}
        if alternative:
            alt = {"why": alternative["why"], "incidents": []}
            for inc in alternative["incidents"]:
                inc = dict(inc)
                inc["sufficient_evidence_key"] = "%d-%s" % (self.num, inc["sufficient_evidence_key"])
                alt["incidents"].append(inc)
            truth["alternative_reading"] = alt
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return stem, len(self.items)
