"""Helpers for the 1831-1842 situations (typhoon aftermath, 2016-09-28 local time)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TZ = timezone(timedelta(hours=8))
DAY = (2016, 9, 28)   # the morning and day after the typhoon (local)

def _load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    out = {}
    for f in d["features"]:
        p = f["properties"]
        c = f["geometry"]["coordinates"]
        out[p["sensor_id"]] = dict(kind=p["kind"], agency=p.get("agency"), lon=c[0], lat=c[1],
                                   name=p.get("name"), gateway=(p.get("metadata") or {}).get("gateway"))
    return out

SENSORS = _load_sensors()

# junctions: where the road lines of roads.geojson meet (vertices shared by the two lines)
J = {
    "經貿七路口": (120.65685, 24.19247),     # 經貿路二段/經貿七路 (jingmao vertex 3)
    "經貿黎明": (120.65496, 24.19582),       # jingmao x liming
    "黎明凱旋": (120.64904, 24.19365),       # liming x kaixuan
    "凱旋環中": (120.64766, 24.19659),       # kaixuan x huanzhong
    "中科環中": (120.65217, 24.19785),       # zhongke x huanzhong
    "經貿環中": (120.65345, 24.19848),       # jingmao x huanzhong
    "台74環中": (120.6472, 24.19586),
    "中清環中": (120.6586, 24.1990),         # zhongqing x huanzhong (closest approach)
    "臺灣大道環中": (120.63188, 24.17485),   # taiwan_blvd x huanzhong
    "河南中平": (120.6503, 24.1710),         # henan x zhongping (closest approach)
    "經貿中平": (120.6600, 24.1735),
}

FEED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
NOISY_DELAY = {"rule": (20, 90), "status": (2, 25), "fire_alarm": (2, 15), "signal": (3, 20),
               "parking": (30, 110), "cctv": (4, 25), "incident": (40, 240), "1999": (90, 420),
               "119": (15, 70), "planned_event": (600, 3600)}
_MISSING = object()


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, description, notes=""):
        self.num, self.name, self.description, self.notes = num, name, description, notes
        self.rng = random.Random(num * 7919)
        self.items, self.incidents, self.alt = [], [], None
        self.n = 0

    def t(self, hhmm):
        """local 'HH:MM' or 'HH:MM:SS' of the day -> aware datetime"""
        parts = [int(x) for x in hhmm.split(":")] + [0]
        return datetime(*DAY, parts[0], parts[1], parts[2], tzinfo=TZ)

    def near(self, pt, r_m=60):
        lon, lat = pt
        a = self.rng.uniform(0, 2 * math.pi)
        r = r_m * math.sqrt(self.rng.uniform(0.05, 1))
        return (round(lon + r * math.cos(a) / (111320 * math.cos(math.radians(lat))), 6),
                round(lat + r * math.sin(a) / 110540, 6))

    def add(self, when, feed, category, truth, text, sev="Unknown", pt=None, sid=None,
            delay=None, alt=_MISSING, observed=None, **extra):
        self.n += 1
        key = f"{self.num}-{self.n:03d}"
        obs = self.t(when) if isinstance(when, str) else when
        if delay is None:
            lo, hi = NOISY_DELAY[feed]
            delay = self.rng.randint(lo, hi)
        arr = obs + timedelta(seconds=delay)
        if observed is not None:   # the source stamped another time
            obs = self.t(observed)
        if sid is not None:
            s = SENSORS[sid]
            lon, lat, agency = s["lon"], s["lat"], s["agency"]
        else:
            lon, lat = pt
            agency = FEED_AGENCY[feed]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": sev,
              "lon": lon, "lat": lat, "observed": iso(obs), "arrival": iso(arr)}
        if sid is not None:
            it["sensor_id"] = sid
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = iso(v) if isinstance(v, datetime) else v
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    # shorthands
    def rule(self, when, sid, cat, sev, truth, text, level=None, **kw):
        return self.add(when, "rule", cat, truth, text, sev=sev, sid=sid, level=level, **kw)

    def status(self, when, sid, state, truth, text, reason=None, **kw):
        return self.add(when, "status", state, truth, text, sid=sid, reason=reason, **kw)

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(seconds=extra_s))
        self.items.append(d)

    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": self.num, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")


def same_but(incidents, drop=(), add=()):
    """the primary incident list minus some labels plus others (for the alternative reading)"""
    return [i for i in incidents if i["label"] not in drop] + list(add)


def inc(label, typ, description, key):
    return {"label": label, "type": typ, "description": description, "sufficient_evidence_key": key}


def _first(self, *keys):
    """the key among these whose item arrives first"""
    its = [i for i in self.items if i["key"] in keys]
    return min(its, key=lambda i: (i["arrival"], i["key"]))["key"]

Sit.first = _first
