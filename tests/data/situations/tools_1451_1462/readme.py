"""Write ../README.md from the conventions below, each scene's story (tools/meta) and the data files."""
import datetime as dt
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
TZ = dt.timezone(dt.timedelta(hours=8))

CONVENTIONS = """# Labelled situations 1451-1462: dense event nights in the 水湳 zone

Twelve situations for the Shuinan smart operations center, written from the zone's geography
(`geo/`), the feeds' wire contract and the vocabulary only. Each situation is a busy scene around a
planned (or unpermitted) crowd: New Year's Eve at Central Park, a concert with an exit crush, an
expo with a booth fire, a market hit by a thunderstorm, a march, a half marathon, a festival whose
stage burns, a lantern festival during a power cut, two events at the convention centre on one
evening, a Christmas market fire, an unpermitted taxi protest, and a concert cancelled for rain.
Around each event sit several small, unrelated jobs a few hundred metres apart, and background
a coordinator would ignore.

Times in this README are local (UTC+8); every time in the files is UTC.

Regenerate (stable, seeded; Python 3 standard library only):

```
cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py
```

`gen_a.py` writes 1451-1456, `gen_b.py` 1457-1462, `lib.py` holds the helpers (geography read from
`SITUATION_GEO_DIR`, default `../geo`; keys, delivery delays, duplicates, skewed clocks; the truth
file), `validate.py` checks only the numbers 1451-1462, `review.py` prints each incident's items in
arrival order for reading, `readme.py` writes this file.

## Conventions

**One incident = one job a coordinator would dispatch**: one cause at one scene, handled by one
set of units under one command. In particular:

* A permitted event's crowd and traffic management is one job: its permit and amended or
  cancelled versions, the closures its traffic plan calls for and their lifting, the car parks
  that fill around it, the slow-downs on its approach and detour roads while it draws or releases
  its audience, crowding seen by cameras or reported by police and callers, and the egress queue
  at the transit hub. It is the same police detail and the same traffic plan from ingress to
  egress.
* A small job inside or next to an event stays its own job when it gets its own dispatch: a fall
  or a faint (an ambulance), a theft or a fight (a patrol and a case), a crash (an ambulance and
  traffic police), a lost child (a search), a kitchen fire (the fire brigade), a broken-down bus.
  Two thefts are one job only when the police link them (same suspect or gang, a report that
  follows the other).
* What a job causes at its own scene belongs to it: the evacuation of a burning hall, the
  evacuees' injuries and the car park closed because of the fire; the closure for fire engines;
  the water-level station and the car park exit in the same flooded drainage area; the 1999 calls
  of people without water from a burst main.
* A power cut is one infrastructure job with all its effects: the dark signal, the fire panels
  running on battery, devices reporting mains lost, the gateway's devices gone silent, the row of
  dark streetlights and the residents' calls. People trapped in a lift and a person who fell in
  the dark are rescue jobs of their own (other crews).
* A crush at an event's gate with a mass-casualty dispatch is its own job (many ambulances, a
  triage point) in the main reading; the alternative reading folds it into the event.

**Background** (truth `null`): routine 1999 requests (a question about shuttles or tickets, one
streetlight out or lit by day, rubbish after the event, an animal in a car), rush-hour slow-downs
away from any job, device flaps and battery-low or maintenance outages, a panel's loop fault, car
parks full where no job needs them, heavy-rain alerts (a warning is no job by itself), detention
ponds filling as designed (pond sensors in the 1-15 cm band, a pond reaching warning level 3
without overflow), a permit for an event where nothing needs doing (the expo beside the march, the
tool show beside the protest), noise complaints about a permitted event (null, the event under
the alternative reading), a complaint from far away that the power is off in a street the feeder
does not serve.

**Sufficient evidence** is the first item at whose arrival an experienced coordinator would open
the job: a 119 dispatch; a police report of something needing units; a citizen's call that
describes a person hurt, a fight with a weapon, a car trapped, water welling from the road or a
tree across lanes; a signal controller's fault report (a contractor must be on site within two
hours of a report); an underpass or low-point flood sensor in the 16-30 cm band during heavy rain;
for a planned event, the first field report that its plan is live (a closure put in place, a police
crowd-control report), not the permit and not a full car park. A fire panel alarm alone, a camera
analytic alone (confidence 0.6-0.9), a 1-15 cm reading, or one building's panel switching to
battery are not enough by themselves; a second building's panel reporting mains lost within the
same minute is (an area power cut).
When a job is opened by an item that turns out to be one of its effects (the dark signal that is
the first sign of the power cut), that item is the sufficient evidence.

**Placement**: sensor items sit at their registered positions (`sensors.geojson`), with the
gateway only where the registry names it. Police reports are at the scene where the officer
stands. 119 dispatches are at the dispatch address. A 1999 case is where the operator geocoded what
the caller said: often the caller's own position or the landmark they name, tens to hundreds of
metres from the event (a neighbour across the street from a smoking window, a bystander who finds a
lost child 350 m from where he was lost, a relative calling from the place an elder was last seen,
a resident 1 km away who also has no power). Events use the gazetteer's buildings and the road
crossings of `roads.geojson`; stages, stalls and exits are placed on the park's lawns near the
named buildings.

**Delivery**: police reports arrive 2-20 min after their time (the officer files after handling);
1999 cases 1-7 min; 119 dispatches within a minute; sensor rules, panels, signals and status within
seconds to about 1.5 min; car parks up to 2 min; permits hours to days before their start, amended
or cancelled versions when they are issued. Some messages are delivered twice (same key, every
field but `arrival` equal). Some sources' clocks are off: camera SN-CCTV-006 runs 4 min slow in
1451, signal controller SN-SIG-007 11 min slow in 1453, camera SN-CCTV-010 about 3 min fast in 1458,
camera SN-CCTV-004 7 min slow in 1461; their `observed` is what they stamped. Updates carry
`follows`: 119 status changes follow their case, police follow-ups (found, cleared, reopened) follow
the report they close, amended and cancelled permits follow the first version.

**Keys**: police `TCPD6-YYYYMMDD-NNNN`, 1999 `1999-ROCdate-NNNNNN`, 119 `TC119-YYYYMMDD-NNNN` and
`…:status` for its updates, permits `PMT-YYYY-NNNN` and `…:amended-n` / `…:cancelled-n`, device
items `sensor:category:UTC stamp`.

**Dates**: 2026-2027, when the transit hub, the convention centre and 綠美圖 all operate.
The values in the texts (attendance, depths, speeds) are invented but consistent with the feeds'
thresholds.

## Situations
"""


