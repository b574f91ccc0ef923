"""Validate situations 351-362: parsing, keys and duplicates, labels vs truth, sensors, arrival order."""
import glob
import json
import os
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
FIELDS = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
          "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {x["properties"]["sensor_id"]: (x["geometry"]["coordinates"][0], x["geometry"]["coordinates"][1],
                                           x["properties"]["kind"], x["properties"]["agency"]) for x in d["features"]}


def check(path, reg, errs):
    base = os.path.basename(path)[:-len(".jsonl")]
    num = int(base.split("_")[0])
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errs.append("%s:%d: does not parse: %s" % (base, n, e))
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except Exception as e:  # noqa: BLE001
        errs.append("%s: truth file: %s" % (base, e))
        return 0
    def err(msg):
        errs.append("%s: %s" % (base, msg))
    if truth.get("situation") != base:
        err("truth situation %r" % truth.get("situation"))
    seen = {}
    prev = None
    for it in items:
        k = it.get("key")
        for r in REQUIRED:
            if r not in it:
                err("%s lacks %s" % (k, r))
        for f_ in it:
            if f_ not in FIELDS:
                err("%s has unknown field %s" % (k, f_))
        if it["kind"] not in KINDS or it["feed"] not in FEEDS or it["agency"] not in AGENCIES:
            err("%s kind/feed/agency %s/%s/%s" % (k, it["kind"], it["feed"], it["agency"]))
        if (it["kind"] == "alert") != (it["feed"] == "rule"):
            err("%s kind %s with feed %s" % (k, it["kind"], it["feed"]))
        if it["severity"] not in SEVERITIES:
            err("%s severity %s" % (k, it["severity"]))
        if it["feed"] not in ("rule", "incident") and it["severity"] != "Unknown" and it["feed"] != "119":
            err("%s: feed %s gives no severity" % (k, it["feed"]))
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            err("%s outside Taiwan" % k)
        obs, arr = ts(it["observed"]), ts(it["arrival"])
        if prev and arr < prev:
            err("%s arrives before the previous line" % k)
        prev = arr
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in reg:
                err("%s unknown sensor %s" % (k, sid))
            else:
                lon, lat, kind, agency = reg[sid]
                if abs(lon - it["lon"]) > 1e-9 or abs(lat - it["lat"]) > 1e-9:
                    err("%s not at %s's registered position" % (k, sid))
                if it["feed"] in FEED_KIND and FEED_KIND[it["feed"]] != kind:
                    err("%s feed %s but %s is %s" % (k, it["feed"], sid, kind))
                if agency != it["agency"]:
                    err("%s agency %s, sensor's %s" % (k, it["agency"], agency))
        elif "sensor_id" in it:
            err("%s: sensor_id on feed %s" % (k, it["feed"]))
        if it["feed"] == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
            err("%s level %r" % (k, it.get("level")))
        if "confidence" in it and (it["feed"] != "cctv" or not 0 <= it["confidence"] <= 1):
            err("%s confidence" % k)
        if it["feed"] == "cctv" and "confidence" not in it:
            err("%s cctv without confidence" % k)
        if "ends" in it:
            if it["feed"] != "planned_event" or ts(it["ends"]) <= obs:
                err("%s ends" % k)
        elif it["feed"] == "planned_event":
            err("%s permit without ends" % k)
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                err("key %s repeated with different fields" % k)
            if arr < ts(seen[k]["arrival"]):
                err("duplicate %s before original" % k)
        else:
            seen[k] = it
    for it in items:
        fo = it.get("follows")
        if fo is not None and (fo not in seen or fo == it["key"]):
            err("%s follows unknown %s" % (it["key"], fo))
    # labels
    labels = {i["label"] for i in truth["incidents"]}
    if len(labels) != len(truth["incidents"]):
        err("duplicate incident labels")
    used = {it["truth"] for it in items if it["truth"] is not None}
    if used - labels:
        err("labels without incident: %s" % (used - labels))
    if labels - used:
        err("incidents without items: %s" % (labels - used))
    for inc in truth["incidents"]:
        sk = inc.get("sufficient_evidence_key")
        if sk not in seen or seen[sk]["truth"] != inc["label"]:
            err("incident %s sufficient key %s" % (inc["label"], sk))
        for f_ in ("type", "description"):
            if not inc.get(f_):
                err("incident %s lacks %s" % (inc["label"], f_))
    has_alt = any("truth_alt" in it for it in items)
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        err("truth_alt without alternative_reading")
    if alt:
        if not alt.get("why"):
            err("alternative_reading without why")
        alabels = {i["label"] for i in alt["incidents"]}
        aused = {(it["truth_alt"] if "truth_alt" in it else it["truth"]) for it in items} - {None}
        if aused - alabels:
            err("alt labels without incident: %s" % (aused - alabels))
        if alabels - aused:
            err("alt incidents without items: %s" % (alabels - aused))
        for inc in alt["incidents"]:
            sk = inc.get("sufficient_evidence_key")
            lab = (seen[sk]["truth_alt"] if "truth_alt" in seen[sk] else seen[sk]["truth"]) if sk in seen else None
            if lab != inc["label"]:
                err("alt incident %s sufficient key %s" % (inc["label"], sk))
    # sizes
    for lab in labels:
        n = sum(1 for it in items if it["truth"] == lab)
        if not 5 <= n <= 60:
            err("incident %s has %d items (5-60 expected)" % (lab, n))
    if not 351 <= num <= 362:
        err("number out of range")
    return len(items)


def main():
    reg = sensors()
    errs = []
    files = sorted(glob.glob(os.path.join(OUT, "3[56][0-9]_*.jsonl")))
    files = [f for f in files if 351 <= int(os.path.basename(f).split("_")[0]) <= 362]
    total = 0
    for p in files:
        n = check(p, reg, errs)
        total += n
        print("%-50s %3d items" % (os.path.basename(p), n))
    if len(files) != 12:
        errs.append("expected 12 situations, found %d" % len(files))
    for e in errs:
        print("ERROR", e)
    print("%d situations, %d items, %d errors" % (len(files), total, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
