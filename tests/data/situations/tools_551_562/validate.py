"""Validate situations 551-562: parse, keys, labels vs truth, sensors, arrival order, follows."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.environ.get("SITUATION_OUT_DIR", os.path.join(HERE, ".."))
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
           "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"}

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENS = {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"], ft["properties"]) for ft in json.load(f)["features"]}

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


files = sorted(glob.glob(os.path.join(OUT, "5[5-6][0-9]_*.jsonl")))
for path in files:
    name = os.path.basename(path)[:-6]
    if not (551 <= int(name[:3]) <= 562):
        continue
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                items.append((ln, json.loads(line)))
            except ValueError as e:
                err("%s:%d" % (name, ln), "bad json %s" % e)
    with open(os.path.join(OUT, name + ".truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    if truth.get("situation") != name:
        err(name, "truth situation name mismatch")
    if not 25 <= len(items) <= 120:
        err(name, "size %d" % len(items))
    seen = {}
    prev_arr = ""
    for ln, it in items:
        w = "%s:%d" % (name, ln)
        for k in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"):
            if k not in it:
                err(w, "missing " + k)
        extra = set(it) - ALLOWED
        if extra:
            err(w, "unknown fields %s" % extra)
        if it.get("feed") not in FEEDS:
            err(w, "feed")
        if it.get("agency") not in AGENCIES:
            err(w, "agency")
        if it.get("severity") not in SEVS:
            err(w, "severity")
        if (it.get("kind") == "alert") != (it.get("feed") == "rule") or it.get("kind") not in ("alert", "event"):
            err(w, "kind/feed")
        if it["arrival"] < prev_arr:
            err(w, "arrival order")
        prev_arr = it["arrival"]
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENS:
                err(w, "unknown sensor %s" % sid)
            else:
                (lon, lat), props = SENS[sid]
                if (it["lon"], it["lat"]) != (lon, lat):
                    err(w, "sensor position differs from registry")
                if it["agency"] != props["agency"]:
                    err(w, "sensor agency")
        elif "sensor_id" in it:
            err(w, "sensor_id on a non-sensor feed")
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            err(w, "cctv confidence")
        k = it["key"]
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(w, "duplicate key %s with different fields" % k)
        else:
            seen[k] = it
    for ln, it in items:
        fo = it.get("follows")
        if fo is not None and fo not in seen:
            err("%s:%d" % (name, ln), "follows %s not in file" % fo)
    # labels
    incs = truth.get("incidents", [])
    labels = {i["label"] for i in incs}
    for i in incs:
        if i["type"] not in TYPES:
            err(name, "type %s" % i["type"])
        sk = i["sufficient_evidence_key"]
        if sk not in seen or seen[sk]["truth"] != i["label"]:
            err(name, "sufficient_evidence_key %s of %s" % (sk, i["label"]))
    used = {it["truth"] for _, it in items if it["truth"] is not None}
    if used != labels:
        err(name, "labels in items %s vs truth %s" % (sorted(used), sorted(labels)))
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in it for _, it in items)
    if alt:
        alabels = {i["label"] for i in alt["incidents"]}
        aused = {it.get("truth_alt", it["truth"]) for _, it in items} - {None}
        if aused != alabels:
            err(name, "alt labels %s vs %s" % (sorted(aused), sorted(alabels)))
        for i in alt["incidents"]:
            sk = i["sufficient_evidence_key"]
            if sk not in seen or seen[sk].get("truth_alt", seen[sk]["truth"]) != i["label"]:
                err(name, "alt sufficient_evidence_key %s of %s" % (sk, i["label"]))
        if not has_alt:
            err(name, "alternative reading without truth_alt")
    elif has_alt:
        err(name, "truth_alt without alternative_reading")
    print("%s: %d items, %d incidents%s" % (name, len(items), len(incs), ", alt" if alt else ""))

if len(files) != 12:
    err("set", "expected 12 situations, found %d" % len(files))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
