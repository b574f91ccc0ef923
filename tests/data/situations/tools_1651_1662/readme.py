"""Writes README_1651-1662.md from the situation files."""
import glob, json, os
from collections import Counter
from lib import OUT

CONVENTIONS = """# Situations 1651-1662 (blind oracle, author oA)

Written by a coordinator's reading of each situation, blind to the software. Regenerate with
`cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.

## Conventions
- Times: `observed` and `arrival` in UTC with Z; the stories give Taichung local time (UTC+8).
  A source's wrong clock shows in `observed` only (1655: the police car terminal stamps local time as UTC, 8 h late).
- Sensor items (`rule`, `fire_alarm`, `signal`, `parking`, `status`) sit at the registry's position;
  a CCTV item may give the position of what it saw (within 300 m of the camera).
- Callers and officers are scattered 5-400 m round what they report; 119 crews 5-50 m.
- One incident = one crew or desk that follows it to the end. A consequence run by another desk
  to its own end (a jam the traffic desk clears after the fire is out, a signal the contractor repairs)
  is its own incident; where a colleague would fold it in, the item carries `truth_alt`.
- `null` = background: nobody is sent (routine tickets such as one lamp out or one pothole, a car park
  full on a normal day, a planned-maintenance offline, a region-wide rain alert, a panel test).
- `sufficient_evidence_key`: the item at whose arrival I would open the job (one caller saying someone is
  hurt is enough; one caller saying smoke near an already running fire is not a second fire).
- Duplicates repeat the key and every field except `arrival`. A 119 update `follows` its dispatch, a police
  reopening `follows` its closure, an amended permit `follows` the first version.
- Categories outside the brief's list are from docs/vocabulary.md (`evacuation`, `road_reopened`, `road_collapse`,
  `missing_person`, 1999 `traffic_signal`, `water_outage`, `rescue`, `動物救援`, `公園路樹`, parking `closed`/`empty`,
  alert `cleared`/`water_level_falling`); see vocabulary_needed.md.
"""


def main():
    out = [CONVENTIONS]
    for tp in [_f for _f in sorted(glob.glob(os.path.join(OUT, "16[56]?_*.truth.json"))) if 1651 <= int(os.path.basename(_f).split("_")[0]) <= 1662]:
        tr = json.load(open(tp, encoding="utf-8"))
        items = [json.loads(l) for l in open(tp[:-len(".truth.json")] + ".jsonl", encoding="utf-8")]
        uniq = {}
        for it in items:
            uniq.setdefault(it["key"], it)
        cnt = Counter(it["truth"] for it in uniq.values())
        feeds = Counter(it["feed"] for it in items)
        out.append("## %s\n" % tr["situation"])
        out.append(tr["description"] + "\n")
        out.append("Items: %d lines (%d distinct keys, %d duplicate deliveries), %d background. Feeds: %s.\n" % (
            len(items), len(uniq), len(items) - len(uniq), cnt.get(None, 0),
            ", ".join("%s %d" % kv for kv in sorted(feeds.items()))))
        out.append("| label | type | items | sufficient evidence key | description |\n|---|---|---|---|---|")
        for inc in tr["incidents"]:
            out.append("| %s | %s | %d | %s | %s |" % (inc["label"], inc["type"], cnt.get(inc["label"], 0),
                                                     inc["sufficient_evidence_key"], inc["description"]))
        out.append("")
        alt = tr.get("alternative_reading")
        out.append("Debatable calls:\n")
        for n in tr.get("notes", []):
            out.append("- " + n)
        if alt:
            acnt = Counter(it.get("truth_alt", it["truth"]) for it in uniq.values())
            changed = sum(1 for it in uniq.values() if "truth_alt" in it)
            out.append("- Alternative reading (%d items relabelled): %s Incidents under it: %s." % (
                changed, alt["why"], ", ".join("%s (%d)" % (i["label"], acnt.get(i["label"], 0)) for i in alt["incidents"])))
        out.append("")
    with open(os.path.join(OUT, "README_1651-1662.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README_1651-1662.md")


if __name__ == "__main__":
    main()
