"""Helpers for the labelled situations 1691-1702 (standard library only, seeded)."""
import json, math, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    out = {}
    for f in d["features"]:
        p = f["properties"]
        out[p["sensor_id"]] = {"lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1],
                               "agency": p["agency"], "kind": p["kind"], "name": p["name"],
                               "gateway": (p.get("metadata") or {}).get("gateway")}
    return out

SENSORS = load_sensors()

# named places (gazetteer positions) and junctions used by the stories
P = {
    "hub": (120.6528, 24.1974), "hallA": (120.6546, 24.1948), "hallB": (120.6556, 24.194),
    "museum": (120.657, 24.1915), "tower": (120.6585, 24.193), "popmusic": (120.652, 24.185),
    "parkcar": (120.6566, 24.188), "reclaim": (120.659, 24.1765), "fcu": (120.652, 24.179),
    "cmu": (120.6592, 24.1735), "ecoA": (120.6588, 24.184), "ecoB": (120.659, 24.1815),
    "henanpk": (120.653, 24.1745), "jm6pk": (120.65491, 24.1956),
    "j_74_hz": (120.6472, 24.19586), "j_kx_hz": (120.64766, 24.19659), "j_zk_hz": (120.65217, 24.19785),
    "j_jm_hz": (120.65345, 24.19848), "j_jm_lm": (120.65496, 24.19582), "j_jm_jm7": (120.65685, 24.19247),
    "j_lm_kx": (120.64904, 24.19365), "j_zq_hz": (120.657242, 24.198897), "j_tw_hz": (120.63188, 24.17485),
    "j_hn_zp": (120.650315, 24.171058), "j_jm_zp": (120.660376, 24.173594),
}

AGENCY_BY_FEED = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = ("rule", "fire_alarm", "signal", "parking", "status", "cctv")
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "medical", "missing_person", "wrong_way_driver", "hazmat_report", "evacuation", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "missing_person", "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES_119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT_STATUS = {"approved", "amended", "cancelled"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}

_MISSING = object()

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

def dist_m(a, b):
    lon1, lat1 = a; lon2, lat2 = b
    x = (lon2 - lon1) * 111320 * math.cos(math.radians((lat1 + lat2) / 2))
    y = (lat2 - lat1) * 110574
    return math.hypot(x, y)


