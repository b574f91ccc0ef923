"""The stored messages (``ops_outbox``) the broker has acknowledged are deleted at the next
flush, also when that flush publishes new ones the broker has not acknowledged yet
(docs/ops_center.md, "Messages survive a crash"): under a steady stream of changes every
flush publishes something, and the table must not keep, and a restart publish again, every
message since the last quiet moment.

A Severe fire-panel alarm dispatches the fire route's agencies; the fire desk then reports
acknowledged, the broker acknowledges what that published, and the desk reports on scene
while the broker has not acknowledged its messages yet. The table holds the on-scene move's
messages only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center import repo
from ops_center.dispatch import Agency, AssignmentState
from ops_center.messages import AgencyReport
from ops_center.service import OpsService
from tests.integration.ops_center.ops_helpers import ROUTING
from tests.integration.ops_center.test_ops_service import INSERT_EVENT, drain

pytestmark = pytest.mark.integration


@dataclass
class Delivery:
    """A message handed to the client: gone out on the connection (``rc`` 0), acknowledged
    once the broker's PUBACK came (``acked``)."""

    acked: bool
    rc: int = 0

    def is_published(self) -> bool:
        return self.acked


class Broker:
    """Acknowledges what it is told to: at once while ``prompt``, else when :meth:`ack` is called."""

    def __init__(self) -> None:
        self.prompt = True
        self.pending: list[Delivery] = []

    def publish(self, topic: str, payload: bytes, *, retain: bool) -> Delivery:
        d = Delivery(acked=self.prompt)
        self.pending.append(d)
        return d

    def ack(self) -> None:
        for d in self.pending:
            d.acked = True
        self.pending.clear()


def _states(messages: list[repo.Message], incident_id: str) -> list[object]:
    """The states of the stored assignment messages of ``incident_id`` (replies and clearings: None)."""
    out: list[object] = []
    for _topic, payload, _retain in messages:
        body = payload if isinstance(payload, dict) else None
        if body is not None and body.get("incident_id") == incident_id:
            out.append(body.get("state"))
    return out


def test_acknowledged_rows_are_deleted_while_newer_ones_wait(db_settings: Settings, unique_id: str) -> None:
    broker = Broker()
    source = f"outbox-{unique_id}"
    lon = 120.64 + (hash(unique_id) % 1000) / 100_000  # its own place: joins no other test's fire
    now = datetime.now(UTC).replace(microsecond=0)
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, publish=broker.publish)
        svc.start()
        conn.execute(INSERT_EVENT, (now - timedelta(minutes=1), source, "disaster", "fire_alarm", "k", "alarm",
                                    "Severe", lon, 24.17))
        drain(svc)
        row = conn.execute("SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (source,)).fetchone()
        assert row is not None
        incident_id = str(row[0])
        svc.poll_once()  # every message so far acknowledged at once: nothing stored is left
        assert repo.staged_messages(conn) == []

        broker.prompt = False
        svc.apply_report(AgencyReport(Agency.FIRE, incident_id, AssignmentState.ACKNOWLEDGED, "值班 fire", ""),
                         channel="mqtt", at=svc.clock())
        assert _states(repo.staged_messages(conn), incident_id) == ["acknowledged"]  # not acknowledged yet
        broker.ack()
        svc.apply_report(AgencyReport(Agency.FIRE, incident_id, AssignmentState.ON_SCENE, "值班 fire", ""),
                         channel="mqtt", at=svc.clock())
        stored = repo.staged_messages(conn)
        assert _states(stored, incident_id) == ["on_scene"], json.dumps(
            [(t, p if isinstance(p, dict) else p.decode(errors="replace"), r) for t, p, r in stored],
            ensure_ascii=False)[:2000]
        broker.ack()
        svc.poll_once()
        assert repo.staged_messages(conn) == []
