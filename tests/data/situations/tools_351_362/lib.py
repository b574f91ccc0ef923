"""Helpers for situations 351-362 (seeded; regenerating gives the same bytes)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TZ8 = timezone(timedelta(hours=8))
_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feat in data["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "kind": p["kind"],
                               "agency": p["agency"], "name": p.get("name")}
    return out


SENSORS = load_sensors()

# Places used in the situations: intersections are the registered signal positions,
# buildings the registered fire-panel positions (the registry is the only survey we have).
def pos(sid):
    s = SENSORS[sid]
    return s["lon"], s["lat"]


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_m(lon, lat, east_m, north_m):
    dlat = north_m / 111320.0
    dlon = east_m / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


class Sit:
    def __init__(self, num, name, day, seed, description):
        self.num = num
        self.name = name
        self.day = day  # "2016-11-08"
        self.rng = random.Random(seed)
        self.description = description
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self._seq = 0

    # ---- time -------------------------------------------------------------
    def t(self, hhmmss, plus_min=0.0):
        """Local (UTC+8) clock time on the situation's day (or 'D+1 HH:MM')."""
        day = datetime.strptime(self.day, "%Y-%m-%d")
        if hhmmss.startswith("D+1 "):
            day += timedelta(days=1)
            hhmmss = hhmmss[4:]
        parts = [int(x) for x in hhmmss.split(":")]
        while len(parts) < 3:
            parts.append(0)
        dt = day.replace(hour=parts[0], minute=parts[1], second=parts[2], tzinfo=TZ8)
        return dt + timedelta(minutes=plus_min)

    def roc(self):
        y, m, d = self.day.split("-")
        return "%03d%s%s" % (int(y) - 1911, m, d)

    # ---- places -----------------------------------------------------------
    def near(self, lon, lat, min_m, max_m):
        r = self.rng.uniform(min_m, max_m)
        a = self.rng.uniform(0, 2 * math.pi)
        return offset_m(lon, lat, r * math.cos(a), r * math.sin(a))

    def toward(self, lon, lat, east_m, north_m, jitter_m=15):
        e = east_m + self.rng.uniform(-jitter_m, jitter_m)
        n = north_m + self.rng.uniform(-jitter_m, jitter_m)
        return offset_m(lon, lat, e, n)

    # ---- items ------------------------------------------------------------
    def add(self, key, kind, feed, agency, category, severity, lon, lat, observed,
            delay_s, truth, sensor_id=None, text=None, confidence=None, level=None,
            follows=None, ends=None, truth_alt=_MISSING, arrival=None):
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity,
              "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(observed),
              "arrival": iso(arrival if arrival is not None else observed + timedelta(seconds=delay_s))}
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
        if truth_alt is not _MISSING:
            it["truth_alt"] = truth_alt
        self._seq += 1
        it["_seq"] = self._seq
        self.items.append(it)
        return it

    def dup(self, item, extra_s):
        d = dict(item)
        arr = datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(arr + timedelta(seconds=extra_s))
        self._seq += 1
        d["_seq"] = self._seq
        self.items.append(d)
        return d

    # sensor feeds ------------------------------------------------------------
    def sensor_event(self, sid, feed, category, observed, delay_s, truth, text=None,
                     confidence=None, **kw):
        s = SENSORS[sid]
        key = "%s/%s/%s" % (sid, category, iso(observed).replace("-", "").replace(":", ""))
        return self.add(key, "event", feed, s["agency"], category, "Unknown", s["lon"], s["lat"],
                        observed, delay_s, truth, sensor_id=sid, text=text,
                        confidence=confidence, **kw)

    def rule(self, sid, category, severity, observed, delay_s, truth, text, level=None, **kw):
        s = SENSORS[sid]
        key = "RULE-%s-%s-%s" % (category, sid, iso(observed)[11:16].replace(":", ""))
        key = "%s-%s" % (key, self.roc())
        return self.add(key, "alert", "rule", s["agency"], category, severity, s["lon"], s["lat"],
                        observed, delay_s, truth, sensor_id=sid, text=text, level=level, **kw)

    def status(self, sid, state, observed, delay_s, truth, text=None, **kw):
        return self.sensor_event(sid, "status", state, observed, delay_s, truth, text=text, **kw)

    # agency feeds -------------------------------------------------------------
    def c1999(self, n, category, lon, lat, observed, delay_s, truth, text, **kw):
        key = "1999-%s-%05d" % (self.roc(), n)
        return self.add(key, "event", "1999", "citizen", category, "Unknown", lon, lat,
                        observed, delay_s, truth, text=text, **kw)

    def police(self, n, category, severity, lon, lat, observed, delay_s, truth, text, **kw):
        key = "TCPD-%s-%04d" % (self.roc(), n)
        return self.add(key, "event", "incident", "police", category, severity, lon, lat,
                        observed, delay_s, truth, text=text, **kw)

    def f119(self, n, category, lon, lat, observed, delay_s, truth, text, status="dispatched",
             severity="Unknown", **kw):
        base = "119-%s-%04d" % (self.roc(), n)
        key = base if status == "dispatched" else "%s/%s" % (base, status)
        if status != "dispatched" and "follows" not in kw:
            kw["follows"] = base
        return self.add(key, "event", "119", "fire", category, severity, lon, lat,
                        observed, delay_s, truth, text=text, **kw)

    def permit(self, pid, category, lon, lat, start, ends, issued_arrival, truth, text, **kw):
        return self.add(pid, "event", "planned_event", "police", category, "Unknown", lon, lat,
                        start, 0, truth, text=text, ends=ends, arrival=issued_arrival, **kw)

    # ---- truth ------------------------------------------------------------
    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["_seq"]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                d = {k: v for k, v in it.items() if k != "_seq"}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return base, len(items)


