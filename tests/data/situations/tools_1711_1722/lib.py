"""Helpers for situations 1711-1722 (standard library only, seeded)."""
import json, math, os, random
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "kind": p["kind"], "agency": p.get("agency"),
                               "name": p.get("name"), "gateway": (p.get("metadata") or {}).get("gateway")}
    return out

SENSORS = load_sensors()

def _s(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])

# named places (lon, lat): buildings at their panel / car park registry position, junctions at anchors
P = {
    "hub": _s("SN-FA-001"), "conv_a": _s("SN-FA-002"), "conv_b": _s("SN-FA-003"), "museum": _s("SN-FA-004"),
    "tower": _s("SN-FA-005"), "popmusic": _s("SN-FA-006"), "parkcp": _s("SN-FA-007"), "wrc": _s("SN-FA-008"),
    "fcu": _s("SN-FA-009"), "cmu": _s("SN-FA-010"), "ecoA": _s("SN-FA-011"), "ecoB": _s("SN-FA-012"),
    "j_t74": _s("SN-SIG-001"), "j_kx_hz": _s("SN-SIG-002"), "j_zk_hz": _s("SN-SIG-003"), "j_jm_hz": _s("SN-SIG-004"),
    "j_jm_lm": _s("SN-SIG-005"), "j_jm_jm7": _s("SN-SIG-006"), "j_lm_kx": _s("SN-SIG-007"), "j_zq_hz": _s("SN-SIG-008"),
    "j_tw_hz": _s("SN-SIG-009"), "j_hn_zp": _s("SN-SIG-010"), "j_jm_zp": _s("SN-SIG-011"),
    "henan_cp": _s("SN-PK-003"), "jm6_cp": _s("SN-PK-002"),
}

FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
PREFIX = {"rule": "AL", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "incident": "PR", "cctv": "CV",
          "1999": "CS", "status": "ST", "119": "EM", "planned_event": "PE"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
_NO = object()

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

def offset(lon, lat, dist_m, bearing_deg):
    dy = dist_m * math.cos(math.radians(bearing_deg)) / 111320.0
    dx = dist_m * math.sin(math.radians(bearing_deg)) / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dx, 6), round(lat + dy, 6))


