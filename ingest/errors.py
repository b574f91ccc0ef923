"""Errors of the ingest package and the quarantine reasons.

Every MQTT message ends in exactly one of three places: stored, recognised as a
duplicate, or quarantined with one :class:`QuarantineReason`. Parsing signals a
rejection by raising :class:`MessageRejectedError`; the shell turns it into a quarantine
row. The tree::

    SocError
    └── IngestError
        ├── MessageRejectedError  a message cannot be stored; carries ``reason``, ``detail``,
        │                         ``topic``, ``source_id`` (permanent: quarantine, never retry)
        └── StoreError            a batch could not be committed; carries ``sqlstate`` and
                                  ``transient`` (retry with backoff when transient)
"""

from __future__ import annotations

from enum import StrEnum

from common.errors import SocError


class QuarantineReason(StrEnum):
    """Why a message went to quarantine; stored in ``quarantine.reason``."""

    INVALID_TOPIC = "invalid_topic"  # not soc/v1/{domain}/{feed}/{source_id}[/status]
    UNKNOWN_FEED = "unknown_feed"  # domain/feed pair not in the wire contract
    OVERSIZE = "oversize"  # payload longer than ingest.max_payload_bytes
    INVALID_UTF8 = "invalid_utf8"
    INVALID_JSON = "invalid_json"
    SCHEMA = "schema"  # valid JSON of the wrong shape or types
    NAIVE_TIMESTAMP = "naive_timestamp"  # ISO 8601 time without an offset
    FUTURE_TIMESTAMP = "future_timestamp"  # later than now + ingest.max_future_skew_s
    INVALID_TIMESTAMP = "invalid_timestamp"  # unparseable, or before 1990 (epoch s as ms?)
    OUT_OF_RANGE = "out_of_range"  # value outside the physical range of its metric
    UNREGISTERED_SOURCE = "unregistered_source"  # source_id not in the sensor registry
    KIND_MISMATCH = "kind_mismatch"  # registered, but as another kind than the topic's feed
    STORE_FAILED = "store_failed"  # the database refused the rows permanently (bug guard)
    PARSER_ERROR = "parser_error"  # parsing raised something unexpected (bug guard; detail names it)
    FOREIGN_DEVICE = "foreign_device"  # status for a device of another domain than the topic's


class IngestError(SocError):
    """Root of the ingest subtree."""


class MessageRejectedError(IngestError):
    """A message that must go to quarantine; permanent by nature."""

    def __init__(
        self,
        reason: QuarantineReason,
        detail: str = "",
        *,
        topic: str | None = None,
        source_id: str | None = None,
    ) -> None:
        super().__init__(f"{reason}: {detail}" if detail else str(reason))
        self.reason = reason
        self.detail = detail
        self.topic = topic
        self.source_id = source_id


class StoreError(IngestError):
    """Committing a batch failed; ``transient`` says whether a retry may succeed."""

    def __init__(self, message: str, *, sqlstate: str | None, transient: bool, table: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate
        self.transient = transient
        #: The table whose write the database refused (a full tablespace, a revoked
        #: privilege: :data:`ingest.store.WRITE_REFUSED`), when it was that kind of failure.
        self.table = table
