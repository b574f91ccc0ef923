"""Helpers for the labelled situations 1631-1642 (author oD).

Times are written in Taiwan local time (UTC+8) and stored as UTC ISO 8601.
Sensor items take the registry's position (geo/sensors.geojson)."""
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
REGISTRY = {f["properties"]["sensor_id"]: f for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]}

TZ = dt.timezone(dt.timedelta(hours=8))

# named places (gazetteer positions; junctions at their signal's registered position)
PLACE = {
    "transit_hub": (120.65280, 24.19740), "convention": (120.65510, 24.19440),
    "hall_a": (120.6546, 24.1948), "hall_b": (120.6556, 24.1940), "museumbrary": (120.657, 24.1915),
    "ops_tower": (120.6585, 24.193), "pop_music": (120.652, 24.185), "park_car_park": (120.6566, 24.188),
    "water_reclamation": (120.659, 24.1765), "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184), "eco_b": (120.659, 24.1815), "henan_car_park": (120.653, 24.1745),
    "jingmao6_car_park": (120.65491, 24.19560),
}
for n in range(1, 12):
    sig = REGISTRY["SN-SIG-%03d" % n]["geometry"]["coordinates"]
    PLACE["J%d" % n] = (sig[0], sig[1])

RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}

FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
               "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
               "permit_status", "gateway", "truth", "truth_alt"]

SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


