"""Helpers for situations 151-162 (seeded, stable output)."""
import json, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
IN = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

def load_sensors():
    d = json.load(open(os.path.join(IN, "sensors.geojson"), encoding="utf-8"))
    return {f["properties"]["sensor_id"]: (f["properties"], f["geometry"]["coordinates"]) for f in d["features"]}

SENSORS = load_sensors()

# approximate places (lon, lat); intersections from roads.geojson / sensor registry
P = {
    "黎明凱旋": (120.64904, 24.19365), "凱旋環中": (120.64766, 24.19659), "台74環中": (120.6472, 24.19586),
    "中科環中": (120.65217, 24.19785), "經貿環中": (120.65345, 24.19848), "經貿黎明": (120.65496, 24.19582),
    "經貿七路": (120.65685, 24.19247), "中清環中": (120.657242, 24.198897), "臺灣大道環中": (120.63188, 24.17485),
    "河南中平": (120.650315, 24.171058), "經貿中平": (120.660376, 24.173594), "河南低窪": (120.6528, 24.1742),
    "中科路中段": (120.6534, 24.187), "中科路南段": (120.6537, 24.1815), "敦化路": (120.6615, 24.1812),
    "中清路北屯": (120.6622, 24.1905), "中清路南": (120.6668, 24.181), "環中路西": (120.6405, 24.1885),
    "環中路黎明": (120.6445, 24.1915), "中平路東": (120.6655, 24.1748), "河南路南": (120.6465, 24.1665),
    "經貿路南段": (120.6598, 24.1795), "公園北": (120.6564, 24.1885), "公園中": (120.6562, 24.1835),
    "公園南": (120.6560, 24.1770), "轉運中心": (120.6528, 24.1972), "會展A": (120.6546, 24.1948),
    "會展B": (120.6556, 24.1940), "綠美圖": (120.657, 24.1915), "營運塔": (120.6585, 24.193),
    "影音中心": (120.652, 24.185), "回收中心": (120.659, 24.1765), "逢甲水湳": (120.652, 24.179),
    "中國醫水湳": (120.6592, 24.1735), "生態A": (120.6588, 24.184), "生態B": (120.659, 24.1815),
    "凱旋南段": (120.6515, 24.1865), "黎明路西": (120.6455, 24.1920), "黎明路東": (120.6568, 24.1972),
}

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
TZ = timedelta(hours=8)
MISSING = object()

def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

