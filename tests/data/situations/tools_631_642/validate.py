"""Validate the situations 631-642 in OUTPUT (the folder above this one). Exit 1 on any problem."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
NO_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
          "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
TS = "%Y-%m-%dT%H:%M:%SZ"


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1])
            for ft in fc["features"]}


def check_incidents(incs, where, problems):
    labels = {}
    for inc in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                problems.append("%s: incident without %s" % (where, k))
        if inc.get("type") not in TYPES:
            problems.append("%s: incident %s has unknown type %s" % (where, inc.get("label"), inc.get("type")))
        if inc.get("label") in labels:
            problems.append("%s: duplicate label %s" % (where, inc.get("label")))
        labels[inc.get("label")] = inc
    return labels


def validate_one(jsonl, sensors):
    import datetime as dt
    problems = []
    name = os.path.basename(jsonl)[:-len(".jsonl")]
    items = []
    with open(jsonl, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                problems.append("%s:%d: not JSON (%s)" % (name, n, e))
    tpath = jsonl[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        return ["%s: truth file unreadable (%s)" % (name, e)], 0
    if truth.get("situation") != name:
        problems.append("%s: truth situation is %s" % (name, truth.get("situation")))
    if not 25 <= len(items) <= 120:
        problems.append("%s: %d items (want 25-120)" % (name, len(items)))
    labels = check_incidents(truth.get("incidents", []), name, problems)
    alt = truth.get("alternative_reading")
    alt_labels = check_incidents(alt["incidents"], name + " alt", problems) if alt else None
    if alt and not alt.get("why"):
        problems.append("%s: alternative_reading without why" % name)

    first = {}
    prev_arr = None
    keys_seen = set()
    for n, it in enumerate(items, 1):
        where = "%s:%d" % (name, n)
        extra = set(it) - FIELDS
        if extra:
            problems.append("%s: unknown fields %s" % (where, sorted(extra)))
        for k in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
                  "truth"):
            if k not in it:
                problems.append("%s: missing %s" % (where, k))
        feed = it.get("feed")
        if feed not in FEEDS:
            problems.append("%s: feed %s" % (where, feed))
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            problems.append("%s: kind %s for feed %s" % (where, it.get("kind"), feed))
        if it.get("agency") not in AGENCIES:
            problems.append("%s: agency %s" % (where, it.get("agency")))
        if it.get("severity") not in SEVERITIES or (feed in NO_SEVERITY and it.get("severity") != "Unknown"):
            problems.append("%s: severity %s for %s" % (where, it.get("severity"), feed))
        if "level" in it and it["level"] not in LEVELS:
            problems.append("%s: level %s" % (where, it["level"]))
        if "confidence" in it and not (0 <= it["confidence"] <= 1 and feed == "cctv"):
            problems.append("%s: confidence" % where)
        try:
            arr = dt.datetime.strptime(it["arrival"], TS)
            dt.datetime.strptime(it["observed"], TS)
            if "ends" in it:
                dt.datetime.strptime(it["ends"], TS)
        except (KeyError, ValueError) as e:
            problems.append("%s: timestamp (%s)" % (where, e))
            continue
        if prev_arr and arr < prev_arr:
            problems.append("%s: arrival out of order" % where)
        prev_arr = arr
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                problems.append("%s: unknown sensor %s" % (where, sid))
            else:
                kind, agency, lon, lat = sensors[sid]
                if (it["lon"], it["lat"]) != (lon, lat):
                    problems.append("%s: %s not at its registered position" % (where, sid))
                if feed in KIND_OF_FEED and KIND_OF_FEED[feed] != kind:
                    problems.append("%s: %s is a %s, not %s" % (where, sid, kind, feed))
                if feed in ("rule", "status", "cctv") and it["agency"] != agency:
                    problems.append("%s: agency %s, sensor's is %s" % (where, it["agency"], agency))
        elif "sensor_id" in it:
            problems.append("%s: sensor_id on feed %s" % (where, feed))
        key = it.get("key")
        if key in first:
            a = {k: v for k, v in first[key].items() if k != "arrival"}
            b = {k: v for k, v in it.items() if k != "arrival"}
            if a != b:
                problems.append("%s: key %s reused by a different item" % (where, key))
        else:
            first[key] = it
        keys_seen.add(key)
        t = it.get("truth")
        if t is not None and t not in labels:
            problems.append("%s: truth %s not an incident" % (where, t))
        if "truth_alt" in it:
            if not alt:
                problems.append("%s: truth_alt without alternative_reading" % where)
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                problems.append("%s: truth_alt %s not an alternative incident" % (where, it["truth_alt"]))
            if it["truth_alt"] == t:
                problems.append("%s: truth_alt equals truth" % where)
    for it in items:
        if "follows" in it and it["follows"] not in keys_seen:
            problems.append("%s: follows unknown key %s" % (name, it["follows"]))
    used = {it.get("truth") for it in first.values()}
    for lab, inc in labels.items():
        if lab not in used:
            problems.append("%s: incident %s has no item" % (name, lab))
        sk = inc.get("sufficient_evidence_key")
        if sk not in first or first[sk].get("truth") != lab:
            problems.append("%s: sufficient key %s of %s not an item of it" % (name, sk, lab))
    if alt:
        used_alt = {it.get("truth_alt", it.get("truth")) for it in first.values()}
        for lab, inc in alt_labels.items():
            if lab not in used_alt:
                problems.append("%s alt: incident %s has no item" % (name, lab))
            sk = inc.get("sufficient_evidence_key")
            if sk not in first or first[sk].get("truth_alt", first[sk].get("truth")) != lab:
                problems.append("%s alt: sufficient key %s of %s not an item of it" % (name, sk, lab))
        for lab in used_alt - {None}:
            if lab not in alt_labels:
                problems.append("%s alt: label %s missing from the alternative incidents" % (name, lab))
        if not any("truth_alt" in it for it in first.values()):
            problems.append("%s: alternative_reading but no item differs" % name)
    return problems, len(items)


def main():
    sensors = load_sensors()
    files = sorted(glob.glob(os.path.join(OUT, "6[34][0-9]_*.jsonl")))
    files = [f for f in files if 631 <= int(os.path.basename(f).split("_")[0]) <= 642]
    allp = []
    for f in files:
        p, n = validate_one(f, sensors)
        with open(f[:-len(".jsonl")] + ".truth.json", encoding="utf-8") as tf:
            t = json.load(tf)
        print("%-45s %3d items  incidents: %s%s" % (os.path.basename(f), n, ", ".join(
            "%s(%s)" % (i["label"], i["type"]) for i in t["incidents"]), "  [alt]" if "alternative_reading" in t else ""))
        allp += p
    if len(files) != 12:
        allp.append("expected 12 situations, found %d" % len(files))
    for p in allp:
        print("PROBLEM", p)
    print("OK" if not allp else "%d problems" % len(allp))
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()
