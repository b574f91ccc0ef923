"""The incident model: evidence items, members, merges and the incident snapshot.

Pure values (frozen, slotted dataclasses) shared by the correlator, dispatch,
the quality report and the service. Coordinates are EPSG:3826 (TWD97 / TM2)
metres; times are seconds since the epoch (UTC), passed in by the caller.

Incident states (one table, :data:`INCIDENT_TRANSITIONS`)::

            ┌──────── merged into a bridging neighbour ──────┐
            │                                                 v
    open ───┼── window over, no more evidence ──> quiet ──> merged (its case filed back)
            │                                     │  ^
            └── coordinator closes ───────────────┴──┼───────────────────> closed
                                                     └── coordinator reopens ──┘

``open``: the correlator still adds evidence. ``quiet``: no evidence can join any
more (the window and the lateness grace have passed) but dispatch may still be
running. ``merged``: absorbed by another incident (kept, with ``merged_into``); a quiet
incident is merged into the open one at whose scene an agency follows up its report
(:func:`ops_center.placement.bridge`: the trouble filed back on its case).
``closed``: closed by a coordinator; a coordinator may reopen it (with a reason), and it
is ``quiet`` again: live for dispatch, but the correlator forgot it at its closure, so no
evidence joins it by itself. ``merged`` is terminal.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from common import vocabulary
from ops_center.errors import IncidentTransitionError

#: Defined once in :mod:`common.vocabulary`; re-exported for this package's users.
IncidentType = vocabulary.IncidentType
CapSeverity = vocabulary.CapSeverity
StatusReason = vocabulary.StatusReason
CaseStatus = vocabulary.CaseStatus
PermitStatus = vocabulary.PermitStatus


class ItemKind(StrEnum):
    """Where an evidence item comes from: the alerts table or the events table."""

    ALERT = "alert"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of evidence offered to the correlator.

    ``key`` is the natural key (the same row read twice has the same key);
    ``agency`` is the feed domain that produced it (disaster, traffic, police,
    citizen, fire); ``feed`` the feed or rule family; ``t`` the observed time;
    ``text`` the free text of a report (read by the vocabulary's text reader
    for catch-all categories); ``follows`` the key of the report this one
    follows up; ``ends_t`` the end of a planned event (its ``t`` is the start);
    ``site`` the registered site of the sensor that raised it (``detention_pond``,
    ``underpass``, ``river``…; empty when it has none); ``confidence`` a camera
    analytics' own confidence in its detection (0-1; None when the feed gives none);
    ``reason`` a device's own reason for going offline, as its status message said it
    (None when it said none, and for every other item); ``status`` where a 119 dispatch
    stands, as its message said (None for every other item); ``issued_t`` when a planned
    event's permit (this version) was issued, an observed time its start may lie far ahead of
    (None for every other item, and when the row does not say); ``area_m`` how far a planned
    event's declared area reaches from its point (the permit's circle's radius, or a polygon's
    farthest corner from its centroid; None when the permit gives no area, and for every
    other item); ``gateway`` the registered gateway (or field cabinet, or power circuit) the
    device that raised it hangs on (the registry's ``metadata.gateway``; empty when it has none);
    ``permit_status`` where a planned event's permit stands, as this version says (approved,
    amended, cancelled; None for every other item); ``received_t`` when the center received it
    (an event's ``received_at``, an alert transition's ``recorded_at``; None when unknown) and
    ``clock_moves`` False for an item whose time is no observation of its own (an alert's
    expiry clear, dated by other sources' observations): both bound how far it moves the
    service's clock (:func:`ops_center.rows.clock_time`), not what it says, and neither is
    compared nor kept in the replay log (the log keeps the clock each item was fed at).
    """

    key: str
    kind: ItemKind
    agency: str
    feed: str
    category: str
    severity: CapSeverity
    x: float
    y: float
    t: float
    source_id: str = ""
    text: str = ""
    follows: str | None = None
    ends_t: float | None = None
    site: str = ""
    confidence: float | None = None
    reason: StatusReason | None = None
    status: CaseStatus | None = None
    issued_t: float | None = None
    area_m: float | None = None
    gateway: str = ""
    permit_status: PermitStatus | None = None
    received_t: float | None = field(default=None, compare=False)
    clock_moves: bool = field(default=True, compare=False)


def case_ref(feed: str, source_id: str) -> str:
    """How a follow-up names the report it follows while that report is not stored yet:
    the case (``source_id``, its report's id) in ``feed``. The report, when it is read, is
    that case's (:meth:`ops_center.correlate.Correlator.feed`); an item key never has this form."""
    return f"case:{source_id}|{feed}"


