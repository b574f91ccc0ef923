"""``soc services`` and ``soc db``: the subcommands of the common ground floor.

Local TimescaleDB + Mosquitto (``services``) and the schema (``db migrate``,
``db status``, ``db maintain``). The ``soc`` command itself is composed in
:mod:`soc.cli`, above every package; this module imports no domain package.
"""

from __future__ import annotations

import argparse
import sys

from common.settings import Settings


def _services(settings: Settings, args: argparse.Namespace) -> int:
    from common import services

    layout = services.Layout.from_settings(settings)
    if args.action == "mqtt-config":
        # For the compose deployment: the broker container reads these files.
        from pathlib import Path

        if not args.dir:
            print("soc services mqtt-config: --dir is required", file=sys.stderr)
            return 2
        conf_dir = Path(args.dir)
        conf_dir.mkdir(parents=True, exist_ok=True)
        services.write_mosquitto_files(layout, conf_dir, Path(args.data_dir) if args.data_dir else None,
                                       listen="0.0.0.0", log_to_file=False)  # noqa: S104 - inside the container network
        print(f"wrote mosquitto.conf, passwd and acl to {conf_dir}")
        return 0
    action = {"up": services.up, "down": services.down, "status": services.status}[args.action]
    report = action(layout)
    for st in report:
        state = "running" if st.running else "stopped"
        print(f"{st.name:<12} {state:<8} 127.0.0.1:{st.port:<6} {st.detail}")
    if args.action == "up" and not all(st.running for st in report):
        return 1
    if args.action == "status" and not all(st.running for st in report):
        return 3  # like LSB init scripts: "program is not running"
    return 0


def _db_migrate(settings: Settings, args: argparse.Namespace) -> int:
    from common.db import connect, wait_ready
    from common.migrate import migrate

    wait_ready(settings)
    with connect(settings, autocommit=True) as conn:
        applied = migrate(conn)
    if applied:
        for mig in applied:
            print(f"applied {mig.version:04d}_{mig.name} ({mig.variant})")
    else:
        print("database is up to date")
    return 0


def _db_status(settings: Settings, args: argparse.Namespace) -> int:
    from common.db import connect, detect_capabilities
    from common.migrate import discover, pending

    with connect(settings, autocommit=True) as conn:
        caps = detect_capabilities(conn)
        todo = pending(conn)
    print(f"TimescaleDB {caps.timescaledb} ({caps.edition}), PostGIS {caps.postgis}, PostgreSQL {caps.postgres}")
    print(f"migrations: {len(discover(caps.edition)) - len(todo)} applied, {len(todo)} pending")
    for mig in todo:
        print(f"  pending {mig.version:04d}_{mig.name}")
    return 0 if not todo else 1


def _db_maintain(settings: Settings, args: argparse.Namespace) -> int:
    from common.db import connect, detect_capabilities
    from common.maintenance import MaintenanceWorker, run_jobs, run_once

    # the packages' own maintenance commands, composed by `soc` (soc.cli.maintenance_jobs)
    jobs = args.maintenance_jobs(settings) if getattr(args, "maintenance_jobs", None) else {}
    if args.every is not None:
        import signal
        import threading

        from common.runner import options_from, run_worker

        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        worker = MaintenanceWorker(jobs, settings.health.unit_s)
        return run_worker(settings, worker, options_from(settings, "maintenance", args.every, autocommit=True),
                          stop=stop, beat_detail=lambda: {"edition": worker.caps.edition if worker.caps else None})
    with connect(settings, autocommit=True) as conn:
        report = run_once(conn, detect_capabilities(conn))
        removed = run_jobs(conn, jobs)
    print(report, *(f"{name}: {n} rows removed" for name, n in removed.items()), sep="\n")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``soc services`` and ``soc db``."""
    p = sub.add_parser("services", help="local TimescaleDB+PostGIS and Mosquitto")
    p.add_argument("action", choices=["up", "down", "status", "mqtt-config"])
    p.add_argument("--dir", help="mqtt-config: where to write mosquitto.conf, passwd and acl")
    p.add_argument("--data-dir", help="mqtt-config: the broker's persistence directory")
    p.set_defaults(handler=_services)

    db = sub.add_parser("db", help="database schema")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("migrate", help="apply pending migrations").set_defaults(handler=_db_migrate)
    dbsub.add_parser("status", help="capabilities and pending migrations (exit 1 if any)").set_defaults(
        handler=_db_status
    )
    maintain = dbsub.add_parser("maintain", help="refresh rollups and apply retention (once, or --every S)")
    maintain.add_argument("--every", type=float, default=None, metavar="S",
                          help="keep running, one pass every S seconds (a supervised service)")
    maintain.set_defaults(handler=_db_maintain)


if __name__ == "__main__":
    sys.exit("common.cli is not a program: run `soc` (python -m soc)")
