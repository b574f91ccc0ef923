"""The KPI "dispatches acknowledged within the deadline" counts against the deadline the ops
service applies: the routing file named by ``settings.ops.routing_file`` (the city's to set,
docs/ops_center.md "Dispatch"), not the shipped copy. With a city file giving 30 minutes in
peacetime, an assignment acknowledged 20 minutes after it was made is within its deadline
(the shipped 15 minutes would count it late)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import psycopg
import pytest
import yaml

from common.settings import Settings
from ops_center.dispatch import load_routing
from tests.api.conftest import LiveApp, auth, serve
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT
from web.app import WallOptions

SHIPPED = Path(__file__).parents[2] / "ops_center" / "routing.yaml"
KPI = "ops.dispatch_ack_within_deadline"


@pytest.fixture(scope="module")
def live_app(db_settings: Settings, wall_options: WallOptions, tmp_path_factory: pytest.TempPathFactory,
             ) -> Iterator[LiveApp]:
    """The application over this module's database, its ops settings naming the city's file."""
    table = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    table["modes"]["peacetime"]["ack_deadline_s"] = 1800
    routing = tmp_path_factory.mktemp("city") / "routing.yaml"
    routing.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    load_routing(routing)  # a file the ops service would start with
    ops = db_settings.ops.model_copy(update={"routing_file": routing, "mode": "peacetime"})
    yield from serve(db_settings.model_copy(update={"ops": ops}), wall_options)


def test_the_ack_kpi_counts_against_the_deadline_the_ops_service_applies(
    api: httpx.Client, accounts: dict[str, str], db_dsn: str
) -> None:
    assigned = datetime.now(UTC) - timedelta(minutes=25)
    acked = assigned + timedelta(minutes=20)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": "inc-city-deadline", "type": "flood", "sev": "Moderate",
                                    "lon": 120.6556, "lat": 24.1822, "t": assigned})
        conn.execute(SQL_ASSIGNMENT, ("inc-city-deadline", "water", "acknowledged", assigned, acked, acked,
                                      acked + timedelta(minutes=60), 0))
    planner = auth(accounts["plan"])
    run = api.post("/api/kpis/compute", headers=planner, timeout=120)
    assert run.status_code == 200, run.text
    month = datetime.now(UTC).astimezone(ZoneInfo("Asia/Taipei")).strftime("%Y-%m")  # the city's month
    rows = api.get("/api/kpis/observations", headers=planner, params={"indicator_id": KPI}).json()
    assert [(r["period"], r["value"]) for r in rows] == [(month, 100.0)]
