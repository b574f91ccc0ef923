"""Helpers for situations 651-662 (stdlib only, seeded)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

def _load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {x["properties"]["sensor_id"]: x for x in d["features"]}

SENSORS = _load_sensors()

def spos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return c[0], c[1]

def sagency(sid):
    return SENSORS[sid]["properties"]["agency"]

def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


OPTIONAL = ("sensor_id", "text", "confidence", "level", "follows", "ends")
REQUIRED = ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth")


class Sit:
    def __init__(self, num, name, t0, seed=None):
        self.num, self.name = num, name
        self.t0 = datetime.strptime(t0, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.byk = {}

    def K(self, k):
        return f"{self.num}-{k}"

    def at(self, m):
        return self.t0 + timedelta(seconds=round(m * 60))

    def scatter(self, lon, lat, lo=30, hi=200):
        r = self.rng.uniform(lo, hi)
        a = self.rng.uniform(0, 2 * math.pi)
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def add(self, key, kind, feed, agency, category, severity, lon, lat, obs, arr,
            truth, alt="__none__", obs_dt=None, **kw):
        it = {"key": self.K(key), "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs_dt) if obs_dt else iso(self.at(obs)),
              "arrival": iso(self.at(arr))}
        for k, v in kw.items():
            if k not in OPTIONAL:
                continue  # agency extras (unit, status) are not part of the item line
            if v is None:
                continue
            if k == "follows":
                v = self.K(v)
            if k == "ends":
                v = iso(self.at(v))
            it[k] = v
        it["truth"] = truth
        if alt != "__none__":
            it["truth_alt"] = alt
        self.items.append(it)
        self.byk[it["key"]] = it
        return it

    # sensor rule alert
    def rule(self, key, sid, cat, obs, delay=0.4, truth=None, level=None, text=None, sev=None, **kw):
        lon, lat = spos(sid)
        if sev is None:
            sev = {"flood_depth": FLOOD_SEV.get(level), "water_level": WL_SEV.get(level),
                   "heavy_rain": RAIN_SEV.get(level), "congestion": "Moderate",
                   "sensor_offline": "Minor"}.get(cat, "Unknown")
        return self.add(key, "alert", "rule", sagency(sid), cat, sev, lon, lat, obs, obs + delay,
                        truth, sensor_id=sid, text=text, level=level, **kw)

    # device event (fire_alarm, signal, parking, cctv, status)
    def dev(self, key, feed, sid, cat, obs, delay=0.2, truth=None, text=None, agency=None, **kw):
        lon, lat = spos(sid)
        return self.add(key, "event", feed, agency or sagency(sid), cat, "Unknown", lon, lat, obs,
                        obs + delay, truth, sensor_id=sid, text=text, **kw)

    # agency event (incident, 119, planned_event)
    def ev(self, key, feed, agency, cat, sev, lon, lat, obs, delay, truth, text, **kw):
        return self.add(key, "event", feed, agency, cat, sev, lon, lat, obs, obs + delay, truth,
                        text=text, **kw)

    # 1999 citizen case, scattered around a point, keyed some minutes after the call
    def call(self, key, cat, lon, lat, obs, truth, text, keyed=None, lo=30, hi=200, exact=False, **kw):
        if keyed is None:
            keyed = self.rng.uniform(2, 9)
        if not exact:
            lon, lat = self.scatter(lon, lat, lo, hi)
        return self.add(key, "event", "1999", "citizen", cat, "Unknown", lon, lat, obs, obs + keyed,
                        truth, text=text, **kw)

    def dup(self, key, extra):
        src = self.byk[self.K(key)]
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(seconds=round(extra * 60)))
        self.items.append(d)
        return d

    def write(self, description, incidents, alt=None, notes=None):
        amap = (alt or {}).get("map", {})
        for it in self.items:
            if "truth_alt" not in it and it["truth"] in amap:
                it["truth_alt"] = amap[it["truth"]]
        items = sorted(self.items, key=lambda x: x["arrival"])  # stable: ties keep creation order
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": description,
                 "incidents": [dict(i, sufficient_evidence_key=self.K(i["sufficient_evidence_key"])) for i in incidents]}
        if alt:
            truth["alternative_reading"] = {"why": alt["why"], "incidents": [
                dict(i, sufficient_evidence_key=self.K(i["sufficient_evidence_key"])) for i in alt["incidents"]]}
        if notes:
            truth["notes"] = notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)
