"""Write README_2051-2062.md from the truth files and the items."""
import glob
import json
import os

from lib import OUT

THEME = "an outside tester's seven themes in new variations, and five cases a grouping program gets wrong"
EMPHASIS = ("two unrelated incidents close together (2051); a flood creeping 1.5 km along 經貿路 for 90 minutes (2052); "
            "forty calls about one apartment fire (2053); a concert with small unrelated incidents inside it (2054); late, "
            "duplicated, clock-skewed and out-of-order delivery (2055); a field cabinet losing power (2056); a fire whose "
            "closure causes a jam and a rear-end crash (2057); then the same underpass flooding twice (2058), a feeder trip "
            "seen through many device types (2059), a burst main during permitted road works (2060), smoke drifting in from a "
            "fire outside the zone (2061) and a moving wrong-way driver ending in a crash (2062).")


def main():
    out = ["# Situations 2051-2062: %s" % THEME, "", "Emphasis: %s" % EMPHASIS, ""]
    for path in sorted(glob.glob(os.path.join(OUT, "20[56][0-9]_*.truth.json"))):
        name = os.path.basename(path)[:-len(".truth.json")]
        if not 2051 <= int(name[:4]) <= 2062:
            continue
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        with open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") as f:
            lines = [json.loads(x) for x in f]
        items = {}
        for it in lines:
            items.setdefault(it["key"], it)
        bg = sum(1 for it in items.values() if it["truth"] is None)
        out += ["## %s" % name, "", truth["description"], "",
                "Items: %d (%d lines with duplicates), %d incidents, %d background." % (
                    len(items), len(lines), len(truth["incidents"]), bg), "", "Truth incidents:", ""]
        for inc in truth["incidents"]:
            n = sum(1 for it in items.values() if it["truth"] == inc["label"])
            out.append("- `%s` (%s), %d items, opened by `%s`: %s" % (
                inc["label"], inc["type"], n, inc["sufficient_evidence_key"], inc["description"]))
        out.append("")
        if "alternative_reading" in truth:
            ar = truth["alternative_reading"]
            out += ["Alternative reading: %s" % ar["why"], ""]
            for inc in ar["incidents"]:
                n = sum(1 for it in items.values() if it.get("truth_alt", it["truth"]) == inc["label"])
                out.append("- `%s` (%s), %d items, opened by `%s`: %s" % (
                    inc["label"], inc["type"], n, inc["sufficient_evidence_key"], inc["description"]))
            out.append("")
        why = truth.get("notes", "")
        out += [why if why.startswith("Why:") else "Why: " + why, ""]
    with open(os.path.join(OUT, "README_2051-2062.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