class Sit:
    def __init__(self, num, name, title, description, base_local):
        self.num, self.name, self.title, self.description = num, name, title, description
        self.base = datetime.strptime(base_local, "%Y-%m-%d %H:%M") - timedelta(hours=8)  # UTC
        self.rng = random.Random(num)
        self.items, self.incidents, self.alt, self.notes = [], [], None, []
        self.seq = 0

    # -- positions and times
    def at(self, where, scatter=0):
        lon, lat = P[where] if isinstance(where, str) else where
        if scatter:
            d = self.rng.uniform(0.3 * scatter, scatter)
            lon, lat = offset(lon, lat, d, self.rng.uniform(0, 360))
        return (round(lon, 6), round(lat, 6))

    def t(self, minutes):
        return self.base + timedelta(seconds=round(minutes * 60))

    # -- the generic item
    def add(self, feed, category, tmin, truth, text, *, severity="Unknown", pos=None, sensor=None,
            delay=30, alt=_NO, **extra):
        self.seq += 1
        key = "%d-%s-%03d" % (self.num, PREFIX[feed], self.seq)
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"]
        else:
            lon, lat = pos
            agency = FEED_AGENCY[feed]
        obs = self.t(tmin)
        if feed == "1999" and extra.get("follows"):  # a case update is placed where its case is
            src = [i for i in self.items if i["key"] == extra["follows"]][0]
            lon, lat = src["lon"], src["lat"]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": lon, "lat": lat,
              "observed": iso(obs), "arrival": iso(obs + timedelta(seconds=delay))}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not _NO:
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        d["arrival"] = iso(datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ") + timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    # -- per feed
    def rule(self, cat, tmin, sensor, truth, text, level=None, severity=None, delay=40, **kw):
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}.get(cat, {}).get(level)
            severity = severity or ("Moderate" if cat == "congestion" else "Minor")
        return self.add("rule", cat, tmin, truth, text, severity=severity, sensor=sensor, delay=delay, level=level, **kw)

    def fa(self, state, tmin, sensor, truth, text, delay=6, **kw):
        return self.add("fire_alarm", state, tmin, truth, text, sensor=sensor, delay=delay, **kw)

    def sig(self, state, tmin, sensor, truth, text, delay=12, **kw):
        return self.add("signal", state, tmin, truth, text, sensor=sensor, delay=delay, **kw)

    def park(self, state, tmin, sensor, truth, text, delay=60, **kw):
        return self.add("parking", state, tmin, truth, text, sensor=sensor, delay=delay, **kw)

    def cctv(self, cat, tmin, sensor, truth, text, conf, seen=None, delay=15, **kw):
        kw.pop("motion", None)  # the item line has no motion field (FORMAT.md); the crowd's motion goes in the text
        k = self.add("cctv", cat, tmin, truth, text, sensor=sensor, delay=delay, confidence=conf, **kw)
        if seen is not None:
            self.items[-1]["lon"], self.items[-1]["lat"] = self.at(seen)
        return k

    def status(self, state, tmin, sensor, truth, text, reason=None, delay=5, **kw):
        return self.add("status", state, tmin, truth, text, sensor=sensor, delay=delay, reason=reason, **kw)

    def pol(self, cat, tmin, where, truth, text, sev="Moderate", scatter=40, delay=150, **kw):
        return self.add("incident", cat, tmin, truth, text, severity=sev, pos=self.at(where, scatter), delay=delay, **kw)

    def c1999(self, cat, tmin, where, truth, text, scatter=150, delay=120, **kw):
        return self.add("1999", cat, tmin, truth, text, pos=self.at(where, scatter), delay=delay, **kw)

    def e119(self, cat, tmin, where, truth, text, status=None, scatter=20, delay=40, **kw):
        return self.add("119", cat, tmin, truth, text, pos=self.at(where, scatter), delay=delay, status=status, **kw)

    def permit(self, cat, t_issue, start, end, where, truth, text, radius=None, pstatus=None, **kw):
        """t_issue, start, end: minutes from base (may be negative). observed = start, arrival = issue."""
        self.seq += 1
        key = "%d-PE-%03d" % (self.num, self.seq)
        lon, lat = self.at(where)
        it = {"key": key, "kind": "event", "feed": "planned_event", "agency": "police", "category": cat,
              "severity": "Unknown", "lon": lon, "lat": lat, "observed": iso(self.t(start)),
              "arrival": iso(self.t(t_issue)), "text": text, "ends": iso(self.t(end))}
        if radius:
            it["radius_m"] = radius
        if pstatus:
            it["permit_status"] = pstatus
        kw.pop("expected_attendance", None)  # not an item-line field (FORMAT.md); the text says it
        for k, v in kw.items():
            if k != "alt" and v is not None:
                it[k] = v
        it["truth"] = truth
        if "alt" in kw:
            it["truth_alt"] = kw["alt"]
        self.items.append(it)
        return key

    # -- truth
    def inc(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"], i["key"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        meta = os.path.join(HERE, "_titles.json")
        titles = {}
        if os.path.exists(meta):
            with open(meta, encoding="utf-8") as f:
                titles = json.load(f)
        titles[str(self.num)] = self.title
        with open(meta, "w", encoding="utf-8") as f:
            json.dump(titles, f, ensure_ascii=False, indent=1, sort_keys=True)
        print("wrote", base, len(items), "items", len(self.incidents), "incidents")

    def alt_from(self, keep=None, replace=None, drop=()):
        """Alternative incident list: the main list minus `drop` labels, plus `replace` (list of dicts)."""
        out = [dict(i) for i in self.incidents if i["label"] not in drop]
        return out + (replace or [])
