"""Check the situations 1431-1442 of this folder (and only those).

python3 validate.py  -> one line per situation, then OK or the list of problems (exit 1).
"""
import datetime as dt
import glob
import json
import os
import sys

import lib

NUMBERS = range(1431, 1443)
OUT = lib.OUT
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
           "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
           "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"}
REQUIRED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "text", "truth"}
FIXED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
                "incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"},
               "cctv": {"cctv"}}
NO_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
GATEWAYS = {s["gateway"] for s in lib.SENSORS.values() if s.get("gateway")} | set(lib.SENSORS)


def ts(s):
    if not isinstance(s, str) or not s.endswith("Z"):
        raise ValueError("not an ISO 8601 UTC time: %r" % (s,))
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def check_item(i, n, errs):
    p = "line %d (%s)" % (n, i.get("key"))
    extra = set(i) - ALLOWED
    if extra:
        errs.append("%s: unknown fields %s" % (p, sorted(extra)))
    miss = REQUIRED - set(i)
    if miss:
        errs.append("%s: missing fields %s" % (p, sorted(miss)))
        return
    feed = i["feed"]
    if feed not in lib.FEEDS:
        errs.append("%s: feed %r" % (p, feed))
        return
    if i["kind"] != ("alert" if feed == "rule" else "event"):
        errs.append("%s: kind %r for feed %s" % (p, i["kind"], feed))
    if i["category"] not in lib.CATEGORIES[feed]:
        errs.append("%s: category %r not in feed %s" % (p, i["category"], feed))
    if i["severity"] not in lib.SEVERITIES:
        errs.append("%s: severity %r" % (p, i["severity"]))
    if feed in NO_SEVERITY and i["severity"] != "Unknown":
        errs.append("%s: feed %s gives no severity, must be Unknown" % (p, feed))
    if not isinstance(i["text"], str) or not i["text"].strip():
        errs.append("%s: empty text" % p)
    for f in ("lon", "lat"):
        if not isinstance(i[f], (int, float)):
            errs.append("%s: %s not a number" % (p, f))
            return
    if not (120.55 <= i["lon"] <= 120.76 and 24.13 <= i["lat"] <= 24.25):
        errs.append("%s: position %s,%s outside the study area" % (p, i["lon"], i["lat"]))
    try:
        obs, arr = ts(i["observed"]), ts(i["arrival"])
        if obs > arr + dt.timedelta(seconds=300) and feed != "planned_event":
            errs.append("%s: observed more than 5 min after arrival" % p)
    except ValueError as e:
        errs.append("%s: %s" % (p, e))
    # agency
    sid = i.get("sensor_id")
    if feed in lib.SENSOR_FEEDS:
        if sid not in lib.SENSORS:
            errs.append("%s: sensor_id %r not registered" % (p, sid))
        else:
            s = lib.SENSORS[sid]
            if abs(s["lon"] - i["lon"]) > 1e-6 or abs(s["lat"] - i["lat"]) > 1e-6:
                errs.append("%s: %s not at its registered position" % (p, sid))
            if feed in SENSOR_KIND and s["kind"] not in SENSOR_KIND[feed]:
                errs.append("%s: %s is a %s, not a %s device" % (p, sid, s["kind"], feed))
            if feed in ("rule", "status", "cctv") and i["agency"] != s["agency"]:
                errs.append("%s: agency %r, the sensor's is %r" % (p, i["agency"], s["agency"]))
    elif sid is not None:
        errs.append("%s: sensor_id on a %s item" % (p, feed))
    if feed in FIXED_AGENCY and i["agency"] != FIXED_AGENCY[feed]:
        errs.append("%s: agency %r for feed %s" % (p, i["agency"], feed))
    # optional fields
    if "confidence" in i:
        if feed != "cctv" or not (0 <= i["confidence"] <= 1):
            errs.append("%s: confidence" % p)
    elif feed == "cctv":
        errs.append("%s: cctv without confidence" % p)
    if "reason" in i and not (feed == "status" and i["category"] == "offline"
                              and i["reason"] in lib.REASONS):
        errs.append("%s: reason %r" % (p, i["reason"]))
    if "status" in i and not (feed == "119" and i["status"] in lib.STATUSES_119):
        errs.append("%s: status %r" % (p, i["status"]))
    for f in ("ends", "radius_m", "permit_status"):
        if f in i and feed != "planned_event":
            errs.append("%s: %s on a %s item" % (p, f, feed))
    if feed == "planned_event":
        if "ends" not in i:
            errs.append("%s: permit without ends" % p)
        elif ts(i["ends"]) <= ts(i["observed"]):
            errs.append("%s: permit ends before it starts" % p)
        if "radius_m" in i and not (isinstance(i["radius_m"], (int, float)) and 1 <= i["radius_m"] <= 5000):
            errs.append("%s: radius_m %r" % (p, i["radius_m"]))
        ps = i.get("permit_status", "approved")
        if ps not in lib.PERMIT_STATUSES:
            errs.append("%s: permit_status %r" % (p, ps))
        if ps != "approved" and "follows" not in i:
            errs.append("%s: amended or cancelled permit without follows" % p)
    if "gateway" in i and not (feed in ("rule", "status") and i["gateway"] in GATEWAYS):
        errs.append("%s: gateway %r" % (p, i["gateway"]))
    if "truth_alt" in i and i["truth_alt"] == i.get("truth"):
        errs.append("%s: truth_alt repeats truth (leave it out)" % p)
    cat, lvl = i["category"], i.get("level")
    if feed == "rule" and cat == "flood_depth":
        if lvl not in lib.FLOOD_SEV or lib.FLOOD_SEV[lvl] != i["severity"]:
            errs.append("%s: flood level %r / severity %r" % (p, lvl, i["severity"]))
    elif feed == "rule" and cat == "water_level":
        if lvl not in lib.WL_SEV or lib.WL_SEV[lvl] != i["severity"]:
            errs.append("%s: water level %r / severity %r" % (p, lvl, i["severity"]))
    elif feed == "rule" and cat == "heavy_rain":
        if lvl not in lib.RAIN_SEV or lib.RAIN_SEV[lvl] != i["severity"]:
            errs.append("%s: rain class %r / severity %r" % (p, lvl, i["severity"]))
    elif lvl is not None:
        errs.append("%s: level on a %s %s item" % (p, feed, cat))


