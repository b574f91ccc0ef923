"""Writes README_1591-1602.md from the truth files and the generator's notes (tools/meta/)."""
import os, json, glob
from lib import OUT, HERE

L = ["# Situations 1591-1602: a typhoon day and night over 水湳", "",
     "Author: coordinator of Taichung City's operations center (fire bureau disaster prevention, traffic and police liaison, 1999 hotline) "
     "(written blind of the software)", "",
     "## Conventions", "",
     "- One typhoon, 2016-09-27 07:00 to 09-28 08:00 local time (UTC+8; files are UTC), cut into 12 consecutive, slightly overlapping periods. "
     "Each file is labelled on its own: a job that runs on from an earlier period gets a new label in the later file (e.g. `underpass_flood_cont`, `power_ne_restored`).",
     "- Sensor items sit at the registry's position (geo/sensors.geojson); reports sit at the named junction or building, scattered 15-60 m "
     "(callers), or a few hundred metres when the caller names no place.",
     "- Delays: sensor rules seconds, 119 under 2 min, police 0.5-4 min, 1999 1-7 min. Duplicated deliveries repeat every field but `arrival`. "
     "Wrong clocks: a camera an hour slow (1593), a 1999 case stamped local time as UTC (1597).",
     "- Background (`null`): heavy-rain alerts (the typhoon itself is no job), commuter slow-downs, questions about office closures, "
     "trees on park lawns, single lamps, cleaning requests, closures of car parks for the typhoon, ponds filling as designed.",
     "- A rescue (people in water, a lift, a collapse) is its own job even at a flood's site; the alternative often merges it.",
     "- Devices darkened by a feeder trip (`mains_power_lost`) are one infrastructure job with the panels' mains faults and the residents' calls; "
     "a gateway's devices going silent together with no reason are one job of their own.",
     "- `sufficient_evidence_key`: the item at whose arrival I would open the job (a flood: the first reading in 16-30 cm or a report that confirms water; "
     "a device outage: the third device of one cabinet or feeder).", ""]
for tp in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))):
    t = json.load(open(tp, encoding="utf-8"))
    items = [json.loads(l) for l in open(tp.replace(".truth.json", ".jsonl"), encoding="utf-8")]
    n = int(os.path.basename(tp).split("_")[0])
    meta = json.load(open(os.path.join(HERE, "meta", f"{n}.json"), encoding="utf-8"))
    L += [f"## {t['situation']}", "", t["description"], "", meta["story"], "", "Incidents:", ""]
    for inc in t["incidents"]:
        cnt = sum(1 for i in items if i["truth"] == inc["label"])
        L.append(f"- `{inc['label']}` ({inc['type']}, {cnt} items): {inc['description']}; sufficient evidence `{inc['sufficient_evidence_key']}`")
    bg = sum(1 for i in items if i["truth"] is None)
    L += [f"- background: {bg} items", "", "Debatable calls:", ""]
    for call, alt in meta["debatable"]:
        L.append(f"- {call} Alternative: {alt}.")
    if "alternative_reading" in t:
        L += ["", f"Alternative reading: {t['alternative_reading']['why']}"]
    if t.get("notes"):
        L += ["", f"Notes: {t['notes']}"]
    L.append("")
open(os.path.join(OUT, "README_1591-1602.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written")
