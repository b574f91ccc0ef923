"""Write README_2071-2082.md from the truth files and the items."""
import glob
import json
import os

from lib import OUT

HEAD = """# Situations 2071-2082: things that move or spread

Emphasis: incidents whose evidence moves along roads or drifts with the wind (a car chase, a truck losing its load, a burning car still driving, gas and smoke smelt far downwind, flood water running down a road, a lost child and a wandering elder seen at several places, a march walking its route, an injured rider who walked away, a wrong-way driver seen by camera after camera), mixed with unrelated incidents nearby at the same time and routine background.

Every situation: items in arrival order; times in UTC (local = UTC+8); callers scattered round what they report; sensor items at their registered positions. Feed messiness used: duplicate deliveries (same key), late delivery (a 1999 case typed in late, a station modem's backlog, a police report filed late), a camera stamping local time as UTC (2072, +8 h), an officer's clock behind (2080), follow-ups that point to earlier reports, permits that arrive days ahead and an amended permit (2078).
"""


def main():
    out = [HEAD]
    for tpath in sorted(glob.glob(os.path.join(OUT, "20[78][0-9]_*.truth.json"))):
        name = os.path.basename(tpath)[:-len(".truth.json")]
        num = int(name[:4])
        if not 2071 <= num <= 2082:
            continue
        truth = json.load(open(tpath, encoding="utf-8"))
        lines = [json.loads(l) for l in open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8")]
        uniq = {}
        for it in lines:
            uniq.setdefault(it["key"], it)
        items = list(uniq.values())
        bg = sum(1 for it in items if it["truth"] is None)
        out.append("## %s\n" % name)
        out.append(truth["description"] + "\n")
        out.append("Items: %d (%d lines with duplicates), %d incidents, %d background.\n"
                   % (len(items), len(lines), len(truth["incidents"]), bg))
        for i in truth["incidents"]:
            n = sum(1 for it in items if it["truth"] == i["label"])
            out.append("- %s (%s, %d items, opens at %s): %s" % (i["label"], i["type"], n,
                                                                  i["sufficient_evidence_key"], i["description"]))
        out.append("")
        ar = truth.get("alternative_reading")
        if ar:
            out.append("Alternative reading: " + ar["why"] + "\n")
            for i in ar["incidents"]:
                n = sum(1 for it in items if it.get("truth_alt", it["truth"]) == i["label"])
                out.append("- %s (%s, %d items, opens at %s): %s" % (i["label"], i["type"], n,
                                                                      i["sufficient_evidence_key"], i["description"]))
            out.append("")
        out.append("Why: " + truth.get("notes", "") + "\n")
    with open(os.path.join(OUT, "README_2071-2082.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
