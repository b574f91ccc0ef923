"""Write README_1731-1742.md and vocabulary_needed.md from the situation files 1731-1742."""
import glob
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

HEAD = """# Situations 1731-1742 (blind oracle, seven stress themes and five of my own)

Twelve labelled situations for the 水湳 smart operations center's incident grouping, written blind (from
DOMAIN.md, FORMAT.md, docs/geo.md, docs/mqtt.md, docs/vocabulary.md, geo/ and seed/ only).

## Regenerate
```
cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py
```
`gen_a.py` writes 1731-1736, `gen_b.py` 1737-1742 (seeded, stable output); `validate.py` checks every line parses,
keys, feeds, categories, severities, labels against the truth files, registered sensors at their registered
positions and of the right kind, gateways, arrival order, `follows` targets, and that a re-delivered key repeats
every field but `arrival`; it exits 1 on any problem. `readme.py` writes this file and `vocabulary_needed.md`.
`geo` is a symlink to the registry the situations use.

## Conventions (stated once)
- Times in the stories are Taiwan time (UTC+8); every file is UTC. `observed` is the source's stamp (wrong when
  the story says the clock is wrong, 1735), `arrival` when the center got it; lines are in arrival order.
- One incident = one job a coordinator would dispatch and follow. Labels: `F*` fire, `FL*` flood, `T*` traffic,
  `E*` crowd/event, `R*` rescue, `PS*` public safety, `HZ*` hazmat, `INF*` infrastructure. `truth: null` is
  background: things a real night has that nobody is sent to (a streetlight ticket, an area-wide rain alert,
  a full car park with no event, a routine slow-down, questions to 1999).
- Follow-ups of a job (119 on scene, panel reset, closure lifted, water falling) belong to the job.
- Consequences managed by the same crew and desk belong to the job that caused them (a lane closed for fire
  engines, the jam behind a closure, a hydrant a crashed truck broke); a new event with its own dispatch (a second
  crash in a queue, people stuck in a lift) is its own job. Where a colleague could draw that line elsewhere the
  items carry `truth_alt` and the truth file an `alternative_reading` (its incident list complete).
- Sensor items sit at their registered positions; citizens' positions are where they are (or where the 1999
  system geocoded them), which may be far from what they report.
- A planned-event permit belongs to the event's crowd job; a permit for night road works with nothing to
  dispatch is background (1742).
- `sufficient_evidence_key` is the first item at which I would open the job: a panel alarm, a 119 dispatch, a
  police report, a high-confidence camera detection, or the first flood reading with a citizen behind it.
"""


def main():
    out = [HEAD, "## The situations\n"]
    vocab = Counter()
    known_brief = {"rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
                   "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
                   "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
                   "planned_event": {"concert", "march", "exhibition", "road_works"},
                   "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
                   "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                                "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                                "public_disturbance"},
                   "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight",
                            "noise", "illegal_parking", "crowding", "blocked_drain", "other"}}
    for n in range(1731, 1743):
        jp = glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))[0]
        tp = glob.glob(os.path.join(OUT, "%d_*.truth.json" % n))[0]
        items = [json.loads(l) for l in open(jp, encoding="utf-8")]
        truth = json.load(open(tp, encoding="utf-8"))
        stem = truth["situation"]
        title, _, story = truth["description"].partition(" — ")
        cnt = Counter(i["truth"] for i in items)
        for i in items:
            if i["category"] not in known_brief.get(i["feed"], set()):
                vocab[(i["feed"], i["category"])] += 1
        parts = ["%s (%s, %d items)" % (inc["label"], inc["type"], cnt[inc["label"]]) + ": " + inc["description"]
                 for inc in truth["incidents"]]
        para = "%s %d lines; %d background. Jobs: %s." % (story, len(items), cnt[None], "; ".join(parts))
        if truth.get("alternative_reading"):
            alt = truth["alternative_reading"]
            n_alt = sum(1 for i in items if "truth_alt" in i)
            para += " Alternative reading (%d lines relabelled, %d incidents): %s" % (n_alt, len(alt["incidents"]), alt["why"])
        out.append("## %s %s — %s\n\n%s\n" % (n, stem, title, para))
    with open(os.path.join(OUT, "README_1731-1742.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    lines = ["# Vocabulary needed (situations 1731-1742)\n",
             "No category or incident type was invented. Incident types used: flood, fire, traffic, crowd, "
             "public_safety, rescue, infrastructure, hazmat (docs/vocabulary.md). The categories below are beyond "
             "the brief's short list but taken from the project's table (docs/vocabulary.md), so nothing new is "
             "needed:\n"]
    for (feed, cat), c in sorted(vocab.items()):
        lines.append("- `%s` `%s` (%d lines)" % (feed, cat, c))
    with open(os.path.join(HERE, "vocabulary_needed.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
