"""The pages decide by state lists served from the owning enums, never by their own copies."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from alerts.api import AlertState
from ops_center.api import AssignmentState, IncidentState
from web.deps import WebState
from web.routes.vocabulary import get_vocabulary
from web.security import Principal

STATIC = Path(__file__).resolve().parents[3] / "web" / "static"
STATES = {s.value for enum in (AlertState, IncidentState, AssignmentState) for s in enum}
# A JavaScript array literal of quoted words: ["open", "quiet"].
ARRAY = re.compile(r'\[\s*("[a-z_]+"\s*(?:,\s*"[a-z_]+"\s*)*)\]')


def test_no_page_keeps_a_list_of_states() -> None:
    found = {
        f"{p.name}: [{m.group(1)}]"
        for p in sorted(STATIC.glob("*.js"))
        for m in ARRAY.finditer(p.read_text(encoding="utf-8"))
        if set(re.findall(r'"([a-z_]+)"', m.group(1))) <= STATES
    }
    assert not found, f"state lists restated in the pages (serve them in /api/vocabulary): {found}"


def test_the_vocabulary_serves_the_state_lists_of_the_enums() -> None:
    # the routing file the ops service applies, as the app's settings name it
    ops = SimpleNamespace(routing_file=STATIC.parents[1] / "ops_center" / "routing.yaml")
    states = get_vocabulary(user=cast(Principal, None), state=cast(WebState, SimpleNamespace(
        settings=SimpleNamespace(ops=ops)))).states
    assert states.alert_acknowledgeable == ["escalated", "raised"]
    assert states.alert_shelvable == ["acknowledged", "escalated", "raised"]
    assert states.incident_open == ["open", "quiet"]
    assert states.assignment_called_off == ["cancelled"]
    assert states.assignment_open == sorted(
        s.value for s in AssignmentState if s not in {AssignmentState.CLEARED, AssignmentState.CANCELLED})
    # docs/ops_center.md: an agency on scene ends cleared, never cancelled (nor reassigned)
    assert states.assignment_reassignable == ["acknowledged", "assigned", "en_route"]
    assert states.assignment_reports == {"assigned": ["acknowledged"],
                                         "acknowledged": ["en_route", "on_scene", "cleared"],
                                         "en_route": ["on_scene"], "on_scene": ["cleared"]}
