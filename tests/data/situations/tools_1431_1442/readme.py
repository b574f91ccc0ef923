"""Write ../README.md from the conventions below and each situation's own paragraph."""
import os

import gen_a
import gen_b
from lib import OUT

HEAD = """# Labelled situations 1431-1442 (水湳 smart-city operations center)

Twelve situations written by an outside coordinator, with emphasis on 1999 citizen calls in the
callers' own words: callers who file the thing under the wrong category, call from far away (a
relative in 高雄, 台北 or 南屯, a driver who has driven on), call again and again, correct or deny
what they said, and report things that are no job at all; mixed with the agencies' own feeds for a
few real jobs, several of one type at once (two fires, three floods, three fallen obstacles), and
long jobs that change over hours or days (a water main over three days, a signal repaired twice, a
search that ends 3.5 km away).

Times in this README are local (UTC+8); every time in the files is UTC.

## Files
- `NNNN_name.jsonl`: the items, one a line, in arrival order; `NNNN_name.truth.json`: the incidents
  (FORMAT.md). Numbers 1431-1442.
- `tools/lib.py` (helpers: geography read from `SITUATION_GEO_DIR` or `../geo`, time, keys, delays),
  `tools/gen_a.py` (1431-1436), `tools/gen_b.py` (1437-1442), `tools/validate.py`, `tools/readme.py`
  (this file), `tools/vocabulary_needed.md`.
- Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`
  (Python 3 standard library; every situation is seeded, the output is byte-for-byte stable).

## Conventions

**One incident** is one job a coordinator would dispatch: one scene, or one cause handled by one set
of crews, from the first report to the last word on it. Everything that happens *because of* the job
at its scene belongs to it: the closure for the fire engines, the car park shut over a burning car,
the evacuees asking when they may go back, the relative asking after her mother, the slow-down the
closure causes, the resident whose gas the company shut off to stop the leak. A second scene at the
same time is a second job even when it is 450 m away and of the same kind (two fires, three floods,
three trees). A repair that does not hold is still the same job (the contractor is recalled to the
same fault); where a coordinator could as well open a new job, the alternative reading says so. A
casualty who needs an ambulance of their own for something else (a faint, a fall, a crash into a
sinkhole, someone on home oxygen during a power cut, three people stuck in a lift) is a rescue job of
its own; the victim of a fight or of a fire is that job's. A planned event with a crowd (a concert, an
exhibition) is one crowd job from its permit on, holding the car parks, traffic, police crowd control
and the complaints it draws; routine works are not a job until they cause one.

**Background** (truth `null`) is what a coordinator sees and leaves: routine 1999 cases (a lamp out,
a lamp lit by day, a pothole, a car on a red line, a neighbour's dog, karaoke, renovation noise, an
injured pigeon, litter), questions (is there work tomorrow, where to park, when does the fair open),
calls about the caller's own home elsewhere (a leaking roof in 北屯, an outage in 南屯), rush-hour
slow-downs that no job explains, full car parks on a busy day, rain alerts themselves, detention ponds
filling as they are built to, device link flaps and a battery swap, the permits of works on days they
cause nothing, and calls that turn out to be nothing (a crash the caller withdraws, lights in the sky,
a man who calls to talk, the night flashing of a signal).

**Sufficient evidence** (`sufficient_evidence_key`) is the first item at whose arrival a coordinator
has enough to open the job: an agency's own record (a 119 dispatch, a police report), a 1999 call that
clearly describes the thing, or a device that alone warrants a dispatch (a road or underpass flooded
16-30 cm or more, a signal fault, two buildings' panels losing mains at once, the permit of a crowd
event). Not enough alone: a camera analytic flag (it is checked first), one residential panel alarm at
dinner time (kitchens set them off), a single noise call, a water level at warning level 3 in a
detention pond.

**Placement.** Sensor items sit at their registered positions. Police and 119 items sit at the scene
as recorded (a few metres of scatter). A 1999 case sits where the operator geocoded it: at the address,
building or junction the caller names; where the caller gives only a vague reference (a road, "公園那邊",
"中清路那邊的一個地下道") or calls about somewhere he has already left, at the caller's own position (his
phone or home): the 北屯 resident who sees the glow from her balcony, the driver now on 中清路 or 台74, the
wife at home in 逢甲, the aunt in 南屯. A relative far away who gives the address (the daughter in 高雄,
the son in 台北) is placed at that address. Callers name places as people do, often wrongly ("綠美圖後面"
for block A, "中科路" for 黎明/凱旋, "環中路經貿路口" for 中科路口).

**Delivery.** 1999 cases arrive 1-7 min after the call (`observed` = when the call was taken); police
reports 2-20 min after the time they record; 119 dispatches within seconds to 2.5 min; sensor alerts
and device events within seconds to 1.5 min; permits days before their start. Updates carry `follows`
(a 1999 caller's later call about the same case, a 119 case's `on_scene`/`returning`/`closed`, a police
follow-up, an amended permit). Every situation has duplicated deliveries (the same key and fields, a
later arrival) and items out of order (a police report arriving after later 1999 calls). Two sources run
on skewed clocks: the fire panel of the Central Park car park (SN-FA-007) stamps six minutes slow in
1431, and the camera at 黎明/凱旋 (SN-CCTV-007) eleven minutes slow in 1438.

**Alternative readings** (`truth_alt`, `alternative_reading`) are given where a coordinator could
reasonably file an item, or split or merge a job, the other way; each situation's paragraph says which.

## Situations
"""


def main():
    parts = [HEAD]
    for b in gen_a.BUILDERS + gen_b.BUILDERS:
        s = b()
        parts.append("### %d_%s\n\n%s\n" % (s.num, s.name, s.readme))
        rows = ["| label | type | what |", "|---|---|---|"]
        for inc in s.incidents:
            rows.append("| `%s` | %s | %s |" % (inc["label"], inc["type"], inc["description"]))
        parts.append("\n".join(rows) + "\n")
        if s.alt:
            parts.append("Alternative reading: %s\n" % s.alt["why"])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
