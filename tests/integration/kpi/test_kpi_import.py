"""CSV import/export, entries and corrections against the real database, with audit."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from kpi import service
from kpi.definitions import load_definitions, parse_definitions
from kpi.errors import DefinitionError, DuplicateObservationError, ImportRejectedError

pytestmark = pytest.mark.integration

DEFS = load_definitions()
SEED = Path("kpi/data/observations_2015.csv").read_bytes()
HEAD = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"


def audit_rows(conn: psycopg.Connection, action: str) -> list[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT actor, subject_id, reason FROM audit_log WHERE action = %s ORDER BY id", (action,)
    ).fetchall()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def count(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM kpi_observations").fetchone()
    assert row is not None
    return int(row[0])


def test_seed_import_is_audited_and_scored(db_conn: psycopg.Connection) -> None:
    outcome = service.import_csv(db_conn, DEFS, SEED, "planner.lin")
    db_conn.commit()
    assert outcome.ok
    assert outcome.imported == 7
    assert count(db_conn) == 7
    # One audit entry per row, naming the importing user; one for the definitions.
    inserts = audit_rows(db_conn, "kpi_observation.insert")
    assert len(inserts) == 7
    assert {a for a, _, _ in inserts} == {"planner.lin"}
    assert {r for _, _, r in inserts} == {"CSV import"}
    assert [s for _, s, _ in audit_rows(db_conn, "kpi_definitions.insert")] == [DEFS.version]

    tender = service.list_observations(db_conn, indicator_id="4.1", period="2015")
    assert [(o.value, o.numerator, o.denominator, o.provenance) for o in tender] == [(91.99, 2504, 2722, "entered")]
    assert tender[0].entered_by == "planner.lin"
    assert tender[0].definitions_version == DEFS.version

    score = service.scores(db_conn, DEFS, 2015)
    # 2.1 7×0.5 + 3.1 8×1 + 4.1 7×1 + 5.1 0 + 6.1 7×0.5 + 7.1 10×0.5 + 7.2 10×1 = 37 of 68.
    assert score.points == pytest.approx(37.0)
    assert score.total_weight == 68
    assert score.missing == ("1.1", "7.3")


def seeded(conn: psycopg.Connection) -> None:
    """The 2015 seed stored (whether or not the module's first test ran in this database)."""
    if not service.list_observations(conn, indicator_id="4.1", period="2015"):
        assert service.import_csv(conn, DEFS, SEED, "planner.lin").ok
        conn.commit()


def test_bad_file_imports_nothing_and_lists_every_error(db_conn: psycopg.Connection) -> None:
    seeded(db_conn)
    before = count(db_conn)
    audit_before = len(audit_rows(db_conn, "kpi_observation.insert"))
    text = HEAD + (
        "2.1,2016,,3,times,,,fine row\n"
        "7.7,2016,,1,items,,,n\n"
        "4.1,2016-Q1,,90,%,,,n\n"
        "4.1,2015,2015-06-30,91.99,%,2504,2722,duplicate of a stored row\n"
    )
    outcome = service.import_csv(db_conn, DEFS, text, "planner.lin")
    db_conn.commit()
    assert not outcome.ok
    assert outcome.imported == 0
    assert [(e.line, e.column) for e in outcome.errors] == [
        (3, "indicator_id"),
        (4, "period"),
        (5, "(indicator_id, period, as_of)"),
    ]
    assert count(db_conn) == before
    assert len(audit_rows(db_conn, "kpi_observation.insert")) == audit_before


def test_entry_correction_and_delete_are_audited(db_conn: psycopg.Connection) -> None:
    fields = {
        "indicator_id": "2.1",
        "period": "2016",
        "as_of": "2016-05-31",
        "value": "2",
        "unit": "times",
        "source_note": "RDEC survey log, Feb and May 2016",
    }
    oid = service.record_entry(db_conn, DEFS, fields, "planner.wu")
    db_conn.commit()
    with pytest.raises(DuplicateObservationError):
        service.record_entry(db_conn, DEFS, fields, "planner.wu")
    db_conn.rollback()
    with pytest.raises(ImportRejectedError) as info:
        service.record_entry(db_conn, DEFS, {**fields, "unit": "%", "as_of": "2016-06-01"}, "x")
    assert [e.column for e in info.value.errors] == ["unit"]

    service.correct_entry(
        db_conn,
        DEFS,
        oid,
        {"value": "3", "source_note": "corrected count"},
        actor="planner.chen",
        reason="typo in May figure",
    )
    db_conn.commit()
    row = db_conn.execute(
        "SELECT actor, reason, detail->'before'->>'value', detail->'after'->>'value' FROM audit_log "
        "WHERE action = 'kpi_observation.update' AND subject_id = %s",
        (str(oid),),
    ).fetchall()
    assert row == [("planner.chen", "typo in May figure", "2", "3")]

    service.delete_observation(db_conn, oid, "planner.chen", "entered twice")
    db_conn.commit()
    deleted = db_conn.execute(
        "SELECT actor, detail->'before'->>'value' FROM audit_log "
        "WHERE action = 'kpi_observation.delete' AND subject_id = %s",
        (str(oid),),
    ).fetchall()
    assert deleted == [("planner.chen", "3")]


def test_direct_sql_changes_are_audited_too(db_conn: psycopg.Connection) -> None:
    """A change made with plain SQL (a person with psql) is audited under the database
    user, even on a connection whose earlier transaction named a service actor: the
    actor is transaction-local (``set_config(..., true)``), so a reused connection
    does not lend it to the next change. The test makes its own observation, so it
    holds whatever ran before it in this module's database (alone, or after a worker
    was replaced and the module's rest went to a fresh database)."""
    fields = {"indicator_id": "3.1", "period": "2019", "as_of": "2019-12-31", "value": "75",
              "unit": "%", "numerator": "15", "denominator": "20", "source_note": "direct SQL audit check"}
    oid = service.record_entry(db_conn, DEFS, fields, "planner.lin")
    db_conn.commit()
    updated = db_conn.execute(
        "UPDATE kpi_observations SET source_note = source_note || ' (checked)' "
        "WHERE observation_id = %s", (oid,),
    ).rowcount
    db_conn.commit()
    assert updated == 1
    rows = db_conn.execute(
        "SELECT actor, reason FROM audit_log WHERE action = 'kpi_observation.update' "
        "AND subject_id = %s ORDER BY id", (str(oid),),
    ).fetchall()
    assert rows == [(db_conn.info.user, "")]


def test_database_refuses_what_the_service_would(db_conn: psycopg.Connection) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        db_conn.execute(
            "INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value,"
            " unit, provenance) VALUES ('4.1', %s, '2017', '2017-01-01', 5, '%%', 'entered')",
            (DEFS.version,),
        )
    db_conn.rollback()
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        db_conn.execute(
            "INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value,"
            " unit, provenance, source_note, entered_by)"
            " VALUES ('9.9', %s, '2017', '2017-01-01', 5, '%%', 'entered', 'n', 'u')",
            (DEFS.version,),
        )
    db_conn.rollback()


def test_the_database_refuses_an_entered_figure_of_an_operational_kpi(db_conn: psycopg.Connection) -> None:
    """Whoever writes (the service refuses it first with a message; psql here): an entered
    figure would stand as the center's measurement and keep its recomputation out."""
    service.ensure_definitions(db_conn, DEFS, "test")
    db_conn.commit()
    with pytest.raises(psycopg.errors.CheckViolation, match="computed by the center"):
        db_conn.execute(
            "INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value,"
            " unit, provenance, source_note, entered_by)"
            " VALUES ('ops.mtta_alerts', %s, '2016-05', '2016-05-31', 5, 's', 'entered', 'typed', 'u')",
            (DEFS.version,),
        )
    db_conn.rollback()
    with pytest.raises(ImportRejectedError):
        service.record_entry(db_conn, DEFS, {"indicator_id": "ops.mtta_alerts", "period": "2016-05", "value": "5",
                                             "unit": "s", "source_note": "typed"}, "planner.lin")


def test_export_import_round_trip(db_conn: psycopg.Connection) -> None:
    exported = service.export_csv(db_conn, DEFS)
    ids = [o.observation_id for o in service.list_observations(db_conn)]
    for oid in ids:
        service.delete_observation(db_conn, oid, "planner.lin", "round trip test")
    db_conn.commit()
    outcome = service.import_csv(db_conn, DEFS, exported.encode("utf-8-sig"), "planner.lin")
    db_conn.commit()
    assert outcome.ok
    assert outcome.imported == len(ids)
    again = service.export_csv(db_conn, DEFS)

    def stable(text: str) -> list[list[str]]:
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(text)))
        drop = {"recorded_at", "observation_id"}
        return [[v for k, v in r.items() if k not in drop] for r in rows]

    assert stable(again) == stable(exported)
    assert len(stable(exported)) == len(ids)


