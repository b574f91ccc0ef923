"""Helpers for situations 2011-2022 (crowds and the small jobs inside them)."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMBERS = range(2011, 2023)

TZ8 = timezone(timedelta(hours=8))

FEED_TAG = {"rule": "RUL", "fire_alarm": "FA", "signal": "SIG", "parking": "PRK", "incident": "POL",
            "cctv": "CCTV", "1999": "1999", "status": "STS", "119": "119", "planned_event": "PE"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
NO_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {"lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
                               "agency": p["agency"], "kind": p["kind"], "name": p.get("name"),
                               "gateway": (p.get("metadata") or {}).get("gateway")}
    return out


SENSORS = load_sensors()

# places people name (gazetteer positions, junction anchors, and a few spots of my own)
P = {
    "hub": (120.6528, 24.1974), "hub_plaza": (120.6534, 24.1966), "conv": (120.6551, 24.1944),
    "hallA": (120.6546, 24.1948), "hallB": (120.6556, 24.194), "mus": (120.657, 24.1915),
    "tower": (120.6585, 24.193), "pop": (120.652, 24.185), "pop_lawn": (120.6528, 24.1843),
    "parkcp": (120.6566, 24.188), "park_n": (120.6562, 24.1862), "park_mid": (120.6563, 24.1822),
    "park_s": (120.6560, 24.1775), "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735),
    "ecoA": (120.6588, 24.184), "ecoB": (120.659, 24.1815), "henan_cp": (120.653, 24.1745),
    "jm6": (120.65491, 24.1956), "reclaim": (120.659, 24.1765),
    "x_t74_hz": (120.6472, 24.19586), "x_kx_hz": (120.64766, 24.19659), "x_zk_hz": (120.65217, 24.19785),
    "x_jm_hz": (120.65345, 24.19848), "x_jm_lm": (120.65496, 24.19582), "x_jm_jm7": (120.65685, 24.19247),
    "x_lm_kx": (120.64904, 24.19365), "x_zq_hz": (120.657242, 24.198897), "x_tw_hz": (120.63188, 24.17485),
    "x_hn_zp": (120.650315, 24.171058), "x_jm_zp": (120.660376, 24.173594),
    "kx_mid": (120.651, 24.188), "zk_mid": (120.6535, 24.186), "jm_mid": (120.6592, 24.184),
    "fengjia": (120.6455, 24.1790), "beitun": (120.6700, 24.1880),
}


def off(pt, dx_m=0.0, dy_m=0.0):
    lon, lat = pt
    return (round(lon + dx_m / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy_m / 110570.0, 6))


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, description, t0_local, seed=None):
        self.num, self.name, self.description = num, name, description
        self.t0 = datetime.strptime(t0_local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ8)
        self.rng = random.Random(seed if seed is not None else num)
        self.items, self.seq, self.incidents, self.alt, self.notes = [], 0, [], None, None
        self.byk = {}

    def t(self, m):
        return self.t0 + timedelta(minutes=m)

    def inc(self, label, typ, desc, suff=None):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": suff})
        return label

    def set_suff(self, label, key):
        for i in self.incidents:
            if i["label"] == label:
                i["sufficient_evidence_key"] = key

    def ev(self, feed, cat, m, text, truth, lag=1.0, sev=None, at=None, sensor=None, jit=0, alt="__same__",
           obs_m=None, **extra):
        """m: minutes after t0 when it happened; lag: minutes until arrival; obs_m: stamped observed if different."""
        self.seq += 1
        key = "%d-%s-A%04d" % (self.num, FEED_TAG[feed], self.seq)
        if sensor:
            s = SENSORS[sensor]
            lon, lat = s["lon"], s["lat"]
            agency = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY.get(feed, s["agency"])
        else:
            pt = P[at] if isinstance(at, str) else at
            if jit:
                pt = off(pt, self.rng.uniform(-jit, jit), self.rng.uniform(-jit, jit))
            lon, lat = pt
            agency = FEED_AGENCY[feed]
        if sev is None:
            sev = "Unknown" if feed in NO_SEVERITY else "Moderate"
        happened = self.t(m)
        observed = self.t(obs_m) if obs_m is not None else happened
        secs = self.rng.randint(0, 50)
        arrival = happened + timedelta(minutes=lag, seconds=secs)
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": cat, "severity": sev, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(observed + timedelta(seconds=self.rng.randint(0, 5) if feed in SENSOR_FEEDS else 0)),
              "arrival": iso(arrival)}
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        for k, v in extra.items():
            if k == "ends_m":
                it["ends"] = iso(self.t(v))
            elif k == "arrival_m":
                it["arrival"] = iso(self.t(v))
            else:
                it[k] = v
        it["truth"] = truth
        if alt != "__same__":
            it["truth_alt"] = alt
        self.items.append(it)
        self.byk[key] = it
        return key

    def dup(self, key, lag_more):
        it = dict(self.byk[key])
        a = datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        it["arrival"] = iso(a + timedelta(minutes=lag_more))
        self.items.append(it)
        return key

    # common patterns -------------------------------------------------------
    def congestion(self, vd, m, truth, sev="Moderate", road="", lag=1.5, alt="__same__"):
        return self.ev("rule", "congestion", m, "%s車流壅塞，平均車速低於門檻%s" % (SENSORS[vd]["name"], road),
                       truth, lag=lag, sev=sev, sensor=vd, alt=alt)

    def park_full(self, pk, m, truth, alt="__same__"):
        return self.ev("parking", "full", m, "%s 車位已滿" % SENSORS[pk]["name"], truth, lag=0.5, sensor=pk, alt=alt)

    def crowd_cam(self, cam, m, conf, truth, motion="人潮", alt="__same__"):
        return self.ev("cctv", "crowding", m, "影像分析：%s%s聚集" % (SENSORS[cam]["name"], motion), truth, lag=0.5,
                       sensor=cam, confidence=conf, alt=alt)

    def write(self):
        labels = [i["label"] for i in self.incidents]
        for inc in self.incidents:
            if not inc["sufficient_evidence_key"]:
                mine = [it for it in self.items if it["truth"] == inc["label"]]
                mine.sort(key=lambda x: x["arrival"])
                inc["sufficient_evidence_key"] = mine[0]["key"]
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        base = os.path.join(OUT, "%04d_%s" % (self.num, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for i in order:
                f.write(json.dumps(self.items[i], ensure_ascii=False) + "\n")
        truth = {"situation": "%04d_%s" % (self.num, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt:
            why, changes = self.alt
            incs = [dict(i) for i in self.incidents if i["label"] not in changes.get("drop", [])]
            for a in changes.get("add", []):
                a = dict(a)
                if not a.get("sufficient_evidence_key"):
                    mine = sorted((it for it in self.items if it.get("truth_alt", it["truth"]) == a["label"]),
                                  key=lambda x: x["arrival"])
                    a["sufficient_evidence_key"] = mine[0]["key"]
                incs.append(a)
            truth["alternative_reading"] = {"why": why, "incidents": incs}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        assert labels
        return base
