"""A citizen's call the center cannot classify is still evidence of the job it is about.

Described situation: at 19:00 a kitchen fire breaks out on the 9th floor of a residential
tower on 經貿路 (the panel alarms, 119 dispatches an engine). At 19:08 a resident calls
1999 from the tower's courtyard: "電梯停了，我媽在12樓下不來，怎麼辦？". The operator files
it under 其他; nothing in it names a fire. The coordinator puts it with the fire: the
caller stands at the burning building while its job runs. At 19:12 a parent calls from
1.6 km away, "經貿路現在還能開進去嗎？我要去接小孩": the only job on 經貿路 is the fire, whose
police closure names the road, so the question is the fire's too. Calls that stay out:
a caller at the same place two hours after the fire's last report (its job is long
over); a caller asking about 中清路, which no job names; a streetlight complaint in the
courtyard (the streetlight crew's routine case, filed under its own category, not an
unclassified call); and a call from a corner where the fire and a crash 120 m apart
both run: the coordinator cannot tell which job it is about, so it stays out and says
so.

Later, in a storm, the flood sensor at 經貿路's low point alarms and a patrol reports the
water. A caller filed under 其他 standing in it says a scooter lies in the water and
nobody has wheeled it away; the text reader takes the words for a theft, which no job
explains, so the call waits; when its wait ends the coordinator reads it against the
jobs running, and it is the flood's. A noise complaint filed as such at the same place
is the environment bureau's routine case and stays out.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import REASON_SEVERAL, REASON_UNRELATED
from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 215_000.0, 2_675_000.0, 1_779_450_000.0  # the tower; T0 = 19:00
ROADS = ("經貿路", "中清路", "環中路")


item = Scene(X0, Y0, T0).item


def call(key: str, dx: float, dy: float, minute: float, text: str, category: str = "other") -> Item:
    return item(key, "1999", category, "citizen", dx, dy, minute, text)


FIRE = [
    item("dispatch", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：經貿路住宅大樓9樓廚房起火"),
    item("closed", "incident", "road_closure", "police", 60.0, 40.0, 5.0, "經貿路 火警 消防車占用車道 封閉外側車道"),
]


def run(items: list[Item], *, names: tuple[str, ...] = ROADS) -> Correlator:
    return replay(items, Correlator(road_names=names), until=T0 + 4 * 3600.0)


def test_a_resident_s_unclassified_call_from_the_burning_tower_s_courtyard_is_the_fire_s() -> None:
    c = run([*FIRE, call("lift", 40.0, -30.0, 8.0, "電梯停了，我媽在12樓下不來，怎麼辦？")])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("lift") == fire


def test_an_unclassified_question_about_the_road_only_the_fire_s_job_names_is_the_fire_s() -> None:
    c = run([*FIRE, call("fetch", 1200.0, -1000.0, 12.0, "經貿路現在還能開進去嗎？我要去接小孩")])
    assert c.where("fetch") == c.where("dispatch")


def test_a_call_at_the_place_long_after_the_job_s_last_report_stays_out() -> None:
    c = run([*FIRE, call("late", 40.0, -30.0, 130.0, "電梯什麼時候會修好？")])
    assert c.where("late") is None
    assert c.left_out()["late"] == REASON_UNRELATED


def test_a_question_about_a_road_no_job_names_stays_out() -> None:
    c = run([*FIRE, call("other_road", 1200.0, -1000.0, 12.0, "中清路現在還能開進去嗎？")])
    assert c.where("other_road") is None
    assert c.left_out()["other_road"] == REASON_UNRELATED


def test_a_routine_streetlight_complaint_at_the_fire_stays_the_streetlight_crew_s() -> None:
    c = run([*FIRE, call("lamp", 40.0, -30.0, 8.0, "中庭路燈燈罩快掉下來了", category="streetlight")])
    assert c.where("lamp") is None


def test_a_call_that_two_running_jobs_could_explain_stays_out_and_says_so() -> None:
    crash = item("crash", "incident", "accident", "police", 120.0, 0.0, 2.0, "汽機車碰撞 占用車道")
    c = run([*FIRE, crash, call("corner", 60.0, 60.0, 9.0, "這邊到底怎麼了？好多警察")])
    assert c.where("crash") != c.where("dispatch")
    assert c.where("corner") is None
    assert c.left_out()["corner"] == REASON_SEVERAL


FLOOD = [
    Item("depth", ItemKind.ALERT, "disaster", "alert", "flood_depth", CapSeverity.SEVERE, X0, Y0, T0, "FD-1"),
    item("water", "incident", "flooding", "police", 200.0, 0.0, 4.0, "經貿路低窪處積水約30公分 車輛減速"),
]


def test_an_unclassified_call_whose_reading_nothing_explained_is_the_flood_it_stands_in() -> None:
    c = run([*FLOOD, call("scooter", 100.0, 20.0, 6.0, "一台機車倒在水裡，沒人牽走")])
    flood = c.where("depth")
    assert flood is not None
    assert c.snapshot(flood).type is IncidentType.FLOOD
    assert c.where("scooter") == flood


def test_a_noise_complaint_in_the_flooded_street_stays_the_bureau_s_routine_case() -> None:
    c = run([*FLOOD, call("noise", 100.0, 20.0, 6.0, "隔壁工地一直在敲", category="noise")])
    assert c.where("noise") is None


def test_a_call_about_lost_property_at_the_fire_stays_out() -> None:
    """A passer-by at the courtyard who found a wallet, or one who lost a phone there,
    asks the lost-property desk, no running job (cue ``lost_property``)."""
    c = run(
        [
            *FIRE,
            call("found", 30.0, -20.0, 9.0, "我在大樓門口撿到一個錢包，要交給誰？"),
            call("lost", 35.0, -25.0, 11.0, "剛剛在這邊遺失一支手機，請問有人送到失物招領嗎"),
        ]
    )
    assert c.where("found") is None
    assert c.where("lost") is None
    assert c.left_out()["found"] == REASON_UNRELATED


def test_a_road_a_job_s_later_report_names_answers_the_questions_after_it() -> None:
    # the flood sensor alarms first, naming no road: a parent's question about 經貿路 from
    # 1.5 km finds no job on it; the patrol's report naming 經貿路 joins; the next parent's
    # question is the flood's (the roads a job names are read again as reports join)
    first = call("first", 1200.0, -1000.0, 3.0, "經貿路現在還能開進去嗎？")
    second = call("second", 1200.0, -1000.0, 6.0, "經貿路現在還能開進去嗎？我要去接小孩")
    c = run([FLOOD[0], first, FLOOD[1], second])
    assert c.where("first") is None
    assert c.where("second") == c.where("depth") is not None
