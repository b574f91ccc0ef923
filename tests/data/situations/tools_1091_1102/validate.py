"""Validate situations 1091-1102 only (files N_name.jsonl / N_name.truth.json in the parent directory)."""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")
NUMBERS = range(1091, 1103)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
CLOSED = {
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"}}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                           "gateway", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def load_registry():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    sensors, gateways = {}, set()
    for ft in d["features"]:
        p = ft["properties"]
        sensors[p["sensor_id"]] = (p["kind"], p["agency"], tuple(ft["geometry"]["coordinates"][:2]))
        g = (p.get("metadata") or {}).get("gateway")
        if g:
            gateways.add(g)
    return sensors, gateways


def ts(v):
    return dt.datetime.strptime(v[:19], "%Y-%m-%dT%H:%M:%S")


def check(num, jl, tf, sensors, gateways):
    errs = []
    E = lambda msg: errs.append("%s: %s" % (os.path.basename(jl), msg))
    items = []
    with open(jl, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append((n, json.loads(line)))
            except Exception as e:
                E("line %d does not parse: %s" % (n, e))
    with open(tf, encoding="utf-8") as f:
        truth = json.load(f)
    if not 15 <= len(items) <= 80:
        E("%d items, want 15-80" % len(items))
    seen, prev_arr = {}, None
    for n, it in items:
        L = lambda msg: E("line %d (%s): %s" % (n, it.get("key"), msg))
        for k in REQUIRED:
            if k not in it:
                L("missing " + k)
        for k in it:
            if k not in ALLOWED:
                L("unknown field " + k)
        feed, cat = it.get("feed"), it.get("category")
        if feed not in FEEDS:
            L("feed %r" % feed)
            continue
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            L("kind %r for feed %s" % (it.get("kind"), feed))
        if it.get("agency") not in AGENCIES:
            L("agency %r" % it.get("agency"))
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
            L("agency %r for feed %s" % (it.get("agency"), feed))
        if feed in CLOSED and cat not in CLOSED[feed]:
            L("category %r not allowed in %s" % (cat, feed))
        if not isinstance(cat, str) or not cat:
            L("category empty")
        sev = it.get("severity")
        if sev not in SEVERITIES:
            L("severity %r" % sev)
        if feed in UNKNOWN_SEV and sev != "Unknown":
            L("severity must be Unknown for " + feed)
        if feed == "incident" and sev == "Unknown":
            L("police report without severity")
        for k in ("observed", "arrival"):
            if not TS.match(str(it.get(k, ""))):
                L("%s not ISO 8601 UTC: %r" % (k, it.get(k)))
        if not (118 <= it.get("lon", 0) <= 123 and 21 <= it.get("lat", 0) <= 27):
            L("position outside Taiwan")
        try:
            arr = ts(it["arrival"])
            if prev_arr and arr < prev_arr:
                L("arrival out of order")
            prev_arr = arr
            if feed != "planned_event" and ts(it["observed"]) > arr + dt.timedelta(seconds=300):
                L("observed more than 300 s after arrival")
        except Exception:
            pass
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in sensors:
                L("sensor %r not registered" % sid)
            else:
                kind, agency, pos = sensors[sid]
                if (it.get("lon"), it.get("lat")) != pos:
                    L("not at %s's registered position %s" % (sid, pos))
                if it.get("agency") != agency:
                    L("agency %r, sensor's is %r" % (it.get("agency"), agency))
                if feed in FEED_KIND and kind != FEED_KIND[feed]:
                    L("sensor %s is a %s, not %s" % (sid, kind, FEED_KIND[feed]))
                if feed == "rule" and cat in RULE_KIND and kind not in RULE_KIND[cat]:
                    L("rule %s on a %s sensor" % (cat, kind))
        elif sid is not None:
            L("sensor_id on a %s item" % feed)
        # optional fields
        if "confidence" in it:
            c = it["confidence"]
            if feed != "cctv" or not isinstance(c, (int, float)) or not 0 <= c <= 1:
                L("confidence %r" % c)
        elif feed == "cctv":
            L("cctv without confidence")
        if "reason" in it and not (feed == "status" and cat == "offline" and it["reason"] in REASONS):
            L("reason %r" % it["reason"])
        if "status" in it and not (feed == "119" and it["status"] in STATUSES):
            L("status %r" % it["status"])
        if "radius_m" in it:
            r = it["radius_m"]
            if feed != "planned_event" or isinstance(r, bool) or not isinstance(r, (int, float)) or not 1 <= r <= 5000:
                L("radius_m %r" % r)
        if "gateway" in it and not (feed in ("rule", "status") and it["gateway"] in gateways):
            L("gateway %r (registered gateways: %s)" % (it["gateway"], sorted(gateways) or "none"))
        if "level" in it:
            lv = LEVELS.get(cat) if feed == "rule" else None
            if not lv or it["level"] not in lv:
                L("level %r for %s/%s" % (it["level"], feed, cat))
            elif sev != lv[it["level"]]:
                L("severity %s does not match level %s" % (sev, it["level"]))
        elif feed == "rule" and cat in LEVELS:
            L("rule %s without level" % cat)
        if "ends" in it:
            if feed != "planned_event" or not TS.match(str(it["ends"])) or ts(it["ends"]) <= ts(it["observed"]):
                L("ends %r" % it["ends"])
        elif feed == "planned_event":
            L("planned_event without ends")
        # duplicates
        k = it.get("key")
        if k in seen:
            a = {x: y for x, y in seen[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                L("key repeated with different fields")
        else:
            seen[k] = it
    keys = set(seen)
    for n, it in items:
        f = it.get("follows")
        if f is not None and f not in keys:
            E("line %d: follows unknown key %r" % (n, f))
        if f == it.get("key"):
            E("line %d: follows itself" % n)
    # labels
    if truth.get("situation") not in (num, "%d" % num, os.path.basename(jl)[:-6]):
        E("truth situation %r" % truth.get("situation"))

    def readings(incs, label_of, name):
        labels = {i["label"] for i in incs}
        if len(labels) != len(incs):
            E(name + ": duplicate incident labels")
        used = {label_of(it) for it in seen.values()} - {None}
        for lab in used - labels:
            E(name + ": items labelled %r, no such incident" % lab)
        for lab in labels - used:
            E(name + ": incident %r has no item" % lab)
        for i in incs:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    E(name + ": incident without " + k)
            sk = i.get("sufficient_evidence_key")
            if sk not in seen:
                E(name + ": sufficient key %r not in file" % sk)
            elif label_of(seen[sk]) != i["label"]:
                E(name + ": sufficient key %r is labelled %r" % (sk, label_of(seen[sk])))

    readings(truth.get("incidents", []), lambda it: it.get("truth"), "truth")
    has_alt = any("truth_alt" in it for it in seen.values())
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if "why" not in ar:
            E("alternative_reading without why")
        readings(ar.get("incidents", []), lambda it: it["truth_alt"] if "truth_alt" in it else it.get("truth"), "alternative")
    elif has_alt:
        E("items carry truth_alt but the truth has no alternative_reading")
    for k in truth:
        if k not in ("situation", "description", "incidents", "alternative_reading", "notes"):
            E("unknown truth key " + k)
    return errs, len(items)


def main():
    sensors, gateways = load_registry()
    errs, total, nfiles = [], 0, 0
    for num in NUMBERS:
        jls = glob.glob(os.path.join(DATA, "%d_*.jsonl" % num))
        if len(jls) != 1:
            errs.append("%d: %d data files" % (num, len(jls)))
            continue
        tf = jls[0][:-6] + ".truth.json"
        if not os.path.exists(tf):
            errs.append("%d: no truth file" % num)
            continue
        e, n = check(num, jls[0], tf, sensors, gateways)
        errs += e
        total += n
        nfiles += 1
    for e in errs:
        print("FAIL", e)
    print("%d situations, %d items, %d problems" % (nfiles, total, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
