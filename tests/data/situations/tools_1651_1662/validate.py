"""Checks every situation file of this set: parse, keys, labels, sensors and positions,
arrival order, duplicates, truth labels used, sufficient evidence keys."""
import glob, json, os, re, sys
from datetime import datetime
from lib import OUT, sensors, dist_m

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "evacuation", "missing_person", "medical",
                 "road_collapse", "hazmat_report", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "evacuation", "missing_person",
             "rescue", "power_outage", "water_outage", "traffic_signal", "fallen_object",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat", "rekindle"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
KIND = {"rule": "alert"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status",
       "gateway", "truth_alt"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def t(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, errs):
    S = sensors()
    gateways = {m["meta"].get("gateway") for m in S.values()} | set(S)
    name = os.path.basename(path)[:-len(".jsonl")]
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                errs.append("%s:%d: not JSON (%s)" % (name, n, e))
    tp = path[:-len(".jsonl")] + ".truth.json"
    truth = json.load(open(tp, encoding="utf-8"))
    E = lambda m: errs.append("%s: %s" % (name, m))
    if truth.get("situation") != name:
        E("truth situation name %r" % truth.get("situation"))
    if not (15 <= len(items) <= 120):
        E("item count %d" % len(items))
    seen = {}
    prev = None
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it:
                E("%s lacks %s" % (k, r))
        for f in it:
            if f not in REQ and f not in OPT:
                E("%s unknown field %s" % (k, f))
        feed = it["feed"]
        if feed not in FEEDS:
            E("%s feed %s" % (k, feed))
            continue
        if it["kind"] != KIND.get(feed, "event"):
            E("%s kind %s for feed %s" % (k, it["kind"], feed))
        if it["agency"] not in AGENCIES:
            E("%s agency %s" % (k, it["agency"]))
        if it["category"] not in CATS[feed]:
            E("%s category %s not in %s vocabulary" % (k, it["category"], feed))
        if it["severity"] not in SEV:
            E("%s severity %s" % (k, it["severity"]))
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            E("%s severity must be Unknown for %s" % (k, feed))
        for ts in ("observed", "arrival"):
            if not TS.match(it[ts]):
                E("%s %s not ISO Z" % (k, ts))
        if "ends" in it and not TS.match(it["ends"]):
            E("%s ends not ISO Z" % k)
        if prev and t(it["arrival"]) < t(prev):
            E("%s arrives out of order" % k)
        prev = it["arrival"]
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in S:
                E("%s sensor %s unknown" % (k, sid))
            else:
                d = dist_m(it["lon"], it["lat"], S[sid]["lon"], S[sid]["lat"])
                if feed == "cctv":
                    if d > 300:
                        E("%s cctv sight %d m from camera" % (k, d))
                elif d > 0.5:
                    E("%s not at registered position of %s (%.1f m)" % (k, sid, d))
                if feed in ("rule", "status") and it["agency"] != S[sid]["agency"]:
                    E("%s agency %s, sensor's %s" % (k, it["agency"], S[sid]["agency"]))
        elif "sensor_id" in it:
            E("%s has sensor_id on feed %s" % (k, feed))
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            E("%s confidence" % k)
        if feed == "cctv" and "confidence" not in it:
            E("%s cctv without confidence" % k)
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            E("%s bad reason" % k)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            E("%s bad status" % k)
        if "level" in it and it["level"] not in LEVELS:
            E("%s bad level" % k)
        if any(f in it for f in ("ends", "radius_m", "permit_status")) and feed != "planned_event":
            E("%s permit fields on %s" % (k, feed))
        if feed == "planned_event":
            if "ends" not in it or t(it["ends"]) <= t(it["observed"]):
                E("%s permit end" % k)
            if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
                E("%s radius" % k)
            if it.get("permit_status", "approved") not in ("approved", "amended", "cancelled"):
                E("%s permit_status" % k)
            if it.get("permit_status") in ("amended", "cancelled") and "follows" not in it:
                E("%s amended permit without follows" % k)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in gateways):
            E("%s bad gateway" % k)
        if not (24.10 < it["lat"] < 24.26 and 120.58 < it["lon"] < 120.72):
            E("%s position off the study area" % k)
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                E("%s duplicate differs" % k)
        else:
            seen[k] = it
    keys = set(seen)
    for it in items:
        if "follows" in it and it["follows"] not in keys:
            E("%s follows unknown %s" % (it["key"], it["follows"]))
    # truth
    labels = {i["label"] for i in truth["incidents"]}
    used = {it["truth"] for it in items} - {None}
    if used - labels:
        E("item labels without incident: %s" % (used - labels))
    if labels - used:
        E("incidents without items: %s" % (labels - used))
    for inc in truth["incidents"]:
        for f in ("label", "type", "description", "sufficient_evidence_key"):
            if f not in inc:
                E("incident lacks %s" % f)
        sk = inc["sufficient_evidence_key"]
        if sk not in seen or seen[sk]["truth"] != inc["label"]:
            E("sufficient key %s not of %s" % (sk, inc["label"]))
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt and not alt:
        E("truth_alt without alternative_reading")
    if alt:
        if not alt.get("why"):
            E("alternative without why")
        al = {i["label"] for i in alt["incidents"]}
        au = {it.get("truth_alt", it["truth"]) for it in items} - {None}
        if au != al:
            E("alternative labels %s vs used %s" % (sorted(al), sorted(au)))
        for inc in alt["incidents"]:
            sk = inc["sufficient_evidence_key"]
            if sk not in seen or seen[sk].get("truth_alt", seen[sk]["truth"]) != inc["label"]:
                E("alt sufficient key %s not of %s" % (sk, inc["label"]))
    return len(items), len(truth["incidents"])


def main():
    errs = []
    files = [_f for _f in sorted(glob.glob(os.path.join(OUT, "16[56]?_*.jsonl"))) if 1651 <= int(os.path.basename(_f).split("_")[0]) <= 1662]
    nums = sorted(int(os.path.basename(f)[:4]) for f in files)
    if nums != list(range(1651, 1663)):
        errs.append("situations present: %s" % nums)
    for f in files:
        n, i = check(f, errs)
        print("%-60s %3d items %2d incidents" % (os.path.basename(f), n, i))
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
