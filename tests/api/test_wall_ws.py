"""``/ws/wall`` through a real server: auth, snapshot, deltas from the database, resume,
a deliberately slow client, and late commits (team contract 4)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import psycopg
import pytest

from tests import http_calls
from tests.api.conftest import LiveApp, auth, wall_path, wall_url
from tests.api.wsclient import FrozenScreen, WallClient
from web.app import WallOptions
from web.wall.broadcast import CLOSE_SLOW
from web.wall.fastpath import DirectWriter
from web.wall.hub import ModeItem, Topic

SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s)
VALUES (%s, %s, 'raised', %s, 'Met', 'disaster', %s, ST_SetSRID(ST_MakePoint(120.656, 24.182), 4326),
        %s, %s, %s, 600, 600)
RETURNING alert_id
"""


@pytest.fixture(scope="module")
def wall_options() -> WallOptions:
    """The frozen screen of the slow-client test never answers a ping: it must leave as
    slow (4002) however long a loaded host takes to fill its queue, so silence never
    drops anyone here (``dead_after_s``; the heartbeat's own tests are in
    test_wall_heartbeat.py)."""
    return WallOptions(poll_interval_s=0.05, heartbeat_s=1.0, dead_after_s=3600.0, queue_size=32,
                       ring_size=50)


def insert_alert(conn: psycopg.Connection, title: str, *, at: datetime | None = None) -> int:
    at = at or datetime.now(UTC)
    row = conn.execute(SQL_ALERT, ("rain.heavy", f"src-{title}", "Severe", title, at, at, at)).fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def wall(live_app: LiveApp, accounts: dict[str, str]) -> Iterator[WallClient]:
    client = WallClient(wall_url(live_app, accounts["wall1"]))
    yield client
    client.close()


def alert_titles(client: WallClient) -> set[str]:
    return {a["title"] for a in client.state.get("alert", {}).values()}


def test_bad_or_missing_token_closes_with_4401_and_roles_without_the_wall_get_no_ticket(
    live_app: LiveApp, accounts: dict[str, str]
) -> None:
    for name in ("fire1", "plan"):  # no wall permission: no ticket (403 problem naming the roles)
        r = http_calls.post(f"{live_app.url}/api/ws-ticket", headers=auth(accounts[name]), timeout=20)
        assert r.status_code == 403, r.text
        assert "operator" in r.json()["allowed_roles"], r.text
    for url, code in ((f"{live_app.ws_url}/ws/wall", 4401),
                      (f"{live_app.ws_url}/ws/wall?ticket=abc.def", 4401)):
        client = WallClient(url)
        assert client.closed.wait(20)
        client.close()
        assert client.close_code == code, client.error
        assert client.frames.empty()


def test_snapshot_on_connect_then_typed_deltas(
    wall: WallClient, live_app: LiveApp, db_dsn: str
) -> None:
    snapshot = wall.next("snapshot")
    assert set(snapshot["state"]) == {"sensor", "alert", "incident", "kpi", "ingest", "mode", "health", "trend",
                                      "camera", "log_hold", "open_work"}
    assert snapshot["state"]["mode"][0]["mode"] in ("peacetime", "emergency")
    with psycopg.connect(db_dsn) as conn:
        alert_id = insert_alert(conn, "大雨特報 test")
    delta = wall.next("delta")
    while delta["topic"] != "alert":
        delta = wall.next("delta")
    assert delta["op"] == "upsert"
    assert delta["key"] == str(alert_id)
    assert delta["item"]["title"] == "大雨特報 test"
    assert delta["item"]["severity"] == "Severe"
    assert delta["seq"] > snapshot["seq"]
    assert delta["epoch"] == snapshot["epoch"]
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE alerts SET state = 'resolved' WHERE alert_id = %s", (alert_id,))
    wall.wait_for(lambda c: str(alert_id) not in c.state.get("alert", {}))


