"""Check situations 1291-1302 against FORMAT.md."""
import os, sys, json, glob
from lib import OUT, SENSORS

VOCAB = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"},
    "signal": {"fault", "restored"},
    "parking": {"full", "closed", "empty"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance",
                 "missing_person", "road_reopened", "evacuation"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other", "power_outage", "water_outage", "rescue",
             "missing_person", "fallen_object", "evacuation"},
    "status": {"offline", "online"},
    "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS119 = {"dispatched", "on_scene", "returning", "closed"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]
OPTIONAL = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "gateway", "truth_alt", "motion"}


def check(stem, errs):
    def e(m):
        errs.append(f"{stem}: {m}")
    items = []
    with open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except ValueError as x:
                e(f"line {n} does not parse: {x}")
    truth = json.load(open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8"))
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
    if not 20 <= len(items) <= 60:
        e(f"{len(items)} items, want 20-60")
    first = {}
    dups = 0
    prev = ""
    for it in items:
        k = it.get("key")
        for r in REQUIRED:
            if r not in it:
                e(f"{k}: missing {r}")
        for x in it:
            if x not in REQUIRED and x not in OPTIONAL:
                e(f"{k}: unknown field {x}")
        if it["arrival"] < prev:
            e(f"{k}: arrival out of order")
        prev = it["arrival"]
        if k in first:
            a, b = dict(first[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                e(f"{k}: duplicate differs beyond arrival")
            dups += 1
            continue
        first[k] = it
        feed, cat = it["feed"], it["category"]
        if cat not in VOCAB.get(feed, ()):
            e(f"{k}: category {cat} not in vocabulary of {feed}")
        if it["severity"] not in SEV:
            e(f"{k}: severity {it['severity']}")
        if (it["kind"] == "alert") != (feed == "rule"):
            e(f"{k}: kind/feed mismatch")
        if feed in FEED_AGENCY and feed != "cctv" and it["agency"] != FEED_AGENCY[feed]:
            e(f"{k}: agency {it['agency']} for feed {feed}")
        if feed in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                e(f"{k}: sensor {sid} not registered")
            else:
                s = SENSORS[sid]
                if (it["lon"], it["lat"]) != (s["lon"], s["lat"]):
                    e(f"{k}: not at registered position of {sid}")
                if it["agency"] != s["agency"]:
                    e(f"{k}: agency differs from sensor's")
        elif "sensor_id" in it:
            e(f"{k}: sensor_id on a {feed} item")
        if feed == "cctv" and "confidence" not in it:
            e(f"{k}: cctv without confidence")
        if "reason" in it and (feed != "status" or cat != "offline" or it["reason"] not in REASONS):
            e(f"{k}: bad reason")
        if "status" in it and (feed != "119" or it["status"] not in STATUS119):
            e(f"{k}: bad status")
        if "radius_m" in it and (feed != "planned_event" or not 1 <= it["radius_m"] <= 5000):
            e(f"{k}: bad radius")
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in SENSORS):
            e(f"{k}: bad gateway")
        if "ends" in it and (feed != "planned_event" or it["ends"] <= it["observed"]):
            e(f"{k}: bad ends")
        if cat in LEVELS and it.get("level") not in LEVELS[cat]:
            e(f"{k}: bad level")
        if "motion" in it and (feed != "cctv" or cat != "crowding"):
            e(f"{k}: bad motion")
        if "follows" in it and it["follows"] not in {i["key"] for i in items}:
            e(f"{k}: follows unknown {it['follows']}")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            e(f"{k}: position outside Taiwan")
        if not it["observed"].startswith("2026"):
            e(f"{k}: not dated 2026")
        t = it["truth"]
        if t is not None and t not in labels:
            e(f"{k}: truth {t} not an incident")
        ta = it.get("truth_alt", t)
        if "truth_alt" in it and not alt:
            e(f"{k}: truth_alt without alternative_reading")
        if ta is not None and ta not in alt_labels:
            e(f"{k}: truth_alt {ta} not an alternative incident")
    if dups < 1:
        e("no duplicated delivery")
    uniq = list(first.values())
    bg = sum(1 for i in uniq if i["truth"] is None) / len(uniq)
    if not 0.10 <= bg <= 0.30:
        e(f"background share {bg:.2f} outside 10-30 %")
    for reading, incs, lab in (("truth", truth["incidents"], lambda i: i["truth"]),
                               ("alt", alt["incidents"] if alt else [], lambda i: i.get("truth_alt", i["truth"]))):
        used = {lab(i) for i in uniq}
        for inc in incs:
            sk = inc["sufficient_evidence_key"]
            if sk not in first:
                e(f"{reading} {inc['label']}: sufficient key {sk} unknown")
            elif lab(first[sk]) != inc["label"]:
                e(f"{reading} {inc['label']}: sufficient key {sk} labelled {lab(first[sk])}")
            if inc["label"] not in used:
                e(f"{reading} {inc['label']}: no item")
        for u in used - {None} - {i["label"] for i in incs}:
            if incs:
                e(f"{reading}: label {u} has no incident")
    return len(items)


def main():
    errs = []
    stems = sorted(os.path.basename(p)[:-6] for p in glob.glob(os.path.join(OUT, "1[23][0-9][0-9]_*.jsonl")) if 1291 <= int(os.path.basename(p)[:4]) <= 1302)
    for st in stems:
        n = check(st, errs)
        print(st, n)
    if len(stems) != 12:
        errs.append(f"{len(stems)} situations, want 12")
    for x in errs:
        print("ERROR", x)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