class Sit:
    def __init__(self, num, name, local_start, description):
        self.num, self.name, self.description = num, name, description
        self.base = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)  # UTC
        self.rng = random.Random(num * 7919)
        self.items, self.n = [], 0
        self.incidents, self.alt_why, self.alt_add, self.alt_drop, self.alt_suff = [], None, [], set(), {}
        self.notes = []
        self.story, self.debatable = "", []

    # ---- time and place
    def T(self, minutes):
        return self.base + dt.timedelta(seconds=round(minutes * 60))

    def scatter(self, pos, rmin, rmax):
        if isinstance(pos, str):
            pos = P[pos]
        r = self.rng.uniform(rmin, rmax); a = self.rng.uniform(0, 2 * math.pi)
        return (round(pos[0] + r * math.cos(a) / (111320 * math.cos(math.radians(pos[1]))), 6),
                round(pos[1] + r * math.sin(a) / 110574, 6))

    # ---- incidents
    def inc(self, label, typ, desc):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": None})

    def suff(self, label, key):
        for i in self.incidents:
            if i["label"] == label:
                i["sufficient_evidence_key"] = key; return
        for i in self.alt_add:
            if i["label"] == label:
                i["sufficient_evidence_key"] = key; return
        raise KeyError(label)

    def alt(self, why, add=(), drop=(), suff=None):
        self.alt_why = why
        for lab, typ, desc in add:
            self.alt_add.append({"label": lab, "type": typ, "description": desc, "sufficient_evidence_key": None})
        self.alt_drop |= set(drop)
        self.alt_suff.update(suff or {})

    # ---- items
    def add(self, feed, category, t, pos, text, truth, sev="Unknown", delay=None, sensor=None,
            alt=_MISSING, observed=None, **extra):
        self.n += 1
        key = "%d-%03d" % (self.num, self.n)
        if sensor:
            s = SENSORS[sensor]
            lonlat = (s["lon"], s["lat"]) if pos is None else (pos if not isinstance(pos, str) else P[pos])
            agency = s["agency"]
        else:
            lonlat = P[pos] if isinstance(pos, str) else pos
            agency = AGENCY_BY_FEED[feed]
        if delay is None:
            delay = {"rule": 0.3, "fire_alarm": 0.1, "signal": 0.2, "parking": 0.5, "status": 0.1, "cctv": 0.2,
                     "incident": self.rng.uniform(2, 6), "1999": self.rng.uniform(1, 3), "119": self.rng.uniform(0.2, 1),
                     "planned_event": 0}[feed]
        obs = self.T(t) if observed is None else observed
        arr = self.T(t + delay)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": round(lonlat[0], 6), "lat": round(lonlat[1], 6),
              "observed": iso(obs), "arrival": iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_ord"] = (arr, self.n)
        self.items.append(it)
        return key

    def dup(self, key, extra_min):
        src = next(i for i in self.items if i["key"] == key)
        c = dict(src)
        arr = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=round(extra_min * 60))
        c["arrival"] = iso(arr); self.n += 1; c["_ord"] = (arr, self.n)
        self.items.append(c)
        return key

    # shorthands
    def rule(self, sensor, cat, t, sev, text, truth, **kw):
        return self.add("rule", cat, t, None, text, truth, sev=sev, sensor=sensor, **kw)
    def dev(self, feed, sensor, cat, t, text, truth, at=None, **kw):
        return self.add(feed, cat, t, at, text, truth, sensor=sensor, **kw)
    def call(self, cat, t, pos, text, truth, r=(30, 220), **kw):
        return self.add("1999", cat, t, self.scatter(pos, *r), text, truth, **kw)
    def police(self, cat, t, pos, sev, text, truth, r=(5, 50), **kw):
        return self.add("incident", cat, t, self.scatter(pos, *r), text, truth, sev=sev, **kw)
    def f119(self, cat, t, pos, text, truth, r=(0, 25), **kw):
        return self.add("119", cat, t, self.scatter(pos, *r), text, truth, **kw)
    def permit(self, cat, t_start, t_end, pos, text, truth, arrival_min, radius=None, **kw):
        """arrival_min: minutes relative to situation start (may be negative: sent earlier)."""
        kw.pop("title", None)  # the item line has no title field; the title is in the text
        return self.add("planned_event", cat, t_start, pos, text, truth, delay=arrival_min - t_start,
                        ends=iso(self.T(t_end)), radius_m=radius, **kw)

    # ---- output
    def truth_doc(self):
        doc = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
               "incidents": [dict(i) for i in self.incidents]}
        if self.alt_why:
            alt_inc = []
            for i in self.incidents:
                if i["label"] in self.alt_drop:
                    continue
                j = dict(i)
                if i["label"] in self.alt_suff:
                    j["sufficient_evidence_key"] = self.alt_suff[i["label"]]
                alt_inc.append(j)
            alt_inc += [dict(i) for i in self.alt_add]
            doc["alternative_reading"] = {"why": self.alt_why, "incidents": alt_inc}
        if self.notes:
            doc["notes"] = " ".join(self.notes)
        return doc

    def write(self):
        for i in self.incidents:
            if not i["sufficient_evidence_key"]:
                raise SystemExit("%s: incident %s has no sufficient evidence key" % (self.num, i["label"]))
        items = sorted(self.items, key=lambda i: i["_ord"])
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps({k: v for k, v in it.items() if k != "_ord"}, ensure_ascii=False) + "\n")
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(self.truth_doc(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        meta = {"story": self.story, "debatable": self.debatable}
        os.makedirs(os.path.join(HERE, "meta"), exist_ok=True)
        with open(os.path.join(HERE, "meta", "%d.json" % self.num), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        print("wrote %s: %d items, %d incidents" % (os.path.basename(base), len(items), len(self.incidents)))
