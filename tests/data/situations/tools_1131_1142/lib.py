"""Helpers for the typhoon-night situations 1131-1142 (seeded, deterministic).

Times are written in Taiwan local time (UTC+8) in the generators and stored as UTC.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TW = timezone(timedelta(hours=8))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
        "agency": _p["agency"],
        "kind": _p["kind"],
        "name": _p["name"],
        "gateway": (_p.get("metadata") or {}).get("gateway"),
    }

ROADS = {}
for _f in _load("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = _f["geometry"]["coordinates"]

RULE_SEVERITY = {
    ("flood_depth", "1-15"): "Minor", ("flood_depth", "16-30"): "Moderate", ("flood_depth", ">30"): "Severe",
    ("water_level", "3"): "Moderate", ("water_level", "2"): "Severe", ("water_level", "1"): "Extreme",
    ("heavy_rain", "大雨"): "Moderate", ("heavy_rain", "豪雨"): "Severe",
    ("heavy_rain", "大豪雨"): "Extreme", ("heavy_rain", "超大豪雨"): "Extreme",
}


def T(s):
    """'27 21:30' or '27 21:30:15' (day of September 2016, local time) -> aware datetime."""
    day, hm = s.split()
    parts = [int(x) for x in hm.split(":")]
    while len(parts) < 3:
        parts.append(0)
    return datetime(2016, 9, int(day), parts[0], parts[1], parts[2], tzinfo=TW)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _m_per_deg(lat):
    return 111320.0 * math.cos(math.radians(lat)), 110574.0


def offset(lon, lat, dx, dy):
    mx, my = _m_per_deg(lat)
    return round(lon + dx / mx, 6), round(lat + dy / my, 6)


def road_point(road, frac, side_m=0.0):
    """Point at fraction frac (0..1) of a road's length, pushed side_m metres east-ish."""
    pts = ROADS[road]
    segs = []
    total = 0.0
    for (a, b) in zip(pts, pts[1:]):
        mx, my = _m_per_deg(a[1])
        d = math.hypot((b[0] - a[0]) * mx, (b[1] - a[1]) * my)
        segs.append((a, b, d))
        total += d
    target = frac * total
    for a, b, d in segs:
        if target <= d or (a, b, d) == segs[-1]:
            t = min(1.0, target / d) if d else 0.0
            lon = a[0] + (b[0] - a[0]) * t
            lat = a[1] + (b[1] - a[1]) * t
            return offset(lon, lat, side_m, 0.0)
        target -= d
    raise AssertionError


def dist_m(a, b):
    mx, my = _m_per_deg((a[1] + b[1]) / 2)
    return math.hypot((a[0] - b[0]) * mx, (a[1] - b[1]) * my)


class _No:
    def __repr__(self):
        return "<absent>"


_NO = _No()  # truth_alt absent; pass alt=None for "noise under the alternative reading"


