"""Validate the situations 571-582 in the output folder (plain Python 3 stdlib).

Checks: every file parses; required fields and value sets; keys unique except true
duplicates (same fields but `arrival`, delivered later); labels consistent with the
truth file under both readings; sufficient_evidence_key exists and carries its label;
sensor ids registered, with their registered position and agency; arrival order;
`follows` keys exist; 25-120 items.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.environ.get("SITUATION_OUT_DIR", os.path.join(HERE, ".."))

FIRST, LAST = 571, 582
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
           "arrival", "sensor_id", "text", "confidence", "level", "follows", "ends", "truth",
           "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "truth"]


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"], ft["geometry"]["coordinates"])
            for ft in data["features"]}


def check(path, sensors, errors):
    def err(msg):
        errors.append("%s: %s" % (os.path.basename(path), msg))

    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
                return
    truth_path = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        err("truth file: %s" % e)
        return
    if not 25 <= len(items) <= 120:
        err("%d items, expected 25-120" % len(items))
    first = {}
    prev_arrival = ""
    for it in items:
        k = it.get("key")
        for r in REQUIRED:
            if r not in it:
                err("%s: missing %s" % (k, r))
        extra = set(it) - ALLOWED
        if extra:
            err("%s: unknown fields %s" % (k, sorted(extra)))
        if it.get("arrival", "") < prev_arrival:
            err("%s: arrival out of order" % k)
        prev_arrival = it.get("arrival", prev_arrival)
        feed = it.get("feed")
        if feed not in FEEDS:
            err("%s: feed %s" % (k, feed))
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err("%s: kind %s for feed %s" % (k, it.get("kind"), feed))
        if it.get("agency") not in AGENCIES:
            err("%s: agency %s" % (k, it.get("agency")))
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
            err("%s: agency %s for feed %s" % (k, it.get("agency"), feed))
        if it.get("severity") not in SEVERITIES:
            err("%s: severity %s" % (k, it.get("severity")))
        if feed not in ("rule", "incident") and it.get("severity") != "Unknown":
            err("%s: feed %s must carry severity Unknown" % (k, feed))
        if feed == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            err("%s: cctv without confidence" % k)
        if feed == "planned_event" and "ends" not in it:
            err("%s: planned event without ends" % k)
        if "ends" in it and it["ends"] <= it["observed"]:
            err("%s: ends before start" % k)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                err("%s: unknown sensor %s" % (k, sid))
            else:
                props, coords = sensors[sid]
                if [it["lon"], it["lat"]] != list(coords[:2]):
                    err("%s: %s not at its registered position" % (k, sid))
                if it["agency"] != props["agency"]:
                    err("%s: agency %s, sensor's is %s" % (k, it["agency"], props["agency"]))
                if feed in FEED_KIND and props["kind"] != FEED_KIND[feed]:
                    err("%s: sensor %s is a %s, not %s" % (k, sid, props["kind"], feed))
        elif "sensor_id" in it:
            err("%s: sensor_id on feed %s" % (k, feed))
        if not (118 < it.get("lon", 0) < 123 and 21 < it.get("lat", 0) < 27):
            err("%s: position outside Taiwan" % k)
        if k in first:
            a = dict(first[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err("%s: key repeated with different fields" % k)
            elif it["arrival"] <= first[k]["arrival"]:
                err("%s: duplicate not later" % k)
        else:
            first[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in first:
            err("%s: follows unknown key %s" % (it["key"], it["follows"]))
        if it.get("follows") == it["key"]:
            err("%s: follows itself" % it["key"])

    # labels
    base = os.path.basename(path)[:-len(".jsonl")]
    if truth.get("situation") != base:
        err("truth situation %s != %s" % (truth.get("situation"), base))
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            err("truth: missing %s" % f)

    def readings():
        yield "main", truth.get("incidents", []), lambda it: it["truth"]
        if "alternative_reading" in truth:
            alt = truth["alternative_reading"]
            if not alt.get("why"):
                err("alternative_reading without why")
            yield "alt", alt.get("incidents", []), \
                lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"]

    has_alt_items = any("truth_alt" in it for it in items)
    if has_alt_items and "alternative_reading" not in truth:
        err("truth_alt present but no alternative_reading")
    for name, incs, label_of in readings():
        labels = [i["label"] for i in incs]
        if len(labels) != len(set(labels)):
            err("%s: duplicate incident labels" % name)
        used = {}
        for it in first.values():
            lab = label_of(it)
            if lab is not None:
                used.setdefault(lab, []).append(it["key"])
        for lab in used:
            if lab not in labels:
                err("%s: label %s used by items but not in incidents" % (name, lab))
        for i in incs:
            if i.get("type") not in TYPES:
                err("%s: incident %s type %s" % (name, i["label"], i.get("type")))
            if i["label"] not in used:
                err("%s: incident %s has no items" % (name, i["label"]))
            sk = i.get("sufficient_evidence_key")
            if sk not in first:
                err("%s: sufficient key %s missing" % (name, sk))
            elif label_of(first[sk]) != i["label"]:
                err("%s: sufficient key %s not labelled %s" % (name, sk, i["label"]))
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in i:
                    err("%s: incident missing %s" % (name, f))
    return len(items), len(truth.get("incidents", []))


def main():
    sensors = load_sensors()
    errors = []
    files = sorted(glob.glob(os.path.join(OUT, "*.jsonl")))
    numbers = sorted(int(os.path.basename(p)[:3]) for p in files)
    if numbers != list(range(FIRST, LAST + 1)):
        errors.append("situations found %s, expected %d..%d" % (numbers, FIRST, LAST))
    for p in files:
        r = check(p, sensors, errors)
        if r:
            print("%-40s items %3d incidents %d" % (os.path.basename(p), r[0], r[1]))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
