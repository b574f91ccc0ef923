"""The ingest worker: MQTT in, one transaction per batch, acknowledge after commit.

Threads and their jobs::

    paho network thread ── on_publishes ─► bounded Inbox ──► parsing thread (run())
      (reconnects with backoff,              (≤ max_in_flight)    parse + prepare rows (pure)
       resumes the persistent session)                                 │ one batch waits at most
                                                                       ▼
                                     database threads × ingest.db_threads: Store.store_batch
                                                                  → COMMIT → PUBACKs of that batch

* QoS 1 with a persistent session (MQTT 3.1.1 ``clean_session=False`` by
  default; MQTT 5 ``clean_start=False`` plus a session expiry with
  ``protocol=5``), so the broker keeps the subscription and queues messages
  while the worker is away. 3.1.1 is the default because paho parses MQTT 5
  PUBLISH properties in Python: a bare paho subscriber measured 27 µs CPU per
  message with 3.1.1 and 40 µs with 5 on this machine (docs/benchmarks/ingest.md).
* ``manual_ack_set(True)``: a message is acknowledged only after the
  transaction holding its rows (or its quarantine row) and its counters has
  committed. A crash before the ack means redelivery, which the natural keys
  turn into a counted duplicate: at-least-once delivery, exactly-once effect.
* Acks carry the connection *epoch* they were received on; after a reconnect
  the broker renumbers its in-flight messages, so acks of the old epoch are
  dropped (the broker redelivers those messages) instead of acknowledging
  whatever now has that packet id.
* In flight is bounded by the broker's ``max_inflight_messages`` (10,000 in
  ``soc services``' configuration) and, with MQTT 5, by Receive Maximum =
  ``ingest.max_in_flight``; so memory stays bounded during a database outage:
  the worker stops acknowledging, the broker stops sending and queues.
* Database outage: retry the same batch with capped, jittered backoff; log once
  when the database goes and once when it returns (:class:`common.logging.UpDown`).
* Watchdog (:class:`common.runner.Watchdog`, ``SOC_HEALTH__STALL_AFTER_S``): the
  parsing loop feeds it each time it comes round, and while it waits on a database
  thread that is between attempts (an outage waited out with backoff); a loop, or
  one database attempt, that stays stuck that long (a call that hangs without an
  error) ends the process with exit code 70 (``loop_stalled``), so a restart policy
  that restarts exited processes (compose's ``restart:``, ``soc supervise``) also
  covers a hung worker. Nothing unacknowledged is lost: the broker redelivers it.
* Subscriptions: ``soc/v1/{domain}/#`` for each domain of the worker's
  partition (all domains by default): exactly the trees the feed accounts may
  write, so every accepted publish is stored or quarantined (a topic outside
  the contract shape as ``invalid_topic``). A plain subscription with a
  persistent session by default; several workers partition the domains
  (``--domains``), each with its own client id and session. A ``$share`` group
  (``--group``) is possible but loses messages published while the broker
  restarts (docs/mqtt.md).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import FrameType
from typing import Any

import paho.mqtt.client as mqtt
import psycopg
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.subscribeoptions import SubscribeOptions

from common.answer import AnswerWatch
from common.backoff import Backoff
from common.health import BROKER_DOWN_S, REFUSED, Heartbeat
from common.logging import UpDown, log_event
from common.runner import Watchdog
from common.services import BROKER_DROPPED_TOPIC
from common.settings import Settings
from ingest.accounting import Counts, Tally
from ingest.errors import MessageRejectedError, QuarantineReason, StoreError
from ingest.mqtt_client import BatchClient, Delivery, Inbox, Publish
from ingest.parsing import limits_from, parse_or_reject
from ingest.payloads import parser_error
from ingest.puback import PubackWriter
from ingest.spool import DRAIN_BATCH, Refusals
from ingest.store import Message, PreparedBatch, Store, prepare
from ingest.topics import Domain, domain_filter, parse_domains, shared

log = logging.getLogger(__name__)

SESSION_EXPIRY_S = 7 * 24 * 3600  # matches persistent_client_expiration in the broker config
MIN_REGISTRY_RETRY_S = 5.0  # an unknown source triggers a registry reload at most this often
STATS_EVERY_S = 60.0


class _DbSlot:
    """The batch connection of one database thread (None until first used or after a failure),
    and since when (monotonic) its current attempt at a batch has been waiting on the database
    (None between attempts: idle, or in an outage's backoff)."""

    __slots__ = ("attempt_since", "store")

    def __init__(self) -> None:
        self.store: Store | None = None
        self.attempt_since: float | None = None


@dataclass(frozen=True, slots=True)
class _Work:
    """A parsed batch on its way from the parsing thread to the database thread; ``seq`` its
    place in the order the parsing thread handed batches on."""

    seq: int
    batch: list[Delivery]
    messages: list[Message]
    prepared: PreparedBatch


def _add(total: Counts, t: Tally) -> None:
    c = t.total()
    for f in Counts.__slots__:
        setattr(total, f, getattr(total, f) + getattr(c, f))


class Consumer:
    """One ingest worker; build with settings, call :meth:`run`, stop with :meth:`stop`."""

    def __init__(
        self,
        settings: Settings,
        *,
        client_id: str | None = None,
        group: str | None = None,
        domains: tuple[Domain, ...] | None = None,
        protocol: int = 4,
    ) -> None:
        self.settings = settings
        self.protocol = mqtt.MQTTv5 if protocol == 5 else mqtt.MQTTv311
        self.cfg = settings.ingest
        self.client_id = client_id or self.cfg.client_id
        # "" means a plain (non-shared) subscription: one worker only, but Mosquitto
        # keeps messages that arrive after a broker restart for it (docs/mqtt.md).
        self.group = self.cfg.shared_subscription_group if group is None else group
        #: This worker's partition of the topic space (whole domain trees).
        self.domains = parse_domains(self.cfg.domains) if domains is None else domains
        self.limits = limits_from(settings)
        # Receive Maximum is a 16-bit property (MQTT 5 §3.1.2.11.3).
        self.in_flight = max(1, min(self.cfg.max_in_flight, 65_535))
        self.inbox = Inbox(maxsize=self.in_flight)
        self._stop = threading.Event()
        self._ack_lock = threading.Lock()
        self._epoch = 0
        self._connected = False
        #: Whether the current connection resumed a session that held the subscriptions.
        self._resumed = False
        #: Retained copies acknowledged and not stored (see :meth:`_on_message`).
        self.retained_copies = 0
        #: Since when (monotonic) the worker has had no broker connection; None while it has one.
        self._cut_off_at: float | None = time.monotonic()
        self._broker = UpDown(log, "broker")
        self._db = UpDown(log, "database")
        #: Fails a batch or a registry read whose answer is lost (a silent network cut).
        self._watch = AnswerWatch(settings, "ingest")
        #: One database connection per database thread (``ingest.db_threads``).
        self.db_slots = [_DbSlot() for _ in range(max(1, self.cfg.db_threads))]
        self._totals_lock = threading.Lock()
        #: The next batch's ``seq`` (the parsing thread's alone).
        self._handed = 0
        #: Batches an attempt of which failed and that have not committed since, by ``seq``:
        #: no later batch begins an attempt while one of them waits (:meth:`_turn`).
        self._retrying: set[int] = set()
        self._order = threading.Condition()
        #: Mosquitto's ``$SYS/broker/publish/messages/dropped`` as last seen (0 until then).
        self.broker_dropped = 0
        self._failure: BaseException | None = None
        stall_after_s = settings.health.stall_after_s
        #: Ends the process when the loop stays stuck (None: ``stall_after_s`` is 0, no watchdog).
        self._watchdog = Watchdog("ingest", stall_after_s) if stall_after_s else None
        self._registry: dict[str, str] = {}
        self._registry_at = float("-inf")
        self.totals = Counts()
        #: Tables refusing writes while the others take theirs (their messages spooled).
        self.refusals = Refusals()
        #: Set once the broker has acknowledged the subscriptions (readiness for tests and logs).
        self.subscribed = threading.Event()
        self.client = self._make_client()
        self._pubacks = PubackWriter(self.client)

    # ------------------------------------------------------------------ MQTT side

    def _make_client(self) -> mqtt.Client:
        m = self.settings.mqtt
        client = BatchClient(
            CallbackAPIVersion.VERSION2,
            client_id=self.client_id,
            protocol=self.protocol,
            clean_session=None if self.protocol == mqtt.MQTTv5 else False,
        )
        client.manual_ack_set(True)
        client.username_pw_set("ingest", m.password_for("ingest"))
        client.reconnect_delay_set(min_delay=m.reconnect_min_s, max_delay=m.reconnect_max_s)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        client.on_publishes = self._on_publishes
        client.on_subscribe = self._on_subscribe
        return client

    def _connect_properties(self) -> Properties:
        props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
        props.SessionExpiryInterval = SESSION_EXPIRY_S
        props.ReceiveMaximum = self.in_flight
        return props

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if reason.is_failure:
            self._broker.down(reason)
            return
        with self._ack_lock:
            self._epoch += 1
            self._connected = True
            self._resumed = bool(getattr(flags, "session_present", False))
            self._cut_off_at = None
        trees = [domain_filter(d) for d in self.domains]
        filters = [shared(self.group, f) for f in trees] if self.group else [f.filter for f in trees]
        if self.protocol == mqtt.MQTTv5:
            client.subscribe([(f, SubscribeOptions(qos=1)) for f in filters])
        else:
            client.subscribe([(f, 1) for f in filters])
        client.subscribe(BROKER_DROPPED_TOPIC, 0)
        self._broker.ok()
        log_event(
            log,
            "mqtt_connected",
            client_id=self.client_id,
            session_present=getattr(flags, "session_present", None),
        )

    def _on_subscribe(self, client: mqtt.Client, userdata: Any, mid: int, reasons: Any, props: Any) -> None:
        failed = [r for r in reasons if r.is_failure]
        if failed:
            log_event(log, "mqtt_subscribe_refused", logging.ERROR, reasons=failed)
            return
        if not self.subscribed.is_set():
            log_event(log, "mqtt_subscribed", client_id=self.client_id, group=self.group,
                      domains=",".join(self.domains))
        self.subscribed.set()

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        with self._ack_lock:
            self._epoch += 1
            self._connected = False
            if self._cut_off_at is None:
                self._cut_off_at = time.monotonic()
        if not self._stop.is_set():
            self._broker.down(reason)

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        try:
            topic = msg.topic
        except UnicodeDecodeError:  # the broker should have refused it (MQTT §1.5.4)
            topic = msg._topic.decode("utf-8", "replace")
        if topic == BROKER_DROPPED_TOPIC:
            self._broker_dropped(bytes(msg.payload))
            return
        if msg.retain and self._resumed:
            # The broker sends every matching retained message again at each SUBSCRIBE
            # (MQTT 3.1.1 §3.3.1.3; MQTT 5 retain handling 0). On a resumed session the
            # subscription already delivered it (one published while we were away is
            # queued and arrives without the flag): acknowledged, not stored again.
            self.retained_copies += 1
            if msg.qos == 1:
                with self._ack_lock:
                    self._pubacks.ack([msg.mid])
            return
        # Blocks only if the broker ignored Receive Maximum; that then slows it down.
        self.inbox.extend(self._epoch, [(msg.mid, msg.qos, topic, bytes(msg.payload))])

    def _on_publishes(self, batch: list[Publish]) -> None:
        """The MQTT 3.1.1 path: every PUBLISH of one socket read (see :mod:`ingest.mqtt_client`)."""
        self.inbox.extend(self._epoch, batch)  # $SYS topics come through _on_message

    def _broker_dropped(self, payload: bytes) -> None:
        """Mosquitto's dropped-messages counter: loss ingest cannot count itself, so report it.

        Beyond ``max_queued_messages`` the broker discards what it already
        acknowledged to publishers (docs/mqtt.md, "Broker queue sizing"). The
        value goes into the heartbeat (``soc health ingest`` prints it) and every
        increase is logged as an error.
        """
        try:
            value = int(payload)
        except ValueError:
            return
        if value > self.broker_dropped:
            log_event(log, "broker_dropped_messages", logging.ERROR, total=value,
                      new=value - self.broker_dropped)
        self.broker_dropped = value

    @property
    def connection(self) -> tuple[int, bool]:
        """(epoch, connected): the epoch grows by one at every connect and disconnect."""
        with self._ack_lock:
            return self._epoch, self._connected

    def _ack(self, batch: list[Delivery]) -> int:
        """Acknowledge the committed batch; returns how many acks were dropped (old epoch).

        The PUBACKs of a batch go out as one write (:class:`~ingest.puback.PubackWriter`).
        paho clears its output queue on reconnect, and the epoch check under the
        lock keeps acks of an old connection from being queued.
        """
        dropped = 0
        with self._ack_lock:
            mids: list[int] = []
            for epoch, (mid, qos, _, _) in batch:
                if qos != 1:
                    if qos == 2:  # not subscribed at QoS 2; acknowledged one by one if ever
                        self.client.ack(mid, qos)
                    continue
                if epoch != self._epoch or not self._connected:
                    dropped += 1  # the broker redelivers it; counted as a duplicate then
                    continue
                mids.append(mid)
            self._pubacks.ack(mids)
        return dropped

    # ------------------------------------------------------------------ database side

    def _ensure_store(self, slot: _DbSlot) -> Store:
        if slot.store is None:
            conn = psycopg.connect(self.settings.db.conninfo(), autocommit=False)
            slot.store = Store(conn, notify_seen=self.cfg.notify_seen)
        return slot.store

    @staticmethod
    def _drop_store(slot: _DbSlot) -> None:
        if slot.store is not None:
            with contextlib.suppress(psycopg.Error):
                slot.store.conn.close()
            slot.store = None

    def _with_db(self, op: Callable[[Store], Tally], slot: _DbSlot, seq: int | None = None) -> Tally | None:
        """Run ``op`` until it succeeds; transient failures retry with capped backoff.

        ``seq``: the batch's place in the handing order. Each attempt waits until no earlier
        batch is between failed attempts (:meth:`_turn`), so after an outage the batches
        commit in the order they were received: each database thread waits out its own
        backoff, and without this a later batch could commit first, its rows visible with an
        earlier ``received_at`` than those of the batch before it (a 119 case's update read
        by the ops center before the dispatch it follows).

        Returns None only when asked to stop during an outage (nothing acknowledged).
        """
        delays: Iterator[float] = Backoff(base_s=0.1, cap_s=5.0).delays()
        while True:
            if seq is not None:
                waited = self._turn(seq)
                if waited is None:
                    return None  # stopping while an earlier batch waits: nothing acknowledged
                if waited:
                    # an earlier batch failed meanwhile: this thread's idle connection may have
                    # been ended with it (a database stop), so the attempt opens a fresh one
                    self._drop_store(slot)
            slot.attempt_since = time.monotonic()
            try:
                store = self._ensure_store(slot)
                with self._watch.guard(store.conn):
                    result = op(store)
            except (StoreError, psycopg.Error) as exc:
                transient = exc.transient if isinstance(exc, StoreError) else True
                self._drop_store(slot)
                if not transient:
                    raise
                if seq is not None:
                    with self._order:
                        self._retrying.add(seq)
                self._db.down(exc)
                if self._stop.wait(next(delays)):
                    return None
                continue
            finally:
                slot.attempt_since = None
            self._db.ok()
            if seq is not None:
                with self._order:
                    self._retrying.discard(seq)
                    self._order.notify_all()
            return result

    def _turn(self, seq: int) -> bool | None:
        """Wait until no batch handed on before ``seq`` is between failed attempts; whether it
        had to wait, None when the worker stops meanwhile. The earliest such batch never waits,
        so the batches retried after an outage commit one after the other in their order; a
        batch whose attempt was already under way when an earlier one failed is not held back
        (in an outage it fails too)."""
        waited = False
        with self._order:
            while any(s < seq for s in self._retrying):
                if self._stop.is_set():
                    return None
                waited = True
                self._order.wait(0.2)
        return waited

    def _refresh_registry(self, now_mono: float, *, force: bool = False) -> None:
        """Reload the sensor registry when due, on a connection of its own.

        Runs on the parsing thread while the database thread may be inside a
        batch transaction, so it never touches the batch connection.
        """
        due = now_mono - self._registry_at >= self.cfg.registry_refresh_s
        if not (due or (force and now_mono - self._registry_at >= MIN_REGISTRY_RETRY_S)):
            return
        delays: Iterator[float] = Backoff(base_s=0.1, cap_s=5.0).delays()
        while True:
            try:
                with (psycopg.connect(self.settings.db.conninfo(), autocommit=True) as conn,
                      self._watch.guard(conn)):
                    self._registry = Store(conn).load_registry()
            except (StoreError, psycopg.Error) as exc:
                self._db.down(exc)
                if self._stop.wait(next(delays)):
                    return
                self._alive()  # an outage waited out with backoff, not a stuck call
                continue
            self._registry_at = now_mono
            return

    def _alive(self) -> None:
        """The parsing loop came round: feed the watchdog."""
        if self._watchdog is not None:
            self._watchdog.alive()

    def _waiting_alive(self) -> None:
        """The parsing loop waits for a database thread to take its batch: feed the watchdog
        unless an attempt of a database thread has been waiting on the database for longer
        than the watchdog allows (that thread is stuck, and so is the loop behind it)."""
        if self._watchdog is None:
            return
        now = time.monotonic()
        if all(s.attempt_since is None or now - s.attempt_since <= self.settings.health.stall_after_s
               for s in self.db_slots):
            self._watchdog.alive()

    # ------------------------------------------------------------------ the loop

    def _collect(self) -> list[Delivery]:
        """Up to batch_max deliveries, waiting at most batch_max_wait_ms after the first."""
        return self.inbox.take(self.cfg.batch_max, 0.2, self.cfg.batch_max_wait_ms / 1000)

    def _parse(self, batch: list[Delivery]) -> list[Message]:
        now = datetime.now(UTC)
        out = [
            Message(topic, payload, parse_or_reject(topic, payload, now, self._registry, self.limits))
            for _, (_, _, topic, payload) in batch
        ]
        unknown = [
            i
            for i, m in enumerate(out)
            if isinstance(m.result, MessageRejectedError) and m.result.reason is QuarantineReason.UNREGISTERED_SOURCE
        ]
        if unknown:
            before = self._registry_at
            self._refresh_registry(time.monotonic(), force=True)
            if self._registry_at != before:
                for i in unknown:
                    _, (_, _, topic, payload) = batch[i]
                    out[i] = Message(topic, payload, parse_or_reject(topic, payload, now, self._registry, self.limits))
        return out

    def _commit(self, messages: list[Message], prepared: PreparedBatch, slot: _DbSlot,
                seq: int | None = None) -> Tally | None:
        def op(store: Store) -> Tally:
            while True:
                refused = self.refusals.tables()
                try:
                    if refused:
                        tally, n = store.store_spooling(messages, refused)
                        self.refusals.spooled_some(n)
                        return tally
                    return store.store_batch(messages, prepared=prepared)
                except StoreError as exc:
                    if exc.table is not None and exc.table not in refused:
                        # One table refuses: the rest of the batch goes on, its messages spooled.
                        store.conn.rollback()
                        self.refusals.refuse(exc.table, exc.sqlstate, datetime.now(UTC))
                        continue
                    if exc.transient:
                        raise
                    log_event(log, "batch_isolating", logging.WARNING, sqlstate=exc.sqlstate, size=len(messages),
                              error=str(exc)[:200])
                    store.conn.rollback()
                    return store.store_isolating(messages)

        return self._with_db(op, slot, seq)

    def _reparse(self, topic: str, payload: bytes, received_at: datetime) -> Message:
        """A spooled message parsed again as it was when it was received."""
        return Message(topic, payload, parse_or_reject(topic, payload, received_at, self._registry, self.limits))

    def _drain(self, slot: _DbSlot) -> None:
        """Store what the spool holds when due (:class:`ingest.spool.Refusals`); a database
        thread between batches. Nothing before the first registry read (an empty registry would
        quarantine every spooled reading as unregistered)."""
        if self._registry_at == float("-inf") or not self.refusals.drain_due(time.monotonic()):
            return
        try:
            store = self._ensure_store(slot)
            with self._watch.guard(store.conn):
                tally, taken = store.drain_spool(self._reparse, DRAIN_BATCH)
        except (StoreError, psycopg.Error) as exc:
            self.refusals.drain_failed()
            if isinstance(exc, StoreError) and exc.table is not None:
                self.refusals.refuse(exc.table, exc.sqlstate, datetime.now(UTC))
            else:
                self._drop_store(slot)
            return
        self.refusals.drained(taken)
        with self._totals_lock:
            _add(self.totals, tally)

    @staticmethod
    def _prepare(messages: list[Message]) -> PreparedBatch:
        """:func:`prepare`; a message it cannot prepare (a bug) is quarantined as ``parser_error``."""
        try:
            return prepare(messages)
        except Exception:  # find the message, keep the batch going
            for i, m in enumerate(messages):
                try:
                    prepare([m])
                except Exception as exc:
                    messages[i] = Message(m.topic, m.payload, parser_error(m.topic, exc))
            return prepare(messages)

    def _produce(self, handoff: queue.Queue[_Work | None]) -> int:
        """Parsing thread: collect, parse and prepare one batch, hand it to the database thread."""
        self._refresh_registry(time.monotonic())
        batch = self._collect()
        if not batch:
            return 0
        messages = self._parse(batch)
        work = _Work(self._handed, batch, messages, self._prepare(messages))
        self._handed += 1
        while not self._stop.is_set():
            try:
                handoff.put(work, timeout=0.2)
                return len(batch)
            except queue.Full:
                self._waiting_alive()
                continue
        return 0  # stopping: not stored, not acknowledged; the broker redelivers

    def _db_loop(self, handoff: queue.Queue[_Work | None], slot: _DbSlot) -> None:
        """Database thread: store, COMMIT, then acknowledge, one batch at a time.

        With ``ingest.db_threads`` > 1 consecutive batches commit concurrently on
        their own connections. That is safe: natural keys decide duplicates
        whichever commits first, rows are inserted and counters upserted in key
        order (no deadlock), and PUBACKs may go out in any order (MQTT §4.6
        orders only the broker's redelivery, which never depends on ack order).
        """
        while True:
            if slot is self.db_slots[0]:
                self._drain(slot)
            try:
                work = handoff.get(timeout=1.0)
            except queue.Empty:
                continue
            if work is None:
                return
            try:
                tally = self._commit(work.messages, work.prepared, slot, work.seq)
            except BaseException as exc:  # a bug or a permanent error: stop the worker, report it
                self._failure = exc
                self._stop.set()
                return
            if tally is None:
                continue  # stopping during an outage: nothing acknowledged, the broker redelivers
            self._ack(work.batch)
            with self._totals_lock:
                _add(self.totals, tally)

    def start(self) -> None:
        """Connect (asynchronously; paho retries with backoff) and start the network thread."""
        m = self.settings.mqtt
        if self.protocol == mqtt.MQTTv5:
            self.client.connect_async(
                m.host,
                m.port,
                keepalive=m.keepalive_s,
                clean_start=False,
                properties=self._connect_properties(),
            )
        else:
            self.client.connect_async(m.host, m.port, keepalive=m.keepalive_s)
        self.client.loop_start()

    def stop(self) -> None:
        """Ask :meth:`run` to finish its current batch and return."""
        self._stop.set()

    def run(self) -> None:
        """Run until :meth:`stop`; then disconnect cleanly (the session stays on the broker).

        Threads besides paho's: this one parses and prepares the next batch
        while ``ingest.db_threads`` database threads store and commit earlier
        ones (parsing holds the GIL, waiting for PostgreSQL does not), so Python
        and PostgreSQL work overlap instead of adding up, and two backends use
        both cores (docs/benchmarks/ingest.md). At most one prepared batch waits;
        acknowledgements still follow each COMMIT.
        """
        log_event(log, "ingest_started", client_id=self.client_id, group=self.group)
        self.start()
        n_db = max(1, self.cfg.db_threads)
        handoff: queue.Queue[_Work | None] = queue.Queue(maxsize=1)
        db_threads = [
            threading.Thread(target=self._db_loop, args=(handoff, slot), name=f"ingest-db-{i}", daemon=True)
            for i, slot in enumerate(self.db_slots[:n_db])
        ]
        for th in db_threads:
            th.start()
        last_stats = time.monotonic()
        heartbeat = Heartbeat(self.settings, "ingest")
        if self._watchdog is not None:
            self._watchdog.start()
        try:
            while not self._stop.is_set():
                self._alive()
                self._produce(handoff)
                cut_off_at = self._cut_off_at
                heartbeat.maybe({"client_id": self.client_id, "received": self.totals.received,
                                 "broker_dropped": self.broker_dropped,
                                 REFUSED: self.refusals.detail(),
                                 BROKER_DOWN_S: 0.0 if cut_off_at is None
                                 else round(time.monotonic() - cut_off_at, 1)})
                if time.monotonic() - last_stats >= STATS_EVERY_S:
                    last_stats = time.monotonic()
                    t = self.totals
                    log_event(
                        log,
                        "ingest_stats",
                        received=t.received,
                        stored=t.stored,
                        duplicate=t.duplicate,
                        quarantined=t.quarantined,
                        late=t.late,
                        retained_copies=self.retained_copies,
                    )
        finally:
            for th in db_threads:  # batches being stored and the one waiting finish first
                while th.is_alive():
                    with contextlib.suppress(queue.Full):
                        handoff.put(None, timeout=0.2)
                        break
            for th in db_threads:
                th.join()
            if self._watchdog is not None:  # a shutdown stuck on a database thread is ended too
                self._watchdog.stop()
            heartbeat.close()
            self.client.disconnect()
            self.client.loop_stop()
            for slot in self.db_slots:
                self._drop_store(slot)
            self._watch.close()
            log_event(log, "ingest_stopped", client_id=self.client_id, received=self.totals.received)
        if self._failure is not None:
            raise self._failure


def run_ingest(
    settings: Settings, *, client_id: str | None = None, group: str | None = None, domains: str | None = None
) -> int:
    """Run one ingest worker until SIGINT/SIGTERM; returns the exit code."""
    consumer = Consumer(settings, client_id=client_id, group=group,
                        domains=None if domains is None else parse_domains(domains))

    def on_signal(signum: int, frame: FrameType | None) -> None:
        consumer.stop()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    consumer.run()
    return 0
