"""More retained junk on an agency's topics than the ops center's window leaves it listening.

An agency's desk may publish retained status messages, each on a topic of its own; the
broker keeps them all and sends every one to the center at its subscription, far faster
than the center refuses them (one audited refusal and one clearing publish each). Here the
real ``soc ops run`` hangs (SIGSTOP) while a desk publishes 11,000 of them, more than the
10,000 it asks the broker to send unacknowledged, and is killed and started again on its
session: the window is resent, then the retained copies of its new subscription. A report
the desk publishes after them must still be received and audited by the new process, with
nothing dropped: the center must neither lose its connection's reader nor a message.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import paho.mqtt.client as mqtt
import psycopg
import pytest

from common.settings import Settings
from ops_center.service import OpsWorker
from tests.fix_services import wait_while_running
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


def test_a_flood_of_retained_reports_beyond_the_window_leaves_the_center_listening(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]], tmp_path: Path) -> None:
    s, start = center
    log = tmp_path / "ops.log"
    first = start()
    wait_while_running(first, log, lambda: "ops_started" in log.read_text(errors="replace"),
                       "the ops center subscribed and started")
    desk = publisher(s, "agency-police")
    try:
        assert isinstance(desk, mqtt.Client)
        os.kill(first.pid, signal.SIGSTOP)  # hung: the broker fills its window and queues the rest
        infos = [desk.publish(f"{PROBE}/junk-{i}", b'{"state": "acknowledged"}', qos=1, retain=True)
                 for i in range(JUNK)]
        for info in infos:
            info.wait_for_publish(120)
        first.kill()  # its session stays, its window in flight
        first.wait(30)
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
        text = log.read_text(errors="replace")
        assert "ops_message_dropped" not in text
        assert "Traceback" not in text
    finally:
        close(desk)
