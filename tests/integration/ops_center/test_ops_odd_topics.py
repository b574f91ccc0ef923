"""An agency report on a topic outside the contract's shape is refused and audited, never lost
unseen.

The broker lets ``agency-{name}`` write anywhere under ``soc/v1/dispatch/{name}/status/#``
and ``.../ack/#`` and acknowledges what it writes there; a desk that publishes one level too
few or too many (``.../status``, ``.../status/inc-1/extra``) gets its PUBACK. The real
``soc ops run`` must then receive such a message and audit it as ``dispatch.rejected``
(``bad_topic``), as ingest quarantines a feed topic of the wrong shape, instead of the
broker dropping it for want of a subscriber.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests.fix_services import stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import close, publish_all, publisher
from tests.integration.ops_center.ops_helpers import start_ops

pytestmark = pytest.mark.integration

ODD = ("soc/v1/dispatch/police/status", "soc/v1/dispatch/police/status/inc-0000000000000000/extra",
       "soc/v1/dispatch/police/ack/inc-0000000000000000/a/b")


def _rejected(conn: psycopg.Connection, topic: str) -> list[str]:
    rows = conn.execute("SELECT reason FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s",
                        (topic,)).fetchall()
    return [str(r[0]) for r in rows]


def test_a_report_on_an_odd_topic_is_refused_and_audited(db_settings: Settings, db_dsn: str, tmp_path: Path) -> None:
    log = tmp_path / "ops.log"
    ops = start_ops(db_settings, log)
    try:
        wait_while_running(ops, log, lambda: "ops_started" in log.read_text(errors="replace"),
                           "the ops center subscribed and started")
        pub = publisher(db_settings, "agency-police")
        try:
            publish_all(pub, [(t, b'{"state": "acknowledged"}') for t in ODD])  # PUBACKed by the broker
        finally:
            close(pub)
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            wait_while_running(ops, log, lambda: all(_rejected(conn, t) for t in ODD),
                               f"every odd topic audited as rejected: {ODD}")
            assert {t: _rejected(conn, t) for t in ODD} == {t: ["bad_topic"] for t in ODD}
    finally:
        stop_processes([ops])
