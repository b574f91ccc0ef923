"""``soc demo``: the whole center on local services, supervised in one terminal.

Starts the services, migrates, loads the zone and the sensor registry, creates
the demo accounts, then runs each long-lived process as a child (ingest,
alerts, ops center, maintenance, KPI scheduler, web, the simulator replaying
the typhoon scenario on repeat, and the simulated agency desks answering
dispatches), supervised: a child that exits, or whose heartbeat goes stale
while the database is reachable, is restarted with capped backoff and the
restart is logged (``child_exited``, ``child_stale``, ``child_restarted``; the
policy is :mod:`common.supervise`). A child's death never stops the others, the
web server, the database or the broker. Ctrl-C or SIGTERM stops every child
cleanly (SIGTERM, then SIGKILL
after a grace period), then the services the demo itself started (PostgreSQL,
Mosquitto; their data stays), so no process is left behind. Services that were
already running (``soc services up``, a test run) are left running. The services the
demo started are its own to keep up: one found stopped (a crash, or the PANIC that stops
PostgreSQL when the WAL's disk is full) is started again with ``soc services up``, as a
child, with capped backoff while it fails (``service_exited``, ``service_restarted``,
``service_restart_failed``), and the supervisor's beat names each restart for
``/api/health`` (``restarted``). ``soc supervise`` starts no service and restarts none. The same
processes are the services of ``docker-compose.yml``. ``soc supervise NAME...``
runs some of them under the same supervision (:func:`supervise`) without the
demo's preparation.

The demo's passwords and the wall's display token are no output: they go to a file that
only the user running the demo may read (:data:`ACCESS_FILE` in the instance's directory,
mode 0600), and the demo prints its path and the addresses without their secrets.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import psycopg

from common.answer import AnswerWatch
from common.errors import SocError
from common.health import RESTARTED, SUPERVISOR, beat, beat_ages, instance_host, mark_exited
from common.logging import UpDown, log_event
from common.settings import Settings
from common.supervise import Action, ChildState, reached_since

log = logging.getLogger(__name__)

GRACE_S = 15.0

#: The supervisor's clock: seconds that keep counting while the host is suspended
#: (Linux's ``CLOCK_BOOTTIME``; ``CLOCK_MONOTONIC`` stops). A beat's age is read on the
#: database's clock, which counts a suspension too; on a clock that stopped, the
#: supervisor's first read after a resume would answer on time by its own count, with every
#: beat as old as the suspension, and every child would be judged stale at once. Counted,
#: the suspension is a gap in the supervisor's reach of the database
#: (:func:`common.supervise.reached_since`): each child gets a full stale period to beat
#: again. The children's watchdogs keep ``CLOCK_MONOTONIC``: a suspended loop is not a
#: stalled one.
SUPERVISOR_CLOCK_ID: int = getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC)


def supervisor_clock() -> float:
    """Seconds on :data:`SUPERVISOR_CLOCK_ID`."""
    return time.clock_gettime(SUPERVISOR_CLOCK_ID)


def cpu_seconds(pid: int) -> float | None:
    """The CPU time the main thread of process ``pid`` has used, in seconds (``None``: unknown).

    The supervisor's measure of a start's progress (:meth:`common.supervise.ChildState.decide`):
    a child's start-up (imports, connections, migrations, replay) runs on its main thread, so
    a start that hangs there (stopped, blocked on a lock, waiting forever) adds nothing, while a
    start merely slowed by a loaded host adds some in every stale period. Linux's
    ``/proc/PID/task/PID/schedstat`` (nanoseconds on the CPU, exact), else its ``stat``
    (``utime`` + ``stime`` in clock ticks).
    """
    import os

    task = f"/proc/{pid}/task/{pid}"
    try:
        with open(f"{task}/schedstat") as f:
            return int(f.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open(f"{task}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


@dataclass(frozen=True, slots=True)
class Child:
    """One supervised process: a ``soc`` subcommand provided by ``module``; ``beats``
    when it writes heartbeats (:mod:`common.health`) under its pid."""

    name: str
    module: str
    argv: tuple[str, ...]
    beats: bool = False


#: The long-lived processes of the center, in start order.
CHILDREN: tuple[Child, ...] = (
    # One worker with a plain subscription: unlike a shared one, it also keeps the
    # messages published while the broker restarts (docs/mqtt.md).
    Child("ingest", "ingest.cli", ("ingest", "run", "--group", ""), beats=True),
    Child("alerts", "alerts.cli", ("alerts", "run"), beats=True),
    Child("ops", "ops_center.cli", ("ops", "run"), beats=True),
    Child("maintenance", "common.cli", ("db", "maintain", "--every", "60"), beats=True),
    # KPIs recomputed every SOC_OPS__KPI_INTERVAL_S (the planner page shows the last run).
    Child("kpi", "kpi.cli", ("kpi", "run"), beats=True),
    Child("web", "web.cli", ("web",), beats=True),
    Child("simulator", "sim.cli", ("simulate", "typhoon", "--repeat", "--speed", "60"), beats=True),
    # Simulated agency desks: most dispatches acknowledged in time, some late, a few never.
    Child("agencies", "sim.cli", ("respond", "--seed", "1"), beats=True),
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``soc demo`` and ``soc supervise``."""
    p = sub.add_parser("demo", help="run the whole center with simulated sensors (Ctrl-C stops)")
    p.add_argument("--no-simulator", action="store_true", help="run without simulated sensors and agency desks")
    p.set_defaults(handler=run_demo)
    s = sub.add_parser("supervise", help="run some of the center's processes under the demo's supervision "
                                         "(nothing prepared: services, schema and zone must be ready)")
    s.add_argument("names", nargs="+", choices=[c.name for c in CHILDREN], metavar="NAME",
                   help=f"one of: {', '.join(c.name for c in CHILDREN)}")
    s.set_defaults(handler=run_supervise)


