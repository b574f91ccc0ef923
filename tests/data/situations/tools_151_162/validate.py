"""Validate situations 151-162: parse, keys, duplicates, labels, sensors, arrival order, follows, vocabulary."""
import glob, json, os, re, sys
from lib import OUT, SENSORS

FEEDS = {"rule": "alert"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure", "crowd_control",
                 "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "other"},  # last five: vocabulary.md, not the brief
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal"},  # traffic_signal: vocabulary.md
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police", "1999": "citizen",
          "119": "fire", "planned_event": "police"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"}, "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQ) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}


def check(path):
    errs = []
    name = os.path.basename(path)[:-6]
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append((n, json.loads(line)))
        except Exception as e:
            errs.append(f"{name}:{n}: does not parse: {e}")
    try:
        truth = json.load(open(os.path.join(OUT, name + ".truth.json"), encoding="utf-8"))
    except Exception as e:
        return [f"{name}: truth file: {e}"], None
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            errs.append(f"{name}: truth file lacks {k}")
    if set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}:
        errs.append(f"{name}: truth file has unknown keys")
    if truth.get("situation") != name:
        errs.append(f"{name}: situation {truth.get('situation')} != file name")
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else None
    seen, prev = {}, None
    for n, it in items:
        w = f"{name}:{n} {it.get('key')}"
        for f in REQ:
            if f not in it:
                errs.append(f"{w}: missing {f}")
        if set(it) - ALLOWED:
            errs.append(f"{w}: unknown fields {set(it) - ALLOWED}")
        feed = it.get("feed")
        if feed not in CATS:
            errs.append(f"{w}: feed {feed}")
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            errs.append(f"{w}: kind {it['kind']}")
        if it["category"] not in CATS[feed]:
            errs.append(f"{w}: category {it['category']} not in {feed} vocabulary")
        if it["severity"] not in SEV or (feed in UNKNOWN and it["severity"] != "Unknown") or (feed not in UNKNOWN and it["severity"] == "Unknown"):
            errs.append(f"{w}: severity {it['severity']}")
        for f in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
            if not TS.match(it[f]):
                errs.append(f"{w}: {f} not ISO UTC")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                errs.append(f"{w}: sensor {sid} not registered")
            else:
                props, (lon, lat) = SENSORS[sid]
                if abs(it["lon"] - lon) > 1e-6 or abs(it["lat"] - lat) > 1e-6:
                    errs.append(f"{w}: position differs from registry")
                exp = AGENCY.get(feed, props["agency"])
                if it["agency"] != exp:
                    errs.append(f"{w}: agency {it['agency']} != {exp}")
        else:
            if "sensor_id" in it:
                errs.append(f"{w}: sensor_id on a {feed} item")
            if it["agency"] != AGENCY[feed]:
                errs.append(f"{w}: agency")
        if not (120.5 < it["lon"] < 120.8 and 24.1 < it["lat"] < 24.3):
            errs.append(f"{w}: position outside the study area")
        if feed == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
            errs.append(f"{w}: level {it.get('level')}")
        if ("confidence" in it) != (feed == "cctv") or ("confidence" in it and not 0 <= it["confidence"] <= 1):
            errs.append(f"{w}: confidence")
        if ("ends" in it) != (feed == "planned_event"):
            errs.append(f"{w}: ends")
        if prev and it["arrival"] < prev:
            errs.append(f"{w}: out of arrival order")
        prev = it["arrival"]
        k = it["key"]
        if k in seen:
            a = {x: y for x, y in it.items() if x != "arrival"}
            b = {x: y for x, y in seen[k].items() if x != "arrival"}
            if a != b:
                errs.append(f"{w}: key repeated with different fields")
        else:
            seen[k] = it
        if it["truth"] is not None and it["truth"] not in labels:
            errs.append(f"{w}: truth {it['truth']} not an incident")
        if "truth_alt" in it:
            if alt is None:
                errs.append(f"{w}: truth_alt without an alternative reading")
        if alt is not None:
            a = it.get("truth_alt", it["truth"])
            if a is not None and a not in alt_labels:
                errs.append(f"{w}: alt label {a} not an alternative incident")
    for n, it in items:
        if "follows" in it and it["follows"] not in seen:
            errs.append(f"{name}:{n}: follows {it['follows']} not in file")
        if it.get("follows") == it.get("key"):
            errs.append(f"{name}:{n}: follows itself")

    def inc_check(incs, lab_of, tag):
        for inc in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in inc:
                    errs.append(f"{name}: {tag} incident lacks {f}")
            if inc["type"] not in TYPES:
                errs.append(f"{name}: {tag} type {inc['type']}")
            members = [k for k, it in seen.items() if lab_of(it) == inc["label"]]
            if not members:
                errs.append(f"{name}: {tag} incident {inc['label']} has no items")
            s = inc["sufficient_evidence_key"]
            if s not in seen:
                errs.append(f"{name}: {tag} sufficient key {s} not in file")
            elif lab_of(seen[s]) != inc["label"]:
                errs.append(f"{name}: {tag} sufficient key {s} labelled {lab_of(seen[s])}, not {inc['label']}")
        if len({i['label'] for i in incs}) != len(incs):
            errs.append(f"{name}: {tag} labels repeat")
    inc_check(truth["incidents"], lambda it: it["truth"], "main")
    if alt:
        if not alt.get("why"):
            errs.append(f"{name}: alternative reading without why")
        inc_check(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]), "alt")
    if not 10 <= len(items) <= 80:
        errs.append(f"{name}: {len(items)} lines (want 10-80)")
    stats = dict(lines=len(items), keys=len(seen), noise=sum(1 for it in seen.values() if it["truth"] is None),
                 incidents=len(truth["incidents"]), alt=len(alt["incidents"]) if alt else None)
    return errs, stats


if __name__ == "__main__":
    files = sorted(glob.glob(os.path.join(OUT, "1[56][0-9]_*.jsonl")))
    files = [f for f in files if 151 <= int(os.path.basename(f)[:3]) <= 162]
    allerr = []
    for f in files:
        errs, st = check(f)
        allerr += errs
        print(f"{os.path.basename(f):50s} {'OK' if not errs else 'FAIL'} {st}")
    for e in allerr:
        print("  " + e)
    print(f"{len(files)} situations, {len(allerr)} problems")
    sys.exit(1 if allerr or len(files) != 12 else 0)
