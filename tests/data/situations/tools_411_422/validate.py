"""Validate situations 411-422: every file parses; keys, labels, sensors, arrival
order, duplicates consistent; truth files complete under both readings."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119",
         "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark",
             # vocabulary_needed_411-422.md (present in docs/vocabulary.md, not in the brief's list)
             "flooding", "accident"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight",
             "noise", "illegal_parking", "crowding", "blocked_drain", "other"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}, "sensor_offline": None}
FEED_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
TYPES = {"flood", "fire", "traffic", "crowd", "rescue", "infrastructure", "public_safety"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text",
       "truth"]


def main():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        sensors = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
    errors = []
    files = sorted(glob.glob(os.path.join(OUT, "4[12][0-9]_*.jsonl")))
    nums = sorted(int(os.path.basename(p)[:3]) for p in files)
    if nums != list(range(411, 423)):
        errors.append(f"expected situations 411..422, found {nums}")
    all_keys = {}
    for path in files:
        name = os.path.basename(path)[:-6]
        err = lambda m: errors.append(f"{name}: {m}")  # noqa: E731
        items = []
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"line {i}: {e}")
        try:
            with open(path[:-6] + ".truth.json", encoding="utf-8") as f:
                truth = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            err(f"truth: {e}")
            continue
        if truth.get("situation") != name:
            err("truth situation name")
        if not 25 <= len(items) <= 80:
            err(f"{len(items)} items, want 25-80")
        inc = {i["label"]: i for i in truth["incidents"]}
        if len(inc) != len(truth["incidents"]):
            err("duplicate incident label")
        alt = truth.get("alternative_reading")
        alt_inc = {i["label"]: i for i in alt["incidents"]} if alt else inc
        for i in truth["incidents"] + (alt["incidents"] if alt else []):
            for k in ("label", "type", "description", "sufficient_evidence_key"):
                if k not in i:
                    err(f"incident {i.get('label')} missing {k}")
            if i.get("type") not in TYPES:
                err(f"incident {i['label']} type {i.get('type')}")
        first = {}
        prev_arrival = ""
        noise = 0
        has_alt_field = False
        for n, it in enumerate(items, 1):
            where = f"line {n} ({it.get('key')})"
            for k in REQ:
                if k not in it:
                    err(f"{where}: missing {k}")
            feed = it["feed"]
            if feed not in FEEDS:
                err(f"{where}: feed {feed}")
                continue
            if it["kind"] != ("alert" if feed == "rule" else "event"):
                err(f"{where}: kind")
            if it["agency"] not in AGENCIES:
                err(f"{where}: agency {it['agency']}")
            if it["category"] not in CATS[feed]:
                err(f"{where}: category {feed}/{it['category']}")
            if it["severity"] not in SEVS:
                err(f"{where}: severity")
            if feed in ("signal", "parking", "cctv", "status", "1999", "119", "planned_event", "fire_alarm") \
                    and it["severity"] != "Unknown":
                err(f"{where}: severity should be Unknown")
            if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
                err(f"{where}: position")
            if it["arrival"] < prev_arrival:
                err(f"{where}: arrival order")
            prev_arrival = it["arrival"]
            if feed in SENSOR_FEEDS:
                sid = it.get("sensor_id")
                if sid not in sensors:
                    err(f"{where}: sensor {sid} not registered")
                else:
                    sp = sensors[sid]["properties"]
                    kinds = RULE_KIND.get(it["category"]) if feed == "rule" else FEED_KIND.get(feed)
                    if kinds and sp["kind"] not in kinds:
                        err(f"{where}: sensor kind {sp['kind']} for {feed}/{it['category']}")
                    lon, lat = sensors[sid]["geometry"]["coordinates"][:2]
                    if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                        err(f"{where}: not at the registered position")
                    if feed in ("rule", "status") and it["agency"] != sp["agency"]:
                        err(f"{where}: agency not the sensor's")
            elif "sensor_id" in it:
                err(f"{where}: sensor_id on {feed}")
            if feed == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
                err(f"{where}: level {it.get('level')}")
            if "confidence" in it and not 0 <= it["confidence"] <= 1:
                err(f"{where}: confidence")
            if feed == "cctv" and "confidence" not in it:
                err(f"{where}: cctv without confidence")
            if feed == "planned_event" and "ends" not in it:
                err(f"{where}: permit without ends")
            if it["truth"] is not None and it["truth"] not in inc:
                err(f"{where}: truth {it['truth']} not an incident")
            if "truth_alt" in it:
                has_alt_field = True
                if not alt:
                    err(f"{where}: truth_alt without alternative_reading")
                elif it["truth_alt"] is not None and it["truth_alt"] not in alt_inc:
                    err(f"{where}: truth_alt {it['truth_alt']} not an alt incident")
                if it["truth_alt"] == it["truth"]:
                    err(f"{where}: truth_alt equals truth")
            if it["truth"] is None:
                noise += 1
            k = it["key"]
            if k in first:
                a, b = dict(first[k]), dict(it)
                a.pop("arrival")
                b.pop("arrival")
                if a != b:
                    err(f"{where}: duplicate delivery differs")
            else:
                first[k] = it
                if k in all_keys:
                    err(f"{where}: key also in {all_keys[k]}")
                all_keys[k] = name
        for it in items:
            if "follows" in it and it["follows"] not in first:
                err(f"{it['key']}: follows unknown {it['follows']}")
        if noise == 0:
            err("no background items")
        if alt and not has_alt_field and not truth.get("notes"):
            pass
        # every incident has items and a sufficient key of its own label, under both readings
        for reading, incs in (("main", inc), ("alt", alt_inc)):
            lab = {k: (it.get("truth_alt", it["truth"]) if reading == "alt" else it["truth"])
                   for k, it in first.items()}
            for L, i in incs.items():
                if L not in lab.values():
                    err(f"{reading}: incident {L} has no items")
                sk = i["sufficient_evidence_key"]
                if sk not in first:
                    err(f"{reading}: sufficient key {sk} unknown")
                elif lab[sk] != L:
                    err(f"{reading}: sufficient key {sk} is labelled {lab[sk]}, not {L}")
            for k, L in lab.items():
                if L is not None and L not in incs:
                    err(f"{reading}: {k} labelled {L}, not in the incident list")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} situations checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
