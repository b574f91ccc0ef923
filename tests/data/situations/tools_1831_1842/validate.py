"""Checks situations 1831-1842 only."""
import glob, json, os, sys
from lib import OUT, SENSORS

NUMS = range(1831, 1843)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "road_collapse", "evacuation", "missing_person", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "water_outage", "traffic_signal",
             "missing_person", "fallen_object", "rescue", "evacuation", "gas_odor", "環境清潔", "動物救援", "公園路樹", "環境公害"},
    "status": {"offline", "online"}, "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"signal", "parking", "cctv", "status", "1999", "119", "planned_event", "fire_alarm"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id", "text",
          "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
errors = []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


for n in NUMS:
    js = glob.glob(os.path.join(OUT, f"{n}_*.jsonl"))
    if len(js) != 1:
        errors.append(f"{n}: expected one jsonl, found {len(js)}")
        continue
    f = js[0]
    tf = f[:-6] + ".truth.json"
    truth = json.load(open(tf, encoding="utf-8"))
    items = [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()]
    if not 20 <= len(items) <= 150:
        err(f, f"{len(items)} items")
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for i in truth["incidents"] + (alt["incidents"] if alt else []):
        if i["type"] not in TYPES:
            err(f, f"type {i['type']}")
    seen, prev = {}, ""
    for it in items:
        k = it["key"]
        if set(it) - FIELDS:
            err(f, f"{k} unknown fields {set(it) - FIELDS}")
        if it["arrival"] < prev:
            err(f, f"{k} out of arrival order")
        prev = it["arrival"]
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(f, f"{k} duplicate differs")
            continue
        seen[k] = it
        fd = it["feed"]
        if fd not in FEEDS or it["category"] not in CATS[fd]:
            err(f, f"{k} feed/category {fd}/{it['category']}")
        if it["kind"] != ("alert" if fd == "rule" else "event"):
            err(f, f"{k} kind")
        if it["agency"] not in AGENCIES or it["severity"] not in SEV:
            err(f, f"{k} agency/severity")
        if fd in UNKNOWN_SEV and it["severity"] != "Unknown":
            err(f, f"{k} severity should be Unknown")
        if fd in SENSOR_FEEDS:
            s = SENSORS.get(it.get("sensor_id"))
            if not s or (s["lon"], s["lat"]) != (it["lon"], it["lat"]) or s["agency"] != it["agency"]:
                err(f, f"{k} sensor {it.get('sensor_id')} position/agency")
            kind_ok = {"signal": "signal", "parking": "parking", "cctv": "cctv", "fire_alarm": "fire_alarm"}.get(fd)
            if kind_ok and s and s["kind"] != kind_ok:
                err(f, f"{k} sensor kind {s['kind']} for {fd}")
            if "gateway" in it and (fd not in ("rule", "status") or it["gateway"] != s["gateway"]):
                err(f, f"{k} gateway")
        elif "sensor_id" in it:
            err(f, f"{k} sensor_id on {fd}")
        if "reason" in it and (fd != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(f, f"{k} reason")
        if "status" in it and (fd != "119" or it["status"] not in {"dispatched", "on_scene", "returning", "closed"}):
            err(f, f"{k} status")
        if "confidence" in it and (fd != "cctv" or not 0 <= it["confidence"] <= 1):
            err(f, f"{k} confidence")
        if fd == "cctv" and "confidence" not in it:
            err(f, f"{k} cctv without confidence")
        if "level" in it and it["level"] not in LEVELS:
            err(f, f"{k} level")
        if ("radius_m" in it or "ends" in it) and fd != "planned_event":
            err(f, f"{k} permit fields")
        if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
            err(f, f"{k} radius")
        if fd != "planned_event" and it["observed"] > it["arrival"]:
            err(f, f"{k} observed after arrival")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(f, f"{k} position")
        if it["truth"] is not None and it["truth"] not in labels:
            err(f, f"{k} truth {it['truth']}")
        ta = it.get("truth_alt", it["truth"])
        if "truth_alt" in it and not alt:
            err(f, f"{k} truth_alt without alternative_reading")
        if ta is not None and ta not in alt_labels:
            err(f, f"{k} truth_alt {ta}")
    keys = set(seen)
    for it in seen.values():
        if "follows" in it and it["follows"] not in keys:
            err(f, f"{it['key']} follows unknown key")
    first = {}
    for it in items:
        first.setdefault(it["key"], it)

    def check(incs, lab):
        for i in incs:
            members = [it for it in seen.values() if lab(it) == i["label"]]
            if not members:
                err(f, f"incident {i['label']} has no item")
            sk = i["sufficient_evidence_key"]
            if sk not in seen or lab(seen[sk]) != i["label"]:
                err(f, f"incident {i['label']} sufficient key {sk}")
    check(truth["incidents"], lambda it: it["truth"])
    if alt:
        check(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]))
print("\n".join(errors) if errors else "validate: 1831-1842 OK")
sys.exit(1 if errors else 0)
