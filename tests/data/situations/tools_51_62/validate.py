#!/usr/bin/env python3
"""Validate the held-out corpus in this folder.

Checks, per NN_*.jsonl / NN_*.truth.json pair:
  * every line parses as a JSON object with the required fields and allowed values
    (kind/feed/agency/category/severity/level, ISO 8601 UTC times, confidence 0-1 on CCTV);
  * keys are unique, except exact re-deliveries (same key, every field equal but arrival);
  * the file is in arrival order, a re-delivery arrives after its first delivery;
  * sensor items name a registered sensor of the right kind, at exactly its registered
    position (CCTV may carry the position of what it saw), with its agency for rule/status/fire_alarm;
  * follows points to an earlier key of the same file, ends is after observed (planned events);
  * every truth / truth_alt label is an incident of the main / alternative reading, every incident has
    items, its sufficient_evidence_key exists and carries that label under that reading;
  * the alternative reading, if present, lists exactly the labels used under it (truth_alt else truth);
    truth_alt appears only together with an alternative reading.
Exit status 0 when clean, 1 otherwise.  Usage: python3 validate.py [folder]
"""
import glob, json, os, re, sys

SENSORS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "geo", "data", "sensors.geojson")
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
FEED_AGENCY = {"signal": "traffic", "parking": "traffic", "incident": "police", "cctv": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}, "sensor_offline": None}
CATEGORIES = {
    "rule": set(RULE_KIND),
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    # brief's police list plus the vocabulary's own codes (docs/vocabulary.md)
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "traffic_signal", "gas_odor", "water_outage", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
TYPES = {"fire", "flood", "traffic_accident", "crowd", "public_safety", "infrastructure", "rescue", "hazmat",
         "planned_event", "technical"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "text", "confidence", "level", "follows", "ends", "truth_alt"}
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


def load_sensors():
    d = json.load(open(SENSORS, encoding="utf-8"))
    return {f["properties"]["sensor_id"]: (f["properties"]["kind"], f["properties"]["agency"],
                                          tuple(f["geometry"]["coordinates"])) for f in d["features"]}


def check_pair(jsonl, sensors):
    errs = []
    base = jsonl[:-len(".jsonl")]
    name = os.path.basename(base)
    E = lambda m: errs.append(f"{name}: {m}")
    if not re.match(r"^\d{2}_[a-z0-9_]+$", name):
        E("file name is not NN_short_name")
    items = []
    for n, line in enumerate(open(jsonl, encoding="utf-8"), 1):
        if not line.strip():
            E(f"line {n}: blank line"); continue
        try:
            it = json.loads(line)
        except ValueError as e:
            E(f"line {n}: does not parse: {e}"); continue
        if not isinstance(it, dict):
            E(f"line {n}: not an object"); continue
        it["_line"] = n
        items.append(it)
    try:
        truth = json.load(open(base + ".truth.json", encoding="utf-8"))
    except (OSError, ValueError) as e:
        E(f"truth file: {e}"); return errs

    seen, prev_arr = {}, None
    for it in items:
        L = f"line {it['_line']} ({it.get('key')})"
        for f in REQUIRED:
            if f not in it:
                E(f"{L}: missing {f}")
        for f in it:
            if f != "_line" and f not in ALLOWED:
                E(f"{L}: unexpected field {f}")
        feed, cat = it.get("feed"), it.get("category")
        if feed not in FEEDS:
            E(f"{L}: feed {feed!r}"); continue
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            E(f"{L}: kind {it.get('kind')!r} for feed {feed}")
        if cat not in CATEGORIES[feed]:
            E(f"{L}: category {cat!r} not allowed for feed {feed}")
        if it.get("agency") not in AGENCIES:
            E(f"{L}: agency {it.get('agency')!r}")
        sev = it.get("severity")
        if sev not in SEVERITIES:
            E(f"{L}: severity {sev!r}")
        elif feed in UNKNOWN_SEV and sev != "Unknown":
            E(f"{L}: severity must be Unknown for {feed}")
        for tf in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
            if not isinstance(it.get(tf), str) or not TIME_RE.match(it[tf]):
                E(f"{L}: {tf} not ISO 8601 UTC: {it.get(tf)!r}")
        lon, lat = it.get("lon"), it.get("lat")
        if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float)) and 120.55 < lon < 120.75 and 24.1 < lat < 24.26):
            E(f"{L}: position {lon},{lat} not around 水湳")
        if "level" in it and (feed != "rule" or it["level"] not in LEVELS.get(cat, set())):
            E(f"{L}: level {it['level']!r} not valid for {feed}/{cat}")
        if feed == "rule" and cat in LEVELS and "level" not in it:
            E(f"{L}: rule alert {cat} without level")
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                E(f"{L}: CCTV confidence {c!r}")
        elif "confidence" in it:
            E(f"{L}: confidence on a {feed} item")
        if feed == "planned_event":
            if "ends" not in it or it.get("ends", "") <= it.get("observed", ""):
                E(f"{L}: planned event needs ends after observed (start)")
        elif "ends" in it:
            E(f"{L}: ends on a {feed} item")
        # sensors
        sid = it.get("sensor_id")
        if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            if sid not in sensors:
                E(f"{L}: sensor_id {sid!r} not registered")
            else:
                kind, agency, pos = sensors[sid]
                want = SENSOR_KIND.get(feed) or (RULE_KIND.get(cat) if feed == "rule" else None)
                if want and kind not in want:
                    E(f"{L}: sensor {sid} is a {kind}, not {sorted(want)}")
                if feed in ("rule", "status", "fire_alarm") and it.get("agency") != agency:
                    E(f"{L}: agency {it.get('agency')} but sensor {sid} belongs to {agency}")
                if feed != "cctv" and (lon, lat) != pos:
                    E(f"{L}: position {lon},{lat} differs from registered {pos}")
        elif sid is not None:
            E(f"{L}: sensor_id on a {feed} item")
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
            E(f"{L}: agency {it.get('agency')} for feed {feed}")
        # order, keys, duplicates
        if prev_arr and it.get("arrival", "") < prev_arr:
            E(f"{L}: out of arrival order")
        prev_arr = it.get("arrival", prev_arr)
        k = it.get("key")
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x not in ("arrival", "_line")}
            b = {x: y for x, y in it.items() if x not in ("arrival", "_line")}
            if a != b:
                E(f"{L}: key reused by a different item (line {seen[k]['_line']})")
        else:
            if "follows" in it and it["follows"] not in seen:
                E(f"{L}: follows {it['follows']!r} which is not an earlier key")
            seen[k] = it

    firsts = list(seen.values())
    # truth file
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            E(f"truth: missing {f}")
    extra = set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}
    if extra:
        E(f"truth: unexpected fields {sorted(extra)}")

    def check_reading(incs, label_of, what):
        labels = {}
        for inc in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in inc:
                    E(f"{what}: incident without {f}")
            if inc.get("type") not in TYPES:
                E(f"{what}: {inc.get('label')} type {inc.get('type')!r}")
            if inc.get("label") in labels:
                E(f"{what}: label {inc.get('label')} twice")
            labels[inc.get("label")] = inc
        used = {}
        for it in firsts:
            lab = label_of(it)
            if lab is not None:
                used.setdefault(lab, []).append(it)
                if lab not in labels:
                    E(f"{what}: item {it['key']} labelled {lab!r}, not an incident of this reading")
        for lab, inc in labels.items():
            if lab not in used:
                E(f"{what}: incident {lab} has no items")
            sk = inc.get("sufficient_evidence_key")
            if sk not in seen:
                E(f"{what}: sufficient_evidence_key {sk!r} of {lab} is not a key")
            elif label_of(seen[sk]) != lab:
                E(f"{what}: sufficient item {sk} of {lab} is labelled {label_of(seen[sk])!r}")

    check_reading(truth.get("incidents", []), lambda i: i.get("truth"), "main reading")
    alt = truth.get("alternative_reading")
    has_alt_items = any("truth_alt" in i for i in firsts)
    if alt is not None:
        if "why" not in alt or "incidents" not in alt:
            E("alternative_reading needs why and incidents")
        check_reading(alt.get("incidents", []), lambda i: i["truth_alt"] if "truth_alt" in i else i.get("truth"),
                      "alternative reading")
        if not has_alt_items:
            E("alternative_reading given but no item carries truth_alt")
    elif has_alt_items:
        E("items carry truth_alt but the truth file has no alternative_reading")
    for it in firsts:
        if "truth_alt" in it and it["truth_alt"] == it.get("truth"):
            E(f"item {it['key']}: truth_alt equals truth (only where it differs)")
    return errs, len(items), len(firsts)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sensors = load_sensors()
    files = sorted(glob.glob(os.path.join(folder, "[56][0-9]_*.jsonl")))
    bad = 0
    for f in files:
        out = check_pair(f, sensors)
        if isinstance(out, list):
            errs, n, u = out, 0, 0
        else:
            errs, n, u = out
        for e in errs:
            print("ERROR", e)
        bad += len(errs)
        print(f"{'ok ' if not errs else 'BAD'} {os.path.basename(f)}: {n} lines, {u} distinct items")
    truths = sorted(glob.glob(os.path.join(folder, "[56][0-9]_*.truth.json")))
    if len(truths) != len(files):
        print("ERROR jsonl / truth.json files do not pair up"); bad += 1
    print(f"{len(files)} situations, {bad} problems")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
