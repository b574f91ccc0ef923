"""Check the situations 1451-1462 of this folder (and only those).

Every jsonl line parses and has the fields of FORMAT.md with allowed values; keys are unique
except true duplicates (the same key repeats every field but `arrival`); arrivals are in order;
every `follows` names a key of the file; sensor ids are registered, of the feed's kind and at
their registered positions; labels in the jsonl match the truth file's incidents (and those of
the alternative reading); each sufficient_evidence_key is an item of its incident.
Exit status 1 when anything is wrong.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import (SENSORS, OUT, FEEDS, SENSOR_FEEDS, FEED_AGENCY, CATEGORIES, SEVERITIES,  # noqa: E402
                 REASONS, CASE_STATUS, PERMIT_STATUS, FLOOD_SEV, WL_SEV, RAIN_SEV, INCIDENT_TYPES,
                 dist_m)

NUMBERS = range(1451, 1463)
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KINDS = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
              "congestion": {"vd"}, "water_level_falling": {"water_level"}}
GATEWAYS = {s["metadata"].get("gateway") for s in SENSORS.values()} | set(SENSORS)
ZONE_CENTRE = (120.6555, 24.1855)
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
           "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
           "permit_status", "gateway", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"}


def parse_t(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def check_item(d, where, errs):
    e = lambda m: errs.append("%s: %s" % (where, m))  # noqa: E731
    keys = set(d)
    if REQUIRED - keys:
        e("missing fields %s" % sorted(REQUIRED - keys))
        return
    if keys - ALLOWED:
        e("unknown fields %s" % sorted(keys - ALLOWED))
    feed = d["feed"]
    if feed not in FEEDS:
        e("feed %r" % feed)
        return
    if d["kind"] != ("alert" if feed == "rule" else "event"):
        e("kind %r for feed %s" % (d["kind"], feed))
    if d["category"] not in CATEGORIES[feed]:
        e("category %r not in feed %s" % (d["category"], feed))
    if d["severity"] not in SEVERITIES:
        e("severity %r" % d["severity"])
    if feed in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event") \
            and d["severity"] != "Unknown":
        e("severity of a %s item must be Unknown" % feed)
    if feed == "incident" and d["severity"] == "Unknown":
        e("police report without severity")
    for f in ("observed", "arrival"):
        if not isinstance(d[f], str) or not ISO.match(d[f]):
            e("%s not ISO UTC: %r" % (f, d[f]))
            return
    if not isinstance(d["text"], str) or not d["text"].strip():
        e("empty text")
    if not (isinstance(d["lon"], (int, float)) and isinstance(d["lat"], (int, float))):
        e("lon/lat not numbers")
        return
    if dist_m((d["lon"], d["lat"]), ZONE_CENTRE) > 6000:
        e("position %.5f,%.5f more than 6 km from the zone" % (d["lon"], d["lat"]))
    # sensors
    sid = d.get("sensor_id")
    if feed in SENSOR_FEEDS:
        if sid not in SENSORS:
            e("sensor_id %r not registered" % sid)
        else:
            s = SENSORS[sid]
            if abs(s["lon"] - d["lon"]) > 1e-6 or abs(s["lat"] - d["lat"]) > 1e-6:
                e("%s not at its registered position" % sid)
            if feed in KIND_OF_FEED and s["kind"] != KIND_OF_FEED[feed]:
                e("%s is a %s, not a %s" % (sid, s["kind"], feed))
            if feed == "rule" and d["category"] in RULE_KINDS and s["kind"] not in RULE_KINDS[d["category"]]:
                e("%s alert from a %s" % (d["category"], s["kind"]))
            want = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY[feed]
            if d["agency"] != want:
                e("agency %r, expected %r" % (d["agency"], want))
    else:
        if sid is not None:
            e("sensor_id on a %s item" % feed)
        if d["agency"] != FEED_AGENCY[feed]:
            e("agency %r for feed %s" % (d["agency"], feed))
    # field-specific
    if "confidence" in d:
        if feed != "cctv" or not (0 <= d["confidence"] <= 1):
            e("confidence %r" % d["confidence"])
    elif feed == "cctv":
        e("cctv item without confidence")
    if "reason" in d and (feed != "status" or d["category"] != "offline" or d["reason"] not in REASONS):
        e("reason %r" % d["reason"])
    if "status" in d and (feed != "119" or d["status"] not in CASE_STATUS):
        e("status %r" % d["status"])
    if "gateway" in d and (feed not in ("rule", "status") or d["gateway"] not in GATEWAYS):
        e("gateway %r" % d["gateway"])
    if "level" in d:
        cat = d["category"]
        table = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}.get(cat)
        if feed != "rule" or table is None or d["level"] not in table:
            e("level %r for %s" % (d["level"], cat))
        elif table[d["level"]] != d["severity"]:
            e("severity %s does not match level %s" % (d["severity"], d["level"]))
    elif feed == "rule" and d["category"] in ("flood_depth", "water_level", "heavy_rain"):
        e("%s alert without level" % d["category"])
    for f in ("ends", "radius_m", "permit_status"):
        if f in d and feed != "planned_event":
            e("%s on a %s item" % (f, feed))
    if feed == "planned_event":
        if "ends" not in d or not ISO.match(d["ends"]) or parse_t(d["ends"]) <= parse_t(d["observed"]):
            e("planned event without a valid end")
        if "radius_m" in d and not (isinstance(d["radius_m"], (int, float)) and 1 <= d["radius_m"] <= 5000):
            e("radius_m %r" % d["radius_m"])
        ps = d.get("permit_status", "approved")
        if ps not in PERMIT_STATUS:
            e("permit_status %r" % ps)
        if ps in ("amended", "cancelled") and "follows" not in d:
            e("%s permit version without follows" % ps)
    else:
        if parse_t(d["arrival"]) < parse_t(d["observed"]) - dt.timedelta(seconds=300):
            e("arrives more than 5 min before it was observed")


def check_situation(n, errs):
    jl = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
    tj = glob.glob(os.path.join(OUT, "%d_*.truth.json" % n))
    if len(jl) != 1 or len(tj) != 1:
        errs.append("%d: expected one jsonl and one truth file, found %d and %d" % (n, len(jl), len(tj)))
        return None
    if jl[0][:-len(".jsonl")] != tj[0][:-len(".truth.json")]:
        errs.append("%d: jsonl and truth file names differ" % n)
    name = os.path.basename(jl[0])
    items = []
    with open(jl[0], encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            where = "%s:%d" % (name, i)
            try:
                d = json.loads(line)
            except ValueError as ex:
                errs.append("%s: not JSON (%s)" % (where, ex))
                continue
            if not isinstance(d, dict):
                errs.append("%s: not an object" % where)
                continue
            check_item(d, where, errs)
            items.append((where, d))
    try:
        with open(tj[0], encoding="utf-8") as f:
            truth = json.load(f)
    except ValueError as ex:
        errs.append("%s: not JSON (%s)" % (os.path.basename(tj[0]), ex))
        return None
    # keys and duplicates
    first = {}
    for where, d in items:
        k = d.get("key")
        if not isinstance(k, str) or not k:
            errs.append("%s: bad key" % where)
            continue
        if k in first:
            a = {x: y for x, y in first[k].items() if x != "arrival"}
            b = {x: y for x, y in d.items() if x != "arrival"}
            if a != b:
                errs.append("%s: key %s repeated with different fields" % (where, k))
        else:
            first[k] = d
    # arrivals in order
    prev = None
    for where, d in items:
        try:
            a = parse_t(d["arrival"])
        except (KeyError, ValueError):
            continue
        if prev is not None and a < prev:
            errs.append("%s: arrival before the previous line's" % where)
        prev = a
    # follows
    for where, d in items:
        if "follows" in d:
            if d["follows"] not in first:
                errs.append("%s: follows %r names no key of the file" % (where, d["follows"]))
            elif d["follows"] == d.get("key"):
                errs.append("%s: follows itself" % where)
    if not 30 <= len(items) <= 150:
        errs.append("%s: %d items, expected 30-150" % (name, len(items)))
    # labels
    for f in ("situation", "description", "incidents"):
        if f not in truth:
            errs.append("%s: truth file without %s" % (name, f))
            return None
    has_alt = "alternative_reading" in truth

    def check_labels(incs, label_of, what):
        labels = [i.get("label") for i in incs]
        if len(labels) != len(set(labels)):
            errs.append("%s: %s: duplicate incident labels" % (name, what))
        used = {label_of(d) for _, d in items} - {None}
        if used != set(labels):
            errs.append("%s: %s: labels in jsonl %s vs truth %s" % (
                name, what, sorted(used - set(labels)), sorted(set(labels) - used)))
        for inc in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in inc:
                    errs.append("%s: %s: incident without %s" % (name, what, f))
            if inc.get("type") not in INCIDENT_TYPES:
                errs.append("%s: %s: incident type %r" % (name, what, inc.get("type")))
            sk = inc.get("sufficient_evidence_key")
            if sk not in first:
                errs.append("%s: %s: sufficient_evidence_key %r not in file" % (name, what, sk))
            elif label_of(first[sk]) != inc.get("label"):
                errs.append("%s: %s: sufficient evidence %s is not an item of %s" % (name, what, sk, inc.get("label")))
    check_labels(truth["incidents"], lambda d: d.get("truth"), "truth")
    if has_alt:
        alt = truth["alternative_reading"]
        if "why" not in alt or "incidents" not in alt:
            errs.append("%s: alternative_reading needs why and incidents" % name)
        else:
            check_labels(alt["incidents"], lambda d: d.get("truth_alt", d.get("truth")), "alternative")
        if not any("truth_alt" in d for _, d in items):
            errs.append("%s: alternative reading but no truth_alt" % name)
    elif any("truth_alt" in d for _, d in items):
        errs.append("%s: truth_alt without an alternative_reading" % name)
    return name, len(items), len(first), len(truth["incidents"])


def main():
    errs = []
    rows = []
    for n in NUMBERS:
        r = check_situation(n, errs)
        if r:
            rows.append(r)
    for name, lines, keys, incs in rows:
        print("%-48s %3d lines %3d keys %2d incidents" % (name, lines, keys, incs))
    if errs:
        print("\n%d problem(s):" % len(errs))
        for m in errs:
            print("  " + m)
        sys.exit(1)
    print("OK: %d situations valid" % len(rows))


if __name__ == "__main__":
    main()
