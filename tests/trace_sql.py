"""SQL of the trace a liveness test installs in its throw-away database: a row per beat of
one service and per step of its consumer, written by triggers, so the test reads the order
of beats and units of work as the database saw them (not as the test process polled them)."""

from __future__ import annotations


def trace_table(columns: str = "") -> str:
    """``test_trace (seq, what)`` with any further ``columns`` (SQL, each led by a comma)."""
    return f"CREATE TABLE test_trace (seq bigserial PRIMARY KEY, what text NOT NULL{columns});\n"


def _row_trigger(what: str, events: str, table: str, when: str) -> str:
    """A trigger on ``events`` (``INSERT OR UPDATE``) of ``table`` that adds a ``what`` row per row
    (``when``: its condition)."""
    return f"""
CREATE FUNCTION test_trace_{what}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_trace (what) VALUES ('{what}');
    RETURN NEW;
END $$;
CREATE TRIGGER test_trace_{what} AFTER {events} ON {table}
FOR EACH ROW {f"WHEN ({when}) " if when else ""}EXECUTE FUNCTION test_trace_{what}();
"""


def beat_trace(service: str) -> str:
    """A ``beat`` row for every heartbeat ``service`` (a fixed test name, not input) writes."""
    return _row_trigger("beat", "INSERT OR UPDATE", "service_heartbeats", f"NEW.service = '{service}'")


def step_trace(watermarks: str, when: str = "") -> str:
    """A ``step`` row for every update of the ``watermarks`` table (``when``: a trigger condition)."""
    return _row_trigger("step", "UPDATE", watermarks, when)
