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
step, and in one unit. The first poll must take many steps in the first, and both must
store the same decisions with the same times: incidents, members, merges, items left
out, the center's timeline (``quiet`` dated at the tick's clock) and the replay log.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from bench.ops import service_rows, stream
from bench.ops_open import CLOCK, ROUTING, fill
from common.db import connect
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsWorker
from tests.fix_db import scratch_database
from tests.integration.ops_center.ops_helpers import SQL_DECISIONS, write_rows

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
}


@pytest.fixture
def two_databases(settings: Settings, db_template: str) -> Iterator[tuple[Settings, Settings]]:
    with scratch_database(settings, db_template) as a, scratch_database(settings, db_template) as b:
        yield a, b


def _first_poll(own: Settings, unit_s: float, gap_h: float) -> tuple[int, dict[str, list[tuple[Any, ...]]]]:
    """The log filled, the late rows committed, the worker opened; steps until the first poll
    committed. Returns the steps it took and what is stored."""
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
        while worker.step(conn, datetime.now(UTC)):  # the rest of the poll, then an idle one
            pass
        stored = {name: [tuple(r) for r in conn.execute(sql)] for name, sql in SQL_STORED.items()}
    return steps, stored


def _clock(conn: Any) -> datetime:
    row = conn.execute("SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'").fetchone()
    assert row is not None
    return row[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize("gap_h", [8.0, 1.5])
def test_the_first_poll_after_a_long_replay_is_cut_into_units_and_stores_what_one_unit_does(
        two_databases: tuple[Settings, Settings], gap_h: float) -> None:
    cut, whole = two_databases
    steps, got = _first_poll(cut, 1e-9, gap_h)
    one, want = _first_poll(whole, 1e9, gap_h)
    assert one == 1
    quieted = sum(1 for row in want["timeline"] if row[2] == "quiet")
    assert quieted >= 20, f"{quieted} incidents gone quiet in the first poll: not the case under test"
    # every piece a step of its own: the runner could beat between any two
    assert steps >= 5, f"the first poll took {steps} step(s) with units of 1 ns"
    for name in SQL_STORED:
        assert got[name] == want[name], f"{name} differs between the poll in units and in one"
