#!/usr/bin/env python3
"""Validate situations 211-222: parse, keys, sensors, arrival order, duplicates, labels."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

sensors = {}
with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    for ft in json.load(f)["features"]:
        sensors[ft["properties"]["sensor_id"]] = tuple(ft["geometry"]["coordinates"])

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
ALLOWED = set(REQ) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
errors = []


def err(msg):
    errors.append(msg)


files = sorted(glob.glob(os.path.join(OUT, "2[12][0-9]_*.jsonl")))
files = [f for f in files if 211 <= int(os.path.basename(f).split("_")[0]) <= 222]
if len(files) != 12:
    err("expected 12 situation files, found %d" % len(files))
for path in files:
    name = os.path.basename(path)[:-6]
    tpath = os.path.join(OUT, name + ".truth.json")
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as e:  # noqa
        err("%s: truth unreadable: %s" % (tpath, e))
        continue
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err("%s: truth lacks %s" % (name, k))
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    items, first = [], {}
    prev = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:  # noqa
                err("%s:%d: bad json %s" % (name, n, e))
                continue
            for k in REQ:
                if k not in d:
                    err("%s:%d: missing %s" % (name, n, k))
            for k in d:
                if k not in ALLOWED:
                    err("%s:%d: unknown field %s" % (name, n, k))
            if d.get("feed") not in FEEDS:
                err("%s:%d: feed %s" % (name, n, d.get("feed")))
            if d.get("agency") not in AGENCIES:
                err("%s:%d: agency %s" % (name, n, d.get("agency")))
            if d.get("severity") not in SEVS:
                err("%s:%d: severity %s" % (name, n, d.get("severity")))
            if d.get("kind") != ("alert" if d.get("feed") == "rule" else "event"):
                err("%s:%d: kind" % (name, n))
            if d.get("feed") in SENSOR_FEEDS:
                sid = d.get("sensor_id")
                if sid not in sensors:
                    err("%s:%d: unknown sensor %s" % (name, n, sid))
                elif (d["lon"], d["lat"]) != sensors[sid]:
                    err("%s:%d: %s not at registered position" % (name, n, sid))
            if "confidence" in d and d["feed"] != "cctv":
                err("%s:%d: confidence on non-cctv" % (name, n))
            if d.get("feed") == "planned_event" and "ends" not in d:
                err("%s:%d: planned_event without ends" % (name, n))
            if d.get("arrival") and prev and d["arrival"] < prev:
                err("%s:%d: arrival out of order" % (name, n))
            prev = d.get("arrival", prev)
            if d.get("truth") is not None and d["truth"] not in labels:
                err("%s:%d: truth label %s not in truth file" % (name, n, d["truth"]))
            ta = d.get("truth_alt", d.get("truth"))
            if ta is not None and ta not in alt_labels:
                err("%s:%d: alt label %s not in alternative reading" % (name, n, ta))
            if "truth_alt" in d and not alt:
                err("%s:%d: truth_alt without alternative_reading" % (name, n))
            k = d.get("key")
            if k in first:
                a, b = dict(first[k]), dict(d)
                a.pop("arrival"); b.pop("arrival")
                if a != b:
                    err("%s:%d: duplicate %s differs beyond arrival" % (name, n, k))
            else:
                first[k] = d
            items.append(d)
    keys = set(first)
    for f in ("follows",):
        for d in items:
            if f in d and d[f] not in keys:
                err("%s: %s follows unknown key %s" % (name, d["key"], d[f]))
    if not 15 <= len(items) <= 80:
        err("%s: %d items (15..80)" % (name, len(items)))
    for reading, incs, lab in (("truth", truth["incidents"], "truth"), ("alt", alt["incidents"] if alt else [], "alt")):
        for inc in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    err("%s: %s incident lacks %s" % (name, reading, k))
            sk = inc["sufficient_evidence_key"]
            if sk not in first:
                err("%s: %s sufficient key %s absent" % (name, reading, sk))
                continue
            d = first[sk]
            got = d["truth"] if lab == "truth" else d.get("truth_alt", d["truth"])
            if got != inc["label"]:
                err("%s: %s sufficient key %s labelled %s not %s" % (name, reading, sk, got, inc["label"]))
        used = {(d["truth"] if lab == "truth" else d.get("truth_alt", d["truth"])) for d in items}
        for inc in incs:
            if inc["label"] not in used:
                err("%s: %s incident %s has no items" % (name, reading, inc["label"]))
    print("%-50s lines=%d unique=%d ok" % (name, len(items), len(keys)))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("all valid")
