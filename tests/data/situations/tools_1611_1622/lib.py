"""Helpers for the labelled situations 1611-1622 (author oC). Seeded, stable output."""
import os, json, random, math, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    REGISTRY = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}

TZ = dt.timezone(dt.timedelta(hours=8))

# named places (gazetteer positions, registry junctions; street spots on roads.geojson lines)
PLACES = {
    "transit_hub": (120.65280, 24.19740), "hub_shuttle": (120.65300, 24.19720),
    "conv_a": (120.6546, 24.1948), "conv_b": (120.6556, 24.1940), "conv": (120.6551, 24.1944),
    "museumbrary": (120.6570, 24.1915), "tower": (120.6585, 24.1930),
    "popmusic": (120.6520, 24.1850), "park_cp": (120.6566, 24.1880),
    "water_rec": (120.6590, 24.1765), "fcu": (120.6520, 24.1790), "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.1840), "eco_b": (120.6590, 24.1815), "henan_cp": (120.6530, 24.1745),
    "jm6_cp": (120.65491, 24.19560),
    # junctions (signal positions)
    "j_t74_hz": (120.6472, 24.19586), "j_kx_hz": (120.64766, 24.19659), "j_zk_hz": (120.65217, 24.19785),
    "j_jm_hz": (120.65345, 24.19848), "j_jm_lm": (120.65496, 24.19582), "j_jm_jm7": (120.65685, 24.19247),
    "j_lm_kx": (120.64904, 24.19365), "j_zq_hz": (120.657242, 24.198897), "j_hn_zp": (120.650315, 24.171058),
    "j_jm_zp": (120.660376, 24.173594),
    # street spots (interpolated on the roads' lines)
    "jm_mid_eco": (120.6590, 24.1850), "jm_eco_b": (120.6597, 24.1815), "kx_popmusic": (120.6512, 24.1860),
    "zk_mid": (120.6532, 24.1905), "zk_south": (120.6536, 24.1840), "lm_mid": (120.6520, 24.1948),
    "hz_kx_south": (120.6455, 24.1935), "zp_mid": (120.6570, 24.1720), "hn_mid": (120.6505, 24.1712),
    "park_path_mus": (120.6568, 24.1900), "park_south_path": (120.6562, 24.1790),
}

def sensor_pos(sid):
    return tuple(REGISTRY[sid]["geometry"]["coordinates"][:2])

def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
_MISSING = object()


class Sit:
    def __init__(self, num, name, title, start_local, story, seed=None):
        self.num, self.name, self.title, self.story = num, name, title, story
        self.start = dt.datetime.fromisoformat(start_local).replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items, self.incidents, self.alt_incidents, self.alt_why, self.notes = [], [], None, None, []
        self.debatable = []
        self.n = 0

    def jitter(self, pos, m=25):
        lon, lat = pos
        a = self.rng.uniform(0, 2 * math.pi); r = self.rng.uniform(0, m)
        return (round(lon + r * math.cos(a) / (111320 * math.cos(math.radians(lat))), 6),
                round(lat + r * math.sin(a) / 110540, 6))

    def add(self, feed, category, t, text, truth, alt=_MISSING, *, sensor=None, at=None, sev=None, d=None,
            key=None, obs_shift=0, conf=None, level=None, follows=None, ends=None, radius=None,
            permit_status=None, status=None, reason=None, gateway=None, jit=25):
        """t: minutes after the situation's start (local); d: delay to arrival in seconds."""
        self.n += 1
        key = key or f"{self.num}-{self.n:03d}"
        obs = self.start + dt.timedelta(minutes=t)
        if d is None:
            d = {"rule": 20, "status": 5, "fire_alarm": 3, "signal": 8, "parking": 30, "cctv": 10,
                 "incident": 90, "1999": 120, "119": 40, "planned_event": 0}[feed] + self.rng.randint(0, 40)
        arr = obs + dt.timedelta(seconds=d)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor:
            assert sensor in REGISTRY, sensor
            agency = REGISTRY[sensor]["properties"]["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
            pos = sensor_pos(sensor)
        else:
            agency = FEED_AGENCY[feed]
            pos = PLACES[at] if isinstance(at, str) else at
            pos = self.jitter(pos, jit) if jit else pos
        it["agency"] = agency
        it["category"] = category
        it["severity"] = sev or ("Unknown" if feed in UNKNOWN_SEV else "Minor")
        it["lon"], it["lat"] = pos
        it["observed"] = iso(obs + dt.timedelta(minutes=obs_shift))
        it["arrival"] = iso(arr)
        if sensor: it["sensor_id"] = sensor
        it["text"] = text
        for k, v in (("confidence", conf), ("reason", reason), ("status", status), ("level", level),
                     ("follows", follows), ("radius_m", radius), ("permit_status", permit_status), ("gateway", gateway)):
            if v is not None: it[k] = v
        if ends is not None: it["ends"] = iso(self.start + dt.timedelta(minutes=ends))
        it["truth"] = truth
        if alt is not _MISSING: it["truth_alt"] = alt
        self.items.append(it)
        return key

    def dup(self, key, after_s):
        src = [i for i in self.items if i["key"] == key][0]
        c = dict(src)
        c["arrival"] = iso(dt.datetime.fromisoformat(src["arrival"].replace("Z", "+00:00")) + dt.timedelta(seconds=after_s))
        self.items.append(c)
        return key

    # sensor alert shortcuts
    def congestion(self, sid, t, speed, occ, truth=None, alt=_MISSING, sev="Minor", d=None):
        nm = REGISTRY[sid]["properties"]["name"]
        return self.add("rule", "congestion", t, f"{nm} 平均車速 {speed} km/h，佔有率 {occ}%，車流壅塞",
                        truth, alt, sensor=sid, sev=sev, d=d)

    def parking(self, sid, t, cat="full", truth=None, alt=_MISSING, d=None):
        nm = REGISTRY[sid]["properties"]["name"]
        txt = {"full": f"{nm} 車位已滿", "closed": f"{nm} 暫停開放", "empty": f"{nm} 車位全空"}[cat]
        return self.add("parking", cat, t, txt, truth, alt, sensor=sid, d=d)

    def incident(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key})

    def alternative(self, why, changes):
        """changes: dict label -> incident dict or None (removed); others repeat unchanged."""
        self.alt_why = why
        inc = []
        for i in self.incidents:
            if i["label"] in changes:
                if changes[i["label"]] is not None: inc.append(changes[i["label"]])
            else:
                inc.append(dict(i))
        for lab, v in changes.items():
            if v is not None and lab not in [i["label"] for i in self.incidents]:
                inc.append(v)
        self.alt_incidents = inc

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in items:
                f.write(json.dumps(i, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.title + " " + self.story,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes or self.debatable:
            truth["notes"] = " ".join(self.notes + self.debatable)
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        print(self.num, self.name, len(items), "items", len(self.incidents), "incidents")
