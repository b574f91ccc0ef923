"""Write README_151-162.md from the files (run after validate.py)."""
import glob, os
from lib import OUT
from validate import check

TESTS = {
    151: "three jobs at once within 90-400 m (crash, dark signal, fallen cargo); a VD between two of them",
    152: "flood spreading ~95 min along 河南路 → 中平路 → 經貿路; a small unrelated crash; alt: split the flood in two",
    153: "burst of 30 citizen calls about one residential fire (some from 1 km away); a second small fire 540 m away; barbecue smoke",
    154: "dense evening concert (permit, parking full, crowding, noise, illegal parking) with four small unrelated jobs",
    155: "late, duplicated, clock-skewed (+10 min, -60 min) and out-of-order delivery (follow-up before original, 1999 batch)",
    156: "park sensor gateway offline (8 sensors, lights, panel mains) while a flood is known only from people; lone VD offline",
    157: "cascade: reclamation-centre fire → road closure → queue → rear-end crash 700 m away; cameras far from the cause",
    158: "moving incident: wrong-way driver over 4.5 km of 環中路 ending in a collision; a stalled car it passes",
    159: "quiet period: background only (0 incidents); a 95-s signal reboot debatable",
    160: "typhoon night: 8 rain alarms, 3 flooded underpasses/low points, 2 river warnings, fallen tree, power-cut dark signals",
    161: "exhibition crowd + fire in hall B with evacuation onto the street; smoke in the adjoining hall; unrelated signal fault",
    162: "vocabulary gaps: burst water main and sinkhole on a dry day, gas leak, missing child",
}

CONVENTIONS = """\
## Conventions (stated once)
1. **One incident = one job a coordinator dispatches.** Items caused by a job (queues, parking full, closures, calls from far away,
   cameras watching a queue far from its cause) belong to that job; a second job the cause created (a crash in the queue) is its own
   incident, with the merged reading as the alternative.
2. **Background (`truth: null`)**: routine 1999 cases handled in a bureau's normal queue (streetlights, potholes, noise, parking,
   branches on paths, strays), fire-panel `fault`s, device blips that recover by themselves, one-cycle slow-downs, station reports
   of past thefts. **Rain alarms are weather, not a job: always null** (alt readings attach one to a single nearby flood).
3. **Sufficient evidence** is the first item at whose (first) arrival a coordinator would act: a panel `alarm`, a 119 dispatch,
   a police report, a flood band of 16-30 cm at an underpass/low point (1-15 cm is a watch), water-level warning 3, a signal
   `fault`, a permit, or a 1999 call that states an unmistakable hazard (a tree across two lanes, a missing child). Not enough
   alone: a camera detection, a 1999 report of water on the road or of smoke seen from afar, a congestion alert, one device offline.
4. **Times**: local events are written in Asia/Taipei and stored in UTC; `observed` is the source's stamp (skewed clocks kept as
   stamped, 155); `arrival` carries realistic lags (sensors <1 min, 119 ~1 min, police 2-4 min, 1999 2-20 min, late batches 15-30 min).
5. **Places**: sensor items carry the registered position; others are the reported place (callers where they stand, jittered
   30-120 m), on the roads of roads.geojson. Keys are `NNN-<short id>` (the letter hints the feed: p police, q 1999, f 119, c camera, r/w/x rule, s signal, a panel, k parking, o/n status, e permit, bg background); a duplicated delivery repeats every field but `arrival`.
   Planned-event areas are described in the text (the item format has no area field); `ends` is the scheduled end.
"""

if __name__ == "__main__":
    rows = []
    for f in sorted(glob.glob(os.path.join(OUT, "1[56][0-9]_*.jsonl"))):
        num = int(os.path.basename(f)[:3])
        if not 151 <= num <= 162:
            continue
        errs, st = check(f)
        rows.append(f"| {os.path.basename(f)[:-6]} | {st['lines']} | {st['keys']} | {st['noise']} | {st['incidents']} | "
                    f"{st['alt'] if st['alt'] is not None else '–'} | {TESTS[num]} |")
    text = ("# Situations 151-162 (oracle8)\n\nWritten blind from the city's plan, the zone's geojson files and the vocabulary. "
            "Format: FORMAT_AND_BRIEF.md. Regenerate: `cd tools_151_162 && python3 gen_151_156.py && python3 gen_157_162.py && "
            "python3 validate.py && python3 readme.py` (seeded, stable output). Vocabulary gaps: `vocabulary_needed_151-162.md`.\n\n"
            + CONVENTIONS +
            "\n## Situations\n| situation | lines | unique keys | noise keys | incidents | alt incidents | what it tests |\n"
            "|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    open(os.path.join(OUT, "README_151-162.md"), "w", encoding="utf-8").write(text)
    print("README_151-162.md written,", len(rows), "rows")
