"""Validate situations 831-842 (only the files whose names start with those numbers).

python3 validate.py            check everything, exit 1 on any problem
python3 validate.py --table    also print the README table rows
"""
import glob
import json
import math
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
NUMBERS = range(831, 843)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FIXED_AGENCY = {"incident": "police", "planned_event": "police", "1999": "citizen", "119": "fire",
                "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
CATEGORIES = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"traffic_accident", "accident", "injury_accident", "stalled_vehicle", "fallen_object",
                 "wrong_way_driver", "fire_report", "hazmat_report", "flooding_report", "road_closure",
                 "road_collapse", "crowd_control", "traffic_signal_fault", "theft", "public_disturbance",
                 "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding",
             "accident"},
    "1999": {"flooding", "blocked_drain", "traffic_signal", "road_damage", "fallen_tree", "fire_smoke", "gas_odor",
             "traffic_accident", "crowding", "noise", "illegal_parking", "water_outage", "streetlight", "環境公害",
             "環境清潔", "動物救援", "公園路樹", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event"},
}
RULE_SENSOR_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
                    "congestion": {"vd"}}
FEED_SENSOR_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"},
                    "cctv": {"cctv"}}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}}
INCIDENT_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "level", "follows", "ends", "truth_alt"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
CJK = re.compile(r"[\u4e00-\u9fff]")
# the study area: the union of the two district outlines (zones.geojson), as a box
STUDY = (120.60, 120.74, 24.15, 24.235)


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        feats = json.load(f)["features"]
    return {ft["properties"]["sensor_id"]: {"lon": ft["geometry"]["coordinates"][0],
                                            "lat": ft["geometry"]["coordinates"][1],
                                            "kind": ft["properties"]["kind"],
                                            "agency": ft["properties"]["agency"]} for ft in feats}


def metres(lon1, lat1, lon2, lat2):
    return math.hypot((lon2 - lon1) * 101605.0, (lat2 - lat1) * 110760.8)


