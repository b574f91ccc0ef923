"""Process liveness through the database: heartbeats and the ``soc health`` check.

Long-running services call :func:`beat` every few seconds from their main
loop (not from a side thread, so a stuck loop stops beating), between bounded
units of work, so a service working through a backlog keeps beating. The compose
healthchecks and the wall's health panel read the beats back.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

import psycopg

from common.answer import AnswerWatch
from common.settings import Settings

SQL_BEAT = """
INSERT INTO service_heartbeats (service, instance, beat_at, detail) VALUES (%s, %s, now(), %s)
ON CONFLICT (service, instance) DO UPDATE SET beat_at = now(), detail = EXCLUDED.detail
"""
SQL_DETAILS = "SELECT instance, detail FROM service_heartbeats WHERE service = %s ORDER BY instance"


SQL_AGES = """
SELECT instance, extract(epoch FROM now() - beat_at)::float8 FROM service_heartbeats WHERE instance = ANY(%s)
"""


#: The database's last outage, in its own clock: the later of its server's last start (with
#: the freshest beat written before it: the last write any process managed before it went
#: away; no row if none did) and the last outage a process recorded having waited out
#: without a restart (a network cut, a frozen server: :data:`SQL_RECORD_OUTAGE`).
SQL_LAST_OUTAGE = """
SELECT since, back FROM (
    SELECT (SELECT max(beat_at) FROM service_heartbeats WHERE beat_at < pg_postmaster_start_time()) AS since,
           pg_postmaster_start_time() AS back
    UNION ALL
    SELECT since, back FROM database_outages
) o WHERE since IS NOT NULL ORDER BY back DESC LIMIT 1
"""

#: An outage a process waited out, recorded when the database answers it again: ``since``
#: its last answer before (the database's clock), ``back`` now. One row per observer, its
#: latest outage; the same outage recorded twice keeps its first return.
SQL_RECORD_OUTAGE = """
INSERT INTO database_outages (seen_by, since, back) VALUES (%s, %s, now())
ON CONFLICT (seen_by) DO UPDATE SET since = EXCLUDED.since, back = EXCLUDED.back
WHERE database_outages.since IS DISTINCT FROM EXCLUDED.since
"""


SQL_LATEST = """
SELECT DISTINCT ON (service) service, beat_at, extract(epoch FROM now() - beat_at)::float8,
       CASE WHEN jsonb_typeof(detail -> 'broker_down_s') = 'number' THEN (detail ->> 'broker_down_s')::float8 END,
       detail ? 'exited_at'
FROM service_heartbeats ORDER BY service, beat_at DESC
"""

#: Each supervisor that has not exited: its beat, that beat's age, and the age of the freshest
#: beat of the children it listed in it (``instances``; NULL when none of them beat or lives).
SQL_SUPERVISORS = """
SELECT s.beat_at, extract(epoch FROM now() - s.beat_at)::float8,
       (SELECT min(extract(epoch FROM now() - c.beat_at))::float8 FROM service_heartbeats c
        WHERE c.service <> s.service AND NOT c.detail ? 'exited_at'
          AND c.instance IN (SELECT jsonb_array_elements_text(
              CASE WHEN jsonb_typeof(s.detail -> 'instances') = 'array' THEN s.detail -> 'instances'
                   ELSE '[]'::jsonb END)))
