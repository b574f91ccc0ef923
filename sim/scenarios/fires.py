"""A fire put out that rekindles hours later, as 119 sends it (pure).

The fire bureau's command centre dispatches a ``fire`` case, updates it (``on_scene``, then
``closed`` once the crews leave) and, when the pile or the roof flares up again, sends crews
again as a new case of category ``rekindle`` (復燃, common/vocabulary.py) at the same place,
its text naming the first case (the wire's 119 dispatch has no ``follows``, docs/mqtt.md).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from common.vocabulary import CaseStatus
from sim.model import SimMessage
from sim.scenarios import reports
from sim.scenarios.base import Run
from sim.truth import ExpectedIncident, IncidentType

#: Minutes from the dispatch to the crews on scene, and to the case closed (GUESS).
ON_SCENE_MIN = 8
CLOSED_MIN = 60
#: Hours from a fire's case closed to its rekindle. GUESS: a pile of recyclables or a roof's
#: insulation smoulders inside after the crews leave (the labelled situations' rekindles came
#: 2-6 h after the crews left).
REKINDLE_AFTER_H = 3.0


def fire_and_rekindle(  # noqa: PLR0917 - one fire's place, time and words
    run: Run, name: str, t0: datetime, at: tuple[float, float], text: str, what: str
) -> tuple[list[SimMessage], list[ExpectedIncident]]:
    """A 119 ``fire`` case at ``at`` dispatched at ``t0`` (``text``), on scene and closed, and,
    :data:`REKINDLE_AFTER_H` after it closed, its ``rekindle`` (``what`` smouldering again).

    Two expected fires (``{name}-fire-{case}``, ``{name}-rekindle-{case}``), each sent only
    when inside the run: the first ends when its case closes; the rekindle is a fire of its
    own, crews sent again, whose ``detail`` names the case it rekindles (``rekindles``), for a
    judge who counts the two as one job.
    """
    lon, lat = at
    did, msg = reports.dispatch_119(run, t0, 1, category="fire", lon=lon, lat=lat, text=text)
    events = [msg]
    on_scene, closed = t0 + timedelta(minutes=ON_SCENE_MIN), t0 + timedelta(minutes=CLOSED_MIN)
    for t, status, words in ((on_scene, CaseStatus.ON_SCENE, "抵達現場 佈線灌救"),
                             (closed, CaseStatus.CLOSED, "火勢撲滅 殘火處理完畢 收隊")):
        if t < run.end:
            events.append(reports.dispatch_119(run, t, 1, category="fire", lon=lon, lat=lat, text=words,
                                               status=status, case=did)[1])
    incidents = [ExpectedIncident(f"{name}-fire-{did}", IncidentType.FIRE, "Moderate", lon, lat, run.obs(t0),
                                  run.obs(min(run.end, closed)), (did,), "fire/119 fire: dispatched, on scene, closed")]
    t_rk = closed + timedelta(hours=REKINDLE_AFTER_H)
    if t_rk < run.end:
        rid, again = reports.dispatch_119(run, t_rk, 1, category="rekindle", lon=lon, lat=lat,
                                          text=f"同址{what}悶燒復燃（前案 {did}）")
        events.append(again)
        incidents.append(ExpectedIncident(
            f"{name}-rekindle-{rid}", IncidentType.FIRE, "Moderate", lon, lat, run.obs(t_rk),
            run.obs(min(run.end, t_rk + timedelta(hours=1))), (rid,),
            f"fire/119 rekindle at the fire's place, {REKINDLE_AFTER_H:g} h after its case closed",
            (("rekindles", did),),
        ))
    return events, incidents
