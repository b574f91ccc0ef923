"""Helpers for the o1391 situation generators (standard library only)."""
import copy
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon,
                               "lat": lat, "name": p.get("name", "")}
    return out


SENSORS = load_sensors()

# Named places (gazetteer positions and road crossings of the registry).
P = {
    "hub": (120.65280, 24.19740),
    "conv": (120.65510, 24.19440),
    "hall_a": (120.6546, 24.1948),
    "hall_b": (120.6556, 24.1940),
    "museum": (120.6570, 24.1915),
    "tower": (120.6585, 24.1930),
    "popmusic": (120.6520, 24.1850),
    "parkcar": (120.6566, 24.1880),
    "reclaim": (120.6590, 24.1765),
    "fcu": (120.6520, 24.1790),
    "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.1840),
    "eco_b": (120.6590, 24.1815),
    "henan_pk": (120.6530, 24.1745),
    "jm6_pk": (120.65491, 24.19560),
    "pond3": (120.6556, 24.18225),
    "pond4": (120.6572, 24.179204),
    "park_mid": (120.6562, 24.1835),
    "x_t74_hz": (120.6472, 24.19586),
    "x_kx_hz": (120.64766, 24.19659),
    "x_zk_hz": (120.65217, 24.19785),
    "x_jm_hz": (120.65345, 24.19848),
    "x_jm_lm": (120.65496, 24.19582),
    "x_jm_jm7": (120.65685, 24.19247),
    "x_lm_kx": (120.64904, 24.19365),
    "x_zq_hz": (120.657242, 24.198897),
    "x_tw_hz": (120.63188, 24.17485),
    "x_hn_zp": (120.650315, 24.171058),
    "x_jm_zp": (120.660376, 24.173594),
}

TZ = dt.timedelta(hours=8)


def off(pt, dist_m, bearing_deg):
    lon, lat = pt
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / 111320.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
DELAY = {"rule": (30, 120), "fire_alarm": (2, 12), "signal": (5, 40), "parking": (30, 150),
         "cctv": (3, 20), "incident": (90, 900), "1999": (60, 420), "119": (15, 90),
         "status": (1, 25), "planned_event": (0, 0)}
PREFIX = {"rule": "ALR", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "cctv": "CV",
          "incident": "TCPD", "1999": "1999", "119": "119", "status": "ST", "planned_event": "PE"}


class Sit:
    def __init__(self, num, name, date, seed, description):
        self.num, self.name, self.description = num, name, description
        y, m, d = map(int, date.split("-"))
        self.base = dt.datetime(y, m, d) - TZ  # local midnight in UTC
        self.rng = random.Random(seed)
        self.items, self.incidents, self.alt = [], [], None
        self.count = {}
        self.notes = None

    # time "HH:MM" or "HH:MM:SS" local (hours may exceed 23 for the next day)
    def t(self, s):
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.base + dt.timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])

    def near(self, place, lo, hi):
        pt = P[place] if isinstance(place, str) else place
        return off(pt, self.rng.uniform(lo, hi), self.rng.uniform(0, 360))

    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def add(self, feed, category, at, text, truth, pos=None, sensor=None, sev=None,
            delay=None, skew=0, alt="__same__", **extra):
        self.count[feed] = self.count.get(feed, 0) + 1
        key = extra.pop("key", None) or "%s-%d-%s-%03d" % (PREFIX[feed], self.num,
                                                           feed.upper(), self.count[feed])
        true_t = self.t(at)
        if delay is None:
            lo, hi = DELAY[feed]
            delay = self.rng.randint(lo, hi)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if feed in ("rule", "status", "cctv"):
            it["agency"] = SENSORS[sensor]["agency"]
        else:
            it["agency"] = FEED_AGENCY[feed]
        it["category"] = category
        it["severity"] = sev or "Unknown"
        if sensor is not None:
            s = SENSORS[sensor]
            it["lon"], it["lat"] = s["lon"], s["lat"]
        else:
            if isinstance(pos, str):
                pos = P[pos]
            it["lon"], it["lat"] = pos
        it["observed"] = iso(true_t + dt.timedelta(seconds=skew))
        it["arrival"] = iso(true_t + dt.timedelta(seconds=delay))
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "ends":
                v = iso(self.t(v))
            it[k] = v
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def permit(self, category, start, end, issued_days, text, truth, pos, radius, alt="__same__"):
        it = self.add("planned_event", category, start, text, truth, pos=pos,
                      delay=-issued_days * 86400, ends=end, radius_m=radius, alt=alt)
        return it

    def dup(self, item, extra_s):
        d = copy.deepcopy(item)
        a = dt.datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ")
        d["arrival"] = iso(a + dt.timedelta(seconds=extra_s))
        self.items.append(d)
        return d

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        stem = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return stem, len(items), len(self.incidents)

    def alternative(self, why, changes):
        """changes: dict label -> incident dict (new or replacing) or None (removed)."""
        inc = {i["label"]: dict(i) for i in self.incidents}
        for lab, v in changes.items():
            if v is None:
                inc.pop(lab, None)
            else:
                inc[lab] = dict(v, label=lab)
        self.alt = {"why": why, "incidents": list(inc.values())}
