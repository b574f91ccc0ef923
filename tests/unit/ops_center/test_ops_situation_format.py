"""The situation format's optional wire fields (tests/data/situations/README.md, "Files"):
an offline status's ``reason`` and a 119 case's ``status`` reach the correlator's item, as
the service gives them (docs/mqtt.md); a value outside the wire's set fails the load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from common.vocabulary import CaseStatus, StatusReason
from tests.situations import load

BASE = {"kind": "event", "agency": "disaster", "severity": "Unknown", "lon": 120.6535, "lat": 24.1985,
        "observed": "2026-06-02T09:10:00Z", "arrival": "2026-06-02T09:10:05Z", "truth": None}
OFFLINE = {**BASE, "key": "st1", "feed": "status", "category": "offline", "sensor_id": "FA-001"}
DISPATCH = {**BASE, "key": "f1", "feed": "119", "agency": "fire", "category": "rescue"}


def write(tmp: Path, *rows: dict[str, object]) -> Path:
    path = tmp / "1_probe.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    path.with_name("1_probe.truth.json").write_text(
        json.dumps({"situation": "1", "description": "", "incidents": []}), encoding="utf-8")
    return path


@pytest.mark.parametrize("reason", list(StatusReason))
def test_an_offline_status_s_reason_is_the_item_s(tmp_path: Path, reason: StatusReason) -> None:
    (d,) = load(write(tmp_path, {**OFFLINE, "reason": reason.value})).primary
    assert d.item.reason is reason
    assert d.item.status is None


@pytest.mark.parametrize("status", list(CaseStatus))
def test_a_119_case_s_status_is_the_item_s(tmp_path: Path, status: CaseStatus) -> None:
    (d,) = load(write(tmp_path, {**DISPATCH, "status": status.value})).primary
    assert d.item.status is status
    assert d.item.reason is None


def test_without_them_an_item_says_none(tmp_path: Path) -> None:
    a, b = load(write(tmp_path, OFFLINE, DISPATCH)).primary
    assert (a.item.reason, a.item.status, b.item.reason, b.item.status) == (None, None, None, None)


def test_a_1999_case_s_status_is_its_operator_s_free_word_and_not_read(tmp_path: Path) -> None:
    case = {**BASE, "key": "c1", "feed": "1999", "agency": "citizen", "category": "flooding", "status": "已派工"}
    (d,) = load(write(tmp_path, case)).primary
    assert d.item.status is None


def test_a_reason_on_anything_but_an_offline_status_fails_the_load(tmp_path: Path) -> None:
    online = {**OFFLINE, "category": "online", "reason": "comms_lost"}
    with pytest.raises(ValueError, match="offline status only"):
        load(write(tmp_path, online))


_WORDS = st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.floats(allow_nan=False),
                   st.lists(st.text(max_size=3), max_size=2),
                   st.sampled_from([w.value.upper() for w in StatusReason] + [f" {w.value}" for w in CaseStatus]
                                   + [w.value for w in StatusReason] + [w.value for w in CaseStatus]))


@pytest.mark.parametrize(("row", "field", "words"), [(OFFLINE, "reason", StatusReason),
                                                     (DISPATCH, "status", CaseStatus)])
@given(value=_WORDS)
@example(value="")
@example(value="Comms_Lost")
@example(value="On_Scene")
@example(value="closed ")
def test_a_reason_or_a_119_status_is_one_of_the_wire_s_or_the_load_fails(
    tmp_path_factory: pytest.TempPathFactory, row: dict[str, object], field: str,
    words: type[StatusReason] | type[CaseStatus], value: object,
) -> None:
    path = write(tmp_path_factory.mktemp(field), {**row, field: value})
    if isinstance(value, str) and value in {w.value for w in words}:
        assert getattr(load(path).primary[0].item, field) is words(value)
    else:
        with pytest.raises(ValueError, match=field):
            load(path)
