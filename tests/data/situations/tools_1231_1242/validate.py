"""Validate the o1231 situations (1231-1242) only. Standard library only.

Exit 1 on any error; warnings are printed and also make the run fail (the set must pass clean).
"""
import glob
import json
import os
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
ROOT = os.path.join(HERE, "..")
NUMS = range(1231, 1243)

ALLOWED_FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
                  "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
                  "ends", "radius_m", "gateway", "truth", "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"]
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"rule": "alert"}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
                "1999": "citizen", "119": "fire", "planned_event": "police"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "missing_person", "medical", "hazmat_report",
                 "evacuation", "road_collapse", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "missing_person",
             "gas_odor", "rescue", "fallen_object", "traffic_signal", "water_outage", "evacuation"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "planned_event"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
LEVEL_SEV = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
             "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
             "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES_119 = {"dispatched", "on_scene", "returning", "closed"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}

errors = []
warnings = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def warn(where, msg):
    warnings.append("%s: %s" % (where, msg))


def parse_time(s):
    if not isinstance(s, str) or not s.endswith("Z"):
        raise ValueError("not an ISO 8601 UTC time: %r" % (s,))
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def load_geo():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
        sensors = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}
    with open(os.path.join(GEO, "zones.geojson"), encoding="utf-8") as fh:
        zones = [f for f in json.load(fh)["features"] if f["properties"].get("level") == "district"]
    return sensors, zones


def inside(pt, ring):
    x, y = pt
    n = len(ring)
    c = False
    for i in range(n):
        x1, y1 = ring[i][:2]
        x2, y2 = ring[(i + 1) % n][:2]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                c = not c
    return c


