"""A kill -9 of Mosquitto loses at most what it accepted since its last save.

20,000 messages at 5,000 msg/s are PUBACKed into the persistent session of an
absent subscriber (the "messages queued for ingest" case); the broker is
killed with SIGKILL, restarted on its persistence file, and the subscriber
collects. With the project's persistence (save after every
``mqtt.autosave_changes`` = 5,000 changes) at most that many are lost; with
the former ``autosave_interval 30`` all 20,000 were.
"""

from __future__ import annotations

import pytest

from bench.broker_crash import run
from common import services as svc
from common.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_kill_9_of_the_broker_loses_at_most_one_save_interval(settings: Settings, services: svc.Layout) -> None:
    bound = settings.mqtt.autosave_changes
    assert bound > 0
    r = run(5000, 4, "queued", settings.mqtt.autosave_s, bound, settings=settings)
    assert r["accepted"] >= 10_000, r  # the broker kept up with most of the stream
    assert r["lost"] <= bound, r
