"""PUBACKs of a committed batch in one write: the one place that uses paho's private packet queue.

paho's public ``Client.ack(mid, qos)`` queues one packet and wakes the socket
per message; acknowledging a batch of QoS 1 messages as one queued blob of
PUBACKs costs about a third less CPU per message (docs/benchmarks/ingest.md).
That needs ``Client._packet_queue(command, packet, mid, qos, info=None)``, a
private method of paho-mqtt 2.x (pinned ``>=2.1,<3``). :class:`PubackWriter`
checks at construction that the method is there with that signature and falls
back to ``ack()`` per message otherwise (logged once, ``puback_fast_path_unavailable``);
``tests/unit/ingest/test_puback.py`` fails when paho's internals change.

A PUBACK with reason "success" and no properties is 4 bytes in MQTT 3.1.1 and
in MQTT 5 alike (MQTT 5 §3.4.2.1): fixed header ``0x40``, remaining length 2,
packet id.
"""

from __future__ import annotations

import inspect
import logging
import struct
from collections.abc import Callable, Sequence
from typing import Any

from common.logging import log_event

log = logging.getLogger(__name__)

PUBACK = 0x40
_PUBACK = struct.Struct("!BBH")
#: The leading parameters ``_packet_queue`` must have for the fast path.
QUEUE_PARAMETERS = ("command", "packet", "mid", "qos")


def packet_queue_of(client: Any) -> Callable[..., object] | None:
    """paho's private packet queue of ``client`` if it has the expected shape, else ``None``."""
    queue = getattr(client, "_packet_queue", None)
    if not callable(queue):
        return None
    try:
        names = tuple(inspect.signature(queue).parameters)
    except (TypeError, ValueError):
        return None
    return queue if names[: len(QUEUE_PARAMETERS)] == QUEUE_PARAMETERS else None


def encode_pubacks(mids: Sequence[int]) -> bytes:
    """The PUBACK packets of ``mids``, concatenated (pure)."""
    return b"".join(_PUBACK.pack(PUBACK, 2, mid) for mid in mids)


class PubackWriter:
    """Acknowledges QoS 1 messages of one paho client, a batch per call.

    Call :meth:`ack` under the lock that serialises the client's acknowledgements
    (the consumer's ack lock); like ``Client.ack`` it only queues the packets.
    """

    __slots__ = ("_client", "_queue")

    def __init__(self, client: Any) -> None:
        self._client = client
        self._queue = packet_queue_of(client)
        if self._queue is None:
            log_event(log, "puback_fast_path_unavailable", level=logging.WARNING,
                      client=type(client).__name__)

    @property
    def fast(self) -> bool:
        """Whether batches go out as one queued write (else one ``ack()`` per message)."""
        return self._queue is not None

    def ack(self, mids: Sequence[int]) -> None:
        """Queue the PUBACKs of ``mids`` (QoS 1 packet ids)."""
        if not mids:
            return
        if self._queue is None:
            for mid in mids:
                self._client.ack(mid, 1)
            return
        self._queue(PUBACK, encode_pubacks(mids), 0, 0)
