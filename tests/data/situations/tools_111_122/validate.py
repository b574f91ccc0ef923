"""Check situations 111-122: `python3 validate.py` (exit 1 on any problem)."""
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS, FLOOD_SEV, WL_SEV, RAIN_SEV, dist_m

REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "sensor_id", "text", "truth"]
OPTIONAL = {"confidence", "level", "follows", "ends", "truth_alt"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "status": {"offline", "online"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def check(path):
    errs = []
    name = os.path.basename(path)[:-6]
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                errs.append(f"{name}:{n}: bad json {e}")
    with open(path[:-6] + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    if truth.get("situation") != name:
        errs.append(f"{name}: truth situation name {truth.get('situation')}")
    if not 20 <= len(items) <= 150:
        errs.append(f"{name}: {len(items)} items (want 20-150)")
    seen = {}
    prev = ""
    for n, it in enumerate(items, 1):
        where = f"{name}:{n} {it.get('key')}"
        for k in REQUIRED:
            if k not in it:
                errs.append(f"{where}: missing {k}")
        extra = set(it) - set(REQUIRED) - OPTIONAL
        if extra:
            errs.append(f"{where}: unknown fields {extra}")
        feed = it["feed"]
        if it["category"] not in CATS.get(feed, ()):
            errs.append(f"{where}: category {it['category']} not in feed {feed}")
        if it["severity"] not in SEVERITIES:
            errs.append(f"{where}: severity {it['severity']}")
        for k in ("observed", "arrival"):
            if not TS.match(it[k]):
                errs.append(f"{where}: {k} {it[k]}")
        if it["arrival"] < prev:
            errs.append(f"{where}: arrival out of order")
        prev = it["arrival"]
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            errs.append(f"{where}: kind {it['kind']}")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            errs.append(f"{where}: outside Taiwan")
        # keys and duplicates
        if it["key"] in seen:
            a = {k: v for k, v in seen[it["key"]].items() if k != "arrival"}
            b = {k: v for k, v in it.items() if k != "arrival"}
            if a != b:
                errs.append(f"{where}: key reused by a different item")
        else:
            seen[it["key"]] = it
        # sensors
        sid = it["sensor_id"]
        if feed in SENSOR_FEEDS:
            s = SENSORS.get(sid)
            if s is None:
                errs.append(f"{where}: unknown sensor {sid}")
                continue
            if it["agency"] != s["agency"]:
                errs.append(f"{where}: agency {it['agency']} but sensor's is {s['agency']}")
            want = FEED_KIND.get(feed) or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
            if want and s["kind"] != want:
                errs.append(f"{where}: sensor {sid} is {s['kind']}, feed/category needs {want}")
            d = dist_m((it["lon"], it["lat"]), (s["lon"], s["lat"]))
            if feed == "cctv":
                if d > 400:
                    errs.append(f"{where}: CCTV sighting {d:.0f} m from the camera")
            elif d > 0.5:
                errs.append(f"{where}: not at the registered position ({d:.1f} m)")
        else:
            if sid is not None:
                errs.append(f"{where}: sensor_id on a non-sensor feed")
            if it["agency"] != FEED_AGENCY[feed]:
                errs.append(f"{where}: agency {it['agency']} for feed {feed}")
        if ("confidence" in it) != (feed == "cctv"):
            errs.append(f"{where}: confidence only and always on cctv")
        if ("ends" in it) != (feed == "planned_event"):
            errs.append(f"{where}: ends only and always on planned_event")
        lvl_cats = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}
        if feed == "rule" and it["category"] in lvl_cats:
            table = lvl_cats[it["category"]]
            if it.get("level") not in table:
                errs.append(f"{where}: level {it.get('level')}")
            elif table[it["level"]] != it["severity"]:
                errs.append(f"{where}: severity {it['severity']} for level {it['level']}")
        elif "level" in it:
            errs.append(f"{where}: level on a {feed}/{it['category']} item")
        if "ends" in it and it["ends"] <= it["observed"]:
            errs.append(f"{where}: ends before start")
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            errs.append(f"{name} {it['key']}: follows {it['follows']} not in file")
        if it.get("follows") == it["key"]:
            errs.append(f"{name} {it['key']}: follows itself")
    # truth, both readings
    readings = [("truth", truth["incidents"], lambda i: i["truth"])]
    if "alternative_reading" in truth:
        readings.append(("alternative", truth["alternative_reading"]["incidents"],
                         lambda i: i.get("truth_alt", i["truth"]) if "truth_alt" in i else i["truth"]))
    elif any("truth_alt" in i for i in items):
        errs.append(f"{name}: truth_alt without alternative_reading")
    for rname, incs, lab in readings:
        labels = [i["label"] for i in incs]
        if len(labels) != len(set(labels)):
            errs.append(f"{name} {rname}: duplicate labels")
        used = {lab(i) for i in items} - {None}
        for u in used - set(labels):
            errs.append(f"{name} {rname}: label {u} has no incident")
        for inc in incs:
            if inc["label"] not in used:
                errs.append(f"{name} {rname}: incident {inc['label']} has no items")
            if inc["type"] not in TYPES:
                errs.append(f"{name} {rname}: type {inc['type']}")
            sk = inc["sufficient_evidence_key"]
            if sk not in keys:
                errs.append(f"{name} {rname}: sufficient key {sk} not in file")
            elif lab(seen[sk]) != inc["label"]:
                errs.append(f"{name} {rname}: sufficient key {sk} carries {lab(seen[sk])}, not {inc['label']}")
    return errs, len(items), len(truth["incidents"])


def main():
    files = sorted(glob.glob(os.path.join(OUT, "1[12][0-9]_*.jsonl")))
    files = [f for f in files if 111 <= int(os.path.basename(f)[:3]) <= 122]
    bad = 0
    for f in files:
        errs, n, k = check(f)
        print(f"{os.path.basename(f)}: {n} items, {k} incidents, {'OK' if not errs else str(len(errs)) + ' problems'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    if len(files) != 12:
        print(f"expected 12 situations, found {len(files)}")
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
