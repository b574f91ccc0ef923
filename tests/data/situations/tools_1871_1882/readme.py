"""Write README_1871-1882.md (reads only situations 1871-1882)."""
import json, os, glob
from lib import OUT

TESTS = {
    1871: "smoke seen from 1-2.5 km: callers place it where they stand; distant camera; crash of drivers watching",
    1872: "crash reported from the next junction; secondary crash in the queue (debatable); stalled car",
    1873: "cameras see a load spill 250 m down the road; wrong-way car moving past 3 cameras; nightly false CCTV hits",
    1874: "skewed clocks: flood sensor stamped 8 h early, camera 4 min fast, panel clock reset to 2016-01-01",
    1875: "long sparse job: dark signal 22:14-08:00 with a re-fault at dawn (debatable); permit nearby",
    1876: "diesel spill moving 1.5 km along 經貿路; scooter slips on it (debatable)",
    1877: "police chase moving along 環中路 and 中清路, ending in a crash (debatable)",
    1878: "smoke plume drifting SW 0.5-1.5 km; a panel alarm set off by the plume (debatable)",
    1879: "lost child walking 2 km south; concert egress; unrelated heat stroke",
    1880: "devices failing during a typhoon flood (gateway power, link) and on their own (debatable)",
    1881: "devices failing on their own: cabinet power cut, flapping link, battery, maintenance, panel fault",
    1882: "sinkhole developing over 34 hours with sparse calls; typhoon after-effects",
}

def row(num):
    f = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))[0]
    tr = json.load(open(f[:-6] + ".truth.json", encoding="utf-8"))
    items = [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()]
    uniq = {}
    for it in items:
        uniq.setdefault(it["key"], it)
    noise = sum(1 for it in uniq.values() if it["truth"] is None)
    alt = tr.get("alternative_reading")
    return "| %s | %d | %d | %d | %d | %s | %s |" % (os.path.basename(f), len(items), len(uniq), noise, len(tr["incidents"]),
                                             len(alt["incidents"]) if alt else "-", TESTS[num])

HEAD = """# Situations 1871-1882

Written by an experienced emergency coordinator of Taichung City, blind to the center's code: only the zone's
geography, the feed contract and the vocabulary were read. The truth is how I would dispatch the shift, never a
distance or time threshold.

## Conventions
- One incident = one job I would dispatch (one crew, one scene, one ticket). A job that moves (a spill, a chase,
  a plume, a lost child) stays one job while the same people follow it.
- Rain alerts (`heavy_rain`) are context, not a job: `truth` null. Detention ponds filling to level 3 are the
  ponds doing their work: null (the alternative may fold them into the nearby flood).
- A permit (`planned_event`) belongs to the job it plans for when that job is dispatched (concert egress, the
  sinkhole repair); a permit nobody is sent to is null.
- Device failures: the devices behind one cabinet or gateway that go down together are one `infrastructure`
  job; a single device's battery, link or panel fault is its own maintenance job; planned maintenance is null;
  a single short flap is null, a link flapping all night is a job.
- Device clocks may be wrong (1874): `observed` is as the device stamped it; `arrival` is true.
- `sufficient_evidence_key`: the first item at whose arrival I would open the job. Callers far away or vague do
  not suffice alone when a better-placed item follows within minutes; a panel alarm, a police report, a clear
  camera hit at the scene, or a 119 dispatch do.
- `truth_alt` only where two coordinators could reasonably dispatch differently; the truth file's
  `alternative_reading` repeats every incident of that reading.
- Duplicated deliveries repeat the key and every field except `arrival`.
- Times: 2016, UTC on the wire; the texts speak local time (UTC+8).

## Regenerate
`cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`
(`lib.py` finds the geography at `GEO = os.path.join(OUT, "geo")`, a symlink to the shared `oracle_in/geo`).

## Table
| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""

if __name__ == "__main__":
    rows = [row(n) for n in range(1871, 1883)]
    open(os.path.join(OUT, "README_1871-1882.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
    print("\n".join(rows))
