"""Helpers for the situations 2191-2202 (set o110): registry, times, items, writing.

Standard library only. Every random draw goes through the situation's own seeded
generator, so the output is stable.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
TZ = timezone(timedelta(hours=8))
MISSING = object()

FEED_AGENCY = {"1999": "citizen", "incident": "police", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                "cctv": "cctv"}


def load_registry():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    reg = {}
    for f in data["features"]:
        p = f["properties"]
        reg[p["sensor_id"]] = {
            "kind": p["kind"], "agency": p["agency"], "name": p["name"],
            "lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1],
            "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return reg


REG = load_registry()
GATEWAYS = {v["gateway"] for v in REG.values() if v["gateway"]}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def offset(lon, lat, dist_m, bearing_deg):
    """A point dist_m away from (lon, lat) towards bearing_deg (0 = north)."""
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / 111320.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


class Situation:
    def __init__(self, num, name, date, seed=None):
        self.num = num
        self.name = name
        self.date = date  # "YYYY-MM-DD", local day 0
        self.rng = random.Random(seed if seed is not None else num)
        self.items = []
        self.lines = []  # (item, arrival) incl. duplicates
        self.counters = {}
        self.incidents = []
        self.alt = None
        self.description = ""
        self.notes = None

    # ---- time and place -------------------------------------------------
    def T(self, hhmm, sec=0, day=0):
        y, m, d = (int(x) for x in self.date.split("-"))
        hh, mm = (int(x) for x in hhmm.split(":"))
        return datetime(y, m, d, hh, mm, tzinfo=TZ) + timedelta(days=day, seconds=sec)

    def near(self, lon, lat, rmin, rmax, sector=None):
        """A caller somewhere rmin..rmax m from a point (optionally in a bearing sector)."""
        d = self.rng.uniform(rmin, rmax)
        if sector:
            b = self.rng.uniform(sector[0], sector[1])
        else:
            b = self.rng.uniform(0, 360)
        return offset(lon, lat, d, b)

    def jit(self, a, b):
        return self.rng.randint(a, b)

    # ---- items ----------------------------------------------------------
    def _key(self, src):
        n = self.counters.get(src, 0) + 1
        self.counters[src] = n
        if src == "1999":
            return "%d-1999-A%04d" % (self.num, n)
        return "%d-%s-%04d" % (self.num, src, n)

    def _add(self, src, item, observed, delay, truth, alt, arrival=None):
        item = dict(item)
        item["key"] = self._key(src)
        item["observed"] = iso(observed)
        arr = arrival if arrival is not None else observed + timedelta(seconds=delay)
        item["arrival"] = iso(arr)
        item["truth"] = truth
        if alt is not MISSING:
            item["truth_alt"] = alt
        order = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
                 "observed", "arrival", "sensor_id", "text", "confidence", "reason", "status",
                 "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth",
                 "truth_alt"]
        item = {k: item[k] for k in order
                if k in item and (item[k] is not None or k in ("truth", "truth_alt"))}
        self.items.append(item)
        self.lines.append(item)
        return item

    def _sensor_base(self, sid, feed, kind, category, severity, text):
        s = REG[sid]
        if feed in KIND_OF_FEED:
            assert s["kind"] == KIND_OF_FEED[feed], (sid, feed)
        return {"kind": kind, "feed": feed, "agency": s["agency"], "category": category,
                "severity": severity, "lon": s["lon"], "lat": s["lat"], "sensor_id": sid,
                "text": text}

    def rule(self, sid, category, severity, at, delay, text, level=None, truth=None,
             alt=MISSING, follows=None, gateway=None, arrival=None):
        it = self._sensor_base(sid, "rule", "alert", category, severity, text)
        it["level"] = level
        it["follows"] = follows["key"] if isinstance(follows, dict) else follows
        it["gateway"] = gateway
        return self._add("RULE", it, at, delay, truth, alt, arrival)

    def status(self, sid, state, at, delay, text, reason=None, truth=None, alt=MISSING,
               gateway=None, arrival=None):
        assert state in ("offline", "online")
        assert reason is None or state == "offline"
        it = self._sensor_base(sid, "status", "event", state, "Unknown", text)
        it["reason"] = reason
        it["gateway"] = gateway
        return self._add("ST", it, at, delay, truth, alt, arrival)

    def signal(self, sid, category, at, delay, text, truth=None, alt=MISSING, follows=None,
               arrival=None):
        assert category in ("fault", "restored")
        it = self._sensor_base(sid, "signal", "event", category, "Unknown", text)
        it["follows"] = follows["key"] if isinstance(follows, dict) else follows
        return self._add("SIG", it, at, delay, truth, alt, arrival)

    def fire_alarm(self, sid, category, at, delay, text, truth=None, alt=MISSING,
                   follows=None, arrival=None):
        assert category in ("alarm", "fault", "normal")
        it = self._sensor_base(sid, "fire_alarm", "event", category, "Unknown", text)
        it["follows"] = follows["key"] if isinstance(follows, dict) else follows
        return self._add("FA", it, at, delay, truth, alt, arrival)

    def parking(self, sid, category, at, delay, text, truth=None, alt=MISSING, arrival=None):
        assert category in ("full", "closed", "empty")
        it = self._sensor_base(sid, "parking", "event", category, "Unknown", text)
        return self._add("PK", it, at, delay, truth, alt, arrival)

    def cctv(self, sid, category, at, delay, conf, text, truth=None, alt=MISSING,
             arrival=None):
        assert category in ("stalled_vehicle", "crowding", "wrong_way", "smoke",
                            "fallen_object", "signal_dark", "flooding", "accident")
        it = self._sensor_base(sid, "cctv", "event", category, "Unknown", text)
        it["confidence"] = conf
        return self._add("CCTV", it, at, delay, truth, alt, arrival)

    def c1999(self, category, pos, at, delay, text, truth=None, alt=MISSING, follows=None,
              arrival=None):
        it = {"kind": "event", "feed": "1999", "agency": "citizen", "category": category,
              "severity": "Unknown", "lon": pos[0], "lat": pos[1], "text": text,
              "follows": follows["key"] if isinstance(follows, dict) else follows}
        return self._add("1999", it, at, delay, truth, alt, arrival)

    def police(self, category, severity, pos, at, delay, text, truth=None, alt=MISSING,
               follows=None, arrival=None):
        it = {"kind": "event", "feed": "incident", "agency": "police", "category": category,
              "severity": severity, "lon": pos[0], "lat": pos[1], "text": text,
              "follows": follows["key"] if isinstance(follows, dict) else follows}
        return self._add("POL", it, at, delay, truth, alt, arrival)

    def f119(self, category, pos, at, delay, text, status=None, truth=None, alt=MISSING,
             follows=None, arrival=None):
        assert category in ("fire", "rekindle", "rescue", "ambulance", "hazmat")
        assert status in (None, "dispatched", "on_scene", "returning", "closed")
        it = {"kind": "event", "feed": "119", "agency": "fire", "category": category,
              "severity": "Unknown", "lon": pos[0], "lat": pos[1], "text": text,
              "status": status,
              "follows": follows["key"] if isinstance(follows, dict) else follows}
        return self._add("119", it, at, delay, truth, alt, arrival)

    def permit(self, category, pos, start, end, arrival, text, radius_m=None,
               permit_status=None, truth=None, alt=MISSING, follows=None):
        assert category in ("concert", "march", "exhibition", "road_works", "event",
                            "market", "festival")
        it = {"kind": "event", "feed": "planned_event", "agency": "police",
              "category": category, "severity": "Unknown", "lon": pos[0], "lat": pos[1],
              "text": text, "ends": iso(end), "radius_m": radius_m,
              "permit_status": permit_status,
              "follows": follows["key"] if isinstance(follows, dict) else follows}
        return self._add("PE", it, start, 0, truth, alt, arrival)

    def dup(self, item, delay):
        """A second delivery of the same item, delay seconds after its first arrival."""
        d = dict(item)
        d["arrival"] = iso(parse_iso(item["arrival"]) + timedelta(seconds=delay))
        self.lines.append(d)
        return d

    # ---- truth ----------------------------------------------------------
    def incident(self, label, type_, description, opening):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": opening["key"]
                               if isinstance(opening, dict) else opening})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def inc(self, label, type_, description, opening):
        return {"label": label, "type": type_, "description": description,
                "sufficient_evidence_key": opening["key"]
                if isinstance(opening, dict) else opening}

    def same_incidents(self, *labels):
        out = []
        for lab in labels:
            for i in self.incidents:
                if i["label"] == lab:
                    out.append(dict(i))
        return out

    # ---- output ---------------------------------------------------------
    def stem(self):
        return "%d_%s" % (self.num, self.name)

    def write(self):
        lines = sorted(enumerate(self.lines), key=lambda p: (p[1]["arrival"], p[0]))
        path = os.path.join(OUT, self.stem() + ".jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for _, it in lines:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": self.stem(), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.stem() + ".truth.json"), "w",
                  encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        return path


# ---- routine background ----------------------------------------------------
def _roads():
    with open(os.path.join(GEO, "roads.geojson"), encoding="utf-8") as fh:
        data = json.load(fh)
    return [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in data["features"]
            if f["properties"]["road_id"] != "taiwan_blvd"]


ROADS = _roads()
ZONE_BOX = (120.645, 24.166, 120.664, 24.200)


def _dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians(a[1]))
    dy = (a[1] - b[1]) * 111320.0
    return math.hypot(dx, dy)


def _road_point(rng):
    while True:
        name, line = ROADS[rng.randrange(len(ROADS))]
        i = rng.randrange(len(line) - 1)
        t = rng.random()
        lon = line[i][0] + t * (line[i + 1][0] - line[i][0])
        lat = line[i][1] + t * (line[i + 1][1] - line[i][1])
        if ZONE_BOX[0] <= lon <= ZONE_BOX[2] and ZONE_BOX[1] <= lat <= ZONE_BOX[3]:
            return name, round(lon, 6), round(lat, 6)


NOISE_1999 = [
    ("streetlight", "{road}有一盞路燈不亮，燈桿編號 XT-{n5}。"),
    ("streetlight", "{road}路燈一閃一閃的，燈桿編號 XT-{n5}，請派人修。"),
    ("streetlight", "{road}有一盞路燈白天也亮著，燈桿編號 XT-{n5}。"),
    ("illegal_parking", "{road}紅線上有車違規停車，擋到外側車道。"),
    ("illegal_parking", "{road}人行道上停滿機車，行人要走到車道上。"),
    ("illegal_parking", "{road}路邊有一台車停好幾天都沒動，車牌 A{n4}，懷疑是廢棄車。"),
    ("環境清潔", "{road}路邊有人丟大型垃圾，沙發跟床墊。"),
    ("環境清潔", "{road}人行道上有狗大便都沒人清。"),
    ("公園路樹", "{road}旁邊的行道樹樹枝太長，擋到路燈，請修剪。"),
    ("動物救援", "{road}附近有一隻流浪狗受傷，腳一跛一跛的。"),
    ("noise", "{road}附近有人改裝排氣管一直催油門，很吵。"),
    ("環境公害", "{road}附近餐廳排油煙很臭，每天中午都這樣。"),
    ("other", "想詢問水湳轉運中心到高鐵站的客運班次。"),
    ("other", "{road}公車候車亭的座椅壞掉了，請派人修。"),
]
NIGHT_1999 = [
    ("noise", "{road}附近的店家半夜還在唱卡拉OK，很吵。"),
    ("noise", "{road}有人深夜在路邊大聲喧嘩。"),
    ("noise", "半夜一直有人在{road}飆車，很吵。"),
]


def background(s, n, start, end, avoid_points=(), avoid_sensors=(), sensors=True):
    """n routine items between start and end (local datetimes), none of them a job:
    single lamps, parking, litter, noise, rush-hour detectors, car parks filling up,
    panel faults that clear themselves. Callers stay 300 m away from avoid_points."""
    rng = s.rng
    span = int((end - start).total_seconds())
    made = 0
    guard = 0
    while made < n and guard < 500:
        guard += 1
        at = start + timedelta(seconds=rng.randrange(span))
        hour = at.hour
        roll = rng.random()
        if sensors and roll < 0.2:
            if not (7 <= hour < 9 or 17 <= hour < 19):
                continue
            vds = sorted(k for k, v in REG.items() if v["kind"] == "vd" and k not in avoid_sensors)
            vd = vds[rng.randrange(len(vds))]
            speed = rng.randint(18, 27)
            at = at.replace(minute=(at.minute // 5) * 5, second=0)
            s.rule(vd, "congestion", "Minor", at, rng.randint(55, 75),
                   "%s 平均車速 %d km/h（%s尖峰）" % (REG[vd]["name"], speed,
                                                 "上班" if hour < 12 else "下班"), truth=None)
        elif sensors and roll < 0.3:
            if not (10 <= hour < 21):
                continue
            pk = ["SN-PK-001", "SN-PK-006", "SN-PK-004", "SN-PK-003"][rng.randrange(4)]
            if pk in avoid_sensors:
                continue
            s.parking(pk, "full", at, rng.randint(25, 60), "%s 小客車車位已滿" % REG[pk]["name"],
                      truth=None)
        elif sensors and roll < 0.36:
            fas = sorted(k for k, v in REG.items() if v["kind"] == "fire_alarm"
                         and k not in avoid_sensors)
            fa = fas[rng.randrange(len(fas))]
            what = ["偵煙探測器迴路斷線", "預備電源電壓不足", "差動式探測器迴路異常"][rng.randrange(3)]
            s.fire_alarm(fa, "fault", at, rng.randint(3, 8), "%s %s" % (REG[fa]["name"], what),
                         truth=None)
            s.fire_alarm(fa, "normal", at + timedelta(minutes=rng.randint(12, 50)),
                         rng.randint(3, 8), "%s 恢復正常" % REG[fa]["name"], truth=None)
            made += 1
        else:
            name, lon, lat = _road_point(rng)
            if any(_dist_m((lon, lat), p) < 300 for p in avoid_points):
                continue
            pool = NIGHT_1999 if (hour >= 22 or hour < 5) else NOISE_1999
            used = s.__dict__.setdefault("_used_noise", set())
            free = [t for t in pool if t not in used]
            if not free:
                continue
            cat, text = free[rng.randrange(len(free))]
            used.add((cat, text))
            text = text.format(road=name, n5="%05d" % rng.randint(1000, 99999),
                               n4="%04d" % rng.randint(1000, 9999))
            s.c1999(cat, s.near(lon, lat, 5, 40), at, rng.randint(150, 420), text, truth=None)
        made += 1