class Situation:
    def __init__(self, number, short, description, seed=None):
        self.n = number
        self.short = short
        self.description = description
        self.rng = random.Random(seed if seed is not None else number * 7919)
        self.items = []
        self.seq = 0
        self.incidents = []
        self.alt = None
        self.notes = None

    # ---- keys -------------------------------------------------------------
    def _key(self, tag):
        self.seq += 1
        return f"{self.n}-{tag}-{self.seq:03d}"

    def _add(self, item, observed, delay_s, truth, alt):
        item["observed"] = iso(observed)
        item["arrival"] = iso(observed + timedelta(seconds=delay_s))
        item["truth"] = truth
        if alt is not _NO:
            item["truth_alt"] = alt
        self.items.append(item)
        return item

    def scatter(self, lon, lat, r_m):
        ang = self.rng.uniform(0, 2 * math.pi)
        d = r_m * math.sqrt(self.rng.random())
        return offset(lon, lat, d * math.cos(ang), d * math.sin(ang))

    # ---- sensor items -----------------------------------------------------
    def rule(self, sensor, category, t, truth, level=None, delay=None, text=None, severity=None,
             gateway=None, alt=_NO):
        s = SENSORS[sensor]
        sev = severity or RULE_SEVERITY.get((category, level)) or {
            "congestion": "Moderate", "sensor_offline": "Minor", "cleared": "Minor"}.get(category, "Unknown")
        item = {"key": self._key("rule"), "kind": "alert", "feed": "rule", "agency": s["agency"],
                "category": category, "severity": sev, "lon": s["lon"], "lat": s["lat"],
                "sensor_id": sensor}
        if level is not None:
            item["level"] = level
        if gateway:
            item["gateway"] = gateway
        item["text"] = text or _rule_text(s["name"], category, level)
        return self._add(item, t, delay if delay is not None else self.rng.randint(20, 90), truth,
                         alt)

    def status(self, sensor, state, t, truth, reason=None, gateway=None, delay=None, text=None, alt=_NO):
        s = SENSORS[sensor]
        item = {"key": self._key("status"), "kind": "event", "feed": "status", "agency": s["agency"],
                "category": state, "severity": "Unknown", "lon": s["lon"], "lat": s["lat"],
                "sensor_id": sensor}
        if reason:
            item["reason"] = reason
        if gateway:
            item["gateway"] = gateway
        item["text"] = text or (f"{s['name']} 連線恢復" if state == "online" else f"{s['name']} 離線")
        return self._add(item, t, delay if delay is not None else self.rng.randint(2, 30), truth,
                         alt)

    def device(self, feed, sensor, category, t, truth, text, delay=None, confidence=None, alt=_NO):
        s = SENSORS[sensor]
        item = {"key": self._key(feed), "kind": "event", "feed": feed,
                "agency": s["agency"], "category": category, "severity": "Unknown",
                "lon": s["lon"], "lat": s["lat"], "sensor_id": sensor, "text": text}
        if confidence is not None:
            item["confidence"] = confidence
        return self._add(item, t, delay if delay is not None else self.rng.randint(3, 40), truth,
                         alt)

    # ---- reports ----------------------------------------------------------
    def report(self, feed, category, pos, t, truth, text, severity="Unknown", delay=None, follows=None,
               status=None, scatter_m=0, alt=_NO, ends=None, radius_m=None):
        agency = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}[feed]
        lon, lat = pos
        if scatter_m:
            lon, lat = self.scatter(lon, lat, scatter_m)
        item = {"key": self._key({"incident": "police", "1999": "1999", "119": "119",
                                  "planned_event": "permit"}[feed]),
                "kind": "event", "feed": feed, "agency": agency, "category": category,
                "severity": severity if feed == "incident" else "Unknown",
                "lon": round(lon, 6), "lat": round(lat, 6), "text": text}
        if follows:
            item["follows"] = follows
        if status:
            item["status"] = status
        if ends is not None:
            item["ends"] = iso(ends)
        if radius_m is not None:
            item["radius_m"] = radius_m
        if delay is None:
            delay = {"incident": self.rng.randint(120, 900), "1999": self.rng.randint(60, 420),
                     "119": self.rng.randint(30, 150), "planned_event": 0}[feed]
        return self._add(item, t, delay, truth, alt)

    def police(self, category, pos, t, truth, text, severity="Moderate", **kw):
        return self.report("incident", category, pos, t, truth, text, severity=severity, **kw)

    def c1999(self, category, pos, t, truth, text, scatter_m=60, **kw):
        return self.report("1999", category, pos, t, truth, text, scatter_m=scatter_m, **kw)

    def f119(self, category, pos, t, truth, text, **kw):
        return self.report("119", category, pos, t, truth, text, **kw)

    def dup(self, item, extra_s):
        d = dict(item)
        arr = datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(arr + timedelta(seconds=extra_s))
        self.items.append(d)
        return d

    # ---- truth ------------------------------------------------------------
    def incident(self, label, type_, description, sufficient_key=None):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient_key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"], i["key"]))
        # fill sufficient evidence keys left as None: the first arriving item of the label
        def first(label, field):
            for it in items:
                lab = it.get(field, it["truth"]) if field == "truth_alt" else it["truth"]
                if lab == label:
                    return it["key"]
            raise ValueError(f"{self.n}: no item for {label}")
        for inc in self.incidents:
            if inc["sufficient_evidence_key"] is None:
                inc["sufficient_evidence_key"] = first(inc["label"], "truth")
        if self.alt:
            for inc in self.alt["incidents"]:
                if inc["sufficient_evidence_key"] is None:
                    inc["sufficient_evidence_key"] = first(inc["label"], "truth_alt")
        base = os.path.join(OUT, f"{self.n}_{self.short}")
        order = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                 "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                 "gateway", "truth", "truth_alt"]
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps({k: it[k] for k in order if k in it}, ensure_ascii=False) + "\n")
        truth = {"situation": self.n, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)


def _rule_text(name, category, level):
    if category == "flood_depth":
        return f"{name} 淹水深度 {level} cm"
    if category == "water_level":
        return f"{name} 達{ {'3': '三', '2': '二', '1': '一'}[level] }級警戒水位"
    if category == "heavy_rain":
        return f"{name} 雨量達{level}標準"
    if category == "congestion":
        return f"{name} 車速偏低，車流壅塞"
    if category == "sensor_offline":
        return f"{name} 超過預期時間未回傳資料"
    if category == "cleared":
        return f"{name} 警戒解除"
    return name
