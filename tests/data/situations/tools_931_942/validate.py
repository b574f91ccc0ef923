#!/usr/bin/env python3
"""Validate situations 931-942 only: parse, unique keys (duplicates identical but for arrival), labels,
sensors at their registered positions, arrival order, follows, allowed vocabulary. Exit 1 on any problem."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DIR = os.path.join(HERE, "..")
NUMS = range(931, 943)

CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"traffic_accident", "stalled_vehicle", "fallen_object", "wrong_way_driver", "fire_report",
                 "hazmat_report", "flooding_report", "road_closure", "road_collapse", "crowd_control",
                 "traffic_signal_fault", "theft", "public_disturbance", "medical", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "gas_odor",
             "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage", "missing_person",
             "fallen_object", "rescue", "power_outage", "streetlight", "環境公害", "環境清潔", "動物救援", "公園路樹", "other"},
    "status": {"online", "offline"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
           "text", "confidence", "reason", "status", "level", "follows", "ends", "truth", "truth_alt", "unit", "units",
           "motion"}


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def main():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        sensors = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
    errors = []
    files = []
    for n in NUMS:
        found = glob.glob(os.path.join(DIR, "%d_*.jsonl" % n))
        if len(found) != 1:
            errors.append("%d: expected one .jsonl, found %d" % (n, len(found)))
            continue
        files.append(found[0])
    summary = []
    for path in files:
        base = os.path.basename(path)[:-len(".jsonl")]
        E = lambda m: errors.append("%s: %s" % (base, m))
        tpath = os.path.join(DIR, base + ".truth.json")
        try:
            truth = json.load(open(tpath, encoding="utf-8"))
        except Exception as e:  # noqa
            E("truth does not parse: %s" % e)
            continue
        items = []
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            try:
                items.append(json.loads(line))
            except Exception as e:  # noqa
                E("line %d does not parse: %s" % (ln, e))
        if truth.get("situation") != base:
            E("truth situation %r != %r" % (truth.get("situation"), base))
        labels = {i["label"]: i for i in truth.get("incidents", [])}
        alt = truth.get("alternative_reading")
        alt_labels = {i["label"]: i for i in alt["incidents"]} if alt else dict(labels)
        if alt and not alt.get("why"):
            E("alternative_reading without why")
        for inc in list(labels.values()) + (alt["incidents"] if alt else []):
            if inc.get("type") not in TYPES:
                E("incident %s: type %r" % (inc.get("label"), inc.get("type")))
        by_key = {}
        prev = None
        for ln, it in enumerate(items, 1):
            W = lambda m: E("line %d (%s): %s" % (ln, it.get("key"), m))
            for k in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"):
                if k not in it:
                    W("missing %s" % k)
            extra = set(it) - ALLOWED
            if extra:
                W("unknown fields %s" % sorted(extra))
            k = it.get("key")
            if k in by_key:
                a = {x: y for x, y in by_key[k].items() if x != "arrival"}
                b = {x: y for x, y in it.items() if x != "arrival"}
                if a != b:
                    W("duplicate key with different fields")
            else:
                by_key[k] = it
            feed = it.get("feed")
            if feed not in CATS:
                W("feed %r" % feed)
                continue
            if it.get("category") not in CATS[feed]:
                W("category %r not allowed in feed %s" % (it.get("category"), feed))
            if it.get("kind") != ("alert" if feed == "rule" else "event"):
                W("kind %r" % it.get("kind"))
            if it.get("severity") not in SEVERITIES:
                W("severity %r" % it.get("severity"))
            arr = ts(it["arrival"])
            obs = ts(it["observed"])
            if prev and arr < prev:
                W("arrival goes back")
            prev = arr
            if feed != "planned_event" and (obs - arr).total_seconds() > 300:   # a permit's start may lie ahead
                W("observed more than 300 s after arrival (future timestamp)")
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in sensors:
                    W("unknown sensor %r" % sid)
                else:
                    ft = sensors[sid]
                    lon, lat = ft["geometry"]["coordinates"][:2]
                    if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                        W("sensor %s not at its registered position" % sid)
                    if it["agency"] != ft["properties"]["agency"]:
                        W("agency %r, sensor's is %r" % (it["agency"], ft["properties"]["agency"]))
                    if feed in KIND_OF_FEED and ft["properties"]["kind"] != KIND_OF_FEED[feed]:
                        W("sensor kind %s on feed %s" % (ft["properties"]["kind"], feed))
            else:
                if "sensor_id" in it:
                    W("sensor_id on a non-sensor feed")
                if it["agency"] != AGENCY[feed]:
                    W("agency %r" % it["agency"])
                if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
                    W("outside Taiwan")
            if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
                W("reason %r not allowed here" % it["reason"])
            if "status" in it and not (feed == "119" and it["status"] in STATUSES):
                W("status %r not allowed here" % it["status"])
            if "level" in it and it["level"] not in LEVELS.get(it["category"], set()):
                W("level %r" % it["level"])
            if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
                W("confidence")
            if feed == "cctv" and "confidence" not in it:
                W("cctv without confidence")
            if "motion" in it and not (feed == "cctv" and it["category"] == "crowding" and it["motion"] in ("moving", "standing")):
                W("motion")
            if feed == "planned_event":
                if "ends" not in it or ts(it["ends"]) <= obs:
                    W("planned event needs ends after its start")
            if not it.get("text") and feed in ("1999", "incident"):
                W("report without text")
            if it["truth"] is not None and it["truth"] not in labels:
                W("truth %r not an incident" % it["truth"])
            eff_alt = it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
            if eff_alt is not None and eff_alt not in alt_labels:
                W("truth_alt %r not an incident of the alternative reading" % eff_alt)
            if "truth_alt" in it and not alt:
                W("truth_alt without an alternative_reading")
        keys = set(by_key)
        for it in items:
            if "follows" in it:
                f = it["follows"]
                for x in (f if isinstance(f, list) else [f]):
                    if x not in keys or x == it["key"]:
                        E("%s follows unknown key %r" % (it["key"], x))
        # sufficient evidence keys
        for lab, inc in labels.items():
            sk = inc.get("sufficient_evidence_key")
            if sk not in by_key:
                E("incident %s: sufficient_evidence_key %r not an item" % (lab, sk))
            elif by_key[sk]["truth"] != lab:
                E("incident %s: sufficient item is labelled %r" % (lab, by_key[sk]["truth"]))
            if not any(i["truth"] == lab for i in items):
                E("incident %s has no items" % lab)
        if alt:
            for lab, inc in alt_labels.items():
                sk = inc.get("sufficient_evidence_key")
                if sk not in by_key:
                    E("alt incident %s: sufficient key %r not an item" % (lab, sk))
                    continue
                it = by_key[sk]
                if it.get("truth_alt", it["truth"]) != lab:
                    E("alt incident %s: sufficient item labelled %r under the alternative" % (lab, it.get("truth_alt", it["truth"])))
        noise = sum(1 for it in by_key.values() if it["truth"] is None)
        summary.append((base, len(items), len(by_key), noise, len(labels), len(alt_labels) if alt else "-"))
    for row in summary:
        print("%-45s lines %3d  keys %3d  noise %3d  incidents %d  alt %s" % row)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: %d situations" % len(summary))


if __name__ == "__main__":
    main()
