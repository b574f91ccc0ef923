"""Check situations 1771-1782: parse, keys, labels, sensors, arrival order, duplicates. Exit 1 on any problem."""
import os, sys, json, glob, re, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENS = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
GATEWAYS = set(SENS) | {(ft["properties"].get("metadata") or {}).get("gateway") for ft in SENS.values()}

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


files = sorted(f for f in glob.glob(os.path.join(OUT, "*.jsonl"))
               if re.match(r"^(\d+)_", os.path.basename(f)) and 1771 <= int(os.path.basename(f).split("_")[0]) <= 1782)
if len(files) != 12:
    bad("set", "expected 12 situations, found %d" % len(files))
for fn in files:
    base = os.path.basename(fn)[:-6]
    tfn = os.path.join(OUT, base + ".truth.json")
    try:
        with open(tfn, encoding="utf-8") as f:
            truth = json.load(f)
    except Exception as e:
        bad(tfn, "truth unreadable: %s" % e)
        continue
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            bad(tfn, "missing " + k)
    if truth.get("situation") != base:
        bad(tfn, "situation name mismatch")
    items, seen = [], {}
    with open(fn, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            w = "%s:%d" % (base, n)
            try:
                it = json.loads(line)
            except Exception as e:
                bad(w, "bad json %s" % e)
                continue
            for k in REQ:
                if k not in it:
                    bad(w, "missing " + k)
            for k in it:
                if k not in REQ and k not in OPT:
                    bad(w, "unknown key " + k)
            feed = it.get("feed")
            if feed not in FEEDS:
                bad(w, "bad feed")
            if it.get("kind") != ("alert" if feed == "rule" else "event"):
                bad(w, "bad kind")
            if it.get("agency") not in AGENCIES:
                bad(w, "bad agency")
            if it.get("severity") not in SEVS:
                bad(w, "bad severity")
            for k in ("observed", "arrival"):
                if not TS.match(str(it.get(k))):
                    bad(w, "bad time " + k)
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in SENS:
                    bad(w, "unregistered sensor %s" % sid)
                else:
                    ft = SENS[sid]
                    c = ft["geometry"]["coordinates"]
                    if abs(c[0] - it["lon"]) > 1e-6 or abs(c[1] - it["lat"]) > 1e-6:
                        bad(w, "sensor position differs from registry")
                    if ft["properties"]["agency"] != it["agency"]:
                        bad(w, "sensor agency differs")
                    kind = ft["properties"]["kind"]
                    exp = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(feed)
                    if exp and kind != exp:
                        bad(w, "feed %s on sensor kind %s" % (feed, kind))
            elif "sensor_id" in it:
                bad(w, "sensor_id on feed " + str(feed))
            if "reason" in it and not (feed == "status" and it.get("category") == "offline" and it["reason"] in REASONS):
                bad(w, "bad reason")
            if "status" in it and not (feed == "119" and it["status"] in STATUSES):
                bad(w, "bad status")
            if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1):
                bad(w, "bad confidence")
            if feed == "cctv" and "confidence" not in it:
                bad(w, "cctv without confidence")
            for k in ("radius_m", "permit_status", "ends"):
                if k in it and feed != "planned_event":
                    bad(w, k + " off a permit")
            if "radius_m" in it and not (1 <= it["radius_m"] <= 5000):
                bad(w, "bad radius")
            if "permit_status" in it and it["permit_status"] not in PERMIT:
                bad(w, "bad permit status")
            if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
                bad(w, "bad gateway")
            if "level" in it and it["level"] not in ("1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"):
                bad(w, "bad level")
            if not isinstance(it.get("text"), str) or not it.get("text"):
                bad(w, "empty text")
            key = it.get("key")
            if key in seen:
                a = {k: v for k, v in seen[key].items() if k != "arrival"}
                b = {k: v for k, v in it.items() if k != "arrival"}
                if a != b:
                    bad(w, "duplicate %s differs beyond arrival" % key)
            else:
                seen[key] = it
            items.append(it)
    if not (20 <= len(items) <= 150):
        bad(base, "item count %d outside 20-150" % len(items))
    arr = [i.get("arrival", "") for i in items]
    if arr != sorted(arr):
        bad(base, "not in arrival order")
    for it in items:
        if "follows" in it and it["follows"] not in seen:
            bad(base, "follows unknown key %s" % it["follows"])
    labels = {i["label"]: i for i in truth.get("incidents", [])}
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in i for i in items)
    if has_alt and not alt:
        bad(base, "truth_alt without alternative_reading")

    def check(incs, labof, name):
        used = {}
        for it in seen.values():
            l = labof(it)
            if l is not None:
                used.setdefault(l, []).append(it["key"])
        labs = {i["label"] for i in incs}
        for l in used:
            if l not in labs:
                bad(base, "%s: label %s has no incident" % (name, l))
        for i in incs:
            if i.get("type") not in TYPES:
                bad(base, "%s: bad type %s" % (name, i.get("type")))
            if i["label"] not in used:
                bad(base, "%s: incident %s has no item" % (name, i["label"]))
            sk = i.get("sufficient_evidence_key")
            if sk not in seen or labof(seen[sk]) != i["label"]:
                bad(base, "%s: sufficient key %s not of %s" % (name, sk, i["label"]))
        if len(labs) != len(incs):
            bad(base, name + ": duplicate labels")

    check(truth.get("incidents", []), lambda it: it["truth"], "truth")
    if alt:
        if not alt.get("why"):
            bad(base, "alternative without why")
        check(alt.get("incidents", []), lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alt")
    print("%-45s %3d items, %d incidents%s" % (base, len(items), len(labels), ", alt %d" % len(alt["incidents"]) if alt else ""))

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
