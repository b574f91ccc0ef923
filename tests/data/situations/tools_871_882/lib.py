"""Helpers for the situations 871-882 (水湳 smart-city zone).

Times are written in Taiwan local time (UTC+8) in the generators and stored in UTC.
Positions: sensor items at their registered position; agency reports at the
address they name (a junction of the road lines, a building's registered panel or
car-park position); callers scattered around what they describe.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc

LAT0 = 24.185
MX = 111320.0 * math.cos(math.radians(LAT0))  # metres per degree of longitude
MY = 110770.0                                  # metres per degree of latitude

NOALT = object()   # "no truth_alt on this item"


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = dict(_p, lon=_f["geometry"]["coordinates"][0],
                                    lat=_f["geometry"]["coordinates"][1])
ROADS = {f["properties"]["road_id"]: f["geometry"]["coordinates"]
         for f in _load("roads.geojson")["features"]}


# ---------------------------------------------------------------- geometry
def _xy(p):
    return ((p[0] - 120.65) * MX, (p[1] - LAT0) * MY)


def _ll(x, y):
    return (round(120.65 + x / MX, 6), round(LAT0 + y / MY, 6))


def dist_m(a, b):
    ax, ay = _xy(a)
    bx, by = _xy(b)
    return math.hypot(ax - bx, ay - by)


def offset(pos, metres, bearing_deg):
    """Point `metres` from pos towards bearing (0 = north, 90 = east)."""
    x, y = _xy(pos)
    b = math.radians(bearing_deg)
    return _ll(x + metres * math.sin(b), y + metres * math.cos(b))


def _segint(a, b, c, d):
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = a, b, c, d
    den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if den == 0:
        return None
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
    u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
    return None


def _closest(p, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / L)) if L else 0.0
    return (ax + t * dx, ay + t * dy)


def junction(r1, r2):
    """Where two road lines meet, else the middle of their closest approach (<= 300 m)."""
    A = [_xy(p) for p in ROADS[r1]]
    B = [_xy(p) for p in ROADS[r2]]
    for i in range(len(A) - 1):
        for j in range(len(B) - 1):
            h = _segint(A[i], A[i + 1], B[j], B[j + 1])
            if h:
                return _ll(*h)
    best = None
    for P, Q in ((A, B), (B, A)):
        for p in P:
            for j in range(len(Q) - 1):
                c = _closest(p, Q[j], Q[j + 1])
                d = math.dist(p, c)
                if best is None or d < best[0]:
                    best = (d, p, c)
    if best[0] > 300:
        raise ValueError("no junction %s/%s" % (r1, r2))
    return _ll((best[1][0] + best[2][0]) / 2, (best[1][1] + best[2][1]) / 2)


def on_road(road, near):
    """The point of a road line closest to `near` (an address along the road)."""
    P = _xy(near)
    pts = [_xy(p) for p in ROADS[road]]
    best = None
    for j in range(len(pts) - 1):
        c = _closest(P, pts[j], pts[j + 1])
        d = math.dist(P, c)
        if best is None or d < best[0]:
            best = (d, c)
    return _ll(*best[1])


def along(road, start, metres, towards):
    """From point `start` on a road, `metres` along the line towards point `towards`."""
    s = on_road(road, start)
    t = on_road(road, towards)
    d = dist_m(s, t)
    if d == 0:
        return s
    x0, y0 = _xy(s)
    x1, y1 = _xy(t)
    f = metres / d
    return _ll(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)


def pos(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


# ---------------------------------------------------------------- time
def T(s):
    """'2027-06-11 23:40' or '2027-06-11 23:40:15', Taiwan time -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ8)


