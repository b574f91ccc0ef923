"""Helpers for situations 131-142 (seeded, stable output).

Conventions (see README_131-142.md):
- times are written in Taiwan local time (UTC+8) in the generators and stored as UTC ISO 8601 with 'Z';
- keys are "<situation>-<feed>-<nnn>", unique inside a situation; a duplicated delivery repeats the key;
- sensor items take the registered position from sensors.geojson.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
IN = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
TW = timezone(timedelta(hours=8))
MISSING = object()

with open(os.path.join(IN, "sensors.geojson"), encoding="utf-8") as f:
    SENSORS = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}


def sensor_pos(sid):
    lon, lat = SENSORS[sid]["geometry"]["coordinates"]
    return lon, lat


def sensor_agency(sid):
    return SENSORS[sid]["properties"]["agency"]


# named places (lon, lat); intersections from the DOMAIN.md §1.2 anchors, buildings from the panel positions
P = {
    "凱旋環中": (120.64766, 24.19659),
    "台74環中": (120.6472, 24.19586),
    "中科環中": (120.65217, 24.19785),
    "經貿環中": (120.65345, 24.19848),
    "經貿黎明": (120.65496, 24.19582),
    "經貿七路": (120.65685, 24.19247),
    "黎明凱旋": (120.64904, 24.19365),
    "中清環中": (120.65724, 24.1989),
    "臺灣大道環中": (120.63188, 24.17485),
    "河南中平": (120.65031, 24.17106),
    "經貿中平": (120.66038, 24.17359),
    "經貿三段低窪": (120.6596, 24.1825),
    "生態住宅A": (120.6588, 24.184),
    "生態住宅B": (120.659, 24.1815),
    "影音中心": (120.652, 24.185),
    "綠美圖": (120.657, 24.1915),
    "會展A": (120.6546, 24.1948),
    "轉運中心": (120.6528, 24.1972),
    "中央公園": (120.6558, 24.1856),
    "公園北停車場": (120.6566, 24.1885),
    "河南低窪": (120.6528, 24.1742),
    "逢甲水湳": (120.652, 24.179),
    "中醫大水湳": (120.6592, 24.1735),
    "智慧營運塔": (120.6585, 24.193),
    "水資中心": (120.659, 24.1765),
    "凱旋敦化": (120.6515, 24.1875),
    "中科路中段": (120.6533, 24.1895),
}


class Sit:
    def __init__(self, num, name, description, seed=None):
        self.num = num
        self.name = name
        self.description = description
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.notes = None
        self.suff = {}

    # ---- time helpers
    @staticmethod
    def t(local):
        """'2026-07-14 15:20:05' (Taiwan time) -> aware datetime."""
        return datetime.strptime(local, "%Y-%m-%d %H:%M:%S" if local.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=TW)

    def jit(self, lonlat, m=25):
        lon, lat = lonlat
        d = m / 111000.0
        return (round(lon + self.rng.uniform(-d, d), 6), round(lat + self.rng.uniform(-d, d), 6))

    # ---- item builder
    def add(self, feed, category, observed, text, truth, *, where=None, sensor_id=None, delay=None,
            arrival=None, severity=None, kind=None, agency=None, confidence=None, level=None,
            follows=None, ends=None, truth_alt=MISSING, suff=False, key=None, jitter=25):
        obs = self.t(observed) if isinstance(observed, str) else observed
        if sensor_id:
            lon, lat = sensor_pos(sensor_id)
        else:
            lon, lat = self.jit(P[where] if isinstance(where, str) else where, jitter)
        if kind is None:
            kind = "alert" if feed == "rule" else "event"
        if agency is None:
            agency = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
                      "1999": "citizen", "119": "fire", "planned_event": "police"}.get(feed)
            if agency is None:
                agency = sensor_agency(sensor_id)
        if severity is None:
            severity = "Unknown"
        if arrival is None:
            if delay is None:
                delay = {"rule": 20, "fire_alarm": 5, "signal": 10, "parking": 60, "status": 30, "cctv": 8,
                         "incident": 300, "1999": 120, "119": 45, "planned_event": 0}[feed]
                delay = int(delay * self.rng.uniform(0.6, 1.5)) + 1
            arr = obs + timedelta(seconds=delay)
        else:
            arr = self.t(arrival) if isinstance(arrival, str) else arrival
        if key is None:
            n = self.counters.get(feed, 0) + 1
            self.counters[feed] = n
            key = f"{self.num}-{feed}-{n:03d}"
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": lon, "lat": lat,
              "observed": obs.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "arrival": arr.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if sensor_id:
            it["sensor_id"] = sensor_id
        it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = (self.t(ends) if isinstance(ends, str) else ends).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        it["truth"] = truth
        if truth_alt is not MISSING and truth_alt != truth:  # absent = same label under both readings
            it["truth_alt"] = truth_alt
        self.items.append(it)
        if suff:
            self.suff[truth] = key
        return key

    def dup(self, key, arrival):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        arr = self.t(arrival) if isinstance(arrival, str) else arrival
        d["arrival"] = arr.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.items.append(d)

    # ---- typed shortcuts
    def flood(self, sid, observed, cm, truth, text=None, **kw):
        band, sev = ("1-15", "Minor") if cm <= 15 else (("16-30", "Moderate") if cm <= 30 else (">30", "Severe"))
        name = SENSORS[sid]["properties"]["name"]
        text = text or f"{name} 淹水感測器 水深 {cm} 公分，達{ {'Minor': '注意', 'Moderate': '警戒', 'Severe': '危險'}[sev] }值"
        return self.add("rule", "flood_depth", observed, text, truth, sensor_id=sid, severity=sev, level=band, **kw)

    def wl(self, sid, observed, lvl, metres, truth, **kw):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        zh = {"3": "三", "2": "二", "1": "一"}[lvl]
        name = SENSORS[sid]["properties"]["name"]
        return self.add("rule", "water_level", observed, f"{name} 水位 {metres} 公尺，達{zh}級警戒", truth,
                        sensor_id=sid, severity=sev, level=lvl, **kw)

    def rain(self, sid, observed, cls, text, truth, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        return self.add("rule", "heavy_rain", observed, text, truth, sensor_id=sid, severity=sev, level=cls, **kw)

    def cong(self, sid, observed, speed, truth, **kw):
        name = SENSORS[sid]["properties"]["name"]
        return self.add("rule", "congestion", observed, f"{name} 平均車速降至 {speed} km/h，車流壅塞", truth,
                        sensor_id=sid, severity=kw.pop("severity", "Moderate"), **kw)

    def cleared(self, sid, observed, text, truth, **kw):
        return self.add("rule", "cleared", observed, text, truth, sensor_id=sid, severity="Minor", **kw)

    # ---- truth
    def incident(self, label, type_, description):
        self.incidents.append({"label": label, "type": type_, "description": description})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, description, sufficient_key or None -> computed)"""
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        for it in self.items:
            if "truth_alt" in it and it["truth_alt"] == it["truth"]:
                del it["truth_alt"]
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        items = [i for _, i in items]
        base = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")

        def first_key(label, alt):
            for it in items:
                lab = it.get("truth_alt", it["truth"]) if alt else it["truth"]
                if lab == label:
                    return it["key"]
            raise ValueError(f"{self.num}: no item for {label}")

        incs = []
        for inc in self.incidents:
            d = dict(inc)
            d["sufficient_evidence_key"] = self.suff.get(inc["label"]) or first_key(inc["label"], False)
            incs.append(d)
        truth = {"situation": base, "description": self.description, "incidents": incs}
        if self.alt:
            alt_incs = []
            for inc in self.alt["incidents"]:
                d = dict(inc)
                if not d.get("sufficient_evidence_key"):
                    same = next((x for x in incs if x["label"] == d["label"]), None)
                    k = same["sufficient_evidence_key"] if same else None
                    it = next((i for i in items if i["key"] == k), None)
                    if it is None or it.get("truth_alt", it["truth"]) != d["label"]:
                        k = first_key(d["label"], True)
                    d["sufficient_evidence_key"] = k
                alt_incs.append(d)
            truth["alternative_reading"] = {"why": self.alt["why"], "incidents": alt_incs}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return base


def same_incident(inc_list, label):
    return next(dict(i) for i in inc_list if i["label"] == label)