FROM service_heartbeats s WHERE s.service = 'supervisor' AND NOT s.detail ? 'exited_at'
"""

#: A supervisor's word that the processes of these instances have exited: their last beats
#: stand for a process that is gone, not for one that is working (:func:`mark_exited`).
SQL_EXITED = """
UPDATE service_heartbeats SET detail = detail || jsonb_build_object('exited_at', now())
WHERE instance = ANY(%s) AND NOT detail ? 'exited_at'
"""

#: The heartbeat detail by which a process says how long it has been cut off from the
#: broker (0 while connected): it beats on, but no message reaches it.
BROKER_DOWN_S = "broker_down_s"

#: The heartbeat detail by which a process says which tables refuse its writes while the
#: others take theirs: a list of ``{"table", "since", "sqlstate"}`` (ingest, :mod:`ingest.spool`).
REFUSED = "refused"
#: The ``/api/health`` warning and the wall's health part while a table refuses writes.
WRITES_REFUSED = "writes_refused"

#: The refusals in the beats of processes alive (fresh, not exited).
SQL_REFUSALS = """
SELECT service, detail -> 'refused' FROM service_heartbeats
WHERE jsonb_typeof(detail -> 'refused') = 'array' AND jsonb_array_length(detail -> 'refused') > 0
  AND NOT detail ? 'exited_at' AND beat_at >= now() - make_interval(secs => %s)
ORDER BY service, instance
"""

#: The supervisor's beat detail naming the local services it has started again (``soc demo``
#: keeps up the database and the broker it started): ``{service: {"restarts": n, "at": epoch s}}``.
RESTARTED = "restarted"

#: Each restarted service in the beats of the supervisors that have not exited: its name, how
#: many times it was started again, when last (entries that are not numbers are left out).
SQL_RESTARTED = """
SELECT r.key, max((r.value ->> 'restarts')::float8)::int, to_timestamp(max((r.value ->> 'at')::float8))
FROM service_heartbeats s,
     jsonb_each(CASE WHEN jsonb_typeof(s.detail -> 'restarted') = 'object' THEN s.detail -> 'restarted'
                     ELSE '{}'::jsonb END) r
WHERE s.service = 'supervisor' AND NOT s.detail ? 'exited_at' AND jsonb_typeof(r.value) = 'object'
  AND jsonb_typeof(r.value -> 'restarts') = 'number' AND jsonb_typeof(r.value -> 'at') = 'number'
