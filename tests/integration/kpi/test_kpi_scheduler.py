"""``soc kpi run``: recomputes on its schedule and records each run; stops on request."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from common.settings import Settings
from kpi.cli import run_scheduler

pytestmark = pytest.mark.integration


def test_scheduler_recomputes_on_its_interval_and_records_runs(db_settings: Settings, db_dsn: str) -> None:
    settings = db_settings.model_copy(
        update={"ops": db_settings.ops.model_copy(update={"kpi_interval_s": 0.5})}
    )
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run_scheduler(settings, stop=stop)))
    worker.start()
    try:
        deadline = time.monotonic() + 120
        runs: list[tuple[str, str, int]] = []
        while time.monotonic() < deadline:
            with psycopg.connect(db_dsn) as conn:
                runs = conn.execute(
                    "SELECT trigger, actor, plan_year FROM kpi_compute_runs ORDER BY run_id"
                ).fetchall()
            if len(runs) >= 2:
                break
            time.sleep(0.2)
    finally:
        stop.set()
        worker.join(timeout=60)
    assert not worker.is_alive()
    assert result == [0]
    assert len(runs) >= 2
    assert set(runs) == {("schedule", "kpi-scheduler", 2016)}