def _soc(*args: str) -> list[str]:
    return [sys.executable, "-m", "soc", *args]


_PR_SET_PDEATHSIG = 1


def _child_dies_with_supervisor() -> Callable[[], None] | None:
    """A ``preexec_fn`` asking Linux to send the child SIGTERM when this process dies.

    A supervisor killed with SIGKILL cannot stop its children; left running, they
    hold ingest's and the ops center's client ids and the web port, and a new
    ``soc demo`` starts a second set that fights them. Elsewhere nothing is set.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import os

    prctl = ctypes.CDLL(None, use_errno=True).prctl  # loaded before fork: the hook only calls it
    supervisor = os.getpid()

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != supervisor:  # it died before the request was made
            os.kill(os.getpid(), signal.SIGTERM)

    return hook


def _spawn(child: Child) -> subprocess.Popen[bytes]:
    # The supervisor runs no threads, so a hook between fork and exec is safe here.
    return subprocess.Popen(_soc(*child.argv), preexec_fn=_child_dies_with_supervisor())  # noqa: PLW1509


def _prepare(settings: Settings, started: list[str]) -> str:
    """Services, schema, zone, registry, KPIs, accounts; appends to ``started`` the services it started."""
    from common import services
    from common.db import connect, wait_ready
    from common.migrate import migrate

    layout = services.Layout.from_settings(settings)
    before = {st.name for st in services.status(layout) if st.running}
    for st in services.up(layout):
        print(f"  {st.name:<12} {'running' if st.running else 'STOPPED'} 127.0.0.1:{st.port}")
        if st.name not in before:
            started.append(st.name)
    wait_ready(settings)
    with connect(settings, autocommit=True) as conn:
        applied = migrate(conn)
    print(f"  migrations applied now: {len(applied)}")
    subprocess.run(_soc("geo", "load"), check=True)
    # The plan's 2015 figures (refused as duplicates after the first run) and the
    # KPIs the center computes from its own data, for the wall's KPI tiles.
    seed = Path(__file__).resolve().parents[1] / "kpi" / "data" / "observations_2015.csv"
    subprocess.run(_soc("kpi", "import", str(seed), "--user", "demo-seed"), check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(_soc("kpi", "compute", "--year", "2016"), check=True, stdout=subprocess.DEVNULL)
    return _demo_accounts(settings)


#: Demo accounts: (login, role, agency). Passwords are derived from the web secret
#: (stable across runs of one checkout, never committed) and written to :data:`ACCESS_FILE`.
DEMO_ACCOUNTS: tuple[tuple[str, str, str | None], ...] = (
    ("coordinator", "coordinator", None),
    ("operator", "operator", None),
    ("planner", "planner", None),
    ("admin", "admin", None),
    ("water-duty", "agency", "water"),
    ("police-duty", "agency", "police"),
)


def demo_password(settings: Settings, login: str) -> str:
    """The demo password of ``login``: an HMAC of the login under the web secret."""
    import hashlib
    import hmac

    key = settings.web.secret_key.get_secret_value().encode()
    return hmac.new(key, f"demo:{login}".encode(), hashlib.sha256).hexdigest()[:12]


def _demo_accounts(settings: Settings) -> str:
    """Create the demo accounts (idempotent) and return a display token for the wall."""
    from web.cli import run_display_token, run_users_add
    from web.errors import ConflictError
    from web.security import Role

    for login, role, agency in DEMO_ACCOUNTS:
        with contextlib.suppress(ConflictError):  # already created by an earlier demo run
            run_users_add(settings, login, role=Role(role), agency=agency,
                          password=demo_password(settings, login), display_name=f"demo {role}")
    with contextlib.suppress(ConflictError):
        run_users_add(settings, "wall", role=Role.DISPLAY, agency=None, password=None,
                      display_name="wall display")
    return run_display_token(settings, "wall")


#: The file, in the instance's directory, holding the demo's passwords and the wall's address
#: with its display token.
ACCESS_FILE = "demo-access.txt"


def write_access_file(settings: Settings, token: str) -> Path:
    """Write the demo accounts' passwords, the wall's token address and the agency desks'
    MQTT accounts with their passwords to :data:`ACCESS_FILE`,
    readable and writable by its owner alone (0600), and return its path.

    Written whole to a new file made 0600 and renamed over the old one
    (:func:`common.services.write_private`): nobody else can open it while it holds them.
    """
    from common import services
    from common.settings import DISPATCH_AGENCIES

    path = services.Layout.from_settings(settings).instance_dir / ACCESS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    base = f"http://{settings.web.host}:{settings.web.port}"
    pages = {"planner": "planner.html"}  # every other login works from the console
    lines = [f"# soc demo, instance {settings.services.instance}: demo accounts and the wall's address.",
             f"# Secret: the passwords log in; the wall's token reads the wall for "
             f"{settings.web.display_token_ttl_days} days.",
             f"wall: {base}/static/wall.html#token={token}",
             "", "# login password page"]
    lines += [f"{login} {demo_password(settings, login)} {base}/static/{pages.get(role, 'console.html')}"
              for login, role, _ in DEMO_ACCOUNTS]
    # The agency desks' own systems report over MQTT (docs/mqtt.md), each as its account.
    lines += ["", f"# MQTT, the agency desks' systems: mqtt://{settings.mqtt.host}:{settings.mqtt.port}",
              "# account password"]
    lines += [f"agency-{a} {settings.mqtt.password_for(f'agency-{a}')}" for a in DISPATCH_AGENCIES]
    services.write_private(path, "\n".join(lines) + "\n")
    return path


class DemoRunningError(SocError):
    """Another ``soc demo`` holds this instance."""


def demo_lock(settings: Settings) -> int:
    """Take the instance's demo lock (an open file descriptor; released when the process ends).

    A second ``soc demo`` on the same instance would start a second ingest
    worker with the same client id (taking over the first one's session) and
    a second copy of every service; it is refused before it touches anything.
    """
    import fcntl
    import os

    from common import services

    path = services.Layout.from_settings(settings).instance_dir / "demo.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
        os.close(fd)
        raise DemoRunningError(
            f"soc demo is already running on instance {settings.services.instance!r} (pid {holder}); "
            "stop it first, or use another instance (SOC_SERVICES__INSTANCE and other ports)"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


def run_demo(settings: Settings, args: argparse.Namespace) -> int:
    """Prepare everything, start the children, wait for Ctrl-C, stop them all."""
    try:
        demo_lock(settings)  # held until this process exits
    except DemoRunningError as exc:
        print(exc, file=sys.stderr)
        return 2
    print("Shuinan SOC demo: starting services and preparing the database ...")
    started: list[str] = []
    try:
        token = _prepare(settings, started)
    except BaseException:
        _stop_services(settings, started)
        raise
    access = write_access_file(settings, token)
    children = list(CHILDREN)
    if args.no_simulator:
        children = [c for c in children if c.name not in ("simulator", "agencies")]

    def banner(procs: dict[str, subprocess.Popen[bytes]]) -> None:
        web = settings.web
        print(f"\nThe center is running: {', '.join(procs) or 'no processes'}")
        base = f"http://{web.host}:{web.port}"
        print(f"  wall:     {base}/static/wall.html  (its address with the display token is in the file below)")
        print(f"  console:  {base}/static/console.html  login coordinator")
        print(f"  planner:  {base}/static/planner.html  login planner")
        print(f"  API docs: {base}/docs")
        print(f"  passwords and the wall's address: {access} (readable by you alone)")
        print("Press Ctrl-C to stop everything.")

    try:
        procs = supervise(settings, children, on_started=banner, services=started)
    finally:
        _stop_services(settings, started)
    failed = [n for n, p in procs.items() if p.returncode not in (0, -signal.SIGTERM, 130)]
    return 1 if failed else 0


def run_supervise(settings: Settings, args: argparse.Namespace) -> int:
    """``soc supervise NAME...``: the named children under :func:`supervise` until SIGINT/SIGTERM."""
    names = set(args.names)
    procs = supervise(settings, [c for c in CHILDREN if c.name in names])
    failed = [n for n, p in procs.items() if p.returncode not in (0, -signal.SIGTERM, 130)]
    return 1 if failed else 0


def supervise(settings: Settings, children: list[Child],
              on_started: Callable[[dict[str, subprocess.Popen[bytes]]], None] | None = None,
              services: Sequence[str] = (),
              ) -> dict[str, subprocess.Popen[bytes]]:
    """Start ``children``, restart each as :mod:`common.supervise` decides until SIGINT or
    SIGTERM, then stop them all; returns the last process of each (exited).

    A beating child is judged stale after ``SOC_HEALTH__STALE_AFTER_S`` without a beat,
    once it has run ``SOC_HEALTH__START_GRACE_S`` (at least twice the stale limit); a start
    that has not beaten yet while its main thread keeps using CPU (:func:`cpu_seconds`) is
    still starting, and is spared up to ``common.supervise.START_LIMIT_GRACES`` graces.
    ``services``: the local services (``timescaledb``, ``mosquitto``) this process started,
    kept up by :class:`_LocalServices`.
    """
    procs: dict[str, subprocess.Popen[bytes]] = {}
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    h = settings.health
    states = {c.name: ChildState(c.name, c.beats, stale_after_s=h.stale_after_s,
                                 grace_s=max(h.start_grace_s, 2 * h.stale_after_s)) for c in children}
    try:
        for child in children:
            procs[child.name] = _spawn(child)
            states[child.name].started(supervisor_clock())
            log_event(log, "child_started", name=child.name, pid=procs[child.name].pid)
        if on_started is not None:
            on_started(procs)
        beats = _Beats(settings)
        local = _LocalServices(settings, services)
        try:
            while not stopping:
                local.round()
                beats.restarted = local.restarted
                _supervise(children, procs, states, beats)
                time.sleep(0.5)
        finally:
            local.close()
            beats.close()
    finally:
        _stop_all(procs)
    return procs


class _Beats:
    """The children's heartbeat ages, read at most every ``every_s`` on a connection of its own."""

    def __init__(self, settings: Settings, every_s: float = 2.0,
                 clock: Callable[[], float] = supervisor_clock) -> None:
        self._settings = settings
        self._every_s = every_s
        self._clock = clock
        self._read_at = float("-inf")
        self._answered_at: float | None = None  # when the last read was answered
        self._conn: psycopg.Connection | None = None
        self._db = UpDown(log, "supervisor_database")
        # A read sent into a silent network cut fails within the answer deadline instead of
        # holding the supervisor (its children's exits, its shutdown) as long as the cut.
        self._watch = AnswerWatch(settings, "supervisor")
        self.ages: dict[int, float] = {}
        self.db_since: float | None = None
        #: The local services restarted so far, for the supervisor's beat (:class:`_LocalServices`).
        self.restarted: dict[str, dict[str, float | int]] = {}
        self._exited: set[int] = set()  # reaped children not yet marked in the database

    def exited(self, pid: int) -> None:
        """Say, at the next round, that the child ``pid`` has exited: its last beat no longer
        counts as life in ``/api/health`` and on the wall (:func:`common.health.mark_exited`)."""
        self._exited.add(pid)
        self._read_at = float("-inf")

    def read(self, pids: list[int]) -> None:
        """Refresh :attr:`ages` (pid -> seconds) and :attr:`db_since` when due."""
        now = self._clock()
        if now - self._read_at < self._every_s:
            return
        self._read_at = now
        try:
            if self._conn is None:
                self._conn = psycopg.connect(self._settings.db.conninfo(), autocommit=True, connect_timeout=2)
            with self._watch.guard(self._conn):
                if self._exited:
                    mark_exited(self._conn, [f"{instance_host()}:{p}" for p in self._exited])
                    self._exited.clear()
                instances = [f"{instance_host()}:{p}" for p in pids]
                ages = beat_ages(self._conn, instances)
                # The children beat only through writes: a server that answers reads but refuses
                # writes (read-only, a full disk) stops every beat, so it is an outage like one
                # that does not answer. The supervisor's own beat is that write; it names its
                # children, so that the health model tells it hung while they beat on
                # (:func:`common.health.unwatched`).
                detail: dict[str, object] = {"children": len(pids), "instances": instances}
                if self.restarted:
                    detail[RESTARTED] = self.restarted
                beat(self._conn, SUPERVISOR, detail)
        except psycopg.Error as exc:
            self._db.down(type(exc).__name__)
            self._drop()
            self.db_since = None
            return
        self._db.ok()
        answered = self._clock()
        self.db_since = reached_since(self.db_since, self._answered_at, answered, self._every_s)
        self._answered_at = answered
        self.ages = {int(k.rsplit(":", 1)[1]): v for k, v in ages.items()}

    def close(self) -> None:
        """Close the connection and the answer watch (at shutdown)."""
        self._drop()
        self._watch.close()

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):  # a socket the watch shut down
                self._conn.close()
            self._conn = None


