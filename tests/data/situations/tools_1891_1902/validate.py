"""Validate situations 1891-1902: parse, keys, vocabulary, sensors, arrival order, duplicates, truth labels."""
import os
import re
import sys
import json
import glob
import datetime as dt
from lib import OUT, SENSORS, GATEWAYS, FIRST, LAST, FIELDS, FLOOD_SEV, WL_SEV, RAIN_SEV, RULE_KIND

CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"}, "status": {"offline", "online"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "evacuation", "missing_person", "medical",
                 "hazmat_report", "wrong_way_driver", "road_collapse", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "gas_odor", "traffic_signal", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
}
AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
          "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": FLOOD_SEV, "water_level": WL_SEV, "heavy_rain": RAIN_SEV}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path, errs):
    name = os.path.basename(path)
    e = lambda msg: errs.append("%s: %s" % (name, msg))
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except ValueError as x:
                e("line %d does not parse: %s" % (n, x))
    if not 20 <= len(items) <= 150:
        e("%d items (20-150 wanted)" % len(items))
    first = {}
    prev = None
    for n, it in enumerate(items, 1):
        w = lambda msg: e("line %d (%s): %s" % (n, it.get("key"), msg))
        for k in it:
            if k not in FIELDS:
                w("unknown field " + k)
        for k in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"):
            if k not in it:
                w("missing " + k)
        feed, cat = it.get("feed"), it.get("category")
        if feed not in CATS:
            w("bad feed %r" % feed); continue
        if cat not in CATS[feed]:
            w("category %r not allowed in %s" % (cat, feed))
        if (it["kind"] == "alert") != (feed == "rule") or it["kind"] not in ("alert", "event"):
            w("kind %r does not fit feed %s" % (it["kind"], feed))
        if it["severity"] not in SEVS:
            w("bad severity")
        for k in ("observed", "arrival"):
            if not ISO.match(it.get(k, "")):
                w("bad time " + k)
        if feed != "planned_event" and ts(it["observed"]) > ts(it["arrival"]) + dt.timedelta(seconds=300):
            w("observed more than 300 s after arrival (future_timestamp)")
        if prev and it["arrival"] < prev:
            w("not in arrival order")
        prev = it["arrival"]
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            w("outside Taiwan")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                w("unknown sensor %r" % sid); continue
            s = SENSORS[sid]
            if (it["lon"], it["lat"]) != (round(s["lon"], 6), round(s["lat"], 6)):
                w("not at the registered position")
            if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                w("sensor kind %s for feed %s" % (s["kind"], feed))
            if feed == "rule" and cat in RULE_KIND and s["kind"] != RULE_KIND[cat]:
                w("alert %s on a %s sensor" % (cat, s["kind"]))
            if feed in ("rule", "status", "cctv") and it["agency"] != s["agency"]:
                w("agency is not the sensor's")
        elif "sensor_id" in it:
            w("sensor_id on a %s item" % feed)
        if feed in AGENCY and it["agency"] != AGENCY[feed]:
            w("agency %s for %s" % (it["agency"], feed))
        if feed not in ("rule", "incident") and it["severity"] != "Unknown":
            w("severity should be Unknown")
        if feed == "rule" and cat in LEVELS:
            if it.get("level") not in LEVELS[cat]:
                w("bad level")
            elif LEVELS[cat][it["level"]] != it["severity"]:
                w("severity does not match level")
        elif "level" in it:
            w("level on a non-level item")
        if ("confidence" in it) != (feed == "cctv") or (feed == "cctv" and not 0 <= it["confidence"] <= 1):
            w("confidence only (and always) on cctv, 0-1")
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in
                                   {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}):
            w("bad reason")
        if "status" in it and not (feed == "119" and it["status"] in {"dispatched", "on_scene", "returning", "closed"}):
            w("bad status")
        for k in ("ends", "radius_m", "permit_status"):
            if k in it and feed != "planned_event":
                w(k + " on a non-permit item")
        if feed == "planned_event":
            if "ends" not in it or it["ends"] <= it["observed"]:
                w("permit needs ends after start")
            if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
                w("bad radius")
            if it.get("permit_status", "approved") not in {"approved", "amended", "cancelled"}:
                w("bad permit_status")
        if "gateway" in it and not (feed in ("rule", "status") and it["gateway"] in GATEWAYS):
            w("bad gateway")
        if "gateway" in it and feed in ("rule", "status") and it["gateway"] != SENSORS[it["sensor_id"]]["gateway"]:
            w("gateway is not the registry's")
        k = it["key"]
        if k in first:
            a, b = dict(first[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                w("duplicate key with different content")
        else:
            first[k] = it
    for it in items:
        f = it.get("follows")
        if f is not None:
            for x in (f if isinstance(f, list) else [f]):
                if x not in first or x == it["key"]:
                    e("%s follows unknown key %r" % (it["key"], x))
    return items, first


def check_truth(path, items, first, errs):
    name = os.path.basename(path)
    e = lambda msg: errs.append("%s: %s" % (name, msg))
    with open(path, encoding="utf-8") as fh:
        t = json.load(fh)
    for k in t:
        if k not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            e("unknown key " + k)
    if t["situation"] + ".truth.json" != name:
        e("situation name mismatch")
    readings = [("main", t["incidents"], lambda it: it["truth"])]
    alt_used = any("truth_alt" in it for it in items)
    if "alternative_reading" in t:
        readings.append(("alt", t["alternative_reading"]["incidents"], lambda it: it.get("truth_alt", it["truth"])))
        if not t["alternative_reading"].get("why"):
            e("alternative reading without why")
    elif alt_used:
        e("truth_alt used but no alternative_reading")
    for rname, incs, lab in readings:
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            e("%s: duplicate labels" % rname)
        used = {lab(it) for it in first.values()} - {None}
        if used != set(labels):
            e("%s: labels in items %s vs incidents %s" % (rname, sorted(used), sorted(labels)))
        for i in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    e("%s: incident missing %s" % (rname, k))
            if i.get("type") not in TYPES:
                e("%s: bad type %r" % (rname, i.get("type")))
            sk = i.get("sufficient_evidence_key")
            if sk not in first or lab(first[sk]) != i["label"]:
                e("%s: sufficient_evidence_key %r not an item of %s" % (rname, sk, i["label"]))


def main():
    errs = []
    n = 0
    for nn in range(FIRST, LAST + 1):
        js = sorted(glob.glob(os.path.join(OUT, "%d_*.jsonl" % nn)))
        tr = sorted(glob.glob(os.path.join(OUT, "%d_*.truth.json" % nn)))
        if len(js) != 1 or len(tr) != 1 or js[0][:-6] != tr[0][:-11]:
            errs.append("%d: expected one .jsonl and its .truth.json" % nn)
            continue
        items, first = check(js[0], errs)
        check_truth(tr[0], items, first, errs)
        n += len(items)
    for x in errs:
        print("ERROR", x)
    print("%d situations, %d items, %d errors" % (LAST - FIRST + 1, n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
