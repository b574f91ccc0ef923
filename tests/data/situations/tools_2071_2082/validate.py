"""Check situations 2071-2082 (only this set's files)."""
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS

NUMS = range(2071, 2083)
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check_incidents(name, incs, items, labelf, what):
    labels = [i["label"] for i in incs]
    if len(set(labels)) != len(labels):
        err(name, "%s: duplicate labels" % what)
    for i in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in i:
                err(name, "%s incident lacks %s" % (what, k))
        if i.get("type") not in TYPES:
            err(name, "%s incident %s: bad type %s" % (what, i.get("label"), i.get("type")))
        sk = [it for it in items if it["key"] == i.get("sufficient_evidence_key")]
        if not sk:
            err(name, "%s incident %s: sufficient key missing" % (what, i["label"]))
        elif labelf(sk[0]) != i["label"]:
            err(name, "%s incident %s: sufficient key labelled %s" % (what, i["label"], labelf(sk[0])))
    used = {labelf(it) for it in items} - {None}
    for lab in used - set(labels):
        err(name, "%s: item label %s not among incidents" % (what, lab))
    for lab in set(labels) - used:
        err(name, "%s: incident %s has no items" % (what, lab))


all_keys = {}
for n in NUMS:
    files = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
    if len(files) != 1:
        err(str(n), "expected one jsonl, found %d" % len(files))
        continue
    path = files[0]
    name = os.path.basename(path)[:-6]
    tpath = os.path.join(OUT, name + ".truth.json")
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("%s:%d" % (name, ln), "does not parse: %s" % e)
    first = {}
    prev = None
    for ln, it in enumerate(items, 1):
        w = "%s:%d" % (name, ln)
        for k in REQ:
            if k not in it:
                err(w, "missing %s" % k)
        k = it.get("key", "")
        if not k.startswith("%d-" % n):
            err(w, "key %s does not start with the situation number" % k)
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(w, "duplicate %s differs from its first delivery" % k)
        else:
            first[k] = it
            if k in all_keys:
                err(w, "key %s also used in %s" % (k, all_keys[k]))
            all_keys[k] = name
        for t in ("observed", "arrival"):
            if not TIME.match(str(it.get(t, ""))):
                err(w, "bad %s" % t)
        if prev and it["arrival"] < prev:
            err(w, "arrival out of order")
        prev = it.get("arrival")
        feed = it.get("feed")
        if feed not in FEEDS:
            err(w, "bad feed %s" % feed)
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err(w, "kind does not match feed")
        if it.get("agency") not in AGENCIES:
            err(w, "bad agency")
        if it.get("severity") not in SEV:
            err(w, "bad severity")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(w, "unregistered sensor %s" % sid)
            else:
                lon, lat = SENSORS[sid]["pos"]
                if (it["lon"], it["lat"]) != (lon, lat):
                    err(w, "sensor %s not at its registered position" % sid)
                if feed in ("rule", "status", "cctv") and it["agency"] != SENSORS[sid]["agency"]:
                    err(w, "agency differs from sensor's")
        elif "sensor_id" in it:
            err(w, "sensor_id on a %s item" % feed)
        if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
            err(w, "bad reason")
        if "status" in it and not (feed == "119" and it["status"] in STATUSES):
            err(w, "bad status")
        for x in ("radius_m", "permit_status", "ends"):
            if x in it and feed != "planned_event":
                err(w, "%s on a %s item" % (x, feed))
        if "radius_m" in it and not (1 <= it["radius_m"] <= 5000):
            err(w, "radius out of range")
        if "permit_status" in it and it["permit_status"] not in PERMIT:
            err(w, "bad permit_status")
        if "gateway" in it and feed not in ("rule", "status"):
            err(w, "gateway on a %s item" % feed)
        if feed == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            err(w, "cctv without confidence")
        if feed == "planned_event" and "ends" not in it:
            err(w, "permit without ends")
    keys = set(first)
    for ln, it in enumerate(items, 1):
        if "follows" in it and it["follows"] not in keys:
            err("%s:%d" % (name, ln), "follows unknown key %s" % it["follows"])
        if it.get("follows") == it.get("key"):
            err("%s:%d" % (name, ln), "follows itself")
    uniq = list(first.values())
    if not 20 <= len(uniq) <= 150:
        err(name, "%d items (want 20-150)" % len(uniq))
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        err(name, "truth: %s" % e)
        continue
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(name, "truth lacks %s" % k)
    if truth.get("situation") != name:
        err(name, "truth situation name mismatch")
    check_incidents(name, truth["incidents"], uniq, lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in uniq)
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(name, "alternative_reading lacks why/incidents")
        check_incidents(name, ar["incidents"], uniq,
                        lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"], "alternative")
        if not has_alt:
            err(name, "alternative reading but no truth_alt")
    elif has_alt:
        err(name, "truth_alt without alternative_reading")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ok: %d situations, %d keys" % (len(NUMS), len(all_keys)))
