"""The correlator: groups alerts and events from several agencies into incidents.

Sans-I/O: no clock, no database, no broker. The caller offers items with
:meth:`Correlator.feed` (``now`` passed in), calls :meth:`Correlator.tick` at or
after :meth:`Correlator.next_deadline`, and persists the :data:`Change` values
both return. Same inputs in the same order give the same incidents, so the
service rebuilds its state after a restart by replaying its log.

How an item is placed (vocabulary in :mod:`common.vocabulary`, numbers in
:mod:`ops_center.policies`, rules in ``docs/ops_center.md``):

1. A key seen before is a :class:`Duplicate`. An observed time after ``now``
   (a clock running ahead) or hours before it (a clock set to another zone) is read
   as ``now``; one long before ``now`` (a slow clock, late news) counts as current
   when it arrived (see :func:`ops_center.measures._gap`).
2. Continuity: a follow-up (``follows``) joins the incident of the report it
   follows (unless an agency's follow-up names a job of another type, the report having
   joined an incident begun elsewhere: it opens that job; a police follow-up written at
   a second scene, each scene with 119 crews of its own far apart, joins that scene's
   job); a device's later message
   (back online, restored, a fault) joins the incident its latest earlier message is
   in, except a device's own failure within minutes of other devices' failures in an
   infrastructure job: that job (a gateway that drops blinds a flooded pond's sensor
   with the rest).
3. The signal of the item (:func:`common.vocabulary.categorize`); none → :class:`LeftOut`
   with the vocabulary's reason, unless it is a citizen's call filed under the catch-all
   category that one live job explains, at the caller's place or on the road it names
   (:mod:`ops_center.unread`). A device reporting its own failure next to, and
   within minutes of, another device's failure joins that failure's incident (one
   cause: a power cut); a camera's or a caller's report of a dark signal at a junction
   whose controller's loss of power an infrastructure job holds joins that job.
4. Every open incident the signal can join is *scored* by how well it explains
   the item: distance in metres from the incident's area (a flood's area is the
   line along its evidence), time outside the incident's evidence span, type
   compatibility (the reach's weight) and the same device. An incident of the
   item's own type wins over one it only supports (for traffic, one holding the
   same kind of report first; a crash joins none begun well before it without a
   crash); the best score wins; an item
   of the own type that fits several floods merges them (recorded). A sighting of a
   subject that drives on (a wrong-way driver, a vehicle burning as it drives) also
   fits the incident of its latest sighting when the subject could have driven there
   since; a crash report saying a car came the wrong way is such a sighting, and the
   crash job at its scene is the driver's. A slow-down on a road that nothing near it explains fits the incidents on
   that road begun before it, up to a queue's length along the road; failing those,
   the incidents holding a road closure in force near it (the closure's detour).
   A citizen's question about a closure or a queue that names a road fits, failing
   all these, the job on that road (:data:`~ops_center.policies.NAMED_ROAD_M`).
5. Nothing fits: *strong* evidence opens an incident of its own type (a sensor
   alarm, an agency report that opens or confirms, a 119 dispatch, a citizen's
   call that its agency acts on at once: :data:`~ops_center.policies.ONE_CALL`, a
   camera's crash detection), with the waiting
   reports it confirms; other evidence waits (:class:`Pending`) until an incident that
   explains it appears, or two independent items of the same type close in
   space and time confirm each other and open one (a cluster of citizen calls,
   a camera confirmed by a report), or the wait ends and it is left out with
   :data:`~ops_center.policies.REASON_NO_ANCHOR` (a citizen's call filed under the
   catch-all category is read then as an unread call, :mod:`ops_center.unread`).

An incident goes ``quiet`` when ``now`` passes its evidence span plus its
window plus the lateness grace (and at least one grace period after its last
item arrived): it lives as long as its evidence keeps coming, and a
coordinator may close it at any time.

This module holds the :class:`Correlator` (its state, the entry points, classification
and the internals); its steps live beside it, each a function taking the correlator as
``self`` and bound as one of its methods: scoring in :mod:`ops_center.fitting`, moving
subjects in :mod:`ops_center.tracks`, placement, areas and deadlines in
:mod:`ops_center.placement`, waiting items and opening in :mod:`ops_center.waiting`,
road closures and their detours in :mod:`ops_center.detours`, a citizen's question
about the closure on a road it names in :mod:`ops_center.questions`, a citizen's call
the center cannot classify in :mod:`ops_center.unread`.
The change records are in :mod:`ops_center.changes`, the working state and shared
constants in :mod:`ops_center.correlation_state`, distances and pairwise rules in
:mod:`ops_center.measures`; all are pure.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Collection, Mapping
from dataclasses import replace

import shapely

from common.lexicon import Cue, cues
from common.vocabulary import (
    EVIDENCE,
    Categorized,
    PermitStatus,
    Signal,
    StatusReason,
    categorize,
    category,
    own_type,
    said,
)
from ops_center import (
    camera_stalls,
    crowd_jobs,
    detours,
    far_sightings,
    fitting,
    fuel_trails,
    load_trails,
    permit_versions,
    placement,
    planned_cuts,
    questions,
    relink,
    reordered,
    repeat_calls,
    smoke_drift,
    smoke_grid,
    tracks,
    unread,
    waiting,
    works_overrun,
)
from ops_center.changes import (
    Change,
    Duplicate,
    Joined,
    LeftOut,
    Merged,
    Opened,
    Pending,
    Quieted,
    Withdrawn,
)
from ops_center.correlation_state import (
    _CCTV,
    _CHAIN,
    _CITIZEN,
    _CLOSURE_SIG,
    _CONTEXT,
    _CRASH_SIG,
    _CRIME_SIG,
    _CROWD,
    _CROWD_SIG,
    _DEVICE_STATE,
    _ENDS_SIG,
    _FIRE,
    _HAZMAT_SIG,
    _INFRA,
    _MISSING_SIG,
    _NOISE,
    _OBSTRUCTION_SIG,
    _OFFLINE,
    _OPEN,
    _POWER,
    _RESCUE,
    _RESCUE_SIG,
    _SIGNAL_OF,
    _SLOWDOWN,
    _TEXTS_MAX,
    _UNREAD,
    _VALUE,
    _WATER_REPORTS,
    _WORKS,
    PlaceLookup,
    RoadLookup,
    ZoneLookup,
    _Fit,
    _Inc,
    _no_zone,
    _Piece,
    _Wait,
    incident_id_for,
)
from ops_center.crowd_jobs import named_jobs
from ops_center.errors import UnknownIncidentError
from ops_center.incidents import (
    CapSeverity,
    Incident,
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
    Member,
    case_ref,
    check_incident_transition,
    first_evidence,
    of_case,
)

# _another_scene, _beyond_junction, _dispatch, _second_address, _says_it_explains, _gap, _new_onset,
# _spills: imported from here by the tests' plain reference correlator (test_ops_correlate_plain.py)
from ops_center.measures import (  # noqa: F401
    _NO_REACH,
    _another_fire_here,
    _another_patient,
    _another_person,
    _another_scene,
    _another_thing,
    _asks_after_kin,
    _beside_a_crash,
    _beyond_junction,
    _box_span,
    _burning_here,
    _casualty,
    _clears,
    _closed_by_hazard,
    _collapsed,
    _crime_kind,
    _dispatch,
    _dispatched_apart,
    _dispatched_to,
    _for_event,
    _from_queue,
    _gap,
    _gauges_its_water,
    _is_failure,
    _joins_floods,
    _leak_beyond_a_fire,
    _network_job,
    _new_onset,
    _one_road,
    _open_burning,
    _other_crime,
    _other_noise,
    _pours_out,
    _says_again,
    _says_it_explains,
    _second_address,
    _seg_dist,
    _someone_else_sought,
    _spills,
    _taken_ill,
    _union,
    _unseen_alarm,
    _wells_up,
    _works_closure,
)
from ops_center.policies import (
    AGENCY_FEEDS,
    DEFAULT_POLICIES,
    DISTRICT_WIDE,
    LASTING,
    LEAD_S,
    MAX_EXTENT_M,
    MIRROR_FEED,
    NAMED_ROAD_SIGNALS,
    NEEDS,
    ONSETS,
    PANEL_FEED,
    PANEL_POWER_CUT_BY,
    PANEL_WATER_IN_BY,
    PATROL_SITE_M,
    PERMIT_EFFECTS,
    POLICE_FEED,
    POLLUTION_CATEGORIES,
    QUEUE_SIGHTINGS,
    REACH,
    REASON_MAINTENANCE,
    REASON_MIRROR,
    REASON_NO_ANCHOR,
    REASON_NO_TYPE,
    REASON_PERMIT_CANCELLED,
    REASON_PLANNED_CUT,
    REASON_REGIONAL,
    REASON_REPAIR,
    REASON_ROUTINE_TRAFFIC,
    REASON_RUSH_HOUR,
    REASON_SEVERAL,
    REASON_TAKEN_BACK,
    REASON_UNRELATED,
    REGIONAL,
    REPAIR_SIGNALS,
    RETENTION_S,
    RUSH_HOUR_SIGNALS,
    SKEW_S,
    SMOKE_DRIFT_HOLD_S,
    SMOKE_SIGHTINGS,
    STRONG_FEEDS,
    STRUCK_CATEGORIES,
    WIDE_ONCE_HELD,
    Reach,
    TypePolicy,
    device_said,
)
from ops_center.searches import still_sought
from ops_center.tracks import crash_on_the_run as _on_the_run

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_PLUME_CUE = Cue.PLUME
_REOPEN_CUE = Cue.REOPEN
_UNDERPASS_CUE = Cue.UNDERPASS
_LOST_CUE = Cue.LOST_PROPERTY
#: A smell in the air that names an irritant (policies.POLLUTION_CATEGORIES).
_IRRITANT_SMELL = frozenset({Cue.AIR, Cue.PLUME})
_ABOUT_THE_DISASTER = frozenset({Cue.DISASTER, Cue.ASKING})  # a question about the quake or the storm itself
_WATER_IN_CUE = Cue.WATER_IN
_MAINS_LOST = StatusReason.MAINS_POWER_LOST
_VIOLENCE_CUE = Cue.VIOLENCE
_EVACUATION_SIG = Signal.EVACUATION
_RUSH_HOUR_CUE = Cue.RUSH_HOUR
_ROUTINE_TRAFFIC_CUE = Cue.ROUTINE_TRAFFIC
_MAINTENANCE = StatusReason.MAINTENANCE
_MAINTENANCE_CUE = Cue.MAINTENANCE
_REPAIR_CUE = Cue.BUS_STOP_REPAIR
_STRUCK_CUE = Cue.STRUCK  # a pole struck by what the job at its place is (STRUCK_CATEGORIES)
_ON_THE_ROAD_CUE = Cue.ON_THE_ROAD
_DARK_SIG = Signal.SIGNAL_FAULT
_ALARM_SIG = Signal.FIRE_ALARM
_DRY_TAPS = Signal.WATER_OUTAGE  # taps run dry: a burst main or works upstream
_FLAMES_CUE = Cue.FLAMES  # a caller sees flames where they stand (ops_center/smoke_drift.py)
_CASUALTY_SIGS = frozenset({_HAZMAT_SIG, _RESCUE_SIG})  # the signals a casualty of a gas is read as
# what says a fire job burns (or leaks), not only that an alarm went off: a crew checking an
# alarm explains no device failing around it
_SEEN_BURNING = frozenset({Signal.FIRE_REPORT.value, Signal.SMOKE.value, Signal.HAZMAT.value})


def _routine_traffic(item: Item) -> bool:
    """Whether ``item``, a slow-down, is a device's whose rule puts it down to works narrowing
    the lanes or the days off's traffic (cue ``routine_traffic``; REASON_ROUTINE_TRAFFIC). Not a
    caller's or an agency's: people who tell of a jam at the works may report works run over
    their time (858), a police job."""
    if item.agency == _CITIZEN or item.feed in AGENCY_FEEDS or not item.text:
        return False
    return _ROUTINE_TRAFFIC_CUE in cues(item.text)


def _far_camera(item: Item) -> bool:
    """Whether ``item`` is a junction camera's smoke whose words say it sees the smoke in a
    direction or far off (cue ``smoke_afar``: 北方天空, 南方, 遠處): a column over the roofs, as
    a caller sees it, not smoke at the camera's own junction."""
    return item.feed == _CCTV and far_sightings.seen_from_afar(item)