def of_case(follows: str, feed: str, source_id: str) -> bool:
    """Whether ``follows`` (an item's) names a report of ``source_id`` in ``feed``: its case, or
    one of its stored rows (an event's item key begins with its source and feed,
    ``ops_center.rows``). A 119 or 1999 update follows its own case; its report follows none."""
    return follows == case_ref(feed, source_id) or follows.startswith(f"event:{source_id}|{feed}|")


def first_evidence(members: tuple[Member, ...] | list[Member], default: float) -> float:
    """When an incident's evidence begins: its members' earliest time, an update counted no
    earlier than the report it follows (``follows`` naming that member or its case) nor than
    its own case's report (a report of the same feed and ``source_id`` it holds): an update dated before its
    own case (a feed's clock set back) says nothing happened earlier, and the evidence→dispatch
    measure reads this time (docs/kpi.md). ``default`` when it holds no member."""
    if not members:
        return default
    # A report's time by the names a follow-up gives it: its item key, and its case
    # (``case_ref``, named by a follow-up read before the report was stored).
    named: dict[str, float] = {}
    for m in members:
        it = m.item
        named[it.key] = it.t
        if it.follows is None and it.source_id:
            ref = case_ref(it.feed, it.source_id)
            named[ref] = min(it.t, named.get(ref, it.t))
    first = math.inf
    for m in members:
        it = m.item
        t = it.t
        if it.follows is not None:
            t = max(t, named.get(it.follows, t), named.get(case_ref(it.feed, it.source_id), t))
        first = min(first, t)
    return first


class IncidentState(StrEnum):
    """Incident lifecycle states (see the module docstring)."""

    OPEN = "open"
    QUIET = "quiet"
    MERGED = "merged"
    CLOSED = "closed"


INCIDENT_TRANSITIONS: dict[IncidentState, frozenset[IncidentState]] = {
    IncidentState.OPEN: frozenset({IncidentState.QUIET, IncidentState.MERGED, IncidentState.CLOSED}),
    IncidentState.QUIET: frozenset({IncidentState.MERGED, IncidentState.CLOSED}),
    IncidentState.MERGED: frozenset(),
    IncidentState.CLOSED: frozenset({IncidentState.QUIET}),
}


def check_incident_transition(incident_id: str, src: IncidentState, dst: IncidentState) -> IncidentState:
    """Return ``dst`` if the table allows ``src -> dst``; else raise IncidentTransitionError."""
    if dst not in INCIDENT_TRANSITIONS[src]:
        raise IncidentTransitionError(incident_id, src.value, dst.value)
    return dst


class JoinVia(StrEnum):
    """How a member entered its incident."""

    SEED = "seed"  # opened the incident
    CHAIN = "chain"  # an anchor linked to an earlier anchor within radius and window
    CONTEXT = "context"  # supporting evidence linked to an anchor
    PULLED = "pulled"  # waited (pending) until an anchor appeared near it
    MERGE = "merge"  # came with an incident absorbed by a recorded merge
    LINKED = "linked"  # a coordinator linked it by hand (ops_center.relink)


@dataclass(frozen=True, slots=True)
class Member:
    """An item inside an incident, with the link that justified it.

    ``linked_to`` is the key of the anchor it was within ``distance_m`` metres and
    ``dt_s`` seconds of (None for the seed); ``anchor`` says whether it counts as
    an anchor of its incident's type; ``joined_at`` is the ``now`` at which it
    joined (a member moved by a merge keeps its first ``joined_at``).
    """

    item: Item
    signal: str
    via: JoinVia
    anchor: bool
    linked_to: str | None = None
    distance_m: float = 0.0
    dt_s: float = 0.0
    joined_at: float = 0.0


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """``absorbed`` joined ``survivor`` at ``at`` because ``bridge_key`` linked them."""

    survivor: str
    absorbed: str
    bridge_key: str
    at: float
    survivor_type: IncidentType
    absorbed_type: IncidentType


@dataclass(frozen=True, slots=True)
class ZoneRef:
    """The named zone and sub-area a point falls in (from geo's lookup)."""

    zone: str | None
    sub_area: str | None


