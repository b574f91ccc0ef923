"""Validate situations 1911-1922 (only these)."""
import glob, json, os, sys
from lib import OUT, SENS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
CATS = {"rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
        "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full", "closed", "empty"},
        "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                     "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                     "evacuation", "road_collapse", "medical", "missing_person", "other", "hazmat_report", "wrong_way_driver"},
        "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
        "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise", "illegal_parking",
                 "crowding", "blocked_drain", "other", "power_outage", "rescue", "traffic_signal", "water_outage", "evacuation",
                 "gas_odor", "fallen_object", "missing_person"},
        "status": {"offline", "online"}, "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
        "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"}}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police", "1999": "citizen",
          "119": "fire", "planned_event": "police"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}, "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id", "text",
           "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"}
GATEWAYS = {f["properties"]["metadata"].get("gateway") for f in SENS.values()} | set(SENS)
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(num):
    files = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))
    if len(files) != 1:
        return err(num, f"expected one jsonl, found {files}")
    path = files[0]
    tpath = path[:-6] + ".truth.json"
    truth = json.load(open(tpath, encoding="utf-8"))
    items, seen, prev = [], {}, ""
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        w = f"{os.path.basename(path)}:{n}"
        it = json.loads(line)
        items.append(it)
        for k in it:
            if k not in ALLOWED:
                err(w, f"unknown field {k}")
        for k in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"):
            if k not in it:
                err(w, f"missing {k}")
        f = it["feed"]
        if f not in FEEDS: err(w, f"feed {f}")
        if it["kind"] != ("alert" if f == "rule" else "event"): err(w, "kind")
        if it["category"] not in CATS.get(f, ()): err(w, f"category {it['category']} for {f}")
        if it["severity"] not in SEV: err(w, "severity")
        if f not in ("rule", "incident") and it["severity"] != "Unknown": err(w, "severity should be Unknown")
        if f in AGENCY and it["agency"] != AGENCY[f]: err(w, "agency")
        if f == "cctv" and it["agency"] not in ("police", "traffic"): err(w, "cctv agency")
        if f in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENS: err(w, f"unknown sensor {sid}")
            else:
                c = SENS[sid]["geometry"]["coordinates"]
                if abs(c[0] - it["lon"]) > 1e-6 or abs(c[1] - it["lat"]) > 1e-6: err(w, "sensor position")
                if f in ("rule", "status") and it["agency"] != SENS[sid]["properties"]["agency"]: err(w, "sensor agency")
                kind = SENS[sid]["properties"]["kind"]
                need = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(f)
                if need and kind != need: err(w, f"sensor kind {kind} for {f}")
                if f == "rule":
                    ok = {"flood_depth": "flood", "water_level": "water_level", "water_level_falling": "water_level", "heavy_rain": "rain",
                          "congestion": "vd"}.get(it["category"])
                    if ok and kind != ok: err(w, f"rule {it['category']} on {kind}")
        elif "sensor_id" in it: err(w, "sensor_id on non-sensor feed")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27): err(w, "position")
        if "level" in it:
            if f != "rule" or it["category"] not in LEVELS or it["level"] not in LEVELS[it["category"]]: err(w, "level")
            elif LEVELS[it["category"]][it["level"]] != it["severity"]: err(w, "level severity")
        elif f == "rule" and it["category"] in LEVELS: err(w, "missing level")
        if "confidence" in it and (f != "cctv" or not 0 <= it["confidence"] <= 1): err(w, "confidence")
        if f == "cctv" and "confidence" not in it: err(w, "cctv confidence missing")
        if "reason" in it and (f != "status" or it["category"] != "offline" or it["reason"] not in REASONS): err(w, "reason")
        if "status" in it and (f != "119" or it["status"] not in ("dispatched", "on_scene", "returning", "closed")): err(w, "status")
        if "gateway" in it and (f not in ("rule", "status") or it["gateway"] not in GATEWAYS): err(w, "gateway")
        for k in ("radius_m", "permit_status", "ends"):
            if k in it and f != "planned_event": err(w, k)
        if it["arrival"] < prev: err(w, "arrival order")
        prev = it["arrival"]
        if it["key"] in seen:
            a, b = dict(seen[it["key"]]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b: err(w, f"duplicate {it['key']} differs")
        seen[it["key"]] = it
    if not 20 <= len(items) <= 150: err(path, f"{len(items)} items")
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] == it["key"]: err(path, "follows itself")
    # truth
    labels = {i["label"] for i in truth["incidents"]}
    if len(labels) != len(truth["incidents"]): err(tpath, "duplicate labels")
    for inc in truth["incidents"]:
        if inc["type"] not in TYPES: err(tpath, f"type {inc['type']}")
        sk = inc["sufficient_evidence_key"]
        if sk not in keys or seen[sk]["truth"] != inc["label"]: err(tpath, f"sufficient key {sk} of {inc['label']}")
    used = {it["truth"] for it in items} - {None}
    if used != labels: err(tpath, f"labels used {sorted(used)} vs declared {sorted(labels)}")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt != ("alternative_reading" in truth): err(tpath, "alternative_reading presence")
    if has_alt:
        alt = truth["alternative_reading"]
        if not alt.get("why"): err(tpath, "alt why")
        al = {i["label"] for i in alt["incidents"]}
        ua = {it.get("truth_alt", it["truth"]) for it in items} - {None}
        if ua != al: err(tpath, f"alt labels used {sorted(ua)} vs declared {sorted(al)}")
        for inc in alt["incidents"]:
            if inc["type"] not in TYPES: err(tpath, "alt type")
            sk = inc["sufficient_evidence_key"]
            if sk not in keys or seen[sk].get("truth_alt", seen[sk]["truth"]) != inc["label"]: err(tpath, f"alt sufficient key {sk}")
        for it in items:
            if "truth_alt" in it and it["truth_alt"] == it["truth"]: err(tpath, f"truth_alt equals truth on {it['key']}")
    return len(items), len(truth["incidents"])


if __name__ == "__main__":
    tot = 0
    for num in range(1911, 1923):
        r = check(num)
        if r: tot += r[0]; print(num, "items", r[0], "incidents", r[1])
    for e in errors:
        print("ERROR", e)
    print("items", tot, "errors", len(errors))
    sys.exit(1 if errors else 0)
