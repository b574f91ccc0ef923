"""Someone the power cut leaves breathing hard is a patient, not the power cut.

Described situation: late at night the feeder of the residential blocks trips: both
blocks' fire panels switch to their batteries and residents call 1999 that the whole block
is dark. A daughter calls that her father's oxygen concentrator stopped with the power,
its spare battery is nearly flat and he is breathing hard now ("他現在喘得很厲害"), and
119 sends an ambulance to him minutes later. The coordinator keeps the power cut one job
and the father another, the ambulance's (415, 441: two authors make him a job of his own).
A resident who only asks when the power comes back because an elder at home uses an
oxygen concentrator reports the cut (337, 516).
"""

from __future__ import annotations

from common.vocabulary import Signal, categorize
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_335.0, 2_675_443.0, 1_779_700_000.0
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "fire_alarm": "disaster", "119": "fire"}
FATHER = "我爸爸在家裡用製氧機，停電機器停了，備用電池快沒電，他現在喘得很厲害"
ASKS = "電什麼時候會來？家裡有老人要用製氧機"


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str, src: str = "") -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, U, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def test_a_caller_breathing_hard_since_the_cut_is_a_patient_and_one_asking_for_power_reports_the_cut() -> None:
    assert categorize("1999", "other", FATHER).signal is Signal.RESCUE
    assert categorize("1999", "other", ASKS).signal is Signal.POWER_LOSS


def test_the_father_is_the_ambulance_s_job_not_the_power_cut_s() -> None:
    c = Correlator()
    items = [
        item("panel-a", "fire_alarm", "fault", 0, 0, 0, "主電源停電，預備電源供電中", "SN-FA-1"),
        item("panel-b", "fire_alarm", "fault", 20, -280, 10, "主電源停電，預備電源供電中", "SN-FA-2"),
        item("dark", "1999", "other", 10, -150, 300, "我們這一區整個停電了，請問什麼時候會來電？"),
        item("father", "1999", "other", 5, -260, 600, FATHER),
        item("amb", "119", "ambulance", 10, -255, 720, "生態住宅B區 八旬長者居家用氧中斷 呼吸喘 送醫"),
        item("asks", "1999", "other", 40, -120, 900, ASKS),
    ]
    for it in items:
        c.feed(it, it.t + 30.0)
    cut = c.where("panel-a")
    assert cut is not None
    assert c.where("dark") == cut
    assert c.where("asks") == cut
    assert c.where("father") not in {None, cut}
    assert c.where("amb") == c.where("father")
