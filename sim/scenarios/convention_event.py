"""A major event at the Taichung International Convention Center, 6 hours by default.

The venue has no official coordinates (DOMAIN.md §8); the first registered
device whose name contains 會展 stands in for it (the registry's convention
car park), else :data:`VENUE_FALLBACK` (GUESS). Timeline (hours from the start)::

    0           the event's permit (police/planned_event): 0.5 to 5.0, 500 m around the venue
    3.5         the permit amended (``status`` amended): the closing put back to 6.0
    0.5 ─ 1.5   the two nearest car parks fill up; full until 4.5, back to the day's level by 5.5
    5.5         the venue's own car park (the nearest) is emptied: its operator says ``empty``
    5.75 ─      and it is closed for the night: ``closed`` (every space free) to the end of the run
    0.75 ─ 1.25 the three nearest VDs congest; congested until 4.5, clear by 5.25
    1.0 ─ 4.0   the two nearest cameras report crowding every 5 minutes (standing until
                3.5, then moving: the crowd leaves)
    ≈ 2.5       a traffic accident with injuries next to the venue (police report, a 119
                ambulance a minute later, the police follow-up 40 minutes later)
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import datetime, timedelta

from common.vocabulary import ParkingState, PermitStatus
from sim.model import TPE, SimMessage
from sim.payloads import Permit
from sim.registry import Sensor
from sim.scenarios import reports
from sim.scenarios.base import Plan, Run, Scenario, World, emission_times, span
from sim.truth import ExpectedIncident, IncidentType

#: GUESS: between the transit hub and Central Park (DOMAIN.md §1.3).
VENUE_FALLBACK = (120.6548, 24.1938)
CONGESTED = 0.6
#: Hours from the start when the venue's own car park is emptied after the event, then closed
#: for the night. GUESS: the last visitors leave half an hour after the permit's end (5.0 h);
#: the operator shuts the barrier a quarter of an hour later.
EMPTIED_H, CLOSED_H = 5.5, 5.75


def _ramp(h: float, up0: float, up1: float, down0: float, down1: float) -> float:
    """0 before ``up0``, rising to 1 at ``up1``, 1 until ``down0``, back to 0 at ``down1``."""
    if h <= up0 or h >= down1:
        return 0.0
    if h < up1:
        return (h - up0) / (up1 - up0)
    if h <= down0:
        return 1.0
    return (down1 - h) / (down1 - down0)


def venue(run: Run) -> tuple[float, float]:
    """Where the convention centre is taken to be."""
    named = [s for s in run.registry if "會展" in s.name]
    return (named[0].lon, named[0].lat) if named else VENUE_FALLBACK


class ConventionWorld(World):
    """Full car parks and congested roads around the venue."""

    def __init__(self, run: Run) -> None:
        super().__init__(run)
        lon, lat = venue(run)
        self.car_parks = run.registry.nearest("parking", lon, lat, 2)
        self.cameras = run.registry.nearest("cctv", lon, lat, 2)
        self.vds = run.registry.nearest("vd", lon, lat, 3)
        self._parks = {s.sensor_id for s in self.car_parks}
        self._own = self.car_parks[0].sensor_id if self.car_parks else None  # the venue's own: the nearest
        self._vds = {s.sensor_id for s in self.vds}

    def parking_occupancy(self, sensor: Sensor, t: datetime) -> float:
        base = super().parking_occupancy(sensor, t)
        if sensor.sensor_id not in self._parks:
            return base
        if sensor.sensor_id == self._own and self.run.hours(t) >= EMPTIED_H:
            return 0.0  # emptied after the event, then closed for the night
        f = _ramp(self.run.hours(t), 0.5, 1.5, 4.5, 5.5)
        return 1.0 if f >= 1.0 else base + (1.0 - base) * f

    def parking_state(self, sensor: Sensor, t: datetime) -> ParkingState | None:
        """The venue's own car park: ``empty`` once emptied after the event, then ``closed``."""
        if sensor.sensor_id == self._own:
            h = self.run.hours(t)
            if h >= CLOSED_H:
                return ParkingState.CLOSED
            if h >= EMPTIED_H:
                return ParkingState.EMPTY
        return super().parking_state(sensor, t)

    def congestion(self, sensor: Sensor, t: datetime) -> float:
        if sensor.sensor_id not in self._vds:
            return 0.0
        return 0.8 * _ramp(self.run.hours(t), 0.75, 1.25, 4.5, 5.25)


