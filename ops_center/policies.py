"""Correlation policies: what an item says, how far it reaches, how long incidents live.

An item is read through the shared vocabulary (:func:`common.vocabulary.categorize`):
its feed and category (and, for catch-all categories, its text) give a
:class:`~common.vocabulary.Signal`, and :data:`common.vocabulary.EVIDENCE` says
which incident types that signal *opens*, *confirms* or *supports*.

This module adds the numbers (all GUESSES, chosen for situations in general,
documented in ``docs/ops_center.md``):

* :class:`TypePolicy` per incident type: the *window* (an item joins while its
  observed time is within the window of the incident's evidence span, so an
  incident lives as long as its evidence keeps coming), the lateness grace, and
  whether its area is *linear* (a flood spreads along a road: its area is the
  line through its evidence with a buffer, and two floods an item fits both of
  are merged).
* :class:`Reach` per (signal, incident type): how far (metres from the incident's
  area) the signal may be and still be explained by it, how well (``weight``)
  and whether it extends the incident's area.

What a rule needs a text to say is read by the text reader, never matched here: "cue
``x``" below names a word list of the lexicon's project section (``cues:`` in
``common/data/lexicon.yaml``, :class:`common.lexicon.Cue`), with its reason there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from common.lexicon import Cue
from common.vocabulary import (
    EVIDENCE,
    REASON_NOT_ALARM,
    REASON_UNKNOWN_CATEGORY,
    REASON_UNRELATED,
    CapSeverity,
    IncidentType,
    Role,
    Signal,
    categorize,
    offline_signal,
)
from ops_center.incidents import Item

__all__ = [
    "AGENCY_FEEDS",
    "ARRIVALS_S",
    "CALL_SAYS",
    "CAMERA_HAZARDS",
    "CAMERA_HAZARD_SURE",
    "CAMERA_MOVING_SURE",
    "CAMERA_OPENS",
    "CAMERA_SURE",
    "CASUALTY_M",
    "CHANNEL_SITES",
    "CLEARING_AHEAD_S",
    "CLUSTER_MIN_SOURCES",
    "CROWD_NAMED_JOBS",
    "DARK_JUNCTION_M",
    "DARK_UNTIL_BACK_S",
    "DEFAULT_POLICIES",
    "DETOUR_M",
    "DETOUR_ROAD_M",
    "DISPATCH_APART_M",
    "DISPATCH_FEED",
    "DISPATCH_KINDS",
    "DISTRICT_WIDE",
    "ENGINES_HEARD_M",
    "EVACUATION_M",
    "EVACUEES_M",
    "EXPECTED_OF_EVENT",
    "EXPLAIN_MARGIN",
    "EXPLAIN_NEAR_M",
    "EXPLAIN_SAID",
    "EXPLAIN_WHEN",
    "FALSE_ALARM_HOLD_S",
    "FLAP_S",
    "FLOOD_AT_M",
    "FOUND_CARE_M",
    "FOUND_CARE_S",
    "FUEL_TRAIL_M",
    "HOLD_MAX_S",
    "HOLD_S",
    "JUNCTION_M",
    "KIN_CALL_M",
    "LASTING",
    "LEAD_S",
    "LOAD_TRAIL_M",
    "MAX_EXTENT_M",
    "MIRROR_FEED",
    "MOVING_CATEGORIES",
    "MOVING_GAP_S",
    "MOVING_SPEED_MPS",
    "NAMED_PLACE_NEAR_M",
    "NAMED_ROAD_M",
    "NAMED_ROAD_SIGNALS",
    "NEEDS",
    "ONE_CALL",
    "ONE_CALL_EVEN_IF",
    "ONE_CALL_OVERRUN",
    "ONE_CALL_STUCK",
    "ONE_CALL_STUCK_FIRE_M",
    "ONE_CALL_UNLESS",
    "ONE_CALL_WELLING",
    "ONLOOKERS_M",
    "ONSETS",
    "ON_ROAD_M",
    "ON_THE_JOB_M",
    "OUTAGE_M",
    "OUTAGE_S",
    "OVERRUN_PERMIT_M",
    "OVERRUN_S",
    "PANEL_FEED",
    "PANEL_POWER_CUT_BY",
    "PANEL_SCENE_M",
    "PANEL_WATER_IN_BY",
    "PATIENT_CAUSE_CUES",
    "PATROL_SITE_M",
    "PENDING_WAIT_S",
    "PERMIT_AREA_MARGIN_M",
    "PERMIT_CALL_REACH_M",
    "PERMIT_EFFECTS",
    "PERMIT_REACH_M",
    "PLANNED_CUT_M",
    "PLANNED_CUT_SIGNALS",
    "PLUME_M",
    "POLICE_FEED",
    "POLLUTION_CATEGORIES",
    "POWER_EVIDENCE",
    "QUEUE_CLOSED_M",
    "QUEUE_M",
    "QUEUE_SIGHTINGS",
    "RACING_M",
    "RACING_TYPE",
    "RACING_WINDOW_S",
    "REACH",
    "REASON_EXPECTED",
    "REASON_MAINTENANCE",
    "REASON_MIRROR",
    "REASON_NOT_ALARM",
    "REASON_NO_ANCHOR",
    "REASON_NO_TYPE",
    "REASON_PERMIT_CANCELLED",
    "REASON_PLANNED_CUT",
    "REASON_REGIONAL",
    "REASON_REPAIR",
    "REASON_ROUTINE_TRAFFIC",
    "REASON_RUSH_HOUR",
    "REASON_SEVERAL",
    "REASON_TAKEN_BACK",
    "REASON_UNKNOWN_CATEGORY",
    "REASON_UNRELATED",
    "REGIONAL",
    "REPAIR_SIGNALS",
    "RETENTION_S",
    "ROAD_EXTENT_M",
    "ROAD_NEAR_M",
    "ROAD_REACH_M",
    "RUSH_HOUR_SIGNALS",
    "SAME_PATIENT_S",
    "SAME_SOURCE_S",
    "SCENE_DISPATCH_KINDS",
    "SEARCH_WINDOW_S",
    "SECOND_SCENE_M",
    "SILENCE_S",
    "SLOW_BEFORE",
    "SLOW_RUN_GAP_S",
    "SMOKE_DRIFT_HOLD_S",
    "SMOKE_DRIFT_M",
    "STALL_SEEN_M",
    "STALL_SEEN_S",
    "STILL_DARK_M",
    "STILL_S",
    "STILL_SCENE_M",
    "STRONG_FEEDS",
    "STRUCK_CATEGORIES",
    "UNDERPASS_CALL_M",
    "UNDERPASS_TOLD_M",
    "UNREAD_SCENE_M",
    "WALKING_SPEED_MPS",
    "WATCH_OPENS",
    "WATCH_SITES",
    "WATER_MAIN_M",
    "WELLING_M",
    "WIDE_ONCE_HELD",
    "Reach",
    "Signal",
    "TypePolicy",
    "classify",
    "reach",
]

REASON_NO_ANCHOR = "no_incident_nearby"
REASON_NO_TYPE = "no_incident_type"
REASON_MIRROR = "mirrors_event"
#: A device's reading its text marks as the rush hour's (cue ``rush_hour``: 上班尖峰, 下班尖峰,
#: 尖峰時段): a detector's slow-down or a full car park of the daily rush, which comes every
#: weekday and ends by itself. Every labelled situation's author calls it background (80 items,
#: 15 sets): no job, even beside a job on the same road.
REASON_RUSH_HOUR = "rush_hour_routine"
#: The signals a device's rush-hour words make routine (REASON_RUSH_HOUR).
RUSH_HOUR_SIGNALS = frozenset({Signal.TRAFFIC_SLOWDOWN, Signal.PARKING_EFFECT})
#: A device's slow-down its rule's text puts down to a routine cause other than the rush hour
#: (cue ``routine_traffic``): works narrowing the lanes (施工縮減車道, 夜間施工) or the traffic of
#: the days off (假日車多, 週末車多, 連假車潮). It is the contractor's lanes or the weekend's
#: traffic, no blockage's queue and no audience's: left out at once, even beside a job or an
#: event on its road. Every author who wrote such a reading calls it background (21 readings in
#: 18 situations of 11 blocks, none in a job). A caller's or an agency's words about works are
#: not read so: a jam at works still digging after their time is the police's job (858).
REASON_ROUTINE_TRAFFIC = "routine_traffic"
#: A citizen's call asking for a bus stop's repair (cue ``bus_stop_repair``: its pole knocked
#: askew, 站牌被撞歪, read as a crash; its name plate fallen off the shelter, 站名牌掉下來, read as
#: a fallen object) that does not say it lies on the road (cue ``on_the_road``): the transport
#: bureau's routine repair, no patrol or ambulance is sent, and it explains no job beside it.
#: Left out at once. GUESS from two authors who call every such call background, 9 calls in
#: 974 and 1052-1059, some beside a crash, a dark junction or a fire they are no part of.
REASON_REPAIR = "routine_repair"
#: The signals a caller's bus-stop repair words make routine (REASON_REPAIR).
REPAIR_SIGNALS = frozenset({Signal.TRAFFIC_ACCIDENT, Signal.OBSTRUCTION})
#: A device's or a caller's word of lost power while a cut the utility announced runs, at its
#: feeder (a road-works permit saying 計畫性停電, cue ``planned_cut``): what the permit said would
#: happen, no crew is sent (the authors of 431-442 and 571-582 call it background: 441, 574).
REASON_PLANNED_CUT = "planned_cut"
#: A device offline for maintenance (its status's reason ``maintenance``, or its text's cue
#: ``maintenance``: 定期保養, 維護作業, 韌體更新維護): a stop its owner planned, no hazard's
#: evidence and no network's failure. Left out at once, as its return to service is then.
#: Every labelled situation's author calls it background (65 statuses in 55 situations of
#: 40 sets), some beside a flood, a power cut or a crash they are no part of.
REASON_MAINTENANCE = "device_maintenance"
REASON_TAKEN_BACK = "taken_back_by_device"
#: An expected effect of a planned event that no report of the event's work has joined yet
#: (EXPECTED_OF_EVENT): what the permit said would happen, explained by it and held aside;
#: it joins the event's job when the police report working it.
REASON_EXPECTED = "expected_of_event"
#: A permit's cancellation of a planned event its permit alone makes: the event is withdrawn
#: with it (ops_center.permit_versions).
REASON_PERMIT_CANCELLED = "permit_cancelled"
#: A citizen's call the center cannot classify that several live jobs could explain about
#: equally well (EXPLAIN_MARGIN).
REASON_SEVERAL = "several_incidents_nearby"
#: How long (correlator time) the correlator remembers keys, and quiet incidents after they
#: went quiet (de-duplication, snapshots, the replay window); a closed one it forgets at once.
RETENTION_S = 6 * 3600.0

#: Feed given to alerts whose rule only mirrors an event (the event is correlated itself).
MIRROR_FEED = "mirror"

#: Feeds whose reports open an incident of their own type by themselves: the fire
#: bureau's 119 dispatch has already sent a crew.
STRONG_FEEDS = frozenset({"119"})
#: A lone device alarm its device takes back (back to normal, restored) within this
#: is a test or a flap: the take-back is left out and the incident goes quiet at once.
HOLD_S = 180.0
#: Feeds whose devices take back a lone alarm over longer than HOLD_S: a signal
#: controller restored within 10 min of its fault took it back (a reboot, a power blip
#: or a lost link comes back by itself within minutes, GUESS), while a signal gone dark
#: waits for the contractor's crew, which takes well over 20 min to arrive and repair it.
FLAP_S: dict[str, float] = {"signal": 600.0}
#: A panel's reset naming a false alarm, a drill, a test or maintenance
#: (cue ``false_alarm``) takes back its lone alarm within this: the guard walks to
#: the detector, finds the cause and resets the panel within half an hour (GUESS).
FALSE_ALARM_HOLD_S = 1800.0
# A device's take-back that says the alarm was false (cue ``false_alarm``): 誤報 (false
# alarm), 誤觸 (set off by mistake), 演練 (drill), 測試 (test), 檢修 (maintenance).
# A patrol's report of a matter already settled or after the fact (cue ``settled``) opens
# no job by itself (it still joins a job it belongs to): a theft the victim reported at the
# station (到所) or that happened last night (昨晚, 昨天, 昨日) is the detectives' case;
# a breakdown that blocks no lane (自行牽離, 無妨礙交通) or a quarrel talked
# down (已勸離, 已和解) leaves nothing to send. Words a GUESS; the words are read, not
# the meaning (a limit).
#: The widest area one incident may grow to (a flood along 1.5 km of road fits): beyond
#: it, evidence joins without extending the area and two incidents are not merged, so
#: a night of many floods never chains into one incident across the city.
MAX_EXTENT_M = 2000.0
#: A flood follows its road: water runs along a street's lanes and gutters to its low
#: points, and the people who report it stand along that street. Water reported on a
#: road that a flood's evidence lies on, up to ROAD_REACH_M along the road from that
#: evidence, is that flood, though the usual reach across the blocks is shorter (a street
#: flooding for an hour and a half is reported every 500-600 m along it). A point is on a
#: road within ON_ROAD_M of its line (a corridor is 40-60 m wide, and the zone's road
#: lines are guesses of ±30-300 m: the distance geo.places names a place by its road).
#: Both GUESSES.
ROAD_REACH_M = 800.0
ON_ROAD_M = 150.0
#: Water reported farther along the road than this from a flood's stretch is that flood only
#: once a report says the water spreads along the street (cues ``spreading``, ``stretch``;
#: measures._spreads) or the report itself says so: a second low point of one road floods in
#: the same storm with dry road between (two crews, two pumps).
ROAD_NEAR_M = 600.0  # GUESS: spreading floods are reported every 300-600 m; second low points lie 0.6-1 km on
#: A report of water this close to a flood's evidence is at that flood's place (its low point,
#: its crew), so it merges no other flood it also fits (measures._joins_floods). GUESS: a crew's
#: or a camera's report at a low point lies 0-50 m from its sensor in the labelled sets; one
#: between two floods, 140-700 m from each.
FLOOD_AT_M = 100.0
#: Sites whose water-level station reads a channel that runs under its road, not water at its
#: post: the channel's level is any flood's along that road, and a flood the station alone
#: opened spreads as far as the channel runs (ROAD_NEAR_M does not bind them).
CHANNEL_SITES = frozenset({"drainage"})
#: A flood that follows a road may grow along it past MAX_EXTENT_M, up to this length
#: of that road (a street floods from its low point towards the next junctions: 1.5-2.5 km
#: of an arterial here). A GUESS.
ROAD_EXTENT_M = 3000.0
#: Clock tolerance before the first evidence of a sudden hazard (see TypePolicy.sudden).
LEAD_S = 300.0
#: Alerts whose stamp needs no such tolerance before a sudden hazard: the center's own rules
#: raise a detector's slow-down (category ``congestion``) on its clock, after minutes of slow
#: readings, so one stamped before a crash or a car fire began was slow before it: the day's
#: traffic, not the job's queue (281, 479, 731, 831: four authors call it background).
SLOW_BEFORE = frozenset({"congestion"})
#: The same holds for the detector's later readings while it stays slow: a detector slow
#: before a job began, not cleared since (its readings SLOW_RUN_GAP_S or less apart), measures
#: the day's traffic on its own road, not the job's queue. Such a reading joins a job (not
#: a planned event's) only where the detector stands on a road an agency's report of the
#: job (police, 119) stands on: there the job's queue grows into the traffic already slow
#: (831, 833, 851, 856, 91, 691, 739, 919: six authors keep the others apart). GUESS: the
#: center's rule repeats a slow detector's alert every 10-20 minutes; a half-hour without
#: one is a new slow-down.
SLOW_RUN_GAP_S = 1800.0
#: News delivered late comes within the hour (a gateway's backlog, a police batch typed
#: up after the scene: 40-70 min in the labelled situations); a stamp hours before its
#: arrival is a source clock set to another zone (UTC read as local time: 8 h) or never
#: set. An item stamped more than SKEW_S before it arrived is read as observed when it
#: arrived, as one stamped after it arrived is. A GUESS: 2 h.
SKEW_S = 7200.0
#: Sensor conditions that last until their device says otherwise (water stays high
#: while the alert stays raised): an incident holding one lives on for up to HOLD_MAX_S
#: after the alert without new evidence. An underpass or a low street flooded in a
#: typhoon night holds its water while the pumps work through the night, 4-6 h; the cap
#: is for a device that never sends its clear (GUESS: 6 h). A device that lost its mains
#: holds an infrastructure job the same way until it says it is back (the utility's repair,
#: 2-5 h in the labelled situations; placement reads it).
LASTING = frozenset({Signal.FLOOD_DEPTH, Signal.WATER_LEVEL})
HOLD_MAX_S = 21600.0
# Words by which an agency reports the water gone (cue ``receded``: 積水已退 恢復通行): the flood is over
# though its sensors never sent their clear, and their alerts hold it no longer; a later
# alert of the same sensor is the next rain's flood. Not 漸退 or 消退中: still water.
# A GUESS of how the police and the fire bureau write it.
#: Regional signals (a rain gauge's alarm): it rains over the whole zone, so the alarm
#: says no one place floods and explains nothing by itself; left out with REASON_REGIONAL.
REGIONAL = frozenset({Signal.HEAVY_RAIN})
REASON_REGIONAL = "regional_context"
#: A fire's smoke is seen from kilometres away, and callers report it where they stand:
#: a citizen's report of fire or smoke that no incident explains within its reach joins
#: the nearest open fire placed by a sensor or an agency within SMOKE_SEEN_M. GUESS: the
#: black column of a burning building or yard rises hundreds of metres and is seen over
#: the roofs from the next district (from 北屯 across to 水湳), some 3-4 km.
SMOKE_SIGHTINGS = frozenset({Signal.FIRE_REPORT, Signal.SMOKE})
SMOKE_SEEN_M = 3500.0
# The callers who saw the smoke before any crew placed the fire opened a fire of their own:
# when an agency reports a fire, an open fire within SMOKE_SEEN_M that only such callers made
# (cue ``smoke_afar``: the smoke seen in a direction or far off, 東邊, 上空, 不知道哪裡; or
# ``smoke_came``; never ``open_burning``) is merged into the nearest one (far_sightings.py).
# A junction camera's smoke whose words say it sees it in a direction or far off (cue
# ``smoke_afar``) is a sighting from afar as a caller's is (correlate._far_camera).
# A caller who says someone is burning something beside them (joss paper, rubbish,
# weeds, a barbecue: open burning, cue ``open_burning``, the environment bureau's 露天燃燒 case) reports
# smoke at their own place, not a fire's smoke seen from afar: such a report joins a
# fire only at its scene (half the reach). Words a GUESS from how callers describe it.
# A caller who smells smoke or says it drifts in to them (cue ``smoke_came``: 煙味, 飄過來)
# reports the smoke of a fire burning upwind, not a fire where they stand: unless the text
# also says they see a fire burn (cue ``seen_burning``: flames, a building smoking or
# burning), such a report does not make the fire it joins one people see burning, and
# prefers a fire others see burning to one nobody has (a panel alarm at the caller's
# building that the same smoke set off), even at the caller's place. Words a GUESS from
# how callers describe smoke reaching them.
# A smoke detector downwind of a burning building trips on the smoke drawn in through its
# doors, windows or air intake: when the panel, the engine that checked it or the police
# say the smoke came in from outside (cue ``smoke_drawn_in``, and cue ``smoke``: 煙, smoke, other
# than the detector's name 偵煙), the alarm's incident, a fire nobody sees burning, is the
# smoke of the nearest fire people see burning within SMOKE_SEEN_M and is merged into it.
# Words a GUESS from how a fire company or a guard writes the finding (外部煙霧飄入,
# 經空調進氣口進入, 外氣引入煙霧).
#: A patrol reports a fire from where it stands, the junction or the gate in front of the
#: site (a plant, a campus, a venue), a few hundred metres from the building that burns: a
#: police report of fire or smoke that no fire explains within its reach joins the nearest
#: open fire placed by a sensor or an agency within PATROL_SITE_M and the fire's window.
#: GUESS: the depth of the zone's large sites from the junctions in front of them, 300-400 m
#: (a second building fire 500 m away stays a job of its own).
PATROL_SITE_M = 400.0
#: A release's plume is smelled downwind farther than its usual reach: a citizen's report
#: of a chemical smell that no incident explains within its reach joins the nearest open
#: incident a sensor or an agency placed that holds a report of a hazardous release or is
#: a fire people see burning, within PLUME_M, when its text says the smell stings or names
#: an irritant (cue ``plume``): a toxic gas, an acid's fumes or a fire's smoke drift with the
#: wind, while fuel gas (瓦斯, odorised to be smelled at the leak, and natural gas rises) or
#: a drain's stink is smelled where it is. GUESS: the protective-action distances of the
#: Emergency Response Guidebook for a large spill of a toxic gas by day run 1-3 km; the
#: words from how callers describe an irritant. A citizen's unread call (UNREAD_SCENE_M)
#: that speaks of the air outside (cue ``air``: 味, 臭, 空氣, 煙, 關窗 ...) and that no job at
#: its place or on its road explains is the plume of the one such incident within PLUME_M
#: (several: it stays out), unless it says the smell is its own street's (cues
#: ``open_burning``, ``recurring``).
PLUME_M = 2000.0
# People sent out of a burning building gather outside it: a crowd (a camera's, a
# caller's, a police report of one) within its reach of a fire whose reports say people
# were evacuated (cue ``evacuation``, in any of its reports: a caller says people run out)
# is its evacuees, the fire job's to manage, before any event's audience, until a report
# says the building reopened or people went back (cue ``evacuation_over``). Words a GUESS
# from how 119, police and callers write it.
#: Sites built to fill in a storm (a detention pond): water there is the site doing its
#: job, so its sensors' alarms are a watch on the site, not a street's flood. A flood
#: opened by such an alarm is a watch; the alarms of these sites join only watches, and
#: other evidence joins only the floods of the streets.
WATCH_SITES = frozenset({"detention_pond"})
#: A watch site's alarm below this severity (a pond's 1-15 cm band) opens no watch by itself: a
#: pond that holds a little water is filling as built, and it waits for a higher band or a second
#: source. GUESS from the situations' authors (a window with only shallow pond readings is
#: background to every one of them: 12, 51, 80, 213, 372, 437, 514, 577, 582, ...).
WATCH_OPENS = CapSeverity.MODERATE
# A pond filled past its brim sends its water over the paths and streets around it: a
# report of water that names the site (cue ``watch_site``) and says the water comes out
# of it (cue ``spill``: 滿出來, 溢流, 漫過來, 流到步道) is the site's and the street's
# evidence at once, and the flood it joins takes both (the pond's alarms and the
# reports of the water it sent into the car park beside it). Words a GUESS from how
# callers and patrols describe a pond running over.
# A road closed for works (the police report names them, cue ``works``: 施工, 工程) is the works' job
# (the contractor's lanes and steel plates), not an effect of an event's audience: no
# crowd incident or running event explains it, however near, as no audience explains a
# noise complaint that names its own source. Words a GUESS from how the police write it.
# A noise complaint that names its own source (a building site piling or digging, cars
# racing with loud exhausts, firecrackers, a dog, karaoke: cue ``noise_source``) is that source's case (the
# environment bureau's, the traffic police's), not the noise of an event's audience: no
# crowd incident or running event explains it, however near, and a street-racing job
# (RACING_M) only the noise of racing or revving engines (cue ``revving``): a racing car's
# noise may still be a police job. Words a GUESS from how callers name such sources.
#: What one citizen's call opens by itself, because the agency that answers such a call acts
#: on one call: a traffic hazard (a crash, a tree across the road, a dark signal: one small
#: site the caller stands at); a fire (1999 passes it to 119, which sends an engine on one
#: call); a missing person (a lost child or a confused elderly person is searched for at
#: once). Where the category also holds routine complaints, only a call whose text says one
#: of the words opens: a smell of gas or of chemicals (the fire bureau goes at once: a leak
#: can explode or poison; a sewer's stink is the environment bureau's routine), a road that
#: caves in (closed at once; a pothole is routine), water whose depth the caller gives or
#: that pours into a building, a car park or an underpass (as a flood sensor's reading; a
#: little water on the road is not a flood yet), people fighting or about to, or a knife
#: drawn (cue ``fight``: 110 sends a patrol on one call; a theft or a quarrel reported is
#: the station's case), someone in danger now (cue ``in_danger``: down and unresponsive, not
#: breathing, bleeding, unable to get up, gasping; 119 sends an ambulance on one call, while
#: an injured stray or a dizzy relative asked about on the phone is answered there). Other
#: calls need a second, independent source. ``None``: any call of the signal.
ONE_CALL: Mapping[Signal, Cue | None] = {
    Signal.TRAFFIC_ACCIDENT: None,
    Signal.OBSTRUCTION: None,
    Signal.SIGNAL_FAULT: None,
    Signal.FIRE_REPORT: None,
    Signal.MISSING_PERSON: None,
    Signal.HAZMAT: Cue.GAS_OR_CHEMICAL,
    Signal.ROAD_DAMAGE: Cue.CAVING_IN,
    Signal.FLOOD_REPORT: Cue.DEEP_WATER,
    Signal.CRIME: Cue.FIGHT,
    Signal.RESCUE: Cue.IN_DANGER,
}
#: A call of water on the street that says it wells up out of the ground or the road (cue
#: ``welling``: 冒水, 冒出, 噴出, 湧出; not out of a drain, cue ``drain``) opens at once, as one
#: that gives the water's depth: the water of a burst main, which the water company shuts off
#: and the police close the road for on one call (the road above it may cave in). See
#: WELLING_M for the main's other reports.
ONE_CALL_WELLING = frozenset({Signal.FLOOD_REPORT})
#: Cues that open a rescue call together where ``in_danger`` is not said: people stuck in a lift
#: (cues ``lift`` and ``trapped``: 電梯停電卡住，我媽在裡面) are a job the fire bureau sends its
#: rescue crew to on one call, whatever cut the power; unless a fire stands open within
#: ONE_CALL_STUCK_FIRE_M of the caller: the lift is in the burning building, whose crews bring
#: its people out, and the call waits to be placed as that fire's. GUESS: 150 m, a fire's site.
ONE_CALL_STUCK = frozenset({Cue.LIFT, Cue.TRAPPED})
ONE_CALL_STUCK_FIRE_M = 150.0
#: A call of road damage that says road works are still in place past their time (cues
#: ``works`` and ``not_cleared``: 施工都天亮了還沒收, 施工到現在還沒撤) opens at once, as one of a
#: road caving in: the works ran over their permit into the traffic, and the police go to have
#: the lanes cleared (1057 and 858, two authors, each open the overrun's job on its first such
#: call; 858's, filed under 其他, reads an obstruction, which opens on one call already).
ONE_CALL_OVERRUN = frozenset({Signal.ROAD_DAMAGE})
#: The permit of works that ran over is the overrun's job's (ops_center.works_overrun): a report
#: saying works are still there past their time (cues ``works`` and ``not_cleared``), placed in a
#: job, draws in the works permits left out that ended before it, at most OVERRUN_S before, within
#: OVERRUN_PERMIT_M of it (1057, 858: two authors put the night works' permit in the morning's
#: overrun). GUESS: 6 h, night works run over into the morning's rush, not into the next night;
#: 300 m, the stretch a permit closes with the caller along it (a works permit's reach to the
#: repair job it supports).
OVERRUN_S = 6 * 3600.0
OVERRUN_PERMIT_M = 300.0
#: A permit that clears or repairs a hazard (cue ``clearing``), left out with no job there yet,
#: is the job of that hazard placed at it while its works run, from CLEARING_AHEAD_S before their
#: start to their end (ops_center.works_overrun; 418, 679: two authors). GUESS: 1 h, the works
#: office files the clearing for the crew's arrival the same morning.
CLEARING_AHEAD_S = 3600.0
#: Words that keep a call of a ONE_CALL signal waiting: a tree or a branch down in a park or
#: on a park path is the parks office's routine case (1999's 公園路樹), not a traffic job on a
#: road; someone burning rubbish or joss paper is open burning, the environment bureau's.
ONE_CALL_UNLESS: Mapping[Signal, Cue] = {
    Signal.OBSTRUCTION: Cue.IN_A_PARK,
    Signal.FIRE_REPORT: Cue.OPEN_BURNING,  # open burning: the environment bureau's routine
}
#: Words that open a call of a ONE_CALL signal its ONE_CALL_UNLESS words would keep waiting:
#: a tree or a branch beside a park that lies on the road (its lanes, the road's middle, a
#: street tree: cue ``on_the_road``) is a traffic job on that road, whichever park the caller
#: names to say where it is (中科路靠公園那邊一棵大樹被風吹倒，擋住兩個車道); rubbish, weeds or
#: straw set alight on a lot (cue ``waste_fire``: 燒垃圾, 燒雜草) is a fire 119 sends an engine
#: to put out, while joss paper or a barbecue beside the caller is the environment bureau's.
ONE_CALL_EVEN_IF: Mapping[Signal, Cue] = {
    Signal.OBSTRUCTION: Cue.ON_THE_ROAD,
    Signal.FIRE_REPORT: Cue.WASTE_FIRE,
}
#: What one camera detection opens by itself: a crash (the operator sees it on the image,
#: and a crash is one small site at the camera's junction, like a caller's crash report).
#: A camera's other detections wait for a second source: cars stop in every queue, and
#: smoke, crowds and water are seen from afar.
CAMERA_OPENS = frozenset({Signal.TRAFFIC_ACCIDENT})
#: A detection its analytics rates below even odds (the payload's ``confidence``) is the
#: analytics' own doubt: it waits for a second source like the camera's other detections
#: (GUESS: 0.5; a detection without a confidence counts as sure).
CAMERA_SURE = 0.5
#: A camera's detection of a vehicle driving the wrong way (MOVING_CATEGORIES) opens by itself
#: when its analytics rates it at CAMERA_MOVING_SURE or better: a wrong-way driver on an
#: arterial is a head-on crash about to happen, and the police intercept on one sighting.
#: The analytics' stray wrong-way tracks (a scooter on the shoulder for a few seconds, a car
#: backing out of a turn) come near even odds, so a wrong-way track below this waits for a
#: second source. GUESS: 0.6.
CAMERA_MOVING_SURE = 0.6
#: A camera's detection of an object fallen into the lanes (a load shed, a sign or a tree
#: blown down; category codes of the cctv feed) opens a traffic job by itself when its
#: analytics rates it at CAMERA_HAZARD_SURE or better and no incident is open within
#: STALL_SEEN_M of the camera: the operator sees the object on the image and the police
#: clear the lanes on one sighting. Every such detection the authors of the labelled
#: situations read as background was rated below 0.5 (SEEN: 5 of 138); from 0.7 up, the
#: detection was its job's first evidence in 37 of 64 (GUESS: 0.7). Cars the camera sees
#: stopped (``stalled_vehicle``) still wait: most are the queue of a job down the road, or
#: the burning lorry a fire job is about to open on (docs/ops_center.md, "Time from enough
#: evidence to a job").
CAMERA_HAZARDS = frozenset({"fallen_object"})
CAMERA_HAZARD_SURE = 0.7
#: Street racing: a citizen's noise complaint that says cars race (cue ``racing``: 飆車,
#: 競速, 甩尾) opens a RACING_TYPE job with a second caller's noise complaint about racing or
#: revving engines (cue ``revving``: 催油門, 改裝排氣管), from another source, within
#: RACING_M and the type's window: two households hearing the same gang is the police's
#: job (a patrol is sent to disperse it), while one such call, or calls that only hear an
#: engine revving, are the routine noise complaint. A gang runs up and down a stretch of
#: arterial and its exhausts carry far at night: the callers stand along 1-2 km of it
#: (GUESS: 1.5 km).
RACING_TYPE = IncidentType.PUBLIC_SAFETY
RACING_M = 1500.0
#: A gang the patrol disperses comes back to its stretch later in the night (callers say
#: 又回來了, 又來了; the patrol's follow-up says it keeps patrolling): a street-racing job
#: (a RACING_TYPE incident holding a report that says cars race) stays open RACING_WINDOW_S
#: after its latest evidence instead of the type's window, and a later report of racing on
#: its stretch joins it, as does a noise complaint that only hears engines revving there (the
#: gang's, once a job hears it race). GUESS: 1 h, the return the labelled nights show (40-55 min).
RACING_WINDOW_S = 3600.0
#: Feeds of agency reports: a report of theirs that supports a type confirms a waiting
#: item of that type (a police road closure where a citizen reported a crack in the road).
#: The police feed (patrols' reports), one of AGENCY_FEEDS.
POLICE_FEED = "incident"
AGENCY_FEEDS = frozenset({POLICE_FEED, "119"})
#: What an approved event's audience brings (crowds, full car parks, illegal parking,
#: noise, slow traffic): a running planned event explains these within PERMIT_REACH_M
#: of its permit's area (the audience walks to car parks and shuttle stops; a concert
#: is heard that far), not only within the signal's usual reach; and so a police road
#: closure that says it serves the event (cue ``for_event``: its course, its route, its
#: shuttles' lane; measures._for_event).
PERMIT_EFFECTS = frozenset({Signal.CROWD, Signal.CROWD_EFFECT, Signal.PARKING_EFFECT, Signal.TRAFFIC_SLOWDOWN})
PERMIT_REACH_M = 1600.0
#: A permit that declares its area (``Item.area_m``: the circle's radius, a polygon's farthest
#: corner) says where its audience is: its expected effects are explained inside that area and
#: within PERMIT_AREA_MARGIN_M beyond its edge (the walk from the car parks and shuttle stops
#: round it), however small or wide the area, instead of within PERMIT_REACH_M of its point:
#: a march whose route spans 5 km brings its crowd 3 km from the route's middle, and a
#: 150 m exhibition hall's visitors do not crowd a pavement 1.5 km away. GUESS: 800 m, a
#: ten-minute walk (PERMIT_REACH_M less a venue's own half-width).
PERMIT_AREA_MARGIN_M = 800.0
#: A planned event's expected effects (PERMIT_EFFECTS) from anyone but an agency on the job
#: (callers, cameras, car parks, detectors) are explained by its permit and held aside, left out
#: as REASON_EXPECTED, while no other report is in its job: a quiet concert night is no job to
#: dispatch. The first other report (the police's crowd control or a closure for the event, a
#: 119 dispatch, any evidence that is no expected effect) makes it a job, and the held effects
#: join it then. Every author of the labelled situations calls a permit and its effects
#: background where no such report comes (792, 798, 439, 442, 557 among 25 situations).
EXPECTED_OF_EVENT = PERMIT_EFFECTS
#: A citizen's illegal-parking call is the audience's only within PERMIT_CALL_REACH_M of
#: the permit: concert-goers park within a walk of the venue, and a van on the red line all
#: day farther off is the parking office's routine case (a car park farther off still
#: fills with the audience: the shuttle brings them). GUESS: a 15-minute walk, 1.2 km.
#: The same walk bounds a slow-down before the event's start: the audience arriving drives
#: to a place to park within it, and a road slowing farther off before the start is the
#: evening's own rush (the let-out, all at once, slows roads to PERMIT_REACH_M).
PERMIT_CALL_REACH_M = 1200.0
#: Jobs a crowd report may name inside the crowd: police crowd control clearing a lane
#: for an ambulance or the stalls round a gas leak, a caller filing a fight under
#: crowding. A report filed under a crowd's category whose text reads one of these
#: signals' topics and not the crowd's own joins the open job of that signal's type it
#: fits (that job's dispatch is what the report is about), before the event or crowd
#: job around it; no such job near it, it stays the crowd's (a fall nearly happened in
#: the crush). No number: the named signal's own reach.
CROWD_NAMED_JOBS = frozenset({Signal.RESCUE, Signal.HAZMAT, Signal.CRIME})
#: People or cars come to watch a job (cue ``onlookers``: 看熱鬧, 圍觀) crowd and park where
#: they can see its scene: a crowd or parking report saying so joins the nearest open job
#: (not a crowd's: an event's audience is no onlooker) with evidence within this distance,
#: when nothing else placed it; its police clear them. GUESS: the scene seen from the
#: street in front and the next block (a building collapse watched from the junction 300 m
#: away, 914; cars double-parked 4-10 m from a lab fire or a car-park fire, 451, 1177).
ONLOOKERS_M = 400.0
#: A planned event's audience arrives before it starts: car parks fill and the roads to
#: the venue slow down while the doors open. A permit's crowd incident explains the
#: expected effects (PERMIT_EFFECTS, and any evidence that joins a crowd) observed from
#: ARRIVALS_S before its start as if within its evidence span. GUESS: doors open one to
#: two hours before a concert, an exhibition's opening or a march's start.
ARRIVALS_S = 7200.0
#: A queue grows back along the road from what blocks it: a slow-down measured on a
#: road (within ON_ROAD_M of its line) that nothing near it explains joins an open
#: incident of a type it supports whose area lies on that road, up to QUEUE_M along the
#: road, when the slow-down began at or after the incident's first evidence (the
#: consequence follows its cause; rush hour that was slow before is not the crash's).
#: A lane-blocking crash or a fire engine's closure backs a busy arterial up 1-2 km:
#: GUESS 1.5 km. A driver stuck in the queue who calls about it is in it too.
QUEUE_M = 1500.0
#: While the police keep the road closed at the incident (a closure report placed in it,
#: not reported open again) nothing gets past: the queue grows at the speed the cars
#: arrive (some 3,000 vehicles an hour on two or three lanes into a jam of ~130 vehicles
#: per lane-km: a few hundred metres a minute) until drivers find ways round, and a
#: slow-down farther back along the road is still its queue. GUESS 2.5 km. Once the road
#: is reported open again the queue drains, and a slow-down beginning farther back than
#: QUEUE_M is not its queue.
QUEUE_CLOSED_M = 2500.0
#: Cars a camera's analytics see stopped on the road are a breakdown or a crash at the
#: junction, or a queue: a detection of one of QUEUE_SIGHTINGS ((feed, category) of the
#: source contract) waits for a second source like the camera's other detections; when
#: its wait ends with none, on a road, it joins the one open incident whose queue reaches
#: it (QUEUE_M along the road, QUEUE_CLOSED_M while closed; begun before it, within the
#: slow-down's window), as a slow-down would. When two jobs on the road could hold the
#: queue, it stays out: the camera does not say which way the cars face.
QUEUE_SIGHTINGS = frozenset({("cctv", "stalled_vehicle")})
#: Cars a camera saw stop as a crash or a breakdown happened (ops_center.camera_stalls): at the end
#: of its wait, a QUEUE_SIGHTINGS detection joins the one traffic job holding a crash or a
#: blockage, begun within STALL_SEEN_S of it (before or after: callers and the patrol report
#: minutes after the cars stop) and within STALL_SEEN_M along a road the camera stands on.
#: GUESS: 5 min, a caller's or a patrol's delay in telling a crash; 400 m, a junction camera's
#: view down an approach (a crash 120-250 m off) and the few cars stopped behind it.
STALL_SEEN_S = 300.0
STALL_SEEN_M = 400.0
#: A tank leaking as its vehicle drives on leaves its fuel along the road it took (ops_center.fuel_trails):
#: a report of fuel on the road or in the air joins the open job of a spill reported on a road it
#: names or lies on, within FUEL_TRAIL_M of that job's evidence. GUESS: 3 km, a split tank dripping
#: along an arterial through the zone (the labelled trails run 1.5 to 2.7 km, 1799 and 1876).
FUEL_TRAIL_M = 3000.0
#: A load shed along a road (ops_center.load_trails): a report naming a load joins the job of a
#: load named on its road within LOAD_TRAIL_M of that job's evidence. GUESS: 1 km, a badly tied
#: load dropped over a few hundred metres before its driver notices (2034: 300 m of pipes).
LOAD_TRAIL_M = 1000.0
# A car parked where the fire engines must pass is the fire job's to clear (the police
# tow it); cars parked near a fire are not its evidence, nor is a car park filling up.
# A parking report explains a fire, at its scene, only when its text says the engines
# are kept out: it names them (cue ``engines``). A car park that reports its entrance
# closed (its state ``closed``, or cue ``carpark_closed``) at the scene of a fire or a flood was closed by that
# job: the job's (its drivers are the job's to tell; it reopens when the job ends).
#: A road closed for a job (a police report of the closure placed in its incident) sends
#: its traffic onto the roads around it: drivers turn off at the junctions before the
#: closure onto the next arterials. A slow-down that nothing near it explains (within
#: its reach, or along its road: QUEUE_M) joins an open incident holding such a closure
#: within DETOUR_M of the closure's reported place, when the slow-down began at or after
#: the closure was reported and before the police reported the road open again
#: (cue ``reopen``), within the incident's window. GUESS: the zone's arterials lie 0.5-1 km
#: apart, so the detour runs within about a kilometre of the closure.
DETOUR_M = 1000.0
#: A closure whose report names the roads of its detour (cue ``detour_via``: 車輛改道黎明路、
#: 凱旋路) sends its traffic along them: a slow-down on such a road joins within
#: DETOUR_ROAD_M of the closure's reported place (the other rules of DETOUR_M hold).
#: GUESS: the zone is about 3 km across, and a detour taken at the junction before the
#: closure runs 1-2 km along the named arterial before it meets the closed road again.
DETOUR_ROAD_M = 2000.0
#: A crash reported after 119 sent an ambulance to a casualty at its place: the rescue job
#: holding only those crews, within CASUALTY_M of the crash's report and begun at most
#: LEAD_S before the crash's incident, is the crash's (placement.crash_casualty). GUESS: a
#: junction's crossing and its approaches, where a rider thrown off lies (120 m, a
#: traffic job's site).
CASUALTY_M = 120.0
#: People evacuated from around a leak of gas or chemicals gather beyond the cordon: a
#: crowd that nothing else explains, within EVACUATION_M of an open incident holding a
#: hazardous-material report and an agency's report of the evacuation (its text says one
#: of the words of cue ``evacuation``), observed after the incident began, is that incident's evacuees.
#: A small leak nobody is evacuated from explains no crowd. GUESS: the protective-action
#: distances of a spill (the Emergency Response Guidebook's initial isolation and downwind
#: zones) are a few hundred metres, and the evacuees stand at its edge.
EVACUATION_M = 800.0
# A crowd report whose own text says people pour out of a building (cue ``pouring_out``:
# the words of an evacuation, or 湧出) is a fire's evacuees when a fire within its reach is
# open, before any report of the fire says the building was evacuated: people leave a
# building whose alarm rings (unless it says they go back in: cue ``evacuation_over``).
# Words a GUESS from how cameras' analytics and callers say it.
#: A citizen who asks about a closure or a queue (a closure or a slow-down read in the
#: text of a call nothing near the caller explains) and names the road asks about the job
#: on that road: the call joins the open incident, within NAMED_ROAD_M of the caller, whose
#: own reports (not other such questions) name a road the call names; the one naming the
#: most of them, then the nearest. Without a road named, or with no job naming it, the call
#: waits like any other. GUESS: a driver turned back at a closure or stuck in its queue calls
#: from where they are, and one planning a trip asks from home about the road across the
#: district; the zone and its arterials are about 3 km across, and a queue behind a blocked
#: arterial reaches 1-2 km.
NAMED_ROAD_M = 3000.0
#: A citizen's 1999 call filed under the catch-all category whose text the vocabulary
#: reads as nothing (unrelated_category) is still evidence of something at its place: it
#: joins, as context, the one open incident whose area lies within UNREAD_SCENE_M of the
#: caller and whose evidence is within its type's window of the call (residents of a
#: burning tower asking for blankets in its courtyard, a driver in a crash's queue asking
#: what happened ahead), else the one within NAMED_ROAD_M whose own reports name a road the
#: call names (a parent asking whether the flooded 經貿路 can be driven); when several jobs
#: could, the one that clearly explains it best (EXPLAIN_MARGIN below). GUESS: a site of
#: the zone with its courtyard, car park or junction approaches (the fire and rescue site
#: is 150 m).
UNREAD_SCENE_M = 150.0
#: When several open jobs could explain an unread call (each at the caller's place, on the
#: road it names, in reach of the relative asking or of the air smelled), the call goes to the
#: one that explains it clearly best (ops_center.explanation), as a coordinator reads it:
#: what it says (a job of a kind its cues name, CALL_SAYS, scores EXPLAIN_SAID; a driver's
#: question about the road it names, cue ``passable``, names what closes the road: a job
#: holding a road closure), where the caller is (minus the log of (d + EXPLAIN_NEAR_M) /
#: EXPLAIN_NEAR_M, d from the job's evidence to the caller or to a place the call names;
#: nothing where the caller's place says nothing: a relative calling from home, a driver
#: asking about a road from anywhere) and when (minus EXPLAIN_WHEN times the job's gap to the
#: call in its windows). The best joins when it leads the second by EXPLAIN_MARGIN; otherwise
#: the call stays out as REASON_SEVERAL. GUESS: what a caller names outweighs where the phone
#: is (a job 7 times as near); a phone's place in the town is good to some 50 m, so jobs 20
#: and 85 m from it are both at the caller's place, while one 9 m off and another 130 m off
#: are not; a job whose evidence ended a window before the call weighs as one 1.6 times as
#: far; the lead is a job e times as near, or a kind named against a fading job at the door.
EXPLAIN_SAID = 2.0
EXPLAIN_NEAR_M = 50.0
EXPLAIN_WHEN = 0.5
EXPLAIN_MARGIN = 1.0
#: What a call's cues name (ops_center.explanation): the incident types and the signals a
#: job holds that are of that kind. GUESS from what the cues' words are about (their
#: reasons in common/data/lexicon.yaml): smoke, flames, fire engines and people sent out of
#: or going back into a building are a fire job's (a release of gas or chemicals is one);
#: a stinging smell or a gas a release's; a lift a rescue's; a theft or a fight the police's;
#: deep water, a drain, water spreading, welling up or from a burst main a flood's or a
#: water main's; a tree or a hoarding blown down an obstruction's; the power lost a power
#: cut's; a child or an elder the search for one. Not an event's words (the concert, its
#: shuttles: where the caller is, not what happened there) nor a signboard's (看板 is also a
#: display board).
CALL_SAYS: Mapping[Cue, tuple[frozenset[IncidentType], frozenset[Signal]]] = {
    **dict.fromkeys(
        (Cue.SMOKE, Cue.SEEN_BURNING, Cue.ENGINES, Cue.EVACUATION, Cue.POURING_OUT, Cue.GOING_BACK),
        (frozenset({IncidentType.FIRE, IncidentType.HAZMAT}), frozenset({Signal.FIRE_REPORT, Signal.SMOKE})),
    ),
    **dict.fromkeys(
        (Cue.GAS_OR_CHEMICAL, Cue.PLUME), (frozenset({IncidentType.HAZMAT}), frozenset({Signal.HAZMAT}))
    ),
    Cue.LIFT: (frozenset(), frozenset({Signal.RESCUE})),
    **dict.fromkeys((Cue.THEFT, Cue.VIOLENCE, Cue.FIGHT), (frozenset(), frozenset({Signal.CRIME}))),
    **dict.fromkeys(
        (Cue.DEEP_WATER, Cue.UNDERPASS, Cue.SPREADING, Cue.DRAIN, Cue.WELLING, Cue.BURST_MAIN, Cue.WATER_IN),
        (
            frozenset({IncidentType.FLOOD}),
            frozenset({Signal.FLOOD_REPORT, Signal.FLOOD_DEPTH, Signal.DRAINAGE, Signal.WATER_OUTAGE}),
        ),
    ),
    **dict.fromkeys((Cue.TREE, Cue.HOARDING), (frozenset(), frozenset({Signal.OBSTRUCTION}))),
    **dict.fromkeys((Cue.POWER_LOST, Cue.STREET_DARK), (frozenset(), frozenset({Signal.POWER_LOSS}))),
    **dict.fromkeys((Cue.CHILD, Cue.ELDER), (frozenset(), frozenset({Signal.MISSING_PERSON}))),
}
#: A 1999 call filed for the environment bureau as pollution (its (feed, category) of the
#: vocabulary in POLLUTION_CATEGORIES) whose text smells an irritant in the air (cues ``air``
#: and ``plume``: 刺鼻氣味, 氯氣味, 化學味道) is read as an unread call: the stinging smell is the
#: plume of the release running, whatever desk it was filed for (378: five such calls 0.8-1.2 km
#: downwind of a chlorine leak). Dust, a drain's stink or smoke of the caller's own street stay
#: the bureau's routine cases.
POLLUTION_CATEGORIES = frozenset({("1999", "環境公害")})
#: A 1999 call filed for the streetlight crew (its (feed, category) of the vocabulary in
#: STRUCK_CATEGORIES) whose text says the pole was struck (cue ``struck``: 路燈桿被撞歪, 被倒下來的
#: 樹打歪) is read as an unread call: what knocked the pole (a crash, a falling tree, a crane) is
#: the job at its place, and the pole is that job's damage. One lamp out or flickering stays
#: the crew's routine case.
STRUCK_CATEGORIES = frozenset({("1999", "streetlight")})
#: An unread call that names an underpass (cue ``underpass``: 地下道) and that no job at its
#: place or on its road explains is about the flooded underpass near the caller: it joins the
#: one open flood job holding an alarm of an underpass's sensor (site ``underpass``) within
#: UNDERPASS_CALL_M of the caller (residents living opposite asking when it reopens, drivers
#: turned back at its approaches: 200-280 m off in 341 and 414). GUESS: an underpass's ramps
#: and the junctions at their ends lie within a few hundred metres of its low point, and the
#: zone's two underpasses lie 2.9 km apart, so a caller this near means the one beside them.
UNDERPASS_CALL_M = 500.0
#: A citizen's report of water that names an underpass (cue ``underpass``) and that no flood
#: job within its reach explains tells of the flooded underpass, wherever the phone is: a
#: driver asking whether it can be driven, a commuter telling of the closure heard of on the
#: news (474-1,870 m off in 813, 815, 1218, 1379). It joins the open flood job holding an
#: alarm of an underpass's sensor whose reports name a road the call names, else the one
#: whose sensor lies within UNDERPASS_TOLD_M of the caller. GUESS: half the 2.9 km between
#: the zone's two underpasses, so the nearer one is meant.
UNDERPASS_TOLD_M = 1450.0
#: A citizen's call saying what it reported is still there or that its caller called before
#: (cue ``still``) that no open job explains is news of the one job, open or gone quiet,
#: within STILL_SCENE_M of the caller whose evidence ended at most STILL_S before the call
#: (the debris a crash left 135-155 min on, 19 and 182; a wire a fallen tree brought down
#: still hanging, 413; a block still dark after its outage went quiet, 396, 415, 574).
#: GUESS: the caller stands at what they called about, a site of the zone (the fire and
#: rescue site is 150 m); a job's leftovers are cleared, or the caller gives up calling,
#: within a morning or a shift's half: 3 h.
STILL_SCENE_M = 150.0
STILL_S = 10_800.0
#: An unread call asking when its people may go back into their building (cue
#: ``going_back``: 住戶可以回去了嗎, 什麼時候可以進去, 今天還會再開嗎) is from the evacuees
#: of the one open fire job (a fire, a release of gas or chemicals) within EVACUEES_M,
#: before any other job at the caller's place. GUESS: evacuees wait across the street, in
#: the park or on the sports ground a block or two from the building (151-191 m in 295, 620).
EVACUEES_M = 300.0
#: An unread call asking after a person of the caller's inside a building (a relative or a
#: friend, cue ``kin``, who cannot be reached or who lives in that building and should be
#: checked on, cue ``asking_after``: 我爸住A區9樓，電話打不通; 我家小孩住那棟7樓，拜託幫我看一下)
#: that no job at its place or on its road explains is about the one open fire job within
#: KIN_CALL_M: the relative calls from wherever they are, home or work, not from the scene.
#: GUESS: the zone is about 3 km across, so any fire in it (1.5 km off in 214).
KIN_CALL_M = 3000.0
#: An unread call that hears or sees fire engines (cue ``engines``: 消防車鳴笛, 好多台消防車) and
#: that no job at its place or on its road explains is about the open fire job within
#: ENGINES_HEARD_M (the clear best of several): the caller hears the sirens or sees the engines
#: go by blocks from the fire (933: 417 m; 681: 603 m; two authors). GUESS: 800 m, sirens carry
#: several blocks and the engines pass the streets leading to the fire.
ENGINES_HEARD_M = 800.0
#: A citizen's report that names a landmark or a junction of the zone (geo's gazetteer:
#: "綠美圖前面", "河南路中平路口") farther than NAMED_PLACE_NEAR_M from where it was sent is
#: judged from that place: the best open incident of its own type that fits there, failing
#: any, from where it was sent; an unread call's scene is within UNREAD_SCENE_M of the caller
#: or of the place. GUESS: the gazetteer's points are guesses of ±100-300 m (a building's
#: panel, where two guessed road lines meet), so a caller sent within that of the place is
#: at it, and the phone's position is the better of the two.
NAMED_PLACE_NEAR_M = 300.0
#: A fire panel's fault that says what hit its building is that job's: its mains lost (signal
#: power_loss) with no outage job to take it, at a fire (the fire, or the crew isolating the
#: block's power, cut it) or a flood (the water reached the switchboard); water in its loops,
#: its pump room or its control panel, or standing in its pump pit (cue ``water_in``: 進水, 受潮,
#: 滲入, 積水, 液位開關) at a flood. It joins
#: the nearest such job within PANEL_SCENE_M, and the panel's return to normal follows it.
#: GUESS: the block the panel serves, beside the street whose flood or the site whose fire
#: reached it (the fire and rescue site is 150 m).
PANEL_SCENE_M = 150.0
#: A panel's smoke detector going off beyond the site of a fire seen burning before it, within
#: SMOKE_DRIFT_M of that fire's area, is the fire's smoke drawn into its building, the fire's
#: (ops_center.smoke_drift), unless crews are sent there. GUESS: 400 m, the neighbouring blocks
#: downwind of a burning building (the labelled sets' residential blocks lie 280 m apart).
SMOKE_DRIFT_M = 400.0
#: Such an alarm waits SMOKE_DRIFT_HOLD_S before it joins the fire: crews sent to its building
#: meanwhile (a 119 dispatch there) open a fire of its own with it, and its panel reset meanwhile
#: takes it back (something at its own building set it off, and the staff checked it). GUESS:
#: 8 min; 119 dispatches within 2-3 min of an alarm, a building's staff check a floor and reset
#: the panel within minutes, and the smoke of a fire burning next door keeps a detector
#: tripped until the fire is out (the labelled sets: resets 4-6 min after a false alarm,
#: 10-50 min after the smoke of the fire beside it).
SMOKE_DRIFT_HOLD_S = 480.0
PANEL_FEED = "fire_alarm"  # a building's fire panel (common.vocabulary.Domain's fire_alarm feed)
PANEL_POWER_CUT_BY = frozenset({IncidentType.FIRE, IncidentType.FLOOD})
PANEL_WATER_IN_BY = frozenset({IncidentType.FLOOD})
NAMED_ROAD_SIGNALS = frozenset({Signal.ROAD_CLOSURE, Signal.TRAFFIC_SLOWDOWN})
# A device whose link dropped (its status's reason is comms_lost, Item.reason, or its text
# says the communication was lost: cue ``link_lost``) reports the network's fault, not a
# hazard at its place: its offline and its return join only an infrastructure job (the
# network's outage), neither a job within its reach nor the job of its own earlier
# reports (a car park's display beside a burning hall, a junction camera that saw a
# concert's crowd). A device that lost its power (mains_power_lost) may be the hazard's
# doing and is placed as usual. Words a GUESS from the gateways' reason codes and how
# the feeds write them.
#: Independent items (distinct sources) that confirm an incident type between them.
CLUSTER_MIN_SOURCES = 2
#: Devices that report their own failure (a signal controller's fault, a device
#: offline, a fire panel switching to its battery) within OUTAGE_S of each other and
#: OUTAGE_M apart share one cause (a power cut, a cut cable): one incident, whatever
#: their usual reach. The offline rule of the alerts package fires after 3 min without
#: data, hence 5 min. OUTAGE_M is also how far a power cut's reports reach (GUESS: the
#: streets one medium-voltage feeder serves in a dense district, about a kilometre).
OUTAGE_S = 300.0
#: A measuring rule raises its alert that a device fell silent (``sensor_offline``) only
#: after the silence has lasted its threshold and a round of the rule: in the labelled
#: situations 3-30 min of silence, raised 10-46 min after the power cut's first failures.
#: Such an alert shares the cause of failures up to SILENCE_S before it (fitting.common_cause).
#: GUESS: 45 min.
SILENCE_S = 2700.0
OUTAGE_M = 1000.0
#: A cut the utility announced (a road-works permit, cue ``planned_cut``) darkens the blocks of
#: the feeder its text names around the permit's point: a device's or a caller's word of lost
#: power within PLANNED_CUT_M of it, observed while the cut runs (from the clock tolerance
#: before its start to its announced end), is what the permit said would happen
#: (REASON_PLANNED_CUT; ops_center.planned_cuts). GUESS: 1.5 km, the feeder's streets the
#: permits name (441: its junction's controller 1.27 km from the point; 574: 1.33 km).
PLANNED_CUT_M = 1500.0
#: What a cut darkens: panels on their batteries, devices without mains, dark signals, and
#: residents' calls about the power (a device's return after them follows its drop).
PLANNED_CUT_SIGNALS = frozenset({Signal.POWER_LOSS, Signal.DEVICE_OFFLINE, Signal.SIGNAL_FAULT, Signal.ENDS})
#: A report of a dark signal (a camera, the police directing the traffic, a caller) within
#: DARK_JUNCTION_M of a signal controller whose own loss of power an open infrastructure
#: job holds is the dark junction that job made: the power cut's, not a signal crew's job
#: of its own (fitting.dark_junction). GUESS: a caller stands on an approach of the
#: junction, up to a block (150 m) from its stop lines; the zone's signalled junctions lie
#: farther apart than that along an arterial, or are both the cut's.
DARK_JUNCTION_M = 150.0
#: A dark signal stays dark until its controller reports it back: a report of a dark signal
#: within STILL_DARK_M of a controller whose own fault an incident (open or quiet) holds,
#: not back since and at most DARK_UNTIL_BACK_S before the report, is news of that junction
#: still dark, and the controller's return joins that incident however long the repair took
#: (fitting.still_dark, placement.continuity). GUESS: a controller waiting for a part is
#: dark overnight (the labelled sets: callers 2-6 h after the first report, the return
#: 1-10 h after it, 411, 413, 815, 817, 871, 874); a signal dark longer is read anew.
DARK_UNTIL_BACK_S = 12 * 3600.0
#: GUESS: a caller naming a dark junction stands on one of its approaches, up to two blocks
#: from the stop line (the labelled sets: 13-195 m from the controller); the nearest dark
#: controller is the one meant.
STILL_DARK_M = 200.0
#: A burst water main cuts the water of the blocks it feeds: callers whose taps ran dry
#: are that far from the break (GUESS: a distribution main's district, about a kilometre).
WATER_MAIN_M = 1000.0
# Words by which a caller or an officer says the water in the street comes from a burst
# water main (cue ``burst_main``, GUESS: 水管破了, 挖破自來水管, 破管): a flood whose evidence says so holds the
# main's break (:attr:`Signal.ROAD_DAMAGE`: a collapse, a sinkhole, a burst main), and is
# the main's job, dry taps included (NEEDS). Not 管線 alone: gas lines are 管線 too.
#: Water welling up out of the ground or out of a caved-in road (cue ``welling``: 冒水, 冒出, 湧出)
#: is a broken main's: a report of water that says so, at an open infrastructure job
#: holding road damage (a collapse, a sinkhole) within WELLING_M, is that job's (the main
#: under the road broke; the water and the hole are one repair). Not where it names a
#: drain (cue ``drain``: a drain overflowing in the rain is the rain's).
#: GUESS: a main's water runs down the street from the hole, seen a block (200 m) off.
WELLING_M = 200.0
#: Evidence of its own kind of job that a job of another type causes across the whole
#: reach, not only at its scene: taps run dry wherever the broken main no longer feeds,
#: a kilometre from the water in its street.
#: A power cut opened by the signals it darkened is a traffic job that holds its devices'
#: word of lost power (a panel on its battery, a camera's mains lost): the residents' calls
#: about the cut are that job's across the cut's reach, and an outage the calls opened
#: before the job was known is merged into it (only once the job holds such a word:
#: WIDE_ONCE_HELD; a dark junction alone is the signal crew's, not yet a power cut).
DISTRICT_WIDE: frozenset[tuple[Signal, IncidentType]] = frozenset(
    {(Signal.WATER_OUTAGE, IncidentType.FLOOD), (Signal.POWER_LOSS, IncidentType.TRAFFIC)}
)
#: The pairs of DISTRICT_WIDE whose job causes the evidence across the reach only once it
#: holds evidence of that signal already.
WIDE_ONCE_HELD: frozenset[tuple[Signal, IncidentType]] = frozenset({(Signal.POWER_LOSS, IncidentType.TRAFFIC)})
#: What a power cut is seen by: a report of lost power confirms a power cut only with
#: other reports of lost power or devices gone dark, never with another kind of
#: infrastructure job (a pothole call beside a dark street is no second sign of the cut).
POWER_EVIDENCE = frozenset({Signal.POWER_LOSS, Signal.DEVICE_OFFLINE})
#: Sudden onsets: one joins an incident of its own type only when that incident holds
#: one already or began at most LEAD_S before it (a crash at a signal that has been dark
#: for a quarter of an hour is a new job; a crash that knocked out the signal is one).
ONSETS = frozenset({Signal.TRAFFIC_ACCIDENT, Signal.SIGNAL_FAULT})
#: A crash report saying a crash happened again (cue ``another_crash``) speaks of a crash
#: after one the caller knew of: a crash job begun more than LEAD_S before it is that first
#: crash, not this one, unless another job began before that job within AGAIN_M of the
#: caller (the one the caller's "again" may mean). GUESS: a queue's length, the stretch of
#: road a caller in it has driven along or heard of (the slow-down's reach of a crash).
AGAIN_M = 600.0
#: A dark signal's job is its junction: a stalled vehicle or a fallen load farther than
#: JUNCTION_M from a traffic job that holds only signal faults is at the next junction or
#: between junctions, another job (a crash's, or a load to clear). GUESS: a junction of
#: two arterials with its stop lines is about 50 m across. A crew's report of a crash or a
#: blockage is bound the same way to the agency reports of another kind placed in a traffic
#: job (measures._another_scene): farther than JUNCTION_M it stands at the next junction.
JUNCTION_M = 50.0
#: Evidence that joins an incident of a type only when the incident already holds one
#: of the named signals: fire or smoke joins a traffic incident only when it holds a
#: crash (the crashed car burns; a car burning on the move or beside a breakdown is a
#: fire); a flood sensor's alarm joins a fire, or a crash, only when fire was seen there
#: (the hoses' water runs into the nearest underpass; a gas smell is no fire). Before
#: such an incident exists it confirms nothing of that type.
_FIRE_SEEN = frozenset({Signal.FIRE_ALARM, Signal.FIRE_REPORT, Signal.SMOKE})
NEEDS: Mapping[tuple[Signal, IncidentType], frozenset[Signal]] = {
    (Signal.FIRE_REPORT, IncidentType.TRAFFIC): frozenset({Signal.TRAFFIC_ACCIDENT}),
    (Signal.SMOKE, IncidentType.TRAFFIC): frozenset({Signal.TRAFFIC_ACCIDENT}),
    (Signal.FLOOD_DEPTH, IncidentType.FIRE): _FIRE_SEEN,
    (Signal.FLOOD_DEPTH, IncidentType.TRAFFIC): _FIRE_SEEN,
    # lost power explains a traffic job only where signals went dark (a power cut opened
    # by its signals), never a crash
    (Signal.POWER_LOSS, IncidentType.TRAFFIC): frozenset({Signal.SIGNAL_FAULT}),
    # a rescue is a traffic job's where vehicles crashed or are stuck; people trapped in a
    # lift by the power cut that darkened the signals outside are a rescue job of their own
    (Signal.RESCUE, IncidentType.TRAFFIC): frozenset({Signal.TRAFFIC_ACCIDENT, Signal.OBSTRUCTION}),
    # a power cut's infrastructure job, not a sinkhole's
    (Signal.POWER_LOSS, IncidentType.INFRASTRUCTURE): POWER_EVIDENCE,
    # a queue is an infrastructure job's only where something of it stands on the road (its
    # dark signals, the caved-in road, its closure or works): lost power alone stops no car
    (Signal.TRAFFIC_SLOWDOWN, IncidentType.INFRASTRUCTURE): frozenset(
        {Signal.SIGNAL_FAULT, Signal.ROAD_DAMAGE, Signal.ROAD_CLOSURE, Signal.PLANNED_WORKS, Signal.OBSTRUCTION}
    ),
    # dry taps are a burst main's (a sinkhole, water welling up) or another outage's, not a power cut's
    (Signal.WATER_OUTAGE, IncidentType.INFRASTRUCTURE): frozenset({Signal.ROAD_DAMAGE, Signal.WATER_OUTAGE}),
    # dry taps are a flood's only where its water comes from a burst main (cue ``burst_main``)
    (Signal.WATER_OUTAGE, IncidentType.FLOOD): frozenset({Signal.ROAD_DAMAGE}),
    # a person missing is a search: the job of a search for them, not a patient's beside them
    (Signal.MISSING_PERSON, IncidentType.RESCUE): frozenset({Signal.MISSING_PERSON}),
}
#: Categories whose subject drives on (a wrong-way driver): a later sighting of the
#: same kind joins the incident of the last sighting when the subject could have
#: driven there since, at MOVING_SPEED_MPS (90 km/h, a GUESS for an urban arterial)
#: plus the signal's reach, and extends its area into a track. A sighting more than
#: MOVING_GAP_S after the last one could be another vehicle: the usual reach applies.
#: A catch-all report (police "other") is a sighting when its text holds one of
#: cue ``wrong_way``.
MOVING_CATEGORIES = frozenset({"wrong_way", "wrong_way_driver"})
MOVING_SPEED_MPS = 25.0
MOVING_GAP_S = 300.0
#: A missing person walks on: a later report of the person (a sighting, the search's
#: progress, the finding) joins the open search of the latest one when the person could
#: have walked there since, at WALKING_SPEED_MPS (3.6 km/h, a GUESS for a confused
#: elderly person or a small child on foot) plus the signal's reach, however long the
#: search has lasted while it is open.
WALKING_SPEED_MPS = 1.0
#: A search for a missing person goes on until the person is found, with news an hour
#: apart or more (a sighting, the patrols' progress): a rescue incident holding a report
#: of a missing person goes quiet SEARCH_WINDOW_S (2 h, a GUESS of how long a coordinator
#: keeps a search without news) after its latest evidence instead of the type's window.
SEARCH_WINDOW_S = 7200.0
#: The person a search found is often taken to hospital cold, dehydrated or hurt (ops_center.tracks.found_care):
#: a rescue report within FOUND_CARE_M of where a report of the search says the person was found, at most
#: FOUND_CARE_S after it, is the search's. GUESS: 150 m, a rescue's one site (the patrol waits with the
#: person for the ambulance it called); 30 min, the ambulance's arrival with time to spare (the labelled
#: searches' ambulances come 2.5 to 7 min after the finding: 599, 1274, 1355).
FOUND_CARE_M = 150.0
FOUND_CARE_S = 1800.0
# A vehicle reported burning or smoking while it drives on (its report of fire or smoke
# says so, cue ``driving_on``: 行駛中, 還在開, 開走了, driving) is tracked the same way: a
# report of fire or smoke within MOVING_GAP_S of its latest sighting, where it could
# have driven since, is that vehicle's fire, wherever the vehicle stopped; each such
# report is its latest sighting. A GUESS of how callers, cameras and patrols say it.
#: An agency works a job until it is done and reports on it at its site ("the tree is
#: cleared", "the truck towed away", "concentrations normal, evacuation lifted"), however
#: long the work took: its report of the same kind as its earlier report in an incident,
#: within ON_THE_JOB_M of it (the site of a point hazard; a GUESS) and SAME_SOURCE_S after
#: the incident's last evidence, joins that incident even when its window has passed. A
#: sudden onset (a crash) at the same place later is a new job (ONSETS).
ON_THE_JOB_M = 120.0
#: A 119 dispatch sends crews to one address. A dispatch (cue ``dispatched``: 派遣, 出動) of
#: a kind in DISPATCH_KINDS (the 119 category) farther than DISPATCH_APART_M from every
#: dispatch of its kind in an incident is a second job at a second address: it does not
#: join that incident, and a follow-up does not merge two incidents whose dispatches of one
#: kind all lie that far apart (measures._second_address). GUESS from the labelled sets: one
#: job's dispatches lie 22-114 m apart (a second wave sent where a grass fire spreads), two
#: jobs' 135-2,465 m (the two halls of the convention centre; a kitchen fire and a car
#: burning on the road 150 m from it; 12 situations of 10 authors). Only fire dispatches: the
#: sets hold no two ambulance or hazmat jobs joined so, and two rescue jobs in one set only.
DISPATCH_APART_M = 125.0
DISPATCH_KINDS = frozenset({"fire"})
#: Crews at two scenes are two jobs, whatever links them. A police follow-up written at a
#: scene whose incident holds a 119 dispatch of a kind in SCENE_DISPATCH_KINDS (ambulances,
#: rescue crews) farther than SECOND_SCENE_M from every such dispatch of the job of the
#: report it follows joins the incident at its scene and merges nothing (placement.
#: second_scene): the driver who fled one crash and caused another is one police case and two
#: jobs (two authors: a hit-and-run and the drunk driver's crash 2.2 km on, and 2.5 km on).
#: GUESS: one crash's ambulances stand within a few hundred metres (a pile-up's length); a
#: fleeing car's next crash lies kilometres on.
SECOND_SCENE_M = 1000.0
SCENE_DISPATCH_KINDS = frozenset({"ambulance", "rescue"})
#: Two patients, two jobs. A 119 ambulance dispatch to a person whose text names no cause
#: (PATIENT_CAUSE_CUES: no one brought out of a hazard or trapped, nothing fallen or caved in,
#: no fire, gas, crush or fight, no patient already known) is a patient of their own, and a
#: 119 rescue of people stuck in a lift is the lift's: neither joins a rescue job that holds
#: 119's first record of the other kind of person, or of another patient, observed more than
#: SAME_PATIENT_S before or after it (measures._another_patient). GUESS: a second 119 record
#: of one patient (a caller's phone report relayed) comes within a minute or two.
SAME_PATIENT_S = 180.0
PATIENT_CAUSE_CUES = frozenset(
    {
        Cue.RESCUED,
        Cue.TRAPPED,
        Cue.LIFT,
        Cue.CAVING_IN,
        Cue.CRUSH,
        Cue.GAS_OR_CHEMICAL,
        Cue.SMOKE,
        Cue.SEEN_BURNING,
        Cue.FLAMES,
        Cue.STRUCK,
        Cue.SIGNBOARD,
        Cue.TREE,
        Cue.HOARDING,
        Cue.VIOLENCE,
        Cue.FIGHT,
        Cue.EVACUATION,
        Cue.PATIENT_KNOWN,
    }
)
DISPATCH_FEED = "119"  # the fire bureau's dispatches (one of AGENCY_FEEDS and STRONG_FEEDS)
#: How long an item that fits no incident waits for one (arrival time), at least.
PENDING_WAIT_S = 1200.0
# An agency's report that the road is open again (the wreck towed, the water gone, the
# closure lifted) ends the job at its place: when nothing open explains it, it joins
# the incident, open or quiet, at whose scene it lies (the signal's reach) within
# SAME_SOURCE_S of that incident's last evidence, however long the job took. Police
# and 119 write it in the words of cue ``reopen``.
#: A caller's crash stands where the caller saw it from: a passer-by rings in a crash from the
#: queue behind it or the next junction. A citizen's crash report joins a crash job that an
#: agency or a sensor other than a camera has placed (its site known) within CALLER_CRASH_M of
#: it, while that job's last evidence is at most CALLER_CRASH_S old, unless the call names a
#: place of the gazetteer farther than JUNCTION_M from the job's first-hand reports (a second
#: crash there); scored by its own reach, it never outbids a nearer job. GUESS: short of the
#: 320 m at which a call saying nothing of a queue is a crash where the caller stands
#: (tests/unit/ops_center/test_ops_correlate_crash_ahead.py); 350 m joined a dropped load to a
#: stuck bus (693).
CALLER_CRASH_M = 300.0
CALLER_CRASH_S = 600.0
#: A device's later messages (back online, restored, a fault) join the incident its
#: earlier ones are in for this long after that incident's last evidence.
SAME_SOURCE_S = 6 * 3600.0


@dataclass(frozen=True, slots=True)
class TypePolicy:
    """How long one incident type gathers evidence, and the shape of its area.

    ``kinds``: the type covers several kinds of job (a crash, a dark signal, a
    breakdown are all traffic): of the incidents of the type that explain a report,
    one holding reports of the same kind wins.

    ``moves``: its subject moves (a lost person walks on): a follow-up report places
    the incident where it says, even beyond its signal's reach. Of a fixed hazard a
    follow-up far off was written elsewhere (at the precinct) and does not move it.

    ``site_m``: a point hazard (a fire, a crash) is one site. Once a sensor or an
    agency has placed it, another sensor or agency position of the same kind of
    hazard farther than this is another site, hence another incident (citizens'
    positions are where they stand and keep the full reach).
    """

    type: IncidentType
    window_s: float
    grace_s: float = 900.0
    linear: bool = False
    site_m: float | None = None
    sudden: bool = False
    kinds: bool = False
    moves: bool = False


@dataclass(frozen=True, slots=True)
class Reach:
    """How a signal relates to an incident type: within ``radius_m`` metres of the
    incident's area it fits with ``weight`` (0-1); ``extends`` says whether it
    also extends the area (reports from citizens extend it only while the
    incident has no sensor or agency position)."""

    radius_m: float
    weight: float
    extends: bool


T = IncidentType
S = Signal
DEFAULT_POLICIES: Mapping[IncidentType, TypePolicy] = {
    T.FLOOD: TypePolicy(T.FLOOD, 2700.0, linear=True),
    T.FIRE: TypePolicy(T.FIRE, 1800.0, site_m=150.0, sudden=True),
    T.TRAFFIC: TypePolicy(T.TRAFFIC, 1800.0, site_m=120.0, sudden=True, kinds=True),
    T.CROWD: TypePolicy(T.CROWD, 2700.0),
    T.PUBLIC_SAFETY: TypePolicy(T.PUBLIC_SAFETY, 1800.0),
    T.RESCUE: TypePolicy(T.RESCUE, 1800.0, site_m=150.0, sudden=True, moves=True),
    T.INFRASTRUCTURE: TypePolicy(T.INFRASTRUCTURE, 1800.0),
}

_E, _N = True, False
#: (signal, type) -> reach. Every pair of :data:`common.vocabulary.EVIDENCE` is here.
REACH: Mapping[tuple[Signal, IncidentType], Reach] = {
    # flood: the area is the line along its evidence
    (S.FLOOD_DEPTH, T.FLOOD): Reach(500.0, 1.0, _E),
    (S.WATER_LEVEL, T.FLOOD): Reach(500.0, 1.0, _E),
    (S.FLOOD_REPORT, T.FLOOD): Reach(500.0, 1.0, _E),
    (S.TRAFFIC_SLOWDOWN, T.FLOOD): Reach(600.0, 0.8, _N),
    (S.OBSTRUCTION, T.FLOOD): Reach(250.0, 0.8, _N),  # a vehicle stalled in the water
    (S.ROAD_CLOSURE, T.FLOOD): Reach(600.0, 0.9, _N),
    (S.RESCUE, T.FLOOD): Reach(400.0, 0.8, _N),
    (S.DEVICE_OFFLINE, T.FLOOD): Reach(300.0, 0.6, _N),
    (S.ROAD_DAMAGE, T.FLOOD): Reach(400.0, 0.6, _N),
    (S.DRAINAGE, T.FLOOD): Reach(500.0, 0.9, _N),
    (S.WATER_OUTAGE, T.FLOOD): Reach(WATER_MAIN_M, 0.9, _N),  # a burst main's dry taps (NEEDS)
    (S.PLANNED_WORKS, T.FLOOD): Reach(150.0, 0.8, _N),  # a drain dug out at its place (cue ``clearing``)
    # a car park closed by the water at its gate (cue ``carpark_closed``). GUESS: the gate lies at the
    # flooded stretch, as a fire's site (150 m)
    (S.PARKING_EFFECT, T.FLOOD): Reach(150.0, 0.7, _N),
    # fire: people see smoke from afar, cameras from further still
    (S.FIRE_ALARM, T.FIRE): Reach(150.0, 1.0, _E),
    (S.FIRE_REPORT, T.FIRE): Reach(700.0, 1.0, _E),
    (S.SMOKE, T.FIRE): Reach(1500.0, 0.8, _N),
    (S.HAZMAT, T.FIRE): Reach(1000.0, 0.9, _E),  # smelled downwind
    (S.TRAFFIC_SLOWDOWN, T.FIRE): Reach(600.0, 0.7, _N),
    (S.TRAFFIC_ACCIDENT, T.FIRE): Reach(100.0, 0.5, _N),  # at the scene only
    (S.OBSTRUCTION, T.FIRE): Reach(100.0, 0.6, _N),  # at the scene only
    # the engines close the road in front of the site, which may lie hundreds of metres in
    # from it (a yard, a campus: the fire is placed at the site); smoke closes the roads it
    # drifts over. GUESS: the depth of a large site from its road
    (S.ROAD_CLOSURE, T.FIRE): Reach(800.0, 0.9, _N),
    (S.CROWD, T.FIRE): Reach(300.0, 0.8, _N),
    (S.POLICE_REPORT, T.FIRE): Reach(200.0, 0.5, _N),
    (S.RESCUE, T.FIRE): Reach(300.0, 0.9, _N),
    (S.DEVICE_OFFLINE, T.FIRE): Reach(150.0, 0.8, _N),
    (S.FLOOD_DEPTH, T.FIRE): Reach(400.0, 0.6, _N),  # the hoses' water runs to the lowest point near
    # a car in the engines' way (cue ``engines``), a car park closed for the fire (cue ``carpark_closed``), at the scene
    (S.PARKING_EFFECT, T.FIRE): Reach(150.0, 0.7, _N),
    # traffic
    (S.TRAFFIC_ACCIDENT, T.TRAFFIC): Reach(250.0, 1.0, _E),
    (S.OBSTRUCTION, T.TRAFFIC): Reach(250.0, 1.0, _E),
    (S.SIGNAL_FAULT, T.TRAFFIC): Reach(250.0, 1.0, _E),
    (S.POWER_LOSS, T.TRAFFIC): Reach(OUTAGE_M, 0.8, _N),  # the dark street around dark signals (NEEDS)
    (S.TRAFFIC_SLOWDOWN, T.TRAFFIC): Reach(600.0, 1.0, _N),
    (S.ROAD_CLOSURE, T.TRAFFIC): Reach(300.0, 0.9, _N),
    (S.POLICE_REPORT, T.TRAFFIC): Reach(200.0, 0.5, _N),
    (S.RESCUE, T.TRAFFIC): Reach(300.0, 0.9, _N),
    (S.ROAD_DAMAGE, T.TRAFFIC): Reach(300.0, 0.6, _N),
    (S.HAZMAT, T.TRAFFIC): Reach(600.0, 0.7, _N),  # a crashed tanker leaks; smelled downwind
    # the clearing of the hazard at its place (cue ``clearing``). GUESS: a permit is placed at the
    # stretch it closes, as a crash's site (120 m) and a little more
    (S.PLANNED_WORKS, T.TRAFFIC): Reach(150.0, 0.8, _N),
    # a crashed car burning: fire evidence of its own kind joins a crash only at its scene
    # (half the reach: the crash's site)
    (S.FIRE_REPORT, T.TRAFFIC): Reach(240.0, 0.8, _N),
    (S.SMOKE, T.TRAFFIC): Reach(240.0, 0.8, _N),
    (S.FLOOD_DEPTH, T.TRAFFIC): Reach(400.0, 0.6, _N),  # a burning crash's water (NEEDS)
    # crowd and event safety: a venue-sized area
    (S.PLANNED_EVENT, T.CROWD): Reach(500.0, 1.0, _E),
    (S.CROWD, T.CROWD): Reach(400.0, 1.0, _E),
    (S.CROWD_EFFECT, T.CROWD): Reach(600.0, 0.8, _N),
    (S.PARKING_EFFECT, T.CROWD): Reach(600.0, 0.8, _N),
    (S.TRAFFIC_SLOWDOWN, T.CROWD): Reach(600.0, 0.8, _N),
    (S.ROAD_CLOSURE, T.CROWD): Reach(400.0, 0.8, _N),
    (S.POLICE_REPORT, T.CROWD): Reach(300.0, 0.5, _N),
    # the rest
    (S.CRIME, T.PUBLIC_SAFETY): Reach(300.0, 1.0, _E),
    (S.CROWD_EFFECT, T.PUBLIC_SAFETY): Reach(400.0, 0.6, _N),  # the noise of a gathering the police disperse
    (S.CROWD, T.PUBLIC_SAFETY): Reach(300.0, 0.6, _N),
    (S.RESCUE, T.RESCUE): Reach(200.0, 1.0, _E),
    (S.MISSING_PERSON, T.RESCUE): Reach(500.0, 1.0, _E),  # the person walks on
    (S.DEVICE_OFFLINE, T.INFRASTRUCTURE): Reach(800.0, 1.0, _E),
    (S.POWER_LOSS, T.INFRASTRUCTURE): Reach(OUTAGE_M, 1.0, _E),  # one feeder's streets
    (S.WATER_OUTAGE, T.INFRASTRUCTURE): Reach(WATER_MAIN_M, 1.0, _E),  # the blocks the main feeds
    (S.ROAD_DAMAGE, T.INFRASTRUCTURE): Reach(300.0, 1.0, _E),
    (S.TRAFFIC_SLOWDOWN, T.INFRASTRUCTURE): Reach(600.0, 0.5, _N),
    (S.OBSTRUCTION, T.INFRASTRUCTURE): Reach(200.0, 0.8, _N),
    (S.PLANNED_EVENT, T.INFRASTRUCTURE): Reach(300.0, 0.9, _N),  # the repair works
    (S.PLANNED_WORKS, T.INFRASTRUCTURE): Reach(300.0, 0.9, _N),  # the repair works
    (S.ROAD_CLOSURE, T.INFRASTRUCTURE): Reach(300.0, 0.7, _N),
    # an evacuation joins the job of what its people were sent out from, never extends it.
    # GUESS, each the reach of that job's own people on foot: evacuees wait across the street
    # or a block away from a fire or a leak (EVACUEES_M, the unread evacuees' call), from a
    # building cracked or a main burst (as its road damage, 300 m); the river's low-lying
    # homes lie along the flooded stretch (a flood report's 500 m); a hall's audience is
    # sent out to the venue's square (a crowd's 400 m)
    (S.EVACUATION, T.FIRE): Reach(EVACUEES_M, 0.9, _N),
    (S.EVACUATION, T.FLOOD): Reach(500.0, 0.9, _N),
    (S.EVACUATION, T.CROWD): Reach(400.0, 0.9, _N),
    (S.EVACUATION, T.INFRASTRUCTURE): Reach(300.0, 0.8, _N),
}
del T, S, _E, _N


def reach(signal: Signal, typ: IncidentType) -> Reach | None:
    """The reach of ``signal`` for incidents of ``typ`` (None: it cannot join them)."""
    return REACH.get((signal, typ))


def classify(item: Item) -> tuple[Signal | None, str]:
    """The signal of ``item`` through the vocabulary and, when there is none, why."""
    if item.feed == MIRROR_FEED:
        return None, REASON_MIRROR
    got = categorize(item.feed, item.category, item.text)
    return device_said(item, got.signal), got.reason


def device_said(item: Item, signal: Signal | None) -> Signal | None:
    """``signal`` as the device's own word on why it went offline changes it
    (``common.vocabulary.OFFLINE_REASON_SIGNALS``): an offline device saying its mains failed
    (``mains_power_lost``) is a word of lost power, the power cut's evidence (``power_loss``),
    not its link's nor a gateway's; one under maintenance is planned works, no fault."""
    if signal is Signal.DEVICE_OFFLINE:
        return offline_signal(item.reason)
    return signal


def _check() -> None:
    for sig, roles in EVIDENCE.items():
        for typ, role in roles.items():
            r = REACH.get((sig, typ))
            if r is None:
                raise AssertionError(f"no reach for {sig} in {typ}")
            if role is Role.SUPPORTS and r.extends:
                raise AssertionError(f"supporting {sig} extends {typ}")
    extra = set(REACH) - {(s, t) for s, roles in EVIDENCE.items() for t in roles}
    if extra:
        raise AssertionError(f"reach without a role: {sorted(extra)}")


_check()
