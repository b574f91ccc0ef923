"""Helpers for the 991-1002 situation generator (standard library only)."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

TZ = dt.timezone(dt.timedelta(hours=8))
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "planned_event": "police",
               "1999": "citizen", "119": "fire"}
MISSING = object()

# places (lon, lat) taken from the registry or the road lines
P = {
    "hub": (120.6528, 24.1972), "conv_a": (120.6546, 24.1948), "conv_pk": (120.6548, 24.1938),
    "museum": (120.657, 24.1915), "tower": (120.6585, 24.193), "music": (120.652, 24.185),
    "park_n": (120.6563, 24.1893), "park_s": (120.6558, 24.1765), "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815), "cmu": (120.6592, 24.1735), "fcu": (120.652, 24.179),
    "j_liming_kaixuan": (120.64904, 24.19365), "j_henan_zhongping": (120.650315, 24.171058),
    "j_jingmao_zhongping": (120.660376, 24.173594), "j_huan_zhongke": (120.65217, 24.19785),
    "j_huan_jingmao": (120.65345, 24.19848), "j_huan_zhongqing": (120.657242, 24.198897),
    "j_huan_t74": (120.6472, 24.19586), "j_huan_kaixuan": (120.64766, 24.19659),
    "j_taiwan_huan": (120.63188, 24.17485), "j_jingmao_liming": (120.65496, 24.19582),
    "j_jingmao_7": (120.65685, 24.19247),
}


def offset(pt, dx_m, dy_m):
    lon, lat = pt
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + dy_m / 110574.0, 6))


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, day, desc, night=True):
        self.num, self.name, self.desc, self.night = num, name, desc, night
        self.day = dt.date.fromisoformat(day)
        self.rng = random.Random(9910000 + num)
        self.items, self.incs, self.alt_incs = [], {}, {}
        self.alt_why = None
        self.notes = None
        self.tests = ""
        self.counter = {}
        self.suff, self.suff_alt = {}, {}

    # time: "HH:MM[:SS]" (night: hours < 12 are the next day) or "YYYY-MM-DD HH:MM"
    def T(self, s):
        if len(s) > 8:
            return dt.datetime.fromisoformat(s).replace(tzinfo=TZ)
        parts = [int(x) for x in s.split(":")]
        h, m, sec = parts[0], parts[1], (parts[2] if len(parts) > 2 else 0)
        d = self.day + dt.timedelta(days=1 if (self.night and h < 12) else 0)
        return dt.datetime(d.year, d.month, d.day, h, m, sec, tzinfo=TZ)

    def near(self, place, r_min, r_max):
        pt = P[place] if isinstance(place, str) else place
        r = self.rng.uniform(r_min, r_max)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset(pt, r * math.cos(a), r * math.sin(a))

    def inc(self, label, typ, desc, alt_only=False):
        (self.alt_incs if alt_only else self.incs)[label] = {"label": label, "type": typ, "description": desc}

    def add(self, feed, cat, when, delay, where, text=None, truth=None, alt=MISSING, sev=None,
            key=None, follows=None, conf=None, status=None, reason=None, ends=None, level=None,
            suff=None, suff_alt=None):
        obs = self.T(when)
        arr = obs + dt.timedelta(minutes=delay)
        if key is None:
            n = self.counter[feed] = self.counter.get(feed, 0) + 1
            key = f"{feed}:{self.num}-{n:03d}"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if feed in SENSOR_FEEDS:
            f = SENSORS[where]
            it["agency"] = f["properties"]["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
            lon, lat = f["geometry"]["coordinates"]
            sid = where
        else:
            it["agency"] = FEED_AGENCY[feed]
            lon, lat = P[where] if isinstance(where, str) else where
            sid = None
        it["category"] = cat
        it["severity"] = sev or "Unknown"
        it["lon"], it["lat"] = lon, lat
        it["observed"], it["arrival"] = iso(obs), iso(arr)
        if sid:
            it["sensor_id"] = sid
        for k, v in (("text", text), ("confidence", conf), ("reason", reason), ("status", status),
                     ("level", level), ("follows", follows), ("ends", iso(self.T(ends)) if ends else None)):
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        it["_arr"] = arr
        self.items.append(it)
        if suff:
            self.suff[suff] = key
        if suff_alt:
            self.suff_alt[suff_alt] = key
        return key

    def dup(self, key, extra_min):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        d["_arr"] = src["_arr"] + dt.timedelta(minutes=extra_min)
        d["arrival"] = iso(d["_arr"])
        self.items.append(d)

    def write(self):
        items = sorted(self.items, key=lambda i: i["_arr"])  # stable
        base = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as fh:
            for i in items:
                fh.write(json.dumps({k: v for k, v in i.items() if k != "_arr"}, ensure_ascii=False) + "\n")
        incs = []
        for lab, inc in self.incs.items():
            incs.append(dict(inc, sufficient_evidence_key=self.suff[lab]))
        truth = {"situation": base, "description": self.desc, "incidents": incs}
        if self.alt_why:
            labels = []
            for i in items:
                lab = i.get("truth_alt", i["truth"]) if "truth_alt" in i else i["truth"]
                if lab is not None and lab not in labels:
                    labels.append(lab)
            alt = []
            for lab in labels:
                inc = self.incs.get(lab) or self.alt_incs[lab]
                if lab in self.suff_alt:
                    k = self.suff_alt[lab]
                else:
                    k = self.suff[lab]
                alt.append(dict(inc, sufficient_evidence_key=k))
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": alt}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        keys = {i["key"] for i in items}
        noise = {i["key"] for i in items if i["truth"] is None}
        alt_n = len(truth["alternative_reading"]["incidents"]) if self.alt_why else "-"
        return {"file": base, "lines": len(items), "keys": len(keys), "noise": len(noise),
                "incidents": len(incs), "alt": alt_n, "tests": self.tests}
