"""Writes README_1831-1842.md (its table computed from situations 1831-1842 only)."""
import glob, json, os
from lib import OUT

HEAD = """# Situations 1831-1842: the morning and day after a typhoon (Shuinan)

Written by an experienced emergency coordinator of Taichung City, blind to the center's code.
Truth comes from the situation as a coordinator would dispatch it, never from a distance or time threshold.

## Conventions (stated once)
- Date: 2016-09-28, the day after a typhoon passed; 12 consecutive windows of 60-120 min local time (UTC+8; files in UTC).
- One incident = one job a coordinator would dispatch. Each window stands alone: an old job that is still live and
  has evidence in the window (a citizen calling again, an officer's update) is an incident of that window, opened at its
  first such item. An item that only says an old job ended (restored, reopened, online, cleared) with no open evidence
  in the window is background (`null`).
- Heavy-rain alerts, river stations outside the zone, single streetlights, parking full, routine 1999 questions,
  thefts and quarrels are background (`null`): nobody is dispatched for them in this shift.
- A planned road works permit, and the closure, slow-down and noise it explains, are not a job; where a citizen asks for
  something the permit does not cover (missing warning lights), the primary reading opens a job (1841, alternative: none).
- Devices blinded by one power cut or one cabinet are one job with the cut (1832, 1838); the alternative readings split by
  dispatch (Taipower vs traffic police per dark junction) or merge with the flood at the same site.
- A patient or a lift rescue caused by a power cut is a rescue job of its own.
- Sensor items sit at registered positions; callers are scattered 30-500 m around what they report; junctions are where
  the lines of geo/roads.geojson meet. `sufficient_evidence_key` is the first item at which I would open the job.

## Table
| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""


def main():
    rows = []
    for n in range(1831, 1843):
        f = glob.glob(os.path.join(OUT, f"{n}_*.jsonl"))[0]
        items = [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()]
        t = json.load(open(f[:-6] + ".truth.json", encoding="utf-8"))
        uniq = {i["key"]: i for i in items}
        noise = sum(1 for i in uniq.values() if i["truth"] is None)
        alt = len(t["alternative_reading"]["incidents"]) if "alternative_reading" in t else "-"
        rows.append(f"| {os.path.basename(f)} | {len(items)} | {len(uniq)} | {noise} | {len(t['incidents'])} | {alt} | "
                    f"{t['description']} {t.get('notes', '')} |")
    with open(os.path.join(OUT, "README_1831-1842.md"), "w", encoding="utf-8") as fh:
        fh.write(HEAD + "\n".join(rows) + "\n\nRegenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.\n"
                 "`geo` is a symlink to the input geography (`GEO = os.path.join(OUT, \"geo\")` in tools/lib.py).\n")
    print("readme: written")


main()
