"""The login throttle's memory is bounded by design, and its bound gives an attacker no way to
reset another key's count: a stream of sprayed user names and addresses that fills the table
never lets a victim's account make more failed logins than its limit between two lockouts."""

from __future__ import annotations

import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from web.throttle import LoginThrottle

WINDOW_S = 900.0
LIMIT_ACCOUNT = 5


def small(max_keys: int, cells: int = 4) -> LoginThrottle:
    return LoginThrottle(window_s=WINDOW_S, max_failures_account=LIMIT_ACCOUNT, max_failures_address=20,
                         lockout_s=60, lockout_max_s=900, max_keys=max_keys, cells=cells)


#: One event of a stream: the victim's failed login from an address of its own (so only its
#: account's count can stop it), or a sprayed name from a sprayed address.
event = st.one_of(
    st.tuples(st.just("victim"), st.integers(0, 10_000)),
    st.tuples(st.text(min_size=1, max_size=40), st.integers(0, 10_000)),
)


@settings(max_examples=300)
@given(events=st.lists(event, max_size=120), max_keys=st.integers(1, 12), cells=st.integers(1, 8),
       step=st.floats(0.0, 5.0))
def test_a_spray_never_resets_a_victims_count(events: list[tuple[str, int]], max_keys: int, cells: int,
                                              step: float) -> None:
    """Within one window the victim's failures the throttle lets through (asked first, as the
    login route does) number at most its limit between two of its lockouts, however many
    other keys the stream sprays into a table far smaller than it."""
    t = small(max_keys, cells)
    run = 0  # the victim's failures let through since it was last refused or locked
    for i, (name, address) in enumerate(events):
        now = i * step  # one window at most: nothing goes stale
        assert now < WINDOW_S
        victim = name == "victim"
        where = f"v{address}" if victim else f"s{address}"
        if t.retry_after(name, where, now) > 0:
            if victim:
                run = 0
            continue
        locked = t.failure(name, where, now)
        if victim:
            run += 1
            assert run <= LIMIT_ACCOUNT, f"the victim made {run} failed logins without a lockout"
            if any(x.key == "account:victim" for x in locked):
                run = 0


@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=15), st.floats(0, 10_000)), max_size=300),
       st.integers(1, 20), st.integers(1, 8))
def test_the_table_never_holds_more_than_its_bound(attempts: list[tuple[str, str, float]], max_keys: int,
                                                   cells: int) -> None:
    t = small(max_keys, cells)
    for account, address, now in sorted(attempts, key=lambda a: a[2]):
        t.retry_after(account, address, now)
        t.failure(account, address, now)
        assert t.size <= max_keys + 2 * cells


#: The most a held key costs (docs/security.md, "Limits"): its digest, its place in the table,
#: its state and its failures (an address's 19, one under its limit).
KEY_BYTES = 640


def spray(t: LoginThrottle, first: int, n: int, pad: str) -> None:
    """``n`` addresses from ``first`` on, each failing 19 times (one under the address limit)
    with names of ``pad``'s length, a new name every fourth failure."""
    for i in range(first, first + n):
        address = f"10.{i >> 16}.{(i >> 8) & 255}.{i & 255}"
        for j in range(19):
            t.failure(f"{pad}{i}-{j // 4}", address, float(j))


def test_a_spray_of_long_names_from_many_addresses_holds_a_bounded_memory() -> None:
    """A spray that fills the table with the costliest keys (names of 4 KiB, the most a login
    body holds; addresses one failure under their limit), then as much again: each held key
    costs at most KEY_BYTES, however long its name, and the memory stops growing with the table."""
    t = LoginThrottle(window_s=WINDOW_S, max_failures_account=5, max_failures_address=20,
                      lockout_s=60, lockout_max_s=900, max_keys=20_000, cells=1024)
    pad = "x" * 4000
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        spray(t, 0, 4_000, pad)  # 4,000 addresses and 20,000 names: the table is full
        full = tracemalloc.get_traced_memory()[0] - base
        held = t.size
        spray(t, 4_000, 4_000, pad)
        after = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert held >= t.max_keys
    assert t.size <= t.max_keys + 2 * t.cells
    assert full <= KEY_BYTES * held, f"{full / held:.0f} bytes a key"
    assert after <= KEY_BYTES * (t.max_keys + 2 * t.cells), f"{after / t.size:.0f} bytes a key"
