"""Helpers for the night-shift situations 591-602 (plain Python 3 stdlib).

Every situation is built by a `Sit`: items are added with their observed time
(local Taichung time, UTC+8, hours >= 24 roll over to the next morning) and an
arrival delay; `write()` sorts them by arrival (stable) and writes the
`.jsonl` and `.truth.json` files.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.environ.get("SITUATION_OUT_DIR", os.path.abspath(os.path.join(HERE, "..")))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    out = {}
    for feat in fc["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"],
                               "kind": p["kind"], "name": p["name"]}
    return out


SENSORS = load_sensors()

# Landmarks and junctions (lon, lat), from roads.geojson / sensors.geojson / zones.geojson.
P = {
    "環中中科": (120.65217, 24.19785),
    "環中經貿": (120.65345, 24.19848),
    "環中凱旋": (120.64766, 24.19659),
    "環中台74": (120.6472, 24.19586),
    "環中中清": (120.657242, 24.198897),
    "台灣大道環中": (120.63188, 24.17485),
    "環中路西段": (120.64, 24.1875),
    "經貿黎明": (120.65496, 24.19582),
    "經貿七路口": (120.65685, 24.19247),
    "經貿路中段": (120.6592, 24.184),
    "經貿中平": (120.660376, 24.173594),
    "黎明凱旋": (120.64904, 24.19365),
    "黎明路東段": (120.657, 24.1975),
    "凱旋路南段": (120.651, 24.188),
    "凱旋路尾": (120.6528, 24.182),
    "中科路中段": (120.6532, 24.1905),
    "中科路南段": (120.6538, 24.18),
    "河南中平": (120.650315, 24.171058),
    "河南路": (120.648, 24.169),
    "中平路東": (120.665, 24.1748),
    "中清路": (120.6622, 24.1905),
    "轉運中心": (120.6528, 24.1972),
    "會展中心": (120.6551, 24.1944),
    "綠美圖": (120.657, 24.1915),
    "營運塔": (120.6585, 24.193),
    "影音中心": (120.652, 24.185),
    "公園北": (120.6563, 24.1875),
    "公園中": (120.6564, 24.1825),
    "公園南": (120.6562, 24.1768),
    "公園停車場北": (120.6566, 24.1885),
    "公園停車場南": (120.656, 24.179),
    "逢甲水湳": (120.652, 24.179),
    "中醫大水湳": (120.6592, 24.1735),
    "生態住宅A": (120.6588, 24.184),
    "生態住宅B": (120.659, 24.1815),
    "河南路停車場": (120.653, 24.1745),
    "水資中心": (120.659, 24.1765),
}

FEED_CODE = {"rule": "alr", "fire_alarm": "fa", "signal": "sig", "parking": "pk",
             "incident": "pol", "cctv": "cam", "1999": "1999", "status": "st",
             "119": "119", "planned_event": "pe"}
DEFAULT_DELAY = {"rule": (30, 110), "status": (4, 40), "fire_alarm": (3, 15),
                 "signal": (10, 50), "parking": (60, 170), "cctv": (5, 25),
                 "incident": (120, 540), "1999": (60, 240), "119": (15, 60),
                 "planned_event": (86400 * 3, 86400 * 9)}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
               "planned_event"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "level",
               "follows", "ends", "truth", "truth_alt"]


class _NoAlt:
    pass


NOALT = _NoAlt()


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, dist_m, bearing_deg):
    dn = dist_m * math.cos(math.radians(bearing_deg))
    de = dist_m * math.sin(math.radians(bearing_deg))
    dlat = dn / 110574.0
    dlon = de / (111320.0 * math.cos(math.radians(lat)))
    return lon + dlon, lat + dlat


class Sit:
    def __init__(self, num, name, date, description):
        self.num = num
        self.name = name
        self.description = description
        self.date0 = datetime.strptime(date, "%Y-%m-%d")
        self.rng = random.Random(num * 7919 + 13)
        self.items = []
        self.counter = {}
        self.incidents = []
        self.alt = None
        self.notes = None

    # time: local hh:mm:ss on the evening's date (hh >= 24 = next morning) -> UTC datetime
    def T(self, hh, mm=0, ss=0):
        return self.date0 + timedelta(hours=hh - 8, minutes=mm, seconds=ss)

    def near(self, where, rmin=20, rmax=200):
        lon, lat = P[where] if isinstance(where, str) else where
        d = self.rng.uniform(rmin, rmax)
        b = self.rng.uniform(0, 360)
        return offset(lon, lat, d, b)

    def add(self, feed, category, t, text=None, *, at=None, r=(20, 200), sensor=None,
            sev=None, delay=None, truth=None, alt=NOALT, conf=None, level=None,
            follows=None, ends=None, key=None):
        """t: observed (datetime from T()). at: landmark name or (lon, lat).
        delay: seconds to arrival (number) or None for the feed's default range."""
        n = self.counter.get(feed, 0) + 1
        self.counter[feed] = n
        if key is None:
            key = "%d-%s-%03d" % (self.num, FEED_CODE[feed], n)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"]
        else:
            if at is None:
                raise ValueError("position needed for " + key)
            if isinstance(at, tuple) and r is None:
                lon, lat = at
            else:
                lon, lat = self.near(at, *r) if r else (P[at] if isinstance(at, str) else at)
            agency = {"incident": "police", "1999": "citizen", "119": "fire",
                      "planned_event": "police"}[feed]
            lon, lat = round(lon, 6), round(lat, 6)
        if feed in SENSOR_FEEDS and sensor is None:
            raise ValueError("sensor item without sensor_id: " + key)
        kind = "alert" if feed == "rule" else "event"
        if sev is None:
            sev = "Unknown" if feed in UNKNOWN_SEV else "Moderate"
        if delay is None:
            lo, hi = DEFAULT_DELAY[feed]
            delay = self.rng.randint(lo, hi)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": lon, "lat": lat,
              "observed": iso(t), "arrival": iso(t + timedelta(seconds=delay)),
              "sensor_id": sensor, "text": text, "confidence": conf, "level": level,
              "follows": follows, "ends": iso(ends) if ends is not None else None,
              "truth": truth}
        if not isinstance(alt, _NoAlt):
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        """A duplicated delivery: same key and fields, later arrival."""
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ")
        d["arrival"] = iso(arr + timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def incident(self, label, itype, description, sek):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sek})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def fname(self):
        return "%03d_%s" % (self.num, self.name)

    def write(self, outdir=OUT):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        lines = []
        for _, it in items:
            o = {}
            for k in FIELD_ORDER:
                if k in ("truth", "truth_alt"):
                    if k in it:
                        o[k] = it[k]
                elif it.get(k) is not None:
                    o[k] = it[k]
            lines.append(json.dumps(o, ensure_ascii=False))
        with open(os.path.join(outdir, self.fname() + ".jsonl"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        truth = {"situation": self.fname(), "description": self.description,
                 "incidents": self.incidents}
        if self.alt is not None:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(outdir, self.fname() + ".truth.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return len(lines)


# ---------------------------------------------------------------- background helpers
STREETLIGHT = ["路燈不亮，燈桿編號{p}", "{p}這支路燈一直閃，很久了", "路燈壞了晚上很暗，編號{p}",
               "燈桿{p}不亮，麻煩派人修", "{p}號路燈忽亮忽暗"]
NOISE = ["隔壁熱炒店到現在還很吵", "有改裝車一直在催油門，很吵睡不著", "公園裡有人放音樂唱歌",
         "樓下有人大聲聊天喝酒", "附近工地半夜還在敲敲打打", "狗一直叫叫了一個小時",
         "有人在路邊練團，聲音很大", "便利商店門口一群人在喧嘩"]
PARKING = ["有車停在紅線上擋到出口", "機車停滿人行道沒辦法走", "轎車停在公車站牌前面",
           "有車並排停車好幾天了", "貨車停在巷口轉角看不到來車", "汽車停在消防栓前面"]
BG_SPOTS = ["黎明路東段", "凱旋路南段", "中科路中段", "經貿路中段", "中平路東", "河南路",
            "黎明凱旋", "生態住宅A", "生態住宅B", "中清路", "環中路西段", "逢甲水湳", "中醫大水湳"]


def plate(s):
    return "%s%05d" % (s.rng.choice(["西屯", "北屯"]), s.rng.randint(1000, 99999))


def bg_streetlight(s, t, where=None, p=None, **kw):
    where = where or s.rng.choice(BG_SPOTS)
    p = p or plate(s)
    return s.add("1999", "streetlight", t, s.rng.choice(STREETLIGHT).format(p=p), at=where,
                 r=(10, 120), **kw)


def bg_noise(s, t, where=None, text=None, **kw):
    where = where or s.rng.choice(BG_SPOTS)
    return s.add("1999", "noise", t, text or s.rng.choice(NOISE), at=where, r=(20, 250), **kw)


def bg_parking(s, t, where=None, text=None, **kw):
    where = where or s.rng.choice(BG_SPOTS)
    return s.add("1999", "illegal_parking", t, text or s.rng.choice(PARKING), at=where,
                 r=(10, 200), **kw)


def bg_flap(s, sensor, t, down_s, reason_text=None, alert=False):
    """A device status flap: offline then online (and a rule alert if it stays down long)."""
    name = SENSORS[sensor]["name"]
    s.add("status", "offline", t, reason_text or "%s 連線中斷" % name, sensor=sensor)
    if alert:
        s.add("rule", "sensor_offline", t + timedelta(seconds=min(down_s - 30, 600)),
              "%s 逾時未回傳資料" % name, sensor=sensor, sev="Minor")
    s.add("status", "online", t + timedelta(seconds=down_s), "%s 恢復連線" % name, sensor=sensor)


def bg_congestion(s, sensor, t, speed, occ, sev="Minor", text=None, **kw):
    name = SENSORS[sensor]["name"]
    return s.add("rule", "congestion", t,
                 text or "%s 平均車速 %d km/h、佔有率 %d%%，低於門檻" % (name, speed, occ),
                 sensor=sensor, sev=sev, **kw)
