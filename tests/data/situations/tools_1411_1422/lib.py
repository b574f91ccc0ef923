"""Helpers for the o1411 situation generators (Python 3 standard library only).

Geography is read from SITUATION_GEO_DIR (default: ../geo next to this folder).
Times are written in the situation as local time (UTC+8) and stored in UTC.
"""
import datetime as _dt
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))
TZ = _dt.timedelta(hours=8)


# ---------------------------------------------------------------- geography
def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for f in data["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {
            "lon": lon, "lat": lat, "kind": p["kind"], "agency": p["agency"],
            "name": p.get("name", ""),
            "gateway": (p.get("metadata") or {}).get("gateway"),
            "metadata": p.get("metadata") or {},
        }
    return out


def load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    return {f["properties"]["road_id"]: f["geometry"]["coordinates"] for f in data["features"]}


def load_places():
    """id -> (lon, lat) from gazetteer.yaml (read line by line: no yaml module)."""
    places, cur = {}, None
    with open(os.path.join(GEO, "gazetteer.yaml"), encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\s*-\s*id:\s*(\S+)", line)
            if m:
                cur = m.group(1)
                continue
            m = re.match(r"\s*at:\s*\[\s*([0-9.]+)\s*,\s*([0-9.]+)\s*\]", line)
            if m and cur:
                places[cur] = (float(m.group(1)), float(m.group(2)))
    return places


SENSORS = load_sensors()
ROADS = load_roads()
PLACES = load_places()


def sp(sensor_id):
    s = SENSORS[sensor_id]
    return (s["lon"], s["lat"])


# junctions: the registered signal controllers stand on the crossings
J = {
    "t74_huanzhong": sp("SN-SIG-001"),
    "kaixuan_huanzhong": sp("SN-SIG-002"),
    "zhongke_huanzhong": sp("SN-SIG-003"),
    "jingmao_huanzhong": sp("SN-SIG-004"),
    "jingmao_liming": sp("SN-SIG-005"),
    "jingmao_7": sp("SN-SIG-006"),
    "liming_kaixuan": sp("SN-SIG-007"),
    "zhongqing_huanzhong": sp("SN-SIG-008"),
    "taiwan_huanzhong": sp("SN-SIG-009"),
    "henan_zhongping": sp("SN-SIG-010"),
    "jingmao_zhongping": sp("SN-SIG-011"),
}


def P(name):
    """A gazetteer place or a junction."""
    if name in PLACES:
        return PLACES[name]
    return J[name]


def off(p, east_m=0.0, north_m=0.0):
    lon, lat = p
    return (round(lon + east_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + north_m / 110574.0, 6))


def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    dy = (a[1] - b[1]) * 110574.0
    return math.hypot(dx, dy)


def road_at(road_id, metres, side_m=0.0):
    """Point `metres` along a road line from its first vertex, `side_m` to its left."""
    pts = ROADS[road_id]
    left = metres
    for a, b in zip(pts, pts[1:]):
        seg = dist_m(a, b)
        if left <= seg or b is pts[-1]:
            f = max(0.0, min(1.0, left / seg))
            lon = a[0] + (b[0] - a[0]) * f
            lat = a[1] + (b[1] - a[1]) * f
            if side_m:
                dx = (b[0] - a[0]) * 111320.0 * math.cos(math.radians(lat))
                dy = (b[1] - a[1]) * 110574.0
                n = math.hypot(dx, dy)
                return off((lon, lat), -dy / n * side_m, dx / n * side_m)
            return (round(lon, 6), round(lat, 6))
        left -= seg
    return tuple(pts[-1])


def road_near(road_id, p):
    """Metres along road_id of the vertex-interpolated point nearest to p (coarse, 5 m steps)."""
    best, bm = None, 0.0
    total = sum(dist_m(a, b) for a, b in zip(ROADS[road_id], ROADS[road_id][1:]))
    m = 0.0
    while m <= total:
        d = dist_m(road_at(road_id, m), p)
        if best is None or d < best:
            best, bm = d, m
        m += 5.0
    return bm


# ---------------------------------------------------------------- time
def _local(date, t):
    """date 'YYYY-MM-DD', t 'HH:MM[:SS]' local (hour may be >= 24) -> naive local datetime."""
    parts = [int(x) for x in t.split(":")]
    while len(parts) < 3:
        parts.append(0)
    h, m, s = parts
    base = _dt.datetime.strptime(date, "%Y-%m-%d")
    return base + _dt.timedelta(hours=h, minutes=m, seconds=s)


def iso(utc_dt):
    return utc_dt.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- situation
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "reason", "status",
               "level", "follows", "ends", "radius_m", "permit_status", "gateway",
               "truth", "truth_alt"]

