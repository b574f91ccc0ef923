"""MQTT topics of the wire contract as validated value objects (pure).

The contract (docs/mqtt.md)::

    soc/v1/{domain}/{feed}/{source_id}           one observation or {"batch": [...]}
    soc/v1/{domain}/{feed}/{source_id}/status    {"ts": ..., "state": "online"|"offline"}

:func:`parse_topic` turns a topic string into a :class:`Topic` or raises
:class:`~ingest.errors.MessageRejectedError` (``invalid_topic`` or ``unknown_feed``).
:class:`TopicFilter` holds a subscription filter with ``+``/``#`` wildcards and a
pure :meth:`TopicFilter.matches`, following MQTT 3.1.1 §4.7 (including the rule
that wildcards at the first level do not match topics starting with ``$``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from common import vocabulary
from ingest.errors import MessageRejectedError, QuarantineReason

PREFIX = "soc/v1"
MAX_SOURCE_ID_LEN = 128


#: Feed domains; each has one MQTT account allowed to publish under it.
Domain = vocabulary.Domain


class Feed(StrEnum):
    """Feeds of the wire contract (the ``{feed}`` topic level)."""

    RAIN = "rain"
    WATER_LEVEL = "water_level"
    FLOOD = "flood"
    FIRE_ALARM = "fire_alarm"
    CAP = "cap"
    VD = "vd"
    PARKING = "parking"
    SIGNAL = "signal"
    INCIDENT = "incident"
    CCTV = "cctv"
    CASE_1999 = "1999"
    PLANNED_EVENT = "planned_event"
    DISPATCH_119 = "119"


#: Which feeds each domain carries.
FEEDS: dict[Domain, frozenset[Feed]] = {
    Domain.DISASTER: frozenset({Feed.RAIN, Feed.WATER_LEVEL, Feed.FLOOD, Feed.FIRE_ALARM, Feed.CAP}),
    Domain.TRAFFIC: frozenset({Feed.VD, Feed.PARKING, Feed.SIGNAL}),
    Domain.POLICE: frozenset({Feed.INCIDENT, Feed.CCTV, Feed.PLANNED_EVENT}),
    Domain.CITIZEN: frozenset({Feed.CASE_1999}),
    Domain.FIRE: frozenset({Feed.DISPATCH_119}),
}

#: Feeds whose ``source_id`` must be a registered sensor of the same kind
#: (contract 1: ``sensors.kind``). Incidents, 1999 cases, 119 dispatches, permits
#: of planned events and CAP alerts are keyed by their own identifier instead.
REGISTERED_FEEDS: frozenset[Feed] = frozenset(
    {
        Feed.RAIN,
        Feed.WATER_LEVEL,
        Feed.FLOOD,
        Feed.FIRE_ALARM,
        Feed.VD,
        Feed.PARKING,
        Feed.SIGNAL,
        Feed.CCTV,
    }
)


@dataclass(frozen=True, slots=True)
class Topic:
    """A parsed contract topic; ``status`` marks the ``.../status`` sub-topic."""

    domain: Domain
    feed: Feed
    source_id: str
    status: bool = False

    def __str__(self) -> str:
        base = f"{PREFIX}/{self.domain}/{self.feed}/{self.source_id}"
        return f"{base}/status" if self.status else base

    @property
    def needs_registration(self) -> bool:
        """Whether ``source_id`` must be in the sensor registry (device status always does)."""
        return self.status or self.feed in REGISTERED_FEEDS


def valid_source_id(level: str) -> bool:
    """Whether ``level`` can be a ``source_id`` topic level (also for ids that point to one)."""
    return (
        0 < len(level) <= MAX_SOURCE_ID_LEN
        and level.isprintable()
        and not any(c in level for c in "+#\x00")
        and level == level.strip()
    )


@lru_cache(maxsize=65_536)  # topics repeat per source; rejections are not cached
def parse_topic(topic: str) -> Topic:
    """Parse ``topic`` against the contract, or raise :class:`MessageRejectedError`.

    ``invalid_topic`` when the shape is wrong (prefix, level count, an empty or
    unprintable source id); ``unknown_feed`` when the shape is right but the
    domain/feed pair is not in :data:`FEEDS`.
    """
    parts = topic.split("/")
    status = len(parts) == 6 and parts[5] == "status"
    if not (len(parts) == 5 or status) or "/".join(parts[:2]) != PREFIX:
        raise MessageRejectedError(
            QuarantineReason.INVALID_TOPIC,
            "expected soc/v1/{domain}/{feed}/{source_id}[/status]",
            topic=topic,
        )
    domain_s, feed_s, source_id = parts[2], parts[3], parts[4]
    if not valid_source_id(source_id):
        raise MessageRejectedError(QuarantineReason.INVALID_TOPIC, "invalid source_id level", topic=topic)
    try:
        domain = Domain(domain_s)
        feed = Feed(feed_s)
    except ValueError as exc:
        raise MessageRejectedError(
            QuarantineReason.UNKNOWN_FEED,
            f"unknown feed {domain_s}/{feed_s}",
            topic=topic,
            source_id=source_id,
        ) from exc
    if feed not in FEEDS[domain]:
        raise MessageRejectedError(
            QuarantineReason.UNKNOWN_FEED,
            f"feed {feed} is not in domain {domain}",
            topic=topic,
            source_id=source_id,
        )
    return Topic(domain, feed, source_id, status)


@dataclass(frozen=True, slots=True)
class TopicFilter:
    """A subscription filter such as ``soc/v1/+/+/+``; validated on construction."""

    filter: str

    def __post_init__(self) -> None:
        levels = self.filter.split("/")
        if not self.filter or "\x00" in self.filter:
            raise ValueError("empty topic filter or NUL in it")
        for i, level in enumerate(levels):
            if "#" in level and (level != "#" or i != len(levels) - 1):
                raise ValueError(f"'#' must be a whole last level: {self.filter!r}")
            if "+" in level and level != "+":
                raise ValueError(f"'+' must be a whole level: {self.filter!r}")

    def matches(self, topic: str) -> bool:
        """Whether ``topic`` (a concrete topic name) matches this filter (MQTT §4.7)."""
        if topic.startswith("$") and self.filter[:1] in ("+", "#"):
            return False
        f_levels = self.filter.split("/")
        t_levels = topic.split("/")
        for i, f in enumerate(f_levels):
            if f == "#":
                return True
            if i >= len(t_levels):
                return False
            if f != "+" and f != t_levels[i]:
                return False
        return len(f_levels) == len(t_levels)


#: The two shapes of a valid contract topic (observations and device status).
DATA_FILTER = TopicFilter(f"{PREFIX}/+/+/+")
STATUS_FILTER = TopicFilter(f"{PREFIX}/+/+/+/status")


def domain_filter(domain: Domain) -> TopicFilter:
    """``soc/v1/{domain}/#``: a domain's whole tree, exactly what its account may write.

    The ACL lets each feed account write ``soc/v1/{domain}/#``
    (:func:`common.services.acl_text`); ingest subscribes to the same trees, so
    every publish the broker accepts from a feed account reaches ingest, and a
    topic outside the contract shape (``soc/v1/disaster``,
    ``.../{source_id}/extra``) is quarantined as ``invalid_topic`` instead of
    being acknowledged and dropped. ``#`` also matches the parent level itself
    (MQTT 3.1.1 §4.7.1.2).
    """
    return TopicFilter(f"{PREFIX}/{domain}/#")


def parse_domains(spec: str | None) -> tuple[Domain, ...]:
    """A worker's partition: ``"disaster,traffic"`` → those domains; None or "" → all of them."""
    if not spec:
        return tuple(Domain)
    out: list[Domain] = []
    for name in spec.split(","):
        try:
            d = Domain(name.strip())
        except ValueError as exc:
            raise ValueError(f"unknown domain {name.strip()!r}; one of {', '.join(Domain)}") from exc
        if d not in out:
            out.append(d)
    return tuple(out)


def shared(group: str, topic_filter: TopicFilter) -> str:
    """The shared-subscription form ``$share/{group}/{filter}`` (MQTT 5 §4.8.2)."""
    if not group or any(c in group for c in "/+#"):
        raise ValueError(f"invalid share group {group!r}")
    return f"$share/{group}/{topic_filter.filter}"
