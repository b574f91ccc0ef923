"""A normal day (issue 9), 24 hours by default.

Dry weather; water levels well below alert level 3; traffic follows the local
time of day, with commuter peaks around 08:00 and 17:45 on weekdays and a flat
afternoon hump at weekends (:func:`~sim.scenarios.base.traffic_demand`).
Car parks fill towards mid-afternoon. Three minor events at seeded times:

* a traffic signal goes dark (``fault``/``not_lit``) and is ``restored`` 50 min later
  (1999 signal cases have a 2-hour on-site requirement, DOMAIN.md §2);
* a minor traffic accident reported by the police (no injuries);
* a 1999 case about a street light that is out.
"""

from __future__ import annotations

from datetime import timedelta

from sim.model import SimMessage
from sim.scenarios import reports
from sim.scenarios.base import Plan, Run, Scenario, World
from sim.truth import ExpectedIncident, IncidentType


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
        if t1 < run.end:
            events.append(reports.signal_event(run, t1, sig, reports.wire_category("signal", "restored"), None))
        incidents.append(
            ExpectedIncident(
                f"normal-signal-{sig.sensor_id}",
                IncidentType.SIGNAL_FAULT,
                "Moderate",
                sig.lon,
                sig.lat,
                run.obs(t0),
                run.obs(min(t1, run.end)),
                (sig.sensor_id,),
                "traffic/signal fault not_lit",
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
        incidents.append(
            ExpectedIncident(
                f"normal-accident-{rid}",
                IncidentType.MINOR_ACCIDENT,
                "Minor",
                lon,
                lat,
                run.obs(t),
                run.obs(min(run.end, t + timedelta(hours=1))),
                (rid,),
                "police/incident traffic_accident, severity Minor",
            )
        )

    t = run.at(rng.uniform(0.5, 0.9) * span)
    lon, lat = reports.CENTRAL_PARK[0] + 0.001, reports.CENTRAL_PARK[1] + 0.002
    cid, msg = reports.citizen_case(
        run,
        t,
        1,
        category=reports.wire_category("1999", "streetlight"),
        sub_category="路燈不亮",
        lon=lon,
        lat=lat,
        address="臺中市西屯區 中央公園旁人行道",
        assigned_agency="臺中市政府建設局",
    )
    events.append(msg)
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
    return events, incidents


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
