"""Validate situations 371-382: python3 validate.py (exit 1 on any problem)."""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, SENSORS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
MAX_FUTURE = dt.timedelta(seconds=300)


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, problems):
    name = os.path.basename(path)[:-len(".jsonl")]

    def bad(msg):
        problems.append(f"{name}: {msg}")

    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"line {n} does not parse: {e}")
                return 0
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        bad(f"truth file: {e}")
        return len(items)
    if truth.get("situation") != name:
        bad("truth 'situation' does not name the file")
    labels = {i["label"] for i in truth["incidents"]}
    if len(labels) != len(truth["incidents"]):
        bad("duplicate incident label")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else None

    by_key = {}
    prev = None
    for n, it in enumerate(items, 1):
        where = f"line {n} ({it.get('key')})"
        for k in REQUIRED:
            if k not in it:
                bad(f"{where}: missing {k}")
        if it["feed"] not in FEEDS:
            bad(f"{where}: feed {it['feed']}")
        if it["agency"] not in AGENCIES:
            bad(f"{where}: agency {it['agency']}")
        if it["severity"] not in SEVERITIES:
            bad(f"{where}: severity {it['severity']}")
        if it["feed"] in UNKNOWN_SEV and it["severity"] != "Unknown":
            bad(f"{where}: feed {it['feed']} must carry severity Unknown")
        want_kind = "alert" if it["feed"] == "rule" else "event"
        if it["kind"] != want_kind:
            bad(f"{where}: kind {it['kind']} for feed {it['feed']}")
        if it["feed"] in FEED_AGENCY and it["agency"] != FEED_AGENCY[it["feed"]]:
            bad(f"{where}: agency {it['agency']} for feed {it['feed']}")
        if "level" in it and it["level"] not in LEVELS:
            bad(f"{where}: level {it['level']}")
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            bad(f"{where}: cctv without confidence in 0-1")
        if it["feed"] == "planned_event" and "ends" not in it:
            bad(f"{where}: planned event without ends")
        # sensors
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                bad(f"{where}: sensor {sid} not registered")
            else:
                s = SENSORS[sid]
                if (it["lon"], it["lat"]) != (round(s["lon"], 6), round(s["lat"], 6)):
                    bad(f"{where}: {sid} not at its registered position")
                if it["agency"] != s["agency"]:
                    bad(f"{where}: agency {it['agency']} but {sid} is {s['agency']}")
                if it["feed"] in FEED_KIND and s["kind"] != FEED_KIND[it["feed"]]:
                    bad(f"{where}: feed {it['feed']} from a {s['kind']} sensor")
        elif "sensor_id" in it:
            bad(f"{where}: sensor_id on feed {it['feed']}")
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            bad(f"{where}: outside Taiwan")
        # times
        obs, arr = ts(it["observed"]), ts(it["arrival"])
        if it["feed"] != "planned_event" and obs > arr + MAX_FUTURE:
            bad(f"{where}: observed more than 300 s after arrival")
        if prev and arr < prev:
            bad(f"{where}: arrival out of order")
        prev = arr
        # keys and duplicates
        k = it["key"]
        if k in by_key:
            a = {x: y for x, y in by_key[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                bad(f"{where}: key repeated with different fields")
            if by_key[k]["arrival"] == it["arrival"]:
                bad(f"{where}: duplicate with the same arrival")
        else:
            by_key[k] = it
        # labels
        if it["truth"] is not None and it["truth"] not in labels:
            bad(f"{where}: truth {it['truth']} not in the truth file")
        if "truth_alt" in it:
            if alt is None:
                bad(f"{where}: truth_alt without alternative_reading")
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                bad(f"{where}: truth_alt {it['truth_alt']} not in the alternative reading")
            if it["truth_alt"] == it["truth"]:
                bad(f"{where}: truth_alt equals truth")
        if alt is not None:
            lab = it["truth_alt"] if "truth_alt" in it else it["truth"]
            if lab is not None and lab not in alt_labels:
                bad(f"{where}: label {lab} missing from the alternative reading")
    for it in by_key.values():
        if "follows" in it and it["follows"] not in by_key:
            bad(f"{it['key']}: follows unknown key {it['follows']}")

    def incidents_ok(incs, label_of, reading):
        for inc in incs:
            for fld in ("label", "type", "description", "sufficient_evidence_key"):
                if not inc.get(fld):
                    bad(f"{reading}: incident {inc.get('label')} lacks {fld}")
            members = [it for it in by_key.values() if label_of(it) == inc["label"]]
            if not members:
                bad(f"{reading}: incident {inc['label']} has no item")
            sk = inc.get("sufficient_evidence_key")
            if sk not in by_key:
                bad(f"{reading}: sufficient key {sk} unknown")
            elif label_of(by_key[sk]) != inc["label"]:
                bad(f"{reading}: sufficient key {sk} is not a member of {inc['label']}")

    incidents_ok(truth["incidents"], lambda it: it["truth"], "truth")
    if alt is not None:
        if not alt.get("why"):
            bad("alternative reading without why")
        incidents_ok(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]), "alternative")
    return len(items)


def main():
    problems = []
    files = sorted(glob.glob(os.path.join(OUT, "3[78][0-9]_*.jsonl")))
    nums = sorted(int(os.path.basename(p).split("_")[0]) for p in files)
    if nums != list(range(371, 383)):
        problems.append(f"expected situations 371..382, found {nums}")
    for p in files:
        n = check(p, problems)
        with open(p[:-len(".jsonl")] + ".truth.json", encoding="utf-8") as f:
            t = json.load(f)
        print(f"{os.path.basename(p):55s} items {n:3d}  incidents {len(t['incidents'])}"
              + ("  (+alt)" if "alternative_reading" in t else ""))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
