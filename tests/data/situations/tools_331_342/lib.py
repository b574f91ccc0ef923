"""Helpers for situations 331-342 (blind oracle set).

Every situation is built from a seeded random.Random, so regenerating gives the
same bytes.  Items are written in arrival order.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TPE = timezone(timedelta(hours=8))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {f["properties"]["sensor_id"]: f for f in _load("sensors.geojson")["features"]}
ROADS = {f["properties"]["road_id"]: f["geometry"]["coordinates"] for f in _load("roads.geojson")["features"]}

# Places (lon, lat).  Sensor-backed places use the registered position.
def spos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return (c[0], c[1])


P = {
    "jingmao_low": spos("SN-FL-008"),          # 經貿路低窪處
    "henan_low": spos("SN-FL-007"),            # 河南路低窪處
    "liming_kaixuan_low": spos("SN-FL-009"),   # 黎明路凱旋路口低窪處
    "zq_hz_underpass": spos("SN-FL-006"),      # 中清環中路口地下道
    "tw_hz_underpass": spos("SN-FL-010"),      # 臺灣大道環中路口地下道
    "jm_zp": spos("SN-SIG-011"),               # 經貿路/中平路
    "henan_zp": spos("SN-SIG-010"),            # 河南路/中平路
    "liming_kaixuan": spos("SN-SIG-007"),      # 黎明路三段/凱旋路
    "jm_liming": spos("SN-SIG-005"),           # 經貿路二段/黎明路三段
    "jm_jm7": spos("SN-SIG-006"),              # 經貿路二段/經貿七路
    "zk_hz": spos("SN-SIG-003"),               # 中科路/環中路二段
    "jm_hz": spos("SN-SIG-004"),               # 經貿路二段/環中路二段
    "kx_hz": spos("SN-SIG-002"),               # 凱旋路/環中路二段
    "t74_hz": spos("SN-SIG-001"),              # 台74線/環中路二段
    "zq_hz": spos("SN-SIG-008"),               # 中清路/環中路
    "tw_hz": spos("SN-SIG-009"),               # 臺灣大道/環中路
    "hub": spos("SN-FA-001"),                  # 水湳轉運中心
    "ticec_a": spos("SN-FA-002"),              # 會展中心 A
    "ticec_b": spos("SN-FA-003"),
    "museumbrary": spos("SN-FA-004"),          # 綠美圖
    "ops_tower": spos("SN-FA-005"),
    "pop_music": spos("SN-FA-006"),            # 臺中流行影音中心
    "park_garage": spos("SN-FA-007"),
    "wrc": spos("SN-FA-008"),                  # 水湳水資源回收中心
    "fcu": spos("SN-FA-009"),                  # 逢甲大學水湳校區
    "cmu": spos("SN-FA-010"),                  # 中國醫藥大學水湳校區
    "eco_a": spos("SN-FA-011"),
    "eco_b": spos("SN-FA-012"),
    "pk_hub": spos("SN-PK-001"),
    "pk_jm6": spos("SN-PK-002"),
    "pk_henan": spos("SN-PK-003"),
    "pk_park_n": spos("SN-PK-004"),
    "pk_park_s": spos("SN-PK-005"),
    "pk_ticec": spos("SN-PK-006"),
    "pond_n": spos("SN-WL-001"),
    "pond_s": spos("SN-WL-002"),
    "drain_jm": spos("SN-WL-003"),
    "fazi": spos("SN-WL-004"),
    "han": spos("SN-WL-005"),
    "park_mid": (120.6562, 24.1830),
    "zk_mid": (120.6532, 24.1905),             # 中科路 (between 環中路 and 流行影音中心)
}

M_PER_DEG_LAT = 110_800.0


def m_per_deg_lon(lat):
    return 111_320.0 * math.cos(math.radians(lat))


def offset(pt, dist_m, bearing_deg):
    lon, lat = pt
    b = math.radians(bearing_deg)
    dn, de = dist_m * math.cos(b), dist_m * math.sin(b)
    return (round(lon + de / m_per_deg_lon(lat), 6), round(lat + dn / M_PER_DEG_LAT, 6))


def dist_m(a, b):
    dx = (a[0] - b[0]) * m_per_deg_lon((a[1] + b[1]) / 2)
    dy = (a[1] - b[1]) * M_PER_DEG_LAT
    return math.hypot(dx, dy)


def along(road_id, frac):
    """Point at fraction frac (0..1) of the road's length."""
    pts = ROADS[road_id]
    segs = [dist_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    target = frac * sum(segs)
    for i, s in enumerate(segs):
        if target <= s or i == len(segs) - 1:
            f = 0 if s == 0 else min(1.0, target / s)
            a, b = pts[i], pts[i + 1]
            return (round(a[0] + f * (b[0] - a[0]), 6), round(a[1] + f * (b[1] - a[1]), 6))
        target -= s


def fmt(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


KIND_FEED = {
    "flood": ("alert", "rule"), "rain": ("alert", "rule"), "water_level": ("alert", "rule"),
    "vd": ("alert", "rule"), "fire_alarm": ("event", "fire_alarm"), "signal": ("event", "signal"),
    "parking": ("event", "parking"), "cctv": ("event", "cctv"),
}

FEED_ABBR = {"rule": "R", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "cctv": "CV",
             "incident": "PD", "1999": "C", "status": "ST", "119": "F", "planned_event": "PE"}


def flood_band(cm):
    if cm <= 15:
        return "1-15", "Minor"
    if cm <= 30:
        return "16-30", "Moderate"
    return ">30", "Severe"


WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Situation:
    def __init__(self, num, name, start_local, description):
        self.num = num
        self.name = name
        self.t0 = datetime.strptime(start_local, "%Y-%m-%d %H:%M").replace(tzinfo=TPE)
        self.description = description
        self.rng = random.Random(num * 7919 + 17)
        self.items = []
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.notes = None

    # ---- time -------------------------------------------------------
    def at(self, minutes):
        return self.t0 + timedelta(minutes=minutes)

    def _key(self, feed):
        ab = FEED_ABBR[feed]
        self.counters[ab] = self.counters.get(ab, 0) + 1
        return f"{self.num}-{ab}-{self.counters[ab]:03d}"

    def _add(self, item, t, delay_s, observed=None):
        obs = self.at(t) if observed is None else observed
        arr = self.at(t) + timedelta(seconds=delay_s)
        item["observed"] = fmt(obs)
        item["arrival"] = fmt(arr)
        self.items.append(item)
        return item["key"]

    def _base(self, kind, feed, agency, category, severity, pos, text, truth, alt):
        it = {"key": None, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6)}
        it["key"] = self._key(feed)
        if text is not None:
            it["text"] = text
        it["truth"] = truth
        if alt is not False:
            it["truth_alt"] = alt
        return it

    # ---- sensors ----------------------------------------------------
    def sensor(self, sid, category, t, truth=None, text=None, level=None, severity=None,
               delay=None, confidence=None, alt=False, observed=None, follows=None):
        f = SENSORS[sid]
        kind_s = f["properties"]["kind"]
        kind, feed = KIND_FEED[kind_s]
        agency = f["properties"]["agency"]
        if severity is None:
            severity = "Unknown"
        it = self._base(kind, feed, agency, category, severity, spos(sid), None, truth, False)
        it["sensor_id"] = sid
        if text is not None:
            it["text"] = text
        if level is not None:
            it["level"] = level
        if confidence is not None:
            it["confidence"] = confidence
        if follows is not None:
            it["follows"] = follows
        it["truth"] = truth
        if alt is not False:
            it["truth_alt"] = alt
        if delay is None:
            delay = self.rng.randint(5, 70)
        return self._add(it, t, delay, observed)

    def flood(self, sid, t, cm, truth=None, alt=False, delay=None, observed=None):
        band, sev = flood_band(cm)
        name = SENSORS[sid]["properties"]["name"]
        return self.sensor(sid, "flood_depth", t, truth, f"{name} 淹水深度 {cm} cm（{band} cm）",
                           level=band, severity=sev, alt=alt, delay=delay, observed=observed)

    def wl(self, sid, t, metres, lvl, truth=None, alt=False, delay=None):
        name = SENSORS[sid]["properties"]["name"]
        zh = {"3": "三級", "2": "二級", "1": "一級"}[lvl]
        thr = SENSORS[sid]["properties"]["metadata"]["alert_levels_m"][lvl]
        return self.sensor(sid, "water_level", t, truth,
                           f"{name} {metres:.2f} m ≥ {zh}警戒 {thr} m", level=lvl,
                           severity=WL_SEV[lvl], alt=alt, delay=delay)

    def rain(self, sid, t, cls, mm1h, mm24h, truth=None, alt=False):
        name = SENSORS[sid]["properties"]["name"]
        return self.sensor(sid, "heavy_rain", t, truth,
                           f"{name} 時雨量 {mm1h} mm，24 小時累積 {mm24h} mm，達{cls}標準",
                           level=cls, severity=RAIN_SEV[cls], alt=alt)

    def vd(self, sid, t, speed, occ, truth=None, alt=False, delay=None, sev=None):
        name = SENSORS[sid]["properties"]["name"]
        if sev is None:
            sev = "Moderate" if speed < 15 else "Minor"
        return self.sensor(sid, "congestion", t, truth,
                           f"{name} 平均車速 {speed} km/h，佔有率 {occ}%", severity=sev, alt=alt, delay=delay)

    def cleared(self, sid, t, text, truth=None, alt=False):
        return self.sensor(sid, "cleared", t, truth, text, severity="Minor", alt=alt)

    def status(self, sid, state, t, truth=None, alt=False, text=None, delay=None):
        f = SENSORS[sid]
        it = self._base("event", "status", f["properties"]["agency"], state, "Unknown", spos(sid),
                        text, truth, alt)
        it["sensor_id"] = sid
        if delay is None:
            delay = self.rng.randint(2, 30)
        return self._add(it, t, delay)

    # ---- agency reports --------------------------------------------
    def call(self, category, t, near, text, truth=None, alt=False, r=(100, 600), delay=None,
             follows=None, exact=False):
        pos = near if exact else offset(near, self.rng.uniform(*r), self.rng.uniform(0, 360))
        it = self._base("event", "1999", "citizen", category, "Unknown", pos, text, truth, alt)
        if follows:
            it["follows"] = follows
        if delay is None:
            delay = self.rng.randint(60, 240)   # operator types the case
        return self._add(it, t, delay)

    def police(self, category, t, at, text, severity="Moderate", truth=None, alt=False,
               delay=None, follows=None, jitter=25, observed=None):
        pos = offset(at, self.rng.uniform(0, jitter), self.rng.uniform(0, 360)) if jitter else at
        it = self._base("event", "incident", "police", category, severity, pos, text, truth, alt)
        if follows:
            it["follows"] = follows
        if delay is None:
            delay = self.rng.randint(30, 180)
        return self._add(it, t, delay, observed)

    def f119(self, category, t, at, text, truth=None, alt=False, delay=None, follows=None):
        it = self._base("event", "119", "fire", category, "Unknown", at, text, truth, alt)
        if follows:
            it["follows"] = follows
        if delay is None:
            delay = self.rng.randint(10, 60)
        return self._add(it, t, delay)

    def cctv(self, sid, category, t, conf, text=None, truth=None, alt=False, delay=None):
        return self.sensor(sid, category, t, truth, text, confidence=conf, alt=alt, delay=delay)

    def permit(self, category, t_issued, at, start_min, end_min, text, truth=None, alt=False):
        """Permit issued at t_issued (minutes, may be very negative); observed = start."""
        it = self._base("event", "planned_event", "police", category, "Unknown", at, text, truth, alt)
        it["ends"] = fmt(self.at(end_min))
        obs = self.at(start_min)
        it["observed"] = fmt(obs)
        it["arrival"] = fmt(self.at(t_issued))
        self.items.append(it)
        return it["key"]

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = fmt(arr + timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def late(self, key, extra_s):
        """Delay an item's arrival (late delivery)."""
        src = next(i for i in self.items if i["key"] == key)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        src["arrival"] = fmt(arr + timedelta(seconds=extra_s))

    # ---- truth --------------------------------------------------------
    def incident(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, drop=(), add=(), replace=None):
        """Alternative reading: the main incidents minus `drop` labels, plus `add`
        (list of (label, type, description, key)); `replace` maps label -> new
        sufficient_evidence_key."""
        inc = []
        for i in self.incidents:
            if i["label"] in drop:
                continue
            j = dict(i)
            if replace and i["label"] in replace:
                j["sufficient_evidence_key"] = replace[i["label"]]
            inc.append(j)
        for label, type_, desc, key in add:
            inc.append({"label": label, "type": type_, "description": desc,
                        "sufficient_evidence_key": key})
        self.alt = {"why": why, "incidents": inc}

    def write(self):
        order = sorted(range(len(self.items)),
                       key=lambda i: (self.items[i]["arrival"], i))
        items = [{k: self.items[i][k] for k in ORDER if k in self.items[i]} for i in order]
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(items)


ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
         "arrival", "sensor_id", "text", "confidence", "level", "follows", "ends", "truth",
         "truth_alt"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