def band(cm):
    if cm <= 15:
        return "1-15", "Minor"
    if cm <= 30:
        return "16-30", "Moderate"
    return ">30", "Severe"


ROUTINE = [
    ("streetlight", "SN-PK-002", "經貿六停車場旁邊人行道那盞路燈不亮很久了，燈桿號碼 XT-{n}，麻煩來換。"),
    ("road_damage", "SN-VD-HENAN-01", "河南路慢車道有一個小坑洞，機車騎過去會跳一下，方便的時候來補一下。"),
    ("環境清潔", "SN-FL-003", "中央公園步道旁邊有人丟了一包垃圾，已經好幾天了都沒人收。"),
    ("動物救援", "SN-FA-009", "逢甲水湳校區外面有一隻狗被綁在欄杆上好像被丟掉了，可以請動保處來看嗎？"),
    ("illegal_parking", "SN-VD-ZHONGPING-02", "中平路這邊常常有車停在路口轉角，右轉都看不到，請加強取締。"),
    ("blocked_drain", "SN-FA-012", "敦化路那邊的水溝有臭味，應該很久沒清了，夏天蚊子很多。"),
    ("other", "SN-PK-006", "請問會展中心停車場怎麼繳費？機器一直退我的鈔票。"),
]


def routine(s, n, num0):
    """n routine 1999 cases (truth null), spread over the situation's time window."""
    obs = [datetime.strptime(i["arrival"], "%Y-%m-%dT%H:%M:%SZ") for i in s.items if i["feed"] != "planned_event"]
    lo, hi = min(obs), max(obs)
    picks = s.rng.sample(ROUTINE, n)
    for j, (cat, anchor, text) in enumerate(picks):
        when = lo + (hi - lo) * s.rng.uniform(0.1, 0.9)
        when = when.replace(second=0, tzinfo=timezone.utc)
        lon, lat = s.near(*pos(anchor), 40, 250)
        s.c1999(num0 + j, cat, lon, lat, when, s.rng.randint(120, 300), None,
                text.replace("{n}", "%04d" % s.rng.randint(100, 9999)))
