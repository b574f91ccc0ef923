"""Helpers for situations 1311-1322 (standard library only, seeded)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

def _load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    return {f["properties"]["sensor_id"]: (f["properties"], tuple(f["geometry"]["coordinates"])) for f in d["features"]}

SENSORS = _load_sensors()

def pos(sid):
    return SENSORS[sid][1]

# named places (registry positions of buildings, or junctions' signals)
P = {
    "hub": pos("SN-FA-001"), "conv_a": pos("SN-FA-002"), "conv_b": pos("SN-FA-003"),
    "green": pos("SN-FA-004"), "tower": pos("SN-FA-005"), "pop": pos("SN-FA-006"),
    "park_cp": pos("SN-FA-007"), "wrc": pos("SN-FA-008"), "fcu": pos("SN-FA-009"),
    "cmu": pos("SN-FA-010"), "eco_a": pos("SN-FA-011"), "eco_b": pos("SN-FA-012"),
    "pk_hub": pos("SN-PK-001"), "pk_jm6": pos("SN-PK-002"), "pk_henan": pos("SN-PK-003"),
    "pk_park_n": pos("SN-PK-004"), "pk_park_s": pos("SN-PK-005"), "pk_conv": pos("SN-PK-006"),
    "j_74_hz": pos("SN-SIG-001"), "j_kx_hz": pos("SN-SIG-002"), "j_zk_hz": pos("SN-SIG-003"),
    "j_jm_hz": pos("SN-SIG-004"), "j_jm_lm": pos("SN-SIG-005"), "j_jm_jm7": pos("SN-SIG-006"),
    "j_lm_kx": pos("SN-SIG-007"), "j_zq_hz": pos("SN-SIG-008"), "j_tw_hz": pos("SN-SIG-009"),
    "j_hn_zp": pos("SN-SIG-010"), "j_jm_zp": pos("SN-SIG-011"),
    "park_mid": (120.6564, 24.1830), "park_south": (120.6562, 24.1770), "park_north": (120.6562, 24.1880),
}

SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
DEFAULT_DELAY = {"rule": 40, "fire_alarm": 4, "signal": 20, "parking": 60, "status": 15, "cctv": 8,
                 "incident": 150, "1999": 120, "119": 25, "planned_event": 0}

def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def offset(lon, lat, dx_m, dy_m):
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy_m / 110540.0, 6))


class Sit:
    def __init__(self, num, name, date, description, seed=None):
        self.num, self.name, self.description = num, name, description
        self.date = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=timezone(timedelta(hours=8)))
        self.rng = random.Random(seed if seed is not None else num)
        self.items, self.incidents, self.alt, self.notes = [], [], None, None
        self.n = 0

    def t(self, hhmm):
        """local 'HH:MM' or 'HH:MM:SS' on the situation's date; hours may exceed 23 (next day)."""
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.date + timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])

    def near(self, place, r_m):
        lon, lat = P[place] if isinstance(place, str) else place
        a = self.rng.uniform(0, 2 * math.pi)
        d = r_m * math.sqrt(self.rng.random())
        return offset(lon, lat, d * math.cos(a), d * math.sin(a))

    def add(self, feed, agency, category, when, where, text, truth, sev="Unknown", delay=None,
            skew_s=0, key=None, arrival=None, **extra):
        self.n += 1
        prefix = {"rule": "ALR", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "status": "ST",
                  "cctv": "CAM", "incident": "POL", "1999": "1999", "119": "119", "planned_event": "PRM"}[feed]
        key = key or "%s-%d-%03d" % (prefix, self.num, self.n)
        true_t = self.t(when)
        if delay is None:
            base = DEFAULT_DELAY[feed]
            delay = base + self.rng.randint(0, max(3, base // 3))
        arr = self.t(arrival) if arrival else true_t + timedelta(seconds=delay)
        if isinstance(where, str):
            where = P[where]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": round(where[0], 6), "lat": round(where[1], 6),
              "observed": iso(true_t + timedelta(seconds=skew_s)), "arrival": iso(arr)}
        for k in ("sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway"):
            if k in extra:
                it[k] = extra.pop(k)
        it["text"] = text
        it["truth"] = truth
        if "truth_alt" in extra:
            it["truth_alt"] = extra.pop("truth_alt")
        assert not extra, extra
        if "ends" in it:
            it["ends"] = iso(self.t(it["ends"]))
        self.items.append(it)
        return key

    def sensor(self, feed, sid, category, when, text, truth, sev="Unknown", **kw):
        props, (lon, lat) = SENSORS[sid]
        return self.add(feed, props["agency"], category, when, (lon, lat), text, truth, sev=sev, sensor_id=sid, **kw)

    def dup(self, key, extra_s):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        d["arrival"] = iso(datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
                           + timedelta(seconds=extra_s))
        self.items.append(d)

    def inc(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        bg = sum(1 for _, i in items if i["truth"] is None)
        print("%s: %d items, %d background (%.0f%%)" % (base, len(items), bg, 100.0 * bg / len(items)))


def same(incidents, **changes):
    """copy an incident list for an alternative reading; changes: label -> None (drop) or dict."""
    out = []
    for i in incidents:
        c = changes.get(i["label"], i)
        if c is not None:
            out.append(dict(c))
    return out
