"""Validate situations 1051-1062 (only these files).

Checks: every line parses; required fields and their types; keys unique except true
duplicates (every field but `arrival` repeated); arrival order; sensor ids registered,
of the feed's kind, at their exact registered position; categories in the vocabulary
(FORMAT.md brief list + docs/vocabulary.md table) or in vocabulary_needed_1051-1062.md;
truth / truth_alt labels match the truth file; sufficient_evidence_key exists and carries
the incident's label; follows point at keys of the same file.
Exit status 1 on any problem.
"""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
NUMS = range(1051, 1063)

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "traffic_accident", "wrong_way_driver", "hazmat_report", "road_reopened", "road_collapse",
                 "medical", "evacuation", "missing_person", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "traffic_signal", "gas_odor",
             "water_outage", "evacuation", "missing_person", "fallen_object", "rescue", "power_outage",
             "環境公害", "環境清潔", "動物救援", "公園路樹"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
               "cctv": {"police", "traffic"}, "1999": {"citizen"}, "119": {"fire"}, "planned_event": {"police"}}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
            "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "truth_alt"}
TS = re.compile(r"^20(26|27)-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def needed_codes():
    """Codes declared in vocabulary_needed_1051-1062.md as `feed:code` in backticks."""
    path = os.path.join(OUT, "vocabulary_needed_1051-1062.md")
    codes = set()
    if os.path.exists(path):
        for feed, code in re.findall(r"`([a-z0-9_]+):([^`\s]+)`", open(path, encoding="utf-8").read()):
            codes.add((feed, code))
    return codes


def main():
    sensors = {}
    for f in json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))["features"]:
        sensors[f["properties"]["sensor_id"]] = (f["geometry"]["coordinates"], f["properties"]["kind"],
                                                 f["properties"]["agency"])
    extra = needed_codes()
    problems = []
    total = 0
    for num in NUMS:
        files = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
        if len(files) != 1:
            problems.append("%d: expected one .jsonl, found %d" % (num, len(files)))
            continue
        path = files[0]
        tpath = path[:-len(".jsonl")] + ".truth.json"
        name = os.path.basename(path)
        try:
            truth = json.load(open(tpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append("%s: truth file unreadable: %s" % (name, e))
            continue
        items = []
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            try:
                it = json.loads(line)
            except Exception as e:  # noqa: BLE001
                problems.append("%s:%d: does not parse: %s" % (name, n, e))
                continue
            if not isinstance(it, dict):
                problems.append("%s:%d: not an object" % (name, n))
                continue
            items.append((n, it))
        total += len(items)
        if not 15 <= len(items) <= 150:
            problems.append("%s: %d items (15-150 expected)" % (name, len(items)))
        by_key = {}
        prev_arr = None
        for n, it in items:
            where = "%s:%d" % (name, n)
            for k in REQUIRED:
                if k not in it:
                    problems.append("%s: missing %s" % (where, k))
            for k in it:
                if k not in ALLOWED:
                    problems.append("%s: unknown field %s" % (where, k))
            feed = it.get("feed")
            if feed not in VOCAB:
                problems.append("%s: unknown feed %r" % (where, feed))
                continue
            kind = it.get("kind")
            if (feed == "rule") != (kind == "alert") or kind not in ("alert", "event"):
                problems.append("%s: kind %r does not fit feed %s" % (where, kind, feed))
            cat = it.get("category")
            if cat not in VOCAB[feed] and (feed, cat) not in extra:
                problems.append("%s: category %s:%s not in the vocabulary nor in vocabulary_needed" % (where, feed, cat))
            if it.get("severity") not in SEVERITIES:
                problems.append("%s: bad severity %r" % (where, it.get("severity")))
            if feed in UNKNOWN_SEV and it.get("severity") != "Unknown":
                problems.append("%s: %s items carry severity Unknown" % (where, feed))
            if feed in FEED_AGENCY and it.get("agency") not in FEED_AGENCY[feed]:
                problems.append("%s: agency %r for feed %s" % (where, it.get("agency"), feed))
            for tk in ("observed", "arrival"):
                if not isinstance(it.get(tk), str) or not TS.match(it[tk]):
                    problems.append("%s: %s not ISO UTC in 2026/2027: %r" % (where, tk, it.get(tk)))
            if "ends" in it:
                if feed != "planned_event" or not TS.match(str(it["ends"])) or it["ends"] <= it["observed"]:
                    problems.append("%s: bad ends" % where)
            elif feed == "planned_event":
                problems.append("%s: planned_event without ends" % where)
            if feed != "planned_event" and it.get("arrival", "") < it.get("observed", ""):
                problems.append("%s: arrival before observed" % where)
            if prev_arr is not None and it.get("arrival", "") < prev_arr:
                problems.append("%s: arrival out of order" % where)
            prev_arr = it.get("arrival", prev_arr)
            if not (isinstance(it.get("lon"), (int, float)) and isinstance(it.get("lat"), (int, float))
                    and 118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
                problems.append("%s: position outside Taiwan" % where)
            sid = it.get("sensor_id")
            if feed in SENSOR_FEEDS:
                if sid not in sensors:
                    problems.append("%s: sensor %r not registered" % (where, sid))
                else:
                    (lon, lat), skind, sag = sensors[sid]
                    if it.get("lon") != lon or it.get("lat") != lat:
                        problems.append("%s: %s not at its registered position" % (where, sid))
                    if feed in FEED_KIND and skind != FEED_KIND[feed]:
                        problems.append("%s: %s is a %s, not a %s" % (where, sid, skind, feed))
                    if feed in ("rule", "status") and it.get("agency") != sag:
                        problems.append("%s: agency should be the sensor's (%s)" % (where, sag))
            elif sid is not None:
                problems.append("%s: sensor_id on a %s item" % (where, feed))
            if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
                problems.append("%s: bad confidence" % where)
            if feed == "cctv" and "confidence" not in it:
                problems.append("%s: cctv without confidence" % where)
            if "reason" in it and (feed != "status" or it.get("category") != "offline" or it["reason"] not in REASONS):
                problems.append("%s: bad reason" % where)
            if "status" in it and (feed != "119" or it["status"] not in STATUSES):
                problems.append("%s: bad status" % where)
            k = it.get("key")
            if k in by_key:
                a = {x: y for x, y in by_key[k].items() if x != "arrival"}
                b = {x: y for x, y in it.items() if x != "arrival"}
                if a != b:
                    problems.append("%s: key %s repeated with other fields (not a true duplicate)" % (where, k))
            else:
                by_key[k] = it
        for n, it in items:
            f = it.get("follows")
            if f is not None and (f not in by_key or f == it.get("key")):
                problems.append("%s:%d: follows unknown key %r" % (name, n, f))
        # truth
        labels = {i["label"] for i in truth.get("incidents", [])}
        if truth.get("situation") != num:
            problems.append("%s: situation number %r" % (os.path.basename(tpath), truth.get("situation")))
        for inc in truth.get("incidents", []):
            for fld in ("label", "type", "description", "sufficient_evidence_key"):
                if fld not in inc:
                    problems.append("%s: incident without %s" % (os.path.basename(tpath), fld))
        used = {it.get("truth") for _, it in items} - {None}
        if used != labels:
            problems.append("%s: labels in items %s != incidents %s" % (name, sorted(used), sorted(labels)))
        for inc in truth.get("incidents", []):
            k = inc.get("sufficient_evidence_key")
            if k not in by_key:
                problems.append("%s: sufficient_evidence_key %r not an item" % (name, k))
            elif by_key[k].get("truth") != inc["label"]:
                problems.append("%s: sufficient_evidence_key %r is not labelled %s" % (name, k, inc["label"]))
        has_alt = any("truth_alt" in it for _, it in items)
        alt = truth.get("alternative_reading")
        if has_alt and not alt:
            problems.append("%s: truth_alt used but no alternative_reading" % name)
        if alt:
            if not alt.get("why"):
                problems.append("%s: alternative_reading without why" % name)
            alabels = {i["label"] for i in alt.get("incidents", [])}
            aused = {it.get("truth_alt", it.get("truth")) for _, it in items} - {None}
            if aused != alabels:
                problems.append("%s: alt labels in items %s != alt incidents %s" % (name, sorted(aused), sorted(alabels)))
            for inc in alt.get("incidents", []):
                k = inc.get("sufficient_evidence_key")
                if k not in by_key:
                    problems.append("%s: alt sufficient_evidence_key %r not an item" % (name, k))
                elif by_key[k].get("truth_alt", by_key[k].get("truth")) != inc["label"]:
                    problems.append("%s: alt sufficient_evidence_key %r not labelled %s under the alternative"
                                    % (name, k, inc["label"]))
            for _, it in items:
                if "truth_alt" in it and it["truth_alt"] == it["truth"]:
                    problems.append("%s: key %s has truth_alt equal to truth" % (name, it["key"]))
    for p in problems:
        print("PROBLEM", p)
    print("%d situations, %d items, %d problems" % (len(NUMS), total, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
