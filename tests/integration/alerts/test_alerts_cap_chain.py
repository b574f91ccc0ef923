"""An agency's CAP messages over the wire, as CAP 1.2 §3.2.1 means them: through the real
``soc ingest run`` and ``soc alerts run`` on the real database and Mosquitto, the CWA's
account publishes a heavy-rain Alert, a Test message, an Update raising the Alert's
severity and a Cancel, each Update and Cancel with ``references`` to what it follows.
The center keeps one alert, the first message's: raised, its severity raised by the Update,
ended by the Cancel; the Test message (status Test: "all recipients disregard") raises
nothing, and no Update or Cancel opens an alert of its own.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common.settings import Settings
from tests.fix_mqtt import MqttFactory
from tests.fix_services import start_soc, stop_processes, wait_while_running

pytestmark = pytest.mark.integration

SENDER = "weather@cwa.gov.tw"
ALERTS = """
SELECT source_id, state, severity, cleared_at IS NOT NULL, clear_cause FROM alerts
WHERE rule_id = 'external-cap' AND source_id LIKE %s ORDER BY alert_id
"""
STORED = "SELECT count(*) FROM events WHERE feed = 'cap' AND source_id LIKE %s"
BEATING = """
SELECT count(DISTINCT service) FROM service_heartbeats
WHERE service IN ('ingest', 'alerts') AND beat_at > now() - interval '5 s'
"""
EVALUATED = """
SELECT (SELECT events_wm FROM alert_watermarks WHERE consumer = 'alerts')
       > (SELECT max(received_at) FROM events WHERE feed = 'cap' AND source_id LIKE %s)
"""


def message(identifier: str, msg_type: str, sent: datetime, *, severity: str = "Severe",
            status: str = "Actual", follows: tuple[tuple[str, datetime], ...] = ()) -> bytes:
    """A CAP message as the wire contract's JSON (docs/mqtt.md, feed ``cap``)."""
    body: dict[str, Any] = {
        "identifier": identifier, "sender": SENDER, "sent": sent.isoformat(), "status": status,
        "msgType": msg_type,
        "info": {"event": "豪雨特報", "severity": severity,
                 "area": {"areaDesc": "臺中市西屯區", "circle": "24.18,120.65 3"}},
    }
    if follows:
        body["references"] = " ".join(f"{SENDER},{i},{t.isoformat()}" for i, t in follows)
    return json.dumps(body, ensure_ascii=False).encode()


def test_an_update_and_a_cancel_follow_the_alert_they_reference_and_a_test_message_raises_nothing(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, tmp_path: Path
) -> None:
    log = tmp_path / "center.log"
    procs = [start_soc(db_settings, log, "ingest", "run"), start_soc(db_settings, log, "alerts", "run")]
    first, test, update, cancel = (f"CWA-{unique_id}-{n}" for n in ("A", "T", "U", "C"))
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=3)
    cwa = mqtt_client("disaster")
    like = f"CWA-{unique_id}-%"
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            # ingest subscribed (it beats once connected): nothing published before is lost
            wait_while_running(procs[0], log, lambda: conn.execute(BEATING).fetchone() == (2,), "both beating",
                               bound_s=120)

            def publish(identifier: str, payload: bytes, stored: int) -> None:
                cwa.publish(f"soc/v1/disaster/cap/{identifier}", payload, qos=1).wait_for_publish(10)
                wait_while_running(procs[0], log, lambda: conn.execute(STORED, (like,)).fetchone() == (stored,),
                                   f"{identifier} stored", bound_s=60)

            def evaluated() -> list[tuple[Any, ...]]:
                wait_while_running(procs[1], log, lambda: bool((conn.execute(EVALUATED, (like,)).fetchone()
                                                                or (False,))[0]), "the CAP messages evaluated",
                                   bound_s=60)
                return conn.execute(ALERTS, (like,)).fetchall()

            publish(first, message(first, "Alert", t0), 1)
            publish(test, message(test, "Alert", t0 + timedelta(seconds=30), severity="Extreme", status="Test"), 2)
            raised = evaluated()
            publish(update, message(update, "Update", t0 + timedelta(minutes=1), severity="Extreme",
                                    follows=((first, t0),)), 3)
            updated = evaluated()
            publish(cancel, message(cancel, "Cancel", t0 + timedelta(minutes=2),
                                    follows=((first, t0), (update, t0 + timedelta(minutes=1)))), 4)
            ended = evaluated()
    finally:
        stop_processes(procs)
    assert raised == [(first, "raised", "Severe", False, None)]
    assert updated == [(first, "raised", "Extreme", False, None)]
    assert ended == [(first, "raised", "Extreme", True, "reported")]
