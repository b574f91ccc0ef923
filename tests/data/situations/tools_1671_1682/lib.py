"""Helpers for situations 1671-1682 (typhoon nights in the 水湳 zone). Standard library only."""
import json, os, math, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

_SENSORS = None
def sensors():
    global _SENSORS
    if _SENSORS is None:
        d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
        _SENSORS = {}
        for f in d["features"]:
            p = f["properties"]
            _SENSORS[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"],
                                        "lon": f["geometry"]["coordinates"][0],
                                        "lat": f["geometry"]["coordinates"][1],
                                        "name": p.get("name"), "meta": p.get("metadata") or {}}
    return _SENSORS

# named places (lon, lat): registry positions or DOMAIN.md §1.2 anchors
P = {
    "T74_HZ": (120.6472, 24.19586), "KX_HZ": (120.64766, 24.19659), "ZK_HZ": (120.65217, 24.19785),
    "JM_HZ": (120.65345, 24.19848), "JM_LM": (120.65496, 24.19582), "JM_7": (120.65685, 24.19247),
    "LM_KX": (120.64904, 24.19365), "ZQ_HZ": (120.65724, 24.1989), "TW_HZ": (120.63188, 24.17485),
    "HN_ZP": (120.65032, 24.17106), "JM_ZP": (120.66038, 24.17364),
    "HN_LOW": (120.6528, 24.1742), "JM_LOW": (120.6596, 24.1825), "LK_LOW": (120.6475, 24.193),
    "HUB": (120.6528, 24.1974), "TICEC": (120.6551, 24.1944), "MUSEUM": (120.657, 24.1915),
    "TOWER": (120.6585, 24.193), "POP": (120.652, 24.185), "PARK_CP": (120.6566, 24.188),
    "WRC": (120.659, 24.1765), "FCU": (120.652, 24.179), "CMU": (120.6592, 24.1735),
    "ECO_A": (120.6588, 24.184), "ECO_B": (120.659, 24.1815), "HN_PK": (120.653, 24.1745),
    "JM6_PK": (120.65491, 24.1956), "POND_N": (120.6562, 24.188), "POND_S": (120.6566, 24.1775),
    "DRAIN_JM": (120.6598, 24.18), "FAZI": (120.62, 24.17), "HAN": (120.695, 24.185),
    "ZK_MID": (120.6532, 24.1905), "KX_MID": (120.651, 24.188), "ZQ_MID": (120.6622, 24.1905),
    "HZ_W": (120.64, 24.1875),
}

FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
DELAY = {"rule": (20, 70), "status": (3, 25), "signal": (4, 20), "parking": (30, 150), "incident": (60, 420),
         "cctv": (4, 25), "1999": (60, 300), "119": (8, 60), "fire_alarm": (2, 12), "planned_event": (0, 0)}
_NA = object()

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

