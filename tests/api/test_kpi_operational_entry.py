"""The center's operational KPIs are its own measurements: a planner cannot type one.

docs/kpi.md "Operational KPIs": MTTA, availability and the rest are computed monthly from
the center's records. A typed MTTA of 5 s was stored, kept by every recomputation
(``kept_entered``) and shown on the planner page as "met" while the one acknowledged
alert had taken 352 s. A form entry or an imported row of an operational KPI is refused
at its indicator, in both languages, and the recomputation's figure is the one shown."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import httpx

from tests.api.conftest import auth
from tests.api.test_auth import is_problem

HEADER = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"


def test_an_operational_kpi_cannot_be_typed_and_the_computed_figure_is_shown(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner = auth(accounts["plan"])
    month = datetime.now(ZoneInfo("Asia/Taipei")).strftime("%Y-%m")
    for indicator, unit in (("ops.mtta_alerts", "s"), ("ops.sensor_availability", "%")):
        body = {"indicator_id": indicator, "period": month, "value": "5", "unit": unit, "source_note": "typed"}
        problem = is_problem(api.post("/api/kpis/observations", headers=planner, json=body), 422)
        assert [e["column"] for e in problem["errors"]] == ["indicator_id"], problem
        assert "computed by the center" in problem["errors"][0]["message"]
        assert problem["errors"][0]["message_zh"]
        row = f"{indicator},{month},,5,{unit},,,typed\n"
        problem = is_problem(api.post("/api/kpis/import", headers=planner,
                                      files={"file": ("ops.csv", (HEADER + row).encode(), "text/csv")}), 422)
        assert [(e["line"], e["column"]) for e in problem["errors"]] == [(2, "indicator_id")], problem
    stored = api.get("/api/kpis/observations", headers=planner, params={"indicator_id": "ops.mtta_alerts"}).json()
    assert stored == []
    run = api.post("/api/kpis/compute", headers=planner, timeout=120)
    assert run.status_code == 200, run.text
    assert "kept_entered" not in run.json()["outcomes"], run.json()
    operational = {o["indicator_id"]: o for o in api.get("/api/kpis/status", headers=planner).json()["operational"]}
    latest = operational["ops.sensor_availability"]["latest"]
    assert latest is None or latest["provenance"] == "computed", latest
