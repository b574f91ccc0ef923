"""The planner page's API: each measure's latest figure, and recomputation on demand."""

from __future__ import annotations

from pathlib import Path

import httpx

from kpi.definitions import DEFAULT_PATH
from tests.api.conftest import auth
from tests.api.test_auth import is_problem

SEED = DEFAULT_PATH.parent / "observations_2015.csv"


def test_status_shows_each_measure_at_its_latest_year_and_the_last_run(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner, op = auth(accounts["plan"]), auth(accounts["op"])
    before = api.get("/api/kpis/status", headers=op).json()
    assert before["last_run"] is None
    assert before["interval_s"] == 900.0

    r = api.post("/api/kpis/import", headers=planner, files={"file": ("seed.csv", Path(SEED).read_bytes())})
    assert r.status_code == 200, r.text
    measures = {m["indicator_id"]: m for m in api.get("/api/kpis/status", headers=op).json()["measures"]}
    m41 = measures["4.1"]
    assert (m41["year"], m41["latest"]["as_of"], m41["latest"]["value"]) == (2015, "2015-06-30", 91.99)
    assert (m41["latest"]["numerator"], m41["latest"]["denominator"]) == (2504, 2722)
    assert m41["target"] == 83
    m31 = measures["3.1"]
    assert m31["achievement"]["capped"] == 1.0
    assert round(m31["achievement"]["raw"], 2) == 1.6
    assert m31["over_target"] is True
    assert m31["points"] == 8.0
    assert measures["1.1"]["latest"] is None
    # The measures' points of 2015 add up to the plan's 37.00 of 68.
    assert round(sum(m["points"] or 0 for m in measures.values() if m["year"] == 2015), 2) == 37.00

    is_problem(api.post("/api/kpis/compute", headers=op), 403)
    is_problem(api.post("/api/kpis/compute"), 401)
    run = api.post("/api/kpis/compute", headers=planner, timeout=120)
    assert run.status_code == 200, run.text
    body = run.json()
    assert (body["trigger"], body["actor"], body["plan_year"]) == ("manual", "plan", 2016)
    after = api.get("/api/kpis/status", headers=op).json()
    assert after["last_run"]["run_id"] == body["run_id"]
    m72 = {m["indicator_id"]: m for m in after["measures"]}["7.2"]
    assert m72["year"] == 2016  # the computed 2016 figure, with the 2016 target
    assert m72["target"] == 80


def test_import_errors_come_in_both_languages(api: httpx.Client, accounts: dict[str, str]) -> None:
    bad = b"indicator_id,period,as_of,value,unit,source_note\n9.9,2016,,1,%,x\n"
    problem = is_problem(api.post("/api/kpis/import", headers=auth(accounts["plan"]),
                                  files={"file": ("bad.csv", bad)}), 422)
    assert problem["errors"] == [{"line": 2, "column": "indicator_id", "message": "unknown indicator '9.9'",
                                  "message_zh": "未知的指標 '9.9'"}]


def test_a_nul_in_an_imported_cell_or_an_entry_is_named_by_line_and_column(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner = auth(accounts["plan"])
    bad = b"indicator_id,period,as_of,value,unit,source_note\n2.1,2013,,3,times,a\x00b\n"
    problem = is_problem(api.post("/api/kpis/import", headers=planner, files={"file": ("nul.csv", bad)}), 422)
    assert [(e["line"], e["column"]) for e in problem["errors"]] == [(2, "source_note")], problem
    assert all(e["message"] and e["message_zh"] for e in problem["errors"])
    entry = {"indicator_id": "2.1", "period": "2013", "as_of": "2013-12-31", "value": 3, "unit": "times",
             "source_note": "a\u0000b"}
    problem = is_problem(api.post("/api/kpis/observations", headers=planner, json=entry), 422)
    assert [e["column"] for e in problem["errors"]] == ["source_note"], problem
    stored = api.get("/api/kpis/observations", headers=planner, params={"indicator_id": "2.1"}).json()
    assert [o for o in stored if o["period"] == "2013"] == []
