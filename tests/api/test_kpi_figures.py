"""A KPI figure is one the measure can have, stored as typed.

1e308 policy-satisfaction surveys or 10**26 Golden Quality nominations would count as
met targets and lift the year's score, and a whole number of 26 digits would be stored
(and exported) as another one: docs/kpi.md "CSV" bounds every figure (``MAX_COUNT``,
``MAX_SECONDS``, ``MAX_RATIO_PART`` in ``kpi/csvio.py``) and refuses one with more digits
than are stored.
"""

from __future__ import annotations

import httpx

from tests.api.conftest import auth
from tests.api.test_auth import is_problem

HEADER = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"


def score_2016(api: httpx.Client, token: str) -> float:
    (year,) = [y for y in api.get("/api/kpis/scores", headers=auth(token)).json() if y["year"] == 2016]
    return float(year["points"])


def test_absurd_figures_are_refused_and_the_score_stays(api: httpx.Client, accounts: dict[str, str]) -> None:
    planner = auth(accounts["plan"])
    before = score_2016(api, accounts["plan"])
    rows = (
        "2.1,2016,2016-06-30,1e308,times,,,tester huge\n"
        "5.1,2016,2016-06-30,99999999999999999999999999,cases,,,tester huge\n"
        "4.1,2016,2016-06-30,50,%,1e300,2e300,tester huge\n"
    )
    problem = is_problem(api.post("/api/kpis/import", headers=planner,
                                  files={"file": ("huge.csv", (HEADER + rows).encode())}), 422)
    assert [(e["line"], e["column"]) for e in problem["errors"]] == [
        (2, "value"), (3, "value"), (4, "numerator"), (4, "denominator")], problem
    assert all(e["message_zh"] for e in problem["errors"])
    for value in (1e308, 99999999999999999999999999, "99999999999999999999999999", 1000001):
        entry = {"indicator_id": "2.1", "period": "2016", "as_of": "2016-09-30", "value": value,
                 "unit": "times", "source_note": "typed"}
        problem = is_problem(api.post("/api/kpis/observations", headers=planner, json=entry), 422)
        assert problem["detail"].startswith("entry refused: value: "), (value, problem)
    assert api.get("/api/kpis/observations", headers=planner, params={"year": 2016}).json() == []
    assert score_2016(api, accounts["plan"]) == before
    # The largest count accepted is stored and exported as typed.
    entry = {"indicator_id": "2.1", "period": "2016", "as_of": "2016-09-30", "value": 1000000,
             "unit": "times", "source_note": "typed"}
    assert api.post("/api/kpis/observations", headers=planner, json=entry).status_code == 201
    exported = api.get("/api/kpis/export", headers=planner, params={"year": 2016}).text
    assert exported.splitlines()[1].startswith("2.1,2016,2016-09-30,1000000,times,"), exported
