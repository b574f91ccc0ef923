"""Validate situations 331-342: parse, keys, duplicates, labels vs truth, sensors,
arrival order, follows, field sanity."""
import glob
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENSORS = {x["properties"]["sensor_id"]: x for x in json.load(f)["features"]}

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
RULE_KINDS = {"flood", "rain", "water_level", "vd"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "medical", "other"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree",
             "streetlight", "noise", "illegal_parking", "crowding", "blocked_drain", "other",
             "traffic_signal", "water_outage", "gas_odor", "環境公害"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
BBOX = (120.60, 24.15, 120.74, 24.235)


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path):
    errs, warns = [], []
    base = path[:-len(".jsonl")]
    name = os.path.basename(base)
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                errs.append(f"{name}:{n}: bad JSON {e}")
    try:
        with open(base + ".truth.json", encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        return [f"{name}: truth file {e}"], warns, 0
    if truth.get("situation") != name:
        errs.append(f"{name}: truth situation {truth.get('situation')!r}")
    first = {}
    prev_arr = None
    keys = set()
    for n, it in enumerate(items, 1):
        where = f"{name}:{n} {it.get('key')}"
        for fld in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
                    "observed", "arrival", "truth"):
            if fld not in it:
                errs.append(f"{where}: missing {fld}")
        k = it["key"]
        if k in first:
            a, b = dict(first[k]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                errs.append(f"{where}: duplicate key with different fields")
            if it["arrival"] == first[k]["arrival"]:
                errs.append(f"{where}: duplicate with same arrival")
        else:
            first[k] = it
        keys.add(k)
        if it["kind"] not in KINDS:
            errs.append(f"{where}: kind {it['kind']}")
        if it["feed"] not in FEEDS:
            errs.append(f"{where}: feed {it['feed']}")
        if it["agency"] not in AGENCIES:
            errs.append(f"{where}: agency {it['agency']}")
        if it["severity"] not in SEVERITIES:
            errs.append(f"{where}: severity {it['severity']}")
        if it["category"] not in CATS.get(it["feed"], set()):
            errs.append(f"{where}: category {it['category']} not in feed {it['feed']}")
        if (it["kind"] == "alert") != (it["feed"] == "rule"):
            errs.append(f"{where}: kind/feed mismatch")
        if it["feed"] in FEED_AGENCY and it["agency"] != FEED_AGENCY[it["feed"]]:
            errs.append(f"{where}: agency {it['agency']} for feed {it['feed']}")
        if not (BBOX[0] <= it["lon"] <= BBOX[2] and BBOX[1] <= it["lat"] <= BBOX[3]):
            errs.append(f"{where}: position outside study area")
        # sensors
        sid = it.get("sensor_id")
        if it["feed"] in SENSOR_FEEDS:
            if sid not in SENSORS:
                errs.append(f"{where}: unknown sensor {sid}")
            else:
                p = SENSORS[sid]["properties"]
                c = SENSORS[sid]["geometry"]["coordinates"]
                if abs(it["lon"] - c[0]) > 1e-6 or abs(it["lat"] - c[1]) > 1e-6:
                    errs.append(f"{where}: {sid} not at its registered position")
                if it["agency"] != p["agency"]:
                    errs.append(f"{where}: agency {it['agency']} != registry {p['agency']}")
                kind = p["kind"]
                if it["feed"] == "rule" and kind not in RULE_KINDS:
                    errs.append(f"{where}: rule alert from {kind} sensor")
                if it["feed"] not in ("rule", "status") and kind != it["feed"]:
                    errs.append(f"{where}: feed {it['feed']} from {kind} sensor")
        elif sid is not None:
            errs.append(f"{where}: sensor_id on feed {it['feed']}")
        if ("confidence" in it) != (it["feed"] == "cctv"):
            errs.append(f"{where}: confidence only (and always) on cctv")
        if "confidence" in it and not 0 <= it["confidence"] <= 1:
            errs.append(f"{where}: confidence range")
        if it["feed"] == "rule" and it["category"] in ("flood_depth", "water_level", "heavy_rain") \
                and "level" not in it:
            errs.append(f"{where}: rule {it['category']} without level")
        if ("ends" in it) != (it["feed"] == "planned_event"):
            errs.append(f"{where}: ends only (and always) on planned_event")
        # times
        arr, obs = ts(it["arrival"]), ts(it["observed"])
        if prev_arr and arr < prev_arr:
            errs.append(f"{where}: arrival out of order")
        prev_arr = arr
        if it["feed"] != "planned_event" and obs > arr:
            warns.append(f"{where}: observed after arrival (clock skew) {it['observed']} > {it['arrival']}")
        if it["feed"] == "planned_event" and ts(it["ends"]) <= obs:
            errs.append(f"{where}: ends before start")
        if (arr - obs).total_seconds() > 3 * 3600 and it["feed"] != "planned_event":
            warns.append(f"{where}: arrival {(arr - obs).total_seconds() / 3600:.1f} h after observed")
        if "text" in it and not it["text"].strip():
            errs.append(f"{where}: empty text")
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            errs.append(f"{name} {it['key']}: follows unknown key {it['follows']}")
        if it.get("follows") == it["key"]:
            errs.append(f"{name} {it['key']}: follows itself")
    # labels
    uniq = list(first.values())

    def check_reading(incidents, label_of, tag):
        labels = [i["label"] for i in incidents]
        if len(labels) != len(set(labels)):
            errs.append(f"{name}{tag}: duplicate incident labels")
        count = Counter(label_of(it) for it in uniq if label_of(it) is not None)
        for lab in count:
            if lab not in labels:
                errs.append(f"{name}{tag}: label {lab} not in incidents")
        for inc in incidents:
            if inc.get("type") not in TYPES:
                errs.append(f"{name}{tag}: incident {inc['label']} type {inc.get('type')}")
            for fld in ("label", "type", "description", "sufficient_evidence_key"):
                if not inc.get(fld):
                    errs.append(f"{name}{tag}: incident {inc.get('label')} missing {fld}")
            c = count.get(inc["label"], 0)
            if c == 0:
                errs.append(f"{name}{tag}: incident {inc['label']} has no items")
            elif not 5 <= c <= 60 and not tag:
                warns.append(f"{name}{tag}: incident {inc['label']} has {c} items (brief: 5-60)")
            sk = inc["sufficient_evidence_key"]
            if sk not in first:
                errs.append(f"{name}{tag}: sufficient key {sk} missing")
            elif label_of(first[sk]) != inc["label"]:
                errs.append(f"{name}{tag}: sufficient key {sk} labelled {label_of(first[sk])}")
        return count

    main = check_reading(truth["incidents"], lambda it: it["truth"], "")
    has_alt = any("truth_alt" in it for it in uniq)
    if has_alt and "alternative_reading" not in truth:
        errs.append(f"{name}: truth_alt used but no alternative_reading")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            errs.append(f"{name}: alternative_reading without why")
        check_reading(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], " (alt)")
        if not has_alt:
            warns.append(f"{name}: alternative_reading but no truth_alt")
    dups = len(items) - len(uniq)
    bg = sum(1 for it in uniq if it["truth"] is None)
    summary = (f"{name}: {len(items)} lines ({dups} duplicate deliveries), "
               f"{len(truth['incidents'])} incidents "
               f"{dict(sorted(main.items()))}, background {bg}")
    return errs, warns, summary


def main():
    paths = sorted(p for p in glob.glob(os.path.join(OUT, "3[3-4][0-9]_*.jsonl"))
                   if 331 <= int(os.path.basename(p).split("_")[0]) <= 342)
    if len(paths) != 12:
        print(f"expected 12 situations, found {len(paths)}")
        return 1
    bad = 0
    for p in paths:
        errs, warns, summary = check(p)
        print(summary)
        for w in warns:
            print("  warn:", w)
        for e in errs:
            print("  ERROR:", e)
        bad += len(errs)
    print("OK" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
