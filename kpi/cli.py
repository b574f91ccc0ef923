"""``soc kpi``: list definitions, import/export observations, compute, show scores.

Subcommands (each calls one ``run_*``)::

    soc kpi list                         the measures, weights and targets
    soc kpi import FILE.csv --user NAME  import entered observations (all or nothing)
    soc kpi export [-o FILE] [--year Y] [--indicator ID]
    soc kpi compute [--year Y] [--as-of YYYY-MM-DD] [--month YYYY-MM]
    soc kpi run                          recompute every ``ops.kpi_interval_s`` until stopped
    soc kpi scores [--year Y]

This is the shell: it reads the clock and files and opens the connection.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from common.settings import Settings
from kpi.definitions import Definitions


def register(subparsers: Any) -> None:
    """Add ``kpi`` and its subcommands to the ``soc`` parser."""
    kpi = subparsers.add_parser("kpi", help="the plan's measures and the center's KPIs")
    sub = kpi.add_subparsers(dest="kpi_command", required=True)

    sub.add_parser("list", help="list indicators, weights and targets").set_defaults(handler=_list)

    p = sub.add_parser("import", help="import entered observations from CSV (all or nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--user", required=True, help="who enters the figures (recorded and audited)")
    p.set_defaults(handler=_import)

    p = sub.add_parser("export", help="export observations as CSV for planners")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    p.add_argument("--year", type=int)
    p.add_argument("--indicator")
    p.set_defaults(handler=_export)

    p = sub.add_parser("compute", help="compute 7.1, 7.2, 7.3 and the operational KPIs")
    p.add_argument("--year", type=int, help="plan year (default: this year)")
    p.add_argument("--as-of", type=date.fromisoformat, help="cut-off day (default: today or 31 Dec)")
    p.add_argument("--month", help="YYYY-MM for the operational KPIs (default: this month)")
    p.set_defaults(handler=_compute)

    p = sub.add_parser("run", help="recompute the KPIs on a schedule (SOC_OPS__KPI_INTERVAL_S) until stopped")
    p.set_defaults(handler=_run)
    p = sub.add_parser("scores", help="weighted scores per goal and overall")
    p.add_argument("--year", type=int, help="one year (default: every weighted year)")
    p.set_defaults(handler=_scores)


def _list(settings: Settings, args: argparse.Namespace) -> int:
    return run_list(settings)


def _import(settings: Settings, args: argparse.Namespace) -> int:
    return run_import(settings, args.file, args.user)


def _export(settings: Settings, args: argparse.Namespace) -> int:
    return run_export(settings, args.output, year=args.year, indicator_id=args.indicator)


def _compute(settings: Settings, args: argparse.Namespace) -> int:
    return run_compute(settings, year=args.year, as_of=args.as_of, month=args.month)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    return run_scheduler(settings)


def _scores(settings: Settings, args: argparse.Namespace) -> int:
    return run_scores(settings, year=args.year)


def _defs() -> Definitions:
    from kpi.service import list_definitions

    return list_definitions()


def run_list(settings: Settings) -> int:
    """Print the indicators with their weights and targets per year."""
    defs = _defs()
    years = defs.years()
    print(
        f"definitions {defs.version} ({defs.sha256[:12]}); declared totals: "
        + ", ".join(f"{y}: {defs.total_weight(y):g} %" for y in years)
    )
    for ind in defs.indicators:
        specs = (
            "  ".join(f"{y}: w {s.weight:g} % target {s.target:g}" for y in years if (s := ind.year_spec(y)))
            or f"target {ind.standing_target:g} (proposed)"
        )
        print(f"{ind.id:<32} {ind.unit.value:<6} {ind.frequency.value:<8} {specs}  {ind.name_zh} / {ind.name_en}")
    return 0


def run_import(settings: Settings, path: Path, user: str) -> int:
    """Import a CSV; prints the count, or every error (exit 1) and imports nothing."""
    from common.db import connect
    from kpi.service import import_csv

    with connect(settings) as conn:
        outcome = import_csv(conn, _defs(), path.read_bytes(), user)
        conn.commit()
    if not outcome.ok:
        for error in outcome.errors:
            print(f"{path}:{error}", file=sys.stderr)
        print(f"nothing imported: {len(outcome.errors)} error(s)", file=sys.stderr)
        return 1
    print(f"imported {outcome.imported} observation(s); skipped {outcome.skipped_computed} computed row(s)")
    return 0


def run_export(settings: Settings, output: Path | None, *, year: int | None, indicator_id: str | None) -> int:
    """Write the observations as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese)."""
    from common.db import connect
    from kpi.service import export_csv

    with connect(settings) as conn:
        text = export_csv(conn, _defs(), indicator_id=indicator_id, year=year)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8-sig")
    return 0


def run_compute(settings: Settings, *, year: int | None, as_of: date | None, month: str | None) -> int:
    """Compute the KPIs the center derives itself and print what changed.

    Without ``as_of`` and ``month`` the computation is recorded as a run (the
    planner page shows the time of the last one).
    """
    from common.db import connect
    from kpi.service import CITY_TZ, RunTrigger, compute_operational, compute_plan, recompute
    from ops_center import api as ops_api

    now = datetime.now(UTC)
    defs = _defs()
    with connect(settings) as conn:
        if as_of is None and month is None:
            _, outcomes = recompute(
                conn, defs, now, trigger=RunTrigger.CLI, actor="cli",
                plan_year=year if year is not None else settings.ops.kpi_plan_year,
                default_mode=settings.ops.mode,
                ack_deadline_s=ops_api.ack_deadlines_by_mode(settings.ops.routing_file),
            )
        else:
            today = now.astimezone(CITY_TZ).date()
            plan_year = year or today.year
            cutoff = as_of or min(today, date(plan_year, 12, 31))
            outcomes = compute_plan(conn, defs, plan_year, cutoff)
            outcomes += compute_operational(conn, defs, month or today.strftime("%Y-%m"), now,
                                            default_mode=settings.ops.mode,
                                            ack_deadline_s=ops_api.ack_deadlines_by_mode(settings.ops.routing_file))
        conn.commit()
    for o in outcomes:
        value = "-" if o.value is None else f"{o.value:g}"
        print(f"{o.indicator_id:<32} {o.period:<8} {o.as_of}  {value:>10}  {o.status.value}  {o.detail}")
    return 0


class _KpiWorker:
    """The KPI schedule as a :class:`common.runner.Worker`: one recompute per step when due.

    The runner comes round every ``min(kpi_retry_s, kpi_interval_s)``; a run is due
    ``kpi_interval_s`` after the last, or ``kpi_retry_s`` after one that found no sensor
    reading yet (sensor availability not available), so a center started before its
    sensors report does not show "no data" for a whole interval once they do.
    """

    def __init__(self, settings: Settings, defs: Definitions) -> None:
        self.settings = settings
        self.defs = defs
        self.due: datetime | None = None

    def open(self, conn: Any, now: datetime) -> tuple[()]:
        """Nothing to load."""
        return ()

    def step(self, conn: Any, now: datetime) -> bool:
        """Recompute and commit when due; never "busy" (the runner waits its idle time)."""
        from common.logging import log_event
        from kpi.service import ComputeStatus, RunTrigger, recompute
        from ops_center import api as ops_api

        if self.due is not None and now < self.due:
            return False
        run, outcomes = recompute(
            conn, self.defs, now, trigger=RunTrigger.SCHEDULE, actor="kpi-scheduler",
            plan_year=self.settings.ops.kpi_plan_year, default_mode=self.settings.ops.mode,
            # the deadlines the ops service applies (the city's routing file), not the shipped ones
            ack_deadline_s=ops_api.ack_deadlines_by_mode(self.settings.ops.routing_file),
        )
        conn.commit()
        waiting = any(o.indicator_id == "ops.sensor_availability" and o.status is ComputeStatus.NOT_AVAILABLE
                      for o in outcomes)
        ops = self.settings.ops
        self.due = now + timedelta(seconds=ops.kpi_retry_s if waiting else ops.kpi_interval_s)
        log_event(logging.getLogger("soc.kpi"), "kpi_scheduled_run", logging.DEBUG, run_id=run.run_id)
        return False

    def close(self, conn: Any) -> None:
        """Nothing held."""


def run_scheduler(settings: Settings, *, stop: threading.Event | None = None) -> int:
    """Recompute the KPIs now and every ``settings.ops.kpi_interval_s`` until SIGTERM/SIGINT or ``stop``
    (every ``kpi_retry_s`` while a run finds no sensor reading yet).

    Runs in :func:`common.runner.run_worker`: a database outage of any length is
    waited out (logged once when it starts and once when it ends), a failed run
    (bad definitions or data files, logged once per kind) is retried with backoff,
    then the schedule resumes. Heartbeat ``kpi``.
    """
    from common.logging import log_event
    from common.runner import options_from, run_worker

    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
    log = logging.getLogger("soc.kpi")
    log_event(log, "kpi_scheduler_started", interval_s=settings.ops.kpi_interval_s)
    tick_s = min(settings.ops.kpi_retry_s, settings.ops.kpi_interval_s)  # the worker decides when a run is due
    run_worker(settings, _KpiWorker(settings, _defs()), options_from(settings, "kpi", tick_s), stop=stop)
    log_event(log, "kpi_scheduler_stopped")
    return 0


def run_scores(settings: Settings, *, year: int | None) -> int:
    """Print weighted points per goal and overall (out of the declared total and normalised)."""
    from common.db import connect
    from kpi.service import scores, scores_by_year

    defs = _defs()
    with connect(settings) as conn:
        results = [scores(conn, defs, year)] if year is not None else scores_by_year(conn, defs)
    for s in results:
        print(
            f"{s.year}: {s.points:.2f} of {s.total_weight:g} points = {s.normalised_pct:.2f} % "
            f"(missing: {', '.join(s.missing) or 'none'})"
        )
        if s.demo:
            print(f"  demo data, not the city's figures: {', '.join(s.demo)} ({s.demo_points:.2f} points)")
        for g in s.goals:
            print(f"  goal {g.goal_id:<3} {g.points:6.2f} / {g.weight:g}  ({g.score_pct:.1f} %)")
    return 0
