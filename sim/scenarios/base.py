"""What every scenario shares: run parameters, the world model and periodic streams (pure).

A scenario builds a :class:`World` (the conditions: rain per 10-minute bin,
water level, flood depth, traffic demand and congestion, car-park occupancy,
silent and clock-skewed devices) and lets :func:`periodic_streams` turn it into
messages at the registry's cadences:

* every registered device announces ``online`` (retained) at the start;
* rain gauges, VDs and car parks report every ``expected_interval_s``;
* water-level and flood sensors report every ``expected_interval_s`` and every
  :data:`FAST_WATER_S` / :data:`FAST_FLOOD_S` while the world says an event is
  on ("every 10 minutes and faster during events").

Randomness comes only from :meth:`Run.rng` / :meth:`Run.noise`, seeded by the
run's seed and a key, so a run is reproducible and the ground truth can be
computed from the same functions the messages come from.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from common.vocabulary import ParkingState
from sim import payloads
from sim.model import TPE, Fault, SimMessage, TimeMap
from sim.payloads import RainValues, VdLane
from sim.registry import Registry, Sensor
from sim.truth import ExpectedFault, ExpectedIncident, GroundTruth, count_outcomes

BIN = timedelta(minutes=10)  # CWA MIN_10 accumulation bin
FAST_WATER_S = 120
FAST_FLOOD_S = 60

#: Free-flow speeds by corridor, km/h (GUESS: posted limits of urban arterials;
#: 環中路 is the 80 m outer ring, DOMAIN.md §1.1).
FREE_FLOW_KMH = {"huanzhong": 70.0}
DEFAULT_FREE_FLOW_KMH = 50.0
#: Lane capacity, vehicles per minute (about 1,800 veh/h per lane; GUESS).
LANE_CAPACITY_PER_MIN = 30.0
#: Probability that a lane reports -99 in a given minute (GUESS, keeps parsers honest).
VD_INVALID_P = 0.003


@dataclass(frozen=True, slots=True)
class Run:
    """The arguments of one scenario pass."""

    registry: Registry
    start: datetime
    seed: int
    duration: timedelta
    time_map: TimeMap
    #: Passes of the same scenario run back to back before this one (``--repeat``): what
    #: their gauges collected still counts in this pass's 24-hour and daily totals.
    passes_before: int = 0

    def __post_init__(self) -> None:
        if self.start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        if self.duration <= timedelta(0):
            raise ValueError("duration must be positive")
        if self.passes_before < 0:
            raise ValueError("passes_before must not be negative")

    @property
    def end(self) -> datetime:
        """End of the pass (exclusive)."""
        return self.start + self.duration

    def at(self, hours: float) -> datetime:
        """The instant ``hours`` after the start, on a whole second."""
        return self.start + timedelta(seconds=round(hours * 3600))

    def hours(self, t: datetime) -> float:
        """Hours since the start."""
        return (t - self.start).total_seconds() / 3600

    def obs(self, t: datetime) -> datetime:
        """Observation time of simulated instant ``t``."""
        return self.time_map.obs(t)

    def rng(self, *key: object) -> random.Random:
        """A generator seeded by the run's seed and ``key`` (stable across processes)."""
        # Instants by their epoch value: the same instant in another zone is the same key.
        parts = [f"{k.timestamp():.6f}" if isinstance(k, datetime) else str(k) for k in key]
        return random.Random(":".join([str(self.seed), *parts]))

    def noise(self, *key: object) -> float:
        """A deterministic number in [0, 1) for ``key``; for values needed by both
        the message and the ground truth."""
        return self.rng("noise", *key).random()


def local_hour(t: datetime) -> float:
    """Hour of day in Taiwan time, fractional."""
    lt = t.astimezone(TPE)
    return lt.hour + lt.minute / 60 + lt.second / 3600


def _gauss(x: float, mu: float, sigma: float) -> float:
    return math.exp(-(((x - mu) / sigma) ** 2))


def traffic_demand(t: datetime) -> float:
    """Demand as a fraction of capacity, by local time; weekdays have the two commuter peaks."""
    h = local_hour(t)
    day = 1 / (1 + math.exp(-(h - 6.5) * 2)) / (1 + math.exp((h - 22.5) * 1.5))
    d = 0.08 + 0.42 * day
    if t.astimezone(TPE).weekday() < 5:
        d += 0.45 * _gauss(h, 8.0, 0.9) + 0.5 * _gauss(h, 17.8, 1.1)
    else:
        d += 0.15 * _gauss(h, 15.0, 3.0)
    return min(d, 1.0)


