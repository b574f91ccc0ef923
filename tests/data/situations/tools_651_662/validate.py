"""Validate situations 651-662 only."""
import glob, json, math, os, re, sys
from datetime import datetime
from lib import GEO, OUT, SENSORS, REQUIRED, OPTIONAL

LO, HI = 651, 662
KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
FEED_AGENCY = {"1999": {"citizen"}, "119": {"fire"}, "incident": {"police"}, "planned_event": {"police"},
               "fire_alarm": {"disaster"}, "signal": {"traffic"}, "parking": {"traffic"}, "cctv": {"police", "traffic"}}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
errors = []

def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")

def t(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")

def check(jf):
    tf = jf[:-len(".jsonl")] + ".truth.json"
    if not os.path.exists(tf):
        err(jf, "missing truth file"); return 0
    truth = json.load(open(tf, encoding="utf-8"))
    name = os.path.basename(jf)[:-6]
    if truth.get("situation") != name:
        err(tf, "situation name mismatch")
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tf, f"truth lacks {k}")
    labels = {i["label"]: i for i in truth["incidents"]}
    if not 1 <= len(labels) <= 4:
        err(tf, "1-4 incidents expected")
    alt = truth.get("alternative_reading")
    alt_labels = {i["label"]: i for i in alt["incidents"]} if alt else None
    items, seen = [], {}
    prev = None
    for n, line in enumerate(open(jf, encoding="utf-8"), 1):
        try:
            it = json.loads(line)
        except Exception as e:
            err(jf, f"line {n} does not parse: {e}"); continue
        items.append(it)
        for k in REQUIRED:
            if k not in it:
                err(jf, f"line {n} lacks {k}")
        extra = set(it) - set(REQUIRED) - set(OPTIONAL) - {"truth_alt"}
        if extra:
            err(jf, f"line {n} unknown fields {extra}")
        if it["kind"] not in KINDS or it["feed"] not in FEEDS or it["agency"] not in AGENCIES or it["severity"] not in SEV:
            err(jf, f"line {n} bad enum")
        if (it["kind"] == "alert") != (it["feed"] == "rule"):
            err(jf, f"line {n} kind/feed mismatch")
        for k in ("observed", "arrival"):
            if not TS.match(it.get(k, "")):
                err(jf, f"line {n} bad {k}")
        if prev and it["arrival"] < prev:
            err(jf, f"line {n} out of arrival order")
        prev = it["arrival"]
        if it["feed"] in UNKNOWN_SEV and it["severity"] != "Unknown":
            err(jf, f"line {n} severity must be Unknown for {it['feed']}")
        if it["feed"] in FEED_AGENCY and it["agency"] not in FEED_AGENCY[it["feed"]]:
            err(jf, f"line {n} agency {it['agency']} wrong for {it['feed']}")
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(jf, f"line {n} unknown sensor {sid}")
            else:
                c = SENSORS[sid]["geometry"]["coordinates"]
                if abs(c[0] - it["lon"]) > 1e-6 or abs(c[1] - it["lat"]) > 1e-6:
                    err(jf, f"line {n} {sid} not at its registered position")
                if it["feed"] in ("rule", "status", "fire_alarm", "signal", "parking") and \
                        it["agency"] != SENSORS[sid]["properties"]["agency"]:
                    err(jf, f"line {n} {sid} agency differs from registry")
                kind = SENSORS[sid]["properties"]["kind"]
                need = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(it["feed"])
                if need and kind != need:
                    err(jf, f"line {n} {sid} is a {kind}, not {need}")
                rk = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}.get(it["category"])
                if it["feed"] == "rule" and rk and kind != rk:
                    err(jf, f"line {n} {it['category']} from a {kind}")
        elif "sensor_id" in it:
            err(jf, f"line {n} sensor_id on a non-sensor feed")
        if it["feed"] == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
            err(jf, f"line {n} bad level")
        if "confidence" in it and not (0 <= it["confidence"] <= 1 and it["feed"] == "cctv"):
            err(jf, f"line {n} bad confidence")
        if "ends" in it and (it["feed"] != "planned_event" or it["ends"] <= it["observed"]):
            err(jf, f"line {n} bad ends")
        if it["feed"] == "planned_event" and "ends" not in it:
            err(jf, f"line {n} permit without ends")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 26):
            err(jf, f"line {n} position off Taiwan")
        if it["truth"] is not None and it["truth"] not in labels:
            err(jf, f"line {n} truth {it['truth']} not an incident")
        if "truth_alt" in it:
            if alt is None:
                err(jf, f"line {n} truth_alt without alternative_reading")
            elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                err(jf, f"line {n} truth_alt {it['truth_alt']} not an alt incident")
        k = it["key"]
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            pa, pb = a.pop("arrival"), b.pop("arrival")
            if a != b:
                err(jf, f"line {n} duplicate {k} differs from first delivery")
            if pb < pa:
                err(jf, f"line {n} duplicate {k} arrives before original")
        else:
            seen[k] = it
    if not 25 <= len(items) <= 60:
        err(jf, f"{len(items)} items, 25-60 expected")
    for it in seen.values():
        if "follows" in it and it["follows"] not in seen:
            err(jf, f"{it['key']} follows unknown key {it['follows']}")
        if "follows" in it and it["follows"] in seen and seen[it["follows"]]["feed"] != it["feed"]:
            err(jf, f"{it['key']} follows a report of another feed")
    used = {it["truth"] for it in items}
    for lab, i in labels.items():
        if lab not in used:
            err(tf, f"incident {lab} has no item")
        sk = seen.get(i.get("sufficient_evidence_key"))
        if not sk or sk["truth"] != lab:
            err(tf, f"incident {lab}: sufficient_evidence_key missing or not labelled {lab}")
        for f in ("type", "description"):
            if f not in i:
                err(tf, f"incident {lab} lacks {f}")
    if alt:
        if "why" not in alt:
            err(tf, "alternative_reading lacks why")
        lab_alt = lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"]
        used_alt = {lab_alt(it) for it in items}
        for it in items:
            if lab_alt(it) is not None and lab_alt(it) not in alt_labels:
                err(jf, f"{it['key']} label {lab_alt(it)} missing from alternative incidents")
        for lab, i in alt_labels.items():
            if lab not in used_alt:
                err(tf, f"alt incident {lab} has no item")
            sk = seen.get(i.get("sufficient_evidence_key"))
            if not sk or lab_alt(sk) != lab:
                err(tf, f"alt incident {lab}: sufficient_evidence_key not labelled {lab} under the alt reading")
    return len(items)

def main():
    files = []
    for jf in sorted(glob.glob(os.path.join(OUT, "*.jsonl"))):
        m = re.match(r"^(\d+)_", os.path.basename(jf))
        if m and LO <= int(m.group(1)) <= HI:
            files.append(jf)
    nums = sorted(int(os.path.basename(f).split("_")[0]) for f in files)
    if nums != list(range(LO, HI + 1)):
        errors.append(f"expected one file per number {LO}-{HI}, got {nums}")
    total = 0
    for jf in files:
        total += check(jf)
    if errors:
        print("\n".join(errors)); print(f"FAILED: {len(errors)} problems"); sys.exit(1)
    print(f"OK: {len(files)} situations, {total} items")

if __name__ == "__main__":
    main()
