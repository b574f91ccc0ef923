"""The KPI and planner API take years between the sane bounds only, with a structured 422.

A KPI observation for year 9999 (or 0001) was stored and scored. Every year the KPI API
takes (an entered observation's ``period`` and ``as_of``, the ``year`` filter of the list
and the export) must lie in ``[EARLIEST_YEAR, LATEST_YEAR]`` (:mod:`kpi.periods`);
outside, the answer is a 422 problem naming the field, and nothing is stored.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kpi.api import EARLIEST_YEAR, LATEST_YEAR
from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.api.test_auth import is_problem

years = st.one_of(st.integers(EARLIEST_YEAR - 2, EARLIEST_YEAR + 1), st.integers(LATEST_YEAR - 1, LATEST_YEAR + 2),
                  st.integers(0, 9999))
#: Distinct notes, so that two examples of one year are two observations (not a 409 each time).
_serial = itertools.count()


def test_an_entered_observation_of_any_year_is_stored_only_inside_the_bounds(
        live_app: LiveApp, accounts: dict[str, str]) -> None:

    @given(years, st.sampled_from(["period", "as_of"]))
    @example(9999, "period")
    @example(9999, "as_of")
    @example(EARLIEST_YEAR - 1, "period")
    @example(LATEST_YEAR + 1, "as_of")
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def entered(year: int, field: str) -> None:
        # ``as_of`` varies inside the year (one observation per indicator, period, as_of)
        day = next(_serial) % 28 + 1
        body = {"indicator_id": "2.1", "period": f"{year:04d}", "as_of": f"{max(year, 1):04d}-01-{day:02d}",
                "value": 3, "unit": "times", "source_note": "bounds"}
        if field == "as_of":
            body["period"] = "2015"  # a good period: only the date is out of bounds
        with http_calls.client(base_url=live_app.url, timeout=60) as client:
            r = client.post("/api/kpis/observations", headers=auth(accounts["plan"]), json=body)
        inside = EARLIEST_YEAR <= year <= LATEST_YEAR
        # A figure is as of a day that has come (tests/api/test_kpi_future.py).
        come = inside and date(year, 1, day) <= datetime.now(ZoneInfo("Asia/Taipei")).date()
        if come and (field == "period" or year == 2015):
            assert r.status_code in (201, 409), (year, field, r.text[:300])
            return
        problem = is_problem(r, 422)
        named = {e.get("column") or e.get("loc") for e in problem.get("errors", [])}
        assert field in named or f"body.{field}" in named, (year, field, problem)
        if not inside:
            assert str(LATEST_YEAR) in r.text, (year, field, problem)

    entered()


@pytest.mark.parametrize("path", ["/api/kpis/observations", "/api/kpis/export"])
@pytest.mark.parametrize("year", [0, EARLIEST_YEAR - 1, LATEST_YEAR + 1, 9999, 10**30])
def test_a_year_filter_outside_the_bounds_is_a_422_problem(
        live_app: LiveApp, accounts: dict[str, str], path: str, year: int) -> None:
    with http_calls.client(base_url=live_app.url, timeout=60) as client:
        r = client.get(path, headers=auth(accounts["plan"]), params={"year": year})
    problem = is_problem(r, 422)
    assert [e["loc"] for e in problem["errors"]] == ["query.year"], problem
