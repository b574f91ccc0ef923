"""Helpers for the earthquake situations 551-562 (plain Python 3 stdlib)."""
import datetime as _dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.environ.get("SITUATION_OUT_DIR", os.path.join(HERE, ".."))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    res = {}
    for ft in d["features"]:
        p = ft["properties"]
        res[p["sensor_id"]] = (ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1], p)
    return res


SENSORS = load_sensors()
SENSOR_FEED = {"flood": "rule", "rain": "rule", "water_level": "rule", "vd": "rule",
               "fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}

# landmarks of the zone (registered positions where a sensor marks them, else road vertices)
P = {
    "hub": (120.6528, 24.1972), "expoA": (120.6546, 24.1948), "expoB": (120.6556, 24.194),
    "museumbrary": (120.657, 24.1915), "tower": (120.6585, 24.193), "popmusic": (120.652, 24.185),
    "parkgarage": (120.6566, 24.188), "reclaim": (120.659, 24.1765), "fcu": (120.652, 24.179),
    "cmu": (120.6592, 24.1735), "ecoA": (120.6588, 24.184), "ecoB": (120.659, 24.1815),
    "j_74_huanzhong": (120.6472, 24.19586), "j_kaixuan_huanzhong": (120.64766, 24.19659),
    "j_zhongke_huanzhong": (120.65217, 24.19785), "j_jingmao_huanzhong": (120.65345, 24.19848),
    "j_jingmao_liming": (120.65496, 24.19582), "j_jingmao_7": (120.65685, 24.19247),
    "j_liming_kaixuan": (120.64904, 24.19365), "j_zhongqing_huanzhong": (120.657242, 24.198897),
    "j_henan_zhongping": (120.650315, 24.171058), "j_jingmao_zhongping": (120.660376, 24.173594),
    "jingmao_low": (120.6596, 24.1825), "henan_low": (120.6528, 24.1742),
    "zhongke_mid": (120.6532, 24.1905), "zhongke_s": (120.6536, 24.1840),
    "kaixuan_s": (120.651, 24.188), "zhongqing_mid": (120.6622, 24.1905),
    "zhongqing_s": (120.665, 24.1842), "liming_e": (120.657, 24.1974),
}


def offset(pt, dx, dy):
    lon, lat = pt
    return (round(lon + dx / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy / 110574.0, 6))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
               "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]
_MISSING = object()


class Situation:
    def __init__(self, num, name, t0, seed):
        self.num, self.name = num, name
        self.t0 = t0  # datetime UTC, the main shock
        self.rng = random.Random(seed)
        self.items = []
        self.counters = {}
        self.day = t0.strftime("%Y%m%d")

    # ---- time
    def t(self, sec):
        return self.t0 + _dt.timedelta(seconds=sec)

    # ---- keys
    def _key(self, feed, sid=None, sec=0):
        n = self.counters.get(feed, 0) + 1
        self.counters[feed] = n
        if feed == "1999":
            return "1999-%s-%04d" % (self.day, 300 + n * 7 + self.num % 7)
        if feed == "119":
            return "119-%s-%03d" % (self.day, 40 + n)
        if feed == "incident":
            return "TCPD-%s-%03d" % (self.day, 100 + n)
        if feed == "planned_event":
            return "PERMIT-%d-%02d" % (self.num, n)
        return "%s-%s-%02d" % (sid, self.t(sec).strftime("%H%M%S"), n)

    def scatter(self, pt, rmin, rmax):
        a = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(rmin, rmax)
        return offset(pt, r * math.cos(a), r * math.sin(a))

    def add(self, feed, category, sec, delay, text, truth, agency=None, pos=None, severity="Unknown",
            sensor_id=None, confidence=None, level=None, follows=None, ends=None, truth_alt=_MISSING,
            key=None, observed=None):
        if sensor_id is not None:
            lon, lat, props = SENSORS[sensor_id]
            pos = (lon, lat)
            if agency is None:
                agency = props["agency"]
        if agency is None:
            agency = {"1999": "citizen", "119": "fire", "incident": "police", "planned_event": "police",
                      "cctv": "police", "signal": "traffic", "parking": "traffic", "fire_alarm": "disaster"}[feed]
        kind = "alert" if feed == "rule" else "event"
        if key is None:
            key = self._key(feed, sensor_id, sec)
        obs = observed if observed is not None else iso(self.t(sec))
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": pos[0], "lat": pos[1], "observed": obs,
              "arrival": iso(self.t(sec + delay))}
        if sensor_id is not None:
            it["sensor_id"] = sensor_id
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = ends
        it["truth"] = truth
        if truth_alt is not _MISSING:
            it["truth_alt"] = truth_alt
        it["_sort"] = (sec + delay, len(self.items))
        self.items.append(it)
        return key

    # shorthands
    def c1999(self, cat, sec, pt, rmin, rmax, text, truth, delay=None, **kw):
        d = delay if delay is not None else self.rng.randint(40, 150)
        return self.add("1999", cat, sec, d, text, truth, pos=self.scatter(pt, rmin, rmax), **kw)

    def c119(self, cat, sec, pt, text, truth, delay=None, rmax=25, **kw):
        d = delay if delay is not None else self.rng.randint(15, 60)
        return self.add("119", cat, sec, d, text, truth, pos=self.scatter(pt, 0, rmax), **kw)

    def police(self, cat, sev, sec, pt, text, truth, delay=None, rmax=30, **kw):
        d = delay if delay is not None else self.rng.randint(30, 120)
        return self.add("incident", cat, sec, d, text, truth, pos=self.scatter(pt, 0, rmax), severity=sev, **kw)

    def sensor(self, sid, category, sec, text, truth, delay=None, **kw):
        feed = kw.pop("feed", None) or SENSOR_FEED[SENSORS[sid][2]["kind"]]
        d = delay if delay is not None else self.rng.randint(3, 25)
        return self.add(feed, category, sec, d, text, truth, sensor_id=sid, **kw)

    def status(self, sid, state, sec, text, truth, delay=None, **kw):
        d = delay if delay is not None else self.rng.randint(5, 40)
        return self.add("status", state, sec, d, text, truth, sensor_id=sid, **kw)

    def dup(self, key, extra):
        """A true duplicate: same key and fields, later arrival."""
        src = next(i for i in self.items if i["key"] == key)
        it = dict(src)
        arr = _dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ") + _dt.timedelta(seconds=extra)
        it["arrival"] = iso(arr)
        it["_sort"] = (src["_sort"][0] + extra, len(self.items))
        self.items.append(it)

    # ---- common background of an earthquake
    def quake_questions(self, n, sec_from, sec_to, area_pts):
        for _ in range(n):
            pt = self.rng.choice(area_pts)
            self.c1999("other", self.rng.randint(sec_from, sec_to), pt, 50, 400,
                       self.rng.choice(QUAKE_Q), None)

    def routine(self, n, sec_from, sec_to):
        for _ in range(n):
            cat, text, pt = self.rng.choice(ROUTINE)
            self.c1999(cat, self.rng.randint(sec_from, sec_to), P[pt], 20, 150, text, None)

    def congestion_noise(self, vds, sec_from, sec_to, clear_after=(300, 900)):
        for vd in vds:
            s0 = self.rng.randint(sec_from, sec_to)
            sp = self.rng.randint(12, 25)
            self.sensor(vd, "congestion", s0, "平均車速降至%d km/h，佔有率%d%%" % (sp, self.rng.randint(35, 60)), None,
                        severity="Moderate", delay=self.rng.randint(30, 70))
            self.sensor(vd, "cleared", s0 + self.rng.randint(*clear_after), "車速回復%d km/h" % self.rng.randint(35, 55), None,
                        severity="Minor", delay=self.rng.randint(30, 70))

    def write(self, truth):
        items = sorted(self.items, key=lambda i: i["_sort"])
        base = "%03d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                o = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(o, ensure_ascii=False, separators=(", ", ": ")) + "\n")
        truth = dict(truth)
        truth["situation"] = base
        ordered = {"situation": base}
        for k in ("description", "incidents", "alternative_reading", "notes"):
            if k in truth:
                ordered[k] = truth[k]
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(ordered, ensure_ascii=False, indent=2) + "\n")
        return base, len(items)


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}


