"""Helpers for the 1051-1062 situations (traffic and transport emphasis).

Every situation is built by a function in gen.py with its own seeded RNG, so a
situation can be edited and regenerated with identical output.
Times are written in local time (UTC+8) in the generator and stored in UTC.
"""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
LOCAL = timezone(timedelta(hours=8))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
        "kind": _p["kind"],
        "agency": _p["agency"],
        "name": _p["name"],
        "meta": _p.get("metadata") or {},
    }
ROADS = {}
for _f in _load("roads.geojson")["features"]:
    ROADS[_f["properties"]["road_id"]] = _f["geometry"]["coordinates"]


def on_road(road, t):
    """Point at fraction t (0..1) along a road line, (lon, lat)."""
    pts = ROADS[road]
    k = math.cos(math.radians(24.19))
    segs = []
    for a, b in zip(pts, pts[1:]):
        segs.append(math.hypot((b[0] - a[0]) * k, b[1] - a[1]))
    total = sum(segs)
    d = t * total
    for (a, b), s in zip(zip(pts, pts[1:]), segs):
        if d <= s or s == segs[-1]:
            f = 0 if s == 0 else min(1.0, d / s)
            return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
        d -= s
    return tuple(pts[-1])


def between(a, b, f):
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def sensor_pos(sid):
    s = SENSORS[sid]
    return (s["lon"], s["lat"])


def roc(d):
    return "%03d%02d%02d" % (d.year - 1911, d.month, d.day)


