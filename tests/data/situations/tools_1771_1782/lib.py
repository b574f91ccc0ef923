"""Helpers for the blind-oracle situations 1771-1782 (standard library only)."""
import os, json, math, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TZ = datetime.timedelta(hours=8)  # Taiwan time = UTC+8


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "name": p["name"],
                               "lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
                               "gateway": (p.get("metadata") or {}).get("gateway")}
    return out


SENSORS = load_sensors()

# Named places (gazetteer positions / registry positions)
P = {
    "hub": (120.65280, 24.19740), "conv": (120.65510, 24.19440), "hallA": (120.6546, 24.1948),
    "hallB": (120.6556, 24.194), "museum": (120.657, 24.1915), "tower": (120.6585, 24.193),
    "popmusic": (120.652, 24.185), "parkcp": (120.6566, 24.188), "wrc": (120.659, 24.1765),
    "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735), "ecoA": (120.6588, 24.184),
    "ecoB": (120.659, 24.1815), "henanpk": (120.653, 24.1745), "jm6pk": (120.65491, 24.19560),
    "j_jm_lm": (120.65496, 24.19582), "j_jm_7": (120.65685, 24.19247), "j_lm_kx": (120.64904, 24.19365),
    "j_hz_zq": (120.657242, 24.198897), "j_hz_kx": (120.64766, 24.19659), "j_hz_zk": (120.65217, 24.19785),
    "j_hz_74": (120.6472, 24.19586), "j_hz_jm": (120.65345, 24.19848), "j_hn_zp": (120.650315, 24.171058),
    "j_jm_zp": (120.660376, 24.173594), "j_tw_hz": (120.63188, 24.17485),
}


def off(pt, dx_m, dy_m):
    """Shift a (lon, lat) point by metres east / north."""
    lon, lat = pt
    dlat = dy_m / 111320.0
    dlon = dx_m / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


class Sit:
    def __init__(self, num, name, title_zh, date, seed=None):
        self.num, self.name, self.title_zh = num, name, title_zh
        y, m, d = (int(x) for x in date.split("-"))
        self.day0 = datetime.datetime(y, m, d)  # local midnight (Taiwan)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.seq = 0
        self.incidents = []
        self.alt_incidents = None
        self.alt_why = None
        self.description = ""
        self.notes = None

    def t(self, hhmm):
        """'HH:MM[:SS]' Taiwan time, optional '+1 ' prefix for the next day -> UTC datetime."""
        day = 0
        if hhmm.startswith("+"):
            a, hhmm = hhmm.split(" ", 1)
            day = int(a[1:])
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        local = self.day0 + datetime.timedelta(days=day, hours=parts[0], minutes=parts[1], seconds=parts[2])
        return local - TZ

    def add(self, when, feed, category, text, truth, at=None, sensor=None, severity="Unknown",
            delay=None, observed_shift=0, alt="__same__", **extra):
        assert feed in FEEDS, feed
        self.seq += 1
        key = "%d-%03d" % (self.num, self.seq)
        obs = self.t(when)
        if delay is None:
            delay = self.rng.randint(4, 75)
        arr = obs + datetime.timedelta(seconds=delay)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor:
            s = SENSORS[sensor]
            agency = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            agency = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}[feed]
            lon, lat = at
        if feed == "cctv" and "agency" in extra:
            agency = extra.pop("agency")
        it.update({"agency": agency, "category": category, "severity": severity,
                   "lon": round(lon, 6), "lat": round(lat, 6),
                   "observed": iso(obs + datetime.timedelta(seconds=observed_shift)), "arrival": iso(arr)})
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k in ("confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway"):
            if k in extra:
                v = extra.pop(k)
                if k == "ends":
                    v = iso(self.t(v))
                it[k] = v
        assert not extra, extra
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        it["_arr"] = arr
        it["_seq"] = self.seq
        self.items.append(it)
        return key

    def dup(self, key, delay_s):
        src = [i for i in self.items if i["key"] == key][0]
        c = dict(src)
        c["_arr"] = src["_arr"] + datetime.timedelta(seconds=delay_s)
        c["arrival"] = iso(c["_arr"])
        self.seq += 1
        c["_seq"] = self.seq
        self.items.append(c)

    def incident(self, label, itype, desc, suff):
        self.incidents.append({"label": label, "type": itype, "description": desc, "sufficient_evidence_key": suff})

    def alternative(self, why, incidents):
        """incidents: the complete list under the alternative reading."""
        self.alt_why = why
        self.alt_incidents = incidents

    def write(self):
        items = sorted(self.items, key=lambda i: (i["_arr"], i["_seq"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                d = {k: v for k, v in it.items() if not k.startswith("_")}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name),
                 "description": self.title_zh + " — " + self.description,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)


def inc(label, itype, desc, suff):
    return {"label": label, "type": itype, "description": desc, "sufficient_evidence_key": suff}
