"""Validate situations 431-442: every file parses; keys, labels, sensors, arrival order, duplicates.
Run: python3 validate.py [--table]   (exit 1 on any problem)"""
import datetime as dt
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")

SENS = {}
for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]:
    p = f["properties"]
    SENS[p["sensor_id"]] = (p["kind"], p["agency"], f["geometry"]["coordinates"])

CATS = {  # brief vocabulary + vocabulary_needed_431-442.md (marked *)
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure", "crowd_control",
                 "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance", "hazmat_report"},  # *hazmat_report
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "water_outage", "gas_odor", "traffic_signal"},  # *last three
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police", "cctv": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
ALLOWED = set(REQ) | {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(path):
    errs, info = [], {}
    name = os.path.basename(path)[:-6]
    truth_path = path[:-6] + ".truth.json"
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except Exception as e:  # noqa
            errs.append("%s:%d: not JSON: %s" % (name, n, e))
    try:
        truth = json.load(open(truth_path, encoding="utf-8"))
    except Exception as e:  # noqa
        return ["%s: truth file: %s" % (name, e)], info
    if truth.get("situation") != name:
        errs.append("%s: truth situation %r" % (name, truth.get("situation")))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            errs.append("%s: truth lacks %s" % (name, k))
    first = {}
    prev_arr = None
    for n, it in enumerate(items, 1):
        w = "%s:%d (%s)" % (name, n, it.get("key"))
        for k in REQ:
            if k not in it:
                errs.append("%s: missing %s" % (w, k))
        for k in it:
            if k not in ALLOWED:
                errs.append("%s: unknown field %s" % (w, k))
        feed, cat = it.get("feed"), it.get("category")
        if feed not in CATS:
            errs.append("%s: feed %r" % (w, feed)); continue
        if cat not in CATS[feed]:
            errs.append("%s: category %r not in vocabulary of %s" % (w, cat, feed))
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            errs.append("%s: kind %r for feed %s" % (w, it["kind"], feed))
        if it["severity"] not in SEVS:
            errs.append("%s: severity %r" % (w, it["severity"]))
        if feed in UNKNOWN_SEV and it["severity"] != "Unknown":
            errs.append("%s: %s must have severity Unknown" % (w, feed))
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENS:
                errs.append("%s: sensor %r not registered" % (w, sid))
            else:
                kind, agency, (lon, lat) = SENS[sid]
                if feed in FEED_KIND and kind != FEED_KIND[feed]:
                    errs.append("%s: sensor %s is %s, not %s" % (w, sid, kind, feed))
                if feed == "rule" and cat in RULE_KIND and kind != RULE_KIND[cat]:
                    errs.append("%s: %s alert on a %s sensor" % (w, cat, kind))
                exp_ag = agency if feed in ("rule", "status") else FEED_AGENCY[feed]
                if it["agency"] != exp_ag:
                    errs.append("%s: agency %s, expected %s" % (w, it["agency"], exp_ag))
                if abs(it["lon"] - lon) > 1e-6 or abs(it["lat"] - lat) > 1e-6:
                    errs.append("%s: not at the registered position of %s" % (w, sid))
        else:
            if "sensor_id" in it:
                errs.append("%s: sensor_id on a %s item" % (w, feed))
            if it["agency"] != FEED_AGENCY[feed]:
                errs.append("%s: agency %s" % (w, it["agency"]))
        if not (120.55 < it["lon"] < 120.75 and 24.1 < it["lat"] < 24.25):
            errs.append("%s: location outside the study area" % w)
        if feed == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            errs.append("%s: cctv without confidence 0-1" % w)
        if feed != "cctv" and "confidence" in it:
            errs.append("%s: confidence on a non-cctv item" % w)
        if feed == "rule" and cat in LEVELS:
            lv = it.get("level")
            if lv not in LEVELS[cat]:
                errs.append("%s: level %r for %s" % (w, lv, cat))
            elif it["severity"] != LEVELS[cat][lv]:
                errs.append("%s: severity %s does not match level %s" % (w, it["severity"], lv))
        elif "level" in it:
            errs.append("%s: level on %s/%s" % (w, feed, cat))
        if feed == "planned_event":
            if "ends" not in it or ts(it["ends"]) <= ts(it["observed"]):
                errs.append("%s: permit without a valid end" % w)
        elif "ends" in it:
            errs.append("%s: ends on a non-permit" % w)
        try:
            o, a = ts(it["observed"]), ts(it["arrival"])
        except Exception as e:  # noqa
            errs.append("%s: time %s" % (w, e)); continue
        if prev_arr and a < prev_arr:
            errs.append("%s: arrival out of order" % w)
        prev_arr = a
        if feed != "planned_event" and abs((a - o).total_seconds()) > 86400:
            errs.append("%s: arrival more than a day from observed" % w)
        if feed != "planned_event" and o > a:
            info.setdefault("skewed", set()).add(it["key"])
        if not it["text"].strip():
            errs.append("%s: empty text" % w)
        k = it.get("key")
        if k in first:
            a0 = dict(first[k]); a1 = dict(it)
            a0.pop("arrival"); a1.pop("arrival")
            if a0 != a1:
                errs.append("%s: duplicate key with different content" % w)
            info["dups"] = info.get("dups", 0) + 1
        else:
            first[k] = it
    keys = first
    for k, it in keys.items():
        if "follows" in it and it["follows"] not in keys:
            errs.append("%s: %s follows unknown key %s" % (name, k, it["follows"]))
    # truth
    def reading(alt):
        lab = {}
        for k, it in keys.items():
            lab[k] = it.get("truth_alt", it["truth"]) if alt and "truth_alt" in it else it["truth"]
        return lab

    readings = [("main", truth.get("incidents", []), reading(False))]
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"):
            errs.append("%s: alternative without why" % name)
        readings.append(("alt", ar.get("incidents", []), reading(True)))
    elif any("truth_alt" in it for it in keys.values()):
        errs.append("%s: truth_alt without alternative_reading" % name)
    for rname, incs, lab in readings:
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels):
            errs.append("%s/%s: duplicate incident labels" % (name, rname))
        used = {v for v in lab.values() if v is not None}
        if used != set(labels):
            errs.append("%s/%s: labels used %s vs declared %s" % (name, rname, sorted(used), sorted(labels)))
        for inc in incs:
            for f in ("label", "type", "description", "sufficient_evidence_key"):
                if f not in inc:
                    errs.append("%s/%s: incident lacks %s" % (name, rname, f))
            if inc.get("type") not in TYPES:
                errs.append("%s/%s: incident type %r" % (name, rname, inc.get("type")))
            sk = inc.get("sufficient_evidence_key")
            if sk not in keys:
                errs.append("%s/%s: sufficient key %s missing" % (name, rname, sk))
            elif lab[sk] != inc["label"]:
                errs.append("%s/%s: sufficient key %s is labelled %s, not %s" % (name, rname, sk, lab[sk], inc["label"]))
    if not any(it["truth"] is None for it in keys.values()):
        errs.append("%s: no background item" % name)
    if not 25 <= len(items) <= 80:
        errs.append("%s: %d items (want 25-80)" % (name, len(items)))
    info.update(lines=len(items), unique=len(keys), noise=sum(1 for it in keys.values() if it["truth"] is None),
                incidents=len(truth.get("incidents", [])),
                alt=len(truth["alternative_reading"]["incidents"]) if "alternative_reading" in truth else "-",
                debatable=sum(1 for it in keys.values() if "truth_alt" in it))
    return errs, info


def main():
    files = sorted(f for f in glob.glob(os.path.join(DATA, "4[34][0-9]_*.jsonl"))
                   if 431 <= int(os.path.basename(f)[:3]) <= 442)
    allerr, rows = [], []
    if len(files) != 12:
        allerr.append("expected 12 situations, found %d" % len(files))
    for f in files:
        e, info = check(f)
        allerr += e
        rows.append((os.path.basename(f), info))
    for name, i in rows:
        print("%-42s lines %3d unique %3d noise %3d incidents %s alt %s truth_alt %d dups %d skewed %d" % (
            name, i.get("lines", 0), i.get("unique", 0), i.get("noise", 0), i.get("incidents"), i.get("alt"),
            i.get("debatable", 0), i.get("dups", 0), len(i.get("skewed", ()))))
    if "--table" in sys.argv:
        print("\n| file | lines | unique keys | noise keys | incidents | alternative incidents |\n|---|---|---|---|---|---|")
        for name, i in rows:
            print("| %s | %d | %d | %d | %s | %s |" % (name, i["lines"], i["unique"], i["noise"], i["incidents"], i["alt"]))
    for e in allerr:
        print("ERROR", e)
    print("OK" if not allerr else "%d problem(s)" % len(allerr))
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
