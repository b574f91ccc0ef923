"""Shared helpers for the o1231 situation generators (standard library only).

A situation is built with a Sit object: each call adds one item (one piece of
evidence) with its local observation time, a delivery delay, a position and a
truth label. Sit.write() sorts by arrival and writes the .jsonl and .truth.json.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TZ = timezone(timedelta(hours=8))

NOALT = object()  # marker: no truth_alt on the item


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for f in data["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p["name"]}
    return out


SENSORS = load_sensors()


def P(sid):
    """Registered position of a sensor, as (lon, lat)."""
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


# Places people name (positions of the registry's devices, or the DOMAIN.md §1.2 anchors).
PLACES = {
    "hub": P("SN-FA-001"),
    "conv_a": P("SN-FA-002"),
    "conv_b": P("SN-FA-003"),
    "museum": P("SN-FA-004"),
    "tower": P("SN-FA-005"),
    "popmusic": P("SN-FA-006"),
    "park_cp": P("SN-FA-007"),
    "wrc": P("SN-FA-008"),
    "fcu": P("SN-FA-009"),
    "cmu": P("SN-FA-010"),
    "eco_a": P("SN-FA-011"),
    "eco_b": P("SN-FA-012"),
    "j_74_huanzhong": P("SN-SIG-001"),
    "j_kaixuan_huanzhong": P("SN-SIG-002"),
    "j_zhongke_huanzhong": P("SN-SIG-003"),
    "j_jingmao_huanzhong": P("SN-SIG-004"),
    "j_jingmao_liming": P("SN-SIG-005"),
    "j_jingmao_7": P("SN-SIG-006"),
    "j_liming_kaixuan": P("SN-SIG-007"),
    "j_zhongqing_huanzhong": P("SN-SIG-008"),
    "j_taiwan_huanzhong": P("SN-SIG-009"),
    "j_henan_zhongping": P("SN-SIG-010"),
    "j_jingmao_zhongping": P("SN-SIG-011"),
    "shuttle": (120.65280, 24.19740),
}

RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain",
             "congestion": "vd"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
               "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
               "ends", "radius_m", "truth", "truth_alt"]


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(pt, dist_m, bearing_deg):
    lon, lat = pt
    dy = dist_m * math.cos(math.radians(bearing_deg))
    dx = dist_m * math.sin(math.radians(bearing_deg))
    dlat = dy / 111320.0
    dlon = dx / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))


class Sit:
    def __init__(self, num, name, day, seed=None, title=""):
        self.num = num
        self.name = name
        self.day = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.incidents = []
        self.alt = None
        self.description = title
        self.notes = None
        self.seq = {}
        self.keys = set()

    # ---- time and place -------------------------------------------------
    def t(self, hhmm):
        """'HH:MM[:SS]' local on the situation's day; '+N HH:MM' N days later; '-N ...' before."""
        days = 0
        s = hhmm.strip()
        if s[0] in "+-":
            d, s = s.split(" ", 1)
            days = int(d)
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.day + timedelta(days=days, hours=parts[0], minutes=parts[1], seconds=parts[2])

    def near(self, where, rmin=20, rmax=120):
        pt = PLACES[where] if isinstance(where, str) else where
        d = self.rng.uniform(rmin, rmax)
        b = self.rng.uniform(0, 360)
        return offset(pt, d, b)

    def _next(self, feed):
        self.seq[feed] = self.seq.get(feed, 0) + 1
        return self.seq[feed]

    def _key(self, base):
        k = base
        n = 2
        while k in self.keys:
            k = "%s-%d" % (base, n)
            n += 1
        self.keys.add(k)
        return k

    # ---- core -----------------------------------------------------------
    def _add(self, key, kind, feed, agency, category, severity, pos, obs, delay, text, truth,
             alt=NOALT, **extra):
        arr = obs + timedelta(seconds=delay)
        if "arrival_at" in extra:
            arr = extra.pop("arrival_at")
        lon, lat = pos
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs), "arrival": iso(arr), "text": text, "truth": truth}
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        if alt is not NOALT:
            it["truth_alt"] = alt
        it["_arr"] = arr
        it["_ord"] = len(self.items)
        self.items.append(it)
        return key

    def _obs(self, when, skew_s=0):
        return self.t(when) if isinstance(when, str) else when

    def _d(self, lo, hi):
        return self.rng.randint(lo, hi)

    # ---- feeds ----------------------------------------------------------
    def rule(self, when, category, sid, text, truth, level=None, severity=None, delay=None,
             alt=NOALT, obs_skew_s=0):
        s = SENSORS[sid]
        if category == "flood_depth":
            severity = FLOOD_SEV[level]
        elif category == "water_level":
            severity = WL_SEV[level]
        elif category == "heavy_rain":
            severity = RAIN_SEV[level]
        elif severity is None:
            severity = "Moderate" if category == "congestion" else "Minor"
        obs = self.t(when)
        key = self._key("ALR-%s-%s-%s" % (sid, category, obs.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S")))
        return self._add(key, "alert", "rule", s["agency"], category, severity, P(sid), obs,
                         self._d(20, 70) if delay is None else delay, text, truth, alt,
                         sensor_id=sid, level=level)

    def panel(self, when, sid, state, text, truth, delay=None, alt=NOALT, observed=None):
        obs = self.t(when)
        o = observed if observed is not None else obs
        key = self._key("%s-%s-%s" % (sid, state, o.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S")))
        d = self._d(3, 25) if delay is None else delay
        return self._add(key, "event", "fire_alarm", "disaster", state, "Unknown", P(sid), o, 0, text,
                         truth, alt, sensor_id=sid, arrival_at=obs + timedelta(seconds=d))

    def signal(self, when, sid, state, text, truth, delay=None, alt=NOALT):
        obs = self.t(when)
        key = self._key("%s-%s-%s" % (sid, state, obs.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S")))
        return self._add(key, "event", "signal", "traffic", state, "Unknown", P(sid), obs,
                         self._d(5, 40) if delay is None else delay, text, truth, alt, sensor_id=sid)

    def parking(self, when, sid, state, text, truth, delay=None, alt=NOALT):
        obs = self.t(when)
        key = self._key("%s-%s-%s" % (sid, state, obs.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S")))
        return self._add(key, "event", "parking", "traffic", state, "Unknown", P(sid), obs,
                         self._d(30, 120) if delay is None else delay, text, truth, alt, sensor_id=sid)

    def status(self, when, sid, state, text, truth, reason=None, delay=None, alt=NOALT):
        s = SENSORS[sid]
        obs = self.t(when)
        key = self._key("%s-status-%s-%s" % (sid, state, obs.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S")))
        return self._add(key, "event", "status", s["agency"], state, "Unknown", P(sid), obs,
                         self._d(1, 15) if delay is None else delay, text, truth, alt, sensor_id=sid,
                         reason=reason if state == "offline" else None)

    def cctv(self, when, sid, event, conf, text, truth, delay=None, alt=NOALT):
        obs = self.t(when)
        key = self._key("%s-%s-%s" % (sid, event, obs.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S")))
        return self._add(key, "event", "cctv", SENSORS[sid]["agency"], event, "Unknown", P(sid), obs,
                         self._d(4, 30) if delay is None else delay, text, truth, alt, sensor_id=sid,
                         confidence=conf)

    def police(self, when, category, severity, pos, text, truth, delay=None, alt=NOALT, follows=None):
        obs = self.t(when)
        key = self._key("TCPD-%s-%04d" % (obs.strftime("%Y%m%d"), self._next("police") + 100 * (self.num % 7)))
        return self._add(key, "event", "incident", "police", category, severity, pos, obs,
                         self._d(60, 300) if delay is None else delay, text, truth, alt, follows=follows)

    def c1999(self, when, category, pos, text, truth, delay=None, alt=NOALT, follows=None):
        obs = self.t(when)
        roc = obs.year - 1911
        key = self._key("1999-%d%s-%06d" % (roc, obs.strftime("%m%d"), 3000 + self._next("1999") * 7 + self.num % 97))
        return self._add(key, "event", "1999", "citizen", category, "Unknown", pos, obs,
                         self._d(45, 240) if delay is None else delay, text, truth, alt, follows=follows)

    def upd1999(self, when, case_key, pos, category, text, truth, delay=None, alt=NOALT):
        obs = self.t(when)
        key = self._key(case_key + "/u")
        return self._add(key, "event", "1999", "citizen", category, "Unknown", pos, obs,
                         self._d(20, 120) if delay is None else delay, text, truth, alt, follows=case_key)

    def f119(self, when, category, pos, text, truth, status=None, case=None, delay=None, alt=NOALT,
             severity="Unknown"):
        obs = self.t(when)
        if case is None:
            key = self._key("TFD-%s-%03d" % (obs.strftime("%Y%m%d"), 40 + self._next("119") * 3 + self.num % 11))
            follows = None
        else:
            key = self._key("%s/%s" % (case, status))
            follows = case
        return self._add(key, "event", "119", "fire", category, severity, pos, obs,
                         self._d(5, 40) if delay is None else delay, text, truth, alt, status=status,
                         follows=follows)

    def permit(self, issued, category, start, end, pos, text, truth, radius=None, alt=NOALT, pid=None):
        arr = self.t(issued)
        obs = self.t(start)
        key = self._key(pid or "PERMIT-%s-%s" % (obs.strftime("%Y%m%d"), category))
        return self._add(key, "event", "planned_event", "police", category, "Unknown", pos, obs, 0,
                         text, truth, alt, arrival_at=arr, ends=iso(self.t(end)), radius_m=radius)

    def dup(self, key, extra_s):
        src = [i for i in self.items if i["key"] == key][0]
        it = dict(src)
        arr = src["_arr"] + timedelta(seconds=extra_s)
        it["arrival"] = iso(arr)
        it["_arr"] = arr
        it["_ord"] = len(self.items)
        self.items.append(it)
        return key

    # ---- truth ----------------------------------------------------------
    def earliest(self, *keys):
        """The key among these whose first delivery arrives first."""
        its = [i for i in self.items if i["key"] in keys]
        return min(its, key=lambda i: (i["_arr"], i["_ord"]))["key"]

    def incident(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        """incidents: full list for the alternative reading, as (label, type, description, key)."""
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d, "sufficient_evidence_key": k}
            for (l, t, d, k) in incidents]}

    def same(self, *labels):
        """Incidents unchanged under the alternative reading, copied from the main list."""
        return [(i["label"], i["type"], i["description"], i["sufficient_evidence_key"])
                for i in self.incidents if i["label"] in labels]

    def write(self):
        items = sorted(self.items, key=lambda i: (i["_arr"], i["_ord"]))
        stem = "%04d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for it in items:
                row = {k: it[k] for k in FIELD_ORDER if k in it}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return stem, len(items)