def free_flow_kmh(sensor: Sensor) -> float:
    """Free-flow speed of a VD's corridor."""
    return FREE_FLOW_KMH.get(sensor.corridor or "", DEFAULT_FREE_FLOW_KMH)


def on_corridor(sensor: Sensor, *aliases: str) -> bool:
    """Whether a sensor lies on a road, by corridor id, zh-TW name or English name."""
    texts = [(sensor.corridor or "").lower(), sensor.name, sensor.name_en.lower()]
    return any(alias.lower() in text for alias in aliases for text in texts if text)


class World:
    """The conditions of a normal dry day; scenarios override what they change.

    Every method is a pure function of its arguments and the run (no state
    changes after construction), so the ground truth can call them again.
    """

    def __init__(self, run: Run) -> None:
        self.run = run

    # --- disaster feeds
    def rain_bins(self, sensor: Sensor) -> Sequence[float]:
        """Millimetres per 10-minute bin from the start (bin k covers [start+k·10min, +10min))."""
        return ()

    def water_level_m(self, sensor: Sensor, t: datetime) -> float:
        """Water level in metres: well below alert level 3 on a dry day."""
        levels = sensor.alert_levels_m
        if levels is None:
            return 0.0
        gap = levels.level1 - levels.level3
        return levels.level3 - 1.2 * gap + 0.04 * gap * self.run.noise("wl", sensor.sensor_id, t)

    def flood_cm(self, sensor: Sensor, t: datetime) -> float:
        """Flood depth in centimetres: dry."""
        return 0.0

    def fast_cadence(self, sensor: Sensor, t: datetime) -> bool:
        """Whether a water-level or flood sensor is in event mode (reports faster)."""
        if sensor.kind == "flood":
            return self.flood_cm(sensor, t) > 0.0
        levels = sensor.alert_levels_m
        return levels is not None and self.water_level_m(sensor, t) >= levels.level3

    # --- traffic feeds
    def demand(self, sensor: Sensor, t: datetime) -> float:
        """Traffic demand (fraction of capacity) at a detector."""
        return traffic_demand(t)

    def congestion(self, sensor: Sensor, t: datetime) -> float:
        """Extra congestion in [0, 1] (0: none; 1: standstill)."""
        return 0.0

    def parking_occupancy(self, sensor: Sensor, t: datetime) -> float:
        """Fraction of car spaces taken (1.0 means full)."""
        h = local_hour(t)
        base = 0.2 + 0.55 * _gauss(h, 14.0, 4.0)
        return min(0.97, base + 0.05 * self.run.noise("pk", sensor.sensor_id, t))

    def parking_state(self, sensor: Sensor, t: datetime) -> ParkingState | None:
        """What the car park's operator says of it (docs/mqtt.md ``state``): full when every
        space is taken, else nothing (a scenario may close or empty one)."""
        return ParkingState.FULL if self.parking_occupancy(sensor, t) >= 1.0 else None

    # --- device faults
    def silent_from(self, sensor: Sensor) -> datetime | None:
        """When a device stops reporting (``None``: never)."""
        return None

    def clock_skew(self, sensor: Sensor) -> timedelta:
        """How far a device's clock is off (positive: ahead)."""
        return timedelta(0)


# ---------------------------------------------------------------- emission times


def emission_times(world: World, sensor: Sensor) -> Iterator[datetime]:
    """When a periodic sensor reports during the run (stops when it falls silent)."""
    run = world.run
    if sensor.expected_interval_s is None:
        return
    normal = timedelta(seconds=sensor.expected_interval_s)
    fast = {"water_level": FAST_WATER_S, "flood": FAST_FLOOD_S}.get(sensor.kind)
    stop = world.silent_from(sensor) or run.end
    t = run.start
    while t < min(stop, run.end):
        yield t
        step = normal
        if fast is not None and world.fast_cadence(sensor, t):
            step = min(normal, timedelta(seconds=fast))
        t += step


