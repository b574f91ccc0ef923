"""Checks situations 751-762 only."""
import glob
import json
import os
import sys
from datetime import datetime

from lib import ALLOWED, OUT, SENSOR_FEEDS, SENSORS, SEVERITIES

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


files = sorted(f for f in glob.glob(os.path.join(OUT, "*.jsonl"))
               if 751 <= int(os.path.basename(f).split("_")[0]) <= 762)
if len(files) != 12:
    errors.append("expected 12 situations, found %d" % len(files))
for f in files:
    items = []
    with open(f, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err(f, "line %d does not parse: %s" % (n, e))
    tf = f[:-len(".jsonl")] + ".truth.json"
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(f, "truth file: %s" % e)
        continue
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tf, "missing %s" % k)
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    has_alt_items = any("truth_alt" in i for i in items)
    if has_alt_items and not alt:
        err(f, "truth_alt present but no alternative_reading")
    first = {}
    prev = None
    for n, it in enumerate(items, 1):
        for k in REQ:
            if k not in it:
                err(f, "line %d missing %s" % (n, k))
        feed = it.get("feed")
        if feed not in ALLOWED:
            err(f, "line %d unknown feed %s" % (n, feed))
        elif it.get("category") not in ALLOWED[feed]:
            err(f, "line %d category %s not allowed for %s" % (n, it.get("category"), feed))
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err(f, "line %d kind" % n)
        if it.get("severity") not in SEVERITIES:
            err(f, "line %d severity" % n)
        if "level" in it and it["level"] not in LEVELS:
            err(f, "line %d level" % n)
        if "confidence" in it and not 0 <= it["confidence"] <= 1:
            err(f, "line %d confidence" % n)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if not s:
                err(f, "line %d sensor %s not registered" % (n, sid))
            else:
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    err(f, "line %d sensor %s position differs" % (n, sid))
                if it["agency"] != s["agency"]:
                    err(f, "line %d agency differs from sensor" % n)
                if feed not in ("rule", "status") and s["kind"] != feed:
                    err(f, "line %d sensor kind %s for feed %s" % (n, s["kind"], feed))
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(f, "line %d position outside Taiwan" % n)
        if it["truth"] is not None and it["truth"] not in labels:
            err(f, "line %d truth %s not in truth file" % (n, it["truth"]))
        if "truth_alt" in it and it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
            err(f, "line %d truth_alt %s not in alternative_reading" % (n, it["truth_alt"]))
        if alt:
            lab = it.get("truth_alt", it["truth"])
            if lab is not None and lab not in alt_labels:
                err(f, "line %d label %s missing from alternative incidents" % (n, lab))
        a = ts(it["arrival"])
        ts(it["observed"])
        if prev and a < prev:
            err(f, "line %d arrival out of order" % n)
        prev = a
        if it["key"] in first:
            d1 = {k: v for k, v in first[it["key"]].items() if k != "arrival"}
            d2 = {k: v for k, v in it.items() if k != "arrival"}
            if d1 != d2:
                err(f, "line %d duplicate %s differs beyond arrival" % (n, it["key"]))
        else:
            first[it["key"]] = it
    for n, it in enumerate(items, 1):
        if "follows" in it and it["follows"] not in first:
            err(f, "line %d follows unknown key %s" % (n, it["follows"]))
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        k = inc.get("sufficient_evidence_key")
        if k not in first:
            err(tf, "incident %s sufficient key %s not an item" % (inc["label"], k))
    for inc in truth["incidents"]:
        if first.get(inc["sufficient_evidence_key"], {}).get("truth") != inc["label"]:
            err(tf, "incident %s: sufficient item not labelled with it" % inc["label"])
        if not any(i["truth"] == inc["label"] for i in items):
            err(tf, "incident %s has no items" % inc["label"])
    if alt:
        for inc in alt["incidents"]:
            if first.get(inc["sufficient_evidence_key"], {}).get("truth_alt", first.get(inc["sufficient_evidence_key"], {}).get("truth")) != inc["label"]:
                err(tf, "alt incident %s: sufficient item not labelled with it" % inc["label"])
    if all(i["truth"] is not None for i in items):
        err(f, "no background items")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ok: %d situations" % len(files))
