"""``soc respond``: the simulated agency desks of the demo, on the real broker.

The shell around :mod:`sim.responder`: one :class:`common.mqtt.MqttShell` per
agency, logged in as ``agency-{name}`` (the broker's ACL lets it read and write
only ``soc/v1/dispatch/{name}/#``), subscribed to its assignments. Messages are
parsed on paho's thread and queued; one loop thread feeds them to the pure
responders with the clock and publishes what falls due as JSON status reports
on ``soc/v1/dispatch/{name}/status/{incident_id}``, which the ops center applies
like any agency's report. A malformed assignment message is counted and logged
once per agency, never fatal.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, ValidationError

from common.health import BROKER_DOWN_S, Heartbeat
from common.logging import log_event
from common.mqtt import MqttShell, account_client_id
from common.settings import Settings
from sim.responder import PROFILES, Profile, Responder

log = logging.getLogger(__name__)

PREFIX = "soc/v1/dispatch"
#: Longest sleep of the loop when nothing is due (also how fast it notices ``stop``).
MAX_IDLE_S = 0.5


class AssignmentMessage(BaseModel):
    """The fields of the center's assignment message the desk needs (others are ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    incident_id: str
    state: str
    deadline: datetime | None = None


@dataclass(slots=True)
class RespondStats:
    """What the desks did (for the CLI's summary and tests)."""

    received: int = 0
    malformed: int = 0
    published: dict[str, int] = field(default_factory=dict)


def run_responders(
    settings: Settings,
    stop: threading.Event,
    *,
    seed: int = 1,
    agencies: Sequence[str] = tuple(PROFILES),
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    on_publish: Callable[[str, str, str], None] | None = None,
    profiles: Mapping[str, Profile] = PROFILES,
    beat: bool = True,
) -> RespondStats:
    """Answer assignments for ``agencies`` until ``stop`` is set; returns what was done.

    ``profiles`` replaces the desks' behaviour (tests use an always-prompt desk).
    With ``beat``, the loop writes the heartbeat of service ``agencies`` (:mod:`common.health`),
    with how long a desk has been without the broker (``broker_down_s``).
    """
    inbox: queue.SimpleQueue[tuple[str, str, bytes]] = queue.SimpleQueue()
    responders = {a: Responder(a, profiles[a], seed) for a in agencies}
    shells: dict[str, MqttShell] = {}
    stats = RespondStats()
    warned: set[str] = set()
    for agency in agencies:
        shells[agency] = MqttShell(
            settings.mqtt,
            f"agency-{agency}",
            client_id=account_client_id(f"agency-{agency}", "simdesk"),
            name=f"desk_{agency}",
            subscriptions=(f"{PREFIX}/{agency}/assignment/+",),
            on_message=_enqueue(inbox, agency),
        )
    for shell in shells.values():
        shell.start()
    log_event(log, "desks_started", agencies=",".join(agencies), seed=seed)
    # Service "agencies": beats from this loop (it turns at least every MAX_IDLE_S).
    heartbeat = Heartbeat(settings, "agencies") if beat else None
    try:
        while not stop.is_set():
            if heartbeat is not None:
                # how long the longest-lost desk has been without the broker, read by the health
                # check as for the simulator: a desk cut off beats on but answers nothing
                lost = max((shell.down_for_s() for shell in shells.values()), default=0.0)
                heartbeat.maybe({"agencies": ",".join(agencies), BROKER_DOWN_S: round(lost, 1)})
            now = clock()
            wait = MAX_IDLE_S
            for r in responders.values():
                nxt = r.next_deadline()
                if nxt is not None:
                    wait = min(wait, max(0.0, (nxt - now).total_seconds()))
            try:
                agency, topic, payload = inbox.get(timeout=wait)
            except queue.Empty:
                pass
            else:
                stats.received += 1
                _feed(responders[agency], payload, clock(), stats, warned, agency=agency, topic=topic)
            now = clock()
            for agency, r in responders.items():
                for action in r.due(now):
                    body = {"state": action.stage.value, "by": f"模擬值班 {agency}", "note": "simulated desk"}
                    shells[agency].publish(f"{PREFIX}/{agency}/status/{action.incident_id}",
                                           json.dumps(body, ensure_ascii=False).encode())
                    stats.published[action.stage.value] = stats.published.get(action.stage.value, 0) + 1
                    if on_publish is not None:
                        on_publish(agency, action.incident_id, action.stage.value)
    finally:
        if heartbeat is not None:
            heartbeat.close()
        for shell in shells.values():
            shell.stop()
        log_event(log, "desks_stopped", received=stats.received, malformed=stats.malformed,
                  published=",".join(f"{k}:{v}" for k, v in sorted(stats.published.items())))
    return stats


def _enqueue(inbox: queue.SimpleQueue[tuple[str, str, bytes]], agency: str) -> Callable[[str, bytes], None]:
    def put(topic: str, payload: bytes) -> None:
        inbox.put((agency, topic, payload))

    return put


def _feed(r: Responder, payload: bytes, now: datetime, stats: RespondStats, warned: set[str], *,
          agency: str, topic: str) -> None:
    if not payload:
        return  # a cleared retained message
    try:
        msg = AssignmentMessage.model_validate_json(payload)
    except ValidationError as exc:
        stats.malformed += 1
        if agency not in warned:  # once per agency: a broken publisher would flood the log
            warned.add(agency)
            log_event(log, "assignment_malformed", logging.WARNING, agency=agency, topic=topic,
                      error=str(exc).splitlines()[0])
        return
    deadline = msg.deadline
    if deadline is not None and deadline.tzinfo is None:
        deadline = deadline.replace(tzinfo=UTC)
    r.on_assignment(msg.incident_id, msg.state, deadline, now)