def rain_values(world: World, sensor: Sensor, t: datetime) -> RainValues:
    """Accumulations a gauge reports at ``t`` from the world's 10-minute bins.

    With passes before this one (``run.passes_before``) the gauge's rain goes on from
    theirs: each earlier pass collected the same bins (the same seed and sensor), back to
    back, so the 24-hour and daily totals count their tail rather than starting at zero.
    """
    run = world.run
    bins = world.rain_bins(sensor)
    n = min(int((t - run.start) / BIN), len(bins))
    per_pass = min(len(bins), int(run.duration / BIN))
    earliest = -run.passes_before * per_pass  # the first bin of the first pass, this pass's index

    def mm(j: int) -> float:
        return float(bins[j] if j >= 0 else bins[j % per_pass])

    def since(first: int) -> float:
        return float(sum(mm(j) for j in range(max(first, earliest), n)))

    local = t.astimezone(TPE)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    today = since(math.ceil((midnight - run.start) / BIN))
    return RainValues(since(n - 1), since(n - 6), since(n - 18), since(n - 36), since(n - 72), since(n - 144), today)


def vd_lanes(world: World, sensor: Sensor, t: datetime, rng: random.Random) -> tuple[VdLane, ...]:
    """One minute of lane data for a detector (speed-density model, GUESS parameters)."""
    d = world.demand(sensor, t)
    c = world.congestion(sensor, t)
    vf = free_flow_kmh(sensor)
    lanes = []
    for lane_id in range(sensor.lanes or 2):
        mean_volume = d * LANE_CAPACITY_PER_MIN * (1 - 0.45 * c)
        volume = max(0, round(mean_volume * rng.lognormvariate(0, 0.15)))
        speed = vf * (1 - 0.4 * d * d) * (1 - 0.85 * c) + rng.gauss(0, 2)
        occupancy = 2 + 26 * d**1.5 + 62 * c + rng.gauss(0, 1.5)
        small = round(volume * 0.88)
        large = min(volume - small, round(volume * 0.09))
        trailer = volume - small - large
        if volume == 0:
            lane = VdLane(lane_id, 0, 0, 0, 0, 0)
        elif rng.random() < VD_INVALID_P:
            lane = VdLane(lane_id, payloads.VD_INVALID, payloads.VD_INVALID, small, large, trailer)
        else:
            lane = VdLane(
                lane_id,
                max(3, round(speed)),
                max(0, min(100, round(occupancy))),
                small,
                large,
                trailer,
            )
        lanes.append(lane)
    return tuple(lanes)


def detector_speed(lanes: Iterable[VdLane]) -> float | None:
    """Volume-weighted mean speed over lanes with valid values (contract 2's ``speed_kmh``)."""
    num = den = 0
    for lane in lanes:
        volume = lane.small + lane.large + lane.trailer
        if lane.speed >= 0 and volume > 0:
            num += lane.speed * volume
            den += volume
    return num / den if den else None


# ---------------------------------------------------------------- streams


def status_messages(run: Run, world: World) -> list[SimMessage]:
    """``online`` (retained) for every registered device at the start of the run."""
    out = []
    for sensor in run.registry:
        skew = world.clock_skew(sensor)
        fault = Fault.FUTURE_TIMESTAMP if skew > timedelta(0) else None
        out.append(
            SimMessage(
                run.start,
                sensor.agency,
                sensor.status_topic,
                payloads.status(run.obs(run.start) + skew, "online"),
                retain=True,
                fault=fault,
            )
        )
    return out


def sensor_stream(world: World, sensor: Sensor) -> Iterator[SimMessage]:
    """The periodic messages of one sensor."""
    run = world.run
    rng = run.rng("stream", sensor.sensor_id)
    skew = world.clock_skew(sensor)
    fault = Fault.FUTURE_TIMESTAMP if skew > timedelta(0) else None
    for t in emission_times(world, sensor):
        ts = run.obs(t) + skew
        if sensor.kind == "rain":
            body = payloads.rain(ts, rain_values(world, sensor, t))
        elif sensor.kind == "water_level":
            body = payloads.water_level(ts, world.water_level_m(sensor, t))
        elif sensor.kind == "flood":
            body = payloads.flood(ts, world.flood_cm(sensor, t))
        elif sensor.kind == "vd":
            body = payloads.vd(ts, sensor, vd_lanes(world, sensor, t, rng))
        elif sensor.kind == "parking":
            occ = world.parking_occupancy(sensor, t)
            car = round((sensor.total_car or 0) * (1 - occ))
            motor = round((sensor.total_motor or 0) * (1 - min(occ, 0.95)) * rng.uniform(0.9, 1.1))
            state = world.parking_state(sensor, t)
            body = payloads.parking(ts, sensor, car, min(motor, sensor.total_motor or 0), state)
        else:
            continue  # an event-only kind with an interval: nothing periodic to say
        yield SimMessage(t, sensor.agency, sensor.topic, body, fault=fault)


