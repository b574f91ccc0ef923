"""Validate situations 851-862 (only files whose names start with those numbers).

Checks: every line parses; every field as FORMAT.md says (kinds, feeds, agencies,
categories, severities, times, sensor fields, CCTV confidence, levels, permit ends);
keys unique except true duplicates (identical but for `arrival`); sensor ids registered,
of the feed's kind, and items at the registered position (CCTV events may carry the
position of what they saw, within 600 m of the camera); arrival order; `follows` keys
exist; every truth label is an incident of the truth file and vice versa; truth_alt
labels are incidents of the alternative reading and vice versa; each
sufficient_evidence_key exists and belongs to its incident (in its reading).
Exit status 1 and a list of problems if anything fails.
"""
import glob
import json
import os
import re
import sys
from datetime import datetime, timezone

from lib import OUT_DIR, SENSORS, dist_m

NUMS = range(851, 863)
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
          "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
                "planned_event": "police", "1999": "citizen", "119": "fire"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
    "incident": {"traffic_accident", "accident", "injury_accident", "stalled_vehicle", "fallen_object",
                 "wrong_way_driver", "fire_report", "hazmat_report", "flooding_report", "road_closure",
                 "road_collapse", "crowd_control", "traffic_signal_fault", "theft", "public_disturbance",
                 "medical", "other"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke",
             "gas_odor", "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage",
             "streetlight", "環境公害", "環境清潔", "動物救援", "公園路樹", "other"},
}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"}}
FEED_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
LABEL_RE = re.compile(r"^[a-z0-9_]+$")


