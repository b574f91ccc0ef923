"""Helpers for situations 1971-1982 (seeded, stable output)."""
import json, os, random, math
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMBERS = range(1971, 1983)

def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    return {f["properties"]["sensor_id"]: f for f in d["features"]}

SENSORS = load_sensors()
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
_MISSING = object()

def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def offset(lon, lat, dx_m, dy_m):
    """Move a point by metres east/north."""
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy_m / 110574.0, 6))

def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians(a[1]))
    dy = (a[1] - b[1]) * 110574.0
    return math.hypot(dx, dy)

class Sit:
    def __init__(self, num, name, base, description):
        self.num, self.name, self.description = num, name, description
        self.base = datetime.strptime(base, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        self.rng = random.Random(num * 7919)
        self.items, self.incidents, self.alt, self.notes = [], [], None, []
        self.n = 0
        self.suff = {}

    def t(self, minutes):
        return self.base + timedelta(minutes=minutes)

    def inc(self, label, type_, description):
        self.incidents.append({"label": label, "type": type_, "description": description})

    def open(self, label, key):
        self.suff[label] = key

    def ev(self, tmin, feed, category, truth, lon=None, lat=None, sid=None, sev="Unknown", text="",
           delay=1.0, jitter=0, alt=_MISSING, observed=None, **extra):
        self.n += 1
        key = "%d-%s-A%04d" % (self.num, feed, self.n)
        if sid is not None:
            f = SENSORS[sid]
            lon, lat = f["geometry"]["coordinates"]
            agency = f["properties"]["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
        else:
            agency = FEED_AGENCY[feed]
            if jitter:
                lon, lat = offset(lon, lat, self.rng.uniform(-jitter, jitter), self.rng.uniform(-jitter, jitter))
        obs = self.t(tmin)
        arr = obs + timedelta(minutes=delay, seconds=self.rng.randint(3, 40))
        item = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
                "category": category, "severity": sev, "lon": round(lon, 6), "lat": round(lat, 6),
                "observed": iso(observed if observed is not None else obs), "arrival": iso(arr)}
        if sid is not None:
            item["sensor_id"] = sid
        item["text"] = text
        for k, v in extra.items():
            if v is not None:
                item[k] = v
        item["truth"] = truth
        if alt is not _MISSING:
            item["truth_alt"] = alt
        self.items.append(item)
        return key

    def dup(self, key, extra_min):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(arr + timedelta(minutes=extra_min))
        self.items.append(d)

    def set_alt(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        stem = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as fh:
            for i in items:
                fh.write(json.dumps(i, ensure_ascii=False) + "\n")
        incs = []
        for inc in self.incidents:
            d = dict(inc)
            d["sufficient_evidence_key"] = self.suff[inc["label"]]
            incs.append(d)
        truth = {"situation": stem, "description": self.description, "incidents": incs}
        if self.alt:
            alt_incs = []
            for inc in self.alt["incidents"]:
                d = dict(inc)
                if "sufficient_evidence_key" not in d:
                    d["sufficient_evidence_key"] = self.suff[inc["label"]]
                alt_incs.append(d)
            truth["alternative_reading"] = {"why": self.alt["why"], "incidents": alt_incs}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", stem, len(items), "lines")

def inc_of(sit, label):
    return dict(next(i for i in sit.incidents if i["label"] == label))
