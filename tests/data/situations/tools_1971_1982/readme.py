"""Write README_1971-1982.md from the truth files of 1971-1982."""
import json, os, glob
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
NUMS = range(1971, 1983)
L = ["# Situations 1971-1982: concurrent and cascading jobs under messy delivery in Shuinan", "",
     "Emphasis: two unrelated jobs close together; a flood spreading along 經貿路 for 90 minutes; a burst of 42 calls about one fire; "
     "a dense evening concert with small unrelated jobs; late, duplicated, clock-skewed and out-of-order delivery; a field cabinet losing mains; "
     "a fire causing a jam and a crash in the queue; plus a chlorine leak smelled downwind, a four-hour missing-elder search, planned works vs an emergency sinkhole, "
     "a typhoon night's scattered jobs, and a drill beside a real fire.", ""]
for n in NUMS:
    t = json.load(open(glob.glob(os.path.join(OUT, "%d_*.truth.json" % n))[0], encoding="utf-8"))
    lines = [json.loads(l) for l in open(glob.glob(os.path.join(OUT, "%d_*.jsonl" % n))[0], encoding="utf-8")]
    uniq = {}
    for i in lines:
        uniq.setdefault(i["key"], i)
    bg = sum(1 for i in uniq.values() if i["truth"] is None)
    L += ["## " + t["situation"], "", t["description"], "",
          "Count: %d items (%d lines with duplicates), %d incidents, %d background." % (len(uniq), len(lines), len(t["incidents"]), bg), "", "Truth:"]
    for inc in t["incidents"]:
        c = sum(1 for i in uniq.values() if i["truth"] == inc["label"])
        L.append("- `%s` (%s, %d items, opens at `%s`): %s" % (inc["label"], inc["type"], c, inc["sufficient_evidence_key"], inc["description"]))
    alt = t.get("alternative_reading")
    if alt:
        L += ["", "Alternative reading: " + alt["why"]]
        for inc in alt["incidents"]:
            c = sum(1 for i in uniq.values() if i.get("truth_alt", i["truth"]) == inc["label"])
            L.append("- `%s` (%s, %d items, opens at `%s`)" % (inc["label"], inc["type"], c, inc["sufficient_evidence_key"]))
    L += ["", "Why:"] + ["- " + x.replace("Why: ", "", 1) for x in t.get("notes", [])] + [""]
open(os.path.join(OUT, "README_1971-1982.md"), "w", encoding="utf-8").write("\n".join(L))
print("wrote README_1971-1982.md")
