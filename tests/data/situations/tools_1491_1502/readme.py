"""Write README_1491-1502.md from the truth files and the data."""
import json, glob, os
from collections import Counter
from lib import OUT

L = ["# Situations 1491-1502: a typhoon night in the 水湳 zone", "",
     "Written by a Taichung fire bureau disaster-prevention officer who has worked the city's operations center for years (blind: no code seen).", "",
     "## Conventions",
     "- Times: a typhoon night, 2016-09-27 20:00 local = 12:00Z onwards; `observed` is the source's own stamp (wrong where a note says so), `arrival` the center's.",
     "- One incident = what I would dispatch as one job: one place, one crew or one coordinated response. The same rain does not join floods at different places.",
     "- Rain alerts (`heavy_rain`) are context, `truth: null`: nobody is dispatched on a rain class.",
     "- Devices of one gateway that go dark for one reason are one infrastructure job; a device that fails alone for maintenance or a low battery is background.",
     "- Closing words (cleared, restored, road_reopened, online, 119 returning/closed) belong to the job they close; the next morning's closings of last night's jobs, with no new dispatch, are background (1502).",
     "- Citizens naming the wrong street are labelled by what they saw, not by the street named.",
     "- `truth_alt` marks every debatable item; the alternative reading's incident list is complete in the truth file.",
     "- CCTV `motion` has no item field: written into the text (人群停留 / 人群移動).", ""]
for tf in sorted(glob.glob(os.path.join(OUT, "1[45]*_*.truth.json"))):
    t = json.load(open(tf, encoding="utf-8"))
    items = [json.loads(l) for l in open(tf[:-11] + ".jsonl", encoding="utf-8")]
    c = Counter(i["truth"] for i in {i["key"]: i for i in items}.values())
    L += ["## %s" % t["situation"], "", t["description"], "",
          "%d items (%d lines with duplicates), %d incidents, %d background items." % (
              len({i["key"] for i in items}), len(items), len(t["incidents"]), c[None]), "", "Incidents:"]
    for inc in t["incidents"]:
        L.append("- `%s` (%s): %s; %d items; opened at `%s`" % (inc["label"], inc["type"], inc["description"],
                                                               c[inc["label"]], inc["sufficient_evidence_key"]))
    L += ["", "Debatable calls:"]
    for n in t.get("notes", []):
        L.append("- " + n)
    if "alternative_reading" in t:
        a = t["alternative_reading"]
        L.append("- Alternative reading: %s Incidents under it: %s." % (a["why"], ", ".join(i["label"] for i in a["incidents"])))
    L.append("")
open(os.path.join(OUT, "README_1491-1502.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written")
