"""A normal day, 24 hours by default.

Dry weather; water levels well below alert level 3; traffic follows the local
time of day, with commuter peaks around 08:00 and 17:45 on weekdays and a flat
afternoon hump at weekends (:func:`~sim.scenarios.base.traffic_demand`).
Car parks fill towards mid-afternoon. Five minor events at seeded times:

* a traffic signal goes dark (``fault``/``not_lit``) and is ``restored`` 50 min later
  (1999 signal cases have a 2-hour on-site requirement, DOMAIN.md §2); the nearest
  camera within 300 m sees it dark (``signal_dark``) two minutes in;
* a minor traffic accident reported by the police (no injuries), and the police's
  ``road_reopened`` following it 40 min later (the cars moved off) when that is inside the run;
* a 1999 case about a street light that is out, and its update three hours later
  (``已完工``, at its own ``updatedAt``) when that is inside the run;
* a resident's 1999 case that the power is off at home (``power_outage``, 停電);
* the police asking for help finding an elderly man who wandered off (``missing_person``);
* a fire in a recycling yard (a 119 ``fire`` dispatch, on scene, closed) that rekindles
  :data:`~sim.scenarios.fires.REKINDLE_AFTER_H` hours after it was put out: a new 119 case, ``rekindle`` (復燃),
  at the same place, its text naming the first case;
* on a Saturday or a Sunday, a weekend market on Central Park's north lawn (a ``market`` permit, 市集,
  issued at the start of the run) and the crowd its nearest cameras see in the afternoon.

Each draws from a seeded stream of its own, so the events before it stay as they were.
"""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta

from sim.model import TPE, SimMessage
from sim.payloads import Permit
from sim.registry import Sensor
from sim.scenarios import fires, reports
from sim.scenarios.base import Plan, Run, Scenario, World
from sim.truth import ExpectedIncident, IncidentType

#: Minutes from a minor crash to the police's report of its lane open again. GUESS: the
#: drivers exchange details and wait for the patrol before moving the cars off.
REOPENED_AFTER_MIN = 40
#: Where the recycling yard is: north of Central Park towards 環中路 (GUESS).
YARD = (reports.CENTRAL_PARK[0] + 0.005, reports.CENTRAL_PARK[1] + 0.006)
#: The weekend market: local opening hours, its permit's circle and expected visitors (GUESS:
#: a park market of 80 stalls), the afternoon the crowd is thickest, the cameras' reach.
MARKET_AT = (120.6565, 24.1915)  # Central Park's north lawn by 經貿路 (GUESS)
MARKET_HOURS = (time(10, 0), time(18, 0))
MARKET_RADIUS_M = 250.0
MARKET_VISITORS = 3_000
MARKET_PEAK = (time(14, 0), time(16, 0))
MARKET_CAMERA_M = 600.0


