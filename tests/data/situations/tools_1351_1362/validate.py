"""Validate situations 1351..1362 against FORMAT.md (standard library only)."""
import glob
import json
import os
import re
import sys
from datetime import datetime

from lib import OUT, SENSORS

NUMBERS = range(1351, 1363)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "road_collapse", "evacuation",
                 "missing_person", "medical", "hazmat_report", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor",
             "water_outage", "evacuation", "missing_person", "fallen_object", "rescue", "power_outage",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}, "sensor_offline": None, "cleared": {"flood", "water_level", "rain", "vd"}}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS_119 = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway",
            "truth_alt", "motion"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def ts(v):
    return datetime.strptime(v[:19], "%Y-%m-%dT%H:%M:%S")


def check_file(path, errors):
    def err(msg):
        errors.append("%s: %s" % (os.path.basename(path), msg))

    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append((n, json.loads(line)))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    if not 15 <= len(items) <= 60:
        err("%d items (want 15-60)" % len(items))
    seen = {}
    last_arrival = None
    for n, it in items:
        where = "line %d (%s)" % (n, it.get("key"))
        for f in REQUIRED:
            if f not in it:
                err("%s missing %s" % (where, f))
        for f in it:
            if f not in REQUIRED and f not in OPTIONAL:
                err("%s unknown field %s" % (where, f))
        feed = it.get("feed")
        if feed not in FEEDS:
            err("%s bad feed %r" % (where, feed))
            continue
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err("%s kind %r does not fit feed %s" % (where, it.get("kind"), feed))
        if it.get("category") not in CATEGORIES[feed]:
            err("%s category %r not allowed for %s" % (where, it.get("category"), feed))
        if it.get("severity") not in SEVERITIES:
            err("%s bad severity %r" % (where, it.get("severity")))
        if feed in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "planned_event") \
                and it.get("severity") != "Unknown":
            err("%s severity must be Unknown for %s" % (where, feed))
        if it.get("agency") not in AGENCIES:
            err("%s bad agency" % where)
        if not isinstance(it.get("text"), str) or not it.get("text"):
            err("%s empty text" % where)
        for f in ("observed", "arrival"):
            if not isinstance(it.get(f), str) or not TS.match(it.get(f)):
                err("%s bad %s" % (where, f))
        if not (118 < it.get("lon", 0) < 123 and 21 < it.get("lat", 0) < 27):
            err("%s position outside Taiwan" % where)
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in SENSORS:
                err("%s unknown sensor %r" % (where, sid))
            else:
                s = SENSORS[sid]
                if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                    err("%s not at the registered position of %s" % (where, sid))
                if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                    err("%s sensor %s is a %s" % (where, sid, s["kind"]))
                if feed == "rule":
                    kinds = RULE_KIND.get(it["category"])
                    if kinds and s["kind"] not in kinds:
                        err("%s rule %s on a %s" % (where, it["category"], s["kind"]))
                if feed in ("rule", "status", "cctv") and it.get("agency") != s["agency"]:
                    err("%s agency should be the sensor's (%s)" % (where, s["agency"]))
        elif sid is not None:
            err("%s sensor_id on a %s item" % (where, feed))
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
            err("%s agency %s for %s" % (where, it.get("agency"), feed))
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            err("%s bad confidence" % where)
        if feed == "cctv" and "confidence" not in it:
            err("%s cctv without confidence" % where)
        if "motion" in it and (it.get("category") != "crowding" or it["motion"] not in ("moving", "standing")):
            err("%s bad motion" % where)
        if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
            err("%s bad reason" % where)
        if "status" in it and feed not in ("119", "1999"):
            err("%s status on a %s item" % (where, feed))
        if feed == "119" and "status" in it and it["status"] not in STATUS_119:
            err("%s bad 119 status" % where)
        if "level" in it:
            if feed != "rule" or it["level"] not in LEVELS.get(it["category"], ()):
                err("%s bad level %r" % (where, it["level"]))
        elif feed == "rule" and it.get("category") in LEVELS:
            err("%s rule without level" % where)
        if "ends" in it:
            if feed != "planned_event" or not TS.match(it["ends"]) or ts(it["ends"]) <= ts(it["observed"]):
                err("%s bad ends" % where)
        elif feed == "planned_event":
            err("%s planned event without ends" % where)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err("%s bad radius_m" % where)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in SENSORS):
            err("%s bad gateway" % where)
        if feed not in ("planned_event",) and TS.match(it.get("observed", "")) and TS.match(it.get("arrival", "")):
            if (ts(it["observed"]) - ts(it["arrival"])).total_seconds() > 300:
                err("%s observed more than 300 s after arrival" % where)
        if last_arrival and it.get("arrival", "") < last_arrival:
            err("%s out of arrival order" % where)
        last_arrival = it.get("arrival", last_arrival)
        k = it.get("key")
        if k in seen:
            a = dict(seen[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err("%s duplicate differs from the first delivery beyond arrival" % where)
        else:
            seen[k] = it
    for n, it in items:
        if "follows" in it and it["follows"] not in seen:
            err("line %d follows unknown key %r" % (n, it["follows"]))
        if it.get("follows") == it.get("key"):
            err("line %d follows itself" % n)
    truth_path = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(truth_path, encoding="utf-8") as fh:
            truth = json.load(fh)
    except (OSError, ValueError) as e:
        err("truth file: %s" % e)
        return
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            err("truth missing %s" % f)

    def check_incidents(incs, field, tag):
        labels = {}
        for i in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in i:
                    err("%s incident missing %s" % (tag, f))
            if i.get("label") in labels:
                err("%s duplicate label %s" % (tag, i.get("label")))
            labels[i.get("label")] = i
        used = set()
        for _, it in items:
            lab = it.get("truth") if field == "truth" else it.get("truth_alt", it.get("truth"))
            if lab is not None:
                used.add(lab)
                if lab not in labels:
                    err("%s item %s label %r has no incident" % (tag, it["key"], lab))
        for lab, i in labels.items():
            if lab not in used:
                err("%s incident %s has no item" % (tag, lab))
            k = i.get("sufficient_evidence_key")
            if k not in seen:
                err("%s incident %s sufficient key %r not in file" % (tag, lab, k))
            else:
                it = seen[k]
                got = it.get("truth") if field == "truth" else it.get("truth_alt", it.get("truth"))
                if got != lab:
                    err("%s incident %s sufficient key %s is labelled %r" % (tag, lab, k, got))

    check_incidents(truth.get("incidents", []), "truth", "truth")
    has_alt = any("truth_alt" in it for _, it in items)
    if "alternative_reading" in truth:
        alt = truth["alternative_reading"]
        if "why" not in alt or "incidents" not in alt:
            err("alternative_reading needs why and incidents")
        check_incidents(alt.get("incidents", []), "alt", "alternative")
    elif has_alt:
        err("truth_alt on items but no alternative_reading")
    if not any(it.get("truth") is None for _, it in items):
        err("no background (truth null) item")


def main():
    errors = []
    files = []
    for n in NUMBERS:
        found = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
        if len(found) != 1:
            errors.append("situation %d: %d files" % (n, len(found)))
        files += found
    for p in sorted(files):
        check_file(p, errors)
    for e in errors:
        print(e)
    print("%d files, %d problems" % (len(files), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
