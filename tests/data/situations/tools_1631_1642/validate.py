"""Check every situation file of this folder against FORMAT.md and the registry."""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, REGISTRY

CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "evacuation", "missing_person", "medical", "hazmat_report", "road_collapse",
                 "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
FEED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire",
               "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS_119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
TYPES_ONLY = {"reason": {"status"}, "permit_status": {"planned_event"}, "radius_m": {"planned_event"},
              "gateway": {"rule", "status"}, "ends": {"planned_event"}, "confidence": {"cctv"}, "status": {"119", "1999"}}


def ts(s):
    assert s.endswith("Z"), s
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, errors):
    def err(msg):
        errors.append("%s: %s" % (os.path.basename(path), msg))
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (n, e))
            return []
    if not 20 <= len(items) <= 120:
        err("%d items (20-120 wanted)" % len(items))
    seen, last = {}, None
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        for f in REQUIRED:
            if f not in it:
                err("%s: missing %s" % (where, f))
        feed = it.get("feed")
        if feed not in CATEGORIES:
            err("%s: unknown feed %s" % (where, feed))
            continue
        if (it["kind"] == "alert") != (feed == "rule") or it["kind"] not in ("alert", "event"):
            err("%s: kind %s for feed %s" % (where, it["kind"], feed))
        if it["category"] not in CATEGORIES[feed]:
            err("%s: category %s not in the vocabulary of %s" % (where, it["category"], feed))
        if it["agency"] not in AGENCIES:
            err("%s: agency %s" % (where, it["agency"]))
        if feed in FEED_AGENCY and it["agency"] != FEED_AGENCY[feed]:
            err("%s: agency %s for %s" % (where, it["agency"], feed))
        if it["severity"] not in SEVERITIES:
            err("%s: severity %s" % (where, it["severity"]))
        if feed not in ("rule", "incident") and it["severity"] != "Unknown" and feed != "119":
            err("%s: severity should be Unknown for %s" % (where, feed))
        if not (120.55 < it["lon"] < 120.75 and 24.10 < it["lat"] < 24.25):
            err("%s: position outside the study area" % where)
        try:
            obs, arr = ts(it["observed"]), ts(it["arrival"])
        except Exception as e:
            err("%s: bad time %s" % (where, e))
            continue
        if feed != "planned_event" and obs > arr + dt.timedelta(seconds=300):
            err("%s: observed later than arrival + 300 s (the wire refuses it)" % where)
        if last and arr < last:
            err("%s: out of arrival order" % where)
        last = arr
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in REGISTRY:
                err("%s: sensor %s not in the registry" % (where, sid))
            else:
                f = REGISTRY[sid]
                lon, lat = f["geometry"]["coordinates"]
                if (it["lon"], it["lat"]) != (lon, lat):
                    err("%s: position differs from the registry" % where)
                if feed in FEED_KIND and f["properties"]["kind"] != FEED_KIND[feed]:
                    err("%s: sensor kind %s on feed %s" % (where, f["properties"]["kind"], feed))
                if feed in ("rule", "status", "cctv") and it["agency"] != f["properties"]["agency"]:
                    err("%s: agency %s, registry says %s" % (where, it["agency"], f["properties"]["agency"]))
                if "gateway" in it and it["gateway"] != f["properties"]["metadata"].get("gateway"):
                    err("%s: gateway differs from the registry" % where)
        elif "sensor_id" in it:
            err("%s: sensor_id on feed %s" % (where, feed))
        for fld, feeds in TYPES_ONLY.items():
            if fld in it and feed not in feeds:
                err("%s: %s on feed %s" % (where, fld, feed))
        if "reason" in it and (it["reason"] not in REASONS or it["category"] != "offline"):
            err("%s: reason %s" % (where, it["reason"]))
        if feed == "119" and it.get("status", "dispatched") not in STATUS_119:
            err("%s: 119 status %s" % (where, it.get("status")))
        if feed == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= obs:
                err("%s: planned event without a later end" % where)
            if it.get("permit_status", "approved") not in PERMIT:
                err("%s: permit_status %s" % (where, it.get("permit_status")))
            if "radius_m" in it and not (isinstance(it["radius_m"], (int, float)) and 1 <= it["radius_m"] <= 5000):
                err("%s: radius_m %s" % (where, it["radius_m"]))
            if it.get("permit_status", "approved") != "approved" and not it.get("follows"):
                err("%s: an amended or cancelled permit must follow its first line" % where)
        if feed == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            err("%s: cctv without confidence 0-1" % where)
        if "level" in it and it["level"] not in LEVELS.get(it["category"], set()):
            err("%s: level %s for %s" % (where, it["level"], it["category"]))
        k = it["key"]
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                err("%s: key repeated with different fields" % where)
        else:
            seen[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in seen:
            err("%s follows unknown key %s" % (it["key"], it["follows"]))
    return items


def check_truth(path, items, errors):
    def err(msg):
        errors.append("%s: %s" % (os.path.basename(path), msg))
    t = json.load(open(path, encoding="utf-8"))
    for f in ("situation", "description", "incidents"):
        if f not in t:
            err("missing " + f)
    keys = {it["key"]: it for it in items}

    def reading(incs, lab_of, name):
        labels = [i["label"] for i in incs]
        if len(labels) != len(set(labels)):
            err("%s: duplicate labels" % name)
        used = {lab_of(it) for it in items} - {None}
        for lab in used - set(labels):
            err("%s: label %s of items not in the incidents" % (name, lab))
        for i in incs:
            if i["label"] not in used:
                err("%s: incident %s has no item" % (name, i["label"]))
            if i.get("type") not in INCIDENT_TYPES:
                err("%s: type %s" % (name, i.get("type")))
            k = i.get("sufficient_evidence_key")
            if k not in keys or lab_of(keys[k]) != i["label"]:
                err("%s: sufficient key %s not an item of %s" % (name, k, i["label"]))
    reading(t["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    if "alternative_reading" in t:
        reading(t["alternative_reading"]["incidents"], lambda it: it.get("truth_alt", it["truth"]), "alt")
        if not t["alternative_reading"].get("why"):
            err("alternative without why")
    elif has_alt:
        err("truth_alt on items but no alternative_reading")


def main():
    errors = []
    files = sorted(f for f in glob.glob(os.path.join(OUT, "[0-9]*_*.jsonl")) if 1631 <= int(os.path.basename(f).split("_")[0]) <= 1642)
    for p in files:
        items = check(p, errors)
        tp = p[:-len(".jsonl")] + ".truth.json"
        if not os.path.exists(tp):
            errors.append("%s: no truth file" % p)
            continue
        check_truth(tp, items, errors)
    for e in errors:
        print(e)
    print("%d files, %d problems" % (len(files), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