def check(num):
    errs = []
    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    tr = glob.glob(os.path.join(OUT, "%d_*.truth.json" % num))
    if len(js) != 1 or len(tr) != 1:
        return None, ["%d: expected one jsonl and one truth file, found %d and %d" % (num, len(js), len(tr))]
    name = os.path.basename(js[0])[:-len(".jsonl")]
    if os.path.basename(tr[0]) != name + ".truth.json":
        errs.append("%d: truth file name does not match %s" % (num, name))
    items = []
    with open(js[0], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
                if not isinstance(d, dict):
                    raise ValueError("not an object")
                items.append((n, d))
            except ValueError as e:
                errs.append("%s line %d: %s" % (name, n, e))
    with open(tr[0], encoding="utf-8") as f:
        truth = json.load(f)
    for n, i in items:
        check_item(i, n, errs)
    if not 30 <= len(items) <= 150:
        errs.append("%s: %d items (30-150 expected)" % (name, len(items)))
    # keys, duplicates, arrival order, follows
    seen, dups, last, keys = {}, 0, None, set()
    for n, i in items:
        k = i.get("key")
        keys.add(k)
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in i.items() if x != "arrival"}
            if a != b:
                errs.append("%s line %d: key %s repeated with other fields" % (name, n, k))
            dups += 1
        else:
            seen[k] = i
        try:
            arr = ts(i["arrival"])
            if last and arr < last:
                errs.append("%s line %d: arrival before the previous line's" % (name, n))
            last = arr
        except (KeyError, ValueError):
            pass
    late = 0
    maxobs = None
    for n, i in items:
        if "follows" in i and (i["follows"] not in keys or i["follows"] == i["key"]):
            errs.append("%s line %d: follows %r names no other key of the file" % (name, n, i["follows"]))
        o = ts(i["observed"]) if i.get("feed") != "planned_event" else None
        if o:
            if maxobs and o < maxobs:
                late += 1
            maxobs = max(maxobs, o) if maxobs else o
    # truth
    if truth.get("situation") != name:
        errs.append("%s: truth 'situation' is %r" % (name, truth.get("situation")))
    for f in ("description", "incidents"):
        if f not in truth:
            errs.append("%s: truth without %s" % (name, f))

    def check_reading(incs, label_of, what):
        labels = [x["label"] for x in incs]
        if len(set(labels)) != len(labels):
            errs.append("%s %s: repeated incident labels" % (name, what))
        for x in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in x:
                    errs.append("%s %s: incident without %s" % (name, what, f))
            if x.get("type") not in lib.INCIDENT_TYPES:
                errs.append("%s %s: incident %s type %r" % (name, what, x.get("label"), x.get("type")))
            sk = x.get("sufficient_evidence_key")
            if sk not in seen:
                errs.append("%s %s: sufficient key %r of %s is no item" % (name, what, sk, x.get("label")))
            elif label_of(seen[sk]) != x["label"]:
                errs.append("%s %s: sufficient key %s is labelled %r, not %s"
                            % (name, what, sk, label_of(seen[sk]), x["label"]))
        used = {label_of(i) for _, i in items} - {None}
        for lab in used - set(labels):
            errs.append("%s %s: label %r of the jsonl is no incident" % (name, what, lab))
        for lab in set(labels) - used:
            errs.append("%s %s: incident %r has no item" % (name, what, lab))
        return len(labels)

    n_main = check_reading(truth.get("incidents", []), lambda i: i.get("truth"), "truth")
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in i for _, i in items)
    n_alt = "-"
    if alt:
        if "why" not in alt or "incidents" not in alt:
            errs.append("%s: alternative_reading needs why and incidents" % name)
        n_alt = check_reading(alt.get("incidents", []),
                              lambda i: i["truth_alt"] if "truth_alt" in i else i.get("truth"),
                              "alternative")
        if not has_alt:
            errs.append("%s: alternative reading but no item carries truth_alt" % name)
    elif has_alt:
        errs.append("%s: truth_alt on items but no alternative_reading" % name)
    first = min(ts(i["arrival"]) for _, i in items)
    span = (last - first).total_seconds() / 3600 if last else 0
    bg = sum(1 for _, i in items if i.get("truth") is None)
    c99 = sum(1 for _, i in items if i.get("feed") == "1999")
    summary = ("%s: %d items (%d 1999, %d background), %d incidents, alt %s, %d duplicate deliveries, "
               "%d out of order, span %.1f h" % (name, len(items), c99, bg, n_main, n_alt, dups, late, span))
    return summary, errs


def main():
    bad = []
    for num in NUMBERS:
        summary, errs = check(num)
        if summary:
            print(summary)
        bad += errs
    if bad:
        print("\n".join(bad))
        print("FAILED: %d problems" % len(bad))
        sys.exit(1)
    print("OK: %d situations valid" % len(NUMBERS))


if __name__ == "__main__":
    main()
