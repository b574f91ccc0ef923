"""Helpers for the labelled situations 891-902 of the Shuinan smart operations center.

Standard library only. Every situation is built by a seeded generator, so its output is
stable: run `python3 gen_a.py && python3 gen_b.py && python3 validate.py` in this folder.

Conventions (see README_891-902.md):
* times are written in local time (UTC+8) in the generators and stored in UTC (`Z`);
  an hour of 24 or more means the next day ("24:05" is 00:05 of the next day);
* `observed` is what the source stamped; `arrival` is when the center received it;
* sensor items sit at the registered position of their sensor, with its registered id;
* a duplicated delivery repeats every field of the item but `arrival`.
"""
import copy
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

UTC = dt.timezone.utc
TPE = dt.timezone(dt.timedelta(hours=8))

# metres per degree at the zone's latitude (24.18 N); good to a few cm over 3 km
LAT0 = 24.18
LON0 = 120.65
M_PER_DEG_LAT = 110770.0
M_PER_DEG_LON = 111320.0 * math.cos(math.radians(LAT0))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as fh:
        return json.load(fh)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
        "kind": _p["kind"],
        "agency": _p["agency"],
        "name": _p["name"],
        "metadata": _p.get("metadata") or {},
        "expected_interval_s": _p.get("expected_interval_s"),
    }

ROADS = {}
for _f in _load("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = {
        "name": _f["properties"]["name"],
        "coords": _f["geometry"]["coordinates"],
    }

# the kinds a feed's items come from (validate.py checks the same)
FEED_OF_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}


# ---------------------------------------------------------------- geometry
def to_xy(lon, lat):
    return ((lon - LON0) * M_PER_DEG_LON, (lat - LAT0) * M_PER_DEG_LAT)


def to_ll(x, y):
    return (round(LON0 + x / M_PER_DEG_LON, 6), round(LAT0 + y / M_PER_DEG_LAT, 6))


def off(pt, east_m=0.0, north_m=0.0):
    """A point east_m metres east and north_m metres north of pt (lon, lat)."""
    x, y = to_xy(*pt)
    return to_ll(x + east_m, y + north_m)


def sensor_pt(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


def dist_m(a, b):
    ax, ay = to_xy(*a)
    bx, by = to_xy(*b)
    return math.hypot(ax - bx, ay - by)


def _road_xy(road_id):
    return [to_xy(lon, lat) for lon, lat in ROADS[road_id]["coords"]]


def road_length(road_id):
    pts = _road_xy(road_id)
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(pts, pts[1:]))


def along(road_id, metres, side_m=0.0):
    """The point `metres` along the road line from its first vertex, moved `side_m`
    to the left of the direction of travel (negative: to the right)."""
    pts = _road_xy(road_id)
    left = metres
    for a, b in zip(pts, pts[1:]):
        seg = math.hypot(b[0] - a[0], b[1] - a[1])
        if left <= seg or b is pts[-1]:
            f = max(0.0, min(1.0, left / seg)) if seg else 0.0
            x = a[0] + f * (b[0] - a[0])
            y = a[1] + f * (b[1] - a[1])
            ux, uy = (b[0] - a[0]) / seg, (b[1] - a[1]) / seg
            return to_ll(x - uy * side_m, y + ux * side_m)
        left -= seg
    raise AssertionError("unreachable")


