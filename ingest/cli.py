"""``soc ingest [run|stats]`` and ``soc quarantine list|replay``.

Each subcommand calls one ``run_*(settings, ...)`` function; tests call them
through ``soc.cli.main([...])``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from common.audit import cli_actor
from common.db import connect
from common.settings import Settings


def run_stats(settings: Settings) -> int:
    """Print the per-source counters and the balance; exit 1 if a balance is broken."""
    from ingest.store import Store

    with connect(settings) as conn:
        rows = Store(conn).counters()
    header = (
        f"{'domain':<9} {'feed':<12} {'source_id':<24} {'received':>9} {'stored':>9} "
        f"{'duplicate':>9} {'quarant.':>9} {'late':>7}"
    )
    print(header)
    tot = [0, 0, 0, 0, 0]
    broken = 0
    for r in rows:
        print(
            f"{r.domain or '-':<9} {r.feed or '-':<12} {r.source_id or '-':<24} {r.received:>9} "
            f"{r.stored:>9} {r.duplicate:>9} {r.quarantined:>9} {r.late:>7}"
        )
        for i, v in enumerate((r.received, r.stored, r.duplicate, r.quarantined, r.late)):
            tot[i] += v
        broken += r.received != r.stored + r.duplicate + r.quarantined
    print(f"{'total':<47} {tot[0]:>9} {tot[1]:>9} {tot[2]:>9} {tot[3]:>9} {tot[4]:>7}")
    balanced = tot[0] == tot[1] + tot[2] + tot[3] and not broken
    print("balance received = stored + duplicate + quarantined:", "ok" if balanced else "BROKEN")
    return 0 if balanced else 1


def run_quarantine_list(settings: Settings, *, reason: str | None, include_replayed: bool, limit: int) -> int:
    """Print quarantined messages, oldest first."""
    from ingest.store import Store

    with connect(settings) as conn:
        rows = Store(conn).quarantined(reason=reason, include_replayed=include_replayed, limit=limit)
    for r in rows:
        replayed = f" replayed={r.replayed_at.isoformat()}" if r.replayed_at else ""
        preview = r.payload[:80].decode("utf-8", "replace").replace("\n", " ")
        print(
            f"{r.id} {r.time.isoformat()} {r.reason} {r.topic} ({len(r.payload)} B){replayed}\n"
            f"    {r.detail}\n    {preview}"
        )
    print(f"{len(rows)} message(s)")
    return 0


def run_quarantine_replay(settings: Settings, *, reason: str | None, limit: int) -> int:
    """Re-parse pending quarantined messages against the current registry and store them.

    Runs in one transaction: rows that now parse are stored (or found duplicate),
    the others are quarantined again as new rows; every replayed row is marked
    ``replayed_at``. A replay counts as a new receipt in ``ingest_counters``;
    the audit log names ``cli:<login>``.
    """
    from ingest.quarantine import replay

    with connect(settings) as conn:
        t = replay(conn, settings, reason=reason, limit=limit, now=datetime.now(UTC), actor=cli_actor())
        conn.commit()
    print(f"replayed {t.replayed}: stored {t.stored}, duplicate {t.duplicate}, quarantined again {t.quarantined_again}")
    return 0


def _ingest(settings: Settings, args: argparse.Namespace) -> int:
    if args.action == "stats":
        return run_stats(settings)
    from ingest.consumer import run_ingest

    return run_ingest(settings, client_id=args.client_id, group=args.group, domains=args.domains)


def _quarantine(settings: Settings, args: argparse.Namespace) -> int:
    if args.action == "list":
        return run_quarantine_list(settings, reason=args.reason, include_replayed=args.all, limit=args.limit)
    return run_quarantine_replay(settings, reason=args.reason, limit=args.limit)


def _count(text: str) -> int:
    """An argparse type: a row count PostgreSQL's LIMIT takes (0 to 2**63 - 1)."""
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"must be between 0 and {2**63 - 1}: {text}")
    return value


def register(subparsers: Any) -> None:
    """Add ``ingest`` and ``quarantine`` to the ``soc`` parser."""
    p = subparsers.add_parser("ingest", help="MQTT → TimescaleDB ingest worker and its counters")
    p.add_argument("action", nargs="?", choices=["run", "stats"], default="run")
    p.add_argument("--client-id", default=None, help="MQTT client id (one per worker)")
    p.add_argument("--domains", default=None,
                   help="comma-separated domains this worker subscribes to (default settings.ingest.domains: "
                        "all); several workers partition the domains, each with its own --client-id")
    p.add_argument("--group", default=None,
                   help='shared-subscription group (default settings.ingest.shared_subscription_group, "": a plain '
                        "subscription, which keeps messages published while the broker restarts; a "
                        "$share group loses those, docs/mqtt.md)")
    p.set_defaults(handler=_ingest)

    q = subparsers.add_parser("quarantine", help="list or replay quarantined messages")
    q.add_argument("action", choices=["list", "replay"])
    q.add_argument("--reason", default=None, help="only this quarantine reason")
    q.add_argument("--limit", type=_count, default=100)
    q.add_argument("--all", action="store_true", help="list: include replayed messages")
    q.set_defaults(handler=_quarantine)
