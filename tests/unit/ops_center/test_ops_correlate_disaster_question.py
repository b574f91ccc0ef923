"""A caller asking about the disaster itself is answered on the phone: no job's evidence.

Described situation: minutes after a strong earthquake, a water main bursts beside an
underpass (the flood sensor alarms, the police report the water) and a residential block
500 m away has a kitchen fire (119 dispatches an engine). 1999 fills with calls filed under
其他 from around both: "民眾詢問剛剛是不是地震、臺中震度幾級", "請問還會不會有餘震",
"想問地震完可以搭電梯嗎", "民眾詢問地震後自來水是否可以直接飲用". Each asks about the quake,
not about a job: the operator answers on the phone and the coordinator dispatches no one for
it (every author of the earthquake sets reads them as background: 551-562, 911-922). A
resident of the burning block calling 其他 from its courtyard, "電梯停了，我媽在12樓下不來",
is the fire's, as any unclassified call at a job's scene is. A call that names the quake to
report a hazard, "剛剛餘震又掉一堆磁磚下來", asks nothing: it is read as any other call.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import IncidentType, Item
from ops_center.policies import REASON_UNRELATED
from tests.unit.ops_center.scene import Scene, replay

S = Scene(216_500.0, 2_676_500.0, 1_776_234_000.0)  # the underpass; 14:20


def call(key: str, dx: float, minute: float, text: str) -> Item:
    return S.item(key, "1999", "other", "citizen", dx, 30.0, minute, text)


JOBS = [
    S.item("water", "incident", "flooding", "police", 0.0, 0.0, 3.0, "地下道自來水管破裂 積水約40公分 封閉"),
    S.item("fire", "119", "fire", "fire", 500.0, 0.0, 5.0, "火災：集合住宅7樓廚房起火"),
]
QUESTIONS = {
    "magnitude": (20.0, "民眾詢問剛剛是不是地震、臺中震度幾級，已告知依中央氣象署地震報告為準。"),
    "aftershock": (480.0, "搖得好可怕，請問還會不會有餘震"),
    "lift": (520.0, "想問地震完可以搭電梯嗎，家裡有老人"),
    "tap": (40.0, "民眾詢問地震後自來水是否可以直接飲用。"),
}


def run(items: list[Item]) -> Correlator:
    return replay(items, Correlator(), until=S.t0 + 4 * 3600.0)


def test_calls_asking_about_the_quake_join_no_job_around_them() -> None:
    c = run([*JOBS, *(call(k, dx, 10.0 + i, t) for i, (k, (dx, t)) in enumerate(QUESTIONS.items()))])
    water, fire = c.where("water"), c.where("fire")
    assert water is not None
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    for key in QUESTIONS:
        assert c.where(key) is None, key
        assert c.left_out()[key] == REASON_UNRELATED


def test_an_unclassified_call_from_the_burning_block_is_still_the_fire_s() -> None:
    c = run([*JOBS, call("mother", 520.0, 12.0, "電梯停了，我媽在12樓下不來，怎麼辦？")])
    assert c.where("mother") == c.where("fire") is not None

