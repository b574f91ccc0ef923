"""Distances, spans and gaps of one item against one incident, and the yes/no rules the
correlator applies to such a pair (pure functions, no correlator state).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from common.lexicon import Cue, cues, read
from common.vocabulary import CaseStatus, ParkingState, Signal, StatusReason, category, own_type
from ops_center.correlation_state import (
    _CCTV,
    _CITIZEN,
    _CLOSURE_SIG,
    _CROWD,
    _FAILURE_FEEDS,
    _FAILURE_VALUES,
    _FIRE,
    _FLOOD,
    _INFRA,
    _NOISE,
    _OBSTRUCTION_SIG,
    _PARKING,
    _ROAD_JOBS,
    _SIGNAL_FAULT,
    _TRAFFIC,
    _VALUE,
    _WORKS,
    _Fit,
    _Inc,
    _Seg,
)
from ops_center.incidents import (
    IncidentType,
    Item,
    ItemKind,
)
from ops_center.policies import (
    AGENCY_FEEDS,
    DISPATCH_APART_M,
    DISPATCH_FEED,
    DISPATCH_KINDS,
    FLOOD_AT_M,
    HOLD_MAX_S,
    JUNCTION_M,
    LEAD_S,
    ONSETS,
    PATIENT_CAUSE_CUES,
    QUEUE_SIGHTINGS,
    RACING_TYPE,
    ROAD_EXTENT_M,
    SAME_PATIENT_S,
    SCENE_DISPATCH_KINDS,
    SECOND_SCENE_M,
    SLOW_BEFORE,
    SMOKE_SIGHTINGS,
    STALL_SEEN_S,
    WATCH_SITES,
    Reach,
    TypePolicy,
)

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_ANOTHER_CRASH_CUE = Cue.ANOTHER_CRASH
_DISPATCHED_CUE = Cue.DISPATCHED
_COLLAPSE_CUE = Cue.COLLAPSE
_TAKEN_ILL_CUE = Cue.TAKEN_ILL
_RESCUED_CUE = Cue.RESCUED
_SUBJECTS = frozenset({Cue.CHILD, Cue.ELDER})  # whom a search is for (_another_person)
_MISSING_VALUE = Signal.MISSING_PERSON.value
_AMBULANCE = "ambulance"  # the 119 category of an ambulance sent to a patient
_FIRST_RECORD = frozenset({None, CaseStatus.DISPATCHED})  # a 119 case's dispatch, not its crews' updates
_KIN_CUE = Cue.KIN
_ASKING_AFTER_CUE = Cue.ASKING_AFTER
_PERSON_VALUES = frozenset({_MISSING_VALUE, Signal.RESCUE.value})  # reports naming whom a job is for
_RESCUE_TYPE = IncidentType.RESCUE
_CRASH_VALUE = Signal.TRAFFIC_ACCIDENT.value  # the crash signal, and the lexicon's topic of it
_OBSTRUCTION_VALUE = Signal.OBSTRUCTION.value
_THINGS = frozenset({Cue.TREE, Cue.SIGNBOARD, Cue.HOARDING})  # what lies in the road (_another_thing)
_TREE_CUE = Cue.TREE
_LIFT_CUE = Cue.LIFT
_DRAIN_CUE = Cue.DRAIN
_ENGINES_CUE = Cue.ENGINES
_CARPARK_CLOSED_CUE = Cue.CARPARK_CLOSED
_CLOSED_BY_HAZARD_CUE = Cue.CLOSED_BY_HAZARD
_CLOSED_CARPARK = ParkingState.CLOSED
_CLEARING_CUE = Cue.CLEARING
_EVACUATION_CUE = Cue.EVACUATION
_EVACUATION_OVER_CUE = Cue.EVACUATION_OVER
_NOISE_SOURCE_CUE = Cue.NOISE_SOURCE
_REVVING_CUE = Cue.REVVING
_RACING_CUE = Cue.RACING
_NOISE_JOBS = frozenset({IncidentType.CROWD, IncidentType.PUBLIC_SAFETY})
_OPEN_BURNING_CUE = Cue.OPEN_BURNING
_HERE_CUES = frozenset({Cue.GRASS_BURNING, Cue.VEHICLE_BURNING})  # what burns where a caller is
_POURING_OUT_CUE = Cue.POURING_OUT
_SEEN_BURNING_CUE = Cue.SEEN_BURNING
_SMOKE_CAME_CUE = Cue.SMOKE_CAME
_SPILL_CUE = Cue.SPILL
_WATCH_SITE_CUE = Cue.WATCH_SITE
_WELLING_CUE = Cue.WELLING
_LINK_LOST_CUE = Cue.LINK_LOST
_POWER_LOST_CUE = Cue.POWER_LOST
_COMMS_LOST = StatusReason.COMMS_LOST
_MAINS_LOST = StatusReason.MAINS_POWER_LOST
_STATE_VALUES = frozenset({Signal.ENDS.value, Signal.DEVICE_OFFLINE.value})  # a device's state messages
_OFFLINE_VALUE = Signal.DEVICE_OFFLINE.value
_WORKS_CUE = Cue.WORKS
_FOR_EVENT_CUE = Cue.FOR_EVENT
_THEFT_CUE = Cue.THEFT
_VIOLENCE_CUE = Cue.VIOLENCE
_CRIME = Signal.CRIME.value
_GAUGE_VALUES = frozenset({Signal.FLOOD_DEPTH.value, Signal.WATER_LEVEL.value})  # a water gauge's readings
_SEEN_FIRST_HAND = frozenset({*AGENCY_FEEDS, _CCTV})  # a crew's or a camera's report: the scene as it is now


def _seg_dist(x: float, y: float, s: _Seg) -> float:
    x1, y1, x2, y2 = s
    dx, dy = x2 - x1, y2 - y1
    ll = dx * dx + dy * dy
    if ll == 0.0:
        return math.hypot(x - x1, y - y1)
    u = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / ll))
    return math.hypot(x - x1 - u * dx, y - y1 - u * dy)


def _hold_end(inc: _Inc) -> float:
    """Until when the lasting alerts of ``inc`` keep its evidence current."""
    return max(inc.holding.values()) + HOLD_MAX_S if inc.holding else -math.inf


def _gap(item: Item, inc: _Inc, policy: TypePolicy, arrived: float | None = None) -> float:
    """Seconds between ``item`` and the evidence span of ``inc`` (inf: before a sudden onset).

    While a lasting alert of the incident holds, its evidence is as recent as the item
    (``live_t`` is the later of the last evidence, the end of the holding alerts and the
    arrival of late evidence). An item stamped long before it ``arrived`` may carry a
    slow clock: before the incident it counts as observed as late as its arrival. A
    detector's slow-down stamped before a sudden hazard (:data:`SLOW_BEFORE`) was there
    before it."""
    t = item.t
    if t >= inc.first_t:
        return t - inc.live_t if t > inc.live_t else 0.0
    lead = inc.first_t - (arrived if arrived is not None and arrived > t else t)
    if lead <= 0.0 or t >= inc.arrivals_t:
        return 0.0  # within the span, or a planned event's audience arriving before its start
    return math.inf if policy.sudden and (lead > LEAD_S or _slow_before(item)) else lead


def _slow_before(item: Item) -> bool:
    """Whether ``item`` is an alert the center's rules stamp only after minutes of its
    condition (:data:`SLOW_BEFORE`): stamped before a sudden hazard, it was there before it."""
    return item.kind is ItemKind.ALERT and item.category in SLOW_BEFORE


#: The signals whose text decides which types they may explain (:func:`_says_it_explains`).
_TOLD = frozenset({_PARKING, _WORKS})


def _says_it_explains(item: Item, signal: Signal, typ: IncidentType) -> bool:
    """Whether what ``item`` says lets it explain an incident of ``typ``. A parking report:
    a fire only when its text says the engines are kept out (:attr:`~common.lexicon.Cue.ENGINES`)
    or the car park's entrance is closed (its state ``closed``, or its text says so:
    :attr:`~common.lexicon.Cue.CARPARK_CLOSED`; the job at its door closed it); a flood only
    when its entrance is closed. A works permit: a job
    other than an infrastructure one only when it says it clears a hazard
    (:attr:`~common.lexicon.Cue.CLEARING`: the fallen tree's removal, the drain dug out)."""
    if signal is _PARKING:
        if typ is not _FIRE and typ is not _FLOOD:
            return True
        if _closed_carpark(item):
            return True
        said = cues(item.text)
        return _CARPARK_CLOSED_CUE in said or (typ is _FIRE and _ENGINES_CUE in said)
    if signal is _WORKS and typ is not _INFRA:
        return _clears(item)
    return True


def _closed_carpark(item: Item) -> bool:
    """Whether ``item`` is a car park's own word that its entrance is shut (state ``closed``)."""
    cat = category(item.feed, item.category)
    return cat is not None and cat.code == _CLOSED_CARPARK and item.feed == "parking"


def _closed_by_hazard(item: Item, signal: Signal) -> bool:
    """Whether ``item`` is a car park's own notice that it is closed (:func:`_closed_carpark`)
    naming a fire or water at it (:attr:`~common.lexicon.Cue.CLOSED_BY_HAZARD`: 火警, 積水 ...):
    the hazard's effect, which no crowd's job (an event's audience) explains."""
    return signal is _PARKING and bool(item.text) and _closed_carpark(item) and _CLOSED_BY_HAZARD_CUE in cues(item.text)


def _clears(item: Item) -> bool:
    """Whether a works permit ``item`` says it clears a hazard (:attr:`~common.lexicon.Cue.CLEARING`)."""
    return bool(item.text) and _CLEARING_CUE in cues(item.text)


def _union(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple[float, ...]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _box_span(box: tuple[float, ...]) -> float:
    """Diagonal of a bounding box (0 when empty)."""
    if box[0] > box[2]:
        return 0.0
    return math.hypot(box[2] - box[0], box[3] - box[1])


def _span_with(box: tuple[float, float, float, float], x: float, y: float) -> float:
    """Diagonal of ``box`` grown to hold (x, y)."""
    bx0, by0, bx1, by1 = box
    w = (x if x > bx1 else bx1) - (x if x < bx0 else bx0)  # max(bx1, x) - min(bx0, x), without the calls
    h = (y if y > by1 else by1) - (y if y < by0 else by0)
    return math.hypot(w, h)


def _one_road(a: Mapping[str, tuple[float, float]], b: Mapping[str, tuple[float, float]]) -> bool:
    """Whether two spans along roads (road -> (from, to) metres) lie on one road within
    :data:`ROAD_EXTENT_M` of its length together: one flood following that road."""
    for road, (lo, hi) in b.items():
        have = a.get(road)
        if have is not None and max(hi, have[1]) - min(lo, have[0]) <= ROAD_EXTENT_M:
            return True
    return False


def _source_of(item: Item) -> str:
    return item.source_id or item.key


def _network_job(inc: _Inc) -> bool:
    """Whether ``inc`` is a network's outage: an infrastructure job holding only its devices'
    state messages, every silence among them its link's (a gateway that stopped answering).
    It is the contractor's job and explains no hazard at its place: a stalled car that one of
    its cameras saw is the crash's, the water its sensors measured the flood's."""
    if inc.type is not _INFRA or not inc.signals <= _STATE_VALUES or _OFFLINE_VALUE not in inc.signals:
        return False
    link = False
    for m in inc.members:
        if m.signal != _OFFLINE_VALUE:
            continue
        said = cues(m.item.text)
        if m.item.reason is _MAINS_LOST or _POWER_LOST_CUE in said:
            return False  # a device without mains: a power cut's, which darkens what it reaches
        link = link or m.item.reason is _COMMS_LOST or _LINK_LOST_CUE in said
    return link


def _is_failure(item: Item, signal: str | None) -> bool:
    """Whether ``item`` is a device reporting its own failure (not a camera or a person
    reporting a dark signal)."""
    return bool(item.source_id) and signal in _FAILURE_VALUES and item.feed in _FAILURE_FEEDS


_NO_REACH = Reach(0.0, 0.0, False)
_POURING_OUT = frozenset({_EVACUATION_CUE, _POURING_OUT_CUE})
_SPILLS = frozenset({_WATCH_SITE_CUE, _SPILL_CUE})
_SPREAD_CUES = frozenset({Cue.SPREADING, Cue.STRETCH})


def _open_burning(item: Item, signal: Signal) -> bool:
    """Whether ``item`` is a caller saying someone burns something beside them (joss
    paper, rubbish, a barbecue: :attr:`~common.lexicon.Cue.OPEN_BURNING`): smoke at the
    caller's place, not a fire seen from afar."""
    if signal not in SMOKE_SIGHTINGS or item.agency != _CITIZEN or not item.text:
        return False
    return _OPEN_BURNING_CUE in cues(item.text)


def _burning_here(item: Item, signal: Signal) -> frozenset[Cue]:
    """What a caller says burns where they are (:data:`_HERE_CUES`: grass, brush or a vacant
    lot, :attr:`~common.lexicon.Cue.GRASS_BURNING`; a vehicle,
    :attr:`~common.lexicon.Cue.VEHICLE_BURNING`): a fire at that place, which a building's
    fire farther off does not explain (see :func:`_another_fire_here`). Empty for anything
    else than a citizen's report of fire or smoke."""
    if signal not in SMOKE_SIGHTINGS or item.agency != _CITIZEN or not item.text:
        return frozenset()
    return cues(item.text) & _HERE_CUES


def _another_fire_here(item: Item, signal: Signal, inc: _Inc, distance: float, radius: float) -> bool:
    """Whether the fire the caller says burns where they are (:func:`_burning_here`) is another
    fire than ``inc``'s: it lies beyond ``inc``'s scene (half the reach ``radius``) and none of
    ``inc``'s reports speaks of the same thing burning (a kitchen fire, a lab fire, a plant's
    sludge building beside grass or a scooter burning: another crew)."""
    if distance <= 0.5 * radius:
        return False
    said = _burning_here(item, signal)
    if not said:
        return False
    return not any(m.item.text and not said.isdisjoint(cues(m.item.text)) for m in inc.members)


def _pours_out(item: Item) -> bool:
    """Whether a crowd report says people pour out of a building (the lexicon's cues
    ``evacuation`` or ``pouring_out``), not that they go back in (``evacuation_over``): a
    burning building's evacuees."""
    said = cues(item.text)
    return not said.isdisjoint(_POURING_OUT) and _EVACUATION_OVER_CUE not in said


_SLOWDOWN_TOPIC = Signal.TRAFFIC_SLOWDOWN.value  # the lexicon's topics of the signals
_HAZMAT_TOPIC = Signal.HAZMAT.value
_RESCUE_TOPIC = Signal.RESCUE.value


def _beside_a_crash(item: Item, fit: _Fit) -> bool:
    """Whether a citizen's report of a thing blocking the road (a fallen tree, a lorry broken
    down), whose text names no crash, lies beyond the scene (half the reach) of the traffic
    job ``fit`` holds, a job holding a crash: the caller stands at what they report, so it
    is another thing in the road, a clearance or a tow of its own, not the crashed vehicles."""
    if fit.inc.type is not _TRAFFIC or _CRASH_VALUE not in fit.inc.signals:
        return False
    if fit.distance <= 0.5 * fit.reach.radius_m:
        return False
    return not (item.text and any(topic == _CRASH_VALUE for topic, _ in read(item.text).topics))


def _leak_beyond_a_fire(fit: _Fit, site_m: float) -> bool:
    """Whether a citizen's smell of gas lies beyond the site (``site_m``, the fire type's
    one site) of the fire job ``fit`` holds, a job holding no report of a leak: a resident
    smelling gas in the next block, 170-250 m from a burning flat or a hall's fire alarm,
    reports a leak of its own, the gas company's and a hazmat crew's, not the engines'."""
    return fit.inc.type is _FIRE and _HAZMAT_TOPIC not in fit.inc.signals and fit.distance > site_m


def _another_thing(item: Item, fit: _Fit) -> bool:
    """Whether a citizen's report of a thing blocking the road names a tree, a signboard or a
    hoarding (cues ``tree``, ``signboard``, ``hoarding``) where the obstruction reports of
    the traffic job ``fit`` holds name only others, beyond its scene (half the reach): a
    signboard blown into the scooter lane 145 m from a fallen tree is its owner's job, not
    the parks crew's. False when either names no such thing (障礙物, 東西掉在路上)."""
    if fit.inc.type is not _TRAFFIC or fit.distance <= 0.5 * fit.reach.radius_m or not item.text:
        return False
    said = cues(item.text) & _THINGS
    if not said:
        return False
    named: set[Cue] = set()
    for m in fit.inc.members:
        if m.signal == _OBSTRUCTION_VALUE and m.item.text:
            named |= cues(m.item.text) & _THINGS
    return bool(named) and said.isdisjoint(named)


def _from_queue(item: Item) -> bool:
    """Whether a citizen's report also says the caller is stuck in a queue (its text reads
    as a slow-down too: 完全不動, 塞到, 回堵): the caller stands where a queue reached and
    tells, or asks, of what blocks the road ahead, not of a scene in front of them."""
    return (
        item.agency == _CITIZEN
        and bool(item.text)
        and any(topic == _SLOWDOWN_TOPIC for topic, _ in read(item.text).topics)
    )


def _casualty(item: Item) -> bool:
    """Whether a report is of someone taken ill by a gas or a chemical (its text reads as a
    hazardous release and as a casualty: 吸入刺激性氣體 ... 送醫): the casualty is where the
    gas reached them, which may be far downwind of the release."""
    if not item.text:
        return False
    topics = {topic for topic, _ in read(item.text).topics}
    return _HAZMAT_TOPIC in topics and _RESCUE_TOPIC in topics


def _collapsed(item: Item) -> bool:
    """Whether a rescue report says someone was taken ill (collapsed, fainted, not breathing,
    resuscitated: the lexicon's cue ``collapse``; chest pain or a fall at home, cue
    ``taken_ill``, unless the crews brought them out of a hazard, cue ``rescued``) or is
    stuck in a lift (cue ``lift``): an ambulance's or the rescue crew's job of its own,
    whatever other job runs beside them."""
    if not item.text:
        return False
    said = cues(item.text)
    return _COLLAPSE_CUE in said or _LIFT_CUE in said or (_TAKEN_ILL_CUE in said and _RESCUED_CUE not in said)


def _subject(item: Item) -> frozenset[Cue]:
    """Whom a report of a missing person names: a child, an elder (cues ``child``, ``elder``),
    both (the elder's daughter calling, 阿公的女兒) or neither."""
    return cues(item.text) & _SUBJECTS if item.text else frozenset()


def _other_person(one: Item, other: Item) -> bool:
    """Whether two reports of a person lost or in need each name one person, a child and an
    elder (:func:`_subject`)."""
    said = _subject(one)
    return len(said) == 1 and len(named := _subject(other)) == 1 and said != named


def _another_person(item: Item, inc: _Inc) -> bool:
    """Whether a report of a missing person, or of one found, names only a child where the
    rescue job ``inc`` is for an elder, or the other way round (:func:`_subject`; the job's
    person is the one its first missing-person or rescue report naming one person names): a
    child lost at the museum is not the old man with dementia sought in the park beside it,
    two searches with two descriptions broadcast."""
    if inc.type is not _RESCUE_TYPE or len(_subject(item)) != 1:
        return False
    for m in inc.members:
        if m.signal in _PERSON_VALUES and len(_subject(m.item)) == 1:
            return _other_person(item, m.item)
    return False


def _asks_after_kin(item: Item) -> bool:
    """Whether the citizen's call ``item`` says no more than that a person of the caller's
    cannot be reached, or is in that building (cues ``kin`` and ``asking_after``: 我朋友住八樓，
    聯絡不到他; 我家人還在A區8樓，電話打不通): its text reads as nothing (its category alone
    gave its signal), or as a missing person by the very words that say so (聯絡不到), not
    by a person lost or wandering (走散, 失智: a search's)."""
    if item.agency != _CITIZEN or not item.text:
        return False
    said = cues(item.text)
    if _KIN_CUE not in said or _ASKING_AFTER_CUE not in said:
        return False
    reading = read(item.text)
    if reading.topic is None:
        return True
    return len(reading.topics) == 1 and reading.topic == _MISSING_VALUE and _ASKING_AFTER_CUE in cues(reading.phrase)


#: What says a fire job is more than a crew sent to check an alarm: a fire seen (a report of
#: fire, smoke or a leak) or a road closed for it.
_SEEN_OR_CLOSED = frozenset({Signal.FIRE_REPORT.value, Signal.SMOKE.value, Signal.HAZMAT.value, _CLOSURE_SIG.value})


def _unseen_alarm(inc: _Inc) -> bool:
    """Whether ``inc`` is a fire job nobody has seen burning: its alarms and their panels'
    messages, and no report of fire, smoke or a leak, no caller or camera outside seeing it and
    no road closed for it. A crew checking an alarm closes no road, so the traffic slowing
    beside it is not its queue (an earthquake sets off panels and stops the traffic at once)."""
    return inc.type is _FIRE and not inc.sighted and inc.signals.isdisjoint(_SEEN_OR_CLOSED)


def _two_people_sought(one: _Inc, other: _Inc) -> bool:
    """Whether the rescue jobs ``one`` and ``other`` are searches for two people, a child and
    an elder (:func:`_another_person` of ``one``'s first report naming one person against
    ``other``): two descriptions broadcast, two searches, whatever a follow-up of one says."""
    if one.type is not _RESCUE_TYPE or other.type is not _RESCUE_TYPE:
        return False
    for m in one.members:
        if m.signal in _PERSON_VALUES and len(_subject(m.item)) == 1:
            return _another_person(m.item, other)
    return False


def _someone_else_sought(item: Item, inc: _Inc) -> bool:
    """Whether ``inc`` is a search (it holds a missing-person report) for a person the rescue
    report ``item`` does not name (:func:`_subject`: it names no child or elder the search's
    reports name): a fan who fainted in the queue is not the lost boy broadcast on the plaza.
    The caller's check that ``item`` says nothing of a person missing (``tracks.of_missing``)
    comes first: the sought person found collapsed is the search's."""
    sought: frozenset[Cue] = frozenset()
    search = False
    for m in inc.members:
        if m.signal == _MISSING_VALUE:
            search = True
            sought |= _subject(m.item)
    return search and not (sought & _subject(item))


def _taken_ill(inc: _Inc) -> bool:
    """Whether ``inc`` is the job of someone taken ill or stuck in a lift: it was opened by
    such a report (:func:`_collapsed`)."""
    return bool(inc.members) and _collapsed(inc.members[0].item)


def _smoke_came(item: Item) -> bool:
    """Whether a citizen's report of fire or smoke says the smoke reached them from a fire
    elsewhere (smelled, drifting in) without saying they see a fire burn
    (the lexicon's cues ``smoke_came`` and ``seen_burning``)."""
    if item.agency != _CITIZEN or not item.text:
        return False
    said = cues(item.text)
    return _SMOKE_CAME_CUE in said and _SEEN_BURNING_CUE not in said


def _spills(item: Item) -> bool:
    """Whether ``item``, a report of water (not the site's own sensor), says a site built
    to fill ran over: it names the site and the water coming out of it
    (the lexicon's cues ``watch_site`` and ``spill``)."""
    if not item.text or item.site in WATCH_SITES:
        return False
    return cues(item.text) >= _SPILLS


def _spreads(item: Item, *, alone: bool = False) -> bool:
    """Whether ``item`` says its flood's water spreads along the street from where it was
    (the lexicon's cue ``spreading``: 也開始淹, 蔓延, 流過來) or, unless ``alone``, lies over
    a whole stretch of it (cue ``stretch``: 整條, 整段, 一路). Alone, a report far along the
    road must say the water came from the flood: a stretch under water there may be
    another low point's."""
    if not item.text:
        return False
    return Cue.SPREADING in cues(item.text) if alone else not _SPREAD_CUES.isdisjoint(cues(item.text))


def _joins_floods(item: Item, fits: Sequence[_Fit]) -> bool:
    """Whether ``item``, which fits all of the floods of ``fits``, shows them to be one: a
    camera's, an agency's or a sensor's report of water that lies at none of them (farther
    than :data:`~ops_center.policies.FLOOD_AT_M` from each one's evidence), a sensor new to
    them and not a detention pond's (:data:`~ops_center.policies.WATCH_SITES`: a pond built to
    fill rises with the rain whatever the road between does). Read before ``item`` joins any
    of them (its source is then that flood's). A report at one flood's place is news of that
    job, whatever else it fits: the crew at the second low point reporting its water says
    nothing of the road between. A
    caller never does: a caller stands anywhere near what they report, and their words (the
    whole road under water, the pond running over onto its paths) tell what they see from
    there, not that two crews' water is one; a sensor already in one of them reads its own
    low point again."""
    if item.agency == _CITIZEN or item.site in WATCH_SITES or any(f.distance <= FLOOD_AT_M for f in fits):
        return False
    return not item.source_id or not any(item.source_id in f.inc.sources for f in fits)


def _names_site(item: Item) -> bool:
    """Whether ``item``, a report of water (not the site's own sensor), names a site built
    to fill (the lexicon's cue ``watch_site``): the caller stands at the pond."""
    return bool(item.text) and item.site not in WATCH_SITES and _WATCH_SITE_CUE in cues(item.text)


def _wells_up(item: Item) -> bool:
    """Whether a report of water says it wells up out of the ground or a hole in the road
    (the lexicon's cue ``welling``), not out of a drain (``drain``): a broken main's water."""
    said = cues(item.text)
    return _WELLING_CUE in said and _DRAIN_CUE not in said


def _other_noise(item: Item, signal: Signal, inc: _Inc) -> bool:
    """Whether ``item`` is a noise complaint naming its own source (a building site, racing
    cars, firecrackers, karaoke: :attr:`~common.lexicon.Cue.NOISE_SOURCE`) that ``inc`` does
    not explain: a crowd never does; a street-racing job (a public-safety job holding a
    report that says cars race) only the noise of racing or revving engines (``revving``)."""
    if signal is not _NOISE or not item.text or inc.type not in _NOISE_JOBS:
        return False
    said = cues(item.text)
    if _NOISE_SOURCE_CUE not in said:
        return False
    if inc.type is _CROWD:
        return True
    return _REVVING_CUE not in said and _racing_job(inc)


def _racing_job(inc: _Inc) -> bool:
    """Whether ``inc`` is a street-racing job: a :data:`RACING_TYPE` incident holding a report
    that says cars race (:attr:`~common.lexicon.Cue.RACING`)."""
    return inc.type is RACING_TYPE and any(_RACING_CUE in cues(m.item.text) for m in inc.members)


def _works_closure(item: Item, signal: Signal, typ: IncidentType) -> bool:
    """Whether ``item`` reports a road closed for works (:attr:`~common.lexicon.Cue.WORKS`)
    and ``typ`` is a crowd, which does not explain it."""
    if signal is not _CLOSURE_SIG or typ is not _CROWD or not item.text:
        return False
    return _WORKS_CUE in cues(item.text)


def _for_event(item: Item, signal: Signal) -> bool:
    """Whether ``item`` reports a road closed for a planned event (its route, its shuttles:
    :attr:`~common.lexicon.Cue.FOR_EVENT`): a running permit explains it as it explains
    its audience's effects (``PERMIT_EFFECTS``)."""
    return signal is _CLOSURE_SIG and bool(item.text) and _FOR_EVENT_CUE in cues(item.text)


def _beyond_junction(inc: _Inc, signal: Signal, distance: float, item: Item | None = None) -> bool:
    """Whether an obstruction ``distance`` metres from ``inc`` lies beyond the junction of
    a dark signal's job (an incident that holds signal faults and no crash or obstruction);
    so does a camera's stalled vehicle (``item``, one of :data:`QUEUE_SIGHTINGS`) seen more
    than :data:`STALL_SEEN_S` after that job began: a camera sees at once the vehicle that
    struck the signal, and one standing in the junction later stands in trouble of its own
    (a car stalled in the flood water, a lorry broken down, a crash)."""
    return (
        signal is _OBSTRUCTION_SIG
        and inc.type is _TRAFFIC
        and _SIGNAL_FAULT in inc.signals
        and inc.signals.isdisjoint(_ROAD_JOBS)
        and (
            distance > JUNCTION_M
            or (
                item is not None
                and (item.feed, item.category) in QUEUE_SIGHTINGS
                and item.t - inc.first_t > STALL_SEEN_S
            )
        )
    )


def _another_scene(inc: _Inc, item: Item, value: str) -> bool:
    """Whether an agency's report ``item`` of a crash or a blockage (``value``) lies farther
    than :data:`JUNCTION_M` from every agency report placed in ``inc``, none of which
    reports its kind: the crew at ``inc`` reported another kind of job (a crash, an elevator
    rescue), and a crew reporting a breakdown at the next junction stands at another job.
    False while ``inc`` holds no agency report (its place is only where callers stood)."""
    near = math.inf
    for m in inc.members:
        got = m.item
        if got.feed in AGENCY_FEEDS:
            if m.signal == value:
                return False
            d = math.hypot(got.x - item.x, got.y - item.y)
            if d < near:  # noqa: PLR1730 - cheaper than min() per member
                near = d
    return near != math.inf and near > JUNCTION_M


def _dispatch(item: Item) -> bool:
    """Whether ``item`` is a 119 dispatch of a kind bound to its address (DISPATCH_KINDS;
    its text says it sends crews: cue ``dispatched``)."""
    return (
        item.feed == DISPATCH_FEED
        and item.category in DISPATCH_KINDS
        and bool(item.text)
        and _DISPATCHED_CUE in cues(item.text)
    )


def _second_address(inc: _Inc, item: Item) -> bool:
    """Whether the 119 dispatch ``item`` (:func:`_dispatch`) lies farther than
    :data:`DISPATCH_APART_M` from every dispatch of its kind in ``inc``: crews sent to a
    second address, a second job. False while ``inc`` holds no such dispatch."""
    far = False
    for m in inc.members:
        got = m.item
        if got.feed == DISPATCH_FEED and got.category == item.category and _dispatch(got):
            if math.hypot(got.x - item.x, got.y - item.y) <= DISPATCH_APART_M:
                return False
            far = True
    return far


def _dispatched_apart(a: _Inc, b: _Inc) -> bool:
    """Whether ``a`` holds a 119 dispatch (:func:`_dispatch`) and every such dispatch of
    ``a`` is a second address to ``b`` (:func:`_second_address`): two jobs, each with
    its crews, which a report near both does not make one."""
    found = False
    for m in a.members:
        if _dispatch(m.item):
            if not _second_address(b, m.item):
                return False
            found = True
    return found


def _lone_patient(item: Item) -> bool:
    """Whether ``item`` is 119's first record sending an ambulance to a person whose text
    names no cause shared with others (:data:`PATIENT_CAUSE_CUES`): someone taken ill or
    hurt by themselves, a patient of their own."""
    return (
        item.feed == DISPATCH_FEED
        and item.category == _AMBULANCE
        and item.follows is None
        and item.status in _FIRST_RECORD
        and bool(item.text)
        and not (cues(item.text) & PATIENT_CAUSE_CUES)
    )


def _dispatched_to(item: Item) -> str | None:
    """Whom 119's record ``item`` sends crews to: a lone patient (:func:`_lone_patient`, a
    first record), the people stuck in a lift (a rescue or an ambulance record, first or an
    update, whose text says ``lift``), or None."""
    if _lone_patient(item):
        return _AMBULANCE
    if (
        item.feed == DISPATCH_FEED
        and item.category in SCENE_DISPATCH_KINDS
        and item.follows is None
        and bool(item.text)
        and _LIFT_CUE in cues(item.text)
    ):
        return _LIFT_CUE.value
    return None


def _another_patient(item: Item, inc: _Inc) -> bool:
    """Whether ``inc`` holds 119's record for another person than ``item``'s
    (:func:`_dispatched_to`): a lift's people beside a patient (or a patient beside them), or
    another lone patient observed more than :data:`SAME_PATIENT_S` apart from it. A
    coordinator sends each patient as a job of their own; the records of one lift are one
    rescue."""
    mine = _dispatched_to(item)
    if mine is None:
        return False
    for m in inc.members:
        got = m.item
        if got is item:
            continue
        theirs = _dispatched_to(got)
        if theirs is not None and (theirs != mine or (mine == _AMBULANCE and abs(got.t - item.t) > SAME_PATIENT_S)):
            return True
    return False


def _two_patients(a: _Inc, b: _Inc) -> bool:
    """Whether ``a`` holds 119's first record for a person (:func:`_dispatched_to`) whom
    ``b`` holds another person's record beside (:func:`_another_patient`): two jobs, which a
    follow-up near both does not make one."""
    return any(_dispatched_to(m.item) is not None and _another_patient(m.item, b) for m in a.members)


def _crewed(item: Item) -> bool:
    """Whether ``item`` is a 119 dispatch of crews to a casualty or a rescue (its first
    record, no follow-up of one): where the bureau sent them is a scene."""
    return item.feed == DISPATCH_FEED and item.category in SCENE_DISPATCH_KINDS and item.follows is None


def _crewed_apart(a: _Inc, b: _Inc) -> bool:
    """Whether ``a`` and ``b`` each hold a 119 dispatch to a casualty (:func:`_crewed`) and
    every one of ``a``'s lies farther than :data:`SECOND_SCENE_M` from every one of ``b``'s:
    two scenes, each with its crews."""
    mine = [m.item for m in a.members if _crewed(m.item)]
    theirs = [m.item for m in b.members if _crewed(m.item)]
    return (
        bool(mine)
        and bool(theirs)
        and all(math.hypot(p.x - q.x, p.y - q.y) > SECOND_SCENE_M for p in mine for q in theirs)
    )


def _new_onset(inc: _Inc, item: Item, signal: Signal) -> bool:
    """Whether ``item`` is a sudden onset (a crash) that ``inc``, of its own type but
    holding no such onset and begun more than :data:`LEAD_S` before it, did not contain:
    a crash at a signal dark for a quarter of an hour is a new job. Not a crash into the
    fallen tree ``inc`` holds (its text names a tree, cue ``tree``, and ``inc`` an
    obstruction): the tree lying across the road caused it, and one clearance ends both.
    A crash after the crew said ``inc``'s crash was dealt with is new too (:func:`_after_cleared`)."""
    if signal not in ONSETS or own_type(signal) is not inc.type:
        return False
    if _VALUE[signal] in inc.signals:
        return _VALUE[signal] == _CRASH_VALUE and _after_cleared(inc, item)
    return item.t - inc.first_t > LEAD_S and not (
        _OBSTRUCTION_VALUE in inc.signals and bool(item.text) and _TREE_CUE in cues(item.text)
    )


def _after_cleared(inc: _Inc, item: Item) -> bool:
    """Whether a camera's or an agency's crash report ``item`` (no follow-up, no word that its
    crash is over), observed more than :data:`LEAD_S` after ``inc`` began, came after the
    center read an agency's crash report in ``inc`` saying its crash was dealt with (the
    lexicon reads it ended: 處理完畢, 車輛已移離, 恢復通行; not a follow-up of ``item`` itself,
    a report read after its own follow-ups): the crew cleared that wreck, and a camera or a
    patrol seeing a collision at the place after it sees a new one. A caller's crash call is
    not bound so: a passer-by tells of the wreck they saw minutes ago."""
    if (
        item.follows is not None
        or item.feed not in _SEEN_FIRST_HAND
        or item.t - inc.first_t <= LEAD_S
        or (item.text and read(item.text).end)
    ):
        return False
    return any(
        m.signal == _CRASH_VALUE
        and m.item.feed in AGENCY_FEEDS
        and m.item.follows != item.key
        and m.joined_at <= item.t
        and bool(m.item.text)
        and read(m.item.text).end
        for m in inc.members
    )


def _gauges_its_water(inc: _Inc, item: Item) -> bool:
    """Whether ``item``'s device is a water gauge of the flood ``inc`` (a flood sensor, a
    water level: ``inc`` holds its own readings of the water). A gauge stands above the
    water it measures, fed from a street or park cabinet: its loss of mains is that cabinet's
    (the devices on the cabinet fail with it, an infrastructure job), not the water's."""
    return inc.type is _FLOOD and any(
        m.item.source_id == item.source_id and m.signal in _GAUGE_VALUES for m in inc.members
    )


def _says_again(item: Item) -> bool:
    """Whether a crash report says a crash happened again (the lexicon's cue
    ``another_crash``: 又撞, 塞車又追撞了, 又一起車禍): a crash after one the caller knew of."""
    return bool(item.text) and _ANOTHER_CRASH_CUE in cues(item.text)


def _crime_kind(item: Item) -> Cue | None:
    """The kind of crime a report says: a theft (the lexicon's cue ``theft``: 遭竊, 扒竊,
    被偷) or violence (cue ``violence``: 互毆, 打架, 拉扯, 持刀, 口角); None when it says
    both (a thief caught in a scuffle) or neither (a case's follow-up: 帶回派出所)."""
    if not item.text:
        return None
    said = cues(item.text)
    theft, violence = _THEFT_CUE in said, _VIOLENCE_CUE in said
    if theft is violence:
        return None
    return _THEFT_CUE if theft else _VIOLENCE_CUE


def _other_crime(inc: _Inc, kind: Cue | None) -> bool:
    """Whether the crime reports of ``inc`` say a kind of crime and none says ``kind``: a
    theft's case beside a fight, or a fight beside a theft's case, two police jobs. False
    when ``kind`` is None (a report saying no kind, or both)."""
    if kind is None:
        return False
    other = False
    for m in inc.members:
        if m.signal == _CRIME:
            got = _crime_kind(m.item)
            if got is kind:
                return False
            if got is not None:
                other = True
    return other
