"""Helpers for the blind oracle situations 451-462 (Shuinan operations center).

A situation is written as a story: items are added with a *local* (UTC+8) time
at the source, a delay to the center, and the label of the incident a
coordinator would dispatch them with. Output is sorted by arrival and written as
NNN_name.jsonl + NNN_name.truth.json next to this folder's parent.
Everything random (small position jitter, default delays) is seeded per
situation, so the output is stable.
"""
import copy
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TZ = dt.timezone(dt.timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"],
                               "kind": p["kind"], "name": p["name"]}
    return out


SENSORS = load_sensors()

# Named places (lon, lat). Intersections are the registered signal positions;
# buildings the registered fire-panel positions; the rest placed on the road
# lines of roads.geojson or inside the sub-areas of zones.geojson.
PLACES = {
    "hz_t74": (120.6472, 24.19586),          # 台74線/環中路二段
    "hz_kaixuan": (120.64766, 24.19659),     # 凱旋路/環中路二段
    "hz_zhongke": (120.65217, 24.19785),     # 中科路/環中路二段
    "hz_jingmao": (120.65345, 24.19848),     # 經貿路二段/環中路二段
    "hz_zhongqing": (120.657242, 24.198897), # 中清路/環中路
    "jm_liming": (120.65496, 24.19582),      # 經貿路二段/黎明路三段
    "jm_7th": (120.65685, 24.19247),         # 經貿路二段/經貿七路
    "lm_kaixuan": (120.64904, 24.19365),     # 黎明路三段/凱旋路
    "henan_zp": (120.650315, 24.171058),     # 河南路/中平路
    "jm_zp": (120.660376, 24.173594),        # 經貿路/中平路
    "lm_shop": (120.6503, 24.19415),         # 黎明路三段, 凱旋路口東側店面
    "hub": (120.6528, 24.1972),              # 水湳轉運中心
    "hub_bays": (120.6533, 24.1966),         # 轉運中心 月台
    "hub_shuttle": (120.6528, 24.1974),      # 轉運站接駁區
    "ticec_a": (120.6546, 24.1948),
    "ticec_b": (120.6556, 24.194),
    "ticec_plaza": (120.6551, 24.1953),
    "museumbrary": (120.657, 24.1915),
    "museum_walk": (120.6572, 24.1922),      # 綠美圖前 經貿路人行道
    "tower": (120.6585, 24.193),
    "popmusic": (120.652, 24.185),
    "popmusic_gate": (120.6523, 24.1856),
    "kaixuan_s": (120.6518, 24.1853),        # 凱旋路南段 (影音中心旁)
    "zhongke_s": (120.6535, 24.1870),        # 中科路 影音中心東側
    "park_carpark": (120.6566, 24.188),
    "park_ramp": (120.6578, 24.1886),        # 停車場車道出入口 (經貿路側)
    "pond2": (120.6572, 24.1853),
    "pond4": (120.6572, 24.1792),
    "park_mid": (120.6563, 24.1830),
    "park_north": (120.6563, 24.1893),       # 中央公園北端 (綠美圖南側)
    "park_south": (120.6560, 24.1768),
    "fcu": (120.652, 24.179),
    "fcu_lab": (120.6524, 24.1794),
    "fcu_gate": (120.6537, 24.1812),         # 中科路 逢甲水湳校區側門
    "cmu": (120.6592, 24.1735),
    "wrc": (120.659, 24.1765),               # 水湳水資源回收中心
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "dunhua": (120.6594, 24.1808),           # 敦化路一段 (B區前)
    "jingmao_mid": (120.6596, 24.1830),      # 經貿路三段 (住宅區旁)
    "zhongping_w": (120.6530, 24.1709),      # 中平路 西段
    "zhongping_e": (120.6635, 24.1753),      # 中平路 東段
    "henan_s": (120.6465, 24.1660),
    "liming_w": (120.6455, 24.1922),
    "zhongqing_se": (120.6640, 24.1870),
}

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "planned_event": "police", "1999": "citizen",
               "119": "fire"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
