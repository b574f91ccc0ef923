"""Computed KPIs against the real database: 7.1/7.2/7.3, recomputation, operational KPIs."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import geopandas as gpd
import psycopg
import pytest
from shapely.geometry import box

from common.settings import Settings
from kpi import service
from kpi.definitions import load_definitions
from kpi.service import ComputeStatus
from tests.fix_db import scratch_database

pytestmark = pytest.mark.integration

DEFS = load_definitions()
DATA = Path("kpi/data")
TPE = ZoneInfo("Asia/Taipei")


@pytest.fixture
def hand_layers(tmp_path: Path) -> tuple[Path, Path]:
    """Two 1 km² cells (100 and 300 people); sectors cover half of the second, overlapping."""
    cells = gpd.GeoDataFrame(
        {"population": [100, 300]},
        geometry=[box(250_000, 2_670_000, 251_000, 2_671_000), box(251_000, 2_670_000, 252_000, 2_671_000)],
        crs="EPSG:3826",
    )
    sectors = gpd.GeoDataFrame(
        {"station_id": ["A", "B"]},
        geometry=[box(251_500, 2_670_000, 252_500, 2_671_000), box(251_500, 2_670_000, 252_000, 2_671_000)],
        crs="EPSG:3826",
    ).to_crs("EPSG:4326")
    pop_path, sec_path = tmp_path / "pop.geojson", tmp_path / "sec.geojson"
    cells.to_crs("EPSG:4326").to_file(pop_path, driver="GeoJSON")
    sectors.to_file(sec_path, driver="GeoJSON")
    return pop_path, sec_path


def by_id(outcomes: list[service.ComputeOutcome]) -> dict[str, service.ComputeOutcome]:
    return {o.indicator_id: o for o in outcomes}


def audit_count(conn: psycopg.Connection, action: str) -> int:
    row = conn.execute("SELECT count(*) FROM audit_log WHERE action = %s", (action,)).fetchone()
    assert row is not None
    return int(row[0])


def test_coverage_on_a_hand_computed_case(db_conn: psycopg.Connection, hand_layers: tuple[Path, Path]) -> None:
    pop, sec = hand_layers
    out = by_id(service.compute_plan(db_conn, DEFS, 2014, date(2014, 12, 31), population_path=pop, sectors_path=sec))
    db_conn.commit()
    # Covered: half of the 300-person cell = 150 of 400 people = 37.5 % (overlap counted once).
    assert out["7.2"].status is ComputeStatus.CREATED
    assert out["7.2"].value == pytest.approx(37.5)
    (obs,) = service.list_observations(db_conn, indicator_id="7.2", period="2014")
    assert obs.provenance == "computed"
    assert obs.numerator == pytest.approx(150, abs=1e-3)
    assert obs.denominator == pytest.approx(400)
    assert obs.inputs is not None
    assert obs.inputs["sectors"] == 2


def test_plan_kpis_from_the_shipped_data_and_recompute(db_conn: psycopg.Connection, tmp_path: Path) -> None:
    checklist = tmp_path / "milestones.yaml"
    shutil.copy(DATA / "milestones_phase2.yaml", checklist)
    first = by_id(service.compute_plan(db_conn, DEFS, 2016, date(2016, 6, 30), checklist_path=checklist))
    db_conn.commit()
    assert {o.status for o in first.values()} == {ComputeStatus.CREATED}
    assert first["7.1"].value == round(3 / 7 * 100, 2)  # three evidenced milestones by 30 June
    # Fixture registry by 30 June: 10 agencies × 4 items (two items launch in July/Sept).
    assert first["7.3"].value == 40
    # The shipped population layer reproduces end-2016 2,767,239 (DOMAIN.md §5).
    (cov,) = service.list_observations(db_conn, indicator_id="7.2", period="2016")
    assert cov.denominator == pytest.approx(2_767_239)
    assert cov.inputs is not None
    assert cov.inputs["population_year"] == 2016
    assert 0 < cov.value <= 100

    updates = audit_count(db_conn, "kpi_observation.update")
    again = by_id(service.compute_plan(db_conn, DEFS, 2016, date(2016, 6, 30), checklist_path=checklist))
    db_conn.commit()
    assert {o.status for o in again.values()} == {ComputeStatus.UNCHANGED}
    assert audit_count(db_conn, "kpi_observation.update") == updates  # no empty audit noise

    text = checklist.read_text(encoding="utf-8")
    checklist.write_text(
        text.replace(
            "    weight: 1\n    done: false\n  - id: m4",
            '    weight: 1\n    done: true\n    evidence: {document: "FIXTURE platform meeting 2", '
            'dated: 2016-06-01, recorded_by: "fixture", fixture: true}\n  - id: m4',
        ),
        encoding="utf-8",
    )
    third = by_id(service.compute_plan(db_conn, DEFS, 2016, date(2016, 6, 30), checklist_path=checklist))
    db_conn.commit()
    assert third["7.1"].status is ComputeStatus.UPDATED
    assert third["7.1"].value == round(4 / 7 * 100, 2)
    row = db_conn.execute(
        "SELECT actor, (detail->'before'->>'value')::float8, (detail->'after'->>'value')::float8"
        " FROM audit_log WHERE action = 'kpi_observation.update' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert row == ("kpi-service", round(3 / 7 * 100, 2), round(4 / 7 * 100, 2))


def test_computation_never_overwrites_an_entered_figure(db_conn: psycopg.Connection) -> None:
    fields = {
        "indicator_id": "7.3",
        "period": "2015",
        "as_of": "2015-12-31",
        "value": "85",
        "unit": "items",
        "source_note": "information center year-end report (example)",
    }
    oid = service.record_entry(db_conn, DEFS, fields, "planner.lin")
    db_conn.commit()
    out = by_id(service.compute_plan(db_conn, DEFS, 2015, date(2015, 12, 31)))
    db_conn.commit()
    assert out["7.3"].status is ComputeStatus.KEPT_ENTERED
    assert out["7.3"].observation_id == oid
    (obs,) = service.list_observations(db_conn, indicator_id="7.3", period="2015")
    assert (obs.value, obs.provenance) == (85, "entered")


def test_an_entered_figure_takes_the_place_of_the_computed_one_at_its_key(db_conn: psycopg.Connection) -> None:
    """The center's 2016 figures of 7.2 and 7.3 are computed from the project's data (demonstration
    data in a demo); a planner who has the city's official figure for the year enters it, by the
    form or by CSV, at the period's last day, and it stands: recomputation keeps it (docs/kpi.md,
    "an official figure entered for the year wins")."""
    year_end = date(2016, 12, 31)
    out = by_id(service.compute_plan(db_conn, DEFS, 2016, year_end))
    db_conn.commit()
    assert out["7.2"].value is not None
    assert out["7.3"].value is not None
    oid = service.record_entry(db_conn, DEFS, {
        "indicator_id": "7.2", "period": "2016", "value": "85", "unit": "%", "numerator": "2352153",
        "denominator": "2767239", "source_note": "official NCC statistic"}, "planner.lin")
    db_conn.commit()
    imported = service.import_csv(db_conn, DEFS, "indicator_id,period,as_of,value,unit,numerator,denominator,"
                                  "source_note\n7.3,2016,,95,items,,,official registry 2016\n", "planner.lin")
    db_conn.commit()
    assert imported.ok, imported.errors
    again = by_id(service.compute_plan(db_conn, DEFS, 2016, year_end))
    db_conn.commit()
    assert again["7.2"].status is ComputeStatus.KEPT_ENTERED
    assert again["7.2"].observation_id == oid
    assert again["7.3"].status is ComputeStatus.KEPT_ENTERED
    for indicator_id, value in (("7.2", 85), ("7.3", 95)):
        (obs,) = [o for o in service.list_observations(db_conn, indicator_id=indicator_id, period="2016")
                  if o.as_of == year_end]
        assert (obs.value, obs.provenance) == (value, "entered")


def test_operational_kpis_from_the_center_tables(db_conn: psycopg.Connection, unique_id: str) -> None:
    start = datetime(2016, 6, 1, tzinfo=TPE)
    now = start + timedelta(hours=1)
    rain, vd = f"rain-{unique_id}", f"vd-{unique_id}"
    db_conn.execute(
        "INSERT INTO sensors (sensor_id, agency, kind, geom, expected_interval) VALUES"
        " (%s, 'disaster', 'rain', ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), '10 minutes'),"
        " (%s, 'traffic', 'vd', ST_SetSRID(ST_MakePoint(120.653, 24.198), 4326), '1 minute')",
        (rain, vd),
    )
    rows = []
    for k in range(3):  # 3 of 6 rain slots, two metrics each
        t = start + timedelta(minutes=10 * k + 1)
        rows += [(t, rain, "rain_10m", 1.0), (t, rain, "rain_1h", 2.0)]
    rows += [(start + timedelta(minutes=2 * k), vd, "speed_kmh", 40.0) for k in range(30)]
    rows.append((now + timedelta(minutes=5), vd, "speed_kmh", 40.0))  # after now: not counted
    with db_conn.cursor() as cur:  # each reading received as it was measured, before now's registry
        cur.executemany("INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                        " VALUES (%s, %s, %s, %s, %s)", [(*r, r[0]) for r in rows])
        for k, ack in enumerate((120, 240, None)):
            raised = start + timedelta(minutes=5 + k)
            cur.execute(
                "INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at,"
                " updated_at, last_triggered_at, acknowledged_at, escalate_after_s, auto_resolve_after_s)"
                " VALUES (%s, %s, 'raised', 'Moderate', 'Met', 'disaster', 't', %s, %s, %s, %s, 600, 600)",
                (f"r{k}", rain, raised, raised, raised, None if ack is None else raised + timedelta(seconds=ack)),
            )
    db_conn.commit()

    out = by_id(service.compute_operational(db_conn, DEFS, "2016-06", now))
    db_conn.commit()
    assert out["ops.sensor_availability"].value == 50.0  # (3 + 30) / (6 + 60)
    assert out["ops.data_completeness"].value == round(36 / 222 * 100, 2)  # (3+3+30) / (7×6 + 3×60)
    assert out["ops.mtta_alerts"].value == 180.0
    assert out["ops.evidence_to_dispatch"].status is ComputeStatus.NOT_AVAILABLE
    (avail,) = service.list_observations(db_conn, indicator_id="ops.sensor_availability")
    assert avail.as_of == date(2016, 6, 1)
    assert avail.inputs is not None
    assert (avail.inputs["disaster.present_slots"], avail.inputs["disaster.expected_slots"]) == (3, 6)
    assert (avail.inputs["traffic.present_slots"], avail.inputs["traffic.expected_slots"]) == (30, 60)
    (mtta,) = service.list_observations(db_conn, indicator_id="ops.mtta_alerts")
    assert mtta.inputs is not None
    assert mtta.inputs["open_items"] == 1


def test_availability_counts_each_sensor_from_when_it_could_report(
    db_conn: psycopg.Connection, unique_id: str,
) -> None:
    """A center installed on 10 September at 10:00 whose sensors have reported every slot since:
    available all the time they existed, not absent the nine days before (the KPI's definition,
    docs/kpi.md). One sensor's readings came an hour before the registry named it: it is
    counted from its first reading."""
    installed = datetime(2016, 9, 10, 10, 0, tzinfo=TPE)
    now = installed + timedelta(hours=2)
    agency = f"water-{unique_id}"
    new, early = f"wl-new-{unique_id}", f"wl-early-{unique_id}"
    for sensor, registered in ((new, installed), (early, installed + timedelta(hours=1))):
        db_conn.execute(
            "INSERT INTO sensors (sensor_id, agency, kind, geom, expected_interval, created_at) VALUES"
            " (%s, %s, 'water_level', ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), '10 minutes', %s)",
            (sensor, agency, registered))
    with db_conn.cursor() as cur:  # each reading received as it was measured
        cur.executemany("INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                        " VALUES (%s, %s, 'level_m', 1.2, %s)",
                        [(installed + timedelta(minutes=10 * k + 3), s, installed + timedelta(minutes=10 * k + 3))
                         for k in range(12) for s in (new, early)])
    db_conn.commit()

    out = by_id(service.compute_operational(db_conn, DEFS, "2016-09", now))
    db_conn.commit()
    assert out["ops.sensor_availability"].value is not None
    (avail,) = service.list_observations(db_conn, indicator_id="ops.sensor_availability", period="2016-09")
    assert avail.inputs is not None
    # 12 slots of 10 minutes each from 10:00 to 12:00, all reported
    assert (avail.inputs[f"{agency}.present_slots"], avail.inputs[f"{agency}.expected_slots"]) == (24, 24)


def test_one_back_dated_reading_does_not_make_its_sensor_expected_from_that_time(
    db_conn: psycopg.Connection, unique_id: str,
) -> None:
    """A feed may send a reading dated long ago (a wrong clock, a resent old value): ingest
    stores it, late. Received after the registry named the sensor, it is no sign the sensor
    could report before its registration; the sensor stays expected from its registration
    and the month's availability from the slots it was expected in (docs/kpi.md)."""
    installed = datetime(2016, 10, 10, 10, 0, tzinfo=TPE)
    now = installed + timedelta(hours=2)
    agency = f"water-{unique_id}"
    sensor = f"wl-stray-{unique_id}"
    db_conn.execute(
        "INSERT INTO sensors (sensor_id, agency, kind, geom, expected_interval, created_at) VALUES"
        " (%s, %s, 'water_level', ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), '10 minutes', %s)",
        (sensor, agency, installed))
    rows = [(installed + timedelta(minutes=10 * k + 3),) * 2 for k in range(12)]
    rows.append((datetime(2016, 10, 1, 0, 5, tzinfo=TPE), installed + timedelta(minutes=90)))  # the stray one
    with db_conn.cursor() as cur:
        cur.executemany("INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                        " VALUES (%s, %s, 'level_m', 1.2, %s)", [(t, sensor, r) for t, r in rows])
    db_conn.commit()

    service.compute_operational(db_conn, DEFS, "2016-10", now)
    db_conn.commit()
    (avail,) = service.list_observations(db_conn, indicator_id="ops.sensor_availability", period="2016-10")
    assert avail.inputs is not None
    # 12 slots of 10 minutes from 10:00 to 12:00, all reported (the stray one's slot is not expected)
    assert (avail.inputs[f"{agency}.present_slots"], avail.inputs[f"{agency}.expected_slots"]) == (12, 12)


def test_incident_and_dispatch_kpis_from_0040_tables(db_conn: psycopg.Connection, unique_id: str) -> None:
    t0 = datetime(2016, 7, 1, tzinfo=TPE)

    def at(minutes: int) -> datetime:
        return t0 + timedelta(minutes=minutes)

    a, b, c = (f"inc-{x}-{unique_id}" for x in "abc")
    with db_conn.cursor() as cur:
        for inc, state, first, merged in ((a, "open", 0, None), (b, "open", 10, None), (c, "merged", 0, a)):
            cur.execute(
                "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,"
                " first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, merged_into)"
                " VALUES (%s, 'flood', %s, 'Moderate', 1, '{disaster}', 1, %s, %s, %s, %s,"
                " ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), %s)",
                (inc, state, at(first), at(first), at(first), at(first), merged),
            )
        # (incident, agency, state, assigned, acknowledged, state_since)
        assignments = [
            (a, "fire", "cleared", 5, 8, 50),  # peacetime: 15 min to acknowledge → in time
            (a, "police", "cancelled", 7, None, 9),  # cancelled before anyone acknowledged: not judged
            (b, "water", "acknowledged", 16, 22, 22),  # emergency (5 min) → 6 min is late
            (b, "traffic", "assigned", 20, None, 20),  # emergency, unacknowledged at 00:58 → overdue
            (b, "public_works", "assigned", 55, None, 55),  # deadline 01:00, now 00:58 → pending
        ]
        for inc, agency, state, assigned, acked, since in assignments:
            cur.execute(
                "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,"
                " acknowledged_at) VALUES (%s, %s, %s, 'all', %s, %s, %s)",
                (inc, agency, state, at(assigned), at(since), None if acked is None else at(acked)),
            )
        cur.execute(
            "INSERT INTO ops_mode_switches (at, from_mode, to_mode, actor, reason)"
            " VALUES (%s, 'peacetime', 'emergency', 'duty.officer', 'typhoon')",
            (at(15),),
        )
    db_conn.commit()

    out = by_id(service.compute_operational(db_conn, DEFS, "2016-07", at(58)))
    db_conn.commit()
    # Merged incident c is left out. Dispatch: a 5 min, b 6 min (first assignment 00:16).
    assert out["ops.evidence_to_dispatch"].value == 330.0
    # Clearance: a when fire cleared (00:50; police cancelled); b still has open assignments.
    assert out["ops.evidence_to_clearance"].value == 3000.0
    (clear,) = service.list_observations(db_conn, indicator_id="ops.evidence_to_clearance", period="2016-07")
    assert clear.inputs is not None
    assert (clear.inputs["count"], clear.inputs["open_items"]) == (1, 1)
    # Acknowledged in time: fire; late: water; overdue: traffic → 1 of 3; public_works pending.
    assert out["ops.dispatch_ack_within_deadline"].value == round(100 / 3, 2)
    (ack,) = service.list_observations(db_conn, indicator_id="ops.dispatch_ack_within_deadline", period="2016-07")
    assert ack.inputs is not None
    assert (ack.inputs["pending"], ack.inputs["cancelled_unacknowledged"]) == (1, 1)
    assert (ack.inputs["ack_deadline_s.peacetime"], ack.inputs["ack_deadline_s.emergency"]) == (900.0, 300.0)


def test_one_back_dated_reading_does_not_move_the_center_s_start_back(settings: Settings, db_template: str) -> None:
    """The registry loaded at 09:00, the center received its first reading at 10:00 and every
    slot since; one reading dated a year before, received at 11:30 (a wrong clock), is no sign
    the center ran then: the sensor stays expected from 10:00, all 12 slots to 12:00 reported
    (docs/kpi.md). The center's start is the whole database's: a database of its own."""
    registered = datetime(2016, 11, 10, 9, 0, tzinfo=TPE)
    started, now = registered + timedelta(hours=1), registered + timedelta(hours=3)
    with scratch_database(settings, db_template) as own, psycopg.connect(own.db.conninfo()) as conn:
        conn.execute(
            "INSERT INTO sensors (sensor_id, agency, kind, geom, expected_interval, created_at) VALUES"
            " ('wl-1', 'water', 'water_level', ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), '10 minutes', %s)",
            (registered,))
        rows = [(started + timedelta(minutes=10 * k + 3),) * 2 for k in range(12)]  # received as measured
        rows.append((datetime(2015, 11, 10, 10, 5, tzinfo=TPE), started + timedelta(minutes=90)))  # back-dated
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                            " VALUES (%s, 'wl-1', 'level_m', 1.2, %s)", rows)
        conn.commit()
        service.compute_operational(conn, DEFS, "2016-11", now)
        conn.commit()
        (avail,) = service.list_observations(conn, indicator_id="ops.sensor_availability", period="2016-11")
    assert avail.inputs is not None
    assert (avail.inputs["water.present_slots"], avail.inputs["water.expected_slots"]) == (12, 12)


