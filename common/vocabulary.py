"""The shared vocabulary: event categories of every feed, incident types and agencies.

Defined once and used by the wire contract (``docs/mqtt.md``), the simulator,
the alert rules, the correlator, the console and the wall. Pure: no I/O.

* :class:`IncidentType` — what the operations center opens (with zh-TW / English labels).
* :class:`Agency` — the city bureaus work is dispatched to.
* :class:`CapSeverity` — the CAP 1.2 severities an item or incident carries.
* :class:`Signal` — what one item says about the world, independent of who sent it.
* :class:`StatusReason` — why a device says it went offline (its status message's ``reason``),
  its labels (:data:`STATUS_REASON_LABELS`) and what it makes of the offline word
  (:data:`OFFLINE_REASON_SIGNALS`, :func:`offline_signal`).
* :class:`CaseStatus` — where a 119 dispatch stands (its update's ``status``).
* :class:`ParkingState` — a car park's state, as its operator says it (the parking feed's ``state``).
* :class:`PermitStatus` — where a planned event's permit stands (its version's ``status``);
  :func:`permit_issued` — when a stored permit version was issued (its event key says).
* :data:`CATEGORIES` — per feed, every category code a message may carry, its
  labels, aliases, the :class:`Signal` it carries and where the term comes from.
* :func:`categorize` — ``(feed, category, text)`` to a :class:`Category` or a
  reason. A category that is not in the table is *never silently ignored*: it is
  mapped by the text reader :mod:`common.lexicon` over its code and text (topics
  to signals in :data:`TOPIC_SIGNALS`; the phrase read is visible in
  :attr:`Categorized.rule`), or it is reported with :data:`REASON_UNKNOWN_CATEGORY`.

Sources. Taichung publishes no official 1999 category list (DOMAIN.md §6, §8).
Sourced terms: the 1999 AI dispatch areas 環境公害、交通號誌、路燈管理 (press,
2026-02-12, DOMAIN.md §6); signal faults are reported through 1999 as 號誌故障,
閃爍異常 or 黑燈 (Taichung Transportation Bureau, press 2025-11-23); the
Taipei 1999 dispatch grouping used as a proxy (drainage_flooding, road_traffic,
streetlight, noise_pollution, ..., DOMAIN.md §6); CAP-TWP event names 降雨,
河川高水位, 淹水, 颱風 (DOMAIN.md §5). Police case categories (交通事故, 火警,
竊盜, 聚眾活動 ...) are the common Taiwanese police terms; the Taichung police
dispatch system's own codes were not found: every police code is a GUESS.
Each entry's ``source`` says which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, Self

from common.lexicon import Cue, TextReading, cues, read

REASON_UNKNOWN_CATEGORY = "unknown_category"
REASON_UNRELATED = "unrelated_category"
REASON_NOT_ALARM = "not_an_alarm"

SOURCE_1999_AI = "Taichung 1999 AI dispatch areas (press 2026-02-12, DOMAIN.md §6)"
SOURCE_SIGNAL = "Taichung Transportation Bureau, 1999 signal reports (press 2025-11-22/23)"
SOURCE_TAIPEI = "Taipei 1999 dispatch grouping, proxy (DOMAIN.md §6)"
SOURCE_CAP = "CAP-TWP event names (DOMAIN.md §5)"
SOURCE_CAP_EVACUATION = "CAP-TWP event 2102 疏散避難 (DOMAIN.md §4.2); the feeds' code a GUESS"
SOURCE_CONTRACT = "wire contract (docs/mqtt.md)"
SOURCE_ALERT_RULES = "alert rules (alerts/rules.yaml)"
GUESS = "GUESS"


def words(members: Iterable[StrEnum]) -> Any:
    """``Literal[...]`` of the members' values, in order: an input that takes some of an
    enum's words, spelled by the enum (a JSON Schema ``enum`` list, like a written ``Literal``).

    Type checkers cannot follow it; a user declares ``str`` under ``TYPE_CHECKING``.
    """
    return Literal[tuple(m.value for m in members)]


class IncidentType(StrEnum):
    """Incident types; each has one correlation policy and one dispatch route."""

    FLOOD = "flood"
    FIRE = "fire"
    TRAFFIC = "traffic"
    CROWD = "crowd"
    PUBLIC_SAFETY = "public_safety"
    RESCUE = "rescue"
    INFRASTRUCTURE = "infrastructure"
    HAZMAT = "hazmat"  # a release of gas or chemicals: the fire bureau's hazmat team (危險物品)

    @property
    def zh(self) -> str:
        """The zh-TW label."""
        return _INCIDENT_LABELS[self][0]

    @property
    def en(self) -> str:
        """The English label."""
        return _INCIDENT_LABELS[self][1]


_INCIDENT_LABELS: dict[IncidentType, tuple[str, str]] = {
    IncidentType.FLOOD: ("淹水", "Flooding"),
    IncidentType.FIRE: ("火災", "Fire"),
    IncidentType.TRAFFIC: ("交通事件", "Traffic incident"),
    IncidentType.CROWD: ("人潮與活動安全", "Crowd and event safety"),
    IncidentType.PUBLIC_SAFETY: ("治安事件", "Public safety"),
    IncidentType.RESCUE: ("救護救助", "Rescue and medical"),
    IncidentType.INFRASTRUCTURE: ("設施與設備故障", "Infrastructure and device failure"),
    IncidentType.HAZMAT: ("危險物品", "Hazardous materials"),
}


class Agency(StrEnum):
    """The bureaus incidents are dispatched to (ops_center/routing.yaml)."""

    FIRE = "fire"
    POLICE = "police"
    TRAFFIC = "traffic"
    WATER = "water"
    PUBLIC_WORKS = "public_works"
    ENVIRONMENT = "environment"

    @property
    def zh(self) -> str:
        """The zh-TW name of the bureau."""
        return _AGENCY_LABELS[self][0]

    @property
    def en(self) -> str:
        """The English name of the bureau."""
        return _AGENCY_LABELS[self][1]


_AGENCY_LABELS: dict[Agency, tuple[str, str]] = {
    Agency.FIRE: ("消防局", "Fire Bureau"),
    Agency.POLICE: ("警察局", "Police Department"),
    Agency.TRAFFIC: ("交通局", "Transportation Bureau"),
    Agency.WATER: ("水利局", "Water Resources Bureau"),
    Agency.PUBLIC_WORKS: ("建設局", "Construction Bureau"),
    Agency.ENVIRONMENT: ("環保局", "Environmental Protection Bureau"),
}


class CapSeverity(StrEnum):
    """CAP 1.2 severity (OASIS CAP 1.2 §3.2.2 ``severity``) of any item, ordered by :attr:`rank`.

    The whole CAP list, ``Unknown`` included: what evidence and incidents carry.
    An alert's severity is one of the four known ones (``alerts.api.Severity``).
    """

    UNKNOWN = "Unknown"
    MINOR = "Minor"
    MODERATE = "Moderate"
    SEVERE = "Severe"
    EXTREME = "Extreme"

    @property
    def rank(self) -> int:
        """0 for Unknown up to 4 for Extreme."""
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str | None) -> CapSeverity:
        """Read a CAP severity case-insensitively; anything else is ``Unknown``."""
        if not value:
            return cls.UNKNOWN
        return _SEVERITY_BY_LOWER.get(value.strip().lower(), cls.UNKNOWN)


_SEVERITY_RANK = {s: i for i, s in enumerate(CapSeverity)}
_SEVERITY_BY_LOWER = {s.value.lower(): s for s in CapSeverity}


class Domain(StrEnum):
    """Feed domains (the ``{domain}`` of ``soc/v1/{domain}/{feed}/...``): who sent an item."""

    DISASTER = "disaster"
    TRAFFIC = "traffic"
    POLICE = "police"
    CITIZEN = "citizen"
    FIRE = "fire"

    @property
    def zh(self) -> str:
        """Who sent an item, in zh-TW words (a CAP message's description names its sources)."""
        return _DOMAIN_LABELS[self]


_DOMAIN_LABELS: dict[Domain, str] = {
    Domain.DISASTER: "防災感測",
    Domain.TRAFFIC: "交通監控",
    Domain.POLICE: "警政通報",
    Domain.CITIZEN: "1999 市民通報",
    Domain.FIRE: "消防 119",
}


class Signal(StrEnum):
    """What an item says about the world, independent of who sent it."""

    FLOOD_DEPTH = "flood_depth"  # a flood sensor's alert
    WATER_LEVEL = "water_level"  # a river / drainage level alert
    FLOOD_REPORT = "flood_report"  # a person or camera saw water on the road
    HEAVY_RAIN = "heavy_rain"
    TRAFFIC_SLOWDOWN = "traffic_slowdown"
    TRAFFIC_ACCIDENT = "traffic_accident"
    OBSTRUCTION = "obstruction"  # a stalled vehicle, fallen object, fallen tree
    SIGNAL_FAULT = "signal_fault"
    ROAD_CLOSURE = "road_closure"
    FIRE_ALARM = "fire_alarm"  # a building's fire panel
    FIRE_REPORT = "fire_report"  # a person reports fire or smoke
    SMOKE = "smoke"  # camera analytics
    CROWD = "crowd"  # a crowd-density event or a crowd report
    POLICE_REPORT = "police_report"  # a police report with no more specific meaning
    CRIME = "crime"  # theft, pickpocketing, a disturbance
    RESCUE = "rescue"  # an ambulance or rescue job with nothing more specific
    MISSING_PERSON = "missing_person"  # a person missing, lost or found: a search, not the crowd around it
    HAZMAT = "hazmat"  # gas, chemicals
    DEVICE_OFFLINE = "device_offline"  # a device stopped reporting (why, if it says: StatusReason)
    PLANNED_EVENT = "planned_event"  # an approved event (permit) with start and end: it brings an audience
    PLANNED_WORKS = "planned_works"  # approved works on a road (permit): lanes closed, no audience
    CROWD_EFFECT = "crowd_effect"  # noise: what a crowd or a gathering brings
    PARKING_EFFECT = "parking_effect"  # full car parks, illegal parking: where a crowd's cars go
    ROAD_DAMAGE = "road_damage"  # a collapse, sinkhole, burst main
    POWER_LOSS = "power_loss"  # mains power lost: a street gone dark, a panel on its battery, a power cut
    WATER_OUTAGE = "water_outage"  # taps ran dry: a main burst or works upstream
    DRAINAGE = "drainage"  # a blocked or overflowing drain
    EVACUATION = "evacuation"  # people sent out of a building or an area: the hazard's job at its place
    ENDS = "ends"  # a device or condition back to normal: joins the incident of its source only


class _Words(StrEnum):
    """A closed set of words a message may say (a status's reason, a dispatch's status)."""

    @classmethod
    def parse(cls, value: str | None) -> Self | None:
        """The member ``value`` names; None for none or a word outside the set."""
        try:
            return cls(value) if value else None
        except ValueError:
            return None


class StatusReason(_Words):
    """Why a device went offline, as its status message says (``reason``, docs/mqtt.md):
    the wire schema's closed set, and the correlator's :attr:`Item.reason`."""

    MAINS_POWER_LOST = "mains_power_lost"
    COMMS_LOST = "comms_lost"  # its link dropped: the network's fault, no hazard's at its place
    MAINTENANCE = "maintenance"
    BATTERY_LOW = "battery_low"
    DEVICE_FAULT = "device_fault"


#: zh-TW and English labels of each :class:`StatusReason`: how a device's own word on why it
#: went offline is named where it is shown (the words a GUESS; no agency's list was found).
STATUS_REASON_LABELS: Mapping[StatusReason, tuple[str, str]] = {
    StatusReason.MAINS_POWER_LOST: ("市電中斷", "Mains power lost"),
    StatusReason.COMMS_LOST: ("通訊中斷", "Link lost"),
    StatusReason.MAINTENANCE: ("計畫性維護", "Planned maintenance"),
    StatusReason.BATTERY_LOW: ("電池電量低", "Battery low"),
    StatusReason.DEVICE_FAULT: ("設備故障", "Device fault"),
}

#: What an offline device's own reason makes of its ``offline`` word (signal
#: ``device_offline``), where it says more than a device gone quiet: mains power lost is a
#: word of the power cut around it (``power_loss``), not of its link nor of a gateway. Planned
#: maintenance (a utility's or an agency's works window that darkens the device on purpose)
#: is a reason, not an incident type: nobody is dispatched to a works window, and a type would
#: show it as a job; it stays ``device_offline`` here (docs/vocabulary.md, "Offline reasons").
OFFLINE_REASON_SIGNALS: Mapping[StatusReason, Signal] = {
    StatusReason.MAINS_POWER_LOST: Signal.POWER_LOSS,
}


def offline_signal(reason: StatusReason | None) -> Signal:
    """The signal of a device's ``offline`` word whose status said ``reason``
    (:data:`OFFLINE_REASON_SIGNALS`; ``device_offline`` for any other reason or none)."""
    return OFFLINE_REASON_SIGNALS.get(reason, Signal.DEVICE_OFFLINE) if reason else Signal.DEVICE_OFFLINE


class CaseStatus(_Words):
    """Where a 119 dispatch stands, as its update says (``status``, docs/mqtt.md): the wire
    schema's closed set, and the correlator's :attr:`Item.status`."""

    DISPATCHED = "dispatched"
    ON_SCENE = "on_scene"
    RETURNING = "returning"
    CLOSED = "closed"


class ParkingState(StrEnum):
    """A car park's state, as its operator's message says (``state``, docs/mqtt.md): the wire
    schema's closed set and the ``parking`` categories of :data:`CATEGORIES`."""

    FULL = "full"
    CLOSED = "closed"  # its entrance shut: a job at its gate, works, the operator's choice
    EMPTY = "empty"  # its cars driven away: cleared ahead of the water, an audience gone home


class PermitStatus(_Words):
    """Where a planned event's permit stands, as its version says (``status``, docs/mqtt.md):
    the wire schema's closed set. An amended or cancelled version follows the permit (its
    ``follows``); the words are a GUESS (no permit system's codes were found)."""

    APPROVED = "approved"  # 核准
    AMENDED = "amended"  # 變更: new times, a new area or a new size
    CANCELLED = "cancelled"  # 撤銷: the event will not take place (or has ended early)


#: The feed of planned events' permits (docs/mqtt.md): a row's ``time`` is the event's start,
#: which may lie hours or days ahead of when the permit was sent; its event key says when.
PERMIT_FEED = "planned_event"


def permit_issued(feed: str, event_key: str) -> datetime | None:
    """When the permit version stored as a row of ``feed`` with ``event_key`` was issued: a
    permit's event key is ``{status}@{ts in UTC}`` (docs/mqtt.md). None for another feed's
    row and for a key that does not say (no ``@``, a time that does not parse or has no zone)."""
    if feed != PERMIT_FEED:
        return None
    _, at, stamp = event_key.partition("@")
    try:
        issued = datetime.fromisoformat(stamp) if at else None
    except ValueError:
        return None
    return issued if issued is not None and issued.tzinfo is not None else None


#: zh-TW and English labels of each :class:`PermitStatus`.
PERMIT_STATUS_LABELS: Mapping[PermitStatus, tuple[str, str]] = {
    PermitStatus.APPROVED: ("核准", "Approved"),
    PermitStatus.AMENDED: ("變更", "Amended"),
    PermitStatus.CANCELLED: ("撤銷", "Cancelled"),
}


@dataclass(frozen=True, slots=True)
class Category:
    """One category code of a feed.

    ``signal`` None means the item carries no incident evidence (a parking lot
    filling up, a device going offline); the correlator leaves it out with
    ``reason``. ``aliases`` are other spellings met on the wire (English codes,
    zh-TW terms, the simulator's words), matched case-insensitively. ``words``:
    what the item's text may say beyond its category (a panel fault whose text
    says its mains power failed), as the lexicon's cues (:class:`common.lexicon.Cue`)
    and the signal each gives: the first cue the text says gives its signal, before
    the table's and instead of the text reader (a panel's "進水" is no flood).
    """

    code: str
    zh: str
    en: str
    signal: Signal | None
    source: str
    aliases: tuple[str, ...] = ()
    reason: str = REASON_UNRELATED
    generic: bool = False  # a catch-all ("other", "ambulance"): the text reader comes first
    words: tuple[tuple[Cue, Signal], ...] = ()
    says: frozenset[Cue] = frozenset()  # what the category says by itself, whatever its text (see said)


@dataclass(frozen=True, slots=True)
class Categorized:
    """The result of :func:`categorize`: a signal or a reason, and how it was found.

    ``rule`` is ``"table"`` (the code or an alias of :data:`CATEGORIES`),
    ``"lexicon:<phrase>"`` (the text reader, :mod:`common.lexicon`, read the phrase),
    ``"words:<cue>"`` (a cue of the category's own words, :attr:`Category.words`) or ``"none"``.
    """

    signal: Signal | None
    reason: str
    rule: str
    category: Category | None = None


def _c(
    code: str,
    zh: str,
    en: str,
    signal: Signal | None,
    source: str,
    *aliases: str,
    reason: str = REASON_UNRELATED,
    generic: bool = False,
    words: tuple[tuple[Cue, Signal], ...] = (),
    says: Iterable[Cue] = (),
) -> Category:
    return Category(code, zh, en, signal, source, aliases, reason, generic, words, frozenset(says))


#: What a category's text may say beyond its category, by the lexicon's named cues
#: (``project: cues:`` of common/data/lexicon.yaml, each with its reason): a panel or a
#: caller saying mains power was lost (``power_lost``), a streetlight call saying a street
#: or a park went dark at once, not one lamp (``street_dark``).
POWER_CUES = ((Cue.POWER_LOST, Signal.POWER_LOSS),)
DARK_STREET_CUES = ((Cue.STREET_DARK, Signal.POWER_LOSS),)
#: A panel fault saying its sprinkler tank or water source ran low (``tank_low``): the
#: mains that fill it failed, a burst main's dry taps.
TANK_LOW_CUES = ((Cue.TANK_LOW, Signal.WATER_OUTAGE),)

#: An evacuation (police, 1999): its other spellings and what it says by itself (cue
#: ``evacuation``: people sent out of a building or an area, so those gathered outside are
#: its evacuees).
EVACUATION_CATEGORY = _c(
    "evacuation",
    "疏散撤離",
    "Evacuation",
    Signal.EVACUATION,
    SOURCE_CAP_EVACUATION,
    "疏散",
    "撤離",
    "疏散撤離",
    "evacuate",
    "evacuated",
    says=(Cue.EVACUATION,),
)

S = Signal
#: Every category code per feed. The feed names are those of the wire contract
#: (``docs/mqtt.md``) plus ``alert`` (alerts of the measuring rules, by their
#: category in :data:`ALERT_RULE_CATEGORY`).
CATEGORIES: Mapping[str, tuple[Category, ...]] = {
    "fire_alarm": (
        _c("alarm", "火警警報", "Fire alarm", S.FIRE_ALARM, SOURCE_CONTRACT, "fire", "火警"),
        _c(
            "fault",
            "設備故障",
            "Panel fault",
            None,
            SOURCE_CONTRACT,
            reason=REASON_NOT_ALARM,
            words=POWER_CUES + TANK_LOW_CUES,
        ),
        _c("normal", "復歸", "Back to normal", S.ENDS, SOURCE_CONTRACT, "restored"),
    ),
    "signal": (
        _c("fault", "號誌故障", "Signal fault", S.SIGNAL_FAULT, SOURCE_SIGNAL, "dark", "flashing", "黑燈", "閃爍異常"),
        _c("restored", "恢復正常", "Signal restored", S.ENDS, SOURCE_CONTRACT, "normal"),
    ),
    "cctv": (
        _c("stalled_vehicle", "車輛停滯", "Stalled vehicle", S.OBSTRUCTION, SOURCE_CONTRACT, "stopped_vehicle"),
        _c("crowding", "人群聚集", "Crowding", S.CROWD, SOURCE_CONTRACT, "crowd", "crowd_standing", "crowd_moving"),
        _c("wrong_way", "逆向行駛", "Wrong-way driver", S.OBSTRUCTION, SOURCE_CONTRACT),
        _c("smoke", "煙霧", "Smoke", S.SMOKE, GUESS, "fire", "flame"),
        _c("fallen_object", "掉落物", "Fallen object", S.OBSTRUCTION, GUESS, "debris", "obstacle"),
        _c("signal_dark", "號誌黑燈", "Dark signal", S.SIGNAL_FAULT, SOURCE_SIGNAL, "dark_signal"),
        _c("flooding", "道路積水", "Water on the road", S.FLOOD_REPORT, GUESS, "flood", "water_on_road"),
        _c("accident", "事故", "Collision", S.TRAFFIC_ACCIDENT, GUESS, "collision", "crash"),
    ),
    "incident": (
        _c(
            "traffic_accident",
            "交通事故",
            "Traffic accident",
            S.TRAFFIC_ACCIDENT,
            GUESS,
            "accident",
            "injury_accident",
            "crash",
            "collision",
            "injury_crash",
            "車禍",
        ),
        _c("stalled_vehicle", "故障車輛", "Stalled vehicle", S.OBSTRUCTION, GUESS, "breakdown", "拋錨"),
        _c("fallen_object", "道路障礙", "Road obstruction", S.OBSTRUCTION, GUESS, "road_obstruction", "路障", "落物"),
        _c("wrong_way_driver", "逆向行駛", "Wrong-way driver", S.OBSTRUCTION, GUESS, "wrong_way"),
        _c("fire_report", "火警", "Fire", S.FIRE_REPORT, GUESS, "fire", "火災", "smoke"),
        _c("hazmat_report", "危險物品外洩", "Hazardous material", S.HAZMAT, GUESS, "hazmat", "外洩"),
        _c("flooding_report", "積淹水", "Flooding", S.FLOOD_REPORT, GUESS, "flooding", "flood", "淹水", "積水"),
        _c("road_closure", "道路封閉", "Road closure", S.ROAD_CLOSURE, GUESS, "closure", "封路", "交通管制"),
        # the closure lifted, the road open again (解除封閉, 恢復通行): a word on the closure that
        # ends the job at its own scene (cue ``reopen``), whatever its text says
        _c(
            "road_reopened",
            "恢復通行",
            "Road reopened",
            S.ROAD_CLOSURE,
            GUESS,
            "reopened",
            "closure_lifted",
            "解除封閉",
            "恢復通行",
            "恢復通車",
            "解除管制",
            says=(Cue.REOPEN,),
        ),
        _c("road_collapse", "路面坍陷", "Road collapse", S.ROAD_DAMAGE, GUESS, "sinkhole", "坍陷"),
        _c("crowd_control", "人潮管制", "Crowd control", S.CROWD, GUESS, "crowd", "crowding", "人潮", "聚眾"),
        _c("traffic_signal_fault", "號誌故障", "Signal fault", S.SIGNAL_FAULT, SOURCE_SIGNAL, "signal_fault"),
        _c("theft", "竊盜", "Theft", S.CRIME, GUESS, "pickpocket", "robbery", "扒竊", "搶奪"),
        _c("public_disturbance", "妨害秩序", "Disturbance", S.CRIME, GUESS, "disturbance", "fight", "鬥毆", "糾紛"),
        _c("medical", "路倒傷病", "Person ill or injured", S.RESCUE, GUESS, "路倒", generic=True),
        # people sent out of a building or an area (疏散, 撤離; CAP-TWP's 疏散避難, DOMAIN.md §4.2):
        # the hazard's job at its place, whatever its text names (a leak, a fire, the river)
        EVACUATION_CATEGORY,
        # a family's report or a search (協尋): a child lost in a crowd, an elder who wandered off;
        # its text is read first (the person found hurt is the ambulance's), else a search
        _c(
            "missing_person",
            "失蹤協尋",
            "Missing person",
            S.MISSING_PERSON,
            GUESS,
            "協尋",
            "走失",
            "失蹤",
            "missing",
            generic=True,
        ),
        _c("other", "其他", "Other police report", S.POLICE_REPORT, GUESS, generic=True),
    ),
    "1999": (
        _c(
            "flooding",
            "積淹水",
            "Flooding",
            S.FLOOD_REPORT,
            SOURCE_TAIPEI,
            "積淹水",
            "drainage_flooding",
            "淹水",
            "道路積水",
        ),
        _c("blocked_drain", "水溝阻塞", "Blocked drain", S.DRAINAGE, GUESS, "水溝", "水溝阻塞"),
        # a caller's signal fault (號誌故障, 閃爍異常, 黑燈: SOURCE_SIGNAL's words; 紅綠燈不亮 and
        # the English spellings a GUESS)
        _c(
            "traffic_signal",
            "交通號誌",
            "Traffic signal",
            S.SIGNAL_FAULT,
            SOURCE_1999_AI,
            "交通號誌",
            "號誌故障",
            "signal_fault",
            "閃爍異常",
            "黑燈",
            "紅綠燈不亮",
            "紅綠燈故障",
        ),
        _c("road_damage", "道路損壞", "Road damage", S.ROAD_DAMAGE, SOURCE_TAIPEI, "road_traffic", "道路交通"),
        _c("fallen_tree", "路樹倒塌", "Fallen tree", S.OBSTRUCTION, GUESS, "路樹倒塌", "tree_down"),
        _c("fire_smoke", "火災濃煙", "Fire or smoke", S.FIRE_REPORT, GUESS, "火災", "fire", "火警", "濃煙"),
        _c("gas_odor", "異味", "Gas or chemical smell", S.HAZMAT, GUESS, "瓦斯味", "異味"),
        _c("traffic_accident", "交通事故", "Traffic accident", S.TRAFFIC_ACCIDENT, GUESS, "accident", "車禍"),
        _c("crowding", "人潮擁擠", "Crowding", S.CROWD, GUESS, "人潮擁擠", "crowd"),
        _c("noise", "噪音", "Noise", S.CROWD_EFFECT, SOURCE_1999_AI, "noise_pollution", "噪音"),
        _c("illegal_parking", "違規停車", "Illegal parking", S.PARKING_EFFECT, GUESS, "違規停車", "parking"),
        # taps gone dry; a caller saying the power went out first (停電以後水塔馬達不能打水) has
        # lost the building's pumps to the power cut: the cut's job, not a main's
        _c("water_outage", "停水", "Water outage", S.WATER_OUTAGE, GUESS, "停水", "water", words=POWER_CUES),
        EVACUATION_CATEGORY,
        # a child or an elder lost (走失), as a caller files it: a search, the police's job;
        # its text is read first (someone found hurt is the ambulance's)
        _c("missing_person", "走失協尋", "Missing person", S.MISSING_PERSON, GUESS, "走失", "協尋", generic=True),
        # a sign, a hoarding or a thing fallen or blown onto the road; text read first (a
        # loose sign still hanging, 搖晃, is no obstruction yet when the reader says so)
        _c("fallen_object", "掉落物", "Fallen object", S.OBSTRUCTION, GUESS, "招牌掉落", "落物", generic=True),
        # someone taken ill in public or stuck in a lift, as a caller files it: 119's job
        _c("rescue", "人員救助", "Person ill or trapped", S.RESCUE, GUESS, "救助", "受困", generic=True),
        # a resident without power; its text is read first: people stuck in a lift, a patient
        # whose oxygen concentrator stopped or a burning transformer are other jobs
        _c("power_outage", "停電", "Power outage", S.POWER_LOSS, GUESS, "停電", "power_cut", generic=True),
        _c(
            "streetlight",
            "路燈管理",
            "Streetlight",
            None,
            SOURCE_1999_AI,
            "路燈管理",
            "路燈",
            words=POWER_CUES + DARK_STREET_CUES,
        ),
        _c("環境公害", "環境公害", "Pollution", None, SOURCE_1999_AI, "environment_pollution"),
        _c("環境清潔", "環境清潔", "Waste and cleaning", None, SOURCE_TAIPEI, "waste_cleaning"),
        _c("動物救援", "動物救援", "Animals", None, SOURCE_TAIPEI, "animal"),
        _c("公園路樹", "公園路樹", "Parks and trees", None, SOURCE_TAIPEI, "tree_park"),
        _c("other", "其他", "Other", None, SOURCE_TAIPEI, "其他", generic=True),
    ),
    "119": (
        _c("fire", "火災", "Fire", S.FIRE_REPORT, GUESS, "火災", "火警"),
        # a fire put out that flares up again (復燃): a fire at the same place, sent as a new
        # dispatch; ``follows`` may name the case it rekindles
        _c("rekindle", "復燃", "Rekindle", S.FIRE_REPORT, GUESS, "復燃", "rekindled", "死灰復燃"),
        _c("rescue", "救助", "Rescue", S.RESCUE, GUESS, "救助", generic=True),
        _c("ambulance", "救護", "Ambulance", S.RESCUE, GUESS, "救護", "ems", generic=True),
        _c("hazmat", "危險物品", "Hazardous material", S.HAZMAT, GUESS, "危險物品"),
    ),
    "planned_event": (
        _c("concert", "演唱會", "Concert", S.PLANNED_EVENT, GUESS, "演唱會"),
        _c("march", "遊行", "March", S.PLANNED_EVENT, GUESS, "遊行", "parade"),
        _c("exhibition", "展覽", "Exhibition", S.PLANNED_EVENT, GUESS, "展覽"),
        _c("road_works", "道路施工", "Road works", S.PLANNED_WORKS, GUESS, "道路施工", "works"),
        # a permit is what its category says: its text describes the event ("預估人潮
        # 8,000 人"), it reports no crowd, so it is not read
        _c("event", "活動", "Event", S.PLANNED_EVENT, GUESS, "活動"),
        # a market's stalls on a street or a square (a night market, a Christmas market): a
        # recurring permit, an audience coming and going
        _c("market", "市集", "Market", S.PLANNED_EVENT, GUESS, "市集", "夜市", "night_market"),
        # a festival, a fair or a fireworks evening: a crowd for a day or several
        _c("festival", "節慶活動", "Festival", S.PLANNED_EVENT, GUESS, "節慶", "嘉年華", "煙火", "fair"),
    ),
    "cap": (
        _c("降雨", "降雨", "Rainfall", S.HEAVY_RAIN, SOURCE_CAP, "大雨", "豪雨", "rainfall", "heavy_rain"),
        _c("淹水", "淹水", "Flooding", S.FLOOD_DEPTH, SOURCE_CAP, "flood"),
        _c("河川高水位", "河川高水位", "High river water", S.WATER_LEVEL, SOURCE_CAP, "high_water"),
        _c("颱風", "颱風", "Typhoon", None, SOURCE_CAP, "typhoon"),
    ),
    "alert": (
        _c("flood_depth", "淹水深度", "Flood depth", S.FLOOD_DEPTH, SOURCE_ALERT_RULES, "flood"),
        _c("water_level", "水位", "Water level", S.WATER_LEVEL, SOURCE_ALERT_RULES, "high_water"),
        _c("heavy_rain", "大雨", "Heavy rain", S.HEAVY_RAIN, SOURCE_ALERT_RULES, "rain", "rainfall"),
        _c("congestion", "車流壅塞", "Traffic slow-down", S.TRAFFIC_SLOWDOWN, SOURCE_ALERT_RULES, "slowdown"),
        _c("sensor_offline", "設備離線", "Sensor offline", S.DEVICE_OFFLINE, SOURCE_ALERT_RULES, "offline"),
        _c("cleared", "警戒解除", "Condition cleared", S.ENDS, SOURCE_ALERT_RULES, "clear", "resolved"),
        # a river, a drain or a pond falling back below a warning level: the flood receding at
        # its gauge, a word on that gauge's job (a producer's alert line may say it; the
        # center's water-level rule says it as an update of its own alert, label 水位回降,
        # docs/alerts.md; the code a GUESS)
        _c("water_level_falling", "水位回降", "Water level falling", S.ENDS, GUESS, "receding", "水位回降", "水位下降",
           "退水"),
    ),
    "status": (
        _c("online", "連線", "Online", S.ENDS, SOURCE_CONTRACT),
        _c("offline", "離線", "Offline", S.DEVICE_OFFLINE, SOURCE_CONTRACT, "power_lost", "mains_lost"),
    ),
    # a car park's state (ParkingState, the parking feed's ``state``)
    "parking": (
        _c(ParkingState.FULL, "車位已滿", "Car park full", S.PARKING_EFFECT, SOURCE_CONTRACT),
        _c(ParkingState.CLOSED, "停車場關閉", "Car park closed", S.PARKING_EFFECT, SOURCE_CONTRACT, "暫停開放"),
        _c(ParkingState.EMPTY, "車位全空", "Car park empty", S.PARKING_EFFECT, SOURCE_CONTRACT, "emptied", "淨空"),
    ),
}
del S


class Role(StrEnum):
    """What a signal can do for an incident type."""

    OPENS = "opens"  # opens an incident by itself and extends its area
    CONFIRMS = "confirms"  # extends an incident; opens one when confirmed (docs/ops_center.md)
    SUPPORTS = "supports"  # joins an incident it fits; never opens, never extends its area


OP, CF, SU = Role.OPENS, Role.CONFIRMS, Role.SUPPORTS
T = IncidentType
#: For each signal, the incident types it can open or support (first = its own type).
EVIDENCE: Mapping[Signal, Mapping[IncidentType, Role]] = {
    Signal.FLOOD_DEPTH: {T.FLOOD: OP, T.FIRE: SU, T.TRAFFIC: SU},  # the hoses' water at a fire
    Signal.WATER_LEVEL: {T.FLOOD: OP},
    Signal.FLOOD_REPORT: {T.FLOOD: CF},
    Signal.HEAVY_RAIN: {},  # regional context: it rains over the zone, which says no place floods
    Signal.TRAFFIC_SLOWDOWN: {T.TRAFFIC: SU, T.FLOOD: SU, T.FIRE: SU, T.CROWD: SU, T.INFRASTRUCTURE: SU},
    Signal.TRAFFIC_ACCIDENT: {T.TRAFFIC: OP, T.FIRE: SU},  # a crash in a flooded street is a crash
    Signal.OBSTRUCTION: {T.TRAFFIC: CF, T.FLOOD: SU, T.FIRE: SU, T.INFRASTRUCTURE: SU},
    Signal.SIGNAL_FAULT: {T.TRAFFIC: OP},  # a dark signal in a flood is the signal crew's job
    Signal.ROAD_CLOSURE: {T.TRAFFIC: SU, T.FLOOD: SU, T.FIRE: SU, T.CROWD: SU, T.INFRASTRUCTURE: SU},
    Signal.FIRE_ALARM: {T.FIRE: OP},
    Signal.FIRE_REPORT: {T.FIRE: CF, T.TRAFFIC: SU},  # a crashed car burning
    Signal.SMOKE: {T.FIRE: CF, T.TRAFFIC: SU},
    Signal.CROWD: {T.CROWD: OP, T.FIRE: SU, T.PUBLIC_SAFETY: SU},
    Signal.POLICE_REPORT: {T.FIRE: SU, T.TRAFFIC: SU, T.CROWD: SU},
    Signal.CRIME: {T.PUBLIC_SAFETY: CF},
    Signal.RESCUE: {T.RESCUE: OP, T.TRAFFIC: SU, T.FIRE: SU, T.FLOOD: SU},
    Signal.MISSING_PERSON: {T.RESCUE: OP},
    Signal.HAZMAT: {T.FIRE: CF, T.TRAFFIC: SU},  # correlated as a fire's, shown as hazmat (OPENED_AS)
    Signal.DEVICE_OFFLINE: {T.INFRASTRUCTURE: CF, T.FIRE: SU, T.FLOOD: SU},
    Signal.PLANNED_EVENT: {T.CROWD: OP, T.INFRASTRUCTURE: SU},
    # works bring no audience; a repair supports its job, and so a hazard's clearing (a fallen tree's, a drain's)
    Signal.PLANNED_WORKS: {T.INFRASTRUCTURE: SU, T.TRAFFIC: SU, T.FLOOD: SU},
    Signal.CROWD_EFFECT: {T.CROWD: SU, T.PUBLIC_SAFETY: SU},
    # a car parked in the fire engines' way; a car park whose entrance the job at its door closed
    Signal.PARKING_EFFECT: {T.CROWD: SU, T.FIRE: SU, T.FLOOD: SU},
    Signal.ROAD_DAMAGE: {T.INFRASTRUCTURE: CF, T.FLOOD: SU, T.TRAFFIC: SU},
    # a power cut is an infrastructure job; where it darkened signals first, the signals' job
    Signal.POWER_LOSS: {T.INFRASTRUCTURE: CF, T.TRAFFIC: SU},
    Signal.WATER_OUTAGE: {T.INFRASTRUCTURE: CF, T.FLOOD: SU},  # the burst main's job, and the water it spills
    Signal.DRAINAGE: {T.FLOOD: SU},
    # the people sent out around a fire or a leak, the river's low-lying homes, a hall's
    # audience, a building cracked: the job of what they were sent out from
    Signal.EVACUATION: {T.FIRE: SU, T.FLOOD: SU, T.CROWD: SU, T.INFRASTRUCTURE: SU},
    Signal.ENDS: {},
}
del OP, CF, SU, T


#: The incident type a job is shown and dispatched as when a signal of this table opened it,
#: where that differs from the type it is correlated as (:func:`own_type`). A release of gas or
#: chemicals is found, placed and grown as a fire is (the fire bureau's crews, one site, a sudden
#: onset; a leak beside a fire joins it), and it is the hazmat team's job, not the engines'.
OPENED_AS: Mapping[Signal, IncidentType] = {Signal.HAZMAT: IncidentType.HAZMAT}


def own_type(signal: Signal) -> IncidentType | None:
    """The incident type ``signal`` can open or confirm, if any (its first non-support type)."""
    for typ, role in EVIDENCE[signal].items():
        if role is not Role.SUPPORTS:
            return typ
    return None


#: Alert rule id to the ``alert`` category its alerts carry (alerts/rules.yaml).
ALERT_RULE_CATEGORY: Mapping[str, str] = {
    "cwa-rainfall": "heavy_rain",
    "water-level": "water_level",
    "water-level-rise": "water_level",
    "flood-depth": "flood_depth",
    "corridor-congestion": "congestion",
    "sensor-offline": "sensor_offline",
}

#: The signal of each topic of the text reader's lexicon (:mod:`common.lexicon`).
TOPIC_SIGNALS: Mapping[str, Signal] = {
    "flood_report": Signal.FLOOD_REPORT,
    "drainage": Signal.DRAINAGE,
    "traffic_accident": Signal.TRAFFIC_ACCIDENT,
    "obstruction": Signal.OBSTRUCTION,
    "signal_fault": Signal.SIGNAL_FAULT,
    "road_closure": Signal.ROAD_CLOSURE,
    "road_damage": Signal.ROAD_DAMAGE,
    "fire_report": Signal.FIRE_REPORT,
    "hazmat": Signal.HAZMAT,
    "crowd": Signal.CROWD,
    "crime": Signal.CRIME,
    "rescue": Signal.RESCUE,
    "missing_person": Signal.MISSING_PERSON,
    "traffic_slowdown": Signal.TRAFFIC_SLOWDOWN,
    "power_outage": Signal.POWER_LOSS,
    "water_outage": Signal.WATER_OUTAGE,
    "parking_effect": Signal.PARKING_EFFECT,
    "crowd_effect": Signal.CROWD_EFFECT,
    "device_offline": Signal.DEVICE_OFFLINE,
}

#: Feeds whose free text a person wrote (a caller, an operator, an officer); the text
#: of any other feed is a device's, read with the lexicon's device-health rule.
WRITTEN_FEEDS = frozenset({"1999", "incident", "119", "planned_event", "cap"})


#: Other names of feeds: alert items of the measuring rules are fed as ``rule`` by
#: some producers (the labelled corpus) and as ``alert`` by the ops service.
FEED_ALIASES: Mapping[str, str] = {"rule": "alert"}


def _index(cats: Mapping[str, Iterable[Category]]) -> dict[tuple[str, str], Category]:
    out: dict[tuple[str, str], Category] = {}
    for feed, entries in cats.items():
        for cat in entries:
            for name in (cat.code, *cat.aliases):
                out.setdefault((feed, name.lower()), cat)
    return out


_BY_NAME = _index(CATEGORIES)
_LIFT_WORDS = frozenset({Cue.LIFT, Cue.TRAPPED})  # people stuck in a lift (_stuck_in_lift)
_SUBJECTS = frozenset({Cue.CHILD, Cue.ELDER})  # whom a search is for (_lost_in_the_rush)
#: The topics of an emergency or a crowd people flee or are swept along by: a child or an elder
#: lost in it is a search of its own (_lost_in_the_rush). Not a rescue (someone lost and found
#: hurt is the ambulance's) nor a crime (a child taken away is the police's case).
_RUSH_TOPICS = frozenset({"fire_report", "hazmat", "crowd"})
_MISSING_TOPIC = "missing_person"
_CROWD_TOPIC = "crowd"
_RESCUE_TOPIC = "rescue"
_CRUSH = frozenset({Cue.CRUSH, Cue.PUSHING})  # people pushed or trampled: the crowd's hurt (_down_in_the_crowd)


def category(feed: str, code: str) -> Category | None:
    """The table entry of ``code`` (or an alias) in ``feed``, case-insensitively; None if absent."""
    f = feed.lower()
    return _BY_NAME.get((FEED_ALIASES.get(f, f), code.strip().lower()))


def known(feed: str, code: str) -> bool:
    """Whether ``code`` is a category (or alias) of ``feed`` in the table."""
    return category(feed, code) is not None


def categorize(feed: str, code: str, text: str = "") -> Categorized:
    """What an item of ``feed`` with category ``code`` (and free ``text``) says.

    The table first (code or alias, suffixes such as ``flood_depth_30cm`` match
    their prefix entry; the entry's own ``words`` in the text come before its
    signal), then the text reader (:mod:`common.lexicon`) over the category and the
    text, else :data:`REASON_UNKNOWN_CATEGORY`. A catch-all category reads its text
    first and keeps its own signal when nothing is read. Never raises.
    """
    feed_l = FEED_ALIASES.get(feed.lower(), feed.lower())
    cat = category(feed_l, code)
    if cat is None:
        low = code.strip().lower()
        for (f, name), entry in _BY_NAME.items():
            if f == feed_l and name and low.startswith(name + "_"):
                cat = entry
                break
    hay = f"{code} {text}"
    if cat is not None and not cat.generic:
        got = _said(cat, hay) or Categorized(cat.signal, "" if cat.signal else cat.reason, "table", cat)
        return _stuck_in_lift(got, hay)
    said = read(f"{code}\n{text}", device=feed_l not in WRITTEN_FEEDS)
    if said.topic is not None:
        if (lost := _lost_in_the_rush(said, hay)) is not None:
            return Categorized(Signal.MISSING_PERSON, "", f"lexicon:{lost}", cat)
        if (down := _down_in_the_crowd(said, hay)) is not None:
            return Categorized(Signal.RESCUE, "", f"lexicon:{down}", cat)
        return _stuck_in_lift(Categorized(TOPIC_SIGNALS[said.topic], "", f"lexicon:{said.phrase}", cat), hay)
    if cat is not None:
        got = _said(cat, hay) or Categorized(cat.signal, "" if cat.signal else cat.reason, "table", cat)
        return _stuck_in_lift(got, hay)
    return Categorized(None, REASON_UNKNOWN_CATEGORY, "none")


def _stuck_in_lift(got: Categorized, hay: str) -> Categorized:
    """A power loss whose words also say people are stuck in a lift (cues ``lift`` and
    ``trapped``: 電梯停電困 2 人, 電梯停電卡住，我同事在裡面) is a rescue: the rescue crew and
    the lift technician go to it, not the power company. A lift that only stopped with the
    power (電梯也停了) stays a power loss."""
    if got.signal is not Signal.POWER_LOSS:
        return got
    cat = got.category
    if got.rule == "table" and (cat is None or not (cat.generic or cat.words)):
        return got  # a category whose text is not read
    if not cues(hay) >= _LIFT_WORDS:
        return got
    return Categorized(Signal.RESCUE, "", f"words:{Cue.TRAPPED}", cat)


def _lost_in_the_rush(said: TextReading, hay: str) -> str | None:
    """The missing-person phrase of a text that names a fire, a leak or a crowd and a child or
    an elder lost in it (cues ``child``, ``elder``: 我兒子...剛剛火災大家在跑的時候走散的): the
    person lost is a search of its own, whatever the topics' precedence reads first. None when
    the text names no missing person, no such person (我朋友在那邊一直聯絡不到: the fire's
    caller) or another first topic."""
    if said.topic not in _RUSH_TOPICS:
        return None
    phrase = next((p for topic, p in said.topics if topic == _MISSING_TOPIC), None)
    if phrase is None or not cues(hay) & _SUBJECTS:
        return None
    return phrase


def _down_in_the_crowd(said: TextReading, hay: str) -> str | None:
    """The rescue phrase of a text read first as a crowd that also says someone is down or
    hurt, with no push or trample named (cue ``crush``): one person who fainted, fell down the
    stairs or was taken ill in a crowd (演唱會裡面有人昏倒了，人太多了; 119's 主舞台前 民眾被擠倒胸痛
    派遣救護車) is the ambulance's job, and the crowd only where it happened; people pushed or
    trampled (散場出口推擠 3人跌倒受傷) stay the crowd's, the crush being the crowd's own hazard.
    None for any other reading."""
    if said.topic != _CROWD_TOPIC:
        return None
    phrase = next((p for topic, p in said.topics if topic == _RESCUE_TOPIC), None)
    if phrase is None or cues(hay) & _CRUSH:
        return None
    return phrase


def _said(cat: Category, hay: str) -> Categorized | None:
    """The signal of the first of the category's own ``words`` (cues) ``hay`` says, if any."""
    if not cat.words:
        return None
    said = cues(hay)
    for cue, sig in cat.words:
        if cue in said:
            return Categorized(sig, "", f"words:{cue}", cat)
    return None


def said(feed: str, code: str, text: str) -> frozenset[Cue]:
    """The lexicon's cues an item says: those of its ``text`` and those its category says by
    itself (:attr:`Category.says`: a police ``road_reopened`` says the road is open again)."""
    got = cues(text) if text else frozenset()
    cat = category(feed, code)
    return got | cat.says if cat is not None and cat.says else got


def labels(feed: str, code: str) -> tuple[str, str]:
    """(zh-TW, English) labels of a category for display; the code itself when unknown."""
    cat = category(feed, code)
    return (cat.zh, cat.en) if cat is not None else (code, code)


def codes(feed: str) -> tuple[str, ...]:
    """The canonical category codes of ``feed`` (for schemas and the simulator)."""
    return tuple(c.code for c in CATEGORIES.get(feed, ()))
