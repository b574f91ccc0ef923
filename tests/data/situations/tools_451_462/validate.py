"""Validate situations 451-462: python3 validate.py  (exit 1 on any problem)."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
NUMS = range(451, 463)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
# The brief's vocabulary (FORMAT.md) ...
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
# ... plus what vocabulary_needed_451-462.md lists.
NEEDED = {"incident": {"hazmat_report", "medical", "other"}, "1999": {"gas_odor", "traffic_signal"},
          "planned_event": {"event"}}
TYPES = {"fire", "hazmat", "traffic", "crowd", "public_safety", "rescue", "flood", "infrastructure"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENSORS = {ft["properties"]["sensor_id"]: (ft["properties"], ft["geometry"]["coordinates"])
               for ft in json.load(f)["features"]}

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def check(num):
    files = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(files) != 1:
        bad(num, f"expected one jsonl, found {files}")
        return None
    path = files[0]
    base = path[:-len(".jsonl")]
    name = os.path.basename(base)
    try:
        truth = json.load(open(base + ".truth.json", encoding="utf-8"))
    except Exception as e:  # noqa
        bad(name, f"truth file: {e}")
        return None
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append((n, json.loads(line)))
        except Exception as e:  # noqa
            bad(f"{name}:{n}", f"not JSON: {e}")
    # truth file shape
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            bad(name, f"truth lacks {k}")
    if truth.get("situation") != name:
        bad(name, "situation name differs from file name")
    main = {i["label"]: i for i in truth["incidents"]}
    if len(main) != len(truth["incidents"]):
        bad(name, "duplicate incident label")
    alt = truth.get("alternative_reading")
    altinc = None
    if alt is not None:
        if not alt.get("why") or "incidents" not in alt:
            bad(name, "alternative_reading needs why and incidents")
        altinc = {i["label"]: i for i in alt["incidents"]}
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if not inc.get(k):
                bad(name, f"incident lacks {k}: {inc}")
        if inc.get("type") not in TYPES:
            bad(name, f"incident type {inc.get('type')}")
    # items
    first = {}
    prev_arr = ""
    keys_seen = {}
    for n, it in items:
        w = f"{name}:{n}"
        for k in REQUIRED:
            if k not in it:
                bad(w, f"missing {k}")
        feed = it.get("feed")
        if feed not in FEEDS:
            bad(w, f"feed {feed}")
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            bad(w, "kind/feed mismatch")
        cat = it["category"]
        if cat not in CATS[feed] | NEEDED.get(feed, set()):
            bad(w, f"category {feed}/{cat} not in the vocabulary")
        if it["severity"] not in SEV:
            bad(w, f"severity {it['severity']}")
        if feed in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event") and it["severity"] != "Unknown":
            bad(w, "this feed gives no severity: Unknown expected")
        if feed in ("rule", "incident") and it["severity"] == "Unknown":
            bad(w, "rules and police reports carry a severity")
        for k in ("observed", "arrival"):
            if not TS.match(it.get(k, "")):
                bad(w, f"{k} not ISO 8601 UTC")
        if it["arrival"] < prev_arr:
            bad(w, "arrival order broken")
        prev_arr = it["arrival"]
        if feed != "planned_event" and it["observed"] > it["arrival"]:
            bad(w, "observed after arrival")
        if not (120.60 <= it["lon"] <= 120.74 and 24.15 <= it["lat"] <= 24.235):
            bad(w, "position outside the study area")
        if not isinstance(it["text"], str) or not it["text"].strip():
            bad(w, "empty text")
        # sensors
        sid = it.get("sensor_id")
        if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            if sid not in SENSORS:
                bad(w, f"sensor {sid} not registered")
            else:
                p, (lon, lat) = SENSORS[sid]
                if (round(lon, 6), round(lat, 6)) != (round(it["lon"], 6), round(it["lat"], 6)):
                    bad(w, "sensor item not at the registered position")
                exp_ag = p["agency"] if feed in ("rule", "status", "cctv") else AGENCY[feed]
                if it["agency"] != exp_ag:
                    bad(w, f"agency {it['agency']} != {exp_ag}")
                if feed in SENSOR_KIND and p["kind"] != SENSOR_KIND[feed]:
                    bad(w, f"sensor kind {p['kind']} for feed {feed}")
                if feed == "rule" and cat in RULE_KIND and p["kind"] != RULE_KIND[cat]:
                    bad(w, f"rule {cat} on a {p['kind']} sensor")
        else:
            if sid is not None:
                bad(w, "sensor_id on a non-sensor feed")
            if it["agency"] != AGENCY[feed]:
                bad(w, f"agency {it['agency']}")
        # optional fields
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            bad(w, "confidence only on cctv, 0-1")
        if feed == "cctv" and "confidence" not in it:
            bad(w, "cctv without confidence")
        if "level" in it:
            if feed != "rule" or it["level"] not in LEVELS.get(cat, set()):
                bad(w, f"level {it['level']} for {feed}/{cat}")
            if cat == "flood_depth" and FLOOD_SEV[it["level"]] != it["severity"]:
                bad(w, "flood band and severity disagree")
        elif feed == "rule" and cat in LEVELS:
            bad(w, "rule without level")
        if ("ends" in it) != (feed == "planned_event"):
            bad(w, "ends only (and always) on planned events")
        if "ends" in it and it["ends"] <= it["observed"]:
            bad(w, "ends before start")
        # keys and duplicates
        key = it["key"]
        if key in keys_seen:
            a = {k: v for k, v in keys_seen[key].items() if k != "arrival"}
            b = {k: v for k, v in it.items() if k != "arrival"}
            if a != b:
                bad(w, f"duplicate {key} differs beyond arrival")
        else:
            keys_seen[key] = it
            first[key] = n
        # labels
        if it["truth"] is not None and it["truth"] not in main:
            bad(w, f"truth {it['truth']} not an incident")
        if "truth_alt" in it:
            if alt is None:
                bad(w, "truth_alt without alternative_reading")
            elif it["truth_alt"] == it["truth"]:
                bad(w, "truth_alt equal to truth")
        if altinc is not None:
            la = it.get("truth_alt", it["truth"])
            if la is not None and la not in altinc:
                bad(w, f"alt label {la} not an alternative incident")
    for n, it in items:
        if "follows" in it and it["follows"] not in keys_seen:
            bad(f"{name}:{n}", f"follows unknown key {it['follows']}")
    uniq = list(keys_seen.values())
    # every incident has items and a sufficient key with its label
    for lab, inc in main.items():
        if not any(i["truth"] == lab for i in uniq):
            bad(name, f"incident {lab} has no item")
        s = keys_seen.get(inc["sufficient_evidence_key"])
        if s is None or s["truth"] != lab:
            bad(name, f"sufficient key of {lab} missing or labelled otherwise")
    if altinc is not None:
        for lab, inc in altinc.items():
            lbl = lambda i: i.get("truth_alt", i["truth"])  # noqa
            if not any(lbl(i) == lab for i in uniq):
                bad(name, f"alt incident {lab} has no item")
            s = keys_seen.get(inc["sufficient_evidence_key"])
            if s is None or lbl(s) != lab:
                bad(name, f"alt sufficient key of {lab} missing or labelled otherwise")
    noise = [i for i in uniq if i["truth"] is None]
    if not noise:
        bad(name, "no background noise")
    if not 25 <= len(items) <= 80:
        bad(name, f"{len(items)} items, outside 25-80")
    alt_n = len(altinc) if altinc is not None else len(main)
    return {"file": os.path.basename(path), "lines": len(items), "unique": len(uniq), "noise": len(noise),
            "incidents": len(main), "alt_incidents": alt_n,
            "dups": len(items) - len(uniq)}


def main():
    rows = [r for r in (check(n) for n in NUMS) if r]
    extra = [p for p in glob.glob(os.path.join(OUT, "*.jsonl")) if not re.match(r"4(5[1-9]|6[0-2])_", os.path.basename(p))]
    if extra:
        bad("out", f"unexpected files {extra}")
    for r in rows:
        print(f"{r['file']:55s} lines={r['lines']:3d} unique={r['unique']:3d} noise={r['noise']:2d} "
              f"dups={r['dups']} incidents={r['incidents']} alt={r['alt_incidents']}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: all situations valid")
    return rows


if __name__ == "__main__":
    main()