def periodic_streams(world: World) -> list[Iterator[SimMessage]]:
    """Status at the start plus one stream per periodic sensor, in registry order."""
    streams: list[Iterator[SimMessage]] = [iter(status_messages(world.run, world))]
    streams.extend(sensor_stream(world, s) for s in world.run.registry.periodic())
    return streams


def merge(streams: Iterable[Iterable[SimMessage]]) -> Iterator[SimMessage]:
    """Merge time-ordered streams into one, stable for equal times (earlier stream first)."""
    return heapq.merge(*streams, key=lambda m: m.scenario_time)


def span(hits: Iterable[datetime]) -> tuple[datetime, datetime] | None:
    """First and last of time-ordered instants, or ``None`` if there are none."""
    seen = list(hits)
    return (seen[0], seen[-1]) if seen else None


# ---------------------------------------------------------------- scenario plumbing


@dataclass(frozen=True, slots=True)
class Plan:
    """A scenario pass worked out: its world, one-off events and what must follow from them."""

    world: World
    events: tuple[SimMessage, ...]
    incidents: tuple[ExpectedIncident, ...]
    faults: tuple[ExpectedFault, ...] = ()
    # Rewrites the merged stream (the faults scenario injects duplicates here).
    transform: Callable[[Iterator[SimMessage]], Iterator[SimMessage]] | None = None

    def messages(self) -> Iterator[SimMessage]:
        """All messages of the pass in ``scenario_time`` order."""
        events = sorted(self.events, key=lambda m: m.scenario_time)
        stream = merge([*periodic_streams(self.world), events])
        return self.transform(stream) if self.transform is not None else stream


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named scenario; ``plan`` holds all its logic.

    ``generate(registry, start, seed, duration)`` yields the messages;
    ``ground_truth(...)`` with the same arguments describes them.
    """

    name: str
    description: str
    default_duration: timedelta
    plan: Callable[[Run], Plan]

    def make_run(
        self,
        registry: Registry,
        start: datetime,
        seed: int,
        duration: timedelta | None = None,
        time_map: TimeMap | None = None,
        *,
        passes_before: int = 0,
    ) -> Run:
        """The :class:`Run` for these arguments (identity time map unless given)."""
        return Run(registry, start, seed, duration or self.default_duration, time_map or TimeMap.identity(start),
                   passes_before)

    def generate(
        self,
        registry: Registry,
        start: datetime,
        seed: int,
        duration: timedelta | None = None,
        *,
        time_map: TimeMap | None = None,
        passes_before: int = 0,
    ) -> Iterator[SimMessage]:
        """The messages of one pass, in ``scenario_time`` order; deterministic for the arguments
        (``passes_before``: passes of the scenario run back to back before it, see :class:`Run`)."""
        run = self.make_run(registry, start, seed, duration, time_map, passes_before=passes_before)
        return self.plan(run).messages()

    def ground_truth(
        self,
        registry: Registry,
        start: datetime,
        seed: int,
        duration: timedelta | None = None,
        *,
        time_map: TimeMap | None = None,
        passes_before: int = 0,
    ) -> GroundTruth:
        """Expected incidents and faults of the pass, and how its messages must be accounted."""
        run = self.make_run(registry, start, seed, duration, time_map, passes_before=passes_before)
        plan = self.plan(run)
        total, outcomes = count_outcomes(plan.messages())
        return GroundTruth(
            scenario=self.name,
            seed=seed,
            sim_start=start,
            duration_s=int(run.duration.total_seconds()),
            time_map=run.time_map,
            incidents=plan.incidents,
            faults=plan.faults,
            messages_total=total,
            outcomes=outcomes,
        )
