"""Helpers shared by gen_a.py, gen_b.py, validate.py and readme.py (standard library only)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TW = timezone(timedelta(hours=8))
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
SEV_FLOOD = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
SEV_WL = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
SEV_RAIN = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {
            "kind": p["kind"], "agency": p["agency"], "name": p["name"],
            "lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
            "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return out


SENSORS = load_sensors()
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]}


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset(lon, lat, east_m, north_m):
    """Move a point by metres (small distances)."""
    dlat = north_m / 111320.0
    dlon = east_m / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


class Situation:
    """Collects the items of one situation; times are given as Taiwan local time."""

    def __init__(self, num, name, date, seed, description):
        self.num, self.name, self.description = num, name, description
        self.y, self.m, self.d = date
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None
        self.n = 0

    # time: "HH:MM" or "HH:MM:SS" Taiwan time; "+1 HH:MM" for next day
    def t(self, s):
        day = 0
        if s.startswith("+1 "):
            day, s = 1, s[3:]
        parts = [int(x) for x in s.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return datetime(self.y, self.m, self.d, parts[0], parts[1], parts[2], tzinfo=TW) + timedelta(days=day)

    def key(self, prefix):
        self.n += 1
        return "%d-%s-%03d" % (self.num, prefix, self.n)

    def add(self, feed, category, when, truth, text, lon=None, lat=None, sensor=None, severity="Unknown",
            delay=None, arrive=None, alt="__same__", key=None, **extra):
        """when: local time string (source stamp). delay: seconds after observed (default small)."""
        obs = self.t(when) if isinstance(when, str) else when
        if arrive is not None:
            arr = self.t(arrive) if isinstance(arrive, str) else arrive
        else:
            if delay is None:
                delay = self.rng.randint(2, 40)
            arr = obs + timedelta(seconds=delay)
        if sensor is not None:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
        agency = extra.pop("agency", None)
        if agency is None:
            agency = {"rule": None, "status": None, "fire_alarm": "disaster", "signal": "traffic",
                      "parking": "traffic", "incident": "police", "cctv": "police", "1999": "citizen",
                      "119": "fire", "planned_event": "police"}[feed]
            if agency is None:
                agency = SENSORS[sensor]["agency"]
        kind = "alert" if feed == "rule" else "event"
        it = {"key": key or self.key(feed.replace("_", "")), "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs), "arrival": iso(arr)}
        if sensor is not None:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, item, arrive=None, delay=60):
        """A second delivery of the same item."""
        d = dict(item)
        if arrive is not None:
            d["arrival"] = iso(self.t(arrive))
        else:
            a = datetime.strptime(item["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            d["arrival"] = iso(a + timedelta(seconds=delay))
        self.items.append(d)
        return d

    # convenience wrappers -------------------------------------------------
    def flood(self, sensor, when, band, truth, **kw):
        txt = "%s 淹水深度 %s 公分" % (SENSORS[sensor]["name"], kw.pop("cm", band))
        return self.add("rule", "flood_depth", when, truth, txt, sensor=sensor, severity=SEV_FLOOD[band],
                        level=band, **kw)

    def wl(self, sensor, when, lvl, truth, metres, **kw):
        txt = "%s 水位 %.2f 公尺，達%s級警戒" % (SENSORS[sensor]["name"], metres, {"3": "三", "2": "二", "1": "一"}[lvl])
        return self.add("rule", "water_level", when, truth, txt, sensor=sensor, severity=SEV_WL[lvl], level=lvl, **kw)

    def rain(self, sensor, when, cls, truth, mm, **kw):
        txt = "%s 時雨量 %s 毫米，達%s標準" % (SENSORS[sensor]["name"], mm, cls)
        return self.add("rule", "heavy_rain", when, truth, txt, sensor=sensor, severity=SEV_RAIN[cls], level=cls, **kw)

    def cong(self, sensor, when, truth, speed, sev="Moderate", **kw):
        txt = "%s 平均車速降至 %d km/h，車流壅塞" % (SENSORS[sensor]["name"], speed)
        return self.add("rule", "congestion", when, truth, txt, sensor=sensor, severity=sev, **kw)

    def offline_alert(self, sensor, when, truth, **kw):
        txt = "%s 超過預期回報間隔未回報，設備離線" % SENSORS[sensor]["name"]
        return self.add("rule", "sensor_offline", when, truth, txt, sensor=sensor, severity="Minor", **kw)

    def status(self, sensor, when, state, truth, reason=None, **kw):
        txt = "%s %s" % (SENSORS[sensor]["name"], "離線" if state == "offline" else "恢復連線")
        if reason:
            txt += "（%s）" % {"mains_power_lost": "市電中斷", "comms_lost": "通訊中斷", "maintenance": "計畫性維護",
                               "battery_low": "電池電量低", "device_fault": "設備故障"}[reason]
        return self.add("status", state, when, truth, txt, sensor=sensor, reason=reason, **kw)

    def cctv(self, sensor, cat, when, truth, conf, text=None, **kw):
        words = {"stalled_vehicle": "偵測車輛停滯", "crowding": "偵測人群聚集", "wrong_way": "偵測逆向車輛",
                 "smoke": "偵測煙霧", "fallen_object": "偵測路面掉落物", "signal_dark": "偵測號誌黑燈"}
        txt = text or "%s %s" % (SENSORS[sensor]["name"], words[cat])
        return self.add("cctv", cat, when, truth, txt, sensor=sensor, confidence=conf, **kw)

    def c1999(self, cat, when, truth, text, lon, lat, jitter=0, **kw):
        if jitter:
            lon, lat = offset(lon, lat, self.rng.uniform(-jitter, jitter), self.rng.uniform(-jitter, jitter))
        return self.add("1999", cat, when, truth, text, lon=lon, lat=lat, **kw)

    def police(self, cat, when, truth, text, lon, lat, severity="Moderate", **kw):
        return self.add("incident", cat, when, truth, text, lon=lon, lat=lat, severity=severity, **kw)

    def f119(self, cat, when, truth, text, lon, lat, **kw):
        return self.add("119", cat, when, truth, text, lon=lon, lat=lat, **kw)

    def incident(self, label, type_, description, key):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": key})

    # output --------------------------------------------------------------
    def stem(self):
        return "%d_%s" % (self.num, self.name)

    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        lines = [json.dumps(it, ensure_ascii=False, sort_keys=False) for _, it in items]
        with open(os.path.join(OUT, self.stem() + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        truth = {"situation": self.stem(), "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.stem() + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(lines)

    def set_alt(self, why, extra_incidents=(), drop=()):
        """Alternative reading: the incidents of the main reading minus `drop`, plus `extra_incidents`."""
        inc = [i for i in self.incidents if i["label"] not in drop] + list(extra_incidents)
        self.alt = {"why": why, "incidents": inc}


def P(sid):
    s = SENSORS[sid]
    return s["lon"], s["lat"]
