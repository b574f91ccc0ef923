"""Discrete reports shared by the scenarios: police, 1999, 119, permits, CCTV and signal events (pure).

Report and case ids embed the observation time, so that repeated passes
(``--repeat``) and later runs never reuse an id.
"""

from __future__ import annotations

from datetime import datetime

from common import vocabulary
from sim import payloads
from sim.errors import ScenarioError
from sim.model import TPE, SimMessage
from sim.payloads import Case1999, Dispatch119, Permit, Report
from sim.registry import Sensor
from sim.scenarios.base import Run

#: Reporting unit for the zone. GUESS: the Taichung police precinct covering
#: 西屯區 is assumed to be the 6th precinct; not sourced in DOMAIN.md.
POLICE_UNIT = "臺中市政府警察局第六分局"

#: Anchor points (DOMAIN.md §1.2 and the registry). The convention centre has no
#: official coordinates (DOMAIN.md §8): its car park in the registry stands in.
CENTRAL_PARK = (120.6558, 24.1856)


def wire_category(feed: str, code: str) -> str:
    """The category a producer of ``feed`` sends for the vocabulary's ``code``
    (common/vocabulary.py): a 1999 case carries the zh-TW term (DOMAIN.md §7.8),
    the other feeds the code."""
    cat = vocabulary.category(feed, code)
    if cat is None:
        raise ScenarioError(f"{feed}/{code} is not in the vocabulary", scenario="any")
    return cat.zh if feed == "1999" else cat.code


def district_of(lon: float) -> str:
    """The district of a point in the zone. GUESS: east of 120.662 counts as 北屯區."""
    return "北屯區" if lon > 120.662 else "西屯區"


def report_id(run: Run, t: datetime, n: int) -> str:
    """A police report id unique to this observation time, e.g. ``PR-20261126-140700-01``."""
    return f"PR-{run.obs(t).astimezone(TPE):%Y%m%d-%H%M%S}-{n:02d}"


def case_id(run: Run, t: datetime, n: int) -> str:
    """A 1999 case id unique to this observation time, e.g. ``1999-20261126-140700-01``."""
    return f"1999-{run.obs(t).astimezone(TPE):%Y%m%d-%H%M%S}-{n:02d}"


#: The fire bureau's unit for the zone. GUESS: 西屯分隊 is assumed to cover 水湳; not sourced.
FIRE_UNIT = "臺中市政府消防局第五救災救護大隊西屯分隊"


def police_report(
    run: Run,
    t: datetime,
    n: int,
    *,
    category: str,
    severity: str,
    lon: float,
    lat: float,
    text: str,
    follows: tuple[str, ...] = (),
) -> tuple[str, SimMessage]:
    """A ``police/incident`` report (a follow-up when ``follows`` names earlier report ids);
    returns its id and the message."""
    rid = report_id(run, t, n)
    body = payloads.incident(run.obs(t), Report(rid, category, severity, lon, lat, POLICE_UNIT, text, follows))
    return rid, SimMessage(t, "police", f"soc/v1/police/incident/{rid}", body)


def dispatch_119(
    run: Run,
    t: datetime,
    n: int,
    *,
    category: str,
    lon: float,
    lat: float,
    text: str,
    status: vocabulary.CaseStatus = vocabulary.CaseStatus.DISPATCHED,
    case: str | None = None,
) -> tuple[str, SimMessage]:
    """A ``fire/119`` dispatch (account ``fire``); returns its case id and the message. With
    ``case`` (an earlier dispatch's id) and a later ``status``, the message is that case's update."""
    did = case or f"119-{run.obs(t).astimezone(TPE):%Y%m%d-%H%M%S}-{n:02d}"
    d = Dispatch119(did, category, lon, lat, (FIRE_UNIT,), text, status.value)
    return did, SimMessage(t, "fire", f"soc/v1/fire/119/{did}", payloads.dispatch_119(run.obs(t), d))


def permit(run: Run, t: datetime, p: Permit) -> SimMessage:
    """A ``police/planned_event`` permit issued at ``t`` (``p``'s times are observation times)."""
    return SimMessage(t, "police", f"soc/v1/police/planned_event/{p.permit_id}", payloads.planned_event(run.obs(t), p))


def citizen_case(
    run: Run,
    t: datetime,
    n: int,
    *,
    category: str,
    sub_category: str,
    lon: float,
    lat: float,
    address: str,
    assigned_agency: str,
    sla_hours: int | None = None,
    updated: datetime | None = None,
    status: str = "已派工",
) -> tuple[str, SimMessage]:
    """A ``citizen/1999`` case; returns its id and the message. With ``updated`` (a later
    simulated time) and ``status``, the message is that update of the case instead."""
    cid = case_id(run, t, n)
    case = Case1999(cid, category, sub_category, district_of(lon), address, lon, lat, assigned_agency, sla_hours)
    if updated is None:
        body = payloads.case_1999(run.obs(t), case)
        return cid, SimMessage(t, "citizen", f"soc/v1/citizen/1999/{cid}", body)
    body = payloads.case_1999(run.obs(t), case, updated=run.obs(updated), status=status)
    return cid, SimMessage(updated, "citizen", f"soc/v1/citizen/1999/{cid}", body)


def cctv_event(
    run: Run,
    t: datetime,
    camera: Sensor,
    event: str,
    *,
    confidence: float,
    count: int | None = None,
    motion: str | None = None,
) -> SimMessage:
    """A ``police/cctv`` analytics event from a registered camera."""
    body = payloads.cctv(run.obs(t), event, confidence, count, motion)
    return SimMessage(t, camera.agency, camera.topic, body)


def signal_event(run: Run, t: datetime, signal: Sensor, state: str, fault: str | None) -> SimMessage:
    """A ``traffic/signal`` fault or restored event."""
    return SimMessage(t, signal.agency, signal.topic, payloads.signal(run.obs(t), state, fault))
