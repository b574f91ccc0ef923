"""Topics of the wire contract and the pure filter matcher."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.topics import (
    DATA_FILTER,
    STATUS_FILTER,
    Domain,
    Feed,
    Topic,
    TopicFilter,
    parse_topic,
    shared,
)


def test_parse_data_topic() -> None:
    t = parse_topic("soc/v1/disaster/rain/C0F9T0")
    assert t == Topic(Domain.DISASTER, Feed.RAIN, "C0F9T0", status=False)
    assert str(t) == "soc/v1/disaster/rain/C0F9T0"
    assert t.needs_registration


def test_parse_status_topic() -> None:
    t = parse_topic("soc/v1/traffic/vd/VD-1/status")
    assert t.status
    assert str(t) == "soc/v1/traffic/vd/VD-1/status"


def test_reports_need_no_registration() -> None:
    assert not parse_topic("police/incident/R1".join(["soc/v1/", ""])).needs_registration
    assert not parse_topic("soc/v1/citizen/1999/C-1").needs_registration


@pytest.mark.parametrize(
    ("topic", "reason"),
    [
        ("soc/v2/disaster/rain/X", QuarantineReason.INVALID_TOPIC),
        ("soc/v1/disaster/rain", QuarantineReason.INVALID_TOPIC),
        ("soc/v1/disaster/rain/X/other", QuarantineReason.INVALID_TOPIC),
        ("soc/v1/disaster/rain/", QuarantineReason.INVALID_TOPIC),
        ("soc/v1/disaster/rain/ X", QuarantineReason.INVALID_TOPIC),
        ("soc/v1/weather/rain/X", QuarantineReason.UNKNOWN_FEED),
        ("soc/v1/disaster/vd/X", QuarantineReason.UNKNOWN_FEED),
        ("soc/v1/traffic/teleport/X", QuarantineReason.UNKNOWN_FEED),
    ],
)
def test_bad_topics_are_rejected_with_reason(topic: str, reason: QuarantineReason) -> None:
    with pytest.raises(MessageRejectedError) as info:
        parse_topic(topic)
    assert info.value.reason == reason
    assert info.value.topic == topic


@pytest.mark.parametrize(
    ("flt", "topic", "expected"),
    [
        ("soc/v1/+/+/+", "soc/v1/disaster/rain/X", True),
        ("soc/v1/+/+/+", "soc/v1/disaster/rain/X/status", False),
        ("soc/v1/+/+/+/status", "soc/v1/disaster/rain/X/status", True),
        ("soc/#", "soc", True),
        ("soc/#", "soc/v1/a", True),
        ("+/v1/#", "$SYS/v1/x", False),
        ("#", "$SYS/x", False),
        ("soc/+", "soc/", True),
        ("soc/+", "soc", False),
        ("soc/v1", "soc/v1/x", False),
    ],
)
def test_filter_matches(flt: str, topic: str, expected: bool) -> None:
    assert TopicFilter(flt).matches(topic) is expected


@pytest.mark.parametrize("flt", ["", "soc/#/x", "soc/a+", "soc/#x"])
def test_invalid_filters_raise(flt: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        TopicFilter(flt)


def test_shared_subscription() -> None:
    assert shared("ingest", DATA_FILTER) == "$share/ingest/soc/v1/+/+/+"
    assert shared("g", STATUS_FILTER) == "$share/g/soc/v1/+/+/+/status"
    with pytest.raises(ValueError, match="share group"):
        shared("a/b", DATA_FILTER)


@given(st.text(max_size=60))
def test_parse_topic_only_raises_rejections(topic: str) -> None:
    try:
        t = parse_topic(topic)
    except MessageRejectedError as exc:
        reason: QuarantineReason | None = exc.reason
    else:
        reason = None
        assert str(t) == topic
        assert (STATUS_FILTER if t.status else DATA_FILTER).matches(topic)
    assert reason in (None, QuarantineReason.INVALID_TOPIC, QuarantineReason.UNKNOWN_FEED)


def _acl_rules(account: str, *modes: str) -> list[TopicFilter]:
    """The filters of ``account``'s ACL lines of the given access modes."""
    from common.services import acl_text
    from common.settings import FEED_ACCOUNTS

    text = acl_text(["ingest", "center", *FEED_ACCOUNTS])
    out: list[TopicFilter] = []
    user = None
    for line in text.splitlines():
        if line.startswith("user "):
            user = line.split()[1]
        elif line.startswith("topic ") and user == account and line.split()[1] in modes:
            out.append(TopicFilter(line.split()[2]))
    return out


def _acl_writes(account: str) -> list[TopicFilter]:
    return _acl_rules(account, "write", "readwrite")


_levels = st.sampled_from(["soc", "v1", "disaster", "traffic", "police", "citizen", "dispatch", "rain", "x", "",
                           "status", "SN-1"])


@given(st.lists(_levels, min_size=1, max_size=7).map("/".join))
def test_what_feed_accounts_may_write_is_exactly_what_ingest_subscribes(topic: str) -> None:
    """Every publish the ACL lets a feed account make reaches ingest, and ingest hears no other account."""
    from common.settings import FEED_ACCOUNTS
    from ingest.topics import Domain, domain_filter

    writable = any(f.matches(topic) for a in FEED_ACCOUNTS for f in _acl_writes(a))
    subscribed = any(domain_filter(d).matches(topic) for d in Domain)
    assert writable == subscribed, topic


@given(st.one_of(st.lists(_levels, min_size=1, max_size=7).map("/".join), st.text(max_size=40)))
def test_ingest_may_read_exactly_the_trees_it_subscribes(topic: str) -> None:
    """Ingest reads every feed tree and nothing else of ``soc/v1`` (not the dispatch tree)."""
    from common.services import BROKER_DROPPED_TOPIC
    from ingest.topics import Domain, domain_filter

    readable = any(f.matches(topic) for f in _acl_rules("ingest", "read", "readwrite"))
    subscribed = any(domain_filter(d).matches(topic) for d in Domain) or topic == BROKER_DROPPED_TOPIC
    assert readable == subscribed, topic


def test_domain_trees_include_the_bare_domain_level() -> None:
    from ingest.topics import Domain, domain_filter, parse_domains

    assert domain_filter(Domain.DISASTER).filter == "soc/v1/disaster/#"
    for topic in ("soc/v1/disaster", "soc/v1/disaster/water_level", "soc/v1/disaster/water_level/SN-WL-001/extra"):
        assert domain_filter(Domain.DISASTER).matches(topic)
    assert parse_domains("") == tuple(Domain)
    assert parse_domains("traffic, disaster,traffic") == (Domain.TRAFFIC, Domain.DISASTER)
    with pytest.raises(ValueError, match="unknown domain"):
        parse_domains("weather")
