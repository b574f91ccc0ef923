"""Helpers for situations 1851-1862 (seeded; the output is stable)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TPE = timezone(timedelta(hours=8))
MISSING = object()

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENSORS = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
    ROADS = {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in json.load(f)["features"]}
with open(os.path.join(GEO, "gazetteer.yaml"), encoding="utf-8") as f:
    PLACES = {p["id"]: tuple(p["at"]) for p in yaml.safe_load(f)["places"]}


def sensor_pos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return (c[0], c[1])


def sensor_agency(sid):
    return SENSORS[sid]["properties"]["agency"]


def _seg_x(p1, p2, p3, p4):
    d = (p2[0] - p1[0]) * (p4[1] - p3[1]) - (p2[1] - p1[1]) * (p4[0] - p3[0])
    if abs(d) < 1e-15:
        return None
    t = ((p3[0] - p1[0]) * (p4[1] - p3[1]) - (p3[1] - p1[1]) * (p4[0] - p3[0])) / d
    u = ((p3[0] - p1[0]) * (p2[1] - p1[1]) - (p3[1] - p1[1]) * (p2[0] - p1[0])) / d
    if -1e-9 <= t <= 1 + 1e-9 and -1e-9 <= u <= 1 + 1e-9:
        return (p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1]))
    return None


def junction(a, b):
    """Where the lines of two roads of roads.geojson meet."""
    la, lb = ROADS[a], ROADS[b]
    for i in range(len(la) - 1):
        for j in range(len(lb) - 1):
            x = _seg_x(la[i], la[i + 1], lb[j], lb[j + 1])
            if x:
                return (round(x[0], 6), round(x[1], 6))
    # shared vertex / end point
    best = min(((p, q) for p in la for q in lb), key=lambda pq: (pq[0][0] - pq[1][0]) ** 2 + (pq[0][1] - pq[1][1]) ** 2)
    return tuple(best[0])


def along(road, frac):
    """A point at a fraction of a road's length (for mid-block positions)."""
    pts = ROADS[road]
    segs = [math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = sum(segs) * frac
    for i, s in enumerate(segs):
        if target <= s:
            t = target / s
            return (pts[i][0] + t * (pts[i + 1][0] - pts[i][0]), pts[i][1] + t * (pts[i + 1][1] - pts[i][1]))
        target -= s
    return tuple(pts[-1])


FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
DEFAULT_LAG = {"rule": (5, 40), "fire_alarm": (1, 8), "signal": (2, 20), "parking": (30, 90), "status": (1, 10),
               "cctv": (2, 15), "incident": (60, 400), "1999": (90, 420), "119": (20, 90), "planned_event": (0, 0)}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, t0_local, description, seed=None):
        self.num, self.name, self.description = num, name, description
        self.t0 = datetime.strptime(t0_local, "%Y-%m-%d %H:%M").replace(tzinfo=TPE)
        self.rnd = random.Random(seed if seed is not None else num * 7919)
        self.items, self.seq = [], 0
        self.incidents, self.alt_incidents, self.alt_why = [], None, None
        self.notes = None

    # --- positions -------------------------------------------------------
    def near(self, where, rmin=15, rmax=120):
        """A position scattered rmin-rmax metres round a place id, sensor id, (lon, lat) or 'road/road'."""
        if isinstance(where, tuple):
            base = where
        elif where in PLACES:
            base = PLACES[where]
        elif where in SENSORS:
            base = sensor_pos(where)
        elif "/" in where:
            a, b = where.split("/")
            base = junction(a, b)
        else:
            raise KeyError(where)
        r = self.rnd.uniform(rmin, rmax)
        th = self.rnd.uniform(0, 2 * math.pi)
        dlat = r * math.cos(th) / 111320.0
        dlon = r * math.sin(th) / (111320.0 * math.cos(math.radians(base[1])))
        return (round(base[0] + dlon, 6), round(base[1] + dlat, 6))

    # --- items -----------------------------------------------------------
    def add(self, minute, feed, category, text, truth, where=None, sev=None, sensor=None, lag=None,
            alt=MISSING, r=(15, 120), **extra):
        self.seq += 1
        key = f"{self.num}-{self.seq:03d}"
        obs = self.t0 + timedelta(minutes=minute)
        if lag is None:
            lo, hi = DEFAULT_LAG[feed]
            lag = self.rnd.randint(lo, hi)
        arr = obs + timedelta(seconds=lag)
        if feed in SENSOR_FEEDS:
            pos = sensor_pos(sensor)
            agency = sensor_agency(sensor) if feed in ("rule", "status") else FEED_AGENCY[feed]
        else:
            pos = self.near(where, *r) if r else self.near(where, 0, 0)
            agency = FEED_AGENCY[feed]
        if sev is None:
            sev = "Unknown"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": pos[0], "lat": pos[1],
              "observed": iso(obs), "arrival": iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "ends":
                v = iso(self.t0 + timedelta(minutes=v))
            if k == "observed_override":
                it["observed"] = iso(self.t0 + timedelta(minutes=v))
                continue
            it[k] = v
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        """A duplicated delivery: same key and fields, later arrival."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(seconds=extra_s))
        self.items.append(d)

    def incident(self, label, typ, description, key, alt_only=False):
        inc = {"label": label, "type": typ, "description": description, "sufficient_evidence_key": key}
        if not alt_only:
            self.incidents.append(inc)
        return inc

    def alternative(self, why, incidents):
        self.alt_why, self.alt_incidents = why, incidents

    # --- output ----------------------------------------------------------
    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")


def alt_list(primary, drop=(), add=(), replace=None):
    """Complete incident list under the alternative reading."""
    replace = replace or {}
    out = []
    for inc in primary:
        if inc["label"] in drop:
            continue
        out.append(replace.get(inc["label"], inc))
    return out + list(add)


# --- background (truth null): routine cases 1999 routes itself, routine sensor states ---------
BG_1999 = [
    ("streetlight", "kaixuan/liming", "凱旋路黎明路口附近路燈不亮，燈桿編號XT-0{n}"),
    ("streetlight", "jingmao/zhongping", "經貿路中平路口旁路燈一閃一閃，燈桿編號XT-1{n}"),
    ("streetlight", "zhongke/huanzhong", "中科路靠環中路人行道路燈不亮，燈桿編號XT-2{n}"),
    ("illegal_parking", "liming/jingmao", "黎明路三段騎樓被機車停滿，行人只能走到車道"),
    ("illegal_parking", "henan/zhongping", "河南路停車場出口有車併排停車"),
    ("環境清潔", "jingmao6_car_park", "經貿六停車場旁垃圾桶滿出來，有異味"),
    ("動物救援", "kaixuan/huanzhong", "凱旋路環中路口有一隻流浪狗在車道上亂竄"),
    ("road_damage", "zhongke/liming", "中科路機車道有一個坑洞，騎車很危險"),
    ("公園路樹", "SN-FL-004", "中央公園南側步道樹枝太低會打到頭，請派人修剪"),
    ("other", "jingmao/huanzhong", "詢問水湳轉運中心往高鐵的客運班次"),
]


def background(s, minutes, pool_idx=None):
    """Add routine 1999 service cases (routed by 1999 itself, no job for the center)."""
    keys = []
    for i, m in enumerate(minutes):
        cat, where, text = BG_1999[(pool_idx[i] if pool_idx else s.rnd.randrange(len(BG_1999)))]
        keys.append(s.add(m, "1999", cat, text.format(n=s.rnd.randint(1000, 9999)), None, where, r=(20, 150)))
    return keys