def test_a_month_of_alerts_nobody_acknowledged_is_no_absent_figure(db_conn: psycopg.Connection, unique_id: str) -> None:
    # Three alerts raised in July 2016 and none acknowledged an hour later: the worst month,
    # not one in which nothing happened. The figure is the mean wait so far, a lower bound.
    start = datetime(2016, 7, 1, tzinfo=TPE)
    now = start + timedelta(hours=1)
    with db_conn.cursor() as cur:
        for k in range(3):
            raised = start + timedelta(minutes=10 * k)  # waited 60, 50 and 40 min at now
            cur.execute(
                "INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at,"
                " updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s)"
                " VALUES (%s, %s, 'raised', 'Moderate', 'Met', 'disaster', 't', %s, %s, %s, 600, 600)",
                (f"open{k}", f"rain-{unique_id}", raised, raised, raised),
            )
    db_conn.commit()
    out = by_id(service.compute_operational(db_conn, DEFS, "2016-07", now))
    db_conn.commit()
    assert out["ops.mtta_alerts"].status is ComputeStatus.CREATED
    assert out["ops.mtta_alerts"].value == 3000.0
    (mtta,) = service.list_observations(db_conn, indicator_id="ops.mtta_alerts", period="2016-07")
    assert mtta.inputs is not None
    assert (mtta.inputs["count"], mtta.inputs["open_items"], mtta.inputs["lower_bound"]) == (0, 3, True)
    # The planner reads it as "at least 50 min, none of 3 done", not met (target 300 s).
    status = {o.indicator_id: o for o in service.planner_status(db_conn, DEFS).operational}
    row = status["ops.mtta_alerts"]
    assert row.latest is not None
    assert (row.latest.period, row.latest.value, row.latest.completed, row.latest.open_items,
            row.latest.lower_bound) == ("2016-07", 3000.0, 0, 3, True)
    assert row.met is False


