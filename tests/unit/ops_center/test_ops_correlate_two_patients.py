"""Two patients at one place are two ambulance jobs; casualties of one cause are one job.

Described situations (461, 1622 and 1595, 452, 914 of the labelled sets):

- A charity run's finish line in the park's north end: 119 sends an ambulance to the
  medical tent for a runner with cramps and a tight chest; fifteen minutes later, at the same
  tent, another runner collapses with heat exhaustion and the tent asks for a second
  ambulance. The coordinator runs one job per patient, each crew reporting on its own case.
- A Sunday night power cut in block B of the estate: 119's rescue crew is sent to two people
  stuck in the lift; 35 minutes later, 16 m away, a resident whose oxygen concentrator
  stopped is short of breath and 119 sends an ambulance. The lift and the patient are two
  jobs; the crew's "電梯困人 2 名已救出" filed without its case (as in 1595's power cut) is the
  lift's.
- A fair in the convention centre: an old woman collapses in hall B; a minute later 119
  files a second record of her from a visitor's phone call, 47 m away. One patient, one job.
- A concert: a fan faints in the front rows; 20 minutes later 119 files, without its case,
  that "the patient" (傷病患) was taken to hospital (134). The same patient's job.
- An earthquake brings down a five-storey block: 119 sends its rescue crews to the people
  trapped, and its ambulances carry off those brought out over the next hour. One job.
"""

from __future__ import annotations

from common.vocabulary import CaseStatus
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.scene import two_jobs

X0, Y0, T0 = 215_100.0, 2_676_000.0, 1_777_768_000.0  # the park's north end; T0 = 08:26


def item(
    key: str,
    category: str,
    dx: float,
    dy: float,
    minute: float,
    text: str,
    follows: str | None = None,
    status: CaseStatus | None = None,
) -> Item:
    return Item(
        key,
        ItemKind.EVENT,
        "fire",
        "119",
        category,
        CapSeverity.UNKNOWN,
        X0 + dx,
        Y0 + dy,
        T0 + minute * 60.0,
        "",
        text,
        follows,
        status=status,
    )


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)
    return c


def test_a_second_runner_at_the_same_medical_tent_is_a_second_ambulance_job() -> None:
    c = run(
        [
            item("cramps", "ambulance", 0.0, 0.0, 0.0, "救護｜中央公園北端終點醫護站，女性跑者雙腿抽筋合併胸悶"),
            item(
                "heat",
                "ambulance",
                -17.0,
                -5.0,
                14.7,
                "救護｜同終點醫護站，另一名男性跑者熱衰竭，體溫39度，請求第二輛救護車",
            ),
            item("cramps-go", "ambulance", 4.0, -9.0, 19.5, "送醫：女性跑者送臺中榮總", follows="cramps"),
            item("heat-go", "ambulance", 2.0, -17.0, 29.5, "送醫：熱衰竭跑者送中國醫藥大學附設醫院", follows="heat"),
        ]
    )
    first, second = two_jobs(c, "cramps", "heat")
    assert c.snapshot(first).type is c.snapshot(second).type is IncidentType.RESCUE
    assert c.where("cramps-go") == first
    assert c.where("heat-go") == second


def test_a_breathless_resident_beside_a_lift_rescue_is_an_ambulance_job_of_its_own() -> None:
    c = run(
        [
            item("lift", "rescue", 0.0, 0.0, 0.0, "水湳生態住宅B區 電梯停電困 2 人"),
            item("lift-on", "rescue", 0.0, -8.0, 11.0, "救助隊到場 電梯受困 2 人", "lift", CaseStatus.ON_SCENE),
            item("oxygen", "ambulance", -5.0, -15.0, 35.0, "生態住宅B區 住戶使用製氧機 停電後一直喘 送醫"),
            item("lift-out", "rescue", -7.0, -2.0, 37.0, "電梯困人 2 名已救出 無傷", status=CaseStatus.CLOSED),
        ]
    )
    lift, _oxygen = two_jobs(c, "lift", "oxygen")
    assert c.where("lift-on") == c.where("lift-out") == lift


def test_a_second_record_of_one_patient_a_minute_later_is_the_same_job() -> None:
    c = run(
        [
            item(
                "hallb",
                "ambulance",
                0.0,
                0.0,
                0.0,
                "救護｜臺中國際會展中心B棟展場內，七十多歲女性突然昏倒，有呼吸，主辦單位醫護站已在現場",
            ),
            item(
                "hallb2", "ambulance", -45.0, 13.0, 1.3, "救護｜會展中心B棟 有阿嬤倒在走道，叫不太起來（民眾手機報案）"
            ),
        ]
    )
    assert c.where("hallb") is not None
    assert c.where("hallb2") == c.where("hallb")


def test_a_record_of_the_patient_taken_to_hospital_is_the_same_job() -> None:
    # a concert's fan fainted in the front rows; 119 files where "the patient" went without its case
    c = run(
        [
            item("faint", "ambulance", 0.0, 0.0, 0.0, "流行影音中心 搖滾區 女性觀眾約 20 歲昏倒，意識模糊，派遣救護車"),
            item("taken", "ambulance", -22.0, 1.0, 20.0, "傷病患送澄清醫院中港院區，疑似中暑"),
        ]
    )
    assert c.where("faint") is not None
    assert c.where("taken") == c.where("faint")


def test_the_casualties_brought_out_of_a_collapsed_block_are_its_one_job() -> None:
    c = run(
        [
            item(
                "collapse",
                "rescue",
                0.0,
                0.0,
                0.0,
                "西屯區河南路二段近中平路口 建物倒塌，五層樓公寓一樓塌陷，報案人稱有人受困。派遣西屯分隊、協和分隊",
            ),
            item(
                "out1",
                "ambulance",
                0.0,
                0.0,
                23.0,
                "河南路二段倒塌現場 救出男性約50歲(機車行老闆)，右腿骨折，意識清楚，送中國醫藥大學附設醫院。",
            ),
            item(
                "out2",
                "ambulance",
                0.0,
                0.0,
                45.0,
                "倒塌現場救出女性約30歲(早餐店員工)，頭部外傷、意識模糊，送臺中榮總。",
            ),
            item("ohca", "ambulance", 0.0, 0.0, 60.0, "倒塌現場 OHCA 男性78歲，送中國醫藥大學附設醫院。"),
        ]
    )
    job = c.where("collapse")
    assert job is not None
    assert c.where("out1") == c.where("out2") == c.where("ohca") == job
