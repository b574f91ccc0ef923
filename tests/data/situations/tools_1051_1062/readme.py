"""Write README_1051-1062.md from the truth files and the item files."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")

HEAD = """# Situations 1051-1062: traffic and transport in the 水湳 zone

## Who I was asked to be
An experienced coordinator who lives traffic as the 臺中市 traffic police and the Transportation Bureau's
engineers do: weekday rushes with their recurring slow-downs on 環中路, 中清路, 經貿路, 凱旋路, 黎明路,
河南路 and 中平路; crashes, breakdowns, shed loads, dark signals, works, a lorry fire, a drunk driver, a sale
that fills the car parks, and quiet nights. Twelve situations, each a different day (2026-03 to 2027-02).
Routine congestion and ordinary calls are background; the jobs are what a coordinator would dispatch.

## My conventions
- **One incident = one job**: one scene (or one cause) that a coordinator would dispatch one team for and close
  as one. Everything a job's own scene produces belongs to it: the callers (even hundreds of metres away), the
  ambulances and their updates, the closure and its reopening, the queue it causes on the same road (detector
  alerts whose numbers are far beyond the day's rush), the camera that sees it, the officers sent to the next
  junction because of its queue.
- **A second scene is a second job** when it needs its own unit: a crash at the tail of a queue, a second crash
  3 km away even by the same driver, a building's fire alarm set off by a fire outside (each with an alternative
  reading when a coordinator could honestly fold it in).
- **Background** (`truth: null`): the recurring rush slow-downs (alerts at the usual detectors and times, with
  the usual numbers), routine 1999 requests (streetlights, potholes, illegal parking, noise, animals, bus
  complaints), device flaps and maintenance windows, stray low-confidence analytics with no follow-up, a one-minute
  controller reboot, a detector glitch, planned events with no trouble, petitions about a junction's design.
- **Sufficient evidence**: the first item on which I, as coordinator, would dispatch: a citizen reporting a crash
  with someone hurt; a signal controller reporting dark; a CCTV detection of high confidence on a carriageway that
  the wall can confirm at a glance (a stopped vehicle at 0.8+, smoke at 0.88, a fallen object at 0.83); a car
  park of the event filling before 11:00 on a sale day. A lone low-confidence CCTV detection, a lone detector
  slow-down in the rush, a device offline are never sufficient by themselves.
- **Permits**: a permit belongs to the job it explains (road works that overrun, a sale that fills the car parks);
  otherwise it is background. The alternative reading leaves it out.
- Positions: sensors at their registered positions; callers scattered 20-900 m around what they report; police and
  119 at the scene. Times: UTC in the files, local time (UTC+8) in the texts and below.

## Decisions where the brief or the geography was unclear
- The zone has no mall: the "mall sale" is a department-store year-end sale held in the convention centre (1061),
  with the convention centre's own car park and three nearby ones filling.
- The school gate is 泰安國小's, on the east part of 環中路 (the bus stop 泰安國小(環中路) of DOMAIN.md §1.1); its
  exact position is my guess on the road line (±300 m like the road itself).
- The bus lane is 臺灣大道's median bus lane east of 環中路; the zone has no detector on 臺灣大道, so the breakdown
  shows in no slow-down alert (1054).
- Police reports for directing traffic at a junction have no category; I used `other` (1058) or `crowd_control`
  for event traffic (1061). See vocabulary_needed_1051-1062.md.
- A permit that arrived days before is kept in the file at its real arrival time (first line), as the center
  would have it on record.

## Tools
`tools_1051_1062/`: `gen.py` (one seeded function per situation; `lib.py` the item builders, `background.py`
the routine calls, flaps and rush slow-downs), `validate.py`, `readme.py` (this file). Run
`cd tools_1051_1062 && python3 gen.py && python3 validate.py && python3 readme.py`. The geo files are found
through `SITUATION_GEO_DIR`, by default `../geo` (a symlink to the input's geo folder).

## Situations
"""


def main():
    out = [HEAD]
    tot_i = tot_n = 0
    for tpath in sorted(glob.glob(os.path.join(OUT, "10[56]?_*.truth.json"))):
        t = json.load(open(tpath, encoding="utf-8"))
        base = os.path.basename(tpath)[:-len(".truth.json")]
        items = [json.loads(l) for l in open(os.path.join(OUT, base + ".jsonl"), encoding="utf-8")]
        bg = sum(1 for i in items if i["truth"] is None)
        tot_i += len(items)
        tot_n += len(t["incidents"])
        out.append("### %s\n" % base)
        out.append("%d items (%d background), %d incident(s).\n" % (len(items), bg, len(t["incidents"])))
        out.append(t["description"] + "\n")
        for inc in t["incidents"]:
            n = sum(1 for i in items if i["truth"] == inc["label"])
            out.append("- **%s** (%s, %d items): %s — sufficient at `%s`." % (
                inc["label"], inc["type"], n, inc["description"], inc["sufficient_evidence_key"]))
        out.append("")
        if t.get("notes"):
            out.append("Debatable points and readings:")
            for n in t["notes"]:
                out.append("- " + n)
            out.append("")
        if t.get("alternative_reading"):
            a = t["alternative_reading"]
            out.append("Alternative reading (%d incidents): %s\n" % (len(a["incidents"]), a["why"]))
    out.append("## Totals\n%d items, %d incidents over 12 situations.\n" % (tot_i, tot_n))
    with open(os.path.join(OUT, "README_1051-1062.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