def minor_events(run: Run) -> tuple[list[SimMessage], list[ExpectedIncident]]:
    """The three minor events of a normal day, at seeded times inside the run."""
    rng = run.rng("minor-events")
    span = run.duration.total_seconds() / 3600
    events: list[SimMessage] = []
    incidents: list[ExpectedIncident] = []

    signals = run.registry.of_kind("signal")
    if signals:
        sig = signals[rng.randrange(len(signals))]
        t0 = run.at(rng.uniform(0.15, 0.45) * span)
        t1 = t0 + timedelta(minutes=50)
        events.append(reports.signal_event(run, t0, sig, reports.wire_category("signal", "fault"), "not_lit"))
        cams = [c for c in run.registry.nearest("cctv", sig.lon, sig.lat, 1) if _metres(c, sig) <= 300.0]
        t_cam = t0 + timedelta(minutes=2)
        if cams and t_cam < run.end:
            dark = reports.wire_category("cctv", "signal_dark")
            events.append(reports.cctv_event(run, t_cam, cams[0], dark, confidence=0.88))
        if t1 < run.end:
            events.append(reports.signal_event(run, t1, sig, reports.wire_category("signal", "restored"), None))
        signal_sources: tuple[str, ...] = (sig.sensor_id,)
        t_call = t0 + timedelta(minutes=6)  # a driver calls 1999 about the dark signal (GUESS: minutes)
        if t_call < min(t1, run.end):
            cid, call = reports.citizen_case(
                run, t_call, 2, category=reports.wire_category("1999", "traffic_signal"), sub_category="紅綠燈不亮",
                lon=sig.lon, lat=sig.lat, address=f"臺中市 {sig.name}", assigned_agency="臺中市政府交通局",
            )
            events.append(call)
            signal_sources = (*signal_sources, cid)
        incidents.append(
            ExpectedIncident(
                f"normal-signal-{sig.sensor_id}",
                IncidentType.SIGNAL_FAULT,
                "Moderate",
                sig.lon,
                sig.lat,
                run.obs(t0),
                run.obs(min(t1, run.end)),
                signal_sources,
                "traffic/signal fault not_lit; a 1999 call about it",
            )
        )

    vds = run.registry.of_kind("vd")
    if vds:
        where = vds[rng.randrange(len(vds))]
        t = run.at(rng.uniform(0.3, 0.7) * span)
        lon, lat = where.lon + 0.0004, where.lat
        rid, msg = reports.police_report(
            run,
            t,
            1,
            category=reports.wire_category("incident", "traffic_accident"),
            severity="Minor",
            lon=lon,
            lat=lat,
            text=f"{where.name}附近 兩車擦撞，無人受傷",
        )
        events.append(msg)
        sources = [rid]
        cleared = t + timedelta(minutes=REOPENED_AFTER_MIN)
        if cleared < run.end:
            # the cars moved off: the police file the lane open again, following the crash report
            rid2, msg2 = reports.police_report(
                run,
                cleared,
                1,
                category=reports.wire_category("incident", "road_reopened"),
                severity="Minor",
                lon=lon,
                lat=lat,
                text="前案 車輛已移置路邊",
                follows=(rid,),
            )
            events.append(msg2)
            sources.append(rid2)
        incidents.append(
            ExpectedIncident(
                f"normal-accident-{rid}",
                IncidentType.MINOR_ACCIDENT,
                "Minor",
                lon,
                lat,
                run.obs(t),
                run.obs(min(run.end, t + timedelta(hours=1))),
                tuple(sources),
                "police/incident traffic_accident, severity Minor; road_reopened after it",
            )
        )

    t = run.at(rng.uniform(0.5, 0.9) * span)
    lon, lat = reports.CENTRAL_PARK[0] + 0.001, reports.CENTRAL_PARK[1] + 0.002

    def streetlight(updated: datetime | None = None, status: str = "已派工") -> tuple[str, SimMessage]:
        return reports.citizen_case(
            run,
            t,
            1,
            category=reports.wire_category("1999", "streetlight"),
            sub_category="路燈不亮",
            lon=lon,
            lat=lat,
            address="臺中市西屯區 中央公園旁人行道",
            assigned_agency="臺中市政府建設局",
            updated=updated,
            status=status,
        )

    cid, msg = streetlight()
    events.append(msg)
    fixed = t + timedelta(hours=3)
    if fixed < run.end:
        events.append(streetlight(fixed, "已完工")[1])
    incidents.append(
        ExpectedIncident(
            f"normal-streetlight-{cid}",
            IncidentType.STREETLIGHT,
            "Minor",
            lon,
            lat,
            run.obs(t),
            run.obs(min(run.end, t + timedelta(hours=1))),
            (cid,),
            "citizen/1999 路燈不亮",
        )
    )
    more, expected = household_events(run)
    fire, fires = fire_and_rekindle(run)
    market, crowd = weekend_market(run)
    return events + more + fire + market, incidents + expected + fires + crowd


#: Where a normal day's household events happen: streets of 西屯區 north-west of Central Park.
HOMES = (reports.CENTRAL_PARK[0] - 0.004, reports.CENTRAL_PARK[1] + 0.003)


def household_events(run: Run) -> tuple[list[SimMessage], list[ExpectedIncident]]:
    """A resident's power cut (1999 ``power_outage``) and a missing person the police look
    for (``missing_person``), each at a seeded time of its own stream."""
    span = run.duration.total_seconds() / 3600
    rng = run.rng("power-outage")
    t = run.at(rng.uniform(0.2, 0.6) * span)
    lon, lat = HOMES[0] + rng.uniform(-0.002, 0.002), HOMES[1] + rng.uniform(-0.002, 0.002)
    cid, call = reports.citizen_case(
        run,
        t,
        2,
        category=reports.wire_category("1999", "power_outage"),
        sub_category="停電",
        lon=lon,
        lat=lat,
        address="臺中市西屯區 河南路二段巷內住家",
        assigned_agency="台灣電力公司台中區營業處",
    )
    power = _household(run, f"normal-power-{cid}", IncidentType.POWER_OUTAGE, "Minor", (lon, lat), t, cid,
                       "citizen/1999 停電")
    rng = run.rng("missing-person")
    t = run.at(rng.uniform(0.1, 0.5) * span)
    lon, lat = reports.CENTRAL_PARK[0] + rng.uniform(-0.003, 0.003), reports.CENTRAL_PARK[1] - 0.002
    rid, report = reports.police_report(
        run,
        t,
        2,
        category=reports.wire_category("incident", "missing_person"),
        severity="Moderate",
        lon=lon,
        lat=lat,
        text="八旬老翁走失，身穿灰色外套，最後出現於中央公園附近，家屬報案協尋",
    )
    missing = _household(run, f"normal-missing-{rid}", IncidentType.MISSING_PERSON, "Moderate", (lon, lat), t, rid,
                         "police/incident missing_person 走失協尋", hours=2)
    return [call, report], [power, missing]


