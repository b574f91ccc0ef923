"""Correlation policies: which evidence means what, and how close is "related".

An item is first classified into a :class:`Signal` by its feed and category
(:func:`classify`); an item with no signal is unrelated to any incident type
(a parking lot filling up, a device going offline) and the correlator leaves
it out with the reason :data:`REASON_UNRELATED`.

Each :class:`CorrelationPolicy` then says, for one incident type, which signals
are *anchors* (direct evidence of the hazard: they may open the incident, chain
to other anchors and bridge two incidents into one) and which are *context*
(supporting evidence: they attach to the nearest anchor but never bridge), and
how far in space (metres, EPSG:3826) and time an item may be from an anchor.

The radii and windows follow the issue's examples (flood about 500 m / 30 min,
fire about 200 m / 10 min); the traffic policy is our own choice (GUESS,
configurable): a stalled vehicle or an accident with the slow-down it causes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ops_center.incidents import IncidentType, Item

REASON_UNRELATED = "unrelated_category"
REASON_NO_ANCHOR = "no_incident_nearby"
REASON_NOT_ALARM = "not_an_alarm"
REASON_MIRROR = "mirrors_event"
#: Feed given to alerts whose rule only mirrors an event (the event is correlated itself).
MIRROR_FEED = "mirror"


class Signal(StrEnum):
    """What an item says about the world, independent of who sent it."""

    FLOOD_DEPTH = "flood_depth"
    WATER_LEVEL = "water_level"
    CITIZEN_FLOOD = "citizen_flood"
    HEAVY_RAIN = "heavy_rain"
    TRAFFIC_SLOWDOWN = "traffic_slowdown"
    TRAFFIC_ACCIDENT = "traffic_accident"
    STALLED_VEHICLE = "stalled_vehicle"
    SIGNAL_FAULT = "signal_fault"
    FIRE_ALARM = "fire_alarm"
    POLICE_REPORT = "police_report"
    CCTV_EVENT = "cctv_event"


@dataclass(frozen=True, slots=True)
class SignalRule:
    """Items whose feed is in ``feeds`` (any feed if empty) and whose category
    starts with one of ``categories`` (any category if empty) carry ``signal``."""

    signal: Signal | None
    feeds: frozenset[str] = frozenset()
    categories: tuple[str, ...] = ()
    reason: str = REASON_UNRELATED

    def matches(self, item: Item) -> bool:
        """Whether this rule applies to ``item`` (case-insensitive prefixes)."""
        if self.feeds and item.feed.lower() not in self.feeds:
            return False
        if not self.categories:
            return True
        cat = item.category.lower()
        return cat.startswith(self.categories)


#: First match wins. Feed names are those of the MQTT contract (issue 3) and the
#: alert rule families; categories are prefixes so that ``flood_depth_30cm`` and
#: ``flood`` both match. 1999 categories follow the Taipei proxy grouping in
#: DOMAIN.md §6 (``drainage_flooding``) plus the Chinese terms a case may carry.
SIGNAL_RULES: tuple[SignalRule, ...] = (
    SignalRule(None, frozenset({MIRROR_FEED}), reason=REASON_MIRROR),
    SignalRule(None, frozenset({"status", "parking"})),
    SignalRule(Signal.FIRE_ALARM, frozenset({"fire_alarm"}), ("alarm", "fire")),
    SignalRule(None, frozenset({"fire_alarm"}), reason=REASON_NOT_ALARM),
    SignalRule(Signal.SIGNAL_FAULT, frozenset({"signal"}), ("fault",)),
    SignalRule(None, frozenset({"signal"})),
    SignalRule(Signal.STALLED_VEHICLE, frozenset({"cctv", "incident"}), ("stalled",)),
    SignalRule(Signal.CCTV_EVENT, frozenset({"cctv"})),
    SignalRule(Signal.CITIZEN_FLOOD, frozenset({"1999"}), ("drainage", "flood", "淹水", "積水", "水溝")),
    SignalRule(None, frozenset({"1999"})),
    SignalRule(Signal.TRAFFIC_ACCIDENT, frozenset({"incident"}), ("accident", "車禍", "交通事故")),
    SignalRule(Signal.POLICE_REPORT, frozenset({"incident"})),
    # Alerts (feed = the rule family) and anything else, by category.
    SignalRule(Signal.FLOOD_DEPTH, categories=("flood",)),
    SignalRule(Signal.WATER_LEVEL, categories=("water_level", "waterlevel", "high_water")),
    SignalRule(Signal.HEAVY_RAIN, categories=("rain", "heavy_rain", "大雨", "豪雨")),
    SignalRule(Signal.TRAFFIC_SLOWDOWN, categories=("congestion", "slowdown", "traffic_slow")),
    SignalRule(Signal.FIRE_ALARM, categories=("fire_alarm", "fire")),
    SignalRule(Signal.STALLED_VEHICLE, categories=("stalled",)),
    SignalRule(Signal.TRAFFIC_ACCIDENT, categories=("accident",)),
    SignalRule(Signal.SIGNAL_FAULT, categories=("signal_fault",)),
)


def classify(item: Item, rules: tuple[SignalRule, ...] = SIGNAL_RULES) -> tuple[Signal | None, str]:
    """The signal of ``item`` and, when there is none, the reason to leave it out."""
    for rule in rules:
        if rule.matches(item):
            return rule.signal, rule.reason
    return None, REASON_UNRELATED


@dataclass(frozen=True, slots=True)
class CorrelationPolicy:
    """How one incident type gathers evidence.

    ``grace_s`` is how late (arrival after observation) evidence may still be
    joined once the window has passed; ``rank`` orders types when an item could
    join several (higher wins, and a higher-ranked incident absorbs a nearby
    lower-ranked one whose evidence it accepts).
    """

    type: IncidentType
    radius_m: float
    window_s: float
    anchors: frozenset[Signal]
    context: frozenset[Signal]
    rank: int
    grace_s: float = 600.0

    def accepts(self, signal: Signal) -> bool:
        """Whether ``signal`` may be a member of this type at all."""
        return signal in self.anchors or signal in self.context


FLOOD_POLICY = CorrelationPolicy(
    type=IncidentType.FLOOD,
    radius_m=500.0,
    window_s=1800.0,
    anchors=frozenset({Signal.FLOOD_DEPTH, Signal.WATER_LEVEL, Signal.CITIZEN_FLOOD}),
    context=frozenset(
        {
            Signal.HEAVY_RAIN,
            Signal.TRAFFIC_SLOWDOWN,
            Signal.TRAFFIC_ACCIDENT,
            Signal.STALLED_VEHICLE,
            Signal.CCTV_EVENT,
            Signal.SIGNAL_FAULT,
        }
    ),
    rank=3,
)

FIRE_POLICY = CorrelationPolicy(
    type=IncidentType.FIRE,
    radius_m=200.0,
    window_s=600.0,
    anchors=frozenset({Signal.FIRE_ALARM}),
    context=frozenset({Signal.POLICE_REPORT, Signal.CCTV_EVENT, Signal.STALLED_VEHICLE, Signal.TRAFFIC_ACCIDENT}),
    rank=3,
)

TRAFFIC_POLICY = CorrelationPolicy(
    type=IncidentType.TRAFFIC,
    radius_m=300.0,
    window_s=900.0,
    anchors=frozenset({Signal.TRAFFIC_ACCIDENT, Signal.STALLED_VEHICLE, Signal.SIGNAL_FAULT}),
    context=frozenset({Signal.TRAFFIC_SLOWDOWN, Signal.CCTV_EVENT, Signal.POLICE_REPORT}),
    rank=1,
)

DEFAULT_POLICIES: Mapping[IncidentType, CorrelationPolicy] = {
    p.type: p for p in (FLOOD_POLICY, FIRE_POLICY, TRAFFIC_POLICY)
}
