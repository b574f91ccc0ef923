"""Helpers for the labelled situations 1451-1462 (Python 3 standard library only).

A scene is written in local time (UTC+8) as the story happens; this module turns it into
the item lines of FORMAT.md (UTC, arrival order, keys, delivery delays, duplicates,
skewed clocks) and the truth file.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))
TZ = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc

# ----------------------------------------------------------------------------- geography


def load_sensors(geo_dir=GEO):
    with open(os.path.join(geo_dir, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {
            "lon": lon, "lat": lat, "kind": p["kind"], "agency": p["agency"],
            "name": p.get("name", ""), "metadata": p.get("metadata") or {},
        }
    return out


def load_roads(geo_dir=GEO):
    with open(os.path.join(geo_dir, "roads.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["road_id"]: [tuple(c) for c in ft["geometry"]["coordinates"]]
            for ft in data["features"]}


def load_places(geo_dir=GEO):
    """The gazetteer's places (id -> (lon, lat)); a small line reader for its plain layout."""
    places = {}
    cur = None
    with open(os.path.join(geo_dir, "gazetteer.yaml"), encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("- id:"):
                cur = s.split(":", 1)[1].strip()
            elif s.startswith("at:") and cur:
                a, b = s.split(":", 1)[1].strip().strip("[]").split(",")
                places[cur] = (float(a), float(b))
    return places


SENSORS = load_sensors()
ROADS = load_roads()
PLACES = load_places()

M_PER_DEG_LAT = 110770.0
M_PER_DEG_LON = 111320.0 * math.cos(math.radians(24.185))


def off(pt, e=0.0, n=0.0):
    """A point e metres east and n metres north of pt."""
    return (round(pt[0] + e / M_PER_DEG_LON, 6), round(pt[1] + n / M_PER_DEG_LAT, 6))


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * M_PER_DEG_LON, (a[1] - b[1]) * M_PER_DEG_LAT)


def _seg_closest(p1, p2, q1, q2):
    """Closest points of two segments (in a local metric frame), returns (gap_m, point)."""
    def xy(p):
        return (p[0] * M_PER_DEG_LON, p[1] * M_PER_DEG_LAT)
    a, b, c, d = xy(p1), xy(p2), xy(q1), xy(q2)

    def proj(p, s, t):
        vx, vy = t[0] - s[0], t[1] - s[1]
        L = vx * vx + vy * vy
        u = 0.0 if L == 0 else max(0.0, min(1.0, ((p[0] - s[0]) * vx + (p[1] - s[1]) * vy) / L))
        return (s[0] + u * vx, s[1] + u * vy)

    # proper intersection
    def cross(o, p, q):
        return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0])
    d1, d2, d3, d4 = cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)
    if d1 * d2 <= 0 and d3 * d4 <= 0 and (d1 != d2):
        u = d1 / (d1 - d2)
        x = (a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))
        return 0.0, (x[0] / M_PER_DEG_LON, x[1] / M_PER_DEG_LAT)
    best = None
    for p, (s, t) in ((a, (c, d)), (b, (c, d)), (c, (a, b)), (d, (a, b))):
        q = proj(p, s, t)
        g = math.hypot(p[0] - q[0], p[1] - q[1])
        if best is None or g < best[0]:
            mid = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
            best = (g, (mid[0] / M_PER_DEG_LON, mid[1] / M_PER_DEG_LAT))
    return best


def junction(r1, r2):
    """Where two roads of roads.geojson cross (or the middle of their closest approach)."""
    best = None
    l1, l2 = ROADS[r1], ROADS[r2]
    for i in range(len(l1) - 1):
        for j in range(len(l2) - 1):
            g, p = _seg_closest(l1[i], l1[i + 1], l2[j], l2[j + 1])
            if best is None or g < best[0]:
                best = (g, p)
    return (round(best[1][0], 6), round(best[1][1], 6))


def along(road, frac):
    """The point a fraction of the way along a road's line."""
    line = ROADS[road]
    segs = [dist_m(line[i], line[i + 1]) for i in range(len(line) - 1)]
    target = frac * sum(segs)
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            u = 0 if s == 0 else min(1.0, target / s)
            a, b = line[i], line[i + 1]
            return (round(a[0] + u * (b[0] - a[0]), 6), round(a[1] + u * (b[1] - a[1]), 6))
        target -= s


def place(pid):
    return PLACES[pid]


