"""Helpers for the 411-422 situations (typhoon / storm night and the day after).

A situation is written as a story: `Sit.add(...)` takes the *true* local time
(Asia/Taipei, +08:00) at which something happened, where, and what the agency
sent; the helper stamps `observed` (UTC, optionally skewed like a wrong device
clock), computes a realistic `arrival` (per-feed delay, seeded jitter),
repeats duplicated deliveries, and writes the items in arrival order.
"""
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
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = dict(p, lon=lon, lat=lat)
    return out


SENSORS = load_sensors()

# Named places (lon, lat). Intersections come from the registered signal /
# camera positions (docs/geo.md: they sit on the road crossings); mid-block
# points lie on the road lines of roads.geojson.
P = {
    "經貿環中": (120.65345, 24.19848),
    "經貿黎明": (120.65496, 24.19582),
    "經貿七路口": (120.65685, 24.19247),
    "經貿低窪": (120.6596, 24.1825),
    "經貿敦化": (120.6600, 24.1790),       # 經貿路三段 south of the low point
    "經貿中平": (120.66038, 24.17359),
    "中清環中": (120.65724, 24.1989),
    "中清地下道": (120.65724, 24.1989),
    "中清北": (120.6560, 24.2010),
    "中清中段": (120.6622, 24.1905),
    "中清VD2": (120.6651, 24.18424),
    "中清南": (120.6680, 24.1780),
    "台74環中": (120.6472, 24.19586),
    "凱旋環中": (120.64766, 24.19659),
    "中科環中": (120.65217, 24.19785),
    "黎明凱旋": (120.64904, 24.19365),
    "黎明低窪": (120.6475, 24.1930),
    "黎明中段": (120.6520, 24.1947),
    "黎明西": (120.6450, 24.1920),
    "臺灣大道環中": (120.63188, 24.17485),
    "臺灣大道地下道": (120.6338, 24.1760),
    "環中VD4": (120.63769, 24.1839),
    "環中中段": (120.6400, 24.1875),
    "環中VD1": (120.64223, 24.19008),
    "河南低窪": (120.6528, 24.1742),
    "河南中平": (120.65032, 24.17106),
    "河南VD2": (120.65118, 24.17183),
    "中平中段": (120.6545, 24.1708),
    "中平東": (120.6650, 24.1748),
    "中科北": (120.6527, 24.1940),
    "中科中段": (120.6532, 24.1905),
    "中科南": (120.6538, 24.1800),
    "凱旋中段": (120.6510, 24.1880),
    "凱旋南": (120.6525, 24.1830),
    "生態A": (120.6588, 24.1840),
    "生態B": (120.6590, 24.1815),
    "影音中心": (120.6520, 24.1850),
    "轉運中心": (120.6528, 24.1972),
    "會展": (120.6550, 24.1944),
    "綠美圖": (120.6570, 24.1915),
    "營運塔": (120.6585, 24.1930),
    "公園北": (120.6562, 24.1880),
    "公園中": (120.6565, 24.1830),
    "公園南": (120.6566, 24.1775),
    "逢甲水湳": (120.6520, 24.1790),
    "中醫水湳": (120.6592, 24.1735),
    "水資中心": (120.6590, 24.1765),
}

