"""Write README_1711-1722.md from the situation files."""
import glob, json, os
from collections import Counter
from lib import OUT

CONVENTIONS = """# Situations 1711-1722 (blind oracle, cascades and long multi-agency jobs)

Written blind (from oracle_in only) by a coordinator of the 水湳 operations center. Regenerate:
`cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.

## Conventions
- Times: `observed` and `arrival` in UTC (`Z`); the stories are told in Taiwan time (UTC+8).
- One job per crew or desk that follows it to the end. A fire or leak is the fire bureau's job with its 119 updates,
  panel alarms, smoke calls, evacuation, casualties carried out of it and its late fire-cause report.
  A road closure whose diversion and jams the traffic desk runs until the road reopens (later than the fire's close)
  is a traffic job of its own; a cordon at a night scene with no traffic effect stays in its cause's job (1717).
  The alternative reading merges these where a colleague would.
- A crash in a queue, or at a dark junction, is the crash crew's job; the alternative reading merges it into
  the queue's or the dark junction's job.
- Planned events: a permit (and its amendments) opens nothing by itself; it belongs to the job of the crowd or works it
  explains. A cancelled permit of an event that does not take place is background.
- Devices: an outage of several devices behind one gateway is one infrastructure job; one device with a low battery, a
  maintenance window, a panel fault or a detector that reports an ordinary slow-down is background.
- Rain alarms (heavy_rain) are background: they announce, they are not a job. A detention pond filling is a job only from a
  warning level (debatable: 1716).
- 1999 case updates and police follow-ups carry `follows`; late deliveries (20-60 min) stay in their job.
- Sensor items sit at their registered positions; cameras give the position of what they saw (within 400 m);
  callers are scattered 30-600 m around what they report.
- Thefts and disturbances taken by the police are jobs (public_safety); 1721's alternative reading shows the
  colleague who treats a theft taken and closed at the desk as background.
"""


def main():
    titles = json.load(open(os.path.join(HERE_TOOLS, "_titles.json"), encoding="utf-8"))
    out = [CONVENTIONS]
    for jf in [_f for _f in sorted(glob.glob(os.path.join(OUT, "17[12][0-9]_*.jsonl"))) if 1711 <= int(os.path.basename(_f).split("_")[0]) <= 1722]:
        tf = jf[:-6] + ".truth.json"
        items = [json.loads(l) for l in open(jf, encoding="utf-8")]
        truth = json.load(open(tf, encoding="utf-8"))
        num = os.path.basename(jf)[:4]
        keys = {}
        for it in items:
            keys.setdefault(it["key"], it)
        cnt = Counter(it["truth"] for it in keys.values())
        alt_cnt = Counter(it.get("truth_alt", it["truth"]) for it in keys.values())
        dups = len(items) - len(keys)
        out.append("## %s %s — %s\n" % (num, truth["situation"], titles.get(num, "")))
        out.append(truth["description"] + "\n")
        feeds = Counter(it["feed"] for it in keys.values())
        out.append("Items: %d lines (%d distinct, %d duplicate deliveries); background %d; feeds: %s.\n" % (
            len(items), len(keys), dups, cnt[None], ", ".join("%s %d" % kv for kv in sorted(feeds.items()))))
        out.append("| label | type | items | sufficient evidence key | description |\n|---|---|---|---|---|")
        for i in truth["incidents"]:
            out.append("| %s | %s | %d | `%s` | %s |" % (i["label"], i["type"], cnt[i["label"]], i["sufficient_evidence_key"], i["description"]))
        out.append("")
        ar = truth.get("alternative_reading")
        if ar:
            out.append("**Debatable calls.** " + ar["why"] + "\n")
            out.append("Alternative reading: " + "; ".join("%s (%s, %d items)" % (i["label"], i["type"], alt_cnt[i["label"]])
                                                           for i in ar["incidents"]) + "; background %d.\n" % alt_cnt[None])
            changed = [it for it in keys.values() if "truth_alt" in it and it["truth_alt"] != it["truth"]]
            for it in changed:
                out.append("- `%s` (%s %s): %s → %s" % (it["key"], it["feed"], it["category"], it["truth"], it["truth_alt"]))
            out.append("")
        for n in truth.get("notes", []):
            out.append("- " + n)
        out.append("")
    with open(os.path.join(OUT, "README_1711-1722.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README_1711-1722.md")


HERE_TOOLS = os.path.dirname(os.path.abspath(__file__))
if __name__ == "__main__":
    main()