class Situation:
    def __init__(self, num, name, date, seed):
        self.num = num
        self.name = name
        self.date = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=LOCAL)
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = []
        self.description = ""
        self.counters = {}

    # ---- time and place -------------------------------------------------
    def t(self, hms):
        """Local 'HH:MM[:SS]' (HH may be >= 24 for after midnight) -> aware datetime."""
        parts = [int(x) for x in hms.split(":")]
        while len(parts) < 3:
            parts.append(0)
        h, m, s = parts
        return self.date + timedelta(hours=h, minutes=m, seconds=s)

    def jitter(self, pos, lo, hi):
        """A point lo..hi metres from pos in a random direction."""
        r = self.rng.uniform(lo, hi)
        a = self.rng.uniform(0, 2 * math.pi)
        dlat = r * math.cos(a) / 111320.0
        dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(pos[1])))
        return (round(pos[0] + dlon, 6), round(pos[1] + dlat, 6))

    @staticmethod
    def iso(dt):
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _seq(self, prefix):
        n = self.counters.get(prefix, self.rng.randint(30, 400))
        n += self.rng.randint(1, 9)
        self.counters[prefix] = n
        return n

    # ---- core ------------------------------------------------------------
    def add(self, *, key, kind, feed, agency, category, severity, pos, observed,
            delay, text, truth, alt="same", sensor_id=None, **extra):
        obs = self.t(observed) if isinstance(observed, str) else observed
        if isinstance(delay, tuple):
            delay = self.rng.randint(*delay)
        arr = obs + timedelta(seconds=delay)
        item = {
            "key": key, "kind": kind, "feed": feed, "agency": agency,
            "category": category, "severity": severity,
            "lon": round(pos[0], 6), "lat": round(pos[1], 6),
            "observed": self.iso(obs), "arrival": self.iso(arr),
        }
        if sensor_id:
            item["sensor_id"] = sensor_id
            item["lon"], item["lat"] = SENSORS[sensor_id]["lon"], SENSORS[sensor_id]["lat"]
        item["text"] = text
        for k, v in extra.items():
            if v is not None:
                item[k] = v
        item["truth"] = truth
        if alt != "same":
            item["truth_alt"] = alt
        self.items.append(item)
        return key

    def dup(self, key, extra_delay):
        """A true duplicate (redelivery): same every field but arrival."""
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = self.iso(arr + timedelta(seconds=extra_delay))
        self.items.append(d)
        return key

    # ---- feeds -------------------------------------------------------------
    def congestion(self, vd, at, speed, occ, truth, sev="Moderate", alt="same", note=""):
        s = SENSORS[vd]
        hhmm = self.t(at).strftime("%H%M")
        text = "%s 平均車速 %d km/h，佔有率 %d%%%s" % (s["name"], speed, occ, note)
        return self.add(key="rule-%s-cong-%s%s" % (vd, self.t(at).strftime("%d"), hhmm), kind="alert", feed="rule",
                        agency=s["agency"], category="congestion", severity=sev, pos=None or (0, 0),
                        observed=at, delay=(20, 70), text=text, truth=truth, alt=alt, sensor_id=vd)

    def cleared(self, vd, at, truth, alt="same", speed=38):
        s = SENSORS[vd]
        return self.add(key="rule-%s-clr-%s" % (vd, self.t(at).strftime("%d%H%M")), kind="alert", feed="rule",
                        agency=s["agency"], category="cleared", severity="Minor", pos=(0, 0),
                        observed=at, delay=(20, 70), text="%s 車速回升至 %d km/h，壅塞解除" % (s["name"], speed),
                        truth=truth, alt=alt, sensor_id=vd)

    def offline_rule(self, sid, at, truth, alt="same", minutes=10):
        s = SENSORS[sid]
        return self.add(key="rule-%s-off-%s" % (sid, self.t(at).strftime("%d%H%M")), kind="alert", feed="rule",
                        agency=s["agency"], category="sensor_offline", severity="Minor", pos=(0, 0),
                        observed=at, delay=(15, 60), text="%s 已 %d 分鐘未回傳資料" % (s["name"], minutes),
                        truth=truth, alt=alt, sensor_id=sid)

    def status(self, sid, state, at, truth, reason=None, alt="same", text=None):
        s = SENSORS[sid]
        if text is None:
            text = "%s %s" % (s["name"], "連線恢復" if state == "online" else "離線")
            if reason == "mains_power_lost":
                text = "%s 離線：市電中斷" % s["name"]
            elif reason == "comms_lost":
                text = "%s 離線：通訊中斷" % s["name"]
            elif reason == "maintenance":
                text = "%s 離線：定期維護" % s["name"]
        return self.add(key="st-%s-%s-%s" % (sid, state, self.t(at).strftime("%d%H%M%S")), kind="event", feed="status",
                        agency=s["agency"], category=state, severity="Unknown", pos=(0, 0), observed=at,
                        delay=(1, 8), text=text, truth=truth, alt=alt, sensor_id=sid, reason=reason)

    def signal(self, sid, state, at, truth, text=None, alt="same"):
        s = SENSORS[sid]
        if text is None:
            text = ("%s 控制器回報：燈態異常（黑燈）" % s["name"]) if state == "fault" else ("%s 控制器回報：恢復正常運轉" % s["name"])
        return self.add(key="sig-%s-%s-%s" % (sid, state, self.t(at).strftime("%d%H%M%S")), kind="event", feed="signal",
                        agency="traffic", category=state, severity="Unknown", pos=(0, 0), observed=at,
                        delay=(3, 20), text=text, truth=truth, alt=alt, sensor_id=sid)

    def cctv(self, sid, event, at, conf, text, truth, alt="same"):
        return self.add(key="cctv-%s-%s-%s" % (sid, event, self.t(at).strftime("%d%H%M%S")), kind="event", feed="cctv",
                        agency=SENSORS[sid]["agency"], category=event, severity="Unknown", pos=(0, 0),
                        observed=at, delay=(2, 12), text=text, truth=truth, alt=alt, sensor_id=sid,
                        confidence=conf)

    def parking(self, sid, state, at, truth, avail=0, alt="same"):
        s = SENSORS[sid]
        tot = s["meta"].get("total_car")
        words = {"full": "車位已滿", "closed": "暫停開放", "empty": "車位全空"}[state]
        text = "%s %s（小型車剩餘 %d / %d 格）" % (s["name"], words, avail, tot)
        return self.add(key="pk-%s-%s-%s" % (sid, state, self.t(at).strftime("%d%H%M")), kind="event", feed="parking",
                        agency="traffic", category=state, severity="Unknown", pos=(0, 0), observed=at,
                        delay=(10, 90), text=text, truth=truth, alt=alt, sensor_id=sid)

    def fire_alarm(self, sid, state, at, text, truth, alt="same"):
        return self.add(key="fa-%s-%s-%s" % (sid, state, self.t(at).strftime("%d%H%M%S")), kind="event",
                        feed="fire_alarm", agency="disaster", category=state, severity="Unknown", pos=(0, 0),
                        observed=at, delay=(2, 10), text=text, truth=truth, alt=alt, sensor_id=sid)

    def c1999(self, category, pos, at, text, truth, alt="same", delay=(60, 240), follows=None, key=None):
        if key is None:
            key = "1999-%s-%06d" % (roc(self.t(at)), self._seq("1999"))
        return self.add(key=key, kind="event", feed="1999", agency="citizen", category=category,
                        severity="Unknown", pos=pos, observed=at, delay=delay, text=text, truth=truth, alt=alt,
                        follows=follows)

    def police(self, category, severity, pos, at, text, truth, alt="same", follows=None, delay=(60, 300)):
        key = "TCPD-%s-%04d" % (self.t(at).strftime("%Y%m%d"), self._seq("police"))
        return self.add(key=key, kind="event", feed="incident", agency="police", category=category,
                        severity=severity, pos=pos, observed=at, delay=delay, text=text, truth=truth, alt=alt,
                        follows=follows)

    def f119(self, category, pos, at, text, truth, status=None, case=None, alt="same", delay=(15, 80)):
        if case is None:
            key = "119-%s-%04d" % (roc(self.t(at)), self._seq("119"))
            follows = None
        else:
            key = "%s-%s-%s" % (case, status, self.t(at).strftime("%H%M"))
            follows = case
        return self.add(key=key, kind="event", feed="119", agency="fire", category=category,
                        severity="Unknown", pos=pos, observed=at, delay=delay, text=text, truth=truth, alt=alt,
                        status=status, follows=follows)

    def permit(self, category, pos, start, end, issued, text, truth, alt="same"):
        """start/end: local times of the situation day ('HH:MM', may be <0 day via issued)."""
        key = "PERMIT-%s-%03d" % (self.t(start).strftime("%Y%m%d"), self._seq("permit") % 1000)
        st = self.t(start)
        iss = issued  # datetime of arrival
        item_delay = int((iss - st).total_seconds())
        return self.add(key=key, kind="event", feed="planned_event", agency="police", category=category,
                        severity="Unknown", pos=pos, observed=st, delay=item_delay, text=text, truth=truth,
                        alt=alt, ends=self.iso(self.t(end)))

    # ---- truth -----------------------------------------------------------
    def incident(self, label, typ, description, key):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": key})

    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": self.num, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base, len(self.items), len(self.incidents)
