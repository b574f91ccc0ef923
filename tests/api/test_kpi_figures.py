"""A KPI figure is one the measure can have, stored as typed, and a refused entry says why.

1e308 policy-satisfaction surveys or 10**26 Golden Quality nominations would count as
met targets and lift the year's score, and a whole number of 26 digits would be stored
(and exported) as another one: docs/kpi.md "CSV" bounds every figure (``MAX_COUNT``,
``MAX_RATIO_PART`` in ``kpi/csvio.py``) and refuses one with more digits
than are stored. docs/web.md promises a refused form entry, of any field type, as
``entry refused: <field>: …`` with ``loc``, ``column`` and both languages' messages.
"""

from __future__ import annotations

import itertools

import httpx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.api.test_auth import is_problem

HEADER = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"
_serial = itertools.count()


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


#: JSON values of each type but a well-formed one (standard JSON: no NaN or Infinity, which
#: no JSON encoder sends; a body that is no JSON is the malformed-body tests' own).
WRONG = st.one_of(st.booleans(), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.none(),
                                                                                      max_size=2),
                  st.text(max_size=30).filter(lambda t: t.strip() not in ("", "2.1", "times")),
                  st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**40), 10**40))
FIELDS = ("indicator_id", "period", "as_of", "value", "unit", "source_note")


def test_a_form_entry_of_any_wrong_type_is_refused_naming_its_field_in_both_languages(
        live_app: LiveApp, accounts: dict[str, str]) -> None:

    @given(st.sampled_from(FIELDS), WRONG)
    @example("value", "abc")
    @example("value", True)
    @example("period", [2016])
    @example("as_of", 20161031)
    @example("indicator_id", 21)
    @example("unit", 0)
    @example("source_note", None)
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    def entered(field: str, value: object) -> None:
        day = next(_serial) % 28 + 1
        body: dict[str, object] = {"indicator_id": "2.1", "period": "2013", "as_of": f"2013-03-{day:02d}",
                                   "value": 3, "unit": "times", "source_note": "wrong types"}
        body[field] = value
        with http_calls.client(base_url=live_app.url, timeout=60) as client:
            r = client.post("/api/kpis/observations", headers=auth(accounts["plan"]), json=body)
        if r.status_code in (201, 409):
            # Only a good figure of its field: any note, a whole count, the year 2013, the
            # measure 2.1 (as a JSON number too).
            assert field in ("source_note", "value", "period", "indicator_id"), (field, value, r.text)
            return
        problem = is_problem(r, 422)
        assert problem["detail"].startswith(f"entry refused: {field}: "), (field, value, problem)
        errors = problem["errors"]
        assert [(e["loc"], e["column"]) for e in errors] == [(f"body.{field}", field)], (field, value, problem)
        assert all(e["message"] and e["message_zh"] for e in errors), problem

    entered()
