"""Check only situations 1991-2002 in OUT."""
import glob, json, math, os, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMS = range(1991, 2003)
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS = {"dispatched", "on_scene", "returning", "closed"}
TYPES = {"fire", "flood", "traffic", "rescue", "crowd", "hazmat", "infrastructure", "planned_event", "flood_risk",
         "public_order"}

sensors = {}
for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]:
    p = f["properties"]
    sensors[p.get("sensor_id") or p.get("id")] = f["geometry"]["coordinates"][:2]
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


count = 0
for num in NUMS:
    files = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(files) != 1:
        err(num, f"expected one jsonl, found {len(files)}")
        continue
    path = files[0]
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as e:  # noqa
        err(tpath, f"truth unreadable: {e}")
        continue
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tpath, f"missing {k}")
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        if inc.get("type") not in TYPES:
            err(tpath, f"unknown type {inc.get('type')}")
    items, first = [], {}
    prev = ""
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        w = f"{os.path.basename(path)}:{n}"
        try:
            it = json.loads(line)
        except Exception as e:  # noqa
            err(w, f"bad json {e}")
            continue
        items.append(it)
        for k in REQ:
            if k not in it:
                err(w, f"missing {k}")
        if not it["key"].startswith(f"{num}-"):
            err(w, "key prefix")
        if it["feed"] not in FEEDS:
            err(w, "feed")
        if it["severity"] not in SEV:
            err(w, "severity")
        if (it["kind"] == "alert") != (it["feed"] == "rule"):
            err(w, "kind/feed")
        if it["arrival"] < prev:
            err(w, "arrival order")
        prev = it["arrival"]
        if it["truth"] is not None and it["truth"] not in labels:
            err(w, f"label {it['truth']} not in truth")
        lab_alt = it.get("truth_alt", it["truth"])
        if lab_alt is not None and lab_alt not in alt_labels:
            err(w, f"alt label {lab_alt} not in alternative")
        if "truth_alt" in it and not alt:
            err(w, "truth_alt without alternative_reading")
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                err(w, f"unknown sensor {sid}")
            else:
                lon, lat = sensors[sid]
                if lon != it["lon"] or lat != it["lat"]:
                    err(w, f"sensor {sid} not at registered position")
        if "reason" in it and (it["feed"] != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(w, "reason")
        if "status" in it and (it["feed"] != "119" or it["status"] not in STATUS):
            err(w, "status")
        if "radius_m" in it and (it["feed"] != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err(w, "radius_m")
        if "confidence" in it and not 0 <= it["confidence"] <= 1:
            err(w, "confidence")
        if it["key"] in first:
            a, b = dict(first[it["key"]]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(w, f"duplicate {it['key']} differs")
        else:
            first[it["key"]] = it
    for it in items:
        if "follows" in it and it["follows"] not in first:
            err(path, f"{it['key']} follows unknown {it['follows']}")
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        k = inc.get("sufficient_evidence_key")
        if k not in first:
            err(tpath, f"{inc['label']} sufficient key {k} missing")
    # each incident has items, and its sufficient key is its own
    for inc in truth["incidents"]:
        mine = [i for i in first.values() if i["truth"] == inc["label"]]
        if not mine:
            err(tpath, f"incident {inc['label']} has no items")
        k = inc.get("sufficient_evidence_key")
        if k in first and first[k]["truth"] != inc["label"]:
            err(tpath, f"{inc['label']} sufficient key belongs to {first[k]['truth']}")
    if alt:
        for inc in alt["incidents"]:
            k = inc.get("sufficient_evidence_key")
            if k in first and first[k].get("truth_alt", first[k]["truth"]) != inc["label"]:
                err(tpath, f"alt {inc['label']} sufficient key belongs elsewhere")
    if not 20 <= len(items) <= 150:
        err(path, f"{len(items)} items")
    count += 1

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {count} situations valid")
