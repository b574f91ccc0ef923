"""Write README_1891-1902.md and vocabulary_needed.md from the situations 1891-1902."""
import os
import json
import glob
from collections import Counter
from lib import OUT, FIRST, LAST

CONVENTIONS = """## Conventions

- Times: `observed`/`arrival` in UTC (`Z`); the situations' stories are told in Taiwan time (UTC+8). Each
  situation is generated from a local start time and minutes after it; `arrival` is `observed` plus a
  feed-typical delay (alerts 20-70 s after the reading, panels and signals seconds, police 0.5-3 min,
  1999 cases 0.5-4 min) unless a situation sets it on purpose.
- Sensor items sit at the registered position of `geo/sensors.geojson`; reports (police, 1999, 119) at
  the place reported; 1999 callers are scattered around what they report, sometimes 1-2 km away
  (they report what they see, not where they stand).
- A duplicated delivery repeats the whole line with the same `key` and a later `arrival`.
- 119 updates (`on_scene`, `returning`, `closed`) are items of their own with `follows` = the dispatch's
  key; police follow-ups `follows` a list of report keys; a 1999 follow-up `follows` the earlier case key.
- A planned-event permit's `observed` is its start, `ends` its end, `arrival` when it reached the center
  (days before), so its `observed` is later than its `arrival`.
- Skewed clocks are written into `observed` as the source stamped it (1895: 1999 gateway +4 min, one
  police terminal -1 h); never more than 300 s in the future of `arrival` (ingest would quarantine it).
- `truth` null = background that no coordinator would dispatch (routine 1999 cases, a full car park,
  rain alerts, a detention pond doing its job, planned maintenance, a drill).
- `sufficient_evidence_key`: the item at whose first arrival I, as coordinator, would open the job.
- Where I hesitate, `truth_alt` and `alternative_reading` give the other coordinator's reading; its
  incident list is complete.
- Categories only from FORMAT.md, docs/mqtt.md and docs/vocabulary.md; see vocabulary_needed.md.
- Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.
"""

VOCAB = """# Vocabulary needed (situations 1891-1902)

Nothing was invented: every category is in docs/vocabulary.md. Approximations:

- **A false-alarm outcome** of a fire panel or a 119 case (1898): written as a 119 `closed` update whose
  text says 誤觸偵煙器，無火警, plus the panel's `normal`. An outcome code (誤報) would help.
- **A drill** (1901): no permit category for a drill; written as `planned_event` `event` whose text says
  校園消防演練, and the panel's text says 演練. A `drill` permit category would make it explicit.
- **A police sighting / search update of a missing person** (1900): police `other` with `follows` the
  `missing_person` report; a `found` / `located` word (尋獲) would close the job explicitly.
- **Someone trapped in a flooded car** (1899): police `other` (no `rescue` police code); 1999 `rescue`
  and 119 `rescue` carry it.
- **A car park's barrier stuck by a power cut** (1902): 1999 `other` and parking `closed`.
- **A witness's 1999 call about a crash queue** uses `other` (no 1999 congestion code).
"""


def main():
    parts = ["# Situations 1891-1902\n",
             "Twelve labelled situations for the Shuinan smart operations center, written as an outside tester.\n",
             "The first seven are new variations of the seven themes; the last five are situations I expect a center to get wrong.\n"]
    for nn in range(FIRST, LAST + 1):
        tr = sorted(glob.glob(os.path.join(OUT, "%d_*.truth.json" % nn)))[0]
        js = tr[:-11] + ".jsonl"
        with open(tr, encoding="utf-8") as fh:
            t = json.load(fh)
        with open(js, encoding="utf-8") as fh:
            items = [json.loads(x) for x in fh]
        feeds = Counter(i["feed"] for i in items)
        nulls = sum(1 for i in items if i["truth"] is None)
        keys = len({i["key"] for i in items})
        parts.append("\n## %s\n" % t["situation"])
        parts.append("%s\n" % t["description"])
        parts.append("- items: %d (%d distinct keys, %d background); feeds: %s\n" % (
            len(items), keys, nulls, ", ".join("%s %d" % kv for kv in sorted(feeds.items()))))
        parts.append("- incidents:\n")
        for i in t["incidents"]:
            n = sum(1 for x in items if x["truth"] == i["label"])
            parts.append("  - `%s` (%s, %d items): %s; opened at `%s`\n" % (
                i["label"], i["type"], n, i["description"], i["sufficient_evidence_key"]))
        if t.get("notes"):
            parts.append("- why: %s\n" % t["notes"])
        if t.get("alternative_reading"):
            a = t["alternative_reading"]
            parts.append("- alternative reading: %s Incidents: %s\n" % (
                a["why"], ", ".join("`%s` (%s)" % (i["label"], i["type"]) for i in a["incidents"])))
    parts.append("\n" + CONVENTIONS)
    with open(os.path.join(OUT, "README_1891-1902.md"), "w", encoding="utf-8") as fh:
        fh.write("".join(parts))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "vocabulary_needed.md"), "w", encoding="utf-8") as fh:
        fh.write(VOCAB)


if __name__ == "__main__":
    main()
