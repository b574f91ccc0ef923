"""Writes README_2011-2022.md from the truth files of situations 2011-2022."""
import collections
import glob
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

lines = ["# Situations 2011-2022: crowds and the small jobs inside them", "",
         "Emphasis: concerts, a road race, a night market, New Year's eve, a march, a two-day expo, a cancelled and a moved "
         "permit, a lantern festival, an unpermitted car meet and a rally; inside or beside each crowd the small separate jobs "
         "(fainting, lost child or elder, fight, pickpocket, crash at the exit, stall or lantern fire, gas leak), several "
         "reported by people in the crowd, and the crowd's expected effects (full car parks, slow traffic, noise, illegal "
         "parking) kept with the crowd's own job.", ""]
for num in range(2011, 2023):
    jl = glob.glob(os.path.join(OUT, "%04d_*.jsonl" % num))[0]
    tf = jl[:-len(".jsonl")] + ".truth.json"
    t = json.load(open(tf, encoding="utf-8"))
    items = [json.loads(x) for x in open(jl, encoding="utf-8")]
    keys = {it["key"] for it in items}
    cnt = collections.Counter(it["truth"] for it in items)
    lines += ["## %s" % t["situation"], "", t["description"], "",
              "Items: %d lines (%d distinct keys, %d duplicate deliveries); %d background (truth null); %d incidents." % (
                  len(items), len(keys), len(items) - len(keys), cnt[None], len(t["incidents"])), "", "Truth:"]
    for i in t["incidents"]:
        lines.append("- `%s` (%s), %d items, opens at `%s`: %s" % (i["label"], i["type"], cnt[i["label"]],
                                                                 i["sufficient_evidence_key"], i["description"]))
    alt = t.get("alternative_reading")
    if alt:
        acnt = collections.Counter(it.get("truth_alt", it["truth"]) for it in items)
        lines += ["", "Alternative reading: " + alt["why"]]
        for i in alt["incidents"]:
            lines.append("- `%s` (%s), %d items, opens at `%s`" % (i["label"], i["type"], acnt[i["label"]],
                                                                   i["sufficient_evidence_key"]))
    if t.get("notes"):
        n = t["notes"]
        lines += ["", n if n.startswith("Why:") else "Why: " + n]
    lines.append("")
with open(os.path.join(OUT, "README_2011-2022.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("readme: README_2011-2022.md written")
