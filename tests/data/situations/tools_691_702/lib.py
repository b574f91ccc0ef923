"""Helpers for situations 691-702 (traffic emphasis). Python 3 stdlib only."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
UTC = timezone.utc
MISSING = object()

def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)

SENSORS = {f["properties"]["sensor_id"]: f for f in _load("sensors.geojson")["features"]}
ROADS = {f["properties"]["road_id"]: f for f in _load("roads.geojson")["features"]}

def spos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return c[0], c[1]

def sagency(sid):
    return SENSORS[sid]["properties"]["agency"]

def skind(sid):
    return SENSORS[sid]["properties"]["kind"]

# junctions: the registered signal positions (signals sit on the crossings)
J = {
    "台74環中": spos("SN-SIG-001"), "凱旋環中": spos("SN-SIG-002"), "中科環中": spos("SN-SIG-003"),
    "經貿環中": spos("SN-SIG-004"), "經貿黎明": spos("SN-SIG-005"), "經貿經貿七": spos("SN-SIG-006"),
    "黎明凱旋": spos("SN-SIG-007"), "中清環中": spos("SN-SIG-008"), "臺灣大道環中": spos("SN-SIG-009"),
    "河南中平": spos("SN-SIG-010"), "經貿中平": spos("SN-SIG-011"),
}

M_LAT = 110900.0
def m_lon(lat):
    return 111320.0 * math.cos(math.radians(lat))

def offset(p, east_m, north_m):
    return (p[0] + east_m / m_lon(p[1]), p[1] + north_m / M_LAT)

def dist(a, b):
    return math.hypot((a[0] - b[0]) * m_lon(a[1]), (a[1] - b[1]) * M_LAT)

def road_pt(road_id, frac):
    """Point at fraction frac (0..1) of a road's polyline length."""
    g = ROADS[road_id]["geometry"]
    pts = g["coordinates"][0] if g["type"] == "MultiLineString" else g["coordinates"]
    segs = [dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = frac * sum(segs)
    for i, L in enumerate(segs):
        if target <= L or i == len(segs) - 1:
            r = min(1.0, target / L) if L else 0
            return (pts[i][0] + r * (pts[i + 1][0] - pts[i][0]), pts[i][1] + r * (pts[i + 1][1] - pts[i][1]))
        target -= L

def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, base_local, seed=None):
        """base_local: 'YYYY-mm-dd HH:MM' Taipei time; t(m) = base + m minutes (UTC)."""
        self.num, self.name = num, name
        self.base = datetime.strptime(base_local, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=8))).astimezone(UTC)
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.seq = {}
        self.ymd = self.base.astimezone(timezone(timedelta(hours=8))).strftime("%Y%m%d")
        y = int(self.ymd[:4]) - 1911
        self.roc = "%d%s" % (y, self.ymd[4:])

    def t(self, m):
        return self.base + timedelta(minutes=m)

    def _n(self, k, start):
        self.seq[k] = self.seq.get(k, start) + 1
        return self.seq[k]

    def near(self, p, dmin=30, dmax=200):
        d = self.rng.uniform(dmin, dmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(p, d * math.cos(a), d * math.sin(a))

    def _add(self, it, truth, alt):
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def _base(self, key, kind, feed, agency, category, severity, p, obs, arr, text):
        return {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
                "severity": severity, "lon": round(p[0], 6), "lat": round(p[1], 6),
                "observed": iso(obs), "arrival": iso(arr), "text": text}

    # sensor-borne items -------------------------------------------------
    def alert(self, sid, category, severity, m, text, truth=None, alt=MISSING, delay=0.5, level=None):
        obs = self.t(m); arr = obs + timedelta(minutes=delay)
        it = self._base("ALR-%s-%s" % (sid, obs.strftime("%Y%m%d%H%M%S")), "alert", "rule", sagency(sid),
                        category, severity, spos(sid), obs, arr, text)
        it["sensor_id"] = sid
        if level is not None:
            it["level"] = level
        return self._add(it, truth, alt)

    def dev(self, feed, sid, category, m, text, truth=None, alt=MISSING, delay=0.2, confidence=None, skew_s=0):
        """signal / parking / cctv / status / fire_alarm event from a registered device.
        skew_s: the device clock's error (observed as stamped = true + skew)."""
        true = self.t(m); obs = true + timedelta(seconds=skew_s); arr = true + timedelta(minutes=delay)
        it = self._base("%s:%s:%s" % (sid, category, obs.strftime("%Y%m%dT%H%M%S")), "event", feed, sagency(sid),
                        category, "Unknown", spos(sid), obs, arr, text)
        it["sensor_id"] = sid
        if confidence is not None:
            it["confidence"] = confidence
        return self._add(it, truth, alt)

    # reports ------------------------------------------------------------
    def police(self, category, severity, p, m, text, truth=None, alt=MISSING, delay=1.0, follows=None):
        key = "TCPD-%s-%04d" % (self.ymd, self._n("police", 100 + self.num % 50 * 3))
        obs = self.t(m)
        it = self._base(key, "event", "incident", "police", category, severity, p, obs, obs + timedelta(minutes=delay), text)
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt)

    def c1999(self, category, p, m, text, truth=None, alt=MISSING, delay=None):
        key = "1999-%s-%06d" % (self.roc, self._n("1999", 400 + self.num * 3))
        obs = self.t(m)
        d = delay if delay is not None else self.rng.uniform(2.5, 9.0)
        it = self._base(key, "event", "1999", "citizen", category, "Unknown", p, obs, obs + timedelta(minutes=d), text)
        return self._add(it, truth, alt)

    def f119(self, category, p, m, text, truth=None, alt=MISSING, delay=0.4, follows=None, status=None):
        if follows:
            key = "%s/%s" % (follows, status)
        else:
            key = "F%s%04d" % (self.ymd, self._n("119", 30 + self.num % 40))
        obs = self.t(m)
        it = self._base(key, "event", "119", "fire", category, "Unknown", p, obs, obs + timedelta(minutes=delay), text)
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt)

    def permit(self, category, p, m_issued, start_m, end_m, text, truth=None, alt=MISSING, key=None):
        key = key or "PRM-%s-%03d" % (self.ymd, self._n("permit", 10 + self.num % 20))
        it = self._base(key, "event", "planned_event", "police", category, "Unknown", p, self.t(start_m),
                        self.t(m_issued), text)
        it["ends"] = iso(self.t(end_m))
        return self._add(it, truth, alt)

    def dup(self, it, later_min):
        d = dict(it)
        arr = datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) + timedelta(minutes=later_min)
        d["arrival"] = iso(arr)
        self.items.append(d)
        return d

    # output -------------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"], i["key"]))
        stem = "%03d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": stem, "description": description, "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return stem, len(items)


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}
