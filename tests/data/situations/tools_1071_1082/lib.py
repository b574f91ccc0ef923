"""Helpers for the 1071-1082 situations: one Situation object collects items,
computes arrival from observed + a seeded feed delay, and writes the two files.

Times are written in local time (Asia/Taipei, UTC+8) in the generator and stored
in UTC in the files, as FORMAT.md asks."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TPE = timezone(timedelta(hours=8))

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    _S = json.load(fh)
SENSORS = {f["properties"]["sensor_id"]: {**f["properties"], "lon": f["geometry"]["coordinates"][0],
                                            "lat": f["geometry"]["coordinates"][1]} for f in _S["features"]}

# default delivery delay (seconds) per feed: (min, max)
DELAY = {"rule": (15, 70), "status": (1, 6), "fire_alarm": (2, 12), "signal": (5, 35), "parking": (40, 130),
         "cctv": (3, 20), "incident": (60, 320), "1999": (70, 260), "119": (15, 80)}

# named places (lon, lat), from roads.geojson / sensors.geojson anchors
P = {
    "環中中科": (120.65217, 24.19785), "環中經貿": (120.65345, 24.19848), "經貿黎明": (120.65496, 24.19582),
    "經貿七路": (120.65685, 24.19247), "黎明凱旋": (120.64904, 24.19365), "台74環中": (120.6472, 24.19586),
    "凱旋環中": (120.64766, 24.19659), "中清環中": (120.657242, 24.198897), "台灣大道環中": (120.63188, 24.17485),
    "河南中平": (120.650315, 24.171058), "經貿中平": (120.660376, 24.173594), "中科中段": (120.6532, 24.1905),
    "凱旋南段": (120.651, 24.188), "轉運中心": (120.6528, 24.1972), "會展A": (120.6546, 24.1948),
    "會展B": (120.6556, 24.194), "綠美圖": (120.657, 24.1915), "營運塔": (120.6585, 24.193),
    "影音中心": (120.652, 24.185), "公園停車場北": (120.6566, 24.1885), "公園停車場南": (120.656, 24.179),
    "水資中心": (120.659, 24.1765), "逢甲水湳": (120.652, 24.179), "中醫水湳": (120.6592, 24.1735),
    "生態A": (120.6588, 24.184), "生態B": (120.659, 24.1815), "河南停車場": (120.653, 24.1745),
    "公園北": (120.6562, 24.1885), "公園中": (120.6565, 24.183), "公園南": (120.6562, 24.1765),
    "經貿低窪": (120.6596, 24.1825), "河南低窪": (120.6528, 24.1742), "黎明凱旋低窪": (120.6475, 24.193),
    "中清路北屯": (120.665, 24.1842), "中平路東": (120.665, 24.1748), "經貿六停車場": (120.65491, 24.1956),
}


def local(day, hms):
    """day 'YYYY-MM-DD', hms 'HH:MM' or 'HH:MM:SS' local -> aware datetime."""
    if hms.count(":") == 1:
        hms += ":00"
    return datetime.fromisoformat(f"{day}T{hms}").replace(tzinfo=TPE)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def stamp(dt):
    return dt.astimezone(TPE).strftime("%Y%m%d%H%M%S")


def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320 * math.cos(math.radians((a[1] + b[1]) / 2))
    dy = (a[1] - b[1]) * 110574
    return math.hypot(dx, dy)


class Situation:
    def __init__(self, num, name, day, seed, description):
        self.num, self.name, self.day, self.description = num, name, day, description
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.n1999 = 100 + (num % 100) * 37
        self.npol = 200 + (num % 100) * 11
        self.n119 = 10 + (num % 100) * 3
        self.keys = set()

    # ---------- time and place ----------
    def t(self, hms, day=None):
        return local(day or self.day, hms)

    def near(self, where, r_m, rmin=0.0):
        lon, lat = P[where] if isinstance(where, str) else where
        d = self.rng.uniform(rmin, r_m)
        a = self.rng.uniform(0, 2 * math.pi)
        return (round(lon + d * math.cos(a) / (111320 * math.cos(math.radians(lat))), 6),
                round(lat + d * math.sin(a) / 110574, 6))

    def _arr(self, feed, obs, delay):
        if delay is None:
            lo, hi = DELAY[feed]
            delay = self.rng.uniform(lo, hi)
        return obs + timedelta(seconds=round(delay))

    def _add(self, it, truth, alt):
        assert it["key"] not in self.keys, it["key"]
        self.keys.add(it["key"])
        it["truth"] = truth
        if alt != "same":
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def _base(self, key, kind, feed, agency, category, severity, lonlat, obs, arr, text):
        return {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
                "severity": severity, "lon": lonlat[0], "lat": lonlat[1], "observed": iso(obs),
                "arrival": iso(arr), "text": text}

    # ---------- sensor feeds ----------
    def rule(self, category, sid, hms, text, truth, severity="Minor", level=None, alt="same", delay=None,
             obs_shift=0, day=None):
        s = SENSORS[sid]
        obs = self.t(hms, day)
        arr = self._arr("rule", obs, delay)
        obs = obs + timedelta(seconds=obs_shift)
        it = self._base(f"ALR-{sid}-{stamp(obs)}-{category}", "alert", "rule", s["agency"], category, severity,
                        (s["lon"], s["lat"]), obs, arr, text)
        it["sensor_id"] = sid
        if level is not None:
            it["level"] = level
        return self._add(it, truth, alt)

    def flood(self, sid, hms, cm, truth, alt="same", delay=None, text=None):
        level, sev = ("1-15", "Minor") if cm <= 15 else (("16-30", "Moderate") if cm <= 30 else (">30", "Severe"))
        s = SENSORS[sid]
        text = text or f"{s['name']} 淹水深度 {cm} cm（{level} cm 級距）"
        return self.rule("flood_depth", sid, hms, text, truth, sev, level, alt, delay)

    def wl(self, sid, hms, m, lvl, truth, alt="same", delay=None):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        s = SENSORS[sid]
        return self.rule("water_level", sid, hms, f"{s['name']} 水位 {m:.2f} m，達{'一二三'[int(lvl)-1]}級警戒", truth,
                         sev, lvl, alt, delay)

    def rain(self, sid, hms, cls, mm1h, truth=None, alt="same", delay=None):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        s = SENSORS[sid]
        return self.rule("heavy_rain", sid, hms, f"{s['name']} 時雨量 {mm1h} mm，達{cls}標準", truth, sev, cls, alt,
                         delay)

    def cong(self, sid, hms, speed, occ, truth=None, alt="same", delay=None, dirn="", severity="Minor", extra=""):
        s = SENSORS[sid]
        d = f"{dirn}向 " if dirn else ""
        return self.rule("congestion", sid, hms,
                         f"{s['name']} {d}平均車速 {speed} km/h，佔有率 {occ}%{extra}", truth, severity,
                         None, alt, delay)

    def offline_alert(self, sid, hms, truth, alt="same", delay=None, text=None):
        s = SENSORS[sid]
        return self.rule("sensor_offline", sid, hms, text or f"{s['name']} 超過預期時間未回傳資料", truth, "Minor",
                         None, alt, delay)

    def cleared(self, sid, hms, text, truth, alt="same", delay=None):
        return self.rule("cleared", sid, hms, text, truth, "Minor", None, alt, delay)

    def status(self, sid, hms, state, truth, reason=None, alt="same", delay=None, day=None):
        s = SENSORS[sid]
        obs = self.t(hms, day)
        arr = self._arr("status", obs, delay)
        txt = f"{s['name']} {'離線' if state == 'offline' else '恢復連線'}"
        if reason:
            txt += {"comms_lost": "（通訊中斷）", "mains_power_lost": "（市電中斷）", "maintenance": "（維護作業）",
                    "battery_low": "（電池電量低）", "device_fault": "（設備故障）"}[reason]
        it = self._base(f"ST-{s['sensor_id']}-{stamp(obs)}-{state}", "event", "status", s["agency"], state, "Unknown",
                        (s["lon"], s["lat"]), obs, arr, txt)
        it["sensor_id"] = sid
        if reason:
            it["reason"] = reason
        return self._add(it, truth, alt)

    def _dev(self, prefix, feed, sid, state, hms, text, truth, alt, delay, obs_shift=0, confidence=None, day=None):
        s = SENSORS[sid]
        obs = self.t(hms, day)
        arr = self._arr(feed, obs, delay)
        obs = obs + timedelta(seconds=obs_shift)
        agency = s["agency"]
        it = self._base(f"{prefix}-{sid}-{stamp(obs)}-{state}", "event", feed, agency, state, "Unknown",
                        (s["lon"], s["lat"]), obs, arr, text)
        it["sensor_id"] = sid
        if confidence is not None:
            it["confidence"] = confidence
        return self._add(it, truth, alt)

    def panel(self, sid, state, hms, text, truth, alt="same", delay=None, obs_shift=0, day=None):
        return self._dev("FA", "fire_alarm", sid, state, hms, f"{SENSORS[sid]['name']}：{text}", truth, alt, delay,
                         obs_shift, day=day)

    def signal(self, sid, state, hms, text, truth, alt="same", delay=None, obs_shift=0):
        return self._dev("SIG", "signal", sid, state, hms, f"{SENSORS[sid]['name']}：{text}", truth, alt, delay,
                         obs_shift)

    def parking(self, sid, state, hms, text, truth, alt="same", delay=None):
        return self._dev("PK", "parking", sid, state, hms, f"{SENSORS[sid]['name']}：{text}", truth, alt, delay)

    def cctv(self, sid, event, hms, conf, text, truth, alt="same", delay=None, obs_shift=0):
        return self._dev("CCTV", "cctv", sid, event, hms, f"{SENSORS[sid]['name']}：{text}", truth, alt, delay,
                         obs_shift, confidence=conf)

    # ---------- agency reports ----------
    def police(self, category, severity, where, hms, text, truth, alt="same", delay=None, follows=None, r=0,
               key=None):
        obs = self.t(hms)
        arr = self._arr("incident", obs, delay)
        self.npol += 1
        key = key or f"TCPD6-{obs.astimezone(TPE):%Y%m%d}-{self.npol:04d}"
        ll = self.near(where, r) if r else (P[where] if isinstance(where, str) else where)
        it = self._base(key, "event", "incident", "police", category, severity, ll, obs, arr, text)
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt)

    def citizen(self, category, where, hms, text, truth, alt="same", delay=None, r=0, rmin=0.0, day=None):
        obs = self.t(hms, day)
        arr = self._arr("1999", obs, delay)
        self.n1999 += self.rng.randint(1, 9)
        roc = obs.astimezone(TPE).year - 1911
        key = f"1999-{roc}{obs.astimezone(TPE):%m%d}-{self.n1999:05d}"
        ll = self.near(where, r, rmin) if r else (P[where] if isinstance(where, str) else where)
        it = self._base(key, "event", "1999", "citizen", category, "Unknown", ll, obs, arr, text)
        return self._add(it, truth, alt)

    def c119(self, category, where, hms, text, truth, alt="same", delay=None, status=None, follows=None, r=0,
             key=None):
        obs = self.t(hms)
        arr = self._arr("119", obs, delay)
        if follows:
            key = f"{follows}@{status}-{obs.astimezone(TPE):%H%M%S}"
        elif key is None:
            self.n119 += 1
            key = f"TC119-{obs.astimezone(TPE):%Y%m%d}-{self.n119:04d}"
        ll = self.near(where, r) if r else (P[where] if isinstance(where, str) else where)
        it = self._base(key, "event", "119", "fire", category, "Unknown", ll, obs, arr, text)
        if status and status != "dispatched" or follows:
            it["status"] = status or "dispatched"
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt)

    def permit(self, category, where, start, end, arrival, text, truth, alt="same", key=None):
        """start/end/arrival: (day, hms)."""
        s, e, a = local(*start), local(*end), local(*arrival)
        key = key or f"PE-{s.astimezone(TPE):%Y%m%d}-{self.num}"
        ll = P[where] if isinstance(where, str) else where
        it = self._base(key, "event", "planned_event", "police", category, "Unknown", ll, s, a, text)
        it["ends"] = iso(e)
        return self._add(it, truth, alt)

    def dup(self, it, delay_s):
        d = dict(it)
        d["arrival"] = iso(datetime.fromisoformat(it["arrival"].replace("Z", "+00:00")) + timedelta(seconds=delay_s))
        self.items.append(d)
        return d

    # ---------- background ----------
    ROUTINE = [
        ("streetlight", "{p}附近路燈不亮，燈桿編號 {plate}，晚上很暗請派員維修。"),
        ("streetlight", "{p}人行道路燈一直閃爍，燈桿編號 {plate}。"),
        ("illegal_parking", "{p}有自小客車停紅線很久，擋住出入口，請派員取締。"),
        ("illegal_parking", "{p}騎樓機車違停，行人無法通行。"),
        ("環境清潔", "{p}人行道旁有人丟棄舊沙發和垃圾，請清運。"),
        ("動物救援", "{p}附近有一隻流浪狗腳受傷，在路邊躺著。"),
        ("公園路樹", "{p}旁行道樹枝太長擋住號誌和路牌，請修剪。"),
        ("road_damage", "{p}車道上有一個小坑洞，騎機車經過要小心，請修補。"),
        ("other", "{p}公車站牌的候車亭玻璃破了，請派員處理。"),
        ("環境公害", "{p}附近餐廳油煙排到住家，味道很重。"),
    ]
    BG_PLACES = ["環中中科", "經貿黎明", "經貿七路", "黎明凱旋", "河南中平", "經貿中平", "中科中段", "凱旋南段",
                 "轉運中心", "綠美圖", "營運塔", "生態A", "生態B", "河南停車場", "中清路北屯", "中平路東", "水資中心"]
    PNAME = {"環中中科": "環中路二段中科路口", "經貿黎明": "經貿路二段黎明路口", "經貿七路": "經貿路二段經貿七路口",
             "黎明凱旋": "黎明路三段凱旋路口", "河南中平": "河南路二段中平路口", "經貿中平": "經貿路中平路口",
             "中科中段": "中科路", "凱旋南段": "凱旋路", "轉運中心": "水湳轉運中心", "綠美圖": "綠美圖",
             "營運塔": "智慧營運塔", "生態A": "經貿路三段", "生態B": "敦化路一段", "河南停車場": "河南路停車場",
             "中清路北屯": "中清路二段", "中平路東": "中平路", "水資中心": "水湳水資源回收中心",
             "經貿六停車場": "經貿六停車場", "會展A": "會展中心", "影音中心": "流行影音中心"}

    def routine(self, hms, avoid=(), kinds=None, far=450):
        """one routine 1999 case at a place at least `far` m from every point in avoid."""
        places = [p for p in self.BG_PLACES if all(dist_m(P[p], P[a] if isinstance(a, str) else a) > far
                                                   for a in avoid)]
        p = self.rng.choice(places)
        choices = [r for r in self.ROUTINE if kinds is None or r[0] in kinds]
        cat, tpl = self.rng.choice(choices)
        plate = f"XT{self.rng.randint(10000, 99999)}" if self.num % 2 else f"BT{self.rng.randint(10000, 99999)}"
        return self.citizen(cat, p, hms, tpl.format(p=self.PNAME[p], plate=plate), None, r=60)

    def flap(self, sid, hms, minutes, reason="comms_lost"):
        self.status(sid, hms, "offline", None, reason=reason)
        t2 = self.t(hms) + timedelta(minutes=minutes)
        self.status(sid, t2.strftime("%H:%M:%S"), "online", None)

    # ---------- truth ----------
    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        self.items.sort(key=lambda i: (i["arrival"], i["key"]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        order = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                 "sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "text", "truth",
                 "truth_alt"]
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for it in self.items:
                fh.write(json.dumps({k: it[k] for k in order if k in it}, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return len(self.items), len(self.incidents)
