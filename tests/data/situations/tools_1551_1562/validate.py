"""Validate situations 1551-1562."""
import json, glob, os, sys
from lib import OUT, SENSORS, SENSOR_FEEDS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
           "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
           "permit_status", "gateway", "truth", "truth_alt"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
ST119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
errs = []

def err(f, m):
    errs.append(f"{os.path.basename(f)}: {m}")

n = 0
for num in range(1551, 1563):
    fs = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(fs) != 1:
        err(str(num), "missing or ambiguous jsonl"); continue
    f = fs[0]; n += 1
    tf = f[:-6] + ".truth.json"
    truth = json.load(open(tf, encoding="utf-8"))
    items = [json.loads(l) for l in open(f, encoding="utf-8")]
    if not 20 <= len(items) <= 120:
        err(f, f"{len(items)} items")
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    seen, last = {}, ""
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it: err(f, f"{k}: missing {r}")
        extra = set(it) - ALLOWED
        if extra: err(f, f"{k}: fields not allowed {extra}")
        if it["feed"] not in FEEDS: err(f, f"{k}: feed")
        if it["agency"] not in AGENCIES: err(f, f"{k}: agency")
        if it["severity"] not in SEV: err(f, f"{k}: severity")
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"): err(f, f"{k}: kind")
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS: err(f, f"{k}: sensor {sid}")
            else:
                lon, lat = SENSORS[sid]["geometry"]["coordinates"]
                if (it["lon"], it["lat"]) != (lon, lat): err(f, f"{k}: not at registered position")
        elif "sensor_id" in it: err(f, f"{k}: sensor_id on {it['feed']}")
        if not (120.6 < it["lon"] < 120.7 and 24.15 < it["lat"] < 24.22): err(f, f"{k}: position")
        if "reason" in it and not (it["feed"] == "status" and it["category"] == "offline" and it["reason"] in REASONS): err(f, f"{k}: reason")
        if it["feed"] == "119" and it.get("status", "dispatched") not in ST119: err(f, f"{k}: 119 status")
        if "status" in it and it["feed"] not in ("119", "1999"): err(f, f"{k}: status on {it['feed']}")
        for fld in ("radius_m", "permit_status", "ends"):
            if fld in it and it["feed"] != "planned_event": err(f, f"{k}: {fld} off a permit")
        if "radius_m" in it and not 1 <= it["radius_m"] <= 5000: err(f, f"{k}: radius")
        if it.get("permit_status", "approved") not in PERMIT: err(f, f"{k}: permit_status")
        if it.get("permit_status") in ("amended", "cancelled") and "follows" not in it: err(f, f"{k}: amended w/o follows")
        if "gateway" in it and it["feed"] not in ("rule", "status"): err(f, f"{k}: gateway")
        if "level" in it and it["level"] not in LEVELS: err(f, f"{k}: level")
        if "confidence" in it and not (it["feed"] == "cctv" and 0 <= it["confidence"] <= 1): err(f, f"{k}: confidence")
        if it["feed"] == "cctv" and "confidence" not in it: err(f, f"{k}: cctv without confidence")
        if it["truth"] is not None and it["truth"] not in labels: err(f, f"{k}: truth {it['truth']}")
        ta = it.get("truth_alt", it["truth"])
        if ta is not None and ta not in alt_labels: err(f, f"{k}: truth_alt {ta}")
        if "truth_alt" in it and not alt: err(f, f"{k}: truth_alt without alternative_reading")
        if it["arrival"] < last: err(f, f"{k}: arrival order")
        last = it["arrival"]
        if k in seen:
            a, b = dict(seen[k]), dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b: err(f, f"{k}: duplicate differs")
        else:
            seen[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in seen: err(f, f"{it['key']}: follows unknown {it['follows']}")
    def check_suff(incs, alt_mode):
        for inc in incs:
            s = seen.get(inc["sufficient_evidence_key"])
            if not s: err(tf, f"{inc['label']}: sufficient key missing"); continue
            lab = s.get("truth_alt", s["truth"]) if alt_mode else s["truth"]
            if lab != inc["label"]: err(tf, f"{inc['label']}: sufficient key labelled {lab}")
            used = [i for i in seen.values() if (i.get("truth_alt", i["truth"]) if alt_mode else i["truth"]) == inc["label"]]
            if not used: err(tf, f"{inc['label']}: no items")
    check_suff(truth["incidents"], False)
    if alt: check_suff(alt["incidents"], True)
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: {n} situations valid")
