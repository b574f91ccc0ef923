"""Helpers for the 1111-1122 situation generator (seeded, stdlib only)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TW = timezone(timedelta(hours=8))

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "reason",
               "status", "level", "follows", "ends", "radius_m", "gateway",
               "truth", "truth_alt"]
_UNSET = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"],
                               "name": p.get("name", ""),
                               "lon": feat["geometry"]["coordinates"][0],
                               "lat": feat["geometry"]["coordinates"][1],
                               "metadata": p.get("metadata") or {}}
    return out


SENSORS = load_sensors()


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, dx_m, dy_m):
    """Move a WGS84 point by metres east/north (local flat approximation, fine at < 5 km)."""
    dlat = dy_m / 111_320.0
    dlon = dx_m / (111_320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


class Situation:
    def __init__(self, number, name, date, description):
        self.number = number
        self.name = name
        self.date = date  # local date 'YYYY-MM-DD' of the situation's start
        self.description = description
        self.rng = random.Random(number)
        self.items = []
        self.n = 0
        self.incidents = []
        self.alt = None
        self.notes = None

    # -- time -------------------------------------------------------------
    def t(self, hhmm, day=0):
        """Local Taichung time on the situation's date (+day) -> aware datetime."""
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        base = datetime.strptime(self.date, "%Y-%m-%d").replace(tzinfo=TW)
        return base + timedelta(days=day, hours=parts[0], minutes=parts[1], seconds=parts[2])

    def _key(self):
        self.n += 1
        return f"s{self.number}-{self.n:03d}"

    def scatter(self, lon, lat, r_min, r_max):
        ang = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(r_min, r_max)
        return offset(lon, lat, r * math.cos(ang), r * math.sin(ang))

    # -- items ------------------------------------------------------------
    def _add(self, item, truth, alt):
        item["truth"] = truth
        if alt is not _UNSET:
            item["truth_alt"] = alt
        self.items.append(item)
        return item["key"]

    def sensor(self, feed, category, sensor_id, when, text, truth, alt=_UNSET,
               severity="Unknown", delay=(8, 50), level=None, confidence=None,
               reason=None, day=0):
        s = SENSORS[sensor_id]
        obs = self.t(when, day)
        arr = obs + timedelta(seconds=self.rng.randint(*delay))
        agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
        item = {"key": self._key(), "kind": "alert" if feed == "rule" else "event",
                "feed": feed, "agency": agency, "category": category,
                "severity": severity, "lon": s["lon"], "lat": s["lat"],
                "observed": iso(obs), "arrival": iso(arr), "_arr": arr,
                "sensor_id": sensor_id, "text": text}
        if confidence is not None:
            item["confidence"] = confidence
        if reason is not None:
            item["reason"] = reason
        if level is not None:
            item["level"] = level
        return self._add(item, truth, alt)

    def congestion(self, vd, when, speed, occ, truth, alt=_UNSET, severity="Minor", delay=(20, 70), day=0):
        name = SENSORS[vd]["name"]
        text = f"{name} 平均車速 {speed} km/h、占有率 {occ}%，持續5分鐘低於壅塞門檻"
        return self.sensor("rule", "congestion", vd, when, text, truth, alt, severity=severity,
                           delay=delay, day=day)

    def cleared(self, sensor_id, when, text, truth, alt=_UNSET, day=0):
        return self.sensor("rule", "cleared", sensor_id, when, text, truth, alt,
                           severity="Minor", delay=(20, 70), day=day)

    def report(self, feed, category, lon, lat, when, text, truth, alt=_UNSET,
               severity="Unknown", delay=(60, 180), scatter=None, status=None,
               follows=None, day=0, arrival=None, ends=None, radius_m=None):
        obs = self.t(when, day)
        if arrival is not None:
            arr = arrival
        else:
            arr = obs + timedelta(seconds=self.rng.randint(*delay))
        if scatter:
            lon, lat = self.scatter(lon, lat, *scatter)
        item = {"key": self._key(), "kind": "event", "feed": feed,
                "agency": FEED_AGENCY[feed], "category": category, "severity": severity,
                "lon": round(lon, 6), "lat": round(lat, 6), "observed": iso(obs),
                "arrival": iso(arr), "_arr": arr, "text": text}
        if status is not None:
            item["status"] = status
        if follows is not None:
            item["follows"] = follows
        if ends is not None:
            item["ends"] = iso(ends)
        if radius_m is not None:
            item["radius_m"] = radius_m
        return self._add(item, truth, alt)

    def dup(self, key, extra_s):
        """A duplicated delivery: every field the same but arrival."""
        orig = next(i for i in self.items if i["key"] == key)
        copy = dict(orig)
        copy["_arr"] = orig["_arr"] + timedelta(seconds=extra_s)
        copy["arrival"] = iso(copy["_arr"])
        self.items.append(copy)
        return key

    def pos(self, sensor_id):
        s = SENSORS[sensor_id]
        return s["lon"], s["lat"]

    # -- truth ------------------------------------------------------------
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # -- output -----------------------------------------------------------
    def write(self, out_dir=OUT):
        stem = f"{self.number}_{self.name}"
        items = sorted(self.items, key=lambda i: (i["_arr"], i["key"]))
        with open(os.path.join(out_dir, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                row = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return stem, len(items)
