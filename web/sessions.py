"""Open websockets stay authenticated: revocation reaches them within seconds.

A wall socket is authenticated once, when it opens. Every
``settings.web.ws_recheck_s`` seconds :func:`watch_sessions` checks the principals
of all open sockets against the database in one round trip and closes, with code
4401, those whose account was deactivated or changed (role, agency,
``token_version``), whose token was revoked by a logout, or whose token expired.
The decision is the pure :func:`session_stands`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from common.logging import log_event
from web import repo
from web.security import Principal
from web.wall.broadcast import Broadcaster

_log = logging.getLogger(__name__)

#: Close code of a socket whose login no longer stands (as for a bad ticket).
CLOSE_REVOKED = 4401


def session_stands(
    principal: Principal, account: repo.SessionRow | None, revoked: set[str], now: float
) -> bool:
    """Whether a socket opened by ``principal`` may stay open."""
    return (
        account is not None
        and account.active
        and account.token_version == principal.version
        and account.role == principal.role.value
        and account.agency == principal.agency
        and principal.token_id not in revoked
        and (principal.expires == 0.0 or now < principal.expires)
    )


def revoke_clients(broadcaster: Broadcaster, predicate: Callable[[object], bool]) -> int:
    """Close every client whose principal satisfies ``predicate`` (call on the loop)."""
    n = 0
    for client in broadcaster.clients:
        if predicate(client.principal):
            broadcaster.revoke(client, CLOSE_REVOKED)
            n += 1
    return n


async def check_sessions(broadcaster: Broadcaster, load: Callable[
        [list[str], list[str]], tuple[dict[str, repo.SessionRow], set[str]]]) -> int:
    """Close the sockets whose login no longer stands; returns how many were closed.

    Only the sockets open when the check began are judged, against what the database said
    of them: one opened during the round trip (its ticket checked a moment before) is not
    among the accounts read, and would otherwise be closed as if its account were gone.
    """
    clients = [c for c in broadcaster.clients if isinstance(c.principal, Principal)]
    if not clients:
        return 0
    names = sorted({c.principal.name for c in clients if isinstance(c.principal, Principal)})
    token_ids = sorted({c.principal.token_id for c in clients
                        if isinstance(c.principal, Principal) and c.principal.token_id})
    accounts, revoked = await asyncio.to_thread(load, names, token_ids)
    now = time.time()
    n = 0
    for client in clients:
        p = client.principal
        if (client.close_code is None and isinstance(p, Principal)
                and not session_stands(p, accounts.get(p.name), revoked, now)):
            broadcaster.revoke(client, CLOSE_REVOKED)
            n += 1
    return n


def _expired(now: float) -> Callable[[object], bool]:
    return lambda p: isinstance(p, Principal) and p.expires != 0.0 and now >= p.expires


async def watch_sessions(broadcaster: Broadcaster, load: Callable[
        [list[str], list[str]], tuple[dict[str, repo.SessionRow], set[str]]],
        interval_s: float) -> None:
    """Run :func:`check_sessions` every ``interval_s`` until cancelled (a lifespan task)."""
    failing = False
    while True:
        await asyncio.sleep(interval_s)
        try:
            await check_sessions(broadcaster, load)
        except Exception as exc:  # the database may be down: keep the sockets, retry
            revoke_clients(broadcaster, _expired(time.time()))
            if not failing:
                log_event(_log, "session_check_failed", logging.WARNING,
                          error=type(exc).__name__)
            failing = True
        else:
            if failing:
                log_event(_log, "session_check_recovered")
            failing = False
