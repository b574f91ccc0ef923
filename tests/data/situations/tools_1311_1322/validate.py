"""Checks the situation files of this folder (standard library only)."""
import glob, json, os, sys
from lib import SENSORS, OUT

FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
               "cctv": {"police", "traffic"}, "1999": {"citizen"}, "119": {"fire"}, "planned_event": {"police"},
               "rule": None, "status": None}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "missing_person", "medical", "evacuation",
                 "hazmat_report", "wrong_way_driver", "road_collapse", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "missing_person", "power_outage", "gas_odor",
             "rescue", "fallen_object", "water_outage", "evacuation", "traffic_signal"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "sensor_id",
           "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth", "truth_alt"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))


def check(path):
    base = path[:-len(".jsonl")]
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except ValueError as e:
            err(path, "line %d does not parse: %s" % (n, e))
    truth = json.load(open(base + ".truth.json", encoding="utf-8"))
    if truth.get("situation") != os.path.basename(base):
        err(path, "truth situation name")
    if not 20 <= len(items) <= 60:
        err(path, "%d items" % len(items))
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        if inc["type"] not in TYPES:
            err(path, "incident type %s" % inc["type"])
    seen, prev_arr, dups = {}, "", 0
    for it in items:
        k = it.get("key")
        for f in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"):
            if f not in it:
                err(path, "%s lacks %s" % (k, f))
        for f in it:
            if f not in ALLOWED:
                err(path, "%s unknown field %s" % (k, f))
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(path, "duplicate %s differs beyond arrival" % k)
            dups += 1
        else:
            seen[k] = it
        if it["arrival"] < prev_arr:
            err(path, "%s out of arrival order" % k)
        prev_arr = it["arrival"]
        feed = it["feed"]
        if feed not in CATS:
            err(path, "%s feed %s" % (k, feed)); continue
        if it["category"] not in CATS[feed]:
            err(path, "%s category %s/%s" % (k, feed, it["category"]))
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err(path, "%s kind" % k)
        if it["severity"] not in SEV:
            err(path, "%s severity" % k)
        if feed in ("fire_alarm", "signal", "parking", "cctv", "1999", "119", "planned_event", "status") and it["severity"] != "Unknown" and feed != "119":
            err(path, "%s severity should be Unknown" % k)
        if FEED_AGENCY[feed] and it["agency"] not in FEED_AGENCY[feed]:
            err(path, "%s agency %s for %s" % (k, it["agency"], feed))
        if feed in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(path, "%s sensor %s not registered" % (k, sid))
            else:
                props, (lon, lat) = SENSORS[sid]
                if (round(lon, 6), round(lat, 6)) != (it["lon"], it["lat"]):
                    err(path, "%s not at %s's registered position" % (k, sid))
                if feed in ("rule", "status") and it["agency"] != props["agency"]:
                    err(path, "%s agency differs from registry" % k)
                want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(feed)
                if want and props["kind"] != want:
                    err(path, "%s sensor kind %s" % (k, props["kind"]))
                if feed == "rule" and it["category"] in RULE_KIND and props["kind"] != RULE_KIND[it["category"]]:
                    err(path, "%s rule on a %s" % (k, props["kind"]))
        elif "sensor_id" in it:
            err(path, "%s sensor_id on %s" % (k, feed))
        if feed == "rule" and it["category"] in LEVELS:
            lv = it.get("level")
            if lv not in LEVELS[it["category"]] or LEVELS[it["category"]][lv] != it["severity"]:
                err(path, "%s level/severity %s/%s" % (k, lv, it["severity"]))
        if "level" in it and not (feed == "rule" and it["category"] in LEVELS):
            err(path, "%s level on wrong item" % k)
        if ("confidence" in it) != (feed == "cctv") or (feed == "cctv" and not 0 <= it["confidence"] <= 1):
            err(path, "%s confidence" % k)
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(path, "%s reason" % k)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            err(path, "%s status" % k)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            err(path, "%s radius_m" % k)
        if ("ends" in it) != (feed == "planned_event") or ("ends" in it and it["ends"] <= it["observed"]):
            err(path, "%s ends" % k)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in SENSORS):
            err(path, "%s gateway" % k)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err(path, "%s position" % k)
        if not it["observed"].startswith("2026") or not it["arrival"].startswith("2026"):
            err(path, "%s not dated 2026" % k)
        if it["truth"] is not None and it["truth"] not in labels:
            err(path, "%s truth %s not in truth file" % (k, it["truth"]))
        ta = it.get("truth_alt", it["truth"])
        if ta is not None and ta not in alt_labels:
            err(path, "%s truth_alt %s not in alternative reading" % (k, ta))
        if "truth_alt" in it and not alt:
            err(path, "%s truth_alt without alternative_reading" % k)
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            err(path, "%s follows unknown %s" % (it["key"], it["follows"]))
    if dups < 1:
        err(path, "no duplicated delivery")
    for inc in truth["incidents"]:
        if inc["sufficient_evidence_key"] not in keys:
            err(path, "incident %s evidence key unknown" % inc["label"])
        elif seen[inc["sufficient_evidence_key"]]["truth"] != inc["label"]:
            err(path, "incident %s evidence key belongs to %s" % (inc["label"], seen[inc["sufficient_evidence_key"]]["truth"]))
        if not any(i["truth"] == inc["label"] for i in items):
            err(path, "incident %s has no items" % inc["label"])
    if alt:
        for inc in alt["incidents"]:
            if inc["sufficient_evidence_key"] not in keys:
                err(path, "alt incident %s evidence key unknown" % inc["label"])
            elif seen[inc["sufficient_evidence_key"]].get("truth_alt", seen[inc["sufficient_evidence_key"]]["truth"]) != inc["label"]:
                err(path, "alt incident %s evidence key belongs elsewhere" % inc["label"])
            if not any(i.get("truth_alt", i["truth"]) == inc["label"] for i in items):
                err(path, "alt incident %s has no items" % inc["label"])
    uniq = list(seen.values())
    bg = sum(1 for i in uniq if i["truth"] is None) / float(len(uniq))
    if not 0.10 <= bg <= 0.30:
        err(path, "background share %.0f%%" % (100 * bg))
    return len(items)


files = sorted(p for p in glob.glob(os.path.join(OUT, "13[0-9][0-9]_*.jsonl")) if 1311 <= int(os.path.basename(p)[:4]) <= 1322)
if len(files) != 12:
    errors.append("expected 12 situations, found %d" % len(files))
for f in files:
    print("%-55s %3d items" % (os.path.basename(f), check(f)))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