@dataclass(frozen=True, slots=True)
class Incident:
    """A snapshot of one incident as the correlator holds it."""

    incident_id: str
    type: IncidentType
    state: IncidentState
    members: tuple[Member, ...]
    severity: CapSeverity
    agencies: frozenset[str]
    first_evidence_t: float
    last_evidence_t: float
    opened_at: float
    updated_at: float
    centroid: tuple[float, float]
    hull: tuple[tuple[float, float], ...]
    zone: ZoneRef
    merges: tuple[MergeRecord, ...] = ()
    merged_into: str | None = None
    #: Its only evidence is an alarm its own device took back (left-out reason
    #: ``taken_back_by_device``): quiet, and no live job (no responders to send).
    withdrawn: bool = False
    #: A planned event's job that no report of the event's work has joined yet (the permit is
    #: all it holds): what it explains is held aside, ``held`` (in the order it came, left out
    #: with reason ``expected_of_event``), and joins it when the police report working the event.
    planned: bool = False
    held: tuple[Member, ...] = ()

    @property
    def priority(self) -> int:
        """Sort key (higher first): severity, then number of agencies, then evidence count.

        Multi-agency incidents rank above single-agency ones of the same severity:
        they need the center's coordination most.
        """
        return self.severity.rank * 1000 + min(len(self.agencies), 9) * 100 + min(len(self.members), 99)

    @property
    def member_keys(self) -> frozenset[str]:
        """The natural keys of the members."""
        return frozenset(m.item.key for m in self.members)


@dataclass(frozen=True, slots=True)
class Device:
    """A device as people read it, in zh-TW and English (:func:`device_words`), with its id
    (``source_id``) kept apart for machines."""

    source_id: str
    zh: str
    en: str


def device_words(source_id: str, name: str = "", name_en: str = "", place: str = "",
                 place_en: str = "") -> Device:
    """The one description of a device for people: its registry name and where it is, e.g.
    ``臺中流行影音中心 火警受信總機（中科路）`` / ``Taichung Pop Music Center fire panel
    (Zhongke Rd.)``; the place is left out where the name already says it. A device the
    registry does not know (no name) is named by its id, as nothing else names it. The
    withdrawal's words (:class:`Withdrawal`) on the wall, the console, the agencies' messages
    and the CAP Update are built from this."""
    name_zh = one_line(name or name_en, 80)
    name_eng = one_line(name_en or name, 80)
    if not name_zh:
        sid = one_line(source_id, 64)
        return Device(source_id, sid, sid)
    where_zh, where_en = one_line(place or place_en, 60), one_line(place_en or place, 60)
    zh = f"{name_zh}（{where_zh}）" if where_zh and where_zh not in name_zh else name_zh
    en = f"{name_eng} ({where_en})" if where_en and where_en not in name_eng else name_eng
    return Device(source_id, zh, en)


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """Why an incident is withdrawn, in words (zh-TW and English): its device in words
    (:func:`device_words`) and what it said taking its alarm back (the category's label, a
    permit's status, its own text), e.g. ``臺中流行影音中心 火警受信總機（中科路）：復歸（誤報，
    探測器有蟲）``; ``device_id`` the device's (or permit's) id, for machines."""

    zh: str
    en: str
    device_id: str = ""

    @classmethod
    def of(cls, by: Item, device: Device | None = None) -> Withdrawal:
        """The withdrawal ``by`` (the device's take-back item) makes, in words; ``device`` the
        device described (:func:`device_words`; None: by its id, as a permit is named)."""
        zh, en = (one_line(w, 60) for w in vocabulary.labels(by.feed, by.category))
        if by.permit_status is not None:  # a permit's version: where it stands (撤銷, Cancelled)
            zh_status, en_status = vocabulary.PERMIT_STATUS_LABELS[by.permit_status]
            zh, en = f"{zh} {zh_status}", f"{en} {en_status}"
        text = one_line(by.text, 200)  # one line: the wall and the console show it as one
        if device is None:
            device = device_words(by.source_id or by.feed)
        return cls(f"{device.zh}：{zh}" + (f"（{text}）" if text else ""),
                   f"{device.en}: {en}" + (f" ({text})" if text else ""), by.source_id)


def one_line(words: str, most: int) -> str:
    """``words`` on one line (any run of white space, line breaks included, one space), at
    most ``most`` characters, without what XML 1.0 (§2.2 Char) cannot hold: control
    characters, lone surrogates, U+FFFE and U+FFFF (the words go into a CAP message)."""
    kept = "".join(" " if ch.isspace() else ch for ch in words
                   if ch.isspace() or (unicodedata.category(ch) not in _NOT_XML and ch not in "\ufffe\uffff"))
    return " ".join(kept.split())[:most]


#: Unicode categories of characters XML 1.0 cannot hold (besides tab, line feed, return).
_NOT_XML = frozenset({"Cc", "Cs"})
