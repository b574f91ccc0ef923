"""Writes README_991-1002.md from the generator's counts (called by gen_991_1002.py)."""
import os

from lib991 import OUT

HEAD = """# Situations 991-1002: police and public-safety nights in 水湳

Twelve shifts as the operations center sees the police's own work: a convenience-store robbery,
fights at a permitted night market and outside a bar, a hit-and-run whose car crashes again drunk,
street racing on 環中路 at 2 a.m., a suspicious suitcase at the transit hub, an evening march whose
permit changes route the same morning, a stolen car tracked by plate readers, a missing elder with
dementia, a domestic-violence call that arrives as a noise complaint, break-ins found in the morning,
a busy Friday night with six jobs at once, and a wrong-way drunk driver's head-on crash.
Dates are autumn-winter 2016 (the plan's year), times are UTC on the wire (local = UTC+8).

Written without reading the project's code, tests, rules or other situation sets, from
`oracle_in/` only (DOMAIN.md, geo/, mqtt.md, vocabulary.md, FORMAT.md).

## Files and tools

- `NNN_short_name.jsonl` (items in arrival order) and `NNN_short_name.truth.json`, NNN = 991..1002.
  Item and truth format exactly as FORMAT.md.
- `tools_991_1002/gen_991_1002.py` (seeded; helpers in `lib991.py`, this README from `readme991.py`)
  and `tools_991_1002/validate.py` (checks only 991..1002). Both read the geography from
  `SITUATION_GEO_DIR`, default `../geo` (a symlink to `oracle_in/geo`).
  Run: `cd tools_991_1002 && python3 gen_991_1002.py && python3 validate.py`.

## Conventions (mine; where other coordinators may disagree, see "Debatable")

1. **One incident = one dispatch job.** A crime scene is one job with everything that happens
   there because of it: the victim's ambulance (119 `ambulance` and its `on_scene` / `returning`
   updates), the officers' follow-ups, the arrest made far away hours later (991, 999, 1001 F1).
   The alternative reading splits the ambulance off as its own `rescue` job where that is debatable.
2. **A second scene is a second job** when it needs its own crews and its own site work, even if
   the police link the two in one case file: the hit-and-run car's drunk crash 2 km away (993 K),
   the racer's crash at the end of the racing strip (994 S). Alternative readings merge them.
   A pursuit that simply ends (997: stolen car dumped after a scrape, nobody hurt) stays in the
   pursuit's job; the alternative splits the scrape off.
3. **Permitted events are jobs** (type `crowd`), opened by the permit itself (its
   `sufficient_evidence_key`), and they own their effects: full car parks nearby, congestion
   on the corridors they close, crowding on cameras along the route, the noise of their
   loudspeakers and the illegal parking of their audience in the streets beside the venue.
   An amended permit (`follows` the original) is the same job; crowds on the *old* route after
   the amendment are still the march (996). A permit for road works alone is background.
4. **Crime inside an event is its own job** (fight at the market 992 F, pickpocket at the
   concert 1001 T1), because it needs its own officers and its own case; the alternative
   reading folds it into the event's policing.
5. **The truth says what happened**, not what the coordinator knew at the time: the neighbour's
   02:15 "someone is messing with a car, the alarm went off" is the car theft (997), the 03:20
   "metal banging on 經貿路" and the patrol that found nothing are the burglaries (1000; the
   alternative reading calls them closed noise cases), the noise call about shouting and a woman
   crying is the domestic violence (999).
6. **Sufficient evidence**: the first arrival that would make me dispatch: a 1999 call or a police
   report that says what and where (a victim, a fight, a crash with someone on the ground), a
   signal controller's own `fault`, a panel `alarm`, a permit. **A camera analytic alone is not
   enough** (crowding, wrong-way, accident are checked on the video wall first); so the
   first 1999 call of the hit-and-run (993) or of the wrong-way driver (1002) is sufficient even
   though the camera detected it a minute earlier. A citizen's worry about a suitcase (995) is
   only enough under the alternative reading; the main reading waits for the officers' report.
7. **Background (truth `null`)**: single streetlights, routine noise (karaoke, dogs, renovations,
   a party), illegal parking unrelated to an event, sensor status flaps with a reason, low-confidence
   camera detections far from anything, rush-hour slow-downs, a panel `fault` / `normal` pair, and
   the police's own planned DUI checkpoints (an operation of theirs, not a job the center dispatches).
   A fire panel `alarm` reset as a false alarm minutes later is still a (fire) job in the main
   reading (998 N), background in the alternative.
8. **Callers are scattered**: 1999 positions are where the caller is (up to ~1.5 km away, e.g. racing
   heard from the eco-residential blocks, a bus passenger waiting far from the closed hub), and
   callers often name the road next to the one where it happened (凱旋路 for a fight on 黎明路).
9. **Keys**: `{feed}:{situation}-{n}` or an agency-like case id; 119 updates and later police reports
   have keys of their own and `follows` the first; 1999 case updates follow their case. A duplicated
   delivery repeats the whole line with a later `arrival`. In 1000 a police follow-up arrives before
   the report it follows (the first report was typed in late).
10. Severity: police reports carry their own; congestion alerts Minor/Moderate; everything else `Unknown`.

## Situations

| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""


def write_readme(rows):
    lines = [HEAD]
    for r in rows:
        lines.append(f"| {r['file']} | {r['lines']} | {r['keys']} | {r['noise']} | {r['incidents']} | {r['alt']} | {r['tests']} |\n")
    lines.append("""
## Debatable (alternative readings)

- 991, 999: the victim's ambulance as its own `rescue` job.
- 992: the market fight (and its onlookers) folded into the market; the bar's earlier noise
  complaint as the fight's start.
- 993, 994: the second crash merged into the first job (same police case / same operation).
- 995: the first 1999 call about the suitcase is sufficient; illegal parking by people picking up
  evacuated passengers is plain background.
- 996: the scuffle outside the rally as its own public-safety job.
- 997: the scrape and the abandoned stolen car as a separate traffic job.
- 998: the unconfirmed sighting of an old man at 綠美圖 is unrelated; the panel's false alarm is no job.
- 1000: the night's noise call and the patrol that found nothing are closed noise cases; the
  bicycle theft reported to 1999 is a job of its own.
- 1001: the pickpocket folded into the concert; the illegal-parking calls around the venue as background;
  the noise call about drunk customers shouting outside the bar as the start of the fight.
- 1002: intercepting the wrong-way driver and the head-on crash as two jobs.
""")
    with open(os.path.join(OUT, "README_991-1002.md"), "w", encoding="utf-8") as fh:
        fh.write("".join(lines))
