"""Helpers for situations 711-722 (homes, shops, offices and public buildings). Python 3 stdlib only."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"],
                               "lon": ft["geometry"]["coordinates"][0],
                               "lat": ft["geometry"]["coordinates"][1],
                               "name": p.get("name", "")}
    return out


SENSORS = load_sensors()

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def near(lon, lat, metres, rng, min_m=None):
    """A point at a random bearing, between min_m (default metres/3) and metres away."""
    lo = metres / 3.0 if min_m is None else min_m
    d = rng.uniform(lo, metres)
    b = rng.uniform(0, 2 * math.pi)
    dlat = d * math.cos(b) / 111320.0
    dlon = d * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


DEFAULT_DELAY = {"rule": (5, 40), "fire_alarm": (2, 10), "signal": (3, 15), "parking": (30, 150),
                 "status": (1, 8), "cctv": (3, 20), "incident": (40, 200), "1999": (120, 420),
                 "119": (15, 70), "planned_event": (0, 0)}


class Situation:
    def __init__(self, num, name, description, local_start, seed):
        """local_start: 'YYYY-MM-DD HH:MM' Taiwan time (UTC+8)."""
        self.num, self.name, self.description = num, name, description
        self.t0 = dt.datetime.strptime(local_start, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.n = 0

    # --- items -----------------------------------------------------------------
    def add(self, feed, category, minute, truth, text=None, lon=None, lat=None, sensor=None,
            severity="Unknown", delay=None, key=None, confidence=None, level=None, follows=None,
            ends=None, alt=_MISSING, skew_s=0, arrival_min=None):
        rng = self.rng
        self.n += 1
        observed = self.t0 + dt.timedelta(seconds=round(minute * 60))
        if arrival_min is not None:
            arrival = self.t0 + dt.timedelta(seconds=round(arrival_min * 60))
        else:
            lo, hi = DEFAULT_DELAY[feed] if delay is None else (delay, delay)
            arrival = observed + dt.timedelta(seconds=rng.randint(int(lo), int(hi)))
        observed = observed + dt.timedelta(seconds=skew_s)  # a wrong source clock
        if key is None:
            key = "%d-%s-%03d" % (self.num, feed if feed != "1999" else "c1999", self.n)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor is not None:
            s = SENSORS[sensor]
            agency = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            agency = FEED_AGENCY[feed]
        it["agency"] = agency
        it["category"] = category
        it["severity"] = severity
        it["lon"], it["lat"] = round(lon, 6), round(lat, 6)
        it["observed"] = iso(observed)
        it["arrival"] = iso(arrival)
        if sensor is not None:
            it["sensor_id"] = sensor
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(self.t0 + dt.timedelta(minutes=ends))
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def caller(self, category, minute, truth, text, lon, lat, metres=120, **kw):
        """A 1999 caller scattered around what they report."""
        x, y = near(lon, lat, metres, self.rng)
        return self.add("1999", category, minute, truth, text, x, y, **kw)

    def dup(self, item, later_s):
        d = dict(item)
        a = dt.datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=later_s)
        d["arrival"] = iso(a)
        self.items.append(d)
        return d

    # --- background a real shift sees ------------------------------------------
    def background(self, count, start_min, end_min, night=False, avoid=()):
        rng = self.rng
        vds = [s for s, v in SENSORS.items() if v["kind"] == "vd"]
        pks = [s for s, v in SENSORS.items() if v["kind"] == "parking"]
        flappy = [s for s, v in SENSORS.items() if v["kind"] in ("vd", "rain", "flood") and s not in avoid]
        spots = [("經貿路二段", 120.6552, 24.1950), ("敦化路一段", 120.6600, 24.1830),
                 ("凱旋路", 120.6500, 24.1900), ("黎明路三段", 120.6520, 24.1948),
                 ("中平路", 120.6560, 24.1712), ("河南路四段", 120.6490, 24.1700),
                 ("中科路", 120.6535, 24.1850), ("環中路二段", 120.6550, 24.1990)]
        if night:
            noise_txt = ["樓下有人在唱卡拉OK很大聲，已經超過十點了", "改裝機車一直來回催油門，很吵",
                         "夜市收攤搬東西的聲音很吵睡不著", "冷氣室外機聲音很大，嗡嗡叫一整晚"]
            lamp_txt = ["路燈一閃一閃的", "有一盞路燈不亮，桿號看不清楚", "公園步道旁一盞燈不亮"]
        else:
            noise_txt = ["隔壁工地一直在敲打，噪音很大", "改裝機車一直來回催油門，很吵",
                         "有人在公園打鼓練團，聲音很大", "店家喇叭放音樂放很大聲"]
            lamp_txt = ["路燈白天還亮著", "有一盞路燈燈罩快掉下來", "路燈一閃一閃的"]
        park_txt = ["車子停在紅線上擋住出入口", "有車停在公車站牌前面很久了", "機車停滿人行道，輪椅過不去",
                    "有人把貨車停在消防栓前面", "車庫門口被違停擋住出不去"]
        clean_txt = ["路邊有人丟一大包垃圾", "人行道上有狗大便沒人清", "垃圾車沒有來收"]
        kinds = (["noise", "noise", "parking_full", "flap", "lamp", "illegal_parking"] if night else
                 ["congestion", "congestion", "parking_full", "flap", "illegal_parking", "lamp", "noise", "clean"])
        for _ in range(count):
            k = rng.choice(kinds)
            m = rng.uniform(start_min, end_min)
            road, lon, lat = rng.choice(spots)
            if k == "congestion":
                s = rng.choice(vds)
                self.add("rule", "congestion", m, None, "車流壅塞，平均車速%d km/h" % rng.randint(8, 18),
                         sensor=s, severity="Minor")
            elif k == "parking_full":
                s = rng.choice(pks)
                self.add("parking", "full", m, None, "汽車格位已滿", sensor=s)
            elif k == "flap":
                s = rng.choice(flappy)
                self.add("status", "offline", m, None, None, sensor=s)
                self.add("status", "online", m + rng.uniform(1.5, 6), None, None, sensor=s)
            elif k == "noise":
                self.caller("noise", m, None, road + "附近，" + rng.choice(noise_txt), lon, lat, 200)
            elif k == "illegal_parking":
                self.caller("illegal_parking", m, None, road + "，" + rng.choice(park_txt), lon, lat, 200)
            elif k == "lamp":
                self.caller("streetlight", m, None, road + rng.choice(lamp_txt), lon, lat, 200)
            else:
                self.caller("環境清潔", m, None, road + rng.choice(clean_txt), lon, lat, 200)

    # --- truth -----------------------------------------------------------------
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient["key"] if isinstance(sufficient, dict) else sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"], i["key"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(items)
