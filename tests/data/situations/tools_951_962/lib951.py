"""Helpers for the 951-962 generator (standard library only)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

TZ8 = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "lon": lon, "lat": lat,
                               "name": p.get("name")}
    return out


SENSORS = load_sensors()

# named places (lon, lat); sensor-anchored where a sensor stands there
PL = {
    "fair": (120.6560, 24.1905),      # 中央公園北側草坪至會展中心前廣場 (fair centre)
    "stall": (120.6563, 24.1911),     # 美食區 B-37
    "glm": (120.6570, 24.1915),       # 綠美圖
    "hallA": (120.6546, 24.1948),
    "hallB": (120.6556, 24.1940),
    "hub": (120.6528, 24.1972),
    "hub_bus": (120.6532, 24.1968),
    "blockA": (120.6588, 24.1840),
    "blockB": (120.6590, 24.1815),
    "park_mid": (120.6562, 24.1830),
    "park_s": (120.6560, 24.1772),
    "henan_main": (120.6522, 24.1738),
    "hz74": (120.6472, 24.19586),
    "hz_kx": (120.64766, 24.19659),
    "hz_zk": (120.65217, 24.19785),
    "hz_jm": (120.65345, 24.19848),
    "zq_hz": (120.657242, 24.198897),
    "tw_hz": (120.63188, 24.17485),
    "henan_zp": (120.650315, 24.171058),
    "jm_zp": (120.660376, 24.173594),
    "jm_lm": (120.65496, 24.19582),
    "jm7": (120.65685, 24.19247),
    "lm_kx": (120.64904, 24.19365),
    "zhongke_mid": (120.6533, 24.1915),
    "kaixuan_mid": (120.6510, 24.1880),
    "east_edge": (120.6615, 24.1790),
    "zq_east": (120.6625, 24.1890),
}

DEFAULT_DELAY = {  # seconds (min, max) from observed to arrival
    "rule": (20, 70), "fire_alarm": (2, 10), "signal": (5, 30), "parking": (30, 110),
    "incident": (60, 240), "cctv": (4, 20), "1999": (60, 200), "status": (1, 10),
    "119": (20, 90), "planned_event": (0, 0),
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}


def utc(local):
    """'2027-01-29 10:00[:ss]' local time (+08) -> ISO UTC string."""
    fmt = "%Y-%m-%d %H:%M:%S" if local.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(local, fmt).replace(tzinfo=TZ8)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def fmt_utc(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


MISSING = object()


class Situation:
    def __init__(self, num, short, date, description, seed=None, overnight=False):
        self.num, self.short, self.date, self.description = num, short, date, description
        self.overnight = overnight  # a night shift: "HH:MM" before noon is on the next day
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []          # dicts (first deliveries)
        self.dups = []           # (key, extra_seconds)
        self.incidents = []
        self.alt_incidents = None
        self.alt_why = None
        self.notes = None
        self.what = ""

    # time "HH:MM" on self.date, or "MM-DD HH:MM", or full "YYYY-MM-DD HH:MM"
    def t(self, s):
        if len(s) <= 8:
            day = self.date
            if self.overnight and int(s[:2]) < 12:
                day = (datetime.strptime(day, "%Y-%m-%d") + timedelta(days=1)).strftime("%Y-%m-%d")
            return utc(f"{day} {s}")
        if len(s) <= 14:
            return utc(f"{self.date[:4]}-{s}")
        return utc(s)

    def jitter(self, pos, m):
        lon, lat = pos
        if not m:
            return lon, lat
        r = m * math.sqrt(self.rng.random())
        a = self.rng.random() * 2 * math.pi
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def key(self, name):
        return f"{self.num}-{name}"

    def e(self, name, feed, cat, when, where, text=None, truth=None, sev=None, alt=MISSING,
          follows=None, level=None, conf=None, status=None, reason=None, ends=None, arr=None,
          jit=0, motion=None):
        it = {"key": self.key(name), "kind": "alert" if feed == "rule" else "event", "feed": feed}
        sid = None
        if feed in SENSOR_FEEDS:
            sid = where
            s = SENSORS[sid]
            it["agency"] = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            it["agency"] = FEED_AGENCY[feed]
            pos = PL[where] if isinstance(where, str) else where
            lon, lat = self.jitter(pos, jit)
        it["category"] = cat
        it["severity"] = sev or "Unknown"
        it["lon"], it["lat"] = lon, lat
        obs = self.t(when)
        it["observed"] = obs
        if arr is not None:
            it["arrival"] = self.t(arr)
        else:
            lo, hi = DEFAULT_DELAY[feed]
            it["arrival"] = fmt_utc(parse_utc(obs) + timedelta(seconds=self.rng.randint(lo, hi)))
        if sid:
            it["sensor_id"] = sid
        if text:
            it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if reason:
            it["reason"] = reason
        if status:
            it["status"] = status
        if level:
            it["level"] = level
        if follows:
            it["follows"] = self.key(follows)
        if ends:
            it["ends"] = self.t(ends)
        if motion:
            it["motion"] = motion
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, name, after_s):
        self.dups.append((self.key(name), after_s))

    def inc(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": self.key(suff)})

    def alt(self, why, incidents):
        """incidents: list of (label, type, desc, suff) for the complete alternative list."""
        self.alt_why = why
        self.alt_incidents = [{"label": l, "type": t, "description": d, "sufficient_evidence_key": self.key(s)}
                              for (l, t, d, s) in incidents]

    def same_alt(self, *labels):
        """Tuples for unchanged incidents, to build the alternative list."""
        out = []
        for inc in self.incidents:
            if inc["label"] in labels:
                out.append((inc["label"], inc["type"], inc["description"],
                            inc["sufficient_evidence_key"].split("-", 1)[1]))
        return out

    def lines(self):
        rows = list(self.items)
        by_key = {it["key"]: it for it in self.items}
        for k, extra in self.dups:
            d = dict(by_key[k])
            d["arrival"] = fmt_utc(parse_utc(d["arrival"]) + timedelta(seconds=extra))
            rows.append(d)
        # stable sort by arrival, then by observed
        rows.sort(key=lambda r: (r["arrival"], r["observed"]))
        return rows

    def write(self):
        base = f"{self.num}_{self.short}"
        rows = self.lines()
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        keys = {r["key"] for r in rows}
        noise = {r["key"] for r in rows if r["truth"] is None}
        return {"file": base, "lines": len(rows), "keys": len(keys), "noise": len(noise),
                "incidents": len(self.incidents),
                "alt": len(self.alt_incidents) if self.alt_incidents is not None else "-",
                "what": self.what}
