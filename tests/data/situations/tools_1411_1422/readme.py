"""Write ../README.md from the conventions below and the generators' per-situation notes
(tools/readme_parts/NNNN.json, written by gen_a.py and gen_b.py)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))

HEAD = """# Labelled situations 1411-1422 (o1411): Shuinan operations center

Twelve situations in and around the 水湳 zone, each a stream of evidence items (`NNNN_name.jsonl`, one item a
line, in arrival order) and the incidents a coordinator would dispatch (`NNNN_name.truth.json`), in the format
of `oracle_in/FORMAT.md`. They were written from the situation outward, as an outside tester of the center, without
knowledge of how the center groups evidence. Times in this README are local (UTC+8); every time in the files is UTC.

Regenerate and check: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.
The generators are standard-library Python, seeded (the same files every run), and read the geography from
`SITUATION_GEO_DIR` (default `../geo`). `validate.py` checks only 1411-1422.

## Conventions

**One incident is one job**: what a coordinator would hand out as one dispatch, with one set of crews working one
scene or one cause until it is closed. What a job causes belongs to it: the closure and the detour around a fire,
the jam behind a flood, the evacuation of a burning block, the people watching, the ambulance for a resident who
breathed smoke, a rekindle of a fire its crews left. Something that needs its own crews is its own job even when
another caused it: a crash in the queue behind a fire (1417), a crash under a dark signal (1418, 1421), people stuck
in a lift when the power went (1421). Where a reasonable coordinator would draw that line elsewhere, the item carries
`truth_alt` and the truth file an `alternative_reading`. A single cause reaching far is one job: a feeder trip that
darkens four junctions spread over 700 m (1421), a chlorine plume smelled 1.7 km downwind (1422), one search for a lost man
over five hours and 1.6 km (1419). Types: the incident types of docs/vocabulary.md (`flood`, `fire`, `traffic`,
`crowd`, `public_safety`, `rescue`, `infrastructure`, `hazmat`).

**Background** (`truth: null`) is what a coordinator reads and lets pass: routine 1999 cases (a lamp out or lit by
day, red-line and double parking, a pothole, building-site noise, a barking dog, litter, a scheduled water cut, a
standing complaint about a plant's smell); rush-hour and weekend slow-downs; a device that drops and returns within
minutes, or one with a low battery; full car parks; rain-gauge alerts (the weather is context, not a job); the
Central Park detention ponds filling, and their level reaching warning level 3, as they are built to; a permit for an
event that brings no trouble; a theft already reported at the station; a breakdown already towed.

**Sufficient evidence** (`sufficient_evidence_key`): the first item at whose arrival a coordinator would open the
job. Enough alone: a 119 dispatch; a police report of the thing; a 1999 caller who saw it and says where; a signal
controller's own fault report; a fire panel's alarm (a multi-zone alarm in a residential block, or a detector in a
public building, which the coordinator must at least phone about); several devices reporting mains power lost
together with a building panel on battery. Not enough alone: a CCTV analytic (the coordinator would look first), a
slow-down, a single shallow flood reading, a rain alert, one device offline. When two items would each be enough,
the key is the one that arrived first (often 119's dispatch before the eyewitness's 1999 case).

**Placement.** Sensor items sit at their registered positions (`geo/sensors.geojson`). Police reports are placed
where the officer is, at the scene (a few metres off the junction or building). 119 records sit at the dispatched
address. A 1999 case sits where the operator put it: at the place the caller names when they can name it (a
junction, a building, a car park; off by 10-40 m), and otherwise at the caller's own address, so someone who sees the
smoke from 逢甲 or 河南路, or smells gas at home, is placed at home, 1-2 km from the scene. Places come from
`geo/gazetteer.yaml`, junctions from the signal controllers that stand on them, and points along roads are
interpolated on the `geo/roads.geojson` lines.

**Delivery.** `observed` is the source's stamp, `arrival` the center's receipt. Typical lags: rule alerts 8-50 s,
fire panels 2-15 s, signals 4-30 s, CCTV 3-20 s, device status 2-25 s (last wills 75-80 s, after the broker's
keep-alive), car parks 20-110 s, 119 15-80 s, 1999 1-7 min, police 2-20 min. Some deliveries are duplicated (the
same key again, every field equal but `arrival`). Out-of-order arrival is the rule, not the exception (a police
report written before a 1999 call arrives after it); updates carry `follows` (119 updates, police follow-ups,
amended permits), and a `follows` may name a report that arrives later. 1415 collects the pathologies: a camera whose
clock runs 38 minutes slow, a flood station 30 s fast, a 1999 interface that stalls for 38 minutes and then delivers
six cases at once in scrambled order, a 119 dispatch that arrives after its own on-scene update, duplicates of a
signal fault, a police report and a closure.

**Keys.** `1999-<ROC date>-<n>`, `TCPD-<ROC date>-<n>` (police), `TC119-<ROC date>-<n>` and `<case>-<status>` for its
updates, `PMT-…` (permits, `-amended` for a new version), `ALR-<sensor>-<rule>-<UTC stamp>` (sensor rules) and
`<FA|SIG|PK|CCTV|ST>-<sensor>-<state>-<source stamp>` (device events).

Categories outside the brief's short list are the project's own codes in docs/vocabulary.md (1999 `gas_odor`,
`traffic_signal`, `power_outage`, `water_outage`, `rescue`, `環境公害`; police `hazmat_report`, `evacuation`,
`missing_person`, `road_reopened`, `other`; 119 `rekindle`; parking `closed`, `empty`; rules `cleared`,
`water_level_falling`). What the format could not say is in `tools/vocabulary_needed.md`.

## Situations
"""


def main():
    parts = os.path.join(HERE, "readme_parts")
    out = [HEAD]
    total = 0
    for n in range(1411, 1423):
        with open(os.path.join(parts, "%d.json" % n), encoding="utf-8") as fh:
            p = json.load(fh)
        total += p["items"]
        jobs = ", ".join("%s %d" % (k, v) for k, v in p["per_label"].items())
        out.append("### %s\n%s.\n\n%s\n\n*%d items: %s; background %d.*\n" % (
            p["stem"], p["title"], p["readme"], p["items"], jobs, p["background"]))
    out.append("## Files\n\nFor each situation `NNNN_name.jsonl` and `NNNN_name.truth.json`; `tools/lib.py` (geography, "
               "time and item helpers), `tools/gen_a.py` (1411-1416), `tools/gen_b.py` (1417-1422), `tools/validate.py`, "
               "`tools/readme.py` (this file, from `tools/readme_parts/`), `tools/vocabulary_needed.md`. %d items in all.\n" % total)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("README.md written, %d items" % total)


if __name__ == "__main__":
    main()
