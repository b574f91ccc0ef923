"""Check the o1331 situations (files numbered 1331..1342 only)."""
import datetime as dt
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS, dist_m

LO, HI = 1331, 1342
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "wrong_way_driver", "hazmat_report", "road_collapse",
                 "medical", "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "water_outage", "evacuation",
             "missing_person", "fallen_object", "rescue", "power_outage", "traffic_signal"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"}}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))


def ts(s):
    return dt.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def check_item(f, ln, it):
    where = "line %d (%s)" % (ln, it.get("key"))
    for k in REQUIRED:
        if k not in it:
            err(f, "%s missing %s" % (where, k))
            return
    for k in it:
        if k not in REQUIRED and k not in OPTIONAL:
            err(f, "%s unknown field %s" % (where, k))
    feed, cat = it["feed"], it["category"]
    if feed not in FEEDS:
        err(f, "%s feed %s" % (where, feed)); return
    if it["kind"] != ("alert" if feed == "rule" else "event"):
        err(f, "%s kind %s for feed %s" % (where, it["kind"], feed))
    if cat not in CATS[feed]:
        err(f, "%s category %s not allowed in %s" % (where, cat, feed))
    if it["agency"] not in AGENCIES:
        err(f, "%s agency %s" % (where, it["agency"]))
    if it["severity"] not in SEVS:
        err(f, "%s severity %s" % (where, it["severity"]))
    if feed in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event") and it["severity"] != "Unknown":
        err(f, "%s severity must be Unknown for %s" % (where, feed))
    if feed == "incident" and it["severity"] == "Unknown":
        err(f, "%s police report without severity" % where)
    if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
        err(f, "%s outside Taiwan" % where)
    for k in ("observed", "arrival", "ends"):
        if k in it and not TS.match(it[k]):
            err(f, "%s bad timestamp %s" % (where, k))
    if not isinstance(it["text"], str) or not it["text"]:
        err(f, "%s empty text" % where)
    # sensors
    if feed in SENSOR_FEEDS:
        sid = it.get("sensor_id")
        if sid not in SENSORS:
            err(f, "%s unknown sensor %s" % (where, sid))
        else:
            s = SENSORS[sid]
            if dist_m((it["lon"], it["lat"]), (s["lon"], s["lat"])) > 1.0:
                err(f, "%s not at %s's registered position" % (where, sid))
            if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                err(f, "%s sensor %s is a %s" % (where, sid, s["kind"]))
            if feed == "rule" and cat in RULE_KIND and s["kind"] not in RULE_KIND[cat]:
                err(f, "%s %s rule on a %s sensor" % (where, cat, s["kind"]))
            if feed in ("rule", "status", "cctv") and it["agency"] != s["agency"]:
                err(f, "%s agency %s, sensor's is %s" % (where, it["agency"], s["agency"]))
    elif "sensor_id" in it:
        err(f, "%s sensor_id on a %s item" % (where, feed))
    if feed in FEED_AGENCY and it["agency"] != FEED_AGENCY[feed]:
        err(f, "%s agency %s for feed %s" % (where, it["agency"], feed))
    # optional fields
    if feed == "cctv":
        c = it.get("confidence")
        if not isinstance(c, (int, float)) or not 0 <= c <= 1:
            err(f, "%s cctv confidence" % where)
    elif "confidence" in it:
        err(f, "%s confidence on %s" % (where, feed))
    if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
        err(f, "%s bad reason" % where)
    if "status" in it and (feed != "119" or it["status"] not in STATUSES):
        err(f, "%s bad status" % where)
    if feed == "rule" and cat in LEVELS:
        lv = it.get("level")
        if lv not in LEVELS[cat]:
            err(f, "%s level %s for %s" % (where, lv, cat))
        elif LEVELS[cat][lv] != it["severity"]:
            err(f, "%s severity %s does not match level %s" % (where, it["severity"], lv))
    elif "level" in it:
        err(f, "%s level on %s/%s" % (where, feed, cat))
    if "radius_m" in it and (feed != "planned_event" or not (isinstance(it["radius_m"], (int, float)) and 1 <= it["radius_m"] <= 5000)):
        err(f, "%s bad radius_m" % where)
    if "ends" in it:
        if feed != "planned_event":
            err(f, "%s ends on %s" % (where, feed))
        elif ts(it["ends"]) <= ts(it["observed"]):
            err(f, "%s ends before start" % where)
    if "gateway" in it and (feed not in ("rule", "status") or not ID.match(str(it["gateway"]))):
        err(f, "%s bad gateway" % where)
    if "follows" in it and not isinstance(it["follows"], str):
        err(f, "%s follows must be a key" % where)
    for k in ("truth", "truth_alt"):
        if k in it and it[k] is not None and not isinstance(it[k], str):
            err(f, "%s %s must be a label or null" % (where, k))


