"""State vocabularies are the owning enums; the database's CHECKs and partial indexes name the same words.

Alert states (migration 0030), incident, assignment and command states (0040,
0042): each CHECK lists exactly its enum, and each open-state index predicate
exactly the open states the code queries with.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alerts.api import OPEN_STATES, AlertState
from alerts.repo import OPEN
from common.db import sql_list
from ops_center.api import OPEN_INCIDENT_STATES, AssignmentState, CommandState, IncidentState

MIGRATIONS = Path(__file__).resolve().parents[3] / "db" / "migrations"


def _lists(pattern: str, text: str) -> list[set[str]]:
    return [set(re.findall(r"'(\w+)'", m)) for m in re.findall(pattern, text, re.S | re.I)]


def _sql(name: str) -> str:
    return (MIGRATIONS / name).read_text(encoding="utf-8")


def test_the_checks_allow_exactly_the_enums_states() -> None:
    alerts = _sql("0030_alerts.sql")
    ops = _sql("0040_ops_center.sql")
    assert _lists(r"state\s+text NOT NULL CHECK \(state IN\s*\(([^)]*)\)", alerts)[0] == {s.value for s in AlertState}
    assert _lists(r"state\s+text NOT NULL CHECK \(state IN\s*\(([^)]*)\)", ops) == [
        {s.value for s in IncidentState}, {s.value for s in AssignmentState}]
    assert _lists(r"CHECK \(state IN\s*\(([^)]*)\)", _sql("0042_ops_commands.sql")) == [
        {s.value for s in CommandState}]


def test_the_open_alert_indexes_and_queries_name_the_open_states() -> None:
    predicates = _lists(r"WHERE state IN\s*\(([^)]*)\)", _sql("0030_alerts.sql"))
    assert predicates == [{s.value for s in OPEN_STATES}] * 2
    assert OPEN == "('raised', 'acknowledged', 'escalated', 'shelved')"  # the indexes' predicate, as text
    assert set(OPEN_INCIDENT_STATES) == {IncidentState.OPEN.value, IncidentState.QUIET.value}


@pytest.mark.parametrize("values", [[], ["it's"], ["a\\b"]])
def test_sql_list_refuses_what_is_not_a_list_of_plain_words(values: list[str]) -> None:
    with pytest.raises(ValueError, match="plain words"):
        sql_list(values)


def test_the_configured_mode_takes_the_modes_words() -> None:
    from typing import get_args

    from common.settings import OpsSettings
    from ops_center.api import Mode

    assert get_args(OpsSettings.model_fields["mode"].annotation) == tuple(m.value for m in Mode)
