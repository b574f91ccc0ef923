"""Helpers for the situations 2151-2162 (standard library only).

A situation is written as a list of reports, each with the minute (local time, after the
situation's start) at which it happened at its source; the helper gives it a key, a
realistic arrival delay for its feed, the registered position of its sensor, and sorts
the lines by arrival. Every random draw comes from the situation's own seeded generator.
"""
import datetime as dt
import json
import math
import os
import random

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {
            "lon": lon, "lat": lat, "kind": p["kind"], "agency": p.get("agency"),
            "name": p.get("name"),
            "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return out


SENSORS = load_sensors()

# Places used by the situations (lon, lat): registry positions or the gazetteer's points.
P = {
    "hub": (120.6528, 24.1974),            # 水湳轉運中心 (gazetteer anchor)
    "hall_a": (120.6546, 24.1948),         # 會展中心 A棟
    "hall_b": (120.6556, 24.1940),         # 會展中心 B棟
    "conv": (120.6551, 24.1944),           # 會展中心
    "conv_pk": (120.6548, 24.1938),        # 會展中心停車場
    "jm6_pk": (120.65491, 24.1956),        # 經貿六停車場
    "museum": (120.6570, 24.1915),         # 綠美圖
    "tower": (120.6585, 24.1930),          # 智慧營運塔
    "popmusic": (120.6520, 24.1850),       # 流行影音中心
    "park_pk": (120.6566, 24.1880),        # 中央公園地下停車場
    "water_rc": (120.6590, 24.1765),       # 水資源回收中心
    "fcu": (120.6520, 24.1790),            # 逢甲大學水湳校區
    "cmu": (120.6592, 24.1735),            # 中國醫藥大學水湳校區
    "eco_a": (120.6588, 24.1840),          # 生態住宅 A區
    "eco_b": (120.6590, 24.1815),          # 生態住宅 B區
    "henan_pk": (120.6530, 24.1745),       # 河南路停車場
    "pond1": (120.6556, 24.188341), "pond2": (120.6572, 24.185296),
    "pond3": (120.6556, 24.18225), "pond4": (120.6572, 24.179204),
    "pond5": (120.6556, 24.176159),
}
# Junctions: the signal's registered position.
J = {
    "t74_huanzhong": "SN-SIG-001", "kaixuan_huanzhong": "SN-SIG-002",
    "zhongke_huanzhong": "SN-SIG-003", "jingmao_huanzhong": "SN-SIG-004",
    "jingmao_liming": "SN-SIG-005", "jingmao_jm7": "SN-SIG-006",
    "liming_kaixuan": "SN-SIG-007", "zhongqing_huanzhong": "SN-SIG-008",
    "taiwan_huanzhong": "SN-SIG-009", "henan_zhongping": "SN-SIG-010",
    "jingmao_zhongping": "SN-SIG-011",
}
for _j, _sid in J.items():
    P[_j] = (SENSORS[_sid]["lon"], SENSORS[_sid]["lat"])

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "planned_event": "police", "1999": "citizen",
               "119": "fire"}
