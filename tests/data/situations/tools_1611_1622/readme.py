"""Writes README_1611-1622.md from the data files."""
import os, json, glob
from lib import OUT

L = ["# Labelled situations 1611-1622: ordinary days and nights in 水湳", "",
     "Author: coordinator of Taichung City's operations center (fire bureau disaster prevention, traffic and police liaison, "
     "1999 hotline) (written blind of the software)", "",
     "## Conventions", "",
     "- Times: `observed` and `arrival` in UTC; the stories speak Taiwan local time (UTC+8).",
     "- One incident = one job a coordinator would open and dispatch. Background (`truth: null`): routine slow-downs, full car "
     "parks at rush hour or at a planned event, single streetlights, illegal parking, noise, a single low-battery device, permits themselves.",
     "- Police reports carry a severity; panels, signals, parking, CCTV, status, 1999, 119 and permits are `Unknown`.",
     "- Sensor items use the registered position; human reports are placed at the named building or junction with a few tens of metres of scatter.",
     "- A duplicated delivery repeats the key and every field but `arrival`. Follow-ups carry `follows`.",
     "- `truth_alt` marks items a colleague could label differently; the truth file's `alternative_reading` lists the incidents under that reading.",
     "- Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py` (seeded).", ""]
for path in sorted(glob.glob(os.path.join(OUT, "16[12][0-9]_*.truth.json"))):
    t = json.load(open(path, encoding="utf-8"))
    items = {}
    for line in open(path.replace(".truth.json", ".jsonl"), encoding="utf-8"):
        i = json.loads(line); items.setdefault(i["key"], i)
    n_lines = sum(1 for _ in open(path.replace(".truth.json", ".jsonl"), encoding="utf-8"))
    L += [f"## {t['situation']}", "", t["description"], "",
          f"{n_lines} lines ({len(items)} distinct keys), {sum(1 for i in items.values() if i['truth'] is None)} background.", "",
          "| label | type | items | sufficient evidence | description |", "|---|---|---|---|---|"]
    for inc in t["incidents"]:
        n = sum(1 for i in items.values() if i["truth"] == inc["label"])
        s = items[inc["sufficient_evidence_key"]]
        L.append(f"| {inc['label']} | {inc['type']} | {n} | `{s['key']}` ({s['feed']} {s['category']}) | {inc['description']} |")
    L.append("")
    alt = t.get("alternative_reading")
    if alt or t.get("notes"):
        L.append("Debatable calls:")
        if alt:
            moved = [i for i in items.values() if "truth_alt" in i]
            L.append(f"- {alt['why']} Alternative: " + "; ".join(f"`{i['key']}` {i['truth']}→{i['truth_alt']}" for i in moved)
                     + f"; incidents {', '.join(x['label'] for x in alt['incidents'])}.")
        if t.get("notes"):
            L.append(f"- {t['notes']}")
        L.append("")
open(os.path.join(OUT, "README_1611-1622.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written")
