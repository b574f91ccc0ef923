"""What the ops center committed reaches the agencies' desks after a kill -9 between its commit
and its publication.

``soc ops run`` on a private TimescaleDB + Mosquitto, the reports through the real broker and
ingest worker: a patrol's report of cars trapped in water opens a rescue job, the fire bureau is
sent and its desk acknowledges; the flood reported 40 m along the street takes the rescue, and the
fire bureau's assignment is carried over to the flood (docs/ops_center.md, "When an incident is
routed"). The ops center is held after the carry-over's commit and before its messages leave:
its next statement, which reads the incidents' short numbers for the messages, waits on a lock
the test holds on ``ops_incidents``; it is killed there with SIGKILL and started again. The
fire desk's retained assignment messages must then name the flood only: the rescue's, ended,
is cleared (docs/ops_center.md, "Messages survive a crash").
"""

from __future__ import annotations

import json
import signal
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.integration.ingest.ingest_helpers import running_worker
from tests.integration.ops_center.ops_helpers import (
    fire_assignments,
    fire_crew_sent,
    fire_retained,
    police_report,
    publish_police,
    stored,
    wait_for,
)
from tests.integration.ops_center.test_ops_carry_over_kill import SQL_MID_CARRY_OVER, TRAPPED, WATER

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Sessions other than ``%s`` waiting for a lock on the incidents' table: the ops center after
#: its commit, reading the short numbers of the incidents its messages name.
SQL_WAITING_ON_INCIDENTS = """
SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'ops_incidents'::regclass AND pid <> %s
"""


def test_a_kill_after_a_carry_overs_commit_and_before_its_messages_leave_the_desk_keeps_only_the_job(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    ops = start()
    with (running_worker(s, "told-ingest"), connect(s, autocommit=True) as conn, connect(s) as audit_lock,
          connect(s) as incidents_lock):
        rescue = fire_crew_sent(s, conn, "soc/v1/police/incident/told-trapped", police_report(t0, *TRAPPED))
        assert fire_retained(s, rescue) == {rescue: "acknowledged"}
        # the flood's report stored while the center is down; the carry-over's poll is held at
        # its audit rows, then the incidents' table is asked for whole, behind that poll
        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        publish_police(s, "soc/v1/police/incident/told-water", police_report(t0 + timedelta(minutes=2), *WATER))
        wait_for(lambda: stored(conn, ["told-water"]) == 1, 30, "the water report stored")
        audit_lock.execute("LOCK TABLE audit_log IN SHARE MODE")
        ops = start()
        wait_for(lambda: conn.execute(SQL_MID_CARRY_OVER).fetchone() == (1,), 90,
                 "the center's poll in the middle of the carry-over")
        lock_pid = incidents_lock.info.backend_pid
        locker = threading.Thread(
            target=lambda: incidents_lock.execute("LOCK TABLE ops_incidents IN ACCESS EXCLUSIVE MODE"))
        locker.start()
        wait_for(lambda: conn.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s",
                                      (lock_pid,)).fetchone() == ("Lock",), 30, "the lock asked for")
        audit_lock.rollback()  # the poll commits; the lock is granted; the center's next read waits
        locker.join(60)
        assert not locker.is_alive()
        flood = str(wait_for(lambda: conn.execute("SELECT survivor FROM ops_merges WHERE absorbed = %s",
                                                  (rescue,)).fetchone(), 30, "the merge committed")[0])
        wait_for(lambda: conn.execute(SQL_WAITING_ON_INCIDENTS, (lock_pid,)).fetchone() == (1,), 60,
                 "the center waiting to read the incidents' numbers after its commit")
        assert fire_assignments(conn) == sorted([(rescue, "cancelled"), (flood, "acknowledged")])
        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        incidents_lock.rollback()

        with desk_view(s) as seen:  # the desk connected before the restart: all it is told after
            start()
            wait_for(lambda: flood in seen, 60, "the flood's assignment told")
            view = {incident: json.loads(payload)["state"] for incident, payload in seen.items() if payload}
    assert view == {flood: "acknowledged"}


@contextmanager
def desk_view(settings: Settings) -> Iterator[dict[str, bytes]]:
    """What the fire desk holds of its assignments while connected: the last message of each
    incident's assignment topic, the retained ones it is sent on subscribing first (an empty
    payload: a retained message cleared, nothing held)."""
    seen: dict[str, bytes] = {}
    granted = threading.Event()
    desk = connect_client(settings, "agency-fire")
    desk.on_subscribe = lambda *_args: granted.set()
    desk.on_message = lambda _c, _u, m: seen.__setitem__(m.topic.rsplit("/", 1)[-1], bytes(m.payload))
    try:
        desk.subscribe("soc/v1/dispatch/fire/assignment/#", qos=1)
        assert granted.wait(30), "no SUBACK for the fire desk"
        yield seen
    finally:
        desk.disconnect()
        desk.loop_stop()
