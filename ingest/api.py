"""The ingest package's application interface: what other packages, the web and the CLI may use.

* :func:`replay_quarantine` re-parses and stores pending dead letters
  (:mod:`ingest.quarantine`); :class:`ReplayResult` is what it did.
* :func:`counters` reads the per-source counters (:class:`CounterRow`, the read
  model of ``ingest_counters``); :func:`stats` adds them up and checks that they
  balance (:class:`IngestStats`).
* Read models of what was stored (:mod:`ingest.queries`): sensors with their last
  report, readings, dead letters, events; the wall's sensor states, ingest
  health, latest values and camera events; trends from the rollups
  (:mod:`ingest.trends`).
* :data:`SEEN_CHANNEL`: the channel ingest notifies at each batch's commit (the
  wall's push path; contract in docs/mqtt.md).

Everything else in ``ingest`` (the MQTT worker, the store, the parser) is the
package's own; the import contracts in ``pyproject.toml`` check that the web
imports only this module.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from ingest.errors import QuarantineReason
from ingest.quarantine import ReplayResult
from ingest.quarantine import replay as replay_quarantine
from ingest.queries import (
    Bucket,
    Camera,
    CameraEvent,
    IngestHealth,
    LatestReading,
    LatestValue,
    ReasonCount,
    SensorPlace,
    SensorRow,
    SensorState,
    StoredEvent,
    camera_events,
    get_quarantine,
    ingest_health,
    last_observed_at,
    latest_readings,
    latest_values,
    list_events,
    list_quarantine,
    list_sensors,
    metrics_of,
    quarantine_reasons,
    sensor_states,
    series,
)
from ingest.seen import CHANNEL as SEEN_CHANNEL
from ingest.store import CounterRow, QuarantineRow, Store
from ingest.trends import CITY_TZ, TrendPoint, area_exists, area_trend, sensor_trend

__all__ = [
    "CITY_TZ",
    "SEEN_CHANNEL",
    "Bucket",
    "Camera",
    "CameraEvent",
    "CounterRow",
    "IngestHealth",
    "IngestStats",
    "LatestReading",
    "LatestValue",
    "QuarantineReason",
    "QuarantineRow",
    "ReasonCount",
    "ReplayResult",
    "SensorPlace",
    "SensorRow",
    "SensorState",
    "StoredEvent",
    "TrendPoint",
    "area_exists",
    "area_trend",
    "camera_events",
    "counters",
    "get_quarantine",
    "ingest_health",
    "last_observed_at",
    "latest_readings",
    "latest_values",
    "list_events",
    "list_quarantine",
    "list_sensors",
    "metrics_of",
    "quarantine_reasons",
    "replay_quarantine",
    "sensor_states",
    "sensor_trend",
    "series",
    "stats",
]


def counters(conn: psycopg.Connection) -> list[CounterRow]:
    """Ingest counters per source (domain, feed, source id), as stored."""
    return Store(conn).counters()


@dataclass(frozen=True, slots=True)
class IngestStats:
    """Ingest totals, whether they balance, and the per-source counters.

    Balanced: received = stored + duplicate + quarantined, in total and for every source.
    """

    received: int
    stored: int
    duplicate: int
    quarantined: int
    late: int
    balanced: bool
    sources: list[CounterRow]


def stats(conn: psycopg.Connection) -> IngestStats:
    """The counters of every source, their totals and whether they balance."""
    rows = counters(conn)
    received = sum(r.received for r in rows)
    stored = sum(r.stored for r in rows)
    duplicate = sum(r.duplicate for r in rows)
    quarantined = sum(r.quarantined for r in rows)
    balanced = received == stored + duplicate + quarantined and all(
        r.received == r.stored + r.duplicate + r.quarantined for r in rows)
    return IngestStats(received, stored, duplicate, quarantined, sum(r.late for r in rows), balanced, rows)
