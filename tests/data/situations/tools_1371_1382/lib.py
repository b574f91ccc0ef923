"""Helpers for the o1371 labelled situations (standard library only)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TZ = timezone(timedelta(hours=8))
MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "kind": p["kind"], "agency": p["agency"],
                               "name": p.get("name", ""), "gateway": (p.get("metadata") or {}).get("gateway")}
    return out


SENSORS = load_sensors()

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "planned_event": "police", "1999": "citizen", "119": "fire"}
RULE_SEV = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
            "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
            "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}


def offset(lon, lat, dist_m, bearing_deg):
    """A point dist_m from (lon, lat) towards bearing (0 = north, 90 = east)."""
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / 111320.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num, self.name = num, name
        self.day0 = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.keys = set()

    def at(self, s):
        """'23:40' or '+1 06:10' (next day) local time -> aware datetime (seconds jittered)."""
        day = 0
        if s.startswith("+"):
            d, s = s.split()
            day = int(d[1:])
        h, m = s.split(":")[:2]
        sec = int(s.split(":")[2]) if s.count(":") == 2 else self.rng.randint(0, 59)
        return self.day0 + timedelta(days=day, hours=int(h), minutes=int(m), seconds=sec)

    def near(self, where, dist, bearing=None):
        lon, lat = self.pos(where)
        if bearing is None:
            bearing = self.rng.uniform(0, 360)
        return offset(lon, lat, dist, bearing)

    @staticmethod
    def pos(where):
        if isinstance(where, str):
            s = SENSORS[where]
            return s["lon"], s["lat"]
        return where

    def add(self, key, feed, category, truth, t, where=None, *, delay=None, sev=None, text=None,
            level=None, follows=None, ends=None, radius=None, reason=None, status=None,
            conf=None, alt=MISSING, dups=(), skew=0.0, sensor=None):
        """t: local time string or datetime (true time); delay minutes to arrival; skew minutes
        added to the source's stamp (a wrong device clock); dups: extra arrival delays (min)."""
        if key in self.keys:
            raise ValueError("duplicate key %s" % key)
        self.keys.add(key)
        when = self.at(t) if isinstance(t, str) else t
        sensor_feeds = ("rule", "fire_alarm", "signal", "parking", "status", "cctv")
        if feed in sensor_feeds:
            sensor = sensor or where
            lon, lat = self.pos(sensor)
            agency = SENSORS[sensor]["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
        else:
            lon, lat = self.pos(where)
            agency = FEED_AGENCY[feed]
        if delay is None:
            delay = {"rule": 1.0, "status": 0.5, "fire_alarm": 0.2, "signal": 0.5, "parking": 2.0,
                     "cctv": 0.3, "incident": 6.0, "1999": 4.0, "119": 0.5, "planned_event": 0.0}[feed]
            delay = delay * self.rng.uniform(0.6, 1.6)
        if sev is None:
            if feed == "rule" and category in RULE_SEV:
                sev = RULE_SEV[category][level]
            elif feed == "rule":
                sev = "Minor"
            elif feed == "incident":
                sev = "Moderate"
            else:
                sev = "Unknown"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(when + timedelta(minutes=skew))}
        arr = when + timedelta(minutes=delay)
        if feed == "planned_event" and ends is None:
            raise ValueError("planned event needs ends")
        it["arrival"] = iso(arr)
        if sensor:
            it["sensor_id"] = sensor
        if text:
            it["text"] = text
        for k, v in (("confidence", conf), ("reason", reason), ("status", status), ("level", level),
                     ("follows", follows), ("radius_m", radius)):
            if v is not None:
                it[k] = v
        if ends is not None:
            it["ends"] = iso(self.at(ends) if isinstance(ends, str) else ends)
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        for d in dups:
            c = dict(it)
            c["arrival"] = iso(arr + timedelta(minutes=d))
            self.items.append(c)
        return it

    # shorthands -------------------------------------------------------------
    def rule(self, key, sensor, cat, truth, t, level=None, **kw):
        return self.add(key, "rule", cat, truth, t, sensor, level=level, **kw)

    def off(self, key, sensor, truth, t, reason=None, **kw):
        return self.add(key, "status", "offline", truth, t, sensor, reason=reason, **kw)

    def on(self, key, sensor, truth, t, **kw):
        return self.add(key, "status", "online", truth, t, sensor, **kw)

    def write(self, description, incidents, alternative=None, notes=None):
        self.items.sort(key=lambda i: (i["arrival"], i["key"]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": description,
                 "incidents": [dict(zip(("label", "type", "description", "sufficient_evidence_key"), i))
                               for i in incidents]}
        if alternative:
            why, alt_inc = alternative
            truth["alternative_reading"] = {"why": why, "incidents": [
                dict(zip(("label", "type", "description", "sufficient_evidence_key"), i)) for i in alt_inc]}
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base, len(self.items), len(incidents)
