"""Shared helpers for the o1211 situation generators (standard library only).

A situation is built as a list of items in *observation* order; `Sit.write()` sorts them
into arrival order, adds re-deliveries and writes NNNN_name.jsonl and NNNN_name.truth.json.
Everything random comes from one seeded random.Random per situation, so the output is
byte-identical from run to run.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TPE = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for feat in d["features"]:
        p = feat["properties"]
        out[p["sensor_id"]] = {
            "kind": p["kind"],
            "agency": p["agency"],
            "name": p["name"],
            "lon": feat["geometry"]["coordinates"][0],
            "lat": feat["geometry"]["coordinates"][1],
            "meta": p.get("metadata") or {},
        }
    return out


SENSORS = load_sensors()

# Places people name (positions from the registry or DOMAIN.md section 1.2 anchors).
P = {
    "黎明凱旋口": (120.64904, 24.19365),
    "凱旋環中口": (120.64766, 24.19659),
    "台74環中口": (120.6472, 24.19586),
    "中科環中口": (120.65217, 24.19785),
    "經貿環中口": (120.65345, 24.19848),
    "經貿黎明口": (120.65496, 24.19582),
    "經貿七路口": (120.65685, 24.19247),
    "中清環中口": (120.657242, 24.198897),
    "河南中平口": (120.650315, 24.171058),
    "經貿中平口": (120.660376, 24.173594),
    "轉運中心": (120.6528, 24.1972),
    "會展A": (120.6546, 24.1948),
    "會展B": (120.6556, 24.194),
    "綠美圖": (120.657, 24.1915),
    "營運塔": (120.6585, 24.193),
    "流行影音中心": (120.652, 24.185),
    "公園停車場": (120.6566, 24.188),
    "水資中心": (120.659, 24.1765),
    "逢甲水湳": (120.652, 24.179),
    "中國醫水湳": (120.6592, 24.1735),
    "生態A": (120.6588, 24.184),
    "生態B": (120.659, 24.1815),
    "河南停車場": (120.653, 24.1745),
    "河南低窪": (120.6528, 24.1742),
    "經貿低窪": (120.6596, 24.1825),
    "黎明凱旋低窪": (120.6475, 24.193),
    "中清地下道": (120.657242, 24.198897),
}

MISSING = object()

DEFAULT_DELAY = {  # seconds between the source's stamp and the center's receipt
    "rule": (15, 70), "fire_alarm": (2, 15), "signal": (3, 25), "parking": (30, 110),
    "incident": (60, 300), "cctv": (4, 20), "1999": (70, 240), "status": (3, 30),
    "119": (10, 50), "planned_event": (0, 0),
}
DEFAULT_FEED_KIND = {"rule": "alert"}


def offset(lon, lat, dist_m, bearing_deg):
    """Point dist_m metres from (lon, lat) on bearing_deg (0 = north, 90 = east)."""
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / 111320.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, start_local, seed):
        self.num = num
        self.name = name
        self.t0 = datetime.strptime(start_local, "%Y-%m-%d %H:%M").replace(tzinfo=TPE)
        self.rng = random.Random(seed)
        self.items = []
        self.by_key = {}
        self.seq = {}
        self.dups = []

    # ----- positions -----
    def pos(self, where, dist=None, bearing=None):
        """where: a name of P, a sensor id or a (lon, lat); dist/bearing scatter it."""
        if isinstance(where, str):
            lon, lat = P[where] if where in P else (SENSORS[where]["lon"], SENSORS[where]["lat"])
        else:
            lon, lat = where
        if dist:
            if bearing is None:
                bearing = self.rng.uniform(0, 360)
            d = dist * self.rng.uniform(0.85, 1.15)
            return offset(lon, lat, d, bearing)
        return round(lon, 6), round(lat, 6)

    # ----- items -----
    def _key(self, feed):
        n = self.seq.get(feed, 0) + 1
        self.seq[feed] = n
        short = {"planned_event": "permit", "fire_alarm": "fa", "incident": "pol"}.get(feed, feed)
        return "%d-%s-%03d" % (self.num, short, n)

    def add(self, feed, agency, category, minute, lonlat, text, truth, sev="Unknown",
            alt=MISSING, delay=None, skew=0, sensor_id=None, **extra):
        key = self._key(feed)
        real = self.t0 + timedelta(seconds=round(minute * 60))
        if delay is None:
            lo, hi = DEFAULT_DELAY[feed]
            delay = self.rng.randint(lo, hi) if hi else 0
        observed = real + timedelta(seconds=skew)
        arrival = real + timedelta(seconds=delay)
        it = {"key": key, "kind": DEFAULT_FEED_KIND.get(feed, "event"), "feed": feed,
              "agency": agency, "category": category, "severity": sev,
              "lon": lonlat[0], "lat": lonlat[1],
              "observed": iso(observed), "arrival": iso(arrival)}
        if sensor_id:
            it["sensor_id"] = sensor_id
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        self.by_key[key] = it
        return key

    def sensor(self, feed, sid, category, minute, text, truth, sev="Unknown", **kw):
        s = SENSORS[sid]
        return self.add(feed, s["agency"], category, minute, (s["lon"], s["lat"]), text, truth,
                        sev=sev, sensor_id=sid, **kw)

    def rule(self, sid, category, minute, text, truth, sev, level=None, **kw):
        return self.sensor("rule", sid, category, minute, text, truth, sev=sev, level=level, **kw)

    def status(self, sid, state, minute, text, truth, reason=None, **kw):
        return self.sensor("status", sid, state, minute, text, truth, reason=reason, **kw)

    def cctv(self, sid, category, minute, conf, text, truth, **kw):
        return self.sensor("cctv", sid, category, minute, text, truth, confidence=conf, **kw)

    def call(self, category, minute, where, text, truth, dist=None, bearing=None, **kw):
        return self.add("1999", "citizen", category, minute, self.pos(where, dist, bearing),
                        text, truth, **kw)

    def police(self, category, sev, minute, where, text, truth, dist=None, bearing=None, **kw):
        return self.add("incident", "police", category, minute, self.pos(where, dist, bearing),
                        text, truth, sev=sev, **kw)

    def f119(self, category, minute, where, text, truth, status=None, dist=None, bearing=None, **kw):
        return self.add("119", "fire", category, minute, self.pos(where, dist, bearing), text,
                        truth, status=status, **kw)

    def permit(self, category, start_min, end_min, where, text, truth, arrive_min, radius=None, **kw):
        key = self.add("planned_event", "police", category, start_min, self.pos(where), text, truth,
                       delay=round((arrive_min - start_min) * 60), radius_m=radius, **kw)
        it = self.by_key[key]
        it["ends"] = iso(self.t0 + timedelta(minutes=end_min))
        # keep `ends` before `truth` for readability
        t = it.pop("truth")
        ta = it.pop("truth_alt", MISSING)
        it["truth"] = t
        if ta is not MISSING:
            it["truth_alt"] = ta
        return key

    def dup(self, key, extra_s):
        """Re-deliver item `key` extra_s seconds after its first arrival."""
        self.dups.append((key, extra_s))

    # ----- output -----
    def write(self, description, incidents, alt=None, notes=None):
        rows = list(self.items)
        for key, extra in self.dups:
            it = dict(self.by_key[key])
            a = datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            it["arrival"] = iso(a + timedelta(seconds=extra))
            rows.append(it)
        rows.sort(key=lambda r: (r["arrival"], r["key"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": description,
                 "incidents": incidents}
        if alt:
            drop = set(alt.get("drop", []))
            repl = {i["label"]: i for i in alt.get("replace", [])}
            inc = [repl.get(i["label"], i) for i in incidents if i["label"] not in drop]
            inc += alt.get("add", [])
            truth["alternative_reading"] = {"why": alt["why"], "incidents": inc}
        if notes:
            truth["notes"] = notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return rows


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}
