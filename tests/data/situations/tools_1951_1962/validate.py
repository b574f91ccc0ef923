"""Validate situations 1951-1962 (only these numbers) against FORMAT.md's rules."""
import datetime as dt
import glob
import json
import os
import sys

from lib import OUT, SENSORS, FIELD_ORDER, FIRST, LAST, NO_SEVERITY, FLOOD_SEV, WL_SEV, RAIN_SEV

CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared",
             "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle",
                 "theft", "road_closure", "road_reopened", "crowd_control", "flooding_report",
                 "fallen_object", "traffic_signal_fault", "public_disturbance", "medical",
                 "evacuation", "missing_person", "hazmat_report", "road_collapse",
                 "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight",
             "noise", "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor",
             "water_outage", "evacuation", "missing_person", "fallen_object", "rescue",
             "power_outage", "traffic_signal", "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"},
               "incident": {"police"}, "cctv": {"police", "traffic"}, "1999": {"citizen"},
               "119": {"fire"}, "planned_event": {"police"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain",
             "congestion": "vd", "water_level_falling": "water_level"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "text", "truth"]
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]} | set(SENSORS)

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def ts(v):
    if not isinstance(v, str) or not v.endswith("Z"):
        raise ValueError("not UTC ISO 8601: %r" % v)
    return dt.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")


def check_incidents(where, incs, items, labelf):
    labels = [i["label"] for i in incs]
    if len(set(labels)) != len(labels):
        err(where, "duplicate incident labels")
    by_key = {}
    for it in items:
        by_key.setdefault(it["key"], it)
    used = {labelf(it) for it in items} - {None}
    for lab in used - set(labels):
        err(where, "item label %r not in incidents" % lab)
    for inc in incs:
        for f in ("label", "type", "description", "sufficient_evidence_key"):
            if f not in inc:
                err(where, "incident lacks %s" % f)
        if inc.get("type") not in TYPES:
            err(where, "incident %s type %r" % (inc.get("label"), inc.get("type")))
        if inc["label"] not in used:
            err(where, "incident %s has no item" % inc["label"])
        k = inc.get("sufficient_evidence_key")
        if k not in by_key:
            err(where, "sufficient key %r missing" % k)
        elif labelf(by_key[k]) != inc["label"]:
            err(where, "sufficient key %r is labelled %r, not %r" % (k, labelf(by_key[k]), inc["label"]))


