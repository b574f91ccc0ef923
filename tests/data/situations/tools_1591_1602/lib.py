"""Helpers for situations 1591-1602 (typhoon day and night over 水湳).
Written blind of the software: only oracle_in (DOMAIN.md, FORMAT.md, docs, geo) was read."""
import os, json, math, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
REG = {f["properties"]["sensor_id"]: f for f in json.load(open(os.path.join(GEO, "sensors.geojson")))["features"]}

TZ = dt.timezone(dt.timedelta(hours=8))
DAY0 = dt.date(2016, 9, 27)   # typhoon day (modelled on a 2016 September typhoon; fictional details)

# places people name (lon, lat); junctions from the registry's signals, buildings from its panels
P = {
    "kaixuan_liming": (120.64904, 24.19365),
    "liming_lowpoint": (120.6475, 24.1930),
    "zhongke_mid": (120.6531, 24.1872),
    "kaixuan_mid": (120.6510, 24.1880),
    "henan_zhongping": (120.650315, 24.171058),
    "henan_low": (120.6528, 24.1742),
    "henan_mid": (120.6490, 24.1700),
    "huanzhong_zhongke": (120.65217, 24.19785),
    "huanzhong_tw74": (120.6472, 24.19586),
    "huanzhong_kaixuan": (120.64766, 24.19659),
    "huanzhong_jingmao": (120.65345, 24.19848),
    "huanzhong_east": (120.6590, 24.1990),
    "huanzhong_mid": (120.6500, 24.1970),
    "jingmao_jm7": (120.65685, 24.19247),
    "jingmao_liming": (120.65496, 24.19582),
    "zhongqing_huanzhong": (120.657242, 24.198897),
    "eco_a": (120.6588, 24.1840),
    "eco_b": (120.6590, 24.1815),
    "jingmao_low": (120.6596, 24.1825),
    "zhongqing_shop": (120.6611, 24.1925),
    "zhongqing_mid": (120.6640, 24.1870),
    "fcu": (120.6520, 24.1790),
    "hub": (120.6528, 24.1974),
    "tw_underpass": (120.6338, 24.1760),
    "tw_huanzhong": (120.63188, 24.17485),
    "zhongping_jingmao": (120.660376, 24.173594),
    "zhongping_east": (120.6628, 24.1742),
    "zhongping_mid": (120.6570, 24.1718),
    "conv_b": (120.6556, 24.1940),
    "conv_a": (120.6546, 24.1948),
    "fazi": (120.6210, 24.1712),
    "cmu": (120.6592, 24.1735),
    "liming_east": (120.6520, 24.1948),
    "zhongke_south": (120.6536, 24.1835),
    "dunhua": (120.6602, 24.1808),
    "museumbrary": (120.6570, 24.1915),
    "tower": (120.6585, 24.1930),
    "popmusic": (120.6520, 24.1850),
    "park_n": (120.6562, 24.1870),
    "park_s": (120.6570, 24.1790),
    "xitun_home": (120.6460, 24.1820),
}

SEV_FLOOD = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
SEV_WL = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
SEV_RAIN = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
DELAY = {"rule": (4, 40), "status": (2, 25), "fire_alarm": (2, 12), "signal": (3, 30), "parking": (10, 70),
         "cctv": (3, 20), "incident": (30, 240), "1999": (60, 420), "119": (8, 90), "planned_event": (60, 600)}


