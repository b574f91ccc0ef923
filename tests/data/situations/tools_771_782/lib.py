"""Helpers for situations 771-782 (plum-rain thunderstorms, Shuinan)."""
import json, math, os, random
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)

SENSORS = {ft["properties"]["sensor_id"]: (ft["properties"], ft["geometry"]["coordinates"])
           for ft in _load("sensors.geojson")["features"]}
ROADS = {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in _load("roads.geojson")["features"]}

M_LAT = 110800.0   # m per degree latitude
M_LON = 101600.0   # m per degree longitude (at 24.2 N)

def pos(sid):
    return tuple(SENSORS[sid][1])

def off(p, east_m, north_m):
    return (round(p[0] + east_m / M_LON, 6), round(p[1] + north_m / M_LAT, 6))

def dist(a, b):
    return math.hypot((a[0] - b[0]) * M_LON, (a[1] - b[1]) * M_LAT)

def along(road, frac):
    """Point at a fraction of a road polyline (by length)."""
    c = ROADS[road]
    segs = [dist(c[i], c[i + 1]) for i in range(len(c) - 1)]
    t = frac * sum(segs)
    for i, s in enumerate(segs):
        if t <= s or i == len(segs) - 1:
            r = t / s if s else 0
            return (round(c[i][0] + r * (c[i + 1][0] - c[i][0]), 6), round(c[i][1] + r * (c[i + 1][1] - c[i][1]), 6))
        t -= s

# places (junctions from roads.geojson / sensors.geojson)
ZQ_HZ = pos("SN-SIG-008")      # 中清路/環中路 (underpass SN-FL-006)
TB_HZ = pos("SN-SIG-009")      # 臺灣大道/環中路
HN_ZP = pos("SN-SIG-010")      # 河南路/中平路
JM_ZP = pos("SN-SIG-011")      # 經貿路/中平路
LM_KX = pos("SN-SIG-007")      # 黎明路/凱旋路
KX_HZ = pos("SN-SIG-002")      # 凱旋路/環中路
T74_HZ = pos("SN-SIG-001")     # 台74線/環中路
ZK_HZ = pos("SN-SIG-003")      # 中科路/環中路
JM_HZ = pos("SN-SIG-004")      # 經貿路/環中路
JM_LM = pos("SN-SIG-005")      # 經貿路/黎明路
JM_J7 = pos("SN-SIG-006")      # 經貿路/經貿七路

SEV_FLOOD = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
SEV_WL = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
SEV_RAIN = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


