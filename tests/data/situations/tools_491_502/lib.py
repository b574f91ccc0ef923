"""Shared helpers for situations 491-502 (blind oracle, set 2)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TZ = timezone(timedelta(hours=8))
_MISSING = object()

def _load(name):
    with open(os.path.join(GEO, name + ".geojson"), encoding="utf-8") as f:
        return json.load(f)["features"]

SENSORS = {f["properties"]["sensor_id"]: f for f in _load("sensors")}
ROADS = {f["properties"]["road_id"]: f["geometry"]["coordinates"] for f in _load("roads")}

# feed -> sensor kind(s) allowed
FEED_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
RULE_KIND = {"congestion": {"vd"}, "flood_depth": {"flood"}, "water_level": {"water_level"},
             "heavy_rain": {"rain"}}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def on_road(road, frac):
    """Point at fraction frac (0..1) of a road polyline's length (degrees, good enough locally)."""
    pts = ROADS[road]
    segs = [math.dist(a, b) for a, b in zip(pts, pts[1:])]
    d = frac * sum(segs)
    for (a, b), s in zip(zip(pts, pts[1:]), segs):
        if d <= s or s == segs[-1]:
            r = min(1.0, d / s) if s else 0
            return (round(a[0] + (b[0] - a[0]) * r, 6), round(a[1] + (b[1] - a[1]) * r, 6))
        d -= s
    return tuple(pts[-1])


def spos(sid):
    return tuple(SENSORS[sid]["geometry"]["coordinates"])


class Sit:
    def __init__(self, num, name, date):
        self.num, self.name, self.date = num, name, date
        self.rng = random.Random(int(num) * 7919)
        self.items = []

    def t(self, hm):
        parts = [int(x) for x in hm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        y, m, d = (int(x) for x in self.date.split("-"))
        dt = datetime(y, m, d, 0, 0, 0, tzinfo=TZ) + timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])
        return dt

    def near(self, p, metres):
        """Scatter a point up to `metres` around p (callers, police positions)."""
        if isinstance(p, str):
            p = spos(p)
        ang = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(0.3, 1.0) * metres
        dlat = r * math.cos(ang) / 111320.0
        dlon = r * math.sin(ang) / (111320.0 * math.cos(math.radians(p[1])))
        return (round(p[0] + dlon, 6), round(p[1] + dlat, 6))

    def add(self, key, feed, cat, at, delay, truth, text, pos=None, sid=None, sev="Unknown",
            agency=None, conf=None, level=None, follows=None, ends=None, alt=_MISSING, observed=None):
        """at: local 'HH:MM[:SS]' (true time); observed: as the source stamped it (skew), default at;
        delay: seconds from true time to arrival."""
        true_t = self.t(at)
        obs_t = self.t(observed) if observed else true_t
        if sid is not None:
            s = SENSORS[sid]
            if pos is None or feed != "cctv":
                pos = tuple(s["geometry"]["coordinates"])
            if agency is None:
                agency = s["properties"]["agency"]
        if agency is None:
            agency = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police",
                      "cctv": "police", "signal": "traffic", "parking": "traffic"}[feed]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": cat, "severity": sev, "lon": pos[0], "lat": pos[1],
              "observed": iso(obs_t), "arrival": iso(true_t + timedelta(seconds=delay))}
        if sid is not None:
            it["sensor_id"] = sid
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(self.t(ends))
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, key, extra):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(seconds=extra))
        self.items.append(d)

    # shorthands -------------------------------------------------------------
    def cong(self, key, sid, at, truth, speed, sev="Moderate", delay=60, alt=_MISSING, direction=""):
        name = SENSORS[sid]["properties"]["name"]
        txt = f"{name}{direction}平均車速 {speed} km/h，低於壅塞門檻"
        return self.add(key, "rule", "congestion", at, delay, truth, txt, sid=sid, sev=sev, alt=alt)

    def write(self, description, incidents, alternative=None, notes=None):
        items = sorted(self.items, key=lambda i: i["arrival"])  # stable: equal arrivals keep creation order
        base = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for i in items:
                f.write(json.dumps(i, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": description, "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(base, len(items), "items,", len(incidents), "incidents")


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}
