"""``soc geo ...``: check and load the geo layers, and ask the spatial repository.

- ``soc geo check [--data-dir DIR] [--coverage]`` — validate zones, roads and sensors (and the
  population and base-station layers) without the database;
- ``soc geo load [--data-dir DIR] [--prune] [--reason TEXT]`` — validate, then store
  everything in one transaction (``--prune`` deletes registered sensors absent from the file);
- ``soc geo near LON LAT [--radius M] [--kind KIND]`` — sensors around a point, with its zone.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from common.settings import Settings
from geo.models import SensorKind


def register(subparsers: Any) -> None:
    """Add the ``geo`` command and its subcommands to ``soc``."""
    geo = subparsers.add_parser("geo", help="zones, roads, sensor registry, spatial queries")
    sub = geo.add_subparsers(dest="geo_command", required=True)

    p = sub.add_parser("check", help="validate the layers without touching the database")
    p.add_argument("--data-dir", type=Path, help="the layers' folder (default: the shipped geo/data)")
    p.add_argument("--coverage", action="store_true",
                   help="also validate population.geojson and base_stations.geojson")
    p.set_defaults(handler=_check)

    p = sub.add_parser("load", help="validate and load the layers in one transaction")
    p.add_argument("--data-dir", type=Path, help="the layers' folder (default: the shipped geo/data)")
    p.add_argument("--prune", action="store_true",
                   help="delete registered sensors that are not in sensors.geojson")
    p.add_argument("--reason", default="", help="recorded in the audit log")
    p.set_defaults(handler=_load)

    p = sub.add_parser("near", help="sensors within a radius of a WGS84 point")
    p.add_argument("lon", type=float)
    p.add_argument("lat", type=float)
    p.add_argument("--radius", type=float, default=500.0, help="metres (default 500)")
    p.add_argument("--kind", choices=[k.value for k in SensorKind])
    p.set_defaults(handler=_near)


def _check(settings: Settings, args: argparse.Namespace) -> int:
    from geo.loaders import DATA_DIR
    from geo.service import check_coverage_layers, check_dataset

    data_dir = args.data_dir or DATA_DIR
    ds = check_dataset(data_dir)
    print(f"ok: {len(ds.zones)} zones, {len(ds.roads)} roads, {len(ds.sensors)} sensors")
    if args.coverage:
        check_coverage_layers(data_dir)
        print("ok: population and base-station layers")
    return 0


def _load(settings: Settings, args: argparse.Namespace) -> int:
    from geo.loaders import DATA_DIR
    from geo.service import run_geo_load

    result = run_geo_load(settings, data_dir=args.data_dir or DATA_DIR, prune=args.prune, reason=args.reason)
    r = result.report
    print(f"loaded {r.zones} zones, {r.roads} roads, {r.sensors} sensors"
          f" (pruned {r.pruned}); dataset {result.digest}")
    return 0


def _near(settings: Settings, args: argparse.Namespace) -> int:
    from common.db import connect
    from geo import repo

    kind = SensorKind(args.kind) if args.kind else None
    with connect(settings) as conn:
        hit = repo.locate(conn, args.lon, args.lat)
        road = repo.nearest_road(conn, args.lon, args.lat)
        found = repo.within_radius(conn, args.lon, args.lat, args.radius, kind)
    road_text = f"{road.road_id} ({road.distance_m:.0f} m)" if road else "none"
    print(f"zone={hit.zone} sub_area={hit.sub_area} district={hit.district} road={road_text}")
    for n in found:
        print(f"{n.distance_m:8.1f} m  {n.kind:<12} {n.sensor_id}")
    return 0
