"""Write ../README.md: the conventions, one paragraph per situation, and a table of each truth file.

Run after gen_a.py, gen_b.py and validate.py. Times in the README are local (UTC+8); files are UTC.
"""
import collections
import datetime as dt
import glob
import json
import os

from lib import OUT_DIR, parse_iso

LOCAL = dt.timezone(dt.timedelta(hours=8))

HEAD = """# Labelled situations 1471-1482: cascades and multi-agency jobs in the 水湳 zone

Twelve situations written by an outside coordinator for measuring how the operations center groups
evidence into incidents. The emphasis is on cascades (one cause, several consequences across
agencies) and on the question every coordinator answers in them: which consequence stays with its
cause and which becomes a job of its own. Each situation also has unrelated jobs nearby and the
ordinary background of a day in the zone.

Files: `NNNN_short_name.jsonl` (the evidence, one item per line, in arrival order, UTC) and
`NNNN_short_name.truth.json` (the incidents), as FORMAT.md says. `tools/` holds the generators
(`gen_a.py`: 1471-1476, `gen_b.py`: 1477-1482, helpers in `lib.py`, Python 3 standard library
only, seeded), `validate.py` and this file's writer `readme.py`; `tools/vocabulary_needed.md` lists
what the format could not say. Run:

    cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py

The geography is read from `SITUATION_GEO_DIR` (default `../geo`). Every sensor item uses a
registered sensor at its registered position; places are the gazetteer's buildings, the road lines'
crossings (`lib.junction`) and points a few tens of metres off them.

## Conventions

**One incident = one job a coordinator would dispatch and follow to its end**: one site (or one
stretch of road) with one lead agency and one end. Evidence belongs to the job whose responders act
on it. A consequence stays with its cause when the same responders deal with it at the same scene
and it ends when the cause is dealt with: the smoke that sets off the next building's panel, the
evacuation and its crowd, the road closed for the appliances and the queue behind it, the casualty
of the fire, the water of a broken hydrant, the detector destroyed by the sinkhole. A consequence
becomes its own job when another agency must go to another place or do another task with its own
end: dark signals (traffic police at the junctions, the signal contractor) apart from the power cut
that darkened them (Taipower); a lift rescue apart from the outage; a child or an elder lost in an
evacuation (a police search); a second crash in a dark junction (its own casualties). Each truth
file says which way each consequence went, and where a coordinator could reasonably read it the
other way the items carry `truth_alt` and the file an `alternative_reading`.

**Background (`truth: null`)** is what a coordinator sees and acts on with no dispatch of the center's:
permits of planned events and works (context; the event's own ordinary traffic and noise too), full
car parks, rush-hour and weekend slow-downs away from any job, routine 1999 requests (a lamp out,
illegal parking, noise, a blocked drain, a broken slide), rain alerts and detention ponds filling as
designed, water in an underpass staying in the lowest band and draining, devices that flap, run low
on battery or go offline for maintenance, a panel's fault after a surge.

**Sufficient evidence** is the first item at whose arrival an experienced coordinator would open the
job: usually a 119 dispatch, a caller who describes the thing unambiguously (a pipe hissing, a slope
come down, a lift stuck with a child), a signal controller reporting its lamps dark, or a flood
depth in the warning band at a known low point in heavy rain; for a power cut, devices at three
sites reporting mains lost within a minute; for a cut link, one cabinet's devices all silent for five
minutes. One panel alarm, one device offline or one slow-down is not enough by itself. Each
situation's table below gives the item and its local arrival time.

**Placement.** Sensor items sit at their registered positions. 119 dispatches and police reports are
at the scene as the crews or officers gave it (within a few tens of metres; a closure at the middle
of the closed stretch; an evacuation where the people were taken). A 1999 case is where the operator
recorded it: the caller's own position when they describe something they see from elsewhere (a
balcony 1 km away, a bus stop downwind), the landmark or junction they name otherwise. Callers write
in their own words and are often imprecise ("會展中心後面", "靠影音中心那段").

**Delivery.** `observed` is the source's stamp, `arrival` the center's receipt. Devices and alerts
arrive within seconds to a minute; 119 within 20-100 s; 1999 cases 1-7 min after the call; police
reports 2-20 min after the time they state, so they often arrive after the things they explain and
out of order. Some pieces are delivered twice (same key, later `arrival`). A few panels' clocks are
wrong (noted in each truth file): their `observed` is off by the stated minutes. Updates carry
`follows`: a 119 case's later statuses name the case (key `case/status`), a police follow-up names
the report it follows, a cleared alert names nothing (it is the sensor's). Permits arrive days or
weeks before their start (`observed` is the start, `ends` the end).

**Keys.** Devices: `sensor_id:state:UTC stamp`; alerts `ALR-date-n`; police `TCPD-ROC date-n`;
1999 `1999-ROC date-n`; 119 `TC119-ROC date-n`; permits `PE-ROC year-n`.

## The situations
"""