class Correlator:
    """Groups items into incidents. See the module docstring.

    ``zone_of`` maps an EPSG:3826 point to its zone and sub-area (geo's index);
    ``roads_at`` gives the roads an EPSG:3826 point lies on (geo's index; without
    it a flood's area is only the line through its evidence);
    ``road_names`` are the names of the zone's roads (geo's), by which a citizen's
    question about a closure or a queue finds the job on the road it names; given as a
    mapping, road id -> name (geo's ``road_name_of``), they also name the roads
    ``roads_at`` gives, by which a slow-down is found on the detour a closure names;
    ``places`` gives the points of the landmarks and junctions a text names (geo's
    gazetteer), from which a written report is judged as well as from where it was sent;
    ``retention_s`` is how long (in ``now`` time) keys and quiet incidents are
    remembered for de-duplication and snapshots.
    """

    def __init__(
        self,
        policies: Mapping[IncidentType, TypePolicy] = DEFAULT_POLICIES,
        *,
        zone_of: ZoneLookup = _no_zone,
        roads_at: RoadLookup | None = None,
        road_names: Collection[str] | Mapping[str, str] = (),
        places: PlaceLookup | None = None,
        retention_s: float = RETENTION_S,
    ) -> None:
        self._policies = dict(policies)
        self._zone_of = zone_of
        self._roads_at = roads_at
        names = tuple(road_names.values()) if isinstance(road_names, Mapping) else tuple(road_names)
        self._road_spellings = questions.spellings(names)
        # road id -> its name (the roads roads_at gives), when the names came by road id
        self._road_name_of: Mapping[str, str] = dict(road_names) if isinstance(road_names, Mapping) else {}
        self._road_memo: dict[tuple[float, float], tuple[tuple[str, float], ...]] = {}
        self._places = places
        self._judged_named: str | None = None  # the key of the item judged from a place it names
        # text -> the points of the places it names (bounded like the readings)
        self._named: dict[str, tuple[tuple[float, float], ...]] = {}
        # road -> open incidents of linear types whose evidence lies on it
        self._on_road: dict[str, dict[str, _Inc]] = {}
        # signals that extend an incident of a linear type (a flood follows its road)
        # signals whose agency reports follow up a job (not a sudden onset: a new crash)
        self._job_values = frozenset(_VALUE[s] for s in Signal if own_type(s) is not None and s not in ONSETS)
        self._road_signals = frozenset(
            sig for (sig, t), r in REACH.items() if r.extends and t in self._policies and self._policies[t].linear
        )
        self._retention_s = retention_s
        # cell -> incident -> its piece of area in the cell
        self._grid: dict[tuple[int, int], dict[str, _Piece]] = {}
        # cell -> the open incidents of the grid's cell that a far smoke may come from (smoke_grid)
        self._smoke_grid: dict[tuple[int, int], dict[str, _Inc]] = {}
        # cell -> quiet incidents with a piece of area in it, and each one's cells: where
        # a report of the road reopened finds a quiet job (open ones are in the grid)
        self._quiet_grid: dict[tuple[int, int], dict[str, _Inc]] = {}
        self._quiet_cells: dict[str, tuple[tuple[int, int], ...]] = {}
        self._cats: dict[tuple[str, str], Categorized] = {}
        # (feed, category) -> whether its items' text is read; (feed, category, text) -> the reading
        self._reads_text: dict[tuple[str, str], bool] = {}
        self._texts: dict[tuple[str, str, str], Categorized] = {}
        self._generic: dict[tuple[str, str], bool] = {}  # (feed, category) -> its feed's catch-all
        # signal -> (type, reach) it can join, and the largest radius (cells to look at)
        self._joins: dict[Signal, list[tuple[IncidentType, Reach]]] = {
            sig: [(t, REACH[(sig, t)]) for t in roles if t in self._policies] for sig, roles in EVIDENCE.items()
        }
        self._rmax: dict[Signal, float] = {
            sig: max((r.radius_m for _, r in js), default=0.0) for sig, js in self._joins.items()
        }
        # signal -> type -> (reach, window, sudden, radius at another site of a precise incident)
        self._fit_params: dict[Signal, dict[IncidentType, tuple[Reach, float, bool, float | None]]] = {
            sig: {
                t: (
                    r,
                    self._policies[t].window_s,
                    self._policies[t].sudden,
                    min(r.radius_m, site_m) if (site_m := self._policies[t].site_m) is not None and r.extends else None,
                )
                for t, r in js
            }
            for sig, js in self._joins.items()
        }
        self._own: dict[Signal, IncidentType | None] = {sig: own_type(sig) for sig in Signal}
        # signal -> the types whose job causes it across the signal's reach (DISTRICT_WIDE)
        self._wide: dict[Signal, frozenset[IncidentType]] = {
            sig: frozenset(t for (s, t) in DISTRICT_WIDE if s is sig) for sig in Signal
        }
        # signal -> type -> what an incident of that type must hold before the signal joins it
        self._needs: dict[Signal, dict[IncidentType, frozenset[str]]] = {}
        for (sig, typ), needed in NEEDS.items():
            self._needs.setdefault(sig, {})[typ] = frozenset(_VALUE[n] for n in needed)
        # type -> signal -> the reach of that signal to the type
        self._reach_to: dict[IncidentType, dict[Signal, Reach]] = {t: {} for t in IncidentType}
        for (sig, typ), reach in REACH.items():
            self._reach_to[typ][sig] = reach
        self._type_rmax: dict[IncidentType, float] = {
            t: max(r.radius_m for (_, tt), r in REACH.items() if tt is t) for t in self._policies
        }
        self._pending_grid: dict[tuple[int, int], dict[str, _Wait]] = {}
        # road -> waiting items of the signals that extend a flood, lying on it
        self._pending_on_road: dict[str, dict[str, _Wait]] = {}
        # cell -> recent device failures placed in incidents: (observed t, x, y, device, incident, now)
        self._failures: dict[tuple[int, int], list[tuple[float, float, float, str, str, float]]] = {}
        # gateway -> (t, source, incident, fed at) of its devices' failures (fitting.common_cause)
        self._gateway_failures: dict[str, list[tuple[float, str, str, float]]] = {}
        # device -> when it last said it went offline (the offline rule's alert follows it)
        self._went_silent: dict[str, float] = {}
        # detector -> (first, latest) observed time of its run of slow readings (fitting.slow_run)
        self._slow_runs: dict[str, tuple[float, float]] = {}
        # cell -> signal controllers whose own fault an incident holds, not back since: (x, y, incident)
        self._dark: dict[tuple[int, int], dict[str, tuple[float, float, float, str]]] = {}
        # (cell, feed, signal) -> agency reports placed in incidents: (observed t, x, y, incident)
        self._on_the_job: dict[tuple[int, int, str, str], list[tuple[float, float, float, str]]] = {}
        self._permits: dict[str, _Inc] = {}  # open planned events
        # cell -> works permits with an end, kept until OVERRUN_S after it (works_overrun)
        self._works_permits: dict[tuple[int, int], dict[str, Item]] = {}
        # power cuts the utility announced -> the devices each took that are not back yet
        self._cuts: dict[planned_cuts.PlannedCut, set[str]] = {}
        self._overruns: dict[planned_cuts.PlannedCut, _Inc] = {}  # a cut's job once it ran over
        # incident -> the police reports of road closures placed in it (see ops_center.detours)
        self._closures: dict[str, list[detours.Closure]] = {}
        # cell -> the open incidents with a closure placed in it
        self._closure_cells: dict[tuple[int, int], dict[str, None]] = {}
        # the open rescue jobs a 119 report is in (placement.crash_casualty)
        self._casualties: dict[str, _Inc] = {}
        # the fires a citizen's call of smoke seen from afar opened (far_sightings.merge_far)
        self._far_fires: dict[str, _Inc] = {}
        # road name -> the open incidents with a closure whose report names it as its detour
        self._detour_roads: dict[str, dict[str, None]] = {}
        # incident -> (observed t, x, y) of its latest sighting of a moving subject
        self._tracks: dict[str, tuple[float, float, float]] = {}
        # where and when searches found their person: (t, x, y, incident id), the latest FOUND_CARE_S
        self._found: list[tuple[float, float, float, str]] = []
        self._pending: dict[str, _Wait] = {}
        self._pending_offline: dict[str, dict[str, _Wait]] = {}  # device -> its waiting offlines
        self._smoke_held: set[str] = set()  # items waiting as a fire's smoke and the calls at them (smoke_drift)
        self._incidents: dict[str, _Inc] = {}
        # the rescue jobs of people trapped in water a flood opening takes (placement.take_water_rescues)
        self._water_rescues: dict[str, _Inc] = {}
        # incidents forgotten since release_forgotten(): a caller that stores a batch's changes
        # after feeding it can still snapshot one opened and forgotten within the batch
        # (their working state, frozen into a snapshot only when asked for)
        self._forgotten: dict[str, _Inc] = {}
        self._by_source: dict[str, str] = {}
        self._silent_in: dict[str, str] = {}  # device -> the incident holding its latest silence
        self._link_down: set[str] = set()  # devices whose latest offline was their link lost
        # source -> its take-back that came before what it takes back (ops_center/reordered.py)
        self._back_first: dict[str, Item] = {}
        self._back_keys: dict[str, str] = {}  # the key of each take-back kept -> its source
        self._late: dict[str, float] = {}  # key -> arrival of an item stamped long before it (see measures._gap)
        # key of a report not read yet -> the follow-ups read before it, placed in jobs (_gather_follow_ups)
        self._followed_by: dict[str, list[str]] = {}
        self._seen: dict[str, str | None] = {}
        self._left_out: dict[str, str] = {}
        self._held_by: dict[str, str] = {}  # an expected effect held aside -> its permit's incident
        self._heap: list[tuple[float, int, str, str]] = []
        self._counter = itertools.count()
        # types no lasting alert can hold: their deadlines only ever move later
        self._lazy_types = frozenset(self._policies) - {t for (sig, t) in REACH if sig in LASTING}

    # The correlator's steps, each a function of its module taking the correlator as
    # ``self``, bound here as methods: a call costs what a method defined here costs.
    # scoring: which open incidents explain an item (ops_center/fitting.py)
    _fits = fitting.fits
    _fits_named = fitting.fits_named
    _named_junction = fitting.named_junction
    _named_places = fitting.named_places
    _permit_fits = fitting.permit_fits
    _along = fitting.along
    _road_fits = fitting.road_fits
    _queue_fits = fitting.queue_fits
    _own_road_fits = fitting.own_road_fits
    _slow_run = fitting.slow_run
    _own_traffic = fitting.own_traffic
    _reopened = fitting.reopened
    _cells = fitting.cells
    _near = fitting.near
    _onlookers_job = fitting.onlookers_job
    _known_before = fitting.known_before
    _job_of = fitting.job_of
    _smoke_sources = smoke_grid.sources
    _common_cause = fitting.common_cause
    _dark_junction = fitting.dark_junction
    _still_dark = fitting.still_dark
    _sighted_first = fitting.sighted_first
    _smoke_seen = fitting.smoke_seen
    _plume = fitting.plume
    _burst_main = fitting.burst_main
    _dry_taps = fitting.dry_taps
    _quiet_scene = fitting.quiet_scene
    _fit_one = fitting.fit_one
    _building_job = fitting.building_job
    _road_distance = fitting.road_distance
    _evacuation = fitting.evacuation
    # cars a camera saw stop at a crash told minutes later (ops_center/camera_stalls.py)
    _stopped_by = camera_stalls.stopped_by
    # a panel's detector set off by the smoke of a fire burning beside it (ops_center/smoke_drift.py)
    _drifted = smoke_drift.drifted
    _held_beside = smoke_drift.held_beside
    _at_held_alarm = smoke_drift.at_held_alarm
    # a crowd report naming another job inside the crowd (ops_center/crowd_jobs.py)
    _named_job = crowd_jobs.named_job
    # a citizen's question about a closure or a queue (ops_center/questions.py)
    _named_road = questions.named_road
    _told_underpass = questions.told_underpass
    # a citizen's call the vocabulary reads as nothing (ops_center/unread.py)
    _unread_call = unread.unread_call
    # works that ran over their permit (ops_center/works_overrun.py)
    _remember_works = works_overrun.remember
    _draw_permits = works_overrun.draw_permits
    # a caller calling again about a job still there (ops_center/repeat_calls.py)
    _called_again = repeat_calls.called_again
    _join_again = repeat_calls.join_again
    # a permit's later version: amended or cancelled (ops_center/permit_versions.py)
    _cancelled = permit_versions.cancelled
    # a take-back delivered before what it takes back (ops_center/reordered.py)
    _remember_back = reordered.remember
    _taken_back_before = reordered.taken_back_before
    _forget_back = reordered.forget

    # subjects that drive on (ops_center/tracks.py)
    _moving = tracks.moving
    _track_fits = tracks.track_fits
    _of_missing = staticmethod(tracks.of_missing)
    _drives_on = staticmethod(tracks.drives_on)
    _wrong_way_crash = tracks.wrong_way_crash
    _found_care = tracks.found_care
    _note_found = tracks.note_found
    # a leaking tank's fuel along its road (ops_center/fuel_trails.py)
    _trail_job = fuel_trails.trail_job
    _load_job = load_trails.load_job  # a load shed along its road (ops_center/load_trails.py)

    # joining, opening, merging, areas and deadlines (ops_center/placement.py)
    _extends = placement.extends
    _member = staticmethod(placement.member)
    _join = placement.join
    _join_continuing = placement.join_continuing
    _bridge = placement.bridge
    _second_scene = placement.second_scene
    _open = placement.open_incident
    _add = placement.add
    _admit = placement.admit
    _extend = placement.extend
    _reschedule = placement.reschedule
    _schedule_eagerly = placement.schedule_eagerly
    _merge = placement.merge
    _drawn_in = placement.drawn_in
    _merge_far = far_sightings.merge_far
    _note_casualty = placement.note_casualty
    _crash_casualty = placement.crash_casualty
    _taken_back = staticmethod(placement.taken_back)
    _continuity = placement.continuity
    _corrects = placement.corrects
    _link_only = placement.link_only
    _unindex = placement.unindex
    _quiet = placement.quiet
    _unindex_area = placement.unindex_area

    # road closures and their detours (ops_center/detours.py)
    _note_closure = detours.note_closure
    _detour_fits = detours.detour_fits
    _closed_first = detours.closed_first
    _pull_detours = detours.pull_detours
    _drop_closures = detours.drop_closures

    # waiting items and clusters (ops_center/waiting.py)
    _wait = waiting.wait
    _try_cluster = waiting.try_cluster
    _pull = waiting.pull
    _drop_pending = waiting.drop_pending
    _flapped = waiting.flapped
    _strong = waiting.strong
    _racing_job = waiting.racing_job

    # power cuts the utility announced (ops_center/planned_cuts.py)
    def _announce(self, cut: planned_cuts.PlannedCut, now: float) -> None:
        self._cuts.setdefault(cut, set())
        self._forget_cuts(now)

    def _forget_cuts(self, now: float) -> None:
        """Forget the cuts that ended a retention ago: what is dark since is no overrun of theirs."""
        for old in [c for c in self._cuts if c.end < now - self._retention_s]:
            del self._cuts[old]
            self._overruns.pop(old, None)

    def _planned_cut(self, item: Item, signal: Signal | None, now: float, changes: list[Change]) -> bool:
        """Place ``item`` as an announced cut's: left out while the cut runs (what it said would
        happen), the cut's job once it ran over; False when it is neither."""
        self._forget_cuts(now)
        cut = planned_cuts.running(self._cuts, item, signal)
        if cut is not None:
            if item.source_id and signal is _ENDS_SIG:
                self._cuts[cut].discard(item.source_id)  # back as announced
            elif item.source_id:
                self._cuts[cut].add(item.source_id)
            self._leave_out(item.key, REASON_PLANNED_CUT, now, changes)
            return True
        cut = planned_cuts.overrun(self._cuts, item, signal)
        if cut is None:
            return False
        device = bool(item.source_id) and item.source_id in self._cuts[cut]
        if device and signal is _ENDS_SIG:
            self._cuts[cut].discard(item.source_id)
        job = self._overruns.get(cut)
        if job is not None and (job.state is _OPEN or (device and job.state is IncidentState.QUIET)):
            # a device the cut took reports on it until it is back, as its continuity would
            self._join_continuing(job, item, signal, now, changes)
        elif signal is not None and signal is not _ENDS_SIG:
            self._overruns[cut] = self._open(_INFRA, [(item, signal)], now, changes)  # the cut ran over
        else:
            return False
        return True

    # a coordinator's link or unlink of an item (ops_center/relink.py)
    relink = relink.relink

    # ----------------------------------------------------------------- API
    def feed(self, item: Item, now: float) -> list[Change]:
        """Offer one item at time ``now``; returns what changed (expiries first).

        A permit's issue time is an observed time the permit cannot have come before: a
        ``now`` behind it (a caller whose clock no row has set yet) is read as it, so the
        incident a permit opens is never dated before its permit was issued."""
        if item.issued_t is not None and item.issued_t > now:
            now = item.issued_t
        ahead = item.follows is not None and item.follows not in self._seen
        changes = self._place(item, now)
        if self._back_first and item.source_id in self._back_first:
            self._taken_back_before(item, now, changes)  # its take-back came first
        if ahead and self._seen.get(item.key) is not None:
            # the follow-up came before the report it follows: that report, when it comes, is its case
            self._followed_by.setdefault(str(item.follows), []).append(item.key)
        if self._followed_by:
            names = self._names(item)
            later = [k for name in names for k in self._followed_by.pop(name, ())]
            if later:
                self._gather_follow_ups(item, names, later, now, changes)
        if item.text:
            self._note_found(item, now, changes)  # a search found its person: the crews sent there are its
        if self._works_permits:
            self._draw_permits(item, now, changes)  # the works ran over, or clear the hazard placed: their permit
        if item.text and item.agency != _CITIZEN:
            self._drawn_in(item, now, changes)  # an alarm a fire's smoke set off downwind
        if self._far_fires and item.feed in AGENCY_FEEDS:
            self._merge_far(item, now, changes)  # the fire whose smoke callers saw from afar first
        if item.feed in STRONG_FEEDS:
            self._note_casualty(item)  # a rescue job 119 opened, that a crash told later may take
        elif self._casualties:
            self._crash_casualty(item, now, changes)  # the casualty 119 was sent to before the crash was told
        return changes

    def _place(self, item: Item, now: float) -> list[Change]:
        changes = self.tick(now) if self._heap and self._heap[0][0] <= now else []
        if item.key in self._seen:
            changes.append(Duplicate(item.key, self._resolve(self._seen[item.key])))
            return changes
        if item.t > now and item.ends_t is None:
            item = replace(item, t=now)  # a source clock ahead of ours: the arrival bounds it
        elif now - item.t > SKEW_S and item.ends_t is None:
            item = replace(item, t=now)  # stamped hours before it came: a clock set to another zone
        elif now - item.t > LEAD_S:
            self._late[item.key] = now  # stamped long before it came: a slow clock, or news only now
        if item.feed == MIRROR_FEED:
            self._leave_out(item.key, REASON_MIRROR, now, changes)
            return changes
        signal, reason = self._signal(item)
        signal = device_said(item, signal)  # a device offline for its mains: the power cut's
        if signal is _OFFLINE and (
            item.reason is _MAINTENANCE or (item.text and _MAINTENANCE_CUE in cues(item.text))
        ):
            self._leave_out(item.key, REASON_MAINTENANCE, now, changes)  # a stop its owner planned
            return changes
        if signal in RUSH_HOUR_SIGNALS and item.text and _RUSH_HOUR_CUE in cues(item.text):
            self._leave_out(item.key, REASON_RUSH_HOUR, now, changes)  # the daily rush: it ends by itself
            return changes
        if signal is _SLOWDOWN and _routine_traffic(item):
            self._leave_out(item.key, REASON_ROUTINE_TRAFFIC, now, changes)  # works' lanes, days off: no job's queue
            return changes
        if signal in REPAIR_SIGNALS and item.agency == _CITIZEN and item.text:
            heard = cues(item.text)
            if _REPAIR_CUE in heard and _ON_THE_ROAD_CUE not in heard:
                self._leave_out(item.key, REASON_REPAIR, now, changes)  # a bus stop's repair: no road job
                return changes
        self._slow_run(item, signal)
        if signal is _WORKS and (cut := planned_cuts.announced(item, signal)) is not None:
            self._announce(cut, now)
        if signal is _WORKS and item.ends_t is not None:
            self._remember_works(item, now)  # a permit: its works may run over (works_overrun)
        if self._cuts and self._planned_cut(item, signal, now, changes):
            return changes
        if signal is _OFFLINE and item.source_id and item.kind is not ItemKind.ALERT:
            self._went_silent[item.source_id] = item.t  # its own word: when its silence began
        if signal is _WORKS and item.t > now and _clears(item):
            item = replace(item, t=now)  # the clearing of a job's hazard is news of that job when it comes
        link = self._link_only(item, signal)  # about its device's link: the network's fault
        target = self._continuity(item, signal, link=link)
        if target is None and self._followed_by and signal is not None:
            target = self._begun_by_follow_ups(item, signal)  # its follow-ups came first: their job
        if target is not None and signal is not None and target.type is not _INFRA and _is_failure(item, signal):
            # devices failing together share a cause (a gateway, a cut cable): the outage's,
            # not the job the device's earlier readings are in
            shared = self._common_cause(item, now)
            if shared is not None and shared.type is _INFRA:
                target = shared
        if target is not None and signal is not None and item.follows is not None:
            own = self._own[signal]
            if own is not None and self._corrects(target, item, signal):
                # the agency says its report was another type's job, beside the one it joined
                self._open(own, [(item, signal)], now, changes)
                return changes
        if target is not None and self._taken_back(target, item, signal):
            # a lone device alarm its device takes back within minutes: a test or a flap
            self._withdraw(target, item, REASON_TAKEN_BACK, now, changes)
            return changes
        if (
            target is not None
            and item.permit_status is PermitStatus.CANCELLED
            and target.fixed
            and self._cancelled(target, item, now, changes)
        ):
            return changes  # a planned event its permit alone made, withdrawn
        if target is None and item.permit_status is PermitStatus.CANCELLED:
            self._leave_out(item.key, REASON_PERMIT_CANCELLED, now, changes)  # its permit never read: no event
            self._remember_back(item)  # unless the version it cancels comes after it
            return changes
        if target is not None and signal is not None and item.follows is not None:
            # a follow-up written at a second scene with its own crews: that scene's job
            target = self._second_scene(target, item, signal) or target
        if target is not None:
            self._join_continuing(target, item, signal, now, changes)
            if item.follows is not None and signal is not None:
                self._bridge(target, item, signal, now, changes)
            return changes
        if signal is _ENDS_SIG and item.source_id in self._pending_offline:
            for wait in self._flapped(item):
                # a device back before anything explained its going offline: a flap, over
                self._drop_pending(wait)
                self._leave_out(wait.item.key, REASON_TAKEN_BACK, now, changes)
        if signal is not None and _asks_after_kin(item):
            # a relative who cannot reach someone: read as a missing person (or as its category),
            # the call is first read against the jobs running, as an unread call is (the fire
            # in the building the relative lives in), and opens a search only if none explains it
            inc, _could = self._unread_call(item)
            if inc is not None:
                self._join_unread(inc, item, now, changes)
                return changes
        if signal is _RESCUE_SIG and self._found and (found := self._found_care(item)) is not None:
            self._join_continuing(found, item, signal, now, changes)  # the person the search found needs care
            return changes
        if item.text and (trail := self._trail_job(item, signal) or self._load_job(item, signal)) is not None:
            # fuel on the road along a spill's road, or a load shed along it: the lorry's trail
            if signal is None:
                self._join_unread(trail.inc, item, now, changes)
            else:
                self._join(trail, item, signal, _CHAIN, now, changes)
            return changes
        if signal is None:
            if item.feed == PANEL_FEED and item.text and _WATER_IN_CUE in cues(item.text):
                hit = self._building_job(item, PANEL_WATER_IN_BY)  # the flood reached the panel's building
                if hit is not None:
                    self._join_continuing(hit, item, None, now, changes)
                    return changes
            if reason == REASON_UNRELATED and item.agency == _CITIZEN and self._unread(item):
                inc, could = self._unread_call(item)  # what the center cannot classify is still evidence
                if inc is not None:
                    self._join_unread(inc, item, now, changes)
                    return changes
                if could:
                    reason = REASON_SEVERAL
            if item.agency == _CITIZEN and (again := self._called_again(item, None)) is not None:
                self._join_again(again, item, None, now, changes)  # the caller calls about it again
                return changes
            self._leave_out(item.key, reason, now, changes)
            return changes
        if not self._joins[signal]:
            reason = REASON_REGIONAL if signal in REGIONAL else REASON_NO_TYPE
            self._leave_out(item.key, reason if signal is not _ENDS_SIG else REASON_NO_ANCHOR, now, changes)
            if signal is _ENDS_SIG:
                self._remember_back(item)  # a reset or restore its own alarm may come after
            return changes
        own = self._own[signal]
        value = _VALUE[signal]
        if _is_failure(item, value):
            shared = self._common_cause(item, now)
            if shared is not None and (shared.type is not _FIRE or bool(shared.signals & _SEEN_BURNING)):
                fit = self._fit_one(shared, item, signal)
                if fit is None:
                    d = min((_seg_dist(item.x, item.y, sg) for sg in shared.segs), default=0.0)
                    fit = _Fit(shared, REACH.get((signal, shared.type), _NO_REACH), 0.0, d, 0.0)
                self._join(fit, item, signal, _CONTEXT, now, changes)
                return changes
        elif signal is _DARK_SIG and self._dark and item.feed not in AGENCY_FEEDS:
            dark = self._dark_junction(item)  # the junction a power cut darkened: the cut's job
            if dark is not None:
                self._join(dark, item, signal, _CONTEXT, now, changes)
                return changes
        if signal is _DARK_SIG and self._dark and (dark := self._still_dark(item)) is not None:
            self._join(dark, item, signal, _CONTEXT, now, changes)  # the junction is still dark: its job
            return changes
        if self._smoke_held and item.agency == _CITIZEN and (held := self._at_held_alarm(item, signal)) is not None:
            if _FLAMES_CUE in cues(item.text):
                # a caller sees flames at the building whose alarm is held as a fire's smoke: its own fire
                self._drop_pending(held)
                self._open(_FIRE, [(held.item, held.signal), (item, signal)], now, changes)
            else:  # held with the alarm: what crews sent there find, or the fire's smoke with it
                self._wait(item, signal, own, now, changes, wait_s=max(0.0, held.deadline - now), beside=held.beside)
            return changes
        if self._places is not None and item.text:
            fits, said_at = self._fits_named(item, signal)
            # judged where its text says it is (a landmark, a junction): it extends no area, as
            # neither where it was sent nor the landmark's point says where the hazard is
            self._judged_named = item.key if said_at is not None else None
            if said_at is None and signal is _CRASH_SIG and len(fits) > 1:
                fits = self._named_junction(item, signal, fits)  # the crash at the junction named
        else:
            fits, self._judged_named = self._fits(item, signal), None
        if fits and signal is _SLOWDOWN and self._slow_runs:
            # a detector slow before the job began, on another road: its own traffic
            fits = [f for f in fits if not self._own_traffic(item, f.inc)]
        if fits and link:
            fits = [f for f in fits if f.inc.type is _INFRA]  # a link lost is the network's, no hazard's
        elif fits and signal not in _DEVICE_STATE:
            fits = [f for f in fits if not _network_job(f.inc)]  # nor is a hazard the network's
        if fits and signal is _OFFLINE and _is_failure(item, value):
            # no other device failed with it: an outage's devices fail together, and one
            # falling silent alone minutes later is a flap of its own, no outage's
            fits = [f for f in fits if f.inc.type is not _INFRA]
        if self._permits and (signal in PERMIT_EFFECTS or _for_event(item, signal)):
            fits.extend(self._permit_fits(item, signal, {f.inc.incident_id for f in fits}))
        if fits and _closed_by_hazard(item, signal):
            fits = [f for f in fits if f.inc.type is not _CROWD]  # closed for a fire or water: no audience's
        if signal is _SLOWDOWN and len(fits) > 1 and self._closures:
            fits = self._closed_first(item, fits)  # nothing gets past a closed road: its queue
        if fits and signal is _NOISE and item.text:
            # a noise naming its own source (a building site, karaoke) is no crowd's, no racing gang's
            fits = [f for f in fits if not _other_noise(item, signal, f.inc)]
        elif fits and signal is _CLOSURE_SIG and item.text:
            fits = [f for f in fits if not _works_closure(item, signal, f.inc.type)]  # the works' lanes
        if signal is _OBSTRUCTION_SIG and self._tracks and self._moving(item):
            fits = self._track_fits(item, signal, fits)
        elif signal is _CRASH_SIG and self._tracks and _on_the_run(item):
            # the wrong-way driver crashed, or nearly hit the caller: a sighting of it too
            if self._wrong_way_crash(item, signal, fits, now=now, changes=changes):
                return changes
        elif signal in SMOKE_SIGHTINGS and self._tracks:
            fits = self._track_fits(item, signal, fits, _FIRE)  # a burning vehicle drove on
        elif self._tracks and (signal is _MISSING_SIG or (signal is _RESCUE_SIG and self._of_missing(item))):
            fits = self._track_fits(item, signal, fits, _RESCUE)  # the missing person walked on
        if fits and (signal is _MISSING_SIG or (signal is _RESCUE_SIG and self._of_missing(item))):
            fits = [f for f in fits if not _another_person(item, f.inc)]  # a child is not the elder sought
            if signal is _MISSING_SIG:
                fits = still_sought(item, fits)  # a person missing after the finding is another's
        elif fits and signal is _OBSTRUCTION_SIG and item.agency == _CITIZEN and not self._moving(item):
            # a tree down beyond a crash's scene, a signboard beyond a fallen tree's: jobs of their own
            fits = [f for f in fits if not _beside_a_crash(item, f) and not _another_thing(item, f)]
        if self._on_road and signal in self._road_signals:
            fits = self._road_fits(item, signal, fits)
        if fits and signal is _SLOWDOWN and self._roads_at is not None:
            fits = self._own_road_fits(item, signal, fits)  # the queue of what blocks its own road
        if (
            not fits
            and self._roads_at is not None
            and (signal is _SLOWDOWN or (signal is _CRASH_SIG and _from_queue(item) and not _says_again(item)))
        ):
            # nothing where it was seen explains it (a detector, a driver stuck in it, one asking
            # about the crash ahead): a blockage down its road may; not a crash in the queue
            # the caller says happened again (塞車又追撞了): a crash of its own behind the first
            on = self._along(item.x, item.y)
            if on:
                fits = self._queue_fits(item, signal, on)
        if not fits and signal is _SLOWDOWN and self._closures:
            fits = self._detour_fits(item, signal)  # a road closed near it sends its traffic this way
        if fits and signal is _SLOWDOWN:
            fits = [f for f in fits if not _unseen_alarm(f.inc)]  # an alarm nobody saw burn closes no road
        burning = signal in SMOKE_SIGHTINGS and _open_burning(item, signal)
        if burning:
            # the caller names a source beside them: a fire explains it only at its scene
            fits = [f for f in fits if f.distance <= 0.5 * f.reach.radius_m]
        if fits and _burning_here(item, signal):
            # grass, a lot or a vehicle burning where the caller is: not a building's fire beyond its scene
            fits = [f for f in fits if not _another_fire_here(item, signal, f.inc, f.distance, f.reach.radius_m)]
        if signal is _RESCUE_SIG and fits:
            if _collapsed(item):
                # someone taken ill (collapsed, not breathing) or stuck in a lift beside another job: its own;
                # nor a search's, unless it is the person sought
                sought = self._of_missing(item)
                fits = [f for f in fits if f.inc.type is own and (sought or not _someone_else_sought(item, f.inc))]
            elif any(f.inc.type is not own and f.distance <= 0.5 * f.reach.radius_m for f in fits):
                # a casualty at another job's scene is that job's, not the ill person's beside it
                fits = [f for f in fits if f.inc.type is not own or not _taken_ill(f.inc)]
            if fits and _dispatched_to(item) is not None:
                # two patients, or a patient and a lift's people, are two jobs
                fits = [f for f in fits if f.inc.type is not own or not _another_patient(item, f.inc)]
        if (
            item.text
            and not any(f.inc.type is _CROWD and not f.inc.planned for f in fits)
            and (watched := self._onlookers_job(item, signal)) is not None
        ):
            # come to watch a job: its crowd, before an event nobody reports working yet could
            # take it by its place; a crowd job worked there takes the crowd it manages
            self._join(watched, item, signal, _CONTEXT, now, changes)
            return changes
        # a caller hearing a fight (吵架, 打起來) files it under noise: a fight filed under crowding
        fight_heard = signal is _NOISE and item.agency == _CITIZEN and _crime_kind(item) is _VIOLENCE_CUE
        if (signal is _CROWD_SIG or fight_heard) and item.text and (named := self._named_job(item)) is not None:
            # crowd control making room for an ambulance, a fight filed under crowding: that job's
            self._join(named[0], item, named[1], _CONTEXT, now, changes)
            return changes
        if (
            (signal is _CROWD_SIG or fight_heard)
            and item.text
            and _crime_kind(item) is _VIOLENCE_CUE
            and _CRIME_SIG in named_jobs(item.text)
        ):
            # a fight filed under crowding or noise with no fight job yet: a crime report waiting
            # for its own job (the patrol's report), not the crowd's, nor a theft's case beside it
            self._wait(item, _CRIME_SIG, self._own[_CRIME_SIG], now, changes)
            self._try_cluster(item, _CRIME_SIG, now, changes)
            return changes
        if signal is _CROWD_SIG and fits:
            # people sent out of a fire, or pouring out of a burning building, gather
            # outside it: its evacuees, before an audience
            out = bool(item.text) and _pours_out(item)
            evacuees = [f for f in fits if f.inc.evacuated or (out and f.inc.type is _FIRE)]
            if evacuees:
                self._join(max(evacuees, key=lambda f: (f.fit, -f.inc.seq)), item, signal, _CONTEXT, now, changes)
                return changes
        if fits and signal is _HAZMAT_SIG and item.agency == _CITIZEN:
            # a smell of gas beyond a fire's site: a leak of its own, not the fire's
            site = self._policies[_FIRE].site_m or 0.0
            fits = [f for f in fits if not _leak_beyond_a_fire(f, site)]
        same = [f for f in fits if f.inc.type is own]
        if same and signal in SMOKE_SIGHTINGS and item.agency == _CITIZEN and not burning:
            same = self._sighted_first(item, same)
        if same:
            # where the type covers several kinds of job, a report joins the job of its kind
            best = (
                same[0]
                if len(same) == 1
                else max(
                    same,
                    key=lambda f: (self._policies[f.inc.type].kinds and value in f.inc.signals, f.fit, -f.inc.seq),
                )
            )
            # whether it shows the floods to be one is read before it joins one of them (its
            # source is then that flood's)
            bridges = (
                len(same) > 1
                and self._policies[best.inc.type].linear
                and best.reach.extends
                and _joins_floods(item, same)
            )
            self._join(best, item, signal, _CHAIN, now, changes)
            if bridges:
                for other in sorted((f.inc for f in same if f.inc is not best.inc), key=lambda i: i.seq):
                    survivor, absorbed = (best.inc, other) if best.inc.seq < other.seq else (other, best.inc)
                    if _box_span(_union(survivor.box, absorbed.box)) > MAX_EXTENT_M and not _one_road(
                        survivor.roads, absorbed.roads
                    ):
                        continue  # two floods this far apart stay two incidents, unless along one road
                    if absorbed.state is _OPEN and survivor.state is _OPEN:
                        changes.append(self._merge(absorbed, survivor, item.key, now))
                        best = replace(best, inc=survivor)
            elif self._wide[signal] and best.inc.state is _OPEN:
                wide = self._wide[signal]
                cause = max(
                    (f for f in fits if self._causes_wide(f.inc, signal, wide) and f.inc.state is _OPEN),
                    key=lambda f: (f.fit, -f.inc.seq),
                    default=None,
                )
                if cause is not None:
                    # the dry taps were an outage of their own until the burst main was known
                    changes.append(self._merge(best.inc, cause.inc, item.key, now))
                    best = replace(best, inc=cause.inc)
            if best.inc.segs and best.inc.members[-1].anchor:
                self._pull(best.inc, now, changes)
            return changes
        if own is not None and item.feed in AGENCY_FEEDS and signal not in ONSETS:
            job = self._job_of(item, value, own)
            if job is not None and not (
                (signal is _CRIME_SIG and _other_crime(job, _crime_kind(item)))
                or (signal is _RESCUE_SIG and _another_patient(item, job))
            ):
                # the agency reports on the job it works, however long the work took
                self._join_continuing(job, item, signal, now, changes)
                return changes
        if own is not None and signal not in _DEVICE_STATE:
            # evidence of its own kind of hazard joins another kind only at its scene, and
            # never a planned event: an event explains its audience, not emergencies
            wide = self._wide[signal]
            fits = [
                f
                for f in fits
                if (f.distance <= 0.5 * f.reach.radius_m or self._causes_wide(f.inc, signal, wide)) and not f.inc.fixed
            ]
        if (
            signal in PERMIT_EFFECTS
            and any(f.inc.planned for f in fits)
            and any(f.inc.type is _FIRE and not f.inc.planned for f in fits)
        ):
            # the fire crews' engines beside a planned event slow the traffic, close the car
            # park's gate: an event explains its audience's effects, not those of a fire beside it
            fits = [f for f in fits if not f.inc.planned]
        if signal is _EVACUATION_SIG and any(f.inc.type is _FIRE for f in fits):
            # people sent out of a hall or a market are sent out by the fire (or the leak) in it:
            # the fire's job, not that of the crowd the event around it brought
            fits = [f for f in fits if f.inc.type is not _CROWD or f.inc.planned]
        if fits and signal is _OFFLINE:
            # a device that falls silent at a fire's or a flood's scene is the hazard's (burnt,
            # drowned); beyond the scene, with no word of its mains, it is its own (a battery, its link)
            fits = [f for f in fits if f.inc.type is _INFRA or f.distance <= 0.5 * f.reach.radius_m]
        if fits:
            best = max(fits, key=lambda f: (f.fit, -f.inc.seq))
            self._join(best, item, signal, _CONTEXT, now, changes)
            return changes
        if signal is _CROWD_SIG:
            evacuated = self._evacuation(item, signal)  # the people evacuated from around a leak
            if evacuated is not None:
                self._join(evacuated, item, signal, _CONTEXT, now, changes)
                return changes
        if signal in SMOKE_SIGHTINGS and not burning and (item.agency == _CITIZEN or _far_camera(item)):
            seen = self._smoke_seen(item)
            if seen is not None and not _another_fire_here(item, signal, seen.inc, seen.distance, 0.0):
                self._join(seen, item, signal, _CONTEXT, now, changes)
                return changes
        if signal in SMOKE_SIGHTINGS and item.feed == POLICE_FEED:
            seen = self._smoke_seen(item, r=PATROL_SITE_M)  # a patrol reports from the site's gate
            if seen is not None:
                self._join(seen, item, signal, _CONTEXT, now, changes)
                return changes
        if (signal is _HAZMAT_SIG and item.agency == _CITIZEN and _PLUME_CUE in cues(item.text)) or (
            signal in _CASUALTY_SIGS and _casualty(item)
        ):
            # an irritant smelled, or breathed by a casualty, downwind of a release or a fire
            plume = self._plume(item, signal)
            if plume is not None:
                self._join(plume, item, signal, _CONTEXT, now, changes)
                return changes
        if item.text and (racing := self._racing_job(item, signal)) is not None:
            self._join(racing, item, signal, _CONTEXT, now, changes)  # the gang the others hear racing
            return changes
        if signal in _WATER_REPORTS and _wells_up(item):
            main = self._burst_main(item)  # water welling up at a caved-in road: the main broke
            if main is not None:
                self._join(main, item, signal, _CONTEXT, now, changes)
                return changes
        if signal is _DRY_TAPS and (dry := self._dry_taps(item, signal)) is not None:
            # the taps stay dry until the main is repaired: the callers calling again are its job's
            self._join(dry, item, signal, _CONTEXT, now, changes)
            return changes
        if item.feed in AGENCY_FEEDS and _REOPEN_CUE in said(item.feed, item.category, item.text):
            ended = self._reopened(item, signal)
            if ended is not None:
                self._join(ended, item, signal, _CONTEXT, now, changes)
                return changes
        ahead = signal is _CRASH_SIG and _from_queue(item) and not _says_again(item)
        if (signal in NAMED_ROAD_SIGNALS or ahead) and item.agency == _CITIZEN and self._road_spellings and item.text:
            # a question about the closure on the road it names; a caller stuck in the queue
            # telling of a crash ahead on the road it names: the crash job there
            asked = self._named_road(item, signal, own if ahead else None)
            if asked is not None:
                self._join(asked, item, signal, _CONTEXT, now, changes)
                return changes
        if (
            signal in _WATER_REPORTS
            and item.agency == _CITIZEN
            and item.text
            and _UNDERPASS_CUE in cues(item.text)
            and (told := self._told_underpass(item, signal)) is not None
        ):
            # the flooded underpass the call names, asked about or told of from afar: it extends no area
            self._join_again(told.inc, item, signal, now, changes)
            return changes
        if item.key in self._late and (scene := self._quiet_scene(item, signal, own)) is not None:
            # delivered late: what was seen then at the scene of a job gone quiet since
            self._join(scene, item, signal, _CONTEXT, now, changes)
            return changes
        if (signal is _POWER and (item.feed == PANEL_FEED or item.reason is _MAINS_LOST)
                and (hit := self._building_job(item, PANEL_POWER_CUT_BY))
                and not _gauges_its_water(hit, item)):
            # no outage takes it: the fire or the flood at its building cut the panel's (the device's) mains
            self._join_continuing(hit, item, signal, now, changes)
            return changes
        if signal is _ALARM_SIG and item.feed == PANEL_FEED and (drift := self._drifted(item)) is not None:
            # the smoke of the fire beside it, unless crews are sent to its building meanwhile
            self._wait(item, signal, own, now, changes, wait_s=SMOKE_DRIFT_HOLD_S, beside=drift.inc.incident_id)
            return changes
        if (
            own is not None
            and item.agency == _CITIZEN
            and self._strong(item, signal, own)
            and (again := self._called_again(item, signal, opens=True)) is not None
        ):
            self._join_again(again, item, signal, now, changes)  # still there: the job it called about
            return changes
        if own is not None and self._strong(item, signal, own):
            # it opens by itself; the waiting reports it confirms open with it (the earliest seeds)
            alone = _Wait(item, signal, own, (0, 0), now)
            if not self._try_cluster(item, signal, now, changes, alone=alone):
                self._open(own, [(item, signal)], now, changes)
            return changes
        self._wait(item, signal, own, now, changes)
        self._try_cluster(item, signal, now, changes)
        return changes

    def tick(self, now: float, most: int | None = None, through: float | None = None) -> list[Change]:
        """Apply every deadline at or before ``now`` (quiet incidents, expire waiting items).

        ``most``: apply at most that many deadlines and leave the rest for the next call
        with the same ``now`` (:meth:`next_deadline` says whether some are left). Every
        deadline is applied at ``now`` whatever the call that reaches it, so a tick taken
        in pieces, with nothing else in between, decides and dates what the whole one
        does: a caller can spread a tick over a long gap across units of its loop.
        ``through``: apply only the deadlines at or before it (a piece of
        :meth:`tick_piece` replayed).
        """
        changes: list[Change] = []
        heap = self._heap
        limit = now if through is None else min(now, through)
        left = -1 if most is None else most
        while heap and heap[0][0] <= limit and left != 0:
            left -= 1
            self._apply(heapq.heappop(heap), now, changes)
        return changes

    def tick_piece(self, now: float, most: int) -> tuple[list[Change], float | None]:
        """A piece of the tick at ``now``: at least ``most`` deadlines (fewer when fewer are due),
        then every other one at the last one's time; returns the changes and that time
        (``None``: nothing was due). ``tick(now, through=that time)`` on a correlator holding
        the same incidents and waiting items applies the same deadlines, so a piece can be
        logged and replayed whatever else the replaying correlator's heap holds (the keys it
        forgets); the pieces, with nothing in between, do what the whole tick does."""
        changes: list[Change] = []
        heap = self._heap
        last: float | None = None
        while heap and heap[0][0] <= now and (most > 0 or heap[0][0] == last):
            most -= 1
            entry = heapq.heappop(heap)
            last = entry[0]
            self._apply(entry, now, changes)
        return changes, last

    def _apply(self, entry: tuple[float, int, str, str], now: float, changes: list[Change]) -> None:
        """One deadline of the heap, taken off it, applied at ``now``."""
        deadline, _, kind, ident = entry
        heap = self._heap
        if kind == "incident":
            inc = self._incidents.get(ident)
            if inc is not None and inc.state is _OPEN:
                if inc.deadline == deadline:
                    self._quiet(inc, now)
                    changes.append(Quieted(ident))
                elif inc.lazy and deadline < inc.deadline:
                    # its deadline moved on since this entry: the entry moves with it
                    heapq.heappush(heap, (inc.deadline, inc.dseq, kind, ident))
        elif kind == "pending":
            wait = self._pending.get(ident)
            if wait is not None and wait.deadline == deadline:
                self._drop_pending(wait)
                self._expire(wait, now, changes)
        elif kind == "forget_incident":
            self._forget_incident(ident)
        elif self._seen.get(ident, "") is None and ident not in self._pending:
            del self._seen[ident]
            self._late.pop(ident, None)
            self._left_out.pop(ident, None)
            self._held_by.pop(ident, None)
            if self._back_keys:
                self._forget_back(ident)

    def _names(self, item: Item) -> tuple[str, ...]:
        """How a follow-up read before ``item`` names it: by its key, or, when none of its case
        was stored as the follow-up was read, by its case (:func:`ops_center.incidents.case_ref`;
        not for an update of its own case, which is no report the case began with)."""
        if not item.source_id or (item.follows is not None and of_case(item.follows, item.feed, item.source_id)):
            return (item.key,)
        return (item.key, case_ref(item.feed, item.source_id))

    def _begun_by_follow_ups(self, item: Item, signal: Signal) -> _Inc | None:
        """The job that follow-ups of ``item`` read before it began at its scene and that went
        quiet, when it is the job ``item`` opens (its own type): ``item`` is their report and
        continues it, as they would have continued the report's job read in order, however long
        ago it went quiet (a 119 case's ``on_scene`` and ``closed`` published before its dispatch:
        the fire they opened went quiet with the case closed an hour later, and the dispatch is
        that fire's). An open one the report's placement finds by what it says, and the job it is
        placed in gathers it (:meth:`_gather_follow_ups`)."""
        own = self._own[signal]
        if own is None:
            return None
        names = self._names(item)
        for name in names:
            for key in self._followed_by.get(name, ()):
                inc = self._incidents.get(self._resolve(self._seen.get(key)) or "")
                if inc is None or inc.type is not own or inc.state is not IncidentState.QUIET:
                    continue
                seed = inc.members[0]
                if seed.item.follows not in names or (sig := _SIGNAL_OF.get(seed.signal)) is None:
                    continue  # a job begun by other evidence: the report is placed by what it says
                r = REACH.get((sig, own))
                if r is not None and math.hypot(seed.item.x - item.x, seed.item.y - item.y) <= 0.5 * r.radius_m:
                    return inc
        return None

    def _gather_follow_ups(
        self, item: Item, names: tuple[str, ...], later: list[str], now: float, changes: list[Change]
    ) -> None:
        """The report ``item`` came after follow-ups of it (``later``, placed before it was read):
        an open job one of them began at the report's scene (half the follow-up's reach to the
        report's job; a signal the crash's pole took down, a road closed for the collapse's
        rescue, read before the report they name) is the report's case, and is merged with the
        job the report was placed in (the younger into the older), unless 119 sent crews to
        each at its own address."""
        home = self._incidents.get(self._resolve(self._seen.get(item.key)) or "")
        if home is None or home.state is not _OPEN:
            return
        for key in later:
            inc = self._incidents.get(self._resolve(self._seen.get(key)) or "")
            if inc is None or inc is home or inc.state is not _OPEN:
                continue
            seed = inc.members[0]
            if seed.item.follows not in names or (sig := _SIGNAL_OF.get(seed.signal)) is None:
                continue  # a job begun by other evidence: placed by what it says
            r = REACH.get((sig, home.type))
            if r is None or math.hypot(seed.item.x - item.x, seed.item.y - item.y) > 0.5 * r.radius_m:
                continue  # its follow-up written at a second scene: that scene's job
            if _dispatched_apart(inc, home) or _dispatched_apart(home, inc):
                continue  # 119 sent crews to each at its own address: two jobs
            absorbed, survivor = (inc, home) if home.seq < inc.seq else (home, inc)
            changes.append(self._merge(absorbed, survivor, item.key, now))
            home = survivor

    def next_deadline(self) -> float | None:
        """The earliest time at which :meth:`tick` has something to do, if any."""
        return self._heap[0][0] if self._heap else None

    def snapshot(self, incident_id: str) -> Incident:
        """A frozen view of one incident (a merged one keeps ``merged_into``), also of one
        forgotten since the last :meth:`release_forgotten`."""
        inc = self._incidents.get(incident_id)
        if inc is None:
            inc = self._forgotten.get(incident_id)
            if inc is None:
                raise UnknownIncidentError(incident_id)
        if inc.edited:
            return relink.edited_snapshot(self, inc)
        n = len(inc.members)
        cx, cy = (inc.sx / n, inc.sy / n) if n else (0.0, 0.0)
        if inc.state is IncidentState.MERGED or n == 0:
            hull: tuple[tuple[float, float], ...] = ()
        else:
            geom = shapely.convex_hull(shapely.multipoints(inc.hull_pts))
            hull = tuple((float(x), float(y)) for x, y in shapely.get_coordinates(geom))
            inc.hull_pts = list(dict.fromkeys(hull))
        return Incident(
            incident_id=inc.incident_id,
            type=inc.shown or inc.type,
            state=inc.state,
            members=tuple(inc.members),
            severity=inc.severity,
            agencies=frozenset(inc.agencies),
            first_evidence_t=first_evidence(inc.members, inc.first_t),
            last_evidence_t=inc.last_t,
            opened_at=inc.opened_at,
            updated_at=inc.updated_at,
            centroid=(cx, cy),
            hull=hull,
            zone=self._zone_of(cx, cy),
            merges=tuple(inc.merges),
            merged_into=inc.merged_into,
            # withdrawn while the taken-back alarm is all it holds (a late report may join it since)
            withdrawn=inc.withdrawn and n == 1,
            planned=inc.planned,
            held=tuple(inc.held),
        )

    def incident_ids(self, *, state: IncidentState | None = None) -> list[str]:
        """Ids of the incidents held, optionally only those in ``state``, oldest first."""
        incs = sorted(self._incidents.values(), key=lambda i: i.seq)
        return [i.incident_id for i in incs if state is None or i.state is state]

    def where(self, item_key: str) -> str | None:
        """The incident holding ``item_key`` now (after merges), or None."""
        return self._resolve(self._seen.get(item_key))

    def left_out(self) -> dict[str, str]:
        """Item keys left out (still remembered) and their reasons."""
        return dict(self._left_out)

    def explained_by(self, item_key: str) -> str | None:
        """The planned event's incident that holds ``item_key`` aside as its expected effect
        (left out as ``expected_of_event``), or None."""
        return self._held_by.get(item_key)

    def pending_keys(self) -> list[str]:
        """Keys of items still waiting for an incident."""
        return list(self._pending)

    def as_job(self, incident_id: str) -> tuple[CapSeverity, int] | None:
        """``incident_id``'s severity and how many members it holds, while it is a live job to
        route: open, no planned event nobody works yet, not withdrawn (as its snapshot would
        say); None otherwise, and for an incident not held. Cheap (no snapshot): the service
        asks after every item, so an incident that was a job at any moment of a batch is
        routed as that job even when the batch's later rows quieted or merged it."""
        inc = self._incidents.get(incident_id)
        if inc is None or inc.state is not _OPEN or inc.planned or (inc.withdrawn and len(inc.members) == 1):
            return None
        return inc.severity, len(inc.members)

    def open_window_size(self) -> int:
        """Number of items in open incidents plus waiting ones (the "open window")."""
        n = sum(len(i.members) for i in self._incidents.values() if i.state is _OPEN)
        return n + len(self._pending)

    def close(self, incident_id: str, now: float) -> None:
        """A coordinator closed the incident: it accepts no more evidence, and it is forgotten
        at once (its snapshot stays readable until :meth:`release_forgotten`). Nothing of it is
        held after its closure, so a replay that starts after its evidence rebuilds the same
        (the replay log's prune does not keep a closed incident's entries: ops_center.log_window)."""
        inc = self._incidents.get(incident_id) or self._forgotten.get(incident_id)
        if inc is None:
            raise UnknownIncidentError(incident_id)
        was_open = inc.state is _OPEN
        inc.state = check_incident_transition(incident_id, inc.state, IncidentState.CLOSED)
        inc.updated_at = now
        if was_open:
            self._unindex(inc)
        self._forget_incident(incident_id)

    def dispatched(self, incident_id: str, now: float) -> list[Change] | None:
        """A coordinator dispatched an agency to the incident: a planned event nobody works yet
        becomes a job, as when a report of its work joins it. What its permit held aside joins
        it (in the order it came, :class:`Joined` via ``pulled``: the changes returned) and its
        expected effects join it from then on. None, and nothing changed, for any other
        incident and one not held (forgotten, closed, merged). The decision is the
        coordinator's, not the evidence's: the service logs it in the replay log at the
        correlator time ``now`` it applied it, and a replay applies it there, so the
        correlator rebuilds to the same state."""
        inc = self._incidents.get(incident_id)
        if inc is None or not inc.planned or inc.state not in {_OPEN, IncidentState.QUIET}:
            return None
        changes: list[Change] = []
        inc.planned = False
        inc.updated_at = now
        placement.release_held(self, inc, now, changes)
        return changes

    def rebuilt_from(self, keys: Collection[str]) -> list[str]:
        """The incidents held (open or quiet) whose every member is one of ``keys``: what a
        replay rebuilt of an incident from part of its evidence (its first entries pruned)."""
        ids = {self._resolve(self._seen.get(k)) for k in keys}
        return sorted(i for i in ids if i is not None and (inc := self._incidents.get(i)) is not None
                      and inc.state in (_OPEN, IncidentState.QUIET) and all(m.item.key in keys for m in inc.members))

    # ------------------------------------------------------- classification
    def _signal(self, item: Item) -> tuple[Signal | None, str]:
        ck = (item.feed, item.category)
        got = self._cats.get(ck)
        if got is None:
            got = self._table(ck)
        if item.text and self._reads_text[ck]:
            # the text reader reads each text (an empty one reads as the category alone)
            tk = (item.feed, item.category, item.text)
            read = self._texts.get(tk)
            if read is None:
                if len(self._texts) >= _TEXTS_MAX:
                    self._texts.clear()
                read = self._texts[tk] = categorize(item.feed, item.category, item.text)
            got = read
        return got.signal, got.reason

    def _table(self, ck: tuple[str, str]) -> Categorized:
        """What the vocabulary's table says of a (feed, category), and whether its items'
        text is read too (remembered: the pairs are few)."""
        got = self._cats[ck] = categorize(*ck)
        self._reads_text[ck] = got.rule != "table" or (
            got.category is not None and bool(got.category.generic or got.category.words)
        )
        return got

    def _expire(self, wait: _Wait, now: float, changes: list[Change]) -> None:
        """Nothing explained the waiting item: left out, unless it is a citizen's call the
        operator could not file (the catch-all category) that one live job explains."""
        reason = REASON_NO_ANCHOR
        if wait.beside is not None:
            # no crew sent to its building, its panel not reset: the smoke of the fire beside it
            drift = self._drifted(wait.item) or self._held_beside(wait.item, wait.beside)
            if drift is not None:
                # placed when its hold ended, however late the tick that reaches it
                self._join(drift, wait.item, wait.signal, _CONTEXT, wait.deadline, changes)
                return
        if wait.signal is _OBSTRUCTION_SIG and self._roads_at is not None and self._sees_queue(wait.item):
            stopped = self._stopped_by(wait.item)  # the crash or breakdown told minutes after the cars stopped
            if stopped is not None:
                self._join(stopped, wait.item, wait.signal, _CONTEXT, now, changes)
                return
            # no second source saw a blockage of its own there: the cars a camera saw
            # stopped on the road are the queue of the one job down that road
            on = self._along(wait.item.x, wait.item.y)
            queue = self._queue_fits(wait.item, _SLOWDOWN, on) if on else []
            if len(queue) == 1:
                self._join(queue[0], wait.item, wait.signal, _CONTEXT, now, changes)
                return
        if wait.item.agency == _CITIZEN and self._unread(wait.item):
            inc, could = self._unread_call(wait.item)
            if inc is not None:
                self._join_unread(inc, wait.item, now, changes)
                return
            if could:
                reason = REASON_SEVERAL
        if wait.item.agency == _CITIZEN and (again := self._called_again(wait.item, wait.signal)) is not None:
            self._join_again(again, wait.item, wait.signal, now, changes)  # the caller calls about it again
            return
        self._leave_out(wait.item.key, reason, now, changes)

    def _unread(self, item: Item) -> bool:
        """Whether ``item`` is a call filed under its feed's catch-all that a job may explain
        (:mod:`ops_center.unread`): not one about a thing found or lost (cue
        ``lost_property``: the lost-property desk's, no job's), nor one asking about the
        disaster itself (cues ``disaster`` and ``asking``: answered on the phone, no job's); or a
        pollution complaint smelling an irritant, or a streetlight's call saying its pole was
        struck (:data:`STRUCK_CATEGORIES`: what struck it is the job at its place)."""
        if self._catch_all(item):
            return not (item.text and (_LOST_CUE in (said := cues(item.text)) or said >= _ABOUT_THE_DISASTER))
        if not item.text:
            return False
        if self._filed_as(item, POLLUTION_CATEGORIES):
            return cues(item.text) >= _IRRITANT_SMELL
        return self._filed_as(item, STRUCK_CATEGORIES) and _STRUCK_CUE in cues(item.text)

    def _filed_as(self, item: Item, categories: frozenset[tuple[str, str]]) -> bool:
        """Whether ``item``'s category is one of ``categories`` ((feed, code) of the vocabulary):
        a pollution complaint's (:data:`POLLUTION_CATEGORIES`), a streetlight's (:data:`STRUCK_CATEGORIES`)."""
        cat = category(item.feed, item.category)
        return cat is not None and (item.feed, cat.code) in categories

    def _catch_all(self, item: Item) -> bool:
        """Whether ``item``'s category is its feed's catch-all (the call could not be filed)."""
        key = (item.feed, item.category)
        got = self._generic.get(key)
        if got is None:
            cat = category(*key)
            got = self._generic[key] = cat is not None and cat.generic
        return got

    def _sees_queue(self, item: Item) -> bool:
        """Whether ``item`` is a camera's detection of cars stopped on the road
        (:data:`~ops_center.policies.QUEUE_SIGHTINGS`, its category read by the vocabulary)."""
        cat = category(item.feed, item.category)
        return cat is not None and (item.feed, cat.code) in QUEUE_SIGHTINGS

    def _join_unread(self, inc: _Inc, item: Item, now: float, changes: list[Change]) -> None:
        """Put the unread call ``item`` in ``inc`` as context: no area, no evidence span (see
        :mod:`ops_center.unread`)."""
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=0.0)
        dt = _gap(item, inc, self._policies[inc.type], self._late.get(item.key))
        member = Member(item, _UNREAD, _CONTEXT, False, inc.members[0].item.key, d, dt, now)
        self._admit(inc, member, now, changes, extends=False)

    # ------------------------------------------------------------ internals
    def _causes_wide(self, inc: _Inc, signal: Signal, wide: frozenset[IncidentType]) -> bool:
        """Whether ``inc`` causes evidence ``signal`` across the signal's whole reach
        (:data:`~ops_center.policies.DISTRICT_WIDE`; for the pairs of
        :data:`~ops_center.policies.WIDE_ONCE_HELD`, only once it holds such evidence)."""
        if inc.type not in wide:
            return False
        return (signal, inc.type) not in WIDE_ONCE_HELD or _VALUE[signal] in inc.signals

    def _push(self, at: float, kind: str, ident: str) -> None:
        heapq.heappush(self._heap, (at, next(self._counter), kind, ident))

    def _resolve(self, incident_id: str | None) -> str | None:
        while incident_id is not None:
            inc = self._incidents.get(incident_id)
            if inc is None or inc.merged_into is None:
                return incident_id
            incident_id = inc.merged_into
        return None

    def _withdraw(self, inc: _Inc, item: Item, reason: str, now: float, changes: list[Change]) -> None:
        """``item`` takes back the job of ``inc`` (its device's reset, its permit's cancellation):
        ``item`` is left out with ``reason``, the incident goes quiet and is withdrawn once."""
        self._leave_out(item.key, reason, now, changes)
        was_withdrawn, inc.withdrawn = inc.withdrawn, True
        if inc.state is _OPEN:
            self._quiet(inc, now)
            changes.append(Quieted(inc.incident_id))
        if not was_withdrawn:
            changes.append(Withdrawn(inc.incident_id, item))

    def _leave_out(self, key: str, reason: str, now: float, changes: list[Change]) -> None:
        self._seen[key] = None
        self._left_out[key] = reason
        self._push(now + self._retention_s, "forget_key", key)
        changes.append(LeftOut(key, reason))

    def _unindex_quiet(self, incident_id: str) -> None:
        for key in self._quiet_cells.pop(incident_id, ()):
            entries = self._quiet_grid[key]
            del entries[incident_id]
            if not entries:
                del self._quiet_grid[key]

    def release_forgotten(self, most: int | None = None) -> bool:
        """Drop the snapshots of incidents forgotten since the last call (see :meth:`snapshot`);
        ``most``: at most that many (freeing a whole replay's worth takes time). True while
        some are left."""
        if most is None:
            self._forgotten.clear()
            return False
        forgotten = self._forgotten
        for _ in range(min(most, len(forgotten))):
            forgotten.popitem()
        return bool(forgotten)

    def _forget_incident(self, incident_id: str) -> None:
        if incident_id not in self._incidents or self._incidents[incident_id].merged_into is not None:
            return  # unknown, or merged since it went quiet (a rekindle): its survivor forgets it
        for ident in (incident_id, *self._incidents[incident_id].absorbed):
            if ident in self._incidents:
                self._forgotten[ident] = self._incidents[ident]
        inc = self._incidents.pop(incident_id)
        self._tracks.pop(incident_id, None)
        self._water_rescues.pop(incident_id, None)
        self._far_fires.pop(incident_id, None)
        self._unindex_quiet(incident_id)
        for old in inc.absorbed:
            self._incidents.pop(old, None)
        for m in inc.members:
            self._seen.pop(m.item.key, None)
            self._late.pop(m.item.key, None)
            if m.item.follows is not None and m.item.follows in self._followed_by:
                self._followed_by.pop(m.item.follows)  # its report, never read, is forgotten with it
            src = m.item.source_id
            if src and self._by_source.get(src) == incident_id:
                del self._by_source[src]
            if src and self._silent_in.get(src) == incident_id:
                del self._silent_in[src]


__all__ = [
    "Change",
    "Correlator",
    "Duplicate",
    "ItemKind",
    "Joined",
    "LeftOut",
    "Merged",
    "Opened",
    "Pending",
    "PlaceLookup",
    "Quieted",
    "RoadLookup",
    "Withdrawn",
    "ZoneLookup",
    "incident_id_for",
]
