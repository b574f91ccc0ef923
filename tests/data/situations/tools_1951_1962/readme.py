"""Write README_1951-1962.md from the situations 1951-1962 and their truth files."""
import collections
import glob
import json
import os

from lib import OUT, FIRST, LAST

CONVENTIONS = """## Conventions
- Times are UTC (`...Z`); local time in Taichung is UTC+8 (texts speak local time).
- Keys: `<situation>-<feed>-<seq>`; a 119 case is `<situation>-119-<case id>` and its updates
  `<case key>-<status><n>` with `follows` = the case key (docs/mqtt.md: updates of a case follow it).
  A duplicated delivery repeats the key and every field but `arrival`.
- `observed` is the source's stamp: a skewed device clock shows as `observed` later than the true
  time (1961's camera, +8 min); `arrival` is always the true time plus the delivery delay.
  Police reports arrive minutes late, some hours late (a report typed in after the shift).
- Sensor items sit at the registered position of `geo/sensors.geojson`; callers are scattered
  around where they stand, which may be far from what they report (a tower floor, a car park,
  a bus, a viaduct, a relative in another district).
- Severity: `Unknown` for panels, signals, parking, CCTV, status, 1999, 119 and permits;
  rule alerts take it from their level (FORMAT.md); police reports carry their own.
- Truth is what a coordinator would dispatch as one job. Several ambulances for the casualties of
  one crash are one job; two patients at one address are two jobs unless one hazard hurt both.
  Rain alerts alone, routine 1999 cases (one streetlight, noise, litter), car parks full in the
  rush and planned-maintenance offline devices are background (`truth: null`).
- Where a reading is debatable the item carries `truth_alt` and the truth file an
  `alternative_reading` with its complete incident list.
- Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`
  (seeded; reproduces every file byte for byte). `validate.py` and this script read only 1951-1962.
"""


def main():
    out = ["# Situations 1951-1962: casualties, patients and ambulances", "",
           "Emphasis: injured and sick people and the ambulances sent to them; evidence hard to place "
           "(far callers, cameras down the road, late reports).", ""]
    for num in range(FIRST, LAST + 1):
        path = sorted(glob.glob(os.path.join(OUT, "%d_*.jsonl" % num)))[0]
        items = [json.loads(l) for l in open(path, encoding="utf-8")]
        truth = json.load(open(path[:-6] + ".truth.json", encoding="utf-8"))
        cnt = collections.Counter(i["truth"] for i in items)
        feeds = collections.Counter(i["feed"] for i in items)
        out.append("## %s" % truth["situation"])
        out.append("")
        out.append(truth["description"])
        out.append("")
        out.append("%d items (%s); %d background." % (
            len(items), ", ".join("%s %d" % kv for kv in sorted(feeds.items())), cnt.get(None, 0)))
        out.append("")
        out.append("Truth:")
        for inc in truth["incidents"]:
            out.append("- `%s` (%s, %d items, opened at `%s`): %s" % (
                inc["label"], inc["type"], cnt.get(inc["label"], 0), inc["sufficient_evidence_key"],
                inc["description"]))
        ar = truth.get("alternative_reading")
        if ar:
            out.append("")
            out.append("Alternative reading: %s Incidents: %s." % (
                ar["why"], ", ".join("`%s`" % i["label"] for i in ar["incidents"])))
        if truth.get("notes"):
            out.append("")
            out.append("Why: " + truth["notes"])
        out.append("")
    out.append(CONVENTIONS)
    with open(os.path.join(OUT, "README_%d-%d.md" % (FIRST, LAST)), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
