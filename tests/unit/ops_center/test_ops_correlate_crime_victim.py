"""The victim's ambulance at a crime scene is the crime's job.

Described situation: at 21:00 a man robs a shop on 經貿路 with a knife and cuts the clerk's
hand. The police report it (超商遭持刀搶劫，店員手部遭割傷) and 119 sends an ambulance at the
same minute, its dispatch naming the case, not the act (超商搶案 店員右手掌割傷出血). The
coordinator runs one job: the officers and the ambulance at one shop, one case file.

Another night, in the eco-residential blocks: 119 is called first to a woman with a head
wound, its dispatch saying it is a domestic-violence case with the police on scene (家暴案
警方已在場), and the patrol's report of the couple's fight comes a minute later. One job, the
police's, whoever reached the flat first. A knife wound (遭刀械劃傷) at a patrol's reported
knife attack is the same.

An ambulance for someone who fainted beside a theft report stays a job of its own: it names
no crime.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_465.0, 2_674_468.0, 1_479_474_000.0  # a shop on 經貿路一段; T0 = 21:00


def police(key: str, category: str, dx: float, minute: float, text: str) -> Item:
    t = T0 + minute * 60.0
    return Item(key, ItemKind.EVENT, "police", "incident", category, CapSeverity.SEVERE, X0 + dx, Y0, t, "", text)


def ambulance(key: str, dx: float, minute: float, text: str) -> Item:
    t = T0 + minute * 60.0
    return Item(key, ItemKind.EVENT, "fire", "119", "ambulance", CapSeverity.UNKNOWN, X0 + dx, Y0, t, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in items:
        c.feed(it, it.t + 30.0)
    return c


def test_the_clerks_ambulance_at_a_robbery_joins_the_robbery() -> None:
    c = run(
        [
            police("rob", "theft", 0.0, 0.0, "經貿路一段某超商遭持刀搶劫，歹徒搶走現金後騎機車逃逸，店員手部遭割傷"),
            ambulance("ems", 6.0, 0.5, "超商搶案 店員右手掌割傷出血 意識清楚 派遣救護車1輛"),
        ]
    )
    job = c.where("rob")
    assert job is not None
    assert c.where("ems") == job
    assert c.snapshot(job).type is IncidentType.PUBLIC_SAFETY


def test_an_ambulance_sent_first_to_a_domestic_violence_case_is_the_polices_job() -> None:
    c = run(
        [
            ambulance("ems", 10.0, 0.0, "女 35歲 頭部撕裂傷 家暴案 警方已在場 派遣救護車"),
            police("dv", "public_disturbance", 0.0, 1.0, "生態住宅A區某戶夫妻口角後拉扯，妻頭部撞及桌角流血"),
        ]
    )
    job = c.where("dv")
    assert job is not None
    assert c.where("ems") == job
    assert c.snapshot(job).type is IncidentType.PUBLIC_SAFETY


def test_a_knife_wound_at_a_reported_knife_attack_is_the_attacks_job() -> None:
    c = run(
        [
            police("knife", "public_disturbance", 0.0, 0.0, "轉運中心3號月台 男子持刀滋事，線上警力全數前往"),
            ambulance("ems", 20.0, 2.0, "救護｜轉運中心3號月台，男性旅客左前臂遭刀械劃傷，出血"),
        ]
    )
    assert c.where("knife") is not None
    assert c.where("ems") == c.where("knife")


def test_a_fainting_beside_a_theft_report_stays_its_own_job() -> None:
    c = run(
        [
            police("theft", "theft", 0.0, 0.0, "超商門口 民眾機車遭竊 受理報案"),
            ambulance("ems", 30.0, 5.0, "超商門口 女性約60歲 昏倒 意識模糊 派遣救護車"),
        ]
    )
    assert c.where("ems") is not None
    assert c.where("ems") != c.where("theft")
