"""Validate every file of the o1191 situations (1191-1202). Exit 1 on error; warnings are printed too."""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
NUMS = range(1191, 1203)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 # project table (docs/vocabulary.md)
                 "missing_person", "medical", "road_reopened"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other",
             # project table (docs/vocabulary.md)
             "traffic_signal", "water_outage", "fallen_object"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
LEVEL_SEV = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
             "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
             "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")

errors, warnings = [], []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def warn(where, msg):
    warnings.append("%s: %s" % (where, msg))


def load_geo():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        sens = {}
        for feat in json.load(f)["features"]:
            p = feat["properties"]
            sens[p["sensor_id"]] = (p["kind"], p["agency"], feat["geometry"]["coordinates"][:2])
    with open(os.path.join(GEO, "zones.geojson"), encoding="utf-8") as f:
        boxes = []
        for feat in json.load(f)["features"]:
            if feat["properties"].get("level") == "district":
                ring = feat["geometry"]["coordinates"][0]
                boxes.append(ring)
    return sens, boxes


def inside(ring, x, y):
    c = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c


def ts(s):
    return dt.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)


def check(num, stem, sens, rings):
    path = os.path.join(OUT, stem + ".jsonl")
    tpath = os.path.join(OUT, stem + ".truth.json")
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append((n, json.loads(line)))
            except ValueError as e:
                err("%s:%d" % (stem, n), "not JSON: %s" % e)
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        err(stem, "truth file: %s" % e)
        return
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(stem, "truth file lacks %s" % k)
    extra = set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}
    if extra:
        err(stem, "truth file has unknown keys %s" % sorted(extra))
    if truth.get("situation") != stem:
        err(stem, "truth situation %r is not the file stem" % truth.get("situation"))
    incs = truth.get("incidents", [])
    labels = {}
    for inc in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                err(stem, "incident lacks %s: %s" % (k, inc))
        if inc.get("type") not in TYPES:
            err(stem, "incident %s has unknown type %s" % (inc.get("label"), inc.get("type")))
        if inc.get("label") in labels:
            err(stem, "label %s twice" % inc.get("label"))
        labels[inc.get("label")] = inc
    alt = truth.get("alternative_reading")
    alt_labels = None
    if alt is not None:
        if set(alt) != {"why", "incidents"}:
            err(stem, "alternative_reading keys %s" % sorted(alt))
        alt_labels = {}
        for inc in alt.get("incidents", []):
            if inc.get("type") not in TYPES:
                err(stem, "alt incident %s has unknown type" % inc.get("label"))
            if not inc.get("sufficient_evidence_key"):
                err(stem, "alt incident %s lacks sufficient_evidence_key" % inc.get("label"))
            alt_labels[inc["label"]] = inc

    first = {}
    keys = set(i.get("key") for _, i in items)
    prev_arr = None
    for n, it in items:
        w = "%s:%d" % (stem, n)
        missing = [k for k in REQUIRED if k not in it]
        if missing:
            err(w, "missing %s" % missing)
            continue
        unknown = set(it) - set(REQUIRED) - OPTIONAL
        if unknown:
            err(w, "unknown fields %s" % sorted(unknown))
        feed, cat = it["feed"], it["category"]
        if feed not in FEEDS:
            err(w, "feed %s" % feed)
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err(w, "kind %s for feed %s" % (it["kind"], feed))
        if cat not in CATS[feed]:
            err(w, "category %s not in feed %s" % (cat, feed))
        if it["severity"] not in SEVS:
            err(w, "severity %s" % it["severity"])
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            err(w, "feed %s must carry severity Unknown" % feed)
        if feed not in UNKNOWN_SEV and it["severity"] == "Unknown":
            warn(w, "feed %s with severity Unknown" % feed)
        for k in ("observed", "arrival"):
            if not ISO.match(str(it[k])):
                err(w, "%s not ISO UTC: %s" % (k, it[k]))
        obs, arr = ts(it["observed"]), ts(it["arrival"])
        if prev_arr and arr < prev_arr:
            err(w, "arrival out of order")
        prev_arr = arr
        if feed != "planned_event" and (obs - arr).total_seconds() > 300:
            err(w, "observed more than 300 s after arrival")
        if (arr - obs).total_seconds() > 6 * 3600 and feed != "planned_event":
            warn(w, "observed more than 6 h before arrival")
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in sens:
                err(w, "sensor_id %s not registered" % sid)
            else:
                kind, agency, (lon, lat) = sens[sid]
                if abs(it["lon"] - lon) > 1e-6 or abs(it["lat"] - lat) > 1e-6:
                    err(w, "position of %s is not its registered one" % sid)
                if it["agency"] != agency:
                    err(w, "agency %s, registry says %s" % (it["agency"], agency))
                want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(feed)
                if feed == "rule":
                    want = RULE_KIND.get(cat)
                if want and kind != want:
                    err(w, "sensor %s is a %s, not a %s" % (sid, kind, want))
        else:
            if sid is not None:
                err(w, "sensor_id on feed %s" % feed)
            if it["agency"] != FEED_AGENCY[feed]:
                err(w, "agency %s for feed %s" % (it["agency"], feed))
        if not any(inside(r, it["lon"], it["lat"]) for r in rings):
            err(w, "position outside the study area")
        # field-specific
        if ("confidence" in it) != (feed == "cctv"):
            err(w, "confidence on cctv items only, and always")
        elif feed == "cctv" and not 0 <= it["confidence"] <= 1:
            err(w, "confidence out of range")
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
            err(w, "bad reason")
        if "status" in it and not (feed == "119" and it["status"] in STATUSES):
            err(w, "bad status")
        if "level" in it:
            lv = LEVEL_SEV.get(cat) if feed == "rule" else None
            if not lv or it["level"] not in lv:
                err(w, "bad level %s" % it["level"])
            elif lv[it["level"]] != it["severity"]:
                err(w, "severity %s does not match level %s" % (it["severity"], it["level"]))
        elif feed == "rule" and cat in LEVEL_SEV:
            err(w, "rule %s without level" % cat)
        if ("ends" in it) != (feed == "planned_event"):
            err(w, "ends on planned events only, and always")
        elif feed == "planned_event":
            if not ISO.match(it["ends"]) or ts(it["ends"]) <= obs:
                err(w, "ends not after start")
        if "radius_m" in it and not (feed == "planned_event" and 1 <= it["radius_m"] <= 5000):
            err(w, "bad radius_m")
        if "gateway" in it and not (feed in ("rule", "status") and it["gateway"] in sens):
            err(w, "bad gateway")
        if "follows" in it:
            if it["follows"] not in keys or it["follows"] == it["key"]:
                err(w, "follows %s is no other key of this situation" % it["follows"])
        # truth
        t = it["truth"]
        if t is not None and t not in labels:
            err(w, "truth %s undefined" % t)
        if "truth_alt" in it and alt_labels is None:
            err(w, "truth_alt without alternative_reading")
        if alt_labels is not None:
            ta = it.get("truth_alt", t)
            if ta is not None and ta not in alt_labels:
                err(w, "alt label %s undefined" % ta)
        if not isinstance(it["text"], str) or not re.search(r"[\u4e00-\u9fff]", it["text"]):
            err(w, "text is not zh-TW")
        # duplicates
        k = it["key"]
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err(w, "duplicate of %s differs beyond arrival" % k)
        else:
            first[k] = it

    # incidents against items
    uniq = list(first.values())
    for lab, inc in labels.items():
        members = [i for i in uniq if i["truth"] == lab]
        if not members:
            err(stem, "incident %s has no item" % lab)
        sk = inc.get("sufficient_evidence_key")
        if sk not in first:
            err(stem, "sufficient_evidence_key %s of %s is no item" % (sk, lab))
        elif first[sk]["truth"] != lab:
            err(stem, "sufficient_evidence_key %s is labelled %s, not %s" % (sk, first[sk]["truth"], lab))
    if alt_labels is not None:
        for lab, inc in alt_labels.items():
            members = [i for i in uniq if i.get("truth_alt", i["truth"]) == lab]
            if not members:
                err(stem, "alt incident %s has no item" % lab)
            sk = inc.get("sufficient_evidence_key")
            if sk not in first:
                err(stem, "alt sufficient_evidence_key %s is no item" % sk)
            elif first[sk].get("truth_alt", first[sk]["truth"]) != lab:
                err(stem, "alt sufficient_evidence_key %s not labelled %s under the alternative" % (sk, lab))
    # shape warnings
    n = len(items)
    if not 25 <= n <= 90:
        warn(stem, "%d items (expected 25-90)" % n)
    bg = sum(1 for _, i in items if i.get("truth") is None)
    share = bg / n if n else 0
    if not 0.10 <= share <= 0.35:
        warn(stem, "background share %.0f %% (expected 10-35 %%)" % (100 * share))
    if not 1 <= len(labels) <= 4:
        warn(stem, "%d incidents" % len(labels))
    return n, len(labels), share


def main():
    sens, rings = load_geo()
    found = {}
    for fn in sorted(os.listdir(OUT)):
        m = re.match(r"^(\d{4})_([a-z0-9_]+)\.jsonl$", fn)
        if m and int(m.group(1)) in NUMS:
            found[int(m.group(1))] = fn[:-6]
        elif fn.endswith(".jsonl") or fn.endswith(".truth.json"):
            m2 = re.match(r"^(\d{4})_", fn)
            if m2 and int(m2.group(1)) in NUMS and not fn.endswith(".truth.json"):
                err(fn, "bad file name")
    for num in NUMS:
        if num not in found:
            err(str(num), "situation missing")
            continue
        r = check(num, found[num], sens, rings)
        if r:
            print("%s: %d items, %d incidents, background %.0f %%" % (found[num], r[0], r[1], 100 * r[2]))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
