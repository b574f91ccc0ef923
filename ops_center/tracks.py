"""Subjects that move on (a wrong-way driver, a vehicle burning as it drives, a missing
person on foot): which sightings are of one, and which incidents such a sighting fits
by the subject's track.

Each function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues, read
from common.vocabulary import Signal
from ops_center.changes import Change
from ops_center.correlation_state import (
    _CHAIN,
    _OPEN,
    _RESCUE,
    _TRAFFIC,
    _Fit,
    _Inc,
)
from ops_center.incidents import (
    IncidentState,
    IncidentType,
    Item,
)
from ops_center.measures import _PERSON_VALUES, _subject
from ops_center.policies import (
    DISPATCH_FEED,
    FOUND_CARE_M,
    FOUND_CARE_S,
    MOVING_CATEGORIES,
    MOVING_GAP_S,
    MOVING_SPEED_MPS,
    REACH,
    WALKING_SPEED_MPS,
)

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_DRIVING_ON_CUE = Cue.DRIVING_ON
_WRONG_WAY_CUE = Cue.WRONG_WAY
_ON_THE_RUN = frozenset({Cue.WRONG_WAY, Cue.FLED})

_MISSING_TOPIC = Signal.MISSING_PERSON.value  # the lexicon's topic of the signal
#: A search found its person and went quiet, or is still open: the person's care is its.
_SEARCH_STATES = frozenset({_OPEN, IncidentState.QUIET})
_ELDER = frozenset({Cue.ELDER})


def _for_the_one_found(item: Item, inc: _Inc) -> bool:
    """Whether the rescue report ``item`` may be of the person the search ``inc`` sought
    (:func:`~ops_center.measures._subject`, the person its first report naming one names): it
    names that person (an elder, a child), or it names no one and the person is an elder, the
    one a finding leaves cold, dehydrated or hurt (a child found is handed back to its parents:
    the ambulance sent to the venue minutes later is for someone in its audience)."""
    sought = next(
        (said for m in inc.members if m.signal in _PERSON_VALUES and len(said := _subject(m.item)) == 1), None
    )
    named = _subject(item)
    return sought is not None and (named == sought or (not named and sought == _ELDER))


if TYPE_CHECKING:
    from ops_center.correlate import Correlator


def moving(self: Correlator, item: Item) -> bool:
    """Whether ``item`` is a sighting of a subject that drives on (a wrong-way driver)."""
    ck = (item.feed, item.category)
    got = self._cats.get(ck)
    if got is None:
        got = self._table(ck)
    if got.category is not None and got.category.code in MOVING_CATEGORIES:
        return True
    if got.category is not None and not got.category.generic:
        return False
    return _WRONG_WAY_CUE in cues(f"{item.category} {item.text}")


def track_fits(
    self: Correlator, item: Item, signal: Signal, fits: list[_Fit], typ: IncidentType | None = None
) -> list[_Fit]:
    """``fits`` with the incidents (of ``typ``, if given) whose latest sighting of a
    moving subject the subject could have driven from to ``item`` (see
    :data:`MOVING_CATEGORIES`, :attr:`~common.lexicon.Cue.DRIVING_ON`), or walked from while
    the search is open (a missing person, :data:`WALKING_SPEED_MPS`): such an incident
    explains the sighting as well as one at its scene."""
    out = {f.inc.incident_id: f for f in fits}
    for inc_id, (t0, x0, y0) in list(self._tracks.items()):
        inc = self._incidents.get(inc_id)
        if inc is None or inc.state is not _OPEN:
            del self._tracks[inc_id]
            continue
        if typ is not None and inc.type is not typ:
            continue
        r = REACH.get((signal, inc.type))
        dt = abs(item.t - t0)
        walks = inc.type is _RESCUE
        if r is None or (dt > MOVING_GAP_S and not walks):
            continue
        d = math.hypot(item.x - x0, item.y - y0)
        if d > r.radius_m + (WALKING_SPEED_MPS if walks else MOVING_SPEED_MPS) * dt:
            continue
        window = self._policies[inc.type].window_s
        fit = _Fit(inc, r, r.weight * (1.0 - 0.5 * min(dt, window) / window), d, dt)
        have = out.get(inc_id)
        if have is None or have.fit < fit.fit:
            out[inc_id] = fit
    return list(out.values())


def says_wrong_way(item: Item) -> bool:
    """Whether a report's text says a vehicle came the wrong way (:attr:`~common.lexicon.Cue.WRONG_WAY`)."""
    return _WRONG_WAY_CUE in cues(item.text)


def crash_on_the_run(item: Item) -> bool:
    """Whether a crash report's text says its car came the wrong way (:func:`says_wrong_way`)
    or its driver ran from it (:func:`fled`: 逃逸, 肇逃, 棄車逃逸): a car on the run, which
    :func:`wrong_way_crash` reads as a sighting of the wrong-way driver police were following."""
    return bool(item.text) and not cues(item.text).isdisjoint(_ON_THE_RUN)


