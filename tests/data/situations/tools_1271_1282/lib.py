"""Helpers for the labelled situations 1271-1282 (stdlib only, seeded)."""
import json, math, os, random
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"], "kind": p["kind"],
                               "name": p.get("name"), "metadata": p.get("metadata") or {}}
    return out

SENSORS = load_sensors()

def S(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])

# Named places (lon, lat). Junctions at their signal's registered position; buildings at their panel's.
P = {
    "台74環中": S("SN-SIG-001"), "凱旋環中": S("SN-SIG-002"), "中科環中": S("SN-SIG-003"),
    "經貿環中": S("SN-SIG-004"), "經貿黎明": S("SN-SIG-005"), "經貿經貿七": S("SN-SIG-006"),
    "黎明凱旋": S("SN-SIG-007"), "中清環中": S("SN-SIG-008"), "臺灣大道環中": S("SN-SIG-009"),
    "河南中平": S("SN-SIG-010"), "經貿中平": S("SN-SIG-011"),
    "轉運中心": S("SN-FA-001"), "會展A": S("SN-FA-002"), "會展B": S("SN-FA-003"), "綠美圖": S("SN-FA-004"),
    "營運塔": S("SN-FA-005"), "影音中心": S("SN-FA-006"), "公園停車場": S("SN-FA-007"),
    "水資中心": S("SN-FA-008"), "逢甲水湳": S("SN-FA-009"), "中醫水湳": S("SN-FA-010"),
    "生態A": S("SN-FA-011"), "生態B": S("SN-FA-012"),
    "經貿低窪": S("SN-FL-008"), "河南低窪": S("SN-FL-007"), "黎明凱旋低窪": S("SN-FL-009"),
    "中科路中段": (120.6534, 24.1880), "敦化經貿": (120.6593, 24.1830), "河南路停車場": S("SN-PK-003"),
    "中平路東段": (120.6640, 24.1750), "凱旋路南段": (120.6520, 24.1840), "黎明路三段": (120.6520, 24.1948),
    "中清路中段": (120.6640, 24.1860), "環中路西段": (120.6390, 24.1860),
}

RNG = random.Random(0)

def near(place, metres, rng):
    lon, lat = P[place] if isinstance(place, str) else place
    if metres <= 0:
        return (lon, lat)
    r = metres * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = r * math.cos(a) / 111320.0
    dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

class Sit:
    def __init__(self, num, name, date, description, seed=None):
        self.num, self.name, self.date, self.description = num, name, date, description
        self.rng = random.Random(seed if seed is not None else num)
        self.items, self.incidents, self.alt, self.notes = [], [], None, None
        self.base = datetime.strptime(date, "%Y-%m-%d")

    def t(self, s):
        """Local time 'HH:MM[:SS]' on the situation's date, '+1 HH:MM' for the next day, or a full
        'YYYY-MM-DD HH:MM' local; returns the UTC datetime."""
        day = 0
        if s.startswith("+"):
            d, s = s.split(" ", 1)
            day = int(d[1:])
        if len(s) > 8:
            loc = datetime.strptime(s, "%Y-%m-%d %H:%M" if s.count(":") == 1 else "%Y-%m-%d %H:%M:%S")
        else:
            fmt = "%H:%M:%S" if s.count(":") == 2 else "%H:%M"
            hm = datetime.strptime(s, fmt)
            loc = self.base + timedelta(days=day, hours=hm.hour, minutes=hm.minute, seconds=hm.second)
        return loc - timedelta(hours=8)

    def _arr(self, obs_dt, delay, arr):
        if arr is not None:
            return self.t(arr)
        if delay is None:
            delay = 20
        if isinstance(delay, tuple):
            delay = self.rng.randint(*delay)
        return obs_dt + timedelta(seconds=delay)

    def item(self, key, kind, feed, agency, category, severity, lonlat, obs, text, truth,
             delay=None, arr=None, obs_raw=None, **kw):
        obs_dt = self.t(obs)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": lonlat[0], "lat": lonlat[1],
              "observed": iso(self.t(obs_raw) if obs_raw else obs_dt),
              "arrival": iso(self._arr(obs_dt, delay, arr))}
        for k, v in kw.items():
            if k == "alt":
                it["truth_alt"] = v
            elif v is not None:
                it[k] = v
        it["text"] = text
        it["truth"] = truth
        if "truth_alt" in it:
            it["truth_alt"] = it.pop("truth_alt")
        self.items.append(it)
        return it

    # --- feeds -------------------------------------------------------------------
    def rule(self, key, sid, category, severity, obs, text, truth, delay=(15, 45), **kw):
        s = SENSORS[sid]
        return self.item(key, "alert", "rule", s["agency"], category, severity, (s["lon"], s["lat"]),
                         obs, text, truth, delay=delay, sensor_id=sid, **kw)

    def dev(self, key, feed, sid, category, obs, text, truth, delay=(3, 15), **kw):
        s = SENSORS[sid]
        return self.item(key, "event", feed, s["agency"], category, "Unknown", (s["lon"], s["lat"]),
                         obs, text, truth, delay=delay, sensor_id=sid, **kw)

    def status(self, key, sid, state, obs, truth, reason=None, delay=(1, 5), text=None, **kw):
        s = SENSORS[sid]
        if text is None:
            text = f"{s['name']} {'離線' if state == 'offline' else '恢復連線'}"
        return self.item(key, "event", "status", s["agency"], state, "Unknown", (s["lon"], s["lat"]),
                         obs, text, truth, delay=delay, sensor_id=sid, reason=reason, **kw)

    def c1999(self, key, category, place, obs, text, truth, scatter=80, delay=(60, 240), **kw):
        return self.item(key, "event", "1999", "citizen", category, "Unknown",
                         near(place, scatter, self.rng), obs, text, truth, delay=delay, **kw)

    def police(self, key, category, severity, place, obs, text, truth, scatter=25, delay=(60, 300), **kw):
        return self.item(key, "event", "incident", "police", category, severity,
                         near(place, scatter, self.rng), obs, text, truth, delay=delay, **kw)

    def f119(self, key, category, place, obs, text, truth, scatter=20, delay=(5, 30), **kw):
        return self.item(key, "event", "119", "fire", category, "Unknown",
                         near(place, scatter, self.rng), obs, text, truth, delay=delay, **kw)

    def permit(self, key, category, place, start, end, arr, text, truth, radius=None, **kw):
        return self.item(key, "event", "planned_event", "police", category, "Unknown",
                         P[place] if isinstance(place, str) else place, start, text, truth,
                         arr=arr, ends=iso(self.t(end)), radius_m=radius, **kw)

    def dup(self, key, arr):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        d["arrival"] = iso(self.t(arr))
        self.items.append(d)
        return d

    # --- truth -------------------------------------------------------------------
    def inc(self, label, typ, description, sek):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sek})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        self.items.sort(key=lambda i: i["arrival"])  # stable: equal arrivals keep insertion order
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        bg = sum(1 for i in self.items if i["truth"] is None)
        print(f"{self.num}_{self.name}: {len(self.items)} items, background {bg} ({100*bg/len(self.items):.0f} %)")

    def same(self, label, type_, description, sek):
        return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": sek}

    def incs_except(self, *labels):
        return [dict(i) for i in self.incidents if i["label"] not in labels]
