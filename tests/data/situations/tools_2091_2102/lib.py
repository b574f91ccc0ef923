"""Shared helpers for situations 2091-2102 (typhoon cycle over the Shuinan zone).

Standard library only. OUT is the parent of tools/; geography is read from OUT/geo.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
TZ8 = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "kind": p["kind"], "agency": p["agency"],
                               "name": p["name"], "gateway": (p.get("metadata") or {}).get("gateway")}
    return out


SENSORS = load_sensors()

FEED_AGENCY = {"incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police", "signal": "traffic", "parking": "traffic",
               "fire_alarm": "disaster"}
FEED_TAG = {"rule": "R", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "incident": "PD",
            "cctv": "CV", "1999": "1999", "status": "ST", "119": "119", "planned_event": "PE"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

# Named spots (lon, lat) used by callers and officers (roads.geojson crossings / gazetteer).
P = {
    "liming_kaixuan": (120.64904, 24.19365),
    "fl009": (120.6475, 24.193),
    "kaixuan_huanzhong": (120.64766, 24.19659),
    "t74_huanzhong": (120.6472, 24.19586),
    "zhongke_huanzhong": (120.65217, 24.19785),
    "jingmao_huanzhong": (120.65345, 24.19848),
    "jingmao_liming": (120.65496, 24.19582),
    "jingmao_7": (120.65685, 24.19247),
    "zhongqing_huanzhong": (120.657242, 24.198897),
    "taiwan_huanzhong": (120.63188, 24.17485),
    "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594),
    "henan_low": (120.6528, 24.1742),
    "jingmao_low": (120.6596, 24.1825),
    "transit_hub": (120.6528, 24.1974),
    "convention": (120.6551, 24.1944),
    "museumbrary": (120.657, 24.1915),
    "pop_music": (120.652, 24.185),
    "park_carpark": (120.6566, 24.188),
    "water_reclamation": (120.659, 24.1765),
    "fcu": (120.652, 24.179),
    "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "henan_carpark": (120.653, 24.1745),
    "zhongke_mid": (120.6532, 24.1905),
    "zhongke_south": (120.6536, 24.1835),
    "kaixuan_mid": (120.651, 24.188),
    "huanzhong_west": (120.64, 24.1875),
    "park_south": (120.656, 24.1765),
    "park_mid": (120.6562, 24.1830),
}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed):
        self.num = num
        self.name = name
        self.stem = f"{num}_{name}"
        self.date = date  # "2016-09-27" local day of the window start
        self.rng = random.Random(seed)
        self.items = []
        self.seq = {}
        self.incidents = []
        self.alt = None
        self.description = ""
        self.notes = ""

    # time "HH:MM" or "HH:MM:SS" local on self.date; "+1 HH:MM" for the next day
    def t(self, s):
        day = 0
        if s[0] in "+-" and " " in s:
            d, s = s.split(" ", 1)
            day = int(d)
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        base = datetime.strptime(self.date, "%Y-%m-%d").replace(tzinfo=TZ8)
        return base + timedelta(days=day, hours=parts[0], minutes=parts[1], seconds=parts[2])

    def near(self, spot, rmin=20, rmax=200):
        lon, lat = P[spot] if isinstance(spot, str) else spot
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def add(self, feed, category, when, text, truth, sensor=None, at=None, lag=None,
            severity=None, level=None, follows=None, confidence=None, reason=None,
            status=None, ends=None, radius_m=None, permit_status=None, truth_alt="__same__",
            observed=None, spread=(20, 200)):
        """when: local time string of the observation. lag: seconds until arrival
        (default small random). observed: override of the source's stamp (clock skew)."""
        tag = FEED_TAG[feed]
        n = self.seq.get(tag, 0) + 1
        self.seq[tag] = n
        key = f"{self.num}-{tag}-{n:04d}"
        obs = self.t(when)
        if lag is None:
            lag = self.rng.randint(3, 50)
        arr = obs + timedelta(seconds=lag)
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
        else:
            if isinstance(at, tuple) and len(at) == 2 and isinstance(at[0], float) and at[0] > 100:
                lon, lat = at
            else:
                lon, lat = self.near(at, *spread)
            agency = FEED_AGENCY[feed]
        if severity is None:
            if feed == "rule":
                if category == "flood_depth":
                    severity = FLOOD_SEV[level]
                elif category == "water_level":
                    severity = WL_SEV[level]
                elif category == "heavy_rain":
                    severity = RAIN_SEV[level]
                elif category == "congestion":
                    severity = "Moderate"
                else:
                    severity = "Minor"
            elif feed == "incident":
                severity = "Moderate"
            else:
                severity = "Unknown"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": severity,
              "lon": lon, "lat": lat,
              "observed": iso(observed if observed is not None else obs), "arrival": iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in (("confidence", confidence), ("reason", reason), ("status", status),
                     ("level", level), ("follows", follows), ("ends", ends and iso(self.t(ends))),
                     ("radius_m", radius_m), ("permit_status", permit_status)):
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if truth_alt != "__same__":
            it["truth_alt"] = truth_alt
        it["_arr"] = arr
        self.items.append(it)
        return key

    def dup(self, key, delay_s):
        src = next(i for i in self.items if i["key"] == key and not i.get("_dup"))
        d = dict(src)
        d["_arr"] = src["_arr"] + timedelta(seconds=delay_s)
        d["arrival"] = iso(d["_arr"])
        d["_dup"] = True
        self.items.append(d)

    def inc(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    def write(self):
        items = sorted(self.items, key=lambda i: i["_arr"])  # stable: ties keep creation order
        n_lines = len(items)
        with open(os.path.join(OUT, self.stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                d = {k: v for k, v in it.items() if not k.startswith("_")}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        truth = {"situation": self.stem, "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return n_lines


def offline_burst(s, sensors, when, reason, truth, truth_alt="__same__", step=20, text=None):
    """Status offline of several devices and the rule's sensor_offline alerts after them."""
    keys = []
    for i, sid in enumerate(sensors):
        tm = s.t(when) + timedelta(seconds=step * i)
        w = tm.strftime("%H:%M:%S") if tm.date() == s.t("00:00").date() else "+1 " + tm.strftime("%H:%M:%S")
        keys.append(s.add("status", "offline", w, text or f"{SENSORS[sid]['name']} 離線", truth,
                          sensor=sid, reason=reason, truth_alt=truth_alt, lag=s.rng.randint(2, 8)))
    for i, sid in enumerate(sensors):
        tm = s.t(when) + timedelta(seconds=step * i + 300)
        w = tm.strftime("%H:%M:%S") if tm.date() == s.t("00:00").date() else "+1 " + tm.strftime("%H:%M:%S")
        keys.append(s.add("rule", "sensor_offline", w, f"設備離線告警：{SENSORS[sid]['name']} 逾時未回報",
                          truth, sensor=sid, truth_alt=truth_alt, lag=s.rng.randint(2, 10)))
    return keys


def online_burst(s, sensors, when, truth, truth_alt="__same__", step=40):
    keys = []
    for i, sid in enumerate(sensors):
        tm = s.t(when) + timedelta(seconds=step * i)
        w = tm.strftime("%H:%M:%S") if tm.date() == s.t("00:00").date() else "+1 " + tm.strftime("%H:%M:%S")
        keys.append(s.add("status", "online", w, f"{SENSORS[sid]['name']} 恢復連線", truth,
                          sensor=sid, truth_alt=truth_alt, lag=s.rng.randint(2, 8)))
    return keys


def rush_hour(s, vds, start, n=3, every=10, text="尖峰時段車流量大，車速下降"):
    """Ordinary slow-downs (background)."""
    keys = []
    base = s.t(start)
    for v in vds:
        for j in range(n):
            tm = base + timedelta(minutes=every * j + s.rng.randint(0, 4))
            keys.append(s.add("rule", "congestion", tm.strftime("%H:%M:%S"),
                              f"{SENSORS[v]['name']} 平均車速下降：{text}", None, sensor=v))
    return keys
