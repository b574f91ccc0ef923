"""Checks every situation file of this directory (standard library only)."""
import glob, json, os, sys, datetime
from lib import OUT, sensors

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FEED_KIND = {"rule": None, "fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "status": None, "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "water_level_falling": "water_level", "heavy_rain": "rain",
             "congestion": "vd"}
CATS = {"fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full", "closed", "empty"},
        "status": {"offline", "online"}, "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
        "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
        "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
        "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
        "incident": {"traffic_accident", "stalled_vehicle", "fallen_object", "fire_report", "flooding_report", "road_closure",
                     "road_reopened", "road_collapse", "traffic_signal_fault", "evacuation", "missing_person", "medical", "other",
                     "theft", "public_disturbance", "crowd_control"},
        "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "traffic_accident",
                 "noise", "water_outage", "missing_person", "rescue", "power_outage", "streetlight", "動物救援", "公園路樹",
                 "環境清潔", "other", "evacuation", "fallen_object", "crowding", "illegal_parking", "gas_odor"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway",
       "truth_alt"}
errors = []

def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))

def ts(s):
    assert s.endswith("Z")
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")

S = sensors()
gateways = {m["meta"].get("gateway") for m in S.values()} | set(S)
files = [_f for _f in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))) if 1671 <= int(os.path.basename(_f).split("_")[0]) <= 1682]
if len(files) != 12: errors.append("expected 12 situations, found %d" % len(files))
for f in files:
    items = []
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try: items.append(json.loads(line))
        except Exception as e: err(f, "line %d does not parse: %s" % (n, e))
    tf = f[:-6] + ".truth.json"
    try: truth = json.load(open(tf, encoding="utf-8"))
    except Exception as e: err(tf, "does not parse: %s" % e); continue
    if not 15 <= len(items) <= 120: err(f, "item count %d" % len(items))
    seen, prev = {}, None
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it: err(f, "%s lacks %s" % (k, r))
        for x in it:
            if x not in REQ and x not in OPT: err(f, "%s has unknown field %s" % (k, x))
        if it["kind"] not in KINDS: err(f, "%s kind" % k)
        if it["feed"] not in FEEDS: err(f, "%s feed" % k)
        if it["agency"] not in AGENCIES: err(f, "%s agency" % k)
        if it["severity"] not in SEVS: err(f, "%s severity" % k)
        if (it["kind"] == "alert") != (it["feed"] == "rule"): err(f, "%s kind/feed" % k)
        if it["category"] not in CATS[it["feed"]]: err(f, "%s category %s not in %s vocabulary" % (k, it["category"], it["feed"]))
        if it["feed"] in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event") and it["severity"] != "Unknown":
            err(f, "%s severity should be Unknown" % k)
        try:
            o, a = ts(it["observed"]), ts(it["arrival"])
            if it["feed"] != "planned_event" and a < o: err(f, "%s arrives before observed" % k)
            if prev and a < prev: err(f, "%s out of arrival order" % k)
            prev = a
        except Exception: err(f, "%s bad time" % k)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27): err(f, "%s position outside Taiwan" % k)
        sid = it.get("sensor_id")
        if it["feed"] in FEED_KIND:
            if not sid or sid not in S: err(f, "%s sensor %s not registered" % (k, sid)); continue
            s = S[sid]
            want = FEED_KIND[it["feed"]] or RULE_KIND.get(it["category"])
            if want and s["kind"] != want: err(f, "%s sensor %s kind %s not %s" % (k, sid, s["kind"], want))
            if it["feed"] in ("rule", "status") and it["agency"] != s["agency"]: err(f, "%s agency not the sensor's" % k)
            far = abs(s["lon"] - it["lon"]) + abs(s["lat"] - it["lat"])
            if it["feed"] != "cctv" and far > 1e-6: err(f, "%s not at %s's registered position" % (k, sid))
            if it["feed"] == "cctv" and far > 0.003: err(f, "%s camera sees too far" % k)
        elif sid: err(f, "%s has a sensor_id on feed %s" % (k, it["feed"]))
        if "reason" in it and not (it["feed"] == "status" and it["category"] == "offline" and it["reason"] in REASONS):
            err(f, "%s bad reason" % k)
        if "status" in it and not (it["feed"] == "119" and it["status"] in STATUSES): err(f, "%s bad status" % k)
        if it["feed"] == "119" and it.get("status") and not it.get("follows"): err(f, "%s 119 update without follows" % k)
        for x in ("ends", "radius_m", "permit_status"):
            if x in it and it["feed"] != "planned_event": err(f, "%s %s off a permit" % (k, x))
        if "radius_m" in it and not 1 <= it["radius_m"] <= 5000: err(f, "%s radius" % k)
        if it.get("permit_status") not in (None, "approved", "amended", "cancelled"): err(f, "%s permit_status" % k)
        if it.get("permit_status") in ("amended", "cancelled") and not it.get("follows"): err(f, "%s permit version without follows" % k)
        if it["feed"] == "planned_event" and "ends" not in it: err(f, "%s permit without end" % k)
        if "gateway" in it and (it["feed"] not in ("rule", "status") or it["gateway"] not in gateways): err(f, "%s gateway" % k)
        if "confidence" in it and (it["feed"] != "cctv" or not 0 <= it["confidence"] <= 1): err(f, "%s confidence" % k)
        if it["feed"] == "cctv" and "confidence" not in it: err(f, "%s cctv without confidence" % k)
        if "level" in it and it["level"] not in LEVELS: err(f, "%s level" % k)
        if it["category"] in ("flood_depth", "water_level", "heavy_rain") and "level" not in it: err(f, "%s lacks level" % k)
        if k in seen:
            a, b = dict(seen[k]), dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b: err(f, "duplicate %s differs beyond arrival" % k)
        else: seen[k] = it
    keys = set(seen)
    for it in seen.values():
        if it.get("follows") and it["follows"] not in keys: err(f, "%s follows unknown %s" % (it["key"], it["follows"]))
        if it.get("follows") == it["key"]: err(f, "%s follows itself" % it["key"])
        if "truth_alt" in it and "alternative_reading" not in truth: err(f, "%s truth_alt without alternative_reading" % it["key"])
    def check(incs, labfn, what):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels): err(tf, "%s: duplicate labels" % what)
        used = {labfn(it) for it in seen.values()} - {None}
        for u in used - set(labels): err(tf, "%s: label %s used but not an incident" % (what, u))
        for l in set(labels) - used: err(tf, "%s: incident %s has no items" % (what, l))
        for i in incs:
            for x in ("label", "type", "description", "sufficient_evidence_key"):
                if x not in i: err(tf, "%s: incident lacks %s" % (what, x))
            sek = i.get("sufficient_evidence_key")
            if sek not in seen: err(tf, "%s: %s sufficient key %s missing" % (what, i["label"], sek)); continue
            if labfn(seen[sek]) != i["label"]: err(tf, "%s: %s sufficient key %s belongs to %s" % (what, i["label"], sek, labfn(seen[sek])))
    for x in ("situation", "description", "incidents"):
        if x not in truth: err(tf, "lacks %s" % x)
    if truth.get("situation") != os.path.basename(f)[:-6]: err(tf, "situation name")
    check(truth["incidents"], lambda it: it["truth"], "truth")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"): err(tf, "alternative without why")
        check(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alternative")

if errors:
    print("\n".join(errors)); print(len(errors), "problems"); sys.exit(1)
print("ok: %d situations" % len(files))
