"""Check every file of situations 1471-1482 (only these numbers). Exit 1 on any problem.

Checks: each situation has one .jsonl and one .truth.json; every line parses and carries the fields
of FORMAT.md with allowed values; keys are unique except true duplicates (same key, every field but
`arrival` equal); arrivals are in order; every `follows` names a key of the file; sensor ids are
registered, of the feed's kind, at their registered position, with their registered agency; gateways
are registered; labels match the truth file (both readings), every incident has evidence and its
sufficient_evidence_key carries its label; 30-150 items; background in every situation; delivery
delays as FORMAT/brief say (police 2-20 min, 1999 1-7 min on first delivery).
"""
import collections
import datetime as dt
import glob
import json
import os
import re
import sys

from lib import (AGENCIES, CASE_STATUS, CATEGORIES, FEEDS, FEED_KIND, FLOOD_BANDS, GATEWAYS, INCIDENT_TYPES,
                 OUT_DIR, PERMIT_STATUS, RAIN_CLASSES, REASONS, RULE_KIND, SENSOR_FEEDS, SENSORS, SEVERITIES,
                 UNKNOWN_SEVERITY_FEEDS, WL_LEVELS, parse_iso)

NUMBERS = range(1471, 1483)
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
            "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                           "permit_status", "gateway", "truth_alt"}
BOX = (120.60, 24.15, 120.72, 24.23)  # in and around the zone
CJK = re.compile(r"[\u4e00-\u9fff]")


