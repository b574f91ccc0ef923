"""The wall hub core: deltas, sequence numbers, snapshots and resume (pure, no I/O)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from web.errors import WallError
from web.wall.hub import (
    Delta,
    ModeItem,
    Op,
    Resume,
    Snapshot,
    Topic,
    WallHub,
    WallItem,
    apply,
)


def mode(m: str) -> ModeItem:
    return ModeItem(mode=m)


def client_state(snapshot: Snapshot) -> dict[Topic, dict[str, WallItem]]:
    return {t: dict(items) for t, items in snapshot.topics.items()}


def hub_state(hub: WallHub) -> dict[Topic, dict[str, WallItem]]:
    return {t: dict(hub.items(t)) for t in Topic}


def test_replace_emits_only_differences_with_increasing_sequence() -> None:
    hub = WallHub(epoch="e1")
    first = hub.replace(Topic.MODE, {"a": mode("x"), "b": mode("y")})
    assert [(d.seq, d.op, d.key) for d in first] == [(1, Op.UPSERT, "a"), (2, Op.UPSERT, "b")]
    assert hub.replace(Topic.MODE, {"a": mode("x"), "b": mode("y")}) == []
    second = hub.replace(Topic.MODE, {"b": mode("z"), "c": mode("x")})
    assert [(d.seq, d.op, d.key) for d in second] == [
        (3, Op.REMOVE, "a"), (4, Op.UPSERT, "b"), (5, Op.UPSERT, "c")]
    assert second[0].item is None
    assert second[1].item == mode("z")


def test_resume_returns_exactly_the_missed_deltas() -> None:
    hub = WallHub(epoch="e1")
    for i in range(10):
        hub.upsert(Topic.MODE, "m", mode(str(i)))
    answer = hub.resume("e1", 7)
    assert isinstance(answer, Resume)
    assert [d.seq for d in answer.deltas] == [8, 9, 10]
    assert hub.resume("e1", 10) == Resume("e1", ())


@pytest.mark.parametrize(("epoch", "seq"), [("other", 5), ("e1", None), (None, 3), ("e1", 99),
                                            ("e1", -1)])
def test_unknown_epoch_first_connection_or_future_seq_gets_a_snapshot(
    epoch: str | None, seq: int | None
) -> None:
    hub = WallHub(epoch="e1")
    for i in range(10):
        hub.upsert(Topic.MODE, "m", mode(str(i)))
    answer = hub.resume(epoch, seq)
    assert isinstance(answer, Snapshot)
    assert answer.seq == 10


def test_too_old_to_resume_gets_a_snapshot() -> None:
    hub = WallHub(epoch="e1", ring_size=4)
    for i in range(10):
        hub.upsert(Topic.MODE, str(i), mode("x"))
    assert isinstance(hub.resume("e1", 5), Snapshot)  # needs 6..10, ring holds 7..10
    resumed = hub.resume("e1", 6)
    assert isinstance(resumed, Resume)
    assert [d.seq for d in resumed.deltas] == [7, 8, 9, 10]


def test_ring_size_must_be_positive() -> None:
    with pytest.raises(WallError):
        WallHub(epoch="e", ring_size=0)


keys = st.sampled_from(["a", "b", "c", "d", "e"])
values = st.sampled_from(["x", "y", "z"])
topics = st.sampled_from([Topic.MODE, Topic.KPI])
steps = st.one_of(
    st.tuples(st.just("upsert"), topics, keys, values),
    st.tuples(st.just("remove"), topics, keys, values),
    st.tuples(st.just("replace"), topics, st.dictionaries(keys, values), values),
)


def run(hub: WallHub, step: tuple[object, ...]) -> list[Delta]:
    kind, topic, key, value = step
    assert isinstance(topic, Topic)
    if kind == "upsert":
        d = hub.upsert(topic, str(key), mode(str(value)))
        return [d] if d else []
    if kind == "remove":
        d = hub.remove(topic, str(key))
        return [d] if d else []
    assert isinstance(key, dict)
    return hub.replace(topic, {k: mode(v) for k, v in key.items()})


@settings(max_examples=300)
@given(before=st.lists(steps, max_size=20), after=st.lists(steps, max_size=30),
       ring=st.integers(1, 40))
def test_any_client_converges_after_resume_or_snapshot(
    before: list[tuple[object, ...]], after: list[tuple[object, ...]], ring: int
) -> None:
    """A client that saw state up to some point and resumes ends equal to the hub, always."""
    hub = WallHub(epoch="e", ring_size=ring)
    for step in before:
        run(hub, step)
    seen = client_state(hub.snapshot())
    seen_seq = hub.seq
    emitted: list[Delta] = []
    for step in after:
        emitted.extend(run(hub, step))
    assert [d.seq for d in emitted] == list(range(seen_seq + 1, hub.seq + 1))
    answer = hub.resume("e", seen_seq)
    if isinstance(answer, Resume):
        state = apply(seen, answer.deltas)
    else:
        assert len(emitted) > ring  # a snapshot only when the gap left the ring
        state = client_state(answer)
    assert {t: v for t, v in state.items() if v} == {t: v for t, v in hub_state(hub).items() if v}
