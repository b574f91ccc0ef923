"""Write README_1791-1802.md from the truth files 1791-1802."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from lib import TITLES  # noqa: E402

HEAD = """# Situations 1791-1802 (blind oracle, evidence that is hard to place)

Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`
(standard library only, seeded: the output is identical on every run; `geo` is a symlink to the shared geo data).

## Conventions
- Times: the stories tell Taiwan time (UTC+8); `observed` and `arrival` are UTC. Arrival is a few seconds to a
  few minutes after observation; some items are late (a panel over a slow line, a camera clip reviewed later),
  duplicated (same key, same fields, later arrival) or stamped with a wrong clock (1796: a panel 8 h fast).
- A label is one job a coordinator would dispatch and follow. Evidence goes to the job that explains it, however
  far from it the reporter stood: a caller's position is where the caller is (a smoke watcher 1 km away,
  a 1999 case pinned on a district default point), not where the job is.
- Background (`truth: null`): routine cases of the night (one lamp out, a pothole, a noise complaint, a car park
  full at the usual hour, a detector slow at rush hour, a panel's routine fault), regional rain alerts (no
  one is dispatched to rain), camera analytics that saw nothing real.
- Planned events and road works: the permit belongs to the job of the event it announces; the event's own crowd,
  slow-downs, parking and noise belong to it too. An accident during it that the event did not cause is its own job.
- A device failure with a cause of its own (a cabinet knocked down, a feeder tripping, a fibre cut) is its own
  `infrastructure` job unless the cause is the job itself (a crash into the cabinet is the crash's job); every
  device of one gateway or cabinet goes to the same job.
- Debatable items carry `truth_alt`; each truth file's `alternative_reading` gives the complete incident list
  under the other reading and why.
- `sufficient_evidence_key`: the first item at whose arrival a coordinator would open the job (not a far caller
  whose smoke could be anything, not a permit for something that needs no dispatch yet).
"""


def main():
    parts = [HEAD]
    for fn in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))):
        base = os.path.basename(fn)[:-len(".truth.json")]
        nn = int(base.split("_")[0])
        if not 1791 <= nn <= 1802:
            continue
        t = json.load(open(fn, encoding="utf-8"))
        n = sum(1 for _ in open(os.path.join(OUT, base + ".jsonl"), encoding="utf-8"))
        incs = "; ".join("`%s` (%s): %s" % (i["label"], i["type"], i["description"]) for i in t["incidents"])
        para = "%s\n\n%d items. Incidents: %s." % (t["description"], n, incs)
        if t.get("notes"):
            para += " " + t["notes"]
        ar = t.get("alternative_reading")
        if ar:
            para += "\n\nAlternative reading: %s Incidents under it: %s." % (
                ar["why"], ", ".join("`%s`" % i["label"] for i in ar["incidents"]))
        parts.append("## %s %s — %s\n\n%s\n" % (nn, base, TITLES[nn], para))
    with open(os.path.join(OUT, "README_1791-1802.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