def utc(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, short, day, description):
        self.num, self.short, self.description = num, short, description
        self.day = day  # "2026-03-14"
        self.items, self.incidents, self.alt = [], [], None
        self.notes = []
        self.story, self.debatable = "", []
        self.rng = random.Random(num * 7919)

    # --- time ---------------------------------------------------------
    def t(self, hhmmss, day_offset=0):
        """local time on the situation's day ("19:20" or "19:20:05"); hours >= 24 roll over."""
        parts = [int(x) for x in hhmmss.split(":")] + [0]
        h, m, s = parts[0], parts[1], parts[2]
        base = dt.datetime.fromisoformat(self.day).replace(tzinfo=TZ)
        return base + dt.timedelta(days=day_offset, hours=h, minutes=m, seconds=s)

    def near(self, place, metres=40):
        lon, lat = PLACE[place] if isinstance(place, str) else place
        r = self.rng.uniform(0, metres)
        a = self.rng.uniform(0, 6.2832)
        import math
        return (round(lon + r * math.cos(a) / 101700.0, 6), round(lat + r * math.sin(a) / 110800.0, 6))

    # --- items --------------------------------------------------------
    def add(self, key, feed, category, obs, arr, truth, *, at=None, sensor=None, agency=None, severity="Unknown",
            kind=None, observed=None, alt="__same__", **kw):
        """obs: local datetime of the happening; arr: seconds of delay (int) or a datetime.
        observed: override of the source's stamp (a wrong clock)."""
        if isinstance(arr, (int, float)):
            arr = obs + dt.timedelta(seconds=arr)
        it = {"key": key, "kind": kind or ("alert" if feed == "rule" else "event"), "feed": feed}
        if sensor:
            f = REGISTRY[sensor]
            lon, lat = f["geometry"]["coordinates"]
            agency = agency or f["properties"]["agency"]
            it["sensor_id"] = sensor
        else:
            lon, lat = (at if isinstance(at, tuple) else PLACE[at])
        it.update({"agency": agency or {"incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
                                        "planned_event": "police", "signal": "traffic", "parking": "traffic",
                                        "fire_alarm": "disaster"}[feed],
                   "category": category, "severity": severity, "lon": lon, "lat": lat,
                   "observed": utc(observed or obs), "arrival": utc(arr)})
        for k, v in kw.items():
            if v is not None:
                it[k] = v
        if "ends" in it and not isinstance(it["ends"], str):
            it["ends"] = utc(it["ends"])
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def alert(self, key, sensor, category, obs, arr, truth, level=None, severity=None, **kw):
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV.get(level), "water_level": WL_SEV.get(level),
                        "heavy_rain": RAIN_SEV.get(level), "congestion": "Moderate",
                        "sensor_offline": "Minor"}.get(category) or "Unknown"
        return self.add(key, "rule", category, obs, arr, truth, sensor=sensor, severity=severity, level=level, **kw)

    def dup(self, item, delay_s):
        """a duplicated delivery: every field but arrival repeated."""
        d = dict(item)
        a = dt.datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        d["arrival"] = utc(a + dt.timedelta(seconds=delay_s))
        self.items.append(d)
        return d

    # --- truth --------------------------------------------------------
    def inc(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": suff})

    def alternative(self, why, drop=(), add=(), replace=()):
        """alt incident list: the truth's, minus `drop` labels, with `replace` (full dicts by label) and `add`."""
        rep = {r["label"]: r for r in replace}
        incs = [rep.get(i["label"], i) for i in self.incidents if i["label"] not in drop]
        for a in add:
            incs.append({"label": a[0], "type": a[1], "description": a[2], "sufficient_evidence_key": a[3]})
        self.alt = {"why": why, "incidents": incs}

    # --- output -------------------------------------------------------
    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.short))
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for _, it in items:
                o = {k: it[k] for k in FIELD_ORDER if k in it}
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        truth = {"situation": self.num, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        meta = {"story": self.story, "debatable": self.debatable}
        os.makedirs(os.path.join(HERE, "meta"), exist_ok=True)
        with open(os.path.join(HERE, "meta", "%d.json" % self.num), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
        return len(self.items)

    # --- background helpers ---------------------------------------------
    def background_traffic(self, n, start, hours, prefix):
        """ordinary rush-hour slow-downs, street-light and parking calls: belong to no job."""
        vds = [s for s in REGISTRY if s.startswith("SN-VD-")]
        for i in range(n):
            t0 = start + dt.timedelta(seconds=self.rng.randint(0, int(hours * 3600)))
            choice = self.rng.random()
            if choice < 0.5:
                vd = self.rng.choice(vds)
                self.alert("%s-bg-vd-%02d" % (prefix, i), vd, "congestion", t0, self.rng.randint(20, 90), None,
                           text="%s 平均車速低於門檻" % REGISTRY[vd]["properties"]["name"])
            elif choice < 0.75:
                p = self.near(self.rng.choice(["eco_a", "fcu", "cmu", "J7", "J11", "henan_car_park"]), 120)
                self.add("%s-bg-1999-%02d" % (prefix, i), "1999", "streetlight", t0, self.rng.randint(60, 600), None,
                         at=p, text=self.rng.choice(["這邊有一盞路燈不亮，麻煩派人來修", "路燈一閃一閃的好幾天了",
                                                     "白天路燈還亮著，很浪費電"]))
            else:
                p = self.near(self.rng.choice(["eco_b", "J6", "J10", "fcu"]), 100)
                self.add("%s-bg-1999-%02d" % (prefix, i), "1999", "illegal_parking", t0, self.rng.randint(60, 900),
                         None, at=p, text=self.rng.choice(["紅線上停了一台車擋住出入口", "有人把車停在人行道上",
                                                           "機車格被汽車佔用"]))


# --- agency helpers ---------------------------------------------------------
def case119(s, cid, category, at, steps, truth, text, severity="Unknown", alt="__same__", follows=None):
    """a 119 case: steps = [(status, local datetime, delay s, text or None)], first is `dispatched`."""
    out = []
    for i, (st, t0, d, tx) in enumerate(steps):
        key = cid if i == 0 else "%s#%s" % (cid, st)
        fol = follows if i == 0 else cid
        out.append(s.add(key, "119", category, t0, d, truth, at=at, severity=severity, text=tx or text or {"closed": "結案", "on_scene": "到達現場", "returning": "返隊"}.get(st, ""),
                         status=st, follows=fol, alt=alt))
    return out


def permit(s, pid, category, at, start, end, issued, truth, text, radius=None, versions=(), alt="__same__"):
    """a permit and its later versions: versions = [(status, issued, start, end, at, radius, text)]."""
    first = s.add(pid, "planned_event", category, start, issued, truth, at=at, text=text, ends=end,
                  radius_m=radius, permit_status="approved", alt=alt)
    for n, (st, iss, st_, en, at2, rad, tx) in enumerate(versions, start=2):
        s.add("%s#v%d" % (pid, n), "planned_event", category, st_, iss, truth, at=at2 or at, text=tx, ends=en,
              radius_m=rad, permit_status=st, follows=pid, alt=alt)
    return first


def case1999(s, cid, category, at, created, delay, truth, text, updates=(), alt="__same__"):
    """a 1999 case and its operator's updates: updates = [(local datetime, delay, status word, text)]."""
    s.add(cid, "1999", category, created, delay, truth, at=at, text=text, alt=alt)
    for n, (t0, d, st, tx) in enumerate(updates, start=1):
        s.add("%s#u%d" % (cid, n), "1999", category, t0, d, truth, at=at, text=tx, status=st, follows=cid, alt=alt)


def police(s, rid, category, at, t0, delay, truth, text, severity="Moderate", follows=None, alt="__same__"):
    return s.add(rid, "incident", category, t0, delay, truth, at=at, severity=severity, text=text, follows=follows,
                 alt=alt)


def status(s, sensor, state, t0, delay, truth, reason=None, alt="__same__", key=None, text=None):
    key = key or "%s/status@%s" % (sensor, utc(t0))
    return s.add(key, "status", state, t0, delay, truth, sensor=sensor, reason=reason, alt=alt, text=text)


def sig(s, sensor, feed, category, t0, delay, truth, text=None, alt="__same__", confidence=None, observed=None):
    key = "%s/%s/%s@%s" % (sensor, feed, category, utc(observed or t0))
    return s.add(key, feed, category, t0, delay, truth, sensor=sensor, text=text, alt=alt, confidence=confidence,
                 observed=observed)


def ruled(s, sensor, category, t0, delay, truth, level=None, text=None, alt="__same__"):
    key = "rule/%s/%s/%s@%s" % (category, sensor, level or "-", utc(t0))
    return s.alert(key, sensor, category, t0, delay, truth, level=level, text=text, alt=alt)
