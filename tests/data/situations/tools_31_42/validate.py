#!/usr/bin/env python3
"""Validate the hold-out situations in this directory.

Usage: python3 validate.py [DIR] [--sensors PATH]
Exit 0 when clean, 1 with every problem listed.

Checks: every NN_name.jsonl parses and has a NN_name.truth.json; fields and enums; keys unique except exact
repeated deliveries (same fields except a later arrival); arrival order; observed not after arrival by more than
the allowed clock skew; sensor ids registered, of the right kind, at exactly the registered position (CCTV: the
position of what it saw, within 500 m of the camera); levels, confidences, follows, ends; truth labels declared
and used, sufficient keys pointing at an item of that incident; the alternative reading complete.
"""
import datetime as dt
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SENSORS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "geo", "data", "sensors.geojson")

FIELDS = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
          "text", "confidence", "level", "follows", "ends", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_ONLY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
               "cctv": {"police"}, "1999": {"citizen"}, "119": {"fire"}, "planned_event": {"police", "traffic"}}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"traffic_accident", "accident", "injury_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "traffic_signal", "gas_odor", "water_outage", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
TEXT_FEEDS = {"rule", "incident", "1999", "119", "planned_event"}
TYPES = {"fire", "flood", "traffic_accident", "crowd", "public_safety", "infrastructure", "rescue", "hazmat",
         "planned_event", "technical"}
MAX_SKEW_S = 300          # a source clock may run ahead of the centre's by up to 5 minutes
CCTV_MAX_M = 500          # what a camera saw is within 500 m of it
STUDY_BOX = (120.60, 120.72, 24.14, 24.23)   # around the zone; every item must fall inside
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
NAME = re.compile(r"^(\d{2})_[a-z0-9_]+\.jsonl$")


def parse_ts(s):
    return dt.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def metres(lon1, lat1, lon2, lat2):
    k = 111320.0
    return math.hypot((lon1 - lon2) * k * math.cos(math.radians((lat1 + lat2) / 2)), (lat1 - lat2) * 110574.0)


def load_sensors(path):
    with open(path, encoding="utf-8") as fh:
        reg = json.load(fh)
    return {f["properties"]["sensor_id"]: {"kind": f["properties"]["kind"], "agency": f["properties"]["agency"],
                                            "lon": f["geometry"]["coordinates"][0],
                                            "lat": f["geometry"]["coordinates"][1]} for f in reg["features"]}


def check_incident_list(incs, where, errs):
    labels = []
    for i, inc in enumerate(incs):
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc or inc[k] in (None, ""):
                errs.append(f"{where}: incident {i} lacks {k}")
        if inc.get("type") not in TYPES:
            errs.append(f"{where}: incident {inc.get('label')} has type {inc.get('type')!r}")
        labels.append(inc.get("label"))
    if len(labels) != len(set(labels)):
        errs.append(f"{where}: duplicate incident labels")
    return {inc.get("label"): inc for inc in incs}


