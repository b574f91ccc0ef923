"""Validate the situations 1931-1942 (and only those) in the parent folder."""
import glob
import json
import os
import re
import sys

from lib import OUT, SENSORS

NUMS = range(1931, 1943)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "medical", "missing_person", "evacuation",
                 "hazmat_report", "road_collapse", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "missing_person", "rescue", "fallen_object",
             "power_outage", "traffic_signal", "gas_odor", "water_outage", "evacuation"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"},
               "rule": {"vd", "flood", "water_level", "rain", "fire_alarm", "signal", "parking", "cctv"},
               "status": {"vd", "flood", "water_level", "rain", "fire_alarm", "signal", "parking", "cctv"}}
RULE_KIND = {"congestion": {"vd"}, "flood_depth": {"flood"}, "water_level": {"water_level"},
             "water_level_falling": {"water_level"}, "heavy_rain": {"rain"}}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
NO_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
OPT = {"sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
       "permit_status", "gateway", "truth_alt"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
PSTAT = {"approved", "amended", "cancelled"}
LEVELS = {"1-15", "16-30", ">30", "3", "2", "1", "大雨", "豪雨", "大豪雨", "超大豪雨"}
GATEWAYS = {s["gateway"] for s in SENSORS.values() if s["gateway"]} | set(SENSORS)
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

errors = []


def err(f, msg):
    errors.append("%s: %s" % (os.path.basename(f), msg))


def check(jl, tf):
    items = []
    with open(jl, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err(jl, "line %d does not parse: %s" % (n, e))
                return
    with open(tf, encoding="utf-8") as fh:
        truth = json.load(fh)
    num = int(os.path.basename(jl)[:4])
    if truth.get("situation") != num:
        err(tf, "situation number")
    for k in truth:
        if k not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            err(tf, "unknown key %s" % k)
    uniq = {}
    if not 20 <= len(items) <= 150:
        err(jl, "%d items (want 20-150)" % len(items))
    prev = ""
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it:
                err(jl, "%s lacks %s" % (k, r))
        for f in it:
            if f not in REQ and f not in OPT:
                err(jl, "%s has unknown field %s" % (k, f))
        feed = it.get("feed")
        if feed not in FEEDS:
            err(jl, "%s feed %s" % (k, feed)); continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err(jl, "%s kind" % k)
        if it["category"] not in CATS[feed]:
            err(jl, "%s category %s not allowed in %s" % (k, it["category"], feed))
        if it["severity"] not in SEVS or (feed in NO_SEV and it["severity"] != "Unknown"):
            err(jl, "%s severity %s" % (k, it["severity"]))
        for t in ("observed", "arrival") + (("ends",) if "ends" in it else ()):
            if not TS.match(it.get(t, "")):
                err(jl, "%s bad time %s" % (k, t))
        if it["arrival"] < prev:
            err(jl, "%s out of arrival order" % k)
        prev = it["arrival"]
        if not (120.5 < it["lon"] < 120.8 and 24.1 < it["lat"] < 24.3):
            err(jl, "%s position outside the area" % k)
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            s = SENSORS.get(sid)
            if not s:
                err(jl, "%s unknown sensor %s" % (k, sid))
            else:
                if s["kind"] not in SENSOR_KIND[feed]:
                    err(jl, "%s sensor %s kind %s in feed %s" % (k, sid, s["kind"], feed))
                if feed == "rule" and it["category"] in RULE_KIND and s["kind"] not in RULE_KIND[it["category"]]:
                    err(jl, "%s rule %s on a %s" % (k, it["category"], s["kind"]))
                if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                    err(jl, "%s not at the registered position of %s" % (k, sid))
                want = s["agency"] if feed in ("rule", "status") else FEED_AGENCY.get(feed, s["agency"])
                if it["agency"] != want:
                    err(jl, "%s agency %s, want %s" % (k, it["agency"], want))
        else:
            if "sensor_id" in it:
                err(jl, "%s sensor_id on feed %s" % (k, feed))
            if it["agency"] != FEED_AGENCY[feed]:
                err(jl, "%s agency" % k)
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                err(jl, "%s confidence" % k)
        elif "confidence" in it:
            err(jl, "%s confidence outside cctv" % k)
        if "reason" in it and (feed != "status" or it["category"] != "offline" or it["reason"] not in REASONS):
            err(jl, "%s reason" % k)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            err(jl, "%s status" % k)
        if "level" in it and (feed != "rule" or it["level"] not in LEVELS):
            err(jl, "%s level" % k)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in GATEWAYS):
            err(jl, "%s gateway" % k)
        for f in ("radius_m", "permit_status", "ends"):
            if f in it and feed != "planned_event":
                err(jl, "%s %s outside planned_event" % (k, f))
        if feed == "planned_event":
            if "ends" not in it or it["ends"] <= it["observed"]:
                err(jl, "%s permit needs an end after its start" % k)
            if "radius_m" in it and not (isinstance(it["radius_m"], (int, float)) and 1 <= it["radius_m"] <= 5000):
                err(jl, "%s radius_m" % k)
            ps = it.get("permit_status", "approved")
            if ps not in PSTAT:
                err(jl, "%s permit_status" % k)
            if ps != "approved" and not it.get("follows"):
                err(jl, "%s amended/cancelled permit must follow the first line" % k)
        if k in uniq:
            a = dict(uniq[k]); b = dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                err(jl, "%s duplicate differs" % k)
        else:
            uniq[k] = it
    for k, it in uniq.items():
        if "follows" in it:
            if it["follows"] == k or it["follows"] not in uniq:
                err(jl, "%s follows unknown %s" % (k, it["follows"]))
            elif uniq[it["follows"]]["feed"] != it["feed"]:
                err(jl, "%s follows an item of another feed" % k)
    # truth
    def labels_check(incs, lab_of, what):
        labs = [i["label"] for i in incs]
        if len(set(labs)) != len(labs):
            err(tf, "%s: duplicate labels" % what)
        for i in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in i:
                    err(tf, "%s: incident lacks %s" % (what, f))
            ske = i.get("sufficient_evidence_key")
            if ske not in uniq:
                err(tf, "%s: %s sufficient key %s unknown" % (what, i["label"], ske))
            elif lab_of(uniq[ske]) != i["label"]:
                err(tf, "%s: %s sufficient key %s carries another label" % (what, i["label"], ske))
        used = {lab_of(it) for it in uniq.values()} - {None}
        for l in used - set(labs):
            err(tf, "%s: label %s has no incident" % (what, l))
        for l in set(labs) - used:
            err(tf, "%s: incident %s has no item" % (what, l))
    labels_check(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in uniq.values())
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar or "incidents" not in ar:
            err(tf, "alternative_reading needs why and incidents")
        else:
            labels_check(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]), "alternative")
    elif has_alt:
        err(tf, "truth_alt without an alternative_reading")
    return len(items)


def main():
    n = 0
    for num in NUMS:
        jls = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
        if len(jls) != 1:
            errors.append("%d: want one .jsonl, found %d" % (num, len(jls)))
            continue
        tf = jls[0][:-len(".jsonl")] + ".truth.json"
        if not os.path.exists(tf):
            errors.append("%d: truth file missing" % num)
            continue
        n += check(jls[0], tf) or 0
    for e in errors:
        print("ERROR", e)
    print("%d situations, %d lines, %d errors" % (len(NUMS), n, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
