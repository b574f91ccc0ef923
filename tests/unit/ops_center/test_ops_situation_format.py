"""The situation format's optional wire fields (tests/data/situations/README.md, "Files"):
an offline status's ``reason``, a 119 case's ``status``, a permit's ``radius_m`` and
``permit_status`` and a
device's registered ``gateway`` reach the correlator's item, as the service gives them
(docs/mqtt.md, docs/geo.md); a value outside the wire's set fails the load."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from common.vocabulary import CaseStatus, PermitStatus, StatusReason
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


PERMIT = {**BASE, "key": "pe1", "feed": "planned_event", "agency": "police", "category": "march",
          "ends": "2026-06-02T12:00:00Z"}
ALERT = {**BASE, "key": "a1", "kind": "alert", "feed": "rule", "category": "sensor_offline", "severity": "Minor",
         "sensor_id": "SN-RG-001"}


def test_a_permit_s_radius_is_the_item_s_area(tmp_path: Path) -> None:
    a, b = load(write(tmp_path, {**PERMIT, "radius_m": 1200}, {**PERMIT, "key": "pe2"})).primary
    assert (a.item.area_m, b.item.area_m) == (1200.0, None)


@pytest.mark.parametrize("status", list(PermitStatus))
def test_a_permit_s_status_is_the_item_s(tmp_path: Path, status: PermitStatus) -> None:
    (d,) = load(write(tmp_path, {**PERMIT, "permit_status": status.value})).primary
    assert d.item.permit_status is status


def test_a_permit_without_a_status_is_approved_as_on_the_wire(tmp_path: Path) -> None:
    """The wire's ``status`` is ``approved`` when absent (docs/mqtt.md); no other item has one."""
    a, b = load(write(tmp_path, PERMIT, DISPATCH)).primary
    assert (a.item.permit_status, b.item.permit_status) == (PermitStatus.APPROVED, None)


def test_a_permit_status_on_another_item_fails_the_load(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="permit_status"):
        load(write(tmp_path, {**DISPATCH, "permit_status": "cancelled"}))


@given(st.one_of(st.text(max_size=12), st.integers(), st.none(), st.booleans(), st.sampled_from(list(PermitStatus))))
@example(value="Cancelled")
@example(value="cancelled ")
@example(value="canceled")
@example(value="撤銷")
def test_a_permit_status_is_one_of_the_wire_s_or_the_load_fails(
    tmp_path_factory: pytest.TempPathFactory, value: object,
) -> None:
    path = write(tmp_path_factory.mktemp("permit_status"), {**PERMIT, "permit_status": value})
    if value is None:
        assert load(path).primary[0].item.permit_status is PermitStatus.APPROVED
    elif isinstance(value, str) and value in {w.value for w in PermitStatus}:
        assert load(path).primary[0].item.permit_status is PermitStatus(value)
    else:
        with pytest.raises(ValueError, match="permit_status"):
            load(path)


def test_a_gateway_of_an_alert_or_a_status_is_the_item_s(tmp_path: Path) -> None:
    a, s, n = load(write(tmp_path, {**ALERT, "gateway": "GW-PARK"}, {**OFFLINE, "gateway": "GW-PARK"}, OFFLINE)).primary
    assert (a.item.gateway, s.item.gateway, n.item.gateway) == ("GW-PARK", "GW-PARK", "")


def test_a_radius_or_a_gateway_on_another_item_fails_the_load(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="planned event only"):
        load(write(tmp_path, {**DISPATCH, "radius_m": 300}))
    with pytest.raises(ValueError, match="status only"):
        load(write(tmp_path, {**DISPATCH, "gateway": "GW-1"}))


_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(), st.text(max_size=6), st.lists(st.integers(), max_size=2), st.none(),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@given(value=_NUMBERS)
@example(value=1)
@example(value=0.999999)
@example(value=5000)
@example(value=5000.000001)
@example(value=float("nan"))
@example(value=float("inf"))
@example(value=True)
@example(value=2**64)
def test_a_permit_s_radius_is_a_number_within_the_wire_s_bounds_or_the_load_fails(
    tmp_path_factory: pytest.TempPathFactory, value: object
) -> None:
    path = write(tmp_path_factory.mktemp("radius"), {**PERMIT, "radius_m": value})
    if value is None:
        assert load(path).primary[0].item.area_m is None
    elif isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value <= 5000:
        assert load(path).primary[0].item.area_m == float(value)
    else:
        with pytest.raises(ValueError, match="radius_m"):
            load(path)


_IDS = st.one_of(
    st.text(max_size=70), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,70}", fullmatch=True),
    st.integers(), st.booleans(), st.floats(), st.lists(st.text(max_size=3), max_size=2),
    st.sampled_from(["GW/1", "GW+", "GW#", "\udcff", "GW\n", "-GW", "G" * 64, "G" * 65, "閘道一"]),
)


@given(value=_IDS)
def test_a_gateway_is_an_id_as_a_sensor_s_or_the_load_fails(
    tmp_path_factory: pytest.TempPathFactory, value: object
) -> None:
    path = tmp_path_factory.mktemp("gateway") / "1_probe.jsonl"
    try:
        write(path.parent, {**ALERT, "gateway": value})
    except UnicodeEncodeError:
        return  # a lone surrogate is no JSON text a file can hold
    ok = isinstance(value, str) and len(value) <= 64 and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]*", value)
    if ok:
        assert load(path).primary[0].item.gateway == value
    else:
        with pytest.raises(ValueError, match="gateway"):
            load(path)
