"""An assignment ended in a transaction whose messages never left (the process died between
the commit and the publication) is ended at the agency's desk after the restart, whatever its
incident's state by then (docs/ops_center.md, "Messages survive a crash").

A Severe fire-panel alarm dispatches the fire route's agencies (fire, police, environment); the
fire desk reports acknowledged, then on scene. Then, with the service's publisher dead (it
raises, as a process killed at its first publication after the commit): a coordinator closes
the incident (its crew on scene is cleared), or the fire desk reports cleared, the other two
having cleared before (the incident open, no assignment of it live). A new service on the same
database is started and tells the agencies their work again. The broker's retained messages, as
the messages that reached it left them, must hold no assignment of that incident for the fire
desk: it has ended.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Agency, AssignmentState
from ops_center.messages import AgencyReport
from ops_center.service import OpsService
from tests.integration.ops_center.ops_helpers import ROUTING
from tests.integration.ops_center.test_ops_service import INSERT_EVENT, drain

pytestmark = pytest.mark.integration


class Died(BaseException):
    """The process is gone: nothing after this reaches the broker."""


class Broker:
    """The retained messages the broker holds, as the messages that reached it leave them."""

    def __init__(self) -> None:
        self.retained: dict[str, bytes] = {}
        self.dead = False

    def publish(self, topic: str, payload: bytes, *, retain: bool) -> None:
        if self.dead:
            raise Died
        if retain and payload:
            self.retained[topic] = payload
        elif retain:
            self.retained.pop(topic, None)


def _close(svc: OpsService, incident_id: str) -> None:
    svc.close_incident(incident_id, actor="coordinator-1", reason="火警已排除")


def _cleared(svc: OpsService, incident_id: str) -> None:
    svc.apply_report(AgencyReport(Agency.FIRE, incident_id, AssignmentState.CLEARED, "值班 fire", ""),
                     channel="mqtt", at=svc.clock())


@pytest.mark.parametrize(("end", "first"), [(_close, ()), (_cleared, (Agency.POLICE, Agency.ENVIRONMENT))],
                         ids=["closed", "cleared-by-its-desk"])
def test_an_assignment_ended_before_a_death_is_ended_at_the_desk_after_the_restart(
        db_settings: Settings, unique_id: str, end: Callable[[OpsService, str], None],
        first: tuple[Agency, ...]) -> None:
    broker = Broker()
    source = f"death-{unique_id}"
    lon = 120.64 + (hash(unique_id) % 1000) / 100_000  # its own place: joins no other test's fire
    now = datetime.now(UTC).replace(microsecond=0)
    with connect(db_settings, autocommit=True) as c1:
        svc = OpsService(c1, ROUTING, idle_after_s=None, publish=broker.publish)
        svc.start()
        c1.execute(INSERT_EVENT, (now - timedelta(minutes=1), source, "disaster", "fire_alarm", "k", "alarm",
                                  "Severe", lon, 24.17))
        drain(svc)
        row = c1.execute("SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (source,)).fetchone()
        assert row is not None
        incident_id = str(row[0])
        topic = f"soc/v1/dispatch/fire/assignment/{incident_id}"
        for state in (AssignmentState.ACKNOWLEDGED, AssignmentState.ON_SCENE):
            svc.apply_report(AgencyReport(Agency.FIRE, incident_id, state, "值班 fire", ""), channel="mqtt",
                             at=svc.clock())
        for agency in first:
            for state in (AssignmentState.ACKNOWLEDGED, AssignmentState.ON_SCENE, AssignmentState.CLEARED):
                svc.apply_report(AgencyReport(agency, incident_id, state, "值班", ""), channel="mqtt", at=svc.clock())
        assert json.loads(broker.retained[topic])["state"] == "on_scene"
        broker.dead = True
        with pytest.raises(Died):
            end(svc, incident_id)
        fire = c1.execute("SELECT state FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'",
                          (incident_id,)).fetchone()
    assert fire == ("cleared",)  # committed
    broker.dead = False
    with connect(db_settings, autocommit=True) as c2:
        again = OpsService(c2, ROUTING, idle_after_s=None, publish=broker.publish)
        again.start()
        again.republish_open()
    assert topic not in broker.retained
