"""Validate situations 2111-2122 (only this set's files)."""
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS

NUMS = range(2111, 2123)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat", "planned_event"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
errors = []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


seen_keys = {}
for n in NUMS:
    files = glob.glob(os.path.join(OUT, f"{n}_*.jsonl"))
    if len(files) != 1:
        err(str(n), f"expected one jsonl, found {len(files)}")
        continue
    f = files[0]
    tf = f[:-len(".jsonl")] + ".truth.json"
    items, first = [], {}
    with open(f, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err(f, f"line {i}: {e}")
    if not 20 <= len(items) <= 150:
        err(f, f"{len(items)} lines, want 20-150")
    prev = ""
    for it in items:
        k = it.get("key", "?")
        for r in REQ:
            if r not in it:
                err(f, f"{k}: missing {r}")
        if not str(k).startswith(f"{n}-"):
            err(f, f"{k}: key does not start with {n}")
        if it.get("feed") not in FEEDS or it.get("agency") not in AGENCIES or it.get("severity") not in SEV:
            err(f, f"{k}: bad feed/agency/severity")
        if it.get("kind") != ("alert" if it.get("feed") == "rule" else "event"):
            err(f, f"{k}: bad kind")
        for t in ("observed", "arrival"):
            if not TS.match(str(it.get(t))):
                err(f, f"{k}: bad {t}")
        if it["arrival"] < prev:
            err(f, f"{k}: arrival out of order")
        prev = it["arrival"]
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if s is None:
                err(f, f"{k}: unregistered sensor {sid}")
            else:
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    err(f, f"{k}: position differs from registry for {sid}")
                if it["agency"] != s["agency"]:
                    err(f, f"{k}: agency {it['agency']} != registry {s['agency']}")
                kind_ok = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
                if it["feed"] in kind_ok and s["kind"] != kind_ok[it["feed"]]:
                    err(f, f"{k}: sensor kind {s['kind']} for feed {it['feed']}")
        elif "sensor_id" in it:
            err(f, f"{k}: sensor_id on feed {it['feed']}")
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            err(f, f"{k}: position outside Taiwan")
        if "reason" in it and (it["feed"] != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(f, f"{k}: bad reason")
        if "status" in it and (it["feed"] != "119" or it["status"] not in STATUS):
            err(f, f"{k}: bad status")
        if "permit_status" in it and (it["feed"] != "planned_event" or it["permit_status"] not in PERMIT):
            err(f, f"{k}: bad permit_status")
        if "radius_m" in it and (it["feed"] != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err(f, f"{k}: bad radius_m")
        if "gateway" in it and (it["feed"] not in ("rule", "status") or not re.match(r"^[A-Za-z0-9_.:-]{1,64}$", it["gateway"])):
            err(f, f"{k}: bad gateway")
        if "gateway" in it and SENSORS.get(it.get("sensor_id"), {}).get("gateway") != it["gateway"]:
            err(f, f"{k}: gateway differs from the registry")
        if "confidence" in it and (it["feed"] != "cctv" or not 0 <= it["confidence"] <= 1):
            err(f, f"{k}: bad confidence")
        if it["feed"] == "planned_event" and "ends" not in it:
            err(f, f"{k}: permit without ends")
        if k in first:
            a, b = dict(first[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(f, f"{k}: duplicate differs")
        else:
            first[k] = it
            if k in seen_keys:
                err(f, f"{k}: key also in {seen_keys[k]}")
            seen_keys[k] = os.path.basename(f)
    for k, it in first.items():
        fl = it.get("follows")
        if fl is not None and fl not in first:
            err(f, f"{k}: follows unknown {fl}")
    # truth
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(tf, str(e))
        continue
    for r in ("situation", "description", "incidents"):
        if r not in truth:
            err(tf, f"missing {r}")
    if truth.get("situation") != os.path.basename(f)[:-6]:
        err(tf, "situation name mismatch")

    def check(incs, label_of, what):
        labels = {i["label"] for i in incs}
        if len(labels) != len(incs):
            err(tf, f"{what}: duplicate labels")
        for i in incs:
            for r in ("label", "type", "description", "sufficient_evidence_key"):
                if r not in i:
                    err(tf, f"{what}: incident missing {r}")
            if i.get("type") not in TYPES:
                err(tf, f"{what}: bad type {i.get('type')}")
            sk = i.get("sufficient_evidence_key")
            if sk not in first or label_of(first[sk]) != i["label"]:
                err(tf, f"{what}: sufficient key {sk} not an item of {i['label']}")
        used = {label_of(it) for it in first.values()} - {None}
        if used != labels:
            err(tf, f"{what}: item labels {sorted(used)} != incidents {sorted(labels)}")

    check(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in first.values())
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(tf, "alternative_reading needs why and incidents")
        check(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alternative")
    elif has_alt:
        err(tf, "truth_alt without alternative_reading")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"ok: {len(list(NUMS))} situations, {len(seen_keys)} unique items")
