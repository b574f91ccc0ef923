"""Validate the o1411 situations (numbers 1411-1422 only).

Checks: every file parses; field names and values as FORMAT.md (feeds, agencies, categories,
severities, levels, reasons, 119 statuses, permit fields, gateways); keys unique except true
duplicates (same key, every field but `arrival` equal); arrivals in order; sensor ids registered,
of the feed's kind and at their registered positions; every `follows` names a key of the file;
labels of the jsonl equal the truth file's incidents (and, under the alternative reading, its
incidents); each sufficient_evidence_key is an item of its incident.
Exit status 1 on any problem.
"""
import datetime as dt
import glob
import json
import math
import os
import sys

from lib import SENSORS, OUT

NUMBERS = range(1411, 1423)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "water_level_falling": {"water_level"},
             "heavy_rain": {"rain"}, "congestion": {"vd"}, "sensor_offline": None, "cleared": None}
CATS = {
    "rule": set(RULE_KIND),
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "hazmat_report", "road_collapse", "wrong_way_driver",
                 "medical", "evacuation", "missing_person", "other"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
           "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
           "permit_status", "gateway", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"}
CENTRE = (120.6556, 24.1856)
MAX_FUTURE_S = 300


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot(dx, (a[1] - b[1]) * 110574.0)


def check_item(it, errs, where):
    e = lambda m: errs.append("%s: %s" % (where, m))
    for k in it:
        if k not in ALLOWED:
            e("unknown field %r" % k)
    for k in REQUIRED:
        if k not in it:
            e("missing field %r" % k)
    if any(k not in it for k in REQUIRED):
        return
    feed = it["feed"]
    if feed not in FEEDS:
        e("bad feed %r" % feed)
        return
    if it["kind"] != ("alert" if feed == "rule" else "event"):
        e("kind %r does not fit feed %s" % (it["kind"], feed))
    if it["category"] not in CATS[feed]:
        e("category %r not a %s category" % (it["category"], feed))
    if it["severity"] not in SEVERITIES:
        e("bad severity %r" % it["severity"])
    if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
        e("severity of a %s item must be Unknown" % feed)
    if not isinstance(it["text"], str) or not it["text"].strip():
        e("empty text")
    try:
        obs, arr = t(it["observed"]), t(it["arrival"])
    except (ValueError, TypeError):
        e("times must be ISO 8601 UTC with Z")
        return
    if feed != "planned_event" and (obs - arr).total_seconds() > MAX_FUTURE_S:
        e("observed more than %d s after arrival" % MAX_FUTURE_S)
    pos = (it["lon"], it["lat"])
    if not all(isinstance(v, (int, float)) for v in pos):
        e("lon/lat not numbers")
        return
    if dist_m(pos, CENTRE) > 8000:
        e("position %s more than 8 km from the zone" % (pos,))
    # sensors
    if feed in SENSOR_FEEDS:
        sid = it.get("sensor_id")
        if sid not in SENSORS:
            e("sensor_id %r not registered" % sid)
        else:
            s = SENSORS[sid]
            if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                e("%s not at its registered position" % sid)
            agency = s["agency"]
            if feed in KIND_OF_FEED and s["kind"] != KIND_OF_FEED[feed]:
                e("%s is a %s, not a %s" % (sid, s["kind"], feed))
            if feed == "rule":
                kinds = RULE_KIND.get(it["category"])
                if kinds and s["kind"] not in kinds:
                    e("rule %s on a %s sensor" % (it["category"], s["kind"]))
            if it["agency"] != agency:
                e("agency %r, sensor's is %r" % (it["agency"], agency))
            if "gateway" in it and it["gateway"] != s["gateway"]:
                e("gateway %r is not %s's registered %r" % (it["gateway"], sid, s["gateway"]))
    else:
        if "sensor_id" in it:
            e("sensor_id on a %s item" % feed)
        if it["agency"] != AGENCY[feed]:
            e("agency %r for feed %s" % (it["agency"], feed))
    if "gateway" in it and feed not in ("rule", "status"):
        e("gateway on a %s item" % feed)
    # per-field
    if feed == "cctv":
        c = it.get("confidence")
        if not isinstance(c, (int, float)) or not 0 <= c <= 1:
            e("cctv confidence missing or outside 0-1")
    elif "confidence" in it:
        e("confidence on a %s item" % feed)
    if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
        e("bad reason %r" % it["reason"])
    if "status" in it and (feed != "119" or it["status"] not in STATUSES):
        e("bad status %r" % it["status"])
    if "level" in it:
        lv = LEVELS.get(it["category"]) if feed == "rule" else None
        if not lv or it["level"] not in lv:
            e("bad level %r for %s" % (it["level"], it["category"]))
        elif lv[it["level"]] != it["severity"]:
            e("severity %s does not match level %s" % (it["severity"], it["level"]))
    elif feed == "rule" and it["category"] in LEVELS:
        e("rule %s without level" % it["category"])
    for k in ("ends", "radius_m", "permit_status"):
        if k in it and feed != "planned_event":
            e("%s on a %s item" % (k, feed))
    if feed == "planned_event":
        if "ends" not in it or t(it["ends"]) <= obs:
            e("planned event without an end after its start")
        if "radius_m" in it and not (isinstance(it["radius_m"], (int, float)) and 1 <= it["radius_m"] <= 5000):
            e("radius_m outside 1-5000")
        ps = it.get("permit_status", "approved")
        if ps not in PERMIT:
            e("bad permit_status %r" % ps)
        if ps in ("amended", "cancelled") and not it.get("follows"):
            e("an amended or cancelled permit must follow the permit")
    if it["truth"] is not None and not isinstance(it["truth"], str):
        e("truth must be a label or null")
    if "truth_alt" in it and it["truth_alt"] is not None and not isinstance(it["truth_alt"], str):
        e("truth_alt must be a label or null")


def check_situation(n):
    errs = []
    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
    tr = glob.glob(os.path.join(OUT, "%d_*.truth.json" % n))
    if len(js) != 1 or len(tr) != 1:
        return ["%d: expected one .jsonl and one .truth.json, found %d and %d" % (n, len(js), len(tr))], 0
    stem = os.path.basename(js[0])[:-len(".jsonl")]
    if os.path.basename(tr[0]) != stem + ".truth.json":
        errs.append("%d: jsonl and truth names differ" % n)
    items = []
    with open(js[0], encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                errs.append("%s:%d: empty line" % (stem, ln))
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as ex:
                errs.append("%s:%d: not JSON (%s)" % (stem, ln, ex))
                continue
            if not isinstance(it, dict):
                errs.append("%s:%d: not an object" % (stem, ln))
                continue
            check_item(it, errs, "%s:%d %s" % (stem, ln, it.get("key")))
            items.append((ln, it))
    if not 30 <= len(items) <= 150:
        errs.append("%s: %d items (30-150 wanted)" % (stem, len(items)))
    # keys, duplicates, arrival order, follows
    seen = {}
    prev = None
    for ln, it in items:
        k = it.get("key")
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                errs.append("%s:%d: key %s repeated with different fields" % (stem, ln, k))
        else:
            seen[k] = it
        if "arrival" in it:
            if prev and it["arrival"] < prev:
                errs.append("%s:%d: arrival %s before the previous line's %s" % (stem, ln, it["arrival"], prev))
            prev = it["arrival"]
    for ln, it in items:
        f = it.get("follows")
        if f is None:
            continue
        if not isinstance(f, str) or f not in seen:
            errs.append("%s:%d: follows %r names no key of the file" % (stem, ln, f))
        elif f == it.get("key"):
            errs.append("%s:%d: follows itself" % (stem, ln))
    # truth
    try:
        with open(tr[0], encoding="utf-8") as fh:
            truth = json.load(fh)
    except (OSError, json.JSONDecodeError) as ex:
        return errs + ["%s.truth.json: %s" % (stem, ex)], len(items)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            errs.append("%s.truth.json: missing %s" % (stem, k))
    for k in truth:
        if k not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            errs.append("%s.truth.json: unknown key %s" % (stem, k))

    def check_incidents(incs, label_of, name):
        labels = [i.get("label") for i in incs]
        if len(set(labels)) != len(labels):
            errs.append("%s %s: labels repeat" % (stem, name))
        for inc in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    errs.append("%s %s: incident without %s" % (stem, name, k))
            if inc.get("type") not in TYPES:
                errs.append("%s %s: incident %s type %r" % (stem, name, inc.get("label"), inc.get("type")))
            sk = inc.get("sufficient_evidence_key")
            if sk not in seen:
                errs.append("%s %s: sufficient_evidence_key %r of %s is no key" % (stem, name, sk, inc.get("label")))
            elif label_of(seen[sk]) != inc.get("label"):
                errs.append("%s %s: sufficient_evidence_key %s is labelled %r, not %s" % (stem, name, sk, label_of(seen[sk]), inc.get("label")))
        used = {label_of(it) for _, it in items} - {None}
        if used != set(labels):
            errs.append("%s %s: labels in jsonl %s differ from incidents %s" % (stem, name, sorted(used), sorted(labels)))

    check_incidents(truth.get("incidents", []), lambda it: it.get("truth"), "truth")
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in it for _, it in items)
    if alt is not None:
        if "why" not in alt or "incidents" not in alt:
            errs.append("%s: alternative_reading needs why and incidents" % stem)
        check_incidents(alt.get("incidents", []), lambda it: it.get("truth_alt", it.get("truth")), "alternative")
    elif has_alt:
        errs.append("%s: truth_alt without an alternative_reading" % stem)
    return errs, len(items)


def main():
    all_errs = []
    total = 0
    for n in NUMBERS:
        errs, cnt = check_situation(n)
        total += cnt
        all_errs += errs
        print("%d: %s (%d items)" % (n, "OK" if not errs else "%d problem(s)" % len(errs), cnt))
    for e in all_errs:
        print("  " + e)
    print("%d situations, %d items, %d problems" % (len(NUMBERS), total, len(all_errs)))
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
