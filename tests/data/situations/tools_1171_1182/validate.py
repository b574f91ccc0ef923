"""Validate the o1171 situations (1171-1182) only. Python 3 standard library.

Errors make the exit status 1; warnings are printed and make the exit status 2.
"""
import glob
import json
import math
import os
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.normpath(os.path.join(HERE, ".."))
NUMBERS = range(1171, 1183)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 # docs/vocabulary.md (project table)
                 "traffic_accident", "wrong_way_driver", "hazmat_report", "road_reopened", "road_collapse",
                 "medical", "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other",
             # docs/vocabulary.md (project table)
             "traffic_signal", "gas_odor", "water_outage", "evacuation", "missing_person", "fallen_object",
             "rescue", "power_outage"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
FIXED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire",
                "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES_119 = {"dispatched", "on_scene", "returning", "closed"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt"}
ID_RE = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
ZONE_CENTRE = (120.6555, 24.1850)

errors, warnings = [], []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def warn(where, msg):
    warnings.append("%s: %s" % (where, msg))


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"], ft["properties"]) for ft in data["features"]}


def t(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def dist_m(a, b):
    x = (b[0] - a[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    y = (b[1] - a[1]) * 111320.0
    return math.hypot(x, y)


def check_item(where, it, sensors):
    for k in REQUIRED:
        if k not in it:
            err(where, "missing %s" % k)
            return False
    extra = set(it) - set(REQUIRED) - OPTIONAL
    if extra:
        err(where, "unknown fields %s" % sorted(extra))
    feed = it["feed"]
    if feed not in FEEDS:
        err(where, "feed %r" % feed)
        return False
    if it["kind"] != ("alert" if feed == "rule" else "event"):
        err(where, "kind %r for feed %s" % (it["kind"], feed))
    if it["category"] not in CATEGORIES[feed]:
        err(where, "category %r not in feed %s vocabulary" % (it["category"], feed))
    if not ID_RE.match(it["key"]):
        err(where, "key %r" % it["key"])
    if it["severity"] not in SEVERITIES:
        err(where, "severity %r" % it["severity"])
    if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown":
        err(where, "severity must be Unknown for %s" % feed)
    if feed == "incident" and it["severity"] == "Unknown":
        warn(where, "police report without severity")
    if not isinstance(it["text"], str) or not CJK_RE.search(it["text"]):
        err(where, "text must be zh-TW")
    for k in ("observed", "arrival"):
        if not isinstance(it[k], str) or not TIME_RE.match(it[k]):
            err(where, "%s %r is not ISO 8601 UTC" % (k, it[k]))
            return False
    lon, lat = it["lon"], it["lat"]
    if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float)) and 118 <= lon <= 123 and 21 <= lat <= 27):
        err(where, "position outside Taiwan")
        return False
    if dist_m(ZONE_CENTRE, (lon, lat)) > 6000:
        warn(where, "more than 6 km from the zone")
    # agency
    if feed in FIXED_AGENCY and it["agency"] != FIXED_AGENCY[feed]:
        err(where, "agency %r for feed %s" % (it["agency"], feed))
    # sensors
    sid = it.get("sensor_id")
    if feed in SENSOR_FEEDS:
        if sid is None:
            err(where, "sensor_id required for %s" % feed)
        elif sid not in sensors:
            err(where, "unregistered sensor %s" % sid)
        else:
            (slon, slat), props = sensors[sid]
            if abs(slon - lon) > 1e-6 or abs(slat - lat) > 1e-6:
                err(where, "%s not at its registered position" % sid)
            if it["agency"] != props["agency"]:
                err(where, "agency %r but %s belongs to %s" % (it["agency"], sid, props["agency"]))
            if feed in FEED_KIND and props["kind"] != FEED_KIND[feed]:
                err(where, "%s is a %s, not a %s" % (sid, props["kind"], feed))
            if feed == "rule" and it["category"] in RULE_KIND and props["kind"] != RULE_KIND[it["category"]]:
                err(where, "%s alert from a %s" % (it["category"], props["kind"]))
    elif sid is not None:
        err(where, "sensor_id on a %s item" % feed)
    # optional fields
    if feed == "cctv":
        c = it.get("confidence")
        if not isinstance(c, (int, float)) or not 0 <= c <= 1:
            err(where, "cctv confidence missing or outside 0-1")
    elif "confidence" in it:
        err(where, "confidence on a %s item" % feed)
    if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
        err(where, "reason %r not allowed here" % it["reason"])
    if "status" in it and feed != "1999" and not (feed == "119" and it["status"] in STATUSES_119):
        err(where, "status %r not allowed here" % it["status"])
    if feed == "rule" and it["category"] in LEVELS:
        lv = it.get("level")
        if lv not in LEVELS[it["category"]]:
            err(where, "level %r for %s" % (lv, it["category"]))
        elif LEVELS[it["category"]][lv] != it["severity"]:
            err(where, "severity %s does not match level %s" % (it["severity"], lv))
    elif "level" in it:
        err(where, "level on a %s/%s item" % (feed, it["category"]))
    if "gateway" in it and (feed not in ("rule", "status") or not ID_RE.match(str(it["gateway"]))):
        err(where, "gateway not allowed or malformed")
    if feed == "planned_event":
        if "ends" not in it or not TIME_RE.match(it["ends"]) or t(it["ends"]) <= t(it["observed"]):
            err(where, "planned_event needs ends after its start")
        if "radius_m" in it and not (isinstance(it["radius_m"], (int, float)) and 1 <= it["radius_m"] <= 5000):
            err(where, "radius_m outside 1-5000")
    else:
        for k in ("ends", "radius_m"):
            if k in it:
                err(where, "%s on a %s item" % (k, feed))
        if (t(it["observed"]) - t(it["arrival"])).total_seconds() > 300:
            err(where, "observed more than 5 min after arrival (would be a future timestamp)")
    if "follows" in it and (not isinstance(it["follows"], str) or it["follows"] == it["key"]):
        err(where, "follows must name another key")
    return True


