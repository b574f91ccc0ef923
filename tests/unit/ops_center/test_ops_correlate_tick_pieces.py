"""A tick taken in pieces decides and dates what the whole tick does.

The ops center's first poll after a long stop moves the correlator's clock past every
deadline of the window it replayed: every incident of it goes quiet or is forgotten at
once. The service takes that tick in pieces (``Correlator.tick(now, most)``) between the
units of its loop, before the row that moves the clock, so the runner beats in between
(``OpsService.polling``). That is sound only if the pieces, at the same ``now`` and with
nothing in between, leave the correlator as the whole tick does, report the same changes
in the same order, and the row's feed and everything after it decide the same: checked
here over city streams of any seed, length, gap and piece size.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.ops import stream
from ops_center.correlate import Change, Correlator
from ops_center.errors import UnknownIncidentError
from ops_center.incidents import Item


def _state(c: Correlator) -> tuple[object, ...]:
    """Everything the correlator shows: its incidents whole, what waits, what it left out,
    its next deadline."""
    return (
        [c.snapshot(i) for i in c.incident_ids()],
        sorted(c.pending_keys()),
        c.left_out(),
        c.next_deadline(),
    )


def _fed(items: list[Item]) -> tuple[Correlator, float]:
    c = Correlator()
    now = 0.0
    for it in items:
        now = max(now, it.t)
        c.feed(it, now)
    return c, now


def _gap(seed: int, n: int, gap_h: float, after: int) -> tuple[Correlator, Correlator, list[Item], list[Item]]:
    """Two correlators fed the same ``n`` items of a city stream, the items they were fed, and
    ``after`` rows that come ``gap_h`` hours after the last of them, at the gap's clock and on."""
    items = stream(n + after, 8_000.0, seed=seed)
    before, late = items[:n], items[n:]
    whole, now = _fed(before)
    other, _ = _fed(before)
    late = [replace(it, key=f"late:{it.key}", t=now + gap_h * 3600.0 + k) for k, it in enumerate(late)]
    return whole, other, before, late


GAPS = {
    "seed": st.integers(0, 2**32 - 1),
    "n": st.integers(50, 600),
    "gap_h": st.floats(0.0, 30.0, allow_nan=False),
    "most": st.integers(1, 40),
    "after": st.integers(1, 30),
}


@settings(max_examples=25, deadline=None)
@given(**GAPS)
def test_a_tick_in_pieces_then_the_same_rows_decide_and_date_what_the_whole_tick_does(
        seed: int, n: int, gap_h: float, most: int, after: int) -> None:
    whole, pieces, _, late = _gap(seed, n, gap_h, after)
    at = late[0].t

    # the service's way: the tick at the first late row's clock in pieces, then its feed
    got: list[Change] = []
    while (due := pieces.next_deadline()) is not None and due <= at:
        got.extend(pieces.tick(at, most))
    got.extend(pieces.feed(late[0], at))
    # the whole tick, inside the first late row's feed
    want = whole.feed(late[0], at)
    assert got == want
    assert _state(pieces) == _state(whole)
    for it in late[1:]:
        assert pieces.feed(it, it.t) == whole.feed(it, it.t)
    assert _state(pieces) == _state(whole)


def test_a_long_gap_is_taken_in_many_pieces() -> None:
    """Not vacuous: after a gap of a day the tick holds far more deadlines than a piece."""
    c, now = _fed(stream(600, 8_000.0, seed=3))
    pieces = 0
    while (due := c.next_deadline()) is not None and due <= now + 86_400.0:
        c.tick(now + 86_400.0, 10)
        pieces += 1
    assert pieces > 20


def test_releasing_the_forgotten_in_pieces_frees_them_all() -> None:
    c, now = _fed(stream(600, 8_000.0, seed=4))
    c.tick(now + 86_400.0)  # every incident goes quiet
    gone = c.incident_ids()
    c.tick(now + 2 * 86_400.0)  # and is forgotten a retention later
    assert gone
    assert not c.incident_ids()
    c.snapshot(gone[0])  # readable until released
    pieces = 1
    while c.release_forgotten(5):
        pieces += 1
    assert pieces > 2
    assert not c.release_forgotten(5)
    with pytest.raises(UnknownIncidentError):
        c.snapshot(gone[0])


@settings(max_examples=25, deadline=None)
@given(**GAPS, logged=st.integers(0, 1_000))
def test_pieces_logged_through_their_last_deadline_replay_to_what_the_whole_tick_does(
        seed: int, n: int, gap_h: float, most: int, logged: int, after: int) -> None:
    """The service stores the tick's pieces apart, each logged with the deadline it applied
    through (``tick_piece``); a replay applies the pieces committed (``tick(now, through)``),
    then the rest at the first row's feed. Both must leave what the whole tick leaves, and
    the pieces replayed report what the live ones reported."""
    whole, live, before, late = _gap(seed, n, gap_h, after)
    at = late[0].t
    throughs: list[float] = []
    got: list[Change] = []
    while (due := live.next_deadline()) is not None and due <= at:
        piece, through = live.tick_piece(at, most)
        assert through is not None
        assert through <= at
        throughs.append(through)
        got.extend(piece)
    want = whole.feed(late[0], at)
    got.extend(live.feed(late[0], at))
    assert got == want
    assert _state(live) == _state(whole)
    # a replay from the log: the pieces committed before a kill, then the row's feed
    replay, _ = _fed(before)
    kept = throughs[: logged % (len(throughs) + 1)]
    replayed: list[Change] = []
    for through in kept:
        replayed.extend(replay.tick(at, through=through))
    assert replayed == got[: len(replayed)]
    replay.feed(late[0], at)
    assert _state(replay) == _state(whole)
    for it in late[1:]:
        assert live.feed(it, it.t) == whole.feed(it, it.t) == replay.feed(it, it.t)
    assert _state(live) == _state(whole) == _state(replay)
