"""A police follow-up from a second crash scene, each scene with its own ambulance, is two jobs.

Coordinators' examples: late on a Friday a van knocks a cyclist down at a junction and
drives off (a caller, an ambulance, the patrol's report). Twenty-five minutes later and
two kilometres on, the same van hits a lamp post: a caller, a second ambulance, and the
patrol there writes its report as a follow-up of the hit-and-run, the van matching. The
police link the cases; the center runs two jobs, each with its crews. A follow-up that
only says where the van was found parked, with no crash and no crew of its own there, is
news of the hit-and-run.
"""

from __future__ import annotations

from ops_center.correlate import incident_id_for
from ops_center.incidents import Item
from tests.unit.ops_center.scene import Scene, replay, two_jobs

S = Scene(214_900.0, 2_677_100.0, 1_784_100_000.0)
FAR = 2_000.0  # the second scene, up the road


def hit_and_run() -> list[Item]:
    return [
        S.item("h1", "1999", "traffic_accident", "citizen", 0, 0, 0, "路口有腳踏車被廂型車撞倒，車子直接開走了"),
        S.item("h2", "119", "ambulance", "fire", 10, 5, 2, "車禍 腳踏車騎士倒地 頭部擦傷 派遣救護車"),
        S.item("h3", "incident", "injury_accident", "police", 5, 0, 6,
               "路口廂型車撞擊腳踏車後逃逸，騎士受傷送醫，肇事車為銀色廂型車"),
    ]


def test_the_fleeing_vans_later_crash_two_km_on_is_a_second_job() -> None:
    items = [
        *hit_and_run(),
        S.item("k1", "1999", "traffic_accident", "citizen", 40, FAR, 25, "一台銀色廂型車撞上路燈桿，駕駛好像喝醉了"),
        S.item("k2", "119", "ambulance", "fire", 45, FAR + 10, 26, "自撞路燈桿 駕駛臉部擦傷 派遣救護車"),
        S.item("k3", "incident", "traffic_accident", "police", 42, FAR + 5, 32,
               "銀色廂型車自撞路燈桿，駕駛酒測超標，車型與肇逃案車輛相符", follows="h3"),
    ]
    c = replay(items)
    first, second = two_jobs(c, "h1", "k1")
    assert first == incident_id_for("h1")
    assert c.where("h2") == c.where("h3") == first
    assert c.where("k2") == c.where("k3") == second


def test_the_van_found_parked_without_a_crash_is_news_of_the_hit_and_run() -> None:
    items = [
        *hit_and_run(),
        S.item("k3", "incident", "injury_accident", "police", 42, FAR, 32,
               "肇逃廂型車於停車場尋獲，車頭受損，駕駛已到案", follows="h3"),
    ]
    c = replay(items)
    assert c.where("k3") == c.where("h1") == incident_id_for("h1")


def test_a_second_ambulance_at_the_same_crash_keeps_one_job() -> None:
    """Two crews sent to one pile-up a few hundred metres long: the patrol's follow-up at
    its far end is news of the same job."""
    near = 300.0
    items = [
        *hit_and_run(),
        S.item("k1", "1999", "traffic_accident", "citizen", 20, near, 8, "後面又有車撞在一起，車禍現場排很長"),
        S.item("k2", "119", "ambulance", "fire", 25, near, 9, "連環車禍 第二名傷者 派遣救護車"),
        S.item("k3", "incident", "injury_accident", "police", 22, near, 12, "同一事故 後段車輛受損 已排除",
               follows="h3"),
    ]
    c = replay(items)
    assert c.where("k3") == c.where("h1")
