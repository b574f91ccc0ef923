"""A TCP proxy for fault tests that can cut the network silently and restore it.

Sits between a real process and the real PostgreSQL or Mosquitto (``listen`` port to
``target``). :meth:`NetCut.blackhole` stops forwarding in both directions without closing
a socket: no FIN, no RST, nothing read any more, as when a cable is pulled, a firewall
starts dropping or a peer freezes. Connections made meanwhile are accepted and held,
nothing forwarded, as a connection attempt into a dead network that never gets an answer.
:meth:`NetCut.resume` forwards again whatever waited on either side (what TCP would
retransmit after a cut it survived); a connection either end closed meanwhile is closed on
the other side then.

:meth:`NetCut.blackhole_connection` cuts one forwarded connection alone, named by the port
the proxy connects to the target from (PostgreSQL's ``pg_stat_activity.client_port``), as when
a firewall or NAT forgets one connection while new ones get through.

A limit: the proxy's own kernel still acknowledges what a client sends and answers its
TCP keepalive probes, so a cut here is found only by what a process does itself (a
deadline on an answer, MQTT's PINGREQ), never by the client's kernel (``keepalives``,
``tcp_user_timeout``), which a cut of a real link trips as well
(:mod:`tests.netns` cuts a real link for those: ``tests/integration/common/test_kernel_drop.py``
and ``test_mqtt_kernel_drop.py``).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from types import TracebackType

from common.settings import Settings

_CHUNK = 65536


class NetCut:
    """A proxy from ``listen_host:port`` (loopback unless told) to ``(host, port)``; start with
    :meth:`start` or ``with``."""

    def __init__(self, host: str, port: int, listen_host: str = "127.0.0.1") -> None:
        self.target = (host, port)
        self._open = threading.Event()
        self._open.set()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        #: Per forwarded connection, by the local port of its upstream socket: set while it forwards.
        self._pairs: dict[int, threading.Event] = {}
        self._listener = socket.create_server((listen_host, 0))
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, name=f"netcut-{self.port}", daemon=True)

    def start(self) -> NetCut:
        """Accept and forward (a daemon thread)."""
        self._thread.start()
        return self

    def blackhole(self) -> None:
        """Stop forwarding in both directions; every socket stays open."""
        self._open.clear()

    def resume(self) -> None:
        """Forward again, what waited first (every connection cut alone too)."""
        self._open.set()
        with self._lock:
            for pair in self._pairs.values():
                pair.set()

    def blackhole_connection(self, upstream_port: int) -> None:
        """Stop forwarding the one connection whose upstream socket has local port
        ``upstream_port``, both ways, every socket left open; :meth:`resume` ends it."""
        with self._lock:
            self._pairs[upstream_port].clear()

    def upstream_ports(self) -> set[int]:
        """The local ports of the upstream sockets of the connections forwarded so far."""
        with self._lock:
            return set(self._pairs)

    @property
    def cut(self) -> bool:
        """Whether the proxy is blackholed."""
        return not self._open.is_set()

    def close(self) -> None:
        """Close the listener and every connection."""
        self._closed.set()
        self._open.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.close()
            self._sockets.clear()

    def __enter__(self) -> NetCut:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _wait_open(self, pair: threading.Event | None = None) -> bool:
        """Wait until forwarding is on (for the proxy and for ``pair``); False once the proxy
        is closed."""
        while True:
            self._open.wait()
            if pair is None or pair.wait(0.5) or self._closed.is_set():
                break
        return not self._closed.is_set()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.add(client)
            threading.Thread(target=self._connect, args=(client,), daemon=True).start()

    def _connect(self, client: socket.socket) -> None:
        if not self._wait_open():  # a connection made during a cut waits for the network
            return
        try:
            upstream = socket.create_connection(self.target, timeout=10)
        except OSError:
            with contextlib.suppress(OSError):
                client.close()
            return
        upstream.settimeout(None)
        pair = threading.Event()
        pair.set()
        with self._lock:
            self._sockets.add(upstream)
            self._pairs[upstream.getsockname()[1]] = pair
        for src, dst in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pump, args=(src, dst, pair), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, pair: threading.Event) -> None:
        """Forward ``src`` to ``dst`` while open; hold (read nothing) while cut."""
        try:
            while self._wait_open(pair):
                data = src.recv(_CHUNK)
                if not self._wait_open(pair):  # read just as the cut began: held until it ends
                    return
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                dst.sendall(data)
        except OSError:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.close()


@contextlib.contextmanager
def proxied_db(settings: Settings, answer_within_s: float, connect_timeout_s: float = 2.0
               ) -> Iterator[tuple[Settings, NetCut]]:
    """``settings`` reaching their database through a :class:`NetCut`, with the answer deadline
    and connect timeout given."""
    with NetCut(settings.db.host, settings.db.port) as proxy:
        yield settings.model_copy(update={"db": settings.db.model_copy(update={
            "port": proxy.port, "answer_within_s": answer_within_s, "connect_timeout_s": connect_timeout_s})}), proxy
