"""Writes README_1811-1822.md (its table computed from the files 1811-1822 only)."""
import json, os
from lib import OUT
from validate import files

HEAD = """# Situations 1811-1822

Written by an experienced emergency coordinator of Taichung City, as an outside tester of the 水湳 smart
operations center, blind to its code. The truths say how I would dispatch each situation (one incident = one
job), never what any distance or time threshold would give.

## Conventions (stated once)
- Times: `observed` and `arrival` in UTC (local time is UTC+8); the texts speak local time.
- Sensor items (`rule`, `status`, `fire_alarm`, `signal`, `parking`, `cctv`) sit at the registered position of
  their `sensor_id`; `rule`/`status` carry the sensor's agency. Callers are scattered 10-700 m round what they
  report; officers stand at the scene (a few metres off the junction from roads.geojson).
- Severity: flood band 1-15/16-30/>30 cm = Minor/Moderate/Severe; water level 3/2/1 = Moderate/Severe/Extreme;
  大雨 Moderate, 豪雨 Severe; congestion Moderate (Severe when the detector reads < 8 km/h);
  `sensor_offline` and `cleared` Minor; `Unknown` for panels, signals, parking, CCTV, status, 1999, 119, permits.
- A duplicated delivery repeats the whole line with a later `arrival`. `follows` is one key (a string).
- Permits are `truth` null unless the permit itself is part of the job (an emergency works permit, 1820): a
  permit explains a crowd, it is no job.
- Rain alerts (`heavy_rain`) over a flood are the flood's in my reading, background in the alternative.
- `truth_alt` only where two coordinators would reasonably dispatch differently; the truth file's
  `alternative_reading` then lists every incident under that reading.
- `sufficient_evidence_key`: the item at whose first arrival I would open the job (a panel alarm or a CCTV
  accident at a junction is enough; a lone 1999 call is, when it is specific).

## Situations
| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""


def row(jl):
    lines = [json.loads(l) for l in open(jl, encoding="utf-8")]
    tr = json.load(open(jl[:-6] + ".truth.json", encoding="utf-8"))
    uniq = {}
    for it in lines:
        uniq.setdefault(it["key"], it)
    noise = sum(1 for it in uniq.values() if it["truth"] is None)
    alt = tr.get("alternative_reading")
    desc = tr["description"]
    tests = desc[desc.rfind("Tests "):] if "Tests " in desc else desc
    return (f"| {os.path.basename(jl)} | {len(lines)} | {len(uniq)} | {noise} | {len(tr['incidents'])} | "
            f"{len(alt['incidents']) if alt else '-'} | {tests} |")


if __name__ == "__main__":
    body = HEAD + "\n".join(row(jl) for jl in files()) + "\n\nSee vocabulary_needed.md for the categories I lacked.\n"
    with open(os.path.join(OUT, "README_1811-1822.md"), "w", encoding="utf-8") as fh:
        fh.write(body)
    print("readme: README_1811-1822.md written")
