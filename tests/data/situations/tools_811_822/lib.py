"""Helpers for the typhoon-night situations 811-822 (Shuinan smart operations center).

Everything a generator needs: the registry and the road lines (read from GEO), a few
geometric helpers (metres on the ground around a point, points on a road line, road
crossings), and `Situation`, a builder that writes `NNN_name.jsonl` (items in arrival
order) and `NNN_name.truth.json` into OUT (the parent of this tools folder).

Times are written in the generators as Taiwan local time (UTC+8) on the situation's
date, "HH:MM" or "HH:MM:SS", with hours of 24 and above meaning the next day
("26:10" = 02:10 the next morning); the files carry UTC ("...Z").
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))

TW = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as fh:
        return json.load(fh)


SENSORS = {f["properties"]["sensor_id"]: f for f in _load("sensors.geojson")["features"]}
ROADS = {f["properties"]["road_id"]: [tuple(c) for c in f["geometry"]["coordinates"]]
         for f in _load("roads.geojson")["features"]}


def spos(sid):
    c = SENSORS[sid]["geometry"]["coordinates"]
    return (c[0], c[1])


def sname(sid):
    return SENSORS[sid]["properties"]["name"]


def sagency(sid):
    return SENSORS[sid]["properties"]["agency"]


def skind(sid):
    return SENSORS[sid]["properties"]["kind"]


# ---------------------------------------------------------------- geometry
def _r6(p):
    return (round(p[0], 6), round(p[1], 6))


def offset(p, d_m, bearing_deg):
    """Point d_m metres from p towards bearing (0 = north, 90 = east)."""
    lon, lat = p
    b = math.radians(bearing_deg)
    dlat = d_m * math.cos(b) / 111320.0
    dlon = d_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return _r6((lon + dlon, lat + dlat))


def dist_m(a, b):
    mlat = math.radians((a[1] + b[1]) / 2)
    dx = (a[0] - b[0]) * 111320.0 * math.cos(mlat)
    dy = (a[1] - b[1]) * 111320.0
    return math.hypot(dx, dy)


def road_at(road_id, lat=None, lon=None):
    """Point on a road line at a given latitude (or longitude)."""
    pts = ROADS[road_id]
    idx, v = (1, lat) if lat is not None else (0, lon)
    for a, b in zip(pts, pts[1:]):
        lo, hi = sorted((a[idx], b[idx]))
        if lo <= v <= hi and a[idx] != b[idx]:
            f = (v - a[idx]) / (b[idx] - a[idx])
            return _r6((a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])))
    raise ValueError(f"{road_id}: {lat} {lon} not on the line")


def _seg_inter(p1, p2, p3, p4):
    d = (p2[0] - p1[0]) * (p4[1] - p3[1]) - (p2[1] - p1[1]) * (p4[0] - p3[0])
    if abs(d) < 1e-15:
        return None
    t = ((p3[0] - p1[0]) * (p4[1] - p3[1]) - (p3[1] - p1[1]) * (p4[0] - p3[0])) / d
    u = ((p3[0] - p1[0]) * (p2[1] - p1[1]) - (p3[1] - p1[1]) * (p2[0] - p1[0])) / d
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1]))
    return None


def junction(a, b):
    pa, pb = ROADS[a], ROADS[b]
    for s in zip(pa, pa[1:]):
        for t in zip(pb, pb[1:]):
            x = _seg_inter(s[0], s[1], t[0], t[1])
            if x:
                return _r6(x)
    best = min(((dist_m(p, q), p, q) for p in pa for q in pb))
    return _r6(((best[1][0] + best[2][0]) / 2, (best[1][1] + best[2][1]) / 2))


# Named places. Signalised crossings are where their signal is registered; buildings are
# their fire panel (as the gazetteer places them).
P = {
    "環中/中清": spos("SN-SIG-008"),
    "環中/經貿": spos("SN-SIG-004"),
    "環中/中科": spos("SN-SIG-003"),
    "環中/凱旋": spos("SN-SIG-002"),
    "環中/台74": spos("SN-SIG-001"),
    "環中/臺灣大道": spos("SN-SIG-009"),
    "經貿/黎明": spos("SN-SIG-005"),
    "經貿/經貿七": spos("SN-SIG-006"),
    "黎明/凱旋": spos("SN-SIG-007"),
    "河南/中平": spos("SN-SIG-010"),
    "經貿/中平": spos("SN-SIG-011"),
    "中科/黎明": junction("zhongke", "liming"),
    "轉運中心": spos("SN-FA-001"),
    "會展A": spos("SN-FA-002"),
    "會展B": spos("SN-FA-003"),
    "綠美圖": spos("SN-FA-004"),
    "營運塔": spos("SN-FA-005"),
    "流行影音中心": spos("SN-FA-006"),
    "公園停車場": spos("SN-FA-007"),
    "水資中心": spos("SN-FA-008"),
    "逢甲水湳": spos("SN-FA-009"),
    "中醫水湳": spos("SN-FA-010"),
    "生態A": spos("SN-FA-011"),
    "生態B": spos("SN-FA-012"),
    "河南停車場": spos("SN-PK-003"),
}

# ---------------------------------------------------------------- vocabulary helpers
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
WL_ZH = {"3": "三級", "2": "二級", "1": "一級"}


def band(cm):
    return "1-15" if cm <= 15 else ("16-30" if cm <= 30 else ">30")


_MISSING = object()
PREFIX = {"rule": "R", "fire_alarm": "FA", "signal": "SG", "parking": "PK", "incident": "PD",
          "cctv": "CV", "1999": "C", "status": "ST", "119": "F", "planned_event": "PE"}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
               "observed", "arrival", "sensor_id", "text", "confidence", "level", "follows",
               "ends", "truth", "truth_alt"]


def iso(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, date, description, seed=None):
        self.num = num
        self.name = name
        self.stem = f"{num}_{name}"
        self.base = dt.date.fromisoformat(date)
        self.description = description
        self.rng = random.Random(seed if seed is not None else num * 7919)
        self.items = []
        self.by_key = {}
        self.incidents = []
        self.alt = None
        self.notes = None
        self.seq = {}

    # ------------------------------------------------------------ time
    def t(self, s):
        if isinstance(s, dt.datetime):
            return s
        if "T" in s:                       # a full local date-time "2027-07-20T10:12"
            return dt.datetime.fromisoformat(s).replace(tzinfo=TW)
        parts = [int(x) for x in s.split(":")]
        h, m = parts[0], parts[1]
        sec = parts[2] if len(parts) > 2 else 0
        day = self.base + dt.timedelta(days=h // 24)
        return dt.datetime(day.year, day.month, day.day, h % 24, m, sec, tzinfo=TW)

    def _arr(self, obs, arr, default):
        """arr: None (default delay range in s), '+90s' / '+12m', number of seconds, or a local time."""
        if arr is None:
            lo, hi = default
            return obs + dt.timedelta(seconds=self.rng.randint(lo, hi))
        if isinstance(arr, (int, float)):
            return obs + dt.timedelta(seconds=arr)
        if isinstance(arr, str) and arr.startswith("+"):
            n = float(arr[1:-1])
            return obs + dt.timedelta(seconds=n * (60 if arr.endswith("m") else 1))
        return self.t(arr)

    # ------------------------------------------------------------ positions
    def near(self, p, rmin=20, rmax=400):
        return offset(p, self.rng.uniform(rmin, rmax), self.rng.uniform(0, 360))

    # ------------------------------------------------------------ core
    def _key(self, feed):
        pre = PREFIX[feed]
        self.seq[pre] = self.seq.get(pre, 0) + 1
        return f"{self.num}-{pre}-{self.seq[pre]:03d}"

    def _add(self, feed, kind, agency, category, severity, pos, observed, arrival, truth,
             alt=_MISSING, sensor_id=None, text=None, confidence=None, level=None,
             follows=None, ends=None, key=None):
        k = key or self._key(feed)
        it = {"key": k, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": iso(observed), "arrival": iso(arrival)}
        if sensor_id is not None:
            it["sensor_id"] = sensor_id
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(ends)
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        self.by_key[k] = it
        return k

    def dup(self, key, arr):
        """A duplicated delivery: the same item again, only its arrival differs."""
        src = self.by_key[key]
        it = dict(src)
        obs = dt.datetime.fromisoformat(src["arrival"].replace("Z", "+00:00"))
        it["arrival"] = iso(self._arr(obs, arr, (30, 600)))
        self.items.append(it)
        return key

    # ------------------------------------------------------------ sensor rules (kind alert)
    def _rule(self, sid, category, severity, at, truth, alt, text, level=None, arr=None):
        obs = self.t(at)
        return self._add("rule", "alert", sagency(sid), category, severity, spos(sid), obs,
                         self._arr(obs, arr, (35, 95)), truth, alt, sensor_id=sid, text=text,
                         level=level)

    def flood(self, sid, at, cm, truth=None, alt=_MISSING, arr=None, note=""):
        b = band(cm)
        txt = f"{sname(sid)} 淹水深度 {cm} cm（{b} cm）{note}"
        return self._rule(sid, "flood_depth", FLOOD_SEV[b], at, truth, alt, txt, level=b, arr=arr)

    def wl(self, sid, at, lvl, metres, truth=None, alt=_MISSING, arr=None):
        lv = SENSORS[sid]["properties"]["metadata"]["alert_levels_m"][lvl]
        txt = f"{sname(sid)} 水位 {metres:.2f} m，達{WL_ZH[lvl]}警戒（{lv} m）"
        return self._rule(sid, "water_level", WL_SEV[lvl], at, truth, alt, txt, level=lvl, arr=arr)

    def rain(self, sid, at, cls, detail, truth=None, alt=_MISSING, arr=None):
        txt = f"{sname(sid)} {detail}，達{cls}標準"
        return self._rule(sid, "heavy_rain", RAIN_SEV[cls], at, truth, alt, txt, level=cls, arr=arr)

    def cong(self, sid, at, speed, occ, truth=None, alt=_MISSING, arr=None, sev="Moderate"):
        txt = f"{sname(sid)} 平均車速 {speed} km/h，佔有率 {occ}%，車流壅塞"
        return self._rule(sid, "congestion", sev, at, truth, alt, txt, arr=arr)

    def offline(self, sid, at, truth=None, alt=_MISSING, arr=None, minutes=None):
        iv = SENSORS[sid]["properties"]["expected_interval_s"] or 600
        mins = minutes or max(3, (iv * 3) // 60)
        txt = f"{sname(sid)} 超過 {mins} 分鐘未回傳資料"
        return self._rule(sid, "sensor_offline", "Minor", at, truth, alt, txt, arr=arr)

    def clear(self, sid, at, what, truth=None, alt=_MISSING, arr=None):
        txt = f"{sname(sid)} {what}，警戒解除"
        return self._rule(sid, "cleared", "Minor", at, truth, alt, txt, arr=arr)

    # ------------------------------------------------------------ device events
    def panel(self, sid, state, at, text, truth=None, alt=_MISSING, arr=None):
        obs = self.t(at)
        return self._add("fire_alarm", "event", "disaster", state, "Unknown", spos(sid), obs,
                         self._arr(obs, arr, (2, 15)), truth, alt, sensor_id=sid, text=text)

    def signal(self, sid, state, at, text, truth=None, alt=_MISSING, arr=None):
        obs = self.t(at)
        return self._add("signal", "event", "traffic", state, "Unknown", spos(sid), obs,
                         self._arr(obs, arr, (2, 20)), truth, alt, sensor_id=sid, text=text)

    def parking(self, sid, at, text=None, truth=None, alt=_MISSING, arr=None):
        obs = self.t(at)
        tot = SENSORS[sid]["properties"]["metadata"]["total_car"]
        txt = text or f"{sname(sid)} 汽車車位已滿（剩餘 0／{tot}）"
        return self._add("parking", "event", "traffic", "full", "Unknown", spos(sid), obs,
                         self._arr(obs, arr, (20, 130)), truth, alt, sensor_id=sid, text=txt)

    REASON_ZH = {"mains_power_lost": "主電源中斷", "comms_lost": "通訊中斷", "maintenance": "維護",
                 "battery_low": "電池電量低", "device_fault": "設備故障", None: "連線逾時（遺囑訊息）"}

    def status(self, sid, state, at, reason=None, truth=None, alt=_MISSING, arr=None, text=None):
        obs = self.t(at)
        if text is None:
            text = (f"{sname(sid)} 離線：{self.REASON_ZH[reason]}" + (f"（{reason}）" if reason else "")
                    if state == "offline" else f"{sname(sid)} 恢復連線")
        return self._add("status", "event", sagency(sid), state, "Unknown", spos(sid), obs,
                         self._arr(obs, arr, (1, 12)), truth, alt, sensor_id=sid, text=text)

    def cctv(self, sid, event, at, conf, truth=None, alt=_MISSING, pos=None, text=None, arr=None):
        obs = self.t(at)
        return self._add("cctv", "event", sagency(sid), event, "Unknown", pos or spos(sid), obs,
                         self._arr(obs, arr, (3, 25)), truth, alt, sensor_id=sid, text=text,
                         confidence=conf)

    # ------------------------------------------------------------ agency reports
    def police(self, cat, sev, pos, at, text, truth=None, alt=_MISSING, arr=None, follows=None):
        obs = self.t(at)
        return self._add("incident", "event", "police", cat, sev, pos, obs,
                         self._arr(obs, arr, (300, 1800)), truth, alt, text=text, follows=follows)

    def c1999(self, cat, pos, at, text, truth=None, alt=_MISSING, arr=None, follows=None):
        obs = self.t(at)
        return self._add("1999", "event", "citizen", cat, "Unknown", pos, obs,
                         self._arr(obs, arr, (90, 420)), truth, alt, text=text, follows=follows)

    def f119(self, cat, pos, at, text, truth=None, alt=_MISSING, arr=None, follows=None):
        obs = self.t(at)
        return self._add("119", "event", "fire", cat, "Unknown", pos, obs,
                         self._arr(obs, arr, (30, 150)), truth, alt, text=text, follows=follows)

    def permit(self, cat, pos, start, end, issued, text, truth=None, alt=_MISSING, arr=None,
               follows=None):
        st = self.t(start)
        iss = self.t(issued)
        return self._add("planned_event", "event", "police", cat, "Unknown", pos, st,
                         self._arr(iss, arr, (60, 900)), truth, alt, text=text, follows=follows,
                         ends=self.t(end))

    # ------------------------------------------------------------ truth
    def inc(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": suff})

    def alt_reading(self, why, drop=(), add=(), replace=None):
        """Alternative reading: the main incidents minus `drop`, with `replace`d sufficient
        keys ({label: key}), plus `add` ([(label, type, desc, key)])."""
        replace = replace or {}
        incs = []
        for i in self.incidents:
            if i["label"] in drop:
                continue
            j = dict(i)
            if i["label"] in replace:
                j["sufficient_evidence_key"] = replace[i["label"]]
            incs.append(j)
        for (lab, typ, desc, k) in add:
            incs.append({"label": lab, "type": typ, "description": desc,
                         "sufficient_evidence_key": k})
        self.alt = {"why": why, "incidents": incs}

    # ------------------------------------------------------------ output
    def write(self):
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        lines = []
        for i in order:
            it = self.items[i]
            lines.append(json.dumps({k: it[k] for k in FIELD_ORDER if k in it},
                                    ensure_ascii=False))
        with open(os.path.join(OUT, self.stem + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        truth = {"situation": self.stem, "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.stem + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(f"{self.stem}: {len(lines)} lines, {len(self.incidents)} incidents")
        return len(lines)


# ---------------------------------------------------------------- series (a condition that lasts)
def _series_methods():
    def flood_series(self, sid, pts, clear_at=None, truth=None, alt=_MISSING):
        """pts: [(local time, cm)]; an alert at each reading the rule re-raises (band change or
        reminder while it lasts), then the clear."""
        keys = [self.flood(sid, at, cm, truth, alt) for at, cm in pts]
        if clear_at:
            keys.append(self.clear(sid, clear_at, "淹水深度降至 0 cm", truth, alt))
        return keys

    def wl_series(self, sid, pts, clear_at=None, truth=None, alt=_MISSING):
        """pts: [(local time, level '3'/'2'/'1', metres)]."""
        keys = [self.wl(sid, at, lv, m, truth, alt) for at, lv, m in pts]
        if clear_at:
            lv3 = SENSORS[sid]["properties"]["metadata"]["alert_levels_m"]["3"]
            keys.append(self.clear(sid, clear_at, f"水位降至三級警戒（{lv3} m）以下", truth, alt))
        return keys

    def rain_series(self, sid, pts, clear_at=None, truth=None, alt=_MISSING):
        """pts: [(local time, class, detail)]."""
        keys = [self.rain(sid, at, cls, d, truth, alt) for at, cls, d in pts]
        if clear_at:
            keys.append(self.clear(sid, clear_at, "累積雨量低於大雨標準", truth, alt))
        return keys

    def cong_series(self, sid, pts, clear_at=None, truth=None, alt=_MISSING):
        """pts: [(local time, speed km/h, occupancy %)]."""
        keys = [self.cong(sid, at, s, o, truth, alt, sev="Moderate" if s >= 10 else "Severe")
                for at, s, o in pts]
        if clear_at:
            keys.append(self.clear(sid, clear_at, "車速回復", truth, alt))
        return keys

    def outage(self, sid, off_at, on_at=None, reason="comms_lost", truth=None, alt=_MISSING,
               alert=True):
        """A device that drops off: its status (last will or reason), the center's offline alert
        when it stays away past three intervals, and its return."""
        keys = [self.status(sid, "offline", off_at, reason, truth, alt)]
        iv = SENSORS[sid]["properties"]["expected_interval_s"] or 600
        off = self.t(off_at)
        lim = off + dt.timedelta(seconds=3 * iv)
        if alert and (on_at is None or self.t(on_at) > lim):
            keys.append(self.offline(sid, lim, truth, alt))
        if on_at:
            keys.append(self.status(sid, "online", on_at, None, truth, alt))
            if alert and self.t(on_at) > lim:
                keys.append(self.clear(sid, self.t(on_at) + dt.timedelta(seconds=60),
                                       "恢復回傳資料", truth, alt))
        return keys

    def call(self, cat, p, at, text, truth=None, *rest, alt=_MISSING, rmin=20, rmax=400, arr=None,
             follows=None):
        """A 1999 caller somewhere around p, rmin-rmax metres away. Positional extras after
        truth: (rmin, rmax), (alt,) or (alt, rmin, rmax)."""
        if len(rest) == 3:
            alt, rmin, rmax = rest
        elif len(rest) == 2:
            rmin, rmax = rest
        elif len(rest) == 1:
            alt, = rest
        return self.c1999(cat, self.near(p, rmin, rmax), at, text, truth, alt, arr=arr,
                          follows=follows)

    for f in (flood_series, wl_series, rain_series, cong_series, outage, call):
        setattr(Situation, f.__name__, f)


_series_methods()
