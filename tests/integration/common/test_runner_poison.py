"""A service whose every step fails for good is down in the health check, not "live".

A committed row that a consumer cannot handle fails its step each time; the
runner opens a fresh connection and opens the worker again. The real `soc
alerts run` here meets an event stored at a time before year 1 in UTC (the
database keeps 1 BC, psycopg cannot load it): its heartbeat must go stale, so
`/api/health` names it and the wall turns red, while a database outage, which
the runner rides out, keeps the beats of its reopening (test_runner_faults.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from common.health import read_health
from common.settings import Settings
from tests.fix_services import start_soc, stop_processes, wait_while_running

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Longer than a reopening takes (backoff at most 5 s, beats every second).
STALE_AFTER_S = 15.0


def _alerts_stale(dsn: str) -> bool | None:
    with psycopg.connect(dsn) as conn:
        found = [p for p in read_health(conn, ["alerts"], STALE_AFTER_S) if p.service == "alerts"]
    return found[0].stale if found else None


def test_a_service_failing_every_step_goes_stale_in_the_health_check(
    db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path
) -> None:
    log = tmp_path / "alerts.log"
    started = datetime.now(UTC)
    proc = start_soc(db_settings, log, "alerts", "run", SOC_ALERTS__POLL_INTERVAL_MS="100",
                     SOC_HEALTH__BEAT_EVERY_S="1")
    try:
        def beating() -> bool:
            with psycopg.connect(db_dsn) as conn:
                row = conn.execute("SELECT max(beat_at) FROM service_heartbeats WHERE service = 'alerts'").fetchone()
            return row is not None and row[0] is not None and row[0] > started

        wait_while_running(proc, log, beating, "the first heartbeat")
        assert _alerts_stale(db_dsn) is False
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            conn.execute(
                "INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                " VALUES ('0001-01-01 00:00:00+14'::timestamptz, %s, 'disaster', 'cap', 'k', 'rain', '{}')",
                (f"cap:poison-{unique_id}",),
            )
        wait_while_running(proc, log, lambda: "alerts_step_failed" in log.read_text(), "the failing step")
        wait_while_running(proc, log, lambda: _alerts_stale(db_dsn) is True, "the health check saying alerts is down",
                           bound_s=120)
    finally:
        stop_processes([proc])
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            conn.execute("DELETE FROM events WHERE source_id = %s", (f"cap:poison-{unique_id}",))
