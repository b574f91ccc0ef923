"""Shared helpers for the o1191 situation generators (Python 3 standard library only)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TPE = dt.timezone(dt.timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for feat in d["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name", ""), "metadata": p.get("metadata") or {}}
    return out


SENSORS = load_sensors()

# Places named in the situations (lon, lat); junctions from the road anchors / registry.
P = {
    "zhongqing_huanzhong": (120.657242, 24.198897),
    "jingmao_huanzhong": (120.65345, 24.19848),
    "zhongke_huanzhong": (120.65217, 24.19785),
    "kaixuan_huanzhong": (120.64766, 24.19659),
    "hwy74_huanzhong": (120.6472, 24.19586),
    "liming_kaixuan": (120.64904, 24.19365),
    "jingmao_liming": (120.65496, 24.19582),
    "jingmao_7th": (120.65685, 24.19247),
    "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594),
    "taiwan_huanzhong": (120.63188, 24.17485),
    "jingmao_lowpoint": (120.6596, 24.1825),
    "henan_lowpoint": (120.6528, 24.1742),
    "liming_lowpoint": (120.6475, 24.193),
    "transit_hub": (120.6528, 24.1972),
    "conv_a": (120.6546, 24.1948),
    "conv_b": (120.6556, 24.194),
    "museumbrary": (120.657, 24.1915),
    "ops_tower": (120.6585, 24.193),
    "pop_music": (120.652, 24.185),
    "park_carpark_n": (120.6566, 24.1885),
    "park_carpark_s": (120.656, 24.179),
    "reclamation": (120.659, 24.1765),
    "fcu_campus": (120.652, 24.179),
    "cmu_campus": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "park_mid": (120.6564, 24.1830),
    "park_north": (120.6562, 24.1880),
    "park_south": (120.6563, 24.1770),
    "dunhua_jingmao5": (120.6588, 24.1868),
}


def offset(pt, rng, r_min=0.0, r_max=60.0):
    """A point r_min..r_max metres from pt in a random direction (rounded to 6 dp)."""
    lon, lat = pt
    r = rng.uniform(r_min, r_max)
    a = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(a) / 111320.0
    dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


DELAYS = {  # seconds from observation to arrival (min, max)
    "rule": (40, 150), "fire_alarm": (3, 20), "signal": (5, 30), "parking": (20, 120),
    "incident": (60, 300), "cctv": (5, 40), "1999": (90, 420), "status": (2, 25),
    "119": (20, 90), "planned_event": (0, 0),
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}


class Situation:
    def __init__(self, num, name, local_date, start_hhmm, seed, title):
        self.num = num
        self.name = name
        self.rng = random.Random(seed)
        y, m, d = local_date
        hh, mm = start_hhmm
        self.t0 = dt.datetime(y, m, d, hh, mm, tzinfo=TPE)
        self.items = []
        self.counters = {}
        self.title = title
        self.incidents = []
        self.alt = None
        self.notes = None
        self.description = ""
        self.ymd = "%03d%02d%02d" % (y - 1911, m, d)

    # time: minutes after window start (float allowed)
    def at(self, minutes):
        return self.t0 + dt.timedelta(minutes=minutes)

    def _key(self, feed, sensor=None):
        n = self.counters.get(feed, 0) + 1
        self.counters[feed] = n
        s = self.num
        if feed == "1999":
            return "1999-%s-%03d%03d" % (self.ymd, s * 37 % 900 + 100, n * 3)
        if feed == "incident":
            return "TCPD-%s-%d%03d" % (self.ymd, s % 100, n)
        if feed == "119":
            return "TCFD-%s-%03d%02d" % (self.ymd, s % 1000, n)
        if feed == "planned_event":
            return "PERMIT-%s-%02d" % (self.ymd, n)
        if feed == "rule":
            return "ALR-%d-%03d" % (s, n)
        return "%s-%d-%03d" % (feed.upper().replace("_", ""), s, n)

    def add(self, feed, category, minute, truth, text, sensor=None, pt=None, severity=None,
            delay=None, observed_shift_s=0, key=None, **extra):
        rng = self.rng
        obs = self.at(minute)
        if delay is None:
            lo, hi = DELAYS[feed]
            delay = rng.uniform(lo, hi)
        arr = obs + dt.timedelta(seconds=delay)
        stamped = obs + dt.timedelta(seconds=observed_shift_s)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"]
        else:
            lon, lat = pt
            agency = FEED_AGENCY[feed]
        if feed in UNKNOWN_SEV:
            severity = "Unknown"
        kind = "alert" if feed == "rule" else "event"
        item = {"key": key or self._key(feed, sensor), "kind": kind, "feed": feed, "agency": agency,
                "category": category, "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
                "observed": iso(stamped), "arrival": iso(arr)}
        if sensor is not None:
            item["sensor_id"] = sensor
        item["text"] = text
        for k in ("confidence", "reason", "status", "level", "follows", "ends", "radius_m"):
            if k in extra and extra[k] is not None:
                item[k] = extra.pop(k)
        item["truth"] = truth
        if "truth_alt" in extra:
            item["truth_alt"] = extra.pop("truth_alt")
        assert not extra, extra
        item["_arr"] = arr
        self.items.append(item)
        return item["key"]

    def dup(self, key, extra_delay_s):
        src = [i for i in self.items if i["key"] == key][0]
        it = dict(src)
        it["_arr"] = src["_arr"] + dt.timedelta(seconds=extra_delay_s)
        it["arrival"] = iso(it["_arr"])
        self.items.append(it)

    def alternative(self, why, drop=(), add=()):
        inc = [i for i in self.incidents if i["label"] not in drop] + list(add)
        self.alt = {"why": why, "incidents": inc}

    def incident(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": key})

    def write(self):
        items = sorted(self.items, key=lambda i: (i["_arr"], i["key"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                it = {k: v for k, v in it.items() if k != "_arr"}
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
        return base
