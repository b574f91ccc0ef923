"""Fixtures of the simulator's integration tests: a private broker and an ingest-account inbox.

The broker is a private instance of the project's own Mosquitto configuration
(``common.services``: same password file and ACL as the shared test broker) on
a free port: the simulator publishes fixed ``soc/v1/...`` topics and retained
device status, which must not reach the ingest workers of other tests on the
shared broker.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest

from common import services as svc
from common.settings import Settings
from tests.integration.sim.sim_helpers import Inbox


@pytest.fixture
def broker(settings: Settings) -> Iterator[Settings]:
    """Settings pointing at a fresh private Mosquitto of the project's configuration
    (one per test: retained status messages of one test must not reach the next)."""
    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"sim-{uuid.uuid4().hex[:8]}", mqtt_port=svc.free_port(), pg_port=svc.free_port())
    svc.mqtt_up(layout)
    try:
        yield settings.model_copy(update={"mqtt": settings.mqtt.model_copy(update={"port": layout.mqtt_port})})
    finally:
        svc.mqtt_down(layout)
        shutil.rmtree(layout.instance_dir, ignore_errors=True)


@pytest.fixture
def inbox(broker: Settings) -> Iterator[Inbox]:
    box = Inbox(broker)
    yield box
    box.close()
