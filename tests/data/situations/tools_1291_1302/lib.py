"""Helpers for situations 1291-1302 (standard library only, seeded)."""
import os, json, random, math, glob
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
TZ = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        sid = p.get("sensor_id") or p.get("id")
        out[sid] = {"lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
                    "kind": p.get("kind"), "agency": p.get("agency"), "name": p.get("name"),
                    "gateway": (p.get("metadata") or {}).get("gateway")}
    return out


SENSORS = load_sensors()

# landmarks (lon, lat): sensor registry positions or road crossings of roads.geojson
PLACES = {
    "hub": (120.6528, 24.1972), "expo_a": (120.6546, 24.1948), "expo_b": (120.6556, 24.194),
    "museum": (120.657, 24.1915), "tower": (120.6585, 24.193), "music": (120.652, 24.185),
    "park_carpark": (120.6566, 24.188), "reclaim": (120.659, 24.1765), "fcu": (120.652, 24.179),
    "cmu": (120.6592, 24.1735), "eco_a": (120.6588, 24.184), "eco_b": (120.659, 24.1815),
    "henan_pk": (120.653, 24.1745), "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594), "liming_kaixuan": (120.64904, 24.19365),
    "jingmao_liming": (120.65496, 24.19582), "zhongqing_huanzhong": (120.657242, 24.198897),
    "taiwan_huanzhong": (120.63188, 24.17485), "zhongke_huanzhong": (120.65217, 24.19785),
    "jingmao_huanzhong": (120.65345, 24.19848), "jingmao7": (120.65685, 24.19247),
    "jingmao_low": (120.6596, 24.1825), "kaixuan_mid": (120.651, 24.188), "kaixuan_s": (120.6522, 24.1840),
    "zhongping_mid": (120.6572, 24.1722), "pond1": (120.6556, 24.188341), "pond3": (120.6556, 24.18225),
    "pond5": (120.6556, 24.176159), "henan_low": (120.6528, 24.1742), "liming_low": (120.6475, 24.193),
    "fazi": (120.62, 24.17), "zhongke_mid": (120.6535, 24.186),
}

