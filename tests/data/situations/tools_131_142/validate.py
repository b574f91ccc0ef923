"""Validate situations 131-142. Run: python3 validate.py  (exit 1 on any problem)."""
import glob
import json
import os
import sys

from lib import OUT, SENSORS

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
RULE_SENSOR = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "planned_event"}


def check(path):
    errs = []
    base = os.path.basename(path)[:-len(".jsonl")]
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errs.append(f"{base}:{n}: not JSON ({e})")
    try:
        with open(os.path.join(OUT, base + ".truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return errs + [f"{base}: truth file: {e}"], None
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            errs.append(f"{base}: truth file lacks {k}")
    if set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}:
        errs.append(f"{base}: truth file has unknown keys {set(truth) - {'situation', 'description', 'incidents', 'alternative_reading', 'notes'}}")
    if truth.get("situation") != base:
        errs.append(f"{base}: truth situation {truth.get('situation')!r} != file name")
    if not 10 <= len(items) <= 80:
        errs.append(f"{base}: {len(items)} lines, expected 10-80")
    first = {}
    prev_arr = ""
    for n, it in items:
        where = f"{base}:{n} ({it.get('key')})"
        for k in REQUIRED:
            if k not in it:
                errs.append(f"{where}: missing {k}")
        if set(it) - ALLOWED:
            errs.append(f"{where}: unknown fields {set(it) - ALLOWED}")
        if it.get("kind") not in KINDS or it.get("feed") not in FEEDS or it.get("agency") not in AGENCIES or it.get("severity") not in SEVS:
            errs.append(f"{where}: bad kind/feed/agency/severity")
        if (it.get("kind") == "alert") != (it.get("feed") == "rule"):
            errs.append(f"{where}: kind alert iff feed rule")
        feed = it.get("feed")
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
            errs.append(f"{where}: agency {it.get('agency')} for feed {feed}")
        if feed in UNKNOWN_SEV_FEEDS and it.get("severity") != "Unknown":
            errs.append(f"{where}: feed {feed} carries no severity, expected Unknown")
        for k in ("observed", "arrival", "ends"):
            v = it.get(k)
            if v is not None and not (isinstance(v, str) and len(v) == 20 and v.endswith("Z") and v[10] == "T"):
                errs.append(f"{where}: {k} not ISO 8601 UTC")
        if it.get("arrival", "") < prev_arr:
            errs.append(f"{where}: arrival out of order")
        prev_arr = max(prev_arr, it.get("arrival", ""))
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in SENSORS:
                errs.append(f"{where}: sensor_id {sid!r} not in sensors.geojson")
            else:
                lon, lat = SENSORS[sid]["geometry"]["coordinates"]
                if (it.get("lon"), it.get("lat")) != (lon, lat):
                    errs.append(f"{where}: position {it.get('lon')},{it.get('lat')} != registered {lon},{lat}")
                props = SENSORS[sid]["properties"]
                if feed in ("rule", "status", "cctv") and it.get("agency") != props["agency"]:
                    errs.append(f"{where}: agency {it.get('agency')} != sensor agency {props['agency']}")
                if feed in FEED_KIND and props["kind"] != FEED_KIND[feed]:
                    errs.append(f"{where}: sensor {sid} is a {props['kind']}, not {FEED_KIND[feed]}")
                if feed == "rule" and it.get("category") in RULE_SENSOR and props["kind"] != RULE_SENSOR[it["category"]]:
                    errs.append(f"{where}: {it['category']} from a {props['kind']} sensor")
        elif sid is not None:
            errs.append(f"{where}: sensor_id on feed {feed}")
        cat = it.get("category")
        if cat in LEVELS:
            if it.get("level") not in LEVELS[cat]:
                errs.append(f"{where}: level {it.get('level')!r} invalid for {cat}")
            elif LEVELS[cat][it["level"]] != it.get("severity"):
                errs.append(f"{where}: severity {it.get('severity')} != band {it['level']}")
        elif "level" in it:
            errs.append(f"{where}: level on {cat}")
        if ("confidence" in it) != (feed == "cctv"):
            errs.append(f"{where}: confidence iff cctv")
        if ("ends" in it) != (feed == "planned_event"):
            errs.append(f"{where}: ends iff planned_event")
        if "ends" in it and it["ends"] <= it["observed"]:
            errs.append(f"{where}: ends before start")
        if not isinstance(it.get("text"), str) or not it.get("text"):
            errs.append(f"{where}: empty text")
        k = it.get("key")
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                errs.append(f"{where}: key repeated with different fields (only arrival may differ)")
            if it.get("arrival") == first[k].get("arrival"):
                errs.append(f"{where}: duplicate delivery with the same arrival")
        else:
            first[k] = it
    keys = set(first)
    for k, it in first.items():
        if "follows" in it and it["follows"] not in keys:
            errs.append(f"{base}: {k} follows unknown key {it['follows']}")
        if it.get("follows") == k:
            errs.append(f"{base}: {k} follows itself")
    # labels
    inc = {i["label"]: i for i in truth.get("incidents", [])}
    alt = truth.get("alternative_reading")
    alt_inc = {i["label"]: i for i in alt["incidents"]} if alt else None
    if alt and not alt.get("why"):
        errs.append(f"{base}: alternative_reading without why")
    used, used_alt = set(), set()
    for k, it in first.items():
        lab = it["truth"]
        if lab is not None:
            used.add(lab)
            if lab not in inc:
                errs.append(f"{base}: {k} truth {lab} not an incident")
        if "truth_alt" in it and alt is None:
            errs.append(f"{base}: {k} has truth_alt but no alternative_reading")
        if "truth_alt" in it and it["truth_alt"] == lab:
            errs.append(f"{base}: {k} truth_alt equals truth (omit it)")
        if alt is not None:
            la = it.get("truth_alt", lab)
            if la is not None:
                used_alt.add(la)
                if la not in alt_inc:
                    errs.append(f"{base}: {k} alternative label {la} not an alternative incident")
    for lab, i in inc.items():
        for f in ("label", "type", "description", "sufficient_evidence_key"):
            if f not in i:
                errs.append(f"{base}: incident {lab} lacks {f}")
        if lab not in used:
            errs.append(f"{base}: incident {lab} has no item")
        sk = i.get("sufficient_evidence_key")
        if sk not in first or first[sk]["truth"] != lab:
            errs.append(f"{base}: incident {lab} sufficient_evidence_key {sk} missing or not labelled {lab}")
    if alt is not None:
        for lab, i in alt_inc.items():
            if lab not in used_alt:
                errs.append(f"{base}: alternative incident {lab} has no item")
            sk = i.get("sufficient_evidence_key")
            if sk not in first or first[sk].get("truth_alt", first[sk]["truth"]) != lab:
                errs.append(f"{base}: alternative incident {lab} sufficient_evidence_key {sk} missing or mislabelled")
    stats = {"lines": len(items), "keys": len(keys), "noise": sum(1 for it in first.values() if it["truth"] is None),
             "incidents": len(inc), "alt_incidents": len(alt_inc) if alt else None}
    return errs, stats


def main():
    files = sorted(glob.glob(os.path.join(OUT, "1[34][0-9]_*.jsonl")))
    files = [f for f in files if 131 <= int(os.path.basename(f)[:3]) <= 142]
    total = []
    for f in files:
        errs, st = check(f)
        total += errs
        print(f"{os.path.basename(f):55s} {'OK' if not errs else 'FAIL'} {st}")
    for e in total:
        print("  ", e)
    print(f"{len(files)} situations, {len(total)} problems")
    if len(files) != 12:
        print("expected 12 situations")
        return 1
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
