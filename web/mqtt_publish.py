"""Publish one MQTT message as one of the project's accounts (for agency reports from the API).

The ops center takes agency reports only from ``soc/v1/dispatch/{agency}/...``,
where the broker's ACL guarantees that the sender *is* that agency. An agency
member acting through the web API therefore publishes with its agency's own
account (password derived from ``settings.mqtt``), exactly as the agency's own
systems would; the running ops service applies it.
"""

from __future__ import annotations

from common.errors import ServiceError
from common.mqtt import MqttShell, account_client_id
from common.settings import Settings


def publish_as(
    settings: Settings, account: str, topic: str, payload: bytes, *, timeout_s: float = 5.0
) -> None:
    """Connect as ``account``, publish at QoS 1, wait for the PUBACK, disconnect.

    Uses the shared MQTT shell (:class:`common.mqtt.MqttShell`). Raises
    :class:`ServiceError` if the broker refuses or does not answer in time (the
    web layer answers 503: the report was not delivered and may be retried).
    """
    shell = MqttShell(settings.mqtt, account, client_id=account_client_id(account, "web"), name="web_publish")
    try:
        shell.start(wait_s=timeout_s)
    except ServiceError as exc:
        raise ServiceError(f"MQTT connect as {account} failed: {exc}", service="mosquitto") from exc
    try:
        info = shell.publish(topic, payload, qos=1)
        try:
            info.wait_for_publish(timeout_s)
        except (RuntimeError, ValueError) as exc:  # paho: lost before it was sent
            raise ServiceError(f"publish to {topic} failed: {exc}", service="mosquitto") from exc
        if not info.is_published():
            raise ServiceError(f"no PUBACK for {topic}", service="mosquitto")
    finally:
        shell.stop()
