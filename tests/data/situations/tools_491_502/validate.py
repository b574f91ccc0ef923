"""Validate situations 491-502: parse, keys, labels, sensors, arrival order, duplicates, follows, vocabulary."""
import glob, json, os, sys
from lib import SENSORS, OUT, FEED_KIND, RULE_KIND

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure", "crowd_control",
                 "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "wrong_way_driver", "other", "medical"},  # last three: docs/vocabulary.md
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal"},  # traffic_signal: docs/vocabulary.md
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
errors = []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


files = sorted(glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]_*.jsonl")))
if len(files) != 12:
    errors.append(f"expected 12 situations, found {len(files)}")
for f in files:
    tf = f[:-6] + ".truth.json"
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except Exception as e:
        err(f, f"truth unreadable: {e}")
        continue
    items = []
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except Exception as e:
            err(f, f"line {n} not JSON: {e}")
    if not 15 <= len(items) <= 80:
        err(f, f"{len(items)} items (want 15-80)")
    if truth.get("situation") != os.path.basename(f)[:-6]:
        err(f, "truth.situation mismatch")
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for i in truth["incidents"] + (alt["incidents"] if alt else []):
        if i.get("type") not in TYPES:
            err(f, f"incident {i['label']} type {i.get('type')}")
    seen, last = {}, ""
    used, used_alt = set(), set()
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it:
                err(f, f"{k}: missing {r}")
        if it["arrival"] < last:
            err(f, f"{k}: arrival out of order")
        last = it["arrival"]
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(f, f"{k}: duplicate key with different content")
        else:
            seen[k] = it
        feed = it["feed"]
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err(f, f"{k}: kind/feed")
        if it["category"] not in VOCAB.get(feed, ()):
            err(f, f"{k}: category {feed}/{it['category']} not in vocabulary")
        if it["agency"] not in AGENCIES or it["severity"] not in SEV:
            err(f, f"{k}: agency/severity")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(f, f"{k}: unknown sensor {sid}")
            else:
                s = SENSORS[sid]
                kind = s["properties"]["kind"]
                ok = FEED_KIND.get(feed) or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
                if ok and kind not in ok:
                    err(f, f"{k}: sensor {sid} kind {kind} not for feed {feed}/{it['category']}")
                if feed != "cctv" and [it["lon"], it["lat"]] != s["geometry"]["coordinates"]:
                    err(f, f"{k}: not at registered position")
                if feed in ("rule", "status") and it["agency"] != s["properties"]["agency"]:
                    err(f, f"{k}: agency differs from sensor's")
        elif "sensor_id" in it:
            err(f, f"{k}: sensor_id on non-sensor feed")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(f, f"{k}: position")
        if "confidence" in it and not 0 <= it["confidence"] <= 1:
            err(f, f"{k}: confidence")
        t = it["truth"]
        if t is not None and t not in labels:
            err(f, f"{k}: truth {t} not an incident")
        used.add(t)
        ta = it.get("truth_alt", t)
        if "truth_alt" in it and not alt:
            err(f, f"{k}: truth_alt without alternative_reading")
        if ta is not None and ta not in alt_labels:
            err(f, f"{k}: truth_alt {ta} not an alt incident")
        used_alt.add(ta)
    for it in items:
        if "follows" in it and it["follows"] not in seen:
            err(f, f"{it['key']}: follows unknown {it['follows']}")
    for lab in labels - used:
        err(f, f"incident {lab} has no item")
    if alt:
        for lab in alt_labels - used_alt:
            err(f, f"alt incident {lab} has no item")
    for reading, incs, key_of in [("truth", truth["incidents"], lambda i: i["truth"])] + (
            [("alt", alt["incidents"], lambda i: i.get("truth_alt", i["truth"]))] if alt else []):
        for inc in incs:
            sk = inc["sufficient_evidence_key"]
            if sk not in seen:
                err(f, f"{reading} {inc['label']}: sufficient key {sk} missing")
            elif key_of(seen[sk]) != inc["label"]:
                err(f, f"{reading} {inc['label']}: sufficient key {sk} belongs to {key_of(seen[sk])}")
    print(f"{os.path.basename(f)}: {len(items)} items, {len(labels)} incidents")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
