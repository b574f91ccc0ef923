"""Validate the situations 871-882 (only files whose names start with those numbers).

Checks: every line parses; every field as FORMAT.md says; keys unique except true duplicates
(identical but for `arrival`); sensor ids registered, kind compatible with the feed, items at the
registered position (CCTV events may carry what they saw, within 400 m); arrival order; `follows`
keys exist; truth labels <-> truth file; truth_alt labels in the alternative reading; every
sufficient_evidence_key exists and belongs to its incident under its reading.
Prints one table row per situation. Exit 1 on any problem.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS, dist_m

NUMS = range(871, 883)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "road_collapse", "hazmat_report", "wrong_way_driver", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor",
             "water_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
ZH = re.compile(r"[\u4e00-\u9fff]")


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check_item(d, where, errs):
    for f in REQUIRED:
        if f not in d:
            errs.append("%s: missing %s" % (where, f))
    for f in d:
        if f not in ALLOWED:
            errs.append("%s: unknown field %s" % (where, f))
    if errs and any(e.startswith(where + ": missing") for e in errs):
        return
    feed = d["feed"]
    if feed not in FEEDS:
        errs.append("%s: feed %s" % (where, feed))
        return
    if d["kind"] != ("alert" if feed == "rule" else "event"):
        errs.append("%s: kind %s for feed %s" % (where, d["kind"], feed))
    if d["agency"] not in AGENCIES:
        errs.append("%s: agency %s" % (where, d["agency"]))
    if feed in FEED_AGENCY and d["agency"] != FEED_AGENCY[feed]:
        errs.append("%s: agency %s for feed %s" % (where, d["agency"], feed))
    if d["category"] not in CATS[feed]:
        errs.append("%s: category %s not in feed %s" % (where, d["category"], feed))
    if d["severity"] not in SEVERITIES:
        errs.append("%s: severity %s" % (where, d["severity"]))
    if feed in UNKNOWN_SEV and d["severity"] != "Unknown":
        errs.append("%s: severity must be Unknown for %s" % (where, feed))
    if feed == "incident" and d["severity"] == "Unknown":
        errs.append("%s: police report without severity" % where)
    for f in ("observed", "arrival"):
        if not ISO.match(str(d[f])):
            errs.append("%s: %s not ISO UTC: %s" % (where, f, d[f]))
        elif not d[f].startswith("2027-"):
            errs.append("%s: %s not in 2027" % (where, f))
    if not (isinstance(d["lon"], (int, float)) and isinstance(d["lat"], (int, float))
            and 118 < d["lon"] < 123 and 21 < d["lat"] < 27):
        errs.append("%s: lon/lat" % where)
    if not isinstance(d["text"], str) or not ZH.search(d["text"]):
        errs.append("%s: text not zh-TW" % where)
    if d["truth"] is not None and not isinstance(d["truth"], str):
        errs.append("%s: truth" % where)
    if "truth_alt" in d:
        if d["truth_alt"] is not None and not isinstance(d["truth_alt"], str):
            errs.append("%s: truth_alt" % where)
        if d["truth_alt"] == d["truth"]:
            errs.append("%s: truth_alt equals truth (leave it out)" % where)
    # sensors
    if feed in SENSOR_FEEDS:
        sid = d.get("sensor_id")
        if sid not in SENSORS:
            errs.append("%s: sensor_id %r not registered" % (where, sid))
        else:
            s = SENSORS[sid]
            if d["agency"] != s["agency"]:
                errs.append("%s: agency %s, sensor's is %s" % (where, d["agency"], s["agency"]))
            if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                errs.append("%s: %s is a %s, not %s" % (where, sid, s["kind"], feed))
            if feed == "rule" and d["category"] in RULE_KIND and s["kind"] != RULE_KIND[d["category"]]:
                errs.append("%s: rule %s on a %s sensor" % (where, d["category"], s["kind"]))
            off = dist_m((d["lon"], d["lat"]), (s["lon"], s["lat"]))
            if feed == "cctv":
                if off > 400:
                    errs.append("%s: CCTV sight %.0f m from camera" % (where, off))
            elif abs(d["lon"] - s["lon"]) > 1e-9 or abs(d["lat"] - s["lat"]) > 1e-9:
                errs.append("%s: %s not at its registered position (%.1f m off)" % (where, sid, off))
    elif "sensor_id" in d:
        errs.append("%s: sensor_id on a %s item" % (where, feed))
    # feed-specific fields
    if feed == "cctv":
        c = d.get("confidence")
        if not isinstance(c, (int, float)) or not 0 <= c <= 1:
            errs.append("%s: confidence" % where)
    elif "confidence" in d:
        errs.append("%s: confidence on a %s item" % (where, feed))
    cat = d["category"]
    if feed == "rule" and cat in LEVELS:
        lv = d.get("level")
        if lv not in LEVELS[cat]:
            errs.append("%s: level %r for %s" % (where, lv, cat))
        elif d["severity"] != LEVELS[cat][lv]:
            errs.append("%s: severity %s for %s level %s" % (where, d["severity"], cat, lv))
    elif "level" in d:
        errs.append("%s: level on a %s/%s item" % (where, feed, cat))
    if feed == "planned_event":
        if "ends" not in d or not ISO.match(str(d["ends"])):
            errs.append("%s: planned event without ends" % where)
        elif t(d["ends"]) <= t(d["observed"]):
            errs.append("%s: ends before start" % where)
    elif "ends" in d:
        errs.append("%s: ends on a %s item" % (where, feed))
    if "follows" in d:
        if not isinstance(d["follows"], str) or d["follows"] == d["key"]:
            errs.append("%s: follows" % where)


def check(num):
    errs = []
    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(js) != 1:
        return ["%d: expected one .jsonl, found %d" % (num, len(js))], None
    base = js[0][:-len(".jsonl")]
    name = os.path.basename(base)
    tf = base + ".truth.json"
    if not os.path.exists(tf):
        return ["%s: no truth file" % name], None
    items = []
    with open(js[0], encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            where = "%s.jsonl:%d" % (name, i)
            try:
                d = json.loads(line)
            except ValueError as e:
                errs.append("%s: %s" % (where, e))
                continue
            if not isinstance(d, dict):
                errs.append("%s: not an object" % where)
                continue
            check_item(d, where, errs)
            items.append((where, d))
    if errs:
        return errs, None
    n = len(items)
    if not 25 <= n <= 150:
        errs.append("%s: %d lines (25-150)" % (name, n))
    # keys and duplicates
    first = {}
    for where, d in items:
        k = d["key"]
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in d.items() if x != "arrival"}
            if a != b:
                errs.append("%s: key %s repeated with different content" % (where, k))
            elif first[k]["arrival"] == d["arrival"]:
                errs.append("%s: key %s delivered twice at the same arrival" % (where, k))
        else:
            first[k] = d
    # arrival order
    prev = None
    for where, d in items:
        if prev and t(d["arrival"]) < prev:
            errs.append("%s: arrival out of order" % where)
        prev = t(d["arrival"])
    # follows
    for where, d in items:
        if "follows" in d and d["follows"] not in first:
            errs.append("%s: follows %s: no such key" % (where, d["follows"]))
        if "follows" in d and d["follows"] in first and first[d["follows"]]["feed"] != d["feed"]:
            errs.append("%s: follows an item of another feed" % where)
    # truth
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except ValueError as e:
        return errs + ["%s: %s" % (tf, e)], None
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            errs.append("%s.truth.json: missing %s" % (name, f))
    for f in truth:
        if f not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            errs.append("%s.truth.json: unknown field %s" % (name, f))
    if truth.get("situation") != name:
        errs.append("%s.truth.json: situation %r" % (name, truth.get("situation")))

    def reading(incs, label_of, tag):
        labels = [i.get("label") for i in incs]
        if len(set(labels)) != len(labels):
            errs.append("%s %s: duplicate labels" % (name, tag))
        for i in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in i:
                    errs.append("%s %s: incident without %s" % (name, tag, f))
            if i.get("type") not in TYPES:
                errs.append("%s %s: %s type %r" % (name, tag, i.get("label"), i.get("type")))
            k = i.get("sufficient_evidence_key")
            if k not in first:
                errs.append("%s %s: %s sufficient key %s missing" % (name, tag, i.get("label"), k))
            elif label_of(first[k]) != i.get("label"):
                errs.append("%s %s: %s sufficient key %s belongs to %r" % (name, tag, i["label"], k,
                                                                             label_of(first[k])))
        used = {label_of(d) for d in first.values()} - {None}
        for lab in used - set(labels):
            errs.append("%s %s: label %s used by items but not in the incidents" % (name, tag, lab))
        for lab in set(labels) - used:
            errs.append("%s %s: incident %s has no items" % (name, tag, lab))
        return labels

    main = reading(truth.get("incidents", []), lambda d: d["truth"], "truth")
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in d for d in first.values())
    altn = None
    if alt is not None:
        if "why" not in alt or "incidents" not in alt:
            errs.append("%s: alternative_reading needs why and incidents" % name)
        else:
            altn = reading(alt["incidents"], lambda d: d.get("truth_alt", d["truth"]) if "truth_alt" in d
                           else d["truth"], "alt")
            if not has_alt:
                errs.append("%s: alternative_reading but no item has truth_alt" % name)
    elif has_alt:
        errs.append("%s: truth_alt without alternative_reading" % name)
    noise = sum(1 for d in first.values() if d["truth"] is None)
    row = (name, n, len(first), noise, len(main), len(altn) if altn is not None else 0)
    return errs, row


def main():
    allerr = []
    rows = []
    for num in NUMS:
        e, row = check(num)
        allerr += e
        if row:
            rows.append(row)
    for extra in ("README_871-882.md", "vocabulary_needed_871-882.md"):
        if not os.path.exists(os.path.join(OUT, extra)):
            allerr.append("missing %s" % extra)
    print("| file | lines | unique keys | noise keys | incidents | alt incidents |")
    for r in rows:
        print("| %s | %d | %d | %d | %d | %d |" % r)
    big = [r for r in rows if r[1] > 90]
    if len(big) > 3:
        allerr.append("more than three situations above 90 lines: %s" % [r[0] for r in big])
    if allerr:
        print("\n%d problem(s):" % len(allerr))
        for e in allerr:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d situations valid" % len(rows))


if __name__ == "__main__":
    main()
