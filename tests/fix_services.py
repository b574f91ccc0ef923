"""Fixtures: the test instance's settings and its running services.

The test instance is separate from the demo's (`main`): other ports, other data,
so tests may stop and restart their own services without touching the demo.
Secrets come from `.env` (written by `make env` or, if missing, here).

Under pytest-xdist every worker has its own instance, so a test that stops,
restarts or fills its services never reaches another worker's: worker ``gwN``
runs instance ``<SOC_TEST_INSTANCE>-gwN`` on ports ``SOC_TEST_PG_PORT + 1 + N``
and ``SOC_TEST_MQTT_PORT + 1 + N`` (the base ports stay with a run without
workers). The services start once per worker and stop when its session ends,
unless another session of the same instance still runs.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from common import services as svc
from common.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]

def worker_index(environ: Mapping[str, str]) -> int | None:
    """The pytest-xdist worker's number (``gw3`` → 3), or None outside a worker."""
    worker = environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw") and worker[2:].isdigit():
        return int(worker[2:])
    return None


def instance_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The settings forced for a test run: never the demo instance.

    ``SOC_TEST_INSTANCE``, ``SOC_TEST_PG_PORT`` and ``SOC_TEST_MQTT_PORT`` move the
    test instance (e.g. to run a second checkout's suite beside CI); an xdist
    worker adds its own suffix and port offset to them (module docstring).
    """
    instance = environ.get("SOC_TEST_INSTANCE", "test")
    pg_port = int(environ.get("SOC_TEST_PG_PORT", "15433"))
    mqtt_port = int(environ.get("SOC_TEST_MQTT_PORT", "11884"))
    index = worker_index(environ)
    if index is not None:
        instance = f"{instance}-gw{index}"
        pg_port += 1 + index
        mqtt_port += 1 + index
    return {
        "SOC_SERVICES__INSTANCE": instance,
        "SOC_DB__PORT": str(pg_port),
        "SOC_DB__NAME": "soc_test",
        "SOC_MQTT__PORT": str(mqtt_port),
    }


def ensure_env_file() -> Path:
    """The checkout's ``.env``, written with fresh secrets if missing (``make env``)."""
    env_file = ROOT / ".env"
    if not env_file.exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_env.py")], check=True)
    return env_file


def pytest_configure(config: pytest.Config) -> None:
    """Write ``.env`` once, in the controlling process, before any xdist worker reads it."""
    if not hasattr(config, "workerinput"):
        ensure_env_file()


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Settings of the test instance (secrets from .env, ports forced to the test ones)."""
    os.environ.update(instance_env(os.environ))
    return load_settings(ensure_env_file())


@pytest.fixture(scope="session")
def services(settings: Settings) -> Iterator[svc.Layout]:
    """The test instance's TimescaleDB and Mosquitto, started once for the session.

    Stopped (data kept) when the session ends, unless another session of the same
    instance (a second pytest in the same checkout) still holds it.
    """
    layout = svc.Layout.from_settings(settings)
    layout.instance_dir.mkdir(parents=True, exist_ok=True)
    with (layout.instance_dir / "sessions.lock").open("a") as users:
        fcntl.flock(users, fcntl.LOCK_SH)
        report = svc.up(layout)
        not_running = [s.name for s in report if not s.running]
        if not_running:
            pytest.fail(f"test services not running: {not_running}")
        yield layout
        try:
            fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # another session still uses the instance
        svc.down(layout)


@pytest.fixture
def unique_id() -> str:
    """A short id unique to this test, for source ids, client ids and names."""
    return uuid.uuid4().hex[:10]


@pytest.fixture(scope="session")
def private_seed(settings: Settings) -> Iterator[Path | None]:
    """Once per worker: the data directory of a stopped PostgreSQL as ``svc.pg_up`` leaves a
    new instance (initialised, the role, the extensions in template1, the empty database),
    which each :func:`private_layout` starts from as a copy instead of its own ``initdb``
    (seconds each on a loaded host, for every fault test). ``None`` on the docker backend,
    whose instances are containers. Removed when the session ends."""
    base = svc.Layout.from_settings(settings)
    if svc.choose_backend(base) == "docker":
        yield None
        return
    seed = replace(base, instance=f"{base.instance}-seed", pg_port=svc.free_port(), mqtt_port=svc.free_port(),
                   db_name="soc")
    rt = svc.PgRuntime(seed, svc.choose_backend(seed))
    try:
        svc.pg_up(seed)
        svc.pg_down(seed)  # a clean shutdown: the copies start without recovery
        yield rt.data_host
    finally:
        svc.pg_kill(seed)
        svc.remove_instance(seed)


@pytest.fixture
def private_layout(settings: Settings, unique_id: str, private_seed: Path | None) -> Iterator[svc.Layout]:
    """A private TimescaleDB + Mosquitto instance on free ports, for fault tests that stop them.

    Not started: call ``svc.up(layout)`` / ``svc.pg_up(layout)`` / ``svc.mqtt_up(layout)``.
    Its PostgreSQL data starts as a copy of ``private_seed`` (what its first ``pg_up`` would
    make); stopped and removed at teardown.
    """
    with private_instance(settings, unique_id, private_seed) as layout:
        yield layout


@contextmanager
def private_instance(settings: Settings, unique_id: str, seed: Path | None = None) -> Iterator[svc.Layout]:
    """The layout of :func:`private_layout` (not started), stopped and removed on leaving; for a
    fixture of a wider scope. ``seed``: a stopped instance's data directory to start from
    (:func:`private_seed`); without it the first ``pg_up`` initialises the data."""
    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"priv-{unique_id}", pg_port=svc.free_port(),
                     mqtt_port=svc.free_port(), db_name="soc")
    backend = svc.choose_backend(layout)
    if seed is not None:
        data = svc.PgRuntime(layout, backend).data_host
        data.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-a", "--reflink=auto", str(seed), str(data)], check=True)
    try:
        yield layout
    finally:
        if backend != "docker":
            svc.pg_kill(layout)  # its data goes next: no shutdown checkpoint to wait for
        svc.down(layout)
        svc.remove_instance(layout)


def settings_for_layout(settings: Settings, layout: svc.Layout) -> Settings:
    """A copy of ``settings`` pointing at ``layout``'s ports and database (for private instances)."""
    return settings.model_copy(update={
        "db": settings.db.model_copy(update={"port": layout.pg_port, "name": layout.db_name}),
        "mqtt": settings.mqtt.model_copy(update={"port": layout.mqtt_port}),
        "services": settings.services.model_copy(update={"instance": layout.instance}),
    })


def stop_processes(procs: Iterable[subprocess.Popen[bytes]], timeout: float = 30.0) -> list[int | None]:
    """SIGTERM every process still running, then wait for each; one not gone within ``timeout``
    seconds is killed. Each one's exit code, None for one that had to be killed."""
    procs = list(procs)
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    codes: list[int | None] = []
    for proc in procs:
        try:
            codes.append(proc.wait(timeout))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            codes.append(None)
    return codes


def subprocess_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a `soc ...` subprocess that must use ``settings``' ports and database."""
    env = dict(os.environ)
    env.update({
        "SOC_SERVICES__INSTANCE": settings.services.instance,
        "SOC_DB__PORT": str(settings.db.port),
        "SOC_DB__NAME": settings.db.name,
        "SOC_MQTT__PORT": str(settings.mqtt.port),
        "SOC_OPS__RETENTION_S": str(settings.ops.retention_s),
    })
    env.update(extra)
    return env


def start_soc(settings: Settings, log: Path, *args: str, **env: str) -> subprocess.Popen[bytes]:
    """``python -m soc ARGS`` from this checkout on ``settings``' services and database, with
    ``env`` added, its output appended to ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "soc", *args], cwd=ROOT, env=subprocess_env(settings, **env),
                                stdout=out, stderr=subprocess.STDOUT)


def wait_while_running(proc: subprocess.Popen[bytes], log: Path, done: Callable[[], bool], what: str,
                       *, every_s: float = 0.2, bound_s: float = 300.0) -> None:
    """Wait until ``done()``; fails (with the log's tail) when ``proc`` exits first, or after
    ``bound_s`` (a bound on waiting, not a timing assertion) saying ``what`` never happened."""
    deadline = time.monotonic() + bound_s
    while not done():
        assert proc.poll() is None, log.read_text()[-3000:]
        assert time.monotonic() < deadline, f"{what} never happened"
        time.sleep(every_s)
