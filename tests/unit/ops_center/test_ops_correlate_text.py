"""Catch-all reports are evidence for what their text says, as a coordinator reads it.

A 1999 call filed as `other` or a 119 dispatch is read by the vocabulary's text reader
(common/lexicon.py); these are small situations told from the coordinator's side.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from common.vocabulary import Categorized, categorize
from ops_center import correlate
from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import REASON_UNRELATED

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0


def it(key: str, agency: str, feed: str, category: str, text: str, dx: float = 0.0, dt: float = 0.0) -> Item:
    return replace(
        Item(key, ItemKind.EVENT, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt), text=text
    )


def test_callers_of_a_crane_fallen_on_the_road_join_the_patrols_job() -> None:
    c = Correlator()
    c.feed(it("p1", "police", "incident", "fallen_object", "經貿路二段 工地吊車倒塌 佔用車道"), T0)
    c.feed(it("q1", "citizen", "1999", "other", "經貿路工地的吊車整個倒下來，壓在馬路上！", 60, 40), T0 + 40)
    c.feed(it("q2", "citizen", "1999", "other", "經貿路有鐵皮被吹到馬路上，擋住車道", 90, 90), T0 + 90)
    assert {c.where("q1"), c.where("q2")} == {incident_id_for("p1")}


def test_callers_who_hear_the_alarm_bell_and_are_sent_out_join_the_fire() -> None:
    c = Correlator()
    c.feed(replace(it("a1", "fire", "fire_alarm", "alarm", ""), source_id="FA-LIB"), T0)
    c.feed(it("q1", "citizen", "1999", "other", "綠美圖裡面警鈴一直響，廣播叫大家往外走", 80, 60), T0 + 60)
    assert c.where("q1") == incident_id_for("a1")
    assert c.snapshot(incident_id_for("a1")).type is IncidentType.FIRE


def test_a_caller_who_sees_a_fight_joins_the_patrols_disturbance_report() -> None:
    c = Correlator()
    c.feed(it("p1", "police", "incident", "public_disturbance", "會展中心前廣場民眾推擠拉扯"), T0)
    c.feed(it("q1", "citizen", "1999", "other", "會展中心門口有兩群人在打架", 30, 45), T0 + 45)
    assert c.where("q1") == incident_id_for("p1")


def test_a_caller_who_says_it_is_no_fire_is_not_the_fires_evidence() -> None:
    # at the alarm's place the call is what the coordinator learns of that alarm (the
    # incense that set it off), kept with it as an unread call: no evidence of a fire
    c = Correlator()
    c.feed(replace(it("a1", "fire", "fire_alarm", "alarm", ""), source_id="FA-TOWER"), T0)
    c.feed(it("q1", "citizen", "1999", "other", "不是火災啦，是隔壁在燒香，煙很大", 100, 60), T0 + 60)
    alarm = c.snapshot(incident_id_for("a1"))
    assert [m.signal for m in alarm.members if m.item.key == "q1"] == ["unread_call"]
    assert alarm.last_evidence_t == T0
    assert not alarm.merges


def test_a_caller_far_from_the_alarm_who_says_it_is_no_fire_stays_out() -> None:
    c = Correlator()
    c.feed(replace(it("a1", "fire", "fire_alarm", "alarm", ""), source_id="FA-TOWER"), T0)
    c.feed(it("q1", "citizen", "1999", "other", "不是火災啦，是隔壁在燒香，煙很大", 400, 60), T0 + 60)
    assert c.where("q1") is None
    assert c.left_out()["q1"] == REASON_UNRELATED


def test_a_rescue_crews_forcible_entry_at_a_crash_is_the_crashs_not_a_crime() -> None:
    c = Correlator()
    c.feed(it("p1", "police", "incident", "accident", "黎明路凱旋路口 自小客車與機車碰撞"), T0)
    c.feed(it("r1", "fire", "119", "rescue", "黎明路凱旋路口 駕駛受困車內 破壞器材救助", 20, 120), T0 + 120)
    assert c.where("r1") == incident_id_for("p1")
    assert c.snapshot(incident_id_for("p1")).type is IncidentType.TRAFFIC


def test_the_text_reader_reads_a_repeated_text_once_and_an_empty_one_never(monkeypatch: pytest.MonkeyPatch) -> None:
    # a call centre files many calls with the same words, a panel repeats its message:
    # reading is the costliest step of placing such an item, and its answer never changes
    reads: list[tuple[str, str, str]] = []

    def counting(feed: str, code: str, text: str = "") -> Categorized:
        reads.append((feed, code, text))
        return categorize(feed, code, text)

    monkeypatch.setattr(correlate, "categorize", counting)
    c = Correlator()
    words = "綠美圖裡面警鈴一直響，廣播叫大家往外走"
    for i in range(4):
        c.feed(it(f"q{i}", "citizen", "1999", "other", words, 3000.0 * i, 10.0 * i), T0 + 10.0 * i)
        c.feed(it(f"e{i}", "citizen", "1999", "other", "", 3000.0 * i, 10.0 * i), T0 + 10.0 * i)
    assert reads.count(("1999", "other", words)) == 1
    assert [r for r in reads if r[2] != words] == [("1999", "other", "")]  # the table, once
