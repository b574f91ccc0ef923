"""Validate situations 2031-2042 only (files in OUT)."""
import glob, json, os, sys
from datetime import datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMS = range(2031, 2043)
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
STATUS119 = {"dispatched", "on_scene", "returning", "closed"}
PERMIT = {"approved", "amended", "cancelled"}
TYPES = {"fire", "flood", "traffic", "rescue", "crowd", "hazmat", "infrastructure", "planned_event",
         "flood_risk", "public_order"}
REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"]


def ts(s):
    assert s.endswith("Z"), s
    return datetime.fromisoformat(s[:-1] + "+00:00")


def main():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        sensors = {ft["properties"]["sensor_id"]: ft for ft in json.load(f)["features"]}
    gateways = set(sensors) | {ft["properties"].get("metadata", {}).get("gateway") for ft in sensors.values()}
    errors = []
    count = 0
    for n in NUMS:
        jl = glob.glob(os.path.join(OUT, f"{n}_*.jsonl"))
        tj = glob.glob(os.path.join(OUT, f"{n}_*.truth.json"))
        if len(jl) != 1 or len(tj) != 1:
            errors.append(f"{n}: expected one jsonl and one truth file, got {jl} {tj}")
            continue
        E = lambda m: errors.append(f"{os.path.basename(jl[0])}: {m}")
        with open(tj[0], encoding="utf-8") as f:
            truth = json.load(f)
        for k in ("situation", "description", "incidents"):
            if k not in truth:
                E(f"truth lacks {k}")
        labels = {i["label"] for i in truth["incidents"]}
        for i in truth["incidents"]:
            if i.get("type") not in TYPES:
                E(f"incident {i['label']} type {i.get('type')}")
        alt = truth.get("alternative_reading")
        alt_labels = {i["label"] for i in alt["incidents"]} if alt else labels
        items, seen, prev = [], {}, None
        with open(jl[0], encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    it = json.loads(line)
                except Exception as e:
                    E(f"line {ln} does not parse: {e}")
                    continue
                for k in REQ:
                    if k not in it:
                        E(f"line {ln} lacks {k}")
                key = it.get("key", "")
                if not key.startswith(f"{n}-"):
                    E(f"line {ln} key {key} not of situation {n}")
                if it["feed"] not in FEEDS:
                    E(f"{key} feed {it['feed']}")
                if it["agency"] not in AGENCIES:
                    E(f"{key} agency {it['agency']}")
                if it["severity"] not in SEVS:
                    E(f"{key} severity {it['severity']}")
                if it["kind"] != ("alert" if it["feed"] == "rule" else "event"):
                    E(f"{key} kind {it['kind']}")
                a = ts(it["arrival"]); ts(it["observed"])
                if prev and a < prev:
                    E(f"{key} out of arrival order")
                prev = a
                if it["feed"] in SENSOR_FEEDS:
                    sid = it.get("sensor_id")
                    if sid not in sensors:
                        E(f"{key} unknown sensor {sid}")
                    else:
                        c = sensors[sid]["geometry"]["coordinates"]
                        if abs(c[0] - it["lon"]) > 1e-6 or abs(c[1] - it["lat"]) > 1e-6:
                            E(f"{key} {sid} not at its registered position")
                        if it["agency"] != sensors[sid]["properties"]["agency"]:
                            E(f"{key} agency differs from {sid}'s")
                elif "sensor_id" in it:
                    E(f"{key} sensor_id on feed {it['feed']}")
                if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
                    E(f"{key} cctv without confidence")
                if "reason" in it and not (it["feed"] == "status" and it["category"] == "offline" and it["reason"] in REASONS):
                    E(f"{key} bad reason")
                if "status" in it and not (it["feed"] == "119" and it["status"] in STATUS119):
                    E(f"{key} bad status")
                if "radius_m" in it and not (it["feed"] == "planned_event" and 1 <= it["radius_m"] <= 5000):
                    E(f"{key} bad radius_m")
                if "permit_status" in it and not (it["feed"] == "planned_event" and it["permit_status"] in PERMIT):
                    E(f"{key} bad permit_status")
                if "gateway" in it and not (it["feed"] in ("rule", "status") and it["gateway"] in gateways):
                    E(f"{key} bad gateway")
                if "ends" in it:
                    if it["feed"] != "planned_event" or ts(it["ends"]) <= ts(it["observed"]):
                        E(f"{key} bad ends")
                if it["truth"] is not None and it["truth"] not in labels:
                    E(f"{key} truth {it['truth']} not an incident")
                if "truth_alt" in it:
                    if not alt:
                        E(f"{key} truth_alt without alternative_reading")
                    elif it["truth_alt"] is not None and it["truth_alt"] not in alt_labels:
                        E(f"{key} truth_alt {it['truth_alt']} not an alt incident")
                if alt and "truth_alt" not in it and it["truth"] is not None and it["truth"] not in alt_labels:
                    E(f"{key} truth {it['truth']} missing from the alternative reading")
                if key in seen:
                    x, y = dict(seen[key]), dict(it)
                    x.pop("arrival"); y.pop("arrival")
                    if x != y:
                        E(f"{key} duplicate differs")
                else:
                    seen[key] = it
                items.append(it)
        for it in items:
            if "follows" in it and it["follows"] not in seen:
                E(f"{it['key']} follows unknown {it['follows']}")
        first = {}
        for it in items:
            first.setdefault(it["key"], it)
        for inc in truth["incidents"]:
            k = inc.get("sufficient_evidence_key")
            if k not in first or first[k]["truth"] != inc["label"]:
                E(f"incident {inc['label']} sufficient key {k} not one of its items")
            if not any(it["truth"] == inc["label"] for it in items):
                E(f"incident {inc['label']} has no items")
        if alt:
            for inc in alt["incidents"]:
                k = inc.get("sufficient_evidence_key")
                lab = first.get(k, {}).get("truth_alt", first.get(k, {}).get("truth")) if k in first else None
                if lab != inc["label"]:
                    E(f"alt incident {inc['label']} sufficient key {k} not one of its items")
                if inc.get("type") not in TYPES:
                    E(f"alt incident {inc['label']} type")
        if not (20 <= len(seen) <= 150):
            E(f"{len(seen)} items (20-150)")
        count += 1
    for e in errors:
        print("ERROR", e)
    print(f"validated {count} situations, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
