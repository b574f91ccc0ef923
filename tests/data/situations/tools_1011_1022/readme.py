"""Write README_1011-1022.md from the truth files. Run after gen.py."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")

HEAD = """# Situations 1011-1022: a representative month of the 水湳 zone

## Who I was asked to be
I was asked to be an outside reviewer writing an ordinary month in the zone, "ordinary, not tricky". I write as an experienced coordinator of
the 水湳 smart operations center would describe what happened. I did not read the center's code. The truths
come from the situations themselves, not from guesses about radii, windows or thresholds.
1011-1017 are the seven required kinds. Each is set in a part of the zone other than the obvious one: no
convention-centre concert, no Central Park pond flood.
1018-1022 are ordinary days and nights, each with 2-4 small real jobs of different kinds amid routine background.

## Conventions (my readings, stated once)
- **One incident = one job a coordinator would dispatch**: one scene, one crew or set of crews working it.
  These belong to the job that caused them:
  - effects at the scene (closures, detour slow-downs, queues that start after it, parking, a panel set off by its smoke);
  - follow-ups (119 `on_scene`/`returning`, 「恢復通行」, panel `normal`, alert `cleared`);
  - people asking about it (「我媽住在B區」, 「什麼時候可以回家」);
  - rescues at a flood's scene.
  Secondary events at another place that need their own unit are their own job (a crash in the queue 450 m away). Where a coordinator could fairly merge or split, the
  other reading is in `truth_alt` and `alternative_reading`.
- **Background (`truth: null`)**:
  - routine 1999 service requests that the 1999 system routes itself (a single lamp out, illegal parking,
    potholes nobody fell in, pruning, litter, animals, questions);
  - rush-hour and holiday slow-downs that began before any job;
  - rain and CWA alerts;
  - detention ponds filling as designed (Central Park ponds at 三級);
  - device flaps and planned maintenance;
  - panel alarms reset within minutes with a stated cause (施工粉塵, 油煙, 檢修測試);
  - planned-event permits and their expected effects (parking full, crowding) until something needs a dispatch;
  - noise from permitted night works.
- **A planned event becomes an incident** when it needs a dispatch: police crowd control, or complaints that need action. The permit alone does not.
- **Sufficient evidence**: the first arrival at which a coordinator would open the job. These are enough by themselves:
  - a 119 dispatch;
  - a police report;
  - a signal `fault`;
  - one citizen call that clearly describes a hazard (fire seen, person down, tree across a lane, gas smell, a whole row of lamps dark);
  - three or more co-located devices dropping within a minute.
  These are not enough by themselves:
  - one fire-panel alarm (false alarms are common);
  - one flood reading in the lowest band;
  - one CCTV "stalled vehicle" at a busy junction.
  They become enough with a second independent source.
- **Delivery**: a duplicate (same key) is one piece of evidence. Late, out-of-order or clock-skewed items keep their
  truth. Observed stamps are as the source gave them.
- Times are UTC in the files. The texts use local time (UTC+8).

## Tools
`cd tools_1011_1022 && python3 gen.py && python3 validate.py && python3 readme.py`.
`gen.py` (with `lib.py` and `routine.py`) is seeded: re-running it gives byte-identical files.
`validate.py` checks only these files: JSON, fields, true duplicates, arrival order, sensor ids and exact positions,
the vocabulary (docs/vocabulary.md plus `vocabulary_needed_1011-1022.md`), labels against the truth file and the
sufficient-evidence keys, under both readings.
The tools find the geo files through `SITUATION_GEO_DIR`, or by default through `../geo`, a symlink to `/work/wt/oracle_in/geo`.

## Situations
"""


def main():
    parts = [HEAD]
    total_items = 0
    for tp in sorted(glob.glob(os.path.join(OUT, "10[12][0-9]_*.truth.json"))):
        t = json.load(open(tp, encoding="utf-8"))
        jl = tp[:-len(".truth.json")] + ".jsonl"
        items = [json.loads(l) for l in open(jl, encoding="utf-8")]
        keys = {it["key"] for it in items}
        n_null = sum(1 for it in items if it["truth"] is None)
        dups = len(items) - len(keys)
        total_items += len(items)
        parts.append("### %s\n" % t["situation"])
        parts.append("%s\n" % t["description"])
        parts.append("%d items (%d background%s). Incidents:\n" % (
            len(items), n_null, ", %d duplicate deliveries" % dups if dups else ""))
        for inc in t["incidents"]:
            n = sum(1 for it in items if it["truth"] == inc["label"])
            parts.append("- **%s** (`%s`, %d items): %s. Sufficient: `%s`." % (
                inc["label"], inc["type"], n, inc["description"], inc["sufficient_evidence_key"]))
        parts.append("")
        if t.get("alternative_reading"):
            alt = t["alternative_reading"]
            parts.append("Alternative reading: %s This gives the incidents %s.\n" % (
                alt["why"], ", ".join("%s (`%s`)" % (i["label"], i["type"]) for i in alt["incidents"])))
        if t.get("notes"):
            parts.append("Debatable points and readings: " + " ".join(t["notes"]) + "\n")
    parts.append("Total: %d items in 12 situations.\n" % total_items)
    with open(os.path.join(OUT, "README_1011-1022.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
