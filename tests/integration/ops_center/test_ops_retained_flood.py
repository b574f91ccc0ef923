"""More retained junk on an agency's topics than the ops center queues leaves it listening.

An agency's desk may publish retained status messages, each on a topic of its own; the
broker keeps them all and sends every one to the center at its subscription, far faster
than the center refuses them (one audited refusal and one clearing publish each). Here
11,000 such messages wait on a private broker when the real ``soc ops run`` starts, more
than the 10,000 the center holds unacknowledged. A report the desk publishes after them
must still be received and audited by the same process: the center must neither drop its
connection's reader nor be sent more than it can hold.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import paho.mqtt.client as mqtt
import psycopg
import pytest

from common.settings import Settings
from ops_center.service import OpsWorker
from tests.integration.ingest.ingest_helpers import close, publish_all, publisher
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

JUNK = OpsWorker.IN_FLIGHT + 1_000
#: A report one level too shallow: refused and audited as ``bad_topic`` (docs/ops_center.md).
PROBE = "soc/v1/dispatch/police/status"


def _rejected(conn: psycopg.Connection, reason: str) -> int:
    row = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'dispatch.rejected' AND reason = %s",
                       (reason,)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_flood_of_retained_reports_beyond_the_queue_leaves_the_center_listening(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    desk = publisher(s, "agency-police")
    try:
        assert isinstance(desk, mqtt.Client)
        infos = [desk.publish(f"{PROBE}/junk-{i}", b'{"state": "acknowledged"}', qos=1, retain=True)
                 for i in range(JUNK)]
        for info in infos:
            info.wait_for_publish(120)
        ops = start()
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            wait_for(lambda: _rejected(conn, "retained") > 0, 120, "the center refusing the retained junk")
            publish_all(desk, [(PROBE, b'{"state": "acknowledged"}')])
            wait_for(lambda: ops.poll() is not None or _rejected(conn, "bad_topic") == 1, 120,
                     "the report published after the junk audited")
            assert ops.poll() is None, "the ops center exited"
            assert _rejected(conn, "bad_topic") == 1
            twice = conn.execute("SELECT subject_id FROM audit_log WHERE action = 'dispatch.rejected'"
                                 " GROUP BY subject_id HAVING count(*) > 1").fetchall()
            assert twice == []
    finally:
        close(desk)