class _LocalServices:
    """The local services a ``soc demo`` started, kept up: checked every ``every_s``; one
    found stopped is started again by ``soc services up`` run as a child (never in this
    process: the supervisor's loop goes on meanwhile), with the backoff of
    :class:`common.supervise.ChildState` while the attempts fail.

    :attr:`restarted` maps each service started again to its count of restarts and the
    time (epoch seconds) of the last, for the supervisor's beat and ``/api/health``.
    """

    def __init__(self, settings: Settings, names: Sequence[str], *, every_s: float = 2.0,
                 clock: Callable[[], float] = supervisor_clock,
                 running: Callable[[], set[str]] | None = None,
                 starter: Callable[[], subprocess.Popen[bytes]] | None = None) -> None:
        """``running``: the names of the services running now (default: ``services.status``);
        ``starter``: starts an attempt as a child (default: ``soc services up``)."""
        from common import services

        layout = services.Layout.from_settings(settings)
        self._running = running or (lambda: {st.name for st in services.status(layout) if st.running})
        self._starter_fn = starter or (lambda: subprocess.Popen(
            _soc("services", "up"), stdout=subprocess.DEVNULL,
            preexec_fn=_child_dies_with_supervisor()))  # noqa: PLW1509
        self._every_s = every_s
        self._clock = clock
        self._checked_at = float("-inf")
        self._states = {n: ChildState(n, beats=False) for n in names}
        now = clock()
        for st in self._states.values():
            st.started(now)
        self._starter: subprocess.Popen[bytes] | None = None
        self._starting: list[str] = []
        self._restarts = dict.fromkeys(names, 0)
        self.restarted: dict[str, dict[str, float | int]] = {}

    def round(self) -> None:
        """Notice a stopped service, start what is due, collect an attempt that ended."""
        if not self._states:
            return
        now = self._clock()
        if self._starter is not None:
            code = self._starter.poll()
            if code is None:
                return
            self._starter = None
            running = self._running()
            for name in self._starting:
                st = self._states[name]
                if name in running:
                    self._restarts[name] += 1
                    self.restarted[name] = {"restarts": self._restarts[name], "at": time.time()}
                    log_event(log, "service_restarted", logging.WARNING, name=name, restarts=self._restarts[name])
                else:
                    delay = st.exited(now)
                    log_event(log, "service_restart_failed", logging.ERROR, name=name, code=code,
                              restart_in_s=f"{delay:.1f}")
            self._starting = []
            self._checked_at = now
        elif now - self._checked_at >= self._every_s:
            self._checked_at = now
            running = self._running()
            for st in self._states.values():
                if st.running and st.name not in running:
                    delay = st.exited(now)
                    log_event(log, "service_exited", logging.ERROR, name=st.name, restart_in_s=f"{delay:.1f}")
        due = [st for st in self._states.values() if st.decide(now, beat_age_s=None, db_up_for_s=None) is Action.START]
        if due and self._starter is None:
            self._starting = [st.name for st in due]
            for st in due:
                st.started(now)
            self._starter = self._starter_fn()

    def close(self) -> None:
        """Wait for an attempt under way (at shutdown: the services are stopped next)."""
        if self._starter is not None:
            try:
                self._starter.wait(GRACE_S * 8)
            except subprocess.TimeoutExpired:
                self._starter.kill()
                self._starter.wait()


