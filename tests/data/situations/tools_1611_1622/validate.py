"""Checks every situation 1611-1622 of this folder against FORMAT.md."""
import os, sys, json, glob, re
from lib import GEO, OUT, REGISTRY

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "hazmat_report", "evacuation", "missing_person", "medical", "other", "road_collapse",
                 "wrong_way_driver"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "water_outage", "gas_odor",
             "missing_person", "rescue", "fallen_object", "traffic_signal", "evacuation", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat", "rekindle"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
GATEWAYS = {(f["properties"].get("metadata") or {}).get("gateway") for f in REGISTRY.values()} | set(REGISTRY)

errors = []
def err(where, msg):
    errors.append(f"{where}: {msg}")

nums = set()
for path in sorted(glob.glob(os.path.join(OUT, "16[12][0-9]_*.jsonl"))):
    base = path[:-6]; name = os.path.basename(base); num = int(name.split("_")[0])
    if not 1611 <= num <= 1622: continue
    nums.add(num)
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try: items.append(json.loads(line))
            except Exception as e: err(f"{name}:{ln}", f"does not parse: {e}")
    if not 20 <= len(items) <= 120: err(name, f"{len(items)} items")
    try: truth = json.load(open(base + ".truth.json", encoding="utf-8"))
    except Exception as e: err(name, f"truth does not parse: {e}"); continue
    for k in ("situation", "description", "incidents"):
        if k not in truth: err(name, f"truth lacks {k}")
    labels = {i["label"] for i in truth["incidents"]}
    for inc in truth["incidents"]:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc: err(name, f"incident lacks {k}")
        if inc["type"] not in TYPES: err(name, f"type {inc['type']}")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    if alt:
        for inc in alt["incidents"]:
            if inc["type"] not in TYPES: err(name, f"alt type {inc['type']}")
    seen, prev, keys = {}, "", set()
    for it in items:
        w = f"{name}:{it.get('key')}"
        for k in REQ:
            if k not in it: err(w, f"lacks {k}")
        if it["arrival"] < prev: err(w, "arrival order")
        prev = it["arrival"]
        for k in ("observed", "arrival"):
            if not ISO.match(it[k]): err(w, f"{k} not ISO UTC")
        if it["key"] in seen:
            a = {k: v for k, v in it.items() if k != "arrival"}; b = {k: v for k, v in seen[it["key"]].items() if k != "arrival"}
            if a != b: err(w, "duplicate key with different fields")
            continue
        seen[it["key"]] = it
        if it["feed"] not in FEEDS: err(w, "feed")
        if it["agency"] not in AGENCIES: err(w, "agency")
        if it["severity"] not in SEV: err(w, "severity")
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"): err(w, "kind")
        if it["category"] not in CATS[it["feed"]]: err(w, f"category {it['category']}")
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in REGISTRY: err(w, f"sensor {sid} not registered")
            else:
                lon, lat = REGISTRY[sid]["geometry"]["coordinates"][:2]
                if (it["lon"], it["lat"]) != (lon, lat): err(w, "not the registered position")
                if it["feed"] in ("rule", "status") and it["agency"] != REGISTRY[sid]["properties"]["agency"]: err(w, "agency != sensor's")
        elif "sensor_id" in it: err(w, "sensor_id on a non-sensor feed")
        if not (120.55 < it["lon"] < 120.75 and 24.10 < it["lat"] < 24.25): err(w, "outside the area")
        if "reason" in it and (it["feed"] != "status" or it["category"] != "offline" or it["reason"] not in
                               {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}): err(w, "reason")
        if "status" in it and (it["feed"] != "119" or it["status"] not in {"dispatched", "on_scene", "returning", "closed"}): err(w, "status")
        for k in ("radius_m", "permit_status", "ends"):
            if k in it and it["feed"] != "planned_event": err(w, f"{k} off a permit")
        if "radius_m" in it and not 1 <= it["radius_m"] <= 5000: err(w, "radius")
        if "permit_status" in it and it["permit_status"] not in {"approved", "amended", "cancelled"}: err(w, "permit_status")
        if "gateway" in it and (it["feed"] not in ("rule", "status") or it["gateway"] not in GATEWAYS): err(w, "gateway")
        if "confidence" in it and not 0 <= it["confidence"] <= 1: err(w, "confidence")
        if it["truth"] is not None and it["truth"] not in labels: err(w, f"truth {it['truth']} not in truth file")
        if "truth_alt" in it:
            if not alt: err(w, "truth_alt without alternative_reading")
            if it["truth_alt"] is not None and it["truth_alt"] not in alt_labels: err(w, "truth_alt not in alt incidents")
        elif alt and it["truth"] is not None and it["truth"] not in alt_labels: err(w, "label missing from alt incidents")
    for it in seen.values():
        if "follows" in it and it["follows"] not in seen: err(f"{name}:{it['key']}", "follows an unknown key")
    used = {i["truth"] for i in seen.values()} - {None}
    for inc in truth["incidents"]:
        if inc["label"] not in used: err(name, f"incident {inc['label']} has no item")
        s = seen.get(inc["sufficient_evidence_key"])
        if not s or s["truth"] != inc["label"]: err(name, f"sufficient key of {inc['label']} not its item")
    if alt:
        used_alt = {i.get("truth_alt", i["truth"]) for i in seen.values()} - {None}
        for inc in alt["incidents"]:
            if inc["label"] not in used_alt: err(name, f"alt incident {inc['label']} has no item")
            s = seen.get(inc["sufficient_evidence_key"])
            if not s or s.get("truth_alt", s["truth"]) != inc["label"]: err(name, f"alt sufficient key of {inc['label']}")
        if used_alt - alt_labels: err(name, "alt labels missing")
if nums != set(range(1611, 1623)): err("folder", f"situations {sorted(nums)}")
if not os.path.isdir(GEO): err("folder", "geo data missing")
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK: {len(nums)} situations")
