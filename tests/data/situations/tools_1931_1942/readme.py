"""Write README_1931-1942.md from the truth files of the situations 1931-1942 (only those)."""
import glob
import json
import os
from collections import Counter

from lib import OUT

NUMS = range(1931, 1943)

WHY = {
    1931: "The permit, the queues, full car parks, illegal parking and the egress are one crowd job: the police's event deployment "
          "(交通維持計畫) covers entry and exit. The collapse in hall A and the lost girl are jobs of their own (an ambulance; a search), "
          "though they happen inside the crowd. The dark signal at 臺灣大道/環中路 is 2 km away and has nothing to do with the concert. "
          "Debatable: the egress traffic on 環中路 may be run as a separate traffic job (alternative D). The girl's found report was "
          "keyed in late and arrives after the parent's second call.",
    1932: "The march (permit, closure, crowd cameras, the detour's congestion, complaints about the closure and the loudspeakers, the "
          "reopening) is one job. The scuffle at 經貿七路 is a public-safety job (officers sent to separate the sides), the heat exhaustion "
          "a rescue job, the crash on 河南路 an unrelated traffic job. Debatable: the scuffle handled by the march's own officers, part of "
          "the march job. A pothole and a parked car are background.",
    1933: "New Year's eve: the festival's crowd job holds the permit, the closure, full car parks, congestion, crowding, complaints and "
          "the midnight crush at the exit (people knocked down in the event's own crowd are the event's danger, handled by stopping the "
          "exit). Inside the crowd: a man down at the stage (rescue), a pickpocket gang (one public-safety job: the police link the thefts "
          "and arrest two), an elder with dementia lost (rescue). The camera's 'smoke' at midnight is the fireworks (noise; alternative: "
          "the event's). Alternative: the crush as a mass-casualty rescue job of its own (C).",
    1934: "A city run: the permit and its amendment (start moved 30 min), closures, crowds at start and finish, the closure's congestion "
          "and the complaints are one job. Two runners taken ill at different places and times are two rescue jobs. A car that drives "
          "through the barrier is a traffic job (alternative: the closure's officers handle it inside the event job). A rain gauge's "
          "battery-low offline is background. One camera stamps its clock 4 min early.",
    1935: "Rain moves an outdoor concert from the park lawn into the Pop Music Center (amended permit). Fans who did not hear gather on "
          "the lawn: the same event's crowd job (officers send them to the new venue); alternative: a separate crowd job at the old "
          "site (G). A fall on the wet path (rescue) and a scalper dispute (public safety) are small jobs. Heavy-rain alerts and a "
          "neighbour's karaoke are background.",
    1936: "A children's-day market is cancelled two days before (the permit's cancelled line): it explains nothing and is no job. That "
          "morning a crash at 河南路/中平路 backs up traffic; a caller guesses the market is the cause, but the truth is the crash. "
          "An elder with dementia walks away from eco block B: calls, a citizen seeing a man asking the way, police updates and a "
          "late-entered found report are one rescue job. A camera re-detects the stalled car under a new id (a second item, not a duplicate).",
    1937: "A 3x3 streetball event with a fan zone: the crowd job (entry, noise, egress). A brawl between fan groups with a head wound: "
          "one public-safety job (the victim's ambulance is the crime's). A spectator's heat stroke: rescue. A bike theft report: a "
          "small public-safety item (alternative: noise, a desk case). A flood sensor's brief link loss is background.",
    1938: "A two-day comic expo under one permit. Each morning's queue and each evening's exit is a job (the deployment is re-opened "
          "each day; nothing happens overnight): A1, A2. Alternative: one job for both days. Hall B's fire alarm with an evacuation is "
          "a fire job even though it was a smoke machine (crews went). Pickpocket on day 1 and an arrest on day 2 of the same suspect: "
          "two jobs, or one under the alternative. On day 2 the camera SN-CCTV-005 stamps local time as UTC (observed 8 h late).",
    1939: "Lantern festival: the crowd job and inside it three lost children and an elder's fall. Each child is its own search (own "
          "description, place, time, found report); the second girl is brought to the service desk before her mother calls (the found "
          "report opens the job). A grandmother calls twice and her call is delivered twice. Alternative: the lost children are tasks "
          "of the festival's service desk and its police post, part of the crowd job. A question about sky lanterns is background.",
    1940: "A weekday: an elder with dementia leaves home; citizens see her asking the way at the Museumbrary; she is found exhausted at "
          "the transit hub (the ambulance belongs to the search). A second elder at the 河南路 bus stop is someone waiting (a false lead; "
          "alternative: part of the search until checked). A small trade show fills a car park (a light crowd job; alternative: no job). "
          "A crash at 經貿路/黎明路 and a camera's planned maintenance window complete it.",
    1941: "A concert at the Pop Music Center; the crowd walks 1.4 km to the transit hub for shuttles; at the hub an escalator crush "
          "injures several (a mass-casualty rescue job with its own dispatch and its own closure of the hub). Alternative: the crush as "
          "the concert crowd's escalation (one job). A pickpocket in the queue is public safety; an earlier dark signal at 經貿路/中平路 "
          "is traffic.",
    1942: "A march's permit is amended to 中科路 because of road works on 經貿路. Some marchers still go to the old route (the march's "
          "job). A banner falls off a march truck (the march's job; alternative: a separate obstruction job E). Counter-protesters "
          "confront the tail (public safety); an elderly marcher faints (rescue). The works' hoarding blows onto 經貿路 (traffic). The "
          "road-works permit itself is no job.",
}

