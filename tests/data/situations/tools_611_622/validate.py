"""Validate situations 611..622: parse, keys, duplicates, labels vs truth, sensors, arrival order, follows."""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, SENSORS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(base):
    errs = []
    items = []
    with open(base + ".jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                errs.append("line %d: %s" % (n, e))
    with open(base + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    name = os.path.basename(base)
    if truth.get("situation") != name:
        errs.append("situation name %r" % truth.get("situation"))
    if not (25 <= len(items) <= 120):
        errs.append("item count %d" % len(items))
    labels = {i["label"]: i for i in truth["incidents"]}
    if len(labels) != len(truth["incidents"]):
        errs.append("duplicate incident label")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"]: i for i in alt["incidents"]} if alt else labels
    for inc in list(truth["incidents"]) + (list(alt["incidents"]) if alt else []):
        if inc["type"] not in TYPES:
            errs.append("type %s" % inc["type"])
    seen = {}
    prev = None
    for n, it in enumerate(items, 1):
        w = "line %d (%s)" % (n, it.get("key"))
        for k in REQUIRED:
            if k not in it:
                errs.append("%s: missing %s" % (w, k))
        if it["feed"] not in FEEDS:
            errs.append("%s: feed" % w)
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"):
            errs.append("%s: kind" % w)
        if it["agency"] not in AGENCIES or it["severity"] not in SEV:
            errs.append("%s: agency/severity" % w)
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if s is None:
                errs.append("%s: unknown sensor %s" % (w, sid))
            else:
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    errs.append("%s: sensor position" % w)
                if it["agency"] != s["agency"]:
                    errs.append("%s: sensor agency" % w)
                if it["feed"] in KIND_OF and s["kind"] != KIND_OF[it["feed"]]:
                    errs.append("%s: sensor kind" % w)
            if it["feed"] not in ("rule",) and it["severity"] != "Unknown":
                errs.append("%s: severity should be Unknown" % w)
        elif "sensor_id" in it:
            errs.append("%s: sensor_id on non-sensor feed" % w)
        if it["feed"] in ("1999", "119", "planned_event") and it["severity"] != "Unknown":
            errs.append("%s: severity should be Unknown" % w)
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            errs.append("%s: confidence" % w)
        if it["feed"] == "rule" and it["category"] in LEVELS:
            if LEVELS[it["category"]].get(it.get("level")) != it["severity"]:
                errs.append("%s: level/severity" % w)
        if it["feed"] == "planned_event" and "ends" not in it:
            errs.append("%s: planned event without ends" % w)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            errs.append("%s: position" % w)
        obs, arr = t(it["observed"]), t(it["arrival"])
        if it["feed"] != "planned_event" and obs > arr + dt.timedelta(seconds=300):
            errs.append("%s: observed more than 300 s after arrival" % w)
        if prev is not None and arr < prev:
            errs.append("%s: arrival order" % w)
        prev = arr
        if it["truth"] is not None and it["truth"] not in labels:
            errs.append("%s: truth label %s not in truth file" % (w, it["truth"]))
        a = it.get("truth_alt", it["truth"])
        if "truth_alt" in it and not alt:
            errs.append("%s: truth_alt without alternative_reading" % w)
        if a is not None and a not in alt_labels:
            errs.append("%s: alt label %s not in alternative incidents" % (w, a))
        if it["key"] in seen:
            first = dict(seen[it["key"]])
            other = dict(it)
            if t(first.pop("arrival")) > t(other.pop("arrival")) or first != other:
                errs.append("%s: repeated key that is not a true duplicate" % w)
        else:
            seen[it["key"]] = it
    for it in items:
        f = it.get("follows")
        if f is not None and f not in seen:
            errs.append("%s: follows %s missing" % (it["key"], f))
    for reading, labs, lab_of in (("main", labels, lambda i: i["truth"]),
                                  ("alt", alt_labels, lambda i: i.get("truth_alt", i["truth"]))):
        if reading == "alt" and not alt:
            continue
        used = {lab_of(i) for i in items}
        for lab, inc in labs.items():
            if lab not in used:
                errs.append("%s: incident %s has no item" % (reading, lab))
            sek = seen.get(inc["sufficient_evidence_key"])
            if sek is None:
                errs.append("%s: sufficient_evidence_key %s missing" % (reading, inc["sufficient_evidence_key"]))
            elif lab_of(sek) != lab:
                errs.append("%s: sufficient_evidence_key %s not labelled %s" % (reading, sek["key"], lab))
    return errs, len(items), len(truth["incidents"])


def main():
    bases = sorted(p[:-len(".truth.json")] for p in glob.glob(os.path.join(OUT, "6[12][0-9]_*.truth.json")))
    bases = [b for b in bases if 611 <= int(os.path.basename(b)[:3]) <= 622]
    bad = 0
    if len(bases) != 12:
        print("expected 12 situations, found %d" % len(bases))
        bad += 1
    for b in bases:
        errs, n, k = check(b)
        print("%-45s items %3d incidents %d %s" % (os.path.basename(b), n, k, "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