GROUP BY r.key ORDER BY r.key
"""

#: How long a process may be cut off from the broker before it counts as down: past the
#: MQTT shells' first reconnect attempts (1 s, then 2 s apart: ``SOC_MQTT__RECONNECT_MIN_S``,
#: ``_MAX_S``), so a dropped connection that comes straight back is no outage, while a
#: broker that is away is named within a beat or two instead of after the staleness limit
#: (a wall saying "live" over an ingest rate of 0 all that while).
BROKER_GRACE_S = 5.0


class ProcessState(StrEnum):
    """What a process is doing, as its beats and the database's outages tell it.

    ``up``: it beat within the limit. ``waiting``: it waits on the database: the database is
    away (no process can beat), or back but the process has not beaten since its return, for
    at most the staleness limit past it (it reconnects by itself: the runner's and ingest's
    backoff). ``down``: silent past the limit, never beat, or cut off from the broker.
    """

    UP = "up"
    WAITING = "waiting"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class ProcessHealth:
    """One service's liveness: its freshest beat (any instance) and whether that is too old,
    or says the process has been cut off from the broker longer than that.

    ``required``: the service is one the center needs (``settings.health.services``);
    only a required service that is stale or never beat makes the center unhealthy.
    ``down_since``: while stale, when it went down: its last beat, or for a process that
    beats on cut off from the broker, when it lost the broker (its beats are always fresh,
    so "down since the last beat" would say a few seconds however long the broker is away);
    ``None`` while fresh or when it never beat. ``state``: up, waiting on the database or
    down (``stale`` is ``state == down``); ``waiting_since``: while waiting, since when the
    database has been away (the last answer anyone had before the outage). ``broker_lost``:
    down because it has been cut off from the broker (the broker is the part to look at).
    """

    service: str
    last_beat: datetime | None
    age_s: float | None
    stale: bool
    required: bool
    down_since: datetime | None = None
    state: ProcessState = ProcessState.UP
    waiting_since: datetime | None = None
    broker_lost: bool = False


@dataclass(frozen=True, slots=True)
class DatabaseAway:
    """The database's last outage, in its own clock: ``since`` the last beat any process
    wrote before it (the outage began after that), ``back`` when its server started again.
    No process can beat in between, so that silence says nothing about them."""

    since: datetime
    back: datetime


@dataclass(frozen=True, slots=True)
class TableRefusal:
    """A table refusing ``service``'s writes since ``since`` (its first refused write) while
    the others take theirs, as ``sqlstate`` said (53100: its disk is full)."""

    service: str
    table: str
    since: datetime
    sqlstate: str | None


@dataclass(frozen=True, slots=True)
class ServiceRestart:
    """A local service (``timescaledb``, ``mosquitto``) that a supervisor found stopped and
    started again, ``restarts`` times, the last at ``at``."""

    service: str
    restarts: int
    at: datetime


def read_restarts(conn: psycopg.Connection) -> tuple[ServiceRestart, ...]:
    """The local services the live supervisors have started again (:data:`RESTARTED`)."""
    return tuple(ServiceRestart(str(r[0]), int(r[1]), r[2]) for r in conn.execute(SQL_RESTARTED).fetchall())


def refusals_from(rows: Iterable[tuple[str, object]]) -> tuple[TableRefusal, ...]:
    """Pure: the refusals in ``(service, detail['refused'])`` rows, one per table (the
    earliest ``since``), by table; entries that are not a table and an ISO 8601 time with
    its offset are left out."""
    seen: dict[str, TableRefusal] = {}
    for service, entries in rows:
        for e in entries if isinstance(entries, list) else ():
            if not isinstance(e, dict):
                continue
            table, since, sqlstate = e.get("table"), e.get("since"), e.get("sqlstate")
            if not isinstance(table, str) or not table or not isinstance(since, str):
                continue
            try:
                at = datetime.fromisoformat(since)
            except ValueError:
                continue
            if at.tzinfo is None:
                continue
            r = TableRefusal(service, table, at, sqlstate if isinstance(sqlstate, str) else None)
            if table not in seen or at < seen[table].since:
                seen[table] = r
    return tuple(seen[t] for t in sorted(seen))


def read_refusals(conn: psycopg.Connection, stale_after_s: float) -> tuple[TableRefusal, ...]:
    """The tables refusing writes, as the processes beating within ``stale_after_s`` say."""
    return refusals_from((str(r[0]), r[1]) for r in conn.execute(SQL_REFUSALS, (stale_after_s,)).fetchall())


def silent_since(last_beat: datetime, now: datetime, stale_after_s: float,
                 away: DatabaseAway | None) -> datetime:
    """Pure: from when a process's silence counts. Its last beat, except for a process that
    was fresh when the database went away and has not beaten since it came back: the
    outage kept it from beating, so its silence counts from the return, and it is named
    down only if it stays silent ``stale_after_s`` past it. One already stale when the
    database went away stays down since its last beat. ``now`` bounds the return (a
    return "after now" is a clock mismatch, not a grace)."""
    if (away is not None and last_beat < away.back
            and last_beat + timedelta(seconds=stale_after_s) >= away.since):
        return max(last_beat, min(away.back, now))
    return last_beat


def assess(beats: Iterable[tuple[str, datetime, float]], required: Sequence[str],
           stale_after_s: float, broker_down_s: Mapping[str, float] | None = None,
           database_away: DatabaseAway | None = None, *, exited: Collection[str] = ()) -> tuple[ProcessHealth, ...]:
    """Pure: each service's health from ``(service, last_beat, age_s)`` rows, required ones first.

    ``broker_down_s``: per service, how long its freshest beat says it had been cut off
    from the broker; past :data:`BROKER_GRACE_S` (or ``stale_after_s`` if that is shorter)
    it is as stale as a silent process. ``database_away``: the database's last outage;
    a silence it caused counts from its return (:func:`silent_since`). ``exited``: services
    whose freshest beat came from a process its supervisor saw exit: down since that beat,
    however young it is, until a new process beats.
    """
    cut_off = broker_down_s or {}
    grace = min(stale_after_s, BROKER_GRACE_S)
    seen = {service: (at, age) for service, at, age in beats}

    def judged(name: str, at: datetime, age: float, required: bool) -> ProcessHealth:
        if name in exited:
            return ProcessHealth(name, at, age, stale=True, required=required, down_since=at,
                                 state=ProcessState.DOWN)
        quiet = silent_since(at, at + timedelta(seconds=age), stale_after_s, database_away)
        if age - (quiet - at).total_seconds() > stale_after_s:
            return ProcessHealth(name, at, age, stale=True, required=required, down_since=quiet,
                                 state=ProcessState.DOWN)
        if quiet > at and database_away is not None:  # silent since the return, within the limit
            return ProcessHealth(name, at, age, stale=False, required=required,
                                 state=ProcessState.WAITING, waiting_since=database_away.since)
        lost = cut_off.get(name, 0.0)
        if lost > grace:
            return ProcessHealth(name, at, age, stale=True, required=required,
                                 down_since=at - timedelta(seconds=lost), state=ProcessState.DOWN,
                                 broker_lost=True)
        return ProcessHealth(name, at, age, stale=False, required=required)

    out = [judged(name, *seen[name], required=True)
           if name in seen else ProcessHealth(name, None, None, stale=True, required=True,
                                              state=ProcessState.DOWN)
           for name in required]
    out += [judged(name, at, age, required=False)
            for name, (at, age) in sorted(seen.items()) if name not in required]
    return tuple(out)


#: The name of the MQTT broker where health names what is down (it does not beat itself).
BROKER = "broker"


def broker_lost_since(processes: Iterable[ProcessHealth]) -> datetime | None:
    """Pure: since when the broker has been away, as the required processes cut off from it
    say (the earliest; a broker stopped or hung takes every one of them down together), or
    None while none is: then the broker, not each process, is what an operator must look at."""
    return min((p.down_since for p in processes if p.required and p.broker_lost and p.down_since is not None),
               default=None)


#: The service name of a supervisor's own beat (``soc supervise``, ``soc demo``).
SUPERVISOR = "supervisor"


def unwatched(supervisors: Iterable[tuple[datetime, float, float | None]],
              stale_after_s: float) -> tuple[datetime, float] | None:
    """Pure: the beat ``(at, age_s)`` of a supervisor that has stopped while its children run on,
    from each live supervisor's ``(beat_at, age_s, children_age_s)`` (:data:`SQL_SUPERVISORS`).

    A supervisor silent past ``stale_after_s`` whose children have beaten within it is hung:
    its children work unsupervised. Judging only the freshest supervisor beat would hide it
    behind another supervisor that beats (a second ``soc supervise``, a restarted one). One
    whose children are silent too is no such case: killed or stopped, it took them with it
    (their own beats say so), or the database kept everyone from beating. The one silent
    longest when several are; ``None`` when none is."""
    hung = [(at, age) for at, age, children in supervisors
            if age > stale_after_s and children is not None and children <= stale_after_s]
    return max(hung, key=lambda b: b[1], default=None)


def supervision_stopped(processes: Iterable[ProcessHealth]) -> ProcessHealth | None:
    """Pure: the supervisor's health when supervision has stopped, else ``None``.

    A supervisor that beat (so the center runs under one) and is now down (hung, killed,
    its beat past the staleness limit) restarts nothing: a child that dies or hangs stays
    down. That is a warning, not an outage: the children may all be up, so it does not make
    the center unhealthy. ``None`` while it beats or waits on the database, and when none
    ever beat (compose, whose restart policies and watchdogs supervise instead)."""
    for p in processes:
        if p.service == SUPERVISOR and p.last_beat is not None and p.state is ProcessState.DOWN:
            return p
    return None


def while_database_away(last: Iterable[ProcessHealth], since: datetime) -> tuple[ProcessHealth, ...]:
    """Pure: the processes while the database cannot be read, from the last read of them.

    No process can beat or work while the database is away (each waits for it: the runner's
    and ingest's backoff), so one that was up, or already waiting, is waiting on it, since
    ``since`` (when the database was last read) or since its own earlier wait; one that was
    down stays down. ``age_s`` is unknown without the database's clock."""
    return tuple(p if p.state is ProcessState.DOWN else
                 replace(p, age_s=None, stale=False, state=ProcessState.WAITING,
                         waiting_since=p.waiting_since or since)
                 for p in last)


def record_outage(conn: psycopg.Connection, seen_by: str, since: datetime) -> None:
    """Record that ``seen_by`` waited out an outage of the database since ``since`` (its last
    answer before, in the database's clock) until now; call on the first answer after it."""
    conn.execute(SQL_RECORD_OUTAGE, (seen_by, since))


def read_health(conn: psycopg.Connection, required: Sequence[str], stale_after_s: float,
                outage_since: datetime | None = None) -> tuple[ProcessHealth, ...]:
    """Every service's health as the database's clock sees it (see :func:`assess`); the
    database's last outage is the later of its server's last start after the last beat
    before it and the last outage recorded (:func:`record_outage`). ``outage_since``: an
    outage the caller has just seen end and not recorded yet (its last answer before it),
    which ended now."""
    rows = conn.execute(SQL_LATEST).fetchall()
    beats = [(str(r[0]), r[1], float(r[2])) for r in rows]
    # The supervisor is judged by a hung one when there is one, not by the freshest beat.
    hung = unwatched([(r[0], float(r[1]), None if r[2] is None else float(r[2]))
                      for r in conn.execute(SQL_SUPERVISORS).fetchall()], stale_after_s)
    if hung is not None:
        beats = [(name, *hung) if name == SUPERVISOR else (name, at, age) for name, at, age in beats]
    last = conn.execute(SQL_LAST_OUTAGE).fetchone()
    away = None if last is None else DatabaseAway(since=last[0], back=last[1])
    if outage_since is not None:
        now = conn.execute("SELECT now()").fetchone()
        if now is not None and (away is None or away.back < now[0]):
            away = DatabaseAway(since=outage_since, back=now[0])
    return assess(beats, required, stale_after_s, {str(r[0]): float(r[3]) for r in rows if r[3] is not None},
                  away, exited={str(r[0]) for r in rows if r[4]})


def mark_exited(conn: psycopg.Connection, instances: Collection[str]) -> None:
    """Record that the processes of ``instances`` (``host:pid``) have exited, so that their
    last beats no longer count as life (:func:`assess`); for a supervisor that has reaped
    them. Commits on an autocommit connection."""
    conn.execute(SQL_EXITED, (list(instances),))


def instance_host() -> str:
    """The host part of every instance name written on this machine."""
    return socket.gethostname()


def instance_name() -> str:
    """``host:pid`` of this process."""
    return f"{instance_host()}:{os.getpid()}"


def beat_ages(conn: psycopg.Connection, instances: list[str]) -> dict[str, float]:
    """Seconds since each of ``instances`` last beat (absent: never beat)."""
    return {str(i): float(a) for i, a in conn.execute(SQL_AGES, (instances,)).fetchall()}


def beat(conn: psycopg.Connection, service: str, detail: dict[str, object] | None = None,
         instance: str | None = None) -> None:
    """Record that ``service`` is alive (commits on an autocommit connection)."""
    conn.execute(SQL_BEAT, (service, instance or instance_name(), json.dumps(detail or {})))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``soc health SERVICE``."""
    p = sub.add_parser("health", help="exit 0 if SERVICE is up or waiting on the database, "
                       "as /api/health says (compose healthcheck)")
    p.add_argument("service")
    p.add_argument("--max-age", type=float, default=30.0, help="seconds")
    p.set_defaults(handler=run_health)


def run_health(settings: Settings, args: argparse.Namespace) -> int:
    """Say what ``/api/health`` and the wall say of SERVICE (:func:`read_health`, with
    ``--max-age`` as the staleness limit): its freshest beat's age, and whether it is up,
    waiting on the database (a silence the database's last outage caused, within the limit
    past its return) or down (silent past the limit, never beat, cut off from the broker
    for longer than :data:`BROKER_GRACE_S` or ``--max-age``). Exit 0 while up or waiting
    (``/api/health`` names neither down), 1 when down or when the database cannot be read
    (``/api/health`` answers 503 naming the database)."""
    from common.db import connect
    from common.errors import DatabaseError

    try:
        with connect(settings, autocommit=True) as conn:
            (p,) = (h for h in read_health(conn, [args.service], args.max_age) if h.service == args.service)
            details = conn.execute(SQL_DETAILS, (args.service,)).fetchall()
            cut_off = [r[3] for r in conn.execute(SQL_LATEST).fetchall() if r[0] == args.service and r[3] is not None]
    except (DatabaseError, psycopg.Error) as exc:
        print(f"{args.service}: waiting on the database, which cannot be read ({type(exc).__name__})")
        return 1
    if p.last_beat is None:
        print(f"{args.service}: no heartbeat")
        return 1
    print(f"{args.service}: last beat {p.age_s or 0.0:.1f}s ago")
    if p.state is ProcessState.WAITING and p.waiting_since is not None:
        print(f"{args.service}: waiting on the database, away since {p.waiting_since.isoformat()}")
    elif p.state is ProcessState.DOWN and p.down_since is not None:
        if cut_off and float(cut_off[0]) > min(args.max_age, BROKER_GRACE_S):
            print(f"{args.service}: cut off from the broker for {float(cut_off[0]):.0f}s")
        print(f"{args.service}: down since {p.down_since.isoformat()}")
    for instance, detail in details:
        dropped = (detail or {}).get("broker_dropped")
        if dropped:  # messages lost before ingest could count them (docs/mqtt.md)
            print(f"{args.service}: WARNING the broker dropped {dropped} messages at its queue limits "
                  f"(reported by {instance})")
    return 1 if p.state is ProcessState.DOWN else 0


class Heartbeat:
    """Throttled heartbeats for a service loop, on a connection of their own.

    Call :meth:`maybe` every loop iteration; it writes at most one beat per
    ``every_s`` seconds (default ``settings.health.beat_every_s``).
    A database failure is logged once (the service's own
    loop handles the outage) and the next call reconnects.
    """

    def __init__(self, settings: Settings, service: str, every_s: float | None = None) -> None:
        import logging

        from common.logging import UpDown

        self._settings = settings
        self._service = service
        self._every_s = settings.health.beat_every_s if every_s is None else every_s
        self._last = float("-inf")
        self._conn: psycopg.Connection | None = None
        self._state = UpDown(logging.getLogger(__name__), f"{service}_heartbeat")
        self._watch = AnswerWatch(settings, f"{service}_heartbeat")

    def maybe(self, detail: dict[str, object] | None = None) -> None:
        """Beat if the last beat is older than ``every_s``."""
        import time

        now = time.monotonic()
        if now - self._last < self._every_s:
            return
        self._last = now
        try:
            if self._conn is None or self._conn.closed:
                self._conn = psycopg.connect(self._settings.db.conninfo(), autocommit=True, connect_timeout=3)
            with self._watch.guard(self._conn):  # a beat into a silent network fails, not hangs
                beat(self._conn, self._service, detail)
            self._state.ok()
        except psycopg.Error as exc:
            self._state.down(type(exc).__name__)
            self._drop()

    def close(self) -> None:
        """Close the heartbeat connection and stop its answer watch (at shutdown)."""
        self._drop()
        self._watch.close()

    def _drop(self) -> None:
        """Close the connection; the next beat connects anew."""
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):  # a socket the watch shut down
                self._conn.close()
            self._conn = None
