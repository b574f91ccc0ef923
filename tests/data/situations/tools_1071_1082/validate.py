"""Checks only the 1071-1082 files of this folder's parent. Exit 1 with every problem listed."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NUMS = range(1071, 1083)

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

VOCAB = {
    "rule": "flood_depth water_level heavy_rain congestion sensor_offline cleared",
    "fire_alarm": "alarm fault normal",
    "signal": "fault restored",
    "parking": "full closed empty",
    "incident": "traffic_accident accident injury_accident stalled_vehicle fallen_object wrong_way_driver fire_report "
                "hazmat_report flooding_report road_closure road_reopened road_collapse crowd_control "
                "traffic_signal_fault theft public_disturbance medical evacuation missing_person other",
    "cctv": "stalled_vehicle crowding wrong_way smoke fallen_object signal_dark flooding accident",
    "1999": "flooding blocked_drain traffic_signal road_damage fallen_tree fire_smoke gas_odor traffic_accident crowding "
            "noise illegal_parking water_outage evacuation missing_person fallen_object rescue power_outage streetlight "
            "環境公害 環境清潔 動物救援 公園路樹 other",
    "status": "online offline",
    "119": "fire rescue ambulance hazmat",
    "planned_event": "concert march exhibition road_works event",
}
VOCAB = {k: set(v.split()) for k, v in VOCAB.items()}
# codes of our own: rows "| `feed` | `code` |" in the vocabulary_needed file's "Codes used" table
vn = os.path.join(OUT, "vocabulary_needed_1071-1082.md")
if os.path.exists(vn):
    for feed, code in re.findall(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|", open(vn, encoding="utf-8").read(), re.M):
        VOCAB.setdefault(feed, set()).add(code)

FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
               "cctv": {"police", "traffic"}, "1999": {"citizen"}, "119": {"fire"}, "planned_event": {"police"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
KIND_OF_RULE = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
           "text", "confidence", "reason", "status", "level", "follows", "ends", "truth", "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
            "truth"]
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def check(num):
    errs = []
    files = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(files) != 1:
        return [f"{num}: expected one .jsonl, found {files}"]
    path = files[0]
    tpath = path[:-len(".jsonl")] + ".truth.json"
    name = os.path.basename(path)
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"{tpath}: {e}"]
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            errs.append(f"{tpath}: missing {k}")
    if truth.get("situation") != os.path.basename(path)[:-6]:
        errs.append(f"{tpath}: situation name {truth.get('situation')} differs from file name")
    items, seen, last = [], {}, None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        where = f"{name}:{n}"
        try:
            it = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errs.append(f"{where}: not JSON ({e})")
            continue
        for k in REQUIRED:
            if k not in it:
                errs.append(f"{where}: missing {k}")
        for k in it:
            if k not in ALLOWED:
                errs.append(f"{where}: unknown field {k}")
        if any(k not in it for k in REQUIRED):
            continue
        key = it["key"]
        if key in seen:
            a, b = dict(seen[key]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                errs.append(f"{where}: key {key} repeated with different fields")
            if it["arrival"] == seen[key]["arrival"]:
                errs.append(f"{where}: duplicate {key} with the same arrival")
        else:
            seen[key] = it
            items.append(it)
        for f in ("observed", "arrival"):
            if not TS.match(it[f]) or ts(it[f]).year not in (2026, 2027):
                errs.append(f"{where}: {f} {it[f]} not ISO UTC in 2026/2027")
        if last and it["arrival"] < last:
            errs.append(f"{where}: arrival {it['arrival']} before previous {last}")
        last = it["arrival"]
        feed, cat = it["feed"], it["category"]
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            errs.append(f"{where}: kind {it['kind']} wrong for feed {feed}")
        if feed not in VOCAB:
            errs.append(f"{where}: unknown feed {feed}")
            continue
        if cat not in VOCAB[feed]:
            errs.append(f"{where}: category {cat} not in the vocabulary of {feed}")
        if it["severity"] not in SEVS:
            errs.append(f"{where}: severity {it['severity']}")
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            errs.append(f"{where}: {feed} severity must be Unknown")
        if not (120.60 <= it["lon"] <= 120.70 and 24.15 <= it["lat"] <= 24.22):
            errs.append(f"{where}: position outside the study area")
        if not it["text"].strip():
            errs.append(f"{where}: empty text")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                errs.append(f"{where}: sensor {sid} not registered")
            else:
                f = SENSORS[sid]
                lon, lat = f["geometry"]["coordinates"]
                if (it["lon"], it["lat"]) != (lon, lat):
                    errs.append(f"{where}: {sid} not at its registered position")
                kind = f["properties"]["kind"]
                want = KIND_OF_FEED.get(feed) or (KIND_OF_RULE.get(cat) if feed == "rule" else None)
                if want and kind != want:
                    errs.append(f"{where}: {sid} is a {kind}, not a {want}")
                if feed in ("rule", "status") and it["agency"] != f["properties"]["agency"]:
                    errs.append(f"{where}: agency {it['agency']} is not the sensor's {f['properties']['agency']}")
                if feed in FEED_AGENCY and it["agency"] != f["properties"]["agency"]:
                    errs.append(f"{where}: agency {it['agency']} is not the sensor's")
        elif "sensor_id" in it:
            errs.append(f"{where}: sensor_id on a {feed} item")
        if feed in FEED_AGENCY and it["agency"] not in FEED_AGENCY[feed]:
            errs.append(f"{where}: agency {it['agency']} wrong for {feed}")
        if ("confidence" in it) != (feed == "cctv") or (feed == "cctv" and not 0 <= it["confidence"] <= 1):
            errs.append(f"{where}: confidence only on cctv, 0-1")
        if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
            errs.append(f"{where}: bad reason")
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            errs.append(f"{where}: bad status")
        if "level" in it:
            lv = LEVELS.get(cat, {})
            if feed != "rule" or it["level"] not in lv or lv[it["level"]] != it["severity"]:
                errs.append(f"{where}: bad level {it['level']} for {cat}/{it['severity']}")
        elif feed == "rule" and cat in LEVELS:
            errs.append(f"{where}: {cat} without level")
        if ("ends" in it) != (feed == "planned_event") or (feed == "planned_event" and it["ends"] <= it["observed"]):
            errs.append(f"{where}: ends only on planned_event, after its start")
        if feed == "planned_event" and it["arrival"] >= it["observed"]:
            pass  # a permit may arrive late; not an error
    keys = {i["key"]: i for i in items}
    for i in items:
        if "follows" in i and i["follows"] not in keys:
            errs.append(f"{name}: {i['key']} follows unknown {i['follows']}")
    # truth
    labels = [x["label"] for x in truth.get("incidents", [])]
    if len(labels) != len(set(labels)):
        errs.append(f"{tpath}: duplicate incident labels")
    has_alt = any("truth_alt" in i for i in items)
    readings = [("truth", truth.get("incidents", []), lambda i: i["truth"])]
    if has_alt or "alternative_reading" in truth:
        if "alternative_reading" not in truth:
            errs.append(f"{tpath}: truth_alt used but no alternative_reading")
        else:
            ar = truth["alternative_reading"]
            if not ar.get("why"):
                errs.append(f"{tpath}: alternative_reading without why")
            readings.append(("alternative", ar.get("incidents", []),
                             lambda i: i["truth_alt"] if "truth_alt" in i else i["truth"]))
    for rname, incs, lab in readings:
        ls = {x["label"] for x in incs}
        used = {lab(i) for i in items} - {None}
        for u in used - ls:
            errs.append(f"{name}: {rname} label {u} not in the incident list")
        for x in incs:
            if x["label"] not in used:
                errs.append(f"{tpath}: {rname} incident {x['label']} has no item")
            if x.get("type") not in TYPES:
                errs.append(f"{tpath}: {rname} incident {x['label']} type {x.get('type')}")
            k = x.get("sufficient_evidence_key")
            if k not in keys:
                errs.append(f"{tpath}: {rname} {x['label']} sufficient_evidence_key {k} not an item")
            elif lab(keys[k]) != x["label"]:
                errs.append(f"{tpath}: {rname} {x['label']} sufficient_evidence_key {k} is labelled {lab(keys[k])}")
            if not x.get("description"):
                errs.append(f"{tpath}: {rname} {x['label']} without description")
    n = sum(1 for _ in open(path, encoding="utf-8"))
    if not 15 <= n <= 150:
        errs.append(f"{name}: {n} items, outside 15-150")
    return errs


if __name__ == "__main__":
    allerrs = []
    for num in NUMS:
        e = check(num)
        allerrs += e
        print(f"{num}: {'OK' if not e else f'{len(e)} problem(s)'}")
    for e in allerrs:
        print("  " + e)
    sys.exit(1 if allerrs else 0)
