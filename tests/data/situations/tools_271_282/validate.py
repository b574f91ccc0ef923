"""Validate situations 271-282: every file parses; keys unique except duplicates (which
repeat every field but arrival); arrival order; labels and alternative reading consistent;
sensor ids registered with their registered position; feed/kind/agency/category/severity
coherent; follows point to an item of the same file."""
import datetime as dt
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
FIRST, LAST = 271, 282

CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "medical", "other", "hazmat_report"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"]
ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
         "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]


def parse_t(s):
    assert s.endswith("Z"), s
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"], ft["geometry"]["coordinates"]) for ft in fc["features"]}


def check(jsonl, sensors, errs):
    stem = os.path.basename(jsonl)[:-len(".jsonl")]
    num = int(stem[:3])
    if not FIRST <= num <= LAST:
        errs.append("%s: number outside %d-%d" % (stem, FIRST, LAST))

    def E(msg):
        errs.append("%s: %s" % (stem, msg))

    items = []
    with open(jsonl, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except Exception as e:
                E("line %d does not parse: %s" % (n, e))
                return
    if not 15 <= len(items) <= 120:
        E("%d items (15-120 wanted)" % len(items))
    first = {}
    prev_arr = None
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        for k in REQUIRED:
            if k not in it:
                E("%s missing %s" % (where, k))
        extra = set(it) - set(ORDER)
        if extra:
            E("%s unknown fields %s" % (where, sorted(extra)))
        if [k for k in it if k in ORDER] != [k for k in ORDER if k in it]:
            E("%s field order" % where)
        k = it["key"]
        if k in first:
            a = dict(first[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                E("%s duplicate key with different fields" % where)
            if it["arrival"] <= first[k]["arrival"]:
                E("%s duplicate does not arrive later" % where)
        else:
            first[k] = it
        arr = parse_t(it["arrival"])
        obs = parse_t(it["observed"])
        if prev_arr and arr < prev_arr:
            E("%s out of arrival order" % where)
        prev_arr = arr
        feed = it["feed"]
        if feed not in CATS:
            E("%s unknown feed %s" % (where, feed)); continue
        if it["category"] not in CATS[feed]:
            E("%s category %s not in feed %s" % (where, it["category"], feed))
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            E("%s kind" % where)
        if it["severity"] not in SEVS:
            E("%s severity" % where)
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            E("%s severity must be Unknown for %s" % (where, feed))
        if feed in ("incident", "rule") and it["severity"] == "Unknown":
            E("%s severity missing" % where)
        if feed != "planned_event" and obs > arr + dt.timedelta(seconds=300):
            E("%s observed in the future of its arrival" % where)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            E("%s outside Taiwan" % where)
        if not (120.60 <= it["lon"] <= 120.74 and 24.15 <= it["lat"] <= 24.235):
            E("%s outside the study area" % where)
        if not isinstance(it["text"], str) or not it["text"]:
            E("%s empty text" % where)
        sid = it.get("sensor_id")
        if feed in ("rule", "status") or feed in SENSOR_KIND:
            if sid is None:
                E("%s needs sensor_id" % where)
            elif sid not in sensors:
                E("%s sensor %s not registered" % (where, sid))
            else:
                props, (lon, lat) = sensors[sid]
                if (round(lon, 6), round(lat, 6)) != (it["lon"], it["lat"]):
                    E("%s sensor %s not at its registered position" % (where, sid))
                if feed in SENSOR_KIND and props["kind"] != SENSOR_KIND[feed]:
                    E("%s sensor %s is a %s, not %s" % (where, sid, props["kind"], feed))
                if feed == "rule" and it["category"] in RULE_KIND and props["kind"] not in RULE_KIND[it["category"]]:
                    E("%s rule %s on a %s" % (where, it["category"], props["kind"]))
                want = props["agency"] if feed in ("rule", "status") else FEED_AGENCY[feed]
                if it["agency"] != want:
                    E("%s agency %s, want %s" % (where, it["agency"], want))
        else:
            if sid is not None:
                E("%s sensor_id on feed %s" % (where, feed))
            if it["agency"] != FEED_AGENCY[feed]:
                E("%s agency" % where)
        if (feed == "cctv") != ("confidence" in it):
            E("%s confidence only and always on cctv" % where)
        if "confidence" in it and not 0 <= it["confidence"] <= 1:
            E("%s confidence range" % where)
        if "level" in it:
            if it["level"] not in LEVELS.get(it["category"], ()):
                E("%s level" % where)
            if it["category"] == "flood_depth" and FLOOD_SEV[it["level"]] != it["severity"]:
                E("%s flood band severity" % where)
        elif it["category"] in LEVELS and feed == "rule":
            E("%s level missing" % where)
        if ("ends" in it) != (feed == "planned_event"):
            E("%s ends only and always on planned_event" % where)
        if "ends" in it and parse_t(it["ends"]) <= obs:
            E("%s ends before start" % where)
    keys = set(first)
    for it in items:
        f = it.get("follows")
        if f is not None and (f not in keys or f == it["key"]):
            E("%s follows unknown key %s" % (it["key"], f))
        if f is not None and first[f]["feed"] != it["feed"]:
            E("%s follows an item of another feed" % it["key"])

    with open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    if truth.get("situation") != stem:
        E("truth situation name")
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            E("truth missing %s" % k)

    def check_reading(incs, label_of, name):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            E("%s: duplicate labels" % name)
        used = {label_of(it) for it in first.values()} - {None}
        for lab in used - set(labels):
            E("%s: label %s used by items but not listed" % (name, lab))
        for inc in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    E("%s: incident missing %s" % (name, k))
            if inc["type"] not in TYPES:
                E("%s: type %s" % (name, inc["type"]))
            if inc["label"] not in used:
                E("%s: incident %s has no item" % (name, inc["label"]))
            sk = inc["sufficient_evidence_key"]
            if sk not in first:
                E("%s: sufficient key %s not an item" % (name, sk))
            elif label_of(first[sk]) != inc["label"]:
                E("%s: sufficient key %s belongs to %s" % (name, sk, label_of(first[sk])))

    check_reading(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt != ("alternative_reading" in truth):
        E("truth_alt items and alternative_reading must come together")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            E("alternative_reading without why")
        check_reading(ar["incidents"], lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"], "alt")
        for it in first.values():
            if "truth_alt" in it and it["truth_alt"] == it["truth"]:
                E("%s truth_alt equals truth" % it["key"])
    return len(items)


def main():
    sensors = load_sensors()
    errs = []
    files = sorted(p for p in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]_*.jsonl"))
                   if FIRST <= int(os.path.basename(p)[:3]) <= LAST)  # the folder holds other authors' sets
    nums = sorted(int(os.path.basename(p)[:3]) for p in files)
    if nums != list(range(FIRST, LAST + 1)):
        errs.append("situations present: %s" % nums)
    total = 0
    for p in files:
        total += check(p, sensors, errs)
    for e in errs:
        print("ERROR", e)
    print("%d situations, %d items, %d errors" % (len(files), total, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