PARAS = {
    1471: """**1471 會展中心A棟卸貨區火警 (Sat 14 Mar 2026, 13:00-16:00).** During a travel fair, pallets burn in hall A's
loading dock at 14:07; smoke drawn into hall B's air intakes trips its panel at 14:16; 2,500 visitors are
evacuated to the lawn north of the park, 經貿路二段 is closed for the engines, the convention car park is
shut, and 經貿路 and 環中路 jam. Jobs: the fire (with hall B's alarm, the evacuation and its crowd, the
closure, the car park, the queues and the worker's ambulance), a 7-year-old girl lost in the evacuation
(police search, found 15:02), a scooter-car crash at 黎明路三段/凱旋路 at 14:41 on the detour. Background:
the fair's permit, full car parks, fair visitors' illegal parking, a weekend slow-down, a rain gauge's
battery, a lamp lit by day. Alternative: the lost girl kept inside the fire's evacuation.""",
    1472: """**1472 豪雨中南側饋線跳脫 (Fri 22 May 2026, 17:20-20:30).** In plum-rain downpours a feeder trips at 18:04:
the signals at 河南路/中平路 and 經貿路/中平路 go dark, the cabinets' cameras and detectors report mains lost,
the CMU campus and the water reclamation centre go to batteries, residents call, and the stormwater pump by
the 河南路 car park stops; 河南路's low point rises from 9 to 36 cm, a car stalls with its driver (rescued),
the car park is shut and the road closed. Power is back at 19:38, the water gone by 20:20. Jobs: the outage
(Taipower), the dark junctions (traffic police, one job for the two on 中平路), the 河南路 flood (pumps,
closure, rescue), a tree across a lane of 凱旋路 (unrelated). Background: rain alerts, the park's ponds
filling, rush-hour slow-downs, a blocked drain, a flickering lamp, a flood sensor's link flapping.
Alternative: the whole cascade, signals and flood included, as one power-cut job.""",
    1473: """**1473 經貿路三段施工挖破天然氣管 (Wed 8 Apr 2026, 09:30-12:40).** A permitted water-main works tears a
gas main at 10:20 in front of eco-residential block A: callers, 119 hazmat, the block's manual alarm, the
evacuation of 180 households to the park, an elderly evacuee taken ill, 經貿路三段 closed and the detour
loading 中清路; valve shut 11:00, evacuation lifted 11:40, one lane reopened 12:30. Jobs: the leak (one job
with all of that and the smell downwind at block B and the campus), a rear-end crash at 環中路/經貿路 at
10:50. Background: the works' permit, its noise and its own slow-down before the leak, a flood sensor 250 m
away offline for maintenance, routine calls. Alternative: the campus caller 900 m west as a separate gas
check, and the 中清路 slow-down as ordinary traffic.""",
    1474: """**1474 環中路中清路口鹽酸桶掉落 (Wed 3 Jun 2026, 05:30-08:30).** A lorry loses eight drums of hydrochloric
acid on the turn at 05:41; a car hits them (driver hurt); fumes reach a cyclist and people waiting at the
transit hub; 119 hazmat contains and dilutes, the environmental bureau neutralises, 環中路 eastbound and the
中清路 ramp are closed until 08:10; the dilution water runs into the 中清/環中 underpass, whose flood sensor
reads 6-11 cm on a dry morning. Jobs: the spill (with the crash, the fumes, the closure and its queues, the
underpass water), a wrong-way driver on 中科路 at 06:10, a coach broken down in the hub's entrance at 07:48.
Background: street-racing noise, a rain gauge's link flapping, the rush in the west, a full car park, a lamp,
illegal parking. Alternative: the underpass water and the 07:25 queue 700 m west as noise.""",
    1475: """**1475 酒駕撞毀經貿七路口號誌箱及消防栓 (Sat 11 Jul 2026, 21:00-01:10).** After a concert at the pop music
centre (egress traffic, double parking, a brawl at its side door at 22:48 with a man hurt), a drunk driver
hits the signal cabinet and a hydrant at 經貿路二段/經貿七路 at 23:12: driver trapped, water across the road,
low pressure in the blocks around, signals and camera dead. Water shut 00:05, road reopened 00:40, temporary
signals 01:10. Jobs: the crash (with hydrant, water and pressure), the dark junction (traffic police and the
contractor: it outlives the crash), the brawl. Background: the concert permit and its traffic, a full car
park, a party's noise, a pond sensor's battery. Alternative: the dark junction kept with the crash.""",
    1476: """**1476 颱風過後中科路路面坍陷 (Thu 13 Aug 2026, 06:20-09:30).** The morning after a typhoon: the signal at
黎明路三段/凱旋路 flashes from 06:35, a tree falls across 黎明路三段 at 06:48, and at 07:00 中科路 caves in by
the pop music centre: a car's wheel drops in, the vehicle detector's loop is cut, a water main in the hole
bursts and 300 homes on 凱旋路 lose water; the northbound carriageway is closed and traffic moves to 凱旋路.
Jobs: the sinkhole (with the detector, the burst main and the dry taps, the closure and the detour's queue),
the tree, the flashing signal. Background: drainage still at level 3 and falling, a branch on a park path,
the rush, a flood sensor's link, typhoon-bent lamps. Alternative: the flashing signal as the tree's (a cable
pulled down), and the 凱旋路 slow-down as the rush.""",
    1477: """**1477 生態住宅B區深夜火警 (Tue 20 Jan 2026, 01:50-04:20).** At 02:10 a 5th-floor flat burns in block B;
a couple is trapped on a 7th-floor balcony and rescued by ladder; two smoke casualties and an evacuee with
chest pain; 敦化路一段 closed; the block evacuated; a south wind carries the smoke 280 m to block A, whose
lobby detector trips (its panel clock is 2.5 min fast) and whose residents call; a crew sent from the fire
checks and resets it. Jobs: the fire (with block A's alarm), an 82-year-old's unrelated fall at home in block
A at 03:10 (119 says 非火警相關), a drunk driver into the median at 環中路/中科路 at 03:31. Background:
street-racing noise, a detector's link, a lamp out. Alternative: block A's alarm as a separate fire call
until the check.""",
    1478: """**1478 會展二期工地邊坡坍滑 (Mon 15 Jun 2026, 05:10-09:50).** After a night of 豪雨 the excavation's slope at
the north-east corner of 經貿路二段/黎明路三段 slips at 05:52: mud over the pavement and two lanes, a lamp post
leaning and a row of lamps dark, the fibre of cabinet TB-CAB-005 cut (signal controller, camera and detector
off the network; the signal keeps its timing), 119 checks for anyone buried, 經貿路 southbound closed, the
經貿六 car park shut, a scooter slides on the mud at 06:40. Jobs: the slip with all of it; a three-car
rear-end crash at 環中路/凱旋路 at 07:22 (unrelated). Background: the night's rain alerts, the north pond
filling, 8 cm in the 中清/環中 underpass draining away, the rush, a bent bus-stop sign. Alternative: the fibre
repair and the scooter's fall as jobs of their own.""",
    1479: """**1479 中央公園地下停車場電動車火警 (Sun 4 Oct 2026, 14:30-20:30).** With a market on the lawn, an electric
car burns on B2 of the park's north car park at 15:20: sprinklers, smoke over the market, 600 people moved,
the car park closed, a lane of 經貿路 taken by the engines, the Museumbrary's lobby detector tripped by smoke
in its intakes, the sprinkler tank low, the case closed 18:10; the battery rekindles at 19:42. Jobs: the fire
(with everything above and the rekindle), an 82-year-old man with dementia lost in the market's evacuation
(found 17:05), a minor scrape at 河南路/中平路 at 17:20. Background: the market's permit, a full car park,
illegal parking, a broken slide, a weekend slow-down. Alternative: the rekindle as a new job.""",
    1480: """**1480 盛夏午後北側饋線停電 (Thu 23 Jul 2026, 14:30-17:10).** At 14:52 on a 36 °C afternoon the north feeder
fails: the Museumbrary and the operations tower (its panel clock 4 min slow) on generators, a family stuck
in a Museumbrary lift, the signals at 經貿路二段/黎明路三段 and /經貿七路 dark, the cabinets' cameras and a
detector on mains loss, the 經貿六 car park's barriers dead; power back at 16:18. Jobs: the outage, the dark
junctions, the lift rescue; unrelated, a heat-stroke collapse on a park path at 15:40 and a pedestrian clipped
at 環中路/中清路 at 16:40. Background: a dry fountain, a rain gauge's battery, a full car park, the evening
rush, illegal pick-ups. Alternative: the dark junctions inside the outage's job.""",
    1481: """**1481 中科路工地吊車傾倒 (Tue 17 Nov 2026, 09:30-13:20).** At 10:05 a 50-t crane at a site just south of
環中路 falls across 中科路, crushes a car (driver trapped, leg broken) and a ground-mounted transformer box,
whose oil burns; the box fed the signal cabinet at 環中路/中科路, which goes dark with its camera; 中科路 is
closed; at 10:40 two cars collide in the dark junction. Signal back 12:40, road reopened 13:10. Jobs: the
crane (rescue, box fire, closure, lifting away), the dark junction (police directing, the queue on 環中路), the
crash in it, a trench plate sticking up on 黎明路 at 11:45. Background: a noise complaint about the same site
at 09:40 (before anything happened), a river station's link, a full car park, taxis at a bus stop.
Alternative: the crash in the dark junction kept in the dark-signal job.""",
    1482: """**1482 午後雷雨中清環中地下道淹水 (Fri 4 Sep 2026, 16:40-19:55).** The 中清/環中 underpass floods from
17:05 (10, 24, 41 cm); a car stalls in it with a driver and her mother (rescued 17:38); the underpass is
closed, 中清路 and 環中路 queue, the sensor drowns and drops off, a pump empties it by 19:50. At 17:32 water
pours down the transit hub car park's ramp 450 m west; the car park is shut and emptied. At 17:35 a shop
sign falls at 黎明路/凱旋路. Jobs: the underpass, the hub's car park, the sign. Background: rain alerts, the
ponds and the north pond's level 3, the rush, a blocked drain, a lamp, a river station's link, the tower's
panel fault after a lightning surge. Alternative: the two flooded sites as one flood job of the storm.""",
}


