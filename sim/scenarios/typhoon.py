"""Typhoon heavy rain over 水湳, 12 hours by default.

Timeline (hours from the start; the storm envelope is in mm per 10 minutes)::

    0 ─ 1   light rain 0.5            3 ─ 4  ramp 6 → 9
    1 ─ 3   ramp 0.5 → 6              4 ─ 7  plateau 9 (54 mm/h)
    7 ─ 8.5 easing 9 → 3              8.5 ─ 12 tailing off to 0

* every gauge gets the envelope times its own factor (0.82–1.02) and ±25 %
  noise per bin, quantised to the 0.5 mm of a tipping bucket; at the plateau a
  3-hour total passes 100 mm, i.e. CWA 豪雨 (24 h ≥ 200 mm or 3 h ≥ 100 mm,
  DOMAIN.md §2);
* water levels follow the envelope 40–70 min late: detention ponds and drainage
  stations pass alert level 1 (via 3 and 2), rivers reach level 3;
* flood sensors get water once the lagged envelope passes 55 % of its peak:
  low points and underpasses to 35–55 cm ("danger", > 30 cm), the Central Park
  detention ponds to 20–30 cm ("warning"; bands GUESS, DOMAIN.md §2);
* VDs on 環中路 and 中清路 slow to a crawl while the rain is heavy;
* the police report stalled vehicles at flooded underpasses (with a CCTV
  stalled-vehicle event from the nearest camera), 1999 calls report flooding
  at low points and a fallen tree in Central Park;
* a sheet-metal workshop's wiring shorts in the wind at 1.5 h (a 119 ``fire``); its roof
  insulation rekindles three hours after the crews left (119 ``rekindle``, 復燃);
* a festival's permit (``festival``, 節慶活動: an evening in Central Park, issued at the
  start) is cancelled (``cancelled``, 撤銷) once the storm sets in: the evening never takes
  place, so it is no expected incident.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timedelta

from common.vocabulary import PermitStatus
from sim.model import TPE, SimMessage, iso
from sim.payloads import Permit
from sim.registry import Sensor
from sim.scenarios import fires, reports
from sim.scenarios.base import (
    Plan,
    Run,
    Scenario,
    World,
    emission_times,
    on_corridor,
    rain_values,
    span,
    traffic_demand,
)
from sim.truth import ExpectedIncident, IncidentType

ENVELOPE: tuple[tuple[float, float], ...] = (
    (0.0, 0.5),
    (1.0, 0.5),
    (3.0, 6.0),
    (4.0, 9.0),
    (7.0, 9.0),
    (8.5, 3.0),
    (10.0, 0.5),
    (12.0, 0.0),
)
PEAK_MM = 9.0
#: CWA 豪雨 thresholds in force from 2015-09-01 (DOMAIN.md §2).
HEAVY_24H_MM = 200.0
HEAVY_3H_MM = 100.0
#: Flood bands, GUESS (DOMAIN.md §2): 16–30 cm warning, > 30 cm danger.
FLOOD_WARNING_CM = 16.0
FLOOD_DANGER_CM = 30.0
#: A corridor is congested while extra congestion is at least this (speed ≲ 40 % of free flow).
CONGESTED = 0.6
#: The festival evening the storm cancels: hours from the start of its start and end, of the
#: cancellation (when the rain sets in), its circle and expected visitors (GUESS).
FESTIVAL_HOURS = (11.0, 15.0)
FESTIVAL_CANCELLED_H = 2.0
FESTIVAL_RADIUS_M = 400.0
FESTIVAL_VISITORS = 8_000
#: The workshop whose wiring the wind shorts, east of Central Park by 中清路 (GUESS), and when.
WORKSHOP = (reports.CENTRAL_PARK[0] + 0.009, reports.CENTRAL_PARK[1] + 0.004)
WORKSHOP_FIRE_H = 1.5
SLOW_CORRIDORS = {
    "環中路": ("huanzhong", "環中路", "Huanzhong"),
    "中清路": ("zhongqing", "中清路", "Zhongqing"),
}


def envelope(hours: float) -> float:
    """Storm intensity (mm per 10 minutes at factor 1) ``hours`` after the start."""
    if hours <= ENVELOPE[0][0]:
        return ENVELOPE[0][1]
    for (h0, v0), (h1, v1) in itertools.pairwise(ENVELOPE):
        if h0 <= hours <= h1:
            return v0 + (v1 - v0) * (hours - h0) / (h1 - h0)
    return 0.0


def _ponds_or_drainage(sensor: Sensor) -> bool:
    return (sensor.site or "") != "river"


class TyphoonWorld(World):
    """Rain, water, floods and slow traffic of the storm."""

    def __init__(self, run: Run) -> None:
        super().__init__(run)
        n_bins = int(run.duration / timedelta(minutes=10)) + 1
        self._bins: dict[str, tuple[float, ...]] = {}
        for gauge in run.registry.of_kind("rain"):
            rng = run.rng("rain", gauge.sensor_id)
            factor = 0.82 + 0.2 * rng.random()
            bins = []
            for k in range(n_bins):
                mm = envelope((k + 0.5) / 6) * factor * rng.uniform(0.75, 1.25)
                bins.append(round(mm * 2) / 2)  # 0.5 mm tipping bucket
            self._bins[gauge.sensor_id] = tuple(bins)
        self._lag: dict[str, float] = {}
        self._peak: dict[str, float] = {}
        for s in run.registry.of_kind("water_level"):
            rng = run.rng("water", s.sensor_id)
            self._lag[s.sensor_id] = 0.67 + 0.5 * rng.random()
        for s in run.registry.of_kind("flood"):
            rng = run.rng("flood", s.sensor_id)
            self._lag[s.sensor_id] = 0.25 + 0.5 * rng.random()
            pond = "pond" in (s.site or "")
            self._peak[s.sensor_id] = rng.uniform(20, 30) if pond else rng.uniform(35, 55)
        self.slow_vds = frozenset(
            s.sensor_id
            for s in run.registry.of_kind("vd")
            if any(on_corridor(s, *aliases) for aliases in SLOW_CORRIDORS.values())
        )

    def rain_bins(self, sensor: Sensor) -> tuple[float, ...]:
        return self._bins.get(sensor.sensor_id, ())

    def _response(self, sensor: Sensor, t: datetime) -> float:
        return envelope(self.run.hours(t) - self._lag.get(sensor.sensor_id, 0.5)) / PEAK_MM

    def water_level_m(self, sensor: Sensor, t: datetime) -> float:
        levels = sensor.alert_levels_m
        if levels is None:
            return 0.0
        gap = levels.level1 - levels.level3
        base = levels.level3 - 1.2 * gap
        if _ponds_or_drainage(sensor):
            target = levels.level1 + 0.15 * gap
        else:
            target = levels.level3 + 0.4 * (levels.level2 - levels.level3)
        jitter = 0.01 * gap * (self.run.noise("wl", sensor.sensor_id, t) - 0.5)
        return base + (target - base) * self._response(sensor, t) + jitter

    def flood_cm(self, sensor: Sensor, t: datetime) -> float:
        threshold = 0.55
        r = self._response(sensor, t)
        if r <= threshold:
            return 0.0
        depth = self._peak[sensor.sensor_id] * (r - threshold) / (1 - threshold)
        return max(0.0, depth + (self.run.noise("fl", sensor.sensor_id, t) - 0.5))

    def demand(self, sensor: Sensor, t: datetime) -> float:
        # People stay home in a typhoon: demand drops with the rain (GUESS).
        return traffic_demand(t) * (1 - 0.3 * envelope(self.run.hours(t)) / PEAK_MM)

    def congestion(self, sensor: Sensor, t: datetime) -> float:
        if sensor.sensor_id not in self.slow_vds:
            return 0.0
        r = envelope(self.run.hours(t) - 0.25) / PEAK_MM
        return max(0.0, min(0.85, (r - 0.4) / 0.5))


def _centroid(sensors: list[Sensor]) -> tuple[float, float]:
    return (sum(s.lon for s in sensors) / len(sensors), sum(s.lat for s in sensors) / len(sensors))


def _severity_of_level(level: int) -> str:
    return {1: "Severe", 2: "Moderate"}.get(level, "Minor")


def plan(run: Run) -> Plan:
    """Work out the typhoon pass: world, reports and expected incidents."""
    world = TyphoonWorld(run)
    reg = run.registry
    events: list[SimMessage] = []
    incidents: list[ExpectedIncident] = []

    # 豪雨 over the zone: one incident, evidence from every gauge that reaches it.
    heavy: list[tuple[datetime, datetime, Sensor, float, float]] = []
    for gauge in reg.of_kind("rain"):
        times = list(emission_times(world, gauge))
        values = {t: rain_values(world, gauge, t) for t in times}
        w = span(t for t in times if values[t].hour_24 >= HEAVY_24H_MM or values[t].hour_3 >= HEAVY_3H_MM)
        if w is not None:
            heavy.append(
                (w[0], w[1], gauge, max(v.hour_3 for v in values.values()), max(v.hour_24 for v in values.values()))
            )
    if heavy:
        gauges = [h[2] for h in heavy]
        lon, lat = _centroid(gauges)
        incidents.append(
            ExpectedIncident(
                "typhoon-heavy-rain",
                IncidentType.HEAVY_RAIN,
                "Severe",
                lon,
                lat,
                run.obs(min(h[0] for h in heavy)),
                run.obs(max(h[1] for h in heavy)),
                tuple(g.sensor_id for g in gauges),
                "rain HOUR_24 >= 200 mm or HOUR_3 >= 100 mm (CWA 豪雨)",
                (("max_hour_3_mm", max(h[3] for h in heavy)), ("max_hour_24_mm", max(h[4] for h in heavy))),
            )
        )

    # Water levels: one incident per station that reaches alert level 3 or worse.
    for station in reg.of_kind("water_level"):
        levels = station.alert_levels_m
        assert levels is not None  # the registry guarantees it for water_level
        times = list(emission_times(world, station))
        value = {t: world.water_level_m(station, t) for t in times}
        w = span(t for t in times if value[t] >= levels.level3)
        if w is None:
            continue
        worst = min(lv for lv in (levels.reached(v) for v in value.values()) if lv is not None)
        crossings: list[tuple[str, str | float | int]] = [("max_level", worst)]
        for n, threshold in ((3, levels.level3), (2, levels.level2), (1, levels.level1)):
            first = next((t for t in times if value[t] >= threshold), None)
            if first is not None:
                crossings.append((f"level{n}_at", iso(run.obs(first))))
        incidents.append(
            ExpectedIncident(
                f"typhoon-water-{station.sensor_id}",
                IncidentType.WATER_LEVEL,
                _severity_of_level(worst),
                station.lon,
                station.lat,
                run.obs(w[0]),
                run.obs(w[1]),
                (station.sensor_id,),
                "water_level_m >= registry alert level 3",
                tuple(crossings),
            )
        )

    # Floods, with the 1999 calls and police reports they cause.
    n_case = n_report = 0
    for sensor in reg.of_kind("flood"):
        times = list(emission_times(world, sensor))
        depth = {t: world.flood_cm(sensor, t) for t in times}
        w = span(t for t in times if depth[t] >= FLOOD_WARNING_CM)
        if w is None:
            continue
        peak = max(depth.values())
        evidence = [sensor.sensor_id]
        rng = run.rng("flood-events", sensor.sensor_id)
        low_point = "pond" not in (sensor.site or "")
        if low_point:
            t_call = w[0] + timedelta(minutes=rng.randint(8, 25))
            if t_call < run.end:
                n_case += 1
                cid, msg = reports.citizen_case(
                    run,
                    t_call,
                    n_case,
                    category=reports.wire_category("1999", "flooding"),
                    sub_category="道路積水",
                    lon=sensor.lon,
                    lat=sensor.lat,
                    address=f"臺中市{reports.district_of(sensor.lon)} {sensor.name}",
                    assigned_agency="臺中市政府水利局",
                )
                events.append(msg)
                evidence.append(cid)
        if (sensor.site or "") == "underpass":
            t_stall = next((t for t in times if depth[t] >= FLOOD_DANGER_CM), None)
            if t_stall is not None and t_stall + timedelta(minutes=15) < run.end:
                t_report = t_stall + timedelta(minutes=10)
                n_report += 1
                rid, msg = reports.police_report(
                    run,
                    t_report,
                    n_report,
                    category=reports.wire_category("incident", "stalled_vehicle"),
                    severity="Moderate",
                    lon=sensor.lon,
                    lat=sensor.lat,
                    text=f"{sensor.name} 積水，車輛拋錨受困",
                )
                events.append(msg)
                source_ids = [rid]
                near = reg.nearest("cctv", sensor.lon, sensor.lat, 1)
                if near and near[0].distance_m(sensor.lon, sensor.lat) <= 800:
                    t_cam = t_stall + timedelta(minutes=5)
                    stalled = reports.wire_category("cctv", "stalled_vehicle")
                    events.append(reports.cctv_event(run, t_cam, near[0], stalled, confidence=0.91))
                    source_ids.append(near[0].sensor_id)
                incidents.append(
                    ExpectedIncident(
                        f"typhoon-stalled-{sensor.sensor_id}",
                        IncidentType.STALLED_VEHICLE,
                        "Moderate",
                        sensor.lon,
                        sensor.lat,
                        run.obs(t_stall + timedelta(minutes=5)),
                        run.obs(min(run.end, t_report + timedelta(hours=2))),
                        tuple(source_ids),
                        "police/incident stalled_vehicle (and police/cctv stalled_vehicle)",
                    )
                )
        incidents.append(
            ExpectedIncident(
                f"typhoon-flood-{sensor.sensor_id}",
                IncidentType.FLOOD,
                "Severe" if peak > FLOOD_DANGER_CM else "Moderate",
                sensor.lon,
                sensor.lat,
                run.obs(w[0]),
                run.obs(w[1]),
                tuple(evidence),
                "flood_depth_cm >= 16 (warning band, GUESS)",
                (("peak_cm", round(peak, 1)), ("site", sensor.site or "")),
            )
        )

    # Slow traffic on 環中路 and 中清路: one incident per corridor.
    for road, aliases in SLOW_CORRIDORS.items():
        vds = [s for s in reg.of_kind("vd") if on_corridor(s, *aliases)]
        spans = [
            w for s in vds if (w := span(t for t in emission_times(world, s) if world.congestion(s, t) >= CONGESTED))
        ]
        if not spans:
            continue
        lon, lat = _centroid(vds)
        incidents.append(
            ExpectedIncident(
                f"typhoon-congestion-{aliases[0]}",
                IncidentType.CONGESTION,
                "Moderate",
                lon,
                lat,
                run.obs(min(w[0] for w in spans)),
                run.obs(max(w[1] for w in spans)),
                tuple(s.sensor_id for s in vds),
                f"{road} VD speed_kmh below about 40 % of free flow",
            )
        )

    # A tree falls in Central Park at the height of the storm.
    t_tree = run.at(5.5)
    if t_tree < run.end:
        n_case += 1
        lon, lat = reports.CENTRAL_PARK
        cid, msg = reports.citizen_case(
            run,
            t_tree,
            n_case,
            category=reports.wire_category("1999", "fallen_tree"),
            sub_category="路樹倒塌阻礙通行",
            lon=lon,
            lat=lat,
            address="臺中市西屯區 中央公園",
            assigned_agency="臺中市政府建設局",
        )
        events.append(msg)
        incidents.append(
            ExpectedIncident(
                "typhoon-fallen-tree",
                IncidentType.FALLEN_TREE,
                "Minor",
                lon,
                lat,
                run.obs(t_tree),
                run.obs(min(run.end, t_tree + timedelta(hours=2))),
                (cid,),
                "citizen/1999 路樹倒塌",
            )
        )
    t_fire = run.at(WORKSHOP_FIRE_H)
    if t_fire < run.end:
        more, fired = fires.fire_and_rekindle(
            run, "typhoon", t_fire, WORKSHOP, "強風致電線走火 鐵皮工廠起火", "屋頂隔熱棉"
        )
        events.extend(more)
        incidents.extend(fired)
    events.extend(cancelled_festival(run))
    return Plan(world, tuple(events), tuple(incidents))


def cancelled_festival(run: Run) -> list[SimMessage]:
    """A festival evening's permit, issued at the start of the pass, and its cancellation at
    :data:`FESTIVAL_CANCELLED_H` (the same permit id, ``status`` ``cancelled``) when that is
    inside the pass. No expected incident: the festival never takes place, and its audience
    never comes (the cancelled version ends what the permit explains, docs/mqtt.md)."""
    lon, lat = reports.CENTRAL_PARK
    permit_id = f"PE-{run.obs(run.start).astimezone(TPE):%Y%m%d-%H%M%S}-FESTIVAL"
    permit = Permit(permit_id, reports.wire_category("planned_event", "festival"), "中央公園 中秋節慶晚會", lon, lat,
                    FESTIVAL_RADIUS_M, run.obs(run.at(FESTIVAL_HOURS[0])), run.obs(run.at(FESTIVAL_HOURS[1])),
                    FESTIVAL_VISITORS)
    out = [reports.permit(run, run.start, permit)]
    t_cancel = run.at(FESTIVAL_CANCELLED_H)
    if t_cancel < run.end:
        out.append(reports.permit(run, t_cancel, dataclasses.replace(permit, status=PermitStatus.CANCELLED)))
    return out


SCENARIO = Scenario(
    name="typhoon",
    description="typhoon over 水湳: 豪雨, alert levels, floods, slow traffic, stalled cars, 1999",
    default_duration=timedelta(hours=12),
    plan=plan,
)
generate = SCENARIO.generate
ground_truth = SCENARIO.ground_truth
