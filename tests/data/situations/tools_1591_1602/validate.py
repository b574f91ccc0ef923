"""Checks every situation of this folder: parse, fields, keys and duplicates, registry ids and positions,
arrival order, labels against the truth file, categories from the vocabulary."""
import os, sys, json, glob, re
from lib import OUT, REG

CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "road_collapse", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "hazmat_report", "medical", "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise", "illegal_parking",
             "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "water_outage", "evacuation", "missing_person",
             "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"online", "offline"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"signal": "signal", "parking": "parking", "fire_alarm": "fire_alarm", "cctv": "cctv"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS119 = {"dispatched", "on_scene", "returning", "closed"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def extra_categories():
    p = os.path.join(OUT, "tools", "vocabulary_needed.md")
    out = set()
    if os.path.exists(p):
        for m in re.finditer(r"`([^`]+)`\s*\((\w+|1999|119)\)", open(p, encoding="utf-8").read()):
            out.add((m.group(2), m.group(1)))
    return out


def check(path, errs):
    n = os.path.basename(path)
    E = lambda m: errs.append(f"{n}: {m}")
    items = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except Exception as e:
            E(f"line {ln} does not parse: {e}")
    if not 20 <= len(items) <= 120:
        E(f"{len(items)} items, want 20-120")
    extra = extra_categories()
    seen, prev = {}, ""
    for i in items:
        for f in REQ:
            if f not in i:
                E(f"{i.get('key')}: missing {f}")
        k = i.get("key")
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in i.items() if x != "arrival"}
            if a != b:
                E(f"{k}: repeated key with different fields")
        else:
            seen[k] = i
        for t in ("observed", "arrival"):
            if not ISO.match(str(i.get(t, ""))):
                E(f"{k}: bad {t}")
        if i["arrival"] < prev:
            E(f"{k}: arrival out of order")
        prev = i["arrival"]
        feed = i["feed"]
        if feed not in CATS:
            E(f"{k}: unknown feed {feed}")
            continue
        if i["category"] not in CATS[feed] and (feed, i["category"]) not in extra:
            E(f"{k}: category {i['category']} not in vocabulary for {feed}")
        if i["kind"] != ("alert" if feed == "rule" else "event"):
            E(f"{k}: kind {i['kind']} for feed {feed}")
        if i["severity"] not in SEV or (feed in UNKNOWN_SEV_FEEDS and i["severity"] != "Unknown"):
            E(f"{k}: severity {i['severity']}")
        if i["agency"] not in AGENCIES:
            E(f"{k}: agency {i['agency']}")
        if feed == "1999" and i["agency"] != "citizen" or feed == "119" and i["agency"] != "fire" \
                or feed in ("incident", "planned_event") and i["agency"] != "police":
            E(f"{k}: agency {i['agency']} for {feed}")
        if feed in SENSOR_FEEDS:
            sid = i.get("sensor_id")
            if sid not in REG:
                E(f"{k}: sensor {sid} not registered")
            else:
                f = REG[sid]
                if [i["lon"], i["lat"]] != f["geometry"]["coordinates"]:
                    E(f"{k}: {sid} not at its registered position")
                if i["agency"] != f["properties"]["agency"]:
                    E(f"{k}: agency differs from {sid}'s")
                kind = f["properties"]["kind"]
                if feed in FEED_KIND and kind != FEED_KIND[feed]:
                    E(f"{k}: {sid} is a {kind}, not {feed}")
                if feed == "rule":
                    want = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd",
                            "water_level_falling": "water_level"}.get(i["category"])
                    if want and kind != want:
                        E(f"{k}: {i['category']} from a {kind}")
        elif "sensor_id" in i:
            E(f"{k}: sensor_id on a {feed} item")
        if "confidence" in i and (feed != "cctv" or not 0 <= i["confidence"] <= 1):
            E(f"{k}: confidence")
        if feed == "cctv" and "confidence" not in i:
            E(f"{k}: cctv without confidence")
        if "reason" in i and (feed != "status" or i["category"] != "offline" or i["reason"] not in REASONS):
            E(f"{k}: reason")
        if "status" in i and (feed != "119" or i["status"] not in STATUS119):
            E(f"{k}: status")
        if "level" in i and i["level"] not in LEVELS:
            E(f"{k}: level {i['level']}")
        for f in ("radius_m", "permit_status", "ends"):
            if f in i and feed != "planned_event":
                E(f"{k}: {f} on {feed}")
        if "gateway" in i and feed not in ("rule", "status"):
            E(f"{k}: gateway on {feed}")
    keys = set(seen)
    for i in items:
        if "follows" in i and i["follows"] not in keys:
            E(f"{i['key']}: follows unknown {i['follows']}")
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as e:
        E(f"truth file: {e}")
        return len(items), 0
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            E(f"truth missing {f}")
    def check_incs(incs, lab_of, what):
        labels = [x["label"] for x in incs]
        if len(set(labels)) != len(labels):
            E(f"{what}: duplicate labels")
        for x in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in x:
                    E(f"{what} {x.get('label')}: missing {f}")
            if x.get("type") not in TYPES:
                E(f"{what} {x['label']}: type {x.get('type')}")
            s = seen.get(x.get("sufficient_evidence_key"))
            if s is None or lab_of(s) != x["label"]:
                E(f"{what} {x['label']}: sufficient key {x.get('sufficient_evidence_key')} not one of its items")
            if not any(lab_of(i) == x["label"] for i in items):
                E(f"{what} {x['label']}: no items")
        used = {lab_of(i) for i in items} - {None}
        for u in used - set(labels):
            E(f"{what}: label {u} not in incidents")
    check_incs(truth["incidents"], lambda i: i["truth"], "truth")
    has_alt = any("truth_alt" in i for i in items)
    if has_alt != ("alternative_reading" in truth):
        E("truth_alt items and alternative_reading must go together")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            E("alternative_reading without why")
        check_incs(ar["incidents"], lambda i: i.get("truth_alt", i["truth"]), "alt")
    return len(items), len(truth["incidents"])


def main():
    errs = []
    files = sorted(f for f in glob.glob(os.path.join(OUT, "[0-9]*_*.jsonl")) if 1591 <= int(os.path.basename(f).split("_")[0]) <= 1602)
    if len(files) != 12:
        errs.append(f"{len(files)} situations, want 12")
    for p in files:
        n, m = check(p, errs)
        print(f"{os.path.basename(p)}: {n} items, {m} incidents")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
