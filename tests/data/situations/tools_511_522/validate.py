"""Validate situations 511-522: parse, keys, labels, sensors, arrival order, duplicates, follows, vocabulary."""
import glob
import json
import os
import re
import sys
from datetime import datetime

from lib import OUT, SENSORS

RANGE = range(511, 523)
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 # docs/vocabulary.md
                 "traffic_accident", "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             # docs/vocabulary.md
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other",
             # docs/vocabulary.md
             "traffic_signal", "gas_odor", "water_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"incident": {"police"}, "cctv": {"police", "traffic"}, "1999": {"citizen"}, "119": {"fire"},
               "planned_event": {"police"}, "fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"},
             "cleared": {"flood", "water_level", "rain", "vd"}}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
          "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check_incidents(where, incs, items, field):
    labels = [i["label"] for i in incs]
    if len(labels) != len(set(labels)):
        err(where, f"duplicate incident labels in {field}")
    for i in incs:
        for f in ("label", "type", "description", "sufficient_evidence_key"):
            if f not in i:
                err(where, f"incident missing {f}")
        if i.get("type") not in INCIDENT_TYPES:
            err(where, f"incident {i.get('label')} type {i.get('type')} not in the vocabulary")
    lab = {}
    for it in items:
        v = it.get(field, it["truth"]) if field == "truth_alt" else it["truth"]
        lab[it["key"]] = v
        if v is not None and v not in labels:
            err(where, f"item {it['key']} {field}={v} is not an incident of that reading")
    used = set(lab.values())
    for i in incs:
        if i["label"] not in used:
            err(where, f"incident {i['label']} has no item ({field})")
        sk = i.get("sufficient_evidence_key")
        if sk not in lab:
            err(where, f"sufficient_evidence_key {sk} is not an item")
        elif lab[sk] != i["label"]:
            err(where, f"sufficient_evidence_key {sk} belongs to {lab[sk]}, not {i['label']}")


def check(path):
    where = os.path.basename(path)
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{where}:{n}", f"bad json {e}")
    if not 15 <= len(items) <= 80:
        err(where, f"{len(items)} items (want 15-80)")
    first = {}
    prev = None
    for it in items:
        k = it.get("key")
        w = f"{where}:{k}"
        extra = set(it) - FIELDS
        if extra:
            err(w, f"unknown fields {extra}")
        for f in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                  "text", "truth"):
            if f not in it:
                err(w, f"missing {f}")
        feed = it.get("feed")
        if feed not in VOCAB:
            err(w, f"feed {feed}")
            continue
        if (it["kind"] == "alert") != (feed == "rule"):
            err(w, "kind/feed mismatch")
        if it["category"] not in VOCAB[feed]:
            err(w, f"category {it['category']} not in the vocabulary of {feed}")
        if it["severity"] not in SEVERITIES:
            err(w, f"severity {it['severity']}")
        if feed in FEED_AGENCY and it["agency"] not in FEED_AGENCY[feed]:
            err(w, f"agency {it['agency']} for feed {feed}")
        for f in ("observed", "arrival", "ends"):
            if f in it and not ISO.match(it[f]):
                err(w, f"{f} not ISO UTC")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(w, "position outside Taiwan")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if s is None:
                err(w, f"sensor {sid} not registered")
            else:
                kinds = FEED_KIND.get(feed) or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
                if kinds and s["kind"] not in kinds:
                    err(w, f"sensor {sid} is a {s['kind']}, not for {feed}/{it['category']}")
                if feed != "cctv" and (abs(s["lon"] - it["lon"]) > 1e-9 or abs(s["lat"] - it["lat"]) > 1e-9):
                    err(w, "sensor item not at its registered position")
                if it["agency"] != s["agency"]:
                    err(w, f"agency {it['agency']} is not the sensor's {s['agency']}")
        elif "sensor_id" in it:
            err(w, "sensor_id on a non-sensor feed")
        if feed == "rule" and it["category"] in LEVELS:
            if it.get("level") not in LEVELS[it["category"]]:
                err(w, f"level {it.get('level')}")
        if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
            err(w, "confidence")
        if feed == "cctv" and "confidence" not in it:
            err(w, "cctv without confidence")
        if feed == "planned_event" and "ends" not in it:
            err(w, "permit without ends")
        if prev and it["arrival"] < prev:
            err(w, "arrival order")
        prev = it["arrival"]
        if k in first:
            a = dict(first[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(w, "duplicate key with different content")
        else:
            first[k] = it
    uniq = list(first.values())
    for it in uniq:
        if "follows" in it and it["follows"] not in first:
            err(f"{where}:{it['key']}", f"follows {it['follows']} does not exist")
        if it["feed"] not in ("planned_event",) and it["feed"] != "cctv":
            if ts(it["arrival"]) < ts(it["observed"]):
                err(f"{where}:{it['key']}", "arrives before it was observed")
    tpath = path[:-len(".jsonl")] + ".truth.json"
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            err(tpath, f"missing {f}")
    check_incidents(where, truth["incidents"], uniq, "truth")
    has_alt = any("truth_alt" in it for it in uniq)
    if has_alt and "alternative_reading" not in truth:
        err(where, "truth_alt without alternative_reading")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(where, "alternative_reading needs why and incidents")
        check_incidents(where + "(alt)", ar["incidents"], uniq, "truth_alt")
    return len(uniq), len(items), len(truth["incidents"])


def main():
    files = sorted(glob.glob(os.path.join(OUT, "*.jsonl")))
    nums = sorted(int(os.path.basename(p).split("_")[0]) for p in files)
    if nums != list(RANGE):
        err("OUT", f"situations {nums}, want {list(RANGE)}")
    for p in files:
        u, n, i = check(p)
        print(f"{os.path.basename(p)}: {i} incidents, {n} items ({u} unique)")
    for fn in ("README_511-522.md", "vocabulary_needed_511-522.md"):
        if not os.path.exists(os.path.join(OUT, fn)):
            err("OUT", f"missing {fn}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
