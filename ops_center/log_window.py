"""Which entries of the replay log (``ops_feed_log``) a replay reads, and so which no replay can need.

A restart rebuilds the correlator by replaying the entries logged at correlator time
``clock - 2 x retention`` or later, ``clock`` being the correlator time stored with the
watermark (:func:`replay_since`); the retention is the one setting ``SOC_OPS__RETENTION_S``,
taken alike by the service's correlator, its replay and the prune. The correlator time only
moves forward (the event-time high-water mark, or the idle tick's run-on), so a later replay
starts no earlier:
an entry logged before the window of the oldest clock any consumer has stored is never
read again, and the maintenance prune deletes exactly those (``ops_center.api.prune_feed_log``).

An incident the correlator may still hold whose evidence began before the window (open, or
gone quiet less than a retention before ``clock``, :func:`held_since`) is replayed from its
first entry (``ops_center.repo.held_from``), so it is rebuilt whole; the prune keeps those
entries too (docs/ops_center.md, "Persistence, watermark and restart"). A closed incident is
not held: the correlator forgets it at its closure, so once the closure is logged none of its
entries is needed; a replay that reads part of its evidence closes what it rebuilt of it at
the logged closure (``OpsService._close_in_memory``).

Pure: no clock, no database.
"""

from __future__ import annotations


def replay_since(clock: float, retention_s: float) -> float:
    """The correlator time from which a service whose clock is ``clock`` replays its log: twice
    the retention back (an item forgotten one retention after it was fed, an incident one
    retention after it went quiet)."""
    return clock - 2 * retention_s


def held_since(clock: float, retention_s: float) -> float:
    """The correlator time after which an incident that went quiet is still held by a
    correlator whose clock is ``clock`` (it forgets one a retention later; a closed one at
    its closure)."""
    return clock - retention_s


__all__ = ["held_since", "replay_since"]