def _supervise(children: list[Child], procs: dict[str, subprocess.Popen[bytes]],
               states: dict[str, ChildState], beats: _Beats, *,
               clock: Callable[[], float] = supervisor_clock,
               progress: Callable[[int], float | None] = cpu_seconds) -> None:
    """One round: notice exits, judge heartbeats and start-up progress, start what is due
    (see :mod:`common.supervise`)."""
    beats.read([p.pid for p in procs.values() if p.poll() is None])
    now = clock()
    by_name = {c.name: c for c in children}
    for name, st in states.items():
        proc = procs[name]
        if st.running and proc.poll() is not None:
            delay = st.exited(now)
            beats.exited(proc.pid)
            log_event(log, "child_exited", logging.ERROR, name=name, code=proc.returncode,
                      restart_in_s=f"{delay:.1f}")
            continue
        db_up = None if beats.db_since is None else now - beats.db_since
        action = st.decide(now, beat_age_s=beats.ages.get(proc.pid), db_up_for_s=db_up,
                           progress=progress(proc.pid) if st.running else None)
        if action is Action.KILL:
            age = beats.ages.get(proc.pid)
            log_event(log, "child_stale", logging.ERROR, name=name, pid=proc.pid,
                      beat_age_s="none" if age is None else f"{age:.0f}")
            proc.kill()  # stuck: SIGTERM might never be handled; the exit path restarts it
        elif action is Action.START:
            procs[name] = _spawn(by_name[name])
            st.started(now)
            log_event(log, "child_restarted", logging.WARNING, name=name, pid=procs[name].pid, restarts=st.restarts)


def _stop_services(settings: Settings, started: list[str]) -> None:
    """Stop the services this demo started; say which ones stay up and why."""
    from common import services

    layout = services.Layout.from_settings(settings)
    stoppers = {"mosquitto": services.mqtt_down, "timescaledb": services.pg_down}  # broker first
    stopped = [n for n in stoppers if n in started]
    for name in stopped:
        stoppers[name](layout)
    kept = [n for n in stoppers if n not in started]
    if stopped:
        print(f"stopped services: {', '.join(stopped)} (data kept)")
    if kept:
        print(f"left running (they were up before the demo; `make services-down` stops them): {', '.join(kept)}")


def _stop_all(procs: dict[str, subprocess.Popen[bytes]]) -> None:
    for proc in procs.values():
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + GRACE_S
    for name, proc in procs.items():
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            log_event(log, "child_killed", logging.WARNING, name=name)
            proc.kill()
            proc.wait()
    print("stopped: " + ", ".join(f"{n} ({p.returncode})" for n, p in procs.items()))
