"""One-time websocket tickets (pure: the caller passes ``now``).

A browser cannot set an ``Authorization`` header on a websocket, and a token in the
URL ends up in access logs, proxies and browser history. So a page first asks
``POST /api/ws-ticket`` with its bearer token and then opens
``/ws/wall?ticket=T``: ``T`` is a random 256-bit value, valid once, for
``settings.web.ws_ticket_ttl_s`` seconds, bound to the principal (and the expiry of
the token) that asked for it. Tickets live in the web process's memory: a restarted
server forgets them, and a page simply asks for a new one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from web.security import Principal


@dataclass(frozen=True, slots=True)
class Ticket:
    """What a redeemed ticket stands for: the principal and when its token expires."""

    principal: Principal
    token_expires: float
    token_id: str


class TicketBook:
    """Outstanding tickets; call from one thread (the event loop) or under the GIL only."""

    def __init__(self, ttl_s: float, max_outstanding: int = 10_000) -> None:
        self.ttl_s = ttl_s
        self.max_outstanding = max_outstanding
        self._tickets: dict[str, tuple[float, Ticket]] = {}

    def __len__(self) -> int:
        return len(self._tickets)

    def issue(self, ticket: Ticket, now: float) -> str:
        """A new ticket for ``ticket``'s principal, valid until ``now + ttl_s``."""
        self._purge(now)
        if len(self._tickets) >= self.max_outstanding:
            # Forget the oldest rather than grow without bound; its page asks again.
            oldest = min(self._tickets, key=lambda k: self._tickets[k][0])
            del self._tickets[oldest]
        value = secrets.token_urlsafe(32)
        self._tickets[value] = (now + self.ttl_s, ticket)
        return value

    def redeem(self, value: str | None, now: float) -> Ticket | None:
        """The ticket's principal if ``value`` is outstanding and fresh; it is used up."""
        if not value:
            return None
        entry = self._tickets.pop(value, None)
        if entry is None or now >= entry[0]:
            return None
        return entry[1]

    def _purge(self, now: float) -> None:
        expired = [k for k, (until, _) in self._tickets.items() if now >= until]
        for k in expired:
            del self._tickets[k]