def parse(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")

def flood_band(cm):
    if cm <= 15: return "1-15", "Minor"
    if cm <= 30: return "16-30", "Moderate"
    return ">30", "Severe"

WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Sit:
    def __init__(self, num, name, t0, title):
        self.num, self.name, self.title = num, name, title
        self.t0 = parse(t0)
        self.rng = random.Random(num * 7919)
        self.items, self.incidents, self.alt_incidents = [], [], None
        self.alt_why, self.story, self.notes = None, "", []
        self.n = 0

    # ---- generic -------------------------------------------------------
    def at(self, minutes):
        return self.t0 + datetime.timedelta(seconds=round(minutes * 60))

    def scatter(self, place, lo=30, hi=250):
        lon, lat = P[place] if isinstance(place, str) else place
        d = self.rng.uniform(lo, hi); a = self.rng.uniform(0, 2 * math.pi)
        dlat = d * math.cos(a) / 111320.0
        dlon = d * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def add(self, feed, category, text, truth, m, kind="event", severity="Unknown", pos=None, sensor=None,
            delay=None, dup=(), alt=_NA, key=None, **extra):
        self.n += 1
        key = key or "%d-%03d" % (self.num, self.n)
        if sensor:
            s = sensors()[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
            if pos is not None and feed == "cctv":  # a camera may give the place of what it saw
                lon, lat = pos if not isinstance(pos, str) else P[pos]
        else:
            lon, lat = pos if not isinstance(pos, str) else P[pos]
            agency = FEED_AGENCY[feed]
        units = extra.pop("units", None)
        if units:
            text = "%s（出勤：%s）" % (text, "、".join(units))
        obs = self.at(m)
        if delay is None:
            lo, hi = DELAY[feed]
            delay = self.rng.randint(lo, hi)
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6), "observed": iso(obs),
              "arrival": iso(obs + datetime.timedelta(seconds=delay))}
        if sensor: it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if v is not None: it[k] = v
        it["truth"] = truth
        if alt is not _NA: it["truth_alt"] = alt
        self.items.append(it)
        for dd in dup:
            c = dict(it); c["arrival"] = iso(obs + datetime.timedelta(seconds=delay + dd))
            self.items.append(c)
        return key

    # ---- feeds ---------------------------------------------------------
    def rain(self, m, sid, cls, text, truth=None, **kw):
        return self.add("rule", "heavy_rain", text, truth, m, kind="alert", severity=RAIN_SEV[cls],
                        sensor=sid, level=cls, **kw)

    def flood(self, m, sid, cm, truth, text=None, **kw):
        band, sev = flood_band(cm)
        name = sensors()[sid]["name"]
        text = text or "%s 淹水深度 %d 公分（%s cm 級距）" % (name, cm, band)
        return self.add("rule", "flood_depth", text, truth, m, kind="alert", severity=sev, sensor=sid, level=band, **kw)

    def wl(self, m, sid, level, metres, truth, **kw):
        name = sensors()[sid]["name"]
        text = "%s 水位 %.2f 公尺，達%s級警戒" % (name, metres, {"3": "三", "2": "二", "1": "一"}[level])
        return self.add("rule", "water_level", text, truth, m, kind="alert", severity=WL_SEV[level], sensor=sid,
                        level=level, **kw)

    def wl_fall(self, m, sid, metres, truth, **kw):
        name = sensors()[sid]["name"]
        return self.add("rule", "water_level_falling", "%s 水位回降至 %.2f 公尺，低於警戒" % (name, metres), truth, m,
                        kind="alert", severity="Minor", sensor=sid, **kw)

    def cleared(self, m, sid, text, truth, **kw):
        return self.add("rule", "cleared", text, truth, m, kind="alert", severity="Minor", sensor=sid, **kw)

    def cong(self, m, sid, speed, truth, **kw):
        name = sensors()[sid]["name"]
        return self.add("rule", "congestion", "%s 平均車速降至 %d km/h，車流壅塞" % (name, speed), truth, m,
                        kind="alert", severity="Moderate", sensor=sid, **kw)

    def soff(self, m, sid, truth, text=None, **kw):
        name = sensors()[sid]["name"]
        return self.add("rule", "sensor_offline", text or "%s 超過預期時間未回傳資料" % name, truth, m, kind="alert",
                        severity="Minor", sensor=sid, **kw)

    def off(self, m, sid, truth, reason=None, text=None, **kw):
        name = sensors()[sid]["name"]
        words = {"mains_power_lost": "市電中斷", "comms_lost": "通訊中斷", "maintenance": "計畫性維護",
                 "battery_low": "電池電量低", "device_fault": "設備故障", None: "連線中斷（遺囑訊息）"}
        return self.add("status", "offline", text or "%s 離線：%s" % (name, words[reason]), truth, m, sensor=sid,
                        reason=reason, **kw)

    def on(self, m, sid, truth, text=None, **kw):
        name = sensors()[sid]["name"]
        return self.add("status", "online", text or "%s 恢復連線" % name, truth, m, sensor=sid, **kw)

    def sig(self, m, sid, state, truth, text=None, **kw):
        name = sensors()[sid]["name"]
        t = text or ("%s 號誌故障（黑燈）" % name if state == "fault" else "%s 號誌恢復正常運作" % name)
        return self.add("signal", state, t, truth, m, sensor=sid, **kw)

    def pk(self, m, sid, state, truth, text, **kw):
        return self.add("parking", state, text, truth, m, sensor=sid, **kw)

    def fa(self, m, sid, state, truth, text, **kw):
        return self.add("fire_alarm", state, text, truth, m, sensor=sid, **kw)

    def pol(self, m, cat, sev, pos, text, truth, scatter=None, **kw):
        if scatter: pos = self.scatter(pos, *scatter)
        return self.add("incident", cat, text, truth, m, severity=sev, pos=pos, **kw)

    def cctv(self, m, sid, event, conf, text, truth, pos=None, **kw):
        return self.add("cctv", event, text, truth, m, sensor=sid, pos=pos, confidence=conf, **kw)

    def call(self, m, cat, place, text, truth, lo=30, hi=250, **kw):
        return self.add("1999", cat, text, truth, m, pos=self.scatter(place, lo, hi), **kw)

    def f119(self, m, cat, pos, text, truth, status=None, follows=None, **kw):
        return self.add("119", cat, text, truth, m, pos=pos, status=status, follows=follows, **kw)

    def permit(self, m, cat, start, end, pos, radius, text, truth, permit_status=None, follows=None, **kw):
        return self.add("planned_event", cat, text, truth, m, pos=pos, delay=0, ends=iso(self.at(end)),
                        radius_m=radius, permit_status=permit_status, follows=follows,
                        observed_override=iso(self.at(start)), **kw)

    # ---- truth ---------------------------------------------------------
    def inc(self, label, typ, desc, sek):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": sek})

    def alt(self, why, incidents):
        self.alt_why, self.alt_incidents = why, incidents

    def write(self):
        for it in self.items:  # permits: observed is the start, arrival the permit's issue
            if "observed_override" in it:
                it["observed"] = it.pop("observed_override")
                # keep key order: move truth fields to the end
                for k in ("truth", "truth_alt"):
                    if k in it: it[k] = it.pop(k)
        for it in self.items:
            if "truth_alt" in it and it["truth_alt"] == it["truth"]:
                del it["truth_alt"]
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in order:
                f.write(json.dumps(self.items[i], ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.story,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", os.path.basename(base), len(self.items), "items,", len(self.incidents), "incidents")

    def same(self, *labels_changed):
        """incidents for the alternative reading: all unchanged ones except those named."""
        return [dict(i) for i in self.incidents if i["label"] not in labels_changed]
