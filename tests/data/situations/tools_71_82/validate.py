"""Check situations 71-82. Run: python3 validate.py  (exit 1 on any problem)."""
from __future__ import annotations

import json
import sys
from datetime import datetime

from lib import SENSOR_FEEDS, SENSORS, SIT

KINDS = {"alert", "event"}
FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEVERITIES = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
TYPES = {"flood", "fire", "traffic", "crowd", "public_safety", "rescue", "infrastructure"}
REQUIRED = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
            "sensor_id", "text", "truth"]


def ts(s: str) -> datetime:
    assert s.endswith("Z"), s
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def check(stem: str) -> list[str]:
    errs: list[str] = []
    e = errs.append
    items = []
    with open(SIT / f"{stem}.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                e(f"{stem}:{n}: does not parse: {exc}")
    truth = json.loads((SIT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    by_key: dict[str, dict] = {}
    prev = None
    for n, it in enumerate(items, 1):
        where = f"{stem}:{n} {it.get('key')}"
        for k in REQUIRED:
            if k not in it:
                e(f"{where}: missing {k}")
        if it["kind"] not in KINDS or it["feed"] not in FEEDS or it["agency"] not in AGENCIES:
            e(f"{where}: bad kind/feed/agency")
        if it["severity"] not in SEVERITIES:
            e(f"{where}: bad severity")
        if (it["kind"] == "alert") != (it["feed"] == "rule"):
            e(f"{where}: kind alert iff feed rule")
        a = ts(it["arrival"])
        ts(it["observed"])
        if prev is not None and a < prev:
            e(f"{where}: arrival out of order")
        prev = a
        if it["key"] in by_key:
            old = by_key[it["key"]]
            if {k: v for k, v in old.items() if k != "arrival"} != {k: v for k, v in it.items() if k != "arrival"}:
                e(f"{where}: reused key with different content")
        by_key[it["key"]] = it
        sid = it["sensor_id"]
        if it["feed"] in SENSOR_FEEDS:
            if sid not in SENSORS:
                e(f"{where}: unknown sensor {sid}")
            else:
                kind = SENSORS[sid]["properties"]["kind"]
                want = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}.get(it["feed"])
                if want and kind != want:
                    e(f"{where}: sensor {sid} is {kind}, feed {it['feed']}")
                lon, lat = SENSORS[sid]["geometry"]["coordinates"]
                if it["feed"] != "cctv" and (abs(it["lon"] - lon) > 1e-9 or abs(it["lat"] - lat) > 1e-9):
                    e(f"{where}: not at registered position of {sid}")
                if it["feed"] in ("rule", "status") and it["agency"] != SENSORS[sid]["properties"]["agency"]:
                    e(f"{where}: agency is not the sensor's")
        elif sid is not None:
            e(f"{where}: sensor_id on a {it['feed']} item")
        if it["feed"] == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            e(f"{where}: cctv without confidence")
        if it["feed"] == "planned_event" and "ends" not in it:
            e(f"{where}: planned_event without ends")
        if not (120.60 < it["lon"] < 120.72 and 24.15 < it["lat"] < 24.22):
            e(f"{where}: outside the study area")
    for it in items:
        f = it.get("follows")
        if f is not None and (f not in by_key or f == it["key"]):
            e(f"{stem} {it['key']}: follows unknown key {f}")
    readings = [("truth", truth["incidents"], lambda i: i["truth"])]
    if "alternative_reading" in truth:
        readings.append(("alternative", truth["alternative_reading"]["incidents"],
                         lambda i: i["truth_alt"] if "truth_alt" in i else i["truth"]))
    elif any("truth_alt" in i for i in items):
        e(f"{stem}: truth_alt without alternative_reading")
    for name, incs, label in readings:
        labels = [x["label"] for x in incs]
        if len(labels) != len(set(labels)):
            e(f"{stem} {name}: duplicate incident labels")
        used = {label(i) for i in items} - {None}
        for lab in used - set(labels):
            e(f"{stem} {name}: label {lab} has no incident")
        for lab in set(labels) - used:
            e(f"{stem} {name}: incident {lab} has no item")
        for x in incs:
            if x["type"] not in TYPES:
                e(f"{stem} {name}: {x['label']} bad type {x['type']}")
            k = x["sufficient_evidence_key"]
            if k not in by_key:
                e(f"{stem} {name}: {x['label']} sufficient_evidence_key {k} missing")
            elif label(by_key[k]) != x["label"]:
                e(f"{stem} {name}: {x['label']} sufficient_evidence_key {k} is labelled {label(by_key[k])}")
    return errs


def main() -> int:
    stems = sorted(p.name[:-6] for p in SIT.glob("*.jsonl") if p.name[:2].isdigit() and 71 <= int(p.name[:2]) <= 82)
    errs: list[str] = []
    for stem in stems:
        errs += check(stem)
    for x in errs:
        print(x)
    print(f"{len(stems)} situations, {len(errs)} problems")
    return 1 if errs or len(stems) != 12 else 0


if __name__ == "__main__":
    sys.exit(main())
