"""Subjects that move on (a wrong-way driver, a vehicle burning as it drives, a missing
person on foot): which sightings are of one, and which incidents such a sighting fits
by the subject's track.

Each function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import read
from common.vocabulary import Signal
from ops_center.correlation_state import (
    _OPEN,
    _RESCUE,
    _Fit,
)
from ops_center.incidents import (
    IncidentType,
    Item,
)
from ops_center.policies import (
    BURNING_VEHICLE_KEYWORDS,
    MOVING_CATEGORIES,
    MOVING_GAP_S,
    MOVING_KEYWORDS,
    MOVING_SPEED_MPS,
    REACH,
    WALKING_SPEED_MPS,
)

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
    text = f"{item.category} {item.text}".lower()
    return any(word in text for word in MOVING_KEYWORDS)


def track_fits(
    self: Correlator, item: Item, signal: Signal, fits: list[_Fit], typ: IncidentType | None = None
) -> list[_Fit]:
    """``fits`` with the incidents (of ``typ``, if given) whose latest sighting of a
    moving subject the subject could have driven from to ``item`` (see
    :data:`MOVING_CATEGORIES`, :data:`BURNING_VEHICLE_KEYWORDS`), or walked from while
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


def drives_on(item: Item) -> bool:
    """Whether a report of fire or smoke says the burning vehicle drives on."""
    if not item.text:
        return False
    text = item.text.lower()
    return any(word in text for word in BURNING_VEHICLE_KEYWORDS)


def of_missing(item: Item) -> bool:
    """Whether a rescue report is of a missing person (its text also says 走失, 失智,
    協尋 or another phrase of the lexicon's ``missing_person``: the one found hurt)."""
    return bool(item.text) and any(topic == _MISSING_TOPIC for topic, _ in read(item.text).topics)
