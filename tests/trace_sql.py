"""SQL of the trace a liveness test installs in its throw-away database: a row per beat of
one service and per step of its consumer, written by triggers, so the test reads the order
of beats and units of work as the database saw them (not as the test process polled them)."""

from __future__ import annotations


def trace_table(columns: str = "") -> str:
    """``test_trace (seq, what)`` with any further ``columns`` (SQL, each led by a comma)."""
    return f"CREATE TABLE test_trace (seq bigserial PRIMARY KEY, what text NOT NULL{columns});\n"


def beat_trace(service: str) -> str:
    """A ``beat`` row for every heartbeat ``service`` (a fixed test name, not input) writes."""
    return f"""
CREATE FUNCTION test_trace_beat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_trace (what) VALUES ('beat');
    RETURN NEW;
END $$;
CREATE TRIGGER test_trace_beat AFTER INSERT OR UPDATE ON service_heartbeats
FOR EACH ROW WHEN (NEW.service = '{service}') EXECUTE FUNCTION test_trace_beat();
"""


def step_trace(watermarks: str, when: str = "") -> str:
    """A ``step`` row for every update of the ``watermarks`` table (``when``: a trigger condition)."""
    return f"""
CREATE FUNCTION test_trace_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_trace (what) VALUES ('step');
    RETURN NEW;
END $$;
CREATE TRIGGER test_trace_step AFTER UPDATE ON {watermarks}
FOR EACH ROW {f"WHEN ({when}) " if when else ""}EXECUTE FUNCTION test_trace_step();
"""
