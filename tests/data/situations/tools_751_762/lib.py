"""Helpers for situations 751-762 (fire bureau day and night in the Shuinan zone)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))

M_PER_DEG_LAT = 110800.0
M_PER_DEG_LON = 101600.0
TPE = timezone(timedelta(hours=8))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"][:2]
        out[p["sensor_id"]] = {"lon": lon, "lat": lat, "agency": p["agency"], "kind": p["kind"], "name": p["name"]}
    return out


SENSORS = load_sensors()

# places (lon, lat): registered buildings (fire panels / car parks) and §1.2 junction anchors
P = {
    "hub": (SENSORS["SN-FA-001"]["lon"], SENSORS["SN-FA-001"]["lat"]),
    "hall_a": (SENSORS["SN-FA-002"]["lon"], SENSORS["SN-FA-002"]["lat"]),
    "hall_b": (SENSORS["SN-FA-003"]["lon"], SENSORS["SN-FA-003"]["lat"]),
    "museumbrary": (SENSORS["SN-FA-004"]["lon"], SENSORS["SN-FA-004"]["lat"]),
    "tower": (SENSORS["SN-FA-005"]["lon"], SENSORS["SN-FA-005"]["lat"]),
    "popmusic": (SENSORS["SN-FA-006"]["lon"], SENSORS["SN-FA-006"]["lat"]),
    "park_carpark": (SENSORS["SN-FA-007"]["lon"], SENSORS["SN-FA-007"]["lat"]),
    "wrc": (SENSORS["SN-FA-008"]["lon"], SENSORS["SN-FA-008"]["lat"]),
    "fcu": (SENSORS["SN-FA-009"]["lon"], SENSORS["SN-FA-009"]["lat"]),
    "cmu": (SENSORS["SN-FA-010"]["lon"], SENSORS["SN-FA-010"]["lat"]),
    "block_a": (SENSORS["SN-FA-011"]["lon"], SENSORS["SN-FA-011"]["lat"]),
    "block_b": (SENSORS["SN-FA-012"]["lon"], SENSORS["SN-FA-012"]["lat"]),
    "pk_jingmao6": (SENSORS["SN-PK-002"]["lon"], SENSORS["SN-PK-002"]["lat"]),
    "pk_henan": (SENSORS["SN-PK-003"]["lon"], SENSORS["SN-PK-003"]["lat"]),
    "pk_conv": (SENSORS["SN-PK-006"]["lon"], SENSORS["SN-PK-006"]["lat"]),
    "j_hwy74_huanzhong": (120.6472, 24.19586),
    "j_kaixuan_huanzhong": (120.64766, 24.19659),
    "j_zhongke_huanzhong": (120.65217, 24.19785),
    "j_jingmao_huanzhong": (120.65345, 24.19848),
    "j_jingmao_liming": (120.65496, 24.19582),
    "j_jingmao_7th": (120.65685, 24.19247),
    "j_liming_kaixuan": (120.64904, 24.19365),
    "j_zhongqing_huanzhong": (120.657242, 24.198897),
    "j_henan_zhongping": (120.650315, 24.171058),
    "j_jingmao_zhongping": (120.660376, 24.173594),
}

ALLOWED = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "hazmat_report", "medical", "other", "wrong_way_driver", "road_collapse"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "water_outage",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police",
               "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}


def offset(pt, dist_m, bearing_deg):
    """Point dist_m from pt along bearing (0 = north, 90 = east)."""
    lon, lat = pt
    b = math.radians(bearing_deg)
    return (round(lon + dist_m * math.sin(b) / M_PER_DEG_LON, 6),
            round(lat + dist_m * math.cos(b) / M_PER_DEG_LAT, 6))


def dist_m(a, b):
    return math.hypot((a[0] - b[0]) * M_PER_DEG_LON, (a[1] - b[1]) * M_PER_DEG_LAT)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Situation:
    def __init__(self, num, name, description, local_start, seed):
        self.num = num
        self.name = name
        self.description = description
        self.t0 = datetime.strptime(local_start, "%Y-%m-%d %H:%M").replace(tzinfo=TPE)
        self.rng = random.Random(seed)
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = None

    # -- positions
    def caller(self, pt, rmin=20, rmax=300):
        """A caller standing 20-300 m from what they report."""
        return offset(pt, self.rng.uniform(rmin, rmax), self.rng.uniform(0, 360))

    def jitter(self, pt, r=15):
        return offset(pt, self.rng.uniform(0, r), self.rng.uniform(0, 360))

    # -- items
    def add(self, key, feed, category, pt, t_min, delay_min, text, truth, severity="Unknown",
            sensor_id=None, clock_skew_min=0.0, **extra):
        """t_min: minutes after t0 when it happened; delay_min: minutes until the centre got it;
        clock_skew_min: the source's clock error (observed = true time + skew)."""
        true_t = self.t0 + timedelta(minutes=t_min)
        it = {"key": key,
              "kind": "alert" if feed == "rule" else "event",
              "feed": feed}
        if sensor_id:
            s = SENSORS[sensor_id]
            it["agency"] = s["agency"]
            lon, lat = s["lon"], s["lat"]
            it["sensor_id"] = sensor_id
        else:
            it["agency"] = FEED_AGENCY[feed]
            lon, lat = pt
        it.update({"category": category, "severity": severity, "lon": lon, "lat": lat,
                   "observed": iso(true_t + timedelta(minutes=clock_skew_min)),
                   "arrival": iso(true_t + timedelta(minutes=delay_min)),
                   "text": text})
        truth_alt = extra.pop("truth_alt", "__none__")
        if "ends_min" in extra:
            it["ends"] = iso(self.t0 + timedelta(minutes=extra.pop("ends_min")))
        it.update(extra)
        it["truth"] = truth
        if truth_alt != "__none__":
            it["truth_alt"] = truth_alt
        self.items.append(it)
        return it

    def sensor(self, key, feed, category, sensor_id, t_min, delay_min, text, truth, **kw):
        return self.add(key, feed, category, None, t_min, delay_min, text, truth, sensor_id=sensor_id, **kw)

    def dup(self, key, extra_delay_min):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        a = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        d["arrival"] = iso(a + timedelta(minutes=extra_delay_min))
        self.items.append(d)

    def incident(self, label, itype, description, sufficient):
        self.incidents.append({"label": label, "type": itype, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": incidents}

    def write(self):
        self.items.sort(key=lambda i: (i["arrival"], i["observed"], i["key"]))
        base = os.path.join(OUT, "%d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": "%d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote %s (%d lines)" % (base, len(self.items)))
