"""Check only situations 1971-1982 in OUT."""
import json, os, glob, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMS = range(1971, 1983)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
sensors = {f["properties"]["sensor_id"]: f for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]}
gateways = {f["properties"]["metadata"].get("gateway") for f in sensors.values()}
errors = []
def err(m): errors.append(m)
for n in NUMS:
    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
    ts = glob.glob(os.path.join(OUT, "%d_*.truth.json" % n))
    if len(js) != 1 or len(ts) != 1:
        err("%d: expected one jsonl and one truth file" % n); continue
    truth = json.load(open(ts[0], encoding="utf-8"))
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    items, seen, prev = [], {}, ""
    for ln, line in enumerate(open(js[0], encoding="utf-8"), 1):
        try:
            it = json.loads(line)
        except Exception as e:
            err("%s:%d parse %s" % (js[0], ln, e)); continue
        for k in REQ:
            if k not in it: err("%d line %d missing %s" % (n, ln, k))
        key = it.get("key", "")
        if not key.startswith("%d-" % n): err("%d key %s" % (n, key))
        if it["feed"] not in FEEDS: err("%s feed" % key)
        if it["agency"] not in AGENCIES: err("%s agency" % key)
        if it["severity"] not in SEVS: err("%s severity" % key)
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"): err("%s kind" % key)
        if it["arrival"] < prev: err("%s arrival order" % key)
        prev = it["arrival"]
        if it["truth"] is not None and it["truth"] not in labels: err("%s truth label %s" % (key, it["truth"]))
        alt_l = it.get("truth_alt", it["truth"])
        if alt_l is not None and alt_l not in alt_labels: err("%s alt label %s" % (key, alt_l))
        if "truth_alt" in it and not alt: err("%s truth_alt without alternative_reading" % key)
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors: err("%s sensor %s" % (key, sid))
            else:
                lon, lat = sensors[sid]["geometry"]["coordinates"]
                if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6: err("%s sensor position" % key)
        if "reason" in it and (it["feed"] != "status" or it["category"] != "offline" or it["reason"] not in REASONS): err("%s reason" % key)
        if "status" in it and (it["feed"] != "119" or it["status"] not in STATUS119): err("%s status" % key)
        for f in ("radius_m", "permit_status", "ends"):
            if f in it and it["feed"] != "planned_event": err("%s %s on non-permit" % (key, f))
        if "radius_m" in it and not (1 <= it["radius_m"] <= 5000): err("%s radius" % key)
        if "permit_status" in it and it["permit_status"] not in PERMIT: err("%s permit_status" % key)
        if "gateway" in it and (it["feed"] not in ("rule", "status") or it["gateway"] not in gateways): err("%s gateway" % key)
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1): err("%s confidence" % key)
        if key in seen:
            a = dict(seen[key]); b = dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b: err("%s duplicate differs" % key)
        else:
            seen[key] = it
        items.append(it)
    for it in items:
        if "follows" in it and it["follows"] not in seen: err("%s follows unknown %s" % (it["key"], it["follows"]))
    if not (20 <= len(seen) <= 150): err("%d: %d items" % (n, len(seen)))
    for inc in truth["incidents"]:
        k = inc.get("sufficient_evidence_key")
        if k not in seen or seen[k]["truth"] != inc["label"]: err("%d: sufficient key of %s" % (n, inc["label"]))
        if not any(i["truth"] == inc["label"] for i in seen.values()): err("%d: empty incident %s" % (n, inc["label"]))
    if alt:
        for inc in alt["incidents"]:
            k = inc.get("sufficient_evidence_key")
            if k not in seen or seen[k].get("truth_alt", seen[k]["truth"]) != inc["label"]: err("%d: alt sufficient key of %s" % (n, inc["label"]))
        used = {i.get("truth_alt", i["truth"]) for i in seen.values()} - {None}
        if used != alt_labels: err("%d: alt labels used %s vs declared %s" % (n, used, alt_labels))
    if {i["truth"] for i in seen.values()} - {None} != labels: err("%d: labels used differ from declared" % n)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("validate: OK (situations %d-%d)" % (NUMS[0], NUMS[-1]))