def wrong_way_crash(
    self: Correlator, item: Item, signal: Signal, fits: list[_Fit], *, now: float, changes: list[Change]
) -> bool:
    """Place a report of a crash or a near miss whose text says a car came the wrong way or
    its driver ran (:func:`crash_on_the_run`) in the open traffic incident of a wrong-way
    driver that could have driven to it since its latest sighting (:func:`track_fits`): the
    driver crashed, or nearly hit the caller (a car the police chase the wrong way down the
    arterial crashes where it could have got to, and its driver runs on foot). A crash job
    at the report's scene (half the reach) is that driver's crash: the two are merged (the
    younger into the older). Whether it placed the report (no such driver: placed as usual)."""
    fits = self._track_fits(item, signal, fits, _TRAFFIC)
    tracks = self._tracks
    driver = max(
        (f for f in fits if f.inc.incident_id in tracks and f.inc.type is _TRAFFIC),
        key=lambda f: (f.fit, -f.inc.seq),
        default=None,
    )
    if driver is None:
        return False
    self._join(driver, item, signal, _CHAIN, now, changes)
    for f in sorted(fits, key=lambda f: f.inc.seq):
        crash, held = f.inc, driver.inc
        if crash is held or crash.type is not _TRAFFIC or crash.incident_id in tracks:
            continue
        if f.distance > 0.5 * f.reach.radius_m or crash.state is not _OPEN or held.state is not _OPEN:
            continue
        survivor, absorbed = (held, crash) if held.seq < crash.seq else (crash, held)
        changes.append(self._merge(absorbed, survivor, item.key, now))
        if absorbed.incident_id in tracks:
            tracks[survivor.incident_id] = tracks.pop(absorbed.incident_id)  # the driver is the crash's now
        driver = _Fit(survivor, driver.reach, driver.fit, driver.distance, driver.dt)
    if driver.inc.segs and driver.inc.members[-1].anchor:
        self._pull(driver.inc, now, changes)
    return True


def fled(item: Item) -> bool:
    """Whether a crash report says the driver drove off (cue ``fled``: 肇逃, 逃逸, 沒停就跑)."""
    return bool(item.text) and Cue.FLED in cues(item.text)


def drives_on(item: Item) -> bool:
    """Whether a report of fire or smoke says the burning vehicle drives on."""
    return _DRIVING_ON_CUE in cues(item.text)


def of_missing(item: Item) -> bool:
    """Whether a rescue report is of a missing person (its text also says 走失, 失智,
    協尋 or another phrase of the lexicon's ``missing_person``: the one found hurt)."""
    return bool(item.text) and any(topic == _MISSING_TOPIC for topic, _ in read(item.text).topics)


def _found_at(item: Item) -> bool:
    """Whether a search's report ``item`` says the person was found (the lexicon reads a
    missing person's report ended: 尋獲, 找到了, 領回)."""
    if not item.text:
        return False
    reading = read(item.text)
    return reading.end and any(topic == _MISSING_TOPIC for topic, _ in reading.topics)


def note_found(self: Correlator, item: Item, now: float, changes: list[Change]) -> None:
    """After ``item`` was placed: when it is a report of a search (a rescue job) saying the
    person was found, remember where and when (:func:`found_care` reads it), and merge into
    the search the job a crew's dispatch to that place opened just before it (the ambulance
    the patrol called, read before the patrol's report of the finding)."""
    inc_id = self._resolve(self._seen.get(item.key))
    inc = self._incidents.get(inc_id) if inc_id is not None else None
    if inc is None or inc.type is not _RESCUE or not _found_at(item):
        return
    self._found = [f for f in self._found if item.t - f[0] <= FOUND_CARE_S]
    self._found.append((item.t, item.x, item.y, inc.incident_id))
    if inc.state is not _OPEN:
        return
    for other in list(self._near(item.x, item.y, FOUND_CARE_M)):
        if other is inc or other.state is not _OPEN or other.type is not _RESCUE:
            continue
        first = other.members[0].item
        if not (0.0 <= first.t - item.t <= FOUND_CARE_S) or first.feed != DISPATCH_FEED:
            continue
        if math.hypot(first.x - item.x, first.y - item.y) > FOUND_CARE_M or not _for_the_one_found(first, inc):
            continue
        if any(m.item.feed != DISPATCH_FEED for m in other.members):
            continue  # others report a patient of their own there
        survivor, absorbed = (inc, other) if inc.seq < other.seq else (other, inc)
        changes.append(self._merge(absorbed, survivor, item.key, now))
        return


def found_care(self: Correlator, item: Item) -> _Inc | None:
    """The search, open or gone quiet, whose person a report in it says was found within
    :data:`FOUND_CARE_M` of the rescue report ``item`` (a crew sent to a person, a caller's
    report of one needing care) at most :data:`FOUND_CARE_S` before it: the crews the patrol
    called for the person found cold or dehydrated are the search's, not a new patient's.
    Only when ``item`` may be of that person (:func:`_for_the_one_found`). The nearest such
    finding wins; None when there is none."""
    best: tuple[float, _Inc] | None = None
    for t, x, y, inc_id in self._found:
        dt = item.t - t
        if not 0.0 <= dt <= FOUND_CARE_S:
            continue
        resolved = self._resolve(inc_id)
        inc = self._incidents.get(resolved) if resolved is not None else None
        if inc is None or inc.state not in _SEARCH_STATES or not _for_the_one_found(item, inc):
            continue
        d = math.hypot(item.x - x, item.y - y)
        if d <= FOUND_CARE_M and (best is None or d < best[0]):
            best = (d, inc)
    return best[1] if best is not None else None
