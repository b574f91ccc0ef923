"""Validate situations 1211-1222 of this folder (standard library only).

Exit 0 with "OK" when every file passes with no warning; otherwise print each problem
(ERROR or WARN) and exit 1.
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
ROOT = os.path.join(HERE, "..")
MINE = range(1211, 1223)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "road_reopened", "hazmat_report", "wrong_way_driver", "evacuation",
                 "missing_person", "medical", "other"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "rescue",
             "missing_person", "fallen_object"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
AGENCY = {"fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "incident": {"police"},
          "cctv": {"police", "traffic"}, "1999": {"citizen"}, "119": {"fire"}, "planned_event": {"police"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
RULE_KIND = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
UNKNOWN_ONLY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUSES = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    return {ft["properties"]["sensor_id"]: (ft["properties"]["kind"], ft["properties"]["agency"],
                                            ft["geometry"]["coordinates"]) for ft in d["features"]}


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def check(num, stem, sensors, errs, warns):
    def E(msg):
        errs.append("%s: %s" % (stem, msg))

    def W(msg):
        warns.append("%s: %s" % (stem, msg))

    items = []
    with open(os.path.join(ROOT, stem + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append((n, json.loads(line)))
            except ValueError as e:
                E("line %d does not parse: %s" % (n, e))
    try:
        with open(os.path.join(ROOT, stem + ".truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        E("truth file: %s" % e)
        return
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            E("truth lacks %s" % k)
    if set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}:
        E("truth has unknown keys %s" % (set(truth) - {"situation", "description", "incidents", "alternative_reading", "notes"}))
    if truth.get("situation") != stem:
        E("truth situation %r != %r" % (truth.get("situation"), stem))
    labels = {}
    for i in truth.get("incidents", []):
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if not i.get(k):
                E("incident lacks %s: %s" % (k, i))
        if i.get("type") not in TYPES:
            W("incident %s type %s not in the project's types" % (i.get("label"), i.get("type")))
        if i.get("label") in labels:
            E("incident label %s twice" % i.get("label"))
        labels[i.get("label")] = i
    alt = truth.get("alternative_reading")
    alt_labels = None
    if alt is not None:
        if not alt.get("why") or not isinstance(alt.get("incidents"), list):
            E("alternative_reading needs why and incidents")
        alt_labels = {i["label"]: i for i in alt.get("incidents", [])}
    if not 2 <= len(labels) <= 5:
        W("%d incidents (the set asks for 2-5)" % len(labels))

    first = {}
    prev_arr = None
    keys_in_order = []
    for n, it in items:
        where = "line %d (%s)" % (n, it.get("key"))
        for k in REQUIRED:
            if k not in it:
                E("%s lacks %s" % (where, k))
        extra = set(it) - set(REQUIRED) - OPTIONAL
        if extra:
            E("%s unknown fields %s" % (where, extra))
        key = it.get("key", "")
        if not key.startswith("%d-" % num):
            E("%s key does not start with %d-" % (where, num))
        feed = it.get("feed")
        if feed not in FEEDS:
            E("%s feed %s" % (where, feed))
            continue
        if (it.get("kind") == "alert") != (feed == "rule") or it.get("kind") not in ("alert", "event"):
            E("%s kind %s with feed %s" % (where, it.get("kind"), feed))
        cat = it.get("category")
        if cat not in CATS[feed]:
            E("%s category %s not allowed in feed %s" % (where, cat, feed))
        sev = it.get("severity")
        if sev not in SEVERITIES:
            E("%s severity %s" % (where, sev))
        if feed in UNKNOWN_ONLY and sev != "Unknown":
            E("%s severity must be Unknown in feed %s" % (where, feed))
        if feed in ("rule", "incident") and sev == "Unknown":
            E("%s feed %s needs a severity" % (where, feed))
        if not isinstance(it.get("text"), str) or not re.search(r"[\u4e00-\u9fff]", it.get("text", "")):
            E("%s text is not zh-TW" % where)
        lon, lat = it.get("lon"), it.get("lat")
        if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float))
                and 120.6 <= lon <= 120.74 and 24.15 <= lat <= 24.235):
            E("%s position %s,%s outside the study area" % (where, lon, lat))
        # sensors
        sid = it.get("sensor_id")
        if feed in SENSOR_FEEDS:
            if sid not in sensors:
                E("%s sensor_id %s not registered" % (where, sid))
            else:
                kind, agency, (slon, slat) = sensors[sid]
                if abs(slon - lon) > 1e-9 or abs(slat - lat) > 1e-9:
                    E("%s not at %s's registered position" % (where, sid))
                want = FEED_KIND.get(feed) or (RULE_KIND.get(cat) if feed == "rule" else None)
                if want and kind != want:
                    E("%s sensor %s is a %s, not a %s" % (where, sid, kind, want))
                if feed in ("rule", "status", "cctv") and it.get("agency") != agency:
                    E("%s agency %s, registry says %s" % (where, it.get("agency"), agency))
        elif sid is not None:
            E("%s sensor_id on feed %s" % (where, feed))
        if feed in AGENCY and it.get("agency") not in AGENCY[feed]:
            E("%s agency %s for feed %s" % (where, it.get("agency"), feed))
        # per-feed fields
        if feed == "cctv":
            c = it.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                E("%s cctv needs confidence 0-1" % where)
        elif "confidence" in it:
            E("%s confidence off cctv" % where)
        if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
            E("%s bad reason" % where)
        if "status" in it and (feed != "119" or it["status"] not in STATUSES):
            E("%s bad status" % where)
        if "gateway" in it:
            E("%s gateway used (the registry names none)" % where)
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            E("%s bad radius_m" % where)
        if feed == "planned_event":
            if "ends" not in it or not TS.match(it["ends"]) or it["ends"] <= it["observed"]:
                E("%s planned event needs ends after its start" % where)
        elif "ends" in it:
            E("%s ends off a planned event" % where)
        lvl = it.get("level")
        if feed == "rule" and cat == "flood_depth":
            if FLOOD_SEV.get(lvl) != sev:
                E("%s flood level %s with severity %s" % (where, lvl, sev))
        elif feed == "rule" and cat == "water_level":
            if WL_SEV.get(lvl) != sev:
                E("%s water level %s with severity %s" % (where, lvl, sev))
        elif feed == "rule" and cat == "heavy_rain":
            if RAIN_SEV.get(lvl) != sev:
                E("%s rain class %s with severity %s" % (where, lvl, sev))
        elif lvl is not None:
            E("%s level on a %s/%s item" % (where, feed, cat))
        # times
        for k in ("observed", "arrival"):
            if not TS.match(str(it.get(k))):
                E("%s %s not ISO 8601 UTC" % (where, k))
        try:
            arr = ts(it["arrival"])
            if prev_arr and arr < prev_arr:
                E("%s arrives before the line above" % where)
            prev_arr = arr
            if feed != "planned_event" and (ts(it["observed"]) - arr).total_seconds() > 300:
                E("%s observed more than 300 s after arrival (ingest would refuse it)" % where)
        except (KeyError, ValueError):
            pass
        # duplicates
        if key in first:
            a = dict(first[key]); b = dict(it)
            a.pop("arrival", None); b.pop("arrival", None)
            if a != b:
                E("%s re-delivery differs from its first delivery" % where)
        else:
            first[key] = it
            keys_in_order.append(key)
        # labels
        t = it.get("truth")
        if t is not None and t not in labels:
            E("%s truth %s is no incident" % (where, t))
        if "truth_alt" in it:
            if alt_labels is None:
                E("%s truth_alt without an alternative_reading" % where)
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                E("%s truth_alt %s is no alternative incident" % (where, it["truth_alt"]))
            if it["truth_alt"] == t:
                W("%s truth_alt equals truth" % where)
    for key in keys_in_order:
        f = first[key].get("follows")
        if f is not None and (f not in first or f == key):
            E("%s follows %s, which is not in the file" % (key, f))
    # incidents vs items
    used = {}
    used_alt = {}
    for key in keys_in_order:
        it = first[key]
        if it.get("truth") is not None:
            used.setdefault(it["truth"], []).append(key)
        la = it.get("truth_alt", it.get("truth"))
        if la is not None:
            used_alt.setdefault(la, []).append(key)
    for lab, i in labels.items():
        if lab not in used:
            E("incident %s has no item" % lab)
        sk = i.get("sufficient_evidence_key")
        if sk not in first:
            E("incident %s sufficient_evidence_key %s not in the file" % (lab, sk))
        elif first[sk].get("truth") != lab:
            E("incident %s sufficient_evidence_key %s is labelled %s" % (lab, sk, first[sk].get("truth")))
    if alt_labels is not None:
        for lab, i in alt_labels.items():
            if lab not in used_alt:
                E("alternative incident %s has no item" % lab)
            sk = i.get("sufficient_evidence_key")
            if sk not in first:
                E("alternative incident %s sufficient key %s not in the file" % (lab, sk))
            elif first[sk].get("truth_alt", first[sk].get("truth")) != lab:
                E("alternative incident %s sufficient key %s is labelled otherwise under that reading" % (lab, sk))
        for lab in used_alt:
            if lab not in alt_labels:
                E("label %s used under the alternative reading but not listed there" % lab)
    n_items = len(items)
    if not 25 <= n_items <= 90:
        W("%d items (25-90 asked)" % n_items)
    bg = sum(1 for _, it in items if it.get("truth") is None)
    frac = bg / max(n_items, 1)
    if not 0.10 <= frac <= 0.35:
        W("background %.0f %% (10-35 %% asked)" % (100 * frac))
    if n_items == len(first):
        W("no duplicate delivery")
    n_calls = sum(1 for _, it in items if it.get("feed") == "1999")
    if n_calls < 8:
        W("only %d citizen calls" % n_calls)
    return n_items, bg, len(labels)


def main():
    sensors = load_sensors()
    errs, warns = [], []
    stems = {}
    for fn in sorted(os.listdir(ROOT)):
        m = re.match(r"^(\d{4})_([a-z0-9_]+)\.(jsonl|truth\.json)$", fn)
        if m and int(m.group(1)) in MINE:
            stems.setdefault(int(m.group(1)), set()).add(fn.split(".")[0])
    for num in MINE:
        if num not in stems:
            errs.append("%d: missing" % num)
            continue
        for stem in sorted(stems[num]):
            for ext in (".jsonl", ".truth.json"):
                if not os.path.exists(os.path.join(ROOT, stem + ext)):
                    errs.append("%s: missing %s" % (stem, ext))
            if len(stems[num]) > 1:
                errs.append("%d: several stems %s" % (num, sorted(stems[num])))
            r = check(num, stem, sensors, errs, warns)
            if r and "-v" in sys.argv:
                print("%s: %d items, %d background, %d incidents" % (stem, r[0], r[1], r[2]))
    for e in errs:
        print("ERROR", e)
    for w in warns:
        print("WARN", w)
    if errs or warns:
        sys.exit(1)
    print("OK: %d situations" % len(stems))


if __name__ == "__main__":
    main()
