"""Checks situations 791-802 only."""
import os, sys, json, glob
from lib import SENSORS, OUT

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure", "crowd_control",
                 "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
errors = []

def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))

files = sorted(f for f in glob.glob(os.path.join(OUT, "*.jsonl"))
               if 791 <= int(os.path.basename(f).split("_")[0]) <= 802)
if len(files) != 12:
    errors.append("expected 12 situations, found %d" % len(files))
for f in files:
    tf = f[:-6] + ".truth.json"
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except Exception as e:
        err(tf, "truth does not parse: %s" % e)
        continue
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alabels = {i["label"] for i in alt["incidents"]} if alt else labels
    items, first = [], {}
    prev = ""
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            it = json.loads(line)
        except Exception as e:
            err(f, "line %d does not parse: %s" % (n, e)); continue
        for k in REQ:
            if k not in it:
                err(f, "line %d lacks %s" % (n, k))
        fd = it.get("feed")
        if it.get("kind") != ("alert" if fd == "rule" else "event"):
            err(f, "line %d kind" % n)
        if it.get("category") not in CATS.get(fd, ()):
            err(f, "line %d category %s/%s" % (n, fd, it.get("category")))
        if it.get("severity") not in SEV:
            err(f, "line %d severity" % n)
        if fd in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(f, "line %d sensor %s not registered" % (n, sid))
            else:
                lon, lat, p = SENSORS[sid]
                if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                    err(f, "line %d sensor %s position" % (n, sid))
                if it["agency"] != p["agency"] and fd in ("rule", "status", "cctv"):
                    err(f, "line %d agency %s != sensor's %s" % (n, it["agency"], p["agency"]))
        if fd == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            err(f, "line %d confidence" % n)
        if fd == "planned_event" and "ends" not in it:
            err(f, "line %d planned event without ends" % n)
        if it.get("category") in ("flood_depth", "water_level", "heavy_rain") and "level" not in it:
            err(f, "line %d level missing" % n)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(f, "line %d position" % n)
        if it["arrival"] < prev:
            err(f, "line %d out of arrival order" % n)
        prev = it["arrival"]
        if it["truth"] is not None and it["truth"] not in labels:
            err(f, "line %d truth label %s unknown" % (n, it["truth"]))
        a = it.get("truth_alt", it["truth"])
        if a is not None and a not in alabels:
            err(f, "line %d truth_alt label %s unknown" % (n, a))
        if "truth_alt" in it and not alt:
            err(f, "line %d truth_alt without alternative_reading" % n)
        k = it["key"]
        if k in first:
            x, y = dict(first[k]), dict(it)
            x.pop("arrival"); y.pop("arrival")
            if x != y:
                err(f, "line %d duplicate %s differs" % (n, k))
        else:
            first[k] = it
        items.append(it)
    for it in items:
        if "follows" in it and it["follows"] not in first:
            err(f, "follows %s missing" % it["follows"])
    used = {i["truth"] for i in items}
    for inc in truth["incidents"]:
        sk = inc["sufficient_evidence_key"]
        if sk not in first or first[sk]["truth"] != inc["label"]:
            err(tf, "sufficient key %s not an item of %s" % (sk, inc["label"]))
        if inc["label"] not in used:
            err(tf, "incident %s has no items" % inc["label"])
    if alt:
        aused = {i.get("truth_alt", i["truth"]) for i in items}
        for inc in alt["incidents"]:
            sk = inc["sufficient_evidence_key"]
            if sk not in first or first[sk].get("truth_alt", first[sk]["truth"]) != inc["label"]:
                err(tf, "alt sufficient key %s not an item of %s" % (sk, inc["label"]))
            if inc["label"] not in aused:
                err(tf, "alt incident %s has no items" % inc["label"])
        if not any("truth_alt" in i for i in items):
            err(tf, "alternative_reading but no truth_alt")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: %d situations valid" % len(files))
if "--table" in sys.argv:
    for f in files:
        its = [json.loads(l) for l in open(f, encoding="utf-8")]
        t = json.load(open(f[:-6] + ".truth.json", encoding="utf-8"))
        u = {}
        for i in its:
            u.setdefault(i["key"], i)
        print("| %s | %d | %d | %d | %d | %s |" % (os.path.basename(f), len(its), len(u),
              sum(1 for i in u.values() if i["truth"] is None), len(t["incidents"]),
              len(t["alternative_reading"]["incidents"]) if "alternative_reading" in t else "–"))
