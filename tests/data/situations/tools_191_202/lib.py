"""Helpers for the seeded situation generator (stdlib only)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

MISSING = object()
PREFIX = {"rule": "AL", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "incident": "PO",
          "cctv": "CV", "1999": "CZ", "status": "ST", "119": "EM", "planned_event": "PE"}
DELAY = {"rule": (25, 95), "fire_alarm": (1, 4), "signal": (3, 15), "parking": (30, 120),
         "incident": (90, 300), "cctv": (2, 9), "1999": (90, 300), "status": (1, 5),
         "119": (20, 90), "planned_event": (0, 0)}
FEED_AGENCY = {"incident": "police", "cctv": "police", "planned_event": "police",
               "1999": "citizen", "119": "fire"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
BAND_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe",
            "3": "Moderate", "2": "Severe", "1": "Extreme",
            "大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

# places (lon, lat): intersections from geo/roads.geojson anchors, buildings from sensors.geojson
P = {
    "環中中科": (120.65217, 24.19785), "環中經貿": (120.65345, 24.19848), "經貿黎明": (120.65496, 24.19582),
    "經貿七路": (120.65685, 24.19247), "凱旋黎明": (120.64904, 24.19365), "台74環中": (120.6472, 24.19586),
    "凱旋環中": (120.64766, 24.19659), "中清環中": (120.657242, 24.198897), "河南中平": (120.650315, 24.171058),
    "經貿中平": (120.660376, 24.173594), "經貿敦化": (120.6594, 24.1818), "B區": (120.659, 24.1815),
    "A區": (120.6588, 24.184), "影音中心": (120.652, 24.185), "公園中": (120.6565, 24.183),
    "逢甲": (120.6467, 24.1790), "北屯": (120.685, 24.19), "中國醫": (120.6592, 24.1735),
    "回收中心": (120.659, 24.1765), "河南停車場": (120.653, 24.1745), "會展": (120.655, 24.1944),
    "轉運": (120.6528, 24.1972), "中科路中": (120.6532, 24.1905), "中科公園": (120.6536, 24.1860),
    "十二期": (120.6480, 24.1860), "凱旋中段": (120.6505, 24.1900), "中平皇城": (120.6660, 24.1762),
    "中清路中": (120.6622, 24.1905), "停車場北": (120.6566, 24.1886), "經貿三段北": (120.6580, 24.1880),
    "經貿三段南": (120.6600, 24.1770), "綠美圖": (120.657, 24.1915), "中科路南": (120.6537, 24.1830),
    "環中一段": (120.6400, 24.1875), "河南路中": (120.6480, 24.1690), "文華路": (120.6465, 24.1800),
}


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, description):
        self.num, self.name, self.date, self.description = num, name, date, description
        self.rng = random.Random(num * 7919 + 17)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.n = 0
        self.names = {}

    # time: local (UTC+8) "HH:MM[:SS]" on the situation date (+ day offset) -> UTC datetime
    def t(self, hhmm, day=0):
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        y, m, d = (int(x) for x in self.date.split("-"))
        local = dt.datetime(y, m, d, *parts) + dt.timedelta(days=day)
        return local - dt.timedelta(hours=8)

    def inc(self, label, typ, description):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": None})

    def jit(self, where, metres):
        lon, lat = where
        if metres <= 0:
            return round(lon, 6), round(lat, 6)
        r = metres * math.sqrt(self.rng.random())
        a = self.rng.random() * 2 * math.pi
        dlat = r * math.sin(a) / 111320.0
        dlon = r * math.cos(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def add(self, at, feed, cat, text, truth, sensor=None, where=None, sev="Unknown", level=None,
            conf=None, follows=None, ends=None, alt=MISSING, delay=None, obs=None, jitter=35,
            day=0, suff=False, arrival=None, name=None):
        self.n += 1
        key = "%d-%s-%03d" % (self.num, PREFIX[feed], self.n)
        true = self.t(at, day) if isinstance(at, str) else at
        observed = obs if obs is not None else true
        if arrival is None:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arrival = true + dt.timedelta(seconds=delay)
        if sensor is not None:
            f = SENSORS[sensor]
            lon, lat = f["geometry"]["coordinates"]
            agency = f["properties"]["agency"]
        else:
            assert feed not in SENSOR_FEEDS, (key, feed)
            if isinstance(where, str):
                where = P[where]
            lon, lat = self.jit(where, jitter)
            agency = FEED_AGENCY[feed]
        if level is not None and sev == "Unknown":
            sev = BAND_SEV[level]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": cat, "severity": sev, "lon": lon, "lat": lat,
              "observed": fmt(observed), "arrival": fmt(arrival)}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = self.names[follows[1:]] if follows.startswith("@") else follows
        if ends is not None:
            it["ends"] = fmt(ends)
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        if name:
            assert name not in self.names, name
            self.names[name] = key
        if suff:
            for i in self.incidents:
                if i["label"] == truth:
                    assert i["sufficient_evidence_key"] is None, key
                    i["sufficient_evidence_key"] = key
        return key

    def dup(self, key, after_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=after_s)
        d["arrival"] = fmt(a)
        self.items.append(d)
        return key

    def set_alt(self, why, drop=(), add=(), change=None):
        incs = [dict(i) for i in self.incidents if i["label"] not in drop]
        if change:
            for i in incs:
                if i["label"] in change:
                    i.update(change[i["label"]])
        incs.extend(add)
        self.alt = {"why": why, "incidents": incs}

    def write(self):
        base = "%d_%s" % (self.num, self.name)
        order = sorted(range(len(self.items)), key=lambda k: (self.items[k]["arrival"], k))
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for k in order:
                fh.write(json.dumps(self.items[k], ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return base
