"""Write README_1851-1862.md (its table computed from files 1851-1862 only)."""
import glob
import json
import os

from lib import OUT

TESTS = {
    1851: "night residential fire: panel + neighbours + 119 + police; unrelated fall next door; rekindle 3 h later",
    1852: "gas leak with evacuation, closure and a dizzy resident; concurrent quarrel 400 m away; routine odour",
    1853: "convention-centre show day: crowd from permit/parking/CCTV/VD; lost child, pickpockets, faint inside",
    1854: "campus Friday night: fight with victim's ambulance; scooter theft; racing noise; drunk student later",
    1855: "power cut: panel mains fault, gateway devices offline (mains_power_lost), lift entrapment, oxygen patient",
    1856: "lost child found; wandering elder found 1.5 h later by a passer-by's call; theft, seizure, drunk in park",
    1857: "concert night: crowd, traffic, noise complaints; faint inside; theft; fight after the show",
    1858: "transit hub rush hour: false panel alarm, cardiac arrest, wrong-way CCTV, theft, dark signal; routine load",
    1859: "night market: crowd; gas cylinder leak; oil fire 70 min later 60 m away; lost boy",
    1860: "lab chemical release with evacuation and casualties; crash at a junction; lift entrapment later",
    1861: "quiet weeknight: mostly background; drunk, signal flashing, theft, station offline, fallen branch",
    1862: "follow-ups hours later: theft solved 7 h later, domestic dispute again 4 h later, lift, device fault",
}


def row(num):
    jf = glob.glob(os.path.join(OUT, f"{num}_*.jsonl"))[0]
    tf = jf[:-6] + ".truth.json"
    items = [json.loads(l) for l in open(jf, encoding="utf-8")]
    uniq = {}
    for it in items:
        uniq.setdefault(it["key"], it)
    noise = sum(1 for it in uniq.values() if it["truth"] is None)
    t = json.load(open(tf, encoding="utf-8"))
    alt = t.get("alternative_reading")
    return (f"| `{os.path.basename(jf)}` | {len(items)} | {len(uniq)} | {noise} | {len(t['incidents'])} | "
            f"{len(alt['incidents']) if alt else '–'} | {TESTS[num]} |")


HEAD = """# Situations 1851-1862

Written by an experienced emergency coordinator of Taichung City, blind to the center's code: only
`oracle_in` (DOMAIN.md, FORMAT.md, geo/, docs/geo.md, docs/mqtt.md, docs/vocabulary.md) was read.
The truth is how a coordinator would dispatch the situation, never a distance or time threshold.

## Conventions (stated once)
- One incident = one job a coordinator would dispatch. Every item of that job (its 119 updates, the police's
  follow-ups, callers, panels, the slowdown or the full car park it causes) carries its label.
- A crime's victim taken by ambulance belongs to the crime's job; a patient overcome by a leak or smoke
  belongs to the leak or the fire (the alternative reading may split them).
- Routine 1999 service cases (streetlights, litter, potholes, animals, ordinary illegal parking, information
  requests), commuter slowdowns, a full car park at rush hour, a short link blip and a panel's circuit fault are
  background (`truth` null): 1999 routes them itself, nobody at the center dispatches them.
- A permit alone is no job; it joins the crowd job once the crowd shows (CCTV crowding, callers, police control).
- A 119 case's updates are items of their own with `follows` = the case's first key; a duplicated delivery
  repeats the key with a later arrival. Times are UTC on the wire; local time is UTC+8.
- `sufficient_evidence_key` is the first item on which I would open the job (a panel alarm for a residential
  fire, a family's call for a missing elder, a police report rather than a vague noise complaint for a fight).
- Callers are scattered 10-200 m round what they report; sensor items sit at their registered position;
  junctions are where the lines of roads.geojson meet.

## Table
| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""

with open(os.path.join(OUT, "README_1851-1862.md"), "w", encoding="utf-8") as f:
    f.write(HEAD + "\n".join(row(n) for n in range(1851, 1863)) + "\n\n"
            "Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.\n")
print("README_1851-1862.md written")