def T(s):
    """'07:05' = DAY0 local, '+01:10' = next day local, optional ':ss'. Returns aware UTC datetime."""
    d = DAY0
    if s.startswith("+"):
        d = DAY0 + dt.timedelta(days=1); s = s[1:]
    parts = [int(x) for x in s.split(":")]
    h, m = parts[0], parts[1]
    sec = parts[2] if len(parts) > 2 else 0
    return dt.datetime(d.year, d.month, d.day, h, m, sec, tzinfo=TZ).astimezone(dt.timezone.utc)


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, n, short, description, seed=None):
        self.n, self.short, self.description = n, short, description
        self.rng = random.Random(seed if seed is not None else n)
        self.items, self.incidents, self.alt_changes = [], [], {}
        self.alt_why, self.alt_extra, self.alt_drop, self.notes = None, [], set(), []
        self.debatable = []   # (text, alternative) for the README
        self.story = ""
        self.k = 0

    # -- incidents
    def inc(self, label, typ, description):
        self.incidents.append({"label": label, "type": typ, "description": description, "sufficient_evidence_key": None})
        return label

    def suff(self, label, key):
        for i in self.incidents + self.alt_extra:
            if i["label"] == label:
                i["sufficient_evidence_key"] = key

    def alt_inc(self, label, typ, description, key=None):
        self.alt_extra.append({"label": label, "type": typ, "description": description, "sufficient_evidence_key": key})

    # -- items
    def _pos(self, where, jitter):
        if isinstance(where, str):
            lon, lat = P[where]
        else:
            lon, lat = where
        if jitter:
            r = self.rng.uniform(0, jitter); a = self.rng.uniform(0, 2 * math.pi)
            lon += r * math.cos(a) / (111320 * math.cos(math.radians(lat)))
            lat += r * math.sin(a) / 110540
        return round(lon, 6), round(lat, 6)

    def _add(self, it, t, delay, feed, alt):
        self.k += 1
        it["key"] = f"{self.n}-{self.k:03d}"
        obs = T(t) if isinstance(t, str) else t
        err = it.pop("clock_err", 0)   # a wrong source clock: observed is off, arrival is true
        it["observed"] = iso(obs + dt.timedelta(seconds=err))
        if delay is None:
            lo, hi = DELAY[feed]; delay = self.rng.randint(lo, hi)
        it["arrival"] = iso(obs + dt.timedelta(seconds=delay))
        if alt is not ...:
            it["truth_alt"] = alt
        self.items.append(it)
        return it["key"]

    def sensor(self, feed, sid, cat, t, text, truth, sev=None, level=None, delay=None, alt=..., **kw):
        f = REG[sid]; p = f["properties"]; lon, lat = f["geometry"]["coordinates"]
        kind = "alert" if feed == "rule" else "event"
        if sev is None:
            if feed == "rule" and level is not None:
                sev = {"flood_depth": SEV_FLOOD, "water_level": SEV_WL, "heavy_rain": SEV_RAIN}.get(cat, {}).get(level, "Moderate")
            elif feed == "rule":
                sev = "Minor"
            else:
                sev = "Unknown"
        it = {"kind": kind, "feed": feed, "agency": p["agency"], "category": cat, "severity": sev,
              "lon": lon, "lat": lat, "sensor_id": sid, "text": text, "truth": truth}
        if level is not None:
            it["level"] = level
        it.update(kw)
        return self._add(it, t, delay, feed, alt)

    def rule(self, sid, cat, t, text, truth, level=None, **kw):
        return self.sensor("rule", sid, cat, t, text, truth, level=level, **kw)

    def status(self, sid, state, t, truth, reason=None, **kw):
        txt = {"online": "設備恢復連線", "offline": "設備離線"}[state]
        if reason == "mains_power_lost":
            txt = "設備離線：市電中斷"
        elif reason == "comms_lost":
            txt = "設備離線：通訊中斷"
        if reason:
            kw["reason"] = reason
        return self.sensor("status", sid, state, t, txt, truth, **kw)

    def ev(self, feed, agency, cat, where, t, text, truth, sev="Unknown", jitter=25, delay=None, alt=..., **kw):
        lon, lat = self._pos(where, jitter)
        it = {"kind": "event", "feed": feed, "agency": agency, "category": cat, "severity": sev,
              "lon": lon, "lat": lat, "text": text, "truth": truth}
        it.update(kw)
        return self._add(it, t, delay, feed, alt)

    def c1999(self, cat, where, t, text, truth, **kw):
        return self.ev("1999", "citizen", cat, where, t, text, truth, jitter=kw.pop("jitter", 45), **kw)

    def police(self, cat, sev, where, t, text, truth, **kw):
        return self.ev("incident", "police", cat, where, t, text, truth, sev=sev, **kw)

    def f119(self, cat, where, t, text, truth, **kw):
        return self.ev("119", "fire", cat, where, t, text, truth, jitter=kw.pop("jitter", 15), **kw)

    def cctv(self, sid, cat, t, text, truth, conf, **kw):
        return self.sensor("cctv", sid, cat, t, text, truth, confidence=conf, **kw)

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        d["arrival"] = iso(dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc) + dt.timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def alt_relabel(self, frm, to):
        """under the alternative reading every item of incident frm belongs to incident to"""
        for i in self.items:
            if i["truth"] == frm and "truth_alt" not in i:
                i["truth_alt"] = to

    def set_alt(self, why):
        self.alt_why = why

    def debate(self, call, alternative):
        self.debatable.append((call, alternative))

    # -- output
    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        base = os.path.join(OUT, f"{self.n}_{self.short}")
        order = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                 "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                 "permit_status", "gateway", "truth", "truth_alt"]
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for i in items:
                fh.write(json.dumps({k: i[k] for k in order if k in i}, ensure_ascii=False) + "\n")
        for inc in self.incidents:
            assert inc["sufficient_evidence_key"], (self.n, inc["label"])
        truth = {"situation": f"{self.n}_{self.short}", "description": self.description, "incidents": self.incidents}
        if any("truth_alt" in i for i in items):
            alt_labels = {(i.get("truth_alt", i["truth"])) for i in items} - {None}
            keep = [dict(x) for x in self.incidents if x["label"] in alt_labels]
            extra = [x for x in self.alt_extra if x["label"] in alt_labels]
            alt_incs = keep + extra
            # sufficient key under the alternative: first arriving item of that label if the original one moved away
            for inc in alt_incs:
                k = inc["sufficient_evidence_key"]
                src = next((i for i in items if i["key"] == k), None)
                if src is None or src.get("truth_alt", src["truth"]) != inc["label"]:
                    inc["sufficient_evidence_key"] = next(i["key"] for i in items if i.get("truth_alt", i["truth"]) == inc["label"])
            truth["alternative_reading"] = {"why": self.alt_why or "", "incidents": alt_incs}
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        meta = {"n": self.n, "short": self.short, "story": self.story, "debatable": self.debatable}
        os.makedirs(os.path.join(HERE, "meta"), exist_ok=True)
        with open(os.path.join(HERE, "meta", f"{self.n}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
        return len(items)


def rain_bg(S, t, level, gauges=("C0F9T0", "SN-RG-001", "SN-RG-002"), step_min=7):
    """heavy-rain alerts of the gauges: the typhoon's weather, no job of its own"""
    base = T(t)
    for j, g in enumerate(gauges):
        S.rule(g, "heavy_rain", base + dt.timedelta(minutes=j * step_min + S.rng.randint(0, 4)),
               f"{REG[g]['properties']['name']}雨量達{level}標準", None, level=level)
