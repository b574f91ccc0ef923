"""Write README_1031-1042.md from the truth files (descriptions, incidents, notes) and the item counts."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

HEAD = """# Situations 1031-1042 — summer in the 水湳 zone: afternoon thunderstorms and heat

## Who I am asked to be
An experienced coordinator of the 水湳 smart operations center, writing the summer of the zone:
short, intense afternoon convective storms (not typhoons), heat of 35-37 °C, and the ordinary days
and nights in between. Each situation is one different day in 2026 or 2027 (files in UTC, texts in
local time UTC+8). I wrote from the situation as a coordinator would see it, not from guesses about
any software's thresholds, radii or windows.

## My conventions (stated once)
* **One incident = one job a coordinator would dispatch**: one place (or one cause) and the crews
  sent for it. When a cause and its effect need different crews, they are two jobs: a power trip
  (台電, signal contractor, officers at dark junctions) and the underpass it flooded by stopping the
  pump (水利局 mobile pump, closure) are two incidents (1034). A secondary problem in the same
  building that the crew already on scene handles is the same job (the lift stuck in the
  lightning-struck building, 1033); the same lift trouble caused by an area outage, where a rescue
  crew is sent on purpose, is a job of its own (1042). Both splits are given the other way in the
  alternative reading.
* **What belongs to an incident**: every report of it, from any feed, wherever the caller stands
  (callers are scattered 20-450 m from what they report, a relative 2-4 km away); what it causes
  nearby (the car park closed by it, a slow-down at the detector next to its closure, a signal
  drowned at the flooded junction); its follow-ups and its ends (`cleared`, `restored`, `normal`,
  `road_reopened`, 119 `returning` / `closed`). Slow-downs caused by an incident carry
  `truth_alt: null`, because a coordinator may equally read them as rain or rush traffic.
* **Background (truth null)**: rain alarms (`heavy_rain`) — weather, not a job; rush-hour and
  rain slow-downs; devices going offline and back with nothing else around; routine 1999 cases
  that the bureaus' own dispatch handles (one streetlight, red-line parking, an A/C unit's noise or
  drip, one pothole, a blocked drain with no flooding, a stray dog); permits on their own and the
  expected effects of permitted road works (noise, slow traffic); a single panel alarm that resets
  in two minutes with nothing else; a low-confidence camera detection with nothing else; a
  detention pond filling as designed; a flood sensor reading on a dry day with nothing else.
  Where a coordinator could honestly open a job for one of these, the item has `truth_alt`.
* **Planned events**: the permit alone is not an incident. When the event needs action (egress
  crowd control), one crowd incident opens and the event's expected effects (full car parks, egress
  slow-down, noise complaints) belong to it (alternative: background).
* **Sufficient evidence** (`sufficient_evidence_key`): a flood sensor at 16-30 cm or more on a road
  or in an underpass while it rains (the underpass must be closed at that depth); for a fire, a
  panel alarm plus an independent caller, or a 119 fire dispatch; a police report of a collision;
  one citizen call for a tree across a path or a lift with people stuck; a 119 ambulance dispatch for
  a person taken ill; the first dark signal (a dark junction is a job by itself); for an area power
  cut without dark signals, the second building's panel on backup power; a family's call for a lost
  elder.
* **Feeds**: texts are written as each agency writes (警察局第五/第六分局, 消防局北屯/西屯分隊, 1999
  operators' summaries of callers' words). 119 updates and closures are their own items with
  `follows`; a few sensor alerts are delivered twice (a true duplicate: same key and fields, later
  `arrival`). Keys are agency-style ids (`TC1999-<ROC date>-n`, `TCPD-`, `TCFD-`, `ALR-`,
  `FA:`/`SIG:`/`PK:`/`ST:`/`CCTV:` + sensor id + local time).
* **Geography**: registered sensors at their exact registry positions; reports on the roads of
  roads.geojson and the buildings of sensors.geojson; 水湳市場 on 中清路 and 敦化路 are placed by me
  (GUESS ±200 m). Where the brief was unclear I decided as a coordinator and said so in the notes.

## Tools
`tools_1031_1042/`: `lib.py` (helpers, seeded), `gen_a.py` (1031-1036), `gen_b.py` (1037-1042),
`validate.py`, `readme.py`. Run `cd tools_1031_1042 && python3 gen_a.py && python3 gen_b.py &&
python3 validate.py && python3 readme.py`. The geo files are found through `SITUATION_GEO_DIR`,
else `../geo` (a symlink to the input's geo folder).

## The situations
| # | file | items | incidents | alternative reading |
|---|---|---|---|---|
"""


def main():
    rows, paras = [], []
    for tp in sorted(glob.glob(os.path.join(ROOT, "10[34][0-9]_*.truth.json"))):
        t = json.load(open(tp, encoding="utf-8"))
        name = t["situation"]
        num = int(name[:4])
        if not 1031 <= num <= 1042:
            continue
        items = [json.loads(l) for l in open(os.path.join(ROOT, name + ".jsonl"), encoding="utf-8")]
        uniq = len({i["key"] for i in items})
        alt = t.get("alternative_reading")
        rows.append("| %d | `%s` | %d (%d distinct keys) | %d | %s |" % (
            num, name, len(items), uniq, len(t["incidents"]),
            "%d incidents" % len(alt["incidents"]) if alt else "none"))
        bg = sum(1 for i in items if i["truth"] is None)
        p = ["### %s" % name, "", t["description"], "",
             "Incidents (%d; %d of %d items are background):" % (len(t["incidents"]), bg, len(items))]
        for inc in t["incidents"]:
            n = sum(1 for i in items if i["truth"] == inc["label"])
            p.append("* `%s` (%s, %d items): %s — sufficient at `%s`." % (
                inc["label"], inc["type"], n, inc["description"], inc["sufficient_evidence_key"]))
        if t.get("notes"):
            p += ["", t["notes"]]
        if alt:
            p += ["", "Alternative reading: %s (%s)" % (
                alt["why"], ", ".join("`%s`" % i["label"] for i in alt["incidents"]))]
        paras.append("\n".join(p))
    with open(os.path.join(ROOT, "README_1031-1042.md"), "w", encoding="utf-8") as f:
        f.write(HEAD + "\n".join(rows) + "\n\n" + "\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()
