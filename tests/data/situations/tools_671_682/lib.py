"""Helpers for situations 671-682 (typhoon afternoon, night and morning after). Stdlib only."""
import json, os, math, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
RANGE = range(671, 683)

SENS = {}
for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]:
    p = f["properties"]
    SENS[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": f["geometry"]["coordinates"][0],
                            "lat": f["geometry"]["coordinates"][1], "name": p["name"]}

# places (lon, lat): junctions from roads.geojson vertices, landmarks from sensors/DOMAIN
P = {
    "環中中清": (120.657242, 24.198897), "環中臺灣大道": (120.63188, 24.17485), "環中凱旋": (120.64766, 24.19659),
    "環中中科": (120.65217, 24.19785), "環中經貿": (120.65345, 24.19848), "經貿黎明": (120.65496, 24.19582),
    "經貿七路": (120.65685, 24.19247), "黎明凱旋": (120.64904, 24.19365), "河南中平": (120.650315, 24.171058),
    "經貿中平": (120.660376, 24.173594), "河南低窪": (120.6528, 24.1742), "經貿低窪": (120.6596, 24.1825),
    "黎明凱旋低窪": (120.6475, 24.193), "轉運中心": (120.6528, 24.1972), "會展A": (120.6546, 24.1948),
    "綠美圖": (120.657, 24.1915), "營運塔": (120.6585, 24.193), "流行影音": (120.652, 24.185),
    "公園北停車場": (120.6566, 24.1885), "公園南停車場": (120.656, 24.179), "逢甲水湳": (120.652, 24.179),
    "中國醫水湳": (120.6592, 24.1735), "生態A": (120.6588, 24.184), "生態B": (120.659, 24.1815),
    "河南停車場": (120.653, 24.1745), "水資源中心": (120.659, 24.1765), "凱旋中段": (120.651, 24.188),
    "中科中段": (120.6532, 24.1905), "中科南段": (120.6536, 24.184), "經貿北段": (120.6578, 24.1890), "中清南段": (120.6651, 24.1845),
}

DAY0 = dt.datetime(2016, 9, 27, 0, 0)  # local date (typhoon 梅姬 Megi reached Taiwan 2016-09-27)
LEVEL_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe", "3": "Moderate", "2": "Severe", "1": "Extreme",
             "大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
ALLOWED = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "traffic_signal", "other"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "rescue", "infrastructure"}


def t(hhmm, sec=0):
    """local 'HH:MM' (HH may be >= 24 for the next day) -> aware UTC datetime"""
    h, m = map(int, hhmm.split(":"))
    return DAY0 + dt.timedelta(hours=h - 8, minutes=m, seconds=sec)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def scatter(rng, lonlat, lo=30, hi=200):
    d = rng.uniform(lo, hi); a = rng.uniform(0, 2 * math.pi)
    lon, lat = lonlat
    return (round(lon + d * math.sin(a) / (111320 * math.cos(math.radians(lat))), 6),
            round(lat + d * math.cos(a) / 110540, 6))


_MISSING = object()


