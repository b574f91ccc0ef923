"""The planner page's API: each measure's latest figure, and recomputation on demand."""

from __future__ import annotations

import csv
import io
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


def test_an_edited_export_imported_again_corrects_the_figures_it_changed(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    """docs/kpi.md "CSV": a planner exports the figures, corrects a mistyped one in the sheet
    and imports the file again into the same center: the figure it names by
    ``observation_id`` is corrected, the rows left as they were change nothing, and a row
    whose id names no figure of its key is a duplicate, refused with nothing changed."""
    planner = auth(accounts["plan"])
    typo = {"indicator_id": "2.1", "period": "2016", "as_of": "2016-06-30", "value": 1, "unit": "times",
            "source_note": "surveys done by June"}
    created = api.post("/api/kpis/observations", headers=planner, json=typo)
    assert created.status_code == 201, created.text
    oid = created.json()["id"]

    def imported(rows: list[dict[str, str]]) -> httpx.Response:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return api.post("/api/kpis/import", headers=planner, files={"file": ("kpi.csv", out.getvalue().encode())})

    exported = api.get("/api/kpis/export", headers=planner, params={"indicator_id": "2.1", "year": 2016})
    rows = list(csv.DictReader(io.StringIO(exported.text.lstrip("\ufeff"))))
    assert [(r["observation_id"], r["value"]) for r in rows] == [(str(oid), "1")]
    same = imported(rows)
    assert same.status_code == 200, same.text
    assert (same.json()["imported"], same.json()["corrected"], same.json()["unchanged"]) == (0, 0, 1)

    fixed = [{**rows[0], "value": "3", "source_note": "surveys done by June: 3 (February, April, June)"}]
    r = imported(fixed)
    assert r.status_code == 200, r.text
    assert (r.json()["imported"], r.json()["corrected"], r.json()["unchanged"]) == (0, 1, 0)
    elsewhere = imported([{**fixed[0], "value": "4", "observation_id": str(oid + 1000)}])
    problem = is_problem(elsewhere, 422)
    assert [(e["line"], e["column"]) for e in problem["errors"]] == [(2, "(indicator_id, period, as_of)")]
    stored = api.get("/api/kpis/observations", headers=planner, params={"indicator_id": "2.1", "period": "2016"})
    assert [(o["observation_id"], o["value"], o["source_note"]) for o in stored.json()] == [
        (oid, 3, "surveys done by June: 3 (February, April, June)")]


def test_a_refused_form_entry_names_its_fields_not_a_file_line(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    # One form entry is no import and has no line 0: the answer names the body's field.
    planner = auth(accounts["plan"])
    entry = {"indicator_id": "4.1", "period": "2014", "as_of": "2014-12-31", "value": -5, "unit": "%",
             "source_note": "typed by hand"}
    problem = is_problem(api.post("/api/kpis/observations", headers=planner, json=entry), 422)
    assert [(e["loc"], e["column"]) for e in problem["errors"]] == [("body.value", "value")], problem
    assert all("line" not in e and e["message"] and e["message_zh"] for e in problem["errors"])
    assert "import" not in problem["detail"], problem["detail"]
    assert "line 0" not in problem["detail"], problem["detail"]
    assert problem["detail"].startswith("entry refused: value: "), problem["detail"]
    # A whole year given as a JSON number is that year's period.
    r = api.post("/api/kpis/observations", headers=planner, json={**entry, "value": 90, "period": 2014})
    assert r.status_code == 201, r.text
    stored = api.get("/api/kpis/observations", headers=planner, params={"indicator_id": "4.1"}).json()
    assert [(o["period"], o["value"]) for o in stored if o["period"] == "2014"] == [("2014", 90.0)]


def test_a_figure_of_a_year_the_plan_does_not_cover_leaves_the_row_on_the_plan_year(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    # 5.1: the plan targets 2015 and 2016. A 2026 figure is kept (history, export) but has no
    # target or points: the planner's row stays on the 2016 figure, scored against 2016.
    planner = auth(accounts["plan"])
    for period, as_of in (("2016", "2016-09-30"), ("2026", "2026-12-01")):
        entry = {"indicator_id": "5.1", "period": period, "as_of": as_of, "value": 1, "unit": "cases",
                 "source_note": f"award nominations {period}"}
        r = api.post("/api/kpis/observations", headers=planner, json=entry)
        assert r.status_code == 201, r.text
    m51 = {m["indicator_id"]: m for m in api.get("/api/kpis/status", headers=planner).json()["measures"]}["5.1"]
    assert (m51["year"], m51["latest"]["as_of"], m51["target"], m51["points"]) == (2016, "2016-09-30", 1.0, 7.0)
    history = api.get("/api/kpis/5.1/history", headers=planner).json()
    assert "2026" in [p["period"] for p in history["points"]]
