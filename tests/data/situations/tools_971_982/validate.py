#!/usr/bin/env python3
"""Validate situations 971-982 (only these files). Standard library only.

Checks: every file parses; keys unique (a duplicated delivery repeats the same key and every field
except arrival); field values inside the vocabulary; labels in items exist in the truth (and truth_alt
labels in the alternative reading); sufficient_evidence_key exists and carries its incident's label;
sensor ids exist in sensors.geojson with their registered positions and a kind that fits the feed;
arrival order non-decreasing; no observed time later than arrival + 300 s (except permits);
follows point to existing keys. Exit 1 on any problem."""
import glob
import json
import os
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")
NUMBERS = range(971, 983)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "stalled_vehicle", "fallen_object",
                 "wrong_way_driver", "fire_report", "hazmat_report", "flooding_report", "road_closure",
                 "road_collapse", "crowd_control", "traffic_signal_fault", "theft", "public_disturbance",
                 "medical", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "gas_odor",
             "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage", "missing_person",
             "fallen_object", "rescue", "power_outage", "streetlight", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
          "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "truth", "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1])
            for ft in d["features"]}


def check(path, sensors):
    errs = []
    base = os.path.basename(path)[:-len(".jsonl")]
    tpath = os.path.join(DATA, base + ".truth.json")
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"{tpath}: {e}"], None
    if truth.get("situation") != base:
        errs.append(f"{base}: truth 'situation' is {truth.get('situation')!r}")
    labels = {i["label"] for i in truth["incidents"]}
    if len(labels) != len(truth["incidents"]):
        errs.append(f"{base}: duplicate incident labels")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else None
    items, first = [], {}
    prev_arr = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{base}.jsonl:{n}"
            try:
                it = json.loads(line)
            except Exception as e:  # noqa: BLE001
                errs.append(f"{where}: not JSON ({e})")
                continue
            items.append(it)
            for r in REQUIRED:
                if r not in it:
                    errs.append(f"{where}: missing {r}")
            extra = set(it) - FIELDS
            if extra:
                errs.append(f"{where}: unknown fields {sorted(extra)}")
            feed = it.get("feed")
            if feed not in FEEDS:
                errs.append(f"{where}: feed {feed!r}")
                continue
            if it.get("category") not in CATS[feed]:
                errs.append(f"{where}: category {it.get('category')!r} not allowed in feed {feed}")
            if it["kind"] != ("alert" if feed == "rule" else "event"):
                errs.append(f"{where}: kind {it['kind']!r} for feed {feed}")
            if it["severity"] not in SEVERITIES:
                errs.append(f"{where}: severity {it['severity']!r}")
            if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown":
                errs.append(f"{where}: feed {feed} gives no severity, expected Unknown")
            if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
                errs.append(f"{where}: reason {it['reason']!r} not allowed here")
            if "status" in it and not (feed == "119" and it["status"] in STATUSES):
                errs.append(f"{where}: status {it['status']!r} not allowed here")
            if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
                errs.append(f"{where}: confidence misplaced or out of range")
            if feed == "cctv" and "confidence" not in it:
                errs.append(f"{where}: cctv item without confidence")
            if "level" in it and it["level"] not in LEVELS.get(it["category"], ()):
                errs.append(f"{where}: level {it['level']!r} for {it['category']}")
            if "ends" in it and feed != "planned_event":
                errs.append(f"{where}: ends on a non-permit")
            if feed == "planned_event":
                if "ends" not in it or ts(it["ends"]) <= ts(it["observed"]):
                    errs.append(f"{where}: permit needs ends after its start")
            if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
                errs.append(f"{where}: position outside Taiwan's box")
            # agency and sensor
            sid = it.get("sensor_id")
            if feed in SENSOR_FEEDS:
                if sid not in sensors:
                    errs.append(f"{where}: sensor {sid!r} not registered")
                else:
                    kind, agency, lon, lat = sensors[sid]
                    if abs(lon - it["lon"]) > 1e-9 or abs(lat - it["lat"]) > 1e-9:
                        errs.append(f"{where}: sensor {sid} not at its registered position")
                    if feed in FEED_KIND and kind != FEED_KIND[feed]:
                        errs.append(f"{where}: sensor {sid} is a {kind}, not a {feed} device")
                    if feed == "rule" and it["category"] in RULE_KIND and kind not in RULE_KIND[it["category"]]:
                        errs.append(f"{where}: rule {it['category']} raised by a {kind}")
                    if feed in ("rule", "status") and it["agency"] != agency:
                        errs.append(f"{where}: agency {it['agency']} but sensor's agency is {agency}")
            elif sid is not None:
                errs.append(f"{where}: sensor_id on feed {feed}")
            if feed in AGENCY and it["agency"] != AGENCY[feed]:
                errs.append(f"{where}: agency {it['agency']} for feed {feed}")
            # times
            try:
                arr, obs = ts(it["arrival"]), ts(it["observed"])
            except Exception as e:  # noqa: BLE001
                errs.append(f"{where}: bad time ({e})")
                continue
            if prev_arr and arr < prev_arr:
                errs.append(f"{where}: arrival goes back in time")
            prev_arr = arr
            if feed != "planned_event" and obs > arr + timedelta(seconds=300):
                errs.append(f"{where}: observed more than 300 s after arrival (future_timestamp)")
            # labels
            if it["truth"] is not None and it["truth"] not in labels:
                errs.append(f"{where}: truth {it['truth']!r} is no incident")
            if "truth_alt" in it:
                if alt is None:
                    errs.append(f"{where}: truth_alt without alternative_reading")
                elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                    errs.append(f"{where}: truth_alt {it['truth_alt']!r} is no alternative incident")
            # duplicates
            k = it["key"]
            if k in first:
                a = {x: y for x, y in first[k].items() if x != "arrival"}
                b = {x: y for x, y in it.items() if x != "arrival"}
                if a != b:
                    errs.append(f"{where}: key {k} repeated with different fields")
            else:
                first[k] = it
    # follows, sufficient keys
    for it in first.values():
        fl = it.get("follows")
        if fl is not None:
            for x in (fl if isinstance(fl, list) else [fl]):
                if x not in first:
                    errs.append(f"{base}: {it['key']} follows unknown key {x}")
                elif x == it["key"]:
                    errs.append(f"{base}: {it['key']} follows itself")

    def reading(inc_list, label_of, name):
        for inc in inc_list:
            k = inc.get("sufficient_evidence_key")
            if k not in first:
                errs.append(f"{base} ({name}): incident {inc['label']} sufficient key {k!r} missing")
            elif label_of(first[k]) != inc["label"]:
                errs.append(f"{base} ({name}): sufficient key {k} is not labelled {inc['label']}")
            if not any(label_of(i) == inc["label"] for i in first.values()):
                errs.append(f"{base} ({name}): incident {inc['label']} has no items")
    reading(truth["incidents"], lambda i: i["truth"], "truth")
    if alt:
        reading(alt["incidents"], lambda i: i.get("truth_alt", i["truth"]), "alternative")
        if not alt.get("why"):
            errs.append(f"{base}: alternative_reading without why")
    stats = {"lines": len(items), "keys": len(first),
             "noise": sum(1 for i in first.values() if i["truth"] is None),
             "incidents": len(labels), "alt": len(alt_labels) if alt else None}
    return errs, stats


def main():
    sensors = load_sensors()
    files = []
    for n in NUMBERS:
        found = sorted(glob.glob(os.path.join(DATA, f"{n}_*.jsonl")))
        if len(found) != 1:
            print(f"situation {n}: expected one file, found {len(found)}")
            return 1
        files += found
    bad = 0
    for p in files:
        errs, st = check(p, sensors)
        name = os.path.basename(p)
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {name}: {st}")
    print(f"{len(files) - bad}/{len(files)} situations valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
