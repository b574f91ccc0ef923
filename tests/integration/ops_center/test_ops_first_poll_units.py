"""The ops center's first poll after a long replay is taken in units, and stores what one unit does.

The center was down for hours while evidence kept coming: after its start-up replay,
the first row it polls moves the correlator's clock past every deadline of the replayed
window, so that one poll quiets and forgets the whole window and stores every incident
it touched (``bench/ops_first_poll.py``: seconds at 200,000 log entries). The runner
beats only between steps, so the worker takes that poll in units cut by time
(``OpsService.polling``): the tick before the row, at the row's clock, in pieces; the
snapshots; the forgotten incidents freed.

Here the same log and the same late rows are taken twice by the worker as the runner
drives it, each on a database of its own: with units so short that every piece is a
step, and in one unit. The first poll must take many steps in the first, commit the
incidents it quiets in several transactions (the tick's pieces stored apart, each with
its log entry; where the commits fall follows the time), and both must store the same
decisions with the same times: incidents, members, merges, items left out, the
center's timeline (``quiet`` dated at the tick's clock) and the replay log. A third run
is thrown away after the first of those commits, as a kill would, and a new worker
replays the log and finishes the poll: it must store the same, the replay log's feeds
included (its pieces after the reopening are cut from the replayed correlator's
deadlines). And through the real process: ``soc ops run`` in
units of 1 µs, its first poll held at its watermark's row (a test session holds it ``FOR
UPDATE``), is killed with SIGKILL there: the tick's pieces were committed by then, and
the restarted process stores what one unit does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bench.ops import service_rows, stream
from bench.ops_open import CLOCK, ROUTING, fill
from common.db import connect
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsWorker
from tests.fix_db import scratch_database
from tests.fix_services import start_soc, stop_processes
from tests.integration.ops_center.ops_helpers import (
    SQL_CAUGHT_UP,
    SQL_DECISIONS,
    kill_when_blocked,
    wait_for,
    write_rows,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Replay-log entries over 24 h of correlator time (half of them in the replayed window).
ENTRIES = 6_000
#: Rows committed after the gap.
LATE = 20

SQL_STORED = {
    **SQL_DECISIONS,
    "timeline": "SELECT incident_id, at, action, reason, detail FROM ops_incident_history"
                " WHERE actor = 'ops-center' ORDER BY id",
    "left_out": "SELECT item_key, reason, decided_at FROM ops_left_out ORDER BY item_key",
    "merges": "SELECT absorbed, survivor, bridge_key, at FROM ops_merges ORDER BY absorbed",
    "clock": "SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'",
    "ticks": "SELECT now_at, through_s FROM ops_feed_log WHERE op = 'tick' ORDER BY seq",
}
#: The transactions that wrote the timeline's ``quiet`` lines.
SQL_QUIET_XACTS = "SELECT count(DISTINCT xmin::text) FROM ops_incident_history WHERE action = 'quiet'"
SQL_FEEDS = "SELECT item_key, now_at FROM ops_feed_log WHERE op = 'feed' ORDER BY seq"
SQL_QUIET_UNCOMMITTED = "SELECT count(*) FROM ops_incident_history WHERE action = 'quiet'"


@pytest.fixture
def three_databases(settings: Settings, db_template: str) -> Iterator[tuple[Settings, Settings, Settings]]:
    with scratch_database(settings, db_template) as a, scratch_database(settings, db_template) as b, \
            scratch_database(settings, db_template) as c:
        yield a, b, c


def _first_poll(own: Settings, unit_s: float, gap_h: float,
                reopen: bool = False) -> tuple[int, dict[str, list[tuple[Any, ...]]]]:
    """The log filled, the late rows committed, the worker opened; steps until the first poll
    committed (``reopen``: the worker thrown away after its first commit inside the poll and
    a new one opened). Returns the steps it took and what is stored."""
    own = own.model_copy(update={"health": own.health.model_copy(update={"unit_s": unit_s})})
    late = [replace(it, t=CLOCK + gap_h * 3600.0 + k) for k, it in enumerate(stream(LATE, 36_000.0, seed=3))]
    with connect(own, autocommit=True) as conn:
        fill(conn, ENTRIES, 24 * 3600.0)
        write_rows(own, service_rows(late, "late-"))
        worker = OpsWorker(own, load_routing(ROUTING), None)
        for _ in worker.open(conn, datetime.now(UTC)):
            pass
        steps = 0
        clock = datetime.fromtimestamp(CLOCK, tz=UTC)
        while _clock(conn) == clock:
            assert steps < 100_000, "the first poll never committed"
            worker.step(conn, datetime.now(UTC))
            steps += 1
            if reopen and _count(conn, SQL_QUIET_UNCOMMITTED) and _clock(conn) == clock:
                reopen = False
                worker = OpsWorker(own, load_routing(ROUTING), None)
                for _ in worker.open(conn, datetime.now(UTC)):
                    pass
        assert not reopen, "nothing committed inside the first poll"
        while worker.step(conn, datetime.now(UTC)):  # the rest of the poll, then an idle one
            pass
        stored = {name: [tuple(r) for r in conn.execute(sql)] for name, sql in SQL_STORED.items()}
        stored["quiet_xacts"] = [(_count(conn, SQL_QUIET_XACTS),)]
        stored["feeds"] = [tuple(r) for r in conn.execute(SQL_FEEDS)]
    return steps, stored


def _count(conn: Any, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def _clock(conn: Any) -> datetime:
    row = conn.execute("SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'").fetchone()
    assert row is not None
    return row[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize("gap_h", [8.0, 1.5])
def test_the_first_poll_after_a_long_replay_is_cut_into_units_and_stores_what_one_unit_does(
        three_databases: tuple[Settings, Settings, Settings], gap_h: float) -> None:
    cut, whole, killed = three_databases
    steps, got = _first_poll(cut, 1e-9, gap_h)
    one, want = _first_poll(whole, 1e9, gap_h)
    assert one == 1
    quieted = sum(1 for row in want["timeline"] if row[2] == "quiet")
    assert quieted >= 20, f"{quieted} incidents gone quiet in the first poll: not the case under test"
    # every piece a step of its own: the runner could beat between any two
    assert steps >= 3, f"the first poll took {steps} step(s) with units of 1 ns"
    assert got["quiet_xacts"][0][0] >= 2, f"the quiet incidents stored in {got['quiet_xacts']} transaction(s)"
    for name in SQL_STORED:
        assert got[name] == want[name], f"{name} differs between the poll in units and in one"
    _, again = _first_poll(killed, 1e-9, gap_h, reopen=True)
    for name in [*SQL_STORED, "feeds"]:
        if name not in ("log", "ticks"):
            assert again[name] == want[name], f"{name} differs after a reopening inside the first poll"


def _stored(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    stored = {name: [tuple(r) for r in conn.execute(sql)] for name, sql in SQL_STORED.items()}
    stored["feeds"] = [tuple(r) for r in conn.execute(SQL_FEEDS)]
    return stored


def test_the_real_ops_center_killed_inside_its_first_poll_keeps_the_pieces_committed_and_stores_what_one_unit_does(
        three_databases: tuple[Settings, Settings, Settings], tmp_path: Path) -> None:
    killed, whole, _ = three_databases
    _, want = _first_poll(whole, 1e9, 8.0)
    late = [replace(it, t=CLOCK + 8.0 * 3600.0 + k) for k, it in enumerate(stream(LATE, 36_000.0, seed=3))]
    log = tmp_path / "ops.log"
    env = {"SOC_HEALTH__UNIT_S": "0.000001", "SOC_OPS__POLL_INTERVAL_MS": "50"}
    with connect(killed, autocommit=True) as conn, connect(killed) as blocker:
        fill(conn, ENTRIES, 24 * 3600.0)
        write_rows(killed, service_rows(late, "late-"))
        clock = _clock(conn)
        blocker.execute("SELECT 1 FROM ops_watermarks WHERE consumer = 'ops' FOR UPDATE")
        procs = [start_soc(killed, log, "ops", "run", **env)]
        try:
            # a row lock is waited for on the holder's transaction id, not on the table
            kill_when_blocked(conn, procs[0], blocker, 300, "the first poll's transaction at its watermark")
            assert _clock(conn) == clock
            # the tick's pieces were committed before the poll's transaction, each with its log entry
            assert _count(conn, SQL_QUIET_XACTS) >= 2, log.read_text(errors="replace")[-3000:]
            assert _count(conn, "SELECT count(*) FROM ops_feed_log WHERE through_s IS NOT NULL") >= 2
            procs.append(start_soc(killed, log, "ops", "run", **env))

            def through() -> bool:
                row = conn.execute(SQL_CAUGHT_UP).fetchone()
                return _clock(conn) != clock and bool(row and row[0])

            wait_for(through, 300, "the restarted ops center through its first poll")
            got = _stored(conn)
        finally:
            stop_processes(procs)
    for name in [*SQL_STORED, "feeds"]:
        if name not in ("log", "ticks"):
            assert got[name] == want[name], f"{name} differs after a kill inside the first poll"
