"""The wall's latest value of a series is its last observed reading (docs/web.md): a reading
dated after its receipt (a gateway's fast clock, stored up to ``ingest.max_future_skew_s``
ahead) counts from its receipt, a late one from its date, ties by date, as the alert
evaluator orders a series (``alerts.evaluate.Reading.observed``). Hypothesis over the
readings' dates and receipts: ``ingest.api.latest_values`` answers what that order names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.api import latest_values

pytestmark = pytest.mark.integration

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
SENSOR = "HY-RG-LATEST"
#: (received, seconds ago; its date's offset from its receipt: up to 300 s ahead, or late)
readings = st.lists(st.tuples(st.integers(0, 3 * 86400), st.integers(-7200, 300)), max_size=12)


@pytest.fixture
def conn(db_dsn: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(db_dsn, autocommit=True) as c:
        yield c


def _expected(rows: dict[datetime, tuple[datetime, float]]) -> tuple[datetime, float] | None:
    seen = [(min(t, r), t, v) for t, (r, v) in rows.items() if min(t, r) <= NOW and t > NOW - timedelta(days=2)]
    if not seen:
        return None
    _, t, v = max(seen)
    return t, v


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rs=readings)
@example(rs=[(300, 280), (297, 0)])  # one dated 280 s ahead, the on-time one received 3 s later
@example(rs=[(10, 300), (5, 0), (0, -60)])
def test_the_latest_value_is_the_last_observed_reading(conn: psycopg.Connection, rs: list[tuple[int, int]]) -> None:
    rows: dict[datetime, tuple[datetime, float]] = {}
    for i, (ago, ahead) in enumerate(rs):
        received = NOW - timedelta(seconds=ago)
        rows.setdefault(received + timedelta(seconds=ahead), (received, float(i)))
    with conn.transaction(force_rollback=True):
        conn.execute("INSERT INTO sensors (sensor_id, agency, kind, name, geom)"
                     " VALUES (%s, 'disaster', 'rain', 'hypothesis', ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326))",
                     (SENSOR,))
        for t, (r, v) in rows.items():
            conn.execute("INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                         " VALUES (%s, %s, 'rain_1h', %s, %s)", (t, SENSOR, v, r))
        got = [x for x in latest_values(conn, kinds=["rain"], metrics=["rain_1h"], now=NOW) if x.sensor_id == SENSOR]
    assert len(got) == 1
    want = _expected(rows)
    assert (None if got[0].latest_at is None else (got[0].latest_at, got[0].latest)) == want
