"""``GET /api/vocabulary``: the words the pages show for codes, in both languages.

From :mod:`common.vocabulary` (incident types, agencies, every feed's category
codes) and :mod:`web.wording` (alert rule names, level labels), so a page never
prints a code and never keeps its own copy of the tables; the state lists a page
decides by come from the owning enums (``alerts.api``, ``ops_center.api``).
"""

from __future__ import annotations

from fastapi import APIRouter

from alerts import api as alerts_api
from common import vocabulary
from ops_center import api as ops_api
from web.deps import AnyUser, State
from web.jsonbody import UniqueKeysRoute
from web.schemas import Model
from web.wording import LEVEL_LABELS_EN, RULE_NAMES

router = APIRouter(prefix="/api", tags=["system"], route_class=UniqueKeysRoute)

Pair = tuple[str, str]


class StatesOut(Model):
    """State lists the pages decide by."""

    alert_acknowledgeable: list[str]  # an alert in one of these can be acknowledged
    alert_shelvable: list[str]
    incident_open: list[str]  # an incident in one of these takes commands
    assignment_open: list[str]  # an agency still working on the incident
    assignment_called_off: list[str]  # an agency whose work was called off (reassigned away, closed)
    assignment_reassignable: list[str]  # an agency whose work a coordinator may hand on
    assignment_reports: dict[str, list[str]]  # state -> the moves an agency may report, in order


class ModeRulesOut(Model):
    """What a mode asks of the agencies (``ops_center/routing.yaml``, the ops service's file)."""

    ack_deadline_s: float
    on_scene_deadline_s: float
    escalation_repeat_s: float
    escalate_to: str
    escalate_to_en: str


class VocabularyOut(Model):
    """``code -> [zh-TW, English]`` per table; ``categories`` is per feed; ``states``
    the state lists; ``modes`` each mode's deadlines (the console's switch dialog says them)."""

    incident_types: dict[str, Pair]
    agencies: dict[str, Pair]
    categories: dict[str, dict[str, Pair]]
    alert_rules: dict[str, Pair]
    levels: dict[str, Pair]
    states: StatesOut
    modes: dict[str, ModeRulesOut]


def _values(states: frozenset[alerts_api.AlertState]) -> list[str]:
    return sorted(s.value for s in states)


@router.get("/vocabulary", response_model=VocabularyOut)
def get_vocabulary(user: AnyUser, state: State) -> VocabularyOut:
    """Labels of incident types, agencies, categories (with their aliases), alert rules and
    levels; the alert, incident and assignment states the pages decide by. Every signed-in
    role: agency members' buttons follow the state lists too."""
    categories: dict[str, dict[str, Pair]] = {}
    for feed, entries in vocabulary.CATEGORIES.items():
        table = categories.setdefault(feed, {})
        for cat in entries:
            for name in (cat.code, *cat.aliases):
                table.setdefault(name, (cat.zh, cat.en))
    return VocabularyOut(
        incident_types={t.value: (t.zh, t.en) for t in vocabulary.IncidentType},
        agencies={a.value: (a.zh, a.en) for a in vocabulary.Agency},
        categories=categories,
        alert_rules=dict(RULE_NAMES),
        levels={zh: (zh, en) for zh, en in LEVEL_LABELS_EN.items()},
        states=StatesOut(
            alert_acknowledgeable=_values(alerts_api.states_into(alerts_api.AlertState.ACKNOWLEDGED)),
            alert_shelvable=_values(alerts_api.states_into(alerts_api.AlertState.SHELVED)),
            incident_open=sorted(ops_api.OPEN_INCIDENT_STATES),
            assignment_open=sorted(ops_api.OPEN_ASSIGNMENT_STATES),
            assignment_called_off=[ops_api.AssignmentState.CANCELLED.value],
            assignment_reassignable=sorted(ops_api.REASSIGNABLE),
            # in the enum's order, the order of the agency's progress
            assignment_reports={src.value: [s.value for s in ops_api.AssignmentState if s in dst]
                                for src, dst in ops_api.REPORT_MOVES.items()},
        ),
        # the file the ops service applies, so a switch's dialog says what it will do
        modes={mode: ModeRulesOut(ack_deadline_s=r.ack_deadline_s, on_scene_deadline_s=r.on_scene_deadline_s,
                                  escalation_repeat_s=r.escalation_repeat_s, escalate_to=r.escalate_to,
                                  escalate_to_en=r.escalate_to_en or r.escalate_to)
               for mode, r in ops_api.mode_rules(state.settings.ops.routing_file).items()},
    )
