"""Committed rows as correlator items: an ``events`` row or an alert transition as an
:class:`~ops_center.incidents.Item`, and a batch's rows in the order they are correlated.

Pure: no clock, no database (the rows come from :mod:`ops_center.repo` and
:mod:`alerts.api`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from alerts.api import Action, ClearCause, ConditionTransition, RuleSet, Step, covering_step
from common.vocabulary import ALERT_RULE_CATEGORY, CaseStatus, PermitStatus, StatusReason
from geo.crs import to_twd97
from ops_center.incidents import CapSeverity, Item, ItemKind, case_ref
from ops_center.policies import MIRROR_FEED

if TYPE_CHECKING:
    from ops_center import repo


#: The fire bureau's 119 dispatch feed (docs/mqtt.md).
DISPATCH_FEED = "119"


def _event_key(source_id: str, feed: str, event_key: str, t: datetime) -> str:
    return f"event:{source_id}|{feed}|{event_key}|{t.isoformat()}"


def _issued(row: repo.EventRow) -> float | None:
    """When a permit's version was issued: its event key is ``{status}@{ts in UTC}``
    (docs/mqtt.md); None for any other row, or a key that does not say."""
    if row.ends_at is None:
        return None
    _, at, stamp = row.event_key.partition("@")
    try:
        issued = datetime.fromisoformat(stamp) if at else None
    except ValueError:
        return None
    return issued.timestamp() if issued is not None and issued.tzinfo is not None else None


def _permit_status(row: repo.EventRow) -> PermitStatus | None:
    """Where a permit's version stands: its event key is ``{status}@{ts in UTC}``
    (docs/mqtt.md); None for any other row, or a key that does not say."""
    if row.ends_at is None:
        return None
    status, at, _ = row.event_key.partition("@")
    return PermitStatus.parse(status) if at else None


def _severity(row: repo.EventRow, rules: RuleSet | None) -> CapSeverity:
    """The event's severity: its own, or the higher one its alert rule raises it at.

    A device says what happened, not how grave it is (a fire panel's ``alarm`` has no
    severity); the alert rules say that (``fire-alarm``: ``alarm`` is Severe), and the
    evidence of an incident carries what its alert says."""
    own = CapSeverity.parse(row.severity)
    if rules is None:
        return own
    ruled = rules.event_severity(row.feed, row.category or "", row.severity, row.confidence)
    said = CapSeverity.parse(ruled.value if ruled is not None else None)
    return said if said.rank > own.rank else own


def event_item(row: repo.EventRow, rules: RuleSet | None = None) -> Item | None:
    """An ``events`` row as an item (None when it has no location).

    ``follows`` is the item key of the row it follows up, if that is stored, else the case it
    names (:func:`~ops_center.incidents.case_ref`: its report, read later, is that case); a
    planned event's ``t`` is its start, ``ends_t`` its end, ``issued_t`` when its
    permit was issued and ``permit_status`` where this version stands. With the alert
    ``rules`` its severity is at least the one its alert is raised at."""
    if row.lon is None or row.lat is None:
        return None
    x, y = to_twd97(row.lon, row.lat)
    key = _event_key(row.source_id, row.feed, row.event_key, row.time)
    follows = None
    if row.follows_source is not None and row.follows_key is not None and row.follows_time is not None:
        follows = _event_key(row.follows_source, row.feed, row.follows_key, row.follows_time)
    elif row.follows_named is not None:
        follows = case_ref(row.feed, row.follows_named)  # its report is not stored yet
    return Item(
        key,
        ItemKind.EVENT,
        row.domain,
        row.feed,
        row.category or "",
        _severity(row, rules),
        x,
        y,
        row.time.timestamp(),
        row.source_id,
        row.text or "",
        follows,
        row.ends_at.timestamp() if row.ends_at is not None else None,
        confidence=row.confidence,
        reason=StatusReason.parse(row.reason),
        # a 119 dispatch's event key is where it stands (docs/mqtt.md)
        status=CaseStatus.parse(row.event_key) if row.feed == DISPATCH_FEED else None,
        issued_t=_issued(row),
        area_m=row.area_m if row.ends_at is not None else None,
        gateway=row.gateway or "",
        permit_status=_permit_status(row),
        received_t=row.seen_at.timestamp(),
    )


#: Alert transitions that end the alert's condition: the correlator reads them as its
#: device's condition back to normal (vocabulary category ``cleared``).
_ENDING = frozenset({Action.CLEAR.value, Action.RESOLVE.value})
#: Transitions that are new evidence of the same alert besides its raise and severity
#: changes: a level change within one severity (豪雨 -> 大豪雨), the condition holding again.
_AGAIN = frozenset({Action.LEVEL.value, Action.RECUR.value})
_OFFLINE_CATEGORY = ALERT_RULE_CATEGORY["sensor-offline"]


def alert_item(row: ConditionTransition) -> Item | None:
    """An alert transition as an item.

    A raise or severity change is keyed by the severity, so a rise is new evidence and
    a repeat of the same severity a duplicate; a level change or a recurrence is keyed
    by its transition (new evidence at the same severity); a clear or a resolution is
    the category ``cleared`` (the condition ended: its incident no longer holds on it). Its
    receipt is the transition's ``recorded_at``; an expiry clear moves no clock (:func:`clock_time`)."""
    if row.lon is None or row.lat is None:
        return None
    x, y = to_twd97(row.lon, row.lat)
    # The measuring rules' alerts are evidence; the rules mirroring events (fire-alarm,
    # police-incident, ...) are not, their events are read directly.
    category = ALERT_RULE_CATEGORY.get(row.rule_id, row.rule_id)
    feed = "alert" if row.rule_id in ALERT_RULE_CATEGORY else MIRROR_FEED
    key = f"alert:{row.alert_id}:{row.severity}"
    if row.action in _ENDING:
        category = "cleared"
        key = f"alert:{row.alert_id}:{row.action}:{row.transition_id}"
    elif row.action in _AGAIN:
        key = f"alert:{row.alert_id}:{row.action}:{row.transition_id}"
    return Item(
        key,
        ItemKind.ALERT,
        row.agency,
        feed,
        category,
        CapSeverity.parse(row.severity),
        x,
        y,
        row.at.timestamp(),
        row.source_id,
        "",
        site=row.site or "",
        # the offline rule's alert carries the device's own word on why it went offline
        reason=row.status_reason if category == _OFFLINE_CATEGORY else None,
        gateway=row.gateway or "",
        received_t=row.seen_at.timestamp(),
        # an expiry clear is dated by the first observation of any source after its values
        # went stale (docs/alerts.md, "Limits"): no observation of its own device
        clock_moves=row.clear_cause is not ClearCause.EXPIRED,
    )


