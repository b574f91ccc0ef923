"""Helpers for situations 1551-1562 (seeded; stdlib only)."""
import json, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    return {f["properties"]["sensor_id"]: f for f in d["features"]}

SENSORS = load_sensors()
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
NOSEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}

# named places (lon, lat) from gazetteer / roads
P = {
    "hub": (120.6528, 24.1974), "hall_a": (120.6546, 24.1948), "hall_b": (120.6556, 24.1940),
    "conv": (120.6551, 24.1944), "museum": (120.657, 24.1915), "tower": (120.6585, 24.193),
    "popmusic": (120.652, 24.185), "parkcp": (120.6566, 24.188), "reclaim": (120.659, 24.1765),
    "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735), "ecoA": (120.6588, 24.184),
    "ecoB": (120.659, 24.1815), "henan_cp": (120.653, 24.1745), "jm6": (120.65491, 24.1956),
    "t74_huanzhong": (120.6472, 24.19586), "kaixuan_huanzhong": (120.64766, 24.19659),
    "zhongke_huanzhong": (120.65217, 24.19785), "jingmao_huanzhong": (120.65345, 24.19848),
    "jingmao_liming": (120.65496, 24.19582), "jingmao_7": (120.65685, 24.19247),
    "liming_kaixuan": (120.64904, 24.19365), "zhongqing_huanzhong": (120.657242, 24.198897),
    "henan_zhongping": (120.650315, 24.171058), "jingmao_zhongping": (120.660376, 24.173594),
    "taiwan_huanzhong": (120.63188, 24.17485), "henan_low": (120.6528, 24.1742),
    "jingmao_low": (120.6596, 24.1825), "park_mid": (120.6564, 24.1830),
    "park_north": (120.6562, 24.1880), "park_south": (120.6562, 24.1770),
}

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

class Sit:
    def __init__(self, num, name, t0, description, seed=None):
        self.num, self.name, self.description = num, name, description
        self.t0 = dt.datetime.strptime(t0, "%Y-%m-%dT%H:%M:%SZ")
        self.rng = random.Random(seed if seed is not None else num)
        self.items, self.incidents, self.alt_reading, self.notes = [], [], None, []
        self.story = ""

    def _t(self, m):
        return self.t0 + dt.timedelta(seconds=round(m * 60))

    def _pos(self, where, jitter=25):
        if isinstance(where, str):
            where = P[where]
        lon, lat = where
        j = jitter / 111000.0
        return round(lon + self.rng.uniform(-j, j), 6), round(lat + self.rng.uniform(-j, j), 6)

    def add(self, key, m, feed, agency, category, truth, where=None, sensor=None, text=None,
            severity=None, delay=None, clock_shift_min=0, **kw):
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category}
        it["severity"] = severity or ("Unknown" if feed in NOSEV else "Moderate")
        if sensor:
            f = SENSORS[sensor]
            lon, lat = f["geometry"]["coordinates"]
            it["lon"], it["lat"] = lon, lat
            it["sensor_id"] = sensor
        else:
            it["lon"], it["lat"] = self._pos(where)
        obs = self._t(m)
        if delay is None:
            delay = self.rng.randint(5, 40) if feed in SENSOR_FEEDS else self.rng.randint(30, 150)
        it["observed"] = iso(obs + dt.timedelta(minutes=clock_shift_min))
        it["arrival"] = iso(obs + dt.timedelta(seconds=delay))
        if text is not None:
            it["text"] = text
        for k, v in kw.items():
            if k == "truth_alt":
                it["truth_alt"] = v
            elif v is not None:
                it[k] = v
        it["truth"] = truth
        if "truth_alt" in it:
            it["truth_alt"] = it.pop("truth_alt")
        self.items.append(it)
        return it

    # shorthands
    def rule(self, key, m, cat, sensor, truth, severity="Moderate", **kw):
        ag = SENSORS[sensor]["properties"]["agency"]
        return self.add(key, m, "rule", ag, cat, truth, sensor=sensor, severity=severity, **kw)

    def status(self, key, m, cat, sensor, truth, **kw):
        ag = SENSORS[sensor]["properties"]["agency"]
        return self.add(key, m, "status", ag, cat, truth, sensor=sensor, **kw)

    def dup(self, key, extra_s):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        a = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=extra_s)
        d["arrival"] = iso(a)
        self.items.append(d)

    def inc(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": key})

    def alt(self, why, drop=(), add=(), replace=None):
        incs = [dict(i) for i in self.incidents if i["label"] not in drop]
        if replace:
            for i in incs:
                if i["label"] in replace:
                    i.update(replace[i["label"]])
        for a in add:
            incs.append({"label": a[0], "type": a[1], "description": a[2], "sufficient_evidence_key": a[3]})
        self.alt_reading = {"why": why, "incidents": incs}

    def note(self, s):
        self.notes.append(s)

    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt_reading:
            truth["alternative_reading"] = self.alt_reading
        truth["notes"] = {"story": self.story, "debatable": self.notes}
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        print(f"{self.num}_{self.name}: {len(items)} items, {len(self.incidents)} incidents")
