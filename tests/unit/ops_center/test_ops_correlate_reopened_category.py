"""A police report filed as ``road_reopened`` ends the job at its scene, whatever its text.

Described situation (as test_ops_correlate_reopen.py): at 07:10 a car and a scooter collide
at a junction (a police crash report, the lanes closed); the wreck waits over an hour for
the crane. At 08:25 the police file the closure lifted as its own category, 恢復通行
(``road_reopened``), with a few words or none: "前案 拖吊完成". A coordinator closes the crash
job with that report. The same report 2 km away ends nothing there.
"""

from __future__ import annotations

from ops_center.incidents import IncidentState
from tests.unit.ops_center.test_ops_correlate_reopen import police, run


def test_the_road_reopened_category_joins_the_quiet_crash_at_its_scene() -> None:
    for text in ("前案 拖吊完成", ""):
        c = run(police("open", "road_reopened", 20.0, 75.0, text))
        crash = c.where("crash")
        assert crash is not None
        assert c.snapshot(crash).state is IncidentState.QUIET
        assert c.where("open") == crash, text


def test_its_zh_tw_spelling_is_the_same_category() -> None:
    c = run(police("open", "恢復通行", 20.0, 75.0, "前案 拖吊完成"))
    assert c.where("open") == c.where("crash") is not None


def test_the_road_reopened_elsewhere_ends_nothing_there() -> None:
    c = run(police("open", "road_reopened", 2000.0, 75.0, "前案 拖吊完成"))
    assert c.where("open") != c.where("crash")
