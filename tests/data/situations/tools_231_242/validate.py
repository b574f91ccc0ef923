"""Validate situations 231-242: parse, keys and duplicates, labels, sensors, arrival order.
Run from anywhere: python3 validate.py  (exit 1 and a list of problems on failure)."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")
FIRST, LAST = 231, 242

FEEDS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance",
                 # vocabulary_needed / docs/vocabulary.md
                 "road_collapse", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other",
             "gas_odor", "water_outage", "traffic_signal"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
                "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule": None, "fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                "status": None, "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def ts(v):
    return datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")


def sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"], ft["properties"]) for ft in data["features"]}


def check_incidents(name, incs, probs, where):
    labels = {}
    for i in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in i:
                probs.append("%s: %s incident missing %s" % (name, where, k))
        if i.get("type") not in TYPES:
            probs.append("%s: %s incident %s type %r" % (name, where, i.get("label"), i.get("type")))
        if i.get("label") in labels:
            probs.append("%s: %s label %s twice" % (name, where, i.get("label")))
        labels[i.get("label")] = i
    return labels


def validate_one(path, reg, probs):
    name = os.path.basename(path)
    m = re.match(r"^(\d{3})_[a-z0-9_]+\.jsonl$", name)
    if not m or not FIRST <= int(m.group(1)) <= LAST:
        probs.append("%s: bad file name" % name)
        return
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except Exception as e:
        probs.append("%s: truth file: %s" % (name, e))
        return
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append((n, json.loads(line)))
            except Exception as e:
                probs.append("%s:%d: not JSON: %s" % (name, n, e))
    first = {}
    prev_arr = None
    for n, it in items:
        where = "%s:%d" % (name, n)
        for k in REQUIRED:
            if k not in it:
                probs.append("%s: missing %s" % (where, k))
        extra = set(it) - ALLOWED
        if extra:
            probs.append("%s: unknown fields %s" % (where, sorted(extra)))
        if any(k not in it for k in REQUIRED):
            continue
        for k in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
            if not TS.match(it[k]):
                probs.append("%s: %s not ISO UTC" % (where, k))
        arr = ts(it["arrival"])
        if prev_arr and arr < prev_arr:
            probs.append("%s: arrival out of order" % where)
        prev_arr = arr
        if it.get("feed") != "planned_event" and (ts(it["observed"]) - arr).total_seconds() > 300:
            probs.append("%s: observed more than 300 s after arrival (ingest would quarantine it)" % where)
        feed = it["feed"]
        if feed not in FEEDS:
            probs.append("%s: feed %r" % (where, feed))
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            probs.append("%s: kind %r for feed %s" % (where, it["kind"], feed))
        if it["category"] not in FEEDS[feed]:
            probs.append("%s: category %r not in feed %s" % (where, it["category"], feed))
        if it["severity"] not in SEVERITIES:
            probs.append("%s: severity %r" % (where, it["severity"]))
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            probs.append("%s: severity must be Unknown for %s" % (where, feed))
        if feed == "incident" and it["severity"] == "Unknown":
            probs.append("%s: police report without severity" % where)
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            probs.append("%s: position outside Taiwan" % where)
        if not isinstance(it["text"], str) or not it["text"]:
            probs.append("%s: empty text" % where)
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in reg:
                probs.append("%s: sensor %r not registered" % (where, sid))
            else:
                (lon, lat), props = reg[sid]
                if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                    probs.append("%s: %s not at its registered position" % (where, sid))
                want_kind = SENSOR_FEEDS[feed]
                if feed == "rule":
                    want_kind = RULE_KIND.get(it["category"])
                if want_kind and props["kind"] != want_kind:
                    probs.append("%s: %s is a %s, not %s" % (where, sid, props["kind"], want_kind))
                if feed in ("rule", "status", "cctv") and it["agency"] != props["agency"]:
                    probs.append("%s: agency %s != sensor agency %s" % (where, it["agency"], props["agency"]))
        elif "sensor_id" in it:
            probs.append("%s: sensor_id on a %s item" % (where, feed))
        if feed in FIXED_AGENCY and it["agency"] != FIXED_AGENCY[feed]:
            probs.append("%s: agency %s for feed %s" % (where, it["agency"], feed))
        if ("confidence" in it) != (feed == "cctv") or (feed == "cctv" and not 0 <= it["confidence"] <= 1):
            probs.append("%s: confidence" % where)
        if feed == "rule" and it["category"] in LEVELS:
            lv = it.get("level")
            if lv not in LEVELS[it["category"]]:
                probs.append("%s: level %r" % (where, lv))
            elif LEVELS[it["category"]][lv] != it["severity"]:
                probs.append("%s: severity %s does not match level %s" % (where, it["severity"], lv))
        elif "level" in it:
            probs.append("%s: level on a %s/%s item" % (where, feed, it["category"]))
        if ("ends" in it) != (feed == "planned_event"):
            probs.append("%s: ends only (and always) on planned events" % where)
        elif "ends" in it and ts(it["ends"]) <= ts(it["observed"]):
            probs.append("%s: ends before start" % where)
        # keys and duplicates
        k = it["key"]
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                probs.append("%s: key %s repeated with different fields" % (where, k))
        else:
            first[k] = it
    # follows
    for n, it in items:
        if "follows" in it and it["follows"] not in first:
            probs.append("%s:%d: follows unknown key %s" % (name, n, it["follows"]))
        if it.get("follows") == it.get("key"):
            probs.append("%s:%d: follows itself" % (name, n))
    # truth
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            probs.append("%s: truth missing %s" % (name, k))
    if truth.get("situation") != name[:-len(".jsonl")]:
        probs.append("%s: truth situation name" % name)
    main = check_incidents(name, truth.get("incidents", []), probs, "main")
    alt_reading = truth.get("alternative_reading")
    has_alt = any("truth_alt" in it for _, it in items)
    if has_alt and not alt_reading:
        probs.append("%s: truth_alt used but no alternative_reading" % name)
    readings = [("main", main, lambda it: it["truth"])]
    if alt_reading:
        if "why" not in alt_reading:
            probs.append("%s: alternative_reading without why" % name)
        alt = check_incidents(name, alt_reading.get("incidents", []), probs, "alt")
        readings.append(("alt", alt, lambda it: it.get("truth_alt", it["truth"])))
    for rname, labels, get in readings:
        used = {}
        for n, it in items:
            lab = get(it)
            if lab is not None and lab not in labels:
                probs.append("%s:%d: %s label %s not in the truth file" % (name, n, rname, lab))
            if lab is not None:
                used.setdefault(lab, []).append(it)
        for lab, i in labels.items():
            if lab not in used:
                probs.append("%s: %s incident %s has no item" % (name, rname, lab))
            sk = i.get("sufficient_evidence_key")
            if sk not in first:
                probs.append("%s: %s incident %s sufficient key %s not found" % (name, rname, lab, sk))
            elif get(first[sk]) != lab:
                probs.append("%s: %s incident %s sufficient key %s carries label %s" % (name, rname, lab, sk, get(first[sk])))
    for n, it in items:
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            probs.append("%s:%d: truth_alt equals truth (omit it)" % (name, n))
    uniq = len(first)
    if not 15 <= uniq <= 120:
        probs.append("%s: %d distinct items (want 15-120)" % (name, uniq))
    return uniq, len(items), main


def main():
    reg = sensors()
    probs = []
    files = sorted(p for p in glob.glob(os.path.join(DATA, "[0-9][0-9][0-9]_*.jsonl"))
                   if FIRST <= int(os.path.basename(p)[:3]) <= LAST)  # the folder holds other authors' sets
    nums = sorted(int(os.path.basename(p)[:3]) for p in files)
    if nums != list(range(FIRST, LAST + 1)):
        probs.append("situations present: %s, want %d..%d" % (nums, FIRST, LAST))
    for p in files:
        r = validate_one(p, reg, probs)
        if r:
            print("%-48s %3d items (%3d lines)  incidents: %s" % (os.path.basename(p), r[0], r[1], ", ".join(sorted(r[2]))))
    if probs:
        print("\n%d problem(s):" % len(probs))
        for x in probs:
            print("  " + x)
        sys.exit(1)
    print("OK: %d situations valid" % len(files))


if __name__ == "__main__":
    main()
