"""A figure entered under the wrong year or date can be deleted, audited, with a reason.

A 4.1 typed for 2016 as of 2016-12-31 (meant for 2015) stayed the measure's latest year on
the planner page, in the year's score and in its trend chart: a CSV correction changes only
the value, numerator / denominator and note, and no route reached the service's deletion.
``DELETE /api/kpis/observations/{id}?reason=`` (``kpi_write``) deletes an entered figure; a
computed one is recomputed, never deleted (404)."""

from __future__ import annotations

import httpx

from tests.api.conftest import auth
from tests.api.test_auth import is_problem


def measure(api: httpx.Client, token: str, indicator: str) -> dict[str, object]:
    (m,) = [m for m in api.get("/api/kpis/status", headers=auth(token)).json()["measures"]
            if m["indicator_id"] == indicator]
    return dict(m)


def test_a_misdated_entry_is_deleted_with_its_reason_and_the_measure_reads_as_before(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner = auth(accounts["plan"])
    right = {"indicator_id": "4.1", "period": "2015", "as_of": "2015-06-30", "value": "91.99", "unit": "%",
             "source_note": "the plan's 2015 figure"}
    wrong = {**right, "period": "2016", "as_of": "2016-12-31", "value": "4.1", "source_note": "typed into 2016"}
    assert api.post("/api/kpis/observations", headers=planner, json=right).status_code == 201
    r = api.post("/api/kpis/observations", headers=planner, json=wrong)
    assert r.status_code == 201, r.text
    wrong_id = r.json()["id"]
    assert measure(api, accounts["plan"], "4.1")["year"] == 2016
    # Who may not, and what is refused.
    is_problem(api.delete(f"/api/kpis/observations/{wrong_id}", headers=auth(accounts["op"]),
                          params={"reason": "x"}), 403)
    is_problem(api.delete(f"/api/kpis/observations/{wrong_id}", headers=planner), 422)
    is_problem(api.delete(f"/api/kpis/observations/{wrong_id}", headers=planner, params={"reason": "  "}), 422)
    for invisible in ("\u200b", "\u2060\ufeff", "\x00"):  # nobody could read it in the audit log
        is_problem(api.delete(f"/api/kpis/observations/{wrong_id}", headers=planner,
                              params={"reason": invisible}), 422)
    r = api.delete(f"/api/kpis/observations/{wrong_id}", headers=planner, params={"reason": "typed into 2016"})
    assert r.status_code == 200, r.text
    assert (r.json()["indicator_id"], r.json()["period"], r.json()["value"]) == ("4.1", "2016", 4.1)
    m = measure(api, accounts["plan"], "4.1")
    assert m["year"] == 2015, m
    is_problem(api.delete(f"/api/kpis/observations/{wrong_id}", headers=planner, params={"reason": "again"}), 404)
    audit = api.get("/api/audit", headers=auth(accounts["root"]),
                    params={"subject_type": "kpi_observation", "subject_id": str(wrong_id)}).json()
    deletes = [a for a in audit if a["action"] == "kpi_observation.delete"]
    assert [(a["actor"], a["reason"]) for a in deletes] == [("plan", "typed into 2016")], audit
    # A computed figure is made again by the next recomputation: never deleted.
    assert api.post("/api/kpis/compute", headers=planner, timeout=120).status_code == 200
    computed = [o for o in api.get("/api/kpis/observations", headers=planner).json() if o["provenance"] == "computed"]
    assert computed
    is_problem(api.delete(f"/api/kpis/observations/{computed[0]['observation_id']}", headers=planner,
                          params={"reason": "x"}), 404)