def chainage(road_id, pt):
    """Metres along road_id of the projection of pt onto its line."""
    px, py = to_xy(*pt)
    pts = _road_xy(road_id)
    best = (float("inf"), 0.0)
    run = 0.0
    for a, b in zip(pts, pts[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        seg2 = dx * dx + dy * dy
        f = max(0.0, min(1.0, ((px - a[0]) * dx + (py - a[1]) * dy) / seg2))
        qx, qy = a[0] + f * dx, a[1] + f * dy
        d = math.hypot(px - qx, py - qy)
        if d < best[0]:
            best = (d, run + f * math.sqrt(seg2))
        run += math.sqrt(seg2)
    return best[1]


def scatter(rng, pt, rmin, rmax):
    """A point between rmin and rmax metres from pt, in a random direction."""
    r = rng.uniform(rmin, rmax)
    a = rng.uniform(0, 2 * math.pi)
    return off(pt, r * math.cos(a), r * math.sin(a))


def jitter(rng, pt, r=25.0):
    """Geocoding noise of an address or a landmark (a few tens of metres)."""
    return scatter(rng, pt, 0.0, r)


# ---------------------------------------------------------------- time
def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


NOALT = object()  # "no truth_alt field" (as opposed to truth_alt null)


class Sit:
    """One situation: its items, its incidents, an optional alternative reading."""

    def __init__(self, num, short, date, seed, description):
        self.num = num
        self.short = short
        self.date = date  # "2026-03-18", local date of the situation's start
        self.rng = random.Random(seed)
        self.description = description
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = []
        self._seq = {}
        self._order = 0
        y, m, d = (int(v) for v in date.split("-"))
        self._day0 = dt.datetime(y, m, d, tzinfo=TPE)
        self.ymd = "%04d%02d%02d" % (y, m, d)
        self.roc = "%03d%02d%02d" % (y - 1911, m, d)

    # -- time ------------------------------------------------------------
    def t(self, hms, day=0):
        """Local 'HH:MM' or 'HH:MM:SS' on the situation's date (hours >= 24: next day)."""
        parts = [int(p) for p in hms.split(":")]
        while len(parts) < 3:
            parts.append(0)
        h, m, s = parts
        return self._day0 + dt.timedelta(days=day, hours=h, minutes=m, seconds=s)

    def _when(self, v):
        if isinstance(v, dt.datetime):
            return v
        return self.t(v)

    def seq(self, name, start=1):
        self._seq[name] = self._seq.get(name, start - 1) + 1
        return self._seq[name]

    # -- core ------------------------------------------------------------
    def _add(self, *, key, kind, feed, agency, category, severity, pt, t, text,
             truth, alt=NOALT, lag=None, arr=None, obs_shift=0, sensor_id=None,
             confidence=None, level=None, follows=None, ends=None, lag_range=(3, 30)):
        t = self._when(t)
        if arr is not None:
            arrival = self._when(arr)
        else:
            if lag is None:
                lag = self.rng.randint(*lag_range)
            arrival = t + dt.timedelta(seconds=lag)
        observed = t + dt.timedelta(seconds=obs_shift)
        item = {"key": key, "kind": kind, "feed": feed, "agency": agency,
                "category": category, "severity": severity,
                "lon": round(pt[0], 6), "lat": round(pt[1], 6),
                "observed": iso(observed), "arrival": iso(arrival)}
        if sensor_id is not None:
            item["sensor_id"] = sensor_id
        item["text"] = text
        if confidence is not None:
            item["confidence"] = round(confidence, 2)
        if level is not None:
            item["level"] = level
        if follows is not None:
            item["follows"] = follows
        if ends is not None:
            item["ends"] = iso(self._when(ends))
        item["truth"] = truth
        if alt is not NOALT:
            item["truth_alt"] = alt
        self._order += 1
        self.items.append((arrival, self._order, item))
        return key

    def dup(self, key, arr=None, lag=None):
        """A second delivery of an item: every field the same but `arrival`."""
        src = [it for _, _, it in self.items if it["key"] == key][0]
        item = copy.deepcopy(src)
        if arr is not None:
            arrival = self._when(arr)
        else:
            first = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            arrival = first + dt.timedelta(seconds=lag)
        item["arrival"] = iso(arrival)
        self._order += 1
        self.items.append((arrival, self._order, item))
        return key

    def _sensor(self, sid, kind):
        s = SENSORS[sid]
        assert s["kind"] == kind, (sid, s["kind"], kind)
        return s

    # -- feeds -------------------------------------------------------------
    def rule(self, sid, category, severity, t, text, truth, level=None, lag=None, **kw):
        """An alert of the center's sensor rules, at the sensor's registered position."""
        s = SENSORS[sid]
        key = "ALR-%s-%04d" % (self.ymd, self.seq("rule"))
        return self._add(key=key, kind="alert", feed="rule", agency=s["agency"],
                         category=category, severity=severity, pt=(s["lon"], s["lat"]),
                         t=t, text=text, truth=truth, lag=lag, sensor_id=sid, level=level,
                         lag_range=(20, 75), **kw)

    def flood(self, sid, band, t, depth_cm, truth, **kw):
        sev = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}[band]
        s = self._sensor(sid, "flood")
        text = "%s 淹水深度 %d cm（%s cm 警示）" % (s["name"], depth_cm, band)
        return self.rule(sid, "flood_depth", sev, t, text, truth, level=band, **kw)

    def wlevel(self, sid, lvl, t, metres, truth, **kw):
        sev = {"3": "Moderate", "2": "Severe", "1": "Extreme"}[lvl]
        s = self._sensor(sid, "water_level")
        limit = s["metadata"]["alert_levels_m"][lvl]
        name = {"3": "三級", "2": "二級", "1": "一級"}[lvl]
        text = "%s %.2f m，達%s警戒水位（%.1f m）" % (s["name"], metres, name, limit)
        return self.rule(sid, "water_level", sev, t, text, truth, level=lvl, **kw)

    def rain(self, sid, cls, t, text, truth, **kw):
        sev = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}[cls]
        self._sensor(sid, "rain")
        return self.rule(sid, "heavy_rain", sev, t, text, truth, level=cls, **kw)

    def vd(self, sid, severity, t, text, truth, **kw):
        self._sensor(sid, "vd")
        return self.rule(sid, "congestion", severity, t, text, truth, **kw)

    def cleared(self, sid, t, text, truth, **kw):
        return self.rule(sid, "cleared", "Minor", t, text, truth, **kw)

    def offline_rule(self, sid, t, truth, minutes=20, **kw):
        s = SENSORS[sid]
        text = "%s 已 %d 分鐘未回傳資料（預期每 %d 秒）" % (
            s["name"], minutes, int((s.get("expected_interval_s") or 600)))
        return self.rule(sid, "sensor_offline", "Minor", t, text, truth, **kw)

    def status(self, sid, state, t, truth, text=None, **kw):
        s = SENSORS[sid]
        tt = self._when(t)
        key = "%s/status/%s@%s" % (sid, state, tt.astimezone(TPE).strftime("%H%M%S"))
        if text is None:
            text = "裝置離線" if state == "offline" else "裝置恢復連線"
        return self._add(key=key, kind="event", feed="status", agency=s["agency"],
                         category=state, severity="Unknown", pt=(s["lon"], s["lat"]),
                         t=tt, text=text, truth=truth, sensor_id=sid, lag_range=(1, 6), **kw)

    def panel(self, sid, state, t, text, truth, **kw):
        s = self._sensor(sid, "fire_alarm")
        tt = self._when(t)
        key = "%s/%s@%s" % (sid, state, tt.astimezone(TPE).strftime("%H%M%S"))
        return self._add(key=key, kind="event", feed="fire_alarm", agency="disaster",
                         category=state, severity="Unknown", pt=(s["lon"], s["lat"]),
                         t=tt, text=text, truth=truth, sensor_id=sid, lag_range=(2, 12), **kw)

    def signal(self, sid, state, t, text, truth, **kw):
        s = self._sensor(sid, "signal")
        tt = self._when(t) + dt.timedelta(seconds=kw.get("obs_shift", 0))
        key = "%s/%s@%s" % (sid, state, tt.astimezone(TPE).strftime("%H%M%S"))
        return self._add(key=key, kind="event", feed="signal", agency="traffic",
                         category=state, severity="Unknown", pt=(s["lon"], s["lat"]),
                         t=t, text=text, truth=truth, sensor_id=sid, lag_range=(2, 15), **kw)

    def parking(self, sid, t, truth, text=None, **kw):
        s = self._sensor(sid, "parking")
        tt = self._when(t)
        key = "%s/full@%s" % (sid, tt.astimezone(TPE).strftime("%H%M%S"))
        if text is None:
            text = "%s 汽車車位已滿（剩餘 0／%d）" % (s["name"], s["metadata"]["total_car"])
        return self._add(key=key, kind="event", feed="parking", agency="traffic",
                         category="full", severity="Unknown", pt=(s["lon"], s["lat"]),
                         t=tt, text=text, truth=truth, sensor_id=sid, lag_range=(20, 120), **kw)

    def cctv(self, sid, event, conf, t, text, truth, motion=None, **kw):
        s = self._sensor(sid, "cctv")
        tt = self._when(t) + dt.timedelta(seconds=kw.get("obs_shift", 0))
        key = "%s/%s@%s" % (sid, event, tt.astimezone(TPE).strftime("%H%M%S"))
        return self._add(key=key, kind="event", feed="cctv", agency="police",
                         category=event, severity="Unknown", pt=(s["lon"], s["lat"]),
                         t=t, text=text, truth=truth, sensor_id=sid, confidence=conf,
                         lag_range=(2, 10), **kw)

    def police(self, category, severity, pt, t, text, truth, follows=None, **kw):
        key = "TCPD-%s-%04d" % (self.ymd, self.seq("police", 37 + self.num % 50))
        return self._add(key=key, kind="event", feed="incident", agency="police",
                         category=category, severity=severity, pt=pt, t=t, text=text,
                         truth=truth, follows=follows, lag_range=(40, 240), **kw)

    def c1999(self, category, pt, t, text, truth, **kw):
        key = "%s-%06d" % (self.roc, self.seq("1999", 1800 + (self.num * 37) % 900))
        return self._add(key=key, kind="event", feed="1999", agency="citizen",
                         category=category, severity="Unknown", pt=pt, t=t, text=text,
                         truth=truth, lag_range=(20, 120), **kw)

    def c1999_update(self, case_key, status_zh, t, text, truth, **kw):
        src = [it for _, _, it in self.items if it["key"] == case_key][0]
        key = "%s@%s" % (case_key, self._when(t).astimezone(TPE).strftime("%H%M%S"))
        return self._add(key=key, kind="event", feed="1999", agency="citizen",
                         category=src["category"], severity="Unknown",
                         pt=(src["lon"], src["lat"]), t=t, text="【%s】%s" % (status_zh, text),
                         truth=truth, follows=case_key, lag_range=(10, 90), **kw)

    def f119(self, category, pt, t, text, truth, **kw):
        key = "TCFD-%s-%04d" % (self.ymd, self.seq("119", 100 + (self.num * 13) % 300))
        return self._add(key=key, kind="event", feed="119", agency="fire",
                         category=category, severity="Unknown", pt=pt, t=t,
                         text="【派遣】" + text, truth=truth, lag_range=(8, 40), **kw)

    def f119_update(self, case_key, status, t, text, truth, zh=None, **kw):
        """A later record of a 119 case (a status change, or a progress note with zh)."""
        src = [it for _, _, it in self.items if it["key"] == case_key][0]
        if zh is None:
            zh = {"on_scene": "到達現場", "returning": "返隊", "closed": "結案",
                  "dispatched": "增派"}[status]
        key = "%s/%s@%s" % (case_key, status, self._when(t).astimezone(TPE).strftime("%H%M"))
        return self._add(key=key, kind="event", feed="119", agency="fire",
                         category=src["category"], severity="Unknown",
                         pt=(src["lon"], src["lat"]), t=t, text="【%s】%s" % (zh, text),
                         truth=truth, follows=case_key, lag_range=(8, 40), **kw)

    def permit(self, category, pt, start, end, issued, text, truth, **kw):
        key = "PE-%s-%05d" % (self.ymd[:4], self.seq("permit", 310 + self.num % 200))
        return self._add(key=key, kind="event", feed="planned_event", agency="police",
                         category=category, severity="Unknown", pt=pt, t=start,
                         text=text, truth=truth, arr=issued, ends=end, **kw)

    # -- truth -------------------------------------------------------------
    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype,
                               "description": description,
                               "sufficient_evidence_key": sufficient})
        return label

    def alternative(self, why, incidents):
        """incidents: a complete list; a string reuses the primary incident of that label."""
        full = []
        for inc in incidents:
            if isinstance(inc, str):
                full.append(copy.deepcopy([i for i in self.incidents if i["label"] == inc][0]))
            else:
                full.append(inc)
        self.alt = {"why": why, "incidents": full}

    def note(self, text):
        self.notes.append(text)

    # -- output ------------------------------------------------------------
    def write(self):
        rows = [it for _, _, it in sorted(self.items, key=lambda r: (r[0], r[1]))]
        base = "%d_%s" % (self.num, self.short)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as fh:
            for it in rows:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description,
                 "incidents": self.incidents}
        if self.alt is not None:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("%s: %d items, %d incidents%s" % (
            base, len(rows), len(self.incidents),
            "" if self.alt is None else ", alternative reading with %d" % len(self.alt["incidents"])))
        return base
