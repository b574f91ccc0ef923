#!/usr/bin/env python3
"""Validate situations 951-962 only (standard library). Exit 1 on any problem."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DIR = os.path.normpath(os.path.join(HERE, ".."))
NUMS = range(951, 963)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "status": {"online", "offline"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "incident": {"traffic_accident", "accident", "injury_accident", "stalled_vehicle", "fallen_object", "wrong_way_driver",
                 "fire_report", "hazmat_report", "flooding_report", "road_closure", "road_collapse", "crowd_control",
                 "traffic_signal_fault", "theft", "public_disturbance", "medical", "missing_person", "other"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "gas_odor",
             "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage", "missing_person", "fallen_object",
             "rescue", "power_outage", "streetlight", "環境公害", "環境清潔", "動物救援", "公園路樹", "other"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id", "text",
          "confidence", "reason", "status", "level", "follows", "ends", "truth", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1])
            for ft in d["features"]}


def check(path, reg):
    errs = []
    base = os.path.basename(path)[:-len(".jsonl")]
    tpath = os.path.join(DIR, base + ".truth.json")
    if not os.path.exists(tpath):
        return [f"{base}: no truth file"]
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as ex:  # noqa: BLE001
        return [f"{tpath}: {ex}"]
    labels = {i["label"] for i in truth.get("incidents", [])}
    for i in truth.get("incidents", []):
        if i.get("type") not in TYPES:
            errs.append(f"{base}: incident {i.get('label')} type {i.get('type')}")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else None
    if alt:
        if not alt.get("why"):
            errs.append(f"{base}: alternative without why")
        for i in alt["incidents"]:
            if i.get("type") not in TYPES:
                errs.append(f"{base}: alt incident {i.get('label')} type {i.get('type')}")
    seen = {}
    order = []
    prev_arr = ""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{base}:{n}"
            try:
                it = json.loads(line)
            except Exception as ex:  # noqa: BLE001
                errs.append(f"{where}: bad json {ex}")
                continue
            extra = set(it) - FIELDS
            if extra:
                errs.append(f"{where}: unknown fields {sorted(extra)}")
            for req in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"):
                if req not in it:
                    errs.append(f"{where}: missing {req}")
            k = it.get("key")
            if k in seen:
                a = {x: y for x, y in seen[k].items() if x != "arrival"}
                b = {x: y for x, y in it.items() if x != "arrival"}
                if a != b:
                    errs.append(f"{where}: duplicate key {k} with different fields")
            else:
                seen[k] = it
                order.append(k)
            feed = it.get("feed")
            if feed not in FEEDS:
                errs.append(f"{where}: feed {feed}")
                continue
            if it.get("kind") != ("alert" if feed == "rule" else "event"):
                errs.append(f"{where}: kind {it.get('kind')}")
            if it.get("agency") not in AGENCIES:
                errs.append(f"{where}: agency {it.get('agency')}")
            if it.get("category") not in CATS[feed]:
                errs.append(f"{where}: category {it.get('category')} not allowed on {feed}")
            if it.get("severity") not in SEVERITIES:
                errs.append(f"{where}: severity {it.get('severity')}")
            for tf in ("observed", "arrival", "ends"):
                if tf in it and not TS.match(str(it[tf])):
                    errs.append(f"{where}: {tf} not ISO UTC")
            if it.get("arrival", "") < prev_arr:
                errs.append(f"{where}: arrival goes back ({it.get('arrival')} < {prev_arr})")
            prev_arr = max(prev_arr, it.get("arrival", ""))
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in reg:
                    errs.append(f"{where}: sensor {sid} not registered")
                else:
                    kind, agency, lon, lat = reg[sid]
                    if abs(it["lon"] - lon) > 1e-9 or abs(it["lat"] - lat) > 1e-9:
                        errs.append(f"{where}: {sid} not at its registered position")
                    if feed in FEED_KIND and kind != FEED_KIND[feed]:
                        errs.append(f"{where}: {sid} is {kind}, not {feed}")
                    if feed in ("rule", "status") and it.get("agency") != agency:
                        errs.append(f"{where}: agency {it.get('agency')} != sensor's {agency}")
            elif "sensor_id" in it:
                errs.append(f"{where}: sensor_id on feed {feed}")
            if "reason" in it and not (feed == "status" and it.get("category") == "offline" and it["reason"] in REASONS):
                errs.append(f"{where}: bad reason {it['reason']}")
            if "status" in it and not (feed == "119" and it["status"] in STATUSES):
                errs.append(f"{where}: bad status {it['status']}")
            if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
                errs.append(f"{where}: bad confidence")
            if feed == "cctv" and "confidence" not in it:
                errs.append(f"{where}: cctv without confidence")
            if "ends" in it and (feed != "planned_event" or it["ends"] <= it["observed"]):
                errs.append(f"{where}: bad ends")
            if not (118 <= it.get("lon", 0) <= 123 and 21 <= it.get("lat", 0) <= 27):
                errs.append(f"{where}: outside Taiwan")
            t = it.get("truth")
            if t is not None and t not in labels:
                errs.append(f"{where}: truth {t} not in incidents")
            if "truth_alt" in it:
                if alt is None:
                    errs.append(f"{where}: truth_alt without alternative_reading")
                elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                    errs.append(f"{where}: truth_alt {it['truth_alt']} not in alt incidents")
    keys = set(seen)
    for k in order:
        fo = seen[k].get("follows")
        if fo is not None and (fo not in keys or fo == k):
            errs.append(f"{base}: {k} follows unknown key {fo}")
    used = {it["truth"] for it in seen.values()}
    for i in truth["incidents"]:
        if i["label"] not in used:
            errs.append(f"{base}: incident {i['label']} has no item")
        sk = i.get("sufficient_evidence_key")
        if sk not in seen or seen[sk]["truth"] != i["label"]:
            errs.append(f"{base}: sufficient key {sk} not an item of {i['label']}")
    if alt:
        used_alt = {it.get("truth_alt", it["truth"]) for it in seen.values()}
        for i in alt["incidents"]:
            if i["label"] not in used_alt:
                errs.append(f"{base}: alt incident {i['label']} has no item")
            sk = i.get("sufficient_evidence_key")
            if sk not in seen or seen[sk].get("truth_alt", seen[sk]["truth"]) != i["label"]:
                errs.append(f"{base}: alt sufficient key {sk} not an item of {i['label']}")
    if not (5 <= len(keys) <= 80):
        errs.append(f"{base}: {len(keys)} keys, outside 5-80")
    return errs


def main():
    reg = sensors()
    files = []
    for n in NUMS:
        got = sorted(glob.glob(os.path.join(DIR, f"{n}_*.jsonl")))
        if len(got) != 1:
            print(f"situation {n}: {len(got)} files")
            sys.exit(1)
        files += got
    errs = []
    for p in files:
        errs += check(p, reg)
    for e in errs:
        print(e)
    print(f"{len(files)} situations checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
