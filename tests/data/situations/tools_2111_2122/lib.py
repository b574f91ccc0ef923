"""Shared helpers for situations 2111-2122 (standard library only)."""
import datetime as dt
import json
import math
import os
import random

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

SENSORS = {}
with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    for f in json.load(fh)["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        SENSORS[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"],
                                   "kind": p["kind"], "name": p["name"],
                                   "gateway": (p.get("metadata") or {}).get("gateway")}

TAG = {"1999": "1999", "119": "119", "incident": "POL", "cctv": "CCTV", "rule": "RULE",
       "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "status": "ST",
       "planned_event": "PE"}
DEFAULT_AGENCY = {"1999": "citizen", "119": "fire", "incident": "police",
                  "planned_event": "police"}
TZ = dt.timedelta(hours=8)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed, description, notes):
        self.num, self.name = num, name
        self.rng = random.Random(seed)
        y, m, d = map(int, date.split("-"))
        self.day = dt.datetime(y, m, d) - TZ  # local midnight, in UTC
        self.items, self.seq, self.by_key = [], 0, {}
        self.incidents, self.alt = [], None
        self.description, self.notes = description, notes

    def t(self, hm):
        """local 'HH:MM[:SS]' (hours may exceed 23 for the next day) -> UTC datetime"""
        parts = [int(x) for x in hm.split(":")] + [0]
        return self.day + dt.timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])

    def scatter(self, lon, lat, lo, hi):
        r = self.rng.uniform(lo, hi)
        a = self.rng.uniform(0, 2 * math.pi)
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def add(self, feed, category, at, text, truth=None, *, sensor=None, near=None,
            spread=(20, 120), lon=None, lat=None, severity="Unknown", delay=None,
            arrival=None, observed=None, agency=None, **extra):
        self.seq += 1
        key = f"{self.num}-{TAG[feed]}-A{self.seq:04d}"
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = agency or s["agency"]
        elif near is not None:
            lon, lat = self.scatter(near[0], near[1], *spread)
        agency = agency or DEFAULT_AGENCY[feed]
        obs = self.t(at) if observed is None else observed
        if arrival is not None:
            arr = self.t(arrival)
        else:
            arr = obs + dt.timedelta(seconds=delay if delay is not None else self.rng.randint(8, 75))
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed,
              "agency": agency, "category": category, "severity": severity,
              "lon": lon, "lat": lat, "observed": iso(obs), "arrival": iso(arr)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "alt":
                it["truth_alt"] = v
            else:
                it[k] = v
        it["truth"] = truth
        if "truth_alt" in it:  # keep truth_alt after truth
            it["truth_alt"] = it.pop("truth_alt")
        self.items.append(it)
        self.by_key[key] = it
        return key

    def at_sensor(self, sid):
        s = SENSORS[sid]
        return (s["lon"], s["lat"])

    def dup(self, key, after_s):
        it = dict(self.by_key[key])
        arr = dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=after_s)
        it["arrival"] = iso(arr)
        self.items.append(it)

    def incident(self, label, typ, desc, key):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for i in order:
                fh.write(json.dumps(self.items[i], ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}
