"""How far an item moves the ops center's clock (``ops_center.rows.clock_time``;
docs/ops_center.md, "Time"): an observation moves it to when it was observed, never past
when the center received it, so a source whose clock runs ahead (a camera 10 min fast, a
backlog dated ahead) cannot carry the city's clock past what was received; an alert's expiry
clear, dated by other sources' observations, moves it nowhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from alerts.api import ClearCause, ConditionTransition
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.rows import alert_item, clock_time

T0 = 1_792_000_000.0  # 2026-10-14, an afternoon
DAY = 86_400.0

times = st.floats(min_value=T0 - DAY, max_value=T0 + DAY)
#: How far a source's clock is off: up to a day behind or ahead (a backlog, a wrong clock).
skews = st.floats(min_value=-DAY, max_value=DAY)


def report(t: float, received: float | None) -> Item:
    return Item("event:CAM-1|cctv|accident|t", ItemKind.EVENT, "police", "cctv", "accident", CapSeverity.UNKNOWN,
                216_500.0, 2_674_200.0, t, "CAM-1", received_t=received)


@given(received=times, skew=skews)
def test_an_observation_moves_the_clock_to_its_time_but_never_past_its_receipt(received: float, skew: float) -> None:
    moved = clock_time(report(received + skew, received))
    assert moved <= received
    if skew <= 0.0:
        assert moved == received + skew, "an observation dated before its receipt is not taken at its time"
    else:
        assert moved == received, "a report dated ahead is not taken when it was received"


@given(t=times)
def test_without_a_receipt_an_observation_moves_the_clock_to_its_time(t: float) -> None:
    assert clock_time(report(t, None)) == t


@given(received=times, lead=st.floats(min_value=0.0, max_value=365 * DAY), issue_skew=skews)
def test_a_permit_moves_the_clock_by_its_issue_never_by_its_start_nor_past_its_receipt(
    received: float, lead: float, issue_skew: float,
) -> None:
    issued = received + issue_skew
    permit = replace(report(issued + lead, received), feed="planned_event", category="concert",
                     ends_t=issued + lead + 3600.0, issued_t=issued)
    assert clock_time(permit) == min(issued, received)
    assert clock_time(replace(permit, issued_t=None)) == float("-inf"), "a permit whose key does not say moved it"


@given(t=times, received=st.none() | times)
def test_an_expiry_clear_moves_the_clock_nowhere(t: float, received: float | None) -> None:
    clear = replace(report(t, received), kind=ItemKind.ALERT, feed="alert", category="cleared", clock_moves=False)
    assert clock_time(clear) == float("-inf")


@given(st.lists(st.tuples(st.floats(min_value=0.0, max_value=600.0), skews), min_size=1, max_size=40),
       st.integers(min_value=0, max_value=39))
def test_one_fast_source_never_carries_the_running_clock_past_the_latest_receipt(
    rows: list[tuple[float, float]], fast: int,
) -> None:
    """A stream of reports received in order (gaps up to 10 min), one source among them 10 min
    fast and the others off by any skew: the service's clock, the running maximum of what its
    items move it to, is never past the latest receipt so far."""
    received, clock = T0, float("-inf")
    for i, (gap, skew) in enumerate(rows):
        received += gap
        t = received + (600.0 if i == fast else skew)
        clock = max(clock, clock_time(report(t, received)))
        assert clock <= received


def test_the_receipt_and_whether_an_item_moves_the_clock_are_not_what_it_says() -> None:
    """Two reads of one row are the same evidence however the clock treats them (the replay
    log keeps the clock each was fed at, not these)."""
    assert report(T0, T0 + 5.0) == report(T0, None) == replace(report(T0, None), clock_moves=False)


def transition(cause: ClearCause | None, at: datetime, recorded: datetime) -> ConditionTransition:
    """A rain gauge's heavy-rain alert cleared at ``at``, recorded at ``recorded``."""
    return ConditionTransition(7, at, "Severe", recorded, 42, "heavy-rain", "RG-1", "water", 120.65, 24.18,
                               action="clear", clear_cause=cause)


@given(at=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1), timezones=st.just(UTC)),
       lag=st.floats(min_value=-600.0, max_value=600.0))
def test_an_alerts_expiry_clear_moves_no_clock_and_an_observed_end_moves_it_as_an_observation(
    at: datetime, lag: float,
) -> None:
    """The alerts package's read model says why a condition stopped holding: values gone stale
    (dated by other sources' observations) move nothing; an end the gauge's values showed, or one
    whose cause is not known, moves the clock to its time, never past when it was recorded."""
    recorded = at + timedelta(seconds=lag)
    expired = alert_item(transition(ClearCause.EXPIRED, at, recorded))
    assert expired is not None
    assert expired.category == "cleared"
    assert clock_time(expired) == float("-inf")
    for cause in (ClearCause.ENDED, None):
        ended = alert_item(transition(cause, at, recorded))
        assert ended is not None
        assert clock_time(ended) == min(at.timestamp(), recorded.timestamp())
