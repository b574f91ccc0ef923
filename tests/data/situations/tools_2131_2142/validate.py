"""Check the situations 2131-2142 of set o107 (standard library only).

Every file parses; keys unique except duplicates, which repeat every field except
arrival; labels consistent with the truth file (both readings); sensor ids registered,
of the feed's kind and at their registered positions; arrival order; follows point to
existing keys; the closed vocabularies of the wire. Exit 1 with every problem listed.
"""
import glob
import json
import os
import sys
from datetime import datetime, timedelta

from lib import GATEWAYS, OUT, SENSORS

NUMS = range(2131, 2143)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat",
         "planned_event", "flood_risk"}
CLOSED = {
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared",
             "water_level_falling"},
}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}, "water_level_falling": {"water_level"}}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
                "1999": "citizen", "119": "fire", "planned_event": "police"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
CASE_STATUS = {"dispatched", "on_scene", "returning", "closed"}
PERMIT_STATUS = {"approved", "amended", "cancelled"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
            "permit_status", "gateway", "truth_alt"}
UNSEEN = object()


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check_item(it, num, where, errs):
    def err(msg):
        errs.append("%s: %s" % (where, msg))

    for f in REQUIRED:
        if f not in it:
            err("missing field %s" % f)
            return
    for f in it:
        if f not in REQUIRED and f not in OPTIONAL:
            err("unknown field %s" % f)
    feed, cat = it["feed"], it["category"]
    if not it["key"].startswith("%d-" % num):
        err("key %s not prefixed with %d" % (it["key"], num))
    if feed not in FEEDS:
        err("feed %s" % feed)
        return
    if it["kind"] != ("alert" if feed == "rule" else "event"):
        err("kind %s for feed %s" % (it["kind"], feed))
    if it["agency"] not in AGENCIES:
        err("agency %s" % it["agency"])
    if feed in FIXED_AGENCY and feed != "cctv" and it["agency"] != FIXED_AGENCY[feed]:
        err("agency %s for feed %s" % (it["agency"], feed))
    if it["severity"] not in SEVERITIES:
        err("severity %s" % it["severity"])
    if feed in CLOSED and cat not in CLOSED[feed]:
        err("category %s not on the wire for %s" % (cat, feed))
    if not isinstance(it["text"], str) or not it["text"].strip():
        err("empty text")
    if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
        err("position outside Taiwan")
    try:
        obs, arr = ts(it["observed"]), ts(it["arrival"])
    except ValueError as e:
        err("timestamp: %s" % e)
        return
    if feed != "planned_event" and obs > arr + timedelta(seconds=300):
        err("observed %s later than arrival + 300 s" % it["observed"])
    # sensors
    sid = it.get("sensor_id")
    if feed in SENSOR_FEEDS:
        if sid not in SENSORS:
            err("sensor %s not registered" % sid)
        else:
            s = SENSORS[sid]
            if abs(s["lon"] - it["lon"]) > 1e-7 or abs(s["lat"] - it["lat"]) > 1e-7:
                err("sensor %s not at its registered position" % sid)
            if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                err("sensor %s is %s, not %s" % (sid, s["kind"], feed))
            if feed == "rule" and cat in RULE_KIND and s["kind"] not in RULE_KIND[cat]:
                err("rule %s on a %s sensor" % (cat, s["kind"]))
            if feed in ("rule", "status", "cctv") and it["agency"] != s["agency"]:
                err("agency %s, sensor's is %s" % (it["agency"], s["agency"]))
    elif sid is not None:
        err("sensor_id on a %s item" % feed)
    # optional fields
    if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
        err("confidence")
    if feed == "cctv" and "confidence" not in it:
        err("cctv without confidence")
    if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
        err("reason %s" % it["reason"])
    if "status" in it and feed == "119" and it["status"] not in CASE_STATUS:
        err("119 status %s" % it["status"])
    if "status" in it and feed not in ("119", "1999"):
        err("status on a %s item" % feed)
    if "level" in it:
        if feed != "rule" or cat not in LEVELS or it["level"] not in LEVELS[cat]:
            err("level %s" % it["level"])
        elif it["severity"] != LEVELS[cat][it["level"]]:
            err("severity %s for level %s" % (it["severity"], it["level"]))
    elif feed == "rule" and cat in LEVELS:
        err("%s without level" % cat)
    if feed == "planned_event":
        if "ends" not in it or ts(it["ends"]) <= obs:
            err("planned event without a later end")
    elif "ends" in it:
        err("ends on a %s item" % feed)
    if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
        err("radius_m")
    if "permit_status" in it and (feed != "planned_event" or it["permit_status"] not in PERMIT_STATUS):
        err("permit_status")
    if "gateway" in it:
        if feed not in ("rule", "status") or it["gateway"] not in GATEWAYS:
            err("gateway %s" % it["gateway"])
        elif sid in SENSORS and SENSORS[sid]["gateway"] != it["gateway"]:
            err("gateway %s is not the registry's %s for %s" % (it["gateway"], SENSORS[sid]["gateway"], sid))


