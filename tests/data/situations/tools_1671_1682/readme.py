"""Writes README_1671-1682.md from the situation files."""
import glob, json, os, collections
from lib import OUT

CONV = """# Situations 1671-1682: typhoon nights in the 水湳 zone

Written blind (from oracle_in only) by a coordinator's reading of each night. Regenerate with
`cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py` (seeded, stable).

## Conventions
- One job per crew or desk that follows it to the end: the flood of a road or underpass (water bureau pumping and the
  police closure), each rescue of people (the fire bureau's crew, including the ambulance of someone hurt at that scene),
  each obstruction (a tree, a hoarding: public works and the police), a power cut (Taipower liaison; under the main
  reading the dark junctions it causes are part of it), a cabinet or gateway whose devices fail together, a fire.
- Rain alerts (heavy_rain) are background: they describe the storm, not a place anyone goes to.
- A job's sufficient evidence is the item at whose arrival I would open it: a flood at 16-30 cm with a road or a person at
  risk (not a first 8-12 cm reading, which is labelled with the job but only watched); a single citizen's call when it
  names people in danger or a road blocked; the first device report of a power cut or a cabinet failure.
- Readings, reopenings, restorations, cleared alerts and 119 updates that end a job belong to it.
- Callers are scattered 10-900 m round what they report; cameras give the position of what they saw; sensor items sit at
  their registered positions. Delays: sensors tens of seconds, police minutes, 1999 1-5 min; modems that lose their link
  deliver held readings late; 1682 has a clogged link (duplicates, 119 on-scene before its dispatch).
- 119 unit lists are written into the text (the item line has no field for them). 1999 categories outside the brief's list
  come from the project's table (動物救援, 公園路樹, 環境清潔, power_outage, rescue, missing_person, water_outage).
- truth_alt is given only where a colleague would label differently; each truth file's alternative_reading repeats every
  incident of that reading.
"""

out = [CONV]
for tf in [_f for _f in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))) if 1671 <= int(os.path.basename(_f).split("_")[0]) <= 1682]:
    t = json.load(open(tf, encoding="utf-8"))
    items = {}
    n = 0
    for line in open(tf[:-11] + ".jsonl", encoding="utf-8"):
        it = json.loads(line); n += 1
        items.setdefault(it["key"], it)
    cnt = collections.Counter(it["truth"] for it in items.values())
    out.append("## %s\n\n%s\n\n%d lines (%d distinct items, %d background).\n" % (t["situation"], t["description"], n, len(items), cnt[None]))
    out.append("| label | type | items | sufficient evidence key |\n|---|---|---|---|")
    for i in t["incidents"]:
        out.append("| %s | %s | %d | %s |" % (i["label"], i["type"], cnt[i["label"]], i["sufficient_evidence_key"]))
    out.append("\nDebatable calls:\n")
    if "alternative_reading" in t:
        ar = t["alternative_reading"]
        out.append("- Alternative reading: %s (incidents: %s)" % (ar["why"], ", ".join(i["label"] for i in ar["incidents"])))
    for note in t.get("notes", []):
        out.append("- " + note)
    out.append("")
open(os.path.join(OUT, "README_1671-1682.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("wrote README_1671-1682.md")