def iso(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plus(d, minutes=0, seconds=0):
    return d + dt.timedelta(minutes=minutes, seconds=seconds)


def stamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------- vocab
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
FLOOD_BAND = {"1-15": "注意", "16-30": "警戒", ">30": "危險"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
WL_ZH = {"3": "三級", "2": "二級", "1": "一級"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

SENSOR_FEEDS = ("rule", "fire_alarm", "signal", "parking", "status", "cctv")


class Situation:
    def __init__(self, num, name, description, seed=None):
        self.num = num
        self.name = "%d_%s" % (num, name)
        self.description = description
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.seq = 0
        self.incidents = []
        self.alt_incidents = None
        self.alt_why = None
        self.notes = None
        self._rule_open = {}

    # -- low level
    def _add(self, d, alt=NOALT):
        if alt is not NOALT:
            d["truth_alt"] = alt
        self.seq += 1
        self.items.append((d["arrival"], self.seq, d))
        return d["key"]

    def _base(self, key, kind, feed, agency, category, severity, lonlat, observed, arrival,
              text, truth, sensor_id=None, follows=None):
        d = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
             "severity": severity, "lon": round(lonlat[0], 6), "lat": round(lonlat[1], 6),
             "observed": iso(observed), "arrival": iso(arrival)}
        if sensor_id is not None:
            d["sensor_id"] = sensor_id
        d["text"] = text
        if follows is not None:
            d["follows"] = follows
        d["truth"] = truth
        return d

    def scatter(self, p, lo, hi):
        return offset(p, self.rng.uniform(lo, hi), self.rng.uniform(0, 360))

    def lag(self, lo, hi):
        return self.rng.randint(lo, hi)

    # -- sensor rules (kind alert, feed rule)
    def rule(self, sid, category, t, truth, *, level=None, text=None, value=None, sev=None,
             delay=None, alt=NOALT, follows=None, key=None):
        s = SENSORS[sid]
        name = s["name"]
        if category == "flood_depth":
            sev = FLOOD_SEV[level]
            text = text or "%s 淹水深度 %d cm（%s cm，%s）" % (name, value, level, FLOOD_BAND[level])
        elif category == "water_level":
            sev = WL_SEV[level]
            th = s["metadata"]["alert_levels_m"][level]
            text = text or "%s 水位 %.2f m，達%s警戒（%.1f m）" % (name, value, WL_ZH[level], th)
        elif category == "heavy_rain":
            sev = RAIN_SEV[level]
            label = name if name.endswith("雨量站") else "%s雨量站（%s）" % (name, sid)
            text = text or "%s %s，達%s標準" % (label, value, level)
        elif category == "congestion":
            sev = sev or "Moderate"
            text = text or "%s 平均車速 %d km/h、佔有率 %d%%，車流壅塞" % (name, value[0], value[1])
        elif category == "sensor_offline":
            sev = sev or "Minor"
            text = text or "%s 逾 %d 分鐘未回傳資料" % (name, value)
        elif category == "cleared":
            sev = sev or "Minor"
            text = text or "%s 恢復正常，警戒解除" % name
        else:
            raise ValueError(category)
        arrival = plus(t, seconds=delay if delay is not None else self.lag(20, 90))
        key = key or "R-%s-%s-%s" % (sid, category, stamp(t))
        d = self._base(key, "alert", "rule", s["agency"], category, sev, (s["lon"], s["lat"]),
                       t, arrival, text, truth, sensor_id=sid, follows=follows)
        if level is not None:
            d["level"] = level
            # keep field order readable: level before follows/truth
            d = _reorder(d)
        if category != "cleared" and category != "sensor_offline":
            self._rule_open.setdefault((sid, category), key)
        return self._add(d, alt)

    def opened(self, sid, category):
        """Key of the first alert of (sid, category): what a `cleared` follows."""
        return self._rule_open.pop((sid, category))

    # -- device events
    def _device(self, feed, sid, category, t, text, truth, delay, alt, key=None, follows=None,
                observed=None):
        s = SENSORS[sid]
        arrival = plus(t, seconds=delay if delay is not None else self.lag(4, 40))
        obs = observed or t
        key = key or "%s-%s-%s-%s" % ({"fire_alarm": "FA", "signal": "SIG", "parking": "PK",
                                        "status": "ST", "cctv": "CCTV"}[feed], sid, category, stamp(obs))
        d = self._base(key, "event", feed, s["agency"], category, "Unknown", (s["lon"], s["lat"]),
                       obs, arrival, text, truth, sensor_id=sid, follows=follows)
        return d, key

    def panel(self, sid, state, t, text, truth, delay=None, alt=NOALT, observed=None, follows=None):
        d, _ = self._device("fire_alarm", sid, state, t, text, truth, delay, alt, observed=observed,
                            follows=follows)
        return self._add(d, alt)

    def signal(self, sid, state, t, text, truth, delay=None, alt=NOALT, observed=None, follows=None):
        d, _ = self._device("signal", sid, state, t, text, truth, delay, alt, observed=observed,
                            follows=follows)
        return self._add(d, alt)

    def parking_full(self, sid, t, truth, text=None, delay=None, alt=NOALT):
        s = SENSORS[sid]
        text = text or "%s 汽車剩餘車位 0／%d，顯示「滿」" % (s["name"], s["metadata"]["total_car"])
        d, _ = self._device("parking", sid, "full", t, text, truth, delay, alt)
        return self._add(d, alt)

    def status(self, sid, state, t, truth, reason=None, text=None, delay=None, alt=NOALT):
        s = SENSORS[sid]
        if text is None:
            if state == "offline":
                text = "%s 離線%s" % (s["name"], "（reason: %s）" % reason if reason else "（last will，未附原因）")
            else:
                text = "%s 恢復連線" % s["name"]
        d, _ = self._device("status", sid, state, t, text, truth, delay, alt)
        return self._add(d, alt)

    def cctv(self, sid, event, conf, t, text, truth, delay=None, alt=NOALT, at=None):
        d, _ = self._device("cctv", sid, event, t, text, truth, delay, alt)
        d["confidence"] = conf
        if at is not None:
            d["lon"], d["lat"] = round(at[0], 6), round(at[1], 6)
        return self._add(_reorder(d), alt)

    # -- agency reports
    def police(self, key, category, severity, where, observed, arrival, text, truth, follows=None,
               alt=NOALT):
        d = self._base(key, "event", "incident", "police", category, severity, where, observed,
                       arrival, text, truth, follows=follows)
        return self._add(d, alt)

    def c1999(self, key, category, where, observed, arrival, text, truth, follows=None, alt=NOALT):
        d = self._base(key, "event", "1999", "citizen", category, "Unknown", where, observed, arrival,
                       text, truth, follows=follows)
        return self._add(d, alt)

    def f119(self, key, category, where, observed, arrival, text, truth, follows=None, alt=NOALT):
        d = self._base(key, "event", "119", "fire", category, "Unknown", where, observed, arrival,
                       text, truth, follows=follows)
        return self._add(d, alt)

    def permit(self, key, category, where, start, end, arrival, text, truth, follows=None, alt=NOALT):
        d = self._base(key, "event", "planned_event", "police", category, "Unknown", where, start,
                       arrival, text, truth, follows=follows)
        d["ends"] = iso(end)
        return self._add(_reorder(d), alt)

    def dup(self, key, arrival):
        """A second delivery of the item `key`: identical but for `arrival`."""
        for _, _, d in self.items:
            if d["key"] == key:
                e = dict(d)
                e["arrival"] = iso(arrival)
                self.seq += 1
                self.items.append((e["arrival"], self.seq, e))
                return key
        raise KeyError(key)

    # -- truth
    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt_why = why
        self.alt_incidents = incidents

    def write(self):
        rows = [d for _, _, d in sorted(self.items, key=lambda x: (x[0], x[1]))]
        with open(os.path.join(OUT, self.name + ".jsonl"), "w", encoding="utf-8") as f:
            for d in rows:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        truth = {"situation": self.name, "description": self.description,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(rows)


ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
         "arrival", "sensor_id", "text", "confidence", "level", "follows", "ends", "truth",
         "truth_alt"]


def _reorder(d):
    return {k: d[k] for k in ORDER if k in d}


def same_inc(incidents, *labels):
    """Copy of the incidents with the given labels (for an alternative reading's full list)."""
    out = [dict(i) for i in incidents if i["label"] in labels]
    assert len(out) == len(labels), labels
    return out
