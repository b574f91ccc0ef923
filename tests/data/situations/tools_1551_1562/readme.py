"""Write README_1551-1562.md from the truth files."""
import json, glob, os
from lib import OUT

out = ["# Situations 1551-1562", "",
       "Author: a Taichung fire bureau disaster-prevention officer who has worked the city's operations center for years (written blind of the software).", "",
       "## Conventions",
       "- Times: `observed` in UTC (local = UTC+8); `arrival` is when the center got it. Permits arrive days or hours before their start (arrival < observed).",
       "- A 119 case is one job across its updates (dispatched, on_scene, returning, closed); updates `follows` the case's first key. A rekindle `follows` the case it rekindles.",
       "- A permit's amended or cancelled version `follows` its first line. A cancelled permit whose event does not happen is background (null).",
       "- A 1999 case update is an item of its own with `follows` = the case key and a free-word `status`, labelled like its case.",
       "- A police follow-up (`follows`) belongs to the job of the report it follows; `road_reopened` ends the closure's job but is labelled with it.",
       "- Sensor end words (signal `restored`, panel `normal`, status `online`, alert `cleared`) belong to the job they end.",
       "- Heavy-rain alerts, routine slow-downs, streetlights, illegal parking, pickpockets and unrelated noise are background (null).",
       "- Wrong clocks are written into `observed` as the source stamped them; duplicated deliveries repeat the key with a later arrival.",
       "- One coordinated response = one label; where the dispatching agency or crew differs (119 ambulance vs police event command) I split, and give the merge as the alternative reading.", ""]
for tf in sorted(glob.glob(os.path.join(OUT, "15[5-6][0-9]_*.truth.json"))):
    t = json.load(open(tf, encoding="utf-8"))
    items = [json.loads(l) for l in open(tf.replace(".truth.json", ".jsonl"), encoding="utf-8")]
    out += [f"## {t['situation']} ({len(items)} items, {len(t['incidents'])} incidents)", "",
            t["notes"]["story"], "", "Incidents:"]
    for i in t["incidents"]:
        n = sum(1 for it in items if it["truth"] == i["label"])
        out.append(f"- `{i['label']}` ({i['type']}, {n} items, opened at `{i['sufficient_evidence_key']}`): {i['description']}")
    out += ["", "Debatable calls:"]
    out += [f"- {d}" for d in t["notes"]["debatable"]]
    if "alternative_reading" in t:
        a = t["alternative_reading"]
        out += ["", f"Alternative reading: {a['why']} Incidents under it: " + ", ".join(f"`{i['label']}`" for i in a["incidents"]) + "."]
    out.append("")
open(os.path.join(OUT, "README_1551-1562.md"), "w", encoding="utf-8").write("\n".join(out))
print("README_1551-1562.md written")
