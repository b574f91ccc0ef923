"""Shared helpers for situations 2071-2082 (standard library only)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")


def _load_geo(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load_geo("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {"pos": tuple(_f["geometry"]["coordinates"]),
                                "agency": _p["agency"], "kind": _p["kind"],
                                "name": _p.get("name", "")}

ROADS = {}
for _f in _load_geo("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = [tuple(c) for c in _f["geometry"]["coordinates"]]

# Named places (positions from the registry / road anchors).
PLACES = {
    "hub": SENSORS["SN-FA-001"]["pos"],
    "hall_a": SENSORS["SN-FA-002"]["pos"],
    "hall_b": SENSORS["SN-FA-003"]["pos"],
    "museumbrary": SENSORS["SN-FA-004"]["pos"],
    "tower": SENSORS["SN-FA-005"]["pos"],
    "popmusic": SENSORS["SN-FA-006"]["pos"],
    "park_carpark": SENSORS["SN-FA-007"]["pos"],
    "reclamation": SENSORS["SN-FA-008"]["pos"],
    "fcu": SENSORS["SN-FA-009"]["pos"],
    "cmu": SENSORS["SN-FA-010"]["pos"],
    "eco_a": SENSORS["SN-FA-011"]["pos"],
    "eco_b": SENSORS["SN-FA-012"]["pos"],
    "henan_carpark": SENSORS["SN-PK-003"]["pos"],
    "jingmao6_carpark": SENSORS["SN-PK-002"]["pos"],
    "x_74_huanzhong": SENSORS["SN-SIG-001"]["pos"],
    "x_kaixuan_huanzhong": SENSORS["SN-SIG-002"]["pos"],
    "x_zhongke_huanzhong": SENSORS["SN-SIG-003"]["pos"],
    "x_jingmao_huanzhong": SENSORS["SN-SIG-004"]["pos"],
    "x_jingmao_liming": SENSORS["SN-SIG-005"]["pos"],
    "x_jingmao_7": SENSORS["SN-SIG-006"]["pos"],
    "x_liming_kaixuan": SENSORS["SN-SIG-007"]["pos"],
    "x_zhongqing_huanzhong": SENSORS["SN-SIG-008"]["pos"],
    "x_taiwan_huanzhong": SENSORS["SN-SIG-009"]["pos"],
    "x_henan_zhongping": SENSORS["SN-SIG-010"]["pos"],
    "x_jingmao_zhongping": SENSORS["SN-SIG-011"]["pos"],
}

FEED_KIND = {"rule": "alert"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
FEED_TAG = {"rule": "RULE", "fire_alarm": "FA", "signal": "SIG", "parking": "PK",
            "incident": "POL", "cctv": "CCTV", "1999": "1999", "status": "ST",
            "119": "119", "planned_event": "PE"}
# typical delay between the source's stamp and the center's receipt (seconds)
FEED_DELAY = {"rule": (5, 40), "fire_alarm": (2, 10), "signal": (3, 20), "parking": (5, 30),
              "incident": (40, 180), "cctv": (2, 12), "1999": (60, 300), "status": (2, 15),
              "119": (10, 60), "planned_event": (30, 120)}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def road_point(road, frac):
    """Point at fraction frac (0..1) of a road line's length (planar degrees, fine here)."""
    pts = ROADS[road]
    segs = []
    total = 0.0
    for a, b in zip(pts, pts[1:]):
        d = math.hypot((b[0] - a[0]) * math.cos(math.radians(24.18)), b[1] - a[1])
        segs.append((a, b, d))
        total += d
    want = frac * total
    for a, b, d in segs:
        if want <= d or d == 0:
            t = want / d if d else 0
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        want -= d
    return pts[-1]