def ptime(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def check_item(it, where, errs):
    def bad(msg):
        errs.append(f"{where}: {msg}")

    extra = set(it) - FIELDS
    if extra:
        bad(f"unknown fields {sorted(extra)}")
    missing = REQUIRED - set(it)
    if missing:
        bad(f"missing fields {sorted(missing)}")
        return
    feed = it["feed"]
    if feed not in FEEDS:
        bad(f"feed {feed!r}")
        return
    if not isinstance(it["key"], str) or not it["key"]:
        bad("key must be a non-empty string")
    if it["kind"] != ("alert" if feed == "rule" else "event"):
        bad(f"kind {it['kind']!r} for feed {feed}")
    if it["category"] not in CATEGORIES[feed]:
        bad(f"category {it['category']!r} not in the vocabulary of feed {feed}")
    if it["severity"] not in SEVERITIES:
        bad(f"severity {it['severity']!r}")
    if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
        bad(f"severity must be Unknown for feed {feed}")
    if feed == "incident" and it["severity"] == "Unknown":
        bad("police reports carry a severity")
    for f in ("lon", "lat"):
        if not isinstance(it[f], (int, float)) or isinstance(it[f], bool):
            bad(f"{f} not a number")
            return
    if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
        bad("position outside Taiwan")
    for f in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
        if not isinstance(it[f], str) or not TIME_RE.match(it[f]):
            bad(f"{f} {it[f]!r} is not ISO 8601 UTC (YYYY-MM-DDTHH:MM:SSZ)")
            return
    if not it["observed"].startswith("2027") or not it["arrival"].startswith("2027"):
        bad("dates must be in 2027")
    obs, arr = ptime(it["observed"]), ptime(it["arrival"])
    if feed != "planned_event" and (obs - arr).total_seconds() > 600:
        bad("observed more than 10 minutes after arrival")
    if not isinstance(it["text"], str) or not it["text"].strip():
        bad("text must be a non-empty string")
    if it["truth"] is not None and (not isinstance(it["truth"], str) or not LABEL_RE.match(it["truth"])):
        bad(f"truth {it['truth']!r}")
    if "truth_alt" in it and it["truth_alt"] is not None and (
            not isinstance(it["truth_alt"], str) or not LABEL_RE.match(it["truth_alt"])):
        bad(f"truth_alt {it['truth_alt']!r}")
    if "truth_alt" in it and it["truth_alt"] == it["truth"]:
        bad("truth_alt equal to truth (leave it out)")
    if "follows" in it and (not isinstance(it["follows"], str) or it["follows"] == it["key"]):
        bad("follows must be another item's key")
    # sensors
    sid = it.get("sensor_id")
    if feed in SENSOR_FEEDS:
        if sid is None:
            bad(f"feed {feed} needs sensor_id")
            return
        if sid not in SENSORS:
            bad(f"sensor_id {sid} not in sensors.geojson")
            return
        s = SENSORS[sid]
        kinds = FEED_KIND.get(feed) or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
        if kinds and s["kind"] not in kinds:
            bad(f"sensor {sid} is a {s['kind']}, not for {feed}/{it['category']}")
        want = FIXED_AGENCY.get(feed, s["agency"])
        if it["agency"] != want:
            bad(f"agency {it['agency']!r}, expected {want!r}")
        if feed == "cctv":
            d = dist_m((it["lon"], it["lat"]), (s["lon"], s["lat"]))
            if d > 600:
                bad(f"CCTV {sid} reports a position {d:.0f} m from the camera")
        elif abs(it["lon"] - s["lon"]) > 1e-9 or abs(it["lat"] - s["lat"]) > 1e-9:
            bad(f"{sid} not at its registered position")
    else:
        if sid is not None:
            bad(f"feed {feed} carries no sensor_id")
        if it["agency"] != FIXED_AGENCY[feed]:
            bad(f"agency {it['agency']!r}, expected {FIXED_AGENCY[feed]!r}")
    # CCTV confidence
    if feed == "cctv":
        c = it.get("confidence")
        if not isinstance(c, (int, float)) or not 0 <= c <= 1:
            bad("CCTV items need a confidence in 0-1")
    elif "confidence" in it:
        bad("confidence only on CCTV items")
    # levels
    cat = it["category"]
    if feed == "rule" and cat in ("flood_depth", "water_level", "heavy_rain"):
        table = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}[cat]
        lv = it.get("level")
        if lv not in table:
            bad(f"{cat} needs a level in {sorted(table)}")
        elif it["severity"] != table[lv]:
            bad(f"{cat} level {lv} means severity {table[lv]}, not {it['severity']}")
    elif "level" in it:
        bad("level only on flood_depth, water_level and heavy_rain alerts")
    # permits
    if feed == "planned_event":
        if "ends" not in it:
            bad("planned events need `ends`")
        elif ptime(it["ends"]) <= obs:
            bad("`ends` must be after the start (`observed`)")
    elif "ends" in it:
        bad("`ends` only on planned events")


