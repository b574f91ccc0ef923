"""The web process beats (service ``web``) from its event loop, like every other process."""

from __future__ import annotations

import time

import psycopg

from common.health import instance_name
from tests.api.conftest import LiveApp


def test_the_web_process_beats(live_app: LiveApp) -> None:
    deadline = time.monotonic() + 30
    with psycopg.connect(live_app.settings.db.conninfo(), autocommit=True) as conn:
        while True:
            row = conn.execute("SELECT 1 FROM service_heartbeats WHERE service = 'web' AND instance = %s",
                               (instance_name(),)).fetchone()
            if row or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    assert row == (1,)
