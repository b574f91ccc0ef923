"""Validate situations 471-482: parse, keys, labels, sensors, arrival order, duplicates, follows, vocabulary."""
import glob
import json
import os
import sys
from datetime import datetime, timedelta

from lib import OUT, SENSORS

RANGE = range(471, 483)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_ONLY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure", "crowd_control",
                 "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance", "traffic_accident",
                 "wrong_way_driver", "hazmat_report", "road_collapse", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
RULE_KINDS = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"},
              "cleared": {"flood", "water_level", "rain", "vd"}, "sensor_offline": None}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "planned_event": "police", "1999": "citizen", "119": "fire"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]


def ts(v):
    return datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")


def check(num, errors):
    def err(msg):
        errors.append("%d: %s" % (num, msg))

    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(js) != 1:
        err("expected one .jsonl, found %d" % len(js))
        return
    path = js[0]
    tpath = path[:-len(".jsonl")] + ".truth.json"
    if not os.path.exists(tpath):
        err("missing truth file")
        return
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (ln, e))
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    stem = os.path.basename(path)[:-len(".jsonl")]
    if truth.get("situation") != stem:
        err("truth situation %r != %r" % (truth.get("situation"), stem))
    if not (15 <= len(items) <= 80):
        err("%d items (want 15-80)" % len(items))
    labels = {}
    for inc in truth["incidents"]:
        if inc["label"] in labels:
            err("duplicate incident label " + inc["label"])
        labels[inc["label"]] = inc
        if inc["type"] not in TYPES:
            err("incident type %s" % inc["type"])
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"]: i for i in alt["incidents"]} if alt else {}
    if alt:
        for inc in alt["incidents"]:
            if inc["type"] not in TYPES:
                err("alt incident type %s" % inc["type"])
    by_key = {}
    prev = None
    for it in items:
        k = it.get("key")
        for fld in REQUIRED:
            if fld not in it:
                err("%s missing %s" % (k, fld))
        feed = it["feed"]
        if feed not in FEEDS:
            err("%s feed %s" % (k, feed))
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err("%s kind %s for feed %s" % (k, it["kind"], feed))
        if it["category"] not in VOCAB[feed]:
            err("%s category %s not in vocabulary of %s" % (k, it["category"], feed))
        if it["severity"] not in SEVERITIES:
            err("%s severity %s" % (k, it["severity"]))
        if feed in UNKNOWN_ONLY and it["severity"] != "Unknown":
            err("%s severity must be Unknown for %s" % (k, feed))
        if it["agency"] not in AGENCIES:
            err("%s agency %s" % (k, it["agency"]))
        if feed in FEED_AGENCY and feed != "cctv" and it["agency"] != FEED_AGENCY[feed]:
            err("%s agency %s for feed %s" % (k, it["agency"], feed))
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            err("%s outside Taiwan" % k)
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err("%s unknown sensor %s" % (k, sid))
            else:
                s = SENSORS[sid]
                if it["agency"] != s["agency"]:
                    err("%s agency %s != sensor's %s" % (k, it["agency"], s["agency"]))
                if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                    err("%s sensor %s is %s, feed %s" % (k, sid, s["kind"], feed))
                if feed == "rule":
                    kinds = RULE_KINDS[it["category"]]
                    if kinds is not None and s["kind"] not in kinds:
                        err("%s rule %s on a %s sensor" % (k, it["category"], s["kind"]))
                if feed != "cctv" and (abs(it["lon"] - s["lon"]) > 1e-6 or abs(it["lat"] - s["lat"]) > 1e-6):
                    err("%s not at the registered position of %s" % (k, sid))
        elif "sensor_id" in it:
            err("%s has sensor_id on feed %s" % (k, feed))
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                err("%s confidence %r" % (k, c))
        if feed == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
            err("%s level %r" % (k, it.get("level")))
        if feed == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= ts(it["observed"]):
                err("%s planned event without a later end" % k)
        elif ts(it["observed"]) > ts(it["arrival"]) + timedelta(seconds=300):
            err("%s observed more than 300 s after arrival" % k)
        # order and duplicates
        if prev is not None and it["arrival"] < prev:
            err("%s arrives before the previous line" % k)
        prev = it["arrival"]
        if k in by_key:
            a = dict(by_key[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err("%s repeated but not identical" % k)
        else:
            by_key[k] = it
        # labels
        if it["truth"] is not None and it["truth"] not in labels:
            err("%s truth %s not an incident" % (k, it["truth"]))
        if "truth_alt" in it:
            if not alt:
                err("%s truth_alt without an alternative reading" % k)
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                err("%s truth_alt %s not an alternative incident" % (k, it["truth_alt"]))
        elif alt and it["truth"] is not None and it["truth"] not in alt_labels:
            err("%s truth %s missing from the alternative incidents" % (k, it["truth"]))
    for it in by_key.values():
        f = it.get("follows")
        if f is not None and f not in by_key:
            err("%s follows unknown key %s" % (it["key"], f))
        if f == it["key"]:
            err("%s follows itself" % it["key"])
    # incidents: evidence and sufficient keys
    used = {it["truth"] for it in by_key.values()}
    for lab, inc in labels.items():
        if lab not in used:
            err("incident %s has no item" % lab)
        sk = inc["sufficient_evidence_key"]
        if sk not in by_key:
            err("incident %s sufficient key %s missing" % (lab, sk))
        elif by_key[sk]["truth"] != lab:
            err("incident %s sufficient key %s labelled %s" % (lab, sk, by_key[sk]["truth"]))
    if alt:
        alt_used = {it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"] for it in by_key.values()}
        for lab, inc in alt_labels.items():
            if lab not in alt_used:
                err("alt incident %s has no item" % lab)
            sk = inc["sufficient_evidence_key"]
            if sk not in by_key:
                err("alt incident %s sufficient key %s missing" % (lab, sk))
            else:
                it = by_key[sk]
                got = it["truth_alt"] if "truth_alt" in it else it["truth"]
                if got != lab:
                    err("alt incident %s sufficient key %s labelled %s" % (lab, sk, got))
    return len(items), len(labels)


def main():
    errors = []
    for num in RANGE:
        r = check(num, errors)
        if r:
            print("%d: %d items, %d incidents" % (num, r[0], r[1]))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
