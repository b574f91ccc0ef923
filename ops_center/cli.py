"""``soc ops ...``: the ops center service and its coordinator commands.

- ``soc ops run`` — correlate committed alerts and events, dispatch, take agency reports;
- ``soc ops mode peacetime|emergency --reason TEXT [--actor NAME]`` — switch 平時/戰時
  (audited; the running service applies it within one poll).
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from common.settings import Settings
from ops_center.dispatch import Mode


def register(subparsers: Any) -> None:
    """Add the ``ops`` command and its subcommands to ``soc``."""
    ops = subparsers.add_parser("ops", help="incident correlation and dispatch")
    sub = ops.add_subparsers(dest="ops_command", required=True)

    p = sub.add_parser("run", help="run the correlation and dispatch service")
    p.set_defaults(handler=_run)

    p = sub.add_parser("mode", help="switch peacetime (平時) / emergency (戰時) mode")
    p.add_argument("mode", choices=[m.value for m in Mode])
    p.add_argument("--reason", required=True, help="why (recorded in the audit log)")
    p.add_argument("--actor", default=None, help="who (default: the login name)")
    p.set_defaults(handler=_mode)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from ops_center import gc_policy
    from ops_center.service import run_ops

    gc_policy.tune()  # this process is the service's: its collector suits the correlator's state
    return run_ops(settings)


def _mode(settings: Settings, args: argparse.Namespace) -> int:
    from ops_center.service import run_mode_switch

    actor = args.actor or getpass.getuser()
    src = run_mode_switch(settings, Mode(args.mode), actor=actor, reason=args.reason)
    print(f"mode {src.value} -> {args.mode} (by {actor}: {args.reason})")
    return 0
