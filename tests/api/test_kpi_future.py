"""A KPI figure is a measurement: it cannot be as of a day that has not come.

A planner who types next year (or 2061 for 2016) entered a figure "as of" a day in the
future; it was stored and became the measure's latest year with data, so the planner page
and the wall's tile showed it, with no target and no points, in place of the real
figure. Entries and imports are refused (422 naming the column) when their ``as_of`` lies
after today in Taipei or their period has not begun; a figure of the running period
imported without ``as_of`` is as of today, not of the period's last day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from tests.api.conftest import auth
from tests.api.test_auth import is_problem

TAIPEI = ZoneInfo("Asia/Taipei")
HEADER = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"


def today() -> date:
    return datetime.now(TAIPEI).date()


def entry(period: str, as_of: str, note: str) -> dict[str, object]:
    return {"indicator_id": "2.1", "period": period, "as_of": as_of, "value": 3, "unit": "times",
            "source_note": note}


def named(problem: dict[str, object]) -> set[str]:
    errors = problem.get("errors")
    assert isinstance(errors, list), problem
    return {str(e.get("column") or e.get("loc")) for e in errors}


def test_a_figure_of_a_day_to_come_is_refused_and_the_latest_year_stays(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner = auth(accounts["plan"])
    assert api.post("/api/kpis/observations", headers=planner,
                    json=entry("2015", "2015-06-30", "the plan's 2015 figure")).status_code == 201
    later = today() + timedelta(days=2)
    next_year = today().year + 1
    refused = [
        (entry(str(next_year), f"{next_year}-01-15", "next year"), {"period", "as_of"}),
        (entry("2061", "2061-06-30", "a typo of 2016"), {"period", "as_of"}),
        (entry(str(later.year), later.isoformat(), "two days ahead"), {"as_of"}),
    ]
    for body, columns in refused:
        problem = is_problem(api.post("/api/kpis/observations", headers=planner, json=body), 422)
        assert columns <= named(problem), (body, problem)
    for row, columns in ((f"2.1,{next_year},{next_year}-03-01,3,times,,,next year", {"period", "as_of"}),
                         (f"2.1,{next_year},,3,times,,,next year with no date", {"period"})):
        problem = is_problem(api.post("/api/kpis/import", headers=planner,
                                      files={"file": ("future.csv", (HEADER + row + "\n").encode(),
                                                      "text/csv")}), 422)
        assert columns <= named(problem), (row, problem)
    stored = api.get("/api/kpis/observations", headers=planner, params={"indicator_id": "2.1"}).json()
    assert [o["period"] for o in stored] == ["2015"]
    status = api.get("/api/kpis/status", headers=planner).json()
    measure = next(m for m in status["measures"] if m["indicator_id"] == "2.1")
    assert measure["year"] == 2015


def test_a_figure_of_the_running_year_without_a_date_is_as_of_today(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner = auth(accounts["plan"])
    before = today()
    csv = HEADER + f"2.1,{before.year},,3,times,,,so far this year\n"
    r = api.post("/api/kpis/import", headers=planner, files={"file": ("now.csv", csv.encode(), "text/csv")})
    assert r.status_code == 200, r.text
    stored = api.get("/api/kpis/observations", headers=planner,
                     params={"indicator_id": "2.1", "period": str(before.year)}).json()
    assert len(stored) == 1
    assert before <= date.fromisoformat(stored[0]["as_of"]) <= today()
