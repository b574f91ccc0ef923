"""Write README_2151-2162.md from the data files."""
import glob
import json
import os

from lib import OUT

EMPHASIS = ("busy places where several small, unrelated jobs happen at the same place or within "
            "a few hundred metres in the same hour (the transit hub, a campus gate at closing time, "
            "the convention centre between sessions and at move-in, the market and the residential "
            "towers, the concert venue, the Museumbrary), mixed with jobs that move (a pedestrian "
            "who walks away hurt, vehicles that keep going after a crash, lost children and "
            "wandering elders found elsewhere, loads dropped along a road, a march along its route, "
            "thieves walking off).")


def table(incidents, counts):
    out = ["| label | type | items | opening key | description |",
           "|---|---|---|---|---|"]
    for inc in incidents:
        out.append("| %s | %s | %d | %s | %s |" % (inc["label"], inc["type"],
                                                   counts.get(inc["label"], 0),
                                                   inc["sufficient_evidence_key"],
                                                   inc["description"]))
    return out


def main():
    lines = ["# Situations 2151-2162: busy places, jobs side by side, jobs that move", "",
             "Emphasis: " + EMPHASIS, "",
             "Files: `NN_name.jsonl` (items in arrival order) and `NN_name.truth.json`; "
             "regenerate with `cd tools && python3 gen_a.py && python3 gen_b.py && "
             "python3 validate.py && python3 readme.py`. Times in the files are UTC; "
             "the paragraphs below speak local time (UTC+8).", ""]
    for tpath in sorted(glob.glob(os.path.join(OUT, "21[56][0-9]_*.truth.json"))):
        stem = os.path.basename(tpath)[:-len(".truth.json")]
        num = int(stem.split("_")[0])
        if not 2151 <= num <= 2162:
            continue
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
        with open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8") as f:
            raw = [json.loads(x) for x in f]
        uniq = {}
        for it in raw:
            uniq.setdefault(it["key"], it)
        counts, alt_counts, background = {}, {}, 0
        for it in uniq.values():
            if it["truth"] is None:
                background += 1
            else:
                counts[it["truth"]] = counts.get(it["truth"], 0) + 1
            lab = it["truth_alt"] if "truth_alt" in it else it["truth"]
            if lab is not None:
                alt_counts[lab] = alt_counts.get(lab, 0) + 1
        lines += ["## %s" % stem, "", truth["description"], "",
                  "Items: %d (%d lines with duplicates), %d incidents, %d background." % (
                      len(uniq), len(raw), len(truth["incidents"]), background), ""]
        lines += table(truth["incidents"], counts)
        lines.append("")
        alt = truth.get("alternative_reading")
        if alt:
            nb = sum(1 for it in uniq.values()
                     if (it["truth_alt"] if "truth_alt" in it else it["truth"]) is None)
            lines += ["Alternative reading (%d incidents, %d background):" % (
                len(alt["incidents"]), nb), ""]
            lines += table(alt["incidents"], alt_counts)
            lines += ["", "Why: " + alt["why"], ""]
        if truth.get("notes"):
            lines += ["Notes: " + truth["notes"], ""]
    with open(os.path.join(OUT, "README_2151-2162.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")
    print("README_2151-2162.md")


if __name__ == "__main__":
    main()
