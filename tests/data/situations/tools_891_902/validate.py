"""Check situations 891-902: every file parses; keys unique except duplicated deliveries
(which repeat every field but `arrival`); labels exist in the truth (and under the alternative
reading); sensor ids exist and sensor items sit at their registered position; arrival order;
follows keys exist; categories, agencies and severities are those of the vocabulary.
Exit 1 and list every problem, else print a summary. Standard library only."""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, SENSORS

NUMS = range(891, 903)
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "cctv": "police", "1999": "citizen", "119": "fire",
               "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
# categories of docs/vocabulary.md (and the brief), per feed
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle",
                 "theft", "road_closure", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "hazmat_report", "road_collapse",
                 "wrong_way_driver", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight",
             "noise", "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal",
             "gas_odor", "water_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
LEVEL_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe", "3": "Moderate", "2": "Severe",
             "1": "Extreme", "大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
         "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]


def ts(v):
    return dt.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")


def check(num, problems):
    found = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(found) != 1:
        problems.append("%d: expected one .jsonl, found %d" % (num, len(found)))
        return None
    path = found[0]
    base = os.path.basename(path)[:-len(".jsonl")]
    tpath = os.path.join(OUT, base + ".truth.json")
    p = lambda msg: problems.append("%s: %s" % (base, msg))
    try:
        with open(tpath, encoding="utf-8") as fh:
            truth = json.load(fh)
    except (OSError, ValueError) as e:
        p("truth file: %s" % e)
        return None
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                p("line %d does not parse: %s" % (n, e))
                return None
    if not 25 <= len(items) <= 150:
        p("%d items (25-150 expected)" % len(items))

    # truth file
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            p("truth lacks %s" % k)
    if truth.get("situation") != base:
        p("truth situation %r != %r" % (truth.get("situation"), base))
    labels = {}
    for inc in truth.get("incidents", []):
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                p("incident lacks %s: %r" % (k, inc))
        if inc.get("type") not in TYPES:
            p("incident %s: type %r" % (inc.get("label"), inc.get("type")))
        if inc.get("label") in labels:
            p("incident label twice: %s" % inc.get("label"))
        labels[inc.get("label")] = inc
    alt = truth.get("alternative_reading")
    alt_labels = None
    if alt is not None:
        if "why" not in alt or "incidents" not in alt:
            p("alternative_reading lacks why/incidents")
        alt_labels = {}
        for inc in alt.get("incidents", []):
            if inc.get("type") not in TYPES:
                p("alt incident %s: type %r" % (inc.get("label"), inc.get("type")))
            alt_labels[inc.get("label")] = inc

    # items
    first = {}
    prev_arr = None
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        for k in REQUIRED:
            if k not in it:
                p("%s lacks %s" % (where, k))
        extra = set(it) - ALLOWED
        if extra:
            p("%s unknown fields %s" % (where, sorted(extra)))
        if list(it) != [k for k in ORDER if k in it]:
            p("%s field order" % where)
        feed = it.get("feed")
        if feed not in CATS:
            p("%s feed %r" % (where, feed))
            continue
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            p("%s kind %r for feed %s" % (where, it.get("kind"), feed))
        if it.get("category") not in CATS[feed]:
            p("%s category %r not in feed %s" % (where, it.get("category"), feed))
        if it.get("severity") not in SEV:
            p("%s severity %r" % (where, it.get("severity")))
        if feed in UNKNOWN_SEV and it.get("severity") != "Unknown":
            p("%s severity should be Unknown for feed %s" % (where, feed))
        try:
            obs, arr = ts(it["observed"]), ts(it["arrival"])
        except (KeyError, ValueError) as e:
            p("%s time: %s" % (where, e))
            continue
        if prev_arr is not None and arr < prev_arr:
            p("%s arrival out of order" % where)
        prev_arr = arr
        if feed != "planned_event" and (obs - arr).total_seconds() > 300:
            p("%s observed more than 300 s after arrival (ingest would refuse it)" % where)
        if not (120.60 <= it["lon"] <= 120.74 and 24.15 <= it["lat"] <= 24.235):
            p("%s position outside the study area" % where)
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                p("%s sensor_id %r not registered" % (where, sid))
            else:
                s = SENSORS[sid]
                if (round(s["lon"], 6), round(s["lat"], 6)) != (it["lon"], it["lat"]):
                    p("%s not at the registered position of %s" % (where, sid))
                if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                    p("%s sensor %s is a %s, not a %s" % (where, sid, s["kind"], FEED_KIND[feed]))
                if feed in ("rule", "status") and it["agency"] != s["agency"]:
                    p("%s agency %s != sensor's %s" % (where, it["agency"], s["agency"]))
                if feed == "rule":
                    need = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain",
                            "congestion": "vd"}.get(it["category"])
                    if need and s["kind"] != need:
                        p("%s %s alert from a %s" % (where, it["category"], s["kind"]))
        elif "sensor_id" in it:
            p("%s sensor_id on feed %s" % (where, feed))
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
            p("%s agency %r for feed %s" % (where, it.get("agency"), feed))
        if (feed == "cctv") != ("confidence" in it):
            p("%s confidence only (and always) on cctv" % where)
        elif feed == "cctv" and not 0 <= it["confidence"] <= 1:
            p("%s confidence %r" % (where, it["confidence"]))
        cat = it.get("category")
        if feed == "rule" and cat in LEVELS:
            if it.get("level") not in LEVELS[cat]:
                p("%s level %r for %s" % (where, it.get("level"), cat))
            elif LEVEL_SEV[it["level"]] != it["severity"]:
                p("%s severity %s for level %s" % (where, it["severity"], it["level"]))
        elif "level" in it:
            p("%s level on %s/%s" % (where, feed, cat))
        if (feed == "planned_event") != ("ends" in it):
            p("%s ends only (and always) on planned_event" % where)
        elif feed == "planned_event" and ts(it["ends"]) <= obs:
            p("%s ends before start" % where)
        if not isinstance(it.get("text"), str) or not it["text"].strip():
            p("%s empty text" % where)
        # labels
        if it.get("truth") is not None and it["truth"] not in labels:
            p("%s truth %r not an incident" % (where, it["truth"]))
        if "truth_alt" in it:
            if alt_labels is None:
                p("%s truth_alt without an alternative reading" % where)
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                p("%s truth_alt %r not an alternative incident" % (where, it["truth_alt"]))
            if it["truth_alt"] == it.get("truth"):
                p("%s truth_alt equals truth (leave it out)" % where)
        # duplicates
        k = it.get("key")
        if k in first:
            a = {x: v for x, v in first[k].items() if x != "arrival"}
            b = {x: v for x, v in it.items() if x != "arrival"}
            if a != b:
                p("%s key used twice for different items" % where)
        else:
            first[k] = it

    keys = set(first)
    for it in first.values():
        if "follows" in it:
            if it["follows"] not in keys:
                p("%s follows %r: no such key" % (it["key"], it["follows"]))
            elif it["follows"] == it["key"]:
                p("%s follows itself" % it["key"])
    # every incident has evidence; sufficient keys carry its label
    prim = {}
    altm = {}
    for it in first.values():
        if it["truth"] is not None:
            prim.setdefault(it["truth"], []).append(it)
        lab = it["truth_alt"] if "truth_alt" in it else it["truth"]
        if lab is not None:
            altm.setdefault(lab, []).append(it)
    for lab, inc in labels.items():
        if lab not in prim:
            p("incident %s has no item" % lab)
        sk = inc.get("sufficient_evidence_key")
        if sk not in first:
            p("incident %s: sufficient key %r not an item" % (lab, sk))
        elif first[sk]["truth"] != lab:
            p("incident %s: sufficient item %s is labelled %r" % (lab, sk, first[sk]["truth"]))
    if alt_labels is not None:
        for lab in altm:
            if lab not in alt_labels:
                p("alternative reading lacks incident %s (items carry it)" % lab)
        for lab, inc in alt_labels.items():
            if lab not in altm:
                p("alt incident %s has no item" % lab)
            sk = inc.get("sufficient_evidence_key")
            if sk not in first:
                p("alt incident %s: sufficient key %r not an item" % (lab, sk))
            else:
                it = first[sk]
                got = it["truth_alt"] if "truth_alt" in it else it["truth"]
                if got != lab:
                    p("alt incident %s: sufficient item %s reads %r" % (lab, sk, got))
    dups = len(items) - len(first)
    return base, len(items), dups, len(labels), (len(alt_labels) if alt_labels is not None else None)


def main():
    problems = []
    rows = []
    for num in NUMS:
        r = check(num, problems)
        if r:
            rows.append(r)
    for base, n, d, k, a in rows:
        print("%-40s %3d items (%d duplicate deliveries)  %d incidents%s" % (
            base, n, d, k, "" if a is None else ", alternative reading %d" % a))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for x in problems:
            print("  " + x)
        sys.exit(1)
    print("OK: %d situations" % len(rows))


if __name__ == "__main__":
    main()
