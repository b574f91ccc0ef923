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

import contextlib
import secrets
from collections import deque
from dataclasses import dataclass

from web.security import Principal


@dataclass(frozen=True, slots=True)
class Ticket:
    """What a redeemed ticket stands for: the principal and when its token expires."""

    principal: Principal
    token_expires: float
    token_id: str


class TicketBook:
    """Outstanding tickets; call from one thread (the event loop) or under the GIL only.

    At most ``max_outstanding`` over all accounts and ``max_per_account`` for one account
    (by user name): a new ticket past an account's bound forgets that account's own oldest,
    so one account asking in a loop (a display token kept on a screen) never pushes out the
    tickets the other accounts' pages are about to redeem; past the overall bound the oldest
    of all is forgotten (its page asks again).
    """

    def __init__(self, ttl_s: float, max_outstanding: int = 10_000, max_per_account: int = 50) -> None:
        self.ttl_s = ttl_s
        self.max_outstanding = max_outstanding
        self.max_per_account = max_per_account
        # In the order issued, which is the order of expiry (one ttl for all).
        self._tickets: dict[str, tuple[float, Ticket]] = {}
        self._by_account: dict[str, deque[str]] = {}

    def __len__(self) -> int:
        return len(self._tickets)

    def issue(self, ticket: Ticket, now: float) -> str:
        """A new ticket for ``ticket``'s principal, valid until ``now + ttl_s``."""
        self._purge(now)
        name = ticket.principal.name
        own = self._by_account.setdefault(name, deque())
        while len(own) >= self.max_per_account:
            self._tickets.pop(own.popleft(), None)
        if len(self._tickets) >= self.max_outstanding:
            self._forget(next(iter(self._tickets)))
        value = secrets.token_urlsafe(32)
        self._tickets[value] = (now + self.ttl_s, ticket)
        own.append(value)
        return value

    def redeem(self, value: str | None, now: float) -> Ticket | None:
        """The ticket's principal if ``value`` is outstanding and fresh; it is used up."""
        if not value or value not in self._tickets:
            return None
        until, ticket = self._tickets[value]
        self._forget(value)
        return None if now >= until else ticket

    def _forget(self, value: str) -> None:
        _, ticket = self._tickets.pop(value)
        name = ticket.principal.name
        own = self._by_account.get(name)
        if own is not None:
            with contextlib.suppress(ValueError):
                own.remove(value)
            if not own:
                del self._by_account[name]

    def _purge(self, now: float) -> None:
        # The oldest first: stop at the first still fresh.
        while self._tickets:
            oldest = next(iter(self._tickets))
            if now < self._tickets[oldest][0]:
                break
            self._forget(oldest)
