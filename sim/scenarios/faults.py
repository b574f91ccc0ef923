"""Faults, 2 hours of a normal day by default, with injected failures.

* **Sensors fall silent** at 0:30: one VD (its ``offline`` status is published,
  as the broker would publish its last will) and one water-level station
  (silently: only staleness tells).
* **A clock-skewed station**: one rain gauge's clock runs 2 hours ahead (or the
  pass's duration plus an hour, if longer), so all its messages carry future
  timestamps (ingest quarantines them as ``future_timestamp``; its default
  tolerance is 300 s).
* **Malformed messages**, one each: truncated JSON, bytes that are not UTF-8,
  a timestamp without offset, a wrong type, two values outside the physical
  range, an unknown feed, an unregistered source.
* **Duplicated messages**: two exact redeliveries and two repeats of the same
  reading serialised differently (same natural key, other bytes).

Every injected message carries its :class:`~sim.model.Fault`, so that the
ground truth says how many messages ingest must store, count as duplicates or
quarantine.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from common.vocabulary import StatusReason
from sim import payloads
from sim.model import Fault, SimMessage, iso
from sim.registry import Sensor
from sim.scenarios.base import Plan, Run, Scenario, World, emission_times, vd_lanes
from sim.truth import ExpectedFault, ExpectedIncident, IncidentType

SKEW = timedelta(hours=2)
SILENT_AT_H = 0.5
# Injected messages are offset from the periodic grid so that they never share
# a natural key (source, metric, time) with a good reading.
OFF_GRID = timedelta(seconds=17)


@dataclass(frozen=True, slots=True)
class Casting:
    """Which devices play which fault."""

    silent_vd: Sensor | None
    silent_station: Sensor | None
    skewed_gauge: Sensor | None
    water: Sensor | None  # a healthy water-level station
    flood: Sensor | None
    gauge: Sensor | None  # a healthy rain gauge
    vd: Sensor | None  # a healthy VD


def _pick(run: Run, kind: str, exclude: set[str]) -> Sensor | None:
    candidates = [s for s in run.registry.of_kind(kind) if s.sensor_id not in exclude]
    if not candidates:
        return None
    return candidates[run.rng("cast", kind, len(exclude)).randrange(len(candidates))]


def cast(run: Run) -> Casting:
    """Choose the faulty and the healthy devices (seeded)."""
    taken: set[str] = set()

    def pick(kind: str) -> Sensor | None:
        s = _pick(run, kind, taken)
        if s is not None:
            taken.add(s.sensor_id)
        return s

    silent_vd, silent_station, skewed = pick("vd"), pick("water_level"), pick("rain")
    healthy = (pick("water_level"), pick("flood"), pick("rain"), pick("vd"))
    return Casting(silent_vd, silent_station, skewed, *healthy)


class FaultsWorld(World):
    """A normal day in which some devices fall silent and one clock runs ahead."""

    def __init__(self, run: Run, casting: Casting) -> None:
        super().__init__(run)
        self.casting = casting

    def silent_from(self, sensor: Sensor) -> datetime | None:
        silent = {s.sensor_id for s in (self.casting.silent_vd, self.casting.silent_station) if s}
        return self.run.at(SILENT_AT_H) if sensor.sensor_id in silent else None

    def clock_skew(self, sensor: Sensor) -> timedelta:
        skewed = self.casting.skewed_gauge
        return skew_of(self.run) if skewed is not None and sensor.sensor_id == skewed.sensor_id else timedelta(0)


def skew_of(run: Run) -> timedelta:
    """How far the skewed clock runs ahead: :data:`SKEW`, or the pass's duration plus
    an hour if that is longer, so that its stamps lie in the future even when a
    ``--speed 0`` pass ends at the present."""
    return max(SKEW, run.duration + timedelta(hours=1))


def _malformed(run: Run, c: Casting) -> list[tuple[SimMessage, str]]:
    """One message per malformation, with the source id it names."""
    out: list[tuple[SimMessage, str]] = []

    def add(hours: float, fault: Fault, sensor: Sensor, body: bytes, *, topic: str = "") -> None:
        t = run.at(hours) + OFF_GRID
        if t < run.end:
            msg = SimMessage(t, sensor.agency, topic or sensor.topic, body, fault=fault)
            out.append((msg, sensor.sensor_id))

    def ts(hours: float) -> str:
        return iso(run.obs(run.at(hours) + OFF_GRID))

    enc = payloads.encode
    if c.water is not None:
        w = c.water
        add(0.2, Fault.INVALID_JSON, w, f'{{"ts":"{ts(0.2)}","value":1.2'.encode())
        add(0.8, Fault.SCHEMA, w, enc({"ts": ts(0.8), "value": "high"}))
    if c.flood is not None:
        f = c.flood
        add(0.35, Fault.INVALID_UTF8, f, b'\xff\xfe{"ts":"\xc3\x28","value":0}')
        naive = ts(0.6)[:-6]  # drop "+08:00": a timestamp without offset
        add(0.6, Fault.NAIVE_TIMESTAMP, f, enc({"ts": naive, "value": 0.0}))
        add(1.0, Fault.OUT_OF_RANGE, f, enc({"ts": ts(1.0), "value": -20.0}))
    if c.gauge is not None:
        g = c.gauge
        values = dict.fromkeys(("RAIN", "HOUR_3", "HOUR_6", "HOUR_12", "HOUR_24", "NOW"), 0.0)
        add(1.1, Fault.OUT_OF_RANGE, g, enc({"ts": ts(1.1), "values": {"MIN_10": -5.0, **values}}))
        topic = f"soc/v1/disaster/air_quality/{g.sensor_id}"
        add(1.2, Fault.UNKNOWN_FEED, g, enc({"ts": ts(1.2), "value": 9.8}), topic=topic)
    if c.vd is not None:
        ghost = Sensor(
            "SIM-VD-UNREGISTERED", "traffic", "vd", "未登錄偵測器", "unregistered VD",
            c.vd.lon, c.vd.lat, 60, lanes=2,
        )  # fmt: skip
        t = run.at(1.4) + OFF_GRID
        body = payloads.vd(run.obs(t), ghost, vd_lanes(World(run), ghost, t, run.rng("ghost")))
        add(1.4, Fault.UNREGISTERED_SOURCE, ghost, body)
    return out


@dataclass(frozen=True, slots=True)
class _Repeat:
    topic: str
    at: datetime
    reserialise: bool


def _repeats(run: Run, c: Casting) -> tuple[_Repeat, ...]:
    out = []
    if c.vd is not None:
        out += [_Repeat(c.vd.topic, run.at(0.25), False), _Repeat(c.vd.topic, run.at(1.05), True)]
    if c.water is not None:
        out += [_Repeat(c.water.topic, run.at(2 / 3), False), _Repeat(c.water.topic, run.at(1.5), True)]
    return tuple(r for r in out if r.at < run.end)


def _with_duplicates(repeats: tuple[_Repeat, ...]) -> Callable[[Iterator[SimMessage]], Iterator[SimMessage]]:
    wanted = {(r.topic, r.at): r for r in repeats}

    def transform(stream: Iterator[SimMessage]) -> Iterator[SimMessage]:
        for m in stream:
            yield m
            r = wanted.get((m.topic, m.scenario_time))
            if r is None or m.fault is not None:
                continue
            body = m.payload
            if r.reserialise:
                # The same reading sent again, as a device that retries would: other bytes.
                body = json.dumps(json.loads(body), ensure_ascii=True, indent=1).encode()
            yield SimMessage(m.scenario_time, m.account, m.topic, body, m.qos, m.retain, Fault.DUPLICATE)

    return transform


def plan(run: Run) -> Plan:
    """Work out the faults pass."""
    c = cast(run)
    world = FaultsWorld(run, c)
    events: list[SimMessage] = []
    faults: list[ExpectedFault] = []
    incidents: list[ExpectedIncident] = []
    silent_at = run.at(SILENT_AT_H)

    for sensor, announced in ((c.silent_vd, True), (c.silent_station, False)):
        if sensor is None or silent_at >= run.end:
            continue
        if announced:
            # it says why: its gateway lost the uplink (the other one cannot say anything)
            body = payloads.status(run.obs(silent_at), "offline", StatusReason.COMMS_LOST)
            events.append(SimMessage(silent_at, sensor.agency, sensor.status_topic, body, retain=True))
        detail = (("announced_offline", int(announced)),)
        faults.append(ExpectedFault("silent", sensor.sensor_id, sensor.topic, 0, run.obs(silent_at), detail))
        incidents.append(
            ExpectedIncident(
                f"faults-silent-{sensor.sensor_id}",
                IncidentType.SENSOR_SILENT,
                "Minor",
                sensor.lon,
                sensor.lat,
                run.obs(silent_at),
                run.obs(run.end),
                (sensor.sensor_id,),
                f"no report after {iso(run.obs(silent_at))} (expected every {sensor.expected_interval_s} s)",
            )
        )

    if c.skewed_gauge is not None:
        g = c.skewed_gauge
        n = 1 + sum(1 for _ in emission_times(world, g))  # status + readings
        detail = (("skew_s", int(skew_of(run).total_seconds())),)
        faults.append(ExpectedFault("clock_skew", g.sensor_id, g.topic, n, run.obs(run.start), detail))

    for msg, source_id in _malformed(run, c):
        events.append(msg)
        at = run.obs(msg.scenario_time)
        faults.append(ExpectedFault(str(msg.fault), source_id, msg.topic, 1, at))

    repeats = _repeats(run, c)
    for r in repeats:
        source_id = r.topic.rsplit("/", 1)[1]
        detail = (("reserialised", int(r.reserialise)),)
        faults.append(ExpectedFault(str(Fault.DUPLICATE), source_id, r.topic, 1, run.obs(r.at), detail))

    return Plan(world, tuple(events), tuple(incidents), tuple(faults), _with_duplicates(repeats))


SCENARIO = Scenario(
    name="faults",
    description="faults: silent sensors, malformed and duplicated messages, a clock-skewed station",
    default_duration=timedelta(hours=2),
    plan=plan,
)
generate = SCENARIO.generate
ground_truth = SCENARIO.ground_truth
