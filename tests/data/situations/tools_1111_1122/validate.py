"""Validate situations 1111-1122 (only these files) against FORMAT.md and the sensor registry."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")
NUMBERS = range(1111, 1123)

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"},
               "incident": {"police"}, "cctv": {"police", "traffic"}, "1999": {"citizen"},
               "119": {"fire"}, "planned_event": {"police"}}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
                     "planned_event"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS_119 = {"dispatched", "on_scene", "returning", "closed"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle",
                 "theft", "road_closure", "road_reopened", "crowd_control", "flooding_report",
                 "fallen_object", "traffic_signal_fault", "public_disturbance", "missing_person",
                 "medical", "evacuation", "hazmat_report", "road_collapse", "wrong_way_driver",
                 "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight",
             "noise", "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal",
             "gas_odor", "water_outage", "evacuation", "missing_person", "fallen_object", "rescue",
             "power_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
RULE_SENSOR_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
                    "congestion": {"vd"}}
FEED_SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                    "cctv": "cctv"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
          "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
          "gateway", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "text", "truth"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        data = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"]) for ft in data["features"]}


def ts(v):
    return datetime.strptime(v[:19], "%Y-%m-%dT%H:%M:%S")


def check_file(path, sensors, errs):
    base = os.path.basename(path)
    stem = base[:-len(".jsonl")]
    def err(msg):
        errs.append(f"{base}: {msg}")
    tpath = os.path.join(os.path.dirname(path), stem + ".truth.json")
    if not os.path.exists(tpath):
        err("no truth file")
        return
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(f"truth lacks {k}")
    labels = {}
    for i in truth["incidents"]:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in i:
                err(f"incident lacks {k}")
        if i["label"] in labels:
            err(f"duplicate incident label {i['label']}")
        if i["type"] not in TYPES:
            err(f"unknown type {i['type']}")
        labels[i["label"]] = i
    alt = truth.get("alternative_reading")
    alt_labels = {}
    if alt is not None:
        if "why" not in alt or "incidents" not in alt:
            err("alternative_reading needs why and incidents")
        for i in alt.get("incidents", []):
            if i["label"] in alt_labels:
                err(f"duplicate alt label {i['label']}")
            if i["type"] not in TYPES:
                err(f"unknown alt type {i['type']}")
            alt_labels[i["label"]] = i
    items, seen, last_arr = [], {}, None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {n} does not parse: {e}")
                continue
            where = f"line {n} ({it.get('key')})"
            extra = set(it) - FIELDS
            if extra:
                err(f"{where}: unknown fields {extra}")
            missing = REQUIRED - set(it)
            if missing:
                err(f"{where}: missing {missing}")
                continue
            for k in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
                if not TS.match(it[k]):
                    err(f"{where}: bad timestamp {k}={it[k]}")
            arr = ts(it["arrival"])
            if last_arr and arr < last_arr:
                err(f"{where}: out of arrival order")
            last_arr = arr
            key = it["key"]
            if key in seen:
                a = {k: v for k, v in seen[key].items() if k != "arrival"}
                b = {k: v for k, v in it.items() if k != "arrival"}
                if a != b:
                    err(f"{where}: key repeated with different fields")
                continue
            seen[key] = it
            items.append((where, it))
    keys = set(seen)
    used, used_alt = set(), set()
    for where, it in items:
        feed, cat = it["feed"], it["category"]
        if it["kind"] not in KINDS:
            err(f"{where}: kind {it['kind']}")
        if feed not in FEEDS:
            err(f"{where}: feed {feed}")
            continue
        if (it["kind"] == "alert") != (feed == "rule"):
            err(f"{where}: kind {it['kind']} with feed {feed}")
        if it["agency"] not in AGENCIES:
            err(f"{where}: agency {it['agency']}")
        if feed in FEED_AGENCY and it["agency"] not in FEED_AGENCY[feed]:
            err(f"{where}: agency {it['agency']} for feed {feed}")
        if cat not in CATEGORIES[feed]:
            err(f"{where}: category {cat} not allowed for {feed}")
        if it["severity"] not in SEVERITIES:
            err(f"{where}: severity {it['severity']}")
        if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown":
            err(f"{where}: severity must be Unknown for {feed}")
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            err(f"{where}: position outside Taiwan")
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                err(f"{where}: sensor_id {sid} not registered")
            else:
                kind, agency, (lon, lat) = sensors[sid]
                if abs(it["lon"] - lon) > 1e-9 or abs(it["lat"] - lat) > 1e-9:
                    err(f"{where}: not at {sid}'s registered position")
                if feed in FEED_SENSOR_KIND and kind != FEED_SENSOR_KIND[feed]:
                    err(f"{where}: {sid} is a {kind}, not a {feed} device")
                if feed == "rule" and cat in RULE_SENSOR_KIND and kind not in RULE_SENSOR_KIND[cat]:
                    err(f"{where}: {cat} on a {kind} sensor")
                if feed in ("rule", "status", "cctv") and it["agency"] != agency:
                    err(f"{where}: agency {it['agency']} but {sid} is {agency}'s")
        elif "sensor_id" in it:
            err(f"{where}: sensor_id on feed {feed}")
        # optional fields
        if "confidence" in it:
            if feed != "cctv" or not (0 <= it["confidence"] <= 1):
                err(f"{where}: bad confidence")
        elif feed == "cctv":
            err(f"{where}: cctv without confidence")
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
            err(f"{where}: bad reason")
        if "status" in it and not (feed == "1999" or (feed == "119" and it["status"] in STATUS_119)):
            err(f"{where}: bad status")
        if "radius_m" in it:
            r = it["radius_m"]
            if feed != "planned_event" or isinstance(r, bool) or not isinstance(r, (int, float)) \
                    or not (1 <= r <= 5000):
                err(f"{where}: bad radius_m")
        if "gateway" in it and not (feed in ("rule", "status") and it["gateway"] in sensors):
            err(f"{where}: bad gateway")
        if "ends" in it:
            if feed != "planned_event" or ts(it["ends"]) <= ts(it["observed"]):
                err(f"{where}: bad ends")
        elif feed == "planned_event":
            err(f"{where}: planned_event without ends")
        if "level" in it:
            lv = LEVELS.get(cat)
            if feed != "rule" or lv is None or it["level"] not in lv:
                err(f"{where}: bad level")
            elif lv[it["level"]] != it["severity"]:
                err(f"{where}: level {it['level']} with severity {it['severity']}")
        elif feed == "rule" and cat in LEVELS:
            err(f"{where}: {cat} without level")
        if "follows" in it and it["follows"] not in keys:
            err(f"{where}: follows unknown key {it['follows']}")
        # labels
        t = it["truth"]
        if t is not None and t not in labels:
            err(f"{where}: truth {t} not in truth file")
        used.add(t)
        if "truth_alt" in it:
            if alt is None:
                err(f"{where}: truth_alt without alternative_reading")
            ta = it["truth_alt"]
            if ta == t:
                err(f"{where}: truth_alt equal to truth (leave it out)")
        else:
            ta = t
        if alt is not None:
            if ta is not None and ta not in alt_labels:
                err(f"{where}: alt label {ta} not in alternative incidents")
            used_alt.add(ta)
    for lab, inc in labels.items():
        if lab not in used:
            err(f"incident {lab} has no item")
        k = inc["sufficient_evidence_key"]
        if k not in seen or seen[k]["truth"] != lab:
            err(f"incident {lab}: sufficient_evidence_key {k} is not one of its items")
    for lab, inc in alt_labels.items():
        if lab not in used_alt:
            err(f"alt incident {lab} has no item")
        k = inc["sufficient_evidence_key"]
        if k not in seen or seen[k].get("truth_alt", seen[k]["truth"]) != lab:
            err(f"alt incident {lab}: sufficient_evidence_key {k} is not one of its items")
    n_lines = sum(1 for _ in open(path, encoding="utf-8"))
    if not 15 <= n_lines <= 80:
        err(f"{n_lines} items (want 15-80)")
    if truth["situation"] != stem:
        err(f"truth situation {truth['situation']} != {stem}")
    return n_lines


def main():
    sensors = load_sensors()
    errs, found = [], set()
    for num in NUMBERS:
        paths = glob.glob(os.path.join(DATA, f"{num}_*.jsonl"))
        if len(paths) != 1:
            errs.append(f"{num}: expected one jsonl file, found {len(paths)}")
            continue
        if not re.match(rf"^{num}_[a-z0-9_]+\.jsonl$", os.path.basename(paths[0])):
            errs.append(f"{paths[0]}: bad file name")
        n = check_file(paths[0], sensors, errs)
        found.add(num)
        print(f"{os.path.basename(paths[0])}: {n} lines")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
