"""Helpers for situations 2031-2042 (roads and devices)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
TZ = timezone(timedelta(hours=8))
_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: ft for ft in d["features"]}


SENSORS = load_sensors()
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_TAG = {"rule": "ALR", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "incident": "POL",
            "cctv": "CCTV", "1999": "1999", "status": "STA", "119": "119", "planned_event": "PE"}


def pos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return c[0], c[1]


def off(p, dx, dy):
    """p moved dx metres east, dy metres north."""
    lon, lat = p
    return (round(lon + dx / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy / 110574.0, 6))


def lerp(a, b, f):
    return (round(a[0] + (b[0] - a[0]) * f, 6), round(a[1] + (b[1] - a[1]) * f, 6))


def dist(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians(a[1]))
    dy = (a[1] - b[1]) * 110574.0
    return math.hypot(dx, dy)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, date, seed):
        self.num, self.name = num, name
        self.date = date  # "2025-03-14" local date
        self.rng = random.Random(seed)
        self.items = []   # (arrival_dt, seq, dict)
        self.n = 0
        self.incidents = []
        self.alt = None
        self.description = ""
        self.notes = ""
        self.seq = 0

    def t(self, hhmm, day=0):
        parts = [int(x) for x in hhmm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        d = datetime.fromisoformat(self.date).replace(hour=parts[0], minute=parts[1], second=parts[2], tzinfo=TZ)
        return d + timedelta(days=day)

    def add(self, feed, category, where, obs, delay, text, truth, sev="Unknown", sensor=None,
            agency=None, alt=_MISSING, dups=(), **extra):
        """where: sensor id or (lon,lat); obs: local 'HH:MM[:SS]' or datetime; delay: seconds to arrival."""
        self.n += 1
        key = f"{self.num}-{FEED_TAG[feed]}-A{self.n:04d}"
        if isinstance(where, str):
            sensor = where
            lon, lat = pos(where)
        else:
            lon, lat = where
        if sensor is not None and agency is None:
            agency = SENSORS[sensor]["properties"]["agency"]
        if agency is None:
            agency = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police",
                      "cctv": "police", "signal": "traffic", "parking": "traffic", "fire_alarm": "disaster"}[feed]
        o = self.t(obs) if isinstance(obs, str) else obs
        a = o + timedelta(seconds=delay)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(o), "arrival": iso(a)}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            it[k] = iso(v) if isinstance(v, datetime) else v
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.seq += 1
        self.items.append((a, self.seq, it))
        for d in dups:
            c = dict(it)
            c["arrival"] = iso(a + timedelta(seconds=d))
            self.seq += 1
            self.items.append((a + timedelta(seconds=d), self.seq, c))
        return key

    # shorthands -------------------------------------------------------
    def cong(self, vd, obs, delay, speed, truth, sev="Moderate", **kw):
        name = SENSORS[vd]["properties"]["name"]
        return self.add("rule", "congestion", vd, obs, delay, f"{name} 平均車速降至 {speed} km/h，車流壅塞", truth, sev, **kw)

    def offline_alert(self, sid, obs, delay, truth, reason=None, **kw):
        name = SENSORS[sid]["properties"]["name"]
        extra = {}
        return self.add("rule", "sensor_offline", sid, obs, delay, f"{name} 超過預期時間未回傳資料", truth, "Minor", **kw)

    def status(self, sid, state, obs, delay, truth, reason=None, **kw):
        name = SENSORS[sid]["properties"]["name"]
        if state == "offline":
            words = {None: "離線", "mains_power_lost": "離線（市電中斷）", "comms_lost": "離線（通訊中斷）",
                     "maintenance": "離線（計畫性維護）", "battery_low": "離線（電池電量低）",
                     "device_fault": "離線（設備故障）"}[reason]
            if reason:
                kw["reason"] = reason
            return self.add("status", "offline", sid, obs, delay, f"{name} {words}", truth, **kw)
        return self.add("status", "online", sid, obs, delay, f"{name} 恢復連線", truth, **kw)

    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def write(self):
        self.items.sort(key=lambda x: (x[0], x[1]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for _, _, it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        tr = {"situation": f"{self.num}_{self.name}", "description": self.description,
              "incidents": self.incidents}
        if self.alt:
            tr["alternative_reading"] = self.alt
        if self.notes:
            tr["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(tr, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base
