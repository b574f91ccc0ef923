"""Write README_1571-1582.md from the situation files."""
import collections
import glob
import json
import os
from lib import OUT

CONVENTIONS = """## Conventions
- Times: `observed` is the source's stamp (it may be wrong: 1575), `arrival` when the center got it; files are in
  arrival order. Situations are dated in 2016 (the plan's year); local time is UTC+8.
- Sensor items sit at the registry's position (geo/sensors.geojson); reports sit where the caller or officer is, or
  the place they name. Callers far from a fire place themselves, not the fire.
- One incident = one job a coordinator would run with one commander. Queues, closures, car parks shut and
  people rescued *because of* a fire, a crash or a flood belong to that job; a separate collision in the queue is
  its own job (alternative: merged).
- Background (`null`): peak-hour slow-downs, full car parks on a normal evening, streetlight / pothole / rubbish
  calls, rain alerts with no place of their own, detector artefacts.
- Duplicated deliveries repeat every field but `arrival`. `follows` names the first report of the same case.
- Flood bands 1-15 / 16-30 / >30 cm = Minor / Moderate / Severe; water-level warning 3/2/1 = Moderate/Severe/Extreme;
  rain 大雨 Moderate, 豪雨 Severe. Congestion alerts Moderate, offline alerts Minor.
- `sufficient_evidence_key`: the item at whose arrival I would open the job (not necessarily the first item).
"""


def main():
    out = ["# Labelled situations 1571-1582 (水湳 smart-city zone)", "",
           "Author: operations-center coordinator, Taichung (fire bureau disaster prevention, traffic and police liaison, 1999 hotline) (written blind of the software)",
           "", CONVENTIONS]
    for p in sorted(glob.glob(os.path.join(OUT, "[0-9]*_*.jsonl"))):
        items = [json.loads(l) for l in open(p, encoding="utf-8")]
        truth = json.load(open(p[:-6] + ".truth.json", encoding="utf-8"))
        cnt = collections.Counter(i["truth"] for i in items)
        out.append("## %s" % truth["situation"])
        out.append("")
        out.append(truth["description"])
        out.append("")
        out.append("%d items, %d background." % (len(items), cnt[None]))
        out.append("")
        out.append("| label | type | items | sufficient evidence |")
        out.append("|---|---|---|---|")
        by_key = {i["key"]: i for i in items}
        for inc in truth["incidents"]:
            k = inc["sufficient_evidence_key"]
            it = by_key[k]
            out.append("| `%s` | %s | %d | `%s` (%s %s) |" % (inc["label"], inc["type"], cnt[inc["label"]], k, it["feed"], it["category"]))
        out.append("")
        alt = truth.get("alternative_reading")
        out.append("Debatable calls:")
        if alt:
            moved = collections.Counter((i["truth"], i["truth_alt"]) for i in items if "truth_alt" in i)
            out.append("- Alternative reading: " + alt["why"])
            for (a, b), n in sorted(moved.items(), key=lambda x: (str(x[0][0]), str(x[0][1]))):
                out.append("  - %d item(s) `%s` -> `%s`" % (n, a, b))
            out.append("  - alternative incidents: " + ", ".join("`%s`" % i["label"] for i in alt["incidents"]))
        for n in truth.get("notes", []):
            out.append("- " + n)
        out.append("")
    with open(os.path.join(OUT, "README_1571-1582.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