SEV_FLOOD = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
SEV_WL = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
SEV_RAIN = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, date, seed=None):
        self.num, self.name = num, name
        self.base = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=TZ)
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.keys = {}

    def t(self, hhmm, d=0):
        parts = hhmm.split(":")
        h, m = int(parts[0]), int(parts[1])
        s = int(parts[2]) if len(parts) > 2 else 0
        return self.base + timedelta(days=d, hours=h, minutes=m, seconds=s)

    def near(self, place, metres=60):
        lon, lat = PLACES[place] if isinstance(place, str) else place
        r = metres * math.sqrt(self.rng.random())
        a = self.rng.random() * 2 * math.pi
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def _arr(self, obs, arr, lag):
        if arr is not None:
            return arr
        lo, hi = lag
        return obs + timedelta(seconds=self.rng.randint(lo, hi))

    def _put(self, it):
        assert it["key"] not in self.keys, it["key"]
        self.keys[it["key"]] = it
        self.items.append(it)
        return it

    def sensor(self, key, feed, sid, category, obs, text, truth, sev="Unknown", arr=None, lag=(5, 40), alt="_", **extra):
        s = SENSORS[sid]
        kind = "alert" if feed == "rule" else "event"
        it = {"key": key, "kind": kind, "feed": feed, "agency": s["agency"], "category": category,
              "severity": sev, "lon": s["lon"], "lat": s["lat"], "observed": iso(obs),
              "arrival": iso(self._arr(obs, arr, lag)), "sensor_id": sid, "text": text}
        it.update(extra)
        it["truth"] = truth
        if alt != "_":
            it["truth_alt"] = alt
        return self._put(it)

    def flood(self, key, sid, level, obs, cm, truth, **kw):
        return self.sensor(key, "rule", sid, "flood_depth", obs,
                           f"{SENSORS[sid]['name']} 淹水深度 {cm} 公分（{level} cm 區間）", truth,
                           sev=SEV_FLOOD[level], level=level, **kw)

    def wl(self, key, sid, level, obs, m, truth, **kw):
        return self.sensor(key, "rule", sid, "water_level", obs,
                           f"{SENSORS[sid]['name']} {m:.2f} 公尺，達{ {'3':'三','2':'二','1':'一'}[level]}級警戒", truth,
                           sev=SEV_WL[level], level=level, **kw)

    def rain(self, key, sid, cls, obs, text, truth=None, **kw):
        return self.sensor(key, "rule", sid, "heavy_rain", obs, text, truth, sev=SEV_RAIN[cls], level=cls, **kw)

    def rep(self, key, feed, agency, category, obs, pos, text, truth, sev="Unknown", arr=None, lag=(30, 240), alt="_", **extra):
        lon, lat = pos
        it = {"key": key, "kind": "event", "feed": feed, "agency": agency, "category": category,
              "severity": sev, "lon": lon, "lat": lat, "observed": iso(obs),
              "arrival": iso(self._arr(obs, arr, lag)), "text": text}
        it.update(extra)
        it["truth"] = truth
        if alt != "_":
            it["truth_alt"] = alt
        return self._put(it)

    def police(self, key, category, sev, obs, pos, text, truth, **kw):
        return self.rep(key, "incident", "police", category, obs, pos, text, truth, sev=sev, **kw)

    def c1999(self, key, category, obs, pos, text, truth, **kw):
        return self.rep(key, "1999", "citizen", category, obs, pos, text, truth, **kw)

    def f119(self, key, category, obs, pos, text, truth, **kw):
        return self.rep(key, "119", "fire", category, obs, pos, text, truth, lag=kw.pop("lag", (10, 60)), **kw)

    def permit(self, key, category, start, end, pos, radius, text, truth, arr, **kw):
        return self.rep(key, "planned_event", "police", category, start, pos, text, truth, arr=arr,
                        ends=iso(end), radius_m=radius, **kw)

    def dup(self, key, delay_s):
        src = dict(self.keys[key])
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        src["arrival"] = iso(a + timedelta(seconds=delay_s))
        self.items.append(src)

    def write(self, description, incidents, alternative=None, notes=None):
        pre = f"{self.num}-"
        for it in self.items:
            it["key"] = pre + it["key"]
            if "follows" in it:
                it["follows"] = pre + it["follows"]
        for lst in (incidents, (alternative or {}).get("incidents", [])):
            for i in lst:
                if not i["sufficient_evidence_key"].startswith(pre):
                    i["sufficient_evidence_key"] = pre + i["sufficient_evidence_key"]
        self.items.sort(key=lambda i: (i["arrival"], i["key"]))
        stem = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": stem, "description": description, "incidents": incidents}
        if alternative:
            truth["alternative_reading"] = alternative
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(stem, len(self.items), "items")


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description, "sufficient_evidence_key": key}


def write_readme():
    parts = ["# Situations 1291-1302: long jobs in the 水湳 zone (floods that come back, rekindles, multi-day works, power cuts, searches)", "",
             "Twelve labelled situations dated 2026 for the smart operations center. Each mixes one or two incidents that last hours or days and change as they go "
             "(a flood that recedes and rises with the next rain band, a fire put out that rekindles, a road works permit with its own crashes and complaints, a power cut "
             "that darkens signals and stops a pump, a missing elder found far away) with unrelated short jobs nearby and background items (truth null). "
             "Items are in arrival order; sensor items sit at their registered position; every file has at least one duplicated delivery, and most have late reports, "
             "a skewed device clock or follow-ups. Where a coordinator could reasonably decide otherwise, the item carries `truth_alt` and the truth file an `alternative_reading`.",
             "", "Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py`", ""]
    for tf in sorted(f for f in glob.glob(os.path.join(OUT, "1[23][0-9][0-9]_*.truth.json"))
                     if 1291 <= int(os.path.basename(f)[:4]) <= 1302):
        t = json.load(open(tf, encoding="utf-8"))
        stem = t["situation"]
        items = [json.loads(l) for l in open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8")]
        bg = sum(1 for i in items if i["truth"] is None)
        num, name = stem.split("_", 1)
        n = t.get("notes", {})
        incs = " ".join(f"**{i['label']}** ({i['type']}): {i['description']}" for i in t["incidents"])
        p = f"**{num} {name}** ({n.get('when','')}; {len(items)} items, {bg} background). {t['description']} Incidents: {incs} Background: {n.get('background','')}"
        if "alternative_reading" in t:
            p += f" Debatable: {t['alternative_reading']['why']}"
        parts += [p, ""]
    with open(os.path.join(OUT, "README_1291-1302.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
