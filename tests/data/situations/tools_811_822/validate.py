"""Checks the situation files 811-822 (and only those) in the parent of this folder.

Every line parses and its fields are as FORMAT.md says; keys are unique except true
duplicates (identical but for `arrival`); sensor items name a registered sensor of the
right kind and sit at its registered position (CCTV events may carry what they saw);
lines are in arrival order; `follows` keys exist (same feed); every truth label is an
incident of the truth file and every incident has items; the same for the alternative
reading; each sufficient_evidence_key exists and belongs to its incident.
Exit status 1 and a list of problems when anything is wrong.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
NUMS = range(811, 823)

SENSORS = {f["properties"]["sensor_id"]: f
           for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]}

FIELDS = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
          "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "truth"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "planned_event": "police", "1999": "citizen", "119": "fire"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
# categories: FORMAT.md's brief plus the codes vocabulary.md lists for the same feeds
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "traffic_accident", "wrong_way_driver", "hazmat_report",
                 "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight",
             "noise", "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor",
             "water_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
CJK = re.compile(r"[\u4e00-\u9fff]")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def ts(v):
    return dt.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")


def check_item(where, it):
    for k in it:
        if k not in FIELDS:
            bad(where, f"unknown field {k}")
    for k in REQUIRED:
        if k not in it:
            bad(where, f"missing {k}")
    if [k for k in FIELDS if k in it] != list(it):
        bad(where, "fields out of the usual order")
    feed = it.get("feed")
    if feed not in FEEDS:
        bad(where, f"feed {feed}")
        return
    if it.get("kind") != ("alert" if feed == "rule" else "event"):
        bad(where, f"kind {it.get('kind')} for feed {feed}")
    if not isinstance(it.get("key"), str) or not it["key"]:
        bad(where, "key")
    cat = it.get("category")
    if cat not in CATS[feed]:
        bad(where, f"category {cat!r} not a {feed} category")
    sev = it.get("severity")
    if sev not in SEVERITIES:
        bad(where, f"severity {sev}")
    if feed in UNKNOWN_SEV and sev != "Unknown":
        bad(where, f"severity {sev}: {feed} carries none (Unknown)")
    if it.get("agency") not in AGENCIES:
        bad(where, f"agency {it.get('agency')}")
    elif feed in FEED_AGENCY and it["agency"] != FEED_AGENCY[feed]:
        bad(where, f"agency {it['agency']} for feed {feed}")
    lon, lat = it.get("lon"), it.get("lat")
    if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float))
            and 118 <= lon <= 123 and 21 <= lat <= 27):
        bad(where, f"position {lon},{lat}")
    for k in ("observed", "arrival", "ends"):
        if k in it and not (isinstance(it[k], str) and TS.match(it[k])):
            bad(where, f"{k} {it[k]!r} not ISO 8601 UTC")
    try:
        obs, arr = ts(it["observed"]), ts(it["arrival"])
        if obs.year != 2027:
            bad(where, "observed not in 2027")
        lag = (arr - obs).total_seconds()
        if feed == "planned_event":
            # a permit reaches the center before its start; an amendment (follows) may come
            # while the event runs, but before it ends
            if lag > 0 and "follows" not in it:
                bad(where, "permit reached the center after its start")
            if "ends" in it and TS.match(it["ends"]) and arr >= ts(it["ends"]):
                bad(where, "permit reached the center after its end")
        elif not (-15 * 60 <= lag <= 60 * 60):
            bad(where, f"arrival {lag / 60:.1f} min after observed")
    except (KeyError, ValueError):
        pass
    # sensor
    sid = it.get("sensor_id")
    if feed in SENSOR_FEEDS:
        if sid not in SENSORS:
            bad(where, f"sensor_id {sid!r} not registered")
        else:
            sp = SENSORS[sid]["properties"]
            c = SENSORS[sid]["geometry"]["coordinates"]
            if feed != "cctv" and (abs(c[0] - lon) > 1e-6 or abs(c[1] - lat) > 1e-6):
                bad(where, f"{sid} not at its registered position")
            want = FEED_KIND.get(feed) or (RULE_KIND.get(cat) if feed == "rule" else None)
            if want and sp["kind"] != want:
                bad(where, f"{sid} is a {sp['kind']}, not a {want}")
            if feed in ("rule", "status", "cctv") and it.get("agency") != sp["agency"]:
                bad(where, f"agency {it.get('agency')} but {sid} belongs to {sp['agency']}")
    elif sid is not None:
        bad(where, f"sensor_id on a {feed} item")
    if "text" in it and not (isinstance(it["text"], str) and CJK.search(it["text"])):
        bad(where, "text not zh-TW")
    if feed in ("incident", "1999", "119") and "text" not in it:
        bad(where, "agency report without text")
    if feed == "cctv":
        c = it.get("confidence")
        if not (isinstance(c, (int, float)) and 0 <= c <= 1):
            bad(where, f"confidence {c!r}")
    elif "confidence" in it:
        bad(where, "confidence outside cctv")
    if feed == "rule" and cat in LEVELS:
        lv = it.get("level")
        if lv not in LEVELS[cat]:
            bad(where, f"level {lv!r} for {cat}")
        elif LEVELS[cat][lv] != sev:
            bad(where, f"severity {sev} for {cat} level {lv}")
    elif "level" in it:
        bad(where, "level on an item that has none")
    if feed == "planned_event":
        if "ends" not in it:
            bad(where, "permit without ends")
        elif ts(it["ends"]) <= ts(it["observed"]):
            bad(where, "ends before start")
    elif "ends" in it:
        bad(where, "ends outside planned_event")
    for k in ("truth", "truth_alt"):
        if k in it and it[k] is not None and not (isinstance(it[k], str) and it[k]):
            bad(where, f"{k} {it[k]!r}")


def check(stem):
    path = os.path.join(OUT, stem + ".jsonl")
    tpath = os.path.join(OUT, stem + ".truth.json")
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{stem}.jsonl:{n}"
            if not line.strip():
                bad(where, "empty line")
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                bad(where, f"does not parse: {e}")
                continue
            if not isinstance(it, dict):
                bad(where, "not an object")
                continue
            check_item(where, it)
            items.append((where, it))
    if not 25 <= len(items) <= 150:
        bad(stem, f"{len(items)} lines (25-150)")
    # keys and duplicates
    first = {}
    for where, it in items:
        k = it.get("key")
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                bad(where, f"key {k} reused by a different item")
            elif first[k]["arrival"] == it["arrival"]:
                bad(where, f"duplicate {k} with the same arrival")
        else:
            first[k] = it
    # arrival order
    prev = None
    for where, it in items:
        a = it.get("arrival")
        if prev and a and a < prev:
            bad(where, f"arrival {a} before the line above ({prev})")
        prev = a or prev
    # follows
    for where, it in items:
        f = it.get("follows")
        if f is None:
            continue
        if f not in first:
            bad(where, f"follows {f} which is not in the file")
        elif f == it["key"]:
            bad(where, "follows itself")
        elif first[f]["feed"] != it["feed"]:
            bad(where, f"follows {f} of another feed")
    # truth
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        bad(tpath, f"unreadable: {e}")
        return len(items), set(), set()
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            bad(tpath, f"missing {k}")
    for k in truth:
        if k not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            bad(tpath, f"unknown key {k}")
    if truth.get("situation") != stem:
        bad(tpath, f"situation {truth.get('situation')!r} is not {stem}")

    def reading(name, incs, label_of):
        labels = {}
        for inc in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    bad(tpath, f"{name}: incident without {k}")
            if inc.get("type") not in ("flood", "fire", "traffic", "crowd", "rescue", "infrastructure",
                                       "public_safety"):
                bad(tpath, f"{name}: type {inc.get('type')!r}")
            if inc.get("label") in labels:
                bad(tpath, f"{name}: label {inc.get('label')} twice")
            labels[inc.get("label")] = inc
        used = {label_of(it) for _, it in items} - {None}
        for lab in sorted(used - set(labels)):
            bad(tpath, f"{name}: label {lab} used by items but not an incident")
        for lab in sorted(set(labels) - used):
            bad(tpath, f"{name}: incident {lab} has no items")
        for lab, inc in labels.items():
            k = inc.get("sufficient_evidence_key")
            if k not in first:
                bad(tpath, f"{name}: {lab}: sufficient_evidence_key {k} not in the file")
            elif label_of(first[k]) != lab:
                bad(tpath, f"{name}: {lab}: sufficient_evidence_key {k} belongs to {label_of(first[k])}")
        return set(labels)

    main = reading("truth", truth.get("incidents", []), lambda it: it.get("truth"))
    has_alt = any("truth_alt" in it for _, it in items)
    alt = set()
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            bad(tpath, "alternative_reading without why")
        alt = reading("alternative_reading", ar.get("incidents", []),
                      lambda it: it["truth_alt"] if "truth_alt" in it else it.get("truth"))
        if not has_alt and alt == main:
            bad(tpath, "alternative_reading identical to the truth")
    elif has_alt:
        bad(tpath, "items carry truth_alt but there is no alternative_reading")
    for where, it in items:
        if "truth_alt" in it and it["truth_alt"] == it.get("truth"):
            bad(where, "truth_alt equal to truth (leave it out)")
    return len(items), main, alt


def main():
    stems = []
    for p in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))):
        stem = os.path.basename(p)[:-len(".jsonl")]
        m = re.match(r"^(\d{3})_[a-z0-9_]+$", stem)
        if m and int(m.group(1)) in NUMS:
            stems.append(stem)
    nums = sorted(int(s[:3]) for s in stems)
    if nums != list(NUMS):
        bad(OUT, f"situations present {nums}, expected 811..822 once each")
    for p in sorted(glob.glob(os.path.join(OUT, "8[12][0-9]_*.truth.json"))):
        stem = os.path.basename(p)[:-len(".truth.json")]
        if int(stem[:3]) in NUMS and stem not in stems:
            bad(p, "truth file without its jsonl")
    for stem in stems:
        if not os.path.exists(os.path.join(OUT, stem + ".truth.json")):
            bad(stem, "no truth file")
            continue
        n, main_, alt = check(stem)
        print(f"{stem}: {n} lines, {len(main_)} incidents" + (f", alt {len(alt)}" if alt else ""))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
