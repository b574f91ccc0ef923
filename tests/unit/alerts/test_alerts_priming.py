"""A restart primes the evaluator in the order the readings were observed.

The database gives the readings in the order of their key ``(time, sensor_id, metric)``, in
keyset pages of any size; the evaluator took them live when they were observed: at their date,
or at their receipt when a device's clock ran ahead (ingest stores a reading dated at most
``ingest.max_future_skew_s`` after its receipt, docs/mqtt.md). Whatever the pages, the
rows come out in the order (observed, time, sensor_id, metric), each exactly once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from alerts.priming import in_observed_order

T0 = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
SKEW = timedelta(seconds=300)

Row = tuple[Any, ...]


def observed(row: Row) -> tuple[Any, ...]:
    sid, metric, t, _v, received = row
    return (min(t, received), t, sid, metric)


@st.composite
def pages(draw: st.DrawFn) -> tuple[list[list[Row]], list[Row]]:
    """Readings as the prime query pages them (by key, pages of any size), and the same readings."""
    skew = int(SKEW.total_seconds())
    rows: list[Row] = []
    t = T0
    for gap, sid, metric, lag in draw(st.lists(st.tuples(
            st.integers(0, 120), st.sampled_from(["WL1", "WL2", "CAM1"]),
            st.sampled_from(["water_level_m", "rain_mm"]),
            # received up to the skew before its date (a clock ahead, the skew itself often:
            # the edge of what the slack covers) or any time after (a late reading)
            st.one_of(st.sampled_from([-skew, 0]), st.integers(-skew, 3_600))), max_size=80)):
        t += timedelta(seconds=gap)
        rows.append((sid, metric, t, 9.0, t + timedelta(seconds=lag)))
    rows = list({(r[2], r[0], r[1]): r for r in rows}.values())  # the key is unique
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    chunks: list[list[Row]] = []
    while len(rows) > sum(map(len, chunks)):
        done = sum(map(len, chunks))
        chunks.append(rows[done:done + draw(st.integers(1, 8))])
    return chunks, rows


@given(pages())
def test_rows_come_out_in_observation_order_whatever_the_pages(paged: tuple[list[list[Row]], list[Row]]) -> None:
    chunks, rows = paged
    out = [r for part in in_observed_order(iter(chunks), SKEW) for r in part]
    assert out == sorted(rows, key=observed)


def test_a_reading_dated_ahead_comes_before_the_on_time_one_received_after_it() -> None:
    # a gateway stamps 9.0 m 280 s fast; the next reading, 9.3 m, comes on time 10 s later
    ahead = ("WLw", "water_level_m", T0 + timedelta(seconds=280), 9.0, T0)
    on_time = ("WLw", "water_level_m", T0 + timedelta(seconds=10), 9.3, T0 + timedelta(seconds=10))
    assert [r for part in in_observed_order([[on_time], [ahead]], SKEW) for r in part] == [ahead, on_time]


def test_rows_go_out_as_soon_as_no_later_row_can_come_before_them() -> None:
    # a page whose last row is dated past the skew after an earlier one releases that one
    early = ("WL1", "water_level_m", T0, 9.0, T0)
    late = ("WL1", "water_level_m", T0 + SKEW + timedelta(seconds=1), 9.1, T0 + SKEW + timedelta(seconds=1))
    parts = in_observed_order(iter([[early, late]]), SKEW)
    assert next(parts) == [early]
    assert next(parts) == [late]
