"""Checks the files of situations 2011-2022 only."""
import glob
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMS = range(2011, 2023)

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
CODES = {"119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
         "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
         "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
         "parking": {"full", "closed", "empty"}, "status": {"offline", "online"},
         "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}}
TYPES = {"fire", "flood", "traffic", "rescue", "crowd", "hazmat", "infrastructure", "planned_event", "flood_risk", "public_order"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENS = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(num):
    js = glob.glob(os.path.join(OUT, "%04d_*.jsonl" % num))
    if len(js) != 1:
        err(num, "expected one jsonl, found %d" % len(js))
        return
    jl = js[0]
    tf = jl[:-len(".jsonl")] + ".truth.json"
    if not os.path.exists(tf):
        err(num, "truth file missing")
        return
    truth = json.load(open(tf, encoding="utf-8"))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tf, "missing " + k)
    labels = {i["label"] for i in truth["incidents"]}
    for i in truth["incidents"]:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in i:
                err(tf, "incident missing %s" % k)
        if i["type"] not in TYPES:
            err(tf, "unknown type %s" % i["type"])
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    items, first, seen_keys, prev = [], {}, {}, ""
    for n, line in enumerate(open(jl, encoding="utf-8"), 1):
        w = "%s:%d" % (os.path.basename(jl), n)
        try:
            it = json.loads(line)
        except ValueError as ex:
            err(w, "parse %s" % ex)
            continue
        items.append(it)
        for k in REQ:
            if k not in it:
                err(w, "missing " + k)
        if not str(it.get("key", "")).startswith("%d-" % num):
            err(w, "key prefix")
        if it.get("feed") not in FEEDS:
            err(w, "feed")
        if it.get("agency") not in AGENCIES:
            err(w, "agency")
        if it.get("severity") not in SEVS:
            err(w, "severity")
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"):
            err(w, "kind")
        if it["feed"] in CODES and it["category"] not in CODES[it["feed"]]:
            err(w, "category %s not a %s code" % (it["category"], it["feed"]))
        if it["arrival"] < prev:
            err(w, "arrival order")
        prev = it["arrival"]
        if it["truth"] is not None and it["truth"] not in labels:
            err(w, "truth label %s not in truth file" % it["truth"])
        if "truth_alt" in it:
            if not alt:
                err(w, "truth_alt without alternative_reading")
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                err(w, "truth_alt label %s not in alternative incidents" % it["truth_alt"])
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENS:
                err(w, "sensor %s not registered" % sid)
            else:
                lon, lat = SENS[sid]["geometry"]["coordinates"]
                if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                    err(w, "sensor %s not at its registered position" % sid)
                if it["feed"] in ("rule", "status", "cctv") and it["agency"] != SENS[sid]["properties"]["agency"]:
                    err(w, "agency of %s" % sid)
        elif "sensor_id" in it:
            err(w, "sensor_id on a non-sensor feed")
        if "confidence" in it and not (it["feed"] == "cctv" and 0 <= it["confidence"] <= 1):
            err(w, "confidence")
        if "reason" in it and not (it["feed"] == "status" and it["category"] == "offline" and it["reason"] in REASONS):
            err(w, "reason")
        if "status" in it and not (it["feed"] == "119" and it["status"] in STATUS119):
            err(w, "status")
        if "radius_m" in it and not (it["feed"] == "planned_event" and 1 <= it["radius_m"] <= 5000):
            err(w, "radius_m")
        if "permit_status" in it and not (it["feed"] == "planned_event" and it["permit_status"] in PERMIT):
            err(w, "permit_status")
        if it["feed"] == "planned_event" and ("ends" not in it or it["ends"] <= it["observed"]):
            err(w, "planned_event needs ends after observed")
        if it.get("permit_status") in ("amended", "cancelled") and "follows" not in it:
            err(w, "amended/cancelled permit must follow the first line")
        if "gateway" in it and (it["feed"] not in ("rule", "status") or not it["gateway"]):
            err(w, "gateway")
        k = it["key"]
        if k in seen_keys:
            a, b = dict(seen_keys[k]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                err(w, "duplicate %s differs beyond arrival" % k)
        else:
            seen_keys[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in seen_keys:
            err(jl, "follows %s points nowhere" % it["follows"])
    for inc in truth["incidents"]:
        sk = inc["sufficient_evidence_key"]
        if sk not in seen_keys or seen_keys[sk]["truth"] != inc["label"]:
            err(tf, "sufficient_evidence_key %s of %s" % (sk, inc["label"]))
        if not any(it["truth"] == inc["label"] for it in items):
            err(tf, "incident %s has no item" % inc["label"])
    if alt:
        if "why" not in alt:
            err(tf, "alternative_reading.why")
        for inc in alt["incidents"]:
            sk = inc["sufficient_evidence_key"]
            if sk not in seen_keys or seen_keys[sk].get("truth_alt", seen_keys[sk]["truth"]) != inc["label"]:
                err(tf, "alt sufficient_evidence_key %s of %s" % (sk, inc["label"]))
            if not any(it.get("truth_alt", it["truth"]) == inc["label"] for it in items):
                err(tf, "alt incident %s has no item" % inc["label"])
        for it in items:
            lab = it.get("truth_alt", it["truth"])
            if lab is not None and lab not in alt_labels:
                err(jl, "item %s alt label %s not in alternative incidents" % (it["key"], lab))
    n = len(items)
    if not 20 <= n <= 150:
        err(jl, "item count %d outside 20-150" % n)


for num in NUMS:
    check(num)
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("validate: 12 situations OK")