def test_a_comment_or_layout_change_keeps_the_registered_version(db_conn: psycopg.Connection) -> None:
    """Only the definitions count: a file whose comments changed (the stored version's
    content is equal) still computes and imports, so an upgrade does not stop the center."""
    text = Path("kpi/data/definitions.yaml").read_text(encoding="utf-8")
    service.ensure_definitions(db_conn, parse_definitions(text), "lead")
    db_conn.commit()
    commented = parse_definitions("# reviewed by the planners' room\n" + text.replace("\n\n", "\n\n\n"))
    assert service.ensure_definitions(db_conn, commented, "lead") is False
    db_conn.commit()


def test_changed_definitions_need_a_new_version(db_conn: psycopg.Connection) -> None:
    text = Path("kpi/data/definitions.yaml").read_text(encoding="utf-8")
    service.ensure_definitions(db_conn, parse_definitions(text), "lead")  # the registered version
    db_conn.commit()
    changed = parse_definitions(
        text.replace('name_en: "Tender control execution rate"', 'name_en: "Tender execution rate"')
    )
    with pytest.raises(DefinitionError, match="bump `version`"):
        service.ensure_definitions(db_conn, changed, "lead")
    db_conn.rollback()
    bumped = parse_definitions(text.replace('version: "2016.1"', 'version: "2016.2"'))
    assert service.ensure_definitions(db_conn, bumped, "lead") is True
    db_conn.commit()
