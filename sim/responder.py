"""Simulated duty officers of the dispatch agencies (pure: time is an argument).

For the demo, each agency answers the center's assignments the way a real duty
desk roughly would: most acknowledge within the deadline, some late, a few
never, so that overdue halos, escalations and acknowledgement rates appear.
After acknowledging, the crew reports ``en_route`` and ``on_scene``, and a
while later ``cleared``. The agency's profile gives the shares and the
typical times; every draw comes from a random generator seeded with
``(seed, agency, incident_id, stage)``, so an incident's fate does not depend
on which other incidents arrive or in what order, and a restarted responder
makes the same decisions again.

Times are fractions of the *window* the center gives: the assignment's
deadline minus the moment the responder first saw it (the acknowledgement
deadline while ``assigned``, the on-scene deadline once acknowledged). So the
same profile fits peacetime (15 min to acknowledge) and emergency (5 min), and
tests can use windows of seconds::

    assigned ──(on time: window × f, f ~ lognormal around ack_median)──> acknowledged
       │ └─(late: deadline + window × U(late_min, late_max))────────────> acknowledged
       └─(never: no answer; the center escalates)
    acknowledged ── window × U(0.05, 0.2) ──> en_route ── window × U(0.3, 0.75) ──> on_scene (before the deadline)
    on_scene ── clear_after_s × U(0.5, 1.5) ──> cleared

A message for an incident in a state the responder has already planned for is
ignored (retained messages come again after every reconnect); ``cancelled`` or
``cleared`` forgets the incident.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from common.settings import DISPATCH_AGENCIES


class Fate(StrEnum):
    """How an agency answers one assignment."""

    ON_TIME = "on_time"
    LATE = "late"
    NEVER = "never"


@dataclass(frozen=True, slots=True)
class Profile:
    """An agency desk's behaviour. Shares are probabilities; ``ack_median`` a fraction of the window.

    The figures are the simulator's assumptions for the demo, not measured
    response times of Taichung's agencies (docs/simulator.md).
    """

    ack_median: float
    late_share: float
    never_share: float
    late_min: float = 0.1
    late_max: float = 1.0
    clear_after_s: float = 1800.0

    def __post_init__(self) -> None:
        if not (0 < self.ack_median < 1):
            raise ValueError("ack_median must be a fraction of the window, in (0, 1)")
        if self.late_share < 0 or self.never_share < 0 or self.late_share + self.never_share > 1:
            raise ValueError("late_share and never_share must be >= 0 and add up to at most 1")
        if not (0 <= self.late_min <= self.late_max):
            raise ValueError("0 <= late_min <= late_max")


#: Default desks: the fire brigade answers fastest, environment slowest.
PROFILES: dict[str, Profile] = {
    "fire": Profile(ack_median=0.10, late_share=0.05, never_share=0.02),
    "police": Profile(ack_median=0.20, late_share=0.10, never_share=0.05),
    "traffic": Profile(ack_median=0.25, late_share=0.10, never_share=0.05),
    "water": Profile(ack_median=0.30, late_share=0.15, never_share=0.05),
    "public_works": Profile(ack_median=0.40, late_share=0.20, never_share=0.08),
    "environment": Profile(ack_median=0.45, late_share=0.20, never_share=0.10),
}
assert set(PROFILES) == set(DISPATCH_AGENCIES)

#: Shortest window used for planning (a deadline already past still gets a small one).
MIN_WINDOW_S = 1.0
#: Shortest delay before any answer (the desk reads the message first).
MIN_DELAY_S = 0.2


class Stage(StrEnum):
    """What the responder publishes (the assignment states an agency may report)."""

    ACKNOWLEDGED = "acknowledged"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    CLEARED = "cleared"


@dataclass(frozen=True, slots=True)
class Action:
    """Publish ``stage`` for ``incident_id`` at ``due``."""

    due: datetime
    incident_id: str
    stage: Stage


@dataclass(slots=True)
class _Incident:
    planned_for: str  # the assignment state the current plan answers
    fate: Fate | None = None


@dataclass(slots=True)
class Responder:
    """One agency's simulated desk: :meth:`on_assignment`, then :meth:`due` at :meth:`next_deadline`."""

    agency: str
    profile: Profile
    seed: int
    _incidents: dict[str, _Incident] = field(default_factory=dict)
    _queue: list[tuple[datetime, int, Action]] = field(default_factory=list)
    _counter: int = 0

    def fate(self, incident_id: str) -> Fate:
        """This agency's fate for ``incident_id`` (the same for the same seed, always)."""
        u = self._rng(incident_id, "fate").random()
        if u < self.profile.never_share:
            return Fate.NEVER
        if u < self.profile.never_share + self.profile.late_share:
            return Fate.LATE
        return Fate.ON_TIME

    def on_assignment(self, incident_id: str, state: str, deadline: datetime | None, now: datetime) -> None:
        """The center's (retained) assignment message: plan the answers to this state."""
        known = self._incidents.get(incident_id)
        if state in ("cancelled", "cleared"):
            self._incidents.pop(incident_id, None)
            return
        if known is not None and known.planned_for == state:
            return  # seen again (retained after a reconnect, or a republish)
        if state == "assigned":
            fate = self.fate(incident_id)
            self._incidents[incident_id] = _Incident("assigned", fate)
            window = _window(deadline, now)
            if fate is Fate.ON_TIME:
                f = self._lognormal(incident_id, "ack", self.profile.ack_median)
                self._plan(now + timedelta(seconds=max(MIN_DELAY_S, window * f)), incident_id, Stage.ACKNOWLEDGED)
            elif fate is Fate.LATE:
                late = self._rng(incident_id, "late").uniform(self.profile.late_min, self.profile.late_max)
                base = deadline if deadline is not None and deadline > now else now + timedelta(seconds=window)
                self._plan(base + timedelta(seconds=max(MIN_DELAY_S, window * late)), incident_id, Stage.ACKNOWLEDGED)
            return
        if state == "acknowledged":
            self._incidents[incident_id] = _Incident("acknowledged", known.fate if known else None)
            window = _window(deadline, now)
            rng = self._rng(incident_id, "travel")
            go = now + timedelta(seconds=max(MIN_DELAY_S, window * rng.uniform(0.05, 0.2)))
            self._plan(go, incident_id, Stage.EN_ROUTE)
            self._plan(go + timedelta(seconds=max(MIN_DELAY_S, window * rng.uniform(0.3, 0.75))), incident_id,
                       Stage.ON_SCENE)
            return
        if state == "en_route":
            # Our own en_route came back; on_scene is already planned with it.
            if known is not None:
                known.planned_for = "en_route"
            return
        if state == "on_scene":
            self._incidents[incident_id] = _Incident("on_scene", known.fate if known else None)
            after = self.profile.clear_after_s * self._rng(incident_id, "clear").uniform(0.5, 1.5)
            self._plan(now + timedelta(seconds=max(MIN_DELAY_S, after)), incident_id, Stage.CLEARED)

    def due(self, now: datetime) -> list[Action]:
        """The actions due at ``now`` for incidents still open, in time order."""
        out: list[Action] = []
        while self._queue and self._queue[0][0] <= now:
            _, _, action = heapq.heappop(self._queue)
            if action.incident_id in self._incidents:
                out.append(action)
        return out

    def next_deadline(self) -> datetime | None:
        """When :meth:`due` next has something to return (``None``: nothing planned)."""
        return self._queue[0][0] if self._queue else None

    def _plan(self, at: datetime, incident_id: str, stage: Stage) -> None:
        self._counter += 1
        heapq.heappush(self._queue, (at, self._counter, Action(at, incident_id, stage)))

    def _rng(self, incident_id: str, stage: str) -> random.Random:
        key = f"{self.seed}|{self.agency}|{incident_id}|{stage}".encode()
        return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))

    def _lognormal(self, incident_id: str, stage: str, median: float) -> float:
        # Response times are right-skewed; sigma 0.5 keeps most on-time answers well
        # inside the window; capped so that "on time" stays before the deadline.
        value = self._rng(incident_id, stage).lognormvariate(math.log(median), 0.5)
        return min(value, 0.95)


def _window(deadline: datetime | None, now: datetime) -> float:
    if deadline is None:
        return 600.0
    return max(MIN_WINDOW_S, (deadline - now).total_seconds())