class Sit:
    def __init__(self, num, name, seed):
        self.num, self.name = num, name
        self.rng = random.Random(seed)
        self.items = []
        self.n = 0

    def _add(self, it, truth, alt, arrival):
        it["arrival"] = iso(arrival)
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def _key(self, prefix):
        self.n += 1
        return "%d-%s-%03d" % (self.num, prefix, self.n)

    def rule(self, sid, cat, at, truth, level=None, text=None, alt=_MISSING, delay=20, sev=None):
        s = SENS[sid]
        it = {"key": self._key("R"), "kind": "alert", "feed": "rule", "agency": s["agency"], "category": cat,
              "severity": sev or (LEVEL_SEV[level] if level else "Minor"), "lon": s["lon"], "lat": s["lat"],
              "observed": iso(t(at)), "sensor_id": sid}
        if level: it["level"] = level
        if text: it["text"] = text
        return self._add(it, truth, alt, t(at) + dt.timedelta(seconds=delay))

    def dev(self, feed, sid, cat, at, truth, text=None, alt=_MISSING, delay=5, conf=None, skew=0):
        s = SENS[sid]
        it = {"key": self._key(feed[:3].upper()), "kind": "event", "feed": feed, "agency": s["agency"],
              "category": cat, "severity": "Unknown", "lon": s["lon"], "lat": s["lat"],
              "observed": iso(t(at) + dt.timedelta(seconds=skew)), "sensor_id": sid}
        if text: it["text"] = text
        if conf is not None: it["confidence"] = conf
        return self._add(it, truth, alt, t(at) + dt.timedelta(seconds=delay))

    def status(self, sid, state, at, truth, text=None, alt=_MISSING, delay=3):
        return self.dev("status", sid, state, at, truth, text, alt, delay)

    def police(self, cat, at, place, text, truth, sev="Moderate", alt=_MISSING, delay=90, follows=None, jitter=(0, 40)):
        lon, lat = scatter(self.rng, P[place] if isinstance(place, str) else place, *jitter)
        it = {"key": self._key("POL"), "kind": "event", "feed": "incident", "agency": "police", "category": cat,
              "severity": sev, "lon": lon, "lat": lat, "observed": iso(t(at)), "text": text}
        if follows: it["follows"] = follows["key"]
        return self._add(it, truth, alt, t(at) + dt.timedelta(seconds=delay))

    def call(self, cat, at, place, text, truth, alt=_MISSING, keyed=None, spread=(30, 200)):
        """1999 case: observed = call time, arrival = keyed in some minutes later"""
        lon, lat = scatter(self.rng, P[place] if isinstance(place, str) else place, *spread)
        keyed = keyed if keyed is not None else self.rng.randint(3, 11)
        it = {"key": self._key("1999"), "kind": "event", "feed": "1999", "agency": "citizen", "category": cat,
              "severity": "Unknown", "lon": lon, "lat": lat, "observed": iso(t(at)), "text": text}
        return self._add(it, truth, alt, t(at) + dt.timedelta(minutes=keyed, seconds=self.rng.randint(0, 59)))

    def fire119(self, cat, at, place, text, truth, alt=_MISSING, delay=30, follows=None, jitter=(0, 25)):
        lon, lat = scatter(self.rng, P[place] if isinstance(place, str) else place, *jitter)
        it = {"key": self._key("119"), "kind": "event", "feed": "119", "agency": "fire", "category": cat,
              "severity": "Unknown", "lon": lon, "lat": lat, "observed": iso(t(at)), "text": text}
        if follows: it["follows"] = follows["key"]
        return self._add(it, truth, alt, t(at) + dt.timedelta(seconds=delay))

    def permit(self, cat, start, end, place, text, truth, issued_at, alt=_MISSING):
        lon, lat = P[place] if isinstance(place, str) else place
        it = {"key": self._key("PE"), "kind": "event", "feed": "planned_event", "agency": "police", "category": cat,
              "severity": "Unknown", "lon": lon, "lat": lat, "observed": iso(t(start)), "ends": iso(t(end)),
              "text": text}
        return self._add(it, truth, alt, t(issued_at))

    def dup(self, it, later_s):
        d = dict(it)
        d["arrival"] = iso(dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=later_s))
        self.items.append(d)
        return d

    def write(self, description, incidents, alternative=None, notes=None, alt_relabel=None):
        for it in self.items:  # under the alternative reading, whole incidents merge into another
            if alt_relabel and it["truth"] in alt_relabel and "truth_alt" not in it:
                it["truth_alt"] = alt_relabel[it["truth"]]
        items = sorted(self.items, key=lambda i: i["arrival"])  # stable: ties keep creation order
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        inc = [{"label": a, "type": b, "description": c, "sufficient_evidence_key": d["key"]} for a, b, c, d in incidents]
        tr = {"situation": "%d_%s" % (self.num, self.name), "description": description, "incidents": inc}
        if alternative:
            why, alt_inc = alternative
            tr["alternative_reading"] = {"why": why, "incidents": [
                {"label": a, "type": b, "description": c, "sufficient_evidence_key": d["key"]} for a, b, c, d in alt_inc]}
        if notes: tr["notes"] = notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(tr, f, ensure_ascii=False, indent=1); f.write("\n")
        return items
