"""Checks situations 1811-1822 only."""
import glob, json, math, os, sys
from lib import OUT, GEO, sensors

NUMS = range(1811, 1823)
FEEDS = {"rule": ("alert", None), "fire_alarm": ("event", {"alarm", "fault", "normal"}),
         "signal": ("event", {"fault", "restored"}), "parking": ("event", {"full", "closed", "empty"}),
         "incident": ("event", None), "cctv": ("event", {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"}),
         "1999": ("event", None), "status": ("event", {"offline", "online"}),
         "119": ("event", {"fire", "rekindle", "rescue", "ambulance", "hazmat"}),
         "planned_event": ("event", {"concert", "march", "exhibition", "road_works", "event", "market", "festival"})}
RULE = {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline", "cleared", "water_level_falling"}
POLICE = {"accident", "injury_accident", "traffic_accident", "fire_report", "stalled_vehicle", "theft", "road_closure", "road_reopened",
          "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault", "public_disturbance", "medical",
          "evacuation", "missing_person", "hazmat_report", "wrong_way_driver", "road_collapse", "other"}
C1999 = {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise", "illegal_parking",
         "crowding", "blocked_drain", "other", "gas_odor", "water_outage", "power_outage", "missing_person", "traffic_signal",
         "evacuation", "fallen_object", "rescue"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
REASONS = {"mains_power_lost", "comms_lost", "maintenance", "battery_low", "device_fault"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure", "hazmat"}
AG = {"disaster", "traffic", "police", "citizen", "fire"}
SENS_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}


def check(jl):
    errs = []
    e = errs.append
    S = sensors()
    lines = [json.loads(l) for l in open(jl, encoding="utf-8")]
    tr = json.load(open(jl[:-6] + ".truth.json", encoding="utf-8"))
    if not 20 <= len(lines) <= 150:
        e(f"{len(lines)} items")
    labels = {i["label"] for i in tr["incidents"]}
    alt = tr.get("alternative_reading")
    alabels = {i["label"] for i in alt["incidents"]} if alt else labels
    for i in tr["incidents"] + (alt["incidents"] if alt else []):
        if i["type"] not in TYPES:
            e(f"type {i['type']}")
    seen, prev = {}, ""
    for n, it in enumerate(lines, 1):
        k = it["key"]
        if it["arrival"] < prev:
            e(f"line {n}: arrival order")
        prev = it["arrival"]
        if k in seen:
            a, b = dict(seen[k]), dict(it)
            a.pop("arrival"); b.pop("arrival")
            if a != b:
                e(f"line {n}: duplicate {k} differs")
            continue
        seen[k] = it
        f = it["feed"]
        if f not in FEEDS:
            e(f"line {n}: feed {f}"); continue
        kind, cats = FEEDS[f]
        if it["kind"] != kind:
            e(f"line {n}: kind")
        c = it["category"]
        ok = (c in cats) if cats else (c in RULE if f == "rule" else c in POLICE if f == "incident" else c in C1999)
        if not ok:
            e(f"line {n}: category {f}/{c}")
        if it["severity"] not in SEV or it["agency"] not in AG:
            e(f"line {n}: severity/agency")
        if f in SENS_FEEDS:
            s = S.get(it.get("sensor_id"))
            if not s:
                e(f"line {n}: sensor {it.get('sensor_id')}")
            else:
                if abs(s["lon"] - it["lon"]) > 1e-6 or abs(s["lat"] - it["lat"]) > 1e-6:
                    e(f"line {n}: sensor position")
                want = s["kind"] if f in ("rule", "status") else f
                if want != s["kind"]:
                    e(f"line {n}: sensor kind {s['kind']} for {f}")
                if f in ("rule", "status") and it["agency"] != s["agency"]:
                    e(f"line {n}: agency of sensor")
        elif "sensor_id" in it:
            e(f"line {n}: sensor_id on {f}")
        if "reason" in it and (f != "status" or c != "offline" or it["reason"] not in REASONS):
            e(f"line {n}: reason")
        if "status" in it and (f != "119" or it["status"] not in {"dispatched", "on_scene", "returning", "closed"}):
            e(f"line {n}: status")
        for fld in ("radius_m", "permit_status", "ends"):
            if fld in it and f != "planned_event":
                e(f"line {n}: {fld}")
        if "confidence" in it and not (f == "cctv" and 0 <= it["confidence"] <= 1):
            e(f"line {n}: confidence")
        if it["truth"] is not None and it["truth"] not in labels:
            e(f"line {n}: truth {it['truth']}")
        if "truth_alt" in it:
            if not alt:
                e(f"line {n}: truth_alt without alternative_reading")
            elif it["truth_alt"] is not None and it["truth_alt"] not in alabels:
                e(f"line {n}: truth_alt {it['truth_alt']}")
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            e(f"line {n}: position")
    keys = set(seen)
    for it in seen.values():
        if "follows" in it and it["follows"] not in keys:
            e(f"{it['key']}: follows unknown {it['follows']}")
    used = {it["truth"] for it in seen.values()}
    for i in tr["incidents"]:
        k = i["sufficient_evidence_key"]
        if k not in seen or seen[k]["truth"] != i["label"]:
            e(f"sufficient_evidence_key {k} of {i['label']}")
        if i["label"] not in used:
            e(f"incident {i['label']} has no item")
    if alt:
        ausd = {it.get("truth_alt", it["truth"]) for it in seen.values()}
        for i in alt["incidents"]:
            k = i["sufficient_evidence_key"]
            if k not in seen or seen[k].get("truth_alt", seen[k]["truth"]) != i["label"]:
                e(f"alt sufficient_evidence_key {k} of {i['label']}")
            if i["label"] not in ausd:
                e(f"alt incident {i['label']} has no item")
        if any(x is not None and x not in alabels for x in ausd):
            e("alt label without incident")
    return errs


def files():
    out = []
    for n in NUMS:
        m = glob.glob(os.path.join(OUT, f"{n}_*.jsonl"))
        if len(m) != 1:
            print(f"{n}: {len(m)} files"); sys.exit(1)
        out.append(m[0])
    return out


if __name__ == "__main__":
    assert os.path.isdir(GEO)
    bad = 0
    for jl in files():
        errs = check(jl)
        for x in errs:
            print(os.path.basename(jl), x)
        bad += len(errs)
    print("validate: OK" if not bad else f"validate: {bad} problems")
    sys.exit(1 if bad else 0)
