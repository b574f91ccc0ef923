"""Shared helpers for situations 511-522 (a typhoon day and night in the Shuinan zone)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

TZ = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: {"agency": ft["properties"]["agency"],
                                            "kind": ft["properties"]["kind"],
                                            "name": ft["properties"]["name"],
                                            "lon": ft["geometry"]["coordinates"][0],
                                            "lat": ft["geometry"]["coordinates"][1]}
            for ft in d["features"]}


SENSORS = load_sensors()

# Named places (lon, lat): intersections from the registry, landmarks, and places outside the zone.
def _p(sid):
    return (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


P = {
    "jingmao_liming": _p("SN-SIG-005"),
    "jingmao_7": _p("SN-SIG-006"),
    "jingmao_huanzhong": _p("SN-SIG-004"),
    "t74_huanzhong": _p("SN-SIG-001"),
    "kaixuan_huanzhong": _p("SN-SIG-002"),
    "zhongke_huanzhong": _p("SN-SIG-003"),
    "liming_kaixuan": _p("SN-SIG-007"),
    "zhongqing_huanzhong": _p("SN-SIG-008"),
    "twblvd_huanzhong": _p("SN-SIG-009"),
    "henan_zhongping": _p("SN-SIG-010"),
    "jingmao_zhongping": _p("SN-SIG-011"),
    "henan_low": _p("SN-FL-007"),
    "jingmao_low": _p("SN-FL-008"),
    "liming_kaixuan_low": _p("SN-FL-009"),
    "twblvd_underpass": _p("SN-FL-010"),
    "zhongqing_underpass": _p("SN-FL-006"),
    "hub": _p("SN-FA-001"),
    "expo_a": _p("SN-FA-002"),
    "green_museum": _p("SN-FA-004"),
    "tower": _p("SN-FA-005"),
    "pop_music": _p("SN-FA-006"),
    "park_carpark": _p("SN-FA-007"),
    "reclamation": _p("SN-FA-008"),
    "fcu": _p("SN-FA-009"),
    "cmu": _p("SN-FA-010"),
    "eco_a": _p("SN-FA-011"),
    "eco_b": _p("SN-FA-012"),
    "pond_n": _p("SN-WL-001"),
    "pond_s": _p("SN-WL-002"),
    "zhongke_mid": (120.6532, 24.1905),
    "zhongke_south": (120.6536, 24.1840),
    "kaixuan_mid": (120.6510, 24.1880),
    "kaixuan_south": (120.6522, 24.1838),
    "zhongping_mid": (120.6545, 24.1708),
    "zhongqing_mid": (120.6622, 24.1905),
    "huanzhong_west": (120.6400, 24.1875),
    "liming_west": (120.6455, 24.1921),
    "park_mid": (120.6563, 24.1830),
    # outside the zone
    "daya": (120.6480, 24.2290),
    "taiping": (120.7180, 24.1260),
    "wuri": (120.6240, 24.1040),
    "fengyuan": (120.7180, 24.2520),
    "beitun_far": (120.6930, 24.2010),
    "nantun": (120.6450, 24.1380),
}


def t(s):
    """'27 06:10' or '27 06:10:30' (local, September 2016) -> aware datetime."""
    day, hm = s.split()
    parts = [int(x) for x in hm.split(":")]
    while len(parts) < 3:
        parts.append(0)
    return datetime(2016, 9, int(day), parts[0], parts[1], parts[2], tzinfo=TZ)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Sit:
    def __init__(self, num, name, description, notes=None):
        self.num = num
        self.name = name
        self.description = description
        self.notes = notes
        self.rng = random.Random(num * 7919)
        self.items = []
        self.incidents = []
        self.alt = None
        self._n = {}

    # ---- incidents
    def inc(self, label, type_, description, suff):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": suff})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    # ---- positions
    def near(self, place, r_min=20, r_max=150):
        lon, lat = P[place] if isinstance(place, str) else place
        ang = self.rng.uniform(0, 2 * math.pi)
        r = self.rng.uniform(r_min, r_max)
        dlat = r * math.cos(ang) / 111320.0
        dlon = r * math.sin(ang) / (111320.0 * math.cos(math.radians(lat)))
        return round(lon + dlon, 6), round(lat + dlat, 6)

    def seq(self, prefix):
        self._n[prefix] = self._n.get(prefix, 0) + 1
        return self._n[prefix]

    # ---- items
    def _add(self, item, truth, alt, delay):
        obs = item["observed"]
        item["observed"] = iso(obs)
        item["arrival"] = iso(obs + timedelta(seconds=delay))
        item["truth"] = truth
        if alt != "same":
            item["truth_alt"] = alt
        self.items.append(item)
        return item["key"]

    def rule(self, cat, sid, when, text, level=None, truth=None, alt="same", delay=None, severity=None, key=None):
        s = SENSORS[sid]
        obs = t(when)
        if severity is None:
            severity = {"flood_depth": FLOOD_SEV.get(level), "water_level": WL_SEV.get(level),
                        "heavy_rain": RAIN_SEV.get(level)}.get(cat) or "Minor"
        it = {"key": key or f"alert:{sid}:{cat}:{obs.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S')}",
              "kind": "alert", "feed": "rule", "agency": s["agency"], "category": cat,
              "severity": severity, "lon": s["lon"], "lat": s["lat"], "observed": obs,
              "sensor_id": sid, "text": text}
        if level is not None:
            it["level"] = level
        return self._add(it, truth, alt, delay if delay is not None else self.rng.randint(15, 70))

    def device(self, feed, cat, sid, when, text, truth=None, alt="same", delay=None, confidence=None,
               pos=None, observed_override=None):
        s = SENSORS[sid]
        obs = t(when)
        lon, lat = pos if pos else (s["lon"], s["lat"])
        it = {"key": f"{feed}:{sid}:{cat}:{obs.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S')}",
              "kind": "event", "feed": feed, "agency": s["agency"], "category": cat, "severity": "Unknown",
              "lon": lon, "lat": lat, "observed": obs, "sensor_id": sid, "text": text}
        if confidence is not None:
            it["confidence"] = confidence
        d = delay if delay is not None else self.rng.randint(3, 40)
        key = self._add(it, truth, alt, d)
        if observed_override is not None:
            # a device with a wrong clock: the stamp is off, the arrival is real
            it["observed"] = iso(t(observed_override))
        return key

    def police(self, cat, sev, place, when, text, truth=None, alt="same", delay=None, follows=None, r=(10, 80),
               pos=None):
        n = self.seq("police")
        lon, lat = pos if pos else self.near(place, *r)
        it = {"key": f"TCPD-{self.num}-{n:03d}", "kind": "event", "feed": "incident", "agency": "police",
              "category": cat, "severity": sev, "lon": lon, "lat": lat, "observed": t(when), "text": text}
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt, delay if delay is not None else self.rng.randint(40, 200))

    def citizen(self, cat, place, when, text, truth=None, alt="same", delay=None, follows=None, r=(30, 250),
                pos=None):
        n = self.seq("1999")
        lon, lat = pos if pos else self.near(place, *r)
        it = {"key": f"1999-1050927-{self.num}{n:03d}", "kind": "event", "feed": "1999", "agency": "citizen",
              "category": cat, "severity": "Unknown", "lon": lon, "lat": lat, "observed": t(when), "text": text}
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt, delay if delay is not None else self.rng.randint(60, 300))

    def fire119(self, cat, place, when, text, truth=None, alt="same", delay=None, follows=None, r=(5, 60),
                pos=None, key=None):
        if key is None:
            n = self.seq("119")
            key = f"119-1050927-{self.num}{n:02d}"
        lon, lat = pos if pos else self.near(place, *r)
        it = {"key": key, "kind": "event", "feed": "119", "agency": "fire", "category": cat,
              "severity": "Unknown", "lon": lon, "lat": lat, "observed": t(when), "text": text}
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt, delay if delay is not None else self.rng.randint(20, 90))

    def status(self, sid, state, when, text, truth=None, alt="same", delay=None):
        s = SENSORS[sid]
        obs = t(when)
        it = {"key": f"status:{sid}:{state}:{obs.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S')}",
              "kind": "event", "feed": "status", "agency": s["agency"], "category": state, "severity": "Unknown",
              "lon": s["lon"], "lat": s["lat"], "observed": obs, "sensor_id": sid, "text": text}
        return self._add(it, truth, alt, delay if delay is not None else self.rng.randint(2, 20))

    def permit(self, key, cat, place, start, end, issued_delay_s, text, truth=None, alt="same", follows=None):
        lon, lat = P[place] if isinstance(place, str) else place
        it = {"key": key, "kind": "event", "feed": "planned_event", "agency": "police", "category": cat,
              "severity": "Unknown", "lon": lon, "lat": lat, "observed": t(start), "ends": iso(t(end)),
              "text": text}
        if follows:
            it["follows"] = follows
        return self._add(it, truth, alt, issued_delay_s)

    def dup(self, key, extra_s):
        """A duplicated delivery: same item, later arrival."""
        src = next(i for i in self.items if i["key"] == key)
        c = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        c["arrival"] = iso(arr + timedelta(seconds=extra_s))
        self.items.append(c)
        return key

    # ---- output
    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        base = f"{self.num}_{self.name}"
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for _, it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{base}: {len(self.incidents)} incidents, {len(items)} items")


def same_incidents(sit, replace=None, drop=(), add=()):
    """Incident list for an alternative reading: the main list with some replaced/dropped/added."""
    out = []
    for i in sit.incidents:
        if i["label"] in drop:
            continue
        if replace and i["label"] in replace:
            out.append(replace[i["label"]])
        else:
            out.append(dict(i))
    out.extend(add)
    return out
