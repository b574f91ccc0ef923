"""The report that the road is open again ends the job, however long the job took.

Described situation: at 07:10 a car and a scooter collide at a junction (a police
crash report, the lanes closed). Towing takes long: the junction is quiet for over an
hour while the wreck waits for the crane. At 08:25 the police report "前案 事故車輛拖離
恢復通行": the wreck is towed, traffic flows. A coordinator closes the crash job with
that report. A new closure at the same junction at 08:25 (a second crash's) is not
the first job's end.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind

X0, Y0, T0 = 215_500.0, 2_676_200.0, 1_779_520_000.0


def police(key: str, category: str, dx: float, minute: float, text: str) -> Item:
    sev = CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, "police", "incident", category, sev, X0 + dx, Y0, T0 + 60 * minute, "", text)


def run(last: Item) -> Correlator:
    c = Correlator()
    for it in [police("crash", "injury_accident", 0.0, 0.0, "汽機車碰撞 封閉外側車道"), last]:
        c.feed(it, it.t + 30.0)
    return c


def test_the_road_reopened_an_hour_later_joins_the_quiet_crash() -> None:
    c = run(police("open", "road_closure", 20.0, 75.0, "前案 事故車輛拖離 恢復通行"))
    crash = c.where("crash")
    assert crash is not None
    assert c.snapshot(crash).state is IncidentState.QUIET
    assert c.where("open") == crash


def test_a_new_closure_at_the_same_place_is_not_the_old_job_s_end() -> None:
    c = run(police("closed", "road_closure", 20.0, 75.0, "路口事故 封閉內側車道"))
    assert c.where("closed") != c.where("crash")


class _Walked(dict[str, object]):
    """The correlator's incidents, counting the walks over all of them."""

    walks = 0

    def values(self):  # type: ignore[override]  # the same view, counted
        _Walked.walks += 1
        return super().values()


def test_the_report_finds_its_job_among_the_city_s_incidents_without_walking_them_all() -> None:
    # a busy evening: crashes all over the city, held for the retention; the report of
    # the road reopened is placed by what lies at its scene, however many jobs are held
    c = Correlator()
    for i in range(300):
        far = police(f"far{i}", "injury_accident", 3_000.0 + 400.0 * (i % 30), float(i % 60), "汽機車碰撞")
        c.feed(replace(far, y=Y0 + 400.0 * (i // 30)), far.t + 30.0)
    crash = police("crash", "injury_accident", 0.0, 0.0, "汽機車碰撞 封閉外側車道")
    c.feed(crash, crash.t + 30.0)
    c._incidents = _Walked(c._incidents)  # type: ignore[assignment]  # the same incidents, walks counted
    last = police("open", "road_closure", 20.0, 75.0, "前案 事故車輛拖離 恢復通行")
    c.feed(last, last.t + 30.0)
    assert c.where("open") == c.where("crash")
    assert _Walked.walks == 0


def test_the_road_reopened_where_another_kind_of_job_stood_is_not_the_crash_s_end() -> None:
    """Rush hour: a crash at the junction (the police's report at 07:10). At 08:15, 150 m
    south, a patrol reports a ladder fallen from a lorry removed and the lane open again
    ("掉落鋁梯已移除 恢復通行"), and five minutes later the report of the ladder itself comes
    in. The crew at the ladder stood at another job than the crash's: the ladder is a job of
    its own, as the report of it would be without the crash's (fitting.reopened reads the
    scene as fitting.fits does)."""
    removed = police("removed", "fallen_object", 150.0, 65.0, "經貿路二段掉落鋁梯已移除 內側車道恢復通行")
    c = run(removed)
    ladder = police("ladder", "fallen_object", 150.0, 70.0, "經貿路二段內側車道鋁梯一具掉落 員警到場排除")
    c.feed(ladder, ladder.t + 30.0)
    assert c.where("removed") not in {None, c.where("crash")}
    assert c.where("ladder") == c.where("removed")


def test_the_road_reopened_at_the_crash_s_own_scene_is_its_end() -> None:
    c = run(police("cleared", "fallen_object", 30.0, 65.0, "事故散落物已移除 恢復通行"))
    assert c.where("cleared") == c.where("crash") is not None
