"""Fixtures: the test instance's settings and its running services.

The test instance is separate from the demo's (`main`): other ports, other data,
so tests may stop and restart their own services without touching the demo.
Secrets come from `.env` (written by `make env` or, if missing, here).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from common import services as svc
from common.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]

#: Forced for every test run: never the demo instance. SOC_TEST_PG_PORT /
#: SOC_TEST_MQTT_PORT move the test instance (e.g. to run a second checkout's suite).
TEST_ENV = {
    "SOC_SERVICES__INSTANCE": os.environ.get("SOC_TEST_INSTANCE", "test"),
    "SOC_DB__PORT": os.environ.get("SOC_TEST_PG_PORT", "55433"),
    "SOC_DB__NAME": "soc_test",
    "SOC_MQTT__PORT": os.environ.get("SOC_TEST_MQTT_PORT", "51884"),
}


def _ensure_env_file() -> Path:
    env_file = ROOT / ".env"
    if not env_file.exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_env.py")], check=True)
    return env_file


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Settings of the test instance (secrets from .env, ports forced to the test ones)."""
    os.environ.update(TEST_ENV)
    return load_settings(_ensure_env_file())


@pytest.fixture(scope="session")
def services(settings: Settings) -> svc.Layout:
    """Start (idempotently) the test instance's TimescaleDB and Mosquitto for the session."""
    layout = svc.Layout.from_settings(settings)
    report = svc.up(layout)
    not_running = [s.name for s in report if not s.running]
    if not_running:
        pytest.fail(f"test services not running: {not_running}")
    return layout


@pytest.fixture
def unique_id() -> str:
    """A short id unique to this test, for source ids, client ids and names."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
def private_layout(settings: Settings, unique_id: str) -> Iterator[svc.Layout]:
    """A private TimescaleDB + Mosquitto instance on free ports, for fault tests that stop them.

    Not started: call ``svc.up(layout)`` / ``svc.pg_up(layout)`` / ``svc.mqtt_up(layout)``.
    Stopped at teardown; its data directory is kept under the cache (small, reused name).
    """
    from dataclasses import replace

    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"priv-{unique_id}", pg_port=svc.free_port(),
                     mqtt_port=svc.free_port(), db_name="soc")
    yield layout
    svc.down(layout)
    svc.remove_instance(layout)


def settings_for_layout(settings: Settings, layout: svc.Layout) -> Settings:
    """A copy of ``settings`` pointing at ``layout``'s ports and database (for private instances)."""
    return settings.model_copy(update={
        "db": settings.db.model_copy(update={"port": layout.pg_port, "name": layout.db_name}),
        "mqtt": settings.mqtt.model_copy(update={"port": layout.mqtt_port}),
        "services": settings.services.model_copy(update={"instance": layout.instance}),
    })


def subprocess_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a `soc ...` subprocess that must use ``settings``' ports and database."""
    env = dict(os.environ)
    env.update({
        "SOC_SERVICES__INSTANCE": settings.services.instance,
        "SOC_DB__PORT": str(settings.db.port),
        "SOC_DB__NAME": settings.db.name,
        "SOC_MQTT__PORT": str(settings.mqtt.port),
    })
    env.update(extra)
    return env