FEED_TAG = {"rule": "RULE", "fire_alarm": "FA", "signal": "SIG", "parking": "PK",
            "incident": "POL", "cctv": "CCTV", "1999": "1999", "status": "STAT",
            "119": "119", "planned_event": "PE"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
# arrival delay at the center, seconds (low, high), by feed
DELAY = {"rule": (25, 80), "fire_alarm": (3, 15), "signal": (5, 30), "parking": (40, 150),
         "status": (4, 40), "cctv": (6, 35), "incident": (40, 170), "1999": (70, 280),
         "119": (12, 55), "planned_event": (60, 600)}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}

ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
         "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
         "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, start_local, seed, description):
        self.num = num
        self.name = name
        self.rng = random.Random(seed)
        self.base = dt.datetime.strptime(start_local, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        self.description = description
        self.lines = []          # (arrival, seq, item)
        self.seq = 0
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.notes = None

    # -- time and place ------------------------------------------------------------
    def at(self, t, jitter):
        """t: minutes after the start (float) or 'YYYY-MM-DD HH:MM' local."""
        if isinstance(t, str):
            return dt.datetime.strptime(t, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        when = self.base + dt.timedelta(seconds=round(t * 60))
        if jitter:
            when += dt.timedelta(seconds=self.rng.randint(0, 50))
        return when

    def scatter(self, lon, lat, r):
        if not r:
            return round(lon, 6), round(lat, 6)
        d = min(abs(self.rng.gauss(0, r)), 2.5 * r)
        a = self.rng.uniform(0, 2 * math.pi)
        dy, dx = d * math.cos(a), d * math.sin(a)
        return (round(lon + dx / (111320 * math.cos(math.radians(lat))), 6),
                round(lat + dy / 111320, 6))

    def key(self, feed):
        tag = FEED_TAG[feed]
        n = self.counters.get(tag, 0) + 1
        self.counters[tag] = n
        return "%d-%s-A%04d" % (self.num, tag, n)

    # -- items ---------------------------------------------------------------------
    def add(self, feed, cat, t, where=None, text="", sev=None, truth=None, alt=MISSING,
            sensor=None, r=0, delay=None, dup=None, jitter=None, arrival=None, **extra):
        """Add one report. `where` is a place name of P, a (lon, lat) or None for a sensor.
        dup: seconds after the first arrival at which the same line is delivered again
        (or a list of such)."""
        item = {"key": self.key(feed)}
        item["kind"] = "alert" if feed == "rule" else "event"
        item["feed"] = feed
        if sensor:
            s = SENSORS[sensor]
            item["agency"] = FEED_AGENCY.get(feed) if feed not in ("rule", "status", "cctv") else s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            item["agency"] = FEED_AGENCY[feed]
            base = P[where] if isinstance(where, str) else where
            lon, lat = self.scatter(base[0], base[1], r)
        item["category"] = cat
        if sev is None:
            if feed == "rule" and "level" in extra:
                lv = extra["level"]
                sev = FLOOD_SEV.get(lv) or RAIN_SEV.get(lv) or WL_SEV.get(lv)
            elif feed == "rule":
                sev = "Moderate" if cat == "congestion" else "Minor"
            else:
                sev = "Unknown"
        item["severity"] = sev
        item["lon"], item["lat"] = lon, lat
        if jitter is None:
            jitter = feed not in SENSOR_FEEDS
        obs = self.at(t, jitter)
        item["observed"] = iso(obs)
        if arrival is not None:
            arr = self.at(arrival, False)
        else:
            lo, hi = delay if isinstance(delay, tuple) else (DELAY[feed] if delay is None else (delay, delay))
            arr = obs + dt.timedelta(seconds=self.rng.randint(lo, hi))
        item["arrival"] = iso(arr)
        if sensor:
            item["sensor_id"] = sensor
        item["text"] = text
        for k, v in extra.items():
            if k == "start":
                continue
            item[k] = v
        item["truth"] = truth
        if alt is not MISSING:
            item["truth_alt"] = alt
        item = {k: item[k] for k in ORDER if k in item}
        self.seq += 1
        self.lines.append((arr, self.seq, item))
        if dup is not None:
            for d in (dup if isinstance(dup, list) else [dup]):
                copy = dict(item)
                copy["arrival"] = iso(arr + dt.timedelta(seconds=d))
                self.seq += 1
                self.lines.append((arr + dt.timedelta(seconds=d), self.seq, copy))
        return item["key"]

    # shorthands ---------------------------------------------------------------------
    def c1999(self, cat, t, where, text, truth=None, r=40, district="西屯區", **kw):
        return self.add("1999", cat, t, where, text, truth=truth, r=r, **kw)

    def police(self, cat, t, where, text, sev, truth=None, r=15, **kw):
        return self.add("incident", cat, t, where, text, sev=sev, truth=truth, r=r, **kw)

    def f119(self, cat, t, where, text, truth=None, r=10, status=None, **kw):
        if status:
            kw["status"] = status
        return self.add("119", cat, t, where, text, truth=truth, r=r, **kw)

    def cctv(self, sensor, cat, t, conf, text, truth=None, **kw):
        return self.add("cctv", cat, t, None, text, truth=truth, sensor=sensor,
                        confidence=conf, **kw)

    def rule(self, sensor, cat, t, text, truth=None, level=None, **kw):
        if level is not None:
            kw["level"] = level
        return self.add("rule", cat, t, None, text, truth=truth, sensor=sensor, **kw)

    def panel(self, sensor, state, t, text, truth=None, **kw):
        return self.add("fire_alarm", state, t, None, text, truth=truth, sensor=sensor, **kw)

    def signal(self, sensor, state, t, text, truth=None, **kw):
        return self.add("signal", state, t, None, text, truth=truth, sensor=sensor, **kw)

    def parking(self, sensor, state, t, text, truth=None, **kw):
        return self.add("parking", state, t, None, text, truth=truth, sensor=sensor, **kw)

    def status(self, sensor, state, t, text, truth=None, reason=None, **kw):
        if reason:
            kw["reason"] = reason
        return self.add("status", state, t, None, text, truth=truth, sensor=sensor, **kw)

    def permit(self, cat, start, end, where, radius, text, arrival, truth=None,
               permit_status=None, follows=None, **kw):
        extra = {"ends": iso(self.at(end, False))}
        if radius is not None:
            extra["radius_m"] = radius
        if permit_status:
            extra["permit_status"] = permit_status
        if follows:
            extra["follows"] = follows
        extra.update(kw)
        return self.add("planned_event", cat, start, where, text, truth=truth, r=0,
                        arrival=arrival, jitter=False, **extra)

    # -- truth ---------------------------------------------------------------------
    def incident(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        lines = sorted(self.lines, key=lambda x: (x[0], x[1]))
        stem = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for _, _, item in lines:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
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


def same_incidents(incidents, changes=None, drop=(), add=()):
    """Copy of an incident list for an alternative reading: drop labels, add incidents,
    and apply {label: {field: value}} changes."""
    out = []
    for inc in incidents:
        if inc["label"] in drop:
            continue
        inc = dict(inc)
        if changes and inc["label"] in changes:
            inc.update(changes[inc["label"]])
        out.append(inc)
    out.extend(add)
    return out
