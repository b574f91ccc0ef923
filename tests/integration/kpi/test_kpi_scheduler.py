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


def test_a_run_before_the_first_reading_is_followed_soon_not_after_the_interval(
    db_settings: Settings, db_dsn: str, unique_id: str,
) -> None:
    """A center whose schedule starts before its sensors report (a fresh ``soc demo``): once a
    reading is stored, the center's sensor availability is computed within the retry time, not
    after the whole interval (an hour here) with the planner page reading "no data" meanwhile.
    The sensor is registered as the schedule starts (nothing expected of it yet: the first run
    finds no figure); its reading is dated, and received, 25 minutes back so that whole slots
    lie behind it (the slot holding the computation is not expected)."""
    ops = db_settings.ops.model_copy(update={"kpi_interval_s": 3600.0})
    if "kpi_retry_s" in type(ops).model_fields:
        ops = ops.model_copy(update={"kpi_retry_s": 0.5})
    settings = db_settings.model_copy(update={"ops": ops})
    sensor = f"wl-{unique_id}"
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO sensors (sensor_id, agency, kind, geom, expected_interval) VALUES"
            " (%s, 'water', 'water_level', ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), '10 minutes')",
            (sensor,))
        before = conn.execute("SELECT count(*) FROM kpi_compute_runs").fetchone()
    stop = threading.Event()
    worker = threading.Thread(target=lambda: run_scheduler(settings, stop=stop))
    worker.start()

    def availability() -> list[tuple[object, ...]]:
        with psycopg.connect(db_dsn) as conn:
            return conn.execute("SELECT value FROM kpi_observations"
                                " WHERE indicator_id = 'ops.sensor_availability'").fetchall()

    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the first run, before any reading
            with psycopg.connect(db_dsn) as conn:
                if conn.execute("SELECT count(*) FROM kpi_compute_runs").fetchone() != before:
                    break
            time.sleep(0.2)
        assert availability() == []
        with psycopg.connect(db_dsn) as conn:
            conn.execute("INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                         " VALUES (now() - interval '25 minutes', %s, 'level_m', 1.2, now() - interval '25 minutes')",
                         (sensor,))
        found: list[tuple[object, ...]] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not found:
            found = availability()
            time.sleep(0.2)
    finally:
        stop.set()
        worker.join(timeout=60)
    assert not worker.is_alive()
    assert found, "no sensor availability a minute after the first reading (the next run waits the interval)"
