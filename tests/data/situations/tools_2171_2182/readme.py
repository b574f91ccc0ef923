"""Write README_2171-2182.md from the data files and their truth files."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import OUT  # noqa: E402

HEAD = """# Situations 2171-2182: nights and weekends in the 水湳 zone

Emphasis: nights and weekends — a night market, a drunk driver's crash and his flight, a fight outside a bar, fireworks and noise, a 3 a.m. apartment kitchen fire, a gas smell in a restaurant street, a stolen scooter seen by several cameras, a lost child in the park, a weekend concert's exit, a motorcycle race on an empty road, a Saturday-night storm with a pond watch, and a quiet night shift; callers who call again, duplicates, late and out-of-order deliveries, and devices that flap at night.

Times in the files are UTC (local time is UTC+8); the paragraphs below give local times.
Keys are `{situation}-{feed tag}{serial}`; a duplicated delivery repeats its key and every field
but `arrival`. Background items have `truth` null. Regenerate with
`cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.
"""


def table(incidents, counts):
    lines = ["| label | type | items | opening key | description |",
             "|---|---|---|---|---|"]
    for i in incidents:
        lines.append("| %s | %s | %d | %s | %s |" % (i["label"], i["type"],
                                                     counts.get(i["label"], 0),
                                                     i["sufficient_evidence_key"],
                                                     i["description"]))
    return "\n".join(lines)


def main():
    out = [HEAD]
    for path in sorted(glob.glob(os.path.join(OUT, "21[78][0-9]_*.jsonl"))):
        stem = os.path.basename(path)[:-len(".jsonl")]
        with open(path, encoding="utf-8") as f:
            lines = [json.loads(x) for x in f]
        items = {}
        for it in lines:
            items.setdefault(it["key"], it)
        with open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
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
        out.append("## %s\n" % stem)
        out.append(truth["description"] + "\n")
        out.append("Items: %d (%d lines with duplicates), %d incidents, %d background.\n"
                   % (len(items), len(lines), len(truth["incidents"]), background))
        out.append(table(truth["incidents"], counts) + "\n")
        alt = truth.get("alternative_reading")
        if alt:
            out.append("Alternative reading:\n")
            out.append(table(alt["incidents"], alt_counts) + "\n")
            out.append("Why: " + alt["why"] + "\n")
        if truth.get("notes"):
            out.append("Notes: " + truth["notes"] + "\n")
    with open(os.path.join(OUT, "README_2171-2182.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README_2171-2182.md")


if __name__ == "__main__":
    main()
