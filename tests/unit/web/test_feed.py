"""The feed's handling of pushes racing a sensor poll (no database: the read is a stub).

A sensor poll reads a snapshot in a worker thread; a notification handled on the
event loop meanwhile may be newer than that snapshot. The feed replays it over
the poll's result, so the poll never undraws what the push just drew.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from typing import cast

import pytest
from psycopg_pool import ConnectionPool
from pydantic import SecretStr

from common.settings import Settings, WebSettings
from web.wall.broadcast import Broadcaster
from web.wall.feed import TopicSource, WallFeed, _Read
from web.wall.hub import SensorItem, SensorState, Topic, WallHub
from web.wall.notices import SeenNotice, SensorBasis
from web.wall.topics import SensorStates

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def item(state: SensorState) -> SensorItem:
    return SensorItem(sensor_id="WL-1", kind="water_level", agency="disaster", name="WL-1",
                      lon=120.65, lat=24.18, sub_area=None, state=state)


NEVER_SEEN = SensorStates({"WL-1": item(SensorState.UNKNOWN)},
                          {"WL-1": SensorBasis(expected_interval_s=600.0, last_seen=None, status=None)})


def feed_with_reads(monkeypatch: pytest.MonkeyPatch, reads: list[SensorStates],
                    block_last: tuple[threading.Event, threading.Event] | None = None
                    ) -> tuple[WallFeed, WallHub]:
    key = SecretStr("x-signing-key-0123456789abcdefghij")
    settings = Settings.model_construct(web=WebSettings(secret_key=key, wall_sensor_every=1))
    hub = WallHub(epoch="test")
    feed = WallFeed(settings, cast(ConnectionPool, None), Broadcaster(hub), sources=(), silence_factor=3.0)

    def read(due: tuple[TopicSource, ...], sensors: bool) -> _Read:
        assert sensors
        states = reads.pop(0)
        if block_last is not None and not reads:
            started, release = block_last
            started.set()
            assert release.wait(10)
        return _Read([], states, NOW)

    monkeypatch.setattr(feed, "_read", read)
    return feed, hub


def test_a_push_during_a_sensor_read_is_not_undone_by_it(monkeypatch: pytest.MonkeyPatch) -> None:
    started, release = threading.Event(), threading.Event()
    feed, hub = feed_with_reads(monkeypatch, [NEVER_SEEN, NEVER_SEEN], (started, release))

    async def scenario() -> int:
        await feed.refresh()
        assert hub.items(Topic.SENSOR)["WL-1"] == item(SensorState.UNKNOWN)
        # The second read's snapshot predates the batch the notice announces.
        reading = asyncio.create_task(feed.refresh_sensors())
        assert await asyncio.to_thread(started.wait, 10)
        seq = hub.seq
        assert feed.push(SeenNotice(seen={"WL-1": NOW}), NOW) == 1
        release.set()
        assert await reading == 0  # nothing to change: the replayed notice agrees
        return seq

    seq = asyncio.run(scenario())
    assert hub.items(Topic.SENSOR)["WL-1"] == item(SensorState.NORMAL)
    assert hub.seq == seq + 1  # the push's delta and nothing else: no flicker back to unknown
    assert feed.stats.replayed == 1


def test_a_push_before_the_first_sensor_read_waits_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    feed, hub = feed_with_reads(monkeypatch, [NEVER_SEEN])
    assert feed.push(SeenNotice(seen={"WL-1": NOW}), NOW) == 0
    assert hub.seq == 0
    asyncio.run(feed.refresh())  # the read after it is the record
    assert hub.items(Topic.SENSOR)["WL-1"] == item(SensorState.UNKNOWN)
    assert feed.stats.replayed == 0
