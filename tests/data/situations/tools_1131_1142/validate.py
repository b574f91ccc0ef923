"""Validate situations 1131-1142 only (FORMAT.md). Exit 1 on any problem."""
import glob
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
DATA = os.path.join(HERE, "..")
NUMBERS = range(1131, 1143)

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS_119 = {"dispatched", "on_scene", "returning", "closed"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
RULE_CATS = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd",
             "sensor_offline": None, "cleared": None}
FEED_CATS = {"fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"},
             "parking": {"full", "closed", "empty"}, "status": {"offline", "online"},
             "119": {"fire", "rescue", "ambulance", "hazmat"},
             "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
             "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
                      "accident"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FIXED_AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "planned_event": "police"}
UNKNOWN_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
ALLOWED_FIELDS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                  "sensor_id", "text", "confidence", "reason", "status", "level", "follows", "ends", "radius_m",
                  "gateway", "truth", "truth_alt"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        feats = json.load(f)["features"]
    return {ft["properties"]["sensor_id"]: (ft["geometry"]["coordinates"], ft["properties"]) for ft in feats}


def ts(s):
    if not isinstance(s, str) or not s.endswith("Z"):
        raise ValueError(f"not an ISO UTC time: {s!r}")
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(n, jsonl, truthf, sensors, problems):
    def bad(msg):
        problems.append(f"{os.path.basename(jsonl)}: {msg}")

    items = []
    with open(jsonl, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                items.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"line {ln}: does not parse: {e}")
    if not 15 <= len(items) <= 80:
        bad(f"{len(items)} items (15-80 required)")
    try:
        with open(truthf, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        bad(f"truth file: {e}")
        return
    if truth.get("situation") != n:
        bad("truth situation number differs")
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        if inc.get("type") not in INCIDENT_TYPES:
            bad(f"incident {inc.get('label')}: type {inc.get('type')!r}")
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if k not in inc:
                bad(f"incident {inc.get('label')}: missing {k}")
    by_key = {}
    first_arrival = {}
    prev_arr = None
    used, used_alt = set(), set()
    has_alt = False
    for ln, it in items:
        where = f"line {ln} ({it.get('key')})"
        extra = set(it) - ALLOWED_FIELDS
        if extra:
            bad(f"{where}: unknown fields {sorted(extra)}")
        for k in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
                  "truth"):
            if k not in it:
                bad(f"{where}: missing {k}")
        try:
            obs, arr = ts(it["observed"]), ts(it["arrival"])
        except (ValueError, KeyError) as e:
            bad(f"{where}: {e}")
            continue
        if prev_arr and arr < prev_arr:
            bad(f"{where}: arrival out of order")
        prev_arr = arr
        feed = it.get("feed")
        if it.get("kind") not in KINDS:
            bad(f"{where}: kind {it.get('kind')!r}")
        if feed not in FEEDS:
            bad(f"{where}: feed {feed!r}")
        if (it.get("kind") == "alert") != (feed == "rule"):
            bad(f"{where}: kind alert iff feed rule")
        if it.get("agency") not in AGENCIES:
            bad(f"{where}: agency {it.get('agency')!r}")
        if it.get("severity") not in SEVERITIES:
            bad(f"{where}: severity {it.get('severity')!r}")
        if feed in FIXED_AGENCY and it.get("agency") != FIXED_AGENCY[feed]:
            bad(f"{where}: agency {it.get('agency')} for feed {feed}")
        if feed in UNKNOWN_SEVERITY and it.get("severity") != "Unknown":
            bad(f"{where}: severity must be Unknown for {feed}")
        if feed in FEED_CATS and it.get("category") not in FEED_CATS[feed]:
            bad(f"{where}: category {it.get('category')!r} not allowed in {feed}")
        if not isinstance(it.get("text"), str) or not it.get("text"):
            bad(f"{where}: text missing")
        # sensors
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in sensors:
                bad(f"{where}: sensor_id {sid!r} not registered")
            else:
                (lon, lat), props = sensors[sid]
                if abs(it["lon"] - lon) > 1e-6 or abs(it["lat"] - lat) > 1e-6:
                    bad(f"{where}: not at {sid}'s registered position")
                if feed in ("rule", "status") and it.get("agency") != props["agency"]:
                    bad(f"{where}: agency {it.get('agency')} differs from the sensor's {props['agency']}")
                if feed in FEED_KIND and props["kind"] != FEED_KIND[feed]:
                    bad(f"{where}: {sid} is a {props['kind']}, not a {FEED_KIND[feed]}")
                if feed == "rule":
                    want = RULE_CATS.get(it.get("category"), "?")
                    if want == "?":
                        bad(f"{where}: rule category {it.get('category')!r}")
                    elif want and props["kind"] != want:
                        bad(f"{where}: {it['category']} from a {props['kind']} sensor")
        elif "sensor_id" in it:
            bad(f"{where}: sensor_id on a {feed} item")
        # optional fields
        if "level" in it:
            if feed != "rule" or it.get("level") not in LEVELS.get(it.get("category"), set()):
                bad(f"{where}: level {it.get('level')!r}")
        elif feed == "rule" and it.get("category") in LEVELS:
            bad(f"{where}: {it['category']} alert without level")
        if "reason" in it and not (feed == "status" and it.get("category") == "offline" and it["reason"] in REASONS):
            bad(f"{where}: reason {it['reason']!r}")
        if "status" in it and feed != "1999" and not (feed == "119" and it["status"] in STATUS_119):
            bad(f"{where}: status {it['status']!r}")
        if "radius_m" in it:
            r = it["radius_m"]
            if feed != "planned_event" or not isinstance(r, (int, float)) or isinstance(r, bool) or not 1 <= r <= 5000:
                bad(f"{where}: radius_m {r!r}")
        if "gateway" in it:
            g = it["gateway"]
            if feed not in ("rule", "status") or not isinstance(g, str) or not ID_RE.match(g):
                bad(f"{where}: gateway {g!r}")
        if "ends" in it:
            if feed != "planned_event" or ts(it["ends"]) <= obs:
                bad(f"{where}: ends")
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1):
            bad(f"{where}: confidence")
        if feed == "cctv" and "confidence" not in it:
            bad(f"{where}: cctv without confidence")
        if not (118 <= it["lon"] <= 123 and 21 <= it["lat"] <= 27):
            bad(f"{where}: position outside Taiwan")
        if obs > arr and feed != "planned_event":
            bad(f"{where}: observed after arrival")
        # duplicates
        k = it.get("key")
        if k in by_key:
            a = {x: y for x, y in by_key[k].items() if x != "arrival"}
            b = {x: y for x, y in it.items() if x != "arrival"}
            if a != b:
                bad(f"{where}: duplicate key {k} with different fields")
        else:
            by_key[k] = it
            first_arrival[k] = arr
        # labels
        t = it.get("truth")
        if t is not None and t not in labels:
            bad(f"{where}: truth {t!r} is no incident")
        ta = it.get("truth_alt", t)
        if "truth_alt" in it:
            has_alt = True
        if ta is not None and ta not in alt_labels:
            bad(f"{where}: truth under the alternative reading {ta!r} is no incident of it")
        if t is not None:
            used.add(t)
        if ta is not None:
            used_alt.add(ta)
    for k, it in by_key.items():
        if "follows" in it:
            fl = it["follows"] if isinstance(it["follows"], list) else [it["follows"]]
            for f in fl:
                if f not in by_key or f == k:
                    bad(f"{k}: follows {f!r}, not a report of this file")
    if has_alt and not alt:
        bad("truth_alt used but no alternative_reading")
    for reading, incs, field, usedset in (("truth", truth["incidents"], "truth", used),
                                          ("alt", alt["incidents"] if alt else [], "truth_alt", used_alt)):
        seen = set()
        for inc in incs:
            if inc["label"] in seen:
                bad(f"{reading}: label {inc['label']} twice")
            seen.add(inc["label"])
            if inc["label"] not in usedset:
                bad(f"{reading}: incident {inc['label']} has no item")
            sk = inc.get("sufficient_evidence_key")
            if sk not in by_key:
                bad(f"{reading}: sufficient_evidence_key {sk!r} of {inc['label']} is no item")
            else:
                it = by_key[sk]
                lab = it.get("truth_alt", it["truth"]) if field == "truth_alt" else it["truth"]
                if lab != inc["label"]:
                    bad(f"{reading}: sufficient_evidence_key {sk} is labelled {lab!r}, not {inc['label']!r}")


def main():
    sensors = load_sensors()
    problems = []
    found = 0
    for n in NUMBERS:
        files = glob.glob(os.path.join(DATA, f"{n}_*.jsonl"))
        if len(files) != 1:
            problems.append(f"{n}: expected one data file, found {len(files)}")
            continue
        jsonl = files[0]
        truthf = jsonl[:-len(".jsonl")] + ".truth.json"
        if not os.path.exists(truthf):
            problems.append(f"{n}: no truth file")
            continue
        found += 1
        check(n, jsonl, truthf, sensors, problems)
    for p in problems:
        print("PROBLEM", p)
    print(f"{found} situations checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
