"""Validate situations 771-782 only."""
import glob, json, os, sys
from datetime import datetime
from lib import SENSORS, SEV_FLOOD, SEV_WL, SEV_RAIN, SENSOR_FEEDS, OUT

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
FEED_AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "planned_event": "police"}
UNKNOWN_SEV = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
errors = []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


files = sorted(f for f in glob.glob(os.path.join(OUT, "*.jsonl"))
               if 771 <= int(os.path.basename(f).split("_")[0]) <= 782)
if len(files) != 12:
    errors.append(f"expected 12 situations 771..782, found {len(files)}")
for f in files:
    tf = f[:-len(".jsonl")] + ".truth.json"
    try:
        truth = json.load(open(tf, encoding="utf-8"))
    except Exception as e:
        err(f, f"truth file unreadable: {e}"); continue
    for k in ("situation", "description", "incidents"):
        if k not in truth:
            err(tf, f"truth missing {k}")
    inc = {i["label"]: i for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    ainc = {i["label"]: i for i in alt["incidents"]} if alt else None
    if alt and not alt.get("why"):
        err(tf, "alternative_reading without why")
    for i in truth["incidents"] + (alt["incidents"] if alt else []):
        if i.get("type") not in TYPES:
            err(tf, f"{i['label']}: unknown type {i.get('type')}")
        for k in ("label", "type", "description", "sufficient_evidence_key"):
            if not i.get(k):
                err(tf, f"incident missing {k}")
    items, first, prev = [], {}, None
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            it = json.loads(line)
        except Exception as e:
            err(f, f"line {n}: not JSON ({e})"); continue
        items.append(it)
        for k in REQ:
            if k not in it:
                err(f, f"line {n}: missing {k}")
        if it["feed"] not in FEEDS: err(f, f"line {n}: feed {it['feed']}")
        if it["agency"] not in AGENCIES: err(f, f"line {n}: agency {it['agency']}")
        if it["severity"] not in SEVS: err(f, f"line {n}: severity {it['severity']}")
        if (it["kind"] == "alert") != (it["feed"] == "rule"): err(f, f"line {n}: kind/feed mismatch")
        if it["feed"] in FEED_AGENCY and it["agency"] != FEED_AGENCY[it["feed"]]: err(f, f"line {n}: agency for {it['feed']}")
        if it["feed"] in UNKNOWN_SEV and it["severity"] != "Unknown": err(f, f"line {n}: severity must be Unknown")
        if it["feed"] == "planned_event" and "ends" not in it: err(f, f"line {n}: permit without ends")
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1): err(f, f"line {n}: cctv confidence")
        if not (120.60 < it["lon"] < 120.72 and 24.15 < it["lat"] < 24.23): err(f, f"line {n}: position out of area")
        try:
            a = ts(it["arrival"]); ts(it["observed"])
        except Exception:
            err(f, f"line {n}: bad timestamp"); continue
        if prev and a < prev: err(f, f"line {n}: arrival out of order")
        prev = a
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENSORS:
                err(f, f"line {n}: sensor {sid} not registered")
            else:
                props, c = SENSORS[sid]
                if abs(c[0] - it["lon"]) > 1e-6 or abs(c[1] - it["lat"]) > 1e-6: err(f, f"line {n}: {sid} off its position")
                if props["agency"] != it["agency"]: err(f, f"line {n}: {sid} agency")
                kind = props["kind"]
                want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(it["feed"])
                if want and kind != want: err(f, f"line {n}: {sid} is a {kind}, not {want}")
                cat = it["category"]
                if it["feed"] == "rule":
                    need = {"flood_depth": ("flood", SEV_FLOOD), "water_level": ("water_level", SEV_WL),
                            "heavy_rain": ("rain", SEV_RAIN), "congestion": ("vd", None)}.get(cat)
                    if need:
                        if kind != need[0]: err(f, f"line {n}: {cat} on a {kind}")
                        if need[1] and need[1].get(it.get("level")) != it["severity"]: err(f, f"line {n}: level/severity")
        elif "sensor_id" in it:
            err(f, f"line {n}: sensor_id on a non-sensor feed")
        t = it["truth"]
        if t is not None and t not in inc: err(f, f"line {n}: truth {t} not an incident")
        if "truth_alt" in it:
            if not alt: err(f, f"line {n}: truth_alt without alternative_reading")
            elif it["truth_alt"] is not None and it["truth_alt"] not in ainc: err(f, f"line {n}: truth_alt {it['truth_alt']} unknown")
        k = it["key"]
        if k in first:
            a0 = dict(first[k]); a1 = dict(it); a0.pop("arrival"); a1.pop("arrival")
            if a0 != a1: err(f, f"line {n}: duplicate {k} differs")
            if ts(it["arrival"]) <= ts(first[k]["arrival"]): err(f, f"line {n}: duplicate {k} not later")
        else:
            first[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in first:
            err(f, f"{it['key']}: follows unknown key {it['follows']}")
    # incidents: non-empty, sufficient key carries the label
    readings = [("truth", inc, lambda it: it["truth"])]
    if alt:
        readings.append(("alt", ainc, lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]))
    for name, table, lab in readings:
        used = {lab(it) for it in first.values()}
        for label, i in table.items():
            if label not in used: err(f, f"{name}: incident {label} has no items")
            sk = i["sufficient_evidence_key"]
            if sk not in first: err(f, f"{name}: sufficient key {sk} missing")
            elif lab(first[sk]) != label: err(f, f"{name}: sufficient key {sk} labelled {lab(first[sk])}, not {label}")
        for l in used:
            if l is not None and l not in table: err(f, f"{name}: label {l} not listed")
    if os.path.basename(f)[:-6] != truth.get("situation"):
        err(tf, "situation name mismatch")

if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problems"); sys.exit(1)
print(f"OK: {len(files)} situations valid")
