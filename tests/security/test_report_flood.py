"""One agency's flood of bad reports does not hold up another agency's acknowledgement.

Replays the probe against the real Mosquitto and a running ``soc ops run``: a broken
``agency-water`` desk publishes 4,000 malformed status reports in a burst, and the fire
bureau acknowledges its fire behind them, all queued at the broker while the center is
down. The coordinator on a typhoon night waits for that acknowledgement to plan the next
crew: it must be handled within the center's first turns, not behind the water desk's
backlog (judged by order, not by seconds). Every refused report is still audited with its reason.
"""

from __future__ import annotations

import json

from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import MqttFactory
from tests.integration.ops_center.test_ops_commands import (
    assignments,
    open_fire_incident,
    running_ops,
    wait_for,
)

FLOOD = 4_000


def test_a_flood_of_bad_reports_does_not_delay_another_agencys_ack(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str
) -> None:
    bad_topic = f"soc/v1/dispatch/water/status/inc-flood-{unique_id}"
    with connect(db_settings, autocommit=True) as conn:

        def refused() -> int:
            row = conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s"
                " AND reason IS NOT NULL AND reason <> ''", (bad_topic,)).fetchone()
            return int(row[0]) if row else 0

        with running_ops(db_settings):
            incident = open_fire_incident(conn, f"fa-flood-{unique_id}", 120.6528, 24.1972)
        # the center is down: its persistent session at the broker keeps the water desk's
        # burst and, behind it, the fire bureau's acknowledgement
        water = mqtt_client("agency-water")
        infos = [water.publish(bad_topic, b"{not json " + str(i).encode(), qos=1) for i in range(FLOOD)]
        infos[-1].wait_for_publish(30)
        fire = mqtt_client("agency-fire")
        fire.publish(f"soc/v1/dispatch/fire/status/{incident}",
                     json.dumps({"state": "acknowledged", "by": "duty officer"}), qos=1).wait_for_publish(5)
        with running_ops(db_settings):
            wait_for(lambda: assignments(conn, incident).get("fire") == "acknowledged", "the fire bureau's ack", 120)
            before_ack = refused()
            wait_for(lambda: refused() >= FLOOD, "every bad report audited", 120)
        assert refused() == FLOOD
        # first come first served would handle all 4,000 before it
        assert before_ack < FLOOD // 2, (
            f"{before_ack} of the water desk's {FLOOD} bad reports were handled before the fire bureau's ack"
        )
