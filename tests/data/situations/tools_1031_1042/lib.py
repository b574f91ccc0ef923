"""Helpers for the 1031-1042 situations (summer storms and heat in the 水湳 zone).

Seeded: each situation builds its own random.Random(seed), so running gen.py again
writes byte-identical files.
"""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))

TZ = dt.timezone(dt.timedelta(hours=8))
_ABSENT = object()


def _load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = dict(lon=lon, lat=lat, agency=p["agency"], kind=p["kind"], name=p["name"])
    return out


def _load_roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["road_id"]: ft["geometry"]["coordinates"] for ft in d["features"]}


SENSORS = _load_sensors()
ROADS = _load_roads()

# agency and kind of each feed (FORMAT.md)
FEED_KIND = {"rule": "alert"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
# default delay between the source's stamp and the center's receipt, seconds
DELAY = {"rule": (25, 80), "fire_alarm": (2, 9), "signal": (4, 25), "parking": (15, 110), "status": (2, 14),
         "cctv": (4, 20), "incident": (50, 220), "1999": (35, 150), "119": (8, 40), "planned_event": (60, 600)}

FLOOD_BAND = [(15, "1-15", "Minor"), (30, "16-30", "Moderate"), (10 ** 9, ">30", "Severe")]
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def road_point(road_id, frac):
    """Point at fraction frac (0..1) of a road polyline's length (planar in degrees, fine at this scale)."""
    pts = ROADS[road_id]
    segs = [math.hypot(b[0] - a[0], (b[1] - a[1])) for a, b in zip(pts, pts[1:])]
    target = sum(segs) * frac
    for (a, b), s in zip(zip(pts, pts[1:]), segs):
        if target <= s or s == segs[-1]:
            t = 0 if s == 0 else min(1.0, target / s)
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        target -= s
    return tuple(pts[-1])


def sensor_pos(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


class Situation:
    def __init__(self, num, slug, date, seed, title):
        self.num, self.slug, self.title = num, slug, title
        self.date = dt.date.fromisoformat(date)
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = {}      # label -> dict(label,type,description,sufficient_evidence_key)
        self.alt_extra = {}      # label -> dict(type, description) of incidents only the alternative reading has
        self.alt_why = None
        self.alt_suff = {}
        self.description = ""
        self.notes = ""
        self.counters = {}
        self._seq = 0

    # ---- time -------------------------------------------------------------
    def at(self, hhmm):
        """'14:31' (seconds drawn), '14:31:20', '+1 02:10' (next day), '-2 09:00' (days before); local time."""
        day = 0
        if hhmm[0] in "+-" and " " in hhmm:
            d, hhmm = hhmm.split(" ", 1)
            day = int(d)
        parts = [int(x) for x in hhmm.split(":")]
        if len(parts) == 2:
            parts.append(self.rng.randint(0, 59))
        t = dt.datetime(self.date.year, self.date.month, self.date.day, *parts, tzinfo=TZ) + dt.timedelta(days=day)
        return t.astimezone(dt.timezone.utc)

    @staticmethod
    def iso(t):
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    # ---- positions ----------------------------------------------------------
    def scatter(self, pos, rmin, rmax):
        lon, lat = pos
        d = self.rng.uniform(rmin, rmax)
        b = self.rng.uniform(0, 2 * math.pi)
        dlat = d * math.cos(b) / 111320.0
        dlon = d * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
        return (round(lon + dlon, 6), round(lat + dlat, 6))

    # ---- keys ---------------------------------------------------------------
    def _next(self, name, start):
        n = self.counters.get(name)
        if n is None:
            n = start
        n += self.rng.randint(1, 9) if name in ("1999", "incident", "119") else 1
        self.counters[name] = n
        return n

    def _key(self, feed, t_local, sid=None):
        ymd = t_local.strftime("%Y%m%d")
        roc = "%03d%s" % (t_local.year - 1911, t_local.strftime("%m%d"))
        if feed == "1999":
            return "TC1999-%s-%05d" % (roc, self._next("1999", self.rng.randint(300, 900)))
        if feed == "incident":
            return "TCPD-%s-%04d" % (ymd, self._next("incident", self.rng.randint(100, 400)))
        if feed == "119":
            return "TCFD-%s-%04d" % (ymd, self._next("119", self.rng.randint(200, 600)))
        if feed == "planned_event":
            return "PERMIT-%s-%03d" % (ymd[:4], self._next("pe", self.rng.randint(100, 500)))
        if feed == "rule":
            return "ALR-%s-%04d" % (ymd, self._next("rule", 0))
        prefix = {"fire_alarm": "FA", "signal": "SIG", "parking": "PK", "status": "ST", "cctv": "CCTV"}[feed]
        return "%s:%s:%s" % (prefix, sid, t_local.strftime("%Y%m%dT%H%M%S"))

    # ---- incidents ----------------------------------------------------------
    def incident(self, label, type_, description):
        self.incidents[label] = dict(label=label, type=type_, description=description, sufficient_evidence_key=None)

    def alternative(self, why, extra=None):
        self.alt_why = why
        for label, (type_, desc) in (extra or {}).items():
            self.alt_extra[label] = dict(label=label, type=type_, description=desc)

    # ---- items --------------------------------------------------------------
    def add(self, feed, category, when, truth, pos=None, sid=None, text="", severity="Unknown", level=None,
            confidence=None, reason=None, status=None, follows=None, ends=None, arrival=None, delay=None,
            alt=_ABSENT, suff=False, alt_suff=False, key=None, scatter=None):
        obs = self.at(when) if isinstance(when, str) else when
        t_local = obs.astimezone(TZ)
        if sid is not None:
            s = SENSORS[sid]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
        else:
            p = pos
            if scatter:
                p = self.scatter(pos, *scatter)
            lon, lat = round(p[0], 6), round(p[1], 6)
            agency = FEED_AGENCY[feed]
        if arrival is None:
            lo, hi = delay or DELAY[feed]
            arr = obs + dt.timedelta(seconds=self.rng.randint(lo, hi))
        else:
            arr = self.at(arrival) if isinstance(arrival, str) else arrival
        if key is None:
            key = self._key(feed, t_local, sid)
        it = {"key": key, "kind": FEED_KIND.get(feed, "event"), "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": lon, "lat": lat,
              "observed": self.iso(obs), "arrival": self.iso(arr)}
        if sid is not None:
            it["sensor_id"] = sid
        it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if reason is not None:
            it["reason"] = reason
        if status is not None:
            it["status"] = status
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = self.iso(self.at(ends) if isinstance(ends, str) else ends)
        it["truth"] = truth
        if alt is not _ABSENT:
            it["truth_alt"] = alt
        self._seq += 1
        it["_seq"] = self._seq
        self.items.append(it)
        if suff:
            assert self.incidents[truth]["sufficient_evidence_key"] is None, (self.num, truth)
            self.incidents[truth]["sufficient_evidence_key"] = key
        if alt_suff:
            self.alt_suff[it.get("truth_alt", truth)] = key
        return key

    def dup(self, key, delay_s):
        """A true duplicate (redelivery): every field but arrival repeats."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        arr = dt.datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        d["arrival"] = self.iso(arr + dt.timedelta(seconds=delay_s))
        self._seq += 1
        d["_seq"] = self._seq
        self.items.append(d)

    # ---- sensor helpers -----------------------------------------------------
    def flood(self, sid, when, cm, truth, **kw):
        for lim, band, sev in FLOOD_BAND:
            if cm <= lim:
                break
        name = SENSORS[sid]["name"]
        txt = "%s 淹水深度 %d 公分（%s 公分）" % (name, cm, band)
        return self.add("rule", "flood_depth", when, truth, sid=sid, severity=sev, level=band, text=txt, **kw)

    def water(self, sid, when, m, lvl, truth, **kw):
        name = SENSORS[sid]["name"]
        txt = "%s 水位 %.2f 公尺，達%s級警戒" % (name, m, {"3": "三", "2": "二", "1": "一"}[lvl])
        return self.add("rule", "water_level", when, truth, sid=sid, severity=WL_SEV[lvl], level=lvl, text=txt, **kw)

    def rain(self, sid, when, mm1h, truth=None, cls="大雨", **kw):
        name = SENSORS[sid]["name"]
        label = name if name.endswith("雨量站") else name + " 雨量站"
        txt = "%s 1小時累積雨量 %.1f 毫米，達%s標準" % (label, mm1h, cls)
        return self.add("rule", "heavy_rain", when, truth, sid=sid, severity=RAIN_SEV[cls], level=cls, text=txt, **kw)

    def slow(self, sid, when, kmh, occ, truth=None, severity="Moderate", **kw):
        name = SENSORS[sid]["name"]
        txt = "%s 平均車速 %d 公里/小時，佔有率 %d%%，車流壅塞" % (name, kmh, occ)
        return self.add("rule", "congestion", when, truth, sid=sid, severity=severity, text=txt, **kw)

    def cleared(self, sid, when, truth=None, what="警戒", **kw):
        name = SENSORS[sid]["name"]
        return self.add("rule", "cleared", when, truth, sid=sid, severity="Minor", text="%s %s解除" % (name, what), **kw)

    def offline_rule(self, sid, when, minutes, truth=None, **kw):
        name = SENSORS[sid]["name"]
        return self.add("rule", "sensor_offline", when, truth, sid=sid, severity="Minor",
                        text="%s 超過 %d 分鐘未回傳資料" % (name, minutes), **kw)

    def status(self, sid, when, state, truth=None, reason=None, text=None, **kw):
        name = SENSORS[sid]["name"]
        if text is None:
            text = "%s %s" % (name, "離線" if state == "offline" else "恢復連線")
        return self.add("status", state, when, truth, sid=sid, reason=reason, text=text, **kw)

    # ---- output -------------------------------------------------------------
    def _sorted(self):
        return sorted(self.items, key=lambda i: (i["arrival"], i["_seq"]))

    def write(self):
        base = os.path.join(OUT, "%d_%s" % (self.num, self.slug))
        items = self._sorted()
        keys = {}
        for it in items:
            k = it["key"]
            body = {x: y for x, y in it.items() if x not in ("arrival", "_seq")}
            if k in keys:
                assert keys[k] == body, "key reused for different evidence: %s" % k
            keys[k] = body
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps({x: y for x, y in it.items() if x != "_seq"}, ensure_ascii=False) + "\n")
        for lab, inc in self.incidents.items():
            assert inc["sufficient_evidence_key"], (self.num, lab)
        truth = {"situation": "%d_%s" % (self.num, self.slug), "description": self.description,
                 "incidents": list(self.incidents.values())}
        if self.alt_why:
            alt_labels = []
            for it in items:
                lab = it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
                if lab is not None and lab not in alt_labels:
                    alt_labels.append(lab)
            incs = []
            for lab in list(self.incidents) + [l for l in self.alt_extra if l not in self.incidents]:
                if lab not in alt_labels:
                    continue
                base_inc = self.incidents.get(lab) or self.alt_extra[lab]
                inc = dict(label=lab, type=base_inc["type"], description=base_inc["description"])
                sk = self.alt_suff.get(lab)
                if sk is None and lab in self.incidents:
                    sk = self.incidents[lab]["sufficient_evidence_key"]
                    src = next(i for i in items if i["key"] == sk)
                    assert src.get("truth_alt", src["truth"]) == lab, (self.num, lab, "alt suff")
                assert sk, (self.num, lab, "no alt sufficient key")
                inc["sufficient_evidence_key"] = sk
                incs.append(inc)
            missing = [l for l in alt_labels if l not in [i["label"] for i in incs]]
            assert not missing, (self.num, missing)
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": incs}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base


# ---- background pools ---------------------------------------------------------
ZONE_SPOTS = {
    "經貿路二段": road_point("jingmao", 0.25), "經貿路三段": road_point("jingmao", 0.7),
    "中科路": road_point("zhongke", 0.6), "凱旋路": road_point("kaixuan", 0.55), "黎明路三段": road_point("liming", 0.45),
    "河南路二段": road_point("henan", 0.75), "中平路": road_point("zhongping", 0.35), "環中路二段": road_point("huanzhong", 0.45),
    "中清路二段": road_point("zhongqing", 0.3), "敦化路一段": (120.6592, 24.1805), "經貿七路": (120.6575, 24.1915),
}

ROUTINE = [
    ("streetlight", "{road}路燈不亮，燈桿編號 {plate}，晚上很暗請派人修理"),
    ("streetlight", "{road}靠近公車站那支路燈一直閃，燈桿編號 {plate}"),
    ("illegal_parking", "{road}紅線上長期停一台白色自小客，擋到公車進站"),
    ("illegal_parking", "{road}人行道上停滿機車，輪椅過不去"),
    ("noise", "{road}旁邊商家冷氣室外機聲音很大，晚上睡不著"),
    ("環境清潔", "{road}人行道旁有人丟大型垃圾（舊床墊），好幾天沒人清"),
    ("動物救援", "{road}附近有一隻流浪狗腳受傷，一直在路邊躺著"),
    ("other", "樓上住戶冷氣一直滴水，滴到一樓騎樓，講了都不改"),
    ("road_damage", "{road}外側車道有一個小坑洞，機車經過會跳一下"),
    ("公園路樹", "中央公園步道旁樹枝太長，擋到路燈，請修剪"),
    ("other", "{road}公車站的站牌時刻表看不清楚，請更新"),
    ("環境公害", "{road}附近餐廳油煙排到住家，很臭"),
]


def routine_1999(s, when, kind_idx=None, spot=None, truth=None):
    i = kind_idx if kind_idx is not None else s.rng.randrange(len(ROUTINE))
    cat, tpl = ROUTINE[i]
    road = spot or s.rng.choice(sorted(ZONE_SPOTS))
    plate = "%s%05d" % (s.rng.choice(["西屯", "北屯"]), s.rng.randint(1000, 99999))
    return s.add("1999", cat, when, truth, pos=ZONE_SPOTS[road], scatter=(20, 250),
                 text=tpl.format(road=road, plate=plate))


def rush(s, sids, start, end, truth=None):
    """Everyday rush-hour slow-down at the given detectors: congestion then cleared."""
    for sid in sids:
        s.slow(sid, start, s.rng.randint(12, 22), s.rng.randint(35, 55), truth, severity="Minor")
        s.cleared(sid, end, truth, what="壅塞")