QUAKE_Q = [
    "剛剛是不是地震？搖好大，要不要到外面避難？",
    "請問剛才地震幾級？家裡東西倒了但人沒事",
    "剛剛搖很久，想問明天學校會不會停課",
    "地震後手機訊號很差，是基地台壞掉嗎",
    "想問地震完可以搭電梯嗎，家裡有老人",
    "請問附近有沒有避難收容的地方",
    "剛剛地震我家牆壁油漆裂一條細縫，要找誰看",
    "地震有沒有發布什麼警報？電視都沒講",
    "搖得好可怕，請問還會不會有餘震",
    "剛剛是地震還是有什麼東西爆炸？感覺整棟在晃",
    "想確認一下剛剛是地震喔？我在開車沒感覺到，只看到路燈在晃",
    "地震完書櫃倒了，人都沒事，只是想問有沒有補助",
]

ROUTINE = [
    ("streetlight", "經貿路三段靠公園這邊有一盞路燈不亮，好幾天了", "ecoA"),
    ("streetlight", "黎明路三段人行道一支路燈一閃一閃的", "j_jingmao_liming"),
    ("illegal_parking", "河南路停車場出口有車停紅線，擋到出車", "henan_low"),
    ("illegal_parking", "凱旋路這邊有貨車併排停很久", "kaixuan_s"),
    ("noise", "旁邊工地早上就在敲，很吵", "ecoB"),
    ("環境清潔", "中平路人行道有人亂丟垃圾一大包", "j_jingmao_zhongping"),
    ("動物救援", "公園旁邊有一隻狗一直跟著人，好像走失了", "parkgarage"),
    ("公園路樹", "中央公園步道旁邊樹枝太長擋到路，請修剪", "fcu"),
]
