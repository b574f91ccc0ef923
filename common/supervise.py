"""When to restart a supervised child: the pure policy behind ``soc demo``.

No processes, no clock: :mod:`soc.demo` reads the clock, the children's
exit codes and their heartbeats, and asks this module what to do. Per child::

    running ──exited──────────────────────► waiting (restart at now + backoff)
    running ──beat older than stale_after──► kill   (then exited → waiting)
    waiting ──restart time reached─────────► start  (running)
    running for reset_after with no trouble: the backoff starts again from its first delay

A heartbeat is judged only when it can be: the child has run for
``grace_s`` (start-up, replay), and the supervisor has reached the database
continuously for ``stale_after_s`` (during an outage nobody can beat; right after
it, every child gets a full period to beat again before it counts as stale).
A database that hangs instead of refusing (a stalled disk, a frozen host, a silent network
cut) is such an outage too: the supervisor's own read either fails past its answer deadline
(``common.answer``, as every child's beat does) or answers late with every beat old
(:func:`reached_since`).
A child without a heartbeat is supervised by its exit alone.

A start that has not beaten yet is judged by its progress as well: the supervisor's shell
reports the CPU time the child's main thread has used (``progress``), and past its grace a
start whose CPU time grew within the last ``stale_after_s`` is still starting (a loaded host:
imports, connections, replay, each slower), not hung; it is spared until it has run
``START_LIMIT_GRACES`` graces. A start that hangs (stopped, blocked on a lock, waiting
forever) uses no CPU: it is killed once it has run its grace and used none for
``stale_after_s``. So no start lives unbeaten past ``START_LIMIT_GRACES * grace_s``, and one
that stopped making progress is killed ``stale_after_s`` after its last progress, or at its
grace if that is later.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from common.backoff import Backoff

#: How long the database may take to answer the supervisor's read of the beats, beyond
#: the reads' own spacing, before the wait counts as an outage: far longer than a read
#: takes, far shorter than a stale period.
ANSWER_GAP_S = 5.0
#: How many graces a start that makes progress without beating is spared (60 s: 480 s).
START_LIMIT_GRACES = 8


def reached_since(since: float | None, last_answer: float | None, now: float, every_s: float) -> float:
    """When the supervisor's unbroken reach of the database began, given an answer at ``now``.

    ``since``: when it began before this answer (``None``: the last read failed);
    ``last_answer``: when the previous answer came; reads are due every ``every_s``.
    An answer that came more than :data:`ANSWER_GAP_S` late starts the reach anew: the
    database kept everyone waiting meanwhile, the children's beats included.
    """
    if since is None or last_answer is None or now - last_answer > every_s + ANSWER_GAP_S:
        return now
    return since


class Action(StrEnum):
    """What the supervisor should do with a child now."""

    NONE = "none"
    START = "start"
    KILL = "kill"


@dataclass(slots=True)
class ChildState:
    """One child's supervision state (times are the supervisor's monotonic seconds)."""

    name: str
    beats: bool
    stale_after_s: float = 30.0
    grace_s: float = 60.0
    reset_after_s: float = 60.0
    backoff: Backoff = field(default_factory=lambda: Backoff(base_s=1.0, cap_s=30.0))
    running: bool = False
    started_at: float = 0.0
    restart_at: float | None = None
    restarts: int = 0
    _delays: Iterator[float] | None = None
    #: The current start's last progress reading and when it last grew.
    _progress: float | None = None
    _progress_at: float = 0.0

    def started(self, now: float) -> None:
        """The child was (re)started at ``now``."""
        self.running = True
        self.started_at = now
        self.restart_at = None
        self._progress = None
        self._progress_at = now

    def exited(self, now: float) -> float:
        """The child exited at ``now``; returns the delay before its restart."""
        if self._delays is None or now - self.started_at >= self.reset_after_s:
            self._delays = self.backoff.delays()  # it ran well for a while: start over
        delay = next(self._delays)
        self.running = False
        self.restart_at = now + delay
        self.restarts += 1
        return delay

    def decide(self, now: float, *, beat_age_s: float | None, db_up_for_s: float | None,
               progress: float | None = None) -> Action:
        """What to do at ``now``.

        ``beat_age_s``: age of this process's newest heartbeat (``None``: none yet);
        ``db_up_for_s``: how long the supervisor has reached the database without
        a break (``None``: not reachable now); ``progress``: a reading that grows while
        the running process works (its CPU time; ``None``: unknown, and a start is judged
        by its grace alone). Call it every round with a fresh reading: a change between
        two calls is progress.
        """
        if self.running and progress is not None:
            if self._progress is not None and progress != self._progress:
                self._progress_at = now
            self._progress = progress
        if not self.running:
            return Action.START if self.restart_at is not None and now >= self.restart_at else Action.NONE
        if not self.beats or db_up_for_s is None or db_up_for_s < self.stale_after_s:
            return Action.NONE
        if now - self.started_at < self.grace_s:
            return Action.NONE
        if (beat_age_s is None and self._progress is not None
                and now - self._progress_at <= self.stale_after_s
                and now - self.started_at < START_LIMIT_GRACES * self.grace_s):
            return Action.NONE  # still starting: slow, not hung
        if beat_age_s is None or beat_age_s > self.stale_after_s:
            return Action.KILL
        return Action.NONE
