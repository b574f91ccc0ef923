"""Helpers for the seeded situation generator (situations 251-262).

Times are written in Taiwan local time (UTC+8) in the scripts and stored in UTC.
Every random choice goes through the situation's own random.Random(seed), so a
run reproduces the files byte for byte.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

UTC = dt.timezone.utc
TW = dt.timezone(dt.timedelta(hours=8))

NOALT = object()  # no truth_alt field (same label under both readings)


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"], "kind": p["kind"],
                               "name": p["name"], "metadata": p.get("metadata") or {}}
    return out


SENSORS = load_sensors()


def S(sid):
    return (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


def off(p, dx_m=0.0, dy_m=0.0):
    """Offset a (lon, lat) point by metres east / north."""
    lon, lat = p
    dlat = dy_m / 110_800.0
    dlon = dx_m / (111_320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# default delay from observed to arrival, seconds, per feed
DELAYS = {"rule": (25, 80), "fire_alarm": (1, 4), "signal": (3, 20), "parking": (20, 70),
          "cctv": (4, 15), "status": (1, 8), "incident": (40, 160), "1999": (60, 260),
          "119": (8, 40), "planned_event": (0, 0)}

FLOOD_BANDS = [(15, "1-15", "Minor"), (30, "16-30", "Moderate"), (10 ** 6, ">30", "Severe")]
WL_SEV = {3: "Moderate", 2: "Severe", 1: "Extreme"}
WL_ZH = {3: "三", 2: "二", 1: "一"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Sit:
    def __init__(self, num, slug, date, seed, description):
        self.num = num
        self.slug = slug
        self.name = f"{num}_{slug}"
        y, m, d = (int(x) for x in date.split("-"))
        self.day0 = dt.datetime(y, m, d, tzinfo=TW)
        self.rng = random.Random(seed)
        self.description = description
        self.items = []
        self.seq = {}
        self.by_key = {}
        self.dups = []

    # ---- time and place -------------------------------------------------
    def T(self, s):
        """'21:32', '21:32:10' or '+1 01:10' (next local day) -> aware datetime."""
        if isinstance(s, dt.datetime):
            return s
        day = 0
        if s.startswith("+") or s.startswith("-"):
            d, s = s.split(" ")
            day = int(d)
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.day0 + dt.timedelta(days=day, hours=parts[0], minutes=parts[1], seconds=parts[2])

    def jit(self, p, r=35.0):
        a = self.rng.uniform(0, 2 * math.pi)
        d = self.rng.uniform(0, r)
        return off(p, d * math.cos(a), d * math.sin(a))

    def key(self, prefix):
        n = self.seq.get(prefix, 0) + 1
        self.seq[prefix] = n
        return f"{prefix}-{self.num}-{n:03d}"

    # ---- core -----------------------------------------------------------
    def _add(self, *, prefix, kind, feed, agency, category, severity, lon, lat, t, text, truth,
             alt=NOALT, sensor_id=None, confidence=None, level=None, follows=None, ends=None,
             delay=None, arrival=None, observed=None, key=None):
        obs_t = self.T(t)
        if arrival is not None:
            arr_t = self.T(arrival)
        else:
            if delay is None:
                lo, hi = DELAYS[feed]
                delay = self.rng.randint(lo, hi)
            arr_t = obs_t + dt.timedelta(seconds=delay)
        k = key or self.key(prefix)
        item = {"key": k, "kind": kind, "feed": feed, "agency": agency, "category": category,
                "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
                "observed": observed if observed is not None else iso(obs_t), "arrival": iso(arr_t)}
        if sensor_id is not None:
            item["sensor_id"] = sensor_id
        item["text"] = text
        if confidence is not None:
            item["confidence"] = confidence
        if level is not None:
            item["level"] = level
        if follows is not None:
            item["follows"] = follows
        if ends is not None:
            item["ends"] = iso(self.T(ends))
        item["truth"] = truth
        if alt is not NOALT:
            item["truth_alt"] = alt
        self.items.append(item)
        self.by_key[k] = item
        return k

    def dup(self, k, arrival=None, delay=None):
        """A repeated delivery: same fields, later arrival."""
        src = self.by_key[k]
        if arrival is not None:
            arr = iso(self.T(arrival))
        else:
            a = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            arr = iso(a + dt.timedelta(seconds=delay))
        self.dups.append((k, arr))  # copied at write time, after any later edit of the original
        return k

    # ---- sensor rules (kind alert, feed rule) ---------------------------
    def _sensor(self, sid):
        s = SENSORS[sid]
        return s, s["lon"], s["lat"]

    def flood(self, sid, t, cm, truth, **kw):
        s, lon, lat = self._sensor(sid)
        band, sev = next((b, v) for lim, b, v in FLOOD_BANDS if cm <= lim)
        text = kw.pop("text", None) or f"{s['name']} 淹水深度 {cm} cm（{band} cm 級距）"
        return self._add(prefix="ALR", kind="alert", feed="rule", agency=s["agency"], category="flood_depth",
                         severity=sev, lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid,
                         level=band, **kw)

    def wlevel(self, sid, t, lvl, metres, truth, **kw):
        s, lon, lat = self._sensor(sid)
        thr = s["metadata"]["alert_levels_m"][str(lvl)]
        assert metres >= thr, (sid, lvl, metres)
        text = kw.pop("text", None) or f"{s['name']} 水位 {metres:.2f} m，達{WL_ZH[lvl]}級警戒（{thr} m）"
        return self._add(prefix="ALR", kind="alert", feed="rule", agency=s["agency"], category="water_level",
                         severity=WL_SEV[lvl], lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid,
                         level=str(lvl), **kw)

    def rain(self, sid, t, cls, detail, truth=None, **kw):
        s, lon, lat = self._sensor(sid)
        text = f"{s['name']}雨量站 {detail}，達{cls}標準"
        return self._add(prefix="ALR", kind="alert", feed="rule", agency=s["agency"], category="heavy_rain",
                         severity=RAIN_SEV[cls], lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid,
                         level=cls, **kw)

    def congestion(self, sid, t, speed, occ, truth, sev="Minor", **kw):
        s, lon, lat = self._sensor(sid)
        text = kw.pop("text", None) or f"{s['name']} 平均車速 {speed} km/h，佔有率 {occ}%，車流壅塞"
        return self._add(prefix="ALR", kind="alert", feed="rule", agency=s["agency"], category="congestion",
                         severity=sev, lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    def offline_alert(self, sid, t, minutes, truth, reason=None, **kw):
        s, lon, lat = self._sensor(sid)
        why = f"（status offline: {reason}）" if reason else ""
        text = f"{s['name']} 超過 {minutes} 分鐘未回傳資料{why}"
        return self._add(prefix="ALR", kind="alert", feed="rule", agency=s["agency"], category="sensor_offline",
                         severity="Minor", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    def cleared(self, sid, t, what, truth, **kw):
        s, lon, lat = self._sensor(sid)
        text = f"{s['name']} {what}，警戒解除"
        return self._add(prefix="ALR", kind="alert", feed="rule", agency=s["agency"], category="cleared",
                         severity="Minor", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    # ---- device events ----------------------------------------------------
    def status(self, sid, state, t, truth, reason=None, **kw):
        s, lon, lat = self._sensor(sid)
        text = kw.pop("text", None) or (f"{s['name']} 連線中斷（{reason}）" if state == "offline" and reason
                                        else f"{s['name']} 離線" if state == "offline" else f"{s['name']} 恢復連線")
        return self._add(prefix="ST", kind="event", feed="status", agency=s["agency"], category=state,
                         severity="Unknown", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    def fire(self, sid, state, t, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        assert s["kind"] == "fire_alarm"
        return self._add(prefix="FA", kind="event", feed="fire_alarm", agency="disaster", category=state,
                         severity="Unknown", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    def signal(self, sid, state, t, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        assert s["kind"] == "signal"
        return self._add(prefix="SG", kind="event", feed="signal", agency="traffic", category=state,
                         severity="Unknown", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    def parking(self, sid, t, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        assert s["kind"] == "parking"
        return self._add(prefix="PK", kind="event", feed="parking", agency="traffic", category="full",
                         severity="Unknown", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid, **kw)

    def cctv(self, sid, event, t, conf, text, truth, agency="police", **kw):
        s, lon, lat = self._sensor(sid)
        assert s["kind"] == "cctv"
        return self._add(prefix="CV", kind="event", feed="cctv", agency=agency, category=event,
                         severity="Unknown", lon=lon, lat=lat, t=t, text=text, truth=truth, sensor_id=sid,
                         confidence=conf, **kw)

    # ---- agency reports -------------------------------------------------
    def police(self, cat, sev, p, t, text, truth, **kw):
        return self._add(prefix="PR", kind="event", feed="incident", agency="police", category=cat,
                         severity=sev, lon=p[0], lat=p[1], t=t, text=text, truth=truth, **kw)

    def c1999(self, cat, p, t, text, truth, **kw):
        return self._add(prefix="C1999", kind="event", feed="1999", agency="citizen", category=cat,
                         severity="Unknown", lon=p[0], lat=p[1], t=t, text=text, truth=truth, **kw)

    def f119(self, cat, p, t, text, truth, **kw):
        return self._add(prefix="FD", kind="event", feed="119", agency="fire", category=cat,
                         severity="Unknown", lon=p[0], lat=p[1], t=t, text=text, truth=truth, **kw)

    def upd119(self, case, t, text, truth, n, **kw):
        src = self.by_key[case]
        return self._add(prefix="FD", kind="event", feed="119", agency="fire", category=src["category"],
                         severity="Unknown", lon=src["lon"], lat=src["lat"], t=t, text=text, truth=truth,
                         follows=case, key=f"{case}-u{n}", **kw)

    def planned(self, cat, p, start, end, arrival, text, truth, **kw):
        return self._add(prefix="PE", kind="event", feed="planned_event", agency="police", category=cat,
                         severity="Unknown", lon=p[0], lat=p[1], t=start, text=text, truth=truth,
                         ends=end, arrival=arrival, **kw)

    # ---- output -----------------------------------------------------------
    def write(self, incidents, alt=None, notes=None):
        rows = list(self.items)
        for k, arr in self.dups:
            it = dict(self.by_key[k])
            it["arrival"] = arr
            rows.append(it)
        order = sorted(range(len(rows)), key=lambda i: (rows[i]["arrival"], i))
        path = os.path.join(OUT, self.name + ".jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for i in order:
                f.write(json.dumps(rows[i], ensure_ascii=False) + "\n")
        truth = {"situation": self.name, "description": self.description, "incidents": incidents}
        if alt is not None:
            truth["alternative_reading"] = alt
        if notes is not None:
            truth["notes"] = notes
        with open(os.path.join(OUT, self.name + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return path


def inc(label, typ, description, key):
    return {"label": label, "type": typ, "description": description, "sufficient_evidence_key": key}
