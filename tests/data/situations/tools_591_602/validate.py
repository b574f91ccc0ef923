"""Validate situations 591-602.

Checks: every file parses; keys unique except true duplicates (same key, every field
equal except `arrival`, later arrival); labels consistent with the truth file (main
and alternative reading); sensor ids registered, at their registered position and
with their agency; arrival order; `follows` keys exist; field enums.
With --regen: regenerates into a temporary folder and checks byte identity.
Exit 1 on any problem.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.abspath(os.path.join(HERE, ".."))
RANGE = range(591, 603)

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status",
         "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
ALLOWED = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
           "arrival", "sensor_id", "text", "confidence", "level", "follows", "ends", "truth",
           "truth_alt"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "truth"]
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"],
                                             ft["properties"]["agency"], ft["properties"]["kind"])
            for ft in fc["features"]}


def tstamp(v):
    from datetime import datetime
    return datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")


def check_situation(jl, sensors, errs):
    name = os.path.basename(jl)[:-6]
    tf = jl[:-6] + ".truth.json"
    e = lambda m: errs.append("%s: %s" % (name, m))
    items = []
    with open(jl, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as x:
                e("line %d does not parse: %s" % (n, x))
    try:
        with open(tf, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as x:
        e("truth file: %s" % x)
        return 0
    if not 25 <= len(items) <= 120:
        e("%d items (want 25-120)" % len(items))
    if truth.get("situation") != name:
        e("truth situation name %r" % truth.get("situation"))
    seen = {}
    prev = None
    for it in items:
        k = it.get("key")
        for r in REQUIRED:
            if r not in it:
                e("%s lacks %s" % (k, r))
        extra = set(it) - ALLOWED
        if extra:
            e("%s unknown fields %s" % (k, sorted(extra)))
        if it.get("kind") not in KINDS or it.get("feed") not in FEEDS or \
                it.get("agency") not in AGENCIES or it.get("severity") not in SEVS:
            e("%s bad enum kind/feed/agency/severity" % k)
        if (it.get("kind") == "alert") != (it.get("feed") == "rule"):
            e("%s kind/feed mismatch" % k)
        try:
            arr = tstamp(it["arrival"])
            tstamp(it["observed"])
            if "ends" in it:
                if tstamp(it["ends"]) <= tstamp(it["observed"]):
                    e("%s ends before start" % k)
        except (KeyError, ValueError) as x:
            e("%s bad time %s" % (k, x))
            continue
        if prev is not None and arr < prev:
            e("%s out of arrival order" % k)
        prev = arr
        if k in seen:
            a = dict(seen[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                e("%s key reused with different fields" % k)
            elif it["arrival"] <= seen[k]["arrival"]:
                e("%s duplicate not later" % k)
        else:
            seen[k] = it
        feed = it.get("feed")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                e("%s unknown sensor %r" % (k, sid))
            else:
                (lon, lat), ag, kind = sensors[sid]
                if it["lon"] != lon or it["lat"] != lat:
                    e("%s not at %s's registered position" % (k, sid))
                if it["agency"] != ag:
                    e("%s agency %s != sensor's %s" % (k, it["agency"], ag))
                want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                        "cctv": "cctv"}.get(feed)
                if want and kind != want:
                    e("%s sensor %s is a %s, not %s" % (k, sid, kind, want))
        else:
            if "sensor_id" in it:
                e("%s sensor_id on a %s item" % (k, feed))
            if it.get("agency") != FEED_AGENCY[feed]:
                e("%s agency for feed %s" % (k, feed))
        if ("confidence" in it) != (feed == "cctv"):
            e("%s confidence only (and always) on cctv" % k)
        elif "confidence" in it and not 0 <= it["confidence"] <= 1:
            e("%s confidence range" % k)
        if ("ends" in it) != (feed == "planned_event"):
            e("%s ends only (and always) on planned_event" % k)
        if feed in {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
                    "planned_event"} and it.get("severity") != "Unknown":
            e("%s severity should be Unknown for %s" % (k, feed))
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            e("%s position outside Taiwan" % k)
    for it in items:
        f = it.get("follows")
        if f is not None and f not in seen:
            e("%s follows unknown key %s" % (it["key"], f))
        if f == it["key"]:
            e("%s follows itself" % it["key"])

    def check_reading(incidents, labelf, tag):
        labels = [i["label"] for i in incidents]
        if len(set(labels)) != len(labels):
            e("%s duplicate incident labels" % tag)
        for inc in incidents:
            if inc.get("type") not in TYPES:
                e("%s incident %s type %r" % (tag, inc.get("label"), inc.get("type")))
            for fld in ("label", "type", "description", "sufficient_evidence_key"):
                if not inc.get(fld):
                    e("%s incident lacks %s" % (tag, fld))
        used = {}
        for it in seen.values():
            lab = labelf(it)
            if lab is not None:
                if lab not in labels:
                    e("%s item %s label %s not in incidents" % (tag, it["key"], lab))
                used[lab] = used.get(lab, 0) + 1
        for inc in incidents:
            if inc["label"] not in used:
                e("%s incident %s has no items" % (tag, inc["label"]))
            sk = inc.get("sufficient_evidence_key")
            if sk not in seen:
                e("%s sufficient_evidence_key %s unknown" % (tag, sk))
            elif labelf(seen[sk]) != inc["label"]:
                e("%s sufficient_evidence_key %s not labelled %s" % (tag, sk, inc["label"]))

    check_reading(truth.get("incidents", []), lambda it: it["truth"], "main")
    has_alt = any("truth_alt" in it for it in items)
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            e("alternative_reading lacks why")
        check_reading(ar.get("incidents", []),
                      lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"], "alt")
        if not has_alt:
            e("alternative_reading but no item has truth_alt")
    elif has_alt:
        e("truth_alt on items but no alternative_reading")
    return len(items)


def regen_check(errs):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, SITUATION_OUT_DIR=tmp)
        for g in ("gen_a.py", "gen_b.py"):
            subprocess.run([sys.executable, os.path.join(HERE, g)], env=env, check=True,
                           stdout=subprocess.DEVNULL, cwd=HERE)
        made = sorted(os.listdir(tmp))
        for fn in made:
            with open(os.path.join(tmp, fn), "rb") as a, open(os.path.join(DATA, fn), "rb") as b:
                if a.read() != b.read():
                    errs.append("%s: regenerated file differs" % fn)
        shipped = sorted(os.path.basename(p) for p in glob.glob(os.path.join(DATA, "[0-9]*_*.json*")))
        if shipped != made:
            errs.append("shipped files %s != generated %s" % (shipped, made))


def main():
    sensors = load_sensors()
    errs = []
    files = sorted(glob.glob(os.path.join(DATA, "[0-9][0-9][0-9]_*.jsonl")))
    nums = sorted(int(os.path.basename(f)[:3]) for f in files)
    if nums != list(RANGE):
        errs.append("situations %s, want %s" % (nums, list(RANGE)))
    total = 0
    for jl in files:
        n = check_situation(jl, sensors, errs)
        total += n
        print("%-40s %3d items" % (os.path.basename(jl), n))
    if "--regen" in sys.argv:
        regen_check(errs)
    for m in errs:
        print("ERROR", m)
    print("%d situations, %d items, %d problems" % (len(files), total, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
