"""Validate situations 1791-1802: parse, keys, labels, sensors, arrival order, duplicates."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

FEEDS = {"rule": ("alert", None), "fire_alarm": ("event", "disaster"), "signal": ("event", "traffic"),
         "parking": ("event", "traffic"), "incident": ("event", "police"), "cctv": ("event", None),
         "1999": ("event", "citizen"), "status": ("event", None), "119": ("event", "fire"),
         "planned_event": ("event", "police")}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "missing_person", "evacuation", "hazmat_report",
                 "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "power_outage",
             "rescue", "missing_person", "fallen_object", "evacuation", "water_outage", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
    "status": {"offline", "online"}, "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status",
       "gateway", "truth_alt"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_FOR = {"rule": None, "fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def load_sensors():
    d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
    out, gws = {}, set()
    for f in d["features"]:
        p = f["properties"]
        out[p["sensor_id"]] = (p["kind"], p["agency"], f["geometry"]["coordinates"])
        g = (p.get("metadata") or {}).get("gateway")
        if g:
            gws.add(g)
    return out, gws


def main():
    sensors, gws = load_sensors()
    probs = []
    files = sorted(glob.glob(os.path.join(OUT, "*.jsonl")))
    files = [f for f in files if 1791 <= int(os.path.basename(f).split("_")[0]) <= 1802]
    if len(files) != 12:
        probs.append("expected 12 situations, found %d" % len(files))
    for fn in files:
        name = os.path.basename(fn)[:-6]
        P = lambda m: probs.append("%s: %s" % (name, m))  # noqa: E731
        try:
            truth = json.load(open(os.path.join(OUT, name + ".truth.json"), encoding="utf-8"))
        except Exception as e:
            P("truth file: %s" % e)
            continue
        items = []
        for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
            try:
                items.append(json.loads(line))
            except Exception as e:
                P("line %d does not parse: %s" % (ln, e))
        if not 20 <= len(items) <= 150:
            P("%d items" % len(items))
        seen, prev = {}, ""
        for it in items:
            k = it.get("key")
            for r in REQ:
                if r not in it:
                    P("%s missing %s" % (k, r))
            for x in it:
                if x not in REQ and x not in OPT:
                    P("%s unknown field %s" % (k, x))
            feed = it.get("feed")
            if feed not in FEEDS:
                P("%s bad feed %s" % (k, feed))
                continue
            kind, ag = FEEDS[feed]
            if it["kind"] != kind:
                P("%s kind %s" % (k, it["kind"]))
            if ag and it["agency"] != ag:
                P("%s agency %s" % (k, it["agency"]))
            if it["category"] not in CATS[feed]:
                P("%s category %s" % (k, it["category"]))
            if it["severity"] not in SEV:
                P("%s severity" % k)
            if feed not in ("rule", "incident") and it["severity"] != "Unknown":
                P("%s severity should be Unknown" % k)
            for tf in ("observed", "arrival", "ends"):
                if tf in it and not TS.match(it[tf]):
                    P("%s bad time %s" % (k, tf))
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in sensors:
                    P("%s unregistered sensor %s" % (k, sid))
                else:
                    sk, sa, (lon, lat) = sensors[sid]
                    if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                        P("%s not at registered position" % k)
                    if feed in ("rule", "status", "cctv") and it["agency"] != sa:
                        P("%s agency differs from sensor's" % k)
                    if KIND_FOR.get(feed) and sk not in KIND_FOR[feed]:
                        P("%s sensor kind %s for feed %s" % (k, sk, feed))
            elif "sensor_id" in it:
                P("%s sensor_id on feed %s" % (k, feed))
            if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in
                                       {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}):
                P("%s bad reason" % k)
            if "status" in it and not (feed == "119" and it["status"] in {"dispatched", "on_scene", "returning", "closed"}):
                P("%s bad status" % k)
            if "radius_m" in it and not (feed == "planned_event" and 1 <= it["radius_m"] <= 5000):
                P("%s bad radius" % k)
            if "permit_status" in it and not (feed == "planned_event" and it["permit_status"] in {"approved", "amended", "cancelled"}):
                P("%s bad permit_status" % k)
            if "gateway" in it and not (feed in ("rule", "status") and (it["gateway"] in gws or it["gateway"] in sensors)):
                P("%s bad gateway" % k)
            if feed == "planned_event" and ("ends" not in it or it["ends"] <= it["observed"]):
                P("%s permit needs ends after start" % k)
            if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
                P("%s bad confidence" % k)
            if feed == "cctv" and "confidence" not in it:
                P("%s cctv without confidence" % k)
            if it["arrival"] < prev:
                P("%s out of arrival order" % k)
            prev = it["arrival"]
            if k in seen:
                a, b = dict(seen[k]), dict(it)
                a.pop("arrival"), b.pop("arrival")
                if a != b:
                    P("%s duplicate differs" % k)
            else:
                seen[k] = it
        for it in items:
            if "follows" in it and it["follows"] not in seen:
                P("%s follows unknown key" % it["key"])
        # truth
        labels = {i["label"] for i in truth.get("incidents", [])}
        for inc in truth.get("incidents", []):
            if inc.get("type") not in TYPES:
                P("incident %s type %s" % (inc.get("label"), inc.get("type")))
            sk = inc.get("sufficient_evidence_key")
            if sk not in seen or seen[sk]["truth"] != inc["label"]:
                P("incident %s sufficient key %s not its item" % (inc["label"], sk))
        used = {i["truth"] for i in seen.values() if i["truth"] is not None}
        if used != labels:
            P("labels used %s vs incidents %s" % (sorted(used), sorted(labels)))
        has_alt = any("truth_alt" in i for i in seen.values())
        ar = truth.get("alternative_reading")
        if has_alt and not ar:
            P("truth_alt without alternative_reading")
        if ar:
            alabels = {i["label"] for i in ar["incidents"]}
            aused = {(i["truth_alt"] if "truth_alt" in i else i["truth"]) for i in seen.values()} - {None}
            if aused != alabels:
                P("alt labels used %s vs alt incidents %s" % (sorted(aused), sorted(alabels)))
            for inc in ar["incidents"]:
                if inc.get("type") not in TYPES:
                    P("alt incident %s type" % inc["label"])
                sk = inc.get("sufficient_evidence_key")
                if sk not in seen or seen[sk].get("truth_alt", seen[sk]["truth"]) != inc["label"]:
                    P("alt incident %s sufficient key %s not its item" % (inc["label"], sk))
            if not ar.get("why"):
                P("alternative reading without why")
        for f in ("situation", "description", "incidents"):
            if f not in truth:
                P("truth missing %s" % f)
        if truth.get("situation") != name:
            P("truth situation name %s" % truth.get("situation"))
    for p in probs:
        print("PROBLEM", p)
    print("%d situations checked, %d problems" % (len(files), len(probs)))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