def t(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check_situation(jsonl, truth_path, sensors, problems):
    stem = os.path.basename(jsonl)[:-len(".jsonl")]

    def bad(msg, line=None):
        problems.append(f"{os.path.basename(jsonl)}{':' + str(line) if line else ''}: {msg}")

    items = []
    with open(jsonl, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                bad("empty line", n)
                continue
            try:
                it = json.loads(raw)
            except json.JSONDecodeError as e:
                bad(f"does not parse: {e}", n)
                continue
            if not isinstance(it, dict):
                bad("not an object", n)
                continue
            items.append((n, it))

    first_by_key = {}
    prev_arrival = None
    alerted = set()
    for n, it in items:
        for fld in REQUIRED:
            if fld not in it:
                bad(f"missing field {fld}", n)
        extra = set(it) - set(REQUIRED) - OPTIONAL
        if extra:
            bad(f"unknown fields {sorted(extra)}", n)
        if any(fld not in it for fld in REQUIRED):
            continue
        key, feed, cat = it["key"], it["feed"], it["category"]
        if not isinstance(key, str) or not key.startswith(f"{stem[:3]}-"):
            bad(f"key {key!r} does not carry the situation number", n)
        # duplicates
        if key in first_by_key:
            a = {k: v for k, v in first_by_key[key].items() if k != "arrival"}
            b = {k: v for k, v in it.items() if k != "arrival"}
            if a != b:
                bad(f"key {key} repeated with different content", n)
        else:
            first_by_key[key] = it
        # kind / feed / agency
        if feed not in FEEDS:
            bad(f"unknown feed {feed}", n)
            continue
        if it["kind"] != ("alert" if feed == "rule" else "event"):
            bad(f"kind {it['kind']} wrong for feed {feed}", n)
        if it["agency"] not in AGENCIES:
            bad(f"unknown agency {it['agency']}", n)
        if feed in FIXED_AGENCY and it["agency"] != FIXED_AGENCY[feed]:
            bad(f"agency {it['agency']} wrong for feed {feed}", n)
        if cat not in CATEGORIES[feed]:
            bad(f"category {cat!r} not in the vocabulary of feed {feed}", n)
        # severity
        sev = it["severity"]
        if sev not in SEVERITIES:
            bad(f"severity {sev}", n)
        if feed in UNKNOWN_SEV and sev != "Unknown":
            bad(f"severity must be Unknown for feed {feed}", n)
        if feed in ("rule", "incident") and sev == "Unknown":
            bad(f"severity Unknown for feed {feed}", n)
        # position
        lon, lat = it["lon"], it["lat"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lon, lat)):
            bad("lon/lat not numbers", n)
            continue
        if not (118 <= lon <= 123 and 21 <= lat <= 27):
            bad("outside Taiwan's box", n)
        if not (STUDY[0] <= lon <= STUDY[1] and STUDY[2] <= lat <= STUDY[3]):
            bad("outside the study area", n)
        # times
        if not (isinstance(it["observed"], str) and ISO.match(it["observed"])):
            bad(f"observed {it['observed']!r} not ISO 8601 UTC", n)
            continue
        if not (isinstance(it["arrival"], str) and ISO.match(it["arrival"])):
            bad(f"arrival {it['arrival']!r} not ISO 8601 UTC", n)
            continue
        obs, arr = t(it["observed"]), t(it["arrival"])
        if arr.year != 2027:
            bad("arrival not in 2027", n)
        if feed != "planned_event" and (obs - arr).total_seconds() > 300:
            bad("observed more than 300 s after arrival (ingest would refuse it)", n)
        if feed != "planned_event" and (arr - obs).total_seconds() > 3 * 3600:
            bad("arrived more than 3 h after it was observed", n)
        if prev_arrival and arr < prev_arrival:
            bad("not in arrival order", n)
        prev_arrival = arr
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid is None:
                bad(f"feed {feed} needs sensor_id", n)
            elif sid not in sensors:
                bad(f"sensor {sid} not registered", n)
            else:
                s = sensors[sid]
                if feed in ("rule", "status", "cctv") and it["agency"] != s["agency"]:
                    bad(f"agency {it['agency']} is not the sensor's ({s['agency']})", n)
                kinds = FEED_SENSOR_KIND.get(feed) or (RULE_SENSOR_KIND.get(cat) if feed == "rule" else None)
                if kinds and s["kind"] not in kinds:
                    bad(f"sensor {sid} is a {s['kind']}, not fit for {feed}/{cat}", n)
                d = metres(lon, lat, s["lon"], s["lat"])
                if feed == "cctv":
                    if d > 400:
                        bad(f"CCTV {sid} reports something {d:.0f} m away", n)
                elif abs(lon - s["lon"]) > 1e-6 or abs(lat - s["lat"]) > 1e-6:
                    bad(f"item not at {sid}'s registered position ({d:.0f} m off)", n)
                if feed == "rule":
                    if cat == "cleared" and sid not in alerted:
                        bad(f"cleared at {sid} without an earlier alert", n)
                    alerted.add(sid)
        elif sid is not None:
            bad(f"feed {feed} carries a sensor_id", n)
        # per-field rules
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                bad("CCTV needs confidence 0-1", n)
        elif "confidence" in it:
            bad("confidence on a non-CCTV item", n)
        if feed == "rule" and cat in LEVELS:
            lv = it.get("level")
            if lv not in LEVELS[cat]:
                bad(f"level {lv!r} not valid for {cat}", n)
            elif LEVELS[cat][lv] != sev:
                bad(f"severity {sev} does not match level {lv}", n)
        elif "level" in it:
            bad("level on an item that is not a flood/water/rain alert", n)
        if feed == "planned_event":
            if not (isinstance(it.get("ends"), str) and ISO.match(it["ends"])):
                bad("planned event needs ends", n)
            elif t(it["ends"]) <= obs:
                bad("ends not after start", n)
        elif "ends" in it:
            bad("ends on an item that is not a planned event", n)
        if not (isinstance(it["text"], str) and CJK.search(it["text"])):
            bad("text missing or not zh-TW", n)
        if it["truth"] is not None and not isinstance(it["truth"], str):
            bad("truth must be a label or null", n)
        if "truth_alt" in it and it["truth_alt"] is not None and not isinstance(it["truth_alt"], str):
            bad("truth_alt must be a label or null", n)

    keys = {it["key"]: it for _, it in items if "key" in it}
    for n, it in items:
        fol = it.get("follows")
        if fol is not None:
            if fol not in keys:
                bad(f"follows {fol} which is not in the file", n)
            elif fol == it.get("key"):
                bad("follows itself", n)
            elif keys[fol]["feed"] != it.get("feed"):
                bad(f"follows {fol} of another feed", n)

    # truth
    try:
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        bad(f"truth file: {e}")
        return None
    tb = os.path.basename(truth_path)
    if truth.get("situation") != stem:
        problems.append(f"{tb}: situation {truth.get('situation')!r} != {stem}")
    if not isinstance(truth.get("description"), str) or not truth["description"]:
        problems.append(f"{tb}: description missing")

    def check_list(incs, label_of, where):
        labels = []
        for inc in incs:
            for fld in ("label", "type", "description", "sufficient_evidence_key"):
                if fld not in inc:
                    problems.append(f"{tb}: {where} incident without {fld}")
            lab = inc.get("label")
            if lab in labels:
                problems.append(f"{tb}: {where} label {lab} twice")
            labels.append(lab)
            if inc.get("type") not in INCIDENT_TYPES:
                problems.append(f"{tb}: {where} {lab} type {inc.get('type')!r}")
            sk = inc.get("sufficient_evidence_key")
            if sk not in keys:
                problems.append(f"{tb}: {where} {lab} sufficient_evidence_key {sk} not in the file")
            elif label_of(keys[sk]) != lab:
                problems.append(f"{tb}: {where} {lab} sufficient_evidence_key {sk} belongs to {label_of(keys[sk])}")
        used = {label_of(it) for it in keys.values()} - {None}
        for lab in used - set(labels):
            problems.append(f"{tb}: {where} label {lab} used by items but not listed")
        for lab in set(labels) - used:
            problems.append(f"{tb}: {where} label {lab} listed but no item carries it")
        return labels

    def main_label(it):
        return it.get("truth")

    def alt_label(it):
        return it["truth_alt"] if "truth_alt" in it else it.get("truth")

    main_labels = check_list(truth.get("incidents", []), main_label, "main")
    has_alt = any("truth_alt" in it for it in keys.values())
    alt = truth.get("alternative_reading")
    alt_labels = []
    if has_alt and not alt:
        problems.append(f"{tb}: items carry truth_alt but there is no alternative_reading")
    if alt:
        if not isinstance(alt.get("why"), str) or not alt["why"]:
            problems.append(f"{tb}: alternative_reading without why")
        alt_labels = check_list(alt.get("incidents", []), alt_label, "alternative")
    noise = sum(1 for it in keys.values() if it.get("truth") is None)
    return {"stem": stem, "lines": len(items), "keys": len(keys), "noise": noise,
            "incidents": len(main_labels), "alt": len(alt_labels) if alt else None}


def main():
    sensors = load_sensors()
    problems = []
    rows = []
    for num in NUMBERS:
        js = sorted(glob.glob(os.path.join(OUT, f"{num}_*.jsonl")))
        ts = sorted(glob.glob(os.path.join(OUT, f"{num}_*.truth.json")))
        if len(js) != 1 or len(ts) != 1:
            problems.append(f"{num}: expected one .jsonl and one .truth.json, found {len(js)} and {len(ts)}")
            continue
        if js[0][:-len(".jsonl")] != ts[0][:-len(".truth.json")]:
            problems.append(f"{num}: data and truth file names differ")
        row = check_situation(js[0], ts[0], sensors, problems)
        if row:
            if not 25 <= row["lines"] <= 150:
                problems.append(f"{row['stem']}: {row['lines']} lines (25-150 wanted)")
            rows.append(row)
    for p in problems:
        print("PROBLEM", p)
    if "--table" in sys.argv:
        for r in rows:
            print(f"| {r['stem']}.jsonl | {r['lines']} | {r['keys']} | {r['noise']} | {r['incidents']} | "
                  f"{'-' if r['alt'] is None else r['alt']} |")
    print(f"{len(rows)} situations checked, {sum(r['lines'] for r in rows)} lines, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
