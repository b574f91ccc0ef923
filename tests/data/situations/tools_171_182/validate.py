#!/usr/bin/env python3
"""Validate situations 171-182 in the tools folder's parent (stdlib only).
Checks: every line parses; required keys and enums; sensor ids exist in
geo/sensors.geojson with their registered positions (sensor items); arrival
order; duplicates repeat every field but `arrival`; `follows` points into the
file; labels match the truth file under both readings; 15-80 lines."""
import glob
import json
import os
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
            "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FIXED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police",
                "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def main():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        sensors = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
    errors = []
    files = sorted(glob.glob(os.path.join(OUT, "1[78][0-9]_*.jsonl")))
    files = [p for p in files if 171 <= int(os.path.basename(p)[:3]) <= 182]
    if len(files) != 12:
        errors.append("expected 12 situation files, found %d" % len(files))
    for path in files:
        stem = os.path.basename(path)[:-6]
        err = lambda m: errors.append("%s: %s" % (stem, m))
        items, first = [], {}
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] != "":
            err("file does not end with a newline")
        lines = [l for l in lines if l != ""]
        if not 15 <= len(lines) <= 80:
            err("%d lines (want 15-80)" % len(lines))
        prev = None
        for n, line in enumerate(lines, 1):
            try:
                it = json.loads(line)
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
                continue
            items.append(it)
            for k in REQUIRED:
                if k not in it:
                    err("line %d missing %s" % (n, k))
            extra = set(it) - set(REQUIRED) - OPTIONAL
            if extra:
                err("line %d unknown fields %s" % (n, sorted(extra)))
            key = it.get("key")
            feed = it.get("feed")
            if feed not in FEEDS:
                err("line %d bad feed %r" % (n, feed))
            if it.get("kind") != ("alert" if feed == "rule" else "event"):
                err("line %d kind %r does not fit feed %r" % (n, it.get("kind"), feed))
            if it.get("agency") not in AGENCIES:
                err("line %d bad agency" % n)
            if feed in FIXED_AGENCY and it.get("agency") != FIXED_AGENCY[feed]:
                err("line %d agency %r for feed %s" % (n, it.get("agency"), feed))
            if it.get("severity") not in SEVERITIES:
                err("line %d bad severity" % n)
            if feed in UNKNOWN_SEV_FEEDS and it.get("severity") != "Unknown":
                err("line %d severity must be Unknown for feed %s" % (n, feed))
            try:
                obs, arr = ts(it["observed"]), ts(it["arrival"])
                if "ends" in it:
                    ts(it["ends"])
            except (KeyError, ValueError) as e:
                err("line %d bad timestamp %s" % (n, e))
                continue
            if prev is not None and arr < prev:
                err("line %d arrival %s before previous line" % (n, it["arrival"]))
            prev = arr
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in sensors:
                    err("line %d sensor_id %r not registered" % (n, sid))
                else:
                    ft = sensors[sid]
                    lon, lat = ft["geometry"]["coordinates"]
                    if (it["lon"], it["lat"]) != (lon, lat):
                        err("line %d %s position %s,%s != registered %s,%s" % (n, sid, it["lon"], it["lat"], lon, lat))
                    if it["agency"] != ft["properties"]["agency"]:
                        err("line %d %s agency %s != registered %s" % (n, sid, it["agency"], ft["properties"]["agency"]))
                    if feed in FEED_KIND and ft["properties"]["kind"] != FEED_KIND[feed]:
                        err("line %d %s is a %s, not a %s" % (n, sid, ft["properties"]["kind"], feed))
            elif "sensor_id" in it:
                err("line %d sensor_id on a non-sensor feed" % n)
            if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
                err("line %d bad confidence" % n)
            if feed == "cctv" and "confidence" not in it:
                err("line %d cctv without confidence" % n)
            if "level" in it and it["level"] not in LEVELS:
                err("line %d bad level %r" % (n, it["level"]))
            if feed == "rule" and it.get("category") in ("flood_depth", "water_level", "heavy_rain") and "level" not in it:
                err("line %d %s without level" % (n, it["category"]))
            if "ends" in it and feed != "planned_event":
                err("line %d ends on a non-permit" % n)
            if feed == "planned_event" and "ends" not in it:
                err("line %d permit without ends" % n)
            if key in first:
                a = dict(first[key]); b = dict(it)
                a.pop("arrival"); b.pop("arrival")
                if a != b:
                    err("line %d duplicate of %s differs beyond arrival" % (n, key))
            else:
                first[key] = it
        for it in items:
            if "follows" in it and it["follows"] not in first:
                err("%s follows unknown key %s" % (it["key"], it["follows"]))
        # truth
        tpath = path[:-6] + ".truth.json"
        try:
            with open(tpath, encoding="utf-8") as f:
                truth = json.load(f)
        except (OSError, ValueError) as e:
            err("truth file: %s" % e)
            continue
        if truth.get("situation") != stem:
            err("truth situation %r != %s" % (truth.get("situation"), stem))
        for k in ("description", "incidents"):
            if k not in truth:
                err("truth missing %s" % k)

        def check(incidents, labeller, reading):
            labels = [i["label"] for i in incidents]
            if len(set(labels)) != len(labels):
                err("%s: duplicate incident labels" % reading)
            used = {labeller(it) for it in first.values()} - {None}
            if used != set(labels):
                err("%s: item labels %s != incidents %s" % (reading, sorted(used), sorted(labels)))
            for inc in incidents:
                for k in ("label", "type", "description", "sufficient_evidence_key"):
                    if k not in inc:
                        err("%s: incident missing %s" % (reading, k))
                sk = inc.get("sufficient_evidence_key")
                if sk not in first:
                    err("%s: %s sufficient key %s not in file" % (reading, inc.get("label"), sk))
                elif labeller(first[sk]) != inc["label"]:
                    err("%s: %s sufficient key %s is labelled %r" % (reading, inc["label"], sk, labeller(first[sk])))

        check(truth.get("incidents", []), lambda it: it["truth"], "truth")
        has_alt = any("truth_alt" in it for it in first.values())
        if "alternative_reading" in truth:
            ar = truth["alternative_reading"]
            if "why" not in ar or "incidents" not in ar:
                err("alternative_reading needs why and incidents")
            check(ar.get("incidents", []), lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alt")
        elif has_alt:
            err("truth_alt used but no alternative_reading")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d situations valid" % len(files))


if __name__ == "__main__":
    main()
