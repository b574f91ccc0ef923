"""Helpers for situations 1251-1262 (standard library only, seeded)."""
import json, math, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TZ = dt.timezone(dt.timedelta(hours=8))

def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)

SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {"lon": _f["geometry"]["coordinates"][0], "lat": _f["geometry"]["coordinates"][1],
                                "agency": _p["agency"], "kind": _p["kind"], "name": _p["name"]}

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def offset(lon, lat, r_m, rng):
    """A point scattered up to r_m metres round lon/lat."""
    a = rng.uniform(0, 2 * math.pi)
    d = r_m * math.sqrt(rng.random())
    dlat = d * math.cos(a) / 111320.0
    dlon = d * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num, self.name = num, name
        self.date = dt.date.fromisoformat(date)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.n = 0

    def t(self, hhmm):
        """Local time 'HH:MM' or 'HH:MM:SS' on the situation's date; '+1 HH:MM' for the next day."""
        day = self.date
        if hhmm.startswith("+1 "):
            day = day + dt.timedelta(days=1)
            hhmm = hhmm[3:]
        parts = [int(x) for x in hhmm.split(":")] + [0]
        return dt.datetime(day.year, day.month, day.day, parts[0], parts[1], parts[2], tzinfo=TZ)

    def add(self, feed, category, at, text, truth, *, sensor=None, where=None, scatter=0, sev=None,
            delay=None, observed_shift=0, key=None, level=None, conf=None, follows=None, ends=None,
            radius=None, reason=None, status=None, truth_alt="__same__"):
        """at: local time of the happening; delay: seconds until arrival (default a few seconds);
        observed_shift: seconds the source's clock is off (observed = at + shift)."""
        self.n += 1
        if key is None:
            key = "%d-%s-%03d" % (self.num, feed.replace("_", ""), self.n)
        t_at = self.t(at)
        if delay is None:
            delay = self.rng.randint(2, 25) if feed in SENSOR_FEEDS else self.rng.randint(20, 140)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sensor:
            s = SENSORS[sensor]
            it["agency"] = s["agency"]
            lon, lat = s["lon"], s["lat"]
        else:
            it["agency"] = FEED_AGENCY[feed]
            lon, lat = where
            if scatter:
                lon, lat = offset(lon, lat, scatter, self.rng)
        it["category"] = category
        if sev is None:
            if feed == "rule" and category == "flood_depth":
                sev = FLOOD_SEV[level]
            elif feed == "rule" and category == "water_level":
                sev = WL_SEV[level]
            elif feed == "rule" and category == "heavy_rain":
                sev = RAIN_SEV[level]
            elif feed == "rule":
                sev = "Moderate"
            elif feed == "incident":
                sev = "Moderate"
            else:
                sev = "Unknown"
        it["severity"] = sev
        it["lon"], it["lat"] = lon, lat
        it["observed"] = iso(t_at + dt.timedelta(seconds=observed_shift))
        it["arrival"] = iso(t_at + dt.timedelta(seconds=delay))
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if reason is not None:
            it["reason"] = reason
        if status is not None:
            it["status"] = status
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(self.t(ends))
        if radius is not None:
            it["radius_m"] = radius
        it["truth"] = truth
        if truth_alt != "__same__":
            it["truth_alt"] = truth_alt
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        """A second delivery of the item `key`, extra_s seconds after its first arrival."""
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        a = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        d["arrival"] = iso(a + dt.timedelta(seconds=extra_s))
        self.items.append(d)

    def write(self, description, incidents, alternative=None, notes=None, readme=None):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"]))
        base = os.path.join(OUT, "%04d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in items:
                f.write(json.dumps(i, ensure_ascii=False) + "\n")
        truth = {"situation": "%04d_%s" % (self.num, self.name), "description": description,
                 "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        uniq = {i["key"]: i for i in items}
        bg = sum(1 for i in uniq.values() if i["truth"] is None)
        first = min(i["arrival"] for i in items)
        last = max(i["arrival"] for i in items)
        meta = {"num": self.num, "name": self.name, "date": self.date.isoformat(),
                "hours": "%s-%s" % (_loc(first), _loc(last)), "items": len(items), "unique": len(uniq),
                "background": bg, "readme": readme or {}}
        with open(os.path.join(HERE, ".meta_%04d.json" % self.num), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
        print("%04d_%s: %d lines, %d unique, %d background (%.0f%%)" % (
            self.num, self.name, len(items), len(uniq), bg, 100.0 * bg / len(uniq)))


def _loc(z):
    t = dt.datetime.strptime(z, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).astimezone(TZ)
    return t.strftime("%H:%M")


def inc(label, typ, desc, key):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": key}


def build_readme():
    metas = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(".meta_") and fn.endswith(".json"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                metas.append(json.load(f))
    lines = ["# Situations 1251-1262: labelled evidence for the Shuinan smart operations center", "",
             "Twelve situations dated 2026, written as a coordinator on shift would label them, to test from outside "
             "how the center groups evidence into jobs. 1251-1257 vary the issue's seven themes (two incidents at once, "
             "a flood spreading along a road for 90 minutes, a burst of citizen calls about one fire, a dense evening "
             "event with small unrelated jobs, late/duplicated/skewed/out-of-order delivery, a gateway offline, a fire "
             "causing a traffic jam), placed in the south, west and east of the zone rather than at the transit hub; "
             "1258-1262 are traps for a grouping by distance and time alone: things close together that are separate "
             "jobs (1258, 1262) and things far apart or long apart that are one job (1259, 1260, 1261). Times in the "
             "files are UTC; the hours below are local (UTC+8).", "",
             "Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py`", ""]
    for m in metas:
        r = m["readme"]
        lines.append("**%04d %s** (%s, %s local; %d items, %d unique, %d background). %s Background: %s "
                     "Debatable: %s" % (m["num"], m["name"], m["date"], m["hours"], m["items"], m["unique"],
                                        m["background"], r.get("happens", ""), r.get("background", ""),
                                        r.get("debatable", "")))
        lines.append("")
    with open(os.path.join(OUT, "README_1251-1262.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