CONV = """## Conventions

- One `.jsonl` per situation in arrival order, one `.truth.json` beside it; keys are `<situation>-<seq>` in creation order.
- Times are UTC; the stories are told in Taipei time (UTC+8). Delays per feed (seeded): sensor rules 20-75 s, panels 2-12 s,
  CCTV 4-25 s, 119 10-70 s, police 1-7 min, 1999 1.5-6 min; permits arrive days before (amendments and cancellations later).
- Realistic delivery: duplicate deliveries repeat the key and every field but `arrival`; late-entered follow-ups (`follows`)
  may arrive after later items; skewed clocks (1934: a camera 4 min early; 1938: a recorder stamping local time as UTC).
- A planned event's crowd job holds its permit lines (approved, amended), the crowd seen by cameras and callers, full car parks,
  illegal parking, the closure and its reopening, the congestion the event causes on entry and exit, noise complaints, and
  `cleared` alerts of that congestion. A cancelled event's permit lines are background (`null`). A road-works permit is background.
- The `sufficient_evidence_key` of an event's crowd job is the first live sign of the crowd on the day (the permit tells the
  coordinator to prepare, not that the job is on).
- Small jobs inside a crowd (a person collapsing, a lost child or elder, a fight, pickpockets) are their own jobs; the victim's
  ambulance at a fight belongs to the fight. A crush in an event's own crowd is the event's job (1933) unless it becomes a
  mass-casualty response somewhere else (1941); both have the other reading as alternative.
- Under `alternative_reading` every item's label is `truth_alt` if present, else `truth`; its incident list is complete.
- Positions: sensor items at the registered position; callers scattered 40-500 m round what they report; police and 119 at the
  scene (within 20-60 m); routes placed on the road lines of geo/roads.geojson.
"""


def main():
    out = ["# Situations 1931-1942: crowds and people", "",
           "Author: a Taichung emergency coordinator writing test data. Emphasis: concerts, exhibitions, a march, New Year's eve, "
           "sports events, crowds leaving and their traffic, lost children and elders, fights, pickpockets, collapses in a crowd, "
           "events cancelled or moved; several small jobs inside one big crowd, and the crowd itself as a job.", "",
           "Reproduce: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.", "", CONV]
    for num in NUMS:
        jl = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))[0]
        tf = jl[:-6] + ".truth.json"
        t = json.load(open(tf, encoding="utf-8"))
        items = [json.loads(l) for l in open(jl, encoding="utf-8")]
        keys = Counter(i["key"] for i in items)
        feeds = Counter(i["feed"] for i in items)
        out.append("## %s" % os.path.basename(jl)[:-6])
        out.append("")
        out.append(t["description"])
        out.append("")
        out.append("%d lines (%d duplicate deliveries); feeds: %s." % (
            len(items), sum(v - 1 for v in keys.values()), ", ".join("%s %d" % kv for kv in sorted(feeds.items()))))
        out.append("")
        out.append(WHY[num])
        out.append("")
        out.append("| label | type | items | opened by | description |")
        out.append("|---|---|---|---|---|")
        for i in t["incidents"]:
            n = sum(1 for it in items if it["truth"] == i["label"])
            out.append("| %s | %s | %d | %s | %s |" % (i["label"], i["type"], n, i["sufficient_evidence_key"], i["description"]))
        nb = sum(1 for it in items if it["truth"] is None)
        out.append("| – | background | %d | | null |" % nb)
        out.append("")
        ar = t.get("alternative_reading")
        if ar:
            ch = sum(1 for it in items if "truth_alt" in it)
            out.append("Alternative reading (%d lines relabelled): %s Incidents: %s." % (
                ch, ar["why"], ", ".join("%s %s" % (i["label"], i["type"]) for i in ar["incidents"])))
            out.append("")
    with open(os.path.join(OUT, "README_1931-1942.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
