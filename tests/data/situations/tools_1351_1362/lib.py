"""Helpers for the o1351 situation generators (standard library only).

A situation is built item by item in local time (UTC+8); items are written in arrival
order as JSON lines with UTC timestamps, and the truth file beside them.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TZ = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for f in data["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name", "")}
    return out


SENSORS = load_sensors()

# Named places (registry / gazetteer positions) used to place callers near them.
PLACES = {
    "transit_hub": (120.6528, 24.1974),
    "convention": (120.6551, 24.1944),
    "hall_a": (120.6546, 24.1948),
    "hall_b": (120.6556, 24.1940),
    "museumbrary": (120.6570, 24.1915),
    "ops_tower": (120.6585, 24.1930),
    "pop_music": (120.6520, 24.1850),
    "park_carpark": (120.6566, 24.1880),
    "water_reclamation": (120.6590, 24.1765),
    "fcu_campus": (120.6520, 24.1790),
    "cmu_campus": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.1840),
    "eco_b": (120.6590, 24.1815),
    "henan_carpark": (120.6530, 24.1745),
    "jingmao6_carpark": (120.65491, 24.19560),
    "park_mid": (120.6564, 24.1830),
    "park_north": (120.6562, 24.1890),
    "park_south": (120.6564, 24.1765),
    "j_henan_zhongping": (120.650315, 24.171058),
    "j_jingmao_zhongping": (120.660376, 24.173594),
    "j_liming_kaixuan": (120.64904, 24.19365),
    "j_jingmao_liming": (120.65496, 24.19582),
    "j_jingmao_7": (120.65685, 24.19247),
    "j_jingmao_huanzhong": (120.65345, 24.19848),
    "j_zhongke_huanzhong": (120.65217, 24.19785),
    "j_kaixuan_huanzhong": (120.64766, 24.19659),
    "j_74_huanzhong": (120.6472, 24.19586),
    "j_zhongqing_huanzhong": (120.657242, 24.198897),
    "j_taiwan_huanzhong": (120.63188, 24.17485),
}


def offset(lon, lat, dist_m, bearing_deg):
    """Point dist_m metres from (lon, lat) towards bearing (0 = north, 90 = east)."""
    b = math.radians(bearing_deg)
    dn = dist_m * math.cos(b)
    de = dist_m * math.sin(b)
    dlat = dn / 111320.0
    dlon = de / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = ("rule", "fire_alarm", "signal", "parking", "status", "cctv")
RULE_SEV = {
    ("flood_depth", "1-15"): "Minor", ("flood_depth", "16-30"): "Moderate",
    ("flood_depth", ">30"): "Severe",
    ("water_level", "3"): "Moderate", ("water_level", "2"): "Severe", ("water_level", "1"): "Extreme",
    ("heavy_rain", "大雨"): "Moderate", ("heavy_rain", "豪雨"): "Severe",
    ("heavy_rain", "大豪雨"): "Extreme", ("heavy_rain", "超大豪雨"): "Extreme",
}


class Situation:
    def __init__(self, number, name, seed, day):
        """day: 'YYYY-MM-DD', local date of the situation's first hour."""
        self.number = number
        self.name = name
        self.rng = random.Random(seed)
        self.day0 = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=TZ)
        self.items = []
        self.n = 0
        self.incidents = []
        self.alt = None
        self.notes = None
        self.description = ""

    # --- time and place ---------------------------------------------------
    def t(self, hhmm, day=0, sec=0):
        h, m = hhmm.split(":")
        return self.day0 + timedelta(days=day, hours=int(h), minutes=int(m), seconds=sec)

    def near(self, place, lo, hi, bearing=None):
        lon, lat = PLACES[place] if isinstance(place, str) else place
        d = self.rng.uniform(lo, hi)
        b = self.rng.uniform(0, 360) if bearing is None else bearing + self.rng.uniform(-25, 25)
        return offset(lon, lat, d, b)

    # --- items -------------------------------------------------------------
    def add(self, feed, category, t, text, truth, where=None, sensor=None, severity=None,
            delay=None, observed=None, truth_alt="__same__", key=None, **extra):
        """Add one item. t = when it happened (local datetime); observed overrides the
        source's stamp (a skewed clock); delay = seconds until arrival."""
        self.n += 1
        prefix = {"rule": "al", "1999": "c", "119": "f", "incident": "p", "cctv": "cam",
                  "planned_event": "pe", "status": "st", "fire_alarm": "fa",
                  "signal": "sg", "parking": "pk"}[feed]
        key = key or "%d-%s-%03d" % (self.number, prefix, self.n)
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
        else:
            lon, lat = PLACES[where] if isinstance(where, str) else where
            agency = FEED_AGENCY[feed]
        if severity is None:
            if feed == "rule":
                lvl = extra.get("level")
                severity = RULE_SEV.get((category, lvl), "Minor" if category in
                                        ("sensor_offline", "congestion") else "Unknown")
            elif feed == "incident":
                severity = "Moderate"
            else:
                severity = "Unknown"
        if delay is None:
            if feed in ("rule", "status", "fire_alarm", "signal", "parking", "cctv"):
                delay = self.rng.randint(3, 70)
            elif feed == "1999":
                delay = self.rng.randint(90, 900)
            elif feed == "planned_event":
                delay = 0
            else:
                delay = self.rng.randint(30, 300)
        obs = observed if observed is not None else t
        arrival = t + timedelta(seconds=delay)
        if feed == "planned_event":
            # a permit arrives when issued (passed as extra 'issued'), before or after start
            arrival = extra.pop("issued", t)
        item = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
                "agency": agency, "category": category, "severity": severity,
                "lon": round(lon, 6), "lat": round(lat, 6), "observed": iso(obs),
                "arrival": iso(arrival)}
        if sensor:
            item["sensor_id"] = sensor
        item["text"] = text
        for k, v in extra.items():
            if k == "ends":
                v = iso(v)
            item[k] = v
        item["truth"] = truth
        if truth_alt != "__same__":
            item["truth_alt"] = truth_alt
        self.items.append(item)
        return key

    def dup(self, key, extra_delay):
        """Deliver an item again, identical except a later arrival."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(seconds=extra_delay))
        self.items.append(d)
        return key

    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # --- output -------------------------------------------------------------
    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = os.path.join(OUT, "%d_%s" % (self.number, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for _, it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.number, self.name),
                 "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        keys = {i["key"] for i in self.items}
        print("%d %s items=%d incidents=%d" % (self.number, self.name, len(self.items),
                                               len(self.incidents)))
        return len(self.items), len(self.incidents)


def inc(label, typ, description, key):
    return {"label": label, "type": typ, "description": description,
            "sufficient_evidence_key": key}
