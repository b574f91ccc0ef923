"""Check the o1371 situations (files numbered 1371..1382 only)."""
import glob, json, os, re, sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
from lib import SENSORS  # noqa: E402

NUMS = range(1371, 1383)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "medical", "evacuation", "missing_person",
                 "road_collapse", "hazmat_report", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "traffic_signal", "gas_odor",
             "water_outage", "evacuation", "missing_person", "fallen_object", "rescue"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "planned_event": "police", "1999": "citizen", "119": "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
OPTIONAL = {"sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
            "gateway", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def ts(v):
    return datetime.strptime(v[:19], "%Y-%m-%dT%H:%M:%S")


def check_file(path, errs):
    def err(msg):
        errs.append("%s: %s" % (os.path.basename(path), msg))
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                it = json.loads(line)
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
                continue
            it["_line"] = n
            items.append(it)
    if not 15 <= len(items) <= 60:
        err("%d items, want 15-60" % len(items))
    keys = {}
    prev = None
    for it in items:
        n = it["_line"]
        for k in REQUIRED:
            if k not in it:
                err("line %d missing %s" % (n, k))
        for k in it:
            if k != "_line" and k not in REQUIRED and k not in OPTIONAL:
                err("line %d unknown field %s" % (n, k))
        feed, cat = it.get("feed"), it.get("category")
        if feed not in FEEDS:
            err("line %d feed %r" % (n, feed)); continue
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err("line %d kind %r for feed %s" % (n, it.get("kind"), feed))
        if cat not in CATS[feed]:
            err("line %d category %r not allowed in %s" % (n, cat, feed))
        sev = it.get("severity")
        if sev not in SEVS:
            err("line %d severity %r" % (n, sev))
        if feed in UNKNOWN_SEV and sev != "Unknown":
            err("line %d %s must have severity Unknown" % (n, feed))
        if feed == "incident" and sev == "Unknown":
            err("line %d police report without severity" % n)
        for k in ("lon", "lat"):
            if not isinstance(it.get(k), (int, float)):
                err("line %d %s not a number" % (n, k))
        if not (118 <= it.get("lon", 0) <= 123 and 21 <= it.get("lat", 0) <= 27):
            err("line %d outside Taiwan" % n)
        for k in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
            if not TS.match(str(it.get(k, ""))):
                err("line %d %s not ISO UTC: %r" % (n, k, it.get(k)))
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in SENSORS:
                err("line %d sensor %r not registered" % (n, sid))
            else:
                s = SENSORS[sid]
                if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                    err("line %d %s not at its registered position" % (n, sid))
                want = KIND_OF_FEED.get(feed) or (RULE_KIND.get(cat) if feed == "rule" else None)
                if want and s["kind"] != want:
                    err("line %d %s is a %s, not %s" % (n, sid, s["kind"], want))
                ag = s["agency"] if feed in ("rule", "status", "cctv") else AGENCY[feed]
                if it.get("agency") != ag:
                    err("line %d agency %r, want %r" % (n, it.get("agency"), ag))
        else:
            if sid is not None:
                err("line %d sensor_id on feed %s" % (n, feed))
            if it.get("agency") != AGENCY[feed]:
                err("line %d agency %r, want %r" % (n, it.get("agency"), AGENCY[feed]))
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                err("line %d cctv confidence %r" % (n, c))
        elif "confidence" in it:
            err("line %d confidence outside cctv" % n)
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
            err("line %d bad reason %r" % (n, it["reason"]))
        if "status" in it and not (feed == "119" and it["status"] in STATUSES):
            err("line %d bad status %r" % (n, it["status"]))
        if "gateway" in it and not (feed in ("rule", "status") and it["gateway"] in SENSORS):
            err("line %d bad gateway %r" % (n, it["gateway"]))
        if "radius_m" in it and not (feed == "planned_event" and isinstance(it["radius_m"], (int, float))
                                     and 1 <= it["radius_m"] <= 5000):
            err("line %d bad radius_m" % n)
        if feed == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= ts(it["observed"]):
                err("line %d planned event needs ends after its start" % n)
        elif "ends" in it:
            err("line %d ends outside planned_event" % n)
        if feed == "rule" and cat in LEVELS:
            lv = it.get("level")
            if lv not in LEVELS[cat]:
                err("line %d level %r for %s" % (n, lv, cat))
            elif LEVELS[cat][lv] != sev:
                err("line %d severity %s does not match level %s" % (n, sev, lv))
        elif "level" in it:
            err("line %d level on %s/%s" % (n, feed, cat))
        for k in ("truth",) + (("truth_alt",) if "truth_alt" in it else ()):
            if it.get(k) is not None and not isinstance(it.get(k), str):
                err("line %d %s must be a label or null" % (n, k))
        # order and duplicates
        if prev and it["arrival"] < prev:
            err("line %d arrives before the line above" % n)
        prev = it["arrival"]
        body = {k: v for k, v in it.items() if k not in ("arrival", "_line")}
        if it["key"] in keys:
            if keys[it["key"]] != body:
                err("line %d duplicate of %s differs beyond arrival" % (n, it["key"]))
        else:
            keys[it["key"]] = body
    for it in items:
        if "follows" in it and (it["follows"] not in keys or it["follows"] == it["key"]):
            err("line %d follows %r: no such other key" % (it["_line"], it["follows"]))
    if not any(it.get("truth") is None for it in items):
        err("no background (truth null) item")
    return items, keys


def check_truth(path, items, keys, errs):
    def err(msg):
        errs.append("%s: %s" % (os.path.basename(path), msg))
    with open(path, encoding="utf-8") as f:
        t = json.load(f)
    for k in ("situation", "description", "incidents"):
        if k not in t:
            err("missing %s" % k)
    if t.get("situation") + ".truth.json" != os.path.basename(path):
        err("situation name does not match the file")

    def reading(incs, labelof, name):
        labels = {}
        for inc in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    err("%s incident missing %s" % (name, k))
            if inc.get("type") not in TYPES:
                err("%s incident %s type %r" % (name, inc.get("label"), inc.get("type")))
            if inc["label"] in labels:
                err("%s label %s twice" % (name, inc["label"]))
            labels[inc["label"]] = inc
        used = {labelof(it) for it in items} - {None}
        for lab in used - set(labels):
            err("%s: label %s has no incident" % (name, lab))
        for lab in set(labels) - used:
            err("%s: incident %s has no item" % (name, lab))
        for lab, inc in labels.items():
            k = inc.get("sufficient_evidence_key")
            if k not in keys:
                err("%s: sufficient_evidence_key %r not in the file" % (name, k))
            elif labelof(keys[k]) != lab:
                err("%s: sufficient_evidence_key %s is labelled %r, not %s" % (name, k, labelof(keys[k]), lab))

    reading(t["incidents"], lambda it: it.get("truth"), "truth")
    has_alt = any("truth_alt" in it for it in items)
    if "alternative_reading" in t:
        ar = t["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err("alternative_reading needs why and incidents")
        reading(ar["incidents"], lambda it: it["truth_alt"] if "truth_alt" in it else it.get("truth"), "alternative")
    elif has_alt:
        err("truth_alt used but no alternative_reading")


def main():
    errs, n = [], 0
    for num in NUMS:
        js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
        if len(js) != 1:
            errs.append("situation %d: %d jsonl files" % (num, len(js)))
            continue
        tp = js[0][:-len(".jsonl")] + ".truth.json"
        if not os.path.exists(tp):
            errs.append("%s: no truth file" % os.path.basename(js[0]))
            continue
        items, keys = check_file(js[0], errs)
        check_truth(tp, items, keys, errs)
        n += 1
    for e in errs:
        print("ERROR", e)
    print("%d situations checked, %d problems" % (n, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
