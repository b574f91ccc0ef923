"""Validate situations 91-102 (oracle5). Run: python3 validate.py  (exit 1 on any problem)"""
import glob
import json
import os
import sys
from datetime import datetime

from lib import OUT, SENSORS, RULE_KIND, FEED_KIND, dist_m

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
       "arrival", "sensor_id", "text", "truth"]
OPT = {"confidence", "level", "follows", "ends", "truth_alt"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "planned_event": "police"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}


def ts(s):
    assert s.endswith("Z"), s
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, problems):
    name = os.path.basename(path)[:-len(".jsonl")]
    def bad(msg):
        problems.append("%s: %s" % (name, msg))
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except Exception as e:
                bad("line %d does not parse: %s" % (n, e))
                return
    if not (20 <= len(items) <= 150):
        bad("%d items (want 20-150)" % len(items))
    seen = {}
    prev_arr = None
    for it in items:
        k = it.get("key")
        missing = [f for f in REQ if f not in it]
        extra = [f for f in it if f not in REQ and f not in OPT]
        if missing or extra:
            bad("%s missing %s extra %s" % (k, missing, extra))
            continue
        if k in seen:
            a = {f: v for f, v in seen[k].items() if f != "arrival"}
            b = {f: v for f, v in it.items() if f != "arrival"}
            if a != b:
                bad("%s duplicated key with different content" % k)
        else:
            seen[k] = it
        feed = it["feed"]
        if feed not in FEEDS:
            bad("%s feed %s" % (k, feed))
        if (it["kind"] == "alert") != (feed == "rule") or it["kind"] not in ("alert", "event"):
            bad("%s kind %s for feed %s" % (k, it["kind"], feed))
        if it["agency"] not in AGENCIES:
            bad("%s agency %s" % (k, it["agency"]))
        if it["severity"] not in SEV:
            bad("%s severity %s" % (k, it["severity"]))
        if it["category"] not in CATS.get(feed, set()):
            bad("%s category %s not in feed %s vocabulary" % (k, it["category"], feed))
        if not it["text"]:
            bad("%s empty text" % k)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            bad("%s position outside Taiwan" % k)
        arr = ts(it["arrival"])
        ts(it["observed"])
        if prev_arr and arr < prev_arr:
            bad("%s arrival out of order" % k)
        prev_arr = arr
        sid = it["sensor_id"]
        if feed in SENSOR_FEEDS:
            if sid not in SENSORS:
                bad("%s unregistered sensor %s" % (k, sid))
                continue
            sen = SENSORS[sid]
            want = RULE_KIND.get(it["category"]) if feed == "rule" else FEED_KIND.get(feed)
            if want and sen["kind"] != want:
                bad("%s sensor %s kind %s, feed/category wants %s" % (k, sid, sen["kind"], want))
            if it["agency"] != sen["agency"]:
                bad("%s agency %s, sensor's is %s" % (k, it["agency"], sen["agency"]))
            d = dist_m((it["lon"], it["lat"]), (sen["lon"], sen["lat"]))
            if feed != "cctv" and d > 0.5:
                bad("%s not at registered position of %s (%.1f m)" % (k, sid, d))
        else:
            if sid is not None:
                bad("%s sensor_id on non-sensor feed" % k)
            if it["agency"] != FEED_AGENCY[feed]:
                bad("%s agency %s for feed %s" % (k, it["agency"], feed))
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            bad("%s confidence" % k)
        if feed == "cctv" and "confidence" not in it:
            bad("%s cctv without confidence" % k)
        if "level" in it and it["level"] not in LEVELS.get(it["category"], set()):
            bad("%s level %s" % (k, it["level"]))
        if feed == "rule" and it["category"] in LEVELS and "level" not in it:
            bad("%s rule without level" % k)
        if ("ends" in it) != (feed == "planned_event"):
            bad("%s ends only (and always) on planned_event" % k)
        if "ends" in it and ts(it["ends"]) <= ts(it["observed"]):
            bad("%s ends before start" % k)
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            bad("%s follows unknown key %s" % (it["key"], it["follows"]))
        if it.get("follows") == it["key"]:
            bad("%s follows itself" % it["key"])
    # truth
    with open(path[:-len(".jsonl")] + ".truth.json", encoding="utf-8") as fh:
        truth = json.load(fh)
    if truth.get("situation") != name:
        bad("truth situation name %s" % truth.get("situation"))
    for f in truth:
        if f not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            bad("truth extra field %s" % f)
    byk = {it["key"]: it for it in items}
    readings = [("truth", truth["incidents"], lambda it: it["truth"])]
    has_alt = any("truth_alt" in it for it in items)
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            bad("alternative_reading without why")
        readings.append(("alt", ar["incidents"], lambda it: it.get("truth_alt", it["truth"])))
    elif has_alt:
        bad("truth_alt present but no alternative_reading")
    for rname, incs, lab in readings:
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            bad("%s: duplicate labels" % rname)
        used = {lab(it) for it in items} - {None}
        for l in used - set(labels):
            bad("%s: label %s has no incident" % (rname, l))
        for l in set(labels) - used:
            bad("%s: incident %s has no items" % (rname, l))
        for inc in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in inc:
                    bad("%s: incident without %s" % (rname, f))
            sk = inc.get("sufficient_evidence_key")
            if sk not in byk:
                bad("%s: %s sufficient key %s not in file" % (rname, inc["label"], sk))
            elif lab(byk[sk]) != inc["label"]:
                bad("%s: %s sufficient key %s carries %s" % (rname, inc["label"], sk, lab(byk[sk])))
    return len(items), len(truth["incidents"])


def main():
    problems = []
    files = sorted(glob.glob(os.path.join(OUT, "*.jsonl")), key=lambda p: int(os.path.basename(p).split("_")[0]))
    files = [p for p in files if 91 <= int(os.path.basename(p).split("_")[0]) <= 102]  # this set only
    nums = [int(os.path.basename(p).split("_")[0]) for p in files]
    if nums != list(range(91, 103)):
        problems.append("situation numbers %s" % nums)
    for p in files:
        n, k = check(p, problems)
        print("%-55s %3d items %d incidents" % (os.path.basename(p), n, k))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else "%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
