"""The small MQTT shell shared by the clients that publish and listen (ops center, web).

One paho-mqtt 2 client (MQTT 5) logged in as one of the project's accounts, with
the same edge handling everywhere:

* connects in the background and reconnects by itself after any loss, with
  paho's capped exponential backoff (``mqtt.reconnect_min_s`` .. ``mqtt.reconnect_max_s``,
  1 s to 2 s: the broker's return is seen within 2 s however long it was away);
* subscribes again on every CONNACK (a new session may have forgotten them);
* logs once when the broker goes (``{name}_mqtt_unavailable``) and once when it
  is back (``{name}_mqtt_available``), never per retry;
* :attr:`MqttShell.up` tells whether it is connected now (for heartbeats and health);
* with ``on_retained``, messages that carry the retain flag (published retained, or
  replayed by the broker on subscribe) go there instead of ``on_message``;
* with ``session_expiry_s``, a persistent session (MQTT 5 ``clean_start=False``):
  the broker keeps the subscriptions and the QoS 1 messages of the client id while
  it is away, and each message is acknowledged only when the handler calls the
  ``ack`` it is given (after its effect is committed), so a process killed between
  receipt and commit gets the message again. Handlers then take ``(topic,
  payload, ack)``; a message redelivered after a reconnect comes again with a new
  ``ack``, so handling must be idempotent. An ``ack`` of a connection since lost
  does nothing: the broker renumbers its in-flight messages on the new connection
  (as ingest's acks, :mod:`ingest.consumer`), so it would acknowledge whatever now
  carries that packet id, perhaps before its effect is committed; the broker
  redelivers the old message instead. ``receive_max`` then bounds the messages the
  broker sends unacknowledged (MQTT 5 Receive Maximum; Mosquitto's default here is its
  ``max_inflight_messages``), so a burst waits at the broker (a resumed session was seen
  sent more: size a handler's queue for that, ``ops_center.service.OpsWorker.QUEUED``);
* a handler that raises loses its message, never the connection: the error is logged
  (``{name}_message_dropped``, at most once a minute with the count); with a persistent
  session the message is not acknowledged (a QoS 1 one comes again at the next
  connection), a QoS 0 one is gone. Paho would otherwise
  end its network thread and leave the client deaf while it still counts as connected.

QoS 1 messages published while disconnected are kept by paho and sent after
the reconnect (``MQTT_ERR_NO_CONN`` is not an error here). Ingest keeps its own
client (:mod:`ingest.mqtt_client`): its batching reads the socket directly.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.subscribeoptions import SubscribeOptions

from common.errors import ServiceError
from common.logging import Sparse, UpDown
from common.settings import MqttSettings

log = logging.getLogger(__name__)

MessageHandler = Callable[[str, bytes], None]
#: A handler of a persistent shell: acknowledge with the third argument once the effect is committed.
AckedHandler = Callable[[str, bytes, Callable[[], None]], None]


def account_client_id(account: str, role: str) -> str:
    """A fresh client id for ``account`` in its own namespace, ``{account}-{role}-{8 hex}``:
    the broker refuses ids starting with ``{account}-`` to every other account
    (``common.services.reserved_client_ids``), so no other account can disconnect it."""
    return f"{account}-{role}-{uuid.uuid4().hex[:8]}"


class MqttShell:
    """A reconnecting client for ``account``; :meth:`start` it, :meth:`stop` it at shutdown."""

    def __init__(
        self,
        settings: MqttSettings,
        account: str,
        *,
        client_id: str,
        name: str,
        subscriptions: Sequence[str] = (),
        on_message: MessageHandler | None = None,
        on_retained: MessageHandler | None = None,
        on_delivery: AckedHandler | None = None,
        on_retained_delivery: AckedHandler | None = None,
        session_expiry_s: int | None = None,
        receive_max: int | None = None,
    ) -> None:
        self._settings = settings
        self._subscriptions = tuple(subscriptions)
        self._handler = on_message
        self._retained_handler = on_retained
        self._acked_handler = on_delivery
        self._acked_retained = on_retained_delivery
        self._session_expiry_s = session_expiry_s
        self._receive_max = receive_max
        self._dropped = Sparse(log, f"{name}_message_dropped")
        self._state = UpDown(log, f"{name}_mqtt")
        self._connected = threading.Event()
        self._lost_at: float | None = None  # monotonic time the connection was lost, None while up
        self._answered = threading.Event()
        self._refusal: str | None = None
        #: Grows at every connect and every loss, under ``_ack_lock``: an ack carries the
        #: epoch its message came in, and is sent only while it is still the current one.
        self._epoch = 0
        self._ack_lock = threading.RLock()
        client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
        client.username_pw_set(account, settings.password_for(account))
        client.reconnect_delay_set(settings.reconnect_min_s, settings.reconnect_max_s)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        if session_expiry_s is not None:
            client.manual_ack_set(True)
        if on_message is not None or on_delivery is not None:
            client.on_message = self._on_message
        self.client = client

    @property
    def up(self) -> bool:
        """Connected to the broker now."""
        return self._connected.is_set()

    def down_for_s(self) -> float:
        """Seconds since the broker connection was lost or :meth:`start` began connecting
        (0 while connected): what a heartbeat says as ``broker_down_s``."""
        lost_at = self._lost_at
        return 0.0 if lost_at is None else time.monotonic() - lost_at

    def start(self, *, wait_s: float | None = None) -> None:
        """Connect in the background; with ``wait_s``, wait that long for the first CONNACK.

        Raises :class:`ServiceError` when waiting and the broker refuses or does not answer.
        Until the first CONNACK the broker counts as lost since this call (:meth:`down_for_s`).
        """
        if not self._connected.is_set() and self._lost_at is None:
            self._lost_at = time.monotonic()
        if self._session_expiry_s is None:
            self.client.connect_async(self._settings.host, self._settings.port, keepalive=self._settings.keepalive_s)
        else:
            props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
            props.SessionExpiryInterval = self._session_expiry_s
            if self._receive_max is not None:
                props.ReceiveMaximum = self._receive_max
            self.client.connect_async(self._settings.host, self._settings.port, keepalive=self._settings.keepalive_s,
                                      clean_start=False, properties=props)
        self.client.loop_start()
        if wait_s is None:
            return
        if not self._answered.wait(wait_s) or self._refusal is not None:
            reason = self._refusal or "no CONNACK"
            self.stop()
            raise ServiceError(f"MQTT connect failed: {reason}", service="mosquitto")

    def publish(self, topic: str, payload: bytes, *, qos: int = 1, retain: bool = False) -> mqtt.MQTTMessageInfo:
        """Publish; while disconnected a QoS 1 message is kept and sent after the reconnect."""
        info = self.client.publish(topic, payload, qos=qos, retain=retain)
        if info.rc not in (mqtt.MQTT_ERR_SUCCESS, mqtt.MQTT_ERR_NO_CONN):
            raise ServiceError(f"publish to {topic} failed: {mqtt.error_string(info.rc)}", service="mosquitto")
        return info

    def stop(self) -> None:
        """Disconnect cleanly and stop the network thread."""
        self.client.disconnect()
        self.client.loop_stop()
        # Break the client -> handler references so the client is freed here.
        self.client.on_message = None
        self.client.on_connect = None
        self.client.on_disconnect = None
        self._handler = None
        self._retained_handler = None
        self._acked_handler = None
        self._acked_retained = None

    # -- paho callbacks (network thread) --------------------------------------------
    def _on_connect(self, c: mqtt.Client, _u: object, _f: object, reason: Any, _p: object) -> None:
        if getattr(reason, "is_failure", False):
            self._refusal = str(reason)
            if self._lost_at is None:
                self._lost_at = time.monotonic()
            self._state.down(reason)
            self._answered.set()  # wake start(): refused
            return
        self._refusal = None
        with self._ack_lock:
            self._epoch += 1
        if self._subscriptions:
            # With on_retained, the retain flag is kept as published (MQTT 5
            # "Retain As Published"), so a retained message is told apart both when
            # it is published and when the broker replays it on subscribe.
            keep_flag = self._retained_handler is not None or self._acked_retained is not None
            options = SubscribeOptions(qos=1, retainAsPublished=keep_flag)
            c.subscribe([(t, options) for t in self._subscriptions])
        self._lost_at = None
        self._connected.set()
        self._answered.set()
        self._state.ok()

    def _on_disconnect(self, _c: mqtt.Client, _u: object, _f: object, reason: Any, _p: object) -> None:
        self._connected.clear()
        with self._ack_lock:  # before paho reconnects and empties its packet queue
            self._epoch += 1
        if getattr(reason, "is_failure", True):  # a clean disconnect (ours, at stop) is no outage
            if self._lost_at is None:
                self._lost_at = time.monotonic()
            self._state.down(reason)

    def _on_message(self, c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        try:
            self._dispatch(c, msg)
        except Exception as exc:  # a raise here would end paho's network thread
            self._dropped.hit(topic=msg.topic[:200], qos=msg.qos, error=f"{type(exc).__name__}: {exc}"[:200])

    def _dispatch(self, c: mqtt.Client, msg: mqtt.MQTTMessage) -> None:
        if self._session_expiry_s is not None:
            mid, qos, epoch = msg.mid, msg.qos, self._epoch

            def ack() -> None:
                with self._ack_lock:
                    if qos > 0 and epoch == self._epoch:
                        c.ack(mid, qos)

            handler = self._acked_retained if msg.retain and self._acked_retained is not None else self._acked_handler
            if handler is not None:
                handler(msg.topic, bytes(msg.payload), ack)
            else:
                ack()
            return
        if msg.retain and self._retained_handler is not None:
            self._retained_handler(msg.topic, bytes(msg.payload))
        elif self._handler is not None:
            self._handler(msg.topic, bytes(msg.payload))
