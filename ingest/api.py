"""The ingest package's application interface: what other packages, the web and the CLI may use.

* :func:`replay_quarantine` re-parses and stores pending dead letters
  (:mod:`ingest.quarantine`); :class:`ReplayResult` is what it did.
* :func:`counters` reads the per-source counters (:class:`CounterRow`, the read
  model of ``ingest_counters``).

Everything else in ``ingest`` (the MQTT worker, the store, the parser) is the
package's own; the import contracts in ``pyproject.toml`` check that the web
imports only this module.
"""

from __future__ import annotations

import psycopg

from ingest.quarantine import ReplayResult
from ingest.quarantine import replay as replay_quarantine
from ingest.store import CounterRow, Store

__all__ = ["CounterRow", "ReplayResult", "counters", "replay_quarantine"]


def counters(conn: psycopg.Connection) -> list[CounterRow]:
    """Ingest counters per source (domain, feed, source id), as stored."""
    return Store(conn).counters()
