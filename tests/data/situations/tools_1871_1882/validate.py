"""Validate situations 1871-1882 only."""
import json, os, glob, sys, datetime as dt
from lib import OUT, SENSORS

NUMS = range(1871, 1883)
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "road_reopened", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "evacuation",
                 "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
NOSEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
CASE = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}

def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")

def check(num):
    errs = []
    fs = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(fs) != 1:
        return ["%d: %d jsonl files" % (num, len(fs))]
    f = fs[0]
    tf = f[:-len(".jsonl")] + ".truth.json"
    tr = json.load(open(tf, encoding="utf-8"))
    E = lambda m: errs.append("%s: %s" % (os.path.basename(f), m))
    if tr.get("situation") != num: E("situation number")
    items = [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()]
    if not 20 <= len(items) <= 150: E("item count %d" % len(items))
    labels = {i["label"] for i in tr["incidents"]}
    alt = tr.get("alternative_reading")
    alabels = {i["label"] for i in alt["incidents"]} if alt else labels
    for i in tr["incidents"] + (alt["incidents"] if alt else []):
        if i["type"] not in TYPES: E("type %s" % i["type"])
    seen = {}
    prev = None
    for n, it in enumerate(items):
        k = it.get("key"); feed = it.get("feed")
        for fld in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival"):
            if fld not in it: E("%s missing %s" % (k, fld))
        if "truth" not in it: E("%s missing truth" % k)
        if k in seen:
            a = dict(seen[k]); b = dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b: E("duplicate %s differs" % k)
        else:
            seen[k] = it
        if prev and it["arrival"] < prev: E("arrival order at %s" % k)
        prev = it["arrival"]
        ts(it["observed"]); ts(it["arrival"])
        if ts(it["observed"]) - ts(it["arrival"]) > dt.timedelta(seconds=300) and feed != "planned_event":
            E("%s observed more than 300 s after arrival" % k)
        if it["kind"] != ("alert" if feed == "rule" else "event"): E("%s kind" % k)
        if feed not in CATS: E("%s feed %s" % (k, feed)); continue
        if it["category"] not in CATS[feed]: E("%s category %s/%s" % (k, feed, it["category"]))
        if it["agency"] not in AGENCIES: E("%s agency" % k)
        if it["severity"] not in SEV: E("%s severity" % k)
        if feed in NOSEV and it["severity"] != "Unknown": E("%s severity should be Unknown" % k)
        sid = it.get("sensor_id")
        if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            if sid not in SENSORS: E("%s sensor %s unknown" % (k, sid)); continue
            sen = SENSORS[sid]
            if abs(sen["lon"] - it["lon"]) > 1e-9 or abs(sen["lat"] - it["lat"]) > 1e-9: E("%s not at registered position" % k)
            if feed in KIND_OF_FEED and sen["kind"] != KIND_OF_FEED[feed]: E("%s sensor kind" % k)
            if feed in ("rule", "status", "cctv") and it["agency"] != sen["agency"]: E("%s agency != sensor's" % k)
            if feed == "rule":
                need = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}.get(it["category"])
                if need and sen["kind"] != need: E("%s rule on wrong sensor kind" % k)
        elif sid is not None:
            E("%s sensor_id on %s" % (k, feed))
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27): E("%s outside Taiwan" % k)
        if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS): E("%s reason" % k)
        if "status" in it and not (feed == "119" and it["status"] in CASE): E("%s status" % k)
        if "level" in it and not (feed == "rule" and it["level"] in LEVELS): E("%s level" % k)
        if "confidence" in it and not (feed == "cctv" and 0 <= it["confidence"] <= 1): E("%s confidence" % k)
        if feed == "cctv" and "confidence" not in it: E("%s cctv without confidence" % k)
        for fld in ("ends", "radius_m", "permit_status"):
            if fld in it and feed != "planned_event": E("%s %s on %s" % (k, fld, feed))
        if feed == "planned_event":
            if "ends" not in it or it["ends"] <= it["observed"]: E("%s ends" % k)
            if "radius_m" in it and not 1 <= it["radius_m"] <= 5000: E("%s radius" % k)
        if "gateway" in it: E("%s gateway not used here" % k)
        if it["truth"] is not None and it["truth"] not in labels: E("%s truth %s not an incident" % (k, it["truth"]))
        la = it.get("truth_alt", it["truth"])
        if la is not None and la not in alabels: E("%s truth_alt %s not an alt incident" % (k, la))
        if "truth_alt" in it and not alt: E("%s truth_alt without alternative_reading" % k)
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys: E("%s follows unknown %s" % (it["key"], it["follows"]))
    def chk(incs, lab):
        used = {lab(it) for it in seen.values()}
        for i in incs:
            sk = i["sufficient_evidence_key"]
            if sk not in seen: E("sufficient key %s missing" % sk); continue
            if lab(seen[sk]) != i["label"]: E("sufficient key %s not of %s" % (sk, i["label"]))
            if i["label"] not in used: E("incident %s has no item" % i["label"])
    chk(tr["incidents"], lambda it: it["truth"])
    if alt:
        chk(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]))
        if not alt.get("why"): E("alternative without why")
    return errs

if __name__ == "__main__":
    allerr = []
    for n in NUMS:
        allerr += check(n)
    for e in allerr:
        print(e)
    print("%d problems in 1871-1882" % len(allerr))
    sys.exit(1 if allerr else 0)