def local(s):
    return parse_iso(s).astimezone(LOCAL).strftime("%H:%M:%S")


def table(num):
    jl = glob.glob(os.path.join(OUT_DIR, f"{num}_*.jsonl"))[0]
    tr = glob.glob(os.path.join(OUT_DIR, f"{num}_*.truth.json"))[0]
    items = [json.loads(l) for l in open(jl, encoding="utf-8")]
    truth = json.load(open(tr, encoding="utf-8"))
    first = {}
    for it in items:
        first.setdefault(it["key"], it)
    count = collections.Counter(it["truth"] for it in items)
    acount = collections.Counter(it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
                                 for it in items)
    lines = [f"`{os.path.basename(jl)}`: {len(items)} items, {count[None]} background.", "",
             "| reading | label | type | items | opened at (local arrival) | by |", "|---|---|---|---|---|---|"]
    for inc in truth["incidents"]:
        k = inc["sufficient_evidence_key"]
        it = first[k]
        lines.append(f"| main | `{inc['label']}` | {inc['type']} | {count[inc['label']]} | {local(it['arrival'])} | "
                     f"{it['feed']} {it['category']} `{k}` |")
    alt = truth.get("alternative_reading")
    if alt:
        for inc in alt["incidents"]:
            k = inc["sufficient_evidence_key"]
            it = first[k]
            lines.append(f"| alternative | `{inc['label']}` | {inc['type']} | {acount[inc['label']]} | "
                         f"{local(it['arrival'])} | {it['feed']} {it['category']} `{k}` |")
    if truth.get("notes"):
        lines += ["", "Notes: " + truth["notes"]]
    return "\n".join(lines)


def main():
    out = [HEAD]
    for num in range(1471, 1483):
        out.append(PARAS[num].replace("\n", " "))
        out.append("")
        out.append(table(num))
        out.append("")
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
