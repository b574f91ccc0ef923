"""The periodic session check judges the sockets it read the database for: one opened while
its round trip was under way (authenticated by its ticket a moment before) stays open."""

from __future__ import annotations

import asyncio

from web import repo
from web.security import Principal, Role, TokenKind
from web.sessions import CLOSE_REVOKED, check_sessions
from web.wall.broadcast import Broadcaster
from web.wall.hub import WallHub

WALL = Principal("wall1", Role.DISPLAY, None, TokenKind.DISPLAY, 1, token_id="w1")
COORD = Principal("coord", Role.COORDINATOR, None, TokenKind.ACCESS, 1, token_id="c1")
ROWS = {p.name: repo.SessionRow(p.name, p.role.value, p.agency, True, p.version) for p in (WALL, COORD)}


def test_a_socket_opened_during_the_check_is_not_closed_as_unknown() -> None:
    async def run() -> tuple[list[int | None], list[list[str]]]:
        broadcaster = Broadcaster(WallHub(epoch="e"))
        wall = broadcaster.connect("wall1")
        wall.principal = WALL
        asked: list[list[str]] = []
        coord = []

        def load(names: list[str], token_ids: list[str]) -> tuple[dict[str, repo.SessionRow], set[str]]:
            # The database answers for the sockets open when the check began; meanwhile
            # a coordinator's console opens its socket (the loop runs while this thread waits).
            asked.append(names)
            opened = asyncio.run_coroutine_threadsafe(open_coord(), loop)
            opened.result(5)
            return {n: ROWS[n] for n in names}, set()

        async def open_coord() -> None:
            client = broadcaster.connect("coord")
            client.principal = COORD
            coord.append(client)

        loop = asyncio.get_running_loop()
        closed = await check_sessions(broadcaster, load)
        assert closed == 0
        return [wall.close_code, coord[0].close_code], asked

    codes, asked = asyncio.run(run())
    assert asked == [["wall1"]]
    assert codes == [None, None], f"closed with {codes} (revoked: {CLOSE_REVOKED})"


def test_a_socket_whose_account_changed_is_still_closed() -> None:
    async def run() -> int | None:
        broadcaster = Broadcaster(WallHub(epoch="e"))
        coord = broadcaster.connect("coord")
        coord.principal = COORD
        demoted = repo.SessionRow("coord", Role.OPERATOR.value, None, True, 1)
        await check_sessions(broadcaster, lambda names, ids: ({"coord": demoted}, set()))
        return coord.close_code

    assert asyncio.run(run()) == CLOSE_REVOKED
