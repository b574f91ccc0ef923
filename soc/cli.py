"""``soc``: the one command-line entry point, and the composition root.

``main(argv=None) -> int`` builds the settings once and hands them to the
chosen subcommand's ``run_*`` function. Each package owns its subcommands in
``<package>/cli.py`` with ``register(subparsers)``; this module only composes
them (listed in :data:`PACKAGE_CLIS`). Tests call ``main([...])`` directly.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from common.errors import SocError
from common.logging import configure
from common.settings import Settings, load_settings

if TYPE_CHECKING:
    from common.maintenance import Job

#: Package CLI modules composed into ``soc``; each has ``register(subparsers)``.
PACKAGE_CLIS: tuple[str, ...] = (
    "common.cli",
    "ingest.cli",
    "geo.cli",
    "alerts.cli",
    "ops_center.cli",
    "kpi.cli",
    "web.cli",
    "sim.cli",
    "soc.demo",
    "common.health",
)

Handler = Callable[[Settings, argparse.Namespace], int]


def maintenance_jobs(settings: Settings) -> dict[str, Job]:
    """The packages' own maintenance commands that ``soc db maintain`` runs after the rollups
    and retention (each owns the table it trims)."""
    from ops_center.api import FeedLogPrune

    return {"ops_feed_log": FeedLogPrune(chunk=settings.ops.log_prune_chunk, retention_s=settings.ops.retention_s,
                                         unit_s=settings.health.unit_s)}


def build_parser() -> argparse.ArgumentParser:
    """The full ``soc`` argument parser, including every package's subcommands."""
    parser = argparse.ArgumentParser(prog="soc", description="Shuinan smart operations center")
    parser.add_argument("--env-file", default=".env", help="dotenv file with SOC_ settings")
    parser.set_defaults(maintenance_jobs=maintenance_jobs)
    sub = parser.add_subparsers(dest="command", required=True)
    for module_name in PACKAGE_CLIS:
        module: Any = importlib.import_module(module_name)
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``soc``; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.env_file)
        configure(settings.log_level)
        handler: Handler = args.handler
        return handler(settings, args)
    except SocError as exc:
        print(f"soc: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