class Sit:
    def __init__(self, num, name, date, description, seed):
        self.num, self.name, self.date, self.description = num, name, date, description
        self.rng = random.Random(seed)
        self.items = []          # (arrival, seq, dict)
        self.by_key = {}
        self.incidents, self.alt_incidents = [], None
        self.alt_why = None
        self.notes = None

    # local clock (UTC+8) -> UTC datetime
    def t(self, hhmm, day_offset=0):
        parts = [int(x) for x in hhmm.split(":")] + [0]
        d = datetime.strptime(self.date, "%Y-%m-%d") + timedelta(days=day_offset, hours=parts[0] - 8, minutes=parts[1], seconds=parts[2])
        return d

    @staticmethod
    def iso(d):
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    def scatter(self, p, dmin=20, dmax=300):
        r = self.rng.uniform(dmin, dmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return off(p, r * math.cos(a), r * math.sin(a))

    def add(self, key, feed, agency, category, severity, p, obs, delay, text, truth, kind="event",
            skew=0.0, alt="__same__", **extra):
        """obs: local 'HH:MM[:SS]' when it really happened; delay: minutes until arrival;
        skew: minutes the source clock is off (observed stamp = true + skew)."""
        true_t = self.t(obs) if isinstance(obs, str) else obs
        arr = true_t + timedelta(minutes=delay)
        it = {"key": f"{self.num}-{key}", "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(p[0], 6), "lat": round(p[1], 6),
              "observed": self.iso(true_t + timedelta(minutes=skew)), "arrival": self.iso(arr)}
        for k, v in extra.items():
            if v is None:
                continue
            it[k] = f"{self.num}-{v}" if k == "follows" else v
        if text is not None:
            it["text"] = text
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        assert it["key"] not in self.by_key, it["key"]
        self.by_key[it["key"]] = it
        self.items.append([arr, len(self.items), it])
        return it

    def dup(self, key, extra_delay):
        it = self.by_key[f"{self.num}-{key}"]
        arr = datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ") + timedelta(minutes=extra_delay)
        d = dict(it); d["arrival"] = self.iso(arr)
        self.items.append([arr, len(self.items), d])

    # ---- feeds -------------------------------------------------------------
    def sensor_item(self, key, feed, category, sid, obs, delay, text, truth, severity="Unknown", kind="event", **kw):
        props, c = SENSORS[sid]
        return self.add(key, feed, props["agency"], category, severity, c, obs, delay, text, truth,
                        kind=kind, sensor_id=sid, **kw)

    def flood(self, key, sid, band, obs, delay, truth, text=None, **kw):
        return self.sensor_item(key, "rule", "flood_depth", sid, obs, delay, text, truth, SEV_FLOOD[band], "alert", level=band, **kw)

    def wl(self, key, sid, lvl, obs, delay, truth, text=None, **kw):
        return self.sensor_item(key, "rule", "water_level", sid, obs, delay, text, truth, SEV_WL[lvl], "alert", level=lvl, **kw)

    def rain(self, key, sid, cls, obs, delay, truth=None, text=None, **kw):
        return self.sensor_item(key, "rule", "heavy_rain", sid, obs, delay, text, truth, SEV_RAIN[cls], "alert", level=cls, **kw)

    def congestion(self, key, sid, obs, delay, truth, sev="Moderate", text=None, **kw):
        return self.sensor_item(key, "rule", "congestion", sid, obs, delay, text, truth, sev, "alert", **kw)

    def cleared(self, key, sid, obs, delay, truth, text=None, **kw):
        return self.sensor_item(key, "rule", "cleared", sid, obs, delay, text, truth, "Minor", "alert", **kw)

    def offline_alert(self, key, sid, obs, delay, truth, text=None, **kw):
        return self.sensor_item(key, "rule", "sensor_offline", sid, obs, delay, text, truth, "Minor", "alert", **kw)

    def status(self, key, sid, state, obs, delay, truth, **kw):
        return self.sensor_item(key, "status", state, sid, obs, delay, None, truth, **kw)

    def panel(self, key, sid, cat, obs, delay, text, truth, **kw):
        return self.sensor_item(key, "fire_alarm", cat, sid, obs, delay, text, truth, **kw)

    def signal(self, key, sid, cat, obs, delay, text, truth, **kw):
        return self.sensor_item(key, "signal", cat, sid, obs, delay, text, truth, **kw)

    def parking(self, key, sid, obs, delay, truth, **kw):
        return self.sensor_item(key, "parking", "full", sid, obs, delay, None, truth, **kw)

    def cctv(self, key, sid, cat, conf, obs, delay, text, truth, **kw):
        return self.sensor_item(key, "cctv", cat, sid, obs, delay, text, truth, confidence=conf, **kw)

    def call(self, key, cat, p, obs, delay, text, truth, dmin=20, dmax=300, exact=False, **kw):
        q = p if exact else self.scatter(p, dmin, dmax)
        return self.add(key, "1999", "citizen", cat, "Unknown", q, obs, delay, text, truth, **kw)

    def police(self, key, cat, sev, p, obs, delay, text, truth, **kw):
        return self.add(key, "incident", "police", cat, sev, p, obs, delay, text, truth, **kw)

    def f119(self, key, cat, p, obs, delay, text, truth, **kw):
        return self.add(key, "119", "fire", cat, "Unknown", p, obs, delay, text, truth, **kw)

    def permit(self, key, cat, p, start, end, arrival_dt, text, truth, **kw):
        """start/end: datetime (UTC); arrival_dt: datetime UTC when the permit reached the center."""
        delay = (arrival_dt - start).total_seconds() / 60.0
        return self.add(key, "planned_event", "police", cat, "Unknown", p, start, delay, text, truth,
                        ends=self.iso(end), **kw)

    # ---- truth -------------------------------------------------------------
    def incident(self, label, typ, desc, suff, alt_only=False, also_alt=True):
        inc = {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": f"{self.num}-{suff}"}
        if not alt_only:
            self.incidents.append(inc)
        if also_alt or alt_only:
            if self.alt_incidents is None:
                self.alt_incidents = []
            self.alt_incidents.append(inc)

    def alternative(self, why):
        self.alt_why = why

    def write(self):
        self.items.sort(key=lambda x: (x[0], x[1]))
        base = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for _, _, it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt_why:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", base, len(self.items), "lines")