def check_pair(jf):
    tf = jf[:-len(".jsonl")] + ".truth.json"
    if not os.path.exists(tf):
        err(jf, "no truth file"); return
    items = []
    with open(jf, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                it = json.loads(line)
            except ValueError as e:
                err(jf, "line %d does not parse: %s" % (ln, e)); continue
            check_item(jf, ln, it)
            items.append(it)
    if not 15 <= len(items) <= 60:
        err(jf, "%d items (15-60 wanted)" % len(items))
    arr = [i.get("arrival", "") for i in items]
    if arr != sorted(arr):
        err(jf, "items not in arrival order")
    first = {}
    for it in items:
        k = it.get("key")
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(jf, "duplicate %s differs beyond arrival" % k)
        else:
            first[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in first:
            err(jf, "%s follows unknown key %s" % (it["key"], it["follows"]))
        if it.get("follows") == it.get("key"):
            err(jf, "%s follows itself" % it["key"])
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except ValueError as e:
        err(tf, "does not parse: %s" % e); return
    base = os.path.basename(jf)[:-len(".jsonl")]
    if truth.get("situation") != base:
        err(tf, "situation %r != %r" % (truth.get("situation"), base))
    if not truth.get("description"):
        err(tf, "no description")

    def check_incidents(incs, label_of, name):
        labels = {}
        for x in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in x:
                    err(tf, "%s incident missing %s" % (name, k))
            if x.get("type") not in TYPES:
                err(tf, "%s incident %s type %s" % (name, x.get("label"), x.get("type")))
            if x.get("label") in labels:
                err(tf, "%s label %s twice" % (name, x.get("label")))
            labels[x.get("label")] = x
        used = set()
        for it in first.values():
            lab = label_of(it)
            if lab is not None:
                used.add(lab)
                if lab not in labels:
                    err(jf, "%s: %s label %s has no incident" % (it["key"], name, lab))
        for lab, x in labels.items():
            if lab not in used:
                err(tf, "%s incident %s has no items" % (name, lab))
            k = x.get("sufficient_evidence_key")
            if k not in first:
                err(tf, "%s incident %s: sufficient key %s not in file" % (name, lab, k))
            elif label_of(first[k]) != lab:
                err(tf, "%s incident %s: sufficient key %s is labelled %s" % (name, lab, k, label_of(first[k])))

    check_incidents(truth.get("incidents", []), lambda i: i.get("truth"), "truth")
    has_alt = any("truth_alt" in i for i in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        err(tf, "truth_alt used but no alternative_reading")
    if alt:
        if not alt.get("why"):
            err(tf, "alternative_reading without why")
        check_incidents(alt.get("incidents", []), lambda i: i["truth_alt"] if "truth_alt" in i else i.get("truth"), "alt")
    if not any(i.get("truth") is None for i in items):
        err(jf, "no background (truth null) item")


def main():
    files = []
    for jf in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))):
        m = re.match(r"^(\d+)_[a-z0-9_]+\.jsonl$", os.path.basename(jf))
        if m and LO <= int(m.group(1)) <= HI:
            files.append(jf)
    nums = sorted(int(os.path.basename(f).split("_")[0]) for f in files)
    if nums != list(range(LO, HI + 1)):
        errors.append("situations present: %s" % nums)
    for jf in files:
        check_pair(jf)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    for jf in files:
        n = sum(1 for _ in open(jf, encoding="utf-8"))
        t = json.load(open(jf[:-6] + ".truth.json", encoding="utf-8"))
        print("%s  items=%d incidents=%d" % (os.path.basename(jf)[:-6], n, len(t["incidents"])))
    print("OK")


if __name__ == "__main__":
    main()
