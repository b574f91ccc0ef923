"""Validate situations 531-542: parse, keys, labels, sensors, order, duplicates, follows, vocabulary."""
import glob
import json
import os
import sys
from datetime import datetime

from lib import GEO, HERE, sensors  # noqa: F401  (GEO read through lib)

OUT = os.path.join(HERE, "..")
VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_ONLY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "planned_event"}
FEED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
          "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"}


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, errs):
    name = os.path.basename(path)[:-len(".jsonl")]
    reg = sensors()
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"{name}:{n}: bad json {e}")
    with open(path[:-len(".jsonl")] + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    e = lambda m: errs.append(f"{name}: {m}")  # noqa: E731
    if truth.get("situation") != name:
        e("truth situation name differs")
    if not 15 <= len(items) <= 80:
        e(f"{len(items)} items, want 15-80")
    labels = {i["label"] for i in truth["incidents"]}
    for inc in truth["incidents"]:
        if inc["type"] not in TYPES:
            e(f"incident type {inc['type']}")
    by_key = {}
    prev = None
    for it in items:
        k = it.get("key")
        miss = REQUIRED - set(it)
        if miss:
            e(f"{k}: missing {miss}")
            continue
        extra = set(it) - FIELDS
        if extra:
            e(f"{k}: unknown fields {extra}")
        if k in by_key:
            a = {x: y for x, y in by_key[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                e(f"{k}: duplicate key that is not a true duplicate")
        else:
            by_key[k] = it
        arr = ts(it["arrival"])
        ts(it["observed"])
        if prev and arr < prev:
            e(f"{k}: out of arrival order")
        prev = arr
        feed = it["feed"]
        if feed not in VOCAB:
            e(f"{k}: feed {feed}")
            continue
        if it["category"] not in VOCAB[feed]:
            e(f"{k}: category {it['category']} not in vocabulary of {feed}")
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            e(f"{k}: kind")
        if it["severity"] not in SEVERITIES:
            e(f"{k}: severity")
        if feed in UNKNOWN_ONLY and it["severity"] != "Unknown":
            e(f"{k}: severity should be Unknown for {feed}")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = reg.get(sid)
            if s is None:
                e(f"{k}: sensor {sid} not registered")
                continue
            want = FEED_KIND.get(feed) or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
            if want and s["kind"] != want:
                e(f"{k}: sensor {sid} is {s['kind']}, feed {feed}/{it['category']} wants {want}")
            if it["agency"] != s["agency"]:
                e(f"{k}: agency {it['agency']} != sensor's {s['agency']}")
            if feed != "cctv" and (abs(it["lon"] - s["lon"]) > 1e-6 or abs(it["lat"] - s["lat"]) > 1e-6):
                e(f"{k}: not at the registered position of {sid}")
            if feed == "cctv" and not 0 <= it.get("confidence", -1) <= 1:
                e(f"{k}: cctv confidence")
        else:
            if "sensor_id" in it:
                e(f"{k}: sensor_id on a non-sensor feed")
            if it["agency"] != FEED_AGENCY[feed]:
                e(f"{k}: agency")
        if feed == "planned_event" and "ends" not in it:
            e(f"{k}: planned event without ends")
        if not (120.60 < it["lon"] < 120.71 and 24.15 < it["lat"] < 24.22):
            e(f"{k}: position outside the study area")
        if it["truth"] is not None and it["truth"] not in labels:
            e(f"{k}: label {it['truth']} not in truth")
    for it in items:
        f = it.get("follows")
        if f is not None and f not in by_key:
            e(f"{it['key']}: follows {f} missing")
        if f == it["key"]:
            e(f"{it['key']}: follows itself")
    used = {it["truth"] for it in items if it["truth"]}
    for inc in truth["incidents"]:
        if inc["label"] not in used:
            e(f"incident {inc['label']} has no item")
        sk = by_key.get(inc["sufficient_evidence_key"])
        if sk is None or sk["truth"] != inc["label"]:
            e(f"incident {inc['label']}: sufficient key {inc['sufficient_evidence_key']} not one of its items")
    has_alt = any("truth_alt" in it for it in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        e("truth_alt used without alternative_reading")
    if alt:
        alabels = {i["label"] for i in alt["incidents"]}
        for inc in alt["incidents"]:
            if inc["type"] not in TYPES:
                e(f"alt incident type {inc['type']}")
        lab = lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"]  # noqa: E731
        for it in items:
            if lab(it) is not None and lab(it) not in alabels:
                e(f"{it['key']}: alt label {lab(it)} not in alternative incidents")
        aused = {lab(it) for it in items if lab(it)}
        for inc in alt["incidents"]:
            if inc["label"] not in aused:
                e(f"alt incident {inc['label']} has no item")
            sk = by_key.get(inc["sufficient_evidence_key"])
            if sk is None or lab(sk) != inc["label"]:
                e(f"alt incident {inc['label']}: sufficient key not one of its items")
    for it in items:
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            e(f"{it['key']}: truth_alt equals truth")
    return len(items), len(truth["incidents"])


def main():
    errs = []
    files = sorted(glob.glob(os.path.join(OUT, "5[34][0-9]_*.jsonl")))
    files = [p for p in files if 531 <= int(os.path.basename(p)[:3]) <= 542]
    if len(files) != 12:
        errs.append(f"{len(files)} situations, want 12")
    for p in files:
        n, k = check(p, errs)
        print(f"{os.path.basename(p)}: {n} items, {k} incidents")
    for m in errs:
        print("ERROR", m)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
