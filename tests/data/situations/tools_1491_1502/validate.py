"""Check every data file of situations 1491-1502."""
import json, glob, os, sys
from lib import OUT, SENSORS, ALLOWED

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
ST119 = {"dispatched", "on_scene", "returning", "closed"}
KIND_OF = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
errs = []
def e(f, m): errs.append("%s: %s" % (os.path.basename(f), m))
files = sorted(f for f in glob.glob(os.path.join(OUT, "1[45]*_*.jsonl"))
               if 1491 <= int(os.path.basename(f).split("_")[0]) <= 1502)
assert len(files) == 12, len(files)
for f in files:
    truth = json.load(open(f[:-6] + ".truth.json", encoding="utf-8"))
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alabels = {i["label"] for i in alt["incidents"]} if alt else labels
    items = [json.loads(l) for l in open(f, encoding="utf-8")]
    if not 20 <= len(items) <= 120: e(f, "item count %d" % len(items))
    seen, prev = {}, ""
    for it in items:
        k = it["key"]
        for fld in it:
            if fld not in ALLOWED: e(f, "%s field %s" % (k, fld))
        for fld in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"):
            if fld not in it: e(f, "%s missing %s" % (k, fld))
        if it["arrival"] < prev: e(f, "%s arrival order" % k)
        prev = it["arrival"]
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b: e(f, "%s duplicate differs" % k)
            continue
        seen[k] = it
        if it["feed"] not in FEEDS: e(f, "%s feed" % k)
        if it["severity"] not in SEV: e(f, "%s severity" % k)
        if (it["kind"] == "alert") != (it["feed"] == "rule"): e(f, "%s kind" % k)
        sid = it.get("sensor_id")
        if it["feed"] in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            if sid not in SENSORS: e(f, "%s sensor %s" % (k, sid)); continue
            if it["feed"] in KIND_OF and SENSORS[sid]["kind"] != KIND_OF[it["feed"]]: e(f, "%s sensor kind" % k)
            if [it["lon"], it["lat"]] != SENSORS[sid]["lonlat"]: e(f, "%s sensor position" % k)
        elif sid: e(f, "%s sensor on %s" % (k, it["feed"]))
        if "reason" in it and not (it["feed"] == "status" and it["category"] == "offline" and it["reason"] in REASONS): e(f, "%s reason" % k)
        if "status" in it and not (it["feed"] == "119" and it["status"] in ST119): e(f, "%s status" % k)
        if "gateway" in it and (it["feed"] not in ("rule", "status") or it["gateway"] != SENSORS[sid]["gateway"]): e(f, "%s gateway" % k)
        for fld in ("radius_m", "permit_status", "ends"):
            if fld in it and it["feed"] != "planned_event": e(f, "%s %s" % (k, fld))
        if "confidence" in it and not (it["feed"] == "cctv" and 0 <= it["confidence"] <= 1): e(f, "%s confidence" % k)
        if it["feed"] == "cctv" and "confidence" not in it: e(f, "%s no confidence" % k)
        if "level" in it and it["feed"] != "rule": e(f, "%s level" % k)
        if it["truth"] is not None and it["truth"] not in labels: e(f, "%s truth %s" % (k, it["truth"]))
        ta = it.get("truth_alt", it["truth"])
        if ta is not None and ta not in alabels: e(f, "%s truth_alt %s" % (k, ta))
        if "truth_alt" in it and it["truth_alt"] == it["truth"]: e(f, "%s truth_alt equals truth" % k)
        if not (120.6 < it["lon"] < 120.7 and 24.15 < it["lat"] < 24.21): e(f, "%s position off zone" % k)
    for it in items:
        if "follows" in it and it["follows"] not in seen: e(f, "%s follows unknown %s" % (it["key"], it["follows"]))
    for inc in truth["incidents"]:
        s = seen.get(inc["sufficient_evidence_key"])
        if not s or s["truth"] != inc["label"]: e(f, "sufficient key of %s" % inc["label"])
        if not any(i["truth"] == inc["label"] for i in seen.values()): e(f, "empty incident %s" % inc["label"])
    if alt:
        for inc in alt["incidents"]:
            s = seen.get(inc["sufficient_evidence_key"])
            if not s or s.get("truth_alt", s["truth"]) != inc["label"]: e(f, "alt sufficient key of %s" % inc["label"])
    span = (max(i["arrival"] for i in items), min(i["arrival"] for i in items))
    print(os.path.basename(f), len(items), "items", len(labels), "incidents", "alt" if alt else "")
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
