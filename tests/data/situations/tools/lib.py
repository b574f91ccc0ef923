"""Helpers for writing the hand-labelled situations (data generator, not product code).

Positions come from geo/data/sensors.geojson and roads.geojson; distances use
1 deg lat = 110.8 km, 1 deg lon = 101.6 km at 24.17 N.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REPO = os.path.abspath(os.path.join(OUT, "..", "..", ".."))

SENS = {}
for f in json.load(open(os.path.join(REPO, "geo/data/sensors.geojson"), encoding="utf-8"))["features"]:
    p = f["properties"]
    SENS[p["sensor_id"]] = dict(lon=f["geometry"]["coordinates"][0], lat=f["geometry"]["coordinates"][1],
                                agency=p["agency"], kind=p["kind"], name=p["name"])
ROADS = {}
for f in json.load(open(os.path.join(REPO, "geo/data/roads.geojson"), encoding="utf-8"))["features"]:
    ROADS[f["properties"]["road_id"]] = f["geometry"]["coordinates"]

KX, KY = 101600.0, 110800.0
MISSING = object()


def pos(sid):
    return (SENS[sid]["lon"], SENS[sid]["lat"])


def off(p, dx, dy):
    return (round(p[0] + dx / KX, 6), round(p[1] + dy / KY, 6))


def dist(a, b):
    return math.hypot((a[0] - b[0]) * KX, (a[1] - b[1]) * KY)


def on_road(road_id, lat):
    """Point of a (roughly N-S) road line at a given latitude."""
    c = ROADS[road_id]
    for (x1, y1), (x2, y2) in zip(c, c[1:]):
        if min(y1, y2) <= lat <= max(y1, y2) and y1 != y2:
            f = (lat - y1) / (y2 - y1)
            return (round(x1 + f * (x2 - x1), 6), round(lat, 6))
    raise ValueError((road_id, lat))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


DELAY = {  # default source->centre delay in seconds (min, max)
    "rule": (30, 70), "fire_alarm": (4, 15), "signal": (5, 20), "status": (2, 10), "parking": (40, 110),
    "cctv": (4, 20), "incident": (15, 50), "1999": (60, 170), "119": (15, 45), "planned_event": (0, 0),
}


class Sit:
    def __init__(self, num, slug, title, base):
        self.num, self.slug, self.title = num, slug, title
        self.base = parse(base)
        self.items = []
        self.byk = {}
        self.rng = random.Random(1000 + num)
        self.n = 0
        self.truth = None

    # time helpers: minutes from base (float) or absolute ISO string
    def t(self, m):
        if isinstance(m, str):
            return parse(m)
        return self.base + dt.timedelta(seconds=round(m * 60))

    def _key(self, feed):
        self.n += 1
        return "s%02d-%s-%03d" % (self.num, feed.replace("_", ""), self.n)

    def add(self, kind, feed, agency, category, severity, p, obs, truth, alt=MISSING, arr=None, delay=None,
            key=None, sensor_id=None, **opt):
        to = self.t(obs)
        if arr is not None:
            ta = self.t(arr)
        else:
            lo, hi = delay if delay is not None else DELAY[feed]
            ta = to + dt.timedelta(seconds=self.rng.randint(lo, hi))
        key = key or self._key(feed)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(p[0], 6), "lat": round(p[1], 6),
              "observed": iso(to), "arrival": iso(ta)}
        if sensor_id:
            it["sensor_id"] = sensor_id
        for k in ("text", "confidence", "level", "follows", "ends"):
            if opt.get(k) is not None:
                it[k] = opt[k]
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        assert key not in self.byk, key
        self.items.append(it)
        self.byk[key] = it
        return key

    def dup(self, key, arr):
        it = dict(self.byk[key])
        it["arrival"] = iso(self.t(arr))
        self.items.append(it)
        return key

    # ---- feed shortcuts ----
    def alert(self, cat, sid, sev, obs, truth, level=None, text=None, **kw):
        s = SENS[sid]
        return self.add("alert", "rule", s["agency"], cat, sev, pos(sid), obs, truth, sensor_id=sid,
                        level=level, text=text, **kw)

    def flood(self, sid, cm, obs, truth, **kw):
        sev = "Minor" if cm <= 15 else ("Moderate" if cm <= 30 else "Severe")
        band = "1-15" if cm <= 15 else ("16-30" if cm <= 30 else ">30")
        return self.alert("flood_depth", sid, sev, obs, truth, level=band,
                          text=kw.pop("text", None) or "%s 淹水深度 %d 公分" % (SENS[sid]["name"], cm), **kw)

    def wl(self, sid, lvl, metres, obs, truth, **kw):
        sev = {3: "Moderate", 2: "Severe", 1: "Extreme"}[lvl]
        zh = {3: "三", 2: "二", 1: "一"}[lvl]
        return self.alert("water_level", sid, sev, obs, truth, level=str(lvl),
                          text=kw.pop("text", None) or "%s 水位 %.2f m 達%s級警戒" % (SENS[sid]["name"], metres, zh), **kw)

    def rain(self, sid, cls, obs, truth, text, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        return self.alert("heavy_rain", sid, sev, obs, truth, level=cls, text=text, **kw)

    def cong(self, sid, obs, truth, speed, sev="Moderate", **kw):
        return self.alert("congestion", sid, sev, obs, truth,
                          text=kw.pop("text", None) or "%s 平均車速降至 %d km/h" % (SENS[sid]["name"], speed), **kw)

    def offline_alert(self, sid, obs, truth, **kw):
        return self.alert("sensor_offline", sid, "Minor", obs, truth,
                          text=kw.pop("text", None) or "%s 逾時未回報資料" % SENS[sid]["name"], **kw)

    def fa(self, sid, state, obs, truth, **kw):
        return self.add("event", "fire_alarm", "disaster", state, "Unknown", pos(sid), obs, truth, sensor_id=sid, **kw)

    def sig(self, sid, state, obs, truth, **kw):
        return self.add("event", "signal", "traffic", state, "Unknown", pos(sid), obs, truth, sensor_id=sid, **kw)

    def status(self, sid, state, obs, truth, **kw):
        return self.add("event", "status", SENS[sid]["agency"], state, "Unknown", pos(sid), obs, truth,
                        sensor_id=sid, **kw)

    def park(self, sid, obs, truth, **kw):
        return self.add("event", "parking", "traffic", "full", "Unknown", pos(sid), obs, truth, sensor_id=sid,
                        text=kw.pop("text", None) or "%s 汽車位已滿" % SENS[sid]["name"], **kw)

    def cctv(self, sid, cat, conf, obs, truth, p=None, **kw):
        return self.add("event", "cctv", SENS[sid]["agency"], cat, "Unknown", p or pos(sid), obs, truth,
                        sensor_id=sid, confidence=conf, **kw)

    def police(self, cat, sev, p, obs, truth, text, **kw):
        return self.add("event", "incident", "police", cat, sev, p, obs, truth, text=text, **kw)

    def c1999(self, cat, p, obs, truth, text, **kw):
        return self.add("event", "1999", "citizen", cat, "Unknown", p, obs, truth, text=text, **kw)

    def f119(self, cat, p, obs, truth, text, **kw):
        return self.add("event", "119", "fire", cat, "Unknown", p, obs, truth, text=text, **kw)

    def planned(self, cat, p, start, ends, arr, truth, text, **kw):
        return self.add("event", "planned_event", "police", cat, "Unknown", p, start, truth, arr=arr,
                        ends=iso(self.t(ends)), text=text, **kw)

    def scatter(self, centre, rmin, rmax, bearing=None, spread=360):
        """A caller position rmin..rmax metres from centre (bearing in degrees from north)."""
        r = self.rng.uniform(rmin, rmax)
        b = self.rng.uniform(0, 360) if bearing is None else bearing + self.rng.uniform(-spread / 2, spread / 2)
        return off(centre, r * math.sin(math.radians(b)), r * math.cos(math.radians(b)))

    def nth_arrival(self, keys, n=1):
        """Key, among keys, that arrives n-th (first delivery of each)."""
        arr = sorted((self.byk[k]["arrival"], i, k) for i, k in enumerate(keys))
        return arr[n - 1][2]

    HUMAN = ("1999", "119", "incident", "planned_event")

    def human_first(self, label, extra=(), alt=False):
        """Sufficient evidence by my rule of thumb: the earliest-arriving human report (1999 call,
        119 dispatch, police report, permit) of the incident, or an explicitly named extra item
        (e.g. a second independent machine source)."""
        cands = []
        for k, it in self.byk.items():
            lab = it.get("truth_alt", it["truth"]) if alt else it["truth"]
            if lab == label and (it["feed"] in self.HUMAN or k in extra):
                cands.append(k)
        return self.nth_arrival(cands)

    # ---- output ----
    def write(self, truth):
        self.truth = truth
        items = sorted(self.items, key=lambda it: it["arrival"])  # stable: ties keep writing order
        base = os.path.join(OUT, "%02d_%s" % (self.num, self.slug))
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return base
