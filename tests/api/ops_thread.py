"""The ops service in a thread over the module's database, and the rows that seed an incident:
shared by the API tests of a coordinator's commands (assign, reassign, close, reopen, link)."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager

from common.settings import Settings
from ops_center.service import run_ops
from tests.fix_mqtt import connect_client

#: An incident at 水湳 (``%(inc)s``, ``%(state)s``, ``%(t)s``): a severe fire with one member.
INSERT_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, hull)
VALUES (%(inc)s, 'fire', %(state)s, 'Severe', 3100, ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s,
    %(t)s, ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326),
    ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326))
"""
#: A panel's fire alarm (``%(key)s``) as the seed of the incident ``%(inc)s`` at ``%(t)s``.
INSERT_MEMBER = """
INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed, category,
    severity, signal, via, anchor, distance_m, dt_s, observed_at, joined_at, geom)
VALUES (%(key)s, %(inc)s, %(inc)s, 'event', 'disaster', 'fire_alarm', 'alarm', 'Severe', 'fire', 'seed', true,
    0, 0, %(t)s, %(t)s, ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326))
"""
#: An assignment (incident, agency, assigned and state since, deadline), waiting for its ack.
INSERT_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    deadline) VALUES (%s, %s, 'assigned', 'all', %s, %s, %s)
"""

#: Every agency a coordinator's command in these tests may reach.
AGENCIES = ("fire", "police", "water", "traffic", "public_works", "disaster")


@contextmanager
def ops_service(settings: Settings, incidents: Collection[str]) -> Iterator[None]:
    """`soc ops run` in a thread (20 ms polls) for the block; after it, the retained assignment
    messages of ``incidents`` are cleared from the shared broker (every module's incidents have
    ids of their own, and a retained message outlives the module)."""
    fast = settings.model_copy(update={"ops": settings.ops.model_copy(update={"poll_interval_ms": 20})})
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run_ops(fast, stop=stop)), daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join(15)
        center = connect_client(settings, "center")
        for inc in incidents:
            for agency in AGENCIES:
                center.publish(f"soc/v1/dispatch/{agency}/assignment/{inc}", b"", qos=1,
                               retain=True).wait_for_publish(5)
        center.disconnect()
        center.loop_stop()
    assert result == [0]