DEFAULT_DELAY = {"rule": (40, 110), "fire_alarm": (2, 9), "signal": (5, 25),
                 "parking": (60, 130), "status": (3, 20), "cctv": (4, 20),
                 "incident": (90, 360), "1999": (60, 260), "119": (20, 80),
                 "planned_event": (0, 0)}
FIELDS = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
          "observed", "arrival", "sensor_id", "text", "confidence", "level",
          "follows", "ends", "truth", "truth_alt"]
_MISSING = object()


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, date, description, notes=None):
        self.num = num
        self.name = name
        self.date = date  # "YYYY-MM-DD", local
        self.description = description
        self.notes = notes
        self.rng = random.Random(1000 + num)
        self.items = []
        self.incidents = []
        self.alt = None

    # -- time -------------------------------------------------------------
    def t(self, when):
        """'HH:MM[:SS]' on the situation's day, or 'YYYY-MM-DD HH:MM[:SS]', local."""
        if " " in when:
            d, h = when.split(" ")
        else:
            d, h = self.date, when
        parts = [int(x) for x in h.split(":")] + [0]
        y, m, dd = [int(x) for x in d.split("-")]
        return dt.datetime(y, m, dd, parts[0], parts[1], parts[2], tzinfo=TZ)

    def _pos(self, place, jitter):
        if isinstance(place, tuple):
            lon, lat = place
        else:
            lon, lat = PLACES[place]
        if jitter:
            lon += self.rng.uniform(-jitter, jitter)
            lat += self.rng.uniform(-jitter, jitter)
        return round(lon, 6), round(lat, 6)

    # -- items ------------------------------------------------------------
    def add(self, k, feed, category, at, text, truth, *, sensor=None, place=None,
            sev=None, conf=None, level=None, follows=None, ends=None,
            alt=_MISSING, delay=None, arrive=None, jitter=0.00018):
        key = f"{self.num}-{k}"
        obs = self.t(at)
        if arrive is not None:
            arr = self.t(arrive)
        else:
            if delay is None:
                lo, hi = DEFAULT_DELAY[feed]
                delay = self.rng.randint(lo, hi)
            arr = obs + dt.timedelta(seconds=delay)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if feed in SENSOR_FEEDS:
            if sensor not in SENSORS:
                raise ValueError(f"{key}: unknown sensor {sensor}")
            s = SENSORS[sensor]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
            lon, lat = s["lon"], s["lat"]
        else:
            agency = FEED_AGENCY[feed]
            lon, lat = self._pos(place, jitter)
        it.update({"agency": agency, "category": category,
                   "severity": sev or "Unknown", "lon": lon, "lat": lat,
                   "observed": iso(obs), "arrival": iso(arr)})
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows:
            it["follows"] = f"{self.num}-{follows}"
        if ends:
            it["ends"] = iso(self.t(ends))
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_arr"] = arr
        self.items.append(it)
        return key

    def dup(self, k, extra_s):
        """The same delivery again (broker redelivery / resend), later."""
        key = f"{self.num}-{k}"
        src = [i for i in self.items if i["key"] == key][0]
        d = copy.deepcopy(src)
        d["_arr"] = src["_arr"] + dt.timedelta(seconds=extra_s)
        d["arrival"] = iso(d["_arr"])
        self.items.append(d)

    # -- incidents --------------------------------------------------------
    def inc(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": f"{self.num}-{suff}"})

    def set_alt(self, why, drop=(), add=(), change_suff=None):
        incs = [dict(i) for i in self.incidents if i["label"] not in drop]
        for (label, typ, desc, suff) in add:
            incs.append({"label": label, "type": typ, "description": desc,
                         "sufficient_evidence_key": f"{self.num}-{suff}"})
        for label, suff in (change_suff or {}).items():
            for i in incs:
                if i["label"] == label:
                    i["sufficient_evidence_key"] = f"{self.num}-{suff}"
        self.alt = {"why": why, "incidents": incs}

    # -- output -----------------------------------------------------------
    def write(self):
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["_arr"], i))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in order:
                it = self.items[i]
                row = {k: it[k] for k in FIELDS if k in it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base
