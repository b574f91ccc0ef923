"""An offline device's own reason (``StatusReason``, docs/mqtt.md): its labels and what it makes of
the offline word, declared once in common/vocabulary.py and read by the correlator.

Expected results come from what each reason means (docs/vocabulary.md, "Offline reasons"):
mains power lost is the power cut's word; planned maintenance is a reason, not an incident type.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from common.vocabulary import (
    OFFLINE_REASON_SIGNALS,
    STATUS_REASON_LABELS,
    CapSeverity,
    IncidentType,
    Signal,
    StatusReason,
    offline_signal,
)
from ops_center.incidents import Item, ItemKind
from ops_center.policies import classify


def test_every_reason_has_zh_tw_and_english_labels() -> None:
    assert set(STATUS_REASON_LABELS) == set(StatusReason)
    assert STATUS_REASON_LABELS[StatusReason.MAINTENANCE] == ("計畫性維護", "Planned maintenance")
    assert all(zh and en and zh != en for zh, en in STATUS_REASON_LABELS.values())


def test_planned_maintenance_is_a_reason_not_an_incident_type() -> None:
    assert "maintenance" not in {t.value for t in IncidentType}
    assert StatusReason.parse("maintenance") is StatusReason.MAINTENANCE


@pytest.mark.parametrize(("reason", "signal"), [
    (None, Signal.DEVICE_OFFLINE),
    (StatusReason.MAINS_POWER_LOST, Signal.POWER_LOSS),
    (StatusReason.COMMS_LOST, Signal.DEVICE_OFFLINE),
    (StatusReason.MAINTENANCE, Signal.DEVICE_OFFLINE),
    (StatusReason.BATTERY_LOW, Signal.DEVICE_OFFLINE),
    (StatusReason.DEVICE_FAULT, Signal.DEVICE_OFFLINE),
])
def test_the_offline_word_is_read_by_its_reason(reason: StatusReason | None, signal: Signal) -> None:
    assert offline_signal(reason) is signal
    assert set(OFFLINE_REASON_SIGNALS) <= set(StatusReason)


@pytest.mark.parametrize("reason", [*StatusReason, None])
def test_the_correlator_reads_the_declaration(reason: StatusReason | None) -> None:
    """``ops_center.policies.classify`` gives an offline status the declared signal, and only an
    offline one: an ``online`` word stays the end of its device's condition."""
    off = Item("k1", ItemKind.EVENT, "disaster", "status", "offline", CapSeverity.UNKNOWN, 120.652, 24.185,
               1_478_931_600.0, source_id="SN-FA-006", reason=reason)
    assert classify(off)[0] is offline_signal(reason)
    assert classify(replace(off, category="online"))[0] is Signal.ENDS
