"""Validate situations 1731-1742: parse, keys, labels, registered sensors, arrival order, duplicates."""
import glob
import json
import os
import sys

sys.dont_write_bytecode = True
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.path.insert(0, HERE)
from lib import SENSORS, GATEWAYS, SENSOR_FEEDS  # noqa: E402

NUMS = range(1731, 1743)
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status",
       "gateway", "truth_alt"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"}, "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "hazmat_report", "evacuation", "missing_person", "other",
                 "medical", "wrong_way_driver", "road_collapse"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "power_outage",
             "rescue", "missing_person", "water_outage", "evacuation", "fallen_object", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def main():
    problems = []
    files = []
    for n in NUMS:
        j = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
        t = glob.glob(os.path.join(OUT, "%d_*.truth.json" % n))
        if len(j) != 1 or len(t) != 1:
            problems.append("%d: expected one jsonl and one truth file" % n)
            continue
        files.append((n, j[0], t[0]))
    for n, jp, tp in files:
        def bad(msg, ln=None):
            problems.append("%s%s: %s" % (os.path.basename(jp), (":%d" % ln) if ln else "", msg))
        items = []
        with open(jp, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    items.append((ln, json.loads(line)))
                except ValueError as e:
                    bad("does not parse: %s" % e, ln)
        try:
            with open(tp, encoding="utf-8") as f:
                truth = json.load(f)
        except ValueError as e:
            bad("truth does not parse: %s" % e)
            continue
        if not 20 <= len(items) <= 150:
            bad("%d items (20-150 wanted)" % len(items))
        labels = {i["label"] for i in truth.get("incidents", [])}
        alt = truth.get("alternative_reading")
        alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
        if truth.get("situation") != os.path.basename(jp)[:-6]:
            bad("truth situation name differs from the file name")
        seen = {}
        prev = None
        has_alt = False
        for ln, it in items:
            for k in REQ:
                if k not in it:
                    bad("missing key %s" % k, ln)
            for k in it:
                if k not in REQ and k not in OPT:
                    bad("unknown key %s" % k, ln)
            feed = it.get("feed")
            if feed not in FEEDS:
                bad("feed %r" % feed, ln)
                continue
            if it.get("kind") != ("alert" if feed == "rule" else "event"):
                bad("kind %r for feed %s" % (it.get("kind"), feed), ln)
            if it.get("agency") not in AGENCIES:
                bad("agency %r" % it.get("agency"), ln)
            if it.get("severity") not in SEVS:
                bad("severity %r" % it.get("severity"), ln)
            if it.get("category") not in CATS[feed]:
                bad("category %r in feed %s" % (it.get("category"), feed), ln)
            try:
                obs, arr = ts(it["observed"]), ts(it["arrival"])
            except (KeyError, ValueError):
                bad("bad time", ln)
                continue
            if prev and arr < prev:
                bad("arrival out of order", ln)
            prev = arr
            if not (120.5 < it["lon"] < 120.8 and 24.05 < it["lat"] < 24.3):
                bad("position outside the study area", ln)
            sid = it.get("sensor_id")
            if feed in SENSOR_FEEDS:
                if sid not in SENSORS:
                    bad("sensor %r not registered" % sid, ln)
                else:
                    s = SENSORS[sid]
                    if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                        bad("sensor item not at the registered position", ln)
                    if feed in ("rule", "status") and it["agency"] != s["agency"]:
                        bad("agency differs from the sensor's", ln)
                    want = FEED_KIND.get(feed) or (RULE_KIND.get(it["category"]) if feed == "rule" else None)
                    if want and s["kind"] != want:
                        bad("sensor %s is a %s, not a %s" % (sid, s["kind"], want), ln)
            elif sid is not None:
                bad("sensor_id on a %s item" % feed, ln)
            if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
                bad("bad reason", ln)
            if "status" in it and (feed != "119" or it["status"] not in STATUSES):
                bad("bad status", ln)
            if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS or
                                    SENSORS.get(sid, {}).get("gateway") != it["gateway"]):
                bad("bad gateway", ln)
            if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
                bad("bad radius_m", ln)
            if "permit_status" in it and (feed != "planned_event" or it["permit_status"] not in PERMIT):
                bad("bad permit_status", ln)
            if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
                bad("bad confidence", ln)
            if feed == "cctv" and "confidence" not in it:
                bad("cctv without confidence", ln)
            if "level" in it and it["level"] not in LEVELS:
                bad("bad level", ln)
            if feed == "planned_event":
                if "ends" not in it or ts(it["ends"]) <= obs:
                    bad("planned event without a later end", ln)
            elif "ends" in it:
                bad("ends on a non-permit item", ln)
            if it.get("truth") is not None and it["truth"] not in labels:
                bad("truth %r is no incident" % it["truth"], ln)
            if "truth_alt" in it:
                has_alt = True
                if not alt:
                    bad("truth_alt without an alternative reading", ln)
                elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                    bad("truth_alt %r is no alternative incident" % it["truth_alt"], ln)
            elif alt and it.get("truth") is not None and it["truth"] not in alt_labels:
                bad("truth %r missing from the alternative reading" % it["truth"], ln)
            k = it.get("key")
            if k in seen:
                a = {x: y for x, y in seen[k].items() if x != "arrival"}
                b = {x: y for x, y in it.items() if x != "arrival"}
                if a != b:
                    bad("duplicate %s differs from its first delivery" % k, ln)
            else:
                seen[k] = it
        keys = set(seen)
        for ln, it in items:
            if it.get("follows") is not None and it["follows"] not in keys:
                bad("follows unknown key %s" % it["follows"], ln)
        first_arr = {}
        for ln, it in items:
            first_arr.setdefault(it["key"], ts(it["arrival"]))
        for reading, incs, lab in (("main", truth.get("incidents", []), "truth"),
                                   ("alt", alt["incidents"] if alt else [], "truth_alt")):
            names = [i["label"] for i in incs]
            if len(names) != len(set(names)):
                bad("%s reading repeats a label" % reading)
            for inc in incs:
                for k in ("label", "type", "description", "sufficient_evidence_key"):
                    if k not in inc:
                        bad("%s incident without %s" % (reading, k))
                sk = inc.get("sufficient_evidence_key")
                it = seen.get(sk)
                if it is None:
                    bad("%s incident %s: sufficient key %s unknown" % (reading, inc.get("label"), sk))
                    continue
                got = it["truth"] if reading == "main" else it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
                if got != inc["label"]:
                    bad("%s incident %s: sufficient item is labelled %r" % (reading, inc["label"], got))
                used = [x for x in seen.values() if (x["truth"] if reading == "main" else x.get("truth_alt", x["truth"])) == inc["label"]]
                if not used:
                    bad("%s incident %s has no item" % (reading, inc["label"]))
        if alt and not has_alt:
            bad("alternative reading but no item carries truth_alt")
        for k in ("situation", "description", "incidents"):
            if k not in truth:
                bad("truth without %s" % k)
    for p in problems:
        print(p)
    print("%d files checked, %d problems" % (len(files), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