BASE_DELAY = {  # seconds (min, max) from the true time to the center
    "rule": (40, 100), "fire_alarm": (2, 8), "signal": (10, 45), "parking": (60, 150),
    "incident": (90, 360), "cctv": (4, 15), "1999": (150, 720), "status": (3, 20),
    "119": (30, 120), "planned_event": (0, 0),
}
TAG = {"rule": "A", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "incident": "POL",
       "cctv": "CC", "1999": "C", "status": "ST", "119": "F", "planned_event": "PE"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def flood_band(cm):
    return "1-15" if cm <= 15 else ("16-30" if cm <= 30 else ">30")


def iso_utc(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, description, seed=None):
        self.num, self.name, self.description = num, name, description
        self.date = dt.date.fromisoformat(date)
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.n = {}

    # -- time --------------------------------------------------------------
    def when(self, t):
        """'HH:MM' or 'HH:MM:SS' on day 0, '1/HH:MM' on the next day."""
        day = 0
        if "/" in t:
            d, t = t.split("/")
            day = int(d)
        parts = [int(x) for x in t.split(":")] + [0]
        h, m, s = parts[0], parts[1], parts[2]
        return dt.datetime.combine(self.date + dt.timedelta(days=day), dt.time(h, m, s), TZ)

    def pos(self, at, jitter):
        if isinstance(at, tuple):
            lon, lat = at
        elif at in SENSORS:
            return SENSORS[at]["lon"], SENSORS[at]["lat"]
        else:
            lon, lat = P[at]
        if jitter:
            lon += self.rng.uniform(-jitter, jitter)
            lat += self.rng.uniform(-jitter, jitter)
        return round(lon, 6), round(lat, 6)

    # -- items -------------------------------------------------------------
    def add(self, t, feed, category, truth, text, at=None, sensor=None, sev=None, d=None,
            skew=0, level=None, follows=None, alt="__none__", conf=None, ends=None,
            dup=None, key=None, agency=None, jitter=None):
        """Add one item. `t` true local time; `truth` label or None (background);
        `alt` the label under the alternative reading when it differs (None = noise)."""
        self.n[feed] = self.n.get(feed, 0) + 1
        if key is None:
            key = f"{self.num}-{TAG[feed]}-{self.n[feed]:03d}"
        true_t = self.when(t)
        if d is None:
            lo, hi = BASE_DELAY[feed]
            d = self.rng.randint(lo, hi)
        arrival = true_t + dt.timedelta(seconds=d)
        observed = true_t + dt.timedelta(seconds=skew)
        kind = "alert" if feed == "rule" else "event"
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            ag = s["agency"]
        else:
            if at is None:
                if feed != "1999":
                    raise ValueError(f"{key}: no location")
                at, jitter = "公園中", 0.003  # caller gave no address: somewhere in the zone
            if jitter is None:
                jitter = 0.00025 if feed in ("1999", "119", "incident") else 0.0
            lon, lat = self.pos(at, jitter)
            ag = None
        if agency is None:
            agency = ag if feed in ("rule", "status") else FEED_AGENCY.get(feed, ag)
        if sev is None:
            if feed == "rule":
                if category == "flood_depth":
                    sev = FLOOD_SEV[level]
                elif category == "water_level":
                    sev = WL_SEV[level]
                elif category == "heavy_rain":
                    sev = RAIN_SEV[level]
                elif category == "congestion":
                    sev = "Moderate"
                else:
                    sev = "Minor"
            elif feed == "incident":
                sev = "Moderate"
            else:
                sev = "Unknown"
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": sev, "lon": lon, "lat": lat, "observed": iso_utc(observed),
              "arrival": iso_utc(arrival)}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso_utc(self.when(ends))
        it["truth"] = truth
        if alt != "__none__":
            it["truth_alt"] = alt
        self.items.append(it)
        for extra in dup or []:
            d2 = dict(it)
            d2["arrival"] = iso_utc(arrival + dt.timedelta(seconds=extra))
            self.items.append(d2)
        return key

    # shorthand for sensor rules
    def flood(self, t, sensor, cm, truth, **kw):
        name = SENSORS[sensor]["name"]
        band = flood_band(cm)
        text = kw.pop("text", f"{name} 淹水深度 {cm} cm（{band} cm）")
        return self.add(t, "rule", "flood_depth", truth, text, sensor=sensor, level=band, **kw)

    def wl(self, t, sensor, m, lvl, truth, **kw):
        name = SENSORS[sensor]["name"]
        lv = SENSORS[sensor]["metadata"]["alert_levels_m"][lvl]
        text = kw.pop("text", f"{name} 水位 {m:.2f} m，達{'一二三'[int(lvl)-1]}級警戒（{lv} m）")
        return self.add(t, "rule", "water_level", truth, text, sensor=sensor, level=lvl, **kw)

    def rain(self, t, sensor, mm1h, cls, truth=None, **kw):
        name = SENSORS[sensor]["name"]
        text = kw.pop("text", f"雨量站 {sensor} {name} 時雨量 {mm1h} mm，達{cls}標準")
        return self.add(t, "rule", "heavy_rain", truth, text, sensor=sensor, level=cls, **kw)

    def cong(self, t, sensor, speed, occ, truth, **kw):
        name = SENSORS[sensor]["name"]
        text = kw.pop("text", f"{name} 平均車速 {speed} km/h，佔有率 {occ}%，車流壅塞")
        return self.add(t, "rule", "congestion", truth, text, sensor=sensor, **kw)

    def offline(self, t, sensor, truth, why="超過 30 分鐘未回傳資料", **kw):
        name = SENSORS[sensor]["name"]
        return self.add(t, "rule", "sensor_offline", truth, f"{name} {why}", sensor=sensor, **kw)

    # -- truth -------------------------------------------------------------
    def incident(self, label, typ, description, sufficient):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda x: x["arrival"])  # stable: ties keep story order
        fn = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, fn + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": fn, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, fn + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return fn, len(items)


def same_incidents(sit, changes=None, drop=(), extra=()):
    """Incident list for an alternative reading: the main list minus `drop`, with
    `changes` {label: dict of replaced fields} applied, plus `extra`."""
    out = []
    for inc in sit.incidents:
        if inc["label"] in drop:
            continue
        inc = dict(inc)
        inc.update((changes or {}).get(inc["label"], {}))
        out.append(inc)
    out.extend(extra)
    return out