def check_situation(stem, errs):
    jpath = os.path.join(OUT_DIR, stem + ".jsonl")
    tpath = os.path.join(OUT_DIR, stem + ".truth.json")
    if not os.path.exists(tpath):
        errs.append(f"{stem}: no truth file")
        return None
    items = []
    with open(jpath, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{stem}.jsonl:{n}"
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: does not parse ({e})")
                continue
            if not isinstance(it, dict):
                errs.append(f"{where}: not an object")
                continue
            check_item(it, where, errs)
            items.append((n, it))
    if not 25 <= len(items) <= 150:
        errs.append(f"{stem}: {len(items)} lines (25-150)")
    # keys and duplicates
    first = {}
    for n, it in items:
        k = it.get("key")
        if k in first:
            a = {x: y for x, y in first[k][1].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                errs.append(f"{stem}.jsonl:{n}: key {k} reused by a different item (line {first[k][0]})")
        else:
            first[k] = (n, it)
    # arrival order
    prev = None
    for n, it in items:
        a = it.get("arrival")
        if prev and a and a < prev:
            errs.append(f"{stem}.jsonl:{n}: arrival {a} before the previous line's {prev}")
        prev = a or prev
    for n, it in items:
        if "follows" in it and it["follows"] not in first:
            errs.append(f"{stem}.jsonl:{n}: follows {it['follows']} which is not in the file")
    # truth
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except json.JSONDecodeError as e:
        errs.append(f"{stem}.truth.json: does not parse ({e})")
        return None
    allowed = {"situation", "description", "incidents", "alternative_reading", "notes"}
    if set(truth) - allowed:
        errs.append(f"{stem}.truth.json: unknown fields {sorted(set(truth) - allowed)}")
    if truth.get("situation") != stem:
        errs.append(f"{stem}.truth.json: situation {truth.get('situation')!r}")
    if not isinstance(truth.get("description"), str) or not truth["description"]:
        errs.append(f"{stem}.truth.json: description missing")

    def check_incidents(incs, labelof, name):
        labels = set()
        for inc in incs:
            if set(inc) != {"label", "type", "description", "sufficient_evidence_key"}:
                errs.append(f"{stem} {name}: incident fields {sorted(inc)}")
                continue
            if inc["label"] in labels:
                errs.append(f"{stem} {name}: label {inc['label']} twice")
            labels.add(inc["label"])
            if inc["type"] not in INCIDENT_TYPES:
                errs.append(f"{stem} {name}: {inc['label']} has type {inc['type']!r}")
            k = inc["sufficient_evidence_key"]
            if k not in first:
                errs.append(f"{stem} {name}: sufficient_evidence_key {k} not in the file")
            elif labelof(first[k][1]) != inc["label"]:
                errs.append(f"{stem} {name}: sufficient_evidence_key {k} belongs to "
                            f"{labelof(first[k][1])!r}, not {inc['label']!r}")
        used = {labelof(it) for _, it in items} - {None}
        for l in sorted(used - labels):
            errs.append(f"{stem} {name}: items labelled {l!r} but no such incident")
        for l in sorted(labels - used):
            errs.append(f"{stem} {name}: incident {l!r} has no item")
        return labels

    main = check_incidents(truth.get("incidents") or [], lambda it: it.get("truth"), "truth")
    if not main:
        errs.append(f"{stem}: no incidents")
    has_alt = any("truth_alt" in it for _, it in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        errs.append(f"{stem}: items carry truth_alt but the truth file has no alternative_reading")
    if alt:
        if not isinstance(alt.get("why"), str) or not alt["why"]:
            errs.append(f"{stem}: alternative_reading needs a why")
        if not has_alt:
            errs.append(f"{stem}: alternative_reading but no item carries truth_alt")
        check_incidents(alt.get("incidents") or [], lambda it: it["truth_alt"] if "truth_alt" in it
                        else it.get("truth"), "alternative")
    return items, truth


def main():
    errs = []
    stems = sorted(os.path.basename(p)[:-6] for p in glob.glob(os.path.join(OUT_DIR, "*.jsonl"))
                   if os.path.basename(p)[:3].isdigit() and int(os.path.basename(p)[:3]) in NUMS)
    nums = {int(s[:3]) for s in stems}
    for n in NUMS:
        if n not in nums:
            errs.append(f"situation {n}: no .jsonl file")
    for p in glob.glob(os.path.join(OUT_DIR, "*.truth.json")):
        b = os.path.basename(p)
        if b[:3].isdigit() and int(b[:3]) in NUMS and b[:-11] not in stems:
            errs.append(f"{b}: no matching .jsonl")
    summary = []
    for stem in stems:
        r = check_situation(stem, errs)
        if r:
            items, truth = r
            keys = {it["key"] for _, it in items}
            noise = {it["key"] for _, it in items if it.get("truth") is None}
            alt = truth.get("alternative_reading")
            summary.append(f"{stem}: {len(items)} lines, {len(keys)} keys, {len(noise)} noise, "
                           f"{len(truth['incidents'])} incidents"
                           + (f", {len(alt['incidents'])} alt" if alt else ""))
    for line in summary:
        print(line)
    if errs:
        print(f"\n{len(errs)} problem(s):")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
