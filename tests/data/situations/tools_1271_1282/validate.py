"""Check the situations 1271-1282 (stdlib only). Exit 1 on any problem."""
import glob, json, os, sys
from datetime import datetime
from lib import OUT, SENSORS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "missing_person", "road_reopened", "evacuation", "medical", "hazmat_report", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "missing_person", "power_outage",
             "water_outage", "traffic_signal", "fallen_object", "rescue", "gas_odor", "evacuation"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SENSOR_FEEDS = {"rule": None, "fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                "status": None, "cctv": "cctv"}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}

def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")

def check(path, errs):
    name = os.path.basename(path)[:-len(".jsonl")]
    def e(msg):
        errs.append(f"{name}: {msg}")
    tpath = os.path.join(OUT, name + ".truth.json")
    try:
        truth = json.load(open(tpath, encoding="utf-8"))
    except Exception as x:
        e(f"truth file: {x}"); return
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except Exception as x:
            e(f"line {n}: {x}")
    if not 20 <= len(items) <= 60:
        e(f"{len(items)} items (20-60)")
    labels = {i["label"] for i in truth["incidents"]}
    if len(labels) != len(truth["incidents"]):
        e("duplicate incident labels")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        if inc.get("type") not in TYPES:
            e(f"incident {inc.get('label')}: type {inc.get('type')}")
    seen, prev, dups, used, used_alt = {}, None, 0, set(), set()
    for n, it in enumerate(items, 1):
        where = f"line {n} ({it.get('key')})"
        for k in REQUIRED:
            if k not in it:
                e(f"{where}: missing {k}")
        for k in it:
            if k not in REQUIRED and k not in OPTIONAL:
                e(f"{where}: unknown field {k}")
        if it.get("key") in seen:
            a, b = dict(seen[it["key"]]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                e(f"{where}: key repeated with different fields")
            dups += 1
            continue
        seen[it["key"]] = it
        f = it["feed"]
        if f not in FEEDS: e(f"{where}: feed {f}")
        if it["agency"] not in AGENCIES: e(f"{where}: agency")
        if it["kind"] != ("alert" if f == "rule" else "event"): e(f"{where}: kind")
        if it["category"] not in CATS.get(f, ()): e(f"{where}: category {it['category']} not in {f}")
        if it["severity"] not in SEV: e(f"{where}: severity")
        if f in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown": e(f"{where}: severity must be Unknown")
        obs, arr = ts(it["observed"]), ts(it["arrival"])
        if not it["observed"].startswith("2026") and f != "planned_event": e(f"{where}: not 2026")
        if prev and arr < prev: e(f"{where}: arrival out of order")
        prev = arr
        if f in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                e(f"{where}: sensor {sid} not registered")
            else:
                s = SENSORS[sid]
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]): e(f"{where}: not at registered position")
                if it["agency"] != s["agency"]: e(f"{where}: agency differs from registry")
                want = SENSOR_FEEDS[f]
                if want and s["kind"] != want: e(f"{where}: sensor kind {s['kind']} for feed {f}")
        elif "sensor_id" in it:
            e(f"{where}: sensor_id on feed {f}")
        if not (120.5 < it["lon"] < 120.8 and 24.1 < it["lat"] < 24.3): e(f"{where}: position off the map")
        if "confidence" in it and (f != "cctv" or not 0 <= it["confidence"] <= 1): e(f"{where}: confidence")
        if f == "cctv" and "confidence" not in it: e(f"{where}: cctv without confidence")
        if "reason" in it and (f != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            e(f"{where}: reason")
        if "status" in it and (f != "119" or it["status"] not in STATUSES): e(f"{where}: status")
        if "radius_m" in it and (f != "planned_event" or not 1 <= it["radius_m"] <= 5000): e(f"{where}: radius_m")
        if "gateway" in it and (f not in ("rule", "status") or it["gateway"] not in SENSORS): e(f"{where}: gateway")
        if f == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= obs: e(f"{where}: ends")
        elif "ends" in it:
            e(f"{where}: ends on non-permit")
        c = it["category"]
        if c in LEVELS:
            lv = it.get("level")
            if lv not in LEVELS[c]: e(f"{where}: level {lv}")
            else:
                want = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}[c][lv]
                if it["severity"] != want: e(f"{where}: severity {it['severity']} for level {lv}")
        elif "level" in it:
            e(f"{where}: level on {c}")
        if f == "rule" and c == "sensor_offline" and SENSORS.get(it.get("sensor_id"), {}).get("kind") is None:
            e(f"{where}: offline sensor")
        if it["truth"] is not None and it["truth"] not in labels: e(f"{where}: truth {it['truth']} unknown")
        ta = it.get("truth_alt", it["truth"])
        if "truth_alt" in it and not alt: e(f"{where}: truth_alt without alternative_reading")
        if ta is not None and ta not in alt_labels: e(f"{where}: truth_alt {ta} unknown")
        if it["truth"] is not None: used.add(it["truth"])
        if ta is not None: used_alt.add(ta)
        if arr < obs and f not in ("planned_event",):
            # allowed only for a skewed device clock; flag anything larger than 12 h
            if (obs - arr).total_seconds() > 12 * 3600: e(f"{where}: observed far after arrival")
    keys = set(seen)
    for it in seen.values():
        if "follows" in it and it["follows"] not in keys: e(f"{it['key']}: follows unknown key")
    if dups < 1: e("no duplicated delivery")
    bg = sum(1 for it in items if it["truth"] is None)
    if not 0.10 <= bg / len(items) <= 0.30: e(f"background {bg}/{len(items)} outside 10-30 %")
    if used != labels: e(f"incidents without items: {labels - used}")
    if alt and used_alt != alt_labels: e(f"alt incidents mismatch: {alt_labels ^ used_alt}")
    for inc in truth["incidents"]:
        k = inc["sufficient_evidence_key"]
        if k not in seen or seen[k]["truth"] != inc["label"]: e(f"incident {inc['label']}: bad sufficient_evidence_key")
    if alt:
        for inc in alt["incidents"]:
            k = inc["sufficient_evidence_key"]
            if k not in seen or seen[k].get("truth_alt", seen[k]["truth"]) != inc["label"]:
                e(f"alt incident {inc['label']}: bad sufficient_evidence_key")
    for k in ("situation", "description", "incidents"):
        if k not in truth: e(f"truth: missing {k}")
    if truth.get("situation") != name: e("truth: situation name")
    print(f"{name}: {len(items)} items ({dups} duplicate), {len(labels)} incidents, background {bg}")

def main():
    errs = []
    files = sorted(glob.glob(os.path.join(OUT, "12[78][0-9]_*.jsonl")))
    files = [f for f in files if 1271 <= int(os.path.basename(f)[:4]) <= 1282]
    if len(files) != 12:
        errs.append(f"{len(files)} situation files, want 12")
    for p in files:
        check(p, errs)
    for x in errs:
        print("ERROR", x)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
