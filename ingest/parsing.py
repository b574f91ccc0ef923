"""Parse one received message without raising: the entry point of every caller of the parser.

The worker (:mod:`ingest.consumer`) and the quarantine replay
(:mod:`ingest.quarantine`) both turn ``(topic, payload)`` into typed rows or a
rejection with its reason through :func:`parse_or_reject`, with the limits of
:func:`limits_from`. Pure: ``now`` is an argument.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from common.settings import Settings
from ingest.errors import MessageRejectedError
from ingest.payloads import Limits, Parsed, parse_message, parser_error


def limits_from(settings: Settings) -> Limits:
    """Parsing limits from ``settings.ingest``."""
    s = settings.ingest
    return Limits(
        max_payload_bytes=s.max_payload_bytes,
        max_future_skew=timedelta(seconds=s.max_future_skew_s),
        late_after=timedelta(seconds=s.late_after_s),
    )


def parse_or_reject(
    d_topic: str, payload: bytes, now: datetime, registry: dict[str, str], limits: Limits
) -> Parsed | MessageRejectedError:
    """Parse one message; a rejection is returned, not raised (any exception is one)."""
    try:
        return parse_message(d_topic, payload, now=now, registry=registry, limits=limits)
    except MessageRejectedError as exc:
        return exc
    except Exception as exc:  # parse_message guards itself; this guards the guard
        return parser_error(d_topic, exc)
