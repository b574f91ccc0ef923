"""Shared helpers for the 2051-2062 situation generators (standard library only)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as _f:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(_f)["features"]}

MISSING = object()
TAGS = {"rule": "RUL", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "incident": "POL",
        "cctv": "CAM", "1999": "1999", "status": "ST", "119": "119", "planned_event": "PE"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
               "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
               "permit_status", "gateway", "truth", "truth_alt"]

# named points (lon, lat) used by callers and officers
P = {
    "hall_a": (120.6546, 24.1948), "hall_b": (120.6556, 24.194), "museumbrary": (120.657, 24.1915),
    "tower": (120.6585, 24.193), "popmusic": (120.652, 24.185), "park_cp": (120.6566, 24.188),
    "reclaim": (120.659, 24.1765), "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184), "eco_b": (120.659, 24.1815), "henan_pk": (120.653, 24.1745),
    "jm6_pk": (120.65491, 24.1956), "hub": (120.6528, 24.1974),
    "jm_liming": (120.65496, 24.19582), "jm_jm7": (120.65685, 24.19247), "liming_kx": (120.64904, 24.19365),
    "zq_hz": (120.657242, 24.198897), "zk_hz": (120.65217, 24.19785), "jm_hz": (120.65345, 24.19848),
    "t74_hz": (120.6472, 24.19586), "kx_hz": (120.64766, 24.19659), "henan_zp": (120.650315, 24.171058),
    "jm_zp": (120.660376, 24.173594), "tw_hz": (120.63188, 24.17485),
}


def spos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return c[0], c[1]


def sagency(sid):
    return SENSORS[sid]["properties"]["agency"]


class Sit:
    def __init__(self, num, name, date, seed):
        self.num, self.name = num, name
        y, m, d = (int(x) for x in date.split("-"))
        self.base = dt.datetime(y, m, d, 0, 0, 0) - dt.timedelta(hours=8)  # local midnight in UTC
        self.rng = random.Random(seed)
        self.items, self.lines, self.seq = {}, [], 0
        self.incidents, self.alt, self.description, self.notes = [], None, "", ""

    # time: local clock "HH:MM" or "HH:MM:SS", day offset d
    def t(self, hm, d=0):
        parts = [int(x) for x in hm.split(":")] + [0]
        return self.base + dt.timedelta(days=d, hours=parts[0], minutes=parts[1], seconds=parts[2])

    @staticmethod
    def iso(x):
        return x.strftime("%Y-%m-%dT%H:%M:%SZ")

    def scatter(self, pt, rmin, rmax):
        lon, lat = P[pt] if isinstance(pt, str) else pt
        b = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(rmin, rmax)
        return (round(lon + r * math.sin(b) / (111320.0 * math.cos(math.radians(lat))), 6),
                round(lat + r * math.cos(b) / 110574.0, 6))

    def add(self, feed, category, when, text, truth, at=None, sensor=None, sev="Unknown", r=(20, 150),
            delay=None, arrive=None, alt=MISSING, **extra):
        """when: local 'HH:MM[:SS]' or (hm, day) or datetime; returns the key."""
        obs = self._dt(when)
        self.seq += 1
        key = "%d-%s-%04d" % (self.num, TAGS[feed], self.seq)
        if sensor:
            lon, lat = spos(sensor)
            agency = sagency(sensor) if feed in ("rule", "status") else FEED_AGENCY[feed]
        else:
            lon, lat = self.scatter(at, *r) if r else (P[at] if isinstance(at, str) else at)
            agency = FEED_AGENCY[feed]
        if arrive is not None:
            arr = self._dt(arrive)
        else:
            arr = obs + dt.timedelta(seconds=delay if delay is not None else self.rng.randint(4, 50))
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": lon, "lat": lat,
              "observed": self.iso(obs), "arrival": self.iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "ends":
                v = self.iso(self._dt(v))
            it[k] = v
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        it = {k: it[k] for k in FIELD_ORDER if k in it}
        self.items[key] = it
        self.lines.append(it)
        return key

    def _dt(self, when):
        if isinstance(when, dt.datetime):
            return when
        if isinstance(when, tuple):
            return self.t(when[0], when[1])
        return self.t(when)

    def dup(self, key, arrive):
        it = dict(self.items[key])
        it["arrival"] = self.iso(self._dt(arrive))
        self.lines.append(it)

    def incident(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key})

    # background helpers ------------------------------------------------------
    ROUTINE = [
        ("streetlight", "路燈不亮一盞，燈桿編號{p}，請派員維修。"),
        ("streetlight", "路燈白天一直亮著，燈桿編號{p}。"),
        ("illegal_parking", "有車輛違規停在紅線上擋住出入口，請派員處理。"),
        ("illegal_parking", "人行道上停滿機車，行人無法通行。"),
        ("road_damage", "路面有一個坑洞，機車經過很危險，請儘速修補。"),
        ("road_damage", "人孔蓋周邊下陷，車子壓過去聲音很大。"),
        ("other", "公園廁所沒有衛生紙，請通知管理單位補充。"),
        ("other", "公車站牌的時刻表看不清楚，請更新。"),
        ("noise", "附近工地一早就在施工，噪音很大。"),
        ("other", "路邊有流浪狗一直追機車，請派員處理。"),
    ]
    SPOTS = ["hub", "jm6_pk", "museumbrary", "popmusic", "fcu", "cmu", "eco_a", "henan_pk", "liming_kx", "tower"]

    def routine(self, n, t0, t1, cats=None, spots=None, day=0):
        """n routine 1999 cases between local times t0 and t1 (HH:MM); returns keys."""
        a, b = self.t(t0, day), self.t(t1, day)
        keys = []
        pool = [x for x in self.ROUTINE if cats is None or x[0] in cats]
        for _ in range(n):
            when = a + dt.timedelta(seconds=self.rng.randint(0, int((b - a).total_seconds())))
            cat, txt = self.rng.choice(pool)
            txt = txt.format(p="%s%05d" % (self.rng.choice(["XT-", "BT-"]), self.rng.randint(1000, 40000)))
            keys.append(self.add("1999", cat, when, txt, None, at=self.rng.choice(spots or self.SPOTS), r=(30, 250),
                                 delay=self.rng.randint(60, 400)))
        return keys

    def write(self):
        lines = sorted(self.lines, key=lambda x: x["arrival"])  # stable: ties keep creation order
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in lines:
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
