"""Replay a recording and keep, per message, whether the broker acknowledged it.

The fault-test publisher: like ``soc simulate --replay``, it republishes a
recording's exact bytes with one MQTT v5 client per account (each with its own
password, so the ACL applies), paced by the recorded simulated times. Unlike
it, it survives the broker going away and keeps a ledger:

* the clients reconnect by themselves (every 1-2 s) and paho resends every QoS 1
  message that had no PUBACK when the connection dropped (with the DUP flag), so
  a message the broker had received but whose PUBACK was lost reaches the
  subscribers twice: ingest must count the repeat as a duplicate;
* messages published while a client is disconnected wait in paho's queue and
  go out after the reconnect; at most ``max_in_flight`` wait at once;
* :class:`Ledger` says for each message (by its index in the recording) whether
  a PUBACK came back and with which reason code. Only an acknowledged message is
  the broker's responsibility: what the center promises is that each of those is
  stored exactly once or quarantined.

Packet ids (``mid``) are matched to messages under a lock that is never held
while paho's own locks are (paho calls ``on_publish`` holding its out-message
lock, and ``publish`` takes that lock), so a PUBACK that arrives before
``publish`` returns is kept until the id is known.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from common.settings import MqttSettings
from sim.errors import PublishError
from sim.model import SimMessage

CONNECT_TIMEOUT_S = 10.0


@dataclass
class Ledger:
    """What happened to each message of a replay, by index in the message list."""

    size: int
    acked: set[int] = field(default_factory=set)
    refused: dict[int, int] = field(default_factory=dict)  # index -> MQTT v5 reason code
    published: int = 0  # messages handed to the clients (each once; paho's resends not counted)
    connects: int = 0  # CONNACKs received, first connections included

    @property
    def unacknowledged(self) -> list[int]:
        """Indices published with neither a PUBACK nor a refusal (yet)."""
        return [i for i in range(self.published) if i not in self.acked and i not in self.refused]


class AckedReplay:
    """Clients for the accounts of a message list; ``run()`` publishes and fills :attr:`ledger`.

    Use as a context manager (connects on enter, disconnects cleanly on exit).
    ``progress`` (if given) is called with the index of each message just published.
    """

    def __init__(
        self,
        mqtt_settings: MqttSettings,
        messages: Sequence[SimMessage],
        *,
        max_in_flight: int = 500,
        client_prefix: str | None = None,
    ) -> None:
        self._settings = mqtt_settings
        self._messages = messages
        self._accounts = sorted({m.account for m in messages})
        self._prefix = client_prefix or f"soc-replay-{uuid.uuid4().hex[:8]}"
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._max_in_flight = max_in_flight
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, int], int] = {}  # (account, mid) -> index awaiting PUBACK
        self._early: dict[tuple[str, int], int] = {}  # (account, mid) -> reason code seen before the id was known
        self._clients: dict[str, mqtt.Client] = {}
        self._connected: dict[str, threading.Event] = {}
        self.ledger = Ledger(len(messages))

    # --- lifecycle
    def __enter__(self) -> AckedReplay:
        try:
            for account in self._accounts:
                self._clients[account] = self._connect(account)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self, account: str) -> mqtt.Client:
        client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"{self._prefix}-{account}",
                             protocol=mqtt.MQTTv5)
        client.username_pw_set(account, self._settings.password_for(account))
        client.max_inflight_messages_set(min(self._max_in_flight, 65_535))
        client.max_queued_messages_set(0)  # bounded by the semaphore instead
        client.reconnect_delay_set(min_delay=self._settings.reconnect_min_s, max_delay=self._settings.reconnect_max_s)
        connected = threading.Event()
        self._connected[account] = connected
        refused: dict[str, Any] = {}

        def on_connect(c: mqtt.Client, userdata: object, flags: object, reason: Any, props: object) -> None:
            if getattr(reason, "is_failure", False):
                refused["reason"] = reason
                return
            with self._lock:
                self.ledger.connects += 1
            connected.set()

        def on_disconnect(c: mqtt.Client, userdata: object, flags: object, reason: Any, props: object) -> None:
            connected.clear()

        def on_publish(c: mqtt.Client, userdata: object, mid: int, reason: Any, props: object) -> None:
            self._on_publish(account, mid, int(getattr(reason, "value", 0)))

        client.on_connect = on_connect
        client.on_disconnect = on_disconnect
        client.on_publish = on_publish
        try:
            client.connect(self._settings.host, self._settings.port, keepalive=self._settings.keepalive_s)
        except OSError as exc:
            raise PublishError(f"cannot reach the broker as {account}: {exc}", account=account) from exc
        client.loop_start()
        if not connected.wait(CONNECT_TIMEOUT_S):
            client.loop_stop()
            client.disconnect()
            raise PublishError(f"broker refused {account}: {refused.get('reason', 'no CONNACK')}", account=account)
        return client

    def close(self) -> None:
        """Disconnect every client cleanly."""
        for client in self._clients.values():
            client.disconnect()
            client.loop_stop()
        self._clients.clear()

    # --- acknowledgements
    def _settle(self, index: int, code: int) -> None:
        if code >= 0x80:
            self.ledger.refused[index] = code
        else:
            self.ledger.acked.add(index)

    def _on_publish(self, account: str, mid: int, code: int) -> None:
        with self._lock:
            index = self._pending.pop((account, mid), None)
            if index is None:
                self._early[(account, mid)] = code
            else:
                self._settle(index, code)
        self._slots.release()

    # --- publishing
    def publish(self, index: int) -> None:
        """Hand message ``index`` to its account's client; blocks while too many await a PUBACK."""
        m = self._messages[index]
        client = self._clients.get(m.account)
        if client is None:
            raise PublishError(f"no client for account {m.account!r} (closed?)", account=m.account)
        self._slots.acquire()
        info = client.publish(m.topic, m.payload, qos=1, retain=m.retain)
        if info.rc not in (mqtt.MQTT_ERR_SUCCESS, mqtt.MQTT_ERR_NO_CONN):
            # NO_CONN: paho keeps the message and sends it after reconnecting.
            self._slots.release()
            raise PublishError(f"publish failed: {mqtt.error_string(info.rc)}", account=m.account)
        with self._lock:
            code = self._early.pop((m.account, info.mid), None)
            if code is None:
                self._pending[(m.account, info.mid)] = index
            else:
                self._settle(index, code)
            self.ledger.published += 1

    def run(
        self,
        *,
        speed: float = 0.0,
        stop: threading.Event | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Ledger:
        """Publish every message, paced by simulated time (``speed`` simulated s per s; 0 = at once)."""
        stop = stop or threading.Event()
        t0 = time.monotonic()
        first = self._messages[0].scenario_time if self._messages else None
        for index, m in enumerate(self._messages):
            if stop.is_set():
                break
            if speed > 0 and first is not None:
                due = t0 + (m.scenario_time - first).total_seconds() / speed
                delay = due - time.monotonic()
                if delay > 0 and stop.wait(delay):
                    break
            self.publish(index)
            if progress is not None:
                progress(index)
        return self.ledger

    def flush(self, timeout: float) -> bool:
        """Wait until every published message has its PUBACK; ``False`` on timeout."""
        deadline = time.monotonic() + timeout
        taken = 0
        try:
            while taken < self._max_in_flight:
                if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
                    return False
                taken += 1
            return True
        finally:
            for _ in range(taken):
                self._slots.release()


def replay_acked(
    mqtt_settings: MqttSettings,
    messages: Iterable[SimMessage],
    *,
    speed: float = 0.0,
    flush_timeout: float = 120.0,
    stop: threading.Event | None = None,
) -> Ledger:
    """Replay ``messages`` and wait for their PUBACKs (up to ``flush_timeout``); the ledger."""
    msgs = list(messages)
    with AckedReplay(mqtt_settings, msgs) as replay:
        replay.run(speed=speed, stop=stop)
        replay.flush(flush_timeout)
        return replay.ledger
