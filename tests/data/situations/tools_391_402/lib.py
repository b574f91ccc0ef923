"""Helpers for the 391-402 situations: sensor registry, road geometry, item builder.

Conventions (see README_391-402.md): times are built in local time (UTC+8) and
written as UTC ISO 8601 with Z; every item's `arrival` = true time + delivery
delay; `observed` = true time + the source clock's skew.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TZ = dt.timezone(dt.timedelta(hours=8))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
        "kind": _p["kind"],
        "agency": _p["agency"],
        "name": _p.get("name"),
    }

ROADS = {}
for _f in _load("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = _f["geometry"]["coordinates"]


def along(road, frac, rng=None, jitter_m=0.0):
    """Point at fraction `frac` (0..1) of the road polyline, optional jitter."""
    pts = ROADS[road]
    segs = []
    tot = 0.0
    for a, b in zip(pts, pts[1:]):
        d = math.hypot((b[0] - a[0]) * 101.6, (b[1] - a[1]) * 110.9)
        segs.append((a, b, d))
        tot += d
    target = max(0.0, min(1.0, frac)) * tot
    for a, b, d in segs:
        if target <= d or (a, b, d) == segs[-1]:
            t = 0 if d == 0 else min(1.0, target / d)
            lon = a[0] + (b[0] - a[0]) * t
            lat = a[1] + (b[1] - a[1]) * t
            break
        target -= d
    if rng is not None and jitter_m:
        lon += rng.uniform(-jitter_m, jitter_m) / 101600.0
        lat += rng.uniform(-jitter_m, jitter_m) / 110900.0
    return round(lon, 6), round(lat, 6)


def near(lon, lat, rng, m):
    return (round(lon + rng.uniform(-m, m) / 101600.0, 6),
            round(lat + rng.uniform(-m, m) / 110900.0, 6))


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_TAG = {"rule": "ALR", "fire_alarm": "FA", "signal": "SIG", "parking": "PK",
            "incident": "POL", "cctv": "CAM", "1999": "1999", "status": "ST",
            "119": "119", "planned_event": "PMT"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
_MISSING = object()


class Sit:
    def __init__(self, num, name, start_local, description, notes=None):
        self.num = num
        self.name = name
        self.t0 = dt.datetime.strptime(start_local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        self.description = description
        self.notes = notes
        self.rng = random.Random(num * 7919)
        self.items = []
        self.incidents = []
        self.alt = None
        self.counter = {}

    # ---- incidents -------------------------------------------------
    def incident(self, label, type_, description, sufficient=None):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, changes):
        """changes: dict label -> incident dict (new or replaced) or None (removed)."""
        self.alt = {"why": why, "changes": changes}

    # ---- items -----------------------------------------------------
    def add(self, feed, category, minute, delay_s=30, *, sensor=None, lon=None, lat=None,
            text="", severity=None, truth=None, alt=_MISSING, conf=None, level=None,
            follows=None, ends_min=None, skew_s=0, key=None, arrival_min=None,
            start_min=None):
        n = self.counter.get(feed, 0) + 1
        self.counter[feed] = n
        key = key or "%d-%s-%03d" % (self.num, FEED_TAG[feed], n)
        true_t = self.t0 + dt.timedelta(minutes=minute)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
        else:
            agency = FEED_AGENCY[feed]
        if severity is None:
            if feed == "rule":
                severity = {"flood_depth": FLOOD_SEV.get(level), "water_level": WL_SEV.get(level),
                            "heavy_rain": RAIN_SEV.get(level), "congestion": "Moderate",
                            "sensor_offline": "Minor"}.get(category) or "Unknown"
            else:
                severity = "Unknown"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(true_t + dt.timedelta(seconds=skew_s)), "arrival": None}
        if arrival_min is not None:
            arr = self.t0 + dt.timedelta(minutes=arrival_min)
        else:
            arr = true_t + dt.timedelta(seconds=delay_s)
        it["arrival"] = iso(arr)
        if feed == "planned_event":
            st = self.t0 + dt.timedelta(minutes=start_min if start_min is not None else minute)
            it["observed"] = iso(st)
            it["ends"] = iso(self.t0 + dt.timedelta(minutes=ends_min))
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_arr"] = arr
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key and "_dup" not in i)
        c = dict(src)
        c["_arr"] = src["_arr"] + dt.timedelta(seconds=extra_s)
        c["arrival"] = iso(c["_arr"])
        c["_dup"] = True
        self.items.append(c)

    def set_alt(self, key, alt):
        for i in self.items:
            if i["key"] == key:
                i["truth_alt"] = alt

    # ---- noise -----------------------------------------------------
    def noise(self, n, t_from, t_to, pool=None, avoid=()):
        pool = pool or list(NOISE.keys())
        pool = [p for p in pool if p not in avoid]
        for _ in range(n):
            kind = self.rng.choice(pool)
            NOISE[kind](self, self.rng.uniform(t_from, t_to))

    # ---- output ----------------------------------------------------
    def write(self):
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["_arr"], i))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in order:
                it = {k: v for k, v in self.items[i].items() if not k.startswith("_")}
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        for inc in self.incidents:
            assert inc["sufficient_evidence_key"], (self.num, inc["label"])
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            incs = []
            seen = set()
            for inc in self.incidents:
                lab = inc["label"]
                seen.add(lab)
                if lab in self.alt["changes"]:
                    if self.alt["changes"][lab] is not None:
                        incs.append(self.alt["changes"][lab])
                else:
                    incs.append(inc)
            for lab, inc in self.alt["changes"].items():
                if lab not in seen and inc is not None:
                    incs.append(inc)
            truth["alternative_reading"] = {"why": self.alt["why"], "incidents": incs}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ---- background noise templates ------------------------------------------
def _hour(s, m):
    return (s.t0 + dt.timedelta(minutes=m)).hour


def _streetlight(s, m):
    r = s.rng
    lon, lat = r.choice([along("liming", r.random()), along("zhongke", r.random()),
                         along("henan", r.random()), along("zhongping", r.random())])
    plate = "XT%05d" % r.randint(1000, 99999)
    day = 7 <= _hour(s, m) < 17
    t = r.choice(["路燈編號%s不亮好幾天了，晚上走路很危險，麻煩派人修一下。" % plate,
                  "我家門口那支路燈一閃一閃的，編號%s，看了頭很暈。" % plate,
                  "這支%s的路燈燈罩歪掉快掉下來了，可以來看一下嗎" % plate]
                 + (["白天路燈還亮著，浪費電欸，牌子寫%s。" % plate] if day else []))
    s.add("1999", "streetlight", m, r.randint(60, 400), lon=lon, lat=lat, text=t)


def _parking_illegal(s, m):
    r = s.rng
    lon, lat = r.choice([along("zhongke", r.random()), along("kaixuan", r.random()),
                         along("liming", r.random())])
    t = r.choice(["有台白色廂型車停在紅線上一整天了，車子都要繞出去，拜託來開單。",
                  "巷口被一台轎車擋住，我車子開不出去啦，已經等半小時了",
                  "公車站前面一直有人臨停，公車都停不進去",
                  "人行道上停滿機車，推娃娃車根本過不去"])
    s.add("1999", "illegal_parking", m, r.randint(60, 300), lon=lon, lat=lat, text=t)


def _noise_call(s, m):
    r = s.rng
    lon, lat = near(120.6592, 24.1812, r, 150)
    h = _hour(s, m)
    t = r.choice(["樓上一直在敲敲打打，裝潢也不是這個時間吧",
                  "隔壁狗叫了一整個晚上，有沒有人可以管一下" if h >= 18 or h < 6 else "隔壁狗從早叫到現在，有沒有人可以管一下",
                  "有人在路邊改裝排氣管一直催油門，很吵"])
    s.add("1999", "noise", m, r.randint(60, 300), lon=lon, lat=lat, text=t)


def _pothole(s, m):
    r = s.rng
    lon, lat = r.choice([along("zhongping", r.random()), along("henan", r.random()),
                         along("liming", r.random())])
    t = r.choice(["路面有一個小坑洞，機車騎過去會跳一下，請補一下。",
                  "人孔蓋比路面低一截，騎車經過很危險",
                  "柏油路面裂開翹起來，下雨會積水"])
    s.add("1999", "road_damage", m, r.randint(120, 600), lon=lon, lat=lat, text=t)


def _other_1999(s, m):
    r = s.rng
    lon, lat = near(r.choice([120.652, 120.658, 120.655]), r.choice([24.176, 24.19, 24.183]), r, 200)
    h = _hour(s, m)
    t = r.choice(["請問中央公園的停車場晚上幾點關門？",
                  "垃圾車今天是不是沒來？我等了半個小時" if 17 <= h < 21 else "請問這一區的資源回收是星期幾？",
                  "公園裡的飲水機壞掉了，按了沒水",
                  "想問綠美圖週一有沒有開",
                  "路邊有一隻小狗好像走失了，一直在那邊繞"])
    s.add("1999", "other", m, r.randint(60, 300), lon=lon, lat=lat, text=t)


def _parking_full(s, m):
    r = s.rng
    sid = r.choice(["SN-PK-001", "SN-PK-002"])
    s.add("parking", "full", m, r.randint(5, 40), sensor=sid,
          text="%s 汽車格位已滿" % SENSORS[sid]["name"])


def _panel_fault(s, m):
    r = s.rng
    sid = r.choice(["SN-FA-005", "SN-FA-009", "SN-FA-010"])
    t = r.choice(["預備電源電壓不足", "第3迴路斷線", "探測器污損請清潔"])
    s.add("fire_alarm", "fault", m, r.randint(5, 60), sensor=sid, text="%s %s" % (SENSORS[sid]["name"], t))


def _device_blip(s, m):
    r = s.rng
    sid = r.choice(["SN-VD-ZHONGPING-02", "SN-VD-HENAN-02", "SN-VD-ZHONGQING-02"])
    s.add("status", "offline", m, r.randint(5, 30), sensor=sid, text="offline: comms_lost")
    s.add("status", "online", m + r.uniform(1.5, 4), r.randint(5, 30), sensor=sid, text="online")


NOISE = {"streetlight": _streetlight, "illegal_parking": _parking_illegal, "noise": _noise_call,
         "pothole": _pothole, "other": _other_1999, "parking_full": _parking_full,
         "panel_fault": _panel_fault, "blip": _device_blip}
