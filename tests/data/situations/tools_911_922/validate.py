"""Validate situations 911..922: parse, keys, duplicates, labels, sensors, arrival order, follows.

Exit code 1 with every problem listed; warnings do not fail.
"""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, SENSORS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
NO_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"},
             "rule": {"flood", "water_level", "rain", "vd", "parking"}}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
    "incident": {"accident", "injury_accident", "traffic_accident", "stalled_vehicle", "fallen_object",
                 "wrong_way_driver", "fire_report", "hazmat_report", "flooding_report", "road_closure",
                 "road_collapse", "crowd_control", "traffic_signal_fault", "theft", "public_disturbance",
                 "medical", "other"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "gas_odor",
             "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage", "streetlight", "環境公害",
             "環境清潔", "動物救援", "公園路樹", "other"},
}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(stem, problems, warnings):
    def bad(msg):
        problems.append("%s: %s" % (stem, msg))

    items = []
    with open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                bad("line %d does not parse: %s" % (n, e))
                return 0, 0
    try:
        with open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        bad("truth file: %s" % e)
        return 0, 0
    if not 25 <= len(items) <= 150:
        bad("%d items, not 25-150" % len(items))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            bad("truth lacks %s" % k)
    main = {i["label"]: i for i in truth["incidents"]}
    if len(main) != len(truth["incidents"]):
        bad("duplicate incident labels")
    alt = truth.get("alternative_reading")
    altinc = {i["label"]: i for i in alt["incidents"]} if alt else None
    has_alt_items = any("truth_alt" in it for it in items)
    if has_alt_items and not alt:
        bad("items carry truth_alt but the truth has no alternative_reading")

    first = {}
    prev = None
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        for r in REQUIRED:
            if r not in it:
                bad("%s lacks %s" % (where, r))
        if any(r not in it for r in REQUIRED):
            continue
        key = it["key"]
        if key in first:
            a, b = dict(first[key]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                bad("%s: key repeated with other fields changed" % where)
        else:
            first[key] = it
        feed = it["feed"]
        if feed not in FEEDS:
            bad("%s: feed %s" % (where, feed))
        if it["agency"] not in AGENCIES:
            bad("%s: agency %s" % (where, it["agency"]))
        if it["severity"] not in SEVERITIES:
            bad("%s: severity %s" % (where, it["severity"]))
        if feed in NO_SEVERITY and it["severity"] != "Unknown":
            bad("%s: feed %s gives no severity" % (where, feed))
        if (it["kind"] == "alert") != (feed == "rule") or it["kind"] not in ("alert", "event"):
            bad("%s: kind %s with feed %s" % (where, it["kind"], feed))
        if it["category"] not in CATEGORIES.get(feed, {it["category"]}):
            bad("%s: category %s not in feed %s" % (where, it["category"], feed))
        if "level" in it and it["level"] not in LEVELS:
            bad("%s: level %s" % (where, it["level"]))
        if feed == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            bad("%s: cctv without confidence 0-1" % where)
        if "confidence" in it and feed != "cctv":
            bad("%s: confidence outside cctv" % where)
        if feed == "planned_event" and "ends" not in it:
            bad("%s: permit without ends" % where)
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            bad("%s: position outside Taiwan" % where)
        try:
            obs, arr = t(it["observed"]), t(it["arrival"])
            if "ends" in it and t(it["ends"]) <= obs:
                bad("%s: ends before start" % where)
        except ValueError as e:
            bad("%s: time %s" % (where, e))
            continue
        if prev and arr < prev:
            bad("%s: arrival %s before the previous line's" % (where, it["arrival"]))
        prev = arr
        if obs > arr and feed != "planned_event":
            bad("%s: observed after arrival" % where)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if s is None:
                bad("%s: sensor %s not registered" % (where, sid))
            else:
                if feed in FEED_KIND and s["kind"] not in FEED_KIND[feed]:
                    bad("%s: sensor %s is %s, not for feed %s" % (where, sid, s["kind"], feed))
                if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                    bad("%s: sensor %s not at its registered position" % (where, sid))
                if feed in ("rule", "status") and it["agency"] != s["agency"]:
                    bad("%s: agency %s, sensor's is %s" % (where, it["agency"], s["agency"]))
        elif "sensor_id" in it:
            bad("%s: sensor_id on feed %s" % (where, feed))
        if feed in ("incident", "1999", "119", "planned_event") and it["agency"] != {
                "incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}[feed]:
            bad("%s: agency %s for feed %s" % (where, it["agency"], feed))
        lab = it["truth"]
        if lab is not None and lab not in main:
            bad("%s: truth %s not an incident" % (where, lab))
        if "truth_alt" in it:
            if it["truth_alt"] == lab:
                warnings.append("%s: %s truth_alt equals truth" % (stem, where))
        if altinc is not None:
            la = it.get("truth_alt", lab)
            if la is not None and la not in altinc:
                bad("%s: alternative label %s not an alternative incident" % (where, la))
        if "text" in it and not it["text"].strip():
            bad("%s: empty text" % where)
    for it in items:
        if "follows" in it and it["follows"] not in first:
            bad("%s follows %s, which is not in the file" % (it["key"], it["follows"]))
        if it.get("follows") == it["key"]:
            bad("%s follows itself" % it["key"])

    def reading(incs, label_of, name):
        used = {}
        for it in first.values():
            lab = label_of(it)
            if lab is not None:
                used.setdefault(lab, []).append(it)
        for lab, inc in incs.items():
            if inc.get("type") not in TYPES:
                bad("%s reading: incident %s type %s" % (name, lab, inc.get("type")))
            if lab not in used:
                bad("%s reading: incident %s has no item" % (name, lab))
            k = inc.get("sufficient_evidence_key")
            if k not in first:
                bad("%s reading: incident %s sufficient key %s not an item" % (name, lab, k))
            elif label_of(first[k]) != lab:
                bad("%s reading: incident %s sufficient key %s belongs to %s" % (name, lab, k, label_of(first[k])))
        for lab in used:
            if lab not in incs:
                bad("%s reading: label %s without incident" % (name, lab))

    reading(main, lambda it: it["truth"], "main")
    if altinc is not None:
        if not alt.get("why"):
            bad("alternative reading without why")
        reading(altinc, lambda it: it.get("truth_alt", it["truth"]), "alternative")
        if not has_alt_items:
            warnings.append("%s: alternative reading but no item differs" % stem)
    return len(items), len(main)


def main():
    problems, warnings = [], []
    stems = sorted(os.path.basename(p)[:-6] for p in glob.glob(os.path.join(OUT, "9[12][0-9]_*.jsonl")))
    stems = [s for s in stems if 911 <= int(s.split("_")[0]) <= 922]
    nums = sorted(int(s.split("_")[0]) for s in stems)
    if nums != list(range(911, 923)):
        problems.append("situations found: %s, expected 911..922" % nums)
    all_keys = {}
    total = 0
    for s in stems:
        n, k = check(s, problems, warnings)
        total += n
        with open(os.path.join(OUT, s + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                key = json.loads(line)["key"]
                if key in all_keys and all_keys[key] != s:
                    warnings.append("key %s in both %s and %s" % (key, all_keys[key], s))
                all_keys[key] = s
        print("%-40s %4d items %3d incidents" % (s, n, k))
    for w in warnings:
        print("WARNING", w)
    for p in problems:
        print("PROBLEM", p)
    print("%d situations, %d items, %d problems" % (len(stems), total, len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
