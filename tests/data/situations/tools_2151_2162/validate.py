"""Check the situations 2151-2162: every file parses; keys unique except duplicates (which
repeat every field except arrival); labels consistent with the truth file; sensor ids
registered, at their registered positions; arrival order; follows point to existing keys."""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, SENSORS

NUMS = range(2151, 2163)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status",
         "119", "planned_event"}
SENSOR_FEEDS = {"rule": None, "fire_alarm": "fire_alarm", "signal": "signal",
                "parking": "parking", "status": None, "cctv": "cctv"}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
          "incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline",
             "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "missing_person", "medical",
                 "road_reopened", "evacuation", "hazmat_report", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object",
             "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree",
             "streetlight", "noise", "illegal_parking", "crowding", "blocked_drain", "other",
             "missing_person", "rescue", "power_outage", "fallen_object", "gas_odor",
             "traffic_signal", "water_outage", "evacuation", "環境清潔", "公園路樹", "環境公害",
             "動物救援"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat", "rekindle"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market",
                      "festival"},
}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
               "planned_event"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure",
         "hazmat", "planned_event", "flood_risk"}
LEVELS = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe", "3": "Moderate",
          "2": "Severe", "1": "Extreme", "大雨": "Moderate", "豪雨": "Severe",
          "大豪雨": "Extreme", "超大豪雨": "Extreme"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
            "observed", "arrival", "text", "truth"]
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]} | set(SENSORS)


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(num, errors):
    def err(msg):
        errors.append("%d: %s" % (num, msg))

    files = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(files) != 1:
        err("expected one .jsonl, found %d" % len(files))
        return
    path = files[0]
    tpath = path[:-len(".jsonl")] + ".truth.json"
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    if truth.get("situation") != num:
        err("truth situation number")
    items, first, prev = [], {}, None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                it = json.loads(line)
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
                continue
            items.append(it)
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        for k in REQUIRED:
            if k not in it:
                err("%s: missing %s" % (where, k))
        if not str(it.get("key", "")).startswith("%d-" % num):
            err("%s: key not prefixed with the situation number" % where)
        arr = t(it["arrival"])
        obs = t(it["observed"])
        if prev and arr < prev:
            err("%s: out of arrival order" % where)
        prev = arr
        feed = it["feed"]
        if feed not in FEEDS:
            err("%s: feed %s" % (where, feed))
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err("%s: kind" % where)
        if it["category"] not in CATS[feed]:
            err("%s: category %s not in %s" % (where, it["category"], feed))
        if it["severity"] not in SEVERITIES:
            err("%s: severity" % where)
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            err("%s: %s severity should be Unknown" % (where, feed))
        if feed != "planned_event" and obs > arr:
            err("%s: observed after arrival" % where)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err("%s: position outside Taiwan" % where)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if not s:
                err("%s: sensor %s not registered" % (where, sid))
            else:
                if SENSOR_FEEDS[feed] and s["kind"] != SENSOR_FEEDS[feed]:
                    err("%s: sensor %s is a %s" % (where, sid, s["kind"]))
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    err("%s: sensor %s not at its registered position" % (where, sid))
                want = AGENCY.get(feed) or s["agency"]
                if feed == "cctv":
                    want = s["agency"]
                if it["agency"] != want:
                    err("%s: agency %s, expected %s" % (where, it["agency"], want))
        else:
            if "sensor_id" in it:
                err("%s: sensor_id on a %s item" % (where, feed))
            if it["agency"] != AGENCY[feed]:
                err("%s: agency" % where)
        if ("confidence" in it) != (feed == "cctv"):
            err("%s: confidence only and always on cctv" % where)
        if feed == "cctv" and not 0 <= it["confidence"] <= 1:
            err("%s: confidence range" % where)
        if "reason" in it and (feed != "status" or it["category"] != "offline"
                               or it["reason"] not in REASONS):
            err("%s: reason" % where)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            err("%s: status" % where)
        if "level" in it:
            if feed != "rule" or it["level"] not in LEVELS:
                err("%s: level" % where)
            elif LEVELS[it["level"]] != it["severity"]:
                err("%s: severity does not match level" % where)
        if feed == "rule" and it["category"] in ("flood_depth", "water_level", "heavy_rain") \
                and "level" not in it:
            err("%s: rule without level" % where)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err("%s: radius_m" % where)
        if "permit_status" in it and (feed != "planned_event" or it["permit_status"] not in PERMIT):
            err("%s: permit_status" % where)
        if "ends" in it and (feed != "planned_event" or t(it["ends"]) <= obs):
            err("%s: ends" % where)
        if feed == "planned_event" and "ends" not in it:
            err("%s: planned event without ends" % where)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
            err("%s: gateway" % where)
        k = it["key"]
        if k in first:
            a, b = dict(first[k]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                err("%s: duplicate key whose fields differ" % where)
        else:
            first[k] = it
    keys = set(first)
    if not 20 <= len(keys) <= 150:
        err("%d items (20-150 wanted)" % len(keys))
    for it in first.values():
        f = it.get("follows")
        if f is not None and (f not in keys or f == it["key"]):
            err("%s: follows %s, no such key" % (it["key"], f))
    # truth
    labels = {}
    for inc in truth["incidents"]:
        if inc["label"] in labels:
            err("label %s twice" % inc["label"])
        labels[inc["label"]] = inc
        if inc["type"] not in TYPES:
            err("incident %s type %s" % (inc["label"], inc["type"]))
    used = {}
    for it in first.values():
        if it["truth"] is not None:
            used.setdefault(it["truth"], []).append(it)
    for lab in used:
        if lab not in labels:
            err("label %s used by items, not in the truth file" % lab)
    for lab, inc in labels.items():
        if lab not in used:
            err("incident %s has no item" % lab)
        sk = inc.get("sufficient_evidence_key")
        if sk not in first or first[sk]["truth"] != lab:
            err("incident %s: sufficient_evidence_key %s is not one of its items" % (lab, sk))
    has_alt = any("truth_alt" in it for it in first.values())
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        err("truth_alt without alternative_reading")
    if alt:
        if not alt.get("why"):
            err("alternative reading without why")
        alabels = {}
        for inc in alt["incidents"]:
            alabels[inc["label"]] = inc
            if inc["type"] not in TYPES:
                err("alt incident %s type" % inc["label"])
        aused = {}
        for it in first.values():
            lab = it["truth_alt"] if "truth_alt" in it else it["truth"]
            if lab is not None:
                aused.setdefault(lab, []).append(it)
        for lab in aused:
            if lab not in alabels:
                err("alt label %s not in the alternative incidents" % lab)
        for lab, inc in alabels.items():
            if lab not in aused:
                err("alt incident %s has no item" % lab)
            sk = inc.get("sufficient_evidence_key")
            if sk not in first:
                err("alt incident %s: no such sufficient key %s" % (lab, sk))
            else:
                it = first[sk]
                if (it["truth_alt"] if "truth_alt" in it else it["truth"]) != lab:
                    err("alt incident %s: sufficient key %s is not one of its items" % (lab, sk))
    return len(keys), len(items)


def main():
    errors = []
    for num in NUMS:
        got = check(num, errors)
        if got:
            print("%d: %d items, %d lines" % (num, got[0], got[1]))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