def test_an_assignment_carried_over_to_the_job_that_took_its_incident_is_judged_once(
    db_conn: psycopg.Connection, unique_id: str
) -> None:
    """A flood took a rescue whose fire crew was on scene: the crew's assignment goes on on the
    flood with its times (ops_center.dispatch.Dispatcher.take_over) and ends cleared on the
    rescue. One dispatch, acknowledged once: the acknowledgement KPI judges it once."""
    t0 = datetime(2016, 8, 1, tzinfo=TPE)

    def at(minutes: int) -> datetime:
        return t0 + timedelta(minutes=minutes)

    flood, rescue = f"inc-flood-{unique_id}", f"inc-rescue-{unique_id}"
    with db_conn.cursor() as cur:
        for inc, kind, state, merged in ((flood, "flood", "open", None), (rescue, "rescue", "merged", flood)):
            cur.execute(
                "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,"
                " first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, merged_into)"
                " VALUES (%s, %s, %s, 'Moderate', 1, '{fire}', 1, %s, %s, %s, %s,"
                " ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), %s)",
                (inc, kind, state, at(0), at(0), at(0), at(0), merged),
            )
        # (incident, agency, state, assigned, acknowledged, state_since); peacetime: 15 min
        assignments = [
            (rescue, "fire", "cleared", 1, 20, 30),  # acknowledged late, ended by the carry-over
            (flood, "fire", "on_scene", 1, 20, 25),  # the same crew carried over, its times kept
            (flood, "water", "acknowledged", 2, 5, 5),  # in time
        ]
        for inc, agency, state, assigned, acked, since in assignments:
            cur.execute(
                "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,"
                " acknowledged_at) VALUES (%s, %s, %s, 'all', %s, %s, %s)",
                (inc, agency, state, at(assigned), at(since), at(acked)),
            )
    db_conn.commit()

    out = by_id(service.compute_operational(db_conn, DEFS, "2016-08", at(60)))
    db_conn.commit()
    # Two dispatches: fire late, water in time.
    assert out["ops.dispatch_ack_within_deadline"].value == 50.0
