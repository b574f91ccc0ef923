"""Writes README_1691-1702.md from the data files and the generators' story notes."""
import glob, json, os
from lib import OUT, HERE

CONV = """# Situations 1691-1702: ordinary weekdays, nights and weekends in the 水湳 zone

Blind oracle: written from DOMAIN.md, docs/, geo/ and FORMAT.md only.

## Conventions
- One incident per crew or desk that would follow it to the end: a crash (police + its ambulance), a tow, a signal
  repair (contractor), a fire check (engine), a crowd plan (event desk), a search, a power cut (power company).
- A crime's victim's ambulance is the crime's job; a casualty in an event's queue is a rescue job of its own (alt: the event's).
- Background (`truth: null`): routine 1999 cases (one lamp, one pothole, parking, noise not caused by a job, animals,
  cleaning), daily rush-hour slow-downs, car parks full on ordinary days, devices losing their link for their own reasons,
  signals restored from faults before the window, permits whose effects are expected (road works), rain classes alone.
- Congestion belongs to a job when a coordinator would see the job's queue in it; otherwise background. Most such calls carry a truth_alt.
- Callers are scattered 10-400 m around what they report; police 5-50 m; 119 at the address; sensor items at their registered
  positions; CCTV at the camera or at what it saw (within 30 m).
- Times: local Taipei (UTC+8) in the stories, UTC with Z in the files. Device items arrive seconds after observation,
  1999 1-3 min, police 2-6 min, 119 within a minute; duplicates repeat a line with a later arrival; permits arrive days before.
- `sufficient_evidence_key`: the first item at whose arrival I, as coordinator, would open the job.

"""

def main():
    out = [CONV]
    for f in [_f for _f in sorted(glob.glob(os.path.join(OUT, "1[67][0-9][0-9]_*.jsonl"))) if 1691 <= int(os.path.basename(_f).split("_")[0]) <= 1702]:
        items = [json.loads(l) for l in open(f, encoding="utf-8")]
        truth = json.load(open(f[:-6] + ".truth.json", encoding="utf-8"))
        num = os.path.basename(f)[:4]
        meta = json.load(open(os.path.join(HERE, "meta", num + ".json"), encoding="utf-8"))
        out.append("## %s\n\n%s\n\n%s\n\nItems: %d (background: %d).\n" % (
            truth["situation"], truth["description"], meta["story"], len(items),
            sum(1 for i in items if i["truth"] is None)))
        out.append("| label | type | items | sufficient evidence key |\n|---|---|---|---|")
        for inc in truth["incidents"]:
            n = sum(1 for i in items if i["truth"] == inc["label"])
            out.append("| %s | %s | %d | %s |" % (inc["label"], inc["type"], n, inc["sufficient_evidence_key"]))
        if "alternative_reading" in truth:
            ar = truth["alternative_reading"]
            out.append("\nAlternative reading: %s Incidents: %s." % (ar["why"], ", ".join(i["label"] for i in ar["incidents"])))
        out.append("\nDebatable calls:\n" + "\n".join("- " + d for d in meta["debatable"]) + "\n")
    with open(os.path.join(OUT, "README_1691-1702.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README_1691-1702.md")

if __name__ == "__main__":
    main()
