"""Helpers for the 1651-1662 situations: a small builder that writes one
situation's .jsonl (arrival order) and .truth.json. Standard library only."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

_SENSORS = None


def sensors():
    global _SENSORS
    if _SENSORS is None:
        with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
            d = json.load(f)
        _SENSORS = {}
        for ft in d["features"]:
            p = ft["properties"]
            lon, lat = ft["geometry"]["coordinates"][:2]
            _SENSORS[p["sensor_id"]] = {"lon": lon, "lat": lat, "kind": p["kind"],
                                       "agency": p["agency"], "name": p["name"],
                                       "meta": p.get("metadata") or {}}
    return _SENSORS


def dist_m(lon1, lat1, lon2, lat2):
    kx = 111320.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot((lon1 - lon2) * kx, (lat1 - lat2) * 110574.0)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_MISSING = object()
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Sit:
    """One situation. t0_local is Taichung local time (UTC+8) 'YYYY-MM-DD HH:MM'."""

    def __init__(self, num, name, t0_local, seed):
        self.num, self.name = num, name
        self.t0 = datetime.strptime(t0_local, "%Y-%m-%d %H:%M").replace(
            tzinfo=timezone(timedelta(hours=8)))
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = []
        self.description = ""
        self._n = 0

    # ---- time and place -------------------------------------------------
    def at(self, minutes):
        return self.t0 + timedelta(seconds=round(minutes * 60))

    def near(self, lon, lat, rmin=20, rmax=150):
        r = self.rng.uniform(rmin, rmax)
        a = self.rng.uniform(0, 2 * math.pi)
        kx = 111320.0 * math.cos(math.radians(lat))
        return (round(lon + r * math.cos(a) / kx, 6), round(lat + r * math.sin(a) / 110574.0, 6))

    # ---- items ---------------------------------------------------------
    def add(self, kind, feed, agency, category, severity, pos, obs, delay, text, truth,
            alt=_MISSING, sensor=None, key=None, **extra):
        """pos: (lon, lat); obs: minutes after t0 (source stamp); delay: seconds to arrival."""
        self._n += 1
        k = key or "%d-%03d" % (self.num, self._n)
        if sensor is not None:
            s = sensors()[sensor]
            if pos is None:
                pos = (s["lon"], s["lat"])
        o = self.at(obs)
        it = {"key": k, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": iso(o), "arrival": iso(o + timedelta(seconds=delay))}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for f in ("confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                  "permit_status", "gateway"):
            if f in extra and extra[f] is not None:
                v = extra[f]
                if f == "ends":
                    v = iso(self.at(v))
                it[f] = v
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_obs"] = o
        it["_arr"] = o + timedelta(seconds=delay)
        self.items.append(it)
        return k

    def dup(self, key, extra_delay):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        d["_arr"] = src["_arr"] + timedelta(seconds=extra_delay)
        d["arrival"] = iso(d["_arr"])
        self.items.append(d)
        return key

    # feed helpers
    def rule(self, sensor, category, level, obs, delay, text, truth, alt=_MISSING, severity=None, **kw):
        s = sensors()[sensor]
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}.get(
                category, {}).get(level, "Minor") if level else "Minor"
        return self.add("alert", "rule", s["agency"], category, severity, None, obs, delay, text,
                        truth, alt, sensor=sensor, level=level, **kw)

    def dev(self, feed, sensor, category, obs, delay, text, truth, alt=_MISSING, pos=None, **kw):
        s = sensors()[sensor]
        return self.add("event", feed, s["agency"], category, "Unknown", pos, obs, delay, text,
                        truth, alt, sensor=sensor, **kw)

    def cctv(self, sensor, category, conf, obs, delay, text, truth, alt=_MISSING, pos=None, agency=None):
        s = sensors()[sensor]
        return self.add("event", "cctv", agency or s["agency"], category, "Unknown", pos, obs, delay,
                        text, truth, alt, sensor=sensor, confidence=conf)

    def police(self, category, severity, pos, obs, delay, text, truth, alt=_MISSING, **kw):
        return self.add("event", "incident", "police", category, severity, pos, obs, delay, text,
                        truth, alt, **kw)

    def call(self, category, pos, obs, delay, text, truth, alt=_MISSING, **kw):
        return self.add("event", "1999", "citizen", category, "Unknown", pos, obs, delay, text,
                        truth, alt, **kw)

    def f119(self, category, pos, obs, delay, text, truth, alt=_MISSING, **kw):
        return self.add("event", "119", "fire", category, "Unknown", pos, obs, delay, text,
                        truth, alt, **kw)

    def permit(self, category, pos, start, end, issued_min_before, text, truth, alt=_MISSING, **kw):
        """start/end in minutes after t0; the permit reached the center issued_min_before earlier."""
        return self.add("event", "planned_event", "police", category, "Unknown", pos, start,
                        -issued_min_before * 60, text, truth, alt, ends=end, **kw)

    # ---- truth ----------------------------------------------------------
    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: i["_arr"])  # stable: ties keep creation order
        path = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(path + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps({k: v for k, v in it.items() if not k.startswith("_")},
                                   ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(path + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return path


def same_incidents(sit, labels_changed=None, drop=(), add=()):
    """Copy the main incident list for an alternative reading, dropping labels and adding new ones."""
    out = [dict(i) for i in sit.incidents if i["label"] not in drop]
    if labels_changed:
        for i in out:
            if i["label"] in labels_changed:
                i.update(labels_changed[i["label"]])
    out.extend(add)
    return out