def check_file(path, sensors):
    errs, warns = [], []
    name = os.path.basename(path)
    if not NAME.match(name):
        errs.append(f"{name}: file name is not NN_short_name.jsonl")
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errs.append(f"{name}:{n}: empty line")
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{name}:{n}: not JSON ({e})")
                continue
            if not isinstance(it, dict):
                errs.append(f"{name}:{n}: not an object")
                continue
            it["_line"] = n
            items.append(it)
    if not 5 <= len(items) <= 60:
        errs.append(f"{name}: {len(items)} items (expected 5-60)")

    truth_path = path[:-len(".jsonl")] + ".truth.json"
    truth = None
    if not os.path.exists(truth_path):
        errs.append(f"{name}: no truth file {os.path.basename(truth_path)}")
    else:
        try:
            with open(truth_path, encoding="utf-8") as fh:
                truth = json.load(fh)
        except json.JSONDecodeError as e:
            errs.append(f"{os.path.basename(truth_path)}: not JSON ({e})")

    first = {}          # key -> first item
    prev_arr = None
    for it in items:
        at = f"{name}:{it['_line']}"
        missing = [f for f in FIELDS if f not in it]
        if missing:
            errs.append(f"{at}: missing fields {missing}")
            continue
        extra = set(it) - set(FIELDS) - {"truth_alt", "_line"}
        if extra:
            errs.append(f"{at}: unknown fields {sorted(extra)}")
        feed, kind = it["feed"], it["kind"]
        if feed not in FEEDS:
            errs.append(f"{at}: feed {feed!r}")
            continue
        if (kind == "alert") != (feed == "rule") or kind not in ("alert", "event"):
            errs.append(f"{at}: kind {kind!r} with feed {feed!r}")
        if it["category"] not in CATEGORIES[feed]:
            errs.append(f"{at}: category {it['category']!r} not in the {feed} vocabulary")
        if it["severity"] not in SEVERITIES:
            errs.append(f"{at}: severity {it['severity']!r}")
        elif feed in UNKNOWN_ONLY and it["severity"] != "Unknown":
            errs.append(f"{at}: {feed} carries no severity, expected Unknown")
        elif feed in ("rule", "incident") and it["severity"] == "Unknown":
            warns.append(f"{at}: {feed} with severity Unknown")
        if it["agency"] not in AGENCIES:
            errs.append(f"{at}: agency {it['agency']!r}")
        # times
        for f in ("observed", "arrival"):
            if not isinstance(it[f], str) or not TS.match(it[f]):
                errs.append(f"{at}: {f} {it[f]!r} is not ISO 8601 UTC (…Z)")
        try:
            obs, arr = parse_ts(it["observed"]), parse_ts(it["arrival"])
        except (TypeError, ValueError):
            continue
        skew = (obs - arr).total_seconds()
        if feed == "planned_event":
            pass            # observed is the planned start, usually after the permit arrives
        elif skew > MAX_SKEW_S:
            errs.append(f"{at}: observed {skew:.0f} s after arrival (allowed skew {MAX_SKEW_S} s)")
        elif skew > 0:
            warns.append(f"{at}: observed {skew:.0f} s after arrival (source clock ahead)")
        if prev_arr is not None and arr < prev_arr:
            errs.append(f"{at}: arrival {it['arrival']} before the previous line's")
        prev_arr = arr
        # position
        if not (isinstance(it["lon"], (int, float)) and isinstance(it["lat"], (int, float))):
            errs.append(f"{at}: lon/lat not numbers")
            continue
        if not (STUDY_BOX[0] <= it["lon"] <= STUDY_BOX[1] and STUDY_BOX[2] <= it["lat"] <= STUDY_BOX[3]):
            errs.append(f"{at}: position {it['lon']},{it['lat']} outside the study box")
        # sensors
        sid = it["sensor_id"]
        if feed in SENSOR_FEEDS:
            s = sensors.get(sid)
            if s is None:
                errs.append(f"{at}: sensor_id {sid!r} not registered")
            else:
                want_kind = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                             "cctv": "cctv"}.get(feed)
                if feed == "rule":
                    want_kind = RULE_KIND.get(it["category"])
                if want_kind and s["kind"] != want_kind:
                    errs.append(f"{at}: {feed}/{it['category']} on {sid} of kind {s['kind']}")
                if feed in ("rule", "status"):
                    if it["agency"] != s["agency"]:
                        errs.append(f"{at}: agency {it['agency']} but {sid} belongs to {s['agency']}")
                elif it["agency"] not in FEED_AGENCY[feed]:
                    errs.append(f"{at}: agency {it['agency']} for feed {feed}")
                if feed == "cctv":
                    d = metres(it["lon"], it["lat"], s["lon"], s["lat"])
                    if d > CCTV_MAX_M:
                        errs.append(f"{at}: CCTV sees a point {d:.0f} m from camera {sid}")
                elif (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    errs.append(f"{at}: {sid} at {it['lon']},{it['lat']}, registered at {s['lon']},{s['lat']}")
        else:
            if sid is not None:
                errs.append(f"{at}: feed {feed} should not carry a sensor_id")
            if it["agency"] not in FEED_AGENCY[feed]:
                errs.append(f"{at}: agency {it['agency']} for feed {feed}")
        # other fields
        if feed == "cctv":
            c = it["confidence"]
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                errs.append(f"{at}: CCTV confidence {c!r}")
        elif it["confidence"] is not None:
            errs.append(f"{at}: confidence on a {feed} item")
        if feed == "rule" and it["category"] in LEVELS:
            if it["level"] not in LEVELS[it["category"]]:
                errs.append(f"{at}: level {it['level']!r} for {it['category']}")
        elif it["level"] is not None:
            errs.append(f"{at}: level on a {feed}/{it['category']} item")
        if feed == "planned_event":
            try:
                if not TS.match(it["ends"]) or parse_ts(it["ends"]) <= obs:
                    errs.append(f"{at}: ends {it['ends']!r} not after observed")
            except TypeError:
                errs.append(f"{at}: planned_event without ends")
        elif it["ends"] is not None:
            errs.append(f"{at}: ends on a {feed} item")
        if feed in TEXT_FEEDS and not it["text"]:
            errs.append(f"{at}: {feed} item without text")
        # keys and duplicates
        k = it["key"]
        if not isinstance(k, str) or not k:
            errs.append(f"{at}: bad key")
            continue
        if k in first:
            a = {f: v for f, v in first[k].items() if f not in ("arrival", "_line")}
            b = {f: v for f, v in it.items() if f not in ("arrival", "_line")}
            if a != b:
                errs.append(f"{at}: key {k} reused with different fields (only arrival may differ)")
            elif it["arrival"] <= first[k]["arrival"]:
                errs.append(f"{at}: repeated delivery of {k} does not arrive later")
        else:
            first[k] = it
        if it["follows"] is not None:
            f = first.get(it["follows"])
            if f is None or f is it:
                errs.append(f"{at}: follows {it['follows']!r}, not an earlier item")
            elif f["truth"] != it["truth"]:
                warns.append(f"{at}: follows {it['follows']} but has another truth label")

    if truth is None:
        return errs, warns
    tname = os.path.basename(truth_path)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            errs.append(f"{tname}: missing {k}")
    incs = check_incident_list(truth.get("incidents", []), tname, errs)
    uniq = list(first.values())
    used = {it["truth"] for it in uniq} - {None}
    for lab in used - set(incs):
        errs.append(f"{tname}: label {lab!r} used in the items but not declared")
    for lab in set(incs) - used:
        errs.append(f"{tname}: incident {lab!r} has no items")
    for lab, inc in incs.items():
        it = first.get(inc.get("sufficient_evidence_key"))
        if it is None:
            errs.append(f"{tname}: sufficient_evidence_key of {lab!r} is not an item key")
        elif it["truth"] != lab:
            errs.append(f"{tname}: sufficient_evidence_key of {lab!r} is an item of {it['truth']!r}")
    has_alt = any("truth_alt" in it for it in uniq)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        errs.append(f"{tname}: items carry truth_alt but there is no alternative_reading")
    if alt:
        if not alt.get("why"):
            errs.append(f"{tname}: alternative_reading without why")
        aincs = check_incident_list(alt.get("incidents", []), tname + " (alternative)", errs)
        alab = {id(it): (it["truth_alt"] if "truth_alt" in it else it["truth"]) for it in uniq}
        aused = set(alab.values()) - {None}
        for lab in aused - set(aincs):
            errs.append(f"{tname}: alternative label {lab!r} used but not declared")
        for lab in set(aincs) - aused:
            errs.append(f"{tname}: alternative incident {lab!r} has no items")
        for lab, inc in aincs.items():
            it = first.get(inc.get("sufficient_evidence_key"))
            if it is None:
                errs.append(f"{tname}: alternative sufficient key of {lab!r} is not an item key")
            elif alab[id(it)] != lab:
                errs.append(f"{tname}: alternative sufficient key of {lab!r} is an item of {alab[id(it)]!r}")
        if not has_alt:
            warns.append(f"{tname}: alternative_reading but no item differs")
    return errs, warns


def main(argv):
    d = HERE
    sensors_path = DEFAULT_SENSORS
    args = list(argv)
    if "--sensors" in args:
        i = args.index("--sensors")
        sensors_path = args[i + 1]
        del args[i:i + 2]
    if args:
        d = args[0]
    sensors = load_sensors(sensors_path)
    files = sorted(glob.glob(os.path.join(d, "[34][0-9]_*.jsonl")))  # this author's situations (31-42)
    if not files:
        print("no .jsonl files found")
        return 1
    all_errs = []
    nums = set()
    for p in files:
        m = NAME.match(os.path.basename(p))
        if m:
            if m.group(1) in nums:
                all_errs.append(f"{os.path.basename(p)}: number {m.group(1)} used twice")
            nums.add(m.group(1))
        errs, warns = check_file(p, sensors)
        all_errs += errs
        for w in warns:
            print("note:", w)
        n = sum(1 for _ in open(p, encoding="utf-8"))
        print(f"{'OK  ' if not errs else 'FAIL'} {os.path.basename(p)} ({n} lines)")
    for t in sorted(glob.glob(os.path.join(d, "*.truth.json"))):
        if not os.path.exists(t[:-len(".truth.json")] + ".jsonl"):
            all_errs.append(f"{os.path.basename(t)}: no matching .jsonl")
    for e in all_errs:
        print("ERROR:", e)
    print(f"{len(files)} files, {len(all_errs)} errors")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
