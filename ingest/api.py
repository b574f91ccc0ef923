"""The ingest package's application interface: what other packages, the web and the CLI may use.

* :func:`replay_quarantine` re-parses and stores pending dead letters
  (:mod:`ingest.quarantine`); :class:`ReplayResult` is what it did.
* :func:`counters` reads the per-source counters (:class:`CounterRow`, the read
  model of ``ingest_counters``).
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

import psycopg

from ingest.quarantine import ReplayResult
from ingest.quarantine import replay as replay_quarantine
from ingest.queries import (
    Bucket,
    CameraEvent,
    IngestHealth,
    LatestReading,
    LatestValue,
    ReasonCount,
    SensorRow,
    SensorState,
    StoredEvent,
    camera_events,
    get_quarantine,
    ingest_health,
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
    "CameraEvent",
    "CounterRow",
    "IngestHealth",
    "LatestReading",
    "LatestValue",
    "QuarantineRow",
    "ReasonCount",
    "ReplayResult",
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
]


def counters(conn: psycopg.Connection) -> list[CounterRow]:
    """Ingest counters per source (domain, feed, source id), as stored."""
    return Store(conn).counters()
