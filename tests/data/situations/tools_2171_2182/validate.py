"""Check the situations 2171-2182: every file parses; keys unique except duplicates, which
repeat every field except arrival; labels consistent with the truth file (both readings);
sensor ids registered, with their registered positions; arrival order; follows point to
existing keys; the wire's closed sets. Exit 1 with every problem listed."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import OUT, SENSORS, parse_iso  # noqa: E402

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
CLOSED = {
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             "flooding", "accident"},
    "status": {"offline", "online"},
    "119": {"fire", "rekindle", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works", "event", "market", "festival"},
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared",
             "water_level_falling"},
}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic",
               "incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
CASE_STATUS = {"dispatched", "on_scene", "returning", "closed"}
PERMIT_STATUS = {"approved", "amended", "cancelled"}
LEVELS = {"flood_depth": {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"},
          "water_level": {"3": "Moderate", "2": "Severe", "1": "Extreme"},
          "heavy_rain": {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme",
                         "超大豪雨": "Extreme"}}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed",
            "arrival", "text", "truth"]
ALLOWED = set(REQUIRED) | {"sensor_id", "confidence", "reason", "status", "level", "follows",
                           "ends", "radius_m", "permit_status", "gateway", "truth_alt"}
TRUTH_TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure",
               "hazmat", "planned_event", "flood_risk"}


def check_file(path, problems):
    stem = os.path.basename(path)[:-len(".jsonl")]
    num = int(stem.split("_", 1)[0])
    where = os.path.basename(path)

    def bad(msg):
        problems.append("%s: %s" % (where, msg))

    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append((n, json.loads(line)))
            except ValueError as e:
                bad("line %d does not parse: %s" % (n, e))
    first = {}
    prev_arrival = None
    for n, it in rows:
        for k in REQUIRED:
            if k not in it:
                bad("line %d lacks %s" % (n, k))
        for k in it:
            if k not in ALLOWED:
                bad("line %d has unknown field %s" % (n, k))
        key = it.get("key", "")
        if not key.startswith("%d-" % num):
            bad("line %d key %s lacks the prefix %d-" % (n, key, num))
        feed = it.get("feed")
        if feed not in FEEDS:
            bad("line %d feed %s" % (n, feed))
        if it.get("kind") != ("alert" if feed == "rule" else "event"):
            bad("line %d kind %s for feed %s" % (n, it.get("kind"), feed))
        if it.get("agency") not in AGENCIES:
            bad("line %d agency %s" % (n, it.get("agency")))
        if feed in FEED_AGENCY and it.get("agency") != FEED_AGENCY[feed] and feed != "cctv":
            bad("line %d agency %s for feed %s" % (n, it.get("agency"), feed))
        sev = it.get("severity")
        if sev not in SEVERITIES:
            bad("line %d severity %s" % (n, sev))
        if feed in UNKNOWN_SEV and sev != "Unknown":
            bad("line %d: feed %s gives no severity, expected Unknown" % (n, feed))
        cat = it.get("category")
        if feed in CLOSED and cat not in CLOSED[feed]:
            bad("line %d category %s not in the %s set" % (n, cat, feed))
        lon, lat = it.get("lon"), it.get("lat")
        if not (118 <= lon <= 123 and 21 <= lat <= 27):
            bad("line %d position outside Taiwan" % n)
        try:
            t_obs = parse_iso(it["observed"])
            t_arr = parse_iso(it["arrival"])
        except (KeyError, ValueError) as e:
            bad("line %d time: %s" % (n, e))
            continue
        if prev_arrival is not None and t_arr < prev_arrival:
            bad("line %d arrives before the line above it" % n)
        prev_arrival = t_arr
        if feed != "planned_event" and (t_obs - t_arr).total_seconds() > 300:
            bad("line %d observed more than 300 s after its arrival" % n)
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in SENSORS:
                bad("line %d sensor %s not registered" % (n, sid))
            else:
                s = SENSORS[sid]
                if abs(s["lon"] - lon) > 1e-9 or abs(s["lat"] - lat) > 1e-9:
                    bad("line %d sensor %s not at its registered position" % (n, sid))
                if feed in FEED_KIND and s["kind"] != FEED_KIND[feed]:
                    bad("line %d sensor %s is a %s, not %s" % (n, sid, s["kind"], feed))
                if feed in ("rule", "status", "cctv") and it.get("agency") != s["agency"]:
                    bad("line %d agency %s is not the sensor's %s" % (n, it.get("agency"),
                                                                      s["agency"]))
        elif sid is not None:
            bad("line %d: feed %s carries no sensor_id" % (n, feed))
        # optional fields
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                bad("line %d cctv confidence %r" % (n, c))
        elif "confidence" in it:
            bad("line %d confidence on feed %s" % (n, feed))
        if "reason" in it and not (feed == "status" and cat == "offline"
                                   and it["reason"] in REASONS):
            bad("line %d reason %r" % (n, it["reason"]))
        if "status" in it and not (feed == "119" and it["status"] in CASE_STATUS):
            bad("line %d status %r" % (n, it["status"]))
        if "level" in it:
            lv = LEVELS.get(cat) if feed == "rule" else None
            if lv is None or it["level"] not in lv:
                bad("line %d level %r for %s" % (n, it["level"], cat))
            elif lv[it["level"]] != sev:
                bad("line %d severity %s does not match level %s" % (n, sev, it["level"]))
        if feed == "rule" and cat in LEVELS and "level" not in it:
            bad("line %d %s alert without level" % (n, cat))
        for k in ("ends", "radius_m", "permit_status"):
            if k in it and feed != "planned_event":
                bad("line %d %s on feed %s" % (n, k, feed))
        if feed == "planned_event":
            if "ends" not in it or parse_iso(it["ends"]) <= t_obs:
                bad("line %d planned event without a later end" % n)
            if "radius_m" in it and not 1 <= it["radius_m"] <= 5000:
                bad("line %d radius %r" % (n, it["radius_m"]))
            ps = it.get("permit_status", "approved")
            if ps not in PERMIT_STATUS:
                bad("line %d permit_status %r" % (n, ps))
            if ps != "approved" and "follows" not in it:
                bad("line %d %s permit follows nothing" % (n, ps))
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in SENSORS
                                and not it["gateway"].startswith(("GW-", "TB-CAB-", "UPLINK-"))):
            bad("line %d gateway %r" % (n, it["gateway"]))
        if feed == "119" and it.get("status", "dispatched") != "dispatched" and "follows" not in it:
            bad("line %d 119 update follows no case" % n)
        # duplicates
        if key in first:
            a = dict(first[key])
            b = dict(it)
            a.pop("arrival")
            b.pop("arrival")
            if a != b:
                bad("line %d duplicate %s differs in more than its arrival" % (n, key))
        else:
            first[key] = it
    keys = set(first)
    for key, it in first.items():
        fo = it.get("follows")
        if fo is not None and (fo not in keys or fo == key):
            bad("%s follows %r, no other key of the file" % (key, fo))
    if not 20 <= len(first) <= 150:
        bad("%d items (20-150 wanted)" % len(first))
    # truth
    tpath = path[:-len(".jsonl")] + ".truth.json"
    try:
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        bad("truth file: %s" % e)
        return len(first), len(rows)
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            bad("truth file lacks %s" % k)
    if truth.get("situation") != num:
        bad("truth situation %r is not %d" % (truth.get("situation"), num))

    def check_reading(name, incidents, label_of):
        labels = {}
        for i in incidents:
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    bad("%s incident lacks %s" % (name, k))
            if i.get("type") not in TRUTH_TYPES:
                bad("%s incident %s type %r" % (name, i.get("label"), i.get("type")))
            if i["label"] in labels:
                bad("%s label %s twice" % (name, i["label"]))
            if not i["label"].startswith("%d-" % num):
                bad("%s label %s lacks the prefix" % (name, i["label"]))
            labels[i["label"]] = i
        used = {}
        for key, it in first.items():
            lab = label_of(it)
            if lab is None:
                continue
            if lab not in labels:
                bad("%s: %s labelled %s, no incident of the truth file" % (name, key, lab))
            used[lab] = used.get(lab, 0) + 1
        for lab, i in labels.items():
            if lab not in used:
                bad("%s: incident %s has no item" % (name, lab))
            sk = i["sufficient_evidence_key"]
            if sk not in first:
                bad("%s: %s sufficient key %s is no item" % (name, lab, sk))
            elif label_of(first[sk]) != lab:
                bad("%s: %s sufficient key %s belongs to %s" % (name, lab, sk,
                                                                label_of(first[sk])))

    check_reading("truth", truth.get("incidents", []), lambda it: it["truth"])
    has_alt = any("truth_alt" in it for it in first.values())
    alt = truth.get("alternative_reading")
    if has_alt and not alt:
        bad("items carry truth_alt but the truth file has no alternative_reading")
    if alt:
        if "why" not in alt or "incidents" not in alt:
            bad("alternative_reading lacks why or incidents")
        check_reading("alternative", alt.get("incidents", []),
                      lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"])
        if not has_alt and [i["label"] for i in alt["incidents"]] == \
                [i["label"] for i in truth["incidents"]]:
            bad("alternative_reading changes nothing")
    for key, it in first.items():
        if "truth_alt" in it and it["truth_alt"] == it["truth"]:
            bad("%s truth_alt equals truth" % key)
    return len(first), len(rows)


def main():
    problems = []
    files = sorted(glob.glob(os.path.join(OUT, "21[78][0-9]_*.jsonl")))
    nums = sorted(int(os.path.basename(p).split("_")[0]) for p in files)
    if nums != list(range(2171, 2183)):
        problems.append("situations found: %s" % nums)
    for p in files:
        n_items, n_lines = check_file(p, problems)
        print("%-40s %3d items %3d lines" % (os.path.basename(p), n_items, n_lines))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok: %d situations" % len(files))


if __name__ == "__main__":
    main()
