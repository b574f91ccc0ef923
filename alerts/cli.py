"""``soc alerts ...`` subcommands; each calls one function of :mod:`alerts.service`.

- ``soc alerts run``: the evaluator, deadlines and webhook delivery, until SIGTERM;
- ``soc alerts rules check FILE``: validate a rules file (exit 1 and list problems if bad);
- ``soc alerts cap ALERT_ID``: print the alert's next CAP 1.2 message (and log it);
- ``soc alerts import-cap FILE``: store an incoming CAP message as an event, or quarantine it;
- ``soc alerts act ALERT_ID STATE --actor NAME --reason TEXT``: an operator's move.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alerts.errors import RuleFileError
from alerts.lifecycle import AlertState
from alerts.rules import load_rules_file
from common.settings import Settings


def register(subparsers: Any) -> None:
    """Add ``alerts`` and its subcommands to the ``soc`` parser."""
    p = subparsers.add_parser("alerts", help="alert rules, lifecycle, CAP and notifications")
    sub = p.add_subparsers(dest="alerts_command", required=True)
    sub.add_parser("run", help="evaluate rules on committed data").set_defaults(handler=_run)
    rules = sub.add_parser("rules", help="rules files")
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    check = rsub.add_parser("check", help="validate a rules file")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_rules_check)
    cap = sub.add_parser("cap", help="print the next CAP 1.2 message of an alert")
    cap.add_argument("alert_id", type=int)
    cap.set_defaults(handler=_cap)
    imp = sub.add_parser("import-cap", help="accept an incoming CAP message (file or - for stdin)")
    imp.add_argument("file")
    imp.set_defaults(handler=_import_cap)
    act = sub.add_parser("act", help="acknowledge, shelve, resolve or close an alert")
    act.add_argument("alert_id", type=int)
    # Every state an operator may move an alert to (not escalated: the service's).
    moves = (AlertState.ACKNOWLEDGED, AlertState.SHELVED, AlertState.RESOLVED, AlertState.CLOSED, AlertState.RAISED)
    act.add_argument("state", choices=[s.value for s in moves])
    act.add_argument("--actor", required=True)
    act.add_argument("--reason", default="")
    act.add_argument("--shelve-minutes", type=int, default=60)
    act.set_defaults(handler=_act)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from alerts.service import run_alerts

    return run_alerts(settings)


def run_rules_check(path: Path) -> int:
    """Validate ``path``; print a summary (exit 0) or the problems (exit 1)."""
    try:
        rs = load_rules_file(path)
    except RuleFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    kinds: dict[str, int] = {}
    for r in rs.rules:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(f"{path}: version {rs.version}, {len(rs.rules)} rules ({summary})")
    return 0


def _rules_check(settings: Settings, args: argparse.Namespace) -> int:
    return run_rules_check(args.file)


def _cap(settings: Settings, args: argparse.Namespace) -> int:
    from alerts.exchange import export_cap, load_districts
    from common.db import connect

    rules = load_rules_file(settings.alerts.rules_file)
    with connect(settings) as conn:
        msg = export_cap(conn, rules, args.alert_id, datetime.now(UTC), load_districts())
    print(msg.xml)
    return 0


#: Largest CAP file ``import-cap`` reads (the CWA's and WRA's messages are a few KiB;
#: the MQTT feed takes at most 256 KiB): a bound, so that a wrong path such as a
#: device or a log file cannot fill the memory.
MAX_CAP_FILE_BYTES = 8 * 1024 * 1024


def read_cap_file(name: str) -> bytes | str:
    """The bytes of ``name`` (``-``: standard input), at most :data:`MAX_CAP_FILE_BYTES`;
    else the sentence saying why not (missing, a directory, unreadable, too large)."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_CAP_FILE_BYTES + 1)
        else:
            with Path(name).open("rb") as f:
                data = f.read(MAX_CAP_FILE_BYTES + 1)
    except OSError as exc:
        return f"cannot read {name}: {exc.strerror or exc}"
    if len(data) > MAX_CAP_FILE_BYTES:
        return f"cannot read {name}: larger than {MAX_CAP_FILE_BYTES} bytes, not a CAP message"
    return data


def _import_cap(settings: Settings, args: argparse.Namespace) -> int:
    from alerts.exchange import import_cap
    from common.db import connect

    data = read_cap_file(args.file)
    if isinstance(data, str):
        print(f"soc: {data}", file=sys.stderr)
        return 2
    with connect(settings) as conn:
        stored, detail = import_cap(conn, data, origin=f"file:{args.file}")
    print(("stored " if stored else "quarantined ") + detail)
    return 0 if stored else 1


def _act(settings: Settings, args: argparse.Namespace) -> int:
    from alerts.notify import Notifier
    from alerts.service import act
    from common.db import connect

    rules = load_rules_file(settings.alerts.rules_file)
    now = datetime.now(UTC)
    with connect(settings) as conn:
        agencies = Notifier.from_settings(conn, settings).agencies
        a = act(
            conn,
            rules,
            args.alert_id,
            AlertState(args.state),
            now=now,
            actor=args.actor,
            reason=args.reason,
            shelved_until=now + timedelta(minutes=args.shelve_minutes),
            webhook_agencies=agencies,
        )
    print(f"alert {a.alert_id}: {a.state} ({a.severity})")
    return 0
