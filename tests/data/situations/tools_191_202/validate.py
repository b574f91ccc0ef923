#!/usr/bin/env python3
"""Validate situations 191..202 (stdlib only). Exit 1 with every problem listed."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FIXED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
UNKNOWN_SEV_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (os.path.basename(f), msg))


def check(jf):
    tf = jf[:-len(".jsonl")] + ".truth.json"
    if not os.path.exists(tf):
        bad(jf, "no truth file")
        return None
    items = []
    with open(jf, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                it = json.loads(line)
            except ValueError as e:
                bad(jf, "line %d does not parse: %s" % (n, e))
                continue
            it["_line"] = n
            items.append(it)
    truth = json.load(open(tf, encoding="utf-8"))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            bad(tf, "truth misses %s" % k)
    if truth.get("situation") != os.path.basename(jf)[:-6]:
        bad(tf, "situation name differs from file name")
    if not 15 <= len(items) <= 80:
        bad(jf, "%d items (want 15..80)" % len(items))
    seen = {}
    prev = ""
    for it in items:
        ln = it["_line"]
        for k in REQ:
            if k not in it:
                bad(jf, "line %d misses %s" % (ln, k))
        extra = set(it) - set(REQ) - OPT - {"_line"}
        if extra:
            bad(jf, "line %d unknown fields %s" % (ln, sorted(extra)))
        if any(k not in it for k in REQ):
            continue
        feed = it["feed"]
        if feed not in FEEDS:
            bad(jf, "line %d feed %s" % (ln, feed))
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            bad(jf, "line %d kind %s for feed %s" % (ln, it["kind"], feed))
        if it["agency"] not in AGENCIES:
            bad(jf, "line %d agency %s" % (ln, it["agency"]))
        if feed in FIXED_AGENCY and it["agency"] != FIXED_AGENCY[feed]:
            bad(jf, "line %d agency %s for feed %s" % (ln, it["agency"], feed))
        if it["severity"] not in SEVS:
            bad(jf, "line %d severity %s" % (ln, it["severity"]))
        if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown":
            bad(jf, "line %d feed %s must have severity Unknown" % (ln, feed))
        for k in ("observed", "arrival"):
            if not TS.match(it[k]):
                bad(jf, "line %d %s not ISO UTC" % (ln, k))
        if it["arrival"] < prev:
            bad(jf, "line %d out of arrival order" % ln)
        prev = it["arrival"]
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            bad(jf, "line %d outside Taiwan box" % ln)
        if not isinstance(it["text"], str) or not it["text"]:
            bad(jf, "line %d empty text" % ln)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                bad(jf, "line %d sensor %s not registered" % (ln, sid))
            else:
                f = SENSORS[sid]
                lon, lat = f["geometry"]["coordinates"]
                if (it["lon"], it["lat"]) != (lon, lat):
                    bad(jf, "line %d sensor %s not at its registered position" % (ln, sid))
                kind = f["properties"]["kind"]
                if it["agency"] != f["properties"]["agency"]:
                    bad(jf, "line %d agency %s but sensor agency %s" % (ln, it["agency"], f["properties"]["agency"]))
                if feed in ("fire_alarm", "signal", "parking", "cctv") and kind != feed:
                    bad(jf, "line %d sensor kind %s on feed %s" % (ln, kind, feed))
                if feed == "rule" and it["category"] in RULE_KIND and kind != RULE_KIND[it["category"]]:
                    bad(jf, "line %d rule %s on a %s sensor" % (ln, it["category"], kind))
        elif "sensor_id" in it:
            bad(jf, "line %d sensor_id on feed %s" % (ln, feed))
        if ("confidence" in it) != (feed == "cctv"):
            bad(jf, "line %d confidence only (and always) on cctv" % ln)
        elif feed == "cctv" and not 0 <= it["confidence"] <= 1:
            bad(jf, "line %d confidence out of 0..1" % ln)
        if ("ends" in it) != (feed == "planned_event"):
            bad(jf, "line %d ends only (and always) on planned_event" % ln)
        cat = it["category"]
        if feed == "rule" and cat in LEVELS:
            if it.get("level") not in LEVELS[cat]:
                bad(jf, "line %d level %r for %s" % (ln, it.get("level"), cat))
            elif LEVELS[cat][it["level"]] != it["severity"]:
                bad(jf, "line %d severity %s does not match level %s" % (ln, it["severity"], it["level"]))
        elif "level" in it:
            bad(jf, "line %d level on %s/%s" % (ln, feed, cat))
        body = {k: v for k, v in it.items() if k not in ("arrival", "_line")}
        if it["key"] in seen:
            if seen[it["key"]] != body:
                bad(jf, "line %d duplicate key %s differs in more than arrival" % (ln, it["key"]))
        else:
            seen[it["key"]] = body
    keys = set(seen)
    for k, b in seen.items():
        if "follows" in b and b["follows"] not in keys:
            bad(jf, "%s follows unknown key %s" % (k, b["follows"]))
        if "follows" in b and b["follows"] == k:
            bad(jf, "%s follows itself" % k)
    # labels
    incs = truth.get("incidents", [])
    labels = [i["label"] for i in incs]
    if len(set(labels)) != len(labels):
        bad(tf, "duplicate incident labels")
    for i in incs:
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if not i.get(k):
                bad(tf, "incident %s misses %s" % (i.get("label"), k))
    used = {b["truth"] for b in seen.values()} - {None}
    if used != set(labels):
        bad(tf, "labels in items %s != incidents %s" % (sorted(used), sorted(labels)))
    for i in incs:
        sk = i.get("sufficient_evidence_key")
        if sk not in seen:
            bad(tf, "incident %s sufficient key %s not an item" % (i["label"], sk))
        elif seen[sk]["truth"] != i["label"]:
            bad(tf, "incident %s sufficient key %s labelled %s" % (i["label"], sk, seen[sk]["truth"]))
    has_alt = any("truth_alt" in b for b in seen.values())
    alt = truth.get("alternative_reading")
    if has_alt != bool(alt):
        bad(tf, "truth_alt present=%s but alternative_reading present=%s" % (has_alt, bool(alt)))
    if alt:
        if not alt.get("why"):
            bad(tf, "alternative_reading misses why")
        alabels = [i["label"] for i in alt.get("incidents", [])]
        aused = {b.get("truth_alt", b["truth"]) for b in seen.values()} - {None}
        if aused != set(alabels):
            bad(tf, "alt labels in items %s != alt incidents %s" % (sorted(aused), sorted(alabels)))
        for i in alt.get("incidents", []):
            sk = i.get("sufficient_evidence_key")
            if sk not in seen or seen[sk].get("truth_alt", seen[sk]["truth"]) != i["label"]:
                bad(tf, "alt incident %s sufficient key %s wrong" % (i["label"], sk))
        for b in seen.values():
            if "truth_alt" in b and b["truth_alt"] == b["truth"]:
                bad(jf, "%s truth_alt equals truth" % b["key"])
    return {"lines": len(items), "keys": len(seen), "noise": sum(1 for b in seen.values() if b["truth"] is None),
            "incidents": len(incs), "alt": len(alt["incidents"]) if alt else 0}


def main():
    files = sorted(f for f in glob.glob(os.path.join(OUT, "*.jsonl"))
                   if re.match(r"^(19[1-9]|20[0-2])_", os.path.basename(f)))
    if len(files) != 12:
        problems.append("expected 12 situations 191..202, found %d" % len(files))
    for f in files:
        r = check(f)
        if r:
            print("%-45s lines=%2d keys=%2d noise=%2d incidents=%d alt=%d" % (
                os.path.basename(f), r["lines"], r["keys"], r["noise"], r["incidents"], r["alt"]))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("OK: %d situations valid" % len(files))


if __name__ == "__main__":
    main()