def check_situation(path, sensors):
    base = os.path.basename(path)[:-len(".jsonl")]
    tpath = os.path.join(DATA, base + ".truth.json")
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "%s:%d" % (base, n)
            try:
                it = json.loads(line)
            except ValueError as e:
                err(where, "JSON: %s" % e)
                continue
            if check_item(where, it, sensors):
                items.append((where, it))
    if not os.path.exists(tpath):
        err(base, "no truth file")
        return
    with open(tpath, encoding="utf-8") as f:
        try:
            truth = json.load(f)
        except ValueError as e:
            err(base + ".truth.json", "JSON: %s" % e)
            return
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(base + ".truth.json", "missing %s" % k)
            return
    if set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}:
        err(base + ".truth.json", "unknown keys")
    if truth["situation"] != base:
        err(base + ".truth.json", "situation %r != file name" % truth["situation"])
    # arrival order and duplicates
    prev = None
    first = {}
    for where, it in items:
        if prev and it["arrival"] < prev:
            err(where, "not in arrival order")
        prev = it["arrival"]
        k = it["key"]
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(where, "duplicate of %s differs in more than arrival" % k)
        else:
            first[k] = it
    keys = set(first)
    for where, it in items:
        if "follows" in it and it["follows"] not in keys:
            err(where, "follows unknown key %s" % it["follows"])
    # labels
    def check_incidents(incs, label_of, tag):
        labels = [i.get("label") for i in incs]
        if len(set(labels)) != len(labels):
            err(base, "%s: duplicate incident labels" % tag)
        used = {label_of(it) for it in first.values()} - {None}
        for lab in used - set(labels):
            err(base, "%s: label %r used by items but not defined" % (tag, lab))
        for i in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    err(base, "%s: incident without %s" % (tag, k))
                    return
            if i["type"] not in TYPES:
                warn(base, "%s: incident type %r outside the project's list" % (tag, i["type"]))
            if i["label"] not in used:
                err(base, "%s: incident %s has no item" % (tag, i["label"]))
            sk = i["sufficient_evidence_key"]
            if sk not in first:
                err(base, "%s: sufficient_evidence_key %r of %s is no item" % (tag, sk, i["label"]))
            elif label_of(first[sk]) != i["label"]:
                err(base, "%s: sufficient_evidence_key %s is not labelled %s" % (tag, sk, i["label"]))
    check_incidents(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in first.values())
    if "alternative_reading" in truth:
        alt = truth["alternative_reading"]
        if set(alt) != {"why", "incidents"}:
            err(base, "alternative_reading needs why and incidents")
        else:
            check_incidents(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]), "alternative")
        if not has_alt:
            err(base, "alternative_reading but no item has truth_alt")
    elif has_alt:
        err(base, "truth_alt used without alternative_reading")
    for it in first.values():
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            warn(base, "%s: truth_alt equal to truth" % it["key"])
    n = len(items)
    bg = sum(1 for _, it in items if it["truth"] is None)
    print("%-40s %3d items  %d incidents  background %2.0f %%  alt %s" % (
        base, n, len(truth["incidents"]), 100.0 * bg / max(n, 1), "yes" if "alternative_reading" in truth else "no"))


def main():
    sensors = load_sensors()
    files = []
    for num in NUMBERS:
        found = sorted(glob.glob(os.path.join(DATA, "%d_*.jsonl" % num)))
        if len(found) != 1:
            err(str(num), "expected one situation file, found %d" % len(found))
        files.extend(found)
    keys_seen = {}
    for p in files:
        check_situation(p, sensors)
        with open(p, encoding="utf-8") as f:
            for line in f:
                try:
                    k = json.loads(line)["key"]
                except (ValueError, KeyError):
                    continue
                other = keys_seen.setdefault(k, p)
                if other != p:
                    err(os.path.basename(p), "key %s also used in %s" % (k, os.path.basename(other)))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("%d situations, %d errors, %d warnings" % (len(files), len(errors), len(warnings)))
    sys.exit(1 if errors else (2 if warnings else 0))


if __name__ == "__main__":
    main()
