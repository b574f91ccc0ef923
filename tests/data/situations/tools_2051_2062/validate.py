"""Check the 2051-2062 situation files (only this set's own files)."""
import glob
import json
import os
import re
import sys

from lib import GEO, OUT, SENSORS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat", "planned_event"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
GATEWAYS = {SENSORS[s]["properties"]["metadata"].get("gateway") for s in SENSORS} | set(SENSORS)
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def main():
    all_keys = {}
    files = sorted(glob.glob(os.path.join(OUT, "20[5-6][0-9]_*.jsonl")))
    files = [f for f in files if 2051 <= int(os.path.basename(f)[:4]) <= 2062]
    if len(files) != 12:
        err("set", "expected 12 situations, found %d" % len(files))
    for path in files:
        name = os.path.basename(path)[:-6]
        num = name[:4]
        lines, first = [], {}
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                try:
                    it = json.loads(raw)
                except ValueError as e:
                    err("%s:%d" % (name, n), "bad JSON %s" % e)
                    continue
                lines.append(it)
                w = "%s:%d" % (name, n)
                for k in REQUIRED:
                    if k not in it:
                        err(w, "missing %s" % k)
                if not str(it.get("key", "")).startswith(num + "-"):
                    err(w, "key does not start with the situation number")
                if it.get("feed") not in FEEDS:
                    err(w, "feed %r" % it.get("feed"))
                if it.get("kind") != ("alert" if it.get("feed") == "rule" else "event"):
                    err(w, "kind")
                if it.get("agency") not in AGENCIES:
                    err(w, "agency")
                if it.get("severity") not in SEVERITIES:
                    err(w, "severity")
                for k in ("observed", "arrival"):
                    if not TS.match(str(it.get(k, ""))):
                        err(w, "%s not ISO UTC" % k)
                if it.get("feed") != "planned_event" and it.get("observed", "") > it.get("arrival", "") and it["observed"][:16] > it["arrival"][:16]:
                    # observed may lie at most 5 minutes after arrival (ingest's future skew)
                    import datetime as dt
                    o = dt.datetime.strptime(it["observed"], "%Y-%m-%dT%H:%M:%SZ")
                    a = dt.datetime.strptime(it["arrival"], "%Y-%m-%dT%H:%M:%SZ")
                    if (o - a).total_seconds() > 300:
                        err(w, "observed more than 300 s after arrival")
                if it.get("feed") in SENSOR_FEEDS:
                    sid = it.get("sensor_id")
                    if sid not in SENSORS:
                        err(w, "unregistered sensor %r" % sid)
                    else:
                        c = SENSORS[sid]["geometry"]["coordinates"]
                        if [it["lon"], it["lat"]] != [c[0], c[1]]:
                            err(w, "sensor %s not at its registered position" % sid)
                        if it["feed"] in ("rule", "status") and it["agency"] != SENSORS[sid]["properties"]["agency"]:
                            err(w, "agency differs from the sensor's")
                        kind = SENSORS[sid]["properties"]["kind"]
                        want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
                        if it["feed"] in want and kind != want[it["feed"]]:
                            err(w, "sensor kind %s for feed %s" % (kind, it["feed"]))
                elif "sensor_id" in it:
                    err(w, "sensor_id on a non-device feed")
                if not (118 < it.get("lon", 0) < 123 and 21 < it.get("lat", 0) < 27):
                    err(w, "position outside Taiwan")
                if "reason" in it and (it["feed"] != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
                    err(w, "bad reason")
                if "status" in it and (it["feed"] != "119" or it["status"] not in STATUSES):
                    err(w, "bad status")
                if "confidence" in it and (it["feed"] != "cctv" or not 0 <= it["confidence"] <= 1):
                    err(w, "bad confidence")
                if it.get("feed") == "cctv" and "confidence" not in it:
                    err(w, "cctv without confidence")
                if "level" in it and it["level"] not in LEVELS:
                    err(w, "bad level")
                if "radius_m" in it and (it["feed"] != "planned_event" or not 1 <= it["radius_m"] <= 5000):
                    err(w, "bad radius_m")
                if "permit_status" in it and (it["feed"] != "planned_event" or it["permit_status"] not in PERMIT):
                    err(w, "bad permit_status")
                if "gateway" in it and (it["feed"] not in ("rule", "status") or it["gateway"] not in GATEWAYS):
                    err(w, "bad gateway")
                if it.get("feed") == "planned_event" and not TS.match(str(it.get("ends", ""))):
                    err(w, "planned_event without ends")
                k = it.get("key")
                if k in first:
                    a = {x: y for x, y in it.items() if x != "arrival"}
                    b = {x: y for x, y in first[k].items() if x != "arrival"}
                    if a != b:
                        err(w, "duplicate %s differs from its first delivery" % k)
                else:
                    first[k] = it
                    if k in all_keys:
                        err(w, "key %s also in %s" % (k, all_keys[k]))
                    all_keys[k] = name
        if not 20 <= len(lines) <= 150:
            err(name, "%d lines (20-150)" % len(lines))
        arr = [x.get("arrival", "") for x in lines]
        if arr != sorted(arr):
            err(name, "lines not in arrival order")
        for it in first.values():
            if "follows" in it and it["follows"] not in first:
                err(name, "%s follows unknown key %s" % (it["key"], it["follows"]))
        # truth
        tp = os.path.join(OUT, name + ".truth.json")
        try:
            with open(tp, encoding="utf-8") as f:
                truth = json.load(f)
        except (OSError, ValueError) as e:
            err(name, "truth: %s" % e)
            continue
        if truth.get("situation") != name:
            err(name, "truth situation name")
        for k in ("description", "incidents"):
            if k not in truth:
                err(name, "truth missing %s" % k)

        def check(incs, label_of, tag):
            labels = set()
            for inc in incs:
                for k in ("label", "type", "description", "sufficient_evidence_key"):
                    if k not in inc:
                        err(name, "%s incident missing %s" % (tag, k))
                if inc.get("type") not in TYPES:
                    err(name, "%s type %r" % (tag, inc.get("type")))
                labels.add(inc["label"])
                sk = inc.get("sufficient_evidence_key")
                if sk not in first:
                    err(name, "%s opening key %s not an item" % (tag, sk))
                elif label_of(first[sk]) != inc["label"]:
                    err(name, "%s opening key %s is not labelled %s" % (tag, sk, inc["label"]))
            used = {label_of(x) for x in first.values()} - {None}
            if used - labels:
                err(name, "%s labels without incident: %s" % (tag, sorted(used - labels)))
            if labels - used:
                err(name, "%s incidents without items: %s" % (tag, sorted(labels - used)))

        check(truth.get("incidents", []), lambda x: x["truth"], "truth")
        has_alt = any("truth_alt" in x for x in first.values())
        if "alternative_reading" in truth:
            ar = truth["alternative_reading"]
            if not ar.get("why"):
                err(name, "alternative_reading without why")
            check(ar.get("incidents", []), lambda x: x["truth_alt"] if "truth_alt" in x else x["truth"], "alt")
        elif has_alt:
            err(name, "truth_alt without alternative_reading")
    if errors:
        print("\n".join(errors))
        print("%d problems" % len(errors))
        sys.exit(1)
    print("ok: %d situations, %d keys" % (len(files), len(all_keys)))


if __name__ == "__main__":
    main()