def check(num, path):
    where = os.path.basename(path)
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("%s:%d" % (where, n), "bad JSON %s" % e)
    if not 20 <= len(items) <= 150:
        err(where, "%d items (20-150 wanted)" % len(items))
    seen, prev = {}, None
    for n, it in enumerate(items, 1):
        w = "%s:%d" % (where, n)
        for k in it:
            if k not in FIELD_ORDER:
                err(w, "unknown field %s" % k)
        for k in REQUIRED:
            if k not in it:
                err(w, "missing %s" % k)
        feed, cat = it.get("feed"), it.get("category")
        if feed not in CATS:
            err(w, "feed %r" % feed)
            continue
        if cat not in CATS[feed]:
            err(w, "category %r not allowed in %s" % (cat, feed))
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            err(w, "kind %r for feed %s" % (it.get("kind"), feed))
        if it.get("severity") not in SEVERITIES:
            err(w, "severity %r" % it.get("severity"))
        if feed in NO_SEVERITY and it.get("severity") != "Unknown":
            err(w, "severity must be Unknown for %s" % feed)
        if feed == "incident" and it.get("severity") == "Unknown":
            err(w, "police report without severity")
        try:
            obs, arr = ts(it["observed"]), ts(it["arrival"])
        except (ValueError, KeyError) as e:
            err(w, str(e))
            continue
        if prev and arr < prev:
            err(w, "arrival out of order")
        prev = arr
        if feed != "planned_event" and (obs - arr).total_seconds() > 900:
            err(w, "observed more than 15 min after arrival")
        lon, lat = it.get("lon"), it.get("lat")
        if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float))
                and 120.55 < lon < 120.75 and 24.10 < lat < 24.25):
            err(w, "position %r,%r outside the study area" % (lon, lat))
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            s = SENSORS.get(sid)
            if s is None:
                err(w, "sensor %r not registered" % sid)
            else:
                if (lon, lat) != (s["lon"], s["lat"]):
                    err(w, "sensor item not at its registered position")
                if it.get("agency") != s["agency"]:
                    err(w, "agency %r is not the sensor's %r" % (it.get("agency"), s["agency"]))
                want = FEED_KIND.get(feed) or (RULE_KIND.get(cat) if feed == "rule" else None)
                if want and s["kind"] != want:
                    err(w, "sensor %s is %s, not %s" % (sid, s["kind"], want))
        else:
            if sid is not None:
                err(w, "sensor_id on a %s item" % feed)
            if it.get("agency") not in FEED_AGENCY[feed]:
                err(w, "agency %r for %s" % (it.get("agency"), feed))
        if ("confidence" in it) != (feed == "cctv"):
            err(w, "confidence only (and always) on cctv")
        elif feed == "cctv" and not 0 <= it["confidence"] <= 1:
            err(w, "confidence out of range")
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
            err(w, "bad reason")
        if "status" in it and not (feed == "119" and it["status"] in STATUSES):
            err(w, "bad status")
        if "level" in it:
            lv = it["level"]
            ok = feed == "rule" and ((cat == "flood_depth" and lv in FLOOD_SEV) or
                                     (cat == "water_level" and lv in WL_SEV) or
                                     (cat == "heavy_rain" and lv in RAIN_SEV))
            if not ok:
                err(w, "bad level %r" % lv)
            else:
                sev = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}[cat][lv]
                if it["severity"] != sev:
                    err(w, "severity %s does not match level %s" % (it["severity"], lv))
        elif feed == "rule" and cat in ("flood_depth", "water_level", "heavy_rain"):
            err(w, "%s alert without level" % cat)
        for f in ("ends", "radius_m", "permit_status"):
            if f in it and feed != "planned_event":
                err(w, "%s on a %s item" % (f, feed))
        if feed == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= obs:
                err(w, "permit needs ends after its start")
            if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
                err(w, "radius_m out of range")
            if "permit_status" in it and it["permit_status"] not in PERMIT:
                err(w, "bad permit_status")
            if arr > obs:
                pass  # a permit may reach the center after its start (late filing); allowed
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
            err(w, "bad gateway")
        k = it.get("key")
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"), b.pop("arrival")
            if a != b:
                err(w, "duplicate %s differs from its first delivery" % k)
        else:
            seen[k] = it
    keys = set(seen)
    for n, it in enumerate(items, 1):
        if "follows" in it:
            f = it["follows"]
            if f not in keys or f == it["key"]:
                err("%s:%d" % (where, n), "follows %r unknown" % f)
            elif seen[f]["feed"] != it["feed"]:
                err("%s:%d" % (where, n), "follows an item of another feed")
    truth_path = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        err(where, "truth file: %s" % e)
        return
    tw = os.path.basename(truth_path)
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            err(tw, "missing %s" % f)
    if truth.get("situation") != os.path.basename(path)[:-len(".jsonl")]:
        err(tw, "situation name differs from the file name")
    for k in truth:
        if k not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            err(tw, "unknown key %s" % k)
    check_incidents(tw, truth["incidents"], items, lambda i: i["truth"])
    has_alt = any("truth_alt" in i for i in items)
    ar = truth.get("alternative_reading")
    if has_alt and not ar:
        err(tw, "items carry truth_alt but there is no alternative_reading")
    if ar:
        if "why" not in ar or "incidents" not in ar:
            err(tw, "alternative_reading needs why and incidents")
        else:
            check_incidents(tw + " (alt)", ar["incidents"], items,
                            lambda i: i["truth_alt"] if "truth_alt" in i else i["truth"])
        if not has_alt:
            err(tw, "alternative_reading but no item carries truth_alt")


def main():
    nums = []
    for num in range(FIRST, LAST + 1):
        found = sorted(glob.glob(os.path.join(OUT, "%d_*.jsonl" % num)))
        if len(found) != 1:
            err(str(num), "expected one situation file, found %d" % len(found))
            continue
        check(num, found[0])
        nums.append(num)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: situations %s valid" % ", ".join(map(str, nums)))


if __name__ == "__main__":
    main()
