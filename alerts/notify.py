"""Webhook notifications per agency, from the persistent outbox ``alert_outbox``.

Outbox rows are written in the same transaction as the alert change they
announce (:class:`alerts.service.AlertStore`), so a notification exists if and
only if the change was committed. :class:`Notifier` sends them:

- one row at a time, claimed with a lease and committed *before* the POST (no
  transaction stays open while a receiver is slow: it would hold back the commit
  horizon of every consumer), then marked delivered: a restart never re-sends a row
  whose delivery was committed, and a notifier that died mid-POST leaves the row to be
  sent again when its lease ends;
- per agency in ``id`` order: only the oldest pending row of an agency is
  eligible, so a receiver that is down holds back its own queue and no other;
- transient failures (connection errors, timeouts, HTTP 408, 429, 5xx) are retried
  with capped, jittered exponential backoff, for as long as it takes; other HTTP
  4xx answers are permanent: the row is marked failed and never retried.

Signing: ``X-SOC-Signature: sha256=<hex HMAC-SHA256(key, timestamp + "." + body)>``
with ``X-SOC-Timestamp`` and the agency's key ``HMAC-SHA256(webhook_secret, agency)``.
``X-SOC-Delivery`` is the outbox id: the one case left (the process dies after the
receiver answered 2xx but before COMMIT) re-sends the same id, which receivers use
to drop the repeat.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import httpx
import psycopg

from alerts import repo
from alerts.errors import DeliveryError
from common.errors import ConfigError
from common.logging import UpDown, log_event
from common.settings import Settings

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-SOC-Signature"
TIMESTAMP_HEADER = "X-SOC-Timestamp"
DELIVERY_HEADER = "X-SOC-Delivery"
EVENT_HEADER = "X-SOC-Event"


class Outcome(StrEnum):
    """What to do with an outbox row after one attempt."""

    DELIVERED = "delivered"
    RETRY = "retry"
    FAILED = "failed"


def agency_key(secret: bytes, agency: str) -> bytes:
    """The agency's signing key, derived from the one shared secret."""
    return hmac.new(secret, agency.encode(), hashlib.sha256).digest()


def sign(key: bytes, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` over ``timestamp.body``."""
    mac = hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={mac}"


def verify(key: bytes, timestamp: str, body: bytes, signature: str) -> bool:
    """Constant-time check of a signature (what a receiver does)."""
    return hmac.compare_digest(sign(key, timestamp, body), signature)


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


class Notifier:
    """Delivers due outbox rows over HTTP; owns neither the connection nor the client."""

    def __init__(
        self,
        conn: psycopg.Connection,
        urls: Mapping[str, str],
        secret: bytes,
        *,
        client: httpx.Client | None = None,
        rng: random.Random | None = None,
        base_s: float = 1.0,
        cap_s: float = 300.0,
    ) -> None:
        self.conn = conn
        self.urls = dict(urls)
        self.secret = secret
        self.client = client or httpx.Client(timeout=5.0)
        self.rng = rng or random.Random()  # jitter, not cryptography
        self.base_s = base_s
        self.cap_s = cap_s
        # longer than any POST can take (the client's timeout), so a lease never ends
        # while its POST is still running
        self.lease = timedelta(seconds=60)
        self._receivers = {a: UpDown(log, f"webhook_{a}") for a in self.urls}

    @staticmethod
    def check_settings(settings: Settings) -> frozenset[str]:
        """Agencies with a webhook; :class:`ConfigError` if URLs are set without the secret."""
        urls = settings.alerts.webhooks
        if urls and settings.alerts.webhook_secret is None:
            raise ConfigError(
                "webhooks are configured but the secret is missing",
                variable="SOC_ALERTS__WEBHOOK_SECRET",
            )
        return frozenset(urls)

    @classmethod
    def from_settings(cls, conn: psycopg.Connection, settings: Settings) -> Notifier:
        """A notifier for the configured webhooks (none configured: it sends nothing)."""
        cls.check_settings(settings)
        secret = settings.alerts.webhook_secret
        key = secret.get_secret_value().encode() if secret else b""
        return cls(conn, settings.alerts.webhooks, key)

    @property
    def agencies(self) -> frozenset[str]:
        """Agencies with a webhook."""
        return frozenset(self.urls)

    def _post(self, agency: str, delivery_id: int, event: str, body: bytes, now: datetime) -> int:
        ts = str(int(now.timestamp()))
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: ts,
            SIGNATURE_HEADER: sign(agency_key(self.secret, agency), ts, body),
            DELIVERY_HEADER: str(delivery_id),
            EVENT_HEADER: event,
        }
        try:
            return self.client.post(self.urls[agency], content=body, headers=headers).status_code
        except httpx.TransportError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}", agency=agency, transient=True) from exc

    def deliver_due(self, now: datetime, *, max_items: int = 100) -> DeliveryStats:
        """Try every due row (oldest first per agency) once; returns what happened."""
        delivered = retried = failed = 0
        if not self.urls:
            return DeliveryStats()
        for _ in range(max_items):
            row = self.conn.execute(
                repo.SQL_OUTBOX_CLAIM,
                {"now": now, "lease_until": now + self.lease, "agencies": list(self.urls)},
            ).fetchone()
            self.conn.commit()
            if row is None:
                break
            oid, agency, event, body, attempts = row
            status: int | None
            try:
                status = self._post(agency, oid, event, body.encode(), now)
                error = f"HTTP {status}"
            except DeliveryError as exc:
                status, error = None, str(exc)
            outcome = classify(status)
            if outcome is Outcome.DELIVERED:
                self.conn.execute(repo.SQL_OUTBOX_DELIVERED, (now, oid))
                self._receivers[agency].ok()
                delivered += 1
            elif outcome is Outcome.RETRY:
                wait = retry_delay(attempts, self.rng.random(), base_s=self.base_s, cap_s=self.cap_s)
                self.conn.execute(repo.SQL_OUTBOX_RETRY, (now + wait, error[:500], oid))
                self._receivers[agency].down(error)
                retried += 1
            else:
                self.conn.execute(repo.SQL_OUTBOX_FAILED, (now, error[:500], oid))
                log_event(log, "webhook_failed", logging.WARNING, agency=agency, outbox_id=oid, error=error)
                failed += 1
            self.conn.commit()
        return DeliveryStats(delivered, retried, failed)
