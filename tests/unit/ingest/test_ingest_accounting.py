"""Per-message outcomes add up: received = stored + duplicate + quarantined, per key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.accounting import UNPARSED, CounterKey, Outcome, Tally, counter_key


def test_counter_keys() -> None:
    assert counter_key("soc/v1/disaster/rain/C0F9T0") == CounterKey("disaster", "rain", "C0F9T0")
    assert counter_key("soc/v1/traffic/vd/VD1/status") == CounterKey("traffic", "status", "VD1")
    assert counter_key("soc/v1/weather/rain/X") == CounterKey("weather", "rain", "X")
    assert counter_key("elsewhere/x") == UNPARSED
    assert counter_key("soc/v1/a/b/c/d") == UNPARSED


outcomes = st.lists(
    st.tuples(
        st.sampled_from(["soc/v1/disaster/rain/A", "soc/v1/disaster/rain/B", "garbage"]),
        st.sampled_from(list(Outcome)),
        st.booleans(),
        st.integers(0, 20),
    ),
    max_size=50,
)


@given(outcomes)
def test_tally_balances_per_key_and_in_total(items: list[tuple[str, Outcome, bool, int]]) -> None:
    tally = Tally()
    for topic, outcome, late, rows in items:
        tally.add(counter_key(topic), outcome, late=late, rows_stored=rows)
    for c in [*tally.by_key.values(), tally.total()]:
        assert c.received == c.stored + c.duplicate + c.quarantined
        assert c.late <= c.stored + c.duplicate
    assert tally.total().received == len(items)
    counter_rows = tally.rows()
    keys = [r[:3] for r in counter_rows]
    assert keys == sorted(keys)  # upserts lock counter rows in one order
    assert sum(r[3] for r in counter_rows) == len(items)
