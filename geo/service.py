"""The geo shell: load the layers into PostGIS, and build the in-memory index.

``run_geo_load(settings, ...)`` validates the three layers *before* touching
the database (every problem is reported at once, with file and line), then
writes zones, roads and sensors in one transaction with an audit row: a
failure at any point leaves the database exactly as it was.
``build_index(conn)`` reads the registry back for services that need the
hot-path :class:`geo.index.SpatialIndex` (the correlator).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from common.db import connect
from common.errors import DatabaseError
from common.logging import log_event
from common.settings import Settings
from geo import repo
from geo.errors import LayerInvalidError
from geo.index import SpatialIndex
from geo.loaders import DATA_DIR, GeoDataset, load_dataset, validate_coverage_layers

log = logging.getLogger(__name__)

LAYER_FILES = ("zones.geojson", "roads.geojson", "sensors.geojson")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What ``soc geo load`` did."""

    digest: str
    report: repo.StoreReport


def dataset_digest(data_dir: Path) -> str:
    """SHA-256 over the three layer files, to tie an audit row to exact inputs."""
    h = hashlib.sha256()
    for name in LAYER_FILES:
        h.update(name.encode())
        h.update((data_dir / name).read_bytes())
    return h.hexdigest()[:16]


def check_dataset(data_dir: Path = DATA_DIR) -> GeoDataset:
    """Validate the layers in ``data_dir``; raises :class:`geo.errors.LayerInvalidError`."""
    return load_dataset(*(data_dir / name for name in LAYER_FILES))


def check_coverage_layers(data_dir: Path = DATA_DIR) -> None:
    """Validate population.geojson and base_stations.geojson; raises LayerInvalidError."""
    problems = validate_coverage_layers(data_dir / "population.geojson",
                                        data_dir / "base_stations.geojson")
    if problems:
        raise LayerInvalidError(tuple(problems))


def store(conn: psycopg.Connection[Any], ds: GeoDataset, *, prune: bool, digest: str,
          reason: str = "", actor: str = "soc geo load") -> repo.StoreReport:
    """Write a validated dataset in one transaction of ``conn`` (all or nothing)."""
    try:
        with conn.transaction():
            return repo.store_dataset(conn, ds, prune=prune, actor=actor, digest=digest,
                                      reason=reason)
    except psycopg.Error as exc:
        raise DatabaseError(f"geo load failed, nothing stored: {exc}",
                            sqlstate=exc.sqlstate) from exc


def run_geo_load(settings: Settings, *, data_dir: Path = DATA_DIR, prune: bool = False,
                 reason: str = "") -> LoadResult:
    """Validate and load zones, roads and the sensor registry into the configured database."""
    ds = check_dataset(data_dir)
    digest = dataset_digest(data_dir)
    with connect(settings) as conn:
        report = store(conn, ds, prune=prune, digest=digest, reason=reason)
    log_event(log, "geo_loaded", digest=digest, zones=report.zones, roads=report.roads,
              sensors=report.sensors, pruned=report.pruned)
    return LoadResult(digest=digest, report=report)


def build_index(conn: psycopg.Connection[Any]) -> SpatialIndex:
    """A :class:`SpatialIndex` of the registry, zones and roads as stored in the database."""
    return SpatialIndex(repo.fetch_sensors(conn), repo.fetch_zones(conn), repo.fetch_roads(conn))
