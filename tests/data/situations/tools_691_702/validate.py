"""Validate situations 691-702 only. Python 3 stdlib only."""
import glob, json, os, re, sys
from datetime import datetime
from lib import OUT, SENSORS, spos, dist

LO, HI = 691, 702
KEYS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"}
OPTIONAL = {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"signal": "signal", "parking": "parking", "cctv": "cctv", "fire_alarm": "fire_alarm"}
FEED_AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "planned_event": "police"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "wrong_way_driver", "medical", "other", "hazmat_report", "road_collapse"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
TYPES = {"flood", "fire", "traffic", "crowd"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")

def check(stem, errs):
    def e(msg):
        errs.append("%s: %s" % (stem, msg))
    items = []
    with open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as x:
                e("line %d does not parse: %s" % (n, x))
    truth = json.load(open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8"))
    if truth.get("situation") != stem:
        e("truth.situation mismatch")
    if not 25 <= len(items) <= 60:
        e("%d items (want 25-60)" % len(items))
    labels = {i["label"] for i in truth["incidents"]}
    if not 1 <= len(labels) <= 4 or len(labels) != len(truth["incidents"]):
        e("incident count/labels bad")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    has_alt_field = any("truth_alt" in it for it in items)
    if has_alt_field and not alt:
        e("truth_alt used without alternative_reading")
    seen, prev = {}, None
    for n, it in enumerate(items, 1):
        where = "line %d (%s)" % (n, it.get("key"))
        miss = KEYS - set(it)
        extra = set(it) - KEYS - OPTIONAL
        if miss or extra:
            e("%s missing %s extra %s" % (where, sorted(miss), sorted(extra)))
            continue
        for k in ("observed", "arrival"):
            if not TS.match(it[k]):
                e("%s bad %s" % (where, k))
        if prev and it["arrival"] < prev:
            e("%s arrival out of order" % where)
        prev = it["arrival"]
        if it["feed"] not in FEEDS:
            e("%s feed %s" % (where, it["feed"]))
        if it["category"] not in CATS.get(it["feed"], ()):
            e("%s category %s not in feed %s" % (where, it["category"], it["feed"]))
        if it["severity"] not in SEVERITIES or (it["feed"] in UNKNOWN_SEV and it["severity"] != "Unknown"):
            e("%s severity %s" % (where, it["severity"]))
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"):
            e("%s kind" % where)
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                e("%s unknown sensor %s" % (where, sid))
            else:
                p = SENSORS[sid]["properties"]
                if dist(spos(sid), (it["lon"], it["lat"])) > 1.0:
                    e("%s not at registered position" % where)
                if p["agency"] != it["agency"]:
                    e("%s agency %s != registry %s" % (where, it["agency"], p["agency"]))
                if it["feed"] in FEED_KIND and p["kind"] != FEED_KIND[it["feed"]]:
                    e("%s sensor kind %s for feed %s" % (where, p["kind"], it["feed"]))
                if it["feed"] == "rule" and it["category"] == "congestion" and p["kind"] != "vd":
                    e("%s congestion from non-VD" % where)
        elif "sensor_id" in it:
            e("%s sensor_id on a report feed" % where)
        else:
            if FEED_AGENCY[it["feed"]] != it["agency"]:
                e("%s agency" % where)
        if ("confidence" in it) != (it["feed"] == "cctv"):
            e("%s confidence presence" % where)
        if ("ends" in it) != (it["feed"] == "planned_event"):
            e("%s ends presence" % where)
        elif "ends" in it and it["ends"] <= it["observed"]:
            e("%s ends before start" % where)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            e("%s position outside Taiwan" % where)
        if it["truth"] is not None and it["truth"] not in labels:
            e("%s truth %s not an incident" % (where, it["truth"]))
        if "truth_alt" in it:
            if it["truth_alt"] == it["truth"]:
                e("%s truth_alt equals truth" % where)
            if it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                e("%s truth_alt %s not an alt incident" % (where, it["truth_alt"]))
        if it["truth"] is not None and alt and "truth_alt" not in it and it["truth"] not in alt_labels:
            e("%s truth %s missing from alternative incidents" % (where, it["truth"]))
        if not isinstance(it["text"], str) or not it["text"]:
            e("%s empty text" % where)
        k = it["key"]
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                e("%s duplicate key with different fields" % where)
            if it["arrival"] <= seen[k]["arrival"]:
                e("%s duplicate does not arrive later" % where)
        else:
            seen[k] = it
        if ts(it["arrival"]) < ts(it["observed"]) and it["feed"] not in ("planned_event",):
            # a skewed device clock may stamp a little late, never minutes
            if (ts(it["observed"]) - ts(it["arrival"])).total_seconds() > 300:
                e("%s observed far after arrival" % where)
    for it in items:
        for f in ([it["follows"]] if isinstance(it.get("follows"), str) else it.get("follows", [])):
            if f not in seen:
                e("%s follows unknown key %s" % (it["key"], f))
    # truth file
    def check_incs(incs, field):
        used = {i[field] for i in items if i[field] is not None} if field == "truth" else \
            {(i["truth_alt"] if "truth_alt" in i else i["truth"]) for i in items} - {None}
        for inc in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    e("incident lacks %s" % k)
            if inc["type"] not in TYPES:
                e("incident %s type %s" % (inc["label"], inc["type"]))
            sk = inc["sufficient_evidence_key"]
            if sk not in seen:
                e("incident %s sufficient key %s unknown" % (inc["label"], sk))
            else:
                it = seen[sk]
                lab = it["truth"] if field == "truth" else it.get("truth_alt", it["truth"])
                if lab != inc["label"]:
                    e("incident %s sufficient key labelled %s (%s)" % (inc["label"], lab, field))
        labs = {i["label"] for i in incs}
        if used != labs:
            e("%s labels used %s != incidents %s" % (field, sorted(used), sorted(labs)))
    check_incs(truth["incidents"], "truth")
    if alt:
        if not alt.get("why"):
            e("alternative_reading lacks why")
        check_incs(alt["incidents"], "truth_alt")
    return len(items)

def main():
    errs, total, n = [], 0, 0
    stems = []
    for p in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))):
        b = os.path.basename(p)[:-6]
        m = re.match(r"^(\d{3})_[a-z0-9_]+$", b)
        if m and LO <= int(m.group(1)) <= HI:
            stems.append(b)
    nums = sorted(int(s[:3]) for s in stems)
    if nums != list(range(LO, HI + 1)):
        errs.append("situations present %s, want %d-%d once each" % (nums, LO, HI))
    for stem in stems:
        if not os.path.exists(os.path.join(OUT, stem + ".truth.json")):
            errs.append("%s: no truth file" % stem); continue
        total += check(stem, errs); n += 1
    for x in ("README_%d-%d.md" % (LO, HI), "vocabulary_needed_%d-%d.md" % (LO, HI)):
        if not os.path.exists(os.path.join(OUT, x)):
            errs.append("missing " + x)
    for x in errs:
        print("ERROR", x)
    print("%d situations, %d items, %d errors" % (n, total, len(errs)))
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
