"""Checks ONLY situations 731..742 in the parent folder."""
import glob, json, os, sys
from datetime import datetime
from lib import OUT, SENSORS, SENSOR_FEEDS

RANGE = range(731, 743)
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
WIRE = {"119": {"fire", "rescue", "ambulance", "hazmat"},
        "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
        "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"}}
errors = []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(num):
    files = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(files) != 1:
        errors.append(f"{num}: expected one jsonl, found {len(files)}")
        return
    jf = files[0]
    tf = jf[:-6] + ".truth.json"
    if not os.path.exists(tf):
        err(jf, "truth file missing")
        return
    items, prev = [], None
    with open(jf, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                it = json.loads(line)
            except ValueError as e:
                err(jf, f"line {n} does not parse: {e}")
                continue
            items.append(it)
            for k in REQ:
                if k not in it:
                    err(jf, f"line {n} lacks {k}")
            if it.get("feed") not in FEEDS:
                err(jf, f"line {n} feed {it.get('feed')}")
            if it.get("agency") not in AGENCIES:
                err(jf, f"line {n} agency {it.get('agency')}")
            if it.get("severity") not in SEVS:
                err(jf, f"line {n} severity {it.get('severity')}")
            if (it.get("kind") == "alert") != (it.get("feed") == "rule") or it.get("kind") not in ("alert", "event"):
                err(jf, f"line {n} kind/feed mismatch")
            if it.get("feed") in WIRE and it.get("category") not in WIRE[it["feed"]]:
                err(jf, f"line {n} category {it.get('category')} not on the {it['feed']} wire")
            if it.get("feed") == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
                err(jf, f"line {n} cctv without confidence")
            if it.get("feed") == "planned_event" and "ends" not in it:
                err(jf, f"line {n} planned event without ends")
            if it.get("feed") in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in SENSORS:
                    err(jf, f"line {n} sensor {sid} not registered")
                else:
                    lon, lat, ag, _ = SENSORS[sid]
                    if (it["lon"], it["lat"]) != (lon, lat):
                        err(jf, f"line {n} sensor {sid} not at its registered position")
                    if it["agency"] != ag:
                        err(jf, f"line {n} sensor {sid} agency {it['agency']} != {ag}")
            if not (120.0 < it.get("lon", 0) < 122.1 and 21.8 < it.get("lat", 0) < 25.4):
                err(jf, f"line {n} position outside Taiwan")
            try:
                a = ts(it["arrival"]); ts(it["observed"])
                if "ends" in it:
                    ts(it["ends"])
            except Exception as e:
                err(jf, f"line {n} bad time {e}")
                continue
            if prev is not None and a < prev:
                err(jf, f"line {n} arrival goes back in time")
            prev = a
    # duplicates identical but for arrival, and later
    first = {}
    for it in items:
        k = it.get("key")
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(jf, f"duplicate {k} differs in more than arrival")
        else:
            first[k] = it
    keys = set(first)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            err(jf, f"{it['key']} follows unknown key {it['follows']}")
        if it.get("follows") == it.get("key"):
            err(jf, f"{it['key']} follows itself")
    with open(tf, encoding="utf-8") as f:
        truth = json.load(f)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tf, f"truth lacks {k}")
    if truth.get("situation") != os.path.basename(jf)[:-6]:
        err(tf, "situation name does not match its file")

    def check_reading(incs, label_of, name):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            err(tf, f"{name}: duplicate labels")
        used = {label_of(it) for it in first.values()} - {None}
        for l in used - set(labels):
            err(tf, f"{name}: label {l} used by items but not listed")
        for l in set(labels) - used:
            err(tf, f"{name}: incident {l} has no items")
        for i in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    err(tf, f"{name}: incident lacks {k}")
            sk = i.get("sufficient_evidence_key")
            if sk not in first:
                err(tf, f"{name}: sufficient key {sk} not in the stream")
            elif label_of(first[sk]) != i["label"]:
                err(tf, f"{name}: sufficient key {sk} is not labelled {i['label']}")

    check_reading(truth.get("incidents", []), lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(tf, "alternative_reading lacks why/incidents")
        check_reading(ar.get("incidents", []), lambda it: it.get("truth_alt", it["truth"]), "alternative")
        if not has_alt and [i["label"] for i in ar["incidents"]] == [i["label"] for i in truth["incidents"]]:
            err(tf, "alternative reading identical to truth")
    elif has_alt:
        err(tf, "truth_alt used without alternative_reading")
    for it in items:
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            err(jf, f"{it['key']} truth_alt equals truth")
    return len(items)


for num in RANGE:
    check(num)
if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"ok: situations {RANGE.start}..{RANGE.stop - 1} valid")
