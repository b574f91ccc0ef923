"""Checks every situation file of set o110. Exit 1 with the problems listed."""
import glob
import json
import os
import sys

from lib import OUT, REG, GATEWAYS, parse_iso

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status",
         "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking",
                "cctv": "cctv"}
CLOSED = {
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "status": {"offline", "online"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market",
                      "festival"},
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline",
             "cleared", "water_level_falling"},
}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme",
                         "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure",
         "hazmat", "planned_event", "flood_risk"}
FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
          "arrival", "sensor_id", "text", "confidence", "reason", "status", "level", "follows",
          "ends", "radius_m", "permit_status", "gateway", "truth", "truth_alt"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119",
               "planned_event"}


def check(stem, problems):
    def bad(msg):
        problems.append("%s: %s" % (stem, msg))

    num = stem.split("_")[0]
    lines = []
    with open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            try:
                lines.append(json.loads(raw))
            except ValueError as e:
                bad("line %d does not parse: %s" % (i, e))
    with open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)

    first = {}
    prev_arrival = None
    for i, it in enumerate(lines, 1):
        extra = set(it) - FIELDS
        if extra:
            bad("line %d unknown fields %s" % (i, sorted(extra)))
        for f in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat",
                  "observed", "arrival", "text", "truth"):
            if f not in it:
                bad("line %d lacks %s" % (i, f))
        k = it.get("key", "")
        if not k.startswith(num + "-"):
            bad("line %d key %s lacks the prefix %s-" % (i, k, num))
        arr = parse_iso(it["arrival"])
        obs = parse_iso(it["observed"])
        if prev_arrival and arr < prev_arrival:
            bad("line %d (%s) arrives before the line above" % (i, k))
        prev_arrival = arr
        if k in first:
            a = dict(first[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                bad("duplicate %s differs in more than arrival" % k)
            continue
        first[k] = it
        feed = it["feed"]
        if feed not in FEEDS:
            bad("%s feed %s" % (k, feed))
        if it["agency"] not in AGENCIES:
            bad("%s agency %s" % (k, it["agency"]))
        if it["severity"] not in SEVERITIES:
            bad("%s severity %s" % (k, it["severity"]))
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            bad("%s severity must be Unknown for %s" % (k, feed))
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            bad("%s kind %s for feed %s" % (k, it["kind"], feed))
        if feed in CLOSED and it["category"] not in CLOSED[feed]:
            bad("%s category %s not allowed in %s" % (k, it["category"], feed))
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            bad("%s position outside Taiwan" % k)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in REG:
                bad("%s sensor %s not registered" % (k, sid))
            else:
                s = REG[sid]
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    bad("%s sensor %s not at its registered position" % (k, sid))
                if feed in KIND_OF_FEED and s["kind"] != KIND_OF_FEED[feed]:
                    bad("%s sensor %s is a %s, not %s" % (k, sid, s["kind"], feed))
                if feed in ("rule", "status") and it["agency"] != s["agency"]:
                    bad("%s agency %s, the sensor's is %s" % (k, it["agency"], s["agency"]))
        elif "sensor_id" in it:
            bad("%s sensor_id on a %s item" % (k, feed))
        if feed == "planned_event":
            if "ends" not in it or parse_iso(it["ends"]) <= obs:
                bad("%s planned event without a later end" % k)
            if arr > obs and it.get("permit_status") in (None, "approved"):
                pass
        else:
            if "ends" in it:
                bad("%s ends on a %s item" % (k, feed))
            if arr < obs:
                bad("%s arrives before it was observed" % k)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            bad("%s radius_m" % k)
        if "permit_status" in it and (feed != "planned_event" or it["permit_status"] not in PERMIT):
            bad("%s permit_status" % k)
        if "reason" in it and (feed != "status" or it["category"] != "offline"
                               or it["reason"] not in REASONS):
            bad("%s reason" % k)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            bad("%s status" % k)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
            bad("%s gateway" % k)
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            bad("%s confidence" % k)
        if feed == "cctv" and "confidence" not in it:
            bad("%s cctv without confidence" % k)
        if "level" in it:
            if feed != "rule":
                bad("%s level on a %s item" % (k, feed))
            elif it["category"] in LEVELS:
                want = LEVELS[it["category"]].get(it["level"])
                if want is None or want != it["severity"]:
                    bad("%s level %s / severity %s" % (k, it["level"], it["severity"]))
        elif feed == "rule" and it["category"] in LEVELS:
            bad("%s %s alert without level" % (k, it["category"]))
    items = list(first.values())
    keys = set(first)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            bad("%s follows unknown key %s" % (it["key"], it["follows"]))
        if it.get("follows") == it["key"]:
            bad("%s follows itself" % it["key"])
    if not 20 <= len(items) <= 150:
        bad("%d items (want 20-150)" % len(items))

    # truth
    if truth.get("situation") != stem:
        bad("truth situation %s" % truth.get("situation"))

    def reading(incs, lab_of, name):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            bad("%s: labels repeated" % name)
        used = {}
        for it in items:
            lab = lab_of(it)
            if lab is not None:
                used.setdefault(lab, []).append(it)
        for lab in used:
            if lab not in labels:
                bad("%s: label %s used by items but not in the incidents" % (name, lab))
        for inc in incs:
            if inc.get("type") not in TYPES:
                bad("%s: %s type %s" % (name, inc["label"], inc.get("type")))
            if not inc.get("description"):
                bad("%s: %s without description" % (name, inc["label"]))
            if inc["label"] not in used:
                bad("%s: incident %s has no item" % (name, inc["label"]))
            sk = inc.get("sufficient_evidence_key")
            if sk not in first:
                bad("%s: %s opening key %s unknown" % (name, inc["label"], sk))
            elif lab_of(first[sk]) != inc["label"]:
                bad("%s: %s opening key %s belongs to %s" % (name, inc["label"], sk,
                                                            lab_of(first[sk])))

    reading(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt and "alternative_reading" not in truth:
        bad("truth_alt used without an alternative_reading")
    if "alternative_reading" in truth:
        alt = truth["alternative_reading"]
        if not alt.get("why"):
            bad("alternative_reading without why")
        if not has_alt:
            bad("alternative_reading but no item has truth_alt")
        reading(alt["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it
                else it["truth"], "alternative")
    for it in items:
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            bad("%s truth_alt equals truth" % it["key"])
    return len(items), len(lines)


def main():
    problems = []
    stems = sorted(os.path.basename(p)[:-6] for p in [p for p in glob.glob(os.path.join(OUT, "*.jsonl")) if os.path.basename(p).split("_")[0].isdigit() and 2191 <= int(os.path.basename(p).split("_")[0]) <= 2202])
    nums = [int(s.split("_")[0]) for s in stems]
    if nums != list(range(2191, 2203)):
        problems.append("situations %s, want 2191-2202" % nums)
    for stem in stems:
        if not os.path.exists(os.path.join(OUT, stem + ".truth.json")):
            problems.append("%s: no truth file" % stem)
            continue
        n, m = check(stem, problems)
        print("%-40s %3d items %3d lines" % (stem, n, m))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