class Sit:
    def __init__(self, num, name, date, description, seed=None):
        self.num, self.name, self.description = num, name, description
        self.base = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=timezone.utc) - TZ  # local midnight
        self.items, self.incidents, self.alt = [], [], None
        self.notes = []
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self._dups = []

    def t(self, hhmm):
        """local 'HH:MM' or 'HH:MM:SS' (HH may exceed 23) -> aware UTC datetime"""
        parts = [float(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.base + timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])

    def inc(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": self.k(suff)})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, desc, suff)"""
        self.alt = {"why": why, "incidents": [{"label": l, "type": t, "description": d,
                                               "sufficient_evidence_key": self.k(s)} for l, t, d, s in incidents]}

    def k(self, short):
        return f"{self.num}-{short}"

    def add(self, key, feed, category, severity, lonlat, obs, lag, text, truth, sensor=None, conf=None,
            level=None, follows=None, ends=None, alt=MISSING, obs_shift=0.0, arr=None):
        """obs: true local time; lag: minutes until arrival; obs_shift: minutes the source clock is off
        (the stamped `observed` = true time + obs_shift; arrival uses the true time)."""
        true = self.t(obs)
        arrival = self.t(arr) if arr else true + timedelta(minutes=lag)
        if sensor:
            props, coords = SENSORS[sensor]
            lonlat = tuple(coords)
        if feed in ("rule", "status", "cctv"):
            agency = SENSORS[sensor][0]["agency"]
        else:
            agency = FEED_AGENCY[feed]
        if feed in UNKNOWN_SEV:
            severity = "Unknown"
        elif feed == "rule" and severity is None:
            severity = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}.get(category, {}).get(level, "Moderate")
        it = {"key": self.k(key), "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(lonlat[0], 6), "lat": round(lonlat[1], 6),
              "observed": iso(true + timedelta(minutes=obs_shift)), "arrival": iso(arrival)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows:
            it["follows"] = self.k(follows)
        if ends:
            it["ends"] = iso(self.t(ends))
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    # shorthands --------------------------------------------------------
    def rule(self, key, sensor, cat, obs, lag, text, truth, level=None, sev=None, **kw):
        return self.add(key, "rule", cat, sev, None, obs, lag, text, truth, sensor=sensor, level=level, **kw)

    def dup(self, key, extra_min):
        """a duplicated delivery: same fields, arrival later by extra_min"""
        self._dups.append((self.k(key), extra_min))

    def jitter(self, lonlat, m=60):
        dx = self.rng.uniform(-m, m) / 101000.0
        dy = self.rng.uniform(-m, m) / 111000.0
        return (lonlat[0] + dx, lonlat[1] + dy)

    def background(self, n, start, end, pool):
        """n background items drawn (seeded) from pool between local start and end.
        pool entries: (feed, category, place_or_sensor, text)"""
        t0, t1 = self.t(start), self.t(end)
        span = (t1 - t0).total_seconds() / 60
        picks = self.rng.sample(pool, min(n, len(pool)))
        for i, (feed, cat, where, text) in enumerate(picks):
            m = self.rng.uniform(0, span)
            obs = t0 + timedelta(minutes=m)
            hh = (obs - self.base).total_seconds() / 3600
            h = int(hh); mm = (hh - h) * 60
            s = f"{h:02d}:{int(mm):02d}:{int(round((mm - int(mm)) * 60)) % 60:02d}"
            lag = self.rng.choice([0.5, 1, 2, 3, 5]) if feed != "1999" else self.rng.choice([2, 4, 6, 9])
            sensor = where if where in SENSORS else None
            lonlat = None if sensor else self.jitter(P[where], 80)
            sev = "Minor" if feed in ("incident", "rule") else None
            self.add(f"bg{i + 1:02d}", feed, cat, sev, lonlat, s, lag, text, None, sensor=sensor)

    def write(self):
        items = list(self.items)
        by_key = {i["key"]: i for i in items}
        for key, extra in self._dups:
            d = dict(by_key[key])
            a = datetime.strptime(d["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            d["arrival"] = iso(a + timedelta(minutes=extra))
            items.append(d)
        items.sort(key=lambda i: i["arrival"])  # stable
        name = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
            for i in items:
                f.write(json.dumps(i, ensure_ascii=False) + "\n")
        truth = {"situation": name, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(os.path.join(OUT, name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return name, len(items)

# background pools ---------------------------------------------------------
BG_DAY = [
    ("1999", "streetlight", "公園中", "民眾反映中央公園步道旁路燈不亮，燈桿編號 水湳-0421，請派員檢修。"),
    ("1999", "streetlight", "經貿路南段", "經貿路三段人行道路燈白天仍亮著，請查修。"),
    ("1999", "illegal_parking", "敦化路", "敦化路一段巷口有自小客車長時間違停擋住出入，請派員處理。"),
    ("1999", "illegal_parking", "中科路南段", "中科路旁紅線有貨車違規停車卸貨，影響機車通行。"),
    ("1999", "noise", "生態B", "社區旁工地一早施工敲打聲很大，請環保局稽查噪音。"),
    ("1999", "road_damage", "凱旋南段", "凱旋路慢車道有坑洞約 30 公分，機車經過很危險，請修補。"),
    ("1999", "blocked_drain", "逢甲水湳", "校區外水溝蓋被落葉堵住，有異味，請清理。"),
    ("1999", "other", "公園南", "中央公園南側草地有流浪犬聚集，請動保處協助。"),
    ("1999", "other", "轉運中心", "轉運中心公車站牌時刻表顯示錯誤，請相關單位更新。"),
    ("fire_alarm", "fault", "SN-FA-010", "受信總機 設備故障：第 3 迴路斷線（保養廠商已知悉）"),
    ("fire_alarm", "fault", "SN-FA-009", "受信總機 設備故障：預備電源電壓不足"),
    ("incident", "stalled_vehicle", "環中路西", "環中路二段外側車道機車拋錨，騎士已自行牽離，無妨礙交通。"),
    ("incident", "theft", "逢甲水湳", "逢甲大學水湳校區停車場機車遭竊，民眾到所報案，受理中。"),
    ("1999", "fallen_tree", "公園北", "公園內一棵小樹枝幹斷落在步道，無人受傷，請清除。"),
]
BG_NIGHT = [
    ("1999", "noise", "敦化路", "深夜有改裝車在敦化路一段來回飆車，排氣管噪音很大。"),
    ("1999", "streetlight", "中科路中段", "中科路二段路燈整排不亮，夜間很暗，請檢修。"),
    ("1999", "noise", "生態A", "住宅區樓下有人聚集喝酒喧嘩，請派員勸導。"),
    ("1999", "illegal_parking", "經貿路南段", "經貿路三段人行道上停滿機車，行人無法通行。"),
    ("1999", "other", "公園中", "公園內噴水池夜間仍在運轉，浪費水資源，請查明。"),
    ("fire_alarm", "fault", "SN-FA-005", "受信總機 設備故障：偵煙探測器 12F-03 異常（非火警）"),
    ("incident", "public_disturbance", "轉運中心", "轉運中心候車區兩名酒醉民眾口角，員警到場勸離，已和解。"),
    ("incident", "stalled_vehicle", "中平路東", "中平路外側車道自小客車電瓶沒電，已請拖吊，無妨礙交通。"),
    ("1999", "road_damage", "黎明路東", "黎明路三段人孔蓋鬆動，車輛經過發出很大聲響。"),
]
