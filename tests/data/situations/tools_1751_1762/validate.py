"""Validate situations 1751-1762: parse, keys, labels, sensors, arrival order, duplicates. Exit 1 on any problem."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status",
       "gateway", "truth_alt"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}


def main():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        reg = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
    ids = set(reg)
    gateways = {(ft["properties"].get("metadata") or {}).get("gateway") for ft in reg.values()} - {None}
    problems = []
    files = [p for p in sorted(glob.glob(os.path.join(OUT, "*.jsonl")))
             if re.match(r"^(17(5[1-9]|6[0-2]))_", os.path.basename(p))]
    if len(files) != 12:
        problems.append("expected 12 situation files, found %d" % len(files))
    for path in files:
        name = os.path.basename(path)[:-6]
        bad = lambda m: problems.append("%s: %s" % (name, m))  # noqa: E731
        items = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    items.append(json.loads(line))
                except ValueError as e:
                    bad("line %d does not parse: %s" % (n, e))
        if not 20 <= len(items) <= 150:
            bad("%d items (want 20-150)" % len(items))
        first = {}
        prev = ""
        for it in items:
            k = it.get("key")
            for r in REQ:
                if r not in it:
                    bad("%s lacks %s" % (k, r))
            extra = set(it) - set(REQ) - OPT
            if extra:
                bad("%s unknown keys %s" % (k, sorted(extra)))
            if it.get("feed") not in FEEDS:
                bad("%s feed %r" % (k, it.get("feed")))
            if it.get("agency") not in AGENCIES:
                bad("%s agency %r" % (k, it.get("agency")))
            if it.get("severity") not in SEV:
                bad("%s severity %r" % (k, it.get("severity")))
            if (it.get("kind") == "alert") != (it.get("feed") == "rule"):
                bad("%s kind/feed mismatch" % k)
            for t in ("observed", "arrival", "ends"):
                if t in it and not TS.match(it[t]):
                    bad("%s %s not ISO UTC" % (k, t))
            if it.get("arrival", "") < prev:
                bad("%s out of arrival order" % k)
            prev = it.get("arrival", prev)
            if it.get("feed") in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in ids:
                    bad("%s unregistered sensor %r" % (k, sid))
                else:
                    ft = reg[sid]
                    lon, lat = ft["geometry"]["coordinates"]
                    if abs(it["lon"] - lon) > 1e-6 or abs(it["lat"] - lat) > 1e-6:
                        bad("%s not at the registered position of %s" % (k, sid))
                    if it["agency"] != ft["properties"]["agency"] and it["feed"] in ("rule", "status"):
                        bad("%s agency differs from the sensor's" % k)
            if "reason" in it and (it["feed"] != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
                bad("%s bad reason" % k)
            if "status" in it and (it["feed"] != "119" or it["status"] not in STATUS119):
                bad("%s bad 119 status" % k)
            if "gateway" in it and (it["feed"] not in ("rule", "status") or it["gateway"] not in gateways | ids):
                bad("%s bad gateway" % k)
            if "radius_m" in it and (it["feed"] != "planned_event" or not 1 <= it["radius_m"] <= 5000):
                bad("%s bad radius" % k)
            if "permit_status" in it and (it["feed"] != "planned_event" or it["permit_status"] not in PERMIT):
                bad("%s bad permit status" % k)
            if it.get("feed") == "cctv" and not 0 <= it.get("confidence", -1) <= 1:
                bad("%s cctv without confidence" % k)
            if "truth_alt" in it and it["truth_alt"] == it["truth"]:
                bad("%s truth_alt equals truth" % k)
            if k in first:
                a = dict(first[k]); b = dict(it)
                a.pop("arrival"); b.pop("arrival")
                if a != b:
                    bad("duplicate %s differs beyond arrival" % k)
            else:
                first[k] = it
        keys = set(first)
        for it in items:
            if "follows" in it and it["follows"] not in keys:
                bad("%s follows unknown %s" % (it["key"], it["follows"]))
        tpath = path[:-6] + ".truth.json"
        try:
            with open(tpath, encoding="utf-8") as f:
                truth = json.load(f)
        except (OSError, ValueError) as e:
            bad("truth file: %s" % e)
            continue
        if truth.get("situation") != name:
            bad("truth situation name")

        def check(incs, labelof, tag):
            labs = [i["label"] for i in incs]
            if len(labs) != len(set(labs)):
                bad("%s duplicate incident labels" % tag)
            used = {labelof(it) for it in items} - {None}
            if used != set(labs):
                bad("%s labels used %s vs incidents %s" % (tag, sorted(used), sorted(labs)))
            for inc in incs:
                if inc.get("type") not in TYPES:
                    bad("%s type %r" % (tag, inc.get("type")))
                sk = inc.get("sufficient_evidence_key")
                if sk not in keys or labelof(first[sk]) != inc["label"]:
                    bad("%s sufficient key %r of %s not an item of it" % (tag, sk, inc["label"]))
        check(truth["incidents"], lambda it: it["truth"], "truth")
        alt = truth.get("alternative_reading")
        has_alt = any("truth_alt" in it for it in items)
        if alt:
            check(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alt")
            if not alt.get("why"):
                bad("alternative reading without why")
        if has_alt and not alt:
            bad("truth_alt present but no alternative_reading")
    for p in problems:
        print("PROBLEM", p)
    print("%d files checked, %d problems" % (len(files), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
