"""Write ../README_451-462.md (conventions + table). Run after validate.py passes."""
import os
import validate

TESTS = {
    451: "Lab solvent fire (panel, 119 fire + hazmat follow-up, callers' smell) and a rubbernecking crash 250 m away; a paper-offering smoke call as look-alike; late police entry; duplicate 1999.",
    452: "All-day expo crowd at the hub beside five short jobs in 400 m (theft, fight, escalator fall, collapse, lost child); the same camera sees the crowd and the fight; permit days ahead.",
    453: "Car-park car fire with side effects (sensor power loss, runoff in a pond, slow-down) and a cardiac arrest 200 m away in the same minutes; dance music and dark lamps as background.",
    454: "False cooking alarm an hour before a real flat fire in the same block; gas leak in the next block that callers blame on the fire; parking blocking engines belongs to the fire.",
    455: "Rush-hour crash, broken-down truck and dark signal on one corridor, truck and signal 90 m apart; a street washer's flood-depth alert; routine rush queues; duplicate signal event.",
    456: "Concert: scalper fight, stage-fog alarm, pyrotechnics heard as gunshots, faint, exit crowd that reaches the hub 1.3 km away, crash in exit traffic; noise and parking complaints as background.",
    457: "Same panel twice: a 3-minute false alarm and a real B1 fire 2.5 h later; evacuees on the road; lost child in the evacuation; panel power fault that belongs to the fire.",
    458: "Acid tanker leak with closures and queues both ways; rear-end crash in the detour; the reclamation centre's daily smell reported during the leak; sensor comms loss.",
    459: "Knife scare at the hub (fleeing crowd, manual call point, gunshot rumour), bus breakdown under the same camera 15 min later, drunk man whom a caller links to the stabbing.",
    460: "Shop fire whose power cut darkens the signal 90 m away (separate job or not); cooking fumes elsewhere as look-alike; camera sees smoke then the dark signal.",
    461: "Charity run: four rescue jobs of one kind close in space and time (two at one tent), a closure crash, a missing elder; planned queues, start-line crowd and PA noise are background.",
    462: "Welding fire in hall A tripping hall B's panel via the corridor; a drunk driver hits the signal pole 100 m away among the engines, taking signal and camera down.",
}

CONVENTIONS = """# Situations 451-462 (blind oracle): conventions and table

Written blind: only `/work/wt/oracle_in` was read (DOMAIN.md, FORMAT.md, the seed plan, the geojson layers,
docs/geo.md, docs/mqtt.md, docs/vocabulary.md). Times are 2026 local days (UTC+8) written in UTC;
every sensor item uses a registered sensor of `geo/sensors.geojson` at its registered position; other
items are placed at the named spot (road lines of `roads.geojson`, buildings at their fire panels) with
~20 m jitter. Regenerate with `cd tools_451-462 && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`
(seeded: identical output each run).

## What is one incident
- **One incident = one job a coordinator dispatches**: one place of trouble and one set of responders.
  Everything that reports, follows up, or is a direct consequence handled by the same responders belongs
  to it: panel zones and restores, 119 status updates and extra 119 cases on the same patient or
  building, the police closure for the engines, the queue the closure or crash causes, callers asking
  "what happened / when will it reopen", a sensor that lost power because of it.
- **Separate jobs stay separate even when close**: a crash among fire onlookers (451), a cardiac arrest
  200 m from a car fire (453), a gas leak in the next block (454), a second patient at the same medical
  tent (461), a crash 100 m from a fire (462). What decides is who must be sent, not metres or minutes.
- **A consequence that needs other responders** (a dark signal after a power cut, 460; a crash in a
  detour queue, 458) is its own job; merging it is given as the alternative reading.
- **Planned events**: a permit alone is background context. When the event's crowd becomes a job, the
  permit belongs to that crowd incident. Queues and full car parks that the permit foresees (closures of
  a run, a concert's car park full hours before the exit) are background. Full car parks and slow-downs
  belong to the crowd job when they are part of the overflow that job manages (452: the fair's access to
  the hub all day), not when the job is a local spill elsewhere (461: the finish line).
- **Vehicle-detector slow-downs** belong to the incident whose queue they measure (the nearest blocking
  cause upstream in time); ordinary rush-hour slow-downs are background.
- **Fire alarms** that reset within minutes with a stated cause (cooking, stage fog, dust) are
  background; opening them as short fire jobs is the alternative reading. A manual call point pulled by
  a bystander during a knife attack belongs to that attack (459).

## Background
Every situation has items that belong to no incident: routine 1999 cases (lamps, potholes, noise,
parking, lost property, questions), panel faults, sensors offline for maintenance, rush-hour queues,
full car parks, and look-alikes that resemble an incident in the same minutes and place but are not
one (paper-offering smoke 451, street washer in an underpass 455, pyrotechnics heard as shots 456,
reclamation-centre smell 458, cooking fumes 460, start-line crowd 461).

## Sufficient evidence
`sufficient_evidence_key` is the first-arriving item that by itself lets a coordinator open the job:
a fire-panel alarm (a building's detector in alarm), a 119 dispatch, a police report of the trouble,
a 1999 call that describes an emergency (fire, crash with injury, knife), a camera's crowd/stall
detection of something that plainly needs a unit, a signal controller reporting no output. Not
sufficient alone: a full car park, a slow-down, a permit, a sensor offline, a camera's standing crowd
with no cause.

## Timing realism
Panels arrive in seconds, cameras and signals in 5-25 s, rules in ~1-2 min, 119 in under 1.5 min,
1999 cases 1-4 min after the call (the case is typed first), police reports 1.5-6 min; some police
and 119 entries are typed up 40-70 min later (補登, late). Duplicated deliveries repeat the key with a
later arrival. `follows` points to the case a report updates.

## Table
| file | lines | unique keys | noise keys | incidents | alternative incidents | what it tests |
|---|---|---|---|---|---|---|
"""


def main():
    rows = [validate.check(n) for n in validate.NUMS]
    if validate.problems:
        raise SystemExit("validate first: " + "; ".join(validate.problems))
    out = [CONVENTIONS]
    tot = [0, 0, 0, 0, 0]
    for n, r in zip(validate.NUMS, rows):
        out.append(f"| {r['file']} | {r['lines']} | {r['unique']} | {r['noise']} | {r['incidents']} | {r['alt_incidents']} | {TESTS[n]} |\n")
        for i, k in enumerate(("lines", "unique", "noise", "incidents", "alt_incidents")):
            tot[i] += r[k]
    out.append(f"| **total** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | {tot[4]} | |\n")
    with open(os.path.join(validate.OUT, "README_451-462.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README_451-462.md written")


if __name__ == "__main__":
    main()
