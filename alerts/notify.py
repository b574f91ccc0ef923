"""Webhook notifications per agency, from the persistent outbox ``alert_outbox``.

Outbox rows are written in the same transaction as the alert change they
announce (:class:`alerts.service.AlertStore`), so a notification exists if and
only if the change was committed. :class:`Notifier` sends them:

- one row at a time, claimed with a lease and committed *before* the POST (no
  transaction stays open while a receiver is slow: it would hold back the commit
  horizon of every consumer), then marked delivered: a restart never re-sends a row
  whose delivery was committed, and a notifier that died mid-POST leaves the row to be
  sent again when its lease ends;
- per agency in queue order (``queue_pos``: the order the rows were committed; a
  row queued again by hand goes to the end): only the first pending row of an
  agency's queue is eligible. ``soc alerts run`` gives every agency its own worker thread, its own
  connection and its own HTTP client (:func:`alerts.service.start_notifiers`), so a receiver that is
  slow, hangs or trickles its answer holds back its own queue and no other;
- every POST has a *total* deadline (``deadline_s``, connecting, sending and
  reading the whole answer together), shorter than the lease: a receiver that
  trickles one byte every few seconds is cut off at the deadline like one that
  hangs. The clock is read for every attempt (signature timestamp, lease,
  backoff, ``delivered_at``), never frozen for a batch;
- transient failures (connection errors, the deadline, HTTP 408, 429, 5xx) are
  retried with capped, jittered exponential backoff, for as long as it takes; other
  HTTP 4xx answers are permanent: the row is marked failed with the receiver's
  answer (status and the start of its body: only that much is read, as UTF-8
  without NUL) and never retried by itself; an
  operator can queue it again (:func:`alerts.service.retry_delivery`).

Signing: ``X-SOC-Signature: sha256=<hex HMAC-SHA256(key, timestamp.delivery.event.body)>``
with ``X-SOC-Timestamp``, ``X-SOC-Delivery``, ``X-SOC-Event`` and the agency's key
``HMAC-SHA256(webhook_secret, agency)``.
``X-SOC-Delivery`` is the outbox id: the one case left (the process dies after the
receiver answered 2xx but before COMMIT) re-sends the same id, which receivers use
to drop the repeat. An answer the database could not take because it went away is
kept (:attr:`Notifier.unrecorded`) and recorded on the next connection
(:class:`alerts.service.NotifierWorker`), so an outage does not re-send it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, LiteralString

import psycopg

from alerts import repo
from alerts.errors import DeliveryError
from common.errors import ConfigError
from common.logging import UpDown, log_event
from common.settings import Settings

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-SOC-Signature"
TIMESTAMP_HEADER = "X-SOC-Timestamp"
DELIVERY_HEADER = "X-SOC-Delivery"
EVENT_HEADER = "X-SOC-Event"
#: Shortest webhook secret accepted (``make env`` writes 32 random characters).
MIN_SECRET_CHARS = 16
#: How much of a receiver's answer is read: its start becomes the row's ``last_error``.
ANSWER_BYTES = 1200


class Outcome(StrEnum):
    """What to do with an outbox row after one attempt."""

    DELIVERED = "delivered"
    RETRY = "retry"
    FAILED = "failed"


def agency_key(secret: bytes, agency: str) -> bytes:
    """The agency's signing key, derived from the one shared secret."""
    return hmac.new(secret, agency.encode(), hashlib.sha256).digest()


def sign(key: bytes, timestamp: str, body: bytes, *, delivery: str, event: str) -> str:
    """``sha256=<hex>`` over ``timestamp.delivery.event.body``.

    The delivery id and the event are signed with the body: receivers drop repeats by
    ``X-SOC-Delivery``, so a captured POST sent again under another id must not verify.
    """
    message = f"{timestamp}.{delivery}.{event}.".encode() + body
    return f"sha256={hmac.new(key, message, hashlib.sha256).hexdigest()}"


def verify(key: bytes, timestamp: str, body: bytes, signature: str, *, delivery: str, event: str) -> bool:
    """Constant-time check of a signature (what a receiver does, with the request's headers)."""
    return hmac.compare_digest(sign(key, timestamp, body, delivery=delivery, event=event), signature)


def classify(status: int | None) -> Outcome:
    """Outcome of an HTTP status; None means no answer (connection error, timeout)."""
    if status is None or status in (408, 429) or status >= 500:
        return Outcome.RETRY
    if 200 <= status < 300:
        return Outcome.DELIVERED
    return Outcome.FAILED


