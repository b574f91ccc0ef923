"""`soc demo` on a private instance: Ctrl-C leaves no process behind.

The demo stops the services it started itself and leaves running the ones that
were already up (a developer's `soc services up`, a test run). The demo that finds
the services up and the supervisor killed with kill -9 share one instance
(:func:`running_layout`): a demo start prepares the database and starts every child,
the bulk of the module's time, so the kill goes to `soc supervise` with three children.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from soc.demo import CHILDREN, DEMO_ACCOUNTS, demo_password
from tests.fix_services import private_instance, settings_for_layout, subprocess_env
from tests.integration.common.test_supervise_db_freeze import _read_only
from tests.pg_freeze import frozen
from web.security import Role, read_token

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
READY = "Press Ctrl-C to stop everything."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes only once reaped; the demo reaps its children.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def _health(port: int) -> dict[str, object]:
    try:
        r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=10)
    except httpx.HTTPError:
        return {}
    body: dict[str, object] = r.json()
    return body


def test_a_crashed_database_is_restarted_and_ctrl_c_stops_only_what_the_demo_started(
    settings: Settings, private_layout: svc.Layout
) -> None:
    """The demo starts the services; PostgreSQL crashing under it (an immediate stop, as the
    PANIC of a full WAL disk stops it) is started again by the demo and named in
    `/api/health`; Ctrl-C stops every child and the services it started."""
    s = settings_for_layout(settings, private_layout)
    port = svc.free_port()
    env = subprocess_env(s, SOC_WEB__PORT=str(port))

    # Nothing running before: the demo starts the services and stops them again.
    assert not any(st.running for st in svc.status(private_layout))
    demo = _Demo(env)
    try:
        demo.wait_for(re.escape(READY), 300)
        time.sleep(3)  # the children are up and connecting
        svc.pg_kill(private_layout)
        assert not svc.status(private_layout)[0].running
        demo.wait_for(r"service_exited name=timescaledb", 30)
        demo.wait_for(r"service_restarted name=timescaledb restarts=1", 180)
        assert all(st.running for st in svc.status(private_layout)), demo.text[-6000:]
        deadline = time.monotonic() + 120
        while not [r for r in _restarted(_health(port)) if r.get("service") == "timescaledb"]:
            assert time.monotonic() < deadline, f"{_health(port)}\n{demo.text[-6000:]}"
            time.sleep(1)
        (restart,) = _restarted(_health(port))
        assert restart["restarts"] == 1, restart
    finally:
        code = demo.stop()
    text = demo.text
    pids = [int(m) for m in re.findall(r"child_started name=\w+ pid=(\d+)", text)]
    assert code == 0, text
    assert len(pids) == len(CHILDREN), text  # every child of the center was started
    assert not [p for p in pids if _alive(p)], text
    assert "stopped services: mosquitto, timescaledb" in text
    assert not any(st.running for st in svc.status(private_layout)), text
    _secrets_only_in_the_access_file(s, private_layout, text, web_port=port)
    # Already running before, the services stay: the end of
    # test_a_killed_or_stuck_child_is_restarted_and_nothing_else_stops.


def _restarted(health: dict[str, object]) -> list[dict[str, object]]:
    restarted = health.get("restarted", [])
    assert isinstance(restarted, list)
    return restarted


def _secrets_only_in_the_access_file(s: Settings, layout: svc.Layout, text: str, web_port: int) -> None:
    """No password of a demo account and no display token in the demo's output (a terminal's
    scrollback, a service's journal); both in the file whose path it prints, in the instance's
    directory, readable by the user who ran it alone."""
    passwords = {login: demo_password(s, login) for login, _, _ in DEMO_ACCOUNTS}
    assert not [login for login, pw in passwords.items() if pw in text], text
    assert "token=" not in text, text
    m = re.search(r"passwords and the wall's address: (\S+)", text)
    assert m, text
    access = Path(m[1])
    assert access.parent == layout.instance_dir
    st = access.stat()
    assert (stat.S_IMODE(st.st_mode), st.st_uid) == (0o600, os.getuid())
    secrets = access.read_text()
    for login, pw in passwords.items():
        assert re.search(rf"^{re.escape(login)} {pw} http://\S+/static/\w+\.html$", secrets, re.M), secrets
    token = re.search(rf"^wall: http://\S+:{web_port}/static/wall\.html#token=(\S+)$", secrets, re.M)
    assert token, secrets
    assert token[1] not in text
    wall = read_token(token[1], secret=s.web.secret_key.get_secret_value().encode(), now=time.time())
    assert (wall.name, wall.role) == ("wall", Role.DISPLAY)


@pytest.fixture(scope="module")
def running_layout(settings: Settings, private_seed: Path | None) -> Iterator[svc.Layout]:
    """A private instance already up before the demo (a developer's `soc services up`), migrated
    (as the demo leaves it) for the children that `soc supervise` starts without preparing."""
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        svc.up(layout)
        with connect(settings_for_layout(settings, layout), autocommit=True) as conn:
            migrate(conn)
        yield layout


class _Demo:
    """A running `soc demo` (or `soc supervise`) whose output is collected line by line."""

    def __init__(self, env: dict[str, str], *args: str, command: str = "demo") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "soc", command, *args], cwd=ROOT, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def text(self) -> str:
        return "".join(self.lines)

    def wait_for(self, pattern: str, timeout_s: float) -> re.Match[str]:
        deadline = time.monotonic() + timeout_s
        while True:
            m = re.search(pattern, self.text)
            if m:
                return m
            assert self.proc.poll() is None, f"demo exited waiting for {pattern!r}:\n{self.text[-6000:]}"
            assert time.monotonic() < deadline, f"no {pattern!r} in {timeout_s:.0f} s:\n{self.text[-6000:]}"
            time.sleep(0.5)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            code = self.proc.wait(120)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._reader.join(10)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return code


def _beats_from(s: Settings, pid: int) -> bool:
    import psycopg

    from common.health import instance_name

    host = instance_name().rsplit(":", 1)[0]
    try:
        with psycopg.connect(s.db.conninfo(), connect_timeout=3) as conn:
            row = conn.execute("SELECT now() - beat_at < interval '10 seconds' FROM service_heartbeats"
                               " WHERE instance = %s", (f"{host}:{pid}",)).fetchone()
    except psycopg.OperationalError:
        return False
    return bool(row and row[0])


def _wait_beating(s: Settings, pids: Iterable[int], timeout_s: float, demo: _Demo) -> None:
    deadline = time.monotonic() + timeout_s
    while not all(_beats_from(s, p) for p in pids):
        assert time.monotonic() < deadline, "a child never beat\n" + demo.text[-6000:]
        time.sleep(1)


#: The supervisor's staleness limit in the demo that has its children killed, stopped and
#: its database frozen.
STALE_AFTER_S = 8.0


def test_a_killed_or_stuck_child_is_restarted_and_nothing_else_stops(
    settings: Settings, running_layout: svc.Layout
) -> None:
    """A child killed or stuck is restarted alone; a frozen database restarts nobody, nor
    does one that refuses every write. Then
    Ctrl-C: the center stops, every child it ever started (the replacements too), and
    the services that were up before it stay."""
    s = settings_for_layout(settings, running_layout)
    env = subprocess_env(s, SOC_WEB__PORT=str(svc.free_port()), SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         SOC_HEALTH__BEAT_EVERY_S="1")
    demo = _Demo(env, "--no-simulator")
    try:
        demo.wait_for(re.escape(READY), 300)
        pids = {m[0]: int(m[1]) for m in re.findall(r"child_started name=(\w+) pid=(\d+)", demo.text)}
        assert set(pids) == {c.name for c in CHILDREN} - {"simulator", "agencies"}, demo.text

        # kill -9: restarted, beating under its new pid; the others untouched.
        os.kill(pids["ops"], signal.SIGKILL)
        demo.wait_for(r"child_exited name=ops code=-9", 30)
        new_ops = int(demo.wait_for(r"child_restarted name=ops pid=(\d+)", 60)[1])
        assert _alive(new_ops)
        deadline = time.monotonic() + 120
        while not _beats_from(s, new_ops):
            assert time.monotonic() < deadline, "the restarted ops center never beat\n" + demo.text[-6000:]
            time.sleep(1)

        # Stuck (SIGSTOP: alive, silent): its heartbeat goes stale, it is killed and restarted;
        # the web process too (it beats from its event loop).
        os.kill(pids["alerts"], signal.SIGSTOP)
        os.kill(pids["web"], signal.SIGSTOP)
        for name in ("alerts", "web"):
            demo.wait_for(rf"child_stale name={name}", 90)
            restarted = int(demo.wait_for(rf"child_restarted name={name} pid=(\d+)", 60)[1])
            assert restarted != pids[name]
            assert _alive(restarted)

        for name in set(pids) - {"ops", "alerts", "web"}:
            assert _alive(pids[name]), f"{name} was stopped because another child died"
        assert all(st.running for st in svc.status(running_layout))

        # The database frozen (SIGSTOP of the server and its backends) for three stale periods:
        # every child beats again as the same process once it is thawed, and nobody is judged
        # stale or restarted, during the freeze or for two stale periods after it.
        pids |= {m[0]: int(m[1]) for m in re.findall(r"child_restarted name=(\w+) pid=(\d+)", demo.text)}
        _wait_beating(s, pids.values(), 120, demo)
        mark = len(demo.text)
        with frozen(running_layout):
            time.sleep(3 * STALE_AFTER_S)  # the fault itself: frozen this long
        _wait_beating(s, pids.values(), 120, demo)
        time.sleep(2 * STALE_AFTER_S)  # judged by the supervisor meanwhile
        after = demo.text[mark:]
        assert not re.search(r"child_(?:stale|exited|restarted)", after), after[-6000:]
        assert all(_alive(p) for p in pids.values()), pids

        # Every write refused (read-only, as a full disk refuses them) for three stale periods:
        # every beat is a write, so every child falls silent while the supervisor still reads;
        # it judges that an outage, and the same children beat again once writes are taken.
        mark = len(demo.text)
        _read_only(running_layout, on=True)
        try:
            time.sleep(3 * STALE_AFTER_S)  # the fault itself
            assert not any(_beats_from(s, p) for p in pids.values()), "a beat was written under read-only"
        finally:
            _read_only(running_layout, on=False)
        _wait_beating(s, pids.values(), 120, demo)
        time.sleep(2 * STALE_AFTER_S)  # judged by the supervisor meanwhile
        after = demo.text[mark:]
        assert not re.search(r"child_(?:stale|exited|restarted)", after), after[-6000:]
        assert all(_alive(p) for p in pids.values()), pids
    finally:
        code = demo.stop()
    text = demo.text
    assert code == 0, text[-6000:]
    every = [int(p) for p in re.findall(r"child_(?:started|restarted) name=\w+ pid=(\d+)", text)]
    assert set(pids.values()) <= set(every), text[-6000:]
    assert not [p for p in every if _alive(p)], text[-6000:]
    assert "left running" in text
    assert all(st.running for st in svc.status(running_layout)), text[-6000:]


#: The children of the killed supervisor: the two whose orphans held the broker client ids, and
#: the one whose orphan held the web port.
ORPHANED = ("ingest", "ops", "web")


def test_a_killed_supervisor_takes_its_children_with_it(settings: Settings, running_layout: svc.Layout) -> None:
    """kill -9 of the supervisor itself: no child is left behind to fight a new demo.

    Orphans kept ingest's and the ops center's client ids: a second demo's workers
    and theirs took the broker session from each other every second, and the new
    web process could not bind its port. The supervisor killed is ``soc supervise``,
    the same :func:`soc.demo.supervise` that ``soc demo`` runs after its preparation,
    which this fault does not reach.
    """
    s = settings_for_layout(settings, running_layout)
    env = subprocess_env(s, SOC_WEB__PORT=str(svc.free_port()))
    demo = _Demo(env, *ORPHANED, command="supervise")
    try:
        demo.wait_for(r"(?s)" + r".*".join(rf"child_started name={n} pid=\d+" for n in ORPHANED), 300)
        pids = [int(p) for p in re.findall(r"child_started name=\w+ pid=(\d+)", demo.text)]
        assert len(pids) == len(ORPHANED), demo.text
        assert all(_alive(p) for p in pids), demo.text
        os.kill(demo.proc.pid, signal.SIGKILL)
        demo.proc.wait(30)
        deadline = time.monotonic() + 60
        while (left := [p for p in pids if _alive(p)]) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not left, f"children still running 60 s after the supervisor was killed: {left}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(demo.proc.pid, signal.SIGKILL)  # the process group outlives its leader
        demo.stop()
    assert all(st.running for st in svc.status(running_layout))