def test_reconnect_with_last_seq_gets_exactly_what_was_missed(
    live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    url = functools.partial(wall_url, live_app, accounts["wall1"])
    first = WallClient(url())
    first.next("snapshot")
    with psycopg.connect(db_dsn) as conn:
        insert_alert(conn, "before")
    first.wait_for(lambda c: "before" in alert_titles(c))
    epoch, seq, state = first.epoch, first.seq, first.state
    first.close()
    with psycopg.connect(db_dsn) as conn:
        insert_alert(conn, "missed-1")
        insert_alert(conn, "missed-2")
    # Wait until the server has published both, using a second, independent client.
    watcher = WallClient(url())
    watcher.wait_for(lambda c: {"missed-1", "missed-2"} <= alert_titles(c))
    watcher.close()
    again = WallClient(f"{url()}&epoch={epoch}&seq={seq}", resume=(epoch, seq, state))
    frame = again.next()
    assert frame["type"] == "delta"  # no snapshot: the missed deltas follow on directly
    assert frame["seq"] == seq + 1
    again.wait_for(lambda c: {"missed-1", "missed-2"} <= alert_titles(c))
    resumed = again.next("resumed")  # after the deltas missed: the state is whole again
    assert resumed["epoch"] == epoch
    assert resumed["seq"] >= seq + 2
    again.close()


def test_a_resume_with_nothing_missed_is_answered_at_once(
    live_app: LiveApp, accounts: dict[str, str]
) -> None:
    """Its first frames say the resume is complete: no ping, no wait for the next change
    (only deltas the feed published meanwhile may come before)."""
    url = functools.partial(wall_url, live_app, accounts["wall1"])
    first = WallClient(url())
    first.next("snapshot")
    epoch, seq = first.epoch, first.seq
    first.close()
    again = WallClient(f"{url()}&epoch={epoch}&seq={seq}", resume=(epoch, seq, first.state))
    held = seq
    while (frame := again.next())["type"] != "resumed":
        assert frame["type"] == "delta", frame
        held = frame["seq"]
    assert (frame["epoch"], frame["seq"]) == (epoch, held)
    again.close()


def test_reconnect_too_old_or_from_another_epoch_gets_a_snapshot(
    live_app: LiveApp, accounts: dict[str, str]
) -> None:
    url = functools.partial(wall_url, live_app, accounts["wall1"])
    state = live_app.state
    hub = state.broadcaster.hub

    async def churn() -> None:
        for i in range(60):  # more than ring_size=50
            delta = hub.upsert(Topic.KPI, "churn", ModeItem(str(i)))
            assert delta is not None
            state.broadcaster.publish([delta])

    old_seq = hub.seq
    asyncio.run_coroutine_threadsafe(churn(), state.loop).result()
    client = WallClient(f"{url()}&epoch={hub.epoch}&seq={old_seq}")
    assert client.next()["type"] == "snapshot"
    client.close()
    other = WallClient(f"{url()}&epoch=not-this-one&seq=1")
    assert other.next()["type"] == "snapshot"
    other.close()


@pytest.mark.parametrize("seq", ["\u00b2", "\u0663", "9" * 5000, "-1", "1e3", "0x10"],
                         ids=["superscript-two", "arabic-indic-three", "5000-digits", "negative", "exponent", "hex"])
def test_a_resume_position_that_is_no_number_gets_a_snapshot(
    live_app: LiveApp, accounts: dict[str, str], seq: str
) -> None:
    """``str.isdigit`` holds for ``²`` and ``٣``, which ``int`` refuses, and ``int`` refuses
    more than 4,300 digits: such a ``seq`` is no resume position, not an error."""
    hub = live_app.state.broadcaster.hub
    client = WallClient(f"{wall_url(live_app, accounts['wall1'])}&epoch={hub.epoch}&seq={quote(seq)}")
    try:
        assert client.next()["type"] == "snapshot", client.error
    finally:
        client.close()


@pytest.mark.parametrize("direct", [True, False], ids=["fast-path", "queue-only"])
def test_a_slow_client_is_resynced_or_dropped_and_never_delays_a_fast_one(
    live_app: LiveApp, accounts: dict[str, str], direct: bool
) -> None:
    """Both ways out of the broadcaster: the fast path (frames written straight to the
    transport while its buffer is small) and the queue path alone (``direct=False``,
    what a server without the fast path gets)."""
    url = functools.partial(wall_url, live_app, accounts["wall1"])
    state = live_app.state
    broadcaster = state.broadcaster
    broadcaster.direct = direct  # read when a client connects
    dropped_before = broadcaster.stats.dropped_slow
    direct_before = broadcaster.stats.direct
    fast = WallClient(url())
    fast.next("snapshot")
    port = int(live_app.url.rsplit(":", 1)[1])
    slow = FrozenScreen("127.0.0.1", port, wall_path(live_app, accounts["wall1"]))
    big = "x" * 32_768
    max_queued = 0
    max_buffered = 0

    def publish(i: int) -> tuple[int, int, int]:
        delta = broadcaster.hub.upsert(Topic.KPI, "big", ModeItem(f"{i}{big}"))
        assert delta is not None
        broadcaster.publish([delta])
        clients = broadcaster.clients
        return (delta.seq, max((c.queue.qsize() for c in clients), default=0),
                max((c.writer.buffered for c in clients if isinstance(c.writer, DirectWriter)),
                    default=0))

    async def on_loop(i: int) -> tuple[int, int, int]:
        return publish(i)

    def fast_reached(seq: int) -> Callable[[WallClient], bool]:
        return lambda c: c.seq >= seq

    try:
        for i in range(3000):
            seq, queued, buffered = asyncio.run_coroutine_threadsafe(
                on_loop(i), state.loop).result()
            max_queued = max(max_queued, queued)
            max_buffered = max(max_buffered, buffered)
            # Lockstep with the fast client: it never has more than one frame of ours
            # outstanding. The live feed publishes too, and its KPI poll removes "big"
            # (not in the database) at any moment, so the client is waited for by
            # sequence number, not by our item still being in its state.
            try:
                fast.wait_for(fast_reached(seq), timeout=60)
            except TimeoutError:
                raise AssertionError(f"fast client stuck at {i} (seq {fast.seq} < {seq}): "
                                     f"close={fast.close_code} error={fast.error!r} "
                                     f"stats={broadcaster.stats}") from None
            # Every delta up to ours arrived (WallClient asserts there is no gap), ours
            # with our item: only this test upserts "big".
            upserted, item = fast.upserts[("kpi", "big")]
            assert upserted == seq, (upserted, seq)
            assert item["mode"].startswith(f"{i}x")
            if broadcaster.stats.dropped_slow > dropped_before:
                break
        assert broadcaster.stats.dropped_slow == dropped_before + 1, "the stalled client stayed"
        assert broadcaster.stats.resyncs >= 1
        assert max_queued <= 32
        if direct:
            assert broadcaster.stats.direct > direct_before
            # What a stalled screen holds in the transport: the fast path stops below
            # max_buffer (plus the frame that crossed it); after that only the pump writes,
            # one frame or batch of at most queue_size frames at a time.
            assert max_buffered <= broadcaster.max_buffer + 33 * (len(big) + 200)
        else:
            assert broadcaster.stats.direct == direct_before
        # The fast client saw every delta in order (WallClient asserts there is no gap,
        # and read no frame after the one snapshot it connected with) and was never resynced.
        assert fast.error is None, fast.error
        assert fast.kinds["resync"] == 0, fast.kinds
        assert fast.kinds["snapshot"] == 1, fast.kinds
        assert len(broadcaster.clients) == 1
        # When the frozen screen finally reads, it finds the close code after what was
        # buffered.
        assert slow.drain_until_closed() == CLOSE_SLOW
    finally:
        broadcaster.direct = True
        slow.close()
        fast.close()


def test_a_row_committed_late_still_reaches_the_wall(
    wall: WallClient, db_dsn: str
) -> None:
    """Contract 4: an alert whose transaction started first but commits last is not missed."""
    wall.next("snapshot")
    early = datetime.now(UTC) - timedelta(seconds=30)
    with psycopg.connect(db_dsn) as slow_tx:  # closed however the test ends
        insert_alert(slow_tx, "committed-late", at=early)  # older timestamps, not committed yet
        with psycopg.connect(db_dsn) as conn:
            insert_alert(conn, "committed-first")
        wall.wait_for(lambda c: "committed-first" in alert_titles(c))
        assert "committed-late" not in alert_titles(wall)
        slow_tx.commit()
    wall.wait_for(lambda c: "committed-late" in alert_titles(c))
