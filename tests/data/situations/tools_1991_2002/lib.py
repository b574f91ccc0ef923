"""Helpers for situations 1991-2002 (one typhoon over the Shuinan zone, twelve windows)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
TW = timezone(timedelta(hours=8))


def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    out = {}
    for f in d["features"]:
        p = f["properties"]
        sid = p.get("sensor_id") or p.get("id")
        lon, lat = f["geometry"]["coordinates"][:2]
        out[sid] = dict(lon=lon, lat=lat, kind=p.get("kind"), agency=p.get("agency"), name=p.get("name"),
                        gateway=(p.get("metadata") or {}).get("gateway"))
    return out


SENSORS = load_sensors()
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
TAG = {"rule": "R", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "incident": "POL", "cctv": "CCTV",
       "1999": "1999", "status": "ST", "119": "119", "planned_event": "PE"}


def off(lon, lat, dx_m, dy_m):
    """Point dx metres east and dy metres north of (lon, lat)."""
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy_m / 110574.0, 6))


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, start_local, description, seed=None):
        self.num, self.name, self.description = num, name, description
        self.t0 = datetime.strptime(start_local, "%Y-%m-%d %H:%M").replace(tzinfo=TW)
        self.items, self.incidents, self.alt, self.notes = [], [], None, None
        self.n = 0
        self.rng = random.Random(seed if seed is not None else num)

    # ---- core
    def t(self, minutes):
        return self.t0 + timedelta(minutes=minutes)

    def _add(self, feed, kind, agency, category, severity, lon, lat, obs, delay, truth, text, alt="_", **extra):
        self.n += 1
        key = f"{self.num}-{TAG[feed]}-A{self.n:04d}"
        jit = self.rng.randint(0, 40)  # seconds of jitter, seeded
        o = self.t(obs) + timedelta(seconds=jit)
        a = o + timedelta(minutes=delay, seconds=self.rng.randint(3, 25))
        it = dict(key=key, kind=kind, feed=feed, agency=agency, category=category, severity=severity,
                  lon=lon, lat=lat, observed=iso(o), arrival=iso(a))
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["text"] = text
        it["truth"] = truth
        if alt != "_":
            it["truth_alt"] = alt
        self.items.append(it)
        return key

    def sensor(self, sid):
        s = SENSORS[sid]
        return s

    # ---- sensor rules
    def flood(self, sid, band, cm, obs, truth, delay=1, **kw):
        s = SENSORS[sid]
        return self._add("rule", "alert", s["agency"], "flood_depth", FLOOD_SEV[band], s["lon"], s["lat"], obs, delay,
                         truth, f"{s['name']} 淹水深度 {cm} cm（{band} cm）", sensor_id=sid, level=band, **kw)

    def wl(self, sid, lvl, m, obs, truth, delay=1, falling=False, **kw):
        s = SENSORS[sid]
        if falling:
            return self._add("rule", "alert", s["agency"], "water_level_falling", "Minor", s["lon"], s["lat"], obs,
                             delay, truth, f"{s['name']} 水位 {m} m 回降至{lvl}級警戒以下", sensor_id=sid, level=str(lvl), **kw)
        return self._add("rule", "alert", s["agency"], "water_level", WL_SEV[str(lvl)], s["lon"], s["lat"], obs, delay,
                         truth, f"{s['name']} 水位 {m} m 達{'一二三'[3 - lvl] if False else {1:'一',2:'二',3:'三'}[lvl]}級警戒",
                         sensor_id=sid, level=str(lvl), **kw)

    def rain(self, sid, cls, mm, obs, truth=None, delay=2, **kw):
        s = SENSORS[sid]
        return self._add("rule", "alert", s["agency"], "heavy_rain", RAIN_SEV[cls], s["lon"], s["lat"], obs, delay,
                         truth, f"{s['name']} 累積雨量 {mm}，達{cls}標準", sensor_id=sid, level=cls, **kw)

    def cong(self, sid, speed, obs, truth, delay=1, **kw):
        s = SENSORS[sid]
        return self._add("rule", "alert", s["agency"], "congestion", "Minor" if speed > 15 else "Moderate", s["lon"],
                         s["lat"], obs, delay, truth, f"{s['name']} 平均車速降至 {speed} km/h", sensor_id=sid, **kw)

    def soff_rule(self, sid, obs, truth, delay=1, text=None, **kw):
        s = SENSORS[sid]
        return self._add("rule", "alert", s["agency"], "sensor_offline", "Minor", s["lon"], s["lat"], obs, delay, truth,
                         text or f"{s['name']} 超過預期時間未回傳資料", sensor_id=sid, **kw)

    def status(self, sid, state, obs, truth, reason=None, delay=0, text=None, **kw):
        s = SENSORS[sid]
        txt = text or (f"{s['name']} 離線" if state == "offline" else f"{s['name']} 恢復連線")
        return self._add("status", "event", s["agency"], state, "Unknown", s["lon"], s["lat"], obs, delay, truth, txt,
                         sensor_id=sid, reason=reason if state == "offline" else None, **kw)

    def panel(self, sid, cat, obs, truth, text, delay=0, **kw):
        s = SENSORS[sid]
        return self._add("fire_alarm", "event", "disaster", cat, "Unknown", s["lon"], s["lat"], obs, delay, truth,
                         f"{s['name']} {text}", sensor_id=sid, **kw)

    def signal(self, sid, cat, obs, truth, text=None, delay=0, **kw):
        s = SENSORS[sid]
        txt = text or (f"{s['name']} 控制器異常 燈號全暗" if cat == "fault" else f"{s['name']} 恢復正常運作")
        return self._add("signal", "event", "traffic", cat, "Unknown", s["lon"], s["lat"], obs, delay, truth, txt,
                         sensor_id=sid, **kw)

    def cctv(self, sid, cat, conf, obs, truth, text, delay=0, **kw):
        s = SENSORS[sid]
        return self._add("cctv", "event", s["agency"], cat, "Unknown", s["lon"], s["lat"], obs, delay, truth,
                         f"{s['name']}：{text}", sensor_id=sid, confidence=conf, **kw)

    def parking(self, sid, cat, obs, truth, text, delay=0, **kw):
        s = SENSORS[sid]
        return self._add("parking", "event", "traffic", cat, "Unknown", s["lon"], s["lat"], obs, delay, truth,
                         f"{s['name']} {text}", sensor_id=sid, **kw)

    # ---- agency reports
    def police(self, cat, sev, pt, obs, truth, text, delay=5, **kw):
        return self._add("incident", "event", "police", cat, sev, pt[0], pt[1], obs, delay, truth, text, **kw)

    def c1999(self, cat, pt, obs, truth, text, delay=4, **kw):
        return self._add("1999", "event", "citizen", cat, "Unknown", pt[0], pt[1], obs, delay, truth, text, **kw)

    def f119(self, cat, pt, obs, truth, text, delay=2, status=None, **kw):
        return self._add("119", "event", "fire", cat, "Unknown", pt[0], pt[1], obs, delay, truth, text,
                         status=status, **kw)

    def permit(self, cat, pt, start, end_min, arrival_before, truth, text, radius=None, **kw):
        # observed = start; arrival earlier than start (permits arrive ahead)
        self.n += 1
        key = f"{self.num}-{TAG['planned_event']}-A{self.n:04d}"
        it = dict(key=key, kind="event", feed="planned_event", agency="police", category=cat, severity="Unknown",
                  lon=pt[0], lat=pt[1], observed=iso(self.t(start)), arrival=iso(self.t(start - arrival_before)),
                  ends=iso(self.t(end_min)))
        if radius:
            it["radius_m"] = radius
        it.update({k: v for k, v in kw.items() if v is not None})
        it["text"] = text
        it["truth"] = truth
        self.items.append(it)
        return key

    def dup(self, key, extra_min):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(minutes=extra_min))
        self.items.append(d)
        return key

    def incident(self, label, typ, desc, key):
        self.incidents.append(dict(label=label, type=typ, description=desc, sufficient_evidence_key=key))

    def alternative(self, why, incidents):
        self.alt = dict(why=why, incidents=incidents)

    # ---- output
    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        tr = dict(situation=f"{self.num}_{self.name}", description=self.description, incidents=self.incidents)
        if self.alt:
            tr["alternative_reading"] = self.alt
        if self.notes:
            tr["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(tr, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{self.num}_{self.name}: {len(items)} items, {len(self.incidents)} incidents")


def P(sid, dx=0, dy=0):
    s = SENSORS[sid]
    return off(s["lon"], s["lat"], dx, dy)


def alt_list(sit, drop=(), add=()):
    return [i for i in sit.incidents if i["label"] not in drop] + list(add)
