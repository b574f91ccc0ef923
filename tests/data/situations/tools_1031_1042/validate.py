"""Validate the 1031-1042 situation files (only these). Exit 1 on any problem.

Checks: every line parses; required fields and allowed fields; keys unique except true
duplicates (same fields but `arrival`); arrival order; kind/agency per feed; sensor ids exist
with their exact registered position and a kind fit for the feed; categories in the vocabulary
(brief + docs/vocabulary.md, copied below) or in vocabulary_needed_1031-1042.md; severity,
level, reason, status, confidence, follows, ends; truth labels = the truth file's incidents,
sufficient_evidence_key exists and belongs to its incident, the same for the alternative reading.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
NUMS = range(1031, 1043)

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "traffic_accident", "wrong_way_driver", "hazmat_report", "road_reopened", "road_collapse", "medical",
                 "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor", "water_outage",
             "evacuation", "missing_person", "fallen_object", "rescue", "power_outage", "環境公害", "環境清潔",
             "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
RULE_KINDS = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"}, "congestion": {"vd"},
              "sensor_offline": None, "cleared": None}
FEED_KINDS = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"][0], ft["geometry"]["coordinates"][1],
                                           ft["properties"]["kind"], ft["properties"]["agency"]) for ft in d["features"]}


def load_needed():
    """Extra (feed, code) pairs declared in vocabulary_needed_1031-1042.md between <!-- codes --> markers."""
    p = os.path.join(ROOT, "vocabulary_needed_1031-1042.md")
    extra = set()
    if not os.path.exists(p):
        return extra
    txt = open(p, encoding="utf-8").read()
    m = re.search(r"<!-- codes -->(.*?)<!-- /codes -->", txt, re.S)
    if m:
        for feed, code in re.findall(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|", m.group(1), re.M):
            extra.add((feed, code))
    return extra


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(num, sensors, needed, errs):
    def err(msg):
        errs.append("%d: %s" % (num, msg))

    jl = glob.glob(os.path.join(ROOT, "%d_*.jsonl" % num))
    if len(jl) != 1:
        err("expected one .jsonl, found %d" % len(jl))
        return 0, 0
    base = jl[0][:-len(".jsonl")]
    name = os.path.basename(base)
    tp = base + ".truth.json"
    if not os.path.exists(tp):
        err("missing truth file")
        return 0, 0
    truth = json.load(open(tp, encoding="utf-8"))
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err("truth file lacks %s" % k)
    if truth.get("situation") != name:
        err("situation %r != file name %r" % (truth.get("situation"), name))
    items, seen = [], {}
    prev_arr = None
    for n, line in enumerate(open(jl[0], encoding="utf-8"), 1):
        where = "line %d" % n
        try:
            it = json.loads(line)
        except ValueError as e:
            err("%s does not parse: %s" % (where, e))
            continue
        if not isinstance(it, dict):
            err("%s not an object" % where)
            continue
        for k in REQUIRED:
            if k not in it:
                err("%s lacks %s" % (where, k))
        for k in it:
            if k not in REQUIRED and k not in OPTIONAL:
                err("%s unknown field %s" % (where, k))
        if any(k not in it for k in REQUIRED):
            continue
        key, feed, cat = it["key"], it["feed"], it["category"]
        where = "line %d (%s)" % (n, key)
        body = {k: v for k, v in it.items() if k != "arrival"}
        if key in seen:
            if seen[key] != body:
                err("%s key reused with different fields (not a true duplicate)" % where)
        else:
            seen[key] = body
        for f in ("observed", "arrival"):
            if not isinstance(it[f], str) or not TS.match(it[f]):
                err("%s %s not ISO 8601 UTC: %r" % (where, f, it[f]))
        try:
            arr, obs = ts(it["arrival"]), ts(it["observed"])
        except (ValueError, TypeError):
            continue
        if arr.year not in (2026, 2027) or obs.year not in (2026, 2027):
            err("%s timestamps outside 2026-2027" % where)
        if prev_arr and arr < prev_arr:
            err("%s arrival out of order" % where)
        prev_arr = arr
        if feed != "planned_event" and obs > arr:
            err("%s observed after arrival" % where)
        if feed not in VOCAB:
            err("%s unknown feed %s" % (where, feed))
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            err("%s kind %s wrong for feed %s" % (where, it["kind"], feed))
        if cat not in VOCAB[feed] and (feed, cat) not in needed:
            err("%s category %s not in the vocabulary of feed %s" % (where, cat, feed))
        if it["severity"] not in SEVERITIES:
            err("%s bad severity %s" % (where, it["severity"]))
        if feed not in ("rule", "incident", "119") and it["severity"] != "Unknown":
            err("%s severity must be Unknown for feed %s" % (where, feed))
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            err("%s position outside Taiwan" % where)
        if not isinstance(it["text"], str) or not it["text"].strip():
            err("%s empty text" % where)
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid is None:
                err("%s lacks sensor_id" % where)
            elif sid not in sensors:
                err("%s unknown sensor %s" % (where, sid))
            else:
                lon, lat, kind, agency = sensors[sid]
                if (it["lon"], it["lat"]) != (lon, lat):
                    err("%s position %s,%s is not %s's registered %s,%s" % (where, it["lon"], it["lat"], sid, lon, lat))
                want = FEED_KINDS.get(feed) if feed != "rule" else RULE_KINDS.get(cat)
                if want and kind not in want:
                    err("%s sensor %s of kind %s cannot report %s/%s" % (where, sid, kind, feed, cat))
                if feed in ("rule", "status") and it["agency"] != agency:
                    err("%s agency %s is not the sensor's %s" % (where, it["agency"], agency))
        elif sid is not None:
            err("%s sensor_id on feed %s" % (where, feed))
        if feed in FEED_AGENCY and it["agency"] != FEED_AGENCY[feed]:
            err("%s agency %s wrong for feed %s" % (where, it["agency"], feed))
        # optional fields
        if "confidence" in it:
            if feed != "cctv" or not (0 <= it["confidence"] <= 1):
                err("%s bad confidence" % where)
        elif feed == "cctv":
            err("%s cctv without confidence" % where)
        if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
            err("%s bad reason" % where)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            err("%s bad status" % where)
        if "level" in it:
            lv = LEVELS.get(cat)
            if feed != "rule" or lv is None or it["level"] not in lv:
                err("%s bad level %r" % (where, it["level"]))
            elif lv[it["level"]] != it["severity"]:
                err("%s severity %s does not match level %s" % (where, it["severity"], it["level"]))
        elif feed == "rule" and cat in LEVELS:
            err("%s %s alert without level" % (where, cat))
        if "ends" in it:
            if feed != "planned_event" or not TS.match(it["ends"]) or ts(it["ends"]) <= obs:
                err("%s bad ends" % where)
        elif feed == "planned_event":
            err("%s planned event without ends" % where)
        items.append(it)
    keys = set(seen)
    for it in items:
        if "follows" in it:
            if it["follows"] not in keys or it["follows"] == it["key"]:
                err("%s follows unknown key %s" % (it["key"], it["follows"]))
    if not 15 <= len(items) <= 150:
        err("%d items, expected 15-150" % len(items))
    # truth
    incs = {i["label"]: i for i in truth.get("incidents", [])}
    labels = {it["truth"] for it in items if it["truth"] is not None}
    if set(incs) != labels:
        err("incident labels %s != item labels %s" % (sorted(incs), sorted(labels)))
    for lab, inc in incs.items():
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                err("incident %s lacks %s" % (lab, k))
        sk = inc.get("sufficient_evidence_key")
        first = next((it for it in items if it["key"] == sk), None)
        if first is None:
            err("incident %s: sufficient_evidence_key %s not in the items" % (lab, sk))
        elif first["truth"] != lab:
            err("incident %s: sufficient item %s belongs to %s" % (lab, sk, first["truth"]))
    alt = truth.get("alternative_reading")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt and not alt:
        err("truth_alt present but no alternative_reading")
    if alt:
        if not alt.get("why"):
            err("alternative_reading lacks why")
        aincs = {i["label"]: i for i in alt.get("incidents", [])}
        alabels = {it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"] for it in items} - {None}
        if set(aincs) != alabels:
            err("alternative incident labels %s != item labels %s" % (sorted(aincs), sorted(alabels)))
        for lab, inc in aincs.items():
            sk = inc.get("sufficient_evidence_key")
            first = next((it for it in items if it["key"] == sk), None)
            if first is None:
                err("alt incident %s: sufficient_evidence_key %s not in the items" % (lab, sk))
            elif (first["truth_alt"] if "truth_alt" in first else first["truth"]) != lab:
                err("alt incident %s: sufficient item %s belongs elsewhere" % (lab, sk))
    return len(items), len(incs)


def main():
    sensors = load_sensors()
    needed = load_needed()
    errs = []
    total = 0
    for num in NUMS:
        n, k = check(num, sensors, needed, errs)
        total += n
        print("%d: %d items, %d incidents" % (num, n, k))
    if errs:
        print("\n".join(errs))
        print("FAILED: %d problem(s)" % len(errs))
        sys.exit(1)
    print("OK: %d situations, %d items" % (len(NUMS), total))


if __name__ == "__main__":
    main()