def between(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


class Situation:
    def __init__(self, num, name, start_local, seed, description, notes):
        self.num = num
        self.name = name
        self.rng = random.Random(seed)
        # start_local: "2026-03-14 19:00" Taiwan time (UTC+8)
        self.t0 = datetime.strptime(start_local, "%Y-%m-%d %H:%M").replace(
            tzinfo=timezone(timedelta(hours=8)))
        self.items = []
        self.counter = 0
        self.incidents = []
        self.alt = None
        self.description = description
        self.notes = notes

    # -- positions
    def pos(self, where, scatter=0):
        if isinstance(where, str):
            p = SENSORS[where]["pos"] if where in SENSORS else PLACES[where]
        else:
            p = where
        if scatter:
            ang = self.rng.uniform(0, 2 * math.pi)
            r = self.rng.uniform(0.3, 1.0) * scatter
            dlat = r * math.sin(ang) / 111320.0
            dlon = r * math.cos(ang) / (111320.0 * math.cos(math.radians(p[1])))
            p = (p[0] + dlon, p[1] + dlat)
        return (round(p[0], 6), round(p[1], 6))

    # -- items
    def add(self, feed, category, minute, text, truth, where=None, sensor=None, severity="Unknown",
            scatter=None, delay=None, observed=None, truth_alt="__same__", **extra):
        """minute: when it happened (minutes after t0); returns the key."""
        self.counter += 1
        key = "%d-%s-%04d" % (self.num, FEED_TAG[feed], self.counter)
        obs = self.t0 + timedelta(seconds=round(minute * 60))
        if delay is None:
            lo, hi = FEED_DELAY[feed]
            delay = self.rng.randint(lo, hi)
        arr = obs + timedelta(seconds=delay)
        if observed is not None:  # a wrong clock at the source
            obs = obs + timedelta(seconds=observed)
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["pos"]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY.get(feed, s["agency"])
        else:
            if scatter is None:
                scatter = {"1999": 120, "incident": 40, "119": 30}.get(feed, 0)
            lon, lat = self.pos(where, scatter)
            agency = FEED_AGENCY[feed]
        it = {"key": key, "kind": FEED_KIND.get(feed, "event"), "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": lon, "lat": lat,
              "observed": iso(obs), "arrival": iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            it[k] = v
        it["truth"] = truth
        if truth_alt != "__same__":
            it["truth_alt"] = truth_alt
        it["_arr"] = arr
        self.items.append(it)
        return key

    def dup(self, key, after_s):
        """The same item delivered again after_s seconds after its first arrival."""
        src = [i for i in self.items if i["key"] == key][0]
        c = dict(src)
        c["_arr"] = src["_arr"] + timedelta(seconds=after_s)
        c["arrival"] = iso(c["_arr"])
        self.items.append(c)

    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # -- output
    def write(self):
        items = sorted(self.items, key=lambda i: i["_arr"])  # stable: ties keep creation order
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                d = {k: v for k, v in it.items() if k != "_arr"}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


def inc(label, typ, description, key):
    return {"label": label, "type": typ, "description": description, "sufficient_evidence_key": key}


BG_1999 = [
    ("streetlight", "路燈不亮，燈桿編號{n}，麻煩派人來修。", ["eco_a", "eco_b", "fcu", "cmu", "henan_carpark", "tower"]),
    ("streetlight", "這支路燈一直閃，燈號{n}。", ["museumbrary", "popmusic", "jingmao6_carpark"]),
    ("illegal_parking", "有車子停在紅線上擋住出入口，車牌不清楚，請派員處理。", ["eco_a", "eco_b", "hub", "cmu"]),
    ("illegal_parking", "機車亂停在人行道上，行人都要走到車道。", ["fcu", "hall_b", "popmusic"]),
    ("noise", "樓下店家音響很大聲，已經很晚了。", ["eco_a", "eco_b"]),
    ("環境清潔", "人行道旁垃圾堆很多天沒人清，有味道。", ["cmu", "fcu", "henan_carpark"]),
    ("road_damage", "路面有一個小坑洞，騎車要小心，請安排修補。", ["x_jingmao_7", "x_liming_kaixuan", "x_henan_zhongping"]),
    ("公園路樹", "公園步道旁樹枝太長擋到路燈，請修剪。", ["SN-FL-002", "SN-FL-004"]),
    ("動物救援", "有一隻流浪狗受傷躺在路邊，請動保處來看。", ["cmu", "eco_b", "fcu"]),
]
VDS = [k for k, v in SENSORS.items() if v["kind"] == "vd"]


def bg_1999(s, minute, idx=None):
    pool = BG_1999 if idx is None else [BG_1999[idx]]
    cat, text, places = s.rng.choice(pool)
    text = text.replace("{n}", "%d%04d" % (s.rng.randint(1, 9), s.rng.randint(0, 9999)))
    return s.add("1999", cat, minute, text, None, where=s.rng.choice(places), scatter=150)


def bg_congestion(s, minute, vd=None, severity="Minor"):
    vd = vd or s.rng.choice(VDS)
    road = SENSORS[vd]["name"].replace("車輛偵測器", "").rstrip("0123456789")
    return s.add("rule", "congestion", minute, "%s車速下降，平均車速%d km/h。" % (road, s.rng.randint(12, 25)),
                 None, sensor=vd, severity=severity)


def bg_flap(s, minute, sensor, reason="comms_lost", back_after=3.0):
    """A device that drops off and comes back: background."""
    k1 = s.add("status", "offline", minute, "設備離線。", None, sensor=sensor, reason=reason)
    k2 = s.add("status", "online", minute + back_after, "設備恢復連線。", None, sensor=sensor)
    return k1, k2


def at(s, minute):
    return iso(s.t0 + timedelta(seconds=round(minute * 60)))
