"""Validate situations 1711-1722: parse, keys, vocab, sensors, order, duplicates, truth."""
import glob, json, os, sys
from datetime import datetime
from lib import OUT, SENSORS

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"}, "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "hazmat_report", "evacuation", "missing_person", "road_collapse", "medical", "other"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "water_outage", "evacuation",
             "missing_person", "fallen_object", "rescue", "power_outage", "traffic_signal", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KINDS = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"},
              "water_level_falling": {"water_level"}}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PSTAT = {"approved", "amended", "cancelled"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQ) | {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                      "permit_status", "gateway", "truth_alt"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))


def ts(s):
    assert s.endswith("Z")
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(jf):
    tf = jf[:-len(".jsonl")] + ".truth.json"
    items = []
    with open(jf, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err(jf, "line %d: %s" % (n, e))
    with open(tf, encoding="utf-8") as f:
        truth = json.load(f)
    if not 15 <= len(items) <= 120:
        err(jf, "item count %d" % len(items))
    seen, prev = {}, None
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it:
                err(jf, "%s lacks %s" % (k, r))
        extra = set(it) - ALLOWED
        if extra:
            err(jf, "%s extra fields %s" % (k, extra))
        feed = it["feed"]
        if feed not in FEEDS:
            err(jf, "%s feed %s" % (k, feed))
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err(jf, "%s kind" % k)
        if it["agency"] not in AGENCIES:
            err(jf, "%s agency" % k)
        if it["category"] not in CATS[feed]:
            err(jf, "%s category %s/%s" % (k, feed, it["category"]))
        if it["severity"] not in SEV:
            err(jf, "%s severity" % k)
        if feed not in ("rule", "incident") and it["severity"] != "Unknown":
            err(jf, "%s severity should be Unknown" % k)
        obs, arr = ts(it["observed"]), ts(it["arrival"])
        if prev and arr < prev:
            err(jf, "%s arrival out of order" % k)
        prev = arr
        if feed != "planned_event" and arr < obs:
            err(jf, "%s arrives before observed" % k)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(jf, "%s position" % k)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(jf, "%s sensor %s unknown" % (k, sid))
            else:
                s = SENSORS[sid]
                if it["agency"] != s["agency"]:
                    err(jf, "%s agency %s != sensor's %s" % (k, it["agency"], s["agency"]))
                if feed in KIND_OF_FEED and s["kind"] != KIND_OF_FEED[feed]:
                    err(jf, "%s sensor kind %s for feed %s" % (k, s["kind"], feed))
                if feed == "rule" and it["category"] in RULE_KINDS and s["kind"] not in RULE_KINDS[it["category"]]:
                    err(jf, "%s rule %s on %s" % (k, it["category"], s["kind"]))
                if feed != "cctv" and (abs(it["lon"] - s["lon"]) > 1e-9 or abs(it["lat"] - s["lat"]) > 1e-9):
                    err(jf, "%s not at registered position" % k)
                if feed == "cctv":
                    d = ((it["lon"] - s["lon"]) * 101000) ** 2 + ((it["lat"] - s["lat"]) * 111000) ** 2
                    if d > 400 ** 2:
                        err(jf, "%s camera sees too far" % k)
        elif "sensor_id" in it:
            err(jf, "%s sensor_id on %s" % (k, feed))
        else:
            if feed != "planned_event" and "agency" in it and it["agency"] != {"incident": "police", "1999": "citizen", "119": "fire"}[feed]:
                err(jf, "%s agency" % k)
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            err(jf, "%s confidence" % k)
        if feed == "cctv" and "confidence" not in it:
            err(jf, "%s cctv without confidence" % k)
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(jf, "%s reason" % k)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            err(jf, "%s status" % k)
        if "level" in it and it["level"] not in LEVELS:
            err(jf, "%s level" % k)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err(jf, "%s radius" % k)
        if "permit_status" in it and (feed != "planned_event" or it["permit_status"] not in PSTAT):
            err(jf, "%s permit_status" % k)
        if it.get("permit_status") in ("amended", "cancelled") and "follows" not in it:
            err(jf, "%s amended/cancelled permit without follows" % k)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in {s["gateway"] for s in SENSORS.values()}):
            err(jf, "%s gateway" % k)
        if feed == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= obs:
                err(jf, "%s ends" % k)
        elif "ends" in it:
            err(jf, "%s ends on %s" % (k, feed))
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(jf, "%s duplicate differs" % k)
        else:
            seen[k] = it
    keys = set(seen)
    for it in seen.values():
        fo = it.get("follows")
        if fo is not None:
            if fo not in keys or fo == it["key"]:
                err(jf, "%s follows unknown %s" % (it["key"], fo))
            elif seen[fo]["feed"] != it["feed"]:
                err(jf, "%s follows an item of another feed" % it["key"])
    # truth
    def check_reading(incs, label_of, name):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            err(tf, "%s duplicate labels" % name)
        used = {label_of(it) for it in seen.values()} - {None}
        for l in used - set(labels):
            err(tf, "%s: label %s used by items but not defined" % (name, l))
        for l in set(labels) - used:
            err(tf, "%s: label %s defined but unused" % (name, l))
        for i in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in i:
                    err(tf, "%s incident lacks %s" % (name, f))
            sk = i.get("sufficient_evidence_key")
            if sk not in seen:
                err(tf, "%s: sufficient key %s missing" % (name, sk))
            elif label_of(seen[sk]) != i["label"]:
                err(tf, "%s: sufficient key %s belongs to %s not %s" % (name, sk, label_of(seen[sk]), i["label"]))
    check_reading(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in seen.values())
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(tf, "alternative_reading incomplete")
        check_reading(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]), "alt")
    elif has_alt:
        err(tf, "truth_alt without alternative_reading")
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            err(tf, "lacks " + f)
    if truth.get("situation") != os.path.basename(jf)[:-6]:
        err(tf, "situation name")
    return len(items)


files = [_f for _f in sorted(glob.glob(os.path.join(OUT, "17[12][0-9]_*.jsonl"))) if 1711 <= int(os.path.basename(_f).split("_")[0]) <= 1722]
nums = sorted(int(os.path.basename(f)[:4]) for f in files)
if nums != list(range(1711, 1723)):
    errors.append("expected situations 1711..1722, found %s" % nums)
total = sum(check(f) for f in files)
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ok: %d situations, %d items" % (len(files), total))
