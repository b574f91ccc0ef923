"""An incident that did not change is told again with its last CAP message, not a new Update.

The ops center tells every agency its live work again whenever it is opened anew (a restart,
a fresh connection after a database outage). An agency's CAP system shows every Update as a
change of its alert, so an Update that says what the last message said is noise among the real
changes of a storm night (docs/ops_center.md, "CAP 1.2": an Update when severity or the agencies
change). Here a dispatched fire is told again by a worker opened anew, three times: no message
is added to the CAP log, and each agency's retained message carries the last one sent.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import psycopg
import pytest
from lxml import etree

from common.settings import Settings
from tests.integration.ops_center.ops_helpers import INSERT_FIRE_ALARM, clocked_worker, open_and_step

pytestmark = pytest.mark.integration

NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
CAP_OUT = "SELECT identifier, msg_type FROM ops_cap_messages WHERE incident_id = %s AND direction = 'out' ORDER BY sent"


def test_an_unchanged_incident_is_told_again_with_its_last_cap_message(
        db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    now = [time.time()]
    worker, sent = clocked_worker(db_settings, now)
    source = f"fa-{unique_id}"
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(INSERT_FIRE_ALARM, (datetime.fromtimestamp(now[0], tz=UTC), source))
        open_and_step(worker, conn)
        row = conn.execute("SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (source,)).fetchone()
        assert row is not None
        incident_id = str(row[0])
        first = conn.execute(CAP_OUT, (incident_id,)).fetchall()
        worker.close(conn)
    assert [m for _i, m in first] == ["Alert"]
    for k in range(3):  # the database away, the worker opened anew on a fresh connection
        now[0] += 30.0
        told_from = len(sent)
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            open_and_step(worker, conn)
            after = conn.execute(CAP_OUT, (incident_id,)).fetchall()
            worker.close(conn)
        assert after == first, f"opening {k + 1}: the CAP log grew by {after[len(first):]}"
        told = {t.split("/")[3]: json.loads(p) for t, p in sent[told_from:]
                if t.startswith("soc/v1/dispatch/") and t.endswith(f"/assignment/{incident_id}") and p}
        assert set(told) == {"fire", "police", "environment"}, f"opening {k + 1}: told {sorted(told)}"
        for agency, body in told.items():
            doc = etree.fromstring(body["cap"].encode())
            assert doc.findtext("cap:identifier", namespaces=NS) == first[-1][0], agency
            assert doc.findtext("cap:msgType", namespaces=NS) == "Alert", agency
