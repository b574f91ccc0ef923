"""The wall's push path for sensor states, through real PostgreSQL LISTEN/NOTIFY.

Batches are committed through the real ingest store (``ingest.store.Store``,
which notifies ``soc_ingest_seen`` at commit); the app under uvicorn LISTENs
(``web/wall/push.py``) and the wall client must receive the sensor's delta. The
feed's poll interval is an hour here and its first poll happens before the
probes are committed, so only the push path (or, in the reconnect test, the
catch-up read after a reconnect) can deliver: each test also checks that no
sensor poll ran in between.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.settings import Settings
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from tests.api.conftest import LiveApp, serve, wall_url
from tests.api.wsclient import WallClient
from tests.integration.ingest.ingest_helpers import register
from web.app import WallOptions
from web.wall.feed import WallFeed
from web.wall.push import APPLICATION_NAME, SeenListener

pytestmark = pytest.mark.integration

#: Registered before the app starts, so the first poll already holds them (as unknown).
LEVELS = [f"WL-PUSH-{i}" for i in range(6)]
ALARM = "FA-PUSH-0"


@pytest.fixture(scope="module")
def wall_options() -> WallOptions:
    # One poll at start-up, then none within the test: sensors can only come by push.
    return WallOptions(poll_interval_s=3600.0, heartbeat_s=1.0, dead_after_s=60.0)


@pytest.fixture(scope="module")
def live_app(db_settings: Settings, db_dsn: str, wall_options: WallOptions) -> Iterator[LiveApp]:
    register(db_dsn, [*((s, "water_level") for s in LEVELS), (ALARM, "fire_alarm")])
    yield from serve(db_settings, wall_options)


@pytest.fixture(scope="module")
def listener(live_app: LiveApp) -> SeenListener:
    push = live_app.app.state.push
    assert isinstance(push, SeenListener)
    _until(lambda: push.stats.listening, "the listener to catch up")
    return push


@pytest.fixture(scope="module")
def feed(live_app: LiveApp) -> WallFeed:
    feed = live_app.app.state.feed
    assert isinstance(feed, WallFeed)
    return feed


@pytest.fixture
def wall(live_app: LiveApp, accounts: dict[str, str], listener: SeenListener) -> Iterator[WallClient]:
    client = WallClient(wall_url(live_app, accounts["wall1"]))
    client.next("snapshot")
    yield client
    client.close()


def _until(predicate: object, what: str, timeout: float = 20.0) -> None:
    import time

    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.02)


def state_of(client: WallClient, sid: str) -> str | None:
    item = client.state.get("sensor", {}).get(sid)
    return None if item is None else str(item["state"])


def store(
    settings: Settings, dsn: str, pairs: list[tuple[str, dict[str, object]]], *, notify: bool | None = None
) -> None:
    """Commit one batch through the real ingest store, with the shipped notify setting by default."""
    now = datetime.now(UTC)
    with psycopg.connect(dsn) as conn:
        s = Store(conn, notify_seen=settings.ingest.notify_seen if notify is None else notify)
        registry = s.load_registry()
        limits = limits_from(settings)
        raw = [(topic, json.dumps(body).encode()) for topic, body in pairs]
        tally = s.store_batch([Message(t, p, parse_or_reject(t, p, now, registry, limits)) for t, p in raw]).total()
    assert tally.stored == len(pairs)


def reading(sid: str, at: datetime | None = None) -> tuple[str, dict[str, object]]:
    at = at or datetime.now(UTC) - timedelta(seconds=1)
    return f"soc/v1/disaster/water_level/{sid}", {"ts": at.isoformat(), "value": 1.25}


def test_a_committed_batch_redraws_its_sensors_without_a_poll(
    wall: WallClient, feed: WallFeed, listener: SeenListener, db_settings: Settings, db_dsn: str
) -> None:
    assert db_settings.web.wall_push  # the shipped defaults
    assert db_settings.ingest.notify_seen
    assert state_of(wall, LEVELS[0]) == "unknown"
    assert state_of(wall, LEVELS[1]) == "unknown"
    reads = feed.stats.sensor_reads
    store(db_settings, db_dsn, [reading(LEVELS[0]), reading(LEVELS[1])])
    wall.wait_for(lambda c: state_of(c, LEVELS[0]) == state_of(c, LEVELS[1]) == "normal")
    assert feed.stats.sensor_reads == reads  # no poll: the notification delivered it
    assert listener.stats.malformed == 0


def test_a_device_status_turns_it_offline_and_back(
    wall: WallClient, feed: WallFeed, db_settings: Settings, db_dsn: str
) -> None:
    reads = feed.stats.sensor_reads
    at = datetime.now(UTC) - timedelta(seconds=2)
    topic = f"soc/v1/disaster/fire_alarm/{ALARM}/status"
    store(db_settings, db_dsn, [(topic, {"ts": at.isoformat(), "state": "offline"})])
    wall.wait_for(lambda c: state_of(c, ALARM) == "offline")
    store(db_settings, db_dsn, [(topic, {"ts": (at + timedelta(seconds=1)).isoformat(), "state": "online"})])
    wall.wait_for(lambda c: state_of(c, ALARM) == "normal")
    assert feed.stats.sensor_reads == reads


def test_malformed_notifications_are_ignored_and_the_listener_carries_on(
    wall: WallClient, feed: WallFeed, listener: SeenListener, db_settings: Settings, db_dsn: str
) -> None:
    connects, malformed, reads = listener.stats.connects, listener.stats.malformed, feed.stats.sensor_reads
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        for bad in ("not json", json.dumps({"seen": {LEVELS[2]: "soon"}}), "[1, 2]"):
            conn.execute("SELECT pg_notify('soc_ingest_seen', %s)", (bad,))
    store(db_settings, db_dsn, [reading(LEVELS[2])])
    wall.wait_for(lambda c: state_of(c, LEVELS[2]) == "normal")
    assert listener.stats.malformed == malformed + 3
    assert listener.stats.connects == connects  # same connection: nothing was dropped
    assert feed.stats.sensor_reads == reads


def test_after_losing_its_connection_the_listener_reconnects_and_catches_up(
    wall: WallClient, feed: WallFeed, listener: SeenListener, db_settings: Settings, db_dsn: str
) -> None:
    connects = listener.stats.connects
    # Committed without a notification: only a sensor read can bring it, and the
    # poll is an hour away, so it is the catch-up after reconnecting.
    store(db_settings, db_dsn, [reading(LEVELS[3])], notify=False)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        killed = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = %s AND datname = current_database()",
            (APPLICATION_NAME,),
        ).fetchone()
    assert killed == (1,)
    wall.wait_for(lambda c: state_of(c, LEVELS[3]) == "normal")
    assert listener.stats.connects == connects + 1
    _until(lambda: listener.stats.listening, "the listener to catch up")
    # And pushing works again on the new connection, without another read.
    reads = feed.stats.sensor_reads
    store(db_settings, db_dsn, [reading(LEVELS[4])])
    wall.wait_for(lambda c: state_of(c, LEVELS[4]) == "normal")
    assert feed.stats.sensor_reads == reads
