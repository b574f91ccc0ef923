"""One agency's flood of bad reports does not hold up another agency's acknowledgement.

Replays the probe against the real Mosquitto and a running ``soc ops run``: a broken
``agency-water`` desk publishes 4,000 malformed status reports in a burst, and the fire
bureau acknowledges its fire while they are queued. The coordinator on a typhoon night
waits for that acknowledgement to plan the next crew: it must land within 5 s, not
after the water desk's backlog. Every refused report is still audited with its reason.
"""

from __future__ import annotations

import json
import time

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
#: The longest a coordinator can wait for an agency's acknowledgement while acting on it.
ACK_WITHIN_S = 5.0


def test_a_flood_of_bad_reports_does_not_delay_another_agencys_ack(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str
) -> None:
    with running_ops(db_settings), connect(db_settings, autocommit=True) as conn:
        incident = open_fire_incident(conn, f"fa-flood-{unique_id}", 120.6528, 24.1972)
        water = mqtt_client("agency-water")
        bad_topic = f"soc/v1/dispatch/water/status/inc-flood-{unique_id}"
        infos = [water.publish(bad_topic, b"{not json " + str(i).encode(), qos=1) for i in range(FLOOD)]
        infos[-1].wait_for_publish(30)
        fire = mqtt_client("agency-fire")
        t0 = time.monotonic()
        fire.publish(f"soc/v1/dispatch/fire/status/{incident}",
                     json.dumps({"state": "acknowledged", "by": "duty officer"}), qos=1).wait_for_publish(5)
        wait_for(lambda: assignments(conn, incident).get("fire") == "acknowledged", "the fire bureau's ack", 120)
        waited = time.monotonic() - t0

        def refused() -> int:
            row = conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s"
                " AND reason IS NOT NULL AND reason <> ''", (bad_topic,)).fetchone()
            return int(row[0]) if row else 0

        wait_for(lambda: refused() >= FLOOD, "every bad report audited", 120)
        assert refused() == FLOOD
        assert waited <= ACK_WITHIN_S, f"the fire bureau's ack waited {waited:.1f} s behind the water desk's flood"
