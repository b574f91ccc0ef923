"""The simulated agency desks (pure): shares, timing against the deadline, determinism."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sim.responder import PROFILES, Fate, Profile, Responder, Stage

T0 = datetime(2026, 9, 28, 6, 0, tzinfo=UTC)


def drain(r: Responder, until: datetime) -> list[tuple[datetime, str, Stage]]:
    out = []
    while (nxt := r.next_deadline()) is not None and nxt <= until:
        out += [(a.due, a.incident_id, a.stage) for a in r.due(nxt)]
    return out


def test_shares_of_each_fate_follow_the_profile() -> None:
    r = Responder("police", PROFILES["police"], seed=7)  # 85 % on time, 10 % late, 5 % never
    fates = [r.fate(f"inc-{k}") for k in range(4000)]
    assert abs(fates.count(Fate.ON_TIME) / 4000 - 0.85) < 0.02
    assert abs(fates.count(Fate.LATE) / 4000 - 0.10) < 0.015
    assert abs(fates.count(Fate.NEVER) / 4000 - 0.05) < 0.01


def test_the_same_seed_gives_the_same_answers_in_any_order() -> None:
    ids = [f"inc-{k}" for k in range(50)]
    a, b = Responder("water", PROFILES["water"], 3), Responder("water", PROFILES["water"], 3)
    deadline = T0 + timedelta(minutes=15)
    for i in ids:
        a.on_assignment(i, "assigned", deadline, T0)
    for i in reversed(ids):
        b.on_assignment(i, "assigned", deadline, T0)
    end = T0 + timedelta(hours=1)
    assert sorted(drain(a, end)) == sorted(drain(b, end))
    other = Responder("water", PROFILES["water"], 4)
    assert [other.fate(i) for i in ids] != [a.fate(i) for i in ids]


@given(st.integers(0, 10_000), st.floats(1.0, 3600.0), st.sampled_from(sorted(PROFILES)))
def test_on_time_acks_come_before_the_deadline_late_ones_after_never_ones_not(
    n: int, window_s: float, agency: str
) -> None:
    r = Responder(agency, PROFILES[agency], seed=1)
    incident = f"inc-{n}"
    deadline = T0 + timedelta(seconds=window_s)
    r.on_assignment(incident, "assigned", deadline, T0)
    acts = drain(r, T0 + timedelta(seconds=window_s * 5))
    fate = r.fate(incident)
    if fate is Fate.NEVER:
        assert acts == []
        return
    assert [s for _, _, s in acts] == [Stage.ACKNOWLEDGED]
    due = acts[0][0]
    assert due > T0
    if fate is Fate.ON_TIME:
        assert due < deadline
    else:
        assert due > deadline


def test_a_repeated_retained_message_plans_nothing_twice_and_cancel_forgets() -> None:
    profile = Profile(ack_median=0.5, late_share=0.0, never_share=0.0)
    r = Responder("fire", profile, seed=1)
    deadline = T0 + timedelta(seconds=100)
    r.on_assignment("inc-a", "assigned", deadline, T0)
    r.on_assignment("inc-a", "assigned", deadline, T0 + timedelta(seconds=1))  # retained again
    r.on_assignment("inc-b", "assigned", deadline, T0)
    r.on_assignment("inc-b", "cancelled", None, T0 + timedelta(seconds=2))
    acts = drain(r, T0 + timedelta(seconds=500))
    assert [(i, st_) for _, i, st_ in acts] == [("inc-a", Stage.ACKNOWLEDGED)]


def test_after_acknowledging_the_crew_goes_then_arrives_before_the_on_scene_deadline_then_clears() -> None:
    profile = Profile(ack_median=0.5, late_share=0.0, never_share=0.0, clear_after_s=60)
    r = Responder("fire", profile, seed=1)
    deadline = T0 + timedelta(seconds=100)
    r.on_assignment("inc-a", "assigned", deadline, T0)
    r.on_assignment("inc-a", "assigned", deadline, T0 + timedelta(seconds=1))
    (ack,) = drain(r, deadline)
    assert ack[2] is Stage.ACKNOWLEDGED
    on_scene_deadline = ack[0] + timedelta(seconds=1800)
    r.on_assignment("inc-a", "acknowledged", on_scene_deadline, ack[0])
    moves = drain(r, on_scene_deadline)
    assert [s for _, _, s in moves] == [Stage.EN_ROUTE, Stage.ON_SCENE]
    assert moves[1][0] < on_scene_deadline
    r.on_assignment("inc-a", "en_route", on_scene_deadline, moves[0][0])
    r.on_assignment("inc-a", "on_scene", None, moves[1][0])
    (clear,) = drain(r, moves[1][0] + timedelta(seconds=91))
    assert clear[2] is Stage.CLEARED
    assert moves[1][0] + timedelta(seconds=30) <= clear[0] <= moves[1][0] + timedelta(seconds=90)


def test_a_deadline_already_past_still_gets_an_answer_soon() -> None:
    r = Responder("fire", Profile(ack_median=0.5, late_share=0.0, never_share=0.0), seed=1)
    r.on_assignment("inc-a", "assigned", T0 - timedelta(minutes=5), T0)
    (ack,) = drain(r, T0 + timedelta(seconds=5))
    assert T0 < ack[0] <= T0 + timedelta(seconds=1)


@pytest.mark.parametrize(("median", "late", "never"), [(0.0, 0.1, 0.1), (1.0, 0.1, 0.1), (0.5, -0.1, 0.0),
                                                       (0.5, 0.6, 0.5), (0.5, 0.0, 1.01)])
def test_profile_edges_are_refused(median: float, late: float, never: float) -> None:
    with pytest.raises(ValueError, match="must"):
        Profile(ack_median=median, late_share=late, never_share=never)


def test_every_agency_has_a_profile_and_everyone_answers_mostly() -> None:
    for profile in PROFILES.values():
        assert profile.late_share + profile.never_share <= 0.3 + 1e-9
