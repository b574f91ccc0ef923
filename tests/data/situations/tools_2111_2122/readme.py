"""Write README_2111-2122.md from the truth files and items."""
import glob
import json
import os

from lib import OUT

THEME = "Ordinary weekdays in the zone: campuses, the hospital area, construction sites, towers, offices and failing devices"
EMPHASIS = ("Emphasis: small everyday jobs on working days (a lab smell, a student hurt, a school-gate crash, a wandering elder, "
            "a dug-up water main, a trench collapse, a crane on a power line, a kitchen fire, a stuck lift, a gas smell in a "
            "stairwell, a false alarm at the convention centre), two or three unrelated things near each other at once, one thing "
            "causing another, and devices failing alone (a battery, a flap) or as one cabinet (mains lost, maintenance windows).")


def main():
    out = [f"# Situations 2111-2122: {THEME}", "", EMPHASIS, ""]
    for n in range(2111, 2123):
        jf = glob.glob(os.path.join(OUT, f"{n}_*.jsonl"))[0]
        name = os.path.basename(jf)[:-6]
        truth = json.load(open(jf[:-6] + ".truth.json", encoding="utf-8"))
        lines = [json.loads(l) for l in open(jf, encoding="utf-8")]
        uniq = {}
        for it in lines:
            uniq.setdefault(it["key"], it)
        bg = sum(1 for it in uniq.values() if it["truth"] is None)
        out += [f"## {name}", "", truth["description"], "",
                f"Items: {len(uniq)} ({len(lines)} lines with duplicates), {len(truth['incidents'])} incidents, {bg} background.", ""]

        def table(incs, label_of):
            rows = ["| label | type | items | opening key | description |", "|---|---|---|---|---|"]
            for i in incs:
                cnt = sum(1 for it in uniq.values() if label_of(it) == i["label"])
                rows.append(f"| {i['label']} | {i['type']} | {cnt} | `{i['sufficient_evidence_key']}` | {i['description']} |")
            return rows

        out += table(truth["incidents"], lambda it: it["truth"])
        out.append("")
        ar = truth.get("alternative_reading")
        if ar:
            out += [f"Alternative reading: {ar['why']}", ""]
            out += table(ar["incidents"], lambda it: it["truth_alt"] if "truth_alt" in it else it["truth"])
            out.append("")
        out += [f"Why: {truth.get('notes', '')}", ""]
    with open(os.path.join(OUT, "README_2111-2122.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
