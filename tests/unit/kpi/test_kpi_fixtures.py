"""The shipped seed files: services registry and the phase-2 milestone checklist."""

from __future__ import annotations

from datetime import date

import pytest

from kpi.errors import FixtureError
from kpi.eservices import count_items, load_registry, parse_registry
from kpi.milestones import load_checklist, parse_checklist

HEADER = "agency,agency_en,service,service_en,kind,launch_date,fixture,note\n"


def test_registry_counts_agencies_times_items() -> None:
    text = HEADER + (
        "A,,s1,,online_application,2016-01-10,true,\n"
        "A,,s2,,e_payment,2016-02-10,true,\n"
        "B,,s1,,online_application,2016-03-10,true,\n"
        "C,,s3,,e_payment,2015-03-10,true,\n"
    )
    c = count_items(parse_registry(text), 2016)
    # 2 agencies × 2 items = 4, although only 3 (agency, item) pairs exist.
    assert (c.agencies_using, c.new_items, c.pairs, c.result.value) == (2, 2, 3, 4.0)
    assert count_items(parse_registry(text), 2016, as_of=date(2016, 1, 31)).result.value == 1
    assert count_items(parse_registry(text), 2015).result.value == 1


def test_shipped_registry_is_all_fixture() -> None:
    entries = load_registry()
    assert entries
    assert all(e.fixture and "FIXTURE" in e.note for e in entries)
    c = count_items(entries, 2016)
    assert c.fixture_rows == c.pairs


@pytest.mark.parametrize(
    "row",
    [
        "A,,s1,,paper,2016-01-10,true,\n",
        "A,,s1,,e_payment,2016-13-10,true,\n",
        ",,s1,,e_payment,2016-01-10,true,\n",
        "A,,s1,,e_payment,2016-01-10,maybe,\n",
    ],
)
def test_registry_refuses_bad_rows(row: str) -> None:
    with pytest.raises(FixtureError) as info:
        parse_registry(HEADER + row)
    assert info.value.line == 2


def test_checklist_progress_and_evidence_dates() -> None:
    checklist = load_checklist()
    assert checklist.indicator_id == "7.1"
    assert len(checklist.milestones) == 7
    assert checklist.progress().value == round(3 / 7 * 100, 2)
    # Evidence dated after as_of does not count yet.
    assert checklist.progress(as_of=date(2016, 4, 1)).value == round(1 / 7 * 100, 2)
    assert all(m.evidence.fixture for m in checklist.milestones if m.evidence is not None)


def test_done_without_evidence_is_refused() -> None:
    text = """
version: "1"
indicator: "7.1"
milestones:
  - {id: a, name_zh: 甲, name_en: A, source: s, weight: 1, done: true}
"""
    with pytest.raises(FixtureError, match="done requires evidence"):
        parse_checklist(text)
