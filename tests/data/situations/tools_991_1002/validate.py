#!/usr/bin/env python3
"""Validate situations 991-1002 only (standard library). Exit 1 on any problem."""
import datetime as dt
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DIR = os.path.normpath(os.path.join(HERE, ".."))
NUMS = range(991, 1003)

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
    "incident": {"traffic_accident", "accident", "injury_accident", "stalled_vehicle", "fallen_object", "wrong_way_driver",
                 "fire_report", "hazmat_report", "flooding_report", "road_closure", "road_collapse", "crowd_control",
                 "traffic_signal_fault", "theft", "public_disturbance", "medical", "missing_person", "other"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "gas_odor",
             "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage", "missing_person",
             "fallen_object", "rescue", "power_outage", "streetlight", "環境公害", "環境清潔", "動物救援", "公園路樹", "other"},
}
SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
STATUS_119 = {"dispatched", "on_scene", "returning", "closed"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
          "text", "confidence", "reason", "status", "level", "follows", "ends", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(num, errs):
    files = glob.glob(os.path.join(DIR, f"{num}_*.jsonl"))
    if len(files) != 1:
        errs.append(f"{num}: expected one .jsonl, found {len(files)}")
        return 0
    path = files[0]
    name = os.path.basename(path)[:-6]
    tpath = os.path.join(DIR, name + ".truth.json")
    E = lambda m: errs.append(f"{name}: {m}")
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        E(f"truth does not parse: {e}")
        return 0
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            E(f"line {n} does not parse: {e}")
    if not 5 <= len(items) <= 80:
        E(f"{len(items)} items, outside 5-80")
    if truth.get("situation") != name:
        E("truth situation name differs from the file name")
    main = {i["label"]: i for i in truth["incidents"]}
    alt = {i["label"]: i for i in truth.get("alternative_reading", {}).get("incidents", [])} if "alternative_reading" in truth else None
    for inc in list(main.values()) + list((alt or {}).values()):
        if inc.get("type") not in TYPES:
            E(f"incident {inc.get('label')} has type {inc.get('type')}")
        for f in ("label", "type", "description", "sufficient_evidence_key"):
            if f not in inc:
                E(f"incident {inc.get('label')} lacks {f}")
    byKey, prev = {}, None
    for n, it in enumerate(items, 1):
        where = f"line {n} ({it.get('key')})"
        extra = set(it) - FIELDS
        if extra:
            E(f"{where}: unknown fields {sorted(extra)}")
        miss = REQUIRED - set(it)
        if miss:
            E(f"{where}: missing {sorted(miss)}")
            continue
        feed = it["feed"]
        if feed not in FEEDS:
            E(f"{where}: feed {feed}")
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            E(f"{where}: kind {it['kind']}")
        if it["agency"] not in AGENCIES:
            E(f"{where}: agency {it['agency']}")
        if it["category"] not in CATS[feed]:
            E(f"{where}: category {it['category']} not allowed in {feed}")
        if it["severity"] not in SEVERITIES:
            E(f"{where}: severity {it['severity']}")
        if feed not in ("incident", "rule") and it["severity"] != "Unknown":
            E(f"{where}: severity should be Unknown for {feed}")
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            E(f"{where}: position outside Taiwan")
        if "status" in it and feed not in ("119", "1999"):
            E(f"{where}: status on a {feed} item")
        if feed == "119" and "status" in it and it["status"] not in STATUS_119:
            E(f"{where}: 119 status {it['status']}")
        if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
            E(f"{where}: reason {it['reason']} not allowed here")
        if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
            E(f"{where}: confidence")
        if feed == "cctv" and "confidence" not in it:
            E(f"{where}: cctv without confidence")
        if "ends" in it and feed != "planned_event":
            E(f"{where}: ends on a {feed} item")
        if feed == "planned_event" and ("ends" not in it or ts(it["ends"]) <= ts(it["observed"])):
            E(f"{where}: planned event needs ends after start")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            f = SENSORS.get(sid)
            if f is None:
                E(f"{where}: unknown sensor {sid}")
            else:
                if [it["lon"], it["lat"]] != list(f["geometry"]["coordinates"]):
                    E(f"{where}: {sid} not at its registered position")
                kind = f["properties"]["kind"]
                if feed in SENSOR_KIND and kind != SENSOR_KIND[feed]:
                    E(f"{where}: {sid} is a {kind}, not a {feed}")
                if feed == "rule" and it["category"] == "congestion" and kind != "vd":
                    E(f"{where}: congestion from a non-VD {sid}")
                if feed in ("rule", "status") and it["agency"] != f["properties"]["agency"]:
                    E(f"{where}: agency differs from the sensor's")
        elif "sensor_id" in it:
            E(f"{where}: sensor_id on a {feed} item")
        a = ts(it["arrival"])
        if prev and a < prev:
            E(f"{where}: arrival goes back in time")
        prev = a
        if feed != "planned_event" and ts(it["observed"]) > a:
            E(f"{where}: observed after arrival")
        if it["key"] in byKey:
            first = byKey[it["key"]]
            if {k: v for k, v in first.items() if k != "arrival"} != {k: v for k, v in it.items() if k != "arrival"}:
                E(f"{where}: duplicate key with different content")
        else:
            byKey[it["key"]] = it
        if it["truth"] is not None and it["truth"] not in main:
            E(f"{where}: truth label {it['truth']} not in the truth file")
        if "truth_alt" in it:
            if alt is None:
                E(f"{where}: truth_alt without an alternative reading")
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt:
                E(f"{where}: truth_alt {it['truth_alt']} not in the alternative reading")
            if it["truth_alt"] == it["truth"]:
                E(f"{where}: truth_alt equals truth")
    for it in byKey.values():
        if "follows" in it:
            if it["follows"] not in byKey:
                E(f"{it['key']}: follows unknown key {it['follows']}")
            if it["follows"] == it["key"]:
                E(f"{it['key']}: follows itself")
    used = {i["truth"] for i in byKey.values()} - {None}
    for lab, inc in main.items():
        if lab not in used:
            E(f"incident {lab} has no item")
        k = inc["sufficient_evidence_key"]
        if k not in byKey or byKey[k]["truth"] != lab:
            E(f"incident {lab}: sufficient_evidence_key {k} is not one of its items")
    if alt is not None:
        alt_used = {i.get("truth_alt", i["truth"]) for i in byKey.values()} - {None}
        if alt_used != set(alt):
            E(f"alternative reading incidents {sorted(alt)} differ from labels used {sorted(alt_used)}")
        for lab, inc in alt.items():
            k = inc["sufficient_evidence_key"]
            if k not in byKey or byKey[k].get("truth_alt", byKey[k]["truth"]) != lab:
                E(f"alt incident {lab}: sufficient_evidence_key {k} is not one of its items")
        if not truth["alternative_reading"].get("why"):
            E("alternative reading without why")
    return len(items)


def main():
    errs, total = [], 0
    for num in NUMS:
        total += check(num, errs)
    for e in errs:
        print("ERROR", e)
    print(f"{len(list(NUMS))} situations, {total} lines, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