def retry_delay(attempts: int, jitter: float, *, base_s: float = 1.0, cap_s: float = 300.0) -> timedelta:
    """Delay before attempt ``attempts + 1``: ``base * 2**attempts`` capped, times [0.5, 1] jitter."""
    ceiling = min(cap_s, base_s * 2 ** min(attempts, 30))
    return timedelta(seconds=ceiling * (0.5 + 0.5 * min(max(jitter, 0.0), 1.0)))


@dataclass(frozen=True, slots=True)
class DeliveryStats:
    """Counts of one :meth:`Notifier.deliver_due` call."""

    delivered: int = 0
    retried: int = 0
    failed: int = 0


Clock = Callable[[], datetime]


def _usable_url(url: str) -> bool:
    """Whether a request can be made to ``url``: http(s), a host, a port in range, no blanks."""
    if not url.isprintable() or " " in url:
        return False
    import httpx  # a tenth of a second to import (its CLI's rich and click): only a webhook needs it

    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host) and (parsed.port or 80) in range(1, 65536)


def _utcnow() -> datetime:
    return datetime.now(UTC)


#: An answer's outcome as the statement that records it and its parameters.
OutcomeRecord = tuple[LiteralString, tuple[object, ...]]


def record(conn: psycopg.Connection, outcome: OutcomeRecord) -> None:
    """Record a POST's outcome (delivered, retry at, failed) on ``conn`` and commit."""
    conn.execute(*outcome)
    conn.commit()


