"""Helpers for the situations 2171-2182 (set o109: nights and weekends).

Standard library only. Every random generator is seeded with the situation number, so
the output is stable.
"""
import datetime as _dt
import json
import math
import os
import random

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TW = _dt.timedelta(hours=8)
MISSING = object()

FEED_TAG = {
    "rule": "RULE-R", "fire_alarm": "FA-F", "signal": "SIG-S", "parking": "PK-K",
    "incident": "POL-P", "cctv": "CCTV-C", "1999": "1999-A", "status": "ST-T",
    "119": "119-E", "planned_event": "PE-M",
}
FEED_AGENCY = {
    "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
    "1999": "citizen", "119": "fire", "planned_event": "police",
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "reason", "status",
               "level", "follows", "ends", "radius_m", "permit_status", "gateway",
               "truth", "truth_alt"]


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "kind": p["kind"], "agency": p["agency"],
                               "name": p["name"], "metadata": p.get("metadata") or {}}
    return out


SENSORS = load_sensors()


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s):
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, east_m, north_m):
    dlat = north_m / 111320.0
    dlon = east_m / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


class Situation:
    """One situation: items in arrival order and its truth."""

    def __init__(self, num, name, base_local, description):
        self.num = num
        self.name = name
        self.base = _dt.datetime.strptime(base_local, "%Y-%m-%dT%H:%M") - TW  # UTC
        self.description = description
        self.rng = random.Random(num)
        self.items = []          # (arrival datetime, seq, dict)
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.notes = None
        self._seq = 0

    # --- time -------------------------------------------------------------------------
    def t(self, minutes):
        return self.base + _dt.timedelta(seconds=round(minutes * 60))

    # --- places -----------------------------------------------------------------------
    def near(self, lon, lat, rmin, rmax):
        """A caller's or officer's position some rmin-rmax metres from a point."""
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(lon, lat, r * math.cos(a), r * math.sin(a))

    # --- items ------------------------------------------------------------------------
    def _key(self, feed):
        tag = FEED_TAG[feed]
        n = self.counters.get(tag, 0) + 1
        self.counters[tag] = n
        return "%d-%s%04d" % (self.num, tag, n)

    def add(self, feed, category, obs, text, *, delay=None, arr=None, lon=None, lat=None,
            sensor=None, sev="Unknown", truth=None, alt=MISSING, **extra):
        """obs: minutes after the base time when it happened at the source (as stamped);
        delay: seconds from obs to the center's receipt (or arr: minutes, absolute)."""
        key = self._key(feed)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor is not None:
            s = SENSORS[sensor]
            it["agency"] = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            it["agency"] = FEED_AGENCY[feed]
        it["category"] = category
        it["severity"] = sev
        it["lon"] = round(lon, 6)
        it["lat"] = round(lat, 6)
        t_obs = self.t(obs)
        if arr is not None:
            t_arr = self.t(arr)
        else:
            if delay is None:
                delay = self.rng.randint(5, 40)
            t_arr = t_obs + _dt.timedelta(seconds=delay)
        it["observed"] = iso(t_obs)
        it["arrival"] = iso(t_arr)
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "ends_min":
                it["ends"] = iso(self.t(v))
            else:
                it[k] = v
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self._seq += 1
        self.items.append((t_arr, self._seq, it))
        return key

    def dup(self, key, delay_s):
        """A second delivery of the same item, delay_s seconds after its first arrival."""
        for t_arr, _, it in self.items:
            if it["key"] == key:
                d = dict(it)
                t2 = t_arr + _dt.timedelta(seconds=delay_s)
                d["arrival"] = iso(t2)
                self._seq += 1
                self.items.append((t2, self._seq, d))
                return key
        raise KeyError(key)

    def incident(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # --- output -----------------------------------------------------------------------
    def write(self):
        stem = "%d_%s" % (self.num, self.name)
        rows = sorted(self.items, key=lambda x: (x[0], x[1]))
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for _, _, it in rows:
                ordered = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
        truth = {"situation": self.num, "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return stem


def same_incidents_plus(base, changes):
    """Alternative incident list: base incidents, minus labels mapped to None in changes,
    plus the dicts in changes['add']."""
    drop = set(changes.get("drop", []))
    out = [dict(i) for i in base if i["label"] not in drop]
    repl = changes.get("replace", {})
    out = [dict(repl.get(i["label"], i)) for i in out]
    out.extend(changes.get("add", []))
    return out


# --- routine background: what a night or weekend shift hears that belongs to no job -------
ROUTINE_PLACES = [
    (120.6488, 24.1905), (120.6505, 24.1832), (120.6598, 24.1905), (120.6610, 24.1790),
    (120.6470, 24.1770), (120.6625, 24.1850), (120.6540, 24.1725), (120.6450, 24.1860),
    (120.6580, 24.1960), (120.6640, 24.1815),
]
ROUTINE = [
    ("1999", "streetlight", "路燈不亮，巷子裡很暗，燈桿編號{n}"),
    ("1999", "streetlight", "路燈一直閃，閃到頭暈，燈桿上的編號是{n}"),
    ("1999", "環境清潔", "路邊有人丟了一張舊沙發跟床墊，好幾天了"),
    ("1999", "動物救援", "有一隻流浪狗在巷口，看起來腳受傷"),
    ("1999", "illegal_parking", "社區車道出入口被一台車擋住，出不去"),
    ("1999", "公園路樹", "公園旁邊的樹枝太長，把路燈都遮住了"),
    ("1999", "noise", "隔壁店家冷氣室外機很吵，晚上睡不著"),
    ("1999", "road_damage", "路面有一個小坑洞，騎車要小心"),
    ("1999", "blocked_drain", "家門口水溝有臭味，好像很久沒清"),
    ("status", "RG3", "北屯雨量站"),
    ("fire_alarm", "FA", "受信總機 預備電源電壓不足"),
]


def _far(lon, lat, avoid, min_m):
    for alon, alat in avoid:
        dx = (lon - alon) * 111320.0 * math.cos(math.radians(lat))
        dy = (lat - alat) * 111320.0
        if math.hypot(dx, dy) < min_m:
            return False
    return True


def routine(s, n, start, end, avoid=(), min_m=300.0):
    """Add n routine background items (truth null) between start and end minutes, kept at
    least min_m metres from every point of avoid."""
    rng = random.Random(s.num * 7 + 1)
    pool = list(ROUTINE)
    rng.shuffle(pool)
    places = [p for p in ROUTINE_PLACES if _far(p[0], p[1], avoid, min_m)]
    panels = [sid for sid, v in SENSORS.items() if v["kind"] == "fire_alarm"
              and _far(v["lon"], v["lat"], avoid, min_m)]
    for feed, cat, text in pool[:n]:
        t = round(rng.uniform(start, end), 1)
        if cat == "RG3":
            s.add("status", "offline", t, "北屯雨量站 離線（通訊中斷）", sensor="SN-RG-003",
                  reason="comms_lost", delay=rng.randint(3, 20), truth=None)
            s.add("status", "online", t + rng.randint(4, 15), "北屯雨量站 恢復連線",
                  sensor="SN-RG-003", delay=rng.randint(3, 20), truth=None)
        elif cat == "FA":
            sid = rng.choice(panels)
            name = SENSORS[sid]["metadata"].get("building", SENSORS[sid]["name"])
            s.add("fire_alarm", "fault", t, name + " " + text, sensor=sid,
                  delay=rng.randint(3, 10), truth=None)
            s.add("fire_alarm", "normal", t + rng.randint(5, 40), name + " 受信總機 復歸",
                  sensor=sid, delay=rng.randint(3, 10), truth=None)
        else:
            base = rng.choice(places)
            lon, lat = offset(base[0], base[1], rng.uniform(-60, 60), rng.uniform(-60, 60))
            s.add(feed, cat, t, text.format(n=rng.randint(1000, 1999)), lon=lon, lat=lat,
                  delay=rng.randint(90, 400), truth=None)
