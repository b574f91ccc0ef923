"""Validate situations 1391-1402 against FORMAT.md (standard library only)."""
import datetime as dt
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS

LO, HI = 1391, 1402
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "hazmat_report", "wrong_way_driver",
                 "road_collapse", "medical", "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
               "planned_event": {"police"}, "1999": {"citizen"}, "119": {"fire"}, "cctv": {"police", "traffic"}}
SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, errors):
    def err(msg):
        errors.append("%s: %s" % (os.path.basename(path), msg))

    stem = os.path.basename(path)[:-len(".jsonl")]
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    if not 15 <= len(items) <= 60:
        err("%d items (15-60 required)" % len(items))
    tpath = os.path.join(OUT, stem + ".truth.json")
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except (OSError, ValueError) as e:
        err("truth file: %s" % e)
        return
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err("truth file lacks %s" % k)
    if truth.get("situation") != stem:
        err("truth situation %r != %r" % (truth.get("situation"), stem))
    keys = {it.get("key") for it in items}
    seen = {}
    prev = None
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        for k in REQ:
            if k not in it:
                err("%s lacks %s" % (where, k))
        for k in it:
            if k not in REQ and k not in OPT:
                err("%s unknown field %s" % (where, k))
        feed = it.get("feed")
        if feed not in FEEDS:
            err("%s feed %r" % (where, feed)); continue
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err("%s kind %r for feed %s" % (where, it.get("kind"), feed))
        if it.get("category") not in CATS[feed]:
            err("%s category %r not allowed in %s" % (where, it.get("category"), feed))
        if it.get("severity") not in SEVERITIES:
            err("%s severity %r" % (where, it.get("severity")))
        if feed in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "planned_event") and it.get("severity") != "Unknown":
            err("%s severity must be Unknown for %s" % (where, feed))
        if it.get("agency") not in AGENCIES:
            err("%s agency %r" % (where, it.get("agency")))
        if feed in FEED_AGENCY and it.get("agency") not in FEED_AGENCY[feed]:
            err("%s agency %r for feed %s" % (where, it.get("agency"), feed))
        lon, lat = it.get("lon"), it.get("lat")
        if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float)) and 118 <= lon <= 123 and 21 <= lat <= 27):
            err("%s position %r,%r" % (where, lon, lat))
        for k in ("observed", "arrival"):
            if not (isinstance(it.get(k), str) and TS.match(it[k])):
                err("%s %s %r not ISO UTC" % (where, k, it.get(k)))
        if not isinstance(it.get("text"), str) or not it["text"].strip():
            err("%s empty text" % where)
        sid = it.get("sensor_id")
        if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            if sid not in SENSORS:
                err("%s sensor %r not in registry" % (where, sid))
            else:
                s = SENSORS[sid]
                if abs(s["lon"] - lon) > 1e-7 or abs(s["lat"] - lat) > 1e-7:
                    err("%s not at %s's registered position" % (where, sid))
                if feed in SENSOR_KIND and s["kind"] != SENSOR_KIND[feed]:
                    err("%s sensor %s is a %s, not %s" % (where, sid, s["kind"], feed))
                if feed in ("rule", "status") and it.get("agency") != s["agency"]:
                    err("%s agency %r != sensor agency %r" % (where, it.get("agency"), s["agency"]))
                if feed == "rule" and it.get("category") == "congestion" and s["kind"] != "vd":
                    err("%s congestion from a non-VD sensor" % where)
                if feed == "rule" and it.get("category") == "flood_depth" and s["kind"] != "flood":
                    err("%s flood_depth from a non-flood sensor" % where)
        elif sid is not None:
            err("%s sensor_id on feed %s" % (where, feed))
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                err("%s cctv confidence %r" % (where, c))
        elif "confidence" in it:
            err("%s confidence on %s" % (where, feed))
        if "reason" in it and not (feed == "status" and it.get("category") == "offline" and it["reason"] in REASONS):
            err("%s reason %r not allowed" % (where, it["reason"]))
        if "status" in it and not (feed == "119" and it["status"] in STATUSES):
            err("%s status %r not allowed" % (where, it["status"]))
        if "level" in it:
            cat = it.get("category")
            if feed != "rule" or cat not in LEVELS or it["level"] not in LEVELS[cat]:
                err("%s level %r not allowed" % (where, it["level"]))
            elif cat == "flood_depth" and it.get("severity") != FLOOD_SEV[it["level"]]:
                err("%s flood band %s with severity %s" % (where, it["level"], it.get("severity")))
        elif feed == "rule" and it.get("category") in LEVELS:
            err("%s %s alert without level" % (where, it.get("category")))
        if "ends" in it:
            if feed != "planned_event" or not TS.match(str(it["ends"])) or ts(it["ends"]) <= ts(it["observed"]):
                err("%s ends %r not allowed" % (where, it["ends"]))
        elif feed == "planned_event":
            err("%s planned_event without ends" % where)
        if "radius_m" in it:
            r = it["radius_m"]
            if feed != "planned_event" or not isinstance(r, (int, float)) or isinstance(r, bool) or not 1 <= r <= 5000:
                err("%s radius_m %r not allowed" % (where, r))
        if "gateway" in it and not (feed in ("rule", "status") and it["gateway"] in SENSORS):
            err("%s gateway %r not allowed" % (where, it["gateway"]))
        if "follows" in it:
            if it["follows"] not in keys or it["follows"] == it.get("key"):
                err("%s follows %r: no such other key" % (where, it["follows"]))
        if prev is not None and TS.match(str(it.get("arrival"))) and TS.match(str(prev)) and ts(it["arrival"]) < ts(prev):
            err("%s arrives before the line above" % where)
        prev = it.get("arrival")
        k = it.get("key")
        if k in seen:
            a = dict(seen[k]); b = dict(it)
            a.pop("arrival", None); b.pop("arrival", None)
            if a != b:
                err("%s duplicate of key %s differs beyond arrival" % (where, k))
        else:
            seen[k] = it
    # truth
    incs = truth.get("incidents", [])
    labels = [i.get("label") for i in incs]
    if len(labels) != len(set(labels)):
        err("duplicate incident labels")
    for i in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in i:
                err("incident %s lacks %s" % (i.get("label"), k))
    used = {it.get("truth") for it in items} - {None}
    for lab in used - set(labels):
        err("truth label %r has no incident" % lab)
    for lab in set(labels) - used:
        err("incident %r has no item" % lab)
    if not any(it.get("truth") is None for it in items):
        err("no background (truth null) item")
    for i in incs:
        sk = i.get("sufficient_evidence_key")
        owners = {it.get("truth") for it in items if it.get("key") == sk}
        if owners != {i.get("label")}:
            err("incident %s: sufficient_evidence_key %r is not one of its items" % (i.get("label"), sk))
    has_alt = any("truth_alt" in it for it in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        err("truth_alt used but no alternative_reading")
    if alt:
        if "why" not in alt or "incidents" not in alt:
            err("alternative_reading lacks why/incidents")
        alabels = [i.get("label") for i in alt.get("incidents", [])]
        if len(alabels) != len(set(alabels)):
            err("duplicate labels in alternative_reading")
        aused = {(it["truth_alt"] if "truth_alt" in it else it.get("truth")) for it in items} - {None}
        for lab in aused - set(alabels):
            err("alternative label %r has no incident" % lab)
        for lab in set(alabels) - aused:
            err("alternative incident %r has no item" % lab)
        for i in alt.get("incidents", []):
            sk = i.get("sufficient_evidence_key")
            owners = {(it["truth_alt"] if "truth_alt" in it else it.get("truth")) for it in items if it.get("key") == sk}
            if owners != {i.get("label")}:
                err("alternative incident %s: sufficient_evidence_key %r is not one of its items" % (i.get("label"), sk))
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    err("alternative incident %s lacks %s" % (i.get("label"), k))
    return len(items), len(incs)


def main():
    errors = []
    found = {}
    for path in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))):
        m = re.match(r"^(\d+)_[a-z0-9_]+\.jsonl$", os.path.basename(path))
        if not m or not LO <= int(m.group(1)) <= HI:
            continue
        n = int(m.group(1))
        if n in found:
            errors.append("two files for situation %d" % n)
        found[n] = path
        r = check(path, errors)
        if r:
            print("%s: %d items, %d incidents" % (os.path.basename(path), r[0], r[1]))
    for n in range(LO, HI + 1):
        if n not in found:
            errors.append("situation %d missing" % n)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
