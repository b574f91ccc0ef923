"""Write README_2131-2142.md from the data files (standard library only)."""
import glob
import json
import os

from lib import OUT

EMPHASIS = ("new variations of the seven themes as an outside tester would write them (two incidents at once "
            "close together: 2131; a flood spreading along a road for 90 minutes: 2132; a burst of dozens of citizen "
            "calls about one fire: 2133; a dense evening event with small unrelated incidents: 2134; late, duplicated, "
            "skewed and out-of-order delivery: 2135; a sensor gateway offline: 2136; a cascade, a fire causing a "
            "traffic jam: 2137), and five situations of my own that a coordinator would find hard (a detention-pond "
            "watch beside an underpass flood and a false depth spike: 2138; a chlorine leak downwind of which road "
            "works smell too, with a second gas leak upwind: 2139; a night search for an elder among look-alike "
            "sightings: 2140; a feeder trip darkening junctions with a lift rescue and a crash: 2141; a fire drill "
            "during which a real fire starts next door: 2142).")


def table(items, incidents, alt):
    rows = ["| label | type | items | opening key | description |", "|---|---|---|---|---|"]
    for inc in incidents:
        n = sum(1 for it in items
                if (it.get("truth_alt", it["truth"]) if alt else it["truth"]) == inc["label"])
        rows.append("| %s | %s | %d | %s | %s |" % (inc["label"], inc["type"], n,
                                                   inc["sufficient_evidence_key"], inc["description"]))
    return rows


def main():
    out = ["# Situations 2131-2142 (set o107)", "", "Emphasis: " + EMPHASIS, ""]
    for path in sorted(glob.glob(os.path.join(OUT, "21[34][0-9]_*.jsonl"))):
        stem = os.path.basename(path)[:-len(".jsonl")]
        num = int(stem.split("_")[0])
        if not 2131 <= num <= 2142:
            continue
        with open(path, encoding="utf-8") as fh:
            lines = [json.loads(l) for l in fh]
        with open(path[:-len(".jsonl")] + ".truth.json", encoding="utf-8") as fh:
            truth = json.load(fh)
        items = list({it["key"]: it for it in reversed(lines)}.values())
        items.sort(key=lambda it: it["key"])
        background = sum(1 for it in items if it["truth"] is None)
        out += ["## " + stem, "", truth["description"], "",
                "Items: %d (%d lines with duplicates), %d incidents, %d background." % (
                    len(items), len(lines), len(truth["incidents"]), background), ""]
        out += table(items, truth["incidents"], False)
        out.append("")
        if truth.get("notes"):
            out += ["Notes: " + truth["notes"], ""]
        ar = truth.get("alternative_reading")
        if ar:
            out += ["Alternative reading (%d items labelled differently):" % sum(
                1 for it in items if "truth_alt" in it and it["truth_alt"] != it["truth"]), ""]
            out += table(items, ar["incidents"], True)
            out += ["", "Why: " + ar["why"], ""]
    with open(os.path.join(OUT, "README_2131-2142.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip() + "\n")
    print("README_2131-2142.md")


if __name__ == "__main__":
    main()
