"""Validate situations 2091-2102 (only this set's own files)."""
import glob
import json
import os
import sys

from lib import OUT, SENSORS

FIRST, LAST = 2091, 2102
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat", "planned_event"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "road_collapse", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "evacuation", "missing_person", "medical", "hazmat_report", "wrong_way_driver", "other"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise", "illegal_parking",
             "crowding", "blocked_drain", "other", "power_outage", "traffic_signal", "gas_odor", "water_outage", "evacuation",
             "missing_person", "fallen_object", "rescue", "環境公害", "環境清潔", "動物救援", "公園路樹"},
}
SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FIXED_AGENCY = {"incident": "police", "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police",
                "signal": "traffic", "parking": "traffic", "fire_alarm": "disaster"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                           "permit_status", "gateway", "truth_alt"}
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(stem, all_keys):
    path = os.path.join(OUT, stem + ".jsonl")
    tpath = os.path.join(OUT, stem + ".truth.json")
    num = stem.split("_", 1)[0]
    items, first = [], {}
    prev_arr = ""
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            w = f"{stem}.jsonl:{ln}"
            try:
                it = json.loads(line)
            except ValueError as e:
                err(w, f"bad json {e}")
                continue
            for k in REQUIRED:
                if k not in it:
                    err(w, f"missing {k}")
            for k in it:
                if k not in ALLOWED:
                    err(w, f"unknown field {k}")
            items.append(it)
            key = it.get("key", "")
            if not key.startswith(num + "-"):
                err(w, f"key {key} does not start with {num}-")
            feed = it.get("feed")
            if feed not in FEEDS:
                err(w, f"feed {feed}")
                continue
            if it["kind"] != ("alert" if feed == "rule" else "event"):
                err(w, "kind")
            if it["category"] not in CATS[feed]:
                err(w, f"category {it['category']} for {feed}")
            if it["severity"] not in SEVERITIES:
                err(w, "severity")
            if feed not in ("rule", "incident") and it["severity"] != "Unknown" and feed != "119":
                err(w, "severity should be Unknown")
            if it["agency"] not in AGENCIES:
                err(w, "agency")
            if feed in FIXED_AGENCY and it["agency"] != FIXED_AGENCY[feed]:
                err(w, f"agency {it['agency']} for {feed}")
            if it["arrival"] < prev_arr:
                err(w, "arrival order")
            prev_arr = it["arrival"]
            for k in ("observed", "arrival"):
                v = it.get(k, "")
                if not (len(v) == 20 and v.endswith("Z") and v[10] == "T"):
                    err(w, f"{k} format {v}")
            if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
                err(w, "position outside Taiwan")
            if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
                sid = it.get("sensor_id")
                s = SENSORS.get(sid)
                if not s:
                    err(w, f"unregistered sensor {sid}")
                else:
                    if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                        err(w, f"position of {sid} not its registered one")
                    if feed in SENSOR_KIND and s["kind"] != SENSOR_KIND[feed]:
                        err(w, f"{sid} is a {s['kind']}, not {feed}")
                    if feed in ("rule", "status") and it["agency"] != s["agency"]:
                        err(w, f"agency of {sid} is {s['agency']}")
            elif "sensor_id" in it:
                err(w, "sensor_id on a non-sensor feed")
            cat = it["category"]
            if feed == "rule" and cat in LEVELS:
                if it.get("level") not in LEVELS[cat]:
                    err(w, "level")
            elif "level" in it:
                err(w, "level on an item without one")
            if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
                err(w, "reason")
            if "status" in it and not (feed == "119" and it["status"] in STATUSES):
                err(w, "status")
            for k in ("permit_status", "radius_m", "ends"):
                if k in it and feed != "planned_event":
                    err(w, f"{k} on {feed}")
            if "permit_status" in it and it["permit_status"] not in PERMIT:
                err(w, "permit_status")
            if "radius_m" in it and not (1 <= it["radius_m"] <= 5000):
                err(w, "radius_m")
            if feed == "planned_event" and "ends" not in it:
                err(w, "planned_event without ends")
            if "ends" in it and it["ends"] <= it["observed"]:
                err(w, "ends before start")
            if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
                err(w, "confidence")
            if feed == "cctv" and "confidence" not in it:
                err(w, "cctv without confidence")
            if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
                err(w, "gateway")
            if key in first:
                a = {k: v for k, v in first[key].items() if k != "arrival"}
                b = {k: v for k, v in it.items() if k != "arrival"}
                if a != b:
                    err(w, f"duplicate {key} differs")
            else:
                first[key] = it
                if key in all_keys:
                    err(w, f"key {key} used in {all_keys[key]}")
                all_keys[key] = stem
    n = len(first)
    if not 20 <= n <= 150:
        err(stem, f"{n} items (20-150)")
    for it in first.values():
        if "follows" in it and it["follows"] not in first:
            err(stem, f"{it['key']} follows unknown {it['follows']}")
        if it.get("follows") == it["key"]:
            err(stem, f"{it['key']} follows itself")
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tpath, f"missing {k}")
    if truth.get("situation") != stem:
        err(tpath, "situation name")

    def check_reading(incs, label_of, name):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            err(tpath, f"{name}: duplicate labels")
        used = {label_of(i) for i in first.values()} - {None}
        for i in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    err(tpath, f"{name}: incident missing {k}")
            if i.get("type") not in TYPES:
                err(tpath, f"{name}: type {i.get('type')}")
            sk = i.get("sufficient_evidence_key")
            if sk not in first:
                err(tpath, f"{name}: sufficient_evidence_key {sk} unknown")
            elif label_of(first[sk]) != i["label"]:
                err(tpath, f"{name}: sufficient_evidence_key {sk} not labelled {i['label']}")
            if i["label"] not in used:
                err(tpath, f"{name}: incident {i['label']} has no item")
        for u in used - set(labels):
            err(tpath, f"{name}: items labelled {u} but no such incident")

    check_reading(truth["incidents"], lambda i: i["truth"], "truth")
    has_alt = any("truth_alt" in i for i in first.values())
    if "alternative_reading" in truth:
        alt = truth["alternative_reading"]
        if "why" not in alt or "incidents" not in alt:
            err(tpath, "alternative_reading needs why and incidents")
        check_reading(alt["incidents"], lambda i: i.get("truth_alt", i["truth"]) if "truth_alt" in i else i["truth"], "alt")
    elif has_alt:
        err(tpath, "truth_alt without alternative_reading")
    return n, len(items)


def main():
    all_keys = {}
    stems = []
    for p in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))):
        stem = os.path.basename(p)[:-6]
        try:
            num = int(stem.split("_", 1)[0])
        except ValueError:
            continue
        if FIRST <= num <= LAST:
            stems.append(stem)
    nums = sorted(int(s.split("_", 1)[0]) for s in stems)
    if nums != list(range(FIRST, LAST + 1)):
        err("set", f"situations {nums}")
    for stem in stems:
        n, lines = check(stem, all_keys)
        print(f"{stem}: {n} items, {lines} lines")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
