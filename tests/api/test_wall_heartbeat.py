"""Heartbeats over a real websocket: a screen that stops answering pings is dropped."""

from __future__ import annotations

import functools

import pytest

from tests.api.conftest import LiveApp, wall_url
from tests.api.wsclient import WallClient
from web.app import WallOptions
from web.wall.broadcast import CLOSE_DEAD


@pytest.fixture(scope="module")
def wall_options() -> WallOptions:
    return WallOptions(poll_interval_s=0.2, heartbeat_s=0.2, dead_after_s=1.0)


def test_silent_client_is_dropped_and_answering_client_stays(
    live_app: LiveApp, accounts: dict[str, str]
) -> None:
    url = functools.partial(wall_url, live_app, accounts["wall1"])
    alive = WallClient(url())
    silent = WallClient(url(), answer_pings=False)
    assert silent.closed.wait(30), "a client that never answers must be dropped"
    assert silent.close_code == CLOSE_DEAD
    pings = 0
    while pings < 10:  # the answering client keeps getting pings, well past dead_after_s
        alive.next("ping")
        pings += 1
    assert not alive.closed.is_set()
    assert live_app.state.broadcaster.stats.dropped_dead >= 1
    alive.close()