def _household(  # noqa: PLR0917 - one expected incident's fields
    run: Run, name: str, typ: IncidentType, severity: str, at: tuple[float, float], t: datetime, source: str,
    trigger: str, *, hours: float = 1.0,
) -> ExpectedIncident:
    """A household event's expected incident: from ``t`` for ``hours`` (cut at the run's end)."""
    end = run.obs(min(run.end, t + timedelta(hours=hours)))
    return ExpectedIncident(name, typ, severity, at[0], at[1], run.obs(t), end, (source,), trigger)


def fire_and_rekindle(run: Run) -> tuple[list[SimMessage], list[ExpectedIncident]]:
    """A recycling yard's fire at a seeded time of its own stream, and its rekindle
    (:func:`sim.scenarios.fires.fire_and_rekindle`)."""
    span = run.duration.total_seconds() / 3600
    t0 = run.at(run.rng("fire-rekindle").uniform(0.05, 0.35) * span)
    return fires.fire_and_rekindle(run, "normal", t0, YARD, "西屯區 資源回收場 堆置物起火 濃煙竄出", "回收物堆")


def _local(run: Run, day: datetime, at: time) -> datetime:
    """The instant of local time ``at`` on the local date of ``day``."""
    return datetime.combine(day.astimezone(TPE).date(), at, tzinfo=TPE)


def weekend_market(run: Run) -> tuple[list[SimMessage], list[ExpectedIncident]]:
    """The first Saturday or Sunday market whose opening falls inside the run: its permit,
    issued at the start of the run, and the crowd the cameras within :data:`MARKET_CAMERA_M`
    of it see every 15 minutes of its busiest hours. One expected crowd, the market's: the
    permit and those cameras, from its opening to its closing (cut at the run's end)."""
    day = run.start
    while day < run.end:
        opens = _local(run, day, MARKET_HOURS[0])
        if opens.weekday() >= 5 and run.start <= opens < run.end:
            break
        day += timedelta(days=1)
    else:
        return [], []
    closes = _local(run, day, MARKET_HOURS[1])
    lon, lat = MARKET_AT
    permit_id = f"PE-{run.obs(opens).astimezone(TPE):%Y%m%d}-MARKET"
    permit = Permit(permit_id, reports.wire_category("planned_event", "market"), "中央公園 週末市集", lon, lat,
                    MARKET_RADIUS_M, run.obs(opens), run.obs(closes), MARKET_VISITORS)
    events = [reports.permit(run, run.start, permit)]
    cams = [c for c in run.registry.nearest("cctv", lon, lat, 2) if c.distance_m(lon, lat) <= MARKET_CAMERA_M]
    rng = run.rng("market", permit_id)
    t, peak_end = _local(run, day, MARKET_PEAK[0]), _local(run, day, MARKET_PEAK[1])
    crowding = reports.wire_category("cctv", "crowding")
    while t <= peak_end and t < run.end:
        for cam in cams:
            events.append(reports.cctv_event(run, t, cam, crowding, confidence=rng.uniform(0.8, 0.9),
                                             count=rng.randint(80, 200), motion="moving"))
        t += timedelta(minutes=15)
    crowd = ExpectedIncident(
        f"normal-market-{permit_id}", IncidentType.CROWDING, "Minor", lon, lat, run.obs(opens),
        run.obs(min(run.end, closes)), (permit_id, *(c.sensor_id for c in cams)),
        "police/planned_event market (市集) and the crowd its cameras see",
    )
    return events, [crowd]


def _metres(a: Sensor, b: Sensor) -> float:
    """Ground distance between two devices (equirectangular at 24.2° N: enough for 300 m)."""
    return math.hypot((a.lon - b.lon) * 101_600.0, (a.lat - b.lat) * 110_800.0)


def plan(run: Run) -> Plan:
    """Work out a normal day: the default world plus the minor events."""
    events, incidents = minor_events(run)
    return Plan(World(run), tuple(events), tuple(incidents))


SCENARIO = Scenario(
    name="normal_day",
    description="a normal day: weekday traffic peaks, dry weather, occasional minor events",
    default_duration=timedelta(hours=24),
    plan=plan,
)
generate = SCENARIO.generate
ground_truth = SCENARIO.ground_truth
