"""Validate situations 291-302: parsing, keys, duplicates, labels, sensors, arrival order."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")
FIRST, LAST = 291, 302

FEEDS = {  # feed: (kind, agencies, needs sensor, sensor kind)
    "rule": ("alert", {"disaster", "traffic", "police"}, True, None),
    "fire_alarm": ("event", {"disaster"}, True, "fire_alarm"),
    "signal": ("event", {"traffic"}, True, "signal"),
    "parking": ("event", {"traffic"}, True, "parking"),
    "incident": ("event", {"police"}, False, None),
    "cctv": ("event", {"police", "traffic"}, True, "cctv"),
    "1999": ("event", {"citizen"}, False, None),
    "status": ("event", {"disaster", "traffic", "police"}, True, None),
    "119": ("event", {"fire"}, False, None),
    "planned_event": ("event", {"police"}, False, None),
}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}


def ts(s):
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s), s
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1])
            for ft in data["features"]}


def check(path, sensors, errors):
    base = os.path.basename(path)[:-len(".jsonl")]
    def err(msg):
        errors.append(f"{base}: {msg}")
    m = re.fullmatch(r"(\d{3})_[a-z0-9_]+", base)
    if not m or not FIRST <= int(m.group(1)) <= LAST:
        err("bad file name")
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}: {e}")
                return
    if not 15 <= len(items) <= 120:
        err(f"{len(items)} items (want 15-120)")
    first = {}
    prev = None
    for n, it in enumerate(items, 1):
        missing = [k for k in REQUIRED if k not in it]
        extra = [k for k in it if k not in ALLOWED]
        if missing or extra:
            err(f"line {n}: missing {missing} extra {extra}")
            continue
        arr = ts(it["arrival"])
        obs = ts(it["observed"])
        if prev and arr < prev:
            err(f"line {n}: arrival out of order")
        prev = arr
        k = it["key"]
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(f"line {n}: key {k} repeated with different fields")
            if ts(first[k]["arrival"]) > arr:
                err(f"line {n}: duplicate arrives before first delivery")
            continue
        first[k] = it
        feed = it["feed"]
        if feed not in FEEDS:
            err(f"{k}: unknown feed {feed}")
            continue
        kind, agencies, needs_sensor, skind = FEEDS[feed]
        if it["kind"] != kind:
            err(f"{k}: kind {it['kind']} for feed {feed}")
        if it["agency"] not in agencies:
            err(f"{k}: agency {it['agency']} for feed {feed}")
        if it["category"] not in CATEGORIES[feed]:
            err(f"{k}: category {it['category']} not in vocabulary for {feed}")
        if it["severity"] not in SEVERITIES:
            err(f"{k}: severity {it['severity']}")
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            err(f"{k}: severity must be Unknown for {feed}")
        if not (120.60 <= it["lon"] <= 120.72 and 24.15 <= it["lat"] <= 24.23):
            err(f"{k}: position outside the study box")
        if needs_sensor:
            sid = it.get("sensor_id")
            if sid not in sensors:
                err(f"{k}: sensor {sid} not registered")
            else:
                sk, sa, lon, lat = sensors[sid]
                if (it["lon"], it["lat"]) != (lon, lat):
                    err(f"{k}: position differs from registered position of {sid}")
                if feed in ("rule", "status") and it["agency"] != sa:
                    err(f"{k}: agency {it['agency']} but sensor agency {sa}")
                want = skind or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
                if want and sk != want:
                    err(f"{k}: sensor {sid} is {sk}, not {want}")
        elif "sensor_id" in it:
            err(f"{k}: sensor_id on a non-sensor feed")
        if ("confidence" in it) != (feed == "cctv"):
            err(f"{k}: confidence only and always on cctv")
        elif feed == "cctv" and not 0 <= it["confidence"] <= 1:
            err(f"{k}: confidence out of range")
        cat = it["category"]
        if feed == "rule" and cat in LEVELS:
            if LEVELS[cat].get(it.get("level")) != it["severity"]:
                err(f"{k}: level {it.get('level')} / severity {it['severity']} inconsistent")
        elif "level" in it:
            err(f"{k}: level on a non-level item")
        if ("ends" in it) != (feed == "planned_event"):
            err(f"{k}: ends only and always on planned_event")
        elif feed == "planned_event":
            if ts(it["ends"]) <= obs:
                err(f"{k}: ends before start")
        elif (obs - arr).total_seconds() > 300:
            err(f"{k}: observed more than 300 s after arrival")
        if not isinstance(it["text"], str) or not it["text"]:
            err(f"{k}: empty text")
    # follows
    for k, it in first.items():
        if "follows" in it:
            f = it["follows"]
            if f == k or f not in first:
                err(f"{k}: follows unknown key {f}")
            elif first[f]["feed"] != it["feed"]:
                err(f"{k}: follows an item of another feed")
    # truth
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(f"truth file: {e}")
        return
    if truth.get("situation") != base:
        err("truth situation name differs from file name")
    for need in ("description", "incidents"):
        if need not in truth:
            err(f"truth: missing {need}")
    extra = set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}
    if extra:
        err(f"truth: unknown keys {extra}")

    def check_reading(name, incidents, label_of):
        labels = [i["label"] for i in incidents]
        if len(labels) != len(set(labels)):
            err(f"{name}: duplicate labels")
        used = {label_of(it) for it in first.values()} - {None}
        if used - set(labels):
            err(f"{name}: labels without incident {sorted(used - set(labels))}")
        for inc in incidents:
            if set(inc) != {"label", "type", "description", "sufficient_evidence_key"}:
                err(f"{name}: incident fields {sorted(inc)}")
            if inc["type"] not in TYPES:
                err(f"{name}: type {inc['type']}")
            if inc["label"] not in used:
                err(f"{name}: incident {inc['label']} has no item")
            key = inc["sufficient_evidence_key"]
            if key not in first:
                err(f"{name}: sufficient key {key} not found")
            elif label_of(first[key]) != inc["label"]:
                err(f"{name}: sufficient key {key} labelled {label_of(first[key])}, not {inc['label']}")

    check_reading("truth", truth.get("incidents", []), lambda it: it["truth"])
    has_alt = any("truth_alt" in it for it in first.values())
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        err("truth_alt present but no alternative_reading")
    if alt:
        if set(alt) != {"why", "incidents"}:
            err(f"alternative_reading fields {sorted(alt)}")
        if not has_alt:
            err("alternative_reading without any truth_alt")
        check_reading("alternative", alt.get("incidents", []), lambda it: it.get("truth_alt", it["truth"]))
    return len(items)


def main():
    sensors = load_sensors()
    errors = []
    paths = sorted(p for p in glob.glob(os.path.join(DATA, "[0-9][0-9][0-9]_*.jsonl"))
                   if FIRST <= int(os.path.basename(p)[:3]) <= LAST)  # the folder holds other authors' sets
    nums = sorted(int(os.path.basename(p)[:3]) for p in paths)
    if nums != list(range(FIRST, LAST + 1)):
        errors.append(f"situations found {nums}, want {FIRST}..{LAST}")
    total = 0
    for p in paths:
        total += check(p, sensors, errors) or 0
    truths = sorted(p for p in glob.glob(os.path.join(DATA, "[0-9][0-9][0-9]_*.truth.json"))
                    if FIRST <= int(os.path.basename(p)[:3]) <= LAST)  # the folder holds other authors' sets
    for p in truths:
        if not os.path.exists(p[:-len(".truth.json")] + ".jsonl"):
            errors.append(f"{p}: truth without data")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"ok: {len(paths)} situations, {total} item lines")


if __name__ == "__main__":
    main()
