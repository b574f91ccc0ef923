"""Write README_1751-1762.md and vocabulary_needed.md from the situations 1751-1762."""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

CONVENTIONS = """## Conventions (stated once)
- One typhoon (梅姬, 2016-09-27/28) told in twelve slices: a different place or hour each. Story times are Taiwan time (UTC+8); files are UTC.
- A job is what a coordinator dispatches and follows. Evidence at the site of a hazard (the closure for it, the slow-down behind it, a camera seeing it, follow-ups and their ending words) belongs to that hazard's job. A rescue at the site of a flood, slip or fallen tree is that job's in the main reading; where a colleague would split it, the alternative reading says so.
- A power cut or a cabinet failure is an infrastructure job of its own, with every device offline through it, whatever hazard the device watched; the dark junctions a power cut leaves are a traffic job (police directing traffic), debated in 1753.
- Background (`truth: null`): rain alerts (weather, no one is dispatched to rain), routine 1999 calls (closures of schools, rubbish, animals, single lamps), a panel's battery fault, an emptied car park, a slow-down with no job near it.
- Sensor items sit at the registered position; keys are `NNNN-<feed tag>-<n>`; a duplicated delivery repeats every field but `arrival`. Late items keep their true `observed`; a skewed clock is written as the source stamped it.
- Positions in the hills of 大坑 and on the rivers are GUESSES (no geo file holds them).

## Regenerate
`cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`
"""


def main():
    parts = ["# Situations 1751-1762 (blind oracle, typhoon day and night)\n", CONVENTIONS]
    for tp in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))):
        base = os.path.basename(tp)
        if not re.match(r"^17(5[1-9]|6[0-2])_", base):
            continue
        with open(tp, encoding="utf-8") as f:
            t = json.load(f)
        with open(tp[:-11] + ".jsonl", encoding="utf-8") as f:
            n = sum(1 for _ in f)
        title, _, story = t["description"].partition(" — ")
        nn = t["situation"].split("_")[0]
        parts.append("## %s %s — %s\n" % (nn, t["situation"], title))
        para = "%s %s (%d items; incidents: %s.)" % (story, t.get("notes", ""), n,
                                                   ", ".join("%s %s" % (i["label"], i["type"]) for i in t["incidents"]))
        if "alternative_reading" in t:
            para += " Alternative reading: %s" % t["alternative_reading"]["why"]
        parts.append(para + "\n")
    with open(os.path.join(OUT, "README_1751-1762.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    with open(os.path.join(HERE, "vocabulary_needed.md"), "w", encoding="utf-8") as f:
        f.write("# Vocabulary needed (1751-1762)\n\nnone\n\n"
                "No category or incident type was invented. Codes used beyond the brief's list all come from the "
                "project's table (docs/vocabulary.md): police `evacuation`, `missing_person`, `road_reopened`, `other`; "
                "1999 `rescue`, `power_outage`, `water_outage`, `missing_person`, `fallen_object`, `traffic_signal`, "
                "`環境清潔`, `動物救援`, `公園路樹`, `環境公害`; CCTV `flooding`, `accident`; alert `cleared`, "
                "`water_level_falling`; parking `closed`, `empty`. A landslip (坍方) was written as a police "
                "`fallen_object` and a 1999 `road_damage`, as no slope-failure code exists; a coordinator would "
                "welcome one (police `landslide` 坍方, a GUESS).\n")


if __name__ == "__main__":
    main()
