"""Validate situations 1011-1022 (only these files). Exit 1 with every problem listed.
Run: cd tools_1011_1022 && python3 validate.py"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
NUMBERS = range(1011, 1023)

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft",
                 "road_closure", "road_reopened", "crowd_control", "flooding_report", "fallen_object",
                 "traffic_signal_fault", "public_disturbance", "medical", "evacuation", "missing_person",
                 "hazmat_report", "road_collapse", "wrong_way_driver", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
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
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
            "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "truth_alt"}


def needed_vocabulary():
    """Extra (feed, code) pairs declared in vocabulary_needed_1011-1022.md: table rows `feed` | `code`."""
    extra = set()
    path = os.path.join(OUT, "vocabulary_needed_1011-1022.md")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|", line)
            if m:
                extra.add((m.group(1), m.group(2)))
    return extra


def parse_time(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", s):
        raise ValueError("not ISO 8601 UTC with Z: %r" % s)
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def main():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        sensors = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
    extra = needed_vocabulary()
    problems = []
    summary = []
    for n in NUMBERS:
        files = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))
        if len(files) != 1:
            problems.append("%d: expected one .jsonl, found %d" % (n, len(files)))
            continue
        jl = files[0]
        tp = jl[:-len(".jsonl")] + ".truth.json"
        name = os.path.basename(jl)
        P = lambda msg, ln=None: problems.append("%s%s: %s" % (name, ":%d" % ln if ln else "", msg))
        try:
            truth = json.load(open(tp, encoding="utf-8"))
        except Exception as e:  # noqa
            P("truth file unreadable: %s" % e)
            continue
        for k in ("situation", "description", "incidents"):
            if k not in truth:
                P("truth lacks %s" % k)
        if truth.get("situation") != os.path.basename(jl)[:-len(".jsonl")]:
            P("truth situation name differs from file name")
        labels = {}
        for inc in truth.get("incidents", []):
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in inc:
                    P("incident lacks %s: %r" % (k, inc))
            if inc.get("label") in labels:
                P("duplicate incident label %s" % inc.get("label"))
            if inc.get("type") not in TYPES:
                P("incident %s: type %r not an incident type" % (inc.get("label"), inc.get("type")))
            labels[inc.get("label")] = inc
        alt = truth.get("alternative_reading")
        alt_labels = {}
        if alt is not None:
            if not alt.get("why"):
                P("alternative_reading lacks why")
            for inc in alt.get("incidents", []):
                if inc.get("type") not in TYPES:
                    P("alt incident %s: bad type" % inc.get("label"))
                alt_labels[inc.get("label")] = inc
        items = []
        seen = {}
        prev_arr = None
        for ln, line in enumerate(open(jl, encoding="utf-8"), 1):
            try:
                it = json.loads(line)
            except Exception as e:  # noqa
                P("not JSON: %s" % e, ln)
                continue
            items.append(it)
            for k in REQUIRED:
                if k not in it:
                    P("missing field %s" % k, ln)
            for k in it:
                if k not in REQUIRED and k not in OPTIONAL:
                    P("unknown field %s" % k, ln)
            key, feed, cat = it.get("key"), it.get("feed"), it.get("category")
            try:
                obs = parse_time(it.get("observed"))
                arr = parse_time(it.get("arrival"))
                if obs.year not in (2026, 2027) or arr.year not in (2026, 2027):
                    P("timestamps must be in 2026 or 2027", ln)
                if prev_arr and arr < prev_arr:
                    P("arrival out of order", ln)
                prev_arr = arr
            except ValueError as e:
                P(str(e), ln)
            if key in seen:
                a, b = dict(seen[key]), dict(it)
                a.pop("arrival", None)
                b.pop("arrival", None)
                if a != b:
                    P("key %s repeated but not a true duplicate" % key, ln)
            else:
                seen[key] = it
            if feed not in VOCAB:
                P("unknown feed %r" % feed, ln)
                continue
            if it.get("kind") != ("alert" if feed == "rule" else "event"):
                P("kind %r wrong for feed %s" % (it.get("kind"), feed), ln)
            if cat not in VOCAB[feed] and (feed, cat) not in extra:
                P("category %s/%s neither in the vocabulary nor in vocabulary_needed" % (feed, cat), ln)
            sev = it.get("severity")
            if sev not in SEVERITIES:
                P("bad severity %r" % sev, ln)
            if feed in UNKNOWN_SEV and sev != "Unknown":
                P("severity must be Unknown for %s" % feed, ln)
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in sensors:
                    P("sensor_id %r not registered" % sid, ln)
                else:
                    ft = sensors[sid]
                    lon, lat = ft["geometry"]["coordinates"][:2]
                    if it.get("lon") != lon or it.get("lat") != lat:
                        P("sensor %s position %s,%s != registered %s,%s" % (sid, it.get("lon"), it.get("lat"), lon, lat),
                          ln)
                    kind = ft["properties"]["kind"]
                    want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
                    if feed in want and kind != want[feed]:
                        P("sensor %s is a %s, not %s" % (sid, kind, feed), ln)
                    if feed in ("rule", "status") and it.get("agency") != ft["properties"]["agency"]:
                        P("agency must be the sensor's (%s)" % ft["properties"]["agency"], ln)
                    if feed == "rule" and cat in LEVELS:
                        need = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain"}[cat]
                        if kind != need:
                            P("%s alert from a %s sensor" % (cat, kind), ln)
                    if feed == "rule" and cat == "congestion" and kind != "vd":
                        P("congestion alert from a %s sensor" % kind, ln)
            elif "sensor_id" in it:
                P("sensor_id on a %s item" % feed, ln)
            if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed]:
                P("agency %r wrong for feed %s" % (it.get("agency"), feed), ln)
            if not (120.5 < float(it.get("lon", 0)) < 120.8 and 24.1 < float(it.get("lat", 0)) < 24.3):
                P("position outside the study area", ln)
            if "level" in it:
                if feed != "rule" or cat not in LEVELS or it["level"] not in LEVELS[cat]:
                    P("bad level %r for %s" % (it["level"], cat), ln)
                elif LEVELS[cat][it["level"]] != sev:
                    P("severity %s does not match level %s" % (sev, it["level"]), ln)
            elif feed == "rule" and cat in LEVELS:
                P("%s alert without level" % cat, ln)
            if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
                P("bad reason %r" % it["reason"], ln)
            if "status" in it and (feed != "119" or it["status"] not in STATUSES):
                P("bad status %r" % it["status"], ln)
            if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
                P("bad confidence", ln)
            if feed == "cctv" and "confidence" not in it:
                P("cctv item without confidence", ln)
            if "ends" in it:
                if feed != "planned_event" or parse_time(it["ends"]) <= parse_time(it["observed"]):
                    P("bad ends", ln)
            elif feed == "planned_event":
                P("planned_event without ends", ln)
            if not isinstance(it.get("text"), str) or not it.get("text"):
                P("empty text", ln)
            t = it.get("truth")
            if t is not None and t not in labels:
                P("truth label %r not in the truth file" % t, ln)
            if "truth_alt" in it:
                if alt is None:
                    P("truth_alt without an alternative_reading", ln)
                elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                    P("truth_alt %r not in the alternative reading" % it["truth_alt"], ln)
        keys = set(seen)
        for it in items:
            if "follows" in it and it["follows"] not in keys:
                P("follows %r: no such key" % it["follows"])
        if not 15 <= len(items) <= 150:
            P("%d items: outside 15-150" % len(items))
        # labels: each incident has items and its sufficient key carries its label
        main_lab = {it["key"]: it.get("truth") for it in items}
        alt_lab = {it["key"]: it.get("truth_alt", it.get("truth")) for it in items}
        for lab, inc in labels.items():
            if not any(it.get("truth") == lab for it in items):
                P("incident %s has no item" % lab)
            k = inc.get("sufficient_evidence_key")
            if k not in keys:
                P("incident %s: sufficient_evidence_key %r not in the file" % (lab, k))
            elif main_lab[k] != lab:
                P("incident %s: sufficient_evidence_key %s is labelled %r" % (lab, k, main_lab[k]))
        if alt is not None:
            for lab, inc in alt_labels.items():
                if not any(alt_lab[it["key"]] == lab for it in items):
                    P("alt incident %s has no item" % lab)
                k = inc.get("sufficient_evidence_key")
                if k not in keys:
                    P("alt incident %s: sufficient_evidence_key %r not in the file" % (lab, k))
                elif alt_lab[k] != lab:
                    P("alt incident %s: sufficient_evidence_key %s is labelled %r under the alternative" %
                      (lab, k, alt_lab[k]))
            for it in items:
                if alt_lab[it["key"]] is not None and alt_lab[it["key"]] not in alt_labels:
                    P("item %s: label %r under the alternative is not an alternative incident" %
                      (it["key"], alt_lab[it["key"]]))
        summary.append("%s: %d items, %d incidents%s" % (name[:-6], len(items), len(labels),
                                                           " (alternative: %d)" % len(alt_labels) if alt else ""))
    for s in summary:
        print(s)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: %d situations valid" % len(summary))


if __name__ == "__main__":
    main()
