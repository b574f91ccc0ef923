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
)
from ops_center.incidents import (
    IncidentType,
    Item,
)
from ops_center.policies import (
    MOVING_CATEGORIES,
    MOVING_GAP_S,
    MOVING_SPEED_MPS,
    REACH,
    WALKING_SPEED_MPS,
)

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_DRIVING_ON_CUE = Cue.DRIVING_ON
_WRONG_WAY_CUE = Cue.WRONG_WAY

_MISSING_TOPIC = Signal.MISSING_PERSON.value  # the lexicon's topic of the signal

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


def wrong_way_crash(
    self: Correlator, item: Item, signal: Signal, fits: list[_Fit], *, now: float, changes: list[Change]
) -> bool:
    """Place a report of a crash or a near miss whose text says a car came the wrong way
    (:func:`says_wrong_way`) in the open traffic incident of a wrong-way driver that could
    have driven to it since its latest sighting (:func:`track_fits`): the driver crashed,
    or nearly hit the caller. A crash job at the report's scene (half the reach) is that
    driver's crash: the two are merged (the younger into the older). Whether it placed
    the report (no such driver: placed as usual)."""
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


def drives_on(item: Item) -> bool:
    """Whether a report of fire or smoke says the burning vehicle drives on."""
    return _DRIVING_ON_CUE in cues(item.text)


def of_missing(item: Item) -> bool:
    """Whether a rescue report is of a missing person (its text also says 走失, 失智,
    協尋 or another phrase of the lexicon's ``missing_person``: the one found hurt)."""
    return bool(item.text) and any(topic == _MISSING_TOPIC for topic, _ in read(item.text).topics)