def check(num, sensors, districts):
    jl = glob.glob(os.path.join(ROOT, "%04d_*.jsonl" % num))
    tr = glob.glob(os.path.join(ROOT, "%04d_*.truth.json" % num))
    if len(jl) != 1 or len(tr) != 1:
        err(str(num), "expected one .jsonl and one .truth.json, found %d and %d" % (len(jl), len(tr)))
        return
    stem = os.path.basename(jl[0])[:-len(".jsonl")]
    if os.path.basename(tr[0]) != stem + ".truth.json":
        err(stem, "truth file name does not match the jsonl")
    items = []
    with open(jl[0], encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = "%s.jsonl:%d" % (stem, n)
            try:
                it = json.loads(line)
            except ValueError as e:
                err(where, "invalid JSON: %s" % e)
                continue
            it["_where"] = where
            items.append(it)
    try:
        with open(tr[0], encoding="utf-8") as fh:
            truth = json.load(fh)
    except ValueError as e:
        err(stem, "truth invalid JSON: %s" % e)
        return

    by_key = {}
    prev_arr = None
    for it in items:
        w = it["_where"]
        extra = set(it) - ALLOWED_FIELDS - {"_where"}
        if extra:
            err(w, "unknown fields %s" % sorted(extra))
        for f in REQUIRED:
            if f not in it:
                err(w, "missing field %s" % f)
        if any(f not in it for f in REQUIRED):
            continue
        feed = it["feed"]
        if feed not in CATEGORIES:
            err(w, "unknown feed %r" % feed)
            continue
        if it["kind"] != FEED_KIND.get(feed, "event"):
            err(w, "kind %r wrong for feed %s" % (it["kind"], feed))
        if it["category"] not in CATEGORIES[feed]:
            err(w, "category %r not allowed in feed %s" % (it["category"], feed))
        if it["severity"] not in SEVERITIES:
            err(w, "bad severity %r" % it["severity"])
        if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown":
            err(w, "feed %s gives no severity: must be Unknown" % feed)
        if feed in FIXED_AGENCY and it["agency"] != FIXED_AGENCY[feed]:
            err(w, "agency %r wrong for feed %s" % (it["agency"], feed))
        if not isinstance(it["text"], str) or not it["text"].strip():
            err(w, "empty text")
        if not isinstance(it["key"], str) or not it["key"]:
            err(w, "bad key")
        # position
        lon, lat = it["lon"], it["lat"]
        if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float))):
            err(w, "lon/lat not numbers")
            continue
        if not (118 <= lon <= 123 and 21 <= lat <= 27):
            err(w, "position outside Taiwan")
        if not any(inside((lon, lat), d["geometry"]["coordinates"][0]) for d in districts):
            err(w, "position outside the study area (districts)")
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                err(w, "sensor_id %r not registered" % sid)
            else:
                f = sensors[sid]
                slon, slat = f["geometry"]["coordinates"][:2]
                if abs(slon - lon) > 1e-6 or abs(slat - lat) > 1e-6:
                    err(w, "sensor %s not at its registered position" % sid)
                kind = f["properties"]["kind"]
                if feed in ("fire_alarm", "signal", "parking", "cctv") and kind != feed:
                    err(w, "sensor %s is a %s, not a %s" % (sid, kind, feed))
                if feed == "rule" and it["category"] in RULE_KIND and kind != RULE_KIND[it["category"]]:
                    err(w, "rule %s on a %s sensor" % (it["category"], kind))
                if feed in ("rule", "status", "cctv") and it["agency"] != f["properties"]["agency"]:
                    err(w, "agency %r is not the sensor's (%s)" % (it["agency"], f["properties"]["agency"]))
        elif "sensor_id" in it:
            err(w, "sensor_id on a non-sensor feed")
        # optional fields
        if "confidence" in it:
            if feed != "cctv" or not (0 <= it["confidence"] <= 1):
                err(w, "confidence only on cctv, 0-1")
        elif feed == "cctv":
            err(w, "cctv without confidence")
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(w, "bad reason")
        if "status" in it and (feed != "119" or it["status"] not in STATUSES_119):
            err(w, "bad status")
        if "gateway" in it:
            if feed not in ("rule", "status") or it["gateway"] not in sensors:
                err(w, "bad gateway")
        if "radius_m" in it and (feed != "planned_event" or not (1 <= it["radius_m"] <= 5000)):
            err(w, "bad radius_m")
        if ("ends" in it) != (feed == "planned_event"):
            err(w, "ends exactly on planned_event items")
        if feed == "rule" and it["category"] in LEVEL_SEV:
            lv = it.get("level")
            if lv not in LEVEL_SEV[it["category"]]:
                err(w, "bad level %r" % lv)
            elif LEVEL_SEV[it["category"]][lv] != it["severity"]:
                err(w, "severity %s does not match level %s" % (it["severity"], lv))
        elif "level" in it:
            err(w, "level on an item that has none")
        # times
        try:
            obs = parse_time(it["observed"])
            arr = parse_time(it["arrival"])
        except ValueError as e:
            err(w, str(e))
            continue
        if prev_arr and arr < prev_arr:
            err(w, "arrival out of order")
        prev_arr = arr
        if feed != "planned_event" and obs > arr + timedelta(seconds=300):
            err(w, "observed more than 300 s after arrival")
        if feed == "planned_event":
            if parse_time(it["ends"]) <= obs:
                err(w, "ends before start")
        # duplicates
        k = it["key"]
        if k in by_key:
            a = {x: y for x, y in by_key[k].items() if x not in ("arrival", "_where")}
            b = {x: y for x, y in it.items() if x not in ("arrival", "_where")}
            if a != b:
                err(w, "duplicate key %s differs from its first delivery" % k)
        else:
            by_key[k] = it
    uniq = list(by_key.values())
    for it in uniq:
        if "follows" in it:
            if it["follows"] not in by_key or it["follows"] == it["key"]:
                err(it["_where"], "follows %r: no such other key" % it["follows"])
    # truth
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            err(stem, "truth missing %s" % f)
    if truth.get("situation") != stem:
        err(stem, "truth situation %r is not the file stem" % truth.get("situation"))
    extra = set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}
    if extra:
        err(stem, "truth: unknown keys %s" % sorted(extra))

    def check_incidents(incs, label_of, where):
        labels = set()
        for inc in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in inc:
                    err(where, "incident missing %s" % f)
            if inc.get("label") in labels:
                err(where, "label %r twice" % inc.get("label"))
            labels.add(inc.get("label"))
            if inc.get("type") not in TYPES:
                warn(where, "incident type %r not in the project's types" % inc.get("type"))
            k = inc.get("sufficient_evidence_key")
            if k not in by_key:
                err(where, "sufficient_evidence_key %r not an item" % k)
            elif label_of(by_key[k]) != inc.get("label"):
                err(where, "sufficient_evidence_key %r is labelled %r, not %r" % (k, label_of(by_key[k]), inc.get("label")))
        used = {label_of(i) for i in uniq} - {None}
        for lab in used - labels:
            err(where, "label %r used by items but not defined" % lab)
        for lab in labels - used:
            err(where, "incident %r has no items" % lab)
        return labels

    check_incidents(truth.get("incidents", []), lambda i: i["truth"], stem + " truth")
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in i for i in uniq)
    if alt:
        if "why" not in alt or "incidents" not in alt:
            err(stem, "alternative_reading needs why and incidents")
        check_incidents(alt.get("incidents", []), lambda i: i.get("truth_alt", i["truth"]) if "truth_alt" in i else i["truth"],
                        stem + " alternative")
        if not has_alt:
            err(stem, "alternative_reading but no item has truth_alt")
    elif has_alt:
        err(stem, "truth_alt on items but no alternative_reading")
    for it in uniq:
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            warn(it["_where"], "truth_alt equals truth")
    # size and background
    n = len(uniq)
    bg = sum(1 for i in uniq if i["truth"] is None)
    if not 25 <= n <= 90:
        warn(stem, "%d items (brief: 25-90)" % n)
    ratio = bg / n if n else 0
    if not 0.10 <= ratio <= 0.35:
        warn(stem, "background %.0f%% (brief: 10-35%%)" % (100 * ratio))
    dups = len(items) - n
    return stem, len(items), n, dups, bg, len(truth.get("incidents", []))


def main():
    sensors, districts = load_geo()
    rows = []
    for num in NUMS:
        r = check(num, sensors, districts)
        if r:
            rows.append(r)
    for r in rows:
        print("%-52s lines %3d  unique %3d  dups %d  background %2d (%2.0f%%)  incidents %d"
              % (r[0], r[1], r[2], r[3], r[4], 100.0 * r[4] / r[2], r[5]))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    if errors or warnings:
        print("FAILED: %d errors, %d warnings" % (len(errors), len(warnings)))
        sys.exit(1)
    print("OK: %d situations valid, no warnings" % len(rows))


if __name__ == "__main__":
    main()