def check_situation(num, problems):
    def bad(msg):
        problems.append(f"{num}: {msg}")

    jl = sorted(glob.glob(os.path.join(OUT_DIR, f"{num}_*.jsonl")))
    tr = sorted(glob.glob(os.path.join(OUT_DIR, f"{num}_*.truth.json")))
    if len(jl) != 1 or len(tr) != 1:
        bad(f"expected one .jsonl and one .truth.json, found {jl} {tr}")
        return None
    if jl[0][:-len(".jsonl")] != tr[0][:-len(".truth.json")]:
        bad("jsonl and truth file names differ")
    try:
        with open(tr[0], encoding="utf-8") as f:
            truth = json.load(f)
    except Exception as e:  # noqa: BLE001
        bad(f"truth file does not parse: {e}")
        return None

    items = []
    with open(jl[0], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append((n, json.loads(line)))
            except Exception as e:  # noqa: BLE001
                bad(f"line {n} does not parse: {e}")
    if not 30 <= len(items) <= 150:
        bad(f"{len(items)} items, expected 30-150")

    first = {}
    prev_arrival = None
    for n, it in items:
        where = f"line {n} ({it.get('key')})"
        missing = [k for k in REQUIRED if k not in it]
        if missing:
            bad(f"{where}: missing {missing}")
            continue
        extra = set(it) - ALLOWED
        if extra:
            bad(f"{where}: unknown fields {sorted(extra)}")
        feed = it["feed"]
        if feed not in FEEDS:
            bad(f"{where}: feed {feed}")
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            bad(f"{where}: kind {it['kind']} for feed {feed}")
        if it["agency"] not in AGENCIES:
            bad(f"{where}: agency {it['agency']}")
        if it["category"] not in CATEGORIES[feed]:
            bad(f"{where}: category {it['category']} not a {feed} category")
        if it["severity"] not in SEVERITIES:
            bad(f"{where}: severity {it['severity']}")
        if feed in UNKNOWN_SEVERITY_FEEDS and it["severity"] != "Unknown":
            bad(f"{where}: {feed} carries no severity (Unknown)")
        if feed == "incident" and it["severity"] == "Unknown":
            bad(f"{where}: police reports carry a severity")
        if not (isinstance(it["text"], str) and CJK.search(it["text"])):
            bad(f"{where}: text should be zh-TW")
        lon, lat = it["lon"], it["lat"]
        if not (BOX[0] <= lon <= BOX[2] and BOX[1] <= lat <= BOX[3]):
            bad(f"{where}: position {lon},{lat} outside the study box")
        try:
            obs, arr = parse_iso(it["observed"]), parse_iso(it["arrival"])
        except Exception:  # noqa: BLE001
            bad(f"{where}: bad timestamp")
            continue
        if prev_arrival and arr < prev_arrival:
            bad(f"{where}: arrival out of order")
        prev_arrival = arr
        if feed != "planned_event" and obs > arr + dt.timedelta(seconds=300):
            bad(f"{where}: observed more than 5 min after arrival")
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                bad(f"{where}: sensor {sid} not registered")
            else:
                s = SENSORS[sid]
                if abs(s["lon"] - lon) > 1e-6 or abs(s["lat"] - lat) > 1e-6:
                    bad(f"{where}: {sid} not at its registered position")
                if s["agency"] != it["agency"]:
                    bad(f"{where}: agency {it['agency']} but {sid} is {s['agency']}'s")
                need = FEED_KIND.get(feed)
                if feed == "rule":
                    need = RULE_KIND.get(it["category"])
                if need and s["kind"] != need:
                    bad(f"{where}: {sid} is a {s['kind']}, not a {need}")
        elif "sensor_id" in it:
            bad(f"{where}: sensor_id on a {feed} item")
        # feed-specific fields
        if ("confidence" in it) != (feed == "cctv"):
            bad(f"{where}: confidence belongs to cctv items")
        elif feed == "cctv" and not 0 <= it["confidence"] <= 1:
            bad(f"{where}: confidence out of 0-1")
        if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS):
            bad(f"{where}: reason {it['reason']}")
        if "status" in it and not (feed == "119" and it["status"] in CASE_STATUS):
            bad(f"{where}: status {it['status']}")
        if "gateway" in it:
            if feed not in ("rule", "status") or it["gateway"] not in (GATEWAYS | set(SENSORS)):
                bad(f"{where}: gateway {it['gateway']}")
            elif it.get("sensor_id") in SENSORS and SENSORS[it["sensor_id"]]["gateway"] not in (None, it["gateway"]):
                bad(f"{where}: gateway {it['gateway']} is not {it['sensor_id']}'s registered one")
        for fld in ("ends", "radius_m", "permit_status"):
            if fld in it and feed != "planned_event":
                bad(f"{where}: {fld} on a {feed} item")
        if feed == "planned_event":
            if "ends" not in it or parse_iso(it["ends"]) <= obs:
                bad(f"{where}: a permit needs ends after its start")
            if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
                bad(f"{where}: radius_m out of range")
            if "permit_status" in it and it["permit_status"] not in PERMIT_STATUS:
                bad(f"{where}: permit_status {it['permit_status']}")
        if "level" in it:
            cat = it["category"]
            ok = (feed == "rule" and ((cat == "flood_depth" and it["level"] in FLOOD_BANDS)
                                      or (cat == "water_level" and it["level"] in WL_LEVELS)
                                      or (cat == "heavy_rain" and it["level"] in RAIN_CLASSES)))
            if not ok:
                bad(f"{where}: level {it['level']}")
        if feed == "rule":
            cat = it["category"]
            expect = {"flood_depth": FLOOD_BANDS, "water_level": WL_LEVELS, "heavy_rain": RAIN_CLASSES}.get(cat)
            if expect is not None:
                if "level" not in it:
                    bad(f"{where}: {cat} alert without level")
                elif expect[it["level"]] != it["severity"]:
                    bad(f"{where}: severity {it['severity']} does not match level {it['level']}")
        # duplicates
        key = it["key"]
        if key in first:
            a = {k: v for k, v in first[key].items() if k != "arrival"}
            b = {k: v for k, v in it.items() if k != "arrival"}
            if a != b:
                bad(f"{where}: key repeats with other fields changed")
            if parse_iso(it["arrival"]) <= parse_iso(first[key]["arrival"]):
                bad(f"{where}: duplicate arrives before its first delivery")
        else:
            first[key] = it
            delay = (arr - obs).total_seconds()
            if feed == "incident" and not 120 <= delay <= 1200:
                bad(f"{where}: police report {delay:.0f} s late (2-20 min)")
            if feed == "1999" and not 60 <= delay <= 420:
                bad(f"{where}: 1999 case {delay:.0f} s late (1-7 min)")
            if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv", "119") and not -300 <= delay <= 600:
                bad(f"{where}: device/dispatch delay {delay:.0f} s")

    for n, it in items:
        fol = it.get("follows")
        if fol is not None and fol not in first:
            bad(f"line {n} ({it.get('key')}): follows {fol}, no such key")
        if fol == it.get("key"):
            bad(f"line {n}: follows itself")

    # truth
    for fld in ("situation", "description", "incidents"):
        if fld not in truth:
            bad(f"truth file lacks {fld}")
    if truth.get("situation") != num:
        bad(f"truth situation {truth.get('situation')} != {num}")
    labels = {}
    for inc in truth.get("incidents", []):
        for fld in ("label", "type", "description", "sufficient_evidence_key"):
            if fld not in inc:
                bad(f"incident {inc.get('label')} lacks {fld}")
        if inc.get("type") not in INCIDENT_TYPES:
            bad(f"incident {inc.get('label')}: type {inc.get('type')}")
        if inc.get("label") in labels:
            bad(f"incident label {inc.get('label')} twice")
        labels[inc.get("label")] = inc
    used = collections.Counter(it["truth"] for _, it in items if "truth" in it)
    if used.get(None, 0) == 0:
        bad("no background item (truth null)")
    for lab in used:
        if lab is not None and lab not in labels:
            bad(f"label {lab} used in the jsonl but not in the truth file")
    for lab, inc in labels.items():
        if used.get(lab, 0) == 0:
            bad(f"incident {lab} has no item")
        k = inc.get("sufficient_evidence_key")
        if k not in first:
            bad(f"incident {lab}: sufficient_evidence_key {k} not in the file")
        elif first[k]["truth"] != lab:
            bad(f"incident {lab}: sufficient_evidence_key {k} is labelled {first[k]['truth']}")

    has_alt = any("truth_alt" in it for _, it in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        bad("items carry truth_alt but the truth file has no alternative_reading")
    if alt:
        if "why" not in alt or "incidents" not in alt:
            bad("alternative_reading needs why and incidents")
        alabels = {inc["label"]: inc for inc in alt.get("incidents", [])}
        aused = collections.Counter((it["truth_alt"] if "truth_alt" in it else it["truth"]) for _, it in items)
        for lab in aused:
            if lab is not None and lab not in alabels:
                bad(f"alternative label {lab} not in alternative_reading.incidents")
        for lab, inc in alabels.items():
            if inc.get("type") not in INCIDENT_TYPES:
                bad(f"alternative incident {lab}: type {inc.get('type')}")
            if aused.get(lab, 0) == 0:
                bad(f"alternative incident {lab} has no item")
            k = inc.get("sufficient_evidence_key")
            if k not in first:
                bad(f"alternative incident {lab}: sufficient_evidence_key {k} not in the file")
            else:
                it = first[k]
                if (it["truth_alt"] if "truth_alt" in it else it["truth"]) != lab:
                    bad(f"alternative incident {lab}: sufficient_evidence_key {k} not labelled {lab} under it")
    return len(items), len(labels), used.get(None, 0), sum(1 for _, it in items) - len(first)


def main():
    problems = []
    total = 0
    for num in NUMBERS:
        res = check_situation(num, problems)
        if res:
            n, ninc, nbg, ndup = res
            total += n
            print(f"{num}: {n} items, {ninc} incidents, {nbg} background, {ndup} duplicate deliveries")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(f"OK: {len(NUMBERS)} situations, {total} items")


if __name__ == "__main__":
    main()
