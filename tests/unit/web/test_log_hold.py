"""The wall's view of the replay log's hold (pure): the age in whole minutes, so the
hold's item changes at most once a minute while the correlator's clock moves on; late
once the incident has held the log past its window for longer than a retention."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from ops_center.api import IncidentState, LogHold
from web.wall.topics import log_hold_item

T = datetime(2026, 12, 5, tzinfo=UTC)
WINDOW_S = 43_200.0
RETENTION_S = 21_600.0


def hold(age_s: float) -> LogHold:
    return LogHold("inc-1", IncidentState.OPEN, T, T, age_s, WINDOW_S)


@given(st.floats(min_value=WINDOW_S, max_value=10 * 86_400.0), st.floats(min_value=0.0, max_value=59.999))
def test_the_age_is_whole_minutes_and_steady_within_one(age: float, later: float) -> None:
    item = log_hold_item(hold(age), None, RETENTION_S)
    assert age - 60 < item.age_min * 60 <= age
    start = (age // 60) * 60
    assert log_hold_item(hold(start + later), None, RETENTION_S).age_min == item.age_min


def test_late_only_past_the_window_by_more_than_a_retention() -> None:
    assert not log_hold_item(hold(WINDOW_S + RETENTION_S), None, RETENTION_S).late
    assert log_hold_item(hold(WINDOW_S + RETENTION_S + 1), None, RETENTION_S).late


def test_an_incident_the_list_does_not_find_has_no_number() -> None:
    item = log_hold_item(hold(50_000.0), None, RETENTION_S)
    assert item.number is None
    assert item.kind == ""
    assert item.state == "open"
