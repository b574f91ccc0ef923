"""Validate situations 1851-1862 only."""
import glob
import json
import os
import sys

from lib import OUT, SENSORS, sensor_pos

NUMS = range(1851, 1863)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full", "closed", "empty"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "medical", "missing_person", "evacuation", "hazmat_report", "other", "wrong_way_driver"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "missing_person", "rescue", "power_outage",
             "traffic_signal", "fallen_object", "water_outage", "evacuation", "環境公害", "環境清潔", "動物救援", "公園路樹"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id", "text",
          "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF = {"rule": None, "fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "status": None, "cctv": "cctv"}
errors = []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


def check(num):
    files = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(files) != 1:
        err(str(num), f"expected one jsonl, found {len(files)}")
        return
    jf = files[0]
    tf = jf[:-6] + ".truth.json"
    truth = json.load(open(tf, encoding="utf-8"))
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        if inc["type"] not in TYPES:
            err(tf, f"type {inc['type']}")
    items, seen, prev = [], {}, ""
    for n, line in enumerate(open(jf, encoding="utf-8"), 1):
        it = json.loads(line)
        items.append(it)
        k = it["key"]
        if set(it) - FIELDS:
            err(jf, f"{n}: unknown fields {set(it) - FIELDS}")
        if it["arrival"] < prev:
            err(jf, f"{n}: arrival order")
        prev = it["arrival"]
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(jf, f"{n}: duplicate {k} differs")
            continue
        seen[k] = it
        f = it["feed"]
        if f not in FEEDS or it["agency"] not in AGENCIES or it["severity"] not in SEV:
            err(jf, f"{n}: feed/agency/severity")
        if it["kind"] != ("alert" if f == "rule" else "event"):
            err(jf, f"{n}: kind")
        if it["category"] not in CATS[f]:
            err(jf, f"{n}: category {f}/{it['category']}")
        if f in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(jf, f"{n}: sensor {sid}")
            else:
                p = sensor_pos(sid)
                if abs(p[0] - it["lon"]) > 1e-9 or abs(p[1] - it["lat"]) > 1e-9:
                    err(jf, f"{n}: sensor position")
                if KIND_OF[f] and SENSORS[sid]["properties"]["kind"] != KIND_OF[f]:
                    err(jf, f"{n}: sensor kind")
                if f in ("rule", "status") and it["agency"] != SENSORS[sid]["properties"]["agency"]:
                    err(jf, f"{n}: agency of sensor")
        elif "sensor_id" in it:
            err(jf, f"{n}: sensor_id on {f}")
        if f in {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"} and it["severity"] != "Unknown":
            err(jf, f"{n}: severity must be Unknown")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(jf, f"{n}: position")
        if "confidence" in it and (f != "cctv" or not 0 <= it["confidence"] <= 1):
            err(jf, f"{n}: confidence")
        if f == "cctv" and "confidence" not in it:
            err(jf, f"{n}: cctv without confidence")
        if "reason" in it and (f != "status" or it["category"] != "offline" or it["reason"] not in
                               {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}):
            err(jf, f"{n}: reason")
        if "status" in it and (f != "119" or it["status"] not in {"dispatched", "on_scene", "returning", "closed"}):
            err(jf, f"{n}: status")
        if ("radius_m" in it or "permit_status" in it or "ends" in it) and f != "planned_event":
            err(jf, f"{n}: permit fields")
        if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
            err(jf, f"{n}: radius")
        if not it.get("text"):
            err(jf, f"{n}: text")
        if it["truth"] is not None and it["truth"] not in labels:
            err(jf, f"{n}: truth {it['truth']}")
        la = it.get("truth_alt", it["truth"])
        if la is not None and la not in alt_labels:
            err(jf, f"{n}: truth_alt {la}")
        if "truth_alt" in it and not alt:
            err(jf, f"{n}: truth_alt without alternative_reading")
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            err(jf, f"follows {it['follows']}")
    if not 20 <= len(items) <= 150:
        err(jf, f"{len(items)} items")
    for inc in truth["incidents"]:
        k = inc["sufficient_evidence_key"]
        if k not in seen or seen[k]["truth"] != inc["label"]:
            err(tf, f"sufficient_evidence_key {k} of {inc['label']}")
        if not any(i["truth"] == inc["label"] for i in items):
            err(tf, f"{inc['label']} has no items")
    if alt:
        for inc in alt["incidents"]:
            k = inc["sufficient_evidence_key"]
            if k not in seen or seen[k].get("truth_alt", seen[k]["truth"]) != inc["label"]:
                err(tf, f"alt sufficient_evidence_key {k} of {inc['label']}")
        for lab in alt_labels:
            if not any(i.get("truth_alt", i["truth"]) == lab for i in items):
                err(tf, f"alt {lab} has no items")


for num in NUMS:
    check(num)
print("\n".join(errors) if errors else "1851-1862: all valid")
sys.exit(1 if errors else 0)