def loc(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).astimezone(TZ)


def main():
    parts = [CONVENTIONS]
    for mf in sorted(glob.glob(os.path.join(HERE, "meta", "*.json"))):
        meta = json.load(open(mf, encoding="utf-8"))
        n = meta["num"]
        if not 1451 <= n <= 1462:
            continue
        stem = meta["stem"]
        truth = json.load(open(os.path.join(OUT, stem + ".truth.json"), encoding="utf-8"))
        items = [json.loads(l) for l in open(os.path.join(OUT, stem + ".jsonl"), encoding="utf-8")]
        first = {}
        for d in items:
            first.setdefault(d["key"], d)
        bg = sum(1 for d in items if d["truth"] is None)
        alts = sum(1 for d in items if "truth_alt" in d)
        parts.append("### %d — %s (`%s`)\n" % (n, meta["title"], stem))
        parts.append(meta["story"] + "\n")
        parts.append("Jobs (%d items, %d background, %d with a `truth_alt`):\n" % (len(items), bg, alts))
        for inc in truth["incidents"]:
            k = inc["sufficient_evidence_key"]
            parts.append("* `%s` (%s): %s. Opened at %s by `%s` (%s %s)." % (
                inc["label"], inc["type"], inc["description"], loc(first[k]["arrival"]).strftime("%H:%M"),
                k, first[k]["feed"], first[k]["category"]))
        parts.append("")
        if "alternative_reading" in truth:
            parts.append("Alternative reading: " + (meta["alt_story"] or truth["alternative_reading"]["why"]) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