DELAYS = {  # seconds between the source's stamp and the center's receipt (true clock)
    "rule": (8, 50), "fire_alarm": (2, 15), "signal": (4, 30), "parking": (20, 110),
    "status": (2, 25), "cctv": (3, 20), "1999": (60, 420), "incident": (120, 1200),
    "119": (15, 80),
}

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

_ALT_UNSET = object()


class Situation:
    def __init__(self, num, name, date, title):
        self.num = num
        self.name = name
        self.date = date
        self.title = title
        self.rng = random.Random(num * 7919 + 17)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.description = ""
        self.readme = ""
        self._seq = 0
        self.alt_map = {}
        self._n = {"1999": 100 + (num % 97) * 3, "police": 20 + num % 50, "119": 10 + num % 30}
        roc = int(date[:4]) - 1911
        self.roc = "%d%s" % (roc, date[5:7] + date[8:10])

    # -- ids
    def _case(self, kind):
        self._n[kind] += self.rng.randint(1, 4)
        n = self._n[kind]
        if kind == "1999":
            return "1999-%s-%05d" % (self.roc, n)
        if kind == "police":
            return "TCPD-%s-%04d" % (self.roc, n)
        return "TC119-%s-%04d" % (self.roc, n)

    def utc(self, t):
        return _local(self.date, t) - TZ

    # -- core
    def _add(self, it, t, delay=None, skew_s=0, arrival=None):
        true_utc = self.utc(t)
        obs = true_utc + _dt.timedelta(seconds=skew_s)
        if arrival is not None:
            arr = self.utc(arrival)
        else:
            if delay is None:
                lo, hi = DELAYS[it["feed"]]
                delay = self.rng.randint(lo, hi)
            arr = true_utc + _dt.timedelta(seconds=delay)
        it["observed"] = iso(obs)
        it["arrival"] = iso(arr)
        it["_seq"] = self._seq
        self._seq += 1
        self.items.append(it)
        return it

    def _base(self, key, kind, feed, agency, category, severity, pos, text, truth, alt):
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity,
              "lon": round(pos[0], 6), "lat": round(pos[1], 6), "text": text, "truth": truth}
        if alt is not _ALT_UNSET:
            it["truth_alt"] = alt
        return it

    def _sensor(self, sid, feed_kind):
        s = SENSORS[sid]
        return s, (s["lon"], s["lat"])

    # -- sensor rules (kind alert, feed rule)
    def rule(self, sid, category, t, text, truth, level=None, severity=None, alt=_ALT_UNSET,
             delay=None, skew_s=0, gateway=None, arrival=None):
        s, pos = self._sensor(sid, None)
        if severity is None:
            if category == "flood_depth":
                severity = FLOOD_SEV[level]
            elif category == "water_level":
                severity = WL_SEV[level]
            elif category == "heavy_rain":
                severity = RAIN_SEV[level]
            else:
                severity = "Minor"
        key = "ALR-%s-%s-%s" % (sid, category, iso(self.utc(t)).replace("-", "").replace(":", ""))
        it = self._base(key, "alert", "rule", s["agency"], category, severity, pos, text, truth, alt)
        it["sensor_id"] = sid
        if level is not None:
            it["level"] = level
        if gateway:
            it["gateway"] = gateway
        return self._add(it, t, delay, skew_s, arrival)

    # -- device events
    def dev(self, feed, sid, category, t, text, truth, alt=_ALT_UNSET, delay=None, skew_s=0,
            confidence=None, reason=None, gateway=None, arrival=None, key=None):
        s, pos = self._sensor(sid, None)
        agency = s["agency"]
        if key is None:
            stamp = iso(self.utc(t) + _dt.timedelta(seconds=skew_s)).replace("-", "").replace(":", "")
            prefix = {"fire_alarm": "FA", "signal": "SIG", "parking": "PK", "cctv": "CCTV",
                      "status": "ST"}[feed]
            key = "%s-%s-%s-%s" % (prefix, sid, category, stamp)
        it = self._base(key, "event", feed, agency, category, "Unknown", pos, text, truth, alt)
        it["sensor_id"] = sid
        if confidence is not None:
            it["confidence"] = confidence
        if reason is not None:
            it["reason"] = reason
        if gateway:
            it["gateway"] = gateway
        return self._add(it, t, delay, skew_s, arrival)

    def panel(self, sid, category, t, text, truth, **kw):
        return self.dev("fire_alarm", sid, category, t, text, truth, **kw)

    def signal(self, sid, category, t, text, truth, **kw):
        return self.dev("signal", sid, category, t, text, truth, **kw)

    def parking(self, sid, category, t, text, truth, **kw):
        return self.dev("parking", sid, category, t, text, truth, **kw)

    def cctv(self, sid, category, t, conf, text, truth, **kw):
        return self.dev("cctv", sid, category, t, text, truth, confidence=conf, **kw)

    def status(self, sid, state, t, text, truth, **kw):
        return self.dev("status", sid, state, t, text, truth, **kw)

    # -- agency reports
    def c1999(self, category, t, pos, text, truth, alt=_ALT_UNSET, delay=None, follows=None,
              key=None, arrival=None):
        key = key or self._case("1999")
        it = self._base(key, "event", "1999", "citizen", category, "Unknown", pos, text, truth, alt)
        if follows:
            it["follows"] = follows
        return self._add(it, t, delay, 0, arrival)

    def police(self, category, severity, t, pos, text, truth, alt=_ALT_UNSET, delay=None,
               follows=None, key=None, arrival=None, skew_s=0):
        key = key or self._case("police")
        it = self._base(key, "event", "incident", "police", category, severity, pos, text, truth, alt)
        if follows:
            it["follows"] = follows
        return self._add(it, t, delay, skew_s, arrival)

    def f119(self, category, t, pos, text, truth, status=None, follows=None, alt=_ALT_UNSET,
             delay=None, key=None, arrival=None):
        if key is None:
            key = (follows + "-" + status) if (follows and status) else self._case("119")
        it = self._base(key, "event", "119", "fire", category, "Unknown", pos, text, truth, alt)
        if status:
            it["status"] = status
        if follows:
            it["follows"] = follows
        return self._add(it, t, delay, 0, arrival)

    def permit(self, category, issued, start, end, pos, text, truth, radius_m=None,
               permit_status=None, follows=None, alt=_ALT_UNSET, key=None, issued_date=None):
        """issued: local 'HH:MM' on the situation day, or issued_date 'YYYY-MM-DD HH:MM'."""
        key = key or "PMT-%s-%s" % (self.roc, "%03d" % self.rng.randint(100, 999))
        if follows and not key.startswith(follows):
            key = follows + "-" + (permit_status or "v2")
        it = self._base(key, "event", "planned_event", "police", category, "Unknown", pos, text,
                        truth, alt)
        start_utc = self.utc(start)
        end_utc = self.utc(end)
        if issued_date:
            d, hm = issued_date.split(" ")
            arr = _local(d, hm) - TZ
        else:
            arr = self.utc(issued)
        it["observed"] = iso(start_utc)
        it["arrival"] = iso(arr)
        it["ends"] = iso(end_utc)
        if radius_m is not None:
            it["radius_m"] = radius_m
        if permit_status:
            it["permit_status"] = permit_status
        if follows:
            it["follows"] = follows
        it["_seq"] = self._seq
        self._seq += 1
        self.items.append(it)
        return it

    def dup(self, it, after_s):
        d = dict(it)
        arr = _dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ") + _dt.timedelta(seconds=after_s)
        d["arrival"] = iso(arr)
        d["_seq"] = self._seq
        self._seq += 1
        self.items.append(d)
        return d

    # -- truth
    @staticmethod
    def _first(sufficient):
        """An item, or a list of items each of which would be enough: the first to arrive."""
        if isinstance(sufficient, dict):
            return sufficient["key"]
        return min(sufficient, key=lambda i: (i["arrival"], i["_seq"]))["key"]

    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": self._first(sufficient)})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, description, sufficient item or list of items)."""
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d, "sufficient_evidence_key": self._first(s)}
            for (l, t, d, s) in incidents]}

    # -- output
    def stem(self):
        return "%d_%s" % (self.num, self.name)

    def write(self, outdir=OUT):
        for it in self.items:
            if "truth_alt" not in it and it["truth"] in self.alt_map:
                it["truth_alt"] = self.alt_map[it["truth"]]
            if "truth_alt" in it and it["truth_alt"] == it["truth"]:
                del it["truth_alt"]
        items = sorted(self.items, key=lambda i: (i["arrival"], i["_seq"]))
        lines = []
        for it in items:
            row = {k: it[k] for k in FIELD_ORDER if k in it}
            lines.append(json.dumps(row, ensure_ascii=False))
        with open(os.path.join(outdir, self.stem() + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        truth = {"situation": self.stem(), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(outdir, self.stem() + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        parts = os.path.join(HERE, "readme_parts")
        os.makedirs(parts, exist_ok=True)
        labels = {}
        for it in items:
            if it["truth"] is not None:
                labels[it["truth"]] = labels.get(it["truth"], 0) + 1
        nulls = sum(1 for it in items if it["truth"] is None)
        with open(os.path.join(parts, "%d.json" % self.num), "w", encoding="utf-8") as fh:
            json.dump({"stem": self.stem(), "title": self.title, "readme": self.readme,
                       "items": len(items), "per_label": labels, "background": nulls,
                       "first_arrival": items[0]["arrival"], "last_arrival": items[-1]["arrival"]},
                      fh, ensure_ascii=False, indent=1)
        return len(items)