class Notifier:
    """Delivers due outbox rows over HTTP; owns its HTTP client, not the connection.

    Call :meth:`close` when done (it closes the client and its event loop).
    """

    def __init__(
        self,
        conn: psycopg.Connection,
        urls: Mapping[str, str],
        secret: bytes,
        *,
        rng: random.Random | None = None,
        base_s: float = 1.0,
        cap_s: float = 300.0,
        deadline_s: float = 10.0,
        lease_s: float = 60.0,
        clock: Clock = _utcnow,
    ) -> None:
        self.conn = conn
        self.urls = dict(urls)
        self.secret = secret
        self.rng = rng or random.Random()  # jitter, not cryptography
        self.base_s = base_s
        self.cap_s = cap_s
        self.clock = clock
        # longer than any POST can take (the total deadline), so a lease never ends
        # while its POST is still running
        self.lease = timedelta(seconds=lease_s)
        if not 0 < deadline_s < self.lease.total_seconds():
            raise ValueError(f"deadline_s must be between 0 and the lease ({self.lease.total_seconds():g} s)")
        self.deadline_s = deadline_s
        self._receivers = {a: UpDown(log, f"webhook_{a}") for a in self.urls}
        # The answer of a POST whose outcome the database did not take (it went away after
        # the POST): the statement and its parameters, to be recorded on the next connection
        # (:meth:`record`), so a delivered row is not sent again when its lease ends.
        self.unrecorded: OutcomeRecord | None = None
        # an asyncio loop of this notifier's own (in its own thread): the only way
        # to put one deadline on a whole request, trickled answers included
        self._runner = asyncio.Runner()
        self._client: httpx.AsyncClient | None = None

    def close(self) -> None:
        """Close the HTTP client and the event loop."""
        if self._client is not None:
            self._runner.run(self._client.aclose())
            self._client = None
        self._runner.close()

    def __enter__(self) -> Notifier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def check_settings(settings: Settings) -> frozenset[str]:
        """Agencies with a webhook; :class:`ConfigError` if URLs are set without the secret,
        if a URL cannot be requested (httpx raised outside its transport errors, so the
        row stayed claimed and was neither delivered nor failed), or if one POST (up to
        the deadline) could outlast the runner's watchdog, which would end the whole
        process while a receiver is merely slow."""
        urls = settings.alerts.webhooks
        secret = settings.alerts.webhook_secret
        if urls and secret is None:
            raise ConfigError(
                "webhooks are configured but the secret is missing",
                variable="SOC_ALERTS__WEBHOOK_SECRET",
            )
        if urls and secret is not None and len(secret.get_secret_value().strip()) < MIN_SECRET_CHARS:
            # an empty key gives signatures anyone can compute
            raise ConfigError(
                f"the webhook secret must have at least {MIN_SECRET_CHARS} characters",
                variable="SOC_ALERTS__WEBHOOK_SECRET",
            )
        for agency, url in urls.items():
            if not _usable_url(url):
                # the URL itself is not repeated: it may carry the receiver's token
                raise ConfigError(
                    f"the webhook URL of {agency!r} is not an http(s) URL with a host and a port in 1-65535",
                    variable="SOC_ALERTS__WEBHOOKS",
                )
        stall = settings.health.stall_after_s
        if urls and stall and stall <= 2 * settings.alerts.webhook_deadline_s:
            raise ConfigError(
                f"the watchdog ({stall:g} s) must exceed twice the webhook deadline"
                f" ({settings.alerts.webhook_deadline_s:g} s): a slow receiver would end the process",
                variable="SOC_HEALTH__STALL_AFTER_S",
            )
        return frozenset(urls)

    @classmethod
    def from_settings(cls, conn: psycopg.Connection, settings: Settings, agency: str | None = None) -> Notifier:
        """A notifier for the configured webhooks, or only ``agency``'s (none: it sends nothing)."""
        cls.check_settings(settings)
        secret = settings.alerts.webhook_secret
        key = secret.get_secret_value().encode() if secret else b""
        urls = settings.alerts.webhooks
        if agency is not None:
            urls = {agency: urls[agency]}
        return cls(conn, urls, key, deadline_s=settings.alerts.webhook_deadline_s,
                   lease_s=settings.alerts.webhook_lease_s)

    @property
    def agencies(self) -> frozenset[str]:
        """Agencies with a webhook."""
        return frozenset(self.urls)

    async def _send(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        """The receiver's status and the start of its answer, as text the outbox can store."""
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=httpx.Timeout(self.deadline_s))
        async with asyncio.timeout(self.deadline_s), self._client.stream(
            "POST", url, content=body, headers=headers
        ) as r:
            # Only the start is kept, so only the start is read (an answer of gigabytes
            # would be held in memory whole), as UTF-8 whatever charset it declares (a
            # wrong one raised), without NUL (PostgreSQL text cannot hold it).
            head = b""
            async for chunk in r.aiter_bytes():
                head += chunk
                if len(head) >= ANSWER_BYTES:
                    break
            text = head[:ANSWER_BYTES].decode("utf-8", "replace").replace("\x00", "\ufffd")
            return r.status_code, text[:300]

    def _post(self, agency: str, delivery_id: int, event: str, body: bytes, now: datetime) -> tuple[int, str]:
        ts = str(int(now.timestamp()))
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: ts,
            SIGNATURE_HEADER: sign(agency_key(self.secret, agency), ts, body, delivery=str(delivery_id), event=event),
            DELIVERY_HEADER: str(delivery_id),
            EVENT_HEADER: event,
        }
        import httpx

        try:
            return self._runner.run(self._send(self.urls[agency], body, headers))
        except TimeoutError as exc:
            msg = f"no complete answer within the deadline of {self.deadline_s:g} s"
            raise DeliveryError(msg, agency=agency, transient=True) from exc
        except httpx.TransportError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}", agency=agency, transient=True) from exc

    def deliver_due(self, now: datetime | None = None, *, max_items: int = 100) -> DeliveryStats:
        """Try due rows (oldest first per agency) once each; returns what happened.

        The clock is read for every attempt; ``now`` fixes it instead (tests).
        """
        delivered = retried = failed = 0
        if not self.urls:
            return DeliveryStats()
        for _ in range(max_items):
            at = now or self.clock()
            row = self.conn.execute(
                repo.SQL_OUTBOX_CLAIM,
                {"now": at, "lease_until": at + self.lease, "agencies": list(self.urls)},
            ).fetchone()
            self.conn.commit()
            if row is None:
                break
            oid, agency, event, body, attempts = row
            status: int | None
            try:
                status, answer = self._post(agency, oid, event, body.encode(), at)
                error = f"HTTP {status}: {answer}".strip().rstrip(":")
            except DeliveryError as exc:
                status, error = None, str(exc)
            done = now or self.clock()
            outcome = classify(status)
            if outcome is Outcome.DELIVERED:
                self.unrecorded = (repo.SQL_OUTBOX_DELIVERED, (done, oid))
                self._receivers[agency].ok()
                delivered += 1
            elif outcome is Outcome.RETRY:
                wait = retry_delay(attempts, self.rng.random(), base_s=self.base_s, cap_s=self.cap_s)
                self.unrecorded = (repo.SQL_OUTBOX_RETRY, (done + wait, error[:500], oid))
                self._receivers[agency].down(error)
                retried += 1
            else:
                self.unrecorded = (repo.SQL_OUTBOX_FAILED, (done, error[:500], oid))
                log_event(log, "webhook_failed", logging.WARNING, agency=agency, outbox_id=oid, error=error)
                failed += 1
            record(self.conn, self.unrecorded)
            self.unrecorded = None
        return DeliveryStats(delivered, retried, failed)

