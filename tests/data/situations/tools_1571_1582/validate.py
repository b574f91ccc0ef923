"""Check every situation file of this folder against FORMAT.md and the registry."""
import glob
import json
import os
import sys
from lib import OUT, SENSORS

FEEDS = {"rule": "alert"}
EVENT_FEEDS = {"fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "missing_person", "evacuation", "hazmat_report",
                 "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "traffic_signal", "gas_odor",
             "missing_person", "fallen_object", "rescue", "water_outage", "evacuation"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]} | set(SENSORS)


def check(path):
    errs = []
    e = errs.append
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as x:
                e("line %d: not JSON (%s)" % (n, x))
    truth_path = path[:-len(".jsonl")] + ".truth.json"
    truth = json.load(open(truth_path, encoding="utf-8"))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            e("truth: missing %s" % k)
    if truth.get("situation") != os.path.basename(path)[:-len(".jsonl")]:
        e("truth: situation name differs from file name")
    if not 20 <= len(items) <= 120:
        e("%d items (20-120 wanted)" % len(items))
    labels = {i["label"]: i for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"]: i for i in alt["incidents"]} if alt else dict(labels)
    if len(labels) != len(truth["incidents"]):
        e("truth: duplicate labels")
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                e("truth incident without %s" % k)
        if inc.get("type") not in INCIDENT_TYPES:
            e("incident %s: type %s unknown" % (inc.get("label"), inc.get("type")))
    seen = {}
    prev = ""
    has_alt = False
    for it in items:
        key = it.get("key", "?")
        for k in REQUIRED:
            if k not in it:
                e("%s: missing %s" % (key, k))
        if key in seen:
            a = {k: v for k, v in it.items() if k != "arrival"}
            b = {k: v for k, v in seen[key].items() if k != "arrival"}
            if a != b:
                e("%s: repeated key with different fields" % key)
            if it["arrival"] <= seen[key]["arrival"]:
                e("%s: duplicate does not arrive later" % key)
        else:
            seen[key] = it
        feed = it.get("feed")
        if feed == "rule":
            if it.get("kind") != "alert":
                e("%s: rule item not an alert" % key)
        elif feed in EVENT_FEEDS:
            if it.get("kind") != "event":
                e("%s: %s item not an event" % (key, feed))
        else:
            e("%s: unknown feed %s" % (key, feed))
        if it.get("category") not in CATS.get(feed, set()):
            e("%s: category %s not in the vocabulary of %s" % (key, it.get("category"), feed))
        if it.get("agency") not in AGENCIES:
            e("%s: agency %s" % (key, it.get("agency")))
        if it.get("severity") not in SEVERITIES:
            e("%s: severity %s" % (key, it.get("severity")))
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if s is None:
                e("%s: sensor %s not registered" % (key, sid))
            else:
                if (it["lon"], it["lat"]) != (round(s["lon"], 6), round(s["lat"], 6)):
                    e("%s: position differs from the registry's for %s" % (key, sid))
                if feed in SENSOR_KIND and s["kind"] != SENSOR_KIND[feed]:
                    e("%s: %s is a %s, not a %s" % (key, sid, s["kind"], feed))
                if feed in ("rule", "status") and it["agency"] != s["agency"]:
                    e("%s: agency differs from the sensor's" % key)
        elif "sensor_id" in it:
            e("%s: sensor_id on a %s item" % (key, feed))
        if not (118 <= it.get("lon", 0) <= 123 and 21 <= it.get("lat", 0) <= 27):
            e("%s: position outside Taiwan" % key)
        if it.get("arrival", "") < prev:
            e("%s: out of arrival order" % key)
        prev = it.get("arrival", prev)
        for k in ("observed", "arrival", "ends"):
            if k in it and not (len(it[k]) == 20 and it[k].endswith("Z")):
                e("%s: %s not ISO UTC" % (key, k))
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            e("%s: confidence" % key)
        if feed == "cctv" and "confidence" not in it:
            e("%s: cctv without confidence" % key)
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in
                               {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}):
            e("%s: reason" % key)
        if "status" in it and (feed != "119" or it["status"] not in {"dispatched", "on_scene", "returning", "closed"}):
            e("%s: status" % key)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            e("%s: radius_m" % key)
        if "permit_status" in it and (feed != "planned_event" or it["permit_status"] not in {"approved", "amended", "cancelled"}):
            e("%s: permit_status" % key)
        if feed == "planned_event" and ("ends" not in it or it["ends"] <= it["observed"]):
            e("%s: planned event without a later end" % key)
        if "ends" in it and feed != "planned_event":
            e("%s: ends on a %s item" % (key, feed))
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
            e("%s: gateway" % key)
        if "gateway" in it and SENSORS.get(it.get("sensor_id"), {}).get("gateway") not in (None, it["gateway"]):
            e("%s: gateway differs from the registry's" % key)
        if "level" in it and it["level"] not in LEVELS.get(it["category"], set()):
            e("%s: level %s" % (key, it["level"]))
        if it.get("truth") is not None and it["truth"] not in labels:
            e("%s: truth label %s not in the truth file" % (key, it["truth"]))
        if "truth_alt" in it:
            has_alt = True
            if it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                e("%s: truth_alt %s not in the alternative reading" % (key, it["truth_alt"]))
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            e("%s: follows unknown key %s" % (it["key"], it["follows"]))
    alt_of = {k: (v.get("truth_alt", v["truth"]) if "truth_alt" in v else v["truth"]) for k, v in seen.items()}
    for lab, inc in labels.items():
        if not any(v["truth"] == lab for v in seen.values()):
            e("incident %s has no item" % lab)
        sk = inc["sufficient_evidence_key"]
        if sk not in seen or seen[sk]["truth"] != lab:
            e("incident %s: sufficient key %s is not one of its items" % (lab, sk))
    if alt:
        for lab, inc in alt_labels.items():
            if not any(v == lab for v in alt_of.values()):
                e("alternative incident %s has no item" % lab)
            sk = inc["sufficient_evidence_key"]
            if alt_of.get(sk) != lab:
                e("alternative incident %s: sufficient key %s is not one of its items" % (lab, sk))
        for v in set(alt_of.values()) - {None}:
            if v not in alt_labels:
                e("alternative label %s not listed" % v)
        if "why" not in alt:
            e("alternative reading without why")
    elif has_alt:
        e("truth_alt given but no alternative_reading")
    return items, errs


def main():
    files = sorted(f for f in glob.glob(os.path.join(OUT, "[0-9]*_*.jsonl")) if 1571 <= int(os.path.basename(f).split("_")[0]) <= 1582)
    bad = 0
    for p in files:
        items, errs = check(p)
        name = os.path.basename(p)
        print("%-50s %3d items %s" % (name, len(items), "OK" if not errs else "%d problems" % len(errs)))
        for x in errs:
            print("   ", x)
        bad += len(errs)
    if not files:
        print("no situations found")
        bad = 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
