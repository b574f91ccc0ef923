"""Validate situations 711-722 only (the folder may hold other sets)."""
import glob
import json
import math
import os
import sys

from lib import OUT, SENSORS

RANGE = range(711, 723)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
CATS = {"fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
        "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
        "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
        "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
                 "accident"},
        "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"}}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
ALLOWED = set(REQ) | {"sensor_id", "text", "confidence", "level", "follows", "ends", "truth_alt"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))


def check_incidents(f, incs, items, field):
    labels = [i["label"] for i in incs]
    if len(labels) != len(set(labels)):
        err(f, "%s: duplicate incident labels" % field)
    if not 1 <= len(incs) <= 4:
        err(f, "%s: %d incidents (1-4 expected)" % (field, len(incs)))
    used = set()
    first = {}
    for it in items:
        lab = it.get("truth_alt", it["truth"]) if field == "alternative" else it["truth"]
        if lab is not None:
            used.add(lab)
            if lab not in labels:
                err(f, "%s: item %s label %r not an incident" % (field, it["key"], lab))
            first.setdefault(it["key"], lab)
    for inc in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                err(f, "%s: incident lacks %s" % (field, k))
        if inc.get("type") not in TYPES:
            err(f, "%s: incident %s type %r" % (field, inc.get("label"), inc.get("type")))
        if inc["label"] not in used:
            err(f, "%s: incident %s has no items" % (field, inc["label"]))
        sk = inc.get("sufficient_evidence_key")
        if first.get(sk) != inc["label"]:
            err(f, "%s: sufficient key %r of %s is not one of its items" % (field, sk, inc["label"]))


def main():
    n_files = 0
    for num in RANGE:
        found = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
        if len(found) != 1:
            err(str(num), "expected one jsonl, found %d" % len(found))
            continue
        f = found[0]
        tf = f[:-len(".jsonl")] + ".truth.json"
        n_files += 1
        items = []
        with open(f, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    items.append(json.loads(line))
                except ValueError as e:
                    err(f, "line %d does not parse: %s" % (ln, e))
        if not 25 <= len(items) <= 60:
            err(f, "%d items (25-60 expected)" % len(items))
        seen = {}
        prev = ""
        has_alt = False
        for it in items:
            k = it.get("key")
            for r in REQ:
                if r not in it:
                    err(f, "%s lacks %s" % (k, r))
            for x in it:
                if x not in ALLOWED:
                    err(f, "%s unknown field %s" % (k, x))
            feed = it.get("feed")
            if feed not in FEEDS:
                err(f, "%s feed %r" % (k, feed))
                continue
            if it["kind"] != ("alert" if feed == "rule" else "event"):
                err(f, "%s kind %r for feed %s" % (k, it["kind"], feed))
            if it["agency"] not in AGENCIES:
                err(f, "%s agency %r" % (k, it["agency"]))
            if it["severity"] not in SEV:
                err(f, "%s severity %r" % (k, it["severity"]))
            if feed in CATS and it["category"] not in CATS[feed]:
                err(f, "%s category %r not in %s vocabulary" % (k, it["category"], feed))
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                s = SENSORS.get(sid)
                if s is None:
                    err(f, "%s sensor %r not registered" % (k, sid))
                else:
                    if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                        err(f, "%s not at registered position of %s" % (k, sid))
                    if s["agency"] != it["agency"]:
                        err(f, "%s agency %s, registry says %s" % (k, it["agency"], s["agency"]))
                    if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                        err(f, "%s sensor %s is %s, not %s" % (k, sid, s["kind"], feed))
            else:
                if "sensor_id" in it:
                    err(f, "%s has sensor_id on feed %s" % (k, feed))
                if it["agency"] != FEED_AGENCY[feed]:
                    err(f, "%s agency %s for feed %s" % (k, it["agency"], feed))
            if feed == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
                err(f, "%s cctv without confidence" % k)
            if feed == "planned_event" and "ends" not in it:
                err(f, "%s planned event without ends" % k)
            if not (120.55 <= it["lon"] <= 120.75 and 24.12 <= it["lat"] <= 24.25):
                err(f, "%s position far from the zone" % k)
            if it["arrival"] < prev:
                err(f, "%s out of arrival order" % k)
            prev = it["arrival"]
            if k in seen:
                a = dict(seen[k]); b = dict(it)
                a.pop("arrival"); b.pop("arrival")
                if a != b:
                    err(f, "%s duplicate differs beyond arrival" % k)
                if it["arrival"] <= seen[k]["arrival"]:
                    err(f, "%s duplicate not later" % k)
            else:
                seen[k] = it
            if "truth_alt" in it:
                has_alt = True
        for it in items:
            if "follows" in it and it["follows"] not in seen:
                err(f, "%s follows unknown key %s" % (it["key"], it["follows"]))
        try:
            with open(tf, encoding="utf-8") as fh:
                truth = json.load(fh)
        except (OSError, ValueError) as e:
            err(tf, "truth does not load: %s" % e)
            continue
        for k in ("situation", "description", "incidents"):
            if k not in truth:
                err(tf, "lacks %s" % k)
        if truth.get("situation") != os.path.basename(f)[:-len(".jsonl")]:
            err(tf, "situation name mismatch")
        check_incidents(tf, truth["incidents"], items, "truth")
        if "alternative_reading" in truth:
            ar = truth["alternative_reading"]
            if "why" not in ar:
                err(tf, "alternative lacks why")
            check_incidents(tf, ar["incidents"], items, "alternative")
        elif has_alt:
            err(tf, "truth_alt present but no alternative_reading")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: %d situations valid" % n_files)


if __name__ == "__main__":
    main()
