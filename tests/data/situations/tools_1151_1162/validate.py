"""Validate the labelled situations 1151-1162 only (FORMAT.md). Exit 1 on any problem."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_ONLY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS_119 = {"dispatched", "on_scene", "returning", "closed"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
               "cctv": {"police", "traffic"}, "1999": {"citizen"}, "119": {"fire"}, "planned_event": {"police"}}
CATS = {
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "evacuation", "missing_person", "medical",
                 "hazmat_report", "road_collapse", "wrong_way_driver", "other"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"}}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
ID_RE = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")
ISO_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
ALLOWED_FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                  "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                  "gateway", "truth", "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
            "truth"]


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1])
            for ft in d["features"]}


def ts(s):
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def check_file(path, sensors):
    errs = []
    E = lambda m: errs.append(f"{os.path.basename(path)}: {m}")
    stem = os.path.basename(path)[:-len(".jsonl")]
    tpath = os.path.join(DATA, stem + ".truth.json")
    if not os.path.exists(tpath):
        E("no truth file")
        return errs
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            E(f"truth lacks {k}")
    items, first_by_key = [], {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                it = json.loads(line)
            except Exception as e:  # noqa
                E(f"line {n} does not parse: {e}")
                continue
            it["_line"] = n
            items.append(it)
    if not 15 <= len(items) <= 80:
        E(f"{len(items)} items, want 15-80")
    prev = None
    for it in items:
        L = f"line {it['_line']} ({it.get('key')})"
        for k in REQUIRED:
            if k not in it:
                E(f"{L}: missing {k}")
        extra = set(it) - ALLOWED_FIELDS - {"_line"}
        if extra:
            E(f"{L}: unknown fields {sorted(extra)}")
        feed, cat = it.get("feed"), it.get("category")
        if it.get("kind") not in KINDS:
            E(f"{L}: kind {it.get('kind')}")
        if (feed == "rule") != (it.get("kind") == "alert"):
            E(f"{L}: kind alert iff feed rule")
        if feed not in FEEDS:
            E(f"{L}: feed {feed}")
            continue
        if it.get("agency") not in AGENCIES:
            E(f"{L}: agency {it.get('agency')}")
        if feed in FEED_AGENCY and it.get("agency") not in FEED_AGENCY[feed]:
            E(f"{L}: agency {it.get('agency')} for feed {feed}")
        if cat not in CATS[feed]:
            E(f"{L}: category {cat} not allowed in {feed}")
        sev = it.get("severity")
        if sev not in SEVERITIES:
            E(f"{L}: severity {sev}")
        if feed in UNKNOWN_ONLY and sev != "Unknown":
            E(f"{L}: severity must be Unknown for {feed}")
        for k in ("observed", "arrival"):
            if not ISO_RE.match(str(it.get(k, ""))):
                E(f"{L}: {k} not ISO 8601 UTC")
        if not (118 <= it.get("lon", 0) <= 123 and 21 <= it.get("lat", 0) <= 27):
            E(f"{L}: position outside Taiwan's box")
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in sensors:
                E(f"{L}: sensor_id {sid} not registered")
            else:
                kind, agency, lon, lat = sensors[sid]
                if abs(it["lon"] - lon) > 1e-7 or abs(it["lat"] - lat) > 1e-7:
                    E(f"{L}: not at {sid}'s registered position")
                if feed in FEED_KIND and kind != FEED_KIND[feed]:
                    E(f"{L}: {sid} is a {kind}, not a {feed}")
                if feed == "rule" and cat in RULE_KIND and kind not in RULE_KIND[cat]:
                    E(f"{L}: rule {cat} on a {kind}")
                if feed in ("rule", "status") and it.get("agency") != agency:
                    E(f"{L}: agency must be the sensor's ({agency})")
        elif sid is not None:
            E(f"{L}: sensor_id on feed {feed}")
        # optional fields
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
            E(f"{L}: reason {it['reason']} not allowed here")
        if "status" in it:
            if feed == "119":
                if it["status"] not in STATUS_119:
                    E(f"{L}: 119 status {it['status']}")
            elif feed != "1999":
                E(f"{L}: status on feed {feed}")
        if "radius_m" in it:
            r = it["radius_m"]
            if feed != "planned_event" or isinstance(r, bool) or not isinstance(r, (int, float)) or not 1 <= r <= 5000:
                E(f"{L}: radius_m {r} not allowed")
        if "gateway" in it:
            g = it["gateway"]
            if feed not in ("rule", "status") or not isinstance(g, str) or not ID_RE.match(g):
                E(f"{L}: gateway {g} not allowed")
        if "ends" in it:
            if feed != "planned_event" or not ISO_RE.match(it["ends"]) or ts(it["ends"]) <= ts(it["observed"]):
                E(f"{L}: ends wrong")
        if "confidence" in it:
            c = it["confidence"]
            if feed != "cctv" or not isinstance(c, (int, float)) or not 0 <= c <= 1:
                E(f"{L}: confidence {c}")
        elif feed == "cctv":
            E(f"{L}: cctv without confidence")
        if "level" in it:
            lv = it["level"]
            table = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}.get(cat)
            if feed != "rule" or table is None or lv not in table:
                E(f"{L}: level {lv} not allowed")
            elif table[lv] != sev:
                E(f"{L}: severity {sev} does not match level {lv}")
        elif feed == "rule" and cat in ("flood_depth", "water_level", "heavy_rain"):
            E(f"{L}: {cat} without level")
        # arrival order
        if prev is not None and it["arrival"] < prev:
            E(f"{L}: arrival out of order")
        prev = it.get("arrival", prev)
        # duplicates
        k = it.get("key")
        if k in first_by_key:
            a = {x: y for x, y in first_by_key[k].items() if x not in ("arrival", "_line")}
            b = {x: y for x, y in it.items() if x not in ("arrival", "_line")}
            if a != b:
                E(f"{L}: duplicated key with different fields")
        else:
            first_by_key[k] = it
    keys = set(first_by_key)
    for it in items:
        f = it.get("follows")
        if f is not None and (f not in keys or f == it["key"]):
            E(f"line {it['_line']}: follows {f} is no other key of this file")
    # labels
    def check_reading(incs, label_of, name):
        labels = [i.get("label") for i in incs]
        if len(set(labels)) != len(labels):
            E(f"{name}: duplicate incident labels")
        used = {label_of(it) for it in first_by_key.values()} - {None}
        for lab in used - set(labels):
            E(f"{name}: items labelled {lab} but no such incident")
        for i in incs:
            if i.get("type") not in TYPES:
                E(f"{name}: incident {i.get('label')} type {i.get('type')}")
            if i["label"] not in used:
                E(f"{name}: incident {i['label']} has no items")
            sk = i.get("sufficient_evidence_key")
            if sk not in first_by_key or label_of(first_by_key[sk]) != i["label"]:
                E(f"{name}: sufficient_evidence_key {sk} of {i['label']} is not one of its items")
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    E(f"{name}: incident lacks {k}")
    check_reading(truth.get("incidents", []), lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        E("truth_alt used but no alternative_reading")
    if alt:
        if "why" not in alt or "incidents" not in alt:
            E("alternative_reading lacks why/incidents")
        check_reading(alt.get("incidents", []), lambda it: it.get("truth_alt", it["truth"]), "alternative")
        if not has_alt:
            E("alternative_reading but no item has truth_alt")
    if truth.get("situation") != stem:
        E(f"truth situation {truth.get('situation')} != {stem}")
    return errs


def main():
    sensors = load_sensors()
    files = sorted(p for p in glob.glob(os.path.join(DATA, "*.jsonl"))
                   if re.match(r"^(\d+)_", os.path.basename(p))
                   and 1151 <= int(re.match(r"^(\d+)_", os.path.basename(p)).group(1)) <= 1162)
    nums = sorted(int(os.path.basename(p).split("_")[0]) for p in files)
    errs = []
    if nums != list(range(1151, 1163)):
        errs.append(f"want situations 1151-1162 once each, found {nums}")
    total = 0
    for p in files:
        e = check_file(p, sensors)
        errs += e
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f)
        total += n
        print(f"{os.path.basename(p)}: {n} items, {'OK' if not e else str(len(e)) + ' problems'}")
    for e in errs:
        print("  " + e)
    print(f"{len(files)} files, {total} items, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
