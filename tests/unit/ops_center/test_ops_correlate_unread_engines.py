"""A caller who hears or sees fire engines blocks from a fire is asking about that fire.

Described situation: at 19:00 a fire breaks out on the 9th floor of a residential tower on
經貿路 (119 dispatches, the police close the outer lane). At 19:10 a resident 420 m away
calls 1999, filed under 其他: "外面一直有消防車鳴笛，發生什麼事？"; at 19:15 a shopkeeper 600 m
off: "中科路那邊好多台消防車，發生什麼事". Neither stands at the fire nor names its road; the
coordinator still reads them against the jobs running: the sirens and the engines go to the
one fire burning, and both calls are its.

Calls that stay out: the same question 2 km off (the sirens of a fire that far are not
heard); the same question while only a crash runs near (no fire the engines go to); and a
caller 420 m off asking what the noise is without naming the engines.
"""

from __future__ import annotations

from ops_center.policies import ENGINES_HEARD_M
from tests.unit.ops_center.test_ops_correlate_unread import FIRE, call, item, run  # the tower at X0, Y0

SIRENS = "外面一直有消防車鳴笛，發生什麼事？"


def test_callers_hearing_and_seeing_the_engines_blocks_away_ask_about_the_fire() -> None:
    assert ENGINES_HEARD_M >= 600.0
    engines = call("engines", 0.0, -600.0, 15.0, "中科路那邊好多台消防車，發生什麼事")
    c = run([*FIRE, call("sirens", -420.0, 0.0, 10.0, SIRENS), engines])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.where("sirens") == fire
    assert c.where("engines") == fire


def test_sirens_two_kilometres_from_the_fire_are_not_its() -> None:
    c = run([*FIRE, call("far", -2000.0, 0.0, 10.0, SIRENS)])
    assert c.where("dispatch") is not None
    assert c.where("far") is None


def test_engines_heard_while_only_a_crash_runs_are_no_job_s() -> None:
    crash = item("crash", "incident", "injury_accident", "police", 0.0, 0.0, 0.0, "經貿路兩車追撞，1人受傷")
    c = run([crash, call("sirens", -420.0, 0.0, 10.0, SIRENS)])
    assert c.where("crash") is not None
    assert c.where("sirens") is None


def test_a_noise_without_the_engines_named_is_not_the_fire_s() -> None:
    c = run([*FIRE, call("noise", -420.0, 0.0, 10.0, "外面一直很吵，發生什麼事？")])
    assert c.where("dispatch") is not None
    assert c.where("noise") is None