def clock_time(item: Item) -> float:
    """The time ``item`` moves the service's correlator clock to (``-inf``: nowhere).

    Its observed time; for a planned event, whose start may lie ahead, when its permit was
    issued (nowhere when unknown); never past when the center received it (``received_t``), so
    a source whose clock runs ahead (a camera 10 min fast) dates its own items but does not
    carry the city's clock, and with it every other source's incidents, past what was
    received; nowhere for an item whose time is no observation of its own (``clock_moves``
    False: an alert's expiry clear). The service takes the running maximum of these.
    """
    if not item.clock_moves:
        return float("-inf")
    # a planned event by its issue (nowhere when unknown), anything else by its time
    issued = item.issued_t if item.issued_t is not None else float("-inf")
    seen = item.t if item.ends_t is None else issued
    return seen if item.received_t is None else min(seen, item.received_t)


def _ordered(
    events: Sequence[repo.EventRow],
    alerts: Sequence[ConditionTransition],
    steps: Sequence[Step] | None,
    end: datetime,
    rules: RuleSet | None = None,
) -> list[tuple[str, Item | None]]:
    """A batch's rows in the order they are correlated, as ``(key, item)`` (item None: no location).

    Without an alerts evaluator to follow (``steps`` None) the order is commit order:
    events by ``received_at`` (those one transaction committed in observation-time order:
    a 119 case's dispatch, on-scene and close stored at once come in that order, not as
    their keys sort, close first), alerts by ``recorded_at``. Following the evaluator,
    each event is placed with the evaluator step that evaluated the readings and
    events received with it (:func:`alerts.progress.covering_step`; the batch's
    ``end`` if none of ``steps`` did), each alert with the step that wrote it, and
    within one step alerts and events go in observation-time order (an alert before
    an event of the same instant). So a backlog committed at once after an outage
    is placed like the same rows arriving one by one: a police report after the
    flood alerts of the readings before it, not before all of them; and the order
    depends on the evaluator's steps, never on when the ops center polled.
    """
    rows: list[tuple[tuple[datetime, float, int, str], str, Item | None]] = []
    for e in events:
        key = f"{e.source_id}|{e.feed}|{e.event_key}"
        if steps is None:
            sort = (e.seen_at, e.time.timestamp(), 0, key)
        else:
            step = covering_step(steps, e.seen_at)
            sort = (step.committed_at if step is not None else end, e.time.timestamp(), 1, key)
        rows.append((sort, key, event_item(e, rules)))
    for a in alerts:
        tid = f"{a.transition_id:020d}"
        sort = (a.seen_at, 0.0, 1, tid) if steps is None else (a.seen_at, a.at.timestamp(), 0, tid)
        item = alert_item(a)
        rows.append((sort, tid if item is not None else f"alert:{a.alert_id}:{a.severity}", item))
    rows.sort(key=lambda r: r[0])
    return [(key, item) for _, key, item in rows]
