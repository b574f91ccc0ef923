"""Hostile agency messages against the real database: each is refused and audited, none stops the center.

The ops center's MQTT intake holds a message until it has been applied (QoS 1), so a
message whose handling raises is delivered again after every restart: one message
PostgreSQL cannot store (a NUL in a string) would keep the center down for good.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsService

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")


@pytest.mark.parametrize("payload", [
    b'{"state": "en_route", "by": "\\u0000"}',           # a NUL in the display name
    b'{"state": "en_route", "note": "a\\u0000b"}',       # a NUL in the note
    b'{"state": \x00 "en_route"}',                       # a raw NUL byte: not JSON
    b"\xff\xfe\x00\x00",                                 # not UTF-8, with NULs
], ids=["nul-by", "nul-note", "raw-nul", "binary"])
def test_a_status_report_postgresql_cannot_store_is_refused_and_audited(
    db_settings: Settings, unique_id: str, payload: bytes
) -> None:
    topic = f"soc/v1/dispatch/public_works/status/inc-{unique_id}"
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
        svc.start()
        assert svc.apply_message(topic, payload) == 0
        assert svc.refuse_retained(topic, payload) == 1
        rows = conn.execute(
            "SELECT reason FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id IN (%s, %s)",
            (topic, f"inc-{unique_id}"),
        ).fetchall()
    assert len(rows) == 2, rows
