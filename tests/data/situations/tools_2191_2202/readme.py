"""Writes README_2191-2202.md from the situation files of set o110."""
import glob
import json
import os

from lib import OUT

EMPHASIS = ("infrastructure and devices, and water that is not rain: a water main burst on a dry "
            "day, a sinkhole, road works cutting a cable and a pipe, a power cut seen through dark "
            "signals, dead cameras and residents' calls, one field cabinet's comms outage, an "
            "announced maintenance window that overruns, a signal controller failing alone, a "
            "detention pond pump failing, lifts trapping people in a tower, a gas main hit by an "
            "excavator, a lightning strike on a signal cabinet; with the repairs' follow-ups over hours.")


def table(incs, counts):
    out = ["| label | type | items | opening key | description |",
           "|---|---|---|---|---|"]
    for i in incs:
        out.append("| %s | %s | %d | %s | %s |" % (i["label"], i["type"], counts.get(i["label"], 0),
                                                  i["sufficient_evidence_key"], i["description"]))
    return out


def main():
    out = ["# Situations 2191-2202 (set o110)", "", "Emphasis: " + EMPHASIS, ""]
    for path in sorted([p for p in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))) if os.path.basename(p).split("_")[0].isdigit() and 2191 <= int(os.path.basename(p).split("_")[0]) <= 2202]):
        stem = os.path.basename(path)[:-len(".truth.json")]
        with open(path, encoding="utf-8") as fh:
            truth = json.load(fh)
        lines = []
        with open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8") as fh:
            for raw in fh:
                lines.append(json.loads(raw))
        items = {}
        for it in lines:
            items.setdefault(it["key"], it)
        counts, alt_counts = {}, {}
        background = 0
        for it in items.values():
            if it["truth"] is None:
                background += 1
            else:
                counts[it["truth"]] = counts.get(it["truth"], 0) + 1
            a = it["truth_alt"] if "truth_alt" in it else it["truth"]
            if a is not None:
                alt_counts[a] = alt_counts.get(a, 0) + 1
        out += ["## " + stem, "", truth["description"], "",
                "Items: %d (%d lines with duplicates), %d incidents, %d background."
                % (len(items), len(lines), len(truth["incidents"]), background), ""]
        out += table(truth["incidents"], counts)
        out.append("")
        alt = truth.get("alternative_reading")
        if alt:
            out += ["Alternative reading:", ""]
            out += table(alt["incidents"], alt_counts)
            out += ["", "Why: " + alt["why"], ""]
        if truth.get("notes"):
            out += ["Notes: " + truth["notes"], ""]
    with open(os.path.join(OUT, "README_2191-2202.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