def check_truth_labels(items, incidents, reading, where, errs, alt):
    labels = {inc["label"] for inc in incidents}
    if len(labels) != len(incidents):
        errs.append("%s: %s reading repeats a label" % (where, reading))
    used = {}
    for it in items:
        lab = it.get("truth_alt", it["truth"]) if alt else it["truth"]
        if lab is not None:
            used.setdefault(lab, []).append(it)
            if lab not in labels:
                errs.append("%s: %s labelled %s, not an incident of the %s reading" % (where, it["key"], lab, reading))
    for inc in incidents:
        if inc["type"] not in TYPES:
            errs.append("%s: %s type %s" % (where, inc["label"], inc["type"]))
        if inc["label"] not in used:
            errs.append("%s: %s reading's %s has no items" % (where, reading, inc["label"]))
        k = inc.get("sufficient_evidence_key")
        its = [i for i in items if i["key"] == k]
        if not its:
            errs.append("%s: %s opening key %s not found" % (where, inc["label"], k))
        else:
            lab = its[0].get("truth_alt", its[0]["truth"]) if alt else its[0]["truth"]
            if lab != inc["label"]:
                errs.append("%s: %s opening key %s is labelled %s" % (where, inc["label"], k, lab))


def check_file(path, num, errs):
    where = os.path.basename(path)
    lines = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append("%s:%d: %s" % (where, n, e))
                return
    if not 20 <= len(lines) <= 150:
        errs.append("%s: %d lines (20-150)" % (where, len(lines)))
    first = {}
    prev = None
    for n, it in enumerate(lines, 1):
        check_item(it, num, "%s:%d" % (where, n), errs)
        if "arrival" in it:
            if prev is not None and it["arrival"] < prev:
                errs.append("%s:%d: arrival %s before the previous line's" % (where, n, it["arrival"]))
            prev = it["arrival"]
        k = it.get("key")
        if k in first:
            a = {f: v for f, v in first[k].items() if f != "arrival"}
            b = {f: v for f, v in it.items() if f != "arrival"}
            if a != b:
                errs.append("%s:%d: key %s repeated with other fields" % (where, n, k))
            if it["arrival"] == first[k]["arrival"]:
                errs.append("%s:%d: duplicate %s at the same arrival" % (where, n, k))
        else:
            first[k] = it
    items = list(first.values())
    if len(items) < 20:
        errs.append("%s: only %d items" % (where, len(items)))
    for it in items:
        f = it.get("follows")
        for k in ([f] if isinstance(f, str) else (f or [])):
            if k not in first:
                errs.append("%s: %s follows unknown key %s" % (where, it["key"], k))
            elif k == it["key"]:
                errs.append("%s: %s follows itself" % (where, k))
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as fh:
            truth = json.load(fh)
    except (OSError, json.JSONDecodeError) as e:
        errs.append("%s: truth file: %s" % (where, e))
        return
    if truth.get("situation") != num:
        errs.append("%s: truth situation %s" % (where, truth.get("situation")))
    for f in ("description", "incidents"):
        if f not in truth:
            errs.append("%s: truth without %s" % (where, f))
            return
    check_truth_labels(items, truth["incidents"], "main", where, errs, alt=False)
    has_alt = any("truth_alt" in it for it in items)
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            errs.append("%s: alternative reading without why" % where)
        check_truth_labels(items, ar["incidents"], "alternative", where, errs, alt=True)
        if not has_alt:
            errs.append("%s: alternative reading but no truth_alt" % where)
    elif has_alt:
        errs.append("%s: truth_alt without an alternative reading" % where)


def main():
    errs = []
    found = 0
    for num in NUMS:
        paths = sorted(glob.glob(os.path.join(OUT, "%d_*.jsonl" % num)))
        if len(paths) != 1:
            errs.append("situation %d: %d data files" % (num, len(paths)))
            continue
        found += 1
        check_file(paths[0], num, errs)
    for e in errs:
        print(e)
    print("%d situations checked, %d problems" % (found, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
