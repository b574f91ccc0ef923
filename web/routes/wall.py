"""``/ws/wall``: the live wall feed, and its snapshot over plain HTTP.

Connect with ``/ws/wall?ticket=...``, a one-time ticket from ``POST
/api/ws-ticket`` (asked with a display token or any token whose role has the
``wall`` permission; tokens never travel in URLs, :mod:`web.tickets`); add
``&epoch=E&seq=N`` to resume after a reconnect. The server accepts, then closes
at once with code 4401 (bad, used, expired or missing ticket, or a login that
no longer stands) or 4403 (role without the wall permission), so that a page can
tell the difference, or 1013 (the account already holds
``settings.web.ws_max_per_account`` sockets, or the database is away); an open
socket whose login is revoked is closed with 4401 within
``settings.web.ws_recheck_s`` (:mod:`web.sessions`). Frames are described in
:mod:`web.wall.frames`.
"""

from __future__ import annotations

import json
import time

from fastapi import APIRouter, WebSocket
from fastapi.responses import Response
from psycopg.errors import LockNotAvailable
from starlette.concurrency import run_in_threadpool

from web.deps import State, WallWatcher, WebState, check_account
from web.errors import AuthError, DatabaseAwayError, DatabaseBusyError, ForbiddenError
from web.jsonbody import UniqueKeysRoute
from web.security import Permission, Principal
from web.wall.frames import encode_snapshot

router = APIRouter(route_class=UniqueKeysRoute)

CLOSE_UNAUTHORIZED = 4401
CLOSE_FORBIDDEN = 4403
#: RFC 6455 §7.4.1 1013 "Try Again Later": the login cannot be checked while the database is away.
CLOSE_TRY_AGAIN = 1013


def _authenticate(state: WebState, ticket: str | None) -> Principal:
    with state.lock:
        redeemed = state.tickets.redeem(ticket, time.time())
    if redeemed is None:
        raise AuthError("missing, used or expired ticket", reason="bad_ticket")
    with state.connection() as conn:
        check_account(conn, redeemed.principal)
    return redeemed.principal


def _resume_seq(text: str | None) -> int | None:
    """The ``seq`` to resume from, or None (a snapshot) for anything but 1-18 ASCII digits:
    ``str.isdigit`` also holds for ``²`` and ``٣``, which ``int`` refuses."""
    if text and len(text) <= 18 and text.isascii() and text.isdigit():
        return int(text)
    return None


@router.websocket("/ws/wall")
async def wall_socket(websocket: WebSocket) -> None:
    """Snapshot on connect, then typed deltas with sequence numbers; answer pings with pongs."""
    state: WebState = websocket.app.state.web
    params = websocket.query_params
    await websocket.accept()
    try:
        principal = await run_in_threadpool(_authenticate, state, params.get("ticket"))
        principal.require(Permission.WALL)
    except AuthError as exc:
        await websocket.close(CLOSE_UNAUTHORIZED, exc.reason)
        return
    except ForbiddenError:
        await websocket.close(CLOSE_FORBIDDEN, "forbidden")
        return
    except DatabaseAwayError:
        await websocket.close(CLOSE_TRY_AGAIN, "database unavailable")
        return
    except (DatabaseBusyError, LockNotAvailable):  # no connection or lock in time: as busy as a 503
        await websocket.close(CLOSE_TRY_AGAIN, "database busy")
        return
    seq = _resume_seq(params.get("seq"))
    broadcaster = state.broadcaster
    if broadcaster.open_for(principal.name) >= state.settings.web.ws_max_per_account:
        await websocket.close(CLOSE_TRY_AGAIN, "too many sockets for this account")
        return
    client = broadcaster.connect(principal.name, params.get("epoch"), seq)
    client.principal = principal
    await broadcaster.serve(client, websocket)


@router.get("/api/wall/snapshot", tags=["wall"])
def wall_snapshot(user: WallWatcher, state: State) -> Response:
    """The wall's current state, the same frame a websocket client receives first
    (the wall permission, as for the websocket)."""
    hub = state.broadcaster.hub
    frame = encode_snapshot(hub.snapshot(), state.broadcaster.clock(), state.broadcaster.heartbeat_s)
    json.loads(frame)  # frames are always valid JSON; fail loudly in development if not
    return Response(frame, media_type="application/json")