def sensor_pt(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


# ----------------------------------------------------------------------------- vocabulary

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared",
             "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"traffic_accident", "accident", "injury_accident", "stalled_vehicle",
                 "fallen_object", "wrong_way_driver", "fire_report", "hazmat_report",
                 "flooding_report", "road_closure", "road_reopened", "road_collapse",
                 "crowd_control", "traffic_signal_fault", "theft", "public_disturbance",
                 "medical", "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree",
             "fire_smoke", "gas_odor", "traffic_accident", "crowding", "noise", "illegal_parking",
             "water_outage", "evacuation", "missing_person", "fallen_object", "rescue",
             "power_outage", "streetlight", "環境公害", "環境清潔", "動物救援", "公園路樹", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
CASE_STATUS = {"dispatched", "on_scene", "returning", "closed"}
PERMIT_STATUS = {"approved", "amended", "cancelled"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure",
                  "hazmat"}

# delivery delays in seconds (min, max) of each feed, from the brief and the feeds' nature
DELAY = {"incident": (150, 900), "1999": (60, 420), "119": (4, 45), "cctv": (2, 15),
         "rule": (20, 80), "fire_alarm": (1, 8), "signal": (2, 20), "parking": (15, 130),
         "status": (1, 10), "planned_event": (60, 600)}

MISSING = object()


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Item:
    def __init__(self, scene, feed, category, t, pt, text, truth, **kw):
        self.scene = scene
        self.feed = feed
        self.category = category
        self.t = t                      # true local time of the report at its source
        self.pt = pt
        self.text = text
        self.truth = truth
        self.alt = kw.pop("alt", MISSING)
        self.severity = kw.pop("severity", None)
        self.sensor = kw.pop("sensor", None)
        self.conf = kw.pop("conf", None)
        self.level = kw.pop("level", None)
        self.follows = kw.pop("follows", None)
        self.status = kw.pop("status", None)
        self.reason = kw.pop("reason", None)
        self.gateway = kw.pop("gateway", None)
        self.ends = kw.pop("ends", None)
        self.radius = kw.pop("radius", None)
        self.permit_status = kw.pop("permit_status", None)
        self.delay = kw.pop("delay", None)
        self.arrive = kw.pop("arrive", None)   # explicit local arrival time
        self.skew = kw.pop("skew", 0)           # source clock error, seconds
        self.dups = kw.pop("dups", [])          # extra deliveries, seconds after the first
        self.key = kw.pop("key", None)
        if kw:
            raise TypeError("unknown fields %s" % sorted(kw))
        self.arrival = None


class Scene:
    def __init__(self, num, short, date, title, description, seed=None):
        self.num = num
        self.short = short
        self.date = dt.date.fromisoformat(date)
        self.title = title
        self.description = description
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.incidents = {}
        self.order = []
        self.alt_why = None
        self.alt_defs = {}
        self.notes = None
        self.story = ""
        self.alt_story = ""

    # -- time
    def t(self, hhmm, d=0):
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        day = self.date + dt.timedelta(days=d)
        return dt.datetime(day.year, day.month, day.day, parts[0], parts[1], parts[2], tzinfo=TZ)

    # -- incidents
    def incident(self, label, itype, description):
        assert itype in INCIDENT_TYPES, itype
        assert label not in self.incidents, label
        self.incidents[label] = {"label": label, "type": itype, "description": description,
                                 "sufficient": None}
        self.order.append(label)
        return label

    def sufficient(self, label, item):
        self.incidents[label]["sufficient"] = item

    def alternative(self, why, story=""):
        self.alt_why = why
        self.alt_story = story

    def alt_incident(self, label, itype, description, sufficient):
        """An incident as the alternative reading sees it (new, or changed from the main one)."""
        self.alt_defs[label] = {"label": label, "type": itype, "description": description,
                                "sufficient": sufficient}

    # -- items
    def add(self, feed, category, t, pt, text, truth, **kw):
        if isinstance(t, str):
            t = self.t(t)
        if isinstance(pt, str):
            pt = sensor_pt(pt) if pt in SENSORS else place(pt)
        it = Item(self, feed, category, t, pt, text, truth, **kw)
        if feed in SENSOR_FEEDS:
            if it.sensor is None:
                raise ValueError("sensor item without sensor_id")
            it.pt = sensor_pt(it.sensor)
        self.items.append(it)
        return it

    def police(self, category, t, pt, text, truth, severity="Moderate", **kw):
        return self.add("incident", category, t, pt, text, truth, severity=severity, **kw)

    def c1999(self, category, t, pt, text, truth, **kw):
        return self.add("1999", category, t, pt, text, truth, **kw)

    def f119(self, category, t, pt, text, truth, **kw):
        return self.add("119", category, t, pt, text, truth, **kw)

    def f119_update(self, case, status, t, text, truth=MISSING, **kw):
        tr = case.truth if truth is MISSING else truth
        if "alt" not in kw and case.alt is not MISSING:
            kw["alt"] = case.alt
        return self.add("119", case.category, t, kw.pop("pt", case.pt), text, tr, status=status,
                        follows=case, **kw)

    def cctv(self, sensor, category, t, conf, text, truth, **kw):
        return self.add("cctv", category, t, None, text, truth, sensor=sensor, conf=conf, **kw)

    def rule(self, sensor, category, t, text, truth, severity=None, level=None, **kw):
        if severity is None:
            if category == "flood_depth":
                severity = FLOOD_SEV[level]
            elif category == "water_level":
                severity = WL_SEV[level]
            elif category == "heavy_rain":
                severity = RAIN_SEV[level]
            else:
                severity = "Minor"
        return self.add("rule", category, t, None, text, truth, sensor=sensor, severity=severity,
                        level=level, **kw)

    def panel(self, sensor, state, t, text, truth, **kw):
        return self.add("fire_alarm", state, t, None, text, truth, sensor=sensor, **kw)

    def signal(self, sensor, state, t, text, truth, **kw):
        return self.add("signal", state, t, None, text, truth, sensor=sensor, **kw)

    def parking(self, sensor, state, t, text, truth, **kw):
        return self.add("parking", state, t, None, text, truth, sensor=sensor, **kw)

    def status(self, sensor, state, t, text, truth, **kw):
        return self.add("status", state, t, None, text, truth, sensor=sensor, **kw)

    def permit(self, category, start, end, pt, radius, text, truth, arrive, **kw):
        return self.add("planned_event", category, start, pt, text, truth, ends=end, radius=radius,
                        arrive=arrive, **kw)

    def permit_version(self, first, pstatus, issued_arrive, text, start=None, end=None, pt=None,
                       radius=MISSING, truth=MISSING, **kw):
        tr = first.truth if truth is MISSING else truth
        if "alt" not in kw and first.alt is not MISSING:
            kw["alt"] = first.alt
        return self.add("planned_event", first.category, start or first.t, pt or first.pt, text, tr,
                        ends=end or first.ends, radius=first.radius if radius is MISSING else radius,
                        arrive=issued_arrive, follows=first, permit_status=pstatus, **kw)

    # -- building the files
    def _keys(self):
        ymd = self.date.strftime("%Y%m%d")
        roc = "%03d%s" % (self.date.year - 1911, self.date.strftime("%m%d"))
        rng = random.Random(self.num * 31 + 7)
        seqs = {"incident": rng.randint(180, 700), "1999": rng.randint(200, 900),
                "119": rng.randint(300, 900), "planned_event": rng.randint(10, 60)}
        roots = [it for it in self.items if it.key is None and it.feed in seqs and
                 not (it.feed in ("119", "planned_event") and it.follows is not None)
                 and not (it.feed == "1999" and it.follows is not None)]
        roots.sort(key=lambda it: (it.feed == "planned_event" and it.arrive or it.t))
        for it in roots:
            seqs[it.feed] += rng.randint(1, 9) if it.feed != "planned_event" else 1
            n = seqs[it.feed]
            if it.feed == "incident":
                it.key = "TCPD6-%s-%04d" % (ymd, n)
            elif it.feed == "1999":
                it.key = "1999-%s-%06d" % (roc, n)
            elif it.feed == "119":
                it.key = "TC119-%s-%04d" % (ymd, n)
            else:
                it.key = "PMT-%d-%04d" % (self.date.year, n + 300)
        counts = {}
        for it in self.items:
            if it.key is not None:
                continue
            if it.feed == "119":
                it.key = "%s:%s" % (it.follows.key, it.status)
            elif it.feed == "planned_event":
                counts[it.follows.key] = counts.get(it.follows.key, 0) + 1
                it.key = "%s:%s-%d" % (it.follows.key, it.permit_status, counts[it.follows.key])
            elif it.feed == "1999":
                counts[it.follows.key] = counts.get(it.follows.key, 0) + 1
                it.key = "%s:u%d" % (it.follows.key, counts[it.follows.key])
            else:
                stamp = (it.t + dt.timedelta(seconds=it.skew)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
                it.key = "%s:%s:%s" % (it.sensor, it.category, stamp)
        seen = {}
        for it in self.items:
            if it.key in seen:
                raise ValueError("duplicate key %s in %s" % (it.key, self.num))
            seen[it.key] = it

    def _arrivals(self):
        for it in self.items:
            if it.arrive is not None:
                a = it.arrive if not isinstance(it.arrive, str) else self.t(it.arrive)
            else:
                d = it.delay
                if d is None:
                    d = DELAY[it.feed]
                if isinstance(d, (tuple, list)):
                    d = self.rng.randint(d[0], d[1])
                a = it.t + dt.timedelta(seconds=d)
            it.arrival = a

    def line(self, it, arrival):
        sev = it.severity or "Unknown"
        d = {"key": it.key, "kind": "alert" if it.feed == "rule" else "event", "feed": it.feed,
             "agency": (SENSORS[it.sensor]["agency"] if it.feed in ("rule", "status", "cctv")
                        else FEED_AGENCY[it.feed]),
             "category": it.category, "severity": sev,
             "lon": round(it.pt[0], 6), "lat": round(it.pt[1], 6),
             "observed": iso(it.t + dt.timedelta(seconds=it.skew)), "arrival": iso(arrival)}
        if it.sensor:
            d["sensor_id"] = it.sensor
        if it.level is not None:
            d["level"] = it.level
        if it.conf is not None:
            d["confidence"] = it.conf
        if it.status is not None:
            d["status"] = it.status
        if it.reason is not None:
            d["reason"] = it.reason
        if it.gateway is not None:
            d["gateway"] = it.gateway
        if it.follows is not None:
            d["follows"] = it.follows.key
        if it.ends is not None:
            d["ends"] = iso(it.ends if not isinstance(it.ends, str) else self.t(it.ends))
        if it.radius is not None:
            d["radius_m"] = it.radius
        if it.permit_status is not None:
            d["permit_status"] = it.permit_status
        d["text"] = it.text
        d["truth"] = it.truth
        if it.alt is not MISSING:
            d["truth_alt"] = it.alt
        return d

    def build(self):
        self._keys()
        self._arrivals()
        rows = []
        for idx, it in enumerate(self.items):
            rows.append((it.arrival, idx, 0, it, it.arrival))
            for j, extra in enumerate(it.dups):
                rows.append((it.arrival + dt.timedelta(seconds=extra), idx, j + 1, it, None))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        lines = [self.line(it, arr) for arr, _, _, it, _ in rows]
        return lines

    def truth_doc(self):
        def inc(defn):
            s = defn["sufficient"]
            return {"label": defn["label"], "type": defn["type"], "description": defn["description"],
                    "sufficient_evidence_key": s.key if s is not None else None}
        used = []
        for it in sorted(self.items, key=lambda i: i.arrival):
            if it.truth is not None and it.truth not in used:
                used.append(it.truth)
        incidents = [inc(self.incidents[l]) for l in self.order if l in used]
        doc = {"situation": "%d_%s" % (self.num, self.short), "description": self.description,
               "incidents": incidents}
        if self.alt_why:
            alt_used = []
            for it in sorted(self.items, key=lambda i: i.arrival):
                lab = it.truth if it.alt is MISSING else it.alt
                if lab is not None and lab not in alt_used:
                    alt_used.append(lab)
            alt_inc = []
            for l in alt_used:
                if l in self.alt_defs:
                    alt_inc.append(inc(self.alt_defs[l]))
                else:
                    alt_inc.append(inc(self.incidents[l]))
            doc["alternative_reading"] = {"why": self.alt_why, "incidents": alt_inc}
        if self.notes:
            doc["notes"] = self.notes
        return doc

    def write(self, out_dir=OUT):
        nosuff = [l for l in self.order if self.incidents[l]["sufficient"] is None]
        if nosuff:
            raise ValueError("%d: incidents without sufficient evidence: %s" % (self.num, nosuff))
        unused = [l for l in self.order if not any(it.truth == l for it in self.items)]
        if unused:
            raise ValueError("%d: incidents without items: %s" % (self.num, unused))
        lines = self.build()
        stem = "%d_%s" % (self.num, self.short)
        with open(os.path.join(out_dir, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for d in lines:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(self.truth_doc(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        meta = {"num": self.num, "stem": stem, "title": self.title, "story": self.story,
                "alt_story": self.alt_story, "items": len(lines),
                "incidents": [self.incidents[l]["label"] for l in self.order],
                "start": iso(min(it.t for it in self.items)),
                "end": iso(max(it.t for it in self.items))}
        os.makedirs(os.path.join(HERE, "meta"), exist_ok=True)
        with open(os.path.join(HERE, "meta", stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        return stem, len(lines)


# ----------------------------------------------------------------------------- routine texts

def vd_text(sid, speed, occ, direction=""):
    s = SENSORS[sid]
    return "%s%s 平均車速 %d km/h、佔有率 %d%%，低於壅塞門檻" % (s["name"], direction, speed, occ)


def park_text(sid, state, avail=0, extra=""):
    s = SENSORS[sid]
    if state == "full":
        return "%s 汽車剩餘 %d 格（總 %d 格），車位已滿%s" % (s["name"], avail, s["metadata"].get("total_car", 0), extra)
    if state == "closed":
        return "%s 入口暫停開放%s" % (s["name"], extra)
    return "%s 車位全空%s" % (s["name"], extra)


J = junction
