"""Check situations 1251-1262: parse, keys, duplicates, labels, sensors, arrival order, vocabulary."""
import glob, json, os, sys
from lib import OUT, SENSORS

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "missing_person", "road_reopened", "evacuation", "hazmat_report", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "traffic_signal", "rescue",
             "gas_odor", "missing_person", "fallen_object", "evacuation", "water_outage"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
          "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth", "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]

errors = []

def err(f, m):
    errors.append("%s: %s" % (os.path.basename(f), m))

def check(jl):
    tf = jl[:-len(".jsonl")] + ".truth.json"
    if not os.path.exists(tf):
        err(jl, "no truth file"); return
    truth = json.load(open(tf, encoding="utf-8"))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tf, "missing " + k)
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    items, seen = [], {}
    prev = None
    for n, line in enumerate(open(jl, encoding="utf-8"), 1):
        try:
            it = json.loads(line)
        except ValueError as e:
            err(jl, "line %d does not parse: %s" % (n, e)); continue
        items.append(it)
        for r in REQUIRED:
            if r not in it:
                err(jl, "line %d missing %s" % (n, r))
        extra = set(it) - FIELDS
        if extra:
            err(jl, "line %d unknown fields %s" % (n, extra))
        k = it["key"]
        if k in seen:
            a = dict(seen[k]); b = dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(jl, "key %s repeated with different fields" % k)
        else:
            seen[k] = it
        if prev and it["arrival"] < prev:
            err(jl, "line %d out of arrival order" % n)
        prev = it["arrival"]
        feed = it["feed"]
        if feed not in VOCAB or it["category"] not in VOCAB[feed]:
            err(jl, "line %d category %s/%s not in vocabulary" % (n, feed, it["category"]))
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err(jl, "line %d kind" % n)
        if it["severity"] not in SEV:
            err(jl, "line %d severity" % n)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(jl, "line %d unregistered sensor %s" % (n, sid))
            else:
                s = SENSORS[sid]
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    err(jl, "line %d sensor %s not at its registered position" % (n, sid))
                if it["agency"] != s["agency"]:
                    err(jl, "line %d agency %s != sensor's %s" % (n, it["agency"], s["agency"]))
        else:
            if "sensor_id" in it:
                err(jl, "line %d sensor_id on a %s item" % (n, feed))
            if it["agency"] != AGENCY[feed]:
                err(jl, "line %d agency" % n)
        if feed == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
            err(jl, "line %d level" % n)
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(jl, "line %d reason" % n)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            err(jl, "line %d status" % n)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err(jl, "line %d radius_m" % n)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in SENSORS):
            err(jl, "line %d gateway" % n)
        if "ends" in it and feed != "planned_event":
            err(jl, "line %d ends" % n)
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            err(jl, "line %d confidence" % n)
        if feed == "cctv" and "confidence" not in it:
            err(jl, "line %d cctv without confidence" % n)
        if it["truth"] is not None and it["truth"] not in labels:
            err(jl, "line %d truth %s not in incidents" % (n, it["truth"]))
        if "truth_alt" in it:
            if not alt:
                err(jl, "line %d truth_alt without alternative_reading" % n)
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                err(jl, "line %d truth_alt %s not in alternative incidents" % (n, it["truth_alt"]))
        elif alt and it["truth"] is not None and it["truth"] not in alt_labels:
            err(jl, "line %d truth %s missing from the alternative incidents" % (n, it["truth"]))
        if not ("2026-01-01" <= it["observed"][:10] <= "2026-12-31" or "2026" in it["arrival"][:4]):
            err(jl, "line %d not dated 2026" % n)
    for it in items:
        if "follows" in it and it["follows"] not in seen:
            err(jl, "key %s follows unknown %s" % (it["key"], it["follows"]))
    if len(items) == len(seen):
        err(jl, "no duplicated delivery")
    if not 20 <= len(items) <= 60:
        err(jl, "%d items (want 20-60)" % len(items))
    bg = sum(1 for i in seen.values() if i["truth"] is None)
    if not 0.10 <= bg / len(seen) <= 0.30:
        err(jl, "background share %.2f" % (bg / len(seen)))
    for inc in truth["incidents"]:
        k = inc["sufficient_evidence_key"]
        if k not in seen or seen[k]["truth"] != inc["label"]:
            err(tf, "incident %s: sufficient key %s not one of its items" % (inc["label"], k))
    for l in labels:
        if not any(i["truth"] == l for i in seen.values()):
            err(tf, "incident %s has no items" % l)
    if alt:
        for inc in alt["incidents"]:
            k = inc["sufficient_evidence_key"]
            lab = seen[k].get("truth_alt", seen[k]["truth"]) if k in seen else None
            if lab != inc["label"]:
                err(tf, "alt incident %s: sufficient key %s not one of its items" % (inc["label"], k))
        for l in alt_labels:
            if not any(i.get("truth_alt", i["truth"]) == l for i in seen.values()):
                err(tf, "alt incident %s has no items" % l)
    return len(items)

files = sorted(glob.glob(os.path.join(OUT, "12[56][0-9]_*.jsonl")))
files = [f for f in files if 1251 <= int(os.path.basename(f)[:4]) <= 1262]
if len(files) != 12:
    errors.append("expected 12 situations, found %d" % len(files))
for f in files:
    n = check(f)
    print("%s %s" % (os.path.basename(f), n))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: %d situations valid" % len(files))
