"""The simulator's shell: paho-mqtt 2 clients, pacing, recording, ground truth, replay.

One MQTT v5 client per agency account (disaster, traffic, police, citizen),
each logged in with its own password (``settings.mqtt.password_for``), so the
broker's ACL applies exactly as it would to the agencies' gateways. All
messages go out at QoS 1; the number of unacknowledged messages is bounded
(:data:`MAX_IN_FLIGHT`) so that ``--speed 0`` cannot queue a whole day in memory.
A PUBACK with a failure reason (MQTT v5, e.g. 0x87 not authorised) is counted
as ``refused``.

Last will: an MQTT connection has one will. Each account's client sets it on
the status topic of that account's first periodic device (else its first
device; ``{"state": "offline"}``, retained), standing for the gateway: if the
simulator dies, the center sees that device go offline. Per-device silence is
simulated by the faults scenario itself.

Pacing: message ``m`` of a pass is due ``(m.scenario_time - sim_start) / speed``
seconds after the pass starts (``speed`` 0: at once). For live runs the pass's
:class:`~sim.model.TimeMap` maps simulated time onto the wall clock with the
same factor, so payload timestamps are the moments of publication.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import paho.mqtt.client as mqtt

from common.errors import ServiceError
from common.health import BROKER_DOWN_S, Heartbeat
from common.logging import log_event
from common.mqtt import MqttShell, account_client_id
from common.settings import FEED_ACCOUNTS, MqttSettings, Settings
from sim import payloads
from sim.errors import PublishError, ScenarioError
from sim.model import SimMessage, TimeMap
from sim.recording import PassHeader, header_line, message_line, read_messages
from sim.registry import Registry, load_registry
from sim.scenarios import get_scenario
from sim.scenarios.base import Scenario
from sim.truth import to_json

log = logging.getLogger("soc.sim")

MAX_IN_FLIGHT = 1000
CONNECT_TIMEOUT_S = 10.0
FLUSH_TIMEOUT_S = 60.0
#: How long a stopped run waits for the acknowledgements of what it sent.
STOP_FLUSH_S = 5.0
#: How often a publish or flush waiting for an in-flight slot beats.
SLOT_WAIT_S = 1.0


@dataclass(frozen=True, slots=True)
class PublishStats:
    """What a run published: ``acknowledged + refused == published`` once flushed."""

    published: int
    acknowledged: int
    refused: int
    passes: int


def will_topics(registry: Registry) -> dict[str, str]:
    """Account → status topic of its first periodic device, else of its first device
    (see the module docstring); accounts without devices (citizen) get no will."""
    out: dict[str, str] = {}
    for sensor in (*registry.periodic(), *registry):
        out.setdefault(sensor.agency, sensor.status_topic)
    return out


class Publisher:
    """Connected clients for the feed accounts; use as a context manager.

    ``publish(m)`` sends ``m`` with ``m.account``'s client and blocks while
    :data:`MAX_IN_FLIGHT` messages await their PUBACK; ``flush()`` waits for all.
    Both call their ``beat`` every :data:`SLOT_WAIT_S` while they wait: during a broker
    outage the slots stay taken (paho keeps the messages and resends them after the
    reconnect), and a process that stopped beating would be killed by ``soc demo`` with
    every message it holds.
    """

    def __init__(
        self,
        mqtt_settings: MqttSettings,
        *,
        accounts: Iterable[str] = FEED_ACCOUNTS,
        wills: Mapping[str, str] | None = None,
        max_in_flight: int = MAX_IN_FLIGHT,
    ) -> None:
        self._settings = mqtt_settings
        self._accounts = tuple(accounts)
        self._wills = dict(wills or {})
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._max_in_flight = max_in_flight
        self._lock = threading.Lock()
        self._clients: dict[str, mqtt.Client] = {}
        self._shells: dict[str, MqttShell] = {}
        self.published = 0
        self.acknowledged = 0
        self.refused = 0

    # --- lifecycle
    def __enter__(self) -> Publisher:
        try:
            for account in self._accounts:
                self._clients[account] = self._connect(account)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _connect(self, account: str) -> mqtt.Client:
        # The shared MQTT shell: reconnects by itself, logs the broker's loss and
        # return once each (sim_{account}_mqtt_unavailable / _available).
        shell = MqttShell(self._settings, account, client_id=account_client_id(account, "sim"),
                          name=f"sim_{account}")
        client = shell.client
        will = self._wills.get(account)
        if will is not None:
            client.will_set(will, payloads.last_will(), qos=1, retain=True)
        client.max_inflight_messages_set(min(self._max_in_flight, 65_535))
        client.max_queued_messages_set(0)  # bounded by our semaphore instead
        client.on_publish = self._on_publish
        try:
            shell.start(wait_s=CONNECT_TIMEOUT_S)
        except ServiceError as exc:
            raise PublishError(f"broker refused {account}: {exc}", account=account) from exc
        self._shells[account] = shell
        log_event(log, "sim_client_connected", logging.DEBUG, account=account)
        return client

    def _on_publish(self, client: mqtt.Client, userdata: object, mid: int, reason: Any, props: object) -> None:
        with self._lock:
            if getattr(reason, "is_failure", False):
                self.refused += 1
            else:
                self.acknowledged += 1
        self._slots.release()

    def close(self) -> None:
        """Disconnect every client cleanly (no last will is sent)."""
        for shell in self._shells.values():
            shell.stop()
        self._shells.clear()
        self._clients.clear()

    # --- publishing
    def broker_down_s(self) -> float:
        """How long the longest-lost client has been without the broker (0 when all are up)."""
        return max((shell.down_for_s() for shell in self._shells.values()), default=0.0)

    def publish(self, m: SimMessage, beat: Callable[[], None] | None = None,
                stop: threading.Event | None = None) -> bool:
        """Send one message; blocks while too many await acknowledgement, calling ``beat``.

        Returns ``False``, with ``m`` not sent, when ``stop`` is set while it waits: with the
        broker away every slot stays taken, and a stop must not wait for the broker.
        """
        client = self._clients.get(m.account)
        if client is None:
            raise PublishError(f"no client for account {m.account!r}", account=m.account)
        while not self._slots.acquire(timeout=SLOT_WAIT_S):
            if beat is not None:
                beat()
            if stop is not None and stop.is_set():
                return False
        info = client.publish(m.topic, m.payload, qos=m.qos, retain=m.retain)
        if info.rc not in (mqtt.MQTT_ERR_SUCCESS, mqtt.MQTT_ERR_NO_CONN):
            # NO_CONN: paho keeps the message and sends it after reconnecting.
            self._slots.release()
            raise PublishError(f"publish failed: {mqtt.error_string(info.rc)}", account=m.account)
        # The slot comes back in on_publish: on the PUBACK for QoS 1, once sent for QoS 0.
        self.published += 1
        return True

    def flush(self, timeout: float = FLUSH_TIMEOUT_S, beat: Callable[[], None] | None = None) -> bool:
        """Wait until every QoS 1 message is acknowledged, calling ``beat``; ``False`` on timeout."""
        deadline = time.monotonic() + timeout
        taken = 0
        try:
            while taken < self._max_in_flight:
                left = deadline - time.monotonic()
                if self._slots.acquire(timeout=max(0.0, min(left, SLOT_WAIT_S))):
                    taken += 1
                    continue
                if left <= SLOT_WAIT_S:
                    return False
                if beat is not None:
                    beat()
            return True
        finally:
            for _ in range(taken):
                self._slots.release()

    def stats(self, passes: int) -> PublishStats:
        """Counters so far."""
        with self._lock:
            return PublishStats(self.published, self.acknowledged, self.refused, passes)


# ------------------------------------------------------------------ runs


@dataclass(frozen=True, slots=True)
class RunOptions:
    """The arguments of ``soc simulate``."""

    scenario: str | None
    speed: float = 60.0
    seed: int = 1
    duration: timedelta | None = None
    start: datetime | None = None
    repeat: bool = False
    record: Path | None = None
    replay: Path | None = None
    truth: Path | None = None
    registry: Path = Path("geo/data/sensors.geojson")
    dry_run: bool = False
    max_passes: int | None = None  # for tests of --repeat
    heartbeat: bool = True  # service "simulator" in service_heartbeats while publishing


def _pace(
    messages: Iterable[SimMessage], sim_start: datetime, speed: float, stop: threading.Event,
    beat: Callable[[], None] | None = None,
) -> Iterator[SimMessage]:
    """Yield each message when it is due (see the module docstring); stops when ``stop`` is set.

    ``beat`` is called before each message and at least every second while waiting.
    """
    t0 = time.monotonic()
    for m in messages:
        if stop.is_set():
            return
        if speed > 0:
            due = t0 + (m.scenario_time - sim_start).total_seconds() / speed
            delay = due - time.monotonic()
            while delay > 0:
                if beat is not None:
                    beat()
                if stop.wait(min(delay, 1.0)):
                    return
                delay = due - time.monotonic()
        if beat is not None:
            beat()
        yield m


def pass_time_map(opts: RunOptions, duration: timedelta, pass_no: int, now: datetime) -> TimeMap:
    """Simulated start and time map of pass ``pass_no`` (0-based) started at wall time ``now``.

    Live (speed > 0): simulated time starts at ``--start`` (continued by one
    duration per pass) or at ``now`` to the minute, and maps onto ``now``.
    Speed 0: observation time is simulated time, ending about ``now`` when no
    ``--start`` is given, so nothing lies in the future.
    """
    # Whole milliseconds, the precision of ground truth and recordings, so a
    # pass can be regenerated exactly from its written time map.
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    if opts.start is not None:
        sim_start = opts.start + pass_no * duration
    elif opts.speed > 0:
        sim_start = now.replace(second=0, microsecond=0)
    else:
        sim_start = (now - duration).replace(microsecond=0)
    if opts.speed > 0:
        return TimeMap.live(sim_start, now, opts.speed)
    return TimeMap.identity(sim_start)


def _pass_messages(
    opts: RunOptions,
    scenario: Scenario,
    registry: Registry,
    *,
    duration: timedelta,
    pass_no: int,
    record: IO[str] | None,
) -> tuple[datetime, Iterator[SimMessage]]:
    """Start one generated pass: writes its ground truth and recording header."""
    tm = pass_time_map(opts, duration, pass_no, datetime.now(UTC))
    if opts.truth is not None:
        truth = scenario.ground_truth(registry, tm.sim_start, opts.seed, duration, time_map=tm, passes_before=pass_no)
        opts.truth.write_text(to_json(truth), encoding="utf-8")
    if record is not None:
        record.write(header_line(PassHeader(scenario.name, opts.seed, pass_no + 1, tm)) + "\n")
    log_event(
        log,
        "sim_pass_started",
        scenario=scenario.name,
        seed=opts.seed,
        sim_start=tm.sim_start.isoformat(),
        speed=opts.speed,
    )
    # The passes of --repeat follow each other: a gauge's rain goes on from the pass before.
    return tm.sim_start, scenario.generate(registry, tm.sim_start, opts.seed, duration, time_map=tm,
                                           passes_before=pass_no)


def run_simulation(settings: Settings, opts: RunOptions, stop: threading.Event | None = None) -> PublishStats:
    """Run ``soc simulate``: generate (or replay), pace, publish, record, write ground truth.

    Returns when the pass (or, with ``repeat``, ``max_passes`` passes) is done
    and acknowledged, or when ``stop`` is set; Ctrl-C propagates after the
    clients are closed.
    """
    stop = stop or threading.Event()
    registry = scenario = None
    if opts.replay is None:
        if opts.scenario is None:
            raise ScenarioError("name a scenario or give --replay FILE", scenario="")
        scenario = get_scenario(opts.scenario)
        registry = load_registry(opts.registry)
    duration = opts.duration or (scenario.default_duration if scenario else timedelta(0))
    passes = published = 0
    with ExitStack() as stack:
        record = stack.enter_context(opts.record.open("a", encoding="utf-8")) if opts.record else None
        publisher = None
        beat: Callable[[], None] | None = None
        if not opts.dry_run:
            wills = will_topics(registry) if registry is not None else {}
            publisher = stack.enter_context(Publisher(settings.mqtt, wills=wills))
            if opts.heartbeat:
                # Service "simulator": beats from the pacing loop and while a publish waits for
                # the broker, so a stalled publisher goes stale and a broker outage is said as one
                # (broker_down_s, read by the health check as for ingest) instead of a hang.
                heartbeat = Heartbeat(settings, "simulator")
                stack.callback(heartbeat.close)
                pub = publisher

                def beat() -> None:
                    heartbeat.maybe({BROKER_DOWN_S: round(pub.broker_down_s(), 1)})
        while not stop.is_set():
            if scenario is not None and registry is not None:
                sim_start, messages = _pass_messages(
                    opts, scenario, registry, duration=duration, pass_no=passes, record=record
                )
            else:
                assert opts.replay is not None
                first = next(read_messages(opts.replay), None)
                if first is None:
                    break
                sim_start, messages = first.scenario_time, read_messages(opts.replay)
                log_event(log, "sim_replay_started", path=opts.replay, speed=opts.speed)
            for m in _pace(messages, sim_start, 0.0 if opts.dry_run else opts.speed, stop, beat):
                if publisher is not None and not publisher.publish(m, beat, stop):
                    break  # stopped while the broker held every slot
                if record is not None:
                    record.write(message_line(m) + "\n")
                published += 1
            passes += 1
            if stop.is_set():
                # A stop waits a moment for acknowledgements, never for a broker that is away:
                # what is not acknowledged by then goes with the process (counted as neither).
                if publisher is not None:
                    publisher.flush(STOP_FLUSH_S, beat)
                break
            if publisher is not None and not publisher.flush(beat=beat):
                raise PublishError("the broker did not acknowledge every message in time", account="*")
            log_event(log, "sim_pass_done", passes=passes, published=published)
            if not opts.repeat or (opts.max_passes is not None and passes >= opts.max_passes):
                break
        if publisher is None:
            return PublishStats(published, 0, 0, passes)
        return publisher.stats(passes)