def plan(run: Run) -> Plan:
    """Work out the event: world, CCTV crowding, the accident and expected incidents."""
    world = ConventionWorld(run)
    lon, lat = venue(run)
    events: list[SimMessage] = []
    incidents: list[ExpectedIncident] = []
    rng = run.rng("convention")

    # The permit, known before the event starts. GUESS: 12,600 visitors (the venue's
    # capacity, DOMAIN.md §1.1), a 500 m circle.
    permit_id = f"PE-{run.obs(run.start).astimezone(TPE):%Y%m%d-%H%M%S}-TICEC"
    permit = Permit(
        permit_id,
        reports.wire_category("planned_event", "exhibition"),
        "臺中國際會展中心 大型展覽",
        lon,
        lat,
        500.0,
        run.obs(run.at(0.5)),
        run.obs(run.at(5.0)),
        12_600,
    )
    events.append(reports.permit(run, run.start, permit))
    # The organiser has the closing extended by an hour (GUESS: a busy last day): the permit
    # amended, the same id, a new version.
    if run.at(3.5) < run.end:
        amended = dataclasses.replace(permit, end=run.obs(run.at(6.0)), status=PermitStatus.AMENDED)
        events.append(reports.permit(run, run.at(3.5), amended))

    # Crowding on the cameras near the venue.
    crowd_times: list[datetime] = []
    for camera in world.cameras:
        t = run.at(1.0)
        while t <= run.at(4.0) and t < run.end:
            progress = run.hours(t) - 1.0
            count = round(150 + 250 * progress + rng.uniform(-30, 30))
            confidence = rng.uniform(0.8, 0.95)
            crowding = reports.wire_category("cctv", "crowding")
            motion = "standing" if run.hours(t) < 3.5 else "moving"  # the timeline above
            events.append(
                reports.cctv_event(run, t, camera, crowding, confidence=confidence, count=count, motion=motion)
            )
            crowd_times.append(t)
            t += timedelta(minutes=5)
    if crowd_times:
        incidents.append(
            ExpectedIncident(
                "convention-crowding",
                IncidentType.CROWDING,
                "Moderate",
                lon,
                lat,
                run.obs(min(crowd_times)),
                run.obs(max(crowd_times)),
                (permit_id, *(c.sensor_id for c in world.cameras)),
                "police/cctv crowding, confidence >= 0.8, during the permit's event",
            )
        )

    # Full car parks.
    for park in world.car_parks:
        w = span(t for t in emission_times(world, park) if world.parking_occupancy(park, t) >= 1.0)
        if w is not None:
            incidents.append(
                ExpectedIncident(
                    f"convention-parking-{park.sensor_id}",
                    IncidentType.PARKING_FULL,
                    "Minor",
                    park.lon,
                    park.lat,
                    run.obs(w[0]),
                    run.obs(w[1]),
                    (park.sensor_id,),
                    "parking available_car == 0",
                )
            )

    # Congestion, one incident per corridor.
    by_corridor: dict[str, list[Sensor]] = defaultdict(list)
    for vd in world.vds:
        by_corridor[vd.corridor or vd.sensor_id].append(vd)
    for corridor, vds in sorted(by_corridor.items()):
        spans = [
            w for s in vds if (w := span(t for t in emission_times(world, s) if world.congestion(s, t) >= CONGESTED))
        ]
        if spans:
            incidents.append(
                ExpectedIncident(
                    f"convention-congestion-{corridor}",
                    IncidentType.CONGESTION,
                    "Moderate",
                    sum(s.lon for s in vds) / len(vds),
                    sum(s.lat for s in vds) / len(vds),
                    run.obs(min(w[0] for w in spans)),
                    run.obs(max(w[1] for w in spans)),
                    tuple(s.sensor_id for s in vds),
                    "VD speed_kmh below about 40 % of free flow",
                )
            )

    # The accident.
    t_acc = run.at(2.5 + rng.uniform(-0.25, 0.25))
    if t_acc < run.end:
        where = world.vds[0] if world.vds else None
        a_lon, a_lat = (where.lon, where.lat) if where else (lon, lat)
        rid, msg = reports.police_report(
            run,
            t_acc,
            1,
            category=reports.wire_category("incident", "traffic_accident"),
            severity="Severe",
            lon=a_lon,
            lat=a_lat,
            text="會展散場車流 機車與小客車碰撞，一人受傷送醫",
        )
        events.append(msg)
        sources = [rid]
        t_119 = t_acc + timedelta(minutes=1)
        if t_119 < run.end:
            did, dispatch = reports.dispatch_119(
                run, t_119, 1, category="ambulance", lon=a_lon, lat=a_lat, text="會展周邊 車禍 1人受傷 救護車出勤"
            )
            events.append(dispatch)
            sources.append(did)
        t_follow = t_acc + timedelta(minutes=40)
        if t_follow < run.end:
            fid, follow = reports.police_report(
                run,
                t_follow,
                2,
                category=reports.wire_category("incident", "traffic_accident"),
                severity="Minor",
                lon=a_lon,
                lat=a_lat,
                text="前案 現場處理完畢 車輛已移置 恢復通行",
                follows=(rid,),
            )
            events.append(follow)
            sources.append(fid)
        incidents.append(
            ExpectedIncident(
                f"convention-accident-{rid}",
                IncidentType.TRAFFIC_ACCIDENT,
                "Severe",
                a_lon,
                a_lat,
                run.obs(t_acc),
                run.obs(min(run.end, t_acc + timedelta(hours=1))),
                tuple(sources),
                "police/incident traffic_accident, severity Severe (injuries); its 119 ambulance and follow-up",
            )
        )
    return Plan(world, tuple(events), tuple(incidents))


SCENARIO = Scenario(
    name="convention_event",
    description="major event at the convention centre: crowding, full car parks, congestion, accident",
    default_duration=timedelta(hours=6),
    plan=plan,
)
generate = SCENARIO.generate
ground_truth = SCENARIO.ground_truth
