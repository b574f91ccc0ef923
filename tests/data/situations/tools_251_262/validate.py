"""Validate situations 251-262: parsing, keys, duplicates, labels, sensors, arrival order.

Exit 1 with every problem listed; prints one summary line per situation otherwise.
"""
import datetime as dt
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.normpath(os.path.join(HERE, ".."))
FIRST, LAST = 251, 262

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "road_collapse", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "water_outage", "環境清潔"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        feats = json.load(f)["features"]
    return {x["properties"]["sensor_id"]: (x["geometry"]["coordinates"], x["properties"]) for x in feats}


def check_item(it, sensors, err):
    k = it.get("key")
    for f in REQUIRED:
        if f not in it:
            err(f"{k}: missing {f}")
    extra = set(it) - ALLOWED
    if extra:
        err(f"{k}: unknown fields {sorted(extra)}")
    feed = it.get("feed")
    if feed not in FEEDS:
        err(f"{k}: feed {feed}")
        return
    if (it["kind"] == "alert") != (feed == "rule") or it["kind"] not in ("alert", "event"):
        err(f"{k}: kind {it['kind']} with feed {feed}")
    if it["agency"] not in AGENCIES:
        err(f"{k}: agency {it['agency']}")
    if it["category"] not in CATEGORIES[feed]:
        err(f"{k}: category {it['category']} not known for {feed}")
    if it["severity"] not in SEVERITIES:
        err(f"{k}: severity {it['severity']}")
    if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown":
        err(f"{k}: {feed} carries no severity")
    for f in ("observed", "arrival"):
        try:
            ts(it[f])
        except (ValueError, KeyError):
            err(f"{k}: bad {f}")
    if not isinstance(it.get("text"), str) or not it["text"].strip():
        err(f"{k}: empty text")
    sid = it.get("sensor_id")
    if feed in SENSOR_FEEDS:
        if sid not in sensors:
            err(f"{k}: sensor {sid} not registered")
        else:
            (lon, lat), props = sensors[sid]
            if abs(lon - it["lon"]) > 1e-9 or abs(lat - it["lat"]) > 1e-9:
                err(f"{k}: {sid} not at its registered position")
            if feed in FEED_KIND and props["kind"] != FEED_KIND[feed]:
                err(f"{k}: {sid} is a {props['kind']}, not {feed}")
            if feed in ("rule", "status") and it["agency"] != props["agency"]:
                err(f"{k}: agency {it['agency']} is not the sensor's ({props['agency']})")
    elif sid is not None:
        err(f"{k}: sensor_id on feed {feed}")
    if feed == "cctv":
        c = it.get("confidence")
        if not isinstance(c, (int, float)) or not 0 <= c <= 1:
            err(f"{k}: cctv confidence {c}")
    elif "confidence" in it:
        err(f"{k}: confidence outside cctv")
    cat, lvl, sev = it["category"], it.get("level"), it["severity"]
    if feed == "rule" and cat == "flood_depth" and FLOOD_SEV.get(lvl) != sev:
        err(f"{k}: flood band {lvl} vs {sev}")
    if feed == "rule" and cat == "water_level" and WL_SEV.get(lvl) != sev:
        err(f"{k}: water level {lvl} vs {sev}")
    if feed == "rule" and cat == "heavy_rain" and RAIN_SEV.get(lvl) != sev:
        err(f"{k}: rain class {lvl} vs {sev}")
    if lvl is not None and not (feed == "rule" and cat in ("flood_depth", "water_level", "heavy_rain")):
        err(f"{k}: level on {feed}/{cat}")
    if feed == "planned_event":
        if "ends" not in it or ts(it["ends"]) <= ts(it["observed"]):
            err(f"{k}: planned event needs ends after its start")
    elif "ends" in it:
        err(f"{k}: ends outside planned_event")
    if feed != "planned_event" and ts(it["observed"]) > ts(it["arrival"]) + dt.timedelta(seconds=300):
        err(f"{k}: observed more than 300 s after arrival")


def check_incidents(lst, where, err):
    labels = {}
    for x in lst:
        for f in ("label", "type", "description", "sufficient_evidence_key"):
            if f not in x:
                err(f"{where}: incident without {f}")
        if x.get("type") not in TYPES:
            err(f"{where}: {x.get('label')} type {x.get('type')}")
        if x.get("label") in labels:
            err(f"{where}: label {x.get('label')} twice")
        labels[x.get("label")] = x
    return labels


def check_situation(base, sensors, err):
    items = []
    with open(base + ".jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{base}.jsonl:{n}: {e}")
    with open(base + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    name = os.path.basename(base)
    if truth.get("situation") != name:
        err(f"{name}: truth situation {truth.get('situation')}")
    for f in ("description", "incidents"):
        if f not in truth:
            err(f"{name}: truth without {f}")
    if not 15 <= len(items) <= 120:
        err(f"{name}: {len(items)} items (15-120 wanted)")
    first = {}
    prev = None
    for it in items:
        check_item(it, sensors, lambda m: err(f"{name}: {m}"))
        k = it.get("key")
        if k in first:
            a, b = dict(first[k]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                err(f"{name}: key {k} repeated with different fields")
        else:
            first[k] = it
        if prev is not None and it["arrival"] < prev:
            err(f"{name}: {k} out of arrival order")
        prev = it["arrival"]
    for it in first.values():
        fo = it.get("follows")
        if fo is not None and fo not in first:
            err(f"{name}: {it['key']} follows unknown {fo}")
        if fo == it["key"]:
            err(f"{name}: {it['key']} follows itself")
    readings = {"main": (truth.get("incidents", []), lambda it: it["truth"])}
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(f"{name}: alternative_reading needs why and incidents")
        readings["alt"] = (ar.get("incidents", []), lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"])
    elif any("truth_alt" in it for it in items):
        err(f"{name}: truth_alt without alternative_reading")
    for rname, (lst, lab) in readings.items():
        where = f"{name} [{rname}]"
        labels = check_incidents(lst, where, err)
        used = {}
        for it in first.values():
            L = lab(it)
            if L is not None:
                used.setdefault(L, []).append(it)
                if L not in labels:
                    err(f"{where}: {it['key']} labelled {L}, no such incident")
        for L, x in labels.items():
            if L not in used:
                err(f"{where}: incident {L} has no item")
            sk = x.get("sufficient_evidence_key")
            if sk not in first:
                err(f"{where}: {L} sufficient key {sk} not in file")
            elif lab(first[sk]) != L:
                err(f"{where}: {L} sufficient key {sk} is labelled {lab(first[sk])}")
    return len(items), len(truth.get("incidents", [])), "alternative_reading" in truth


def main():
    sensors = load_sensors()
    problems = []
    bases = sorted(p[:-len(".truth.json")] for p in glob.glob(os.path.join(DATA, "*.truth.json")))
    bases = [b for b in bases if FIRST <= int(os.path.basename(b).split("_")[0]) <= LAST]
    nums = [int(os.path.basename(b).split("_")[0]) for b in bases]
    if nums != list(range(FIRST, LAST + 1)):
        problems.append(f"situations present: {nums}")
    for b in bases:
        if not os.path.exists(b + ".jsonl"):
            problems.append(f"{b}.jsonl missing")
            continue
        n, ni, alt = check_situation(b, sensors, problems.append)
        print(f"{os.path.basename(b)}: {n} items, {ni} incidents{', alternative reading' if alt else ''}")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
