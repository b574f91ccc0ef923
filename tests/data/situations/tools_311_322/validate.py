"""Validate situations 311-322: python3 validate.py  (exit 1 on any problem)."""
import datetime as dt
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as fh:
    SENSORS = {f["properties"]["sensor_id"]: f for f in json.load(fh)["features"]}

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "hazmat_report", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "water_outage",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
SEV_OF_LEVEL = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe", "3": "Moderate", "2": "Severe",
                "1": "Extreme", "大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
ZONE_BOX = (120.60, 120.74, 24.15, 24.235)   # union of the district polygons (study area)


def ts(s):
    assert s.endswith("Z"), s
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path):
    errs = []
    stem = os.path.basename(path)[:-6]
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append((n, json.loads(line)))
            except Exception as e:  # noqa
                errs.append("%s:%d: not JSON: %s" % (stem, n, e))
    tpath = path[:-6] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as fh:
            truth = json.load(fh)
    except Exception as e:  # noqa
        return errs + ["%s: truth file: %s" % (stem, e)], 0
    if truth.get("situation") != stem:
        errs.append("%s: situation name %r" % (stem, truth.get("situation")))
    first = {}
    prev_arr = None
    for n, it in items:
        w = lambda m: errs.append("%s:%d %s: %s" % (stem, n, it.get("key"), m))
        for f in REQUIRED:
            if f not in it:
                w("missing " + f)
        if any(f not in it for f in REQUIRED):
            continue
        if it["kind"] not in KINDS or it["feed"] not in FEEDS or it["agency"] not in AGENCIES:
            w("bad kind/feed/agency")
        if (it["kind"] == "alert") != (it["feed"] == "rule"):
            w("kind alert iff feed rule")
        if it["severity"] not in SEVERITIES:
            w("bad severity")
        if it["category"] not in CATS.get(it["feed"], ()):
            w("category %r not allowed in feed %s" % (it["category"], it["feed"]))
        try:
            obs, arr = ts(it["observed"]), ts(it["arrival"])
        except Exception:
            w("bad time")
            continue
        if prev_arr and arr < prev_arr:
            w("arrival order")
        prev_arr = arr
        if it["feed"] != "planned_event" and obs > arr + dt.timedelta(seconds=300):
            w("observed more than 300 s after arrival (ingest would quarantine)")
        lo0, lo1, la0, la1 = ZONE_BOX
        if not (lo0 <= it["lon"] <= lo1 and la0 <= it["lat"] <= la1):
            w("position outside the study area")
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                w("unknown sensor %r" % sid)
            else:
                f = SENSORS[sid]
                if [it["lon"], it["lat"]] != f["geometry"]["coordinates"]:
                    w("sensor %s not at its registered position" % sid)
                if f["properties"]["agency"] != it["agency"]:
                    w("agency differs from sensor's")
                k = KIND_OF_FEED.get(it["feed"])
                if k and f["properties"]["kind"] != k:
                    w("sensor kind %s for feed %s" % (f["properties"]["kind"], it["feed"]))
        elif "sensor_id" in it:
            w("sensor_id on a non-sensor feed")
        if it["feed"] in ("fire_alarm", "signal", "parking", "status", "cctv", "1999", "119", "planned_event") and it["severity"] != "Unknown":
            w("severity must be Unknown for this feed")
        if it["category"] in LEVELS:
            if it.get("level") not in LEVELS[it["category"]]:
                w("bad level")
            elif SEV_OF_LEVEL[it["level"]] != it["severity"]:
                w("severity does not match level")
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            w("cctv needs confidence 0-1")
        if it["feed"] == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= obs:
                w("planned event needs ends after observed")
        key = it["key"]
        if key in first:
            a = {k: v for k, v in first[key].items() if k != "arrival"}
            b = {k: v for k, v in it.items() if k != "arrival"}
            if a != b:
                w("duplicate key with different fields")
            if ts(it["arrival"]) <= ts(first[key]["arrival"]):
                w("duplicate does not arrive later")
        else:
            first[key] = it
    keys = set(first)
    for k, it in first.items():
        if "follows" in it and (it["follows"] not in keys or it["follows"] == k):
            errs.append("%s %s: follows unknown key %r" % (stem, k, it["follows"]))
    # labels
    inc = {i["label"]: i for i in truth.get("incidents", [])}
    for i in truth.get("incidents", []):
        if i["type"] not in TYPES:
            errs.append("%s: incident %s type %r" % (stem, i["label"], i["type"]))
    used = {}
    for it in first.values():
        if it["truth"] is not None:
            used[it["truth"]] = used.get(it["truth"], 0) + 1
    if set(used) != set(inc):
        errs.append("%s: labels in items %s != incidents %s" % (stem, sorted(used), sorted(inc)))
    for lab, i in inc.items():
        s = first.get(i["sufficient_evidence_key"])
        if s is None or s["truth"] != lab:
            errs.append("%s: sufficient_evidence_key of %s is not one of its items" % (stem, lab))
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in it for it in first.values())
    if has_alt and not alt:
        errs.append("%s: truth_alt used without alternative_reading" % stem)
    if alt:
        ainc = {i["label"]: i for i in alt["incidents"]}
        aused = set()
        for it in first.values():
            lab = it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
            if lab is not None:
                aused.add(lab)
        if aused != set(ainc):
            errs.append("%s: alt labels %s != alt incidents %s" % (stem, sorted(aused), sorted(ainc)))
        for lab, i in ainc.items():
            s = first.get(i["sufficient_evidence_key"])
            if s is None or (s["truth_alt"] if "truth_alt" in s else s["truth"]) != lab:
                errs.append("%s: alt sufficient_evidence_key of %s wrong" % (stem, lab))
            if i["type"] not in TYPES:
                errs.append("%s: alt incident %s type %r" % (stem, lab, i["type"]))
    return errs, len(items), used


def main():
    paths = sorted(glob.glob(os.path.join(DATA, "3[1-2][0-9]_*.jsonl")))
    paths = [p for p in paths if 311 <= int(os.path.basename(p)[:3]) <= 322]
    allerr = []
    if len(paths) != 12:
        allerr.append("expected 12 situations, found %d" % len(paths))
    for p in paths:
        r = check(p)
        errs, n = r[0], r[1]
        allerr += errs
        print("%-45s %3d items  %s" % (os.path.basename(p)[:-6], n, r[2] if len(r) > 2 else ""))
    # reproducibility: regenerate into a temporary folder and compare bytes
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ORACLE_OUT=tmp)
        for g in ("gen_a.py", "gen_b.py"):
            subprocess.run([sys.executable, os.path.join(HERE, g)], env=env, check=True,
                           stdout=subprocess.DEVNULL, cwd=HERE)
        for p in paths:
            for q in (p, p[:-6] + ".truth.json"):
                with open(q, "rb") as a, open(os.path.join(tmp, os.path.basename(q)), "rb") as b:
                    if a.read() != b.read():
                        allerr.append("not reproducible: " + os.path.basename(q))
    for e in allerr:
        print("ERROR", e)
    print("OK" if not allerr else "%d problems" % len(allerr))
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
