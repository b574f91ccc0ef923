"""Helpers for situations 1491-1502 (typhoon night in the 水湳 zone). Seeded, stdlib only."""
import json, os, random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    out = {}
    for f in d["features"]:
        p = f["properties"]
        md = p.get("metadata") or {}
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "name": p.get("name"),
                               "lonlat": f["geometry"]["coordinates"], "gateway": md.get("gateway")}
    return out

SENSORS = load_sensors()

# places named in the situations (lon, lat): junctions from the registry, buildings from gazetteer.yaml
P = {
    "中清環中地下道": (120.657242, 24.198897), "中清環中路口": (120.6572, 24.1987),
    "台74環中路口": (120.6472, 24.19586), "凱旋環中路口": (120.64766, 24.19659),
    "中科環中路口": (120.65217, 24.19785), "經貿環中路口": (120.65345, 24.19848),
    "經貿黎明路口": (120.65496, 24.19582), "經貿七路口": (120.65685, 24.19247),
    "黎明凱旋路口": (120.64904, 24.19365), "河南中平路口": (120.650315, 24.171058),
    "經貿中平路口": (120.660376, 24.173594), "臺灣大道環中路口": (120.63188, 24.17485),
    "轉運中心": (120.6528, 24.1974), "會展中心": (120.6551, 24.1944), "會展A館": (120.6546, 24.1948),
    "會展B館": (120.6556, 24.194), "綠美圖": (120.657, 24.1915), "營運塔": (120.6585, 24.193),
    "影音中心": (120.652, 24.185), "公園地下停車場": (120.6566, 24.188), "回收中心": (120.659, 24.1765),
    "逢甲水湳": (120.652, 24.179), "中國醫水湳": (120.6592, 24.1735), "生態住宅A": (120.6588, 24.184),
    "生態住宅B": (120.659, 24.1815), "河南路停車場": (120.653, 24.1745), "經貿六停車場": (120.65491, 24.1956),
    "河南路低窪": (120.6528, 24.1742), "經貿路低窪": (120.6596, 24.1825), "黎明凱旋低窪": (120.6475, 24.193),
    "中科路中段": (120.653457, 24.185998), "凱旋路中段": (120.651893, 24.185023),
    "經貿路中段": (120.658667, 24.185922), "黎明路中段": (120.652024, 24.194744),
    "中清路南段": (120.665104, 24.184241), "河南路北段": (120.651182, 24.171828),
    "中平路東段": (120.665014, 24.174754), "環中路西段": (120.642226, 24.190085),
    "泰安國小": (120.6497, 24.1975), "北滯洪池": (120.6562, 24.188), "南滯洪池": (120.6566, 24.1775),
    "滯洪池2": (120.6572, 24.185296), "滯洪池3": (120.6556, 24.18225), "滯洪池4": (120.6572, 24.179204),
    "公園中段步道": (120.6562, 24.1835), "經貿路排水": (120.6598, 24.18),
}

BASE = datetime(2016, 9, 27, 12, 0, tzinfo=timezone.utc)  # 20:00 local, typhoon Megi night
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
           "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
           "permit_status", "gateway", "truth", "truth_alt"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
_MISSING = object()

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

