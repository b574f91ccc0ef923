"""The services' connection pool is back as soon as the database is, after a long outage.

A private PostgreSQL is stopped for 16 s while a client asks the pool for a
connection twice a second (as /api/health and the wall's feed do), then started
again: the next request must get a working connection within a few seconds. With
psycopg_pool's plain exponential backoff (attempts 1, 2, 4, 8, 16 s apart) the
next attempt would come about 15 s after the database's return.
"""

from __future__ import annotations

import time

import psycopg
import pytest
from psycopg_pool import PoolTimeout

from common import services as svc
from common.db import create_pool
from common.settings import Settings
from tests.fix_services import settings_for_layout

pytestmark = [pytest.mark.integration, pytest.mark.slow]

OUTAGE_S = 16.0


def test_pool_answers_within_seconds_of_the_databases_return(settings: Settings,
                                                            private_layout: svc.Layout) -> None:
    svc.pg_up(private_layout)
    pool = create_pool(settings_for_layout(settings, private_layout), name="test")
    try:
        with pool.connection(timeout=5) as conn:
            conn.execute("SELECT 1")
        svc.pg_down(private_layout)
        failures = 0
        end = time.monotonic() + OUTAGE_S
        while time.monotonic() < end:
            try:
                with pool.connection(timeout=0.5) as conn:
                    conn.execute("SELECT 1")
            except (psycopg.Error, PoolTimeout):
                failures += 1
            time.sleep(0.5)
        svc.pg_up(private_layout)
        with pool.connection(timeout=5) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
        # While the database was away, nothing was handed out as if it answered.
        assert failures > 0
    finally:
        pool.close()
