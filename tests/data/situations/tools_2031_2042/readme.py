"""Write README_2031-2042.md from the truth files of situations 2031-2042."""
import glob, json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")


def main():
    lines = ["# Situations 2031-2042: roads and devices (crashes close together, chains, moving hazards, spills, works, failing devices)",
             "",
             "Emphasis: crashes 100-350 m apart or in each other's queue, a chain collision, a burning car seen down the road, "
             "fallen loads and branches, a chase, a diesel trail, night road works, a signal cabinet's power cut, and devices "
             "failing on their own (battery, fault, maintenance, a field cabinet) during quiet times and during jobs.",
             ""]
    for n in range(2031, 2043):
        tf = glob.glob(os.path.join(OUT, f"{n}_*.truth.json"))[0]
        jf = tf.replace(".truth.json", ".jsonl")
        with open(tf, encoding="utf-8") as f:
            t = json.load(f)
        with open(jf, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f]
        uniq = {}
        for r in rows:
            uniq.setdefault(r["key"], r)
        items = list(uniq.values())
        bg = sum(1 for r in items if r["truth"] is None)
        lines += [f"## {t['situation']}", "", t["description"], "",
                  f"Items: {len(items)} ({len(rows)} lines with duplicates), {len(t['incidents'])} incidents, {bg} background.", "",
                  "Truth:"]
        for inc in t["incidents"]:
            c = sum(1 for r in items if r["truth"] == inc["label"])
            lines.append(f"- `{inc['label']}` ({inc['type']}, {c} items, opens at `{inc['sufficient_evidence_key']}`): {inc['description']}")
        alt = t.get("alternative_reading")
        if alt:
            lines += ["", f"Alternative reading: {alt['why']}"]
            for inc in alt["incidents"]:
                c = sum(1 for r in items if r.get("truth_alt", r["truth"]) == inc["label"])
                lines.append(f"- `{inc['label']}` ({inc['type']}, {c} items, opens at `{inc['sufficient_evidence_key']}`): {inc['description']}")
        if t.get("notes"):
            lines += ["", f"Why: {t['notes']}"]
        lines.append("")
    with open(os.path.join(OUT, "README_2031-2042.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote README_2031-2042.md")


if __name__ == "__main__":
    main()
