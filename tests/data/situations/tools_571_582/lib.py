"""Helpers for the situation generators 571-582 (plain Python 3 stdlib).

A Sit collects items, sorts them by arrival (stable) and writes
NNN_name.jsonl and NNN_name.truth.json next to the tools folder.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.environ.get("SITUATION_OUT_DIR", os.path.join(HERE, ".."))

TZ = timezone(timedelta(hours=8))
_MISSING = object()

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "level",
               "follows", "ends", "truth", "truth_alt"]

KIND_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name")}
    return out


SENSORS = load_sensors()

# named places (lon, lat), read off roads.geojson / sensors.geojson
P = {
    "jm_lm": (120.65496, 24.19582),      # 經貿路二段/黎明路三段
    "jm_j7": (120.65685, 24.19247),      # 經貿路二段/經貿七路
    "jm_works": (120.65590, 24.19415),   # 經貿路二段 between 黎明路 and 經貿七路
    "jm_hz": (120.65345, 24.19848),      # 經貿路/環中路
    "zk_hz": (120.65217, 24.19785),      # 中科路/環中路
    "kx_hz": (120.64766, 24.19659),      # 凱旋路/環中路
    "t74_hz": (120.64720, 24.19586),     # 台74線/環中路
    "zq_hz": (120.65724, 24.19890),      # 中清路/環中路
    "lm_kx": (120.64904, 24.19365),      # 黎明路/凱旋路
    "zk_mid": (120.65280, 24.19350),     # 中科路 between 環中路 and 黎明路
    "jm3_a": (120.65870, 24.18550),      # 經貿路三段 by eco block A
    "jm_zp": (120.66040, 24.17360),      # 經貿路/中平路
    "hn_zp": (120.65032, 24.17106),      # 河南路/中平路
    "hn_pk": (120.65250, 24.17300),      # 河南路 by 河南路停車場
    "zp_mid": (120.65700, 24.17220),     # 中平路 between 河南路 and 經貿路
    "tw_hz": (120.63188, 24.17485),      # 臺灣大道/環中路
    "hub": (120.65280, 24.19720),        # 水湳轉運中心
    "kx_mid": (120.65000, 24.19100),     # 凱旋路 south of 黎明路
    "zq_mid": (120.66220, 24.19050),     # 中清路 east of the zone
    "park_n": (120.65640, 24.18800),     # 中央公園北
}


class Sit:
    def __init__(self, number, name, date, seed=None):
        self.number = number
        self.name = name
        self.date = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else number)
        self.items = []
        self.by_key = {}
        self.incidents = []
        self.alt = None
        self.description = ""
        self.notes = None
        self.counter = {}

    # ---- time -------------------------------------------------------------
    def t(self, hhmm):
        """'HH:MM[:SS]' local, optionally prefixed '+1 ' or '-1 ' for another day."""
        day = 0
        if hhmm[0] in "+-":
            d, hhmm = hhmm.split(" ", 1)
            day = int(d)
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.date + timedelta(days=day, hours=parts[0], minutes=parts[1], seconds=parts[2])

    @staticmethod
    def iso(dt):
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    # ---- space ------------------------------------------------------------
    def near(self, place, min_m, max_m):
        lon, lat = P[place] if isinstance(place, str) else place
        r = self.rng.uniform(min_m, max_m)
        a = self.rng.uniform(0, 2 * math.pi)
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return (round(lon + dlon, 6), round(lat + dlat, 6))

    # ---- items ------------------------------------------------------------
    def _key(self, prefix):
        n = self.counter.get(prefix, 0) + 1
        self.counter[prefix] = n
        return "%d-%s-%03d" % (self.number, prefix, n)

    def add(self, key, kind, feed, agency, category, severity, lonlat, observed, arrival,
            truth, alt=_MISSING, sensor_id=None, text=None, confidence=None, level=None,
            follows=None, ends=None):
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": lonlat[0], "lat": lonlat[1],
              "observed": self.iso(observed), "arrival": self.iso(arrival)}
        if sensor_id is not None:
            it["sensor_id"] = sensor_id
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = self.iso(ends)
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        assert key not in self.by_key, key
        self.by_key[key] = it
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        """A duplicated delivery: same key and fields, later arrival."""
        src = dict(self.by_key[key])
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        src["arrival"] = self.iso(arr + timedelta(seconds=extra_s))
        self.items.append(src)

    def sensor(self, sid, category, obs, delay, truth, alt=_MISSING, text=None, confidence=None,
               key=None, observed_override=None):
        s = SENSORS[sid]
        feed = KIND_FEED[s["kind"]]
        key = key or self._key(feed)
        o = self.t(obs)
        stamped = self.t(observed_override) if observed_override else o
        return self.add(key, "event", feed, s["agency"], category, "Unknown", (s["lon"], s["lat"]),
                        stamped, o + timedelta(seconds=delay), truth, alt, sensor_id=sid, text=text,
                        confidence=confidence)

    def rule(self, sid, category, severity, obs, delay, truth, alt=_MISSING, text=None, level=None,
             key=None):
        s = SENSORS[sid]
        key = key or self._key("rule")
        o = self.t(obs)
        return self.add(key, "alert", "rule", s["agency"], category, severity, (s["lon"], s["lat"]),
                        o, o + timedelta(seconds=delay), truth, alt, sensor_id=sid, text=text,
                        level=level)

    def status(self, sid, state, obs, delay, truth, alt=_MISSING, text=None, key=None,
               observed_override=None):
        s = SENSORS[sid]
        key = key or self._key("status")
        o = self.t(obs)
        stamped = self.t(observed_override) if observed_override else o
        return self.add(key, "event", "status", s["agency"], state, "Unknown", (s["lon"], s["lat"]),
                        stamped, o + timedelta(seconds=delay), truth, alt, sensor_id=sid, text=text)

    def police(self, category, severity, where, obs, delay, text, truth, alt=_MISSING, key=None,
               follows=None, spread=(5, 40)):
        key = key or self._key("pol")
        o = self.t(obs)
        ll = self.near(where, *spread) if spread else (P[where] if isinstance(where, str) else where)
        return self.add(key, "event", "incident", "police", category, severity, ll, o,
                        o + timedelta(seconds=delay), truth, alt, text=text, follows=follows)

    def c1999(self, category, where, obs, delay, text, truth, alt=_MISSING, key=None,
              follows=None, spread=(30, 250)):
        key = key or self._key("1999")
        o = self.t(obs)
        ll = self.near(where, *spread)
        return self.add(key, "event", "1999", "citizen", category, "Unknown", ll, o,
                        o + timedelta(seconds=delay), truth, alt, text=text, follows=follows)

    def f119(self, category, where, obs, delay, text, truth, alt=_MISSING, key=None, follows=None,
             spread=(5, 60)):
        key = key or self._key("119")
        o = self.t(obs)
        ll = self.near(where, *spread)
        return self.add(key, "event", "119", "fire", category, "Unknown", ll, o,
                        o + timedelta(seconds=delay), truth, alt, text=text, follows=follows)

    def permit(self, category, where, start, end, issued, text, truth=None, alt=_MISSING, key=None,
               follows=None):
        key = key or self._key("permit")
        ll = P[where] if isinstance(where, str) else where
        return self.add(key, "event", "planned_event", "police", category, "Unknown", ll,
                        self.t(start), self.t(issued), truth, alt, text=text, ends=self.t(end),
                        follows=follows)

    def congestion(self, sid, severity, obs, delay, truth, alt=_MISSING, text=None, key=None):
        return self.rule(sid, "congestion", severity, obs, delay, truth, alt, text=text, key=key)

    # ---- truth ------------------------------------------------------------
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # ---- output -----------------------------------------------------------
    def write(self):
        items = sorted(self.items, key=lambda it: it["arrival"])  # stable: insertion order on ties
        base = "%03d_%s" % (self.number, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                ordered = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return base, len(items)


def inc(label, type_, description, sufficient):
    return {"label": label, "type": type_, "description": description,
            "sufficient_evidence_key": sufficient}