class Sit:
    def __init__(self, num, name, description, base=BASE):
        self.num, self.name, self.description, self.base = num, name, description, base
        self.rng = random.Random(num * 7919)
        self.items, self.n = [], 0
        self.incidents, self.alt = [], None
        self.notes = []

    def inc(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    def where(self, place, jitter=25):
        lon, lat = P[place] if isinstance(place, str) else place
        j = jitter / 111000.0
        return round(lon + self.rng.uniform(-j, j), 6), round(lat + self.rng.uniform(-j, j), 6)

    def add(self, feed, category, t, truth, place=None, sid=None, text=None, sev=None, delay=None,
            alt=_MISSING, clock=0.0, jitter=25, **extra):
        """t: minutes after base (true time); clock: minutes the source clock is off; delay: minutes to arrival."""
        self.n += 1
        key = "%d-%03d" % (self.num, self.n)
        if delay is None:
            delay = round(self.rng.uniform(0.2, 1.5), 2)
        obs = self.base + timedelta(minutes=t + clock)
        arr = self.base + timedelta(minutes=t + delay)
        if sid:
            s = SENSORS[sid]
            lon, lat = s["lonlat"]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
        else:
            lon, lat = self.where(place, jitter)
            agency = FEED_AGENCY[feed]
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": sev or "Unknown", "lon": lon, "lat": lat,
              "observed": iso(obs), "arrival": iso(arr)}
        if sid:
            it["sensor_id"] = sid
        if text:
            it["text"] = text
        motion = extra.pop("motion", None)  # no item field for it: said in the text
        if motion:
            it["text"] = (text + " " if text else "") + {"standing": "人群停留", "moving": "人群移動"}[motion]
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt is not _MISSING and alt != truth:
            it["truth_alt"] = alt
        it["_arr"] = arr
        self.items.append(it)
        return key

    def dup(self, key, later_min):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        d["_arr"] = src["_arr"] + timedelta(minutes=later_min)
        d["arrival"] = iso(d["_arr"])
        self.items.append(d)
        return key

    # convenience wrappers ------------------------------------------------------------
    def flood(self, sid, t, cm, truth, **kw):
        band, sev = ("1-15", "Minor") if cm <= 15 else (("16-30", "Moderate") if cm <= 30 else (">30", "Severe"))
        name = SENSORS[sid]["name"]
        return self.add("rule", "flood_depth", t, truth, sid=sid, sev=sev, level=band,
                        text="%s 淹水深度 %d 公分" % (name, cm), **kw)

    def wl(self, sid, t, lvl, truth, **kw):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        return self.add("rule", "water_level", t, truth, sid=sid, sev=sev, level=lvl,
                        text="%s 達%s級警戒" % (SENSORS[sid]["name"], {"3": "三", "2": "二", "1": "一"}[lvl]), **kw)

    def rain(self, sid, t, cls, truth=None, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe"}.get(cls, "Extreme")
        return self.add("rule", "heavy_rain", t, truth, sid=sid, sev=sev, level=cls,
                        text="%s 雨量達%s標準" % (SENSORS[sid]["name"], cls), **kw)

    def off(self, sid, t, truth, reason=None, **kw):
        gw = SENSORS[sid]["gateway"]
        return self.add("status", "offline", t, truth, sid=sid, reason=reason, gateway=gw,
                        text="%s 離線" % SENSORS[sid]["name"], **kw)

    def on(self, sid, t, truth, **kw):
        return self.add("status", "online", t, truth, sid=sid, gateway=SENSORS[sid]["gateway"],
                        text="%s 恢復連線" % SENSORS[sid]["name"], **kw)

    def sig(self, sid, state, t, truth, text=None, **kw):
        return self.add("signal", state, t, truth, sid=sid,
                        text=text or ("號誌黑燈" if state == "fault" else "號誌恢復正常"), **kw)

    def cam(self, sid, ev, t, truth, conf, **kw):
        return self.add("cctv", ev, t, truth, sid=sid, confidence=conf, **kw)

    def c1999(self, cat, place, t, truth, text, **kw):
        return self.add("1999", cat, t, truth, place=place, text=text, **kw)

    def pol(self, cat, sev, place, t, truth, text, **kw):
        return self.add("incident", cat, t, truth, place=place, sev=sev, text=text, **kw)

    def d119(self, cat, place, t, truth, text, status=None, follows=None, **kw):
        return self.add("119", cat, t, truth, place=place, text=text, status=status, follows=follows, **kw)

    # output --------------------------------------------------------------------------
    def write(self):
        items = sorted(self.items, key=lambda i: (i["_arr"], i["key"]))
        stem = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, stem + ".jsonl"), "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps({k: v for k, v in it.items() if k != "_arr"}, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        print(stem, len(items), "items", len(self.incidents), "incidents")

    def alt_reading(self, why, changes):
        """changes: dict label -> incident dict or None (dropped); new labels appended."""
        incs = []
        for i in self.incidents:
            if i["label"] in changes:
                if changes[i["label"]] is not None:
                    incs.append(changes[i["label"]])
            else:
                incs.append(i)
        for lab, v in changes.items():
            if v is not None and lab not in [i["label"] for i in self.incidents]:
                incs.append(v)
        self.alt = {"why": why, "incidents": incs}
