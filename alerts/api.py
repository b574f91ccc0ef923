"""The alerts package's application interface: what the web, the CLI and other packages may use.

Commands: :func:`act` (acknowledge, shelve, resolve, close an alert: audited,
through the lifecycle), :func:`retry_delivery` (send a failed notification
again), :func:`export_cap` (an alert as a CAP 1.2 message). Read models:
alerts (the open ones with their place: :func:`open_alerts`), their
transitions and CAP log (:mod:`alerts.queries`), failed deliveries
(:class:`FailedDelivery`). Vocabularies: :class:`AlertState`,
:data:`OPEN_STATES` and :func:`states_into` (where an action applies),
:class:`Severity`, :class:`ClearCause`. The evaluator's progress, for
consumers that must not run ahead of it (the ops center):
:func:`evaluated_before`, :func:`steps_between`, :func:`covering_step`; the
condition transitions in commit order for them (:func:`condition_transitions`,
:func:`transitions_cut`); the alert times of a period for the KPIs
(:func:`alert_times`). Configuration: the rules
(:func:`load_rules_file`; ``RuleSet.silence_factor`` is the factor the wall
draws a silent sensor offline by) and the districts of CAP areas
(:func:`load_districts`). Everything else in ``alerts`` is the package's own;
the import contracts in ``pyproject.toml`` check that the web imports only this
module (and ``alerts.errors``).
"""

from __future__ import annotations

from alerts.cap import District
from alerts.evaluate import WILL_GRACE
from alerts.exchange import export_cap, load_districts
from alerts.lifecycle import OPEN_STATES, Action, AlertState, ClearCause, Severity, states_into
from alerts.progress import EVALUATOR, Step, covering_step, evaluated_before, steps_between
from alerts.queries import (
    CONDITION_ACTIONS,
    AlertRow,
    AlertTimesRow,
    CapLogRow,
    ConditionTransition,
    PlacedAlert,
    TransitionRow,
    alert_times,
    alert_transitions,
    cap_log,
    cap_xml,
    condition_transitions,
    list_alerts,
    open_alert_severities,
    open_alerts,
    transitions_cut,
)
from alerts.rules import RuleSet, load_rules_file
from alerts.service import FailedDelivery, act, failed_deliveries, failed_delivery_count, retry_delivery

__all__ = [
    "CONDITION_ACTIONS",
    "EVALUATOR",
    "OPEN_STATES",
    "WILL_GRACE",
    "Action",
    "AlertRow",
    "AlertState",
    "AlertTimesRow",
    "CapLogRow",
    "ClearCause",
    "ConditionTransition",
    "District",
    "FailedDelivery",
    "PlacedAlert",
    "RuleSet",
    "Severity",
    "Step",
    "TransitionRow",
    "act",
    "alert_times",
    "alert_transitions",
    "cap_log",
    "cap_xml",
    "condition_transitions",
    "covering_step",
    "evaluated_before",
    "export_cap",
    "failed_deliveries",
    "failed_delivery_count",
    "list_alerts",
    "load_districts",
    "load_rules_file",
    "open_alert_severities",
    "open_alerts",
    "retry_delivery",
    "states_into",
    "steps_between",
    "transitions_cut",
]
